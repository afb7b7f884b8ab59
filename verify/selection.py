"""Which rules a run reports: ``select``, ``extend-select``, ``ignore`` and ``per-file-ignores``.

As in ruff: ``select`` replaces the default set (every rule), ``extend-select``
adds to it, ``ignore`` takes away, and ``per-file-ignores`` takes rules away
for the articles whose project path matches a glob. Selectors are codes, code
prefixes, rule names or verdict names (:func:`verify.rules.codes`). A finding
whose rule is not selected is dropped from the report: it is neither shown
nor counted toward the exit status.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .models import Report
from .project import matches, project_path
from .rules import RULES, codes


@dataclass(frozen=True, slots=True)
class Selection:
    """The rules reported everywhere, and those ignored per file glob."""

    selected: frozenset[str] = field(default_factory=lambda: frozenset(r.code for r in RULES))
    per_file: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        per_file_ignores: Mapping[str, Sequence[str]] | None = None,
    ) -> Selection:
        """The selection the options describe; ``KeyError`` names a selector no rule answers to."""
        chosen = _union(select) if select is not None else frozenset(r.code for r in RULES)
        chosen = (chosen | _union(extend_select)) - _union(ignore)
        per_file = {glob: _union(names) for glob, names in (per_file_ignores or {}).items()}
        return cls(chosen, per_file)

    def reports(self, code: str, path: str) -> bool:
        """Whether a finding of rule ``code`` in the article at project path ``path`` is reported."""
        if code not in self.selected:
            return False
        return not any(code in ignored and matches(glob, path) for glob, ignored in self.per_file.items())

    def apply(self, report: Report, root: Path | None) -> Report:
        """The report without the findings this selection leaves out."""
        articles = tuple(
            replace(article, findings=tuple(f for f in article.findings if self.reports(f.rule, where)))
            for article in report.articles
            for where in (project_path(article.path, root),)
        )
        return replace(report, articles=articles)


def _union(selectors: Sequence[str] | None) -> frozenset[str]:
    return frozenset().union(*(codes(s) for s in selectors or ()))
