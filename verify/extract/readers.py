"""Reading a post's fields (text, author, handle, date) from the markup that shows it.

One function per :class:`~verify.extract.platforms.Reader` for official embeds;
:func:`static_fields` for publishers' own renderings (Substack ``div.tweet``,
BuzzFeed ``subbuzz-tweet``), read by their class words; :func:`screenshot_alt`
and :func:`credit` for images of posts ("Screenshot of a post by @h: ...",
"@h / Twitter / Via Twitter: @h"); :func:`fallback_fields` for the
``<noscript>`` next to an iframe. Every regex here runs on bounded windows or
is anchored, with no two quantifiers competing for the same characters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice

from ..tree import Element, children, classes, collapse, descendants, parse
from ..tree import text as text_of
from .dates import parse_date, parse_datetime
from .platforms import PostUrl, Reader, platform, platform_named, recognise_post_url

__all__ = [
    "Fields",
    "credit",
    "fallback_fields",
    "json_object",
    "read_fields",
    "screenshot_alt",
    "static_fields",
    "visible_text",
]


@dataclass(frozen=True, slots=True)
class Fields:
    """What the markup says about a post; "" where it says nothing. ``platform`` only when the markup names one."""

    text: str = ""
    name: str = ""
    handle: str = ""
    published: str | None = None
    platform: str = ""


# The signature of an X or Bluesky post: "— MOSCOW NEWS 🇷🇺 (@MOSCOW_EN) August 22, 2025". The dash may be lost in
# CMS copies. The name starts with a non-space and its trailing spaces sit inside its optional group, so a run of
# spaces before the "(" belongs to one quantifier only (two adjacent ones shared it: quadratic).
SIGNATURE = re.compile(
    r"(?:^|[—–―]|&mdash;|\s-{1,2})\s*(?:(?P<name>[^\s—–(][^\n—–]{0,119}?)\s*)?\(\s*@(?P<handle>[\w.-]{1,100}(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?)\s*\)"
)
SIGNATURE_WINDOW = 1_500  # the signature closes the embed: look for it only in the last characters
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
# The line a Mastodon embed signs its post with, in the language of the page it was copied from ("Post by
# @user@host", "Beitrag von @user@host", "Message de …", "Publication de …", "Publicación de …"), and its forms
# publishers write ("Posted by", "Gepostet von", "Publié par", "Publicado por"): the Mastodon record's ``credits``
_POSTED_BY_WORDS = "(?i:" + "|".join(re.escape(word) for word in platform("mastodon").credits) + ")"
_MASTODON_BY = re.compile(_POSTED_BY_WORDS + r" (@[\w.]+@[\w.-]+|@\w+)")
# That line as a publisher who fills the blockquote writes it, in its language, with the account's name and the date
# after it: "Post by Name (@user@host), March 4, 2026", "Beitrag von Name (@user@host), 27. November 2026"; on a line
# of its own, or right after the post's last sentence when it follows the paragraph's close with no block of its own
# ("<p>… willkommen.</p>Beitrag von Stadt Leer (…)": the visible text has no line break there).
_POSTED_BY = re.compile(
    r"(?:^|\n|(?<=[.!?…”»\"]))[ \t]*" + _POSTED_BY_WORDS + r"[ \t]+(?:(?P<name>[^\s(][^\n(]{0,119}?)\s*)?"
    r"\(\s*@(?P<handle>[\w.-]{1,100}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})\s*\)"
)
_REDDIT_USER = re.compile(r"/(?:user|u)/(?P<user>[\w-]{2,30})/?$")
_INSTAGRAM_PROFILE = re.compile(r"instagram\.com/(?P<user>(?!p/|reel|tv/|explore)[\w.]{1,30})/?(?:\?|$)", re.I)
_BLOCK_NAMES = frozenset(["p", "div", "li", "br", "blockquote", "section", "h1", "h2", "h3", "h4", "h5", "h6", "tr"])
_MAX_ALT = 2_000  # alt texts and captions are read up to this length
_MAX_STATIC_NODES = 400  # a static rendering is small; a bigger element is not read by its class words


def read_fields(reader: Reader, element: Element, post_url: PostUrl) -> Fields:
    """The fields of an official embed (or a static post that names its URL), read the platform's way."""
    return substack_fields(element) or _READERS[reader](element, post_url)


