"""``speakers``: whom real pages credit with words, checked two ways.

AUDIT (always). A quote's ``speaker`` must be a person or an organisation the
article names, or null: never a pronoun, a function word or a clause. Real pages
have no speaker labels, but those three kinds of wrong speaker can be told from
the speaker's own words, so every one of them is listed here for a person to
read, with the page, the mention at the cue and the quote.

GOLD (``--gold evaluation/realpages-speakers.jsonl``). Quotes of the real pages
whose mention at the cue is a pronoun or a description ("he", "the actress",
"die Vorsitzende"), each labelled by hand from the page text with the person it
stands for (any of the names the page gives them), the organisation for a body,
or null where the page leaves them unnamed (a scare quote, "a Nevada Democrat").
JSON Lines, one row per quote: ``page`` (path relative to the corpus), ``half``,
``language``, ``kind`` (pronoun or description), ``mention``, ``quote`` (the
quote's words, no other page text) and ``gold`` (a list of names, or ``[null]``).

- A labelled quote is found by its page and its normalised words (``quotes.norm``;
  repeats of the same words on one page in order), else by the page's quote that
  covers at least 80% of it (``quotes.coverage``); so its identity survives
  changes of extraction elsewhere on the page. A quote split around its cue is
  shown as two claims of one speaker: as in ``quotes``, a run of one speaker's
  consecutive quotes, joined (``verify.extract.quotes.speaker_runs``), is a
  reported quote too. A quote no longer reported counts wrong (the user sees no
  one credited) and is counted apart.
- A speaker is right when it names the gold person: the same words as one gold
  form, the same last word, or a whole-word run of it ("Peter" of "Peter Thiel",
  "The New York Times" of "the Times"); null is right only where the gold allows
  null.
- HALVES: a page is in half 1 or 2 by the first byte of the sha256 of its path
  (``half_of``). Half 1 is tuned on; half 2 is held out: its totals are printed,
  its errors never (``--errors`` needs ``--half 1``).
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import click

from .. import check
from ..extract.quotes import speaker_runs
from ..lexicon import FUNCTION_WORDS, LEXICONS
from ..models import CheckOptions, Quote
from .quotes import coverage, norm

_SHOWN_CHARS = 70
_FOUND = 0.8  # share of a labelled quote one reported quote must cover (as in the quotes command)
TUNE_HALF, HELD_OUT_HALF = 1, 2
_NAME_WORD = re.compile(r"[^\w'-]+")


class Fault(StrEnum):
    """Why a speaker names no one."""

    PRONOUN = "pronoun"
    FUNCTION_WORDS = "function words"
    CLAUSE = "clause"


_CUE_VERBS = frozenset().union(*(lex.cue_verbs for lex in LEXICONS.values()))
_PRONOUNS = frozenset().union(*(lex.pronouns.keys() for lex in LEXICONS.values()))
_NOUN_PREPOSITIONS = frozenset().union(*(lex.noun_prepositions for lex in LEXICONS.values()))


def fault_of(speaker: str) -> Fault | None:
    """What is wrong with a speaker, or None when it may name someone."""
    words = speaker.lower().split()
    if speaker.lower() in _PRONOUNS:
        return Fault.PRONOUN
    if all(word.strip(".,") in FUNCTION_WORDS for word in words):
        return Fault.FUNCTION_WORDS
    written = speaker.split()
    if any(
        word.islower() and word in _CUE_VERBS and written[i] not in _NOUN_PREPOSITIONS
        for i, word in enumerate(written[1:])
    ):
        # "company published content": the span ran over a verb into a clause ("Kyiv Post" is a name; "the secretary
        # of state", a cue's form after a preposition that makes it a noun, is a role)
        return Fault.CLAUSE
    return None


@dataclass(frozen=True, slots=True)
class Labelled:
    """One hand-labelled quote of the gold file (see the module docstring)."""

    page: str
    half: int
    language: str
    kind: str
    mention: str | None
    quote: str
    gold: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class Scored:
    """A labelled quote and the quote the tool reports for it (None: no longer reported)."""

    labelled: Labelled
    reported: Quote | None

    @property
    def right(self) -> bool:
        return self.reported is not None and speaker_right(self.reported.speaker, self.labelled.gold)


def half_of(page: str) -> int:
    """1 or 2, by the first byte of the sha256 of the page's path relative to the corpus."""
    return 1 + hashlib.sha256(page.encode("utf-8")).digest()[0] % 2


def load_gold(path: Path) -> list[Labelled]:
    """The labelled quotes of a gold file; a malformed row is a one-line error naming the file and line."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            item = Labelled(
                row["page"], row["half"], row["language"], row["kind"], row["mention"], row["quote"], tuple(row["gold"])
            )
        except (ValueError, KeyError, TypeError) as error:
            raise click.BadParameter(f"{path}:{number}: not a labelled quote ({error})", param_hint="--gold") from None
        if item.half != half_of(item.page) or not item.gold:
            raise click.BadParameter(f"{path}:{number}: wrong half or no gold for {item.page}", param_hint="--gold")
        rows.append(item)
    return rows


def _name_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    return [word for word in _NAME_WORD.split(text) if word]


def _holds(longer: list[str], shorter: list[str]) -> bool:
    return any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def names_gold(speaker: str, gold: str) -> bool:
    """Whether a speaker names the gold person: same words, same last word, or a whole-word run of the other."""
    said, wanted = _name_words(speaker), _name_words(gold)
    if not said or not wanted:
        return False
    return said[-1] == wanted[-1] or _holds(wanted, said) or _holds(said, wanted)


def speaker_right(speaker: str | None, gold: Sequence[str | None]) -> bool:
    """Whether the tool's speaker is one the gold allows (null only where the gold lists null)."""
    if speaker is None:
        return None in gold
    return any(names_gold(speaker, wanted) for wanted in gold if wanted)


