"""Round 57's (speed57) exact cuts answer what their forms before the cut answered.

* The cue patterns' optional groups and every trie's optional rest written as an alternation with an empty last branch,
  ``(?:X|)`` (:func:`cues._optional`) rather than ``(?:X)?`` (the engine's general repeat): each pattern of every
  language's grammar and its per-language builders matches as its text with every empty last branch written back as
  ``?`` (round 56's form: the write-back of main's texts and of the new ones are the same texts, checked when the cut
  was made), over generated sentences of each lexicon's words and over the openings of a few evaluation articles.
* The description readers (``Cast._origin_places``, ``Cast._called_before``'s last test, ``quotes._speakers_before``),
  ``quotes._name_predicate_apart`` and ``Cast._short_hyphened``: each against its form before the cut, kept here.
"""

from __future__ import annotations

import dataclasses
import re
from os.path import commonprefix
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract import cast as cast_module
from verify.extract import cues, quotes, speakers
from verify.extract.cast import _VOWELS, Cast, Person
from verify.lexicon import LEXICONS

_ROOT = Path(__file__).resolve().parent.parent


# --- the cue patterns ---------------------------------------------------------------------------------------------


def _written_back(pattern: str) -> str:
    """A pattern with each group's empty last branch written back as a repeat of one (``(?:X|)`` -> ``(?:X)?``; the
    closing phrase's named group, ``(?:(?P<closing>X)|)``, the same)."""
    return pattern.replace("|)", ")?")


def _patterns(code: str) -> dict[str, re.Pattern[str]]:
    """Every compiled pattern of a language's grammar and of its per-language builders that holds an empty branch."""
    found: dict[str, re.Pattern[str]] = {}

    def walk(name: str, value: object) -> None:
        if isinstance(value, re.Pattern):
            if "|)" in value.pattern:
                found[name] = value
        elif isinstance(value, tuple | list):
            for at, item in enumerate(value):
                walk(f"{name}[{at}]", item)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(f"{name}[{key!r}]", item)

    g = cues.grammar(code)
    for field in dataclasses.fields(g):
        walk(field.name, getattr(g, field.name))
    for at, builder in enumerate(cues._LANGUAGE_PATTERNS):
        walk(f"builder{at}", builder(code))
    return found


_PAIRS: dict[str, list[tuple[str, re.Pattern[str], re.Pattern[str]]]] = {}


def _pairs(code: str) -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    if code not in _PAIRS:
        _PAIRS[code] = [
            (name, new, re.compile(_written_back(new.pattern), new.flags)) for name, new in _patterns(code).items()
        ]
    return _PAIRS[code]


def _same(new: re.Pattern[str], old: re.Pattern[str], text: str, name: str) -> None:
    starts = [0, *(m.end() for m in re.finditer(r"\s+", text))]
    for at in starts:
        for fast, plain in ((new.match(text, at), old.match(text, at)), (new.search(text, at), old.search(text, at))):
            assert (fast is None) == (plain is None), (name, text, at)
            if fast is not None and plain is not None:
                assert fast.span() == plain.span() and fast.groupdict() == plain.groupdict(), (name, text, at)
                assert fast.groups() == plain.groups(), (name, text, at)
        fast, plain = new.fullmatch(text, at), old.fullmatch(text, at)
        assert (fast is None) == (plain is None), (name, text, at)
        if fast is not None and plain is not None:
            assert fast.groups() == plain.groups(), (name, text, at)


def _words(code: str) -> list[str]:
    lex = LEXICONS[code]
    words = [
        *sorted(lex.determiners)[:12],
        *sorted(lex.subject_pronouns)[:6],
        *sorted(lex.prepositions)[:12],
        *sorted(lex.titles)[:10],
        *sorted(lex.role_nouns)[:12],
        *sorted(lex.cue_verbs)[:16],
        *sorted(lex.complement_words)[:6],
        *sorted(lex.and_words)[:2],
        *sorted(lex.clause_words)[:4],
        *sorted(lex.document_nouns)[:4],
    ]
    return [
        *words,
        *(w.capitalize() for w in words[:20]),
        "Mark", "Rutte", "Ann", "Cole", "O'Neil", "al-Amiri", "Dr.", "J.", "NATO", "Harbour", "Trust", "(D-Wash.)",
        "(R-OH)", "who", "said", "the", "of", ",", ":", ".", "“", "”", "«", "»", "„", "—", "29", "ans", "Kendal",
    ]  # fmt: skip


