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
            "Das Wasserwirtschaftsamt Kempten, Abteilung 2 – Gewässer, Sachgebiet Hochwasser, warnt in seinem "
            "Bescheid: „Die Iller darf nicht befahren werden.“",
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
            "L'agence régionale de santé Normandie, délégation départementale de l'Orne, recommande dans son avis : "
            "« Il faut faire bouillir l'eau. »",
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
        # (the kind of body in lower case before its capitalised name is no part of it: read elsewhere, as before)
        ("L'association Aide au Logement Lensois", ""),
    ],
)
def test_a_bodys_name_with_its_adjectives_and_region(phrase: str, want: str) -> None:
    assert body_name(phrase, "fr") == want


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a unit's noun in lower case after its place, set off after the body, its name holding a plural owner
        (
            "en",
            "The Lake Chilwa Boat Owners' Association, Kachulu branch, said in its notice: “No boat sails after dark.”",
            "Lake Chilwa Boat Owners' Association",
        ),
        (
            "en",
            "The Shire Valley Cane Growers' Forum, Nchalo branch, said in its letter: “The mill owes us for three "
            "months.”",
            "Shire Valley Cane Growers' Forum",
        ),
        # a legal form set off after the name: the body before it
        (
            "es",
            "La Sociedad Cooperativa Pescadores de Celestún, S.C. de R.L., advierte en su comunicado: «El pulpo no "
            "llega a la talla.»",
            "Sociedad Cooperativa Pescadores de Celestún",
        ),
        (
            "es",
            "La Unión de Ejidos Cafetaleros Tzeltales, A.C., informa en su boletín: «El precio del café cayó a la "
            "mitad.»",
            "Unión de Ejidos Cafetaleros Tzeltales",
        ),
        (
            "en",
            "The Kuching Riverboat Company, Sdn Bhd, says in its notice: “The evening cruise is cancelled.”",
            "Kuching Riverboat Company",
        ),
        # a group named by a noun before its plural noun of people, or by what it is of up to its kind noun, an
        # owner's or a possessive among its words
        (
            "en",
            "Cattle herders of the Molimo Nthuse grazing association sang at the ford: “Rain, come down!”",
            "Cattle herders of the Molimo Nthuse grazing association",
        ),
        (
            "en",
            "Market women of the Kejetia traders' union chanted outside the assembly: “Give us our stalls back!”",
            "Market women of the Kejetia traders' union",
        ),
        (
            "en",
            "Girls of the Tamale girls' school's drama club sang at the gate: “We are the future!”",
            "Girls of the Tamale girls' school's drama club",
        ),
        (
            "en",
            "Altar boys of the St Mary cathedral choir sang on the steps: “Gloria, gloria!”",
            "Altar boys of the St Mary cathedral choir",
        ),
        # a company's name of no body's word, its letters or its legal form closing it, before its units
        (
            "de",
            "Die Kieler Verkehrsgesellschaft mbH (KVG), Betriebsbereich Nord, Abteilung Fahrplan, kündigt in ihrer "
            "Fahrgastinformation an: „Die Linie 11 fährt ab Montag wieder.“",
            "Kieler Verkehrsgesellschaft mbH",
        ),
        (
            "en",
            "Red Arrow Coaches, Depot 4, Garage North, says in its notice: “The night coach is cancelled.”",
            "Red Arrow Coaches",
        ),
        (
            "es",
            "Aguas del Valle, Zona 3, Oficina Chillán, informa en su aviso: «El corte dura hasta el mediodía.»",
            "Aguas del Valle",
        ),
        # (negatives: a noun of a group's members is no one; an owner's noun closes no group)
        ("en", "Members of the Leith Rowing Club sang: “Save the boathouse!”", None),
    ],
)
def test_a_bodys_unit_legal_form_and_groups_whole(code: str, text: str, want: str | None) -> None:
    assert _said_in(code, text)[-1] == want


_SAID = "The road stays closed until Monday."


@pytest.mark.parametrize(
    ("credited", "recorded", "lead"),
    [
        # a unit credited, the body's record: units between them, with their numbers and dashes
        (
            "Stützpunkt Andermatt",
            "Tiefbauamt Uri",
            "Das Tiefbauamt Uri, Kreis 2, Stützpunkt Andermatt, hält in seinem Bericht fest: ",
        ),
        (
            "Sachgebiet Brücken",
            "Amt der Tiroler Landesregierung",
            "Das Amt der Tiroler Landesregierung, Abteilung 7 – Verkehr und Straße, Sachgebiet Brücken, verfügt: ",
        ),
        (
            "Gisborne Station",
            "Fire and Emergency Service",
            "The Fire and Emergency Service, Eastern Region, Gisborne Station, says in its report: ",
        ),
        # a record's speaker of one word, named with its units right there
        (
            "Territorial Sur",
            "Corpocesar",
            "Corpocesar, Subdirección de Gestión Ambiental, Territorial Sur, advierte en su boletín: ",
        ),
    ],
)
def test_a_bodys_record_verifies_its_unit_over_other_units(credited: str, recorded: str, lead: str) -> None:
    claim = replace(quote(_SAID.rstrip("."), credited), mention=credited, cued=True)
    assert judge(claim, [saved(recorded, _SAID)], lead=lead).verdict is Verdict.VERIFIED


@pytest.mark.parametrize(
    ("credited", "recorded", "lead"),
    [
        # a clause between the body and the unit, or another body's record: another's, as before
        ("Sachgebiet Brücken", "Tiefbauamt Uri", "Das Tiefbauamt Uri meldet, dass das Sachgebiet Brücken warnt: "),
        ("Territorial Sur", "Corpamag", "Corpocesar, Subdirección de Gestión Ambiental, Territorial Sur, advierte: "),
    ],
)
def test_a_record_not_named_with_the_units_stays_anothers(credited: str, recorded: str, lead: str) -> None:
    claim = replace(quote(_SAID.rstrip("."), credited), mention=credited, cued=True)
    assert judge(claim, [saved(recorded, _SAID)], lead=lead).verdict is Verdict.MISATTRIBUTED

