"""Compiled regular expressions kept between runs: start-up without compiling the cue grammar again.

Importing verify and building the cue grammar compiles a few hundred
patterns, some of them alternations of every cue verb; Python compiles
each from its source on every start (re keeps no cache between
processes), which took most of a short check's time (about 0.5 s of CPU).
Inside :func:`compiled_regexes`, a pattern compiled before is rebuilt from
the program SRE made of it then, read from a file in the user's cache
directory (``$VERIFY_CACHE_DIR``, else ``$XDG_CACHE_HOME/verify``, else
``~/.cache/verify``; ``VERIFY_CACHE_DIR=""`` turns it off), one for each
installation of verify (a file another installation has not written for 30
days is removed).

Importing verify only reads that file: a library import never writes to the
user's home. The programs compiled since are written when a check needs the
cue grammar (``compiled_regexes(save=True)`` around building it), which is
when a run has shown it will be worth it; a directory that cannot be made or
written is no error (the patterns are compiled again next time).

The program is what ``re``'s own compiler hands to ``_sre.compile``, so the
pattern object is the one ``re.compile`` makes; SRE validates the program
again when it is loaded. The file is named by the Python version and SRE's
magic number, so another interpreter never reads it; when a later Python
changes these internals, or the file cannot be read or written, patterns
are compiled as usual. The hook is installed only while verify imports and
builds its grammar, never left in a library user's process.

verify's own modules are kept the same way when Python keeps no bytecode of
its own for them (``PYTHONDONTWRITEBYTECODE`` set, a read-only install, an
editable install in such an environment): the import system's
``source_to_code`` is asked then, and within the block it returns the code
compiled from the same source (by file and digest) in an earlier run.
Compiling verify's sources was two thirds of a one-article check's CPU on
such a machine (0.38 -> 0.16 s with them kept).

The methods of verify's frozen dataclasses (``__init__``, ``__repr__``,
``__eq__`` ...) are kept the same way: :mod:`dataclasses` writes each one's
source and ``exec``-utes it, and compiling those 240 small functions was a
fifth of importing verify (0.04 s of CPU). Within the block, the compiled code
of a source compiled before is read from a second file (named by the
Python version: its bytecode is that version's) and run as ``exec`` would
run the source (compiled with no ``__future__`` flags, as in
:mod:`dataclasses`).
"""

from __future__ import annotations

import builtins
import dataclasses
import hashlib
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

try:  # CPython's internals: present from 3.11 on; without them nothing is cached
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another interpreter
    _sre = None
from importlib._bootstrap_external import SourceLoader as _SourceLoader  # the loaders' base (not importlib.abc's)

_compile_source = _SourceLoader.source_to_code  # the import system's own (a plain function on the class)

# (flags, program, groups, group numbers by name, group names by number). The program is saved as the
# bytes of an array: marshal reads a list of a million ints ten times slower.
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_CODE = "I"  # SRE's code words are 32 bits (checked against _sre.CODESIZE)
# Bytes of programs kept (one version's patterns, every language's grammar built, are about 2 MB); past that, the
# patterns of earlier versions (every upgrade adds its own), only the ones this process used: the file is read
# by every run, and at 50 MB reading it cost 0.1 s of CPU.
_MAX_SAVED_BYTES = 8 * 2**20
_cache: dict[tuple[str | bytes, int], _Program] | None = None
_used: set[tuple[str | bytes, int]] = set()
_added = False
_depth = 0
# The dataclasses' methods: compiled code by source. Past this many characters of source (one version's are
# about 110,000), only the ones this process used are kept.
_MAX_SAVED_SOURCE = 1_000_000
_functions: dict[str, CodeType] | None = None
_functions_used: set[str] = set()
_functions_added = False
# verify's own modules: compiled code by source file and digest of its source, for a Python that may not keep its
# own (``PYTHONDONTWRITEBYTECODE``, a read-only install). Past this many bytes of code (one version's are about
# 1.5 MB), only the modules this process imported are kept.
_MAX_SAVED_CODE = 8 * 2**20
_modules: dict[str, bytes] | None = None
_modules_used: set[str] = set()
_modules_added = False
_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep  # where verify is installed
_DIGEST_BYTES = 16


