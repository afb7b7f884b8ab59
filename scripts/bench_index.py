"""Time checking one article against a large snapshot store: indexed versus naive.

Generates a synthetic store (transcript files of ``SPEAKER: text`` turns,
100,000 statements and about 10 MB of text by default) and an article with
50 quotes taken from it (verbatim, altered, misattributed, made up), then
measures, each in a fresh process with start-up included:

* ``cold``: ``verify article.txt`` building the index cache (whole process);
  start-up as an installed package's, its compiled bytecode cached (with
  ``--no-bytecode-cache``, verify's sources are compiled in every run, as
  where ``PYTHONDONTWRITEBYTECODE`` is set: about 0.25 s more);
* ``warm``: the same again with the cache beside the snapshots, ``--repeat`` times;
* ``per claim``: in one process with the store open, the time to find and
  judge each quote (median and worst), and where the process's CPU time
  goes: import, opening the store (listing its files, checking the cache),
  retrieval and judging for all the quotes;
* the cache's size, each run's peak memory, and how many of the quotes got
  the verdict their construction implies (verbatim: verified; a "not"
  added: altered; credited to another speaker: misattributed; words of
  another turn reversed: unsupported or unverified);
* ``naive`` (``--naive-quotes`` > 0): every quote judged against every
  statement (the store read whole, no index), as the checker did before the index.

Where the statements' words come from:

* ``--corpus PATH`` (a text file or a directory of ``.txt`` files, e.g. the
  PolNeAR articles): real sentences, each statement the start of one
  sentence joined to the end of another, so that a few thousand sentences
  give a million distinct statements with real word frequencies (and many
  near-duplicates sharing half their words, as re-published statements do);
  every tenth sentence is held out of the store, and the quotes without a
  source are made of those;
* ``--common-words``: the worst case for retrieval: every statement is made
  of the 120 most common English words only, so every quote shares its
  words with most of the store;
* neither: made-up words of two to four syllables drawn with Zipf
  frequencies, mixed with common English function words.

The corpus is read where it lies and never copied anywhere but the
generated store. ``--statements`` takes several sizes (10000 100000 1000000):
each gets its own store and report, in its own directory under ``--dir``.
A store of a million statements takes minutes to write and index: with
``--reuse``, a store written before by the same options is kept with its
index cache (its turns are drawn again from the seed, not read), and the
first run is cold only if the index must be built.

Usage: python scripts/bench_index.py [--statements 100000 ...] [--corpus PATH | --common-words] [--quotes 50]
       [--repeat 3] [--naive-quotes 0] [--dir /tmp/verify-bench] [--reuse]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

_TURNS_PER_FILE = 100
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z“\"])")
_QUOTE_MARKS = re.compile(r"[“”\"‘]|’(?!\w)|(?<!\w)’")  # quotation marks; an apostrophe stays
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
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{wall:.3f} {usage.ru_maxrss / 1024:.0f} {done.returncode} {usage.ru_utime + usage.ru_stime:.3f}")
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
    for relative in snapshot_files(Path(sys.argv[2])):
        statements += read_snapshot(Path(sys.argv[2]) / relative, relative)[0]
    extraction = extract(document.load_path(Path(sys.argv[1]), sys.argv[1], max_bytes=DEFAULT_MAX_BYTES))
    every = list(claims(extraction))[: int(sys.argv[3])]
    for claim in every:
        judge(claim, [*extraction.statements, *statements])
    """
)


