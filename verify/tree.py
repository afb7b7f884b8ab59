"""The parsed HTML tree: one parse per document, and the rules for reading text out of it.

Every stage that reads HTML (blocks, posts and their readers, the published
date, links, saved pages) reads the one tree :func:`parse` makes when the
document is loaded. The tree is lxml's: the libxml2 HTML parser that
BeautifulSoup drove before, here building its tree in C, 15x faster than
BeautifulSoup building its own from the same parser's events (measured in
``docs/parsing.md``), and walked with lxml's C iterators.

Text is read by the rules the extractors were written against (BeautifulSoup's):

* a run of ASCII white space alone between two tags is one newline if it holds
  one, else one space, except inside ``<pre>`` and ``<textarea>``
  (:func:`collapse`);
* comments are never text; :func:`text` also leaves out the strings of
  ``<script>``, ``<style>``, ``<template>``, ``<rt>`` and ``<rp>`` unless it
  is asked for the text of such an element itself.

lxml keeps text in ``element.text`` (before the first child) and
``child.tail`` (after each child, belonging to the parent); comments are
elements whose ``tag`` is not a string.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

__all__ = [
    "ASCII_SPACE",
    "Element",
    "body",
    "children",
    "classes",
    "collapse",
    "descendants",
    "document_elements",
    "is_element",
    "is_word_list",
    "iter_document",
    "parse",
    "siblings_before",
    "string",
    "text",
    "text_length",
]

Element = Any  # lxml.etree._Element (lxml ships no type information)

ASCII_SPACE = " \t\n\r\x0c"  # the white space HTML collapses (not U+00A0)
_PRESERVE = frozenset({"pre", "textarea"})  # white space inside is kept as written
_STRING_CONTAINERS = frozenset({"script", "style", "template", "rt", "rp"})  # their strings are not the page's text
# Attributes whose value is a list of words (HTML's space-separated tokens), by element ("*": every element).
_WORD_LISTS = {
    "*": frozenset({"class", "accesskey", "dropzone"}),
    "a": frozenset({"rel", "rev"}),
    "link": frozenset({"rel", "rev"}),
    "area": frozenset({"rel"}),
    "td": frozenset({"headers"}),
    "th": frozenset({"headers"}),
    "form": frozenset({"accept-charset"}),
    "object": frozenset({"archive"}),
    "icon": frozenset({"sizes"}),
    "iframe": frozenset({"sandbox"}),
    "output": frozenset({"for"}),
}


def parse(text: str, encoded: bytes | None = None) -> Element:
    """The tree of an HTML text: its ``<html>`` element (an empty one when the text holds no element). ``encoded``:
    the text's UTF-8 bytes when the caller holds them (a UTF-8 file's own: 0.045 s of encoding over the real pages).

    libxml2 builds the tree in C up to 256 levels of nesting and 10 MB in one text or attribute;
    past a limit it stops building (the rest of the page would be lost), and the tree is built
    from the parser's events instead (:class:`_Events`), as BeautifulSoup built its own.
    """
    # libxml2 reads UTF-8 bytes a fifth faster than a str (whose characters it is handed 1, 2 or 4 bytes wide and
    # converts first), building the same tree (every real page, fixture and tune-set page; 20,000 random markup
    # strings); a str that UTF-8 cannot encode (a lone surrogate from a decoded escape) is handed over as before.
    # (no table of the page's ``id`` values: nothing looks an element up by its id, and libxml2 filled one for every
    # id attribute of every page; the tree is the same)
    data: str | bytes
    try:
        data = encoded if encoded is not None else text.encode("utf-8")
        parser = etree.HTMLParser(encoding="utf-8", collect_ids=False)  # one per parse: not thread-safe
    except UnicodeEncodeError:
        data, parser = text, etree.HTMLParser(collect_ids=False)
    try:
        root = etree.fromstring(data, parser)
    except ValueError:  # an <?xml encoding=...?> declaration in a str: lxml wants bytes then
        parser = etree.HTMLParser(encoding="utf-8", collect_ids=False)
        root = etree.fromstring(text.encode("utf-8", "replace"), parser)
    last = parser.error_log.last_error
    if last is not None and last.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
        root = _Events.parse(text)
    return root if root is not None else etree.Element("html")


class _Events:
    """A parser target building the tree from libxml2's events, for pages past the limits of its own tree.

    Nesting past :data:`MAX_DEPTH` levels is flattened: deeper elements become the next children of
    the element at that depth, in document order, their text kept in order. (lxml walks up to the
    nearest ancestor it holds when it lets go of an element: in a tree 100,000 deep, that walk is
    what would make reading it quadratic.) Content after ``</html>`` joins the one ``<html>``; a
    name lxml refuses (none libxml2 reports) is left out, its content kept.
    """

    @classmethod
    def parse(cls, text: str) -> Element:
        try:
            return etree.fromstring(text, etree.HTMLParser(target=cls()))
        except ValueError:  # an <?xml encoding=...?> declaration in a str
            parser = etree.HTMLParser(target=cls(), encoding="utf-8")
            return etree.fromstring(text.encode("utf-8", "replace"), parser)

    def __init__(self) -> None:
        self.root = etree.fromstring("<html></html>", etree.HTMLParser())  # an HTML document: HTML's names
        self.open: list[Element] = []
        self.pending: list[str] = []

    def _parent(self) -> Element:
        return self.open[min(len(self.open), MAX_DEPTH) - 1]

    def _flush(self) -> None:
        if self.pending and self.open:
            value, parent = _xml_safe("".join(self.pending)), self._parent()
            try:
                last = parent[-1]  # found from the end (len() counts every child: a flattened parent has thousands)
            except IndexError:
                parent.text = (parent.text or "") + value
            else:
                last.tail = (last.tail or "") + value
        self.pending = []

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self._flush()
        if not self.open:
            self.open.append(self.root)
            return
        parent = self._parent()
        try:
            element = etree.SubElement(parent, tag)
        except ValueError:
            element = parent
        for name, value in attributes.items():
            try:
                element.set(name, _xml_safe(value))
            except ValueError:
                continue
        self.open.append(element)

    def end(self, tag: str) -> None:
        self._flush()
        if self.open:
            self.open.pop()

    def data(self, value: str) -> None:
        self.pending.append(value)

    def comment(self, value: str) -> None:
        self._flush()
        if self.open:
            try:
                self._parent().append(etree.Comment(_xml_safe(value)))
            except ValueError:  # "--" inside, which lxml refuses
                return

    def close(self) -> Element:
        self._flush()
        return self.root


# Characters lxml refuses in text it is given (libxml2's own tree keeps them): replaced by U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


MAX_DEPTH = 256  # levels of nesting a tree keeps (libxml2's own limit); real pages nest up to ~40


def document_elements(root: Element) -> list[Element]:
    """The document's top-level elements: ``<html>``, and a second ``<html>`` holding what follows ``</html>``."""
    found = [root]
    sibling = root.getnext()
    while sibling is not None:
        if is_element(sibling):
            found.append(sibling)
        sibling = sibling.getnext()
    return found


