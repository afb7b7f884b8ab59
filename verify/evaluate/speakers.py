"""``speakers``: speakers that name no one, over a corpus of real pages with no labels.

A quote's ``speaker`` must be a person or an organisation the article names, or
null: never a pronoun, a function word or a clause. Real pages have no speaker
labels, but those three kinds of wrong speaker can be told from the speaker's
own words, so every one of them is listed here for a person to read, with the
page, the mention at the cue and the quote.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from enum import StrEnum
from pathlib import Path

import click

from .. import check
from ..lexicon import FUNCTION_WORDS, LEXICONS
from ..models import CheckOptions, Quote

_SHOWN_CHARS = 70


class Fault(StrEnum):
    """Why a speaker names no one."""

    PRONOUN = "pronoun"
    FUNCTION_WORDS = "function words"
    CLAUSE = "clause"


_CUE_VERBS = frozenset().union(*(lex.cue_verbs for lex in LEXICONS.values()))
_PRONOUNS = frozenset().union(*(lex.pronouns.keys() for lex in LEXICONS.values()))


def fault_of(speaker: str) -> Fault | None:
    """What is wrong with a speaker, or None when it may name someone."""
    words = speaker.lower().split()
    if speaker.lower() in _PRONOUNS:
        return Fault.PRONOUN
    if all(word.strip(".,") in FUNCTION_WORDS for word in words):
        return Fault.FUNCTION_WORDS
    if any(word.islower() and word in _CUE_VERBS for word in speaker.split()[1:]):
        # "company published content": the span ran over a verb into a clause ("Kyiv Post" is a name)
        return Fault.CLAUSE
    return None


@click.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--jobs", default=1, show_default=True, help="Worker processes.")
def speakers(corpus: Path, jobs: int) -> None:
    """List every quote speaker on CORPUS that is a pronoun, only function words or a clause.

    Example: python -m verify.evaluate speakers ../shared/corpus/realpages
    """
    with tempfile.TemporaryDirectory(prefix="verify-no-snapshots-") as empty:
        report = check([corpus], CheckOptions(snapshots=str(Path(empty) / "none"), jobs=jobs))
    credited = [(a.path, q) for a in report.articles for q in a.quotes if q.speaker]
    faults = [(path, quote, fault) for path, quote in credited if (fault := fault_of(quote.speaker or ""))]
    for path, quote, fault in faults:
        click.echo(_line(corpus, path, quote, fault))
    counts = Counter(fault for _, _, fault in faults)
    by_fault = ", ".join(f"{fault}: {counts[fault]}" for fault in Fault)
    click.echo(f"{len(faults)} speakers naming no one of {len(credited)} credited quotes ({by_fault})")


def _line(corpus: Path, path: str, quote: Quote, fault: Fault) -> str:
    shown = Path(path).relative_to(corpus) if Path(path).is_relative_to(corpus) else Path(path)
    text = " ".join(quote.text.split())[:_SHOWN_CHARS]
    return f"{shown}:{quote.line}  {fault}: {quote.speaker!r} (mention {quote.mention!r})  “{text}”"
