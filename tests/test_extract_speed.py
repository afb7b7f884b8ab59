"""The extraction's speed-only forms match exactly what their plain forms match.

Each pattern or pre-test here was rewritten for speed alone (see docs/parsing.md, "Round 16: extraction"): a class
matched first instead of a look-ahead or a look-behind, so the engine skips to the places a match can start; an
alternation grouped by first character; a word boundary checked after a word's first character; a search from the
end instead of a look-ahead to it. Each test builds the plain form and compares both on hypothesis texts made of the
pieces that matter (names, pronouns, particles, titles, stops, marks, cue verbs).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract import cast, quotes
from verify.extract.cast import _last_word_of_role_phrase, _role_phrase
from verify.extract.cues import _alternation, _word_alternation, grammar
from verify.extract.quotes import _SENTENCE_BREAK, _subjects
from verify.extract.speakers import NAME_RUN
from verify import document, lexicon
from verify.lexicon import LEXICONS, Gender, Number

CODES = sorted(LEXICONS)

_NAME_PIECES = [
    "she", "She", "he", "He", "il", "Il", "elle", "er", "Er", "sie", "Sie", "él", "Él", "ella", "Ella", "al-", "el-",
    "ibn-", "abu-", "Mr.", "Mrs.", "Dr.", "Sen.", "St.", "J.", "J.M.", "O'Neil", "Ann", "MacArthur", "Éva", " von ",
    " de ", " van der ", "-", "'", "’", ".", ",", " ", "  ", "\n", "a", "s", "h", "e", "x", "A", "Z", "É", "1",
]  # fmt: skip
_BREAK_PIECES = [".", "!", "?", "'", "''", '"', "”", "’", "»", "“", ")", "«", " ", "\n", "\t", "A", "b", "1", "‘", "„",
                 "Mr.", "U.S.", "x"]  # fmt: skip


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=30).map("".join)


def _plain_subjects(code: str) -> re.Pattern[str]:
    """The reader's scan as first written: a look-ahead for the first character, then either alternative."""
    lex = grammar(code).lexicon
    forms = [w for w in lex.subject_pronouns if (p := lex.pronouns.get(w)) and p.number is Number.SINGULAR]
    forms = [w for w in forms if lex.pronouns[w].gender in (Gender.MALE, Gender.FEMALE)]
    alternation = "|".join(sorted({*forms, *(w.capitalize() for w in forms)}, key=len, reverse=True))
    first = rf"(?=[A-ZÀ-Þ{re.escape(''.join(sorted({w[0] for w in forms})))}])"
    return re.compile(rf"{first}(?:(?P<pronoun>\b(?:{alternation})\b)|{NAME_RUN})")


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=300, deadline=None)
@given(text=_texts(_NAME_PIECES), cut=st.integers(0, 40))
def test_subjects_scan_matches_its_plain_form(code: str, text: str, cut: int) -> None:
    fast, plain = _subjects(code), _plain_subjects(code)
    assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [
        (m.span(), m.lastgroup) for m in plain.finditer(text)
    ]
    start = min(cut, len(text))  # (the reader scans from inside a text: the places before it are still looked back at)
    assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


