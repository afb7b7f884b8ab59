"""Reporters: one module per output format, all behind one small interface.

A reporter is a function ``render(report, options) -> str``. Reporters render
what the judge decided; they never decide anything themselves.
"""

from __future__ import annotations

import importlib
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from json.encoder import encode_basestring
from typing import Any

from ..models import Claim, ClaimKind, Finding, Report, Severity
from ..rules import Rule, rule, worst_first

# Output formats by name, each the module under verify/report/ that renders it. Modules are
# imported on use: a run loads only the format it writes.
FORMATS: dict[str, str] = {
    "text": "text_format",
    "json": "json_format",
    "sarif": "sarif_format",
    "github": "github_format",
    "junit": "junit_format",
    "html": "html_format",
    "gitlab": "gitlab_format",
}


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What a reporter may need to know beyond the report itself.

    ``baseline`` holds the fingerprints a ``--baseline`` file accepted, so that
    SARIF can mark each result new or unchanged; empty when no baseline is used.
    ``show`` is the least severity the text, GitHub and SARIF reports list
    (``NONE``: every claim, verified ones too); ``root`` is the project root
    that paths in machine-read formats and fingerprints are relative to
    (``None``: the current directory).
    """

    color: bool = False
    fail_on: Severity | None = Severity.ERROR  # None: never fail
    baseline: frozenset[str] = frozenset()
    show: Severity = Severity.NONE
    quiet: bool = False  # the text report: the summary only
    statistics: bool = False  # the text report: counts per rule instead of the findings
    root: Path | None = None

    def shows(self, finding: Finding) -> bool:
        """Whether a finding is at or above the level the report lists."""
        return finding.severity.rank >= self.show.rank


Reporter = Callable[[Report, RenderOptions], str]


def reporter(name: str) -> Reporter:
    """The ``render`` function of the format called ``name`` (one of :data:`FORMATS`)."""
    module = importlib.import_module(f".{FORMATS[name]}", __name__)
    return module.render


def summary_line(report: Report) -> str:
    """One line: how many articles, and the count of each verdict, worst first."""
    counts = report.verdict_counts()
    parts = [f"{counts[v]} {v}" for v in worst_first() if v in counts]
    articles = len(report.articles)
    head = f"{articles} article{'s' if articles != 1 else ''} checked"
    errors = f"; {len(report.errors)} input error{'s' if len(report.errors) != 1 else ''}" if report.errors else ""
    suppressed = sum(1 for f in report.findings if f.suppressed)
    hidden = f"; {suppressed} suppressed" if suppressed else ""
    return f"{head}: {', '.join(parts) or 'no claims found'}{hidden}{errors}"


def fails(severity: Severity, fail_on: Severity | None) -> bool:
    """Whether a finding of ``severity`` reaches ``--fail-on`` (``None``: never)."""
    return fail_on is not None and severity is not Severity.NONE and severity.rank >= fail_on.rank


def rule_of(finding: Finding) -> Rule:
    """The rule (stable id, short name, help) a finding was made under."""
    return rule(finding.rule)


def credited(claim: Claim) -> str:
    """Who a claim is credited to, in words: the account of a post, else the speaker."""
    if claim.kind is ClaimKind.POST:
        author = claim.author
        named = " ".join(part for part in (author.name, author.handle) if part) if author else ""
        return named or "an unnamed account"
    return claim.speaker or "an unnamed speaker"


def rule_counts(report: Report) -> list[tuple[Rule, int]]:
    """How many unsuppressed findings each rule made, most first (ties by code)."""
    counts = Counter(f.rule for f in report.findings if not f.suppressed)
    return sorted(((rule(code), n) for code, n in counts.items()), key=lambda item: (-item[1], item[0].code))


# --- untrusted text: file names, quotes and post texts come from people nobody vetted ----------

# Characters that steer a terminal or a log viewer rather than print: C0 controls (ESC starts
# colour and title sequences, CR rewrites a line, LF starts a new one, which is how a workflow
# command is forged), DEL, C1 controls (U+009B is a one-character CSI), and the bidirectional
# overrides and isolates that reorder what a reader sees ("Trojan Source").
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# What a browser collapses into one space in normal text flow (ASCII whitespace only; a no-break
# space stays as it is).
_HTML_WHITESPACE = re.compile("[ \t\n\f\r]+")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\n``): safe on one line."""
    return _CONTROLS.sub(_visible, text)


def claim_text(text: str) -> str:
    """Words as a reader sees them: whitespace runs collapsed as a browser would, controls made visible."""
    return printable(_HTML_WHITESPACE.sub(" ", text).strip())


# Characters JSON may carry raw but that a terminal showing the file would obey (see _CONTROLS).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def dump_json(data: Any) -> str:
    """Indented JSON, non-ASCII kept readable, but every control character escaped as ``\\uXXXX``."""
    chunks: list[str] = []
    try:
        _indented(data, chunks, "\n")
        text = "".join(chunks)
    except _Unusual:
        text = json.dumps(data, ensure_ascii=False, indent=2)
    # Outside strings JSON has only ASCII punctuation, so these can only stand inside strings.
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


# ``json.dumps(data, ensure_ascii=False, indent=2)`` written as json writes it, for what reports hold: dicts with str
# keys, lists, tuples, str, int, float, bool, None. json indents with its pure-Python encoder only (its C one writes
# no indent), every chunk passed up through a generator per level; here the chunks go straight into one list, each
# string encoded by json's own function (the real pages' JSON report: 0.072 -> 0.034 s). Anything else (a key that is
# no str, a subclass, an object json would refuse) is left to json.dumps.
class _Unusual(Exception):
    pass


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: lambda value: "true" if value else "false",
    type(None): lambda value: "null",
}


def _indented(value: Any, chunks: list[str], newline: str) -> None:
    """Append the JSON of a dict, list or tuple (``newline``: a line break and its indent) to ``chunks``."""
    kind = type(value)
    if kind is not dict and kind is not list and kind is not tuple:
        raise _Unusual
    if not value:
        chunks.append("{}" if kind is dict else "[]")
        return
    inner = newline + "  "
    separator = ("{" if kind is dict else "[") + inner
    for key, item in value.items() if kind is dict else zip(itertools.repeat(None), value):
        if kind is dict:
            if type(key) is not str:
                raise _Unusual
            head = f"{separator}{encode_basestring(key)}: "
        else:
            head = separator
        scalar = _SCALARS.get(type(item))
        if scalar is not None:
            chunks.append(head + scalar(item))
        else:
            chunks.append(head)
            _indented(item, chunks, inner)
        separator = "," + inner
    chunks.append(newline + ("}" if kind is dict else "]"))
