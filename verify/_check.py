"""The library entry point: inputs in, a :class:`~verify.models.Report` out.

:func:`check` runs the pipeline for every input: document (load, decode,
parse) -> extract (posts, quotes, statements) -> judge (each claim against
the article's statements and the snapshot store) -> inline suppressions ->
Report. An input that cannot be read becomes an
:class:`~verify.models.InputProblem` in the report; the other inputs are
still checked. With ``jobs`` > 1 the article files are checked in worker
processes; the report lists them in input order all the same.
"""

from __future__ import annotations

import contextlib
import gc
import glob
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import document as documents
from ._budget import BudgetExceeded, budget_paused, within_budget
from ._version import __version__
from .config import ConfigError, find_config
from .errors import InputError
from .extract import Extraction, extract
from .extract.published import published
from .extract.speakers import same_speaker
from .judge import earlier_in, judge, lead_in, reported_by, trail_in
from .models import (
    ArticleReport,
    CheckOptions,
    Claim,
    ClaimKind,
    Finding,
    InputProblem,
    Place,
    Post,
    Quote,
    Report,
)
from .project import DEFAULT_EXCLUDE, Exclusion, matches, project_path, project_root, unique
from .retrieval import ArticleEvidence
from .sources.store import Store, StoreError, is_database, open_store
from .suppress import suppress_inline

if TYPE_CHECKING:  # imported where used: a one-article check needs neither an HTTP client nor a process pool
    from concurrent.futures import Future, ProcessPoolExecutor

    import httpx

Outcome = tuple[ArticleReport | None, tuple[InputProblem, ...]]


def check(
    inputs: Sequence[str | os.PathLike[str]],
    options: CheckOptions | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    progress: Callable[[str], None] | None = None,
    total: Callable[[int], None] | None = None,
) -> Report:
    """Check every article named by ``inputs`` (paths, directories, globs, URLs, ``-``).

    ``total`` is called once with the number of articles found, before any is
    checked; ``progress`` with each input's name once it is checked, in input order.
    """
    options = options or CheckOptions()
    problems: list[InputProblem] = []
    items = unique(expand_inputs([str(i) for i in inputs], options, problems))
    if total is not None:
        total(len(items))
    articles: list[ArticleReport] = []
    for item, (article, found) in zip(items, _outcomes(items, options, transport), strict=True):
        if article is not None:
            articles.append(article)
        problems.extend(found)
        if progress is not None:
            progress(item)
    # Every article reports the problems of the snapshot store it used; name each once.
    return Report(tuple(articles), tuple(dict.fromkeys(problems)), __version__)


def _outcomes(items: list[str], options: CheckOptions, transport: httpx.BaseTransport | None) -> Iterator[Outcome]:
    """Each item's outcome, in the items' order, from this process or from worker processes."""
    files = [item for item in items if _is_file_input(item)]
    workers = min(options.jobs, len(files))
    # A database store's connection ends with the session.
    with contextlib.closing(_Session(options, transport)) as session, _fewer_collections():
        if workers <= 1:
            yield from (session.check(item) for item in items)
            return
        yield from _pooled(items, workers, session)


# Allocations between two collections of the youngest generation while articles are checked (Python's default is
# 700). A check makes millions of short-lived objects and, since no page's blocks hold a cycle any more, no cyclic
# garbage: over the 269 real pages the collector took 0.5-0.6 s of CPU at 700, 0.28-0.34 s at 20,000 and 0.18-0.20 s
# at 100,000 (2 runs), with the same peak memory (226-229 MB); see docs/parsing.md.
_YOUNG_THRESHOLD = 100_000


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect cycles less often while articles are checked; the caller's setting is restored after."""
    before = gc.get_threshold()
    collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*before)


def collect_less() -> None:
    """Collect cycles less often for the rest of this process (``_YOUNG_THRESHOLD``): a worker's life, a command-line
    run (which holds its report until it ends: left at Python's 700 before and after the check, the collector walked
    the whole report three times, a fifth of a second of the 269 real pages' run)."""
    young, *older = gc.get_threshold()
    if young:  # 0 is collection turned off: left so
        gc.set_threshold(max(young, _YOUNG_THRESHOLD), *older)


