"""Configuration files: ``[tool.verify]`` in ``pyproject.toml``, or ``verify.toml``.

The configuration of an article is the nearest one found by walking up from
its directory: in each directory ``verify.toml`` first, then a
``pyproject.toml`` that has a ``[tool.verify]`` table (one without it is
passed over, as ruff and black do). Keys are the long option names of
``verify check``; each value is checked by the same click type as the option,
so the file and the command line accept exactly the same values. Paths in a
file are relative to the directory holding it. The command line wins.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from .errors import InputError
from .models import Severity
from .report import FORMATS
from .rules import codes

# --fail-on levels: the least severity that makes the run exit 1 (None: never).
FAIL_ON: dict[str, Severity | None] = {
    "error": Severity.ERROR,
    "warning": Severity.WARNING,
    "note": Severity.NOTE,
    "never": None,
}

# --show levels: the least severity the text, GitHub and SARIF reports list ("all": verified too).
SHOW: dict[str, Severity] = {
    "error": Severity.ERROR,
    "warning": Severity.WARNING,
    "note": Severity.NOTE,
    "all": Severity.NONE,
}


class _Listed(click.ParamType):
    """A list: comma-separated on the command line, a TOML array in a file; each item checked."""

    name = "list"
    toml_type: type = list

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, ...]:
        items = value if isinstance(value, (list, tuple)) else str(value).split(",")
        if not all(isinstance(item, str) for item in items):
            self.fail(f"expected strings, got {value!r}", param, ctx)
        return tuple(self.item(item.strip(), param, ctx) for item in items if item.strip())

    def item(self, item: str, param: click.Parameter | None, ctx: click.Context | None) -> str:
        return item


class RuleList(_Listed):
    """Rule selectors: codes, code prefixes, rule names, verdict names, or ALL."""

    name = "rules"

    def item(self, item: str, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            codes(item)
        except KeyError:
            self.fail(f"no rule is called {item!r} (see `verify rule --all`)", param, ctx)
        return item


class PerFileIgnores(click.ParamType):
    """Globs and the rules ignored in the files they match: ``GLOB:RULE,RULE`` or a TOML table."""

    name = "glob:rules"
    toml_type: type = dict

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dict[str, tuple[str, ...]]:
        pairs: list[tuple[Any, Any]]
        if isinstance(value, dict):
            pairs = list(value.items())
        elif isinstance(value, str) and ":" in value:
            glob, names = value.rsplit(":", 1)
            pairs = [(glob, names)]
        else:
            self.fail(f"expected GLOB:RULE[,RULE...], got {value!r}", param, ctx)
        return {str(glob): RuleList().convert(names, param, ctx) for glob, names in pairs}


# Longer than any wait verify means (a timeout, a budget per article); 1e12 s overflows time_t in
# the interval timer of the time budget (OverflowError, read as the article's internal error).
LONGEST_WAIT_SECONDS = 365 * 86_400


class Seconds(click.FloatRange):
    """A number of seconds from ``least`` to a year: "nan" passes every comparison of a range, and
    "inf", 1e400 in TOML or 1e12 overflow the system's timers (time_t) where verify waits."""

    def __init__(self, least: float) -> None:
        super().__init__(min=least, max=LONGEST_WAIT_SECONDS)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        seconds = super().convert(value, param, ctx)
        if math.isnan(seconds):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        return seconds


class StoreLocation(click.ParamType):
    """Where saved sources are: a snapshot directory, or a ``postgresql://`` URL of a shared store."""

    name = "directory|url"
    toml_type: type = str

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if isinstance(value, str) and value.startswith(DATABASE_SCHEMES):
            return value
        return str(click.Path(file_okay=False).convert(value, param, ctx))


DATABASE_SCHEMES = ("postgresql://", "postgres://")  # a store location with one of these is a database

