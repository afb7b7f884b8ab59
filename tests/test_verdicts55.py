"""Round 55 (verdicts55): the severity of a changed quote credited by a description whose saved record is the person
the article names last before it (capitalised words since that name no one: a count opening a sentence, a place after
a preposition and an article or after a thing's noun and its "of"), and negations of the languages an article quotes.
Each positive is a variant of my own (other words, names, places and languages than any set's article) and failed on
main 40724844."""

from __future__ import annotations

import pytest

from verify.judge import _named_last
from verify.models import Origin, Statement, StatementKind


def _record(label: str) -> Statement:
    return Statement(label, "…", StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "t.txt")


# The text before a quote credited by a description, which names the record's speaker last: capitalised words written
# since name no person, so the record's speaker is the last person named (two things say whose the words are, and a
# changed word of theirs is an error; blind set 58: "Sechsundzwanzig Jahre bin ich hier oben", "hacia la Alta
# Guajira", "frente al muelle de Gardi Sugdub"). (label, text)
NAMED_LAST_DESPITE = {
    "de-count-opening": (
        "GERLINDE HAASE",
        "Gerlinde Haase vermietet seit 1987 Strandkörbe an der Promenade. Am Sonntag hat sie die Körbe hinter den "
        "Deich gezogen.\n„Vierzig Sommer bin ich hier unten, so ein Wasser gab es nie.“",
    ),
    "de-compound-count": (
        "KLAUS-DIETER MEWES",
        "Klaus-Dieter Mewes räuchert seit 1979 Aal am Hafen.\n„Dreiundvierzig Jahre räuchere ich hier, so ein Sturm "
        "war nie.“",
    ),
    "es-article-after-hacia": (
        "WILLINTON RIASCOS",
        "El alcalde de Guapi, el contador Willinton Riascos, salió el martes con la lancha de la alcaldía: «Hoy "
        "salen seis lanchas hacia la Costa Pacífica.»",
    ),
    "es-thing-of-place": (
        "YOLANDA CAICEDO",
        "Yolanda Caicedo vende cocadas en la puerta de su casa, frente al embarcadero de Bahía Cupica. El lunes la "
        "marea le llegó a la cintura.",
    ),
    "fr-thing-of-place": (
        "MARIAMA DIALLO",
        "Mariama Diallo fume du poisson sur la plage, devant le quai de Ngor Diarama. Dimanche, la mer a emporté ses "
        "claies.",
    ),
    "en-thing-of-place": (
        "LOSA TUILAGI",
        "Losa Tuilagi sells fish at the end of the wharf of Salelologa Matautu. On Monday the water reached her stall.",
    ),
}

# Another person named since: a relative's name after "of" ("la hija de Wilmer Angulo"), a person named after a count,
# a person after a preposition: the record's speaker is not the last named. (label, text)
ANOTHER_NAMED_SINCE = {
    "es-kin-of-person": (
        "YOLANDA CAICEDO",
        "Yolanda Caicedo vende cocadas en la puerta de su casa con la hija de Wilmer Angulo. El lunes la marea le "
        "llegó a la cintura.",
    ),
    "en-kin-of-person": (
        "LOSA TUILAGI",
        "Losa Tuilagi sells fish with the son of Wanjala Barasa. On Monday the water reached her stall.",
    ),
    "de-person-after-count": (
        "GERLINDE HAASE",
        "Gerlinde Haase vermietet Strandkörbe. Vierzig Jahre kennt sie Hauke Petersen schon.",
    ),
    "fr-person-after-preposition": (
        "MARIAMA DIALLO",
        "Mariama Diallo fume du poisson sur la plage, à côté de Fatou Ndiaye.",
    ),
}


@pytest.mark.parametrize(("label", "text"), NAMED_LAST_DESPITE.values(), ids=NAMED_LAST_DESPITE)
def test_a_count_or_a_place_written_since_is_no_other_person(label: str, text: str) -> None:
    assert _named_last(_record(label), text, "") is not None


@pytest.mark.parametrize(("label", "text"), ANOTHER_NAMED_SINCE.values(), ids=ANOTHER_NAMED_SINCE)
def test_a_person_written_since_is_another_person(label: str, text: str) -> None:
    assert _named_last(_record(label), text, "") is None
