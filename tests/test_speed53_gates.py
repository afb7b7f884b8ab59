"""Round 53's (speed53) cheap gates answer as the full tests they stand before: a gate never rejects what the full test
accepts, over every word of the lexicons it reads and over words hypothesis builds from them (hyphens, case, marks),
and each rewrite in C gives what the Python it replaced gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract.cast import _address_dropped
from verify.extract.quotes import _people_plural, _people_plural_parts
from verify.lexicon import LEXICONS

_CODES = ("en", "es", "fr", "de")


def _plurals() -> list[str]:
    return sorted({w for lex in LEXICONS.values() for w in lex.people_plurals | lex.people_body_nouns})


_PLURAL_PART = st.sampled_from(_plurals())
_OTHER = st.text(alphabet="abcdeéilnorstuÄÉ'-,.", min_size=0, max_size=8)


@st.composite
def _word(draw: st.DrawFn) -> str:
    """A word around a plural noun of people: a compound's parts, a mark, a capital or capitals, or no such noun."""
    core = draw(st.one_of(_PLURAL_PART, _OTHER))
    word = draw(_OTHER) + draw(st.sampled_from(("", "-"))) + core + draw(st.sampled_from(("", ",", ".", "-", ":")))
    case = draw(st.sampled_from((str, str.capitalize, str.upper, str.title)))
    return case(word) or "x"


def test_every_plural_of_people_passes_its_parts_gate() -> None:
    for code in _CODES:
        lex, parts = LEXICONS[code], _people_plural_parts(code)
        for noun in sorted(lex.people_plurals):
            for word in (noun, noun.capitalize(), noun.upper(), f"ex-{noun}", f"Ex-{noun.capitalize()}"):
                if _people_plural(lex, word):
                    assert not parts.isdisjoint(word.lower().replace("-", " ").split()), (code, word)


@settings(max_examples=600, deadline=None)
@given(words=st.lists(_word(), min_size=1, max_size=9), code=st.sampled_from(_CODES))
def test_the_parts_gate_never_rejects_a_plural_of_people(words: list[str], code: str) -> None:
    lex = LEXICONS[code]
    if any(_people_plural(lex, w) for w in words):
        assert not _people_plural_parts(code).isdisjoint(" ".join(words).lower().replace("-", " ").split())


def test_no_empty_head_is_a_document_nor_a_plural_of_people() -> None:
    for lex in LEXICONS.values():
        assert "" not in lex.document_nouns and not _people_plural(lex, "")


_NAME_WORD = st.sampled_from(("Oga", "Koro", "Chukwuemeka", "Nwafor", "Ana", "de", "Lim", "Wei", "Ó", "Laoire", "Kiat"))


@settings(max_examples=600, deadline=None)
@given(
    whole=st.lists(_NAME_WORD, min_size=1, max_size=5),
    cut=st.integers(0, 4),
    space=st.sampled_from((" ", "\xa0", "\t")),
    code=st.sampled_from(_CODES),
)
def test_a_name_of_one_word_never_drops_a_word_of_address(whole: list[str], cut: int, space: str, code: str) -> None:
    """The gate before ``_address_dropped`` in ``Cast.mention``: a mention of one word drops none."""
    mention = space.join(whole[cut:])
    if _address_dropped(mention, " ".join(whole), LEXICONS[code]):
        assert mention.split(maxsplit=1)[1:]
