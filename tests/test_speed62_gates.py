"""Round 62's exact cuts (speed62, issue 14): each gate asks a cheaper question first and answers as before.

Each cut is checked against its form on main before the cut (kept here as it was) over generated inputs.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract import quotes
from verify.extract.cast import _NICKNAME_LEAD_CHARS, Cast, Person
from verify.extract.cues import grammar
from verify.lexicon import LEXICONS

_CODES = sorted(LEXICONS)
_SPACES = [" ", "  ", "\n", "\t", "\u00a0", " \n", "\u2003"]


# Cut 1 (``_is_mention``): ``_named_in_relative`` is asked only when the word right before the marks, which it reads
# first from the same 40 characters, is a verb of naming or its "as".

_RELATIVE_WORDS = ["la", "catedral,", "a", "que", "aquí", "llaman", "llama", "conocen", "como", "the", "bridge,"]
_RELATIVE_WORDS += ["which", "locals", "call", "known", "as", "die", "man", "nennt", "qu'on", "appelle", "comme"]
_RELATIVE_WORDS += ["LLAMAN", "Call", "said", ":", ";", ".", "x" * 45, "", "todos", "el", "programa,"]


@settings(max_examples=1500, deadline=None)
@given(
    code=st.sampled_from(_CODES),
    parts=st.lists(st.tuples(st.sampled_from(_RELATIVE_WORDS), st.sampled_from(_SPACES)), max_size=12),
    title=st.sampled_from(["la catedral de las gallinas", "The Iron Lady", "una estafa", "Ebbe", "x"]),
)
def test_a_relative_naming_clause_is_asked_only_after_a_naming_word(
    code: str, parts: list[tuple[str, str]], title: str
) -> None:
    lex = LEXICONS[code]
    before = "".join(w + s for w, s in parts)
    text = f"{before}«{title}», dijo."
    start = len(before)
    item = quotes._Found([quotes._Span(0, start, start + len(title) + 2)], title, None)
    # (the window ``_is_mention`` splits for ``near``, and the word its gate reads)
    reach = start - quotes._WORD_BEFORE_REACH if start > quotes._WORD_BEFORE_REACH else 0
    near = text[reach:start].split()
    previous = near[-1].lower() if near else ""
    gate = previous in lex.naming_verbs or previous in lex.relative_naming_verbs or previous in lex.role_links
    # (main asked with ``near`` alone: the gate may say no only where the answer is no)
    if near and not gate:
        assert not quotes._named_in_relative(lex, text, item)
    # (the word main's ``_named_in_relative`` reads first is ``near``'s last)
    assert text[max(0, start - quotes._WORD_BEFORE_REACH) : start].rsplit(None, 1)[-1:] == near[-1:]


def test_a_relative_naming_clause_is_still_a_name() -> None:
    g = grammar("es")
    text = "En la catedral, a la que aquí llaman «la catedral de las gallinas», rezan."
    start = text.index("«")
    item = quotes._Found([quotes._Span(0, start, text.index("»") + 1)], "la catedral de las gallinas", None)
    assert quotes._is_mention(g, text, item, quotes.QuoteKind.PARTIAL) is quotes._Mention.NAME


# Cut 2 (``Cast._called_after_name``): a name of fewer than three words is told before the text before it is cut.


def _called_after_name_on_main(cast: Cast, name: str, text: str, start: int) -> tuple[Person, str] | None:
    """``Cast._called_after_name`` as main had it before round 62 (the word before the name read first)."""
    if start < 2:
        return None
    lead = text[max(0, start - _NICKNAME_LEAD_CHARS) : start].rsplit(None, 1)[-1:]
    if not lead or lead[0].lower() not in cast.lexicon.calling_verbs:
        return None
    words = name.split()
    for cut in range(len(words) - 1, 1, -1):
        whole, rest = " ".join(words[:cut]), " ".join(words[cut:])
        person = cast.find(whole)
        if person is not None and person.name == whole and not person.organisation and rest[:1].isupper():
            return person, rest
    return None


_NAME_WORDS = ["Harry", "Semigak", "Ittuk", "Pedro", "Alcántara", "Tío", "Perico", "tío", "de", "Ann"]
_LEAD_WORDS = ["the", "young", "people", "call", "calls", "llaman", "todos", "nennen", "appellent", "x" * 30, ""]


@settings(max_examples=800, deadline=None)
@given(
    code=st.sampled_from(["en", "es", "de", "fr"]),
    name=st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=5),
    gaps=st.lists(st.sampled_from(_SPACES), min_size=5, max_size=5),
    lead=st.lists(st.tuples(st.sampled_from(_LEAD_WORDS), st.sampled_from(_SPACES)), max_size=5),
)
def test_a_name_after_a_calling_verb_is_read_as_on_main(
    code: str, name: list[str], gaps: list[str], lead: list[tuple[str, str]]
) -> None:
    cast = Cast(lexicon=LEXICONS[code])
    for known in ("Harry Semigak Ittuk", "Pedro Alcántara", "Ann Semigak"):
        cast.introduce(known)
    phrase = "".join(w + s for w, s in zip(name, gaps, strict=False)).rstrip()
    before = "".join(w + s for w, s in lead)
    text = f"{before}{phrase} said."
    for start in {len(before), 0, 1, 2}:
        assert cast._called_after_name(phrase, text, start) == _called_after_name_on_main(cast, phrase, text, start)


def test_a_whole_name_and_its_nickname_after_a_calling_verb() -> None:
    cast = Cast(lexicon=LEXICONS["en"])
    harry = cast.introduce("Harry Semigak Ittuk")
    text = "In Nain the young people call Harry Semigak Ittuk Harry."
    start = text.index("Harry")
    assert cast._called_after_name("Harry Semigak Ittuk Harry", text, start) == (harry, "Harry")
    assert cast._called_after_name("Semigak Ittuk", text, start) is None


# Cut 3 (``_Reader._standing``): the age set off after a name asked only when nothing made it a topic, as an ``if``.


def _standing_on_main(reader, text, start, stop, end, phrase, cue, body):  # type: ignore[no-untyped-def]
    """``_Reader._standing`` as main had it before round 62 (the age's test an ``or`` assigned to ``topic``)."""
    clause = reader.fresh and reader._in_opening(text, start, stop)
    owner = phrase.endswith(("’s", "'s")) and quotes._OWNER_APPOSITIVE.match(text, stop) is not None
    inner = reader._apposed_name(text, stop) and reader._opening_phrase(text, start)
    subject = (
        reader.fresh
        and not clause
        and not owner
        and not inner
        and (not quotes._after_preposition(reader.g, text, start, body=body) or reader._author(text, start))
    )
    topic = subject or cue or reader._relative_cue(text, start, stop, end) or reader._agent(text, start, stop)
    topic = topic or (
        text.startswith(",", stop)
        and quotes._AGE_APPOSED.match(text, stop) is not None
        and reader._right_after_preposition(text, start)
    )
    presented = not topic and text[reader.sentence : reader.sentence + 2] in reader._preposition_openings
    return clause, owner, inner, topic or presented and reader._presented(text, start)


_STANDING_WORDS = ["Am", "Montag", "war", "ich", "bei", "with", "at", "the", "chez", "con", "Hinrich", "Lühmann,"]
_STANDING_WORDS += ["71,", "der", "said", "sagte", "In", "sat", "Margaret", "Ellison", "de", "Osei's", "co-author,"]
_STANDING_WORDS += ["by", "von", "a", "report", "when", "who", ",", "4,", "1234,", "Juan", "Pérez"]


@settings(max_examples=1500, deadline=None)
@given(
    code=st.sampled_from(["en", "de", "es", "fr"]),
    words=st.lists(st.sampled_from(_STANDING_WORDS), min_size=1, max_size=12),
    at=st.integers(0, 11),
    fresh=st.booleans(),
    cue=st.booleans(),
    body=st.booleans(),
)
def test_where_a_name_stands_is_read_as_on_main(
    code: str, words: list[str], at: int, fresh: bool, cue: bool, body: bool
) -> None:
    g = grammar(code)
    text = " ".join(words) + " ging."
    index = at % len(words)
    start = len(" ".join(words[:index])) + (1 if index else 0)
    stop = start + len(words[index].rstrip(","))
    phrase = text[start:stop]
    reader = quotes._Reader(g, lambda: Cast(lexicon=g.lexicon), lambda: [text])
    reader.fresh = fresh
    new = reader._standing(text, start, stop, len(text), phrase, cue, body)
    old = _standing_on_main(reader, text, start, stop, len(text), phrase, cue, body)
    assert new == old
    assert [type(part) for part in new] == [type(part) for part in old]


def test_a_name_after_a_preposition_with_an_age_is_a_topic() -> None:
    g = grammar("de")
    text = "Am Montag war ich bei Hinrich Lühmann, 71, der sagte"
    reader = quotes._Reader(g, lambda: Cast(lexicon=g.lexicon), lambda: [text])
    reader.fresh = False
    start = text.index("Hinrich")
    stop = text.index(",")
    assert reader._standing(text, start, stop, len(text), text[start:stop], False, False)[3]


# Cut 4 (``Cast.find``): whether a namesake holds one of the roles asked, told without building their intersection.

_ROLE_WORDS = ["doctora", "delegada", "mayor", "senator", "judge", ""]


@settings(max_examples=500, deadline=None)
@given(
    asked=st.frozensets(st.sampled_from(_ROLE_WORDS), max_size=3),
    held=st.sets(st.sampled_from(_ROLE_WORDS), max_size=4),
)
def test_a_namesake_s_roles_rank_as_on_main(asked: frozenset[str], held: set[str]) -> None:
    on_main = bool(asked & held)  # (main's form: the intersection built, then its truth)
    now = bool(asked) and not asked.isdisjoint(held)
    assert now == on_main
    assert type(now) is bool  # (ranked in a tuple against bools: never a set)


def test_a_namesake_given_the_role_a_title_names_is_found() -> None:
    cast = Cast(lexicon=LEXICONS["es"])
    carmen = cast.introduce("la doctora Carmen Aguado")
    rocio = cast.introduce("la delegada Rocío Aguado")
    assert carmen is not None and rocio is not None
    assert cast.find("Aguado", roles=frozenset(carmen.roles)) is carmen  # (her title's role: a physician)
    assert cast.find("Aguado", roles=frozenset(rocio.roles)) is rocio
    assert cast.find("Aguado") is rocio  # (no role asked: the latest)


# Cut 5 (``_Reader``): the language's kin endings and clause openers read from the reader, not their caches per call.


def test_the_reader_holds_its_language_s_kin_endings_and_openers() -> None:
    for code in _CODES:
        g = grammar(code)
        reader = quotes._Reader(g, lambda g=g: Cast(lexicon=g.lexicon), lambda: [""])  # type: ignore[misc]
        assert reader._kin_ends == quotes._kin_endings(code)
        assert reader._opening_words == quotes._openers(code)


@settings(max_examples=600, deadline=None)
@given(
    code=st.sampled_from(["en", "de", "fr", "es"]),
    words=st.lists(
        st.sampled_from(_STANDING_WORDS + ["When", "After", "À", "Pleyben,", "un", "A", "man"]), max_size=10
    ),
)
def test_an_opening_clause_is_read_as_by_the_language_s_openers(code: str, words: list[str]) -> None:
    g = grammar(code)
    text = " ".join(words) + ", Ann Roe said."
    reader = quotes._Reader(g, lambda: Cast(lexicon=g.lexicon), lambda: [text])
    start = text.rindex("Ann")
    got = reader._in_opening(text, start, start + 7)
    # (main's form: the openers asked of their per-language cache)
    lex = g.lexicon
    found = quotes._FIRST_TWO_WORDS.search(text, 0, start) if text.find(",", 0, start) < 0 else None
    if found is None:
        assert not got
        return
    openers = quotes._openers(code)
    lead = list(quotes._bare_words(filter(None, found.groups()), quotes._OPENING_MARKS))
    if lead[0] in lex.stopwords and len(lead) > 1 and lead[0] not in openers:
        lead = lead[1:]
    want = lead[0] in openers and quotes._clause_closed(text, start + 7, min(len(text), start + 7 + quotes._WINDOW))
    assert got == want


# Cut 6 (``Cast.names_thing``): the last two words before a run split off from the right, not the whole window.

_WINDOW_WORDS = ["the", "boat", "called", "école", "l'école", "calle", "a", "green", "narrowboat", ",", "—", "x" * 33]


@settings(max_examples=1500, deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(_WINDOW_WORDS), st.sampled_from([*_SPACES, ""])), max_size=9))
def test_the_last_two_words_split_from_the_right_are_the_window_s_last_two(parts: list[tuple[str, str]]) -> None:
    window = "".join(w + s for w, s in parts)
    assert window.rsplit(None, 2)[-2:] == window.split()[-2:]  # (main's form: the whole window split)


