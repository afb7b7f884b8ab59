"""Roles and their holders (round 35, roles35): a role named first and its holder named later, a body's statement
(speakers the article leaves unnamed: tests/test_cast_names.py). Hand-written sentences in English, German, French and
Spanish, each rule with a case where it must not fire."""

from __future__ import annotations

import pytest

from tests.test_cast import _paragraphs
from tests.test_cast_forms import _FILLER, _said_in
from verify.document import Format, from_text
from verify.extract.blocks import blocks
from verify.extract.cast import roles_of
from verify.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a role opening the sentence before a bare "she said", its holder named in the next paragraph
        (
            "en",
            (
                '"We shut the pool at noon," said pool manager Tracy Bell.',
                "The ranger told the school group that the crocodile had long gone. "
                '"It was a big one, but it is miles away now," she said.',
                "The ranger, Kylie Marsh, has worked in the park for twelve years.",
            ),
            ["Tracy Bell", "Kylie Marsh"],
        ),
        # (the holder named by the role after the name)
        (
            "en",
            (
                '"We shut the pool at noon," said pool manager Tracy Bell.',
                "The minister told the mourners that the town owed him a great deal. "
                '"He never once turned back," she said.',
                "Morag Flett, minister of the harbour church since 2011, then read a prayer.",
            ),
            ["Tracy Bell", "Morag Flett"],
        ),
        # (no holder named: whom the pronoun stood for, as before; a role no one was given is as often someone named
        # before, "But the former president showed restraint … he said" of Bill Clinton)
        (
            "en",
            (
                '"We shut the pool at noon," said pool manager Tracy Bell.',
                "The ranger told the school group that the crocodile had long gone. "
                '"It was a big one, but it is miles away now," she said.',
                "The pool will open again on Friday.",
            ),
            ["Tracy Bell", "Tracy Bell"],
        ),
        # Spanish: a dropped subject after the role, its holder pointed back to by a demonstrative
        (
            "es",
            (
                "«Remamos con todo hasta el final», dijo Julián Ocampo.",
                "El juez principal de la regata elogió a los remeros. «Nunca vi una llegada tan ajustada», afirmó.",
                "Ese juez, Anselmo Ibarra, confirmó que la regata tuvo un récord de botes.",
            ),
            ["Julián Ocampo", "Anselmo Ibarra"],
        ),
        (
            "es",
            (
                "«Remamos con todo hasta el final», dijo Julián Ocampo.",
                "El árbitro del torneo entregó las medallas. «Fue la final más pareja en años», dijo.",
                "El árbitro, Sergio Vidal, prometió más mesas para el verano.",
            ),
            ["Julián Ocampo", "Sergio Vidal"],
        ),
        # (the same role of the same body, "del jurado", named next with its holder)
        (
            "es",
            (
                "«Remamos con todo hasta el final», dijo Julián Ocampo.",
                "El presidente del jurado elogió a los remeros. «Orden en la sala, por favor», pidió.",
                "El presidente del jurado, Ramiro Díaz, asistió a la entrega.",
            ),
            ["Julián Ocampo", "Ramiro Díaz"],
        ),
        # (not the holder of that role of another body: the court's president is no cooperative's)
        (
            "es",
            (
                "«Remamos con todo hasta el final», dijo Julián Ocampo.",
                "El presidente del tribunal pidió entonces: «Orden en la sala, por favor.»",
                "El presidente de la cooperativa, Ramiro Díaz, asistió a la audiencia. «Los socios merecen saber», "
                "dijo Ramiro Díaz.",
            ),
            ["Julián Ocampo", "presidente del tribunal", "Ramiro Díaz"],
        ),
        # French and German: the role's holder set off after the role
        (
            "fr",
            (
                "« Nous avons tout donné », a déclaré Paul Meunier.",
                "Le directeur du musée a salué le travail des bénévoles. « Sans eux, rien n'ouvre », a-t-il dit.",
                "Le directeur, Marc Roussel, dirige le musée depuis 2015.",
            ),
            ["Paul Meunier", "Marc Roussel"],
        ),
        (
            "de",
            (
                "„Wir haben alles gegeben“, sagte Paul Brenner.",
                "Der Förster führte die Gruppe durch den Wald. „Hier wächst seit hundert Jahren Eiche“, sagte er.",
                "Der Förster, Tobias Wendt, betreut das Revier seit zehn Jahren.",
            ),
            ["Paul Brenner", "Tobias Wendt"],
        ),
        # (a holder named two paragraphs on is no longer the role's: whom the description was taken for, as before)
        (
            "de",
            (
                "„Wir haben alles gegeben“, sagte Paul Brenner.",
                "Der Förster führte die Gruppe durch den Wald. „Hier wächst seit hundert Jahren Eiche“, sagte er.",
                "Danach gab es Suppe für alle.",
                "Der Förster, Tobias Wendt, betreut das Revier seit zehn Jahren.",
            ),
            ["Paul Brenner", "Paul Brenner"],
        ),
    ],
)
def test_a_role_named_first_and_its_holder_later(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a statement of a group of people, named by its plural noun: the group as written, never one person guessed
        (
            "fr",
            "Selon un communiqué des organisateurs, « six mille visiteurs sont venus aux trois soirées ».",
            "organisateurs",
        ),
        (
            "es",
            "Según un comunicado de los organizadores, «seis mil visitantes vinieron a las tres veladas».",
            "organizadores",
        ),
        # (one person of the body, a singular noun: as before, the person the article gave that role)
        (
            "fr",
            "Selon un communiqué de la directrice, « six mille visiteurs sont venus aux trois soirées ».",
            "Claire Vautrin",
        ),
    ],
)
def test_a_statement_of_a_group_of_people(code: str, text: str, want: str) -> None:
    before = {
        "es": "La directora del festival, Clara Vautrin, abrió la noche. «Estamos felices», dijo.",
        "fr": "La directrice du festival, Claire Vautrin, a ouvert la soirée. « Nous sommes heureux », a-t-elle dit.",
    }[code]
    assert _said_in(code, before, text)[1:] == [want]