# Run in a child, with the cache warm: each quote's retrieval and judging, timed on its own, and the
# process's CPU time by stage.
_PER_CLAIM = textwrap.dedent(
    """
    import statistics, sys, time
    cpu = time.process_time
    begun = cpu()
    from pathlib import Path
    from verify import document
    from verify.models import DEFAULT_MAX_BYTES
    from verify._check import claims
    from verify.extract import extract
    from verify.judge import judge
    from verify.retrieval import ArticleEvidence
    from verify.sources.snapshots import load_store
    imported = cpu()
    store = load_store(Path("snapshots"))
    opened = cpu()
    extraction = extract(document.load_path(Path("article.txt"), "article.txt", max_bytes=DEFAULT_MAX_BYTES))
    evidence = ArticleEvidence(extraction.statements)
    times, retrieving, judging = [], 0.0, 0.0
    for claim in claims(extraction):
        started, was = time.perf_counter(), cpu()
        found = [*evidence.candidates(claim), *store.candidates(claim)]
        retrieved = cpu()
        judge(claim, found)
        times.append(time.perf_counter() - started)
        retrieving, judging = retrieving + retrieved - was, judging + cpu() - retrieved
    print(f"{statistics.median(times) * 1000:.2f} {max(times) * 1000:.2f} {len(times)}")
    print(f"{imported - begun:.2f} {opened - imported:.2f} {retrieving:.2f} {judging:.2f}")
    """
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, nargs="+", default=[100_000], help="store sizes, one run each")
    parser.add_argument("--quotes", type=int, default=50)
    words = parser.add_mutually_exclusive_group()
    words.add_argument("--corpus", type=Path, help="real sentences: a text file or a directory of .txt files")
    words.add_argument("--common-words", action="store_true", help="statements of common words only")
    parser.add_argument("--repeat", type=int, default=3, help="warm runs (the machine is shared: figures vary)")
    parser.add_argument("--naive-quotes", type=int, default=0, help="quotes the naive run judges (it is then scaled)")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/verify-bench"), help="scratch, outside the repo")
    parser.add_argument("--reuse", action="store_true", help="keep a store written before with the same options")
    parser.add_argument("--no-bytecode-cache", action="store_true", help="compile verify's sources every run")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.no_bytecode_cache:
        os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
        print("start-up: verify's sources compiled in every run (no bytecode cache)")
    else:
        # As an installed package starts: its compiled bytecode cached (kept under --dir, not in the sources).
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(args.dir / "pycache")
        print(f"start-up: compiled bytecode cached in {args.dir / 'pycache'}, as an installed package's")
    # The saved regular expressions of this verify only (unless set): a user's cache may hold other versions'.
    os.environ.setdefault("VERIFY_CACHE_DIR", str(args.dir / "regex"))
    sentences = _sentences(args.corpus) if args.corpus else None
    for count in args.statements:
        _bench(args, count, random.Random(args.seed), sentences)


