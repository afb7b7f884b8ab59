"""The HTML report (``--format html``): one self-contained page a fact-checker reads.

At the top, the count of each verdict, worst first, and every finding
listed in that order with a link to it. Then each article: its text with
every claim marked by verdict (colour and a text label), its embedded posts
as cards, and each claim with its verdict, message, the evidence beside it
and the word changes marked on both sides. ``j``/``k`` move between the
findings that need attention (a checkbox switches these single-key shortcuts
off); a print stylesheet keeps it readable on paper. The page fits a 390 px
phone: long paths and URLs wrap, and the summary table scrolls in its own
container.

Every string from an article or a snapshot is untrusted: it reaches the page
only through :mod:`verify.report.html.escape`, and the page's
Content-Security-Policy allows no script but its own.
"""

from __future__ import annotations

from ..models import ArticleReport, ClaimKind, Evidence, Finding, Origin, Report, StatementKind, Verdict
from ..rules import worst_first
from . import RenderOptions, credited, rule_of, summary_line
from .html.article import Mark, line_starts, locate, marked, nested, visible_text
from .html.assets import CONTENT_SECURITY_POLICY, CSS, SCRIPT
from .html.diff import Placed, change_list, claim_marks, place, source_marks
from .html.escape import esc, link

# Verdicts worst first: by the default severity of their rule, ties in the order Verdict lists them.
_WORST_FIRST = worst_first()
_CLAIM_PREVIEW = 90  # characters of a claim in the summary table


def render(report: Report, options: RenderOptions) -> str:
    body = [
        "<header>",
        "<h1>verify report</h1>",
        f'<p class="summary-line">{esc(summary_line(report))}</p>',
        '<p class="keys"><label><input type="checkbox" id="shortcuts" checked>Single-key shortcuts:</label> '
        "<kbd>j</kbd> next finding, <kbd>k</kbd> previous finding.</p>",
        "</header>",
        "<main>",
        _summary(report),
        _input_errors(report),
        *(_article(index, article) for index, article in enumerate(report.articles)),
        "</main>",
        f'<footer class="muted"><p>verify {esc(report.tool_version)}</p></footer>',
    ]
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en">',
                "<head>",
                '<meta charset="utf-8">',
                f'<meta http-equiv="Content-Security-Policy" content="{esc(CONTENT_SECURITY_POLICY)}">',
                '<meta name="referrer" content="no-referrer">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>verify report: {esc(summary_line(report))}</title>",
                f"<style>{CSS}</style>",
                "</head>",
                "<body>",
                *body,
                f"<script>{SCRIPT}</script>",
                "</body>",
                "</html>",
            ]
        )
        + "\n"
    )


def _key(article: int, finding: int) -> str:
    """The anchor of a finding (``f``) and of its mark in the text (``m``) share this key."""
    return f"{article}-{finding}"


def _label(finding: Finding, number: int) -> str:
    suppressed = " (suppressed)" if finding.suppressed else ""
    return f"{finding.verdict.value}{suppressed} #{number}"


def _summary(report: Report) -> str:
    counts = report.verdict_counts()
    if not report.findings:
        return '<section id="summary"><h2>Summary</h2><p>No posts or quotes found.</p></section>'
    chips = "".join(
        f'<li><a class="v-{esc(v.value)}" href="#sum-{esc(v.value)}">{counts[v.value]} {esc(v.value)}</a></li>'
        for v in _WORST_FIRST
        if v.value in counts
    )
    groups = []
    for verdict in _WORST_FIRST:
        rows = [
            _summary_row(a, article, i, finding)
            for a, article in enumerate(report.articles)
            for i, finding in enumerate(article.findings, 1)
            if finding.verdict is verdict
        ]
        if rows:
            groups.append(f'<tbody id="sum-{esc(verdict.value)}">{"".join(rows)}</tbody>')
    return (
        '<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>'
        f'<ul class="counts">{chips}</ul>'
        '<div class="scroll" tabindex="0" role="region" aria-label="Findings, worst first">'
        "<table><thead><tr><th>Verdict</th><th>Claim</th><th>Credited to</th><th>Where</th></tr></thead>"
        f"{''.join(groups)}</table></div></section>"
    )


def _summary_row(a: int, article: ArticleReport, number: int, finding: Finding) -> str:
    claim = finding.claim
    text = claim.text if len(claim.text) <= _CLAIM_PREVIEW else claim.text[: _CLAIM_PREVIEW - 1] + "…"
    return (
        f'<tr><td><span class="verdict v-{esc(finding.verdict.value)}">{esc(_label(finding, number))}</span></td>'
        f'<td><a href="#f{_key(a, number)}">“{esc(text)}”</a></td>'
        f"<td>{esc(credited(finding.claim))}</td>"
        f'<td class="where">{esc(article.path)}:{claim.line}:{claim.column}</td></tr>'
    )


