"""``expectations``: how many of a hand-written article set's expectations the tool meets.

The set (``evaluation/handwritten/``) is held out: written by hand against SPEC,
never tuned on. Each article is a folder holding one article file
(``article.html``, ``article.md`` or ``article.txt``; or the file named by
``"article"``), an optional ``snapshots/`` folder and ``expect.json``::

    {"claims": [{"text_contains": "...", "speaker": "Full Name", "verdict": "altered",
                 "severity": "error", "flags_include": ["number"]}],
     "posts": [{"platform": "x", "handle": "@h", "form": "screenshot", "text_contains": "..."}],
     "absent": ["words that must not be reported as a claim"],
     "absent_posts": ["a URL fragment no body post may carry"],
     "exit": 1}

``"about"`` says in a line what the article tests; ``"issue"`` (on the
article, or on an entry) names the issue whose deliverable it tests, and the
summary totals expectations per issue. The article is checked
with :func:`verify.check` and its snapshots, read back as SPEC's JSON report,
and the exit status is SPEC's under the default ``--fail-on error``. Each entry
is one expectation, met when every field of it holds (each field is also
counted as a check):

- a claim entry is located by ``text_contains`` among the findings of quotes and
  post quotes; its other fields are ``speaker`` (a name, ``null`` for no
  speaker, or a list of acceptable ones), ``mention``, ``verdict`` (a verdict or
  a list of acceptable ones), ``severity``, ``kind``, ``place``,
  ``flags_include``, ``changes_include`` (words the changes or the message
  must name) and ``message_contains``; an entry with no other field expects
  the claim to be reported; ``"every": true`` holds every claim with those
  words to the fields, not just the best one;
- a post entry's fields (``platform``, ``handle``, ``name``, ``id``,
  ``url_contains``, ``form``, ``published``, ``text_contains``, ``verdict``,
  ``severity``, ``flags_include``, ``message_contains``) are checked on the
  article's post that meets most of them among those sharing its id, URL or
  handle;
- each ``absent`` string: no quote or post quote contains it (a post's own text may);
- each ``absent_posts`` string: no body post's URL or text contains it;
- ``exit``: the exit status.

When several findings could be the one meant, the one meeting most fields is
scored (the one meeting fewest with ``"every"``). A field the report does not carry (``form`` before posts have one) is
unmet, never an error. Text comparisons ignore case, typographic quote marks,
dashes and spacing; speakers also ignore a leading definite article in any language of the sets ("the", "der",
"la", "l'", "los": "Der Bauernverband" is "Bauernverband"; a name is never changed by it).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import click

from .. import check
from ..cli import exit_status
from ..models import CheckOptions, Severity
from ..report.json_format import as_dict

EXPECT_FILE = "expect.json"
CRASHED = -1  # the exit status scored for an article the tool raised an exception on
_ARTICLE_SUFFIXES = (".html", ".htm", ".md", ".markdown", ".txt")
_QUOTE_KINDS = ("quote", "post-quote")

# Typographic variants a writer's keyboard and a CMS swap freely; expectations are written with plain ones.
_PLAIN = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "–": "-",
        "—": "-",
        "―": "-",
        "…": "...",
        "\u00a0": " ",
    }
)


@dataclass(frozen=True, slots=True)
class Check:
    """One field of an expectation: what was expected, what the report showed, whether it held."""

    field: str
    expected: object
    found: object
    met: bool


@dataclass(frozen=True, slots=True)
class Outcome:
    """One expectation of one article (a claim, a post, an absence, the exit status) and its field checks.

    It is met when every check is met.
    """

    article: str
    subject: str  # which entry: 'claim "..."', 'post @h', 'absent "..."', 'exit'
    checks: tuple[Check, ...]
    issue: int | None = None  # the issue whose deliverable it tests (the entry's "issue", else the article's)

    @property
    def met(self) -> bool:
        return all(check.met for check in self.checks)


def plain(text: str | None) -> str:
    """``text`` compared loosely: NFKC, plain quote marks and dashes, lower case, single spaces."""
    folded = unicodedata.normalize("NFKC", text or "").translate(_PLAIN).lower()
    return " ".join(folded.split())


def same_speaker(expected: str | None, found: str | None) -> bool:
    """A resolved speaker as expected; ``None`` expects no speaker at all."""
    if expected is None:
        return not found
    return _speaker_key(expected) == _speaker_key(found)


def _speaker_key(name: str | None) -> str:
    key = plain(name).strip(" .,")
    first, _, rest = key.partition(" ")
    if first in _OPENERS and rest:
        return rest
    elided = next((o for o in _ELIDED if key.startswith(o)), "")
    return key[len(elided) :] if elided and len(key) > len(elided) else key


# The definite articles that open a description as a speaker ("the union", "der Verband", "l'autrice") in the
# languages of the sets: whether a report writes them is no matter of who the speaker is.
_OPENERS = frozenset("the der die das le la les el los las".split())
_ELIDED = ("l'",)


def _contains(haystack: str | None, needle: str) -> bool:
    return plain(needle) in plain(haystack)


def _as_list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


# -- one check per expectation field: (expected value, finding or post record) -> (met, what was found) ---------


def _verdict(expected: object, finding: dict | None) -> tuple[bool, object]:
    found = finding.get("verdict") if finding else None
    return found in _as_list(expected), found


def _severity(expected: object, finding: dict | None) -> tuple[bool, object]:
    found = finding.get("severity") if finding else None
    return found in _as_list(expected), found


def _flags(expected: object, finding: dict | None) -> tuple[bool, object]:
    found = sorted({flag for change in (finding or {}).get("changes") or [] for flag in change.get("flags") or []})
    return all(flag in found for flag in _as_list(expected)), found


def _changes(expected: object, finding: dict | None) -> tuple[bool, object]:
    changed = [f"{c.get('claim', '')} / {c.get('source', '')}" for c in (finding or {}).get("changes") or []]
    text = " | ".join(changed)
    message = (finding or {}).get("message") or ""
    return all(_contains(text, word) or _contains(message, word) for word in _as_list(expected)), text or message


def _message(expected: object, finding: dict | None) -> tuple[bool, object]:
    found = (finding or {}).get("message")
    return all(_contains(found, part) for part in _as_list(expected)), found


_FINDING_FIELDS: dict[str, Callable[[object, dict | None], tuple[bool, object]]] = {
    "verdict": _verdict,
    "severity": _severity,
    "flags_include": _flags,
    "changes_include": _changes,
    "message_contains": _message,
}


# -- claims -------------------------------------------------------------------------------------------------------

Checks = dict[str, tuple[bool, object]]


def _claim_checks(expect: dict, finding: dict, quote: dict | None) -> Checks:
    claim = finding["claim"]
    checks: Checks = {}
    for key, expected in expect.items():
        if key == "text_contains":
            continue
        if key == "speaker":
            found = claim.get("speaker")
            checks[key] = (any(same_speaker(e, found) for e in _as_list(expected)), found)
        elif key == "mention":
            found = quote.get("mention") if quote else None
            checks[key] = (any(_speaker_key(e) == _speaker_key(found) for e in _as_list(expected)), found)
        elif key in ("kind", "place"):
            checks[key] = (claim.get(key) in _as_list(expected), claim.get(key))
        elif key in _FINDING_FIELDS:
            checks[key] = _FINDING_FIELDS[key](expected, finding)
        else:
            raise click.UsageError(f"unknown claim expectation field {key!r}")
    return checks


def _met(checks: Checks) -> int:
    return sum(1 for met, _ in checks.values() if met)


def _outcome(name: str, subject: str, expect: dict, fields: list[str], best: Checks | None, missing: str) -> Outcome:
    """The outcome of an entry from its best candidate's checks, or each of ``fields`` unmet when there was none."""
    if best is None:
        fields = fields or ["reported"]
        return Outcome(name, subject, tuple(Check(k, expect.get(k, True), missing, False) for k in fields))
    if not best:
        return Outcome(name, subject, (Check("reported", True, True, True),))
    return Outcome(name, subject, tuple(Check(k, expect[k], found, met) for k, (met, found) in best.items()))


