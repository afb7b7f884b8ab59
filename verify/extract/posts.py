"""Embedded social-media posts: official embed markup and plain-text renderings.

HTML embeds are found in the parsed tree; the plain-text rendering of a post
(its text, then a line ``— Name (@handle) Month D, YYYY``, as when an article
is copied out of a browser) is found among the article's blocks, in HTML,
Markdown and text alike.
"""

from __future__ import annotations

import re
from bs4 import Tag

from ..document import Document
from ..models import Author, Post
from .blocks import Block, position
from .dates import parse_date

# The signature line of a rendered X post: "— MOSCOW NEWS 🇷🇺 (@MOSCOW_EN) August 22, 2025".
_SIGNATURE = re.compile(r"^\s*(?:—|–|&mdash;|-{1,2})\s*(?P<name>[^\n()]*?)\s*\(@(?P<handle>\w{1,50})\)\s*(?P<date>[^\n]*)$")
# A status URL of X/Twitter on any of its hosts: twitter.com, x.com, mobile.twitter.com, ...
_X_STATUS = re.compile(r"https?://(?:www\.|mobile\.|m\.)?(?:twitter|x)\.com/(?P<user>\w{1,50})/status(?:es)?/(?P<id>\d{5,25})", re.I)


def html_posts(document: Document) -> tuple[list[Post], frozenset[int]]:
    """Posts from official embed markup, and the ``id()`` of every element they took."""
    assert document.tree is not None
    posts: list[Post] = []
    taken: set[int] = set()
    # Official X embed: <blockquote class="twitter-tweet"> with <p> text, "— Name (@handle)" and a status link.
    for element in document.tree.select("blockquote.twitter-tweet, blockquote.twitter-video"):
        post = _x_blockquote(document, element)
        if post is not None:
            posts.append(post)
        taken.update(id(node) for node in [element, *element.descendants])
    return posts, frozenset(taken)


def _x_blockquote(document: Document, element: Tag) -> Post | None:
    links = [a for a in element.find_all("a", href=True) if _X_STATUS.search(str(a["href"]))]
    status = _X_STATUS.search(str(links[-1]["href"])) if links else None
    paragraph = element.find("p")
    full = element.get_text(" ", strip=False)
    signature = None
    for match in re.finditer(r"[—–]\s*(?P<name>[^()\n]*?)\s*\(@(?P<handle>\w{1,50})\)", full):
        signature = match
    text = paragraph.get_text(" ") if paragraph else (full[: signature.start()] if signature else full)
    text = " ".join(text.split())
    handle = f"@{signature.group('handle')}" if signature else (f"@{status.group('user')}" if status else "")
    name = " ".join(signature.group("name").split()) if signature else ""
    published = parse_date(links[-1].get_text(" ")) if links else None
    line, column = _element_position(document, element, text)
    url = f"https://x.com/{status.group('user')}/status/{status.group('id')}" if status else ""
    return Post(
        platform="x",
        url=url,
        id=status.group("id") if status else "",
        author=Author(name=name, handle=handle),
        published=published,
        text=text,
        line=line,
        column=column,
        markup="blockquote.twitter-tweet",
    )


def _element_position(document: Document, element: Tag, text: str) -> tuple[int, int]:
    found = document.locator.find(text) if text.strip() else -1
    if found >= 0:
        return document.position(document.locator.source_offset(found))
    return 1, 1


def rendered_posts(document: Document, blocks: list[Block]) -> tuple[list[Post], list[Block]]:
    """Posts written out as text plus a signature line; returns them and the blocks left over."""
    posts: list[Post] = []
    remaining: list[Block] = []
    for block in blocks:
        lines = block.text.rstrip().split("\n")
        signature = _SIGNATURE.match(lines[-1])
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
        status = _X_STATUS.search(signature.group("date"))
        posts.append(
            Post(
                platform="x",
                url=f"https://x.com/{status.group('user')}/status/{status.group('id')}" if status else "",
                id=status.group("id") if status else "",
                author=Author(name=signature.group("name").strip(), handle=f"@{signature.group('handle')}"),
                published=parse_date(signature.group("date")),
                text=" ".join(text.split()),
                line=line,
                column=column,
                in_body=block.in_body,
                markup="text signature",
            )
        )
    return posts, remaining
