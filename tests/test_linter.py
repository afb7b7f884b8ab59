"""The command line as a linter people keep switched on (issue 15) and safe output (issue 16).

Each test writes a small repository to tmp_path: a transcript in snapshots/
and plain-text articles quoting it, word for word, altered (an error), not in
the source (a warning) or with no source at all (a note).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from verify.cli import cli, use_colour
from verify.rules import RULES, reference

TRANSCRIPT = "MARK RUTTE: We will never again attempt to attack. Ukraine will have strong guarantees.\n"
LEAD = "NATO Secretary General Mark Rutte spoke in Kyiv on Friday.\n\n"
ARTICLES = {
    "verified.txt": LEAD + "“We will never again attempt to attack,” Rutte said.\n",
    "altered.txt": LEAD + "“We will never again attempt to strike,” Rutte said.\n",
    "unsupported.txt": LEAD + "“Russia must pay for every destroyed school,” Rutte said.\n",
    "unverified.txt": "“The sanctions stay until the war ends,” said Olaf Brandt, a German official.\n",
}
DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git work tree with the articles under news/ and a configuration at the top."""
    (tmp_path / ".git").mkdir()  # enough to mark the work tree's top
    (tmp_path / "verify.toml").write_text("", encoding="utf-8")
    news = tmp_path / "news"
    (news / "snapshots").mkdir(parents=True)
    (news / "snapshots" / "kyiv.txt").write_text(TRANSCRIPT, encoding="utf-8")
    for name, text in ARTICLES.items():
        (news / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return tmp_path


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def verdicts(result: Result) -> list[str]:
    return sorted(f["verdict"] for a in json.loads(result.stdout)["articles"] for f in a["findings"])


# --- what is shown -------------------------------------------------------------------------


def test_default_text_lists_warnings_and_errors_with_their_codes(repo: Path) -> None:
    result = run("news")
    lines = result.stdout.splitlines()
    headlines = [line for line in lines if line.startswith("news/")]
    assert headlines == [
        "news/altered.txt:3:1: VF101 altered quote by Mark Rutte",
        "news/unsupported.txt:3:1: VF202 unsupported quote by Mark Rutte",
    ]
    assert "Not shown: 1 notes, 1 verified (--show all lists every claim)." in lines
    assert lines[-1] == "4 articles checked: 1 altered, 1 unsupported, 1 unverified, 1 verified"
    assert result.exit_code == 1


@pytest.mark.parametrize(
    ("show", "codes"),
    [("error", ["VF101"]), ("note", ["VF101", "VF202", "VF301"]), ("all", ["VF101", "VF202", "VF301", "VF000"])],
)
def test_show_sets_the_least_severity_listed(repo: Path, show: str, codes: list[str]) -> None:
    shown = [
        line.split(": ")[1].split()[0] for line in run("news", "--show", show).stdout.splitlines() if ": VF" in line
    ]
    assert sorted(shown) == sorted(codes)


def test_quiet_prints_the_summary_only(repo: Path) -> None:
    result = run("news", "--quiet")
    assert result.stdout.splitlines()[-1].startswith("4 articles checked")
    assert "VF101" not in result.stdout
    assert result.exit_code == 1


def test_statistics_counts_findings_per_rule(repo: Path) -> None:
    (repo / "news" / "altered2.txt").write_text(ARTICLES["altered.txt"], encoding="utf-8")
    lines = run("news", "--statistics").stdout.splitlines()
    assert lines[0].split()[:3] == ["2", "VF101", "altered"]
    assert {line.split()[1] for line in lines[:-1]} == {"VF101", "VF202", "VF301", "VF000"}


def test_sarif_and_github_leave_notes_out_unless_asked(repo: Path) -> None:
    default = json.loads(run("news", "--format", "sarif").stdout)["runs"][0]["results"]
    asked = json.loads(run("news", "--format", "sarif", "--show", "note").stdout)["runs"][0]["results"]
    assert sorted(r["ruleId"] for r in default) == ["VF101", "VF202"]
    assert sorted(r["ruleId"] for r in asked) == ["VF101", "VF202", "VF301"]
    assert "::notice" not in run("news", "--format", "github").stdout
    assert "::notice" in run("news", "--format", "github", "--show", "note").stdout


def test_claim_whitespace_is_collapsed_as_a_browser_would(repo: Path) -> None:
    (repo / "news" / "altered.txt").write_text(
        LEAD + "“We will never\n   again attempt\tto strike,” Rutte said.\n", encoding="utf-8"
    )
    assert "    “We will never again attempt to strike”" in run("news/altered.txt").stdout


# --- selection -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--select", "VF1"], ["altered"]),
        (["--select", "unsupported,altered"], ["altered", "unsupported"]),
        (["--ignore", "VF101"], ["unsupported", "unverified", "verified"]),
        (["--select", "VF101", "--extend-select", "unverified"], ["altered", "unverified"]),
        (["--per-file-ignores", "news/alt*.txt:VF101"], ["unsupported", "unverified", "verified"]),
        (["--select", "ALL", "--ignore", "VF0,VF3"], ["altered", "unsupported"]),
    ],
)
def test_select_and_ignore_change_what_is_reported(repo: Path, args: list[str], expected: list[str]) -> None:
    assert verdicts(run("news", "--format", "json", *args)) == expected


