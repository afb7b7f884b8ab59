"""Alignment of a claim against one statement, word by word.

A quote is usually a fragment of a longer statement, so the claim is aligned
to the best-matching span of the statement (rapidfuzz's partial alignment,
run over words rather than characters: each distinct word becomes one
character), then diffed word by word (rapidfuzz's Levenshtein opcodes).
``...`` gaps and ``[bracketed]`` insertions split the claim into segments
that must appear in order. The result is measurements only; the judge
decides what they mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .models import Change, Statement
from .normalize import NEGATIONS, STOPWORDS, Word, content_stems, is_number, stem, words

# "..." or "…" marks words the writer left out; "[...]" words the writer put in.
_GAP = re.compile(r"\.\s?\.\s?\.|…")
_BRACKETED = re.compile(r"\[[^\]]{0,200}\]")
_EDGE_SLACK = 3  # words of the statement read beyond the partial alignment on each side
_OVERLAP_WINDOW_FACTOR = 2  # content overlap is counted within a stretch this many times the claim's length
_OVERLAP_WINDOW_MIN = 20  # ...and at least this many words


@dataclass(frozen=True, slots=True)
class PreparedClaim:
    """A claim's words, split into the segments between gaps and insertions."""

    text: str
    words: tuple[Word, ...]
    segments: tuple[tuple[str, ...], ...]
    stems: frozenset[str]


@dataclass(frozen=True, slots=True)
class Alignment:
    """How one claim lines up with one statement.

    ``score`` is the word-level similarity (0-100) of the claim to the span it
    aligns with; ``exact`` says every segment of the claim stands in the
    statement word for word, in order; ``overlap`` is the share of the claim's
    content words found anywhere in the statement; ``missing`` lists the
    claim's phrases with no counterpart in it.
    """

    statement: Statement
    score: float
    exact: bool
    overlap: float
    span: tuple[int, int]
    changes: tuple[Change, ...]
    missing: tuple[str, ...]


def prepare(text: str) -> PreparedClaim:
    """Split a claim at its gaps and bracketed insertions and normalise its words."""
    pieces = [p for part in _GAP.split(text) for p in _BRACKETED.split(part)]
    segments = tuple(tuple(w.norm for w in words(p)) for p in pieces)
    kept = _BRACKETED.sub(" ", _GAP.sub(" ", text))
    claim_words = tuple(words(kept))
    return PreparedClaim(kept, claim_words, tuple(s for s in segments if s), frozenset(content_stems(list(claim_words))))


def align(claim: PreparedClaim, statement: Statement) -> Alignment:
    """Align a prepared claim with one statement."""
    source = words(statement.text)
    if not claim.words or not source:
        return Alignment(statement, 0.0, False, 0.0, (0, 0), (), ())
    exact = _segments_in_order(claim.segments, [w.norm for w in source])
    alphabet: dict[str, str] = {}
    claim_s = _encode(claim.words, alphabet)
    source_s = _encode(source, alphabet)
    lo, hi = _window(claim_s, source_s)
    opcodes = [op for op in Levenshtein.opcodes(claim_s, source_s[lo:hi])]
    while opcodes and opcodes[0].tag == "insert":
        opcodes.pop(0)
    while opcodes and opcodes[-1].tag == "insert":
        opcodes.pop()
    equal = sum(op.src_end - op.src_start for op in opcodes if op.tag == "equal")
    span_lo = lo + (opcodes[0].dest_start if opcodes else 0)
    span_hi = lo + (opcodes[-1].dest_end if opcodes else 0)
    score = 200.0 * equal / (len(claim.words) + max(1, span_hi - span_lo))
    changes = () if exact else tuple(_changes(claim.words, source[lo:hi], opcodes))
    span = (source[span_lo].start, source[span_hi - 1].end) if span_hi > span_lo else (0, 0)
    source_stems = content_stems(source)
    overlap = _window_overlap(claim, source) / len(claim.stems) if claim.stems else (1.0 if exact else 0.0)
    return Alignment(statement, round(score, 1), exact, overlap, span, changes, _missing(claim.words, source_stems))


def _window_overlap(claim: PreparedClaim, source: list[Word]) -> int:
    """Most distinct claim content words found within one claim-sized stretch of the source.

    Measured in a window, not over the whole source, so that a long transcript
    turn does not "contain" a claim by sharing its words in scattered places.
    """
    width = max(_OVERLAP_WINDOW_MIN, _OVERLAP_WINDOW_FACTOR * len(claim.words))
    hits = [stem(w.norm) if w.norm not in STOPWORDS and stem(w.norm) in claim.stems else None for w in source]
    counts: dict[str, int] = {}
    best = 0
    for i, hit in enumerate(hits):
        if hit:
            counts[hit] = counts.get(hit, 0) + 1
        if i >= width and hits[i - width]:
            gone = hits[i - width]
            counts[gone] -= 1
            if not counts[gone]:
                del counts[gone]
        best = max(best, len(counts))
    return best


def shared_span(claim: PreparedClaim, statement: Statement) -> tuple[int, int]:
    """Character span of the statement from its first to its last word shared with the claim."""
    hits = [w for w in words(statement.text) if w.norm not in STOPWORDS and stem(w.norm) in claim.stems]
    if not hits:
        return (0, 0)
    return hits[0].start, hits[-1].end


def _encode(found: tuple[Word, ...] | list[Word], alphabet: dict[str, str]) -> str:
    # One character per distinct word (from plane 1 on, clear of surrogates), so that
    # rapidfuzz's character algorithms run over words.
    return "".join(alphabet.setdefault(w.norm, chr(0x10000 + len(alphabet))) for w in found)


def _window(claim_s: str, source_s: str) -> tuple[int, int]:
    if len(claim_s) >= len(source_s):
        return 0, len(source_s)
    best = fuzz.partial_ratio_alignment(claim_s, source_s)
    if best is None:
        return 0, len(source_s)
    return max(0, best.dest_start - _EDGE_SLACK), min(len(source_s), best.dest_end + _EDGE_SLACK)


def _segments_in_order(segments: tuple[tuple[str, ...], ...], source: list[str]) -> bool:
    position = 0
    for segment in segments:
        found = _find_run(source, segment, position)
        if found < 0:
            return False
        position = found + len(segment)
    return bool(segments)


def _find_run(source: list[str], run: tuple[str, ...], start: int) -> int:
    first = run[0]
    for i in range(start, len(source) - len(run) + 1):
        if source[i] == first and tuple(source[i : i + len(run)]) == run:
            return i
    return -1


def _changes(claim: tuple[Word, ...], source: list[Word], opcodes: list) -> list[Change]:
    out = []
    for op in opcodes:
        if op.tag == "equal":
            continue
        claim_part = claim[op.src_start : op.src_end]
        source_part = source[op.dest_start : op.dest_end]
        # From the claim's side: "insert" = words only the claim has, "delete" = words it left out.
        kind = {"replace": "replace", "delete": "insert", "insert": "delete"}[op.tag]
        out.append(
            Change(
                op=kind,
                claim=_original(claim_part),
                source=_original(source_part),
                flags=_flags(claim_part, source_part, claim, source),
            )
        )
    return out


def _original(part: tuple[Word, ...] | list[Word]) -> str:
    seen: list[str] = []
    for word in part:
        if not seen or seen[-1] != word.original:  # a contraction yields two words of one original
            seen.append(word.original)
    return " ".join(seen)


def _flags(claim_part, source_part, claim_all, source_all) -> tuple[str, ...]:
    flags = []
    norms = [w.norm for w in (*claim_part, *source_part)]
    if any(n in NEGATIONS for n in norms):
        flags.append("negation")
    if any(is_number(n) for n in norms):
        flags.append("number")
    if any(_is_name(w, claim_all) for w in claim_part) or any(_is_name(w, source_all) for w in source_part):
        flags.append("name")
    return tuple(flags)


def _is_name(word: Word, context) -> bool:
    """A capitalised word that is not the first of its text, nor "I": a proper name."""
    if not word.original[:1].isupper() or word.original == "I":
        return False
    return bool(context) and word.start != context[0].start or word.original.isupper() and len(word.original) > 1


def _missing(claim: tuple[Word, ...], source_stems: set[str]) -> tuple[str, ...]:
    """The claim's phrases whose content words the statement lacks (function words between kept)."""
    phrases: list[list[Word]] = []
    current: list[Word] = []
    for word in claim:
        absent = word.norm not in STOPWORDS and stem(word.norm) not in source_stems
        if absent:
            current.append(word)
        elif current and word.norm in STOPWORDS:
            current.append(word)
        elif current:
            phrases.append(current)
            current = []
    if current:
        phrases.append(current)
    out = []
    for phrase in phrases:
        while phrase and phrase[-1].norm in STOPWORDS:
            phrase.pop()
        if phrase:
            out.append(_original(phrase))
    return tuple(out)
