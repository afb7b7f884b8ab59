"""The frame around a quote in forms no set had before round 49 (frames49), in the languages where each exists:
a tag verb's fixed complement ("stellte die Sprecherin in Aussicht", "a mis en garde la capitaine"), with invented
sentences (every positive failed on main 7bf0412b) and nearby text that must not change."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import DE, EN_LEAD, ES, FR, _quotes

DE_PAIR = "Die Kapitänin Merle Hansen und der Hafenmeister Jonas Brandl sprachen im Rat.\n\n"
FR_PAIR = "Le maire Paul Hénaff et la capitaine Maëlle Quéré ont parlé au conseil.\n\n"
ES_PAIR = "El alcalde Jorge Salcedo y la patrona Nerea Goikoetxea hablaron en el pleno.\n\n"


def _last(text: str) -> tuple[str | None, str | None]:
    quote = _quotes(text)[-1]
    return quote.speaker, quote.mention


# A tag verb's fixed complement, a preposition and one noun (lexicon `tag_complement_links`), closes the tag after its
# speaker (German, English) or stands between the verb and the speaker (French, Spanish): the tag names the speaker,
# never the person quoted before nor no one.
@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            DE + DE_PAIR + "„Wir brauchen den neuen Steg noch vor dem Winter“, sagte Brandl.\n\n„Ab Montag fahren wir "
            "wieder nach dem alten Fahrplan“, stellte die Kapitänin in Aussicht.\n",
            "Merle Hansen",
            "die Kapitänin",
        ),
        (
            DE + DE_PAIR + "„Wir brauchen den neuen Steg noch vor dem Winter“, sagte Hansen.\n\n„Der Hafen hat seit "
            "zwanzig Jahren keinen einzigen Unfall gehabt“, warf Hafenmeister Jonas Brandl in die Waagschale.\n",
            "Jonas Brandl",
            "Hafenmeister Jonas Brandl",
        ),
        (
            DE + DE_PAIR + "„Wir brauchen den neuen Steg noch vor dem Winter“, sagte Hansen.\n\n„Ohne Geld vom Land "
            "wird das alles nichts“, brachte der Hafenmeister ins Spiel.\n",
            "Jonas Brandl",
            "der Hafenmeister",
        ),
        (
            FR + FR_PAIR + "« Nous voulons un nouveau ponton avant l'hiver », a dit Hénaff.\n\n« Le quai ne tiendra "
            "pas un autre hiver sans travaux », a mis en garde la capitaine.\n",
            "Maëlle Quéré",
            "la capitaine",
        ),
        (
            FR + FR_PAIR + "« Nous voulons un nouveau ponton avant l'hiver », a dit Hénaff.\n\n« Les pêcheurs paient "
            "déjà trop cher leur place au port », a donné pour exemple la capitaine.\n",
            "Maëlle Quéré",
            "la capitaine",
        ),
        (
            ES + ES_PAIR + "«Queremos un pantalán nuevo antes del invierno», dijo Salcedo.\n\n«El muelle no aguantará "
            "otro invierno sin obras», puso sobre la mesa la patrona.\n",
            "Nerea Goikoetxea",
            "la patrona",
        ),
        (
            ES + ES_PAIR + "«Queremos un pantalán nuevo antes del invierno», dijo Salcedo.\n\n«Los pescadores ya "
            "pagan demasiado por su amarre», hizo hincapié en ello la patrona.\n",
            "Nerea Goikoetxea",
            "la patrona",
        ),
        (
            EN_LEAD + "Harbourmaster Jonas Brandt spoke after her.\n\n“We need the new pontoon before the winter,” "
            "Brandt said.\n\n“The ferry will run again from Monday on the old timetable,” the council leader put on "
            "record.\n",
            "Petra Lindgren",
            "the council leader",
        ),
    ],
)
def test_a_tag_verbs_fixed_complement_names_the_speaker(text: str, speaker: str, mention: str) -> None:
    assert _last(text) == (speaker, mention)


@pytest.mark.parametrize(
    "text",
    [
        # (no person in the tag: a document's words, an impersonal "es")
        DE + DE_PAIR + "„Ab Montag fahren wir wieder nach Plan“, stand in der Mitteilung zu lesen.\n",
        DE + DE_PAIR + "„Ab Montag fahren wir wieder nach Plan“, hieß es in der Mitteilung.\n",
        # (a capitalised word after a preposition is a name, no complement: the one congratulated is no speaker)
        ES + ES_PAIR + "«El muelle no aguantará otro invierno sin obras», felicitó a Goikoetxea el alcalde.\n",
    ],
)
def test_a_tag_with_a_complement_but_no_person_names_no_one(text: str) -> None:
    assert _last(text)[1] is None


def _lines(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.rstrip(".,"), q.speaker) for q in _quotes(text)]


# Dialogue set as lines led by a dash, with no quote marks: a line whose cue is followed by the speaker's posture set
# off by a comma is the narrator's cue too; a line of no cue after a cued line is the next turn, never the speaker of
# the line before going on: the one two lines before when the line before is someone else's, else no one; a short
# line is a whole turn.
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            FR + "Au guichet de la gare, la file avançait lentement.\n\n— Le train de Quimper part à quelle heure ? "
            "demande Gwenola Tanguy, appuyée sur sa valise.\n\n— À midi, répond le guichetier, Ronan Le Floch.\n\n"
            "— Merci bien.\n\nLe train est parti avec vingt minutes de retard.\n",
            [
                ("Le train de Quimper part à quelle heure ?", "Gwenola Tanguy"),
                ("À midi", "Ronan Le Floch"),
                ("Merci bien", "Gwenola Tanguy"),
            ],
        ),
        (
            FR + "Au guichet de la gare, la file avançait lentement.\n\n— Le train de Quimper part à quelle heure ? "
            "demande Gwenola Tanguy.\n\n— Pas avant midi, madame.\n\nLe train est parti avec du retard.\n",
            [("Le train de Quimper part à quelle heure ?", "Gwenola Tanguy"), ("Pas avant midi, madame", None)],
        ),
        (
            ES + "En la puerta del mercado, una vecina paró al concejal Andrés Quiroga.\n\n—¿Cuándo abren el mercado "
            "nuevo? —preguntó Lucía Esteve, con la bolsa en la mano.\n\n—En primavera, si llegan los fondos.\n\nEl "
            "concejal se fue sin decir más.\n",
            [("¿Cuándo abren el mercado nuevo?", "Lucía Esteve"), ("En primavera, si llegan los fondos", None)],
        ),
        (
            ES + "Stella Maris Olivera esperaba al gerente en el portón.\n\n—¿Y cuándo volvemos? —le preguntó Olivera "
            "al gerente.\n\n—En marzo, si entra ganado —contestó Bentancor.\n\n—Eso mismo dijeron el año pasado.\n\n"
            "La reunión terminó a las nueve.\n",
            [
                ("¿Y cuándo volvemos?", "Stella Maris Olivera"),
                ("En marzo, si entra ganado", "Bentancor"),
                ("Eso mismo dijeron el año pasado", "Stella Maris Olivera"),
            ],
        ),
    ],
)
def test_dialogue_lines_led_by_a_dash_take_turns(text: str, lines: list[tuple[str, str | None]]) -> None:
    assert _lines(text)[-len(lines) :] == lines


# A dialogue in one pair of marks in a paragraph of one line, its replies opening on a dash after a sentence's end: read
# as its lines, never credited to what the sentence before the marks is about ("la scène se répète").
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            FR + "Au marché du samedi, la scène se répète. « Combien pour les pommes ? demande Lucien Morvan, le "
            "panier au bras. — Deux euros le kilo, répond la marchande, Odette Salaün. — Alors j'en prends trois. »\n",
            [
                ("Combien pour les pommes ?", "Lucien Morvan"),
                ("Deux euros le kilo", "Odette Salaün"),
                ("Alors j'en prends trois", "Lucien Morvan"),
            ],
        ),
        (
            ES + "En la parada del autobús, la escena se repite cada mañana. «¿Pasa hoy el once? pregunta Encarna "
            "Villalba. — Hasta las diez no llega, contesta el conductor, Basilio Cuenca. — Pues entonces me voy "
            "andando.»\n",
            [
                ("¿Pasa hoy el once?", "Encarna Villalba"),
                ("Hasta las diez no llega", "Basilio Cuenca"),
                ("Pues entonces me voy andando", "Encarna Villalba"),
            ],
        ),
    ],
)
def test_a_dialogue_in_one_pair_of_marks_on_one_line_is_read_as_its_lines(
    text: str, lines: list[tuple[str, str | None]]
) -> None:
    assert _lines(text)[-len(lines) :] == lines


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # (a dash-led list after a cued line: its items are no turns)
        (
            FR + "Le maire a donné la liste des travaux.\n\n— Un quai neuf, explique le maire, Paul Hénaff.\n\n— des "
            "bouées ;\n\n— une grue\n\nLe chantier commencera en mars.\n",
            ("Un quai neuf", "Paul Hénaff"),
        ),
        # (a dash as a parenthesis inside a quote of one line opens no reply)
        (
            FR + "« Le quai — notre fierté — doit rester ouvert, et vite. — ou presque », a dit Odile Ferrand.\n",
            ("Le quai — notre fierté — doit rester ouvert, et vite. — ou presque", "Odile Ferrand"),
        ),
    ],
)
def test_dashes_that_open_no_turn_change_nothing(text: str, last: tuple[str, str | None]) -> None:
    assert _lines(text)[-1] == last


# A sentence opening on the subject pronoun of one person frames the quote after it (on a colon, or a quote of no cue
# opening the next sentence): the pronoun speaks, never a person its own clause names; and a Spanish sentence opening
# on a finite verb before an article that is an object pronoun too ("Firmó la orden …:") has dropped its subject, no
# name ("Firmó").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            EN_LEAD + "Coach Ama Mensah met the press: “We earned it tonight.”\n\nShe thanked the keeper, Kofi "
            "Boateng, for the clean sheet. “Kofi carried us through the last ten minutes.”\n",
            "Ama Mensah",
        ),
        (
            FR + "« Nous avons mérité cette victoire », a dit l'entraîneur Paul Hénaff. Il a salué le gardien, Yannick "
            "Le Goff, qui a tout arrêté. « Yannick nous a sauvés à la dernière minute. »\n",
            "Paul Hénaff",
        ),
        (
            DE + "Richter Anton Wolf hörte lange zu. „Ich habe nichts gesehen, ich war in der Küche“, sagte der Zeuge "
            "Tom Berger. Er blickte zu Berger hinüber, der noch stand, und nickte: „Das Gericht glaubt Ihnen jedes "
            "Wort.“\n",
            "Anton Wolf",
        ),
        (
            ES + "La alcaldesa Marta Ruiz escuchó sin hablar. La concejala Pilar Gil pidió la palabra: «El espigón no "
            "aguanta otro invierno». Ella le enseñó a la concejala Pilar Gil el plano nuevo del puerto: «Las obras "
            "empiezan en marzo, con o sin lluvia».\n",
            "Marta Ruiz",
        ),
        (
            EN_LEAD + "Board chair Dana Whitcomb opened the meeting. Parent Kayla Brandvold spoke first: “My kids ride "
            "an hour each way.” She thanked Brandvold for the map before she put the motion to a vote: “Trustees, "
            "this one is on us.”\n",
            "Dana Whitcomb",
        ),
        (
            ES + "La alcaldesa Marta Ruiz llegó temprano al puerto. Firmó la orden de compra en la oficina del muelle: "
            "«Las obras empiezan en marzo, con o sin lluvia».\n",
            "Marta Ruiz",
        ),
    ],
)
def test_a_pronoun_opening_the_framing_sentence_speaks_not_whom_it_names(text: str, speaker: str) -> None:
    assert _quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (a cue of the quote's own comes first)
        (
            EN_LEAD + "Coach Ama Mensah met the press: “We earned it tonight.”\n\nShe thanked the keeper. “Kofi "
            "carried us through the last ten minutes,” Boateng said.\n",
            "Boateng",
        ),
        # (a pronoun of no person frames nothing)
        (
            EN_LEAD + "Coach Ama Mensah met the press: “We earned it tonight.”\n\nIt rained all night on the pitch. "
            "“Kofi carried us through the last ten minutes.”\n",
            None,
        ),
        # (a name before an object pronoun is the subject: "Rosalía la mira")
        (
            ES + "Rosalía Quispe llegó al mercado con su hija. Rosalía la mira y dice: «Aquí vendemos desde hace "
            "veinte años».\n",
            "Rosalía Quispe",
        ),
    ],
)
def test_frames_of_no_pronoun_of_a_person_keep_their_speaker(text: str, speaker: str | None) -> None:
    assert _quotes(text)[-1].speaker == speaker


DE_MAYOR = (
    "Bürgermeisterin Karla Mertens und Landrat Uwe Brandt sprachen im Rat. „Wir brauchen die Brücke“, sagte Brandt. "
)
FR_QUAY = (
    "Le maire Paul Hénaff et la capitaine Maëlle Quéré ont parlé au conseil. « Nous voulons un ponton », a dit Hénaff. "
)
EN_QUAY = "Harbourmaster Ines Varga and councillor Tom Reyes spoke. “We want a pontoon,” Reyes said. "


# A partial quote after a clause of "as" set off by commas whose verb is a cue or a verb of phrasing (lexicon
# `phrasing_verbs`) and whose object is a pronoun for the words (`phrasing_objects`): the clause's subject speaks, not
# the person quoted before; and "selon la formule de" is an "according to" phrase, its noun no speaker.
@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            DE + DE_MAYOR + "Die Brücke sei, wie es die Bürgermeisterin ausdrückte, „ein Nadelöhr für den ganzen "
            "Landkreis“ geworden.\n",
            "Karla Mertens",
            "die Bürgermeisterin",
        ),
        (
            FR + FR_QUAY + "Le quai est, comme l'a formulé la capitaine, « une passoire à bateaux » depuis des ans.\n",
            "Maëlle Quéré",
            "la capitaine",
        ),
        (
            ES + ES_PAIR + "«Queremos un pantalán», dijo Salcedo. El muelle es, como lo formuló la patrona, «un "
            "colador de barcos» desde hace años.\n",
            "Nerea Goikoetxea",
            "la patrona",
        ),
        (
            FR + FR_QUAY + "Selon la formule de la capitaine, le port est devenu « une passoire à bateaux ».\n",
            "Maëlle Quéré",
            "la capitaine",
        ),
        (
            EN_LEAD + EN_QUAY + "The quay is, as the harbourmaster phrased it, “a sieve for boats” and has been for "
            "years.\n",
            "Ines Varga",
            "the harbourmaster",
        ),
    ],
)
def test_a_clause_of_as_with_a_verb_of_phrasing_credits_the_partial_quote(
    text: str, speaker: str, mention: str
) -> None:
    assert _last(text) == (speaker, mention)


@pytest.mark.parametrize(
    "text",
    [
        # (a document, chance, no verb of saying: no one named)
        DE + DE_MAYOR + "Die Brücke sei, wie es im Gutachten steht, „ein Nadelöhr für den Landkreis“ geworden.\n",
        DE + DE_MAYOR + "Die Brücke sei, wie es der Zufall wollte, „ein Nadelöhr für den Landkreis“ geworden.\n",
        EN_LEAD + EN_QUAY + "The quay is, as it turned out, “a sieve for boats” and has been for years.\n",
    ],
)
def test_a_clause_of_as_naming_no_speaker_credits_no_one(text: str) -> None:
    assert _last(text)[1] is None


# A source in brackets right after a quote (or its stop), a person's name perhaps followed by a role or a place: the
# person speaks (a caption's form: "« … » (Yannick Sarrade, délégué CGT, devant l'usine de Colomiers)").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            FR + "Les ateliers ferment deux jours par semaine. « Il faut tenir jusqu'au printemps. » (Nadia Bouchareb, "
            "secrétaire du CSE, devant le portail) Photo Jean Kerlo\n",
            "Nadia Bouchareb",
        ),
        (
            ES + "El mercado reabrió el lunes. «Vamos a reconstruir todo, diga lo que diga el seguro». (Lucía Esteve, "
            "vendedora de fruta)\n",
            "Lucía Esteve",
        ),
        (
            FR + "Le marché a rouvert lundi. « On reconstruira tout, quoi qu'en disent les assureurs. » (Paul Hénaff, "
            "maire) Le conseil votera mardi.\n",
            "Paul Hénaff",
        ),
    ],
)
def test_a_source_in_brackets_after_a_quote_speaks(text: str, speaker: str) -> None:
    assert _quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "bracket",
    ["(AFP)", "(Photo: Maria Lopez)", "(Stadtwerke Bremen)", "(traduit de l'anglais)"],
)
def test_brackets_naming_no_person_credit_no_one(bracket: str) -> None:
    text = EN_LEAD + f"The shop reopened on Monday. “We'll rebuild, whatever the insurers say.” {bracket}\n"
    assert _quotes(text)[-1].speaker is None


# (round 50, verdicts50) A line's cue whose speaker is set off as an apposition, then how it was said set off by a
# comma ("demande son entraîneur, Manex Haramboure, en défaisant les bandes.", blind set 53): the narrator's cue.
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            FR + "Dans le vestiaire, personne ne parlait.\n\n— Tu as encore froid aux pieds ? demande sa mère, Odile "
            "Carrère, en dénouant les lacets.\n\n— Un peu. Mais on a fini, répond Lucas.\n\nLe car est reparti.\n",
            [("Tu as encore froid aux pieds ?", "Odile Carrère"), ("Un peu. Mais on a fini", "Lucas")],
        ),
        (
            FR + "Au bord du bassin, le public s'était tu.\n\n— Tu reviens l'an prochain ? demande le président du "
            "club, Yves Morvan, avec un sourire.\n\n— Bien sûr, répond la nageuse, Anaïs Le Goff.\n\nLa finale a duré "
            "deux heures.\n",
            [("Tu reviens l'an prochain ?", "Yves Morvan"), ("Bien sûr", "Anaïs Le Goff")],
        ),
    ],
)
def test_a_lines_cue_with_its_speaker_apposed_then_how_it_was_said_is_the_narrators(
    text: str, lines: list[tuple[str, str | None]]
) -> None:
    assert _lines(text)[-len(lines) :] == lines


# Spanish turns led by a raya inside one paragraph, after the narrator's sentence: each turn its cue's, a turn of no
# cue the asker's, never the one who answered going on (tune set 43, Estelí).
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            ES + "Donald Lanzas lo anunció en el portón.\n\nEn la fila del portón, la escena se repetía. —¿Hay turno "
            "mañana? —le preguntó Rosario Tinoco, cocinera, al encargado. —Mañana no, el martes a lo mejor —respondió "
            "Efraín Zamora. —Eso mismo dijeron ayer.\n\nLa fila se deshizo a las ocho.\n",
            [
                ("¿Hay turno mañana?", "Rosario Tinoco"),
                ("Mañana no, el martes a lo mejor", "Efraín Zamora"),
                ("Eso mismo dijeron ayer", "Rosario Tinoco"),
            ],
        ),
        (
            ES + "La alcaldesa Pilar Gil recorrió el barrio.\n\nEn la esquina del mercado la paró un vecino. —¿Cuándo "
            "arreglan la calle? —preguntó Anselmo Rivas. —Después de las lluvias —contestó la alcaldesa.\n\nEl "
            "recorrido terminó en la plaza.\n",
            [("¿Cuándo arreglan la calle?", "Anselmo Rivas"), ("Después de las lluvias", "Pilar Gil")],
        ),
    ],
)
def test_raya_turns_inside_one_paragraph_after_the_narrators_sentence_take_turns(
    text: str, lines: list[tuple[str, str | None]]
) -> None:
    assert _lines(text)[-len(lines) :] == lines


# Quotes in marks, a question and its answer by two speakers in two paragraphs: a paragraph of a quote alone after
# them is the asker's next turn (tune set 43, Fort-de-France), in any language.
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            FR + "Au pied du camion, l'adjoint passait de porte en porte.\n\n« Vous avez du courant depuis quand ? », "
            "demande l'adjoint au maire, Serge Lameynardie.\n\n« Depuis lundi, deux heures le soir », répond Josette "
            "Calvaire.\n\n« Deux heures, c'est déjà ça. »\n\nLa tournée a continué.\n",
            [
                ("Vous avez du courant depuis quand ?", "Serge Lameynardie"),
                ("Depuis lundi, deux heures le soir", "Josette Calvaire"),
                ("Deux heures, c'est déjà ça", "Serge Lameynardie"),
            ],
        ),
        (
            EN_LEAD + "The ferry was late again on Monday.\n\n“Is the ramp fixed yet?” asked the harbourmaster, Ewan "
            "Rankin.\n\n“Not until Friday,” replied the engineer, Morag Lyle.\n\n“Then we wait another week.”\n\nThe "
            "council meets on Thursday.\n",
            [
                ("Is the ramp fixed yet?", "Ewan Rankin"),
                ("Not until Friday", "Morag Lyle"),
                ("Then we wait another week", "Ewan Rankin"),
            ],
        ),
        (
            DE + "Am Steg wartete der Hafenmeister.\n\n„Ist die Rampe schon repariert?“, fragte der Hafenmeister "
            "Ewald Kranz.\n\n„Erst am Freitag“, antwortete die Ingenieurin Maria Lenz.\n\n„Dann warten wir noch eine "
            "Woche.“\n\nDer Rat tagt am Donnerstag.\n",
            [
                ("Ist die Rampe schon repariert?", "Ewald Kranz"),
                ("Erst am Freitag", "Maria Lenz"),
                ("Dann warten wir noch eine Woche", "Ewald Kranz"),
            ],
        ),
    ],
)
def test_a_quote_alone_after_a_question_and_its_answer_is_the_askers_turn(
    text: str, lines: list[tuple[str, str | None]]
) -> None:
    assert _lines(text)[-len(lines) :] == lines


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a quote alone after one speaker's statement (no question) goes on with that speaker
        (
            EN_LEAD + "The ferry was late again on Monday.\n\n“The ramp will be fixed on Friday,” said the engineer, "
            "Morag Lyle.\n\n“We checked it twice.”\n\nThe council meets on Thursday.\n",
            [("The ramp will be fixed on Friday", "Morag Lyle"), ("We checked it twice", "Morag Lyle")],
        ),
        # a question and its answer by one speaker is no exchange
        (
            EN_LEAD + "The ferry was late again on Monday.\n\n“Is the ramp fixed?” asked the engineer, Morag Lyle.\n\n"
            "“Not yet,” Lyle answered herself.\n\n“We need another week.”\n\nThe council meets on Thursday.\n",
            [("Not yet", "Morag Lyle"), ("We need another week", "Morag Lyle")],
        ),
        # the narrator's closing dash glued to the cue: the same speaker goes on
        (
            ES + "La alcaldesa Pilar Gil habló en el pleno.\n\n—No vamos a cerrar el mercado —dijo la alcaldesa—. Lo "
            "vamos a reformar entero.\n\nEl pleno aprobó la obra.\n",
            [("No vamos a cerrar el mercado", "Pilar Gil"), ("Lo vamos a reformar entero", "Pilar Gil")],
        ),
    ],
)
def test_turns_that_are_no_exchange_keep_their_speaker(text: str, lines: list[tuple[str, str | None]]) -> None:
    assert _lines(text)[-len(lines) :] == lines


# (round 50, verdicts50) A partial quote framed by a phrase naming whose words it borrows, set off by commas right
# before the marks ("The building is, in Stuber's phrase, “…”", blind set 53): the phrase's owner speaks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            EN_LEAD + "Ray Stuber spoke first at the meeting.\n\nThe old gym is, in Stuber's phrase, “a barn with a "
            "scoreboard and a leaking roof.”\n",
            "Ray Stuber",
        ),
        (
            EN_LEAD + "Ray Stuber spoke first at the meeting.\n\nThe ferry plan is, to borrow Lindgren's words, “a "
            "bridge to nowhere with a timetable.”\n",
            "Petra Lindgren",
        ),
        (
            FR + FR_PAIR + "Le vieux quai est, pour reprendre la formule de Hénaff, « une grange posée sur l'eau "
            "depuis cent ans ».\n",
            "Paul Hénaff",
        ),
        (
            FR + FR_PAIR + "Le vieux quai est, pour reprendre l'expression de la capitaine, « une grange posée sur "
            "l'eau ».\n",
            "Maëlle Quéré",
        ),
        (
            ES + ES_PAIR + "El muelle viejo es, en expresión de Goikoetxea, «un granero que flota desde hace un "
            "siglo».\n",
            "Nerea Goikoetxea",
        ),
        (
            DE + DE_PAIR + "Der alte Steg sei, nach den Worten von Brandl, „eine Scheune auf dem Wasser, seit hundert "
            "Jahren“.\n",
            "Jonas Brandl",
        ),
    ],
)
def test_a_phrase_naming_whose_words_a_partial_quote_borrows_credits_them(text: str, speaker: str) -> None:
    assert _quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a phrase of no one's words: no one speaks
        EN_LEAD + "Ray Stuber spoke first at the meeting.\n\nThe old gym is, in a phrase, “a barn with a "
        "scoreboard.”\n",
        FR + FR_PAIR + "Le vieux quai est, pour reprendre une expression connue, « une grange posée sur l'eau ».\n",
    ],
)
def test_a_phrase_of_no_ones_words_credits_no_one(text: str) -> None:
    assert _quotes(text)[-1].speaker is None


# (round 51, verdicts51) A line led by a dash whose cue names the speaker and then describes them in an apposition
# up to the line's end ("répond Rodrigue Tossou, élève de troisième.", blind set 54, Abomey), and turns led by a dash
# and a space inside one paragraph, each after a sentence's end (tune set 44, Verviers): each turn its cue's speaker's,
# the apposition no words of the turn.
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            FR + "À l'arrêt, la file s'allongeait.\n\n— Le car passe à quelle heure ? demande la vendeuse, Mireille "
            "Ogou.\n\n— Vers sept heures, avec un peu de chance, répond Séverin Dossa, chauffeur de la ligne.\n\nLe "
            "car est arrivé à huit heures.\n",
            [("Vers sept heures, avec un peu de chance", "Séverin Dossa")],
        ),
        (
            DE + "An der Haltestelle wurde die Schlange länger.\n\n– Kommt der Bus heute noch? fragt Jonas Weber.\n\n"
            "– Erst um acht, wenn alles gut geht, sagt Petra Lang, Fahrerin der Linie.\n\nDer Bus kam um neun.\n",
            [("Erst um acht, wenn alles gut geht", "Petra Lang")],
        ),
        (
            FR + "Au marché, la scène revient chaque samedi. — Il reste des fraises ? demande Colette Marchal, la "
            "cliente. — Plus une seule, répond le maraîcher Bruno Lesage en riant.\n\nLe marché ferme à midi.\n",
            [("Il reste des fraises ?", "Colette Marchal"), ("Plus une seule", "Bruno Lesage")],
        ),
        (
            DE + "Am Kiosk wiederholt sich jeden Morgen dasselbe Gespräch. – Gibt es heute Brötchen? fragt Heinz "
            "Rademacher, der Nachbar. – Erst ab sieben, sagt die Verkäuferin Sabine Kroll.\n\nDer Kiosk öffnet um "
            "sechs.\n",
            [("Gibt es heute Brötchen?", "Heinz Rademacher"), ("Erst ab sieben", "Sabine Kroll")],
        ),
        (
            EN_LEAD + "At the ferry ramp the same exchange happened every morning. — Is she running today? asked "
            "skipper Tom Bell. — Not till the wind drops, replied harbour master Ann Price.\n\nThe ferry sailed at "
            "noon.\n",
            [("Is she running today?", "Tom Bell"), ("Not till the wind drops", "Ann Price")],
        ),
    ],
)
def test_a_dash_turn_with_its_speaker_described_or_inside_a_paragraph_is_the_cues(
    text: str, lines: list[tuple[str, str | None]]
) -> None:
    found = _lines(text)
    assert all(line in found for line in lines), found


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # words going on after the cue, no apposition: the turn's own
        (
            FR + "Sur le quai, personne ne bougeait.\n\n— Le bus passe ce soir ? demande Anne Roux.\n\n— Il n'y a plus "
            "de bus ce soir, dit Paul Morel, la route est fermée.\n\nLa nuit est tombée.\n",
            "la route est fermée",
        ),
        (
            FR + "Sur le quai, personne ne bougeait.\n\n— Le bus passe ce soir ? demande Anne Roux.\n\n— Il n'y a plus "
            "de bus ce soir, dit Paul Morel, le chef veut partir.\n\nLa nuit est tombée.\n",
            "le chef veut partir",
        ),
    ],
)
def test_words_going_on_after_a_dash_turns_cue_stay_the_turns(text: str, said: str) -> None:
    assert any(said in quote.text for quote in _quotes(text))


def test_a_dash_after_a_sentence_with_no_cue_is_no_turn() -> None:
    text = FR + "Le marché a fermé ses portes lundi. — Une décision regrettable pour tout le quartier.\n"
    assert not [q for q in _quotes(text) if "regrettable" in q.text]
