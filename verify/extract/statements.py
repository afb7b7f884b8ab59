"""The article's reported statements: what it says people said, as evidence.

Direct quotes are statements too (see :func:`verify.extract.extract`); this
module finds indirect reported speech ("Rutte outlined that the guarantees
will ...", "The first, he explained, will ...", "..., he noted.") and the
answers of an article written as an interview, and credits
it to the resolved speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from enum import StrEnum
from functools import lru_cache

from ..document import Document
from ..lexicon import Lexicon
from ..models import Origin, Place, Quote, QuoteKind, Statement, StatementKind
from .blocks import Block, position, source_offset
from .cast import Cast
from .cues import Grammar, grammar
from .quotes import _CAPITAL_RUN, _FRONT_MATTER, _SHORT_ECHO_MIN_WORDS, _plausible, article_language, sentence_end

_MIN_WORDS = 4  # shorter content is no statement worth matching against
_WORD_CHARACTER = re.compile(r"\w")
_OPENS_QUOTE = re.compile(r"\s*(?:''|``|[“„«\"])")


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
    return found + interview_answers(document, blocks, g, names.cast)


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
        for text, start, end in unread:
            for match in _CAPITAL_RUN.finditer(text, start, end):
                self._cast.introduce(match.group())
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
        if not who or not _plausible(g, who):
            continue
        parts = [match.group("content")] if "content" in match.groupdict() else [match.group("a"), match.group("b")]
        if any(_OPENS_QUOTE.match(part) for part in parts):
            return None  # a direct quote after its cue is a quote, already evidence in its own right
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


def _article_statement(
    document: Document, block: Block, speaker: str, text: str, kind: StatementKind, offset: int, length: int
) -> Statement:
    """A statement of the article's own text: ``length`` characters of the block from ``offset``."""
    line, _ = position(document, block, offset)
    end = source_offset(document, block, offset + length - 1) + 1
    return Statement(
        speaker=speaker,
        text=text,
        kind=kind,
        origin=Origin.ARTICLE,
        source=document.path,
        line=line,
        span=(source_offset(document, block, offset), end),
    )


# An interview's turns: "Q: ...", "Frage: ...", "**Who pays, then?**", then the answer (unquoted, or "A:", or the
# interviewee's name and a colon). A label is a word or a short name before a colon (bounded: linear).
_LABEL = re.compile(r"\s{0,3}(?P<label>[^\W\d_][\w.’'\-]{0,30}(?: [\w.’'\-]{1,30}){0,3}?)\s{0,2}:\s")
_QUESTION_MAX_WORDS = 60  # an interviewer's question is a sentence or two
_MIN_QUESTIONS = 2  # one question in a story is a rhetorical one; an interview asks two at least
# An interview asks again every few paragraphs: its questions are at least this share of the paragraphs from the
# first question to the last. Of the 269 real pages, 29 had two questions or more each followed by a paragraph,
# 16 of them under this share: FAQ sections, "Read also: ...?" links, rhetorical questions far apart (one
# page's 16 questions over 379 paragraphs); the Q-and-A interviews among them ask every 1 to 3 paragraphs.
_MIN_QUESTION_SHARE = 0.25
_QUESTION_END = re.compile(r"\?[\s*_”\"»“]{0,4}$")
_BY = re.compile(r"\b(?:by|von|par|por)\s$", re.I)  # a byline's name: who asked, not who answered


class _Turn(StrEnum):
    QUESTION = "q"
    ANSWER = "a"  # labelled as one ("A:", "Antwort:") or by a name
    TEXT = ""


