"""Round 60's exact cuts (speed60, issue 14): each gate asks a cheaper question first and answers as before.

Each cut is checked against its form on main before the cut (kept here as it was) over generated inputs.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract import quotes
from verify.extract.cast import title_role
from verify.extract.cues import grammar
from verify.lexicon import LEXICONS

_CODES = sorted(LEXICONS)


def _title_before_surname_on_main(lex, text: str, start: int) -> str:  # type: ignore[no-untyped-def]
    """``quotes._title_before_surname`` as main had it before round 60 (the whole window split, no gate)."""
    if lex.capitalised_nouns or text[start - 1 : start] != " ":
        return ""
    words = text[max(0, start - quotes._TITLE_BEFORE_CHARS) : start].split()[-2:]
    if len(words) < 2 or words[0].lower() not in lex.definite or words[0].lower() in lex.plural_articles:
        return ""
    noun = words[1]
    return noun if noun.isalpha() and noun.islower() and title_role(noun, lex) else ""


# Articles, titles in every case, words ending on a capital, a title-case letter, a letter of no case, marks, and
# every kind of white space the split reads
_TITLE_WORDS = ["the", "The", "la", "La", "le", "el", "los", "les", "der", "a", "judge", "jueza", "juge", "magistrate"]
_TITLE_WORDS += ["maire", "alcaldesa", "Judge", "juDGE", "judgǅ", "漢", "judge漢", "said", "Mr.", "U.S.", ","]
_TITLE_WORDS += ["—", "(la"]
_TITLE_WORDS += ["Bodden", "Martin", "x", ""]
_SPACES = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", " \n"]


@settings(max_examples=1500, deadline=None)
@given(
    code=st.sampled_from(_CODES),
    parts=st.lists(st.tuples(st.sampled_from(_TITLE_WORDS), st.sampled_from(_SPACES)), max_size=6),
    start=st.integers(0, 80),
)
def test_a_title_before_a_surname_is_found_as_on_main(code: str, parts: list[tuple[str, str]], start: int) -> None:
    text = "".join(w + s for w, s in parts) + "Bodden escuchó"
    lex = LEXICONS[code]
    for at in {start % (len(text) + 1), text.rfind("Bodden")}:
        assert quotes._title_before_surname(lex, text, at) == _title_before_surname_on_main(lex, text, at)


def test_a_title_before_a_surname() -> None:
    lex = LEXICONS["es"]
    text = "ante la jueza Bodden, quien"
    assert quotes._title_before_surname(lex, text, text.index("Bodden")) == "jueza"
    text = "ante la\njueza Bodden"
    assert quotes._title_before_surname(lex, text, text.index("Bodden")) == "jueza"
    assert quotes._title_before_surname(lex, "ante la Jueza Bodden", 14) == ""


# Windows before a quote of the shapes the cues before it read ("According to", a colon, a response, a frame's
# words), in four languages
_CUE_WORDS = ["According", "according", "to", "the", "mayor", "Rutte", "Anna", "Berg", ",", ":", "said", "statement"]
_CUE_WORDS += ["response", "was", "Selon", "le", "maire", "Según", "la", "alcaldesa", "Laut", "Bürgermeisterin", "des"]
_CUE_WORDS += ["In", "words", "of", "its", "director", "Fiona", "Grady", "du", "del", "En", "palabras", "Mit", "Worten"]


@settings(max_examples=600, deadline=None)
@given(code=st.sampled_from(["en", "fr", "es", "de"]), words=st.lists(st.sampled_from(_CUE_WORDS), max_size=9))
def test_the_cues_before_a_quote_share_their_guards_as_on_main(code: str, words: list[str]) -> None:
    """Each guard searched once for all the patterns it guards, looked up by its identity: the same answers as each
    guard searched for its own patterns (distinct pattern objects, which no look-up can share)."""
    g = grammar(code)
    unshared = dataclasses.replace(g, before=tuple((re.compile(f"{guard.pattern}(?:)"), p) for guard, p in g.before))
    window = " ".join(words) + " "
    shared, alone = quotes._cue_in_words(g, window), quotes._cue_in_words(unshared, window)
    assert (shared and (shared.span(), shared.re.pattern)) == (alone and (alone.span(), alone.re.pattern))


def _pair_marks_on_main(text: str, block: int, singles: bool, straight: bool = False, start: int = 0) -> list[Any]:
    """``quotes._pair_marks`` as main had it before round 60 (every text scanned by the pattern)."""
    spans: list[quotes._Span] = []
    opener: re.Match[str] | None = None
    nested = False
    for mark in quotes._MARKS[singles, singles and straight].finditer(text, start):
        glyph = mark.group()
        if opener is None:
            if quotes._is_opener(text, mark):
                opener, nested = mark, False
            continue
        if glyph == '"' and opener.group() != '"':
            if nested and quotes._is_closer(text, mark):
                nested = False
                continue
            if quotes._is_opener(text, mark):
                nested = True
                continue
        if (
            glyph in quotes.QUOTE_PAIRS[opener.group()]
            and quotes._is_closer(text, mark)
            or quotes._typed_as_closer(text, mark, opener)
        ):
            spans.append(quotes._Span(block, opener.start(), mark.end()))
            opener = None
        elif glyph in quotes._ALWAYS_OPEN and glyph == opener.group():
            opener = mark
    if opener is not None:
        spans.append(quotes._Span(block, opener.start(), len(text), closed=False))
    return spans


@settings(max_examples=2000, deadline=None)
@given(
    text=st.text(alphabet="ab é.,\n“”„«»‹›\"‘’'`", max_size=40),
    singles=st.booleans(),
    straight=st.booleans(),
    start=st.integers(0, 45),
)
def test_marks_are_paired_as_on_main(text: str, singles: bool, straight: bool, start: int) -> None:
    at = min(start, len(text))
    assert quotes._pair_marks(text, 3, singles, straight, at) == _pair_marks_on_main(text, 3, singles, straight, at)


def test_every_mark_a_pattern_opens_on_is_looked_for() -> None:
    for key, pattern in quotes._MARKS.items():
        opening = pattern.pattern[1 : pattern.pattern.index("]")].replace("\\", "")
        assert set(opening) == set(quotes._MARK_GLYPHS[key])


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="ab .,\n\"'`", max_size=30), start=st.integers(0, 32))
def test_an_ascii_text_has_the_marks_of_every_pattern(text: str, start: int) -> None:
    for key, pattern in quotes._MARKS.items():
        expected = [m.span() for m in pattern.finditer(text, start)]
        assert [m.span() for m in quotes._ASCII_MARKS[key].finditer(text, start)] == expected
