"""The article's reported statements: what it says people said, as evidence.

Direct quotes are statements too (see :func:`verify.extract.extract`); this
module finds indirect reported speech ("Rutte outlined that the guarantees
will ...", "The first, he explained, will ...", "..., he noted.") and
credits it to the resolved speaker. An interview's answers are claims of their
own (:mod:`verify.extract.interviews`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..models import Origin, Place, Statement, StatementKind
from .blocks import Block, source_offset
from .cast import Cast
from .cues import Grammar, grammar
from .quotes import _CAPITAL_RUN, _plausible, article_language, sentence_end

_MIN_WORDS = 4  # shorter content is no statement worth matching against
_WORD_CHARACTER = re.compile(r"\w")
_OPENS_QUOTE = re.compile(r"\s*(?:''|``|[“„«\"])")
_COLON_QUOTE = re.compile(r":\s*(?:''|``|[“„«\"])")  # a colon opening a direct quote: "Er schrieb dazu nur: „…“"


def reported_statements(document: Document, blocks: list[Block]) -> list[Statement]:
    """Indirect reported speech in the body, each credited to a resolved speaker."""
    code = article_language(document, blocks)
    if code is None:
        return []  # a language without a lexicon: no speaker can be told
    g = grammar(code)
    names = _Names(Cast(lexicon=g.lexicon))
    found: list[Statement] = []
    for block in blocks:
        if not block.in_body or block.place is not Place.BODY:
            continue
        text = block.text
        start = 0
        while start < len(text):
            end = sentence_end(text, start)
            if end <= start:
                end = len(text)
            statement = _statement(g, document, block, names, text, start, end)
            if statement is not None:
                found.append(statement)
            names.read(text, start, end)
            start = end
            while start < len(text) and text[start].isspace():
                start += 1
    return found


class _Names:
    """The article's cast, told the names of each sentence read only when a speaker is next resolved: the
    sentences after the article's last reported statement are never read for names (most of many pages)."""

    def __init__(self, cast: Cast) -> None:
        self._cast = cast
        self._unread: list[tuple[str, int, int]] = []

    def read(self, text: str, start: int, end: int) -> None:
        self._unread.append((text, start, end))

    @property
    def cast(self) -> Cast:
        unread, self._unread = self._unread, []
        introduce = self._cast.introduce
        for text, start, end in unread:
            for phrase in _CAPITAL_RUN.findall(text, start, end):  # (the pattern has no group: each run whole)
                introduce(phrase)
        return self._cast


@lru_cache(maxsize=8)
def _needs_verb(code: str) -> bool:
    """Whether a sentence must hold a cue verb as a whole word (``any_verb``) for a cue pattern to match it.

    The patterns put white space before the verb, and after it a word's end, a comma or white space: so
    when every cue verb and phrase starts and ends with a word character, it stands there as a whole word.
    """
    lex = grammar(code).lexicon
    forms = [*lex.cue_phrases, *lex.cue_verbs, *(form for forms in lex.separable_cues.values() for form in forms)]
    return all(_WORD_CHARACTER.match(form[:1]) and _WORD_CHARACTER.match(form[-1:]) for form in forms)


def _statement(
    g: Grammar, document: Document, block: Block, names: _Names, text: str, start: int, end: int
) -> Statement | None:
    sentence = text[start:end].strip()
    if _needs_verb(g.lexicon.code) and not g.any_verb.search(sentence):
        return None  # no cue verb at all (most sentences): one scan instead of the three patterns'
    for pattern in (g.leading_cue, g.middle_cue, g.trailing_cue):
        match = pattern.match(sentence)
        if not match:
            continue
        who = match.groupdict().get("who") or match.groupdict().get("who2")
        if not who or not _plausible(g, who) or _closed_clause(g, match, who) or _quote_only(g, match):
            continue
        parts = [match.group("content")] if "content" in match.groupdict() else [match.group("a"), match.group("b")]
        if any(_OPENS_QUOTE.match(part) for part in parts):
            return None  # a direct quote after its cue is a quote, already evidence in its own right
        # (so is one after a colon: "Er schrieb dazu nur: „…“" reports no words of its own but the quote's, whose
        # speaker the quote's own cue tells; the words before the colon are the report)
        parts = [part[: colon.start()] if (colon := _COLON_QUOTE.search(part)) else part for part in parts]
        content = " ".join(parts).strip().rstrip(".").strip()
        if len(content.split()) < _MIN_WORDS:
            return None
        cast = names.cast
        speaker = cast.resolve(who)
        if speaker is None:
            return None  # a statement nobody can be named for is no evidence about anyone
        cast.spoke(speaker)
        offset = text.index(sentence, start)
        return _article_statement(document, block, speaker, content, StatementKind.REPORTED, offset, len(sentence))
    return None


def _quote_only(g: Grammar, match: re.Match[str]) -> bool:
    """Whether a cue's verb credits a quote only (lexicon ``quote_only_cues``: "Jo Reed chipped in £20", "Le marin
    fait valoir ses droits" tell a deed, no speech)."""
    verb = match.groupdict().get("verb") or ""
    return " ".join(verb.lower().split()) in g.lexicon.quote_only_cues


def _closed_clause(g: Grammar, match: re.Match[str], who: str) -> bool:
    """Whether a cue's subject opens on a subordinator and its verb closes the clause with a comma ("Als Schefer den
    Pokal hob, riefen die Fans im Chor: «…»"): a clause opening the sentence, whose verb reports nothing (not "As our
    chair Lottie Brennan told the rally, …", "Als Zeugin sagte die Verkäuferin aus, …": the verb goes on)."""
    verb = match.groupdict().get("verb")
    if not verb or who.split(maxsplit=1)[0].lower() not in g.lexicon.subordinators:
        return False
    return match.string.startswith(",", match.end("verb"))


def _article_statement(
    document: Document, block: Block, speaker: str, text: str, kind: StatementKind, offset: int, length: int
) -> Statement:
    """A statement of the article's own text: ``length`` characters of the block from ``offset``."""
    start = source_offset(document, block, offset)
    line, _ = document.position(start)
    end = source_offset(document, block, offset + length - 1) + 1
    return Statement(
        speaker=speaker,
        text=text,
        kind=kind,
        origin=Origin.ARTICLE,
        source=document.path,
        line=line,
        span=(start, end),
    )
