"""``posts``: how well posts are found in every form, on real pages annotated by hand.

The gold file is JSON Lines, one page a line::

    {"page": "fundus/x.html", "posts": [{"platform": "x", "id": "1", "url": "https://x.com/u/status/1",
                                          "handle": "@u", "in_body": true, "form": "embed"}], "note": "..."}

``page`` is relative to the corpus directory (the pages stay outside the
repository). A gold post with ``"in_body": false`` stands outside the article
(a side rail, a related-article JSON blob): finding it is neither rewarded nor
punished, but reporting it as in the body is a false positive. Posts are
matched by platform and id; a post the page shows with no id (a Substack
static tweet behind an opaque redirect, a screenshot with no link) has
``"id": ""`` and is matched by platform, handle and the start of its
``text``. Only what the user sees is scored: posts in the body with text or a
URL. Handle accuracy counts matched posts whose gold handle is not empty; form
accuracy counts matched posts whose gold names a ``form``.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from ..document import load_path
from ..extract.posts import html_posts
from ..models import Post

_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class _Tally:
    """Counts for one platform."""

    found: int = 0  # true positives
    spurious: int = 0  # false positives
    missed: int = 0  # false negatives
    handles: int = 0  # matched posts whose gold handle is given
    handles_right: int = 0
    forms: int = 0  # matched posts whose gold form is given
    forms_right: int = 0
    misses: list[str] = field(default_factory=list)


def _key(platform: str, post_id: str) -> tuple[str, str]:
    return platform, post_id.lower() if platform in ("youtube", "instagram", "threads") else post_id


def _words(text: str) -> str:
    return " ".join(text.lower().split())[:_TEXT_KEY]


_TEXT_KEY = 40  # characters of the text that identify a post with no id


def _pair(gold: list[dict[str, object]], found: list[Post]) -> tuple[list[tuple[dict[str, object], Post]], list, list]:
    """(gold, found) pairs, the gold posts left unmatched, and the found posts left unmatched."""
    pairs: list[tuple[dict[str, object], Post]] = []
    left = list(found)
    unmatched: list[dict[str, object]] = []
    for post in sorted(gold, key=lambda g: not g.get("id")):  # posts with ids first: they match unambiguously
        key = _key(str(post["platform"]), str(post.get("id") or ""))
        match = next((p for p in left if key[1] and _key(p.platform, p.id) == key), None)
        if match is None and not key[1]:
            match = next((p for p in left if _same_idless(post, p)), None)
        if match is None:
            unmatched.append(post)
            continue
        left.remove(match)
        pairs.append((post, match))
    return pairs, unmatched, left


def _same_idless(gold: dict[str, object], post: Post) -> bool:
    if post.platform != gold["platform"] or post.author.handle.lower() != str(gold.get("handle") or "").lower():
        return False
    text = _words(str(gold.get("text") or ""))
    return not text or _words(post.text).startswith(text) or text.startswith(_words(post.text))


def score_page(gold: list[dict[str, object]], found: list[Post], tallies: dict[str, _Tally], page: str) -> None:
    """Add one page's matches (posts in the body, with text or a URL) to ``tallies``, per platform."""
    body = [g for g in gold if g.get("in_body", True)]
    outside = [g for g in gold if not g.get("in_body", True)]
    shown = [p for p in found if p.in_body and (p.text or p.url)]
    pairs, missed, spurious = _pair(body, shown)
    outside_pairs, _, spurious = _pair(outside, spurious)
    for gold_post, post in pairs:
        tally = tallies.setdefault(post.platform, _Tally())
        tally.found += 1
        label = f"{page} {post.id or post.author.handle}"
        if gold_post.get("handle"):
            tally.handles += 1
            if str(gold_post["handle"]).lower() == post.author.handle.lower():
                tally.handles_right += 1
            else:
                tally.misses.append(f"handle {label}: {post.author.handle!r} != {gold_post['handle']!r}")
        if gold_post.get("form"):
            tally.forms += 1
            if gold_post["form"] == post.form.value:
                tally.forms_right += 1
            else:
                tally.misses.append(f"form {label}: {post.form.value} != {gold_post['form']}")
    for _gold, post in outside_pairs:
        tally = tallies.setdefault(post.platform, _Tally())
        tally.spurious += 1
        tally.misses.append(f"spurious {page} {post.id or post.author.handle} (outside the body in gold)")
    for post in spurious:
        tally = tallies.setdefault(post.platform, _Tally())
        tally.spurious += 1
        tally.misses.append(f"spurious {page} {post.id or post.author.handle} ({post.form.value})")
    for gold_post in missed:
        tally = tallies.setdefault(str(gold_post["platform"]), _Tally())
        tally.missed += 1
        tally.misses.append(f"missed {page} {gold_post.get('id') or gold_post.get('handle')} ({gold_post.get('form')})")


