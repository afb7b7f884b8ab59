"""The article as blocks of text: paragraphs, headings, captions, block quotes.

Each :class:`Block` keeps where its characters came from, so that a claim found
in it can be reported at its line and column in the input file. HTML blocks
come from the document's parsed tree (:mod:`verify.tree`, walked without
recursion: hostile pages nest tags 100,000 deep); Markdown and plain-text
blocks from the source lines.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from ..document import Document, Format
from ..models import Place
from ..tree import ASCII_SPACE as _ASCII_SPACE
from ..tree import Element, body, classes, document_elements, text_length

Anchors = tuple[tuple[int, int, bool], ...]


@dataclass(frozen=True, slots=True, eq=False)
class Block:
    """A run of article text and the map back to the source.

    :attr:`anchors` are ``(index in text, position, verbatim)`` triples in
    text order. A verbatim anchor's position is an offset into the document
    text and the characters after it are copied one for one; otherwise it is
    an index into the HTML text locator's whitespace-free text. An HTML
    block's anchors are found when first asked for (:class:`_Strings`).
    """

    text: str
    place: Place
    located: Anchors | _Strings  # the anchors, or the strings of an HTML block to find them from
    in_body: bool = True
    node: Element | None = None
    quote_block: bool = False  # a <blockquote> / Markdown "> " block: the whole block may be a quotation
    links: tuple[tuple[int, int], ...] = ()  # (start, end) in text of each Markdown link's text (HTML: read from node)

    @property
    def anchors(self) -> Anchors:
        located = self.located
        return located if isinstance(located, tuple) else located.anchors()


def source_offset(document: Document, block: Block, index: int) -> int:
    """Offset into ``document.text`` of ``block.text[index]``."""
    anchors = block.anchors
    # The last anchor at or before the index (anchors are in text order), found by bisection: a hostile paragraph
    # has tens of thousands of strings and of claims.
    last = bisect.bisect_right(anchors, index, key=_text_index) - 1
    start, position, verbatim = anchors[last if last > 0 else 0]
    if verbatim:
        return position + index - start if index > start else position
    if position < 0:
        return 0
    if index - start <= _SOLID_STEP:
        skipped = len("".join(block.text[start:index].split()))  # the characters that are not white space
    else:
        skipped = max(0, _solid_before(block.text, index) - _solid_before(block.text, start))
    return document.locator.source_offset(position + skipped)


def _text_index(anchor: tuple[int, int, bool]) -> int:
    return anchor[0]


# Characters between two counts of a block's non-white-space characters. The count from an anchor to a claim was
# taken anew for each claim: a 150 KB paragraph of 3,000 quotes (one text node: one anchor) counted 450 million
# characters (7.6 s of 8 to check it); from the counts of every step it is a step's worth.
_SOLID_STEP = 4096


def _solid_before(text: str, index: int) -> int:
    """How many of ``text[:index]`` are not white space (as ``str.split`` reads it)."""
    steps = _solid_steps(text)
    step = min(max(0, index) // _SOLID_STEP, len(steps) - 1)
    return steps[step] + len("".join(text[step * _SOLID_STEP : index].split()))


@functools.lru_cache(maxsize=8)
def _solid_steps(text: str) -> list[int]:
    """The count of non-white-space characters before every ``_SOLID_STEP``-th character of a block's text."""
    counts = [0]
    for at in range(0, len(text), _SOLID_STEP):
        counts.append(counts[-1] + len("".join(text[at : at + _SOLID_STEP].split())))
    return counts


def position(document: Document, block: Block, index: int) -> tuple[int, int]:
    """1-based (line, column) of ``block.text[index]`` in the input file."""
    return document.position(source_offset(document, block, index))


def blocks(document: Document, skip: frozenset[Element] = frozenset()) -> list[Block]:
    """The article's blocks; ``skip`` holds the HTML elements already taken (embeds), whose text is not read."""
    if document.format is Format.HTML:
        assert document.tree is not None
        return _html_blocks(document, document.tree, skip)
    pasted = _Pasted(document, skip) if document.tree is not None else None  # (a draft with no "<" has no tree)
    if document.format is Format.MARKDOWN:
        return _markdown_blocks(document.text, pasted)
    return _text_blocks(document.text, pasted)


# --- HTML -----------------------------------------------------------------

