"""Alignment of a claim against one statement, word by word.

A quote is usually a fragment of a longer statement, so the claim is aligned
to the best-matching span of the statement (rapidfuzz's partial alignment,
run over words rather than characters: each distinct word becomes one
character), then diffed word by word (rapidfuzz's Levenshtein opcodes).
``...`` gaps and ``[bracketed]`` insertions split the claim into segments
that must appear in order; in the article's own quotes, gaps and brackets
of the writer excuse what the claim has there (``_excused``). Also
measured here: where each part of a claim stands in a source (for splices), and which names, numbers and negations a
claim adds to the source sentence it echoes most. The result is
measurements only; the judge decides what they mean.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein, Opcode

from .letters import CAPITALS
from .lexicon import LEXICONS, NIGHT, Lexicon
from .lexicon.world import WORLD_NEGATIONS
from .models import Change, Origin, Statement
from .normalize import (
    CHANGED_NEGATIONS,
    LINK,
    MONTH_ABBREVIATIONS,
    NEGATIONS,
    SIGN_CURRENCIES,
    Word,
    currency_named,
    elided_part,
    is_number,
    signed_amount,
    stem,
    words,
)
from .normalize import STOPWORDS as ENGLISH_STOPWORDS

# Function and light words of every language with a lexicon, negations kept (a word of meaning in any language) and
# letters left out ("A&E", "e" of Spanish): what a claim and a source share is measured without them. Counting
# "de", "la", "que" made a French or Spanish claim a paraphrase of any sentence on its topic (on blind-14 two
# sentences nobody said, sharing four of ten words with the speaker's sentence, three of them "le", "de", "l'").
# Retrieval and the index keep the English list they are built with (verify.normalize.STOPWORDS).
ANY_STOPWORDS = ENGLISH_STOPWORDS | frozenset(
    w
    for lex in LEXICONS.values()
    for w in lex.stopwords
    if len(w) > 1 and w not in NEGATIONS and not any(w in other.content_words for other in LEXICONS.values())
)
# Those words of meaning ("die", "war", "hat", "son", "la") by the languages whose function words they are, and each
# language's stopwords no other lexicon has, less those words: what tells the language of a claim that has them.
_BORROWED = {
    w: frozenset(code for code, lex in LEXICONS.items() if w in lex.stopwords)
    for other in LEXICONS.values()
    for w in other.content_words
}
_OWN_STOPWORDS = {
    code: lex.stopwords.difference(*(o.stopwords for c, o in LEXICONS.items() if c != code), _BORROWED)
    for code, lex in LEXICONS.items()
}

# "..." or "…" marks words the writer left out; "[...]" words the writer put in.
# A writer's cut: "...", "…", or either in brackets or parentheses ("[...]", "(…)", the Spanish and French press).
_GAP = re.compile(r"\[\s?(?:\.\s?\.\s?\.|…)\s?\]|\(\s?(?:\.\s?\.\s?\.|…)\s?\)|\.\s?\.\s?\.|…")
_BRACKETED = re.compile(r"\[[^\]]{0,200}\]")
_EDGE_SLACK = 3  # words of the statement read beyond the partial alignment on each side
# Below this partial-alignment score (0-100) a window's edges are not fitted word by word: the
# judge reads a diff only from far closer matches (verify.judge.ALTERED_MIN_SCORE).
_REFINE_MIN_SCORE = 50
_OVERLAP_WINDOW_FACTOR = 2  # content overlap is counted within a stretch this many times the claim's length
_OVERLAP_WINDOW_MIN = 20  # ...and at least this many words
_CLAUSE_BREAK = re.compile(r"[,;:.!?()—–]|\s-+\s")  # between two words: they stand in different clauses
_ECHO_MIN_WORDS = 3  # content words a clause needs before how much of it a claim repeats counts
# A sentence ends at a full stop, "!" or "?" and the quote marks closing it, before a letter or the quote marks
# opening the next (German „...“, ‚...‘ and »...«, French « ... », set off by spaces in French).
_CLOSERS = "\"”’'“‘»)\\]"
_OPENERS = '"“‘„‚«»(\\['
_SPACE = " \u00a0\u202f"
# Found from a run's first mark only: started at every mark, a run of 40,000 dots took a minute.
# (an emoji or symbol a post sets between two sentences, "sorry. 😬 Ashgrove", stands in no sentence)
_SENTENCE_END = re.compile(
    rf"(?<![.!?])[.!?]+(?:[{_SPACE}]?[{_CLOSERS}]){{0,3}}\s+"
    rf"(?=(?:[^\w\s.,;:!?{_OPENERS}]{{1,3}}\s+)?(?:[{_OPENERS}][{_SPACE}]?){{0,3}}[^\W\d_])"
)
# A quote of one sentence cut without a mark: words of it kept in the source sentence's order, at least this many, and
# at most this many changed or added (the frame's bound, judge.FRAME_MAX_CHANGED).
CUT_MIN_KEPT = 6
CUT_MAX_CHANGED = 4
_PART_MIN_WORDS = 3  # a claim part shorter than this is found anywhere: not located for splices


@dataclass(frozen=True, slots=True)
class PreparedClaim:
    """A claim's words, split into the segments between gaps and insertions."""

    text: str
    words: tuple[Word, ...]
    segments: tuple[tuple[str, ...], ...]
    stems: frozenset[str]
    units: dict[str, int]  # content stem -> the idea it belongs to (a run of name words is one)
    after_brackets: frozenset[int] = frozenset()  # positions of the words right after a bracketed insertion
    # The stems of its words that English writes with a meaning and its own language as function words ("la" of "para
    # la educación pública"): they place the claim in a source, but are no word of meaning the two share
    function_stems: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Diff:
    """What a word diff is made from: the claim, the source stretch it aligns with, the edit script."""

    claim: PreparedClaim
    source_text: str
    window: tuple[Word, ...]
    opcodes: tuple

    def changes(self) -> tuple[Change, ...]:
        return tuple(_changes(self.claim, self.source_text, self.window, self.opcodes))


@dataclass(frozen=True, slots=True)
class Alignment:
    """How one claim lines up with one statement.

    ``score`` is the word-level similarity (0-100) of the claim to the span it
    aligns with; ``exact`` says every segment of the claim stands in the
    statement word for word, in order; ``overlap`` is the share of the claim's
    content words found within one claim-sized stretch of the statement;
    ``echo`` is the largest share of one clause of the statement's content
    words that the claim repeats (a quote that embellishes a short remark
    echoes all of it); ``shared`` counts the ideas (content words, a run of
    name words as one) behind ``overlap``; ``missing`` lists the claim's
    phrases with no counterpart in the statement. ``changes`` (the word
    diff) is worked out from ``diff`` when asked for: most alignments are
    never shown.
    """

    statement: Statement
    score: float
    exact: bool
    overlap: float
    span: tuple[int, int]
    missing: tuple[str, ...]
    echo: float = 0.0
    shared: int = 0
    diff: Diff | None = None
    # how many of the stems behind ``overlap`` are the claim's ``function_stems`` (each one idea of ``shared``)
    function_shared: int = 0

    @property
    def changes(self) -> tuple[Change, ...]:
        return () if self.exact or self.diff is None else self.diff.changes()


# A claim is prepared for retrieval, for the judge and for each rule that reads it again: on the real pages 3,500 calls
# for 1,300 texts. What it returns is never changed by its callers.
@lru_cache(maxsize=4096)
def prepare(text: str) -> PreparedClaim:
    """Split a claim at its gaps and bracketed insertions and normalise its words."""
    pieces = [p for part in _GAP.split(text) for p in _BRACKETED.split(part)]
    segments = tuple(tuple(w.norm for w in words(p)) for p in pieces)
    kept = _BRACKETED.sub(" ", _GAP.sub(" ", text))
    claim_words = tuple(words(kept))
    stems = frozenset(content_stems(list(claim_words)))
    function_stems = frozenset(stem(w) for w in _borrowed_function_words(claim_words))
    return PreparedClaim(
        kept,
        claim_words,
        tuple(s for s in segments if s),
        stems,
        _units(claim_words, kept),
        _after_brackets(text, kept, claim_words),
        function_stems,
    )


def _after_brackets(text: str, kept: str, claim_words: tuple[Word, ...]) -> frozenset[int]:
    """The positions in the claim's words of the word after each bracket: how many of its words open before the
    bracket's place in the kept text. (Each bracket's place found in one pass: normalising the text before each
    bracket again cost a claim of thousands of "[…]" the square of its length.)"""
    places = [m.start() for m in _BRACKETED.finditer(text)]
    if not places:
        return frozenset()
    places = _places_after_sub(_GAP, text, places)
    places = _places_after_sub(_BRACKETED, _GAP.sub(" ", text), places)
    starts = [w.start for w in claim_words]
    return frozenset(bisect_left(starts, place) for place in _composed_places(kept, places))


def _composed_places(kept: str, places: list[int]) -> list[int]:
    """The ascending ``places`` of ``kept`` in its composed form (NFC), where its words' offsets count: a letter and
    its combining accent are one character there. Each place is the space a bracket left, which composes with
    nothing, so the text is composed piece by piece between them."""
    if unicodedata.is_normalized("NFC", kept):
        return places
    composed, total, last = [], 0, 0
    for place in places:
        total += len(unicodedata.normalize("NFC", kept[last:place]))
        last = place
        composed.append(total)
    return composed


def _places_after_sub(pattern: re.Pattern[str], text: str, places: list[int]) -> list[int]:
    """Where each of the ascending ``places`` of ``text`` stands in ``pattern.sub(" ", text)`` (a place inside a
    match: at the space that replaced it)."""
    moved: list[int] = []
    shift = 0  # characters the matches before the place took away
    i = 0
    for m in pattern.finditer(text):
        while i < len(places) and places[i] < m.start():
            moved.append(places[i] - shift)
            i += 1
        while i < len(places) and places[i] < m.end():
            moved.append(m.start() - shift)
            i += 1
        shift += m.end() - m.start() - 1
    moved.extend(place - shift for place in places[i:])
    return moved


def _units(found: tuple[Word, ...], text: str) -> dict[str, int]:
    """Each content stem's idea: adjacent name words ("Donald Trump", "Budapest Memorandum") are one."""
    units: dict[str, int] = {}
    previous_name = False
    for i, word in enumerate(found):
        if word.norm in ANY_STOPWORDS:
            previous_name = False
            continue
        name = _is_name(word, text) or i == 0 and word.original[:1].isupper()
        key = stem(word.norm)
        if key not in units:
            units[key] = len(units) if not (name and previous_name) else units[stem(found[i - 1].norm)]
        previous_name = name
    return units


def align(claim: PreparedClaim, statement: Statement, within: tuple[int, int] | None = None) -> Alignment:
    """Align a prepared claim with one statement (``within``: with the stretch of its words inside those character
    offsets, not the one the alignment would choose)."""
    source = _source_words(statement.text)
    if not claim.words or not source:
        return Alignment(statement, 0.0, False, 0.0, (0, 0), ())
    plain = plain_compared(_norms(claim.words), _norms(source))
    places = _segment_places(claim.segments, [w.norm for w in source], plain)
    exact = bool(places)
    alphabet: dict[str, str] = {}
    claim_s = _encode(claim.words, alphabet, plain)
    source_s = _encode(source, alphabet, plain)
    marks = _marks(statement.text) if statement.origin is Origin.ARTICLE else None
    if marks is None and statement.origin is Origin.ARTICLE and len(claim.segments) > 1:
        marks = _NO_MARKS  # the claim's own gaps and brackets still excuse what the source has there
    if within is not None:
        inside = [i for i, w in enumerate(source) if within[0] <= w.start and w.end <= within[1]]
        lo, hi = (inside[0], inside[-1] + 1) if inside else (0, len(source))
    elif len(places) > 1 and _gap_hides_negation(claim, places, source, statement.text):
        lo, hi = places[0], places[-1] + len(claim.segments[-1])  # its segments where they stand, the gaps between
    else:
        lo, hi = _window(claim_s, source_s)
        if not exact and not _CLAUSE_BREAK.search(claim.text.strip(" .!?")):
            # (a quote of several clauses or sentences may set them in any order: its stretch is the one spelt closest)
            lo, hi = _richer_window(claim, claim_s, source_s, statement.text, (lo, hi))
        if marks is not None:
            lo, hi = _marked_window(claim, claim_s, source_s, source, marks, lo, hi)
    opcodes = _opcodes(claim_s, source_s, lo, hi)
    if _negation_put_before(opcodes, lo, claim.words, source, statement.text):
        lo += opcodes[0].dest_end
        opcodes = _opcodes(claim_s, source_s, lo, hi)
    span_lo = lo + (opcodes[0].dest_start if opcodes else 0)
    span_hi = lo + (opcodes[-1].dest_end if opcodes else 0)
    equal = sum(op.src_end - op.src_start for op in opcodes if op.tag == "equal")
    width = span_hi - span_lo
    excused = _respelt(opcodes, lo, claim.words, source) + _agreeing(opcodes, lo, claim, source)
    cut_negations: list = []
    if len(claim.segments) > 1:
        # What a writer's gap leaves out is no change, but a negation of the words on either side of it is: "We will
        # ... build 200 homes" of "We will not, whatever they say, build 200 homes" says the opposite.
        for op in [op for op in opcodes if op.tag == "insert" and op.src_start in _cuts(claim)]:
            negation, rest = _negation_cut(op, lo, source, statement.text)
            if negation is not None:
                opcodes[opcodes.index(op) : opcodes.index(op) + 1] = [negation, *rest]
                cut_negations.append(negation)
                excused += rest
            elif marks is None:
                excused.append(op)
        exact = exact and not cut_negations
    edges = [op for op in opcodes if statement.origin is Origin.ARTICLE and _article_beyond_edge(op, lo, claim, source)]
    if edges and all(op.tag == "equal" or op in excused or op in edges for op in opcodes):
        excused += edges  # the same words, the marks set otherwise: not the same words with one changed besides
    if marks is not None and 2 * _speakers_words(opcodes, lo, marks) >= len(claim.words):
        # Most of the claim stands in the article's own quote as it is, outside the writer's brackets:
        # what the claim has at the writer's gaps and brackets (or the source at the claim's) is no change.
        excused += [
            op for op in opcodes if op not in excused and op not in cut_negations and _excused(op, lo, claim, source, marks)
        ]
    if excused:
        equal += sum(op.src_end - op.src_start for op in excused)
        width += sum((op.src_end - op.src_start) - (op.dest_end - op.dest_start) for op in excused)
        opcodes = [op for op in opcodes if op not in excused]
        exact = exact or all(op.tag == "equal" for op in opcodes)
    # A figure replaced by another keeps the sentence's shape ("deux millions" for "deux milliards"): the same
    # words with a changed number, half a word's credit, so that a changed amount reads as altered, not reworded.
    equal += RENUMBERED_CREDIT * sum(_renumbered(op, lo, claim.words, source) for op in opcodes)
    score = min(100.0, 200.0 * equal / (len(claim.words) + max(1, width)))
    diff = Diff(claim, statement.text, source[lo:hi], tuple(opcodes))
    start = _negated_start(claim.words, source, lo, statement.text)
    opens = (
        exact
        or bool(opcodes)
        and opcodes[0].src_start == 0
        and (opcodes[0].tag == "equal" or _inflected_opening(opcodes, lo, claim.words, source))
    )
    if opens and _negated_right_before(claim.words, source, span_lo, statement.text):
        # "No necesitamos contratar más inspectores" quoted as "Necesitamos contratar más inspectores": the words
        # stand in the source (as they are, or changed after the first), but the speaker negated them; the claim
        # says the opposite.
        exact = False
        score = min(score, 200.0 * equal / (len(claim.words) + max(1, width) + 1))
        diff = _with_negation_before(diff, source, opcodes, lo, (span_lo, span_hi))
    elif exact and _negated_right_after(claim.words, source, span_hi, statement.text):
        # "Mein Mandant schämt sich nicht." quoted as "Mein Mandant schämt sich": the negation that closes the
        # speaker's clause is cut off; the claim says the opposite.
        exact = False
        score = min(score, 200.0 * equal / (len(claim.words) + max(1, width) + 1))
        diff = _with_negation_after(diff, source, opcodes, lo, (span_lo, span_hi))
    elif start < lo and not exact:  # the diff shows the negation the claim left out before its first words
        diff = Diff(claim, statement.text, source[start:hi], tuple(_opcodes(claim_s, source_s, start, hi)))
    span = (source[span_lo].start, source[span_hi - 1].end) if span_hi > span_lo else (0, 0)
    found = _window_overlap(claim, source)
    overlap = len(found) / len(claim.stems) if claim.stems else (1.0 if exact else 0.0)
    shared = len({claim.units[s] for s in found})
    function_shared = len(found & claim.function_stems)
    missing = _missing(claim.words, _source_stems(statement.text))
    echo = _echo(claim, source, statement.text)
    return Alignment(statement, round(score, 1), exact, overlap, span, missing, echo, shared, diff, function_shared)


# Candidates recur across the claims of an article (and articles of a run): their words are kept.
_SOURCE_CACHE = 4096


@dataclass(frozen=True, slots=True)
class _Marks:
    """Where a statement's writer cut or put in words: indices of bracketed words, word positions of gaps."""

    bracketed: frozenset[int]
    gaps: frozenset[int]  # a gap before the word of this index (the number of words: one at the end)


_NO_MARKS = _Marks(frozenset(), frozenset())


@lru_cache(maxsize=_SOURCE_CACHE)
def _marks(text: str) -> _Marks | None:
    """The article's own quote's "..." gaps and [bracketed] insertions; None when it has neither."""
    brackets = [m.span() for m in _BRACKETED.finditer(text)]
    cuts = [m.start() for m in _GAP.finditer(text)]
    if not brackets and not cuts:
        return None
    source = _source_words(text)
    bracketed = frozenset(i for i, w in enumerate(source) if any(a <= w.start < b for a, b in brackets))
    gaps = frozenset(next((i for i, w in enumerate(source) if w.start >= cut), len(source)) for cut in cuts)
    return _Marks(bracketed, gaps)


def _speakers_words(opcodes: list, lo: int, marks: _Marks) -> int:
    """How many of the claim's words equal a source word outside the source's brackets."""
    return sum(
        1
        for op in opcodes
        if op.tag == "equal"
        for i in range(lo + op.dest_start, lo + op.dest_end)
        if i not in marks.bracketed
    )


def _cuts(claim: PreparedClaim) -> set[int]:
    """Claim word positions where one of its segments ends and the next begins (a gap or a bracket)."""
    cuts, position = set(), 0
    for segment in claim.segments[:-1]:
        position += len(segment)
        cuts.add(position)
    return cuts


def _opcodes(claim_s: str, source_s: str, lo: int, hi: int) -> list:
    """The word edits from the claim to ``source_s[lo:hi]``, source words beyond the claim's ends left out."""
    opcodes = list(Levenshtein.opcodes(claim_s, source_s[lo:hi]))
    while opcodes and opcodes[0].tag == "insert":
        opcodes.pop(0)
    while opcodes and opcodes[-1].tag == "insert":
        opcodes.pop()
    return opcodes


