"""When an article was published, as the page or the draft states it.

Capture history needs it: a post quoted word for word from a capture made
before the article appeared was quoted right, whatever happened to it
later. Read from the machine-written places first (``article:published_time``
and kin, JSON-LD ``datePublished``, ``<time datetime>``), then from a draft's
front matter or a ``Published:``/``Date:`` line near its top.
"""

from __future__ import annotations

import re

from ..document import Document, Format
from ..tree import Element, iter_document, text
from .dates import parse_date

# <meta> names and properties that hold an article's publication date, best first.
_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publishdate",
    "DC.date.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
)
_META_ATTRIBUTES = ("property", "name", "itemprop")  # the attributes naming a <meta>, best first
_BEST_META = (_META_ATTRIBUTES[0], _META[0])
_JSON_LD = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
_JSON_LD_SCRIPTS = 10  # JSON-LD scripts read for it, the first in the page
# A draft's own date line near its top: front matter "date: 2025-08-22" or "Published: 22 August 2025".
_DATE_LINE = re.compile(r"^\s*(?:date|published|publication date|pubdate)\s*:\s*(.{4,60})$", re.I | re.M)
_HEAD_CHARS = 2000  # a draft states its date at the top, if anywhere


def published(document: Document) -> str | None:
    """The article's publication date as ``YYYY-MM-DD``, or None when it states none."""
    tree = document.tree
    if tree is not None and document.format is Format.HTML:  # a draft's tree is its pasted embeds: their dates
        found = _from_tree(tree)
        if found:
            return found
    line = _DATE_LINE.search(document.text[:_HEAD_CHARS])
    return parse_date(line.group(1)) if line else None


def _from_tree(tree: Element) -> str | None:
    # One walk of the page for its <meta>, JSON-LD <script> and <time> tags (three walks of the whole page before, in
    # C, for the pages whose first best <meta> holds no date), then the names in order of preference. The first <meta>
    # of the best (property="article:published_time") settles the date when it holds one: the walk stops there, in the
    # <head>, rather than going on through the whole page (122 of the 269 real pages); the scripts and times met before
    # it are read only after every <meta>, as before.
    metas: dict[tuple[str, str], str] = {}
    scripts: list[Element] = []  # the first JSON-LD scripts
    moment: str | None = None  # the first <time datetime>
    for tag in iter_document(tree, "meta", "script", "time"):
        name = tag.tag
        if name == "script":
            if len(scripts) < _JSON_LD_SCRIPTS and tag.get("type") == "application/ld+json":
                scripts.append(tag)
            continue
        if name == "time":
            if moment is None:
                moment = tag.get("datetime")
            continue
        content = tag.get("content")
        for attribute in _META_ATTRIBUTES:
            key = tag.get(attribute)
            if key is not None and content is not None and (attribute, key) not in metas:
                metas[attribute, key] = content
                if (attribute, key) == _BEST_META and content and (found := parse_date(content)):
                    return found
    for name in _META:
        for attribute in _META_ATTRIBUTES:
            value = metas.get((attribute, name))
            if value and (found := parse_date(value)):
                return found
    for script in scripts:
        match = _JSON_LD.search(text(script)[:100_000])
        if match and (found := parse_date(match.group(1))):
            return found
    return parse_date(moment) if moment is not None else None
