"""Round 61 (judge61): verdicts and severities a newsroom can gate on.

A changed number or negation is an error when two things say whose the words are: the saved record, and the article
naming that person at the quote by any means the article's form gives. Round 61 reads four such forms the judge held
to a warning or to someone else (blind set 64, tune set 54):

- a quote right after a named speaker's quote with no cue of its own ("Und: „…“"), when the article named the speaker
  in full before and then by the surname alone after a title; so a quote under a heading that names the speaker by
  title and surname (``judge._named_last``, ``judge._surname_after``);
- "I" at the cue of a quote inside an interview's answer, the paragraph before it a question
  (``judge._answer_s_i``);
- a name the article gives the record's speaker, a count's noun standing between ("seit vierzig Jahren
  Krabbenbrötchen": German capitalises its nouns; ``judge._counted``);
- a company's letter credited to its department named after its works ("…, Ardmore Works, Human Resources, said in a
  letter"), and the letter's next quote ("The letter added: “…”"): the company's record (lexicon
  ``department_words``; ``judge._unit_and_body`` reads the sentence that named the unit).

Hokkien's and Hakka's negations ("m̄", "bē", "buē", "m̀": ``lexicon.world``), whose tone mark is a
combining mark (``match._marks_after``), and the Eastern Caribbean "din" (lexicon en ``variety_negations``) are
negations. Each positive is an article of my own (other places, words and languages than the sets') and fails on main
86610915, but the English interview, which main met through a fault (it read the cue's "I" as a name the article
gives the speaker: the negative after a statement that asks nothing fails on main, fixed here); the negatives guard a
namesake, another person named between, a person's reply after a letter, a date with its number, and a clause of a
page language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_judge60 import _flags
from tests.test_verdicts56 import _finding, _report
from verify.models import Severity, Verdict

# A speaker named in full, later by title and surname at a cue, then a quote with no cue of its own right after
# (article, the record's speaker, the quoted words, the saved words)
CONTINUED = {
    "en": (
        "The Rev. Ailsa Murray opened the new hall in Portsoy on Sunday. Her predecessor, Henry Dunn, cut the ribbon."
        "\n\nAt the door, the Rev. Murray said: “This hall belongs to the whole village.” And: “Thirty families gave"
        " money for the roof.”\n",
        "Ailsa Murray",
        "Thirty families gave money for the roof",
        "Forty families gave money for the roof.",
    ),
    "de": (
        "Bürgermeisterin Hedwig Aalders eröffnete am Sonntag die neue Fähre nach Juist. Kapitän Enno Rass steuerte."
        "\n\nAm Anleger sagte Bürgermeisterin Aalders: „Die Insel wartet seit Jahren darauf.“ Und: „Elf Fahrten am Tag"
        " sind ab Montag geplant.“\n",
        "Hedwig Aalders",
        "Elf Fahrten am Tag sind ab Montag geplant",
        "Neun Fahrten am Tag sind ab Montag geplant.",
    ),
    "es": (
        "La alcaldesa Remedios Tabares inauguró el domingo el muelle nuevo de Arrieta. El patrón Ginés Brito la llevó"
        " en su barca.\n\nEn la rampa, la alcaldesa Tabares dijo: «El muelle es de todo el pueblo.» Y: «Catorce barcas"
        " podrán amarrar aquí desde enero.»\n",
        "Remedios Tabares",
        "Catorce barcas podrán amarrar aquí desde enero",
        "Doce barcas podrán amarrar aquí desde enero.",
    ),
}


def _changed_as_theirs(tmp_path: Path, case: tuple[str, str, str, str]) -> None:
    """The article's words, held against the saved record of the person the structure names, are theirs, changed."""
    article, speaker, words, said = case
    finding = _finding(_report(tmp_path, article, [(speaker, said)]), words)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR


@pytest.mark.parametrize("code", sorted(CONTINUED))
def test_a_quote_after_a_surname_s_quote_is_theirs_changed(tmp_path: Path, code: str) -> None:
    _changed_as_theirs(tmp_path, CONTINUED[code])


