"""The SARIF 2.1.0 report (``--format sarif``), for code scanning.

One run. The rules table lists every kind of finding that needs attention
(the judge's rules, verified left out) with a short and a full description,
a help text in plain text and Markdown and a ``helpUri`` into docs/rules.md.
Each finding at or above the shown level (``--show``: warnings and errors by
default, notes with ``--show note``) is a result: rule id, level, the message,
the claim's place as an artifact URI relative to the project root with line
and column, ``partialFingerprints`` so that code scanning follows it across
commits, and ``suppressions`` when a comment or the baseline accepted it.
Inputs that could not be read are tool execution notifications of an
unsuccessful invocation.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..models import ArticleReport, Evidence, Finding, InputProblem, Report, Severity
from ..project import project_path
from ..rules import RULES, Rule
from ..suppress import fingerprint
from . import RenderOptions, dump_json

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "verifyFinding/v1"  # bump the suffix if the fingerprint recipe ever changes
_SOURCE_ROOT = "%SRCROOT%"  # relative URIs are relative to the checkout (code scanning's convention)
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}

_RULES: tuple[Rule, ...] = tuple(sorted((r for r in RULES if r.severity in _LEVELS), key=lambda r: r.id))
_RULE_INDEX = {rule.id: index for index, rule in enumerate(_RULES)}


def render(report: Report, options: RenderOptions) -> str:
    return dump_json(as_dict(report, options))


def as_dict(report: Report, options: RenderOptions) -> dict[str, Any]:
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": _driver(report)},
                "invocations": [_invocation(report.errors, options.root)],
                "results": [
                    _result(article, finding, options)
                    for article in report.articles
                    for finding in article.findings
                    if finding.severity in _LEVELS and options.shows(finding)
                ],
                "columnKind": "unicodeCodePoints",  # columns count characters of the decoded text
            }
        ],
    }


def _driver(report: Report) -> dict[str, Any]:
    return {
        "name": "verify",
        "version": report.tool_version,
        "informationUri": "https://pypi.org/project/verify-quotes/",
        "rules": [_rule(rule) for rule in _RULES],
    }


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": "".join(word.capitalize() for word in rule.summary.split()),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description},
        "helpUri": rule.help_uri,
        "help": {"text": f"{rule.why} {rule.fix}", "markdown": rule.markdown("###")},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"verdict": rule.verdict.value},
    }


def _result(article: ArticleReport, finding: Finding, options: RenderOptions) -> dict[str, Any]:
    claim = finding.claim
    key = fingerprint(finding, article.path, options.root)
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": _RULE_INDEX[finding.rule],
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(article.path, options.root, claim.line, claim.column)],
        "partialFingerprints": {FINGERPRINT_KEY: key},
        "properties": {
            "verdict": finding.verdict.value,
            "claimKind": claim.kind.value,
            "speaker": claim.speaker,
            "claim": claim.text,
        },
    }
    if finding.evidence is not None and finding.evidence.line:
        result["relatedLocations"] = [_evidence_location(finding.evidence, options.root)]
    if finding.suppressed:
        # A baseline lives outside the article; a `verify: ignore` comment is in it.
        kind = "external" if key in options.baseline else "inSource"
        result["suppressions"] = [{"kind": kind, "status": "accepted"}]
    if options.baseline:
        result["baselineState"] = "unchanged" if key in options.baseline else "new"
    return result


def _location(path: str, root: Path | None, line: int | None = None, column: int | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(path, root)}
    if line:
        physical["region"] = {"startLine": line, **({"startColumn": column} if column else {})}
    return {"physicalLocation": physical}


def _artifact(path: str, root: Path | None) -> dict[str, str]:
    if path.startswith(("http://", "https://")):
        return {"uri": path}
    portable = project_path(path, root)
    if os.path.isabs(portable):  # outside the checkout (e.g. --snapshots /srv/sources): a file URI
        return {"uri": Path(portable).as_uri()}
    return {"uri": quote(portable, safe="/"), "uriBaseId": _SOURCE_ROOT}


def _evidence_location(evidence: Evidence, root: Path | None) -> dict[str, Any]:
    location = _location(evidence.source, root, evidence.line)
    location["id"] = 1
    location["message"] = {"text": f"evidence: {evidence.speaker or 'no speaker'}"}
    return location


def _invocation(errors: tuple[InputProblem, ...], root: Path | None) -> dict[str, Any]:
    return {
        "executionSuccessful": not errors,
        "toolExecutionNotifications": [
            {"level": "error", "message": {"text": problem.message}, "locations": [_location(problem.path, root)]}
            for problem in errors
        ],
    }
