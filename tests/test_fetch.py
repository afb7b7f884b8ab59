"""The network policy (verify.sources.fetch) and each platform's reader (verify.sources.platforms_fetch).

Everything runs against httpx.MockTransport and the recorded-shape responses
in tests/data/snapshot/: no test touches the network.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import httpx
import pytest

from verify._version import __version__
from verify.models import Author, StatementKind
from verify.sources.fetch import USER_AGENT, Fetcher, FetchError, FetchPolicy, fetch_bytes
from verify.sources.platforms_fetch import Capture, Endpoints, capture_source

DATA = Path(__file__).parent / "data" / "snapshot"
Handler = Callable[[httpx.Request], httpx.Response]


def _fetcher(handler: Handler, sleeps: list[float] | None = None, **policy: float) -> Fetcher:
    waits = sleeps if sleeps is not None else []
    return Fetcher(FetchPolicy(backoff=0.01, **policy), transport=httpx.MockTransport(handler), sleep=waits.append)  # type: ignore[arg-type]


def _json(name: str) -> object:
    return json.loads((DATA / name).read_text("utf-8"))


# --- the policy -------------------------------------------------------------------


def test_user_agent_names_the_tool_and_version() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="ok", headers={"Content-Type": "text/plain"})

    result = fetch_bytes("https://example.org/a", max_bytes=100, timeout=5, transport=httpx.MockTransport(handler))
    assert seen[0].headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith(f"verify/{__version__} ")
    assert (result.url, result.final_url, result.status, result.body) == ("https://example.org/a",) * 2 + (200, b"ok")
    assert result.content_type == "text/plain"
    assert result.fetched_at.tzinfo is not None


def test_retries_5xx_with_exponential_backoff_then_succeeds() -> None:
    statuses = iter([503, 502, 200])
    sleeps: list[float] = []
    with _fetcher(lambda r: httpx.Response(next(statuses), text="done"), sleeps) as fetcher:
        assert fetcher.get("https://example.org/").body == b"done"
    assert sleeps == [0.01, 0.02]


def test_retry_after_is_honoured() -> None:
    statuses = iter([429, 200])
    sleeps: list[float] = []
    handler: Handler = lambda r: httpx.Response(next(statuses), headers={"Retry-After": "7"})  # noqa: E731
    with _fetcher(handler, sleeps) as fetcher:
        fetcher.get("https://example.org/")
    assert sleeps == [7.0]


def test_retry_after_beyond_the_cap_fails_at_once() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(429, headers={"Retry-After": "86400"})

    with _fetcher(handler) as fetcher, pytest.raises(FetchError, match="HTTP 429: asked to retry after 86400s"):
        fetcher.get("https://example.org/")
    assert len(calls) == 1


def test_gives_up_after_the_retries() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(500)

    with _fetcher(handler, retries=2) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get("https://example.org/")
    assert caught.value.message == "HTTP 500 Internal Server Error (gave up after 3 attempts)"
    assert caught.value.status == 500 and len(calls) == 3


def test_404_is_not_retried() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(404)

    with (
        _fetcher(handler) as fetcher,
        pytest.raises(FetchError, match=r"^https://example.org/gone: HTTP 404 Not Found$"),
    ):
        fetcher.get("https://example.org/gone")
    assert len(calls) == 1


def test_connection_errors_are_retried() -> None:
    attempts = iter([httpx.ConnectError("refused"), None])

    def handler(request: httpx.Request) -> httpx.Response:
        error = next(attempts)
        if error:
            raise error
        return httpx.Response(200, text="up")

    with _fetcher(handler) as fetcher:
        assert fetcher.get("https://example.org/").body == b"up"


def test_connection_failure_reason() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused")

    with _fetcher(handler, retries=1) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get("https://example.org/")
    assert caught.value.message == "connection failed: Connection refused (gave up after 2 attempts)"


def test_read_timeout_fails_without_retry() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ReadTimeout("slow")

    with _fetcher(handler, timeout=2) as fetcher, pytest.raises(FetchError, match="timed out after 2s"):
        fetcher.get("https://example.org/")
    assert len(calls) == 1


def test_declared_oversize_body_is_refused() -> None:
    handler: Handler = lambda r: httpx.Response(200, content=b"x" * 2000)  # noqa: E731
    with (
        _fetcher(handler, max_bytes=1000) as fetcher,
        pytest.raises(FetchError, match="2000 bytes, over the size limit"),
    ):
        fetcher.get("https://example.org/")


def test_streamed_oversize_body_is_cut_off_without_reading_it_all() -> None:
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        for _ in range(1000):
            sent.append(1)
            yield b"x" * 1024

    handler: Handler = lambda r: httpx.Response(200, content=chunks())  # noqa: E731  (no Content-Length)
    with (
        _fetcher(handler, max_bytes=10_000) as fetcher,
        pytest.raises(FetchError, match="over the size limit of 10000"),
    ):
        fetcher.get("https://example.org/")
    assert len(sent) < 20


def test_redirects_are_followed_and_the_final_url_kept() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        return httpx.Response(200, text="here")

    with _fetcher(handler) as fetcher:
        result = fetcher.get("https://example.org/old")
    assert (result.url, result.final_url) == ("https://example.org/old", "https://example.org/new")


def test_redirect_loops_stop_at_the_limit() -> None:
    handler: Handler = lambda r: httpx.Response(302, headers={"Location": "/again"})  # noqa: E731
    with _fetcher(handler, max_redirects=3) as fetcher, pytest.raises(FetchError, match="more than 3 redirects"):
        fetcher.get("https://example.org/")


def test_redirects_can_be_refused() -> None:
    handler: Handler = lambda r: httpx.Response(302, headers={"Location": "http://169.254.169.254/"})  # noqa: E731
    with _fetcher(handler) as fetcher, pytest.raises(FetchError, match="redirect not followed"):
        fetcher.get("https://example.org/", follow_redirects=False)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "not a url", "javascript:alert(1)"])
def test_only_http_urls(url: str) -> None:
    with _fetcher(lambda r: httpx.Response(200)) as fetcher, pytest.raises(FetchError, match="not an http"):
        fetcher.get(url)


def test_secret_headers_are_sent_but_not_recorded() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    with _fetcher(handler) as fetcher:
        result = fetcher.get("https://example.org/", secret_headers={"Authorization": "Bearer s3cret"})
    assert seen[0].headers["Authorization"] == "Bearer s3cret"
    assert "s3cret" not in repr(result.request_headers)


# --- per-platform readers -------------------------------------------------------


def _capture(url: str, routes: Mapping[str, object], **kwargs: object) -> tuple[Capture, list[httpx.Request]]:
    """Capture ``url`` with a transport answering each route (host + path) with a fixture or a response."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = routes.get(f"{request.url.host}{request.url.path}")
        if answer is None:
            return httpx.Response(404)
        if isinstance(answer, httpx.Response):
            return answer
        name = str(answer)
        media = "text/html; charset=utf-8" if name.endswith(".html") else "application/json; charset=utf-8"
        return httpx.Response(200, content=(DATA / name).read_bytes(), headers={"Content-Type": media})

    with _fetcher(handler) as fetcher:
        capture = capture_source(url, fetcher, endpoints=Endpoints(), environ={}, **kwargs)  # type: ignore[arg-type]
    return capture, seen