def test_an_ignored_rule_does_not_fail_the_run(repo: Path) -> None:
    assert run("news/altered.txt", "--ignore", "altered").exit_code == 0


def test_selection_from_the_configuration(repo: Path) -> None:
    (repo / "verify.toml").write_text(
        'ignore = ["VF202"]\nextend-select = []\n[per-file-ignores]\n"alt*.txt" = ["altered"]\n', encoding="utf-8"
    )
    assert verdicts(run("news", "--format", "json")) == ["unverified", "verified"]


def test_an_unknown_rule_is_a_usage_error(repo: Path) -> None:
    result = run("news", "--select", "VF999")
    assert result.exit_code == 2
    assert "no rule is called 'VF999'" in result.stderr
    (repo / "verify.toml").write_text('select = ["nonsense"]\n', encoding="utf-8")
    result = run("news")
    assert result.exit_code == 2 and "verify.toml" in result.stderr


# --- which files are read ------------------------------------------------------------------


def test_build_and_packaging_folders_and_repository_files_are_skipped(repo: Path) -> None:
    for folder in ("pkg.egg-info", "build", "dist", "node_modules", ".venv"):
        (repo / folder).mkdir()
        (repo / folder / "dependency_links.txt").write_bytes(b"\x00binary")
    (repo / "README.md").write_text("“Quoted in a readme,” said Someone Else.\n", encoding="utf-8")
    (repo / "requirements.txt").write_text("click>=8\n", encoding="utf-8")
    result = run(".", "--format", "json")
    assert result.exit_code == 1  # the altered quote, no input error
    assert sorted(a["path"] for a in json.loads(result.stdout)["articles"]) == [
        f"news/{name}" for name in sorted(ARTICLES)
    ]


def test_exclude_and_extend_exclude(repo: Path) -> None:
    paths = lambda result: sorted(a["path"] for a in json.loads(result.stdout)["articles"])  # noqa: E731
    assert paths(run(".", "--format", "json", "--extend-exclude", "alt*,news/un*.txt")) == ["news/verified.txt"]
    (repo / "verify.toml").write_text('extend-exclude = ["verified.txt"]\n', encoding="utf-8")
    assert "news/verified.txt" not in paths(run(".", "--format", "json"))
    # A file named outright is checked, unless --force-exclude (as pre-commit passes files).
    assert paths(run("news/verified.txt", "--format", "json")) == ["news/verified.txt"]
    assert run("news/verified.txt", "--force-exclude").stdout.startswith("0 articles checked")


def test_gitignore_is_respected(repo: Path) -> None:
    if subprocess.run(["git", "--version"], capture_output=True).returncode != 0:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / ".gitignore").write_text("drafts-old/\n*.tmp.txt\n", encoding="utf-8")
    (repo / "drafts-old").mkdir()
    (repo / "drafts-old" / "a.txt").write_text(ARTICLES["altered.txt"], encoding="utf-8")
    (repo / "news" / "x.tmp.txt").write_text(ARTICLES["altered.txt"], encoding="utf-8")
    found = lambda *args: sorted(a["path"] for a in json.loads(run(*args).stdout)["articles"])  # noqa: E731
    assert found(".", "--format", "json") == [f"news/{name}" for name in sorted(ARTICLES)]
    assert "drafts-old/a.txt" in found(".", "--format", "json", "--no-respect-gitignore")