def visible_text(element: Element) -> str:
    """The element's text, with a line break where a block starts (iterative, no recursion)."""
    return "".join(_shown(element, skip_labels=False))


def _shown(element: Element, *, skip_labels: bool) -> Iterator[str]:
    """The strings under an element in order, "\n" where a block starts; none of scripts, styles and templates
    (with ``skip_labels``, the element itself is read too, and links that are labels, :func:`_label_link`, are not)."""
    kept = next(element.iterancestors(*_PRESERVE), None) is not None
    # Stack entries: (an element, or a string and the element it stands in; white space kept).
    stack: list[tuple[Element | str, Element, bool]] = [(element, element, kept)]
    while stack:
        node, parent, pre = stack.pop()
        if isinstance(node, str):
            if parent.tag not in _HIDDEN:
                yield collapse(node, pre)
            continue
        name = node.tag
        if not isinstance(name, str):
            continue  # a comment
        if skip_labels and (name in _HIDDEN or (name == "a" and _label_link(node))):
            continue
        if name in _BLOCK_NAMES and (skip_labels or node is not element):
            yield "\n"
        inner = pre or name in _PRESERVE
        stack.extend((child, node, inner) for child in reversed(children(node)))


_HIDDEN = frozenset({"script", "style", "template"})  # elements whose strings are not shown
_PRESERVE = frozenset({"pre", "textarea"})


def _links(element: Element) -> list[Element]:
    """The ``<a href>`` elements inside an element."""
    return [anchor for anchor in element.iterdescendants("a") if anchor.get("href") is not None]


def _first(element: Element, name: str) -> Element | None:
    return next(element.iterdescendants(name), None)


def _nothing(element: Element, post_url: PostUrl) -> Fields:
    """Players and placeholders (YouTube, LinkedIn, Threads, Telegram, iframes) carry no text; a blockquote the
    publisher filled with the post's text and a signature ("— Name (@user) <a>date</a>", as X embeds are written)
    is read as X's."""
    if element.tag != "blockquote":
        return Fields()
    signed = _signature(element, post_url)
    return signed if signed.handle and signed.text.strip() else Fields()


def _signature(element: Element, post_url: PostUrl) -> Fields:
    """X and Bluesky: text, then "— Name (@handle)", then the date as the link text of the post."""
    full = visible_text(element)
    signature = _last_signature(full)
    if signature is None:
        return _image_alt(element)
    links = [a for a in _links(element) if _same_post(a.get("href"), post_url)]
    date_text = text_of(links[-1], " ") if links else full[signature.end() :]
    return Fields(
        text=full[: signature.start()],
        name=signature.group("name") or "",  # the name is optional: no group then
        handle="@" + signature.group("handle"),
        published=parse_date(date_text) or parse_date(full[signature.end() :]),
    )


def _last_signature(text: str, pattern: re.Pattern[str] = SIGNATURE) -> re.Match[str] | None:
    signature = None
    for signature in pattern.finditer(text, max(0, len(text) - SIGNATURE_WINDOW)):  # noqa: B007 - the last one
        pass
    return signature


def _same_post(href: str, post_url: PostUrl) -> bool:
    found = recognise_post_url(href)
    return found is not None and found.id == post_url.id


def _image_alt(element: Element) -> Fields:
    for image in islice(element.iterdescendants("img", "div"), 20):
        alt = image.get("alt") or image.get("data-alt")
        shot = screenshot_alt(alt) if isinstance(alt, str) else None
        if shot is not None:
            return shot
    return Fields()


