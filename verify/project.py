"""The project a run belongs to: its root, how its paths are spelled, and which files it skips.

The root is the folder of the configuration file in force, else the top of
the git work tree, else the current directory. Baselines, SARIF, JUnit,
GitHub and GitLab reports spell every article's path relative to it, so the
same finding has the same path (and fingerprint) whether verify runs from the
repository root or from a subfolder.

Exclusion follows ruff: ``exclude`` (which replaces the defaults below) and
``extend-exclude`` are globs; a pattern without ``/`` matches any file or
folder of that name, one with ``/`` matches the path from the root; ``**``
spans folders. Files that git ignores are skipped too (asked of git itself,
so nested ``.gitignore`` files, ``.git/info/exclude`` and negations behave as
git says), unless ``respect-gitignore = false``.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

# Skipped in every directory walk unless `exclude` is set: snapshot stores, version control, build,
# packaging and environment folders, and the usual repository files that are not articles.
DEFAULT_EXCLUDE: tuple[str, ...] = (
    "snapshots",
    "raw",
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "__pycache__",
    "node_modules",
    "build",
    "dist",
    "site-packages",
    "*.egg-info",
    ".eggs",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "README*",
    "CHANGELOG*",
    "CONTRIBUTING*",
    "LICENSE*",
    "requirements*.txt",
)
_GIT_TIMEOUT = 30.0  # seconds; a git that hangs must not hang the run


def project_root(start: Path, config_path: Path | None) -> Path:
    """The config file's folder, else the git top level above ``start``, else the current directory."""
    if config_path is not None:
        return config_path.parent.resolve()
    top = git_top(start.resolve())
    return top if top is not None else Path.cwd().resolve()


def git_top(directory: Path) -> Path | None:
    """The top of the git work tree holding ``directory`` (a ``.git`` folder or file), or ``None``."""
    for folder in (directory, *directory.parents):
        if (folder / ".git").exists():
            return folder
    return None


def project_path(path: str, root: Path | None) -> str:
    """A path as the project spells it on any machine: relative to ``root`` (default: here), with ``/``.

    URLs and ``-`` stay as they are; a file outside the root keeps its absolute path.
    """
    if path == "-" or path.startswith(("http://", "https://")):
        return path
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, os.path.abspath(root) if root is not None else os.getcwd())
    except ValueError:  # another drive (Windows)
        return absolute
    return absolute if relative.startswith("..") else relative.replace(os.sep, "/")


# A glob token: a literal character, ``?``, a ``[...]`` class, or one of the three wildcards below.
_STAR, _DOUBLE_STAR, _FOLDERS = "*", "**", "**/"  # [^/]*, .*, and (?:.*/)?: no folder, anything, whole folders
_Token = str | re.Pattern[str]  # a wildcard's name, else a pattern of exactly one character
_NOTHING = re.compile("(?!)")  # a class that is no class ("[z-a]", "[@--]") matches no character
# Wildcards a glob may have before it is matched by walking its tokens (linear) rather than as a regular
# expression: the regex backtracks through every way of splitting the path among the wildcards, which is a
# power of the path's length in their number ("*a*a*a*a*a*a*a*a*b" on a name of 60 "a": 22 s; one more pair:
# hours). Globs people write ("**/*.html", "*.egg-info", "drafts/**") have one or two and keep the faster regex.
_REGEX_WILDCARDS = 2


def _tokens(glob: str) -> list[_Token]:
    """A glob as tokens: ``**/`` spans whole folders, ``**`` anything, ``*`` no ``/``."""
    tokens: list[_Token] = []
    i = 0
    while i < len(glob):
        for wildcard in (_FOLDERS, _DOUBLE_STAR, _STAR):
            if glob.startswith(wildcard, i):
                tokens.append(wildcard)
                i += len(wildcard)
                break
        else:
            if glob[i] == "?":
                tokens.append(re.compile("[^/]"))
                i += 1
            elif glob[i] == "[" and "]" in glob[i + 2 :]:
                end = glob.index("]", i + 2)
                tokens.append(_character_class(glob[i + 1 : end]))
                i = end + 1
            else:
                tokens.append(re.compile(re.escape(glob[i]), re.DOTALL))
                i += 1
    return tokens


def _character_class(inside: str) -> re.Pattern[str]:
    body = inside.replace("\\", "\\\\")
    try:
        with warnings.catch_warnings():  # "[--x]": a warning that a later Python reads it otherwise, not for users
            warnings.simplefilter("ignore", FutureWarning)
            return re.compile(f"[{'^' + body[1:] if body.startswith('!') else body}]", re.DOTALL)
    except re.error:
        return _NOTHING


_WILDCARD_REGEX = {_FOLDERS: "(?:.*/)?", _DOUBLE_STAR: ".*", _STAR: "[^/]*"}


