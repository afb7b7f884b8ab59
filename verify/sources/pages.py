"""Saved pages read like articles: their quotes and their own words become statements.

A saved press release, statement page or news story (an ``.html`` file in
the snapshot store, or a JSON snapshot of ``kind: page``) runs through the
same extraction as an article (:func:`verify.extract.extract`): each quote
with its resolved speaker, and each reported statement, is a statement by
that speaker. The page's own text is what its author or organisation says
(a ministry's press release speaks for the ministry), so each paragraph of
it is a statement under the page's author (``<meta name="author">``,
JSON-LD ``author``/``publisher``, ``og:site_name``, or the snapshot's
``author``); a paragraph that quotes someone keeps its other sentences under
the page's author. ``NAME: text`` turns on a page (a transcript published as a
web page) are kept as speaker turns too.
"""

from __future__ import annotations

import json
import re
from collections import deque
from itertools import islice

from ..document import Document, Format, from_text
from ..errors import InputError
from ..extract import Extraction, extract
from ..extract.cast import title_role
from ..extract.quotes import speaker_runs
from ..lexicon import LEXICONS
from ..match import sentences
from ..models import Origin, Place, QuoteKind, Statement, StatementKind
from ..tree import Element, iter_document, text
from .transcripts import turn_label

# <meta> names and properties that name who a page speaks for, best first.
_AUTHOR_META = ("author", "article:author", "dc.creator", "og:site_name", "application-name")
_MIN_WORDS = 4  # a paragraph or quote shorter than this is no statement worth matching against
_JSON_LD_CHARS = 100_000  # of one JSON-LD script read for its author
# Characters of a quote's start looked for in a paragraph (a quote the page splits, « A », a dit X, « B », is
# read as one: only its start stands in the paragraph as it is).
_QUOTE_PROBE = 24


def page_statements(
    text: str,
    shown: str,
    *,
    html: bool,
    url: str | None = None,
    fetched_at: str | None = None,
    author: str | None = None,
) -> list[Statement]:
    """The statements of a saved page: its quotes by their speakers, its own text under its author."""
    try:
        document = from_text(text, shown, Format.HTML if html else Format.TEXT)
    except InputError:
        return []
    return document_statements(document, shown, url=url, fetched_at=fetched_at, author=author)


def page_text(document: Document, extraction: Extraction) -> str:
    """The paragraphs of a saved page as the extraction reads them, one a line, its headings left out (where its
    transcript turns are read: a label set in bold, "<p><strong>KOVAC:</strong> We ...</p>", is on its turn's
    line); its text when not HTML."""
    if document.tree is None:
        return document.text
    return "\n".join(block.text for block in extraction.blocks if block.place is not Place.HEADLINE)


def document_statements(
    document: Document,
    shown: str,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
    author: str | None = None,
    extraction: Extraction | None = None,
) -> list[Statement]:
    """:func:`page_statements` of a page already loaded (its HTML parsed once, perhaps its extraction made)."""
    extraction = extraction or extract(document)
    speaker = author or (_page_author(document.tree) if document.tree is not None else None)
    out: list[Statement] = []

    def add(who: str | None, said: str, line: int, key: str) -> None:
        if len(said.split()) >= _MIN_WORDS:
            out.append(
                Statement(
                    speaker=who,
                    text=said,
                    kind=StatementKind.PAGE,
                    origin=Origin.SNAPSHOT,
                    source=shown,
                    line=line,
                    url=url,
                    fetched_at=fetched_at,
                    key=f"{shown}#{key}",
                )
            )

    # (a run of one speaker's quotes is a statement too: “A,” she said. “B.” is evidence for a claim “A, but B”)
    for i, quote in enumerate([*extraction.quotes, *speaker_runs(list(extraction.quotes))]):
        # (a quote of the page's unnamed spokesperson, "a spokesperson said", "sagte die Pressesprecherin", whom the
        # cast leaves as no one or as the role's one word, is the voice of whom the page speaks for)
        unnamed = quote.speaker is None or len(quote.speaker.split()) == 1 and _spokesperson(quote.speaker)
        who = speaker if unnamed and _spokesperson(quote.mention) else quote.speaker
        if who and quote.post is None and quote.kind not in (QuoteKind.PARTIAL,):
            add(who, quote.text, quote.line, f"q{i}")
    for i, statement in enumerate(extraction.statements):
        if statement.kind is StatementKind.REPORTED:
            add(statement.speaker, statement.text, statement.line or 0, f"r{i}")
    quoted = _Probes([q.text[:_QUOTE_PROBE] for q in extraction.quotes if q.post is None])
    # Paragraphs of the page's own text one after another are one statement: a quote of two sentences that the
    # page sets in two paragraphs is no splice. A paragraph that quotes someone, or a heading, ends the run.
    run: list[str] = []
    start = (0, 0)
    for i, block in enumerate(extraction.blocks):
        if not block.in_body:
            continue
        # (a transcript's turn on the page, "KOVAC: We will ...", is its speaker's words, read as a turn: the page
        # saying them too would make a second speaker of them, and a misattribution of them ambiguous)
        own = "" if turn_label(block.text.strip(), StatementKind.PAGE) else _own_text(block.text, quoted)
        if not run:
            start = (_line(document, block.anchors), i)
        run.append(own)
        if own != block.text.strip() or not _SENTENCE_END.search(own):
            add(speaker, " ".join(run).strip(), start[0], f"p{start[1]}")
            run = []
    if run:
        add(speaker, " ".join(run).strip(), start[0], f"p{start[1]}")
    return out


