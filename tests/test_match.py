"""Word alignment of one claim against one statement: exactness, diffs, flags, overlap."""

from __future__ import annotations

from verify.match import align, prepare
from verify.models import Origin, Statement, StatementKind

SOURCE = (
    "We discussed many things today. Taxes will not rise next year, and we will spend 4 billion on roads "
    "in Ohio. I have said so before."
)


def aligned(claim: str, text: str = SOURCE):
    return align(prepare(claim), Statement("Ana Reyes", text, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "t.txt"))


def test_fragment_is_exact() -> None:
    result = aligned("taxes will not rise next year")
    assert result.exact and result.score == 100.0 and not result.changes


def test_gaps_and_brackets_are_allowed() -> None:
    assert aligned("Taxes will not rise ... and we will spend 4 billion").exact
    assert aligned("[Ohio's] taxes will not rise next year").exact
    assert aligned("we [the state] will spend 4 billion on roads").exact


def test_gap_segments_must_keep_their_order() -> None:
    assert not aligned("spend 4 billion on roads ... Taxes will not rise").exact


def test_negation_removed_is_flagged() -> None:
    result = aligned("Taxes will rise next year")
    assert not result.exact and result.score >= 75
    (change,) = result.changes
    assert (change.op, change.source, change.flags) == ("delete", "not", ("negation",))


def test_number_changed_is_flagged() -> None:
    (change,) = aligned("we will spend 5 billion on roads").changes
    assert (change.op, change.claim, change.source) == ("replace", "5 billion", "4 billion")
    assert "number" in change.flags


def test_name_swapped_is_flagged() -> None:
    (change,) = aligned("we will spend 4 billion on roads in Texas").changes
    assert (change.claim, change.source, change.flags) == ("Texas", "Ohio", ("name",))


def test_sentence_start_capital_is_not_a_name() -> None:
    result = aligned("Taxes will surely not rise next year")
    assert [c.flags for c in result.changes] == [()]


def test_changed_word_is_paired_with_its_counterpart_not_a_word_past_the_quote() -> None:
    (change,) = aligned("Taxes will not rise next month").changes
    assert (change.op, change.claim, change.source) == ("replace", "month", "year")


def test_overlap_missing_and_echo_for_a_reworded_claim() -> None:
    result = aligned("Ohio roads get 4 billion while taxes stay flat")
    assert not result.exact and result.score < 75
    assert result.overlap >= 0.5 and result.shared >= 3
    assert "stay flat" in result.missing


def test_an_embellished_claim_echoes_a_clause() -> None:
    result = aligned("Taxes will not rise next year or ever, and the budget is balanced")
    assert result.echo >= 0.6


def test_unrelated_claim_shares_nothing() -> None:
    result = aligned("The harbour bridge opens in spring")
    assert result.overlap == 0 and result.score < 50
