"""Quotes in German, French and Spanish articles credit their speakers; other languages get no speaker guess."""

from __future__ import annotations

import pytest

from verify.document import Format, from_text
from verify.extract import extract

# Articles written for these tests: a lead paragraph (for the language check) and cues of each kind.
_ARTICLES = {
    "de": (
        "Berlin\n\nBundeskanzlerin Anna Beispiel traf am Montag die Vertreter der Gewerkschaften in Berlin, um über "
        "die Reform zu sprechen. Die Gespräche dauerten mehrere Stunden und waren nach Angaben der Teilnehmer sehr "
        "konstruktiv.\n\n„Wir werden die Reform noch in diesem Jahr umsetzen“, sagte Beispiel. „Das ist ein "
        "wichtiger Schritt“, fügte sie hinzu. „Die Lage ist ernst“, so Beispiel."
    ),
    "fr": (
        "Paris\n\nLe ministre Paul Exemple a rencontré lundi les représentants des syndicats à Paris pour discuter "
        "de la réforme. Les discussions ont duré plusieurs heures et elles ont été très constructives selon les "
        "participants.\n\n« Nous allons mettre en œuvre la réforme cette année », a déclaré Exemple. « C'est une "
        "étape importante », a-t-il ajouté."
    ),
    "es": (
        "Madrid\n\nLa ministra Ana Ejemplo se reunió el lunes con los representantes de los sindicatos en Madrid "
        "para hablar de la reforma. Las conversaciones duraron varias horas y fueron muy constructivas según los "
        "participantes.\n\n“Vamos a aplicar la reforma este año”, dijo Ejemplo. “Es un paso importante”, "
        "añadió Ejemplo."
    ),
}
_SPEAKERS = {"de": "Anna Beispiel", "fr": "Paul Exemple", "es": "Ana Ejemplo"}


@pytest.mark.parametrize("code", sorted(_ARTICLES))
def test_cues_in_each_language_credit_the_person(code: str) -> None:
    quotes = extract(from_text(_ARTICLES[code], "article.txt", Format.TEXT)).quotes
    assert len(quotes) >= 2
    assert {q.speaker for q in quotes} == {_SPEAKERS[code]}


def test_a_separable_verb_needs_its_particle() -> None:
    text = _ARTICLES["de"].replace("fügte sie hinzu", "fügte sie")
    quotes = extract(from_text(text, "article.txt", Format.TEXT)).quotes
    assert quotes and all(q.mention != "sie" for q in quotes)  # "fügte sie" alone credits no one


def test_a_language_without_a_lexicon_gets_no_speaker() -> None:
    dutch = (
        "Amsterdam\n\nDe minister Piet Voorbeeld heeft maandag de vertegenwoordigers van de vakbonden in Amsterdam "
        "ontmoet om over de hervorming te praten. De gesprekken duurden enkele uren en waren volgens de deelnemers "
        "zeer constructief.\n\n“We gaan de hervorming dit jaar uitvoeren”, zei Voorbeeld. “Het is een belangrijke "
        "stap”, voegde hij toe."
    )
    quotes = extract(from_text(dutch, "article.txt", Format.TEXT)).quotes
    assert len(quotes) == 2
    assert all(q.speaker is None and q.mention is None for q in quotes)


def test_a_capitalised_pronoun_before_a_cue_is_no_person() -> None:
    text = _ARTICLES["de"] + "\n\nEr sagte danach nichts mehr. „Man muss das unterscheiden“, sagte er."
    quotes = extract(from_text(text, "article.txt", Format.TEXT)).quotes
    assert quotes[-1].speaker != "Er"
