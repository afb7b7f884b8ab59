"""The pages an article's body links to: what ``verify snapshot --links`` saves.

An article cites its sources by linking them: the press release, the
transcript, the official statement. The links taken are absolute http(s)
links in the article body (HTML: ``<a href>`` inside the body, page chrome
such as navigation, related-story rails and footers left out; Markdown and
plain text: the URLs written in the text), once each, in order, without
fragments. Left out: posts of known platforms (saved as posts), and links
whose path names a file no page reader reads (images, audio, video,
archives). At most :data:`MAX_LINKS` are taken, so that an article cannot
make one run fetch thousands of URLs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urljoin

import httpx

from ..document import Document, Format
from ..extract.blocks import body_roots, is_chrome
from ..extract.platforms import recognise_post_url
from ..tree import Element, body, iter_document

__all__ = ["MAX_LINKS", "LinkList", "article_links"]

MAX_LINKS = 100
# A URL written in Markdown or plain text: it ends at white space, a bracket or a quote mark (linear: one class).
_TEXT_URL = re.compile(r"https?://[^\s<>()\[\]{}\"'`]+", re.I)
_TRAILING = ".,;:!?*_~"  # sentence punctuation and Markdown emphasis after a URL are not part of it
# File types no page reader reads: fetching them would only fail.
_MEDIA_SUFFIXES = frozenset(
    ".jpg .jpeg .png .gif .webp .svg .avif .bmp .ico .tif .tiff .mp3 .m4a .wav .ogg .flac .mp4 .m4v .mov .webm "
    ".avi .mkv .zip .gz .tgz .bz2 .xz .7z .rar .dmg .exe .apk .css .js .woff .woff2 .ttf".split()
)
_CHROME_DEPTH = 64  # ancestors looked at for page chrome around a link (hostile pages nest tags 100,000 deep)


@dataclass(frozen=True, slots=True)
class LinkList:
    """An article's links to fetch, and how many more were left out by the cap."""

    urls: tuple[str, ...]
    left_out: int = 0


def article_links(document: Document) -> LinkList:
    """The pages the article's body links to (see the module docstring)."""
    html = document.format is Format.HTML and document.tree is not None
    raw = _html_links(document.tree) if html else _text_links(document.text)
    found = dict.fromkeys(url for link in raw if (url := _usable(link)) is not None)
    urls = tuple(found)
    return LinkList(urls[:MAX_LINKS], max(0, len(urls) - MAX_LINKS))


def _html_links(tree: Element) -> Iterator[str]:
    base_tag = next((tag for tag in iter_document(tree, "base") if tag.get("href") is not None), None)
    base = base_tag.get("href") if base_tag is not None else ""
    roots = body_roots(tree) or [body(tree)]
    for root in roots:
        for anchor in root.iterdescendants("a"):
            href = anchor.get("href")
            if href is not None and not _in_chrome(anchor, root):
                yield urljoin(base, href.strip()) if base else href.strip()


def _in_chrome(tag: Element, root: Element) -> bool:
    for depth, parent in enumerate(tag.iterancestors()):
        if parent is root or depth >= _CHROME_DEPTH:
            return False
        if is_chrome(parent):
            return True
    return False


def _text_links(text: str) -> Iterator[str]:
    for match in _TEXT_URL.finditer(text):
        yield match.group(0).rstrip(_TRAILING)


def _usable(link: str) -> str | None:
    """The link without its fragment, when it is an http(s) page worth fetching; else None."""
    try:
        url = httpx.URL(link)
    except (httpx.InvalidURL, TypeError, ValueError):
        return None
    if url.scheme not in ("http", "https") or not url.host:
        return None
    if PurePosixPath(url.path).suffix.lower() in _MEDIA_SUFFIXES:
        return None
    plain = str(url.copy_with(fragment=None))
    return None if recognise_post_url(plain) else plain
