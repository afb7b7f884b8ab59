"""Hostile inputs for every reader verify has, through the library and the CLI; prints what it found. Run by hand.

    python scripts/fuzz_inputs.py                          # both parts, a few minutes on one core
    python scripts/fuzz_inputs.py --examples 200 --seed 7  # more random inputs, another seed
    python scripts/fuzz_inputs.py --part growth --reader transcript

The readers: an article as HTML, Markdown (front matter too) and plain text; a snapshot store's JSON
posts, JSON pages, JSON statement lists and malformed JSON, saved pages (.html) and transcripts (.txt);
a ``[tool.verify]`` table in pyproject.toml; and a store's index build over a snapshot directory of many
files. Two parts:

- random: hostile text built from what the parsers look for (quote marks of every language, dashes,
  colons, capitalised names, cue verbs, @handles, URLs, nested and unclosed tags, huge attributes, long
  runs without spaces, NUL and control characters, invalid UTF-8, BOMs, CRLF, right-to-left marks) is
  checked with ``verify.check(...)`` and rendered in every report format, then through the CLI
  (``verify check``: exit 0 or 1, or 2 with one ``verify: error:`` line naming the file, never a traceback);
- growth: a seed of a few hundred bytes repeated 1x, 4x, 16x and 64x in each reader (and 256x, 1024x
  while a run stays under half a second), its CPU time measured; when going from 4k to 16k copies costs
  more than ``--ratio`` times what going from k to 4k did (linear: ~4, quadratic: ~16; differences, so
  that the fixed cost of a run hides nothing), or a run takes over ``--slow`` seconds, it is flagged.

Every case runs in a forked child under a wall-clock limit, so a hang or a crash of the interpreter is
reported, not suffered; flagged cases are written under ``--out`` with a command that reproduces them.
Random examples come from ``--seed`` (printed): the same seed makes the same inputs.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import click
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's verify, not an installed one

from verify import CheckOptions, check  # noqa: E402
from verify.cli import cli  # noqa: E402
from verify.report import FORMATS, RenderOptions, reporter  # noqa: E402

# --- what hostile text is made of ------------------------------------------------------------------

_MARKS = list('"“”„‟«»‹›「」『』‘’‚‛\'`＂〝〞') + ["''", "``", "&quot;", "&#8220;", "&ldquo;"]
_DASHES = ["—", "–", "―", "-", "--", "‒", "⸺", "&mdash;", " — "]
_COLONS = [":", "：", ";", ": ", ":\n"]
_NAMES = ["Mark Rutte", "Rutte", "Ursula von der Leyen", "NATO", "The", "Mr.", "Dr.", "Sen.", "President", "Ab",
          "O'Brien", "Jean-Noël", "ÉLODIE", "İstanbul", "MARK RUTTE", "Q", "A", "Washington Post", "Mr. Trump"]
_CUES = [" said ", " says ", " told reporters ", " added", " wrote ", " sagte ", " a déclaré ", " dijo ",
         " ha detto ", " according to ", "According to ", " stated ", " hieß es", " заявил ", " he said", " she said",
         " they ", " it ", " er ", " sie ", "said:", " a statement said"]
_HANDLES = ["@a", "@NATO", "(@h)", "@", "@_", "(@JaneMinister)", "@" + "x" * 40]
_URLS = ["https://x.com/a/status/1", "https://twitter.com/a/status/123456789", "pic.twitter.com/x", "https://",
         "http://[::1", "www.", "https://bsky.app/profile/a.bsky.social/post/3l", "https://t.me/c/5",
         "https://www.instagram.com/p/Cabc/", "at://did:plc:x/app.bsky.feed.post/abc", "https://mastodon.social/@a/1"]
_TAGS = ["<p>", "</p>", '<blockquote class="twitter-tweet">', "</blockquote>", "<div>", "</div>", '<div class="tweet">',
         '<a href="https://twitter.com/a/status/9">', "</a>", "<!--", "-->", "<!-- verify: ignore -->", "<script>",
         "</script>", '<iframe src="https://www.youtube.com/embed/x">', "<br>", "<q>", "</q>", "<em>", "<![CDATA[",
         "<?xml ", "<article>", "</article>", "<h1>", "<figure>", "<figcaption>", "<p", "<", ">", "</", "<style>",
         '<blockquote class="instagram-media">', '<html lang="de">', "<body>", "<template>", "<textarea>",
         '<div data-attrs="{&quot;url&quot;:', "<svg><foreignObject>", "<table><tr><td>", "<li>", "<ul>"]
_ENTITIES = ["&amp;", "&#x201C;", "&#0;", "&#xD800;", "&#1114112;", "&#x110000;", "&", "&#", "&nbsp;", "&zwj;"]
_MARKDOWN = ["# ", "> ", "- ", "* ", "[a](b)", "![x](y)", "```", "---\n", "lang: de\n", "**", "__", "`", "[",
             "](", "\n---\n", "title: x\n", "    ", "1. ", "| a | b |\n", "[^1]", "<https://x.com/a/status/1>"]
_TRANSCRIPT = ["Q: ", "A: ", "Q. ", "SPEAKER: ", "MARK RUTTE: ", ">> ", "[00:01:02] ", "(12:30) ", "**Kovac:** ",
               "NAME (D-OH): ", "Marta Kovac, Mayor of Ellwood: ", "A, B, C, D: ", "- Rutte: "]
_CONTROL = ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\r\n", "\r", "\t", "\f", "\v", "\ufeff",
            "\u200f", "\u200e", "\u202e", "\u2066", "\u200d", "\u200b", "\u0301", "\ufffd", "\U0001f600", "\u00ad"]
_WORDS = ["the", "talks", "will", "resume", "on", "Monday", "we", "are", "ready", "x", "a", "and", "March 5, 2022",
          "2024-01-01", "12:30", ",", ".", ". ", "!", "?", "…", "(", ")", "[", "]", " ", "  ", "\n", "\n\n"]
_INVALID_UTF8 = [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xc0\xaf", b"\xe2\x80", b"\xf4\x90\x80\x80", b"\xfe\xff"]
_GROUPS: list[tuple[list[str], int]] = [
    (_MARKS, 8), (_DASHES, 3), (_COLONS, 3), (_NAMES, 6), (_CUES, 6), (_HANDLES, 2), (_URLS, 2), (_TAGS, 4),
    (_ENTITIES, 1), (_MARKDOWN, 2), (_TRANSCRIPT, 2), (_CONTROL, 2), (_WORDS, 12),
]


def _long_run(rng: random.Random) -> str:
    """A run that stresses one scan: no spaces, one mark many times, deep nesting, a huge attribute."""
    size = rng.choice([200, 1_000, 5_000])
    return rng.choice([
        lambda: "x" * size,
        lambda: rng.choice(_MARKS) * size,
        lambda: " " * size,
        lambda: "\n" * (size // 10),
        lambda: "<div>" * (size // 5),
        lambda: '<blockquote class="twitter-tweet"><p>' * (size // 20),
        lambda: f'<div data-x="{"a" * size}">',
        lambda: "Ab " * (size // 3),
        lambda: "[a" * (size // 2),
        lambda: "“a,” said " * (size // 10),
        lambda: "".join(f"“a{i},” said " for i in range(size // 11)),  # (a chain of quotes that all differ)
        lambda: "— " + " " * size + "(@h)",
    ])()


def hostile_bytes(rng: random.Random, pieces: int) -> bytes:
    """Random hostile text: ``pieces`` tokens the parsers care about, sometimes invalid UTF-8 or UTF-16."""
    out: list[bytes] = []
    groups, weights = zip(*_GROUPS, strict=True)
    for _ in range(pieces):
        roll = rng.random()
        if roll < 0.01:
            out.append(_long_run(rng).encode())
        elif roll < 0.03:
            out.append(rng.choice(_INVALID_UTF8))
        else:
            out.append(rng.choice(rng.choices(groups, weights)[0]).encode())
    data = b"".join(out)
    if rng.random() < 0.03:  # a whole file in another encoding, with its byte-order mark
        data = data.decode("utf-8", "replace").encode("utf-16")
    return data


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


# --- the readers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reader:
    """One reader: lays out a case (article and store) in a directory from hostile bytes, repeated ``times``."""

    name: str
    lay_out: Callable[[Path, bytes, int], Path]  # writes the case, returns the article


def _article(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


_QUOTING = "Mark Rutte said “{}” on Monday.\n\nThe talks will resume, he said.\n"


def _quoting_article(directory: Path, data: bytes) -> Path:
    """A short article quoting the start of the store's text, so that the index is asked and the judge aligns."""
    words = "".join(c if c.isprintable() else " " for c in _text(data).replace("“", " ").replace("”", " ")).split()
    sample = " ".join(words[:30]) or "x"
    return _article(directory, "article.txt", _QUOTING.format(sample).encode())


