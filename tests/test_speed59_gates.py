"""Round 59's exact cuts (speed59, issue 14): each gate asks a cheaper question first and answers as before.

Each cut is checked against its form on main before the cut (kept here as it was) over generated inputs, or, where a
gate stands before a call, by the property that makes it exact: whenever the gate says no, the call it spares answers
no too.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract import frames, quotes
from verify.extract.cast import (
    _SHORTENED_PEOPLE,
    _YEAR,
    Cast,
    Person,
    _agent_of,
    _deed_said,
    _deed_table,
    _doubled_opening,
    _doubled_tail,
    fit_form,
    shortens,
    speaker_key,
)
from verify.lexicon import LEXICONS

_CODES = sorted(LEXICONS)

# Whole names of people (given names with short forms the letters show, a lexicon lists, or a doubled opening before
# the name's ending makes: "Lolotte" of Charlotte, "Fifine" of Joséphine, "Bébeth" of Élisabeth), and a body
_NAMES = [
    "Charlotte Marie-Sainte",
    "Joséphine Col",
    "Élisabeth Roy",
    "Dorothy Eoe",
    "Thomas Hamon",
    "Refugio Pahuamba",
    "Hanna Hansen",
    "Ramón Lacasa",
    "Philippe Roux",
    "Marthe Gilles",
    "Tina Moss",
    "Acme Ltd",
    "Bo Li",
]
# Words asked of: pet names of every shape, words that open on letters said twice but shorten no one, and others
_WORDS = ["lolotte", "fifine", "bébeth", "bebet", "titine", "lolo", "totte", "dodo", "mimi", "papa", "fifi", "phiphine"]
_WORDS += ["hanni", "moncho", "dot", "tom", "cuca", "tina", "smith", "roux", "x", "ab", "thomas", "charlotte", "lili"]
_LETTERS = "lotefinbéhpar"


def _cast(code: str, names: list[str]) -> Cast:
    cast = Cast(lexicon=LEXICONS[code])
    for name in names:
        cast.introduce(name, topic=True, speaker=True)
    return cast


def _shortened_on_main(cast: Cast, word: str, gender: str = "") -> object:
    """``Cast.shortened`` as main had it before round 59: every given name asked."""
    low = word.lower()
    if low in cast._by_first_name:
        return None
    fitting = []
    for p in itertools.islice(reversed(cast._named.values()), _SHORTENED_PEOPLE):
        if p.organisation or gender and p.sure and p.gender != gender:
            continue
        if len(whole := speaker_key(p.name)) > 1 and shortens(low, whole[0], cast.lexicon):
            fitting.append(p)
    return fitting[0] if len(fitting) == 1 else None


@settings(max_examples=400, deadline=None)
@given(
    code=st.sampled_from(_CODES),
    names=st.lists(st.sampled_from(_NAMES), max_size=8),
    word=st.sampled_from(_WORDS) | st.text(alphabet=_LETTERS, min_size=1, max_size=9),
    gender=st.sampled_from(["", "m", "f"]),
)
def test_a_short_form_is_found_as_on_main(code: str, names: list[str], word: str, gender: str) -> None:
    cast = _cast(code, names)
    for written in (word, word.title()):
        assert cast.shortened(written, gender) is _shortened_on_main(cast, written, gender)


@settings(max_examples=600, deadline=None)
@given(
    word=st.sampled_from(_WORDS) | st.text(alphabet=_LETTERS, min_size=1, max_size=10),
    given_name=st.sampled_from([n.split()[0].lower() for n in _NAMES]) | st.text(alphabet=_LETTERS, max_size=12),
)
def test_a_doubled_tail_needs_a_doubled_opening(word: str, given_name: str) -> None:
    if not _doubled_opening(word):
        assert not _doubled_tail(word, given_name)


def test_the_pet_names_of_a_doubled_opening() -> None:
    assert all(map(_doubled_opening, ["lolotte", "fifine", "bébeth", "phiphine", "titine"]))
    assert not any(map(_doubled_opening, ["smith", "hanni", "moncho", "lolo", "dot", "mimi"]))


# --- frames._TOKEN: each word's letters read once ---------------------------------------------------------------------

# Round 58's pattern of a frame's tokens, as it was
_TOKEN_ON_MAIN = re.compile(r"[^\W\d_][\w\-]*['’]s(?![\w])|[^\W\d_]{1,3}['’]|[^\W\d_][\w\-]*(?:['’][^\W\d_]+)*|[,:;]")


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="abslh’'-_1é ,:;.Ü\n", max_size=40))
def test_a_frame_is_cut_into_the_tokens_of_round_58(text: str) -> None:
    assert frames._TOKEN.findall(text) == _TOKEN_ON_MAIN.findall(text)


def test_a_frame_is_cut_into_tokens() -> None:
    text = "In the coxswain's words, l'ancienne qu'elle he's he'sx Guivarc'h ab-'x a1's aujourd'hui:"
    assert frames._TOKEN.findall(text) == _TOKEN_ON_MAIN.findall(text)
    assert "coxswain's" in frames._TOKEN.findall(text) and "l'" in frames._TOKEN.findall(text)


# --- Cast._does: a head's deeds looked up, not every entry of the table read ------------------------------------------


def _does_on_main(cast: Cast, person: Person, doer: str, former: bool, lower: frozenset[str]) -> bool:
    """``Cast._does`` as main had it before round 59: every entry of the language's deed table read."""
    lex = cast.lexicon
    verb = cast._by_deed().get(id(person))
    if verb and _agent_of(fit_form(verb), doer, lex):
        return True
    if former and doer in lower:
        return True
    return any(doer in nouns and _deed_said(deed, lower) for deed, nouns in _deed_table(lex.code))


