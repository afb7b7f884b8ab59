"""Bytes to text: BOM, declared charset, then detection.

Order follows what browsers do (WHATWG "encoding sniffing"): a byte-order mark
wins, then a charset the document declares, then UTF-8, then a guess from the
bytes themselves (charset-normalizer), so that an undeclared windows-1251 or
Shift_JIS page reads as its author wrote it; windows-1252 when nothing better
is found. Bytes that fit none of them are an error, never silently replaced:
a fact-checker must see the article's real words.

A declaration is only believed when it names a text encoding a browser would
use: ``base64``, ``rot13``, ``hex``, ``unicode_escape``, ``utf-7`` and the like
are Python codecs, not charsets, and are ignored as unknown labels are.
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
# Python codecs that decode bytes to text but are no web charset: escapes (a page declaring
# unicode_escape would turn "\\u202e" into a control character), UTF-7 (a known XSS vector that
# no browser supports) and codecs of other purposes. Bytes-to-bytes codecs (base64, rot13, zlib)
# are refused by their lookup record.
_NOT_CHARSETS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "utf-7", "punycode", "idna", "undefined", "mbcs", "oem", "palmos"}
)
# WHATWG: a UTF-16 or UTF-32 label in a declaration means UTF-8 (the bytes were readable as ASCII).
_WIDE = ("utf-16", "utf-32")
# Legacy encodings charset-normalizer may rank level with windows-1252 on Western text, where
# windows-1252 is by far the likelier (measured: docs/ci.md, "Decoding").
_RARE_WESTERN = ("iso8859", "mac_", "hp_")


def decode(data: bytes, path: str, *, html: bool) -> str:
    """Decode ``data`` read from ``path``; raise :class:`InputError` when it is not text."""
    return decode_utf8(data, path, html=html)[0]


def decode_utf8(data: bytes, path: str, *, html: bool) -> tuple[str, bool]:
    """:func:`decode`, and whether ``data`` is the text's UTF-8 encoding itself (UTF-8 without a byte-order mark,
    nearly every page): the parser is then handed ``data``, not the text encoded again (strict UTF-8 decoding is
    one to one: encoding its text gives back the same bytes)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, path), False
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not an article")
    declared = _declared_charset(data) if html else None
    if declared:
        return _strict(data, declared, path), declared == "utf-8"
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError as error:
        if any(b >= 0x80 for b in data[: error.start]):
            # Valid multi-byte UTF-8 before the bad byte: a damaged UTF-8 file, not a legacy one.
            raise InputError(path, f"undecodable bytes: invalid UTF-8 at byte {error.start}") from None
    return _strict(data, _detected(data) or "windows-1252", path), False


def _detected(data: bytes) -> str | None:
    """The legacy encoding the bytes most likely are in, or ``None`` when nothing fits."""
    import charset_normalizer  # imported here: UTF-8 and declared text (nearly every input) never need it

    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        return None
    western = next((r for r in results if r.encoding == "cp1252"), None)
    if western is not None and best.encoding.startswith(_RARE_WESTERN) and western.chaos <= best.chaos:
        return "windows-1252"
    return best.encoding


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label in _WINDOWS_1252_ALIASES:
        return "windows-1252"
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None  # an unknown label is ignored, as browsers do
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_CHARSETS:
        return None  # base64, rot13, unicode_escape...: no charset, ignored like an unknown label
    return "utf-8" if codec.name.startswith(_WIDE) else codec.name


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(path, f"undecodable bytes: invalid {encoding} at byte {error.start}") from None