def _instagram(element: Element, post_url: PostUrl) -> Fields:
    """Instagram: an optional caption paragraph, then "A post shared by Name (@user) on <time>"."""
    paragraphs = [(p, text_of(p, " ")) for p in element.iterdescendants("p")]
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
        time = _first(paragraph, "time")
        published = parse_datetime(time.get("datetime") or text_of(time)) if time is not None else parse_date(text)
    if not handle:
        # A fallback with no paragraphs: the signature is the text of a link ("<div><a>A post shared by Name
        # (@user)</a></div>").
        shared = next((t for a in _links(element) if _SHARED_BY.match(t := text_of(a, " ").strip())), "")
        own = _OWN_HANDLE.search(shared)
        name = name or (_SHARED_BY.sub("", shared[: own.start()]).strip() if own else "")
        handle = "@" + own.group("handle") if own else ""
    if not handle:
        profile = next((m for a in _links(element) if (m := _INSTAGRAM_PROFILE.search(a.get("href")))), None)
        handle = "@" + profile.group("user") if profile else ""
    return Fields(text=" ".join(caption), name=name, handle=handle, published=published)


def _is_instagram_signature(paragraph: Element, text: str) -> bool:
    return bool(_OWN_HANDLE.search(text) or _first(paragraph, "time") is not None or _SHARED_BY.match(text.strip()))


def _profile_name(paragraph: Element) -> str:
    anchor = next((a for a in _links(paragraph) if _INSTAGRAM_PROFILE.search(a.get("href"))), None)
    return text_of(anchor, " ") if anchor is not None else ""


def _facebook(element: Element, post_url: PostUrl) -> Fields:
    """Facebook: <p> text, then "Posted by <a>Page</a> on <a href=POST>date</a>" (localised); a video's date
    follows the page's link unlinked ("Posted by <a>Page</a> on Tuesday, March 3, 2026")."""
    paragraphs = [text_of(p, " ") for p in element.iterdescendants("p")]
    anchors = _links(element)
    author = next((a for a in anchors if recognise_post_url(a.get("href")) is None), None)
    dated = [a for a in anchors if recognise_post_url(a.get("href")) is not None]
    published = parse_date(text_of(dated[-1], " ")) if dated else None
    if published is None and author is not None and author.tail:
        published = parse_date(author.tail[:_MAX_ALT])
    return Fields(
        text=" ".join(paragraphs),
        name=text_of(author, " ") if author is not None else "",
        published=published,
    )


def _tiktok(element: Element, post_url: PostUrl) -> Fields:
    """TikTok: <section> with <a title="@user">, the caption (a <p>, or in today's markup the section's own text
    with its hashtag links), and the sound link "♬ ..." (no date)."""
    account = next((a for a in element.iterdescendants("a") if text_of(a).strip().startswith("@")), None)
    caption = _first(element, "p")
    if caption is not None:
        text = text_of(caption, " ")
    else:
        section = _first(element, "section")
        shown = section if section is not None else element
        text = " ".join(piece for piece in _caption_pieces(shown, account) if piece.strip())
    return Fields(text=text, handle=text_of(account).strip() if account is not None else "")


def _caption_pieces(section: Element, account: Element | None) -> Iterator[str]:
    """The strings of a TikTok section but its account link and its sound link ("♬ original sound - ...")."""
    for node in section.iter():
        if node is section:
            yield node.text or ""
            continue
        skipped = node is account or (node.tag == "a" and text_of(node).lstrip().startswith("♬"))
        if not skipped and node.getparent() is section:
            yield text_of(node, " ")
        if node.getparent() is section:
            yield node.tail or ""


def _reddit(element: Element, post_url: PostUrl) -> Fields:
    """Reddit: the title link, "by <a>u/user</a>", and data-embed-created on the blockquote."""
    anchors = _links(element)
    user = next((m for a in anchors if (m := _REDDIT_USER.search(a.get("href")))), None)
    created = element.get("data-embed-created")
    return Fields(
        text=text_of(anchors[0], " ") if anchors else "",
        handle="u/" + user.group("user") if user else "",
        published=parse_datetime(created) if created is not None else None,
    )


