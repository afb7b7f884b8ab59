"""Accepted findings: inline suppression comments, fingerprints and baseline files.

A newsroom silences one claim in the draft itself with a comment before it
(``<!-- verify: ignore -->``, or ``<!-- verify: ignore misattributed, altered -->``
for some verdicts only), or accepts every finding of an archive at once with a
baseline file, so that CI fails only on new problems. Either way the finding
stays in the report, marked ``suppressed``, and never counts toward the exit
status.

A finding is recognised across edits by its *fingerprint*: a hash of its rule,
the article's path, the claim's kind, its words (case and punctuation left
out) and its speaker.
Line numbers are left out on purpose, so that a paragraph added above a
claim does not make an accepted finding new again.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from .document import read_capped
from .errors import InputError
from .models import ArticleReport, Finding, InputProblem, Report, Severity
from .project import project_path
from .rules import RULES

# A suppression comment, as HTML and Markdown both write comments. The names after "ignore"
# are verdicts or rule ids, separated by commas or spaces; none means every verdict. Bounded
# so that an unterminated comment costs a fixed amount of work.
_DIRECTIVE = re.compile(r"<!--[ \t]*verify[ \t]*:[ \t]*ignore\b(?P<names>[^>\n]{0,200}?)[ \t]*-->", re.I)
_NAMES = {rule.verdict.value: rule.verdict.value for rule in RULES} | {
    rule.code.lower(): rule.verdict.value for rule in RULES
}

_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits, in any script

BASELINE_SCHEMA = "verify.baseline/1"
BASELINE_MAX_BYTES = 64 << 20  # an entry is about 250 bytes: room for some 250,000 accepted findings


@dataclass(frozen=True, slots=True)
class Directive:
    """One ``verify: ignore`` comment: where it ends and which verdicts it silences (``None``: all)."""

    line: int
    column: int  # 1-based position just after the comment
    verdicts: frozenset[str] | None


@dataclass(frozen=True, slots=True)
class Baseline:
    """Accepted findings: one fingerprint per finding (repeated when a finding occurs twice)."""

    fingerprints: tuple[str, ...]


def directives(text: str, path: str) -> tuple[list[Directive], list[InputProblem]]:
    """The suppression comments of an article, and a problem for each unknown verdict named."""
    found: list[Directive] = []
    problems: list[InputProblem] = []
    # Lines are counted up to each directive found, from the one before (most articles have none).
    line, line_start, counted = 1, 0, 0
    for match in _DIRECTIVE.finditer(text):
        end = match.end()
        if newlines := text.count("\n", counted, end):
            line += newlines
            line_start = text.rfind("\n", counted, end) + 1
        counted = end
        names = [n.lower() for n in re.split(r"[\s,]+", match.group("names")) if n]
        unknown = [n for n in names if n not in _NAMES]
        if unknown:
            named = ", ".join(map(repr, unknown))
            known = ", ".join(sorted(_NAMES))
            message = f"line {line}: unknown verdict {named} in `verify: ignore` (known: {known})"
            problems.append(InputProblem(path, message))
            continue
        verdicts = frozenset(_NAMES[n] for n in names) or None
        found.append(Directive(line, end - line_start + 1, verdicts))
    return found, problems


def suppress_inline(article: ArticleReport) -> tuple[ArticleReport, list[InputProblem]]:
    """Mark the findings that a ``verify: ignore`` comment silences.

    A comment applies to the next claim after it: every claim at that position
    (a post and the quote inside it stand at the same place).
    """
    found, problems = directives(article.text, article.path)
    positions = sorted({(f.claim.line, f.claim.column) for f in article.findings})
    silenced: dict[tuple[int, int], frozenset[str] | None] = {}
    for directive in found:
        index = bisect.bisect_left(positions, (directive.line, directive.column))
        if index == len(positions):
            continue  # a comment after the last claim silences nothing
        target = positions[index]
        earlier = silenced.get(target, frozenset())
        both = None if earlier is None or directive.verdicts is None else earlier | directive.verdicts
        silenced[target] = both
    if not silenced:
        return article, problems
    findings = tuple(_silence(f, silenced) for f in article.findings)
    return replace(article, findings=findings), problems


def _silence(finding: Finding, silenced: dict[tuple[int, int], frozenset[str] | None]) -> Finding:
    position = (finding.claim.line, finding.claim.column)
    if position not in silenced:
        return finding
    verdicts = silenced[position]
    if verdicts is None or finding.verdict.value in verdicts:
        return replace(finding, suppressed=True)
    return finding


def fingerprint(finding: Finding, path: str, root: Path | None = None) -> str:
    """A stable id of a finding that survives edits elsewhere in the article (no line numbers).

    The article's path counts as spelled from the project ``root`` (see :mod:`verify.project`),
    so a baseline written at the repository root accepts the same findings from a subfolder.
    """
    claim = finding.claim
    parts = (
        finding.rule,
        project_path(path, root),
        claim.kind.value,
        _plain_words(claim.text),
        _plain_words(claim.speaker or ""),
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _plain_words(text: str) -> str:
    """Words only, case-folded: quote marks, punctuation and spacing do not change a fingerprint.

    Deliberately not the matcher's normalisation, so that tuning the matcher never turns the
    findings a newsroom accepted into new ones.
    """
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _accountable(finding: Finding) -> bool:
    return not finding.suppressed and finding.severity is not Severity.NONE


def baseline_of(report: Report, root: Path | None = None) -> Baseline:
    """The baseline that accepts every unsuppressed finding of ``report``."""
    return Baseline(tuple(fingerprint(f, a.path, root) for a in report.articles for f in a.findings if _accountable(f)))


def apply_baseline(report: Report, baseline: Baseline, root: Path | None = None) -> Report:
    """Mark the findings the baseline accepts, each accepted fingerprint used as often as it was recorded."""
    remaining = Counter(baseline.fingerprints)
    articles = []
    for article in report.articles:
        findings = []
        for finding in article.findings:
            key = fingerprint(finding, article.path, root) if _accountable(finding) else ""
            if remaining[key] > 0:
                remaining[key] -= 1
                finding = replace(finding, suppressed=True)
            findings.append(finding)
        articles.append(replace(article, findings=tuple(findings)))
    return replace(report, articles=tuple(articles))


def read_baseline(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline file written by :func:`write_baseline` (a regular file: a FIFO or /dev/zero never ends)."""
    name = str(path)
    if not os.path.lexists(path):
        raise InputError(name, "no such baseline file (write one with --write-baseline)")
    raw = read_capped(Path(path), name, BASELINE_MAX_BYTES)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise InputError(name, f"not a baseline file: {error}") from None
    entries = data.get("findings") if isinstance(data, dict) and data.get("schema") == BASELINE_SCHEMA else None
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries
    ):
        raise InputError(name, f"not a baseline file (expected schema {BASELINE_SCHEMA!r} with a list of findings)")
    return Baseline(tuple(str(e["fingerprint"]) for e in entries))


def write_baseline(report: Report, path: str | os.PathLike[str], root: Path | None = None) -> Baseline:
    """Write the baseline accepting every unsuppressed finding of ``report``; returns it.

    Each entry names the claim as well as its fingerprint, so that a reviewer
    can read what a commit accepts.
    """
    entries = [
        {
            "fingerprint": fingerprint(f, a.path, root),
            "path": project_path(a.path, root),
            "rule": f.rule,
            "verdict": f.verdict.value,
            "speaker": f.claim.speaker,
            "text": f.claim.text,
        }
        for a in report.articles
        for f in a.findings
        if _accountable(f)
    ]
    entries.sort(key=lambda e: (e["path"], e["fingerprint"]))
    document = {"schema": BASELINE_SCHEMA, "findings": entries}
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, target)  # a crash mid-write never leaves half a baseline
    return Baseline(tuple(str(e["fingerprint"]) for e in entries))
