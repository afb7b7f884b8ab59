"""Time checking one very long article: a corpus's articles run together into one plain-text file.

Every quote of an article is checked against the article's own statements,
so checking must grow linearly with the article's length (see
``verify.retrieval.ArticleEvidence``). This joins the ``.txt`` articles of a
corpus directory (e.g. the 150 PolNeAR articles, about 1 MB) into one
article in a temporary directory (never in the repository), then runs
``verify`` on it in a fresh process, start-up included, ``--repeat`` times,
and prints wall time, CPU time, peak memory and how many findings it made.
``--copies`` repeats the corpus to test growth (2 copies: twice the length).

Usage: python scripts/bench_article.py CORPUS_DIR [--copies 1] [--repeat 3] [--dir /tmp/verify-bench-article]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a directory of .txt articles")
    parser.add_argument("--copies", type=int, default=1, help="the corpus joined this many times")
    parser.add_argument("--repeat", type=int, default=3, help="runs (the machine is shared: figures vary)")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/verify-bench-article"))
    args = parser.parse_args()
    articles = [p.read_text(encoding="utf-8", errors="replace").strip() for p in sorted(args.corpus.rglob("*.txt"))]
    if not articles:
        sys.exit(f"{args.corpus}: no .txt articles")
    shutil.rmtree(args.dir, ignore_errors=True)
    args.dir.mkdir(parents=True)
    article = args.dir / "article.txt"
    article.write_text("\n\n".join(articles * args.copies) + "\n", encoding="utf-8")
    print(f"article: {len(articles) * args.copies} articles run together, {article.stat().st_size / 1e6:.2f} MB")
    command = [sys.executable, "-m", "verify", article.name, "--jobs", "1", "--format", "json", "--time-budget", "0"]
    for _ in range(args.repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, cwd=args.dir, capture_output=True, text=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode not in (0, 1):
            sys.exit(f"verify failed with status {done.returncode}:\n{done.stderr[-2000:]}")
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        findings = sum(len(a["findings"]) for a in json.loads(done.stdout)["articles"])
        peak = after.ru_maxrss / 1024
        print(f"whole process {wall:7.2f} s wall, {cpu:7.2f} s CPU, peak {peak:5.0f} MB; {findings} findings")


if __name__ == "__main__":
    main()
