"""Reading the snapshot store: saved posts, transcripts and pages as statements.

A snapshot directory holds JSON snapshots (``schema: verify.snapshot/1``,
see SPEC), ``.txt``/``.md`` transcripts of ``SPEAKER: text`` turns, and saved
``.html`` pages. Several captures of one URL are all kept; they are listed
oldest first, so the latest is the evidence and the earlier ones show how a
post changed. A file that cannot be read is reported, never fatal.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .._budget import BudgetExceeded, within_budget
from .._decode import decode
from ..document import Format, from_text
from ..errors import InputError
from ..extract import extract
from ..index import SavedPost, Signature, StatementIndex
from ..models import Author, Claim, InputProblem, Origin, Statement, StatementKind
from .pages import document_statements, page_statements, page_text
from .transcripts import in_pieces, label_name, read_transcript, resumed, transcript_statements

SCHEMA = "verify.snapshot/1"
_KINDS = {"post": StatementKind.POST, "transcript": StatementKind.TRANSCRIPT, "page": StatementKind.PAGE}
_MAX_SNAPSHOT_BYTES = 50 * 1024 * 1024
# Seconds reading one store file may take. A store is read once for the whole run, outside every article's time
# budget, so a file built to be slow (a saved page of 50 MB of “a,” said “a,” said ...: about 0.2 s a KB, linear
# but hours) would hold the run with no limit; past this it is that file's problem, and the rest of the store is
# read. Real snapshots read in well under a second.
SNAPSHOT_BUDGET = 120.0
_SUFFIXES = frozenset({".json", ".txt", ".md", ".markdown", ".html", ".htm"})  # what a store's files may be


@dataclass(frozen=True, slots=True)
class SnapshotStore:
    """Everything read from one snapshot directory, behind its candidate index.

    ``candidates(claim)`` is what checking uses; ``statements`` and ``posts``
    list the whole store (oldest capture first) for tools and tests.
    """

    directory: str
    index: StatementIndex | None

    @property
    def statements(self) -> tuple[Statement, ...]:
        return self.index.statements() if self.index else ()

    @property
    def posts(self) -> tuple[SavedPost, ...]:
        return self.index.posts() if self.index else ()

    @property
    def problems(self) -> tuple[InputProblem, ...]:
        return tuple(InputProblem(path, message) for path, message in self.index.problems()) if self.index else ()

    def candidates(self, claim: Claim) -> list[Statement]:
        """The saved statements that could be the claim's source (see :mod:`verify.index`)."""
        return self.index.candidates(claim) if self.index else []

    def close(self) -> None:
        if self.index:
            self.index.close()


def load_store(directory: Path, display: str | None = None) -> SnapshotStore:
    """Open the snapshot store under ``directory`` (missing directory: an empty store)."""
    name = display or str(directory)
    if not directory.is_dir():
        return SnapshotStore(name, None)
    return SnapshotStore(name, StatementIndex.open(directory, name, snapshot_files(directory), read_snapshot))


# What reads a store's file: a transcript (any suffix but these) is read by the turn reader and the decoder
# alone (verify.sources.transcripts), not by this module, whose listing and glue may change without a store's
# transcripts being read again; a JSON snapshot may hold a page, and a page is read like an article
# (verify.sources.pages), by the extractor and everything it uses: by verify's whole source, every module.
_PAGE_SUFFIXES = frozenset({".json", ".html", ".htm"})
# What the turn reader runs (a folder: every module in it): the reader, the decoder, and the data they read, the
# lexicons' labels, names and titles ("Photo:" names no speaker): an edit of a lexicon reads the transcripts again.
_TRANSCRIPT_READER = ("sources/transcripts.py", "_decode.py", "errors.py", "models.py", "lexicon")
_VERSIONS: dict[str, str] = {}


def reader_version(reader: str) -> str:
    """The version of a reader of store files (``"transcript"`` or ``"page"``, as the listing names them): a
    digest of its sources and of the data they read (the lexicons). The index's cache reads a file again when its
    reader's version changes, so that a change in how files are read reaches the statements already indexed; a
    store of transcripts is not read again for an edit of the extractor, which never reads them."""
    version = _VERSIONS.get(reader)
    if version is None:
        package = Path(__file__).parent.parent
        transcript = reader == "transcript"
        read = [package / name for name in _TRANSCRIPT_READER] if transcript else [package]
        sources = [f for path in read for f in (sorted(path.rglob("*.py")) if path.is_dir() else [path])]
        digest = hashlib.sha256()
        for source in sources:
            digest.update(f"{source.relative_to(package).as_posix()}\0".encode())
            digest.update(source.read_bytes())
        version = _VERSIONS[reader] = digest.hexdigest()[:16]
    return version


