"""The candidate index of a snapshot store: which saved statements could be a claim's source.

Comparing every claim with every saved statement does not scale to a desk
that keeps every snapshot it ever took, so the statements live in SQLite
with an FTS5 index of their normalised words (:func:`verify.normalize.index_terms`).
For each claim the index returns the few statements that share its rarest
words, by anyone and by the credited speaker, plus the saved copies of the
same post; only those are aligned word by word.

A store of at least ``DISK_CACHE_MIN_BYTES`` is cached on disk in
``.verify-index.sqlite`` beside the snapshots (never inside a snapshot
file); a smaller one, or one whose directory cannot be written, is indexed
in memory on every run. The cache records each snapshot file's size and
modification time and re-reads only the files that changed, appeared or
went; a cache made by another version of the normaliser is rebuilt whole.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .models import Author, Claim, ClaimKind, Origin, Statement, StatementKind
from .normalize import index_terms, url_key
from .retrieval import who_term

CACHE_NAME = ".verify-index.sqlite"
DISK_CACHE_MIN_BYTES = 512 * 1024  # smaller stores index in memory faster than they open a cache file
TERMS_PER_QUERY = 8  # the rarest words of a claim sent to the index: they find its source
COMMON_SHARE = 0.02  # a word in more than this share of the statements is too common to search by...
COMMON_MIN_STATEMENTS = 50  # ...unless it is in fewer statements than this (small stores)
COMMON_TERMS_PER_QUERY = 3  # a claim of common words only is searched by its three rarest
CANDIDATES = 12  # best-ranked statements by anyone (a misattributed quote's source is among them)
OWN_CANDIDATES = 12  # best-ranked statements of the credited speaker or account
OWN_FALLBACK = 3  # statements of the credited speaker kept though they share no word: "sources exist"
_BUSY_TIMEOUT_MS = 30_000  # another process (a --jobs worker) may be updating the cache

# Bump when the tables change; the normaliser's own source is hashed in beside it.
_SCHEMA = "verify.index/1"
_TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files(path TEXT PRIMARY KEY, mtime_ns INTEGER, size INTEGER, problem TEXT);
CREATE TABLE statements(
    id INTEGER PRIMARY KEY, path TEXT, position INTEGER, speaker TEXT, text TEXT, kind TEXT, line INTEGER,
    url TEXT, url_key TEXT, handle TEXT, fetched_at TEXT, key TEXT);
CREATE INDEX statements_path ON statements(path);
CREATE INDEX statements_key ON statements(key);
CREATE INDEX statements_url ON statements(url_key);
CREATE TABLE posts(
    path TEXT, position INTEGER, url TEXT, platform TEXT, post_id TEXT, author_name TEXT, author_handle TEXT,
    published TEXT, text TEXT, fetched_at TEXT);
CREATE INDEX posts_path ON posts(path);
CREATE VIRTUAL TABLE terms USING fts5(words, who);
CREATE TABLE vocabulary(term TEXT PRIMARY KEY, statements INTEGER) WITHOUT ROWID;
"""
_STATEMENT_COLUMNS = "id, path, position, speaker, text, kind, line, url, handle, fetched_at, key"


@dataclass(frozen=True, slots=True)
class SnapshotFile:
    """One file of a snapshot store as the cache knows it."""

    path: Path
    relative: str  # the path below the store's directory, with "/" separators
    mtime_ns: int
    size: int


@dataclass(frozen=True, slots=True)
class SavedPost:
    """One capture of a post, as evidence for the embedded copy of it."""

    url: str
    platform: str
    post_id: str
    author: Author
    published: str | None
    text: str
    fetched_at: str | None
    source: str


# What a reader makes of one file: its statements and saved posts, sources named by relative path.
Reader = Callable[[Path, str], tuple[list[Statement], list[SavedPost]]]