def iter_document(root: Element, *tags: str) -> Iterator[Element]:
    """The elements of the whole document (``root`` and what follows ``</html>``) in order, of ``tags`` if given."""
    for top in document_elements(root):
        yield from top.iter(*tags)


def body(root: Element) -> Element:
    """The ``<body>`` element (the first in document order), or the whole tree when there is none."""
    if root.tag == "body":
        return root
    # Looked for child by child, not by next(root.iter("body")): lxml's iterator finds the match after the one it
    # returns before returning it, a walk of the whole body in C (0.05 s over the real pages, for each call).
    for child in root:
        if child.tag == "body":
            return child
        nested = next(child.iter("body"), None)  # inside <head> or another child (misplaced markup): its subtree only
        if nested is not None:
            return nested
    return root


def is_element(node: Element) -> bool:
    """Whether a node is an element (not a comment or a processing instruction)."""
    return isinstance(node.tag, str)


def classes(element: Element) -> str:
    """The element's class words, one space apart."""
    value = element.get("class")
    return _words(value) if value else ""


@functools.lru_cache(maxsize=8192)  # pages repeat the same class attributes thousands of times
def _words(value: str) -> str:
    return " ".join(value.split())


def is_word_list(tag: str, attribute: str) -> bool:
    """Whether an attribute of an element holds a list of words (``class``), not free text."""
    return attribute in _WORD_LISTS["*"] or attribute in _WORD_LISTS.get(tag, ())