def _store(directory: Path) -> Path:
    store = directory / "snapshots"
    store.mkdir(exist_ok=True)
    return store


def _html(directory: Path, data: bytes, times: int) -> Path:
    if times == 1:
        return _article(directory, "article.html", data)
    return _article(directory, "article.html", b"<html><body><article>" + data * times + b"</article></body></html>")


def _markdown(directory: Path, data: bytes, times: int) -> Path:
    return _article(directory, "article.md", b"---\ntitle: A draft\nlang: en\n---\n\n" + data * times)


def _front_matter(directory: Path, data: bytes, times: int) -> Path:
    return _article(directory, "article.md", b"---\n" + data * times + b"\nlang: de\n---\n\nRutte said \xe2\x80\x9cx\xe2\x80\x9d.\n")


def _plain(directory: Path, data: bytes, times: int) -> Path:
    return _article(directory, "article.txt", data * times)


def _post_json(directory: Path, data: bytes, times: int) -> Path:
    text = _text(data) * times
    record = {"schema": "verify.snapshot/1", "kind": "post", "platform": "twitter",
              "url": "https://twitter.com/a/status/1", "author": {"name": text[:200], "handle": "@a"}, "text": text,
              "fetched_at": "2024-01-01T00:00:00Z", "published": text[:40]}
    (_store(directory) / "post.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    return _quoting_article(directory, data)


def _page_json(directory: Path, data: bytes, times: int) -> Path:
    record = {"schema": "verify.snapshot/1", "kind": "page", "url": "https://example.org/a",
              "author": _text(data)[:100], "text": _text(data) * times}
    (_store(directory) / "page.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    return _quoting_article(directory, data)


def _statements_json(directory: Path, data: bytes, times: int) -> Path:
    text = _text(data)
    turns = [{"speaker": text[:30] if i % 2 else "Mark Rutte", "text": text} for i in range(times)]
    record = {"schema": "verify.snapshot/1", "kind": "transcript", "url": "https://example.org/t", "statements": turns}
    (_store(directory) / "transcript.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    return _quoting_article(directory, data)


def _raw_json(directory: Path, data: bytes, times: int) -> Path:
    (_store(directory) / "raw-post.json").write_bytes(data * times)
    return _quoting_article(directory, data)


def _saved_page(directory: Path, data: bytes, times: int) -> Path:
    page = data if times == 1 else b"<html><body><article>" + data * times + b"</article></body></html>"
    (_store(directory) / "page.html").write_bytes(page)
    return _quoting_article(directory, data)


def _transcript(directory: Path, data: bytes, times: int) -> Path:
    (_store(directory) / "transcript.txt").write_bytes(data * times)
    return _quoting_article(directory, data)


def _config(directory: Path, data: bytes, times: int) -> Path:
    (directory / "pyproject.toml").write_bytes(b"[tool.verify]\n" + data * times)
    return _article(directory, "article.txt", _QUOTING.format("the talks will resume").encode())


def _config_values(directory: Path, data: bytes, times: int) -> Path:
    """Well-formed TOML whose values are hostile: globs to exclude (matched against every file walked) and per-file
    ignores; the case is the directory, so that the walk reads them."""
    text = _text(data) * times
    globs = [text, f"*{text}*", text.replace(" ", "*")]
    table = {json.dumps(g, ensure_ascii=False): '["VF1"]' for g in globs}
    lines = [
        "[tool.verify]",
        f"extend-exclude = {json.dumps(globs, ensure_ascii=False)}",
        "per-file-ignores = {" + ", ".join(f"{k} = {v}" for k, v in table.items()) + "}",
    ]
    (directory / "pyproject.toml").write_text("\n".join(lines) + "\n", "utf-8")
    name = "".join(c for c in text if c.isalnum() or c in "-_.")[:200] or "x"
    _article(directory, f"{name}.txt", _QUOTING.format("the talks will resume").encode())
    return directory


def _index_build(directory: Path, data: bytes, times: int) -> Path:
    """A store of ``times`` files, each a post, a page and a transcript of the seed: the index build grows."""
    store = _store(directory)
    text = _text(data)
    for i in range(times):
        folder = store / f"d{i % 7}"
        folder.mkdir(exist_ok=True)
        record = {"kind": "post", "platform": "twitter", "url": f"https://twitter.com/a/status/{i + 1}",
                  "author": {"name": "Mark Rutte", "handle": "@a"}, "text": text}
        (folder / f"post-{i}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
        (folder / f"t-{i}.txt").write_bytes(data)
        (folder / f"p-{i}.html").write_bytes(data)
    return _quoting_article(directory, data)


READERS = {r.name: r for r in [
    Reader("html", _html), Reader("markdown", _markdown), Reader("front-matter", _front_matter),
    Reader("text", _plain), Reader("post-json", _post_json), Reader("page-json", _page_json),
    Reader("statements-json", _statements_json), Reader("raw-json", _raw_json), Reader("saved-page", _saved_page),
    Reader("transcript", _transcript), Reader("config", _config), Reader("config-values", _config_values), Reader("index-build", _index_build),
]}

# Seeds of the growth part besides random ones: shapes earlier rounds found slow in one reader or another.
_SEEDS = [
    "«»“”„" * 40,
    "“a,” said Mr. Ab Cd, “Ef gh,” he added. " * 6,
    "Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz " * 6,
    "<div><blockquote class='twitter-tweet'><p>a (@h) — " * 4,
    "MARK RUTTE, A, B, C, D, E (x) (y) [z]:" * 6,
    "— " + " " * 200 + "(@h) ",
    "[a](" * 60,
    "„a“ «b» ‹c› 「d」 ‚e‘ " * 12,
    "exclude = [\"*a*a*a*a*a*a*a*a*a*a*a*a*b\"]\n",
    "<p>" + "x" * 300 + "</p>",
    "According to the newspaper, Rutte said: “we are ready.” " * 4,
    "<a href='https://x.com/a/status/1'>" + "@a " * 60 + "</a>",
    "<p><!---> “b,” said Ab.</p>" * 8,  # text the locator does not see
    "Q: Is it ready?\nA: “Yes,” he said.\n" * 6,
    "The tax stays.\n— Jane Minister (@JaneMinister) March 5, 2022\n\n" * 4,
    "Ab Cd said that the talks would resume, and Ef Gh told reporters that they would not. " * 3,
    '<blockquote class="twitter-tweet"><p>post</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1, 2020</a>'
    "</blockquote>",
    "> “a,” said Ab.\n" * 16,
    "RUTTE: We are ready. " * 12,
    "https://x.com/a/status/1 (@h) " * 8,
    "“a,” said " * 100,  # one sentence of short quotes and cue verbs chained: every quote's windows alike (round 47)
    # the same chain where every quote differs, each window another (round 48); and a paragraph of many quotes, each
    # its own sentence credited by its own cue to someone else
    "".join(f"“a{i},” said " for i in range(100)),
    "".join(f"“Ab {i} cd,” said Ef{i % 7} Gh. " for i in range(60)),
]


# --- running one case in a child ---------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    status: str  # ok, crash (an exception or a traceback), hang (past the wall limit), died (the child)
    cpu: float
    detail: str


_WARM_UP = "Mark Rutte said “the talks will resume on Monday”, and added: “We are ready.”\n\n<p>x</p> — A (@a)\n"


def _warm_up() -> None:
    """One small check before the timed one: what is made on first use (patterns compiled lazily, caches) is
    not counted in the first size of a ladder, which would make the growth after it look smaller or larger."""
    with tempfile.TemporaryDirectory(prefix="verify-fuzz-warm-") as scratch:
        for name in ("a.txt", "a.html"):
            (Path(scratch) / name).write_text(_WARM_UP, "utf-8")
        check([scratch], CheckOptions(jobs=1, snapshots=str(Path(scratch) / "snapshots")))


def _in_child(work: Callable[[], str], limit: float) -> Outcome:
    """``work()`` in a forked child, its CPU time, what went wrong; a hang is killed after ``limit`` seconds."""
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)

    def run() -> None:
        _warm_up()
        start = time.process_time()
        try:
            detail = work()
            status = "crash" if detail else "ok"
        except BaseException:  # noqa: BLE001 - everything is a finding here
            status, detail = "crash", traceback.format_exc(limit=-6)
        send.send((status, time.process_time() - start, detail))

    child = multiprocessing.get_context("fork").Process(target=run)
    child.start()
    ready = receive.poll(limit)
    if not ready:
        child.kill()
        child.join()
        return Outcome("hang", limit, f"no answer in {limit:.0f} s")
    try:
        status, cpu, detail = receive.recv()
    except EOFError:
        status, cpu, detail = "died", 0.0, f"exit code {child.exitcode}"
    child.join()
    return Outcome(status, cpu, detail)


_BUDGET = 120.0  # the per-article budget in the library runs: past it the check says so, which counts as a hang


def _case_directory(article: Path) -> Path:
    """The scratch directory of a case: the article's folder, or the article when it is the folder."""
    return article if article.is_dir() else article.parent


def _library_run(article: Path) -> str:
    """Check through ``verify.check`` and render every format; what is wrong, or ""."""
    store = _case_directory(article) / "snapshots"
    report = check([str(article)], CheckOptions(jobs=1, snapshots=str(store), time_budget=_BUDGET))
    wrong = []
    for problem in report.errors:
        text = str(problem)
        if "internal error" in text or "time budget" in text or "\n" in text:
            wrong.append(text)
        elif str(_case_directory(article)) not in text:
            wrong.append(f"an error naming no file of the case: {text}")
    for name in FORMATS:
        rendered = reporter(name)(report, RenderOptions(color=False, fail_on=None))
        if name in ("json", "sarif", "gitlab"):
            json.loads(rendered)
    return "\n".join(wrong)


def _cli_run(article: Path) -> str:
    """Check through the CLI (in this process): exit 0/1, or 2 with one line per error naming a file."""
    store = _case_directory(article) / "snapshots"
    runner = CliRunner()
    result = runner.invoke(cli, ["check", str(article), "--snapshots", str(store), "--jobs", "1", "--format", "json"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return "".join(traceback.format_exception(result.exception, limit=-6))
    stderr = result.stderr
    if "Traceback" in stderr:
        return stderr
    if result.exit_code in (0, 1):
        return ""
    if result.exit_code != 2:
        return f"exit {result.exit_code}: {stderr[:500]}"
    return _error_lines_wrong(stderr, _case_directory(article))


def _error_lines_wrong(stderr: str, case: Path) -> str:
    """Exit 2 must come with one ``verify: error:`` line per bad input, each naming a file of the case."""
    errors = [line for line in stderr.splitlines() if line.startswith("verify: error: ")]
    if errors and all(str(case) in line for line in errors):
        return ""
    return f"exit 2 with {stderr[:500]!r}"


def _subprocess_run(article: Path, limit: float) -> str:
    """The real command, as a user runs it (a few of these: each starts an interpreter)."""
    import subprocess

    store = _case_directory(article) / "snapshots"
    command = [sys.executable, "-m", "verify", "check", str(article), "--snapshots", str(store), "--jobs", "1"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=limit, errors="replace")
    except subprocess.TimeoutExpired:
        return f"no answer in {limit:.0f} s"
    if "Traceback" in done.stderr or done.returncode not in (0, 1, 2):
        return f"exit {done.returncode}: {done.stderr[-800:]}"
    return _error_lines_wrong(done.stderr, _case_directory(article)) if done.returncode == 2 else ""


# --- the two parts ----------------------------------------------------------------------------------


@dataclass
class Finding:
    part: str
    reader: str
    what: str
    detail: str
    saved: Path | None = None


def _save(out: Path, reader: str, data: bytes, times: int) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{reader}-{len(list(out.iterdir()))}.bin"
    path.write_bytes(data)
    (path.with_suffix(".times")).write_text(str(times))
    return path


def _case(reader: Reader, data: bytes, times: int, run: Callable[[Path], str], limit: float) -> Outcome:
    scratch = Path(tempfile.mkdtemp(prefix="verify-fuzz-"))
    try:
        article = reader.lay_out(scratch, data, times)
        return _in_child(lambda: run(article), limit)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def random_part(readers: list[Reader], examples: int, rng: random.Random, limit: float, subprocesses: int,
                out: Path) -> list[Finding]:
    findings: list[Finding] = []
    for reader in readers:
        started, slowest = time.perf_counter(), (0.0, b"")
        for number in range(examples):
            data = hostile_bytes(rng, rng.choice([5, 20, 80, 300]))
            for label, run in (("library", _library_run), ("cli", _cli_run)):
                outcome = _case(reader, data, 1, run, limit)
                slowest = max(slowest, (outcome.cpu, data))
                if outcome.status != "ok":
                    saved = _save(out, reader.name, data, 1)
                    findings.append(Finding("random", reader.name, f"{label} {outcome.status}", outcome.detail, saved))
                    click.echo(f"  {reader.name}: {label} {outcome.status} ({saved}): {outcome.detail[-300:]}")
            if number < subprocesses:
                outcome = _case(reader, data, 1, lambda a: _subprocess_run(a, limit), limit + 5)
                if outcome.status != "ok":
                    saved = _save(out, reader.name, data, 1)
                    findings.append(Finding("random", reader.name, "command", outcome.detail, saved))
                    click.echo(f"  {reader.name}: command ({saved}): {outcome.detail[-300:]}")
        click.echo(f"random {reader.name}: {examples} inputs in {time.perf_counter() - started:.0f} s wall, "
                   f"slowest {slowest[0]:.2f} s CPU ({len(slowest[1])} bytes)")
    return findings


FACTORS = (1, 4, 16, 64, 256, 1024)  # 1x-64x always; larger while a run stays under EXTEND_BELOW seconds
ALWAYS = 4  # how many of FACTORS every seed runs
EXTEND_BELOW = 0.5
_NOISE = 0.15  # seconds: an increment below this says nothing about growth on a shared machine


def _growth(timings: list[float]) -> tuple[float, int]:
    """The worst growth between steps, and the step: how much more the step from 4k to 16k cost than the step
    from k to 4k. Differences cancel what every run costs whatever the input (start-up, the store's opening), which
    would make quadratic work look linear in a ratio of totals: linear growth gives ~4, quadratic ~16."""
    worst = (0.0, 0)
    for i in range(2, len(timings)):
        larger, smaller = timings[i] - timings[i - 1], timings[i - 1] - timings[i - 2]
        if larger > _NOISE:
            worst = max(worst, (larger / max(smaller, _NOISE / 4), i))
    return worst


def _ladder(reader: Reader, seed: bytes, limit: float, slow: float) -> tuple[list[float], str]:
    timings: list[float] = []
    for number, times in enumerate(FACTORS):
        if number >= ALWAYS and timings[-1] > EXTEND_BELOW:
            break
        outcome = _case(reader, seed, times, _library_run, limit)
        timings.append(outcome.cpu)
        if outcome.status != "ok":
            return timings, f"{outcome.status} at {times}x: {outcome.detail[-400:]}"
        if outcome.cpu > slow:
            return timings, f"{outcome.cpu:.1f} s at {times}x"
    return timings, ""


def growth_part(readers: list[Reader], seeds: list[bytes], ratio: float, slow: float, limit: float,
                out: Path) -> list[Finding]:
    findings: list[Finding] = []
    for reader in readers:
        for seed in seeds:
            timings, problem = _ladder(reader, seed, limit, slow)
            shown = " ".join(f"{t:.3f}" for t in timings)
            growth, step = _growth(timings)
            if not problem and growth > ratio:
                # Noise on a busy machine: the ladder is measured again before a growth counts.
                again, _ = _ladder(reader, seed, limit, slow)
                growth_again, _ = _growth(again)
                if growth_again > ratio:
                    problem = f"super-linear: from {FACTORS[step - 1]}x to {FACTORS[step]}x {min(growth, growth_again):.1f}x the step before"
                    shown += " / again " + " ".join(f"{t:.3f}" for t in again)
            if problem:
                saved = _save(out, reader.name, seed, FACTORS[len(timings) - 1])
                findings.append(Finding("growth", reader.name, problem, shown, saved))
                click.echo(f"  FLAG {reader.name} [{shown}] {problem} ({saved})")
            else:
                click.echo(f"  ok   {reader.name} [{shown}] seed {seed[:40]!r}")
    return findings


def _replay(saved: Path, readers: list[Reader], factors: list[int], limit: float) -> None:
    """One saved case (or any file of hostile bytes) again, at each factor, through the library and the CLI."""
    if len(readers) != 1:
        raise click.UsageError("--replay needs exactly one --reader")
    for times in factors:
        for label, run in (("library", _library_run), ("cli", _cli_run)):
            outcome = _case(readers[0], saved.read_bytes(), times, run, limit)
            click.echo(f"{times}x {label}: {outcome.status} {outcome.cpu:.3f} s CPU {outcome.detail[-2000:]}")


@click.command()
@click.option("--part", type=click.Choice(["all", "random", "growth"]), default="all", show_default=True)
@click.option("--reader", "names", multiple=True, type=click.Choice(sorted(READERS)), help="Only these readers.")
@click.option("--examples", default=25, show_default=True, help="Random inputs per reader.")
@click.option("--subprocesses", default=2, show_default=True, help="Of them, run as a real command per reader.")
@click.option("--random-seeds", default=3, show_default=True, help="Random growth seeds besides the fixed ones.")
@click.option("--seed", type=int, default=None, help="Random seed (printed; default: a new one).")
@click.option("--ratio", default=6.0, show_default=True, help="Growth of a step's cost per 4x flagged as super-linear.")
@click.option("--slow", default=5.0, show_default=True, help="CPU seconds of one run flagged as too slow.")
@click.option("--limit", default=60.0, show_default=True, help="Wall seconds before a run counts as a hang.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("/tmp/verify-fuzz-inputs"))
@click.option("--replay", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Run one saved case again (a file this script wrote under --out) with the one --reader given.")
@click.option("--factors", default="1,4,16,64", show_default=True, help="With --replay: the copies of the case run.")
def main(part: str, names: tuple[str, ...], examples: int, subprocesses: int, random_seeds: int, seed: int | None,
         ratio: float, slow: float, limit: float, out: Path, replay: Path | None, factors: str) -> None:
    """Feed every reader hostile input; print every crash, hang and super-linear growth found."""
    if replay is not None:
        _replay(replay, [READERS[n] for n in names], [int(f) for f in factors.split(",")], limit)
        return
    seed = seed if seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    readers = [READERS[n] for n in names] if names else list(READERS.values())
    click.echo(f"seed {seed}; readers: {', '.join(r.name for r in readers)}; load {os.getloadavg()[0]:.1f}")
    findings: list[Finding] = []
    if part in ("all", "random"):
        findings += random_part(readers, examples, rng, limit, subprocesses, out)
    if part in ("all", "growth"):
        seeds = [s.encode() for s in _SEEDS] + [hostile_bytes(rng, 60) for _ in range(random_seeds)]
        findings += growth_part(readers, seeds, ratio, slow, limit, out)
    click.echo(f"\n{len(findings)} finding(s) (seed {seed}):")
    for found in findings:
        click.echo(f"- {found.part} {found.reader}: {found.what} [{found.detail[:200]}] {found.saved or ''}")
        if found.saved:
            times = found.saved.with_suffix(".times").read_text()
            click.echo(f"  reproduce: python scripts/fuzz_inputs.py --replay {found.saved} --reader {found.reader}"
                       f" --factors 1,{times}")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
