"""The HTML report: what it shows, where the marks go, and that no input can put markup in it.

A small newsroom is written to tmp_path (an HTML article, a transcript, a
saved post) and checked with the real pipeline; hand-built reports pin what
the page must do with hostile strings, repeated quotes and changes that
cannot be placed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

import verify
from verify.cli import cli
from verify.models import (
    ArticleReport,
    Author,
    Change,
    Claim,
    ClaimKind,
    Evidence,
    Finding,
    InputProblem,
    Origin,
    Place,
    Post,
    QuoteKind,
    Report,
    Severity,
    StatementKind,
    Verdict,
)
from verify.report import RenderOptions, reporter
from verify.report.html.article import Mark, marked, nested, visible_text
from verify.report.html.assets import CONTENT_SECURITY_POLICY, CSS, SCRIPT
from verify.report.html.diff import place
from verify.report.html.escape import safe_url

TRANSCRIPT = "ANNA KELLER: We will not accept any agreement that divides Ukraine. We will send 5,000 troops.\n"
SAVED_POST = """{"schema": "verify.snapshot/1", "url": "https://x.com/AnnaKeller/status/1111111111111111111",
 "kind": "post", "platform": "x", "author": {"name": "Anna Keller", "handle": "@AnnaKeller"},
 "published": "2025-09-01", "text": "Our support for Ukraine will not end this year.",
 "fetched_at": "2025-09-02T10:00:00Z"}"""
ARTICLE = """<!doctype html><html><head><title>Keller rules out deal</title>
<script>var tracking = "We will accept any agreement that divides Ukraine";</script></head>
<body><nav>Home &middot; World</nav><article>
<p>Foreign Minister Anna Keller spoke in Brussels on Tuesday.</p>
<p>“We will accept any agreement that divides Ukraine,” Keller said.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Our support for Ukraine will end this year.</p>&mdash;
Anna Keller (@AnnaKeller) <a href="https://twitter.com/AnnaKeller/status/1111111111111111111">September 1, 2025</a>
</blockquote>
<p>“The sanctions stay until the war ends,” said Olaf Brandt, a German official.</p>
</article></body></html>
"""

# Untrusted strings as an article or a snapshot could carry them.
HOSTILE = (
    "<script>document.title='pwned'</script><img src=x onerror=\"alert(1)\">\"'><svg onload=alert(2)>&amp;</style>"
)
HOSTILE_URLS = (
    "javascript:alert(3)",
    " JaVaScRiPt:alert(4)",
    "java\tscript:alert(5)",
    "data:text/html,<script>alert(6)</script>",
    'https://example.org/" onmouseover="alert(7)',
)
# Every element the reporter writes; hostile input must not add any other.
PAGE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "h5", "p", "kbd", "main",
    "section", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "span", "article", "div",
    "mark", "blockquote", "dl", "dt", "dd", "ins", "del", "sup", "footer", "script", "label", "input",
}  # fmt: skip


def render(report: Report) -> str:
    return reporter("html")(report, RenderOptions())


def soup_of(page: str) -> BeautifulSoup:
    soup = BeautifulSoup(page, "html.parser")
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), "ids are unique"
    for anchor in soup.select('a[href^="#"]'):
        assert anchor["href"][1:] in ids, f"{anchor} leads nowhere"
    return soup


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "snapshots").mkdir()
    (tmp_path / "snapshots" / "press.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "snapshots" / "x-keller.json").write_text(SAVED_POST, encoding="utf-8")
    (tmp_path / "article.html").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def claim(text: str, *, line: int = 1, column: int = 1, kind: ClaimKind = ClaimKind.QUOTE, **fields) -> Claim:
    place_ = Place.POST if kind is ClaimKind.POST else Place.BODY
    return Claim(kind=kind, text=text, speaker=fields.pop("speaker", "Anna Keller"), place=place_, line=line,
                 column=column, **fields)  # fmt: skip


def finding(the_claim: Claim, verdict: Verdict = Verdict.ALTERED, **fields) -> Finding:
    severity = {Verdict.VERIFIED: Severity.NONE, Verdict.UNVERIFIED: Severity.NOTE}.get(verdict, Severity.ERROR)
    rule = {Verdict.VERIFIED: "VF000", Verdict.UNVERIFIED: "VF301", Verdict.MISATTRIBUTED: "VF102"}.get(
        verdict, "VF101"
    )
    return Finding(the_claim, verdict, severity, rule, fields.pop("message", "A message."), **fields)


def article_report(text: str, fmt: str, *findings: Finding, posts: tuple[Post, ...] = (), path: str = "a.md"):
    return ArticleReport(path=path, posts=posts, quotes=(), findings=findings, text=text, format=fmt)


# --- the page as the pipeline produces it --------------------------------------------------


def test_report_marks_every_claim_in_the_article_text(newsroom: Path) -> None:
    report = verify.check(["article.html"])
    soup = soup_of(render(report))
    findings = report.articles[0].findings
    marks = soup.select(".article mark.claim")
    assert len(marks) == len(findings) == 3  # the altered quote, the post, the unverified quote
    for number, (mark, found) in enumerate(zip(marks, findings, strict=True), 1):
        assert mark["id"] == f"m0-{number}"
        assert f"v-{found.verdict.value}" in mark["class"]
        tag = mark.find("a", class_="tag")
        assert tag.get_text() == f"{found.verdict.value} #{number}"  # the verdict in words, not only in colour
        assert tag["href"] == f"#f0-{number}" and soup.find(id=f"f0-{number}") is not None
        assert found.claim.text.rstrip(".") in mark.get_text()
    text = soup.select_one(".article").get_text()
    assert "var tracking" not in text and "Keller rules out deal" not in text  # script and <title> are not shown
    assert "Home · World" in text  # character references decoded


def test_summary_counts_verdicts_worst_first_and_links_each_finding(newsroom: Path) -> None:
    report = verify.check(["article.html"])
    soup = soup_of(render(report))
    counts = [a.get_text() for a in soup.select("#summary .counts a")]
    expected = report.verdict_counts()
    order = ["altered", "misattributed", "paraphrased", "unsupported", "unverified", "verified"]
    assert counts == [f"{expected[v]} {v}" for v in order if v in expected]
    rows = soup.select("#summary tbody tr")
    assert len(rows) == len(report.findings)
    ranks = [order.index(row.select_one(".verdict").get_text().split()[0]) for row in rows]
    assert ranks == sorted(ranks)
    for row in rows:
        assert soup.find(id=row.find("a")["href"][1:]).name == "section"


def test_finding_shows_evidence_beside_the_claim_with_the_negation_marked(newsroom: Path) -> None:
    soup = soup_of(render(verify.check(["article.html"])))
    section = next(s for s in soup.select("section.finding") if "agreement" in s.get_text())
    claim_side, evidence_side = section.select(".sides > .side")
    assert claim_side.select_one(".gap") is not None  # where the article left "not" out
    assert [d.get_text() for d in evidence_side.select("del.chg")] == ["not"]
    assert "negation" in evidence_side.select_one("sup.flag").get_text()
    meta = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in evidence_side.select("dt")}
    assert meta["Source"] == "snapshots/press.txt:1" and meta["Speaker"] == "ANNA KELLER"
    assert "negation" in section.select_one("ol.changes").get_text()


def test_post_finding_shows_the_post_and_its_capture_as_cards(newsroom: Path) -> None:
    soup = soup_of(render(verify.check(["article.html"])))
    section = next(s for s in soup.select("section.finding") if "credited to Anna Keller @AnnaKeller" in s.get_text())
    article_card, capture_card = section.select(".card")
    assert "@AnnaKeller" in article_card.get_text() and "2025-09-01" in article_card.get_text()
    assert "captured 2025-09-02T10:00:00Z" in capture_card.get_text()
    assert capture_card.find("a")["href"] == "https://x.com/AnnaKeller/status/1111111111111111111"
    posts = soup.select("article .cards .card")
    assert len(posts) == 1 and "Our support for Ukraine will end this year." in posts[0].get_text()


def test_cli_writes_one_self_contained_file(newsroom: Path) -> None:
    result = CliRunner().invoke(cli, ["article.html", "--format", "html", "--output", "report.html"])
    assert result.exit_code == 1, result.output  # the altered quote is an error
    page = (newsroom / "report.html").read_text(encoding="utf-8")
    soup = soup_of(page)
    assert page.startswith("<!DOCTYPE html>")
    assert not soup.find_all(src=True) and not soup.find_all("link")  # nothing is loaded from elsewhere
    assert [s.string for s in soup.find_all("style")] == [CSS]
    assert [s.string for s in soup.find_all("script")] == [SCRIPT]
    policy = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert policy == CONTENT_SECURITY_POLICY and "default-src 'none'" in policy
    assert "@media print" in CSS


# --- hostile input -------------------------------------------------------------------------


def hostile_report() -> Report:
    author = Author(name=HOSTILE, handle="@" + HOSTILE)
    post = Post("x" + HOSTILE, HOSTILE_URLS[0], HOSTILE, author, HOSTILE, HOSTILE, 1, 1)
    findings = [
        finding(
            claim(HOSTILE + " we will accept", speaker=HOSTILE, url=url, kind=ClaimKind.POST, author=author,
                  platform=HOSTILE, published=HOSTILE),
            message=HOSTILE,
            evidence=Evidence(Origin.SNAPSHOT, HOSTILE, HOSTILE, HOSTILE + " we will not accept", 90.0, url=url,
                              fetched_at=HOSTILE, kind=StatementKind.POST),
            changes=(Change("delete", "", "not", ("negation", HOSTILE)), Change("replace", HOSTILE, HOSTILE)),
        )
        for url in HOSTILE_URLS
    ]  # fmt: skip
    quote = finding(claim(HOSTILE, quote_kind=QuoteKind.DIRECT), Verdict.UNVERIFIED)
    html_article = f"<p>&lt;b&gt;bold&lt;/b&gt; <a href='javascript:x()'>x</a></p><p>{HOSTILE}</p>"
    return Report(
        (
            article_report(f"{HOSTILE}\n", "markdown", quote, *findings, posts=(post,), path=HOSTILE),
            article_report(html_article, "html", quote, path="b.html"),
        ),
        (InputProblem(HOSTILE, HOSTILE),),
        HOSTILE,
    )


def test_hostile_text_shows_as_text_and_never_as_markup() -> None:
    page = render(hostile_report())
    soup = soup_of(page)
    assert {tag.name for tag in soup.find_all(True)} <= PAGE_TAGS
    assert [s.string for s in soup.find_all("script")] == [SCRIPT]
    assert [s.string for s in soup.find_all("style")] == [CSS]
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), tag
            values = value if isinstance(value, list) else [value]
            assert not any("script:" in re.sub(r"\s", "", v).lower() for v in values), tag
        if tag.name == "a":
            assert re.fullmatch(r"#[\w-]+|https?://[^\s\"'<>]+", tag["href"]), tag
            assert tag["href"].startswith("#") or tag["rel"] == ["noopener", "noreferrer"]
    assert not re.search(r"<(img|svg)\b", page, re.I)
    text = soup.get_text()
    assert text.count(HOSTILE) >= 10  # author, message, evidence, claim, path, error, version...: all as text
    assert "<b>bold</b>" in soup.select("article")[1].select_one(".article").get_text()
    for url in HOSTILE_URLS:
        assert soup.find("a", href=url) is None
    assert soup.find("a", string='https://example.org/" onmouseover="alert(7)') is None


def test_only_plain_http_urls_become_links() -> None:
    assert safe_url("https://x.com/a/status/1") == "https://x.com/a/status/1"
    assert safe_url("HTTP://example.org/p?q=1") == "HTTP://example.org/p?q=1"
    for url in (*HOSTILE_URLS, "//example.org/x", "https:///nohost", "ftp://example.org/", "", None):
        assert safe_url(url) is None, url


def test_unfit_characters_are_replaced_not_written() -> None:
    report = Report((article_report("a\x00b\ud800c\n", "text", finding(claim("b\x01c"))),), (), "")
    page = render(report)
    assert "\x00" not in page and "\x01" not in page and "\ud800" not in page
    page.encode("utf-8")  # a lone surrogate would make the report unwritable


# --- placing marks -------------------------------------------------------------------------


def test_html_article_text_has_blocks_and_no_markup() -> None:
    shown = visible_text(article_report(ARTICLE, "html"))
    assert "<" not in shown.text and "tracking" not in shown.text
    assert "Foreign Minister Anna Keller spoke in Brussels on Tuesday.\n\n“We will accept" in shown.text
    assert "— Anna Keller (@AnnaKeller) September 1, 2025" in shown.text  # inline elements stay inline


def test_a_repeated_quote_is_marked_where_the_claim_points() -> None:
    text = "Keller said: “We stay.”\n\nLater she said again: “We stay.”\n"
    second = finding(claim("We stay.", line=3, column=24), Verdict.VERIFIED)
    soup = soup_of(render(Report((article_report(text, "text", second),), (), "")))
    mark = soup.select_one(".article mark.claim")
    assert str(mark.previous_sibling).endswith("said again: “")


def test_claim_span_wins_over_line_and_column() -> None:
    text = "“We stay,” she said. “We stay,” he said.\n"
    by_span = finding(claim("We stay", span=(22, 29)), Verdict.VERIFIED)
    soup = soup_of(render(Report((article_report(text, "text", by_span),), (), "")))
    assert str(soup.select_one(".article").contents[0]).endswith("she said. “")


def test_a_split_quote_is_marked_over_its_span_and_a_wordless_embed_where_it_stands() -> None:
    text = "<p>“Maybe they thought about it,” he said, “but I didn’t hear about it.” Then</p><iframe></iframe><p>x</p>"
    start = text.index("Maybe")
    split = finding(
        claim("Maybe they thought about it, but I didn’t hear about it.", span=(start, text.index(".” Then")))
    )
    frame = finding(claim("", kind=ClaimKind.POST, line=1, column=text.index("<iframe") + 1), Verdict.UNVERIFIED)
    soup = soup_of(render(Report((article_report(text, "html", split, frame),), (), "")))
    quote, embed = soup.select(".article mark.claim")
    assert quote.get_text() == "altered #1Maybe they thought about it,” he said, “but I didn’t hear about it"
    assert embed.get_text() == "unverified #2" and str(embed.previous_sibling).endswith("Then")
    assert not soup.select(".unplaced")


def test_a_quote_inside_a_post_nests_in_the_post_mark() -> None:
    text = "Mark Rutte: The United States will participate.\n— NEWS (@news) August 22, 2025\n"
    post = finding(claim(text.splitlines()[0], kind=ClaimKind.POST), Verdict.VERIFIED)
    quote = finding(claim("The United States will participate.", kind=ClaimKind.POST_QUOTE), Verdict.PARAPHRASED)
    soup = soup_of(render(Report((article_report(text, "text", post, quote),), (), "")))
    outer = soup.select_one(".article > mark.claim")
    assert "v-verified" in outer["class"] and "v-paraphrased" in outer.select_one("mark.claim")["class"]


def test_claims_that_cannot_be_marked_are_listed() -> None:
    text = "“Alpha beta gamma,” she said.\n"
    absent = finding(claim("Words nowhere in the text"))
    crossing = [Mark(0, 10, "<mark>", "</mark>"), Mark(5, 20, "<mark>", "</mark>"), Mark(2, 4, "<b>", "</b>")]
    kept, dropped = nested(crossing)
    assert kept == [crossing[0], crossing[2]] and dropped == [crossing[1]]
    assert marked("0123456789", [Mark(2, 5, "[", "]"), Mark(3, 4, "(", ")")]) == "01[2(3)4]56789"
    soup = soup_of(render(Report((article_report(text, "text", absent),), (), "")))
    assert not soup.select(".article mark") and "Words nowhere in the text" in soup.select_one(".unplaced").get_text()


def test_article_without_text_still_lists_its_claims() -> None:
    soup = soup_of(render(Report((article_report("", "", finding(claim("We stay"))),), (), "")))
    assert "not available" in soup.get_text() and soup.find(id="f0-1") is not None


# --- the side-by-side diff -----------------------------------------------------------------


def test_changes_are_placed_on_both_sides() -> None:
    claim_text = "So we will send 50,000 troops and tanks by March"
    source_text = "...We will not send 5,000 troops by March."
    changes = (
        Change("delete", "", "not", ("negation",)),
        Change("replace", "50,000", "5,000", ("number",)),
        Change("insert", "and tanks", ""),
    )
    placed = place(claim_text, source_text, changes)
    assert placed is not None
    assert [(claim_text[slice(*p.claim)], source_text[slice(*p.source)]) for p in placed] == [
        ("", "not"), ("50,000", "5,000"), ("and tanks", ""),
    ]  # fmt: skip
    assert placed[0].claim == (len("So we will"),) * 2  # the gap: after the words before "not"
    assert placed[2].source == (len("...We will not send 5,000 troops"),) * 2


def test_changes_that_cannot_be_placed_leave_the_texts_unmarked() -> None:
    changes = (Change("replace", "three", "3", ("number",)),)
    assert place("we sent three", "We sent 3 tanks", changes) is not None
    assert place("we sent three", "We sent 3 tanks", (Change("replace", "four", "3"),)) is None
    evidence = Evidence(Origin.SNAPSHOT, "s.txt", "Keller", "We sent 3 tanks", 80.0)
    found = finding(claim("we sent three"), evidence=evidence, changes=(Change("replace", "four", "3", ("number",)),))
    soup = soup_of(render(Report((article_report("“we sent three”", "text", found),), (), "")))
    section = soup.find(id="f0-1")
    assert not section.select(".sides ins, .sides del") and "could not be marked" in section.get_text()
    assert "number" in section.select_one("ol.changes").get_text()


def test_keyboard_navigation_targets_focusable_findings(newsroom: Path) -> None:
    soup = soup_of(render(verify.check(["article.html"])))
    sections = soup.select("section.finding")
    assert sections and all(s["tabindex"] == "-1" for s in sections)
    problems = [s for s in sections if "problem" in s["class"]]
    assert problems and all("v-verified" not in s["class"] for s in problems)
    assert '".finding.problem"' in SCRIPT and 'event.key === "j"' in SCRIPT
