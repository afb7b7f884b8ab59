"""Embedded social-media posts: embed markup in HTML, and plain-text renderings.

HTML embeds are found in one walk over the parsed tree (no recursion: hostile
pages nest tags 100,000 deep) with the markup table of
:mod:`verify.extract.platforms`: official blockquotes, iframes (eager or lazy),
AMP components, publisher placeholders that hold only an id or a URL, and
publisher-made static posts (a container with a post link and no official
embed). Markup hidden as escaped text in a ``<script>``, a ``<textarea>`` or a
``data-*`` attribute is decoded and walked the same way. The same post seen
twice (a rendered iframe next to its blockquote, or the JSON copy of a page's
own embed) is reported once.

The plain-text rendering of a post (its text, then a line ``— Name (@handle)
Month D, YYYY``, as when an article is copied out of a browser) is found among
the article's blocks, in HTML, Markdown and text alike.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

from ..document import Document
from ..models import Author, Post
from .blocks import Block, body_roots, is_chrome, position
from .dates import parse_date, parse_datetime
from .platforms import (
    CONTAINER_CLASS,
    CONTAINER_TAGS,
    EMBED_MARKUP,
    ESCAPED_EMBED,
    EmbedMarkup,
    PostUrl,
    recognise_post_url,
)

__all__ = ["html_posts", "rendered_posts"]

# The signature of an X or Bluesky post, in the embed and in its plain-text rendering:
# "— MOSCOW NEWS 🇷🇺 (@MOSCOW_EN) August 22, 2025". The dash may be lost in CMS copies of the embed.
_SIGNATURE = re.compile(
    r"(?:^|[—–―]|&mdash;|\s-{1,2})\s*(?P<name>[^\n—–]{0,120}?)\s*\(\s*@(?P<handle>[\w.-]{1,100})\s*\)"
)
_TEXT_SIGNATURE = re.compile(
    r"^\s*(?:—|–|&mdash;|-{1,2})\s*(?P<name>[^\n()]*?)\s*\(@(?P<handle>[\w.-]{1,100})\)\s*(?P<date>[^\n]*)$"
)
# A fallback image that describes the post: BBC <img alt="Twitter post by @h: TEXT">.
_ALT_POST = re.compile(
    r"^\s*(?:Twitter|X|Instagram|Facebook|TikTok) post by @(?P<handle>[\w.]{1,50})(?::\s*(?P<text>.*))?", re.S
)
# Instagram's localised signature opener: "A post shared by Name (@user)", "Ein Beitrag geteilt von ...".
_SHARED_BY = re.compile(
    r"(?:A (?:post|photo|video) (?:shared|posted) by|Ein (?:Beitrag|Foto|Video) (?:geteilt|gepostet) von|"
    r"Une (?:publication|photo|vidéo) (?:partagée|publiée) par|Una publicación (?:compartida|publicada) (?:por|de)|"
    r"Un post condiviso da|Een bericht gedeeld door|Uma publicação compartilhada (?:por|de)|"
    r"Publicación compartida por|Posted by|Publiée par|Gepostet von)\s*",
    re.I,
)
# Instagram's placeholder lines, which are not a caption: "View this post on Instagram", "Instagram Beitrag".
_INSTAGRAM_BOILERPLATE = re.compile(
    r"^\s*(?:View this (?:post|photo|video) on Instagram|Instagram (?:post|Beitrag|photo|video)|"
    r"Sieh dir diesen Beitrag auf Instagram an|Voir cette publication sur Instagram|Publication Instagram|"
    r"Ver esta publicación en Instagram|Visualizza questo post su Instagram|Bekijk dit bericht op Instagram|"
    r"Ver (?:essa|esta) (?:foto|publicação) no Instagram|Dieser Beitrag auf Instagram ansehen)\s*$",
    re.I,
)
_OWN_HANDLE = re.compile(r"\(@(?P<handle>[\w.]{1,30})\)")  # "(@user)" in an Instagram signature
_MASTODON_BY = re.compile(r"Post by (@[\w.]+@[\w.-]+|@\w+)")
_REDDIT_USER = re.compile(r"/(?:user|u)/(?P<user>[\w-]{2,30})/?$")
_INSTAGRAM_PROFILE = re.compile(r"instagram\.com/(?P<user>(?!p/|reel|tv/|explore)[\w.]{1,30})/?(?:\?|$)", re.I)
_BLOCK_NAMES = frozenset(["p", "div", "li", "br", "blockquote", "section", "h1", "h2", "h3", "h4", "h5", "h6", "tr"])
_SIGNATURE_WINDOW = 1_500  # the signature closes the embed: look for it only in the last characters
_MAX_ATTR_SCAN = 20_000_000  # attribute values are scanned for escaped markup up to this length (linear)
_BARE_URL_MAX = 400  # a text node longer than this is not a URL standing alone
_NOT_TEXT = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
_STATIC_POST_MAX_TEXT = 4_000  # a publisher-made static post is short; a longer container is article text
_BARE_ID = re.compile(r"[\w-]{1,40}(?:/\d{1,12})?")  # an id, or Telegram's "channel/ID"

# Markup looked up by element name: most elements are not embeds, and are rejected by one dict lookup.
# Each entry carries its URL attributes as a set, so that an element without any is passed over at once.
_BY_TAG: dict[str, tuple[tuple[EmbedMarkup, frozenset[str]], ...]] = {}
for _markup in EMBED_MARKUP:
    for _tag in _markup.tags:
        _BY_TAG[_tag] = (*_BY_TAG.get(_tag, ()), (_markup, frozenset(_markup.url_attrs)))


@dataclass(slots=True)
class _Found:
    """An element that holds one post, before its fields are read."""

    element: Tag
    post_url: PostUrl
    label: str
    in_body: bool
    take: bool = True  # False for a bare URL: its block keeps the rest of its text


@dataclass(slots=True)
class _Container:
    """A possible publisher-made static post, open while its subtree is walked.

    The outermost container whose links all name one post is the post (a BBC ``div.social-embed``
    holds ``div.social-embed-post`` holds ``div.embed-report-js``); a container naming several posts
    is a group, and the inner ones are the posts.
    """

    element: Tag
    in_body: bool
    found_before: int
    post_url: PostUrl | None = None
    several: bool = False  # links to more than one post: not one post itself
    text_length: int = 0
    inner: list[_Found] = field(default_factory=list)  # static posts found in nested containers

    def see(self, post_url: PostUrl | None) -> None:
        if post_url is None:
            return
        if self.post_url is None:
            self.post_url = post_url
        elif (post_url.platform, post_url.id) != (self.post_url.platform, self.post_url.id):
            self.several = True


@dataclass(slots=True)
class _Walk:
    """The state of one walk over a tree."""

    roots: frozenset[int]  # id() of the body roots; empty: the whole page is the body
    found: list[_Found] = field(default_factory=list)
    escaped: list[tuple[str, bool, str]] = field(default_factory=list)  # (markup text, in_body, where)
    containers: list[_Container] = field(default_factory=list)


def html_posts(document: Document) -> tuple[list[Post], frozenset[int]]:
    """Posts from embed markup, and the ``id()`` of every element they took."""
    assert document.tree is not None
    walk = _Walk(frozenset(id(root) for root in body_roots(document.tree)))
    _walk(document.tree, walk, in_body=None)
    taken: set[int] = set()
    for found in walk.found:
        if found.take:
            taken.update(id(node) for node in _subtree(found.element))
    hidden: list[_Found] = []
    for markup, in_body, where in walk.escaped:
        inner = _Walk(frozenset())
        _walk(BeautifulSoup(markup, "lxml"), inner, in_body=in_body, scan_escaped=False)
        hidden += [replace(f, label=f"{f.label} (escaped in {where})") for f in inner.found]
    posts = _unique([_post(f) for f in walk.found] + [_post(f) for f in hidden])
    placed = _Positions(document).place(posts)
    return sorted(placed, key=lambda p: (p.line, p.column)), frozenset(taken)


def _subtree(element: Tag) -> Iterator[object]:
    yield element
    yield from element.descendants


def _walk(tree: Tag, walk: _Walk, *, in_body: bool | None, scan_escaped: bool = True) -> None:
    """Find the embeds under ``tree``; ``in_body`` fixed for decoded fragments, None to work it out."""
    # Stack entries: (node, inside the body root, inside page chrome), or a container to close.
    stack: list[tuple[object, bool, bool] | _Container] = [(tree, not walk.roots, False)]
    while stack:
        entry = stack.pop()
        if isinstance(entry, _Container):
            _close(entry, walk)
            continue
        node, in_root, chrome = entry
        if isinstance(node, NavigableString):
            _text_url(node, walk, (in_root and not chrome) if in_body is None else in_body)
            continue
        if not isinstance(node, Tag):
            continue
        if id(node) in walk.roots:
            in_root = True
        elif in_root:
            chrome = chrome or is_chrome(node)
        body = (in_root and not chrome) if in_body is None else in_body
        if scan_escaped:
            _scan_escaped(node, walk, body if in_body is not None else not chrome)
        hit = _match(node)
        if hit is not None:
            walk.found.append(_Found(node, hit[1], hit[0].label, body))
            continue
        if node.name == "a" and walk.containers:
            _link(node, walk)
        if node.name in CONTAINER_TAGS and _is_container_class(_classes(node)):
            container = _Container(node, body, len(walk.found))
            walk.containers.append(container)
            stack.append(container)
        stack.extend((child, in_root, chrome) for child in reversed(node.contents) if not isinstance(child, Comment))


@functools.lru_cache(maxsize=8192)  # pages repeat the same class strings thousands of times
def _is_container_class(classes: str) -> bool:
    return bool(classes) and CONTAINER_CLASS.search(classes) is not None


def _classes(tag: Tag) -> str:
    value = tag.get("class") or ""
    return " ".join(value) if isinstance(value, list) else str(value)


def _match(tag: Tag) -> tuple[EmbedMarkup, PostUrl] | None:
    candidates = _BY_TAG.get(tag.name)
    if not candidates or not tag.attrs:
        return None
    classes: set[str] | None = None
    for markup, url_attrs in candidates:
        if not markup.classes:
            if url_attrs.isdisjoint(tag.attrs):
                continue
        else:
            if classes is None:
                classes = set(_classes(tag).split())
            if classes.isdisjoint(markup.classes):
                continue
        post_url = _markup_url(tag, markup)
        if post_url is not None and (not markup.platform or post_url.platform == markup.platform):
            return markup, post_url
    return None


def _markup_url(tag: Tag, markup: EmbedMarkup) -> PostUrl | None:
    for name in markup.url_attrs:
        value = tag.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        found = _attribute_url(value.strip(), markup.id_url)
        if found is not None:
            return found
    if markup.links:
        links = [recognise_post_url(str(a.get("href") or "")) for a in tag.find_all("a", href=True, limit=50)]
        return next((link for link in reversed(links) if link is not None), None)
    return None


def _attribute_url(value: str, id_url: str) -> PostUrl | None:
    if value.startswith("{"):  # a JSON attribute: Substack div.tweet[data-attrs] {"url": ...}
        return recognise_post_url(str(_json_object(value).get("url") or ""))
    found = recognise_post_url(value if "//" in value else "https://" + value if "/" in value and "." in value else "")
    if found is None and id_url and _BARE_ID.fullmatch(value):
        found = recognise_post_url(id_url.format(id=value))
    return found


def _json_object(value: str) -> dict[str, object]:
    try:
        decoded = json.loads(value)
    except ValueError:
        return {}
    return decoded if isinstance(decoded, dict) else {}


def _link(anchor: Tag, walk: _Walk) -> None:
    walk.containers[-1].see(recognise_post_url(str(anchor.get("href") or "")))


def _text_url(node: NavigableString, walk: _Walk, in_body: bool) -> None:
    """A post URL standing alone as text: WordPress figure.wp-block-embed, or a live-blog entry whose
    oEmbed did not render. Also counts the text of the open container."""
    text = node.strip() if len(node) < _BARE_URL_MAX else ""
    bare = None
    if text.startswith("http") and " " not in text and not isinstance(node, _NOT_TEXT):
        parent = node.parent
        if parent is not None and parent.name not in ("a", "script", "style", "textarea", "title", "code", "pre"):
            bare = recognise_post_url(text)
    if not walk.containers:
        if bare is not None and node.parent is not None:
            walk.found.append(_Found(node.parent, bare, "bare URL", in_body, take=False))
        return
    container = walk.containers[-1]
    container.text_length += len(node)
    container.see(bare)


def _close(container: _Container, walk: _Walk) -> None:
    walk.containers.pop()
    parent = walk.containers[-1] if walk.containers else None
    if parent is not None:
        parent.text_length += container.text_length
    single = (
        container.post_url is not None
        and not container.several
        and len(walk.found) == container.found_before
        and container.text_length <= _STATIC_POST_MAX_TEXT
    )
    if not single:
        walk.found += container.inner
        return
    assert container.post_url is not None
    found = _Found(container.element, container.post_url, "static post", container.in_body)
    if parent is None:
        walk.found.append(found)
        return
    parent.inner.append(found)
    parent.see(container.post_url)


def _scan_escaped(tag: Tag, walk: _Walk, in_body: bool) -> None:
    """Queue embed markup written as text inside a script, a textarea or an attribute."""
    if tag.name in ("script", "textarea", "template") and not tag.get("src"):
        text = tag.string or ""
        if ESCAPED_EMBED.search(text):
            walk.escaped.append((_unescape(text), in_body, f"<{tag.name}>"))
    for name, value in tag.attrs.items():
        if (
            isinstance(value, str)
            and 40 < len(value) <= _MAX_ATTR_SCAN
            and "<" in value
            and ESCAPED_EMBED.search(value)
        ):
            rail = _RAIL_ATTRIBUTE.search(name) is not None
            walk.escaped.append((_unescape(value), in_body and not rail, f"@{name}"))


# An attribute named for page chrome (data-pageraillist, data-related): the markup in it is not the article's.
_RAIL_ATTRIBUTE = re.compile(r"rail|related|recommend|sidebar|teaser|next", re.I)
_JSON_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|[\"\\/bfnrt'])")
_JSON_SIMPLE = {"b": "", "f": "", "n": "\n", "r": "", "t": "\t", '"': '"', "\\": "\\", "/": "/", "'": "'"}
_HTML_ESCAPED = re.compile(r"&lt;(?:blockquote|iframe|div|script|amp-)", re.I)


def _unescape(text: str) -> str:
    """Markup escaped for JSON or HTML attributes, decoded (up to two JSON layers, as seen in Fusion pages)."""
    for _ in range(2):
        if not ("\\u003c" in text.lower() or '\\"' in text or "\\/" in text):
            break
        text = _JSON_ESCAPE.sub(_json_character, text)
    # "\ud83d\ude00" decodes to two surrogate halves: join the pairs, replace the strays.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return html.unescape(text) if _HTML_ESCAPED.search(text) else text


def _json_character(match: re.Match[str]) -> str:
    escape = match.group(1)
    return chr(int(escape[1:], 16)) if escape[0] == "u" else _JSON_SIMPLE[escape]


# --- Reading a post's fields ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Fields:
    text: str = ""
    name: str = ""
    handle: str = ""
    published: str | None = None


def _post(found: _Found) -> Post:
    post_url = found.post_url
    fields = _substack(found.element) or _READERS.get(post_url.platform, _nothing)(found.element, post_url)
    post_url = post_url if post_url.handle else _named_url(found.element, post_url)
    handle = fields.handle or post_url.handle
    url = post_url.url
    if post_url.platform == "x" and "/i/status/" in url and handle:
        url = f"https://x.com/{handle[1:]}/status/{post_url.id}"  # an id-only embed whose signature names the account
    return Post(
        platform=post_url.platform,
        url=url,
        id=post_url.id,
        author=Author(name=_clean(fields.name), handle=handle),
        published=fields.published,
        text=_clean(fields.text),
        line=0,
        column=0,
        in_body=found.in_body,
        markup=found.label,
    )


def _named_url(element: Tag, post_url: PostUrl) -> PostUrl:
    """The same post's URL with its account, when an id-only embed also links to it (blockquote[data-tweetid] > a)."""
    for anchor in element.find_all("a", href=True, limit=50):
        found = recognise_post_url(str(anchor["href"]))
        if found is not None and found.handle and (found.platform, found.id) == (post_url.platform, post_url.id):
            return found
    return post_url


