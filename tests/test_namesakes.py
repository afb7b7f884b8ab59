"""A surname alone, when the saved sources hold two people who bear it in different files."""

from __future__ import annotations

from pathlib import Path

from verify.judge import judge
from verify.models import Claim, ClaimKind, Origin, Place, Severity, Statement, StatementKind, Verdict
from verify.sources.snapshots import load_store


def quote(text: str, speaker: str) -> Claim:
    return Claim(ClaimKind.QUOTE, text, speaker, Place.BODY, line=1, column=1)


def test_a_bare_surname_is_neither_namesake_when_the_other_is_in_another_file(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text("ODILE BRANDT: The night ferry will keep its winter timetable.\n")
    (tmp_path / "garden.txt").write_text("RUPERT BRANDT: Our allotments need a new water main.\n")
    claim = quote("The night ferry will keep its winter timetable", "Brandt")
    found = judge(claim, load_store(tmp_path).candidates(claim))
    assert found.verdict is Verdict.MISATTRIBUTED and found.severity is Severity.WARNING
    assert "Odile Brandt and Rupert Brandt" in found.message
    # With one Brandt in the store, the surname is hers.
    (tmp_path / "garden.txt").unlink()
    assert judge(claim, load_store(tmp_path).candidates(claim)).verdict is Verdict.VERIFIED


def test_a_label_of_the_surname_alone_is_no_proof_when_a_namesake_speaks_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "session.txt").write_text("BRANDT: The night ferry will keep its winter timetable.\n")
    (tmp_path / "garden.txt").write_text("RUPERT BRANDT: Our allotments need a new water main.\n")
    claim = quote("The night ferry will keep its winter timetable", "Odile Brandt")
    found = judge(claim, load_store(tmp_path).candidates(claim))
    assert found.verdict is not Verdict.VERIFIED and found.severity is not Severity.ERROR


def test_one_of_two_surnames_alone_is_no_proof_when_two_people_bear_it(tmp_path: Path) -> None:
    # Spanish names a person by the first of two surnames: "Olvera" of Luisa Olvera Ramos or of Tomás Olvera Gil.
    (tmp_path / "debate.txt").write_text(
        "LUISA OLVERA RAMOS: Vamos a abrir dos mercados nuevos.\nTOMÁS OLVERA GIL: No voy a prometer lo imposible.\n"
    )
    store = load_store(tmp_path)
    article_quote = Statement(
        "Olvera", "No voy a prometer lo imposible", StatementKind.QUOTE, Origin.ARTICLE, "article.md", line=3
    )
    claim = quote("No voy a prometer lo imposible", "Luisa Olvera Ramos")
    found = judge(claim, [*store.candidates(claim), article_quote])
    assert found.verdict is Verdict.MISATTRIBUTED and found.evidence is not None
    assert found.evidence.speaker == "TOMÁS OLVERA GIL"
    # With one Olvera among the sources, the article's "Olvera" is hers.
    alone = [s for s in store.candidates(claim) if "TOMÁS" not in str(s.speaker)]
    assert judge(claim, [*alone, article_quote]).verdict is Verdict.VERIFIED


def test_a_namesakes_words_sharing_one_with_the_claim_do_not_hide_that_the_speaker_has_sources(tmp_path: Path) -> None:
    # Sophie Vialatte's turn shares "jouera" with her father's quote and ranks as the best of the surname; his own
    # saved words share nothing with it, yet they exist: the quote is unsupported, not unverified.
    (tmp_path / "obseques.txt").write_text("SOPHIE VIALATTE: Ce soir, quelqu'un jouera pour lui.\n")
    (tmp_path / "entretien.txt").write_text("MARCEL VIALATTE: Je ne prendrai jamais ma retraite.\n")
    claim = quote("Je jouerai jusqu'à mon dernier souffle", "Marcel Vialatte")
    found = judge(claim, load_store(tmp_path).candidates(claim))
    assert found.verdict is Verdict.UNSUPPORTED


def test_people_credited_together_are_each_the_credit(tmp_path: Path) -> None:
    # round 38 (groups38): words a cue credits to several people at once ("said Derek and Maureen Howes", "said
    # drivers Gary Lindgren, Rosa Maki and Dale Anttila") are theirs: a saved record of one of them holds them,
    # no misattribution; a record of someone else outside the list still is one
    (tmp_path / "meeting.txt").write_text(
        "DEREK HOWES: We have never seen wasps like it this autumn.\n"
        "GARY LINDGREN: We can handle a winter on the picket line.\n"
        "TOM HOWES: The hives were empty by October.\n"
    )
    store = load_store(tmp_path)
    for text, group in (
        ("We have never seen wasps like it this autumn", "Derek and Maureen Howes"),
        ("We can handle a winter on the picket line", "Gary Lindgren, Rosa Maki and Dale Anttila"),
    ):
        claim = quote(text, group)
        assert judge(claim, store.candidates(claim)).verdict is Verdict.VERIFIED
    claim = quote("The hives were empty by October", "Derek and Maureen Howes")
    assert judge(claim, store.candidates(claim)).verdict is Verdict.MISATTRIBUTED
