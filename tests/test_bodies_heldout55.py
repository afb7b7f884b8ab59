"""Round 55 (bodies55)'s own held-out set: sentences written before any rule of the round, in words, bodies, units,
names and places no evaluation set has, each with the speakers a careful reader accepts (the body, the body with its
units, a group's phrase or no one, per SPEC). Kinds: a body with two or more units set off after it (by commas, a
dash, a number, a place) before its document's verb; a body's name whole (a place after its head, a legal form after
it, "and"/"et des" between its nouns); a plural noun of people, perhaps a compound one, of an organisation holding a
possessive; and negatives: a person or a place set off by commas after a body, bodies in a list. Cases are not edited
after the first rule; ``LEFT`` counts how many fail, reported in ``docs/attribution.md``."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in

_NO_ONE = None


def _body(name: str, *units: str) -> tuple[str, ...]:
    """The body's name, and the body with each run of its units as SPEC accepts them."""
    return (name, *(", ".join((name, *units[: i + 1])) for i in range(len(units))), *units)


HELD_OUT: list[tuple[str, str, tuple[str | None, ...]]] = [
    # a body, then two or more units of it set off after it, then its document's verb: the body speaks
    (
        "de",
        "Das Landesamt für Straßenbau Sachsen-Anhalt, Regionalbereich Ost, Straßenmeisterei Wittenberg, teilt in "
        "seiner Verkehrsinformation mit: „Die B 2 bleibt bis Freitag gesperrt.“",
        _body("Landesamt für Straßenbau Sachsen-Anhalt"),
    ),
    (
        "de",
        "Die Stadtverwaltung Erfurt, Amt 66 – Tiefbau und Verkehr, Sachgebiet Brücken, gibt in ihrer "
        "Allgemeinverfügung bekannt: „Die Krämerbrücke ist für den Lieferverkehr gesperrt.“",
        _body("Stadtverwaltung Erfurt"),
    ),
    (
        "de",
        "Die Bezirksregierung Detmold, Dezernat 54.2 – Wasserwirtschaft, warnt in ihrem Bescheid: „Die Werre darf "
        "nicht mehr aufgestaut werden.“",
        _body("Bezirksregierung Detmold", "Dezernat 54.2 – Wasserwirtschaft"),
    ),
    (
        "de",
        "Der Landkreis Vorpommern-Greifswald, Fachdienst 32, Bereich Katastrophenschutz, schreibt in seiner Warnung: "
        "„Die Fähre nach Usedom fährt heute nicht.“",
        _body("Landkreis Vorpommern-Greifswald"),
    ),
    (
        "en",
        "The Department of Conservation, Southern South Island Region, Te Anau Office, says in its track alert: “The "
        "Kepler Track is closed above Luxmore Hut.”",
        _body("Department of Conservation"),
    ),
    (
        "en",
        "The Ministry of Marine Resources, Licensing Division, Section 3, states in its circular: “No nets may be set "
        "inside the reef.”",
        _body("Ministry of Marine Resources"),
    ),
    (
        "en",
        "The Highland Roads Trust, Northern Area, Ullapool Depot, says in its road bulletin: “The A835 is closed "
        "at Braemore Junction.”",
        _body("Highland Roads Trust"),
    ),
    (
        "en",
        "The National Weather Service, Office 12 – Marine Forecasts, warns in its bulletin: “Small craft should stay "
        "in port until Sunday.”",
        _body("National Weather Service", "Office 12 – Marine Forecasts"),
    ),
    (
        "es",
        "El Instituto Nacional de Vías, Dirección Territorial Cauca, Unidad Ejecutora Popayán, informa en su "
        "comunicado: «La vía Panamericana está cerrada en el kilómetro 40.»",
        _body("Instituto Nacional de Vías"),
    ),
    (
        "es",
        "Cormacarena, Subdirección de Gestión Ambiental, Seccional Granada, advierte en su circular: «Está prohibida "
        "la pesca en el río Ariari.»",
        _body("Cormacarena"),
    ),
    (
        "es",
        "La Prefectura Naval Argentina, Zona Delta, Estación Tigre, comunica en su parte: «Se suspende la navegación "
        "deportiva en el río Luján.»",
        _body("Prefectura Naval Argentina"),
    ),
    (
        "es",
        "La Gobernación del Meta, Secretaría 4 – Infraestructura, Jefatura de Vías, señala en su resolución: «El "
        "puente sobre el río Guayuriba permanece cerrado.»",
        _body("Gobernación del Meta"),
    ),
    (
        "fr",
        "La Direction interdépartementale des routes Centre-Est, district de Chambéry, centre d'entretien de Modane, "
        "précise dans son communiqué : « Le col du Mont-Cenis reste fermé jusqu'au printemps. »",
        _body("Direction interdépartementale des routes Centre-Est"),
    ),
    (
        "fr",
        "La Communauté d'agglomération du Grand Dax, Service de l'eau, antenne de Saint-Paul, indique dans son avis : "
        "« L'eau peut de nouveau être bue sans ébullition. »",
        _body("Communauté d'agglomération du Grand Dax"),
    ),
    (
        "fr",
        "Le Conseil départemental du Finistère, subdivision 2 – Routes, agence technique de Quimper, annonce dans son "
        "arrêté : « La route de la pointe est fermée aux camions. »",
        _body("Conseil départemental du Finistère"),
    ),
    # a body's name whole: a place after its head, a legal form after it, an "and" between its nouns
    (
        "fr",
        "La direction régionale de l'environnement Occitanie, unité départementale du Gard, rappelle dans son arrêté : "
        "« Les prélèvements dans le Gardon sont interdits. »",
        _body("direction régionale de l'environnement Occitanie", "unité départementale du Gard"),
    ),
    (
        "fr",
        "L'Autorité régionale Eeyou Istchee, Service des routes, précise dans sa note : « La route de la Baie-James "
        "rouvre lundi. »",
        _body("Autorité régionale Eeyou Istchee", "Service des routes"),
    ),
    (
        "en",
        "The Lake Victoria Fishermen's Union, Kisumu branch, said in its statement: “Nets will be checked on Monday.”",
        _body("Lake Victoria Fishermen's Union", "Kisumu branch"),
    ),
    (
        "es",
        "La Unión de Productores Apícolas Sierra Norte, A.C., advierte en su boletín: «La cosecha de miel cayó a la "
        "mitad.»",
        ("Unión de Productores Apícolas Sierra Norte", "Unión de Productores Apícolas Sierra Norte, A.C."),
    ),
    (
        "de",
        "Die Imkergenossenschaft Oberes Lechtal, reg. Gen.m.b.H., teilt in ihrem Rundschreiben mit: „Der Honig wird "
        "heuer knapp.“",
        ("Imkergenossenschaft Oberes Lechtal", "Imkergenossenschaft Oberes Lechtal, reg. Gen.m.b.H."),
    ),
    (
        "fr",
        "La Direction régionale des Routes et des Transports de Ségou annonce dans son communiqué : « Le bac de "
        "Markala reprend demain. »",
        ("Direction régionale des Routes et des Transports de Ségou",),
    ),
    # a plural noun of people, perhaps a compound one, of an organisation holding a possessive: the group whole
    (
        "en",
        "Boys of the Nyeri mission school's drum band sang at the gate: “Harambee, harambee!”",
        (_NO_ONE, "Boys of the Nyeri mission school's drum band", "Nyeri mission school's drum band", "drum band"),
    ),
    (
        "en",
        "Goat herders of the Kgalagadi grazing cooperative sang as they walked: “Rain, come home!”",
        (_NO_ONE, "Goat herders of the Kgalagadi grazing cooperative", "Kgalagadi grazing cooperative"),
    ),
    (
        "en",
        "Market women of the Makola traders' association chanted outside the hall: “Give us back our stalls!”",
        (_NO_ONE, "Market women of the Makola traders' association", "Makola traders' association"),
    ),
    (
        "es",
        "Los niños del coro de la escuela de Chinchero cantaron en la plaza: «¡Que vuelva el agua!»",
        (_NO_ONE, "niños del coro de la escuela de Chinchero", "Los niños del coro de la escuela de Chinchero"),
    ),
    (
        "fr",
        "Les élèves de la chorale du collège de Mamoudzou ont chanté devant la mairie : « Mayotte debout ! »",
        (_NO_ONE, "élèves de la chorale du collège de Mamoudzou", "Les élèves de la chorale du collège de Mamoudzou"),
    ),
    # negatives: a person or a place set off after a body, bodies in a list
    (
        "en",
        "The Harbour Trust, Ruth Amoah, said in a statement: “The pier is safe for walkers.”",
        ("Ruth Amoah",),
    ),
    (
        "de",
        "Das Landratsamt Cham, Bereichsleiterin Johanna Pfeffer, sagte: „Die Schule bleibt zu.“",
        ("Johanna Pfeffer",),
    ),
    (
        "es",
        "La Alcaldía de Tunja, Marta Lucía Gómez, dijo en la rueda de prensa: «El agua vuelve mañana.»",
        ("Marta Lucía Gómez",),
    ),
    (
        "fr",
        "Le syndicat des eaux du Trégor, Jean-Marc Le Bihan, a précisé : « Les travaux durent deux semaines. »",
        ("Jean-Marc Le Bihan",),
    ),
    (
        "de",
        "Die Brenner Logistik GmbH, Innsbruck, teilt mit: „Wir liefern ab Montag wieder.“",
        ("Brenner Logistik GmbH", "Brenner Logistik"),
    ),
    (
        "en",
        "The Ports Authority, the Coast Guard and the Navy said together: “Stay ashore tonight.”",
        (_NO_ONE, "Ports Authority, the Coast Guard and the Navy", "The Ports Authority, the Coast Guard and the Navy"),
    ),
    (
        "es",
        "La Capitanía de Puerto de Paita, Perú, informa en su aviso: «El puerto queda cerrado a naves menores.»",
        ("Capitanía de Puerto de Paita",),
    ),
]


# The cases unmet (their index in ``HELD_OUT``), expected to fail: a case that comes to pass fails the run, so the
# count reported stays true (on main 40724844: 18 of 33 pass; here 27).
LEFT: frozenset[int] = frozenset({5, 15, 18, 19, 30, 32})


@pytest.mark.parametrize(
    ("code", "text", "accepted"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="left by round 55")) if i in LEFT else case
        for i, case in enumerate(HELD_OUT)
    ],
)
def test_held_out_bodies_and_groups(code: str, text: str, accepted: tuple[str | None, ...]) -> None:
    said = _said_in(code, text)
    assert said and said[-1] in accepted