def snapshot_files(directory: Path) -> dict[str, Signature]:
    """The files of a store that hold snapshots (``raw/`` bodies and hidden files left out), by their path below
    it, in path order, each with its signature (what changes when the file or the version of its reader does).

    Every run lists every file to see what changed (a million statements are ten thousand files), so the
    listing is lean: ``os.scandir``, each directory's names in order (path order without a sort of the
    whole), no ``Path``, no parts tuple and no object but the signature per file (what
    :func:`holds_statements` asks is decided on the way down: hidden entries and ``raw/`` are never
    entered), into no symbolic link to a directory.
    """
    found: dict[str, Signature] = {}
    _list_files(str(directory), "", found)
    return found


def _list_files(directory: str, prefix: str, found: dict[str, Signature]) -> None:
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=_name)
    except OSError:
        return  # gone or unreadable since the listing above
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                if name != "raw":
                    _list_files(entry.path, f"{prefix}{name}/", found)
                continue
            dot = name.rfind(".")  # os.path.splitext's suffix (a hidden name never gets here), without a call
            suffix = name[dot:].lower() if dot > 0 else ""
            if suffix not in _SUFFIXES or not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:
            continue  # gone since the listing
        reader = reader_version("page" if suffix in _PAGE_SUFFIXES else "transcript")
        found[prefix + name] = (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_size, reader)


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def holds_statements(parts: tuple[str, ...]) -> bool:
    """Whether a store's file (its path below the store, in parts) is read for statements: a snapshot, a
    transcript or a page; not a raw WARC body under ``raw/``, and nothing hidden (caches, locks, temporaries)."""
    return (
        bool(parts)
        and os.path.splitext(parts[-1])[1].lower() in _SUFFIXES  # no Path: every run lists every file
        and "raw" not in parts[:-1]
        and not any(p.startswith(".") for p in parts)
    )


def read_snapshot(path: Path, shown: str) -> tuple[list[Statement], list[SavedPost]]:
    """The statements and saved posts of one snapshot file; raises InputError when it cannot be read."""
    return _reading(shown, lambda: _read_snapshot(path, shown))


def parse_snapshot(data: bytes, name: str, shown: str) -> tuple[list[Statement], list[SavedPost]]:
    """The statements and saved posts of a snapshot file's bytes (kept in a database under ``name``)."""
    return _reading(shown, lambda: _parse_snapshot(data, Path(name).suffix.lower(), shown))


def _reading(
    shown: str, read: Callable[[], tuple[list[Statement], list[SavedPost]]]
) -> tuple[list[Statement], list[SavedPost]]:
    """Statements read by ``read``; whatever goes wrong is one InputError naming ``shown``.

    Whatever is wrong with one file (bad JSON, a wrong type anywhere, nesting
    too deep to parse, a number too long to convert, a lone surrogate, a
    charset that is no text encoding) is that file's problem: the store's
    other files are still read.
    """
    try:
        statements, posts = within_budget(SNAPSHOT_BUDGET, read)
    except BudgetExceeded:
        raise InputError(shown, f"cannot read snapshot: reading it took longer than {SNAPSHOT_BUDGET:g} s") from None
    except InputError:
        raise
    except (ValueError, TypeError, LookupError, RecursionError, MemoryError) as error:
        # ValueError covers UnicodeError and the 4,300-digit limit on converting a number.
        raise InputError(shown, f"cannot read snapshot: {type(error).__name__}: {str(error)[:200]}") from None
    except OSError as error:
        raise InputError(shown, f"cannot read snapshot: {error.strerror}") from None
    return [piece for s in statements for piece in in_pieces(s)], posts


def _read_snapshot(path: Path, shown: str) -> tuple[list[Statement], list[SavedPost]]:
    if path.stat().st_size > _MAX_SNAPSHOT_BYTES:
        raise InputError(shown, f"snapshot is over {_MAX_SNAPSHOT_BYTES} bytes")
    return _parse_snapshot(path.read_bytes(), path.suffix.lower(), shown)