def test_symlink_loops_end_and_each_article_is_reported_once(repo: Path) -> None:
    (repo / "news" / "loop").symlink_to(repo / "news")
    (repo / "news" / "again").symlink_to(repo)
    (repo / "news" / "same.txt").symlink_to(repo / "news" / "altered.txt")
    started = time.monotonic()
    for pattern in ("news", "**/*.txt", "news/**"):
        paths = [a["path"] for a in json.loads(run(pattern, "--format", "json").stdout)["articles"]]
        assert len(paths) == len(ARTICLES), (pattern, paths)
    assert time.monotonic() - started < 20


# --- paths from the project root -------------------------------------------------------------


def test_baseline_and_sarif_are_the_same_from_a_subfolder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("news", "--write-baseline", ".verify-baseline.json").exit_code == 0
    root_sarif = json.loads(run("news", "--format", "sarif", "--show", "note").stdout)
    monkeypatch.chdir(repo / "news")
    assert run(".", "--baseline", "../.verify-baseline.json").exit_code == 0
    sub_sarif = json.loads(run(".", "--format", "sarif", "--show", "note").stdout)
    uris = lambda sarif: [  # noqa: E731
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]
    ]
    assert uris(root_sarif) == uris(sub_sarif) == ["news/altered.txt", "news/unsupported.txt", "news/unverified.txt"]
    github = run(".", "--format", "github").stdout
    assert "file=news/altered.txt," in github


def test_junit_and_gitlab_paths_are_from_the_root(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "news")
    suites = ET.fromstring(run(".", "--format", "junit").stdout).findall("testsuite")
    assert sorted(s.get("name") for s in suites) == sorted(f"news/{name}" for name in ARTICLES)
    issues = json.loads(run(".", "--format", "gitlab").stdout)
    assert [(i["check_name"], i["location"]["path"], i["severity"]) for i in issues] == [
        ("VF101", "news/altered.txt", "major"),
        ("VF202", "news/unsupported.txt", "minor"),
    ]


def test_stdin_filename_names_and_configures_standard_input(repo: Path) -> None:
    (repo / "verify.toml").write_text('[per-file-ignores]\n"news/draft.md" = ["VF101"]\n', encoding="utf-8")
    result = run("-", "--stdin-filename", "news/draft.txt", "--format", "json", stdin=ARTICLES["altered.txt"])
    article = json.loads(result.stdout)["articles"][0]
    assert article["path"] == "news/draft.txt"
    assert [f["verdict"] for f in article["findings"]] == ["altered"]  # news/snapshots/ beside the name
    ignored = run("-", "--stdin-filename", "news/draft.md", "--format", "json", stdin=ARTICLES["altered.txt"])
    assert verdicts(ignored) == []


# --- rules ---------------------------------------------------------------------------------


def test_rule_documents_one_rule_or_all(repo: Path) -> None:
    result = run("rule", "VF101")
    assert result.exit_code == 0
    assert result.stdout.startswith("VF101 altered: Altered wording")
    assert "How to fix it:" in result.stdout and "docs/rules.md#vf101" in result.stdout
    assert run("rule", "misattributed").stdout.startswith("VF102")
    everything = run("rule", "--all", "--format", "json")
    assert [r["code"] for r in json.loads(everything.stdout)] == [r.code for r in RULES]
    unknown = run("rule", "VF999")
    assert unknown.exit_code == 2 and "no rule 'VF999'" in unknown.stderr


def test_docs_rules_md_is_generated_from_the_registry() -> None:
    assert (DOCS / "rules.md").read_text(encoding="utf-8") == reference(), (
        "regenerate: verify rule --all --format markdown > docs/rules.md"
    )


def test_every_sarif_rule_has_help(repo: Path) -> None:
    rules = json.loads(run("news", "--format", "sarif").stdout)["runs"][0]["tool"]["driver"]["rules"]
    assert rules and all(r["helpUri"].endswith(f"#{r['id'].lower()}") and r["help"]["markdown"] for r in rules)


# --- terminal ------------------------------------------------------------------------------

ESC = "\x1b["


