"""Every report format on hostile quote and source text: nothing that steers a terminal, a CI log or the
order a reader sees words in reaches the report raw, and no untrusted text starts a workflow command; the HTML
report places the claims of a long text node in linear time."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import verify
from verify.models import Report
from verify.report import FORMATS, RenderOptions, reporter
from verify.report.html.article import _html_text, _shown, _ShownLengths

from .growth import assert_grows_linearly

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


# Where a claim stands in the HTML report's text: a long text node's source is decoded (references, white space)
# once, not from the node's start again for each claim in it. Pieces of references whole and cut ("&am" is none,
# "&nbsp" one without its semicolon), white space raw and decoded, next to each other.
_SOURCE_PIECES = ["&amp;", "&am", "&", "&#32;", "&#x20;", "&nbsp;", "&nbsp", "&#", "&#x", "&#0;", "&#xD800;", "&lt",
                  "&notit;", "&#1114112;", "&NewLine;", "&#10;", ";", "#", " ", "  ", "\n", "\t", "\xa0", "a", "“b,”"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOURCE_PIECES), max_size=30).map("".join))
def test_a_place_in_a_text_node_is_where_its_decoded_text_puts_it(piece: str) -> None:
    lengths = _ShownLengths(piece)
    assert [lengths(n) for n in range(len(piece) + 1)] == [len(_shown(piece[:n])) for n in range(len(piece) + 1)]


def test_claims_in_long_text_nodes_are_placed_in_linear_time() -> None:
    # (a <p> of 1,400 quotes, 20 KB, took 0.43 s to place: each decoded from the node's start; past 20,000 characters
    # into a node a claim was taken to stand at its start. Sixteen nodes, so that the work is measurable while a node
    # is still under those 20,000 characters.)
    def make(n: int) -> Callable[[], object]:
        source = "<html><body>" + ("<p>" + "“a,” he said &amp; left. " * n + "</p>") * 16 + "</body></html>"
        claims = [i for i, c in enumerate(source) if c == "“"]

        def place() -> list[int]:
            shown = _html_text(source)
            return [shown.offset(i) for i in claims]

        return place

    assert_grows_linearly(make, 200)


def test_a_claim_far_into_a_text_node_is_placed_where_it_stands() -> None:
    source = "<html><body><p>" + "a &amp; b  \n" * 3_000 + "“c,” he said.</p></body></html>"
    shown = _html_text(source)
    assert shown.text[shown.offset(source.index("“")) :].startswith("“c,” he said.")
