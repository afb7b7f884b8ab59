"""Golden tests: each fixture article's JSON report equals its expected file.

Regenerate with ``python -m pytest tests/test_golden.py --regen-golden`` and
read the diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import verify
from verify.report import RenderOptions
from verify.report.json_format import render

from .conftest import FIXTURES

ARTICLES = sorted(p for p in FIXTURES.glob("*/article.*") if p.suffix in (".html", ".htm", ".md", ".markdown", ".txt"))


def _report_json(article: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.chdir(article.parent)
    report = verify.check([article.name])
    data = json.loads(render(report, RenderOptions()))
    data["tool"]["version"] = "VERSION"  # a release must not rewrite every golden file
    return data


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_report_matches_golden(article: Path, monkeypatch: pytest.MonkeyPatch, regen_golden: bool) -> None:
    expected_path = article.parent / "expected" / f"{article.name}.json"
    actual = _report_json(article, monkeypatch)
    if regen_golden:
        expected_path.parent.mkdir(exist_ok=True)
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert actual == json.loads(expected_path.read_text(encoding="utf-8"))


def test_every_fixture_has_a_golden_file() -> None:
    assert ARTICLES, "no fixture articles found"
    for article in ARTICLES:
        assert (article.parent / "expected" / f"{article.name}.json").is_file(), article
