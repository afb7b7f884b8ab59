"""Quotations in the article text and the speaker each is credited to.

Quote marks are paired per block by a small state machine (straight, curly,
guillemets, German „“, doubled apostrophes, and single quotes where the
article uses them for quotations); a stray mark never derails the rest of the
article. The cue ("Rutte said", "said Rutte", "he told reporters:", "—
Name", "according to X") is looked for right after the quote, then right
before it, then anywhere in its sentence. Split quotes ("A," she said, "B.")
become one quote. Every regular expression runs on a bounded window, so the
work stays linear in the size of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..document import Document
from ..models import Place, Post, Quote, QuoteKind
from .blocks import Block, position, source_offset
from .speakers import CUE_VERBS, NAME_RUN, NAME_WORD, NOT_NAMES, PRONOUNS, Cast, strip_titles

# Opening mark -> the marks that may close it.
QUOTE_PAIRS = {
    "“": "”",  # English curly double quotes
    "„": "“”",  # German and Central European „...“ (some sites close with ”)
    "«": "»",  # guillemets (French, Russian, Swiss)
    "‹": "›",  # single guillemets
    '"': '"',  # straight double quotes
    "''": "''",  # doubled apostrophes, as in news-database exports (NYT)
    "``": "''",  # TeX-style openers
    "‘": "’",  # single quotes: British style and headlines
}
_MARK = re.compile(r"''|``|[“”„«»‹›\"‘’]")
_SINGLE = {"‘", "’"}
_STRAIGHT = {'"', "''", "``"}
_ALWAYS_OPEN = {"“", "„", "«", "‹", "``"}

_VERBS = "|".join(sorted(CUE_VERBS, key=len, reverse=True))
_PRONOUN = "|".join(p for p in PRONOUNS if p not in ("him", "her"))
# A speaker as the article names one: a pronoun, a capitalised (titled) name, or a description.
_NAME_PHRASE = rf"(?:{NAME_WORD}\s+(?:(?:of|for|at)\s+(?:the\s+)?)?){{0,6}}{NAME_RUN}"
_SPEAKER = (
    rf"(?P<who>\b(?:{_PRONOUN})\b|\b{_NAME_PHRASE}"
    r"|\b(?:the|a|an|one)\s+(?:[a-z]+\s+){0,2}(?:spokes(?:man|woman|person)|official|aide|statement|[a-z]+(?:er|or|ist|ant|ent)s?)\b)"
)
_ADVERBS = r"(?:(?:\w+ly|also|later|then|has|have|had|would|will|once|again|previously|recently|simply|just)\s+)*"
# An appositive between the name and the verb: "Jo Coelbart, a retired Belgian general, said".
_APPOSITIVE = r"(?:,\s[^“”\"«»]{1,200}?,)?"

_AFTER_PATTERNS = (
    # “...,” said Rutte / “...,” said NATO's Mark Rutte
    re.compile(rf"^[\s,;:—–-]*{_ADVERBS}(?P<verb>{_VERBS})\s+{_SPEAKER}", re.I),
    # “...,” Rutte said / “...,” he told reporters / “...,” Rutte, who ..., said
    re.compile(rf"^[\s,;:—–-]*{_SPEAKER}{_APPOSITIVE}\s+{_ADVERBS}(?P<verb>{_VERBS})\b"),
    # “...” — Commissioner Lars Berg
    re.compile(rf"^[\s,]*[—–]\s*(?P<who>{_NAME_PHRASE})"),
    # “...,” according to Rutte
    re.compile(rf"^[\s,;:]*according\s+to\s+{_SPEAKER}", re.I),
)
_BEFORE_PATTERNS = (
    # Rutte stated, “... / He told reporters: “... / Rutte, who ..., remarked, “...
    re.compile(
        rf"{_SPEAKER}{_APPOSITIVE}\s+{_ADVERBS}(?P<verb>{_VERBS})\b[^.!?“”\"«»]{{0,80}}?[,:]?\s*$"
    ),
    # Mark Rutte: “...
    re.compile(rf"(?P<who>{_NAME_PHRASE})\s*:\s*$"),
    # According to Rutte, “...
    re.compile(rf"according\s+to\s+{_SPEAKER}\s*[,:]?\s*$", re.I),
)
# A cue anywhere in the quote's sentence: "..., which he described as “very effective”".
_IN_SENTENCE = re.compile(rf"{_SPEAKER}{_APPOSITIVE}\s+{_ADVERBS}(?P<verb>{_VERBS})\b")

_WINDOW = 300  # characters of context read on each side of a quote
_PARTIAL_MAX_WORDS = 3  # a quote of this many words or fewer with no cue of its own is partial

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col sgt capt adm st jr sr inc corp ltd co u.s u.k u.n e.u "
    "no vs etc jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’»]?\s+(?=[\"“‘«„A-Z0-9])")
_CAPITAL_RUN = re.compile(NAME_RUN)


@dataclass(slots=True)
class _Span:
    """A paired quotation inside one block."""

    block: int
    start: int  # index of the opening mark
    end: int  # index after the closing mark (or the block's end when it runs on)
    closed: bool = True


def sentence_start(text: str, index: int) -> int:
    """Start of the sentence holding ``text[index]`` (searching at most a window back)."""
    floor = max(0, index - _WINDOW)
    start = floor
    for match in _SENTENCE_BREAK.finditer(text, floor, index):
        if _is_abbreviation(text, match.start()):
            continue
        start = match.end()
    return start


def sentence_end(text: str, index: int) -> int:
    """End of the sentence holding ``text[index]`` (searching at most a window ahead)."""
    # Start a little back: the break after “... participate.” is found from just past the mark.
    for match in _SENTENCE_BREAK.finditer(text, max(0, index - 2), min(len(text), index + _WINDOW)):
        if match.start() < index or _is_abbreviation(text, match.start()):
            continue
        return match.start()
    return min(len(text), index + _WINDOW)


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop just before ``end`` closes an abbreviation ("U.S.", "Mr.") or an initial."""
    word = re.search(r"([\w.]+)[.!?][\"”’»]?$", text[max(0, end - 12) : end])
    return bool(word) and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1)