def test_x_oembed() -> None:
    capture, seen = _capture(
        "https://x.com/i/status/1958862000000000000?s=20", {"publish.twitter.com/oembed": "x-oembed.json"}
    )
    assert seen[0].url.params["url"] == "https://twitter.com/i/status/1958862000000000000"
    assert capture.url == "https://x.com/MOSCOW_EN/status/1958862000000000000"  # oEmbed names the account
    assert (capture.kind, capture.platform, capture.post_id) == (StatementKind.POST, "x", "1958862000000000000")
    assert capture.author == Author("MOSCOW NEWS", "@MOSCOW_EN")
    assert capture.published == "2025-08-22"
    assert capture.text.startswith("Mark Rutte: The United States and NATO will participate")
    assert capture.response.url == str(seen[0].url)


def test_bluesky_resolves_the_handle_and_keeps_the_cid() -> None:
    capture, seen = _capture(
        "https://bsky.app/profile/newsdesk.example.com/post/3l6oveex3ii2l",
        {
            "public.api.bsky.app/xrpc/com.atproto.identity.resolveHandle": "bluesky-resolve.json",
            "public.api.bsky.app/xrpc/app.bsky.feed.getPostThread": "bluesky-thread.json",
        },
    )
    assert seen[0].url.params["handle"] == "newsdesk.example.com"
    assert seen[1].url.params["uri"] == "at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l6oveex3ii2l"
    assert capture.author == Author("Example Newsdesk", "@newsdesk.example.com")
    assert capture.text == "The ministry confirmed the talks will resume on Monday."
    assert capture.published == "2024-10-16"
    assert dict(capture.extra)["cid"] == "bafyreihvb3f4zqxpmk2kqfndc3fgfoloqbkvd3dkq7bd7xjuikvqe5hzmm"
    assert capture.scope == "did:plc:z72i7hdynmk6r22z27h6tvur"


