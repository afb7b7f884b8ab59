"""Fuzzing posts: well-formed embeds and signatures are always found with their account, and bent ones never
crash or hang the check.

Strategies are in tests/fuzz_grammar.py; each example is checked under a time budget.
"""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from verify._budget import within_budget
from verify.document import Format, from_text
from verify.extract import extract

from .fuzz_grammar import FUZZ, dates, embed, handles, names, quotation, sentences, signature, status_ids

BUDGET = 10.0


def _posts(text: str, fmt: Format) -> list:  # type: ignore[type-arg]
    document = from_text(text, f"fuzz.{fmt.value}", fmt)
    return list(within_budget(BUDGET, lambda: extract(document)).posts)


@FUZZ
@given(st.one_of(sentences, quotation()), names, handles, dates, status_ids)
def test_a_tweet_embed_is_found_with_its_id_and_account(
    text: str, name: str, handle: str, date: str, post_id: str
) -> None:
    url = f"https://twitter.com/{handle}/status/{post_id}"
    markup = (
        f"<html><body><article><p>Officials spoke on Friday.</p>"
        f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{html.escape(text)}</p>&mdash; '
        f'{html.escape(name)} (@{handle}) <a href="{url}">{date}</a></blockquote></article></body></html>'
    )
    posts = _posts(markup, Format.HTML)
    assert [(p.platform, p.id, p.author.handle.lower()) for p in posts] == [("x", post_id, f"@{handle.lower()}")]
    assert " ".join(text.split()) in " ".join(posts[0].text.split())


@FUZZ
@given(st.lists(st.one_of(embed(), signature(), quotation()), min_size=1, max_size=6))
def test_bent_embeds_and_signatures_never_crash(parts: list[str]) -> None:
    _posts("<html><body>" + "".join(f"<p>{part}</p>" if part[:1] != "<" else part for part in parts), Format.HTML)
    _posts("\n\n".join(parts), Format.MARKDOWN)
    _posts("\n\n".join(parts), Format.TEXT)


@FUZZ
@given(st.sampled_from(["—", "–"]), names, handles, dates, sentences)
def test_a_plain_signature_under_a_paragraph_names_its_account(
    dash: str, name: str, handle: str, date: str, text: str
) -> None:
    posts = _posts(f"{text}.\n\n{dash} {name} (@{handle}) {date}\n", Format.TEXT)
    assert [p.author.handle.lower() for p in posts] == [f"@{handle.lower()}"]