# Round 36 (dialog36): dialogue, couples, first names with an age, group letters, a role a relative names.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # two people quoted in turn by pronoun alone: each pronoun to the one of its gender in the exchange, though the
        # article never told the second speaker's gender (no lexicon knows "Yanira", "Fenna", "Kerensa", "Maïwenn")
        (
            "es",
            (
                "La final se decidió entre Yanira Ortega y el finalista, Santiago Medina.",
                "«Casi te gano», le dijo Santiago.",
                "«Casi, pero no», le contestó Yanira.",
                "«La próxima te gano», insistió él.",
                "«Aquí te espero», dijo ella entre risas.",
            ),
            ["Santiago Medina", "Yanira Ortega", "Santiago Medina", "Yanira Ortega"],
        ),
        (
            "de",
            (
                "Im Finale standen Jonas Berger und Fenna Kruse.",
                "„Nächstes Mal gewinne ich“, sagte Jonas.",
                "„Das sagst du jedes Mal“, erwiderte Fenna.",
                "„Diesmal stimmt es“, sagte er.",
                "„Wir werden sehen“, sagte sie.",
            ),
            ["Jonas Berger", "Fenna Kruse", "Jonas Berger", "Fenna Kruse"],
        ),
        (
            "en",
            (
                "The final came down to Tom Baker and Kerensa Pike.",
                '"Next time I win," Tom told her.',
                '"You say that every time," Kerensa replied.',
                '"This time I mean it," he said.',
                '"We will see," she said, laughing.',
            ),
            ["Tom Baker", "Kerensa Pike", "Tom Baker", "Kerensa Pike"],
        ),
        (
            "fr",
            (
                "La finale a opposé Julien Moreau et Maïwenn Le Goff.",
                "« La prochaine fois, je gagne », lui a dit Julien.",
                "« Tu dis ça à chaque fois », a répondu Maïwenn.",
                "« Cette fois, c'est vrai », a insisté il.",
                "« On verra », a-t-elle dit en riant.",
            ),
            ["Julien Moreau", "Maïwenn Le Goff", "Julien Moreau", "Maïwenn Le Goff"],
        ),
        # (not a cue that says the speaker goes on: "he added" is the last speaker's, as before)
        (
            "en",
            (
                "The final came down to Tom Baker and Kerensa Pike.",
                '"Next time I win," Tom told her.',
                '"You say that every time," Kerensa replied.',
                '"And I will keep saying it," he added.',
            ),
            ["Tom Baker", "Kerensa Pike", "Kerensa Pike"],
        ),
        # (nor an exchange broken by a paragraph about someone else)
        (
            "en",
            (
                "The final came down to Tom Baker and Kerensa Pike.",
                '"Next time I win," Tom told her.',
                '"You say that every time," Kerensa replied.',
                "The crowd cheered as the referee, Alan Marsh, handed over the cup.",
                '"This time I mean it," he said.',
            ),
            ["Tom Baker", "Kerensa Pike", "Alan Marsh"],
        ),
        # a couple named together after a noun for a couple, first names no lexicon knows: each with the surname
        (
            "de",
            (
                "Ein Ehepaar aus Aurich, Enno und Hilke Janssen, wartete auf die Fähre.",
                "„Wir fahren trotzdem“, sagte Hilke Janssen.",
                "„Das hast du vorhin anders erzählt“, erwiderte sie.",
                "„Vorhin kannte ich den Preis noch nicht“, sagte er.",
            ),
            ["Hilke Janssen", "Hilke Janssen", "Enno Janssen"],
        ),
        (
            "en",
            (
                "The couple, Ade and Funmi Bakare, have run the stall for thirty years.",
                '"We never closed once," Funmi said.',
                '"Not even for the floods," Ade said.',
            ),
            ["Funmi Bakare", "Ade Bakare"],
        ),
        (
            "fr",
            (
                "Les époux Gaël et Nolwenn Kerbrat tiennent le stand depuis trente ans.",
                "« Nous n'avons jamais fermé », a dit Nolwenn.",
                "« Même pas pour les inondations », a dit Gaël.",
            ),
            ["Nolwenn Kerbrat", "Gaël Kerbrat"],
        ),
        (
            "es",
            (
                "El matrimonio formado por Unai y Nahia Etxeberria lleva treinta años en el puesto.",
                "«Nunca cerramos», dijo Nahia.",
                "«Ni con las inundaciones», dijo Unai.",
            ),
            ["Nahia Etxeberria", "Unai Etxeberria"],
        ),
        # (no noun for a couple before them: a first name no lexicon knows stays alone)
        (
            "en",
            (
                "Ade and Funmi Bakare have run the stall for thirty years.",
                '"We never closed once," Funmi said.',
                '"Not even for the floods," Ade said.',
            ),
            ["Funmi Bakare", "Ade"],
        ),
        # a first name with an age set off after it: someone the article names, whom the pronoun after stands for
        (
            "de",
            (
                "„Die Fähre ist zu teuer“, sagte Jan Berger.",
                "Hinrich, 71, aus Larrelt, fährt jeden Sommer zu seiner Schwester auf die Insel. "
                "„Das kann kein Rentner bezahlen“, sagte er.",
            ),
            ["Jan Berger", "Hinrich"],
        ),
        (
            "en",
            (
                '"The ferry is too dear," said Jan Berger.',
                'Maria, 34, a nurse from Leeds, takes the ferry every week. "I can just about afford it," she said.',
            ),
            ["Jan Berger", "Maria"],
        ),
        (
            "fr",
            (
                "« Le ferry est cher », a dit Jean Morvan.",
                "Pierre, 71, de Lorient, prend le ferry chaque été. « Aucun retraité ne peut payer ça », a-t-il dit.",
            ),
            ["Jean Morvan", "Pierre"],
        ),
        # a letter of a group: its signers' words, no one person's (the list of them as written, or no one)
        (
            "de",
            (
                "„Der Preis ist zu hoch“, sagte Florian Leitgeb.",
                "In einem offenen Brief, den zwölf Winzer aus Gols unterschrieben haben, heißt es: „Wir verlangen "
                "keine Förderung, wir verlangen einen Preis.“",
            ),
            ["Florian Leitgeb", None],
        ),
        # (the document quoted just before goes on: its body's)
        (
            "de",
            (
                "Die Winzergenossenschaft Seewinkel teilte mit, „die Auszahlung kommt in zwei Raten“.",
                "„Die zweite folgt im Juni“, hieß es in der Mitteilung weiter.",
            ),
            ["Winzergenossenschaft Seewinkel", "Winzergenossenschaft Seewinkel"],
        ),
        (
            "fr",
            (
                "« Le port a fermé », a dit Jean Morvan.",
                "Les trois héritiers, Anne-Marie, Gérard et Luc Vallat, ont expliqué leur choix dans une lettre "
                "commune : « Nous aurions pu vendre plus cher. »",
            ),
            ["Jean Morvan", "Anne-Marie, Gérard et Luc Vallat"],
        ),
        (
            "es",
            (
                "«El puerto cerró», dijo Juan Morales.",
                "Los tres herederos, Ana, Luis y Pedro Ruiz, explicaron su decisión en una carta conjunta: "
                "«Pudimos vender más caro.»",
            ),
            ["Juan Morales", "Ana, Luis y Pedro Ruiz"],
        ),
        (
            "de",
            (
                "„Der Hafen ist zu“, sagte Jan Berger.",
                "Die drei Erben, Anna, Paul und Jonas Weber, erklärten ihre Wahl in einem gemeinsamen Brief: „Wir "
                "hätten teurer verkaufen können.“",
            ),
            ["Jan Berger", "Anna, Paul und Jonas Weber"],
        ),
        (
            "en",
            ('"The port is shut," said John Morris.', 'Anna Berg and Tom Hale said: "We could have sold for more."'),
            ["John Morris", "Anna Berg and Tom Hale"],
        ),
        # (one person named, then a relative in lower case: hers)
        (
            "en",
            ('"The port is shut," said John Morris.', '"We could have sold for more," said Anna Berg and her husband.'),
            ["John Morris", "Anna Berg"],
        ),
        # a role a relative's description names ("the bride's father, X"): the child of X the article named
        (
            "en",
            (
                "Kiara Outerbridge, daughter of Reginald and Andrea Outerbridge, married Devon Simmons on Saturday.",
                "In the words of the bride's father, Reginald Outerbridge, the wedding was “forty years in the "
                "making.”",
                "The best man, Jahmal Simmons, said the couple had been together “for nine years, if you count the "
                "year she ignored him.”",
                "The bride spoke last. “You waited for me through two degrees and a hurricane,” she said to her "
                "husband.",
            ),
            ["Reginald Outerbridge", "Jahmal Simmons", "Kiara Outerbridge"],
        ),
        (
            "fr",
            (
                "Nolwenn Kerbrat, fille de Yannick et Anne Kerbrat, a épousé Loïc Tanguy samedi.",
                "« Quarante ans que j'attends ça », a dit le père de la mariée, Yannick Kerbrat.",
                "Le témoin, Jahmal Tanguy, a parlé d'un couple « ensemble depuis neuf ans ».",
                "La mariée a parlé en dernier. « Tu m'as attendue pendant deux diplômes », a-t-elle dit à son mari.",
            ),
            ["Yannick Kerbrat", "Jahmal Tanguy", "Nolwenn Kerbrat"],
        ),
    ],
)
def test_dialogue_couples_and_groups(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


def test_a_relative_named_as_a_pair_is_no_child() -> None:
    # (the father's wife, named with him as a pair, is never "the bride" his description tells: no child was named)
    said = _said_in(
        "en",
        "Kiara Outerbridge married Devon Simmons on Saturday, her parents Reginald and Andrea Outerbridge beside her.",
        "In the words of the bride's father, Reginald Outerbridge, the wedding was “forty years in the making.”",
        "The bride spoke last. “You waited for me through two degrees and a hurricane,” she said to her husband.",
    )
    assert said[0] == "Reginald Outerbridge"
    assert said[1] != "Andrea Outerbridge"



# Round 36 (names36): a report or statement of a body named in lower case or by a capitalised noun after "according
# to": the body, as written, never the person quoted before; an unnamed staff member of a body: no one.
@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "fr",
            "Selon le rapport de la capitainerie de port, transmis lundi au préfet, « le cargo a heurté le quai à six "
            "heures ».",
            "Capitainerie de port",
        ),
        ("es", "Según el informe del cuerpo de bomberos, «el fuego empezó en la cocina».", "Cuerpo de bomberos"),
        ("es", "Según el informe de los bomberos, «el fuego empezó en la cocina hacia la medianoche».", "bomberos"),
        ("de", "Laut dem Bericht der Feuerwehr „brach das Feuer gegen Mitternacht in der Küche aus“.", "Feuerwehr"),
        # (a document of a thing is no body's: the document as written, never the mayor quoted before)
        ("fr", "Selon le rapport du bateau, « le cargo a heurté le quai à six heures ».", "rapport du bateau"),
        # an unnamed member of a body's staff, withheld by a clause, a noun no lexicon lists: no one
        (
            "de",
            "Ein Mitarbeiter der Reederei, der nicht genannt werden möchte, sagte am Rande: „Die Buchungen sinken.“",
            None,
        ),
        # (a body's document named so is the body's: "Ein Schreiben der Reederei")
        ("de", "Ein Schreiben der Reederei hielt fest: „Die Buchungen sinken.“", "Reederei"),
        # round 37 (left37): a body's name with no article after the document's link, whole after a closing "selon"
        ("es", "Según el informe de Bomberos Voluntarios, «el fuego empezó en la cocina».", "Bomberos Voluntarios"),
        (
            "fr",
            "« Le canot est sorti à trois heures du matin », selon un rapport de la Société Nationale de Sauvetage.",
            "Société Nationale de Sauvetage",
        ),
        # (a lower-case owner after the quote is read whole too: "le rapport de la station de pilotage")
        ("fr", "« Le cargo a heurté le quai », selon le rapport de la station de pilotage.", "Station de pilotage"),
    ],
)
def test_a_report_of_a_body_or_an_unnamed_staff_member(code: str, text: str, want: str | None) -> None:
    before = {
        "de": "Bürgermeister Jan Brodersen sprach zuerst. „Wir prüfen das“, sagte er.",
        "es": "El alcalde Juan Pérez habló primero. «Lo vamos a ver», dijo.",
        "fr": "Le maire Jean Dufour a parlé en premier. « Nous allons voir », a-t-il dit.",
    }[code]
    assert _said_in(code, before, text)[1:] == [want]


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # someone unnamed, a place inside the description, a clause withholding the name: the pronoun next is theirs,
        # no one named (not the place, not the one named before)
        (
            "en",
            (
                "A regular from the Anchor Inn, who asked not to be named, shrugged. “They close it every winter,” he "
                "said.",
            ),
            [None],
        ),
        (
            "en",
            (
                "A neighbour on Mill Road, who asked not to be named, was less pleased. “The lorries start at five,” "
                "she said.",
            ),
            [None],
        ),
        # (the name after a preposition in the words they said is no subject either)
        (
            "en",
            (
                "A regular from another pub, who did not want to be named, said the lane below Hob Hill was flooded. "
                "“Nobody cleared the drains,” he said.",
            ),
            [None],
        ),
        (
            "fr",
            (
                "Un fidèle du marché Saint-Pierre, qui a préféré ne pas donner son nom, n'y croit pas. « On nous l'a "
                "déjà promis », a-t-il lancé.",
            ),
            [None],
        ),
        # (a possessive description too: "Sa voisine de marché", not the woman named before her)
        (
            "fr",
            (
                "La maraîchère Claire Dubois a gagné le prix. « Je suis fière », a-t-elle dit. Sa voisine de marché, "
                "qui a préféré garder l'anonymat, vendait des pommes. « J'ai froid mais j'ai tout vendu », a-t-elle "
                "dit.",
            ),
            ["Claire Dubois", None],
        ),
        (
            "de",
            (
                "Ein Landwirt aus Oberhof, der nicht genannt werden wollte, blieb skeptisch. „Das bringt uns nichts“, "
                "sagte er.",
            ),
            [None],
        ),
        (
            "es",
            (
                "Un parroquiano del bar Central, que pidió no ser identificado, no lo cree. «Ya nos lo prometieron», "
                "dijo él.",
            ),
            [None],
        ),
        # (a clause saying they may not speak: the news formula of someone unnamed, "who was not authorized to speak")
        (
            "en",
            (
                "A dockhand at the terminal, who was not authorized to speak publicly, said the crane had failed. "
                "“It has failed before,” he said.",
            ),
            [None],
        ),
        (
            "fr",
            (
                "Un docker du terminal, qui n'était pas autorisé à s'exprimer, affirme que la grue a lâché. « Elle a "
                "déjà lâché », a-t-il dit.",
            ),
            [None],
        ),
        # (no clause withholding the name: a name with a relative clause of saying is still what the text is about)
        (
            "en",
            (
                "The plan was backed by Councillor Ann Pryce, who said the road was unsafe. “It has to close,” she "
                "said.",
            ),
            ["Ann Pryce"],
        ),
    ],
)
def test_someone_unnamed_of_a_place_whose_name_is_withheld(code: str, texts: tuple[str, ...], want: list) -> None:
    before = {
        "en": "The harbour master, Tom Pryor, opened the meeting. “We start on time,” he said. Mayor Jane Holt spoke "
        "next. “The budget is tight,” she said.",
        "de": "Bürgermeister Jan Brodersen sprach zuerst. „Wir prüfen das“, sagte er.",
        "es": "El alcalde Juan Pérez habló primero. «Lo vamos a ver», dijo él.",
        "fr": "Le maire Jean Dufour a parlé en premier. « Nous allons voir », a-t-il dit.",
    }[code]
    assert _said_in(code, before, *texts)[-len(want) :] == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a document some people signed, with its possessive or a definite article: theirs, no one person's
        (
            "de",
            (
                "Die Sprecherin des Elternrats, Anna Roth, lobte die Gruppe. „Alle sind geblieben“, sagte sie.",
                "In ihrem Antrag, den alle 40 Eltern unterzeichnet haben, heißt es: „Wir wollen einen sicheren "
                "Schulweg für jedes Kind.“",
            ),
            ["Anna Roth", None],
        ),
        # a signed document the sentence before brings in, which the next one opens on
        (
            "de",
            (
                "Schatzmeister Jan Ott legte die Rechnung vor. „Die Spenden sind gestiegen“, sagte er.",
                "Ein Aufruf, den 300 Anwohner unterschrieben hatten, wurde verlesen. Darin hieß es: „Wir bitten den "
                "Rat, die Brücke nicht zu schließen.“",
            ),
            ["Jan Ott", None],
        ),
        (
            "en",
            (
                "Treasurer Jan Ott presented the accounts. “Donations are up,” he said.",
                "A letter signed by 300 residents was read out. It said: “We ask the council not to close the "
                "bridge.”",
            ),
            ["Jan Ott", None],
        ),
        # (a document no one signed goes on quoting the body that put it out: "It added:" is the department's)
        (
            "en",
            (
                "The Harbour Trust said in a statement: “The offer is fair and fully funded.” It added: “Boats will "
                "get the money from May.”",
            ),
            ["Harbour Trust", "Harbour Trust"],
        ),
        # (nor does "darin" after a document of the speaker quoted just before: the document goes on)
        (
            "de",
            (
                "Die Winzergenossenschaft Seewinkel teilte mit, „die Auszahlung kommt in zwei Raten“.",
                "Die Mitteilung wurde am Abend verschickt. Darin hieß es weiter: „Die zweite folgt im Juni.“",
            ),
            ["Winzergenossenschaft Seewinkel", "Winzergenossenschaft Seewinkel"],
        ),
    ],
)
def test_a_document_some_people_signed_is_no_one_persons(code: str, texts: tuple[str, ...], want: list) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # round 37 (left37): "according to" a document of a body named by its capitalised name, after the document's
        # link or its author's ("by"), before the quote and after it
        ("According to a report by the Harbour Trust, “the pier will need new piles in five years”.", "Harbour Trust"),
        ("“The quay will be closed until spring,” according to a statement from the Harbour Trust.", "Harbour Trust"),
        # (not a description's words cut at the document, "a statement", nor the person quoted before)
        ("“The slip will need new stones,” according to Ann Cole.", "Ann Cole"),
    ],
)
def test_a_document_of_a_body_named_after_according_to(text: str, want: str | None) -> None:
    assert _said_in("en", "Mayor Tom Reed spoke first. “We will look at it,” he said.", text)[1:] == [want]


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # round 37 (left37): a deed's verb right after a name makes its agent noun the person's ("won": the winner),
        # whoever of the same gender spoke last (a cue that says the speaker goes on, "added", no exception)
        (
            "en",
            (
                'Mayor Tom Reed handed out the prizes. "It has been a great year," he said.',
                "Amparo Ferrer won the paella contest with her grandmother's recipe. Tom Reed gave her the cup.",
                '"We still cook over orange wood," the winner added.',
            ),
            ["Tom Reed", "Amparo Ferrer"],
        ),
        (
            "es",
            (
                "La alcaldesa Marta Gil entregó los premios. «Ha sido un gran año», dijo.",
                "Amparo Ferrer ganó el concurso de paella con una receta de su abuela. La alcaldesa le dio el trofeo.",
                "«Todavía se cocina con leña de naranjo», añadió la ganadora.",
            ),
            ["Marta Gil", "Amparo Ferrer"],
        ),
        (
            "fr",
            (
                "La maire Marie Roux a remis les prix. « Ce fut une belle année », a-t-elle dit.",
                "Amparo Ferrer a gagné le concours avec la recette de sa grand-mère. La maire lui a remis la coupe.",
                "« On cuisine encore au bois d'oranger », a ajouté la gagnante.",
            ),
            ["Marie Roux", "Amparo Ferrer"],
        ),
        (
            "de",
            (
                "Bürgermeisterin Anna Ott überreichte die Preise. „Es war ein tolles Jahr“, sagte sie.",
                "Amparo Ferrer gewann den Wettbewerb mit dem Rezept ihrer Großmutter. Die Bürgermeisterin gab ihr den "
                "Pokal.",
                "„Wir kochen noch mit Orangenholz“, sagte die Gewinnerin.",
            ),
            ["Anna Ott", "Amparo Ferrer"],
        ),
        # (not a person whose verb is no deed's: "Amparo Ferrer lost" makes her no winner)
        (
            "en",
            (
                'Mayor Tom Reed handed out the prizes. "It has been a great year," he said.',
                "Amparo Ferrer lost the final to a team from Valencia.",
                '"We still cook over orange wood," the winner added.',
            ),
            ["Tom Reed", "winner"],
        ),
    ],
)
def test_a_deeds_agent_noun_is_the_person(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # round 37 (left37): "ihr" after a cue verb and before a capitalised noun is her possessive, no object pronoun:
        # "sagte ihr Mann" is her husband (was "Mann", a person of that name)
        (
            (
                "Ein Ehepaar aus Leer, Jörn und Imke Wessels, wartete am Kai. „Wir fahren trotzdem jeden Monat“, sagte "
                "Imke Wessels.",
                "„Aber nur noch im Sommer und nicht mehr im Winter“, sagte ihr Mann.",
            ),
            ["Imke Wessels", "Jörn Wessels"],
        ),
        # (an object pronoun before an article stays one: "sagte ihr der Kapitän" told her, the captain speaks)
        (
            (
                "Ein Ehepaar aus Leer, Jörn und Imke Wessels, wartete am Kai. „Wir fahren trotzdem jeden Monat“, sagte "
                "Imke Wessels.",
                "„Das stimmt so leider nicht ganz“, sagte ihr der Kapitän.",
            ),
            ["Imke Wessels", "Kapitän"],
        ),
    ],
)
def test_a_possessive_after_a_german_cue_verb(texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in("de", *texts) == want


# Round 38 (groups38): people quoted together in one cue are the list as written (or no one), never one of them; a
# body credited "per" a statement or by its spokesperson; a group of a place; a role given inside an object phrase.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # (the list is the cue's subject itself, over a shared surname)
        (
            "en",
            (
                '"The port is shut," said John Morris.',
                "“We have never seen wasps like it,” said Derek and Maureen Howes, who keep hives near Reepham.",
            ),
            ["John Morris", "Derek and Maureen Howes"],
        ),
        # (a kind before the list's first name, the list longer than the window read after it)
        (
            "en",
            (
                '"The port is shut," said John Morris.',
                "“We drove through the blizzard,” said drivers Gary Lindgren, Rosa Maki and Dale Anttila, who have "
                "97 years behind the wheel.",
            ),
            ["John Morris", "Gary Lindgren, Rosa Maki and Dale Anttila"],
        ),
        # (a word saying they speak together: first names no lexicon knows are names of the list)
        (
            "fr",
            (
                "« Le port a fermé », a dit Jean Morvan.",
                "« Les femmes du marché ont attendu trente ans », ont déclaré ensemble Mariama Diakité et Kadiatou "
                "Touré, de l'union des commerçantes.",
            ),
            ["Jean Morvan", "Mariama Diakité et Kadiatou Touré"],
        ),
        (
            "es",
            (
                "«El puerto cerró», dijo Juan Morales.",
                "«El mural es de todos», declararon juntas Xóchitl Ramírez y Yesenia Cruz, del colectivo del barrio.",
            ),
            ["Juan Morales", "Xóchitl Ramírez y Yesenia Cruz"],
        ),
        # (two of one surname whose first names no lexicon knows, after a kind or alone; a name of two words after a
        # known first name's; a plural description set off before the two)
        (
            "en",
            (
                '"The port is shut," said John Morris.',
                "“We only found out from the newspaper,” said Gerrit and Lindiwe Jacobs, who run a guesthouse.",
            ),
            ["John Morris", "Gerrit and Lindiwe Jacobs"],
        ),
        (
            "es",
            (
                "«El puerto cerró», dijo Juan Morales.",
                "«Nadie nos llamó, nos enteramos por la radio», dijeron Néstor y Mirta Acosta, jubilados del Prado.",
            ),
            ["Juan Morales", "Néstor y Mirta Acosta"],
        ),
        (
            "fr",
            (
                "« Le port a fermé », a dit Jean Morvan.",
                "« La mer a pris nos maisons », ont dit les frères Modou et Cheikh Guèye, pêcheurs de la Langue.",
            ),
            ["Jean Morvan", "Modou et Cheikh Guèye"],
        ),
        (
            "de",
            (
                "„Der Hafen ist zu“, sagte Jan Berger.",
                "„Wir haben ihm jeden Tag die Daumen gedrückt“, sagten seine Verkäuferinnen Resi Gruber und Elif "
                "Yıldız, die mit ins Gericht gekommen waren.",
            ),
            ["Jan Berger", "Resi Gruber und Elif Yıldız"],
        ),
        (
            "fr",
            (
                "« Le port a fermé », a dit Jean Morvan.",
                "« On a répété tous les mardis », ont raconté les deux tubistes de la fanfare, Arnaud et Lucie "
                "Mathieu.",
            ),
            ["Jean Morvan", "Arnaud et Lucie Mathieu"],
        ),
        # (a description of one set off before a name and a relative: hers; a body's name of one word and another)
        (
            "en",
            ('"The port is shut," said John Morris.', "“We are proud,” said the coach, Anna Berg and her husband."),
            ["John Morris", "Anna Berg"],
        ),
        (
            "en",
            ('"The port is shut," said John Morris.', "“The road stays shut,” said Devon and Cornwall Police."),
            ["John Morris", "Devon and Cornwall Police"],
        ),
        # (not a couple named before, then one of them speaking; nor "and" a word in lower case; nor a body's name)
        (
            "en",
            (
                '"The port is shut," said John Morris.',
                "Derek and Maureen Howes keep twenty hives near Reepham.",
                "“We have never seen wasps like it,” said Maureen Howes.",
            ),
            ["John Morris", "Maureen Howes"],
        ),
        (
            "fr",
            ("« Le port a fermé », a dit Jean Morvan.", "« Nous avons travaillé ensemble », a dit Mariama Diakité."),
            ["Jean Morvan", "Mariama Diakité"],
        ),
        ("en", ('"The port is shut," said Devon and Cornwall Police.',), ["Devon and Cornwall Police"]),
        # words "per" a body's statement: the body, never the person quoted before ("per cent" credits no one)
        (
            "en",
            (
                '"The port is shut," said John Morris.',
                "“Nobody who needs a bed tonight will be turned away,” per a statement from the City of Abbotsford on "
                "Wednesday.",
            ),
            ["John Morris", "City of Abbotsford"],
        ),
        (
            "en",
            (
                '"The port is shut," said John Morris.',
                "Fares rose by 3 per cent, “the most in a decade,” per the Harbour Trust.",
            ),
            ["John Morris", "Harbour Trust"],
        ),
        ("en", ('“It was a fair price,” said Per Andersson, the harbour master.',), ["Per Andersson"]),
        # a joint statement of several bodies: theirs or no one's, never the person quoted before
        (
            "en",
            (
                '"The port is shut," said John Morris.',
                "“The return is unconditional and permanent,” per a joint statement of the two museums.",
            ),
            ["John Morris", None],
        ),
        (
            "es",
            (
                "«El puerto cerró», dijo Juan Morales.",
                "«La devolución es definitiva», según un comunicado conjunto de los dos museos.",
            ),
            ["Juan Morales", None],
        ),
        # a spokesperson for a body named by one word, speaking for someone unnamed: the body
        (
            "en",
            (
                '"The port is shut," said John Morris.',
                "A spokesperson for Defra, speaking for the regional inspector, who is not named, said: “There have "
                "been no confirmed sightings this year.”",
            ),
            ["John Morris", "Defra"],
        ),
        # (the cue's subject read in a relative clause after the spokesperson's: the body they speak for)
        (
            "de",
            (
                "„Der Hafen ist zu“, sagte Jan Berger.",
                "Ein Sprecher der kantonalen Dienststelle für Naturgefahren, der für den zuständigen Staatsrat sprach, "
                "dessen Namen er nicht nannte, sagte: „Die Passstrasse ist derzeit nicht gefährdet.“",
            ),
            ["Jan Berger", "Dienststelle für Naturgefahren"],
        ),
        (
            "es",
            (
                "«El puerto cerró», dijo Juan Morales.",
                "Un vocero de la Dirección de Vialidad, que habló en nombre del ministro, cuyo nombre no se informó, "
                "dijo: «La ruta no está en riesgo por ahora».",
            ),
            ["Juan Morales", "Dirección de Vialidad"],
        ),
        # (a relative clause after a named person is hers: no spokesperson)
        (
            "de",
            (
                "„Der Hafen ist zu“, sagte Jan Berger.",
                "Die Fischerin Anna Roth, deren Boot im Hafen liegt, sagte: „Wir warten auf besseres Wetter.“",
            ),
            ["Jan Berger", "Anna Roth"],
        ),
        # (not a spokesperson for a person the article named: no body)
        (
            "en",
            (
                '"The port is shut," said John Morris.',
                "A spokesman for Morris, who is on holiday, said: “He has nothing to add.”",
            ),
            ["John Morris", None],
        ),
        # people of a place, the place's name before their noun: the group, not the place
        (
            "en",
            ('“We will be back next year, you can be sure,” the Kanganaman dancers said.',),
            ["Kanganaman dancers"],
        ),
        # a role given in a phrase the name is apposed to, after a link from words naming no one: hers
        (
            "fr",
            (
                "Ils étaient cent douze à recevoir leur décret des mains de la secrétaire générale de la préfecture, "
                "Claire Voinot.",
                "« Vous êtes cent douze », a lancé Claire Voinot.",
                "Rania Haddad, infirmière syrienne, travaille au CHR. « J'ai appris le français à l'hôpital », "
                "a-t-elle raconté.",
                "« Le délai moyen est passé à quatorze mois », a reconnu la secrétaire générale.",
            ),
            ["Claire Voinot", "Rania Haddad", "Claire Voinot"],
        ),
        (
            "es",
            (
                "Recibieron el título de manos de la secretaria general de la delegación, Claudia Varela.",
                "«Son ciento doce», dijo Claudia Varela.",
                "Rania Haddad, enfermera siria, trabaja en el hospital. «Aprendí español con los pacientes», contó "
                "ella.",
                "«El plazo es de catorce meses», reconoció la secretaria general.",
            ),
            ["Claudia Varela", "Rania Haddad", "Claudia Varela"],
        ),
        # (not a person's noun before the link: "the daughter of the mayor, Jane Roe" is no mayor)
        (
            "en",
            (
                "The prize went to the daughter of the mayor, Jane Roe.",
                "“We are proud,” said Tom Hale, the mayor.",
                "Ann Berg, a nurse, works at the hospital. “I learned from the patients,” she said.",
                "“The wait is fourteen months,” the mayor admitted.",
            ),
            ["Tom Hale", "Ann Berg", "Tom Hale"],
        ),
    ],
)
def test_people_together_bodies_per_and_roles_in_an_object(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


# Round 39 (later39): someone unnamed who refused to give a name, a phrase of a participle and a preposition between
# the noun and the clause ("Un acheteur venu de Bangui, qui n'a pas voulu donner son nom,"): the pronoun next is
# theirs, no one named (blind-42's ski instructor, credited to the captain named before, and its coffee buyer)
_CAPTAIN = {
    "en": "Captain Hugh Lefroy led the drill. “It was minus fourteen at the top,” said Captain Lefroy.",
    "de": "Hauptmann Jan Brodersen leitete die Übung. „Oben hatte es minus vierzehn Grad“, sagte Hauptmann Brodersen.",
    "es": "El capitán Juan Pérez dirigió el ejercicio. «Arriba hacía catorce bajo cero», dijo el capitán Pérez.",
    "fr": "Le capitaine Jean Dufour dirigeait l'exercice. « Il faisait moins quatorze », a raconté le capitaine "
    "Dufour.",
}


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "fr",
            "Un moniteur de ski, qui a refusé de donner son nom, regrette qu'on parle peu des effectifs. « Personne ne "
            "parle des secouristes qui manquent », a-t-il dit.",
            None,
        ),
        (
            "fr",
            "Un guide venu de Chamonix, qui n'a pas voulu donner son nom, trouve l'exercice trop court. « Une heure, "
            "c'est peu », a-t-il dit.",
            None,
        ),
        (
            "en",
            "A ski instructor, who refused to give his name, said the team was short-staffed. “Nobody talks about the "
            "missing rescuers,” he said.",
            None,
        ),
        (
            "es",
            "Un monitor de esquí, que se negó a dar su nombre, lamenta que se hable poco de la plantilla. «Nadie habla "
            "de los rescatistas que faltan», dijo él.",
            None,
        ),
        (
            "de",
            "Ein Skilehrer, der sich weigerte, seinen Namen zu nennen, beklagt den Personalmangel. „Über die fehlenden "
            "Retter spricht keiner“, sagte er.",
            None,
        ),
        # (a man named, with no clause withholding a name: the pronoun is his)
        (
            "fr",
            "Le guide Gaston Ducroz, qui jouait la victime, est redescendu frigorifié. « Ça souffle là-haut », a-t-il "
            "dit.",
            "Gaston Ducroz",
        ),
    ],
)
def test_someone_unnamed_who_refused_to_give_a_name_is_no_one_named_before(code: str, text: str, want: str) -> None:
    assert _said_in(code, _CAPTAIN[code], text)[-1] == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # someone unnamed opening a paragraph, then a name new to the article with an age and a noun of kin set off:
        # she is no name of his (he a man, she a "fille"), and "elle" is hers, not a chief's called "Papa Ngoué"
        (
            "fr",
            (
                "Le chef du village, que tout le monde appelle Papa Ngoué, a béni les sacs. « Le café, c'est notre "
                "pétrole », a lancé Papa Ngoué.",
                "Un acheteur venu de Bangui trouve les prix trop hauts. « Il faut payer le transport », a-t-il dit.",
                "Grâce Mbolo, 14 ans, fille d'une planteuse, a pris la parole. « Ma mère m'a payé l'école avec le "
                "café », a-t-elle dit.",
            ),
            ["Ngoué", None, "Grâce Mbolo"],
        ),
        (
            "en",
            (
                "A buyer up from the capital found the prices too high. “Transport has to be paid,” he said.",
                "Ama Owusu-Darko, 14, the daughter of a grower, stood up before the crowd. “My mother paid for my "
                "school with coffee,” she said.",
            ),
            [None, "Ama Owusu-Darko"],
        ),
        # (a description of the same gender, or none: the name may still be the unnamed person's, as before)
        (
            "en",
            (
                "A senior midwife told the inquiry the unit was short of staff.",
                "Carys Llewellyn, who worked on the unit for ten years, said: “We were always two short.”",
            ),
            ["Carys Llewellyn"],
        ),
    ],
)
def test_a_name_set_off_with_a_noun_of_the_other_gender_is_no_unnamed_persons(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want

# Round 39 (groups39): a person and a group an "and" joins to them in a cue's subject, after the person or before, after
# the verb or before it: the group as written, whose words they all are, never the one person alone
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "“The count is final,” said Rita Moe.",
                "“We want it done right,” said Lars Eide and his campaign volunteers, who watched from the back.",
                "Lars Eide and his campaign volunteers said: “We will be back.”",
                "The women of the Mzuzu church choir and Alinafe Zulu sang: “Thank you all!”",
            ),
            [
                "Rita Moe",
                "Lars Eide and his campaign volunteers",
                "Lars Eide and his campaign volunteers",
                "The women of the Mzuzu church choir and Alinafe Zulu",
            ],
        ),
        # (not a group: one more person, a verb, a clause after the "and" or set off by a comma)
        (
            "en",
            (
                "“We want it done right,” said Lars Eide, whose volunteers watched from the back.",
                "“We will be back,” said Lars Eide and added that the count was fair.",
                "“We came early,” said Lars Eide and his wife's cousin.",
                "“It is late,” said Rita Moe and her volunteers left the room.",
            ),
            ["Lars Eide", "Lars Eide", "Lars Eide", "Rita Moe"],
        ),
        # (a name named before the list's last, over one surname, no lexicon knowing its first name)
        (
            "en",
            (
                "“Forty years behind one counter is enough,” said Gwladys and Idwal Pryce, who ran it since 1985.",
                "“It was a long night,” said Devon and Cornwall Police.",
            ),
            ["Gwladys and Idwal Pryce", "Devon and Cornwall Police"],
        ),
        (
            "de",
            (
                "„Wir geben nicht auf“, sagten Bernd Kröger und seine Familie vor dem Rathaus.",
                "„Das Urteil ist falsch“, sagten Bernd Kröger und seine beiden Söhne.",
                "„Ich gehe jetzt“, sagte Bernd Kröger und ging.",
            ),
            ["Bernd Kröger und seine Familie", "Bernd Kröger und seine beiden Söhne", "Bernd Kröger"],
        ),
        (
            "fr",
            (
                "« On repart à l'aube », ont annoncé le lieutenant Marchal et ses équipiers en fin de journée.",
                "« Merci à tous ! » ont chanté Mme Ngaba et les femmes de la coopérative en fin de matinée.",
                "« On repart », a dit le lieutenant Marchal et il est sorti.",
            ),
            ["lieutenant Marchal et ses équipiers", "Mme Ngaba et les femmes de la coopérative", "Marchal"],
        ),
        (
            "es",
            (
                "«Fue difícil elegir», dijeron el presidente del jurado y los otros tres jueces al leer el fallo.",
                "«Volvemos mañana», dijeron Rosa Gil y sus compañeras del club de montaña.",
                "«Me voy», dijo Rosa Gil y se fue.",
            ),
            [
                "presidente del jurado y los otros tres jueces",
                "Rosa Gil y sus compañeras del club de montaña",
                "Rosa Gil",
            ],
        ),
    ],
)
def test_a_person_and_a_group_credited_together(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    said = _said_in(code, *texts)
    assert [s.removeprefix("le ").removeprefix("el ") if s else s for s in said] == want


# Round 39 (groups39): "per" and a body's document opening the quote's sentence credits the body, as after the quote;
# never "Per cent" nor a person whose given name is "Per"
@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (
            (
                "“The road was packed,” said Ann Cole.",
                "Per a statement from the Harbour Trust, “more than nine thousand people came to the quay.”",
            ),
            ["Ann Cole", "Harbour Trust"],
        ),
        (
            ("“The road was packed,” said Ann Cole.", "Per cent, “more than nine thousand people came to the quay.”"),
            ["Ann Cole", None],
        ),
        (
            (
                "“The road was packed,” said Ann Cole.",
                "Per Andersson Berg, “more than nine thousand people came to the quay.”",
            ),
            ["Ann Cole", None],
        ),
    ],
)
def test_per_a_bodys_document_opening_the_sentence_credits_the_body(
    texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in("en", *texts) == want


# Round 40 (groups40): people quoted together named in full: a group's phrase through where it is from, a part of a
# place's people, a proper name after it, up to a compound preposition; a list of people a word after it says speak
# at once; a group and a person the cue's subject joins; a plural description before two names in German; a
# possessive person's group after an unread cue is no continuation of that person
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "“Keep the ferry running,” said deckhands Oskari Lahti and Teuvo Niemi together, after the vote.",
                "“Bring her home!” shouted Moira Fenn and half the village of Dunmore from the quay.",
                "“Happy birthday, Nell,” sang Ruth Odell and the women from Ballycastle at the end.",
                "“We won it for her,” sang the players and their coach, Dana Whitt, in the locker room.",
            ),
            [
                "Oskari Lahti and Teuvo Niemi",
                "Moira Fenn and half the village of Dunmore",
                "Ruth Odell and the women from Ballycastle",
                "the players and their coach",
            ],
        ),
        # (not where a group came from, an article's noun; not "together with", nor a word after a comma)
        (
            "en",
            (
                "“One more!” yelled Ruth Odell and her friends from the back of the hall.",
                "“We asked twice,” said deckhands Oskari Lahti and Teuvo Niemi, together with their union.",
            ),
            ["Ruth Odell and her friends", "Oskari Lahti"],
        ),
        (
            "de",
            (
                "„Hoch soll sie leben“, sangen Anna Jensen und die Landfrauen aus Wietzendorf am Ende.",
                "„Weiter so!“, riefen Tjarks und die halbe Feuerwehr Lütjenholm vom Zaun.",
                "„Lasst sie gehen!“, riefen Anna Jensen und ihre Freundinnen aus dem Saal.",
                "„Wir hören auf“, sagten die beiden Brüder, Hannes und Jürgen Brodersen, am Abend.",
            ),
            [
                "Anna Jensen und die Landfrauen aus Wietzendorf",
                "Tjarks und die halbe Feuerwehr Lütjenholm",
                "Anna Jensen und ihre Freundinnen",
                "Hannes und Jürgen Brodersen",
            ],
        ),
        (
            "fr",
            (
                "« Bravo la classe ! » ont crié Léa Morin et la moitié du village depuis le quai.",
                "« Merci Jeanne ! » ont chanté les choristes et leur cheffe, Maëlle Tanguy, sous la halle.",
                "« On reste », ont dit Yannig Le Du et Gwenolé Cadiou ensemble devant la mairie.",
            ),
            [
                "Léa Morin et la moitié du village",
                "les choristes et leur cheffe",
                "Yannig Le Du et Gwenolé Cadiou",
            ],
        ),
        (
            "es",
            (
                "«¡Que no cierren!», corearon Marta Gil y sus compañeros frente al ayuntamiento.",
                "«¡Bravo!», gritaron Ana Ruiz y medio pueblo desde la plaza.",
                "«¡Viva a feira!», berraron Lois Castro e os seus amigos de Ribadeo ao final.",
                "«Me voy», dijo Rosa Gil y se fue frente al ayuntamiento.",
            ),
            [
                "Marta Gil y sus compañeros",
                "Ana Ruiz y medio pueblo",
                "Lois Castro e os seus amigos de Ribadeo",
                "Rosa Gil",
            ],
        ),
        # (the rest of a group, where it is from after an article, those of a group; up to a subordinator)
        (
            "en",
            (
                "“Open the gate!” shouted Pryce and the rest of the dock hands from the Barry yard as the ship left.",
                "“Thank you, Father!” sang Canon Roche and the boys of the choir when the bell was blessed.",
            ),
            [
                "Pryce and the rest of the dock hands from the Barry yard",
                "Canon Roche and the boys of the choir",
            ],
        ),
        # (a group opened by "other", "fellow", "otros", "d'autres")
        (
            "en",
            ("“No more fares!” shouted Reid and fellow drivers from the rank.",),
            ["Reid and fellow drivers"],
        ),
        (
            "fr",
            ("« Pas de péage ! » ont crié Morvan et d'autres chauffeurs devant la mairie.",),
            ["Morvan et d'autres chauffeurs"],
        ),
        (
            "es",
            ("«¡Sin peaje!», gritaron Ruiz y otros taxistas frente al ayuntamiento.",),
            ["Ruiz y otros taxistas"],
        ),
        (
            "de",
            (
                "„Wir bleiben hier!“ riefen Sander und die Nachbarn vom Unterdorf, als der Bagger kam.",
                "„Lasst die Bäume stehen!“ riefen Sander und die Nachbarn vom Zaun, als der Bagger kam.",
            ),
            ["Sander und die Nachbarn vom Unterdorf", "Sander und die Nachbarn"],
        ),
        (
            "fr",
            ("« Vive la cloche ! » ont chanté l'abbé Morvan et les enfants du catéchisme quand la cloche est montée.",),
            ["abbé Morvan et les enfants du catéchisme"],
        ),
        (
            "es",
            (
                "«¡Aúpa Laviana!», gritaron Ruiz y los de su cuadrilla cuando terminó la carrera.",
                "«¡Viva la fiesta!», gritaron Ruiz y el resto de la charanga desde el balcón.",
            ),
            ["Ruiz y los de su cuadrilla", "Ruiz y el resto de la charanga"],
        ),
        # (a named person's group, as written, never that person)
        (
            "en",
            (
                "Dermot Keane sat by the ring. “I sold her cheap,” Keane said.",
                "“Go on, Dermot!” roared Keane's mates from the stand.",
                "“We told him so,” said Keane's neighbours.",
                "“The price was fair,” said Keane's lawyer, Anne Tait.",
            ),
            ["Dermot Keane", "Keane's mates", "Keane's neighbours", "Anne Tait"],
        ),
        # (an unread cue naming the last speaker as an owner is someone else's: no continuation)
        (
            "en",
            (
                "Dermot Keane sat by the ring with his wife. “I sold her cheap,” Keane said afterwards, his voice low.",
                "“Go on, Dermot, one more!” roared Keane's cousins from the stand.",
            ),
            ["Dermot Keane", None],
        ),
    ],
)
def test_people_quoted_together_named_in_full(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


# Round 41 (groups41): where a group's or a body's name ends. A name after the group's "of" part runs over its small
# words and its capitalised words past the first four ("the Friends of Kelvin Walkway Trees", "la Asociación de Amigos
# del Ferrocarril de Canfranc", "du Centre de formation agricole du Haut-Jura") and ends at the preposition, adverb or
# participle that starts the rest of the sentence; a German noun in "-er" after "die" is a plural ("die Sänger"), a
# woman's noun in "-er" is one person ("die Tochter")
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "“Keep the ferry!” shouted Aileen Dorrance and the members of the Friends of Kelvin Walkway Trees from "
                "the back benches.",
                "“Ride on!” chanted Jolene Tate and the riders of the Laramie County 4-H Saddle Club from the rail.",
                # (a name after the preposition that ends the group is where they stood, not the group's)
                "“No more fares!” shouted Aileen Dorrance and the members of the Friends of Kelvin Walkway from George "
                "Square.",
                # (nor a day after the name, but after a link: "de Plaza de Mayo")
                "“Up the Valley!” sang Joe Pratt and the fans of the Tarrant Valley Rugby Club Saturday at the ground.",
            ),
            [
                "Aileen Dorrance and the members of the Friends of Kelvin Walkway Trees",
                "Jolene Tate and the riders of the Laramie County 4-H Saddle Club",
                "Aileen Dorrance and the members of the Friends of Kelvin Walkway",
                "Joe Pratt and the fans of the Tarrant Valley Rugby Club",
            ],
        ),
        (
            "es",
            (
                "«¡Que vuelva el tren!», gritaron Benita Lasheras y los socios de la Asociación de Amigos del "
                "Ferrocarril de Canfranc ante la estación.",
                "«¡Bravo!», cantaron Rufino Alcaraz y los niños del coro de la Escuela Rural de Valdelinares desde el "
                "balcón.",
                "«¡Fuera ya!», gritaron Rufino Alcaraz y los vecinos del barrio de San Blas desde Madrid.",
                "«¡Justicia!», gritaron Ana Ruiz y las socias de la Asociación Madres de Plaza de Mayo ante el "
                "juzgado.",
            ),
            [
                "Benita Lasheras y los socios de la Asociación de Amigos del Ferrocarril de Canfranc",
                "Rufino Alcaraz y los niños del coro de la Escuela Rural de Valdelinares",
                "Rufino Alcaraz y los vecinos del barrio de San Blas",
                "Ana Ruiz y las socias de la Asociación Madres de Plaza de Mayo",
            ],
        ),
        (
            "fr",
            (
                "« Gardez l'école ! » ont crié Solène Le Bihan et les parents de l'association des Amis de l'École de "
                "Kerlouan devant la mairie.",
                "« Merci ! » ont chanté Nadège Perrin et les élèves du Centre de formation agricole du Haut-Jura en "
                "quittant la salle.",
                "« On ne part pas ! » ont crié Solène Le Bihan et les parents de l'école de Kerlouan devant la mairie "
                "de Brest.",
                # (a toast is a cue: "trinquer", "prosten")
                "« À la vendange ! » ont trinqué Odile Fabre et les membres de la confrérie des Vignerons de Bouzy "
                "autour du pressoir.",
            ),
            [
                "Solène Le Bihan et les parents de l'association des Amis de l'École de Kerlouan",
                "Nadège Perrin et les élèves du Centre de formation agricole du Haut-Jura",
                "Solène Le Bihan et les parents de l'école de Kerlouan",
                "Odile Fabre et les membres de la confrérie des Vignerons de Bouzy",
            ],
        ),
        (
            "de",
            (
                "„Wir bleiben!“ riefen Hafenmeister Ole Brandt und die Mitglieder der Interessengemeinschaft "
                "Kutterhafen Büsum am Kai.",
                "„Glück auf!“ sangen Steigerin Marlene Hauck und die Sänger des Knappenchors Oelsnitz nach der Messe.",
                "„Glück zu!“ sangen Marlene Hauck und die Lehrer der Grundschule am Markt.",
                # (one more person, no group: "die Tochter", "die Großmutter")
                "„Hier bleiben wir!“ riefen Anna Roth und die Tochter des Bürgermeisters am Kai.",
                "„Wir gehen nicht!“ riefen Anna Roth und die Großmutter am Kai.",
                "„Auf die Ernte!“ prosteten Winzerin Ute Kehl und die Mitglieder der Winzergenossenschaft Bickensohl "
                "am Abend.",
            ),
            [
                "Hafenmeister Ole Brandt und die Mitglieder der Interessengemeinschaft Kutterhafen Büsum",
                "Steigerin Marlene Hauck und die Sänger des Knappenchors Oelsnitz",
                "Marlene Hauck und die Lehrer der Grundschule",
                "Anna Roth",
                "Anna Roth",
                "Winzerin Ute Kehl und die Mitglieder der Winzergenossenschaft Bickensohl",
            ],
        ),
    ],
)
def test_a_groups_name_runs_to_where_the_sentence_goes_on(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


# Round 41 (groups41): a body's name over its "and" and its lower-case words: "the Department for Libraries and
# Archives noted" (the subject read from "Archives"), "said the Kentucky Department| for …" (its kind after a place),
# "apunta la Secretaría de Pueblos| y Comunidades" (its article left out of the span), "la Ligue francilienne de
# breaking" (lexicon organisation_words); not a body and a person an "and" joins, nor its own relative clause
@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "en",
            "“The line reopens in May,” the Department of Parks and Recreation said.",
            "Department of Parks and Recreation",
        ),
        (
            "en",
            "“The line reopens in May,” said the Tarrant Valley Department for Roads and Bridges in a notice.",
            "Tarrant Valley Department for Roads and Bridges",
        ),
        (
            "es",
            "«La feria abre el lunes», apunta la Secretaría de Turismo y Artesanías de Oaxaca en un boletín.",
            "Secretaría de Turismo y Artesanías de Oaxaca",
        ),
        (
            "fr",
            "« Le tournoi est complet », précise la Ligue bretonne de pétanque dans son bulletin.",
            "Ligue bretonne de pétanque",
        ),
        # (a body's kind in lower case with its "of" part, then the place it is of)
        (
            "fr",
            "« Le col est fermé », rappelle la direction départementale des routes de la Savoie.",
            "direction départementale des routes de la Savoie",
        ),
        (
            "fr",
            "« Le col est rouvert », rappelle la direction départementale des routes dans un communiqué.",
            "direction départementale des routes",
        ),
        (
            "es",
            "«El puerto está cerrado», explicó la asociación de vecinos de Carabanchel.",
            "asociación de vecinos de Carabanchel",
        ),
        (
            "es",
            "«El puerto está abierto», explicó la asociación de vecinos a los periodistas.",
            "asociación de vecinos",
        ),
        # (before the verb, opening the sentence, a colon after the cue)
        (
            "en",
            "The Department of Parks and Recreation noted in its report: “The pool opens in June.”",
            "Department of Parks and Recreation",
        ),
        (
            "de",
            "Das Amt für Straßen und Brücken Oberland erklärte: „Die Brücke bleibt zu.“",
            "Amt für Straßen und Brücken Oberland",
        ),
        (
            "fr",
            "Le Syndicat des Eaux et Forêts du Jura précise : « La source est tarie. »",
            "Syndicat des Eaux et Forêts du Jura",
        ),
        (
            "es",
            "La Secretaría de Turismo y Artesanías de Oaxaca apunta: «La feria abre el lunes.»",
            "Secretaría de Turismo y Artesanías de Oaxaca",
        ),
        ("es", "La Secretaría de Cultura y el alcalde Juan Roca apuntan: «La feria abre el lunes.»", "Juan Roca"),
        ("en", "The Tarrant Valley Council and Mayor Joe Pratt said: “The pool opens in June.”", "Joe Pratt"),
        # (a body and a person, two, not one body's name: the person alone before the verb, as before; two people and
        # a place; a body's own relative clause)
        (
            "en",
            "“The line reopens in May,” said the Tarrant Valley Council and Mayor Joe Pratt.",
            "Tarrant Valley Council",
        ),
        ("en", "“The line reopens in May,” the Tarrant Valley Council and Mayor Joe Pratt said.", "Joe Pratt"),
        (
            "en",
            "“We walked all night,” said John Blount and Mary Pryor in Tarrant Hinton.",
            "John Blount and Mary Pryor",
        ),
        (
            "en",
            "“The line reopens in May,” said the Department for Transport, which runs the line.",
            "Department for Transport",
        ),
        ("en", "“We will rebuild,” said the mayor of Leeds on Tuesday.", "mayor of Leeds"),
        (
            "es",
            "«La feria abre el lunes», apunta la Secretaría de Cultura, que organiza la feria.",
            "Secretaría de Cultura",
        ),
        ("fr", "« On reste », précise la Ligue de Bretagne, qui organise le tournoi.", "Ligue de Bretagne"),
    ],
)
def test_a_bodys_name_runs_over_its_and_and_its_lower_case_words(code: str, text: str, want: str) -> None:
    assert _said_in(code, text) == [want]


