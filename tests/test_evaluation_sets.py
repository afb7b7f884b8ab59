"""The hand-written evaluation sets are well formed: a README of a readable size, case folders the evaluator can run.

The sets are data the project's figures rest on and people edit them by hand and by script; round 60's end wrote a
tune set's README of 22 MB (a paragraph between every character) and no test noticed. These checks read the files
only, never run the tool.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verify.evaluate.expectations import EXPECT_FILE, article_file, case_folders

EVALUATION = Path(__file__).resolve().parent.parent / "evaluation"
HANDWRITTEN_SETS = sorted(p for p in EVALUATION.glob("handwritten*") if p.is_dir())

# The largest set README written by hand is about 60 KB (blind sets 60-62: forms article by article and the score's
# misses by kind); a README several times that is a script's error, not a longer method.
README_MOST_BYTES = 200_000


def test_the_sets_are_found() -> None:
    assert len(HANDWRITTEN_SETS) >= 3


@pytest.mark.parametrize("root", HANDWRITTEN_SETS, ids=lambda p: p.name)
def test_each_set_has_a_readme_of_a_readable_size(root: Path) -> None:
    readme = root / "README.md"
    if not readme.exists():
        pytest.skip("the first sets kept their method in the top README")
    size = readme.stat().st_size
    assert 0 < size <= README_MOST_BYTES, f"{readme}: {size:,} bytes"
    text = readme.read_text(encoding="utf-8")
    assert text.count("\n## Score\n") <= 1, f"{readme}: more than one score section"


@pytest.mark.parametrize("root", HANDWRITTEN_SETS, ids=lambda p: p.name)
def test_each_case_folder_has_its_expectations_and_one_article(root: Path) -> None:
    folders = case_folders(root)
    assert folders, f"{root}: no case folder"
    for folder in folders:
        expect = json.loads((folder / EXPECT_FILE).read_text(encoding="utf-8"))
        assert isinstance(expect, dict), folder
        assert article_file(folder, expect).is_file(), folder
