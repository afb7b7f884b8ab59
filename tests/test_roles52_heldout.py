"""Round 52 (roles52)'s own held-out set: a description goes to the person of its class, and never falsely to the one
quoted before (issue 11).

Sentences of our own, in words and constructions none of the evaluation sets has, written before the first rule of
the round and not edited after: a description cue right after another person's quote whose words share no word and no
stem with what the article said of the person it stands for, only a class (the head of a local government, a
legislator, a member of an executive, a civil servant, a rank, a cleric, a traditional authority, a trade); the same
description when no one of its class was named (left as written, never the person quoted before, who was introduced by
another class); an indefinite description (no one); and negatives where the description fits the person quoted just
before. Each case is the answer a careful reader gives (a description left as written is compared without its
article). The test holds the count that passes as a floor (main at the round's start: see ``_FLOOR``'s comment), so
the set measures the round without making the suite red on cases left undone.
"""

from __future__ import annotations

from tests.test_cast_forms import _said_in

# (language, paragraphs, the speakers of its quotes in order)
HELD_OUT: list[tuple[str, tuple[str, ...], list[str | None]]] = [
    # --- English ---
    # the head of a local government in other words
    (
        "en",
        (
            "Reeve Marjorie Tollefson opened the township hall on Friday: “The grader is fixed at last.”",
            "Cattleman Boyd Ashworth drove in from the section road: “My calves were stuck for a week.”",
            "“Every road will be gravelled by June,” said the township's first citizen.",
        ),
        ["Marjorie Tollefson", "Boyd Ashworth", "Marjorie Tollefson"],
    ),
    # a legislator in other words
    (
        "en",
        (
            "Senator Kaveh Rostami toured the flooded mill: “Washington has heard this valley.”",
            "Della Fenwick, a millwright, showed him the turbines: “They sat under water for two days.”",
            "“The relief bill goes to a vote on Tuesday,” said the lawmaker from the valley.",
        ),
        ["Kaveh Rostami", "Della Fenwick", "Kaveh Rostami"],
    ),
    # a rank by its class
    (
        "en",
        (
            "The garrison commander, Brigadier Ifeanyi Okwuosa, met the farmers at the gate: “The range stays closed.”",
            "Yam farmer Chidi Eze has tilled the land beside the range since 1990: “My fields are behind that wire.”",
            "“Nobody crosses the wire while we fire,” the officer said.",
        ),
        ["Ifeanyi Okwuosa", "Chidi Eze", "Ifeanyi Okwuosa"],
    ),
    # a cleric by its class
    (
        "en",
        (
            "Archdeacon Hilary Pennock blessed the new lifeboat: “May it come home every time.”",
            "Deckhand Rory Gillan held the rope: “She handles like a dream.”",
            "“We pray for every crew on this coast,” said the clergywoman.",
        ),
        ["Hilary Pennock", "Rory Gillan", "Hilary Pennock"],
    ),
    # a traditional authority by its class
    (
        "en",
        (
            "Paramount Chief Sekou Kamara called the elders to the court barray: “The land belongs to the chiefdom.”",
            "Trader Mariatu Conteh sells rice at the junction: “Prices doubled since the rains.”",
            "“No one will sell our land without the elders,” said the traditional ruler.",
        ),
        ["Sekou Kamara", "Mariatu Conteh", "Sekou Kamara"],
    ),
    # no one of the class named: the description as written, never the farmer quoted before
    (
        "en",
        (
            "Sheep farmer Owain Pryce has grazed the hill for thirty years: “The fence came down in the storm.”",
            "“The council will pay for a new fence,” said the alderman.",
        ),
        ["Owain Pryce", "alderman"],
    ),
    # an indefinite description: no one
    (
        "en",
        (
            "Lucinda Hargreave, a baker, opened at five: “The flour lorry never came.”",
            "“The bypass has killed this street,” said a councillor who did not want to be named.",
        ),
        ["Lucinda Hargreave", None],
    ),
    # negative: the description fits the person quoted just before
    (
        "en",
        (
            "Trader Mariatu Conteh sells rice at the junction: “Prices doubled since the rains.”",
            "Paramount Chief Sekou Kamara called the elders: “The land belongs to the chiefdom.”",
            "“The elders will meet again on Friday,” the chief added.",
        ),
        ["Mariatu Conteh", "Sekou Kamara", "Sekou Kamara"],
    ),
    # --- German ---
    (
        "de",
        (
            "Gemeindeammann Beat Wyrsch eröffnete die Versammlung: „Die Brücke wird im Frühling ersetzt.“",
            "Der Schreiner Urs Gisler wohnt gleich daneben: „Seit dem Hochwasser fahren wir einen Umweg.“",
            "„Das Geld ist im Budget“, sagte der Gemeindepräsident.",
        ),
        ["Beat Wyrsch", "Urs Gisler", "Beat Wyrsch"],
    ),
    (
        "de",
        (
            "Regierungsrätin Andrea Kälin besuchte das Spital: „Der Kanton lässt das Tal nicht allein.“",
            "Nadja Betschart, Pflegerin auf der Station, sagte: „Wir sind zu wenige.“",
            "„Wir schicken ab Januar zwei Stellen mehr“, sagte die Magistratin.",
        ),
        ["Andrea Kälin", "Nadja Betschart", "Andrea Kälin"],
    ),
    (
        "de",
        (
            "Oberstleutnant Jörg Brandstätter führte die Pioniere an der Mur an: „Der Damm hält.“",
            "Gerlinde Pichler, Wirtin am Fluss, sagte: „Die Burschen arbeiten seit gestern Nacht.“",
            "„Wir bleiben, bis das Wasser sinkt“, sagte der Offizier.",
        ),
        ["Jörg Brandstätter", "Gerlinde Pichler", "Jörg Brandstätter"],
    ),
    (
        "de",
        (
            "Der Abgeordnete Malte Brüning sagte in Husum: „Ich nehme das mit in den Ausschuss.“",
            "Der Landwirt Hinrich Ohlsen zeigte ihm die Koppel: „Das Wasser steht seit Tagen.“",
            "„Der Bund muss hier helfen“, sagte der Volksvertreter aus Friesland.",
        ),
        ["Malte Brüning", "Hinrich Ohlsen", "Malte Brüning"],
    ),
    (
        "de",
        (
            "Die Bäckerin Ilse Vogelsang steht seit drei Uhr in der Backstube: „Das Mehl wird teurer.“",
            "„Wir senken die Gewerbesteuer nicht“, sagte der Amtsvorsteher.",
        ),
        ["Ilse Vogelsang", "Amtsvorsteher"],
    ),
    (
        "de",
        (
            "Der Fischer Knut Dahlke fährt seit vierzig Jahren hinaus: „Der Hering bleibt aus.“",
            "„Die Quote ist ein Skandal“, sagte eine Gemeinderätin, die ungenannt bleiben wollte.",
        ),
        ["Knut Dahlke", None],
    ),
    (
        "de",
        (
            "Der Schreiner Urs Gisler wohnt gleich daneben: „Seit dem Hochwasser fahren wir einen Umweg.“",
            "Gemeindeammann Beat Wyrsch eröffnete die Versammlung: „Die Brücke wird im Frühling ersetzt.“",
            "„Wir bauen sie breiter“, fügte der Gemeindeammann hinzu.",
        ),
        ["Urs Gisler", "Beat Wyrsch", "Beat Wyrsch"],
    ),
    # --- French ---
    (
        "fr",
        (
            "Le bourgmestre de Malmedy, Thierry Lejeune, a reçu les riverains : « La route sera rouverte lundi. »",
            "L'agriculteur Luc Dethier exploite une ferme au bord de la Warche : « Mes prés sont sous l'eau. »",
            "« La commune paiera le curage », a promis le premier magistrat.",
        ),
        ["Thierry Lejeune", "Luc Dethier", "Thierry Lejeune"],
    ),
    (
        "fr",
        (
            "Le sous-préfet de Korhogo, Adama Koné, a présidé la réunion : « L'État financera les puits. »",
            "La maraîchère Salimata Ouattara cultive des oignons près du barrage : « Mes planches sont sèches. »",
            "« Les travaux commencent en janvier », a assuré le représentant de l'administration.",
        ),
        ["Adama Koné", "Salimata Ouattara", "Adama Koné"],
    ),
    (
        "fr",
        (
            "Le lieutenant-colonel Hervé Ngassa, qui commande le détachement du génie, a déclaré : "
            "« Le pont sera posé demain. »",
            "Le boulanger Patrice Ondoa a suivi les travaux : « Mes livraisons passent par la piste. »",
            "« Mes hommes travaillent jour et nuit », a souligné le militaire.",
        ),
        ["Hervé Ngassa", "Patrice Ondoa", "Hervé Ngassa"],
    ),
    (
        "fr",
        (
            "La députée Noëlle Rakotobe a visité le port : « Je porterai ce dossier à l'Assemblée. »",
            "Le docker Fidèle Randria charge les sacs depuis vingt ans : « Le quai s'effondre. »",
            "« Le budget sera voté avant Noël », a dit la parlementaire.",
        ),
        ["Noëlle Rakotobe", "Fidèle Randria", "Noëlle Rakotobe"],
    ),
    (
        "fr",
        (
            "Le pêcheur Yvon Le Goff sort en mer depuis l'âge de quinze ans : « Le bar a disparu. »",
            "« La réglementation sera revue au printemps », a déclaré le préfet maritime.",
        ),
        ["Yvon Le Goff", "préfet maritime"],
    ),
    (
        "fr",
        (
            "La fleuriste Odile Marchand ouvre à sept heures : « Les clients ne viennent plus. »",
            "« Ce chantier ruine le centre », a lâché une élue de l'opposition qui a requis l'anonymat.",
        ),
        ["Odile Marchand", None],
    ),
    (
        "fr",
        (
            "Le docker Fidèle Randria charge les sacs depuis vingt ans : « Le quai s'effondre. »",
            "La députée Noëlle Rakotobe a visité le port : « Je porterai ce dossier à l'Assemblée. »",
            "« J'en parlerai au ministre », a ajouté la députée.",
        ),
        ["Fidèle Randria", "Noëlle Rakotobe", "Noëlle Rakotobe"],
    ),
    # --- Spanish ---
    (
        "es",
        (
            "El jefe comunal de Tafí del Valle, Rogelio Quiroga, recorrió el río: «Vamos a reforzar la defensa».",
            "El tambero Anselmo Ruiz ordeña desde los once años: «Perdí diez vacas».",
            "«La comuna pondrá las máquinas», prometió el primer mandatario local.",
        ),
        ["Rogelio Quiroga", "Anselmo Ruiz", "Rogelio Quiroga"],
    ),
    (
        "es",
        (
            "La diputada Ximena Paredes llegó al mercado de Sucre: «Llevaré el reclamo a la Asamblea».",
            "La vendedora Eulogia Mamani atiende su puesto de papas: «Nadie compra con este frío».",
            "«La ley de mercados saldrá este año», dijo la legisladora.",
        ),
        ["Ximena Paredes", "Eulogia Mamani", "Ximena Paredes"],
    ),
    (
        "es",
        (
            "El capitán de corbeta Julián Otero dirige la capitanía del puerto: «Nadie sale con este oleaje».",
            "El pescador Ramiro Lemos repara su red en la playa: «Tres días sin salir».",
            "«La prohibición sigue hasta el lunes», insistió el marino.",
        ),
        ["Julián Otero", "Ramiro Lemos", "Julián Otero"],
    ),
    (
        "es",
        (
            "El gobernador de Jujuy, Teodoro Mamaní, visitó la quebrada: «La provincia reconstruirá los puentes».",
            "El arriero Cosme Vilte baja con sus llamas desde los cerros: «El alud se llevó el corral».",
            "«Los fondos ya están aprobados», aseguró el mandatario provincial.",
        ),
        ["Teodoro Mamaní", "Cosme Vilte", "Teodoro Mamaní"],
    ),
    (
        "es",
        (
            "El panadero Evaristo Lugo amasa desde las tres de la mañana: «La harina subió otra vez».",
            "«El municipio no subirá las tasas», afirmó el regidor.",
        ),
        ["Evaristo Lugo", "regidor"],
    ),
    (
        "es",
        (
            "La costurera Amparo Villalba cose uniformes en su casa: «Ya no alcanza».",
            "«Aquí nadie nos escucha», dijo una concejala que prefirió no dar su nombre.",
        ),
        ["Amparo Villalba", None],
    ),
    (
        "es",
        (
            "El pescador Ramiro Lemos repara su red en la playa: «Tres días sin salir».",
            "El capitán de corbeta Julián Otero dirige la capitanía del puerto: «Nadie sale con este oleaje».",
            "«Cuando calme, avisaremos por radio», añadió el capitán.",
        ),
        ["Ramiro Lemos", "Julián Otero", "Julián Otero"],
    ),
    # a description of two words whose second is an adjective is one description
    (
        "es",
        (
            "El jefe político del departamento, Lcdo. Ovidio Palma, llegó en lancha: «Traemos víveres».",
            "El pescador Ramiro Lemos repara su red en la playa: «Tres días sin salir».",
            "«Nadie se quedará sin comida», aseguró el jefe político.",
        ),
        ["Ovidio Palma", "Ramiro Lemos", "Ovidio Palma"],
    ),
    (
        "fr",
        (
            "Le chef coutumier du canton, Kwadjo Ayité, a réuni les anciens : « La terre est à tous. »",
            "Le planteur Kossi Adzoa a perdu sa récolte : « Tout a pourri sous la pluie. »",
            "« Nous partagerons les semences », a annoncé le chef coutumier.",
        ),
        ["Kwadjo Ayité", "Kossi Adzoa", "Kwadjo Ayité"],
    ),
]

# How many cases pass: 19 of 31 on main at the round's start (e1274eef); 28 of 31 on this branch.
_FLOOR = 28


def _same(got: str | None, want: str | None) -> bool:
    """A speaker as a careful reader names them; a description left as written compared without its article."""
    if got is None or want is None:
        return got is want
    return got == want or got.split(maxsplit=1)[-1] == want and got.split()[0].lower() in _ARTICLES


_ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "l'", "el"})


def passing_of(cases: list[tuple[str, tuple[str, ...], list[str | None]]]) -> int:
    """How many of a held-out set's cases the code on the path credits as a careful reader does."""
    return sum(
        all(_same(g, w) for g, w in zip(_said_in(code, *texts), want, strict=False))
        and len(_said_in(code, *texts)) == len(want)
        for code, texts, want in cases
    )


def passing() -> int:
    """How many cases of the held-out set the code on the path credits as a careful reader does."""
    return passing_of(HELD_OUT)


def test_held_out_floor() -> None:
    assert passing() >= _FLOOR