# Round 40 (spokes40): someone unnamed described with a participle's phrase before the clause withholding the name ("A
# volunteer selling pasties at the bottom of the hill, who asked that her name not be used,"): the pronoun next is
# theirs, not the person named before (blind-43's volunteer, credited to the jumper); and a role after a cue with its
# name set off ("dijo la gerente, Aina Sintes", Spanish "la" read as an object pronoun; "sagte die Käserin, Anna
# Roth", a German noun of a person capitalised): the name is the speaker, not the person quoted before
@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "en",
            "A steward checking tickets at the north gate of the ground, who asked that his name not be used, said the "
            "queue had barely moved. “We ran out of wristbands by noon,” he said.",
            None,
        ),
        (
            "en",
            "A woman selling raffle tickets, who declined to give her name, said the prize was a quad bike. “We sold "
            "every book by three,” she said.",
            None,
        ),
        # (a name the person does not want printed, whose possessive tells his gender, though the words he reports
        # hold a "she"; a noun compound with a hyphen)
        (
            "en",
            "A ferryman at the slip, who did not want his name printed, said she had steered the boat alone. “It was "
            "rough all night,” he said.",
            None,
        ),
        (
            "en",
            "A porter at the station, who did not want his name printed, said the trains were late. “We waited two "
            "hours,” he said.",
            None,
        ),
        (
            "de",
            "Ein Schiedsrichter-Assistent, der seinen Namen nicht in der Zeitung lesen wollte, war beeindruckt. „So "
            "ein Spiel sieht man selten“, sagte er.",
            None,
        ),
        # (no clause withholding a name: the description stays someone the pronoun may pass over, as on main)
        (
            "en",
            "The ranger Hugh Lefroy walked the slope at noon. “The snow is good,” he said.",
            "Hugh Lefroy",
        ),
    ],
)
def test_someone_unnamed_after_a_participles_phrase_who_withheld_a_name(code: str, text: str, want: str) -> None:
    assert _said_in(code, _CAPTAIN[code], text)[-1] == want


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("es", "«Abrimos los sábados a las nueve», dijo la tesorera, Lucía Ferrer.", "Lucía Ferrer"),
        ("es", "«Abrimos los sábados a las nueve», explicó la encargada, Marta Soler, en la puerta.", "Marta Soler"),
        ("es", "«Abrimos los sábados a las nueve», dijo el tesorero, Pablo Ferrer.", "Pablo Ferrer"),
        ("de", "„Wir öffnen samstags um neun“, sagte die Kassiererin, Lena Vogt.", "Lena Vogt"),
        ("de", "„Wir öffnen samstags um neun“, sagte der Fischer, Jonas Vogt, am Steg.", "Jonas Vogt"),
        ("fr", "« Nous ouvrons le samedi à neuf heures », a dit la trésorière, Lucie Ferrand.", "Lucie Ferrand"),
        ("en", "“We open on Saturdays at nine,” said the treasurer, Lucy Farrant.", "Lucy Farrant"),
    ],
)
def test_a_role_with_its_name_set_off_after_a_cue_is_that_person(code: str, text: str, want: str) -> None:
    assert _said_in(code, _CAPTAIN[code], text)[-1] == want


