"""The JSON report (``--format json``), exactly as SPEC's "JSON report" section.

Dicts are built field by field, so the schema stays stable whatever is added
to the records; fields may be added, never renamed.
"""

from __future__ import annotations

from typing import Any

from ..models import ArticleReport, Author, Change, Claim, ClaimKind, Evidence, Finding, Post, Quote, Report
from . import RenderOptions, dump_json

SCHEMA = "verify.report/1"


def render(report: Report, options: RenderOptions) -> str:
    return dump_json(as_dict(report))


def as_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "verify", "version": report.tool_version},
        "articles": [_article(a) for a in report.articles],
        "summary": {
            "articles": len(report.articles),
            "verdicts": report.verdict_counts(),
            "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        },
    }


def _article(article: ArticleReport) -> dict[str, Any]:
    return {
        "path": article.path,
        "posts": [_post(p) for p in article.posts],
        "quotes": [_quote(q) for q in article.quotes],
        "findings": [_finding(f) for f in article.findings],
    }


def _author(author: Author) -> dict[str, str]:
    return {"name": author.name, "handle": author.handle}


def _post(post: Post) -> dict[str, Any]:
    return {
        "platform": post.platform,
        "url": post.url,
        "id": post.id,
        "author": _author(post.author),
        "published": post.published,
        "text": post.text,
        "line": post.line,
        "column": post.column,
        "in_body": post.in_body,
        "form": post.form.value,
    }


def _quote(quote: Quote) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": quote.text,
        "speaker": quote.speaker,
        "mention": quote.mention,
        "kind": quote.kind.value,
        "place": quote.place.value,
        "line": quote.line,
        "column": quote.column,
    }
    if quote.post is not None:
        out["url"] = quote.post.url
    return out


def _claim(claim: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": claim.kind.value,
        "text": claim.text,
        "speaker": claim.speaker,
    }
    if claim.kind is not ClaimKind.POST:
        out["mention"] = claim.mention  # the speaker as the article names them at the cue ("he", "the senator")
    out.update(place=claim.place.value, line=claim.line, column=claim.column)
    if claim.quote_kind is not None:
        out["quote_kind"] = claim.quote_kind.value
    if claim.kind in (ClaimKind.POST, ClaimKind.POST_QUOTE):
        out["url"] = claim.url
        out["platform"] = claim.platform
        out["author"] = _author(claim.author) if claim.author else None
    if claim.kind is ClaimKind.POST:
        out["id"] = claim.post_id
        out["published"] = claim.published
    return out


def _evidence(evidence: Evidence | None) -> dict[str, Any] | None:
    if evidence is None:
        return None
    out: dict[str, Any] = {
        "origin": evidence.origin.value,
        "source": evidence.source,
        "speaker": evidence.speaker,
        "text": evidence.text,
        "score": evidence.score,
        "line": evidence.line,
    }
    if evidence.url:
        out["url"] = evidence.url
    if evidence.fetched_at:
        out["fetched_at"] = evidence.fetched_at
    return out


def _change(change: Change) -> dict[str, Any]:
    return {"op": change.op, "claim": change.claim, "source": change.source, "flags": list(change.flags)}


def _finding(finding: Finding) -> dict[str, Any]:
    out = {
        "verdict": finding.verdict.value,
        "severity": finding.severity.value,
        "rule": finding.rule,
        "claim": _claim(finding.claim),
        "evidence": _evidence(finding.evidence),
        "changes": [_change(c) for c in finding.changes],
        "message": finding.message,
        "suppressed": finding.suppressed,
    }
    if finding.captures:  # a post saved more than once (or found deleted): every capture, oldest first
        out["captures"] = [{"fetched_at": c.fetched_at, "source": c.source, "state": c.state} for c in finding.captures]
    return out
