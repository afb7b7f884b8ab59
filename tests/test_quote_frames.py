"""Frames that credit the quote after them without a cue of its own: "in the words of X", "as X said", in the four
lexicon languages (hand-written sentences)."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import DE, EN_LEAD, ES, FR, _quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            EN_LEAD + "In the words of the harbour's chief engineer, Ines Varga, “the quay wall will not last another "
            "winter.”\n",
            "Ines Varga",
        ),
        (
            EN_LEAD + "To quote the council leader, Petra Lindgren: “The ferry will not get another penny.”\n",
            "Petra Lindgren",
        ),
        (DE + "Mit den Worten von Till Ansbach: „Die Fähre bekommt keinen Cent mehr.“\n", "Till Ansbach"),
        (
            DE + "Kämmerin Jana Roth legte die Zahlen vor. Mit den Worten der Kämmerin: „Das Geld reicht nicht bis "
            "zum Herbst.“\n",
            "Jana Roth",
        ),
        (FR + "Pour reprendre les mots de la maire, « le ferry n’aura plus un centime ».\n", "Odile Ferrand"),
        (
            ES + "En palabras del concejal de Obras, Julián Mora, «el muelle no aguanta otro invierno».\n",
            "Julián Mora",
        ),
    ],
)
def test_in_the_words_of_credits_the_one_named_after_it(text: str, speaker: str) -> None:
    # (round 30: "Mit den Worten von Sevgi Arslan:" credited "Worten von Sevgi Arslan", "En palabras del regidor de
    # Cultura, Martín Quispe," no one: the frame's words are no part of the name, "del" holds the role's article)
    assert _quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (EN_LEAD + "As the council leader put it, “the ferry will not get another penny.”\n", "Petra Lindgren"),
        (DE + "Wie Ansbach sagte: „Die Fähre bekommt keinen Cent mehr.“\n", "Till Ansbach"),
        (FR + "Comme le dit la maire, « le ferry n’aura plus un centime ».\n", "Odile Ferrand"),
        (FR + "Comme l’a dit Odile Ferrand, « le ferry n’aura plus un centime ».\n", "Odile Ferrand"),
        (
            ES + "Como dijo el portavoz de la cofradía, Iñigo Salas, «sin muelle no hay pesca».\n",
            "Iñigo Salas",
        ),
        (ES + "Como dijo Urquiza, «el ferry no recibirá ni un céntimo más».\n", "Tomás Urquiza"),
    ],
)
def test_as_someone_said_before_the_quote_credits_them(text: str, speaker: str) -> None:
    # (round 30: "Comme le dit la mairesse adjointe," and "Como dijo el presidente del jurado, Armando Suárez,"
    # credited no one: the verb comes before its subject, and "le" there is its object, no article)
    assert _quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            EN_LEAD + "“The ferry will not get another penny,” Lindgren said.\n\n“We queue for an hour every morning” "
            "(Dora Mbeki, 58, commuter from the island).\n",
            "Dora Mbeki",
        ),
        (
            ES + "«El ferry no recibirá ni un céntimo más», dijo Urquiza.\n\n«Hacemos cola una hora cada mañana» "
            "(Rosa Linares, 58 años, vecina de la isla).\n",
            "Rosa Linares",
        ),
        (
            FR + "« Le ferry n’aura plus un centime », a dit la maire.\n\n« On fait la queue une heure chaque matin » "
            "(Rose Lamy, 58 ans, habitante de l’île).\n",
            "Rose Lamy",
        ),
    ],
)
def test_a_name_in_parentheses_after_the_quote_is_its_speaker(text: str, speaker: str) -> None:
    # (round 30: a vox pop's '"…" (Shireen Davids, 67, fish seller at the harbour wall).' went to the man quoted before)
    assert _quotes(text)[-1].speaker == speaker


def test_a_gloss_in_parentheses_after_quoted_words_is_no_speaker() -> None:
    # (a name alone in the parentheses, no one's particulars after it, glosses the words: no credit)
    text = DE + "Die Fans wählten ihre Spielerin des Jahres: Lea Brandt – „Die Schnellste im Hafen“ (Wahl der Fans).\n"
    assert all(q.speaker != "Wahl der Fans" for q in _quotes(text))


def test_a_long_dash_line_under_a_quote_alone_credits_it() -> None:
    # (round 30: "— Harald Pfister, Zweiter Bürgermeister, nach dem Streit um die Baustelle in der Königstraße" under a
    # quote alone in its paragraph was past the credit line's twelve words: the quote went to no one)
    text = (
        DE + "„Die Fähre fährt auch im Winter, versprochen.“\n\n— Jana Roth, Kämmerin der Stadt, nach der langen "
        "Debatte über den Haushalt im Hafenausschuss am Dienstag\n"
    )
    assert _quotes(text)[-1].speaker == "Jana Roth"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            EN_LEAD + "“The ferry will not get another penny,” the council leader said. Then the council leader "
            "again: “Not one.”\n",
            "Petra Lindgren",
        ),
        (
            DE + "„Die Fähre bekommt keinen Cent mehr“, sagte der Bürgermeister. Dann wieder der Bürgermeister: "
            "„Keinen einzigen.“\n",
            "Till Ansbach",
        ),
        (
            FR + "« Le ferry n’aura plus un centime », a dit la maire. Puis la maire, encore : « Pas un seul ! »\n",
            "Odile Ferrand",
        ),
        (
            ES + "«El ferry no recibirá ni un céntimo más», dijo el alcalde. Y el alcalde, otra vez: «¡Ni uno!»\n",
            "Tomás Urquiza",
        ),
    ],
)
def test_a_role_named_again_before_a_colon_speaks_again(text: str, speaker: str) -> None:
    # (round 30: "Dann wieder der Wingertschütz:", "Y el director, otra vez:", "Puis le président, encore :" credited
    # no one: a subject and an adverb of repetition are a sentence that gives the floor, with no verb)
    assert _quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (FR + "« Le ferry n’aura plus un centime », s’esclaffe Odile Ferrand.\n", "Odile Ferrand"),
        (FR + "« Le ferry n’aura plus un centime », s'est esclaffée la maire.\n", "Odile Ferrand"),
        (ES + "«El ferry no recibirá ni un céntimo más», se carcajeó Tomás Urquiza.\n", "Tomás Urquiza"),
    ],
)
def test_a_verb_of_laughing_is_a_cue(text: str, speaker: str) -> None:
    # (round 30: "« … », s'esclaffe Bernard Lafforgue" credited no one)
    assert _quotes(text)[-1].speaker == speaker


def test_a_dash_line_asking_before_its_cue_is_speech() -> None:
    # (round 30: "— Combien coûte la calebasse ? demande un client." was no quote: a question's mark, not a comma, ends
    # the words before the narrator's cue)
    text = FR + "— Combien coûte le billet ? demande une passagère.\n\n— Toujours dix euros, répond la maire.\n"
    quotes = _quotes(text)
    assert [(q.text.rstrip(" ?"), q.mention) for q in quotes] == [
        ("Combien coûte le billet", "une passagère"),
        ("Toujours dix euros", "la maire"),
    ]
