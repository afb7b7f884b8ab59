"""``alarms``: every error-level finding on a corpus of real, published articles.

Real pages are checked as a newsroom's CI would see them with nothing saved
(no snapshots): every finding that reaches ``error`` there would fail a clean
article, so each one is listed for a person to judge, true problem of the
page or false alarm. ``evaluation/alarms.md`` keeps the judged list.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import click

from .. import check
from ..models import CheckOptions, Finding, Severity

_SHOWN_CHARS = 160  # of a claim's and its evidence's text


@click.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--jobs", default=1, show_default=True, help="Worker processes.")
def alarms(corpus: Path, jobs: int) -> None:
    """List every error-level finding on CORPUS checked with no snapshots.

    Example: python -m verify.evaluate alarms ../shared/corpus/realpages
    """
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="verify-no-snapshots-") as empty:
        report = check([corpus], CheckOptions(snapshots=str(Path(empty) / "none"), jobs=jobs))
    elapsed = time.perf_counter() - started
    errors = [(a.path, f) for a in report.articles for f in a.findings if f.severity is Severity.ERROR]
    pages = {path for path, _ in errors}
    click.echo(render(errors, corpus))
    for problem in report.errors:  # a page that was not checked cannot raise an alarm: say so
        click.echo(f"not checked: {problem}")
    click.echo(
        f"{len(errors)} error-level findings on {len(pages)} of {len(report.articles)} pages "
        f"({len(report.findings)} findings in all; {len(report.errors)} inputs not checked; {elapsed:.0f} s)"
    )


def render(errors: list[tuple[str, Finding]], corpus: Path) -> str:
    """One block per finding: page, place, verdict and rule, claim, evidence, message."""
    lines = []
    for number, (path, finding) in enumerate(errors, start=1):
        claim, evidence = finding.claim, finding.evidence
        shown = Path(path).relative_to(corpus) if Path(path).is_relative_to(corpus) else Path(path)
        lines.append(f"{number}. {shown}:{claim.line}:{claim.column} {finding.verdict.value} ({finding.rule})")
        lines.append(f"   claim ({claim.kind.value}, {claim.place.value}, {claim.speaker}): {_cut(claim.text)}")
        if evidence is not None:
            lines.append(f"   evidence ({evidence.speaker}, score {evidence.score}): {_cut(evidence.text)}")
        lines.append(f"   {finding.message}")
    return "\n".join(lines)


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."
