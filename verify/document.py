"""Inputs to documents: read a path, URL or stdin, decode it, parse it, map positions.

A :class:`Document` owns the decoded source text, the parsed HTML tree (for
HTML inputs), and the map from offsets in the text to 1-based line and column.
For HTML it also owns a *text locator*: the page's visible text with every
character's offset in the source, so that text the extractors take from the
parsed tree can be pointed to in the file the user gave.
"""

from __future__ import annotations

import bisect
import html
import itertools
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from . import tree as trees
from ._decode import decode_utf8
from .errors import InputError

if TYPE_CHECKING:
    import httpx


class Format(StrEnum):
    """The kind of input an article is."""

    HTML = "html"
    MARKDOWN = "markdown"
    TEXT = "text"


_FORMAT_BY_SUFFIX = {
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".txt": Format.TEXT,
}

# A CommonMark HTML block that may hold an embed: a line that opens with a block-level tag, or with a custom element
# (amp-twitter, lite-youtube, embetty-tweet).
_MARKDOWN_HTML_BLOCK = re.compile(
    r"^ {0,3}<(?:blockquote|iframe|div|figure|p|section|aside|center|script|noscript|[a-z]+-[a-z-]+)\b", re.I | re.M
)

# A document that starts like markup is HTML whatever its name (stdin, URLs, odd suffixes).
_LOOKS_LIKE_HTML = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<blockquote)", re.I)


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NEWLINE = re.compile("\n")
_LINES_AHEAD = 4096  # characters the line starts are read on by at least

# A "lang:" or "language:" line in the front matter that opens a Markdown draft (bounded: 40 lines of 200).
_FRONT_MATTER_LANG = re.compile(
    r"---[ \t]*\n(?:[^\n]{0,200}\n){0,40}?(?:lang|language)[ \t]*:[ \t]*[\"']?"
    r"(?P<code>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)"
)