def match(labelled: Sequence[Labelled], reported: Mapping[str, Sequence[Quote]]) -> list[Scored]:
    """Each labelled quote with the quote the tool reports for it on its page (see the module docstring).

    Of a page's quotes with the labelled words, the first not yet taken with the labelled mention, else the first
    not yet taken ("password" may be quoted three times on a page, and credited only once); else the untaken quote
    covering most of the words.
    """
    taken: set[tuple[str, int]] = set()
    scored = []
    for item in labelled:
        words = norm(item.quote)
        free = [(n, q) for n, q in enumerate(reported.get(item.page, ())) if (item.page, n) not in taken]
        same = [(n, q) for n, q in free if norm(q.text) == words]
        found = next((pair for pair in same if pair[1].mention == item.mention), same[0] if same else None)
        found = found or _covering(words, free)
        if found is not None:
            taken.add((item.page, found[0]))
        scored.append(Scored(item, found[1] if found else None))
    return scored


def _covering(words: str, quotes: Sequence[tuple[int, Quote]]) -> tuple[int, Quote] | None:
    shares = [(coverage(words, norm(quote.text)), (n, quote)) for n, quote in quotes]
    best = max(shares, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] >= _FOUND else None


@click.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--jobs", default=1, show_default=True, help="Worker processes.")
@click.option(
    "--gold",
    "gold_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Also score hand-labelled pronoun and description quotes (evaluation/realpages-speakers.jsonl).",
)
@click.option("--half", type=click.IntRange(TUNE_HALF, HELD_OUT_HALF), help="Score only this half of the gold.")
@click.option("--errors", is_flag=True, help="Print every wrong speaker of the gold (only with --half 1).")
def speakers(corpus: Path, jobs: int, gold_path: Path | None, half: int | None, errors: bool) -> None:
    """List every quote speaker on CORPUS that is a pronoun, only function words or a clause; score a gold.

    Example: python -m verify.evaluate speakers ../shared/corpus/realpages
    --gold evaluation/realpages-speakers.jsonl --half 1 --errors
    """
    if (half or errors) and gold_path is None:
        raise click.UsageError("--half and --errors score a gold: give --gold")
    if errors and half != TUNE_HALF:
        raise click.UsageError(f"--errors needs --half {TUNE_HALF}: half {HELD_OUT_HALF} is held out")
    labelled = [item for item in load_gold(gold_path) if half in (None, item.half)] if gold_path else []
    with tempfile.TemporaryDirectory(prefix="verify-no-snapshots-") as empty:
        report = check([corpus], CheckOptions(snapshots=str(Path(empty) / "none"), jobs=jobs))
    credited = [(a.path, q) for a in report.articles for q in a.quotes if q.speaker]
    faults = [(path, quote, fault) for path, quote in credited if (fault := fault_of(quote.speaker or ""))]
    for path, quote, fault in faults:
        click.echo(_line(corpus, path, quote, fault))
    counts = Counter(fault for _, _, fault in faults)
    by_fault = ", ".join(f"{fault}: {counts[fault]}" for fault in Fault)
    click.echo(f"{len(faults)} speakers naming no one of {len(credited)} credited quotes ({by_fault})")
    if gold_path:
        # (a run of one speaker's quotes counts too: a quote split around its cue is two claims, the gold one quote)
        reported = {_shown(corpus, a.path).as_posix(): [*a.quotes, *speaker_runs([*a.quotes])] for a in report.articles}
        scored = match(labelled, reported)
        if errors:
            for line in _wrong(scored):
                click.echo(line)
        click.echo(render_gold(gold_path.name, half, scored))


def render_gold(name: str, half: int | None, scored: Sequence[Scored]) -> str:
    """The gold's figures: in all, by kind, by whether the gold names someone, by language."""
    part = f"half {half}" if half else "both halves"
    groups: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        item = s.labelled
        named = "unnamed (gold null)" if item.gold == (None,) else "named"
        for group in (item.kind, named, f"language {item.language}"):
            groups[group].append(s)
    lines = [f"{name}, {part}: {_figure(scored)}"]
    lines += [f"  {group:22s} {_figure(groups[group])}" for group in sorted(groups)]
    lines.append(f"  {sum(s.reported is None for s in scored)} labelled quotes no longer reported (counted wrong)")
    return "\n".join(lines)


def _figure(scored: Sequence[Scored]) -> str:
    right = sum(s.right for s in scored)
    return f"{right}/{len(scored)} = {100 * right / len(scored):.1f}%" if scored else "0/0"


def _wrong(scored: Sequence[Scored]) -> Iterable[str]:
    for s in scored:
        if s.right:
            continue
        item = s.labelled
        assert item.half != HELD_OUT_HALF, "held-out errors are never shown"
        got = f"speaker {s.reported.speaker!r}" if s.reported else "NOT REPORTED"
        gold = list(item.gold)
        yield f"WRONG {item.page}  mention {item.mention!r}: {got}, gold {gold}  \u201c{_cut(item.quote)}\u201d"


def _shown(corpus: Path, path: str) -> Path:
    return Path(path).relative_to(corpus) if Path(path).is_relative_to(corpus) else Path(path)


def _line(corpus: Path, path: str, quote: Quote, fault: Fault) -> str:
    where = f"{_shown(corpus, path)}:{quote.line}"
    return f"{where}  {fault}: {quote.speaker!r} (mention {quote.mention!r})  \u201c{_cut(quote.text)}\u201d"


def _cut(text: str) -> str:
    return " ".join(text.split())[:_SHOWN_CHARS]
