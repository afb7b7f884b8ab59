"""Organisations and the people who speak for them: legal forms as name forms, officers voicing their body's
statements, an organisation's own voice (hand-written sentences in the four lexicon languages)."""

from __future__ import annotations

import pytest

from verify.document import Format, from_text
from verify.extract.blocks import blocks
from verify.extract.quotes import find_quotes
from verify.extract.speakers import same_speaker, speaker_key
from verify.judge import judge
from verify.models import Claim, ClaimKind, Origin, Place, Quote, QuoteKind, Statement, StatementKind, Verdict


def _quotes(text: str) -> list[Quote]:
    document = from_text(text, "article.txt", Format.TEXT)
    return [q for q in find_quotes(document, blocks(document)) if q.kind is not QuoteKind.PARTIAL]


def _page(speaker: str, text: str) -> Statement:
    return Statement(speaker, text, StatementKind.PAGE, Origin.SNAPSHOT, "snapshots/page.html")


def _claim(speaker: str, text: str) -> Claim:
    return Claim(ClaimKind.QUOTE, text, speaker, Place.BODY, 3, 1, span=(100, 100 + len(text)))


DE = (
    "Grubenunglück im Südharz\n\nFünf Monate nach dem Deckeneinsturz in der Grube hat der frühere Betriebsleiter vor "
    "dem Untersuchungsausschuss des Landtags ausgesagt. Die Angehörigen der beiden toten Bergleute hielten vor dem "
    "Gebäude eine Mahnwache und forderten Aufklärung über die Zustände unter Tage.\n\n"
)


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Kali Südharz AG", "Kali Südharz"),
        ("Elbtal Bau GmbH & Co. KG", "Elbtal Bau"),
        ("Tafel Nord e.V.", "Tafel Nord"),
        ("Harlow Water Ltd", "Harlow Water"),
        ("Acme, Inc.", "Acme"),
        ("Naviera Atlántica, S.A.", "Naviera Atlántica"),
        ("Trotteo SAS", "Trotteo"),
        ("Aceites Sur S.L.", "Aceites Sur"),
    ],
)
def test_a_legal_form_is_a_name_form_of_the_same_organisation(written: str, plain: str) -> None:
    assert speaker_key(written) == speaker_key(plain)
    assert same_speaker(written, plain)


def test_a_legal_form_alone_or_a_lower_case_word_is_kept() -> None:
    assert speaker_key("AG") == ("ag",)  # a form alone names no one else
    assert speaker_key("Casa Real se") == ("casa", "real", "se")  # French "se" is no "SE"


def test_an_organisations_words_credited_without_its_legal_form_are_verified_by_its_page() -> None:
    claim = _claim("Kali Südharz", "Sicherheit hat für uns oberste Priorität")
    page = _page("Kali Südharz AG", "Sicherheit hat für uns oberste Priorität. Wir bedauern den Tod unserer Kollegen.")
    assert judge(claim, [page]).verdict is Verdict.VERIFIED


def test_a_subject_in_apposition_keeps_its_legal_form() -> None:
    text = DE + "Der Betreiber, die Kali Südharz AG, ließ erklären, «Sicherheit hat für uns oberste Priorität».\n"
    [quote] = _quotes(text)
    assert quote.speaker == "Kali Südharz AG"
