"""The candidate index of a snapshot store: which saved statements could be a claim's source.

Comparing every claim with every saved statement does not scale to a desk
that keeps every snapshot it ever took, so the statements live in SQLite
with an inverted index of their features (:func:`verify.retrieval.features`:
content-word stems and word 3-gram shingles). For each claim the index
ranks statements by the summed rarity of the features they share with it,
reading only the postings of features rare enough to say something, and
returns the best by anyone, the best of the credited speaker (a few of
theirs even when none shares a word) and the saved copies of the same post;
only those are aligned word by word.

Words are numbered (``words``), a feature is one integer (a stem's number,
or three word numbers packed into one), and a feature's postings are
arrays of statement ids stored as blobs, with their count before them in
the row: ranking a claim first reads how many statements hold each of its
features, then the blobs of the rare ones only, a few dozen small reads
through a memory map. It never scores every statement that shares a
common word, which is what made a bm25 full-text index slow on quotes of
common words. Each statement keeps its index terms, so whether a candidate
holds enough of the claim's words to be aligned is counted without
normalising its text again, and its words as the judge reads them, which
the judge then takes instead of normalising each candidate. Statement ids are never reused (``AUTOINCREMENT``): the
postings of a forgotten file keep its ids, which must find nothing.

A store of at least ``DISK_CACHE_MIN_BYTES`` is cached on disk in
``.verify-index.sqlite`` beside the snapshots (never inside a snapshot
file); a smaller one, or one whose directory cannot be written, is indexed
in memory on every run. The cache records each file's size, modification
time, status-change time and inode (a same-size edit that restores the old
modification time still changes the status-change time, and costs no read)
and re-reads only the files that changed, appeared or went. It is built in
batches of ``BATCH_STATEMENTS``, each one transaction with the files it
covers: memory stays bounded, a build killed half-way keeps the batches it
committed, and the next run goes on from there. Each batch writes a row per
feature; once ``MERGE_AFTER`` batches have, the rows of each feature are
merged into one (a chunk of features per transaction, resumable too), so a
lookup reads one row per feature however the store grew. One process writes
a store's cache at a time (the lock file ``.verify-index.lock``). A cache
made by another version of the features, or one whose files were mostly
changed or read again by a new reader, is rebuilt whole into a new file
beside it, which replaces it in one rename once complete: the file does not
grow by the statements it forgot, a build killed half-way leaves the old
cache whole (and the next run goes on with the new file), and a process
reading the old cache keeps reading it. A damaged cache is deleted and
rebuilt; a symbolic link at the cache's path is removed, never written
through.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import marshal
import os
import sqlite3
import sys
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import CodeType
from typing import Protocol

from ._filelock import held
from .errors import InputError
from .judge import person_key, same_person
from .lexicon import LEXICONS
from .match import claim_parts, clause_parts
from .models import Author, Claim, ClaimKind, Origin, Statement, StatementKind
from .normalize import STOPWORDS, Word, index_terms, saved_words, stem, url_key, words_only
from .normalize import words as normalised
from .retrieval import (
    CANDIDATES,
    COMMON_FALLBACK,
    OWN_CANDIDATES,
    OWN_FALLBACK,
    SHINGLE,
    claim_speakers,
    claim_stems,
    claim_terms,
    holds_enough,
    lookup_limit,
    may_paraphrase,
    term_features,
    top,
    weight,
    who_term,
)

CACHE_NAME = ".verify-index.sqlite"
BUILD_SUFFIX = "-build"  # a cache built afresh is written beside the old one under this suffix, then renamed over it
LOCK_NAME = ".verify-index.lock"  # held by the one process writing a store's index (hidden: no snapshot)
# An update that would leave the cache holding the postings of forgotten statements amounting to this share of the
# live ones (counted in their files' bytes: a file changed, gone, or read again by a new reader) rebuilds the cache
# into a new file instead: in place, their ids stay in the postings (weighed in every count, scored, then finding
# nothing) and the file only grows (a million statements read again after a lexicon edit: 845 MB -> 1.1 GB).
STALE_SHARE = 0.5
DISK_CACHE_MIN_BYTES = 512 * 1024  # smaller stores index in memory faster than they open a cache file
BATCH_STATEMENTS = 20_000  # statements per build transaction: bounds memory, and what a killed build loses
MAX_HELD_POSTINGS = 1_000_000  # postings held in memory before they are written (a file of one huge statement)
MERGE_AFTER = 4  # build batches after which each feature's postings rows are merged into one
_MERGE_CHUNK = 5_000  # features merged in one transaction, at most...
# ... and as many of them as hold about this many ids (8 MB of blobs, read whole, then merged beside them): the million
# statements' first 5,000 features, the common words' stems, hold 12 million (49 MB), whose merge took 158 MB more
# memory than it started with (docs/scale.md, round 16).
_MERGE_IDS = 2_000_000
_POOL = CANDIDATES + OWN_CANDIDATES  # statements whose rank pruning keeps exact
OWN_POOL = 50_000  # a speaker's statements followed through ranking; past that, those among the rarest postings
# Statements of a surname read to list the people who bear it, when a claim names one by the surname alone: a
# speaker's first thousand statements hold a namesake in any store a desk keeps by hand (verify.judge's namesakes).
NAMESAKE_READ = 1_000
OWN_READ = 100_000  # postings read to find a prolific speaker's (the rarest features: each holds 5,000 at most)
_CACHE_KIB = 64 * 1024  # SQLite's page cache while building: a batch's postings fit, so pages are written once
# The page cache while the counts' index is made in one sorted pass at the end of a build (_index_counts; in place the
# inserts keep it), which bounds that sort's memory: the million statements' 1.7 million postings rows (a copy of
# their cache, the index made again) sorted in 0.4 s of CPU and 53 MB over what the cache held with 64 MiB, in 0.5 s
# and 15 MB with 16.
_SORT_CACHE_KIB = 16 * 1024
# Pages of 16 KiB: a feature's postings blob of a few thousand ids spans one or two pages, not five.
_PAGE_BYTES = 16 * 1024
# Read through a memory map: a claim touches a few dozen pages of a file of hundreds of MB; only those
# are read (and count in the process's memory), without a copy into SQLite's page cache.
_MMAP_BYTES = 2**30
_BUSY_TIMEOUT_MS = 60_000  # another process (a --jobs worker) may be updating the cache
_SIDE_FILES = ("", "-journal", "-wal", "-shm")  # SQLite writes these beside a database

# Word numbers fill 21 bits so that three pack into one 63-bit shingle number; past that many distinct
# words (a store of a few million statements), the rarest share the last number: their shingles collide,
# which only adds a few candidates that the alignment turns down.
_WORD_BITS = 21
_LAST_WORD = (1 << _WORD_BITS) - 1
assert SHINGLE == 3, "a shingle's number packs three word numbers"

# Bump when the tables change; what makes the stored words and features is versioned beside it (_version).
_SCHEMA = "verify.index/9"
# The version of the words the index stores: what verify.normalize's ``words`` (each word's normalised form, span
# and original text: the judge's words of a candidate), ``index_terms``, ``stem``, ``STOPWORDS`` and ``url_key``
# make of a text. Bump it with any change of theirs that changes what they return for some text:
# every index is then rebuilt. tests/test_index_terms.py fails until it is bumped when their results change for
# any of its probe texts (the fixtures, every word the lexicons give the normaliser, every British spelling,
# hand-written cases), and refuses to record the new results under the old version. Any other edit of
# normalize.py or spelling.py (speed, a function the index does not use) keeps every index: a cache whose
# normaliser's source changed is checked once against a sample of its statements (``_terms_unchanged``), and
# rebuilt only if one of them now has other words.
TERMS_VERSION = 26
TERMS_SAMPLE = 1_000  # statements whose words are made again when the normaliser's source changed
# How many statements hold each feature, apart from the postings rows: a claim's counts are read first, and a
# postings row's cell is mostly its blob (a few rows a page, the rest spilling to overflow pages), so reading
# the counts from it touched a page or more per feature (a million statements: 0.063 s for 50 quotes' 1,347
# counts, 0.013 s from this index; built in 0.8 s of CPU). A cache made before it gets it when next opened.
_COUNTS_INDEX = "CREATE INDEX IF NOT EXISTS postings_counts ON postings(feature, n)"
_TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files(
    path TEXT PRIMARY KEY, mtime_ns INTEGER, ctime_ns INTEGER, inode INTEGER, size INTEGER, reader TEXT,
    problem TEXT);
CREATE TABLE statements(
    id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT, position INTEGER, speaker TEXT, text TEXT, kind TEXT,
    line INTEGER, url TEXT, url_key TEXT, handle TEXT, fetched_at TEXT, key TEXT, published TEXT, terms TEXT,
    spans BLOB, wording TEXT);
CREATE INDEX statements_path ON statements(path);
CREATE INDEX statements_key ON statements(key);
CREATE INDEX statements_url ON statements(url_key);
CREATE TABLE posts(
    path TEXT, position INTEGER, url TEXT, platform TEXT, post_id TEXT, author_name TEXT, author_handle TEXT,
    published TEXT, text TEXT, fetched_at TEXT);
CREATE INDEX posts_path ON posts(path);
CREATE TABLE words(word TEXT PRIMARY KEY, id INTEGER) WITHOUT ROWID;
CREATE TABLE filed(name TEXT PRIMARY KEY, term TEXT) WITHOUT ROWID;
CREATE TABLE postings(
    feature INTEGER, batch INTEGER, n INTEGER, ids BLOB, PRIMARY KEY(feature, batch)) WITHOUT ROWID;
INSERT INTO meta VALUES ('statements', '0'), ('batches', '0'), ('merged', '0')
"""
_OUR_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"  # SQLite's stay
_STATEMENT_COLUMNS = "id, path, position, speaker, text, kind, line, url, handle, fetched_at, key, published"
# A statement's index terms, joined by spaces: whether it holds enough of a claim's words to be worth
# aligning is counted on them (:func:`verify.retrieval.holds_enough`), without normalising its text again; and
# the judge's words of it (``SavedWords``), which the judge would otherwise make again for every candidate.
_SAVED_COLUMNS = "terms, spans, wording"
_INSERT_STATEMENT = (
    f"INSERT INTO statements ({_STATEMENT_COLUMNS}, url_key, {_SAVED_COLUMNS}) VALUES ({', '.join('?' * 16)})"
)
_FORGET_LISTING = "DELETE FROM meta WHERE key = 'listing'"  # what files the cache holds is about to change
# The judge takes the words the cache kept only when the normaliser that made all of them is this one, source and
# Unicode data alike (``_terms_source``: recorded when the cache is made): after an edit of the normaliser that
# its version and sample check let through (candidates are still chosen by the stored terms), and in a cache
# that two normalisers wrote (a writer of another one marks it so), the judge normalises candidates again, as
# before the words were kept, until the cache is rebuilt. The stored terms only choose candidates; the words
# make verdicts.
_MIXED_WORDS = "UPDATE meta SET value = '' WHERE key = 'words_source' AND value != ?"
_LAST_ID = "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'statements'"


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
# What the cache records of a store's file, what changes when the file or what reads it does: its modification
# and status-change times (ns), inode and size, and the version of its reader. A store's listing is a dict of
# them by each file's path below the store ("/"-separated), in path order: ten thousand files for a million
# statements, listed on every run, so no object per file.
Signature = tuple[int, int, int, int, str]