def _mastodon(element: Element, post_url: PostUrl) -> Fields:
    """Mastodon >= 4.3 and Truth Social: no text, "Post by @user@host"; a publisher that fills the blockquote with
    the post's text and a signature ("— Name (@user@host) date", as X embeds are written) is read as X's, and so is
    one that signs it with that line in its language ("Beitrag von Name (@user@host), 27. November 2026")."""
    signed = _signature(element, post_url)
    if signed.handle and signed.text.strip():
        return signed
    full = visible_text(element)
    posted = _last_signature(full, _POSTED_BY)
    if posted is not None and full[: posted.start()].strip():
        return Fields(
            text=full[: posted.start()],
            name=posted.group("name") or "",
            handle="@" + posted.group("handle"),
            published=parse_date(full[posted.end() :]),
        )
    by = _MASTODON_BY.search(text_of(element, " ")[:SIGNATURE_WINDOW])
    return Fields(handle=by.group(1) if by and post_url.platform == "mastodon" else "")


_READERS: dict[Reader, Callable[[Element, PostUrl], Fields]] = {
    Reader.SIGNATURE: _signature,
    Reader.INSTAGRAM: _instagram,
    Reader.FACEBOOK: _facebook,
    Reader.TIKTOK: _tiktok,
    Reader.REDDIT: _reddit,
    Reader.MASTODON: _mastodon,
    Reader.NONE: _nothing,
}


# --- Publisher-made static posts ---------------------------------------------------------


def substack_fields(element: Element) -> Fields | None:
    """Substack's div.tweet[data-attrs]: the post as JSON (full_text, name, username, date)."""
    value = element.get("data-attrs")
    if value is None:
        return None
    data = json_object(value)
    if "full_text" not in data:
        return None
    text = str(data.get("full_text") or "")
    if "<" in text:  # mentions and links kept as markup (<span class="tweet-fake-link">)
        text = text_of(parse(text))
    return Fields(
        text=text,
        name=str(data.get("name") or ""),
        handle="@" + str(data["username"]) if data.get("username") else "",
        published=parse_datetime(str(data.get("date") or "")),
    )


def json_object(value: str) -> dict[str, object]:
    """A JSON object from an attribute; {} for anything else (bad JSON, a list, nesting past the parser's depth)."""
    try:
        decoded = json.loads(value)
    except (ValueError, RecursionError):
        return {}
    return decoded if isinstance(decoded, dict) else {}


# Class words of the parts of a static rendering: Substack tweet-author-name / tweet-author-handle / tweet-text /
# tweet-date, BuzzFeed subbuzz-tweet__display-name / __username / __text / __timestamp; a part named only "author"
# (social-embed-author) is the account when it reads "@handle".
_PART_CLASSES = (
    ("handle", re.compile(r"handle|user-?name|screen-?name|(?:^|[\s_-])account(?:$|[\s_-])", re.I)),
    ("name", re.compile(r"(?:author|display|full|user)[-_]?name|(?:^|[\s_-])name(?:$|[\s_-])", re.I)),
    ("author", re.compile(r"(?:^|[\s_-])author(?:$|[\s_-])", re.I)),
    ("text", re.compile(r"(?:^|[\s_-])(?:text|body|content|message|caption)(?:$|[\s_-])", re.I)),
    ("date", re.compile(r"date|time(?:stamp)?(?:$|[\s_-])|created", re.I)),
)
_NOT_TEXT_PART = re.compile(r"header|author|user|meta|footer|quote", re.I)  # "tweet-header-text" is not the text
_AVATAR_FOR = re.compile(r"avatar (?:for|of) @(?P<handle>[\w.]{1,50})", re.I)  # Substack's avatar alt
_HANDLE = re.compile(r"@(?P<handle>[\w.]{1,50}(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?)")


