"""Round 63 (judge63): names in quote marks, times of day, bodies and their units, regional negations.

Each positive is a sentence of my own in the form the round's misses took (blind set 66, tune set 56), in other
places, words and languages than the sets'; each fails on main 89c92964 unless marked a guard.

- A name given in quote marks after a verb of knowing with the phrase naming who knows it between the verb and its
  "as" ("known to local runners as “…”", "conocida entre los arrieros como «…»"), a cue-like verb after the
  appositive ("…”, claimed two cars"): a name, no one's claim (``quotes._knowing_before_as``).
- A time of day in a language that capitalises its nouns ("noch heute Abend", "gestern Nachmittag"; lexicon
  ``time_words``): no name a claim adds (``match._noun``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_quote_cues import EN_LEAD, ES, FR
from tests.test_quote_names import _kinds
from tests.test_verdicts56 import _finding, _report
from verify.models import QuoteKind, Severity, Verdict

KNOWN_TO = {
    "en": (
        EN_LEAD + "The bend above the quarry, known to every lorry driver as “the Elbow”, claimed two cars this"
        " winter.",
        "the Elbow",
    ),
    "es": (
        ES + "La cuesta del cementerio, conocida entre los arrieros como «la Rompepiernas», contó tres caídas"
        " este año.",
        "la Rompepiernas",
    ),
    "fr": (
        FR + "La montée du phare, connue des pêcheurs comme « la Grimpette », a déclaré forfait à trois coureurs.",
        "la Grimpette",
    ),
}


@pytest.mark.parametrize(("text", "name"), KNOWN_TO.values(), ids=KNOWN_TO)
def test_a_name_known_to_someone_is_no_claim_though_a_cue_verb_follows(text: str, name: str) -> None:
    """ "known to local runners as “the Heartbreaker”, claimed a few walkers" (blind set 66) read "claimed" as the cue
    of an inverted credit: the name was reported as an unverified quote. (The French form was met on main: a guard.)"""
    assert _kinds(text)[name] is QuoteKind.MENTION


NOT_A_NAME = {
    # (words of a sentence's shape after the "as": a claim, not a name)
    "en": (
        EN_LEAD + "The plan, known to the council as “We will build three hundred homes by the end of 2030”, was"
        " presented by the mayor.",
        "We will build three hundred homes by the end of 2030",
    ),
    # (a comma between the verb and its "as": the phrase ends its clause)
    "es": (
        ES + "El pescador, conocido, según su hermana, como «un hombre que nunca se rinde ante el mar», habló poco.",
        "un hombre que nunca se rinde ante el mar",
    ),
}


@pytest.mark.parametrize(("text", "words"), NOT_A_NAME.values(), ids=NOT_A_NAME)
def test_words_of_a_sentence_after_known_to_stay_quoted(text: str, words: str) -> None:
    assert _kinds(text)[words] is not QuoteKind.MENTION


TIMES_OF_DAY = {
    "heute-abend": (
        "Die Kapelle probt am Samstag im Gemeindesaal von Wiesmoor.\n\nKapellmeisterin Gesa Harms sagte: „Wir schicken"
        " die Noten noch heute Abend an alle Bläser.“\n",
        "Wir schicken die Noten",
        "Die Noten für alle Bläser liegen im Saal.",
    ),
    "gestern-nachmittag": (
        "Die Kapelle probt am Samstag im Gemeindesaal von Wiesmoor.\n\nKapellmeisterin Gesa Harms sagte: „Die Trommeln"
        " sind gestern Nachmittag endlich angekommen.“\n",
        "Die Trommeln sind",
        "Die Trommeln für den Umzug sind bestellt.",
    ),
}


@pytest.mark.parametrize(("article", "words", "said"), TIMES_OF_DAY.values(), ids=TIMES_OF_DAY)
def test_a_capitalised_time_of_day_is_no_name_added(tmp_path: Path, article: str, words: str, said: str) -> None:
    """Tune set 56: "noch heute Abend" read "Abend" as a name the claim adds, an error (VF104) where the words are
    only unsupported."""
    finding = _finding(_report(tmp_path, article, [("Gesa Harms", said)]), words)
    assert finding.verdict is Verdict.UNSUPPORTED
    assert finding.severity is Severity.WARNING


def test_a_name_added_beside_a_time_of_day_is_still_an_error(tmp_path: Path) -> None:
    """A guard: a place changed beside "heute Abend" is still a changed name."""
    article = (
        "Die Kapelle probt am Samstag im Gemeindesaal von Wiesmoor.\n\nKapellmeisterin Gesa Harms sagte: „Wir fahren"
        " heute Abend mit allen Bläsern nach Aurich.“\n"
    )
    said = "Wir fahren heute Abend mit allen Bläsern nach Leer."
    finding = _finding(_report(tmp_path, article, [("Gesa Harms", said)]), "Wir fahren")
    assert finding.severity is Severity.ERROR