@dataclass(eq=False)
class Document:
    """One decoded article and the means to point into it."""

    path: str
    text: str
    format: Format
    base_dir: Path | None = None
    tree: trees.Element | None = None  # the parsed HTML, made once and read by every stage
    # The elements holding the article body, found once for posts and blocks (extract.blocks.article_roots).
    body_roots: frozenset[trees.Element] | None = field(default=None, repr=False)
    # Where each line starts, read only as far as a position is asked for (a page's last claim stands about 60% of
    # the way through its source): every line start at or before ``_lines_read`` is listed.
    _line_starts: list[int] = field(default_factory=lambda: [0], repr=False)
    _lines_read: int = field(default=0, repr=False)
    _locator: TextLocator | None = field(default=None, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset into :attr:`text`."""
        offset = 0 if offset < 0 else len(self.text) if offset > len(self.text) else offset
        if offset > self._lines_read:
            self._read_lines(offset)
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def _read_lines(self, offset: int) -> None:
        """List the line starts up to ``offset`` at least, by steps of a quarter of what is read already (so a text
        asked about line by line is still scanned once)."""
        read = self._lines_read
        end = min(len(self.text), max(offset, read + max(_LINES_AHEAD, read // 4)))
        self._line_starts += [m.end() for m in _NEWLINE.finditer(self.text, read, end)]
        self._lines_read = end

    @property
    def declared_language(self) -> str | None:
        """The language the document says it is in: ``<html lang>``, or a Markdown front matter ``lang:``."""
        if self.format is Format.HTML and self.tree is not None:
            return self.tree.get("lang") or self.tree.get(_XML_LANG)
        if self.format is Format.MARKDOWN:
            front = _FRONT_MATTER_LANG.match(self.text)
            return front.group("code") if front else None
        return None

    @property
    def locator(self) -> TextLocator:
        """The visible-text locator of an HTML document (built on first use)."""
        if self._locator is None:
            self._locator = TextLocator(self.text)
        return self._locator


class TextLocator:
    """The visible text of an HTML source, whitespace removed, with source offsets.

    Tags, comments, scripts and styles are skipped; character references are
    decoded. ``flat`` holds the remaining non-whitespace characters, so a
    string taken from the parsed tree is found in it whatever the whitespace
    and entity spelling of the source.
    """

    # Markup that holds no visible text: a comment, a raw-text element with its content, or a tag. Each part
    # opens with "<" (a literal prefix: the scan jumps between them in C) and reads up to its first end with
    # a greedy loop that stops before that end (a lazy ".*?" tests the end at every character: 9x slower).
    _RAW_TEXT = "|".join(
        rf"{name}\b[^>]*>(?:[^<]+|<(?!/{name}\s*>))*(?:</{name}\s*>)?"
        for name in ("script", "style", "template", "textarea", "title")
    )
    _TAG = rf"<(?:!--(?:[^-]+|-(?!->))*(?:-->)?|{_RAW_TEXT}|[!?/a-zA-Z][^>]*>?)"
    # A run of markup and the white space between: the text between two runs is one piece of visible text.
    _MARKUP = re.compile(rf"{_TAG}(?:\s*{_TAG})*", re.S | re.I)
    _PIECE = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)|[^\s&]+|&")
    _WORD = re.compile(r"\S+")  # a piece of a text without "&" (str.split's white space is re's \s)

    def __init__(self, source: str) -> None:
        # One entry per text between two runs of markup; the offset of a character inside one is worked out
        # only when asked for (a page has thousands of texts, a report a few dozen claims). The source is read
        # only as far as it is asked about: a page's last claim stands about 60% of the way through its source
        # (rails, comments, footers and scripts follow), and most of what follows is never looked for.
        self._source = source
        self._flat = ""  # the visible text read so far (see flat)
        self._flat_starts: list[int] = []
        self._tokens: list[tuple[int, int]] = []
        self._tables: dict[int, tuple[list[int], list[int], list[bool]]] = {}  # by token, made when asked
        self._misses = 0  # texts looked for in vain, each through its whole window
        self._markups = itertools.chain(self._MARKUP.finditer(source), [None])  # None: the source's end
        self._next: int | None = 0  # where the text after the markup read last starts; None: the source is read

    @property
    def flat(self) -> str:
        """The source's visible text, white space removed (the whole source read)."""
        self._read_to(sys.maxsize)
        return self._flat

    def _read_to(self, length: int) -> None:
        """Read the source on until the visible text holds at least ``length`` characters or the source ends, by
        steps of a quarter of what is read already (so the visible text is copied a bounded number of times)."""
        start = self._next
        if start is None or len(self._flat) >= length:
            return
        flat_length = len(self._flat)
        target = max(length, flat_length + max(_READ_AHEAD, flat_length // 4))
        source, parts = self._source, []
        for markup in self._markups:
            end = markup.start() if markup is not None else len(source)
            text = source[start:end]
            visible = "".join((html.unescape(text) if "&" in text else text).split())  # as find() reads it
            if visible:
                parts.append(visible)
                self._flat_starts.append(flat_length)
                self._tokens.append((start, end))
                flat_length += len(visible)
            if markup is None:
                start = None
                break
            start = markup.end()
            if flat_length >= target:
                break
        self._next = start
        self._flat += "".join(parts)

    def find(self, text: str, start: int = 0, window: int = 2_000_000) -> int:
        """Index in :attr:`flat` of ``text`` (whitespace ignored) at or after ``start``; -1 if absent."""
        key = "".join(text.split())[:80]
        if not key:
            return -1
        if self._misses >= _FAR_MISSES:
            window = min(window, _NEAR_WINDOW)
        end = start + window + len(key)
        found = self._flat.find(key, start, end)
        while found < 0 and self._next is not None and len(self._flat) < end:
            # (read on and look again from where a match could still begin: the text read already does not change)
            searched = max(start, len(self._flat) - len(key) + 1)
            self._read_to(len(self._flat) + 1)
            found = self._flat.find(key, searched, end)
        if found < 0:
            self._misses += 1
        return found

    def source_offset(self, flat_index: int) -> int:
        """Offset in the HTML source of the character at ``flat_index``."""
        self._read_to(max(0, flat_index) + 1)
        if not self._flat_starts:
            return 0
        flat_index = max(0, min(flat_index, len(self._flat) - 1))
        i = bisect.bisect_right(self._flat_starts, flat_index) - 1
        remaining = flat_index - self._flat_starts[i]
        ends, offsets, entities = self._pieces(i)
        piece = bisect.bisect_right(ends, remaining)  # the first piece that holds the character
        if piece == len(ends):
            return self._tokens[i][0]
        if entities and entities[piece]:
            return offsets[piece]
        return offsets[piece] + remaining - (ends[piece - 1] if piece else 0)  # (a piece starts where the last ends)

    def _pieces(self, token: int) -> tuple[list[int], list[int], list[bool]]:
        """The pieces of one text between markup, read once (a claim asks for the text around it several times):
        where each ends in the flat text (from the text's start), its source offset, whether an entity (an empty
        list: none is)."""
        table = self._tables.get(token)
        if table is None:
            start, end = self._tokens[token]
            source = self._source
            if source.find("&", start, end) < 0:
                # No character reference (most texts): the pieces are the words, read by two scans in C rather
                # than piece by piece (the real pages' claims: 0.11-0.22 -> 0.045 s).
                ends = list(itertools.accumulate(map(len, source[start:end].split())))
                table = (ends, [word.start() for word in self._WORD.finditer(source, start, end)], [])
            else:
                table = self._pieces_with_entities(start, end)
            self._tables[token] = table
        return table

    def _pieces_with_entities(self, start: int, end: int) -> tuple[list[int], list[int], list[bool]]:
        ends: list[int] = []
        offsets: list[int] = []
        entities: list[bool] = []
        length = 0
        source = self._source
        # (a word without "&" is one piece, as ``_PIECE`` reads it: only the words holding one are split into pieces;
        # a reference holds no white space, so a word's pieces are the pieces the whole text's scan finds there)
        for word in self._WORD.finditer(source, start, end):
            raw = word.group()
            if "&" not in raw:
                length += len(raw)
                ends.append(length)
                offsets.append(word.start())
                entities.append(False)
                continue
            for piece in self._PIECE.finditer(source, word.start(), word.end()):
                raw = piece.group()
                entity = raw.startswith("&") and len(raw) > 1
                length += len("".join(html.unescape(raw).split())) if entity else len(raw)
                ends.append(length)
                offsets.append(piece.start())
                entities.append(entity)
        return ends, offsets, entities


_READ_AHEAD = 512  # visible characters the locator reads at least each time it reads on

# A text the flat text does not hold (markup lxml reads otherwise than the locator: "<!--->", "<xmp>") is looked for
# through the whole window and moves no cursor: a page of thousands of them cost thousands of scans of the page
# (32,000 such paragraphs before a long one: 1.9 s to place their blocks, 8,000 such embeds: 1.4 s to place the
# posts; quadratic). The real pages miss at most 6 texts each; after _FAR_MISSES misses a page is hostile, and a text
# is looked for _NEAR_WINDOW characters ahead only.
_FAR_MISSES = 64
_NEAR_WINDOW = 4_096


def load_path(path: Path, display: str | None = None, *, max_bytes: int) -> Document:
    """Read and decode one article file (a regular file only: a FIFO or a device would block or never end)."""
    name = display or str(path)
    data = read_capped(path, name, max_bytes)
    return from_bytes(data, name, base_dir=path.resolve().parent, suffix=path.suffix.lower())


def read_capped(path: Path, name: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, refused past ``max_bytes`` while reading (its size on disk is not trusted).

    The file is opened without blocking and checked on the open descriptor, so
    neither a FIFO (which would wait for a writer) nor a device (``/dev/zero``
    never ends) is read, even behind a symbolic link or swapped in after a check.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror}") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(name, "is a directory")
        if not stat.S_ISREG(mode):
            raise InputError(name, f"not a regular file ({_FILE_KINDS.get(stat.S_IFMT(mode), 'a special file')})")
        chunks, size = [], 0
        while chunk := os.read(descriptor, min(_READ_STEP, max_bytes + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise InputError(name, f"file is over the size limit of {max_bytes} bytes (see --max-bytes)")
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror}") from None
    finally:
        os.close(descriptor)
    return b"".join(chunks)


_READ_STEP = 1 << 20
_FILE_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def load_stdin(*, max_bytes: int, name: str = "-") -> Document:
    """Read an article from standard input, reported as ``name`` (``--stdin-filename``; its suffix sets the format)."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"standard input is over the size limit of {max_bytes} bytes (see --max-bytes)")
    named = Path(name) if name != "-" else None
    base_dir = named.parent.absolute() if named else Path.cwd()
    return from_bytes(data, name, base_dir=base_dir, suffix=named.suffix.lower() if named else "")


def load_url(
    url: str,
    *,
    max_bytes: int,
    timeout: float,
    transport: httpx.BaseTransport | None = None,
    allow_private: bool = False,
) -> Document:
    """Fetch an article over http(s), streaming with a size cap, under the network policy of verify.sources.fetch."""
    import httpx  # imported here: checking files never needs the HTTP client

    from .sources.fetch import fetch_bytes  # the one place that makes HTTP clients

    response = fetch_bytes(url, max_bytes=max_bytes, timeout=timeout, transport=transport, allow_private=allow_private)
    suffix = Path(httpx.URL(url).path).suffix.lower()
    if "html" in response.content_type:
        suffix = ".html"
    return from_bytes(response.body, url, base_dir=Path.cwd(), suffix=suffix)


def from_bytes(data: bytes, name: str, *, base_dir: Path | None, suffix: str) -> Document:
    """Decode raw article bytes and parse them according to their format."""
    if _blank(data):
        raise InputError(name, "empty file")
    fmt = _FORMAT_BY_SUFFIX.get(suffix)
    text, utf8 = decode_utf8(data, name, html=fmt in (None, Format.HTML))
    if fmt is None:
        fmt = Format.HTML if _LOOKS_LIKE_HTML.match(text) else Format.TEXT
    return from_text(text, name, fmt, base_dir=base_dir, encoded=data if utf8 else None)


def _blank(value: str | bytes) -> bool:
    """Whether an input holds nothing but white space (``not value.strip()``, without copying the whole input)."""
    return not value or value.isspace()


def from_text(
    text: str, name: str, fmt: Format, *, base_dir: Path | None = None, encoded: bytes | None = None
) -> Document:
    """Build a document from already decoded text (``encoded``: its UTF-8 bytes, when the caller holds them)."""
    if _blank(text):
        raise InputError(name, "empty file")
    # Markdown and plain-text drafts carry embeds as raw HTML blocks (a pasted <blockquote class="twitter-tweet">):
    # they get a tree too, so the embed markup is read the same way as in an HTML page.
    # (a text with no "<" at all, most drafts, is not searched: the pattern is tried at the start of every line)
    has_markup = fmt in (Format.MARKDOWN, Format.TEXT) and "<" in text and _MARKDOWN_HTML_BLOCK.search(text)
    if fmt is Format.HTML or has_markup:
        if (tags := text.count("<")) > MAX_TAGS:  # a tree costs memory by the tag: a tag soup is a bomb
            raise InputError(name, f"has {tags} tags, more than the {MAX_TAGS} an article may have")
        tree = trees.parse(text, encoded)
    else:
        tree = None
    return Document(path=name, text=text, format=fmt, base_dir=base_dir, tree=tree)


# Tags an HTML input may have (counted as "<"). Heavy news pages have tens of thousands; a file of
# 6.6 million "<p>" fits the 20 MiB cap (BeautifulSoup's tree of it was 2.4 GB, of 400,000 about 190 MB;
# lxml's is smaller, but the walks hold a Python object per element).
MAX_TAGS = 400_000
