"""Speakers placed by the article's structure (labels61): a transcript's label in capitals is a reference like any
other — a surname in capitals is the person the article lists or names in full with that surname, a role in capitals
the person the article gave that role (or the role itself, unnamed, when no one holds it), the same each time it comes
back. Invented articles in other words and places than the tunable sets' (every positive fails on main 86610915), and
nearby text that must not change."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import _quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


# --- a transcript's labels in capitals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # (Spanish: the panel listed, the host named with a verb of her role, the labels by surname and by role)
        (
            "Debate en Tarija\n\nDos candidatos a la alcaldía debatieron anoche. La locutora Wendy Arancibia moderó "
            "el programa. Participaron:\n\n- Nelson Cuéllar (Tarija Unida)\n- Soledad Aramayo (Frente Chapaco)\n\n"
            "Extracto de la transcripción:\n\n"
            "MODERADORA: «Candidato Cuéllar, tiene un minuto para hablar del transporte».\n\n"
            "CUÉLLAR: «Las micros tienen que llegar al barrio San Jorge antes de fin de año».\n\n"
            "ARAMAYO: «El transporte no se arregla con promesas de campaña».\n\n"
            "MODERADORA: «Gracias a los dos, cerramos el bloque».\n",
            ["Wendy Arancibia", "Nelson Cuéllar", "Soledad Aramayo", "Wendy Arancibia"],
        ),
        # (English: a ward forum, straight quotes, the surnames of a list; a second surname after the listed one)
        (
            "Candidates meet ratepayers\n\nThree candidates met residents at the hall on Tuesday. On stage were:\n\n"
            "- Tevita Halafihi (Independent)\n- Moana Kupu Taufa (Labour)\n\n"
            "An edited transcript follows.\n\n"
            'HALAFIHI: "The sea wall on the north road has to come first, before anything else."\n\n'
            'KUPU: "We cannot talk about sea walls while the buses stop at six."\n\n'
            'HALAFIHI: "Then run the buses later and fix the wall, we can do both."\n',
            ["Tevita Halafihi", "Moana Kupu Taufa", "Tevita Halafihi"],
        ),
        # (French: a role no one is given stays the role, unnamed, never a name "ANIMATEUR")
        (
            "Débat à Arlon\n\nDeux têtes de liste se sont affrontées mardi :\n\n- Luc Wagener (Arlon Demain)\n"
            "- Nadine Schmit (Vivre Arlon)\n\n"
            "ANIMATEUR : « Monsieur Wagener, le parking de la gare est-il une priorité ? »\n\n"
            "WAGENER : « C'est la première chose que les navetteurs me demandent le matin. »\n\n"
            "SCHMIT : « Les navetteurs demandent surtout des trains à l'heure, pas des places. »\n",
            ["l'animateur", "Luc Wagener", "Nadine Schmit"],
        ),
    ],
)
def test_label_in_capitals_is_the_person_named(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # (a body's label in capitals stays the body's, as written)
        (
            "Flood warning\n\nThe river rose overnight.\n\n"
            'NASA: "Satellite images show the water has spread over the lower valley."\n',
            ["NASA"],
        ),
        # (a surname no one in the article bears in full: the label as written, never a description of its ending)
        (
            "Debate\n\nTwo candidates met on Tuesday.\n\n"
            'HALLORAN: "The harbour dues have doubled and nobody asked the fishermen."\n\n'
            'HALLORAN: "I will say it again, nobody asked the fishermen about the dues."\n',
            ["HALLORAN", "HALLORAN"],
        ),
    ],
)
def test_label_in_capitals_left_as_written(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


# --- a lead quote whose speaker the sentence after it names, with no verb of saying ---------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (the same paragraph: the next sentence's subject, a given name no lexicon knows, named again later)
        (
            "Storm shuts the seafront\n\n“The water was over the step before we had the shutters down.” "
            "Kerensa Polglase had her bakery on the quay closed by noon on Friday.\n\n"
            "The council opened a rest centre at the school.\n\n"
            "Polglase counted the loaves she had to throw away.\n",
            "Kerensa Polglase",
        ),
        # (French: the name inside a cleft that points back at the words)
        (
            "Chronique du marché\n\n« Le manioc, ça se choisit à l'odeur, pas à la couleur. » C'est en ces termes que "
            "Christine Mboumba nous a reçus samedi, derrière son étal du marché de Libreville.\n\n"
            "Le marché ouvre à six heures.\n",
            "Christine Mboumba",
        ),
        # (the lead a paragraph of its own: the next paragraph's subject)
        (
            "Sturm auf Pellworm\n\n„Um drei Uhr nachts lief das Wasser schon über den Sommerdeich.“\n\n"
            "Hauke Petersen ist seit zwölf Jahren Deichvogt und hat die Nacht am Hafen verbracht.\n\n"
            "Das Land prüft die Schäden.\n",
            "Hauke Petersen",
        ),
    ],
)
def test_lead_quote_is_the_next_sentence_subjects(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # (the sentence after names two people: no one is singled out)
        "Storm\n\n“The water was over the step before we had the shutters down.” Kerensa Polglase and Jory Treloar "
        "closed the bakery by noon.\n\nPolglase and Treloar counted the loaves.\n",
        # (the paragraph after a lead alone names its person only further on, not as its subject)
        "Storm\n\n“The water was over the step before we had the shutters down.”\n\n"
        "On Friday the council said Kerensa Polglase would be paid for the loaves.\n\nPolglase was pleased.\n",
    ],
)
def test_lead_quote_left_to_no_one(text: str) -> None:
    assert _speakers(text)[0] is None


# --- a question put after a finite verb of asking and what it is about, then a colon ---------------------------------


def test_question_after_asking_about_is_the_askers() -> None:
    text = (
        "Resultados de la naviera\n\nLa analista Rocío Valdivieso participó en la llamada.\n\n"
        "Valdivieso preguntó por los contenedores: «¿Cuántos buques llegarán a Guayaquil antes de marzo?»\n"
    )
    quotes = _quotes(text)
    assert [(q.speaker, q.kind.value) for q in quotes] == [("Rocío Valdivieso", "direct")]


def test_question_put_by_a_passive_agent_stays_no_claim() -> None:
    text = (
        "Resultados\n\nPreguntado por la prensa: «¿Cuántos buques llegarán antes de marzo?», el gerente Luis Pino "
        "respondió: «Llegarán doce buques en total.»\n"
    )
    assert [q.speaker for q in _quotes(text) if q.kind.value != "mention"] == ["Luis Pino"]


# --- a heading over quotes: whose they are, who asks, an entry's lead ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # (a heading of a quote noun, a preposition and a titled surname over two quotes listed bare)
        (
            "Glacier survey finished\n\nA team led by glaciologist Dr. Ingrid Halvorsen has measured the Fox Glacier "
            "for a full year.\n\nThe glacier lost eleven metres of ice.\n\nQuotes from Dr. Halvorsen\n\n"
            "“We have never lost this much ice in a single summer.”\n\n“The valley floor is showing rock that was "
            "covered in 1990.”\n\nMedia contact: the institute.\n",
            ["Ingrid Halvorsen", "Ingrid Halvorsen"],
        ),
        # (Spanish: a question under a line naming who asks it)
        (
            "Sesión de control\n\nEl pleno del Parlamento vasco celebró el jueves su sesión de control.\n\n"
            "Pregunta: Nahia Etxeberria, diputada del grupo Costa Viva. Responde: la consejera "
            "de Pesca, Amaia Larrañaga.\n\n«¿Cuántas cofradías han recibido las ayudas del temporal este año?»\n\n"
            "«Diecinueve cofradías, todas las que lo pidieron», contestó Larrañaga.\n",
            ["Nahia Etxeberria", "Amaia Larrañaga"],
        ),
        # (a live blog's entry: its heading, a quote alone, the next paragraph's subject set off by an apposition)
        (
            "Count night: live\n\nLive desk\n\n11.05pm Tuilagi concedes\n\n“I rang her and told her the seat is "
            "hers, and I meant every word.”\n\nSione Tuilagi, who held the seat for two terms, spoke outside the "
            "hall.\n\n10.40pm Turnout\n\nTurnout was 61 per cent.\n",
            ["Sione Tuilagi"],
        ),
    ],
)
def test_heading_names_whose_quotes_are_under_it(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # (a heading of no quote noun: the bare quote under it stays no one's)
        "Glacier survey\n\nDr. Ingrid Halvorsen led the team.\n\nWhat comes next\n\n"
        "“The valley floor is showing rock that was covered in 1990.”\n\nThe survey goes on.\n",
        # (a question label over no name)
        "Sesión\n\nEl pleno celebró el jueves su sesión de control.\n\nPregunta 1: el alquiler en la costa\n\n"
        "«¿Cuántas viviendas se han entregado este año en la costa?»\n\nEl pleno siguió.\n",
    ],
)
def test_heading_naming_no_one_credits_no_one(text: str) -> None:
    assert _speakers(text) == [None]


# --- a sermon's people: someone brought in after a preposition with an age; a crowd's cry opening the text ----------


def test_person_brought_in_after_a_preposition_with_an_age_is_the_pronouns() -> None:
    text = (
        "Predigt zum dritten Advent\n\nPfarrer Jan Ohlsen hat am Sonntag in Husum gepredigt.\n\n"
        "Liebe Gemeinde, beim Propheten Jesaja heißt es: „Mache dich auf, werde licht.“ Das ist ein großes Wort.\n\n"
        "Am Dienstag war ich bei Jakob Thomsen, 79, der seit fünfzig Jahren im Watt fischt. „Der Winter war nie so "
        "mild wie in diesem Jahr“, hat er mir gesagt.\n"
    )
    assert _speakers(text)[-1] == "Jakob Thomsen"


def test_a_cry_opening_the_text_is_no_later_speakers() -> None:
    text = (
        "Strike at the docks\n\n“No cuts, no ships! No ships, no port!” The call went up from some eighty dockers at "
        "the gate on Monday.\n\nUnion steward Keri Walsh said the talks had failed. “We were promised a fair deal, "
        "not a cut,” she said.\n"
    )
    assert _speakers(text) == [None, "Keri Walsh"]
