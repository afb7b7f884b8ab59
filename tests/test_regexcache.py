"""Compiled patterns saved between runs: the same report with the cache cold, warm, damaged or off."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES

ARTICLE = FIXTURES / "rutte-kyiv" / "article.txt"


def _check(cache: str) -> str:
    """The JSON report of a fixture article, in a fresh process with ``VERIFY_CACHE_DIR=cache``."""
    env = {**os.environ, "VERIFY_CACHE_DIR": cache}
    done = subprocess.run(
        [sys.executable, "-m", "verify", str(ARTICLE), "--format", "json", "--jobs", "1"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ARTICLE.parent,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def _saved(directory: Path) -> list[Path]:
    return sorted(directory.glob("regex-*.marshal"))


def test_a_warm_cache_gives_the_report_of_no_cache(tmp_path: Path) -> None:
    uncached = _check("")
    assert _check(str(tmp_path)) == uncached  # cold: compiles, then saves
    [saved] = _saved(tmp_path)
    size, modified = saved.stat().st_size, saved.stat().st_mtime_ns
    assert size > 10_000  # the cue grammar's programs are in it
    assert _check(str(tmp_path)) == uncached  # warm: every pattern rebuilt from the file
    assert (saved.stat().st_size, saved.stat().st_mtime_ns) == (size, modified)  # nothing new to save


def test_a_damaged_cache_is_compiled_again_and_replaced(tmp_path: Path) -> None:
    uncached = _check("")
    _check(str(tmp_path))
    [saved] = _saved(tmp_path)
    good = saved.read_bytes()
    saved.write_bytes(good[: len(good) // 2])  # cut short, as by a full disk
    assert _check(str(tmp_path)) == uncached
    assert saved.read_bytes() == good


def test_off_writes_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "VERIFY_CACHE_DIR": "", "XDG_CACHE_HOME": str(tmp_path), "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "import verify.cli"], check=True, env=env)
    assert not list(tmp_path.rglob("*"))
