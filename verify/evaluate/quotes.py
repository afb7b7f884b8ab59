"""``quotes``: quote recall, quote precision and speaker accuracy on a labelled corpus, scored as the user sees it.

The corpus is a directory laid out like the PolNeAR train split (``articles/*.txt``,
``gold.jsonl``, ``content_spans.jsonl``). Every article is run through the extractor
as a plain-text document and its quotes (``kind: mention`` left out: those are never
shown as quotes) are scored here.

HAND RESOLUTIONS (``--resolutions``, default the four files in ``evaluation/``): JSON
Lines ``{"doc_id", "article", "resolved", "evidence"}``, one per pronoun-credited
(``polnear-pronoun-resolutions.jsonl``, all 195) or description-credited
(``polnear-description-resolutions.jsonl``, all 71) gold quote of the PolNeAR train
split: the fullest name the article gives the referent, or null when it never names
one. ``polnear-dev-pronoun-resolutions.jsonl`` and
``polnear-dev-description-resolutions.jsonl`` do the same for all 716 pronoun- and
195 description-credited quotes of the 562 other PolNeAR train articles that
qualify (the development data, built with the corpus's ``build_train.py --articles
712`` less these 150), resolved by hand from the text alone in round 19. Names and ids only:
no article text.

SPLIT. ``split_of(name)`` puts an article in ``tune`` or ``heldout`` by the sha256 of
its file name as ``gold.jsonl`` spells it (``"<name>.txt"``, no directory): an even
hash value is ``tune``, an odd one ``heldout``. That is about half of the articles
each, fixed per article whatever the corpus around it, so everyone who uses
:func:`split_of` tunes on the same half. ``--split tune|heldout|all`` (default
``all``) scores only that part; tune on ``tune``, report ``heldout``.

METRIC DEFINITIONS. They are those of the corpus's own ``score.py`` (re-implemented
here so that they can be tested), apart from the pronoun rule and three fixes noted:

- ``norm``: Unicode NFKC; double quote marks deleted; curly single quotes and
  backticks become ``'``; dashes become ``-``; lowercase; whitespace runs become one
  space; outer punctuation and spaces stripped.
- ``coverage(a, b)``, the share of ``a`` covered by ``b``: 0 unless rapidfuzz
  ``partial_ratio(a, b) >= 90``; then 1 if ``b`` is at least as long as ``a``, else
  ``len(b) / len(a)``.
- Quote recall (primary): a gold quote is found when ONE prediction of its article
  covers it, ``coverage(norm(gold.quote_plain), norm(prediction)) >= 0.8``. A split
  quote ("A," she said, "B.") is one gold item with its fragments joined by a space.
  The extractor shows the part after a cue that ends its sentence ("A," she said.
  "B.") as a second claim by the same speaker: for recall and speaker accuracy a
  prediction is also each run of one speaker's consecutive quotes, joined
  (``verify.extract.quotes.speaker_runs``); precision counts the claims shown. (So
  ``score.py`` on ``--predictions``, which holds the claims shown, finds fewer.)
- Quote recall (fragment-union): found when the union of the gold characters covered
  by the article's predictions (each aligned inside the gold with partial_ratio >= 90,
  or containing it) reaches 80%.
- Quote precision: share of predictions that lie >= 80% inside some annotated Content
  span of their article (any attribution, direct or not), ``coverage(norm(p),
  norm(c)) >= 0.8``, each fragment and the joined fragments of a span counting;
  primary over the gold annotator's spans, secondary over every annotator's.
  Predictions whose text normalises to nothing are dropped first, as score.py does.
- ``speaker_match(p, g)``: ``surname(x)`` is the last capitalised word of x's head
  (x up to the first comma, parenthesis, " who ", " whose " or dash) that is not a
  title, a stopword or a single letter, possessive 's removed, lowercased. When both
  have one: right iff they are equal or g's surname is one of p's words. Else
  rapidfuzz ``token_set_ratio`` of the non-stopword words >= 80, or, when either has
  none, equal ``norm``. An empty predicted speaker never matches (see description below). Fix 1: the
  generational suffixes II, III, IV count as titles (score.py takes "III" for the
  surname of "Brent Bozell III"). Fix 2: a head with " of " takes its surname from
  the part before it when that part has one (score.py takes "arizona" for "Senator
  John McCain of Arizona"; "Secretary of State John Kerry" still gives "kerry"). Fix 3: a head
  ending in a common noun followed by a comma and a name of capitalised words only takes its
  surname from that name (score.py takes "clinton" for "Clinton's campaign chairman, John
  Podesta" and "house" for "the White House spokesman, Josh Earnest,").
- Speaker accuracy, among quotes found by the primary definition (the best-covering
  prediction, ties to the first), by the kind of the gold speaker:
  * pronoun (score.py's ``speaker_is_pronoun``): right only when the predicted
    speaker names the person the pronoun stands for: ``speaker_match(p, name)`` for
    one of the names (joined by " and ") of ``speaker_resolved`` in the gold or, where
    that is null, of the hand resolution in ``--resolutions``. A predicted pronoun is
    wrong (score.py accepts the same pronoun, so its figure never tested resolution).
    A pronoun quote with no resolution, or whose article never names
    the referent (resolution null), is left out of speaker accuracy and counted.
  * description: the gold speaker's head (as for ``surname``, also cut before " of ",
    " for ", " in ", " at ", " from ", " that ") starts with a determiner ("the", "a",
    "one", "her", ...) and ends in a lowercase word ("the Ohio governor", "a White
    House official"), or has no capitalised word at all ("officials"). Right when
    ``speaker_match`` with the gold speaker holds, as in score.py, or with the person
    or organisation it stands for (resolved by hand like the pronouns, where the
    article names them), so that resolving "the Ohio governor" to "John Kasich" is
    not counted wrong; no speaker (null) is right where the hand resolution says the
    article never names them ("a woman at the town hall"), as the product contract asks.
  * name: every other gold speaker ("Rubio", "The New York Times", "the economist
    Jared Bernstein"). Scored by ``speaker_match`` with the gold speaker.
- Speed: articles per second of quote extraction (blocks + quotes) over the scored
  articles, in CPU seconds of one process, the best of three passes.

Check of the re-implementation: with ``--predictions out.jsonl``, the corpus's
``score.py out.jsonl`` prints the same recall, precision and name-gold accuracy
(except where fixes 1 to 3 apply).

Example: python -m verify.evaluate quotes ../shared/corpus/polnear-train --split heldout --errors 20
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import click
from rapidfuzz import fuzz

from ..document import Format, from_text
from ..extract.blocks import blocks
from ..extract.quotes import find_quotes, speaker_runs
from ..models import Quote

_EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"
RESOLUTIONS = (
    _EVALUATION / "polnear-pronoun-resolutions.jsonl",
    _EVALUATION / "polnear-description-resolutions.jsonl",
    _EVALUATION / "polnear-dev-pronoun-resolutions.jsonl",
    _EVALUATION / "polnear-dev-description-resolutions.jsonl",
)

_FOUND = 0.8  # share of a gold quote one prediction must cover (score.py's threshold)
_ALIGNED = 90  # rapidfuzz partial_ratio at which one string counts as inside the other (score.py's)
_SAME_WORDS = 80  # token_set_ratio at which two speakers with no surname match (score.py's)
_SPEED_PASSES = 3  # timing passes over the corpus; the fastest is reported

# score.py's vocabulary, kept as it is there so that the figures stay comparable.
_DOUBLE_QUOTES = frozenset('"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb')
_SINGLE_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'", "\u00b4": "'"}
_DASHES = {"\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-"}
_OUTER = " \t\n.,;:!?-'()[]\u2026*"
_STOPWORDS = frozenset(
    """a an the of for and or to in on at by with from as is was were be been this that these
    those who whose which whom he she they i we it you him her them his its their our my me us your
    also said says told mr mrs ms""".split()
)
_TITLES = frozenset(
    """mr mrs ms dr sen senator rep gov governor president secretary gen general judge justice speaker
    chairman prof professor rev lt col sgt capt adm mayor the a an former u.s democratic republican gop
    sir st jr sr""".split()
) | {"ii", "iii", "iv"}  # fix 1: generational suffixes are no surname
_NAME_WORDS = 4  # the longest name fix 3 reads after a description's comma
_HEAD_END = re.compile(r",|\(| who | whose | \u2014 | - ")
_WORD = re.compile(r"\w[\w'\-.]*")

# Descriptions (this module's own category): a determiner, then a head ending in a common noun.
_DETERMINERS = frozenset("the a an one another his her their its our this that these those some".split())
_PHRASE_END = re.compile(r",|\(| who | whose | \u2014 | - | of | for | in | at | from | that ")


class Split(StrEnum):
    """Which half of a corpus is scored (see the module docstring)."""

    TUNE = "tune"
    HELDOUT = "heldout"
    ALL = "all"


class SpeakerKind(StrEnum):
    """How the gold credits a quote."""

    NAME = "name"
    PRONOUN = "pronoun"
    DESCRIPTION = "description"


def split_of(article: str) -> Split:
    """``tune`` or ``heldout`` for an article file name ("<name>.txt"; a directory part is ignored)."""
    digest = hashlib.sha256(Path(article).name.encode("utf-8")).hexdigest()
    return Split.TUNE if int(digest, 16) % 2 == 0 else Split.HELDOUT


def in_split(article: str, split: Split) -> bool:
    return split is Split.ALL or split_of(article) is split


def norm(text: str | None) -> str:
    """score.py's normalisation: case, quote marks, apostrophes, dashes, spaces and outer punctuation."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join("" if ch in _DOUBLE_QUOTES else _SINGLE_QUOTES.get(ch, _DASHES.get(ch, ch)) for ch in text)
    return " ".join(text.lower().split()).strip(_OUTER)


