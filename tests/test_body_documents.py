"""Bodies' whole names, their documents as a cue's subject, and a body's members opening a sentence (round 50,
bodies50): hand-written sentences in English, German, French and Spanish, in other words, names and places than any
evaluation set's, each rule with cases where it must not fire."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in


# One reader of a body's whole name (``cast.whole_body``), read by the cue's subject and by the cast: an elided
# compound is one word, a list of remits before its body's word or in its "of" part, a short form in brackets after
# it, a body's head noun from the lexicons' broad class, a body written in lower case from its head noun.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a compound whose shared end is elided ("Bau- und Verkehrsdirektion"), perhaps after a list of them
        (
            "de",
            ("Die Bau- und Verkehrsdirektion des Kantons Zug teilte mit: „Die Brücke bleibt zu.“",
             "Das Wirtschafts- und Arbeitsministerium des Landes Sachsen erklärte: „Die Förderung läuft weiter.“",
             "Die Kultur-, Sport- und Freizeitdirektion des Kantons Glarus schrieb: „Das Bad öffnet im Mai.“"),
            ["Bau- und Verkehrsdirektion des Kantons Zug", "Wirtschafts- und Arbeitsministerium des Landes Sachsen",
             "Kultur-, Sport- und Freizeitdirektion des Kantons Glarus"],
        ),
        # remits listed before the body's word, its short form after it: the cast reads the whole name too
        (
            "en",
            ("The Caribbean Meteorological, Hydrological and Seismic Services Agency (CMHSA) raised a storm warning "
             'on Monday. Its bulletin read: "Stay indoors."',
             "The Northern Fisheries, Harbours and Coastal Authority (NFHCA) closed the beds in May. Its notice read: "
             '"No dredging until June."'),
            ["Caribbean Meteorological, Hydrological and Seismic Services Agency",
             "Northern Fisheries, Harbours and Coastal Authority"],
        ),
        # head nouns of every language's public bodies
        (
            "es",
            ("La Superintendencia de Servicios Públicos, Agua y Energía (Sunass) advirtió: «El servicio se cortará».",),
            ["Superintendencia de Servicios Públicos, Agua y Energía"],
        ),
        (
            "fr",
            ("L'Autorité de régulation des transports et des communications électroniques a tranché : « Le tarif "
             "baisse. »",
             "L'Autorité environnementale a tranché : « L'étude d'impact est incomplète. »"),
            ["Autorité de régulation des transports et des communications électroniques", "Autorité environnementale"],
        ),
        (
            "de",
            ("Die Landesanstalt für Medien und Kommunikation Rheinland-Pfalz erklärte: „Die Lizenz wird verlängert.“",),
            ["Landesanstalt für Medien und Kommunikation Rheinland-Pfalz"],
        ),
        (
            "en",
            ('The Civil Aviation and Airports Directorate said: "The runway is closed."',),
            ["Civil Aviation and Airports Directorate"],
        ),
        # a French body's remit after a preposition (lexicon ``body_prepositions``), not a place a verb goes on to
        (
            "fr",
            ("La Délégation régionale à la recherche et à la technologie de Bretagne a indiqué : « Le projet est "
             "retenu. »",
             "« Le port est sûr », a dit la Compagnie des Îles à la presse."),
            ["Délégation régionale à la recherche et à la technologie de Bretagne", "Compagnie des Îles"],
        ),
        # a body written in lower case, read from its head noun after its article
        (
            "fr",
            ("Dans un courrier, la chambre des métiers et de l'artisanat Hauts-de-France prévient : « Les artisans "
             "souffrent. »",),
            ["chambre des métiers et de l'artisanat Hauts-de-France"],
        ),
        (
            "es",
            ("La cámara de comercio de Lima advirtió: «Las ventas caen».",),
            ["Cámara de comercio de Lima"],
        ),
        # (not a title and a place before a name, two bodies, a verb before a place, a fronted document of a person's)
        (
            "fr",
            ("Le maire d'Aubagne Gérard Gazay estime : « Le cours restera piéton. »",
             "Dans son rapport de synthèse, Anne Morel estime : « Le port est sûr. »"),
            ["Gérard Gazay", "Anne Morel"],
        ),
        (
            "en",
            ('The Tarrant Valley Council and Harbour Board said: "The road will open."',),
            ["Harbour Board"],
        ),
        (
            "es",
            ("La Secretaría de Salud visitó Los Ríos ayer. «Todo está en orden», dijo la Secretaría.",),
            ["Secretaría de Salud"],
        ),
    ],
)
def test_one_reader_reads_a_bodys_whole_name(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


# A body's document opening the sentence as the cue's subject, perhaps with a participle or a relative clause set off
# between them: the owner speaks.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            ('Ofwat\'s latest assessment, published on Thursday, says: "Bills will fall in April."',
             'The Met Éireann status orange warning, issued at 6am, reads: "Gusts of 110 km/h are likely."'),
            ["Ofwat", "Met Éireann"],
        ),
        (
            "fr",
            ("Le rapport de la Direction régionale des douanes, publié mardi, conclut : « Les saisies ont doublé. »",
             "L'avis de l'Autorité environnementale, rendu en octobre, conclut : « L'étude d'impact est "
             "incomplète. »"),
            ["Direction régionale des douanes", "Autorité environnementale"],
        ),
        (
            "es",
            ("El informe de la Confederación Hidrográfica del Ebro, remitido al ayuntamiento, advierte: «El cauce está "
             "colmatado».",
             "El dictamen de la Contraloría Regional de Arequipa, publicado el lunes, concluye: «Hubo sobrecostos»."),
            ["Confederación Hidrográfica del Ebro", "Contraloría Regional de Arequipa"],
        ),
        (
            "de",
            ("Der Prüfbericht des Landesamts für Umwelt, den der Bürgermeister verlas, hält fest: „Das Wasser ist "
             "sauber.“",
             "Das Gutachten des Bundesamts für Naturschutz, das dem Gericht vorliegt, stellt fest: „Die Wiese ist ein "
             "Biotop.“"),
            ["Landesamt für Umwelt", "Bundesamt für Naturschutz"],
        ),
        # (no owner named, the aside's subject, a person's document: as before)
        (
            "en",
            ('In the report, published on Monday, Tom Reed said: "The quay needs repair."',
             'Anna Berg spoke first. Her report, published on Monday, says: "The lock needs repair."'),
            ["Tom Reed", "Anna Berg"],
        ),
        (
            "fr",
            ("Anne Morel a lu le rapport. Le rapport, publié lundi, conclut : « Le port est sûr. »",),
            ["rapport"],
        ),
    ],
)
def test_a_bodys_document_as_the_subject_is_the_bodys(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


# A body's members opening a sentence ("Members of the …") are no name: never its first word.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Members of the Leith Rowing Club, in blue vests, chanted from the gallery: "Save the boathouse!"', [None]),
        ('Members of the Kirkby Male Voice Choir sang from the balcony: "Leave our hall alone!"', [None]),
        ('Members of the Tyne Lifeboat crew sang: "We will not sink!"', [None]),
        # (a surname that is such a word, after a given name, stays a name)
        ('Tom Fans, the club\'s treasurer, said: "We are broke."', ["Tom Fans"]),
    ],
)
def test_a_bodys_members_opening_a_sentence_are_no_name(text: str, want: list[str | None]) -> None:
    assert _said_in("en", text) == want
