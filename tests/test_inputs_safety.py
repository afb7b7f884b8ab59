"""Hostile inputs to ``verify check``: special files, size caps read not trusted, and the per-article time budget."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import verify._check as check_module
import verify.document as document_module
from verify import check
from verify._budget import BudgetExceeded, budget_paused, within_budget
from verify.cli import cli
from verify.document import load_path
from verify.errors import InputError
from verify.models import CheckOptions

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


@posix_only
def test_a_fifo_in_a_directory_is_refused_without_blocking(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The minister said “the talks resume on Monday”.\n", "utf-8")
    os.mkfifo(tmp_path / "pipe.html")  # nobody will ever write to it
    start = time.monotonic()
    report = check([str(tmp_path)], CheckOptions(jobs=1))
    assert time.monotonic() - start < 5
    assert [str(p) for p in report.errors] == [f"{tmp_path / 'pipe.html'}: not a regular file (a FIFO)"]
    assert [a.path for a in report.articles] == [str(tmp_path / "good.txt")]


@posix_only
def test_dev_zero_is_refused_with_one_line() -> None:
    result = CliRunner().invoke(cli, ["/dev/zero", "--format", "json"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == "verify: error: /dev/zero: not a regular file (a character device)"


@posix_only
def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "article.html").symlink_to("/dev/zero")
    with pytest.raises(InputError, match="not a regular file"):
        load_path(tmp_path / "article.html", max_bytes=1000)


def test_the_size_cap_is_enforced_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that grows after stat (or a file system that lies about size) is still cut at the cap."""
    path = tmp_path / "article.txt"
    path.write_bytes(b"word " * 100_000)
    real_fstat = os.fstat

    class Lying:
        def __init__(self, result: os.stat_result) -> None:
            self.st_mode, self.st_size = result.st_mode, 10

    monkeypatch.setattr(os, "fstat", lambda fd: Lying(real_fstat(fd)))
    with pytest.raises(InputError, match="over the size limit of 1000 bytes"):
        load_path(path, max_bytes=1000)


# --- the time budget ------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the budget needs setitimer")
def test_the_budget_interrupts_python_code_and_the_regex_engine() -> None:
    def spin() -> None:
        while True:
            pass

    def backtrack() -> None:
        re.match(r"(a+)+$", "a" * 40 + "b")  # exponential: years without the budget

    for slow in (spin, backtrack):
        start = time.monotonic()
        with pytest.raises(BudgetExceeded):
            within_budget(0.2, slow)
        assert time.monotonic() - start < 2
    assert within_budget(0.2, lambda: 42) == 42
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # the timer is gone afterwards


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the budget needs setitimer")
def test_work_for_the_whole_run_stops_the_articles_clock() -> None:
    def build_then_spin() -> None:
        with budget_paused():  # a store's first index build: not the article's time
            time.sleep(0.6)
        while True:
            pass

    start = time.monotonic()
    with pytest.raises(BudgetExceeded):
        within_budget(0.3, build_then_spin)
    assert time.monotonic() - start >= 0.9  # 0.6 paused, then the article's whole 0.3
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the budget needs setitimer")
def test_code_catching_exception_cannot_swallow_the_budget() -> None:
    def stubborn() -> None:
        while True:
            with contextlib.suppress(Exception):  # what careless code does
                time.sleep(0.01)

    with pytest.raises(BudgetExceeded):
        within_budget(0.1, stubborn)


def _slow_check(document: object, store: object = None) -> object:
    if "slow" in str(getattr(document, "path", "")):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            pass
    return real_check_document(document, store)  # type: ignore[arg-type]


real_check_document = check_module.check_document


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the budget needs setitimer")
@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_over_budget_is_one_error_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    if jobs > 1 and sys.platform != "linux":
        pytest.skip("worker processes see the patched checker only when forked")
    monkeypatch.setattr(check_module, "check_document", _slow_check)
    for name in ("a.txt", "slow.txt", "z.txt"):
        (tmp_path / name).write_text("The minister said “the talks resume on Monday”.\n", "utf-8")
    start = time.monotonic()
    report = check([str(tmp_path)], CheckOptions(jobs=jobs, time_budget=0.5))
    assert time.monotonic() - start < 10
    assert [str(p) for p in report.errors] == [
        f"{tmp_path / 'slow.txt'}: checking took longer than the time budget of 0.5s (see --time-budget)"
    ]
    assert [Path(a.path).name for a in report.articles] == ["a.txt", "z.txt"]


def test_time_budget_is_an_option_and_a_config_key(tmp_path: Path) -> None:
    (tmp_path / "verify.toml").write_text("time-budget = 0\n", "utf-8")
    (tmp_path / "a.txt").write_text("The minister said “the talks resume on Monday”.\n", "utf-8")
    assert CliRunner().invoke(cli, [str(tmp_path / "a.txt"), "--time-budget", "5"]).exit_code == 0
    assert CliRunner().invoke(cli, [str(tmp_path / "a.txt")]).exit_code == 0
    bad = CliRunner().invoke(cli, [str(tmp_path / "a.txt"), "--time-budget", "-1"])
    assert bad.exit_code == 2 and "--time-budget" in bad.output


def test_a_tag_soup_is_refused_before_it_is_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory grows with tags, not bytes: 20 MiB of "<p>" would grow a 2.4 GB tree."""
    monkeypatch.setattr(document_module, "MAX_TAGS", 1000)
    (tmp_path / "soup.html").write_text("<p>" * 1001, "utf-8")
    (tmp_path / "fine.html").write_text("<p>The minister said “the talks resume”.</p>" * 100, "utf-8")
    report = check([str(tmp_path)], CheckOptions(jobs=1))
    assert [str(p) for p in report.errors] == [
        f"{tmp_path / 'soup.html'}: has 1001 tags, more than the 1000 an article may have"
    ]
    assert [Path(a.path).name for a in report.articles] == ["fine.html"]