def _clean(text: str) -> str:
    return " ".join(text.split())


def _visible_text(element: Tag) -> str:
    """The element's text, with a line break where a block starts (iterative, no recursion)."""
    parts: list[str] = []
    for node in element.descendants:
        if isinstance(node, Tag):
            if node.name in _BLOCK_NAMES:
                parts.append("\n")
        elif isinstance(node, NavigableString) and not isinstance(node, Comment):
            if node.parent is not None and node.parent.name in ("script", "style", "template"):
                continue
            parts.append(str(node))
    return "".join(parts)


def _nothing(element: Tag, post_url: PostUrl) -> _Fields:
    """Players and placeholders (YouTube, LinkedIn, Threads, Telegram, iframes) carry no text."""
    return _Fields()


def _signature(element: Tag, post_url: PostUrl) -> _Fields:
    """X and Bluesky: text, then "— Name (@handle)", then the date as the link text of the post."""
    full = _visible_text(element)
    tail_start = max(0, len(full) - _SIGNATURE_WINDOW)
    signature = None
    for signature in _SIGNATURE.finditer(full, tail_start):  # noqa: B007 - the last signature is the post's
        pass
    if signature is None:
        return _image_alt(element)
    links = [a for a in element.find_all("a", href=True) if _same_post(str(a["href"]), post_url)]
    date_text = links[-1].get_text(" ") if links else full[signature.end() :]
    return _Fields(
        text=full[: signature.start()],
        name=signature.group("name"),
        handle="@" + signature.group("handle"),
        published=parse_date(date_text) or parse_date(full[signature.end() :]),
    )