def test_color_always_colours_a_pipe_and_never_does_not(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ESC in run("news/altered.txt", "--color", "always").stdout
    assert ESC not in run("news/altered.txt").stdout  # a pipe, auto
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ESC in run("news/altered.txt").stdout
    assert ESC not in run("news/altered.txt", "--color", "never").stdout


@pytest.mark.parametrize(
    ("setting", "terminal", "environ", "expected"),
    [
        ("auto", True, {}, True),
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", False, {"FORCE_COLOR": "1"}, True),
        ("auto", False, {"FORCE_COLOR": "0"}, False),
        ("auto", True, {"NO_COLOR": ""}, True),
        ("always", False, {"NO_COLOR": "1"}, True),
        ("never", True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_colour_rules(setting: str, terminal: bool, environ: dict[str, str], expected: bool) -> None:
    assert use_colour(setting, terminal, environ) is expected


def _under_terminal(args: list[str], env: dict[str, str], cwd: Path) -> bytes:
    """The bytes `verify ARGS` writes to a pseudo-terminal."""
    pty = pytest.importorskip("pty")
    main, child = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "verify", *args], stdin=child, stdout=child, stderr=child, cwd=cwd, env=env
    )
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(main)
    return b"".join(chunks)


def test_no_color_under_a_terminal(repo: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    assert b"\x1b[31m" in _under_terminal(["news/altered.txt", "-j", "1"], env, repo)
    assert b"\x1b[31m" not in _under_terminal(["news/altered.txt", "-j", "1"], {**env, "NO_COLOR": "1"}, repo)


def test_a_mistyped_command_suggests_the_right_one(repo: Path) -> None:
    result = run("chek", "news/altered.txt")
    assert result.exit_code == 2
    assert "Did you mean 'check'?" in result.stderr
    assert run("snapshto", "https://example.org/").exit_code == 2


@pytest.mark.parametrize("option", ["--output", "--write-baseline", "--report"])
def test_outputs_are_checked_before_the_run(repo: Path, option: str, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[object] = []
    monkeypatch.setattr("verify.cli.run_check", lambda *a, **k: checked.append(a))
    target = "/nonexistent/x" if option != "--report" else "sarif:/nonexistent/x"
    result = run("news", option, target)
    assert result.exit_code == 2
    assert "cannot write the report" in result.stderr
    assert checked == []


def test_report_writes_more_formats_from_one_run(repo: Path) -> None:
    result = run("news", "--report", "sarif:out.sarif", "--report", "junit:out.xml")
    assert result.exit_code == 1 and "VF101" in result.stdout
    assert json.loads((repo / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert ET.parse(repo / "out.xml").getroot().tag == "testsuites"


# Cancelling takes well under a second on an idle machine; 6 s leaves room for a load of ~10 on 2 cores,
# while a run that went on checking its 600 long articles would take minutes.
CANCEL_SECONDS = 6


def _wait_for_workers(process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    """Wait until the run has started its pool: by then its imports are done and it is checking."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    if not children.exists():  # no /proc (not Linux): a generous sleep instead
        time.sleep(8)
        return
    deadline = time.monotonic() + timeout
    while process.poll() is None and not children.read_text().split():
        assert time.monotonic() < deadline, "the run started no workers within a minute"
        time.sleep(0.1)


def test_ctrl_c_cancels_the_run_and_exits_130(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX signals")
    (tmp_path / "snapshots").mkdir()
    (tmp_path / "snapshots" / "kyiv.txt").write_text(TRANSCRIPT, encoding="utf-8")
    paragraph = LEAD + "“We will never again attempt to strike,” Rutte said. " * 40 + "\n\n"
    for number in range(600):
        (tmp_path / f"a{number:03}.txt").write_text(paragraph * 20, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "verify", ".", "-j", "2", "--format", "json"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # A shell's background job (`pytest ... &`) inherits SIGINT ignored, and Python then keeps ignoring it: the
        # run under test gets the default, as a terminal's foreground command has.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        _wait_for_workers(process)  # a fixed sleep raced start-up on a busy machine (Ctrl-C inside an import)
        time.sleep(1)  # the workers past their own start-up, into the checking
        assert process.poll() is None, "the run ended before it could be interrupted: make it longer"
        os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C does: the whole process group
        sent = time.monotonic()
        _, stderr = process.communicate(timeout=30)
    finally:  # a failed run must not leave processes or open pipes behind for the tests after it
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
    assert time.monotonic() - sent < CANCEL_SECONDS
    assert process.returncode == 130
    assert b"interrupted" in stderr and b"Traceback" not in stderr


# --- untrusted text in every format (issue 16) -----------------------------------------------

FORGED = "\n::error file=README.md,line=1::FORGED\n::add-mask::x"
TITLE = "\x1b]0;owned\x07"


@pytest.fixture
def hostile(repo: Path) -> Path:
    quote = f"“We will never again attempt {TITLE}to strike\r\n::warning::forged,” Rutte said.\n"
    name = f"news/x{FORGED.replace('/', '_')}.txt"
    (repo / name).write_text(LEAD + quote, encoding="utf-8")
    (repo / f"news/missing{FORGED.replace('/', '_')}.txt").write_bytes(b"\x00\x01binary")
    return repo


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github", "junit", "html", "gitlab"])
def test_untrusted_text_forges_no_command_and_no_escape(hostile: Path, output_format: str) -> None:
    result = run("news", "--format", output_format, "--show", "all")
    assert result.exit_code == 2  # the binary file
    for stream in (result.stdout, result.stderr):
        forged = ("::error file=README.md", "::warning::forged", "::add-mask")
        assert not [line for line in stream.splitlines() if line.lstrip().startswith(forged)], output_format
        for escape in ("\x1b]", "\x07", "\r"):
            assert escape not in stream, (output_format, escape)


# --- the GitHub Action -----------------------------------------------------------------------


def _action_script() -> str:
    """The `run:` block of the Action's check step, as bash receives it."""
    text = (Path(__file__).resolve().parent.parent / "action.yml").read_text(encoding="utf-8")
    step = text[text.index("- name: Check the drafts") :]
    block = step[step.index("      run: |\n") + len("      run: |\n") :]
    lines = []
    for line in block.splitlines():
        if line.strip() and not line.startswith("        "):
            break
        lines.append(line[8:])
    return "\n".join(lines) + "\n"


def test_the_action_runs_verify_once_with_its_arguments_quoted(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    bash = subprocess.run(["bash", "--version"], capture_output=True)
    if bash.returncode != 0:
        pytest.skip("bash is not installed")
    runner = tmp_path_factory.mktemp("runner")
    calls = runner / "calls"
    shim = runner / "bin"
    shim.mkdir()
    # A verify that records each call and then runs the real one.
    (shim / "verify").write_text(
        f'#!/bin/sh\necho "$#:$*" >> {calls}\nexec {sys.executable} -m verify "$@"\n', encoding="utf-8"
    )
    (shim / "verify").chmod(0o755)
    (shim / "python").symlink_to(sys.executable)
    (repo / "news" / "old drafts").mkdir()
    (repo / "news" / "old drafts" / "a.txt").write_text(ARTICLES["altered.txt"], encoding="utf-8")
    env = {
        **os.environ,
        "PATH": f"{shim}{os.pathsep}{os.environ['PATH']}",
        "VERIFY_PATHS": "news",
        "VERIFY_ARGS": "--per-file-ignores 'news/old drafts/*:VF101' --fail-on warning $HOME",
        "VERIFY_SARIF": str(runner / "verify.sarif"),
        "VERIFY_ANNOTATIONS": "true",
        "GITHUB_OUTPUT": str(runner / "output"),
        "GITHUB_STEP_SUMMARY": str(runner / "summary"),
        "RUNNER_TEMP": str(runner),
    }
    result = subprocess.run(["bash", "-e", "-c", _action_script()], cwd=repo, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    recorded = calls.read_text(encoding="utf-8").splitlines()
    assert len(recorded) == 1  # one run writes the annotations and the SARIF file
    assert recorded[0].startswith("11:check news --per-file-ignores news/old drafts/*:VF101 --fail-on warning $HOME ")
    assert (runner / "output").read_text(encoding="utf-8") == "exit-code=2\n"  # "$HOME" is no file here
    assert "::error file=news/altered.txt" in result.stdout
    assert "old drafts" not in result.stdout.split("::error file=news/altered.txt")[0]
    assert json.loads((runner / "verify.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "- news/altered.txt: 1 error" in (runner / "summary").read_text(encoding="utf-8")


def test_messages_use_a_pronoun_s_own_possessive() -> None:
    from verify.judge import _possessive

    assert [_possessive(w) for w in ("they", "She", "Mark Rutte", "an unnamed speaker")] == [
        "their",
        "her",
        "Mark Rutte's",
        "an unnamed speaker's",
    ]


def test_snapshot_lines_forge_no_command(repo: Path) -> None:
    article = repo / f"news/x{FORGED.replace('/', '_')}{TITLE}.txt"
    article.write_text("No posts here.\n", encoding="utf-8")
    result = run("snapshot", "--from-article", str(article), "--snapshots", str(repo / "saved"))
    for stream in (result.stdout, result.stderr):
        assert "no embedded posts" in result.stderr
        assert not [line for line in stream.splitlines() if line.lstrip().startswith(("::error", "::add-mask"))]
        assert "\x1b" not in stream and "\x07" not in stream
