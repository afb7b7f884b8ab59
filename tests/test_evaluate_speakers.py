"""The speaker audit (verify/evaluate/speakers.py): which speakers name no one, and the command's report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from verify.evaluate.speakers import (
    HELD_OUT_HALF,
    TUNE_HALF,
    Fault,
    Labelled,
    fault_of,
    half_of,
    load_gold,
    match,
    names_gold,
    speaker_right,
    speakers,
)
from verify.models import Place, Quote, QuoteKind

GOLD = Path(__file__).resolve().parents[1] / "evaluation" / "realpages-speakers.jsonl"


@pytest.mark.parametrize(
    ("speaker", "fault"),
    [
        ("he", Fault.PRONOUN),
        ("Sie", Fault.PRONOUN),
        ("that the", Fault.FUNCTION_WORDS),
        ("Which", Fault.FUNCTION_WORDS),
        ("the mayor said yesterday", Fault.CLAUSE),
        ("Mark Rutte", None),
        ("Kyiv Post", None),
        ("the former prosecutor", None),
        ("Rectora de la Escuela Superior del Partido", None),
        # (round 33: a cue's form after "of" is a noun of the role)
        ("the secretary of state", None),
        ("the secretary said state", Fault.CLAUSE),
    ],
)
def test_fault_of(speaker: str, fault: Fault | None) -> None:
    assert fault_of(speaker) is fault


def test_the_command_counts_credited_quotes_and_lists_none_for_a_clean_page(tmp_path: Path) -> None:
    page = tmp_path / "port.txt"
    page.write_text(
        "Harbour master Ines Varga spoke on Monday.\n\n"
        "“The harbour will reopen in spring,” Varga said.\n\n"
        "“We have the money for it,” she added.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(speakers, [str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1].startswith("0 speakers naming no one of 2 credited quotes")


# The gold of pronoun and description quotes (--gold): stable ids, the scoring rule, the held-out half.

_PORT = (
    "Harbour master Ines Varga spoke on Monday.\n\n"
    "“The harbour will reopen in spring,” Varga said.\n\n"
    "“We have the money for it,” she added.\n"
)


def _quote(text: str, speaker: str | None, mention: str | None) -> Quote:
    return Quote(text, speaker, mention, QuoteKind.DIRECT, Place.BODY, line=1, column=1)


def _labelled(quote: str, mention: str | None, gold: tuple[str | None, ...], page: str = "p.html") -> Labelled:
    return Labelled(page, half_of(page), "en", "pronoun", mention, quote, gold)


def _page_in_half(half: int) -> str:
    return next(name for n in range(100) if half_of(name := f"port-{n}.txt") == half)


@pytest.mark.parametrize(
    ("speaker", "gold", "right"),
    [
        ("Peter Thiel", "Peter Thiel", True),
        ("Thiel", "Peter Thiel", True),  # the same last word
        ("Peter", "Peter Thiel", True),  # a whole-word run of the gold form
        ("the Times", "The New York Times", True),
        ("Peter Thielsen", "Peter Thiel", False),
        ("Anna Berg", "Peter Thiel", False),
        ("Mark Rutte’s", "Mark Rutte's", True),
    ],
)
def test_names_gold(speaker: str, gold: str, right: bool) -> None:
    assert names_gold(speaker, gold) is right


def test_a_null_speaker_is_right_only_where_the_gold_allows_null() -> None:
    assert speaker_right(None, (None,))
    assert speaker_right(None, (None, "AfD"))
    assert not speaker_right(None, ("Ines Varga",))
    assert not speaker_right("Varga", (None,))
    assert speaker_right("AfD", (None, "AfD"))


def test_repeated_words_are_told_apart_by_their_mention_then_by_order() -> None:
    reported = {
        "p.html": (
            _quote("password", None, None),
            _quote("Password", "Sam Curry", "he"),
            _quote("digital terrorism", None, "it"),
            _quote("digital terrorism", "Asim Munir", "He"),
        )
    }
    labelled = [
        _labelled("password", "he", ("Sam Curry",)),
        _labelled("“digital terrorism”", "He", ("Asim Munir",)),
        _labelled("digital terrorism", "it", ("Asim Munir",)),
    ]
    got = [(s.reported.speaker if s.reported else "-", s.right) for s in match(labelled, reported)]
    assert got == [("Sam Curry", True), ("Asim Munir", True), (None, False)]


def test_a_quote_whose_extraction_changed_is_found_by_coverage_and_a_lost_one_counts_wrong() -> None:
    reported = {"p.html": (_quote("We have the money for it, and the will.", "Ines Varga", "she"),)}
    labelled = [
        _labelled("We have the money for it, and the will", "she", ("Ines Varga",)),  # the stop is gone
        _labelled("The harbour will reopen in spring", "she", ("Ines Varga",)),
    ]
    first, lost = match(labelled, reported)
    assert first.right and first.reported is not None
    assert lost.reported is None and not lost.right


def test_the_gold_file_loads_and_its_halves_follow_the_page_digest() -> None:
    rows = load_gold(GOLD)
    assert len(rows) >= 500
    assert {row.half for row in rows} == {TUNE_HALF, HELD_OUT_HALF}
    assert all(row.half == half_of(row.page) and row.gold for row in rows)


def test_a_row_in_the_wrong_half_is_a_one_line_error_naming_the_file(tmp_path: Path) -> None:
    page = _page_in_half(TUNE_HALF)
    gold = tmp_path / "gold.jsonl"
    row = {"page": page, "half": HELD_OUT_HALF, "language": "en", "kind": "pronoun", "mention": "she"}
    gold.write_text(json.dumps({**row, "quote": "x", "gold": ["Ines Varga"]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(speakers, [str(tmp_path), "--gold", str(gold)])
    assert result.exit_code == 2
    assert f"{gold}:1: wrong half" in result.output


@pytest.mark.parametrize("half", [TUNE_HALF, HELD_OUT_HALF])
def test_the_command_scores_a_gold_and_prints_errors_of_the_tune_half_only(tmp_path: Path, half: int) -> None:
    page = _page_in_half(half)
    (tmp_path / page).write_text(_PORT, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    rows = [("We have the money for it", "she", ["Ines Varga"]), ("The harbour will reopen in spring", "she", [None])]
    gold.write_text(
        "".join(
            json.dumps({"page": page, "half": half, "language": "en", "kind": "pronoun", "mention": mention,
                        "quote": quote, "gold": names}) + "\n"
            for quote, mention, names in rows
        ),
        encoding="utf-8",
    )
    scored = CliRunner().invoke(speakers, [str(tmp_path), "--gold", str(gold), "--half", str(half)])
    assert scored.exit_code == 0
    assert f"gold.jsonl, half {half}: 1/2 = 50.0%" in scored.output
    shown = CliRunner().invoke(speakers, [str(tmp_path), "--gold", str(gold), "--half", str(half), "--errors"])
    if half == HELD_OUT_HALF:
        assert shown.exit_code == 2 and "held out" in shown.output and "WRONG" not in shown.output
    else:
        assert shown.exit_code == 0
        assert "WRONG" in shown.output and "gold [None]" in shown.output and "Ines Varga'], " not in shown.output


def test_a_gold_quote_split_around_its_cue_is_found_by_the_run_of_its_two_claims(tmp_path: Path) -> None:
    page = _page_in_half(TUNE_HALF)
    (tmp_path / page).write_text(
        "Harbour master Ines Varga spoke on Monday.\n\n“The harbour will reopen in spring,” she said, “and the ferry "
        "will run again in May.”\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    row = {"page": page, "half": TUNE_HALF, "language": "en", "kind": "pronoun", "mention": "she",
           "quote": "The harbour will reopen in spring and the ferry will run again in May.", "gold": ["Ines Varga"]}
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    scored = CliRunner().invoke(speakers, [str(tmp_path), "--gold", str(gold), "--half", str(TUNE_HALF)])
    assert "gold.jsonl, half 1: 1/1 = 100.0%" in scored.output
