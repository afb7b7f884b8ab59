"""Batches: directories and globs, worker processes, a stable order, bad files among good ones."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import verify
from verify.cli import cli
from verify.report import RenderOptions, reporter

TRANSCRIPT = "MARK RUTTE: We will never again attempt to attack. Ukraine will have strong guarantees.\n"
QUOTES = (
    "“We will never again attempt to attack,” Mark Rutte said.",
    "“We will never again attempt to strike,” Mark Rutte said.",
    "“Ukraine will have strong guarantees,” Mark Rutte said.",
)


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nine articles in three desks (each with its snapshots), a binary file among them."""
    for desk in ("world", "europe", "politics"):
        (tmp_path / "drafts" / desk / "snapshots").mkdir(parents=True)
        (tmp_path / "drafts" / desk / "snapshots" / "kyiv.txt").write_text(TRANSCRIPT, encoding="utf-8")
        for i, quote in enumerate(QUOTES):
            suffix = (".md", ".txt", ".html")[i]
            text = f"<p>{quote}</p>" if suffix == ".html" else quote
            (tmp_path / "drafts" / desk / f"{desk}-{i}{suffix}").write_text(text, encoding="utf-8")
    (tmp_path / "drafts" / "europe" / "broken.md").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "drafts" / "europe" / "snapshots" / "bad.json").write_text("{", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def as_json(report: verify.Report) -> str:
    return reporter("json")(report, RenderOptions())


def test_directories_are_walked_in_sorted_order(drafts: Path) -> None:
    report = verify.check(["drafts"])
    paths = [a.path for a in report.articles]
    assert paths == sorted(paths) and len(paths) == 9
    assert not any("snapshots" in p for p in paths)


def test_jobs_give_the_same_report_as_one_process(drafts: Path) -> None:
    inputs = ["drafts/world", "drafts/europe/*.md", "drafts/politics", "drafts/missing.md"]
    one = verify.check(inputs, verify.CheckOptions(jobs=1))
    three = verify.check(inputs, verify.CheckOptions(jobs=3))
    assert as_json(three) == as_json(one)
    assert one.errors == three.errors
    assert [str(e) for e in one.errors] == [
        "drafts/europe/broken.md: binary file (contains NUL bytes), not an article",
        "drafts/europe/snapshots/bad.json: " + one.errors[1].message,  # the malformed snapshot, named once
        "drafts/missing.md: no such file",
    ]


def test_one_unreadable_file_never_stops_the_others(drafts: Path) -> None:
    report = verify.check(["drafts/europe"], verify.CheckOptions(jobs=2))
    assert [a.path for a in report.articles] == [
        f"drafts/europe/europe-{i}{s}" for i, s in enumerate((".md", ".txt", ".html"))
    ]
    assert [f.verdict.value for f in report.findings] == ["verified", "altered", "verified"]


def test_standard_input_is_checked_beside_the_workers(drafts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def with_stdin(options: verify.CheckOptions) -> verify.Report:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(QUOTES[1].encode("utf-8"))))
        return verify.check(["drafts/world", "-", "drafts/politics"], options)

    many, one = with_stdin(verify.CheckOptions(jobs=2)), with_stdin(verify.CheckOptions(jobs=1))
    assert [a.path for a in many.articles][2:5] == ["drafts/world/world-2.html", "-", "drafts/politics/politics-0.md"]
    assert as_json(many) == as_json(one)


def test_progress_follows_input_order(drafts: Path) -> None:
    seen: list[str] = []
    verify.check(["drafts/politics", "drafts/world"], verify.CheckOptions(jobs=2), progress=seen.append)
    assert seen == sorted(seen[:3]) + sorted(seen[3:]) and seen[0].startswith("drafts/politics")


def test_cli_output_is_the_same_whatever_the_jobs(drafts: Path) -> None:
    runner = CliRunner()
    outputs = {
        jobs: runner.invoke(cli, ["drafts", "--format", "sarif", "--jobs", jobs], catch_exceptions=False)
        for jobs in ("1", "2")
    }
    assert outputs["1"].exit_code == outputs["2"].exit_code == 2
    assert outputs["1"].stdout == outputs["2"].stdout
    assert outputs["1"].stderr == outputs["2"].stderr
