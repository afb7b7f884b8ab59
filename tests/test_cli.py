"""The command line: every exit status, --fail-on, --exit-zero, --output, stdin, usage errors.

Each test writes a small newsroom to tmp_path: a transcript in snapshots/
and plain-text articles quoting it, word for word or with a word changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from verify.cli import cli
from verify.config import OPTIONS

TRANSCRIPT = "MARK RUTTE: We will never again attempt to attack. Ukraine will have strong guarantees.\n"
LEAD = "NATO Secretary General Mark Rutte spoke in Kyiv on Friday.\n\n"
ARTICLES = {
    "verified.txt": LEAD + "“We will never again attempt to attack,” Rutte said.\n",
    "altered.txt": LEAD + "“We will never again attempt to strike,” Rutte said.\n",  # error
    "unsupported.txt": LEAD + "“Russia must pay for every destroyed school,” Rutte said.\n",  # warning
    "unverified.txt": "“The sanctions stay until the war ends,” said Olaf Brandt, a German official.\n",  # note
}


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "snapshots").mkdir()
    (tmp_path / "snapshots" / "kyiv.txt").write_text(TRANSCRIPT, encoding="utf-8")
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def test_clean_run_exits_0(newsroom: Path) -> None:
    result = run("verified.txt", "-j", "1")
    assert result.exit_code == 0, result.output
    assert "verified" in result.stdout and "1 article checked: 1 verified" in result.stdout


def test_finding_at_fail_on_exits_1(newsroom: Path) -> None:
    result = run("altered.txt")
    assert result.exit_code == 1
    assert "altered" in result.stdout and "“attack” became “strike”" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"  \n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
def test_unreadable_input_exits_2_and_the_others_are_reported(
    newsroom: Path, name: str, content: bytes | None, message: str
) -> None:
    if content is not None:
        (newsroom / name).write_bytes(content)
    result = run("altered.txt", name, "verified.txt", "--format", "json")
    assert result.exit_code == 2
    assert f"verify: error: {name}: {message}" in result.stderr
    report = json.loads(result.stdout)
    assert [a["path"] for a in report["articles"]] == ["altered.txt", "verified.txt"]
    assert [e["path"] for e in report["summary"]["errors"]] == [name]


@pytest.mark.parametrize(
    ("article", "fail_on", "status"),
    [
        ("altered.txt", "error", 1),
        ("unsupported.txt", "error", 0),
        ("unsupported.txt", "warning", 1),
        ("unverified.txt", "warning", 0),
        ("unverified.txt", "note", 1),
        ("verified.txt", "note", 0),
        ("altered.txt", "never", 0),
    ],
)
def test_fail_on_levels(newsroom: Path, article: str, fail_on: str, status: int) -> None:
    assert run(article, "--fail-on", fail_on).exit_code == status


def test_exit_zero_is_advisory_but_input_errors_still_exit_2(newsroom: Path) -> None:
    assert run("altered.txt", "--exit-zero").exit_code == 0
    assert run("altered.txt", "missing.txt", "--exit-zero").exit_code == 2


def test_output_file_gets_the_report_and_stderr_the_summary(newsroom: Path) -> None:
    result = run("altered.txt", "verified.txt", "--format", "json", "--output", "report.json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "2 articles checked: 1 altered, 1 verified"
    report = json.loads((newsroom / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["verdicts"] == {"altered": 1, "verified": 1}


def test_unwritable_output_exits_2(newsroom: Path) -> None:
    result = run("verified.txt", "--output", "no/such/dir/report.json")
    assert result.exit_code == 2
    assert "cannot write the report" in result.stderr


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
def test_a_report_is_never_written_over_an_article_it_checks(newsroom: Path, option: str) -> None:
    draft = (newsroom / "altered.txt").read_text(encoding="utf-8")
    result = run("verified.txt", "./altered.txt", option, "altered.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == "verify: error: altered.txt: cannot write the report: it is an article to check"
    assert (newsroom / "altered.txt").read_text(encoding="utf-8") == draft


def test_stdin(newsroom: Path) -> None:
    result = run("-", "--format", "json", stdin=ARTICLES["altered.txt"])
    assert result.exit_code == 1
    article = json.loads(result.stdout)["articles"][0]
    assert article["path"] == "-"
    assert [f["verdict"] for f in article["findings"]] == ["altered"]


def test_default_command_and_explicit_check_agree(newsroom: Path) -> None:
    assert run("altered.txt", "--format", "json").stdout == run("check", "altered.txt", "--format", "json").stdout


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["verified.txt", "--format", "yaml"], "'yaml' is not one of"),
        (["verified.txt", "--fail-on", "sometimes"], "'sometimes' is not one of"),
        (["verified.txt", "--jobs", "0"], "0 is not in the range"),
        (["check"], "Missing argument"),
    ],
)
def test_usage_errors_exit_2(newsroom: Path, args: list[str], complaint: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert complaint in result.stderr


def test_every_check_option_is_a_configuration_key() -> None:
    command = cli.commands["check"]
    long_names = {
        name.removeprefix("--")
        for param in command.params
        if isinstance(param, click.Option)
        for name in param.opts
        if name.startswith("--")
    }
    # --write-baseline, --report and --stdin-filename are about one run, not settings; --no-color is an
    # alias of --color never; --help is click's.
    assert long_names - {"write-baseline", "report", "stdin-filename", "no-color", "help"} == set(OPTIONS)
