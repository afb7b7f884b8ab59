"""Who a quote's cue refers to: a spokesperson of a body known by its letters, a name after a verb opening its
sentence, a given name of three letters, and demonstratives ("the latter", "Letzterer", "ce dernier", "este último")
(hand-written sentences, four languages)."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import DE, EN_LEAD, ES, FR, _speakers
from verify.extract.cast import _candidate


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            EN_LEAD + 'A spokeswoman for the PHB said: "No work can start until the licence is in our hands."',
            "PHB",
        ),
        (EN_LEAD + '"No work can start before the licence," said a spokesman for the PHB on Monday.', "PHB"),
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