class StatementIndex:
    """The statements of one snapshot store in SQLite, with the inverted index of their features.

    ``display`` names the store in sources and problems ("snapshots"); the
    cache stores paths relative to the directory so that it stays valid
    however the directory is named on the command line.
    """

    def __init__(self, connection: sqlite3.Connection, display: str) -> None:
        self._db = connection
        self._count: int | None = None
        # A file is shown as the store's name and its relative path, as pathlib joins them ("." shows none)
        self._prefix = str(Path(display) / "-")[:-1]
        self._words = _Words(connection)  # the numbers of the claims' words, as they are looked up
        self._offers: bool | None = None  # whether the judge takes the words the cache kept (_saved_rows)

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, directory: Path, display: str, files: Mapping[str, Signature], read: Reader) -> StatementIndex:
        """The index of ``files`` (the store's listing), from the cache beside them when it is valid, updated
        when it is not: a file is read again when its signature changes (the file, or the version of its reader)."""
        if sum(signature[3] for signature in files.values()) >= DISK_CACHE_MIN_BYTES:
            path = directory / CACHE_NAME
            for attempt in range(2):
                try:
                    _unlink_links(path)
                    index = cls(_connect(str(path)), display)
                    if not index._serves(files):
                        index.close()
                        index = cls._written(directory, display, files, read)
                    index._check_readable()
                    return index
                except sqlite3.DatabaseError as error:
                    if attempt or not _damaged(error):
                        break  # a read-only checkout, a locked file: index in memory instead
                    _remove_cache(path)  # damaged: built again from the snapshots, which are the truth
                except OSError:
                    break  # no lock file in a directory this process may not write: index in memory instead
        index = cls(_connect(":memory:"), display)
        index._update(directory, files, read)
        return index

    @classmethod
    def _written(cls, directory: Path, display: str, files: Mapping[str, Signature], read: Reader) -> StatementIndex:
        """The cache brought up to ``files`` by this process, holding the index's lock (``LOCK_NAME``): one
        process writes a store's index at a time, and one that waited finds the work done. A few changed files
        are updated in place; a cache of another version, or one that would hold more forgotten statements than
        ``STALE_SHARE`` of the live ones, is rebuilt beside it (``_rebuilt``)."""
        path = directory / CACHE_NAME
        with held(directory / LOCK_NAME):
            index = cls(_connect(str(path)), display)
            if index._current() and not index._mostly_stale(files):
                _remove_cache(_building(path))  # a rebuild killed half-way, of a cache updated in place since
                index._update(directory, files, read)
                return index
            index.close()
            return cls._rebuilt(directory, display, files, read)

    @classmethod
    def _rebuilt(cls, directory: Path, display: str, files: Mapping[str, Signature], read: Reader) -> StatementIndex:
        """The cache built afresh into a file of its own (``BUILD_SUFFIX``), which then replaces the old one in
        one rename: the new file has no free pages and no forgotten statements' ids (rebuilt in place, a million
        statements' cache grew from 845 MB to 1.1 GB), a build killed half-way leaves the old cache whole (the
        next run goes on with the new file's committed batches, or starts it again if another version made it),
        and a process reading the old cache keeps reading it (the rename leaves its open file as it was).
        Called holding the index's lock."""
        path = directory / CACHE_NAME
        building = _building(path)
        _unlink_links(building)
        index = cls(_connect(str(building)), display)
        if not index._resumable():  # another version's build, killed: its pages would stay in the file, free
            index.close()
            _remove_cache(building)
            index = cls(_connect(str(building)), display)
        index._update(directory, files, read)
        index.close()
        try:
            os.replace(building, path)
        except PermissionError:  # Windows, while another process has the old cache open: swapped by a later run
            return cls(_connect(str(building)), display)
        return cls(_connect(str(path)), display)

    def close(self) -> None:
        self._db.close()

    def _check_readable(self) -> None:
        # Reads a page of each table, so that a cache damaged where the listing did not reach is found
        # now, when it can still be rebuilt, not in the middle of checking.
        for table in ("statements", "postings", "words", "posts"):
            self._db.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()  # table names are ours, never input

    # --- building ------------------------------------------------------------------------

    def _serves(self, wanted: Mapping[str, Signature]) -> bool:
        """Whether the cache is current and holds the files of ``wanted`` as they are: the usual case, nothing to
        write, so a read-only cache serves too."""
        listing = _digest(wanted)
        if not (self._current() and (self._meta("listing") == listing or self._known() == wanted)):
            return False
        self._merge_if_due(read_only_ok=True)  # an update killed before it merged
        self._remember(listing, wanted)
        self._index_counts()
        return True

    def _resumable(self) -> bool:
        """Whether a build killed half-way can go on in this file: made by this version, and readable."""
        try:
            return self._current()
        except sqlite3.DatabaseError:
            return False

    def _mostly_stale(self, wanted: Mapping[str, Signature]) -> bool:
        """Whether updating the cache to ``wanted`` in place would leave it holding forgotten statements amounting to
        ``STALE_SHARE`` of the live ones or more (counted in their files' bytes, those forgotten since it was built
        included)."""
        stale = sum(signature[3] for relative, signature in self._known().items() if wanted.get(relative) != signature)
        forgotten = int(self._meta("forgotten") or 0) + stale
        return forgotten > 0 and forgotten >= STALE_SHARE * sum(signature[3] for signature in wanted.values())

    def _update(self, directory: Path, wanted: Mapping[str, Signature], read: Reader) -> None:
        if self._serves(wanted):
            return
        with self._db:  # BEGIN IMMEDIATE: a second process waits for the first, then finds its work done
            self._db.execute("BEGIN IMMEDIATE")
            if not self._current():
                for (table,) in self._db.execute(_OUR_TABLES).fetchall():
                    self._db.execute(f'DROP TABLE IF EXISTS "{table}"')
                for statement in _TABLES.strip().split(";\n"):
                    self._db.execute(statement)
                self._db.execute(
                    "INSERT INTO meta VALUES ('version', ?), ('filing', ?), ('terms_source', ?), ('words_source', ?)",
                    (_version(), _filing(), _terms_source(), _terms_source()),
                )
            self._db.execute(_FORGET_LISTING)
            for relative in self._known().keys() - wanted.keys():
                self._forget(relative)
        # Building reads what it wrote (the merge reads every postings row once): through SQLite's page cache,
        # whose size is bounded, not through a map that would bring the whole file into the process's memory.
        self._db.execute("PRAGMA mmap_size = 0")
        try:
            numbers = _Words(self._db)
            for batch in self._batches(directory, wanted, read):
                self._write(batch, wanted, numbers)
            self._merge_if_due()
            self._index_counts()
        finally:
            self._db.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
        self._remember(_digest(wanted), wanted)

    def _remember(self, listing: str, wanted: Mapping[str, Signature]) -> None:
        """Record the digest of the listing the cache now indexes: the next run that lists the same files
        compares one digest, not every file's row. Every transaction that changes ``files`` drops it first,
        so a digest in the cache always names the files it holds."""
        if self._meta("listing") == listing:
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                if self._known() == wanted:
                    self._db.execute("INSERT OR REPLACE INTO meta VALUES ('listing', ?)", (listing,))
        except sqlite3.OperationalError:
            pass  # a cache this process may not write: compared file by file on every run

    def _index_counts(self) -> None:
        """Give the cache the counts' index (``_COUNTS_INDEX``) once its postings are written and merged: made
        in one sorted pass, not kept up to date through every batch's inserts (a new cache has none until
        then; nor has one made before the index). A cache this process may not write is read without it (the
        counts are then read from the postings rows)."""
        if self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'postings_counts'").fetchone():
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(f"PRAGMA cache_size = -{_SORT_CACHE_KIB}")  # bounds the sort's memory too
                self._db.execute(_COUNTS_INDEX)
        except sqlite3.OperationalError:
            pass
        finally:
            self._db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")

    def _merge_if_due(self, *, read_only_ok: bool = False) -> None:
        """Merge each feature's postings rows into one once ``MERGE_AFTER`` batches wrote rows of their own.

        A claim's lookup then reads one row per feature, not one per build batch (fifty at a million
        statements). Features are merged a chunk at a time, each chunk one transaction: a merge killed
        half-way leaves every feature whole, in one row or in several, and the next run goes on.
        """
        try:
            if int(self._meta("batches") or 0) - int(self._meta("merged") or 0) < MERGE_AFTER:
                return
            after: int | None = _FIRST_FEATURE - 1
            while after is not None:
                with self._db:
                    self._db.execute("BEGIN IMMEDIATE")
                    after = self._merge_chunk(after)
            self._db.execute(
                "UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'batches') WHERE key = 'merged'"
            )
        except sqlite3.OperationalError:
            if not read_only_ok:
                raise
            # A cache this process may not write: read as it is (several rows a feature), merged by a writer.

    def _merge_chunk(self, after: int) -> int | None:
        """Merge the rows of the next features past ``after`` that have several: ``_MERGE_CHUNK`` of them, or as many
        as hold ``_MERGE_IDS`` ids (one at least); the last merged."""
        chunk: list[int] = []
        held = 0
        features = self._db.execute(
            "SELECT feature, sum(n) FROM postings WHERE feature > ? GROUP BY feature HAVING count(*) > 1 LIMIT ?",
            (after, _MERGE_CHUNK),
        )
        for feature, ids in features:  # (read as far as needed: the features after a full chunk are not summed)
            if chunk and held + ids > _MERGE_IDS:
                break
            chunk.append(feature)
            held += ids
        features.close()
        if not chunk:
            return None
        merged = self._ids(chunk)
        self._db.executemany("DELETE FROM postings WHERE feature = ?", ((f,) for f in chunk))
        self._db.executemany(
            "INSERT INTO postings VALUES (?, 0, ?, ?)", ((f, len(merged[f]), merged[f].tobytes()) for f in chunk)
        )
        return chunk[-1]

    def _batches(self, directory: Path, wanted: Mapping[str, Signature], read: Reader) -> Iterator[list[_ReadFile]]:
        """The files that changed, read, in batches of about ``BATCH_STATEMENTS`` statements."""
        known = self._known()
        batch: list[_ReadFile] = []
        size = 0
        for relative, signature in wanted.items():
            if known.get(relative) == signature:
                continue
            batch.append(_read(directory, relative, read))
            size += len(batch[-1].statements) + 1
            if size >= BATCH_STATEMENTS:
                yield batch
                batch, size = [], 0
                known = self._known()  # another process may have indexed the rest meanwhile
        if batch:
            yield batch

    def _write(self, batch: list[_ReadFile], wanted: Mapping[str, Signature], numbers: _Words) -> None:
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute(_FORGET_LISTING)
            self._db.execute(_MIXED_WORDS, (_terms_source(),))
            known = self._known()  # again, inside the transaction: never index one file twice
            numbers.load_all()
            # Ids are numbered here, past every id ever given (AUTOINCREMENT's record), so that rows go in
            # by executemany; nobody else writes inside this transaction.
            number = self._db.execute(_LAST_ID).fetchone()[0]
            postings: dict[int, array] = {}
            rows: list[tuple] = []
            held = 0
            for item in batch:
                relative = item.relative
                if known.get(relative) == wanted.get(relative):
                    continue
                if relative in known:
                    self._forget(relative)
                self._db.execute(
                    "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?)", (relative, *wanted[relative], item.problem)
                )
                for position, statement in enumerate(item.statements):
                    number += 1
                    saved = SavedWords.of(statement.text)
                    rows.append(_row(number, relative, position, statement, saved))
                    found = numbers.features(_split(saved.terms))
                    found.update(numbers.speakers(statement.speaker, statement.handle))
                    for feature in found:
                        ids = postings.get(feature)
                        if ids is None:
                            ids = postings[feature] = array("I")
                        ids.append(number)
                    held += len(found)
                    if held >= MAX_HELD_POSTINGS:  # one huge file: its postings go out in several rows
                        self._flush(postings, rows)
                        held = 0
                self._insert_posts(relative, item.posts)
            numbers.save()
            # each name and its filing term (see _refiled)
            self._db.executemany("INSERT OR IGNORE INTO filed VALUES (?, ?)", numbers.filed.items())
            self._flush(postings, rows)
        self._count = None

    def _flush(self, postings: dict[int, array], rows: list[tuple]) -> None:
        """Write the statements and the postings held in memory, the postings as one new batch in feature order."""
        self._db.executemany(_INSERT_STATEMENT, rows)
        self._db.execute("UPDATE meta SET value = value + ? WHERE key = 'statements'", (len(rows),))
        number = int(self._meta("batches") or 0) + 1
        self._db.executemany(
            "INSERT INTO postings VALUES (?, ?, ?, ?)",
            ((f, number, len(postings[f]), postings[f].tobytes()) for f in sorted(postings)),
        )
        self._db.execute("UPDATE meta SET value = ? WHERE key = 'batches'", (str(number),))
        postings.clear()
        rows.clear()

    def _insert_posts(self, relative: str, posts: list[SavedPost]) -> None:
        self._db.executemany(
            "INSERT INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (relative, i, p.url, p.platform, p.post_id, p.author.name, p.author.handle, p.published, p.text)
                + (p.fetched_at,)
                for i, p in enumerate(posts)
            ),
        )

    def _forget(self, relative: str) -> None:
        """Drop a file's rows.

        Its statement ids stay in the postings (blobs are not rewritten) but find
        nothing: ids are never reused, and a candidate is only what the statements
        table still holds. They count a little towards how common a feature looks
        until the cache is rebuilt, which happens once they would be ``STALE_SHARE``
        of the live ones (``_mostly_stale``).
        """
        rows = self._db.execute("SELECT count(*) FROM statements WHERE path = ?", (relative,)).fetchone()[0]
        self._db.execute(  # what the postings hold of forgotten files (_mostly_stale)
            "INSERT INTO meta SELECT 'forgotten', size FROM files WHERE path = ? AND size > 0 "
            "ON CONFLICT(key) DO UPDATE SET value = value + excluded.value",
            (relative,),
        )
        for table in ("statements", "posts", "files"):
            self._db.execute(f"DELETE FROM {table} WHERE path = ?", (relative,))  # table names are ours, never input
        self._db.execute("UPDATE meta SET value = value - ? WHERE key = 'statements'", (rows,))
        self._count = None

    def _known(self) -> dict[str, Signature]:
        rows = self._db.execute("SELECT path, mtime_ns, ctime_ns, inode, size, reader FROM files")
        return {row[0]: tuple(row[1:]) for row in rows}  # type: ignore[misc]

    def _current(self) -> bool:
        try:
            return (
                self._meta("version") == _version()
                and (self._meta("filing") == _filing() or self._refiled())
                and (self._meta("terms_source") == _terms_source() or self._terms_unchanged())
            )
        except sqlite3.OperationalError:
            return False  # no tables yet (a new file), or another version's

    def _terms_unchanged(self) -> bool:
        """Whether the normaliser, whose source changed since the cache was built while ``TERMS_VERSION`` did
        not, still makes the stored words of ``TERMS_SAMPLE`` statements spread over the cache (their index terms
        and words, and URL keys); if so, the cache records that it was asked (one check per edit, not a rebuild: a
        speed change or an edit of what the index does not read costs a fraction of a second, not ten minutes)."""
        last = self._db.execute(_LAST_ID).fetchone()[0]
        sample = range(1, last + 1, max(1, last // TERMS_SAMPLE))
        for text, url, key, *saved in _rows_in(
            self._db, f"SELECT text, url, url_key, {_SAVED_COLUMNS} FROM statements WHERE id IN", sample
        ):
            if SavedWords.of(text).columns() != tuple(saved) or (url_key(url) if url else None) != key:
                return False
        self._note("terms_source", _terms_source())
        return True

    def _refiled(self) -> bool:
        """Whether every speaker and account name the cache holds is filed under the term it would be now (an edit
        of the lexicons or of the speaker key that files no stored name elsewhere keeps the cache); if so, the
        cache records that it was asked (a cache this process may not write is asked again next time)."""
        if any(who_term(name) != term for name, term in self._db.execute("SELECT name, term FROM filed")):
            return False
        self._note("filing", _filing())
        return True

    def _note(self, key: str, value: str) -> None:
        """Record a check's result in ``meta``; a cache this process may not write is checked again next time."""
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        except sqlite3.OperationalError:
            pass

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

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
        return rank(self, claim)

    # --- what ranking reads (the Postings protocol) ---------------------------------------

    def postings(self, text: str) -> dict[int, PostingList]:
        """The postings of each feature of ``text`` that the index holds (ids read when ranking asks)."""
        # How many statements hold each feature first: the count sits before the blob in the row, so the
        # postings of features too common to look up (the largest) are never read from disk.
        sizes: dict[int, int] = {}
        for feature, n in _rows_in(
            self._db, "SELECT feature, n FROM postings WHERE feature IN", self._words.known_features(text)
        ):
            sizes[feature] = sizes.get(feature, 0) + n
        return lazy_postings(sizes, self.statement_count(), self._ids)

    def _ids(self, features: Sequence[int]) -> dict[int, array]:
        """The statement ids of each feature, ascending (rows in batch order)."""
        found: dict[int, array] = {feature: array("I") for feature in features}
        for feature, _, blob in sorted(
            _rows_in(self._db, "SELECT feature, batch, ids FROM postings WHERE feature IN", features)
        ):
            found[feature].frombytes(blob)
        return found

    def speaker_ids(self, speakers: Sequence[str], limit: int) -> list[int]:
        return self._speaker_ids(speakers)[:limit]

    def speakers_among(self, speakers: Sequence[str], ids: Sequence[int]) -> set[int]:
        return set(ids).intersection(self._speaker_ids(speakers))

    def _speaker_ids(self, speakers: Sequence[str]) -> list[int]:
        """The ids of the statements of these filing terms (:func:`verify.retrieval.who_term`), ascending: a
        postings blob or two, however many statements a speaker made."""
        found = list(self._ids(self._words.speaker_features(speakers)).values())
        return found[0].tolist() if len(found) == 1 else sorted(set().union(*found))

    def same_post(self, keys: Sequence[str], url_keys: Sequence[str]) -> list[int]:
        found = [r[0] for r in _rows_in(self._db, "SELECT id FROM statements WHERE key IN", keys)]
        return found + [r[0] for r in _rows_in(self._db, "SELECT id FROM statements WHERE url_key IN", url_keys)]

    def fetch(self, ids: list[int]) -> list[Statement]:
        """The statements of ``ids`` that still exist, in the order of ``ids``."""
        return [self._statement(row) for row in self._saved_rows(ids)]

    def fetch_terms(self, ids: list[int]) -> list[tuple[Statement, str]]:
        """The statements of ``ids`` that still exist with their index terms (joined by spaces), in order."""
        return [(stored_statement(row, self._shown(row[1]), row[-3]), row[-3]) for row in self._saved_rows(ids)]

    def _saved_rows(self, ids: list[int]) -> list[tuple]:
        """The rows of ``ids`` (``_STATEMENT_COLUMNS``, then ``_SAVED_COLUMNS``), in order, their words offered
        when this normaliser made every statement's (``words_source``)."""
        rows = self._rows(ids, f"{_STATEMENT_COLUMNS}, {_SAVED_COLUMNS}")
        if self._offers is None:
            self._offers = self._meta("words_source") == _terms_source()
        return offer_words(rows) if self._offers else rows

    def _rows(self, ids: list[int], columns: str) -> list[tuple]:
        rows = {row[0]: row for row in _rows_in(self._db, f"SELECT {columns} FROM statements WHERE id IN", ids)}
        return [rows[i] for i in ids if i in rows]

    def statement_count(self) -> int:
        if self._count is None:
            self._count = int(self._meta("statements") or 0)
        return self._count

    def _statements(self, rows: Iterable[tuple]) -> list[Statement]:
        return [self._statement(row) for row in sorted(rows, key=lambda r: (r[9] or "", r[1], r[2]))]

    def _statement(self, row: tuple) -> Statement:
        return stored_statement(row, self._shown(row[1]))

    def _shown(self, relative: str) -> str:
        return self._prefix + relative  # relative paths are clean ("/"-separated names), as listed


def _row(number: int, relative: str, position: int, s: Statement, saved: SavedWords) -> tuple:
    """A statement's row: the columns of ``_STATEMENT_COLUMNS``, then its URL's key and its words
    (``_SAVED_COLUMNS``)."""
    row = (number, relative, position, s.speaker, s.text, s.kind.value, s.line, s.url, s.handle, s.fetched_at)
    return (*row, s.key, s.published, url_key(s.url) if s.url else None, *saved.columns())


def offer_words(rows: list[tuple]) -> list[tuple]:
    """Statements' rows (``_STATEMENT_COLUMNS``, then ``_SAVED_COLUMNS``) as a store read them, each statement's
    words handed to the normaliser, made from the row when the judge asks (:func:`verify.normalize.saved_words`)."""
    for row in rows:
        saved_words(row[4], partial(SavedWords(*row[-3:]).words, row[4]))
    return rows


def _split(terms: str) -> list[str]:
    return terms.split(" ") if terms else []


@dataclass(frozen=True, slots=True)
class SavedWords:
    """What the index keeps of a statement's words (``_SAVED_COLUMNS``): its index terms, joined by spaces, and
    the judge's words (:func:`verify.normalize.words`) as the terms do not tell them: each word's start and end
    (``spans``: unsigned 16-bit little-endian, 32-bit in a text past 65,535 characters) and, as JSON, the
    normalised forms when they are not the terms (``"trump's"``, ``"u.s."``: a fifth of real sentences) and the
    original text of a word that is not its span's (an amount joined from two words); None when neither. About
    145 bytes a statement beside the terms' 130; made again from them in a fraction of the time it takes to
    normalise the text (the judge normalised 330 candidates for 50 quotes at a million statements: half of
    judging)."""

    terms: str
    spans: bytes | None
    wording: str | None

    @classmethod
    def of(cls, text: str) -> SavedWords:
        found = normalised(text)
        norms = [w.norm for w in found]
        terms = " ".join(term for norm in norms if (term := words_only(norm)))
        positions = [p for w in found for p in (w.start, w.end)]
        spans = array("H" if max(positions, default=0) < 1 << 16 else "I", positions)
        if sys.byteorder == "big":
            spans.byteswap()
        originals = [[i, w.original] for i, w in enumerate(found) if w.original != text[w.start : w.end]]
        stated = norms if norms != _split(terms) else None
        wording = json.dumps([stated, originals]) if stated is not None or originals else None
        return cls(terms, spans.tobytes(), wording)

    def columns(self) -> tuple[str, bytes | None, str | None]:
        return self.terms, self.spans, self.wording

    def words(self, text: str) -> tuple[Word, ...] | None:
        """The judge's words of the statement of ``text``; None if the saved form does not fit it."""
        if self.spans is None:
            return None
        norms, originals = json.loads(self.wording) if self.wording else (None, [])
        if norms is None:
            norms = _split(self.terms)
        positions = array("H" if len(self.spans) == 4 * len(norms) else "I")
        if len(self.spans) != 2 * len(norms) * positions.itemsize:
            return None
        positions.frombytes(self.spans)
        if sys.byteorder == "big":
            positions.byteswap()
        ends = iter(positions)
        found = [Word(norm, start, end, text[start:end]) for norm, start, end in zip(norms, ends, ends, strict=True)]
        for i, original in originals:
            found[i] = Word(found[i].norm, found[i].start, found[i].end, original)
        return tuple(found)


def stored_statement(row: tuple, source: str, terms: str | None = None) -> Statement:
    """A statement from a store's row (the columns of ``_STATEMENT_COLUMNS``), its file shown as ``source``, with
    its index ``terms`` when they were read."""
    _, relative, _, speaker, text, kind, line, url, handle, fetched_at, key, published = row[:12]
    return Statement(
        speaker=speaker,
        text=text,
        kind=StatementKind(kind),
        origin=Origin.SNAPSHOT,
        source=source,
        line=line,
        url=url,
        handle=handle,
        fetched_at=fetched_at,
        published=published,
        # Keys of transcript turns start with their file's path: shown the way sources are.
        key=source + key[len(relative) :] if key and key.startswith(relative) else key,
        terms=terms,
    )


class PostingList(Protocol):
    """The statements holding one feature: how many, and (read only when asked) their ids."""

    @property
    def size(self) -> int: ...

    def ids(self) -> array: ...


class Postings(Protocol):
    """What ranking reads from an index, whichever database holds it (SQLite here, PostgreSQL in
    :mod:`verify.sources.store_pg`); features are integers, statements numbered by unsigned 32-bit ids."""

    def statement_count(self) -> int: ...

    def postings(self, text: str) -> Mapping[int, PostingList]: ...

    def speaker_ids(self, speakers: Sequence[str], limit: int) -> list[int]: ...

    def speakers_among(self, speakers: Sequence[str], ids: Sequence[int]) -> set[int]: ...

    def same_post(self, keys: Sequence[str], url_keys: Sequence[str]) -> list[int]: ...

    def fetch(self, ids: list[int]) -> list[Statement]: ...

    def fetch_terms(self, ids: list[int]) -> list[tuple[Statement, str]]: ...


# Reads the ascending statement ids of each of the given features from a database.
IdReader = Callable[[Sequence[int]], dict[int, array]]


def lazy_postings(sizes: Mapping[int, int], statements: int, read: IdReader) -> dict[int, PostingList]:
    """Postings whose counts are known (``sizes``) and whose ids are read when ranking first asks: in one
    read for every feature rare enough to look up among ``statements``."""
    limit = lookup_limit(statements)
    ids = _LazyIds(read, [feature for feature, size in sizes.items() if size <= limit])
    return {feature: _LazyPostingList(ids, feature, size) for feature, size in sizes.items()}


class _LazyIds:
    """The ids of a claim's features, read once for all the features ranking will look up."""

    def __init__(self, read: IdReader, wanted: list[int]) -> None:
        self._read = read
        self._wanted = wanted
        self._found: dict[int, array] | None = None

    def ids(self, feature: int) -> array:
        if self._found is None:
            self._found = self._read(self._wanted)
        found = self._found.get(feature)
        return found if found is not None else self._read([feature])[feature]  # a claim of common words only


@dataclass(frozen=True, slots=True)
class _LazyPostingList:
    """A feature's postings in a database: the count is known, the ids are read when ranking asks."""

    reader: _LazyIds
    feature: int
    size: int

    def ids(self) -> array:
        return self.reader.ids(self.feature)


def rank(index: Postings, claim: Claim) -> list[Statement]:
    """The statements that could be this claim's source or show who said it, oldest first.

    The best by anyone, the credited speaker's (or account's) best, and a few of theirs even if none
    shares a feature, so that the judge knows sources exist (same surname is a wide net: the judge
    matches names).
    """
    read = _looked_up(index.postings(claim.text), index.statement_count())
    speakers = sorted(claim_speakers(claim))
    theirs = index.speaker_ids(speakers, OWN_POOL + 1) if speakers else []
    held = _held(index, speakers, theirs, read)
    scores = _scores(read, held)
    # Anyone's statement counts only if it can line up with the claim word for word (misattributed, or
    # verified for an unnamed speaker); extra room for the ids of statements forgotten since.
    ranked = index.fetch_terms(top(scores, _POOL))[:CANDIDATES]
    # A quote joined from parts: each may stand in a statement of its own (its "..." parts or sentences, and the
    # clauses of a sentence that joins two answers with no mark: "We have heard the message, and the committee ...").
    parts = [*claim_parts(claim.text), *clause_parts(claim.text)]
    wanted = [claim_terms(claim.text), *(claim_terms(part.text) for part in parts)]
    found = [s for s, terms in ranked if _holds_any(wanted, Counter(terms.split()))]
    if speakers:
        own = top({i: scores[i] for i in sorted(held.intersection(scores))}, OWN_CANDIDATES)
        worth = _worth_judging(claim, wanted, index.fetch_terms(own))
        found += worth
        if not any(_in_person(claim, s) for s in worth):
            # (the credited person's own, though they share nothing: a namesake's turn sharing a word with the claim
            # filled the ranking, "Ce soir ... quelqu'un jouera pour lui" of Sophie for Marcel Vialatte's quote)
            found += _persons(index, claim, theirs) or ([] if worth else _existing(index, theirs, OWN_FALLBACK))
        person = who_term(claim.speaker)
        if claim.speaks_for and person:
            # A spokesperson's own statements, though the body's fill the ranking: the judge holds the body's page
            # lacking the words against them only when they have statements of their own.
            found += _existing(index, index.speaker_ids([person], OWN_FALLBACK), OWN_FALLBACK)
        found += namesakes(index, claim, theirs, found)
    if claim.kind in (ClaimKind.POST, ClaimKind.POST_QUOTE):
        keys = [f"post:{claim.platform}:{claim.post_id}"] if claim.post_id and claim.platform else []
        urls = [url_key(claim.url)] if claim.url else []
        if not keys and not urls:
            # A post copied out as text names no post: the other captures of the posts found by its words,
            # a deleted one (no words to find) included, so that the judge can say "deleted since".
            keys = sorted({s.key for s in found if s.kind is StatementKind.POST and s.key})
        found += index.fetch(index.same_post(keys, urls))
    unique = {(s.source, s.key, s.line, s.text): s for s in found}
    return sorted(unique.values(), key=lambda s: (s.fetched_at or "", s.source, s.line or 0))


def namesakes(index: Postings, claim: Claim, theirs: list[int], found: list[Statement]) -> list[Statement]:
    """One statement of each other person the store files under the claim speaker's surname (among ``theirs``, the
    first ``NAMESAKE_READ``), when the claim or one of its candidates names someone by that surname alone and two
    people bear it: a bare "Montero" beside Javier Montero here and Pablo Montero in another file names neither for
    sure (:func:`verify.judge.judge`), however unlike the claim the namesake's words are. The judge's hook."""
    term = who_term(claim.speaker)
    if not claim.speaker or term is None or len(theirs) < 2:
        return []
    bare = [claim.speaker, *(s.speaker for s in found if s.speaker and who_term(s.speaker) == term)]
    if not any(len(person_key(name)) == 1 for name in bare):
        return []
    credited = person_key(claim.speaker)
    people: dict[tuple[str, ...], Statement] = {}
    for statement in index.fetch(theirs[:NAMESAKE_READ]):
        key = person_key(statement.speaker) if statement.speaker else ()
        if len(key) > 1 and key[-1] == term and key != credited:
            people.setdefault(key, statement)
    named = len(people) + (len(credited) > 1)  # the credited person, named in full, is one of them
    return list(people.values()) if named > 1 else []


def _worth_judging(claim: Claim, wanted: list[Counter[str]], ranked: list[tuple[Statement, str]]) -> list[Statement]:
    """The credited speaker's best-ranked statements that can change the verdict: those that can align with
    the claim (or a part of it) at the altered score, or share enough of its words to be its paraphrase;
    and the best-ranked one in any case, the closest source an unsupported claim is shown.

    Aligning costs far more than counting: most of a prolific speaker's best-ranked statements share a
    word or two with the claim and can be neither (a million statements: 5 of 8 a claim).
    """
    stems = claim_stems(claim.text)
    kept = []
    for position, (statement, terms) in enumerate(ranked):
        split = terms.split()
        if not position or _holds_any(wanted, Counter(split)) or may_paraphrase(stems, split):
            kept.append(statement)
    return kept


def _in_person(claim: Claim, statement: Statement) -> bool:
    """Whether a statement is the credited speaker's or account's own, not a namesake's filed under the surname."""
    return any(
        same_person(who, credited)
        for credited in (claim.speaker, claim.speaks_for)
        if credited
        for who in (statement.speaker, statement.handle)
        if who
    )


def _persons(index: Postings, claim: Claim, theirs: list[int]) -> list[Statement]:
    """The first ``OWN_FALLBACK`` statements of the credited speaker among the first ``NAMESAKE_READ`` filed under
    their surname: that sources of theirs exist, though none shares a word with the claim."""
    found: list[Statement] = []
    for start in range(0, min(len(theirs), NAMESAKE_READ), 4 * OWN_FALLBACK):
        found += [s for s in index.fetch(theirs[start : start + 4 * OWN_FALLBACK]) if _in_person(claim, s)]
        if len(found) >= OWN_FALLBACK:
            break
    return found[:OWN_FALLBACK]


def _existing(index: Postings, ids: list[int], count: int) -> list[Statement]:
    """The first ``count`` statements of ``ids`` that still exist (the ids of forgotten files find nothing)."""
    found: list[Statement] = []
    for start in range(0, len(ids), 4 * count):
        found += index.fetch(ids[start : start + 4 * count])
        if len(found) >= count:
            break
    return found[:count]


def _holds_any(wanted: list[Counter[str]], terms: Counter[str]) -> bool:
    return any(holds_enough(claim, terms) for claim in wanted)


def _looked_up(postings: Mapping[int, PostingList], count: int) -> list[tuple[float, array]]:
    """(weight, ascending statement ids) of the features rare enough to look up, rarest first."""
    found = sorted((posting.size, f) for f, posting in postings.items())
    limit = lookup_limit(count)
    looked_up = [(n, f) for n, f in found if n <= limit] or found[:COMMON_FALLBACK]
    return [(weight(count, n), postings[f].ids()) for n, f in looked_up]


def _held(index: Postings, speakers: list[str], theirs: list[int], read: list[tuple[float, array]]) -> set[int]:
    """The credited speaker's statements that ranking follows: all of them, up to ``OWN_POOL``; past that,
    those among the postings of the rarest features (up to ``OWN_READ`` ids), asked of the index."""
    if len(theirs) <= OWN_POOL:
        return set(theirs)
    ids: set[int] = set()
    for _, posting in read:  # rarest first: what a statement weighs is mostly in the first ones
        if len(ids) + len(posting) > OWN_READ:
            break
        ids.update(posting)
    return index.speakers_among(speakers, sorted(ids))


def _scores(postings: list[tuple[float, array]], held: set[int]) -> dict[int, float]:
    """Summed weight of the shared features, for the statements that can rank among the best and ``held``.

    Features are read rarest first. Once the rest of them together weigh less than the last of the best
    so far, no statement unseen so far can rank among the best (MaxScore pruning): from then on only the
    statements that can still reach the last of the best gain, and the credited speaker's (``held``),
    whose paraphrase must not be lost to a ranking of everyone's. A pruned statement's score is partial,
    but below the last of the best: it ranks among no one's best.
    """
    scores: dict[int, float] = {}
    rest = sum(w for w, _ in postings)  # what the features not read yet weigh together
    # The last of the best is at most what the features read weigh together, and rises by at most what
    # is read after it was computed: the bound is computed again only once pruning could have started.
    due = rest / 2
    keep: set[int] | None = None  # once pruning starts: the statements that still gain
    get = scores.get  # bound once: the loops below run for every id read (860,000 at a million statements)
    for w, ids in postings:
        if keep is None and rest <= due and len(scores) >= _POOL:
            floor = heapq.nlargest(_POOL, scores.values())[-1]
            if floor >= rest:
                keep = held.union([i for i, score in scores.items() if score + rest >= floor])
            due = rest - (rest - floor) / 2  # floor + d >= rest - d: d >= (rest - floor) / 2 read since
        rest -= w
        if keep is None:
            for i in ids:
                scores[i] = get(i, 0.0) + w
        else:
            for i in keep.intersection(ids):  # C looks each id up in the (small) set
                scores[i] = get(i, 0.0) + w
    return scores


@dataclass(frozen=True, slots=True)
class _ReadFile:
    """One snapshot file as read: its statements and posts, or the problem that kept them out."""

    relative: str
    statements: list[Statement]
    posts: list[SavedPost]
    problem: str | None


def _read(directory: Path, relative: str, read: Reader) -> _ReadFile:
    try:
        statements, posts = read(directory / relative, relative)
    except InputError as error:
        return _ReadFile(relative, [], [], error.message)
    return _ReadFile(relative, statements, posts, None)


class _Words:
    """Word numbers: all of them while building (numbering new words), or a claim's few when reading."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._known: dict[str, int] = {}
        self._new: dict[str, int] = {}
        self._next = 0
        # Each index term's stem's number (0 for a stop word): a statement's stems are one lookup a word.
        self._stems: dict[str, int] = {}
        self.filed: dict[str, str | None] = {}  # each speaker and account name indexed, and its filing term

    def load_all(self) -> None:
        """Read every word's number, unless this process already holds the table as it stands."""
        last = self._db.execute("SELECT coalesce(max(id), 0) FROM words").fetchone()[0]
        if last + 1 != self._next:  # another process added words since: read them all again
            self._known = dict(self._db.execute("SELECT word, id FROM words"))
            self._stems = {}
            self._next = last + 1

    def features(self, terms: list[str]) -> set[int]:
        """The features of an indexed statement of index terms ``terms``, numbering its new words (after
        :meth:`load_all`): each content word's stem, each shingle."""
        # Word numbers start at 1: a word looked up as 0 (unknown) is numbered. The terms are numbered first, in
        # order, then their stems: new words get the numbers they always got.
        known, stems = self._known.get, self._stems
        numbers = [known(t) or self._number(t) for t in terms]
        found = {stems[t] if t in stems else self._stem(t) for t in terms}
        found.discard(0)  # the stop words'
        found.update(_shingles(numbers))
        return found

    def speakers(self, speaker: str | None, handle: str | None) -> set[int]:
        """The speaker features of an indexed statement, numbering new filing terms (after :meth:`load_all`)."""
        return {-self._number(who) for who in (self._filed_as(speaker), self._filed_as(handle)) if who}

    def _filed_as(self, name: str | None) -> str | None:
        """A name's filing term, worked out once a build (a store's speakers are few and say much)."""
        if not name:
            return None
        term = self.filed.get(name, "")
        if term == "":
            term = self.filed[name] = who_term(name)
        return term

    def speaker_features(self, speakers: Sequence[str]) -> list[int]:
        """The features of the statements filed under these terms (:func:`verify.retrieval.who_term`)."""
        missing = {w for w in speakers if w not in self._known}
        if missing:
            self._known.update(_rows_in(self._db, "SELECT word, id FROM words WHERE word IN", missing))
        return sorted({-self._known[w] for w in speakers if w in self._known})

    def known_features(self, text: str) -> set[int]:
        """The features of a claim (or a forgotten statement) that the index holds; an unknown word finds nothing."""
        terms = index_terms(text)
        stems = [stem(t) for t in terms if t not in STOPWORDS]
        missing = {w for w in (*terms, *stems) if w not in self._known}
        if missing:
            self._known.update(_rows_in(self._db, "SELECT word, id FROM words WHERE word IN", missing))
        found = {self._known[s] for s in stems if s in self._known}
        # A shingle with an unknown word is in no statement: the runs between unknown words are looked up.
        run: list[int] = []
        for term in (*terms, None):
            number = self._known.get(term) if term is not None else None
            if number is None:
                found.update(_shingles(run))
                run = []
            else:
                run.append(number)
        return found

    def save(self) -> None:
        self._db.executemany("INSERT INTO words VALUES (?, ?)", self._new.items())
        self._new.clear()

    def _number(self, word: str) -> int:
        number = self._known.get(word)
        if number is None:
            number = self._known[word] = self._new[word] = min(self._next, _LAST_WORD)
            self._next += 1
        return number

    def _stem(self, term: str) -> int:
        number = self._stems[term] = 0 if term in STOPWORDS else self._number(stem(term))
        return number


# A speaker's feature is its filing term's word number, negated: what holds it is every statement filed under
# that name, written and merged like any feature's postings (read whole, never ranked on).
_FIRST_FEATURE = -_LAST_WORD


def _shingles(numbers: list[int]) -> set[int]:
    """The shingles of a run of word numbers, each one integer of its three numbers packed."""
    # Word numbers start at 1, so a shingle's number is at least 2**42: never a single word's.
    runs = zip(numbers, numbers[1:], numbers[2:], strict=False)  # the last two numbers start no shingle
    return {(a << (2 * _WORD_BITS)) | (b << _WORD_BITS) | c for a, b, c in runs}


# The functions that turn a statement into the index's rows and features: their code is part of the cache's
# version (the ranking's code is not: it reads the same tables).
_STORED_BY = (
    term_features,
    _Words.features,
    _Words._stem,
    _Words.speakers,
    _Words._filed_as,
    _shingles,
    _row,
    SavedWords.of,
)


_IN_CHUNK = 500  # values bound in one IN (...): SQLite allows 32,766 variables, older builds 999


def _rows_in(
    db: sqlite3.Connection, sql: str, values: Iterable[object], before: Sequence[object] = ()
) -> Iterator[tuple]:
    """``sql`` (ending in ``IN``, its other parameters ``before``) run for ``values``, a chunk at a time."""
    values = list(values)
    for start in range(0, len(values), _IN_CHUNK):
        chunk = values[start : start + _IN_CHUNK]
        yield from db.execute(f"{sql} ({','.join('?' * len(chunk))})", (*before, *chunk))


def _connect(where: str) -> sqlite3.Connection:
    db = sqlite3.connect(where, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
    db.execute(f"PRAGMA page_size = {_PAGE_BYTES}")  # takes effect only in a new, empty file
    db.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
    return db


def _damaged(error: sqlite3.DatabaseError) -> bool:
    """A cache that SQLite cannot read as a database, as opposed to one it may not write or lock."""
    if isinstance(error, sqlite3.OperationalError):
        message = str(error).lower()
        return "malformed" in message or "not a database" in message
    return True


def _building(path: Path) -> Path:
    return path.with_name(path.name + BUILD_SUFFIX)


def _unlink_links(path: Path) -> None:
    """Remove symbolic links at the cache's paths: SQLite would write to whatever they point at."""
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.is_symlink():
            side.unlink()


def _remove_cache(path: Path) -> None:
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        try:
            if side.is_symlink() or side.is_file():
                side.unlink()
        except OSError:
            pass  # cannot remove it: the next attempt fails too and the store is indexed in memory


def _digest(files: Mapping[str, Signature]) -> str:
    """A digest of a store's listing: each file's relative path and signature, in path order."""
    # marshal's version 2 writes no back-references: the same listing gives the same bytes in every process
    # (and in a third of the time of its repr)
    return hashlib.blake2b(marshal.dumps(list(files.items()), 2), digest_size=16).hexdigest()


# The fields of the lexicons that the normaliser (verify.normalize) reads: the words the index stores are
# made with them. An edit of any other (cue verbs, titles, pronouns, frames ...) leaves the index as it is
# (tests/test_index.py checks that this lists every field normalize.py reads).
NORMALISER_FIELDS = (
    "code",
    "stopwords",  # (which language a text is in: "sept" is 7 in French, "elf" 11 in German)
    "determiners",
    "articles",  # (with the possessives, pronouns and prepositions: a regional negation of their letters opening a
    "possessives",  # sentence is read as the word, "Ma fille …")
    "pronouns",
    "prepositions",
    "number_words",
    "magnitudes",
    "currency_words",
    "scaled_currency_words",
    "amount_links",
    "cents_words",
    "cents_links",
    "accent_words",  # (where an amount's phrase closes: "quatorze euros cinquante à la caisse")
    "unit_words",
    "rate_words",
    "rate_units",
    "elisions",
    "percent_words",
    "negations",
    "regional_negations",
    "final_negations",
    "negative_phrases",
    "regional_stopwords",
    "date_words",
    "date_variants",
    "number_multipliers",
    "number_connectors",
    "range_links",
    "decimal_words",
    "tens_connected",
    "minus_words",
    "not_minus_before",
    "below_words",
    "below_alone",
    "below_alone_before",
    "year_pair_openers",
    "zero_digit_words",
    "degree_words",
    "celsius_words",
    "glued_numbers",
    "halves",
    "half_suffix",
    "one_and_a_half",
    "unit_part_phrases",
    "clock_parts",  # (German "um" before a time: "um halb acht")
    "clock_names",
    "clock_before_hour",
    "half_words",
    "magnitude_shares",
    "magnitude_share_links",
    "first_words",
    "multiple_stems",
    "fractions",
    "clock_words",
    "ordinals",
    "ordinal_suffixes",
    "ordinal_marks",
    "times_word",
    "glued_heads",  # ("hundertjährig" is "100-jährig")
    "glued_head_endings",
    "multiplicatives",
)
_VERSION: list[str] = []
_FILING: list[str] = []
_TERMS_SOURCE: list[str] = []


def _version() -> str:
    """The schema and a digest of what makes the index's words and features: the normaliser's version
    (``TERMS_VERSION``), the lexicon fields it reads, and the code of the functions that turn a statement into
    rows and features."""
    if not _VERSION:
        digest = hashlib.sha256(f"terms {TERMS_VERSION}".encode())
        digest.update(lexicon_fields_digest().encode())
        for function in _STORED_BY:
            digest.update(_code_digest(function.__code__))
        digest.update(repr((SHINGLE, _WORD_BITS)).encode())
        _VERSION.append(f"{_SCHEMA}:{digest.hexdigest()[:16]}")
    return _VERSION[0]


def lexicon_fields_digest() -> str:
    """A digest of the lexicon fields the normaliser reads (``NORMALISER_FIELDS``), in every lexicon."""
    digest = hashlib.sha256()
    for lexicon in LEXICONS.values():
        digest.update(repr([_canonical(getattr(lexicon, name)) for name in NORMALISER_FIELDS]).encode())
    return digest.hexdigest()[:16]


def _terms_source() -> str:
    """A digest of the normaliser's source (verify.normalize and the spellings it imports) and of the Unicode
    data it folds text with: when it changes while ``TERMS_VERSION`` does not, a sample of the cache is checked
    (``StatementIndex._terms_unchanged``), and the judge no longer takes the words the cache kept
    (``words_source``)."""
    if not _TERMS_SOURCE:
        here = Path(__file__).parent
        digest = hashlib.sha256(b"".join(part.read_bytes() for part in (here / "normalize.py", here / "spelling.py")))
        digest.update(unicodedata.unidata_version.encode())
        _TERMS_SOURCE.append(digest.hexdigest()[:16])
    return _TERMS_SOURCE[0]


def _filing() -> str:
    """A digest of what files a speaker's statements under a term (:func:`verify.retrieval.who_term`: the
    speaker key of verify.extract.speakers, from the lexicons' titles, particles and first names). When it
    changes, the cache is rebuilt only if a name it files now goes under another term."""
    if not _FILING:
        here = Path(__file__).parent
        parts = [here / "extract" / "speakers.py", *sorted((here / "lexicon").glob("*.py"))]
        digest = hashlib.sha256(b"".join(part.read_bytes() for part in parts))
        digest.update(_code_digest(who_term.__code__))
        _FILING.append(digest.hexdigest()[:16])
    return _FILING[0]


def _canonical(value: object) -> object:
    """A lexicon field as a value whose repr is the same in every process (sets sorted, mappings as items)."""
    if isinstance(value, Mapping):
        return sorted((repr(k), _canonical(v)) for k, v in value.items())
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    return repr(value)


def _code_digest(code: CodeType) -> bytes:
    """A function's compiled code without its line numbers: moving it or editing a comment changes nothing."""
    consts = [_code_digest(c) if isinstance(c, CodeType) else repr(_canonical(c)).encode() for c in code.co_consts]
    return hashlib.sha256(b"".join([code.co_code, repr(code.co_names).encode(), *consts])).digest()