_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]?\s*$")


def _spokesperson(mention: str | None) -> bool:
    """Whether a quote's cue names a spokesperson and no one else ("a spokesperson", "la porte-parole", "ein
    Sprecher", a German compound's last part, "die Pressesprecherin"; each lexicon's ``voice_roles``)."""
    found = (mention or "").split()
    roles = ((title_role(w, lex), lex.voice_roles) for lex in LEXICONS.values() for w in found)
    return any(role and role.endswith(tuple(voices)) for role, voices in roles)


# Every lexicon's double quote marks: a sentence holding one quotes someone.
_QUOTE_MARKS = frozenset(mark for lex in LEXICONS.values() for mark in lex.double_quotes)


def _own_text(paragraph: str, quoted: _Probes) -> str:
    """The sentences of a paragraph that quote no one: the page's own words. A paragraph that quotes someone
    ("Northwind will build 40 turbines. “We are proud,” said its chief.") keeps its other sentences."""
    if not quoted.found_in(paragraph):
        return paragraph.strip()
    kept = [
        paragraph[start:end].strip()
        for start, end in sentences(paragraph)
        if not _QUOTE_MARKS.intersection(paragraph[start:end]) and not quoted.found_in(paragraph[start:end])
    ]
    return " ".join(kept)


# Quote starts a page may have before they are looked for all at once (an Aho-Corasick automaton: one pass over a
# text, whatever their number) rather than one by one: each paragraph was searched for every quote of the page, so
# a page of 6,000 quoting paragraphs made 38 million searches (40 s; a store is read outside the time budget).
_PROBES_ONE_BY_ONE = 64


class _Probes:
    """The starts of a page's quotes, and whether a text holds one of them."""

    def __init__(self, probes: list[str]) -> None:
        self.probes = list(dict.fromkeys(probes))
        self.automaton = _Automaton(self.probes) if len(self.probes) > _PROBES_ONE_BY_ONE else None

    def found_in(self, text: str) -> bool:
        if self.automaton is None:
            return any(probe in text for probe in self.probes)
        return self.automaton.found_in(text)


class _Automaton:
    """Aho-Corasick over a set of strings: whether a text holds any of them, in one pass over its characters."""

    def __init__(self, patterns: list[str]) -> None:
        self.goto: list[dict[str, int]] = [{}]  # each state's next state by character
        self.ends: list[bool] = [False]  # whether a pattern ends at the state (or at a state its failure leads to)
        for pattern in patterns:
            state = 0
            for char in pattern:
                if char not in self.goto[state]:
                    self.goto[state][char] = len(self.goto)
                    self.goto.append({})
                    self.ends.append(False)
                state = self.goto[state][char]
            self.ends[state] = True
        self.fail = [0] * len(self.goto)  # the state of the longest proper suffix that is a prefix of a pattern
        queue = deque(self.goto[0].values())
        while queue:
            state = queue.popleft()
            for char, following in self.goto[state].items():
                queue.append(following)
                back = self.fail[state]
                while back and char not in self.goto[back]:
                    back = self.fail[back]
                self.fail[following] = self.goto[back].get(char, 0) if state else 0
                self.ends[following] = self.ends[following] or self.ends[self.fail[following]]

    def found_in(self, text: str) -> bool:
        goto, fail, ends = self.goto, self.fail, self.ends
        if ends[0]:
            return True  # an empty pattern is in every text
        state = 0
        for char in text:
            while state and char not in goto[state]:
                state = fail[state]
            state = goto[state].get(char, 0)
            if ends[state]:
                return True
        return False


def _line(document: Document, anchors: tuple[tuple[int, int, bool], ...]) -> int:
    if not anchors:
        return 0
    _, position, verbatim = anchors[0]
    if verbatim or document.tree is None:
        return document.position(position)[0]
    return 0  # a position in the HTML locator's text: no line of the saved file to point to


def _page_author(tree: Element) -> str | None:
    """Who the page speaks for: the first name its metadata gives, best first; a department named after
    its organisation ("University of Northfield Press Office") speaks for the organisation."""
    found = [*_meta_authors(tree), *_ld_authors(tree)]
    if not found:
        return None
    first = found[0]
    wider = [name for name in found[1:] if len(name) < len(first) and first.lower().startswith(name.lower() + " ")]
    return min(wider, key=len) if wider else first


def _meta_authors(tree: Element) -> list[str]:
    out = []
    metas = list(iter_document(tree, "meta"))
    for name in _AUTHOR_META:
        for attribute in ("name", "property"):
            # The first <meta> so named (in any case); it may have no content.
            tag = next((meta for meta in metas if (meta.get(attribute) or "").lower() == name), None)
            value = tag.get("content") if tag is not None else None
            if value is not None and value.strip() and not value.strip().startswith("http"):
                out.append(value.strip())
    return out


def _ld_authors(tree: Element) -> list[str]:
    out = []
    for script in islice((s for s in iter_document(tree, "script") if s.get("type") == "application/ld+json"), 10):
        out += _ld_names(text(script)[:_JSON_LD_CHARS])
    return out


def _ld_names(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return []
    items = data if isinstance(data, list) else [data]
    out = []
    for item in items:
        if not isinstance(item, dict):
            continue
        for key in ("author", "publisher"):
            value = item.get(key)
            value = value[0] if isinstance(value, list) and value else value
            name = value.get("name") if isinstance(value, dict) else value
            if isinstance(name, str) and name.strip():
                out.append(name.strip())
    return out