def score_claim(name: str, expect: dict, article: dict) -> Outcome:
    """The outcome of one claim entry against an article's JSON report.

    The finding meeting most fields is scored; with ``"every": true``, the one meeting fewest (every claim
    holding the words must meet the fields: a subhead repeating a body quote raises no alarm).
    """
    wanted = expect["text_contains"]
    fields = {key: value for key, value in expect.items() if key != "every"}
    better = (lambda new, old: new < old) if expect.get("every") else (lambda new, old: new > old)
    quotes = {(q.get("line"), q.get("column")): q for q in article.get("quotes") or []}
    chosen: Checks | None = None
    for finding in article.get("findings") or []:
        claim = finding.get("claim") or {}
        if claim.get("kind") not in _QUOTE_KINDS or not _contains(claim.get("text"), wanted):
            continue
        checks = _claim_checks(fields, finding, quotes.get((claim.get("line"), claim.get("column"))))
        if chosen is None or better(_met(checks), _met(chosen)):
            chosen = checks
    names = [key for key in fields if key != "text_contains"]  # text_contains only finds the claim
    return _outcome(name, f"claim {wanted!r}", fields, names, chosen, _nearest_claims(wanted, article))


def _nearest_claims(wanted: str, article: dict) -> str:
    """What was reported instead of a missing claim: the claims sharing most words with it."""
    words = set(plain(wanted).split())
    claims = [f["claim"].get("text") or "" for f in article.get("findings") or [] if f.get("claim")]
    ranked = sorted(claims, key=lambda text: -len(words & set(plain(text).split())))
    shown = [c for c in ranked[:2] if words & set(plain(c).split())]
    return "not reported" + (f"; nearest: {' | '.join(repr(c[:80]) for c in shown)}" if shown else "")