# Elements whose text is never article text.
_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "textarea",
        "select",
        "option",
        "button",
        "form",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "head",
        "title",
        "video",
        "audio",
        "canvas",
        "map",
        "input",
        "label",
    ]
)
# Elements that start a new block of text.
_BLOCK_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "figcaption",
        "pre",
        "td",
        "th",
        "dd",
        "dt",
        "caption",
        "div",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "main",
        "figure",
        "ul",
        "ol",
        "table",
        "tr",
        "address",
        "center",
        "summary",
        "details",
    ]
)
_LINE_BREAK_TAGS = frozenset({"br", "hr"})
# An inline quotation (<q>) is shown with quote marks the page's text does not hold: the block's text takes them, so
# "the reservoir <q>is at 31 per cent</q>" quotes as it reads. (Its marks are located at the words they enclose.)
_QUOTATION_TAG = "q"
_OPEN_MARK, _CLOSE_MARK = "\u201c", "\u201d"
_MARKS_OF_TEXT = "\"“”„«»‘’'"
# Page chrome: navigation, footers, forms, comments, related-article rails. Text in them is kept
# out of the article body (posts found there are marked in_body=False). Only elements inside the
# body root are judged: the wrappers around it carry layout classes ("has-right-sidebar").
_CHROME_TAGS = frozenset({"nav", "footer", "menu"})
# Class or id words that always mark chrome: related, recommended and next-article blocks, comments, ads.
_CHROME_CLASS = re.compile(
    r"(^|[\s_-])(related|recommend(ed|ations)?|more-stories|read-more|next-article|trending|most-read|"
    r"most-popular|popular|comments?|breadcrumbs?|promo|advert|ad-slot|sponsor(ed|ship)?|outbrain|taboola|"
    r"refer+er-?list|trackbacks?|pingbacks?|backlinks)($|[\s_-])",  # automatic lists of who linked here
    re.I,
)
# Class or id words that mark chrome unless the same element also names itself content: a side rail is
# chrome, but "l-sidebar-fixed l-article-body-segment" and "two-column-rail article-content" are the article; so is a
# wrapper they name that holds most of the page's paragraph text ("lay-sidebar" around the story's column: wraps_story).
_LAYOUT_CHROME_CLASS = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|footer|sidebar|side-bar|rail|share|social-share|share-bar)($|[\s_-])", re.I
)
# Blog engines write a post's tags and categories into its element's class (WordPress's post_class(): "tag-sponsoring",
# "category-popular-posts") beside its number ("post-21947"): words saying what the post is about, not what the
# element is, so never chrome's words there.
_TAXONOMY_CLASS = re.compile(r"(tag|category)-", re.I)
_POST_NUMBER_CLASS = re.compile(r"(^|\s)post-\d+($|\s)")
_CONTENT_CLASS = re.compile(r"article|content|body|entry|story|post|text|main|center", re.I)
# Where a claim stands, by element (tag name or class words seen on publisher pages).
_HEADLINE_TAGS = frozenset({"h1"})
_DEK_CLASS = re.compile(
    r"(^|[\s_-])(dek|deck|standfirst|subhead(line)?|sub-?title|strapline|summary|lede-?text|intro)($|[\s_-])", re.I
)
# Standfirst class names of German, French and Spanish CMSs. Markup data, not language data: a class name is what a
# CMS's templates write, whatever language the article is in (an English piece on a German publisher's site keeps
# "vorspann"), so the names stay here beside _DEK_CLASS's English ones, not in the lexicons, which the article's
# language picks. "teaser" names a related article's card too, so these make a dek only right under the headline
# (see _mark_dek).
_LEAD_CLASS_NAMES = (
    "teaser",  # German CMSs' standfirst ("<p class="article-teaser">"); elsewhere a card, hence the placement rule
    "vorspann",  # de
    "anriss",  # de
    # de-CH, de-AT and news agencies' standfirst ("<p class="lead">", "article-lead"); a first body paragraph set
    # larger elsewhere (Bootstrap's "lead"), hence the placement rule too
    "lead",
    "chapo",  # fr
    "chapô",  # fr
    "chapeau",  # fr
    "accroche",  # fr
    "entradilla",  # es
    "sumario",  # es
    "bajada",  # es (Chile, Argentina)
    "copete",  # es (Argentina)
)
_LEAD_CLASS = re.compile(rf"(^|[\s_-])({'|'.join(map(re.escape, _LEAD_CLASS_NAMES))})($|[\s_-])", re.I)
_CAPTION_CLASS = re.compile(r"(^|[\s_-])(caption|wp-caption-text|image-credit|photo-credit)($|[\s_-])", re.I)
# Pull quotes: English CMSs' names, and those of French and Spanish ones (markup data, as _LEAD_CLASS_NAMES: a
# template's class names, whatever the article's language).
_PULLQUOTE_CLASS_NAMES = (
    "pull-?quote",
    "pull(?![\\w-])",  # "<blockquote class="pull">", not Bootstrap's "pull-right"
    "pullout",
    "blockquote-pull",
    "exergue",  # fr ("<aside class="exergue">", "citation-exergue", "mise-en-exergue")
    "cita-destacada",  # es
    "frase-destacada",  # es
)
_PULLQUOTE_CLASS = re.compile(rf"(^|[\s_-])({'|'.join(_PULLQUOTE_CLASS_NAMES)})($|[\s_-])", re.I)
# The line under a pull quote or a quotation that signs it: "<p class="signature">Name</p>", "<p
# class="pullquote-attribution">", "<span class="zitat-author">" (CMS templates of the four languages)
_CREDIT_CLASS = re.compile(
    r"(^|[\s_-])(signature|attribution|attrib|cite|citation-author|quote-author|author|auteur|autor|autorin|credit|"
    r"source|quelle|urheber|fuente|firma)($|[\s_-])",
    re.I,
)
# A piece (lower case) of every word the place patterns above know, and of every word the chrome patterns know: an
# ASCII value with none of them matches none of those patterns (ignoring case folds an ASCII letter only onto its
# other case), and most class values have none. One scan of the lowered value, not two or three case-folding ones.
_PLACE_HINT = re.compile("caption|credit|pull|dek|deck|standfirst|sub|strapline|summary|lede|intro|exergue|destacada")
_CHROME_HINT = re.compile(
    "related|recommend|more|next-article|trending|most-read|popular|comment|breadcrumb|promo|advert|ad-slot|sponsor|"
    "outbrain|taboola|refer|trackback|pingback|backlink|nav|menu|footer|side|rail|share"
)
# The article body, most specific first: schema.org articleBody, <article>, <main>, then the whole body.
_ROOT_CANDIDATES = (
    60  # how many body candidates are weighed (bounded: hostile pages nest thousands; teasers come first)
)
_ROOT_MIN_SHARE = 0.25  # a body root holds at least this share of the page's paragraph text
_ROOT_SHARE = 0.5  # a candidate holding this share of the best candidate's paragraph text is (part of) the body
_WRAPPER_SHARE = 0.5  # a layout "rail" holding this share of the page's paragraph text wraps the story's column
# What an element's class and id words make of it (_chrome_kind): no chrome, chrome, or a rail that layout words alone
# name chrome, which is chrome unless it wraps the story (wraps_story: only these elements' paragraphs are read).
_NO_CHROME, _CHROME, _RAIL = 0, 1, 2