def test_a_noun_of_no_person_set_off_before_a_name_is_no_description_of_them() -> None:
    # (a body's capitalised noun: no noun of a person's ending, so the name set off after it is not the speaker)
    text = "„Wir öffnen samstags um neun“, sagte die Stadt, Lena Vogt."
    assert _said_in("de", _CAPTAIN["de"], text)[-1] != "Lena Vogt"


# Round 42 (groups42): a group's phrase the cue's span cut short is read whole (a number in its name, a name after
# "du collectif"/"de la chorale" of capitalised words and articles, a saint's abbreviation: "the Year 6 pupils of …",
# "les membres de la chorale Les Chants du Vieux Port"), up to where the sentence goes on (a companion after it, "with
# their teacher", "avec leur monitrice", is no part of it); a crowd speaks as no one (a whole room, a person along with
# a group's members, a bare plural noun whose relative clause says which of them), never the person quoted before
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "“The ferry runs again on Monday,” said Maud Pettigrew.",
                "“Go, go, go!” shouted the Year 6 pupils of Hollins Park Primary with their teacher from the bank.",
                "“Row, row, row!” chanted the rowers of the St Agnes Harriers and their coach as they pulled away.",
                "“Pull, pull!” yelled the Year 9 pupils as the boats passed.",
            ),
            [
                "Maud Pettigrew",
                "the Year 6 pupils of Hollins Park Primary",
                "the rowers of the St Agnes Harriers",
                "the Year 9 pupils",
            ],
        ),
        (
            "fr",
            (
                "« Le pont rouvre en mai », a dit Anne Roux.",
                "« Allez ! » ont lancé les enfants du club de voile de Loctudy avec leur monitrice, à la fin.",
                "« Pas de bruit ! » ont scandé les membres du collectif Rive Paisible, derrière leur présidente.",
                "« Vive le port ! » ont chanté les membres de la chorale Les Chants du Vieux Port, d'après un air.",
            ),
            [
                "Anne Roux",
                "enfants du club de voile de Loctudy",
                "les membres du collectif Rive Paisible",
                "les membres de la chorale Les Chants du Vieux Port",
            ],
        ),
        (
            "de",
            (
                "„Die Brücke wird im Mai fertig“, sagte Werner Keller.",
                "Dann spielte die Stadtmusik Wohlen einen Marsch, und der ganze Saal sang mit: „Hoch, hoch, Wohlen!“",
                "„Wir proben jeden Freitag“, sagte Werner Keller danach.",
                "„Hoch soll er leben!“ sang der Wohlener Männerchor im Hof.",
            ),
            ["Werner Keller", None, "Werner Keller", "Wohlener Männerchor"],
        ),
        (
            "en",
            (
                "“The lock gates are new,” said Ted Brierley.",
                "“Up, up, up!” shouted the deputy mayor, Cllr Tom Rowe, along with the members of the Kesteven Bowls "
                "Club, who had come by bus.",
                # (a person after the link: the first, as before)
                "“Down we go!” shouted the deputy mayor, Tom Rowe, along with Councillor Ann Hale.",
                # (a relative clause set off by a comma: the group as the cue wrote it)
                "“Not again!” shouted the boaters, who had waited an hour.",
                # (a statement, no cry: the person's, and the body's)
                "“The basin stays open,” said the deputy mayor, Tom Rowe, along with the members of the trust.",
                "“Moorings are free in winter,” the whole parish council said.",
            ),
            ["Ted Brierley", None, "Tom Rowe", "boaters", "Tom Rowe", "whole parish council"],
        ),
        (
            "fr",
            (
                "« Le quai est fermé », a dit Anne Roux.",
                "« Du pain ! Du pain ! » ont crié en riant les habitants qui attendaient le bateau sur la cale.",
                "« Enfin ! » ont crié les habitants, à la fin.",
            ),
            ["Anne Roux", None, "habitants"],
        ),
        (
            "es",
            (
                "«El muelle abre en mayo», dijo Ana Ruiz.",
                "«¡Viva el puerto!», gritaron todo el pueblo y los pescadores.",
                "«Ya era hora», dijeron Ana Ruiz y su hija.",
            ),
            ["Ana Ruiz", None, "Ana Ruiz"],
        ),
    ],
)
def test_a_groups_phrase_read_whole_and_a_crowd_speaking_as_no_one(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


# Round 42 (groups42): a body after a link of where words come from opening the sentence, with a plural verb of no
# subject, speaks ("Desde la Secretaría de Cultura y Turismo de San Lorenzo recuerdan que «…»"; lexicon source_links);
# not a place a sentence's subject left from
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Desde la Secretaría de Cultura y Turismo de San Lorenzo recuerdan que «el museo abre los lunes».",
            "Secretaría de Cultura y Turismo de San Lorenzo",
        ),
        (
            "Los vecinos caminaron desde la Plaza de Armas y Castillo hasta el río, y Marta Gil contó que «el agua "
            "subió».",
            "Marta Gil",
        ),
    ],
)
def test_a_body_after_desde_opening_the_sentence_speaks(text: str, want: str) -> None:
    assert _said_in("es", "«El muelle abre en mayo», dijo Ana Ruiz.", text) == ["Ana Ruiz", want]


# Round 43 (tune37): a role's adjectives between its noun and the name ("La conseillère départementale Nathalie Roux",
# "la concejala municipal Rocío Baena"; lexicon body_adjectives, demonym_endings) keep the name the sentence's subject,
# whom a pronoun next stands for (tune-37's "a-t-elle lancé" went to the woman quoted before); without a name, the
# description stays as it was read
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "fr",
            (
                "« Le marché ouvre à six heures », a dit Hélène Faure.",
                "La conseillère régionale Odette Mallet était arrivée de Brest. « Le port vivra », a-t-elle promis.",
            ),
            ["Hélène Faure", "Odette Mallet"],
        ),
        (
            "fr",
            (
                "« Le marché ouvre à six heures », a dit Hélène Faure.",
                "La députée européenne Sandrine Viel avait fait le voyage depuis Lorient. « Ce quai est une fierté »,"
                " a-t-elle lancé.",
            ),
            ["Hélène Faure", "Sandrine Viel"],
        ),
        (
            "es",
            (
                "«La lonja abre a las seis», dijo Marta Gil.",
                "La concejala municipal Rocío Baena había llegado desde Jaén. «El puerto seguirá vivo», dijo ella.",
            ),
            ["Marta Gil", "Rocío Baena"],
        ),
        (
            "fr",
            (
                "« Le marché ouvre à six heures », a dit Hélène Faure.",
                "La conseillère municipale était arrivée de Brest. « Le port vivra », a-t-elle promis.",
            ),
            ["Hélène Faure", "Hélène Faure"],
        ),
        (
            "es",
            (
                "«La lonja abre a las seis», dijo Marta Gil.",
                "La concejala municipal había llegado desde Jaén. «El puerto seguirá vivo», dijo ella.",
            ),
            ["Marta Gil", "Marta Gil"],
        ),
    ],
)
def test_a_roles_adjectives_before_the_name_keep_the_name_the_subject(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


# Round 46 (refs46): two words that name one role together (lexicon ``role_phrases``) and a single word of the same
# office (the families of ``role_table``): the person introduced by one is the person the other names.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "es",
            (
                "«La lonja abre a las seis», dijo Lucía Paredes.",
                "La presidenta municipal, Inés Calvo, recorrió el muelle nuevo: «Hoy gana todo el pueblo.»",
                "«El año que viene vendrán más barcos», afirmó la alcaldesa.",
            ),
            ["Lucía Paredes", "Inés Calvo", "Inés Calvo"],
        ),
        (
            "fr",
            (
                "« Le marché ouvre à six heures », a dit Hélène Faure.",
                "Le premier magistrat de la commune, Odile Tanguy, a coupé le ruban : « Quelle belle journée. »",
                "« Il y aura d'autres bateaux », a assuré la maire.",
            ),
            ["Hélène Faure", "Odile Tanguy", "Odile Tanguy"],
        ),
        (
            "fr",
            (
                "« Le marché ouvre à six heures », a dit Hélène Faure.",
                "La maire, Odile Tanguy, a coupé le ruban : « Quelle belle journée. »",
                "« Il y aura d'autres bateaux », a assuré l'édile.",
            ),
            ["Hélène Faure", "Odile Tanguy", "Odile Tanguy"],
        ),
        (
            "de",
            (
                "„Der Markt öffnet um sechs“, sagte Sabine Kurz.",
                "Bürgermeisterin Heike Lorenz schnitt das Band durch: „Ein guter Tag für den Hafen.“",
                "„Es kommen bald mehr Schiffe“, sagte das Stadtoberhaupt.",
            ),
            ["Sabine Kurz", "Heike Lorenz", "Heike Lorenz"],
        ),
    ],
)
def test_a_role_named_in_other_words_is_the_person_introduced_by_it(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "not_want"),
    [
        # a president of something else is no mayor
        (
            "es",
            (
                "«La lonja abre a las seis», dijo Lucía Paredes.",
                "La presidenta de la cofradía, Inés Calvo, recorrió el muelle nuevo: «Hoy gana todo el pueblo.»",
                "«El año que viene vendrán más barcos», afirmó la alcaldesa.",
            ),
            "Inés Calvo",
        ),
    ],
)
def test_a_role_of_other_words_is_no_one_introduced_by_another_office(
    code: str, texts: tuple[str, ...], not_want: str
) -> None:
    assert _said_in(code, *texts)[-1] != not_want


@pytest.mark.parametrize(
    ("code", "phrase", "role", "not_role"),
    [
        ("es", "la presidenta municipal", "alcalde", ""),
        ("es", "la presidenta del club", "presidente", "alcalde"),
        ("fr", "le premier magistrat de la ville", "maire", "juge"),
        ("fr", "la magistrate", "juge", "maire"),
        ("de", "das Stadtoberhaupt", "bürgermeister", ""),
        ("en", "the Lord Provost", "mayor", ""),
    ],
)
def test_the_roles_of_a_role_phrase(code: str, phrase: str, role: str, not_role: str) -> None:
    roles = roles_of(phrase, "", code)
    assert role in roles and not_role not in roles


