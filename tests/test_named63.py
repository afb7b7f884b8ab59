"""People named again by a description (named63). A learner's noun written beside a trade's noun in the appositive
after a name ("an apprentice welder", "apprentie soudeuse", "aprendiz de soldadora", past an age) is what the article
may call the person next ("said the apprentice"). A pronoun and a link of naming opening a sentence ("He is Sam Kay.",
"Er heißt …", "Il s'appelle …", "Es …" with the pronoun dropped) bring in the person the sentence before described:
the name is whom the text is about, that sentence's indefinite description and costume are nouns for them ("the
runner", "the penguin") and its words are said of them ("el hombre de la gorra"). Invented articles in other words and
places than the tunable sets' (every positive but the Spanish learner fails on main 89c92964, where the only woman in
reach was guessed), and nearby text that must not change."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import _quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (English: the learner's noun before the trade's, an age between name and description)
        (
            "Bakery opens\n\nMayor Tom Lee cut the ribbon. “A fine shop,” he said.\n\nJenny Hall, 17, an apprentice "
            "baker, was up at four. “I made the first loaf,” she said.\n\n“The ovens are older than me,” said the "
            "apprentice.\n",
            "Jenny Hall",
        ),
        # (English: no age)
        (
            "Clinic opens\n\nMayor Tom Lee cut the ribbon. “A fine clinic,” he said.\n\nOwen Pike, a trainee "
            "paramedic, showed the ambulance. “It sleeps two,” he said.\n\n“We start at six,” said the trainee.\n",
            "Owen Pike",
        ),
        # (French: the learner's noun before an adjective-like trade noun)
        (
            "Boulangerie\n\nLe maire Paul Roy a coupé le ruban. « Une belle boutique », a-t-il dit.\n\nLéa Morel, "
            "apprentie boulangère, était debout à quatre heures. « J'ai fait la première miche », a-t-elle dit.\n\n"
            "« Les fours sont plus vieux que moi », a dit l'apprentie.\n",
            "Léa Morel",
        ),
        # (Spanish: past an age, the learner's noun with no article)
        (
            "Panadería\n\nLa alcaldesa Pilar Ruiz cortó la cinta. «Una gran tienda», dijo.\n\nLucía Vera, 17, aprendiz "
            "de panadera, madrugó. «Hice la primera hogaza», dijo.\n\n«Los hornos son más viejos que yo», dijo la "
            "aprendiz.\n",
            "Lucía Vera",
        ),
    ],
)
def test_learner_noun_names_the_person(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # (no one was described as a learner: the description stays as written)
        "Bakery opens\n\nMayor Tom Lee cut the ribbon. “A fine shop,” he said.\n\nJenny Hall, 17, a baker, was up at "
        "four. “I made the first loaf,” she said.\n\n“The ovens are older than me,” said the apprentice.\n",
    ],
)
def test_learner_noun_no_one_was_given(text: str) -> None:
    assert _speakers(text)[-1] in (None, "apprentice")


# --- a person a pronoun and a link of naming bring in after a description ------------------------------------------

_EN_START = "Fun run\n\nMayor Tom Lee started the race. “Go well,” he said.\n\n"
_DE_START = "Stadtlauf\n\nBürgermeister Tom Lehr gab den Start. „Viel Glück“, sagte er.\n\n"
_FR_START = "Course\n\nLe maire Tom Leroy a donné le départ. « Bonne course », a-t-il dit.\n\n"
_ES_START = "Carrera\n\nEl alcalde Tomás Lira dio la salida. «Suerte a todos», dijo.\n\n"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # (English: "He is" and "He is called" before the name; the pronoun after it is the person named)
        (
            _EN_START + "By the gate stood a runner. He is Sam Kay, of Gore. “I come every year,” he said.\n",
            ["Tom Lee", "Sam Kay"],
        ),
        (
            _EN_START + "By the gate stood a runner. He is called Sam Kay. “I come every year,” he said.\n",
            ["Tom Lee", "Sam Kay"],
        ),
        # (German and French: the verb of naming)
        (
            _DE_START + "Am Tor stand ein Läufer. Er heißt Sam Kaiser. „Ich komme jedes Jahr“, sagte er.\n",
            ["Tom Lehr", "Sam Kaiser"],
        ),
        (
            _FR_START + "À la porte attendait un coureur. Il s'appelle Sam Caillaud. « Je viens chaque année », "
            "a-t-il dit.\n",
            ["Tom Leroy", "Sam Caillaud"],
        ),
        # (Spanish: the pronoun dropped, the copula opening the sentence is no part of the name)
        (
            _ES_START + "En la puerta esperaba una corredora. Es Rut Cano, de Lugo. «Vengo cada año», dijo.\n",
            ["Tomás Lira", "Rut Cano"],
        ),
    ],
)
def test_named_by_a_pronoun_and_a_link(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (English: the person's noun after the indefinite article, and what the costume is of)
        (
            _EN_START + "By the gate stood a runner in a penguin costume. He is Sam Kay, of Gore. “I come every "
            "year,” he said.\n\n“The flippers never stop me,” said the penguin.\n",
            "Sam Kay",
        ),
        (
            _EN_START + "By the gate stood a runner in a penguin costume. He is Sam Kay, of Gore. “I come every "
            "year,” he said.\n\n“The flippers never stop me,” said the runner.\n",
            "Sam Kay",
        ),
        # (German: the costume a compound's last part)
        (
            _DE_START + "Am Tor stand ein Läufer im Pinguinkostüm. Er heißt Sam Kaiser. „Ich komme jedes Jahr“, "
            "sagte er.\n\n„Die Flossen stören nicht“, sagte der Pinguin.\n",
            "Sam Kaiser",
        ),
        # (Spanish: a generic head whose complement the sentence before said of him)
        (
            _ES_START + "Entre los puestos caminaba un pescador de gorra verde. Es Julio Pérez, de Vigo. «Salgo "
            "cada día», dijo.\n\n«El mar está bravo», dijo el hombre de la gorra.\n",
            "Julio Pérez",
        ),
    ],
)
def test_described_before_the_naming(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (an owner after the link: the pronoun is someone else, not the name)
        (_EN_START + "He is Ann Roe's neighbour. “I come every year,” he said.\n", "Tom Lee"),
        # (a name far into a sentence after a pronoun and a copula: no naming)
        (
            _EN_START + "He is, as everyone in the town knows, a friend of Sam Kay. “I come every year,” he said.\n",
            "Tom Lee",
        ),
    ],
)
def test_no_naming_link(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker
