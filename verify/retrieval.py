"""Retrieval: which statements a claim is worth aligning with.

Aligning a claim word by word costs far more than looking its words up, so
both the snapshot store (:mod:`verify.index`) and an article's own
statements are searched first, and only the statements that share the
claim's rarer words or its word sequences are aligned. A statement is
described by its *features*:

* each content word, crudely stemmed (:func:`verify.normalize.stem`), so that
  a paraphrase that says "participated" for "participate" is still found;
* each run of three consecutive words (a *shingle*), stop words included, so
  that a quote made only of common words ("we will not do that") still finds
  the one statement that says them in that order.

Statements are ranked by the summed rarity (inverse document frequency) of
the features they share with the claim; a feature carried by more than
``COMMON_SHARE`` of the statements is not looked up at all (reading its
postings would cost as much as comparing everything), unless the claim has
nothing rarer.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import filterfalse

from .extract.speakers import speaker_key
from .judge import ALTERED_MIN_SCORE, PARAPHRASE_MIN_SHARED, REPEATING_PLACES
from .match import prepare
from .models import Claim, ClaimKind, Place, Statement, StatementKind
from .normalize import STOPWORDS, index_terms, stem, words_only

SHINGLE = 3  # words per shingle: two-word runs ("of the") recur everywhere, four-word ones miss altered quotes
COMMON_SHARE = 0.05  # a feature in more than this share of the statements is too common to look up...
COMMON_MIN = 64  # ...unless it is in fewer statements than this (small stores and articles)
# ...and one in more statements than this is never read when the claim has rarer ones. Set at a million
# statements of real sentences (scripts/bench_index.py): 20,000 -> 5,000 cut the store's retrieval from 0.74
# to 0.53 s CPU for 50 quotes, the same 42 of 50 verdicts right; at 100,000 statements the 5% is 5,000 already.
MAX_POSTINGS = 5_000
COMMON_FALLBACK = 3  # a claim with only common features is looked up by its rarest few...
# ...each read over this many statements nearest the claim: a constant, so that a page of thousands of quotes made of
# the same words grows as its length (read over COMMON_SHARE of the statements, as a rarer feature's limit is, the
# window grew with the page and the page's check as its square); the limit itself up to 1,280 statements
COMMON_AROUND = COMMON_MIN
CANDIDATES = 16  # best-ranked statements by anyone: a misattributed quote's source is among them
OWN_CANDIDATES = 8  # best-ranked statements of the credited speaker (its paraphrases, what is closest)
OWN_FALLBACK = 3  # the credited speaker's statements kept though they share nothing: "sources exist"
# A claim of n words aligned with a span of m words scores 200 * equal / (n + m) (verify.match), and
# m >= equal, so reaching the judge's ALTERED_MIN_SCORE takes at least this share of the claim's words.
_REACHABLE_SHARE = ALTERED_MIN_SCORE / (200 - ALTERED_MIN_SCORE)


def features(text: str) -> frozenset[str]:
    """The content-word stems and word shingles of ``text`` (shingles hold spaces, stems never do)."""
    return _features(text)


@lru_cache(maxsize=8192)  # a claim is looked up in the article and in the store
def _features(text: str) -> frozenset[str]:
    return frozenset(term_features(index_terms(text)))


def term_features(terms: Sequence[str]) -> set[str]:
    """The features of a text whose index terms (:func:`verify.normalize.index_terms`) are ``terms``."""
    # (both made in C: the content words through ``stem``, the shingles as the runs of ``SHINGLE`` terms side by side)
    found = set(map(stem, filterfalse(STOPWORDS.__contains__, terms)))
    found.update(map(" ".join, zip(*(terms[k:] for k in range(SHINGLE)))))
    return found


def weight(statements: int, postings: int) -> float:
    """How much sharing a feature held by ``postings`` of ``statements`` says: rarer says more."""
    return math.log(1 + statements / max(1, postings))


def lookup_limit(statements: int) -> float:
    """Postings above which a feature is too common to look up (when the claim has rarer ones)."""
    return min(MAX_POSTINGS, max(COMMON_MIN, statements * COMMON_SHARE))


def who_term(name: str | None) -> str | None:
    """How a speaker or account is filed: the last word of its name ("Mark Rutte" -> "rutte").

    :func:`verify.extract.speakers.same_speaker` only pairs names that end
    in the same word, so this finds every statement it could pair.
    """
    key = speaker_key(name) if name else ()
    term = words_only(key[-1]) if key else ""
    return term or None


def claim_speakers(claim: Claim) -> set[str]:
    """The filing terms of the claim's speaker and account (a post-quote's speaker alone: the account quoting
    someone said none of their words, and its own post, which holds the quote, would take the speaker's place)."""
    account = claim.author.handle if claim.author and claim.kind is not ClaimKind.POST_QUOTE else None
    # (and the organisation the speaker speaks for: its statements are the speaker's voice, verify.judge)
    return {t for t in (who_term(claim.speaker), who_term(account), who_term(claim.speaks_for)) if t}