_MARKED_SLACK_MAX = 12  # words an edge of the window may move over a marked source's brackets


def _marked_window(
    claim: PreparedClaim, claim_s: str, source_s: str, source: tuple[Word, ...], marks: _Marks, lo: int, hi: int
) -> tuple[int, int]:
    """The window with fewest edits that are no excused ones: a bracket's words count for any number of the claim's."""
    slack = min(_MARKED_SLACK_MAX, _EDGE_SLACK + len(marks.bracketed))

    def cost(window: tuple[int, int]) -> tuple[int, int]:
        ops = _opcodes(claim_s, source_s, *window)
        edits = sum(
            max(op.src_end - op.src_start, op.dest_end - op.dest_start)
            for op in ops
            if op.tag != "equal" and not _excused(op, window[0], claim, source, marks)
        )
        return edits, abs(window[1] - window[0] - len(claim_s))

    windows = [
        (a, b)
        for a in range(max(0, lo - slack), lo + 1)
        for b in range(hi, min(len(source_s), hi + slack) + 1)
        if b > a
    ]
    return min(windows, key=cost, default=(lo, hi))


def _negation_cut(op, lo: int, source: tuple[Word, ...], text: str) -> tuple[Opcode | None, list]:
    """The source's negation a writer's gap leaves out right beside the words the quote keeps, in their sentence: the
    first word it leaves out ("We will[ not, whatever they say,] build"), or the last of at most
    ``_CUT_NEGATION_WORDS`` ("Wir werden die Gebühren[ nicht] erhöhen"), as an edit of its own, and the edit of the rest
    of the gap's words. None when the gap opens and closes on other words ("The plan[, which nobody liked,] works"), or
    leaves out a clause ending on a negation ("talk even[ if you're not] talking back": a clause of its own cut)."""
    first, last = lo + op.dest_start, lo + op.dest_end
    if source[first].norm in CHANGED_NEGATIONS and first and not _SENTENCE_BREAK.search(
        text, source[first - 1].end, source[first].start
    ):
        at = op.dest_start
    elif (
        last - first <= _CUT_NEGATION_WORDS
        and source[last - 1].norm in CHANGED_NEGATIONS
        and last < len(source)
        and not _SENTENCE_BREAK.search(text, source[last - 1].end, source[last].start)
    ):
        at = op.dest_end - 1
    else:
        return None, []
    negation = Opcode("insert", op.src_start, op.src_end, at, at + 1)
    rest = [
        Opcode("insert", op.src_start, op.src_end, a, b) for a, b in ((op.dest_start, at), (at + 1, op.dest_end)) if b > a
    ]
    return negation, rest


_SENTENCE_BREAK = re.compile(r"[.!?;]")
_CUT_NEGATION_WORDS = 2  # a longer gap ending on a negation cuts a clause of its own (the generated cases' "gaps")


def _excused(op, lo: int, claim: PreparedClaim, source: tuple[Word, ...], marks: _Marks) -> bool:
    """Whether a word edit falls where the article's own quote shows words of its writer, not the speaker's.

    Words of the source inside brackets may stand for anything the claim has there (or nothing);
    words only the claim has may fill a gap of the source, or stand beside its brackets, unless they
    bring a negation, a number or a name: a cut hides words, it does not license new facts.
    """
    if op.tag == "equal":
        return False
    first, last = lo + op.dest_start, lo + op.dest_end
    if op.tag == "insert" and op.src_start in _cuts(claim):
        return True  # words the claim left out at its own gap or bracket
    if last > first:
        return all(i in marks.bracketed for i in range(first, last))
    added = claim.words[op.src_start : op.src_end]
    beside = first in marks.gaps or first in marks.bracketed or first - 1 in marks.bracketed
    return beside and not _flags(list(added), [w for w in added if _is_name(w, claim.text)])


def _negation_put_before(
    opcodes: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...], text: str
) -> bool:
    """Whether a claim opens with a negation where the stretch it was aligned with opens with other words and goes on
    with the source's, in a sentence with no negation before them: a quote taken from the middle of a sentence with a
    negation put before it ("nicht mehr zur Hälfte übernehmen" of "Die Stadt wird ... auch 2027 zur Hälfte
    übernehmen."), whose first words stand for none of the source's (a fragment starts where the writer likes), not
    the words before it replaced. A sentence negated before them ("We will not use demand-based pricing on any date"
    for "no dynamic pricing on any date") says what the claim's negation says: reworded, not turned around."""
    if len(opcodes) < 2 or opcodes[0].tag != "replace" or opcodes[1].tag != "equal":
        return False
    if not any(w.norm in CHANGED_NEGATIONS for w in claim[opcodes[0].src_start : opcodes[0].src_end]):
        return False
    kept = source[lo + opcodes[1].dest_start]
    opening = next((a for a, b in sentences(text) if a <= kept.start < b), 0)
    return not any(w.norm in CHANGED_NEGATIONS for w in source if opening <= w.start < kept.start)


def _negated_start(claim: tuple[Word, ...], source: tuple[Word, ...], lo: int, text: str) -> int:
    """Where the source's words begin for the claim's diff when the speaker negated what the claim's first
    words stand for: the claim's first word a few words before the aligned stretch, a negation between
    them, in one clause ("We [did not find any] evidence" quoted as "We found evidence"). Else ``lo``."""
    if not claim or lo == 0:
        return lo
    for start in range(lo - 1, max(-1, lo - 1 - _EDGE_SLACK), -1):
        if _CLAUSE_BREAK.search(text, source[start].end, source[start + 1].start):
            return lo
        if source[start].norm == claim[0].norm:
            skipped = source[start + 1 : lo]
            negated = any(w.norm in NEGATIONS for w in skipped)
            return start if negated and not any(w.norm in NEGATIONS for w in claim) else lo
    return lo


def _with_negation_before(diff: Diff, source: tuple[Word, ...], opcodes: list, lo: int, span: tuple[int, int]) -> Diff:
    """The diff of a claim whose first word the source negates right before it: the negation, left out, first."""
    moved = lo - span[0] + 1  # the opcodes count from the window's start; this diff from the negation
    shifted = [Opcode(op.tag, op.src_start, op.src_end, op.dest_start + moved, op.dest_end + moved) for op in opcodes]
    return replace(diff, window=source[span[0] - 1 : span[1]], opcodes=(Opcode("insert", 0, 0, 0, 1), *shifted))


def _negated_right_before(claim: tuple[Word, ...], source: tuple[Word, ...], first: int, text: str) -> bool:
    """Whether the source word right before the claim's first word, in the same clause, is a negation the claim
    (holding none) leaves out: a page lexicon's, or (round 57) a world language's in a clause of no page language
    (:func:`_world_negation`: Hungarian "Nem tudom, hol a busz" quoted as "Tudom, hol a busz")."""
    if first <= 0 or first >= len(source):
        return False
    before = source[first - 1 : first]
    if source[first - 1].norm not in NEGATIONS and not _world_negation(before, text):
        return False
    if _CLAUSE_BREAK.search(text, source[first - 1].end, source[first].start):
        return False  # "No, we need more inspectors": an answer, then the words
    return not any(w.norm in NEGATIONS for w in claim)


# The least letters a quote's first word shares with the source's word it stands for, read as one word inflected
# (Ojibwe "Ingikendaan" of "ingikendanziin", I know / I do not know, after "gaawiin")
_INFLECTED_OPENING = 5


