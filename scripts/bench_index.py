"""Time checking one article against a large snapshot store: indexed versus naive.

Generates a synthetic store (transcript files of ``SPEAKER: text`` turns,
100,000 statements and about 10 MB of text by default) and an article with
50 quotes taken from it (verbatim, altered, misattributed, made up), then
times, each in a fresh process with start-up included:

* ``indexed, cold``: ``verify article.txt`` building the index cache;
* ``indexed, warm``: the same again, with the cache beside the snapshots;
* ``naive``: every quote judged against every statement (the store read
  whole, no index), as the checker did before the index.

Usage: python scripts/bench_index.py [--statements 100000] [--quotes 50] [--dir /tmp/verify-bench]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

_TURNS_PER_FILE = 100
_SPEAKERS = 400
_VOCABULARY = 20_000
_COMMON = (
    "the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they "
    "which one you were her all she there would their we him been has when who will more no if out so said what up "
    "its about into than them can only other new some could time these two may then do first any my now such like "
    "our over man me even most made after also did many before must through back years where much your way well down"
).split()

# Run in a child: the check's wall time and peak memory, start-up and loading included.
_MEASURE = textwrap.dedent(
    """
    import resource, subprocess, sys, time
    started = time.perf_counter()
    done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{wall:.3f} {peak:.0f} {done.returncode}")
    print(done.stderr[-2000:], file=sys.stderr)
    """
)

# The naive checker: read the whole store, judge every claim against every statement.
_NAIVE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from verify import document
    from verify.models import DEFAULT_MAX_BYTES
    from verify._check import claims
    from verify.extract import extract
    from verify.judge import judge
    from verify.sources.snapshots import read_snapshot, snapshot_files
    statements = []
    for file in snapshot_files(Path(sys.argv[2])):
        statements += read_snapshot(file.path, file.relative)[0]
    extraction = extract(document.load_path(Path(sys.argv[1]), sys.argv[1], max_bytes=DEFAULT_MAX_BYTES))
    every = list(claims(extraction))[: int(sys.argv[3])]
    for claim in every:
        judge(claim, [*extraction.statements, *statements])
    """
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--quotes", type=int, default=50)
    parser.add_argument("--naive-quotes", type=int, default=2, help="quotes the naive run judges (it is then scaled)")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/verify-bench"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    shutil.rmtree(args.dir, ignore_errors=True)
    store = args.dir / "snapshots"
    turns = _write_store(store, args.statements, rng)
    size = sum(p.stat().st_size for p in store.iterdir())
    print(f"store: {args.statements:,} statements in {len(list(store.iterdir()))} files, {size / 1e6:.1f} MB")
    _write_article(args.dir / "article.txt", turns, args.quotes, rng)
    command = [sys.executable, "-m", "verify", "article.txt", "--format", "json"]
    for label in ("indexed, cold (builds the cache)", "indexed, warm", "indexed, warm"):
        wall, peak = _measure(command, args.dir)
        print(f"{label:<36} {wall:7.2f} s wall, peak {peak:6.0f} MB")
    findings = _verdicts(command, args.dir)
    print(f"verdicts: {findings}")
    naive = [sys.executable, "-c", _NAIVE, "article.txt", "snapshots", str(args.naive_quotes)]
    wall, peak = _measure(naive, args.dir, ok=(0,))
    load, _ = _measure([*naive[:-1], "0"], args.dir, ok=(0,))
    per_quote = (wall - load) / args.naive_quotes
    print(
        f"{'naive (' + str(args.naive_quotes) + ' quotes)':<36} {wall:7.2f} s wall, peak {peak:6.0f} MB; "
        f"load {load:.2f} s + {per_quote:.2f} s a quote"
        f" = {load + per_quote * args.quotes:.1f} s for {args.quotes} quotes"
    )


def _write_store(store: Path, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """Transcript files of ``count`` turns; returns every (speaker, text) turn."""
    store.mkdir(parents=True)
    vocabulary = [_word(rng) for _ in range(_VOCABULARY)]
    weights = list(
        itertools.accumulate(1 / (rank + 1) for rank in range(_VOCABULARY))
    )  # Zipf: few words are everywhere
    speakers = [f"{_word(rng).capitalize()} {_word(rng).capitalize()}" for _ in range(_SPEAKERS)]
    turns = []
    for number in range(0, count, _TURNS_PER_FILE):
        lines = [f"Hearing {number // _TURNS_PER_FILE}", ""]
        for _ in range(min(_TURNS_PER_FILE, count - number)):
            speaker = rng.choice(speakers)
            length = rng.randint(8, 26)
            text = (
                " ".join(
                    rng.choice(_COMMON) if rng.random() < 0.45 else rng.choices(vocabulary, cum_weights=weights)[0]
                    for _ in range(length)
                ).capitalize()
                + "."
            )
            turns.append((speaker, text))
            lines.append(f"{speaker.upper()}: {text}")
        (store / f"hearing-{number // _TURNS_PER_FILE:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return turns


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def _write_article(path: Path, turns: list[tuple[str, str]], quotes: int, rng: random.Random) -> None:
    """An article quoting ``quotes`` turns: a quarter each verbatim, altered, credited to another, made up."""
    paragraphs = ["Hearings roundup", ""]
    for number in range(quotes):
        speaker, text = rng.choice(turns)
        words = text.rstrip(".").split()
        kind = number % 4
        if kind == 1:
            words.insert(len(words) // 2, "not")
        elif kind == 2:
            speaker = rng.choice(turns)[0]
        elif kind == 3:
            words = rng.choice(turns)[1].rstrip(".").split()[::-1]
        paragraphs.append(f"{speaker} spoke on day {number}. “{' '.join(words)},” {speaker} said.")
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def _measure(command: list[str], cwd: Path, ok: tuple[int, ...] = (0, 1)) -> tuple[float, float]:
    """Wall seconds and peak MB of ``command`` (exit status 1 is verify's "findings", not a failure)."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], cwd=cwd, capture_output=True, text=True, check=True
    )
    wall, peak, status = done.stdout.split()
    if int(status) not in ok:
        sys.exit(f"{' '.join(command[:3])} failed with status {status}:\n{done.stderr}")
    return float(wall), float(peak)


def _verdicts(command: list[str], cwd: Path) -> dict[str, int]:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    return json.loads(done.stdout)["summary"]["verdicts"]


if __name__ == "__main__":
    main()
