"""Hostile globs: in a configuration's exclude and per-file-ignores, and on the command line.

A glob is the user's (or a pull request's) text matched against every file a
run walks: whatever its wildcards and brackets, matching takes time linear in
the path and the glob, and a bracket that is no character class is no crash.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from verify import check
from verify._budget import within_budget
from verify.cli import cli
from verify.models import CheckOptions
from verify.project import matches

from .growth import assert_grows_linearly

# A regular expression made of the glob backtracks through every split of the name among its wildcards: twelve
# pairs on a name of 200 "a" were years (8 pairs on 60: 22 s). Linear: well under a millisecond.
_MANY_WILDCARDS = "*a" * 12 + "b"
_BUDGET = 20.0  # seconds: a hang, not slowness, on a machine at any load


def test_many_wildcards_match_in_linear_time() -> None:
    assert within_budget(_BUDGET, lambda: matches(_MANY_WILDCARDS, "a" * 200)) is False
    assert within_budget(_BUDGET, lambda: matches("**/" + _MANY_WILDCARDS, "x/" * 100 + "a" * 200)) is False
    assert matches(_MANY_WILDCARDS, "a" * 30 + "b")
    assert_grows_linearly(lambda n: lambda: matches("*a" * 20 + "**b", "a/" * n), 2_000)


@pytest.mark.parametrize(
    ("glob", "path", "expected"),
    [
        ("**/*.html", "a/b/c.html", True),
        ("**/*.html", "c.html", True),
        ("a/**/b/*x*y*z", "a/q/r/b/1x2y3z", True),
        ("a/**/b/*x*y*z", "a/q/r/b/1x2/y3z", False),  # "*" spans no folder
        ("a/**x**y**z", "a/1/x/2/y/3/z", True),  # "**" does
        ("a**/b*/c*/*d", "a1/2/b3/c4/5d", True),
        ("a**/b*/c*/*d", "a1/2/b3/c4/5/d", False),
        ("*[!a]*[b-c]*?", "xaaabz1", True),
        ("*[!a]*[b-c]*?", "aaaa", False),
    ],
)
def test_globs_of_many_wildcards_mean_what_they_did(glob: str, path: str, expected: bool) -> None:
    assert matches(glob, path) is expected


@pytest.mark.parametrize("bracket", ["[@--]", "[z-a]", "[\\]", "[a-\\]"])
def test_a_bracket_that_is_no_class_matches_nothing(bracket: str) -> None:
    assert not matches(f"{bracket}x.txt", "ax.txt")
    assert not matches(f"*{bracket}*x*.txt", "a/ax.txt")


def test_an_exclude_of_many_wildcards_does_not_hang_the_walk(tmp_path: Path) -> None:
    (tmp_path / ("a" * 200 + ".txt")).write_text("The minister said “the talks resume on Monday”.\n", "utf-8")
    options = CheckOptions(jobs=1, exclude=(_MANY_WILDCARDS,), respect_gitignore=False)
    report = within_budget(_BUDGET, lambda: check([str(tmp_path)], options))
    assert len(report.articles) == 1 and not report.errors


def test_a_bad_bracket_in_per_file_ignores_is_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.verify]\nper-file-ignores = {"[@--]*.txt" = ["VF1"]}\n', "utf-8")
    (tmp_path / "a.txt").write_text("The minister said “the talks resume on Monday”.\n", "utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "a.txt"), "--jobs", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)


@pytest.mark.parametrize("value", ["nan", "inf", "1e400", "1e12"])
@pytest.mark.parametrize("key", ["time-budget", "timeout"])
def test_a_duration_that_is_no_number_or_overflows_the_timers_is_one_line(tmp_path: Path, key: str, value: str) -> None:
    # 1e400 and 1e12 were taken: the time budget's timer overflowed (OverflowError, the article's "internal
    # error"); "nan" passed the range check and meant no limit.
    (tmp_path / "a.md").write_text("Rutte said: “We are ready.”\n", encoding="utf-8")
    (tmp_path / "verify.toml").write_text(f"{key} = {value}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "a.md")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and f"verify.toml: {key}: " in result.output
    option = CliRunner().invoke(cli, ["check", f"--{key}", value, str(tmp_path / "a.md")])
    assert option.exit_code == 2 and f"Invalid value for '--{key}'" in option.output


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_baseline_that_is_no_regular_file_is_refused_without_reading(tmp_path: Path, kind: str) -> None:
    # /dev/zero was read to the end (never) and a FIFO waited for a writer: the run hung.
    baseline = tmp_path / "baseline.json"
    if kind == "fifo":
        os.mkfifo(baseline)
    else:
        baseline.symlink_to(kind)
    (tmp_path / "a.md").write_text("Rutte said: “We are ready.”\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--baseline", str(baseline), str(tmp_path / "a.md")])
    assert result.exit_code == 2
    assert "baseline.json: not a regular file" in result.output