def coverage(a: str, b: str) -> float:
    """Share of ``a``'s characters that ``b`` covers, fuzzily."""
    if not a or not b or fuzz.partial_ratio(a, b) < _ALIGNED:
        return 0.0
    return 1.0 if len(b) >= len(a) else len(b) / len(a)


def covered_interval(gold: str, predicted: str) -> tuple[int, int] | None:
    """The stretch of ``gold`` that ``predicted`` covers, or None."""
    if not gold or not predicted:
        return None
    if len(predicted) >= len(gold):
        return (0, len(gold)) if fuzz.partial_ratio(gold, predicted) >= _ALIGNED else None
    aligned = fuzz.partial_ratio_alignment(predicted, gold)
    return (aligned.dest_start, aligned.dest_end) if aligned and aligned.score >= _ALIGNED else None


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).replace("\u2019", "'"))


def _clean(word: str) -> str:
    return re.sub(r"'s$", "", word.rstrip(".").lower())


def surname(speaker: str | None) -> str | None:
    """The last capitalised, non-title word of the speaker's head, lowercased (score.py's rule, fixes 1 to 3)."""
    parts = _HEAD_END.split(speaker or "")
    head = parts[0]
    if len(parts) > 1 and _describes_name(head, parts[1]):
        head = parts[1]  # fix 3: "Clinton's campaign chairman, John Podesta" is Podesta
    return _last_name_word(head.split(" of ", 1)[0]) or _last_name_word(head)


