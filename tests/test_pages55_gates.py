"""Round 55's (pages55) readings in C answer as the Python loops they replaced, and its gates as the tests they stand
before: each rewritten reading against its old form (kept here), over what hypothesis builds (counts of words, the
features of statements, texts of markup, references and line ends), and each gate opened wide against the gated
reading, over texts of every lexicon's number words and plain words."""

from __future__ import annotations

import html
import math
import re
from collections import Counter
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from verify import normalize
from verify.document import Document, Format, TextLocator
from verify.models import Origin, Statement, StatementKind
from verify.retrieval import (
    _REACHABLE_SHARE,
    ArticleEvidence,
    _add_to_each,
    _append_to_each,
    features,
    holds_enough,
    lookup_limit,
    weight,
)
from verify.retrieval import _around as around


class _Everything(frozenset[str]):
    """A set that holds every word and shares one with every text: a gate asking it lets everything through."""

    def __contains__(self, word: object) -> bool:
        return True

    def isdisjoint(self, other: object) -> bool:
        return False


_WORDS = st.sampled_from("the bridge will open in spring budget depot 12 3.5 u.s. kestrels nest viaduct".split())


def _holds_enough_as_before(claim: Counter[str], statement: Counter[str]) -> bool:
    shared = sum(min(n, statement[w]) for w, n in claim.items() if w in statement)
    return shared >= _REACHABLE_SHARE * sum(claim.values())


@settings(max_examples=300, deadline=None)
@given(claim=st.lists(_WORDS, min_size=1, max_size=12), statement=st.lists(_WORDS, max_size=20))
def test_a_statement_holds_enough_as_before(claim: list[str], statement: list[str]) -> None:
    claimed, held = Counter(claim), Counter(statement)
    assert holds_enough(claimed, held) == _holds_enough_as_before(claimed, held)


@settings(max_examples=300, deadline=None)
@given(
    statements=st.lists(st.frozensets(_WORDS, max_size=8), max_size=12),
    runs=st.lists(st.tuples(st.lists(st.integers(0, 30), unique=True, max_size=12), st.floats(0.01, 9.0)), max_size=6),
)
def test_postings_and_scores_are_made_as_before(
    statements: list[frozenset[str]], runs: list[tuple[list[int], float]]
) -> None:
    postings: dict[str, list[int]] = {}
    before: dict[str, list[int]] = {}
    for i, found in enumerate(statements):
        _append_to_each(postings, found, i)
        for feature in found:
            before.setdefault(feature, []).append(i)
    assert list(postings.items()) == list(before.items())  # (and in the order the features came)
    scores: dict[int, float] = {}
    scored: dict[int, float] = {}
    for ids, w in runs:
        _add_to_each(scores, ids, w)
        for i in ids:
            scored[i] = scored.get(i, 0.0) + w
    assert [(i, s.hex()) for i, s in scores.items()] == [(i, s.hex()) for i, s in scored.items()]  # bit for bit


def _scores_as_before(evidence: ArticleEvidence, wanted: frozenset[str], span: tuple[int, int] | None) -> dict:
    count = len(evidence._statements)
    found = sorted((len(p), f) for f in wanted if (p := evidence._postings.get(f)))
    limit = lookup_limit(count)
    scores: dict[int, float] = {}
    if found and found[0][0] <= limit:
        for n, feature in found:
            if n > limit:
                break
            w = weight(count, n)
            for i in evidence._postings[feature]:
                scores[i] = scores.get(i, 0.0) + w
        return scores
    nearest = evidence._nearest(span)
    for n, feature in found[:3]:
        w = weight(count, n)
        for i in around(evidence._postings[feature], nearest, 64):
            scores[i] = scores.get(i, 0.0) + w
    return scores


