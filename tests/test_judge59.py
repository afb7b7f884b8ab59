"""Round 59 (judge59): when the saved record's speaker may make a quote `verified`.

A quote the article credits to no one by name (no cue, a frame before its colon, or a description) is held to the
saved record that holds its words (``judge._recorded_speaker``). When the record's speaker was the last person the
article named and was quoted right before, and the quote comes under a description or another name the article never
gives them and gives one other person named in full, it credits that person: `misattributed` to them, no longer
`verified` for the record's speaker (``judge._credit_untied``). When the description at the cue, or the one the
cast gave a pronoun, is one the article gives the record's speaker and no one else, two things say whose the words
are: a changed figure is an error (``judge._credit_tied``).

Each positive is an article of my own (other places, words and languages than any set's) and failed on main
e6f159d0; the negatives guard a description the article gives the speaker, a pronoun, someone else quoted between, a
frame whose article follows a preposition."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_verdicts56 import _finding, _report
from verify.models import Severity, Verdict

# The record's speaker named and quoted, then a quote under a description the article gives someone else named in
# full: (article, the record's speaker, the words, the person the article describes so)
UNTIED = {
    "en-frame-colon": (
        "The harbour master, Robert Kemp, keeps the logbook of every flood at Ruatoria.\n\n"
        "Henry Walker has driven the school bus on the coast road for twenty years. “The road to the school washed out"
        " on Monday,” said Henry Walker. “We turned back at the bridge.”\n\n"
        "The man with the logbook saw it otherwise: “The bridge will hold until the spring floods.”\n",
        "Henry Walker",
        "The bridge will hold until the spring floods.",
        "Robert Kemp",
    ),
    "de-frame-colon": (
        "Die Hafenmeisterin Jana Ketelsen wohnt seit 1998 am Nordufer der Schlei.\n\n"
        "Gregor Nissen verkauft Räucherfisch am Anleger in Arnis. „Seit Montag kommt kein Kunde mehr über das Wasser“,"
        " sagte Gregor Nissen. „Die Fähre liegt fest.“\n\n"
        "Das sah die Frau vom Nordufer anders: „Bei Ostwind fahren wir nicht, das war schon immer so.“\n",
        "Gregor Nissen",
        "Bei Ostwind fahren wir nicht, das war schon immer so.",
        "Jana Ketelsen",
    ),
    "es-frame-colon": (
        "El jefe de la cuadrilla, Marco Quispe Condori, llegó al puente en su camioneta roja el domingo.\n\n"
        "Rodolfo Mamani Ticona vende api en la plaza de Sorata desde 1990. «El río se llevó la pasarela en la"
        " noche», dijo Rodolfo Mamani Ticona. «Ya no pasan los camiones.»\n\n"
        "Lo zanjó el de la camioneta roja: «Mañana empezamos a tender el cable nuevo.»\n",
        "Rodolfo Mamani Ticona",
        "Mañana empezamos a tender el cable nuevo.",
        "Marco Quispe Condori",
    ),
    "fr-frame-colon": (
        "Lucien Detcheverry, le doyen du conseil municipal, est descendu au port samedi.\n\n"
        "Yvette Girardin tient la boulangerie de la rue Maître-Georges-Lefèvre depuis 1985. « La farine arrive par le"
        " bateau de lundi », a dit Yvette Girardin. « Il reste trois sacs. »\n\n"
        "Le doyen du conseil a eu le dernier mot : « Le bateau de lundi partira à l'heure, glace ou pas. »\n",
        "Yvette Girardin",
        "Le bateau de lundi partira à l'heure, glace ou pas.",
        "Lucien Detcheverry",
    ),
}


@pytest.mark.parametrize(("article", "speaker", "said", "other"), UNTIED.values(), ids=UNTIED)
def test_a_description_after_the_records_speakers_own_quote_credits_someone_else(
    tmp_path: Path, article: str, speaker: str, said: str, other: str
) -> None:
    report = _report(tmp_path, article, [(speaker, "Something else entirely, said before."), (speaker, said)])
    finding = _finding(report, said[:20])
    assert finding.verdict is Verdict.MISATTRIBUTED
    assert finding.claim.speaker == other
    assert "not tied to the saved record" in finding.message


# A description (or the one the cast gave a pronoun) that the article gives the record's speaker in a list of those
# present: a changed figure is an error. (article, the record's speaker, the record's words, the quote's first words)
TIED = {
    "de-role-at-cue": (
        "Niederschrift der Sitzung des Ortschaftsrats Hülben\n\nVorsitzende: Ortsvorsteherin Sabine Kächele\n"
        "Anwesend: Ortschaftsrat Jürgen Hummel, Ortschaftsrätin Petra Leibfarth\n\nTOP 1 – Winterdienst\n"
        "Die Vorsitzende berichtet: „Die Streufahrzeuge sind seit Montag im Einsatz.“ Sie ergänzt: „Siebzehn"
        " Tonnen Salz liegen im Bauhof für den Rest des Winters bereit.“\n",
        "Sabine Kächele",
        "11 Tonnen Salz liegen im Bauhof für den Rest des Winters bereit.",
        "Siebzehn Tonnen",
    ),
}


@pytest.mark.parametrize(("article", "speaker", "said", "words"), TIED.values(), ids=TIED)
def test_a_description_the_article_gives_the_records_speaker_attests_a_changed_figure(
    tmp_path: Path, article: str, speaker: str, said: str, words: str
) -> None:
    report = _report(tmp_path, article, [(speaker, said)])
    finding = _finding(report, words)
    assert finding.verdict is Verdict.ALTERED
    assert finding.severity is Severity.ERROR
    assert finding.claim.speaker == speaker


# Borrowings that stay: a description the article gives the speaker, a pronoun, someone else quoted between, a word
# of the story's topic (written in more than one sentence), a frame whose article follows a preposition. (article,
# the record's speaker, the words)
KEPT = {
    "en-description-given": (
        "The lighthouse keeper, Ailsa Munro, has climbed the tower at Rubha Reidh every night since 1999. “The lamp"
        " has not failed once,” said Ailsa Munro.\n\n“The gales this winter were the worst I remember,” the keeper"
        " added.\n",
        "Ailsa Munro",
        "The gales this winter were the worst I remember.",
    ),
    "en-pronoun": (
        "Ailsa Munro has climbed the tower at Rubha Reidh every night since 1999. “The lamp has not failed once,” said"
        " Ailsa Munro.\n\n“The gales this winter were the worst I remember,” she added.\n",
        "Ailsa Munro",
        "The gales this winter were the worst I remember.",
    ),
    "de-someone-else-between": (
        "Greta Nissen verkauft Räucherfisch am Anleger in Arnis. „Seit Montag kommt kein Kunde mehr“, sagte Greta"
        " Nissen.\n\nJens Ketelsen fährt die Fähre. „Bei Ostwind fahren wir nicht“, sagte Ketelsen.\n\n"
        "„Die Fähre liegt fest, und das kostet uns das Weihnachtsgeschäft“, meinte die alte Fischhändlerin.\n",
        "Greta Nissen",
        "Die Fähre liegt fest, und das kostet uns das Weihnachtsgeschäft.",
    ),
    "en-topic-word": (
        "The regatta on the Helford ends on Sunday after a week of light winds.\n\nSusan Blake, who runs the regatta"
        " office, counted forty boats.\n\nHenry Walker has sailed the same dinghy since 1981. “The wind died at"
        " noon,” said Henry Walker.\n\n“We drifted past the moorings for an hour and laughed,” said the regatta"
        " veteran.\n",
        "Henry Walker",
        "We drifted past the moorings for an hour and laughed.",
    ),
    "en-prepositional-frame": (
        "Henry Walker has driven the school bus on the coast road for twenty years. “The road to the school washed out"
        " on Monday,” said Henry Walker.\n\nThen, on the radio: “We turned back at the bridge and waited for the"
        " grader.”\n",
        "Henry Walker",
        "We turned back at the bridge and waited for the grader.",
    ),
}


@pytest.mark.parametrize(("article", "speaker", "said"), KEPT.values(), ids=KEPT)
def test_a_borrowing_the_article_ties_to_the_records_speaker_stays_verified(
    tmp_path: Path, article: str, speaker: str, said: str
) -> None:
    report = _report(tmp_path, article, [(speaker, "The lamp has not failed once."), (speaker, said)])
    finding = _finding(report, said[:20])
    assert finding.verdict is Verdict.VERIFIED
    assert finding.claim.speaker == speaker