def static_fields(element: Element) -> Fields:
    """A publisher's own rendering read by its class words: the handle, name, text and date parts."""
    parts: dict[str, str] = {}
    avatar = ""
    for count, node in enumerate(descendants(element)):  # strings and comments count as nodes too
        if count > _MAX_STATIC_NODES:
            return Fields()
        if isinstance(node, str) or not isinstance(node.tag, str):
            continue
        if node.tag == "img" and not avatar:
            matched = _AVATAR_FOR.search((node.get("alt") or "")[:_MAX_ALT])
            avatar = "@" + matched.group("handle") if matched else ""
        if node.tag == "time" and "date" not in parts:
            parts["date"] = node.get("datetime") or text_of(node, " ")
        words = classes(node)
        if not words:
            continue
        for part, pattern in _PART_CLASSES:
            if part in parts or not pattern.search(words):
                continue
            if part == "text" and _NOT_TEXT_PART.search(words):
                continue
            parts[part] = text_of(node, " ")
            break
    handle = _HANDLE.match(parts.get("handle", "").strip()) or _HANDLE.fullmatch(parts.get("author", "").strip())
    date = parts.get("date", "")
    return Fields(
        text=parts.get("text", ""),
        name=parts.get("name", ""),
        handle="@" + handle.group("handle") if handle else avatar,
        published=parse_datetime(date) or parse_date(date) if date else None,
    )


# --- Screenshots and credited images ----------------------------------------------------

# "Screenshot of a post by @handle: TEXT", "Twitter post by @h: TEXT" (the BBC's fallback), "A screenshot of a
# tweet from Jane Doe (@jane) that reads ...", "Image of a Truth Social post by @leader", "Screenshot of a post on X
# by @h". Anchored: one try per alt. Linear: a run of white space is entered at its start only ((?<!\s)), the name
# starts with a non-space, and no two adjacent quantifiers share a run of spaces (a 2,000-character alt of spaces
# took ~8 s). What follows the handle (``tail``) is read by :func:`_alt_tail`.
_HANDLE_IN_ALT = r"@(?P<handle>[\w.]{1,50}(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?)"
_PLATFORM_WORDS = r"[A-Za-z][\w.]{0,15}(?: [A-Za-z][\w.]{0,15})?"
_SHOT_WORDS = r"(?:screen\s?shot|screen\s?grab|screen\s?capture|image|picture|photo|capture)"
_SCREENSHOT_ALT = re.compile(
    rf"(?<!\s)\s*(?:an?\s+)?(?:{_SHOT_WORDS}(?::\s*|\s+)"
    r"(?:of\s+|from\s+|showing\s+)?(?:an?\s+|the\s+)?)?"
    rf"(?:(?P<platform>{_PLATFORM_WORDS})\s+)?"
    r"(?P<kind>post|tweet|toot|skeet|status|reel)s?\s+"
    rf"(?:(?:on|in)\s+(?P<on>{_PLATFORM_WORDS})\s+)?(?:by|from|of)\s+"
    rf"(?:(?:(?P<name>[^@:\s][^@:\n]{{0,79}}?)\s*)?\(\s*)?{_HANDLE_IN_ALT}(?:\s*\))?(?P<tail>.*)",
    re.I | re.S,
)
# "Screenshot of @h's post on X: TEXT", "Screenshot of Jane Doe's (@jane) tweet": the account before the post.
_SCREENSHOT_ALT_OWNER = re.compile(
    rf"(?<!\s)\s*(?:an?\s+)?{_SHOT_WORDS}\s+(?:of\s+|from\s+|showing\s+)?"
    rf"(?:(?P<name>[^@:\s][^@:\n]{{0,79}}?)\s*\(\s*)?{_HANDLE_IN_ALT}(?:\s*\))?['’]s?\s+"
    rf"(?:(?P<platform>{_PLATFORM_WORDS})\s+)?(?P<kind>post|tweet|toot|skeet|status|reel)s?\b(?P<tail>.*)",
    re.I | re.S,
)
# The same in German, French and Spanish, where the platform follows the kind of post or is glued onto it:
# "Captura de una publicación de Instagram de @h: TEXT", "Capture d'écran d'un tweet de @h : TEXT",
# "Screenshot eines Instagram-Beitrags von @h: TEXT", "Imagen de un tuit de @h". Anchored, bounded like the above.
_SCREENSHOT_ALT_OTHER = re.compile(
    r"(?<!\s)\s*(?:(?:captura|imagen|foto|capture|image|photo|screenshot|bildschirmfoto|bild|foto)"
    r"(?:\s+de\s+pantalla|\s+d['’]\s?écran)?\s+(?:de\s+|d['’]\s?|du\s+|eines\s+|einer\s+|des\s+|von\s+)?)?"
    r"(?:(?:una|un|une|le|la|el|einen|einem|einer|eines|ein)\s+)?"
    r"(?:(?P<glued>[A-Za-z][\w.]{0,15})-)?"
    r"(?P<kind>publicaci[oó]n|publication|tuits?|tweets?|posts?|mensajes?|messages?|beitrags?|nachricht|toots?)"
    r"(?:\s+(?:(?:de|en|sur|auf|bei)\s+)?(?P<platform>[A-Za-z][\w.]{0,15}))?"
    r"\s+(?:de|por|par|von)\s+"
    rf"(?:(?:(?P<name>[^@:\s][^@:\n]{{0,79}}?)\s*)?\(\s*)?{_HANDLE_IN_ALT}(?:\s*\))?(?P<tail>.*)",
    re.I | re.S,
)
_KIND_PLATFORM = {"tweet": "x", "tweets": "x", "tuit": "x", "tuits": "x", "toot": "mastodon", "skeet": "bluesky"}

