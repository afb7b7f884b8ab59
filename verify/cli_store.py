"""``verify store``: commands on whole stores (a snapshot directory or a PostgreSQL database).

``verify store copy SRC DST`` adds every file of SRC that DST lacks (see
:func:`verify.sources.store.copy_records`): one line per file it could not
copy on stderr, a summary on stderr; exit status 2 when a store cannot be
opened or a file was not copied, else 0.
"""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from .config import OPTIONS
from .report import printable
from .sources.store import StoreError, copy_records, open_records

EXIT_CLEAN, EXIT_INPUT_ERROR = 0, 2


@click.group("store")
def store() -> None:
    """Work on whole stores: snapshot directories and postgresql:// shared stores (docs/store.md)."""


@store.command("copy")
@click.argument("source", type=OPTIONS["store"], metavar="SRC")
@click.argument("destination", type=OPTIONS["store"], metavar="DST")
def copy(source: str, destination: str) -> None:
    """Copy every file of the store SRC into the store DST, losing nothing.

    Each store is a snapshot directory or a postgresql://USER@HOST/DB URL,
    either way round. Every capture, transcript, page and raw WARC body is
    copied byte for byte under its own name; a file DST already holds is
    never replaced (the same bytes: already copied; different bytes: an
    error line), so running the copy again adds only what is new. Copied
    into a database, the files are indexed for checking as they are added.

    \b
    Example:
        verify store copy snapshots/ postgresql://desk@db.example/verify
        verify store copy postgresql://desk@db.example/verify backup/snapshots
    """
    try:
        from_store = open_records(source)
    except StoreError as error:
        _fail(error)
    try:
        to_store = open_records(destination)
    except StoreError as error:
        from_store.close()
        _fail(error)
    try:
        result = copy_records(from_store, to_store)
    except StoreError as error:
        _fail(error)
    finally:
        from_store.close()
        to_store.close()
    for problem in result.problems:
        click.echo(f"verify: error: {printable(str(problem))}", err=True)
    click.echo(
        f"store copy: {result.added} added, {result.present} already there, {len(result.problems)} not copied",
        err=True,
    )
    sys.exit(EXIT_INPUT_ERROR if result.problems else EXIT_CLEAN)


def _fail(error: StoreError) -> NoReturn:
    click.echo(f"verify: error: {printable(str(error))}", err=True)
    sys.exit(EXIT_INPUT_ERROR)
