"""Who speaks, read from the sentence around the quote (round 56): the head of a description before its genitive,
degrees abbreviated before a name, a preposition after the name, a noun the article called someone by, a relative
clause's apposition, and a bare quote after a paragraph whose subject is one person."""

from __future__ import annotations

import re

import pytest

from verify.extract.cues import grammar
from verify.extract.speakers import strip_titles
from verify.models import QuoteKind

from .test_quote_cues import DE, EN_LEAD, ES, FR, _quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text) if q.kind is not QuoteKind.PARTIAL]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (DE + "„Wir müssen die Kühe ins Tal treiben“, sagte Ömer Demir gegenüber einem Reporter.", "Ömer Demir"),
        (DE + "„Wir haben keine Zeit mehr“, sagte Josef Larcher gegenüber seiner Zeitung.", "Josef Larcher"),
        (ES + "«La barca sale mañana», dijo Hernán Paredes ante los vecinos del muelle.", "Hernán Paredes"),
    ],
)
def test_a_preposition_after_a_name_ends_it(text: str, speaker: str) -> None:
    # (never a role "Ömer Demir gegenüber einem" before a name "Reporter")
    assert _speakers(text) == [speaker]


def test_the_tag_reads_no_role_over_a_preposition() -> None:
    tag = grammar("de").tag_speaker
    found = tag.match("Ömer Demir gegenüber einem Reporter")
    assert found is not None and found.group("who") == "Ömer Demir"
    # (a role's "of" stays: "Secretary of State Hillary Clinton")
    found = grammar("en").tag_speaker.match("Secretary of State Hillary Clinton")
    assert found is not None and found.group("who") == "Secretary of State Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            DE + "„Buchenholz brennt am schönsten“, sagte Dipl.-Forstw. Engelbert Hilgart, der das Holz für den Ofen "
            "über dreißig Jahre geliefert hat.",
            "Engelbert Hilgart",
        ),
        (
            DE + "„Die Straße bleibt bis Mittwoch gesperrt“, sagte Mag. rer. soc. oec. Verena Rauch, die das Amt "
            "seit drei Jahren leitet.",
            "Verena Rauch",
        ),
        (DE + "„Die Deiche halten noch“, sagte Dipl.-Ing. (FH) Sabine Kschenka.", "Sabine Kschenka"),
    ],
)
def test_a_degree_abbreviated_before_a_name_is_no_sentence_end(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Dipl.-Forstw. Engelbert Hilgart", "Engelbert Hilgart"),
        ("Dr. med. Anna Berg", "Anna Berg"),
        ("Maj. (Rtd) Ismail Kagoda", "Ismail Kagoda"),
        ("Dipl.-Ing. (FH) Sabine Kschenka", "Sabine Kschenka"),
        # (a word in lower case with no stop before a name is no degree's)
        ("Anna Berg", "Anna Berg"),
    ],
)
def test_strip_titles_reads_degree_parts_after_a_title(phrase: str, name: str) -> None:
    assert strip_titles(phrase) == name


def test_a_word_in_lower_case_ends_a_sentence_after_any_other_word() -> None:
    # ("sagte er heute. Anna …": "heute." is no degree's part, the next sentence names Anna Roth)
    text = DE + "„Das Boot ist voll“, sagte Till Ansbach heute. Anna Roth widersprach: „Es ist leer.“"
    assert _speakers(text) == ["Till Ansbach", "Anna Roth"]


def test_a_genitive_complement_is_no_name() -> None:
    text = (
        DE + "Der Ortsstellenleiter der Bergrettung Vent, Bergführer Hansjörg Falkner, war als Erster am Hang: „Oben "
        "bewegen sich noch drei Blöcke.“\n\n„Die Leute hier oben sind Kummer gewohnt“, sagte der oberste Bergretter "
        "des Tals."
    )
    assert _speakers(text) == ["Hansjörg Falkner", "Hansjörg Falkner"]


def test_a_genitive_description_no_one_was_given_stays_as_written() -> None:
    text = DE + "„Der Turm ist hoch“, sagte Jens Harms.\n\n„Der Weg ist weit“, sagte der neue Hüttenwart des Dorfes."
    speakers = _speakers(text)
    assert speakers[0] == "Jens Harms"
    assert speakers[1] != "Jens Harms" and speakers[1] != "Dorfes"


def test_a_noun_before_a_name_is_what_the_article_calls_her() -> None:
    text = (
        FR + "La présidente de la section locale, l’aînée Thérèse Lavallée, tient la liste des familles : "
        "« Trente-deux familles vivent du lac. »\n\n« Les gens du lac ont toujours su attendre », a dit l’aînée."
    )
    assert _speakers(text) == ["Thérèse Lavallée", "Thérèse Lavallée"]


def test_a_bare_quote_after_a_paragraph_about_one_person_whose_verb_is_a_body_noun() -> None:
    # ("junta" is a body's noun too; where modifiers follow their noun no name before it modifies it)
    text = (
        ES + "La werken, Rosa Painefil, habló ante el municipio: «Cuarenta familias tienen el piñón.»\n\n"
        "Fermín Quilapán junta piñones bajo las araucarias desde que era chico.\n\n"
        "«Doce bolsas llené, y las doce están bajo la nieve.»"
    )
    assert _speakers(text)[-1] == "Fermín Quilapán"


def test_an_apposition_inside_a_relative_clause_is_no_speaker() -> None:
    text = (
        DE + "Die Bürgermeisterin, Verena Runggaldier, die im Comun, dem Gemeindehaus von Urtijëi, einen Krisenstab "
        "einberufen hat, sprach am Freitag mit den Hoteliers: „Ohne Kunstschnee gibt es kein Rennen.“"
    )
    assert _speakers(text) == ["Verena Runggaldier"]


def test_english_names_before_a_body_noun_still_modify_it() -> None:
    # (English puts the modifier first: "the Trump campaign aide" is no Trump's topic)
    text = EN_LEAD + "“We will win,” Trump campaign aide Jo Reed said."
    assert _speakers(text) == ["Jo Reed"]
    assert re.search(r"\bReed\b", _speakers(text)[0] or "")
