"""Round 53 (bodies53)'s own held-out set: sentences written before any rule of the round, in words, bodies, units,
names and places no evaluation set has, each with the speaker a careful reader gives (several where SPEC accepts a
group's phrase or no one). Kinds: a body with a sub-unit set off by commas before its verb, a body speaking through an
agent or channel ("por medio de", "through", "par l'intermédiaire de", "über"), a body's name holding a dash, an "and"
or an abbreviation, a plural noun of people with the association it is of, and persons set off by commas after a body
or a role (negatives: the person speaks). Cases are not edited after the first rule; ``HELD_OUT`` counts how many pass,
reported in ``docs/attribution.md``."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in

_NO_ONE = None

HELD_OUT: list[tuple[str, str, tuple[str | None, ...]]] = [
    # a body, then a sub-unit of it set off by commas, then the verb: the body speaks
    (
        "de",
        "Die Stadtwerke Kiel AG, Geschäftsbereich Netze, schreibt in einer Kundeninformation: „Die Leitung wird am "
        "Montag abgeschaltet.“",
        ("Stadtwerke Kiel AG", "Stadtwerke Kiel AG, Geschäftsbereich Netze"),
    ),
    (
        "de",
        "Das Regierungspräsidium Gießen, Dezernat Gewässerschutz, hält in seinem Bescheid fest: „Die Einleitung ist zu "
        "unterlassen.“",
        ("Regierungspräsidium Gießen", "Regierungspräsidium Gießen, Dezernat Gewässerschutz"),
    ),
    (
        "de",
        "Die Bezirkshauptmannschaft Liezen, Fachabteilung Verkehrsrecht, teilte am Montag mit: „Die Straße bleibt "
        "gesperrt.“",
        ("Bezirkshauptmannschaft Liezen", "Bezirkshauptmannschaft Liezen, Fachabteilung Verkehrsrecht"),
    ),
    (
        "de",
        "Die Autobahn GmbH des Bundes, Niederlassung Südbayern, erklärt in einer Verkehrsmeldung: „Die Ausfahrt bleibt "
        "bis Freitag zu.“",
        ("Autobahn GmbH des Bundes", "Autobahn GmbH des Bundes, Niederlassung Südbayern"),
    ),
    (
        "en",
        "The Queensland Department of Transport and Main Roads, Far North District, says in its road update: “The "
        "range road is closed to trucks.”",
        (
            "Queensland Department of Transport and Main Roads",
            "Queensland Department of Transport and Main Roads, Far North District",
        ),
    ),
    (
        "en",
        "The Scottish Environment Protection Agency, Flood Warning Unit, said in its bulletin: “River levels will "
        "peak overnight.”",
        ("Scottish Environment Protection Agency", "Scottish Environment Protection Agency, Flood Warning Unit"),
    ),
    (
        "en",
        "The Ministry of Health, Northern Regional Health Office, wrote in a circular: “Clinics will close at four.”",
        ("Ministry of Health", "Ministry of Health, Northern Regional Health Office"),
    ),
    (
        "fr",
        "Le Conseil départemental du Morbihan, pôle Aménagement, indique dans son arrêté : « La route sera fermée "
        "jusqu'à jeudi. »",
        ("Conseil départemental du Morbihan", "Conseil départemental du Morbihan, pôle Aménagement"),
    ),
    (
        "fr",
        "L'Office des eaux de Lanaudière, Direction régionale du Nord, affirme dans son avis : « L'eau doit être "
        "bouillie. »",
        ("Office des eaux de Lanaudière", "Office des eaux de Lanaudière, Direction régionale du Nord"),
    ),
    (
        "es",
        "La Comisión Nacional del Agua, Gerencia Estatal en Sonora, informó en su boletín: “La presa está al doce por "
        "ciento.”",
        ("Comisión Nacional del Agua", "Comisión Nacional del Agua, Gerencia Estatal en Sonora"),
    ),
    (
        "es",
        "El Ministerio de Obras Públicas, Dirección de Vialidad de Aysén, señala en su parte diario: “La ruta está "
        "cortada en el kilómetro cuarenta.”",
        ("Ministerio de Obras Públicas", "Ministerio de Obras Públicas, Dirección de Vialidad de Aysén"),
    ),
    (
        "es",
        "La Agencia Tributaria, Delegación Especial de Canarias, comunicó a los contribuyentes: “Los plazos se "
        "amplían un mes.”",
        ("Agencia Tributaria", "Agencia Tributaria, Delegación Especial de Canarias"),
    ),
    # a body speaking through an agent or channel: the body speaks
    (
        "es",
        "La Secretaría de Salud, a través de la Jurisdicción Sanitaria Tres, informó: “Hay tres casos confirmados.”",
        ("Secretaría de Salud",),
    ),
    (
        "es",
        "El Gobierno de Chubut, por medio de la Dirección de Vialidad, advirtió en su parte: “No circulen de noche.”",
        ("Gobierno de Chubut",),
    ),
    (
        "en",
        "The Environment Agency, through its Thames area team, warned: “Do not drive through flood water.”",
        ("Environment Agency",),
    ),
    (
        "fr",
        "La préfecture de la Manche, par l'intermédiaire de la sous-préfecture de Cherbourg, rappelle : « La baignade "
        "est interdite. »",
        ("préfecture de la Manche", "Préfecture de la Manche"),
    ),
    (
        "fr",
        "L'Agence régionale de santé, via sa délégation du Var, a indiqué : « L'eau du réseau est potable. »",
        ("Agence régionale de santé",),
    ),
    # a body's name holding a dash, an "and", an abbreviation or an elided first half
    (
        "de",
        "Die Agentur für Arbeit Weiden – Regensburg teilte mit: „Die Zahl der Arbeitslosen ist gestiegen.“",
        ("Agentur für Arbeit Weiden – Regensburg", "Agentur für Arbeit Weiden"),
    ),
    (
        "de",
        "Das Landratsamt Pfaffenhofen a.d. Ilm teilte am Dienstag mit: „Die Fähre fährt wieder.“",
        ("Landratsamt Pfaffenhofen a.d. Ilm", "Landratsamt Pfaffenhofen an der Ilm"),
    ),
    (
        "de",
        "Der Heimat- und Verkehrsverein Bad Tölz erklärte: „Der Umzug fällt dieses Jahr aus.“",
        ("Heimat- und Verkehrsverein Bad Tölz",),
    ),
    (
        "en",
        "The Ferry and Harbour Trustees of Stromness said in a notice: “The slipway is closed until spring.”",
        ("Ferry and Harbour Trustees of Stromness",),
    ),
    (
        "es",
        "El Centro de Investigaciones del Mar y de la Atmósfera de Bahía Blanca informó: “La marea subirá dos metros.”",
        ("Centro de Investigaciones del Mar y de la Atmósfera de Bahía Blanca",),
    ),
    # a plural noun of people and the association it is of: the group speaks, or no one; never the name inside it
    (
        "fr",
        "Les choristes de la chorale Vent d'Ouest, en costume, ont entonné devant l'église : « Noël sur la mer ! »",
        (
            _NO_ONE,
            "choristes de la chorale Vent d'Ouest",
            "Les choristes de la chorale Vent d'Ouest",
            "chorale Vent d'Ouest",
        ),
    ),
    (
        "fr",
        "Les pêcheurs du syndicat Lamboara ont scandé sur le port : « Non à la taxe ! »",
        (_NO_ONE, "pêcheurs du syndicat Lamboara", "Les pêcheurs du syndicat Lamboara", "syndicat Lamboara"),
    ),
    (
        "es",
        "Los danzantes de la comparsa Los Tiznados, con sus máscaras, gritaron en la plaza: “¡Viva el carnaval!”",
        (
            _NO_ONE,
            "danzantes de la comparsa Los Tiznados",
            "Los danzantes de la comparsa Los Tiznados",
            "comparsa Los Tiznados",
        ),
    ),
    (
        "en",
        "The drummers of the Kalinda Cultural Troupe, in white, chanted at the gate: “Open the road!”",
        (
            _NO_ONE,
            "drummers of the Kalinda Cultural Troupe",
            "The drummers of the Kalinda Cultural Troupe",
            "Kalinda Cultural Troupe",
        ),
    ),
    (
        "de",
        "Die Sängerinnen des Trachtenvereins Edelweiß Ruhpolding, in Tracht, sangen vor der Kirche: „Stille Nacht!“",
        (
            _NO_ONE,
            "Sängerinnen des Trachtenvereins Edelweiß Ruhpolding",
            "Die Sängerinnen des Trachtenvereins Edelweiß Ruhpolding",
            "Trachtenvereins Edelweiß Ruhpolding",
            "Trachtenverein Edelweiß Ruhpolding",
        ),
    ),
    # negatives: a person set off by commas after a body or a role speaks; a person's agent is no speaker
    (
        "es",
        "El portavoz de la Gobernación del Huila, Andrés Mesa Ortiz, escribió en su cuenta: “No habrá clases el "
        "lunes.”",
        ("Andrés Mesa Ortiz",),
    ),
    (
        "de",
        "Die Leiterin der Abteilung Verkehr, Sabine Roth, sagte: „Wir öffnen die Brücke im Mai.“",
        ("Sabine Roth",),
    ),
    (
        "en",
        "The director of the Port Authority, Kelvin Mbeki, said: “The cranes are back in service.”",
        ("Kelvin Mbeki",),
    ),
    (
        "fr",
        "Le directeur de l'Agence régionale de santé, Paul Lemoine, a déclaré : « Les masques ne sont plus "
        "obligatoires. »",
        ("Paul Lemoine",),
    ),
    (
        "en",
        "Ramesh Patel, through his lawyer, said: “I have done nothing wrong.”",
        ("Ramesh Patel",),
    ),
    (
        "es",
        "La alcaldesa de Tarija, Inés Villca, dijo por medio de un comunicado: “El agua volverá el martes.”",
        ("Inés Villca",),
    ),
    (
        "de",
        "Der Sprecher der Stadtwerke Kiel AG, Jonas Brandt, schreibt in einer Mitteilung: „Die Leitung ist repariert.“",
        ("Jonas Brandt",),
    ),
]


# The cases unmet (their index in ``HELD_OUT``), expected to fail: a case that comes to pass fails the run, so the
# count reported stays true (on main 4c00ca99: 19 of 34 pass; on bodies53: 34 of 34).
LEFT: frozenset[int] = frozenset()


@pytest.mark.parametrize(
    ("code", "text", "accepted"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="left by round 53")) if i in LEFT else case
        for i, case in enumerate(HELD_OUT)
    ],
)
def test_held_out_bodies_and_groups(code: str, text: str, accepted: tuple[str | None, ...]) -> None:
    said = _said_in(code, text)
    assert said and said[-1] in accepted
