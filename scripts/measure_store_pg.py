"""Measure the PostgreSQL store against the file store on the same synthetic store and article.

Generates the store and the 50-quote article of ``scripts/bench_index.py``
(its generators), starts a throw-away PostgreSQL server (``tests/postgres.py``:
initdb/pg_ctl into a temporary directory, stopped at the end), copies the
store into it with ``verify store copy``, then prints:

* the copy's wall time and the copying process's CPU time and peak memory;
* per claim, in one process with the store open: retrieval (``candidates``)
  and retrieval plus judging, median and worst, for both stores;
* how many claims get the same candidates from both stores;
* ``verify article.txt`` whole-process wall time with each store (``--repeat``);
* verdict parity: whether the two JSON reports are identical once the
  store's name in sources is made the same.

The machine is shared: run it on a quiet one, or read the figures as upper bounds.

Usage: python scripts/measure_store_pg.py [--statements 100000] [--repeat 3] [--dir /tmp/verify-store-pg]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT)]

import bench_index  # noqa: E402 - the store and article generators

from tests.postgres import postgres_server  # noqa: E402 - the throw-away server
from verify import document  # noqa: E402
from verify._check import claims  # noqa: E402
from verify.extract import extract  # noqa: E402
from verify.judge import judge  # noqa: E402
from verify.models import DEFAULT_MAX_BYTES  # noqa: E402
from verify.retrieval import ArticleEvidence  # noqa: E402
from verify.sources.store import Store, open_store  # noqa: E402
from verify.sources.store_pg import shown_url  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/verify-store-pg"))
    args = parser.parse_args()
    shutil.rmtree(args.dir, ignore_errors=True)
    rng = random.Random(1)
    statement = bench_index._made_up(rng, common=False)
    turns = bench_index._write_store(args.dir / "snapshots", args.statements, rng, statement)
    bench_index._write_article(args.dir / "article.txt", turns, 50, rng, None)  # made-up quotes: turns reversed
    print(f"store: {args.statements:,} statements")
    with postgres_server() as server:
        url = server.database()
        _copy(args.dir, url)
        files, database = open_store(args.dir / "snapshots"), open_store(url)
        try:
            _per_claim(args.dir, {"files": files, "postgresql": database})
        finally:
            files.close()
            database.close()
        reports = {
            label: _whole_process(args.dir, store, label, args.repeat)
            for label, store in (("files", "snapshots"), ("postgresql", url))
        }
        same = json.dumps(reports["postgresql"]).replace(shown_url(url) + "/", "snapshots/")
        verdicts = [[f["verdict"] for a in r["articles"] for f in a["findings"]] for r in reports.values()]
        agree = sum(a == b for a, b in zip(*verdicts, strict=True))
        print(
            f"verdict parity: {agree}/{len(verdicts[0])} claims; reports identical but for the store's name: "
            f"{json.loads(same)['articles'] == reports['files']['articles']}"
        )


def _copy(top: Path, url: str) -> None:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "verify", "store", "copy", "snapshots", url], cwd=top, check=True)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"copy into PostgreSQL: {time.perf_counter() - started:.1f} s wall, "
        f"{usage.ru_utime + usage.ru_stime:.1f} s CPU (client), peak {usage.ru_maxrss / 1024:.0f} MB"
    )


def _per_claim(top: Path, stores: dict[str, Store]) -> None:
    extraction = extract(document.load_path(top / "article.txt", "article.txt", max_bytes=DEFAULT_MAX_BYTES))
    evidence = ArticleEvidence(extraction.statements)
    every = list(claims(extraction))
    found: dict[str, list[list[str]]] = {}
    for label, store in stores.items():
        retrieval, whole = [], []
        found[label] = []
        for claim in every:
            started = time.perf_counter()
            candidates = store.candidates(claim)
            retrieval.append(time.perf_counter() - started)
            judge(claim, [*evidence.candidates(claim), *candidates])
            whole.append(time.perf_counter() - started)
            found[label].append([s.text for s in candidates])
        print(
            f"per claim, {label}: retrieval median {statistics.median(retrieval) * 1000:.1f} ms "
            f"(worst {max(retrieval) * 1000:.1f}), with judging {statistics.median(whole) * 1000:.1f} ms "
            f"(worst {max(whole) * 1000:.1f}) over {len(every)} claims"
        )
    same = sum(a == b for a, b in zip(found["files"], found["postgresql"], strict=True))
    print(f"same candidates from both stores: {same}/{len(every)} claims")


def _whole_process(top: Path, store: str, label: str, repeat: int) -> dict:
    command = [sys.executable, "-m", "verify", "article.txt", "--jobs", "1", "--format", "json", "--time-budget", "0"]
    output = ""
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run([*command, "--store", store], cwd=top, capture_output=True, text=True)
        print(f"whole process, {label}: {time.perf_counter() - started:.2f} s wall (exit {done.returncode})")
        output = done.stdout
    return json.loads(output)


if __name__ == "__main__":
    main()