@functools.lru_cache(maxsize=8192)  # pages repeat the same class attributes thousands of times
def _place_of_classes(value: str) -> Place | None:
    words = " ".join(value.split())  # as verify.tree.classes reads them
    if words.isascii() and not _PLACE_HINT.search(words.lower()):
        return None
    if _CAPTION_CLASS.search(words):
        return Place.CAPTION
    if _PULLQUOTE_CLASS.search(words):
        return Place.PULLQUOTE
    if _DEK_CLASS.search(words):
        return Place.DEK
    return None


def signs_quotation(tag: Element) -> bool:
    """Whether an element's class names it the line signing a quotation (``_CREDIT_CLASS``: "signature",
    "attribution", "author", "Quelle", "fuente" ...)."""
    value = tag.get("class")
    return bool(value) and _credit_class(value)


@functools.lru_cache(maxsize=1024)
def _credit_class(value: str) -> bool:
    return _CREDIT_CLASS.search(value) is not None


def is_chrome(tag: Element) -> bool:
    """Whether an element inside the article is page chrome: navigation, side rail, related or next-article block."""
    kind = _chrome_kind(tag.tag, tag.get("class"), tag.get("id"))
    return kind == _CHROME or (kind == _RAIL and not wraps_story(tag))


def wraps_story(tag: Element) -> bool:
    """Whether a rail (an element that a layout class alone names chrome, ``_RAIL``: "lay-sidebar", "with-rail")
    holds most of the page's paragraph text: a template's wrapper of the story's column and its rail together, not
    the rail.

    Asked only of the elements :func:`_chrome_kind` names rails, and read no further on the many that hold no
    paragraph (share bars, menus). A related list or a comment thread is chrome however long it is (a long thread
    under a short story): only the layout words are weighed.
    """
    held = _paragraph_text(tag, {})
    if not held:
        return False
    # (the page's paragraph text is summed only until it passes what the element's share allows: a rail holding a
    # little of it is told after a few paragraphs, not by reading the whole page for each rail)
    most = held / _WRAPPER_SHARE
    total = 0
    for paragraph in body(tag.getroottree().getroot()).iterdescendants("p"):
        total += text_length(paragraph)
        if total > most:
            return False
    return True


@functools.lru_cache(maxsize=8192)  # pages repeat the same class attributes thousands of times
def _role_words(value: str) -> str:
    """An element's class words (as verify.tree.classes reads them) less those naming its post's tags and categories
    (``_TAXONOMY_CLASS``), on an element that names itself a post by its number."""
    words = value.split()
    if not _POST_NUMBER_CLASS.search(value):
        return " ".join(words)  # (a "category-nav" or "tag-list" of a site's menus is chrome)
    return " ".join(word for word in words if not _TAXONOMY_CLASS.match(word))


