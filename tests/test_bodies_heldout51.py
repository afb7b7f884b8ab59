"""Round 51 (bodies51)'s own held-out set: sentences written before any rule of the round, in words, names, bodies
and places no evaluation set has, each with the speaker a careful reader gives (several where SPEC accepts a group's
phrase or no one). Kinds: a body's long name across its remits and its short form in brackets, a document whose owner
stands in the genitive or possessive with an aside before the verb, a sub-unit after the body, groups of people with
a body, school or place in their complement. Cases are not edited after the first rule; ``HELD_OUT`` counts how many
pass, reported in ``docs/attribution.md``."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in

_NO_ONE = None

HELD_OUT: list[tuple[str, str, tuple[str | None, ...]]] = [
    # a body's long name across its remits, its short form in brackets after it
    (
        "en",
        'The Ministry of Fisheries, Livestock and Rural Development (MFLRD) said in a notice: "Boats stay in port."',
        ("Ministry of Fisheries, Livestock and Rural Development",),
    ),
    (
        "en",
        'The Ports and Harbours Authority of Antigua and Barbuda (PHAAB) warned: "The channel is silting up."',
        ("Ports and Harbours Authority of Antigua and Barbuda",),
    ),
    (
        "en",
        'The Department of Agriculture, Land Reform and Rural Development (DALRRD) announced: "Grants open in March."',
        ("Department of Agriculture, Land Reform and Rural Development",),
    ),
    (
        "de",
        "Das Landesamt für Natur, Umwelt und Verbraucherschutz (LANUV) teilte mit: „Die Werte sind gesunken.“",
        ("Landesamt für Natur, Umwelt und Verbraucherschutz",),
    ),
    (
        "de",
        "Das Sächsische Staatsministerium für Energie, Klimaschutz, Umwelt und Landwirtschaft (SMEKUL) erklärte: "
        "„Die Förderung läuft aus.“",
        (
            "Sächsische Staatsministerium für Energie, Klimaschutz, Umwelt und Landwirtschaft",
            "Staatsministerium für Energie, Klimaschutz, Umwelt und Landwirtschaft",
        ),
    ),
    (
        "de",
        "Die Hochwasserwarnung des Landesamts für Umwelt, Wasserwirtschaft und Gewerbeaufsicht lautet: „Der Pegel "
        "steigt weiter.“",
        (
            "Landesamt für Umwelt, Wasserwirtschaft und Gewerbeaufsicht",
            "Landesamts für Umwelt, Wasserwirtschaft und Gewerbeaufsicht",
        ),
    ),
    (
        "fr",
        "L'Office national des forêts, de la chasse et de la faune sauvage (ONFCFS) a annoncé : « La battue est "
        "annulée. »",
        ("Office national des forêts, de la chasse et de la faune sauvage",),
    ),
    (
        "fr",
        "La Direction provinciale de l'Agriculture, de l'Élevage et de la Pêche du Kouffo (DPAEP) a indiqué : « Les "
        "semences arrivent lundi. »",
        ("Direction provinciale de l'Agriculture, de l'Élevage et de la Pêche du Kouffo",),
    ),
    (
        "es",
        "La Secretaría de Ecología, Agua y Ordenamiento Territorial (SEAOT) advirtió: «El río está contaminado».",
        ("Secretaría de Ecología, Agua y Ordenamiento Territorial",),
    ),
    (
        "es",
        "El dictamen de la Comisión Nacional de Áreas Naturales Protegidas (Conanp), leído en la sesión, concluye: "
        "«El manglar está en riesgo».",
        ("Comisión Nacional de Áreas Naturales Protegidas",),
    ),
    # a document whose owner stands in the genitive or the possessive, an aside before the verb
    (
        "de",
        "Die Stellungnahme des Bundesinstituts für Risikobewertung, die dem Ausschuss vorliegt, hält fest: „Die "
        "Dosis ist unbedenklich.“",
        ("Bundesinstitut für Risikobewertung", "Bundesinstituts für Risikobewertung"),
    ),
    (
        "de",
        "Die Verordnung des Landkreises Vorpommern-Greifswald, seit Freitag in Kraft, bestimmt: „Hunde sind an der "
        "Leine zu führen.“",
        ("Landkreis Vorpommern-Greifswald", "Landkreises Vorpommern-Greifswald"),
    ),
    (
        "en",
        "The Queensland Department of Environment and Science's flood bulletin, released overnight, warns: \"Roads "
        'will close."',
        ("Queensland Department of Environment and Science", "Department of Environment and Science"),
    ),
    (
        "en",
        'The Ontario Ministry of Natural Resources and Forestry\'s fire report found: "Three crews are needed."',
        ("Ontario Ministry of Natural Resources and Forestry", "Ministry of Natural Resources and Forestry"),
    ),
    (
        "fr",
        "Le communiqué de la Préfecture maritime de la Manche et de la mer du Nord, diffusé dimanche, précise : « La "
        "baignade est interdite. »",
        ("Préfecture maritime de la Manche et de la mer du Nord",),
    ),
    (
        "es",
        "La resolución de la Dirección General de Aguas y Saneamiento, publicada el viernes, establece: «El riego "
        "queda suspendido».",
        ("Dirección General de Aguas y Saneamiento",),
    ),
    # a sub-unit after the body
    (
        "de",
        "Das Landesamt für Denkmalpflege Hessen (LfDH), Abteilung Bodendenkmalpflege, schreibt: „Die Mauer ist "
        "römisch.“",
        ("Landesamt für Denkmalpflege Hessen", "Landesamt für Denkmalpflege Hessen, Abteilung Bodendenkmalpflege"),
    ),
    (
        "en",
        'The Environment Agency (EA), Flood Incident Management team, said: "Barriers are up."',
        ("Environment Agency",),
    ),
    (
        "fr",
        "L'Office national des forêts (ONF), agence de Corse, a confirmé : « La piste est fermée. »",
        ("Office national des forêts", "Office national des forêts (ONF), agence de Corse"),
    ),
    (
        "es",
        "El Ministerio de Salud (Minsa), Dirección Regional de Loreto, informó: «Hay tres casos».",
        ("Ministerio de Salud", "Ministerio de Salud (Minsa), Dirección Regional de Loreto"),
    ),
    # groups: a plural of people with a body, a school or a place in their complement
    (
        "en",
        'The volunteers of the Ardmore Lifeboat Station cheered from the slipway: "Home at last!"',
        (
            _NO_ONE,
            "The volunteers of the Ardmore Lifeboat Station",
            "volunteers of the Ardmore Lifeboat Station",
            "volunteers",
        ),
    ),
    (
        "en",
        'The pupils of St Brigid\'s National School chanted together: "Save our park!"',
        (_NO_ONE, "The pupils of St Brigid's National School", "pupils of St Brigid's National School", "pupils"),
    ),
    (
        "de",
        "Die Kameradinnen und Kameraden der Freiwilligen Feuerwehr Lindenau riefen: „Wasser marsch!“",
        (
            _NO_ONE,
            "Die Kameradinnen und Kameraden der Freiwilligen Feuerwehr Lindenau",
            "Kameradinnen und Kameraden der Freiwilligen Feuerwehr Lindenau",
            "Kameradinnen und Kameraden",
        ),
    ),
    (
        "de",
        "Die Schülerinnen und Schüler des Gymnasiums am Wall skandierten: „Wir sind laut!“",
        (
            _NO_ONE,
            "Die Schülerinnen und Schüler des Gymnasiums am Wall",
            "Schülerinnen und Schüler des Gymnasiums am Wall",
            "Schülerinnen und Schüler",
        ),
    ),
    (
        "fr",
        "Les bénévoles de la Croix-Rouge de Namur ont crié en chœur : « Merci ! »",
        (_NO_ONE, "Les bénévoles de la Croix-Rouge de Namur", "bénévoles de la Croix-Rouge de Namur", "bénévoles"),
    ),
    (
        "fr",
        "Les supporters du Stade lavallois ont scandé : « On est chez nous ! »",
        (_NO_ONE, "Les supporters du Stade lavallois", "supporters du Stade lavallois", "supporters"),
    ),
    (
        "es",
        "Los vecinos del barrio San Cayetano corearon: «¡Agua sí, basura no!»",
        (_NO_ONE, "Los vecinos del barrio San Cayetano", "vecinos del barrio San Cayetano", "vecinos"),
    ),
    (
        "es",
        "Las alumnas del Colegio Santa Teresita gritaron: «¡Queremos clases!»",
        (_NO_ONE, "Las alumnas del Colegio Santa Teresita", "alumnas del Colegio Santa Teresita", "alumnas"),
    ),
    (
        "en",
        'Down at the wool shed the shearers shouted together: "One more pen!"',
        (_NO_ONE, "the shearers", "shearers"),
    ),
    # negatives: a person next to a body's short form, a person of a group's place
    ("en", 'Anna Pryce (SNP) said: "The ferry must run."', ("Anna Pryce",)),
    (
        "de",
        "Der Sprecher des Landesamts für Umwelt (LfU), Jens Kober, sagte: „Das Wasser ist sauber.“",
        ("Jens Kober",),
    ),
    ("es", "El director del Colegio Santa Teresita, Raúl Ibarra, dijo: «Habrá clases».", ("Raúl Ibarra",)),
    (
        "fr",
        "Marc Lenoir, président de l'Office national des forêts (ONF), a déclaré : « La forêt brûle. »",
        ("Marc Lenoir",),
    ),
    ("en", 'The Tarrant Valley Council and Mayor Joe Pratt agreed. "We will rebuild," Pratt said.', ("Joe Pratt",)),
]


# The cases this round's rules leave unmet (their index in ``HELD_OUT``), expected to fail: a case that comes to pass
# fails the run, so the count reported stays true.
LEFT: frozenset[int] = frozenset((14, 15))


@pytest.mark.parametrize(
    ("code", "text", "accepted"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="left by round 51")) if i in LEFT else case
        for i, case in enumerate(HELD_OUT)
    ],
)
def test_held_out_bodies_and_groups(code: str, text: str, accepted: tuple[str | None, ...]) -> None:
    said = _said_in(code, text)
    assert said and said[-1] in accepted
