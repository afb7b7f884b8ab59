"""Time checking a directory of real pages: pages per second of CPU, start-up included.

Runs ``verify check DIR --snapshots /nonexistent --jobs 1 --format json`` on
every HTML page under the directory (no snapshots: the cost of reading the
pages, extracting and judging against the articles' own statements) in a
fresh process, ``--repeat`` times, and prints wall time, CPU time (user +
system of the child: the machine is shared, so wall time is noisy), pages
per CPU second, peak memory and how many findings the run made.
``--profile N`` instead runs the same check in this process under cProfile
and prints the N functions with the most time of their own.

Usage: python scripts/bench_pages.py PAGES_DIR [--repeat 3] [--profile 0]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="a directory of .html pages (searched recursively)")
    parser.add_argument("--repeat", type=int, default=3, help="runs (the machine is shared: figures vary)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile in-process, print N functions")
    args = parser.parse_args()
    pages = sorted(str(p) for p in args.pages.rglob("*.html"))
    if not pages:
        sys.exit(f"{args.pages}: no .html pages")
    print(f"{len(pages)} pages, {sum(Path(p).stat().st_size for p in pages) / 1e6:.1f} MB")
    if args.profile:
        _profile(pages, args.profile)
        return
    pattern = str(args.pages / "**" / "*.html")
    command = [sys.executable, "-m", "verify", "check", pattern, "--snapshots", "/nonexistent", "--jobs", "1"]
    command += ["--format", "json"]
    for _ in range(args.repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode not in (0, 1):
            sys.exit(f"verify failed with status {done.returncode}:\n{done.stderr[-2000:]}")
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        report = json.loads(done.stdout)
        checked = len(report["articles"])
        findings = sum(len(a["findings"]) for a in report["articles"])
        print(
            f"whole process {wall:6.2f} s wall, {cpu:6.2f} s CPU, {checked / cpu:5.1f} pages/s of CPU, "
            f"peak {after.ru_maxrss / 1024:4.0f} MB; {checked} pages checked, {findings} findings"
        )


def _profile(pages: list[str], top: int) -> None:
    import verify

    options = verify.CheckOptions(snapshots="/nonexistent", jobs=1)
    verify.check(pages[:1], options)  # imports and the cue grammar: start-up, not the pages' cost
    profile = cProfile.Profile()
    started = time.process_time()
    profile.enable()
    verify.check(pages, options)
    profile.disable()
    cpu = time.process_time() - started
    print(f"in-process under cProfile: {cpu:.2f} s CPU (the profiler's overhead included)")
    pstats.Stats(profile).sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    main()
