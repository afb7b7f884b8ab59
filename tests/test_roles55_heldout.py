"""Round 55 (roles55)'s own held-out set: a description goes to the person it describes by what the article says each
person does and is — an office in an older or a regional word, an agent noun of what the introduction says someone
does, a former profession, a body's initials, a spokesperson's or a traditional authority's word (issue 11).

Sentences of our own, in words and constructions none of the evaluation sets has, written before the first rule of
the round and not edited after: an office holder and a private person introduced, each quoted, then a description cue
in other words than the introduction's; negatives where the description fits the person quoted just before. Each case
is the answer a careful reader gives (a description left as written is compared without its article). The test holds
the count that passes as a floor (main at the round's start: see ``_FLOOR``'s comment), so the set measures the round
without making the suite red on cases left undone.
"""

from __future__ import annotations

from tests.test_roles52_heldout import passing_of

# (language, paragraphs, the speakers of its quotes in order)
HELD_OUT: list[tuple[str, tuple[str, ...], list[str | None]]] = [
    # --- English ---
    # a mayor by a regional word (Scots "provost")
    (
        "en",
        (
            "The mayor of Kirkbride, Duncan Ferrier, toured the flooded streets on Sunday: “The pumps are on their way "
            "from Perth.”",
            "Alasdair Munro repairs boats at the slipway. “The water came over the wall at midnight,” he said.",
            "“We will rebuild the sea wall higher,” said the provost.",
        ),
        ["Duncan Ferrier", "Alasdair Munro", "Duncan Ferrier"],
    ),
    # a spokesperson in other words
    (
        "en",
        (
            "The spokeswoman for the coastguard, Helen Achebe, confirmed the search: “Two lifeboats are out.”",
            "Maureen Kelly runs the guesthouse above the bay. “I saw the flares from my window,” she said.",
            "“The crew was found alive,” said the press officer.",
        ),
        ["Helen Achebe", "Maureen Kelly", "Helen Achebe"],
    ),
    # a former profession told by a verb phrase
    (
        "en",
        (
            "Councillor Jean Whitby, who taught chemistry at the grammar school for thirty years before her election, "
            "chaired the meeting: “The library stays open.”",
            "Brenda Hale sells flowers outside the station. “Nobody buys roses in the rain,” she said.",
            "“The roof will be mended before spring,” said the former schoolteacher.",
        ),
        ["Jean Whitby", "Brenda Hale", "Jean Whitby"],
    ),
    # a body's initials after its words
    (
        "en",
        (
            "The chairman of the Regional Flood Committee, Martin Oduya, opened the sluices: “The river is falling.”",
            "Peter Wanjala fishes from a canoe below the bridge. “My nets are gone,” he said.",
            "“The sluices stay open all week,” said the RFC chief.",
        ),
        ["Martin Oduya", "Peter Wanjala", "Martin Oduya"],
    ),
    # a traditional ruler in other words
    (
        "en",
        (
            "The paramount chief of Ekumfi, Nana Kwesi Amoah, poured libation at the shore: “The sea has forgiven us.”",
            "Kofi Mensah mends nets on the beach. “The storm took three boats,” he said.",
            "“Every family will get a new canoe,” said the traditional ruler.",
        ),
        ["Kwesi Amoah", "Kofi Mensah", "Kwesi Amoah"],
    ),
    # an agent noun of what the introduction says someone does
    (
        "en",
        (
            "County Commissioner Rita Dunmore visited the fair: “The grounds will be drained by Friday.”",
            "Hilda Varga carves wooden spoons at a stall by the gate. “I sold nothing all morning,” she said.",
            "Dunmore nodded. “The county will pay for the gravel,” the commissioner said.",
            "“The rain is worse every year,” said the carver.",
        ),
        ["Rita Dunmore", "Hilda Varga", "Rita Dunmore", "Hilda Varga"],
    ),
    # negative: the description fits the person quoted just before
    (
        "en",
        (
            "The mayor of Kirkbride, Duncan Ferrier, toured the flooded streets: “The pumps are on their way.”",
            "Alasdair Munro repairs boats at the slipway. “The water came over the wall,” he said.",
            "“I have never seen it so high,” said the boat repairer.",
        ),
        ["Duncan Ferrier", "Alasdair Munro", "Alasdair Munro"],
    ),
    # negative: a description of a class no one of the cast holds, after a private person's quote (as written)
    (
        "en",
        (
            "Alasdair Munro repairs boats at the slipway. “The water came over the wall,” he said.",
            "“The harbour must be dredged,” said the harbourmaster.",
        ),
        ["Alasdair Munro", "harbourmaster"],
    ),
    # --- German ---
    # a mayor by an older word
    (
        "de",
        (
            "Der Bürgermeister von Lindenau, Herbert Kainz, besichtigte am Montag die Schäden: „Die Brücke bleibt "
            "gesperrt.“",
            "Josef Gruber repariert Traktoren in seiner Werkstatt am Dorfrand. „Meine Halle stand einen Meter unter "
            "Wasser“, sagte er.",
            "„Wir bauen den Damm noch im Herbst“, entgegnete der Dorfschulze.",
        ),
        ["Herbert Kainz", "Josef Gruber", "Herbert Kainz"],
    ),
    # a district head in other words
    (
        "de",
        (
            "Die Regierungsstatthalterin des Verwaltungskreises Frutigen, Ursula Kämpf, sprach von einem Glücksfall: "
            "„Niemand wurde verletzt.“",
            "Vreni Zbinden führt den Dorfladen in Kandersteg. „Seit Tagen kommt kein Lastwagen“, sagte sie.",
            "„Die Strasse ist ab Freitag wieder offen“, sagte die Bezirkschefin.",
        ),
        ["Ursula Kämpf", "Vreni Zbinden", "Ursula Kämpf"],
    ),
    # a former profession told by a verb phrase
    (
        "de",
        (
            "Die Ortsvorsteherin Sabine Kolb, die vor ihrer Wahl zwanzig Jahre Mathematik an der Realschule "
            "unterrichtet hat, eröffnete die Sitzung: „Das Freibad bleibt offen.“",
            "Erna Lutz verkauft Eier auf dem Wochenmarkt. „Die Hühner legen kaum noch“, sagte sie.",
            "„Der Zaun wird im Frühjahr erneuert“, erwiderte die frühere Lehrerin.",
        ),
        ["Sabine Kolb", "Erna Lutz", "Sabine Kolb"],
    ),
    # a body's initials
    (
        "de",
        (
            "Der Vorsitzende der Kassenärztlichen Vereinigung, Dr. Matthias Reuter, warnte vor Engpässen: „Im Sommer "
            "fehlen zwanzig Praxen.“",
            "Günter Pohl betreibt eine Apotheke am Markt. „Mir fehlen die Medikamente“, sagte er.",
            "„Wir werben Ärzte aus den Städten an“, sagte der KV-Chef.",
        ),
        ["Matthias Reuter", "Günter Pohl", "Matthias Reuter"],
    ),
    # a spokesperson in other words
    (
        "de",
        (
            "Die Sprecherin der Bergwacht, Lena Huber, bestätigte den Einsatz: „Zwei Wanderer wurden geborgen.“",
            "Anni Rieder bewirtschaftet die Hütte am Gipfel. „Die beiden kamen völlig erschöpft an“, sagte sie.",
            "„Beide sind unverletzt“, sagte die Pressereferentin.",
        ),
        ["Lena Huber", "Anni Rieder", "Lena Huber"],
    ),
    # an agent noun of what the introduction says someone does
    (
        "de",
        (
            "Landrätin Monika Feist besuchte den Hafen. „Die Mole wird erneuert“, sagte sie.",
            "Gerda Lüth vermietet Ferienwohnungen am Deich. „Die Gäste bleiben aus“, sagte sie.",
            "„Das Geld kommt vom Land“, sagte die Landrätin.",
            "„Wir hoffen auf Ostern“, sagte die Vermieterin.",
        ),
        ["Monika Feist", "Gerda Lüth", "Monika Feist", "Gerda Lüth"],
    ),
    # negative: the agent noun after its own person's quote
    (
        "de",
        (
            "Der Bürgermeister von Lindenau, Herbert Kainz, besichtigte die Schäden: „Die Brücke bleibt gesperrt.“",
            "Josef Gruber repariert Traktoren in seiner Werkstatt. „Meine Halle stand unter Wasser“, sagte er.",
            "„Zwei Maschinen sind hin“, sagte der Mechaniker.",
        ),
        ["Herbert Kainz", "Josef Gruber", "Josef Gruber"],
    ),
    # negative: two office holders, the description the previous speaker's own
    (
        "de",
        (
            "Der Bürgermeister von Lindenau, Herbert Kainz, besichtigte die Schäden: „Die Brücke bleibt gesperrt.“",
            "Der Pfarrer der Gemeinde, Anton Wirth, öffnete das Pfarrheim: „Hier ist Platz für alle.“",
            "„Wir beten für die Familien“, sagte der Geistliche.",
        ),
        ["Herbert Kainz", "Anton Wirth", "Anton Wirth"],
    ),
    # --- French ---
    # a mayor by a regional word (Belgian "bourgmestre")
    (
        "fr",
        (
            "Le maire de Saint-Aubin, Gérard Lemoine, a visité la digue : « Les travaux commencent lundi. »",
            "Yves Le Goff répare des filets sur le port. « La mer est montée jusqu'à ma porte », a-t-il dit.",
            "« Personne ne sera oublié », a répliqué le bourgmestre.",
        ),
        ["Gérard Lemoine", "Yves Le Goff", "Gérard Lemoine"],
    ),
    # an agent noun of what the introduction says someone does
    (
        "fr",
        (
            "La préfète Anne Roussel a inspecté le pont : « La circulation reprendra vendredi. »",
            "Odile Perrin tisse des tapis dans son atelier du bourg. « Mes clientes ne viennent plus », a-t-elle dit.",
            "« L'État paiera les réparations », a déclaré la préfète.",
            "« Je rouvrirai quand même samedi », a dit la tisserande.",
        ),
        ["Anne Roussel", "Odile Perrin", "Anne Roussel", "Odile Perrin"],
    ),
    # a former profession told by a verb phrase
    (
        "fr",
        (
            "La sénatrice Claire Aubry, qui a enseigné le latin pendant trente ans au lycée de la ville, a ouvert la "
            "réunion : « Le collège restera ouvert. »",
            "Martine Lebrun tient la boulangerie de la place. « Je n'ai plus de farine », a-t-elle dit.",
            "« Le ministère a promis des crédits », a rétorqué l'ancienne professeure.",
        ),
        ["Claire Aubry", "Martine Lebrun", "Claire Aubry"],
    ),
    # a spokesperson in other words
    (
        "fr",
        (
            "Le porte-parole de la préfecture, Luc Mercier, a confirmé l'évacuation : « Trois cents personnes sont "
            "parties. »",
            "Paul Quéré élève des moutons sur la lande. « Mes bêtes sont restées dehors », a-t-il dit.",
            "« Les gymnases sont ouverts », a ajouté le chargé de communication.",
        ),
        ["Luc Mercier", "Paul Quéré", "Luc Mercier"],
    ),
    # a traditional authority in other words
    (
        "fr",
        (
            "Le chef de canton de Dosso, Issoufou Garba, a reçu les sinistrés : « Chaque famille aura du mil. »",
            "Moussa Diallo cultive des oignons au bord du fleuve. « Mon champ est sous l'eau », a-t-il dit.",
            "« Nous reconstruirons les greniers », a assuré l'autorité coutumière.",
        ),
        ["Issoufou Garba", "Moussa Diallo", "Issoufou Garba"],
    ),
    # a body's initials
    (
        "fr",
        (
            "Le directeur général des services de la mairie, Bruno Caradec, a fait le point : « Les écoles rouvrent "
            "jeudi. »",
            "Hervé Tanguy conduit le car scolaire. « Les routes sont encore boueuses », a-t-il dit.",
            "« Un nettoyage est prévu mercredi », a précisé le DGS.",
        ),
        ["Bruno Caradec", "Hervé Tanguy", "Bruno Caradec"],
    ),
    # negative: the agent noun after its own person's quote
    (
        "fr",
        (
            "La préfète Anne Roussel a inspecté le pont : « La circulation reprendra vendredi. »",
            "Odile Perrin tisse des tapis dans son atelier. « Mes clientes ne viennent plus », a-t-elle dit.",
            "« J'ai perdu trois tapis dans l'eau », a ajouté la tisserande.",
        ),
        ["Anne Roussel", "Odile Perrin", "Odile Perrin"],
    ),
    # negative: a former profession the previous speaker holds
    (
        "fr",
        (
            "Le maire de Saint-Aubin, Gérard Lemoine, a visité la digue : « Les travaux commencent lundi. »",
            "Jean Morvan, ancien marin-pêcheur, répare des casiers sur le quai. « J'ai connu pire », a-t-il dit.",
            "« La mer finit toujours par gagner », a ajouté l'ancien marin.",
        ),
        ["Gérard Lemoine", "Jean Morvan", "Jean Morvan"],
    ),
    # --- Spanish ---
    # a mayor by a regional word (Argentina's "jefe comunal")
    (
        "es",
        (
            "El presidente comunal de San Rafael, Ernesto Quiroga, recorrió los barrios anegados: «Las bombas llegan "
            "mañana.»",
            "Chepe Morales arregla bicicletas frente a la plaza. «El agua me llegó a la rodilla», dijo.",
            "«Vamos a limpiar los desagües», replicó el jefe comunal.",
        ),
        ["Ernesto Quiroga", "Chepe Morales", "Ernesto Quiroga"],
    ),
    # a mayor by another word ("intendente")
    (
        "es",
        (
            "El alcalde de Piriápolis, Daniel Ferreira, visitó la rambla: «Vamos a reforzar el muro.»",
            "Julio Acosta vende churros en la playa. «No vino nadie en todo el fin de semana», dijo.",
            "«El muro estará listo en marzo», contestó el intendente.",
        ),
        ["Daniel Ferreira", "Julio Acosta", "Daniel Ferreira"],
    ),
    # an agent noun of what the introduction says someone does
    (
        "es",
        (
            "La gobernadora Patricia Villca llegó al pueblo: «El puente estará listo en abril.»",
            "Aurelia Mamani cura con hierbas a los enfermos del valle. «Nadie sube hasta aquí», dijo.",
            "«Mandaremos un médico cada semana», dijo la gobernadora.",
            "«Los remedios del monte no alcanzan», dijo la curandera.",
        ),
        ["Patricia Villca", "Aurelia Mamani", "Patricia Villca", "Aurelia Mamani"],
    ),
    # a former profession by "ex" written onto the noun
    (
        "es",
        (
            "La concejala Marta Ibáñez, que durante veinte años fue enfermera en el hospital comarcal, visitó el "
            "centro de salud: «Faltan médicos.»",
            "Lucía Herrero atiende la farmacia del pueblo. «No llegan las vacunas», dijo.",
            "«El consultorio abrirá los sábados», respondió la exenfermera.",
        ),
        ["Marta Ibáñez", "Lucía Herrero", "Marta Ibáñez"],
    ),
    # a spokesperson in other words
    (
        "es",
        (
            "El vocero de la gobernación, Andrés Caicedo, confirmó el cierre: «La vía sigue bloqueada.»",
            "Hernán Ruiz maneja un bus entre Pasto y Tumaco. «Llevo tres días esperando», dijo.",
            "«Habrá paso a mediodía», dijo el portavoz.",
        ),
        ["Andrés Caicedo", "Hernán Ruiz", "Andrés Caicedo"],
    ),
    # a body's initials
    (
        "es",
        (
            "El presidente de la Junta de Acción Comunal de La Esperanza, Wilson Rojas, pidió ayuda: «El barrio está "
            "sin agua.»",
            "Fabio Castaño arregla motos en la esquina. «No he abierto en una semana», dijo.",
            "«Pedimos un carrotanque diario», dijo el presidente de la JAC.",
        ),
        ["Wilson Rojas", "Fabio Castaño", "Wilson Rojas"],
    ),
    # a traditional authority in other words
    (
        "es",
        (
            "El gobernador del cabildo indígena de Totoró, Luis Tunubalá, reunió a la comunidad: «La tierra es de "
            "todos.»",
            "Mario Calambás siembra papa en la ladera. «La helada se llevó todo», dijo.",
            "«Vamos a sembrar juntos», afirmó la autoridad indígena.",
        ),
        ["Luis Tunubalá", "Mario Calambás", "Luis Tunubalá"],
    ),
    # negative: the agent noun after its own person's quote
    (
        "es",
        (
            "La gobernadora Patricia Villca llegó al pueblo: «El puente estará listo en abril.»",
            "Aurelia Mamani cura con hierbas a los enfermos del valle. «Nadie sube hasta aquí», dijo.",
            "«Las hierbas no alcanzan», añadió la curandera.",
        ),
        ["Patricia Villca", "Aurelia Mamani", "Aurelia Mamani"],
    ),
    # negative: the office as written when no one holds it, after a private person's quote
    (
        "es",
        (
            "Chepe Morales arregla bicicletas frente a la plaza. «El agua me llegó a la rodilla», dijo.",
            "«Vamos a limpiar los desagües», replicó el intendente.",
        ),
        ["Chepe Morales", "intendente"],
    ),
]

# How many cases pass: 18 of 33 on main at the round's start (40724844); 29 of 33 on this branch.
_FLOOR = 29


def passing() -> int:
    """How many cases of the held-out set the code on the path credits as a careful reader does."""
    return passing_of(HELD_OUT)


def test_held_out_floor() -> None:
    assert passing() >= _FLOOR
