"""Fuzzing the whole check on generated articles (text, Markdown, HTML): it never crashes or hangs, its
positions point into the input, and every report format renders what it found.

Strategies are in tests/fuzz_grammar.py; each example is checked under a
time budget, so a hang is a failure with the example that caused it.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from verify._budget import within_budget
from verify._check import check_document
from verify.document import Format, from_text
from verify.errors import InputError
from verify.models import ArticleReport, Report
from verify.report import FORMATS, RenderOptions, reporter

from .fuzz_grammar import FUZZ, html_articles, markdown_articles, text_articles

BUDGET = 10.0  # seconds per generated article: these are a few KB, so a hang, not slowness


def _checked(text: str, fmt: Format) -> ArticleReport | None:
    try:
        document = from_text(text, f"fuzz.{fmt.value}", fmt)
    except InputError:
        return None  # an empty article is refused, as it should be
    article = within_budget(BUDGET, lambda: check_document(document))
    lines = document.text.count("\n") + 1
    for claim in (*article.posts, *article.quotes):
        assert 1 <= claim.line <= lines and claim.column >= 1, claim
    for quote in article.quotes:
        assert 0 <= quote.start <= quote.end <= len(document.text), quote
        if fmt is not Format.HTML:  # a text offset and its line and column name the same place
            assert document.position(quote.start) == (quote.line, quote.column), quote
    for finding in article.findings:
        assert finding.claim.line >= 1
    return article


@FUZZ
@given(text_articles)
def test_plain_text_articles(text: str) -> None:
    _checked(text, Format.TEXT)


@FUZZ
@given(markdown_articles)
def test_markdown_articles(text: str) -> None:
    _checked(text, Format.MARKDOWN)


@FUZZ
@given(html_articles)
def test_html_articles(text: str) -> None:
    _checked(text, Format.HTML)


@FUZZ
@given(st.one_of(text_articles, markdown_articles, html_articles), st.sampled_from(sorted(FORMATS)))
def test_every_report_format_renders(text: str, name: str) -> None:
    fmt = Format.HTML if text.startswith("<html>") else Format.MARKDOWN
    article = _checked(text, fmt)
    if article is None:
        return
    rendered = reporter(name)(Report((article,), (), "0"), RenderOptions(color=False, fail_on=None))
    assert isinstance(rendered, str)
    if name == "json":
        json.loads(rendered)