def _same_post(href: str, post_url: PostUrl) -> bool:
    found = recognise_post_url(href)
    return found is not None and found.id == post_url.id


def _image_alt(element: Tag) -> _Fields:
    for image in element.find_all(["img", "div"], limit=20):
        alt = image.get("alt") or image.get("data-alt")
        matched = _ALT_POST.match(alt) if isinstance(alt, str) else None
        if matched:
            return _Fields(text=matched.group("text") or "", handle="@" + matched.group("handle"))
    return _Fields()


def _instagram(element: Tag, post_url: PostUrl) -> _Fields:
    """Instagram: an optional caption paragraph, then "A post shared by Name (@user) on <time>"."""
    paragraphs = [(p, p.get_text(" ")) for p in element.find_all("p")]
    signed = [i for i, (p, text) in enumerate(paragraphs) if _is_instagram_signature(p, text)]
    last = signed[-1] if signed else len(paragraphs)
    caption = [
        text
        for p, text in paragraphs[:last]
        if not _INSTAGRAM_BOILERPLATE.match(text) and recognise_post_url(text.strip()) is None
    ]
    name = handle = ""
    published = None
    if signed:
        paragraph, text = paragraphs[last]
        own = _OWN_HANDLE.search(text)
        name = _SHARED_BY.sub("", text[: own.start()]).strip() if own else _profile_name(paragraph)
        handle = "@" + own.group("handle") if own else ""
        time = paragraph.find("time")
        published = parse_datetime(str(time.get("datetime") or time.get_text())) if time else parse_date(text)
    if not handle:
        profile = next(
            (m for a in element.find_all("a", href=True) if (m := _INSTAGRAM_PROFILE.search(str(a["href"])))), None
        )
        handle = "@" + profile.group("user") if profile else ""
    return _Fields(text=" ".join(caption), name=name, handle=handle, published=published)