def collapse(value: str, preserve: bool) -> str:
    """A string as the extractors read it: ASCII white space alone is one newline or one space."""
    if preserve or not value or value.strip(ASCII_SPACE):
        return value
    return "\n" if "\n" in value else " "


def _context(element: Element) -> tuple[str | None, bool]:
    """(the innermost string container around the element, itself included, or None; whether white space is kept)."""
    container: str | None = element.tag if element.tag in _STRING_CONTAINERS else None
    preserve = element.tag in _PRESERVE
    for ancestor in element.iterancestors(*_STRING_CONTAINERS, *_PRESERVE):  # matched in C: no proxy per level
        name = ancestor.tag
        if container is None and name in _STRING_CONTAINERS:
            container = name
        preserve = preserve or name in _PRESERVE
    return container, preserve


def text(element: Element, separator: str = "") -> str:
    """The element's text: its strings in document order, ``separator`` between them (see the module docstring)."""
    return separator.join(_strings(element))


def text_length(element: Element) -> int:
    """``len(text(element))``, without building the string."""
    return sum(map(len, _strings(element)))


def _strings(element: Element) -> list[str]:
    # A string counts when the innermost string container around it is the element itself, or none for others.
    wanted = element.tag if element.tag in _STRING_CONTAINERS else None
    if len(element) == 0 and isinstance(element.tag, str):  # no child (most paragraphs): its own text alone
        value = element.text
        if not value:
            return []
        container, kept = _context(element)
        return [collapse(value, kept)] if container == wanted else []
    parts: list[str] = []
    # Stack entries: (an element or a tail string, the container its strings are in, white space kept).
    stack: list[tuple[Element | str, str | None, bool]] = [(element, *_context(element))]
    while stack:
        node, container, kept = stack.pop()
        if isinstance(node, str):
            if container == wanted:
                parts.append(collapse(node, kept))
            continue
        name = node.tag
        if not isinstance(name, str):
            continue
        if name in _STRING_CONTAINERS:
            container = name
        kept = kept or name in _PRESERVE
        if node.text and container == wanted:
            parts.append(collapse(node.text, kept))
        for child in reversed(node):
            if child.tail:
                stack.append((child.tail, container, kept))
            stack.append((child, container, kept))
    return parts


def string(element: Element) -> str | None:
    """The one string an element holds, through any chain of only children; None when it holds more or none."""
    node = element
    while True:
        if len(node) == 0:
            return node.text or None
        if len(node) > 1 or node.text or node[0].tail:
            return None
        node = node[0]
        if not is_element(node):
            return node.text or ""


def children(element: Element) -> list[Element | str]:
    """An element's child nodes in order: its elements and comments, and the strings between them."""
    nodes: list[Element | str] = [element.text] if element.text else []
    for child in element:
        nodes.append(child)
        if child.tail:
            nodes.append(child.tail)
    return nodes


def descendants(element: Element) -> Iterator[Element | str]:
    """Every node under an element (not itself) in document order: elements, comments and strings."""
    stack = children(element)
    stack.reverse()
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, str) and is_element(node):
            stack.extend(reversed(children(node)))


def siblings_before(element: Element) -> Iterator[Element | str]:
    """The nodes before an element under its parent, nearest first: elements, comments and strings."""
    sibling = element.getprevious()
    while sibling is not None:
        if sibling.tail:
            yield sibling.tail
        yield sibling
        sibling = sibling.getprevious()
    parent = element.getparent()
    if parent is not None and parent.text:
        yield parent.text