def test_a_run_after_a_thing_noun_names_a_thing() -> None:
    cast = Cast(lexicon=LEXICONS["fr"])
    text = "Les élèves de l'école Jean-Moulin ont chanté."
    assert cast.names_thing(text, text.index("Jean"), "Jean-Moulin")
    cast = Cast(lexicon=LEXICONS["en"])
    text = "They sailed a green boat called Kingfisher home."
    assert cast.names_thing(text, text.index("Kingfisher"), "Kingfisher")
    assert not cast.names_thing("A man called Tom said", 13, "Tom")


# Cut 7 (``_Reader._unnamed_opening``): the sentence's first word put in lower case once, not once for each question.


def _unnamed_opening_on_main(reader, text: str, start: int) -> None:  # type: ignore[no-untyped-def]
    """``_Reader._unnamed_opening`` as main had it before round 62 (the first word lowered twice)."""
    lex = reader.g.lexicon
    first = text[start : start + 12].split(maxsplit=1)[:1]
    if first and first[0].lower() in quotes._openers(lex.code):
        comma = text.find(", ", start, start + quotes._OPENING_PHRASE_REACH)
        if comma > 0 and not quotes._breaks_between(text, start, comma):
            start = comma + 2
            first = text[start : start + 12].split(maxsplit=1)[:1]
        else:
            reader._unnamed_after_opening(text, start)
            return
    low = first[0].lower() if first else ""
    withheld = False
    if low in lex.definite or low in lex.possessives:
        comma = text.find(", ", start, start + quotes._APPOSED_REACH)
        relative = text[comma + 2 : comma + 2 + quotes._RELATIVE_CHARS].split(maxsplit=1)[:1] if comma > 0 else []
        withheld = bool(relative) and quotes._relative_word(lex, relative[0].lower())
        withheld = withheld and reader._cast.withholds_name(text[comma : comma + quotes._APPOSED_REACH * 2])
    if low in lex.indefinite or low in lex.own_possessives or withheld:
        reader._cast.subject_unnamed(text, start)


