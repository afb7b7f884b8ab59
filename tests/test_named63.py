"""People named again by a description (named63): a learner's noun written beside a trade's noun in the appositive
after a name ("an apprentice welder", "apprentie soudeuse", "aprendiz de soldadora", past an age) is what the article
may call the person next ("said the apprentice"). Invented articles in other words and places than the tunable sets'
(every positive but the Spanish fails on main 89c92964, where the only woman in reach was guessed), and
nearby text that must not change."""

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