@contextmanager
def compiled_regexes(*, save: bool = False) -> Iterator[None]:
    """Within this block ``re`` reuses programs saved by an earlier run; with ``save``, the programs compiled
    since the file was read (in this block or an earlier one) are written at its end."""
    global _depth
    original = _compiler.compile if _sre is not None else None
    if original is None or getattr(_sre, "CODESIZE", 0) != array(_CODE).itemsize or _location() is None:
        yield
        return
    _depth += 1
    if _depth == 1:
        _load()
        _compiler.compile = _cached(original)
        dataclasses.exec = _exec  # type: ignore[attr-defined]  # a module global: found before the builtin
        _SourceLoader.source_to_code = _source_to_code  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            _compiler.compile = original
            del dataclasses.exec  # type: ignore[attr-defined]
            _SourceLoader.source_to_code = _compile_source  # type: ignore[method-assign]
        if save:
            _save()


def _cached(original: Callable[..., re.Pattern]) -> Callable[..., re.Pattern]:
    def compile(p: Any, flags: int = 0) -> re.Pattern:
        global _added
        if not isinstance(p, str | bytes) or _cache is None:
            return original(p, flags)
        key = (p, int(flags))
        _used.add(key)
        saved = _cache.get(key)
        if saved is not None:
            try:
                return _pattern(p, saved)
            except Exception:  # a program this SRE refuses: compile it anew (and save that)
                del _cache[key]
        _cache[key] = program = _program(p, flags)
        _added = True
        return _pattern(p, program)

    return compile


def _exec(source: Any, globals: dict | None = None, locals: dict | None = None) -> None:
    """``exec`` as :mod:`dataclasses` calls it, the source's compiled code reused from an earlier run."""
    global _functions_added
    if not isinstance(source, str) or _functions is None:
        return builtins.exec(source, globals, locals)
    _functions_used.add(source)
    code = _functions.get(source)
    if code is None:
        code = _functions[source] = compile(source, "<string>", "exec", dont_inherit=True)
        _functions_added = True
    return builtins.exec(code, globals, locals)


def _source_to_code(loader: Any, data: Any, path: Any, *, _optimize: int = -1) -> CodeType:
    """What the import system's ``SourceLoader.source_to_code`` makes of a module's source, read from an earlier run
    for verify's own modules (the loader asks only when Python keeps no bytecode file of its own for the module)."""
    global _modules_added
    if _modules is None or _optimize != -1 or not isinstance(path, str) or not path.startswith(_PACKAGE):
        return _compile_source(loader, data, path, _optimize=_optimize)
    key = f"{path}\0{_digest(bytes(data)).hex()}"
    _modules_used.add(key)
    saved = _modules.get(key)
    code = _unmarshal(saved) if saved is not None else None
    if not isinstance(code, CodeType):
        code = _compile_source(loader, data, path, _optimize=_optimize)
        _modules[key] = marshal.dumps(code)
        _modules_added = True
    return code


