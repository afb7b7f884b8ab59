"""``verdicts``: the verdict benchmark — a confusion matrix over the six verdicts.

Cases come from :mod:`verify.evaluate.make_cases` (real quotations, each
placed in a short article with a snapshot transcript and varied), or from a
directory of cases made earlier (its ``cases.jsonl``). Every case is checked
the way a user checks an article (``verify.check`` on its ``article.txt``,
snapshots beside it), and the finding for its quote is compared with the
verdict the variant must get.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import click
from rapidfuzz import fuzz

from .. import check
from ..models import Finding, Verdict
from .make_cases import Case, make_cases

_SAME_CLAIM_MIN = 80.0  # a finding is the case's when its claim text is this similar (0-100) to the case's
_NOT_FOUND = "(no finding)"
# Variants whose words differ from the source beyond what "verified" allows.
_CHANGED_WORDS = frozenset(
    {"negation", "number", "name", "word", "paraphrase", "not-said", "magnitude", "splice", "post-negation"}
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the tool decided for one case."""

    case: Case
    verdict: str
    flags: tuple[str, ...]
    message: str


@click.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the cases here (default: a temporary directory).",
)
@click.option(
    "--limit", default=120, show_default=True, help="Quotations to make cases from (each gives up to 12 cases)."
)
@click.option("--seed", default=7, show_default=True, help="Seed of the case generator.")
@click.option("--cases", "made", is_flag=True, help="CORPUS is a directory of cases made earlier (with cases.jsonl).")
@click.option("--errors", "shown", default=15, show_default=True, help="Wrong cases to print.")
@click.option(
    "--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), help="Also write every outcome here."
)
def verdicts(
    corpus: Path, out: Path | None, limit: int, seed: int, made: bool, shown: int, json_path: Path | None
) -> None:
    """Confusion matrix, precision and recall per verdict on labelled cases.

    Example: python -m verify.evaluate verdicts ../shared/corpus/polnear-train --out /tmp/verdict-cases
    """
    if made:
        cases = [Case(**{**row, "flags": tuple(row["flags"])}) for row in _rows(corpus / "cases.jsonl")]
        directory = corpus
    else:
        directory = out or Path(tempfile.mkdtemp(prefix="verify-verdict-cases-"))
        cases = make_cases(corpus, directory, limit=limit, seed=seed)
        click.echo(f"{len(cases)} cases written to {directory}", err=True)
    started = time.perf_counter()
    outcomes = [_run(directory, case) for case in cases]
    elapsed = time.perf_counter() - started
    click.echo(render(outcomes, shown))
    click.echo(f"checked {len(outcomes)} cases in {elapsed:.1f} s", err=True)
    if json_path:
        json_path.write_text(
            json.dumps(
                [
                    {
                        "id": o.case.id,
                        "expected": o.case.expected,
                        "verdict": o.verdict,
                        "flags": o.flags,
                        "message": o.message,
                    }
                    for o in outcomes
                ],
                indent=1,
            ),
            encoding="utf-8",
        )


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _run(directory: Path, case: Case) -> Outcome:
    report = check([directory / case.id / "article.txt"])
    finding = _finding_for(case, report.findings)
    if finding is None:
        return Outcome(case, _NOT_FOUND, (), "")
    flags = tuple(sorted({flag for change in finding.changes for flag in change.flags}))
    return Outcome(case, finding.verdict.value, flags, finding.message)


def _finding_for(case: Case, findings: tuple[Finding, ...]) -> Finding | None:
    scored = [(fuzz.ratio(_plain(f.claim.text), _plain(case.claim)), f) for f in findings]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best and best[0] >= _SAME_CLAIM_MIN else None


def _plain(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").strip(" .,").split())


def render(outcomes: list[Outcome], shown: int = 0) -> str:
    """The confusion matrix, per-verdict precision/recall, flag rates and the first wrong cases."""
    labels = [v.value for v in Verdict]
    columns = [*labels, _NOT_FOUND]
    pairs = Counter((o.case.expected, o.verdict) for o in outcomes)
    width = max(len(c) for c in columns) + 1
    lines = [f"{len(outcomes)} cases; rows: expected verdict, columns: the tool's", ""]
    lines.append(" " * 15 + "".join(f"{c:>{width}}" for c in columns))
    for expected in labels:
        lines.append(f"{expected:<15}" + "".join(f"{pairs[(expected, c)]:>{width}}" for c in columns))
    lines += ["", f"{'verdict':<15}{'precision':>11}{'recall':>9}{'support':>9}"]
    for label in labels:
        true = pairs[(label, label)]
        predicted = sum(n for (_, got), n in pairs.items() if got == label)
        actual = sum(n for (want, _), n in pairs.items() if want == label)
        lines.append(f"{label:<15}{_share(true, predicted):>11}{_share(true, actual):>9}{actual:>9}")
    lines.append("")
    for flag in ("negation", "number", "splice"):
        having = [o for o in outcomes if flag in o.case.flags]
        flagged = sum(1 for o in having if flag in o.flags)
        lines.append(f"{flag} changes flagged: {flagged}/{len(having)} ({_share(flagged, len(having))})")
    wrongly_verified = [o for o in outcomes if o.case.variant in _CHANGED_WORDS and o.verdict == "verified"]
    lines.append(f"verified although the words differ: {len(wrongly_verified)}")
    by_variant = Counter(o.case.variant for o in outcomes)
    right = Counter(o.case.variant for o in outcomes if o.verdict == o.case.expected)
    lines.append("right per variant: " + ", ".join(f"{v} {right[v]}/{n}" for v, n in sorted(by_variant.items())))
    wrong = [o for o in outcomes if o.verdict != o.case.expected]
    for outcome in wrong[:shown]:
        lines += [
            "",
            f"{outcome.case.id}: expected {outcome.case.expected}, got {outcome.verdict}",
            f"  claim:  {outcome.case.claim}",
            f"  source: {outcome.case.source_quote}",
            f"  message: {outcome.message}",
        ]
    return "\n".join(lines)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


if __name__ == "__main__":  # the lead registers the command in verify/evaluate/__main__.py
    verdicts()