# Round 46 (refs46): a sentence opening on a capitalised word of what and a noun for the person before the name ("Club
# commodore", "Parish clerk"): the noun is hers, "the commodore" next; a time opening the sentence is no one's noun.
@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (
            (
                "“We launch at dawn,” said Owen Pryce.",
                "Club commodore Ellen Marsh, who has led the club for nine years, was pleased: “A fine day for it.”",
                "Race officer Tom Hale was not: “Far too much wind.”",
                "“Thirty boats will be out by Easter,” the commodore said.",
            ),
            ["Owen Pryce", "Ellen Marsh", "Tom Hale", "Ellen Marsh"],
        ),
        (
            (
                "“We launch at dawn,” said Owen Pryce.",
                "Parish clerk Ellen Marsh was firm about it: “The hall is closed until May.”",
                "Race officer Tom Hale was not pleased: “Far too much wind.”",
                "“The roof will be mended first,” the clerk said.",
            ),
            ["Owen Pryce", "Ellen Marsh", "Tom Hale", "Ellen Marsh"],
        ),
        (
            (
                "“We launch at dawn,” said Owen Pryce.",
                "Late afternoon Ellen Marsh was pleased: “A fine day for it.”",
                "Race officer Tom Hale was not: “Far too much wind.”",
                "“Thirty boats will be out by Easter,” the afternoon said.",
            ),
            ["Owen Pryce", "Ellen Marsh", "Tom Hale", "afternoon"],
        ),
    ],
)
def test_a_noun_after_a_capitalised_word_of_what_before_a_name_is_the_persons(
    texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in("en", *texts) == want


# Round 46 (refs46): in German, a noun for a person the lexicon does not list, capitalised as every noun, in an
# appositive after the name or after the verb that closes the name's clause: "der Tischler" next is him. Not an
# appositive of a place, nor a clause after the verb.
@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (
            (
                "„Alle packen mit an“, sagt Petra Holm.",
                "Armin Brecht, Tischler in vierter Generation, hat die Bänke gezimmert.",
                "„Eiche hält länger als jedes Haus“, sagt der Tischler.",
            ),
            ["Petra Holm", "Armin Brecht"],
        ),
        (
            (
                "„Alle packen mit an“, sagt Petra Holm.",
                "Die Bänke hat Armin Brecht gezimmert, Tischler in vierter Generation.",
                "„Eiche hält länger als jedes Haus“, sagt der Tischler.",
            ),
            ["Petra Holm", "Armin Brecht"],
        ),
        (
            (
                "„Alle packen mit an“, sagt Petra Holm.",
                "Die Bänke hat Armin Brecht gezimmert, ein Tischler aus dem Nachbardorf.",
                "„Eiche hält länger als jedes Haus“, sagt der Tischler.",
            ),
            ["Petra Holm", "Armin Brecht"],
        ),
        (
            (
                "„Alle packen mit an“, sagt Petra Holm.",
                "Die Bänke hat Armin Brecht gezimmert, Hamburg staunt.",
                "„Eiche hält länger als jedes Haus“, sagt der Tischler.",
            ),
            ["Petra Holm", "Tischler"],
        ),
        (
            (
                "„Alle packen mit an“, sagt Petra Holm.",
                "Gestern kam Armin Brecht an, Tischler warteten schon am Tor.",
                "„Eiche hält länger als jedes Haus“, sagt der Tischler.",
            ),
            ["Petra Holm", "Tischler"],
        ),
    ],
)
def test_a_german_noun_for_a_person_apposed_to_a_name_is_his(texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in("de", *texts) == want


# Round 48 (roles48): a role named again in other words, a place inside a title, a trade after an age, a title of
# address after an appositive's comma, a particle closing a tag, a surname credited before the whole name.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a role's family: a firm's head by another compound, a specialist for the doctor, a county's prosecutor
        (
            "de",
            (
                "Geschäftsführerin Jana Vogt führt die Brauerei seit 2011: „Wir brauen weiter, nur weniger.“",
                "Doris Lenz, die Sprecherin der Belegschaft, schüttelte den Kopf: „Das glaubt hier keiner.“",
                "„Die Löhne zahlen wir bis März, das ist sicher“, sagte die Firmenchefin.",
            ),
            ["Jana Vogt", "Doris Lenz", "Jana Vogt"],
        ),
        (
            "de",
            (
                "Der Chefarzt der Kinderklinik, Dr. Ralf Menzel, zeigte den neuen Saal: „Hier liegen zwölf Betten.“",
                "Der Pfleger Tim Ober sagte: „Wir waren auf der Station immer zu wenige.“",
                "„Das Personal ist das Problem, nicht das Geld“, sagte der Chirurg.",
            ),
            ["Ralf Menzel", "Tim Ober", "Ralf Menzel"],
        ),
        (
            "en",
            (
                'Hamilton County Attorney Dale Pruitt asked for two years: "He was warned three times."',
                'Bryce Ocampo, the defense lawyer, asked for probation: "He has a job waiting for him."',
                '"A job does not undo a warning," the prosecutor said.',
            ),
            ["Dale Pruitt", "Bryce Ocampo", "Dale Pruitt"],
        ),
        (
            "en",
            (
                'Cardiologist Mara Obi showed the new ward: "Every bed has a monitor now."',
                'Nurse Ellen Pratt has worked nights there since 2009: "We waited a long time for this."',
                '"The monitors will save lives," the doctor said.',
            ),
            ["Mara Obi", "Ellen Pratt", "Mara Obi"],
        ),
        (
            "es",
            (
                "El concejal Wilmer Ortiz abrió el debate: «El contrato se pagó entero».",
                "Iván Rojas, rector del colegio Los Pinos, mostró las fotos: «A mis alumnos les llega la mitad».",
                "«Alguien se quedó con la otra mitad», insistió el cabildante.",
            ),
            ["Wilmer Ortiz", "Iván Rojas", "Wilmer Ortiz"],
        ),
        (
            "es",
            (
                "La directora del colegio, Ana Beltrán, recibió a los padres: «Las clases siguen el lunes».",
                "Marta Gil, madre de dos alumnas, pidió calefacción: «Mis hijas tienen frío».",
                "«La caldera llega el viernes», dijo la responsable del colegio.",
            ),
            ["Ana Beltrán", "Marta Gil", "Ana Beltrán"],
        ),
        (
            "fr",
            (
                "La directrice de l'école, Claire Morin, a reçu les parents : « Les cours reprennent lundi. »",
                "Sophie Lenoir, mère de deux élèves, a réclamé du chauffage : « Mes filles ont froid. »",
                "« La chaudière arrive vendredi », a dit la responsable de l'école.",
            ),
            ["Claire Morin", "Sophie Lenoir", "Claire Morin"],
        ),
        # a place inside a title is never its holder: "la presidenta" is the woman the appositive names
        (
            "es",
            (
                "La presidenta de la Comarca de la Sierra de Cameros, Elena Ruiz, esperaba en la plaza: «Once pueblos "
                "dependen de esta línea».",
                "Luis Pardo, conductor de la línea, dijo: «Esta vez hay contrato hasta 2030».",
                "«Catorce meses sin autobús son demasiados», dijo la presidenta comarcal.",
            ),
            ["Elena Ruiz", "Luis Pardo", "Elena Ruiz"],
        ),
        (
            "en",
            (
                'The chair of the Friends of Carol Marsh, Tom Kiley, walked the shore: "The water is clearer now."',
                'Ranger Luis Pardo said: "The herons are back."',
                '"We counted forty swans," said the chair.',
            ),
            ["Tom Kiley", "Luis Pardo", "Tom Kiley"],
        ),
        # a trade set off after an age, before a relative clause: "the welder" is her
        (
            "en",
            (
                "Dana Whitcombe, 38, a welder who ran a yard in Hull until May, pleaded guilty. "
                '"I kept the money," she said.',
                'Judge Alan Pike read the report: "You will pay it back."',
                '"I will pay it back," the welder told the court.',
            ),
            ["Dana Whitcombe", "Alan Pike", "Dana Whitcombe"],
        ),
        # a title of address between the appositive's comma and the name: the appositive's role is hers
        (
            "es",
            (
                "La directora de la escuela, Licda. Ana Beltrán, recorrió las aulas: «Cada aula tiene su estufa».",
                "Marta Gil, madre de dos alumnas, pidió más: «Mis hijas siguen con frío».",
                "«Las estufas se quedan todo el invierno», dijo la directora.",
            ),
            ["Ana Beltrán", "Marta Gil", "Ana Beltrán"],
        ),
        # an adverb closing a tag as its verb's particle: "setzte … obendrauf" credits the mayor, not the last speaker
        (
            "de",
            (
                "Bürgermeisterin Karin Seidl eröffnete die Sitzung: „Der Haushalt ist knapp.“",
                "Der Kämmerer Paul Frey legte die Zahlen vor: „Wir fehlen zwei Millionen.“",
                "„Und die Schule wird trotzdem saniert“, setzte die Bürgermeisterin obendrauf.",
            ),
            ["Karin Seidl", "Paul Frey", "Karin Seidl"],
        ),
        # a surname credited before the article gives the whole name: the whole name
        (
            "fr",
            (
                "« Vous avez signé sans lire », a répliqué Me Dufaux.",
                "Son avocate, Me Odile Dufaux, a plaidé la bonne foi : « Il ne savait pas. »",
            ),
            ["Odile Dufaux", "Odile Dufaux"],
        ),
        (
            "es",
            (
                "«El río me conoce desde niña», dijo Quiñones.",
                "La remera Daniela Quiñones Rentería, de 20 años, ganó la regata del sábado.",
            ),
            ["Daniela Quiñones Rentería"],
        ),
    ],
)
def test_a_role_named_again_in_other_words_finds_its_holder(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # two people of the surname named in full later: the lone surname stays as written
        (
            "es",
            (
                "«El río me conoce desde niña», dijo Quiñones.",
                "Las hermanas Daniela Quiñones Rentería y Luisa Quiñones Rentería remaron juntas el sábado.",
            ),
            ["Quiñones"],
        ),
        # a first name after a capitalised word and "of" with no article before them is a person's name still
        (
            "en",
            ('Speaking of Mary Lake, the new coach, Tom Kiley said: "She was the best we had."',),
            ["Tom Kiley"],
        ),
        # a doctor's family holds no midwife: "the doctor" is not the midwife quoted last
        (
            "de",
            (
                "Die Chefärztin der Frauenklinik, Dr. Annika Rehm, nannte die Zahlen: „Wir hatten 300 Geburten.“",
                "Die Hebamme Sabine Lutz sagte: „Ich kenne jede Familie.“",
                "„Wir schicken keine Frau weg“, sagte die Gynäkologin.",
            ),
            ["Annika Rehm", "Sabine Lutz", "Annika Rehm"],
        ),
    ],
)
def test_a_role_in_other_words_stays_with_its_own_holder(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


# Round 49 (roles49): a role named again goes to whoever holds it, in other words too (its letters, a relative clause's
# verb, what it is the head of), to its one holder named after it, and past an incise between the verb and its subject;
# the positives are sentences of our own, each failing on the round's start code.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # an office abbreviated to its letters is the person given it in full or as a title before (en MEC, CEO; fr DG,
        # PDG)
        (
            "en",
            (
                'Health MEC Sipho Dlamini toured the clinic on Monday: "The queues are far too long."',
                'Nurse Precious Mthembu agreed: "We see two hundred patients a day."',
                '"We will send four more nurses by March," the MEC said.',
            ),
            ["Sipho Dlamini", "Precious Mthembu", "Sipho Dlamini"],
        ),
        (
            "en",
            (
                'The chief executive of Harbor Freightlines, Dana Ruiz, spoke first: "We will hire forty drivers."',
                'Union steward Mike Olsen was not convinced: "We heard that last year."',
                '"This time the money is in the budget," the CEO said.',
            ),
            ["Dana Ruiz", "Mike Olsen", "Dana Ruiz"],
        ),
        (
            "fr",
            (
                "Le directeur général de la Caisse populaire de Matane, Denis Gagnon, a reçu les membres : « Le "
                "comptoir restera ouvert. »",
                "La cliente Louise Pelletier a protesté : « On nous a promis la même chose en 2019. »",
                "« Cette fois, le bail est signé », a assuré le DG.",
            ),
            ["Denis Gagnon", "Louise Pelletier", "Denis Gagnon"],
        ),
        (
            "fr",
            (
                "Le président-directeur général de la Laiterie Morin, Alain Caron, a reçu les syndicats : « Nous ne "
                "fermerons pas l'usine. »",
                "Le délégué Paul Rioux a répondu : « Nous voulons des garanties écrites. »",
                "« Les garanties seront écrites », a assuré le PDG.",
            ),
            ["Alain Caron", "Paul Rioux", "Alain Caron"],
        ),
        # a role in other words: a district's head, a schools head, a town's head by what it is the head of, a court's
        # president, a firm's executive
        (
            "de",
            (
                "Landrat Jens Kühnast verteidigte den Plan: „Der Rufbus fährt ab März.“",
                "Ulf Brenneke von der Opposition widersprach: „Das ist viel zu spät.“",
                "„Wir haben zwei Sammelstellen“, konterte der Kreischef.",
            ),
            ["Jens Kühnast", "Ulf Brenneke", "Jens Kühnast"],
        ),
        (
            "en",
            (
                'Superintendent Marla Quinn opened the hearing: "The buses will keep running."',
                'Trustee Ben Ostrowski asked about the cost: "Where does the money come from?"',
                '"We will find it in the reserve," the schools chief promised.',
            ),
            ["Marla Quinn", "Ben Ostrowski", "Marla Quinn"],
        ),
        (
            "es",
            (
                "El alcalde Tomás Oyarzún visitó el consultorio: «Necesitamos otro médico».",
                "El director del servicio, Felipe Ancatén, respondió: «No hay presupuesto este año».",
                "«En verano llegan miles de turistas», remarcó el jefe del municipio.",
            ),
            ["Tomás Oyarzún", "Felipe Ancatén", "Tomás Oyarzún"],
        ),
        (
            "es",
            (
                "El alcalde Julio Millán inauguró la feria: «El mercado abre los domingos».",
                "El comerciante Iván Sepúlveda se quejó: «Nadie nos preguntó».",
                "«Les preguntamos en tres reuniones», replicó el jefe de la comuna.",
            ),
            ["Julio Millán", "Iván Sepúlveda", "Julio Millán"],
        ),
        (
            "fr",
            (
                "Le président du tribunal, Henri Varenne, a ouvert l'audience à neuf heures.",
                "Le procureur, Marc Lenoir, a requis : « Six mois de prison, c'est le minimum. »",
                "« Le tribunal vous condamne à six mois avec sursis », a lu le magistrat.",
            ),
            ["Marc Lenoir", "Henri Varenne"],
        ),
        (
            "es",
            (
                "La presidenta del tribunal, Marta Olmedo, abrió la vista a las diez.",
                "El abogado defensor, Luis Pardo, pidió la absolución: «Mi cliente no estaba allí».",
                "«Se le condena a dos años de prisión», leyó la jueza.",
            ),
            ["Luis Pardo", "Marta Olmedo"],
        ),
        # a role given by the verb of a relative clause after the name (en "who convenes", de "der … leitet", es "que
        # dirige")
        (
            "en",
            (
                'Councillor Morag Dewar, who convenes the committee, had the figures in front of her: "We have '
                'ninety pupils."',
                'Shona Baird, chair of the parent council, disagreed: "The building is fine."',
                '"Nobody is losing a teacher," the convener replied.',
            ),
            ["Morag Dewar", "Shona Baird", "Morag Dewar"],
        ),
        (
            "de",
            (
                "Karl Brandt, der den Bauausschuss leitet, eröffnete die Sitzung: „Wir haben wenig Zeit.“",
                "Der Architekt Uwe Sommer widersprach: „Die Halle muss bleiben.“",
                "„Wir entscheiden im März“, sagte der Ausschussleiter.",
            ),
            ["Karl Brandt", "Uwe Sommer", "Karl Brandt"],
        ),
        (
            "es",
            (
                "Lucio Prado, que dirige el colegio, recibió a los padres: «Las clases siguen».",
                "El arquitecto Mario Gil protestó: «Faltan aulas».",
                "«Las aulas llegan en marzo», aseguró el director.",
            ),
            ["Lucio Prado", "Mario Gil", "Lucio Prado"],
        ),
        # a description left as written when read, whose one holder the article names after it (fr, es)
        (
            "fr",
            (
                "« Nos bus roulent à moitié vides », a expliqué le directeur du réseau, Marc Hubaux.",
                "« Après 20 heures, il faut une ligne », a rétorqué le premier magistrat de la ville.",
                "Le bourgmestre, Philippe Delvaux, a promis une étude avant l'été.",
            ),
            ["Marc Hubaux", "Philippe Delvaux"],
        ),
        (
            "fr",
            (
                "Le transporteur, Jean Baret, s'est défendu : « Je n'avais pas le choix. »",
                "« Il a mis quarante enfants dans un car », a soutenu la représentante du parquet.",
                "La procureure adjointe, Clara Vidal, avait requis dix-huit mois : « Je demande une peine lourde. »",
            ),
            ["Jean Baret", "Clara Vidal", "Clara Vidal"],
        ),
        (
            "es",
            (
                "«El puente no aguanta otro invierno», advirtió el ingeniero Raúl Medina.",
                "«Hay dinero para repararlo», respondió el jefe del municipio.",
                "El alcalde, Andrés Villagra, firmó la orden al día siguiente.",
            ),
            ["Raúl Medina", "Andrés Villagra"],
        ),
        # an incise between the cue verb and its subject after the quote (es, fr, de): the subject after it speaks
        (
            "es",
            (
                "La concejala Nayra Cabrera dio las cifras: «La red pierde el cuarenta por ciento».",
                "«Llevamos ocho años oyendo lo mismo», dijo, sin levantar la vista de sus papeles, el portavoz de la "
                "oposición, Echedey Morales.",
            ),
            ["Nayra Cabrera", "Echedey Morales"],
        ),
        (
            "fr",
            (
                "La maire Anne Colin a ouvert la séance : « Le budget est prêt. »",
                "« Nous voterons contre », a lancé, le regard fixe, le conseiller d'opposition, Paul Mercier.",
            ),
            ["Anne Colin", "Paul Mercier"],
        ),
        (
            "de",
            (
                "Bürgermeisterin Anna Roth eröffnete die Sitzung: „Der Haushalt steht.“",
                "„Wir stimmen dagegen“, sagte, ohne aufzusehen, der Fraktionschef der Grünen, Paul Weber.",
            ),
            ["Anna Roth", "Paul Weber"],
        ),
        (
            "es",
            (
                "El entrenador Diego Ferrán habló primero: «Jugamos mal».",
                "«No hay excusas», admitió, con la voz quebrada, la capitana, Lucía Benítez.",
            ),
            ["Diego Ferrán", "Lucía Benítez"],
        ),
    ],
)
def test_a_role_named_again_goes_to_whoever_holds_it(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


# (a noun no lexicon lists as a role, the article calling its holder by it only after the quote: "Der Angeklagte,
# Rudolf Pichler,"; a cue verb's participle after the article is such a noun, "El acusado", "Le prévenu"; a parent by
# the children the text gives them, "Karin Lehmann hat zwei Kinder", not by dogs)
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "de",
            (
                "„Ich habe nichts gestohlen“, sagt der Angeklagte vor dem Saal.",
                "Die Staatsanwältin Eva Brunner verlas die Anklage.",
                "Der Angeklagte, Rudolf Pichler, 61, schwieg lange.",
            ),
            ["Rudolf Pichler"],
        ),
        (
            "en",
            (
                '"I never touched the money," the defendant said outside court.',
                "Prosecutor Ellen Shaw read the charges.",
                "The defendant, Rory Keane, 44, sat with his head down.",
            ),
            ["Rory Keane"],
        ),
        (
            "es",
            (
                "«Yo no toqué el dinero», dijo el acusado a la salida.",
                "La fiscal Elena Soto leyó la acusación.",
                "El acusado, Rubén Pardo, de 44 años, no levantó la vista.",
            ),
            ["Rubén Pardo"],
        ),
        (
            "fr",
            (
                "« Je n'ai rien volé », a lancé le prévenu à la sortie.",
                "La procureure Anne Morel a lu l'acte.",
                "Le prévenu, Rémi Caron, 44 ans, n'a pas levé les yeux.",
            ),
            ["Rémi Caron"],
        ),
        (
            "fr",
            (
                "Karine Lavoie a deux enfants à l'école du village.",
                "La transporteuse Gisèle Roy a répondu : « Je peux payer plus. »",
                "« Les enfants attendent dans le froid », a ajouté la mère.",
            ),
            ["Gisèle Roy", "Karine Lavoie"],
        ),
        (
            "en",
            (
                "Karen Lowe has two children at the village school.",
                'The bus contractor, Gail Roy, answered: "I can pay more."',
                '"They wait in the cold every morning," the mother said.',
            ),
            ["Gail Roy", "Karen Lowe"],
        ),
        (
            "de",
            (
                "Karin Lehmann hat zwei Kinder an der Dorfschule.",
                "Die Busunternehmerin Gerda Roth antwortete: „Ich kann mehr zahlen.“",
                "„Sie warten jeden Morgen in der Kälte“, sagte die Mutter.",
            ),
            ["Gerda Roth", "Karin Lehmann"],
        ),
        (
            "es",
            (
                "Carina López tiene dos hijos en la escuela del pueblo.",
                "La transportista Gema Ruiz respondió: «Puedo pagar más».",
                "«Esperan cada mañana en el frío», dijo la madre.",
            ),
            ["Gema Ruiz", "Carina López"],
        ),
    ],
)
def test_a_noun_for_someone_finds_whom_the_article_calls_so(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # the role the previous speaker holds still goes to them
        (
            "en",
            (
                'Trustee Ben Ostrowski asked about the cost: "Where does the money come from?"',
                'Superintendent Marla Quinn answered: "The reserve holds enough."',
                '"We will find it there," the schools chief promised.',
            ),
            ["Ben Ostrowski", "Marla Quinn", "Marla Quinn"],
        ),
        # a relative clause whose verb gives no role of theirs ("who met the convener")
        (
            "en",
            (
                'Tom Reed, who met the convener last week, spoke first: "The hall is too small."',
                'Councillor Ada Pryce, convener of the committee, answered: "We will look again."',
                '"It will be done by May," the convener said.',
            ),
            ["Tom Reed", "Ada Pryce", "Ada Pryce"],
        ),
        # two holders named later: the description stays as written
        (
            "fr",
            (
                "« Il faut une ligne de nuit », a rétorqué le premier magistrat de la ville.",
                "Le bourgmestre de Namur, Philippe Delvaux, et le bourgmestre de Jambes, Luc Mertens, ont signé la "
                "charte.",
            ),
            ["premier magistrat de la ville"],
        ),
        # dogs make no one a parent
        (
            "es",
            (
                "Carina López tiene dos perros en la casa del pueblo.",
                "La transportista Gema Ruiz respondió: «Puedo pagar más».",
                "«Esperan cada mañana en el frío», dijo la madre.",
            ),
            ["Gema Ruiz", "Gema Ruiz"],
        ),
        # a pronoun subject before a manner after the verb: read as before
        (
            "de",
            (
                "Bürgermeisterin Anna Roth eröffnete die Sitzung: „Der Haushalt steht.“",
                "„Wir sind fertig“, sagte sie, ohne aufzusehen.",
            ),
            ["Anna Roth", "Anna Roth"],
        ),
    ],
)
def test_a_role_named_again_leaves_others_be(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


# Round 50 (roles50): a description resolves by meaning — a role in other words (the town's head, a coach, a captain by
# a figure of speech, a farmer by what she does, an office's letters), a wider role noun, a party's letters given in
# brackets; a quote standing alone after a sentence about someone and a scene naming no one; a court's opinion is its
# ruling. The positives are sentences of our own, each failing on the round's start code.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # the town's head in other words (a Stadtpräsidentin, a syndique, an intendenta; a mayor by his office's phrase)
        (
            "de",
            (
                "Stadtpräsidentin Regula Iseli eröffnete die Versammlung: „Die Brücke wird im Frühling gebaut.“",
                "Der Anwohner Thomas Gerber hielt dagegen: „Das hören wir seit zehn Jahren.“",
                "„Diesmal ist das Geld im Budget“, sagte die Rathauschefin.",
            ),
            ["Regula Iseli", "Thomas Gerber", "Regula Iseli"],
        ),
        (
            "fr",
            (
                "La syndique de Moudon, Claire Pittet, a ouvert la séance : « Le pont sera refait au printemps. »",
                "Le riverain Marc Favre a répliqué : « On nous le promet depuis dix ans. »",
                "« Cette fois, l'argent est au budget », a tranché la patronne de la commune.",
            ),
            ["Claire Pittet", "Marc Favre", "Claire Pittet"],
        ),
        (
            "es",
            (
                "La intendenta de Rafaela, Silvia Bertone, abrió la sesión: «El puente se arregla en primavera».",
                "La vecina Carla Ferrero le contestó: «Eso nos dicen hace diez años».",
                "«Esta vez la plata está en el presupuesto», remató la jefa comunal.",
            ),
            ["Silvia Bertone", "Carla Ferrero", "Silvia Bertone"],
        ),
        (
            "es",
            (
                "El alcalde de Chimbote, Jorge Rentería, habló primero: «La pista se asfalta en marzo».",
                "El transportista Luis Huamán le respondió: «Eso dijeron el año pasado».",
                "«Esta vez hay contrato firmado», insistió el primer ejecutivo municipal.",
            ),
            ["Jorge Rentería", "Luis Huamán", "Jorge Rentería"],
        ),
        # a coach as the news calls one (le technicien, el DT), her role given after an elided article
        (
            "fr",
            (
                "L'entraîneur de Lamentin, Joël Edouard, a attendu la fin du match : « Mes joueurs ont tout donné. »",
                "Marc Rosier, le père du gardien, pleurait dans la tribune : « Mon fils a tenu parole. »",
                "« On a eu peur en fin de match », a reconnu le technicien.",
            ),
            ["Joël Edouard", "Marc Rosier", "Joël Edouard"],
        ),
        (
            "es",
            (
                "El entrenador de Deportivo Pasto, Hernán Ocampo, habló al final: «Los muchachos dejaron todo».",
                "La madre del arquero, Gloria Erazo, lloraba en la tribuna: «Mi hijo cumplió su promesa».",
                "«Sufrimos en el segundo tiempo», reconoció el DT.",
            ),
            ["Hernán Ocampo", "Gloria Erazo", "Hernán Ocampo"],
        ),
        # a captain by a figure of speech (le vieux loup de mer, el viejo lobo de mar, the old sea dog)
        (
            "fr",
            (
                "Le capitaine Réjean Cormier a passé la nuit sur le quai : « La mer a monté d'un coup. »",
                "Son matelot, Kevin Arsenault, a montré les cordages : « On a travaillé toute la nuit. »",
                "« Le quai a bougé de deux pieds », a raconté le vieux loup de mer.",
            ),
            ["Réjean Cormier", "Kevin Arsenault", "Réjean Cormier"],
        ),
        (
            "es",
            (
                "El capitán Anselmo Barría pasó la noche en el muelle: «El mar subió de golpe».",
                "Su marinero, Kevin Oyarzo, mostró las amarras: «Trabajamos toda la noche».",
                "«El muelle se movió medio metro», contó el viejo lobo de mar.",
            ),
            ["Anselmo Barría", "Kevin Oyarzo", "Anselmo Barría"],
        ),
        (
            "en",
            (
                "Captain Rory MacNeil spent the night on the pier: “The sea came up all at once.”",
                "His deckhand, Callum Bain, showed the torn ropes: “We worked right through the night.”",
                "“The pier moved a good two feet,” the old sea dog said.",
            ),
            ["Rory MacNeil", "Callum Bain", "Rory MacNeil"],
        ),
        # a role by what the sentence about the person says she does (farms, bewirtschaftet einen Hof, cultiva)
        (
            "en",
            (
                "Martha Keane farms at Tarset with her son.",
                "Councillor Ian Robson stood beside her: “We will fight for this site.”",
                "“The mart was the heart of the valley,” the farmer said.",
            ),
            ["Ian Robson", "Martha Keane"],
        ),
        (
            "de",
            (
                "Martina Pichler bewirtschaftet mit ihrem Mann einen Hof bei Vöran.",
                "Bürgermeisterin Anna Gruber kam am Mittag: „Die Straße ist bis morgen frei.“",
                "„Mir hobm seit gestern koan Strom“, sagte die Bäuerin.",
            ),
            ["Anna Gruber", "Martina Pichler"],
        ),
        (
            "es",
            (
                "María Condori cultiva quinua en Patacamaya desde hace treinta años.",
                "El alcalde Juan Mamani llegó al mediodía: «El camino se abre mañana».",
                "«Perdimos media cosecha con la helada», dijo la campesina.",
            ),
            ["Juan Mamani", "María Condori"],
        ),
        # an office by its letters (le DGS: the directeur général des services)
        (
            "fr",
            (
                "Le directeur général des services de la Ville, Alain Jacquet, a donné les chiffres : « Il manque la "
                "moitié de l'eau. »",
                "Marie Joseph, du quartier Trénelle, a répondu : « Une heure par jour, c'est peu. »",
                "« Les camions passeront deux fois par jour », a assuré le DGS.",
            ),
            ["Alain Jacquet", "Marie Joseph", "Alain Jacquet"],
        ),
        # a wider role noun: the one holder of the roles it stands for (the top administrator: the superintendent)
        (
            "en",
            (
                "Superintendent Dr. Karen Ostrowski opened the meeting: “We are closing Maple Street to save money.”",
                "Parent Dana Kovach had written her speech on a card: “The gym needs a new roof, but it is our "
                "school.”",
                "“The buses will run on time,” the district's top administrator countered.",
            ),
            ["Karen Ostrowski", "Dana Kovach", "Karen Ostrowski"],
        ),
        # a party's letters given in brackets after the name ("der SVP-Politiker", "der FDP-Mann", "the SNP councillor")
        (
            "de",
            (
                "Stadtrat Urs Zbinden (SVP) sagte: „Wir sanieren hier ein Zeughaus für einen Verein.“",
                "Thomas Moser, dessen Tochter Geige spielt, sass auf der Tribüne: „Unsere Tochter übt im Keller.“",
                "„Die Stadt sollte zuerst ihre Schulen sanieren“, gab der SVP-Politiker zurück.",
            ),
            ["Urs Zbinden", "Thomas Moser", "Urs Zbinden"],
        ),
        (
            "de",
            (
                "Gemeinderat Kurt Meier (FDP) sagte: „Die Halle ist zu teuer.“",
                "Gemeinderätin Petra Hug (SP) sagte: „Die Vereine brauchen die Halle.“",
                "Der Hauswart Bruno Käser, der die Halle seit 1990 betreut, nickte: „Das Dach ist dicht.“",
                "„Dann baut sie halt ohne Tribüne“, meinte der FDP-Mann.",
            ),
            ["Kurt Meier", "Petra Hug", "Bruno Käser", "Kurt Meier"],
        ),
        (
            "en",
            (
                "Councillor Fiona Baird (SNP) said: “This hall has no parking.”",
                "Councillor Gary Moffat (Labour) said: “The parking comes in May.”",
                "Stallholder Andrew Reid, who has sold fish there since 1990, stood up: “No market, no town.”",
                "“Fix the parking first,” the SNP councillor replied.",
            ),
            ["Fiona Baird", "Gary Moffat", "Andrew Reid", "Fiona Baird"],
        ),
        # a quote standing alone after a sentence about a person and a scene that names no one
        (
            "en",
            (
                "Mary Dodd farms at Allendale with her son. Since Tuesday the lane has been shut. "
                "“We are snowed in, but the cows are fed.”",
            ),
            ["Mary Dodd"],
        ),
        (
            "de",
            (
                "Andrea Kofler bewirtschaftet mit ihrem Mann einen Hof oberhalb von Villanders. Seit dem Morgen ist "
                "die Zufahrt zu. "
                "„Mir sein eingschneit, ober die Kiah sein versorgt.“",
            ),
            ["Andrea Kofler"],
        ),
        (
            "es",
            (
                "María Quispe cultiva papas en la ladera de Ollantaytambo. Desde el martes, el camino está cortado. "
                "«Estamos aislados, pero los animales comen».",
            ),
            ["María Quispe"],
        ),
        (
            "fr",
            (
                "Josiane Ruel cultive des pommes sur le coteau de Rigaud. Depuis mardi, la route est coupée. "
                "« On est pris, mais les vaches sont nourries. »",
            ),
            ["Josiane Ruel"],
        ),
        # a court's opinion is its ruling, never the holder of a role named after it; "quoted X, NAME, as testifying"
        (
            "en",
            (
                "A panel of the Eleventh Court of Appeals on Friday reversed the verdict. Justice Maria Delgado wrote "
                "for the "
                "majority: “A contract is read from its text.”",
                "According to the opinion, “the 1994 lease granted a half interest in the pump and the tank.”",
                "The opinion quoted the ranch manager, Travis Holt, as testifying at trial: “I meant to fence it off "
                "anyhow.”",
            ),
            ["Maria Delgado", "Eleventh Court of Appeals", "Travis Holt"],
        ),
        (
            "en",
            (
                "The State Court of Appeals ruled on Monday. “The fence stands where the survey put it,” "
                "Judge Alan Fisk wrote.",
                "According to the opinion, “no deed moved the line after 1961.”",
                "The opinion quoted the county surveyor, Dana Pruett, as testifying: “The stakes were never moved.”",
            ),
            ["Alan Fisk", "State Court of Appeals", "Dana Pruett"],
        ),
    ],
)
def test_round_50_a_description_resolves_by_meaning(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


# (negatives: of two holders of one family the nearer; a technician called so keeps the word; two parties' letters; a
# name's initials are no party; a scene naming someone by a pronoun; a description of the other gender)
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # two holders of one family: the nearer one who holds it
        (
            "fr",
            (
                "L'entraîneur de l'US Lamentin, Joël Edouard, a parlé en premier : « Mes joueurs ont tout donné. »",
                "Le coach de Case-Pilote, Serge Mona, a répondu : « On reviendra plus forts. »",
                "« L'arbitre a été juste », a reconnu le technicien.",
            ),
            ["Joël Edouard", "Serge Mona", "Serge Mona"],
        ),
        # a technician called so keeps the word
        (
            "fr",
            (
                "L'entraîneur de l'US Lamentin, Joël Edouard, a parlé : « Mes joueurs ont tout donné. »",
                "Paul Roy, technicien chez Enedis, réparait le poteau : « Le courant revient ce soir. »",
                "« Il faut changer le câble », a expliqué le technicien.",
            ),
            ["Joël Edouard", "Paul Roy", "Paul Roy"],
        ),
        # two parties' letters: the description's own
        (
            "de",
            (
                "Stadtrat Urs Zbinden (SVP) sagte: „Wir sanieren hier ein Zeughaus.“",
                "Stadträtin Eva Roth (SP) sagte: „Die Musikschule braucht Platz.“",
                "„Die Stadt sollte zuerst ihre Schulen sanieren“, gab der SVP-Politiker zurück.",
            ),
            ["Urs Zbinden", "Eva Roth", "Urs Zbinden"],
        ),
        # initials in brackets are no party
        (
            "en",
            (
                "Branch secretary Maureen Kilbride (MK) told the rally: “We will not go back.”",
                "“Not one step,” MK added.",
            ),
            ["Maureen Kilbride", "Maureen Kilbride"],
        ),
        # a scene that names someone else, or a person by a pronoun: not the first sentence's subject
        (
            "en",
            (
                "Mary Dodd farms at Allendale with her son. Her neighbour came by at noon. "
                "“We are snowed in, but the cows are fed.”",
            ),
            [None],
        ),
        # a description of the other gender stays as written
        (
            "es",
            (
                "Pedro Ruiz encabeza la plataforma vecinal desde marzo.",
                "«No vamos a parar», dijo la portavoz de la plataforma.",
            ),
            ["portavoz de la plataforma"],
        ),
    ],
)
def test_round_50_a_description_keeps_its_holder(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


# Round 51 (roles51): a description resolves by what the article says of each person — a word of what they do or keep
# (in lower case), an office's letters, a party's noun, a wider role noun, a place they head; the person credited when
# read stays when the description fits them, and a plural cue is no one. Sentences of our own (the round's held-out set
# is tests/test_roles51_heldout.py), each positive failing on the round's start code.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # an office's letters: the initials of its words, its function words passed over
        (
            "fr",
            (
                "Le directeur général adjoint de la métropole, Thierry Marchal, a présenté le plan : « Les "
                "bus passeront toutes les dix minutes. »",
                "L'usagère Nadia Benali a réagi : « On verra en hiver. »",
                "« La ligne sera prolongée en 2028 », a ajouté le DGA.",
            ),
            ["Thierry Marchal", "Nadia Benali", "Thierry Marchal"],
        ),
        # a party's noun for its member (two people of one gender: the letters in brackets tell them apart)
        (
            "fr",
            (
                "Le conseiller Marc Aubry (LR) a déclaré : « Ce budget est irréaliste. »",
                "Le conseiller Hugo Pinel (PS) a répondu : « Il protège les écoles. »",
                "« Nous voterons contre », a lancé le gaulliste.",
            ),
            ["Marc Aubry", "Hugo Pinel", "Marc Aubry"],
        ),
        (
            "es",
            (
                "La regidora Marta Ibáñez (PRI) dijo en la sesión: «Faltan patrullas en el centro».",
                "La regidora Sofía Luna (Morena) contestó: «Ya se compraron diez».",
                "«Diez no alcanzan para treinta colonias», insistió la priista.",
            ),
            ["Marta Ibáñez", "Sofía Luna", "Marta Ibáñez"],
        ),
        # a wider noun for whoever sits in a legislature: the last speaker is no default for a cue that goes on
        (
            "es",
            (
                "El diputado Óscar Lema, que representa a Vigo, dijo al llegar a la lonja: «Traigo el plan "
                "de la Xunta».",
                "El pescador Juan Rial le respondió: «El plan llega tarde para el pulpo».",
                "«Habrá ayudas antes del verano», añadió el legislador.",
            ),
            ["Óscar Lema", "Juan Rial", "Óscar Lema"],
        ),
        # the head of a place: the person holding the office of that place
        (
            "en",
            (
                "The mayor of Ballarat, Colin Hearn, opened the new bridge: “It took eleven years.”",
                "Engineer Ruth Wills, who drew the plans, smiled: “Eleven years and one flood.”",
                "“The old bridge will become a footpath,” said the man at the head of the town.",
            ),
            ["Colin Hearn", "Ruth Wills", "Colin Hearn"],
        ),
        # negatives: the description fits the person quoted just before; a plural cue's description is no one
        (
            "en",
            (
                "The mayor of Ballarat, Colin Hearn, opened the new bridge: “It took eleven years.”",
                "Moses Otieno has driven the school bus in Kisumu for nine years: “The road floods every April.”",
                "“We leave at six now, before the water rises,” the bus driver added.",
            ),
            ["Colin Hearn", "Moses Otieno", "Moses Otieno"],
        ),
        (
            "es",
            (
                "La regidora Marta Ibáñez (PRI) dijo en la sesión: «Faltan patrullas en el centro».",
                "La regidora Sofía Luna (Morena) contestó: «Ya se compraron diez».",
                "«Y vendrán otras diez», insistió la morenista.",
            ),
            ["Marta Ibáñez", "Sofía Luna", "Sofía Luna"],
        ),
        (
            "de",
            (
                "Heike Brandt führt seit 2010 die Imkerei am Waldrand: „Die Völker sind gut durch den "
                "Winter gekommen.“",
                "Die Kinder der Imkergruppe sangen zum Abschied: „Summ, summ, summ!“",
                "„Nächstes Jahr kommen wir wieder“, riefen die Imkerkinder.",
            ),
            ["Heike Brandt", "Die Kinder der Imkergruppe", None],
        ),
    ],
)
def test_a_description_resolves_by_what_the_article_says_of_each_person(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


# Round 52 (roles52): a description fits the person whose role is of its class (lexicon ``class_nouns`` and
# ``class_roles``), whatever its words; one of a class no one holds is no one the article introduced by another class;
# an indefinite role of a class is no one.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a class's wider noun: a rank's, a civil servant's, a ministry's, a legislature's
        (
            "en",
            (
                "Commodore Aisha Bello inspected the flooded naval base: “The docks will reopen in May.”",
                "Net-maker Femi Adeyemi has mended nets on the quay since 1979: “My shed is gone.”",
                "“Every family will be housed by Friday,” the officer said.",
            ),
            ["Aisha Bello", "Femi Adeyemi", "Aisha Bello"],
        ),
        (
            "de",
            (
                "Oberst Reto Caflisch leitete den Einsatz am Hang: „Die Strasse bleibt bis Montag zu.“",
                "Ursina Cadonau, Bäuerin im Dorf, sagte: „Meine Kühe stehen im Stall fest.“",
                "„Wir fliegen das Heu mit dem Helikopter hinauf“, sagte der Offizier.",
            ),
            ["Reto Caflisch", "Ursina Cadonau", "Reto Caflisch"],
        ),
        (
            "es",
            (
                "La ministra de Pesca, Irene Solís, visitó la caleta de Tongoy: «Habrá un bono para cada familia».",
                "El buzo Mario Gallardo, que saca machas desde niño, dijo: «La marea roja nos dejó sin nada».",
                "«El bono se paga en enero», agregó la representante del ministerio.",
            ),
            ["Irene Solís", "Mario Gallardo", "Irene Solís"],
        ),
        (
            "en",
            (
                "The MP for Leith, Gordon Blair, came to the harbour: “The money is there.”",
                "Joe Pike has fished the bay for forty years: “The ice came early.”",
                "“We will fund the repairs,” remarked the man from Parliament.",
            ),
            ["Gordon Blair", "Joe Pike", "Gordon Blair"],
        ),
        # a style after a possessive
        (
            "en",
            (
                "Mayor Olwen Pritchard cut the ribbon at the new library: “Books belong to everyone.”",
                "Glyn Morgan, a retired printer, donated his collection: “I kept them for sixty years.”",
                "“The doors open at nine every morning,” said Her Worship.",
            ),
            ["Olwen Pritchard", "Glyn Morgan", "Olwen Pritchard"],
        ),
        (
            "es",
            (
                "La jueza Marta Ibáñez abrió la audiencia: «El juicio será público».",
                "El vecino Luis Prado, albañil, dijo: «Queremos justicia».",
                "«Se suspende hasta el lunes», anunció Su Señoría.",
            ),
            ["Marta Ibáñez", "Luis Prado", "Marta Ibáñez"],
        ),
        # no one of the class: the description as written, not the winegrower quoted before
        (
            "de",
            (
                "Der Winzer Lukas Gasser schneidet seine Reben am Hang: „Der Hagel hat alles zerschlagen.“",
                "„Der Kanton zahlt die Hälfte der Schäden“, sagte der Regierungsstatthalter.",
            ),
            ["Lukas Gasser", "Regierungsstatthalter"],
        ),
        # an indefinite role of a class, a council's member and no council
        (
            "de",
            (
                "Der Bäcker Jonas Weber öffnet um fünf Uhr: „Die Baustelle vertreibt die Kunden.“",
                "„Die Stadt hat uns nie gefragt“, sagte ein Stadtrat der Opposition, der anonym bleiben wollte.",
            ),
            ["Jonas Weber", None],
        ),
        # a role and its adjective in lower case are one description, not a name ("civil", "presidencial")
        (
            "es",
            (
                "El arriero Cosme Vilte baja con sus llamas desde los cerros: «El alud se llevó el corral».",
                "«Los fondos ya están aprobados», aseguró la delegada presidencial.",
            ),
            ["Cosme Vilte", "delegada presidencial"],
        ),
        (
            "es",
            (
                "La tejedora Rosa Quispe vende mantas en la plaza: «Este año no vino nadie».",
                "«La feria se hará igual», dijo el jefe político.",
            ),
            ["Rosa Quispe", "jefe político"],
        ),
        # negatives: the description fits the person quoted just before; a word said of the person credited; the same
        # trade again
        (
            "de",
            (
                "Ursina Cadonau, Bäuerin im Dorf, sagte: „Meine Kühe stehen im Stall fest.“",
                "Oberst Reto Caflisch leitete den Einsatz am Hang: „Die Strasse bleibt bis Montag zu.“",
                "„Wir fliegen das Heu hinauf“, sagte der Offizier.",
            ),
            ["Ursina Cadonau", "Reto Caflisch", "Reto Caflisch"],
        ),
        (
            "fr",
            (
                "Le chef coutumier du canton, Kwami Agbéko, a réuni les anciens : « La terre est à tous. »",
                "« Nous partagerons les semences », a ajouté le chef coutumier.",
            ),
            ["Kwami Agbéko", "Kwami Agbéko"],
        ),
        (
            "es",
            (
                "El pescador Ramiro Lemos repara su red: «Tres días sin salir».",
                "«El mar está bravo», añadió el pescador.",
            ),
            ["Ramiro Lemos", "Ramiro Lemos"],
        ),
        # (an owner's noun is no class of the description: "the mayor's chief of staff" is not the mayor)
        (
            "en",
            (
                "Mayor Kylie Brennan opposed the new parking fee: “It is a tax on the sick.”",
                "“The mayor will raise it with the minister,” the mayor's chief of staff said.",
            ),
            ["Kylie Brennan", "mayor's chief of staff"],
        ),
    ],
)
def test_a_description_fits_a_person_by_its_class_of_roles(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


# Round 53 (roles53): a description goes to the person it describes by the evidence any article gives: its gender
# (an article's, a noun's: "the woman from …", "la femme du …", "la mujer del …"), an office against a private person
# introduced by a deed or a trade (lexicon ``office_words``), and, left as written, the one person of its gender and an
# office introduced before the quote. Only the last quote's speaker is checked: the cases before set the scene.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a private person kept by a trade is no office's description: the one holder appointed before
        (
            "en",
            (
                "The regional commissioner, Joseph Kamau, whom the President appointed last year, came to the ferry: "
                "“A second boat is on its way.”",
                "Peter Otieno sells fish at the landing. “The catch rots without ice.” “We need the boat this week,” "
                "said the fishmonger.",
                "“The boat will come from Kisumu,” replied the President's man at the lake.",
            ),
            "Joseph Kamau",
        ),
        # left as written, of a gender and an office: the one such person introduced before the quote
        (
            "en",
            (
                "Eileen Marsh, who represents the ward on the county council, walked the flooded lane: “The drains "
                "will be cleared.”",
                "Bert Cole keeps the corner shop on the lane. “I lost a week of trade,” he said.",
                "“The county has found the money,” said the woman from the council chamber.",
            ),
            "Eileen Marsh",
        ),
        (
            "en",
            (
                "Priya Nair, who was elected to the city council in May, toured the market: “The roof will be fixed.”",
                "Tom Hale sells apples at the gate. “Rain gets in every day,” he said.",
                "“The money is set aside,” said the woman from city hall.",
            ),
            "Priya Nair",
        ),
        (
            "fr",
            (
                "Martine Roussel, qui représente le canton au conseil départemental, a visité l'école : « Le "
                "chauffage sera payé. »",
                "Gérard Colin est concierge de l'école. « Il a fait froid deux semaines », a-t-il dit.",
                "« L'argent est déjà voté », a dit la femme du département.",
            ),
            "Martine Roussel",
        ),
        (
            "es",
            (
                "Marta Salinas, que representa al distrito en el cabildo, visitó la escuela: “La calefacción se paga.”",
                "Julio Ortega es conserje de la escuela. “Hizo frío dos semanas”, dijo.",
                "“El dinero ya está aprobado”, dijo la mujer del ayuntamiento.",
            ),
            "Marta Salinas",
        ),
        (
            "es",
            (
                "Rogelio Ancona, que fue electo por el distrito en junio, visitó la colonia: “El drenaje se arregla en "
                "enero.”",
                "Lupe Canché vende tamales en la esquina. “Se me inundó la casa”, dijo ella.",
                "“El presupuesto ya está aprobado”, dijo el servidor público.",
            ),
            "Rogelio Ancona",
        ),
        # an elided article opens a description as the others do
        (
            "fr",
            (
                "Le colonel Patrice Ndong commande le camp depuis juin : « La route reste fermée. »",
                "Awa Diallo vend du pain devant le camp. « Les clients ne passent plus. » « Je perds tout », a dit la "
                "boulangère.",
                "« Nous rouvrirons lundi », a répondu l'officier supérieur.",
            ),
            "Patrice Ndong",
        ),
        # (not: a description of no office fits the private person kept by a trade; a generic noun of their gender)
        (
            "fr",
            (
                "Le commandant de la brigade, le lieutenant Karim Benali, a fermé le pont : « Personne ne passe. »",
                "Lucie Garnier tient le café près du pont. « Les habitués ne viennent plus. » « J'ai fermé à midi », a "
                "dit la cafetière.",
                "« Le pont rouvrira demain », a assuré l'homme en uniforme.",
            ),
            "Karim Benali",
        ),
        (
            "de",
            (
                "Bürgermeister Uwe Hartmann eröffnete die Halle: „Sie gehört allen.“",
                "Erika Brandt backt seit 1985 Brot im Ort. „Das Mehl ist teuer.“ „Ich backe trotzdem“, sagte die "
                "Bäckerin.",
                "„Die Kunden bleiben treu“, sagte die Frau aus der Backstube.",
            ),
            "Erika Brandt",
        ),
        (
            "es",
            (
                "La alcaldesa Rosa Paniagua inauguró la plaza: “Es de todos.”",
                "Mario Cuevas vende helados en la plaza. “Hace mucho frío.” “Nadie compra”, dijo el heladero.",
                "“Esperamos la primavera”, dijo el vendedor.",
            ),
            "Mario Cuevas",
        ),
        (
            "es",
            (
                "El regidor de Mercados, Alfonso Tun, recorrió los pasillos: “El techo se repara en enero.”",
                "Ernesto Vidal alquila botes en el muelle desde hace veinte años. “Nadie rema en el barro.” "
                "“Perdí toda la temporada”, dijo el botero.",
                "“Mañana salgo otra vez”, dijo el botero.",
            ),
            "Ernesto Vidal",
        ),
        # (not: an office of its own no one holds stays as written, not a president of something else)
        (
            "es",
            (
                "La presidenta de la cooperativa, Inés Calvo, recorrió el muelle: “Hoy gana todo el pueblo.”",
                "Mario Quiroga pesca desde niño. “El mar está bravo”, dijo.",
                "“El año que viene vendrán más barcos”, afirmó la alcaldesa.",
            ),
            "alcaldesa",
        ),
    ],
)
def test_a_description_goes_to_the_person_of_its_gender_and_office(
    code: str, texts: tuple[str, ...], want: str
) -> None:
    assert _said_in(code, *texts)[-1] == want


