"""Round 53 (roles53)'s own held-out set: a description goes to the person it describes by the evidence any article
gives — its grammatical gender, an office against a private person, its place and institution words — never falsely to
the one quoted before (issue 11).

Sentences of our own, in words and constructions none of the evaluation sets has, written before the first rule of
the round and not edited after: an office holder introduced by an appositive or a title, then a private person
introduced by a deed or a trade and quoted, then a description cue in other words (an office's class, a gender, a place
or an institution) that fits the office holder and not the private person; negatives where the description fits the
person quoted just before (a trade in other words), where it fits no one (left as written), and where two fit equally.
Each case is the answer a careful reader gives (a description left as written is compared without its article). The
test holds the count that passes as a floor (main at the round's start: see ``_FLOOR``'s comment), so the set measures
the round without making the suite red on cases left undone.
"""

from __future__ import annotations

from tests.test_roles52_heldout import passing_of

# (language, paragraphs, the speakers of its quotes in order)
HELD_OUT: list[tuple[str, tuple[str, ...], list[str | None]]] = [
    # --- English ---
    # gender: a woman's description after a man's quote
    (
        "en",
        (
            "Marisol Kettering, who represents the valley in the state senate, walked the flooded road: “The bridge "
            "money is coming.”",
            "Bert Lindqvist drives the school bus on that road. “I had to turn the kids around twice,” he said.",
            "“Nobody should wait a year for a bridge,” said the woman from the statehouse.",
        ),
        ["Marisol Kettering", "Bert Lindqvist", "Marisol Kettering"],
    ),
    # an office against a private person of the same gender
    (
        "en",
        (
            "The district commissioner, Tobias Mwale, whom the governor appointed last year, came to the market: “The "
            "drains will be dug this month.”",
            "Joseph Banda sells charcoal at the market gate. “The water comes into my stall every night,” he said.",
            "“The council has the money for it,” said the government man.",
        ),
        ["Tobias Mwale", "Joseph Banda", "Tobias Mwale"],
    ),
    # an office by its place
    (
        "en",
        (
            "The reeve of Dunmore township, Carl Hesketh, opened the new culvert: “The spring melt will not close this "
            "road again.”",
            "Lorne Biggs has hauled hay along the concession road for thirty years. "
            "“I lost two days of loads,” he said.",
            "“We asked the province for help twice,” said the Dunmore politician.",
        ),
        ["Carl Hesketh", "Lorne Biggs", "Carl Hesketh"],
    ),
    # a woman's office description after a man's quote
    (
        "en",
        (
            "Deputy Mayor Ines Calder met the residents at the pier: “Repairs begin on Monday.”",
            "Tom Brisket has run the bait shop on the pier since 1991. "
            "“Nobody buys bait when the pier is shut,” he said.",
            "“The town has set aside the money already,” said the lady from city hall.",
        ),
        ["Ines Calder", "Tom Brisket", "Ines Calder"],
    ),
    # negative: a trade in other words fits the person quoted just before
    (
        "en",
        (
            "Harbourmaster Colin Drury closed the slipway on Sunday: “The swell is too big for small boats.”",
            "Harry Quayle has fished out of the harbour for forty years. “The swell was wicked last night,” he said.",
            "“I have never seen the like of it,” said the old fisherman.",
        ),
        ["Colin Drury", "Harry Quayle", "Harry Quayle"],
    ),
    # no one of the office named: the description as written
    (
        "en",
        (
            "Mabel Thring keeps the tearoom on the quay. “We lost the awning in the gale,” she said.",
            "“The insurance will cover the awning,” said the officeholder.",
        ),
        ["Mabel Thring", "officeholder"],
    ),
    # negative: a woman's trade in other words after her own quote
    (
        "en",
        (
            "Councillor Ray Donnelly toured the flooded estate: “Every family will be rehoused by Christmas.”",
            "Edna Pascoe has baked bread on Fore Street since 1979. “The ovens were under water,” she said.",
            "“I will bake again on Saturday,” said the baker.",
        ),
        ["Ray Donnelly", "Edna Pascoe", "Edna Pascoe"],
    ),
    # --- German ---
    # gender: die Frau aus dem Amt after a man's quote
    (
        "de",
        (
            "Landrätin Gerlinde Mayrhofer besuchte am Dienstag die Baustelle am Damm: „Der Damm hält.“",
            "Korbinian Steiner führt seit vierzig Jahren das Sägewerk am Fluss. „Das Wasser stand einen Meter hoch im "
            "Keller“, sagte er.",
            "„Wir bezahlen die Pumpen für alle Betriebe“, sagte die Frau aus dem Landratsamt.",
        ),
        ["Gerlinde Mayrhofer", "Korbinian Steiner", "Gerlinde Mayrhofer"],
    ),
    # an office against a private person of the same gender
    (
        "de",
        (
            "Der Ortsvorsteher von Unterau, Bernd Kaltenbach, rief die Bürger in die Turnhalle: „Wir lassen niemanden "
            "allein.“",
            "Ewald Rieger mäht seit zwanzig Jahren die Wiesen am Fluss. „Das Heu ist verloren“, sagte er.",
            "„Die Gemeinde zahlt die Entschädigung noch im Winter“, meinte der Kommunalpolitiker.",
        ),
        ["Bernd Kaltenbach", "Ewald Rieger", "Bernd Kaltenbach"],
    ),
    # an office against a private person, both women
    (
        "de",
        (
            "Die Bundestagsabgeordnete Sabine Wendt kam am Freitag auf den Wochenmarkt: „Berlin muss hier helfen.“",
            "Mathilde Korn verkauft seit dreißig Jahren Eier auf dem Markt. „Die Kunden bleiben weg“, sagte sie.",
            "„Ich bringe das im Ausschuss zur Sprache“, versicherte die Mandatsträgerin.",
        ),
        ["Sabine Wendt", "Mathilde Korn", "Sabine Wendt"],
    ),
    # gender: der Mann aus dem Rathaus after a woman's quote
    (
        "de",
        (
            "Bürgermeister Anton Reisinger stand am Morgen an der gesperrten Brücke: „Die Prüfung dauert zwei Wochen.“",
            "Hermine Lechner betreibt den Kiosk am Bahnhof. „Seit Montag kommt kein Mensch mehr vorbei“, sagte sie.",
            "„Eine Behelfsbrücke ist schon bestellt“, sagte der Mann aus dem Rathaus.",
        ),
        ["Anton Reisinger", "Hermine Lechner", "Anton Reisinger"],
    ),
    # an office by its place
    (
        "de",
        (
            "Der Landtagsabgeordnete Rupert Hainz aus Kufstein besuchte die Talstation: „Das Land hilft.“",
            "Sepp Gruber vermietet seit vierzig Jahren Skier an der Talstation. „Mir fehlen die Gäste“, sagte er.",
            "„Die Förderung kommt noch vor Weihnachten“, meinte der Politiker aus Kufstein.",
        ),
        ["Rupert Hainz", "Sepp Gruber", "Rupert Hainz"],
    ),
    # a deputy in other words, by gender and place
    (
        "de",
        (
            "Die Vizebürgermeisterin von Wels, Karin Pötzl, hat die Räumung der Straße angeordnet: „Sicherheit geht "
            "vor.“",
            "Franz Eder fährt seit 1995 den Schneepflug in der Siedlung. "
            "„Ich war die ganze Nacht unterwegs“, sagte er.",
            "„Wir danken allen Fahrern“, sagte die Stellvertreterin aus Wels.",
        ),
        ["Karin Pötzl", "Franz Eder", "Karin Pötzl"],
    ),
    # negative: a trade in other words fits the person quoted just before
    (
        "de",
        (
            "Der Bürgermeister Klaus Brenner eröffnete den Markt: „Das Dorf lebt wieder.“",
            "Heinrich Vollmer backt seit 1990 Brot in der Altstadt. „Der Ofen ist endlich trocken“, sagte er.",
            "„Morgen gibt es wieder Brezeln“, sagte der alte Bäcker.",
        ),
        ["Klaus Brenner", "Heinrich Vollmer", "Heinrich Vollmer"],
    ),
    # no one of the office named: the description as written
    (
        "de",
        (
            "Gisela Brandl führt die Pension am See. „Die Gäste haben alle abgesagt“, sagte sie.",
            "„Der Schaden wird geprüft“, sagte der Amtsträger.",
        ),
        ["Gisela Brandl", "Amtsträger"],
    ),
    # --- French ---
    # gender: l'élue after a man's quote
    (
        "fr",
        (
            "La conseillère départementale Isabelle Quéré a visité la digue lundi : « Elle sera renforcée. »",
            "Yann Le Dantec répare des filets sur le port depuis trente ans. « La mer est montée jusqu'au hangar », "
            "a-t-il dit.",
            "« Le département paiera les travaux », a assuré l'élue cornouaillaise.",
        ),
        ["Isabelle Quéré", "Yann Le Dantec", "Isabelle Quéré"],
    ),
    # an office against a private person of the same gender
    (
        "fr",
        (
            "Le sous-préfet de Lannion, Hervé Magnier, est venu sur le marché : « L'État sera présent. »",
            "Loïc Tanguy vend des huîtres au marché depuis vingt ans. « Personne n'achète plus rien », a-t-il dit.",
            "« Une aide d'urgence sera versée », a répondu le représentant de l'État.",
        ),
        ["Hervé Magnier", "Loïc Tanguy", "Hervé Magnier"],
    ),
    # an office against a private person, both men
    (
        "fr",
        (
            "Le maire de Tiémélékro, Koffi Adou, a reçu les commerçants à la mairie : « Le marché sera couvert. »",
            "Yao Kouassi conduit un taxi-brousse entre le village et la ville. « La route est coupée », a-t-il dit.",
            "« Les travaux commencent en janvier », a souligné le responsable municipal.",
        ),
        ["Koffi Adou", "Yao Kouassi", "Koffi Adou"],
    ),
    # gender: la parlementaire after a man's quote
    (
        "fr",
        (
            "La députée Mireille Akakpo a visité le quartier inondé : « Nous ne vous oublions pas. »",
            "Komi Agbeko conduit un taxi-moto dans le quartier. « Je ne peux plus travailler », a-t-il dit.",
            "« Le gouvernement doit agir vite », a lancé la parlementaire.",
        ),
        ["Mireille Akakpo", "Komi Agbeko", "Mireille Akakpo"],
    ),
    # gender: la haute fonctionnaire after a man's quote
    (
        "fr",
        (
            "La préfète Sandrine Lemoal a réuni les transporteurs : « Les camions pourront passer jeudi. »",
            "Jean-Marc Rigaud transporte du bois depuis quinze ans. « Je perds mille euros par jour », a-t-il dit.",
            "« Une déviation sera balisée », a précisé la haute fonctionnaire.",
        ),
        ["Sandrine Lemoal", "Jean-Marc Rigaud", "Sandrine Lemoal"],
    ),
    # negative: a trade in other words fits the person quoted just before
    (
        "fr",
        (
            "Le maire Didier Perrot a inauguré la halle : « La commune a tenu parole. »",
            "Gérard Pelletier tient la boulangerie de la place depuis 1985. « Le four a tenu bon », a-t-il dit.",
            "« Les croissants sont de retour dimanche », a dit le boulanger.",
        ),
        ["Didier Perrot", "Gérard Pelletier", "Gérard Pelletier"],
    ),
    # no one of the office named: the description as written
    (
        "fr",
        (
            "Nadine Roux élève des chèvres sur le causse. « Le foin a pris l'eau », a-t-elle dit.",
            "« Un dossier de calamité agricole sera ouvert », a indiqué le fonctionnaire.",
        ),
        ["Nadine Roux", "fonctionnaire"],
    ),
    # --- Spanish ---
    # gender and office: la mandataria after a man's quote
    (
        "es",
        (
            "La alcaldesa de Villanueva, Rocío Barrientos, recorrió el cauce: “Vamos a limpiar el río antes de las "
            "lluvias.”",
            "Anselmo Tapia pastorea cabras en la sierra desde niño. “Perdí doce animales en la crecida”, dijo.",
            "“El municipio pagará cada animal perdido”, aseguró la mandataria villanovense.",
        ),
        ["Rocío Barrientos", "Anselmo Tapia", "Rocío Barrientos"],
    ),
    # an office against a private person, both men
    (
        "es",
        (
            "El diputado provincial Héctor Salvatierra visitó la terminal: “La ruta se asfalta este año.”",
            "Ramón Quiroga maneja un remís entre la terminal y el hospital. “Con el barro no entra nadie”, dijo.",
            "“El presupuesto ya está aprobado”, afirmó el legislador santiagueño.",
        ),
        ["Héctor Salvatierra", "Ramón Quiroga", "Héctor Salvatierra"],
    ),
    # gender: la funcionaria after a man's quote
    (
        "es",
        (
            "La gobernadora Elena Zubiría llegó al puerto en helicóptero: “No faltará agua potable.”",
            "Pancho Ortega vende empanadas en la costanera. “Hace una semana que no vendo nada”, dijo.",
            "“Mañana llegan dos camiones cisterna”, dijo la funcionaria.",
        ),
        ["Elena Zubiría", "Pancho Ortega", "Elena Zubiría"],
    ),
    # an office against a private person, gender
    (
        "es",
        (
            "El regidor de Obras, Mauricio Caamal, inspeccionó el mercado: “El techo se cambia completo.”",
            "Lupita Chan teje hamacas en el portal del mercado. “Se mojó toda mi mercancía”, dijo ella.",
            "“La obra empieza el lunes”, dijo el servidor público.",
        ),
        ["Mauricio Caamal", "Lupita Chan", "Mauricio Caamal"],
    ),
    # gender: el hombre del municipio after a woman's quote
    (
        "es",
        (
            "El intendente Raúl Ferreyra recorrió los barrios anegados: “Nadie se queda sin colchón.”",
            "Norma Benítez cocina para el comedor del barrio. “Servimos doscientos platos por día”, dijo ella.",
            "“Mandamos más alimentos mañana”, dijo el hombre del municipio.",
        ),
        ["Raúl Ferreyra", "Norma Benítez", "Raúl Ferreyra"],
    ),
    # negative: a trade in other words fits the person quoted just before
    (
        "es",
        (
            "El alcalde de Tecpan, Jacinto Lema, inauguró el muelle: “Es un día grande para el pueblo.”",
            "Teodoro Ibarra pesca en la laguna desde los doce años. “El agua nunca estuvo tan baja”, dijo.",
            "“Los peces se fueron al fondo”, dijo el viejo pescador.",
        ),
        ["Jacinto Lema", "Teodoro Ibarra", "Teodoro Ibarra"],
    ),
    # no one of the office named: the description as written
    (
        "es",
        (
            "Concepción Maldonado vende flores frente a la iglesia. “Nadie compra con esta lluvia”, dijo ella.",
            "“Habrá ayuda para los puestos”, dijo la concejala.",
        ),
        ["Concepción Maldonado", "concejala"],
    ),
    # negative: the description fits the person quoted just before by gender and office
    (
        "es",
        (
            "Julián Paredes vende café en la plaza. “El frío espanta a los clientes”, dijo.",
            "La jueza de paz, Amalia Roldán, visitó la plaza: “Todos los vecinos serán escuchados.”",
            "“La audiencia será el martes”, dijo la magistrada.",
        ),
        ["Julián Paredes", "Amalia Roldán", "Amalia Roldán"],
    ),
    # two office holders fit as well: the nearest named before
    (
        "en",
        (
            "Mayor Glen Harker and Councillor Ross Petrie walked the seawall together. “The wall held,” Harker said.",
            "Dora Finch runs the chip shop on the front. “The sea came through my door,” she said.",
            "“We will raise the wall a metre,” said the elected official.",
        ),
        ["Glen Harker", "Dora Finch", "Ross Petrie"],
    ),
    # --- the shape of the blind sets: a private person introduced by a deed, quoted bare, then by a trade, then an
    # office's description in other words ---
    (
        "en",
        (
            "The member for the coast in the state assembly, Fiona Gallacher, came down to the slipway on Monday: "
            "“The ramp will be rebuilt before summer.”",
            "Angus Mowbray has towed boats off that slipway for thirty-one years. He watched the ramp crack on Sunday. "
            "“The concrete just folded.” “We towed six boats out by hand,” said the tractor driver. "
            "“Nobody on this coast will lose a season,” added the woman from the assembly.",
        ),
        ["Fiona Gallacher", "Angus Mowbray", "Angus Mowbray", "Fiona Gallacher"],
    ),
    (
        "en",
        (
            "The shire president, Doug Ferrier, who was elected in March, visited the crossing: “The causeway is our "
            "priority.”",
            "Wally Hinds delivers fuel to the stations past the causeway. "
            "“The water is over the markers.” “I carry diesel for four stations,” said the tanker driver. "
            "“We have written to the minister again,” replied the shire's elected man.",
        ),
        ["Doug Ferrier", "Wally Hinds", "Wally Hinds", "Doug Ferrier"],
    ),
    (
        "de",
        (
            "Die Landesrätin für Verkehr, Annemarie Pfurtscheller, kam am Montag zur Haltestelle: „Der Ersatzbus fährt "
            "ab Mittwoch.“",
            "Rosa Eberharter putzt seit neunzehn Jahren die Waggons im Bahnhof Jenbach. "
            "„Die Leute sind geduldig.“ „Ohne Zug kommen die Schüler zu spät“, sagte die Putzfrau. "
            "„Wir zahlen den Schülern die Taxis“, meinte die Regierungspolitikerin aus Innsbruck.",
        ),
        ["Annemarie Pfurtscheller", "Rosa Eberharter", "Rosa Eberharter", "Annemarie Pfurtscheller"],
    ),
    (
        "de",
        (
            "Der Amtsvorsteher von Kirchdorf, Reinhold Gattermann, ließ die Straße sperren: „Der Hang rutscht noch.“",
            "Jakob Auer fährt seit 1998 die Milch von den Höfen ins Tal. "
            "„Die Milch wird sauer.“ „Ich schütte jeden Tag tausend Liter weg“, sagte der Milchfahrer. "
            "„Die Umleitung über den Pass ist ab Freitag frei“, sagte der Mann von der Gemeinde.",
        ),
        ["Reinhold Gattermann", "Jakob Auer", "Jakob Auer", "Reinhold Gattermann"],
    ),
    (
        "fr",
        (
            "La conseillère régionale Odile Fourcade est venue au quai lundi : « Le bac sera réparé en priorité. »",
            "Bastien Carrère fait traverser les voitures sur le bac depuis vingt-deux ans. Il attend les pièces. "
            "« Le moteur a lâché au milieu du fleuve. » « On a dérivé jusqu'à l'île », a dit le passeur. "
            "« La région a débloqué l'argent ce matin », a affirmé l'élue girondine.",
        ),
        ["Odile Fourcade", "Bastien Carrère", "Bastien Carrère", "Odile Fourcade"],
    ),
    (
        "fr",
        (
            "Le chef de canton de Tibiri, Souley Garba, a reçu les familles : « Chacun aura sa part. »",
            "Haoua Issa vend du lait caillé au marché depuis l'enfance. Elle a perdu ses calebasses. "
            "« Tout est parti avec l'eau. » « Je recommence à zéro », a dit la vendeuse. "
            "« Les vivres arriveront jeudi », a répondu le notable.",
        ),
        ["Souley Garba", "Haoua Issa", "Haoua Issa", "Souley Garba"],
    ),
    (
        "es",
        (
            "La síndica municipal de Tilarán, Marcela Quesada, revisó el puente colgante: “Lo cerramos por seguridad.”",
            "Rigoberto Solís lleva leche en su moto de finca en finca desde hace once años. "
            "“Son dos horas más por día.” “La leche se me calienta en el camino”, dijo el lechero. "
            "“El puente nuevo ya tiene presupuesto”, aseguró la representante del cantón.",
        ),
        ["Marcela Quesada", "Rigoberto Solís", "Rigoberto Solís", "Marcela Quesada"],
    ),
    (
        "es",
        (
            "El comisario ejidal de San Isidro, Fermín Tzuc, reunió a los productores: "
            "“El pozo se repara esta semana.”",
            "Rosaura Pech siembra chile habanero en dos hectáreas junto al pozo. "
            "“Las matas se secaron en tres días.” “Sin agua no hay chile”, dijo la campesina. "
            "“Ya pedimos la bomba nueva”, dijo el representante del ejido.",
        ),
        ["Fermín Tzuc", "Rosaura Pech", "Rosaura Pech", "Fermín Tzuc"],
    ),
]

# How many cases pass: 22 of 39 on main at the round's start (4c00ca99); 27 of 39 on this branch.
_FLOOR = 27


def passing() -> int:
    """How many cases of the held-out set the code on the path credits as a careful reader does."""
    return passing_of(HELD_OUT)


def test_held_out_floor() -> None:
    assert passing() >= _FLOOR
