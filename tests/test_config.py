"""Configuration: discovery by walking up, file precedence, command-line precedence, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from verify.cli import cli
from verify.config import ConfigError, find_config

TRANSCRIPT = "MARK RUTTE: We will never again attempt to attack.\n"
ALTERED = "NATO Secretary General Mark Rutte spoke.\n\n“We will never again attempt to strike,” Rutte said.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout: drafts/2025/altered.txt quoting a transcript in drafts/2025/snapshots/."""
    write(tmp_path / "drafts" / "2025" / "snapshots" / "kyiv.txt", TRANSCRIPT)
    write(tmp_path / "drafts" / "2025" / "altered.txt", ALTERED)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_verify_toml_above_the_article_applies(repo: Path) -> None:
    write(repo / "verify.toml", 'fail-on = "never"\n')
    assert run("drafts/2025/altered.txt").exit_code == 0


def test_pyproject_without_the_table_is_passed_over(repo: Path) -> None:
    write(repo / "verify.toml", 'fail-on = "never"\n')
    write(repo / "drafts" / "pyproject.toml", '[project]\nname = "drafts"\n')
    assert run("drafts/2025/altered.txt").exit_code == 0


def test_the_nearest_file_wins_and_verify_toml_before_pyproject(repo: Path) -> None:
    write(repo / "verify.toml", 'fail-on = "never"\n')
    write(repo / "drafts" / "pyproject.toml", '[tool.verify]\nfail-on = "never"\n')
    write(repo / "drafts" / "verify.toml", 'fail-on = "error"\n')
    config = find_config(repo / "drafts" / "2025")
    assert config is not None and config.path == repo / "drafts" / "verify.toml"
    assert run("drafts/2025/altered.txt").exit_code == 1


def test_the_command_line_wins(repo: Path) -> None:
    write(repo / "pyproject.toml", '[tool.verify]\nfail-on = "never"\nformat = "json"\n')
    result = run("drafts/2025/altered.txt", "--fail-on", "error")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["summary"]["verdicts"] == {"altered": 1}  # format still from the file
    assert run("drafts/2025/altered.txt", "--format", "text").stdout.startswith("drafts/2025/altered.txt")


def test_paths_are_relative_to_the_file_and_snapshots_apply_per_article(repo: Path) -> None:
    write(repo / "sources" / "kyiv.txt", "MARK RUTTE: We will never again attempt to strike.\n")
    write(repo / "archive" / "pyproject.toml", '[tool.verify]\nsnapshots = "../sources"\noutput = "report.sarif"\n')
    write(repo / "archive" / "altered.txt", ALTERED)
    # The archive's configuration names its own store; the drafts keep snapshots/ beside them.
    result = run("archive/altered.txt", "drafts/2025/altered.txt", "--format", "json", "--output", "-")
    verdicts = [a["findings"][0]["verdict"] for a in json.loads((repo / "-").read_text(encoding="utf-8"))["articles"]]
    assert verdicts == ["verified", "altered"]
    assert result.exit_code == 1
    assert run("archive/altered.txt", "--format", "sarif").exit_code == 0
    assert json.loads((repo / "archive" / "report.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


@pytest.mark.parametrize("output", ["../elsewhere.sarif", "{repo}/elsewhere.sarif", "link/report.sarif"])
def test_a_configured_report_stays_inside_the_configurations_folder(repo: Path, output: str) -> None:
    (repo / "drafts" / "link").symlink_to(repo)  # a link out of the folder counts where it leads
    output = output.format(repo=repo)  # an absolute path outside the folder
    write(repo / "drafts" / "verify.toml", f"output = {output!r}\n")
    result = run("drafts/2025/altered.txt")
    assert result.exit_code == 2
    assert f"output: {output!r} is outside this file's folder" in result.output
    assert not (repo / "elsewhere.sarif").exists() and not (repo / "report.sarif").exists()
    write(repo / "drafts" / "verify.toml", 'output = "2025/../report.sarif"\n')
    assert run("drafts/2025/altered.txt").exit_code == 1
    assert (repo / "drafts" / "report.sarif").is_file()


def test_a_glob_finds_the_configuration_before_its_wildcard(repo: Path) -> None:
    write(repo / "drafts" / "verify.toml", "exit-zero = true\n")
    assert run("drafts/**/*.txt").exit_code == 0


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ('fial-on = "never"\n', "unknown key 'fial-on' in the file (known keys: snapshots, format,"),
        ('fail-on = "sometimes"\n', "fail-on: 'sometimes' is not one of 'error', 'warning', 'note', 'never'"),
        ('jobs = "4"\n', "jobs: expected an integer, got '4'"),
        ("jobs = 0\n", "jobs: 0 is not in the range x>=1"),
        ("exit-zero = 1\n", "exit-zero: expected true or false, got 1"),
        ('format = "sarif\n', "not valid TOML"),
    ],
)
def test_bad_configuration_is_a_clear_error(repo: Path, text: str, complaint: str) -> None:
    write(repo / "verify.toml", text)
    result = run("drafts/2025/altered.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"verify: error: {repo / 'verify.toml'}: ")
    assert complaint in result.stderr


def test_pyproject_errors_name_the_table(repo: Path) -> None:
    write(repo / "pyproject.toml", '[tool.verify]\nsnapshot = "sources"\n')
    with pytest.raises(ConfigError, match=r"unknown key 'snapshot' in \[tool.verify\]"):
        find_config(repo / "drafts")


def test_a_bad_configuration_below_the_first_article_is_an_input_error(repo: Path) -> None:
    write(repo / "other" / "verify.toml", "colour = true\n")
    write(repo / "other" / "altered.txt", ALTERED)
    result = run("drafts/2025/altered.txt", "other/altered.txt", "--format", "json")
    assert result.exit_code == 2
    assert "unknown key 'colour'" in result.stderr
    assert [a["path"] for a in json.loads(result.stdout)["articles"]] == ["drafts/2025/altered.txt"]
