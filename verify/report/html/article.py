"""The article as a reader sees it, with each claim marked where it stands.

An HTML article is shown as its visible text (tags, comments, scripts and
styles dropped, character references decoded, blocks on their own
paragraphs), never as markup; Markdown and plain text are shown as written.
A claim's line and column (or its span) point into the input; the claim's
words are looked for from there, within a bounded window, so that the work
stays linear in the article and a repeated quote is marked where the claim
stands (a position inside a long text node is mapped through an index of the
node's character references and white space, not by decoding the node up to
it for each claim). Marks nest (a quote inside a post) but never cross: a claim that
cannot be marked is listed beside the text instead.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...models import ArticleReport, Claim
from .escape import esc

# One token of HTML source: a comment, an element whose content is never shown (its text is
# skipped with it), a start or end tag (group 2 names it), a doctype or processing instruction,
# text, or a stray "<".
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|template|textarea|title|svg|math)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|</?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>?"
    r"|<[!?][^>]*>?"
    r"|[^<]+"
    r"|<",
    re.S | re.I,
)
# Elements that start a paragraph of their own in the rendered text (HTML's block-level
# elements as CMS article markup uses them); <br> only breaks the line.
_BLOCK_NAMES = """address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer
form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul"""
_BLOCKS = frozenset(_BLOCK_NAMES.split())
_LINE_BREAKS = frozenset({"br"})
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
# How far past the place a claim points to its words are looked for: the claim's own length
# twice over (entities and markup lengthen the source) plus this many characters of slack.
_SEARCH_SLACK = 4_000
_NO_END = 1 << 62  # sorts after every real end offset
# A character reference as html.unescape reads one (its own pattern): a reference is at most this long, bar digits
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


class _ShownLengths:
    """How long ``_shown(piece[:n])`` is, for any n, in logarithmic time.

    A claim points into the source; where it is shown is the length of what the source before it shows
    as. Decoding a text node from its start for each claim in it is quadratic in a node of many claims,
    so the node is decoded once, and a prefix is the decoded text up to the last character reference it
    ends at or after, then the few characters of a reference it cuts (read as ``html.unescape`` reads
    them: "&am" is no reference), with white space collapsed by counting the runs it holds.
    """

    def __init__(self, piece: str) -> None:
        self.piece = piece
        references = list(_CHARREF.finditer(piece))
        self.reference_starts = [m.start() for m in references]
        self.reference_ends = [m.end() for m in references]
        self.lost = [0]  # characters the first i references lose in decoding
        for match in references:
            self.lost.append(self.lost[-1] + len(match.group()) - len(html.unescape(match.group())))
        self.decoded = html.unescape(piece)
        runs = list(_SPACES.finditer(self.decoded))
        self.run_starts = [m.start() for m in runs]
        self.run_ends = [m.end() for m in runs]
        self.collapsed = [0]  # characters the first i runs of white space lose in collapsing
        for match in runs:
            self.collapsed.append(self.collapsed[-1] + len(match.group()) - 1)

    def __call__(self, n: int) -> int:
        done = bisect.bisect_right(self.reference_ends, n)  # references ending at n or before
        cut = n
        if done < len(self.reference_starts) and self.reference_starts[done] < n:
            cut = self.reference_starts[done]  # (a reference n cuts is read from its start as it stands)
        decoded = cut - self.lost[done]
        tail = html.unescape(self.piece[cut:n])
        joined = decoded > 0 and self.decoded[decoded - 1].isspace() and tail[:1].isspace()
        return self._collapsed_length(decoded) + len(_SPACES.sub(" ", tail)) - joined

    def _collapsed_length(self, n: int) -> int:
        """How long the first n decoded characters are with each run of white space made one space."""
        runs = bisect.bisect_left(self.run_starts, n)  # runs starting before n; the last may go on past it
        if not runs:
            return n
        last_start, last_end = self.run_starts[runs - 1], self.run_ends[runs - 1]
        return n - self.collapsed[runs - 1] - (min(last_end, n) - last_start - 1)


@dataclass(frozen=True, slots=True)
class VisibleText:
    """What a reader sees of an article, and where each piece of it stands in the input.

    Piece ``i`` is shown at ``visible[i]`` (start, end) of :attr:`text` and comes from
    ``source[i]`` (start, end) of the input :attr:`markup`; ``trimmed[i]`` says a
    leading space of it was dropped. Without markup the text is the input itself.
    """

    text: str
    visible: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    trimmed: tuple[bool, ...]
    markup: str = ""
    _lengths: dict[int, _ShownLengths] = field(default_factory=dict, repr=False, compare=False)  # by piece, once asked

    def offset(self, source_offset: int) -> int:
        """Where in :attr:`text` the character at ``source_offset`` of the input is shown."""
        if not self.markup:
            return max(0, min(source_offset, len(self.text)))
        i = bisect.bisect_right(self.source, (source_offset, _NO_END)) - 1
        if i < 0:
            return 0
        (visible_start, visible_end), (source_start, source_end) = self.visible[i], self.source[i]
        if source_offset >= source_end:
            return visible_end
        # Offsets inside a piece shift where entities were decoded and whitespace collapsed.
        if i not in self._lengths:
            self._lengths[i] = _ShownLengths(self.markup[source_start:source_end])
        inside = self._lengths[i](source_offset - source_start) - self.trimmed[i]
        return visible_start + max(0, min(inside, visible_end - visible_start))


@dataclass(frozen=True, slots=True)
class Mark:
    """One claim's place in the visible text, and the markup that opens and closes it."""

    start: int
    end: int
    opening: str
    closing: str