def _pooled(items: list[str], workers: int, session: _Session) -> Iterator[Outcome]:
    """The outcomes of file inputs checked in worker processes, the others in this one, in order."""
    options = session.options
    # Standard input and URLs stay here: a worker cannot share stdin or the caller's transport.
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(options,))
    try:
        futures = [pool.submit(_check_in_worker, item) if _is_file_input(item) else None for item in items]
        for item, future in zip(items, futures, strict=True):
            yield session.check(item) if future is None else _result(item, future)
    except BaseException:
        _abandon(pool)  # Ctrl-C (or a closed generator): drop queued work, stop the workers now
        raise
    pool.shutdown()


def _abandon(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers without waiting for the articles they hold."""
    # The executor keeps its processes private; without them shutdown would wait for running articles.
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        process.terminate()
    for process in workers:
        process.join(timeout=1)
        if process.is_alive():
            process.kill()  # a worker that ignores SIGTERM must still not outlive the run


def _result(item: str, future: Future[Outcome]) -> Outcome:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        return None, (InputProblem(item, "the worker process checking it stopped unexpectedly"),)


def _is_file_input(item: str) -> bool:
    return item != "-" and not item.startswith(("http://", "https://"))


class _Session:
    """What one process reads once per run: snapshot stores and configurations, by directory."""

    def __init__(self, options: CheckOptions, transport: httpx.BaseTransport | None) -> None:
        self.options = options
        self.transport = transport
        self.stores: dict[Path | str, Store | StoreError] = {}  # a store that cannot be opened is tried once
        self.configs: dict[Path, Path | str | None | ConfigError] = {}

    def check(self, item: str) -> Outcome:
        """One input checked; never raises, so that one bad article cannot stop the others."""
        try:
            # The whole of an article's work, parsing included, is bounded by the time budget.
            article, store, problems = within_budget(self.options.time_budget, lambda: self._check(item))
        except InputError as error:
            return None, (InputProblem(error.path, error.message),)
        except BudgetExceeded as error:
            return None, (InputProblem(item, f"checking {error} (see --time-budget)"),)
        except Exception as error:  # noqa: BLE001 - a bug on one hostile article must not end a newsroom's batch
            return None, (InputProblem(item, f"internal error while checking: {type(error).__name__}: {error}"),)
        return article, (*store.problems, *problems)

    def _check(self, item: str) -> tuple[ArticleReport, Store, list[InputProblem]]:
        document = _load(item, self.options, self.transport)
        store = self._store(self._snapshot_directory(document))
        article, problems = suppress_inline(check_document(document, store))
        return article, store, problems

    def _snapshot_directory(self, document: documents.Document) -> tuple[Path | str, str]:
        """The store of an article (a directory or a database URL) and how to name it: option, then config, then
        snapshots/ beside it."""
        if self.options.snapshots:
            location = self.options.snapshots
            return (location if is_database(location) else Path(location)), location
        base = document.base_dir or Path.cwd()
        configured = self._configured_snapshots(base) if self.options.use_config else None
        if isinstance(configured, str):
            return configured, configured
        directory = configured or base / "snapshots"
        return directory, project_path(str(directory), None)

    def _configured_snapshots(self, directory: Path) -> Path | str | None:
        if directory not in self.configs:
            try:
                config = find_config(directory)
            except ConfigError as error:
                self.configs[directory] = error
            else:
                found = (config.values.get("store") or config.values.get("snapshots")) if config else None
                self.configs[directory] = (found if is_database(found) else Path(found)) if found else None
        found = self.configs[directory]
        if isinstance(found, ConfigError):
            raise found
        return found

    def close(self) -> None:
        """Close the stores' connections (a database store's is a server's session)."""
        for store in self.stores.values():
            if not isinstance(store, StoreError):
                store.close()

    def _store(self, where: tuple[Path | str, str]) -> Store:
        location, display = where
        key = location.resolve() if isinstance(location, Path) else location
        if key not in self.stores:
            try:
                with budget_paused():  # built once for the whole run (a large store's first index: minutes)
                    self.stores[key] = open_store(location, display)
            except StoreError as error:
                self.stores[key] = error
        found = self.stores[key]
        if isinstance(found, StoreError):
            raise found
        return found


_WORKER: _Session | None = None  # the session of a worker process, made by _start_worker


def _start_worker(options: CheckOptions) -> None:
    global _WORKER
    # Ctrl-C reaches the whole process group: the parent decides, so that workers print no traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    collect_less()  # for the worker's whole life, as _fewer_collections does for a check here
    _WORKER = _Session(options, None)


def _check_in_worker(item: str) -> Outcome:
    assert _WORKER is not None, "_start_worker runs first in every worker"
    return _WORKER.check(item)


def check_document(document: documents.Document, store: Store | None = None) -> ArticleReport:
    """Extract and judge one loaded document against a snapshot store."""
    extraction = extract(document)
    # The publication date matters to post claims alone (capture history): read only when there is one.
    posted = any(_is_claim(post) for post in extraction.posts)
    checked = list(claims(extraction, published(document) if posted else None))
    findings = _judged(checked, extraction, store, document) if checked else []
    # A post shown with no URL takes the platform of the saved post the judge paired it with.
    paired = {(f.claim.line, f.claim.column): f.claim.platform for f in findings if f.claim.kind is ClaimKind.POST}
    posts = tuple(
        replace(post, platform=paired.get((post.line, post.column)) or post.platform) if not post.url else post
        for post in extraction.posts
    )
    # A quote the judge credits to the person its paragraph names (a pronoun's cue, a saved record of theirs) is
    # listed with that speaker too: the report's quotes and findings name one speaker.
    credited = {(f.claim.line, f.claim.column): f.claim.speaker for f in findings if f.claim.kind is ClaimKind.QUOTE}
    quotes = tuple(
        replace(quote, speaker=credited[(quote.line, quote.column)])
        if quote.post is None and credited.get((quote.line, quote.column), quote.speaker) != quote.speaker
        else quote
        for quote in extraction.quotes
    )
    return ArticleReport(
        document.path,
        posts,
        quotes,
        tuple(_in_order(findings)),
        text=document.text,
        format=document.format.value,
    )


def _judged(
    checked: list[Claim], extraction: Extraction, store: Store | None, document: documents.Document
) -> list[Finding]:
    """Each claim judged against the article's and the store's candidates for it only (and the paragraph before it,
    read from the extraction's blocks when the judge asks for it)."""
    evidence = ArticleEvidence(extraction.statements)
    # (a quote credited to no one inside a report of a named speaker's words is theirs: looked up as theirs)
    credited = [
        reported_by(claim, evidence.reports_holding(claim)) if claim.speaker is None else claim for claim in checked
    ]
    return [
        judge(
            claim,
            [*evidence.candidates(claim), *(store.candidates(claim) if store else ())],
            lead=partial(lead_in, document, extraction.blocks, claim) if claim.span else "",
            earlier=partial(earlier_in, document, extraction.blocks, claim) if claim.span else "",
            trail=partial(trail_in, document, extraction.blocks, claim) if claim.span else "",
        )
        for claim in credited
    ]


def claims(extraction: Extraction, article_published: str | None = None) -> Iterator[Claim]:
    """The claims of an article: every post in its body with text or a URL to check, every quote that is no mention."""
    for post in extraction.posts:
        if _is_claim(post):
            yield _post_claim(post, article_published)
    for quote in extraction.quotes:
        if not is_mention(quote):
            yield _quote_claim(quote)


def _is_claim(post: Post) -> bool:
    return post.in_body and bool(post.text or post.url)  # a side rail's post is not the article's claim


def is_mention(quote: Quote) -> bool:
    """A quotation that claims no one's words: a term or title (``kind: mention``), or a phrase in quote
    marks inside a post's own sentence ("the state's “Meth. We're on it.” campaign"): the post's
    author wrote the sentence, and the post itself is the claim about their words."""
    if quote.kind.value == "mention":
        return True
    post = quote.post
    if post is None or not quote.speaker:
        return False
    return any(same_speaker(quote.speaker, who) for who in (post.author.name, post.author.handle) if who)


def _in_order(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.claim.line, f.claim.column, f.claim.kind != ClaimKind.POST))


