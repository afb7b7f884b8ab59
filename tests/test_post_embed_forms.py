"""Every form of a post, per platform: the official embed codes, the shapes CMSs rewrite them into, and the links
and credits written into the text. Each page is small and invented, written after the platforms' embed
documentation (no page copied from the web)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verify.document import Format, from_text
from verify.extract import extract
from verify.extract.published import published
from verify.models import Post

FIXTURES = Path(__file__).resolve().parent / "fixtures_posts"


def _posts(markup: str, fmt: Format = Format.HTML) -> list[Post]:
    suffix = {Format.HTML: "html", Format.MARKDOWN: "md", Format.TEXT: "txt"}[fmt]
    return list(extract(from_text(markup, f"article.{suffix}", fmt)).posts)


def _page(body: str) -> str:
    return f"<html><body><article><h1>Title</h1><p>Intro sentence.</p>{body}</article></body></html>"


def _summary(post: Post) -> tuple[str, str, str, str]:
    return post.platform, post.id, post.author.handle, post.form.value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "<p>The debate can be watched on YouTube (https://youtu.be/Qe4mR8tK2xw).</p>",
            [("youtube", "Qe4mR8tK2xw", "", "link")],
        ),
        (
            "<p>She wrote at https://x.com/ana_ruiz/status/1800000000000000001, then deleted it.</p>",
            [("x", "1800000000000000001", "@ana_ruiz", "link")],
        ),
        (
            "<p>Siehe <em>https://bsky.app/profile/rat.example.de/post/3kq2abcdexy2a</em> und "
            "https://www.instagram.com/p/DRh5TqWsN2k/?igsh=abc.</p>",
            [("bluesky", "3kq2abcdexy2a", "@rat.example.de", "link"), ("instagram", "DRh5TqWsN2k", "", "link")],
        ),
    ],
)
def test_a_post_url_written_out_in_a_sentence_is_a_link(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert [_summary(p) for p in _posts(_page(sentence))] == expected


def test_a_url_in_a_links_own_text_code_or_page_chrome_is_no_written_link() -> None:
    page = (
        "<html><body><article><h1>T</h1>"
        '<p>See <a href="https://x.com/ana/status/1800000000000000001">https://x.com/ana/status/1800000000000000001</a>.</p>'
        "<p>Embed it with <code>https://youtu.be/Qe4mR8tK2xw</code>.</p></article>"
        "<aside class='related-stories'><p>More at https://x.com/other/status/1800000000000000002 today.</p></aside>"
        "</body></html>"
    )
    found = {p.id: (p.markup, p.in_body) for p in _posts(page)}
    assert found == {"1800000000000000001": ("a[href]", True), "1800000000000000002": ("text link", False)}


def test_an_embed_pasted_into_a_plain_text_draft_is_read_as_markup_and_its_text_is_no_article_text() -> None:
    draft = (
        "Headline of the story\n\nBy A. Writer\nDate: 29 November 2026\n\n"
        "The association announced it on Bluesky:\n\n"
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc123xyz/app.bsky.feed.post/3mbr2tq6kxa2f">'
        '<p lang="en">A new dragonfly for science, found by two of our members.</p>&mdash; Marsh Friends '
        '(<a href="https://bsky.app/profile/did:plc:abc123xyz">@marshfriends.bsky.social</a>) '
        '<a href="https://bsky.app/profile/did:plc:abc123xyz/post/3mbr2tq6kxa2f">28 November 2026 at 10:12</a>'
        '<time datetime="2026-11-28T10:12:00Z"></time></blockquote>\n\n'
        "Edited by B. Editor\n"
    )
    document = from_text(draft, "article.txt", Format.TEXT)
    extraction = extract(document)
    (post,) = extraction.posts
    assert (post.platform, post.id, post.author.handle, post.published, post.form.value) == (
        "bluesky",
        "3mbr2tq6kxa2f",
        "@marshfriends.bsky.social",
        "2026-11-28",
        "embed",
    )
    assert post.text == "A new dragonfly for science, found by two of our members."
    assert not any("dragonfly" in block.text or "<" in block.text for block in extraction.blocks)
    assert published(document) == "2026-11-29"  # the draft's own date line, not the embed's


# Each platform's official embed code, the forms CMSs rewrite it into (WordPress blocks holding the URL alone, AMP,
# lazy and consent-held iframes, placeholders keeping an id or a link), and the links people share (mobile hosts,
# preview mirrors, short links, share links with tracking parameters), one a line: its markup and the (form,
# platform, id, handle) of each post it shows.
FORMS = [json.loads(line) for line in (FIXTURES / "every-form.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("case", FORMS, ids=[case["name"] for case in FORMS])
def test_every_form_of_a_post(case: dict) -> None:
    found = [[p.form.value, p.platform, p.id, p.author.handle] for p in _posts(_page(case["markup"]))]
    assert found == case["posts"]


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        # the official blockquote without its class: the signature's date links the post
        (
            '&mdash; Ana Ruiz (@anaruiz) <a href="https://twitter.com/anaruiz/status/1800000000000000001?s=20">'
            "March 4, 2026</a>",
            [("text", "x", "1800000000000000001", "@anaruiz")],
        ),
        # the post's URL written out after the date
        (
            "<p>— Ana Ruiz (@anaruiz.bsky.social) 4 mars 2026 "
            "https://bsky.app/profile/anaruiz.bsky.social/post/3kq2abcdexy2a</p>",
            [("text", "bluesky", "3kq2abcdexy2a", "@anaruiz.bsky.social")],
        ),
        # a link to another account's post is not the signed post's
        (
            '<p>— Ana Ruiz (@anaruiz) <a href="https://x.com/other/status/1800000000000000002">4 March 2026</a></p>',
            [("text", "x", "", "@anaruiz"), ("link", "x", "1800000000000000002", "@other")],
        ),
    ],
)
def test_a_signed_post_in_html_takes_the_link_of_its_signature_and_is_reported_once(
    signature: str, expected: list[tuple[str, ...]]
) -> None:
    page = _page(f"<blockquote><p>We will reopen the bridge on Monday.</p>{signature}</blockquote>")
    assert [(p.form.value, p.platform, p.id, p.author.handle) for p in _posts(page)] == expected


@pytest.mark.parametrize("fmt", [Format.MARKDOWN, Format.TEXT])
@pytest.mark.parametrize(
    ("shortcode", "expected"),
    [
        ("{{< youtube Qe4mR8tK2xw >}}", ("youtube", "Qe4mR8tK2xw", "")),
        ('{{< x user="PortOffice" id="1800000000000000001" >}}', ("x", "1800000000000000001", "@PortOffice")),
        ("{{% tweet 1800000000000000002 %}}", ("x", "1800000000000000002", "")),
        ("{{< instagram DAbCdEfGh15 >}}", ("instagram", "DAbCdEfGh15", "")),
        (
            "{% twitter https://twitter.com/PortOffice/status/1800000000000000003 %}",
            ("x", "1800000000000000003", "@PortOffice"),
        ),
        (
            "[embed]https://www.tiktok.com/@town.hall/video/7300000000000000001[/embed]",
            ("tiktok", "7300000000000000001", "@town.hall"),
        ),
        ("[youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42]", ("youtube", "dQw4w9WgXcQ", "")),
        ('<Tweet id="1800000000000000004" />', ("x", "1800000000000000004", "")),
        ("<YouTube youTubeId='dQw4w9WgXcR' />", ("youtube", "dQw4w9WgXcR", "")),
        (
            '{{< bluesky user="@townhall.bsky.social" id="3lxyzabcde22a" >}}',
            ("bluesky", "3lxyzabcde22a", "@townhall.bsky.social"),
        ),
    ],
)
def test_a_shortcode_in_a_draft_is_the_embed_it_renders_and_no_article_text(
    fmt: Format, shortcode: str, expected: tuple[str, str, str]
) -> None:
    draft = f"Title of the story\n\nThe council said it would act.\n\n{shortcode}\n\nIt met on Monday.\n"
    extraction = extract(from_text(draft, "article.md" if fmt is Format.MARKDOWN else "article.txt", fmt))
    assert [(p.form.value, p.platform, p.id, p.author.handle, p.text) for p in extraction.posts] == [
        ("embed", *expected, "")
    ]
    assert not extraction.quotes
    assert all(shortcode[:4] not in block.text for block in extraction.blocks)


@pytest.mark.parametrize(
    "draft",
    [
        "- [x] a task done, and {{< vimeo 146022717 >}} is no platform's post.\n",
        '{{< figure src="/img/bridge.jpg" caption="The bridge" >}}\n',
        "See [the report] and [x] marks.\n",
    ],
)
def test_shortcodes_of_no_platform_and_brackets_in_text_are_no_posts(draft: str) -> None:
    assert _posts(draft, Format.MARKDOWN) == []


PARAGRAPHS_WITH_WRITTEN_URLS = [
    "Title of the story",
    "The pleno can be watched at youtu.be/Qe4mR8tK2xw since Monday.",
    "x.com/PortOffice/status/1800000000000000001",
    "The post at://townhall.bsky.social/app.bsky.feed.post/3lxyzabcde22c was removed; fox.com/news/1 is none.",
]


@pytest.mark.parametrize("fmt", [Format.MARKDOWN, Format.TEXT])
def test_a_draft_writes_post_urls_without_their_scheme_or_as_at_uris(fmt: Format) -> None:
    assert [_summary(p) for p in _posts("\n\n".join(PARAGRAPHS_WITH_WRITTEN_URLS), fmt)] == [
        ("youtube", "Qe4mR8tK2xw", "", "link"),
        ("x", "1800000000000000001", "@PortOffice", "embed"),
        ("bluesky", "3lxyzabcde22c", "@townhall.bsky.social", "link"),
    ]


@pytest.mark.parametrize(
    "signature",
    [
        "— Ana Ruiz (u/anaruiz) on Reddit, 4 March 2026",
        "— u/anaruiz, 4 March 2026",
        "-- Ana Ruiz (u/anaruiz) 4 mars 2026",
    ],
)
@pytest.mark.parametrize("fmt", [Format.MARKDOWN, Format.TEXT, Format.HTML])
def test_a_reddit_account_signs_a_post_as_u_slash_name(signature: str, fmt: Format) -> None:
    said = "We will reopen the bridge on Monday."
    draft = {
        Format.MARKDOWN: f"# Title\n\nIntro.\n\n> {said}\n>\n> {signature}\n",
        Format.TEXT: f"Title\n\nIntro.\n\n{said}\n{signature}\n",
        Format.HTML: _page(f"<blockquote><p>{said}</p><p>{signature}</p></blockquote>"),
    }[fmt]
    (post,) = _posts(draft, fmt)
    assert (post.form.value, post.platform, post.author.handle, post.published, post.text) == (
        "text",
        "reddit",
        "u/anaruiz",
        "2026-03-04",
        said,
    )


def test_a_reddit_share_link_or_a_path_is_no_signature() -> None:
    draft = "Title\n\nIntro.\n\nThe thread moved to r/localnews.\n— see u/anaruiz/comments for more\n"
    assert _posts(draft, Format.TEXT) == []


@pytest.mark.parametrize("fmt", [Format.MARKDOWN, Format.TEXT])
def test_a_draft_embeds_with_custom_elements_and_paragraph_wrapped_players(fmt: Format) -> None:
    blocks = [
        "Title of the story",
        "The council met on Monday.",
        '<lite-youtube videoid="dQw4w9WgXcQ" playlabel="Play: the council meeting"></lite-youtube>',
        '<p align="center"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcR"></iframe></p>',
        '<embetty-tweet status="1800000000000000001"></embetty-tweet>',
        "It ended late.",
    ]
    extraction = extract(from_text("\n\n".join(blocks), f"article.{fmt.value}", fmt))
    assert [_summary(p) for p in extraction.posts] == [
        ("youtube", "dQw4w9WgXcQ", "", "embed"),
        ("youtube", "dQw4w9WgXcR", "", "embed"),
        ("x", "1800000000000000001", "", "embed"),
    ]
    assert not extraction.quotes  # the markup's attribute values ("center", the ids) are no quotes
    assert [block.text for block in extraction.blocks] == [blocks[0], blocks[1], blocks[-1]]