@functools.lru_cache(maxsize=8192)  # pages repeat the same element name, class and id thousands of times
def _chrome_kind(name: str, value: str | None, identifier: str | None) -> int:
    """What an element's name and raw class and id attributes make of it: ``_NO_CHROME``, ``_CHROME``, or ``_RAIL``
    (chrome unless it wraps the story, :func:`wraps_story`)."""
    words = _role_words(value) if value else ""
    if name in _CHROME_TAGS and not _PULLQUOTE_CLASS.search(words):
        return _CHROME
    if not (words or identifier):
        return _NO_CHROME
    kind = _chrome_names(f"{words} {identifier or ''}")
    # (a rail only its id or a chrome element's name names is chrome whatever it holds: the class names the wrapper)
    return _CHROME if kind == _RAIL and (not value or name in _CHROME_TAGS) else kind


@functools.lru_cache(maxsize=8192)  # pages repeat the same class strings thousands of times
def _chrome_names(names: str) -> int:
    if names.isascii() and not _CHROME_HINT.search(names.lower()):
        return _NO_CHROME
    if _CHROME_CLASS.search(names):
        return _CHROME
    if _LAYOUT_CHROME_CLASS.search(names) and not _CONTENT_CLASS.search(names):
        return _RAIL
    return _NO_CHROME


# The body candidates, in document order: <article>, <main>, schema.org articleBody, role=main. A union of paths
# that select by name and by attribute: libxml2 tests a predicate on every element 2x slower.
_ROOT_CANDIDATE = etree.XPath(
    "descendant-or-self::article | descendant-or-self::main"
    " | descendant-or-self::*/@itemprop[. = 'articleBody']/.. | descendant-or-self::*/@role[. = 'main']/.."
)


def body_roots(tree: Element) -> list[Element]:
    """The elements that hold the article body.

    Of the article/main candidates, those holding at least half the paragraph text of the best one,
    innermost first: pages carry teaser <article>s and wrappers around the real one, and a page of
    short stories (a briefing, a live blog) has several. Empty when the page has no candidate: the
    whole page is the body then.
    """
    found = [c for top in document_elements(tree) for c in _ROOT_CANDIDATE(top)][:_ROOT_CANDIDATES]
    candidates = [c for c in found if not _CHROME_CLASS.search(_role_words(c.get("class") or ""))]  # related teasers
    if not candidates:
        return []
    lengths: dict[Element, int] = {}  # each paragraph's text length, read once (candidates nest)
    scores = [_paragraph_text(candidate, lengths) for candidate in candidates]
    best = max(scores)
    if best < _ROOT_MIN_SHARE * _paragraph_text(body(tree), lengths):
        # the candidates are teasers: the article itself stands in plain <div>s (teasers holding no paragraph at all
        # too: a page of <article> link boxes around a story in <div>s)
        return []
    if best == 0:
        return candidates[:1]  # no paragraph anywhere: the article's text stands in other elements
    chosen = [c for c, score in zip(candidates, scores, strict=True) if score >= _ROOT_SHARE * best]
    outer = {parent for c in chosen for parent in c.iterancestors()}  # wrappers of a chosen candidate
    return [c for c in chosen if c not in outer]


def article_roots(document: Document) -> frozenset[Element]:
    """:func:`body_roots` of a document's tree, found once for all its readers (posts and blocks)."""
    assert document.tree is not None
    if document.body_roots is None:
        document.body_roots = frozenset(body_roots(document.tree))
    return document.body_roots


def _paragraph_text(tag: Element, lengths: dict[Element, int]) -> int:
    total = 0
    for paragraph in tag.iterdescendants("p"):
        if paragraph not in lengths:
            lengths[paragraph] = text_length(paragraph)
        total += lengths[paragraph]
    return total


