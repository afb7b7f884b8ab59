"""The speaker audit (verify/evaluate/speakers.py): which speakers name no one, and the command's report."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from verify.evaluate.speakers import Fault, fault_of, speakers


@pytest.mark.parametrize(
    ("speaker", "fault"),
    [
        ("he", Fault.PRONOUN),
        ("Sie", Fault.PRONOUN),
        ("that the", Fault.FUNCTION_WORDS),
        ("Which", Fault.FUNCTION_WORDS),
        ("the mayor said yesterday", Fault.CLAUSE),
        ("Mark Rutte", None),
        ("Kyiv Post", None),
        ("the former prosecutor", None),
        ("Rectora de la Escuela Superior del Partido", None),
    ],
)
def test_fault_of(speaker: str, fault: Fault | None) -> None:
    assert fault_of(speaker) is fault


def test_the_command_counts_credited_quotes_and_lists_none_for_a_clean_page(tmp_path: Path) -> None:
    page = tmp_path / "port.txt"
    page.write_text(
        "Harbour master Ines Varga spoke on Monday.\n\n"
        "“The harbour will reopen in spring,” Varga said.\n\n"
        "“We have the money for it,” she added.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(speakers, [str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1].startswith("0 speakers naming no one of 2 credited quotes")
