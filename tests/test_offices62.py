"""Round 62 (offices62): a role's complement of a bare noun is part of the post ("el jefe de turno"), and a name a
preposition or a subordinator governs in a quote's frame is someone beside the speaker, not the speaker."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import _quotes

DE_HEAD = "Neue Schleuse für Lauenburg\n\nVon Jana Lüth · Lauenburg · Dienstag, 2. März 2027\n\n"
FR_HEAD = "Le bac de Loire ne passera plus\n\nPresse de l'Ouest · 2 mars 2027\n\n"
EN_HEAD = "Ferry fares to rise\n\nBy Kiri Walker · Tuesday, 2 March 2027\n\n"
ES_HEAD = "Crecida del río en Iquitos\n\nPor Nilda Choque · Iquitos · martes, 2 de marzo de 2027\n\n"


def _speaker(text: str, opening: str) -> str | None:
    return next(q.speaker for q in _quotes(text) if q.text.startswith(opening))


# --- a description said of the person stays theirs (guards) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        # (the same noun, or one of its family, said of the person: theirs)
        (
            DE_HEAD
            + "Die Tierärztin Dr. Anke Rehder untersuchte am Morgen die verletzten Schwäne am Ufer. „Drei Tiere "
            "haben Angelhaken verschluckt“, sagte Rehder. „Zwei davon kommen durch“, sagte die Ärztin.",
            "Zwei davon kommen",
            "Anke Rehder",
        ),
        # (a nationality tells no occupation: the Finn may be the coach)
        (
            DE_HEAD + "Der Finne Mika Laine führte die Mannschaft zum Sieg. „Das war unser bestes Spiel“, sagte Laine."
            "\n\n„Wir haben lange dafür trainiert“, sagte der Trainer.",
            "Wir haben lange",
            "Trainer",
        ),
        (
            EN_HEAD + "Harbourmaster Ian Coutts watched the new ferry berth on Tuesday. “It is the biggest boat this "
            "harbour has seen,” Coutts said. “We will need a second tug,” the harbourmaster said.",
            "We will need",
            "Ian Coutts",
        ),
    ],
)
def test_an_office_said_of_the_person_stays_theirs(text: str, opening: str, speaker: str) -> None:
    assert _speaker(text, opening) == speaker


# --- a post named whole: its role and a bare noun of what it is over ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            ES_HEAD + "La alcaldesa Rosa Quispe recibió el primer barco. «Cinco días sin turistas son cinco días sin "
            "pan», dijo Quispe. El jefe de muelle de la capitanía explicó: «Hoy salieron nueve barcos».",
            "Hoy salieron",
            "jefe de muelle",
        ),
        (
            ES_HEAD + "La alcaldesa Rosa Quispe recibió el primer barco. «Cinco días sin turistas son cinco días sin "
            "pan», dijo Quispe. El jefe de protección civil advirtió: «Las salidas deben estar libres».",
            "Las salidas",
            "jefe de protección civil",
        ),
        # (a post of no seat the mayor holds: not his, though the nearest office)
        (
            FR_HEAD + "Le maire Jean-Yves Morvan a coupé le ruban mardi matin devant une centaine d'habitants. « Ce "
            "bac faisait partie du village depuis cent ans », a dit Jean-Yves Morvan. Le chef de quai a précisé : « Il "
            "reste deux traversées par jour. »",
            "Il reste",
            "chef de quai",
        ),
    ],
)
def test_a_post_with_a_bare_complement_is_named_whole(text: str, opening: str, speaker: str) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        # (the person the article gave the post is its holder)
        (
            FR_HEAD + "Le maire Jean-Yves Morvan a coupé le ruban mardi matin. « Ce bac faisait partie du village "
            "depuis cent ans », a dit Jean-Yves Morvan. Yann Kervella, chef de quai depuis vingt ans, surveillait "
            "l'embarquement. « Il reste deux traversées par jour », a précisé le chef de quai.",
            "Il reste",
            "Yann Kervella",
        ),
        (
            ES_HEAD + "La alcaldesa Rosa Quispe recibió el primer barco. «Cinco días sin turistas son cinco días sin "
            "pan», dijo Quispe. Mario Huamán, jefe de muelle desde 2010, dirigía la maniobra. «Hoy salieron nueve "
            "barcos», explicó el jefe de muelle.",
            "Hoy salieron",
            "Mario Huamán",
        ),
        # (a complement with an article says whose head: read no further than before)
        (
            ES_HEAD + "La alcaldesa Rosa Quispe recibió el primer barco. «Cinco días sin turistas son cinco días sin "
            "pan», dijo Quispe. El jefe del puerto explicó: «Hoy salieron nueve barcos».",
            "Hoy salieron",
            "jefe",
        ),
    ],
)
def test_a_post_given_to_someone_stays_theirs(text: str, opening: str, speaker: str) -> None:
    assert _speaker(text, opening) == speaker


# --- a name after a preposition in the quote's own frame is someone beside the speaker -----------------------------


def test_a_name_after_a_subordinator_in_the_frame_is_not_the_speaker() -> None:
    # (the words before "while Thapa" are not said of him: the engineer who rang in is someone else)
    text = (
        EN_HEAD + "In the studio: Ramesh Thapa, municipal councillor for Ward 12; Dr Anjali Pradhan, hydrologist.\n\n"
        "“Ward 12 has waited a week,” Thapa said.\n\n“The valve will be open again by Friday,” said the municipal "
        "water engineer, who rang in while Thapa and Pradhan were still on air."
    )
    assert _speaker(text, "The valve") != "Ramesh Thapa"


def test_a_title_phrase_with_a_preposition_stays_the_names() -> None:
    # (a comma after the title's phrase: "for Fisheries" is the minister's portfolio, and she is the minister)
    text = (
        EN_HEAD + "The Minister for Fisheries, Jane Roe, visited the harbour. “The quotas will rise,” Roe said.\n\n“We "
        "will check every boat,” the minister said."
    )
    assert _speaker(text, "We will check") == "Jane Roe"