class StatementIndex:
    """The statements of one snapshot store in SQLite, with an FTS5 index of their words.

    ``display`` names the store in sources and problems ("snapshots"); the
    cache stores paths relative to the directory so that it stays valid
    however the directory is named on the command line.
    """

    def __init__(self, connection: sqlite3.Connection, display: str) -> None:
        self._db = connection
        self._display = display
        self._size: int | None = None

    # --- building ------------------------------------------------------------------------

    @classmethod
    def open(cls, directory: Path, display: str, files: Sequence[SnapshotFile], read: Reader) -> StatementIndex:
        """The index of ``files``, from the cache beside them when it is valid, updated when it is not."""
        if sum(f.size for f in files) >= DISK_CACHE_MIN_BYTES:
            try:
                index = cls(_connect(str(directory / CACHE_NAME)), display)
                index._update(files, read)
                return index
            except sqlite3.Error:
                pass  # a read-only checkout or a damaged cache: index in memory instead
        index = cls(_connect(":memory:"), display)
        index._update(files, read)
        return index

    def _update(self, files: Sequence[SnapshotFile], read: Reader) -> None:
        wanted = {f.relative: (f.mtime_ns, f.size) for f in files}
        if self._current() and self._known() == wanted:
            return  # the usual case: nothing to write, so a read-only cache serves too
        with self._db:  # one transaction; BEGIN IMMEDIATE makes a second process wait for the first
            self._db.execute("BEGIN IMMEDIATE")
            if not self._current():
                for table in ("meta", "files", "statements", "posts", "terms", "vocabulary"):
                    self._db.execute(f"DROP TABLE IF EXISTS {table}")
                self._create()
            known = self._known()  # again: another process may have updated it meanwhile
            for relative in known.keys() - wanted.keys():
                self._forget(relative)
            for file in files:
                if known.get(file.relative) != wanted[file.relative]:
                    self._forget(file.relative)
                    self._add(file, read)

    def _known(self) -> dict[str, tuple[int, int]]:
        return {row[0]: (row[1], row[2]) for row in self._db.execute("SELECT path, mtime_ns, size FROM files")}

    def _current(self) -> bool:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.DatabaseError:
            return False
        return row is not None and row[0] == _version()

    def _create(self) -> None:
        for statement in _TABLES.strip().split(";\n"):
            self._db.execute(statement)
        self._db.execute("INSERT INTO meta VALUES ('version', ?)", (_version(),))

    def _forget(self, relative: str) -> None:
        ids = [row[0] for row in self._db.execute("SELECT id FROM statements WHERE path = ?", (relative,))]
        gone: Counter[str] = Counter()
        for i in ids:
            row = self._db.execute("SELECT words FROM terms WHERE rowid = ?", (i,)).fetchone()
            gone.update(set(row[0].split()) if row else ())
        self._db.executemany(
            "UPDATE vocabulary SET statements = statements - ? WHERE term = ?", ((n, t) for t, n in gone.items())
        )
        self._db.executemany("DELETE FROM terms WHERE rowid = ?", ((i,) for i in ids))
        for table in ("statements", "posts", "files"):
            self._db.execute(f"DELETE FROM {table} WHERE path = ?", (relative,))  # table names are ours, never input

    def _add(self, file: SnapshotFile, read: Reader) -> None:
        try:
            statements, posts = read(file.path, file.relative)
            problem = None
        except InputError as error:
            statements, posts, problem = [], [], error.message
        vocabulary: Counter[str] = Counter()
        self._db.execute("INSERT INTO files VALUES (?, ?, ?, ?)", (file.relative, file.mtime_ns, file.size, problem))
        for position, s in enumerate(statements):
            cursor = self._db.execute(
                "INSERT INTO statements (path, position, speaker, text, kind, line, url, url_key, handle, fetched_at,"
                " key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    file.relative,
                    position,
                    s.speaker,
                    s.text,
                    s.kind.value,
                    s.line,
                    s.url,
                    url_key(s.url) if s.url else None,
                    s.handle,
                    s.fetched_at,
                    s.key,
                ),
            )
            who = " ".join(filter(None, (who_term(s.speaker), who_term(s.handle))))
            terms = index_terms(s.text)
            vocabulary.update(set(terms))
            self._db.execute(
                "INSERT INTO terms (rowid, words, who) VALUES (?, ?, ?)", (cursor.lastrowid, " ".join(terms), who)
            )
        self._db.executemany(
            "INSERT INTO vocabulary VALUES (?, ?)"
            " ON CONFLICT(term) DO UPDATE SET statements = statements + excluded.statements",
            vocabulary.items(),
        )
        self._db.executemany(
            "INSERT INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    file.relative,
                    i,
                    p.url,
                    p.platform,
                    p.post_id,
                    p.author.name,
                    p.author.handle,
                    p.published,
                    p.text,
                    p.fetched_at,
                )
                for i, p in enumerate(posts)
            ),
        )

    # --- reading -------------------------------------------------------------------------

    def statements(self) -> tuple[Statement, ...]:
        """Every statement, oldest capture first (files in path order within one capture time)."""
        return tuple(self._statements(self._db.execute(f"SELECT {_STATEMENT_COLUMNS} FROM statements")))

    def posts(self) -> tuple[SavedPost, ...]:
        """Every saved post, by URL, oldest capture first."""
        rows = self._db.execute(
            "SELECT path, url, platform, post_id, author_name, author_handle, published, text, fetched_at FROM posts"
        ).fetchall()
        posts = [
            SavedPost(url, platform, post_id, Author(name, handle), published, text, fetched_at, self._shown(path))
            for path, url, platform, post_id, name, handle, published, text, fetched_at in rows
        ]
        return tuple(sorted(posts, key=lambda p: (p.url, p.fetched_at or "")))

    def problems(self) -> tuple[tuple[str, str], ...]:
        """(file as shown, message) for every file that could not be read."""
        rows = self._db.execute("SELECT path, problem FROM files WHERE problem IS NOT NULL ORDER BY path")
        return tuple((self._shown(path), problem) for path, problem in rows)

    def candidates(self, claim: Claim) -> list[Statement]:
        """The statements that could be this claim's source or show who said it, oldest first."""
        words = self._query(self._rarest(index_terms(claim.text)))
        ids: dict[int, None] = {}
        if words:
            ids.update(dict.fromkeys(self._ranked(f"words : ({words})", CANDIDATES)))
        for who in {who_term(claim.speaker), who_term(claim.author.handle if claim.author else None)} - {None}:
            # The credited speaker's (or account's) statements, best first; some even if none shares a word,
            # so that the judge knows sources exist. Same surname is a wide net: the judge matches names.
            spoken = f'who : "{who}"'
            if words:
                ids.update(dict.fromkeys(self._ranked(f"{spoken} AND words : ({words})", OWN_CANDIDATES)))
            ids.update(dict.fromkeys(self._ranked(spoken, OWN_FALLBACK, ranked=False)))
        if claim.kind in (ClaimKind.POST, ClaimKind.POST_QUOTE):
            ids.update(dict.fromkeys(self._same_post(claim)))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(f"SELECT {_STATEMENT_COLUMNS} FROM statements WHERE id IN ({marks})", tuple(ids))
        return self._statements(rows)

    def _same_post(self, claim: Claim) -> list[int]:
        keys = [f"post:{claim.platform}:{claim.post_id}"] if claim.post_id and claim.platform else []
        urls = [url_key(claim.url)] if claim.url else []
        sql = (
            "SELECT id FROM statements"
            " WHERE key IN (SELECT value FROM json_each(?)) OR url_key IN (SELECT value FROM json_each(?))"
        )
        return [row[0] for row in self._db.execute(sql, (json.dumps(keys), json.dumps(urls)))]

    def _rarest(self, terms: Iterable[str]) -> list[str]:
        """The claim's words that find its source best: the rarest, leaving out the very common when it can."""
        wanted = json.dumps(list(dict.fromkeys(terms)))
        sql = (
            "SELECT term, statements FROM vocabulary WHERE term IN (SELECT value FROM json_each(?)) AND statements > 0"
        )
        counts = dict(self._db.execute(sql, (wanted,)).fetchall())
        rarest = sorted(counts, key=counts.__getitem__)
        common = max(COMMON_MIN_STATEMENTS, self._count() * COMMON_SHARE)
        return [t for t in rarest if counts[t] <= common][:TERMS_PER_QUERY] or rarest[:COMMON_TERMS_PER_QUERY]

    @staticmethod
    def _query(terms: list[str]) -> str:
        return " OR ".join(f'"{t}"' for t in terms)  # index terms are letters and digits only

    def _ranked(self, match: str, limit: int, *, ranked: bool = True) -> list[int]:
        order = "ORDER BY rank " if ranked else ""
        sql = f"SELECT rowid FROM terms WHERE terms MATCH ? {order}LIMIT ?"
        return [row[0] for row in self._db.execute(sql, (match, limit))]

    def _count(self) -> int:
        if self._size is None:
            self._size = self._db.execute("SELECT count(*) FROM statements").fetchone()[0]
        return self._size

    def _statements(self, rows: Iterable[tuple]) -> list[Statement]:
        found = sorted(rows, key=lambda r: (r[9] or "", r[1], r[2]))  # fetched_at, file, position
        return [
            Statement(
                speaker=speaker,
                text=text,
                kind=StatementKind(kind),
                origin=Origin.SNAPSHOT,
                source=self._shown(path),
                line=line,
                url=url,
                handle=handle,
                fetched_at=fetched_at,
                key=self._shown_key(key, path),
            )
            for _, path, _, speaker, text, kind, line, url, handle, fetched_at, key in found
        ]

    def _shown(self, relative: str) -> str:
        return str(Path(self._display) / relative)

    def _shown_key(self, key: str, relative: str) -> str:
        # Keys of transcript turns start with their file's path: shown the way sources are.
        return self._shown(relative) + key[len(relative) :] if key.startswith(relative) else key


def _connect(where: str) -> sqlite3.Connection:
    return sqlite3.connect(where, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)


_VERSION: list[str] = []


def _version() -> str:
    """The schema and a hash of the normaliser's source and data: stored words are only valid for the same ones."""
    if not _VERSION:
        here = Path(__file__).parent
        parts = [here / "normalize.py", here / "spelling.py", *sorted((here / "lexicon").glob("*.py"))]
        source = b"".join(part.read_bytes() for part in parts)
        _VERSION.append(f"{_SCHEMA}:{hashlib.sha256(source).hexdigest()[:16]}")
    return _VERSION[0]
