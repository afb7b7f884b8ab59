"""Social-media posts in an article, in every form it shows them (:class:`~verify.models.PostForm`).

HTML is read in one walk over the document's parsed tree (:mod:`verify.tree`;
no recursion: hostile pages nest tags 100,000 deep) with the platform registry of
:mod:`verify.extract.platforms`:

* ``embed``: official blockquotes, iframes (eager or lazy), AMP components,
  placeholders that hold only an id or a URL, a post URL standing alone (an
  oEmbed that did not render); a ``<noscript>`` right after an embed with no
  text of its own is its fallback and gives the text;
* ``static``: a publisher's own rendering, a container named for a platform
  (``div.tweet``, ``div.social-embed-post``) that links to one post or shows an
  "@handle" and the post's text (Substack's static tweets, whose links are
  opaque redirects);
* ``screenshot``: an image whose alt text describes a post ("Screenshot of a
  post by @h: ..."), or a figure with an image whose caption or credit names
  the account ("@h / Twitter") or links the post;
* ``link``: a post linked from running text, listed and judged by its URL only.

Markup hidden as escaped text in a ``<script>``, a ``<textarea>`` or a ``data-*``
attribute is decoded and walked the same way. The same post seen twice (a
rendered iframe next to its blockquote, a link to an embedded post) is
reported once, in its richest form. A post with neither text nor URL is not
reported: there is nothing to check.

The plain-text rendering of a post (``text``: its text, then a line ``— Name
(@handle) Month D, YYYY``, as when an article is copied out of a browser) is
found among the article's blocks, in HTML, Markdown and text alike.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeGuard

from ..document import Document, Format
from ..lexicon import LEXICONS
from ..models import Author, Post, PostForm
from ..tree import (
    Element,
    children,
    classes,
    collapse,
    document_elements,
    is_element,
    is_word_list,
    parse,
    siblings_before,
    string,
    text,
)
from .blocks import Block, article_roots, is_chrome, position, source_offset
from .cues import _alternation  # (the cue grammar's trie of literal words)
from .dates import parse_date
from .platforms import (
    CONSENT_CLASS,
    CONTAINER_CLASS,
    CONTAINER_WORDS,
    CONTAINER_TAGS,
    CREDIT_WORDS,
    EMBED_MARKUP,
    WRITTEN_URL,
    EmbedMarkup,
    PostUrl,
    credited_platform,
    handle_platform,
    has_escaped_embed,
    platform,
    platform_named,
    platform_of_class,
    recognise_post_url,
    same_id_elsewhere,
    shortcode_url,
)
from .readers import (
    SIGNATURE_WINDOW,
    Fields,
    credit,
    fallback_fields,
    json_object,
    read_fields,
    screenshot_alt,
    static_fields,
    substack_fields,
)

__all__ = ["html_posts", "rendered_posts"]

# The plain-text signature line is read in two anchored steps (its dash, then the first parenthesis after it)
# rather than one pattern whose lazy name and surrounding spaces would backtrack quadratically.
# A run of white space is entered at its start only ((?<!\s)): a scan does not re-read it from every position.
_TEXT_SIGNATURE_DASH = re.compile(r"(?<!\s)\s*(?:—|–|&mdash;|-{1,2})")
# A handle: "@name", "@name.bsky.social", a fediverse "@user@host", or a Reddit account "u/name" (kept whole).
_HANDLE = r"(?:@(?P<handle>[\w.-]{1,100}(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?)|(?P<reddit>u/[\w-]{2,30}))"
# Or the credit line a platform signs a post with, copied with it ("Beitrag von Name (@u@host), 3. Dezember 2026",
# "A post shared by Name (@h)"): the records' ``credits``, then a space, at the line's start.
_TEXT_SIGNATURE_CREDIT = re.compile(r"[ \t]{0,3}(?P<credit>" + _alternation(CREDIT_WORDS) + r")[ \t]{1,3}", re.I)
# ... closing the post's last sentence on the line of its words (a Markdown paragraph joins the lines; a block quote's
# empty "> " line between them joins its two paragraphs with two spaces: tune set 43's Grand Falls-Windsor)
_CREDIT_AFTER_SENTENCE = re.compile(r"(?<=[.!?…”»\"])[ \t]{1,3}(?=(?i:" + _alternation(CREDIT_WORDS) + r")[ \t])")
_TEXT_SIGNATURE_HANDLE = re.compile(rf"\(\s?{_HANDLE}\s?\)")
_TEXT_SIGNATURE_BARE = re.compile(rf"[ \t]{{0,3}}{_HANDLE}(?![\w@/])")
_MAX_ATTR_SCAN = 20_000_000  # attribute values are scanned for escaped markup up to this length (linear)
_BARE_URL_MAX = 400  # a text node longer than this is not a URL standing alone
_RUNNING_TEXT_MAX = 20_000  # a text node read for post URLs written out in a sentence (a paragraph's text)
_STATIC_POST_MAX_TEXT = 4_000  # a publisher-made static post is short; a longer container is article text
_FIGURE_MAX_TEXT = 1_500  # a figure showing a post has a short caption; a longer one is article text
_MAX_FIGURE_NODES = 400  # ... and few elements: a bigger figure's caption is not read
_MAX_LINKS = 50  # links read inside one embed
_FALLBACK_LOOKBACK = 4  # siblings looked back over from a <noscript> to the embed it stands in for
_BARE_ID = re.compile(r"[\w-]{1,40}(?:/\d{1,12})?")  # an id, or Telegram's "channel/ID"
_OPENERS = CONTAINER_TAGS | {"figure"}  # elements that may open a container
# Elements that may show a post with no attribute (a figure, a fallback, a script holding escaped markup): any
# other element without attributes is no embed, link, image alt or escape holder, and only its text is read.
_SHOWS_BARE = frozenset({"figure", "noscript", "script", "textarea", "template"})
_FIGURE_WORDS = ("wp-caption", "image-embed", "figure", "photo-embed")
_FIGURE_CLASS = re.compile(r"(?:^|[\s_-])(?:" + "|".join(_FIGURE_WORDS) + r")(?:$|[\s_-])", re.I)
# The words of CONTAINER_CLASS and _FIGURE_CLASS anywhere in a lower-case value, as one trie: an ASCII value without
# one of them can match neither (ignoring case folds an ASCII letter only onto its other case), and most class values
# have none. One scan of a trie, instead of a search of each flat alternation: 0.028 -> 0.014 s for the 26,605 class
# values the real pages ask about.
_HINT = re.compile(_alternation((*CONTAINER_WORDS, *_FIGURE_WORDS)))

# Markup looked up by element name: most elements are not embeds, and are rejected by one dict lookup.
# Each entry carries its URL attributes as a set, so that an element without any is passed over at once.
_BY_TAG: dict[str, tuple[tuple[EmbedMarkup, frozenset[str]], ...]] = {}
for _markup in EMBED_MARKUP:
    for _tag in _markup.tags:
        _BY_TAG[_tag] = (*_BY_TAG.get(_tag, ()), (_markup, frozenset(_markup.url_attrs)))
# By element name, what any of its markup needs: a URL attribute of a markup named by attributes alone, or a
# class word of a markup named by class (most <div>s and <span>s have neither and are rejected at once).
_NEEDED_BY_TAG = {
    name: (
        frozenset().union(*(attrs for markup, attrs in entries if not markup.classes)),
        frozenset().union(*(markup.classes for markup, _ in entries)),
    )
    for name, entries in _BY_TAG.items()
}


@dataclass(slots=True)
class _Found:
    """An element that shows one post, before its fields are read (``fields`` when read already)."""

    element: Element
    post_url: PostUrl | None
    label: str
    in_body: bool
    form: PostForm
    take: bool = True  # False: its text stays article text (a bare URL's block, a link, a screenshot's caption)
    fields: Fields | None = None
    fallback: Element | None = None  # the <noscript> beside an embed


@dataclass(slots=True)
class _Container:
    """A possible static post (``figure`` False) or screenshot (True), open while its subtree is walked.

    The outermost container whose links all name one post is the post (a BBC ``div.social-embed``
    holds ``div.social-embed-post`` holds ``div.embed-report-js``); a container naming several posts
    is a group, and the inner ones are the posts. Links inside a container that is not a post are
    released as linked posts.
    """

    element: Element
    in_body: bool
    found_before: int
    figure: bool
    post_url: PostUrl | None = None
    several: bool = False  # links to more than one post: not one post itself
    text_length: int = 0
    nodes: int = 0
    image: bool = False
    handle: bool = False  # an "@" in its text or an image's alt: it may name an account
    bare: bool = False  # a post URL standing alone as text inside (WordPress's oEmbed block before it renders)
    words: bool = False  # text inside other than white space and such a URL
    shot: Fields | None = None  # the first image alt inside that describes a post
    inner: list[_Found] = field(default_factory=list)  # posts found in nested containers
    links: list[_Found] = field(default_factory=list)  # linked posts inside

    def see(self, post_url: PostUrl | None) -> None:
        if post_url is None:
            return
        if self.post_url is None:
            self.post_url = post_url
        elif (post_url.platform, post_url.id) != (self.post_url.platform, self.post_url.id):
            self.several = True


class _LinkIndex:
    """The ``<a href>`` links of a tree in document order, and each element's span in that order.

    Built once per tree on first use, so that the links inside any element are a slice found by
    bisection: asking every one of 10,000 nested unclosed embeds for its links stays linear.
    """

    def __init__(self, tree: Element) -> None:
        self.spans: dict[Element, tuple[int, int]] = {}  # keyed by the element: it also keeps lxml's proxy alive
        self.positions: list[int] = []
        self.hrefs: list[str] = []
        counter = 0
        stack: list[tuple[Element, bool]] = [(top, False) for top in reversed(document_elements(tree))]
        while stack:
            node, leaving = stack.pop()
            if leaving:
                self.spans[node] = (self.spans[node][0], counter)
                continue
            self.spans[node] = (counter, counter)
            href = node.get("href") if node.tag == "a" else None
            if href:
                self.positions.append(counter)
                self.hrefs.append(href)
            counter += 1
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node) if is_element(child))

    def hrefs_in(self, element: Element) -> list[str]:
        """The first links inside ``element`` (not counting itself), at most ``_MAX_LINKS``."""
        span = self.spans.get(element)
        if span is None:
            return []
        low = bisect.bisect_right(self.positions, span[0])
        high = bisect.bisect_left(self.positions, span[1], lo=low)
        return self.hrefs[low : min(high, low + _MAX_LINKS)]


@dataclass(slots=True)
class _Walk:
    """The state of one walk over a tree."""

    tree: Element
    roots: frozenset[Element]  # the body roots; empty: the whole page is the body
    links: bool = True  # whether links in running text are posts (not in decoded escaped fragments)
    # whether a post URL written out in a sentence is a link (an HTML page's: a draft's text is read by
    # _linked_in_text, which knows its lines)
    written: bool = False
    found: list[_Found] = field(default_factory=list)
    escaped: list[tuple[str, bool, str]] = field(default_factory=list)  # (markup text, in_body, where)
    containers: list[_Container] = field(default_factory=list)
    by_element: dict[Element, _Found] = field(default_factory=dict)  # embeds by their element
    index: _LinkIndex | None = None

    def hrefs_in(self, element: Element) -> list[str]:
        if self.index is None:
            hrefs = _direct_hrefs(element)
            if hrefs is not None:
                return hrefs
            self.index = _LinkIndex(self.tree)  # a big element: from now on every element is looked up
        return self.index.hrefs_in(element)


_DIRECT_SCAN = 600  # nodes read inside an element before the tree's link index is built instead


def _direct_hrefs(element: Element) -> list[str] | None:
    """The first links inside a small element; None when it holds more than ``_DIRECT_SCAN`` nodes."""
    hrefs: list[str] = []
    for count, node in enumerate(element.iterdescendants()):
        if count > _DIRECT_SCAN:
            return None
        if node.tag == "a" and len(hrefs) < _MAX_LINKS and (href := node.get("href")):
            hrefs.append(href)
    return hrefs


def html_posts(document: Document) -> tuple[list[Post], frozenset[Element]]:
    """Posts in every form, and the elements they took from the article text (their text is not read again)."""
    assert document.tree is not None
    walk = _Walk(document.tree, article_roots(document), written=document.format is Format.HTML)
    _walk(document.tree, walk, in_body=None)
    taken = frozenset(found.element for found in walk.found if found.take)
    shown = [(found, walk) for found in walk.found]
    for markup, in_body, where in walk.escaped:
        fragment = parse(markup)
        inner = _Walk(fragment, frozenset(), links=False)
        _walk(fragment, inner, in_body=in_body, scan_escaped=False)
        shown += [(replace(f, label=f"{f.label} (escaped in {where})"), inner) for f in inner.found]
    posts = _unique([post for found, tree in shown if (post := _post(found, tree)) is not None])
    placed = _Positions(document).place(posts)
    return sorted(placed, key=lambda p: (p.line, p.column)), taken


def _walk(tree: Element, walk: _Walk, *, in_body: bool | None, scan_escaped: bool = True) -> None:
    """Find the posts under ``tree``; ``in_body`` fixed for decoded fragments, None to work it out.

    Outside the containers that may be posts, an element shows a post only when it is an embed, a
    link, an image, a ``<noscript>`` fallback or a holder of escaped markup, and a string only when it
    holds "http" (a bare URL): lxml iterates the elements in C and :class:`_Scan` looks at those alone.
    A container is walked in full (:func:`_walk_subtree`), node by node, as it counts what it holds.
    """
    tops = document_elements(tree)
    scan = _Scan(walk, in_body, scan_escaped)
    for top in tops:
        scan.run(top)


class _Scan:
    """The walk of a tree's elements in document order while no container is open (see :func:`_walk`).

    The subtree of an element that is read whole (an embed, a fallback, a container) is passed over;
    the string after an element (its tail) is read where the walk leaves the element's subtree.
    Whether an element is inside the body root and inside page chrome is worked out from its
    ancestors when it shows something, and kept for the elements on the way.
    """

    def __init__(self, walk: _Walk, in_body: bool | None, scan_escaped: bool) -> None:
        self.walk = walk
        self.in_body = in_body
        self.scan_escaped = scan_escaped  # whether escaped markup is looked for (not in a decoded fragment)
        self.contexts: dict[Element, tuple[bool, bool]] = {}  # (inside a body root, inside page chrome)

    def run(self, top: Element) -> None:
        tails: dict[Element | None, list[tuple[str, Element]]] = {}  # strings to read where a subtree ends
        skipping, until = False, None  # a subtree read whole: its nodes are passed over up to ``until``
        for node in top.iter():
            if skipping:
                if until is None or node is not until:
                    continue
                skipping = False
            if tails and node in tails:
                self._strings(tails.pop(node))
            name = node.tag
            if isinstance(name, str):
                names = node.keys()
                if (
                    name not in _SHOWS_BARE and (not names or _shows_nothing(node, name, names, self.walk.links))
                ) or self._element(node, name, names):
                    # (a string with neither "/" nor "http", most of a page's, names no post: told without a call)
                    value = node.text
                    if (
                        value
                        and ("/" in value or "http" in value)
                        and name not in _NOT_RUNNING_TEXT
                        and _may_name_post(value)
                    ):
                        self._string(value, node)
                else:
                    skipping, until = True, _after(node, top)
            tail = node.tail
            if tail and ("/" in tail or "http" in tail) and node is not top and _may_name_post(tail):
                tails.setdefault(until if skipping else _after(node, top), []).append((tail, node.getparent()))
        self._strings(tails.pop(None, []))

    def _element(self, node: Element, name: str, names: list[str]) -> bool:
        """Read one element (its attributes' ``names``); False when its subtree has been read whole."""
        walk = self.walk
        if name in _OPENERS and _container_kind(name, node.get("class") or "") is not None:
            parent = node.getparent()
            in_root, chrome = self._context(parent) if parent is not None else (not walk.roots, False)
            pre = next(node.iterancestors(*_PRESERVE), None) is not None
            _walk_subtree([(node, node, in_root, chrome, pre)], walk, self.in_body, self.scan_escaped)
            return False
        if self.scan_escaped and _holds_markup(node, name):
            _scan_escaped(node, walk, self.in_body if self.in_body is not None else not self._context(node)[1])
        hit = _match(node, name, names, walk)
        if hit is not None:
            found = _Found(node, hit[1], hit[0].label, self._body(node), _embed_form(node, hit[0]))
            walk.found.append(found)
            walk.by_element[node] = found
            return False
        if name == "noscript" and _attach_fallback(node, walk):
            return False
        if name == "img" or "href" in names:
            _look(node, name, walk, lambda: self._body(node))
        return True

    def _strings(self, strings: list[tuple[str, Element]]) -> None:
        for value, parent in reversed(strings):  # the innermost element's subtree ends first
            self._string(value, parent)

    def _string(self, value: str, parent: Element) -> None:
        """A string that may name a post (``_may_name_post``, asked by the walk before it is passed here)."""
        _text_url(value, parent, self.walk, self._body(parent))

    def _body(self, element: Element) -> bool:
        if self.in_body is not None:
            return self.in_body
        in_root, chrome = self._context(element)
        return in_root and not chrome

    def _context(self, element: Element) -> tuple[bool, bool]:
        chain: list[Element] = []
        node = element
        while node is not None and node not in self.contexts:
            chain.append(node)
            node = node.getparent()
        in_root, chrome = self.contexts[node] if node is not None else (not self.walk.roots, False)
        for node in reversed(chain):
            if node in self.walk.roots:
                in_root = True
            elif in_root:
                chrome = chrome or is_chrome(node)
            self.contexts[node] = (in_root, chrome)
        return in_root, chrome


def _may_name_post(value: str) -> bool:
    """Whether a string of running text may hold a post URL: "http", else a "/" and a platform's host or an AT-URI
    (:data:`WRITTEN_URL`, searched only in the few strings holding a "/")."""
    return len(value) < _RUNNING_TEXT_MAX and (
        "http" in value or "/" in value and WRITTEN_URL.search(value) is not None
    )


def _shows_nothing(node: Element, name: str, names: list[str], links: bool) -> bool:
    """Whether :meth:`_Scan._element` would find nothing in an element outside any container (not one of
    ``_SHOWS_BARE``; ``names``: its attributes' names), told by its name, its attribute names, its class and, for a
    link, its URL: on the real pages 167,000 of the 175,000 elements asked, without ``_element``'s calls."""
    if name == "img" or "<" in "".join(node.values()):  # an image, or an attribute holding escaped markup
        return False
    triggers = _URL_ATTRIBUTES_BY_TAG.get(name)
    if triggers is not None and not triggers.isdisjoint(names):
        return False
    if name in _CLASS_TESTED and "class" in names and _class_shows(name, node.get("class")):
        return False
    return name != "a" or not links or not (href := node.get("href")) or recognise_post_url(href) is None


# By element name, the attributes that make an element with that name an embed by themselves (a markup named by
# attributes alone); by name too, whether its class may make it a container or an embed (a markup named by class).
_URL_ATTRIBUTES_BY_TAG = {name: attributes for name, (attributes, _) in _NEEDED_BY_TAG.items() if attributes}
_CLASS_TESTED = _OPENERS | {name for name, (_, class_words) in _NEEDED_BY_TAG.items() if class_words}


@functools.lru_cache(maxsize=8192)  # pages repeat the same class attributes thousands of times
def _class_shows(name: str, value: str) -> bool:
    """Whether an element's class (``value``) opens a container or names an embed's markup."""
    if name in _OPENERS and _container_kind(name, value) is not None:
        return True
    class_words = _NEEDED_BY_TAG[name][1] if name in _NEEDED_BY_TAG else frozenset()
    return bool(class_words) and not class_words.isdisjoint(_class_words(value))  # (no word set made for none)


def _known(value: bool) -> Callable[[], bool]:
    return lambda: value


def _after(node: Element, top: Element) -> Element | None:
    """The first node after ``node``'s subtree in document order, inside ``top``; None at the end."""
    while node is not top:
        following = node.getnext()
        if following is not None:
            return following
        node = node.getparent()
    return None


# What the full walk's stack holds: an element or a string (with the element it stands in, for a string), inside
# the body root, inside page chrome, inside <pre>/<textarea> (white space kept); or a container to close.
_Entry = tuple[Element | str, Element, bool, bool, bool]


def _walk_subtree(stack: list[_Entry | _Container], walk: _Walk, in_body: bool | None, scan_escaped: bool) -> None:
    """Walk every node under the stack's entries (each with its parent's context), counting what containers hold."""
    while stack:
        entry = stack.pop()
        if isinstance(entry, _Container):
            _close(entry, walk)
            continue
        node, parent, in_root, chrome, pre = entry
        if isinstance(node, str):
            body = (in_root and not chrome) if in_body is None else in_body
            _text_url(collapse(node, pre), parent, walk, body)
            continue
        name = node.tag
        if not isinstance(name, str):
            continue  # a comment (the string after it is its parent's)
        if node in walk.roots:
            in_root = True
        elif in_root:
            chrome = chrome or is_chrome(node)
        body = (in_root and not chrome) if in_body is None else in_body
        if walk.containers:
            walk.containers[-1].nodes += 1
        if scan_escaped and _holds_markup(node, name):
            _scan_escaped(node, walk, body if in_body is not None else not chrome)
        hit = _match(node, name, node.keys(), walk)
        if hit is not None:
            found = _Found(node, hit[1], hit[0].label, body, _embed_form(node, hit[0]))
            walk.found.append(found)
            walk.by_element[node] = found
            continue
        if name == "noscript" and _attach_fallback(node, walk):
            continue
        if name == "img" or node.get("href") is not None:  # checked here: a call per element costs a tenth of the walk
            _look(node, name, walk, _known(body))
        if name in _OPENERS and (container := _open(node, body, walk)) is not None:
            walk.containers.append(container)
            stack.append(container)
        pre = pre or name in _PRESERVE
        for child in reversed(node):
            if child.tail:
                stack.append((child.tail, node, in_root, chrome, pre))
            stack.append((child, node, in_root, chrome, pre))
        if node.text:
            stack.append((node.text, node, in_root, chrome, pre))


_PRESERVE = frozenset({"pre", "textarea"})


def _embed_form(node: Element, markup: EmbedMarkup) -> PostForm:
    """A publisher's placeholder keeping the post's address is a static rendering when it carries the post as the
    publisher saved it: Substack's div.tweet[data-attrs] (JSON), or a container named for a platform that shows the
    post's account and words by class words (div.tweet.static[data-tweet-url] > span.tweet-author-handle, p.tweet-text).
    """
    if substack_fields(node) is not None:
        return PostForm.STATIC
    if not markup.classes and _container_kind(node.tag, node.get("class") or "") is False:
        shown = static_fields(node)
        if shown.handle and shown.text.strip():
            return PostForm.STATIC
    return PostForm.EMBED


def _open(node: Element, body: bool, walk: _Walk) -> _Container | None:
    """A container that may turn out to be a static post, or a figure that may show a post."""
    figure = _container_kind(node.tag, node.get("class") or "")
    return None if figure is None else _Container(node, body, len(walk.found), figure=figure)


@functools.lru_cache(maxsize=8192)  # pages repeat the same class attributes thousands of times
def _container_kind(name: str, value: str) -> bool | None:
    """None when an element opens no container, else whether it is a figure (not a possible static post)."""
    words = " ".join(value.split())  # as verify.tree.classes reads them
    if words.isascii() and not _HINT.search(words.lower()):
        return True if name == "figure" else None  # no word of either pattern (most class values): settled
    if words and name in CONTAINER_TAGS and CONTAINER_CLASS.search(words):
        return False
    if name == "figure" or words and name == "div" and _FIGURE_CLASS.search(words):
        return True
    return None


def _look(node: Element, name: str, walk: _Walk, body: Callable[[], bool]) -> None:
    """Links, images and ``href`` attributes that name posts (``name``: the element's; ``body`` says whether the
    element is in the body: asked only of those that name one)."""
    container = walk.containers[-1] if walk.containers else None
    if name == "img":
        alt = node.get("alt")
        shot = screenshot_alt(alt) if alt else None
        if container is not None:
            container.image = True
            container.handle = container.handle or isinstance(alt, str) and "@" in alt
            container.shot = container.shot or shot
        elif shot is not None:
            walk.found.append(_Found(node, None, "img[alt]", body(), PostForm.SCREENSHOT, take=False, fields=shot))
        return
    href = node.get("href")
    if not href or name == "link":
        return
    post_url = recognise_post_url(href)
    if container is not None:
        container.see(post_url)
    if post_url is None or name != "a" or not walk.links:
        return
    found = _linked(node, post_url, body())
    (container.links if container is not None else walk.found).append(found)


def _linked(anchor: Element, post_url: PostUrl, body: bool) -> _Found:
    """A post linked from the text, or an image of it linked to the post (a screenshot)."""
    image = next(anchor.iterdescendants("img"), None) if post_url.platform != "youtube" else None  # a thumbnail
    if image is None:
        return _Found(anchor, post_url, "a[href]", body, PostForm.LINK, take=False)
    alt = image.get("alt")
    shot = screenshot_alt(alt) if alt is not None else None
    return _Found(anchor, post_url, "a > img", body, PostForm.SCREENSHOT, take=False, fields=shot or Fields())


def _attach_fallback(noscript: Element, walk: _Walk) -> bool:
    """A <noscript> right after an embed (or after the wrapper holding only it) is that embed's fallback."""
    before = siblings_before(noscript)
    previous = next(before, None)
    for _ in range(_FALLBACK_LOOKBACK):  # over white space, comments and the platform's <script>
        if previous is None or _is_tag(previous) and previous.tag != "script":
            break
        previous = next(before, None)
    if previous is None or not _is_tag(previous):
        return False
    found = walk.by_element.get(previous)
    if found is None:
        child = next((c for c in children(previous)[:_FALLBACK_LOOKBACK] if _is_tag(c)), None)
        found = walk.by_element.get(child) if child is not None else None
    if found is None or found.fallback is not None:
        return False
    found.fallback = noscript
    return True


def _is_tag(node: Element | str) -> TypeGuard[Element]:
    return not isinstance(node, str) and is_element(node)


def _match(tag: Element, name: str, names: list[str], walk: _Walk) -> tuple[EmbedMarkup, PostUrl] | None:
    """The markup an element (named ``name``, with attributes ``names``) is an embed of, with its post's URL."""
    candidates = _BY_TAG.get(name)
    if not candidates or not names:
        return None
    attributes, class_words = _NEEDED_BY_TAG[name]
    if attributes.isdisjoint(names) and (not class_words or class_words.isdisjoint(_class_words(tag.get("class")))):
        return None
    words: frozenset[str] | None = None
    for markup, url_attrs in candidates:
        if not markup.classes:
            if url_attrs.isdisjoint(names):
                continue
        else:
            if words is None:
                words = _class_words(tag.get("class"))
            if words.isdisjoint(markup.classes):
                continue
        post_url = _markup_url(tag, markup, walk)
        if post_url is not None and (not markup.platform or post_url.platform == markup.platform):
            return markup, post_url
    return None


@functools.lru_cache(maxsize=8192)  # pages repeat the same class attributes thousands of times
def _class_words(value: str | None) -> frozenset[str]:
    """The words of a class attribute (as verify.tree.classes reads them)."""
    return frozenset(value.split()) if value else frozenset()


def _markup_url(tag: Element, markup: EmbedMarkup, walk: _Walk) -> PostUrl | None:
    for name in markup.url_attrs:
        value = tag.get(name)
        if value is None or not value.strip():
            continue
        found = _attribute_url(value.strip(), markup.id_url)
        if found is not None:
            return found
    if markup.links:
        links = [recognise_post_url(href) for href in walk.hrefs_in(tag)]
        return next((link for link in reversed(links) if link is not None), None)
    return None


def _attribute_url(value: str, id_url: str) -> PostUrl | None:
    if value.startswith("{"):  # a JSON attribute: Substack div.tweet[data-attrs] {"url": ...}
        return recognise_post_url(str(json_object(value).get("url") or ""))
    found = recognise_post_url(value if "//" in value else "https://" + value if "/" in value and "." in value else "")
    if found is None and id_url and _BARE_ID.fullmatch(value):
        found = recognise_post_url(id_url.format(id=value))
    return found


def _text_url(value: str, parent: Element, walk: _Walk, in_body: bool) -> None:
    """A post URL standing alone as text (``value``, a string inside ``parent``): WordPress figure.wp-block-embed,
    or a live-blog entry whose oEmbed did not render; in a sentence, a link written out ("on YouTube
    (https://youtu.be/ID)"). Also counts the text of the open container."""
    stripped = value.strip() if len(value) < _BARE_URL_MAX else ""
    bare = None
    written = parent.tag not in _NOT_RUNNING_TEXT
    if written and stripped.startswith("http") and " " not in stripped and _stands_alone(parent, stripped):
        bare = recognise_post_url(stripped)
    if not walk.containers:
        if bare is not None:
            walk.found.append(_Found(parent, bare, "bare URL", in_body, PostForm.EMBED, take=False))
        elif written and walk.written and walk.links:
            walk.found += [
                _Found(parent, post_url, "text link", in_body, PostForm.LINK, take=False)
                for match in WRITTEN_URL.finditer(value)
                if (post_url := _written_url(match)) is not None
            ]
        return
    container = walk.containers[-1]
    container.text_length += len(value)
    container.handle = container.handle or "@" in value
    container.bare = container.bare or bare is not None
    container.words = container.words or bare is None and not value.isspace()
    container.see(bare)


# Elements whose text is no sentence of the article: a link's own text, code, scripts, the page title.
_NOT_RUNNING_TEXT = frozenset({"a", "script", "style", "textarea", "title", "code", "pre"})
# Elements inside a sentence: a URL alone in one ("see <em>https://...</em> and ...") may still be in a sentence.
_INLINE = frozenset({"a", "em", "i", "strong", "b", "span", "u", "mark", "small", "cite", "q", "font", "s", "code"})
_ALONE_CHILDREN = 32  # elements beside a URL standing alone that are looked at (a live-blog entry's heading, images)
_ALONE_DEPTH = 6  # inline elements a URL standing alone may be wrapped in


def _stands_alone(parent: Element, url: str) -> bool:
    """Whether a URL, the whole of a string of ``parent``, stands alone between blocks: ``parent`` holds no other words
    and no inline child with words (a heading or a paragraph above it may: a live-blog entry "<h3>...</h3>URL"), and
    so does each inline element's parent around it. A URL in italics inside a sentence, or after a bold word, is a link
    in running text. Bounded: constant work per URL."""
    if not _holds_only(parent, None, url):
        return False
    node = parent
    for _ in range(_ALONE_DEPTH):
        above = node.getparent()
        if node.tag not in _INLINE or above is None:
            return True
        if not _holds_only(above, node, ""):
            return False
        node = above
    return False


def _holds_only(element: Element, inner: Element | None, words: str) -> bool:
    """Whether ``element``'s own strings read ``words`` (white space aside), and no inline child but ``inner`` has
    words."""
    strings = [element.text or ""]
    for count, child in enumerate(element):  # (not len(): it counts every child, for each URL of 100,000 siblings)
        if count >= _ALONE_CHILDREN:
            return False
        strings.append(child.tail or "")
        if (
            child is not inner
            and is_element(child)
            and child.tag in _INLINE
            and (len(child) or (child.text or "").strip())
        ):
            return False
    return "".join(strings).strip() == words


def _close(container: _Container, walk: _Walk) -> None:
    walk.containers.pop()
    parent = walk.containers[-1] if walk.containers else None
    if parent is not None:
        parent.text_length += container.text_length
        parent.nodes += container.nodes
        parent.image = parent.image or container.image
        parent.handle = parent.handle or container.handle
        parent.bare = parent.bare or container.bare
        parent.words = parent.words or container.words
    post = _figure_post(container, walk) if container.figure else _static_post(container, walk)
    if post is None:
        walk.found += container.inner
        (parent.links if parent is not None else walk.found).extend(container.links)
        if parent is not None:  # the enclosing container holds these links too (a figure's credit footer)
            parent.see(container.post_url)
            parent.several = parent.several or container.several
        return
    if parent is None:
        walk.found.append(post)
        return
    parent.inner.append(post)
    parent.see(post.post_url)


def _alone(container: _Container, walk: _Walk, max_text: int) -> bool:
    """Nothing else was found inside, it names at most one post, and its text is short."""
    return not container.several and len(walk.found) == container.found_before and container.text_length <= max_text


def _static_post(container: _Container, walk: _Walk) -> _Found | None:
    if not _alone(container, walk, _STATIC_POST_MAX_TEXT):
        return None
    if container.post_url is not None:
        if not container.handle and (
            container.bare or not container.words or CONSENT_CLASS.search(classes(container.element))
        ):
            # The official embed before it renders: WordPress's block holding the post's URL alone (perhaps under a
            # caption), a loader's box holding an empty link to it (iframely), or a consent placeholder keeping a
            # link to the post, whose words are the publisher's ("This content is hosted by X. Show it?").
            label = "bare URL" if container.bare else "placeholder" if not container.words else "consent placeholder"
            post_url, in_body = container.post_url, container.in_body
            return _Found(container.element, post_url, label, in_body, PostForm.EMBED, take=False, fields=Fields())
        shot = container.shot
        if shot is not None and shot.handle and shot.text.strip():
            # An image linked to the post whose alt gives its words ("figure.social-screenshot > a > img"): a
            # screenshot, whose caption stays article text.
            fields = replace(shot, platform=container.post_url.platform)
            label, form = "container image", PostForm.SCREENSHOT
            return _Found(container.element, container.post_url, label, container.in_body, form, False, fields)
        return _Found(container.element, container.post_url, "static post", container.in_body, PostForm.STATIC)
    if container.inner or container.nodes > _MAX_FIGURE_NODES or not container.handle:
        return None
    fields, form = static_fields(container.element), PostForm.STATIC
    if not (fields.handle and fields.text.strip()):
        # An image of the post with its text in the alt (the BBC's, a "social-screenshot" figure): a screenshot,
        # whose caption stays article text.
        fields, form = container.shot or Fields(), PostForm.SCREENSHOT
    if not (fields.handle and fields.text.strip()):
        return None
    named = platform_of_class(classes(container.element)) or fields.platform or "x"
    label = "static post" if form is PostForm.STATIC else "container image"
    return _Found(
        container.element,
        None,
        label,
        container.in_body,
        form,
        take=form is PostForm.STATIC,
        fields=replace(fields, platform=named),
    )


def _figure_post(container: _Container, walk: _Walk) -> _Found | None:
    """A figure whose image shows a post: described by its alt text, credited in its caption, or linking it."""
    if not container.image or container.inner or not _alone(container, walk, _FIGURE_MAX_TEXT):
        return None
    if container.nodes > _MAX_FIGURE_NODES:
        return None
    shot = container.shot or Fields()
    credited = (credit(text(container.element, " ")) if container.handle else None) or Fields()
    post_url = container.post_url
    if post_url is None and not (shot.handle or credited.handle):
        return None
    fields = Fields(
        text=shot.text,
        name=shot.name,
        handle=shot.handle or credited.handle,
        published=shot.published,
        platform=(post_url.platform if post_url else "") or shot.platform or credited.platform or "x",
    )
    return _Found(container.element, post_url, "figure", container.in_body, PostForm.SCREENSHOT, False, fields)


_MARKUP_HOLDERS = frozenset({"script", "textarea", "template"})


def _holds_markup(node: Element, name: str) -> bool:
    """Where _scan_escaped looks: a script, a textarea, a template, an element with an attribute holding "<" (tested
    on the elements the walk reads: 0.15 s over the 269 real pages, 0.25 s for an XPath over every attribute)."""
    return name in _MARKUP_HOLDERS or "<" in "".join(node.values())


def _scan_escaped(tag: Element, walk: _Walk, in_body: bool) -> None:
    """Queue embed markup written as text inside a script, a textarea or an attribute."""
    if tag.tag in _MARKUP_HOLDERS and not tag.get("src"):
        held = string(tag) or ""
        if has_escaped_embed(held):
            walk.escaped.append((_unescape(held), in_body, f"<{tag.tag}>"))
    for name, value in tag.items():
        if (
            40 < len(value) <= _MAX_ATTR_SCAN
            and "<" in value
            and has_escaped_embed(value)
            and not is_word_list(tag.tag, name)  # class="...": words, never markup
        ):
            rail = _RAIL_ATTRIBUTE.search(name) is not None
            walk.escaped.append((_unescape(value), in_body and not rail, f"@{name}"))


# An attribute named for page chrome (data-pageraillist, data-related): the markup in it is not the article's.
_RAIL_ATTRIBUTE = re.compile(r"rail|related|recommend|sidebar|teaser|next", re.I)
_JSON_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|[\"\\/bfnrt'])")
_JSON_SIMPLE = {"b": "", "f": "", "n": "\n", "r": "", "t": "\t", '"': '"', "\\": "\\", "/": "/", "'": "'"}
# An escaped "<" in any case ("\u003c" in the text lowered: no other character lowers onto one of these)
_ESCAPED_LT = ("\\u003c", "\\u003C", "\\U003c", "\\U003C")
_HTML_ESCAPED = re.compile(r"&lt;(?:blockquote|iframe|div|script|amp-)", re.I)


def _unescape(text: str) -> str:
    """Markup escaped for JSON or HTML attributes, decoded (up to two JSON layers, as seen in Fusion pages)."""
    for _ in range(2):
        if not (any(escaped in text for escaped in _ESCAPED_LT) or '\\"' in text or "\\/" in text):
            break
        # (split on the escapes, each replaced by a look-up in C: a script holds tens of thousands of them)
        parts = _JSON_ESCAPE.split(text)
        parts[1::2] = map(_json_character, parts[1::2])
        text = "".join(parts)
    # "\ud83d\ude00" decodes to two surrogate halves: join the pairs, replace the strays.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return html.unescape(text) if _HTML_ESCAPED.search(text) else text


@functools.lru_cache(maxsize=4096)  # a few escapes make up most of a script's
def _json_character(escape: str) -> str:
    """The character a JSON escape (without its backslash) stands for."""
    return chr(int(escape[1:], 16)) if escape[0] == "u" else _JSON_SIMPLE[escape]


# --- Reading a post's fields ---------------------------------------------------


def _post(found: _Found, walk: _Walk) -> Post | None:
    """The post a found element shows; None when it shows neither text nor URL (nothing to check)."""
    post_url = found.post_url
    fields = _fields(found)
    if post_url is not None and not post_url.handle and found.form is PostForm.EMBED:
        post_url = _named_url(found.element, post_url, walk)
    handle = fields.handle or (post_url.handle if post_url else "")
    text = _clean(fields.text)
    if post_url is None and not text:
        return None
    url = post_url.url if post_url else ""
    if (
        post_url
        and post_url.platform == "x"
        and "/i/status/" in url
        and handle.startswith("@")
        and "@" not in handle[1:]
    ):
        url = f"https://x.com/{handle[1:]}/status/{post_url.id}"  # an id-only embed whose signature names the account
    return Post(
        platform=post_url.platform if post_url else fields.platform or "x",
        url=url,
        id=post_url.id if post_url else "",
        author=Author(name=_clean(fields.name), handle=handle),
        published=fields.published,
        text=text,
        line=0,
        column=0,
        in_body=found.in_body,
        markup=found.label,
        form=found.form,
    )


def _fields(found: _Found) -> Fields:
    if found.fields is not None or found.form is PostForm.LINK:
        return found.fields or Fields()  # a link's words are the article's, not the post's
    assert found.post_url is not None
    if found.form is PostForm.STATIC:
        static = substack_fields(found.element) or static_fields(found.element)
        if static.text.strip():
            return static
    fields = read_fields(platform(found.post_url.platform).reader, found.element, found.post_url)
    fallback = found.element if found.form is PostForm.STATIC else found.fallback
    if fields.text.strip() or fallback is None:
        return fields
    shown = fallback_fields(fallback)
    return Fields(
        text=shown.text,
        name=fields.name or shown.name,
        handle=fields.handle or shown.handle,
        published=fields.published or shown.published,
    )


def _named_url(element: Element, post_url: PostUrl, walk: _Walk) -> PostUrl:
    """The same post's URL with its account, when an id-only embed also links to it (blockquote[data-tweetid] > a)."""
    for href in walk.hrefs_in(element):
        found = recognise_post_url(href)
        if found is not None and found.handle and (found.platform, found.id) == (post_url.platform, post_url.id):
            return found
    return post_url


def _clean(text: str) -> str:
    return " ".join(text.split())


# --- Positions and duplicates -------------------------------------------------


class _Positions:
    """Line and column of each post: its text found in the page's visible text, else its id in the source."""

    def __init__(self, document: Document) -> None:
        self.document = document
        body = re.search(r"<body\b", document.text, re.I)
        self.source_cursor = body.start() if body else 0
        self.flat_cursor = 0

    def place(self, posts: list[Post]) -> list[Post]:
        return [replace(post, line=line, column=column) for post in posts for line, column in [self._where(post)]]

    def _where(self, post: Post) -> tuple[int, int]:
        if post.text:
            found = self.document.locator.find(post.text, self.flat_cursor)
            if found < 0:
                found = self.document.locator.find(post.text)
            if found >= 0:
                self.flat_cursor = found + 1
                offset = self.document.locator.source_offset(found)
                self.source_cursor = max(self.source_cursor, offset)
                return self.document.position(offset)
        text = self.document.text
        key = post.id or post.url or post.author.handle  # an image of a post is found by the account it credits
        at = text.find(key, self.source_cursor) if key else -1
        if at < 0 and key:
            at = text.find(key)
        if at < 0:
            return 1, 1
        self.source_cursor = at + 1
        return self.document.position(max(0, text.rfind("<", max(0, at - 5_000), at)))


def _unique(posts: list[Post]) -> list[Post]:
    """One post per (platform, id), in its richest form: later sightings fill what the first one lacks."""
    kept: dict[tuple[str, str], Post] = {}
    for post in posts:
        key = (post.platform, post.id or post.url or f"{post.author.handle.lower()}\n{post.text[:200]}")
        if post.id and (first := kept.get(key)) and same_id_elsewhere(post.platform, post.url, first.url):
            key = (post.platform, post.url)  # another channel's post of the same number
        first = kept.get(key)
        if first is None:
            kept[key] = post
        elif _RICHNESS[post.form] > _RICHNESS[first.form]:
            kept[key] = _merge(post, first)  # a link to a post the article also shows: the post as shown
        else:
            kept[key] = _merge(first, post)
    return list(kept.values())


# Which sighting of one post describes it: the embed over the publisher's copy, over an image, over a link.
_RICHNESS = {PostForm.LINK: 0, PostForm.TEXT: 1, PostForm.SCREENSHOT: 2, PostForm.STATIC: 3, PostForm.EMBED: 4}


def _merge(first: Post, other: Post) -> Post:
    if other.text and not first.text:
        first = replace(first, text=other.text)
    if other.in_body and not first.in_body:
        first = replace(first, in_body=True)
    return replace(
        first,
        url=first.url if "/i/" not in first.url else other.url,
        author=Author(first.author.name or other.author.name, first.author.handle or other.author.handle),
        published=first.published or other.published,
    )


# --- Plain-text renderings ------------------------------------------------------


def rendered_posts(
    document: Document, blocks: list[Block], shown: Sequence[Post] = ()
) -> tuple[list[Post], list[Block]]:
    """Posts written out as text plus a signature line, and the blocks left over. The posts returned include those
    ``shown`` in the markup (:func:`html_posts`), each post once: a signature's URL written out is the post it signs."""
    posts: list[Post] = []
    remaining: list[Block] = []
    draft = document.format is not Format.HTML
    for block in blocks:
        if draft and block.text.lstrip()[:1] in _SHORTCODE_OPENERS and _SHORTCODE.fullmatch(block.text.strip()):
            continue  # a shortcode alone (an embed, a figure the site generator renders): no article text
        if "@" not in block.text and "u/" not in block.text:  # every signature names a handle: most blocks are
            # settled by two scans
            remaining.append(block)
            continue
        before, _, last = block.text.rstrip().rpartition("\n")  # (the block's last line: only it may be signed)
        signature = _text_signature(last[:SIGNATURE_WINDOW])
        lead_in = ""  # the line's own words before a post it quotes and signs at its end ("She wrote on X: “…”")
        said = ""  # the line's words before a signature closing it
        if signature is None:
            signature, said = _signed_at_end(last)
            if signature is None:
                written = _handle_wrote(block.text, remaining[-1].text if remaining else "")
                if written is None:
                    remaining.append(block)
                    continue
                # ("… posted the result on X. @WardCoAuditor wrote: “…”": the post; the words before it stay article
                # text)
                handle, words, at, named = written
                if block.text[:at].strip():
                    remaining.append(replace(block, text=block.text[:at].rstrip()))
                line, column = position(document, block, at)
                posts.append(
                    Post(
                        platform=named,
                        url="",
                        id="",
                        author=Author(name="", handle=f"@{handle}"),
                        published=None,
                        text=_clean(words),
                        line=line,
                        column=column,
                        in_body=block.in_body,
                        markup="text lead-in",
                        form=PostForm.TEXT,
                    )
                )
                continue
            quoted = _quoted_post(said)
            before = f"{before}\n{quoted}"
            lead_in = said[: said.rfind(quoted)] if quoted != said else ""
        body_block = block
        text = before.strip()
        if not text and remaining:
            body_block = remaining.pop()  # the signature stands alone: the post text is the block before
            text = body_block.text.strip()
        if "\n" not in text:
            text = _quoted_post(text)  # "... teilte auf Instagram mit dem Satz: „...“" above the signature
        # "The mayor replied on Threads:" before the post, or in the line that quotes it
        introduced = f"{remaining[-1].text if remaining else ''}\n{lead_in}"
        start = len(body_block.text) - len(body_block.text.lstrip())
        line, column = position(document, body_block, start)
        name, handle, date = signature
        link = next((u for word in date.split() if (u := recognise_post_url(word))), None)
        link = link or _signature_link(block.node, handle) or _markdown_signature_link(document, block, handle)
        credit = _TEXT_SIGNATURE_CREDIT.match(last, len(said))  # ("A post shared by ...": Instagram's words name it)
        tail = f"{credited_platform(credit.group('credit'))} {date}" if credit else date
        posts.append(
            Post(
                platform=link.platform if link else handle_platform(handle, tail, introduced),
                url=link.url if link else "",
                id=link.id if link else "",
                author=Author(name=name, handle=handle if "/" in handle else f"@{handle}"),  # (Reddit's "u/name")
                published=parse_date(date),
                text=_clean(text),
                line=line,
                column=column,
                in_body=body_block.in_body,  # a <footer> signing a quoted post is no page chrome
                markup="text signature",
                form=PostForm.TEXT,
            )
        )
    if draft:
        posts += _linked_in_text(document) + _screenshots_in_text(document) + _shortcodes_in_text(document)
    if shown and posts:
        posts = _named_copies(posts, shown, document, remaining)
    return _unique([*shown, *posts]), remaining


_COPY_GAP = 1  # article blocks that may stand between a wordless embed and the copy of its words (a lead-in)


def _named_copies(posts: list[Post], shown: Sequence[Post], document: Document, blocks: list[Block]) -> list[Post]:
    """The text posts that copy a post the markup shows, given that post's address (:func:`_unique` then merges
    them): the same account's same words, or the words a wordless embed of the account stands next to (an
    Instagram embed shows only "A post shared by Name (@h)"; the article copies the caption, signed, below it)."""
    accounts: dict[str, list[Post]] = {}
    for post in shown:
        if post.id and post.in_body and post.author.handle:
            accounts.setdefault(post.author.handle.lower(), []).append(post)
    starts: list[tuple[int, int]] = []  # where each article block starts, found only when needed
    named = []
    for post in posts:
        copies = post.form is PostForm.TEXT and not post.url
        for embed in accounts.get(post.author.handle.lower(), []) if copies else []:
            if embed.text:
                copied = _clean(embed.text).casefold() == post.text.casefold()
            else:
                starts = starts or [position(document, block, 0) for block in blocks]
                copied = _next_to(embed, post, [*shown, *posts], starts)
            if copied:
                post = replace(post, platform=embed.platform, url=embed.url, id=embed.id)
                break
        named.append(post)
    return named


def _next_to(embed: Post, copy: Post, posts: list[Post], starts: list[tuple[int, int]]) -> bool:
    """Whether no other post and at most a lead-in stand between the two."""
    first, last = sorted([(embed.line, embed.column), (copy.line, copy.column)])
    between = [start for start in starts if first < start < last]
    return len(between) <= _COPY_GAP and not any(first < (post.line, post.column) < last for post in posts)


def _signature_link(node: Element | None, handle: str) -> PostUrl | None:
    """The post an HTML signature links ("— Ana (@ana) <a href=".../ana/status/1">March 4, 2026</a>", an official
    blockquote whose class the publisher dropped): a link in the signature's block to a post of that account, or to a
    post naming none."""
    if node is None:
        return None
    wanted = (handle if "/" in handle else f"@{handle}").lower()
    for count, anchor in enumerate(node.iter("a")):
        if count >= _MAX_LINKS:
            break
        found = recognise_post_url(anchor.get("href") or "")
        if found is not None and found.handle.lower() in (wanted, ""):
            return found
    return None


def _markdown_signature_link(document: Document, block: Block, handle: str) -> PostUrl | None:
    """The post a draft's signature links, a Markdown link on its last line ("— Ana (@ana) [March 4,
    2026](https://x.com/ana/status/1)"; the block's text keeps only the link's words): as an HTML signature's
    ``<a href>`` (:func:`_signature_link`), a post of that account or one naming none."""
    line = block.text.rstrip().rfind("\n") + 1
    wanted = (handle if "/" in handle else f"@{handle}").lower()
    for start, end in block.links[-_MAX_LINKS:]:
        if start < line or end <= start:
            continue
        after = source_offset(document, block, end - 1) + 1
        target = _MARKDOWN_TARGET.match(document.text, after)
        found = recognise_post_url(target.group(1)) if target is not None else None
        if found is not None and found.handle.lower() in (wanted, ""):
            return found
    return None


_MARKDOWN_TARGET = re.compile(r"\]\(([^\s)]{1,2000})")  # the address of "](address)" or "](address "title")"


# A Markdown image, "![alt](address "title")": its alt text may describe a post, as an HTML image's does; perhaps
# linked, "[![alt](image)](https://x.com/h/status/1)", as an HTML screenshot is an image inside a link to the post.
_MARKDOWN_IMAGE = re.compile(
    r"(?P<linked>\[[ \t]*)?!\[(?P<alt>[^\]\n]{1,2000})\]\([^)\n]{0,2000}\)"
    r"(?(linked)[ \t]*\]\((?P<href>[^)\s]{1,2000})[^)\n]{0,200}\))"
)


def _screenshots_in_text(document: Document) -> list[Post]:
    """Posts a Markdown article shows as images whose alt text describes them ("![Screenshot of a post on Instagram
    by @h: TEXT](...)"), as :func:`verify.extract.readers.screenshot_alt` reads an HTML image's."""
    posts = []
    for match in _MARKDOWN_IMAGE.finditer(document.text):
        fields = screenshot_alt(match.group("alt"))
        if fields is None:
            continue
        line, column = document.position(match.start("alt") - 2)
        # (the post the image links to is the one it shows: the judge holds the shown account to its capture's)
        link = recognise_post_url(match.group("href")) if match.group("href") else None
        posts.append(
            Post(
                platform=link.platform if link else fields.platform or "x",
                url=link.url if link else "",
                id=link.id if link else "",
                author=Author(name=_clean(fields.name), handle=fields.handle),
                published=fields.published,
                text=_clean(fields.text),
                line=line,
                column=column,
                markup="Markdown image",
                form=PostForm.SCREENSHOT,
            )
        )
    return posts


_LINK_TRAIL = ".,;:!?*_"  # sentence punctuation and Markdown emphasis after a bare link


def _written_url(match: re.Match[str]) -> PostUrl | None:
    """The post a URL written in the text names (:data:`WRITTEN_URL`; one written without its scheme gets one)."""
    written = match.group().rstrip(_LINK_TRAIL)
    return recognise_post_url(written if "://" in written else "https://" + written)


def _linked_in_text(document: Document) -> list[Post]:
    """Posts a Markdown or plain-text article links to (an HTML page's links are its ``<a href>``): a link alone on
    its line stands for the post (an embed the draft leaves to the publisher, as a bare URL in HTML), one in a
    sentence is a link. Front matter names no post, and raw HTML in a draft is read as HTML."""
    text = document.text
    start = text.find("\n---", 3) + 4 if text.startswith("---") else 0
    posts = []
    lines = _Lines(text)
    for match in WRITTEN_URL.finditer(text, max(0, start)):
        if text[match.start() - 1 : match.start()] in ("'", '"', "=", ">"):
            continue  # an attribute or a link's text in the draft's raw HTML: the HTML walk reads those
        post_url = _written_url(match)
        if post_url is None:
            continue
        alone = lines.alone(match)
        markup, form = ("bare URL", PostForm.EMBED) if alone else ("text link", PostForm.LINK)
        posts.append(_named_post(document, post_url, match.start(), markup, form))
    return posts


def _named_post(document: Document, post_url: PostUrl, offset: int, markup: str, form: PostForm) -> Post:
    """A post a draft names without showing its words (a link, a URL alone, a shortcode), at ``offset`` in its text."""
    line, column = document.position(offset)
    return Post(
        platform=post_url.platform,
        url=post_url.url,
        id=post_url.id,
        author=Author(handle=post_url.handle),
        published=None,
        text="",
        line=line,
        column=column,
        markup=markup,
        form=form,
    )


# A shortcode a draft leaves to its site generator to render as an embed: Hugo "{{< x user="u" id="1" >}}" (or
# "{{% ... %}}"), Liquid "{% twitter URL %}", WordPress "[youtube URL]" and "[embed]URL[/embed]",
# MDX "<Tweet id="1" />".
# Bounded and anchored on its opening characters; the arguments are read by _SHORTCODE_ARGUMENT.
_SHORTCODE = re.compile(
    r"\{\{[<%][ \t]{0,5}(?P<hugo>[\w-]{1,30})(?P<hugo_args>[^{}\n]{0,500}?)[>%]\}\}"
    r"|\{%[ \t]{0,5}(?P<liquid>[\w-]{1,30})(?P<liquid_args>[^{}%\n]{0,500}?)%\}"
    r"|\[(?P<wp>[\w-]{1,30})(?P<wp_args>[ \t][^\[\]\n]{0,500})?\](?:(?P<body>[^\[\]\n]{1,500})\[/(?P=wp)\])?"
    r"|<(?P<mdx>[A-Z]\w{1,30})(?P<mdx_args>[ \t][^<>\n]{0,500}?)?/?>"
)
# One argument: key="value", key='value', key={"value"}, key=value, or a value alone (positional).
_SHORTCODE_ARGUMENT = re.compile(
    r"(?:(?P<key>[\w-]{1,30})[ \t]?=[ \t]?)?\{?"
    r"(?:\"(?P<double>[^\"]{0,400})\"|'(?P<single>[^']{0,400})'|(?P<bare>[^\s\"'{}=]{1,400}))\}?"
)
_SHORTCODE_OPENERS = ("{", "[", "<")  # the first character of a shortcode (a tuple: "" is in no tuple)
_SHORTCODE_USER_KEYS = frozenset({"user", "username", "author", "handle", "account"})


def _shortcodes_in_text(document: Document) -> list[Post]:
    """Posts a Markdown or plain-text draft embeds with a shortcode (:data:`_SHORTCODE`), read as the platform's
    embed: the URL it holds, or its id (and account) made a URL by the platform record's ``id_urls``."""
    posts = []
    for match in _SHORTCODE.finditer(document.text):
        kind = next(k for k in ("hugo", "liquid", "wp", "mdx") if match.group(k))
        fields: dict[str, str] = {}
        urls = [match.group("body").strip()] if kind == "wp" and match.group("body") else []
        for argument in _SHORTCODE_ARGUMENT.finditer(match.group(f"{kind}_args") or ""):
            value = (argument.group("double") or argument.group("single") or argument.group("bare") or "").strip()
            key = (argument.group("key") or "").lower()
            if "/" in value:
                urls.append(value)
            elif key in _SHORTCODE_USER_KEYS:
                fields["user"] = value.removeprefix("@")
            elif key.endswith("id") or not key:  # id, tweetId, videoId, youTubeId, or the first value alone
                fields.setdefault("id", value)
        post_url = shortcode_url(match.group(kind), fields, urls)
        if post_url is not None:
            posts.append(_named_post(document, post_url, match.start(), "shortcode", PostForm.EMBED))
    return posts


_LINE_EDGE = "<> \t"  # what may stand around a link alone on its line ("<https://...>")


class _Lines:
    """Whether a link is alone on its line, the links asked about in text order and each line read once: a line of
    thousands of links was read whole for each of them (a 120 KB line of 4,096 links: 1.5 s, quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.end = -1  # where the line of the last link asked about ends (its "\n", or the text's end)
        self.core = ""  # that line without the "<> \t" at its ends
        self.answers: dict[str, bool] = {}  # by link, on that line

    def alone(self, match: re.Match[str]) -> bool:
        """Whether the line holds nothing but the link (as often as it comes) and "<> \t"."""
        text, link = self.text, match.group()
        if match.start() > self.end:  # the first link on a line
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            self.end = len(text) if end < 0 else end
            self.core = text[start : self.end].strip(_LINE_EDGE)
            self.answers = {}
        # (a link alone opens and closes the line: most links are decided without reading the line again)
        if not (self.core.startswith(link) and self.core.endswith(link)):
            return False
        if link not in self.answers:
            self.answers[link] = not self.core.replace(link, "").strip(_LINE_EDGE)
        return self.answers[link]


_INLINE_DASHES = ("—", "–", "&mdash;", " -- ", " - ")
_INLINE_DATE_MAX = 40  # characters after the handle of a signature closing a line: its date, nothing more
# A post quoted at a line's end and signed in parentheses right after its closing mark, with no dash ("Die Kammer
# schrieb auf Mastodon: «…» (@kammer@social.example, 28. November 2026)", "Le club a posté sur Instagram : « … »
# (@club sur Instagram, 28 novembre 2026)"): the handle, perhaps the platform, a comma and a date, nothing after.
# (the sentence's full stop may close the line after the parenthesis: "«…» (@GibRapidChess, 29 de noviembre de 2026).")
_PARENTHESISED_SIGNATURE = re.compile(rf"[”\"»“]\s?\(\s?{_HANDLE}(?P<date>[^()]{{1,{_INLINE_DATE_MAX}}})\)\.?\s*$")

_Signed = tuple[tuple[str, str, str], str]  # ((name, handle, date), the line's text before its signature)


def _signed_at_end(line: str) -> tuple[tuple[str, str, str] | None, str]:
    """A signature closing a line of text ("We will close it. — Ana (@ana) March 4, 2026", "She wrote: “…” (@ana,
    March 4, 2026)"), and the text before it; only a signature with nothing after its date counts (an aside after
    a dash names no post's author)."""
    return _dash_signed(line) or _parenthesis_signed(line) or _credit_signed(line) or (None, "")


def _dash_signed(line: str) -> _Signed | None:
    tail_start = max(0, len(line) - SIGNATURE_WINDOW)
    at = max(line.rfind(dash, tail_start) for dash in _INLINE_DASHES)
    if at <= 0:
        return None
    signature = _text_signature(line[at:])
    if signature is None or len(signature[2]) > _INLINE_DATE_MAX:
        return None
    if not parse_date(signature[2]) and (signature[0] or signature[2] or not _quoted_on_platform(line[:at])):
        return None
    return signature, line[:at]


def _credit_signed(line: str) -> _Signed | None:
    """A platform's credit line closing the line of the post's words, after their last sentence ("Le marché ferme à
    17 h. Publication de Mairie de Gap (@mairie@alpes.social), 12 décembre 2026": a Markdown paragraph joins the two
    lines); only with a date or a link after the handle."""
    found = None
    for found in _CREDIT_AFTER_SENTENCE.finditer(line, max(0, len(line) - SIGNATURE_WINDOW)):  # noqa: B007 (the last)
        pass
    if found is None:
        return None
    signature = _credit_signature(line[found.start() :])
    return None if signature is None or not signature[2] else (signature, line[: found.start()])


def _quoted_on_platform(said: str) -> bool:
    """Whether a line's words before a handle signing it with no date are a post's words in quote marks after a lead-in
    that names its platform ("El club lo celebró en X: «…» — @GibRapidChess", "The club posted on Threads: “…” –
    @gibchess."): a handle alone signs a post only so (not "He said: “…” — @ana", no platform named)."""
    said = said.rstrip()
    if said[-1:] not in _CLOSING_MARKS:
        return False
    quoted = _quoted_post(said)
    return quoted != said and _platform_in(said[: said.rfind(quoted)]) is not None


def _parenthesis_signed(line: str) -> _Signed | None:
    found = _PARENTHESISED_SIGNATURE.search(line, max(0, len(line) - SIGNATURE_WINDOW))
    if found is None:
        return None
    date = found.group("date").strip(" \t,")  # (", 28. November 2026", " sur Instagram, 28 novembre 2026")
    if not parse_date(date):
        return None
    return ("", found.group("handle") or found.group("reddit"), date), line[: found.start() + 1]


# A line's words in quote marks after the writer's own lead-in ("Later he wrote: “We never said that.”"), closing the
# line before its signature. Anchored at the end: the opening mark is the last one.
_QUOTED_AT_END = re.compile(r"[“\"«„](?P<words>[^“”\"«»„]{1,2000})[”\"»“]\s*$")
_LEAD_IN_END = re.compile(r"[:,]\s*$")


def _quoted_post(said: str) -> str:
    """The words of a post a line quotes, alone or after a lead-in ending in a colon or comma ("Later he wrote:
    “...”"); the whole line otherwise."""
    quoted = _QUOTED_AT_END.search(said[-SIGNATURE_WINDOW:])
    if quoted is None:
        return said
    lead = said[: len(said) - len(said[-SIGNATURE_WINDOW:]) + quoted.start()]
    return quoted.group("words") if not lead.strip() or _LEAD_IN_END.search(lead) else said


# An account's handle, a verb of writing a post and perhaps where ("wrote", "a écrit sur X"), a colon and the opening
# mark of the post's words: matched at each "@" of a block (bounded: linear).
# (or no verb, the handle after a noun for an account: "desde su cuenta @lechera_stalucia: «…»")
_HANDLE_WROTE = re.compile(
    rf"{_HANDLE}(?:[ \t]{{1,3}}(?P<verb>[^\W\d][\w’' ]{{0,30}}?))?[ \t]?:[ \t]{{0,3}}[“\"«„]"
)
_POST_VERBS = frozenset(v for lex in LEXICONS.values() for v in lex.post_verbs)
_POST_NOUNS = frozenset(v for lex in LEXICONS.values() for v in lex.post_nouns)
_ACCOUNT_NOUNS = frozenset(v for lex in LEXICONS.values() for v in lex.account_nouns)
_ADDRESS_PART = re.compile(r"[\w.+-]")  # a character before an "@" that makes it an e-mail address's ("prensa@club.org")
_HANDLE_WROTE_REACH = 200  # characters before the handle read for the platform's name (its sentence and the one before)
_SENTENCE_ENDS = (". ", "! ", "? ", ".\n", "!\n", "?\n")


def _handle_wrote(text: str, before: str) -> tuple[str, str, int, str] | None:
    """A post quoted in a sentence that names its account and a verb of writing it, then a colon and its words in quote
    marks closing the block (lexicon ``post_verbs``: "At 11:40 p.m. the auditor's office posted the result on X.
    @WardCoAuditor wrote: “…”", "Die Stadt meldete sich auf Instagram. @stadt_kassel schrieb: „…“", "@ayto escribió en
    X: «…»"): (handle, words, where the handle starts, platform), when a platform is named in the handle's sentence or
    the one before (in this block, or the block before when the handle opens this one). A handle inside quote marks,
    one with no platform named ("@ana wrote: “…”" alone may be a message) and a letter ("Ana wrote in a letter: “…”",
    no handle) are no posts. Only the last quote of the block is read, and only the handles just before it: linear."""
    body = text.rstrip()
    if body[-1:] == "." and body[-2:-1] in _CLOSING_MARKS:
        body = body[:-1]  # (the sentence's stop after the marks, as Spanish and French write it: «…».)
    if body[-1:] not in _CLOSING_MARKS or ":" not in body:
        return None  # (the post's words close the block: most blocks are told by two tests)
    opening = max(body.rfind(mark, 0, len(body) - 1) for mark in _OPENING_MARKS)
    if opening <= 0 or "@" not in body[max(0, opening - _HANDLE_WROTE_HEAD) : opening]:
        return None
    at = body.find("@", max(0, opening - _HANDLE_WROTE_HEAD), opening)
    while 0 <= at < opening:
        found = _HANDLE_WROTE.match(body, at) if at == 0 or not _ADDRESS_PART.match(body[at - 1]) else None
        if found is not None and found.end() == opening + 1 and (handle := found.group("handle")):
            return _written_post(body, before, found, handle)
        at = body.find("@", at + 1, opening)
    return None


def _written_post(body: str, before: str, found: re.Match[str], handle: str) -> tuple[str, str, int, str] | None:
    """The post :func:`_handle_wrote` found, when its verb is a verb of posting, or the handle's sentence names a post
    before it ("In a post on X, @BMHighwayJA told drivers:"), or a noun for an account stands right before a handle with
    no verb ("desde su cuenta @lechera_stalucia:"), and a platform is named."""
    verb = found.group("verb") or ""
    said = verb.lower().replace("’", "'").split()
    at = found.start()
    lead = body[max(0, at - _HANDLE_WROTE_REACH) : at]
    if " ".join(said[:1]) not in _POST_VERBS and " ".join(said[:2]) not in _POST_VERBS:
        words = [w.strip(",;()") for w in lead[max(lead.rfind(end) for end in _SENTENCE_ENDS) + 1 :].lower().split()]
        if not (words[-1:] and words[-1] in _ACCOUNT_NOUNS if not verb else _POST_NOUNS.intersection(words)):
            return None  # ("@club thanked fans: “…”" in a sentence naming no post: a message, perhaps)
    opens = not lead.strip()
    if opens:
        lead = before[-_HANDLE_WROTE_REACH:]  # (the handle opens the block: the sentence before is the block's before)
    sentence = max(lead.rfind(end) for end in _SENTENCE_ENDS)
    if not opens and any(mark in lead[sentence + 1 :] for mark in _OPENING_MARKS):
        return None  # the handle inside quoted words ("“Ask @ana,” she wrote: “…”")
    earlier = max(lead.rfind(end, 0, sentence) for end in _SENTENCE_ENDS) if sentence > 0 else -1
    named = _platform_in(f"{lead[earlier + 1 :]} {verb}")
    return None if named is None else (handle, body[found.end() : -1].strip(), at, named)


_CLOSING_MARKS = '”"»“'  # the marks that close a post's words quoted at a block's end (German „…“ too)
_OPENING_MARKS = '“„«"'
_HANDLE_WROTE_HEAD = 150  # characters before the opening mark read for the handle and the verb


def _platform_in(text: str) -> str | None:
    """The platform a word of ``text`` names last ("on X", "auf Instagram", "sur Mastodon"): "X" only as written."""
    found = None
    for word in text.split():
        bare = word.strip(".,;:!?()«»“”„\"'")
        if len(bare) > 1 or bare == "X":
            found = platform_named(bare) or found
    return found


def _text_signature(line: str) -> tuple[str, str, str] | None:
    """(name, handle, date) of a line "— Name (@handle) Month D, YYYY" (the name holds no parenthesis) or
    "— @handle, Month D, YYYY" (nothing but a date or a link after the handle: "— @x said so" signs nothing)."""
    dash = _TEXT_SIGNATURE_DASH.match(line)
    if dash is None:
        return _credit_signature(line)
    bare = _TEXT_SIGNATURE_BARE.match(line, dash.end())
    if bare is not None:  # "— @handle, March 4, 2026": a handle alone, then only a date or a link
        rest = line[bare.end() :].strip(" \t,·|.")  # (a full stop closing the line signs nothing more)
        if not rest or parse_date(rest) or recognise_post_url(rest.split()[0]):
            # (no handle ends on a full stop: "— @gibchess." closes its sentence)
            return "", (bare.group("handle") or bare.group("reddit")).rstrip("."), rest
        return None
    opening = line.find("(", dash.end())
    if opening < 0 or ")" in line[dash.end() : opening]:
        return None
    handle = _TEXT_SIGNATURE_HANDLE.match(line, opening)
    if handle is None:
        return None
    account = handle.group("handle") or handle.group("reddit")
    return line[dash.end() : opening].strip(), account, line[handle.end() :].strip()


def _credit_signature(line: str) -> tuple[str, str, str] | None:
    """(name, handle, date) of a credit line a platform signs its posts with, copied under a post's text ("Beitrag von
    Nordseefähre Dagebüll (@faehre@norden.social), 3. Dezember 2026", "Publicación de @ayto@social.example"): only with
    nothing but a date or a link after the handle (these words open sentences too: "Post by post, ...")."""
    credit = _TEXT_SIGNATURE_CREDIT.match(line)
    if credit is None:
        return None
    bare = _TEXT_SIGNATURE_BARE.match(line, credit.end())
    opening = line.find("(", credit.end()) if bare is None else -1
    handle = bare or (_TEXT_SIGNATURE_HANDLE.match(line, opening) if opening >= 0 else None)
    if handle is None or ")" in line[credit.end() : max(opening, credit.end())]:
        return None
    rest = line[handle.end() :].strip(" \t,·|.")
    if rest and not parse_date(rest) and not recognise_post_url(rest.split()[0]):
        return None
    name = line[credit.end() : opening].strip() if bare is None else ""
    return name, handle.group("handle") or handle.group("reddit"), rest
