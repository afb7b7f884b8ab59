"""Everything from an article or a snapshot is untrusted: this is how it reaches the page.

Text and attribute values pass through :func:`esc`; a URL becomes a link only
through :func:`link`, and only when it is plain http(s). The page builds
markup from its own constants and these two functions, never from raw data.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

# Characters HTML cannot carry (C0 controls other than tab/newline/CR, DEL, C1 controls, which a
# terminal showing the file would obey) and lone surrogates, which would make the report
# unencodable as UTF-8; each becomes U+FFFD.
_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Bidirectional embeddings, overrides and isolates reorder what the page shows ("Trojan Source":
# "\u202etni\u202c" reads "int", a quote seems to say words it does not); shown as their escapes,
# as the text and CI reports show them. The marks (U+200E, U+200F, U+061C) only set a direction.
_REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINK_SCHEMES = frozenset({"http", "https"})
# A URL with whitespace, controls, quotes or angle brackets anywhere is not linked: browsers strip
# some of those before reading the scheme ("java\tscript:"), and a real post URL never has them.
_URL_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f\"'<>`\\]")


# Line breaks become character references: the page shows them the same (pre-wrap text keeps
# them), but no untrusted line starts a line of the file, so a CI log that prints the report
# cannot read a workflow command ("::error ...") out of it.
_BREAKS = str.maketrans({"\n": "&#10;", "\r": "&#13;"})


def esc(value: object) -> str:
    """``value`` as text safe in element content and in double-quoted attribute values."""
    text = _REORDERING.sub(lambda m: f"\\u{ord(m.group()):04x}", _UNFIT.sub("\ufffd", str(value)))
    return html.escape(text, quote=True).translate(_BREAKS)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL fit to link to; otherwise ``None``."""
    if not url or _URL_UNSAFE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in _LINK_SCHEMES and parts.netloc else None


def link(url: str | None, label: str | None = None) -> str:
    """A link to ``url`` when it is safe, else the URL (or label) as plain text; "" for no URL."""
    if not url:
        return ""
    text = esc(label if label is not None else url)
    target = safe_url(url)
    if target is None:
        return f'<span class="url">{text}</span>'
    return f'<a class="ext" href="{esc(target)}" rel="noopener noreferrer">{text}</a>'
