"""Grammar-aware hypothesis strategies for the fuzz suite: articles that look like news, and hostile variants.

Random bytes rarely reach the interesting code: a quotation needs quote
marks and a cue, a post signature a dash, a name, a handle and a date, an
embed its platform's markup. These strategies write such pieces from small
grammars (names, cue verbs, marks, dates, handles, URLs) and then bend them:
unbalanced and mixed quote marks, long runs, stray markup, control and
combining characters, deep nesting. The suite's settings (few examples,
derandomized) keep it inside a minute in CI.
"""

from __future__ import annotations

import html

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# One profile for the suite: the same examples on every run (CI must not flake), no example database.
FUZZ = settings(
    max_examples=40,
    deadline=None,  # time is checked by the per-article budget, not per example
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

FIRST = ["Mark", "Ursula", "Jo", "Olaf", "Kaja", "Li", "Ana", "Jean-Noël", "Ngozi", "O'Brien"]
LAST = ["Rutte", "von der Leyen", "Coelbart", "Scholz", "Kallas", "Wei", "García", "Barrot", "Okonjo-Iweala"]
TITLES = ["", "", "President ", "Minister ", "Dr. ", "Sen. ", "NATO chief ", "the spokesperson "]
CUES = ["said", "told reporters", "added", "wrote", "insisted", "said on Friday", "simply said", "sagte", "a déclaré"]
WORDS = "the talks will resume on Monday we are ready to act it is clear that allies must spend more now".split()
MONTHS = ["January", "March", "August", "Sept.", "Dec", "Aug."]
OPEN_CLOSE = [("“", "”"), ('"', '"'), ("„", "“"), ("«", "»"), ("‘", "’"), ("''", "''"), ("``", "''"), ("“", '"')]
DASHES = ["—", "–", "-", "--", "&mdash;", "―"]
NOISE = st.text(
    alphabet=st.sampled_from(
        list("“”„«»\"'‘’—–-:;,.!? \n\t[]()<>&#@/*_`\\") + ["\u200b", "\u0301", "\x00", "\x1b", "é"]
    ),
    max_size=30,
)

names = st.builds(
    lambda t, f, last: f"{t}{f} {last}", st.sampled_from(TITLES), st.sampled_from(FIRST), st.sampled_from(LAST)
)
handles = st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True)
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(lambda w: " ".join(w).capitalize())
dates = st.builds(lambda m, d, y: f"{m} {d}, {y}", st.sampled_from(MONTHS), st.integers(1, 31), st.integers(1990, 2030))
status_ids = st.integers(1, 2**63 - 1).map(str)


@st.composite
def quotation(draw: st.DrawFn) -> str:
    """A sentence carrying a quotation in one of the forms news writing uses, sometimes malformed."""
    name, cue, text = draw(names), draw(st.sampled_from(CUES)), draw(sentences)
    left, right = draw(st.sampled_from(OPEN_CLOSE))
    if draw(st.booleans()):
        right = draw(st.sampled_from(["", left, "”", right]))  # unbalanced or wrong closing mark
    form = draw(st.integers(0, 5))
    if form == 0:
        return f"{name} {cue}: {left}{text}.{right}"
    if form == 1:
        return f"{left}{text},{right} {name} {cue}."
    if form == 2:
        return f"{left}{text}{right} {draw(st.sampled_from(DASHES))} {name}"
    if form == 3:
        return f"{name} {cue} that {text.lower()}."
    if form == 4:
        return f"{left}{text},{right} {cue.split()[0]} {name}, {left}{draw(sentences)}.{right}"
    return f"According to {name}, {left}{text}{right}"


@st.composite
def signature(draw: st.DrawFn) -> str:
    """A plain-text post signature (``— Name (@handle) Month D, YYYY``), its parts sometimes missing or bent."""
    dash = draw(st.sampled_from(DASHES))
    spaces = draw(st.sampled_from([" ", "  ", "", " " * draw(st.integers(0, 300))]))
    name = draw(st.one_of(names, st.just(""), NOISE))
    handle = draw(st.one_of(handles, st.just(""), NOISE))
    date = draw(st.one_of(dates, st.just(""), NOISE))
    return f"{dash}{spaces}{name} (@{handle}) {date}"


@st.composite
def embed(draw: st.DrawFn) -> str:
    """Embed markup of one platform with generated text, account, date and URL."""
    text = html.escape(draw(st.one_of(sentences, quotation(), NOISE)))
    name, handle, date, post_id = draw(names), draw(handles), draw(dates), draw(status_ids)
    kind = draw(st.integers(0, 4))
    if kind == 0:
        url = f"https://twitter.com/{handle}/status/{post_id}"
        return (
            f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{text}</p>&mdash; {name} (@{handle}) '
            f'<a href="{url}">{date}</a></blockquote>'
        )
    if kind == 1:
        url = f"https://bsky.app/profile/{handle.lower()}.bsky.social/post/3l{post_id[:10]}"
        return f'<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/3l"><p>{text}</p>&mdash; {name} (<a href="{url}">@{handle}</a>)</blockquote>'  # noqa: E501
    if kind == 2:
        url = f"https://mastodon.social/@{handle}/{post_id}"
        return f'<blockquote class="mastodon-embed" data-embed-url="{url}/embed"><p>{text}</p><a href="{url}">Post by @{handle}</a></blockquote>'  # noqa: E501
    if kind == 3:
        url = f"https://www.instagram.com/p/C{post_id[:9]}/"
        return f'<blockquote class="instagram-media" data-instgrm-permalink="{url}"><a href="{url}">{text}</a></blockquote>'  # noqa: E501
    depth = draw(st.integers(1, 200))  # an embed buried in unclosed markup
    return "<div><blockquote class='twitter-tweet'><p>" * depth + text


@st.composite
def markdown_line(draw: st.DrawFn) -> str:
    """One Markdown line: prose, a heading, a list item, a block quote, a link, emphasis, code, or raw HTML."""
    prose = draw(st.one_of(quotation(), sentences))
    form = draw(st.integers(0, 8))
    url = f"https://example.org/{draw(handles)}"
    return [
        prose,
        f"# {prose}",
        f"- {prose}",
        f"> {prose}",
        f"[{prose}]({url}) and ![image]({url}.png)",
        f"**{prose}** _{draw(sentences)}_ `{draw(sentences)}`",
        "[a" * draw(st.integers(1, 400)),
        draw(embed()),
        draw(signature()),
    ][form]


def _paragraphs(parts: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.one_of(parts, parts, NOISE), min_size=1, max_size=8)


text_articles = _paragraphs(st.one_of(quotation(), signature(), sentences)).map("\n\n".join)
markdown_articles = _paragraphs(markdown_line()).map("\n\n".join)
html_articles = _paragraphs(
    st.one_of(quotation().map(lambda q: f"<p>{html.escape(q)}</p>"), embed(), signature().map(lambda s: f"<p>{s}</p>"))
).map(lambda parts: "<html><body><article>" + "".join(parts) + "</article></body></html>")
