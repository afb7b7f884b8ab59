"""Round 54 (bodies54): a body speaks with its sub-units, whatever their noun, and its unit's saved statements are its
own; a group named by a plural noun of people and what it is of is whole. Every positive is a sentence of my own (no
evaluation set's words) and fails on main d1132f42; the negatives (persons set off after a body or its role, a remit
list, a clause between a body and its unit, another body) pass on both."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_cast_forms import _said_in
from tests.test_judge import quote, saved
from verify.judge import judge
from verify.models import Verdict


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a unit headed by an adjective and an authority's compound, or by a forest's, a police's unit noun
        (
            "de",
            "Das Landratsamt Ebersberg, Untere Jagdbehörde, teilt mit: „Die Schonzeit beginnt am Montag.“",
            "Landratsamt Ebersberg",
        ),
        (
            "de",
            "Die Stadt Cottbus, Untere Wasserbehörde, erklärt in einer Mitteilung: „Das Baden in der Spree ist "
            "verboten.“",
            "Stadt Cottbus",
        ),
        (
            "de",
            "Die Landesforsten Rheinland-Pfalz, Revierförsterei Hochwald, schreibt: „Der Waldweg bleibt gesperrt.“",
            "Landesforsten Rheinland-Pfalz",
        ),
        # a unit that is itself a named body, by a body's head noun anywhere in it
        (
            "en",
            "The Government of Anguilla, Disaster Management Authority, warns: “Shelters open at noon.”",
            "Government of Anguilla",
        ),
        (
            "en",
            "The Ministry of Agriculture, Veterinary Services Commission, said: “The herd will be culled.”",
            "Ministry of Agriculture",
        ),
        (
            "es",
            "El Ministerio de Salud, Comisión Nacional de Vacunación, anunció: “La campaña empieza el lunes.”",
            "Ministerio de Salud",
        ),
        (
            "es",
            "El Gobierno de Mendoza, Capitanía de Puerto, informó: “El lago está cerrado a las lanchas.”",
            "Gobierno de Mendoza",
        ),
        # a unit whose first word is a given name too ("Marine"), a unit's noun closing it
        (
            "en",
            "The Jamaica Constabulary Force, Marine Police, said in a statement: “Two boats were seized.”",
            "Jamaica Constabulary Force",
        ),
        # the body's long name stops at the comma opening its unit
        (
            "fr",
            "La Collectivité de Corse, Office des transports, indique : « Les navettes reprennent lundi. »",
            "Collectivité de Corse",
        ),
        (
            "fr",
            "La Préfecture de la Martinique, Direction de la mer, rappelle : « La pêche est interdite. »",
            "Préfecture de la Martinique",
        ),
        (
            "fr",
            "La Métropole de Lyon, Direction de l'eau, précise : « Les coupures dureront deux heures. »",
            "Métropole de Lyon",
        ),
    ],
)
def test_a_unit_set_off_after_a_body_leaves_the_body_speaking(code: str, text: str, want: str) -> None:
    assert _said_in(code, text) == [want]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a body's name in another language than the article's, of capitalised words and their links, before its unit
        (
            "de",
            "Die Asociación Cultural Galega de Hamburgo, Ortsgruppe Altona, erklärte: „Das Fest findet statt.“",
            "Asociación Cultural Galega de Hamburgo",
        ),
        # letters in brackets spelling the name in another language: the name before them
        (
            "de",
            "Die Deutsch-Chilenische Industrie- und Handelskammer (Camchal), Büro Concepción, teilt mit: „Die Messe "
            "ist ausgebucht.“",
            "Deutsch-Chilenische Industrie- und Handelskammer",
        ),
        # a body's head noun closing its name after a word that heads bodies too, its unit set off after it
        (
            "en",
            "The Vanuatu Tourism Industry Association, Tanna branch, spoke of “an empty Christmas” for the island.",
            "Vanuatu Tourism Industry Association",
        ),
        (
            "en",
            "The Samoa Fishing Industry Council, Savai'i chapter, spoke of “a hard winter” for the fleet.",
            "Samoa Fishing Industry Council",
        ),
        (
            "en",
            "The Guyana Rice Industry Association, Berbice chapter, said: “The paddy price fell.”",
            "Guyana Rice Industry Association",
        ),
    ],
)
def test_a_bodys_whole_name_before_its_unit(code: str, text: str, want: str) -> None:
    assert _said_in(code, text) == [want]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a unit of a unit set off after the body: the body speaks (a remit list before a unit stays whole)
        (
            "en",
            "The Ministry of Public Works and Transport, Roads Department, Hhohho Region, says in its notice: “The "
            "road is closed.”",
            "Ministry of Public Works and Transport",
        ),
        (
            "de",
            "Das Landratsamt Cham, Abteilung Umwelt, Sachgebiet Wasserrecht, schreibt: „Die Brücke ist zu.“",
            "Landratsamt Cham",
        ),
        (
            "fr",
            "Le Conseil départemental de la Guyane, Direction des routes, antenne de Saint-Laurent, indique : « La "
            "piste est fermée. »",
            "Conseil départemental de la Guyane",
        ),
        (
            "es",
            "El Ministerio de Agricultura, Ganadería y Pesca, Delegación Chaco, informó: “La veda empieza el lunes.”",
            "Ministerio de Agricultura, Ganadería y Pesca",
        ),
    ],
)
def test_a_unit_of_a_unit_leaves_the_body_speaking(code: str, text: str, want: str) -> None:
    assert _said_in(code, text) == [want]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a person set off after a body or a role of it speaks, a first name opening the set-off words
        ("de", "Die Sprecherin des Amts, Ina Vogt, sagte: „Wir prüfen das.“", "Ina Vogt"),
        ("en", "The Harbour Board, Sally Field, said: “The quay is safe.”", "Sally Field"),
        ("en", "A spokesman for the Marine Division, Ron Tate, said: “The quay is safe.”", "Ron Tate"),
        ("es", "El director de la Capitanía de Puerto, Julio Ek, dijo: “El puerto abre mañana.”", "Julio Ek"),
        ("fr", "La directrice de la Régie des transports, Anne Roux, a déclaré : « Les bus roulent. »", "Anne Roux"),
        # a surname before an "of" part stays a person's
        ("en", "Rogers of the Harbour Trust said: “The quay is safe.”", "Rogers"),
        # a remit list with commas is one name, no unit set off
        (
            "fr",
            "La Chambre de commerce, d'industrie et de services de Mayotte a indiqué : « Les inscriptions ouvrent "
            "lundi. »",
            "Chambre de commerce, d'industrie et de services de Mayotte",
        ),
        (
            "es",
            "El Ministerio de Agricultura, Ganadería y Pesca informó: “La veda empieza el lunes.”",
            "Ministerio de Agricultura, Ganadería y Pesca",
        ),
        (
            "de",
            "Das Departement für Bau, Verkehr und Umwelt teilte mit: „Die Brücke ist zu.“",
            "Departement für Bau, Verkehr und Umwelt",
        ),
    ],
)
def test_a_person_or_a_remit_set_off_by_commas_stays_as_read(code: str, text: str, want: str) -> None:
    assert _said_in(code, text) == [want]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a plural noun of people, its link and what it is of: the group whole, its kind noun in lower case too
        (
            "en",
            "Pipers of the Dunedin Highland Pipe Band shouted: “We march at dawn!”",
            "Pipers of the Dunedin Highland Pipe Band",
        ),
        (
            "en",
            "Girls of the Holy Rosary College choir sang: “Glory to the risen one!”",
            "Girls of the Holy Rosary College choir",
        ),
        (
            "en",
            "Students of the Mbale Stars netball team shouted: “We are back!”",
            "Students of the Mbale Stars netball team",
        ),
        # a number naming the school with its letters or its name
        ("es", "Los muchachos del Conalep 27 gritaron: “¡Queremos talleres!”", "muchachos del Conalep 27"),
        ("es", "Los estudiantes del CECyT 9 corearon: “¡Huelga!”", "estudiantes del CECyT 9"),
        (
            "de",
            "Die Jungen des Ruderclubs Favorite Hammonia riefen: „Wir rudern weiter!“",
            "Jungen des Ruderclubs Favorite Hammonia",
        ),
    ],
)
def test_a_group_of_an_organisation_speaks_whole(code: str, text: str, want: str) -> None:
    assert _said_in(code, text) == [want]


def test_a_bodys_members_stay_no_one() -> None:
    # (a noun of ``group_nouns`` opening the sentence is read as no one, as before)
    assert _said_in("en", "Members of the Leith Rowing Club sang: “Save the boathouse!”") == [None]


_SAID = "Boaters must keep clear of the channel tonight."


@pytest.mark.parametrize(
    ("credited", "recorded", "lead", "said"),
    [
        (
            "Marine Unit",
            "Bermuda Police Service",
            "The Bermuda Police Service, Marine Unit, said in its bulletin: ",
            _SAID,
        ),
        (
            "Bermuda Police Service",
            "Marine Unit",
            "The Bermuda Police Service, Marine Unit, said in its bulletin: ",
            _SAID,
        ),
        (
            "Untere Jagdbehörde",
            "Landratsamt Ebersberg",
            "Das Landratsamt Ebersberg, Untere Jagdbehörde, teilt in seiner Bekanntmachung mit: ",
            "Die Schonzeit für Rehwild beginnt am Montag.",
        ),
        (
            "Ministerio de Salud",
            "Dirección Regional de Salud Loreto",
            "La Dirección Regional de Salud Loreto, del Ministerio de Salud, establece en su resolución: ",
            "Las clínicas cerrarán a las cuatro de la tarde.",
        ),
        (
            "Régie des déchets",
            "Communauté de communes du Haut-Jura",
            "La Communauté de communes du Haut-Jura, Régie des déchets, annonce dans sa lettre : ",
            "La collecte du jeudi est avancée au mercredi.",
        ),
    ],
)
def test_a_units_saved_words_are_its_bodys_named_together_at_the_quote(
    credited: str, recorded: str, lead: str, said: str
) -> None:
    claim = replace(quote(said.rstrip("."), credited), mention=credited, cued=True)
    assert judge(claim, [saved(recorded, said)], lead=lead).verdict is Verdict.VERIFIED


@pytest.mark.parametrize(
    ("credited", "recorded", "lead"),
    [
        # another body's record stays another's
        ("Marine Unit", "Bermuda Fire Service", "The Bermuda Police Service, Marine Unit, said in its bulletin: "),
        # a clause between the body and the unit: not one name set off
        ("Marine Unit", "Bermuda Police Service", "The Bermuda Police Service said the Marine Unit had warned: "),
        # the body not named in the quote's sentence
        ("Marine Unit", "Bermuda Police Service", "The Bermuda Police Service met. Later the Marine Unit said: "),
        # a person set off with the body she is of
        ("Anna Berg", "Harbour Trust", "Anna Berg, of the Harbour Trust, said: "),
    ],
)
def test_a_record_of_a_body_not_named_with_the_unit_stays_anothers(credited: str, recorded: str, lead: str) -> None:
    claim = replace(quote(_SAID.rstrip("."), credited), mention=credited, cued=True)
    assert judge(claim, [saved(recorded, _SAID)], lead=lead).verdict is Verdict.MISATTRIBUTED