# Where an alt's words of the post start after the account: a colon, a dash, "saying", "that reads" (in four
# languages). Before it may stand the platform and the date ("on X, March 2, 2026"); right after the account a comma
# may start the words too ("post by @h, We will ...").
_ALT_SEPARATOR = re.compile(
    r"\s?(?::|—|–|\s-\s|\b(?:saying|that reads|which reads|reading|que dice|qui dit|mit dem Text)\b(?:\s?:)?)", re.I
)
_ALT_LEAD = re.compile(
    r"(?<!\s)\s*(?::|,|—|–|-|\b(?:saying|that reads|which reads|reading|que dice|qui dit|mit dem Text)\b"
    r"(?:\s*:)?)",
    re.I,
)
_ALT_PLATFORM = re.compile(rf"\b(?:on|via|auf|sur|en|in)\s+(?P<platform>{_PLATFORM_WORDS})", re.I)
_ALT_META_WORDS = 8  # words of a platform and a date before the post's words; more are the words themselves


def _alt_tail(tail: str) -> tuple[str, str | None, str]:
    """What an alt text says after the account: (the platform it names, the post's date, the post's words).

    "on X, March 2, 2026: We will ..." gives all three; ": We will ..." and ", We will ..." the words alone."""
    separator = _ALT_SEPARATOR.search(tail)
    meta = tail[: separator.start()] if separator else tail
    if len(meta.split()) <= _ALT_META_WORDS:
        on = _ALT_PLATFORM.search(meta)
        platform = (_platform_prefix(on.group("platform")) if on else "") or ""
        rest = (meta[: on.start()] + " " + meta[on.end() :]) if on and platform else meta
        date = parse_date(rest) if rest.strip(" ,.()") else None
        if platform or date or not rest.strip(" ,.()"):
            return platform, date, tail[separator.end() :] if separator else ""
    lead = _ALT_LEAD.match(tail)
    return "", None, tail[lead.end() :] if lead else ""


def screenshot_alt(alt: str) -> Fields | None:
    """The post an image's alt text describes ("Screenshot of a post by @h: TEXT", in four languages); None for
    other images."""
    window = alt[:_MAX_ALT]
    matched = (
        _SCREENSHOT_ALT.match(window) or _SCREENSHOT_ALT_OWNER.match(window) or _SCREENSHOT_ALT_OTHER.match(window)
    )
    if matched is None:
        return None
    groups = matched.groupdict()
    handle = matched.group("handle")
    said_platform, date, text = _alt_tail(matched.group("tail") or "")
    platform_word = groups.get("platform") or groups.get("on") or groups.get("glued") or ""
    named = platform_named(platform_word) or said_platform or _KIND_PLATFORM.get(matched.group("kind").lower(), "")
    if not named and "@" in handle:
        named = "mastodon"  # @user@host names a fediverse account
    text = text.strip().strip("\"“”‘’'«»„‚‹›\u00a0\u202f ").strip()  # the words in any language's quote marks
    name = (groups.get("name") or "").strip()
    return Fields(text=text, name=name, handle="@" + handle, published=date, platform=named)


