"""Hostile markup: deep nesting, many embeds, huge attributes, random tag soup.

Post extraction walks the tree without recursion and runs its regular
expressions on bounded windows, so the work grows linearly with the input and
no input raises. Sizes here are kept small enough for a shared CI machine; the
scaling tests compare two sizes instead of timing one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify.document import Format, from_text
from verify.extract import extract
from verify.extract.blocks import blocks, source_offset
from verify.extract.posts import html_posts

from .growth import assert_grows_linearly

_TWEET = (
    '<blockquote class="twitter-tweet"><p>post {i}</p>&mdash; A (@a) '
    '<a href="https://twitter.com/a/status/{id}">May 1, 2020</a></blockquote>'
)


def _page(body: str) -> str:
    return f"<html><body><article><p>An article.</p>{body}</article></body></html>"


def test_tags_nested_100000_deep() -> None:
    # Open containers (div.embed) and official embeds are the two states the walk keeps per level.
    for tag in ('div class="embed"', 'blockquote class="twitter-tweet"'):
        name = tag.split()[0]
        html = _page(f"<{tag}>" * 100_000 + _TWEET.format(i=0, id=10) + f"</{name}>" * 100_000)
        found, _ = html_posts(from_text(html, "deep.html", Format.HTML))
        assert len(found) == 1


def _embeds(count: int) -> str:
    return _page("".join(_TWEET.format(i=i, id=i + 1) for i in range(count)))


def test_many_embeds_scale_linearly() -> None:
    found, _ = html_posts(from_text(_embeds(4_000), "many.html", Format.HTML))
    assert len(found) == 4_000
    assert_grows_linearly(lambda n: lambda: html_posts(from_text(_embeds(n), "many.html", Format.HTML)), 1_000)


def test_ten_megabyte_attribute() -> None:
    escaped = "&lt;blockquote class=&quot;twitter-tweet&quot;&gt;" + "a" * 10_000_000
    html = _page(f'<div data-content="{escaped}"></div><div data-url="https://x.com/' + "b" * 10_000_000 + '"></div>')
    found, _ = html_posts(from_text(html, "attr.html", Format.HTML))
    assert found == []


def test_huge_text_inside_an_embed() -> None:
    html = _page(
        '<blockquote class="twitter-tweet"><p>' + "word (@x) — " * 200_000 + "</p>"
        '&mdash; A (@a) <a href="https://twitter.com/a/status/5">May 1, 2020</a></blockquote>'
    )
    (post,) = html_posts(from_text(html, "text.html", Format.HTML))[0]
    assert post.author.handle == "@a"


_TAGS = st.sampled_from(
    ["div", "blockquote", "p", "a", "iframe", "script", "textarea", "amp-twitter", "figure", "article", "aside", "span"]
)
_ATTRS = st.sampled_from(
    [
        "",
        ' class="twitter-tweet"',
        ' class="instagram-media"',
        ' class="embed social"',
        ' class="sidebar related"',
        ' data-tweet-id="123"',
        ' data-url="https://twitter.com/u/status/9"',
        ' src="https://www.youtube.com/embed/dQw4w9WgXcQ"',
        ' href="https://twitter.com/u/status/7"',
        ' data-x="&lt;blockquote class=twitter-tweet&gt;&lt;a href=https://x.com/q/status/3&gt;"',
        ' cite="at://did:plc:x/app.bsky.feed.post/abcde"',
    ]
)
_TEXT = st.sampled_from(
    ["", "text", "— Name (@handle) May 1, 2020", "https://t.me/chan/5", "\\u003cblockquote", "&mdash;"]
)
_PIECE = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", _TAGS, _ATTRS),
    st.builds(lambda t: f"</{t}>", _TAGS),
    _TEXT,
    st.text(max_size=20),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECE, max_size=60))
def test_random_markup_never_raises(pieces: list[str]) -> None:
    html = "<html><body>" + "".join(pieces) + "</body></html>"
    document = from_text(html if html.strip() else "<p>x</p>", "random.html", Format.HTML)
    found, taken = html_posts(document)
    for post in found:
        assert post.platform and post.id and post.line >= 1 and post.column >= 1
    extract(document)  # the rest of the pipeline reads the blocks left over


@pytest.mark.parametrize(
    "unit",
    [
        "“a,” said Ab. ",  # one text node: one anchor, thousands of claims far after it
        "“a,” said <em>Ab</em>. ",  # thousands of inline elements: thousands of anchors in one block
    ],
)
def test_offsets_in_a_long_paragraph_grow_linearly(unit: str) -> None:
    # Every claim's place in the file is found from its block's anchors: by a search, and counting characters from
    # counts kept per block, not from the anchor for each claim (a 150 KB paragraph of 3,000 quotes took 7.6 s).
    def make(n: int) -> Callable[[], object]:
        document = from_text(_page(f"<p>{unit * n}</p>"), "long.html", Format.HTML)
        (block,) = [b for b in blocks(document) if "said" in b.text]
        indexes = range(0, len(block.text), 40)
        return lambda: [source_offset(document, block, i) for i in indexes]

    assert_grows_linearly(make, 3_000)


def test_offsets_in_a_long_paragraph_point_at_the_text() -> None:
    html = _page("<p>" + "“a,” said <em>Ab</em> x. " * 3_000 + "</p>")
    document = from_text(html, "long.html", Format.HTML)
    (block,) = [b for b in blocks(document) if "said" in b.text]
    for index in (0, 5, 4_099, 4_100, 30_000, len(block.text) - 2):
        if not block.text[index].isspace():  # (white space is counted to the character after it)
            assert html[source_offset(document, block, index)] == block.text[index], index


# "<!--->" ends a comment for lxml (as in HTML5) but not for the text locator, which reads on to the next "-->": the
# text after each such comment is not in the locator's text and is looked for in vain, through the whole page.
_UNFINDABLE_PARAGRAPH = "<p><!---> “b,” said Ab.</p>"
_UNFINDABLE_EMBED = (
    '<blockquote class="twitter-tweet"><p><!---> post {i} text</p>&mdash; A (@a) '
    '<a href="https://twitter.com/a/status/{id}">May 1, 2020</a></blockquote>'
)


def _tail(n: int) -> str:
    return "<p>--> " + "tail words " * n + "</p><p>“c,” said Ab.</p>"


def test_texts_the_locator_lacks_are_placed_in_linear_time() -> None:
    def blocks_placed(n: int) -> Callable[[], object]:
        html = _page(_UNFINDABLE_PARAGRAPH * n + _tail(n))
        return lambda: blocks(from_text(html, "lost.html", Format.HTML))[-1].anchors  # the blocks before it first

    def posts_placed(n: int) -> Callable[[], object]:
        html = _page("".join(_UNFINDABLE_EMBED.format(i=i, id=i + 1) for i in range(n)) + _tail(4 * n))
        return lambda: html_posts(from_text(html, "lost.html", Format.HTML))

    assert_grows_linearly(blocks_placed, 8_000)
    assert_grows_linearly(posts_placed, 2_000)