def top(scores: dict[int, float], limit: int) -> list[int]:
    """The ``limit`` best-scored ids, ties to the one scored first."""
    return heapq.nlargest(limit, scores, key=scores.__getitem__)


class ArticleEvidence:
    """An article's own statements, searchable by claim.

    Every quote of an article is checked against the article's other
    statements; comparing each with each grows with the square of the
    article's length (a 1 MB page holds thousands of both). Here each claim
    is aligned only with the statements that share its rarer features, and
    with its speaker's best-matching ones, so checking grows with the
    article's length.
    """

    def __init__(self, statements: Sequence[Statement], *, unnamed: bool = False) -> None:
        # A statement with no speaker is evidence for no quote (the judge needs someone who said it), except
        # for a pull quote or headline credited to no one either: the quotes credited to no one are ``unnamed``,
        # an index of their own that only such claims search.
        if unnamed:
            kept = [s for s in statements if not (s.speaker or s.handle) and s.kind is StatementKind.QUOTE]
        else:
            kept = [s for s in statements if s.speaker or s.handle]
        self._statements = kept
        # The unnamed index is built when a claim credited to no one first asks for it: most articles have none.
        self._all = None if unnamed else statements
        self._unnamed: ArticleEvidence | None = None
        self._reports: list[Statement] | None = None  # the reported statements by their span, sorted when first asked
        self._report_starts: list[int] = []
        self._features = [features(s.text) for s in self._statements]
        self._postings: dict[str, list[int]] = {}
        for i, found in enumerate(self._features):
            for feature in found:
                self._postings.setdefault(feature, []).append(i)
        # The statements by their place in the text, to find those nearest a claim (see ``_scores``): sorted when
        # first asked for (a claim of common words only: few articles have one)
        self._by_start: list[tuple[int, int]] | None = None
        self._speakers: dict[str, list[int]] = {}
        for i, s in enumerate(self._statements):
            for term in {who_term(s.speaker), who_term(s.handle)} - {None}:
                self._speakers.setdefault(term, []).append(i)  # type: ignore[arg-type]

    def reports_holding(self, claim: Claim) -> list[Statement]:
        """The article's reports of someone's words (``REPORTED`` statements) whose text holds the claim's."""
        if self._reports is None:
            reported = (s for s in self._all or () if s.kind is StatementKind.REPORTED and s.span)
            self._reports = sorted(reported, key=lambda s: s.span or (0, 0))
            self._report_starts = [s.span[0] for s in self._reports if s.span]
        if claim.span is None:
            return []
        last = bisect.bisect_right(self._report_starts, claim.span[0])
        # (reports do not nest: the few that open before the claim are all that can hold it)
        return [
            s for s in self._reports[max(0, last - _REPORTS_BEFORE) : last] if s.span and claim.span[1] <= s.span[1]
        ]

    def candidates(self, claim: Claim) -> list[Statement]:
        """The article statements worth aligning the claim with, in article order."""
        if claim.speaker is None and claim.place in REPEATING_PLACES and self._all is not None:
            if self._unnamed is None:
                self._unnamed = ArticleEvidence(self._all, unnamed=True)
            return self._unnamed.candidates(replace(claim, place=Place.BODY)) + self._named(claim)
        return self._named(claim)

    def _named(self, claim: Claim) -> list[Statement]:
        if not self._statements:
            return []
        wanted = features(claim.text)
        ranked = top(self._scores(wanted, claim.span), CANDIDATES + 1)  # +1: the claim's own statement ranks first
        if claim.place in REPEATING_PLACES:
            # The speaker's other statements in the article are evidence for a headline or caption that
            # repeats them, even reworded (verify.judge): the best-matching ones, or a few to show they exist.
            for term in claim_speakers(claim):
                own = self._speakers.get(term, [])
                scored = {i: s for i in own if (s := self._shared(wanted, i)) > 0}
                ranked += top(scored, OWN_CANDIDATES + 1) or own[:OWN_FALLBACK]
            return [self._statements[i] for i in sorted(set(ranked))]
        # A body quote is the article's own report: another statement of the article only counts for it if it
        # lines up with it word for word, whoever it is credited to; such a statement ranks high here.
        return reachable(claim.text, [self._statements[i] for i in sorted(set(ranked))])

    def _scores(self, wanted: Iterable[str], span: tuple[int, int] | None) -> dict[int, float]:
        count = len(self._statements)
        found = sorted((len(p), f) for f in wanted if (p := self._postings.get(f)))
        limit = lookup_limit(count)
        scores: dict[int, float] = {}
        if found and found[0][0] <= limit:
            # (the features at most ``limit`` statements hold, rarest first: each read whole, weighed by its count)
            for n, feature in found:
                if n > limit:
                    break
                w = weight(count, n)
                for i in self._postings[feature]:
                    scores[i] = scores.get(i, 0.0) + w
            return scores
        # Only common features: each is read around the claim's place, at most ``COMMON_AROUND`` statements
        # of it, so that an article of many quotes made of the same words is not searched whole for each.
        nearest = self._nearest(span)
        for n, feature in found[:COMMON_FALLBACK]:
            w = weight(count, n)
            for i in _around(self._postings[feature], nearest, COMMON_AROUND):
                scores[i] = scores.get(i, 0.0) + w
        return scores

    def _nearest(self, span: tuple[int, int] | None) -> int:
        """The index of the statement placed nearest before a claim at ``span`` (the first when unplaced)."""
        if span is None:
            return 0
        if self._by_start is None:
            self._by_start = sorted((s.span[0], i) for i, s in enumerate(self._statements) if s.span)
        if not self._by_start:
            return 0
        k = bisect.bisect_right(self._by_start, (span[0], len(self._statements)))
        return self._by_start[max(0, k - 1)][1]

    def _shared(self, wanted: frozenset[str], i: int) -> float:
        count = len(self._statements)
        return sum(weight(count, len(self._postings[f])) for f in wanted & self._features[i])


