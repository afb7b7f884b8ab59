"""The snapshot store under concurrency, kills and links: one capture per change, no stale temporaries, no write
through a symbolic link, nothing overwritten."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from verify.models import StatementKind
from verify.sources.capture import (
    LOCK_NAME,
    SaveStatus,
    SnapshotOptions,
    remove_stale_temporaries,
    save_capture,
    snapshot_urls,
)
from verify.sources.fetch import FetchResult
from verify.sources.platforms_fetch import Capture, Endpoints

T0 = datetime(2026, 11, 27, 17, 0, 0, tzinfo=UTC)


def _page(text: str, at: datetime) -> Capture:
    response = FetchResult(
        "https://gov.example/release", "https://gov.example/release", 200, "text/html", b"<p>x</p>", at
    )
    return Capture("https://gov.example/release", StatementKind.PAGE, response, text=text)


def test_concurrent_saves_of_one_source_write_one_capture(tmp_path: Path) -> None:
    runs = 8
    barrier = threading.Barrier(runs)
    outcomes = []

    def run(index: int) -> None:
        capture = _page("The talks resume on Monday.", T0 + timedelta(microseconds=index))  # same content
        barrier.wait()
        outcomes.append(save_capture(tmp_path, capture))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert sorted(o.status for o in outcomes) == [SaveStatus.SAVED] + [SaveStatus.UNCHANGED] * (runs - 1)
    assert len(list(tmp_path.glob("*.json"))) == 1


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    old = [tmp_path / ".page-x--1.json.0123abcd.tmp", tmp_path / "raw" / ".abc.warc.gz.deadbeef.tmp"]
    fresh = tmp_path / ".page-y--2.json.89abcdef.tmp"  # a run writing right now
    kept = [tmp_path / ".notes.tmp", tmp_path / "draft.json.0123abcd.tmp"]  # not names verify writes
    for path in (*old, fresh, *kept):
        path.write_bytes(b"partial")
    hour_ago = time.time() - 7200
    for path in (*old, *kept):
        os.utime(path, (hour_ago, hour_ago))
    outcomes = snapshot_urls(
        [],
        tmp_path,
        SnapshotOptions(endpoints=Endpoints()),
        transport=httpx.MockTransport(lambda r: httpx.Response(200)),
    )
    assert outcomes == []
    assert [p.exists() for p in old] == [False, False]
    assert fresh.exists() and all(p.exists() for p in kept)
    assert remove_stale_temporaries(tmp_path, age=0) == [fresh]


def test_a_symlinked_raw_folder_is_never_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    store = tmp_path / "store"
    store.mkdir()
    (store / "raw").symlink_to(elsewhere)
    with pytest.raises(OSError, match="symbolic link"):
        save_capture(store, _page("Text.", T0))
    assert list(elsewhere.iterdir()) == [] and list(store.glob("*.json")) == []


def test_a_symlinked_lock_file_is_never_opened(tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me", "utf-8")
    store = tmp_path / "store"
    store.mkdir()
    (store / LOCK_NAME).symlink_to(target)
    with pytest.raises(OSError):
        save_capture(store, _page("Text.", T0))
    assert target.read_text("utf-8") == "keep me"


def test_a_symlink_at_a_capture_name_is_never_written_through(tmp_path: Path) -> None:
    first = save_capture(tmp_path, _page("One.", T0))
    assert first.path is not None
    target = tmp_path / "precious.txt"
    target.write_text("keep me", "utf-8")
    later = T0 + timedelta(hours=1)
    name = first.path.name.replace(T0.strftime("%Y%m%dT%H%M%S.%fZ"), later.strftime("%Y%m%dT%H%M%S.%fZ"))
    (tmp_path / name).symlink_to(target)  # planted where the next capture would go
    with pytest.raises(FileExistsError):
        save_capture(tmp_path, _page("Two.", later))
    assert target.read_text("utf-8") == "keep me"
    assert not list(tmp_path.glob(".*.tmp"))