@settings(max_examples=500, deadline=None)
@given(text=_texts(_BREAK_PIECES))
def test_sentence_break_matches_its_look_behind_form(text: str) -> None:
    plain = re.compile(r"(?<=[.!?])(?:''|\s?[\"”’»“)]|«)?\s+(?=[\"“‘«„A-Z0-9]|''|»\w)")
    assert [(m.start("gap"), m.end()) for m in _SENTENCE_BREAK.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def _plain_verbs(code: str) -> str:
    lex = LEXICONS[code]
    separable = [form for forms in lex.separable_cues.values() for form in forms]
    longest_first = sorted(lex.cue_phrases, key=lambda p: (-len(p), p))
    return "|".join(
        [r"\s+".join(map(re.escape, p.split())) for p in longest_first]
        + [_alternation(set(lex.cue_verbs) | set(separable))]
    )


def _verb_texts(code: str) -> st.SearchStrategy[str]:
    lex = LEXICONS[code]
    words = sorted(lex.cue_phrases) + sorted(lex.cue_verbs)[::7] + ["x", "s", "-", "'", ",", "ing", "Said"]
    pieces = st.sampled_from(words).flatmap(lambda w: st.sampled_from([w, w[: max(1, len(w) // 2)], w + "s"]))
    return st.lists(st.tuples(pieces, st.sampled_from([" ", "  ", "", "\n"])), max_size=8).map(
        lambda parts: " " + "".join(w + s for w, s in parts)
    )


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_cue_verbs_match_as_their_flat_alternation(code: str, data: st.DataObject) -> None:
    text = data.draw(_verb_texts(code))
    g = grammar(code)
    plain = re.compile(rf"(?P<verb>\b(?:{_plain_verbs(code)})\b)")
    assert [m.span() for m in g.any_verb.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in re.finditer(g.verbs, text)] == [m.span() for m in re.finditer(_plain_verbs(code), text)]


@settings(max_examples=500, deadline=None)
@given(text=_texts(list("ab ,.;:!?“”«»„()[]\n\t\u00a0")))
def test_role_phrase_starts_after_the_last_mark(text: str) -> None:
    marks = re.compile(r"[.;:!?“”«»„()\[\]]|,\s")
    assert _role_phrase(text) == text[max((m.end() for m in marks.finditer(text)), default=0) :]


@settings(max_examples=500, deadline=None)
@given(text=_texts(list("ab ,.;:!?“”«»„()[]\n\t\u00a0") + ["said", "spokesman", "Acme"]))
def test_last_word_of_role_phrase_told_without_the_search(text: str) -> None:
    last = _last_word_of_role_phrase(text)
    if last is not None:  # (None: not told, the phrase is searched for)
        assert last == (_role_phrase(text).split()[-1:] or [""])[0]


_MARK_PIECES = ["'", "''", "'''", "`", "``", '"', "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "a", " ", ".", "(", "-",
                "\n", "é", "A", "1", "_", "ab. Cd", "x. é"]  # fmt: skip


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (quotes._MARK, r"'''|''|``|[“”„«»‹›\"‘’']"),
        (quotes._MARKS[True, False], r"'''|''|``|[“”„«»‹›\"‘’]"),
        (quotes._MARKS[False, False], r"'''|''|``|[“”„«»‹›\"]"),
        (quotes._DOUBLE_MARKS, r"''|``|[“”„«»\"]"),
        (quotes._WORD_START, r"(?<![\w’'.\-])[\w(]"),
        (quotes._INCISE_STOP, r"(?<=[^\W\d_A-ZÀ-Þ]{2})\.\s{1,3}(?=[^\W\d_a-zß-ÿ])"),
    ],
    ids=["mark", "curly marks", "double and straight marks", "double marks", "word start", "inciso stop"],
)
@settings(max_examples=300, deadline=None)
@given(text=_texts(_MARK_PIECES), cut=st.integers(0, 40))
def test_class_first_patterns_match_their_plain_form(fast: re.Pattern[str], plain: str, text: str, cut: int) -> None:
    reference = re.compile(plain)
    start = min(cut, len(text))
    for pos in (0, start):
        assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in reference.finditer(text, pos)]
        assert [m.span() for m in fast.finditer(text, 0, pos)] == [m.span() for m in reference.finditer(text, 0, pos)]
        found, expected = fast.match(text, pos), reference.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(text=_texts(_MARK_PIECES))
def test_last_word_found_from_the_end(text: str) -> None:
    last = re.search(r"\w(?=\W*\Z)", text)
    assert quotes._past_last_word(text) == (last.end() if last else 0)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_quoting_verbs_bounded_after_their_first_character(code: str, data: st.DataObject) -> None:
    words = sorted(LEXICONS[code].quoting_verbs)
    pieces = [*words, *(w[: len(w) // 2] for w in words), "x", "a", "-", "'", " ", "é", "_"]
    text = data.draw(st.lists(st.sampled_from(pieces), max_size=8).map("".join))
    plain = re.compile(rf"\b(?:{_alternation(words)})")
    assert [m.span() for m in re.finditer(_word_alternation(words), text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(text=_texts([",", " ", "  ", "\t", "\n", "a", "b", "\u00a0"]), cut=st.integers(0, 30))
def test_commas_found_from_the_comma(text: str, cut: int) -> None:
    pos = min(cut, len(text))
    for start, end in ((0, None), (pos, None), (0, pos)):
        plain = quotes._COMMA.finditer(text, start, len(text) if end is None else end)
        assert list(quotes._commas(text, start, end)) == [m.span() for m in plain]


_TOKEN_PIECES = ["l'homme", "rock'n'roll", "x²", "½", "a", "É", "ß", "1", "_", "'", "’", "‘", ".", ",", "-", "“", "»", "…",
                 " ", "  ", "\n", "\u00a0", "\u2009", "\x1c", "(", "—", "de", "Der", "ǅ", "٣", "a1b"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(_texts(_TOKEN_PIECES), st.text(max_size=40)))
def test_language_tokens_are_the_patterns_matches(text: str) -> None:
    assert lexicon._tokens(text) == lexicon._TOKEN.findall(text)


_GUARD_PIECES = [",", ", ", " (", "(", "AB", "Acme", " ", "  ", "\n", "\u00a0", "in", "at", "to", "from", "across", "that",
                 "x", "29", "who", "the", "said", ")", "."]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(text=_texts(_GUARD_PIECES), cut=st.integers(0, 40))
def test_guards_pass_every_place_their_pattern_matches(text: str, cut: int) -> None:
    """Each pre-test before a pattern (a cheap look at the text) is true wherever the pattern matches."""
    at = min(cut, len(text))
    if quotes._PLACE_BEFORE.search(text, max(0, at - 6), at):
        assert text[max(0, at - 6) : at].rstrip().endswith(quotes._PLACE_WORDS)
    if cast._AGE_AFTER.match(text, at):
        assert text.startswith(",", at) or text.startswith("(", at + 1)
    found, plain = cast._letters_after(text, at), cast._LETTERS.match(text, at)
    assert (found and found.span()) == (plain and plain.span())
    assert quotes._who_follows(text, at) == (quotes._WHO.match(text, at) is not None)


@pytest.mark.parametrize("code", CODES)
def test_no_cue_in_no_words_before_a_quote(code: str) -> None:
    """A quote opening its sentence is not read for a cue before it: no form of one matches no words."""
    assert quotes._cue_in_words(grammar(code), "") is None


_LINE_PIECES = ["\n", " ", "  ", "\t", "—", "–", "―", "-", "a", "É", "1", "_", ",", "Le", "x"]


@settings(max_examples=500, deadline=None)
@given(text=_texts(_LINE_PIECES))
def test_spoken_lines_found_from_their_newline(text: str) -> None:
    """A line of speech, found at the text's start and after each newline, is where the pattern opening on "^" or a
    newline matches."""
    plain = re.compile(r"(?:^|\n)[ \t]{0,3}[—–―][ \t]{1,3}(?=[^\W\d_])")
    assert quotes._spoken_line_starts(text) == [m.end() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=_texts(["<", "<div", "<p>", "<amp-x", " ", "\n", "a", "<iframe", "  "]))
def test_markup_needs_its_opening_bracket(text: str) -> None:
    """The draft is searched for an HTML block only when it holds a "<": every block opens on one."""
    if document._MARKDOWN_HTML_BLOCK.search(text):
        assert "<" in text


_END_PIECES = ["'", "''", "'''", "’", "s", "'s", "’s", "”", "“", "a", " ", "\n", "``", ".", "x"]


@settings(max_examples=500, deadline=None)
@given(text=_texts(_END_PIECES))
def test_patterns_ending_on_dollar_searched_from_near_the_end(text: str) -> None:
    """A pattern that ends on "$" and reads at most two characters, searched from three characters before the end,
    finds what a search from the start finds (the quote's closing mark, a possessive's "'s")."""
    for pattern, reach in ((quotes._CLOSING_MARK, quotes._CLOSING_MARK_REACH),
                           (quotes._POSSESSIVE_END, quotes._POSSESSIVE_END_REACH)):  # fmt: skip
        near = pattern.search(text, max(0, len(text) - reach))
        assert (near and near.span()) == ((whole := pattern.search(text)) and whole.span())