_OPENING_WORDS = ["À", "Pleyben,", "un", "adolescent", "A", "retired", "teacher", "His", "eldest", "son,", "who"]
_OPENING_WORDS += [
    "asked",
    "that",
    "his",
    "name",
    "not",
    "be",
    "used,",
    "When",
    "After",
    "Ein",
    "Nach",
    "der",
    "Sitzung,",
]
_OPENING_WORDS += ["Une", "femme", "Una", "vecina", "el", "DER", "", ".", "\n", "Cuando", "llegó,", "said"]


@settings(max_examples=1500, deadline=None)
@given(
    code=st.sampled_from(["en", "de", "fr", "es"]),
    words=st.lists(st.sampled_from(_OPENING_WORDS), max_size=12),
    start=st.integers(0, 40),
)
def test_an_unnamed_opening_is_read_as_on_main(code: str, words: list[str], start: int) -> None:
    g = grammar(code)
    text = " ".join(words) + " stood up."
    at = start % len(text)
    calls: list[list[tuple[str, int]]] = []
    for read in (quotes._Reader._unnamed_opening, _unnamed_opening_on_main):
        log: list[tuple[str, int]] = []
        reader = quotes._Reader(g, lambda log=log: _LoggingCast(log, g.lexicon), lambda: [text])  # type: ignore[misc]
        reader._unnamed_after_opening = lambda t, s, log=log: log.append(("after", s))  # type: ignore[method-assign]
        read(reader, text, at)
        calls.append(log)
    assert calls[0] == calls[1]


