"""The terminal report (``--format text``, the default).

Grouped per article: each claim with its verdict, speaker and place; for
each non-verified claim the message, the evidence and a word diff
(``[-source words-]{+article words+}``). Colour only on a terminal.
"""

from __future__ import annotations

import click

from ..models import ArticleReport, Change, Finding, Report, Verdict
from . import RenderOptions, summary_line

_COLORS = {
    Verdict.VERIFIED: "green",
    Verdict.ALTERED: "red",
    Verdict.MISATTRIBUTED: "red",
    Verdict.PARAPHRASED: "yellow",
    Verdict.UNSUPPORTED: "yellow",
    Verdict.UNVERIFIED: "blue",
}
_CLAIM_PREVIEW = 100  # characters of a claim shown on its headline


def render(report: Report, options: RenderOptions) -> str:
    lines: list[str] = []
    for article in report.articles:
        lines.extend(_article(article, options))
        lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _article(article: ArticleReport, options: RenderOptions) -> list[str]:
    style = _styler(options)
    lines = [style(article.path, bold=True)]
    if not article.findings:
        lines.append("  no posts or quotes found")
    for finding in article.findings:
        lines.extend(_finding(article.path, finding, options))
    return lines


def _finding(path: str, finding: Finding, options: RenderOptions) -> list[str]:
    style = _styler(options)
    claim = finding.claim
    who = claim.author.handle if claim.author and claim.kind.value == "post" else claim.speaker or "?"
    verdict = style(f"{finding.verdict.value:<13}", fg=_COLORS[finding.verdict], bold=True)
    suppressed = " (suppressed)" if finding.suppressed else ""
    text = claim.text if len(claim.text) <= _CLAIM_PREVIEW else claim.text[: _CLAIM_PREVIEW - 1] + "…"
    headline = f"  {path}:{claim.line}:{claim.column}: {verdict} {claim.kind.value} by {who}{suppressed}"
    # A post the article shows without words (a link, a player) is named by its URL, never as empty quotes.
    lines = [headline, f"      “{text}”" if text or not claim.url else f"      <{claim.url}> (no text in the article)"]
    lines.extend(f"      capture {c.fetched_at or 'undated'} ({c.source}): {c.state}" for c in finding.captures)
    if finding.verdict is Verdict.VERIFIED:
        return lines + ([f"      {finding.message}"] if finding.captures else [])
    lines.append(f"      {finding.message}")
    if finding.evidence is not None:
        evidence = finding.evidence
        where = evidence.source + (f":{evidence.line}" if evidence.line else "")
        lines.append(f"      evidence ({where}, {evidence.speaker or 'no speaker'}): “{evidence.text}”")
    if finding.changes:
        lines.append("      diff: " + " ".join(_change(c, style) for c in finding.changes))
    return lines


def _change(change: Change, style) -> str:
    flags = f"({','.join(change.flags)})" if change.flags else ""
    removed = style(f"[-{change.source}-]", fg="red") if change.source else ""
    added = style(f"{{+{change.claim}+}}", fg="green") if change.claim else ""
    return f"{removed}{added}{flags}"


def _styler(options: RenderOptions):
    def style(text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if options.color else text

    return style
