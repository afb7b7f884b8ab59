"""The command line: a thin click layer over :func:`verify.check`.

Options (command line first, then the nearest ``[tool.verify]`` /
``verify.toml``, then defaults) become a :class:`~verify.models.CheckOptions`,
the library runs, a baseline may accept known findings, a reporter renders,
and the exit status follows SPEC: 0 when nothing reaches ``--fail-on``, 1 when
something does, 2 for a usage error or an input that could not be read (the
other inputs are still reported).
"""

from __future__ import annotations

import glob
import itertools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click
from click.core import ParameterSource

from ._check import check as run_check
from ._version import __version__
from .config import FAIL_ON, OPTIONS, Config, ConfigError, find_config
from .errors import InputError
from .models import DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET, DEFAULT_TIMEOUT, CheckOptions, Report, Severity
from .report import RenderOptions, reporter, summary_line
from .suppress import apply_baseline, read_baseline, write_baseline

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT_ERROR = 0, 1, 2

# Formats whose report on stdout already ends with the summary line.
_SUMMARY_IN_REPORT = frozenset({"text", "github"})


class _DefaultCommandGroup(click.Group):
    """``verify ARTICLE...`` means ``verify check ARTICLE...``; other commands keep their names."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="verify")
def cli() -> None:
    """Check what news articles say people and accounts said.

    \b
    Example:
        verify article.html
        verify drafts/ --format json --output report.json
        verify snapshot https://x.com/NATO/status/1958862000000000000
    """


@cli.command("check")
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "--snapshots", type=OPTIONS["snapshots"], help="Snapshot directory [default: snapshots/ beside each article]."
)
@click.option(
    "--format", "output_format", type=OPTIONS["format"], default="text", show_default=True, help="Report format."
)
@click.option("--output", "-o", type=OPTIONS["output"], help="Write the report to this file instead of stdout.")
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
@click.option("--color/--no-color", default=None, help="Colour the text report [default: when stdout is a terminal].")
@click.option("--jobs", "-j", type=OPTIONS["jobs"], help="Worker processes [default: the number of cores].")
@click.option(
    "--baseline", type=OPTIONS["baseline"], help="Accept the findings recorded in this file; fail only on new ones."
)
@click.option(
    "--write-baseline", type=click.Path(dir_okay=False), help="Record every current finding in this file as accepted."
)
@click.pass_context
def check_command(ctx: click.Context, inputs: tuple[str, ...], write_baseline: str | None, **_: Any) -> None:
    """Check the posts and quotes of ARTICLE... (files, directories, globs, URLs, or - for stdin).

    Settings not given here come from [tool.verify] in the nearest
    pyproject.toml, or from verify.toml, found by walking up from the first
    article (snapshots: from each article's own); keys are the long option
    names (fail-on = "warning"). A <!-- verify: ignore --> comment silences
    the next claim; --baseline accepts the findings of an earlier
    --write-baseline run.

    \b
    Example:
        verify article.html
        verify article.txt --snapshots sources/ --format json
        verify drafts/ --format sarif --output verify.sarif --baseline .verify-baseline.json
    """
    settings = _settings(ctx, inputs)
    options = CheckOptions(
        snapshots=ctx.params["snapshots"],  # a configured directory applies per article (use_config)
        max_bytes=settings["max-bytes"],
        timeout=settings["timeout"],
        jobs=settings["jobs"] or os.cpu_count() or 1,
        use_config=True,
        time_budget=settings["time-budget"],
        allow_private_addresses=settings["allow-private-addresses"],
    )
    progress = _progress_printer()
    report = run_check(inputs, options, progress=progress)
    if progress is not None:
        click.echo("\r\x1b[K", err=True, nl=False)  # clear the progress line
    report, accepted = _accept(report, settings["baseline"], write_baseline)
    for problem in report.errors:
        click.echo(f"verify: error: {problem}", err=True)
    fail_on = FAIL_ON[settings["fail-on"]]
    output, output_format = settings["output"], settings["format"]
    use_color = settings["color"] if settings["color"] is not None else (output is None and sys.stdout.isatty())
    rendered = reporter(output_format)(report, RenderOptions(color=use_color, fail_on=fail_on, baseline=accepted))
    _write(rendered, output)
    if output or output_format not in _SUMMARY_IN_REPORT:
        click.echo(summary_line(report), err=True)
    sys.exit(exit_status(report, fail_on, settings["exit-zero"]))


def _settings(ctx: click.Context, inputs: tuple[str, ...]) -> dict[str, Any]:
    """Every configurable setting: from the command line, else the configuration file, else the default."""
    try:
        config = find_config(_config_start(inputs))
    except ConfigError as error:
        _fail(f"{error.path}: {error.message}")
    return {key: _setting(ctx, key, config) for key in OPTIONS}


def _setting(ctx: click.Context, key: str, config: Config | None) -> Any:
    name = "output_format" if key == "format" else key.replace("-", "_")
    given = ctx.get_parameter_source(name) not in (ParameterSource.DEFAULT, None)
    if given or config is None or key not in config.values:
        return ctx.params[name]
    return config.values[key]


def _config_start(inputs: tuple[str, ...]) -> Path:
    """Where the configuration search starts: the first local input's directory, else here."""
    for item in inputs:
        if item == "-" or item.startswith(("http://", "https://")):
            continue
        parts = Path(item).parts
        fixed = Path(*itertools.takewhile(lambda part: not glob.has_magic(part), parts)) if parts else Path()
        if fixed != Path(item):
            return fixed  # a glob: the directory before its first wildcard
        return fixed if fixed.is_dir() else fixed.parent
    return Path.cwd()


def _accept(report: Report, baseline: str | None, write: str | None) -> tuple[Report, frozenset[str]]:
    """The report with accepted findings marked, and the fingerprints accepted.

    ``--write-baseline`` records the findings as they stand (whatever --baseline
    says) and then accepts them all: the run adopts the tool on an archive.
    """
    try:
        accepted = write_baseline(report, write) if write else read_baseline(baseline) if baseline else None
    except (InputError, OSError) as error:
        _fail(str(error))
    if accepted is None:
        return report, frozenset()
    return apply_baseline(report, accepted), frozenset(accepted.fingerprints)


def _write(rendered: str, output: str | None) -> None:
    if output is None:
        click.echo(rendered, nl=False)
        return
    try:
        Path(output).write_text(rendered, encoding="utf-8")
    except OSError as error:
        _fail(f"{output}: cannot write the report: {error.strerror}")


def _progress_printer() -> Callable[[str], None] | None:
    """One overwritten line per checked article, only when a person watches stderr."""
    if not sys.stderr.isatty():
        return None
    counter = itertools.count(1)

    def show(item: str) -> None:
        click.echo(f"\r\x1b[Kchecked {next(counter)}: {item}", err=True, nl=False)

    return show


def _fail(message: str) -> NoReturn:
    click.echo(f"verify: error: {message}", err=True)
    sys.exit(EXIT_INPUT_ERROR)


def exit_status(report: Report, fail_on: Severity | None, exit_zero: bool = False) -> int:
    """SPEC's exit status for a report."""
    if report.errors:
        return EXIT_INPUT_ERROR
    if exit_zero or fail_on is None:
        return EXIT_CLEAN
    return EXIT_FINDINGS if report.worst_severity().rank >= fail_on.rank else EXIT_CLEAN


# Imported last: cli_snapshot builds on the options defined above.
from .cli_snapshot import snapshot  # noqa: E402

cli.add_command(snapshot)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="verify")