def _program(p: str | bytes, flags: int) -> _Program:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for this pattern."""
    parsed = _parser.parse(p, flags)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in parsed.state.groupdict.items():
        indexgroup[number] = name
    code = array(_CODE, _compiler._code(parsed, flags)).tobytes()
    groups = dict(parsed.state.groupdict)
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groups, tuple(indexgroup))


def _pattern(p: str | bytes, program: _Program) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(p, flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)


def _location() -> Path | None:
    configured = os.environ.get("VERIFY_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):
            return None  # no home directory known: nowhere to keep it (never the current directory)
        base = os.path.join(home, ".cache")
    return Path(base) / "verify"


def _file(kind: str = "regex") -> Path:
    # Named by the installation too (its folder), not the Python alone: every run reads the whole file and a save
    # writes it whole, so installations sharing one file (two virtual environments, a CI checkout and a working
    # copy) undid each other's saves, and past its size a save keeps only what its own run used: each then compiled
    # most of its modules and grammar again on every start (a one-page check 1.14 G instructions with a file of its
    # own, 2.4-4.0 G with the file eight checkouts shared).
    tag = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_PACKAGE}".encode()).hexdigest()[:16]
    directory = _location()
    assert directory is not None
    return directory / f"{kind}-{tag}.marshal"


def _load() -> None:
    global _cache, _added, _functions, _functions_added, _modules, _modules_added
    if _cache is None:
        _added = False
        loaded = _unmarshal(_read(_file()))
        _cache = loaded if isinstance(loaded, dict) else {}
    if _functions is None:
        _functions_added = False
        _functions = {k: v for k, v in _checked("functions") if isinstance(k, str) and isinstance(v, CodeType)}
    if _modules is None:
        _modules_added = False
        _modules = {k: v for k, v in _checked("modules") if isinstance(k, str) and isinstance(v, bytes)}


def _checked(kind: str) -> Iterable[tuple[object, object]]:
    """The items of a file of compiled code. Bytecode is run as it is read (no validator, unlike SRE's programs): the
    file starts with a digest of the rest, and a file damaged anywhere (cut short by a full disk, a flipped bit) is not
    read at all."""
    data = _read(_file(kind))
    payload = data[_DIGEST_BYTES:]
    loaded = _unmarshal(payload) if data[:_DIGEST_BYTES] == _digest(payload) else None
    return loaded.items() if isinstance(loaded, dict) else ()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""  # none yet or unreadable: compiled as usual, then written again


def _unmarshal(data: bytes) -> object:
    try:
        return marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None  # damaged: compiled as usual, then written again


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=_DIGEST_BYTES).digest()


def _save() -> None:
    global _added, _functions_added, _modules_added
    if _added and _cache is not None:
        _added = False
        size = sum(len(program[1]) for program in _cache.values())
        kept = _cache if size <= _MAX_SAVED_BYTES else {k: v for k, v in _cache.items() if k in _used}
        _write(_file(), marshal.dumps(kept))
    if _functions_added and _functions is not None:
        _functions_added = False
        size = sum(map(len, _functions))
        kept_functions = _functions if size <= _MAX_SAVED_SOURCE else {k: _functions[k] for k in _functions_used}
        _write_checked("functions", kept_functions)
    if _modules_added and _modules is not None:
        _modules_added = False
        size = sum(map(len, _modules.values()))
        kept_modules = _modules if size <= _MAX_SAVED_CODE else {k: _modules[k] for k in _modules_used}
        _write_checked("modules", kept_modules)


def _write_checked(kind: str, items: dict[str, Any]) -> None:
    payload = marshal.dumps(items)
    _write(_file(kind), _digest(payload) + payload)


def _write(path: Path, data: bytes) -> None:
    import tempfile  # imported here: most runs read the file and write nothing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside, then renamed: a reader sees the old file or the new one, never half of one.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        _forget_stale(path)
    except OSError:
        pass  # a read-only home: compiled again next time, nothing else lost


# A file of another installation (or of an earlier naming) not written for this long is removed when a run saves:
# an installation deleted since leaves nothing behind for good. One still in use writes its file again when it next
# compiles something (a new version, a new language).
_STALE_SECONDS = 30 * 24 * 3600


def _forget_stale(written: Path) -> None:
    kind = written.name.split("-", 1)[0]
    old = written.stat().st_mtime - _STALE_SECONDS
    for entry in os.scandir(written.parent):
        if entry.name.startswith(f"{kind}-") and entry.name.endswith(".marshal") and entry.stat().st_mtime < old:
            os.unlink(entry.path)
