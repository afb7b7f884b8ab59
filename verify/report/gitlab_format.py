"""GitLab Code Quality (``--format gitlab``): the JSON array GitLab shows in merge requests.

One issue per unsuppressed finding at or above the shown level (``--show``),
as GitLab's Code Quality report describes it: ``description``, ``check_name``
(the rule code), ``fingerprint`` (the same edit-stable one baselines use),
``severity`` and ``location`` (the path from the project root and the line).
Inputs that could not be read are ``blocker`` issues, so that a pipeline
cannot pass over them unseen.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..models import Report, Severity
from ..project import project_path
from ..suppress import fingerprint
from . import RenderOptions, dump_json, rule_of

# GitLab's severities: info, minor, major, critical, blocker.
_SEVERITIES = {Severity.NOTE: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}


def render(report: Report, options: RenderOptions) -> str:
    issues: list[dict[str, Any]] = []
    for article in report.articles:
        path = project_path(article.path, options.root)
        for finding in article.findings:
            if finding.suppressed or finding.severity not in _SEVERITIES or not options.shows(finding):
                continue
            rule = rule_of(finding)
            issues.append(
                {
                    "description": f"{rule.code} {rule.name}: {finding.message}",
                    "check_name": rule.code,
                    "fingerprint": fingerprint(finding, article.path, options.root),
                    "severity": _SEVERITIES[finding.severity],
                    "location": {"path": path, "lines": {"begin": finding.claim.line}},
                }
            )
    for problem in report.errors:
        path = project_path(problem.path, options.root)
        issues.append(
            {
                "description": f"verify could not read this input: {problem.message}",
                "check_name": "input-error",
                "fingerprint": hashlib.sha256(f"input-error\x1f{path}".encode()).hexdigest()[:32],
                "severity": "blocker",
                "location": {"path": path, "lines": {"begin": 1}},
            }
        )
    return dump_json(issues)
