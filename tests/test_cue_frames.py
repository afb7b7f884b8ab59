"""The frame around a quote in forms no set had before round 49 (frames49), in the languages where each exists:
a tag verb's fixed complement ("stellte die Sprecherin in Aussicht", "a mis en garde la capitaine"), with invented
sentences (every positive failed on main 7bf0412b) and nearby text that must not change."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import DE, EN_LEAD, ES, FR, _quotes

DE_PAIR = "Die Kapitänin Merle Hansen und der Hafenmeister Jonas Brandl sprachen im Rat.\n\n"
FR_PAIR = "Le maire Paul Hénaff et la capitaine Maëlle Quéré ont parlé au conseil.\n\n"
ES_PAIR = "El alcalde Jorge Salcedo y la patrona Nerea Goikoetxea hablaron en el pleno.\n\n"


def _last(text: str) -> tuple[str | None, str | None]:
    quote = _quotes(text)[-1]
    return quote.speaker, quote.mention


# A tag verb's fixed complement, a preposition and one noun (lexicon `tag_complement_links`), closes the tag after its
# speaker (German, English) or stands between the verb and the speaker (French, Spanish): the tag names the speaker,
# never the person quoted before nor no one.
@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            DE + DE_PAIR + "„Wir brauchen den neuen Steg noch vor dem Winter“, sagte Brandl.\n\n„Ab Montag fahren wir "
            "wieder nach dem alten Fahrplan“, stellte die Kapitänin in Aussicht.\n",
            "Merle Hansen",
            "die Kapitänin",
        ),
        (
            DE + DE_PAIR + "„Wir brauchen den neuen Steg noch vor dem Winter“, sagte Hansen.\n\n„Der Hafen hat seit "
            "zwanzig Jahren keinen einzigen Unfall gehabt“, warf Hafenmeister Jonas Brandl in die Waagschale.\n",
            "Jonas Brandl",
            "Hafenmeister Jonas Brandl",
        ),
        (
            DE + DE_PAIR + "„Wir brauchen den neuen Steg noch vor dem Winter“, sagte Hansen.\n\n„Ohne Geld vom Land "
            "wird das alles nichts“, brachte der Hafenmeister ins Spiel.\n",
            "Jonas Brandl",
            "der Hafenmeister",
        ),
        (
            FR + FR_PAIR + "« Nous voulons un nouveau ponton avant l'hiver », a dit Hénaff.\n\n« Le quai ne tiendra "
            "pas un autre hiver sans travaux », a mis en garde la capitaine.\n",
            "Maëlle Quéré",
            "la capitaine",
        ),
        (
            FR + FR_PAIR + "« Nous voulons un nouveau ponton avant l'hiver », a dit Hénaff.\n\n« Les pêcheurs paient "
            "déjà trop cher leur place au port », a donné pour exemple la capitaine.\n",
            "Maëlle Quéré",
            "la capitaine",
        ),
        (
            ES + ES_PAIR + "«Queremos un pantalán nuevo antes del invierno», dijo Salcedo.\n\n«El muelle no aguantará "
            "otro invierno sin obras», puso sobre la mesa la patrona.\n",
            "Nerea Goikoetxea",
            "la patrona",
        ),
        (
            ES + ES_PAIR + "«Queremos un pantalán nuevo antes del invierno», dijo Salcedo.\n\n«Los pescadores ya "
            "pagan demasiado por su amarre», hizo hincapié en ello la patrona.\n",
            "Nerea Goikoetxea",
            "la patrona",
        ),
        (
            EN_LEAD + "Harbourmaster Jonas Brandt spoke after her.\n\n“We need the new pontoon before the winter,” "
            "Brandt said.\n\n“The ferry will run again from Monday on the old timetable,” the council leader put on "
            "record.\n",
            "Petra Lindgren",
            "the council leader",
        ),
    ],
)
def test_a_tag_verbs_fixed_complement_names_the_speaker(text: str, speaker: str, mention: str) -> None:
    assert _last(text) == (speaker, mention)


@pytest.mark.parametrize(
    "text",
    [
        # (no person in the tag: a document's words, an impersonal "es")
        DE + DE_PAIR + "„Ab Montag fahren wir wieder nach Plan“, stand in der Mitteilung zu lesen.\n",
        DE + DE_PAIR + "„Ab Montag fahren wir wieder nach Plan“, hieß es in der Mitteilung.\n",
        # (a capitalised word after a preposition is a name, no complement: the one congratulated is no speaker)
        ES + ES_PAIR + "«El muelle no aguantará otro invierno sin obras», felicitó a Goikoetxea el alcalde.\n",
    ],
)
def test_a_tag_with_a_complement_but_no_person_names_no_one(text: str) -> None:
    assert _last(text)[1] is None
