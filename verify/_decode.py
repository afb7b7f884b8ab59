"""Bytes to text: BOM, declared charset, then detection.

Order follows what browsers do (WHATWG "encoding sniffing"): a byte-order mark
wins, then a charset the document declares, then UTF-8, then windows-1252 for
legacy single-byte pages. Bytes that fit none of them are an error, never
silently replaced: a fact-checker must see the article's real words.
"""

from __future__ import annotations

import codecs
import re

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="..."> and <meta http-equiv="Content-Type" content="text/html; charset=...">,
# and an XML declaration's encoding="..."; looked for in the first 4 KiB as browsers do (1 KiB)
# with some slack for long <head> preambles.
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)

# WHATWG: these labels mean windows-1252 in every browser, so curly quotes (0x93/0x94) decode right.
_WINDOWS_1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}


def decode(data: bytes, path: str, *, html: bool) -> str:
    """Decode ``data`` read from ``path``; raise :class:`InputError` when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, path)
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not an article")
    declared = _declared_charset(data) if html else None
    if declared:
        return _strict(data, declared, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if any(b >= 0x80 for b in data[: error.start]):
            # Valid multi-byte UTF-8 before the bad byte: a damaged UTF-8 file, not a legacy one.
            raise InputError(path, f"undecodable bytes: invalid UTF-8 at byte {error.start}") from None
    return _strict(data, "windows-1252", path)


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label in _WINDOWS_1252_ALIASES:
        return "windows-1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None  # an unknown label is ignored, as browsers do


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(path, f"undecodable bytes: invalid {encoding} at byte {error.start}") from None
