"""Markdown drafts with embeds pasted as raw HTML blocks."""

from __future__ import annotations

from verify.document import Format, from_text
from verify.extract import extract

DRAFT = """# Draft

Intro. “We are ready to talk,” Minister Jan Novak said.

<blockquote class="twitter-tweet"><p lang="en">Jan Novak: We will never talk to them.</p>&mdash; Some Account
(@someacct) <a href="https://twitter.com/someacct/status/123456789012345678">March 1, 2025</a></blockquote>

More text.
"""


def test_embed_in_markdown_is_a_post_not_article_text() -> None:
    document = from_text(DRAFT, "draft.md", Format.MARKDOWN)
    found = extract(document)
    (post,) = found.posts
    assert (post.platform, post.id, post.author.handle) == ("x", "123456789012345678", "@someacct")
    assert (post.line, DRAFT.split("\n")[post.line - 1][post.column - 1 :].startswith("Jan Novak")) == (5, True)
    body = [q for q in found.quotes if q.post is None]
    assert [(q.text, q.speaker) for q in body] == [("We are ready to talk", "Jan Novak")]
    (inside,) = [q for q in found.quotes if q.post is not None]
    assert inside.speaker == "Jan Novak"


def test_markdown_without_html_has_no_tree() -> None:
    assert from_text("# Title\n\nPlain *words*.\n", "a.md", Format.MARKDOWN).tree is None


def test_a_post_quoted_with_its_signature_inside_a_blockquote() -> None:
    draft = (
        "# Storm\n\nThe mayor posted late on Friday.\n\n"
        "> The festival is cancelled for Saturday. Stay safe.\n"
        "> — Jane Mayor (@JaneMayor) June 6, 2025\n\nMore text.\n"
    )
    (post,) = extract(from_text(draft, "storm.md", Format.MARKDOWN)).posts
    assert (post.author.handle, post.text, post.published) == (
        "@JaneMayor",
        "The festival is cancelled for Saturday. Stay safe.",
        "2025-06-06",
    )


def test_a_markdown_link_on_a_signatures_date_is_the_post_it_signs() -> None:
    # (round 37, tune31: tune-31's Tegucigalpa draft gave its X post no id, and the link a post of its own)
    draft = (
        "# Storm\n\nThe mayor posted late on Friday.\n\n"
        "> The festival is cancelled for Saturday. Stay safe.\n"
        "> — Jane Mayor (@JaneMayor) [June 6, 2025](https://x.com/JaneMayor/status/1930000000000000001)\n\nMore.\n"
    )
    (post,) = extract(from_text(draft, "storm.md", Format.MARKDOWN)).posts
    assert (post.form.value, post.id, post.author.handle, post.published) == (
        "text",
        "1930000000000000001",
        "@JaneMayor",
        "2025-06-06",
    )


def test_a_markdown_link_to_another_accounts_post_on_a_signature_is_not_its_post() -> None:
    draft = (
        "# Storm\n\nThe mayor posted late on Friday.\n\n"
        "> The festival is cancelled for Saturday. Stay safe.\n"
        "> — Jane Mayor (@JaneMayor) [June 6, 2025](https://x.com/OtherDesk/status/1930000000000000001)\n\nMore.\n"
    )
    posts = extract(from_text(draft, "storm.md", Format.MARKDOWN)).posts
    signed = [p for p in posts if p.author.handle == "@JaneMayor"]
    assert [(p.form.value, p.id) for p in signed] == [("text", "")]


def test_a_markdown_image_of_a_post_is_a_screenshot() -> None:
    draft = (
        "# Festival\n\nThe company answered online.\n\n"
        "![Capture d'écran d'une publication Facebook de @compagnie : « On ne lâchera rien. »](https://img.ex/fb.png)\n\n"
        "![The festival square at night](https://img.ex/square.jpg)\n"
    )
    found = extract(from_text(draft, "draft.md", Format.MARKDOWN))
    (post,) = found.posts
    assert (post.platform, post.author.handle, post.text, post.form.value) == (
        "facebook",
        "@compagnie",
        "On ne lâchera rien.",
        "screenshot",
    )
    assert (post.line, post.column) == (5, 1)


def test_a_markdown_image_of_a_post_linked_to_the_post_takes_its_address() -> None:
    # The image shows @TransatAlizes but links a look-alike account's post: the link names the post the judge holds the
    # shown account to (one post, a screenshot, not a screenshot and a link).
    draft = (
        "# Arrivée\n\nL'organisation a salué la victoire :\n\n"
        "[![Capture d'écran d'un tweet de @TransatAlizes : « Victoire ! »](/images/tweet.png)]"
        "(https://x.com/TransatA1izes/status/2064333555000121212)\n"
    )
    (post,) = extract(from_text(draft, "draft.md", Format.MARKDOWN)).posts
    assert (post.author.handle, post.url, post.id, post.form.value) == (
        "@TransatAlizes",
        "https://x.com/TransatA1izes/status/2064333555000121212",
        "2064333555000121212",
        "screenshot",
    )
    assert (post.line, post.column) == (5, 2)
