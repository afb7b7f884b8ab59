"""Static checks over the package: mypy, as .ci/run runs it (a type error fails the suite where mypy is installed), and
no module binding one top-level name twice."""

from __future__ import annotations

import ast
import collections
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_is_clean() -> None:
    pytest.importorskip("mypy", reason="mypy comes with the test extra: pip install -e '.[test]'")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "verify"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-4000:]


def _twice_bound(source: str) -> list[str]:
    """The top-level names a module binds more than once, by assignment or definition (an annotation alone binds
    none)."""
    bound: collections.Counter[str] = collections.Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
        elif isinstance(node, ast.Assign):
            bound.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    # A constant defined again further down a long module silently changes every earlier use: round 44 found four
    # reaches of quotes.py read with another rule's value (one since round 41), and cues44's new reach had briefly
    # shortened an older rule's, costing a real-page quote.
    twice = {
        str(path.relative_to(ROOT)): names
        for path in sorted((ROOT / "verify").rglob("*.py"))
        if (names := _twice_bound(path.read_text(encoding="utf-8")))
    }
    assert twice == {}


def test_a_name_bound_twice_is_found() -> None:
    source = (
        "_REACH = 60\n\n\ndef f() -> int:\n    return _REACH\n\n\n_REACH = 160\n"
        "_ENDINGS: tuple[str, ...]\n_ENDINGS = ()\n"
    )
    assert _twice_bound(source) == ["_REACH"]
