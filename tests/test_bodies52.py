"""Round 52 (bodies52): a body's whole name whatever joins its remits, its short form before its region, and its
adjectives declined before its noun given as written alone. Sentences of my own in the languages where each form
exists, with bodies, places and remits no evaluation set has; every positive fails on main e1274ee, the negatives
pass on both."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in
from verify.extract.cast import body_name


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a remit's adjective in lower case, before its noun or after it
        (
            "de",
            "Das Ministerium für Finanzen, digitale Infrastruktur und Sport Brandenburg teilte mit: „Die Mittel sind "
            "bewilligt.“",
            "Ministerium für Finanzen, digitale Infrastruktur und Sport Brandenburg",
        ),
        (
            "de",
            "Das Landesamt für Vermessung, öffentliche Sicherheit und Katastrophenschutz erklärte: „Die Karten sind "
            "neu.“",
            "Landesamt für Vermessung, öffentliche Sicherheit und Katastrophenschutz",
        ),
        (
            "fr",
            "Le ministère de la Jeunesse, de l'Artisanat rural et de la Formation civique a annoncé : « Les bourses "
            "sont versées. »",
            "ministère de la Jeunesse, de l'Artisanat rural et de la Formation civique",
        ),
        (
            "fr",
            "Le ministère des Mines, de la Géologie et de la Sécurité alimentaire a confirmé : « Le permis est "
            "suspendu. »",
            "ministère des Mines, de la Géologie et de la Sécurité alimentaire",
        ),
        # a preposition of its remit, and an article after its "and"
        (
            "es",
            "La Procuraduría Especial contra el Despojo y la Usurpación de Tierras de Ucayali advirtió: «Hay diez "
            "denuncias».",
            "Procuraduría Especial contra el Despojo y la Usurpación de Tierras de Ucayali",
        ),
        (
            "es",
            "La Comisión Regional para la Defensa del Río y el Humedal de Chaco anunció: «El dragado se suspende».",
            "Comisión Regional para la Defensa del Río y el Humedal de Chaco",
        ),
        (
            "fr",
            "L'Agence pour la sauvegarde des récifs et des mangroves de Mayotte a averti : « Le corail blanchit. »",
            "Agence pour la sauvegarde des récifs et des mangroves de Mayotte",
        ),
        # its name read on past an "e" or a "y" before the cue, no one of its last words
        (
            "es",
            "El Servicio Departamental de Caminos e Infraestructura Vial de Oruro, en un boletín del lunes, informó: "
            "«El tramo está cerrado».",
            "Servicio Departamental de Caminos e Infraestructura Vial de Oruro",
        ),
        (
            "es",
            "El Servicio Regional de Salud y Protección Social del Cesar, en su reporte semanal, indicó: «Hay tres "
            "brotes».",
            "Servicio Regional de Salud y Protección Social del Cesar",
        ),
        # its short form in brackets before the region it is of, the cue's subject
        (
            "es",
            "El Instituto de Desarrollo Urbano y Vivienda (Idurv) Tarapacá anunció: «Las obras empiezan en enero».",
            "Instituto de Desarrollo Urbano y Vivienda",
        ),
        (
            "de",
            "Der Landesbetrieb Straßenbau (LBS) Saarland teilte mit: „Die Umleitung bleibt bis März.“",
            "Landesbetrieb Straßenbau",
        ),
    ],
)
def test_a_bodys_whole_name_whatever_joins_its_remits(code: str, text: str, want: str) -> None:
    said = _said_in(code, text)
    assert said and said[-1] == want


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # (negatives: a body and a person joined by "and", a person after a body, a person's party in brackets)
        (
            "es",
            "La Secretaría de Salud y la Policía Estatal dijeron: «Todo está en orden».",
            "Policía Estatal",
        ),
        ("es", "Ana Quispe (APP) Arequipa dijo: «Votaremos en contra».", "Arequipa"),
        (
            "fr",
            "Le directeur du Service des eaux et forêts, Jean Kaboré, a expliqué : « Les feux reculent. »",
            "Jean Kaboré",
        ),
        (
            "de",
            "Die Sprecherin des Landesamts für Umwelt, öffentliche Gesundheit und Verbraucherschutz, Lena Vogt, sagte: "
            "„Die Werte sinken.“",
            "Lena Vogt",
        ),
    ],
)
def test_a_bodys_whole_name_leaves_others_as_they_were(code: str, text: str, want: str) -> None:
    said = _said_in(code, text)
    assert said and said[-1] == want


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        # an adjective declined before a body's noun, given the strong ending it takes alone, by the noun's gender
        ("des Thüringischen Landesamts für Statistik", "Thüringisches Landesamt für Statistik"),
        ("vom Brandenburgischen Verkehrsverbund", "Brandenburgischer Verkehrsverbund"),
        ("Mecklenburgische Wasserwirtschaftsamt", "Mecklenburgisches Wasserwirtschaftsamt"),
        ("des Württembergischen Landesbetriebs für Forsten", "Württembergischer Landesbetrieb für Forsten"),
        # its noun's genitive before a genitive link given in the nominative
        ("Veterinäramts des Landkreises Uelzen", "Veterinäramt des Landkreises Uelzen"),
        ("der Sächsischen Staatskanzlei", "Sächsische Staatskanzlei"),
        # (negatives: a feminine noun's adjective as written alone, a noun whose gender no lexicon gives)
        ("Thüringische Landesregierung", "Thüringische Landesregierung"),
        ("Hessische Zeitung", "Hessische Zeitung"),
    ],
)
def test_a_bodys_adjectives_as_written_alone(phrase: str, want: str) -> None:
    assert body_name(phrase, "de") == want