def _ratio(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.1f}%" if whole else "     -"


@click.command()
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON Lines file of annotated pages.",
)
@click.option("--verbose", "-v", is_flag=True, help="List every miss, spurious post and wrong handle.")
@click.option("--speed/--no-speed", default=True, help="Also time post extraction over every page of CORPUS_DIR.")
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
def posts(gold_path: Path, verbose: bool, speed: bool, corpus_dir: Path) -> None:
    """Precision, recall and handle accuracy of embedded-post extraction, per platform.

    Example: python -m verify.evaluate posts --gold evaluation/posts-gold.jsonl ../shared/corpus/realpages
    """
    tallies: dict[str, _Tally] = {}
    pages = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for page in pages:
        document = load_path(corpus_dir / page["page"], max_bytes=_MAX_BYTES)
        found, _ = html_posts(document)
        score_page(page["posts"], found, tallies, page["page"])
    click.echo(f"{len(pages)} annotated pages; posts in the body, matched by platform and id (or handle and text)")
    header = f"{'platform':12} {'gold':>5} {'found':>6} {'precision':>9} {'recall':>8} {'handle ok':>10} {'form ok':>8}"
    click.echo(header)
    total = _Tally()
    for platform in sorted(tallies):
        tally = tallies[platform]
        _row(platform, tally)
        for name in ("found", "spurious", "missed", "handles", "handles_right", "forms", "forms_right"):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
        total.misses += tally.misses
    _row("all", total)
    if verbose:
        for line in total.misses:
            click.echo(f"  {line}")
    if speed:
        _speed(corpus_dir)


def _row(name: str, tally: _Tally) -> None:
    gold = tally.found + tally.missed
    predicted = tally.found + tally.spurious
    click.echo(
        f"{name:12} {gold:5} {predicted:6} {_ratio(tally.found, predicted):>9} {_ratio(tally.found, gold):>8} "
        f"{_ratio(tally.handles_right, tally.handles):>10} {_ratio(tally.forms_right, tally.forms):>8}"
    )


def _speed(corpus_dir: Path) -> None:
    """Pages per second of post extraction on parsed pages, in CPU time of this process (one core; parsing
    is the document stage's cost)."""
    timings: list[float] = []
    kinds: Counter[str] = Counter()
    for path in sorted(corpus_dir.rglob("*")):
        if path.suffix.lower() not in (".html", ".htm"):
            continue
        document = load_path(path, max_bytes=_MAX_BYTES)
        document.locator.flat  # noqa: B018 - read whole here, shared by every extractor: not post extraction's cost
        start = time.process_time()
        found, _ = html_posts(document)
        timings.append(time.process_time() - start)
        kinds.update(post.platform for post in found)
    if timings:
        click.echo(
            f"speed: {len(timings)} pages, {len(timings) / sum(timings):.1f} pages/s, "
            f"median {1000 * statistics.median(timings):.1f} ms/page, max {1000 * max(timings):.0f} ms "
            f"({sum(kinds.values())} posts found)"
        )
