"""Round 55 (bodies55): a body speaks with its units in any layout, and its name whole.

Each positive is a sentence of my own (bodies, units and places no evaluation set has) that main 40724844 read
otherwise; each negative is nearby text that stays as read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_cast_forms import _said_in
from tests.test_judge import quote, saved
from verify.extract.cast import body_name
from verify.judge import judge
from verify.models import Verdict


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # two or more units set off after the body, one with a number or a dash: the body speaks
        (
            "de",
            "Das Wasserwirtschaftsamt Kempten, Abteilung 2 – Gewässer, Sachgebiet Hochwasser, warnt in seinem Bescheid: "
            "„Die Iller darf nicht befahren werden.“",
            "Wasserwirtschaftsamt Kempten",
        ),
        (
            "de",
            "Das Landratsamt Oberallgäu, Referat 31.2 – Verkehr, teilt in seiner Anordnung mit: „Die Straße über den "
            "Riedbergpass bleibt zu.“",
            "Landratsamt Oberallgäu",
        ),
        (
            "de",
            "Das Hauptzollamt Lindau, Kontrolleinheit 3, Dienstgruppe Grenze, schreibt in seiner Mitteilung: „Die "
            "Kontrollen am Bodensee werden verstärkt.“",
            "Hauptzollamt Lindau",
        ),
        (
            "en",
            "The Forestry Commission, Northern Circle, Kumily Range, says in its notice: “The trail to the falls is "
            "closed.”",
            "Forestry Commission",
        ),
        (
            "en",
            "The Coast Guard Service, Sector 7, Harbour Station, states in its advisory: “Small boats must stay inside "
            "the reef.”",
            "Coast Guard Service",
        ),
        (
            "es",
            "Corpamag, Subdirección de Gestión Ambiental, Territorial Sur, advierte en su boletín: «El río Aracataca "
            "está en alerta roja.»",
            "Corpamag",
        ),
        # a body's adjectives and the region closing its name, its article written onto a noun in lower case
        (
            "fr",
            "L'Administration régionale Baie-James, Service des routes, annonce dans sa note : « La route 109 rouvre "
            "lundi. »",
            "Administration régionale Baie-James",
        ),
        (
            "fr",
            "L'agence régionale de santé Normandie, délégation départementale de l'Orne, recommande dans son avis : « Il "
            "faut faire bouillir l'eau. »",
            "agence régionale de santé Normandie",
        ),
        # (negatives: a person set off after a body and its unit, a person's role set off)
        (
            "en",
            "The Harbour Trust, Marine Division, Ruth Amoah, said in a statement: “The pier is safe for walkers.”",
            "Ruth Amoah",
        ),
        (
            "de",
            "Das Landratsamt Cham, Referat 3, Referent Hans Vogl, sagte am Montag: „Die Schule bleibt zu.“",
            "Hans Vogl",
        ),
    ],
)
def test_a_body_speaks_over_its_units_and_whole(code: str, text: str, want: str) -> None:
    assert _said_in(code, text)[-1] == want


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("L'Administration régionale Kativik", "Administration régionale Kativik"),
        ("L'Autorité régionale Eeyou Istchee", "Autorité régionale Eeyou Istchee"),
        ("L'agence régionale de santé Grand Est", "agence régionale de santé Grand Est"),
        # (not a person after the adjectives, nor a clause)
        ("la Fédération française Jean Dupont", ""),
        ("l'agence a annoncé que", ""),
    ],
)
def test_a_bodys_name_with_its_adjectives_and_region(phrase: str, want: str) -> None:
    assert body_name(phrase, "fr") == want
