"""Round 52 (bodies52)'s own held-out set: sentences written before any rule of the round, in words, names, bodies
and places no evaluation set has, each with the speaker a careful reader gives (several where SPEC accepts a group's
phrase or no one). Kinds: a body's whole name whatever joins its remits (commas, "e", "y", "und", "et", "&", a
lower-case adjective, a complement of "para", "contra", "gegen", "pour", a place after it, its short form in the
middle), its head noun in another case, a document credited to its owner, groups of people named with a complement
and their cries after a colon. Cases are not edited after the first rule; ``HELD_OUT`` counts how many pass, reported
in ``docs/attribution.md``."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in

_NO_ONE = None

HELD_OUT: list[tuple[str, str, tuple[str | None, ...]]] = [
    # a body's name across "e", "y", "u", "und", "et", "&", commas and lower-case adjectives
    (
        "es",
        "La Consejería de Educación e Investigación de la Comunidad de Madrid anunció: «Las aulas abren el lunes».",
        (
            "Consejería de Educación e Investigación de la Comunidad de Madrid",
            "Consejería de Educación e Investigación",
        ),
    ),
    (
        "es",
        "El Instituto de Hidrología e Ingeniería Agrícola de Tucumán alertó: «El dique está al límite».",
        ("Instituto de Hidrología e Ingeniería Agrícola de Tucumán", "Instituto de Hidrología e Ingeniería Agrícola"),
    ),
    (
        "es",
        "La Secretaría de Desarrollo Agrario, Territorial y Urbano de Chiapas advirtió: «No habrá más permisos».",
        (
            "Secretaría de Desarrollo Agrario, Territorial y Urbano de Chiapas",
            "Secretaría de Desarrollo Agrario, Territorial y Urbano",
        ),
    ),
    (
        "es",
        "El Servicio de Agua Potable y Alcantarillado (Semapa) Cochabamba anunció: «El corte dura dos días».",
        (
            "Servicio de Agua Potable y Alcantarillado",
            "Semapa",
            "Semapa Cochabamba",
            "Servicio de Agua Potable y Alcantarillado (Semapa) Cochabamba",
            "Servicio de Agua Potable y Alcantarillado Cochabamba",
        ),
    ),
    (
        "es",
        "La Fiscalía Especializada contra la Corrupción y el Crimen Organizado de Loja indicó: «El caso sigue "
        "abierto».",
        (
            "Fiscalía Especializada contra la Corrupción y el Crimen Organizado de Loja",
            "Fiscalía Especializada contra la Corrupción y el Crimen Organizado",
        ),
    ),
    (
        "de",
        "Das Ministerium für Wirtschaft, ländliche Entwicklung und Tourismus Thüringen erklärte: „Die Förderung "
        "bleibt.“",
        (
            "Ministerium für Wirtschaft, ländliche Entwicklung und Tourismus Thüringen",
            "Ministerium für Wirtschaft, ländliche Entwicklung und Tourismus",
        ),
    ),
    (
        "de",
        "Die Koordinierungsstelle gegen Rassismus und Diskriminierung der Stadt Freiburg erklärte: „Wir prüfen den "
        "Vorfall.“",
        (
            "Koordinierungsstelle gegen Rassismus und Diskriminierung der Stadt Freiburg",
            "Koordinierungsstelle gegen Rassismus und Diskriminierung",
        ),
    ),
    (
        "de",
        "Das Landesamt für Denkmalpflege und Archäologie Sachsen-Anhalt teilte mit: „Die Mauer ist gotisch.“",
        (
            "Landesamt für Denkmalpflege und Archäologie Sachsen-Anhalt",
            "Landesamt für Denkmalpflege und Archäologie",
        ),
    ),
    (
        "fr",
        "La Direction départementale de l'emploi, du travail et des solidarités de la Creuse a indiqué : « Le dossier "
        "est complet. »",
        (
            "Direction départementale de l'emploi, du travail et des solidarités de la Creuse",
            "Direction départementale de l'emploi, du travail et des solidarités",
        ),
    ),
    (
        "fr",
        "Le ministère de la Santé, de l'Hygiène publique et de la Couverture sanitaire universelle a annoncé : « Les "
        "vaccins arrivent. »",
        ("ministère de la Santé, de l'Hygiène publique et de la Couverture sanitaire universelle",),
    ),
    (
        "fr",
        "L'Agence pour la protection des lagunes et des côtes de Martinique a prévenu : « La baignade est interdite. »",
        (
            "Agence pour la protection des lagunes et des côtes de Martinique",
            "Agence pour la protection des lagunes et des côtes",
        ),
    ),
    (
        "en",
        'The Department of Fisheries, Forestry & Rural Affairs said: "Quotas fall by a third."',
        ("Department of Fisheries, Forestry & Rural Affairs",),
    ),
    (
        "en",
        'The Agency for Coastal and Marine Protection of Zanzibar warned: "The reef is bleaching."',
        ("Agency for Coastal and Marine Protection of Zanzibar", "Agency for Coastal and Marine Protection"),
    ),
    # a body's head noun in another case: the nominative, strong
    (
        "de",
        "Das Thüringische Landesamt für Verbraucherschutz und Lebensmittel warnte: „Die Eier sind belastet.“",
        (
            "Thüringisches Landesamt für Verbraucherschutz und Lebensmittel",
            "Landesamt für Verbraucherschutz und Lebensmittel",
        ),
    ),
    (
        "de",
        "In der Allgemeinverfügung des Veterinäramts Rendsburg-Eckernförde heißt es: „Die Ställe bleiben zu.“",
        ("Veterinäramt Rendsburg-Eckernförde", "Veterinäramt"),
    ),
    (
        "de",
        "Im Bescheid des Niedersächsischen Landesamts für Straßenbau und Verkehr steht: „Die Brücke wird abgerissen.“",
        (
            "Niedersächsisches Landesamt für Straßenbau und Verkehr",
            "Landesamt für Straßenbau und Verkehr",
        ),
    ),
    # a short form in brackets names the body later
    (
        "fr",
        "Le Service départemental d'incendie et de secours du Cantal (SDISC) a été appelé à six heures. « Trois "
        "granges sont touchées », a indiqué le SDISC.",
        (
            "Service départemental d'incendie et de secours du Cantal",
            "Service départemental d'incendie et de secours",
            "SDISC",
        ),
    ),
    (
        "es",
        "El Instituto de Vivienda e Infraestructura Social (Invis) de Tabasco visitó la colonia. «Habrá cien casas», "
        "dijo el Invis.",
        (
            "Instituto de Vivienda e Infraestructura Social",
            "Instituto de Vivienda e Infraestructura Social de Tabasco",
            "Invis",
        ),
    ),
    # a document credited to its owner
    (
        "en",
        'The closure order of the District Commissioner for Kasungu reads: "The market stays shut until Monday."',
        ("District Commissioner for Kasungu", "District Commissioner"),
    ),
    (
        "es",
        "El bando de Protección Civil de Tabasco ordena: «Nadie puede cruzar el río».",
        ("Protección Civil de Tabasco", "Protección Civil"),
    ),
    (
        "fr",
        "Le programme de la Régideso, affiché aux guichets, prévoit : « Le courant sera coupé de midi à dix-huit "
        "heures. »",
        ("Régideso",),
    ),
    (
        "de",
        "In der Verfügung des Landratsamts Görlitz heißt es: „Das Baden im See ist untersagt.“",
        ("Landratsamt Görlitz", "Landratsamts Görlitz"),
    ),
    (
        "en",
        'The circular of the Regional Education Officer, sent to every school, states: "Classes end at noon."',
        ("Regional Education Officer",),
    ),
    # groups of people with a complement, and their cries after a colon
    (
        "de",
        "Die Bewohner des Altenheims Sonnenhof klatschten und riefen: „Danke schön!“",
        (_NO_ONE, "Die Bewohner des Altenheims Sonnenhof", "Bewohner des Altenheims Sonnenhof"),
    ),
    (
        "fr",
        "Les pêcheurs du port de Lorient, debout sur leurs chalutiers, ont scandé : « Pas de quotas ! »",
        (_NO_ONE, "Les pêcheurs du port de Lorient", "pêcheurs du port de Lorient"),
    ),
    (
        "en",
        'The pickers of the Hawke\'s Bay orchards shouted as one: "Pay us fairly!"',
        (_NO_ONE, "The pickers of the Hawke's Bay orchards", "pickers of the Hawke's Bay orchards"),
    ),
    (
        "es",
        "Los jubilados de la Asociación Renacer, con pancartas, gritaron a coro: «¡Pensión digna!»",
        (_NO_ONE, "Los jubilados de la Asociación Renacer", "jubilados de la Asociación Renacer"),
    ),
    (
        "en",
        'The dockers of the Port of Tema, fists raised, chanted when the minister arrived: "No pay, no work!"',
        (_NO_ONE, "The dockers of the Port of Tema", "dockers of the Port of Tema"),
    ),
    (
        "es",
        "Las socias de la cooperativa Flor de Café cantaron frente a la alcaldía: «¡El café es nuestro!»",
        (_NO_ONE, "Las socias de la cooperativa Flor de Café", "socias de la cooperativa Flor de Café"),
    ),
    (
        "de",
        "Die Anwohner der Siedlung Eichengrund standen vor dem Rathaus und riefen im Chor: „Lärm macht krank!“",
        (_NO_ONE, "Die Anwohner der Siedlung Eichengrund", "Anwohner der Siedlung Eichengrund"),
    ),
    (
        "fr",
        "Les riverains de la rue Victor-Hugo ont crié ensemble : « Des trottoirs ! »",
        (_NO_ONE, "Les riverains de la rue Victor-Hugo", "riverains de la rue Victor-Hugo"),
    ),
    (
        "en",
        'The volunteers of the Kaikoura coastguard, wet to the knees, cheered from the slipway: "She floats!"',
        (_NO_ONE, "The volunteers of the Kaikoura coastguard", "volunteers of the Kaikoura coastguard"),
    ),
    (
        "en",
        'The nurses of the Mater maternity ward, tired after the night, clapped when the director arrived: "At last!"',
        (_NO_ONE, "The nurses of the Mater maternity ward", "nurses of the Mater maternity ward"),
    ),
    (
        "de",
        "Die Fahrgäste des Nachtzugs aus Wien jubelten, als die Lok wieder ansprang, und riefen: „Endlich!“",
        (_NO_ONE, "Die Fahrgäste des Nachtzugs aus Wien", "Fahrgäste des Nachtzugs aus Wien"),
    ),
    (
        "fr",
        "Les vendeuses du marché Madina, bassines sur la tête, ont chanté quand le préfet est passé : « Pas "
        "d'expulsion ! »",
        (_NO_ONE, "Les vendeuses du marché Madina", "vendeuses du marché Madina"),
    ),
    (
        "es",
        "Los feriantes del mercado Modelo, cuando llegó el alcalde, gritaron: «¡Queremos techo!»",
        (_NO_ONE, "Los feriantes del mercado Modelo", "feriantes del mercado Modelo"),
    ),
    # negatives: a person of a body, a person after a body's long name
    (
        "en",
        'Maria Santos, the head of the Department of Water and Sanitation, said: "The pipes are old."',
        ("Maria Santos",),
    ),
    (
        "es",
        "El director del Servicio Nacional de Sanidad e Inocuidad Agroalimentaria, Julio Paz, dijo: «No hay plaga».",
        ("Julio Paz",),
    ),
    (
        "de",
        "Die Sprecherin der Stadtwerke Kiel, Ines Brandt, sagte: „Das Netz hält.“",
        ("Ines Brandt",),
    ),
    (
        "en",
        '"We stay on the land," said Tom Reed of the Sheep and Wool Growers Association.',
        ("Tom Reed",),
    ),
    (
        "fr",
        "Le maire de Saint-Flour, Pierre Vidal, a déclaré : « Le marché reste ouvert. »",
        ("Pierre Vidal",),
    ),
]


# The cases unmet (their index in ``HELD_OUT``; 29 of 41 pass on main e1274ee), expected to fail: a case that comes
# to pass fails the run, so the count reported stays true.
LEFT: frozenset[int] = frozenset((3, 4, 5, 6, 9, 10, 12, 15, 18, 20, 33, 34))


@pytest.mark.parametrize(
    ("code", "text", "accepted"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="left by round 52")) if i in LEFT else case
        for i, case in enumerate(HELD_OUT)
    ],
)
def test_held_out_bodies_and_groups(code: str, text: str, accepted: tuple[str | None, ...]) -> None:
    said = _said_in(code, text)
    assert said and said[-1] in accepted
