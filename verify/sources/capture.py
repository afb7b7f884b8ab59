"""Writing the snapshot store: one JSON file per capture, raw bodies as WARC, no capture ever lost.

A snapshot directory written by ``verify snapshot``::

    snapshots/
      x-1958862000000000000-3f9c1a20--20261127T170000.123456Z.json
      x-1958862000000000000-3f9c1a20--20261203T091500.004211Z.json    the post changed: both kept
      page-example.org_speech-5e6f7a8b--20261127T170002.250000Z.json
      raw/<sha256>.warc.gz

**File names** are ``<source key>--<capture time>.json``. The source key is
``<platform>-<scope>-<post id>`` for a post (the scope, only where ids are not
unique on the platform: a Mastodon instance, a Bluesky DID, a Telegram
channel) or ``page-<host, port, path and query>`` for any other URL, made
filesystem-safe (ASCII letters, digits, ``.``, ``_``, ``-``; at most 80
characters) and followed by 8 hex digits of the SHA-256 of the unsanitised
key, so two sources never share a key on a case-insensitive disk. The capture
time is UTC to the microsecond: a source's captures sort oldest first.

**Each capture** is a SPEC ``verify.snapshot/1`` record with its provenance:
``url``, ``final_url``, ``status``, ``content_type``, ``fetched_at``,
``fetched_from`` (the endpoint asked), ``tool_version``, ``sha256`` of the raw
body and ``raw``, the path of the WARC file (request and response records)
holding that body. Raw files are named by the body's hash, so an unchanged
body is stored once. A capture taken from the Wayback Machine adds
``archived_from``, ``archived_at`` and ``live_error``.

**History**: a capture is compared with the latest capture of the same source
on its content (every field but the provenance above). Unchanged, nothing is
written; changed, it is added beside the earlier ones, never over them.
Every file is written to a hidden temporary name in the same directory and
linked into place, so an interrupted run leaves no half-written snapshot; a
temporary file older than an hour is what a killed run left, and the next run
removes it. The compare-and-write of a capture holds the store's lock file
(``.verify-snapshot.lock``), so two runs saving one source at once write one
capture. Inside the store nothing is written through a symbolic link: files
are created new (never opened if they exist, links included), and ``raw``
must be a real directory. The store directory itself is the user's choice.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import io
import json
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import httpx
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .._filelock import held
from .._version import __version__
from ..document import load_path
from ..errors import InputError
from ..extract.platforms import recognise_post_url
from ..models import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, StatementKind, StrEnum
from .fetch import Fetcher, FetchPolicy
from .links import LinkList, article_links
from .platforms_fetch import Capture, Endpoints, capture_source
from .snapshots import SCHEMA
from .store import Location, Records

__all__ = [
    "Outcome",
    "SaveStatus",
    "SnapshotOptions",
    "Source",
    "ArticleSources",
    "article_sources",
    "content_digest",
    "save_capture",
    "snapshot_record",
    "snapshot_urls",
    "source_key",
]

RAW_DIR = "raw"
# Fields that say how and when a capture was made, not what the source said: a change in them alone is no new capture.
PROVENANCE = frozenset(
    {
        "fetched_at",
        "fetched_from",
        "final_url",
        "status",
        "content_type",
        "tool_version",
        "sha256",
        "raw",
        "archived_from",
        "archived_at",
        "live_error",
    }
)
_KEY_LENGTH = 80
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Headers describing the bytes on the wire; the WARC keeps the decoded body that was hashed, so they would lie.
_WIRE_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
LOCK_NAME = ".verify-snapshot.lock"
# A hidden temporary file of _write_new: ".<final name>.<8 hex digits>.tmp".
_TEMPORARY = re.compile(r"\..+\.[0-9a-f]{8}\.tmp")
_STALE_TEMPORARY = 3600.0  # seconds: no live run takes this long to write one file; an older one was left by a kill


class Source(StrEnum):
    """Where the URLs of one ``snapshot_urls`` call come from, which sets how far they are trusted."""

    NAMED = "named"  # typed by the user: any URL, and its host may be a private address
    POSTS = "posts"  # an article's embedded posts: only posts of known platforms, public hosts only
    LINKS = "links"  # the pages an article's body links to: public hosts only


class SaveStatus(StrEnum):
    """What ``verify snapshot`` did with one URL."""

    SAVED = "saved"  # the first capture of this source
    CHANGED = "changed"  # differs from the latest capture: added beside it
    UNCHANGED = "unchanged"  # same content as the latest capture: nothing written
    FAILED = "failed"  # not fetched or not written: nothing written


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result for one URL: the capture file written (or found unchanged), or why it failed."""

    url: str
    status: SaveStatus
    path: Location | None = None  # the new capture; for UNCHANGED the latest existing one
    previous: Location | None = None  # for CHANGED, the capture this one differs from
    reason: str = ""  # for FAILED
    archived: bool = False  # taken from a web archive because the live source failed