class _LoggingCast(Cast):
    """A cast that records whom a sentence opens on, unnamed, and reads nothing else."""

    def __init__(self, log: list[tuple[str, int]], lexicon) -> None:  # type: ignore[no-untyped-def]
        super().__init__(lexicon=lexicon)
        self.log = log

    def subject_unnamed(self, text: str, start: int) -> bool:  # type: ignore[override]
        self.log.append(("unnamed", start))
        return False


@pytest.mark.parametrize(
    ("code", "text", "unnamed"),
    [
        ("fr", "À Pleyben, un adolescent a retrouvé le chien.", True),  # after the opening phrase: "un"
        ("fr", "À Pleyben, le maire a parlé.", False),
        ("en", "A retired teacher stood up.", True),
        ("en", "After the vote, a man shouted.", True),
        ("es", "Cuando llegó, una vecina gritó.", True),
        ("en", "His eldest son, who asked that his name not be used, said it.", True),
    ],
)
def test_an_unnamed_opening_after_a_phrase_is_read_as_on_main(code: str, text: str, unnamed: bool) -> None:
    g = grammar(code)
    calls: list[list[tuple[str, int]]] = []
    for read in (quotes._Reader._unnamed_opening, _unnamed_opening_on_main):
        log: list[tuple[str, int]] = []
        reader = quotes._Reader(g, lambda log=log: _LoggingCast(log, g.lexicon), lambda: [text])  # type: ignore[misc]
        reader._unnamed_after_opening = lambda t, s, log=log: log.append(("after", s))  # type: ignore[method-assign]
        read(reader, text, 0)
        calls.append(log)
    assert calls[0] == calls[1]
    assert any(kind == "unnamed" for kind, _ in calls[0]) is unnamed


# Cut 8 (``_is_mention``): the word before the marks and the words of the 40 characters before them split once.


@settings(max_examples=1500, deadline=None)
@given(
    parts=st.lists(st.tuples(st.sampled_from(_RELATIVE_WORDS), st.sampled_from(_SPACES)), max_size=14),
    cut=st.integers(0, 200),
)
def test_the_words_before_the_marks_are_split_once_as_on_main(parts: list[tuple[str, str]], cut: int) -> None:
    text = "".join(w + s for w, s in parts) + "«la Dent»"
    start = min(cut, len(text))
    reach = start - quotes._WORD_BEFORE_REACH if start > quotes._WORD_BEFORE_REACH else 0
    near = text[reach:start].split()
    # (main's forms: the last word split off again for ``_addressed_title``, the 40 characters split again)
    assert text[reach:start].rsplit(None, 1)[-1:] == near[-1:]
    assert text[start - 40 if start > 40 else 0 : start].split() == near.copy()
