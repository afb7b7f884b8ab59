"""How the cast's work grows on a page that names thousands (issue 14: 150 articles run together).

Each paragraph names someone new with a role, or quotes a body of a long name, and a description or the body's name
is then read against everyone named before. Round 50 (speed50) found two shapes whose reading cost the square of
the page: a description's holders read from the whole cast, and a body's name compared with every body before it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from verify.document import Format, from_text
from verify.evaluate.quotes import _extract
from verify.extract import extract

_WOMEN = ("Anna", "Maria", "Laura", "Sarah", "Julia", "Greta", "Ingrid", "Paula", "Helena", "Marta")


def _coined(i: int) -> str:
    """A surname or a place no lexicon knows, one for each number ("Bekason")."""
    word, i = "", i + 1
    while i:
        word += "bcdfghklmnprstvz"[i % 16] + "aeiou"[i % 5]
        i //= 16
    return word.capitalize()


def _person(i: int) -> str:
    return f"{_WOMEN[i % len(_WOMEN)]} {_coined(i)}son"


# A new holder of one role in each paragraph, then a quote credited to the role's description.
_HOLDERS: dict[str, Callable[[int], str]] = {
    "en mayor": lambda i: (
        f"The mayor of {_coined(i)}wick, {_person(i)}, opened the fair. “We will build {i} homes,” said the mayor."
    ),
    "de Bürgermeisterin": lambda i: (
        f"Die Bürgermeisterin von {_coined(i)}heim, {_person(i)}, eröffnete den Markt. „Wir bauen {i} Wohnungen“, "
        "sagte die Bürgermeisterin."
    ),
    "es alcaldesa": lambda i: (
        f"La alcaldesa de {_coined(i)}tal, {_person(i)}, abrió la feria. «Construiremos {i} viviendas nuevas este "
        "año», dijo la alcaldesa."
    ),
}

# A body of a long name, with a new seat, quoted in each paragraph.
_BODIES: dict[str, Callable[[int], str]] = {
    "en directorate": lambda i: (
        f"“We warned them {i} times,” the Directorate of Health, Safety and Transport of the Canton of {_coined(i)} "
        "said."
    ),
    "de Direktion": lambda i: (
        f"„Wir haben {i} Mal gewarnt“, teilte die Direktion für Sicherheit, Justiz und Sport des Kantons {_coined(i)} "
        "mit."
    ),
}


_GROWING = {name: _HOLDERS[name] for name in ("en mayor", "de Bürgermeisterin")} | _BODIES
_CALLS_LIMIT = 4.5  # 4x the paragraphs may make at most this many times the calls (exact counts: no noise to allow)


def _page(paragraph: Callable[[int], str], n: int) -> Callable[[], object]:
    text = "\n\n".join(paragraph(i) for i in range(n))
    return lambda: extract(from_text(text, "article.txt", Format.TEXT))


def _operations(run: Callable[[], object]) -> int:
    """The calls a run makes, Python's and C's (``sys.setprofile``): a count of work no load on the machine changes."""
    count = 0

    def counted(frame: object, event: str, arg: object) -> None:
        nonlocal count
        count += event in ("call", "c_call")

    sys.setprofile(counted)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("paragraph", _GROWING.values(), ids=_GROWING.keys())
def test_a_page_naming_hundreds_makes_calls_in_proportion(paragraph: Callable[[int], str]) -> None:
    # (counts, not times: main 4bb79d2d's cast made 6.0-10.2x the calls for 4x the paragraphs, the branch 3.9-4.2x)
    _page(paragraph, 2)()  # the cue grammar is compiled on first use
    small, large = _operations(_page(paragraph, 300)), _operations(_page(paragraph, 1_200))
    assert large / small < _CALLS_LIMIT, (small, large)


@pytest.mark.parametrize("paragraph", _HOLDERS.values(), ids=_HOLDERS.keys())
def test_the_description_after_hundreds_named_is_the_latest_holder(paragraph: Callable[[int], str]) -> None:
    quotes = _extract("article.txt", "\n\n".join(paragraph(i) for i in range(400)))
    assert [q.speaker for q in quotes[-3:]] == [_person(i) for i in range(397, 400)]