@dataclass(frozen=True, slots=True)
class SnapshotOptions:
    """Options of one ``verify snapshot`` run."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    archive: bool = False  # fall back to the Wayback Machine when the live source fails
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry (tests make it tiny)
    endpoints: Endpoints | None = None  # None: defaults with VERIFY_ENDPOINT_* overrides
    allow_private_addresses: bool = False  # fetch from private, loopback, link-local ... addresses too


def snapshot_urls(
    urls: Iterable[str],
    store: Path | Records,
    options: SnapshotOptions | None = None,
    *,
    source: Source = Source.NAMED,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[Outcome]:
    """Capture each URL into ``store`` (a directory or any :class:`Records`); a failure is an outcome, and the
    other URLs go on.

    ``source`` says where the URLs come from (see :class:`Source`): only URLs
    the user named, and endpoints the user set, may be on private addresses.
    """
    options = options or SnapshotOptions()
    urls = list(urls)
    policy = FetchPolicy(
        timeout=options.timeout,
        max_bytes=options.max_bytes,
        retries=options.retries,
        backoff=options.backoff,
        allow_private=options.allow_private_addresses,
    )
    endpoints = options.endpoints or Endpoints.from_env()
    # A URL the user typed names its whole origin (a Mastodon instance's API, an archive's copies live beside it).
    named = [*(_origin_of(url) for url in urls if source is Source.NAMED), *_overridden(endpoints)]
    if isinstance(store, Path):
        remove_stale_temporaries(store)
    outcomes = []
    with Fetcher(policy, transport=transport, sleep=sleep, named=named) as fetcher:
        for url in urls:
            try:
                capture = capture_source(
                    url, fetcher, endpoints=endpoints, archive=options.archive, trusted=source is not Source.POSTS
                )
            except InputError as error:
                outcomes.append(Outcome(url, SaveStatus.FAILED, reason=error.message))
                continue
            try:
                outcomes.append(save_capture(store, capture, url))
            except OSError as error:
                outcomes.append(Outcome(url, SaveStatus.FAILED, reason=f"cannot write: {error.strerror or error}"))
            except InputError as error:  # a database store that failed (verify.sources.store.StoreError)
                outcomes.append(Outcome(url, SaveStatus.FAILED, reason=error.message))
    return outcomes


def _origin_of(url: str) -> str:
    try:
        return str(httpx.URL(url).copy_with(path="/", query=None, fragment=None))
    except (httpx.InvalidURL, TypeError, ValueError):
        return ""


def _overridden(endpoints: Endpoints) -> list[str]:
    """Endpoint bases the user set (VERIFY_ENDPOINT_*): named by the user, so they may be local."""
    defaults = Endpoints()
    return [value for f in fields(Endpoints) if (value := getattr(endpoints, f.name)) != getattr(defaults, f.name)]


def article_sources(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, links: bool = False) -> ArticleSources:
    """What an article points to: its embedded posts and, with ``links``, the pages its body links to.

    Raises InputError when the article cannot be read. Post URLs are canonical,
    of known platforms only, of posts in the article's body (a sidebar's or a related
    article's post is not the article's to check; a post the body only links to is);
    links are those of :func:`article_links`.
    """
    from ..extract import extract  # extraction is heavy and only this path needs it

    document = load_path(path, max_bytes=max_bytes)
    shown = [post.url for post in extract(document).posts if post.in_body and recognise_post_url(post.url)]
    posts = list(dict.fromkeys(shown))
    found = article_links(document) if links else LinkList((), 0)
    return ArticleSources(tuple(posts), found.urls, found.left_out)


@dataclass(frozen=True, slots=True)
class ArticleSources:
    """The sources an article points to (see :func:`article_sources`)."""

    posts: tuple[str, ...]
    links: tuple[str, ...] = ()
    links_left_out: int = 0  # links past the cap on how many one article may make verify fetch


def save_capture(store: Path | Records, capture: Capture, requested: str | None = None) -> Outcome:
    """Add a capture to the store (a directory, or any :class:`Records`) unless its content equals the
    source's latest capture."""
    records = DirectoryRecords(store) if isinstance(store, Path) else store
    record = snapshot_record(capture)
    key = source_key(capture)
    url = requested or capture.url
    archived = bool(capture.archived_from)
    raw = str(record["raw"])
    with records.locked(key):  # another run saving the same source waits, then finds this capture
        latest = _latest(records.captures(key))
        if latest is not None and content_digest(latest[1]) == content_digest(record):
            return Outcome(url, SaveStatus.UNCHANGED, latest[0], archived=archived)
        if not records.exists(raw):
            with contextlib.suppress(FileExistsError):  # named by the body's hash: one written meanwhile is the same
                records.add(raw, _warc(capture))
        stamp = capture.response.fetched_at.strftime("%Y%m%dT%H%M%S.%fZ")
        path = records.add(f"{key}--{stamp}.json", (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode())
    if latest is None:
        return Outcome(url, SaveStatus.SAVED, path, archived=archived)
    return Outcome(url, SaveStatus.CHANGED, path, previous=latest[0], archived=archived)


def snapshot_record(capture: Capture) -> dict[str, object]:
    """The SPEC ``verify.snapshot/1`` JSON record of a capture (content first, then provenance)."""
    response = capture.response
    digest = hashlib.sha256(response.body).hexdigest()
    record: dict[str, object] = {"schema": SCHEMA, "url": capture.url, "kind": capture.kind.value}
    if capture.kind is StatementKind.POST:
        record.update(
            platform=capture.platform,
            post_id=capture.post_id,
            author={"name": capture.author.name, "handle": capture.author.handle},
            published=capture.published,
        )
    if capture.title:
        record["title"] = capture.title
    record["text"] = capture.text
    if capture.statements:
        record["statements"] = [{"speaker": speaker, "text": text} for speaker, text in capture.statements]
    record.update((name, value) for name, value in capture.extra if value)
    record.update(
        fetched_at=response.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        fetched_from=response.url,
        final_url=response.final_url,
        status=response.status,
        content_type=response.content_type,
        tool_version=__version__,
        sha256=digest,
        raw=f"{RAW_DIR}/{digest}.warc.gz",
    )
    if capture.archived_from:
        record.update(
            archived_from=capture.archived_from, archived_at=capture.archived_at, live_error=capture.live_error
        )
    return record


def content_digest(record: dict[str, object]) -> str:
    """A hash of what a snapshot says (provenance left out): equal digests mean an unchanged source."""
    content = {k: v for k, v in record.items() if k not in PROVENANCE}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def source_key(capture: Capture) -> str:
    """The file-name prefix shared by every capture of one source (see the module docstring)."""
    if capture.kind is StatementKind.POST:
        identity = "-".join(part for part in (capture.platform, capture.scope, capture.post_id) if part)
    else:
        parsed = httpx.URL(capture.url)
        query = f"?{parsed.query.decode()}" if parsed.query else ""
        identity = f"page-{parsed.netloc.decode('ascii')}{parsed.path.rstrip('/')}{query}"  # the port too
    safe = _UNSAFE.sub("_", identity).strip("._-")[:_KEY_LENGTH]
    return f"{safe}-{hashlib.sha256(identity.encode('utf-8')).hexdigest()[:8]}"


def _latest(captures: Iterable[tuple[Location, bytes]]) -> tuple[Location, dict[str, object]] | None:
    """The latest readable capture of a source (by ``fetched_at``, then name), with its record."""
    found = []
    for where, data in captures:
        try:
            record = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue  # an unreadable capture cannot match; the new one is kept beside it
        if isinstance(record, dict):
            found.append((str(record.get("fetched_at") or ""), str(where), where, record))
    if not found:
        return None
    *_, where, record = max(found, key=lambda item: item[:2])
    return where, record


class DirectoryRecords:
    """The files of a snapshot directory, as :class:`~verify.sources.store.Records` (see the module docstring)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.name = str(directory)

    def names(self) -> list[str]:
        """Every file below the directory but hidden ones (caches, locks, temporaries); folder links not followed."""
        found = []
        for root, dirs, files in os.walk(self.directory):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            relative = Path(root).relative_to(self.directory)
            found += [(relative / f).as_posix() for f in files if not f.startswith(".") and Path(root, f).is_file()]
        return sorted(found)

    def read(self, name: str) -> bytes:
        return (self.directory / name).read_bytes()

    def exists(self, name: str) -> bool:
        return os.path.lexists(self.directory / name)

    def add(self, name: str, data: bytes) -> Path:
        path = self.directory / _checked_name(name)
        _real_directories(self.directory, path.parent)
        _write_new(path, data)
        return path

    def add_all(self, files: Iterable[tuple[str, bytes]]) -> int:
        return sum(1 for name, data in files if self.add(name, data) is not None)

    def captures(self, key: str) -> Iterator[tuple[Path, bytes]]:
        for path in self.directory.glob(f"{glob.escape(key)}--*.json"):
            try:
                yield path, path.read_bytes()
            except OSError:
                continue  # unreadable: it cannot match, and the new capture is kept beside it

    @contextlib.contextmanager
    def locked(self, key: str) -> Iterator[None]:
        _real_directories(self.directory, self.directory / RAW_DIR)
        with held(self.directory / LOCK_NAME):  # released when the process dies, however it dies
            yield

    def close(self) -> None:
        pass


def _checked_name(name: str) -> str:
    """A file name from another store, refused unless it stays below the directory and is no hidden file."""
    parts = name.split("/")
    if "\\" in name or "\0" in name or any(p in ("", ".", "..") or p.startswith(".") for p in parts):
        raise OSError(f"{name!r} is not a file name a store may hold")
    return name


def _warc(capture: Capture) -> bytes:
    """The request and response of a capture as gzipped WARC/1.1 records (the body as hashed)."""
    response = capture.response
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="WARC/1.1")
    date = response.fetched_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    target = httpx.URL(response.final_url)
    request_line = f"GET {target.raw_path.decode('ascii')} HTTP/1.1"
    request = writer.create_warc_record(
        response.final_url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        warc_headers_dict={"WARC-Date": date},
        http_headers=StatusAndHeaders(request_line, list(response.request_headers), is_http_request=True),
    )
    headers = [(k, v) for k, v in response.headers if k.lower() not in _WIRE_HEADERS]
    headers.append(("Content-Length", str(len(response.body))))
    record = writer.create_warc_record(
        response.final_url,
        "response",
        payload=io.BytesIO(response.body),
        length=len(response.body),
        warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": request.rec_headers.get_header("WARC-Record-ID")},
        http_headers=StatusAndHeaders(f"{response.status} {response.reason}", headers, protocol=response.http_version),
    )
    writer.write_record(request)
    writer.write_record(record)
    return buffer.getvalue()


def remove_stale_temporaries(directory: Path, *, age: float = _STALE_TEMPORARY) -> list[Path]:
    """Delete the hidden temporary files a killed run left in the store (older than ``age`` seconds)."""
    removed = []
    cutoff = time.time() - age
    for folder in (directory, directory / RAW_DIR):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # no store yet
        for entry in entries:
            if not _TEMPORARY.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):  # another run removed it, or it is not ours to remove
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _real_directories(top: Path, path: Path) -> None:
    """Create the folders from ``top`` (the user's choice) down to ``path``; one that is a symbolic link (or not
    a folder) is refused, never written through."""
    top.mkdir(parents=True, exist_ok=True)
    folder = top
    for part in path.relative_to(top).parts:
        folder = folder / part
        with contextlib.suppress(FileExistsError):
            folder.mkdir()
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            raise OSError(f"{folder} is a symbolic link or not a directory; verify never writes through one")


def _write_new(path: Path, data: bytes) -> None:
    """Write a new file atomically: complete under a hidden temporary name, then linked into place.

    A link, unlike a rename, fails when the name exists, so nothing is ever
    overwritten; the hidden name is what an interrupted run can leave behind,
    and the snapshot reader skips hidden files.
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "xb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:  # a filesystem without hard links: check, then rename
            if path.exists():
                raise FileExistsError(f"{path} exists") from None
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
