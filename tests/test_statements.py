"""Reported (indirect) speech as evidence: who is credited with what."""

from __future__ import annotations

from verify.document import Format, from_text
from verify.extract.blocks import blocks
from verify.extract.statements import reported_statements
from verify.models import StatementKind


def _statements(text: str) -> list[tuple[str | None, str]]:
    document = from_text(text, "article.txt", Format.TEXT)
    return [(s.speaker, s.text) for s in reported_statements(document, blocks(document))]


def test_leading_cue_credits_the_resolved_speaker() -> None:
    text = "Talks\n\nMayor Anna Berg met the unions.\n\nBerg outlined that the trams will run all night from May."
    assert _statements(text) == [("Anna Berg", "the trams will run all night from May")]


def test_middle_and_trailing_cues() -> None:
    text = (
        "Talks\n\nMayor Anna Berg met the unions.\n\n"
        "The first line, she explained, will open in the spring next year.\n\n"
        "The second line will follow within two years, she noted."
    )
    assert _statements(text) == [
        ("Anna Berg", "The first line will open in the spring next year"),
        ("Anna Berg", "The second line will follow within two years"),
    ]


def test_a_direct_quote_after_its_cue_is_no_reported_statement() -> None:
    text = (
        "Talks\n\nMayor Anna Berg met the unions.\n\n"
        "At the depot, Berg stated, “We are working together on the plan.”\n\n"
        "Berg said, “The trams will run all night from May.”"
    )
    assert _statements(text) == []


def test_a_direct_quote_after_a_colon_is_no_reported_statement() -> None:
    # (round 35: the words before the colon are the report, too short here; "He wrote only: “…”" reported the quote's
    # words as the last person named's, and a quote its own cue credits to no one took that speaker)
    text = (
        "Talks\n\nMayor Anna Berg met the unions.\n\n"
        "Berg wrote to them only: “The trams will run all night from May.”\n\n"
        "Berg explained in a letter that the trams will run all night from May: “We are ready.”"
    )
    assert _statements(text) == [("Anna Berg", "in a letter that the trams will run all night from May")]


def test_too_short_content_is_skipped() -> None:
    assert _statements("Talks\n\nAnna Berg met unions.\n\nBerg said no.") == []


def test_statements_carry_their_span_and_kind() -> None:
    text = "Talks\n\nMayor Anna Berg met the unions.\n\nBerg said the trams will run all night from May."
    document = from_text(text, "article.txt", Format.TEXT)
    (statement,) = reported_statements(document, blocks(document))
    assert statement.kind is StatementKind.REPORTED
    assert statement.span is not None
    assert text[statement.span[0] : statement.span[1]] == "Berg said the trams will run all night from May."


def test_a_clause_opening_on_a_subordinator_reports_nothing() -> None:
    # ("Als Schefer den Pokal hob, riefen die Fans im Chor: «…»": "hob" closes a clause, no cue; the fans' words were
    # credited to "Als Schefer den Pokal")
    lead = "Pokal\n\nDer Bürgermeister Jan Brodersen eröffnete das Turnier am Samstag in der Halle.\n\n"
    text = lead + "Als Brodersen den Pokal hob, riefen die Zuschauer auf der Tribüne laut und lange im Chor."
    assert _statements(text) == []
    # (a clause that goes on after its verb still reports: "As our chair Anna Berg told the rally, …")
    text = "Talks\n\nMayor Anna Berg met the unions.\n\nAs Berg told the rally, the trams will run all night from May."
    assert [speaker for speaker, _ in _statements(text)] == ["Anna Berg"]


def test_a_cue_of_a_quote_only_as_a_plain_verb_reports_nothing() -> None:
    # (round 43: "chipped in", "fait valoir", "calculó" credit a quote after it; before an object they tell a deed)
    texts = [
        "Talks\n\nMayor Anna Berg met the unions.\n\nBerg chipped in £50 for the depot party on Friday night.",
        "Le port\n\nLa maire Odile Ferrand a réuni les syndicats mardi soir au port. Le docker Paul Riou fait valoir "
        "ses droits à la retraite devant le tribunal administratif depuis deux ans.",
        "El puerto\n\nEl alcalde Tomás Urquiza presentó el martes su presupuesto en el pleno del ayuntamiento. El "
        "tesorero Luis Pardo calculó el presupuesto del muelle durante toda la semana con los técnicos.",
        "El puerto\n\nEl alcalde Tomás Urquiza presentó el martes su presupuesto en el pleno del ayuntamiento. La "
        "ingeniera Marta Rial definió los plazos de las obras del muelle para todo el año que viene.",
    ]
    assert [_statements(text) for text in texts] == [[], [], [], []]


def test_a_cue_of_a_quote_only_keeps_the_other_cues_of_its_sentence() -> None:
    text = "Talks\n\nMayor Anna Berg met the unions.\n\nBerg explained that the trams will run all night from May."
    assert _statements(text) == [("Anna Berg", "the trams will run all night from May")]


def test_a_verb_of_beaming_knowing_or_pride_reports_nothing_with_no_quote() -> None:
    # (round 44: "strahlt", "wusste", "zählt … auf", "se ufanó" credit a quote after it; with no quote they tell a mood,
    # a knowledge or a deed)
    de = (
        "Der Hafen\n\nBürgermeister Till Ansbach hat am Dienstag seinen Haushalt im Rat vorgestellt. Die Kassenwartin "
        "Renate Oltmanns strahlt vor Freude über den Verkauf der Karten. "
    )
    es = "El puerto\n\nEl alcalde Tomás Urquiza presentó el martes su presupuesto en el pleno del ayuntamiento. "
    texts = [
        de,
        de + "Sie wusste, dass die Fähre am Montag nicht fährt.",
        de + "Der Verein zählt die Stimmen erst am Abend auf.",
        de + "Der Wirt Ole Brandt beharrt auf seinem Recht, den Hafen am Montag zu schließen.",
        es + "La tesorera Rosalía Benítez despachó el pedido del muelle durante toda la semana con los técnicos.",
    ]
    assert [_statements(text) for text in texts] == [[], [], [], [], []]