def _bench(args: argparse.Namespace, count: int, rng: random.Random, sentences: list[list[str]] | None) -> None:
    kind = "common words only" if args.common_words else "made-up Zipf words"
    statement = _made_up(rng, common=args.common_words)
    unsaid = None
    if sentences:
        # Every tenth sentence is kept out of the store: quotes without a source there are made of them, but
        # for those that share a phrase with a sentence of the store (news copy repeats itself: "attendees at
        # the New York State Republican Party's annual gala" is in two sentences), which the speaker may well
        # have said: a quote made of one has a source.
        kind = f"real sentences of {args.corpus}, a tenth held out"
        kept = [s for i, s in enumerate(sentences) if i % 10]
        statement = _spliced(kept, rng)
        unsaid = _spliced(_unseen(sentences[::10], kept), rng)
    here = args.dir / f"{count}"
    store = here / "snapshots"
    options = json.dumps([count, kind, args.seed])
    reused = args.reuse and (here / "options.json").is_file() and (here / "options.json").read_text() == options
    if not reused:
        shutil.rmtree(here, ignore_errors=True)
    turns = _write_store(store, count, rng, statement, write=not reused)
    (here / "options.json").write_text(options)
    files = [p for p in store.iterdir() if not p.name.startswith(".")]
    size = sum(p.stat().st_size for p in files) / 1e6
    print(f"store: {count:,} statements ({kind}) in {len(files)} files, {size:.1f} MB{' (reused)' * reused}")
    expected = _write_article(here / "article.txt", turns, args.quotes, rng, unsaid)
    command = [sys.executable, "-m", "verify", "article.txt", "--jobs", "1", "--format", "json"]
    cache = store / ".verify-index.sqlite"
    first = "first (cache kept)" if cache.exists() else "cold (builds the cache)"
    wall, peak, cpu = _measure(command, here)
    megabytes = cache.stat().st_size / 1e6
    print(f"{first:<28} {wall:7.2f} s wall, {cpu:7.2f} s CPU, peak {peak:6.0f} MB; cache {megabytes:.0f} MB")
    for _ in range(args.repeat):
        wall, peak, cpu = _measure(command, here)
        print(f"{'warm, whole process':<28} {wall:7.2f} s wall, {cpu:7.2f} s CPU, peak {peak:6.0f} MB")
    done = subprocess.run([sys.executable, "-c", _PER_CLAIM], cwd=here, capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    median, worst, claims = lines[0].split()
    imported, opened, retrieving, judging = lines[1].split()
    print(f"{'per claim (warm, in process)':<28} median {median} ms, worst {worst} ms over {claims} claims")
    print(
        f"{'CPU by stage (in process)':<28} import {imported} s, opening the store {opened} s,"
        f" retrieval {retrieving} s, judging {judging} s"
    )
    right, verdicts = _score(command, here, expected)
    print(f"right: {right}/{len(expected)}; verdicts: {verdicts}")
    if args.naive_quotes:
        naive = [sys.executable, "-c", _NAIVE, "article.txt", "snapshots", str(args.naive_quotes)]
        wall, peak, _ = _measure(naive, here, ok=(0,))
        load, _, _ = _measure([*naive[:-1], "0"], here, ok=(0,))
        per_quote = (wall - load) / args.naive_quotes
        print(
            f"{'naive (' + str(args.naive_quotes) + ' quotes)':<28} {wall:7.2f} s wall, peak {peak:6.0f} MB; "
            f"load {load:.2f} s + {per_quote:.2f} s a quote"
            f" = {load + per_quote * args.quotes:.1f} s for {args.quotes} quotes"
        )


def _sentences(corpus: Path) -> list[list[str]]:
    """The corpus's sentences of 8 to 40 words, as words, without quotation marks or colons."""
    paths = sorted(corpus.rglob("*.txt")) if corpus.is_dir() else [corpus]
    found = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for sentence in _SENTENCE_END.split(text):
            words = _QUOTE_MARKS.sub("", sentence).split()
            # A colon would read as a speaker label in a transcript line.
            if 8 <= len(words) <= 40 and not any(":" in w for w in words):
                found.append(words)
    if len(found) < 100:
        sys.exit(f"{corpus}: only {len(found)} sentences of 8 to 40 words")
    return found


_PHRASE = 6  # words in a row that a quote "without a source" shares with no statement of the store


def _unseen(held: list[list[str]], kept: list[list[str]]) -> list[list[str]]:
    """The held-out sentences that share no run of ``_PHRASE`` words (case and punctuation aside) with a kept one."""

    def runs(sentence: list[str]) -> set[tuple[str, ...]]:
        words = [re.sub(r"\W", "", w.lower()) for w in sentence]
        return {tuple(words[i : i + _PHRASE]) for i in range(len(words) - _PHRASE + 1)}

    seen = set().union(*map(runs, kept))
    unseen = [s for s in held if not runs(s) & seen]
    print(f"quotes without a source: {len(unseen)} of {len(held)} held-out sentences share no {_PHRASE} words in a row")
    return unseen


def _spliced(sentences: list[list[str]], rng: random.Random) -> Callable[[], str]:
    """The start of one real sentence and the end of another: real text, distinct from every other statement."""

    def statement() -> str:
        first, second = rng.choice(sentences), rng.choice(sentences)
        words = first[: rng.randint(4, len(first) - 2)] + second[rng.randint(2, len(second) - 4) :]
        return " ".join(words).rstrip(".!?,;") + "."

    return statement


def _made_up(rng: random.Random, *, common: bool) -> Callable[[], str]:
    vocabulary = _COMMON if common else [_word(rng) for _ in range(_VOCABULARY)]
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))  # Zipf

    def statement() -> str:
        words = (
            rng.choice(_COMMON) if rng.random() < 0.45 else rng.choices(vocabulary, cum_weights=weights)[0]
            for _ in range(rng.randint(8, 26))
        )
        return " ".join(words).capitalize() + "."

    return statement


