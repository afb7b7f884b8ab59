"""The snapshot store writer (verify.sources.capture): SPEC records, WARC raw bodies, history, atomicity."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from warcio.archiveiterator import ArchiveIterator

from verify.models import Author, StatementKind
from verify.sources import capture as capture_module
from verify.sources.capture import (
    LOCK_NAME,
    SaveStatus,
    SnapshotOptions,
    article_sources,
    save_capture,
    snapshot_record,
    snapshot_urls,
    source_key,
)
from verify.sources.fetch import FetchResult
from verify.sources.platforms_fetch import Capture, Endpoints
from verify.sources.snapshots import load_store

T0 = datetime(2026, 11, 27, 17, 0, 0, 123456, tzinfo=UTC)


def _response(body: bytes = b'{"html": "..."}', at: datetime = T0) -> FetchResult:
    return FetchResult(
        url="https://publish.twitter.com/oembed?url=https%3A%2F%2Ftwitter.com%2FNATO%2Fstatus%2F1",
        final_url="https://publish.twitter.com/oembed?url=https%3A%2F%2Ftwitter.com%2FNATO%2Fstatus%2F1",
        status=200,
        content_type="application/json; charset=utf-8",
        body=body,
        fetched_at=at,
        headers=(("content-type", "application/json; charset=utf-8"), ("content-encoding", "gzip")),
        request_headers=(("host", "publish.twitter.com"), ("user-agent", "verify/test")),
    )


def _post(text: str = "We stand with Ukraine.", at: datetime = T0, body: bytes | None = None) -> Capture:
    return Capture(
        url="https://x.com/NATO/status/1",
        kind=StatementKind.POST,
        response=_response(body if body is not None else text.encode(), at),
        platform="x",
        post_id="1",
        author=Author("NATO", "@NATO"),
        published="2025-08-22",
        text=text,
    )


def test_record_follows_the_snapshot_contract() -> None:
    record = snapshot_record(_post())
    body = b"We stand with Ukraine."
    digest = hashlib.sha256(body).hexdigest()
    assert record == {
        "schema": "verify.snapshot/1",
        "url": "https://x.com/NATO/status/1",
        "kind": "post",
        "platform": "x",
        "post_id": "1",
        "author": {"name": "NATO", "handle": "@NATO"},
        "published": "2025-08-22",
        "text": "We stand with Ukraine.",
        "fetched_at": "2026-11-27T17:00:00Z",
        "fetched_from": _response().url,
        "final_url": _response().final_url,
        "status": 200,
        "content_type": "application/json; charset=utf-8",
        "tool_version": record["tool_version"],
        "sha256": digest,
        "raw": f"raw/{digest}.warc.gz",
    }


def test_saved_capture_is_read_back_by_the_snapshot_reader(tmp_path: Path) -> None:
    outcome = save_capture(tmp_path, _post())
    assert outcome.status is SaveStatus.SAVED and outcome.path is not None
    assert outcome.path.name == f"{source_key(_post())}--20261127T170000.123456Z.json"
    store = load_store(tmp_path)
    assert store.problems == ()
    [saved] = store.posts
    assert (saved.url, saved.post_id, saved.author, saved.text) == (
        "https://x.com/NATO/status/1",
        "1",
        Author("NATO", "@NATO"),
        "We stand with Ukraine.",
    )


def test_raw_body_is_kept_as_warc_with_its_hash(tmp_path: Path) -> None:
    outcome = save_capture(tmp_path, _post())
    assert outcome.path is not None
    record = json.loads(outcome.path.read_text("utf-8"))
    kinds = []
    with (tmp_path / record["raw"]).open("rb") as stream:
        for warc in ArchiveIterator(stream):
            kinds.append(warc.rec_type)
            if warc.rec_type == "response":
                payload = warc.content_stream().read()
                assert warc.rec_headers.get_header("WARC-Target-URI") == record["final_url"]
                assert warc.rec_headers.get_header("WARC-Date") == "2026-11-27T17:00:00.123456Z"
                assert warc.http_headers.get_header("Content-Encoding") is None  # the body is stored decoded
            else:
                assert warc.http_headers.get_header("User-Agent") == "verify/test"
    assert kinds == ["request", "response"]
    assert hashlib.sha256(payload).hexdigest() == record["sha256"]


def test_unchanged_content_adds_nothing(tmp_path: Path) -> None:
    first = save_capture(tmp_path, _post())
    # Same post later, with a different raw body (counts, cache fields): the provenance differs, the content not.
    again = save_capture(tmp_path, _post(at=T0 + timedelta(days=1), body=b'{"likes": 99}'))
    assert again.status is SaveStatus.UNCHANGED and again.path == first.path
    assert len(list(tmp_path.glob("*.json"))) == 1
    assert len(list((tmp_path / "raw").iterdir())) == 1


def test_a_changed_post_is_added_beside_the_earlier_capture(tmp_path: Path) -> None:
    first = save_capture(tmp_path, _post("We stand with Ukraine."))
    assert first.path is not None
    before = first.path.read_bytes()
    edited = save_capture(tmp_path, _post("We stand with Ukraine. Edited.", at=T0 + timedelta(hours=1)))
    assert edited.status is SaveStatus.CHANGED and edited.previous == first.path
    assert first.path.read_bytes() == before  # never overwritten
    reverted = save_capture(tmp_path, _post("We stand with Ukraine.", at=T0 + timedelta(hours=2)))
    assert reverted.status is SaveStatus.CHANGED  # compared with the latest capture: a revert is evidence too
    texts = [p.text for p in load_store(tmp_path).posts]
    assert texts == ["We stand with Ukraine.", "We stand with Ukraine. Edited.", "We stand with Ukraine."]


def test_an_interrupted_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_link(source: object, target: object) -> None:
        raise KeyboardInterrupt  # the run is stopped between writing and linking into place

    monkeypatch.setattr(capture_module.os, "link", broken_link)
    with pytest.raises(KeyboardInterrupt):
        save_capture(tmp_path, _post())
    assert [p for p in tmp_path.rglob("*") if p.is_file() and p.name != LOCK_NAME] == []


def test_without_hard_links_a_rename_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unsupported(source: object, target: object) -> None:
        raise OSError(95, "Operation not supported")

    monkeypatch.setattr(capture_module.os, "link", unsupported)
    outcome = save_capture(tmp_path, _post())
    assert outcome.path is not None and outcome.path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([outcome.path.name, "raw", LOCK_NAME])


def test_a_name_that_exists_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "capture.json"
    target.write_text("earlier")
    with pytest.raises(FileExistsError):
        capture_module._write_new(target, b"later")
    assert target.read_text() == "earlier" and os.listdir(tmp_path) == ["capture.json"]


@pytest.mark.parametrize(
    ("capture", "prefix"),
    [
        (_post(), "x-1-"),
        (
            Capture(
                "https://mastodon.social/@a/9", StatementKind.POST, _response(), "mastodon", "9", "mastodon.social"
            ),
            "mastodon-mastodon.social-9-",
        ),
        (Capture("https://example.org/a b/Ünï?q=1#f", StatementKind.PAGE, _response()), "page-example.org_a_b_n_q_1-"),
        (Capture("http://127.0.0.1:8000/page", StatementKind.PAGE, _response()), "page-127.0.0.1_8000_page-"),
    ],
)
def test_source_keys_are_filesystem_safe_and_stable(capture: Capture, prefix: str) -> None:
    key = source_key(capture)
    assert key.startswith(prefix) and key == source_key(capture)
    assert all(c.isascii() and (c.isalnum() or c in "._-") for c in key) and len(key) <= 89


def test_keys_differing_only_in_case_stay_apart() -> None:
    lower = Capture("https://youtu.be/abcdefghijk", StatementKind.POST, _response(), "youtube", "abcdefghijk")
    upper = Capture("https://youtu.be/ABCDEFGHIJK", StatementKind.POST, _response(), "youtube", "ABCDEFGHIJK")
    assert source_key(lower).lower() != source_key(upper).lower()


def test_snapshot_urls_goes_on_after_a_failure(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/gone":
            return httpx.Response(404)
        return httpx.Response(200, html="<main><p>Hello there.</p></main>")

    outcomes = snapshot_urls(
        ["https://example.org/gone", "https://example.org/here"],
        tmp_path,
        SnapshotOptions(backoff=0.001, endpoints=Endpoints()),
        transport=httpx.MockTransport(handler),
    )
    assert [(o.status, o.reason) for o in outcomes] == [
        (SaveStatus.FAILED, "HTTP 404 Not Found"),
        (SaveStatus.SAVED, ""),
    ]
    assert len(list(tmp_path.glob("*.json"))) == 1


def test_article_post_urls_only_recognised_posts(tmp_path: Path) -> None:
    article = tmp_path / "draft.html"
    article.write_text(
        "<html><body><p>Officials spoke.</p>"
        '<blockquote class="twitter-tweet"><p>We stand with Ukraine.</p>&mdash; NATO (@NATO) '
        '<a href="https://twitter.com/NATO/status/1958862000000000001">August 22, 2025</a></blockquote>'
        '<p>See <a href="http://127.0.0.1:8080/admin">this</a> and '
        '<a href="https://example.org/page">that</a>.</p></body></html>',
        encoding="utf-8",
    )
    assert article_sources(article).posts == ("https://x.com/NATO/status/1958862000000000001",)


def test_article_post_urls_only_posts_in_the_body(tmp_path: Path) -> None:
    article = tmp_path / "draft.html"
    article.write_text(
        "<html><body><main><article><p>The minister answered critics in a long statement this morning.</p>"
        '<p>She <a href="https://twitter.com/minister/status/1900000000000000002">wrote on X</a> later.</p>'
        '<blockquote class="twitter-tweet"><p>Our plan is funded.</p>&mdash; Minister (@minister) '
        '<a href="https://twitter.com/minister/status/1900000000000000001">May 1, 2025</a></blockquote>'
        "</article><aside class='right-rail'><blockquote class='twitter-tweet'><p>Read our other news.</p>"
        "&mdash; Paper (@paper) <a href='https://twitter.com/paper/status/1900000000000000003'>May 2, 2025</a>"
        "</blockquote></aside></main></body></html>",
        encoding="utf-8",
    )
    assert article_sources(article).posts == (
        "https://x.com/minister/status/1900000000000000002",
        "https://x.com/minister/status/1900000000000000001",
    )
