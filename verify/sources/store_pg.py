"""The shared store in PostgreSQL: one database for a desk's fact-checkers and CI runners at once.

``--store postgresql://user@host/desk`` keeps the snapshots and their
candidate index in these tables (created on first use; all named
``verify_*``, so the database may hold other things too):

* ``verify_records(name, body, added)``: the store's files, byte for byte,
  under the names a snapshot directory gives them (captures, transcripts,
  pages, ``raw/<sha256>.warc.gz`` bodies). A record is added, never replaced.
* ``verify_files(name, problem)``: every record the index has read, with the
  reason one could not be read (reported like a bad file, never fatal).
* ``verify_statements``, ``verify_speakers``, ``verify_posts``: what the
  records say, as :mod:`verify.index` keeps them for a directory.
* ``verify_features(feature, postings)`` and ``verify_postings(feature,
  batch, ids)``: the inverted index of :func:`verify.retrieval.features`;
  a feature is the first 8 bytes of its BLAKE2b hash, its postings are
  blobs of 32-bit little-endian statement ids, one row per indexing
  transaction, merged into one row a feature once ``MERGE_AFTER`` such
  transactions have written rows of their own (as the file store merges
  them). Ranking (:func:`verify.index.rank`) is the file store's: counts are
  read first, ids only for the features worth looking up.
* ``verify_meta(key, value)``: the index version, statement count, next id.

**Concurrency.** A record and its index rows are written in one
transaction. Writers take turns on the index under a transaction-level
advisory lock, held for the milliseconds of writing and released when a
writer dies; a capture is compared with the latest of its source and added
under a second advisory lock on the source's key, so two runs saving one
source add one capture. Readers take no lock: PostgreSQL shows each query
the committed rows (MVCC), so checking never waits for a writer and never
sees half a record. An index made by another version of the features is
rebuilt once, in one transaction, by the first process that opens it.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg

from .._version import __version__
from ..errors import InputError
from ..index import MERGE_AFTER, PostingList, SavedPost, SavedWords, lazy_postings, offer_words, rank, stored_statement
from ..index import _filing as filing_version
from ..index import _terms_source as normaliser_version
from ..index import _version as features_version
from ..models import Author, Claim, InputProblem, Statement
from ..normalize import url_key
from ..retrieval import features, term_features, who_term
from .snapshots import holds_statements, parse_snapshot, reader_version
from .store import StoreError

_SCHEMA = "verify.store-pg/4"  # bump when the tables change
# Text that is sorted is compared by code point (COLLATE "C"), as Python and the file store sort it.
_TABLES = """
CREATE TABLE IF NOT EXISTS verify_meta(key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS verify_records(
    name text COLLATE "C" PRIMARY KEY, body bytea NOT NULL, added timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS verify_files(name text COLLATE "C" PRIMARY KEY, problem text);
CREATE TABLE IF NOT EXISTS verify_statements(
    id integer PRIMARY KEY, name text COLLATE "C" NOT NULL, position integer NOT NULL, speaker text, text text NOT NULL,
    kind text NOT NULL, line integer, url text, url_key text, handle text, fetched_at text COLLATE "C", key text,
    published text, terms text, spans bytea, wording text);
CREATE INDEX IF NOT EXISTS verify_statements_key ON verify_statements(key);
CREATE INDEX IF NOT EXISTS verify_statements_url ON verify_statements(url_key);
CREATE TABLE IF NOT EXISTS verify_speakers(who text COLLATE "C", id integer, PRIMARY KEY(who, id));
CREATE TABLE IF NOT EXISTS verify_posts(
    name text COLLATE "C", position integer, url text COLLATE "C", platform text, post_id text, author_name text,
    author_handle text, published text, text text, fetched_at text COLLATE "C", PRIMARY KEY(name, position));
CREATE TABLE IF NOT EXISTS verify_features(feature bigint PRIMARY KEY, postings integer NOT NULL);
CREATE TABLE IF NOT EXISTS verify_postings(
    feature bigint, batch integer, ids bytea NOT NULL, PRIMARY KEY(feature, batch))
"""
_INDEX_TABLES = (
    "verify_files",
    "verify_statements",
    "verify_speakers",
    "verify_posts",
    "verify_features",
    "verify_postings",
)
# Columns of verify_statements that stores made by earlier versions lack, and their types: the index terms (schema
# 2), a post's own date (schema 3), the judge's words (schema 4, verify.index.SavedWords). Names of ours, never input.
_ADDED_COLUMNS = (("terms", "text"), ("published", "text"), ("spans", "bytea"), ("wording", "text"))
_SAVED_COLUMNS = "terms, spans, wording"  # read with a statement: its index terms, then its words
_INDEX_LOCK = 0x76657269  # advisory lock key of index writers ("veri")
_BATCH_RECORDS = 1000  # records per indexing transaction when many are added at once (a copy, a rebuild)...
_BATCH_BYTES = 64 * 1024 * 1024  # ...or fewer, when they hold this many bytes
_MERGE_CHUNK = 5_000  # features whose postings rows are merged in one transaction
# The next features past a number that hold several postings rows: their rows, deleted, are inserted again as one
# (batch 0, ids in batch order, so ascending). A merge stopped between chunks leaves each feature whole.
_MERGE = """
WITH chunk AS (
    SELECT feature FROM verify_postings WHERE %s::bigint IS NULL OR feature > %s
    GROUP BY feature HAVING count(*) > 1 ORDER BY feature LIMIT %s),
gone AS (DELETE FROM verify_postings p USING chunk WHERE p.feature = chunk.feature RETURNING p.feature, p.batch, p.ids)
INSERT INTO verify_postings SELECT feature, 0, string_agg(ids, ''::bytea ORDER BY batch) FROM gone GROUP BY feature
RETURNING feature
"""
_STATEMENT_COLUMNS = "id, name, position, speaker, text, kind, line, url, handle, fetched_at, key, published"
_CONNECT_TIMEOUT = 10  # seconds: an unreachable server is an error, not a hang


def shown_url(url: str) -> str:
    """The URL as reports show it: no password, no query (which may hold one)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, "", ""))