# -- posts --------------------------------------------------------------------------------------------------------


def _post_checks(expect: dict, post: dict, finding: dict | None) -> Checks:
    author = post.get("author") or {}
    checks: Checks = {}
    for key, expected in expect.items():
        if key in ("platform", "form", "id"):
            found = post.get(key)
            checks[key] = (found is not None and plain(str(found)) == plain(str(expected)), found)
        elif key == "published":
            checks[key] = (_same_published(str(expected), post.get(key)), post.get(key))
        elif key == "handle":
            found = author.get("handle")
            checks[key] = (any(_handle(found) == _handle(e) for e in _as_list(expected)), found)
        elif key == "name":
            checks[key] = (plain(author.get("name")) == plain(expected), author.get("name"))
        elif key == "url_contains":
            checks[key] = (_contains(post.get("url"), expected), post.get("url"))
        elif key == "text_contains":
            checks[key] = (_contains(post.get("text"), expected), post.get("text"))
        elif key in _FINDING_FIELDS:
            checks[key] = _FINDING_FIELDS[key](expected, finding)
        else:
            raise click.UsageError(f"unknown post expectation field {key!r}")
    return checks


def _same_published(expected: str, found: str | None) -> bool:
    """The post's date as expected. The report keeps the time when the markup gives one (``<time
    datetime="2026-11-24T17:00:00+00:00">``): an expectation that names the day only holds for any time on that day
    as the post states it (its own offset, not converted)."""
    if found is None:
        return False
    wanted, shown = plain(expected), plain(found)
    if len(wanted) == _DATE_LENGTH and shown[_DATE_LENGTH : _DATE_LENGTH + 1] in ("t", " "):
        shown = shown[:_DATE_LENGTH]
    return shown == wanted


_DATE_LENGTH = len("YYYY-MM-DD")


def _handle(handle: str | None) -> str:
    return plain(handle).lstrip("@")


def _identifies(expect: dict, checks: Checks) -> bool:
    """A post is a candidate for an entry when it shares the entry's id, URL or handle."""
    keys = [key for key in ("id", "url_contains", "handle") if key in expect]
    return any(checks[key][0] for key in keys) if keys else True


