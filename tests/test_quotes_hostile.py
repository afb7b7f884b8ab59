"""Hostile text: quote extraction never fails and stays linear, whatever the marks and spacing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify.document import Format, from_text
from verify.extract import extract
from verify.extract.blocks import blocks
from verify.extract.cues import DASHES, grammar
from verify.extract.quotes import (
    _CREDIT_MAX_WORDS,
    _LIST_MARKER,
    _SHORT_CREDIT,
    _credit_name,
    _dialogue_spans,
    _first_sentence_end,
    _lists_set_off,
    _names_set_off,
    _opens_line,
    _Span,
    find_quotes,
    post_quotes,
    sentence_end,
)
from verify.models import Author, Post, Quote

from .growth import assert_grows_linearly, cpu_seconds

# Quote marks of every style, cue words, names and separators: the pieces hostile text is made of.
_PIECES = [
    '"',
    "“",
    "”",
    "„",
    "«",
    "»",
    "‘",
    "’",
    "''",
    "'",
    "``",
    " said ",
    " he ",
    " Mr. ",
    "Rutte",
    "Ab Cd",
    ", ",
    ". ",
    ":",
    " — ",
    "\n",
    "\n\n",
    " according to ",
    "x",
    " ",
    "(",
    ")",
]


def _quotes(text: str) -> list[Quote]:
    document = from_text(text, "article.txt", Format.TEXT)
    return find_quotes(document, blocks(document))


def _check(text: str) -> None:
    for quote in _quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.line >= 1 and quote.column >= 1
        assert quote.text.strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=300).map("".join).filter(str.strip))
def test_any_mix_of_marks_and_cues_extracts_cleanly(text: str) -> None:
    _check(text)


# Sentence ends, abbreviations, ordinal days, initials and marks around stops, in runs long enough to cross the window
_BREAK_PIECES = ["Ab", " ", "x", ". ", "! ", "? ", ".” ", ".» ", "''", "Mr. ", "K. ", "Frau ", "am 27. ", "November",
                 "Und ", "jun. ", "Sein ", "U.S. ", "»a", "\n", "A" * 40, " " * 30, "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BREAK_PIECES), max_size=120).map("".join), st.integers(0, 310))
def test_the_first_sentence_of_a_text_read_once_ends_where_its_breaks_say(text: str, pad: int) -> None:
    # (the rest of a paragraph after each quote is searched in its first window only, not for every break it holds;
    # a pad of letters puts the first break anywhere, at the window's edge too)
    text = "x" * pad + text
    assert _first_sentence_end(text) == sentence_end(text, 0)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=2000).filter(str.strip))
def test_random_text_extracts_cleanly(text: str) -> None:
    _check(text)


def test_thousands_of_stops_after_short_words_in_lower_case_extract_cleanly() -> None:
    # (each is read as a degree's part after the word before it, "Dr. med.": the chain is followed back only as far as
    # a degree runs, not through the whole text: 3,000 of them raised RecursionError)
    _check("Die Gemeinde hat am Montag entschieden. " + "ab. " * 3_000 + "„Das ist gut“, sagte Anna Weber.")


# Each builds hostile text of about n characters (the growth check grows n until a run is measurable).
_LINEAR_CASES: dict[str, Callable[[int], str]] = {
    "thousands of opening marks": lambda n: "“" * n,
    "alternating marks": lambda n: "\"a\" “b ’c «d „e '' " * (n // 16),
    "paired marks and no word": lambda n: "«»“”„" * (n // 5),
    "no spaces": lambda n: "x" * n,
    "quotes chained by cues": lambda n: "“a,” said " * (n // 10),
    "cue after cue": lambda n: "Mr. Ab Cd said “Ef gh ij,” he said. " * (n // 36),
    "capitalised words": lambda n: "Ab " * (n // 3),
    "one open quote then commas": lambda n: "“a,” " + "Ab, " * (n // 4),
    # (roles57: descriptions of what someone was and of who heads a place, each read over every passage with its years,
    # its quotes inside and a place after a link: read once a page, not once a description)
    "descriptions of a past and a head": lambda n: (
        "Ab Cd, who drove lorries in 1990 “for Ef en Montaña,” spoke: “Gh ij.” “Kl,” said the former lorry driver. "
        "“Mn,” said the Montañan. “Op,” said the hospital chief. "
    )
    * (n // 170),
    # (roles58: trades read by their verbs, heads of seats, places' adjectives and names after a role's link, each
    # description read over the words said of everyone: sorted look-ups and a cache a page, not a pass a description)
    "descriptions of trades, seats and places": lambda n: (
        "The mayor of Ab Cd, Ef Gh, who has built boats, spoke: “Ij.” “Kl,” said the boatbuilder. "
        "“Mn,” said the island's chief. “Op,” said the Abian mayor. “Qr,” said the art centre's head. "
    )
    * (n // 190),
    # (frames57: an answer's frame after each quote and before each colon, and answers' nouns with no end)
    "answers' frames": lambda n: "“a”, was the reply of the ab cd. The reply of the ab came: “b” " * (n // 62),
    "answers' nouns": lambda n: "The reply of the reply from " * (n // 28) + ": “a”",
    # (round 57: each quote after a comma reads the name before it for a naming verb, a bounded window)
    "names listed after commas": lambda n: "Sie nennen den Bus „die Dose“, " * (n // 31),
}


@pytest.mark.parametrize("build", _LINEAR_CASES.values(), ids=_LINEAR_CASES.keys())
def test_work_grows_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: lambda: _quotes(build(n)), 1_000)


_LIST_PIECES = ("Ab Cd", ", ", " and ", " und ", "Ef", "Gh Ij (CDU)", " ", "Kl Mn Op Qr St", ",", "x", ".", "Ana Gil")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LIST_PIECES), max_size=40).map("".join), st.sampled_from(("en", "de")))
def test_names_set_off_read_once_are_the_patterns_matches(text: str, code: str) -> None:
    def spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group("list")) for m in matches]

    assert spans(_lists_set_off(code, text, 0, len(text))) == spans(_names_set_off(code).finditer(text))


def test_a_sentence_of_names_and_no_and_is_read_in_linear_time() -> None:
    def names(n: int) -> str:
        return "The drivers, " + ", ".join(f"Ab{i % 7} Cd{i % 5}" for i in range(n // 9)) + "."

    assert_grows_linearly(lambda n: lambda: list(_lists_set_off("en", names(n), 0, len(names(n)))), 1_000)


def test_a_five_megabyte_paragraph() -> None:
    sentence = "Ab Cd said the plan, a “very” good one, was ready " + "and the council met again in the old hall " * 10
    paragraph = (sentence * (5_000_000 // len(sentence) + 1))[:5_000_000]
    assert cpu_seconds(lambda: _quotes(paragraph), repeats=1) < 30  # about 11,000 quotes; a few seconds on one core


def _extract_run(text: str) -> Callable[[], object]:
    return lambda: extract(from_text(text, "article.txt", Format.TEXT))


def _post_run(text: str) -> Callable[[], object]:
    post = Post("twitter", "https://x.com/a/status/1", "1", Author("A", "@a"), None, text, 1, 1)
    return lambda: post_quotes(post)


# Cue-grammar inputs of n repeated words inside one sentence (issue 16): a pattern with overlapping
# alternatives under a quantifier doubles its work per word; a linear one grows with n.
_CUE_GRAMMAR_CASES: dict[str, Callable[[int], str]] = {
    "adverbs listed and in -ly": lambda n: "Rutte " + "simply " * n + "x today.",
    "adverbs after a quote": lambda n: "“We are ready for this,” Rutte " + "quickly " * n + "x today.",
    "determiners and commas": lambda n: "“We are ready.” " + "a Ab, " * n + "x.",
    "capitalised run between quotes": lambda n: "“We are ready,” " + "Ab O'Cd " * n + "“and more.”",
    "participles": lambda n: "a " + "saying " * n + "“We are ready.”",
    # (round 57's guarded repeats: a title's degree parts, a run's particles, a name phrase's words)
    "titles and degrees": lambda n: "“We are ready,” said " + "Dr. med. Dipl.-Ing. (FH) Ab " * n + "x.",
    "particles in a run": lambda n: "“We are ready,” " + "Ab de la van al-Cd " * n + "said.",
    "name phrase words": lambda n: "“We are ready,” " + "Ab of the Cd for " * n + "said.",
}


@pytest.mark.parametrize("build", _CUE_GRAMMAR_CASES.values(), ids=_CUE_GRAMMAR_CASES.keys())
def test_cue_grammar_grows_linearly_in_a_sentence(build: Callable[[int], str]) -> None:
    _extract_run(build(2))()  # the grammar is compiled on first use
    assert_grows_linearly(lambda n: _extract_run(build(n)), 12)


def test_post_tail_grows_linearly() -> None:
    def build(n: int) -> str:
        return "Mark Rutte: The United States will participate " + "https://" * n + " x"

    assert_grows_linearly(lambda n: _post_run(build(n)), 40)


def test_post_tail_still_drops_links_and_tags() -> None:
    text = "Mark Rutte: The United States will participate fully https://t.co/x #nato pic.twitter.com/abc"
    post = Post("twitter", "https://x.com/a/status/1", "1", Author("A", "@a"), None, text, 1, 1)
    (quote,) = post_quotes(post)
    assert quote.text == "The United States will participate fully"


def test_dialogue_dashes_grow_linearly() -> None:
    # A Spanish paragraph of dialogue with a narrator's cue and a quote in marks per sentence: each speech part is
    # found from the dash before it, and each mark's part by a search, not by a scan of every part.
    def run(n: int) -> Callable[[], object]:
        text = "—Hola " + "—dijo él— «a» de la " * n
        marked = [_Span(0, i + 1, i + 4) for i in range(len(text)) if text[i] == "«"]
        return lambda: _dialogue_spans(grammar("es").lexicon, text, 0, marked, "")

    assert_grows_linearly(run, 2_000)


def _markdown_quotes(text: str) -> Callable[[], object]:
    document = from_text(text, "article.md", Format.MARKDOWN)
    return lambda: find_quotes(document, blocks(document))


# Each builds hostile Markdown of about n characters whose quotes each read a run of the text before or after them
# that grows with the article (named at a size where that work outweighs the rest: on the old code 4x the input took
# 11-12x as long there, 7-8x at a quarter of it).
_MARKDOWN_CASES: dict[str, Callable[[int], str]] = {
    # each quotation was asked whether a paragraph ending on a colon introduces it: the run of quotations before it
    # walked back to its start for each
    "block quotations one after another": lambda n: "> “a”\n" * (n // 6),
    # each quote ending its sentence was asked whether it is a list's item signed by its speaker: its line read back
    # to its start, the rest of the paragraph copied and split into words for each
    "a line of quotes ending their sentences": lambda n: ("“a.” " + "x " * 20) * (n // 45),
}


@pytest.mark.parametrize("build", _MARKDOWN_CASES.values(), ids=_MARKDOWN_CASES.keys())
def test_markdown_work_grows_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _markdown_quotes(build(n)), 16_000)


def test_a_credit_line_is_read_no_further_than_its_words() -> None:
    # Each quote of a block quotation is asked whether the rest of it is a short credit line ("> „…“ *Tobias Lenz*"):
    # the rest was copied and split into words to the quotation's end for each quote (a quotation of 4,096 quotes,
    # 65 KB: 0.6 s of splitting, 1.4 s in all).
    g = grammar("en")

    def make(n: int) -> Callable[[], object]:
        text = "“a,” said Ab. " * (n // 14)
        return lambda: [_credit_name(g, text, start) for start in range(0, len(text), 14)]

    assert_grows_linearly(make, 4_000)


_CREDIT_PIECES = ["—", "–", "~", "-", " ", "\t", "\n", "\u2028", "\xa0", "a", "Bc", "x—", ".", "Jo Reed", ", mayor"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=40).map("".join), st.integers(0, 3))
def test_a_credit_line_is_short_by_its_words(line: str, start: int) -> None:
    # (the dash before the name is no word; a line is short up to _CREDIT_MAX_WORDS words)
    words = line[start:].strip().lstrip(f"{DASHES}~- ").split()
    assert (_SHORT_CREDIT.match(line, start) is not None) == (len(words) <= _CREDIT_MAX_WORDS)


@pytest.mark.parametrize("before", ["", "x", "x\n", "xy\n", "x\n "])
@pytest.mark.parametrize("marker", ["", "- ", "12) ", "•\t", "   123.   ", "    123.  ", "   1234.  "])
def test_a_quote_opens_its_line_as_read_from_the_line_start(before: str, marker: str) -> None:
    # (the line's start is looked for only as far back as the longest list marker, "   123.   ": the same answer)
    text = before + marker + "“a.”"
    start = len(before + marker)
    line = text.rfind("\n", 0, start) + 1
    assert _opens_line(text, start) == (_LIST_MARKER.fullmatch(text, line, start) is not None)


# Round 57 (address57): pages of many people, each named in full and then by a short form, a form of address, letters
# in capitals or an office in capitals (the short-form reader looks at the last people named only; an office is read for
# a few holders only, whatever the page)
_ADDRESS57_CASES: dict[str, Callable[[int], str]] = {
    "short forms": lambda n: "".join(
        f"Dorotha{i} Eo{i} sells fish.\n\n“We sold {i},” said Dot.\n\n" for i in range(n // 40)
    ),
    "offices in capitals": lambda n: "".join(
        f"The Rangbah Shnong of Ab{i}, the headman, Bah Kyr{i} Nong{i}, came.\n\n“We came {i},” said the Rangbah "
        "Shnong.\n\n"
        for i in range(n // 90)
    ),
    "letters and forms": lambda n: "".join(
        f"The officer, Dr. Ma{i} Its{i}, FRACP, said: “We saw {i}.” “Yes,” said Lepen Ma{i}. “No,” Its{i} said.\n\n"
        for i in range(n // 90)
    ),
}


@pytest.mark.parametrize("build", _ADDRESS57_CASES.values(), ids=_ADDRESS57_CASES.keys())
def test_names_short_forms_and_offices_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 58 (address58): pages of many people, each with letters after the name by their shape, a pet name said twice
# over the name's ending, and a compound role before a name (the readers look at one name's words, or a bounded window
# before a thing noun, whatever the page)
_ADDRESS58_CASES: dict[str, Callable[[int], str]] = {
    "letters by shape": lambda n: "".join(
        f"“We sailed {i},” said Capt. Ma{i} Hunt{i} FNI OFMCap.\n\n" for i in range(n // 40)
    ),
    "pet names": lambda n: "".join(
        f"Joséphine Col{i} sells bread.\n\n« On a vendu {i} », a dit Fifine Fifine Fifine.\n\n" for i in range(n // 60)
    ),
    "compound roles": lambda n: "".join(
        f"«Rezamos {i}», dijo el maestro de capilla Lucas Jus{i}. de capilla de capilla Ana.\n\n"
        for i in range(n // 70)
    ),
}


@pytest.mark.parametrize("build", _ADDRESS58_CASES.values(), ids=_ADDRESS58_CASES.keys())
def test_letters_pet_names_and_compound_roles_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 58 (frames58): pages of quotes each followed by a frame, of pointers, nouns of words, crediting prepositions
# and articles without end (the frame's reader reads one short sentence, whatever the page), and a frame of thousands
# of words with articles, apostrophes and capitals (read no further than its reach)
_FRAMES58_CASES: dict[str, Callable[[int], str]] = {
    "frames after quotes": lambda n: "".join(
        f"« Mot {i}. » Voilà ce qu'en pense l'ancien l' l' de la du batelier{i}. " for i in range(n // 60)
    ),
    "frames before quotes": lambda n: "".join(
        f"Für den der des dem einstigen Fährmann{i} ist klar: „Wort {i}.“ In the the's words: “W{i}.” "
        for i in range(n // 80)
    ),
    "one long frame": lambda n: "“Word.” So " + "the l' de A " * (n // 12) + "said.",
}


@pytest.mark.parametrize("build", _FRAMES58_CASES.values(), ids=_FRAMES58_CASES.keys())
def test_quote_frames_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 58 (structure58): pages of many bare quotes each followed by a paragraph of many sentences (the reader of a
# later sentence naming the words' owner reads a few sentences only), of groups whose names run on into many words, of
# kin nouns before first names, and of corrections (a closing clause of ownership read once per correction)
_STRUCTURE58_CASES: dict[str, Callable[[int], str]] = {
    "later sentences": lambda n: "".join(
        f"“We saw {i}.”\n\n" + "The boat came. " * 8 + f"The words were those of Ann Ko{i}, who came.\n\n"
        for i in range(n // 160)
    ),
    "group names": lambda n: "".join(
        f"Pupils of Ab{i} " + "Cd " * 20 + "stood at the bank and chanted: “Come back!”\n\n" for i in range(n // 110)
    ),
    "kin nouns": lambda n: "".join(
        f"Jo{i} Ka{i} fishes here.\n\nHis son Lo{i}, 38, took over: “We fish {i}.” said Lo{i}.\n\n"
        for i in range(n // 80)
    ),
    "corrections": lambda n: "".join(
        f"Correction: The sentence “We saw {i}”, attributed to Ann Ko{i}, " + ", was by " * 10 + f"Bo Le{i}.\n\n"
        for i in range(n // 160)
    ),
}


@pytest.mark.parametrize("build", _STRUCTURE58_CASES.values(), ids=_STRUCTURE58_CASES.keys())
def test_structures_of_round_58_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 59 (judge59): the judge's readers of a quote's frame and of what the article says of a record's speaker run
# over a paragraph and the text before it (at most ``judge._SAID_OF_REACH`` characters per quote in use); over any
# length of short words with stops, quote marks, dashes and capitals they stay linear.
_JUDGE59_CASES: dict[str, Callable[[int], str]] = {
    "stops and capitals": lambda n: "Ab. Cd de la Ef, “gh.” " * (n // 24) + "The man of the boat said:",
    "quote marks and dashes": lambda n: "« Ab » — the Cd, „Ef“ der Gh: " * (n // 30),
    "names": lambda n: "".join(f"Ann Ko{i}, the ferry keeper, said: “We {i}.” " for i in range(n // 40)),
}


@pytest.mark.parametrize("build", _JUDGE59_CASES.values(), ids=_JUDGE59_CASES.keys())
def test_the_judges_frame_and_description_readers_grow_linearly(build: Callable[[int], str]) -> None:
    from verify import judge

    def run(text: str) -> Callable[[], object]:
        def go() -> object:
            stems = judge._description_stems("the ferry keeper of the boat")
            return (
                judge._frame_credit(text, "— the old ferry keeper."),
                judge._someone_else_since(text, ("ann", "walker")),
                judge._said_of(stems, ("ann", "walker"), text),
                judge._said_of(stems, ("ann", "walker"), text, others=True),
            )

        return go

    assert_grows_linearly(lambda n: run(build(n)), 2_000)


# Round 59 (structure59): datelines before a paragraph's first quote, report sources set off as asides (before a quote
# and closing the sentence after one), and questions answered under labels after an introducing colon
_STRUCTURE59_CASES: dict[str, Callable[[int], str]] = {
    "datelines": lambda n: "".join(
        f"AB CD{i}, Ef (Gh Wire) — “We saw {i}.” Jo Ka{i}, 40, a guide, left.\n\n" for i in range(n // 60)
    ),
    "asides before": lambda n: "".join(
        "The old guide, the Echo reports, " + "the Post says, " * 12 + f"summed it up: “We saw {i}.”\n\n"
        for i in range(n // 220)
    ),
    "asides after": lambda n: "".join(
        f"“We saw {i}.” Those were the words of the guide" + ", the Echo says" * 12 + ".\n\n" for i in range(n // 230)
    ),
    "labelled answers": lambda n: "".join(
        f"The witness Jo Ka{i} answered:\n\nCounsel: Did you see him {i}?\n\nKa{i}: I saw him by the boat.\n\n"
        for i in range(n // 90)
    ),
    "dashes and capitals": lambda n: "AB — " * (n // 5) + "“We saw it.” Jo Ka, 40, a guide, left.",
}


@pytest.mark.parametrize("build", _STRUCTURE59_CASES.values(), ids=_STRUCTURE59_CASES.keys())
def test_structures_of_round_59_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 59 (groups59): pages of quotes whose cue ends on a short word and its stop before runs of capitalised words
# (the reader of a title the lists lack reads a few words after the stop only), and of descriptions opening sentences
_GROUPS59_CASES: dict[str, Callable[[int], str]] = {
    "short titles": lambda n: "".join(f"“We saw {i},” said Ab. " + "Cd " * 12 + f"Ef{i}.\n\n" for i in range(n // 60)),
    "adverbs before groups": lambda n: "".join(
        f"Outside, a crowd of divers {i} " + "and pupils " * 10 + "chanted: “Come back!”\n\n" for i in range(n // 140)
    ),
}


@pytest.mark.parametrize("build", _GROUPS59_CASES.values(), ids=_GROUPS59_CASES.keys())
def test_readers_of_round_59_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 60 (judge60): the reader of a description's mark (the sentences before a quote, at most ``_SAID_OF_REACH``
# characters), of a post's opening, and of a variety's negation left out (many such words in one long source) stay
# linear over any length of short words with stops, quote marks, possessives and capitals.
_JUDGE60_CASES: dict[str, Callable[[int], str]] = {
    "stops and possessives": lambda n: "Ab Cd raised his cap. “Ef.” " * (n // 28) + "Up the palm with Gh Ij.",
    "quote marks and capitals": lambda n: "« Ab » — the Cd in the cap, „Ef“ der Gh: " * (n // 40),
    "variety words": lambda n: "Dat light een going " * (n // 20) + "nowhere.",
}


@pytest.mark.parametrize("build", _JUDGE60_CASES.values(), ids=_JUDGE60_CASES.keys())
def test_readers_of_round_60_grow_linearly(build: Callable[[int], str]) -> None:
    from verify import judge
    from verify.match import align, prepare
    from verify.models import Claim, ClaimKind, Origin, Place, Statement, StatementKind

    def run(text: str) -> Callable[[], object]:
        record = Statement(
            text=text, speaker="Ann Walker", source="r.json", origin=Origin.SNAPSHOT, kind=StatementKind.TRANSCRIPT
        )
        claim = Claim(ClaimKind.QUOTE, "Words", None, Place.BODY, line=1, column=1, mention="the man in the cap")

        def go() -> object:
            return (
                judge._described_person(claim, record, text, "", ", said the man up the palm."),
                judge._shown_opening(text[: len(text) // 2] + "…", record, "x"),
                align(prepare(text.replace(" een ", " ")[:400]), record).changes,
            )

        return go

    assert_grows_linearly(lambda n: run(build(n)), 2_000)


# Round 60 (structure60): pages of vox pop headings over answers (and of comma-set lines of capitals that are none),
# of sentences pointing back at a quote by demonstratives and nouns for the words, and of offices in lower case before
# runs of capitalised words (each reader reads one short line, one sentence, or a bounded window)
_STRUCTURE60_CASES: dict[str, Callable[[int], str]] = {
    "vox pop headings": lambda n: "".join(
        f"Jo Ka{i}, {i % 90}, guide, Ab Cd\n“We saw {i}.”\n\n" for i in range(n // 30)
    ),
    "comma lines of capitals": lambda n: "Ab, " * (n // 4) + "Cd\n“We saw it.”",
    "pointing back": lambda n: "".join(
        f"“We saw {i}.” Jo Ka{i}, " + "with those words, " * 10 + "left.\n\n" for i in range(n // 200)
    ),
    "minutes rows": lambda n: "Present: GR Jo Ka, GR Ab Cd.\n\n"
    + "".join(f"GR Ka{i % 7}: We saw it and we said so {i}.\n\n" for i in range(n // 40)),
    "described labels": lambda n: "The skipper, Jo Ka, answered.\n\n"
    + "".join(f"**Why {i}?**\n\n**The skipper:** We saw it {i}.\n\n" for i in range(n // 45)),
    "offices before capitals": lambda n: "".join(
        f"“We saw {i},” said the head " + "of the board " * 8 + f"Jo Ka{i} " + "Ab " * 6 + ".\n\n"
        for i in range(n // 150)
    ),
}


@pytest.mark.parametrize("build", _STRUCTURE60_CASES.values(), ids=_STRUCTURE60_CASES.keys())
def test_structures_of_round_60_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 60 (groups60): lines sung after a colon, a name noun in a relative clause, a verb made a noun, a body's name
# with short links of another language — each over thousands of short words with stops, marks and capitals
_GROUPS60_CASES = {
    "sung lines": lambda n: "".join(
        f"Then the pupils {i} " + "and the choir " * 8 + "sang together: “We row, we row. " + "la " * 6 + "”\n\n"
        for i in range(n // 120)
    ),
    "relative names": lambda n: "".join(
        f"Una oyente {i} que llamó " + "y no dio " * 10 + "su nombre: «Vengo de allí»\n\n" for i in range(n // 140)
    ),
    "verbs as nouns": lambda n: "".join(
        f"Ein Leser {i} " + "im Stehen " * 10 + "im Stehen: „Ja!“\n\n" for i in range(n // 120)
    ),
    "foreign links": lambda n: "".join(
        f"El Parque {i} " + "de ses Salines i Es " * 8 + ", Servicio Uno, dice: «Sí.»\n\n" for i in range(n // 200)
    ),
}


@pytest.mark.parametrize("build", _GROUPS60_CASES.values(), ids=_GROUPS60_CASES.keys())
def test_groups_of_round_60_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 61 (judge61): the readers of a surname written alone after a full name (and of others' surnames since), of
# the sentence that last named a unit, of a tone mark after a word, of an interview's question and of a count before a
# run of capitals stay linear over any length of names, stops, question marks, combining marks and number words.
_JUDGE61_CASES: dict[str, Callable[[int], str]] = {
    "surnames alone": lambda n: "Ann Walker spoke. " + "Jo Ka and Walker, Pastorin Walker. " * (n // 36),
    "units and stops": lambda n: "Ab Cd, Ef Works, Human Resources, said. " * (n // 40) + "The letter added: ",
    "questions and numbers": lambda n: "Ms Walker, sechzig Jahren Ab Cd? " * (n // 34) + "?",
    "combining marks": lambda n: "Guá m\u0304\u0304\u0304\u0304 sī beh " * (n // 16),
}


@pytest.mark.parametrize("build", _JUDGE61_CASES.values(), ids=_JUDGE61_CASES.keys())
def test_readers_of_round_61_grow_linearly(build: Callable[[int], str]) -> None:
    from verify import judge
    from verify.match import align, prepare
    from verify.models import Claim, ClaimKind, Origin, Place, Statement, StatementKind

    def run(text: str) -> Callable[[], object]:
        record = Statement(
            text=text, speaker="Ann Walker", source="r.json", origin=Origin.SNAPSHOT, kind=StatementKind.TRANSCRIPT
        )
        unit = Statement(
            text="Words.", speaker="Ab Cd", source="r.json", origin=Origin.SNAPSHOT, kind=StatementKind.TRANSCRIPT
        )
        claim = Claim(ClaimKind.QUOTE, "Words", "Human Resources", Place.BODY, line=1, column=1, mention="I")

        def go() -> object:
            return (
                judge._named_last(record, "", text),
                judge._unit_and_body(claim, unit, "The letter added: ", text),
                judge._answer_s_i(claim, record, text),
                judge._cue_name_tied(replace(claim, mention="der Ab-Heini"), record, "", text, frozenset()),
                align(prepare(text.replace("m\u0304", "")[:400]), record).changes,
            )

        return go

    assert_grows_linearly(lambda n: run(build(n)), 2_000)

# Round 61 (names61): a page of quoted titles one after another, of names relative clauses give, of trades glued to
# names and letters of no vowel (each reader looks at one quote's bounded neighbourhood or one name's words)
_NAMES61_CASES: dict[str, Callable[[int], str]] = {
    "listed titles": lambda n: "Parmi les pièces : " + ", ".join(f"« Bol {i} »" for i in range(n // 12)) + ".\n\n",
    "relative names": lambda n: "".join(
        f"El puente{i}, al que aquí llaman «el puente {i}», que llaman «el {i}», se cerró.\n\n" for i in range(n // 60)
    ),
    "trades and letters": lambda n: "".join(
        f"Ems-Lotse Harm{i} Uph{i} FRSNZ sagte: „Wir fuhren {i}.“ Lotse-Lotse-Lotse Ab{i} Cd{i}: Ja.\n\n"
        for i in range(n // 60)
    ),
}


@pytest.mark.parametrize("build", _NAMES61_CASES.values(), ids=_NAMES61_CASES.keys())
def test_listed_titles_relative_names_and_trades_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 61 (labels61): labels in capitals before a quote, each a surname the article writes in full or not, a role;
# lists of names; headings over quotes — over thousands of short words with stops, marks and capitals
_LABELS61_CASES = {
    "surname labels": lambda n: "".join(
        f"- Ana{chr(97 + i % 26)} Roca{chr(97 + i % 26)}{i} (Lista {i})\n\nROCA{chr(65 + i % 26)}{i}: «Sí, lo haremos. "
        + "Ab. Cd. " * 6 + "»\n\n"
        for i in range(n // 40)
    ),
    "one label again": lambda n: "- Rosa Blanco (Verde)\n\n"
    + "".join("BLANCO: «Ab. Cd. Ef. Gh. Ij. Kl. Mn. Op.»\n\nMODERADORA: «Gracias.»\n\n" for _ in range(n // 20)),
    "headed quotes": lambda n: "Quotes from Dr Ab\n\n"
    + "".join(f"“Ab cd {i}.”\n\nQuotes from Dr Cd\n\n" for i in range(n // 8)),
    "bare quotes": lambda n: "Ab cd\n\n" + "".join(f"“Ab cd {i}?”\n\n" for i in range(n // 3)),
    "capitals run": lambda n: " ".join(f"AB CD{i} Ef Gh" for i in range(n // 4)) + " PEREZ: «Sí, claro que sí.»",
}


@pytest.mark.parametrize("build", _LABELS61_CASES.values(), ids=_LABELS61_CASES.keys())
def test_labels_of_round_61_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


def test_lead_quote_sentence_of_many_capitals_grows_linearly() -> None:
    # (labels61: the sentence after a lead quote read for the one person it names, over a run of capitalised words)
    assert_grows_linearly(
        lambda n: _extract_run("“Ab cd ef gh ij kl.” " + " ".join(f"Ab{i} Cd Ef" for i in range(n // 3)) + ".\n\nCd."),
        2_000,
    )


# Round 62 (labels62): labels in capitals read as a given name, a post's holder or a member of the public; minutes'
# rows without quote marks under such labels — over thousands of short words with stops, marks and capitals
_LABELS62_CASES = {
    "posts listed": lambda n: "Present: "
    + "; ".join(f"Mayor Ab{i} Cd{i} (Chair)" for i in range(n // 5))
    + ".\n\n"
    + "".join('MAYOR: "Ab cd ef gh."\n\nCHAIR: "Ij kl mn."\n\n' for _ in range(n // 20)),
    "given names": lambda n: " ".join(f"Verna Ab{i}, Verna Cd{i}." for i in range(n // 5))
    + "\n\n"
    + "".join('VERNA: "Ab. Cd. Ef."\n\nCALLER: "Gh. Ij."\n\n' for _ in range(n // 12)),
    "presented by": lambda n: " ".join(f"presented by by by Ab{i} “Cd” Ef," for i in range(n // 7))
    + '\n\nHOST: "Ab cd ef gh ij."\n',
    "unquoted rows": lambda n: "PRESENT: Mayor Ann Cole; Clerk Tom Hale.\n\n"
    + "".join(
        f"MAYOR: Ab cd ef gh {i}.\n\nCLERK: Ij kl mn op {i}.\n\nHALE{i % 7}: Qr st uv wx.\n\n" for i in range(n // 16)
    ),
}


@pytest.mark.parametrize("build", _LABELS62_CASES.values(), ids=_LABELS62_CASES.keys())
def test_labels_of_round_62_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 62 (structure62): titles between a noun and a name, a style after an article, set-off phrases before a verb,
# second descriptions before a naming word, chants as "we", relative clauses before a colon — over thousands of short
# words with stops, marks and capitals
_STRUCTURE62_CASES = {
    "titles after a noun": lambda n: " ".join("Die Ab Dr. Dipl.-Päd. Mag. Cd Ef plant." for _ in range(n // 7))
    + " „Ab cd ef“, sagte sie.",
    "styles after articles": lambda n: "The ab, " + "the Revd Dr Ab Cd, " * (n // 6) + "said: “Ab cd.”",
    "set-off phrases": lambda n: "Ab Cd, " + "seit ab an jeder Ef, " * (n // 6) + "sagte: „Ab cd ef.“",
    "second descriptions": lambda n: "«Ab cd ef», explicó junto a un ab cd el ab, "
    + "un ab de cd de Ef " * (n // 5)
    + "llamado Ab Cd.",
    "chants as we": lambda n: " ".join('ab chanted "We ab" when. ' for _ in range(n // 4)),
    "relatives before colons": lambda n: "Am Ab sang der Cd " + "den Ab mit, das Ef " * (n // 5) + "hatte: „Ab cd.“",
    "letters and signatures": lambda n: "".join(
        "Ich habe gefragt: „Ab cd?“ Ich habe gesagt: „Ab cd.“\n\nAb Cd\n\nAb. Cd.\n\n" for _ in range(n // 12)
    )
    + "Anna Roth, Ab\n",
}


@pytest.mark.parametrize("build", _STRUCTURE62_CASES.values(), ids=_STRUCTURE62_CASES.keys())
def test_readers_of_structure62_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 62 (offices62): offices no one holds after people of other trades, and posts with a bare complement before a
# cue verb ("el jefe de turno de …"), each over thousands of short words with links, stops and capitals
_OFFICES62_CASES: dict[str, Callable[[int], str]] = {
    "offices after trades": lambda n: "".join(
        f"Der Fischer Jo Ka{i} kam. „Wir {i}“, sagte Ka{i}. Der Hafenmeister " + "der Stadt " * 6 + "sagte: „Ja.“\n\n"
        for i in range(n // 120)
    ),
    "posts with a bare complement": lambda n: "".join(
        f"El jefe de turno {i} " + "de la de " * 8 + f"explicó: «Sí {i}».\n\n" for i in range(n // 120)
    ),
}


@pytest.mark.parametrize("build", _OFFICES62_CASES.values(), ids=_OFFICES62_CASES.keys())
def test_offices_of_round_62_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 63 (judge63): runs glued by slashes after a body's name, units set off after a remit list, places before a
# body's noun across an "and", names known to someone before "as", each over thousands of short words with commas,
# slashes and capitals
_JUDGE63_CASES: dict[str, Callable[[int], str]] = {
    "places after slashes": lambda n: "Die Polizeiinspektion Ab"
    + "".join(f"/Cd Ef{i}" for i in range(n // 3))
    + ", Pressestelle, teilte mit: „Ab cd.“",
    "units after a remit list": lambda n: "El Ministerio de Ab y Cd, "
    + "Viceministerio de Ef y Gh, " * (n // 5)
    + "Dirección de Ij, indicó: «Ab cd.»",
    "places before a body's noun": lambda n: "".join(
        f"The AB Department of Cd, Ef and Gh{i}, said: “Ab cd.” " for i in range(n // 10)
    ),
    "names known to someone": lambda n: "".join(
        f"The ab{i}, known to local ab cd as “the Ab”, claimed cd. " for i in range(n // 12)
    ),
}


@pytest.mark.parametrize("build", _JUDGE63_CASES.values(), ids=_JUDGE63_CASES.keys())
def test_readers_of_judge63_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 63 (named63): names a pronoun and a link of naming bring in after a description, with costumes and learners'
# nouns, each over thousands of short words with stops, links and capitals
_NAMED63_CASES: dict[str, Callable[[int], str]] = {
    "namings after descriptions": lambda n: "".join(
        f"A ab in a cd costume. He is Ab Cd{i}. “Ab {i},” he said. “Cd,” said the cd.\n\n" for i in range(n // 16)
    ),
    "one long description before a naming": lambda n: "Un ab " + "de cd con un disfraz " * (n // 5) + "ef. Es Ab Cd.",
    "learners after ages": lambda n: "".join(
        f"Ab Cd{i}, {i % 90}, an apprentice ab cd, said: “Ab.” “Cd,” said the apprentice.\n\n" for i in range(n // 16)
    ),
}


@pytest.mark.parametrize("build", _NAMED63_CASES.values(), ids=_NAMED63_CASES.keys())
def test_namings_of_round_63_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)


# Round 63 (labels63): transcripts' labels of titles before a surname in capitals ("MR AB:", "CLLR DR AB:"), each label
# read once, over thousands of rows of titles, abbreviations and capitals
_LABELS63_CASES: dict[str, Callable[[int], str]] = {
    "titled labels": lambda n: "Ab Cd and Ef Gh came.\n\n"
    + "".join(f'MR CD{i % 30}: "Ab {i}."\n\nCLLR DR GH: "Cd {i}."\n\n' for i in range(n // 8)),
    "titles only": lambda n: "".join(f'MR MRS DR. CLLR: "Ab {i}."\n\nHERR FRAU: „Cd {i}.“\n\n' for i in range(n // 8)),
    "unquoted rows in running case": lambda n: "Am Ab: Ab Cd, Ab Ef und Gh Kı.\n\n"
    + "".join(f"Dr Cd: Ab cd {i}.\n\nEf: Ab ef.\n\nKILI{i % 9}: Ab.\n\n" for i in range(n // 10)),
    "bylines and appositions": lambda n: " ".join(
        f"Der Ab von Cd Ef{i} kam. Palabras de Ab Cd. el alcalde ab, Ab Cd{i} dijo." for i in range(n // 14)
    ),
}


@pytest.mark.parametrize("build", _LABELS63_CASES.values(), ids=_LABELS63_CASES.keys())
def test_titled_labels_of_round_63_grow_linearly(build: Callable[[int], str]) -> None:
    assert_grows_linearly(lambda n: _extract_run(build(n)), 2_000)
