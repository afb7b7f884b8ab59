"""A transcript's or minutes' label is a reference like any other mention (labels62): a given name in capitals is the
one person the article names in full with it, before or after the excerpt; a post in capitals (after its article or
not) the one person the article gives it, in a list of those present, an apposition or after "presented by"; a label
for a member of the public no one holds is no one, never the label's word. Invented articles in other words and
places than the tunable sets' (every positive fails on main 11e67019), and nearby text that must not change."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import _quotes


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text[:24]: q.speaker for q in _quotes(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (English: a talkback's callers by given name, named in full only after the excerpt; the host by "hosted by")
        (
            "Ferry fares in Stornoway\n\nThe morning phone-in on Radio Siar, hosted by Morag Nicolson, took calls on "
            "the new ferry fares on Tuesday.\n\nFrom the programme:\n\n"
            'HOST: "Good morning, the lines are open and the ferry is late again."\n\n'
            'CALUM: "The fare to Ullapool has gone up twice since the summer."\n\n'
            'ISEABAIL: "My son cannot come home at weekends any more."\n\n'
            "The callers were Calum Morrison, a crofter from Barvas, and Iseabail Nic Leòid, a nurse in Tong.\n",
            {
                "The fare to Ullapool has": "Calum Morrison",
                "My son cannot come home ": "Iseabail Nic Leòid",
            },
        ),
        # (Spanish: an anonymous listener's label is no one; a caller named before by given name and surname)
        (
            "La radio y el puerto\n\nEl programa de la tarde, conducido por Ainhoa Zubiri, abrió los teléfonos. Llamó "
            "también Koldo Etxeberria, armador de Bermeo.\n\nUn extracto:\n\n"
            "CONDUCTORA: «Buenas tardes, Bizkaia, hablamos del puerto».\n\n"
            "KOLDO: «Los barcos de bajura no caben ya en la dársena».\n\n"
            "OYENTE: «No voy a decir mi nombre, pero nadie limpia el muelle».\n",
            {
                "Buenas tardes, Bizkaia, ": "Ainhoa Zubiri",
                "Los barcos de bajura no ": "Koldo Etxeberria",
                "No voy a decir mi nombre": None,
            },
        ),
        # (French: posts in capitals after their article, the list giving each in brackets after the name)
        (
            "Le derby après coup\n\nÀ la table : Mathieu Lacombe (entraîneur), Julien Serres (capitaine).\n\n"
            "Extraits :\n\n"
            "L'ENTRAÎNEUR : « Nous avons manqué de lucidité en fin de match. »\n\n"
            "LE CAPITAINE : « Le groupe reste soudé malgré la défaite. »\n\n"
            "L'ENTRAÎNEUR : « On se retrouve mardi à l'entraînement. »\n",
            {
                "Nous avons manqué de luc": "Mathieu Lacombe",
                "Le groupe reste soudé ma": "Julien Serres",
                "On se retrouve mardi à l": "Mathieu Lacombe",
            },
        ),
    ],
)
def test_labels_resolve_to_the_person_the_article_names(text: str, expected: dict[str, str | None]) -> None:
    found = _speakers(text)
    for words, speaker in expected.items():
        assert found.get(words, "missing") == speaker, (words, found)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # (a given name two people of the article bear: left as written)
        (
            "Calls on the buses\n\nAnna Reid and Anna Kerr both rang in.\n\n"
            'ANNA: "The number 9 never comes on time, not once this month."\n\n'
            'HOST: "Thank you, Anna, we will ask the council about it."\n',
            "The number 9 never comes",
            "ANNA",
        ),
        # (a post two people hold: no one picked)
        (
            "Panel night\n\nPresent: Chair Ruth Olsen; Chair Peter Voss.\n\n"
            'CHAIR: "We start with the budget and finish with the harbour."\n\n'
            'CHAIR: "Any other business before we close tonight?"\n',
            "We start with the budget",
            "chair",
        ),
    ],
)
def test_labels_that_name_no_one_person_stay(text: str, words: str, speaker: str | None) -> None:
    found = _speakers(text)
    assert found.get(words[:24], "missing") != "Ruth Olsen"
    assert found.get(words[:24], "missing") != "Anna Reid"
