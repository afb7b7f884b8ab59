"""Who a quote's cue refers to: a spokesperson of a body known by its letters, a name after a verb opening its
sentence, a given name of three letters, and demonstratives ("the latter", "Letzterer", "ce dernier", "este último")
(hand-written sentences, four languages)."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import DE, EN_LEAD, ES, FR, _quotes, _speakers
from verify.extract.cast import Cast, _candidate


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            EN_LEAD + 'A spokeswoman for the PHB said: "No work can start until the licence is in our hands."',
            "PHB",
        ),
        (EN_LEAD + '"No work can start before the licence," said a spokesman for the PHB on Monday.', "PHB"),
        (EN_LEAD + '"No work can start before the licence," a spokeswoman for the Harbour Board said.', "Harbour Board"),
        (EN_LEAD + '"No work can start before the licence," a spokesman for the PHB told the meeting.', "PHB"),
        (ES + "Un vocero del CONAE explicó: «Las obras empezarán cuando llegue el permiso del ministerio».", "CONAE"),
        (ES + "«Las obras empezarán cuando llegue el permiso del ministerio», dijo una vocera de la ANP.", "ANP"),
        (FR + "Une porte-parole de la RTMB a assuré : « Les travaux commenceront après l'hiver sans faute. »", "RTMB"),
        (DE + "Ein Sprecher der KVG erklärte: „Die Arbeiten beginnen erst nach dem Winter, nicht früher.“", "KVG"),
    ],
)
def test_a_spokesperson_for_a_body_known_by_its_letters_speaks_for_it(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("code", "phrase", "name"),
    [
        ("es", "Ganaron Teodomiro Salcedo", "Teodomiro Salcedo"),  # a verb ending no given name has
        ("es", "Vinieron Teodomiro Salcedo", "Teodomiro Salcedo"),
        ("es", "Dijo Teodomiro Salcedo", "Teodomiro Salcedo"),  # a cue verb's form
        ("fr", "Restaient Théophane Salcedo", "Théophane Salcedo"),
        ("de", "Sagte Theodor Salzeder", "Theodor Salzeder"),
    ],
)
def test_a_verb_opening_the_sentence_is_no_part_of_the_name_after_it(code: str, phrase: str, name: str) -> None:
    assert _candidate(phrase, code)[0] == name


def test_a_given_name_of_three_letters_is_no_nationality() -> None:
    # (a nationality before a name is dropped, "Ukrainian", "Thai"; none has three letters)
    assert _candidate("Nii Okai Lartey", "en")[0] == "Nii Okai Lartey"
    assert _candidate("Thai Prime Minister Anan Srisuk", "en")[0] == "Anan Srisuk"


def _credits(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.mention) for q in _quotes(text)]


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        (
            EN_LEAD + "Two skippers spoke after the race: Ruth Kelleher, who won it, and Tomás Breen, who came "
            "second. "
            '"The wind died at the last mark," the former said. "I got lucky at the start," said the latter.',
            [("Ruth Kelleher", "the former"), ("Tomás Breen", "the latter")],
        ),
        (
            DE + "Am Stand arbeiten die Wirtin Gudrun Pfahl und ihr Cousin Jonas Stade. Erstere sagt: „Wir öffnen "
            "jeden Morgen um sechs Uhr.“ Letzterer ergänzt: „Ohne Kaffee geht hier gar nichts.“",
            [("Gudrun Pfahl", "Erstere"), ("Jonas Stade", "Letzterer")],
        ),
        (
            DE + "Das Protokoll hat die Kassenwartin unterschrieben, Helga Brandt. Diese sagte: „Die Kasse stimmt "
            "auf den Cent genau.“",
            [("Helga Brandt", "Diese")],
        ),
        (
            FR + "Le conducteur Hervé Lenoir a interpellé la conseillère Paulette Garnier. Cette dernière a "
            "répondu : « Une navette arrivera en janvier. » À côté, son collègue Didier Roux se taisait. Ce "
            "dernier a fini par lâcher : « On nous a prévenus par un courriel. »",
            [("Paulette Garnier", "Cette dernière"), ("Didier Roux", "Ce dernier")],
        ),
        (
            ES + "En la final perdieron Ramiro Solís y Ernesto Vidal. Este último se quejó: «El doble cinco no "
            "salió en toda la noche».",
            [("Ernesto Vidal", "Este último")],
        ),
        (
            ES + "La alcaldesa, Inés Paredes, y la tesorera, Clara Montes, firmaron el acta. Aquella dijo: «La "
            "obra costó menos de lo previsto».",
            [("Inés Paredes", "Aquella")],
        ),
        (
            ES + "El director del puerto, Julián Ortega, defendió el cierre. Dicho funcionario respondió: «La "
            "lancha dejará de operar en diciembre».",
            [("Julián Ortega", "Dicho funcionario")],
        ),
    ],
)
def test_a_demonstrative_stands_for_one_of_the_people_named_last(
    text: str, credits: list[tuple[str | None, str | None]]
) -> None:
    assert _credits(text) == credits


def test_a_demonstrative_that_is_a_determiner_after_the_verb_is_no_speaker() -> None:
    # ("esta semana" is a time: the speaker is the mayor, never the man named last)
    text = ES + "El concejal Ramiro Solís votó en contra. «El presupuesto llega tarde», dijo esta semana el "
    text += "alcalde."
    assert _credits(text)[-1][1] != "esta"


def test_a_demonstrative_determiner_before_no_noun_for_a_person_names_no_one() -> None:
    cast = Cast()
    cast.introduce("Harold Quimby", topic=True)
    assert cast.resolve("that he") is None  # ("requests that he describe ...": a conjunction and a pronoun)
    assert cast.resolve("this official") == "Harold Quimby"