def test_bluesky_by_did_needs_no_resolution_and_a_deleted_post_fails() -> None:
    url = "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l"
    routes = {"public.api.bsky.app/xrpc/app.bsky.feed.getPostThread": "bluesky-notfound.json"}
    with pytest.raises(FetchError, match="the post was not found"):
        _capture(url, routes)


def test_mastodon_asks_the_posts_own_instance() -> None:
    capture, seen = _capture(
        "https://mastodon.social/@pressoffice/113301047345046012",
        {"mastodon.social/api/v1/statuses/113301047345046012": "mastodon-status.json"},
    )
    assert seen[0].headers["Accept"] == "application/json"
    assert capture.author == Author("Press Office", "@pressoffice@mastodon.social")
    assert capture.text == "We will publish the full report on Friday.\n\nQuestions: https://example.org/contact"
    assert capture.published == "2024-10-14"
    assert capture.scope == "mastodon.social"


def test_tiktok_and_youtube_oembed() -> None:
    tiktok, _ = _capture(
        "https://www.tiktok.com/@newsdesk/video/7234567890123456789", {"www.tiktok.com/oembed": "tiktok-oembed.json"}
    )
    assert tiktok.author == Author("News Desk", "@newsdesk")
    assert tiktok.text == "Behind the scenes at the summit #news"
    assert tiktok.published == "2023-05-18"  # from the id's timestamp bits
    youtube, seen = _capture("https://youtu.be/dQw4w9WgXcQ", {"www.youtube.com/oembed": "youtube-oembed.json"})
    assert seen[0].url.params["url"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert youtube.author == Author("Example Channel", "@examplechannel")
    assert youtube.text == "Press conference, 22 August 2025"


def test_reddit_post_and_comment() -> None:
    routes = {"www.reddit.com/r/worldnews/comments/1abc2de/.json": "reddit-post.json"}
    post, _ = _capture("https://www.reddit.com/r/worldnews/comments/1abc2de/minister_says/", routes)
    assert post.text == "Minister says talks will resume Monday\n\nStatement from the ministry this morning."
    assert post.author.handle == "u/news_poster" and post.published == "2024-08-22"
    routes = {"www.reddit.com/r/worldnews/comments/1abc2de/comment/kx9y8z7/.json": "reddit-post.json"}
    comment, _ = _capture("https://www.reddit.com/r/worldnews/comments/1abc2de/comment/kx9y8z7/", routes)
    assert (comment.text, comment.author.handle) == ("Source for this?", "u/commenter")


def test_instagram_oembed_with_a_token_from_the_environment() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=(DATA / "instagram-oembed.json").read_bytes())

    with _fetcher(handler) as fetcher:
        capture = capture_source(
            "https://www.instagram.com/p/C9xYz12AbCd/",
            fetcher,
            endpoints=Endpoints(),
            environ={"VERIFY_META_TOKEN": "a|b"},
        )
    assert seen[0].url.path.endswith("/instagram_oembed") and seen[0].headers["Authorization"] == "Bearer a|b"
    assert "a|b" not in str(capture.response)
    assert capture.author == Author("Example Government", "@examplegov")
    assert capture.text == "Our statement on today's vote."