def test_a_namesake_named_in_full_leaves_the_surname_alone_to_no_one(tmp_path: Path) -> None:
    article, speaker, words, said = CONTINUED["en"]
    article = article.replace("Her predecessor, Henry Dunn,", "Her brother, Callum Murray,")
    assert _finding(_report(tmp_path, article, [(speaker, said)]), words).severity is Severity.WARNING


def test_quotes_under_a_heading_naming_the_speaker_by_title_are_theirs(tmp_path: Path) -> None:
    article = (
        "Kererū numbers rise in Whanganui\n\nBy Mere Walker, Whanganui · Monday, December 7, 2026\n\nThe wood"
        " pigeons are back in the river valley.\n\nA survey led by Professor Huia Tane of Massey University counted the"
        " birds over three winters with her student Ariana Hohaia.\n\nWords from Professor Tane\n\n“The birds came"
        " back once the traps were set.”\n\n“We counted them on twenty-two mornings.”\n"
    )
    said = [
        ("Huia Tane", "The birds came back once the traps were set."),
        ("Huia Tane", "We counted them on 18 mornings"),
    ]
    report = _report(tmp_path, article, said)
    changed = _finding(report, "We counted them")
    assert changed.verdict is Verdict.ALTERED and changed.severity is Severity.ERROR
    assert _finding(report, "The birds came back").claim.speaker == "Huia Tane"


# An interview: the question names the interviewee, the answer's "I" tells a quote (article, record's speaker, words)
INTERVIEWS = {
    "fr": (
        "Margot Lefèvre tient depuis 1994 la dernière corderie de Rochefort.\n\nMadame Lefèvre, combien de cordages"
        " sortent de l'atelier ?\n\nPas assez. Je dis toujours aux clients : « Trente cordages par semaine, pas un de"
        " plus. » Le reste part en réparation.\n",
        "Margot Lefèvre",
        "Trente cordages par semaine, pas un de plus",
        "Vingt cordages par semaine, pas un de plus.",
    ),
    "en": (
        "Ngaio Parata has run the ferry café at Picton since 2003.\n\nMs Parata, how many pies do you sell on a busy"
        " day?\n\nToo many to count. I tell the new staff: “Four hundred pies on a sailing day, and never a cold one.”"
        "\n",
        "Ngaio Parata",
        "Four hundred pies on a sailing day",
        "Three hundred pies on a sailing day, and never a cold one.",
    ),
}


@pytest.mark.parametrize("code", sorted(INTERVIEWS))
def test_i_in_an_interview_s_answer_is_the_interviewee(tmp_path: Path, code: str) -> None:
    _changed_as_theirs(tmp_path, INTERVIEWS[code])


def test_i_after_a_paragraph_that_asks_nothing_stays_a_warning(tmp_path: Path) -> None:
    article, speaker, words, said = INTERVIEWS["en"]
    article = article.replace("how many pies do you sell on a busy day?", "the pies sell well on a busy day.")
    assert _finding(_report(tmp_path, article, [(speaker, said)]), words).severity is Severity.WARNING


# A name the article gives the record's speaker, a count's capitalised noun standing between (German)
NICKNAMED = (
    "Heinrich Ohlsen hat in Husum seit vierzig Jahren Krabbenbrötchen belegt. Am Kai kennen ihn alle nur"
    " als den Krabben-Heini.\n\n„Sechs Kutter fahren noch jeden Morgen raus“, sagte der Krabben-Heini.\n"
)


def test_a_name_given_after_a_count_s_noun_is_the_record_s_speaker(tmp_path: Path) -> None:
    said = [("Heinrich Ohlsen", "Acht Kutter fahren noch jeden Morgen raus.")]
    finding = _finding(_report(tmp_path, NICKNAMED, said), "Kutter fahren")
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR


def test_a_name_given_after_someone_else_named_stays_a_warning(tmp_path: Path) -> None:
    article = NICKNAMED.replace("Krabbenbrötchen belegt.", "Krabbenbrötchen belegt, mit Jan Petersen.")
    said = [("Heinrich Ohlsen", "Acht Kutter fahren noch jeden Morgen raus.")]
    assert _finding(_report(tmp_path, article, said), "Kutter fahren").severity is Severity.WARNING