def _post_finding(post: dict, article: dict) -> dict | None:
    """The finding about ``post``: the post claim on its line with its URL (none for a plain-text post)."""
    for finding in article.get("findings") or []:
        claim = finding.get("claim") or {}
        if (
            claim.get("kind") == "post"
            and claim.get("line") == post.get("line")
            and (claim.get("url") or "") == (post.get("url") or "")
        ):
            return finding
    return None


def score_post(name: str, expect: dict, article: dict) -> Outcome:
    """The outcome of one post entry against an article's JSON report."""
    subject = "post " + " ".join(str(expect[k]) for k in ("handle", "id", "url_contains") if k in expect)
    best: Checks | None = None
    for post in article.get("posts") or []:
        checks = _post_checks(expect, post, _post_finding(post, article))
        if _identifies(expect, checks) and (best is None or _met(checks) > _met(best)):
            best = checks
    return _outcome(name, subject, expect, list(expect), best, "no such post reported")


# -- absences and exit status ---------------------------------------------------------------------------------------


def score_absent(name: str, text: str, article: dict) -> Outcome:
    """``text`` must not be reported as a quote (a title, a scare quote, a term, a slogan inside a post)."""
    hits = [
        f"{f['claim'].get('kind')} {f.get('verdict')}: {f['claim'].get('text')!r}"
        for f in article.get("findings") or []
        if (f.get("claim") or {}).get("kind") in _QUOTE_KINDS and _contains(f["claim"].get("text"), text)
    ]
    return Outcome(name, f"absent {text!r}", (Check("absent", True, hits[0] if hits else None, not hits),))


def score_absent_post(name: str, text: str, article: dict) -> Outcome:
    """No post in the article body may carry ``text`` in its URL or text (a timeline, a rail, a profile)."""
    hits = [
        p.get("url") or p.get("text")
        for p in article.get("posts") or []
        if p.get("in_body", True) and (_contains(p.get("url"), text) or _contains(p.get("text"), text))
    ]
    return Outcome(name, f"absent post {text!r}", (Check("absent", True, hits[0] if hits else None, not hits),))


def score_article(name: str, expect: dict, article: dict, status: int) -> list[Outcome]:
    """Every outcome of one article, in the order of its ``expect.json``, each with its issue."""
    issue = expect.get("issue")
    outcomes: list[Outcome] = []
    for entries, scorer in ((expect.get("claims"), score_claim), (expect.get("posts"), score_post)):
        for entry in entries or []:
            fields = {key: value for key, value in entry.items() if key != "issue"}
            outcomes.append(replace(scorer(name, fields, article), issue=entry.get("issue", issue)))
    absences = [score_absent(name, text, article) for text in expect.get("absent") or []]
    absences += [score_absent_post(name, text, article) for text in expect.get("absent_posts") or []]
    if "exit" in expect:
        absences.append(Outcome(name, "exit", (Check("exit", expect["exit"], status, status == expect["exit"]),)))
    return outcomes + [replace(outcome, issue=issue) for outcome in absences]


# -- running the tool -------------------------------------------------------------------------------------------------


def article_file(folder: Path, expect: dict) -> Path:
    """The article of a case folder: ``expect["article"]``, else its one ``article.*`` file."""
    if "article" in expect:
        return folder / expect["article"]
    found = sorted(p for p in folder.iterdir() if p.stem == "article" and p.suffix.lower() in _ARTICLE_SUFFIXES)
    if len(found) != 1:
        raise click.UsageError(f"{folder}: expected one article.* file, found {len(found)}")
    return found[0]


def run_article(path: Path, snapshots: Path) -> tuple[dict, int]:
    """The article's JSON report (SPEC's shape) and the exit status under the default ``--fail-on error``."""
    report = check([str(path)], CheckOptions(snapshots=str(snapshots)))
    articles = as_dict(report)["articles"]
    return (articles[0] if articles else {"path": str(path)}), exit_status(report, Severity.ERROR)


