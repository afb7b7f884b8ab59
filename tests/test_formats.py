"""The CI formats: SARIF (schema-valid, stable rules, fingerprints), GitHub workflow commands, JUnit.

Golden outputs of the newsroom drafts under tests/data/newsroom/ live in
tests/data/golden/; regenerate them with ``--regen-golden`` and read the diff.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import verify
from verify.models import Claim, ClaimKind, Finding, InputProblem, Place, Report, Severity, Verdict
from verify.report import FORMATS, RenderOptions, dump_json, reporter
from verify.report.sarif_format import FINGERPRINT_KEY

DATA = Path(__file__).resolve().parent / "data"
NEWSROOM = DATA / "newsroom"
GOLDEN = DATA / "golden"
SARIF_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def newsroom_report(monkeypatch: pytest.MonkeyPatch, *extra: str) -> Report:
    """The newsroom drafts checked from their root (relative paths), with a fixed tool version."""
    monkeypatch.chdir(NEWSROOM)
    report = verify.check(["drafts", *extra])
    return dataclasses.replace(report, tool_version="0.0.0")


def assert_valid_sarif(text: str) -> dict:
    data = json.loads(text)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(data)
    return data


@pytest.mark.parametrize("name", ["sarif", "github", "junit"])
def test_format_matches_golden(name: str, monkeypatch: pytest.MonkeyPatch, regen_golden: bool) -> None:
    report = newsroom_report(monkeypatch, "drafts/missing.md")
    actual = reporter(name)(report, RenderOptions())
    golden = GOLDEN / f"newsroom.{name}"
    if regen_golden:
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


def test_sarif_is_valid_against_the_official_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    report = newsroom_report(monkeypatch, "drafts/missing.md")
    data = assert_valid_sarif(reporter("sarif")(report, RenderOptions()))
    run = data["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == "no such file"


def test_sarif_rules_are_stable_and_described(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads(reporter("sarif")(newsroom_report(monkeypatch), RenderOptions()))
    run = data["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["VF101", "VF102", "VF103", "VF104", "VF201", "VF202", "VF203", "VF301"]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["fullDescription"]["text"] != rule["shortDescription"]["text"]
    levels = {}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        levels[result["properties"]["verdict"]] = result["level"]
    assert levels == {"altered": "error", "misattributed": "error", "unsupported": "warning", "unverified": "note"}


def test_sarif_uris_are_relative_even_for_absolute_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(NEWSROOM)
    report = verify.check([str(NEWSROOM / "drafts" / "kyiv.md")])
    data = json.loads(reporter("sarif")(report, RenderOptions()))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in data["runs"][0]["results"]}
    assert uris == {"drafts/kyiv.md"}


def test_sarif_fingerprint_survives_lines_added_above(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(NEWSROOM, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "drafts" / "kyiv.md"
    original = article.read_text(encoding="utf-8")

    def fingerprints() -> dict[str, tuple[str, int]]:
        data = json.loads(reporter("sarif")(verify.check(["drafts/kyiv.md"]), RenderOptions()))
        return {
            r["partialFingerprints"][FINGERPRINT_KEY]: (
                r["ruleId"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in data["runs"][0]["results"]
        }

    article.write_text(original, encoding="utf-8")
    before = fingerprints()
    article.write_text("Update: an editor's note was added here.\n\n" + original, encoding="utf-8")
    after = fingerprints()
    assert before.keys() == after.keys()
    assert all(after[k][1] == before[k][1] + 2 for k in before)  # the lines moved, the fingerprints did not


def _finding(text: str, message: str, severity: Severity = Severity.ERROR) -> Finding:
    claim = Claim(kind=ClaimKind.QUOTE, text=text, speaker="Mark Rutte", place=Place.BODY, line=3, column=7)
    verdict = Verdict.ALTERED if severity is Severity.ERROR else Verdict.UNVERIFIED
    rule = "VF101" if severity is Severity.ERROR else "VF301"
    return Finding(claim=claim, verdict=verdict, severity=severity, rule=rule, message=message)


def _report(path: str, *findings: Finding, errors: tuple[InputProblem, ...] = ()) -> Report:
    article = verify.ArticleReport(path=path, posts=(), quotes=(), findings=findings)
    return Report((article,), errors, "0.0.0")


def test_github_escapes_data_and_properties() -> None:
    message = "100% sure:\r\nline two, with a comma"
    report = _report("news/a:b,c%.md", _finding("x", message))
    first = reporter("github")(report, RenderOptions()).splitlines()[0]
    assert first == (
        "::error file=news/a%3Ab%2Cc%25.md,line=3,col=7,title=Altered wording (VF101)"
        "::100%25 sure:%0D%0Aline two, with a comma"
    )


def test_github_prints_a_summary_after_the_annotations() -> None:
    findings = [_finding(f"quote {i}", f"message {i}") for i in range(12)]
    report = _report("a.md", *findings, _finding("n", "a note", Severity.NOTE))
    lines = reporter("github")(report, RenderOptions()).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 12
    assert sum(line.startswith("::notice ") for line in lines) == 1
    assert lines[-2:] == ["verify: a.md: 12 errors, 1 notice", "verify: 1 article checked: 12 altered, 1 unverified"]


def test_github_skips_suppressed_findings_and_reports_input_errors() -> None:
    hidden = dataclasses.replace(_finding("x", "hidden"), suppressed=True)
    report = _report("a.md", hidden, errors=(InputProblem("b.md", "empty file"),))
    lines = reporter("github")(report, RenderOptions()).splitlines()
    assert lines[0] == "::error file=b.md,title=verify%3A input error::empty file"
    assert not any("hidden" in line for line in lines)


@pytest.mark.parametrize(("fail_on", "failures"), [(Severity.ERROR, 1), (Severity.NOTE, 2), (None, 0)])
def test_junit_fails_cases_at_or_above_fail_on(fail_on: Severity | None, failures: int) -> None:
    report = _report("a.md", _finding("altered words", "changed"), _finding("a note", "no source", Severity.NOTE))
    root = ET.fromstring(reporter("junit")(report, RenderOptions(fail_on=fail_on)))
    assert root.get("tests") == "2"
    assert root.get("failures") == str(failures)
    assert len(root.findall("testsuite/testcase")) == 2


def test_junit_output_is_well_formed_whatever_the_text() -> None:
    report = _report("a.md", _finding('bad \x0b\x1b chars & <tags> "quotes"', "m\x00essage"))
    root = ET.fromstring(reporter("junit")(report, RenderOptions()))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and "<tags>" in (failure.text or "")


def test_every_registered_format_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    report = newsroom_report(monkeypatch)
    available = [n for n, module in FORMATS.items() if importlib.util.find_spec(f"verify.report.{module}")]
    assert {"text", "json", "sarif", "github", "junit"} <= set(available)
    for name in available:
        assert reporter(name)(report, RenderOptions()).strip()


_JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.lists(inner) | st.lists(inner).map(tuple) | st.dictionaries(st.text(), inner),
    max_leaves=40,
)


@given(st.dictionaries(st.text(), _JSON_VALUES) | st.lists(_JSON_VALUES) | st.dictionaries(st.integers(), st.text()))
def test_json_is_written_as_json_dumps_indents_it(data: object) -> None:
    """The reports' own indenting writer gives json.dumps's text byte for byte (NaN, infinities, empty containers,
    tuples and every string escape included); a key that is no str is left to json.dumps itself."""
    expected = json.dumps(data, ensure_ascii=False, indent=2)
    assert dump_json(data) == re.sub("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]", _escaped, expected) + "\n"


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
