"""Time checking a directory of real pages: pages per second of CPU, start-up included.

Runs ``verify check DIR --snapshots /nonexistent --jobs 1 --format json`` on
every HTML page under the directory (no snapshots: the cost of reading the
pages, extracting and judging against the articles' own statements) in a
fresh process, ``--repeat`` times, and prints wall time, CPU time (user +
system of the child: the machine is shared, so wall time is noisy), pages
per CPU second, peak memory and how many findings the run made.
``--profile N`` instead runs the same check in this process under cProfile
and prints the N functions with the most time of their own; ``--stages``
runs it in this process without a profiler and prints the CPU time of each
stage (parsing, posts, blocks, quotes with the cast, reported statements,
the article's evidence, judging) and its share of the check, and the cyclic
garbage collector's time across them all: the shares change little with the
machine's load, which inflates every figure alike. ``--instructions STEP``
counts the instructions (valgrind's callgrind, which must be installed) of an
in-process check of every STEP-th page, start-up and the first page left out:
on a shared machine CPU times of one change differ by more than the change,
while two counts of the same code differ by under 0.1%. With ``--only posts``
(or ``blocks``) it counts that stage alone over the same pages, each page
loaded and its body roots and text locator built before the count.
``--startup`` counts the instructions of the whole process of a check of the
first page alone (start-up, one page, the report, the exit), the regex and
code caches warmed by a run before into a directory of the count's own.

Usage: python scripts/bench_pages.py PAGES_DIR [--repeat 3] [--profile 0] [--stages] [--instructions 0] [--only STAGE]
       [--startup]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import itertools
import json
import os
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="a directory of .html pages (searched recursively)")
    parser.add_argument("--repeat", type=int, default=3, help="runs (the machine is shared: figures vary)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile in-process, print N functions")
    parser.add_argument("--stages", action="store_true", help="CPU time of each stage, in-process")
    parser.add_argument(
        "--instructions", type=int, default=0, metavar="STEP", help="callgrind count, every STEP-th page"
    )
    parser.add_argument("--only", choices=sorted(_ONLY), help="with --instructions: count this stage alone")
    parser.add_argument("--startup", action="store_true", help="callgrind count of a one-page check's whole process")
    parser.add_argument("--counted", type=int, default=0, help=argparse.SUPPRESS)  # the check callgrind counts
    args = parser.parse_args()
    pages = sorted(str(p) for p in args.pages.rglob("*.html"))
    if not pages:
        sys.exit(f"{args.pages}: no .html pages")
    if args.counted:
        _counted(pages[:: args.counted], args.only)
        return
    print(f"{len(pages)} pages, {sum(Path(p).stat().st_size for p in pages) / 1e6:.1f} MB")
    if args.profile:
        _profile(pages, args.profile)
        return
    if args.stages:
        _stages(pages)
        return
    if args.instructions:
        _instructions(args.pages, args.instructions, len(pages[:: args.instructions]), args.only)
        return
    if args.startup:
        _startup(pages[0])
        return
    command = [*_CHECK, str(args.pages / "**" / "*.html"), *_CHECK_OPTIONS]
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


_CHECK = [sys.executable, "-m", "verify", "check"]
_CHECK_OPTIONS = ["--snapshots", "/nonexistent", "--jobs", "1", "--format", "json"]


def _startup(page: str) -> None:
    """Count the instructions of a one-page check's whole process (callgrind), its caches warm and its own."""
    with tempfile.TemporaryDirectory() as cache:
        environment = {**os.environ, "PYTHONHASHSEED": "0", "VERIFY_CACHE_DIR": cache}
        command = [*_CHECK, page, *_CHECK_OPTIONS]
        subprocess.run(command, capture_output=True, env=environment)  # fills the caches: a user's second run
        counted = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command]
        millions = _callgrind(counted, environment, statuses=(0, 1))  # 1: the page has findings
    print(f"whole process of a one-page check ({Path(page).name}): {millions:,.1f} M instructions")


def _callgrind(command: list[str], environment: dict[str, str], statuses: tuple[int, ...] = (0,)) -> float:
    """Millions of instructions callgrind counted running ``command``; exits when it failed."""
    done = subprocess.run(command, capture_output=True, text=True, env=environment)
    collected = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if done.returncode not in statuses or collected is None:
        sys.exit(f"callgrind failed (status {done.returncode}):\n{done.stderr[-2000:]}")
    return int(collected.group(1)) / 1e6


def _instructions(directory: Path, step: int, count: int, only: str | None) -> None:
    """Count the instructions of ``_counted`` in a child under callgrind: its hash seed fixed (sets iterate alike) and
    the regex cache off (a cache another checkout rewrote would leave patterns to compile inside the count)."""
    command = ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={_COUNTED_C_FUNCTION}"]
    command += ["--callgrind-out-file=/dev/null", sys.executable, __file__, str(directory), "--counted", str(step)]
    command += ["--only", only] if only else []
    environment = {**os.environ, "PYTHONHASHSEED": "0", "VERIFY_CACHE_DIR": ""}
    millions = _callgrind(command, environment)
    what = f"{only} alone" if only else "in-process check"
    print(f"{what} of {count} pages (every {step}th): {millions:,.1f} M instructions")


