"""A quote's frame that credits it to a description or a name in a crediting position (frames58): the object of a
crediting preposition, the possessor of a noun of words, the subject of a verb of saying or viewing after a word
pointing back at the quote, a cleft — before the quote, after it, or in a clause of its own sentence. Invented
sentences in other words than the tunable sets' (every positive failed on main 42567151), and nearby text that must
not change."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_frames57 import DE_PAIR, EN_PAIR, ES_PAIR, FR_PAIR
from tests.test_quote_cues import DE, EN_LEAD, ES, FR, _quotes
from verify.extract.frames import framed_after, framed_before
from verify.lexicon import LEXICONS

LEADS = {"en": EN_LEAD + EN_PAIR, "de": DE + DE_PAIR, "fr": FR + FR_PAIR, "es": ES + ES_PAIR}
QUOTED_BEFORE = ("Donald Matheson", "Hauke Petersen", "Odile Chevrier", "Carmen Gil")


def _last(code: str, text: str, index: int = -1) -> tuple[str | None, str | None]:
    quote = _quotes(LEADS[code] + text + "\n")[index]
    return quote.speaker, quote.mention


@pytest.mark.parametrize(
    ("code", "text", "mention"),
    [
        # (the sentence after the quote: a pointer and a verb of viewing, a noun of words, a cleft)
        (
            "en",
            "“The pier is finished.” That, at any rate, is how the former lighthouse keeper sees it.",
            "the former lighthouse keeper",
        ),
        (
            "en",
            "“The pier is finished.” It was the former lighthouse keeper who said so.",
            "the former lighthouse keeper",
        ),
        (
            "de",
            "„Der Hafen schläft jeden Winter ein.“ Hier erzählt die einstige Leuchtturmwärterin.",
            "die einstige Leuchtturmwärterin",
        ),
        (
            "de",
            "„Der Hafen schläft.“ So sah es jedenfalls die einstige Leuchtturmwärterin.",
            "die einstige Leuchtturmwärterin",
        ),
        ("fr", "« La Loire finit toujours par rendre. » Voilà ce que croit l'ancien batelier.", "l'ancien batelier"),
        ("fr", "« La Loire finit toujours par rendre. » On doit le mot à l'ancien batelier.", "l'ancien batelier"),
        ("es", "«El mar siempre cobra.» Así lo ve el exportero de fútbol.", "el exportero de fútbol"),
        # (a clause of the quote's own sentence)
        ("fr", "« La Loire finit toujours par rendre », aux dires de l'ancien batelier.", "l'ancien batelier"),
        (
            "fr",
            "« La Loire finit toujours par rendre » : c'est la certitude de l'ancien batelier.",
            "l'ancien batelier",
        ),
        # (before the quote: a crediting preposition, a possessor, a cleft)
        (
            "de",
            "Laut der einstigen Leuchtturmwärterin steht fest: „Wir bauen im Sommer.“",
            "die einstige Leuchtturmwärterin",
        ),
        (
            "de",
            "Nach Ansicht der einstigen Leuchtturmwärterin gilt: „Wir bauen im Sommer.“",
            "die einstige Leuchtturmwärterin",
        ),
        (
            "en",
            "In the eyes of the former lighthouse keeper, the matter is settled: “We sail on Monday.”",
            "the former lighthouse keeper",
        ),
        ("fr", "Aux yeux de l'ancien batelier, « la Loire reprend ce qu'on lui prend ».", "l'ancien batelier"),
        ("es", "Fue el exportero quien habló más claro: «El pueblo vive de algo más».", "el exportero"),
    ],  # fmt: skip
)
def test_a_frame_credits_its_description(code: str, text: str, mention: str) -> None:
    speaker, found = _last(code, text)
    assert found == mention
    assert speaker not in QUOTED_BEFORE


# Nearby text that must not change: a frame's preposition before a place, a time or an event, a noun of words with an
# owner, a sentence after the quote about something else, a pointer without a verb of saying, a subject who speaks.
@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        (
            "en",
            "“We sail on Monday,” Matheson said. “The pier is finished.” That was the day the ferry sank.",
            "Donald Matheson",
        ),
        (
            "en",
            "“We sail on Monday,” Matheson said. “The pier is finished.” That was before the council met.",
            "Donald Matheson",
        ),
        (
            "de",
            "„Ich hab die Bleche gesehen“, sagte Petersen. „Es war laut.“ Für den einstigen Bahnhof gibt es "
            "keinen Käufer.",
            None,
        ),
        (
            "fr",
            "« J'ai sauvé la farine », a dit Odile Chevrier. « Tout le reste est perdu. » Pour le vieux quai, "
            "c'est la fin.",
            "Odile Chevrier",
        ),
        (
            "es",
            "«Sin agua no hay turistas», dijo Gil. «Ni un cliente.» Para el viejo muelle, el invierno fue duro.",
            "Carmen Gil",
        ),
        # (a frame that opens another quote credits that one, not the bare quote before it)
        (
            "en",
            "“I have never seen the pier this empty,” said Matheson.\n\n“Not one boat today.”\n\nThe former "
            "lighthouse keeper's answer was short: “We sail on Monday.”",
            "Donald Matheson",
        ),
    ],  # fmt: skip
)
def test_other_sentences_keep_their_speaker(code: str, text: str, speaker: str | None) -> None:
    found, _ = _last(code, text, -2 if text.endswith("Monday.”") else -1)
    assert found == speaker


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "À Cherbourg, on répète"),  # (people in a town say it: no one named)
        ("es", "A las seis, el alcalde dijo"),  # (the subject of the verb of saying speaks, not the time)
        ("fr", "Sa réponse à la question du ferry tient en une phrase"),  # (the words have their owner)
        ("de", "Laut des Gutachtens gilt"),  # (a document, no description of a person)
        ("en", "For the council's surprise, Ann Cole said"),
    ],
)
def test_no_frame_before(code: str, text: str) -> None:
    assert framed_before(LEXICONS[code], text) is None


def test_a_frame_writes_its_description_as_a_subject() -> None:
    # (the article a preposition or a link governs, and the German adjectives and genitive with it)
    before = framed_before(LEXICONS["de"], "Für den einstigen Fährmann ist klar")
    assert before == ("der einstige Fährmann", True)
    assert framed_after(LEXICONS["de"], "Mit diesen Worten antwortete der frühere Fährmann.") == (
        "der frühere Fährmann",
        False,
    )
    assert framed_after(LEXICONS["es"], ", en palabras del antiguo farero.", own_clause=True) == (
        "el antiguo farero",
        True,
    )
    assert framed_after(LEXICONS["en"], "That was how the former ferryman's wife saw it.") is None  # (a possessor)


@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
def test_a_frame_of_its_marker_alone_reads_nothing(code: str) -> None:
    # (a sentence that ends on its marker: "According to", "Au dire de", "It was", "So")
    lex = LEXICONS[code]
    for phrase in (*lex.credit_prepositions, *lex.spoken_prepositions, *lex.credit_pointers, *lex.cleft_openers):
        for text in (phrase, phrase + ",", phrase + " :", phrase.capitalize() + " the"):
            assert framed_before(lex, text) is None or framed_before(lex, text)[0]
            assert framed_after(lex, text, own_clause=True) is None or framed_after(lex, text)[0]


@given(st.text(alphabet="ab ,:'’«»“”.AlLdDeStThizoa", max_size=60), st.sampled_from(["en", "de", "fr", "es"]))
@settings(max_examples=300, deadline=None)
def test_a_frame_reader_takes_any_text(text: str, code: str) -> None:
    lex = LEXICONS[code]
    for found in (framed_before(lex, text), framed_after(lex, text), framed_after(lex, text, own_clause=True)):
        assert found is None or found[0].strip()