_CODES = sorted(LEXICONS)


@pytest.mark.parametrize("code", _CODES)
def test_the_written_back_forms_hold_every_empty_branch(code: str) -> None:
    """Every pattern with an empty last branch compiles written back (no "|)" that is not a group's last branch)."""
    for name, new, old in _pairs(code):
        assert "|)" not in old.pattern, name
        assert new.groups == old.groups and new.groupindex == old.groupindex, name


@pytest.mark.parametrize("code", _CODES)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_the_cue_patterns_match_as_before(code: str, data: st.DataObject) -> None:
    words = _words(code)
    text = " ".join(data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=12)))
    text = text.replace(" ,", ",").replace(" .", ".") if data.draw(st.booleans()) else text
    for name, new, old in _pairs(code):
        _same(new, old, text, name)


def _openings(folder: str, count: int) -> list[str]:
    articles = sorted((_ROOT / "evaluation" / folder).rglob("article.*"))[:count]
    return [a.read_text(encoding="utf-8")[:1500] for a in articles]


@pytest.mark.parametrize("code", _CODES)
def test_the_cue_patterns_match_as_before_on_articles(code: str) -> None:
    sets = {
        "en": "handwritten-tune-49",
        "de": "handwritten-blind-59",
        "fr": "handwritten-blind-58",
        "es": "handwritten-tune-48",
    }
    for text in _openings(sets[code], 3):
        for sentence in re.split(r"(?<=[.!?])\s+", text)[:12]:
            for name, new, old in _pairs(code):
                _same(new, old, sentence[:300], name)


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.text(alphabet="abcs", min_size=1, max_size=5), min_size=1, max_size=8), probe=st.text("abcs"))
def test_a_trie_matches_as_before(words: list[str], probe: str) -> None:
    new = re.compile(cues._alternation(words))
    old = re.compile(_written_back(new.pattern))
    for at in range(len(probe) + 1):
        assert (
            (m := new.match(probe, at)) is None
            and old.match(probe, at) is None
            or m.span() == old.match(probe, at).span()
        )
        assert bool(new.fullmatch(probe, at)) == bool(old.fullmatch(probe, at))


# --- the description readers --------------------------------------------------------------------------------------


def _origin_places_before(cast: Cast, said_of_all: list[str], stems: set[str], form: str) -> frozenset[str]:
    # (roles57's filter kept: a place standing alone in a passage, not only ending a body's name)
    places = [w for w in said_of_all if w != form and (w in stems or w[-1:] in _VOWELS and w[:-1] in stems)]
    return frozenset(w for w in places if cast._place_alone(w))


_LETTERS = "aeiouytsrnhäé"


@settings(max_examples=600, deadline=None)
@given(
    said=st.lists(st.text(alphabet=_LETTERS, max_size=9), max_size=30),
    form=st.text(alphabet=_LETTERS, min_size=1, max_size=12),
    code=st.sampled_from(_CODES),
)
def test_the_origin_places_are_as_before(said: list[str], form: str, code: str) -> None:
    lex = LEXICONS[code]
    ends = sorted(lex.origin_endings)
    forms = [form, *(form + end for end in ends[:4])]
    said = sorted(
        {*said, *(f[:-1] for f in forms), *(f[: -len(e)] + "a" for f in forms for e in ends[:3] if f.endswith(e))}
    )
    cast = Cast(lexicon=lex)
    cast._openings_cache = (said, said)
    for f in forms:
        stems = cast_module._origin_stems(f, lex)
        expected = _origin_places_before(cast, said, stems, f) if stems else frozenset()
        assert cast._origin_places(f) == expected


@settings(max_examples=600, deadline=None)
@given(
    found=st.frozensets(st.text(alphabet="abcdeé", min_size=1, max_size=12), max_size=12),
    head=st.text(alphabet="abcdeé", max_size=14),
)
def test_a_noun_called_before_is_matched_as_before(found: frozenset[str], head: str) -> None:
    cast = Cast()
    person = Person(name="Ann Cole")
    cast._called_before_cache[id(person)] = found
    shared = max(cast_module._FIT_OPENING, len(head) - cast_module._CALLED_ENDING)
    expected = head in found or any(len(commonprefix((head, w))) >= shared for w in found)
    assert cast._called_before(person, head) == expected