def _parse_snapshot(data: bytes, suffix: str, shown: str) -> tuple[list[Statement], list[SavedPost]]:
    if len(data) > _MAX_SNAPSHOT_BYTES:
        raise InputError(shown, f"snapshot is over {_MAX_SNAPSHOT_BYTES} bytes")
    if suffix == ".json":
        return _json_snapshot(data, shown)
    if suffix not in (".html", ".htm"):
        return read_transcript(data, shown), []
    try:
        document = from_text(decode(data, shown, html=True), shown, Format.HTML)  # parsed once: turns, statements
    except InputError:
        return [], []
    extraction = extract(document)
    turns = transcript_statements(page_text(document, extraction), shown, StatementKind.PAGE)
    return [*(t for t in turns if t.speaker), *document_statements(document, shown, extraction=extraction)], []


def _json_snapshot(data: bytes, shown: str) -> tuple[list[Statement], list[SavedPost]]:
    try:
        record = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(shown, f"malformed snapshot JSON: {error}") from None
    if not isinstance(record, dict):
        raise InputError(shown, "malformed snapshot: the top level is not an object")
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(shown, "malformed snapshot: a string holds a lone surrogate (not text)") from None
    schema = record.get("schema")
    if schema is not None and schema != SCHEMA:
        raise InputError(shown, f"unknown snapshot schema {schema!r} (expected {SCHEMA!r})")
    kind = record.get("kind", "post" if record.get("platform") else "page")
    if not isinstance(kind, str) or kind not in _KINDS:
        raise InputError(shown, f"malformed snapshot: unknown kind {kind!r} (expected post, transcript or page)")
    fetched_at = _string(record, "fetched_at", shown)
    url = _string(record, "url", shown) or ""
    statements = _json_statements(record, shown, url, fetched_at)
    if kind == "post":
        author = record.get("author") or {}
        if not isinstance(author, dict):
            raise InputError(shown, "malformed snapshot: author is not an object")
        saved = SavedPost(
            url=url,
            platform=_string(record, "platform", shown) or "",
            post_id=str(record.get("post_id") or record.get("id") or _id_from_url(url)),
            author=Author(str(author.get("name") or ""), _handle(str(author.get("handle") or ""))),
            published=_string(record, "published", shown),
            # A capture that found the post gone ("deleted": true, or the 404/410 it got) keeps no text.
            text="" if _deleted(record) else _string(record, "text", shown) or "",
            fetched_at=fetched_at,
            source=shown,
        )
        return [*statements, _post_statement(saved)], [saved]
    text = _string(record, "text", shown)
    if not statements and text:
        statements = transcript_statements(text, shown, _KINDS[kind], url=url, fetched_at=fetched_at)
    if kind == "page" and text:  # a saved page is read like an article (verify.sources.pages)
        author = record.get("author")
        author = author.get("name") if isinstance(author, dict) else author
        statements = [s for s in statements if s.speaker] + page_statements(
            text, shown, html=False, url=url or None, fetched_at=fetched_at, author=str(author) if author else None
        )
    return statements, []


def _json_statements(record: dict, shown: str, url: str, fetched_at: str | None) -> list[Statement]:
    raw = record.get("statements") or []
    if not isinstance(raw, list):
        raise InputError(shown, "malformed snapshot: statements is not a list")
    turns: list[tuple[str | None, list[str], int]] = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(shown, f"malformed snapshot: statements[{i}] needs a text string")
        speaker = item.get("speaker")
        turns.append((label_name(str(speaker)) if speaker else None, [item["text"]], i))
    return [
        Statement(
            speaker=speaker,
            text=" ".join(parts),
            kind=StatementKind.TRANSCRIPT,
            origin=Origin.SNAPSHOT,
            source=shown,
            url=url or None,
            fetched_at=fetched_at,
            key=f"{shown}#{i}",
        )
        for speaker, parts, i in resumed(turns)
    ]


def _deleted(record: dict) -> bool:
    return record.get("deleted") is True or record.get("status") in (404, 410)


def _string(record: dict, key: str, shown: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(shown, f"malformed snapshot: {key} is not a string")


def _handle(handle: str) -> str:
    return handle if not handle or handle.startswith("@") else f"@{handle}"


def _id_from_url(url: str) -> str:
    match = re.search(r"/(?:status|statuses|post|posts|video|p|reel|comments)/([\w-]+)", url)
    return match.group(1) if match else ""


def _post_statement(post: SavedPost) -> Statement:
    return Statement(
        speaker=post.author.name or post.author.handle or None,
        text=post.text,
        kind=StatementKind.POST,
        origin=Origin.SNAPSHOT,
        source=post.source,
        url=post.url or None,
        handle=post.author.handle or None,
        fetched_at=post.fetched_at,
        key=f"post:{post.platform}:{post.post_id}" if post.post_id else post.source,
        published=post.published,
    )
