"""The quote scorer (verify/evaluate/quotes.py) on small invented data: split, matching, pronoun rule."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from verify.evaluate.quotes import (
    Guess,
    SpeakerKind,
    Split,
    coverage,
    in_split,
    load_resolutions,
    norm,
    precision,
    quotes,
    score_gold,
    spans_by_article,
    speaker_kind,
    speaker_match,
    speaker_right,
    split_of,
    surname,
)


def gold(speaker: str, quote: str = "The harbour will reopen in spring", **extra: object) -> dict:
    pronoun = speaker.strip().lower() in {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them"}
    row = {"doc_id": "port#E1", "article": "port.txt", "speaker": speaker, "speaker_is_pronoun": pronoun}
    row |= {"speaker_resolved": None, "quote_plain": quote, "split_quote": False}
    return row | extra


def test_split_is_sha256_parity_of_the_file_name() -> None:
    for name in ("a.txt", "c.txt", "harbour-news_2031-01-01_cats.txt"):
        parity = int(hashlib.sha256(name.encode()).hexdigest(), 16) % 2
        assert split_of(name) is (Split.TUNE if parity == 0 else Split.HELDOUT)
    # pinned: others tune on the same half, so the rule must never change silently
    assert [split_of(n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")] == [
        Split.HELDOUT,
        Split.HELDOUT,
        Split.TUNE,
        Split.TUNE,
    ]
    assert split_of("corpus/articles/c.txt") is split_of("c.txt")  # the directory does not count


def test_split_halves_cover_every_article_about_evenly() -> None:
    names = [f"paper-{i}_2031-01-{i % 28 + 1:02d}_story.txt" for i in range(400)]
    tune = [n for n in names if in_split(n, Split.TUNE)]
    heldout = [n for n in names if in_split(n, Split.HELDOUT)]
    assert sorted(tune + heldout) == sorted(names)
    assert 160 <= len(tune) <= 240
    assert all(in_split(n, Split.ALL) for n in names)


def test_norm_drops_quote_marks_case_and_outer_punctuation() -> None:
    assert norm("\u201cThe Harbour \u2014 it\u2019s  closed,\u201d") == "the harbour - it's closed"
    assert norm("''Doubled marks,''") == "doubled marks"
    assert norm(None) == ""


def test_coverage_is_the_share_of_the_gold_a_prediction_holds() -> None:
    whole = "the harbour will reopen in spring"
    assert coverage(whole, whole + " and summer") == 1.0
    assert coverage(whole, "the harbour will reopen") == pytest.approx(23 / 33)
    assert coverage(whole, "the bakery stays shut") == 0.0


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Harbour board spokesman Ivo Lindqvist", "lindqvist"),
        ("Mara Quell, a retired ferry captain,", "quell"),
        ("Democratic Sen. Orla Bright (D-Vt.)", "bright"),
        ("Tomas Reyne III, founder of the Reading Circle,", "reyne"),  # a generational suffix is no surname
        ("Lindqvist's", "lindqvist"),
        ("Senator Orla Bright of Vermont", "bright"),  # the place after "of" is no surname
        ("Secretary of State Ivo Lindqvist", "lindqvist"),
        ("the harbour master", None),
        ("Quell's ferry captain, Ivo Lindqvist,", "lindqvist"),  # a description in apposition to a name
        ("the Harbour Board spokesman, Ivo Lindqvist", "lindqvist"),
        ("Mara Quell, Harbour Master of Eastport", "quell"),  # a name first keeps its surname
        ("he", None),
    ],
)
def test_surname(speaker: str, expected: str | None) -> None:
    assert surname(speaker) == expected


def test_speaker_match_by_surname_or_by_words() -> None:
    assert speaker_match("Mara Quell", "Quell")
    assert speaker_match("Quell", "Mara Quell, a retired ferry captain,")
    assert not speaker_match("Ivo Lindqvist", "Quell")
    assert speaker_match("the ferry company", "ferry company")
    assert not speaker_match("the ferry company", "the harbour board")
    assert not speaker_match(None, "Quell")
    assert not speaker_match("  ", "Quell")


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("she", SpeakerKind.PRONOUN),
        ("He ", SpeakerKind.PRONOUN),
        ("Quell", SpeakerKind.NAME),
        ("Harbour board spokesman Ivo Lindqvist", SpeakerKind.NAME),
        ("The Valley Gazette", SpeakerKind.NAME),
        ("the ferry captain Mara Quell", SpeakerKind.NAME),
        ("the Vermont senator", SpeakerKind.DESCRIPTION),
        ("a Town Hall official", SpeakerKind.DESCRIPTION),
        ("A spokeswoman for the Harbour Safety Board", SpeakerKind.DESCRIPTION),
        ("one of her ads", SpeakerKind.DESCRIPTION),
        ("officials", SpeakerKind.DESCRIPTION),
    ],
)
def test_speaker_kind(speaker: str, kind: SpeakerKind) -> None:
    assert speaker_kind(gold(speaker)) is kind


def test_a_pronoun_is_right_only_when_the_resolved_person_is_named() -> None:
    g = gold("she")
    resolved = {"port#E1": "Mara Quell"}
    assert speaker_right("Mara Quell", g, resolved)
    assert speaker_right("Quell", g, resolved)
    assert not speaker_right("she", g, resolved)  # the surface pronoun names nobody
    assert not speaker_right("Ivo Lindqvist", g, resolved)
    assert not speaker_right(None, g, resolved)


def test_a_pronoun_with_no_known_referent_is_not_scored() -> None:
    assert speaker_right("she", gold("she"), {}) is None  # not resolved by hand
    assert speaker_right("Quell", gold("she"), {"port#E1": None}) is None  # the article never says


def test_the_gold_resolution_comes_before_the_hand_file() -> None:
    g = gold("they", speaker_resolved="Mara Quell and Ivo Lindqvist")
    assert speaker_right("Lindqvist", g, {"port#E1": "Someone Else"})
    assert speaker_right("Quell", g, {})
    assert not speaker_right("Else", g, {"port#E1": "Someone Else"})


def test_no_speaker_is_right_for_a_description_the_article_never_names() -> None:
    g = gold("a woman in the queue")
    assert speaker_right(None, g, {"port#E1": None})  # resolved by hand: never named
    assert speaker_right("a woman in the queue", g, {"port#E1": None})  # the surface still counts
    assert not speaker_right(None, g, {})  # no hand resolution: no speaker is no answer
    assert not speaker_right(None, gold("Mara Quell"), {})


def test_names_and_descriptions_keep_the_surface_rule() -> None:
    assert speaker_right("Quell", gold("Mara Quell"), {})
    assert speaker_right("the harbour master", gold("the harbour master"), {})
    assert not speaker_right("Quell", gold("Ivo Lindqvist"), {})


def test_a_description_also_counts_by_the_person_it_stands_for() -> None:
    g = gold("the harbour master")
    resolved = {"port#E1": "Mara Quell"}
    assert speaker_right("Mara Quell", g, resolved)
    assert speaker_right("the harbour master", g, resolved)  # as written is not wrong either
    assert not speaker_right("Ivo Lindqvist", g, resolved)
    assert not speaker_right("Mara Quell", g, {"port#E1": None})  # the article never names them


def test_score_gold_uses_the_best_covering_prediction() -> None:
    g = gold("she", quote="The harbour will reopen in spring, and the ferries will run again")
    guesses = [
        Guess("The harbour will reopen", "Ivo Lindqvist"),
        Guess("\u201cThe harbour will reopen in spring, and the ferries will run again,\u201d", "Mara Quell"),
    ]
    scored = score_gold(g, guesses, {"port#E1": "Mara Quell"})
    assert scored.found and scored.found_union
    assert scored.guess == guesses[1]
    assert scored.right is True
    assert scored.kind is SpeakerKind.PRONOUN


def test_score_gold_fragments_count_only_for_the_union_recall() -> None:
    g = gold("Quell", quote="The harbour will reopen in spring. The ferries will run again all summer long")
    halves = [
        Guess("The harbour will reopen in spring.", "Quell"),
        Guess("The ferries will run again all summer long", "Quell"),
    ]
    scored = score_gold(g, halves, {})
    assert not scored.found and scored.found_union
    assert scored.right is None and scored.guess is None


def test_precision_counts_predictions_inside_annotated_spans() -> None:
    rows = [
        {
            "article": "port",
            "fragments": ["\u201cThe harbour will reopen,\u201d", "\u201cin spring.\u201d"],
            "gold_annotator": True,
        },
        {"article": "port.txt", "fragments": ["the bakery stays shut"], "gold_annotator": False},
    ]
    gold_spans, any_spans = spans_by_article(rows)
    guesses = {
        "port.txt": [
            Guess("The harbour will reopen in spring", "Quell"),  # inside the joined fragments
            Guess("The bakery stays shut", "Quell"),  # only another annotator's span
            Guess("Cats are cuties", None),  # in no span
        ]
    }
    assert precision(guesses, gold_spans, any_spans) == (1, 2)


def test_load_resolutions(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    rows = [
        {"doc_id": "port#E1", "article": "port.txt", "pronoun": "she", "resolved": "Mara Quell", "evidence": "x"},
        {"doc_id": "port#E2", "article": "port.txt", "pronoun": "he", "resolved": None, "evidence": "never named"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "\n", encoding="utf-8")
    assert load_resolutions(path) == {"port#E1": "Mara Quell", "port#E2": None}


def _corpus(root: Path) -> Path:
    """Two invented articles, one in each half of the split."""
    articles = {
        "c.txt": 'Mara Quell runs the ferry. "The harbour will reopen in spring," Quell said.\n',
        "a.txt": 'Ivo Lindqvist spoke at the dock. "We will run boats all summer long," he said.\n',
    }
    (root / "articles").mkdir(parents=True)
    rows, spans = [], []
    for i, (name, text) in enumerate(articles.items()):
        start = text.index('"')
        end = text.index('"', start + 1) + 1
        quote = text[start:end]
        speaker = "Quell" if name == "c.txt" else "he"
        (root / "articles" / name).write_text(text, encoding="utf-8")
        rows.append(
            gold(speaker, quote=quote.strip('",'), doc_id=f"{name[:-4]}#E{i}", article=name, quote_spans=[[start, end]])
        )
        spans.append({"article": name[:-4], "fragments": [quote], "gold_annotator": True})
    (root / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (root / "content_spans.jsonl").write_text("".join(json.dumps(s) + "\n" for s in spans), encoding="utf-8")
    resolutions = root / "resolutions.jsonl"
    resolutions.write_text(json.dumps({"doc_id": "a#E1", "resolved": "Ivo Lindqvist"}) + "\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(("split", "articles"), [("all", 2), ("tune", 1), ("heldout", 1)])
def test_quotes_command_scores_the_chosen_half(tmp_path: Path, split: str, articles: int) -> None:
    corpus = _corpus(tmp_path / "corpus")
    args = [str(corpus), "--split", split, "--resolutions", str(corpus / "resolutions.jsonl")]
    result = CliRunner().invoke(quotes, args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"split {split}: gold quotes {articles} in {articles} articles")
    for label in ("quote recall", "quote precision", "name gold", "pronoun gold", "description gold", "articles/s"):
        assert any(label in line for line in lines), label


def test_a_split_gold_quote_is_found_by_one_speakers_consecutive_claims(tmp_path: Path) -> None:
    text = 'Mara Quell runs the ferry. "The harbour will reopen in spring," Quell said. "The boats are ready."\n'
    root = tmp_path / "corpus"
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "c.txt").write_text(text, encoding="utf-8")
    fragments = ["The harbour will reopen in spring,", "The boats are ready."]
    row = gold("Quell", quote=" ".join(fragments), doc_id="c#E0", article="c.txt")
    (root / "gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    spans = {"article": "c", "fragments": fragments, "gold_annotator": True}
    (root / "content_spans.jsonl").write_text(json.dumps(spans) + "\n", encoding="utf-8")
    (root / "none.jsonl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(quotes, [str(root), "--split", "all", "--resolutions", str(root / "none.jsonl")])
    assert result.exit_code == 0, result.output
    assert "one prediction covers >= 80%)   1/1" in result.output
    assert "predictions 2" in result.output and "(gold annotator's spans)      2/2" in result.output
