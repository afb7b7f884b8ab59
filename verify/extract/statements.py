"""The article's reported statements: what it says people said, as evidence.

Direct quotes are statements too (see :func:`verify.extract.extract`); this
module finds indirect reported speech ("Rutte outlined that the guarantees
will ...", "The first, he explained, will ...", "..., he noted.") and credits
it to the resolved speaker.
"""

from __future__ import annotations

import re

from ..document import Document
from ..models import Origin, Place, Statement, StatementKind
from .blocks import Block, position, source_offset
from .quotes import _ADVERBS, _APPOSITIVE, _CAPITAL_RUN, _SPEAKER, _VERBS, _plausible, sentence_end
from .speakers import Cast

# "Rutte outlined that X" / "He acknowledged that X" / "Rutte said X".
_LEADING_CUE = re.compile(
    rf"^{_SPEAKER}{_APPOSITIVE}\s+{_ADVERBS}(?P<verb>{_VERBS})\b(?:\s+that\b)?[\s,:]*(?P<content>.+)$", re.S
)
# "X, he explained, Y" / "X, Rutte said, Y".
_MIDDLE_CUE = re.compile(rf"^(?P<a>.+?),\s+{_SPEAKER}\s+{_ADVERBS}(?P<verb>{_VERBS}),\s+(?P<b>.+)$", re.S)
# "X, he noted." / "X, said Rutte."
_TRAILING_CUE = re.compile(
    rf"^(?P<content>.+?),\s+(?:{_SPEAKER}\s+{_ADVERBS}(?P<verb>{_VERBS})"
    rf"|(?P<verb2>{_VERBS})\s+{_SPEAKER.replace('who', 'who2')})\W*$",
    re.S,
)
_MIN_WORDS = 4  # shorter content is no statement worth matching against
_OPENS_QUOTE = re.compile(r"\s*(?:''|``|[“„«\"])")


def reported_statements(document: Document, blocks: list[Block]) -> list[Statement]:
    """Indirect reported speech in the body, each credited to a resolved speaker."""
    cast = Cast()
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
            statement = _statement(document, block, cast, text, start, end)
            if statement is not None:
                found.append(statement)
            for match in _CAPITAL_RUN.finditer(text, start, end):
                cast.introduce(match.group())
            start = end
            while start < len(text) and text[start].isspace():
                start += 1
    return found


def _statement(document: Document, block: Block, cast: Cast, text: str, start: int, end: int) -> Statement | None:
    sentence = text[start:end].strip()
    for pattern in (_LEADING_CUE, _MIDDLE_CUE, _TRAILING_CUE):
        match = pattern.match(sentence)
        if not match:
            continue
        who = match.groupdict().get("who") or match.groupdict().get("who2")
        if not who or not _plausible(who):
            continue
        parts = [match.group("content")] if "content" in match.groupdict() else [match.group("a"), match.group("b")]
        if any(_OPENS_QUOTE.match(part) for part in parts):
            return None  # a direct quote after its cue is a quote, already evidence in its own right
        content = " ".join(parts).strip().rstrip(".").strip()
        if len(content.split()) < _MIN_WORDS:
            return None
        speaker = cast.resolve(who)
        cast.spoke(speaker)
        offset = text.index(sentence, start)
        line, _ = position(document, block, offset)
        return Statement(
            speaker=speaker,
            text=content,
            kind=StatementKind.REPORTED,
            origin=Origin.ARTICLE,
            source=document.path,
            line=line,
            span=(
                source_offset(document, block, offset),
                source_offset(document, block, offset + len(sentence) - 1) + 1,
            ),
        )
    return None
