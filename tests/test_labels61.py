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
