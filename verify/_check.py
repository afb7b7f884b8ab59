"""The library entry point: inputs in, a :class:`~verify.models.Report` out.

:func:`check` runs the pipeline for every input: document (load, decode,
parse) -> extract (posts, quotes, statements) -> judge (each claim against
the article's statements and the snapshot store) -> Report. An input that
cannot be read becomes an :class:`~verify.models.InputProblem` in the
report; the other inputs are still checked.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import httpx

from . import document as documents
from ._version import __version__
from .errors import InputError
from .extract import Extraction, extract
from .judge import judge
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
from .sources.snapshots import SnapshotStore, load_store

# Folders a directory walk never reads articles from: snapshot stores and tool folders.
_SKIPPED_DIRECTORIES = frozenset({"snapshots", "raw", "node_modules", "__pycache__"})


def check(
    inputs: Sequence[str | os.PathLike[str]],
    options: CheckOptions | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
) -> Report:
    """Check every article named by ``inputs`` (paths, directories, globs, URLs, ``-``)."""
    options = options or CheckOptions()
    articles: list[ArticleReport] = []
    problems: list[InputProblem] = []
    stores: dict[Path, SnapshotStore] = {}
    for item in expand_inputs([str(i) for i in inputs], options, problems):
        try:
            document = _load(item, options, transport)
        except InputError as error:
            problems.append(InputProblem(error.path, error.message))
            continue
        store = _store_for(document, options, stores, problems)
        articles.append(check_document(document, store))
    return Report(tuple(articles), tuple(problems), __version__)


def check_document(document: documents.Document, store: SnapshotStore | None = None) -> ArticleReport:
    """Extract and judge one loaded document against a snapshot store."""
    extraction = extract(document)
    statements = list(extraction.statements) + list(store.statements if store else ())
    findings = [judge(claim, statements) for claim in claims(extraction)]
    return ArticleReport(
        document.path,
        extraction.posts,
        extraction.quotes,
        tuple(_in_order(findings)),
        text=document.text,
        format=document.format.value,
    )


def claims(extraction: Extraction) -> Iterator[Claim]:
    """The claims of an article: every post and every quote."""
    for post in extraction.posts:
        yield _post_claim(post)
    for quote in extraction.quotes:
        yield _quote_claim(quote)


def _in_order(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.claim.line, f.claim.column, f.claim.kind != ClaimKind.POST))


def _post_claim(post: Post) -> Claim:
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
    )


def _quote_claim(quote: Quote) -> Claim:
    post = quote.post
    return Claim(
        kind=ClaimKind.POST_QUOTE if post else ClaimKind.QUOTE,
        text=quote.text,
        speaker=quote.speaker,
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
    """Paths, URLs and ``-`` from the inputs; directories are walked and globs expanded, sorted."""
    for item in inputs:
        if item == "-" or item.startswith(("http://", "https://")):
            yield item
        elif os.path.isdir(item):
            found = sorted(_walk(Path(item), options))
            if not found:
                problems.append(InputProblem(item, f"no articles ({', '.join(options.extensions)}) in this directory"))
            yield from (str(p) for p in found)
        elif glob.has_magic(item) and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                problems.append(InputProblem(item, "no file matches this pattern"))
            for match in matches:
                yield from expand_inputs([match], options, problems) if os.path.isdir(match) else [match]
        else:
            yield item


def _walk(directory: Path, options: CheckOptions) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED_DIRECTORIES and not d.startswith("."))
        for name in files:
            if name.lower().endswith(options.extensions):
                yield Path(root) / name


def _load(item: str, options: CheckOptions, transport: httpx.BaseTransport | None) -> documents.Document:
    if item == "-":
        return documents.load_stdin(max_bytes=options.max_bytes)
    if item.startswith(("http://", "https://")):
        return documents.load_url(item, max_bytes=options.max_bytes, timeout=options.timeout, transport=transport)
    return documents.load_path(Path(item), item, max_bytes=options.max_bytes)


def _store_for(
    document: documents.Document,
    options: CheckOptions,
    stores: dict[Path, SnapshotStore],
    problems: list[InputProblem],
) -> SnapshotStore:
    if options.snapshots:
        directory = Path(options.snapshots)
    else:
        directory = (document.base_dir or Path.cwd()) / "snapshots"
    key = directory.resolve()
    if key not in stores:
        display = options.snapshots or _relative(directory)
        stores[key] = load_store(directory, display)
        problems.extend(stores[key].problems)
    return stores[key]


def _relative(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


__all__ = ["check", "check_document", "claims", "expand_inputs"]
