"""``posts``: how well embedded posts are found, on real pages annotated by hand.

The gold file is JSON Lines, one page a line::

    {"page": "fundus/x.html", "posts": [{"platform": "x", "id": "1", "url": "https://x.com/u/status/1",
                                          "handle": "@u", "in_body": true}], "note": "..."}

``page`` is relative to the corpus directory (the pages stay outside the
repository). A gold post with ``"in_body": false`` stands outside the article
(a side rail, a related-article JSON blob): finding it is neither rewarded nor
punished, but reporting it as in the body is a false positive. Posts are
matched by platform and id. Handle accuracy counts matched posts whose gold
handle is not empty.
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
    misses: list[str] = field(default_factory=list)


def _key(platform: str, post_id: str) -> tuple[str, str]:
    return platform, post_id.lower() if platform in ("youtube", "instagram", "threads") else post_id


def score_page(gold: list[dict[str, object]], found: list[Post], tallies: dict[str, _Tally], page: str) -> None:
    """Add one page's body-embed matches to ``tallies``."""
    body = {_key(str(g["platform"]), str(g["id"])): g for g in gold if g.get("in_body", True)}
    outside = {_key(str(g["platform"]), str(g["id"])) for g in gold if not g.get("in_body", True)}
    predicted = {_key(p.platform, p.id): p for p in found if p.in_body}
    for key, post in predicted.items():
        tally = tallies.setdefault(key[0], _Tally())
        gold_post = body.get(key)
        if gold_post is None:
            tally.spurious += 1
            tally.misses.append(f"spurious {page} {key[1]}{' (outside the body in gold)' if key in outside else ''}")
            continue
        tally.found += 1
        if gold_post.get("handle"):
            tally.handles += 1
            if str(gold_post["handle"]).lower() == post.author.handle.lower():
                tally.handles_right += 1
            else:
                tally.misses.append(f"handle {page} {key[1]}: {post.author.handle!r} != {gold_post['handle']!r}")
    for key in body.keys() - predicted.keys():
        tally = tallies.setdefault(key[0], _Tally())
        tally.missed += 1
        tally.misses.append(f"missed {page} {key[1]}")


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
    click.echo(f"{len(pages)} annotated pages; embeds in the article body, matched by platform and post id")
    click.echo(f"{'platform':12} {'gold':>5} {'found':>6} {'precision':>9} {'recall':>8} {'handle ok':>10}")
    total = _Tally()
    for platform in sorted(tallies):
        tally = tallies[platform]
        _row(platform, tally)
        for name in ("found", "spurious", "missed", "handles", "handles_right"):
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
        f"{_ratio(tally.handles_right, tally.handles):>10}"
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
        document.locator  # noqa: B018 - built on first use and shared by every extractor: not post extraction's cost
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