def _speakers_before_before(found: list, cast: object) -> dict[int, str]:
    before: dict[int, str] = {}
    last = ""
    for item in found:
        if last:
            before[id(item)] = last
        if cast.names_person(item.speaker):
            last = item.speaker
    return before


@settings(max_examples=300, deadline=None)
@given(speakers=st.lists(st.sampled_from([None, "Ann Cole", "the mayor", "Bo", "Acme Ltd", "Cole"]), max_size=12))
def test_the_speakers_before_are_as_before(speakers: list[str | None]) -> None:
    asked: list[str | None] = []

    def names_person(name: str | None) -> bool:
        asked.append(name)
        return bool(name) and name[0].isupper() and "Ltd" not in name

    cast = SimpleNamespace(names_person=names_person)
    found = [SimpleNamespace(speaker=s) for s in speakers]
    assert quotes._speakers_before(found, cast) == _speakers_before_before(found, cast)
    assert len(set(asked)) == len({*speakers})


# --- the naming predicate apart, a hyphened word cut short ----------------------------------------------------------


def _name_predicate_apart_before(lex, text, item):  # noqa: ANN001, ANN202 - round 56's form, as it was
    if len(item.words.split(maxsplit=quotes._TITLE_MAX_WORDS)) > quotes._TITLE_MAX_WORDS:
        return False
    start = item.spans[0].start
    before = text[max(0, start - quotes._APART_CHARS) : start].split()
    last = len(before) - 1
    for at in range(last, max(-1, last - 1 - quotes._APART_WORDS), -1):
        word = before[at]
        if word[-1:] in quotes._CLAUSE_MARKS or word[-1:] in quotes._QUOTE_CLOSERS:
            return False
        if at < last and word.lower().replace("’", "'") in quotes._NAME_PREDICATE_LAST[lex.code]:
            opening = before[at + 1].lower()
            adverb = bool(lex.adverb_suffix) and opening.endswith(lex.adverb_suffix)
            return (opening in lex.prepositions or adverb) and quotes._name_predicate(lex, before[: at + 1])
    return False


@pytest.mark.parametrize("code", _CODES)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_naming_predicate_apart_is_read_as_before(code: str, data: st.DataObject) -> None:
    lex = LEXICONS[code]
    pieces = [
        *sorted(lex.name_predicates)[:10],
        *(p.upper() for p in sorted(lex.name_predicates)[:3]),
        *(p.replace("'", "’") for p in sorted(lex.name_predicates) if "'" in p),
        *sorted(lex.prepositions)[:10],
        *sorted(lex.determiners)[:6],
        "Stadt", "ville", "town", "seit", "jeher", "ici", "always", "locally", ",", ";", "”", "»", "Die", "Brücke",
    ]  # fmt: skip
    text = " ".join(data.draw(st.lists(st.sampled_from(pieces), max_size=10))) + " “"
    words = data.draw(st.sampled_from(["die Eiserne Lady", "x", "one two three four five six seven eight"]))
    item = SimpleNamespace(words=words, spans=[SimpleNamespace(start=len(text))])
    assert quotes._name_predicate_apart(lex, text, item) == _name_predicate_apart_before(lex, text, item)


def _short_hyphened_before(by_first_name: dict[str, list[Person]], word: str) -> Person | None:
    head, _, tail = word.partition("-")
    if len(tail) < 2:
        return None
    fitting = {
        id(p): p
        for first, people in by_first_name.items()
        if first.startswith(word) and first.partition("-")[0] == head and len(first) > len(word)
        for p in people
        if not p.organisation
    }
    return next(iter(fitting.values())) if len(fitting) == 1 else None


