"""``verify snapshot``: a thin click layer over :func:`verify.sources.capture.snapshot_urls`.

One line per URL on stdout (saved, changed, unchanged), one error line per
failed URL on stderr, a summary on stderr; exit status 2 when any URL (or the
article of ``--from-article``) failed, else 0.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from .config import OPTIONS, find_config
from .errors import InputError
from .models import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from .report import printable
from .sources.capture import Outcome, SaveStatus, SnapshotOptions, Source, article_sources, snapshot_urls
from .sources.store import Records, is_database, open_records

EXIT_CLEAN, EXIT_INPUT_ERROR = 0, 2


@click.command("snapshot")
@click.argument("urls", nargs=-1, metavar="[URL]...")
@click.option(
    "--snapshots",
    type=click.Path(file_okay=False, path_type=Path),
    help="Snapshot directory [default: the configured store, else snapshots/ beside the article with"
    " --from-article, else ./snapshots].",
)
@click.option(
    "--store",
    type=OPTIONS["store"],
    help="Save into this store instead: a snapshot directory, or a postgresql://USER@HOST/DB shared store.",
)
@click.option(
    "--from-article",
    "article",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Save every embedded post of this article (only posts of known platforms are fetched).",
)
@click.option(
    "--links",
    is_flag=True,
    help="With --from-article, also save the pages (HTML, PDF) the article's body links to.",
)
@click.option("--archive", is_flag=True, help="When a source fails live, save the Wayback Machine's closest copy.")
@click.option(
    "--timeout",
    type=OPTIONS["timeout"],  # the same value rules as `verify check --timeout`
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds one request may take in all: connecting, reading, redirects, the whole body.",
)
@click.option(
    "--max-bytes",
    type=OPTIONS["max-bytes"],
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Largest response accepted.",
)
@click.option(
    "--allow-private-addresses",
    is_flag=True,
    help="Also fetch from private, loopback and link-local addresses (an intranet, a test server).",
)
def snapshot(
    urls: tuple[str, ...],
    snapshots: Path | None,
    store: str | None,
    article: Path | None,
    links: bool,
    archive: bool,
    timeout: float,
    max_bytes: int,
    allow_private_addresses: bool,
) -> None:
    """Save the sources at URL... (posts, pages, transcripts) for offline checking.

    Posts are read from each platform's public endpoint; any other URL is
    saved as a page, or as a transcript when it holds speaker turns. Each
    capture keeps its provenance and raw response (WARC); a capture that
    differs from the last one of the same URL is added beside it, never over
    it. Endpoints can be redirected with VERIFY_ENDPOINT_<PLATFORM>=URL;
    Meta's oEmbed takes a token from VERIFY_META_TOKEN (Instagram, Facebook)
    and VERIFY_THREADS_TOKEN (Threads) when they are set.

    Only public addresses are fetched, on every redirect too, except the
    hosts of the URLs given here and of endpoint overrides (their first
    request); --allow-private-addresses lifts that rule.

    \b
    Example:
        verify snapshot https://x.com/NATO/status/1958862000000000000
        verify snapshot --from-article drafts/kyiv.html --links
        verify snapshot https://example.org/speech --archive --snapshots sources/
        verify snapshot https://example.org/speech --store postgresql://desk@db.example/verify
    """
    if not urls and article is None:
        raise click.UsageError("give at least one URL, or --from-article ARTICLE")
    if links and article is None:
        raise click.UsageError("--links saves the pages an article links to: give --from-article ARTICLE")
    if store and snapshots:
        raise click.UsageError("give --store or --snapshots, not both")
    options = SnapshotOptions(
        timeout=timeout, max_bytes=max_bytes, archive=archive, allow_private_addresses=allow_private_addresses
    )
    start = article.parent if article else Path.cwd()
    try:
        store = store or (None if snapshots else _configured_store(start))
        directory = Path(store or snapshots or (article.parent / "snapshots" if article else "snapshots"))
        records = open_records(store) if store and is_database(store) else directory
    except InputError as error:  # a configuration that cannot be read, a database that cannot be opened
        _say(f"verify: error: {error}", err=True)
        sys.exit(EXIT_INPUT_ERROR)
    try:
        _snapshot(urls, article, links, max_bytes, records, options)
    finally:
        if not isinstance(records, Path):
            records.close()


def _snapshot(
    urls: tuple[str, ...],
    article: Path | None,
    links: bool,
    max_bytes: int,
    directory: Path | Records,
    options: SnapshotOptions,
) -> None:
    outcomes = snapshot_urls(urls, directory, options)
    failed_article = False
    if article is not None:
        try:
            found = article_sources(article, max_bytes=max_bytes, links=links)
        except InputError as error:
            _say(f"verify: error: {error}", err=True)
            failed_article = True
        else:
            if not found.posts:
                _say(f"{article}: no embedded posts of known platforms", err=True)
            outcomes += snapshot_urls(found.posts, directory, options, source=Source.POSTS)
            if links and not found.links:
                _say(f"{article}: no links to pages in its body", err=True)
            if found.links_left_out:
                _say(f"{article}: only the first {len(found.links)} links are saved", err=True)
            outcomes += snapshot_urls(found.links, directory, options, source=Source.LINKS)
    for outcome in outcomes:
        _show(outcome)
    counts = Counter(outcome.status for outcome in outcomes)
    click.echo("snapshot: " + ", ".join(f"{counts[status]} {status}" for status in SaveStatus), err=True)
    sys.exit(EXIT_INPUT_ERROR if failed_article or counts[SaveStatus.FAILED] else EXIT_CLEAN)


def _configured_store(start: Path) -> str | None:
    """The store of the nearest configuration (``store``, else ``snapshots``): where `verify check` looks."""
    config = find_config(start)
    found = (config.values.get("store") or config.values.get("snapshots")) if config else None
    return str(found) if found else None


def _show(outcome: Outcome) -> None:
    archived = " (from the Wayback Machine)" if outcome.archived else ""
    if outcome.status is SaveStatus.FAILED:
        _say(f"verify: error: {outcome.url}: {outcome.reason}", err=True)
    elif outcome.status is SaveStatus.UNCHANGED:
        _say(f"unchanged {outcome.url}: same as {outcome.path}{archived}")
    elif outcome.status is SaveStatus.CHANGED:
        _say(f"changed {outcome.url} -> {outcome.path} (differs from {outcome.previous}){archived}")
    else:
        _say(f"saved {outcome.url} -> {outcome.path}{archived}")


def _say(line: str, *, err: bool = False) -> None:
    """One line naming URLs, paths and servers' reasons: their control characters made visible."""
    click.echo(printable(line), err=err)