def _pair_marks(text: str, block: int, singles: bool) -> list[_Span]:
    spans: list[_Span] = []
    opener: re.Match[str] | None = None
    for mark in _MARK.finditer(text):
        glyph = mark.group()
        if glyph in _SINGLE and not singles:
            continue
        if opener is None:
            if _is_opener(text, mark):
                opener = mark
            continue
        closers = QUOTE_PAIRS[opener.group()]
        if glyph in closers and _is_closer(text, mark):
            spans.append(_Span(block, opener.start(), mark.end()))
            opener = None
        elif glyph in _ALWAYS_OPEN and glyph == opener.group():
            opener = mark  # the earlier opener was stray
    if opener is not None:
        spans.append(_Span(block, opener.start(), len(text), closed=False))
    return spans


def _is_opener(text: str, mark: re.Match[str]) -> bool:
    glyph = mark.group()
    if glyph not in QUOTE_PAIRS:
        return False
    before = text[mark.start() - 1] if mark.start() else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    if glyph in _ALWAYS_OPEN:
        return not after.isspace() or glyph == "«"
    # Straight and single marks open after a space or opening punctuation, before a word.
    return not before.isalnum() and not after.isspace()


def _is_closer(text: str, mark: re.Match[str]) -> bool:
    glyph = mark.group()
    after = text[mark.end()] if mark.end() < len(text) else " "
    if glyph in _STRAIGHT or glyph in _SINGLE:
        # Not an apostrophe inside a word ("don’t", "Rutte’s").
        return not after.isalnum()
    return True


def _quote_text(text: str, span: _Span) -> str:
    inner = text[span.start : span.end]
    inner = re.sub(r"^(?:''|``|.)", "", inner, count=1)
    if span.closed:
        inner = re.sub(r"(?:''|.)$", "", inner, count=1)
    return inner.strip().rstrip(",").strip()