@settings(max_examples=500, deadline=None)
@given(
    firsts=st.lists(
        st.sampled_from(["marie-josée", "marie-joëlle", "jean-philippe", "jean", "anne-marie", "jo"]), max_size=4
    ),
    word=st.sampled_from(["marie-jo", "marie-j", "jean-phi", "smith-jones", "anne-ma", "jean-", "marie-josée"]),
)
def test_a_hyphened_word_cut_short_is_read_as_before(firsts: list[str], word: str) -> None:
    people = {first: [Person(name=f"{first.title()} Roux")] for first in firsts}
    cast = SimpleNamespace(_by_first_name=people)
    assert Cast._short_hyphened(cast, word) is _short_hyphened_before(people, word)


# --- a degree's tail after a title ----------------------------------------------------------------------------------

# Round 56's form: each part a repeat of its group.
_DEGREE_TAIL_BEFORE = (
    rf"(?:-[{speakers.CAPITALS}][a-z]{{1,9}}\.)*(?:\s(?:[a-z]{{2,6}}\.|\([{speakers.CAPITALS}][\w.]{{0,5}}\))(?=\s))*"
)
_DEGREE_PIECES = [
    "Dr.", "Dipl.-Ing.", "Dipl.-Forstw.", "Dr.-Ing.", "-Ing.", "Mag.", "Mr.", "Sen.", "med.", "rer.", "soc.", "oec.",
    "(FH)", "(Rtd)", "(FH", "techn.", "Anna", "Hilgart", "said", "ab.", "a.", "-", ".", " ", "  ", "\n", "x",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(text=st.lists(st.sampled_from(_DEGREE_PIECES), max_size=10).map(" ".join))
def test_a_degree_after_a_title_reads_as_before(text: str) -> None:
    assert speakers._DEGREE_TAIL in speakers.NAME_RUN
    for new_text in (speakers.NAME_RUN, speakers.WHOLE_NAME_RUN, speakers._TITLE_WITH_STOP):
        new = re.compile(new_text)
        old = re.compile(new_text.replace(speakers._DEGREE_TAIL, _DEGREE_TAIL_BEFORE))
        assert new.pattern != old.pattern
        for at in range(len(text) + 1):
            fast, plain = new.match(text, at), old.match(text, at)
            assert (fast and fast.span()) == (plain and plain.span()), (text, at)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


# --- a name run's and a name phrase's repeats, guarded ---------------------------------------------------------------


# Round 56's forms: the repeats unguarded.
def _name_tail_before(word: str) -> str:
    return rf"(?:{speakers._PLURAL_OWNER}\s+(?:(?:{speakers._SPACED})\s+)*(?:(?:{speakers._HYPHENED})-|){word}){{0,6}}"


def _name_phrase_before() -> str:
    word, run = speakers.WHOLE_NAME_WORD, speakers.WHOLE_NAME_RUN
    return rf"(?:{word}\s+(?:(?:of|for|at|für)\s+(?:the\s+|)|)){{0,6}}{run}"


_NAME_PIECES = [
    "Mark", "Rutte", "Ann", "O'Neil", "'Mamosa", "ʻAbd", "al-Amiri", "el-", "Al-", "bin", "ibn", "de", "van", "der",
    "von", "Ó", "Laoire", "Farmers'", "Union", "Achieng'", "Omolo", "Mr.", "Dr.", "J.", "of", "for", "the", "at",
    "said", "and", "who", "de la", "Bank", ",", ".", " ", "  ", "\n", "a", "x", "É", "ng",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(text=st.lists(st.sampled_from(_NAME_PIECES), max_size=12).map(" ".join))
def test_a_name_run_and_phrase_read_as_before(text: str) -> None:
    word = speakers.NAME_WORD
    pairs = [
        (speakers._name_tail(word), _name_tail_before(word)),
        (speakers.NAME_RUN, speakers.NAME_RUN.replace(speakers._name_tail(word), _name_tail_before(word))),
        (cues._NAME_PHRASE, _name_phrase_before()),
    ]
    for new_text, old_text in pairs:
        assert new_text != old_text
        new, old = re.compile(new_text), re.compile(old_text)
        for at in range(len(text) + 1):
            fast, plain = new.match(text, at), old.match(text, at)
            assert (fast and fast.span()) == (plain and plain.span()), (text, at)
            fast, plain = new.fullmatch(text, at), old.fullmatch(text, at)
            assert (fast and fast.span()) == (plain and plain.span()), (text, at)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
