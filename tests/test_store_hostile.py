"""Hostile files in a snapshot store: a store is read once for the whole run, outside any article's time budget,
so its readers must stay linear on their own."""

from __future__ import annotations

from collections.abc import Callable

from verify.sources.pages import page_statements

from .growth import assert_grows_linearly


def _saved_page(n: int) -> str:
    """A saved page of n quotes, then n paragraphs of the page's own words that quote none of them."""
    quotes = " ".join(f"“Quote number {i} holds words,” said Ab." for i in range(n))
    own = "\n\n".join("ok " * 60 + "ok." for _ in range(n))
    return f"{quotes}\n\n{own}\n"


def test_a_saved_page_of_many_quotes_is_read_in_linear_time() -> None:
    # Each paragraph of the page's own words was searched for the start of every quote on the page, one by one:
    # a page of 6,000 quoting paragraphs made 38 million searches (40 s).
    def make(n: int) -> Callable[[], object]:
        text = _saved_page(n)
        return lambda: page_statements(text, "page.txt", html=False)

    assert_grows_linearly(make, 2_000)


def test_a_paragraph_that_quotes_keeps_only_its_own_sentences() -> None:
    quotes = " ".join(f"“Quote number {i} holds words,” said Ab." for i in range(100))  # the automaton's way
    text = f"{quotes}\n\nThe plan was costly. Quote number 42 holds words, it read. The council met.\n"
    statements = page_statements(text, "page.txt", html=False)
    own = [s.text for s in statements if s.speaker is None]
    assert own == ["The plan was costly. The council met."]
