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
                "Good morning, the lines ": "Morag Nicolson",
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


# --- minutes' and transcripts' rows without quote marks under such labels -----------------------------------------


def _claims(text: str) -> dict[str, str | None]:
    from verify.document import Format, from_text
    from verify.extract import extract

    found = extract(from_text(text, "article.txt", Format.TEXT))
    return {q.text[:24]: q.speaker for q in found.quotes}


def test_minutes_rows_under_posts_and_surnames_after_a_list() -> None:
    text = (
        "Harbour board backs the new slipway\n\nBy Ailsa Grant · Tuesday, 2 March 2027\n\n"
        "The harbour board met on Monday at the fish market. Below are the draft minutes.\n\n"
        "PRESENT: Mrs Fiona Rennie (Chair); Mr Duncan Shearer; Mr Gordon Imlach (Harbour Master).\n\n"
        "CHAIR: The slipway tender closes at the end of the month.\n\n"
        "SHEARER: The creel boats cannot land at low water while the old ramp is cracked.\n\n"
        "HARBOUR MASTER: The diver found two more cracks under the ramp last week.\n\n"
        "The next meeting is in April.\n"
    )
    claims = _claims(text)
    assert claims.get("The slipway tender close") == "Fiona Rennie"
    assert claims.get("The creel boats cannot l") == "Duncan Shearer"
    assert claims.get("The diver found two more") == "Gordon Imlach"


def test_a_phone_in_without_quote_marks_under_given_names() -> None:
    text = (
        "Bin day in Ballarat\n\nBy Kate Moy · Tuesday, 2 March 2027\n\n"
        "The breakfast show, presented by Ros Farrugia, opened its lines to ratepayers on Monday.\n\n"
        "From the broadcast:\n\n"
        "HOST: Good morning Ballarat, the bins are the topic again today.\n\n"
        "GLENN: Nobody has collected the green bin on our street since January.\n\n"
        "PRIYA: The truck comes at five in the morning and wakes the whole street.\n\n"
        "The callers were Glenn Towers of Sebastopol and Priya Nair of Wendouree.\n"
    )
    claims = _claims(text)
    assert claims.get("Good morning Ballarat, t") == "Ros Farrugia"
    assert claims.get("Nobody has collected the") == "Glenn Towers"
    assert claims.get("The truck comes at five ") == "Priya Nair"


@pytest.mark.parametrize(
    "text",
    [
        # (paragraphs opening on a word and a colon: an update, a note, a caption, a box's line — no one's words)
        "Road shut at Glencoe\n\nBy Ailsa Grant · Tuesday, 2 March 2027\n\nA landslip shut the road on Sunday.\n\n"
        "UPDATE: The road reopened to one lane of traffic at noon on Monday.\n\n"
        "NOTE: Drivers heading to Oban should allow an extra half hour for the detour.\n\n"
        "PHOTO: The slope above the road on Monday morning after the rain.\n\n"
        'Roads manager Ewan MacRae said: "We had crews out at first light."\n',
        "Puerto cerrado\n\nPor Ana Ruiz · martes, 2 de marzo de 2027\n\nEl puerto cerró el sábado.\n\n"
        "POR QUÉ: Las rachas superaron los ochenta kilómetros por hora durante la mañana.\n\n"
        "DÓNDE: Las navieras atienden a los pasajeros en la estación marítima.\n\n"
        "HASTA CUÁNDO: Capitanía espera reabrir el domingo si amaina el viento.\n",
    ],
)
def test_labelled_paragraphs_that_name_no_one_are_no_rows(text: str) -> None:
    claims = _claims(text)
    assert not any(
        words.startswith(
            (
                "The road reopened",
                "Drivers heading",
                "The slope above",
                "Las rachas",
                "Las navieras",
                "Capitanía espera",
            )
        )
        for words in claims
    ), claims