def _deed_words(code: str) -> tuple[list[str], list[str]]:
    table = _deed_table(code)
    deeds = [deed for deed, _ in table]
    said = deeds + [d[:-1] for d in deeds] + [d + "et" for d in deeds] + [d + "s" for d in deeds] + ["x", "vendredi"]
    return sorted({noun for _, nouns in table for noun in nouns} | {"x", "mayor"}), said


@settings(max_examples=500, deadline=None)
@given(code=st.sampled_from(_CODES), data=st.data())
def test_a_deed_is_told_as_on_main(code: str, data: st.DataObject) -> None:
    nouns, said = _deed_words(code)
    cast = _cast(code, ["Hilda Varga"])
    person = next(iter(cast._named.values()))
    doer = data.draw(st.sampled_from(nouns))
    lower = frozenset(data.draw(st.lists(st.sampled_from(said), max_size=6)))
    former = data.draw(st.booleans())
    assert cast._does(person, doer, former, lower, lower) == _does_on_main(cast, person, doer, former, lower)


# --- the reader's kin nouns before a name: asked only where the word before can be one ------------------------------

_KIN_TEXT = ["Sein Sohn", "son", "SON", "su hijo", "son fils", "sa sœur", "Frère", "the Mother", "İ", "Σ", "ΑΣ", "sons"]
_KIN_TEXT += ["x", " ", "", "Tochter", "padre", "MADRE", "year", "fille", "Bruder", "daughter", "dame"]


@settings(max_examples=800, deadline=None)
@given(
    code=st.sampled_from(_CODES),
    before=st.lists(st.sampled_from(_KIN_TEXT) | st.text(alphabet="sonrSONRΣİéœ ", max_size=6), max_size=4),
)
def test_a_kin_noun_ends_on_a_kin_ending(code: str, before: list[str]) -> None:
    cast = _cast(code, [])
    text = " ".join(before) + " Ole sagte"
    start = text.rindex("Ole")
    if text[start - 2 : start - 1].lower() not in quotes._kin_endings(code):
        assert not cast.after_kin(text, start)


@settings(max_examples=300, deadline=None)
@given(code=st.sampled_from(_CODES), phrase=st.sampled_from(["Sein Sohn Ole", "His son Ole", "Su hijo Ole", "A B C"]))
def test_a_kin_run_is_read_only_where_nouns_are_capitalised(code: str, phrase: str) -> None:
    if not LEXICONS[code].capitalised_nouns:
        assert not _cast(code, []).kin_run(phrase)


# --- cast._YEAR: the year's first digit opens the pattern -------------------------------------------------------------

_YEAR_ON_MAIN = re.compile(r"\b(?:1[89]|20)\d\d\b")


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="12089 a_é.٣-", max_size=24), pos=st.integers(0, 6), back=st.integers(0, 6))
def test_a_year_is_found_as_on_main(text: str, pos: int, back: int) -> None:
    end = max(pos, len(text) - back)
    found, want = _YEAR.search(text, pos, end), _YEAR_ON_MAIN.search(text, pos, end)
    assert (found and found.span()) == (want and want.span())
    assert [m.span() for m in _YEAR.finditer(text)] == [m.span() for m in _YEAR_ON_MAIN.finditer(text)]


def test_a_year_after_a_word_or_a_start() -> None:
    for text in ("1968 à 2011", "a1968", "x 2011.", "_1990", "19999", "(2020)", "1800s"):
        assert [m.span() for m in _YEAR.finditer(text)] == [m.span() for m in _YEAR_ON_MAIN.finditer(text)]
    assert _YEAR.search("xx 1968", 3) is not None and _YEAR.search("x1968", 1) is None
