"""A finding's word changes, placed in the claim and in the evidence for a side-by-side view.

The judge lists each changed run in order, from the claim's side: "replace"
(different words on each side), "insert" (words only the claim has) and
"delete" (words only the source has). Here each run is found in the two
texts, walking both from left to right; a run one side lacks becomes a gap
there, after the words that precede the run on the other side (or before
the ones that follow it). This places what the judge decided; it decides
nothing. When a run cannot be found (the matcher reads "three" and "3" as
one word, the page shows them as written) no placement is returned and the
page shows the texts unmarked beside the list of changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import Change
from .article import Mark, find_words
from .escape import esc

_ANCHOR_WORDS = 3  # words next to a one-sided run that place its gap on the other side
_WORD = re.compile(r"\w+")
# How a change reads in the list under the two texts, by op (from the claim's side).
_OP_LABELS = {"replace": "changed", "insert": "added in the article", "delete": "left out of the article"}


@dataclass(frozen=True, slots=True)
class Placed:
    """One change and its span in the claim and in the evidence (an empty span is a gap)."""

    number: int
    change: Change
    claim: tuple[int, int]
    source: tuple[int, int]


def place(claim_text: str, source_text: str, changes: tuple[Change, ...]) -> list[Placed] | None:
    """Each change's spans in the two texts, in order; ``None`` when one cannot be found."""
    placed: list[Placed] = []
    at_claim = at_source = 0
    for number, change in enumerate(changes, 1):
        claim_span = find_words(claim_text, change.claim, at_claim) if change.claim else None
        source_span = find_words(source_text, change.source, at_source) if change.source else None
        if (change.claim and claim_span is None) or (change.source and source_span is None):
            return None
        if claim_span is None and source_span is not None:
            claim_span = _gap(source_text, at_source, source_span, claim_text, at_claim)
        if source_span is None and claim_span is not None:
            source_span = _gap(claim_text, at_claim, claim_span, source_text, at_source)
        if claim_span is None or source_span is None:
            return None  # a change with no words on either side: nothing to place
        placed.append(Placed(number, change, claim_span, source_span))
        at_claim, at_source = claim_span[1], source_span[1]
    return placed


def _gap(text: str, cursor: int, span: tuple[int, int], other: str, other_cursor: int) -> tuple[int, int]:
    """Where the run at ``span`` of ``text``, missing from ``other``, falls in ``other``."""
    before = _WORD.findall(text, cursor, span[0])[-_ANCHOR_WORDS:]
    found = find_words(other, " ".join(before), other_cursor) if before else None
    if found:
        return found[1], found[1]
    after = _WORD.findall(text, span[1])[:_ANCHOR_WORDS]
    found = find_words(other, " ".join(after), other_cursor) if after else None
    if found:
        return found[0], found[0]
    return other_cursor, other_cursor


def claim_marks(placed: list[Placed]) -> list[Mark]:
    """Marks for the claim's text: its changed words as insertions, gaps where it left words out."""
    return [_mark(p, p.claim, "ins", f"left out: {p.change.source}") for p in placed]


def source_marks(placed: list[Placed]) -> list[Mark]:
    """Marks for the evidence's text: its changed words as deletions, gaps where the claim added words."""
    return [_mark(p, p.source, "del", f"added in the article: {p.change.claim}") for p in placed]


def _mark(placed: Placed, span: tuple[int, int], tag: str, gap_text: str) -> Mark:
    note = f'<sup class="flag">{placed.number}{flag_text(placed.change)}</sup>'
    if span[0] == span[1]:
        # The caret stands where words are missing; its text says which, with or without colour.
        gap = f'<span class="gap" title="{esc(gap_text)}">⁁</span>{note}'
        return Mark(span[0], span[1], gap, "")
    return Mark(span[0], span[1], f'<{tag} class="chg">', f"</{tag}>{note}")


def flag_text(change: Change) -> str:
    """The change's flags as a reader sees them: " negation, number" or ""."""
    return f" {', '.join(esc(flag) for flag in change.flags)}" if change.flags else ""


def change_list(changes: tuple[Change, ...]) -> str:
    """The changes as a numbered list a reader can follow without the marks."""
    items = []
    for change in changes:
        label = _OP_LABELS.get(change.op, change.op)
        source = f"<del>“{esc(change.source)}”</del>" if change.source else ""
        claim = f"<ins>“{esc(change.claim)}”</ins>" if change.claim else ""
        arrow = " → " if source and claim else ""
        flags = f' <span class="flag">{flag_text(change).strip()}</span>' if change.flags else ""
        items.append(f'<li><span class="op">{esc(label)}</span>: {source}{arrow}{claim}{flags}</li>')
    return f'<ol class="changes">{"".join(items)}</ol>' if items else ""
