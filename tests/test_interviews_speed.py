"""The interview reader's speed-only pre-tests answer exactly as their plain forms (see docs/parsing.md, "Round 25").

Each test compares a reader of the module with the plain form it had before, on hypothesis texts made of the pieces
that matter: time stamps at a block's start and inside it, labels, dialogue dashes, line breaks and white space.
"""

from __future__ import annotations

import re
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract import interviews
from verify.extract.blocks import Block
from verify.extract.interviews import (
    _DIALOGUE_LINE,
    _LABEL,
    _LABEL_REACH,
    _RECORD_LABEL,
    _RECORD_REACH,
    _ROW_LABEL,
    _ROW_REACH,
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


_LABEL_PIECES = [
    "Jordan", "Mme Leroy", "ALAIN VERGNES", "Mr Smith", "El señor CONSEJERO", "x" * 29, "Ann-Marie", "O'Neil", " ",
    "  ", "\n", ":", " : ", ". — ", ".–", ". -", "-", " (Lab)", " (alcaldesa, PSOE)", ", Hove", "?", "we said", "é",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=14), st.integers(0, 30), st.integers(0, 400))
def test_a_label_pattern_matches_only_where_its_mark_stands_within_reach(
    pieces: list[str], start: int, end: int
) -> None:
    """Each label pattern is tried only when a colon or a dash it ends a label on stands within its reach of the row's
    start (``_turn``, ``_row``, ``_record_row``): every match spans at most its reach and holds one there."""
    text = "".join(pieces)
    start, end = min(start, len(text)), max(min(end, len(text)), min(start, len(text)))
    for pattern, reach, marks in ((_LABEL, _LABEL_REACH, ":"), (_ROW_LABEL, _ROW_REACH, ":–—"),
                                  (_RECORD_LABEL, _RECORD_REACH, ":–—-")):  # fmt: skip
        match = pattern.match(text, start, end)
        if match is not None:
            assert match.end() - start <= reach
            assert any(mark in text[start : min(end, start + reach)] for mark in marks)


def test_a_paragraph_with_no_colon_or_dash_near_its_start_is_read_without_the_label_patterns() -> None:
    lex = LEXICONS["en"]
    plain = _block("The council met on Monday night to vote on the school meals contract, which was approved in full.")
    late = _block("The council met on Monday night to vote on the school meals contract, which " + "was " * 60 + "x: y")
    label, row, record = (
        patch.object(interviews, name, wraps=getattr(interviews, name))
        for name in ("_LABEL", "_ROW_LABEL", "_RECORD_LABEL")
    )
    with label as label, row as row, record as record:
        for block in (plain, late):
            assert interviews._row(lex, block, 0, len(block.text)) is None
            assert not interviews._turn(lex, block).label
        assert label.match.call_count == row.match.call_count == record.match.call_count == 0
        named = _block("Jordan Price (Lab): We start now.")
        assert interviews._row(lex, named, 0, len(named.text)) is not None and interviews._turn(lex, named).label
        assert label.match.call_count and row.match.call_count and record.match.call_count


def test_the_reach_of_a_bounded_pattern_is_its_longest_match() -> None:
    assert interviews._reach(re.compile(r"a{0,3}(?:bc|d)?:")) == 6
    assert _LABEL.match("   J" + "x" * 30 + (" " + "y" * 30) * 3 + "  : z").end() == _LABEL_REACH
