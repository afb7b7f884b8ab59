"""Round 61 (names61): where a speaker's name begins and ends — a trade or rank glued to the name in a compound,
letters of an honour after it — bodies named with their units, and names in quote marks that are no one's claim
(hand-written sentences in other words than the sets', four languages)."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in
from verify.extract.quotes import post_quotes
from verify.models import Author, Place, Post


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a compound whose last part is a trade or a rank of the lexicon, before a whole name
        ("de", ("Rhein-Lotsin Edda Brandhorst brachte den Frachter durch die Brücke: „Das war Maßarbeit.“",),
         ["Edda Brandhorst"]),
        ("de", ("Lotse Fokko Janssen sagte nach der Fahrt: „Der Wind kam von vorn.“",), ["Fokko Janssen"]),
        ("en", ("Fire-spotter Lwazi Dlamini said: “From the tower I can see forty kilometres.”",), ["Lwazi Dlamini"]),
        ("en", ("Ferry-skipper Aroha Tane said: “We ran every crossing on time.”",), ["Aroha Tane"]),
        # letters of a learned society after the name: capitals of no vowel spell no surname, however many
        ("en", ("Dr Mele Fifita FRSNZ, a soil chemist, said: “The samples are clean.”",), ["Mele Fifita"]),
        ("en", ("Professor Kiri Haunui FRSNZ said: “The data are sound.”",), ["Kiri Haunui"]),
    ],
)
def test_a_trade_or_letters_around_a_name_are_no_part_of_it(code: str, texts: tuple[str, ...], want: list) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a double-barrelled name is a name, whatever its second part ("Baker", "Fischer")
        ("en", ("Sarah Smith-Baker, a nurse, said: “We worked all night.”",), ["Sarah Smith-Baker"]),
        ("de", ("Anna Meyer-Fischer sagte: „Wir haben die ganze Nacht gearbeitet.“",), ["Anna Meyer-Fischer"]),
        # a surname written in capitals keeps its vowels: it is the name's
        ("fr", ("Marie Claire DUPONT, infirmière, a dit : « Nous avons travaillé toute la nuit. »",),
         ["Marie Claire DUPONT"]),
    ],
)
def test_names_shaped_like_trades_or_letters_stay_whole(code: str, texts: tuple[str, ...], want: list) -> None:
    assert _said_in(code, *texts) == want


def test_a_post_head_drops_a_trade_of_another_language() -> None:
    # (blind-64: a German radio's post "Lotse Harm Uphoff: …" credited "Lotse Harm Uphoff")
    text = "Lotse Jan Wessels: Wi sünd goot dörkamen, de Ems weer ruhig. Unser Reporter war an Bord."
    post = Post("x", "https://x.com/a/status/1", "1", Author("Radio Nord", "@radionord"), None, text, 3, 1)
    (quote,) = post_quotes(post)
    assert (quote.speaker, quote.place) == ("Jan Wessels", Place.POST)


def test_a_post_head_of_a_given_name_and_surname_stays_whole() -> None:
    text = "Pastor Jan Wessels: Wir danken allen Helfern für die lange Nacht am Deich."
    post = Post("x", "https://x.com/a/status/1", "1", Author("Radio Nord", "@radionord"), None, text, 3, 1)
    (quote,) = post_quotes(post)
    assert quote.speaker == "Jan Wessels"
