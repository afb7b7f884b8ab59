"""Reporters: one module per output format, all behind one small interface.

A reporter is a function ``render(report, options) -> str``. Reporters render
what the judge decided; they never decide anything themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..models import Report, Severity


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What a reporter may need to know beyond the report itself."""

    color: bool = False
    fail_on: Severity | None = Severity.ERROR  # None: never fail


Reporter = Callable[[Report, RenderOptions], str]


def reporters() -> dict[str, Reporter]:
    """The output formats by name (imported lazily: a run loads only the one it uses)."""
    from . import json_format, text_format

    return {"text": text_format.render, "json": json_format.render}


def summary_line(report: Report) -> str:
    """One line: how many articles, and the count of each verdict, worst first."""
    counts = report.verdict_counts()
    order = ("misattributed", "altered", "paraphrased", "unsupported", "unverified", "verified")
    parts = [f"{counts[v]} {v}" for v in order if v in counts]
    articles = len(report.articles)
    head = f"{articles} article{'s' if articles != 1 else ''} checked"
    errors = f"; {len(report.errors)} input error{'s' if len(report.errors) != 1 else ''}" if report.errors else ""
    return f"{head}: {', '.join(parts) or 'no claims found'}{errors}"