def _describes_name(head: str, following: str) -> bool:
    """Whether a head ending in a common noun stands in apposition to the name after its comma."""
    words, named = _words(head), _words(following)
    return (
        bool(words and named)
        and words[-1].islower()
        and len(named) <= _NAME_WORDS
        and all(w[0].isupper() for w in named)
    )


def _last_name_word(head: str) -> str | None:
    found = None
    for word in _words(head):
        cleaned = _clean(word)
        if word[0].isupper() and cleaned and cleaned not in _TITLES | _STOPWORDS and len(cleaned) > 1:
            found = cleaned
    return found


def speaker_match(predicted: str | None, gold: str) -> bool:
    """Whether a predicted speaker names the gold one: same surname, else mostly the same words."""
    if not predicted or not predicted.strip():
        return False
    p_surname, g_surname = surname(predicted), surname(gold)
    if p_surname and g_surname:
        return p_surname == g_surname or g_surname in {_clean(w) for w in _words(predicted)}
    p_words = [w for w in map(_clean, _words(predicted)) if w not in _STOPWORDS]
    g_words = [w for w in map(_clean, _words(gold)) if w not in _STOPWORDS]
    if p_words and g_words:
        return fuzz.token_set_ratio(" ".join(p_words), " ".join(g_words)) >= _SAME_WORDS
    return norm(predicted) == norm(gold)


