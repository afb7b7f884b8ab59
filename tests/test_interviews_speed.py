"""The interview reader's speed-only pre-tests answer exactly as their plain forms (see docs/parsing.md, "Round 25").

Each test compares a reader of the module with the plain form it had before, on hypothesis texts made of the pieces
that matter: time stamps at a block's start and inside it, labels, dialogue dashes, line breaks and white space.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract.blocks import Block
from verify.extract.interviews import (
    _DIALOGUE_LINE,
    _TIME_STAMP,
    _labelled_runs,
    _lines,
    _turn_spans,
)
from verify.lexicon import LEXICONS
from verify.models import Place

_PIECES = [
    "04:20 ", "[04:20] ", "(1:02:03) ", "12:30", "9:05  ", ":45", "\n", "\n\n", " ", "  \n ", "\t", "\u2003",
    "— ", "– ", "Jordan: ", "Q: ", "A: ", "Mme Leroy : ", "Dr. Ward. – ", "yes", "Why now?", "we", ".",
]  # fmt: skip


def _block(text: str) -> Block:
    return Block(text, Place.BODY, ((0, 0, True),))


def _plain_turn_spans(block: Block) -> list[tuple[int, int | None]]:
    lines = _lines(block.text)
    if len(lines) < 2 or not all(_DIALOGUE_LINE.match(block.text, start, end) for start, end in lines):
        return [(0, None)]
    return [(start, end) for start, end in lines]


def _plain_stamps(text: str) -> list[int]:
    stamps = [m for m in _TIME_STAMP.finditer(text) if m.start() == 0 or text[m.start() - 1] in " \n"]
    return [m.end() for m in stamps] if stamps and stamps[0].start() == 0 else [0]


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_turn_spans_as_before(pieces: list[str]) -> None:
    block = _block("".join(pieces))
    assert _turn_spans(block) == _plain_turn_spans(block)


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_a_block_opening_on_no_stamp_is_one_row(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _TIME_STAMP.match(text) is None:  # the reader scans no further
        assert _plain_stamps(text) == [0]


@given(st.text(st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u3000\u200bx")))
def test_a_paragraph_with_words_as_before(text: str) -> None:
    assert bool(text and not text.isspace()) == bool(text.strip())


def test_transcript_rows_stamped_and_by_line() -> None:
    lex = LEXICONS["en"]
    stamped = _block("[00:01] Jordan: We start. [00:09] Priya: We wait.")
    lines = _block("Jordan: We start.\nPriya: We wait.\nJordan: Then go.")
    runs = _labelled_runs(lex, [stamped, lines])
    assert [row.name for run in runs for row in run] == ["Jordan", "Priya", "Jordan", "Priya", "Jordan"]