# Credits under an image: "@delafro_ / Twitter / Via Twitter: @delafro_", "Twitter: @h", "(@h on X)", "Via @h".
_CREDIT_SLASH = re.compile(r"@(?P<handle>[\w.]{1,50})\s*/\s*(?P<platform>[A-Za-z][\w.]{0,15}(?: [A-Za-z]\w{0,15})?)")
_CREDIT_COLON = re.compile(r"(?P<platform>[A-Za-z][\w.]{0,15}(?: [A-Za-z]\w{0,15})?)\s*:\s*@(?P<handle>[\w.]{1,50})")
_CREDIT_ON = re.compile(
    r"@(?P<handle>[\w.]{1,50})\s+(?:on|via)\s+(?P<platform>[A-Za-z][\w.]{0,15}(?: [A-Za-z]\w{0,15})?)"
)


def credit(text: str) -> Fields | None:
    """The account and platform a caption or credit line names ("@h / Twitter"); None when it names none."""
    window = text[:_MAX_ALT]
    for pattern in (_CREDIT_SLASH, _CREDIT_COLON, _CREDIT_ON):
        for matched in pattern.finditer(window):
            named = _platform_prefix(matched.group("platform"))
            if named:
                return Fields(handle="@" + matched.group("handle"), platform=named)
    return None


def _platform_prefix(words: str) -> str:
    """The platform named by the first one or two words ("Twitter", "Truth Social", "X via")."""
    parts = words.split()
    return platform_named(" ".join(parts[:2])) or platform_named(parts[0]) or "" if parts else ""


# --- Fallbacks beside an embed ------------------------------------------------------------

_BOILERPLATE_LINE = re.compile(
    r"^\s*(?:View (?:this )?(?:post|on \w+(?: \w+)?)|Open in \w+|Watch on \w+|"
    + _POSTED_BY_WORDS
    + r" @\S+|Loading\W*)\s*$",
    re.I,
)


def fallback_fields(fallback: Element) -> Fields:
    """What a ``<noscript>`` beside an embed, or a static rendering, shows: text, signature, image alt.

    Links to the post itself (its date, "View on Mastodon") and one-word link labels ("Report") are not
    the post's words; its mentions, hashtags and other links are.
    """
    full = _shown_text(fallback)
    fields = Fields()
    signature = _last_signature(full)
    if signature is not None:
        name, handle = signature.group("name") or "", "@" + signature.group("handle")
        fields = Fields(text=full[: signature.start()], name=name, handle=handle)
        full = fields.text
    elif (by := _MASTODON_BY.search(full[-SIGNATURE_WINDOW:])) is not None:
        fields = Fields(handle=by.group(1))
    lines = [line for line in full.split("\n") if line.strip() and not _BOILERPLATE_LINE.match(line)]
    text = " ".join(line for line in lines if recognise_post_url(line.strip()) is None)
    published = parse_date(" ".join(text_of(a, " ") for a in _links(fallback)[:_MAX_LINKS]))
    if not text.strip():
        alt = _image_alt(fallback)
        return Fields(text=alt.text, handle=fields.handle or alt.handle, name=fields.name, published=published)
    return Fields(text=text, name=fields.name, handle=fields.handle, published=published)


_MAX_LINKS = 50


def _shown_text(element: Element) -> str:
    """The element's text as :func:`visible_text` reads it, without the labels of links that are not words."""
    return "".join(_shown(element, skip_labels=True))


def _label_link(anchor: Element) -> bool:
    href = anchor.get("href")
    if href is not None and recognise_post_url(href) is not None:
        return True  # the post's own link: its date or "View on ..."
    words = text_of(anchor, " ").split()
    return len(words) == 1 and not words[0].startswith(("@", "#", "http"))
