"""Round 54's (speed54) cheap gates answer as the full tests they stand before: each gate opened wide (a set holding
every word, a tuple of the empty opening) gives the reading before it, and the gated reading gives the same words over
texts hypothesis builds from every lexicon's number words, multipliers, shares, halves, currencies and plain words."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from verify import normalize
from verify.lexicon import LEXICONS


class _Everything(frozenset[str]):
    """A set that holds every word: a gate reading it lets everything through to the full test."""

    def __contains__(self, word: object) -> bool:
        return True


class _NeverDisjoint(frozenset[str]):
    """A set that shares a word with every text: a gate asking ``isdisjoint`` of it lets every text through."""

    def isdisjoint(self, other: object) -> bool:
        return False


def _number_words() -> list[str]:
    found: set[str] = {"U.S.", "US$", "$", "€", "12", "1", "3", "2,5", "10", "000", "8", "am", "h", "14", "3.40"}
    found |= {w for pair in normalize._PHRASES for w in pair}
    found |= {w for phrases in normalize._UNIT_PART_PHRASES.values() for phrase, _ in phrases for w in phrase}
    for lex in LEXICONS.values():
        found |= set(lex.number_words) | set(lex.number_multipliers) | set(lex.number_connectors)
        found |= set(lex.half_words) | set(lex.magnitude_shares) | set(lex.magnitude_share_links)
        found |= set(lex.clock_words) | {w for phrase in lex.halves for w in phrase}
    return sorted(w for w in found if w.strip())


_NUMBERISH = st.sampled_from(_number_words())
_PLAIN = st.sampled_from(("the", "Haus", "maison", "casa", "of", "de", "und", "pesos", "Euro", "dollars", "km"))
_GLUE = st.sampled_from(("", "", "", "-", "und", "y", "et"))


@st.composite
def _token(draw: st.DrawFn) -> str:
    """A number's word, a plain word, or two number words glued ("dreiviertel", "zweihundertfünfzig")."""
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(_PLAIN)
    if kind == 1:
        return draw(_NUMBERISH) + draw(_GLUE) + draw(_NUMBERISH)
    return draw(_NUMBERISH)


def _texts() -> st.SearchStrategy[str]:
    return st.lists(_token(), min_size=1, max_size=8).map(" ".join)


def _read(text: str) -> list[tuple[str, int, int]]:
    normalize._normalise.cache_clear()  # (each token's reading is kept: read again under the gate it is asked about)
    return [(w.norm, w.start, w.end) for w in normalize._words.__wrapped__(text)]


@settings(max_examples=500, deadline=None)
@given(text=_texts())
def test_written_forms_read_as_without_their_gate(text: str) -> None:
    gated = _read(text)
    with patch.object(normalize, "_WRITTEN_FORM_OPENERS", _Everything()):
        assert _read(text) == gated


@settings(max_examples=500, deadline=None)
@given(text=_texts())
def test_glued_numbers_read_as_without_their_gate(text: str) -> None:
    gated = _read(text)
    wide = tuple((parts, longest, ("",)) for parts, longest, _ in normalize._GLUED_READ)
    with patch.object(normalize, "_GLUED_READ", wide):
        assert _read(text) == gated


@settings(max_examples=500, deadline=None)
@given(text=_texts())
def test_phrases_read_as_without_their_gate(text: str) -> None:
    gated = _read(text)
    with patch.object(normalize, "_UNIT_PART_ENDS", _NeverDisjoint(normalize._UNIT_PART_ENDS)):
        assert _read(text) == gated


def test_every_glued_split_opens_and_closes_on_a_part() -> None:
    for parts, longest, ends in normalize._GLUED_READ:
        for first in parts:
            for second in (*parts, ""):
                token = first + second
                if normalize._split_glued(token, parts, longest):
                    assert token.startswith(ends) and token.endswith(ends), token


def test_every_word_a_written_form_reads_alone_is_an_opener() -> None:
    read_alone = (normalize._ONE_BEFORE_MULTIPLIER, normalize._HALF_WORDS, normalize._MAGNITUDE_SHARES, ["12"])
    for words in (*read_alone, normalize._HALF_FIRSTS):
        assert normalize._WRITTEN_FORM_OPENERS.issuperset(words)


def _any_number_opening(found: list[normalize.Word]) -> bool:
    """_join_numbers' look at its words before it was read in C: a generator of four tests a word."""
    return any(
        w.norm[:1] in normalize._NUMBER_OPENINGS
        or w.norm[:4] in normalize._AMOUNT_PREFIXES
        or w.norm in normalize._JOIN_FIRSTS
        or w.norm[1:2] in normalize._DIGITS
        for w in found
    )


_NORMS = st.one_of(
    st.sampled_from(sorted(normalize._JOIN_FIRSTS | normalize._AMOUNT_PREFIXES)),
    st.sampled_from(("", "-", "-3", "x1", "a", "eur", "eur 5", "usd 12", "1", "b7c", "mil", "haus")),
    st.text(alphabet="ab1-é ", max_size=5),
)


@settings(max_examples=800, deadline=None)
@given(norms=st.lists(_NORMS, max_size=6))
def test_numbers_are_joined_where_the_generator_found_an_opening(norms: list[str]) -> None:
    text = " ".join(norms) or " "
    found = [normalize.Word(norm, 0, 1, text[:1]) for norm in norms]
    assert (normalize._join_numbers(found, text) is not found) == _any_number_opening(found)