# The keys a configuration may set: the long option names of `verify check`, each with the click
# type that checks its value on the command line and in a file alike.
OPTIONS: dict[str, click.ParamType] = {
    "snapshots": click.Path(file_okay=False),
    "format": click.Choice(list(FORMATS)),
    "output": click.Path(dir_okay=False),
    "fail-on": click.Choice(list(FAIL_ON)),
    "exit-zero": click.BOOL,
    "max-bytes": click.IntRange(min=1),
    "timeout": Seconds(0.1),
    "color": click.Choice(["auto", "always", "never"]),
    "jobs": click.IntRange(min=1),
    "baseline": click.Path(dir_okay=False),
    "time-budget": Seconds(0),  # seconds per article; 0: no limit
    "allow-private-addresses": click.BOOL,
    "show": click.Choice(list(SHOW)),
    "quiet": click.BOOL,
    "statistics": click.BOOL,
    "select": RuleList(),
    "extend-select": RuleList(),
    "ignore": RuleList(),
    "per-file-ignores": PerFileIgnores(),
    "exclude": _Listed(),
    "extend-exclude": _Listed(),
    "respect-gitignore": click.BOOL,
    "force-exclude": click.BOOL,
    "store": StoreLocation(),
}
_PATH_KEYS = frozenset({"snapshots", "store", "output", "baseline"})  # resolved against the file's directory
# The file a run writes over: a configuration kept in a repository may aim it only inside its own folder, so a
# checked-out draft's settings cannot make a CI runner write its report over a file elsewhere ("/etc/passwd").
_WRITTEN_KEYS = frozenset({"output"})

# The file names looked for in each directory, first match wins, with the table that holds the keys.
_FILES: tuple[tuple[str, tuple[str, ...]], ...] = (("verify.toml", ()), ("pyproject.toml", ("tool", "verify")))


class ConfigError(InputError):
    """A configuration file that cannot be read, or a key or value it may not hold."""


@dataclass(frozen=True, slots=True)
class Config:
    """The checked settings of one configuration file; path values are absolute."""

    path: Path
    values: Mapping[str, Any]


def find_config(start: Path) -> Config | None:
    """The nearest configuration at or above the directory ``start``, or ``None``."""
    directory = start.resolve()
    for folder in (directory, *directory.parents):
        for name, table in _FILES:
            candidate = folder / name
            if candidate.is_file():
                config = load_config(candidate, table)
                if config is not None:
                    return config
    return None


def load_config(path: Path, table: tuple[str, ...] = ()) -> Config | None:
    """Read and check one file; ``None`` when it has no ``table`` (a pyproject without [tool.verify])."""
    import tomllib  # imported here: a run with no configuration file never parses TOML

    try:
        data: Any = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), f"cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), f"not valid TOML: {error}") from None
    for key in table:
        data = data.get(key) if isinstance(data, dict) else None
    if data is None:
        return None
    where = f"[{'.'.join(table)}]" if table else ""
    if not isinstance(data, dict):
        raise ConfigError(str(path), f"{where or 'the file'} must be a table of settings")
    return Config(path, {key: _value(path, where, key, value) for key, value in data.items()})


def _value(path: Path, where: str, key: str, value: Any) -> Any:
    label = f"{where} {key}".strip()
    if key not in OPTIONS:
        known = ", ".join(OPTIONS)
        raise ConfigError(str(path), f"unknown key {key!r} in {where or 'the file'} (known keys: {known})")
    expected = _toml_type(OPTIONS[key])
    if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
        raise ConfigError(str(path), f"{label}: expected {_TYPE_NAMES[expected]}, got {value!r}")
    try:
        converted = OPTIONS[key].convert(value, None, None)
    except click.BadParameter as error:
        raise ConfigError(str(path), f"{label}: {error.message}") from None
    if key not in _PATH_KEYS or str(converted).startswith(DATABASE_SCHEMES):
        return converted
    resolved = path.parent / converted
    if key in _WRITTEN_KEYS and not _inside(resolved, path.parent):
        raise ConfigError(
            str(path), f"{label}: {str(converted)!r} is outside this file's folder (name it with --output to write there)"
        )
    return str(resolved)


def _inside(target: Path, folder: Path) -> bool:
    """Whether ``target``, links followed, is ``folder`` or below it."""
    return Path(os.path.realpath(target)).is_relative_to(os.path.realpath(folder))


# TOML value types per kind of click type: a file says `jobs = 4` and `exit-zero = true`, not strings.
_TYPE_NAMES = {
    bool: "true or false",
    int: "an integer",
    (int, float): "a number",
    str: "a string",
    list: "an array of strings",
    dict: "a table of globs to arrays of rules",
}


def _toml_type(param_type: click.ParamType) -> type | tuple[type, ...]:
    declared: type | None = getattr(param_type, "toml_type", None)
    if declared is not None:
        return declared
    if isinstance(param_type, click.types.BoolParamType):
        return bool
    if isinstance(param_type, click.types.IntParamType):
        return int
    if isinstance(param_type, click.types.FloatParamType):
        return (int, float)
    return str
