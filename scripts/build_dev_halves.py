"""Build the development halves A and B: the PolNeAR train articles outside the corpus's 150, split as --split splits.

The corpus's own ``build_train.py --articles 712`` (run on a PolNeAR git directory, commit c3eee83) writes every
train article with a qualifying quote; this script keeps those that are not among the corpus's 150 and puts each
in half A (``split_of`` says ``tune``: the half whose errors may be read) or half B (``heldout``: totals only), each
a directory laid out like the corpus (``articles/``, ``gold.jsonl``, ``content_spans.jsonl``) that
``python -m verify.evaluate quotes DIR --split all`` scores with the hand resolutions in ``evaluation/``.

Usage: python scripts/build_dev_halves.py BUILT_712 CORPUS/polnear-train OUT   (writes OUT/dev-A and OUT/dev-B)
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from verify.evaluate.quotes import Split, split_of

HALVES = {"dev-A": Split.TUNE, "dev-B": Split.HELDOUT}
LISTS = ("gold.jsonl", "content_spans.jsonl")


def build_half(built: Path, names: set[str], out: Path) -> int:
    """Copy the named articles and their lines of every list; the number of gold quotes written."""
    (out / "articles").mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(built / "articles" / name, out / "articles" / name)
    for listing in LISTS:
        with open(built / listing, encoding="utf-8") as source, open(out / listing, "w", encoding="utf-8") as target:
            target.writelines(line for line in source if json.loads(line)["article"] in names)
    with open(out / "gold.jsonl", encoding="utf-8") as gold:
        return sum(1 for _ in gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("built", type=Path, help="the output directory of build_train.py --articles 712")
    parser.add_argument("corpus", type=Path, help="the polnear-train corpus, whose 150 articles are left out")
    parser.add_argument("out", type=Path, help="where dev-A and dev-B are written")
    args = parser.parse_args()
    left_out = {path.name for path in (args.corpus / "articles").iterdir()}
    others = {path.name for path in (args.built / "articles").iterdir()} - left_out
    for half, side in HALVES.items():
        names = {name for name in others if split_of(name) is side}
        quotes = build_half(args.built, names, args.out / half)
        print(f"{half}: {len(names)} articles, {quotes} gold quotes -> {args.out / half}")


if __name__ == "__main__":
    main()