def _post_claim(post: Post, article_published: str | None) -> Claim:
    return Claim(
        kind=ClaimKind.POST,
        text=post.text,
        speaker=post.author.name or post.author.handle or None,
        place=Place.POST,
        line=post.line,
        column=post.column,
        url=post.url or None,
        platform=post.platform,
        author=post.author,
        post_id=post.id or None,
        published=post.published,
        article_published=article_published,
    )


def _quote_claim(quote: Quote) -> Claim:
    post = quote.post
    return Claim(
        kind=ClaimKind.POST_QUOTE if post else ClaimKind.QUOTE,
        text=quote.text,
        speaker=quote.speaker,
        mention=quote.mention,
        cued=quote.cued,
        named=quote.named,
        speaks_for=quote.speaks_for,
        paragraphs=quote.paragraphs,
        ruled_out=quote.ruled_out,
        place=quote.place,
        line=quote.line,
        column=quote.column,
        span=None if post else (quote.start, quote.end),
        quote_kind=quote.kind,
        url=(post.url or None) if post else None,
        platform=post.platform if post else None,
        author=post.author if post else None,
        post_id=(post.id or None) if post else None,
    )


def expand_inputs(inputs: Sequence[str], options: CheckOptions, problems: list[InputProblem]) -> Iterator[str]:
    """Paths, URLs and ``-`` from the inputs; directories are walked and globs expanded, sorted.

    Walks and expansions skip what the exclusions name (see :mod:`verify.project`) and never
    follow a link to a folder, so a symlink loop ends; a file named outright is checked even
    when excluded, unless ``force_exclude``.
    """
    exclusion = _exclusion(inputs, options)
    for item in inputs:
        if item == "-" or item.startswith(("http://", "https://")):
            yield item
        elif os.path.isdir(item):
            found = sorted(_walk(Path(item), options, exclusion))
            if not found:
                problems.append(InputProblem(item, f"no articles ({', '.join(options.extensions)}) in this directory"))
            yield from (str(p) for p in found)
        elif glob.has_magic(item) and not os.path.exists(item):
            found = sorted(_expand(item, options, exclusion))
            if not found:
                problems.append(InputProblem(item, "no file matches this pattern"))
            yield from (str(p) for p in found)
        elif not (options.force_exclude and exclusion.excludes(Path(item))):
            yield item