def feature_number(feature: str) -> int:
    """A feature as one signed 64-bit integer (a collision only adds a candidate the alignment turns down)."""
    return int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def _version() -> str:
    """The tables, the features, how speakers are filed and the snapshot readers (a page is read by the extractor
    and everything it uses, which the page reader's version covers): a change in any of them rebuilds the index."""
    readers = f"{reader_version('transcript')}:{reader_version('page')}"
    return f"{_SCHEMA}:{features_version()}:{filing_version()}:{readers}"


class PostgresStore:
    """A store in one PostgreSQL database: checked like a snapshot directory, written like one.

    It is both a :class:`~verify.sources.store.Store` and
    :class:`~verify.sources.store.Records`; sources are shown as
    ``postgresql://user@host/db/<record name>``.
    """

    def __init__(self, connection: psycopg.Connection[Any], name: str) -> None:
        self._db = connection
        self.name = name
        self._count: int | None = None
        self._offers: bool | None = None  # whether the judge takes the words the store kept (_saved_rows)

    @classmethod
    def open(cls, url: str) -> PostgresStore:
        """Connect, create the tables if needed and bring the index up to date; StoreError when that fails."""
        name = shown_url(url)
        with _errors(name, "cannot connect"):
            connection = psycopg.connect(url, autocommit=True, connect_timeout=_CONNECT_TIMEOUT)
        store = cls(connection, name)
        with _errors(name, "cannot open the store"):
            store._prepare()
        return store

    def close(self) -> None:
        self._db.close()

    # --- Store ---------------------------------------------------------------------------

    @property
    def statements(self) -> tuple[Statement, ...]:
        rows = self._rows(
            f"SELECT {_STATEMENT_COLUMNS} FROM verify_statements ORDER BY coalesce(fetched_at, ''), name, position"
        )
        return tuple(self._statement(row) for row in rows)

    @property
    def posts(self) -> tuple[SavedPost, ...]:
        rows = self._rows(
            "SELECT name, url, platform, post_id, author_name, author_handle, published, text, fetched_at"
            " FROM verify_posts ORDER BY url, coalesce(fetched_at, ''), name, position"
        )
        return tuple(
            SavedPost(url, platform, post_id, Author(who, handle), published, text, fetched_at, self._shown(name))
            for name, url, platform, post_id, who, handle, published, text, fetched_at in rows
        )

    @property
    def problems(self) -> tuple[InputProblem, ...]:
        rows = self._rows("SELECT name, problem FROM verify_files WHERE problem IS NOT NULL ORDER BY name")
        return tuple(InputProblem(self._shown(name), problem) for name, problem in rows)

    def candidates(self, claim: Claim) -> list[Statement]:
        """The saved statements that could be the claim's source (see :func:`verify.index.rank`)."""
        return rank(self, claim)

    # --- what ranking reads (verify.index.Postings) ---------------------------------------

    def statement_count(self) -> int:
        if self._count is None:
            self._count = int(self._meta("statements") or 0)
        return self._count

    def postings(self, text: str) -> dict[int, PostingList]:
        wanted = [feature_number(f) for f in features(text)]
        rows = self._rows("SELECT feature, postings FROM verify_features WHERE feature = ANY(%s)", (wanted,))
        return lazy_postings(dict(rows), self.statement_count(), self.ids)

    def speaker_ids(self, speakers: Sequence[str], limit: int) -> list[int]:
        sql = "SELECT id FROM verify_speakers WHERE who = ANY(%s) ORDER BY who, id LIMIT %s"
        return [row[0] for row in self._rows(sql, (list(speakers), limit))]

    def speakers_among(self, speakers: Sequence[str], ids: Sequence[int]) -> set[int]:
        sql = "SELECT id FROM verify_speakers WHERE who = ANY(%s) AND id = ANY(%s)"
        return {row[0] for row in self._rows(sql, (list(speakers), list(ids)))}

    def same_post(self, keys: Sequence[str], url_keys: Sequence[str]) -> list[int]:
        by_key = self._rows("SELECT id FROM verify_statements WHERE key = ANY(%s) ORDER BY id", (list(keys),))
        by_url = self._rows("SELECT id FROM verify_statements WHERE url_key = ANY(%s) ORDER BY id", (list(url_keys),))
        return [row[0] for row in (*by_key, *by_url)]

    def fetch(self, ids: list[int]) -> list[Statement]:
        return [self._statement(row) for row in self._saved_rows(ids)]

    def fetch_terms(self, ids: list[int]) -> list[tuple[Statement, str]]:
        return [(stored_statement(row, self._shown(row[1]), row[-3]), row[-3]) for row in self._saved_rows(ids)]

    def _saved_rows(self, ids: list[int]) -> list[tuple]:
        """The rows of ``ids`` with their saved words, offered to the judge when this normaliser made every
        statement's (as verify.index decides it for a directory)."""
        rows = self._by_id(ids, f"{_STATEMENT_COLUMNS}, {_SAVED_COLUMNS}")
        if self._offers is None:
            self._offers = self._meta("words_source") == normaliser_version()
        if not self._offers:
            return rows
        return offer_words([(*row[:-2], bytes(row[-2]) if row[-2] is not None else None, row[-1]) for row in rows])

    def _by_id(self, ids: list[int], columns: str) -> list[tuple]:
        rows = {
            row[0]: row for row in self._rows(f"SELECT {columns} FROM verify_statements WHERE id = ANY(%s)", (ids,))
        }
        return [rows[i] for i in ids if i in rows]

    def ids(self, features: Sequence[int]) -> dict[int, array]:
        """The statement ids of each feature, ascending."""
        found: dict[int, array] = {feature: array("I") for feature in features}
        sql = "SELECT feature, ids FROM verify_postings WHERE feature = ANY(%s) ORDER BY feature, batch"
        for feature, blob in self._rows(sql, (list(features),)):
            found[feature].frombytes(blob)
        if sys.byteorder == "big":
            for ids in found.values():
                ids.byteswap()
        return found

    # --- Records -------------------------------------------------------------------------

    def names(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT name FROM verify_records ORDER BY name")]

    def read(self, name: str) -> bytes:
        rows = self._rows("SELECT body FROM verify_records WHERE name = %s", (name,))
        if not rows:
            raise FileNotFoundError(f"{self.name}/{name}: no such record")
        return bytes(rows[0][0])

    def exists(self, name: str) -> bool:
        return bool(self._rows("SELECT 1 FROM verify_records WHERE name = %s", (name,)))

    def add(self, name: str, data: bytes) -> str:
        """Add one record and index it, in one transaction (the caller's, inside :meth:`locked`)."""
        with _errors(self.name, "cannot write"), self._transaction():
            if not self._insert(name, data):
                raise FileExistsError(f"{self.name}/{name} exists")
            self._index([(name, data)])
        return self._shown(name)

    def add_all(self, files: Iterable[tuple[str, bytes]]) -> int:
        """Add records that are not held yet, many to a transaction; returns how many were added."""
        added = 0
        for batch in _batches(files):
            with _errors(self.name, "cannot write"), self._transaction():
                fresh = [(name, data) for name, data in batch if self._insert(name, data)]
                self._index(fresh)
            added += len(fresh)
            self._merge_if_due()
        return added

    def captures(self, key: str) -> Iterator[tuple[str, bytes]]:
        pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "--%.json"
        for name, body in self._rows("SELECT name, body FROM verify_records WHERE name LIKE %s", (pattern,)):
            if "/" not in name:
                yield self._shown(name), bytes(body)

    @contextlib.contextmanager
    def locked(self, key: str) -> Iterator[None]:
        """A transaction holding the advisory lock of one source: its captures are compared and added in it."""
        with _errors(self.name, "cannot write"), self._transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (feature_number(f"capture:{key}"),))
            yield
        self._merge_if_due()

    # --- building the index --------------------------------------------------------------

    def _prepare(self) -> None:
        """Create the tables, rebuild an index of another version, index records added by other means."""
        if self._meta_exists() and self._meta("version") == _version() and not self._unindexed(limit=1):
            return  # the usual case: a reader writes nothing
        self._add_columns()
        with self._transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_INDEX_LOCK,))
            for statement in _TABLES.strip().split(";\n"):
                self._db.execute(statement)
            if self._meta("version") != _version():
                for table in (*_INDEX_TABLES, "verify_meta"):
                    # DELETE, not TRUNCATE: readers go on reading the old rows until this commits.
                    self._db.execute(f"DELETE FROM {table}")  # table names are ours, never input
                self._set_meta("version", _version())
                self._set_meta("tool_version", __version__)
                self._set_meta("words_source", normaliser_version())
            for names in _chunks(self._unindexed(), _BATCH_RECORDS):
                rows = self._rows("SELECT name, body FROM verify_records WHERE name = ANY(%s)", (names,))
                self._index([(name, bytes(body)) for name, body in rows])
        self._merge_if_due()

    def _merge_if_due(self) -> None:
        """Merge each feature's postings rows into one once ``MERGE_AFTER`` indexing transactions wrote rows of their
        own: a lookup then reads one row a feature however the store grew (a row per capture otherwise).

        A chunk of features a transaction, under the index writers' lock: a writer waits for one chunk, not the
        whole merge; readers never wait, and see each feature's rows before or after its chunk, never half."""
        with _errors(self.name, "cannot write"):
            batches = int(self._meta("batches") or 0)
            if batches - int(self._meta("merged") or 0) < MERGE_AFTER:
                return
            after: int | None = None  # the last feature merged
            while True:
                with self._transaction():
                    self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_INDEX_LOCK,))
                    merged = [row[0] for row in self._db.execute(_MERGE, (after, after, _MERGE_CHUNK)).fetchall()]
                if not merged:
                    break
                after = max(merged)
            with self._transaction():
                self._set_meta("merged", batches)

    def _add_columns(self) -> None:
        """Add the statements' columns a store made before them lacks (``CREATE TABLE IF NOT EXISTS`` leaves an
        existing table as it is), each in a transaction of its own: the table's lock, which readers wait for, is
        then held for an instant, not for the rebuild."""
        table = "to_regclass('verify_statements')"  # in the schema the connection's search path names
        sql = f"SELECT {table} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = {table}"
        for column, kind in _ADDED_COLUMNS:
            if self._rows(sql + " AND attname = %s AND NOT attisdropped)", (column,))[0][0]:
                with self._transaction():
                    self._db.execute(f"ALTER TABLE verify_statements ADD COLUMN IF NOT EXISTS {column} {kind}")

    def _unindexed(self, limit: int | None = None) -> list[str]:
        sql = (
            "SELECT r.name FROM verify_records r WHERE NOT EXISTS"
            " (SELECT 1 FROM verify_files f WHERE f.name = r.name) ORDER BY r.name"
        )
        return [row[0] for row in self._rows(sql + (f" LIMIT {int(limit)}" if limit else ""))]

    def _index(self, records: list[tuple[str, bytes]]) -> None:
        """Read records for statements and add them to the index (inside a transaction)."""
        self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_INDEX_LOCK,))  # held until commit; taken again: no-op
        # Words of another normaliser than the rest's (another machine's Unicode data): the judge takes none.
        self._db.execute(
            "UPDATE verify_meta SET value = '' WHERE key = 'words_source' AND value <> %s", (normaliser_version(),)
        )
        next_id = int(self._meta("next_id") or 1)
        batch = int(self._meta("batches") or 0) + 1
        statements: list[tuple] = []
        speakers: list[tuple[str, int]] = []
        posts: list[tuple] = []
        files: list[tuple[str, str | None]] = []
        postings: dict[int, array] = {}
        for name, data in sorted(records):
            problem = None
            found: tuple[list[Statement], list[SavedPost]] = ([], [])
            if holds_statements(tuple(name.split("/"))):
                try:
                    found = parse_snapshot(data, name, name)
                except InputError as error:
                    problem = error.message
            files.append((name, problem))
            for position, s in enumerate(found[0]):
                number = next_id
                next_id += 1
                saved = SavedWords.of(s.text)
                statements.append(
                    (number, name, position, s.speaker, s.text, s.kind.value, s.line, s.url)
                    + (url_key(s.url) if s.url else None, s.handle, s.fetched_at, s.key, s.published, *saved.columns())
                )
                speakers += ((who, number) for who in {who_term(s.speaker), who_term(s.handle)} if who)
                for feature in {feature_number(f) for f in term_features(saved.terms.split())}:
                    postings.setdefault(feature, array("I")).append(number)
            posts += (
                (name, i, p.url, p.platform, p.post_id, p.author.name, p.author.handle, p.published, p.text)
                + (p.fetched_at,)
                for i, p in enumerate(found[1])
            )
        self._copy("verify_files(name, problem)", files)
        self._copy(
            "verify_statements(id, name, position, speaker, text, kind, line, url, url_key, handle, fetched_at, key,"
            f" published, {_SAVED_COLUMNS})",
            statements,
        )
        self._copy("verify_speakers(who, id)", sorted(set(speakers)))
        self._copy("verify_posts", posts)
        if sys.byteorder == "big":
            for ids in postings.values():
                ids.byteswap()
        self._copy(
            "verify_postings(feature, batch, ids)", ((f, batch, postings[f].tobytes()) for f in sorted(postings))
        )
        self._db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS verify_counts(feature bigint, postings integer) ON COMMIT DELETE ROWS"
        )
        self._copy("verify_counts(feature, postings)", ((f, len(ids)) for f, ids in postings.items()))
        self._db.execute(
            "INSERT INTO verify_features SELECT feature, postings FROM verify_counts ORDER BY feature"
            " ON CONFLICT (feature) DO UPDATE SET postings = verify_features.postings + EXCLUDED.postings"
        )
        self._set_meta("next_id", next_id)
        self._set_meta("batches", batch)
        self._set_meta("statements", int(self._meta("statements") or 0) + len(statements))
        self._count = None

    # --- helpers -------------------------------------------------------------------------

    def _insert(self, name: str, data: bytes) -> bool:
        """Add a record unless one of that name exists (then False: it is never replaced)."""
        sql = "INSERT INTO verify_records(name, body) VALUES (%s, %s) ON CONFLICT DO NOTHING RETURNING 1"
        return bool(self._rows(sql, (name, data)))

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._db.transaction():
            yield

    def _copy(self, table: str, rows: Iterable[tuple]) -> None:
        with self._db.cursor() as cursor, cursor.copy(f"COPY {table} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _rows(self, sql: str, params: Sequence[object] | None = None) -> list[tuple]:
        with _errors(self.name, "cannot read the store"):
            return self._db.execute(sql, params).fetchall()  # type: ignore[arg-type]

    def _meta_exists(self) -> bool:
        return self._rows("SELECT to_regclass('verify_meta') IS NOT NULL")[0][0]

    def _meta(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM verify_meta WHERE key = %s", (key,))
        return rows[0][0] if rows else None

    def _set_meta(self, key: str, value: object) -> None:
        self._db.execute(
            "INSERT INTO verify_meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (key, str(value)),
        )

    def _statement(self, row: tuple) -> Statement:
        return stored_statement(row, self._shown(row[1]))

    def _shown(self, name: str) -> str:
        return f"{self.name}/{name}"


@contextlib.contextmanager
def _errors(name: str, doing: str) -> Iterator[None]:
    """A database error as one StoreError line naming the store (the server's first line of reason)."""
    try:
        yield
    except psycopg.Error as error:
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise StoreError(name, f"{doing}: {reason}") from None


def _batches(files: Iterable[tuple[str, bytes]]) -> Iterator[list[tuple[str, bytes]]]:
    batch: list[tuple[str, bytes]] = []
    size = 0
    for name, data in files:
        batch.append((name, data))
        size += len(data)
        if len(batch) >= _BATCH_RECORDS or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
