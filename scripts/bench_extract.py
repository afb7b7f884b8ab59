"""Measure quote extraction on plain text: articles per CPU second and instructions per pass.

The loop is the one behind the "speed:" line of ``python -m verify.evaluate quotes CORPUS --split tune``:
each article of the split read as plain text, its blocks built and its quotes found (mentions dropped), one
core, caches warm from a first pass. By default it prints the best of ``--repeat`` passes in articles per
CPU second (CPU time: the machine is shared, but other work still slows a pass, so compare figures taken
alternately at the same load). ``--instructions`` instead counts the instructions of ``--passes`` passes
after the warm-up with valgrind's callgrind (which must be installed), its hash seed fixed and the regex
cache off: two counts of the same code differ by under 0.1%, so a change of 1% shows where CPU times
cannot. ``--profile N`` prints the N functions with most time of their own under cProfile.

Only ever time the tune split (``--split tune``, the default): the held-out half is the lead's.

Usage: python scripts/bench_extract.py CORPUS [--split tune] [--repeat 3] [--instructions] [--passes 1] [--profile 0]
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import re
import subprocess
import sys
import time
from pathlib import Path

# The C function of the iterator the counted passes drive: callgrind counts only while it runs.
_COUNTED_C_FUNCTION = "starmap_next"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a labelled corpus: gold.jsonl and articles/")
    parser.add_argument("--split", default="tune", choices=("tune", "all"), help="which articles (never heldout)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is printed")
    parser.add_argument("--instructions", action="store_true", help="count instructions under callgrind")
    parser.add_argument("--passes", type=int, default=1, help="with --instructions: passes counted")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile one pass, print N functions")
    parser.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)  # the child callgrind counts
    args = parser.parse_args()
    texts = _texts(args.corpus, args.split)
    if args.counted:
        _counted(texts, args.passes)
    elif args.instructions:
        _instructions(args, len(texts))
    elif args.profile:
        _profile(texts, args.profile)
    else:
        _time(texts, args.repeat)


def _texts(corpus: Path, split: str) -> dict[str, str]:
    from verify.evaluate.quotes import Split, in_split

    part = Split(split)
    rows = (json.loads(line) for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line)
    names = sorted({row["article"] for row in rows})
    return {n: (corpus / "articles" / n).read_text(encoding="utf-8") for n in names if in_split(n, part)}


def _one_pass(texts: dict[str, str]) -> None:
    from verify.evaluate.quotes import _extract

    for name, text in texts.items():
        _extract(name, text)


def _time(texts: dict[str, str], repeat: int) -> None:
    _one_pass(texts)  # caches warm, as in the "speed:" line
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        _one_pass(texts)
        best = min(best, time.process_time() - started)
    load = os.getloadavg()[0]
    rate = len(texts) / best
    print(f"{len(texts)} articles: {rate:.0f} articles/s (best of {repeat}, {best:.3f} s CPU, load {load:.1f})")


def _profile(texts: dict[str, str], top: int) -> None:
    _one_pass(texts)
    profile = cProfile.Profile()
    profile.runcall(_one_pass, texts)
    pstats.Stats(profile).sort_stats("tottime").print_stats(top)


def _counted(texts: dict[str, str], passes: int) -> None:
    _one_pass(texts)  # imports, compiled patterns and warm caches: not counted
    list(itertools.starmap(_one_pass, ((texts,) for _ in range(passes))))


def _instructions(args: argparse.Namespace, count: int) -> None:
    command = ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={_COUNTED_C_FUNCTION}"]
    command += ["--callgrind-out-file=/dev/null", sys.executable, __file__, str(args.corpus), "--counted"]
    command += ["--split", args.split, "--passes", str(args.passes)]
    environment = {**os.environ, "PYTHONHASHSEED": "0", "VERIFY_CACHE_DIR": ""}
    done = subprocess.run(command, capture_output=True, text=True, env=environment)
    collected = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if done.returncode != 0 or collected is None:
        sys.exit(f"callgrind failed (status {done.returncode}):\n{done.stderr[-2000:]}")
    total = int(collected.group(1)) / 1e6
    print(f"{count} articles, {args.passes} pass(es) after a warm-up: {total / args.passes:,.1f} M instructions a pass")


if __name__ == "__main__":
    main()
