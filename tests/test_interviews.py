"""An article written as an interview: its unquoted answers are the interviewee's statements (hand-written)."""

from __future__ import annotations

from verify.document import Format, from_text
from verify.extract import extract
from verify.models import Origin, Place, StatementKind

_INTRO = (
    "Till Ansbach ist seit 2019 Bürgermeister der Hafenstadt. Ansbach hat am Dienstag den Haushalt im Rat "
    "vorgestellt, und die Opposition hat lange über die Fähre gestritten, die seit vielen Jahren auf die Insel fährt."
)


def _answers(text: str, fmt: Format = Format.MARKDOWN) -> list[tuple[str | None, str]]:
    found = extract(from_text(text, "article.md", fmt))
    return [
        (s.speaker, s.text)
        for s in found.statements
        if s.origin is Origin.ARTICLE and s.kind is StatementKind.QUOTE and not s.text.startswith("„")
    ]


def test_labelled_answers_are_the_named_persons_and_a_headline_quoting_one_takes_its_speaker() -> None:
    text = (
        "# „Die Fähre bekommt keinen Cent mehr“\n\n" + _INTRO + "\n\n"
        "Frage: Herr Ansbach, bleibt es bei keinem Cent für die Fähre?\n\n"
        "Ansbach: Ja. Die Fähre bekommt keinen Cent mehr, solange ich im Amt bin.\n\n"
        "Frage: Und der Kai?\n\n"
        "Ansbach: Der Kai wird vor dem Sommer neu gebaut, das verspreche ich Ihnen.\n"
    )
    assert _answers(text) == [
        ("Till Ansbach", "Ja. Die Fähre bekommt keinen Cent mehr, solange ich im Amt bin."),
        ("Till Ansbach", "Der Kai wird vor dem Sommer neu gebaut, das verspreche ich Ihnen."),
    ]
    headline = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes[0]
    assert (headline.place, headline.speaker) == (Place.HEADLINE, "Till Ansbach")


def test_bold_questions_and_plain_answers_credit_the_person_the_introduction_names_most() -> None:
    text = (
        "---\ntitle: Harbour interview\nauthor: Sam Okafor\n---\n\n"
        "*Interview by Sam Okafor.*\n\n"
        "Petra Lindgren has led the harbour council since 2021. Lindgren, 54, wants the quay rebuilt before summer.\n\n"
        "**When will the quay reopen?**\n\n"
        "We are going to rebuild it before the summer, without a new tax.\n\n"
        "**Some traders say they were never consulted.**\n\n"
        "We held eleven public meetings, and I went to nine of them.\n\n"
        "**Will the ferry come back?**\n\n"
        "Not this year, and not next year either.\n\n"
        "*Sam Okafor is our harbour reporter and writes every Friday.*\n"
    )
    assert _answers(text) == [
        ("Petra Lindgren", "We are going to rebuild it before the summer, without a new tax."),
        ("Petra Lindgren", "We held eleven public meetings, and I went to nine of them."),
        ("Petra Lindgren", "Not this year, and not next year either."),
    ]


def test_one_question_in_a_story_makes_no_interview() -> None:
    text = (
        "Petra Lindgren presented the harbour budget on Tuesday to a packed chamber of councillors.\n\n"
        "Will the ferry come back?\n\nNobody at the meeting could say when the ferry would come back to the island.\n"
    )
    assert _answers(text) == []


def test_two_questions_far_apart_in_a_story_make_no_interview() -> None:
    """Rhetorical questions many paragraphs apart (or a FAQ at a story's end) are no interview: the story's own
    paragraphs between them are nobody's statements. The same questions a paragraph apart are one."""
    intro = "Petra Lindgren has led the harbour council since 2021. Lindgren, 54, wants the quay rebuilt soon."
    story = "The council met on Tuesday. The quay has been closed since the storm, and the ferry runs late again."
    asked = ("Who pays for the quay?", "And when will it reopen?")
    far = "\n\n".join([intro, asked[0], *[story] * 8, asked[1], story]) + "\n"
    assert _answers(far) == []
    close = "\n\n".join([intro, asked[0], story, asked[1], story]) + "\n"
    assert _answers(close) == [("Petra Lindgren", story)] * 2