# Round 54 (roles54): a description by a place, a seat, a building or a domain of work ("the woman from the fire
# station", "der Mann vom Brückenbau", "l'homme de l'aviation", "el hombre de Casa Amarilla") goes to the person the
# article ties to its complement (a domain's words in other words, lexicon ``domain_families``), or when none, to the
# office holder of its gender named before, never to the private person quoted just before; an office holder fitting as
# well as the private person credited takes it. Negatives: the complement is the private person's own, or no one holds
# an office.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "The head of the county's fire service, Gwen Alder, stood at the burnt barn: “The crews worked through "
                "the night.”",
                "Lucy Barr runs the tea room across the lane. “The smoke came in through every window,” she said.",
                "“We will check every thatched roof in the parish,” said the woman from the fire station.",
            ),
            "Gwen Alder",
        ),
        (
            "en",
            (
                "Governor Malcolm Tennant toured the flooded quarter on Monday: “Every family will be housed by "
                "Friday.”",
                "Bill Hoskins drives a delivery van through the quarter. “I have not made a drop since Saturday,” he "
                "said.",
                "“The pumps arrive tonight,” said the man from Kingsgate.",
            ),
            "Malcolm Tennant",
        ),
        (
            "de",
            (
                "Der Leiter des Straßenbauamts Rosenheim, Martin Eder, besichtigte die gesperrte Brücke: „Wir bauen "
                "eine "
                "Behelfsbrücke.“",
                "Franz Gruber betreibt seit 1994 die Tankstelle an der Bundesstraße. „Mir fehlt die Hälfte der "
                "Kundschaft“, sagte er.",
                "„Im Mai ist alles wieder offen“, sagte der Mann vom Brückenbau.",
            ),
            "Martin Eder",
        ),
        (
            "de",
            (
                "Der Leiter des Schulamts im Landkreis, Dieter Vogl, kam in die Turnhalle: „Der Unterricht fällt bis "
                "Mittwoch aus.“",
                "Karl Hinterberger fährt seit zwanzig Jahren den Schulbus nach Aschau. „Die Kinder warten bei minus "
                "zehn "
                "Grad“, sagte er.",
                "„Wir suchen einen Ersatzraum“, sagte der Mann von der Schulbehörde.",
            ),
            "Dieter Vogl",
        ),
        (
            "fr",
            (
                "Le directeur de l'aéroport de Pointe-à-Pitre, Didier Loret, a fait le point : « Les vols reprendront "
                "demain. »",
                "Joël Bourgeois tient un snack sur le parking. « Je n'ai rien vendu depuis trois jours », a-t-il dit.",
                "« La piste a été contrôlée mètre par mètre », a assuré l'homme de l'aviation.",
            ),
            "Didier Loret",
        ),
        (
            "fr",
            (
                "La préfète Anne Morel a réuni la cellule de crise : « Les écoles resteront fermées lundi. »",
                "Sylvie Caron tient le bar-tabac de la place depuis vingt ans. « Les clients ont peur de sortir », a-t-"
                "elle dit.",
                "« Nous rouvrirons au plus vite », a répondu la femme de l'Hôtel de Rochegude.",
            ),
            "Anne Morel",
        ),
        (
            "es",
            (
                "El gobernador Arturo Villegas recorrió los barrios anegados: «Llegan doscientas carpas.»",
                "Pedro Mena repara motos en la calle principal. «El agua me tapó el taller», dijo.",
                "«Nadie quedará a la intemperie», replicó el hombre de Casa Amarilla.",
            ),
            "Arturo Villegas",
        ),
    ],
)
def test_a_description_by_a_place_or_a_domain_goes_to_whom_the_article_ties_to_it(
    code: str, texts: tuple[str, ...], want: str
) -> None:
    assert _said_in(code, *texts)[-1] == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "Mayor Ruth Lowell opened the new marina: “The town has waited long enough.”",
                "Joe Brennan has run the café on the quay for thirty years. “Business will double,” he said.",
                "“I will need two more cooks,” said the man from the café.",
            ),
            "Joe Brennan",
        ),
        (
            "de",
            (
                "Bürgermeister Georg Hirsch eröffnete den Lehrpfad: „Ein schöner Tag für die Gemeinde.“",
                "Der Förster Paul Maier hat die Tafeln aufgestellt. „Die Buchen hier sind zweihundert Jahre alt“, "
                "sagte "
                "er.",
                "„Man muss sie nur in Ruhe lassen“, sagte der Mann vom Wald.",
            ),
            "Paul Maier",
        ),
        (
            "fr",
            (
                "Le maire Alain Viaud a inauguré la jetée : « C'est un grand jour pour l'île. »",
                "Jean Ribot, pêcheur de Port-Joinville depuis quarante ans, regardait la cérémonie. « Enfin un abri "
                "pour "
                "nos bateaux », a-t-il dit.",
                "« On pourra sortir même par gros temps », a ajouté l'homme de Port-Joinville.",
            ),
            "Jean Ribot",
        ),
        (
            "es",
            (
                "Rosa Iturbe vende pescado en el mercado del puerto desde niña. «Hoy no hay sardina», dijo.",
                "Ana Lezama repara redes en el muelle. «El temporal rompió tres», dijo.",
                "«Mañana saldrán los barcos», dijo la mujer del puerto.",
            ),
            "Ana Lezama",
        ),
    ],
)
def test_a_description_by_a_place_or_a_domain_stays_with_whom_it_fits(
    code: str, texts: tuple[str, ...], want: str
) -> None:
    assert _said_in(code, *texts)[-1] == want


