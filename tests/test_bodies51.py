"""Round 51 (bodies51): a body's short form in brackets fixes its name's extent, a sub-unit after the body, a
document's verb of a text crediting its owner, a group named by a plural noun of people and what it is of. Sentences
of my own in English, German, French and Spanish, in other words, names and places than any evaluation set's; each
rule with cases where it must not fire."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in


# A short form in brackets after a body's name: the name runs back to the word its letters begin at, across commas and
# "and" words, its links giving a letter or none, a long German compound from a later part, a region after it none.
@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "en",
            'The Ports and Harbours Authority of Antigua and Barbuda (PHAAB) warned: "The channel is silting up."',
            "Ports and Harbours Authority of Antigua and Barbuda",
        ),
        (
            "en",
            'The Roads, Bridges and Drainage Agency of Saint Lucia (RBDA) said: "The bridge is closed."',
            "Roads, Bridges and Drainage Agency of Saint Lucia",
        ),
        (
            "de",
            "Das Sächsische Staatsministerium für Energie, Klimaschutz, Umwelt und Landwirtschaft (SMEKUL) erklärte: "
            "„Die Förderung läuft aus.“",
            "Sächsische Staatsministerium für Energie, Klimaschutz, Umwelt und Landwirtschaft",
        ),
        (
            "fr",
            "L'Office national des forêts, de la chasse et de la faune sauvage (ONFCFS) a annoncé : « La battue est "
            "annulée. »",
            "Office national des forêts, de la chasse et de la faune sauvage",
        ),
        (
            "fr",
            "La Direction provinciale de l'Agriculture, de l'Élevage et de la Pêche du Kouffo (DPAEP) a indiqué : "
            "« Les semences arrivent lundi. »",
            "Direction provinciale de l'Agriculture, de l'Élevage et de la Pêche du Kouffo",
        ),
        # (letters spelling no longer name, a person before them, letters inside a name before its place, a name the
        # reader found whole already: as before)
        (
            "es",
            "El informe técnico de la Agencia de Protección y Control de Humedales (APCH), leído en la sesión, "
            "concluye: «La laguna se seca».",
            "Agencia de Protección y Control de Humedales",
        ),
        ("en", 'Anna Pryce (SNP) said: "The ferry must run."', "Anna Pryce"),
        (
            "de",
            "Der Sprecher des Landesamts für Umwelt (LfU), Jens Kober, sagte: „Das Wasser ist sauber.“",
            "Jens Kober",
        ),
        (
            "fr",
            "L'Office national des forêts (ONF) de Corse a écrit : « Le refuge accueille quarante randonneurs. »",
            "Office national des forêts (ONF) de Corse",
        ),
    ],
)
def test_a_short_form_in_brackets_fixes_a_bodys_name(code: str, text: str, want: str) -> None:
    assert _said_in(code, text)[-1] == want


# A sub-unit set off after the body's name and short form: the body speaks, never its unit alone; a person set off
# there speaks.
@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "de",
            "Das Landesamt für Denkmalpflege Hessen (LfDH), Abteilung Bodendenkmalpflege, schreibt: „Die Mauer ist "
            "römisch.“",
            "Landesamt für Denkmalpflege Hessen",
        ),
        (
            "es",
            "El Ministerio de Salud (Minsa), Dirección Regional de Loreto, informó: «Hay tres casos».",
            "Ministerio de Salud",
        ),
        # (a person set off there, a unit the reader left out already: as before)
        (
            "fr",
            "L'Agence régionale de santé (ARS), délégation départementale du Var, a indiqué : « Les plages rouvrent. »",
            "Agence régionale de santé",
        ),
        (
            "es",
            "El director del Servicio Nacional de Pesca (Sernapesca), Raúl Ibarra, dijo: «Habrá veda».",
            "Raúl Ibarra",
        ),
    ],
)
def test_a_sub_unit_after_a_body_is_the_bodys(code: str, text: str, want: str) -> None:
    assert _said_in(code, text)[-1] == want


# A document's verb of a text ("bestimmt", "dispone", "stipule", "stipulates") closing the words before the colon, an
# aside between: the document's owner speaks.
@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "de",
            "Die Verordnung des Landkreises Vorpommern-Greifswald, seit Freitag in Kraft, bestimmt: „Hunde sind an der "
            "Leine zu führen.“",
            "Landkreis Vorpommern-Greifswald",
        ),
        (
            "de",
            "Die Hochwasserwarnung des Landesamts für Umwelt, Wasserwirtschaft und Gewerbeaufsicht lautet: „Der Pegel "
            "steigt weiter.“",
            "Landesamt für Umwelt, Wasserwirtschaft und Gewerbeaufsicht",
        ),
        (
            "es",
            "La circular de la Superintendencia de Educación Escolar, enviada el lunes, dispone: «Las clases se "
            "suspenden».",
            "Superintendencia de Educación Escolar",
        ),
        (
            "fr",
            "L'arrêté de la Préfecture des Hautes-Alpes, affiché en mairie, stipule : « La baignade est interdite. »",
            "Préfecture des Hautes-Alpes",
        ),
        # (no document's noun, a person's words: as before)
        ("de", "Anna Berg, seit Montag im Amt, bestimmt: „Wir bauen.“", "Anna Berg"),
    ],
)
def test_a_documents_verb_credits_its_owner(code: str, text: str, want: str) -> None:
    assert _said_in(code, text)[-1] == want


# A group named by a plural noun of people and what it is of: the group speaks (or no one), never the body, school or
# place its complement names.
@pytest.mark.parametrize(
    ("code", "text", "accepted"),
    [
        (
            "es",
            "Los pescadores y las pescadoras de la cooperativa Brisas del Mar, con las redes al hombro, gritaron "
            "frente a la gobernación: «¡El río no se vende!»",
            (None, "Los pescadores y las pescadoras de la cooperativa Brisas del Mar"),
        ),
        (
            "en",
            "Pupils of Castlebar Boys' Secondary School, in grey jumpers at the gate, shouted as the minister arrived: "
            '"We want heat!"',
            (None, "Pupils", "Pupils of Castlebar Boys' Secondary School"),
        ),
        (
            "de",
            "Die Sanitäterinnen und Sanitäter des DRK-Kreisverbands Cham, die seit Stunden im Einsatz waren, jubelten, "
            "als die Sirene verstummte: „Endlich!“",
            (None, "Die Sanitäterinnen und Sanitäter des DRK-Kreisverbands Cham"),
        ),
        (
            "fr",
            "Les écoliers de l'école communale Jean Jaurès, venus en rang, ont scandé devant la mairie : « Une "
            "cantine ! »",
            (None, "Les écoliers de l'école communale Jean Jaurès"),
        ),
        # (a body named so, a person of a school: as before)
        ("en", 'Friends of the Earth said: "The dunes must stay."', ("Friends of the Earth",)),
        ("es", "El director del Colegio Santa Teresita, Raúl Ibarra, dijo: «Habrá clases».", ("Raúl Ibarra",)),
    ],
)
def test_a_group_of_a_body_is_the_group(code: str, text: str, accepted: tuple[str | None, ...]) -> None:
    assert _said_in(code, text)[-1] in accepted
