"""Compiled patterns saved between runs: the same report with the cache cold, warm, damaged or off."""

from __future__ import annotations

import dataclasses
import importlib.machinery
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from verify import _regexcache

ARTICLE = FIXTURES / "rutte-kyiv" / "article.txt"


def _check(cache: str, environment: dict[str, str] | None = None) -> str:
    """The JSON report of a fixture article, in a fresh process with ``VERIFY_CACHE_DIR=cache``."""
    env = {**(environment or os.environ), "VERIFY_CACHE_DIR": cache}
    done = subprocess.run(
        [sys.executable, "-m", "verify", str(ARTICLE), "--format", "json", "--jobs", "1"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ARTICLE.parent,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def _saved(directory: Path) -> list[Path]:
    return sorted(directory.glob("regex-*.marshal"))


def test_a_warm_cache_gives_the_report_of_no_cache(tmp_path: Path) -> None:
    uncached = _check("")
    assert _check(str(tmp_path)) == uncached  # cold: compiles, then saves
    [saved] = _saved(tmp_path)
    size, modified = saved.stat().st_size, saved.stat().st_mtime_ns
    assert size > 10_000  # the cue grammar's programs are in it
    assert _check(str(tmp_path)) == uncached  # warm: every pattern rebuilt from the file
    assert (saved.stat().st_size, saved.stat().st_mtime_ns) == (size, modified)  # nothing new to save


def test_a_damaged_cache_is_compiled_again_and_replaced(tmp_path: Path) -> None:
    uncached = _check("")
    _check(str(tmp_path))
    [saved] = _saved(tmp_path)
    good = saved.read_bytes()
    saved.write_bytes(good[: len(good) // 2])  # cut short, as by a full disk
    assert _check(str(tmp_path)) == uncached
    assert saved.read_bytes() == good


def test_off_writes_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "VERIFY_CACHE_DIR": "", "XDG_CACHE_HOME": str(tmp_path), "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "import verify.cli"], check=True, env=env)
    assert not list(tmp_path.rglob("*"))


def _clean_env(home: Path) -> dict[str, str]:
    """The environment of a user whose home is ``home``, with no cache setting of their own."""
    env = {k: v for k, v in os.environ.items() if k not in ("VERIFY_CACHE_DIR", "XDG_CACHE_HOME")}
    return {**env, "HOME": str(home)}


def test_importing_verify_writes_nothing(tmp_path: Path) -> None:
    # A library import (and the CLI's modules) only read the cache: nothing appears in the user's home.
    code = "import verify, verify.cli, verify.extract.cues"
    subprocess.run([sys.executable, "-c", code], check=True, env=_clean_env(tmp_path), cwd=tmp_path)
    assert not list(tmp_path.rglob("*"))


def test_a_check_saves_in_the_default_place(tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "verify", str(ARTICLE), "--format", "json", "--jobs", "1"],
        capture_output=True,
        env=env,
        cwd=ARTICLE.parent,
    )
    assert done.returncode in (0, 1), done.stderr
    assert len(_saved(tmp_path / ".cache" / "verify")) == 1  # a check needs the grammar: then it is saved


def test_an_unwritable_cache_directory_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    assert _check(str(blocker / "cache")) == _check("")  # the directory cannot be made: compiled, not saved
    assert blocker.read_text() == "not a directory"


def test_past_its_size_the_file_keeps_only_the_programs_this_process_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERIFY_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_regexcache, "_MAX_SAVED_BYTES", 64 * 1024)
    monkeypatch.setattr(_regexcache, "_cache", None)
    monkeypatch.setattr(_regexcache, "_used", set())
    with _regexcache.compiled_regexes(save=True):
        re.compile("(?:an|older|version's)+ pattern")  # written: the file is small
    assert _saved(tmp_path)
    monkeypatch.setattr(_regexcache, "_cache", None)
    monkeypatch.setattr(_regexcache, "_used", set())
    with _regexcache.compiled_regexes(save=True):
        re.compile("|".join(f"cue{n}" for n in range(4_000)))  # over the size: the older pattern goes
    monkeypatch.setattr(_regexcache, "_cache", None)
    _regexcache._load()
    assert [p for p, _ in _regexcache._cache or {}] == ["|".join(f"cue{n}" for n in range(4_000))]


def test_each_installation_keeps_its_own_file_and_a_long_unused_one_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two installations sharing one file undid each other's saves, and each compiled most of its patterns again.
    monkeypatch.setenv("VERIFY_CACHE_DIR", str(tmp_path))
    files = []
    for installation, pattern in (("/venv-a/verify/", "first (?:pattern)"), ("/venv-b/verify/", "second (?:one)")):
        monkeypatch.setattr(_regexcache, "_PACKAGE", installation)
        monkeypatch.setattr(_regexcache, "_cache", None)
        with _regexcache.compiled_regexes(save=True):
            re.compile(pattern)
        files.append(_regexcache._file())
    assert files[0] != files[1] and _saved(tmp_path) == sorted(files)
    monkeypatch.setattr(_regexcache, "_cache", None)
    _regexcache._load()  # the second installation's file holds its own pattern, the first's was not undone
    assert [p for p, _ in _regexcache._cache or {}] == ["second (?:one)"]
    month = 31 * 24 * 3600
    os.utime(files[0], (files[0].stat().st_atime - month, files[0].stat().st_mtime - month))
    with _regexcache.compiled_regexes(save=True):
        re.compile("a third (?:one)")
    assert _saved(tmp_path) == [files[1]]  # not written for a month: its installation is gone


def _functions_file(directory: Path) -> Path:
    [saved] = sorted(directory.glob("functions-*.marshal"))
    return saved


def test_dataclass_methods_compiled_before_are_reused_and_a_damaged_file_is_not_read(tmp_path: Path) -> None:
    uncached = _check("")
    assert _check(str(tmp_path)) == uncached  # cold: the dataclasses' methods compiled, then saved
    saved = _functions_file(tmp_path)
    good = saved.read_bytes()
    assert _check(str(tmp_path)) == uncached and saved.read_bytes() == good  # warm: nothing new to save
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0xFF  # a flipped bit in the bytecode: the digest no longer matches
    saved.write_bytes(bytes(flipped))
    assert _check(str(tmp_path)) == uncached
    assert saved.read_bytes() == good  # compiled again and written whole


def test_a_dataclass_made_with_saved_methods_is_the_same_class(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERIFY_CACHE_DIR", str(tmp_path))

    def made() -> type:
        @dataclasses.dataclass(frozen=True, slots=True, order=True)
        class Span:
            start: int
            end: int = 0
            label: str | None = None

        return Span

    plain = made()
    for _ in range(2):  # compiled and saved, then read back from the file
        monkeypatch.setattr(_regexcache, "_functions", None)
        with _regexcache.compiled_regexes(save=True):
            cached = made()
    assert _functions_file(tmp_path).stat().st_size > 0 and not hasattr(dataclasses, "exec")
    a, b = plain(1, 2, "x"), cached(1, 2, "x")
    assert (repr(a), hash(a), a < plain(2)) == (repr(b), hash(b), b < cached(2))
    assert cached.__init__.__annotations__ == plain.__init__.__annotations__  # no __future__ flags leak in
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.start = 3  # type: ignore[misc]


def _modules_file(directory: Path) -> Path:
    [saved] = sorted(directory.glob("modules-*.marshal"))
    return saved


def test_modules_compiled_before_are_reused_and_a_damaged_file_is_not_read(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}  # Python keeps no bytecode of its own: verify's is read
    uncached = _check("")
    assert _check(str(tmp_path), env) == uncached  # cold: verify's modules compiled, then saved
    saved = _modules_file(tmp_path)
    good = saved.read_bytes()
    assert len(good) > 100_000
    assert _check(str(tmp_path), env) == uncached and saved.read_bytes() == good  # warm: nothing new to save
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0xFF  # the digest no longer matches: nothing of the file is run
    saved.write_bytes(bytes(flipped))
    assert _check(str(tmp_path), env) == uncached
    assert saved.read_bytes() == good  # compiled again and written whole


def test_a_module_is_compiled_again_when_its_source_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERIFY_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_regexcache, "_modules", None)
    path = _regexcache._PACKAGE + "example_module.py"
    namespace: dict[str, object] = {}
    with _regexcache.compiled_regexes(save=True):
        loader = importlib.machinery.SourceFileLoader("verify.example_module", path)
        for source in (b"VALUE = 1\n", b"VALUE = 2\n", b"VALUE = 1\n"):
            exec(loader.source_to_code(source, path), namespace)
            assert namespace["VALUE"] == int(source[-2:-1])
    assert len(_regexcache._modules or {}) == 2  # one compiled code per source, by its digest
    other = tmp_path / "elsewhere.py"  # a module outside verify is left to Python
    assert importlib.machinery.SourceFileLoader("elsewhere", str(other)).source_to_code(b"X = 3\n", str(other))
    assert len(_regexcache._modules or {}) == 2
    assert importlib.machinery.SourceFileLoader.source_to_code is _regexcache._compile_source  # unhooked after


_PARSED_IN_CHECK = """
import sys
from re import _parser

import verify
from verify.extract import cues

parsed = []
parse = _parser.parse
_parser.parse = lambda p, flags=0, state=None: parsed.append(p) or parse(p, flags, state)
verify.check([sys.argv[1]], verify.CheckOptions(snapshots="/nonexistent", jobs=1))
_parser.parse = parse
built = {
    p.pattern
    for builder in cues._LANGUAGE_PATTERNS
    for value in [builder(cues.grammar("de").lexicon.code)]
    for p in (value if isinstance(value, tuple) else (value,))
    if p is not None
}
print(len(built), len(built & set(parsed)))
"""


def test_a_languages_patterns_are_loaded_with_its_grammar_not_compiled(tmp_path: Path) -> None:
    # The patterns of the per-language builders (the quotes reader's, the cast's) are built with the grammar, inside
    # the regex cache's block: a second run of a German article parses none of them again (compiled lazily outside
    # the block, they were compiled on every run, 8.5% of a count of 30 real pages).
    article = tmp_path / "artikel.txt"
    article.write_text("Die Bürgermeisterin Anna Beispiel sagte am Montag: „Wir bauen die Brücke neu.“\n")
    env = {**os.environ, "VERIFY_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-c", _PARSED_IN_CHECK, str(article)]
    cold = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout.split()
    warm = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout.split()
    assert int(cold[0]) > 20 and int(cold[1]) > 20  # compiled the first time
    assert warm == [cold[0], "0"]  # then loaded


_LANGUAGE_PATTERNS = """
import dataclasses, re
from verify.extract import cues
from verify.lexicon import LEXICONS

def walk(value):
    if isinstance(value, re.Pattern):
        yield value.pattern
    elif isinstance(value, tuple):
        for item in value:
            yield from walk(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from walk(getattr(value, field.name))

for code in LEXICONS:
    print(code, *walk(cues.grammar(code)), *(p for builder in cues._LANGUAGE_PATTERNS for p in walk(builder(code))))
"""


def test_every_languages_patterns_are_the_same_in_every_process() -> None:
    # The cache finds a program by its pattern's source: a pattern joined from a set in the order it iterates (which
    # the hash seed decides) was compiled again in every run ("sie|Sie|er|Er" of _subjects, the courts' nouns).
    def patterns(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed, "VERIFY_CACHE_DIR": ""}
        command = [sys.executable, "-c", _LANGUAGE_PATTERNS]
        return subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout

    first = patterns("1")
    assert len(first.splitlines()) == 4 and len(first) > 100_000
    assert all(patterns(seed) == first for seed in ("2", "3", "4"))