class _Locating:
    """Where the strings of a page's blocks are in the text locator, found in order when first asked for.

    Each string is looked for in the locator's flat text from just after where the string before it was
    found, so the strings of a block are found after all those of the blocks before it; a claim asks for
    the anchors of its block, and the blocks after a page's last claim (its rails, comments and footer:
    about half of the strings of the real pages) are never looked for. A string of white space alone is
    never found and moves nothing; a block of white space alone is no block.

    The blocks' strings are held here by their place in page order, not as :class:`_Strings`: those hold
    this, and a cycle between them would keep each page's document and tree alive until the garbage
    collector found it.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.cursor = 0  # where in the locator's flat text the next string is searched from
        self.strings: list[list[str]] = []  # each block's strings, in page order
        self.found: list[Anchors] = []  # the anchors of the blocks located so far, in page order

    def locate(self, upto: int) -> Anchors:
        """The anchors of the block at ``upto`` in page order, every block before it located first."""
        find = self.document.locator.find
        while len(self.found) <= upto:
            anchors: list[tuple[int, int, bool]] = []
            length = 0
            opening: list[int] = []  # the anchors of <q>'s opening marks, placed at the next string found
            last = -1  # the flat index of the last character of the string found last
            for value in self.strings[len(self.found)]:
                if value is _OPEN_MARK or value is _CLOSE_MARK:  # (the page's text has no such mark: never looked for)
                    if value is _OPEN_MARK:
                        opening.append(len(anchors))
                    anchors.append((length, last, False))
                    length += 1
                    continue
                found = find(value, self.cursor)
                if found >= 0:
                    self.cursor = found + 1
                    last = found + len("".join(value.split())) - 1
                    for i in opening:
                        anchors[i] = (anchors[i][0], found, False)
                    opening.clear()
                anchors.append((length, found, False))
                length += len(value)
            self.found.append(tuple(anchors))
        return self.found[upto]


class _Strings:
    """An HTML block's place among the page's blocks, whose strings are located when its anchors are first asked for."""

    __slots__ = ("index", "locating")

    def __init__(self, index: int, locating: _Locating) -> None:
        self.index = index
        self.locating = locating

    def anchors(self) -> Anchors:
        return self.locating.locate(self.index)


class _Builder:
    """Accumulates text pieces into blocks while the tree is walked."""

    def __init__(self, document: Document) -> None:
        self.locating = _Locating(document)
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.visible = False  # whether a part is more than white space collapsed to " " or "\n"
        self.owner: object = None
        self.meta: _Meta = (Place.BODY, True, None, False)
        self.marked: list[Element] = []  # the <q> elements open in the walk whose opening mark was shown

    def open(self, owner: object, meta: _Meta) -> None:
        """Text of another owner follows: the current block ends."""
        if self.parts:
            self.flush()
        self.owner, self.meta = owner, meta

    def add(self, value: str, preserve: bool) -> None:
        """A string of the tree, read as :func:`verify.tree.collapse` reads it."""
        if preserve or value.strip(_ASCII_SPACE):
            self.parts.append(value if preserve else value.replace("\n", " "))
            self.visible = True
        else:
            self.parts.append("\n" if "\n" in value else " ")  # white space alone between tags (most strings)

    def flush(self) -> None:
        # Parts that are all collapsed white space (two of three flushes on the real pages) make no block: not joined.
        if self.visible and (text := "".join(_trimmed(self.parts))).strip():
            place, in_body, node, quote_block = self.meta
            strings = _Strings(len(self.locating.strings), self.locating)
            self.locating.strings.append(self.parts)
            self.blocks.append(Block(text, place, strings, in_body, node, quote_block))
        self.parts = []
        self.visible = False


def _trimmed(parts: list[str]) -> list[str]:
    """A block's strings without the white space its text opens and closes on, in place: a paragraph whose source
    breaks its line after ``<p>`` ("<p>\\n  “We stay,” …") opens on its quote, as the rules of a quote opening its
    paragraph ask (they read index 0). The strings are located by their words alone, so no anchor moves."""
    while parts and not parts[0].strip(_ASCII_SPACE):
        del parts[0]
    while parts and not parts[-1].strip(_ASCII_SPACE):
        del parts[-1]
    if parts:  # (one after the other: the first string may be the last)
        parts[0] = parts[0].lstrip(_ASCII_SPACE)
        parts[-1] = parts[-1].rstrip(_ASCII_SPACE)
    return parts


_Meta = tuple[Place, bool, Element | None, bool]  # (place, in_body, block element, inside a blockquote)
# What the walk knows inside an element: the owner of its text (the innermost block element), its meta, and
# whether white space is kept (inside <pre>); None for an element whose content is not read.
_State = tuple[object, _Meta, bool] | None


def _html_blocks(document: Document, tree: Element, skip: frozenset[Element]) -> list[Block]:
    """The blocks of the body, read in one walk of lxml's events (:func:`etree.iterwalk`, iterating in C).

    Text belongs to the innermost block element around it (its owner); a block ends where text of
    another owner follows, so the text after a nested block re-opens the enclosing one (at the end
    of every element read, the owner around it is opened again if another took over).
    """
    roots = article_roots(document)
    builder = _Builder(document)
    start = body(tree)
    if start in skip or not skip.isdisjoint(start.iterancestors()):
        return []
    states: list[_State] = [(start, (Place.BODY, not roots or start in roots, None, False), False)]
    walker = etree.iterwalk(start, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            state = _enter(node, states[-1], roots, skip, builder)
            if state is None:
                walker.skip_subtree()
            states.append(state)
            continue
        if event == "end":
            if node is start:
                break  # the tail of the body is no part of it
            read = states.pop() is not None
            # (the <q>s whose opening mark was shown are open on their own list: no element's name is read again at
            # its end, a string made for each of the page's elements)
            if builder.marked and node is builder.marked[-1]:
                builder.marked.pop()
                builder.parts.append(_CLOSE_MARK)
        else:
            read = False  # a comment or a processing instruction: nothing of its own, its tail is text
        tail = node.tail
        if not (read or tail):
            continue
        parent = states[-1]
        assert parent is not None  # an element whose content is not read has no events inside it
        owner, meta, pre = parent
        if owner is not builder.owner:
            builder.open(owner, meta)  # (also with no tail: the next text of this owner has its meta)
        if not tail:
            continue
        if pre or tail.strip(_ASCII_SPACE):  # (builder.add, inline: a call for each of the page's strings costs)
            builder.parts.append(tail if pre else tail.replace("\n", " "))
            builder.visible = True
        else:
            builder.parts.append("\n" if "\n" in tail else " ")
    builder.flush()
    return _mark_dek(builder.blocks)


def _enter(
    node: Element, outer: _State, roots: frozenset[Element], skip: frozenset[Element], builder: _Builder
) -> _State:
    """Read the start of an element (its text); the state inside it, None when its content is not read."""
    assert outer is not None
    owner, meta, pre = outer
    name = node.tag
    if name in _SKIP_TAGS or node in skip:
        return None  # an element whose text is not article text (its tail is)
    if name in _LINE_BREAK_TAGS:
        if owner is not builder.owner:
            builder.open(owner, meta)
        builder.add("\n", False)
        return None
    place, in_body, block, quote_block = meta
    state = outer  # the state inside an element that changes nothing (most inline elements): the outer one
    if node in roots:
        in_body = True
    value = node.get("class")
    if in_body:
        identifier = node.get("id")
        kind = _chrome_kind(name, value, identifier) if value or identifier or name in _CHROME_TAGS else _NO_CHROME
        if kind == _CHROME or (kind == _RAIL and not wraps_story(node)):
            in_body = False
    if name in _HEADLINE_TAGS:
        place = Place.HEADLINE
    elif name == "figcaption":
        place = Place.CAPTION
    elif value:
        place = _place_of_classes(value) or place
    if name in _BLOCK_TAGS:
        quote_block = quote_block or name == "blockquote"
        state = node, (place, in_body, node, quote_block), pre or name == "pre"
    elif in_body is not meta[1] or place is not meta[0] or (name == "pre" and not pre):
        state = owner, (place, in_body, block, quote_block), pre or name == "pre"
    if name == _QUOTATION_TAG and _shows_marks(node):
        owner, meta, pre = state
        if owner is not builder.owner:
            builder.open(owner, meta)
        builder.parts.append(_OPEN_MARK)
        builder.marked.append(node)  # (its closing mark is shown at its end)
    if text := node.text:
        owner, meta, pre = state
        if owner is not builder.owner:
            builder.open(owner, meta)
        builder.add(text, pre)
    return state


def _shows_marks(node: Element) -> bool:
    """Whether a <q> needs the marks a browser shows around it: its text holds none of its own ("<q>“…”</q>")."""
    text = "".join(node.itertext()).strip()
    return bool(text) and text[0] not in _MARKS_OF_TEXT and text[-1] not in _MARKS_OF_TEXT


def _mark_dek(found: list[Block]) -> list[Block]:
    """The first short block right after the headline is the dek when it is a subheading or its class names a
    standfirst in another language's CMS ("<p class="teaser">", "<p class="chapo">")."""
    for i, block in enumerate(found[:-1]):
        if block.place is Place.HEADLINE:
            nxt = found[i + 1]
            if (
                nxt.place is Place.BODY
                and nxt.node is not None
                and (nxt.node.tag in ("h2", "h3") or _LEAD_CLASS.search(classes(nxt.node)) is not None)
                and len(nxt.text) < _DEK_MAX
            ):
                found[i + 1] = Block(nxt.text, Place.DEK, nxt.located, nxt.in_body, nxt.node, nxt.quote_block)
            break
    return found


