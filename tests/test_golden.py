"""Golden tests: each fixture article's JSON report equals its expected file.

Every article is checked against its snapshots twice: in their directory, and
copied into a PostgreSQL store (``--store postgresql://...``, a real server:
see tests/postgres.py), where the report must be the same but for the store's
name in sources. Regenerate with ``python -m pytest tests/test_golden.py
--regen-golden`` and read the diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import verify
from verify.models import CheckOptions
from verify.report import RenderOptions
from verify.report.json_format import render
from verify.sources.capture import DirectoryRecords

from .conftest import FIXTURES
from .postgres import PostgresServer

ARTICLES = sorted(p for p in FIXTURES.glob("*/article.*") if p.suffix in (".html", ".htm", ".md", ".markdown", ".txt"))


def _report_json(article: Path, monkeypatch: pytest.MonkeyPatch, store: str | None = None) -> dict:
    monkeypatch.chdir(article.parent)
    report = verify.check([article.name], CheckOptions(snapshots=store))
    text = render(report, RenderOptions())
    if store:
        text = text.replace(json.dumps(_shown(store) + "/")[1:-1], "snapshots/")  # the store's name, as JSON shows it
    data = json.loads(text)
    data["tool"]["version"] = "VERSION"  # a release must not rewrite every golden file
    return data


def _shown(url: str) -> str:
    from verify.sources.store_pg import shown_url

    return shown_url(url)


def _database_of(fixture: Path, server: PostgresServer) -> str:
    """A database holding a copy of the fixture's snapshots (one per fixture, made once)."""
    if fixture not in _DATABASES:
        from verify.sources.store import copy_records
        from verify.sources.store_pg import PostgresStore

        url = server.database()
        store = PostgresStore.open(url)
        result = copy_records(DirectoryRecords(fixture / "snapshots"), store)
        store.close()
        assert not result.problems
        _DATABASES[fixture] = url
    return _DATABASES[fixture]


_DATABASES: dict[Path, str] = {}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_report_matches_golden(article: Path, monkeypatch: pytest.MonkeyPatch, regen_golden: bool) -> None:
    expected_path = article.parent / "expected" / f"{article.name}.json"
    actual = _report_json(article, monkeypatch)
    if regen_golden:
        expected_path.parent.mkdir(exist_ok=True)
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert actual == json.loads(expected_path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_postgres_store_gives_the_golden_report(
    article: Path, monkeypatch: pytest.MonkeyPatch, postgres: PostgresServer
) -> None:
    url = _database_of(article.parent, postgres)
    expected = json.loads((article.parent / "expected" / f"{article.name}.json").read_text(encoding="utf-8"))
    assert _report_json(article, monkeypatch, url) == expected


def test_every_fixture_has_a_golden_file() -> None:
    assert ARTICLES, "no fixture articles found"
    for article in ARTICLES:
        assert (article.parent / "expected" / f"{article.name}.json").is_file(), article