def _input_errors(report: Report) -> str:
    if not report.errors:
        return ""
    items = "".join(f"<li>{esc(problem.path)}: {esc(problem.message)}</li>" for problem in report.errors)
    return f'<section id="errors"><h2>Inputs that could not be checked</h2><ul class="problems">{items}</ul></section>'


def _article(a: int, article: ArticleReport) -> str:
    text_html, placed = _article_text(a, article)
    findings = "".join(
        _finding(a, article, number, finding, number in placed) for number, finding in enumerate(article.findings, 1)
    )
    return (
        f'<article id="a{a}" aria-labelledby="a{a}-h"><h2 id="a{a}-h">{esc(article.path)}</h2>'
        f"{text_html}{_posts(a, article)}"
        f"<section><h3>Claims ({len(article.findings)})</h3>{findings or '<p>No posts or quotes found.</p>'}</section>"
        "</article>"
    )


def _article_text(a: int, article: ArticleReport) -> tuple[str, set[int]]:
    """The article's text with each claim marked (claims that cannot be marked listed after it),
    and the numbers of the findings marked in it."""
    if not article.text:
        return (
            "<section><h3>Article text</h3><p>The article's text is not available in this report.</p></section>",
            set(),
        )
    shown = visible_text(article)
    starts = line_starts(article.text)
    marks: dict[Mark, int] = {}  # each mark and the number of its finding
    for number, finding in enumerate(article.findings, 1):
        span = locate(shown, finding.claim, starts)
        if span is not None:
            key, verdict = _key(a, number), esc(finding.verdict.value)
            opening = (
                f'<mark class="claim v-{verdict}" id="m{key}"><a class="tag" href="#f{key}">'
                f"{esc(_label(finding, number))}</a>"
            )
            marks[Mark(span[0], span[1], opening, "</mark>")] = number
    kept, _ = nested(list(marks))
    placed = {marks[mark] for mark in kept}
    listed = "".join(
        f'<li><a href="#f{_key(a, number)}">{esc(_label(finding, number))}</a>: “{esc(finding.claim.text)}” '
        f'<span class="where">(line {finding.claim.line}, {esc(finding.claim.place.value)})</span></li>'
        for number, finding in enumerate(article.findings, 1)
        if number not in placed
    )
    rest = f'<p>Claims not marked in the text:</p><ul class="unplaced">{listed}</ul>' if listed else ""
    text_html = f'<div class="article">{marked(shown.text, kept)}</div>'
    return f"<section><h3>Article text</h3>{text_html}{rest}</section>", placed


def _posts(a: int, article: ArticleReport) -> str:
    if not article.posts:
        return ""
    findings = {
        (f.claim.line, f.claim.column, f.claim.url): number
        for number, f in enumerate(article.findings, 1)
        if f.claim.kind is ClaimKind.POST
    }
    cards = []
    for post in article.posts:
        number = findings.get((post.line, post.column, post.url or None))
        see = f'<p><a href="#f{_key(a, number)}">Finding #{number}</a></p>' if number else ""
        author = post.author
        cards.append(_card(post.platform, author.name, author.handle, post.published, post.url, esc(post.text), see))
    return f'<section><h3>Embedded posts ({len(article.posts)})</h3><div class="cards">{"".join(cards)}</div></section>'


def _card(
    platform: str | None,
    name: str | None,
    handle: str | None,
    date: str | None,
    url: str | None,
    text_html: str,
    extra: str = "",
) -> str:
    """A post as a card: platform, author, handle, date, link and its text (already escaped, maybe marked)."""
    parts = [
        f'<span class="platform">{esc(platform)}</span> ' if platform else "",
        f'<span class="who">{esc(name)}</span> ' if name else "",
        f'<span class="handle">{esc(handle)}</span> ' if handle else "",
        f'<span class="date">· {esc(date)}</span>' if date else "",
    ]
    where = f"<p>{link(url)}</p>" if url else ""
    return f'<div class="card"><div>{"".join(parts)}</div><p class="words">{text_html}</p>{where}{extra}</div>'


