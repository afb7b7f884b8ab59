"""The expectation runner (verify/evaluate/expectations.py) on a tiny invented report and case folder."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from verify.evaluate.expectations import (
    expectations,
    plain,
    same_speaker,
    score_article,
    summary_lines,
)

REPORT = {
    "path": "article.md",
    "posts": [
        {
            "platform": "x",
            "url": "https://x.com/PortOffice/status/2011934418662933911",
            "id": "2011934418662933911",
            "author": {"name": "Port Office", "handle": "@PortOffice"},
            "published": "2026-01-15",
            "text": "The ferry will sail at nine.",
            "line": 9,
            "column": 1,
            "in_body": True,
        }
    ],
    "quotes": [
        {"text": "We will reopen the harbour in May", "speaker": "Ana Ruiz", "mention": "she", "line": 3, "column": 2},
    ],
    "findings": [
        {
            "verdict": "altered",
            "severity": "error",
            "claim": {
                "kind": "quote",
                "text": "We will reopen the harbour in May",
                "speaker": "Ana Ruiz",
                "place": "body",
                "line": 3,
                "column": 2,
            },
            "changes": [{"op": "replace", "claim": "May", "source": "June", "flags": ["number"]}],
            "message": "The quote differs from the transcript: May for June.",
        },
        {
            "verdict": "unverified",
            "severity": "note",
            "claim": {"kind": "quote", "text": "cheap", "speaker": None, "place": "body", "line": 5, "column": 9},
            "changes": [],
            "message": "Nothing to check against.",
        },
        {
            "verdict": "verified",
            "severity": "none",
            "claim": {
                "kind": "post",
                "text": "The ferry will sail at nine.",
                "speaker": "Port Office",
                "place": "post",
                "line": 9,
                "column": 1,
                "url": "https://x.com/PortOffice/status/2011934418662933911",
            },
            "changes": [],
            "message": "Matches the saved post.",
        },
    ],
}


def outcomes(expect: dict, status: int = 1) -> dict[str, dict[str, bool]]:
    return {o.subject: {c.field: c.met for c in o.checks} for o in score_article("case", expect, REPORT, status)}


def test_plain_ignores_case_quote_marks_dashes_and_spacing() -> None:
    assert plain("“We’ll  go” — now…") == plain('"we\'ll go" - now...')


def test_speakers_ignore_a_leading_the_and_none_expects_no_speaker() -> None:
    assert same_speaker("Lakeside Town Council", "the Lakeside Town Council")
    assert same_speaker(None, None)
    assert not same_speaker(None, "he")
    assert not same_speaker("Ana Ruiz", "Luis Ruiz")
    # a definite article opening a description, in any language of the sets, is no matter of who speaks
    assert same_speaker("Landfrauenverband", "Der Landfrauenverband")
    assert same_speaker("la portavoz del sindicato", "portavoz del sindicato")
    assert same_speaker("l'avocate", "avocate")
    assert not same_speaker("Ana Ruiz", "la Ruiz del sindicato")
    assert not same_speaker("Les Bleus", "les")


def test_claim_fields_are_checked_on_the_finding_and_its_quote() -> None:
    expect = {
        "claims": [
            {
                "text_contains": "reopen the harbour",
                "speaker": "Ana Ruiz",
                "mention": "she",
                "verdict": ["altered", "paraphrased"],
                "severity": "error",
                "flags_include": ["number"],
                "changes_include": ["June"],
                "place": "body",
            }
        ]
    }
    assert outcomes(expect) == {
        "claim 'reopen the harbour'": {
            "speaker": True,
            "mention": True,
            "verdict": True,
            "severity": True,
            "flags_include": True,
            "changes_include": True,
            "place": True,
        }
    }


def test_a_claim_that_is_not_reported_fails_every_field() -> None:
    expect = {"claims": [{"text_contains": "lighthouse", "speaker": "Ana Ruiz", "verdict": "verified"}]}
    assert outcomes(expect) == {"claim 'lighthouse'": {"speaker": False, "verdict": False}}


def test_post_fields_the_report_lacks_are_unmet_not_errors() -> None:
    expect = {"posts": [{"handle": "PortOffice", "id": "2011934418662933911", "form": "embed", "verdict": "verified"}]}
    assert outcomes(expect)["post PortOffice 2011934418662933911"] == {
        "handle": True,
        "id": True,
        "form": False,
        "verdict": True,
    }


def test_a_date_only_expectation_holds_for_a_time_on_that_day() -> None:
    def published(found: str, expected: str) -> bool:
        report = {**REPORT, "posts": [{**REPORT["posts"][0], "published": found}]}
        expect = {"posts": [{"id": "2011934418662933911", "published": expected}]}
        (outcome,) = score_article("case", expect, report, 1)
        return {c.field: c.met for c in outcome.checks}["published"]

    assert published("2026-01-15T17:00:00+00:00", "2026-01-15")
    assert published("2026-01-15 08:30", "2026-01-15")
    assert published("2026-01-15", "2026-01-15")
    assert not published("2026-01-16T00:30:00+01:00", "2026-01-15")  # the day the post states, not converted
    assert not published("2026-01-15T17:00:00+00:00", "2026-01-15T18:00:00+00:00")  # a time expected: that time
    assert not published("2026-01-15", "2026-01-15T17:00:00+00:00")
    assert not published("2026-01-150", "2026-01-15")


def test_absences_and_exit_status() -> None:
    expect = {"absent": ["cheap", "expensive"], "absent_posts": ["status/2011934418662933911"], "exit": 0}
    assert outcomes(expect, status=1) == {
        "absent 'cheap'": {"absent": False},
        "absent 'expensive'": {"absent": True},
        "absent post 'status/2011934418662933911'": {"absent": False},
        "exit": {"exit": False},
    }


def test_summary_counts_expectations_and_lists_the_unmet_with_what_was_found() -> None:
    expect = {"claims": [{"text_contains": "reopen", "verdict": "verified"}], "exit": 1}
    lines = summary_lines([("case", score_article("case", expect, REPORT, 1))])
    assert lines[1].split()[:3] == ["case", "1/2", "50.0%"]
    assert "verdict: expected 'verified', found 'altered'" in "\n".join(lines)


def test_the_command_runs_the_tool_on_each_case_folder(tmp_path: Path) -> None:
    case = tmp_path / "harbour"
    (case / "snapshots").mkdir(parents=True)
    (case / "article.md").write_text(
        '# Harbour\n\nHarbour master Ana Ruiz spoke on Monday.\n\n"We will reopen in June," Ruiz said.\n',
        encoding="utf-8",
    )
    (case / "snapshots" / "briefing.txt").write_text("RUIZ: We will reopen in June.\n", encoding="utf-8")
    (case / "expect.json").write_text(
        json.dumps({"claims": [{"text_contains": "reopen in June", "speaker": "Ana Ruiz"}], "exit": 0}),
        encoding="utf-8",
    )
    result = CliRunner().invoke(expectations, [str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0
    name, counts = result.output.splitlines()[1].split()[:2]
    assert (name, counts.split("/")[1]) == ("harbour", "2")
    assert "overall" in result.output


def test_entries_take_the_article_issue_unless_they_name_their_own() -> None:
    expect = {"issue": 11, "claims": [{"text_contains": "reopen", "issue": 12}], "absent": ["cheap"], "exit": 1}
    found = score_article("case", expect, REPORT, 1)
    assert [(o.subject, o.issue) for o in found] == [("claim 'reopen'", 12), ("absent 'cheap'", 11), ("exit", 11)]
    lines = summary_lines([("case", found)])
    assert [line.split()[:3] for line in lines if line.startswith("issue")] == [
        ["issue", "11", "1/2"],
        ["issue", "12", "1/1"],
    ]


def test_a_post_that_is_not_reported_fails_every_field_text_included() -> None:
    expect = {"posts": [{"handle": "@Nobody", "text_contains": "ferry", "form": "link"}]}
    assert outcomes(expect) == {"post @Nobody": {"handle": False, "text_contains": False, "form": False}}


def test_every_holds_each_claim_with_the_words_to_the_fields() -> None:
    report = {
        "findings": [
            {
                "verdict": "verified",
                "severity": "none",
                "claim": {"kind": "quote", "text": "At the limit", "place": "body"},
            },
            {
                "verdict": "altered",
                "severity": "error",
                "claim": {"kind": "quote", "text": "At the limit!", "place": "dek"},
            },
        ]
    }
    best = {"claims": [{"text_contains": "at the limit", "severity": ["none", "note"]}]}
    every = {"claims": [{"text_contains": "at the limit", "severity": ["none", "note"], "every": True}]}
    assert score_article("case", best, report, 0)[0].met
    assert not score_article("case", every, report, 0)[0].met