# A company's letter credited to its department, named after its works; the letter's next quote
# (article, the company as its record names it, the first quote, the changed quote, the saved changed quote)
LETTERS = {
    "en": (
        "Workers at the Ardmore yard walked out on Monday.\n\nKintyre Marine Fabrication, Ardmore Works, Human"
        " Resources, said in a letter to staff: “We want every welder back at work by Friday.” The letter added:"
        " “The offer of six per cent stands until the end of the month.”\n",
        "Kintyre Marine Fabrication",
        "We want every welder back at work by Friday.",
        "The offer of six per cent stands",
        "The offer of three per cent stands until the end of the month.",
    ),
    "es": (
        "Los trabajadores de la planta pararon el lunes.\n\nConservas del Cantábrico, fábrica de Santoña, Recursos"
        " Humanos, dijo en una carta a la plantilla: «Queremos a todos de vuelta el viernes.» La carta añade: «La"
        " subida del cinco por ciento sigue sobre la mesa.»\n",
        "Conservas del Cantábrico",
        "Queremos a todos de vuelta el viernes.",
        "La subida del cinco por ciento sigue sobre la mesa",
        "La subida del dos por ciento sigue sobre la mesa.",
    ),
}


@pytest.mark.parametrize("code", sorted(LETTERS))
def test_a_department_s_letter_is_its_company_s_record(tmp_path: Path, code: str) -> None:
    article, company, first, changed, said = LETTERS[code]
    report = _report(tmp_path, article, [(company, first), (company, said)])
    assert _finding(report, first[:20]).verdict is Verdict.VERIFIED
    altered = _finding(report, changed)
    assert altered.verdict is Verdict.ALTERED and altered.severity is Severity.ERROR


def test_a_letter_s_next_quote_credited_to_a_person_stays_theirs(tmp_path: Path) -> None:
    article, company, first, changed, said = LETTERS["en"]
    article = article.replace("The letter added:", "Shop steward Agnes Laird replied:")
    finding = _finding(_report(tmp_path, article, [(company, first), (company, said)]), changed)
    assert finding.verdict is not Verdict.ALTERED


# An unsupported line that adds a date with its number stays an error (a guard: round 61 tried reading a weekday alone
# as no date, and left it: the fixture's "free for every pensioner from January" states one)
def test_a_date_with_its_number_in_an_unsupported_line_stays_an_error(tmp_path: Path) -> None:
    article = (
        "Dora Mbeki has sold fish at the Kalk Bay harbour since 1988.\n\n“The snoek comes in before seven,” said Dora"
        " Mbeki. “The harbour closes for good on 14 March,” said Mbeki.\n"
    )
    finding = _finding(_report(tmp_path, article, [("Dora Mbeki", "The snoek comes in before seven.")]), "closes")
    assert finding.severity is Severity.ERROR


# Negations of Hokkien and Hakka in their romanisations, and of the Eastern Caribbean Englishes (claim, saved)
DROPPED = [
    ("Guá tsai-iánn i tī tó-uī, hit-tsiah tsûn", "Guá m\u0304 tsai-iánn i tī tó-uī, hit-tsiah tsûn."),
    ("Tsit-ê tê phang, lí tio̍h khì bé pa̍t-ê", "Tsit-ê tê bē phang, lí tio̍h khì bé pa̍t-ê."),
    ("I kín tńg--lâi, tsa-hng ū lâi khuànn", "I buē kín tńg--lâi, tsa-hng ū lâi khuànn."),
    ("Ngai oi hi Thòi-pet, ngai oi tshai ok-ka", "Ngai m\u0300 oi hi Thòi-pet, ngai oi tshai ok-ka."),
    ("I know who take the pirogue last night", "I din know who take the pirogue last night."),
]


@pytest.mark.parametrize(("claim", "said"), DROPPED)
def test_a_regional_negation_left_out_is_flagged(claim: str, said: str) -> None:
    assert "negation" in _flags(claim, said)


KEPT = [
    # (the mark in a clause of English: its function words tell the language)
    ("I told him not to go out to the reef", "I told him m\u0304 not to go out to the reef."),
    ("There was a at the quay all night", "There was a din at the quay all night."),
]


@pytest.mark.parametrize(("claim", "said"), KEPT)
def test_the_words_read_otherwise_are_no_negation(claim: str, said: str) -> None:
    assert "negation" not in _flags(claim, said)
