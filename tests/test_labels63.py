"""A transcript's label of a title and a surname resolves as the surname does (labels63): "MR …", "CLLR …", "FRAU …",
"SRA. …" is the one person the article names in full with that surname, the title's abbreviation no acronym of a body.
Invented articles in other words and places than the tunable sets', and nearby text that must not change."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import _quotes


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text[:24]: q.speaker for q in _quotes(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (English: a tribunal's transcript, courtesy titles and a councillor's abbreviation before surnames)
        (
            "Ferry terminal hearing\n\nThe harbour trust is represented by Gwen Trelawny. The objectors are led by "
            "Kofi Mensah; Cllr Rhona Baird speaks for the parish.\n\nFrom the transcript:\n\n"
            'MS TRELAWNY: "The terminal would bring two hundred jobs to the quay."\n\n'
            'MR MENSAH: "The quay floods every spring tide."\n\n'
            'CLLR BAIRD: "The parish has asked for a survey three times."\n',
            {
                "The terminal would bring": "Gwen Trelawny",
                "The quay floods every sp": "Kofi Mensah",
                "The parish has asked for": "Rhona Baird",
            },
        ),
        # (German: "Herr" and "Frau" before a surname in capitals)
        (
            "Streit um den Sportplatz\n\nFür den Verein sprach Katrin Albrecht, für die Anwohner Jürgen Hessler.\n\n"
            "Aus dem Protokoll:\n\n"
            "FRAU ALBRECHT: „Der Platz wird seit hundert Jahren bespielt.“\n\n"
            "HERR HESSLER: „Das Flutlicht brennt bis nach zehn Uhr abends.“\n",
            {
                "Der Platz wird seit hund": "Katrin Albrecht",
                "Das Flutlicht brennt bis": "Jürgen Hessler",
            },
        ),
    ],
)
def test_a_titled_surname_label_is_the_person_named_in_full(text: str, expected: dict[str, str | None]) -> None:
    found = _speakers(text)
    assert {k: found.get(k) for k in expected} == expected


def test_a_titled_label_of_a_surname_no_one_bears_is_the_surname() -> None:
    # (as "said Mr Oakes" is: the title dropped, never the label in capitals nor a body's acronym)
    text = (
        "Ferry terminal hearing\n\nThe hearing opened on Monday.\n\n"
        'MR OAKES: "The terminal would bring two hundred jobs to the quay."\n\n'
        'MS VANCE: "The quay floods every spring tide."\n'
    )
    found = _speakers(text)
    assert found == {"The terminal would bring": "Oakes", "The quay floods every sp": "Vance"}