def _finding(a: int, article: ArticleReport, number: int, finding: Finding, in_text: bool) -> str:
    key, claim, verdict = _key(a, number), finding.claim, finding.verdict
    rule = rule_of(finding)
    state = "suppressed" if finding.suppressed else "problem" if verdict is not Verdict.VERIFIED else "ok"
    placed = place(claim.text, finding.evidence.text, finding.changes) if finding.evidence else None
    claim_html = marked(claim.text, nested(claim_marks(placed))[0]) if placed else esc(claim.text)
    in_article = f' · <a href="#m{key}">show in the article</a>' if in_text else ""
    where = f"{article.path}:{claim.line}:{claim.column} · {claim.place.value}"
    return (
        f'<section class="finding {state} v-{esc(verdict.value)}" id="f{key}" tabindex="-1" aria-labelledby="f{key}-h">'
        f'<h4 id="f{key}-h"><span class="verdict v-{esc(verdict.value)}">{esc(_label(finding, number))}</span> '
        f"{esc(claim.kind.value)} credited to {esc(credited(finding.claim))} "
        f'<span class="where">{esc(where)}</span></h4>'
        f'<p class="message">{esc(finding.message)}</p>'
        f'<p class="muted">{esc(rule.id)} {esc(rule.summary)} · severity {esc(finding.severity.value)}'
        f"{in_article}</p>"
        f'<div class="sides"><div class="side"><h5>In the article</h5>{_claim_side(finding, claim_html)}</div>'
        f'<div class="side"><h5>Evidence</h5>{_evidence_side(finding, placed)}</div></div>'
        f"{change_list(finding.changes)}{_captures(finding)}</section>"
    )


def _captures(finding: Finding) -> str:
    """Every capture of a post with its time and how it compares (empty for other findings)."""
    if not finding.captures:
        return ""
    items = "".join(
        f"<li>{esc(c.fetched_at or 'undated')} · {esc(c.source)} · {esc(c.state)}</li>" for c in finding.captures
    )
    return f'<div class="captures"><h5>Captures</h5><ul>{items}</ul></div>'


def _claim_side(finding: Finding, claim_html: str) -> str:
    claim = finding.claim
    if claim.kind is ClaimKind.POST:
        author = claim.author
        name, handle = (author.name, author.handle) if author else (None, None)
        return _card(claim.platform, name, handle, claim.published, claim.url, claim_html)
    rows = [("Speaker", claim.speaker or "unnamed")]
    if claim.quote_kind is not None:
        rows.append(("Quote", claim.quote_kind.value))
    if claim.kind is ClaimKind.POST_QUOTE:
        rows.append(("In post", claim.author.handle if claim.author and claim.author.handle else claim.platform or ""))
    post_link = f"<p>{link(claim.url)}</p>" if claim.kind is ClaimKind.POST_QUOTE and claim.url else ""
    return f'{_meta(rows)}<blockquote class="words">{claim_html}</blockquote>{post_link}'


def _evidence_side(finding: Finding, placed: list[Placed] | None) -> str:
    evidence = finding.evidence
    if evidence is None:
        return "<p>No source matched this claim.</p>"
    text_html = marked(evidence.text, nested(source_marks(placed))[0]) if placed else esc(evidence.text)
    unplaced = (
        '<p class="muted">The changes listed below could not be marked in the texts.</p>'
        if finding.changes and not placed
        else ""
    )
    if evidence.kind is StatementKind.POST:
        # A saved post is shown as the capture it is, beside the post as the article shows it.
        captured = f"captured {evidence.fetched_at}" if evidence.fetched_at else "saved capture"
        card = _card(finding.claim.platform, evidence.speaker, None, captured, evidence.url, text_html)
        return f"{_meta(_evidence_rows(evidence))}{card}{unplaced}"
    where = f"<p>{link(evidence.url)}</p>" if evidence.url else ""
    return f'{_meta(_evidence_rows(evidence))}{where}<blockquote class="words">{text_html}</blockquote>{unplaced}'


def _evidence_rows(evidence: Evidence) -> list[tuple[str, str]]:
    where = evidence.source + (f":{evidence.line}" if evidence.line else "")
    origin = "the article's own report" if evidence.origin is Origin.ARTICLE else "saved snapshot"
    kind = f" ({evidence.kind.value})" if evidence.kind is not None else ""
    rows = [("Source", where), ("From", origin + kind), ("Speaker", evidence.speaker or "unnamed")]
    if evidence.fetched_at:
        rows.append(("Captured", evidence.fetched_at))
    rows.append(("Match", f"{evidence.score:g} / 100"))
    return rows


def _meta(rows: list[tuple[str, str]]) -> str:
    items = "".join(f"<dt>{esc(name)}</dt><dd>{esc(value)}</dd>" for name, value in rows)
    return f'<dl class="meta">{items}</dl>'