# Round 55 (roles55): a description goes to the person it describes by what the article says each person does and is:
# an agent noun of the verb the sentence introducing them opens on ("Hanna Vogt töpfert …": "die Töpferin"; lexicon
# ``deed_endings``), a noun for whoever does a deed said of them (lexicon ``deed_nouns``: "who lectured in history":
# "the former lecturer"), what they were (lexicon ``former_words``, "ex" written onto the noun), a class of roles the
# words said of them name whatever role the cast kept ("El alcalde de Paysandú, el contador X": "el burgomaestre"),
# an office in an older or a regional word ("el burgomaestre"), a spokesperson in other words ("die
# Sprecherin" of a "Pressesprecherin"); the agent noun of the previous speaker's own deed is theirs ("the painter").
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "Mayor Colin Reeves opened the new bridge: “The town has waited ten years for this.”",
                "Tom Briggs paints houses along the harbour road. “I lost a week of work to the closure,” he said.",
                "“The council will pay for the new railings,” said the mayor.",
                "“The bridge looks grand from my ladder,” said the painter.",
            ),
            "Tom Briggs",
        ),
        (
            "de",
            (
                "Landrätin Petra Wolf eröffnete den Markt: „Der Kreis steht hinter dem Handwerk.“",
                "Hanna Vogt töpfert Schalen in ihrer Werkstatt am Kirchplatz. „Ohne Markt verkaufe ich nichts“, sagte "
                "sie.",
                "„Wir fördern jeden Stand“, sagte die Landrätin.",
                "„Das Geld brauche ich für den neuen Ofen“, sagte die Töpferin.",
            ),
            "Hanna Vogt",
        ),
        (
            "fr",
            (
                "La sous-préfète Hélène Morin a visité l'atelier : « L'État soutient les métiers d'art. »",
                "Lucie Hamon brode des nappes pour les mariages du canton. « Les commandes ont baissé », a-t-elle dit.",
                "« Une aide arrivera au printemps », a dit la sous-préfète.",
                "« Je l'attends depuis deux ans », a répondu la brodeuse.",
            ),
            "Lucie Hamon",
        ),
        (
            "es",
            (
                "La alcaldesa Ramona Ortiz inauguró la feria: «Es la fiesta de todo el pueblo.»",
                "Carmen Díaz borda manteles para las bodas del valle. «Este año vendí la mitad», dijo.",
                "«El ayuntamiento pagará los puestos», dijo la alcaldesa.",
                "«Con eso me basta», dijo la bordadora.",
            ),
            "Carmen Díaz",
        ),
        (
            "en",
            (
                "Councillor Ruth Ames, who lectured in history at the county college before her election, opened the "
                "hall: “The library stays.”",
                "Gwen Price keeps the corner shop on Bell Street. “Nobody comes in after dark,” she said.",
                "“We will light the whole street by winter,” said the former lecturer.",
            ),
            "Ruth Ames",
        ),
        (
            "es",
            (
                "La diputada Inés Paredes, que enseñó matemáticas en el liceo del pueblo, visitó la escuela: «Faltan "
                "aulas.»",
                "Rosa Gaete vende pan en la plaza. «Los niños comen en la calle», dijo.",
                "«El ministerio enviará dos aulas», respondió la exprofesora.",
            ),
            "Inés Paredes",
        ),
        (
            "es",
            (
                "El alcalde de Paysandú, el contador Raúl Benítez, recorrió los barrios: «Las bombas llegan hoy.»",
                "Tito Gómez, de 60 años, miraba el río. «Perdí todo», dijo.",
                "«Nadie va a quedar sin techo», replicó el burgomaestre.",
            ),
            "Raúl Benítez",
        ),
        (
            "de",
            (
                "Die Pressesprecherin der Stadtwerke, Jana Beck, bestätigte den Ausfall: „Der Strom kommt am Abend.“",
                "„Mein Kühlschrank taut“, sagte Gerda Lüth.",
                "„Wir arbeiten mit Hochdruck“, sagte die Sprecherin.",
            ),
            "Jana Beck",
        ),
        (
            "en",
            (
                "Mayor Colin Reeves opened the new bridge: “The town has waited ten years for this.”",
                "Tom Briggs paints houses along the harbour road. “I lost a week of work to the closure,” he said.",
                "“My ladders are still in the river,” said the painter.",
            ),
            "Tom Briggs",
        ),
    ],
)
def test_a_description_goes_to_whom_the_article_says_does_or_is_what_it_names(
    code: str, texts: tuple[str, ...], want: str
) -> None:
    assert _said_in(code, *texts)[-1] == want


# (negatives: a former profession the previous speaker had; a description of an office no one of the cast holds after a
# private person's quote stays as written)
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "de",
            (
                "Bürgermeisterin Anja Roth eröffnete den Markt: „Ein guter Tag für die Stadt.“",
                "Der frühere Lehrer Otto Kern verkauft heute Honig. „Die Bienen hatten ein gutes Jahr“, sagte er.",
                "„Früher habe ich Biologie erklärt, jetzt zeige ich sie“, sagte der ehemalige Lehrer.",
            ),
            "Otto Kern",
        ),
        (
            "fr",
            (
                "Lucie Hamon brode des nappes pour les mariages du canton. « Les commandes ont baissé », a-t-elle dit.",
                "« Il faudra une aide », a dit la préfète.",
            ),
            "préfète",
        ),
        (
            "en",
            (
                "Mayor Colin Reeves opened the new bridge: “The town has waited ten years for this.”",
                "Tom Briggs paints houses along the harbour road. “I lost a week of work to the closure,” he said.",
                "“The tide was the highest I have seen,” said the ferryman.",
            ),
            "ferryman",
        ),
    ],
)
def test_a_description_of_someone_else_s_deed_stays_where_it_was(code: str, texts: tuple[str, ...], want: str) -> None:
    assert _said_in(code, *texts)[-1] == want


