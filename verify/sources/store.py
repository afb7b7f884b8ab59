"""Where saved sources live: a snapshot directory or a PostgreSQL database, behind one small interface.

A store is named by a *location*: a directory path (the file store of
:mod:`verify.sources.snapshots` and :mod:`verify.sources.capture`) or a
``postgresql://`` URL (the shared store of :mod:`verify.sources.store_pg`).
Checking reads a :class:`Store`; ``verify snapshot`` and ``verify store copy``
write through :class:`Records`, a store's files by name (captures,
transcripts, pages, ``raw/`` WARC bodies), which are added and never
replaced. Nothing else in verify knows which backend it talks to.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..config import DATABASE_SCHEMES
from ..errors import InputError
from ..models import Claim, InputProblem, Statement

if TYPE_CHECKING:
    from ..index import SavedPost

Location = Path | str  # where a store put a file: its path, or (in a database) the store's name and the file's


class Store(Protocol):
    """The saved statements a claim is checked against."""

    @property
    def statements(self) -> tuple[Statement, ...]: ...

    @property
    def posts(self) -> tuple[SavedPost, ...]: ...

    @property
    def problems(self) -> tuple[InputProblem, ...]: ...

    def candidates(self, claim: Claim) -> list[Statement]: ...

    def close(self) -> None: ...


class Records(Protocol):
    """A store's files by relative name ("x-nato-1958…--20261127T170000.123456Z.json", "raw/<sha256>.warc.gz").

    ``add`` never replaces a file: a name that exists raises FileExistsError.
    Captures of one source are compared and added while holding ``locked(key)``,
    so two writers saving one source at once add one capture.
    """

    name: str  # how the store is shown

    def names(self) -> list[str]: ...

    def read(self, name: str) -> bytes: ...

    def exists(self, name: str) -> bool: ...

    def add(self, name: str, data: bytes) -> Location: ...

    def add_all(self, files: Iterable[tuple[str, bytes]]) -> int: ...

    def captures(self, key: str) -> Iterator[tuple[Location, bytes]]: ...

    def locked(self, key: str) -> contextlib.AbstractContextManager[None]: ...

    def close(self) -> None: ...


class StoreError(InputError):
    """A store that cannot be opened or written: the location and why, one line."""


def is_database(location: str | Path) -> bool:
    """Whether a location names a PostgreSQL database rather than a directory."""
    return isinstance(location, str) and location.startswith(DATABASE_SCHEMES)


@dataclass(frozen=True, slots=True)
class EmptyStore:
    """A directory that holds no store (it does not exist): nothing saved, nothing to read."""

    statements: tuple[Statement, ...] = ()
    posts: tuple[SavedPost, ...] = ()
    problems: tuple[InputProblem, ...] = ()

    def candidates(self, claim: Claim) -> list[Statement]:
        return []

    def close(self) -> None:
        pass


def open_store(location: str | Path, display: str | None = None) -> Store:
    """The store at ``location`` for checking (a missing directory is an empty store)."""
    if is_database(location):
        from .store_pg import PostgresStore  # psycopg is imported only when a database is used

        return PostgresStore.open(str(location))
    if not Path(location).is_dir():
        # Opened without the file store's modules (its index, sqlite3, the readers of saved pages and transcripts):
        # 57 ms of a check run's start-up with no store (--snapshots at a missing directory, no snapshots/ beside).
        return EmptyStore()
    from .snapshots import load_store

    return load_store(Path(location), display)


def open_records(location: str | Path) -> Records:
    """The store at ``location`` for adding files."""
    if is_database(location):
        from .store_pg import PostgresStore

        return PostgresStore.open(str(location))
    from .capture import DirectoryRecords

    return DirectoryRecords(Path(location))


@dataclass(slots=True)
class CopyResult:
    """What ``verify store copy`` did: files added, files the destination already held, files it could not add."""

    added: int = 0
    present: int = 0
    problems: list[InputProblem] = field(default_factory=list)


def copy_records(source: Records, destination: Records) -> CopyResult:
    """Add every file of ``source`` that ``destination`` lacks; never replace one.

    A name both hold with the same bytes is already copied (a second run adds
    nothing); with different bytes it is a problem, and both stay as they are.
    """
    result = CopyResult()
    held = set(destination.names())

    def missing() -> Iterator[tuple[str, bytes]]:
        for name in source.names():
            try:
                data = source.read(name)
                if name not in held:
                    yield name, data
                elif destination.read(name) == data:
                    result.present += 1
                else:
                    shown = f"{destination.name}/{name}"
                    result.problems.append(InputProblem(shown, f"differs from {source.name}/{name}; not replaced"))
            except OSError as error:
                result.problems.append(InputProblem(f"{source.name}/{name}", f"not copied: {error.strerror or error}"))

    result.added = destination.add_all(missing())
    return result