# --- Plain text and Markdown ------------------------------------------------

_SENTENCE_END = re.compile(r"""[.!?…:;"”'’)\]]\s*$""")
_SENTENCE_END_CHARS = frozenset(""".!?…:;"”'’)]""")  # the pattern's class: its last character before white space


def _ends_sentence(text: str) -> bool:
    r"""Whether ``_SENTENCE_END`` finds a stop, a mark or a bracket ending ``text`` before white space alone (``\s`` is
    ``str.isspace``): its last character that is no white space, read without the engine's scan of the text."""
    return text.rstrip()[-1:] in _SENTENCE_END_CHARS


_WRAPPED_LINE = 100  # the longest line of text wrapped by hand (72 to 80 characters); a longer one is a paragraph


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated; one per line if the text has no blank lines."""
    separator = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
    start = 0
    for match in re.finditer(separator, text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _plain_paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph of a plain text (see _paragraph_spans), and of each line inside a blank-line
    paragraph whose lines are not wrapped by hand (one longer than ``_WRAPPED_LINE``: a wire story's paragraphs, one a
    line, between blank-line separated captions). Not Markdown's: there a line break goes on with the paragraph, and
    a list's items stay one block."""
    for start, end in _paragraph_spans(text):
        yield from _lines_of(text, start, end)