_REPORTS_BEFORE = 3  # reports opening before a claim that are looked at for one holding it


def _around(postings: list[int], index: int, limit: int) -> list[int]:
    """At most ``limit`` of the sorted ``postings``, those nearest ``index``."""
    start = max(0, min(bisect.bisect_left(postings, index) - limit // 2, len(postings) - limit))
    return postings[start : start + limit]


def reachable(claim: str, statements: Iterable[Statement]) -> list[Statement]:
    """The statements holding enough of the claim's words to align with it at the altered score or above.

    The counts are of index terms, which merge a few spellings the aligner keeps apart
    ("U.S." and "us"), so the count is an upper bound and no reachable statement is left out.
    """
    terms = claim_terms(claim)
    return [s for s in statements if holds_enough(terms, _counts(s.text))]


@lru_cache(maxsize=4096)  # a claim is looked up in the article and in the store; never change what it returns
def claim_terms(claim: str) -> Counter[str]:
    """The index terms of a claim's own words (its bracketed insertions and gaps left out), counted."""
    return Counter(index_terms(prepare(claim).text))


def holds_enough(claim: Counter[str], statement: Counter[str]) -> bool:
    """Whether a statement whose index terms are counted in ``statement`` can align with the claim's
    (``claim``, from :func:`claim_terms`) at the altered score or above (see :func:`reachable`)."""
    # (counted in C over the terms both hold, the claim's few of them and a statement's many read once each: the words
    # a claim and a statement share are a handful, and a generator over every term of the claim read each in Python)
    common = claim.keys() & statement.keys()
    shared = sum(map(min, map(claim.__getitem__, common), map(statement.__getitem__, common)))
    return shared >= _REACHABLE_SHARE * sum(claim.values())


@lru_cache(maxsize=4096)
def claim_stems(claim: str) -> frozenset[str]:
    """The stems of a claim's content words as index terms spell them: what a paraphrase shares (verify.judge)."""
    return frozenset(stem(t) for w in prepare(claim).words if w.norm not in STOPWORDS and (t := words_only(w.norm)))


def may_paraphrase(stems: frozenset[str], terms: Iterable[str]) -> bool:
    """Whether a statement of these index terms shares enough of a claim's content stems (:func:`claim_stems`)
    to be called its paraphrase: the judge asks for ``PARAPHRASE_MIN_SHARED`` of them in one stretch (an
    upper bound, as in :func:`reachable`)."""
    return len(stems.intersection(map(stem, terms))) >= PARAPHRASE_MIN_SHARED


@lru_cache(maxsize=8192)
def _counts(text: str) -> Counter[str]:
    return Counter(index_terms(text))
