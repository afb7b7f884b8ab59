"""Every report format on hostile quote and source text: nothing that steers a terminal, a CI log or the
order a reader sees words in reaches the report raw, and no untrusted text starts a workflow command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import verify
from verify.models import Report
from verify.report import FORMATS, RenderOptions, reporter

# ESC sequences, a line rewritten by CR, a forged workflow command after an encoded and a real line
# break, bidirectional overrides and isolates that make "ton" read "not" ("Trojan Source").
_QUOTED = (
    "We will \x1b[31mdefend\x1b[0m every \u202etni\u202c of %0A::error file=x::pwned allied territory.\n"
    "::set-output name=x::The United \u2066States\u2069 will participate\r fully " + "very " * 3000 + "long."
)
_SAID = (
    "We will \x1b[31mprotect\x1b[0m every \u202edray\u202c of %0A::error file=x::owned allied territory.\n"
    "::set-output name=x::The United \u2066States\u2069 will participate\r partly " + "very " * 3000 + "long."
)
# C0 but tab and line feed, DEL, C1, the bidirectional embeddings, overrides and isolates.
_STEERING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, RenderOptions]:
    root = tmp_path_factory.mktemp("hostile-text")
    (root / "snapshots").mkdir()
    post = {"url": "https://x.com/NATO/status/1", "author": "Mark Rutte", "text": _SAID}
    (root / "snapshots" / "x.json").write_text(json.dumps(post), encoding="utf-8")
    article = root / "a,title=x::y.md"
    article.write_text(f'# Hostile\n\nMark Rutte said: "{_QUOTED}"\n', encoding="utf-8")
    report = verify.check([str(article)])
    assert [f.verdict.value for f in report.findings] == ["altered"]  # the hostile words reach the messages
    return report, RenderOptions(root=root)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_no_steering_character_reaches_a_report(hostile: tuple[Report, RenderOptions], name: str) -> None:
    text = reporter(name)(*hostile)
    assert _STEERING.findall(text) == []


def test_the_html_report_shows_bidirectional_controls_as_escapes(hostile: tuple[Report, RenderOptions]) -> None:
    page = reporter("html")(*hostile)
    assert "\\u202e" in page and "\\u2066" in page


def test_only_verify_starts_a_workflow_command(hostile: tuple[Report, RenderOptions]) -> None:
    lines = reporter("github")(*hostile).splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == len(hostile[0].findings)
    assert all(line.startswith("::error file=a%2Ctitle=x%3A%3Ay.md,line=3,") for line in commands)