def test_instagram_falls_back_to_the_page_metadata() -> None:
    routes = {
        "graph.facebook.com/v23.0/instagram_oembed": httpx.Response(400, json={"error": {"message": "token"}}),
        "www.instagram.com/p/C9xYz12AbCd/": "instagram-page.html",
    }
    capture, _ = _capture("https://www.instagram.com/p/C9xYz12AbCd/", routes)
    assert capture.text == "Our statement on today's vote."
    assert capture.published == "2025-08-22"
    assert capture.response.url == "https://www.instagram.com/p/C9xYz12AbCd/"


def test_telegram_widget() -> None:
    capture, seen = _capture("https://t.me/examplechannel/4521", {"t.me/examplechannel/4521": "telegram-embed.html"})
    assert seen[0].url.params["embed"] == "1"
    assert capture.text == "The delegation arrived in Geneva.\nTalks start tomorrow."
    assert capture.author == Author("Example Channel", "@examplechannel")
    assert capture.published == "2025-08-22"


def test_a_page_with_speaker_turns_is_a_transcript() -> None:
    capture, _ = _capture("https://example.org/briefing", {"example.org/briefing": "transcript.html"})
    assert capture.kind is StatementKind.TRANSCRIPT
    assert capture.title == "Press conference transcript"
    assert capture.statements == (
        ("MARK RUTTE", "It is clear that the United States will participate."),
        ("Q", "Will NATO take part as well?"),
        ("MARK RUTTE", "We are discussing it with all allies."),
    )


def test_a_page_keeps_its_main_text() -> None:
    capture, _ = _capture("https://example.org/statement", {"example.org/statement": "page.html"})
    assert capture.kind is StatementKind.PAGE and capture.statements == ()
    assert capture.text == (
        "Statement on the talks\nThe ministry said on Friday that the talks will resume on Monday.\n"
        "Updated: 22 August 2025"
    )


def test_archive_fallback_marks_where_it_came_from() -> None:
    routes = {
        "archive.org/wayback/available": "wayback-available.json",
        "web.archive.org/web/20250822101500id_/https://example.org/statement": "page.html",
    }
    capture, seen = _capture("https://example.org/statement", routes, archive=True)
    assert capture.archived_from == "http://web.archive.org/web/20250822101500/https://example.org/statement"
    assert capture.archived_at == "2025-08-22T10:15:00Z"
    assert capture.live_error == "HTTP 404 Not Found"
    assert capture.url == "https://example.org/statement" and "will resume" in capture.text
    assert [r.url.host for r in seen] == ["example.org", "archive.org", "web.archive.org"]


def test_no_archived_copy_keeps_the_live_reason() -> None:
    empty = httpx.Response(200, json={"url": "example.org/x", "archived_snapshots": {}})
    with pytest.raises(FetchError, match=r"HTTP 404 Not Found; no archived copy"):
        _capture("https://example.org/x", {"archive.org/wayback/available": empty}, archive=True)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/internal",  # not a post
        "https://example.org/article",  # not a post
        "https://127.0.0.1/@admin/1234",  # "Mastodon" on an address
        "https://localhost/@admin/1234",
        "https://metadata.internal/@admin/1234",
    ],
)
def test_untrusted_urls_are_not_fetched(url: str) -> None:
    with pytest.raises(FetchError, match="not"):
        _capture(url, {}, trusted=False)


def test_endpoints_from_the_environment() -> None:
    endpoints = Endpoints.from_env({"VERIFY_ENDPOINT_X": "http://127.0.0.1:9/", "VERIFY_ENDPOINT_MASTODON": "http://h"})
    assert (endpoints.x, endpoints.mastodon, endpoints.bluesky) == (
        "http://127.0.0.1:9",
        "http://h",
        "https://public.api.bsky.app",
    )
