"""JUnit XML (``--format junit``), for CI systems that show test results.

One test suite per article and one test case per claim: a ``failure`` when
its finding reaches ``--fail-on``, ``skipped`` when the finding is
suppressed, a pass otherwise (a finding below ``--fail-on`` says what it is
in ``system-out``). Each input that could not be read is a suite with one
errored case. No timestamps or durations: the same inputs give the same file.

The file keeps to the common JUnit schema (Jenkins' junit-10.xsd, which most
CI systems read): ``testsuites`` carries no ``skipped`` count, and a test case
no ``file``/``line`` attributes; the claim's place (path from the project root,
line, column) is in the case's name and in the suite's ``file`` property.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..models import ArticleReport, Finding, InputProblem, Report, Verdict
from ..project import project_path
from . import RenderOptions, claim_text, credited, fails, rule_of

# Characters XML 1.0 cannot carry at all, not even escaped (control characters, lone surrogates),
# and C1 controls, which it may carry but a terminal showing the file would obey.
_NOT_XML = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NAME_PREVIEW = 80  # characters of a claim in a test case's name
_ROOT_COUNTS = ("tests", "failures", "errors")  # the schema has no skipped count on testsuites


def render(report: Report, options: RenderOptions) -> str:
    root = ET.Element("testsuites", name="verify")
    suites = [_article_suite(article, options) for article in report.articles]
    suites += [_problem_suite(problem, options) for problem in report.errors]
    for name in _ROOT_COUNTS:
        root.set(name, str(sum(int(suite.get(name, "0")) for suite in suites)))
    root.extend(suites)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(path: str) -> ET.Element:
    """A suite named by the article's project path, which its ``file`` property repeats."""
    suite = ET.Element("testsuite", name=_clean(path))
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="file", value=_clean(path))
    return suite


def _article_suite(article: ArticleReport, options: RenderOptions) -> ET.Element:
    path = project_path(article.path, options.root)
    suite = _suite(path)
    for finding in article.findings:
        suite.append(_case(path, finding, options))
    _count(suite)
    return suite


def _case(path: str, finding: Finding, options: RenderOptions) -> ET.Element:
    claim = finding.claim
    words = claim_text(claim.text)
    preview = words if len(words) <= _NAME_PREVIEW else words[: _NAME_PREVIEW - 1] + "…"
    name = f"{path}:{claim.line}:{claim.column} {claim.kind.value} by {credited(claim)}: “{preview}”"
    case = ET.Element("testcase", classname=_clean(path), name=_clean(name))
    rule = rule_of(finding)
    if finding.suppressed:
        ET.SubElement(case, "skipped", message=f"suppressed {finding.verdict.value} ({rule.id})")
    elif fails(finding.severity, options.fail_on):
        failure = ET.SubElement(case, "failure", message=_clean(finding.message), type=f"{rule.id} {rule.summary}")
        failure.text = _clean(_details(finding))
    elif finding.verdict is not Verdict.VERIFIED:
        ET.SubElement(case, "system-out").text = _clean(
            f"{finding.verdict.value} ({rule.id}): {claim_text(finding.message)}"
        )
    return case


def _details(finding: Finding) -> str:
    """The claim, its evidence and the word changes, one per line (untrusted words on one line each)."""
    claim = finding.claim
    lines = [
        f"{finding.verdict.value} ({finding.severity.value}): {claim_text(finding.message)}",
        f"claim: {claim_text(claim.text)}",
    ]
    evidence = finding.evidence
    if evidence is not None:
        where = claim_text(evidence.source) + (f":{evidence.line}" if evidence.line else "")
        speaker = claim_text(evidence.speaker or "no speaker")
        lines.append(f"evidence ({where}, {speaker}): {claim_text(evidence.text)}")
    for change in finding.changes:
        flags = f" [{', '.join(change.flags)}]" if change.flags else ""
        lines.append(f"{change.op}: “{claim_text(change.source)}” -> “{claim_text(change.claim)}”{flags}")
    return "\n".join(lines)


def _problem_suite(problem: InputProblem, options: RenderOptions) -> ET.Element:
    path = project_path(problem.path, options.root)
    suite = _suite(path)
    case = ET.SubElement(suite, "testcase", classname=_clean(path), name=_clean(f"{path}: read input"))
    ET.SubElement(case, "error", message=_clean(problem.message), type="input error")
    _count(suite)
    return suite


def _count(suite: ET.Element) -> None:
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    for name, tag in (("failures", "failure"), ("errors", "error"), ("skipped", "skipped")):
        suite.set(name, str(sum(1 for case in cases if case.find(tag) is not None)))


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
