"""Shared test helpers: fixture paths and the golden-file switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .postgres import PostgresServer, postgres_server

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="Rewrite the expected JSON reports under fixtures/ from the current output (review the diff).",
    )


@pytest.fixture
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole session (see tests/postgres.py); its databases are made per test."""
    with postgres_server() as server:
        yield server