_SAID = st.lists(_WORDS, min_size=1, max_size=9).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(said=st.lists(_SAID, min_size=1, max_size=80), claim=_SAID, at=st.integers(0, 90))
def test_an_article_scores_its_statements_as_before(said: list[str], claim: str, at: int) -> None:
    statements = [
        Statement("Ada Brook", text, StatementKind.QUOTE, Origin.ARTICLE, "article", line=i, span=(i * 10, i * 10 + 5))
        for i, text in enumerate(said)
    ]
    evidence = ArticleEvidence(statements)
    wanted = features(claim)
    span = (at * 10, at * 10 + 3)
    new, old = evidence._scores(wanted, span), _scores_as_before(evidence, wanted, span)
    assert [(i, s.hex()) for i, s in new.items()] == [(i, s.hex()) for i, s in old.items()]
    assert all(math.isfinite(s) for s in new.values())


_MARKUP = st.sampled_from(
    ("<p>", "</p>", "\n", " ", "&amp;", "&nbsp;", "&#233;", "&#x2019;", "&bogus;", "&", "<b>", "\n\n", "\t", "&lt;")
)
_TEXT = st.sampled_from(("word", "Wort", "été", "x", "a&b", "R&D", "5", "&amp;c", "1&nbsp;000"))
_HTML = st.lists(st.one_of(_MARKUP, _TEXT), max_size=40).map("".join)


def _pieces_as_before(locator: TextLocator, start: int, end: int) -> tuple[list[int], list[int], list[bool]]:
    ends: list[int] = []
    offsets: list[int] = []
    entities: list[bool] = []
    length = 0
    source = locator._source
    for word in locator._WORD.finditer(source, start, end):
        raw = word.group()
        if "&" not in raw:
            length += len(raw)
            ends.append(length)
            offsets.append(word.start())
            entities.append(False)
            continue
        for piece in locator._PIECE.finditer(source, word.start(), word.end()):
            raw = piece.group()
            entity = raw.startswith("&") and len(raw) > 1
            length += len("".join(html.unescape(raw).split())) if entity else len(raw)
            ends.append(length)
            offsets.append(piece.start())
            entities.append(entity)
    return ends, offsets, entities


@settings(max_examples=400, deadline=None)
@given(source=_HTML, cut=st.integers(0, 400))
def test_a_text_of_references_is_cut_into_pieces_as_before(source: str, cut: int) -> None:
    locator = TextLocator(source)
    start = min(cut, len(source))
    assert locator._pieces_with_entities(start, len(source)) == _pieces_as_before(locator, start, len(source))
    assert locator._pieces_with_entities(0, start) == _pieces_as_before(locator, 0, start)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(("\n", "\r\n", "line", " ", "\n\n", "é", "\r")), max_size=60).map("".join))
def test_line_starts_are_listed_as_before(text: str) -> None:
    document = Document("a.txt", text, Format.TEXT)
    document._read_lines(len(text))
    assert document._line_starts == [0, *(m.end() for m in re.finditer("\n", text))]


_NUMBERISH = st.sampled_from(
    sorted(
        {"a", "an", "un", "une", "ein", "12", "1", "3", "10", "000", "8", "am", "h", "u.s.", "U.S.", "$", "US$", "half"}
        | normalize._WRITTEN_FORM_OPENERS
    )
)
_PLAIN = st.sampled_from(("the", "Haus", "maison", "casa", "of", "de", "und", "pesos", "Euro", "dollars", "million"))
_GAP = st.sampled_from((" ", " ", " ", "/", ":", "-", ", ", ". "))


@st.composite
def _number_text(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.one_of(_NUMBERISH, _PLAIN), min_size=1, max_size=10))
    return "".join(word + draw(_GAP) for word in words)


def _read(text: str) -> list[tuple[str, int, int]]:
    return [(w.norm, w.start, w.end) for w in normalize._words.__wrapped__(text)]


@settings(max_examples=500, deadline=None)
@given(text=_number_text())
def test_written_forms_read_as_without_their_stops(text: str) -> None:
    gated = _read(text)
    with patch.object(normalize, "_written_form_stops", lambda found: list(range(len(found) + 1))):
        assert _read(text) == gated


@settings(max_examples=300, deadline=None)
@given(text=_number_text())
def test_index_terms_are_read_as_before(text: str) -> None:
    assert normalize.index_terms(text) == [t for w in normalize.words(text) if (t := normalize.words_only(w.norm))]


