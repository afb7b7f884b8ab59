"""``quotes``: quote recall, quote precision and speaker accuracy on a labelled corpus.

The corpus is a directory laid out like the PolNeAR train split (``articles/*.txt``,
``gold.jsonl``, ``content_spans.jsonl`` and the corpus's own ``score.py``). Every
article is run through the extractor as a plain-text document; the scorer's own
functions (imported from the corpus's ``score.py`` at run time, never copied
here) judge each prediction, so the figures printed are the corpus's figures.

METRIC DEFINITIONS (those of the corpus's ``score.py``; ``norm`` lowercases, drops
double quote marks, unifies apostrophes and dashes, collapses whitespace and strips
outer punctuation; ``cov(a, b)`` is the share of ``a`` covered by ``b``: 0 unless
rapidfuzz ``partial_ratio(a, b) >= 90``, then 1 if ``b`` is at least as long as
``a``, else ``len(b) / len(a)``):

- Quote recall (primary): a gold quote is found when ONE prediction of its article
  covers it, ``cov(norm(gold.quote_plain), norm(prediction)) >= 0.8``. A split quote
  ("A," she said, "B.") is one gold item with its fragments joined by a space.
- Quote recall (fragment-union): found when the union of the gold characters covered
  by the article's predictions (each aligned inside the gold with partial_ratio >= 90,
  or containing it) reaches 80%.
- Quote precision: share of predictions that lie >= 80% inside some annotated Content
  span of their article (any attribution, direct or not), ``cov(norm(p), norm(c)) >=
  0.8``; primary over the gold annotator's spans, secondary over every annotator's.
- Speaker accuracy, among quotes found by the primary definition (the best-covering
  prediction, ties to the first):
  * name gold (the headline figure): the resolved ``speaker`` matches the annotated
    Source by surname (the last capitalised non-title word before any comma,
    parenthesis or relative clause) or, when either has no surname, by rapidfuzz
    token_set_ratio >= 80 on the non-stopword tokens (``score.speaker_match``);
  * pronoun gold (the annotated Source is "he", "she", ...): the corpus leaves these
    unresolved, so the quote's surface ``mention`` must be that same pronoun; the
    resolved ``speaker`` behind it is listed with ``--pronouns`` for checking by hand;
  * the corpus's own figure, which compares the resolved ``speaker`` with the pronoun
    (and so counts every resolved pronoun as wrong), is printed as well.
- Speed: articles per second of quote extraction (blocks + quotes) over the plain-text
  articles, in CPU seconds of one process, the best of three passes.

Example: python -m verify.evaluate quotes ../shared/corpus/polnear-train --errors 20
"""

from __future__ import annotations

import importlib.util
import json
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import click

from ..document import Format, from_text
from ..extract.blocks import blocks
from ..extract.quotes import find_quotes
from ..models import Quote

_FOUND = 0.8  # share of a gold quote one prediction must cover (score.py's threshold)
_SPEED_PASSES = 3  # timing passes over the corpus; the fastest is reported


@dataclass(frozen=True, slots=True)
class Scored:
    """One gold quote and what the extractor made of it."""

    gold: dict
    found: bool
    found_union: bool
    prediction: Quote | None  # the best-covering prediction when found


