"""The seed case, end to end: what the product exists to show."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

import verify
from verify import ClaimKind, Severity, Verdict
from verify._check import is_mention
from verify.cli import cli
from verify.rules import rule

from .conftest import FIXTURES

SEED = FIXTURES / "rutte-kyiv"


def _post_quote(report: verify.Report) -> verify.Finding:
    (finding,) = [f for f in report.findings if f.claim.kind is ClaimKind.POST_QUOTE]
    return finding


def test_seed_text_alone_shows_the_post_credits_rutte_with_more(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(SEED / "article.txt", article)  # no snapshots beside it
    finding = _post_quote(verify.check([article]))
    assert finding.claim.speaker == "Mark Rutte"
    assert finding.verdict in (Verdict.PARAPHRASED, Verdict.UNSUPPORTED)
    assert finding.evidence is not None
    assert "the United States will participate" in finding.evidence.text
    assert "NATO" in finding.message and "Budapest Memorandum" in finding.message


def test_seed_with_snapshots_verifies_rutte_quotes_and_the_post() -> None:
    for name in ("article.txt", "article.html"):
        report = verify.check([SEED / name])
        rutte = [f for f in report.findings if f.claim.kind is ClaimKind.QUOTE and f.claim.speaker == "Mark Rutte"]
        assert rutte and all(f.verdict is Verdict.VERIFIED for f in rutte), name
        (post,) = [f for f in report.findings if f.claim.kind is ClaimKind.POST]
        assert post.verdict is Verdict.VERIFIED, name
        # The saved post itself is no source for the words it credits to Rutte.
        assert _post_quote(report).verdict in (Verdict.PARAPHRASED, Verdict.UNSUPPORTED), name


def test_seed_post_quote_adds_facts_and_fails_ci() -> None:
    for name in ("article.txt", "article.html"):
        report = verify.check([SEED / name])
        finding = _post_quote(report)
        assert finding.severity is Severity.ERROR and finding.rule == rule("paraphrase-adds-facts").code, name
        added = {c.claim: c.flags for c in finding.changes}
        assert added["NATO"] == ("name",) and added["Budapest Memorandum"] == ("name",), name
        assert "“NATO”" in finding.message and "“Budapest Memorandum”" in finding.message
        assert report.worst_severity() is Severity.ERROR
    result = CliRunner().invoke(cli, [str(SEED / "article.html")])
    assert result.exit_code == 1


def test_every_claim_gets_exactly_one_finding() -> None:
    article = verify.check([SEED / "article.html"]).articles[0]
    assert len(article.findings) == len(article.posts) + sum(not is_mention(q) for q in article.quotes)
