"""The command line: a thin click layer over :func:`verify.check`.

Options (command line first, then the nearest ``[tool.verify]`` /
``verify.toml``, then defaults) become a :class:`~verify.models.CheckOptions`,
the library runs, a baseline may accept known findings, a reporter renders,
and the exit status follows SPEC: 0 when nothing reaches ``--fail-on``, 1 when
something does, 2 for a usage error or an input that could not be read (the
other inputs are still reported).
"""

from __future__ import annotations

import atexit
import difflib
import glob
import importlib
import itertools
import json
import os
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

import click
from click.core import ParameterSource

from ._check import check as run_check
from ._check import collect_less
from ._version import __version__
from .config import FAIL_ON, OPTIONS, SHOW, Config, ConfigError, find_config
from .errors import InputError
from .models import DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET, DEFAULT_TIMEOUT, CheckOptions, Report, Severity
from .project import DEFAULT_EXCLUDE, project_root
from .report import FORMATS, RenderOptions, printable, reporter, summary_line
from .rules import RULES, Rule, reference, rule
from .selection import Selection
from .suppress import apply_baseline, read_baseline, write_baseline

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a run stopped by Ctrl-C

# Formats whose report on stdout already ends with the summary line.
_SUMMARY_IN_REPORT = frozenset({"text", "github"})


# Commands imported only when named (module, attribute): a check never loads the HTTP client that
# `verify snapshot` needs.
_LAZY_COMMANDS = {"snapshot": (".cli_snapshot", "snapshot"), "store": (".cli_store", "store")}