def speaker_kind(gold: Mapping) -> SpeakerKind:
    """Name, pronoun or description (see the module docstring)."""
    if gold["speaker_is_pronoun"]:
        return SpeakerKind.PRONOUN
    words = _words(_PHRASE_END.split(gold["speaker"].strip())[0])
    if not any(w[0].isupper() for w in _words(gold["speaker"])):
        return SpeakerKind.DESCRIPTION
    if words and words[0].lower() in _DETERMINERS and not words[-1][0].isupper():
        return SpeakerKind.DESCRIPTION
    return SpeakerKind.NAME


def referent(gold: Mapping, resolutions: Mapping[str, str | None]) -> str | None:
    """The name(s), joined by " and ", the gold speaker stands for: the gold's own, else the hand resolution."""
    names = gold.get("speaker_resolved") or resolutions.get(gold["doc_id"])
    return names if names is None or isinstance(names, str) else " and ".join(names)


def speaker_right(predicted: str | None, gold: Mapping, resolutions: Mapping[str, str | None]) -> bool | None:
    """Whether the predicted speaker is the gold one; None for a pronoun whose referent is not known.

    A pronoun counts only by its referent; any other gold speaker by its own words or by its referent. No
    speaker is right for a description whose hand resolution says the article never names them ("a woman at the
    town hall"): the user is shown no one, as the product contract asks of an unresolved speaker.
    """
    names = referent(gold, resolutions)
    if predicted is None and not gold["speaker_is_pronoun"]:
        return gold["doc_id"] in resolutions and names is None
    resolved = names is not None and any(speaker_match(predicted, name) for name in names.split(" and "))
    if gold["speaker_is_pronoun"]:
        return resolved if names is not None else None
    return resolved or speaker_match(predicted, gold["speaker"])


@dataclass(frozen=True, slots=True)
class Guess:
    """One predicted quote, as score.py reads it."""

    quote: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Scored:
    """One gold quote and what the extractor made of it."""

    gold: Mapping
    kind: SpeakerKind
    found: bool
    found_union: bool
    guess: Guess | None  # the best-covering prediction when found
    right: bool | None  # speaker right; None when not found or not scorable


def score_gold(gold: Mapping, guesses: Sequence[Guess], resolutions: Mapping[str, str | None]) -> Scored:
    want = norm(gold["quote_plain"])
    plain = [norm(g.quote) for g in guesses]
    shares = [coverage(want, p) for p in plain]
    best = max(range(len(plain)), key=shares.__getitem__, default=None)
    found = best is not None and shares[best] >= _FOUND
    chars, last = 0, 0
    for start, end in sorted(iv for iv in (covered_interval(want, p) for p in plain) if iv):
        start = max(start, last)
        if end > start:
            chars += end - start
            last = end
    union = bool(want) and chars / len(want) >= _FOUND
    guess = guesses[best] if found and best is not None else None
    right = speaker_right(guess.speaker, gold, resolutions) if guess else None
    return Scored(gold, speaker_kind(gold), found, union, guess, right)