def visible_text(article: ArticleReport) -> VisibleText:
    """The article's text as shown in the report."""
    if article.format == "html":
        return _html_text(article.text)
    # Same length, so offsets hold: a CR would show as a second line break.
    text = article.text.replace("\r\n", " \n").replace("\r", "\n")
    return VisibleText(text, ((0, len(text)),), ((0, len(text)),), (False,))


def _shown(raw: str) -> str:
    """Text of the HTML source as a reader sees it: references decoded, whitespace collapsed."""
    return _SPACES.sub(" ", html.unescape(raw))


def _html_text(source: str) -> VisibleText:
    out: list[str] = []
    visible: list[tuple[int, int]] = []
    sources: list[tuple[int, int]] = []
    trimmed: list[bool] = []
    length = 0
    pending = ""  # the break owed before the next text: "\n" after <br>, "\n\n" after a block
    for token in _TOKEN.finditer(source):
        raw = token.group(0)
        name = (token.group(2) or "").lower()
        if name in _BLOCKS or name in _LINE_BREAKS:
            pending = "\n\n" if name in _BLOCKS else max(pending, "\n", key=len)
            continue
        if raw.startswith("<") and len(raw) > 1:
            continue
        full = _shown(raw)
        at_line_start = not out or pending or out[-1].endswith("\n")
        text = full.lstrip(" ") if at_line_start or out[-1].endswith(" ") else full
        if not text:
            continue
        if pending and out:
            out.append(pending)
            length += len(pending)
        pending = ""
        visible.append((length, length + len(text)))
        sources.append((token.start(), token.end()))
        trimmed.append(len(text) < len(full))
        out.append(text)
        length += len(text)
    return VisibleText("".join(out), tuple(visible), tuple(sources), tuple(trimmed), markup=source)


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (lines end at "\\n", as the pipeline counts)."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def claim_offset(claim: Claim, starts: Sequence[int]) -> int:
    """The input offset a claim points to: its span when it has one, else its line and column."""
    if claim.span is not None and claim.span[1] > claim.span[0]:
        return claim.span[0]
    line = min(max(claim.line, 1), len(starts))
    return starts[line - 1] + max(claim.column - 1, 0)


def locate(shown: VisibleText, claim: Claim, starts: Sequence[int]) -> tuple[int, int] | None:
    """Where the claim stands in the visible text: its words, looked for from where it points.

    A quote split by its attribution ("A," she said, "B.") is not one run of words:
    then the stretch its span covers is marked, attribution and all. A claim with no
    words (an embed that shows only as a frame) is marked, empty, where it stands.
    """
    start = shown.offset(claim_offset(claim, starts))
    if not _WORD.search(claim.text):
        return start, start
    limit = start + 2 * len(claim.text) + _SEARCH_SLACK
    found = find_words(shown.text, claim.text, start, limit)
    if found is not None or claim.span is None:
        return found
    end = shown.offset(claim.span[1])
    return (start, end) if start < end <= limit else None


def find_words(text: str, words: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The first stretch of ``text[start:end]`` with the words of ``words`` in order; ``None`` if absent.

    Only the words must agree (case aside): whitespace, punctuation, quote marks and
    dashes between them may differ. Literal words with non-word runs between them: no
    nested repetition, so no backtracking blow-up.
    """
    found_words = _WORD.findall(words)
    if not found_words:
        return None
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in found_words) + r"(?!\w)", re.I)
    found = pattern.search(text, start, len(text) if end is None else end)
    return (found.start(), found.end()) if found else None


def nested(marks: list[Mark]) -> tuple[list[Mark], list[Mark]]:
    """The marks that nest or stand apart, in text order, and those that would cross one of them."""
    kept: list[Mark] = []
    crossing: list[Mark] = []
    open_ends: list[int] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        while open_ends and open_ends[-1] <= mark.start:
            open_ends.pop()
        if open_ends and mark.end > open_ends[-1]:
            crossing.append(mark)
            continue
        kept.append(mark)
        open_ends.append(mark.end)
    return kept, crossing


def marked(text: str, marks: list[Mark]) -> str:
    """``text`` escaped, with each mark's markup around its span (marks as :func:`nested` keeps them)."""
    out: list[str] = []
    position = 0
    stack: list[Mark] = []

    def close_until(limit: int) -> None:
        nonlocal position
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(esc(text[position : top.end]) + top.closing)
            position = top.end

    for mark in marks:
        close_until(mark.start)
        out.append(esc(text[position : mark.start]) + mark.opening)
        position = mark.start
        stack.append(mark)
    close_until(len(text))
    out.append(esc(text[position:]))
    return "".join(out)