def _speaker_after(text: str, end: int) -> re.Match[str] | None:
    window = text[end : end + _WINDOW]
    stop = _MARK.search(window)
    if stop and stop.start() > 0:
        window = window[: stop.start()]
    # A quote that ends its sentence (“... participate.” He acknowledged ...) takes a cue after it
    # only when the cue is all the next sentence says (“... participate.” Rutte said.).
    ends_sentence = bool(re.search(r"[.!?…]\W{0,2}$", text[max(0, end - 3) : end]))
    for pattern in _AFTER_PATTERNS:
        match = pattern.search(window)
        if match and _plausible(match.group("who")):
            if ends_sentence and not re.match(r"\s*(?:[.;]|$)", window[match.end() :]):
                continue
            return match
    return None


def _speaker_before(text: str, start: int, floor: int) -> re.Match[str] | None:
    window = text[max(floor, sentence_start(text, start)) : start]
    for pattern in _BEFORE_PATTERNS:
        for match in pattern.finditer(window):
            if _plausible(match.group("who")):
                return match
    return None


def _speaker_in_sentence(text: str, start: int, end: int) -> re.Match[str] | None:
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    outside = text[lo:start] + " " * (end - start) + text[end:hi]
    for match in _IN_SENTENCE.finditer(outside):
        if _plausible(match.group("who")):
            return match
    return None


def _plausible(who: str) -> bool:
    words = who.split()
    return bool(words) and not (len(words) == 1 and words[0].lower() in NOT_NAMES - set(PRONOUNS))


def _mention(who: str) -> str:
    words = who.split()
    while len(words) > 1 and words[0].lower() in NOT_NAMES - {"the"}:
        words = words[1:]
    return " ".join(words).strip(" ,")


def _learn_names(cast: Cast, text: str, start: int, end: int) -> None:
    """Introduce every person named in ``text[start:end]``, and note the sentence subject."""
    for match in _CAPITAL_RUN.finditer(text, start, end):
        cast.introduce(match.group())


@dataclass(slots=True)
class _Found:
    """A quote before split parts are joined."""

    spans: list[_Span]
    text: str
    who: str | None
    cue_after_end: int = -1  # where the after-cue ends, to recognise a split quote's second part
    has_cue: bool = False
    speaker: str | None = None  # resolved when found, before the names that follow are learnt


def find_quotes(document: Document, blocks: list[Block]) -> list[Quote]:
    """Every quotation in the article's blocks, in document order, with its speaker."""
    singles = not any(mark in document.text for mark in ("“", '"', "„", "«", "''"))
    cast = Cast()
    quotes: list[Quote] = []
    pending: list[_Span] = []  # a multi-paragraph quote still open
    last_speaker: str | None = None
    for index, block in enumerate(blocks):
        if not block.in_body:
            continue
        text = block.text
        spans = _pair_marks(text, index, singles or block.place is Place.HEADLINE)
        if pending and not (spans and text[: spans[0].start].strip() == ""):
            pending = []  # the next paragraph did not open with a mark: the quote was never closed
        found: list[_Found] = []
        cursor = 0
        for span in spans:
            _learn_names(cast, text, cursor, span.start)
            if not span.closed:
                pending.append(span)
                break
            chain = pending + [span]
            pending = []
            item = _attribute(blocks, chain, cursor)
            last_speaker = _resolve(item, cast, last_speaker)
            found.append(item)
            cursor = span.end
        _learn_names(cast, text, cursor, len(text))
        if block.quote_block and not spans and text.strip():
            # A block quotation without marks: the whole block is the quote.
            item = _Found([_Span(index, 0, len(text))], text.strip(), None)
            last_speaker = _resolve(item, cast, last_speaker)
            found.append(item)
        _emit(document, blocks, _join_split(found), quotes)
    return quotes


def _resolve(item: _Found, cast: Cast, last_speaker: str | None) -> str | None:
    """Set the quote's resolved speaker; returns the speaker a following bare quote continues."""
    mention = _mention(item.who) if item.who else None
    if mention:
        item.speaker = cast.resolve(mention)
        cast.mentioned(item.speaker)
    elif len(item.text.split()) > _PARTIAL_MAX_WORDS and item.spans[0].start == 0 and last_speaker:
        item.speaker = last_speaker  # a paragraph that is only a quote continues the last speaker
    if item.speaker and len(item.text.split()) > _PARTIAL_MAX_WORDS:
        return item.speaker
    return last_speaker