def spans_by_article(rows: Iterable[Mapping]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Normalised Content spans per article: (the gold annotator's, every annotator's)."""
    gold_spans: dict[str, list[str]] = defaultdict(list)
    any_spans: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        fragments = row["fragments"]
        pieces = [*fragments, " ".join(fragments)] if len(fragments) > 1 else fragments
        name = row["article"] if row["article"].endswith(".txt") else row["article"] + ".txt"
        normed = [t for t in map(norm, pieces) if t]
        any_spans[name] += normed
        if row["gold_annotator"]:
            gold_spans[name] += normed
    return gold_spans, any_spans


def precision(
    guesses: Mapping[str, Sequence[Guess]], gold_spans: Mapping[str, list[str]], any_spans: Mapping[str, list[str]]
) -> tuple[int, int]:
    """(predictions inside a gold annotator's span, inside any annotator's span)."""
    inside = inside_any = 0
    for name, found in guesses.items():
        for guess in found:
            p = norm(guess.quote)
            inside += any(coverage(p, c) >= _FOUND for c in gold_spans.get(name, ()))
            inside_any += any(coverage(p, c) >= _FOUND for c in any_spans.get(name, ()))
    return inside, inside_any


def load_resolutions(path: Path) -> dict[str, str | None]:
    """doc_id -> the name a pronoun stands for (None: the article does not say)."""
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["doc_id"]: row["resolved"] for row in rows}


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@click.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--split",
    "split",
    type=click.Choice([s.value for s in Split]),
    default=Split.ALL.value,
    show_default=True,
    help="Score the tune half, the held-out half or all articles (split by sha256 of the file name).",
)
@click.option(
    "--resolutions",
    "resolution_paths",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    multiple=True,
    default=RESOLUTIONS,
    show_default="the four evaluation/polnear-*-resolutions.jsonl",
    help="Hand resolutions of pronoun and description speakers (JSON Lines: doc_id, resolved); repeatable.",
)
@click.option(
    "--predictions",
    "predictions_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the predictions here, in score.py's format.",
)
@click.option("--errors", "shown", default=0, show_default=True, help="Missed quotes and wrong speakers to print.")
def quotes(
    corpus: Path, split: str, resolution_paths: tuple[Path, ...], predictions_path: Path | None, shown: int
) -> None:
    """Quote recall, quote precision and speaker accuracy (pronouns by resolution) on a labelled corpus.

    Example: python -m verify.evaluate quotes ../shared/corpus/polnear-train --split heldout --errors 20
    """
    part = Split(split)
    gold = [g for g in _read_jsonl(corpus / "gold.jsonl") if in_split(g["article"], part)]
    names = sorted({g["article"] for g in gold})
    texts = {name: (corpus / "articles" / name).read_text(encoding="utf-8") for name in names}
    predicted = {name: _extract(name, text) for name, text in texts.items()}
    guesses = {name: [Guess(q.text, q.speaker) for q in found if norm(q.text)] for name, found in predicted.items()}
    if predictions_path:
        _write_predictions(predictions_path, predicted)
    resolutions = {k: v for path in resolution_paths for k, v in load_resolutions(path).items()}
    # (one speaker's consecutive claims, joined, find a split gold quote: “A,” she said. “B.”)
    runs = {name: [Guess(q.text, q.speaker) for q in speaker_runs(found)] for name, found in predicted.items()}
    scored = [score_gold(g, guesses[g["article"]] + runs[g["article"]], resolutions) for g in gold]
    inside = precision(guesses, *spans_by_article(_read_jsonl(corpus / "content_spans.jsonl")))
    n_pred = sum(map(len, guesses.values()))
    click.echo(_render(part, scored, inside, n_pred, len(names), _speed(texts)))
    for line in _errors(scored, texts, resolutions, shown):
        click.echo(line)


def _extract(name: str, text: str) -> list[Quote]:
    """The quotes a user is shown: a mention (title, scare quote, term) is no quote."""
    document = from_text(text, name, Format.TEXT)
    return [q for q in find_quotes(document, blocks(document)) if q.kind != "mention"]


def _write_predictions(path: Path, predicted: Mapping[str, list[Quote]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for name, found in predicted.items():
            for q in found:
                row = {"article": name, "quote": q.text, "speaker": q.speaker, "mention": q.mention}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _speed(texts: Mapping[str, str]) -> float:
    best = float("inf")
    for _ in range(_SPEED_PASSES):
        started = time.process_time()  # CPU time of this process: other work on the machine does not count
        for name, text in texts.items():
            _extract(name, text)
        best = min(best, time.process_time() - started)
    return len(texts) / best if best else float("inf")


def _accuracy(items: Sequence[Scored]) -> str:
    judged = [s for s in items if s.right is not None]
    return _pct(sum(bool(s.right) for s in judged), len(judged))


def _render(
    part: Split, scored: Sequence[Scored], inside: tuple[int, int], n_pred: int, n_articles: int, rate: float
) -> str:
    found = [s for s in scored if s.found]
    split_quotes = [s for s in scored if s.gold.get("split_quote")]
    by_kind = {kind: [s for s in found if s.kind is kind] for kind in SpeakerKind}
    pronouns = by_kind[SpeakerKind.PRONOUN]
    unknown = sum(s.right is None for s in pronouns)
    return "\n".join(
        [
            f"split {part.value}: gold quotes {len(scored)} in {n_articles} articles; predictions {n_pred}",
            f"quote recall (one prediction covers >= 80%)   {_pct(len(found), len(scored))}"
            f"   [split quotes {_pct(sum(s.found for s in split_quotes), len(split_quotes))}]",
            f"quote recall (fragment-union covers >= 80%)   {_pct(sum(s.found_union for s in scored), len(scored))}",
            f"quote precision (gold annotator's spans)      {_pct(inside[0], n_pred)}",
            f"quote precision (any annotator's spans)       {_pct(inside[1], n_pred)}",
            f"speaker accuracy (pronouns by resolution)     {_accuracy(found)}",
            f"  name gold                                   {_accuracy(by_kind[SpeakerKind.NAME])}",
            f"  pronoun gold, resolved by hand              {_accuracy(pronouns)}"
            f"   [{unknown} with no known referent left out]",
            f"  description gold                            {_accuracy(by_kind[SpeakerKind.DESCRIPTION])}",
            f"speed: {rate:.0f} articles/s (blocks + quotes, plain text, one core, best of {_SPEED_PASSES})",
        ]
    )


def _errors(
    scored: Sequence[Scored], texts: Mapping[str, str], resolutions: Mapping[str, str | None], shown: int
) -> list[str]:
    lines: list[str] = []
    for s in [s for s in scored if not s.found][:shown]:
        lines += ["", f"MISSED {s.gold['doc_id']} (speaker {s.gold['speaker']!r})", f"  {_context(s.gold, texts)}"]
    for s in [s for s in scored if s.right is False][:shown]:
        assert s.guess is not None
        want = s.gold["speaker"]
        if referent(s.gold, resolutions):
            want = f"{want.strip()} = {referent(s.gold, resolutions)}"
        lines += [
            "",
            f"SPEAKER {s.gold['doc_id']} ({s.kind.value}): gold {want!r}, got {s.guess.speaker!r}",
            f"  {_context(s.gold, texts)}",
        ]
    return lines


def _context(g: Mapping, texts: Mapping[str, str]) -> str:
    text = texts[g["article"]]
    start, end = g["quote_spans"][0][0], g["quote_spans"][-1][1]
    return " ".join(text[max(0, start - 200) : min(len(text), end + 120)].split())


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else f"{part}/0 = n/a"


if __name__ == "__main__":  # registered in verify/evaluate/__main__.py
    quotes()
