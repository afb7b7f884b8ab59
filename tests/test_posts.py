"""Embedded posts: one hand-written fixture per platform and markup variant (tests/fixtures_posts/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.document import Format, from_text, load_path
from verify.extract import extract
from verify.extract.blocks import blocks
from verify.extract.posts import html_posts, rendered_posts
from verify.models import Post, PostForm

POST_FIXTURES = Path(__file__).resolve().parent / "fixtures_posts"


def _posts(name: str) -> list[Post]:
    found, _ = html_posts(load_path(POST_FIXTURES / name, max_bytes=1_000_000))
    return found


def _summary(post: Post) -> tuple[str, str, str, str]:
    return post.platform, post.id, post.url, post.author.handle


# fixture -> (platform, id, canonical URL, handle) of every post, in page order.
EXPECTED = {
    "x-blockquote.html": [
        ("x", "1500000000000000001", "https://x.com/JaneMinister/status/1500000000000000001", "@JaneMinister"),
    ],
    "x-no-paragraph-german.html": [
        ("x", "1044502590266978999", "https://x.com/sv_nord/status/1044502590266978999", "@sv_nord"),
    ],
    "x-rendered-and-blockquote.html": [
        ("x", "1600000000000000002", "https://x.com/spaceteam/status/1600000000000000002", "@spaceteam"),
    ],
    "x-amp-url.html": [
        ("x", "1311697819384844299", "https://x.com/ampuser/status/1311697819384844299", "@ampuser"),
        ("x", "1311697819384844300", "https://x.com/i/status/1311697819384844300", ""),
    ],
    "x-placeholders.html": [
        ("x", "2007489108059533001", "https://x.com/i/status/2007489108059533001", ""),
        ("x", "636842709739659002", "https://x.com/holder/status/636842709739659002", "@holder"),
        ("x", "1313412635854077003", "https://x.com/cafe_owner/status/1313412635854077003", "@cafe_owner"),
        ("x", "1254834028248735004", "https://x.com/union/status/1254834028248735004", "@union"),
    ],
    "x-noscript-static.html": [
        ("x", "1196529376915066005", "https://x.com/LabelCo/status/1196529376915066005", "@LabelCo"),
    ],
    "x-escaped-json.html": [
        ("x", "1720047757610631006", "https://x.com/escaped_acc/status/1720047757610631006", "@escaped_acc"),
        ("x", "1455512589295816007", "https://x.com/consent_acc/status/1455512589295816007", "@consent_acc"),
    ],
    "instagram-captioned.html": [
        ("instagram", "ByxilPNJK00", "https://www.instagram.com/p/ByxilPNJK00/", "@singer.one"),
    ],
    "instagram-german-amp.html": [
        ("instagram", "CyZCJRjLf00", "https://www.instagram.com/reel/CyZCJRjLf00/", "@kochstudio"),
        ("instagram", "BgPCX03nn00", "https://www.instagram.com/p/BgPCX03nn00/", ""),
    ],
    "facebook-post.html": [
        (
            "facebook",
            "10158000000000001",
            "https://www.facebook.com/VilleExemple/posts/10158000000000001",
            "@VilleExemple",
        ),
        ("facebook", "10207393772231002", "https://www.facebook.com/OtherPage/posts/10207393772231002", "@OtherPage"),
    ],
    "tiktok.html": [
        ("tiktok", "7362946149227056001", "https://www.tiktok.com/@dancer.k/video/7362946149227056001", "@dancer.k"),
    ],
    "threads.html": [("threads", "C5abcDEFgh0", "https://www.threads.com/@writer.b/post/C5abcDEFgh0", "@writer.b")],
    "bluesky.html": [
        (
            "bluesky",
            "3kqabcde2x2",
            "https://bsky.app/profile/did:plc:abc123xyz/post/3kqabcde2x2",
            "@electiondesk.bsky.social",
        ),
    ],
    "mastodon-truthsocial.html": [
        (
            "mastodon",
            "113456789012345678",
            "https://social.example.org/@reporter/113456789012345678",
            "@reporter@social.example.org",
        ),
        ("truthsocial", "116431297579272001", "https://truthsocial.com/@leader/116431297579272001", "@leader"),
    ],
    "reddit.html": [("reddit", "1b3xyz0", "https://www.reddit.com/r/worldnews/comments/1b3xyz0/", "u/poster_1")],
    "youtube.html": [
        ("youtube", "dQw4w9WgXc0", "https://www.youtube.com/watch?v=dQw4w9WgXc0", ""),
        ("youtube", "gDeCrdzK-g0", "https://www.youtube.com/watch?v=gDeCrdzK-g0", ""),
        ("youtube", "mR3SM29DzC0", "https://www.youtube.com/watch?v=mR3SM29DzC0", ""),
        ("youtube", "jP6fEHm-lA0", "https://www.youtube.com/watch?v=jP6fEHm-lA0", ""),
        ("youtube", "wf7j27bS1V0", "https://www.youtube.com/watch?v=wf7j27bS1V0", ""),
    ],
    "telegram-linkedin.html": [
        ("telegram", "4521", "https://t.me/newschannel/4521", "@newschannel"),
        (
            "linkedin",
            "7100000000000000001",
            "https://www.linkedin.com/feed/update/urn:li:share:7100000000000000001/",
            "",
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_post_of_each_fixture(name: str) -> None:
    assert [_summary(post) for post in _posts(name)] == EXPECTED[name]


def test_fixture_table_covers_every_fixture() -> None:
    assert {path.name for path in POST_FIXTURES.glob("*.html")} == set(EXPECTED) | set(FORMS) | {"not-embeds.html"}


# Hand-written articles with every form: fixture -> (form, platform, id, handle, in_body, text) in page order.
FORMS = {
    "forms-substack.html": [
        (
            "static",
            "x",
            "1710000000000000101",
            "@harbourmaster",
            True,
            "The north quay reopens on Thursday after repairs.",
        ),
        ("static", "x", "1710000000000000202", "@harbourmaster", True, "@ferrylines Sailings resume at 14:00."),
        ("static", "x", "", "@quayside_kate", True, "Finally! Three weeks without the morning ferry."),
        ("static", "x", "1710000000000000303", "@cityhall", True, "Council meets on the quay plan next week."),
    ],
    "forms-screenshot.html": [
        ("screenshot", "x", "", "@mayor_lindqvist", True, "The bridge toll will be scrapped in March."),
        ("screenshot", "x", "1720000000000000111", "@portcouncil", True, ""),
        ("screenshot", "truthsocial", "", "@harbour_watch", True, "Nobody asked the fishermen."),
        ("screenshot", "bluesky", "3kx7abcde2", "@council.example.org", True, ""),
    ],
    "forms-noscript.html": [
        (
            "embed",
            "mastodon",
            "113500000000000001",
            "@ferryline@social.example.net",
            True,
            "Timetables for the winter season are now online. Sailings start at 06:10.",
        ),
        ("embed", "x", "1730000000000000222", "@ferry_union", True, "We were not consulted on the timetable."),
        ("embed", "youtube", "dQw4w9WgXc1", "", True, ""),
    ],
    "forms-link.html": [
        ("link", "bluesky", "3ky2tally99", "@tally.example.org", True, ""),
        ("link", "reddit", "9zq1ab", "", True, ""),
        (
            "embed",
            "x",
            "1740000000000000001",
            "@electoral_office",
            True,
            "Counting is complete. Turnout was 61 percent.",
        ),
        ("link", "x", "1740000000000000999", "@someone_else", False, ""),
    ],
    "forms-placeholder.html": [
        ("embed", "youtube", "AbCdEfGhIj1", "", True, ""),
        ("embed", "youtube", "AbCdEfGhIj2", "", True, ""),
        ("embed", "x", "1750000000000000001", "", True, ""),
        ("embed", "telegram", "812", "@matchdaylive", True, ""),
        ("embed", "threads", "C9aBcDeFgH1", "@coach.r", True, ""),
    ],
    "forms-threads-linkedin.html": [
        ("embed", "threads", "DAbCdEfGh12", "@ceo.mara", True, ""),
        ("embed", "threads", "DAbCdEfGh34", "@ceo.mara", True, ""),
        ("embed", "linkedin", "7200000000000000001", "", True, ""),
        ("link", "linkedin", "7200000000000000002", "", True, ""),
    ],
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_every_form_of_each_fixture(name: str) -> None:
    found = [(p.form.value, p.platform, p.id, p.author.handle, p.in_body, p.text) for p in _posts(name)]
    assert found == FORMS[name]


def test_static_post_urls_are_unwrapped_and_dates_read() -> None:
    first, second, third, _ = _posts("forms-substack.html")
    assert first.url == "https://x.com/harbourmaster/status/1710000000000000101"  # from the base64 redirect
    assert second.url == "https://x.com/harbourmaster/status/1710000000000000202"  # from the likes link
    assert (third.url, third.author.name, third.published) == ("", "Kate", "2023-09-04")


def test_screenshot_credit_names_the_claimed_account_and_the_link_its_url() -> None:
    _, credited, _, linked = _posts("forms-screenshot.html")
    assert credited.url == "https://x.com/portcouncil/status/1720000000000000111"
    assert linked.url == "https://bsky.app/profile/council.example.org/post/3kx7abcde2"


def test_a_screenshot_credit_naming_another_account_than_its_link_keeps_the_claim() -> None:
    markup = (
        '<html><body><article><p>Intro.</p><figure><img src="a.png" alt=""><figcaption>@RealMayor / Twitter / Via '
        '<a href="https://twitter.com/ReaIMayor/status/1720000000000000999">Twitter</a></figcaption></figure>'
        "</article></body></html>"
    )
    (post,) = html_posts(from_text(markup, "a.html", Format.HTML))[0]
    assert (post.author.handle, post.url) == ("@RealMayor", "https://x.com/ReaIMayor/status/1720000000000000999")


def test_noscript_fallback_gives_text_date_and_is_not_article_text() -> None:
    document = load_path(POST_FIXTURES / "forms-noscript.html", max_bytes=1_000_000)
    extraction = extract(document)
    mastodon = extraction.posts[0]
    assert mastodon.published == "2025-11-03"
    assert not any("Timetables" in block.text for block in extraction.blocks)


def test_ordinary_images_and_photo_credits_are_not_posts() -> None:
    markup = (
        '<html><body><article><p>Intro.</p><figure><img src="a.jpg" alt="Photo by @janeroe of the harbour">'
        "<figcaption>Photo: Jane Roe (@janeroe)</figcaption></figure>"
        '<p><img src="b.jpg" alt="The mayor posts a letter"></p></article></body></html>'
    )
    assert html_posts(from_text(markup, "a.html", Format.HTML))[0] == []


def test_x_blockquote_fields() -> None:
    (post,) = _posts("x-blockquote.html")
    assert post.author.name == "Jane Minister"
    assert post.published == "2022-03-05"
    assert post.text == "We will not raise the fuel tax this year. pic.twitter.com/abc"
    assert (post.line, post.in_body, post.markup) == (3, True, "blockquote.twitter-tweet")


def test_blockquote_without_paragraph_and_german_date() -> None:
    (post,) = _posts("x-no-paragraph-german.html")
    assert post.text == "Heute kein Training. Alle Spiele fallen aus."
    assert (post.author.name, post.published) == ("Sportverein Nord", "2018-09-25")


def test_rendered_iframe_and_blockquote_are_one_post_with_the_text() -> None:
    (post,) = _posts("x-rendered-and-blockquote.html")
    assert post.text == "Launch is go."
    assert post.published == "2022-12-01"


def test_image_alt_fallback_gives_text() -> None:
    (post,) = _posts("x-noscript-static.html")
    assert post.text == "Our statement on the catalogue"


def test_escaped_markup_is_read() -> None:
    script, textarea = _posts("x-escaped-json.html")
    assert (script.text, script.author.name, script.published) == ("Escaped post text", "Escaped Account", "2023-11-02")
    assert "<script>" in script.markup and "<textarea>" in textarea.markup
    assert textarea.text == "Behind consent"


def test_share_buttons_and_widgets_are_not_posts_links_are_and_rails_are_outside_the_body() -> None:
    posts = _posts("not-embeds.html")
    assert [(p.id, p.in_body, p.form) for p in posts] == [
        ("1719684505722605008", True, PostForm.LINK),
        ("1100000000000000009", False, PostForm.EMBED),
    ]
    assert posts[0].text == ""  # the link's words are the article's, not the post's


def test_instagram_caption_signature_and_time() -> None:
    (post,) = _posts("instagram-captioned.html")
    assert (post.text, post.author.name) == ("Back on stage tonight", "Singer One")
    assert post.published == "2019-06-16T14:30:55+00:00"


def test_instagram_localised_signature_has_no_caption() -> None:
    reel, _ = _posts("instagram-german-amp.html")
    assert (reel.text, reel.author.name) == ("", "Kochstudio")


def test_instagram_signature_in_a_link_of_an_embed_with_no_paragraphs() -> None:
    page = (
        '<html><body><article><p>The coach posted.</p><blockquote class="instagram-media" '
        'data-instgrm-permalink="https://www.instagram.com/p/DCw3nB8tQeZ/"><div><a '
        'href="https://www.instagram.com/p/DCw3nB8tQeZ/">A post shared by Pete Lindgren (@petelindgren_coach)</a>'
        "</div></blockquote></article></body></html>"
    )
    (post,), _ = html_posts(from_text(page, "a.html", Format.HTML))
    assert (post.id, post.author.handle, post.author.name) == ("DCw3nB8tQeZ", "@petelindgren_coach", "Pete Lindgren")


def test_facebook_localised_signature() -> None:
    post, iframe = _posts("facebook-post.html")
    assert (post.text, post.author.name, post.published) == (
        "Les écoles restent fermées lundi.",
        "Ville Exemple",
        "2020-03-26",
    )
    assert iframe.markup == "iframe" and iframe.text == ""


def test_facebook_video_date_unlinked_after_the_page() -> None:
    html = (
        '<html><body><article><p>Intro.</p><div class="fb-video" data-href="https://www.facebook.com/ferrycrew/videos/'
        '10153231379946729/"><blockquote cite="https://www.facebook.com/ferrycrew/videos/10153231379946729/" '
        'class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/ferrycrew/videos/10153231379946729/">Night '
        'shift</a><p>Our crews sail all night.</p>Posted by <a href="https://www.facebook.com/ferrycrew/">Ferry Crew'
        "</a> on Tuesday, March 3, 2026</blockquote></div></article></body></html>"
    )
    (post,) = extract(from_text(html, "a.html", Format.HTML)).posts
    assert (post.text, post.author.name, post.published) == ("Our crews sail all night.", "Ferry Crew", "2026-03-03")


def test_tiktok_caption_and_bluesky_fields() -> None:
    (tiktok,) = _posts("tiktok.html")
    assert tiktok.text == "New routine #dance"
    (bluesky,) = _posts("bluesky.html")
    assert (bluesky.author.name, bluesky.published) == ("Election Desk", "2024-04-21")
    assert bluesky.text.startswith("Polls open at eight.")


def test_reddit_title_and_created_date() -> None:
    (post,) = _posts("reddit.html")
    assert (post.text, post.published) == ("Big news today", "2024-03-01T10:20:30+00:00")


def test_embed_text_is_not_read_again_as_article_text() -> None:
    document = load_path(POST_FIXTURES / "x-blockquote.html", max_bytes=1_000_000)
    extraction = extract(document)
    assert len(extraction.posts) == 1
    assert not any("fuel tax" in block.text for block in extraction.blocks)


def test_body_root_skips_teaser_articles() -> None:
    teasers = "".join(f"<article class='teaser'><p>Teaser {i}</p></article>" for i in range(5))
    body = "<p>" + "Long article paragraph. " * 40 + "</p>"
    tweet = (
        '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) '
        '<a href="https://twitter.com/a/status/123456">May 1, 2020</a></blockquote>'
    )
    html = f"<html><body>{teasers}<div class='page'><article class='story'>{body}{tweet}</article></div></body></html>"
    (post,) = html_posts(from_text(html, "t.html", Format.HTML))[0]
    assert post.in_body


def test_layout_classes_around_the_article_are_not_chrome() -> None:
    html = (
        "<html><body class='has-right-sidebar'><main class='site-main with-sidebar'><article>"
        "<p>Article text long enough to be the body of this page.</p>"
        "<div class='l-sidebar-fixed l-article-body-segment'><blockquote class='twitter-tweet'><p>Hi</p>"
        "&mdash; A (@a) <a href='https://twitter.com/a/status/123456'>May 1, 2020</a></blockquote></div>"
        "</article><div class='right-rail'><iframe src='https://www.youtube.com/embed/dQw4w9WgXc0'></iframe></div>"
        "</main></body></html>"
    )
    found, _ = html_posts(from_text(html, "t.html", Format.HTML))
    assert [(p.platform, p.in_body) for p in found] == [("x", True), ("youtube", False)]


def test_rendered_text_signature_in_plain_text() -> None:
    text = (
        "Headline\n\nThe United States will participate. pic.twitter.com/abc\n"
        "— MOSCOW NEWS (@MOSCOW_EN) August 22, 2025\n\nMore text."
    )
    document = from_text(text, "a.txt", Format.TEXT)
    posts, remaining = rendered_posts(document, blocks(document))
    (post,) = posts
    assert (post.platform, post.author.handle, post.published) == ("x", "@MOSCOW_EN", "2025-08-22")
    assert post.text == "The United States will participate. pic.twitter.com/abc"
    assert all("MOSCOW" not in block.text for block in remaining)


def test_two_telegram_channels_posts_of_the_same_number_are_two_posts() -> None:
    html = (
        "<html><body><article><p>Both services posted:</p>"
        '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="harbourferries/812">'
        "</script><p>And the buses:</p>"
        '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="citybuses/812"></script>'
        '<p>See <a href="https://t.me/s/citybuses/812">the buses’ post</a>.</p></article></body></html>'
    )
    posts = extract(from_text(html, "a.html", Format.HTML)).posts
    assert [(post.url, post.form) for post in posts] == [
        ("https://t.me/harbourferries/812", PostForm.EMBED),
        ("https://t.me/citybuses/812", PostForm.EMBED),
    ]