def _exclusion(inputs: Sequence[str], options: CheckOptions) -> Exclusion:
    root = Path(options.root) if options.root else _root_of(inputs)
    globs = DEFAULT_EXCLUDE if options.exclude is None else options.exclude
    return Exclusion(root, globs, options.respect_gitignore)


def _root_of(inputs: Sequence[str]) -> Path:
    local = next((i for i in inputs if i != "-" and not i.startswith(("http://", "https://"))), None)
    start = Path(_fixed_part(local)) if local else Path.cwd()
    return project_root(start if start.is_dir() else start.parent, None)


def _fixed_part(pattern: str) -> str:
    """The folders of a path or glob before its first wildcard ("" for the current directory)."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else ""


def _walk(directory: Path, options: CheckOptions, exclusion: Exclusion) -> Iterator[Path]:
    for path in _files(directory, exclusion):
        if path.name.lower().endswith(options.extensions):
            yield path


def _files(directory: Path, exclusion: Exclusion) -> Iterator[Path]:
    """Every file under ``directory`` that no exclusion skips; links to folders are not followed."""
    for root, dirs, files in os.walk(directory):  # followlinks=False: a symlink loop cannot recur
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not exclusion.excludes(here / d))
        for name in files:
            if not name.startswith(".") and not exclusion.excludes(here / name):
                yield here / name


def _expand(pattern: str, options: CheckOptions, exclusion: Exclusion) -> Iterator[Path]:
    """The files a glob names (``**`` spans folders); a matched folder stands for its articles."""
    base = _fixed_part(pattern)
    rest = Path(pattern).relative_to(base).as_posix() if base else Path(pattern).as_posix()
    top = Path(base or ".")
    if not top.is_dir():
        return
    for path in _files(top, exclusion):
        relative = path.relative_to(top).as_posix()
        article = path.name.lower().endswith(options.extensions)
        if _file_matches(rest, relative) or article and _folder_matches(rest, relative):
            yield path


def _file_matches(rest: str, relative: str) -> bool:
    """A one-part glob (``*.md``) matches in the top folder only, as the shell's does."""
    return matches(rest, relative) if "/" in rest else "/" not in relative and matches(rest, relative)


def _folder_matches(rest: str, relative: str) -> bool:
    parts = relative.split("/")[:-1]
    return any(
        (matches(rest, "/".join(parts[:n])) if "/" in rest else n == 1 and matches(rest, parts[0]))
        for n in range(1, len(parts) + 1)
    )


def _load(item: str, options: CheckOptions, transport: httpx.BaseTransport | None) -> documents.Document:
    if item == "-":
        return documents.load_stdin(max_bytes=options.max_bytes, name=options.stdin_filename or "-")
    if item.startswith(("http://", "https://")):
        return documents.load_url(
            item,
            max_bytes=options.max_bytes,
            timeout=options.timeout,
            transport=transport,
            allow_private=options.allow_private_addresses,
        )
    return documents.load_path(Path(item), item, max_bytes=options.max_bytes)


__all__ = ["check", "check_document", "claims", "collect_less", "expand_inputs"]