def interview_answers(document: Document, blocks: list[Block], g: Grammar, cast: Cast) -> list[Statement]:
    """The answers of an article written as an interview (two questions and more, each followed by its answer), as
    the interviewee's statements: a name label's person, else the person the text before the first question names
    most ("Marguerite Oyelaran has run the port since 2023 ... Oyelaran, 54, calls ...")."""
    body = [b for b in blocks if b.in_body and b.place is Place.BODY and b.text.strip()]
    turns = [_turn(g.lexicon, b.text) for b in body]
    if sum(turn is _Turn.QUESTION for turn in turns) >= _MIN_QUESTIONS:
        # In an interview a paragraph set in bold is a question too ("**Some traders say they were never consulted.**")
        turns = [
            _Turn.QUESTION if turn is _Turn.TEXT and _opens(document, b, _BOLD) else turn
            for b, turn in zip(body, turns, strict=True)
        ]
    asked = [i for i, turn in enumerate(turns) if turn is _Turn.QUESTION]
    answered = [i for i in asked if i + 1 < len(body) and turns[i + 1] is not _Turn.QUESTION]
    if len(answered) < _MIN_QUESTIONS or len(asked) < _MIN_QUESTION_SHARE * (asked[-1] - asked[0] + 1):
        return []
    interviewee = _interviewee(body[: asked[0]], cast)
    found: list[Statement] = []
    last = min(len(body), asked[-1] + 2)  # the last answer is one paragraph: a footer or an aside may follow
    for i in range(asked[0] + 1, last):
        if turns[i] is _Turn.QUESTION or _OPENS_QUOTE.match(body[i].text) or _opens(document, body[i], _ITALIC):
            continue
        label = _LABEL.match(body[i].text)
        named = label.group("label") if label and turns[i] is _Turn.ANSWER else None
        speaker = interviewee
        if named and named not in g.lexicon.answer_labels:
            speaker = cast.resolve(named)
        start = label.end() if label and turns[i] is _Turn.ANSWER else 0
        if speaker is not None and len(body[i].text[start:].split()) >= _MIN_WORDS:
            found.append(_answer(document, body[i], speaker, start))
    return found


def _turn(lex: Lexicon, text: str) -> _Turn:
    label = _LABEL.match(text)
    word = label.group("label") if label else ""
    if word in lex.question_labels:
        return _Turn.QUESTION
    if word in lex.answer_labels or word and word[:1].isupper() and word.lower() not in lex.stopwords:
        return _Turn.ANSWER
    if _QUESTION_END.search(text) and len(text.split()) <= _QUESTION_MAX_WORDS and not _OPENS_QUOTE.match(text):
        return _Turn.QUESTION
    return _Turn.TEXT


_BOLD = ("**", "__", "<strong>", "<b>")
_ITALIC = ("*", "_", "<em>", "<i>")  # (a bold opening ends in these too: ask for bold first)


def _opens(document: Document, block: Block, marks: tuple[str, ...]) -> bool:
    """Whether the block's source opens on one of ``marks`` (Markdown or HTML emphasis)."""
    start = source_offset(document, block, 0)
    line = document.text[max(0, start - 10) : start].rpartition("\n")[2]  # (never the paragraph before's "**")
    return line.rstrip().endswith(marks)


def _interviewee(intro: list[Block], cast: Cast) -> str | None:
    """The person the text before the questions names most, when one does."""
    counts: Counter[str] = Counter()
    for block in intro:
        if _FRONT_MATTER.match(block.text):
            continue  # "--- title: ... author: Sam Okonedo": the interviewer
        for run in _CAPITAL_RUN.finditer(block.text):
            if _BY.search(block.text, max(0, run.start() - 4), run.start()):
                continue  # "Interview by Sam Okonedo"
            person = cast.find(run.group())
            if person is not None:
                counts[person.name] += 1
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _answer(document: Document, block: Block, speaker: str, start: int) -> Statement:
    text = block.text[start:].strip()
    return _article_statement(
        document, block, speaker, text, StatementKind.QUOTE, block.text.index(text, start), len(text)
    )


_DISPLAY = frozenset((Place.HEADLINE, Place.DEK, Place.CAPTION, Place.PULLQUOTE))


def credit_from_answers(quotes: list[Quote], statements: list[Statement]) -> list[Quote]:
    """A headline, dek, caption or pull quote credited to no one takes the interviewee whose answers hold its words
    word for word (an interview's answers are unquoted, so no body quote gave it a speaker)."""
    answers = [(_words(s.text), s.speaker) for s in statements if s.kind is StatementKind.QUOTE and s.speaker]
    if not answers:
        return quotes
    credited = []
    for quote in quotes:
        words = _words(quote.text)
        if (
            quote.speaker is None
            and quote.place in _DISPLAY
            and quote.kind is not QuoteKind.MENTION
            and len(words.split()) >= _SHORT_ECHO_MIN_WORDS
        ):
            speakers = {speaker for text, speaker in answers if f" {words} " in f" {text} "}
            if len(speakers) == 1:
                quote = replace(quote, speaker=speakers.pop())
        credited.append(quote)
    return credited


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
