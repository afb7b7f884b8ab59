"""The terminal report (``--format text``, the default), in the manner of a linter.

One entry per finding at or above the shown level (``--show``; warnings and
errors by default, suppressed findings only with ``--show all``): a headline
``path:line:column: CODE verdict kind by speaker``, the claim's words, the
message, the evidence and a word diff (``[-source words-]{+article words+}``).
Articles with nothing to show print nothing. A count of what was left out and
the summary line close the report; ``--quiet`` keeps only those, and
``--statistics`` prints the count of findings per rule instead of the entries.

Every string from an article passes through :func:`~verify.report.printable`
or :func:`~verify.report.claim_text`: no control character from a file name or
a quote reaches the terminal.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from ..models import ArticleReport, Change, Finding, Report, Severity, Verdict
from . import RenderOptions, claim_text, credited, printable, rule_counts, rule_of, summary_line

_COLORS = {
    Verdict.VERIFIED: "green",
    Verdict.ALTERED: "red",
    Verdict.MISATTRIBUTED: "red",
    Verdict.PARAPHRASED: "yellow",
    Verdict.UNSUPPORTED: "yellow",
    Verdict.UNVERIFIED: "blue",
}
_CLAIM_PREVIEW = 100  # characters of a claim shown under its headline
_INDENT = "    "

Style = Callable[..., str]


def render(report: Report, options: RenderOptions) -> str:
    style = _styler(options)
    lines: list[str] = []
    if options.statistics:
        lines.extend(_statistics(report, style))
    elif not options.quiet:
        for article in report.articles:
            lines.extend(_article(article, options, style))
    left_out = _left_out(report, options)
    if left_out and not options.statistics:
        lines.append(left_out)
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _shown(finding: Finding, options: RenderOptions) -> bool:
    return options.shows(finding) and (not finding.suppressed or options.show is Severity.NONE)


def _article(article: ArticleReport, options: RenderOptions, style: Style) -> list[str]:
    path = printable(article.path)
    if not article.findings and options.show is Severity.NONE:
        return [f"{style(path, bold=True)}: no posts or quotes found", ""]
    lines: list[str] = []
    for finding in article.findings:
        if _shown(finding, options):
            lines.extend(_finding(path, finding, style))
            lines.append("")
    return lines


def _finding(path: str, finding: Finding, style: Style) -> list[str]:
    claim = finding.claim
    rule = rule_of(finding)
    code = style(rule.code, fg=_COLORS[finding.verdict], bold=True)
    verdict = style(finding.verdict.value, fg=_COLORS[finding.verdict])
    suppressed = " (suppressed)" if finding.suppressed else ""
    who = printable(credited(claim))
    words = claim_text(claim.text)
    text = words if len(words) <= _CLAIM_PREVIEW else words[: _CLAIM_PREVIEW - 1] + "…"
    headline = f"{style(path, bold=True)}:{claim.line}:{claim.column}: {code} {verdict} {claim.kind.value} by {who}"
    # A post the article shows without words (a link, a player) is named by its URL, never as empty quotes.
    shown = f"“{text}”" if text or not claim.url else f"<{printable(claim.url)}> (no text in the article)"
    lines = [headline + suppressed, _INDENT + shown]
    lines.extend(
        f"{_INDENT}capture {printable(c.fetched_at or 'undated')} ({printable(c.source)}): {c.state}"
        for c in finding.captures
    )
    if finding.verdict is Verdict.VERIFIED:
        return lines + ([_INDENT + claim_text(finding.message)] if finding.captures else [])
    lines.append(_INDENT + claim_text(finding.message))
    if finding.evidence is not None:
        evidence = finding.evidence
        where = printable(evidence.source) + (f":{evidence.line}" if evidence.line else "")
        speaker = printable(evidence.speaker or "no speaker")
        lines.append(f"{_INDENT}evidence ({where}, {speaker}): “{claim_text(evidence.text)}”")
    if finding.changes:
        lines.append(f"{_INDENT}diff: " + " ".join(_change(c, style) for c in finding.changes))
    return lines


def _change(change: Change, style: Style) -> str:
    flags = f"({','.join(change.flags)})" if change.flags else ""
    removed = style(f"[-{claim_text(change.source)}-]", fg="red") if change.source else ""
    added = style(f"{{+{claim_text(change.claim)}+}}", fg="green") if change.claim else ""
    return f"{removed}{added}{flags}"


def _statistics(report: Report, style: Style) -> list[str]:
    """One line per rule that found something: count, code, name, summary; most first."""
    counted = rule_counts(report)
    width = max((len(str(n)) for _, n in counted), default=1)
    return [f"{n:>{width}}  {style(rule.code, bold=True)}  {rule.name:<14} {rule.summary}" for rule, n in counted]


def _left_out(report: Report, options: RenderOptions) -> str:
    """What the shown level kept back, and how to see it."""
    if options.show is Severity.NONE:
        return ""
    hidden = [f for f in report.findings if not _shown(f, options)]
    if not hidden:
        return ""
    counts: dict[str, int] = {}
    for finding in hidden:
        kind = "suppressed" if finding.suppressed else finding.severity.value
        counts[kind] = counts.get(kind, 0) + 1
    names = {"none": "verified", "note": "notes", "warning": "warnings", "error": "errors", "suppressed": "suppressed"}
    listed = ", ".join(f"{n} {names[kind]}" for kind, n in counts.items())
    return f"Not shown: {listed} (--show all lists every claim)."


def _styler(options: RenderOptions) -> Style:
    def style(text: str, **kwargs: object) -> str:
        return click.style(text, **kwargs) if options.color else text  # type: ignore[arg-type]

    return style
