"""Hostile input to post extraction and to platform answers (issue 16, the classes in posts' files).

Linear-time checks compare a size n with 4n in CPU time (``tests/growth.py``), never a wall clock:
a linear pass grows about 4x, a quadratic one 16x.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from verify.document import Format, from_text
from verify.extract import extract
from verify.extract.blocks import blocks
from verify.extract.posts import html_posts, rendered_posts
from verify.sources.capture import SaveStatus, SnapshotOptions, snapshot_urls
from verify.sources.platforms_fetch import Endpoints

from .growth import assert_grows_linearly


def _text_posts(text: str, name: str = "hostile.txt") -> Callable[[], object]:
    document = from_text(text, name, Format.MARKDOWN if name.endswith(".md") else Format.TEXT)
    return lambda: rendered_posts(document, blocks(document))


@pytest.mark.parametrize(
    "unit",
    [
        "— " + " " * 1400 + "x\n\n",  # a dash, a long run of spaces, no handle
        "— " + " " * 1400 + "x (@h)\n\n",  # ... and a handle after it
        "-- " + "( " * 700 + "(@h) x\n\n",  # parentheses before the handle
        "— a" + " a" * 700 + " (@\n\n",  # an unclosed handle
    ],
)
def test_text_signature_is_linear(unit: str) -> None:
    assert_grows_linearly(lambda n: _text_posts(unit * n), 40)


@pytest.mark.parametrize(
    "unit",
    [
        "{{< x" + " a" * 300,  # an unclosed Hugo shortcode
        "[youtube " + "b" * 600,  # an unclosed WordPress shortcode, longer than its arguments may be
        "[embed]" + "c" * 400 + "[/embed",  # an unclosed body
        "<Tweet " + 'id="1" ' * 80,  # an unclosed MDX component
        '{% twitter "' + "d" * 450,  # an unclosed Liquid tag and argument
    ],
)
def test_shortcodes_are_linear(unit: str) -> None:
    assert_grows_linearly(lambda n: _text_posts(unit * n, "hostile.md"), 40)


def test_text_signature_still_reads_a_signature_line() -> None:
    document = from_text(
        "The minister wrote that the tax stays.\n— Jane Minister (@JaneMinister) March 5, 2022\n",
        "draft.txt",
        Format.TEXT,
    )
    (post,), _ = rendered_posts(document, blocks(document))
    assert (post.author.name, post.author.handle, post.published) == ("Jane Minister", "@JaneMinister", "2022-03-05")
    assert post.text == "The minister wrote that the tax stays."


def test_urls_written_among_many_siblings_are_linear() -> None:
    unit = "<em>https://x.com/a/status/1</em> and "
    assert_grows_linearly(lambda n: _html_posts(f"<html><body><p>{unit * n}</p></body></html>"), 500)


def _html_posts(markup: str) -> Callable[[], object]:
    return lambda: html_posts(from_text(markup, "hostile.html", Format.HTML))


@pytest.mark.parametrize(
    "unit",
    [
        '<blockquote class="twitter-tweet"><p>x',  # unclosed official embeds, each asked for its links
        '<blockquote class="instagram-media"><div>x',
        '<div class="tweet"><span class="tweet-text">x',  # unclosed static containers
        "<figure><img alt='Screenshot of a post by @h: x'>",  # unclosed figures
    ],
)
def test_unclosed_embeds_are_linear(unit: str) -> None:
    assert_grows_linearly(lambda n: _html_posts("<html><body><article>" + unit * n), 2_500)


@pytest.mark.parametrize("piece", ["[a", "![a", "[a](", "<a", "<!--", "<!-- a"])
def test_markdown_inline_markup_is_linear(piece: str) -> None:
    def make(n: int) -> Callable[[], object]:
        document = from_text("# Title\n\n" + piece * n + "\n", "draft.md", Format.MARKDOWN)
        return lambda: blocks(document)

    assert_grows_linearly(make, 50_000)


@pytest.mark.parametrize("link", ["https://x.com/a/status/1 (@h) ", "https://x.com/a/status/{i} "])
def test_a_line_of_links_is_read_once(link: str) -> None:
    # Whether a link stands alone on its line (a bare URL: the post itself) was asked of the whole line, copied, for
    # each link on it: a 120 KB line of 4,096 links took 1.5 s (quadratic).
    def make(n: int) -> Callable[[], object]:
        line = "".join(link.format(i=i + 1) for i in range(n))
        return _text_posts("# Title\n\n" + line + "\n", "draft.md")

    assert_grows_linearly(make, 3_000)


def test_a_link_alone_on_its_line_is_still_the_post() -> None:
    text = "Intro.\n\n<https://x.com/a/status/1>\n\nhttps://x.com/b/status/2 https://x.com/b/status/2\n\nSee https://x.com/c/status/3\n"
    document = from_text(text, "draft.md", Format.MARKDOWN)
    found, _ = rendered_posts(document, blocks(document))
    assert sorted((p.id, p.markup) for p in found) == [("1", "bare URL"), ("2", "bare URL"), ("3", "text link")]


@pytest.mark.parametrize("value", ["[" * 200_000, '{"url": ' + "[" * 200_000, '{"full_text": ' + '{"a":' * 100_000])
def test_deeply_nested_substack_data_attrs_is_no_crash(value: str) -> None:
    attribute = value.replace('"', "&quot;")
    markup = (
        f'<html><body><article><p>Intro.</p><div class="tweet" data-attrs="{attribute}"></div></article></body></html>'
    )
    extraction = extract(from_text(markup, "hostile.html", Format.HTML))
    assert all(post.text or post.url for post in extraction.posts)


# --- hostile answers from platform endpoints ----------------------------------------------------

_GOOD_X = {
    "url": "https://twitter.com/good/status/2",
    "author_name": "Good",
    "author_url": "https://twitter.com/good",
    "html": '<blockquote class="twitter-tweet"><p>Fine.</p>&mdash; Good (@good) '
    '<a href="https://twitter.com/good/status/2">May 1, 2024</a></blockquote>',
}


def _x_answer(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if "status%2F2" in str(request.url) or "status/2" in str(request.url):
            return httpx.Response(200, json=_GOOD_X)
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return handler


def _snapshot(urls: list[str], handler: Callable[[httpx.Request], httpx.Response], directory: Path) -> list:
    options = SnapshotOptions(backoff=0.001, retries=0, endpoints=Endpoints())
    return snapshot_urls(urls, directory, options, transport=httpx.MockTransport(handler), sleep=lambda s: None)


def _one_failure_then_saved(outcomes: list) -> None:
    failed, good = outcomes
    assert failed.status is SaveStatus.FAILED
    assert failed.reason and "\n" not in failed.reason
    assert good.status is SaveStatus.SAVED


def test_deeply_nested_json_answer_fails_only_its_own_url(tmp_path: Path) -> None:
    body = b"[" * 100_000 + b"]" * 100_000  # nesting past the JSON parser's depth
    outcomes = _snapshot(["https://x.com/a/status/1", "https://x.com/good/status/2"], _x_answer(body), tmp_path)
    _one_failure_then_saved(outcomes)


_HOSTILE_POST = {
    "url": "https://twitter.com/a/status/1",
    "author_name": "A",
    "html": '<blockquote class="twitter-tweet"><p>Text.</p>&mdash; A (@a) '
    '<a href="https://twitter.com/a/status/1">May 1, 2024</a></blockquote>',
}


@pytest.mark.parametrize("author_url", ["http://[::1", "http://exa\u200dmple\u2488.com/x", "https://[zz]:x/"])
def test_an_author_url_that_is_no_url_is_ignored(author_url: str, tmp_path: Path) -> None:
    body = json.dumps({**_HOSTILE_POST, "author_url": author_url}).encode()
    outcomes = _snapshot(["https://x.com/a/status/1", "https://x.com/good/status/2"], _x_answer(body), tmp_path)
    assert [o.status for o in outcomes] == [SaveStatus.SAVED, SaveStatus.SAVED]
    assert json.loads(outcomes[0].path.read_text("utf-8"))["author"]["handle"] == "@a"  # from the embed's signature


def test_lone_surrogates_in_an_answer_are_replaced(tmp_path: Path) -> None:
    body = json.dumps({**_HOSTILE_POST, "author_name": "\ud800", "html": "<p>x</p>"}).encode()
    body = body.replace(
        b"<p>x</p>",
        b'<blockquote class=\\"twitter-tweet\\"><p>\\udfff half</p>&mdash; A (@a) '
        b'<a href=\\"https://twitter.com/a/status/1\\">May 1, 2024</a></blockquote>',
    )
    outcomes = _snapshot(["https://x.com/a/status/1", "https://x.com/good/status/2"], _x_answer(body), tmp_path)
    assert [o.status for o in outcomes] == [SaveStatus.SAVED, SaveStatus.SAVED]
    saved = json.loads(outcomes[0].path.read_text("utf-8"))
    assert saved["author"]["name"] == "\ufffd"
    assert saved["text"] == "\ufffd half"


def test_a_25_digit_tiktok_id_has_no_date(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "www.tiktok.com":
            return httpx.Response(200, json={"title": "Caption", "author_unique_id": "u", "author_name": "U"})
        return _x_answer(b"{}")(request)

    url = "https://www.tiktok.com/@u/video/" + "9" * 25
    outcomes = _snapshot([url, "https://x.com/good/status/2"], handler, tmp_path)
    assert [o.status for o in outcomes] == [SaveStatus.SAVED, SaveStatus.SAVED]
    assert json.loads(outcomes[0].path.read_text("utf-8"))["published"] is None


@pytest.mark.parametrize("created", [1e20, -1e20, float("inf"), 2**70])
def test_out_of_range_reddit_created_utc_has_no_date(created: float, tmp_path: Path) -> None:
    listing = [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"id": "abc123", "title": "T"}}]}}]
    listing[0]["data"]["children"][0]["data"]["created_utc"] = created  # type: ignore[index]
    body = json.dumps(listing).replace("Infinity", "1e999").encode()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "www.reddit.com":
            return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
        return _x_answer(b"{}")(request)

    outcomes = _snapshot(
        ["https://www.reddit.com/r/news/comments/abc123/t/", "https://x.com/good/status/2"], handler, tmp_path
    )
    assert [o.status for o in outcomes] == [SaveStatus.SAVED, SaveStatus.SAVED]
    assert json.loads(outcomes[0].path.read_text("utf-8"))["published"] is None


@pytest.mark.parametrize("host", ["exa\u200dmple.social", "\u2488.social", "xn--ls8h.la"])
def test_idna_invalid_mastodon_host_fails_only_its_own_url(host: str, tmp_path: Path) -> None:
    outcomes = _snapshot(
        [f"https://{host}/@reporter/113456789012345678", "https://x.com/good/status/2"], _x_answer(b"{}"), tmp_path
    )
    _one_failure_then_saved(outcomes)