# Round 56 (roles56): a description goes to the person it describes by what the article said of each person where it
# named them, whatever role the cast kept: the place they come from, by a noun of whoever comes from it (lexicon
# ``origin_endings``: "die Fichtelbergerin", "la tarateña", "le Sérignanais") or by its name before a noun ("the Islay
# woman"); a thing they work with, inside a compound ending on a generic noun ("der Schleusenmann"); a noun the article
# called them by in a phrase before their name ("The senior wardmaster of Tema, X": "the wardmaster"); what they wear
# or carry after French "à" (lexicon ``description_links``: "l'homme à la canne"); a trade a deed says (lexicon
# ``deed_nouns``: "buceó": "el buzo"). Each positive fails on round 56's start code.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "de",
            (
                "Landrätin Ulrike Meier, die in Fichtelberg geboren ist, besuchte das Sägewerk: „Der Kreis hilft.“",
                "Karla Hofmann sägt seit dreißig Jahren Bretter. „Das Holz ist teuer geworden“, sagte sie.",
                "„Wir zahlen die Hälfte der Pumpen“, entgegnete die Fichtelbergerin.",
            ),
            "Ulrike Meier",
        ),
        (
            "es",
            (
                "La alcaldesa, Rosa Quispe Mamani, nacida en Tarata, visitó el canal: «El agua vuelve el lunes».",
                "Ana Condori vende queso en la feria. «Nadie compra sin agua», dijo.",
                "«El lunes abrimos la compuerta», respondió la tarateña.",
            ),
            "Rosa Quispe Mamani",
        ),
        (
            "fr",
            (
                "Le maire, Paul Rivière, natif de Sérignan, a visité la digue : « Elle tiendra. »",
                "Claire Fabre tient la boulangerie du port. « Le four a pris l'eau », a-t-elle dit.",
                "« La digue sera renforcée cet hiver », a promis le Sérignanais.",
            ),
            "Paul Rivière",
        ),
        (
            "en",
            (
                "Councillor Morag Orr, who grew up on Islay, chaired the meeting: “The pier will be rebuilt.”",
                "Hamish Bell runs the ferry café. “Nobody comes when the boat is off,” he said.",
                "“The money is there for the pier,” said the Islay woman.",
            ),
            "Morag Orr",
        ),
        (
            "de",
            (
                "Ortsvorsteher Heiko Brandt, der jahrzehntelang die Schleuse am Kanal bediente, kam zum Deich: „Das "
                "Wasser fällt.“",
                "Gert Lange vermietet Boote am Steg. „Die Gäste sind abgereist“, sagte er.",
                "„Morgen öffnen wir das Tor wieder“, sagte der alte Schleusenmann.",
            ),
            "Heiko Brandt",
        ),
        (
            "en",
            (
                "The senior wardmaster of Tema, Kofi Mensah Boateng, walked the flooded lanes: “The drains are "
                "blocked.”",
                "Ama Owusu sells kenkey by the lorry park. “My stall is under water,” she said.",
                "“The assembly will clear them this week,” said the wardmaster.",
            ),
            "Kofi Mensah Boateng",
        ),
        (
            "fr",
            (
                "Le chef de village, Koffi Amouzou, appuyé sur sa canne, a fait le tour du marché : « Le pont "
                "tiendra. »",
                "Afi Mensah vend du poisson fumé. « Mes clientes ne viennent plus », a-t-elle dit.",
                "« Les camions passeront lundi », a assuré l'homme à la canne.",
            ),
            "Koffi Amouzou",
        ),
        (
            "es",
            (
                "El alcalde, Ramón Archbold, que buceó caracol quince años antes de la política, habló en el muelle: "
                "«La lancha sale el martes».",
                "Ernesto Howard arregla motores en la playa. «No hay repuestos», dijo.",
                "«El mar manda aquí», contestó el viejo buzo.",
            ),
            "Ramón Archbold",
        ),
    ],
)
def test_a_description_by_what_the_article_said_where_it_named_them_is_theirs(
    code: str, texts: tuple[str, ...], want: str
) -> None:
    assert _said_in(code, *texts)[-1] == want


# The negatives: a place of one person does not make a woman of a man; a noun before someone's name outside a phrase
# an article opens ("Early morning X") is no noun they were called by (nor is a cue's subject set off before a name,
# "sagte die Stadt, Lena Vogt": ``test_a_noun_of_no_person_set_off_before_a_name_is_no_description_of_them``).
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "Councillor Morag Orr chaired the meeting: “The pier will be rebuilt.”",
                "Hamish Bell, who grew up on Islay, runs the ferry café. “Nobody comes when the boat is off,” he said.",
                "“The money is there for the pier,” said the Islay woman.",
            ),
            "Islay woman",
        ),
        (
            "en",
            (
                "Early morning Hamish Bell opened the café: “Nobody comes when the boat is off.”",
                "Councillor Morag Orr chaired the meeting. “The pier will be rebuilt,” she said.",
                "“The tide was late,” said the morning.",
            ),
            "morning",
        ),
    ],
)
def test_a_description_by_what_the_article_said_of_no_one_stays_as_written(
    code: str, texts: tuple[str, ...], want: str
) -> None:
    assert _said_in(code, *texts)[-1] == want


@pytest.mark.parametrize(
    ("code", "texts"),
    [
        (
            "es",
            (
                "La alcaldesa Rosa Díaz visitó el muelle: «La lancha sale el martes».",
                "Greta Lange alquila botes en la playa. «Los turistas se fueron», dijo.",
                "«Mañana será mejor», gritó el hombre de la gorra verde.",
            ),
        ),
        (
            "en",
            (
                "Mayor Colin Reeves opened the bridge: “The town has waited ten years for this.”",
                "Gwen Price keeps the corner shop. “Nobody comes in after dark,” she said.",
                "“The lights will be fixed,” said the man in the green cap.",
            ),
        ),
    ],
)
def test_a_description_fitting_no_one_rules_out_the_person_quoted_before_of_the_other_gender(
    code: str, texts: tuple[str, ...]
) -> None:
    # (left as written or to no one, it is still not the woman quoted just before: her saved words are no proof)
    document = from_text(_paragraphs(_FILLER[code] * 2, *texts), "article.txt", Format.TEXT)
    last = find_quotes(document, blocks(document))[-1]
    assert last.speaker not in ("Greta Lange", "Gwen Price")
    assert last.ruled_out in ("Greta Lange", "Gwen Price")


# Round 57 (roles57): a description of what someone was goes to the person whose passages state that past and share its
# words (lexicon ``past_words``: "war", "before", "jusqu", "durante"), not to the person quoted before nor to a holder
# of the role its noun's ending names ("-führer"). Each positive fails on round 57's start code.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "de",
            (
                "Der Bürgermeister von Mittenwald, Georg Kranz, der vor seiner Wahl zwölf Jahre lang als Bergführer "
                "am Karwendel gearbeitet hat, kam zur Bahn: „Die Strecke bleibt bis Juni zu.“",
                "Der Leiter der Bergwacht Mittenwald, Peter Lang, sieht es gelassen: „Wir haben genug Leute.“",
                "„Der Berg holt sich, was er will“, sagte der einstige Bergführer.",
            ),
            "Georg Kranz",
        ),
        (
            "en",
            (
                "The mayor of Grand Manan, Dale Ingalls, who fished lobster off the island for twenty years before his "
                "election, walked the wharf: “The ferry runs again on Monday.”",
                "Nora Cheney keeps the store by the wharf. “Nobody came in all week,” she said.",
                "“The sea takes what it wants,” said the one-time lobsterman.",
            ),
            "Dale Ingalls",
        ),
        (
            "en",
            (
                "The mayor of Cobalt, Ron Hebert, who worked underground at the silver mine until it closed in 1989, "
                "walked the flooded street: “The pumps run all night.”",
                "Ginette Lacroix keeps the diner on the main street. “Nobody came in for breakfast,” she said.",
                "“The old shafts always fill in the spring,” said the ex-miner.",
            ),
            "Ron Hebert",
        ),
        (
            "fr",
            (
                "Le maire de Bréhat, Loïc Kerhervé, qui a sculpté le granit pendant trente ans avant son élection, a "
                "visité le port : « Le quai sera réparé avant l'été. »",
                "Soizic Morvan tient le café du port. « Personne ne sort avec ce vent », a-t-elle dit.",
                "« La mer reprend toujours ce qu'on lui prend », a lancé l'ancien sculpteur.",
            ),
            "Loïc Kerhervé",
        ),
    ],
)
def test_a_description_of_a_past_or_a_head_goes_to_the_person_the_article_says_so_of(
    code: str, texts: tuple[str, ...], want: str
) -> None:
    assert _said_in(code, *texts)[-1] == want


# The guards: a description of what someone was stays with the one whose past it is; the words of a quote are no deed of
# its speaker ("fahr ich" is no driver); an office of its own class stays its holder's; a place's name that ends a
# body's name is no place someone comes from ("Rescate en Montaña": "el montañero" is the climber quoted, which
# round 57's start code missed); a head that heads what its complement names (lexicon ``office_heads``: "the hospital
# chief", "la directrice d'école") is who heads it, not someone's aide ("the mayor's chief of staff").
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "Mayor Colin Reeves, who was a lifeboat coxswain until 2010, opened the slipway: “The boats can "
                "launch again.”",
                "Gwen Price keeps the corner shop by the lifeboat station. “Nobody comes in after dark,” she said.",
                "“The sea gave us a fright this week,” said the former coxswain.",
            ),
            "Colin Reeves",
        ),
        (
            "de",
            (
                "Der Bürgermeister, Lutz Krause, kam mit dem Auto: „Im Winter fahr ich jeden Tag zur Sprechstunde.“",
                "Mario Hein fährt den Bus der Praxis. „Die Leute warten schon am Fenster.“",
                "„Bei Glatteis bleibt der Bus stehen“, sagte der Fahrer.",
            ),
            "Mario Hein",
        ),
        (
            "de",
            (
                "Der Bürgermeister von Ried, Anton Gruber, kam am Morgen zur Mure: „Die Straße ist frei.“",
                "„Am Sonntag läuten wir für die Helfer“, sagte Stadtpfarrer Josef Huber.",
                "„Ried hält zusammen“, sagte der Stadtvater.",
            ),
            "Anton Gruber",
        ),
        (
            "es",
            (
                "El teniente Javier Ortiz, jefe del Grupo de Rescate en Montaña de Jaca, contó el rescate: «Los "
                "encontramos a dos mil metros».",
                "—Pensé que no salíamos de allí —dijo Íñigo Arana, de Tolosa—. El viento no nos dejaba ni hablar.",
                "«Llevábamos crampones para el hielo», reconoció el montañero.",
            ),
            "Íñigo Arana",
        ),
        (
            "en",
            (
                "The director of the Lakeside District Hospital, Dr. Anna Pryce, opened a ward for the evacuees: “We "
                "have cots for forty people.”",
                "Tom Briggs drives the gritting lorry on the hill road. “The ice came back overnight,” he said.",
                "“Nobody will be turned away tonight,” said the hospital chief.",
            ),
            "Anna Pryce",
        ),
        (
            "fr",
            (
                "La directrice de l'école de Kerlouan, Anne Rolland, a ouvert la cantine aux sinistrés : « Nous avons "
                "quarante lits. »",
                "Katell Petit tient le bar du port. « La route est coupée », a-t-elle dit.",
                "« Les cours reprendront jeudi », a dit la directrice d'école.",
            ),
            "Anne Rolland",
        ),
        (
            "en",
            (
                "Mayor Jenny Hill opened the car park: “It will take four hundred cars.”",
                "Kylie Brennan, who heads the hospital's staff association, was there too: “Nurses park a mile away.”",
                "“We will raise it with the minister on Thursday,” said the mayor's chief of staff.",
            ),
            "mayor's chief of staff",
        ),
    ],
)
def test_a_description_of_a_past_no_one_states_or_a_quotes_words_credit_no_one_else(
    code: str, texts: tuple[str, ...], want: str
) -> None:
    assert _said_in(code, *texts)[-1] == want


# Round 58 (roles58): a trade's agent noun is whom the article showed doing its verb, an irregular form read through
# lexicon ``deed_forms`` ("built" -> "build") or a participle's opening (``participle_openings``: "gebaut"), in a
# compound ("boatbuilder", "Rodelbauer") or after the word it is of ("the net maker"); a description the cast read as a
# name of its own head after a place's adjective ("der Oberstdorfer Ortschef") is fit as if left as written. Each
# positive fails on round 58's start code.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "The harbour master of Port Isaac, Dan Tonkin, closed the slip: “No boat goes out today.”",
                "The new pilot gig was built by Kerensa Hocking, who has built nine gigs in the old net loft. “It took "
                "a winter,” she said.",
                "“She rows lighter than any of them,” said the boatbuilder.",
            ),
            "Kerensa Hocking",
        ),
        (
            "en",
            (
                "The chair of the Scalpay community trust, Donald Morrison, met the ferry: “We will manage.”",
                "Peigi Macleod has made lobster pots for the island's boats for thirty years. “The wind came first,” "
                "she said.",
                "“Nobody will set a pot before Christmas,” said the pot maker.",
            ),
            "Peigi Macleod",
        ),
        (
            "de",
            (
                "Vitus Rees hat in seiner Werkstatt in Tiefenbach vierzig Jahre lang Körbe geflochten. „So viel Schnee "
                "hatten wir lange nicht“, sagte er.",
                "Der Bürgermeister der Gemeinde Oberstdorf, Klaus King, ließ die Straße sperren: „Der Bus fährt "
                "nicht.“",
                "„Die Weiden sind erfroren“, sagte der Korbflechter.",
            ),
            "Vitus Rees",
        ),
        (
            "de",
            (
                "Der Bürgermeister der Gemeinde Oberstdorf, Klaus King, ließ die Straße sperren: „Der Bus fährt "
                "nicht.“",
                "Vitus Rees hat in seiner Werkstatt in Tiefenbach über zweihundert Schlitten gebaut.",
                "„So viel Schnee hatten wir lange nicht.“",
                "„Wir räumen die ganze Nacht“, sagte der Oberstdorfer Ortschef.",
            ),
            "Klaus King",
        ),
    ],
)
def test_a_trade_is_whom_the_article_showed_doing_its_verb(code: str, texts: tuple[str, ...], want: str) -> None:
    assert _said_in(code, *texts)[-1] == want


# The guards: a short stem tells no deed without the compound's opening ("der Bauer" is not whoever a "Baum" is said
# of); a trade two people's verbs fit stays as written; a noun of the stem is no deed ("el contratista" is no one of
# "las cifras del contrato").
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "de",
            (
                "Die Leiterin der Schule, Anna Berger, schloss das Tor: „Heute bleibt es zu.“",
                "Josef Haller hat den Baum vor der Kirche gepflanzt und baut jetzt einen Zaun.",
                "„Das Wetter hält“, sagte Anna Berger.",
                "„Der Hof ist zu“, sagte der Bauer.",
            ),
            "Bauer",
        ),
        (
            "en",
            (
                "Ann Tregear has built boats in Mousehole since 1990. “The sea is high,” she said.",
                "Michael Pender has built boats in Newlyn since 1985. “The quay is shut,” he said.",
                "“We will wait,” said the boatbuilder.",
            ),
            "boatbuilder",
        ),
        (
            "es",
            (
                "El concejal Jhon Rincón abrió la sesión con las cifras del contrato: «Se pagaron mil raciones».",
                "Óscar Sandoval, representante legal de la empresa que opera el programa, respondió: «Las raciones "
                "llegan frías».",
                "«Las cocinas no tienen nevera», explicó el contratista.",
            ),
            "Óscar Sandoval",
        ),
    ],
)
def test_a_trade_no_one_alone_is_shown_doing_keeps_its_credit(code: str, texts: tuple[str, ...], want: str) -> None:
    assert _said_in(code, *texts)[-1] == want


# Round 58 (roles58): an office said in other words — a head of a seat (lexicon ``headed_seats``: "die Chefin der
# Inselverwaltung", "la jefa del pueblo"), a place's adjective before the noun ("der Triesner Vorsteher" of "Der
# Gemeindevorsteher von Triesen"), a thing's possessive ("the museum's head"), a compound head of a domain's word ("der
# oberste Waldhüter der Gemeinde" is the forester, no mayor). Each positive fails on round 58's start code.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "de",
            (
                "Die Bürgermeisterin der Gemeinde Föhr, Ilka Martens, fuhr am Morgen zum Hafen: „Die Fähre fährt.“",
                "„Wir singen am Sonntag für alle“, sagte Kirchenmusikdirektorin Anke Lorenzen in Nieblum.",
                "„Die Insel ist sicher, nur abgeschnitten“, sagte die Chefin der Inselverwaltung.",
            ),
            "Ilka Martens",
        ),
        (
            "de",
            (
                "Der Gemeindevorsteher von Triesen, Hans Frick, stand am Freitag auf dem Damm: „Der Damm hält.“",
                "Elmar Wolfinger bewirtschaftet den Hof hinter dem Damm. „Die Kühe sind trocken“, sagte er.",
                "„Sechzehn Keller haben wir ausgeräumt“, sagte der Triesner Vorsteher.",
            ),
            "Hans Frick",
        ),
        (
            "en",
            (
                "The art centre's manager, Ruth Ellery, showed visitors the new storeroom: “Four thousand barks are "
                "safe.”",
                "Lenny Marika carves memorial poles in a shed behind the centre. “The roof held,” he said.",
                "“We want the young ones to come in after school,” said the art centre's head.",
            ),
            "Ruth Ellery",
        ),
        (
            "de",
            (
                "Der Bürgermeister von Sappada, Manuel Piller, ist am Montag die Trasse abgegangen: „Vierzig Kilometer "
                "Leitung liegen unter den Bäumen.“",
                "„Die Fichten sind wie Streichhölzer umgefallen“, sagte der Förster des Tals, Lukas Solero.",
                "„Wir haben schon härtere Winter überstanden“, winkte Piller ab.",
                "„Der Wald wächst nach, nur langsam“, sagte der oberste Waldhüter der Gemeinde.",
            ),
            "Lukas Solero",
        ),
        # (a seat named again in other words, round 63: a body's head is another head's role, the seat unsaid)
        (
            "de",
            (
                "Die Leiterin der Bergbahn-Region, Carla Netzer, fuhr mit der ersten Gondel: „Wir sind bereit.“",
                "„Die Pisten sind gewalzt“, sagte die Bergbahn-Chefin.",
            ),
            "Carla Netzer",
        ),
        (
            "fr",
            (
                "Le directeur du site, Paul Germain, a lu le plan devant le personnel : « Nous gardons un atelier. »",
                "« C'est le jour le plus dur », a reconnu le patron de la scierie.",
            ),
            "Paul Germain",
        ),
    ],
)
def test_an_office_in_other_words_is_its_holder(code: str, texts: tuple[str, ...], want: str) -> None:
    assert _said_in(code, *texts)[-1] == want


# The guards: a place after a feature of the land is no one ("al archipiélago Juan Fernández": "el alcalde isleño" is
# not "Juan Fernández"); a compound's inner part is no seat ("der Chef des Dorfladens" is no mayor, which round 58's
# start code took it for).
@pytest.mark.parametrize(
    ("code", "texts", "unwanted"),
    [
        (
            "es",
            (
                "La barcaza que abastece al archipiélago Juan Fernández atracó el sábado en el nuevo muelle.",
                "El alcalde de Juan Fernández, el profesor Felipe Recabarren, esperó la barcaza: «Novecientas personas "
                "viven en la isla».",
                "«Se acabó bajar la carga en botes», dijo el alcalde isleño.",
            ),
            "Juan Fernández",
        ),
        (
            "de",
            (
                "Der Bürgermeister von Schönau, Klaus Berger, ließ die Straße sperren: „Der Bus fährt nicht.“",
                "Josef Haller führt den Dorfladen seit 1990. „Das Brot kommt morgen“, sagte er.",
                "„Die Milch ist aus“, sagte der Chef des Dorfladens.",
            ),
            "Klaus Berger",
        ),
    ],
)
def test_an_office_in_other_words_is_no_place_nor_a_seat_inside_a_word(
    code: str, texts: tuple[str, ...], unwanted: str
) -> None:
    assert _said_in(code, *texts)[-1] != unwanted


# An office whose seat the description names (a compound's first part, what follows its head) is no one the article
# gave another role without that seat: someone else spoke as it (round 63). The seat or the role said of them, or
# another head's role for a body's head, keeps the guess (test_an_office_in_other_words_is_its_holder).
@pytest.mark.parametrize(
    ("code", "texts", "unwanted"),
    [
        (
            "de",
            (
                "Schäfer Anton Brugger trieb seine Herde am Morgen über die Brücke. „Die Schafe kennen den Weg“, "
                "sagte er.",
                "Der Rettungsleiter sagte: „Der Steg ist ab Montag wieder offen.“",
            ),
            "Anton Brugger",
        ),
        (
            "es",
            (
                "Tomasa Ibarra, panadera del barrio, repartió pan a los corredores. «Salimos a las cuatro», dijo.",
                "La jueza de llegada confirmó: «Todos cruzaron la meta antes del mediodía».",
            ),
            "Tomasa Ibarra",
        ),
    ],
)
def test_an_office_of_a_seat_tied_to_no_one_is_not_another_trade(
    code: str, texts: tuple[str, ...], unwanted: str
) -> None:
    assert _said_in(code, *texts)[-1] != unwanted
