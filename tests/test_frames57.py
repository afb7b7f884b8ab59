"""The frame of a quote that names its speaker by the noun of an answer (frames57): "“…”, was the reply of the former
dive instructor", "Die Antwort des einstigen Dorflehrers kam prompt: „…“", "Réponse de l'ex-chef pâtissier : « … »",
a "so" tag after a dash; and the judge's credit of a saved record's speaker, which a description the article never
gives that person does not earn. Invented sentences (every positive failed on main e7f24019) and nearby text that
must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_quote_cues import DE, EN_LEAD, ES, FR, _quotes
from verify.models import Verdict

EN_PAIR = (
    "Harbour master Fiona MacLeod, who kept the lighthouse on Rona for fifteen years, closed the slipway.\n\n"
    "Donald Matheson has run the fish van on the pier since 1988.\n\n"
    "“I have never seen the pier this empty,” said Matheson.\n\n"
)
DE_PAIR = (
    "Die Bürgermeisterin Birte Jessen, einst Leuchtturmwärterin auf Pellworm, sprach im Rat.\n\n"
    "Hausmeister Hauke Petersen war in der Nacht als Erster vor Ort.\n\n„Ich hab die Bleche fliegen sehen“, sagte "
    "Petersen.\n\n"
)
FR_PAIR = (
    "Le maire Philippe Boursier, ancien batelier de Loire, a fait évacuer les quais.\n\n"
    "Odile Chevrier tient la boulangerie du quai.\n\n« J'ai sauvé la farine », a dit Odile Chevrier.\n\n"
)
ES_PAIR = (
    "El alcalde Julián Moreno, exportero de fútbol, visitó la orilla.\n\n"
    "Carmen Gil tiene un chiringuito en la playa.\n\n«Sin agua no hay turistas», dijo Gil.\n\n"
)


def _last(text: str) -> tuple[str | None, str | None]:
    quote = _quotes(text)[-1]
    return quote.speaker, quote.mention


# The noun of an answer, its link and whose it is, after the quote in its own sentence (the verb and the article
# first) or in the sentence before the colon opening it: the description or name the frame gives speaks, never the
# person quoted before.
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (EN_LEAD + EN_PAIR + "“The gulls have the harbour,” was the reply of the former lighthouse keeper.\n",
         "the former lighthouse keeper"),
        (EN_LEAD + EN_PAIR + "“We sail on Monday”, came the answer from the former lighthouse keeper.\n",
         "the former lighthouse keeper"),
        (EN_LEAD + EN_PAIR + "The reply of the former lighthouse keeper came at once: “We sail on Monday.”\n",
         "the former lighthouse keeper"),
        (DE + DE_PAIR + "Die Entgegnung der einstigen Leuchtturmwärterin kam prompt: „Wir bauen im Sommer.“\n",
         "die einstige Leuchtturmwärterin"),
        (DE + DE_PAIR + "„So einen Sturm gibt es alle zwanzig Jahre“ – so die einstige Leuchtturmwärterin.\n",
         "die einstige Leuchtturmwärterin"),
        (FR + FR_PAIR + "Réplique de l'ancien batelier : « La Loire reprend toujours ce qu'on lui prend. »\n",
         "l'ancien batelier"),
        (FR + FR_PAIR + "La réponse de l'ancien batelier ne s'est pas fait attendre : « On reconstruira. »\n",
         "l'ancien batelier"),
        (ES + ES_PAIR + "La respuesta del exportero llegó enseguida: «El pueblo vive de algo más».\n",
         "el exportero"),
        (ES + ES_PAIR + "«El pueblo vive de algo más», fue la respuesta del exportero.\n", "el exportero"),
    ],  # fmt: skip
)
def test_an_answers_frame_names_its_speaker(text: str, mention: str) -> None:
    speaker, found = _last(text)
    assert found == mention
    assert speaker not in ("Donald Matheson", "Hauke Petersen", "Odile Chevrier", "Carmen Gil")


# Nearby text that must not change: a quote ending its sentence and an answer's noun in the next one about something
# else, a possessive's answer ("Her answer:"), a frame naming the person quoted before, a plain cue.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (EN_LEAD + EN_PAIR + "“We sail on Monday,” Matheson said. The answer of the council is due in May.\n",
         "Donald Matheson"),
        (EN_LEAD + EN_PAIR + "“We sail on Monday”, came the answer from Matheson.\n", "Donald Matheson"),
        (EN_LEAD + EN_PAIR + "Her answer: “We sail on Monday.”\n", None),
        (DE + DE_PAIR + "„Wir bauen im Sommer“, sagte Hauke Petersen.\n", "Hauke Petersen"),
        (ES + ES_PAIR + "«El pueblo vive de algo más», fue la respuesta de Gil.\n", "Carmen Gil"),
    ],  # fmt: skip
)
def test_other_frames_keep_their_speaker(text: str, speaker: str | None) -> None:
    found, _ = _last(text)
    if speaker is None:
        assert found not in ("Donald Matheson",)
    else:
        assert found == speaker


def _report(tmp_path: Path, article: str, statements: list[tuple[str, str]]):
    from tests.test_verdicts56 import _report as report

    return report(tmp_path, article, statements)


def _finding(report, words: str):
    return next(f for f in report.findings if words in f.claim.text)


NO_ONE_FITS = (
    "Floods in Kolonia\n\nThe causeway has been under water since Monday, and the market stands ankle-deep.\n\n"
    "The town's mayor, Ioakim Sohlap, a former dive instructor, waded out to the pumps on Tuesday.\n\n"
    "Mersiana Ladore has sold pounded breadfruit at the Kolonia market since 1996.\n\n"
    "“Twenty baskets of breadfruit, and I sold every one,” said Ladore.\n\n"
    "“Breadfruit keeps its own calendar”, was the reply of the former dive instructor.\n"
)


def test_a_description_said_of_another_is_not_the_records_speakers() -> None:
    # (the article gives the description to the mayor, never to the stallholder, and the cast fit it to no one: her
    # saved words are no proof it meant her; said of no one, or of her, it may be hers)
    from verify.judge import _description_not_theirs
    from verify.models import Claim, ClaimKind, Origin, Place, Statement, StatementKind

    lead = NO_ONE_FITS.split("“Breadfruit")[0]
    record = Statement("Mersiana Ladore", "Breadfruit keeps its own calendar.", StatementKind.TRANSCRIPT,
                       Origin.SNAPSHOT, "record.json")  # fmt: skip

    def claim(mention: str) -> Claim:
        speaker = mention.split(" ", 1)[1]
        return Claim(ClaimKind.QUOTE, "Breadfruit keeps", speaker, Place.BODY, line=9, column=1, mention=mention)

    assert _description_not_theirs(claim("the former dive instructor"), record, lead, "")
    assert not _description_not_theirs(claim("the market veteran"), record, lead, "")
    assert not _description_not_theirs(claim("the breadfruit seller"), record, lead, "")
    assert not _description_not_theirs(claim("the mayor"), record, lead, "")  # (an office: named in other words)
    # (someone of a person, "a joke his publisher later posted:", may pass on that person's words: the record decides)
    assert not _description_not_theirs(claim("her former dive instructor"), record, lead, "")


def test_a_description_the_article_gives_the_records_speaker_is_theirs(tmp_path: Path) -> None:
    # (what the article says of her holds the description's noun: "sold breadfruit" of "the breadfruit seller")
    article = NO_ONE_FITS.replace("the former dive instructor", "the breadfruit seller")
    report = _report(tmp_path, article, [("Mersiana Ladore", "Breadfruit keeps its own calendar.")])
    assert _finding(report, "Breadfruit keeps").verdict is Verdict.VERIFIED


def test_a_pronoun_still_borrows_the_records_speaker(tmp_path: Path) -> None:
    article = NO_ONE_FITS.replace("was the reply of the former dive instructor", "she added")
    report = _report(tmp_path, article, [("Mersiana Ladore", "Breadfruit keeps its own calendar.")])
    assert _finding(report, "Breadfruit keeps").verdict is Verdict.VERIFIED


def test_a_description_said_of_no_one_still_borrows_the_records_speaker(tmp_path: Path) -> None:
    # (no one is called so: an unresolved description of anyone, the record's speaker too, whom the record names)
    article = NO_ONE_FITS.replace("the former dive instructor", "the market veteran").replace(
        ", a former dive instructor,", ""
    )
    report = _report(tmp_path, article, [("Mersiana Ladore", "Breadfruit keeps its own calendar.")])
    assert _finding(report, "Breadfruit keeps").verdict is Verdict.VERIFIED
