"""Hostile files in a snapshot store: a store is read once for the whole run, outside any article's time budget,
so its readers must stay linear on their own."""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

import pytest

import verify.sources.snapshots as snapshots
from verify.sources.pages import page_statements
from verify.sources.snapshots import load_store

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


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the budget needs setitimer")
def test_a_store_file_too_slow_to_read_is_its_own_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A chain of quotes and cues costs about 0.2 s a KB to read (linear, but a 50 MB snapshot is hours), and a store
    # is read outside the articles' time budget: each file has a budget of its own.
    # Under load the budget is wall time shared with others: at load 12 on 2 cores a first read of the good file took
    # 64 ms and at times over a budget of 0.2 s (the test failed), a warm read 2-34 ms. So the reader is warmed first
    # and the budget is 1 s; the slow file takes 40 s at load 1: a budget that does not cut it still fails the test.
    good = "RUTTE: The alliance will meet in The Hague next summer.\n"
    (tmp_path / "warm").mkdir()
    (tmp_path / "warm" / "good.txt").write_text(good, "utf-8")
    load_store(tmp_path / "warm")  # (a first read compiles patterns: not this test's matter)
    monkeypatch.setattr(snapshots, "SNAPSHOT_BUDGET", 1.0)
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "slow.html").write_text("<p>" + "“a,” said " * 20_000 + "</p>", "utf-8")
    (tmp_path / "store" / "good.txt").write_text(good, "utf-8")
    store = load_store(tmp_path / "store")
    assert [(p.path, p.message) for p in store.problems] == [
        (str(tmp_path / "store" / "slow.html"), "cannot read snapshot: reading it took longer than 1 s")
    ]
    assert [s.speaker for s in store.statements] == ["RUTTE"]
