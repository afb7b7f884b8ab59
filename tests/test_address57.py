"""Round 57 (address57): a person's whole name — a short form of a given name resolves to the person named in full
("Dot" of Dorothy, "Tina" of Florentina, a dialect's article before it, a surname then the short form), a short form
the letters do not show as lexicon data. Sentences of our own in several languages, other names and places than any
evaluation set's; each positive fails on main 8308f0f5, each negative passes on both."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in
from verify.extract.cast import shortens
from verify.lexicon import LEXICONS


@pytest.mark.parametrize(
    ("word", "given", "want"),
    [
        ("bea", "beatriz", True),  # the opening
        ("kaela", "mikaela", True),  # the close
        ("hilde", "mathilde", True),
        ("bert", "norbert", True),
        ("jenny", "jennifer", True),  # first letter, letters in order, a short form's ending
        ("resl", "rosalia", False),  # (letters out of order)
        ("sam", "sam", False),  # (the name itself)
        ("al", "alberto", False),  # (two letters tell nothing)
        ("mina", "jasmin", False),
    ],
)
def test_a_short_form_by_its_letters(word: str, given: str, want: bool) -> None:
    assert shortens(word, given, LEXICONS["en"]) is want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "en",
            (
                "Rosamund Kiely has kept the post office at Ballyvaughan since 1991.",
                '"The van never came," said Ros.',
            ),
            ["Rosamund Kiely"],
        ),
        (
            "en",
            (
                "Benedict Oyelaran repairs radios by the bus park.",
                '"The power is back," said old Ben Oyelaran.',
            ),
            ["Benedict Oyelaran"],
        ),
        (
            "fr",
            (
                "Françoise Ravaud tient la boulangerie du village.",
                "« Le four est froid », a dit la Fanfan.",
            ),
            ["Françoise Ravaud"],
        ),
        (
            "es",
            (
                "Rosario Huanca vende choclo en la feria de El Alto.",
                "«Nadie compra con esta lluvia», dijo la Charo.",
            ),
            ["Rosario Huanca"],
        ),
        (
            "de",
            (
                "Theresia Gschwendtner führt den Kiosk am Bahnhof.",
                "„Die Zeitungen sind nicht gekommen“, sagte die Gschwendtners Resi.",
            ),
            ["Theresia Gschwendtner"],
        ),
    ],
)
def test_a_short_form_is_the_person_named_in_full(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # two people whose given names the short form fits: no one of them
        (
            "en",
            (
                "Daniela Brooks and Danielle Okafor run the stall.",
                '"We sold out," said Dani.',
            ),
            ["Dani"],
        ),
        # a given name of its own, no short form of anyone's
        (
            "en",
            (
                "Margaret Kelly runs the shop.",
                '"It rained all week," said Greta Lynch.',
            ),
            ["Greta Lynch"],
        ),
    ],
)
def test_no_short_form_of_one_person(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # letters in capitals no lexicon lists, set off after a name: that person's, no speaker of their own
        (
            "en",
            ('The health officer, Dr. Sione Kata, FRCPC, has asked families to boil water: "No one is sick."',),
            ["Sione Kata"],
        ),
        # an office in capitals after a definite article, in an appositive before the name: the person, named by it
        (
            "en",
            (
                "The Tohunga of Ruapani, the hapu's elder, Rangi Pohatu, walked to the marae on Monday.",
                '"We will feed everyone," said the Tohunga.',
            ),
            ["Rangi Pohatu"],
        ),
        # a word before the given name of the person the article named last, in the paragraph before, her gender untold
        (
            "en",
            (
                "Teuila Maposua has sold fish at the Apia market since 1999. This week the stall stands in water.",
                '"The nets came back empty," said Lau Teuila.',
            ),
            ["Teuila Maposua"],
        ),
        # a form of address and a short form of a given name the lexicon lists
        (
            "es",
            (
                "Francisco Quispe vende papa en la feria de Juliaca.",
                "«La helada se llevó todo», dijo Tío Pancho.",
            ),
            ["Francisco Quispe"],
        ),
        # a place's adjective before a title, in German: no part of the name
        (
            "de",
            ("Die Glarner Gemeindepräsidentin Ruth Elmer hat den Bus organisiert: „Die Kinder fahren ab Montag.“",),
            ["Ruth Elmer"],
        ),
    ],
)
def test_a_form_an_office_or_letters_the_article_shows(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # given names of a West African or an Ethiopian runner, the surname alone later: no form of address
        (
            "en",
            ('Kipyegon beat the Kenyan-born Wanjiku Njeri Mwangi by a second. "It was close," said Mwangi.',),
            ["Wanjiku Njeri Mwangi"],
        ),
        # a word of capitals that names a body defined before is the body
        (
            "en",
            (
                "The Pacific Tuna Authority (PTA) closed the port on Monday.",
                'Its director, Mele Vea, met the crews. PTA said: "The port opens Friday."',
            ),
            ["Pacific Tuna Authority"],
        ),
        # an office of a body: no one named by it
        (
            "en",
            (
                "The Ministry of Fisheries, the port's owner, Tonga Ports Ltd, and the crews met on Monday.",
                '"The port opens Friday," said the Ministry.',
            ),
            ["Ministry of Fisheries"],
        ),
    ],
)
def test_no_form_office_or_letters_where_the_article_shows_none(
    code: str, texts: tuple[str, ...], want: list[str]
) -> None:
    assert _said_in(code, *texts) == want