def case_folders(root: Path) -> list[Path]:
    """Every folder under ``root`` holding an ``expect.json``, sorted."""
    return sorted(p.parent for p in root.rglob(EXPECT_FILE))


def evaluate_case(folder: Path, root: Path) -> list[Outcome]:
    """Run the tool on one case folder and score its expectations."""
    expect = json.loads((folder / EXPECT_FILE).read_text(encoding="utf-8"))
    name = folder.relative_to(root).as_posix()
    try:
        article, status = run_article(article_file(folder, expect), folder / "snapshots")
    except Exception as error:  # noqa: BLE001 - a crash on one article scores it as reporting nothing; the set goes on
        click.echo(f"{name}: the tool failed: {type(error).__name__}: {error}", err=True)
        article, status = {}, CRASHED
    return score_article(name, expect, article, status)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def _counts(outcomes: Sequence[Outcome]) -> tuple[int, int, int, int]:
    checks = [check for o in outcomes for check in o.checks]
    return sum(o.met for o in outcomes), len(outcomes), sum(c.met for c in checks), len(checks)


def summary_lines(results: Sequence[tuple[str, list[Outcome]]]) -> list[str]:
    """Per-article met/total, the overall figure, then every unmet expectation with what was found."""
    width = max([len(name) for name, _ in results] + [len("overall")])
    lines = [f"{'article':{width}}  {'expectations':>20}  {'field checks':>20}"]
    for name, outcomes in results:
        met, total, checks_met, checks = _counts(outcomes)
        lines.append(
            f"{name:{width}}  {met:4}/{total:<4} {_percent(met, total)}  {checks_met:4}/{checks:<4} "
            f"{_percent(checks_met, checks)}"
        )
    everything = [o for _, outcomes in results for o in outcomes]
    met, total, checks_met, checks = _counts(everything)
    low = sum(1 for _, outcomes in results if outcomes and _counts(outcomes)[0] < 0.8 * len(outcomes))
    lines.append(
        f"{'overall':{width}}  {met:4}/{total:<4} {_percent(met, total)}  {checks_met:4}/{checks:<4} "
        f"{_percent(checks_met, checks)}   {len(results)} articles, {low} under 80%"
    )
    for issue in sorted({o.issue for o in everything if o.issue is not None}):
        met, total, checks_met, checks = _counts([o for o in everything if o.issue == issue])
        lines.append(
            f"{'issue ' + str(issue):{width}}  {met:4}/{total:<4} {_percent(met, total)}  {checks_met:4}/{checks:<4} "
            f"{_percent(checks_met, checks)}"
        )
    unmet = [o for o in everything if not o.met]
    if unmet:
        lines += ["", f"unmet expectations ({len(unmet)}):"]
    for outcome in unmet:
        lines.append(f"  {outcome.article}: {outcome.subject}")
        for c in outcome.checks:
            if not c.met:
                lines.append(f"      {c.field}: expected {_shorten(c.expected)}, found {_shorten(c.found)}")
    return lines


def _shorten(value: object, limit: int = 180) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


@click.command()
@click.option("--json-out", type=click.Path(dir_okay=False, path_type=Path), help="Also write every outcome as JSON.")
@click.argument("root", type=click.Path(exists=True, file_okay=False, path_type=Path))
def expectations(json_out: Path | None, root: Path) -> None:
    """Score the tool against hand-written articles and their expect.json files.

    Example: python -m verify.evaluate expectations evaluation/handwritten
    """
    results = [(folder.relative_to(root).as_posix(), evaluate_case(folder, root)) for folder in case_folders(root)]
    for line in summary_lines(results):
        click.echo(line)
    if json_out is not None:
        rows = [
            {
                "article": o.article,
                "issue": o.issue,
                "subject": o.subject,
                "met": o.met,
                "checks": [asdict(c) for c in o.checks],
            }
            for _, outcomes in results
            for o in outcomes
        ]
        json_out.write_text(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
