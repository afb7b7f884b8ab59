"""Round 54 (bodies54)'s own held-out set: sentences written before any rule of the round, in words, bodies, units,
names and places no evaluation set has, each with the speaker a careful reader gives (several where SPEC accepts a
body with its unit, a group's phrase or no one). Kinds: a body with a sub-unit set off by commas before its verb (a
unit headed by an adjective and an authority's compound, a unit that is itself a named agency, a unit whose first word
is also a given name, a company of one word before its unit), a body's whole name (a list of remits with commas, an
association and its chapter, a union's long name, a short form in brackets), a plural noun of people and the
organisation it is of, and negatives: a person or a place set off by commas after a body, bodies in a list. Cases are
not edited after the first rule; ``LEFT`` counts how many fail, reported in ``docs/attribution.md``."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in

_NO_ONE = None

HELD_OUT: list[tuple[str, str, tuple[str | None, ...]]] = [
    # a body, then a sub-unit of it set off by commas, then the verb: the body speaks (or the body with its unit)
    (
        "de",
        "Die Bezirksregierung Arnsberg, Obere Wasserbehörde, teilt in einem Schreiben mit: „Die Entnahme aus der Lenne "
        "ist ab sofort verboten.“",
        ("Bezirksregierung Arnsberg", "Bezirksregierung Arnsberg, Obere Wasserbehörde"),
    ),
    (
        "de",
        "Der Landesbetrieb Forst Brandenburg, Oberförsterei Eberswalde, schreibt in seiner Waldbrandwarnung: „Das "
        "Rauchen im Wald ist untersagt.“",
        ("Landesbetrieb Forst Brandenburg", "Landesbetrieb Forst Brandenburg, Oberförsterei Eberswalde"),
    ),
    (
        "de",
        "Das Hauptzollamt Singen, Kontrolleinheit Verkehrswege, warnt in seiner Pressemitteilung: „Wer Zigaretten "
        "schmuggelt, zahlt doppelt.“",
        ("Hauptzollamt Singen", "Hauptzollamt Singen, Kontrolleinheit Verkehrswege"),
    ),
    (
        "de",
        "Die Polizeidirektion Görlitz, Autobahnpolizeirevier Bautzen, meldet in ihrem Lagebericht: „Die A4 ist "
        "wieder frei.“",
        ("Polizeidirektion Görlitz", "Polizeidirektion Görlitz, Autobahnpolizeirevier Bautzen"),
    ),
    (
        "de",
        "Das Landratsamt Sächsische Schweiz-Osterzgebirge, Untere Denkmalschutzbehörde, hält in seinem Bescheid fest: "
        "„Das Fachwerk muss erhalten bleiben.“",
        (
            "Landratsamt Sächsische Schweiz-Osterzgebirge",
            "Landratsamt Sächsische Schweiz-Osterzgebirge, Untere Denkmalschutzbehörde",
        ),
    ),
    (
        "en",
        "The Ministry of Works and Transport, Roads Authority Oshakati, says in its notice: “The gravel road to "
        "Okahao stays closed until Friday.”",
        ("Ministry of Works and Transport", "Ministry of Works and Transport, Roads Authority Oshakati"),
    ),
    (
        "en",
        "The Northern Territory Government, Parks and Wildlife Commission, warns in its alert: “Crocodiles have been "
        "seen at the boat ramp.”",
        ("Northern Territory Government", "Northern Territory Government, Parks and Wildlife Commission"),
    ),
    (
        "en",
        "The Bermuda Police Service, Marine Unit, said in its bulletin: “Boaters must keep clear of the channel "
        "tonight.”",
        ("Bermuda Police Service", "Bermuda Police Service, Marine Unit"),
    ),
    (
        "en",
        "The Falkland Islands Government, Fisheries Department, states in its licence notice: “No squid may be landed "
        "after 30 April.”",
        ("Falkland Islands Government", "Falkland Islands Government, Fisheries Department"),
    ),
    (
        "en",
        "The Samoa Ports Authority, Apia Harbour Control, advises in its notice to mariners: “The wharf is closed to "
        "tankers.”",
        ("Samoa Ports Authority", "Samoa Ports Authority, Apia Harbour Control"),
    ),
    (
        "fr",
        "La Préfecture de la Guadeloupe, Direction de la mer, précise dans son arrêté : « La pêche aux oursins est "
        "interdite jusqu'en mars. »",
        ("Préfecture de la Guadeloupe", "Préfecture de la Guadeloupe, Direction de la mer"),
    ),
    (
        "fr",
        "Le Conseil régional de La Réunion, antenne Sud, rappelle dans son communiqué : « Les cars scolaires ne "
        "circulent pas lundi. »",
        ("Conseil régional de La Réunion", "Conseil régional de La Réunion, antenne Sud"),
    ),
    (
        "fr",
        "Hydro-Québec, Division TransÉnergie, indique dans son avis : « La ligne sera coupée pendant six heures. »",
        ("Hydro-Québec", "Hydro-Québec, Division TransÉnergie"),
    ),
    (
        "fr",
        "La Communauté de communes du Haut-Jura, Régie des déchets, annonce dans sa lettre : « La collecte du jeudi "
        "est avancée au mercredi. »",
        ("Communauté de communes du Haut-Jura", "Communauté de communes du Haut-Jura, Régie des déchets"),
    ),
    (
        "es",
        "La Secretaría de Marina, Capitanía de Puerto de Progreso, establece en su aviso: “Ninguna embarcación menor "
        "puede salir hoy.”",
        ("Secretaría de Marina", "Secretaría de Marina, Capitanía de Puerto de Progreso"),
    ),
    (
        "es",
        "Aguas Andinas, Gerencia de Operaciones, informó en un comunicado: “El suministro volverá a las seis de la "
        "tarde.”",
        ("Aguas Andinas", "Aguas Andinas, Gerencia de Operaciones"),
    ),
    (
        "es",
        "El Servicio Nacional de Meteorología e Hidrología, Dirección Zonal Cusco, advierte en su aviso: “Las heladas "
        "llegarán a menos doce grados.”",
        (
            "Servicio Nacional de Meteorología e Hidrología",
            "Servicio Nacional de Meteorología e Hidrología, Dirección Zonal Cusco",
        ),
    ),
    (
        "es",
        "La Gobernación de Santander, Secretaría de Infraestructura, anunció en su boletín: “El puente de Capitanejo "
        "abre el lunes.”",
        ("Gobernación de Santander", "Gobernación de Santander, Secretaría de Infraestructura"),
    ),
    # a body's whole name: remits listed with commas, an association and its chapter, a union, letters in brackets
    (
        "fr",
        "La Chambre des métiers, de l'artisanat et des services de Mayotte a indiqué : « Les inscriptions ouvrent le "
        "2 mai. »",
        ("Chambre des métiers, de l'artisanat et des services de Mayotte",),
    ),
    (
        "en",
        "The Fiji Hotel and Tourism Association, Northern chapter, said in a statement: “Bookings in Savusavu are down "
        "by half.”",
        ("Fiji Hotel and Tourism Association", "Fiji Hotel and Tourism Association, Northern chapter"),
    ),
    (
        "en",
        "The Amalgamated Transport and General Workers' Union said in a statement: “Our drivers will not work unpaid.”",
        ("Amalgamated Transport and General Workers' Union",),
    ),
    (
        "es",
        "La Cámara de Comercio, Industria y Turismo de Santa Cruz (Cainco) advirtió en su informe: “Las ventas "
        "cayeron un tercio.”",
        (
            "Cámara de Comercio, Industria y Turismo de Santa Cruz",
            "Cainco",
            "Cámara de Comercio, Industria y Turismo de Santa Cruz (Cainco)",
        ),
    ),
    # a plural noun of people and the organisation it is of: the group, or no one; never the bare noun nor a cut name
    (
        "en",
        "Drummers of the Kalinda Youth Band marched in shouting: “Carnival is ours!”",
        (_NO_ONE, "Drummers of the Kalinda Youth Band", "Kalinda Youth Band"),
    ),
    (
        "en",
        "Girls of the St Catherine's Convent netball team chanted: “One more goal!”",
        (_NO_ONE, "Girls of the St Catherine's Convent netball team", "St Catherine's Convent netball team"),
    ),
    (
        "es",
        "Los estudiantes del CETIS 42 corearon frente al palacio: “¡Queremos aulas, no promesas!”",
        (_NO_ONE, "estudiantes del CETIS 42", "CETIS 42", "Los estudiantes del CETIS 42"),
    ),
    (
        "es",
        "Las bailarinas del Ballet Folklórico Raíces de Tlaxcala gritaron al final: “¡Viva Huamantla!”",
        (
            _NO_ONE,
            "bailarinas del Ballet Folklórico Raíces de Tlaxcala",
            "Las bailarinas del Ballet Folklórico Raíces de Tlaxcala",
            "Ballet Folklórico Raíces de Tlaxcala",
        ),
    ),
    (
        "fr",
        "Les garçons de l'AS Tempête de Mamoudzou ont crié en chœur : « Champions ! »",
        (
            _NO_ONE,
            "garçons de l'AS Tempête de Mamoudzou",
            "AS Tempête de Mamoudzou",
            "Les garçons de l'AS Tempête de Mamoudzou",
        ),
    ),
    (
        "de",
        "Die Trommler des Spielmannszugs Blau-Gold Sennestadt riefen: „Wir spielen weiter!“",
        (
            _NO_ONE,
            "Trommler des Spielmannszugs Blau-Gold Sennestadt",
            "Die Trommler des Spielmannszugs Blau-Gold Sennestadt",
            "Spielmannszug Blau-Gold Sennestadt",
            "Spielmannszugs Blau-Gold Sennestadt",
        ),
    ),
    (
        "de",
        "Die Mädchen der Klasse 7b des Gymnasiums Tostedt riefen im Chor: „Rettet die Turnhalle!“",
        (
            _NO_ONE,
            "Mädchen der Klasse 7b des Gymnasiums Tostedt",
            "Die Mädchen der Klasse 7b des Gymnasiums Tostedt",
            "Klasse 7b des Gymnasiums Tostedt",
        ),
    ),
    # negatives: a person set off after a body or its role speaks; a place set off leaves the body; bodies in a list
    (
        "de",
        "Die Pressesprecherin der Bezirksregierung Arnsberg, Hanna Körber, erklärte: „Die Lenne bleibt gesperrt.“",
        ("Hanna Körber",),
    ),
    (
        "en",
        "A spokesman for the Roads Authority, Petrus Haufiku, said: “The detour adds forty minutes.”",
        ("Petrus Haufiku",),
    ),
    (
        "es",
        "La portavoz de la Capitanía de Puerto, Yolanda Ek Canul, dijo: “El puerto abrirá mañana.”",
        ("Yolanda Ek Canul",),
    ),
    (
        "fr",
        "Le directeur de la Régie des eaux, Marc Tiavaru, a affirmé : « L'eau reste potable. »",
        ("Marc Tiavaru",),
    ),
    (
        "en",
        "Tui Foods, Palmerston North, said in a statement: “The recall covers two batches.”",
        ("Tui Foods",),
    ),
    (
        "es",
        "Pesquera Itata, Talcahuano, informó en un comunicado: “La planta retoma sus turnos el lunes.”",
        ("Pesquera Itata",),
    ),
    (
        "de",
        "Die Landeswasserversorgung, Langenau, teilt mit: „Das Wasser ist wieder einwandfrei.“",
        ("Landeswasserversorgung",),
    ),
    (
        "fr",
        "La préfecture, la mairie et les pompiers ont indiqué ensemble : « Le quartier est évacué. »",
        (_NO_ONE, "préfecture, la mairie et les pompiers", "La préfecture, la mairie et les pompiers"),
    ),
]


# The cases unmet (their index in ``HELD_OUT``), expected to fail: a case that comes to pass fails the run, so the
# count reported stays true (on main d1132f42: 18 of 37 pass; on bodies54: 33 of 37; left: a "Wer …" saying quoted
# after a customs unit is read as no quote of anyone's, two places set off after a company, a list of three bodies).
# (round 60, groups60: case 2, the "Wer …" saying after a customs unit, passes)
LEFT: frozenset[int] = frozenset({34, 35, 36})


@pytest.mark.parametrize(
    ("code", "text", "accepted"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="left by round 54")) if i in LEFT else case
        for i, case in enumerate(HELD_OUT)
    ],
)
def test_held_out_bodies_and_groups(code: str, text: str, accepted: tuple[str | None, ...]) -> None:
    said = _said_in(code, text)
    assert said and said[-1] in accepted