@click.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--predictions",
    "predictions_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the predictions here, in score.py's format.",
)
@click.option("--errors", "shown", default=0, show_default=True, help="Missed quotes and wrong speakers to print.")
@click.option(
    "--pronouns",
    "pronouns_shown",
    default=0,
    show_default=True,
    help="Pronoun-gold quotes to list with their resolved speaker, for checking by hand.",
)
def quotes(corpus: Path, predictions_path: Path | None, shown: int, pronouns_shown: int) -> None:
    """Quote recall, quote precision and speaker accuracy on a labelled corpus.

    Example: python -m verify.evaluate quotes ../shared/corpus/polnear-train --errors 20
    """
    score = _load_scorer(corpus)
    gold = [json.loads(line) for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    names = sorted({g["article"] for g in gold})
    texts = {name: (corpus / "articles" / name).read_text(encoding="utf-8") for name in names}
    predicted = {name: _extract(name, text) for name, text in texts.items()}
    rate = _speed(texts)
    if predictions_path:
        with predictions_path.open("w", encoding="utf-8") as out:
            for name, found in predicted.items():
                for q in found:
                    out.write(
                        json.dumps(
                            {"article": name, "quote": q.text, "speaker": q.speaker, "mention": q.mention},
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
    scored = [_score_gold(score, g, predicted[g["article"]]) for g in gold]
    precision = _precision(score, corpus, predicted)
    click.echo(_render(score, scored, precision, sum(map(len, predicted.values())), len(names), rate))
    for line in _errors(score, scored, texts, shown):
        click.echo(line)
    for line in _pronoun_list(scored, texts, pronouns_shown):
        click.echo(line)


def _load_scorer(corpus: Path) -> ModuleType:
    """The corpus's own scorer, imported from the corpus directory."""
    spec = importlib.util.spec_from_file_location("_corpus_score", corpus / "score.py")
    if spec is None or spec.loader is None:
        raise click.ClickException(f"{corpus}: no score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extract(name: str, text: str) -> list[Quote]:
    document = from_text(text, name, Format.TEXT)
    return find_quotes(document, blocks(document))


def _speed(texts: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(_SPEED_PASSES):
        started = time.process_time()  # CPU time of this process: other work on the machine does not count
        for name, text in texts.items():
            _extract(name, text)
        best = min(best, time.process_time() - started)
    return len(texts) / best


def _score_gold(score: ModuleType, g: dict, predictions: list[Quote]) -> Scored:
    want = score.norm(g["quote_plain"])
    plain = [score.norm(q.text) for q in predictions]
    coverage = [score.cov(want, p) for p in plain]
    best = max(range(len(plain)), key=coverage.__getitem__, default=None)
    found = best is not None and coverage[best] >= _FOUND
    covered = sorted(iv for iv in (score.covered_interval(want, p) for p in plain) if iv)
    chars, last = 0, 0
    for start, end in covered:
        start = max(start, last)
        if end > start:
            chars += end - start
            last = end
    union = bool(want) and chars / len(want) >= _FOUND
    return Scored(g, found, union, predictions[best] if found and best is not None else None)


def _precision(score: ModuleType, corpus: Path, predicted: dict[str, list[Quote]]) -> tuple[int, int]:
    """(predictions inside a gold annotator's span, inside any annotator's span)."""
    gold_spans: dict[str, list[str]] = defaultdict(list)
    any_spans: dict[str, list[str]] = defaultdict(list)
    for line in (corpus / "content_spans.jsonl").read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        row = json.loads(line)
        pieces = [*row["fragments"], " ".join(row["fragments"])] if len(row["fragments"]) > 1 else row["fragments"]
        name = row["article"] if row["article"].endswith(".txt") else row["article"] + ".txt"
        normed = [t for t in map(score.norm, pieces) if t]
        any_spans[name] += normed
        if row["gold_annotator"]:
            gold_spans[name] += normed
    inside = inside_any = 0
    for name, found in predicted.items():
        for q in found:
            p = score.norm(q.text)
            if not p:
                continue
            inside += any(score.cov(p, c) >= _FOUND for c in gold_spans[name])
            inside_any += any(score.cov(p, c) >= _FOUND for c in any_spans[name])
    return inside, inside_any


def _name_ok(score: ModuleType, item: Scored) -> bool:
    return item.prediction is not None and score.speaker_match(item.prediction.speaker, item.gold["speaker"])


def _pronoun_ok(score: ModuleType, item: Scored) -> bool:
    mention = item.prediction.mention if item.prediction else None
    return bool(mention) and score.norm(mention) == score.norm(item.gold["speaker"])


def _render(
    score: ModuleType, scored: list[Scored], precision: tuple[int, int], n_pred: int, n_articles: int, rate: float
) -> str:
    found = [s for s in scored if s.found]
    split = [s for s in scored if s.gold["split_quote"]]
    names = [s for s in found if not s.gold["speaker_is_pronoun"]]
    pronouns = [s for s in found if s.gold["speaker_is_pronoun"]]
    corpus_ok = sum(score.speaker_correct(s.prediction.speaker if s.prediction else None, s.gold) for s in found)
    names_ok = sum(_name_ok(score, s) for s in names)
    pronouns_ok = sum(_pronoun_ok(score, s) for s in pronouns)
    both_ok = names_ok + pronouns_ok
    return "\n".join(
        [
            f"gold quotes {len(scored)} in {n_articles} articles; predictions {n_pred}",
            f"quote recall (one prediction covers >= 80%)   {_pct(len(found), len(scored))}"
            f"   [split {_pct(sum(s.found for s in split), len(split))}]",
            f"quote recall (fragment-union covers >= 80%)   {_pct(sum(s.found_union for s in scored), len(scored))}",
            f"quote precision (gold annotator's spans)      {_pct(precision[0], n_pred)}",
            f"quote precision (any annotator's spans)       {_pct(precision[1], n_pred)}",
            f"speaker accuracy, name gold (resolved speaker)  {_pct(names_ok, len(names))}",
            f"speaker accuracy, pronoun gold (mention)        {_pct(pronouns_ok, len(pronouns))}",
            f"speaker accuracy, both as above                 {_pct(both_ok, len(found))}",
            f"speaker accuracy, score.py (speaker field only) {_pct(corpus_ok, len(found))}",
            f"speed: {rate:.0f} articles/s (blocks + quotes, plain text, one core)",
        ]
    )


def _errors(score: ModuleType, scored: list[Scored], texts: dict[str, str], shown: int) -> list[str]:
    lines: list[str] = []
    missed = [s for s in scored if not s.found][:shown]
    for s in missed:
        lines += ["", f"MISSED {s.gold['doc_id']} (speaker {s.gold['speaker']!r})", f"  {_context(s.gold, texts)}"]
    wrong = [
        s
        for s in scored
        if s.found and not (_pronoun_ok(score, s) if s.gold["speaker_is_pronoun"] else _name_ok(score, s))
    ][:shown]
    for s in wrong:
        q = s.prediction
        assert q is not None
        lines += [
            "",
            f"SPEAKER {s.gold['doc_id']}: gold {s.gold['speaker']!r}, got {q.speaker!r} (mention {q.mention!r})",
            f"  {_context(s.gold, texts)}",
        ]
    return lines


def _pronoun_list(scored: list[Scored], texts: dict[str, str], shown: int) -> list[str]:
    lines: list[str] = []
    for s in [s for s in scored if s.found and s.gold["speaker_is_pronoun"]][:shown]:
        q = s.prediction
        assert q is not None
        lines += [
            "",
            f"PRONOUN {s.gold['doc_id']}: {s.gold['speaker']!r} -> {q.speaker!r}",
            f"  {_context(s.gold, texts)}",
        ]
    return lines


def _context(g: dict, texts: dict[str, str]) -> str:
    text = texts[g["article"]]
    start, end = g["quote_spans"][0][0], g["quote_spans"][-1][1]
    return " ".join(text[max(0, start - 200) : min(len(text), end + 120)].split())


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else f"{part}/0 = n/a"


if __name__ == "__main__":  # the lead registers the command in verify/evaluate/__main__.py
    quotes()