def _tokens_as_before(text: str) -> list[normalize.Word]:
    """``_words``' first reading as round 54 wrote it: token by token, in Python."""
    folded = normalize._STAGE_DIRECTION.sub(lambda m: " " * len(m.group()), normalize.fold(text))
    shouting = normalize._shouting(folded)
    out: list[normalize.Word] = []
    for match in normalize._WORD.finditer(folded):
        start, end = match.span()
        token = match.group()
        if (
            folded[end : end + 1] == "-"
            and normalize._cut_off(folded, end)
            and not token.isdigit()
            and token.lower() not in normalize._NUMBER_WORDS
        ):
            continue
        original = text[start:end]
        norms = normalize._normalise(token.lower() if shouting else token)
        if (
            start
            and folded[start - 1] == "-"
            and token[:1].isdigit()
            and normalize._sign_at(folded, start - 1)
            and normalize._is_plain_number(norms[0])
        ):
            start, original, norms = start - 1, text[start - 1 : end], ("-" + norms[0], *norms[1:])
        for norm in norms:
            out.append(normalize.Word(norm, start, end, original))
    return out


_PIECES = st.sampled_from(
    (
        "the", "bri-", "bridge", "-15", "−18", "(-3", "%)", "10-15", "zwei-", "und", "dreitausend", "COVID-19",
        "l'État", "uh,", "er,", "well-known", "1990", "-1995", "DER", "BUND", "ZAHLT", "VIERZIG", "MILLIONEN", "n't", "don't",
        "$5m", "3,5", "-", "--", "- ", "x-", "7-", "e-mail", "[applause]", "dreihundertfünfzig", "eineinhalb", "U.S.",
    )
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(st.tuples(_PIECES, st.sampled_from((" ", " ", "", "\n", ", "))), min_size=1, max_size=12))
def test_a_texts_tokens_are_read_as_before(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in pieces)
    read: list[list[normalize.Word]] = []
    negations = normalize._regional_negations

    def first_reading(out: list[normalize.Word], language: list, folded: str) -> list[normalize.Word]:
        read.append(list(out))
        return negations(out, language, folded)

    with patch.object(normalize, "_regional_negations", first_reading):
        words = normalize._words.__wrapped__(text)
    assert read == [_tokens_as_before(text)]
    with patch.object(normalize, "_ANY_FILLER", _Everything()):  # the fillers' gate opened wide
        assert normalize._words.__wrapped__(text) == words


def _glued_as_before(token: str) -> tuple[object, object, object]:
    ordinal: tuple[str] | None = None
    for suffix in normalize._GLUED_ORDINAL_SUFFIXES:
        if token.endswith(suffix) and len(token) > len(suffix):
            number = normalize._glued_number(token[: -len(suffix)], least_parts=1)
            if number is not None and int(number) >= normalize._GLUED_ORDINAL_MIN:
                ordinal = (f"{number}th",)
                break
    times: tuple[str, str] | None = None
    for word in normalize._GLUED_TIMES:
        head = token.removesuffix(word)
        if head != token and head:
            number = normalize._glued_number(head, least_parts=1) or normalize._glued_half(head)
            if number is not None and normalize.Decimal(number) > 1:
                times = (number, word)
                break
    with patch.object(normalize, "_HALF_SUFFIX_ENDINGS", ("",)):  # every word ends on ""
        half = normalize._glued_half(token)
    return ordinal, times, half


_GLUED_PARTS = st.sampled_from(
    ("drei", "hundert", "zwanzig", "und", "ein", "ste", "sten", "mal", "einhalb", "zehn", "tausend", "s", "haus", "")
)


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(_GLUED_PARTS, min_size=1, max_size=5))
def test_glued_ordinals_times_and_halves_are_read_as_without_their_gates(parts: list[str]) -> None:
    token = "".join(parts)
    gated = (normalize._glued_ordinal(token), normalize._glued_times(token), normalize._glued_half(token))
    assert gated == _glued_as_before(token)