@lru_cache(maxsize=256)
def _matcher(glob: str) -> Callable[[str], bool]:
    """Whether a ``/``-separated path matches the glob, as a function."""
    tokens = _tokens(glob)
    if sum(isinstance(token, str) for token in tokens) > _REGEX_WILDCARDS:
        return partial(_walk_tokens, tuple(tokens))
    parts = [_WILDCARD_REGEX[t] if isinstance(t, str) else t.pattern for t in tokens]
    pattern = re.compile("".join(parts) + r"\Z", re.DOTALL)
    return lambda path: pattern.match(path) is not None


def _walk_tokens(tokens: tuple[_Token, ...], path: str) -> bool:
    """The glob's tokens run as a set of states over the path, one character at a time: time is the path's length
    times the glob's, whatever the wildcards. State ``i`` waits at token ``i``; ``~i`` is inside a ``**/`` that has
    taken characters and ends only at a ``/`` (it may no longer take nothing)."""
    states = _closure(tokens, {0})
    for char in path:
        following = set()
        for i in states:
            token = tokens[~i] if i < 0 else tokens[i] if i < len(tokens) else None
            if token == _FOLDERS:
                following.add(~i if i >= 0 else i)  # its folders go on ...
                if char == "/":
                    following.add((~i if i < 0 else i) + 1)  # ... or end here
            elif token == _DOUBLE_STAR or token == _STAR and char != "/":
                following.add(i)
            elif isinstance(token, re.Pattern) and token.match(char):
                following.add(i + 1)
        states = _closure(tokens, following)
        if not states:
            return False
    return len(tokens) in states


def _closure(tokens: tuple[_Token, ...], states: set[int]) -> set[int]:
    """The states plus every state after wildcards that may take nothing."""
    pending = list(states)
    while pending:
        i = pending.pop()
        if 0 <= i < len(tokens) and isinstance(tokens[i], str) and i + 1 not in states:
            states.add(i + 1)
            pending.append(i + 1)
    return states


def matches(glob: str, relative: str) -> bool:
    """Whether a project path matches ``glob`` (no ``/``: any part's name; else the whole path)."""
    glob = glob.strip().removeprefix("./").rstrip("/")
    if "/" not in glob:
        return any(_matcher(glob)(part) for part in relative.split("/"))
    return _matcher(glob)(relative)


def _inside(path: Path, root: Path) -> str | None:
    """``path`` relative to ``root`` with ``/``, or ``None`` when it lies outside."""
    absolute = Path(os.path.abspath(path))
    return absolute.relative_to(root).as_posix() if absolute.is_relative_to(root) else None


@dataclass(frozen=True, slots=True)
class Exclusion:
    """The globs a run skips, relative to the project root, and whether git's ignore rules apply."""

    root: Path
    globs: tuple[str, ...] = DEFAULT_EXCLUDE
    gitignore: bool = True

    def excludes(self, path: Path) -> bool:
        """Whether the file or folder at ``path`` is skipped by a glob or ignored by git.

        Folders outside the root are never matched by part (a checkout under ``~/build/`` is
        not excluded): only the name of what is asked about, and its path from the root.
        """
        relative = _inside(path, self.root.absolute())
        if any(matches(glob, relative if relative is not None else path.name) for glob in self.globs):
            return True
        return self.gitignore and _git_ignored(path)


def _git_ignored(path: Path) -> bool:
    absolute = path.absolute()
    top = git_top(absolute.parent)
    if top is None:
        return False
    if not absolute.is_relative_to(top):
        return False
    ignored = _ignored_in(top)
    relative = absolute.relative_to(top).as_posix()
    return bool({relative, f"{relative}/"} & ignored) or any(relative.startswith(f) for f in _folders(ignored))


@lru_cache(maxsize=16)
def _ignored_in(top: Path) -> frozenset[str]:
    """The untracked paths git ignores in the work tree at ``top`` (folders end with ``/``)."""
    import subprocess  # imported here: only a directory walk or --force-exclude asks git

    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"],
            cwd=top,
            capture_output=True,
            timeout=_GIT_TIMEOUT,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()  # no git, or not a work tree git accepts: nothing is ignored
    return frozenset(os.fsdecode(item) for item in listed.split(b"\0") if item)


@lru_cache(maxsize=16)
def _folders(ignored: frozenset[str]) -> tuple[str, ...]:
    return tuple(item for item in ignored if item.endswith("/"))


def unique(paths: Iterable[str]) -> list[str]:
    """Paths in order, each file once however many links or spellings lead to it."""
    seen: set[str] = set()
    kept = []
    for path in paths:
        key = os.path.realpath(path) if not path.startswith(("http://", "https://")) and path != "-" else path
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept
