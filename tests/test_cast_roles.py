"""Roles and their holders (round 35, roles35): a role named first and its holder named later, a body's statement
(speakers the article leaves unnamed: tests/test_cast_names.py). Hand-written sentences in English, German, French and
Spanish, each rule with a case where it must not fire."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a role opening the sentence before a bare "she said", its holder named in the next paragraph
        (
            "en",
            (
                '"We shut the pool at noon," said pool manager Tracy Bell.',
                "The ranger told the school group that the crocodile had long gone. "
                '"It was a big one, but it is miles away now," she said.',
                "The ranger, Kylie Marsh, has worked in the park for twelve years.",
            ),
            ["Tracy Bell", "Kylie Marsh"],
        ),
        # (the holder named by the role after the name)
        (
            "en",
            (
                '"We shut the pool at noon," said pool manager Tracy Bell.',
                "The minister told the mourners that the town owed him a great deal. "
                '"He never once turned back," she said.',
                "Morag Flett, minister of the harbour church since 2011, then read a prayer.",
            ),
            ["Tracy Bell", "Morag Flett"],
        ),
        # (no holder named: whom the pronoun stood for, as before; a role no one was given is as often someone named
        # before, "But the former president showed restraint … he said" of Bill Clinton)
        (
            "en",
            (
                '"We shut the pool at noon," said pool manager Tracy Bell.',
                "The ranger told the school group that the crocodile had long gone. "
                '"It was a big one, but it is miles away now," she said.',
                "The pool will open again on Friday.",
            ),
            ["Tracy Bell", "Tracy Bell"],
        ),
        # Spanish: a dropped subject after the role, its holder pointed back to by a demonstrative
        (
            "es",
            (
                "«Remamos con todo hasta el final», dijo Julián Ocampo.",
                "El juez principal de la regata elogió a los remeros. «Nunca vi una llegada tan ajustada», afirmó.",
                "Ese juez, Anselmo Ibarra, confirmó que la regata tuvo un récord de botes.",
            ),
            ["Julián Ocampo", "Anselmo Ibarra"],
        ),
        (
            "es",
            (
                "«Remamos con todo hasta el final», dijo Julián Ocampo.",
                "El árbitro del torneo entregó las medallas. «Fue la final más pareja en años», dijo.",
                "El árbitro, Sergio Vidal, prometió más mesas para el verano.",
            ),
            ["Julián Ocampo", "Sergio Vidal"],
        ),
        # (the same role of the same body, "del jurado", named next with its holder)
        (
            "es",
            (
                "«Remamos con todo hasta el final», dijo Julián Ocampo.",
                "El presidente del jurado elogió a los remeros. «Orden en la sala, por favor», pidió.",
                "El presidente del jurado, Ramiro Díaz, asistió a la entrega.",
            ),
            ["Julián Ocampo", "Ramiro Díaz"],
        ),
        # (not the holder of that role of another body: the court's president is no cooperative's)
        (
            "es",
            (
                "«Remamos con todo hasta el final», dijo Julián Ocampo.",
                "El presidente del tribunal pidió entonces: «Orden en la sala, por favor.»",
                "El presidente de la cooperativa, Ramiro Díaz, asistió a la audiencia. «Los socios merecen saber», "
                "dijo Ramiro Díaz.",
            ),
            ["Julián Ocampo", "presidente del tribunal", "Ramiro Díaz"],
        ),
        # French and German: the role's holder set off after the role
        (
            "fr",
            (
                "« Nous avons tout donné », a déclaré Paul Meunier.",
                "Le directeur du musée a salué le travail des bénévoles. « Sans eux, rien n'ouvre », a-t-il dit.",
                "Le directeur, Marc Roussel, dirige le musée depuis 2015.",
            ),
            ["Paul Meunier", "Marc Roussel"],
        ),
        (
            "de",
            (
                "„Wir haben alles gegeben“, sagte Paul Brenner.",
                "Der Förster führte die Gruppe durch den Wald. „Hier wächst seit hundert Jahren Eiche“, sagte er.",
                "Der Förster, Tobias Wendt, betreut das Revier seit zehn Jahren.",
            ),
            ["Paul Brenner", "Tobias Wendt"],
        ),
        # (a holder named two paragraphs on is no longer the role's: whom the description was taken for, as before)
        (
            "de",
            (
                "„Wir haben alles gegeben“, sagte Paul Brenner.",
                "Der Förster führte die Gruppe durch den Wald. „Hier wächst seit hundert Jahren Eiche“, sagte er.",
                "Danach gab es Suppe für alle.",
                "Der Förster, Tobias Wendt, betreut das Revier seit zehn Jahren.",
            ),
            ["Paul Brenner", "Paul Brenner"],
        ),
    ],
)
def test_a_role_named_first_and_its_holder_later(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a statement of a group of people, named by its plural noun: the group as written, never one person guessed
        (
            "fr",
            "Selon un communiqué des organisateurs, « six mille visiteurs sont venus aux trois soirées ».",
            "organisateurs",
        ),
        (
            "es",
            "Según un comunicado de los organizadores, «seis mil visitantes vinieron a las tres veladas».",
            "organizadores",
        ),
        # (one person of the body, a singular noun: as before, the person the article gave that role)
        (
            "fr",
            "Selon un communiqué de la directrice, « six mille visiteurs sont venus aux trois soirées ».",
            "Claire Vautrin",
        ),
    ],
)
def test_a_statement_of_a_group_of_people(code: str, text: str, want: str) -> None:
    before = {
        "es": "La directora del festival, Clara Vautrin, abrió la noche. «Estamos felices», dijo.",
        "fr": "La directrice du festival, Claire Vautrin, a ouvert la soirée. « Nous sommes heureux », a-t-elle dit.",
    }[code]
    assert _said_in(code, before, text)[1:] == [want]