class _DefaultCommandGroup(click.Group):
    """``verify ARTICLE...`` means ``verify check ARTICLE...``; other commands keep their names.

    A first word that is no command, no existing path, URL or glob, but close to a command's
    name, is a typo: ``verify chek a.html`` is a usage error suggesting ``check``.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        names = self.list_commands(ctx)
        if args and args[0] not in names and args[0] not in ("--help", "-h", "--version"):
            _refuse_typo(args[0], names)
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *_LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _LAZY_COMMANDS:
            module, name = _LAZY_COMMANDS[cmd_name]
            self.add_command(getattr(importlib.import_module(module, __package__), name), cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        """Ctrl-C anywhere in a command: one line and status 130 (click's own answer is status 1)."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("verify: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)


def _refuse_typo(word: str, commands: list[str]) -> None:
    if (
        word.startswith("-")
        or os.path.lexists(word)
        or glob.has_magic(word)
        or word.startswith(("http://", "https://"))
    ):
        return
    close = difflib.get_close_matches(word, commands, n=1, cutoff=0.6)
    if close:
        raise click.UsageError(f"No such command or file {word!r}. Did you mean {close[0]!r}?")


@click.group(cls=_DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="verify")
def cli() -> None:
    """Check what news articles say people and accounts said.

    \b
    Example:
        verify article.html
        verify drafts/ --format json --output report.json
        verify snapshot https://x.com/NATO/status/1958862000000000000
        verify rule VF101
    """


def _extra_report(value: str) -> tuple[str, str]:
    name, _, path = value.partition(":")
    if name not in FORMATS or not path:
        raise click.BadParameter(f"expected FORMAT:PATH with FORMAT one of {', '.join(FORMATS)}, got {value!r}")
    return name, path


@cli.command("check")
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "--snapshots", type=OPTIONS["snapshots"], help="Snapshot directory [default: snapshots/ beside each article]."
)
@click.option(
    "--store",
    type=OPTIONS["store"],
    help="Where saved sources are: a snapshot directory, or a postgresql://USER@HOST/DB shared store (docs/store.md).",
)
@click.option(
    "--format", "output_format", type=OPTIONS["format"], default="text", show_default=True, help="Report format."
)
@click.option("--output", "-o", type=OPTIONS["output"], help="Write the report to this file instead of stdout.")
@click.option(
    "--report",
    "extra_reports",
    multiple=True,
    metavar="FORMAT:PATH",
    callback=lambda _ctx, _param, values: tuple(_extra_report(v) for v in values),
    help="Also write the same run's report in FORMAT to PATH (repeatable), e.g. --report sarif:verify.sarif.",
)
@click.option(
    "--show",
    type=OPTIONS["show"],
    default="warning",
    show_default=True,
    help="Least severity listed by the text, github and sarif reports (all: every claim, verified too).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print the summary only (and input errors).")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option(
    "--fail-on",
    type=OPTIONS["fail-on"],
    default="error",
    show_default=True,
    help="Exit 1 when a finding reaches this severity.",
)
@click.option(
    "--exit-zero", is_flag=True, help="Exit 0 even when findings reach --fail-on (input errors still exit 2)."
)
@click.option("--select", type=OPTIONS["select"], help="Report only these rules: codes, prefixes, names or verdicts.")
@click.option("--extend-select", type=OPTIONS["extend-select"], help="Report these rules too.")
@click.option("--ignore", type=OPTIONS["ignore"], help="Do not report these rules.")
@click.option(
    "--per-file-ignores",
    type=OPTIONS["per-file-ignores"],
    multiple=True,
    metavar="GLOB:RULES",
    help="Do not report RULES (comma-separated) in files matching GLOB (repeatable).",
)
@click.option(
    "--exclude", type=OPTIONS["exclude"], help="Globs skipped in directories and patterns (replaces the defaults)."
)
@click.option("--extend-exclude", type=OPTIONS["extend-exclude"], help="Globs skipped besides the defaults.")
@click.option(
    "--respect-gitignore/--no-respect-gitignore",
    default=True,
    show_default=True,
    help="Skip the files git ignores.",
)
@click.option("--force-exclude", is_flag=True, help="Apply the exclusions to files named on the command line too.")
@click.option("--stdin-filename", help="The name of the article read from standard input (-).")
@click.option(
    "--max-bytes", type=OPTIONS["max-bytes"], default=DEFAULT_MAX_BYTES, show_default=True, help="Largest article read."
)
@click.option(
    "--timeout", type=OPTIONS["timeout"], default=DEFAULT_TIMEOUT, show_default=True, help="Seconds to wait for a URL."
)
@click.option(
    "--time-budget",
    type=OPTIONS["time-budget"],
    default=DEFAULT_TIME_BUDGET,
    show_default=True,
    help="Seconds one article may take to check; past it, that article is an error and the run goes on (0: no limit).",
)
@click.option(
    "--allow-private-addresses",
    is_flag=True,
    help="Let URL inputs redirect to private, loopback and link-local addresses (an intranet, a test server).",
)
@click.option(
    "--color",
    type=OPTIONS["color"],
    default="auto",
    show_default=True,
    help="Colour the text report; auto: on a terminal, unless NO_COLOR is set or FORCE_COLOR asks for it.",
)
@click.option("--no-color", "no_color", is_flag=True, hidden=True, help="Same as --color never.")
@click.option("--jobs", "-j", type=OPTIONS["jobs"], help="Worker processes [default: the number of cores].")
@click.option(
    "--baseline", type=OPTIONS["baseline"], help="Accept the findings recorded in this file; fail only on new ones."
)
@click.option(
    "--write-baseline", type=click.Path(dir_okay=False), help="Record every current finding in this file as accepted."
)
@click.pass_context
def check_command(
    ctx: click.Context,
    inputs: tuple[str, ...],
    extra_reports: tuple[tuple[str, str], ...],
    write_baseline: str | None,
    stdin_filename: str | None,
    no_color: bool,
    **_: Any,
) -> None:
    """Check the posts and quotes of ARTICLE... (files, directories, globs, URLs, or - for stdin).

    Settings not given here come from [tool.verify] in the nearest
    pyproject.toml, or from verify.toml, found by walking up from the first
    article (snapshots: from each article's own); keys are the long option
    names (fail-on = "warning"). Paths in baselines and in the sarif, junit,
    github and gitlab reports are relative to the project root: that file's
    folder, else the top of the git work tree, else the current directory.
    A <!-- verify: ignore --> comment silences the next claim; --baseline
    accepts the findings of an earlier --write-baseline run.

    \b
    Example:
        verify article.html
        verify drafts/ --show all
        verify drafts/ --select VF1 --ignore misattributed --statistics
        verify article.txt --snapshots sources/ --format json
        verify drafts/ --format sarif --output verify.sarif --baseline .verify-baseline.json
    """
    settings, config = _settings(ctx, inputs)
    root = project_root(_config_start(inputs, stdin_filename), config.path if config else None)
    output, output_format = settings["output"], settings["format"]
    _check_writable([p for p in (output, write_baseline, *(path for _, path in extra_reports)) if p], inputs)
    selection = Selection.of(
        settings["select"],
        settings["extend-select"] or (),
        settings["ignore"] or (),
        _per_file_ignores(settings["per-file-ignores"]),
    )
    options = CheckOptions(
        snapshots=_store_option(ctx),  # a configured store applies per article (use_config)
        max_bytes=settings["max-bytes"],
        timeout=settings["timeout"],
        jobs=settings["jobs"] or os.cpu_count() or 1,
        use_config=True,
        time_budget=settings["time-budget"],
        allow_private_addresses=settings["allow-private-addresses"],
        exclude=(*(settings["exclude"] or DEFAULT_EXCLUDE), *(settings["extend-exclude"] or ())),
        respect_gitignore=settings["respect-gitignore"],
        force_exclude=settings["force-exclude"],
        root=str(root),
        stdin_filename=stdin_filename,
    )
    report = _run(inputs, options)
    report = selection.apply(report, root)
    report, accepted = _accept(report, settings["baseline"], write_baseline, root)
    for problem in report.errors:
        click.echo(f"verify: error: {printable(str(problem))}", err=True)
    fail_on = FAIL_ON[settings["fail-on"]]
    use_color = use_colour("never" if no_color else settings["color"], output is None and _is_terminal(sys.stdout))
    render_options = RenderOptions(
        color=use_color,
        fail_on=fail_on,
        baseline=accepted,
        show=SHOW[settings["show"]],
        quiet=settings["quiet"],
        statistics=settings["statistics"],
        root=root,
    )
    _write(reporter(output_format)(report, render_options), output, use_color)
    for name, path in extra_reports:
        _write(reporter(name)(report, replace(render_options, color=False)), path, False)
    if output or output_format not in _SUMMARY_IN_REPORT:
        click.echo(summary_line(report), err=True)
    sys.exit(exit_status(report, fail_on, settings["exit-zero"]))


