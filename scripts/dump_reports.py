"""Dump the JSON report of every article of the tunable sets, one line each, to compare two trees' answers.

A speed round's cuts must leave every report as it was: run this from each tree's root (``python -m`` is not needed;
the tree's ``verify`` is imported first) and compare the two outputs with ``cmp``. Each line is the article's path,
the md5 of its JSON report (``verify check PATH --format json`` with the article's own snapshots, no time budget) and
the report's length; ``--full DIR`` also writes each report whole, for a diff of the first article that differs.
``--code DIR`` imports ``verify`` from another tree (a ``git archive`` copy of main), the articles still this tree's.

The articles (only what a helper may read, never a held-out set): the real pages (``CORPUS/realpages``), the
tunable hand-written sets (``evaluation/handwritten-tune*`` up to ``TUNE_MAX``, ``evaluation/handwritten-blind-*`` up
to ``BLIND_MAX``), the PolNeAR tune split (``CORPUS/polnear-train``) and development half A (``DEV_A``).

Usage: python scripts/dump_reports.py OUT [--corpus /work/shared/corpus] [--dev-a /tmp/lead/dev/dev-A]
       [--tune-max 50] [--blind-max 60] [--full DIR] [--part I/N] [--code DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ARTICLE = re.compile(r"article\.(?:html?|md|markdown|txt)$")
_SET_NUMBER = re.compile(r"-(\d+)$")


def articles(corpus: Path, dev_a: Path, tune_max: int, blind_max: int) -> list[Path]:
    """Every article to dump, in a fixed order."""
    from verify.evaluate.quotes import Split, in_split

    found = sorted(p for p in (corpus / "realpages").rglob("*.html"))
    for kind, most in (("handwritten-tune", tune_max), ("handwritten-blind-", blind_max)):
        for folder in sorted((ROOT / "evaluation").glob(f"{kind}*")):
            number = _SET_NUMBER.search(folder.name)
            # (handwritten-tune without a number is the first tune set; held-out sets are never read)
            if number is None and kind == "handwritten-tune" and folder.name != "handwritten-tune":
                continue
            if number is not None and int(number.group(1)) > most:
                continue
            found += sorted(p for p in folder.rglob("article.*") if _ARTICLE.search(p.name))
    for labelled, split in ((corpus / "polnear-train", "tune"), (dev_a, "all")):
        gold = (labelled / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        names = sorted({json.loads(line)["article"] for line in gold if line})
        found += [labelled / "articles" / n for n in names if in_split(n, Split(split))]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    parser.add_argument("--dev-a", type=Path, default=Path("/tmp/lead/dev/dev-A"))
    parser.add_argument("--tune-max", type=int, default=50)
    parser.add_argument("--blind-max", type=int, default=60)
    parser.add_argument("--full", type=Path, default=None, help="also write each report whole here")
    parser.add_argument("--part", default="1/1", help="I/N: only every N-th article from the I-th (parallel runs)")
    parser.add_argument("--code", type=Path, default=ROOT, help="the tree whose verify is imported")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))  # that tree's verify, whatever is installed
    from verify import CheckOptions, check
    from verify.report import RenderOptions, reporter

    part, parts = map(int, args.part.split("/"))
    paths = articles(args.corpus, args.dev_a, args.tune_max, args.blind_max)[part - 1 :: parts]
    render = reporter("json")
    options = CheckOptions(time_budget=None)
    if args.full:
        args.full.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for number, path in enumerate(paths):
            text = render(check([str(path)], options), RenderOptions(root=str(path.parent)))
            digest = hashlib.md5(text.encode("utf-8")).hexdigest()
            out.write(f"{path} {digest} {len(text)}\n")
            out.flush()
            if args.full:
                (args.full / f"{number * parts + part - 1:05d}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