def _inflected_opening(opcodes: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a claim opens with one word the source writes inflected otherwise, the rest of its first words as
    the source's: tune set 50's Ojibwe "Ingikendaan aaniin apii" of "Gaawiin ingikendanziin aaniin apii" (the verb
    loses the negative "-ziin" of its circumfix with "gaawiin"), whose opening negation the diff left outside."""
    first = opcodes[0]
    if first.tag != "replace" or len(opcodes) < 2 or opcodes[1].tag != "equal":
        return False
    if first.src_end - first.src_start != 1 or first.dest_end - first.dest_start != 1:
        return False
    said, written = claim[first.src_start].norm, source[lo + first.dest_start].norm
    return len(os.path.commonprefix((said, written))) >= _INFLECTED_OPENING


def _negated_right_after(claim: tuple[Word, ...], source: tuple[Word, ...], end: int, text: str) -> bool:
    """Whether the source word right after the claim's last word is a negation that closes the speaker's clause
    (German and Dutch put it last: "schämt sich nicht."), which the claim (holding none) leaves out; "We did it
    not for money" goes on after it, and "We did it, not they" sets it off: neither."""
    if end >= len(source) or source[end].norm not in NEGATIONS or end == 0:
        return False
    if _CLAUSE_BREAK.search(text, source[end - 1].end, source[end].start):
        return False
    closes = end + 1 == len(source) or bool(_CLAUSE_BREAK.search(text, source[end].end, source[end + 1].start))
    return closes and not any(w.norm in NEGATIONS for w in claim)


def _with_negation_after(diff: Diff, source: tuple[Word, ...], opcodes: list, lo: int, span: tuple[int, int]) -> Diff:
    """The diff of a claim whose last words the source negates right after them: the negation, left out, last."""
    moved = lo - span[0]  # the opcodes count from the window's start; this diff from the claim's first word
    shifted = [Opcode(op.tag, op.src_start, op.src_end, op.dest_start + moved, op.dest_end + moved) for op in opcodes]
    claimed, width = len(diff.claim.words), span[1] - span[0]
    left_out = Opcode("insert", claimed, claimed, width, width + 1)
    return replace(diff, window=source[span[0] : span[1] + 1], opcodes=(*shifted, left_out))


RENUMBERED_CREDIT = 0.5


def _renumbered(op, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> int:
    """How many claim words an edit replaces with as many numbers, each for a number (a changed figure)."""
    if op.tag != "replace" or op.src_end - op.src_start != op.dest_end - op.dest_start:
        return 0
    said, written = claim[op.src_start : op.src_end], source[lo + op.dest_start : lo + op.dest_end]
    return len(said) if all(is_number(w.norm) for w in (*said, *written)) else 0


def _respelt(opcodes: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> list:
    """The edits that only write the same words otherwise: the same letters apart or together ("clean-up", "clean
    up", "cleanup"; "e-mail", "email"), each run of adjacent edits whose claim and source words join to the same
    letters; or one as a figure and as a word ("1 minuto", "un minuto"); or one verb with and without the infix of its
    infinitive ("eine Pause einlegen", "eine Pause einzulegen")."""
    out: list = []
    run: list = []
    before: list = []  # the run of edits before one word the claim and source share, if it failed
    for op in [*opcodes, None]:
        if op is not None and op.tag != "equal":
            run.append(op)
            continue
        if run and (
            _same_letters(run, lo, claim, source)
            or _one_either_way(run, lo, claim, source)
            or _one_of_a_unit(run, lo, claim, source)
            or _infixed_alike(run, lo, claim, source)
            or _same_share(run, lo, claim, source)
            or _same_time(run, lo, claim, source)
            or _same_ordinal(run, lo, claim, source)
            or _day_part_agrees(run, lo, claim, source)
            or _same_amount(run, lo, claim, source)
            or _same_signed_amount(run, lo, claim, source)
        ):
            out.extend(run)
            run = []
        elif before and run and _around_shared(before, run, lo, claim, source):
            out.extend([*before, *run])  # a time whose clock word both write ("cinq heures et demie", "17 heures 30")
            run = []
        before = run if run and op is not None and _one_shared_word(op, run, lo, claim, source) else []
        run = []
    return out


_AMOUNT = re.compile(r"(?:([a-z]{3}) )?(-?\d+(?:\.\d+)?)", re.ASCII)  # "usd 14.20", "15.5"


def _same_amount(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits is one amount said two ways: the same value (“15.5”, “15.50”) in a peso and with the
    sign "$", which the peso's countries write for it ("catorce pesos con veinte" of "$14,20"), or with no currency on
    one side, which the same words give an amount before it of that currency ("catorce pesos … y producirlo cuesta
    quince y medio" of "$14,20 … cuesta $15,50": a currency said once for a list); or a figure with no currency on
    either side written with a trailing zero on one ("1,8 m" of "un mètre quatre-vingts", read "1.80"; "2,50 metros" of
    "2,5 metros"). "14 pesos" of "14 dólares", "15" of "$16", "15" of "$15" with no currency said before stay
    changes."""
    op = run[0]
    if len(run) != 1 or op.src_end - op.src_start != 1 or op.dest_end - op.dest_start != 1:
        return False
    said, written = claim[op.src_start], source[lo + op.dest_start]
    ours, theirs = _AMOUNT.fullmatch(said.norm), _AMOUNT.fullmatch(written.norm)
    if ours is None or theirs is None or Decimal(ours[2]) != Decimal(theirs[2]):
        return False
    if not (ours[1] or theirs[1]):
        return "." in said.norm + written.norm  # (one value, one side's trailing zero: "1.80" of "1.8")
    if ours[1] and theirs[1]:
        return _one_currency(said, written)
    # (one side bare: the words of its own text before it, in the aligned stretch)
    named, before = (written, claim[: op.src_start]) if theirs[1] else (said, source[lo : lo + op.dest_start])
    return any(w.norm[:1].isalpha() and _AMOUNT.fullmatch(w.norm) and _one_currency(w, named) for w in before)


def _same_signed_amount(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits is one amount written with a sign of letters on its figure on one side and in the words
    of one of the sign's currencies on the other: "trescientos quetzales" of "Q300", "two hundred pula" of "P200",
    "deux cents ariary" of "Ar200" (tune set 47: ``altered``). Alone "Q300" may be a quarter's result and "P200" a
    grade: the other side's currency says which it is. Another figure or another currency stays a change."""
    first, last = run[0], run[-1]  # (an edit each for "two hundred" of "P200" and for "pula" left over)
    said, written = claim[first.src_start : last.src_end], source[lo + first.dest_start : lo + last.dest_end]
    for signed, named in ((said, written), (written, said)):
        found = signed_amount(signed[0].original) if len(signed) == 1 else None
        amount = _named_amount(named) if found is not None else None
        if found and amount and amount[0] in found[0] and Decimal(amount[1]) == Decimal(found[1]):
            return True
    return False


def _named_amount(found: Sequence[Word]) -> tuple[str, str] | None:
    """The currency and figure of words that name an amount: one amount word ("gtq 300") or a figure and the name of
    its currency ("200", "pula")."""
    if len(found) == 1 and (amount := _AMOUNT.fullmatch(found[0].norm)) and amount[1]:
        return amount[1], amount[2]
    if len(found) == 2 and (figure := _AMOUNT.fullmatch(found[0].norm)) and not figure[1]:
        code = currency_named(found[1].norm)
        return (code, figure[2]) if code else None
    return None


def _one_currency(one: Word, other: Word) -> bool:
    """Whether two amounts are in one currency: one code, or one written with a sign several currencies write and
    the other in one of those (normalize.SIGN_CURRENCIES: a peso and the sign "$", not "US$", "USD"; the Philippine
    peso and the "P" of "P3 million")."""
    if one.norm[:3] == other.norm[:3]:
        return True
    for signed, plain in ((one, other), (other, one)):
        shared = SIGN_CURRENCIES.get(_written_sign(signed.original))
        if shared and signed.norm[:3] == shared[0] and plain.norm[:3] in shared[1:]:
            return True
    return False


def _written_sign(original: str) -> str:
    """The sign an amount is written with, as written before its figure ("$" of "$14,20", "P" of "P3 million")."""
    head = original[: next((k for k, c in enumerate(original) if c.isdigit()), len(original))].strip()
    return "$" if "$" in head and "US" not in head.upper() else head


_FIRST_ORDINALS = frozenset(w for lex in LEXICONS.values() for w in lex.first_ordinals)
_ORDINAL_DOT = frozenset(lex.code for lex in LEXICONS.values() if lex.ordinal_dot)


def _same_ordinal(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits is one ordinal written two ways, one word each: a word for "first" and its figure
    ("zum ersten Mal" of "zum 1. Mal", "por primera vez" of "por 1.ª vez", "la première fois" of "la 1re fois"), or
    an ordinal and its figure with a full stop where the claim's language writes one so ("zum dritten Mal" of "zum 3.
    Mal": the normaliser reads "3"); "zum ersten Mal" of "zum zweiten Mal" is a change."""
    if len(run) != 1 or run[0].tag != "replace" or run[0].src_end - run[0].src_start != 1:
        return False
    op = run[0]
    if op.dest_end - op.dest_start != 1:
        return False
    said, written = claim[op.src_start], source[lo + op.dest_start]
    ours, theirs = _ordinal_value(said.norm), _ordinal_value(written.norm)
    if ours is not None and ours == theirs:
        return True
    dotted = (ours, written) if theirs is None else (theirs, said)
    value, figure = dotted
    return (
        value is not None
        and figure.norm == value
        and figure.original.isdigit()
        and bool(_language(claim) & _ORDINAL_DOT)
    )


def _ordinal_value(norm: str) -> str | None:
    """The count an ordinal says, as a figure ("3th", "dritten" read so: "3"; "first", "ersten", "primera": "1")."""
    if norm in _FIRST_ORDINALS:
        return "1"
    return norm[:-2] if norm.endswith("th") and norm[:-2].isdigit() else None


def _one_shared_word(op, run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether an edit leaves one word as it is after a run of edits that may say a time or a share: a clock word
    ("heures", "Uhr": "cinq heures et demie" of "17 heures 30") or any word after a run with a figure ("One out of
    every three" of "33% of", "Un Français sur trois" of "33 % des Français"): the edits either side of it are one."""
    if op.tag != "equal" or op.src_end - op.src_start != 1:
        return False
    if claim[op.src_start].norm in _CLOCK_UNITS or _hour_article(claim, op.src_start):
        return True
    said = claim[run[0].src_start : run[-1].src_end]
    written = source[lo + run[0].dest_start : lo + run[-1].dest_end]
    return any(w.norm[:1].isdigit() for w in (*said, *written)) or _figure_before_window(source, lo, run[0].dest_start)


def _hour_article(claim: tuple[Word, ...], at: int) -> bool:
    """Whether ``claim[at]`` is the article of an hour after the word for "to" or "past" that follows its minutes
    ("cuarto para las siete", which a source writes "las 6:45": the article is the one word both keep)."""
    return (
        claim[at].norm in _ARTICLES
        and at > 0
        and (claim[at - 1].norm in _MINUTES_TO or claim[at - 1].norm in _MINUTES_PAST)
    )


def _around_shared(before: list, run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether two runs of edits with one word both keep between them (:func:`_one_shared_word`) are one time or one
    share said two ways: with that word ("huit heures du soir" of "20 heures", "One out of every three" of "33% of") or
    without it on both sides, a noun the share's words stand around ("Un Français sur trois" of "33 % des Français",
    "un sur trois" and "33 % des")."""
    joined = [*before, *run]
    if claim[before[-1].src_end].norm in _CLOCK_UNITS:
        return _same_time(joined, lo, claim, source)
    if _hour_article(claim, before[-1].src_end) and _same_time(joined, lo, claim, source):
        return True  # "cuarto para las siete" of "las 6:45"
    if run[-1].src_end == len(claim) and _same_time(joined, lo, claim, source):
        return True  # a time the claim ends on, the word both keep one past the source's time ("la" of "la troca")
    said = claim[before[0].src_start : run[-1].src_end]
    written = source[lo + before[0].dest_start : lo + run[-1].dest_end]
    at = (lo, before[0].dest_start)
    if _same_share_words(said, written, claim) or _share_cut_by_window(said, at, written, source, claim):
        return True
    kept, shared = before[-1].src_end - before[0].src_start, before[-1].dest_end - before[0].dest_start
    return _same_share_words((*said[:kept], *said[kept + 1 :]), (*written[:shared], *written[shared + 1 :]), claim)


def _agreeing(opcodes: list, lo: int, claim: PreparedClaim, source: tuple[Word, ...]) -> list:
    """A verb made to agree with the words a writer put in brackets for its subject ("[The authority] wants us to" of
    "They want us to", "[La mairie] veut" of "Ils veulent"): the one word right after the brackets replaced by the
    source's word with the same opening letters (all but the shorter one's last), flagging nothing."""
    out = []
    for op in opcodes:
        if op.tag != "replace" or op.src_start not in claim.after_brackets or op.src_end - op.src_start != 1:
            continue
        if op.dest_end - op.dest_start != 1:
            continue
        said, written = claim.words[op.src_start].norm, source[lo + op.dest_start].norm
        shorter = min(len(said), len(written))
        opening = next((i for i in range(shorter) if said[i] != written[i]), shorter)
        if opening >= max(2, shorter - 1) and not _flags([claim.words[op.src_start], source[lo + op.dest_start]], []):
            out.append(op)
    return out


# The articles of every lexicon ("the", "eine", "la", "unos"): what a writer sets inside or outside quote marks.
_ARTICLES = frozenset(w for lex in LEXICONS.values() for w in lex.articles)


def _article_beyond_edge(op: Opcode, lo: int, claim: PreparedClaim, source: tuple[Word, ...]) -> bool:
    """Whether an edit is one article the claim has before the first or after the last word of the article's own
    quote: that quote is a fragment, and where its marks stand is its writer's choice ("weise „eine übergroße Nähe
    zum Nationalsozialismus“ auf" and "für eine „übergroße Nähe zum Nationalsozialismus“" quote the same words)."""
    if op.tag != "delete" or op.src_end - op.src_start != 1:
        return False
    opening = op.src_start == 0 and lo + op.dest_start == 0
    closing = op.src_end == len(claim.words) and lo + op.dest_end == len(source)
    word = claim.words[op.src_start]
    return (opening or closing) and word.original.lower() in _ARTICLES and not _flags([word], [])


# Every lexicon's words for one that an article or a pronoun shares, and so are read as words, not as "1" ("un",
# "una", "une", "ein", "eine", "a", "an"): "un minuto" and "1 minuto" say the same.
_ONE_WORDS = frozenset(
    {"a", "an"}
    | {w for lex in LEXICONS.values() for w, n in lex.number_words.items() if n == 1}
    | {w for lex in LEXICONS.values() for w in lex.indefinite if w in lex.number_words}
)


def _one_either_way(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits is one word replaced, "1" on one side and a word for one on the other."""
    if len(run) != 1 or run[0].tag != "replace" or run[0].src_end - run[0].src_start != 1:
        return False
    op = run[0]
    if op.dest_end - op.dest_start != 1:
        return False
    pair = {claim[op.src_start].norm, source[lo + op.dest_start].norm}
    return "1" in pair and len(pair & _ONE_WORDS) == 1


_ONE_OF_A_UNIT_WORDS = 3  # a word for one and its unit or currency, said in at most two words ("einen Euro")


def _one_of_a_unit(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits is one of a unit or a currency, said with a word for one on one side (an article:
    "für einen Euro", "pour un euro", "a mile") and the figure 1 or the word one on the other ("für 1 Euro", "1 €",
    "one mile", "1 km"): the words of the side that opens on the word for one, read with "1" in its place, are the
    other side's. A figure joins its unit or currency into one reading, a word for one does not, so the single
    replacement :func:`_one_either_way` takes is never there. "einen Euro" of "2 Euro" and "ein paar Euro" of "1 Euro"
    stay changes: the words read with "1" must give the other side's exactly."""
    said = claim[run[0].src_start : run[-1].src_end]
    written = source[lo + run[0].dest_start : lo + run[-1].dest_end]
    for ones, other in ((said, written), (written, said)):
        if 2 <= len(ones) <= _ONE_OF_A_UNIT_WORDS and ones[0].norm in _ONE_WORDS and other:
            as_figure = words(" ".join(("1", *(w.original for w in ones[1:]))))
            if [w.norm for w in as_figure] == [w.norm for w in other]:
                return True
    return False


_SHARE_WORDS_MAX = 5  # the words of a share ("75 %", "drei Viertel", "one out of every three")
_SHARE_EDGES = _ARTICLES | {w for lex in LEXICONS.values() for w in lex.share_links}


def _same_share(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits is one share of a whole said two ways, each side's words all of it
    (:func:`_figure_value`): "drei Viertel" and "75 Prozent", "un tiers" and "1/3", "two-thirds" and "2/3", "un tercio"
    and "33 %" (a percentage within a point of the share); "Ein Drittel" for "Ein Viertel", "two thirds" for "75 per
    cent" are changes."""
    said = claim[run[0].src_start : run[-1].src_end]
    written = source[lo + run[0].dest_start : lo + run[-1].dest_end]
    at = (lo, run[0].dest_start)
    return _same_share_words(said, written, claim) or _share_cut_by_window(said, at, written, source, claim)


_SHARE_CUT_MAX = 2  # the source's words of a share before the window: "El 25", "Die 25"


def _share_cut_by_window(
    said: Sequence[Word],
    at: tuple[int, int],
    written: Sequence[Word],
    source: tuple[Word, ...],
    claim: tuple[Word, ...],
) -> bool:
    """Whether a share the claim says in words opens in the source's words right before the window the aligner chose,
    the edits beginning at its first word (``at``: the window's start and the edits' first word in it): "Uno de cada
    cuatro vecinos" of "El 25 % de los vecinos" set "Uno" against "%", the window opening after "El 25" (the claim's
    words fewer without the figure). The source's figure and its article there are the share's too; read only when a
    figure stands there."""
    if not said or not _figure_before_window(source, *at):
        return False
    start = at[0]
    return any(
        _same_share_words(said, (*source[start - k : start], *written), claim)
        for k in range(1, min(start, _SHARE_CUT_MAX) + 1)
    )


def _figure_before_window(source: tuple[Word, ...], lo: int, first: int) -> bool:
    """Whether edits opening the window (``first``, their first word in it, is 0) follow a figure among the
    ``_SHARE_CUT_MAX`` source words before the window (:func:`_share_cut_by_window`)."""
    return not first and any(w.norm[:1].isdigit() for w in source[max(0, lo - _SHARE_CUT_MAX) : lo])


def _same_share_words(said: Sequence[Word], written: Sequence[Word], claim: tuple[Word, ...]) -> bool:
    """Whether ``said`` and ``written``, all their words, say one share (:func:`_same_share`)."""
    if not (
        0 < len(said) <= _SHARE_WORDS_MAX + 2 >= len(written) > 0
        and any(ch.isdigit() for w in (*said, *written) for ch in w.norm)
    ):
        return False
    figures = [LEXICONS[code] for code in _language(claim)] or list(LEXICONS.values())
    share, other = _whole_share(said, figures), _whole_share(written, figures)
    if (share is None or other is None) and len(said) > 1 and (pair := _one_noun_both(said, written)):
        # the noun counted, which the share's words stand around on one side ("Un Français sur trois" of "33 % des
        # Français", "Einer von drei Fahrern" of "33 Prozent der Fahrer"): the share without it
        share = _whole_share([w for w in said if w is not pair[0]], figures)
        other = _whole_share([w for w in written if w is not pair[1]], figures)
    # (a multiple, "x2", is a verb's or an adverb's word: "doubled", "twice")
    return share is not None and share == other and "/" in share


def _one_noun_both(said: Sequence[Word], written: Sequence[Word]) -> tuple[Word, Word] | None:
    """The one word of ``said`` that ``written`` has too, by its stem ("Fahrern", "Fahrer"), a word of no figure."""
    pairs = [
        (a, b)
        for a in said
        if not a.norm[:1].isdigit()
        for b in written
        if a.norm == b.norm or stem(a.norm) == stem(b.norm)
    ]
    return pairs[0] if len(pairs) == 1 else None


def _whole_share(found: Sequence[Word], figures: list[Lexicon]) -> str | None:
    """The share all of ``found`` says (:func:`_figure_value`), perhaps with an article before it or the word for
    "of" after it, which one way of saying a share has and another has not ("El 33 % de", "33% of", "one in three
    members"; "un sur trois", "a third" keep their article)."""
    end = len(found)
    while end > 1 and found[end - 1].norm in _SHARE_EDGES:
        end -= 1
    start = 1 if end > 1 and found[0].norm in _ARTICLES else 0
    for words_of in (found, found[:end], found[start:end]):
        value = _figure_value(words_of, 0, figures) if words_of else None
        if value is not None and value[1] == len(words_of):
            return value[0]
    return None


def _same_time(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits is one time of day said two ways, each side's words all of it (:func:`time_of_day`):
    "halb sechs" and "5.30 Uhr", "half past five" and "5:30 p.m.", "cinq heures et demie" and "17h30", "las ocho menos
    cuarto" and "7.45 horas", "17 Uhr 30" and "17.30 Uhr"; "halb sechs" for "6.30 Uhr" is a change."""
    start, at, end = run[0].src_start, lo + run[0].dest_start, run[-1].src_end
    back = _hour_both_before(claim, source, start, at)
    said = claim[start - back : end]
    written = source[at - back : lo + run[-1].dest_end]
    if not (said and written and len(said) <= _TIME_WORDS_MAX):
        return False
    if not any(w.norm[:1].isdigit() or w.norm in _CLOCK_NAMES for w in said):
        return False  # (most runs: no number, no time)
    ours = time_of_day(said)
    if ours is None:
        return False
    # (a claim that ends on its time: the window the aligner chose as long as the claim may run past the source's
    # time, "seven forty-five" of "7:45 a.m., and not one word": the words past it are no words the claim quotes)
    cuts = range(len(written), 0, -1) if end == len(claim) else (len(written),)
    theirs = next((t for k in cuts if k <= _TIME_WORDS_MAX and (t := time_of_day(written[:k]))), None)
    if theirs is None or not ours[0] & theirs[0]:
        return False
    # (an hour said bare after a word that makes it one, "by eight", "a las ocho", where the source writes its clock
    # word after the words the quote ends on: "by 20:00", "a las 20.00 horas"; or a time both sides open with an
    # article for the hours, "a las", "hasta las", or close with a day part, "de la madrugada", "du matin": "a las
    # cuatro y media de la madrugada" of "a las 4.30 de la madrugada", blind set 53's Avilés read as 4.5 for 4.30)
    written_end = lo + run[-1].dest_end
    return (
        ours[1]
        or theirs[1]
        or _hour_opened(claim, start - back)
        and not _clock_after(claim, end)
        and _clock_after(source, written_end)
        or _hour_opened(claim, start - back, _ARTICLE_HOUR_OPENERS)
        and _hour_opened(source, at - back, _ARTICLE_HOUR_OPENERS)
        or _day_part_after(claim, end)
        and _day_part_after(source, written_end)
    )


def _hour_both_before(claim: tuple[Word, ...], source: tuple[Word, ...], start: int, at: int) -> int:
    """How many words before a run of edits say one hour both sides keep, perhaps with its clock word, which the edits
    after them complete into a time ("las seis de la mañana" of "las 6:00 horas": "6" kept, "de la mañana" against
    "horas"; "sept heures du matin" of "7 h, tous les jours"); 0 when they say none."""
    n = 2 if start > 1 and claim[start - 1].norm in _CLOCK_UNITS else 1
    if start < n or at < n or claim[start - n].norm != source[at - n].norm:
        return 0
    if n == 2 and source[at - 1].norm not in _CLOCK_UNITS:  # ("heures" and "h": one clock word)
        return 0
    return n if _FIGURE_TIME.fullmatch(claim[start - n].norm) else 0


def _day_part_agrees(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits is a day part only the claim says, after an hour both say, that the source's time agrees
    with ("seven in the morning" of "7:00", "huit heures du soir" of "20 heures" is no such hour: a change)."""
    return len(run) == 1 and _day_part_fits(run[0], lo, claim, source) is True


def _day_part_fits(op: Opcode, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool | None:
    """Whether the source's time agrees with a day part only the claim says after an hour both say (an edit of its
    own); None when the edit is no such day part."""
    if op.dest_start != op.dest_end or not _opens_day_part(claim[op.src_start : op.src_end]):
        return None
    start, at = op.src_start, lo + op.dest_start
    n = 2 if start > 1 and claim[start - 1].norm in _CLOCK_UNITS else 1  # (the hour, its clock word)
    if start < n or at < n or any(claim[start - k].norm != source[at - k].norm for k in range(1, n + 1)):
        return None
    ours, theirs = time_of_day(claim[start - n : op.src_end]), time_of_day(source[at - n : at])
    if ours is None or theirs is None:
        return None
    return bool(ours[0] & theirs[0])


def _opens_day_part(found: tuple[Word, ...]) -> bool:
    """Whether words open on a day part, perhaps after an article its reading leaves out ("du soir", "de la tarde")."""
    first = 1 if len(found) > 1 and found[0].norm in _ARTICLES else 0
    return found[first].norm in _DAY_PART_FIRSTS


def _hour_opened(claim: tuple[Word, ...], start: int, openers: frozenset[tuple[str, ...]] | None = None) -> bool:
    """Whether the words before ``claim[start]`` make it an hour ("by", "um", "à", "a las": each lexicon's
    ``hour_openers``, or those of ``openers``)."""
    openers = _HOUR_OPENERS if openers is None else openers
    return any(
        start >= n and tuple(w.norm for w in claim[start - n : start]) in openers
        for n in range(1, _HOUR_OPENERS_LONGEST + 1)
    )


def _day_part_after(found: tuple[Word, ...], end: int) -> bool:
    """Whether a day part follows ``found[end]``, as the time's reading takes it ("de la madrugada", "du matin",
    "in the morning", "abends"): the number before it is an hour."""
    rest = tuple(w.norm for w in found[end : end + _DAY_PART_WORDS] if w.norm not in _ARTICLES)
    if not rest or rest[0] not in _DAY_PART_FIRSTS:
        return False
    return any(rest[:n] in _DAY_PARTS for n in range(1, len(rest) + 1))


def _clock_after(found: tuple[Word, ...], end: int) -> bool:
    """Whether the word at ``end`` is a clock word ("20.00 horas", "20 heures")."""
    return end < len(found) and found[end].norm in _CLOCK_UNITS


_TIME_WORDS_MAX = 8  # "a quarter of an hour to eight" is no time this reads: "a quarter to six in the morning" is
_DAY = 24 * 60
_CLOCK_PARTS = {w: n for lex in LEXICONS.values() for w, n in lex.clock_parts.items()}
# The words for past and to, by where the language says the minutes: before the hour ("ten past eight", "zehn nach
# acht") or after it ("huit heures dix", "las ocho y diez")
_MINUTES_PAST = frozenset(w for lex in LEXICONS.values() if not lex.clock_hour_first for w in lex.clock_past)
_MINUTES_TO = frozenset(
    w for lex in LEXICONS.values() for w in (lex.clock_minutes_to if lex.clock_hour_first else lex.clock_to)
)
_HOUR_PAST = frozenset(w for lex in LEXICONS.values() if lex.clock_hour_first for w in lex.clock_past)
_HOUR_TO = frozenset(w for lex in LEXICONS.values() if lex.clock_hour_first for w in lex.clock_to)
_CLOCK_NAMES = {w: n for lex in LEXICONS.values() for w, n in lex.clock_names.items()}
_MINUTE_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.minute_words)
# A phrase before an hour, as the normaliser reads it ("drei viertel" is "3" "viertel"), with its minutes from the hour
_BEFORE_HOUR = {
    tuple(w.norm for w in words(phrase)): n for lex in LEXICONS.values() for phrase, n in lex.clock_before_hour.items()
}
_BEFORE_HOUR_LONGEST = max(map(len, _BEFORE_HOUR), default=0)
_FIGURE_TIME = re.compile(r"(\d{1,2})(?:([:.])([0-5]\d))?(am|pm)?", re.ASCII)  # ("7.30": hours and minutes, or none)
_WRITTEN_CLOCK = re.compile(r"\d{1,2} [0-5]\d", re.ASCII)  # the words of a time "20:00" was read from ("20 00")
_TWELVE_HOUR_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.twelve_hour_words)
# A phrase after an hour that says its half of the day, as the time's reading takes it (its articles left out), and the
# minutes it adds to an hour under twelve; the words before a number that make it an hour
_DAY_PARTS = {
    tuple(w.norm for w in words(phrase) if w.norm not in _ARTICLES): half
    for lex in LEXICONS.values()
    for phrase, half in lex.day_parts.items()
}
_DAY_PART_FIRSTS = frozenset(part[0] for part in _DAY_PARTS)
_HOUR_OPENERS = frozenset(
    # (German "um" alone is read as a hesitation: before a number in a German text it is the word)
    tuple(w.norm for w in words(phrase)) or tuple(phrase.split())
    for lex in LEXICONS.values()
    for phrase in lex.hour_openers
)
_HOUR_OPENERS_LONGEST = max(map(len, _HOUR_OPENERS), default=0)
# The openers that say "the hours" with an article ("a las", "hasta las", "a la"): what follows is an hour, no rate
_ARTICLE_HOUR_OPENERS = frozenset(o for o in _HOUR_OPENERS if len(o) > 1 and o[-1] in _ARTICLES)
_DAY_PART_WORDS = 1 + max(map(len, _DAY_PARTS), default=0)  # (a day part's words and one article among them)
_SAID_HALF = re.compile(r"(\d{1,2})\.5", re.ASCII)  # "cinco y media", "cinq et demie": the half in the number


def time_of_day(found: Sequence[Word]) -> tuple[frozenset[int], bool] | None:
    """The time of day ``found`` says, all its words, as the minutes from midnight it may be, and whether the words
    say it is a time (a clock word, minutes after a colon, a part of an hour; not a number alone): "5.30 Uhr" 330;
    "17h30", "5:30 p.m.", "17 Uhr 30" 1050; a time said in words, on the twelve-hour clock speech uses, either of its
    two ("halb sechs", "half past five", "cinq heures et demie", "las cinco y media": 330 or 1050; "siebzehn Uhr
    dreißig" 1050 alone, "midi" 720). Minutes then the hour they are past or to ("Viertel vor acht", "ten past
    eight", "fünf vor halb acht"), or the hour then the minutes ("huit heures moins le quart", "las ocho y diez")."""
    found = _spaced_suffix(found)
    kept = [w for w in found if w.norm not in _ARTICLES]  # ("a quarter to eight", "moins le quart")
    if not kept:
        return None
    norms = [w.norm for w in kept]
    spoken = [not any(ch.isdigit() for ch in w.original) for w in kept]
    read = _minutes_then_hour(norms, spoken) or _hour_then_minutes(norms, spoken)
    if read is None:
        return None
    minutes, twelve, marked = read
    marked = marked or any(_WRITTEN_CLOCK.fullmatch(w.original) for w in kept)  # ("20:00", read "20")
    values = {minutes % _DAY}
    if twelve:
        values.add((minutes + _DAY // 2) % _DAY)  # (said on the twelve-hour clock: morning or afternoon)
    return frozenset(values), marked


def _spaced_suffix(found: Sequence[Word]) -> Sequence[Word]:
    """``found`` with a figure's "a. m." or "p. m." written with a space (as Spanish writes it: "a las 5:30 a. m.",
    which the normaliser reads as two words, "a" and "m") joined to the figure, as "5:30 a.m." is read ("5:30am")."""
    for i in range(1, len(found) - 1):
        figure, half, m = found[i - 1 : i + 2]
        if half.norm in _SPACED_HALVES and m.norm == "m" and re.fullmatch(r"\d{1,2}(?::\d\d)?", figure.norm):
            joined = replace(figure, norm=figure.norm + _SPACED_HALVES[half.norm])
            return (*found[: i - 1], joined, *found[i + 2 :])
    return found


_SPACED_HALVES = {"a": "am", "p": "pm"}


def _minutes_then_hour(norms: list[str], spoken: list[bool]) -> tuple[int, bool, bool] | None:
    """ "half past five", "Viertel vor acht", "zehn Minuten nach acht", "fünf vor halb acht": minutes, a word for past
    or to, then an hour (:func:`_hour_then_minutes`)."""
    minutes, i = _minutes(norms, 0)
    if minutes is None or i >= len(norms) or not (norms[i] in _MINUTES_PAST or norms[i] in _MINUTES_TO):
        return None
    hour = _hour_then_minutes(norms[i + 1 :], spoken[i + 1 :], alone=True)
    if hour is None:
        return None
    value, twelve, _ = hour
    return value + (minutes if norms[i] in _MINUTES_PAST else -minutes), twelve, True


def _hour_then_minutes(norms: list[str], spoken: list[bool], alone: bool = False) -> tuple[int, bool, bool] | None:
    """An hour, perhaps its clock word, then its minutes, or a word for past or to and the minutes ("17 Uhr 30",
    "huit heures moins le quart", "las ocho y cuarto", "5:30pm", "halb sechs", "noon"); ``alone``: the hour only."""
    hour = _hour(norms, spoken)
    if hour is None:
        return None
    value, twelve, marked, i = hour
    if i < len(norms) and norms[i] in _CLOCK_UNITS:
        twelve = twelve or norms[i] in _TWELVE_HOUR_WORDS and 60 <= value <= 720  # "5 o'clock": 5.00 or 17.00
        marked, i = True, i + 1  # "5 o'clock", "17 Uhr", "huit heures"
        if i < len(norms) and not alone and norms[i].isdigit():
            minutes, i = _minutes(norms, i)  # "17 Uhr 30", "cinq heures trente"
            if minutes is None:
                return None
            value += minutes
    elif i < len(norms) and not alone and _said_minutes(norms, spoken, i):
        value, marked, i = value + int(norms[i]), True, i + 1  # "seven forty-five", "nine-thirty", "las siete cuarenta"
    if i < len(norms) and not alone and (norms[i] in _HOUR_PAST or norms[i] in _HOUR_TO):
        minutes, end = _minutes(norms, i + 1)
        if minutes is None:
            return None
        value, marked, i = value + (minutes if norms[i] in _HOUR_PAST else -minutes), True, end
    if i < len(norms) and norms[i] in _DAY_PART_FIRSTS and (half := _DAY_PARTS.get(tuple(norms[i:]))) is not None:
        # "acht abends", "huit heures du soir", "ocho de la tarde", "eight in the evening": that half of the day
        if value < 13 * 60:
            half = _night_half(value) if half == NIGHT else half
            value, twelve = value % (_DAY // 2) + half, False
        elif half == 0:
            return None  # ("zwanzig Uhr morgens")
        marked, i = True, len(norms)
    return (value, twelve, marked) if i == len(norms) else None


_SAID_MINUTES_LEAST = 10  # "seven forty-five", "nine-thirty": minutes said after the hour, in tens ("seven five" none)


def _said_minutes(norms: list[str], spoken: list[bool], i: int) -> bool:
    """Whether ``norms[i]`` are minutes said in words right after an hour said in words, no clock word between
    ("seven forty-five", "nine-thirty", "las siete cuarenta y cinco", "nine oh five"): a time, as "7:45" writes it."""
    return (
        i > 0
        and spoken[i - 1]
        and spoken[i]
        and norms[i].isdigit()
        and (_SAID_MINUTES_LEAST <= int(norms[i]) < 60 or norms[i][0] == "0")  # ("nine oh five": "05")
        and norms[i - 1].isdigit()
        and 0 < int(norms[i - 1]) <= 12
    )


_NIGHT_EVENING = 6 * 60  # "six at night" and later are the evening's; "three at night" the small hours


def _night_half(value: int) -> int:
    """The minutes a day part of the night adds to an hour under twelve: none in the small hours, else half a day."""
    return _DAY // 2 if value % (_DAY // 2) >= _NIGHT_EVENING else 0


def _hour(norms: list[str], spoken: list[bool]) -> tuple[int, bool, bool, int] | None:
    """The hour ``norms`` open with, in minutes from midnight, whether it may be either half of the day, whether it is
    a time for sure, and how many words say it: "5:30pm", "17:30", "5am" (figures), "halb sechs", "half five" (a word
    before the hour), "noon", "cinco y media" (a half the normaliser joined), "five" (an hour, said or written)."""
    if not norms:
        return None  # (minutes with no word after them: "1/to", a fraction read as minutes, ends the text)
    first = norms[0]
    if first in _CLOCK_NAMES:
        return _CLOCK_NAMES[first], False, True, 1
    for n in range(min(_BEFORE_HOUR_LONGEST, len(norms) - 1), 0, -1):
        offset = _BEFORE_HOUR.get(tuple(norms[:n]))
        if offset is not None and norms[n].isdigit() and 1 <= int(norms[n]) <= 12:
            return int(norms[n]) * 60 + offset, True, True, n + 1  # "halb sechs" 5.30
    if half := _SAID_HALF.fullmatch(first):
        hours = int(half.group(1))
        return (hours * 60 + 30, hours <= 12, False, 1) if spoken[0] and hours <= 24 else None
    figure = _FIGURE_TIME.fullmatch(first)
    if figure is None or int(figure.group(1)) > 24:
        return None
    hours, minutes, suffix = int(figure.group(1)), int(figure.group(3) or 0), figure.group(4)
    if suffix:
        if hours > 12:
            return None
        return (hours % 12 + (12 if suffix == "pm" else 0)) * 60 + minutes, False, True, 1  # (12am midnight)
    twelve = spoken[0] and 1 <= hours <= 12  # (a figure is read as written: "5.30 Uhr" is no "17.30 Uhr")
    return hours * 60 + minutes, twelve, figure.group(2) == ":", 1  # ("7.30" alone may be a decimal)


def _minutes(norms: list[str], i: int) -> tuple[int | None, int]:
    """The minutes at ``norms[i]`` (a part of an hour, "quarter", "halb", "demie"; or a number under sixty, perhaps
    with its word for minutes) and where they end; None when no minutes stand there."""
    if i >= len(norms):
        return None, i
    if norms[i] in _CLOCK_PARTS:
        return _CLOCK_PARTS[norms[i]], i + 1
    if norms[i].isdigit() and 0 < int(norms[i]) < 60:
        with_word = i + 1 < len(norms) and norms[i + 1] in _MINUTE_WORDS
        return int(norms[i]), i + 2 if with_word else i + 1
    return None, i


# Syllables a separable verb takes inside its infinitive (German "zu": "einzulegen" is "einlegen" in another frame).
_VERB_INFIXES = tuple(sorted({infix for lex in LEXICONS.values() for infix in lex.verb_infixes}))
_INFIX_MIN_BEFORE = 2  # letters of the verb's prefix before the infix ("an-zu-fangen", "ein-zu-legen")
_INFIX_MIN_AFTER = 3  # letters of the verb after it


def _infixed_alike(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits is one word replaced by the same verb with or without the infix of its infinitive: a
    quoted fragment's verb fits the sentence the writer set it in ("Eben mal eine Pause einlegen", a headline, of
    "... eben mal eine Pause einzulegen")."""
    if len(run) != 1 or run[0].tag != "replace":
        return False
    op = run[0]
    if op.src_end - op.src_start != 1 or op.dest_end - op.dest_start != 1:
        return False
    a, b = claim[op.src_start].norm, source[lo + op.dest_start].norm
    short, long = sorted((a, b), key=len)
    return any(
        len(long) == len(short) + len(infix)
        and long[i : i + len(infix)] == infix
        and long[:i] + long[i + len(infix) :] == short
        for infix in _VERB_INFIXES
        for i in range(_INFIX_MIN_BEFORE, len(long) - len(infix) - _INFIX_MIN_AFTER + 1)
    )


def _same_letters(run: list, lo: int, claim: tuple[Word, ...], source: tuple[Word, ...]) -> bool:
    """Whether a run of edits joins to the same letters on both sides; at an end of the claim, the window
    may hold a source word past the quote's end there (the window is as many words long as the claim)."""
    said = "".join(w.norm for w in claim[run[0].src_start : run[-1].src_end])
    first, last = lo + run[0].dest_start, lo + run[-1].dest_end
    starts = range(first, last) if run[0].src_start == 0 else (first,)
    ends = range(last, first, -1) if run[-1].src_end == len(claim) else (last,)
    return bool(said) and any(said == "".join(w.norm for w in source[a:b]) for a in starts for b in ends if b > a)


@lru_cache(maxsize=_SOURCE_CACHE)
def _source_words(text: str) -> tuple[Word, ...]:
    return tuple(words(text))


def content_stems(found: list[Word]) -> set[str]:
    """The stems of the words that carry meaning (function words left out)."""
    return {stem(w.norm) for w in found if w.norm not in ANY_STOPWORDS}


@lru_cache(maxsize=_SOURCE_CACHE)
def _source_stems(text: str) -> set[str]:
    return content_stems(list(_source_words(text)))


def shares_meaning(claim: PreparedClaim, text: str) -> bool:
    """Whether ``text`` shares a content word with the claim other than a function word of the claim's language that
    English writes with a meaning ("Die Erzieherinnen hatten selbst Angst" shares only "Die" with "Die Kita hat alles
    richtig gemacht": no version of it, whose words the claim could add to)."""
    shared = claim.stems & _source_stems(text)
    return bool(shared - claim.function_stems)


def _borrowed_function_words(found: tuple[Word, ...]) -> frozenset[str]:
    """The words English writes with a meaning that are function words of the claim's language: the language (German
    for "die", "war") whose own stopwords the claim holds more of than of any other's."""
    if not any(w.norm in _BORROWED for w in found):
        return frozenset()  # most claims: settled by one look at their words
    leading = _language(found)
    return frozenset(w.norm for w in found if w.norm in _BORROWED and _BORROWED[w.norm] & leading)


def _language(found: Sequence[Word]) -> set[str]:
    """The language of some words (one code, or none when no language's own stopwords lead): the lexicon whose own
    stopwords they hold more of than of any other's."""
    counts = {code: sum(w.norm in own for w in found) for code, own in _OWN_STOPWORDS.items()}
    return {code for code, n in counts.items() if n and n > max(m for c, m in counts.items() if c != code)}


def holds_words(claim: PreparedClaim, text: str) -> bool:
    """Whether ``text`` holds every content word of the claim: needed for a word-for-word match, and far cheaper
    to ask first than an alignment (its stems are cached per text)."""
    return claim.stems <= _source_stems(text)


def _window_overlap(claim: PreparedClaim, source: tuple[Word, ...]) -> set[str]:
    """The most distinct claim content words found within one claim-sized stretch of the source.

    Measured in a window, not over the whole source, so that a long transcript
    turn does not "contain" a claim by sharing its words in scattered places.
    """
    width = max(_OVERLAP_WINDOW_MIN, _OVERLAP_WINDOW_FACTOR * len(claim.words))
    hits = [stem(w.norm) if w.norm not in ANY_STOPWORDS and stem(w.norm) in claim.stems else None for w in source]
    counts: dict[str, int] = {}
    best: set[str] = set()
    for i, hit in enumerate(hits):
        if hit:
            counts[hit] = counts.get(hit, 0) + 1
        gone = hits[i - width] if i >= width else None
        if gone:
            counts[gone] -= 1
            if not counts[gone]:
                del counts[gone]
        if len(counts) > len(best):
            best = set(counts)
    return best


def _echo(claim: PreparedClaim, source: tuple[Word, ...], text: str) -> float:
    """The largest share of one source clause's content words that the claim repeats.

    Only clauses of at least ``_ECHO_MIN_WORDS`` content words count, and at
    least two of them must be repeated: a short clause is echoed by chance.
    """
    best = 0.0
    clause: set[str] = set()
    for i, word in enumerate(source):
        if i and _CLAUSE_BREAK.search(text, source[i - 1].end, word.start):
            best = max(best, _clause_share(clause, claim.stems))
            clause = set()
        if word.norm not in ANY_STOPWORDS:
            clause.add(stem(word.norm))
    return max(best, _clause_share(clause, claim.stems))


def _clause_share(clause: set[str], claim_stems: frozenset[str]) -> float:
    shared = len(clause & claim_stems)
    return shared / len(clause) if len(clause) >= _ECHO_MIN_WORDS and shared >= 2 else 0.0


def shared_span(claim: PreparedClaim, statement: Statement) -> tuple[int, int]:
    """Character span of the statement's sentence that shares most content words with the claim."""
    start, end = closest_sentence(claim, statement.text)
    hits = [w for w in words(statement.text[start:end]) if w.norm not in ANY_STOPWORDS and stem(w.norm) in claim.stems]
    if not hits:
        return (0, 0)
    return start + hits[0].start, start + hits[-1].end


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) character spans of the sentences of ``text``."""
    spans = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        spans.append((start, end.start() + len(end.group().rstrip())))
        start = end.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# What may stand right before a clause's first word: a break, or a quote mark opening it.
_CLAUSE_OPENERS = ",;:.!?()—–-" + _OPENERS


def framed(claim: PreparedClaim, text: str, start: int) -> tuple[int, int, tuple[int, int]]:
    """How many of a claim's words stand in their places at the start and at the end of a stretch of ``text`` that
    opens a clause at ``start`` and closes at a clause's or its sentence's end, and that stretch (the one keeping
    most, the shortest on a tie): the frame a quote keeps when it changes the middle of what was said ("Wir haben
    die Kommunen frühzeitig informiert" keeps four words and one of "Wir haben die Kommunen nicht früh genug
    informiert, das bedauern wir."). The stretch begins with a negation that opens the clause right before ``start``
    ("No vamos a subir el IBI, ni a las familias ..." for "Vamos a subir el IBI solo a las grandes superficies"),
    which the claim leaves out. No words when ``start`` opens no clause."""
    opening = _clause_opening(text, start)
    if opening is None:
        return 0, 0, (start, start)
    sentence_end = next((b for a, b in sentences(text) if a <= start < b), len(text))
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(text, start, sentence_end)] + [sentence_end]
    plain = plain_compared(_norms(claim.words), _norms(words(text[start:sentence_end])))
    said = compared_run(_norms(claim.words), plain)
    best: tuple[int, int, tuple[int, int]] = (0, 0, (start, start))
    for end in ends:
        head, tail = _kept_frame(said, compared_run(_norms(words(text[start:end])), plain))
        if head + tail > sum(best[:2]):
            best = (head, tail, (opening, end))
    return best


# What sets a clause off inside a sentence: a stretch of the source a claim leaves out between two of them is a cut
_SET_OFF_MARKS = frozenset(",;:()–—")


def reworded_stems(found: Alignment) -> tuple[frozenset[str], bool]:
    """The content stems of the source words a claim replaces or leaves out inside a clause (a stretch left out that
    punctuation sets off on both sides, "whatever the council decides," is a cut, not rewording), and whether the
    claim puts words of its own anywhere (a word replaced or added): what tells a quote that rewords its source's
    clause from one that cuts or changes it."""
    diff = found.diff
    if found.exact or diff is None:
        return frozenset(), False
    window, text = diff.window, diff.source_text
    stems: set[str] = set()
    own = False
    for op in diff.opcodes:
        if op.tag == "equal":
            continue
        own = own or op.tag != "insert"  # (the claim's side: "insert" leaves the source's words out)
        if op.tag == "insert" and _set_off(window, op.dest_start, op.dest_end, text):
            continue
        stems |= content_stems(list(window[op.dest_start : op.dest_end]))
    return frozenset(stems), own


def _set_off(window: tuple[Word, ...], start: int, end: int, text: str) -> bool:
    """Whether punctuation sets the window's words ``start:end`` off from the words before and after them."""
    before = text[window[start - 1].end : window[start].start] if start > 0 else ","
    after = text[window[end - 1].end : window[end].start] if end < len(window) else ","
    return bool(_SET_OFF_MARKS.intersection(before)) and bool(_SET_OFF_MARKS.intersection(after))


def kept_in_order(claim: PreparedClaim, text: str, start: int) -> tuple[int, int] | None:
    """The stretch of the sentence of ``text`` from ``start`` on in which a quote of one sentence keeps its words in
    their order, all but ``CUT_MAX_CHANGED`` of them (and three in four) and at least ``CUT_MIN_KEPT``, leaving out
    no more words than it keeps ("The depot will close in March, and the drivers will notice" of "The depot will not
    close in March, whatever the board decides, and the drivers would notice if it did."): from its first kept word
    to its last, or to the word after that when the quote's last word is changed. None when it keeps fewer."""
    sentence = next(((a, b) for a, b in sentences(text) if a <= start < b), None)
    if sentence is None or len(sentences(claim.text)) > 1:
        return None
    stretch = words(text[start : sentence[1]])
    alphabet: dict[str, str] = {}
    plain = plain_compared(_norms(claim.words), _norms(stretch))
    claim_s, source_s = _encode(claim.words, alphabet, plain), _encode(stretch, alphabet, plain)
    kept = [op for op in Indel.opcodes(claim_s, source_s) if op.tag == "equal"]
    count = sum(op.src_end - op.src_start for op in kept)
    if not kept or count < CUT_MIN_KEPT or len(claim.words) - count > min(CUT_MAX_CHANGED, count // 3):
        return None
    first, last = kept[0].dest_start, kept[-1].dest_end
    if last - first - count > count:
        return None  # more left out than kept: a few words picked from a long sentence
    if kept[-1].src_end < len(claim_s) and last < len(stretch):
        last += 1  # the quote's last word changed: the word it stands for
    return start + stretch[first].start, start + stretch[last - 1].end


def _clause_opening(text: str, start: int) -> int | None:
    """Where the clause of a word at ``start`` opens: there, after a break or an opening quote mark; at a negation
    right before it that opens the clause ("No vamos"); None when ``start`` is inside a clause."""
    before = text[:start].rstrip()
    if not before or before[-1] in _CLAUSE_OPENERS:
        return start
    previous = _LAST_WORD.search(before)
    if previous is None or previous.group().lower() not in NEGATIONS:
        return None
    ahead = before[: previous.start()].rstrip()
    return previous.start() if not ahead or ahead[-1] in _CLAUSE_OPENERS else None


_LAST_WORD = re.compile(r"\w{1,30}$")


def _kept_frame(claim: list[str], stretch: list[str]) -> tuple[int, int]:
    """The words of a claim the stretch opens with, and those it ends with (never the same word twice); a negation of
    the stretch the claim leaves out between them ("Non, nous [n'] augmenterons [pas] nos prix") breaks no frame: it
    is the change the frame holds."""
    head, used = _kept_run(claim, stretch)
    tail, _ = _kept_run(claim[head:][::-1], stretch[used:][::-1])
    return head, tail


def _kept_run(claim: list[str], stretch: list[str]) -> tuple[int, int]:
    """How many words a claim keeps from a stretch's start, skipping the stretch's negations it leaves out, and how
    many of the stretch's words they take."""
    kept = taken = 0
    while kept < len(claim) and taken < len(stretch):
        if claim[kept] == stretch[taken]:
            kept += 1
        elif stretch[taken] not in CHANGED_NEGATIONS or not kept:
            break
        taken += 1
    return kept, taken


def closest_sentence(claim: PreparedClaim, text: str) -> tuple[int, int]:
    """The span of the sentence of ``text`` that shares most content words with the claim; on a tie, from the
    first such sentence to the last: which one the claim echoes is open, and what either says is not added."""
    best, best_shared = (0, len(text)), -1
    for start, end in sentences(text):
        shared = len(claim.stems & content_stems(words(text[start:end])))
        if shared > best_shared:
            best, best_shared = (start, end), shared
        elif shared == best_shared and shared > 0:
            best = (best[0], end)
    return best


def added_facts(claim: PreparedClaim, source_text: str, bound: bool = False) -> tuple[Change, ...]:
    """Names, numbers and negations of the claim that the source sentence it echoes most lacks.

    Each sentence of the claim is held to the source sentence it echoes most
    (a quote of two sentences may echo two: the second's "not" is no addition
    when the source's second sentence has it). A name is a run of name words
    ("Budapest Memorandum"); a negation counts as added only when the
    sentence has none. ``bound``: a negation the claim leaves out counts only when the claim keeps the word before
    it too (:func:`_dropped_negations`).
    """
    spans = sentences(claim.text)
    if len(spans) < 2:
        return _added_to_closest(claim, source_text, bound)
    found: dict[Change, None] = {}
    for start, end in spans:
        found.update(dict.fromkeys(_added_to_closest(prepare(claim.text[start:end]), source_text, bound)))
    return tuple(found)


def _added_to_closest(claim: PreparedClaim, source_text: str, bound: bool = False) -> tuple[Change, ...]:
    start, end = closest_sentence(claim, source_text)
    source = words(source_text[start:end])
    negated = any(w.norm in CHANGED_NEGATIONS for w in source)
    added = _added(claim, source, negated) + _dropped_negations(claim, source, source_text[start:end], bound)
    if negated and any(w.norm in CHANGED_NEGATIONS for w in claim.words):
        added += moved_negations(claim.text, source_text[start:end])
    return added


def moved_negations(claim: str, source: str) -> tuple[Change, ...]:
    """A negation that a claim and its source both hold, moved to another clause: a word the claim negates stands
    in the source only in a clause with no negation, and a word the source negates stands in the claim only in such
    a clause ("The price wasn't the problem this year, the fish were" of "The fish weren't the problem this year, the
    price was"; "Nicht die Busse sind das Problem, die Straßen sind es" of "Die Busse sind das Problem, nicht die
    Straßen"): the claim says the opposite of the source, though neither adds or drops a negation. The claim's
    negation is listed as added, the source's as left out. A negation one side keeps over fewer words is a negation
    left out or added too (:func:`_unbound`)."""
    said, heard = _negated_clauses(claim), _negated_clauses(source)
    moved = _moved(said, heard)
    if moved:
        added = next(negation for stems, negation, _, _ in said if negation and stems & moved)
        dropped = next(negation for stems, negation, _, _ in heard if negation and stems & moved)
    else:
        crossed = _crossed(said, heard)
        if crossed is None:
            return _unbound(said, heard, "delete") + _unbound(heard, said, "insert")
        added, dropped = crossed
    return (Change("insert", added.original, "", ("negation",)), Change("delete", "", dropped.original, ("negation",)))


# A clause: its content words' stems, its first negation, the stem of each word of meaning right after a negation with
# that negation, and its words
_Clause = tuple[frozenset[str], Word | None, dict[str, Word], frozenset[str]]


_UNBOUND_CLAUSES_MAX = 8  # clauses before the first negated one looked at: a sentence says its thing in fewer; a
# hostile text of thousands of clauses is then read in linear time


def _unbound(said: list[_Clause], heard: list[_Clause], op: str) -> tuple[Change, ...]:
    """The negation of ``heard`` right before a word (no word of meaning between: "ni électricité", "pas de pain",
    "keine Bibliothek", "no water") that ``said`` gives in a clause with no negation before its first negated one,
    with another word of the negated clause (its subject or verb): "Nous avons l'électricité, mais pas de
    bibliothèque" of "Nous n'avons ni électricité ni bibliothèque" keeps "pas" over the library and leaves "ni" out
    over the electricity, which it says they have. (A list's item after a negation may be in its reach, "pas de pain,
    de lait"; an item alone, "Brot und Milch gibt es nicht", says nothing of its own: neither is one.)"""
    first = next((i for i, (_, negation, _, _) in enumerate(said) if negation is not None), len(said))
    first = min(first, _UNBOUND_CLAUSES_MAX)
    negated = {s for stems, negation, _, _ in said if negation for s in stems}
    for _, negation, direct, norms in heard:
        if negation is None:
            continue
        for word, before in direct.items():
            if word not in negated and any(
                word in there and len(words_there & norms) > 1 for there, _, _, words_there in said[:first]
            ):
                text = elided_part(before)  # (the "n'" of "n'avons")
                return (Change(op, "", text, ("negation",)) if op == "delete" else Change(op, text, "", ("negation",)),)
    return ()


def _moved_negation_stems(claim: str, source: str) -> frozenset[str]:
    """The content words of a claim and its source whose clause is negated in one and not in the other, when a
    negation moved (:func:`moved_negations`)."""
    return _moved(_negated_clauses(claim), _negated_clauses(source))


def _moved(said: list[_Clause], heard: list[_Clause]) -> frozenset[str]:
    def stems(clauses: list[_Clause], negated: bool) -> set[str]:
        return {s for found, negation, _, _ in clauses if (negation is not None) == negated for s in found}

    into = (stems(said, True) - stems(heard, True)) & stems(heard, False)
    out_of = (stems(heard, True) - stems(said, True)) & stems(said, False)
    return frozenset(into | out_of) if into and out_of else frozenset()


def _crossed(said: list[_Clause], heard: list[_Clause]) -> tuple[Word, Word] | None:
    """The negation of a claim's clause whose counterpart in the source has none, and that of a source's clause whose
    counterpart in the claim has none: the negation moved from one clause to the other when no content word shows
    it, the verbs written in other forms or being function words ("The council asked us, it just did not tell us" of
    "The council did not ask us, it just told us"; "Sie hat angerufen, geschrieben hat sie nicht" of "Sie hat nicht
    angerufen, sie hat geschrieben"). A clause's counterpart is the clause of the other text that shares most of its
    words, negations apart, and at least ``_COUNTERPART_MIN_SHARED``, no other sharing as many."""
    added = next((c[1] for c in said if c[1] is not None and _counterpart_negated(c, heard) is False), None)
    if added is None:
        return None
    dropped = next((c[1] for c in heard if c[1] is not None and _counterpart_negated(c, said) is False), None)
    return None if dropped is None else (added, dropped)


_COUNTERPART_MIN_SHARED = 2  # one word ("us", "it") is shared by any two clauses of a sentence


def _counterpart_negated(clause: _Clause, others: list[_Clause]) -> bool | None:
    """Whether the clause of ``others`` answering ``clause`` (:func:`_crossed`) holds a negation; None when no one
    clause answers it."""
    own = clause[3] - CHANGED_NEGATIONS
    shared = sorted(((len(own & other[3]), i) for i, other in enumerate(others)), reverse=True)
    if not shared or shared[0][0] < _COUNTERPART_MIN_SHARED or len(shared) > 1 and shared[1][0] == shared[0][0]:
        return None
    return others[shared[0][1]][1] is not None


def _negated_clauses(text: str) -> list[_Clause]:
    """The clauses of a text (split as :func:`clause_parts` splits them), each as its content words' stems, the
    first negation it holds, if any, the stem of each word of meaning right after a negation, with the negation, and
    its words."""
    joined = _JOINED_CLAUSE[min(_language(words(text)), default="")]
    clauses = []
    for a, b in sentences(text):
        for piece in _CLAUSE_SPLIT.split(_BRACKETED.sub(" ", text[a:b])):
            for clause in joined.split(piece):
                found = words(clause)
                negation = next((w for w in found if w.norm in CHANGED_NEGATIONS), None)
                stems = content_stems([w for w in found if w.norm not in CHANGED_NEGATIONS])
                direct: dict[str, Word] = {}
                if negation is not None:
                    for i, word in enumerate(found):
                        if word.norm in CHANGED_NEGATIONS:
                            after = (w for w in found[i + 1 : i + 1 + _NEGATED_REACH] if w.norm not in ANY_STOPWORDS)
                            if (meant := next(after, None)) is not None and meant.norm not in CHANGED_NEGATIONS:
                                direct.setdefault(stem(meant.norm), word)
                clauses.append((frozenset(stems), negation, direct, frozenset(w.norm for w in found)))
    return clauses


def figures_off_record(claim: PreparedClaim, record: Iterable[str]) -> tuple[Change, ...]:
    """The numbers, amounts and dates of the claim that none of the texts of a speaker's ``record`` holds anywhere:
    what an unsupported claim states that nothing the speaker is on record saying echoes ("Jeder Fahrgast bekommt 100
    Euro Entschädigung" against a release that promises a refund of the fare). Names and negations are left out: with
    no version of the claim on record, a name is the claim's topic ("The families in Farmington deserve answers"),
    and a negation flips no sentence."""
    source = [w for text in record for w in words(text)]
    return tuple(c for c in _added(claim, source, True) if c.flags == ("number",) and not _one_in_words(c.claim))


def _one_in_words(text: str) -> bool:
    """Whether a text is "one" written out ("one", "eins", "une"): as often a pronoun or an article ("no one", "one of
    them", "one day") as a count, so no figure a claim states on its own."""
    return not any(ch.isdigit() for ch in text) and [w.norm for w in words(text)] == ["1"]


def _added(claim: PreparedClaim, source: list[Word], negated: bool) -> tuple[Change, ...]:
    """The names, numbers and (unless the source is ``negated``) negations of the claim that ``source`` lacks. A
    figure the source says in other words ("Hälfte" of "50 Prozent", "twice as many" of "doubled") is no number
    added (:func:`_figure_value`)."""
    norms = {w.norm for w in source}
    stems = {stem(w.norm) for w in source}
    plain = {unaccented(w.norm) for w in source}  # a name with or without its accents ("Jose Garcia") is one name
    # (a figure word the claim repeats, "the quarter's sales", is its own word, not another wording of its figure)
    figures = [LEXICONS[code] for code in _language(claim.words)] or list(LEXICONS.values())
    kept = {w.norm for w in claim.words}
    said = {
        figure[0]
        for i in range(len(source))
        if source[i].norm not in kept and (figure := _figure_value(source, i, figures))
    }
    restated = {
        j
        for i in range(len(claim.words))
        if (figure := _figure_value(claim.words, i, figures)) and figure[0] in said
        for j in range(i, i + figure[1])
    }
    found: dict[tuple[str, str], None] = {}
    run: list[Word] = []
    for i, word in enumerate((*claim.words, None)):
        new = word is not None and not (word.norm in norms or stem(word.norm) in stems or unaccented(word.norm) in plain)
        if word is not None and new and _is_name(word, claim.text):
            run.append(word)
            continue
        if run:
            found[(_original(run), "name")] = None
            run = []
        if word is None or word.norm in norms:
            continue
        if (
            is_number(word.norm)
            and word.norm not in ANY_STOPWORDS
            and i not in restated
            and not _first(word)
            and not _bare_month_abbreviation(claim.words, i)
        ):
            found[(word.original, "number")] = None
        elif word.norm in CHANGED_NEGATIONS and not negated:
            found[(word.original, "negation")] = None
    return tuple(Change("insert", text, "", (flag,)) for text, flag in found)


# How the normaliser writes an ordinal of one ("first", "1st", "1er")
_ORDINAL_ONE = "1th"


def _bare_month_abbreviation(found: Sequence[Word], i: int) -> bool:
    """Whether the word at ``i`` is a month's short English form with no figure right before or after it ("el mar de
    aquí"; not "3 Mar" nor "Mar 2026"): no date, no number a line adds. Each is a word of another language as often
    ("el mar", the sea; "Jan", a given name): structure62, blind set 65's "El mar de aquí es precioso y traicionero a
    la vez", an unsupported line, was an error for adding "mar"."""
    word = found[i]
    if word.norm not in MONTH_ABBREVIATIONS or not word.original.isalpha():
        return False
    near = found[max(0, i - 1) : i + 2]
    return not any(any(ch.isdigit() for ch in w.norm) for w in near if w is not word)


def _first(word: Word) -> bool:
    """Whether a word is the ordinal of one said in letters ("first"): an order or a time of day ("from first light",
    "at first", "first thing"), no figure a line adds to its source, as the other languages' "erste", "primera" and
    "premier" are words, not numbers (tune set 49: "The canoes will run from first light until dark", an unsupported
    line, was an error for adding "first"). "1st" written as a figure is a number."""
    return word.norm == _ORDINAL_ONE and word.original.isalpha()


def _figure_value(found: Sequence[Word], i: int, lexicons: list[Lexicon]) -> tuple[str, int] | None:
    """The share or multiple the figure at ``found[i]`` says, one value in every language, and how many words say it:
    a word of the ``lexicons``' ``figure_values`` ("Hälfte", "mitad", "doubled": "1/2", "x2"), a number of such shares
    ("drei Viertel", "two thirds", "trois quarts": "3/4", "2/3"), a percentage that is a share ("50 %", "33 %", "75 %":
    "1/2", "1/3", "3/4") or a number of times ("twice", "deux fois", "zweimal": "x2")."""
    norm = found[i].norm
    if word_value := next(filter(None, (_figure_word_value(norm, lex) for lex in lexicons)), None):
        return word_value, 1
    if "/" in norm and _FRACTION.fullmatch(norm):
        written = _share(Fraction(norm))  # "1/3", "2/3": a share written as a figure, one word
        return (written[0], 1) if written else None
    following = [w.norm for w in found[i + 1 : i + 2]]
    if following and (following[0] in _OUT_OF_FIRSTS or norm in _EVERY_WORDS) and (out_of := _out_of(found, i)):
        return out_of  # "one in three", "un sur trois", "uno de cada tres", "jede dritte"
    if following and norm in _ONE_WORDS:
        return _shares(1, following[0], lexicons)  # "a third", "un quart", "ein Drittel", "un tercio"
    if not following or not _DECIMAL.fullmatch(norm):
        return None  # ("²", "①" are digits to str.isdigit, and no number Fraction reads)
    if following[0] == "percent":
        share = Fraction(norm) / 100
        near = share.limit_denominator(_SHARE_DENOMINATOR_MAX)  # 33 % is a third, 75 % three quarters; 0.3 % none
        return _share(near) if abs(near - share) < _SHARE_SLACK else None
    if following[0] in _TIMES_WORDS:
        return f"x{norm}", 2
    return _shares(int(norm), following[0], lexicons) if norm.isdigit() else None


# The words between a count and the number it is out of, as the normaliser reads them, longest first ("out of
# every", "in"; "sur", "de cada", "von"), and the words of every lexicon before an ordinal ("jede dritte", "every
# third")
_OUT_OF_LINKS = sorted(
    {tuple(w.norm for w in words(link)) for lex in LEXICONS.values() for link in lex.out_of_links},
    key=lambda link: (-len(link), link),
)
_OUT_OF_FIRSTS = frozenset(link[0] for link in _OUT_OF_LINKS)
_EVERY_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.every_words)
_COUNTED_ONES = frozenset(w for lex in LEXICONS.values() for w in lex.counted_ones)  # "Einer von drei"


def _out_of(found: Sequence[Word], i: int) -> tuple[str, int] | None:
    """The share a count out of a number at ``found[i]`` says, and how many words say it: "one in three", "two out of
    five", "un sur trois", "uno de cada tres", "zwei von drei" (a count under the number, out of ten at most: "5 von 10
    Punkten" 1/2, "one in 300" none), "jede dritte", "every third" (1/3)."""
    norm = found[i].norm
    if norm in _EVERY_WORDS:
        ordinal = found[i + 1].norm
        return (f"1/{ordinal[:-2]}", 2) if _ORDINAL.fullmatch(ordinal) else None
    one = norm in _ONE_WORDS or norm in _COUNTED_ONES  # ("Einer von drei")
    count = 1 if one else int(norm) if norm.isdigit() and len(norm) <= 2 else None
    if count is None:
        return None
    for link in _OUT_OF_LINKS:
        end = i + 1 + len(link)
        if end < len(found) and tuple(w.norm for w in found[i + 1 : end]) == link and found[end].norm.isdigit():
            whole = int(found[end].norm)
            share = _share(Fraction(count, whole)) if 0 < count < whole <= _SHARE_DENOMINATOR_MAX else None
            return (share[0], end + 1 - i) if share else None
    return None


def _shares(count: int, word: str, lexicons: list[Lexicon]) -> tuple[str, int] | None:
    """A count of the share a figure word says ("drei Viertel" 3/4, "two thirds" 2/3; not "two halves", a whole), an
    ordinal after the count saying the share ("a third", "trois cinquièmes")."""
    one = next(filter(None, (_figure_word_value(word, lex) for lex in lexicons)), None)
    if one is None and _ORDINAL.fullmatch(word):
        one = f"1/{word[:-2]}"
    return _share(Fraction(count, int(one[2:]))) if one is not None and one[:2] == "1/" else None


def _share(value: Fraction) -> tuple[str, int] | None:
    """A share of a whole said in two words ("75 %", "drei Viertel"), as "3/4"; None for none or a whole or more."""
    return (f"{value.numerator}/{value.denominator}", 2) if 0 < value < 1 else None


def _figure_word_value(norm: str, lex: Lexicon) -> str | None:
    """The value of a word of one language's ``figure_values``: the word itself ("half", "quarters"), a whole word of
    its ``fractions`` or ``half_words`` ("Hälften", "halbe") or a word opening with one of its ``multiple_stems``
    ("doubled", "verdreifacht"), each with the value of the longest entry opening it. No other word that opens with
    an entry ("quarterly", "Halbinsel", "quartier") says a figure."""
    if norm in lex.figure_values:
        return lex.figure_values[norm]
    if norm in lex.fractions or norm in lex.half_words:
        prefixes: Iterable[str] = lex.figure_values
    else:
        prefixes = (s for s in lex.multiple_stems if norm.startswith(s))
    entry = max((p for p in prefixes if norm.startswith(p) and p in lex.figure_values), key=len, default=None)
    return None if entry is None else lex.figure_values[entry]


_ORDINAL = re.compile(r"(?:[2-9]|10)th", re.ASCII)  # an ordinal of a share a figure word says ("third" to "tenth")
_TIMES_WORDS = frozenset(lex.times_word for lex in LEXICONS.values() if lex.times_word)  # "2 times", "deux fois"
_DECIMAL = re.compile(r"\d+(?:\.\d+)?", re.ASCII)
_FRACTION = re.compile(r"\d{1,3}/[1-9]\d{0,2}", re.ASCII)  # a share written as a figure ("1/3"; "1/0" none)
# A percentage within one point of a share is that share: set by fa677c2's probes, "33 %" a third (a third of a point
# off), a writer's "half" of "49 %" or "51 %" (a point off).
_SHARE_SLACK = Fraction(1, 100)
# The smallest share a figure word of the lexicons says ("zehntel", a tenth): a percentage is no finer share of words.
_SHARE_DENOMINATOR_MAX = max(
    int(value[2:]) for lex in LEXICONS.values() for value in lex.figure_values.values() if value.startswith("1/")
)


_NEGATED_REACH = 3  # words after a negation looked at for the word it negates ("not yet fully funded")
# A negation that negates only with a partner of its language after it (French "ne": "ne quittera plus", "n'a pas",
# "ne viennent jamais"; "ne ... que" is "only"), and its partners: each lexicon's negations that list it.
_PARTNERED = {
    w: frozenset(n for lex in LEXICONS.values() if w in lex.negations for n in lex.negations) - {w}
    for w in CHANGED_NEGATIONS - NEGATIONS
}


_PARTNER_REACH = 8  # words after "ne" looked at for its partner ("ne recommandons pour le moment plus aucune")
# The words that make "ne" say "only" ("ne ... que"): its reach ends there ("Il ne reste que deux places de plus")
_RESTRICTIVE = frozenset(w for lex in LEXICONS.values() for w in lex.restrictive_words)


def _dropped_negations(claim: PreparedClaim, source: list[Word], text: str, bound: bool = False) -> tuple[Change, ...]:
    """A negation of the source sentence ``text`` that a claim with none leaves out, where the claim keeps the word
    it negates ("n'a pas fonctionné partout" -> "a fonctionné partout"): the claim says the opposite. ``bound``: and
    the word before the negation right before it ("I was drunk on stage" of "I was not drunk": a line no version of
    its source says its opposite only so; "Les riverains seront relogés" keeps no word of "n'abandonnera aucun
    riverain" but the noun "aucun" bears on)."""
    if any(w.norm in CHANGED_NEGATIONS for w in claim.words):
        return ()
    kept = {stem(w.norm) for w in claim.words if w.norm not in ANY_STOPWORDS}
    dropped = []
    for i, word in enumerate(source):
        if word.norm not in NEGATIONS:
            partners = _PARTNERED.get(word.norm)
            if not partners or not _partnered(source, i, partners, text):
                continue  # ("ne" with its partner: "La pièce ne quittera plus" of "La pièce quittera encore")
        after = [w for w in source[i + 1 : i + 1 + _NEGATED_REACH] if w.norm not in ANY_STOPWORDS]
        before = (source[i - 1] if i else None) if bound else None
        if bound and before is None:
            continue
        negated = source[i + 1 :]
        kept_negated = after and stem(after[0].norm) in kept
        if (kept_negated and _keeps_negated_phrase(claim.words, negated, after[0], before)) or (
            not bound and _swapped_at(claim.words, source, i)
        ):
            dropped.append(Change("delete", "", word.original, ("negation",)))
    return tuple(dropped)


_SWAP_MAX_WORDS = 3  # the words a claim says in place of a negation and the word it negates ("Be ny" of "Tsy misy")
_SWAP_KEPT_MIN = 2  # the source's words after them the claim keeps to its end, one of meaning at least


def _swapped_at(claim: tuple[Word, ...], source: list[Word], i: int) -> bool:
    """Whether the claim is the source sentence with its negation at ``i`` (and the word after it) swapped for a few
    other words, the words before and after them the same: "Be ny vola ho anay" of "Tsy misy vola ho anay" (there
    is much money for us; there is none), "Burada ekmek var artık" of "Burada ekmek yok artık" (blind set 56: a
    Malagasy "tsy misy" swapped for "be ny" went unflagged). A negative existential and a negated verb say their
    opposite so; the claim keeps the rest word for word, so it is the source changed in one place, not another
    sentence."""
    if [w.norm for w in claim[:i]] != [w.norm for w in source[:i]]:
        return False
    for negated in (1, 2):  # the negation alone, or with the word it negates
        tail = [w.norm for w in source[i + negated :]]
        gone = {w.norm for w in source[i + 1 : i + negated]}
        for swapped in range(1, _SWAP_MAX_WORDS + 1):
            said = [w.norm for w in claim[i + swapped :]]
            if len(said) < _SWAP_KEPT_MIN or said != tail[: len(said)] or all(w in ANY_STOPWORDS for w in said):
                continue
            if not gone & {w.norm for w in claim[i : i + swapped]}:
                return True
    return False
    tail = [w.norm for w in source[i + 2 :]]
    for swapped in range(1, _SWAP_MAX_WORDS + 1):
        said = [w.norm for w in claim[i + swapped :]]
        if len(said) >= _SWAP_KEPT_MIN and said == tail[: len(said)] and any(w not in ANY_STOPWORDS for w in said):
            return source[i + 1].norm not in {w.norm for w in claim[i : i + swapped]}
    return False


def _keeps_negated_phrase(
    claimed: tuple[Word, ...], negated: list[Word], kept: Word, before: Word | None = None
) -> bool:
    """Whether the claim says the word a negation bears on as the source says it after the negation: the function
    words between them ("not for the money", "no por el equipo") right before it in the claim too. "Votaremos a favor
    … no por el equipo de gobierno" negates a reason, not "El equipo de gobierno llega tarde"; "n'a pas fonctionné"
    and "a fonctionné", "not for the money" and "for the money" keep the phrase."""
    between = [w.norm for w in negated[: negated.index(kept)]]
    if before is not None:
        between = [before.norm, *between]  # (the word before the negation too: "was" of "was not drunk")
    target = stem(kept.norm)
    return any(
        stem(w.norm) == target and [c.norm for c in claimed[max(0, at - len(between)) : at]] == between
        for at, w in enumerate(claimed)
    )


def _partnered(source: list[Word], i: int, partners: frozenset[str], text: str) -> bool:
    """Whether the negation ``source[i]`` has a partner after it in its clause, within ``_PARTNER_REACH`` words and
    before a word that makes it say "only": "ne quittera plus", "ne recommandons pour le moment plus"; not "ne reste
    que deux places de plus", nor a partner after a comma."""
    for previous, word in itertools.pairwise(source[i : i + 1 + _PARTNER_REACH]):
        if word.norm in _RESTRICTIVE or _CLAUSE_SPLIT.search(text[previous.end : word.start]):
            return False
        if word.norm in partners:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Part:
    """A stretch of a claim a speaker would have said in one go: between gaps, or one sentence."""

    text: str
    norms: tuple[str, ...]
    short: bool = False  # fewer than ``_PART_MIN_WORDS`` words: found anywhere, so looked for after the part before


def has_cut(text: str) -> bool:
    """Whether a text marks a writer's cut ("...", "…", "[...]", "(...)")."""
    return _GAP.search(text) is not None


def claim_parts(text: str, *, short: bool = False) -> list[Part]:
    """The parts of a claim to locate one by one: its "..." segments, else its sentences.

    Parts too short to locate on their own are left out (``short``: kept, marked short); fewer than two parts: none.
    """
    pieces = _GAP.split(text)
    if len(pieces) < 2:
        pieces = [text[a:b] for a, b in sentences(text)]
    parts = []
    for piece in pieces:
        kept = _BRACKETED.sub(" ", piece).strip(" ,;:-")
        norms = tuple(w.norm for w in words(kept) if w.norm != LINK)
        if len(norms) >= _PART_MIN_WORDS or short and norms:
            parts.append(Part(kept, norms, len(norms) < _PART_MIN_WORDS))
    return parts if len(parts) >= 2 else []


def clause_parts(text: str) -> list[Part]:
    """The clauses of a claim's sentences, to locate one by one ("The fund needs 100 billion, and we will not
    sign ..." may join two answers with no mark): split at commas, semicolons and dashes, a joining word that opens
    a clause ("and", "mais", "pero") left out. Parts too short to locate are left out; fewer than two: none."""
    parts = []
    joined = _JOINED_CLAUSE[min(_language(words(text)), default="")]  # (the text's language's, else every one's)
    pieces = [
        clause
        for a, b in sentences(text)
        for p in _CLAUSE_SPLIT.split(_BRACKETED.sub(" ", text[a:b]))
        for clause in joined.split(p)
    ]
    for piece in pieces:
        found = [w for w in words(piece) if w.norm != LINK]
        if found and found[0].norm in _CLAUSE_CONJUNCTIONS:
            found = found[1:]
        if len(found) >= _PART_MIN_WORDS:
            parts.append(Part(piece[found[0].start : found[-1].end], tuple(w.norm for w in found)))
    return parts if len(parts) >= 2 else []


_CLAUSE_SPLIT = re.compile(r"(?<!\d),|,(?!\d)|;|\s[—–-]\s")  # a comma inside a figure ("4,2", "1,500") splits nothing
_CLAUSE_CONJUNCTIONS = frozenset(w for lex in LEXICONS.values() for w in lex.clause_conjunctions)
# A joining word opens a clause with no comma before it as often as it joins two words: "I grabbed my laptop and my
# brother and we ran down six flights", "Trabajaba hasta las diez de la noche y nunca cerró un domingo" (Spanish drops
# the subject) may each join two answers. Split at every one: a piece of fewer than ``_PART_MIN_WORDS`` words ("my
# brother") is left out, and a piece that no statement holds word for word leaves the claim whole.
# A text's own language's joining words only: another's are words of its own ("e", "o", "so", "donc" in English).


def _joined_clause(conjunctions: Iterable[str]) -> re.Pattern[str]:
    # (longest first, then alphabetical: the same pattern in every process, whatever the order of a set)
    alternatives = "|".join(sorted(map(re.escape, conjunctions), key=lambda w: (-len(w), w)))
    return re.compile(r"\s(?=(?:{})\s)".format(alternatives), re.IGNORECASE)


_JOINED_CLAUSE = {
    code: _joined_clause(lex.clause_conjunctions - lex.adverb_conjunctions) for code, lex in LEXICONS.items()
} | {"": _joined_clause(_CLAUSE_CONJUNCTIONS - {w for lex in LEXICONS.values() for w in lex.adverb_conjunctions})}


def find_part(norms: tuple[str, ...], text: str, after: int) -> tuple[int, int] | None:
    """The character span of ``norms`` as a run of words in ``text``, starting at or after ``after``."""
    source = [w for w in _source_words(text) if w.start >= after]
    plain = plain_compared(norms, _norms(source))
    found = _find_run(compared_run(_norms(source), plain), tuple(compared_run(norms, plain)), 0)
    if found < 0:
        return None
    return source[found].start, source[found + len(norms) - 1].end


def compared_run(norms: Iterable[str], plain: bool) -> list[str]:
    """Words as the aligner compares them: ``plain``, without their accents (:func:`plain_compared`), but for the
    words an accent tells apart from another (lexicon ``accent_words``: "él", "sí", "où"). Every lexicon's
    ``clock_words`` compare as one word after a number: the unit of a time of day in every language's writing ("17
    h", "17 heures", "17 horas", "17 Uhr"), one put for another no change of what was said; elsewhere they are words
    like others ("die Uhr tickt", "les heures de pointe")."""
    run: list[str] = []
    after_number = False
    for norm in norms:
        plain_word = plain and norm not in _ACCENT_WORDS  # ("él" stays "él" against "el")
        run.append("h" if after_number and norm in _CLOCK_UNITS else unaccented(norm) if plain_word else norm)
        after_number = norm[:1].isdigit()
    return run


@lru_cache(maxsize=65536)
def unaccented(norm: str) -> str:
    """A word in plain letters: accents left out ("dia", "hopital"), German umlauts in their plain spelling ("ue" of
    "ü": "wurden" is another word than "würden", "Bruecke" the same as "Brücke")."""
    if norm.isascii():
        return norm
    spelled = unicodedata.normalize("NFC", norm).translate(_UMLAUTS)
    return "".join(c for c in unicodedata.normalize("NFD", spelled) if not unicodedata.combining(c))


def plain_compared(*sides: Iterable[str]) -> bool:
    """Whether two texts' words compare without their accents: when one of them writes none at all, typed in haste or
    a transcript in plain letters ("Es un dia historico" holds "Es un día histórico"), where an accent the writer puts
    back changes no word. When both write accents, one left out or put in is a change ("Sí" of "Si el alcalde
    firmará", "firmó" of "firmo")."""
    return any(all(unaccented(norm) == norm for norm in side) for side in sides)


def _norms(found: Iterable[Word]) -> Iterable[str]:
    return (w.norm for w in found)


_CLOCK_UNITS = frozenset(w for lex in LEXICONS.values() for w in lex.clock_words)
_ACCENT_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.accent_words)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _encode(found: tuple[Word, ...] | list[Word], alphabet: dict[str, str], plain: bool) -> str:
    # One character per distinct word (from plane 1 on, clear of surrogates), so that
    # rapidfuzz's character algorithms run over words.
    return "".join(alphabet.setdefault(w, chr(0x10000 + len(alphabet))) for w in compared_run(_norms(found), plain))


def _window(claim_s: str, source_s: str) -> tuple[int, int]:
    """The stretch of the source the claim stands for.

    The partial alignment finds a claim-sized stretch; a claim with words
    added or left out stands for a slightly shorter or longer one, so each
    edge is moved by up to ``_EDGE_SLACK`` words to the stretch fewest word
    edits away. Aligning against a loose
    window instead would let the diff pair a changed word with a word
    beyond the quote's end.
    """
    if len(claim_s) >= len(source_s):
        return 0, len(source_s)
    best = fuzz.partial_ratio_alignment(claim_s, source_s)
    if best is None:
        return 0, len(source_s)
    if best.score == 100:
        return best.dest_start, best.dest_end  # the claim's words, as they are
    if best.score < _REFINE_MIN_SCORE:  # no diff of so poor a match is shown: a loose window does
        return max(0, best.dest_start - _EDGE_SLACK), min(len(source_s), best.dest_end + _EDGE_SLACK)
    # A stretch shorter than the claim ("Die Geduld ist am Ende" found as "... ist am Ende" of "Die Geduld der Landwirte
    # ist am Ende") may leave the claim's first or last words outside: each edge may move as far again.
    # A stretch found at the source's edge may be a part of the claim's length ("We will pass it before" of "We will
    # pass it before the end of February, whatever ..."): the far edge may reach the claim's length and the slack.
    slack = _EDGE_SLACK + min(_EDGE_SLACK, max(0, len(claim_s) - (best.dest_end - best.dest_start)))
    first = min(best.dest_start - slack, best.dest_end - len(claim_s) - _EDGE_SLACK)
    last = max(best.dest_end + slack, best.dest_start + len(claim_s) + _EDGE_SLACK)
    starts = [*range(max(0, first), min(best.dest_end, best.dest_start + _EDGE_SLACK) + 1)]
    ends = [*range(max(best.dest_start + 1, best.dest_end - _EDGE_SLACK), min(len(source_s), last) + 1)]
    # A quote that leaves out more words than the slack ("We are going off air at Christmas, and the town will notice"
    # of "We are not going off air at Christmas, whatever they decide, and the town would notice if we did") still
    # ends on its last words and opens on its first: a source word that is one of them, within the claim's length
    # beyond the slack, is an edge too, or the word after (before) it, the quote's last (first) word changed.
    reach, far = len(claim_s), min(len(source_s), best.dest_end + len(claim_s))
    opening, closing = set(claim_s[:_EDGE_SLACK]), set(claim_s[-_EDGE_SLACK:])
    anchored = [i for i in range(max(0, best.dest_start - reach), max(0, first)) if source_s[i] in opening]
    starts += {s for i in anchored for s in (i - 1, i) if s >= 0}
    anchored = [i for i in range(min(len(source_s), last), far) if source_s[i] in closing]
    ends += {e for i in anchored for e in (i + 1, i + 2) if e <= len(source_s)}
    windows = ((lo, hi) for lo in starts for hi in ends if hi > lo)
    lo, hi = max(
        windows,
        key=lambda w: (
            Levenshtein.normalized_similarity(claim_s, source_s[w[0] : w[1]]),
            -abs(w[1] - w[0] - len(claim_s)),  # a replaced word: the same length, not one word fewer
        ),
    )
    return _on_edge_words(claim_s, source_s, lo, hi)


def _on_edge_words(claim_s: str, source_s: str, lo: int, hi: int) -> tuple[int, int]:
    """The window moved to end on the quote's last word (start on its first) a few words on, when that keeps more of
    the quote's words: "Die Dächer der Turnhallen sind sicher" of "... sind nicht mehr sicher." left out "nicht
    mehr", it did not turn "nicht" into "sicher"."""
    if source_s[hi - 1] != claim_s[-1]:
        end = next((j + 1 for j in range(hi, min(len(source_s), hi + _EDGE_SLACK)) if source_s[j] == claim_s[-1]), hi)
        if _words_kept(claim_s, source_s[lo:end]) > _words_kept(claim_s, source_s[lo:hi]):
            hi = end
    if source_s[lo] != claim_s[0]:
        start = next((j for j in range(lo - 1, max(-1, lo - 1 - _EDGE_SLACK), -1) if source_s[j] == claim_s[0]), lo)
        if _words_kept(claim_s, source_s[start:hi]) > _words_kept(claim_s, source_s[lo:hi]):
            lo = start
    return lo, hi


def _words_kept(claim_s: str, stretch: str) -> int:
    """How many of the claim's words a stretch holds in their order."""
    return (len(claim_s) + len(stretch) - Indel.distance(claim_s, stretch)) // 2


def _richer_window(
    claim: PreparedClaim, claim_s: str, source_s: str, text: str, window: tuple[int, int]
) -> tuple[int, int]:
    """The stretch a quote of one clause stands for, when another clause of the source holds more of its content words
    than the stretch spelt closest and lines up with it better: "J'ai eu peur de chavirer" of "Je n'ai jamais eu peur
    de chavirer, mais j'ai eu peur de casser." is the first clause with its negation left out (scores 86), not the
    second with a word replaced (83). The stretch is looked for from each clause's start, as many words as the
    claim's and ``_EDGE_SLACK`` more."""
    source = _source_words(text)
    held = _held(claim, source[window[0] : window[1]])
    if not (claim.stems - held) & _source_stems(text):
        return window  # the stretch holds every content word of the claim the source holds anywhere
    best, best_score = window, _similarity(claim_s, source_s, window)
    for start in _clause_starts(source, text):
        if window[0] <= start < window[1]:
            continue
        end = min(len(source), start + len(claim_s) + _EDGE_SLACK)
        if len(_held(claim, source[start:end])) <= len(held):
            continue
        lo, hi = _window(claim_s, source_s[start:end])
        found = (start + lo, start + hi)
        if len(_held(claim, source[found[0] : found[1]])) <= len(held):
            # (the stretch found in the clause may be the first one cut short: "La préfecture nous a promis une"
            # of "... une solution pour les enfants", which scores higher for leaving out the words the claim
            # replaced, "déviation en 10 jours")
            continue
        score = _similarity(claim_s, source_s, found)
        if score > best_score:
            best, best_score = found, score
    return best


def _held(claim: PreparedClaim, stretch: tuple[Word, ...]) -> set[str]:
    """The claim's content stems a stretch of source words holds."""
    return {s for w in stretch if w.norm not in ANY_STOPWORDS and (s := stem(w.norm)) in claim.stems}


def _clause_starts(source: tuple[Word, ...], text: str) -> list[int]:
    """The indices of the source words that open a clause (the first, and each after a clause break)."""
    return [0] + [i for i in range(1, len(source)) if _CLAUSE_BREAK.search(text, source[i - 1].end, source[i].start)]


def _similarity(claim_s: str, source_s: str, window: tuple[int, int]) -> float:
    """The score (as :func:`align` counts it, before its excuses) of the claim against a window of the source."""
    opcodes = _opcodes(claim_s, source_s, *window)
    if not opcodes:
        return 0.0
    equal = sum(op.src_end - op.src_start for op in opcodes if op.tag == "equal")
    width = opcodes[-1].dest_end - opcodes[0].dest_start
    return 200.0 * equal / (len(claim_s) + max(1, width))


def _segment_places(segments: tuple[tuple[str, ...], ...], source: list[str], plain: bool) -> list[int]:
    """Where each of a claim's segments stands in the source, in order (empty when one does not)."""
    places, position = [], 0
    source = compared_run(source, plain)
    for segment in segments:
        found = _find_run(source, tuple(compared_run(segment, plain)), position)
        if found < 0:
            return []
        places.append(found)
        position = found + len(segment)
    return places


def _gap_hides_negation(claim: PreparedClaim, places: list[int], source: tuple[Word, ...], text: str) -> bool:
    """Whether a writer's gap between two of a claim's segments leaves out a negation right beside one of them."""
    for segment, start, after in zip(claim.segments, places, places[1:], strict=False):
        end = start + len(segment)
        if after > end:
            hidden = Opcode("insert", 0, 0, end, after)
            if _negation_cut(hidden, 0, source, text)[0] is not None:
                return True
    return False


def _find_run(source: list[str], run: tuple[str, ...], start: int) -> int:
    first = run[0]
    for i in range(start, len(source) - len(run) + 1):
        if source[i] == first and tuple(source[i : i + len(run)]) == run:
            return i
    return -1


def _changes(claim: PreparedClaim, source_text: str, source: tuple[Word, ...], opcodes: tuple) -> list[Change]:
    out = []
    parts: list[tuple[Sequence[Word], Sequence[Word]]] = []  # (each change's words, the claim's and the source's)
    told: dict[int, set[str]] = {}  # (the claim's and the source's languages, each read once and only if asked)
    for op in opcodes:
        if op.tag == "equal":
            continue
        claim_part = claim.words[op.src_start : op.src_end]
        source_part = source[op.dest_start : op.dest_end]
        # From the claim's side: "insert" = words only the claim has, "delete" = words it left out.
        kind = {"replace": "replace", "delete": "insert", "insert": "delete"}[op.tag]
        negated = (
            _bare_negation(claim.words, op.src_start, op.src_end)
            or _bare_negation(source, op.dest_start, op.dest_end)
            or len(claim_part) == len(source_part) == 1
            and (
                _verb_negated(claim_part[0], claim.text, source_part[0], source_text)
                or _indefinite_turned(claim_part[0], claim.text, source_part[0], source_text)
            )
            or _respelt_in(claim_part, claim.words)
            or _respelt_in(source_part, source)
            or _affixed_within(claim_part, claim.text, source_part, source_text)
            or not source_part
            and _clause_negation(claim_part, claim.text)
            or not claim_part
            and _clause_negation(source_part, source_text)
            or not source_part
            and _world_negation(claim_part, claim.text)
            or not claim_part
            and _world_negation(source_part, source_text)
            or not source_part
            and _variety_negation(claim.words, op.src_start, op.src_end, told, claim.text)
            or not claim_part
            and _variety_negation(source, op.dest_start, op.dest_end, told, source_text)
        )
        names = [w for w in claim_part if _is_name(w, claim.text)] + [
            w for w in source_part if _is_name(w, source_text)
        ]
        if (
            kind == "replace"
            and not names
            and not negated
            and _capitalised(claim_part)
            and _capitalised(source_part)
            and not _noun(claim_part[0], claim.text)
            and not any(is_number(w.norm) for w in claim_part)
            and not _negated(source_part)
            and not _negated(claim_part)
        ):
            names = list(claim_part)  # "Trump" -> "Cruz" at a sentence start: a name swapped for a name (a German
            # noun after its article, "Ein Drittel" -> "Ein Viertel", a month, "June" -> "May", and a negation
            # turned into its affirmative, "Napa dilo" -> "Ena dilo", Mauritian "there is not" -> "there is", or a
            # word into its own negative form, "Qaujimanngitunga" -> "Qaujimajunga", are none)
        flags = _flags([*claim_part, *source_part], names, negated)
        if kind == "insert" and _day_part_fits(op, 0, claim.words, source) is False:
            flags = (*flags, "number")  # "huit heures du soir" of "8 heures": the day part says another time
        out.append(Change(kind, _original(claim_part), _original(source_part), flags))
        parts.append((claim_part, source_part))
    if len(out) > 1 and not any("negation" in c.flags for c in out):
        out = _verb_negated_across(out, parts, claim.text, source_text)
    if out and not any("negation" in c.flags for c in out) and _negated(claim.words) and _negated(source):
        # Words swapped between a negated clause and another ("The rent wasn't the worry, the heating was" of "The
        # heating wasn't the worry, the rent was"): what is negated changed, a negation change.
        moved = _moved_negation_stems(claim.text, source_text[source[0].start : source[-1].end])
        out = [
            replace(c, flags=(*c.flags, "negation"))
            if c.op == "replace" and content_stems(words(f"{c.claim} {c.source}")) & moved
            else c
            for c in out
        ]
        if moved and not any("negation" in c.flags for c in out):
            # The negation moved over a word both clauses repeat ("Los mastines no bastaron, bastaron los cierres" of
            # "Los mastines bastaron, no bastaron los cierres"): the alignment keeps the "no" and moves the verb, so
            # no change holds a negation, but what is negated changed all the same.
            out = [replace(c, flags=(*c.flags, "negation")) for c in out]
    return out


def _negated(found: Sequence[Word]) -> bool:
    return any(w.norm in CHANGED_NEGATIONS for w in found)


def _bare_negation(found: Sequence[Word], start: int, end: int) -> bool:
    """Whether a word of ``found[start:end]`` is a bare negation of its words' language (see ``Lexicon.bare_negations``:
    "point" of "Les prix sont point bons") after a word that makes it no noun: no article, determiner, preposition,
    possessive nor pronoun before it ("au point", "un point de vue", "ce point")."""
    bare = [i for i in range(start, end) if found[i].norm in _BARE_NEGATIONS]
    if not bare:
        return False  # (most changes: the language is never asked)
    for code in _language(found):
        lex = LEXICONS[code]
        nouns = (lex.articles, lex.determiners, lex.prepositions, lex.possessives, lex.pronouns)
        if any(found[i].norm in lex.bare_negations and i and not _in_any(found[i - 1].norm, nouns) for i in bare):
            return True
    return False


# The most words on either side of a change whose words are paired for a verb negated by an affix ("Ma nefhemch" of
# "Nefhem": the particle and the verb against the verb)
_PAIRED_WORDS_MAX = 2


def _affixed_within(claim_part: Sequence[Word], claim_text: str, source_part: Sequence[Word], source_text: str) -> bool:
    """Whether a change of two words on one side or both holds a verb and the same verb negated by an affix on the
    other (:func:`_verb_negated`): the Maghreb's "Ma nefhemch" quoted as "Nefhem" aligns the particle and the verb
    with the verb alone."""
    if not claim_part or not source_part or len(claim_part) == len(source_part) == 1:
        return False
    if len(claim_part) > _PAIRED_WORDS_MAX or len(source_part) > _PAIRED_WORDS_MAX:
        return False
    return any(_verb_negated(s, claim_text, w, source_text) for s in claim_part for w in source_part)


# Negations of a quoted language that are another word of one of the four languages (lexicon ``clause_negations``,
# and the regional negations the normaliser weighs over a whole text), by the languages they are another word of;
# the least other words of their clause, the words of their clause's languages that tell one of those languages (the
# stopwords and the regional varieties' function words), and the marks that close a clause
_CLAUSE_NEGATIONS = {
    word: frozenset(others.split())
    for lex in LEXICONS.values()
    for word, others in itertools.chain(
        ((w, o) for w, (_, o) in lex.regional_negations.items()), lex.clause_negations.items()
    )
}
_CLAUSE_WORDS_MIN = 3
_CLAUSE_TELLING = {lex.code: lex.stopwords | lex.regional_stopwords for lex in LEXICONS.values()}
_CLAUSE_MARKS = re.compile(r"[,.;:!?()«»“”\"]")
_CLAUSE_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _clause_negation(part: Sequence[Word], text: str) -> bool:
    """Whether a word a quote leaves out of its source, or adds, is a quoted language's negation that is another word
    of one of the four languages, in lower case in a clause of at least ``_CLAUSE_WORDS_MIN`` other words none of
    which tells one of those languages: Tzotsil "mu" in "Li nichimetike, mu jna' bu ta jchon" (Andalusian "mu" of
    "muy" stands among Spanish words), Lebanese "ma" in "El yom ma fi semak, la mer est trop forte" (French "ma"
    stands among French words: the normaliser, weighing the whole text, keeps it). Blind set 59, tune set 49: both
    left out unflagged. The change itself shows the word: the quote and its source agree on every word around it."""
    if len(part) > _PAIRED_WORDS_MAX:
        return False
    for word in part:
        # (as written: French "du" is read as "de le", Wolof "du" is not)
        others = _CLAUSE_NEGATIONS.get(word.original)
        if others is None:
            continue
        before = [m.end() for m in _CLAUSE_MARKS.finditer(text, max(0, word.start - _CLAUSE_CHARS), word.start)]
        start = before[-1] if before else max(0, word.start - _CLAUSE_CHARS)
        after = _CLAUSE_MARKS.search(text, word.end, word.end + _CLAUSE_CHARS)
        end = after.start() if after else min(len(text), word.end + _CLAUSE_CHARS)
        around = [w.lower() for w in _CLAUSE_WORD.findall(text[start : word.start] + " " + text[word.end : end])]
        if len(around) < _CLAUSE_WORDS_MIN:
            continue
        if not any(w in _CLAUSE_TELLING[code] for code in others for w in around):
            return True
    return False


_CLAUSE_CHARS = 120  # the most characters of a clause read on either side of the word

# (round 57) Negations of the world's languages no page lexicon holds (``lexicon.world``), but those a lexicon reads
# already; a clause is of a page language when more than ``_PAGE_CLAUSE_SHARE`` of its other words are that
# language's function words (English, German, French and Spanish prose holds some 40-50%; Khasi "Ha Nongriat ym don ki
# nongwan" holds one Spanish "ha" in five, Kikongo "Mu me zaba ve kisika ya kuteka" two in six)
# (a word's closing glottal mark is no part of it as the words are read: Yucatec "ma'" is "ma", Q'eqchi' "ink'a'" is
# "ink'a")
_WORLD_NEGATIONS = frozenset(w.rstrip("'’ʼ") for w in WORLD_NEGATIONS) - CHANGED_NEGATIONS - _CLAUSE_NEGATIONS.keys()
_PAGE_CLAUSE_SHARE = 1 / 3


_MARKS_MAX = 3  # combining marks read after a word's last letter (a tone mark, a nasal's, a stress mark)


def _marks_after(text: str, end: int) -> str:
    """(round 61) The combining marks ``text`` writes right after a word ending at ``end``, which the words are read
    without: the tone mark of Hokkien's syllabic nasal "m̄" (m and U+0304), no precomposed letter holding it."""
    found = ""
    while end < len(text) and len(found) < _MARKS_MAX and unicodedata.combining(text[end]):
        found += text[end]
        end += 1
    return found


_LINKED_NEGATION_WORDS = 2  # a negation and its linker, read as one entry of the world table ("saan a")


def _world_negation(part: Sequence[Word], text: str) -> bool:
    """Whether a word a quote leaves out of its source alone, or adds alone, is a negation of a language no page
    lexicon holds (``lexicon.world``: Khasi "ym", Navajo "doo", Tének "ibaj", Shipibo "yama", Nauruan "eko"), in a
    clause of at least ``_CLAUSE_WORDS_MIN`` other words that is written in none of the page languages: blind set 60
    and tune set 50 left nine such words out unflagged, each in another language than the last set's. Names (a
    capitalised word) tell no language; the word itself is read in lower case, or capitalised opening its sentence
    ("Nem tudom"). A negation with its linker, two words the table holds as one, counts as alone (Ilocano "saan a":
    tune set 56)."""
    if len(part) == _LINKED_NEGATION_WORDS:
        # (a negation with the linker its language joins it to the predicate with, one entry of the table: Ilocano
        # "saan a"; round 63)
        if " ".join(w.original.lower() for w in part) not in _WORLD_NEGATIONS:
            return False
    elif len(part) != 1:
        return False
    word = part[0]
    # (a tone mark the words are read without, written after the letter: Hokkien "m̄", Hakka "m̀"; round 61)
    written = word.original.lower() + _marks_after(text, word.end)
    if len(part) == 1 and written not in _WORLD_NEGATIONS and word.norm not in _WORLD_NEGATIONS:
        return False
    if word.original[:1].isupper() and (
        not _SENTENCE_START.search(text[max(0, word.start - _NAME_LOOKBACK) : word.start])
        or word.norm in _lexicon_words()
    ):
        return False  # (a name: "Ina", "Eko"; a listed word opening its sentence, a first name)
    before = [m.end() for m in _CLAUSE_MARKS.finditer(text, max(0, word.start - _CLAUSE_CHARS), word.start)]
    start = before[-1] if before else max(0, word.start - _CLAUSE_CHARS)
    last = part[-1].end
    after = _CLAUSE_MARKS.search(text, last, last + _CLAUSE_CHARS)
    end = after.start() if after else min(len(text), last + _CLAUSE_CHARS)
    found = _CLAUSE_WORD.findall(text[start : word.start]) + _CLAUSE_WORD.findall(text, last, end)
    # (a capitalised word past the clause's first is a name: "Naja … ka Los Naranjos")
    around = [w.lower() for i, w in enumerate(found) if not (i and w[:1].isupper())]
    if len(around) < _CLAUSE_WORDS_MIN:
        return False
    return not any(
        sum(w in telling for w in around) > _PAGE_CLAUSE_SHARE * len(around) for telling in _CLAUSE_TELLING.values()
    )


# (round 60) Negation particles of the page languages' own varieties that are another word (lexicon
# ``variety_negations``), by the languages whose varieties say them, and the words before one that make it a noun
_VARIETY_NEGATIONS = {
    word: frozenset(lex.code for lex in LEXICONS.values() if word in lex.variety_negations)
    for other in LEXICONS.values()
    for word in other.variety_negations
}
_ELISION_MARKS = frozenset("'’")  # an apostrophe closing a word: the letters its dialect's form leaves out
_BEFORE_A_NOUN = {
    lex.code: frozenset((*lex.articles, *lex.determiners, *lex.prepositions, *lex.possessives))
    for lex in LEXICONS.values()
}


def _variety_negation(found: Sequence[Word], start: int, end: int, told: dict[int, set[str]], text: str) -> bool:
    """Whether the one word ``found[start:end]``, which a quote leaves out of its source or adds, is a negation particle
    of a variety of the page's language (``Lexicon.variety_negations``): in lower case, between two words of the text,
    none of the words that make it a noun before it, in a text of that language or of none its stopwords tell.
    Walloon "Dj'ai point vu on gamin …" and Franc-Comtois "Dz'ai ran vu d'pareil …" quoted without them (blind set
    62), Turks Islander "Dat light een going nowhere" (blind set 63) and Kokoy "Dat hill eh move" (tune set 53): no
    flag, since the normaliser reads no such word (each is a word of the standard language, or its language's
    stopwords do not lead in so short a dialect clause). ``told`` keeps each text's language, read once a text (linear
    on a hostile page of many such words left out). A form written with the apostrophe of its elision is read with it
    (``text``, where the words were read: North Devon "Ee dawn' knaw" is "don't", "dawn" alone the morning; blind set
    66)."""
    if end - start != 1 or start == 0 or end >= len(found):
        return False
    word = found[start]
    elided = text[word.end : word.end + 1] in _ELISION_MARKS
    languages = _VARIETY_NEGATIONS.get(word.original.lower() + ("'" if elided else ""))
    if languages is None or not word.original[:1].islower():
        return False
    # (the word before as written too: "un" is read "1"; a word of the variety's own language, English "a" is no
    # article of French "On a ran trouvé")
    before = {found[start - 1].norm, found[start - 1].original.lower()}
    if any(before & _BEFORE_A_NOUN[code] for code in languages):
        return False
    if id(found) not in told:
        told[id(found)] = _language(found)
    language = told[id(found)]
    return not language or bool(language & languages)


# How the Bantu languages an article quotes negate a verb (lexicons ``negative_prefixes``, ``negative_particles``):
# the affirmative verb's final vowel and the negative's, the least letters a verb keeps besides its prefix, and the
# characters and words before a verb read for its particle ("ga re batle": the subject between)
_NEGATIVE_PREFIXES = frozenset(p for lex in LEXICONS.values() for p in lex.negative_prefixes)
_NEGATIVE_PARTICLES = frozenset(p for lex in LEXICONS.values() for p in lex.negative_particles)
_AFFIRMATIVE_VOWEL = "a"
_NEGATIVE_VOWELS = frozenset("ei")
_VERB_STEM_MIN = 4
_PARTICLE_CHARS = 24
_PARTICLE_WORDS = 2
_OPENING_MARKS = "\"'“”„«»‘’(¡¿"
_EVERY_STOPWORD = frozenset(w for lex in LEXICONS.values() for w in lex.stopwords)


def _verb_negated(said: Word, claim_text: str, written: Word, source_text: str) -> bool:
    """Whether one word of a one-word change is the other's verb negated by an affix: a prefix glued on ("Hatuna" of
    "Tuna", Swahili; "Asifuni" of "Sifuna", Zulu, its final vowel turned; "nevzdám" of "vzdám", Czech; "mindu" of
    "du", Dzongkha), a negative prefix for the affirmative's vowel ("kandi" of "ondi", Oshiwambo), its final vowel
    turned with a negative particle before it ("ga re batle" of "re batla", Setswana), an infix
    (:func:`_infixed`) or a suffix (:func:`_suffixed`). Blind set 55: a dropped Setswana "ga" went unflagged; tune set
    49 and blind set 59: Czech "ne-", Kichwa "mana … -chu", Mapudungun "-la-", Dzongkha "min-"."""
    for negative, text, affirmative in ((said, claim_text, written), (written, source_text, said)):
        neg, aff = negative.norm, affirmative.norm
        for prefix in _NEGATIVE_PREFIXES:
            if neg.startswith(prefix) and len(neg) - len(prefix) >= _AFFIXED_STEM_MIN:
                rest = neg[len(prefix) :]
                if len(rest) >= _VERB_STEM_MIN and (_vowel_turned(rest, aff) or _tense_dropped(rest, aff)):
                    return True
                if len(prefix) > 1 and (rest == aff and _glued_on(neg, rest) or _prefix_turned(neg, rest, aff)):
                    return True
        if _vowel_turned(neg, aff) and _particle_before(negative, text) or _infixed(neg, aff):
            return True
        if _suffixed(negative, text, aff):
            return True
    return False


# A negated word of a short stem: the least letters the stem keeps besides its prefix, and the least letters of the
# whole negated word (Dzongkha "mindu" of "du", Czech "nevím" of "vím"; "neat" of "at", "mile" of "le" are none)
_AFFIXED_STEM_MIN = 2
_AFFIXED_MIN = 5


def _glued_on(neg: str, rest: str) -> bool:
    """Whether a word whose prefix is a negative one is long enough to be a verb negated so: a stem of
    ``_VERB_STEM_MIN`` letters, or of fewer with the whole word ``_AFFIXED_MIN`` letters and no function word ("sino"
    of "no" is a Spanish conjunction)."""
    return len(rest) >= _VERB_STEM_MIN or len(neg) >= _AFFIXED_MIN and neg not in _EVERY_STOPWORD


def _prefix_turned(neg: str, rest: str, aff: str) -> bool:
    """Whether a verb is another's with its subject's vowel prefix turned into a negative prefix: Oshiwambo "kandi" of
    "ondi" (I am not / I am), "katu" of "otu" (blind set 59's "Kandi shi" quoted as "Ondi shi" was flagged a name).
    Neither may be a word a lexicon lists (a first name: "Kandy" of "Andy" is none)."""
    return (
        len(rest) >= _TURNED_STEM_MIN
        and aff[1:] == rest
        and aff[:1] in _VOWELS
        and neg not in _EVERY_STOPWORD
        and aff not in _EVERY_STOPWORD
        and neg not in _lexicon_words()
        and aff not in _lexicon_words()
    )


_TURNED_STEM_MIN = 2  # the letters a verb keeps besides the prefix turned ("ndi" of "ondi", "tu" of "otu")


def _suffixed(negative: Word, text: str, aff: str) -> bool:
    """Whether a verb is another's with a negative suffix closing it (lexicon ``negative_suffixes``) where the other
    closes on another short ending or none, after the stem they share: Nepali "khuldaina" of "khulcha", Kichwa
    "mana manchanichu" of "manchanimi" (tune set 49), the Maghreb's "ma nefhemch" of "nefhem", Maltese "ma nafx" of
    "naf". A suffix of fewer than ``_VERB_STEM_MIN`` letters closes a circumfix and counts only with its particle
    among the two words before the verb (Quechua "-chu" alone asks a question: "Manchankichu?")."""
    neg = negative.norm
    stem = len(os.path.commonprefix((neg, aff)))
    if stem < _SUFFIXED_STEM_MIN or neg in _EVERY_STOPWORD:
        return False
    rest, other = neg[stem:], aff[stem:]
    if len(other) > _ENDING_MAX + 1 or not rest:
        return False
    closing = [s for s in _NEGATIVE_SUFFIXES if rest.startswith(s) and len(rest) - len(s) <= _ENDING_MAX]
    return any(
        suffix not in other
        and (len(suffix) >= _VERB_STEM_MIN and stem >= _VERB_STEM_MIN or _particle_before(negative, text))
        for suffix in closing
    )


# A suffixed verb's least stem ("naf" of Maltese "nafx"), and the most letters of a person's ending after the suffix
# or closing the affirmative instead ("-m" of Quechua "puñunim", "-mi", "-cha" of Nepali "khulcha")
_SUFFIXED_STEM_MIN = 3
_ENDING_MAX = 2


# The positive pairs of the negative pronouns and adverbs (lexicon ``positive_indefinites``), and the letter the
# Indo-European languages' negative pronouns open with (*ne: "nothing", "nichts", "nüt", "nada", "niente", "nic")
_POSITIVE_INDEFINITES = frozenset(w for lex in LEXICONS.values() for w in lex.positive_indefinites)
_NEGATIVE_OPENING = "n"


def _indefinite_turned(said: Word, claim_text: str, written: Word, source_text: str) -> bool:
    """Whether one word of a one-word change is a positive indefinite ("something", "etwas", "ebbis", "algo",
    "toujours") and the other a word of no lexicon in lower case opening with the negative n-: a dialect's "nothing",
    "never" or "nobody" no list holds, turned into its positive pair or from it (Hunsrik "nicks" quoted as "ebbes",
    Krio "natin" as "sometin"). A pair word before a capitalised noun is a determiner ("etwas Brot" of "nasses Brot":
    an adjective swapped), no pronoun turned."""
    for pair, text, other in ((said, claim_text, written), (written, source_text, said)):
        if pair.norm not in _POSITIVE_INDEFINITES or not other.original.startswith(_NEGATIVE_OPENING):
            continue
        if not other.norm.isalpha() or other.norm in _EVERY_STOPWORD or other.norm in _lexicon_words():
            continue
        following = text[pair.end : pair.end + 2].lstrip()[:1]
        if not following.isupper():
            return True
    return False


# The negative infixes of the Inuit languages and of Mapudungun (lexicon ``negative_infixes``), and the negative
# suffixes of the languages that close a negated verb (lexicon ``negative_suffixes``)
_NEGATIVE_INFIXES = tuple(sorted({i for lex in LEXICONS.values() for i in lex.negative_infixes}))
_NEGATIVE_SUFFIXES = tuple(sorted({s for lex in LEXICONS.values() for s in lex.negative_suffixes}))


def _infixed(negative: str, affirmative: str) -> bool:
    """Whether a word is another's with a negative infix put in after the stem of at least ``_VERB_STEM_MIN`` letters
    they share: "qaujimanngitunga" of "qaujimajunga" (Inuktitut, I do not know / I know), "takunngilara" of
    "takuvara" (Greenlandic); blind set 58's "Ilisimanngitunga" quoted as "Ilisimajunga" was flagged a name. A stem
    of ``_SUFFIXED_STEM_MIN`` letters counts when both words close on a person's short ending after it (Mapudungun
    "kimlan" of "kimün", I do not know / I know: blind set 59; "perla" of "perro" closes on none)."""
    stem = len(os.path.commonprefix((negative, affirmative)))
    if stem < _SUFFIXED_STEM_MIN or any(i in affirmative for i in _NEGATIVE_INFIXES):
        return False
    rest = negative[stem:]
    if stem >= _VERB_STEM_MIN:
        return rest.startswith(_NEGATIVE_INFIXES)
    return (
        0 < len(affirmative) - stem <= _ENDING_MAX
        and negative not in _EVERY_STOPWORD
        and affirmative not in _EVERY_STOPWORD
        and any(rest.startswith(i) and 0 < len(rest) - len(i) <= _ENDING_MAX for i in _NEGATIVE_INFIXES)
    )


def _verb_negated_across(
    out: list[Change], parts: list[tuple[Sequence[Word], Sequence[Word]]], claim_text: str, source_text: str
) -> list[Change]:
    """The changes with those flagged a negation that hold a verb the other side holds negated in another change
    (:func:`_verb_negated`): Sesotho "Ha re tsebe" quoted as "Re a tseba" aligns "tsebe" with the affirmative's "a"
    and puts "tseba" in apart (blind set 58, Semonkong), Sepedi "Ga re nyake" as "Re a nyaka"."""
    said = [(i, w) for i, (claim_part, _) in enumerate(parts) for w in claim_part]
    written = [(i, w) for i, (_, source_part) in enumerate(parts) for w in source_part]
    turned = {
        i
        for (i, s), (j, w) in itertools.product(said, written)
        if i != j and _verb_negated(s, claim_text, w, source_text)
        for i in (i, j)
    }
    return [replace(c, flags=(*c.flags, "negation")) if i in turned else c for i, c in enumerate(out)]


def _vowel_turned(negative: str, affirmative: str) -> bool:
    """Whether a verb is another's with its final vowel turned negative ("batle" of "batla"), no function word."""
    return (
        len(affirmative) >= _VERB_STEM_MIN
        and negative[:-1] == affirmative[:-1]
        and negative[-1:] in _NEGATIVE_VOWELS
        and affirmative[-1:] == _AFFIRMATIVE_VOWEL
        and negative not in _EVERY_STOPWORD
        and affirmative not in _EVERY_STOPWORD
    )


# The letters of a tense marker a Bantu verb's affirmative holds and its negative drops (Shona "-no-", Swahili
# "-na-"), and the least letters of the affirmative verb read so
_TENSE_MARKER_MAX = 2
_TENSE_VERB_MIN = 7


def _tense_dropped(negative: str, affirmative: str) -> bool:
    """Whether a verb, once its negative prefix is taken off, is another's with its final vowel turned negative and
    the affirmative's tense marker after the subject left out: tune set 50's Shona "Handizive" (I do not know, "ha-
    ndi-ziv-e") of "Ndinoziva" (I know, "ndi-no-ziv-a"), flagged a name; Swahili "hatutaki" of "tunataka". The two
    keep the same subject prefix (their first two letters) and stem."""
    if len(affirmative) < _TENSE_VERB_MIN or negative[:2] != affirmative[:2]:
        return False
    if negative[-1:] not in _NEGATIVE_VOWELS or affirmative[-1:] != _AFFIRMATIVE_VOWEL:
        return False
    neg, aff = negative[:-1], affirmative[:-1]
    drop = len(aff) - len(neg)
    if not 1 <= drop <= _TENSE_MARKER_MAX:
        return False
    return any(aff[:i] + aff[i + drop :] == neg for i in range(2, len(neg) - 1))


def _particle_before(verb: Word, text: str) -> bool:
    """Whether a negative particle stands among the two words before a verb, in its clause ("Ga re batle")."""
    before = text[max(0, verb.start - _PARTICLE_CHARS) : verb.start]
    clause = before[max(before.rfind(mark) for mark in ",.;:!?") + 1 :]
    return any(w.strip(_OPENING_MARKS).lower() in _NEGATIVE_PARTICLES for w in clause.split()[-_PARTICLE_WORDS:])


# What a language writes on a negation's letters that its listed spelling lacks: glottal marks and apostrophes
# ("a'ole" of "aole"), open vowels ("nɔ" of "no"); and the lexicon fields that list negations (a respelling of one of
# their words is a negation, of any other field's word none)
_GLOTTAL_MARKS = str.maketrans("", "", "'ʻʼ’`")
_OPEN_VOWELS = str.maketrans("ɔɛəɪʊ", "oeeiu")
_VOWELS = frozenset("aeiouy")
_NEGATION_FIELDS = frozenset(
    {"negations", "regional_negations", "final_negations", "negative_phrases", "bare_negations", "clause_negations"}
)
# The listed negations a respelling may stand for, and the languages each is another word of ("pa": Spanish "pa'",
# English "pa"); every word a lexicon weighs as a negation itself, read as its list says
_NEGATION_SPELLINGS: dict[str, frozenset[str]] = {w: frozenset() for w in NEGATIONS} | {
    w: frozenset(others.split()) for lex in LEXICONS.values() for w, (_, others) in lex.regional_negations.items()
}
_WEIGHED = _NEGATION_SPELLINGS.keys() | {w for lex in LEXICONS.values() for w in lex.final_negations}


def _respelt_in(part: Sequence[Word], found: Sequence[Word]) -> bool:
    """Whether a changed part holds a listed negation spelt another way (:func:`_respelt_negation`), in words of no
    language it is another word of ("pâ" of "pa" in a French quote; "kenn", I know, of "ken" in a German one is
    none)."""
    for word in part:
        others = _respelt_negation(word.norm)
        if others is not None and not (others and _language(found) <= others and _language(found)):
            return True
    return False


@lru_cache(maxsize=4096)
def _respelt_negation(norm: str) -> frozenset[str] | None:
    """Whether a word no list holds is a listed negation spelt another way: its accents, glottal marks and
    apostrophes left out, an open vowel written plain, a doubled letter single, an "h" after its last vowel left out
    ("mâfi" of "mafi", "pâ" of "pa", "nahîn" of "nahin", "nɔ" of "no", "nööd" of "nöd", "noh" of "no"). Blind set
    57's Savoyard "pâ", tune set 47's Belizean "noh" and Chadian "mâfi" went unflagged: the next page writes another
    negation another way, and a reader knows it by its letters. A word the lexicons list as another word is none
    ("né", born, of "ne"), and so is a word a list weighs itself ("keen", "nah"). The languages the negation is
    another word of, or None."""
    if norm in CHANGED_NEGATIONS or norm in _WEIGHED or norm in _EVERY_STOPWORD or not norm.replace("'", "").isalpha():
        return None
    forms = {norm.translate(_GLOTTAL_MARKS).translate(_OPEN_VOWELS)}
    forms |= {"".join(letter for letter, _ in itertools.groupby(form)) for form in forms}  # (a doubled letter)
    forms |= {unaccented(form) for form in forms}
    forms |= {form[:-1] for form in forms if form[-1:] == "h" and form[-2:-1] in _VOWELS}
    # (a closing "i" the list writes "y", as Malagasy does: Shindzuani "tsi" of Malagasy "tsy"; not the other way,
    # where "day" and "key" would read as Bikol "dai" and Swiss "kei")
    forms |= {form[:-1] + "y" for form in forms if form[-1:] == "i" and len(form) > 2}
    forms.discard(norm)
    found = next((_NEGATION_SPELLINGS[form] for form in sorted(forms) if form in _NEGATION_SPELLINGS), None)
    return None if found is None or norm in _lexicon_words() else found


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every word any lexicon lists in a class other than its negations' (read once, when a respelling is first
    weighed)."""
    found: set[str] = set()
    for lex in LEXICONS.values():
        for name in (f.name for f in fields(lex) if f.name not in _NEGATION_FIELDS):
            value = getattr(lex, name)
            if isinstance(value, str):
                continue
            items = value.keys() if hasattr(value, "keys") else value if isinstance(value, (frozenset, tuple)) else ()
            found.update(item for item in items if isinstance(item, str))
    return frozenset(found)


def _in_any(word: str, vocabularies: Iterable[Collection[str]]) -> bool:
    return any(word in vocabulary for vocabulary in vocabularies)


_BARE_NEGATIONS = frozenset(w for lex in LEXICONS.values() for w in lex.bare_negations)


def _original(part: tuple[Word, ...] | list[Word]) -> str:
    seen: list[str] = []
    for i, word in enumerate(part):
        whole = any(other is not word and other.start == word.start for other in part[max(0, i - 1) : i + 2])
        # a contraction yields two words of one original: both shown as written, one alone as its part ("n'")
        shown = word.original if whole else elided_part(word)
        if not seen or seen[-1] != shown:
            seen.append(shown)
    return " ".join(seen)


def _flags(changed: list[Word], names: list[Word], negated: bool = False) -> tuple[str, ...]:
    flags = []
    if negated or any(w.norm in CHANGED_NEGATIONS for w in changed):
        flags.append("negation")
    if any(is_number(w.norm) for w in changed):
        flags.append("number")
    if names:
        flags.append("name")
    return tuple(flags)


# What may stand before the first word of a sentence, whose capital says nothing about a name.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(\[—-])\W*$")
_NAME_LOOKBACK = 4  # characters before a word searched for a sentence end


def _is_name(word: Word, text: str) -> bool:
    """A proper name: an acronym (NATO, GOP) or a capitalised word that does not start a sentence, nor follows an
    article of a language that capitalises every noun ("die Sanierung", "im neuen Ausschuss": nouns)."""
    original = word.original
    if len(original) > 1 and original.isupper() and original.isalpha():
        return True
    if not original[:1].isupper() or word.norm in ANY_STOPWORDS or word.norm == "i" or is_number(word.norm):
        return False  # (a month or weekday, "June", is a date: a number change, not a name)
    if _SENTENCE_START.search(text[max(0, word.start - _NAME_LOOKBACK) : word.start]):
        return False
    return not _noun(word, text)


def _noun(word: Word, text: str) -> bool:
    """Whether a capitalised word is a noun of a language that capitalises nouns: it follows an article, or it is a
    time of day or a day's word of such a language (lexicon ``time_words``: "noch heute Abend", "gestern Nachmittag"),
    written capitalised as every noun, no name."""
    return word.norm in _CAPITALISED_TIME_WORDS or noun_at(text, word.start)


# The time words of every lexicon that capitalises its nouns ("Abend", "Nachmittag"): capitalised, no name
_CAPITALISED_TIME_WORDS = frozenset(w for lex in LEXICONS.values() if lex.capitalised_nouns for w in lex.time_words)


def noun_at(text: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` of ``text`` follows an article, a preposition joined to one or a
    possessive of a language that capitalises nouns ("des Eigentümervereins", "im neuen Ausschuss"): a noun."""
    return _NOUN_BEFORE.search(text[max(0, start - _NOUN_LOOKBACK) : start]) is not None


# An article, a preposition joined to one or a possessive, then at most two lower-case words ("die neue"), right
# before a word: in German (each lexicon that capitalises nouns lists its ``noun_markers``) the word is a noun.
_NOUN_MARKERS = sorted(
    {w for lex in LEXICONS.values() if lex.capitalised_nouns for w in lex.noun_markers}, key=lambda w: (-len(w), w)
)
_NOUN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:" + "|".join(_NOUN_MARKERS) + rf")\s+(?:[^\W\d_{CAPITALS}]{{1,20}}\s+){{0,2}}$"
)
_NOUN_LOOKBACK = 60  # characters before a word searched for its article


def _capitalised(part: tuple[Word, ...] | list[Word]) -> bool:
    return bool(part) and all(w.original[:1].isupper() and w.norm not in ANY_STOPWORDS for w in part)


def _missing(claim: tuple[Word, ...], source_stems: set[str]) -> tuple[str, ...]:
    """The claim's phrases whose content words the statement lacks (function words between kept)."""
    phrases: list[list[Word]] = []
    current: list[Word] = []
    for word in claim:
        absent = word.norm not in ANY_STOPWORDS and stem(word.norm) not in source_stems
        if absent or current and word.norm in ANY_STOPWORDS:  # function words inside a missing phrase stay
            current.append(word)
        elif current:
            phrases.append(current)
            current = []
    if current:
        phrases.append(current)
    out = []
    for phrase in phrases:
        while phrase and phrase[-1].norm in ANY_STOPWORDS:
            phrase.pop()
        if phrase:
            out.append(_original(phrase))
    return tuple(out)
