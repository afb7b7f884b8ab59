"""The command line: a thin click layer over :func:`verify.check`.

Options become a :class:`~verify.models.CheckOptions`, the library runs, a
reporter renders, and the exit status follows SPEC: 0 when nothing reaches
``--fail-on``, 1 when something does, 2 for a usage error or an input that
could not be read (the other inputs are still reported).
"""

from __future__ import annotations

import sys

import click

from ._check import check as run_check
from ._version import __version__
from .models import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, CheckOptions, Report, Severity
from .report import RenderOptions, reporters, summary_line

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT_ERROR = 0, 1, 2
_FAIL_ON = {"error": Severity.ERROR, "warning": Severity.WARNING, "note": Severity.NOTE, "never": None}


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
@click.option("--snapshots", type=click.Path(file_okay=False), help="Snapshot directory [default: snapshots/ beside each article].")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Report format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to this file instead of stdout.")
@click.option("--fail-on", type=click.Choice(list(_FAIL_ON)), default="error", show_default=True, help="Exit 1 when a finding reaches this severity.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings reach --fail-on (input errors still exit 2).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help="Largest article read.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT, show_default=True, help="Seconds to wait for a URL.")
@click.option("--color/--no-color", default=None, help="Colour the text report [default: when stdout is a terminal].")
def check_command(
    inputs: tuple[str, ...],
    snapshots: str | None,
    output_format: str,
    output: str | None,
    fail_on: str,
    exit_zero: bool,
    max_bytes: int,
    timeout: float,
    color: bool | None,
) -> None:
    """Check the posts and quotes of ARTICLE... (files, directories, globs, URLs, or - for stdin).

    \b
    Example:
        verify article.html
        verify article.txt --snapshots sources/ --format json
    """
    options = CheckOptions(snapshots=snapshots, max_bytes=max_bytes, timeout=timeout)
    report = run_check(inputs, options)
    for problem in report.errors:
        click.echo(f"verify: error: {problem}", err=True)
    use_color = color if color is not None else (output is None and sys.stdout.isatty())
    rendered = reporters()[output_format](report, RenderOptions(color=use_color, fail_on=_FAIL_ON[fail_on]))
    if output:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(rendered)
    else:
        click.echo(rendered, nl=False)
    if output_format != "text" or output:
        click.echo(summary_line(report), err=True)
    sys.exit(exit_status(report, _FAIL_ON[fail_on], exit_zero))


def exit_status(report: Report, fail_on: Severity | None, exit_zero: bool = False) -> int:
    """SPEC's exit status for a report."""
    if report.errors:
        return EXIT_INPUT_ERROR
    if exit_zero or fail_on is None:
        return EXIT_CLEAN
    return EXIT_FINDINGS if report.worst_severity().rank >= fail_on.rank else EXIT_CLEAN


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="verify")