def _run(inputs: tuple[str, ...], options: CheckOptions) -> Report:
    """The library's run, with a progress bar on a terminal (Ctrl-C: see _DefaultCommandGroup.invoke)."""
    progress = _Progress() if _is_terminal(sys.stderr) else None
    try:
        return run_check(
            inputs,
            options,
            progress=progress.step if progress else None,
            total=progress.start if progress else None,
        )
    finally:  # also on Ctrl-C, before its message, so that the bar does not cover it
        if progress is not None:
            progress.finish()


class _Progress:
    """click's progress bar on stderr: articles done of the total, the rate and the time left."""

    def __init__(self) -> None:
        self.bar: Any = None

    def start(self, total: int) -> None:
        self.bar = click.progressbar(
            length=total,
            label="checking",
            file=sys.stderr,
            show_eta=True,
            show_pos=True,
            item_show_func=lambda item: printable(item)[-40:] if item else None,
        )
        self.bar.__enter__()

    def step(self, item: str) -> None:
        if self.bar is not None:
            self.bar.update(1, item)

    def finish(self) -> None:
        if self.bar is not None:
            bar, self.bar = self.bar, None
            bar.render_finish()
            click.echo("\r\x1b[K", err=True, nl=False)  # leave no bar above the report


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def use_colour(setting: str, terminal: bool, environ: Any = None) -> bool:
    """Whether to colour: ``always``/``never`` decide; ``auto`` follows NO_COLOR, then FORCE_COLOR, then the terminal.

    NO_COLOR (https://no-color.org) and FORCE_COLOR count when set to anything but an empty
    string (FORCE_COLOR=0 also means no forcing, as in Node and many CLIs).
    """
    environ = os.environ if environ is None else environ
    if setting != "auto":
        return setting == "always"
    if environ.get("NO_COLOR", ""):
        return False
    if environ.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True
    return terminal