def _write_store(
    store: Path, count: int, rng: random.Random, statement: Callable[[], str], *, write: bool = True
) -> list[tuple[str, str]]:
    """Transcript files of ``count`` turns (``write``: else drawn only); returns every (speaker, text) turn."""
    store.mkdir(parents=True, exist_ok=True)
    speakers = [f"{_word(rng).capitalize()} {_word(rng).capitalize()}" for _ in range(_SPEAKERS)]
    turns = []
    for number in range(0, count, _TURNS_PER_FILE):
        lines = [f"Hearing {number // _TURNS_PER_FILE}", ""]
        for _ in range(min(_TURNS_PER_FILE, count - number)):
            speaker, text = rng.choice(speakers), statement()
            turns.append((speaker, text))
            lines.append(f"{speaker.upper()}: {text}")
        if write:
            (store / f"hearing-{number // _TURNS_PER_FILE:05d}.txt").write_text(
                "\n".join(lines) + "\n", encoding="utf-8"
            )
    return turns


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def _write_article(
    path: Path, turns: list[tuple[str, str]], quotes: int, rng: random.Random, unsaid: Callable[[], str] | None
) -> list[set[str]]:
    """An article quoting ``quotes`` turns: a quarter each verbatim, altered, credited to another, made up.

    A made-up quote is ``unsaid`` text (real sentences that share no phrase with the store), or without it another
    turn's words reversed. (At a million statements of spliced real sentences, each sentence half
    recurs in about 240 statements, so the credited speaker has often said most of another turn's
    words, in order: "paraphrased" is then a fair verdict for the reversed ones.) Returns the verdicts
    each quote may rightly get, in article order.
    """
    paragraphs = ["Hearings roundup", ""]
    expected = []
    for number in range(quotes):
        speaker, text = rng.choice(turns)
        words = text.rstrip(".").split()
        kind = number % 4
        if kind == 1:
            words.insert(len(words) // 2, "not")
        elif kind == 2:
            speaker = rng.choice([s for s, _ in rng.sample(turns, 10) if s != speaker])
        elif kind == 3:
            words = unsaid().rstrip(".").split() if unsaid else rng.choice(turns)[1].rstrip(".").split()[::-1]
        expected.append([{"verified"}, {"altered"}, {"misattributed"}, {"unsupported", "unverified"}][kind])
        paragraphs.append(f"{speaker} spoke on day {number}. “{' '.join(words)},” {speaker} said.")
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return expected


def _measure(command: list[str], cwd: Path, ok: tuple[int, ...] = (0, 1)) -> tuple[float, float, float]:
    """Wall seconds, peak MB and CPU seconds of ``command`` (exit status 1 is verify's "findings", not a failure)."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], cwd=cwd, capture_output=True, text=True, check=True
    )
    wall, peak, status, cpu = done.stdout.split()
    if int(status) not in ok:
        sys.exit(f"{' '.join(command[:3])} failed with status {status}:\n{done.stderr}")
    return float(wall), float(peak), float(cpu)


def _score(command: list[str], cwd: Path, expected: list[set[str]]) -> tuple[int, dict[str, int]]:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    report = json.loads(done.stdout)
    findings = [f for article in report["articles"] for f in article["findings"]]
    if len(findings) != len(expected):
        print(f"warning: {len(findings)} findings for {len(expected)} quotes; scored in order")
    right = sum(f["verdict"] in wanted for f, wanted in zip(findings, expected, strict=False))
    return right, report["summary"]["verdicts"]


if __name__ == "__main__":
    main()
