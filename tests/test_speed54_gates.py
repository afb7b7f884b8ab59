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


def _stem_as_before(word: str) -> str:
    """stem's loop before its gate: every suffix tried in turn."""
    for suffix in normalize._STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not (suffix == "s" and word.endswith("ss")):
            word = word[: -len(suffix)]
            break
    silent_e = len(word) >= normalize._STEM_MIN_E and word[-1] == "e"
    doubled = len(word) > normalize._STEM_MIN_E and word[-1] == word[-2] and word[-1] not in normalize._KEPT_DOUBLES
    return word[:-1][:6] if silent_e or doubled else word[:6]


@settings(max_examples=800, deadline=None)
@given(
    stem=st.text(alphabet="aeilnorstmg'", min_size=1, max_size=9),
    suffix=st.sampled_from(("", *normalize._STEM_SUFFIXES, "ss", "ness", "x")),
)
def test_a_stem_is_cut_as_before_its_gate(stem: str, suffix: str) -> None:
    word = stem + suffix
    assert normalize.stem.__wrapped__(word) == _stem_as_before(word)


def _said_once_as_before(kept: list[normalize.Word], text: str) -> list[normalize.Word]:
    """_said_once's loop before its gate: each word tested against the few said before it."""
    out: list[normalize.Word] = []
    said: list[str] = []
    i = 0
    while i < len(kept):
        word = kept[i]
        if word.norm in said[-normalize._REPEAT_MAX :]:
            n = normalize._repeats(out, kept, i)
            if n and normalize._PAUSE.search(text[out[-1].end : word.start]):
                i += n
                continue
        out.append(word)
        said.append(word.norm)
        i += 1
    return out


@settings(max_examples=800, deadline=None)
@given(tokens=st.lists(st.sampled_from(("we", "will", "the", "bridge", "build", "a", "of")), max_size=10))
def test_a_phrase_said_twice_is_said_once_as_before_its_gate(tokens: list[str]) -> None:
    text = "".join(f"{token}{', ' if i % 3 == 1 else ' '}" for i, token in enumerate(tokens))
    kept, at = [], 0
    for token in tokens:
        at = text.index(token, at)
        kept.append(normalize.Word(token, at, at + len(token), token))
        at += len(token)
    assert list(normalize._said_once(kept, text)) == _said_once_as_before(kept, text)
