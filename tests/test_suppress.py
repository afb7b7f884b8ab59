"""Inline suppression comments, fingerprints, and baseline files."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import verify
from verify.cli import cli
from verify.suppress import apply_baseline, baseline_of, fingerprint, read_baseline

TRANSCRIPT = (
    "MARK RUTTE: We will never again attempt to attack. Ukraine will have strong guarantees.\n"
    "ANNA KELLER: Europe stands ready to help with reconstruction.\n"
)
ALTERED = "“We will never again attempt to strike,” said Mark Rutte.\n"
MISATTRIBUTED = "“Ukraine will have strong guarantees,” said Anna Keller.\n"
ALTERED_TOO = "“Europe stands ready to help with the rebuilding,” said Anna Keller.\n"
VERIFIED = "“Europe stands ready to help with reconstruction,” said Anna Keller.\n"


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "snapshots").mkdir()
    (tmp_path / "snapshots" / "kyiv.txt").write_text(TRANSCRIPT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def article(name: str, *paragraphs: str) -> str:
    Path(name).write_text("\n".join(paragraphs), encoding="utf-8")
    return name


def verdicts(path: str) -> list[tuple[str, bool]]:
    return [(f.verdict.value, f.suppressed) for f in verify.check([path]).findings]


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "-j", "1"], catch_exceptions=False)


def test_ignore_silences_the_next_claim_only(newsroom: Path) -> None:
    path = article("a.md", "<!-- verify: ignore -->", ALTERED, MISATTRIBUTED, VERIFIED)
    assert verdicts(path) == [("altered", True), ("misattributed", False), ("verified", False)]


def test_ignore_names_verdicts_and_rule_ids(newsroom: Path) -> None:
    path = article(
        "a.md",
        "<!-- verify: ignore misattributed, altered -->",
        ALTERED,
        "<!--verify:ignore VF102-->",
        MISATTRIBUTED,
        "<!-- verify: ignore unverified -->",
        ALTERED_TOO,
    )
    assert verdicts(path) == [("altered", True), ("misattributed", True), ("altered", False)]


def test_ignore_in_html_before_the_element(newsroom: Path) -> None:
    html = f"<article><!-- verify: ignore altered -->\n<p>{ALTERED}</p>\n<p>{MISATTRIBUTED}</p></article>"
    path = article("a.html", html)
    assert verdicts(path) == [("altered", True), ("misattributed", False)]


def test_suppressed_findings_stay_in_the_report_and_do_not_fail(newsroom: Path) -> None:
    article("a.md", "<!-- verify: ignore -->", ALTERED)
    result = run("a.md", "--format", "json")
    assert result.exit_code == 0
    finding = json.loads(result.stdout)["articles"][0]["findings"][0]
    assert (finding["verdict"], finding["suppressed"]) == ("altered", True)
    sarif = json.loads(run("a.md", "--format", "sarif").stdout)
    assert sarif["runs"][0]["results"][0]["suppressions"] == [{"kind": "inSource", "status": "accepted"}]


def test_an_unknown_verdict_in_a_comment_is_an_error(newsroom: Path) -> None:
    article("a.md", "Intro.", "<!-- verify: ignore altred -->", ALTERED)
    result = run("a.md")
    assert result.exit_code == 2
    assert "verify: error: a.md: line 2: unknown verdict 'altred'" in result.stderr
    assert "altered" in result.stdout  # the article is still reported


def test_fingerprint_ignores_line_numbers_and_keeps_what_identifies_the_finding(newsroom: Path) -> None:
    path = article("a.md", ALTERED)
    before = verify.check([path]).findings[0]
    article("a.md", "A new first paragraph.\n", "Another one.\n", ALTERED.replace("  ", " "))
    after = verify.check([path]).findings[0]
    assert after.claim.line != before.claim.line
    assert fingerprint(after, "a.md") == fingerprint(before, "a.md") == fingerprint(before, "./a.md")
    assert fingerprint(before, "b.md") != fingerprint(before, "a.md")
    article("a.md", ALTERED.replace("strike", "hit"))
    assert fingerprint(verify.check([path]).findings[0], "a.md") != fingerprint(before, "a.md")


def test_baseline_accepts_existing_findings_and_fails_on_new_ones(newsroom: Path) -> None:
    article("old.md", "Archive.", ALTERED, MISATTRIBUTED, VERIFIED)
    written = run("old.md", "--write-baseline", "baseline.json")
    assert written.exit_code == 0  # writing a baseline accepts what it records
    entries = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert sorted(e["verdict"] for e in entries) == ["altered", "misattributed"]

    assert run("old.md").exit_code == 1
    assert run("old.md", "--baseline", "baseline.json").exit_code == 0
    # Edits above the old findings keep them accepted; a new problem fails the run.
    article("old.md", "Archive, updated.", "A new paragraph.", ALTERED, MISATTRIBUTED, VERIFIED, ALTERED_TOO)
    result = run("old.md", "--baseline", "baseline.json", "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["articles"][0]["findings"]
    assert [(f["verdict"], f["suppressed"]) for f in findings] == [
        ("altered", True),
        ("misattributed", True),
        ("verified", False),
        ("altered", False),
    ]


def test_a_baseline_accepts_a_finding_as_often_as_it_recorded_it(newsroom: Path) -> None:
    report = verify.check([article("a.md", ALTERED)])
    twice = dataclasses.replace(report.articles[0], findings=report.articles[0].findings * 2)
    accepted = apply_baseline(dataclasses.replace(report, articles=(twice,)), baseline_of(report))
    assert [f.suppressed for f in accepted.findings] == [True, False]


def test_sarif_marks_baseline_state_and_external_suppression(newsroom: Path) -> None:
    article("old.md", ALTERED)
    run("old.md", "--write-baseline", "baseline.json")
    article("old.md", ALTERED, MISATTRIBUTED)
    results = json.loads(run("old.md", "--baseline", "baseline.json", "--format", "sarif").stdout)["runs"][0]["results"]
    assert [(r["ruleId"], r["baselineState"], r.get("suppressions")) for r in results] == [
        ("VF101", "unchanged", [{"kind": "external", "status": "accepted"}]),
        ("VF102", "new", None),
    ]


def test_baseline_from_the_library(newsroom: Path) -> None:
    report = verify.check([article("a.md", ALTERED, MISATTRIBUTED)])
    accepted = apply_baseline(report, baseline_of(report))
    assert [f.suppressed for f in accepted.findings] == [True, True]
    assert accepted.worst_severity() is verify.Severity.NONE


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        (None, "no such baseline file"),
        ("{not json", "not a baseline file"),
        ('{"schema": "other", "findings": []}', "expected schema 'verify.baseline/1'"),
    ],
)
def test_a_bad_baseline_exits_2(newsroom: Path, content: str | None, complaint: str) -> None:
    article("a.md", ALTERED)
    if content is not None:
        Path("baseline.json").write_text(content, encoding="utf-8")
    result = run("a.md", "--baseline", "baseline.json")
    assert result.exit_code == 2
    assert complaint in result.stderr
    with pytest.raises(verify.InputError, match=complaint):
        read_baseline("baseline.json")
