"""Reporters: one module per output format, all behind one small interface.

A reporter is a function ``render(report, options) -> str``. Reporters render
what the judge decided; they never decide anything themselves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Finding, Report, Severity
from ..rules import Rule, rule, worst_first

# Output formats by name, each the module under verify/report/ that renders it. Modules are
# imported on use: a run loads only the format it writes.
FORMATS: dict[str, str] = {
    "text": "text_format",
    "json": "json_format",
    "sarif": "sarif_format",
    "github": "github_format",
    "junit": "junit_format",
    "html": "html_format",
}


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What a reporter may need to know beyond the report itself.

    ``baseline`` holds the fingerprints a ``--baseline`` file accepted, so that
    SARIF can mark each result new or unchanged; empty when no baseline is used.
    """

    color: bool = False
    fail_on: Severity | None = Severity.ERROR  # None: never fail
    baseline: frozenset[str] = frozenset()


Reporter = Callable[[Report, RenderOptions], str]


def reporter(name: str) -> Reporter:
    """The ``render`` function of the format called ``name`` (one of :data:`FORMATS`)."""
    module = importlib.import_module(f".{FORMATS[name]}", __name__)
    return module.render


def summary_line(report: Report) -> str:
    """One line: how many articles, and the count of each verdict, worst first."""
    counts = report.verdict_counts()
    parts = [f"{counts[v]} {v}" for v in worst_first() if v in counts]
    articles = len(report.articles)
    head = f"{articles} article{'s' if articles != 1 else ''} checked"
    errors = f"; {len(report.errors)} input error{'s' if len(report.errors) != 1 else ''}" if report.errors else ""
    suppressed = sum(1 for f in report.findings if f.suppressed)
    hidden = f"; {suppressed} suppressed" if suppressed else ""
    return f"{head}: {', '.join(parts) or 'no claims found'}{hidden}{errors}"


def fails(severity: Severity, fail_on: Severity | None) -> bool:
    """Whether a finding of ``severity`` reaches ``--fail-on`` (``None``: never)."""
    return fail_on is not None and severity is not Severity.NONE and severity.rank >= fail_on.rank


def rule_of(finding: Finding) -> Rule:
    """The rule (stable id, short name, help) a finding was made under."""
    return rule(finding.rule)