def _store_option(ctx: click.Context) -> str | None:
    """``--store``, or ``--snapshots`` (a directory store by its older name); not both."""
    if ctx.params["store"] and ctx.params["snapshots"]:
        raise click.UsageError("give --store or --snapshots, not both")
    return ctx.params["store"] or ctx.params["snapshots"]


def _settings(ctx: click.Context, inputs: tuple[str, ...]) -> tuple[dict[str, Any], Config | None]:
    """Every configurable setting: from the command line, else the configuration file, else the default."""
    try:
        config = find_config(_config_start(inputs, ctx.params.get("stdin_filename")))
    except ConfigError as error:
        _fail(f"{error.path}: {error.message}")
    return {key: _setting(ctx, key, config) for key in OPTIONS}, config


def _setting(ctx: click.Context, key: str, config: Config | None) -> Any:
    name = "output_format" if key == "format" else key.replace("-", "_")
    given = ctx.get_parameter_source(name) not in (ParameterSource.DEFAULT, None)
    if given or config is None or key not in config.values:
        return ctx.params[name]
    value = config.values[key]
    return (value,) if key == "per-file-ignores" else value


def _per_file_ignores(tables: tuple[dict[str, tuple[str, ...]], ...]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for glob_, names in table.items():
            merged[glob_] = (*merged.get(glob_, ()), *names)
    return merged


def _config_start(inputs: tuple[str, ...], stdin_filename: str | None = None) -> Path:
    """Where the configuration search starts: the first local input's directory, else here."""
    for item in inputs:
        if item == "-" and stdin_filename:
            item = stdin_filename
        if item == "-" or item.startswith(("http://", "https://")):
            continue
        parts = Path(item).parts
        fixed = Path(*itertools.takewhile(lambda part: not glob.has_magic(part), parts)) if parts else Path()
        if fixed != Path(item):
            return fixed  # a glob: the directory before its first wildcard
        return fixed if fixed.is_dir() else fixed.parent
    return Path.cwd()


def _check_writable(paths: list[str], inputs: tuple[str, ...]) -> None:
    """Refuse, before any article is read, an output that could not be written after the run,
    or that would be written over one of the articles named to check (``-o`` for ``-f``: the draft is lost)."""
    articles = [Path(item) for item in inputs if Path(item).is_file()]
    for path in paths:
        target = Path(path)
        folder = target.parent if str(target.parent) else Path(".")
        if target.is_dir():
            _fail(f"{printable(path)}: cannot write the report: it is a directory")
        if target.is_file() and any(os.path.samefile(target, article) for article in articles):
            _fail(f"{printable(path)}: cannot write the report: it is an article to check")
        if not folder.is_dir():
            _fail(f"{printable(path)}: cannot write the report: no such directory {printable(str(folder))}")
        if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
            _fail(f"{printable(path)}: cannot write the report: permission denied")


def _accept(report: Report, baseline: str | None, write: str | None, root: Path) -> tuple[Report, frozenset[str]]:
    """The report with accepted findings marked, and the fingerprints accepted.

    ``--write-baseline`` records the findings as they stand (whatever --baseline
    says) and then accepts them all: the run adopts the tool on an archive.
    """
    try:
        accepted = write_baseline(report, write, root) if write else read_baseline(baseline) if baseline else None
    except (InputError, OSError) as error:
        _fail(str(error))
    if accepted is None:
        return report, frozenset()
    return apply_baseline(report, accepted, root), frozenset(accepted.fingerprints)


def _write(rendered: str, output: str | None, color: bool) -> None:
    if output is None:
        click.echo(rendered, nl=False, color=color)  # color=: click would strip styles from a pipe
        return
    try:
        Path(output).write_text(rendered, encoding="utf-8")
    except OSError as error:
        _fail(f"{printable(output)}: cannot write the report: {error.strerror}")


def _fail(message: str) -> NoReturn:
    click.echo(f"verify: error: {printable(message)}", err=True)
    sys.exit(EXIT_INPUT_ERROR)


def exit_status(report: Report, fail_on: Severity | None, exit_zero: bool = False) -> int:
    """SPEC's exit status for a report."""
    if report.errors:
        return EXIT_INPUT_ERROR
    if exit_zero or fail_on is None:
        return EXIT_CLEAN
    return EXIT_FINDINGS if report.worst_severity().rank >= fail_on.rank else EXIT_CLEAN


@cli.command("rule")
@click.argument("names", nargs=-1, metavar="[CODE|NAME]...")
@click.option("--all", "everything", is_flag=True, help="Document every rule.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="markdown with --all writes docs/rules.md.",
)
def rule_command(names: tuple[str, ...], everything: bool, output_format: str) -> None:
    """Explain rules: what each finding means, why it matters, an example and how to fix it.

    \b
    Example:
        verify rule VF101
        verify rule altered
        verify rule --all --format markdown > docs/rules.md
    """
    if not names and not everything:
        raise click.UsageError("name a rule (verify rule VF101) or give --all")
    try:
        chosen = list(RULES) if everything else [rule(name) for name in names]
    except KeyError as error:
        known = ", ".join(r.code for r in RULES)
        raise click.BadParameter(f"no rule {printable(str(error.args[0]))!r} (known: {known})") from None
    if output_format == "json":
        click.echo(json.dumps([_rule_record(r) for r in chosen], ensure_ascii=False, indent=2))
    elif output_format == "markdown":
        click.echo(reference() if everything else "\n\n".join(r.markdown("#") for r in chosen), nl=not everything)
    else:
        click.echo("\n\n".join(r.text() for r in chosen))


def _rule_record(chosen: Rule) -> dict[str, str]:
    fields = ("code", "name", "summary", "description", "why", "example", "fix")
    return {
        **{name: getattr(chosen, name) for name in fields},
        "verdict": chosen.verdict.value,
        "severity": chosen.severity.value,
        "help_uri": chosen.help_uri,
    }


def main() -> None:
    """Console-script entry point; Ctrl-C outside a command (while parsing) also exits 130."""
    collect_less()  # (a run's objects live until it ends: the collector would walk them again and again)
    try:
        cli(prog_name="verify")
    except KeyboardInterrupt:
        click.echo("verify: interrupted", err=True)
        _exit_interrupted()
    except SystemExit as stop:
        if stop.code == EXIT_INTERRUPTED:
            _exit_interrupted()
        _exit_without_teardown(stop)
        raise


def _exit_without_teardown(stop: SystemExit) -> None:
    """Leave with the command's status once its output is out, without the interpreter's teardown: freeing one by one
    every object the run made (the name caches, lexicons, pattern programs, the report) and a last collection of
    cycles is 2% of the CPU of checking 30 real pages (callgrind, whole process), and nothing of it is seen. Left to
    the interpreter when something may still need it (an exit hook, another thread, worker processes), the status is
    no number, or a stream cannot be flushed (the interpreter reports that as it always did)."""
    # (an exit hook registered, another thread running: the interpreter's own way out, as before)
    if atexit._ncallbacks() or threading.active_count() > 1 or "multiprocessing" in sys.modules:
        return
    if not (stop.code is None or isinstance(stop.code, int)):
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed pipe or stream
        return
    os._exit(stop.code or 0)


def _exit_interrupted() -> None:
    """Leave at once after Ctrl-C: interpreter shutdown would join the worker pool's threads,
    which can wait on queues that the terminated workers will never read."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(EXIT_INTERRUPTED)
