"""The posts walk's speed-only forms answer exactly as their plain forms (see docs/parsing.md, "Round 22 (real pages)").

Each test builds the plain form the code had before and compares both on hypothesis texts made of the pieces that
matter: the class words of containers and figures, JSON escapes in every case, surrogate halves, HTML entities.
"""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.document import Format, from_text
from verify.extract.platforms import CONTAINER_WORDS
from verify.extract.posts import (
    _FIGURE_WORDS,
    _HINT,
    _JSON_ESCAPE,
    _JSON_SIMPLE,
    _container_kind,
    _may_name_post,
    _unescape,
    html_posts,
)

# The two flat alternations _HINT replaces, as they were written (the container words as patterns).
_PLAIN_CONTAINER_HINT = re.compile("|".join(map(re.escape, CONTAINER_WORDS)))
_PLAIN_FIGURE_HINT = re.compile("|".join(_FIGURE_WORDS))

_CLASS_PIECES = [
    *CONTAINER_WORDS, *_FIGURE_WORDS, *(word[:-1] for word in CONTAINER_WORDS), *(word[1:] for word in _FIGURE_WORDS),
    " ", "-", "_", "a", "o", "e", "x", "b", "t", "w", "p", "embe", "twit", "consen",
]  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_CLASS_PIECES), max_size=8))
def test_hint_finds_what_either_alternation_finds(pieces: list[str]) -> None:
    value = "".join(pieces)
    plain = _PLAIN_CONTAINER_HINT.search(value) is not None or _PLAIN_FIGURE_HINT.search(value) is not None
    assert (_HINT.search(value) is not None) == plain


def test_container_kind_reads_containers_and_figures() -> None:
    assert _container_kind("div", "social-embed") is False  # a possible static post
    assert _container_kind("div", "wp-caption alignleft") is True  # a figure
    assert _container_kind("figure", "anything") is True
    assert _container_kind("div", "article-body lead") is None
    assert _container_kind("span", "Twitter-Tweet") is False  # ignoring case: the hint only settles ASCII misses


def _plain_json_character(match: re.Match[str]) -> str:
    escape = match.group(1)
    return chr(int(escape[1:], 16)) if escape[0] == "u" else _JSON_SIMPLE[escape]


_PLAIN_HTML_ESCAPED = re.compile(r"&lt;(?:blockquote|iframe|div|script|amp-)", re.I)


def _plain_unescape(text: str) -> str:
    """``_unescape`` as it was: the text lowered to look for an escaped "<", each escape replaced by a callback."""
    for _ in range(2):
        if not ("\\u003c" in text.lower() or '\\"' in text or "\\/" in text):
            break
        text = _JSON_ESCAPE.sub(_plain_json_character, text)
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return html.unescape(text) if _PLAIN_HTML_ESCAPED.search(text) else text


_ESCAPE_PIECES = [
    "\\u003c", "\\U003C", "\\u003C", "\\U003c", "\\u003e", "\\", "\\\\", '\\"', "\\/", "\\n", "\\t", "\\b", "\\'",
    "\\ud83d", "\\ude00", "\\u00e9", "\\uD83D", "u003c", "\\u00", "&lt;div", "&LT;iframe", "&amp;", "<", ">", '"', "/",
    "a", "é", "İ", "K", "ſ", " ", "blockquote", "twitter-tweet",
]  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_ESCAPE_PIECES), max_size=12))
def test_unescape_decodes_as_the_plain_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _unescape(text) == _plain_unescape(text)


def test_unescape_decodes_an_embed_escaped_for_json() -> None:
    escaped = '\\u003Cblockquote class=\\"twitter-tweet\\"\\u003E\\u003Ca href=\\"https:\\/\\/x.com\\/a\\/status\\/1\\"'
    assert _unescape(escaped) == '<blockquote class="twitter-tweet"><a href="https://x.com/a/status/1"'


_STRING_PIECES = ["http", "https://", "/", "x.com/", "youtu.be/", "at://", "ht", "tp", "h", " ", "\n", "a", "x.com", "@"]


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(_STRING_PIECES), max_size=8))
def test_a_string_that_may_name_a_post_holds_a_slash_or_http(pieces: list[str]) -> None:
    value = "".join(pieces)  # the walk's pre-test before _may_name_post must be one of its necessary conditions
    assert not _may_name_post(value) or "/" in value or "http" in value


def test_a_post_url_standing_alone_and_one_written_in_a_sentence_are_posts() -> None:
    page = (
        "<html><body><article><p>Intro text here.</p>"
        "<div><p>https://x.com/ana/status/1234567890123</p></div>"
        "<p>She wrote on YouTube (youtu.be/dQw4w9WgXcQ) that day.</p></article></body></html>"
    )
    posts, _ = html_posts(from_text(page, "page.html", Format.HTML))
    assert [(post.platform, post.id, post.markup) for post in posts] == [
        ("x", "1234567890123", "bare URL"),
        ("youtube", "dQw4w9WgXcQ", "text link"),
    ]