def _lines_of(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The paragraph from ``start`` to ``end``, or each of its lines when they are paragraphs (see
    _plain_paragraph_spans); a line ending on a colon stays with the next, which it introduces ("Der „Anzeiger“
    schreibt:" / "»…«")."""
    if text.find("\n", start, end) < 0:
        yield start, end  # (one line, most paragraphs: told without a copy of it)
        return
    lines = text[start:end].split("\n")
    if max(map(len, lines)) <= _WRAPPED_LINE:
        yield start, end
        return
    at = start
    for line in lines:
        at += len(line) + 1
        if not line.rstrip().endswith(":"):
            yield start, at - 1
            start = at
    if start < end:
        yield start, end


_KICKER_MAX_WORDS = 3  # "INQUEST", "Kultur regional", "JURA — CONCOURS": a section label above the headline
_DEK_MAX = 300  # a dek is a sentence or two under the headline
_BYLINE_MAX = 100  # the byline or dateline block under a plain-text dek ("By ...", "MUXÍA, 27 Nov. (Agencia) -")


_MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")


def _all_markup(text: str, start: int, end: int) -> bool:
    """Whether a plain-text paragraph is tags and nothing else ('<p align="center"><iframe ...></iframe></p>')."""
    return text.startswith("<", start) and not _MARKUP_TAG.sub("", text[start:end]).strip()


def _text_blocks(text: str, pasted: _Pasted | None) -> list[Block]:
    found: list[Block] = []
    for start, end in _plain_paragraph_spans(text):
        if _html_block_at(text, start):  # a pasted embed's markup, as in Markdown: read from the document's tree
            found += pasted.blocks(start, end) if pasted else []
            continue
        if _all_markup(text, start, end):
            continue
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = start + len(chunk) - len(chunk.lstrip())
        place = Place.BODY
        if len(stripped) < 200 and "\n" not in stripped and not _ends_sentence(stripped):
            if not found:
                place = Place.HEADLINE
            elif len(found) == 1 and len(found[0].text.split()) <= _KICKER_MAX_WORDS:
                # a kicker above the headline: "INQUEST" / "Climber who fell ... “...”, inquest hears"
                found[0] = Block(found[0].text, Place.BODY, found[0].located)
                place = Place.HEADLINE
        found.append(Block(stripped, place, ((0, lead, True),)))
    return _text_dek(found)


def _text_dek(found: list[Block]) -> list[Block]:
    """The one-line block right under a plain-text headline is its dek when a byline or a dateline follows it (a short
    block that ends no sentence): "Residents say they will be “cut off from everything”" / "By Owain Tresize, ...")."""
    headline = next((i for i, b in enumerate(found[:2]) if b.place is Place.HEADLINE), None)
    if headline is None or headline + 2 >= len(found):
        return found
    dek, following = found[headline + 1], found[headline + 2]
    byline = len(following.text) <= _BYLINE_MAX and not _ends_sentence(following.text)  # (a sentence is body)
    if len(dek.text) <= _DEK_MAX and "\n" not in dek.text and byline:
        found[headline + 1] = Block(dek.text, Place.DEK, dek.located)
    return found


# Markdown inline markup removed from the text (the words inside are kept). Each scan stops at the next
# opening character of its own kind ("[", "(", "<") or within a bounded window, so a line of 1 MB of "[a" or
# "<a" is read in linear time rather than re-scanned to its end from every opening.
_MD_INLINE = re.compile(
    r"!\[[^\[\]]*\]\([^()]*\)"  # an image: dropped whole
    r"|\[(?P<link>[^\[\]]+)\]\([^()]*\)"  # [text](url): keep text
    r"|<!--(?:[^<]|<(?!!--)){0,4096}?-->"  # an HTML comment (verify: ignore markers are read elsewhere)
    r"|</?[A-Za-z][^<>]*>"  # inline HTML tags
    r"|(?<!\w)(\*\*|__|\*|_)(?=\S)|(?<=\S)(\*\*|__|\*|_)(?!\w)"  # emphasis markers
    r"|`",  # code spans
    re.S,
)
_MD_LINE_PREFIX = re.compile(
    r"^[ \t]{0,3}(?:(?P<heading>#{1,6})[ \t]+|(?P<quote>(?:>[ \t]?)+)|(?P<item>[-*+]|\d{1,9}[.)])[ \t]+)?"
)


_DASH_LINE = re.compile(r"[—–―]|--")

# A raw HTML block in Markdown (CommonMark) or a plain-text draft: its embeds are read from the document's tree.
_HTML_BLOCK_START = re.compile(r"\s{0,3}<(?:blockquote|iframe|figure|amp-[a-z]+|script|noscript)\b", re.I)


# The raw HTML blocks of a draft that may hold article text: a quotation or a figure pasted as HTML.
_PASTED_TEXT_TAGS = frozenset({"blockquote", "figure"})


class _Pasted:
    """The blocks of a draft's raw HTML block (:data:`_HTML_BLOCK_START`), read from the document's tree as an HTML
    page's: none for an embed, whose post the post reader took (``skip``); a plain ``<blockquote>`` or ``<figure>`` is
    article text, as in a page (a quotation and its ``<footer>`` credit, a post copied out and signed). Elements are
    found by the line they open on, and only when the paragraph holds the whole element (its closing tag ends it)."""

    def __init__(self, document: Document, skip: frozenset[Element]) -> None:
        self.document = document
        self.skip = skip
        self.opening: dict[int, list[Element]] | None = None  # the pasted elements by the line they open on
        self.line, self.at = 1, 0  # the line of offset ``at`` of the text (paragraphs are asked about in order)

    def blocks(self, start: int, end: int) -> list[Block]:
        text = self.document.text
        self.line += text.count("\n", self.at, start)
        self.at = start
        if self.opening is None:
            self.opening = {}
            assert self.document.tree is not None
            for element in body(self.document.tree).iter(*_PASTED_TEXT_TAGS):
                outermost = not any(outer.tag in _PASTED_TEXT_TAGS for outer in element.iterancestors())
                if element.sourceline is not None and outermost:
                    self.opening.setdefault(element.sourceline, []).append(element)
        paragraph = text[start:end].rstrip()
        found: list[Block] = []
        for element in self.opening.get(self.line, ()):
            whole = paragraph.endswith(f"</{element.tag}>")
            if whole and element not in self.skip and self.skip.isdisjoint(element.iterancestors()):
                found += _html_blocks(self.document, element, self.skip)
        return found


def _html_block_at(text: str, start: int) -> bool:
    """Whether ``_HTML_BLOCK_START`` matches at ``start``: tried only when a "<" stands within four characters, where it
    must (every paragraph is asked; a regex call costs thousands of instructions however early it fails)."""
    return "<" in text[start : start + 4] and _HTML_BLOCK_START.match(text, start) is not None


def _markdown_blocks(text: str, pasted: _Pasted | None) -> list[Block]:
    found: list[Block] = []
    for start, end in _paragraph_spans(text):
        if _html_block_at(text, start):
            found += pasted.blocks(start, end) if pasted else []
            continue
        parts: list[str] = []
        anchors: list[tuple[int, int, bool]] = []
        links: list[tuple[int, int]] = []
        length = 0
        place, quote_block = Place.BODY, False
        line_start = start
        for line in text[start:end].split("\n"):
            prefix = _MD_LINE_PREFIX.match(line)
            assert prefix is not None
            if prefix.group("heading"):
                # (the first heading, and one right under it: "# The Touchline Letter" names the newsletter, the
                # "## …" under it is the headline)
                shown = len(prefix.group("heading")) == 1 or all(b.place is Place.HEADLINE for b in found)
                place = Place.HEADLINE if shown else place
            quote_block = quote_block or bool(prefix.group("quote"))
            if parts:
                # A line opening on a dash stays a line of its own: "— Name (@handle) date" signs a post; so does a
                # list's item ("- «…», Lucía Benítez, concejala de Cultura.": each item is one person's saying).
                parts.append("\n" if prefix.group("item") or _DASH_LINE.match(line, prefix.end()) else " ")
                anchors.append((length, line_start - 1, True))
                length += 1
            position = prefix.end()
            for match in _MD_INLINE.finditer(line, position):
                piece = line[position : match.start()]
                if piece:
                    anchors.append((length, line_start + position, True))
                    parts.append(piece)
                    length += len(piece)
                if match.group("link"):
                    anchors.append((length, line_start + match.start("link"), True))
                    parts.append(match.group("link"))
                    links.append((length, length + len(match.group("link"))))
                    length += len(match.group("link"))
                position = match.end()
            tail = line[position:].rstrip("# \t") if prefix.group("heading") else line[position:]
            if tail:
                anchors.append((length, line_start + position, True))
                parts.append(tail)
                length += len(tail)
            line_start += len(line) + 1
        joined = "".join(parts)
        if place is Place.BODY and found and found[-1].place is Place.HEADLINE and _emphasised(text, start, end):
            place = Place.DEK  # "# Headline" then "*A sentence or two in italics.*"
        if joined.strip():
            found.append(Block(joined, place, tuple(anchors), True, None, quote_block, tuple(links)))
    return found


_EMPHASISED = re.compile(r"(\*|_)(?!\1)[^\n]{1,300}(?<![\s*_])\1")  # *one line in italics*


def _emphasised(text: str, start: int, end: int) -> bool:
    """Whether a Markdown paragraph is one line set wholly in italics."""
    return _EMPHASISED.fullmatch(text[start:end].strip()) is not None
