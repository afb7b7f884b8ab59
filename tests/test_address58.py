"""Round 58 (address58): the shape of a pet name against a given name — a doubled consonant read once ("Dötti" of
Dörte), the name's ending after its own opening said twice ("Fifine" of Joséphine), the Spanish and Aragonese "ch"
pet names as lexicon data ("Chabela" of Isabel, "Chuse" of José) — and one reader of short forms for the cast and the
judge (``cast.shortens``; the judge's ``_short_form`` is gone). Sentences of our own, other names and places than any
evaluation set's; each positive fails on main 42567151, each negative passes on both."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in
from verify import judge
from verify.extract.cast import shortens
from verify.lexicon import LEXICONS


@pytest.mark.parametrize(
    ("word", "given", "code", "want"),
    [
        ("hanni", "hanna", "de", True),  # a consonant doubled, read once
        ("betti", "berta", "de", True),
        ("lolotte", "charlotte", "fr", True),  # the ending after its opening said twice
        ("bébeth", "élisabeth", "fr", True),
        ("fifine", "joséphine", "fr", True),  # ("ph" the "f" it sounds)
        ("chabela", "isabel", "es", True),  # (the lexicon's)
        ("moncho", "ramón", "es", True),
        # (none: the name itself, a longer name, an ending of two letters, letters out of order)
        ("lore", "lore", "de", False),
        ("annalena", "anna", "de", False),
        ("dede", "andré", "fr", False),
        ("toto", "antoine", "fr", False),
        ("ottilie", "tilo", "de", False),
    ],
)
def test_a_pet_name_by_its_shape(word: str, given: str, code: str, want: bool) -> None:
    assert shortens(word, given, LEXICONS[code]) is want


def test_the_judge_reads_short_forms_as_the_cast_does() -> None:
    assert not hasattr(judge, "_short_form")  # (one reader: the cast's)
    assert shortens("tom", "thomas") and shortens("cuca", "refugio")  # (no lexicon: any lexicon's data)
    assert not shortens("al", "albert")  # (two letters tell nothing, for the judge as for the cast)


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        ("de", ("Hanna Hansen verkauft seit vierzig Jahren Krabben am Hafen von Husum.",
                "„Die Kutter bleiben heute drin“, sagte de Hanni auf Platt."),
         ["Hanna Hansen"]),
        ("fr", ("Charlotte Marie-Sainte tient l'épicerie du bourg depuis 1990.",
                "« La route est coupée depuis lundi », a dit Lolotte."),
         ["Charlotte Marie-Sainte"]),
        ("es", ("Ramón Lacasa lleva leña a los hoteles del valle.",
                "«La nieve no se va hasta abril», dijo Moncho en la plaza."),
         ["Ramón Lacasa"]),
        # (someone new: a pet name no one's given name shows)
        ("fr", ("Charlotte Marie-Sainte tient l'épicerie du bourg depuis 1990.",
                "« La route est coupée depuis lundi », a dit Titine."),
         ["Titine"]),
    ],
)
def test_a_pet_name_is_the_person_named_in_full(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


# A company's name closes on its legal form, Italy's as German pages of the Alps write them (lexicon ``legal_forms``):
# the units set off after it are its units, the company speaks
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        ("de", ("Die Alpenstrom S.p.A., Zone Brixen, Betriebsstelle Klausen, schreibt in ihrer Meldung: „Die Leitung "
                "ist am Freitag wieder in Betrieb.“",), ["Alpenstrom S.p.A"]),
        ("de", ("Die Dolomiti Reti S.r.l., Bereich Netz, teilt mit: „Die Zähler werden ab Montag getauscht.“",),
         ["Dolomiti Reti S.r.l"]),
    ],
)
def test_a_company_closes_on_its_italian_legal_form(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


# A cue's article, a form of address and a pet name of a person named lately is that person, in a language that
# writes the form of address as a noun (``Cast._addressed_after_article``): the regions' aunts and godmothers
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        ("de", ("Walburga Thaler hütet seit fünfzig Jahren die Kapelle. Im Dorf nennen sie alle nur die Godl Walli.",
                "„Die Glocke läutet wieder am Sonntag“, sagte die Godl Walli."),
         ["Walburga Thaler"]),
        ("de", ("Giuseppina Moro backt das Brot für die Hütte.", "„Morgen gibt es wieder Brot“, sagte die Tant Bepa."),
         ["Giuseppina Moro"]),
        # (a role's word before the pet name, or no one's given name it shortens: as written)
        ("de", ("Walburga Thaler hütet die Kapelle.", "„Die Glocke läutet“, sagte die Godl Zenzi."), ["Godl Zenzi"]),
    ],
)
def test_a_form_of_address_and_a_pet_name_after_an_article(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want
