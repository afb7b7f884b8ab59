"""The cast's cheap gates and lazy indexes (round 52, speed52) answer as the full tests they stand before: a gate never
rejects what the full test accepts, an index never leaves out a word the full test would take, and work put off until
asked gives what the eager work gave."""

from __future__ import annotations

from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract.cast import _SAID_REACH, Cast, Person, _addressed_again, _fits, fit_form, kin
from verify.lexicon import LEXICONS

# (letters a description's words and the words said of someone are made of, accents and an agent's ending among them)
_LETTERS = "abcdeilmnorstuéñü'-"
_WORD = st.text(alphabet=_LETTERS, min_size=1, max_size=12)


def _lexicon_words(code: str, most: int) -> list[str]:
    """Words of a language's lexicon in ``fit_form`` (every field that is a set of words), the first ``most`` sorted."""
    lex = LEXICONS[code]
    found: set[str] = set()
    for f in fields(lex):
        value = getattr(lex, f.name)
        if isinstance(value, frozenset) and all(isinstance(v, str) for v in value):
            found.update(fit_form(w) for v in value for w in v.split() if w.isalpha())
    return sorted(found)[:most]


def test_kin_keeps_every_word_of_a_family_in_the_lexicons() -> None:
    for code in ("en", "es", "fr", "de"):
        lex = LEXICONS[code]
        said = _lexicon_words(code, 2500)
        for word in said[::7]:
            if len(word) < 4:
                continue
            candidates = set(kin(said, word, lex))
            assert {s for s in said if _fits(word, s, lex)} <= candidates, (code, word)


@settings(max_examples=400, deadline=None)
@given(
    opening=_WORD,
    ends=st.lists(_WORD, min_size=1, max_size=12),
    word_end=_WORD,
    code=st.sampled_from(("en", "es", "fr", "de")),
)
def test_kin_keeps_every_word_of_a_family(opening: str, ends: list[str], word_end: str, code: str) -> None:
    lex = LEXICONS[code]
    said = sorted({opening + end for end in ends} | {opening[:2] + end for end in ends} | set(ends))
    word = opening + word_end
    assert {s for s in said if _fits(word, s, lex)} <= set(kin(said, word, lex))


def test_kin_reads_only_the_words_of_its_opening_where_nouns_are_lower_case() -> None:
    said = sorted(["fisher", "fisherman", "fishmonger", "fist", "lancha", "lanchero", "lead", "leader"])
    assert kin(said, "fisheries", LEXICONS["en"]) == ["fisher", "fisherman", "fishmonger"]
    assert kin(said, "leads", LEXICONS["en"]) == ["lead", "leader"]
    assert kin(said, "fahr", LEXICONS["de"]) == said  # (a compound's part may stand anywhere in it)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="AaBbOuLé", min_size=1, max_size=6), min_size=1, max_size=4))
def test_a_name_as_before_is_never_addressed_again(words: list[str]) -> None:
    name = " ".join(words)
    for lex in LEXICONS.values():
        assert not _addressed_again(name, name, lex)  # (the gate ``name != person.name`` in ``Cast.mention``)


def test_addressed_so_before_finds_no_one_by_a_word_no_one_opened_on() -> None:
    cast = Cast(lexicon=LEXICONS["en"])
    for name in ("Ouma Lettie Swartbooi", "Nne Adaeze Obiora", "Sipho Mthunzi Dlamini"):
        cast.resolve(name)
    for key in (("mama", "lettie"), ("auntie", "adaeze"), ("baba", "dlamini")):
        assert key[0] not in cast._by_first_name and key[0] not in cast._cut_before
        assert cast._addressed_so_before(key) is None


def _eager_passages(names: list[tuple[Person, str, int, int, int, int]]) -> list[tuple[Person, str, int, int, int]]:
    """Round 51's ``said_of``, which cut each passage as the name was read; since round 55 (roles55) a name that may
    be no one's (no gender, no known first name: "zwanzig Jahre Deutsch") cuts no passage."""
    said: list[tuple[Person, str, int, int, int]] = []
    cut = -1
    for person, text, sentence, start, stop, end in names:
        opens = max(sentence, start - _SAID_REACH)
        named = person.sure
        if named and cut >= 0 and (last := said[cut])[1] is text and last[2] == sentence:
            said[cut] = (*last[:4], min(last[4], start))
            opens = stop
        said.append((person, text, sentence, opens, min(end, stop + _SAID_REACH)))
        cut = len(said) - 1 if named else cut
    return said


@settings(max_examples=300, deadline=None)
@given(
    steps=st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, 1), st.integers(0, 400), st.integers(0, 400), st.integers(1, 40)),
        max_size=12,
    )
)
def test_passages_cut_when_asked_are_those_cut_as_read(steps: list[tuple[int, int, int, int, int]]) -> None:
    people = [Person(n, gender="f", sure=True) for n in ("Ada Obi", "Bea Cruz", "Cy Dunn")] + [Person("Jahre Deutsch")]
    texts = ["x" * 900, "y" * 900]
    cast = Cast(lexicon=LEXICONS["en"])
    names = []
    for who, paragraph, sentence, offset, length in steps:
        start = sentence + offset
        name = (people[who], texts[paragraph], sentence, start, start + length, start + length + 200)
        names.append(name)
        cast.said_of(*name)
        assert cast._passages() == _eager_passages(names)  # (asked between names too: cut again for the new ones)
    assert cast.heard() == len(names)