# The C function of the iterator ``_counted`` drives: callgrind counts only while it runs (verify calls no starmap).
_COUNTED_C_FUNCTION = "starmap_next"


def _counted(pages: list[str], only: str | None) -> None:
    import verify
    from verify.extract.cues import grammar
    from verify.lexicon import LEXICONS

    if only:
        _counted_stage(pages, _ONLY[only])
        return
    # (no time budget: on a loaded machine a heavy page ran past it under callgrind and was left unchecked, and the
    # count fell with the load: 5,495.3 M at load 3, 5,295.6 M at load 20, the same tree)
    options = verify.CheckOptions(snapshots="/nonexistent", jobs=1, time_budget=None)
    for code in LEXICONS:
        grammar(code)  # every language's cue grammar compiled before the count, not at its first page
    verify.check(pages[:1], options)  # imports and the patterns compiled on first use: start-up, not the pages' cost
    list(itertools.starmap(verify.check, (([page], options) for page in pages)))


def _counted_stage(pages: list[str], stage: Callable[[Any], Any]) -> None:
    """One stage over loaded pages, what it shares with the others (body roots, the text locator) made before."""
    from verify.document import load_path
    from verify.extract.blocks import article_roots

    documents = [load_path(Path(page), max_bytes=1 << 30) for page in pages]
    for document in documents:
        article_roots(document)
        document.locator.flat  # noqa: B018 - read on first use: read whole here, outside the count
    stage(documents[0])  # patterns compiled on first use: not the pages' cost
    list(itertools.starmap(stage, ((document,) for document in documents)))


def _posts(document: Any) -> Any:
    from verify.extract.posts import html_posts

    return html_posts(document)


def _blocks(document: Any) -> Any:
    from verify.extract.blocks import blocks

    return blocks(document)


_ONLY: dict[str, Callable[[Any], Any]] = {"posts": _posts, "blocks": _blocks}


# The stages, by the module that calls each and the name it calls it by: (module, name, label).
_LOCATOR = "(locator, within the above)"  # read on by the stages that point into the source: posts, blocks, quotes
_STAGES = (
    ("verify.document", "trees.parse", "parsing HTML (lxml)"),
    ("verify.document", "TextLocator._read_to", _LOCATOR),
    ("verify.extract", "html_posts", "posts in the HTML"),
    ("verify.extract", "blocks", "blocks of text"),
    ("verify.extract", "rendered_posts", "posts written as text"),
    ("verify.extract", "find_quotes", "quotes and the cast"),
    ("verify.extract", "reported_statements", "reported statements"),
    ("verify._check", "ArticleEvidence", "the article's evidence"),
    ("verify._check", "judge", "judging"),
    ("verify._check", "published", "published date"),
    ("verify._check", "suppress_inline", "inline suppressions"),
)


def _stages(pages: list[str]) -> None:
    import importlib

    import verify

    spent: dict[str, float] = dict.fromkeys((label for _, _, label in _STAGES), 0.0)
    for module_name, name, label in _STAGES:
        owner = importlib.import_module(module_name)
        *path, attribute = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, attribute, _timed(getattr(owner, attribute), label, spent))
    options = verify.CheckOptions(snapshots="/nonexistent", jobs=1)
    verify.check(pages[:1], options)  # imports and the cue grammar: start-up, not the pages' cost
    spent.update(dict.fromkeys(spent, 0.0))
    collecting = _collector_time()
    started = time.process_time()
    verify.check(pages, options)
    total = time.process_time() - started
    gc.callbacks.remove(collecting)
    print(f"in-process check: {total:.2f} s CPU, {len(pages) / total:.1f} pages/s (start-up and output not counted)")
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {label:28s} {seconds:6.2f} s  {100 * seconds / total:5.1f}%")
    rest = total - sum(seconds for label, seconds in spent.items() if label != _LOCATOR)
    print(f"  {'the rest (loading, models)':28s} {rest:6.2f} s  {100 * rest / total:5.1f}%")
    print(f"  {'(collecting cycles, in all)':28s} {_COLLECTED[0]:6.2f} s  {100 * _COLLECTED[0] / total:5.1f}%")


_COLLECTED = [0.0]  # CPU seconds of the cyclic garbage collector during the timed check


def _collector_time() -> Callable[[str, dict[str, int]], None]:
    """A gc callback adding the collector's CPU time to _COLLECTED (it runs inside whatever stage allocates)."""
    began = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            _COLLECTED[0] += time.process_time() - began[0]

    gc.callbacks.append(callback)
    return callback


def _timed(function: Callable[..., Any], label: str, spent: dict[str, float]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started

    return timed


if __name__ == "__main__":
    main()