def _attribute(blocks: list[Block], chain: list[_Span], floor: int) -> _Found:
    first, last = chain[0], chain[-1]
    quoted = " ".join(_quote_text(blocks[s.block].text, s) for s in chain)
    last_text = blocks[last.block].text
    after = _speaker_after(last_text, last.end)
    if after is not None:
        return _Found(chain, quoted, after.group("who"), last.end + after.end(), True)
    before = _speaker_before(blocks[first.block].text, first.start, floor)
    if before is not None:
        return _Found(chain, quoted, before.group("who"), has_cue=True)
    inside = _speaker_in_sentence(last_text, first.start if first.block == last.block else 0, last.end)
    return _Found(chain, quoted, inside.group("who") if inside else None)


def _join_split(found: list[_Found]) -> list[_Found]:
    """“A,” she said, “B.” -> one quote “A B” credited to her."""
    joined: list[_Found] = []
    for item in found:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.cue_after_end >= 0
            and item.spans[0].block == prev.spans[-1].block
            and 0 <= item.spans[0].start - prev.cue_after_end <= 3
        ):
            joined[-1] = _Found(prev.spans + item.spans, f"{prev.text} {item.text}", prev.who, -1, True, prev.speaker)
            continue
        joined.append(item)
    return joined


def _emit(document: Document, blocks: list[Block], found: Iterable[_Found], out: list[Quote]) -> None:
    for item in found:
        if not item.text:
            continue
        first = item.spans[0]
        block = blocks[first.block]
        words = len(item.text.split())
        kind = QuoteKind.BLOCK if block.quote_block and first.start == 0 and not item.has_cue else QuoteKind.DIRECT
        if words <= _PARTIAL_MAX_WORDS and not (item.has_cue and words > 1):
            kind = QuoteKind.PARTIAL
        line, column = position(document, block, first.start)
        out.append(
            Quote(
                text=item.text,
                speaker=item.speaker,
                mention=_mention(item.who) if item.who else None,
                kind=kind,
                place=block.place,
                line=line,
                column=column,
                start=source_offset(document, block, first.start),
                end=source_offset(document, blocks[item.spans[-1].block], item.spans[-1].end - 1) + 1,
            )
        )


# A quote inside a post credited with a colon: "Mark Rutte: The United States ...".
_POST_COLON_QUOTE = re.compile(rf"(?:^|(?<=[\s\W]))(?P<who>{NAME_RUN})\s*:\s+(?P<text>\S.*)", re.S)
# Trailing links and media markers that the platform appends to a post's text.
_POST_TAIL = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+|#\w+|\s))+$")


def post_quotes(post: Post) -> list[Quote]:
    """Quotes a post credits to someone: "Name: text" or quoted words with a cue."""
    text = post.text
    found: list[Quote] = []
    match = _POST_COLON_QUOTE.search(text)
    if match:
        name = strip_titles(match.group("who"))
        words = text[match.start("text") :]
        words = _POST_TAIL.sub("", words).strip()
        if name and len(name.split()) >= 2 and len(words.split()) >= 3:
            found.append(_post_quote(post, words, name, match.group("who")))
            return found
    for span in _pair_marks(text, 0, singles=False):
        if not span.closed:
            continue
        quoted = _quote_text(text, span)
        cue = _speaker_after(text, span.end) or _speaker_before(text, span.start, 0)
        who = _mention(cue.group("who")) if cue else None
        if len(quoted.split()) > _PARTIAL_MAX_WORDS:
            speaker = strip_titles(who) if who and who.lower() not in PRONOUNS else (post.author.name or None)
            found.append(_post_quote(post, quoted, speaker, who))
    return found


def _post_quote(post: Post, text: str, speaker: str | None, mention: str | None) -> Quote:
    return Quote(
        text=text,
        speaker=speaker,
        mention=mention,
        kind=QuoteKind.DIRECT,
        place=Place.POST,
        line=post.line,
        column=post.column,
        post=post,
    )