def _is_instagram_signature(paragraph: Tag, text: str) -> bool:
    return bool(_OWN_HANDLE.search(text) or paragraph.find("time") or _SHARED_BY.match(text.strip()))


def _profile_name(paragraph: Tag) -> str:
    anchor = next((a for a in paragraph.find_all("a", href=True) if _INSTAGRAM_PROFILE.search(str(a["href"]))), None)
    return anchor.get_text(" ") if anchor else ""


def _facebook(element: Tag, post_url: PostUrl) -> _Fields:
    """Facebook: <p> text, then "Posted by <a>Page</a> on <a href=POST>date</a>" (localised)."""
    paragraphs = [p.get_text(" ") for p in element.find_all("p")]
    anchors = element.find_all("a", href=True)
    author = next((a for a in anchors if recognise_post_url(str(a["href"])) is None), None)
    dated = [a for a in anchors if recognise_post_url(str(a["href"])) is not None]
    return _Fields(
        text=" ".join(paragraphs),
        name=author.get_text(" ") if author else "",
        published=parse_date(dated[-1].get_text(" ")) if dated else None,
    )


def _tiktok(element: Tag, post_url: PostUrl) -> _Fields:
    """TikTok: <section> with <a title="@user">, the caption <p>, and the sound link (no date)."""
    account = next((a for a in element.find_all("a") if a.get_text().strip().startswith("@")), None)
    caption = element.find("p")
    return _Fields(
        text=caption.get_text(" ") if caption else "",
        handle=account.get_text().strip() if account else "",
    )


