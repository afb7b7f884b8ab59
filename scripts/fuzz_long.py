"""A long fuzz campaign: many more generated articles than the test suite's derandomized 40, with a tight
per-article time budget, reporting the slowest inputs. Run by hand; it needs the dev extras (hypothesis).

    python scripts/fuzz_long.py --examples 2000 --budget 2

A few-KB article checks in well under 0.2 s, so one that takes seconds is a hang in the making: the
script prints it (saved under --out) and fails. Examples are random on every run (no fixed seed):
run it again to search further.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from hypothesis import HealthCheck, given, settings
from hypothesis.strategies import SearchStrategy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root: tests.fuzz_grammar

from tests.fuzz_grammar import html_articles, markdown_articles, text_articles  # noqa: E402
from verify._budget import within_budget  # noqa: E402
from verify._check import check_document  # noqa: E402
from verify.document import Format, from_text  # noqa: E402
from verify.errors import InputError  # noqa: E402

_STRATEGIES = {Format.TEXT: text_articles, Format.MARKDOWN: markdown_articles, Format.HTML: html_articles}
_SLOWEST_SHOWN = 5
Timing = tuple[float, Format, str]  # seconds, format, the article


@click.command()
@click.option("--examples", default=1000, show_default=True, help="Generated articles per format.")
@click.option("--budget", default=2.0, show_default=True, help="Seconds an article may take.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("/tmp/verify-fuzz"))
def main(examples: int, budget: float, out: Path) -> None:
    """Check generated articles of every format under a time budget; print the slowest."""
    out.mkdir(parents=True, exist_ok=True)
    timings: list[Timing] = []
    for fmt, strategy in _STRATEGIES.items():
        started = time.perf_counter()
        _campaign(fmt, strategy, examples, budget, timings, out)
        click.echo(f"{fmt.value}: {examples} articles in {time.perf_counter() - started:.0f} s")
    for seconds, fmt, text in sorted(timings, key=lambda t: t[0], reverse=True)[:_SLOWEST_SHOWN]:
        click.echo(f"{seconds:.3f} s  {fmt.value}  {len(text)} chars  {text[:80]!r}")


def _campaign(
    fmt: Format, strategy: SearchStrategy[str], examples: int, budget: float, timings: list[Timing], out: Path
) -> None:
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(strategy)
    def one(text: str) -> None:
        try:
            document = from_text(text, f"fuzz.{fmt.value}", fmt)
        except InputError:
            return
        started = time.perf_counter()
        try:
            within_budget(budget, lambda: check_document(document))
        except Exception:
            saved = out / f"slow-{fmt.value}-{len(list(out.iterdir()))}.{fmt.value}"
            saved.write_text(text, encoding="utf-8")
            click.echo(f"over budget or failed: {saved}")
            raise
        timings.append((time.perf_counter() - started, fmt, text))

    one()


if __name__ == "__main__":
    main()
