"""GitHub Actions annotations (``--format github``): workflow commands, escaped.

One ``::error``/``::warning``/``::notice`` command per finding at or above
the shown level (``--show``; notices only with ``--show note``) that is not
suppressed, pointing at the claim's file (from the project root, as the
checkout spells it), line and column, then a plain summary: GitHub turns only
the first few commands of a step into annotations, so the summary names every
article with findings. Escaping follows GitHub's toolkit (``@actions/core``
command.ts): ``%``, CR and LF in the message; those and ``:`` and ``,`` in
property values. Then every other control character of untrusted text is
made visible (:func:`~verify.report.printable`), so no file name or quote can
start a line, and with it a workflow command, of its own.
"""

from __future__ import annotations

from ..models import ArticleReport, Finding, Report, Severity
from ..project import project_path
from . import RenderOptions, printable, rule_of, summary_line

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}
_DATA_ESCAPES = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))  # "%" first: the others add "%"
_PROPERTY_ESCAPES = (*_DATA_ESCAPES, (":", "%3A"), (",", "%2C"))


def render(report: Report, options: RenderOptions) -> str:
    lines = [_command(article, finding, options) for article in report.articles for finding in _shown(article, options)]
    lines.extend(
        f"::error file={_property(project_path(problem.path, options.root))},"
        f"title={_property('verify: input error')}::{_data(problem.message)}"
        for problem in report.errors
    )
    lines.extend(_summary(report, options))
    return "\n".join(lines) + "\n"


def _shown(article: ArticleReport, options: RenderOptions) -> list[Finding]:
    return [f for f in article.findings if not f.suppressed and f.severity in _COMMANDS and options.shows(f)]


def _command(article: ArticleReport, finding: Finding, options: RenderOptions) -> str:
    claim = finding.claim
    rule = rule_of(finding)
    properties = {
        "file": project_path(article.path, options.root),
        "line": str(claim.line),
        "col": str(claim.column),
        "title": f"{rule.summary} ({rule.id})",
    }
    listed = ",".join(f"{name}={_property(value)}" for name, value in properties.items())
    return f"::{_COMMANDS[finding.severity]} {listed}::{_data(finding.message)}"


def _summary(report: Report, options: RenderOptions) -> list[str]:
    """Per article the count of shown findings by severity, then the run's summary line."""
    lines = []
    for article in report.articles:
        counts = {name: 0 for name in _COMMANDS.values()}
        for finding in _shown(article, options):
            counts[_COMMANDS[finding.severity]] += 1
        listed = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for name, n in counts.items() if n)
        if listed:
            lines.append(f"verify: {_data(project_path(article.path, options.root))}: {listed}")
    lines.append(f"verify: {summary_line(report)}")
    return lines


def _escape(value: str, escapes: tuple[tuple[str, str], ...]) -> str:
    for raw, escaped in escapes:
        value = value.replace(raw, escaped)
    return value


def _data(value: str) -> str:
    return printable(_escape(value, _DATA_ESCAPES))  # CR and LF as GitHub escapes them, then the rest


def _property(value: str) -> str:
    return printable(_escape(value, _PROPERTY_ESCAPES))