def _reddit(element: Tag, post_url: PostUrl) -> _Fields:
    """Reddit: the title link, "by <a>u/user</a>", and data-embed-created on the blockquote."""
    anchors = element.find_all("a", href=True)
    user = next((m for a in anchors if (m := _REDDIT_USER.search(str(a["href"])))), None)
    created = element.get("data-embed-created")
    return _Fields(
        text=anchors[0].get_text(" ") if anchors else "",
        handle="u/" + user.group("user") if user else "",
        published=parse_datetime(created) if isinstance(created, str) else None,
    )


def _mastodon(element: Tag, post_url: PostUrl) -> _Fields:
    """Mastodon >= 4.3 and Truth Social: no text, "Post by @user@host"."""
    by = _MASTODON_BY.search(element.get_text(" ")[:_SIGNATURE_WINDOW])
    return _Fields(handle=by.group(1) if by and post_url.platform == "mastodon" else "")


def _substack(element: Tag) -> _Fields | None:
    """Substack's div.tweet[data-attrs]: the post as JSON (full_text, name, username, date)."""
    value = element.get("data-attrs")
    if not isinstance(value, str):
        return None
    data = _json_object(value)
    if "full_text" not in data:
        return None
    return _Fields(
        text=str(data.get("full_text") or ""),
        name=str(data.get("name") or ""),
        handle="@" + str(data["username"]) if data.get("username") else "",
        published=parse_datetime(str(data.get("date") or "")),
    )


_READERS: dict[str, Callable[[Tag, PostUrl], _Fields]] = {
    "x": _signature,
    "bluesky": _signature,
    "instagram": _instagram,
    "facebook": _facebook,
    "tiktok": _tiktok,
    "reddit": _reddit,
    "mastodon": _mastodon,
    "truthsocial": _mastodon,
}


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
        key = post.id or post.url
        at = text.find(key, self.source_cursor) if key else -1
        if at < 0 and key:
            at = text.find(key)
        if at < 0:
            return 1, 1
        self.source_cursor = at + 1
        return self.document.position(max(0, text.rfind("<", max(0, at - 5_000), at)))


def _unique(posts: list[Post]) -> list[Post]:
    """One post per (platform, id): later sightings fill what the first one lacks."""
    kept: dict[tuple[str, str], Post] = {}
    for post in posts:
        key = (post.platform, post.id or post.url)
        first = kept.get(key)
        kept[key] = post if first is None else _merge(first, post)
    return list(kept.values())


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


def rendered_posts(document: Document, blocks: list[Block]) -> tuple[list[Post], list[Block]]:
    """Posts written out as text plus a signature line; returns them and the blocks left over."""
    posts: list[Post] = []
    remaining: list[Block] = []
    for block in blocks:
        lines = block.text.rstrip().split("\n")
        signature = _TEXT_SIGNATURE.match(lines[-1][:_SIGNATURE_WINDOW])
        if not signature:
            remaining.append(block)
            continue
        body_block = block
        text = "\n".join(lines[:-1]).strip()
        if not text and remaining:
            body_block = remaining.pop()  # the signature stands alone: the post text is the block before
            text = body_block.text.strip()
        start = len(body_block.text) - len(body_block.text.lstrip())
        line, column = position(document, body_block, start)
        link = next((u for word in signature.group("date").split() if (u := recognise_post_url(word))), None)
        handle = signature.group("handle")
        posts.append(
            Post(
                platform=link.platform if link else ("bluesky" if "." in handle else "x"),
                url=link.url if link else "",
                id=link.id if link else "",
                author=Author(name=signature.group("name").strip(), handle=f"@{handle}"),
                published=parse_date(signature.group("date")),
                text=_clean(text),
                line=line,
                column=column,
                in_body=block.in_body,
                markup="text signature",
            )
        )
    return posts, remaining
