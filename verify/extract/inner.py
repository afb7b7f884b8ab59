"""Quotes inside quotes: the words a speaker repeats as someone else's, credited to that person.

A speaker may quote another inside their own words, the inner words in the other kind of marks, after a clause that
names who said them: "MK answered: "As Councillor Dwyer told the Echo in June, 'No binman in this city will be worse
off.' Well, we are worse off …"", "«Como dice siempre mi maestro, Jesús Olarte: "el vino no miente …"»", "« Comme le
dit toujours mon grand-père, Henri Morel : "…" »", "„Wie Bürgermeister Till Ansbach gesagt hat: ‚…‘ …“". The inner
words are a claim of the person named (``QuoteKind.DIRECT``); the outer quote stays its speaker's whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Document
from ..lexicon import Lexicon
from ..models import Quote, QuoteKind
from .blocks import Block
from .cast import Cast
from .cues import grammar
from .interviews import article_cast
from .quotes import _CAPITAL_RUN, article_language

__all__ = ["inner_quotes"]

# The marks an inner quote may open and close on, each with its closers: the other kind of marks than the outer
# quote's ("“…'…'…”", "«…"…"…»", "„…‚…‘…“", "«…“…”…»", "«…‹…›…»").
_INNER_PAIRS: dict[str, str] = {'"': '"', "'": "'’", "‘": "’'", "‚": "‘’", "‹": "›", "“": '”“"', "„": "“”"}
# An inner quote's opening mark right after its clause's comma or colon (a space between, or none). Bounded: one
# character class, a space and a mark: linear.
_INNER_OPENING = re.compile(r"[,:] ?[\"'‘‚‹“„](?=\w)")
# Each opening mark's closers, not after a space nor before a letter (an apostrophe inside a word closes nothing)
_INNER_CLOSERS = {mark: re.compile(rf"(?<=\S)[{re.escape(closers)}](?!\w)") for mark, closers in _INNER_PAIRS.items()}
_SENTENCE_END = re.compile(r"[.!?…]\s")
_MAX_LEAD_WORDS = 14  # the clause naming whose words follow: "As Councillor Dwyer told the Echo in June,"
_LEAD_REACH = 200  # the characters before an inner quote read for the clause that names its speaker
_INNER_REACH = 1_000  # the characters an inner quote may run to its closing mark (bounds the search: linear)
_MIN_INNER_WORDS = 3  # fewer words are a term the speaker quotes, not someone's words


def inner_quotes(document: Document, blocks: Sequence[Block], quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes inside ``quotes`` that a clause inside them credits to someone the article names."""
    openings = [
        (quote, opening.end() - 1)
        for quote in quotes
        if quote.kind in (QuoteKind.DIRECT, QuoteKind.BLOCK) and quote.post is None
        for opening in _INNER_OPENING.finditer(quote.text)
    ]
    if not openings:
        return []  # (most articles: no quote holds another)
    code = article_language(document, list(blocks))
    if code is None:
        return []
    lex = grammar(code).lexicon
    # (the clause is read first; the article's people only for a clause with a verb of saying: most inner marks quote
    # a term or a title)
    candidates = [(quote, at, found) for quote, at in openings if (found := _candidate(lex, quote.text, at))]
    if not candidates:
        return []
    cast = article_cast(lex, [b.text for b in blocks if b.in_body])
    inner: list[Quote] = []
    for quote, at, (words, lead, verb) in candidates:
        person = _named_speaker(lex, cast, lead, verb)
        if person is None or quote.speaker is not None and cast.find(quote.speaker) is cast.find(person):
            continue  # (no one named, or the speaker quoting themselves)
        # (the source holds the quote's words at their place or further on, past markup and entities: searched from
        # there, a stretch of the inner quote's reach twice)
        start = document.text.find(words, quote.start + at, min(quote.end, quote.start + at + 2 * _INNER_REACH))
        if start < 0:
            continue  # (the words as the source writes them differ: an entity, markup)
        line, column = document.position(start)
        inner.append(
            Quote(
                text=words,
                speaker=person,
                mention=person,
                kind=QuoteKind.DIRECT,
                place=quote.place,
                line=line,
                column=column,
                start=start,
                end=start + len(words),
                cued=True,
                named=True,
            )
        )
    return inner


def _candidate(lex: Lexicon, text: str, at: int) -> tuple[str, list[str], int] | None:
    """The words of the inner quote opening at ``text[at]``, the clause before it and where its verb of saying stands,
    when it is closed, long enough and the clause holds such a verb and no condition ("If Rudy tells him, '…'": words
    no one said yet); else None."""
    closing = _INNER_CLOSERS[text[at]].search(text, at + 2, at + _INNER_REACH)
    if closing is None:
        return None
    words = text[at + 1 : closing.start()].strip().rstrip(",")
    if len(words.split()) < _MIN_INNER_WORDS:
        return None
    reach = max(0, at - _LEAD_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, reach, at)]
    lead = text[ends[-1] if ends else reach : at].split()[-_MAX_LEAD_WORDS - 1 :]
    if not 1 < len(lead) <= _MAX_LEAD_WORDS:
        return None
    bare = [w.strip(",:;«»“”„\"'‘’‚").lower() for w in lead]
    verb = next((i for i, w in enumerate(bare) if w in lex.cue_verbs and w not in lex.naming_verbs), -1)
    if verb < 0 or not lex.condition_words.isdisjoint(bare[:verb]):
        return None
    return words, lead, verb


def _named_speaker(lex: Lexicon, cast: Cast, lead: list[str], verb: int) -> str | None:
    """The full name of the person a clause names as the one who said the words after it, its verb of saying at
    ``lead[verb]``: a name the article gives a person, before the verb ("As Councillor Dwyer told the Echo,") or after
    it when no pronoun is the verb's subject ("Como dice siempre mi maestro, Jesús Olarte:"; not "As I told Dwyer,")."""
    subject = any(w.strip(",:;").lower() in lex.pronouns for w in lead[:verb])
    clause = " ".join(lead)
    verb_at = sum(len(w) + 1 for w in lead[:verb])  # (where the verb stands in the clause)
    for run in _CAPITAL_RUN.finditer(clause):
        if run.start() >= verb_at and subject:
            break  # "As I told Dwyer,": the one told, not the one who said them
        phrase = run.group()
        first, _, rest = phrase.partition(" ")
        if first.lower() in lex.stopwords or first.lower() in lex.conformative_words:
            phrase = rest  # ("As Councillor Dwyer", "Como dice": the clause's first word, capitalised)
        if not phrase:
            continue
        person = cast.find(phrase)
        if person is not None and not person.organisation:
            return person.name
    return None
