"""The candidate index: retrieval, the cache beside the snapshots, and its rebuilds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from verify import index
from verify.models import Author, Claim, ClaimKind, Place
from verify.sources.snapshots import load_store


def quote(text: str, speaker: str | None) -> Claim:
    return Claim(ClaimKind.QUOTE, text, speaker, Place.BODY, line=1, column=1)


def write_hearings(directory: Path, files: int = 3, turns: int = 40) -> None:
    directory.mkdir(exist_ok=True)
    for f in range(files):
        lines = [
            f"MARA VOSS: Statement {f}-{t} about budget line {f * 1000 + t} and its zebra{t} clause."
            for t in range(turns)
        ]
        lines += [f"JON TALL: The ferry to Ilha{f} runs twice a day in winter."]
        (directory / f"hearing-{f}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def on_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index, "DISK_CACHE_MIN_BYTES", 0)


def test_candidates_hold_the_source_and_the_speakers_statements(tmp_path: Path) -> None:
    write_hearings(tmp_path)
    store = load_store(tmp_path, "snapshots")
    found = store.candidates(quote("The ferry to Ilha2 runs twice a day", "Mara Voss"))
    assert any(s.speaker == "JON TALL" and "Ilha2" in s.text for s in found)  # for misattribution
    assert any(s.speaker == "MARA VOSS" for s in found)  # sources exist for the credited speaker
    assert len(found) <= index.CANDIDATES + index.OWN_CANDIDATES + index.OWN_FALLBACK
    assert all(s.source.startswith("snapshots/hearing-") for s in found)


def test_an_exact_quote_is_ranked_in(tmp_path: Path) -> None:
    write_hearings(tmp_path, files=5)
    found = load_store(tmp_path).candidates(quote("budget line 3017 and its zebra17 clause", None))
    assert any("3017" in s.text for s in found)


def test_a_claim_of_common_words_still_finds_its_source(tmp_path: Path) -> None:
    write_hearings(tmp_path)
    (tmp_path / "short.txt").write_text("ANA: Who do they think they are?\n", encoding="utf-8")
    assert any(s.speaker == "ANA" for s in load_store(tmp_path).candidates(quote("Who do they think they are", "Ana")))


def test_post_claims_find_the_saved_post_by_url(tmp_path: Path) -> None:
    (tmp_path / "post.json").write_text(
        '{"kind": "post", "platform": "x", "url": "https://x.com/ana/status/7", "author": {"handle": "ana"},'
        ' "text": "Totally different words"}',
        encoding="utf-8",
    )
    claim = Claim(
        ClaimKind.POST,
        "Nothing alike",
        "Ana",
        Place.POST,
        1,
        1,
        url="https://twitter.com/ana/status/7?s=1",
        platform="x",
        author=Author("", "@ana"),
        post_id="7",
    )
    assert [s.text for s in load_store(tmp_path).candidates(claim)] == ["Totally different words"]


def test_small_store_is_indexed_in_memory(tmp_path: Path) -> None:
    write_hearings(tmp_path)
    load_store(tmp_path)
    assert not (tmp_path / index.CACHE_NAME).exists()


def test_cache_is_written_beside_the_snapshots_and_reused(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    assert len(load_store(tmp_path).statements) == 123
    cache = tmp_path / index.CACHE_NAME
    assert cache.is_file()
    stamp = cache.stat().st_mtime_ns
    assert len(load_store(tmp_path).statements) == 123
    assert cache.stat().st_mtime_ns == stamp  # nothing changed: nothing written


def test_cache_follows_changed_added_and_removed_files(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    load_store(tmp_path)
    changed = tmp_path / "hearing-0.txt"
    changed.write_text("MARA VOSS: Only this now.\n", encoding="utf-8")
    os.utime(changed, ns=(1, 1))  # a new mtime even on a coarse clock
    (tmp_path / "hearing-1.txt").unlink()
    (tmp_path / "new.txt").write_text("JON TALL: A new hearing.\n", encoding="utf-8")
    store = load_store(tmp_path)
    texts = {s.text for s in store.statements}
    assert "Only this now." in texts and "A new hearing." in texts
    assert len(texts) == 1 + 1 + 41
    assert any("Only this" in s.text for s in store.candidates(quote("only this now", "Mara Voss")))


def test_bad_files_are_problems_kept_in_the_cache(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    for _ in range(2):
        problems = load_store(tmp_path, "snaps").problems
        assert [(p.path, "malformed snapshot JSON" in p.message) for p in problems] == [("snaps/broken.json", True)]


def test_a_damaged_cache_falls_back_to_memory(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    (tmp_path / index.CACHE_NAME).write_bytes(b"not a database at all" * 100)
    assert len(load_store(tmp_path).statements) == 123


def test_the_cache_file_is_not_read_as_a_snapshot(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path, files=1)
    load_store(tmp_path)
    assert {s.source for s in load_store(tmp_path, "s").statements} == {"s/hearing-0.txt"}
