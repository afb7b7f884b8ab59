"""``verify snapshot --from-article ARTICLE --links``: the pages an article's body links to, HTML and PDF.

A real HTTP server on 127.0.0.1 started here serves the linked pages; the
PDF is written by hand in the test (no binary fixture).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from verify.cli_snapshot import snapshot
from verify.document import Format as DocumentFormat
from verify.document import from_text
from verify.errors import InputError
from verify.sources.links import MAX_LINKS, article_links
from verify.sources.pdf import pdf_text

from .loopback import Route, Server, send, serving


def minimal_pdf(lines: list[str], title: str = "") -> bytes:
    """A valid one-page PDF showing ``lines`` in Helvetica (text operators written by hand)."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in escaped) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({title}) >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


TRANSCRIPT = [
    "Press conference, 22 August 2025",
    "MARK RUTTE: It is clear that the United States will participate.",
    "REPORTER: Will the talks resume?",
    "MARK RUTTE: The talks will resume on Monday in Brussels.",
    "REPORTER: Thank you.",
]


ROUTES: dict[str, Route] = {
    "/release": lambda h: send(h, 200, b"<main><p>The ministry said the talks would resume on Monday.</p></main>"),
    "/transcript.pdf": lambda h: send(
        h, 200, minimal_pdf(TRANSCRIPT, "Press conference"), Content_Type="application/pdf"
    ),
}


@pytest.fixture
def server() -> Iterator[Server]:
    with serving(ROUTES) as httpd:
        yield httpd


def _article(tmp_path: Path, base: str) -> Path:
    article = tmp_path / "draft.html"
    article.write_text(
        "<html><body><nav><a href='https://example.org/home'>Home</a></nav><article>"
        "<p>Rutte said the talks “will resume on Monday in Brussels”, according to "
        f'<a href="{base}/transcript.pdf#page=1">the transcript</a> and <a href="{base}/release">a release</a>.</p>'
        '<blockquote class="twitter-tweet"><p>We stand with Ukraine.</p>&mdash; NATO (@NATO) '
        '<a href="https://twitter.com/NATO/status/1958862000000000001">August 22, 2025</a></blockquote>'
        f'<p><img src="{base}/photo.jpg"> <a href="{base}/photo.jpg">photo</a> <a href="mailto:a@b.c">mail</a></p>'
        "</article><footer><a href='https://example.org/about'>About</a></footer></body></html>",
        encoding="utf-8",
    )
    return article


def _base(server: Server) -> str:
    return server.base


def test_links_are_the_body_pages_only(server: Server, tmp_path: Path) -> None:
    base = _base(server)
    document = from_text(_article(tmp_path, base).read_text("utf-8"), "draft.html", DocumentFormat.HTML)
    found = article_links(document)
    # no fragment, no post (saved as a post), no image, no mail, no navigation or footer
    assert found.urls == (f"{base}/transcript.pdf", f"{base}/release") and found.left_out == 0


def test_markdown_and_text_links() -> None:
    text = (
        "The [release](https://gov.example/release?id=4). See https://gov.example/speech. "
        "Also <https://gov.example/report.pdf> and https://x.com/NATO/status/1958862000000000001 and "
        "[image](https://gov.example/chart.png).\n"
    )
    found = article_links(from_text(text, "draft.md", DocumentFormat.MARKDOWN))
    assert found.urls == (
        "https://gov.example/release?id=4",
        "https://gov.example/speech",
        "https://gov.example/report.pdf",
    )


def test_an_article_cannot_make_a_run_fetch_thousands_of_links() -> None:
    text = " ".join(f"https://gov.example/page/{n}" for n in range(MAX_LINKS + 50))
    found = article_links(from_text(text, "draft.txt", DocumentFormat.TEXT))
    assert len(found.urls) == MAX_LINKS and found.left_out == 50


def test_links_are_saved_only_with_allow_private_addresses(server: Server, tmp_path: Path) -> None:
    base = _base(server)
    article = _article(tmp_path, base)
    store = tmp_path / "store"
    env = {"VERIFY_ENDPOINT_X": f"{base}/x"}  # the post's oEmbed: a 404 here, it only must not stop the links
    args = ["--from-article", str(article), "--links", "--snapshots", str(store)]
    refused = CliRunner().invoke(snapshot, args, env=env)
    assert refused.exit_code == 2
    for path in ("/transcript.pdf", "/release"):
        assert f"verify: error: {base}{path}: not fetched: 127.0.0.1 is a private or local address" in refused.stderr
    assert [p for p, _ in server.seen if not p.startswith("/x/")] == []
    assert list(store.glob("page-*.json")) == []

    allowed = CliRunner().invoke(snapshot, [*args, "--allow-private-addresses"], env=env)
    assert f"saved {base}/transcript.pdf -> " in allowed.stdout, allowed.output
    assert f"saved {base}/release -> " in allowed.stdout
    records = {r["url"]: r for r in (json.loads(p.read_text("utf-8")) for p in store.glob("page-*.json"))}
    pdf = records[f"{base}/transcript.pdf"]
    assert pdf["kind"] == "transcript" and pdf["title"] == "Press conference"
    assert pdf["content_type"] == "application/pdf" and (store / pdf["raw"]).is_file()
    assert {"speaker": "MARK RUTTE", "text": "The talks will resume on Monday in Brussels."} in pdf["statements"]
    page = records[f"{base}/release"]
    assert page["kind"] == "page" and page["text"] == "The ministry said the talks would resume on Monday."


def test_links_need_an_article() -> None:
    result = CliRunner().invoke(snapshot, ["https://example.org/", "--links"])
    assert result.exit_code == 2 and "--links" in result.output


def test_pdf_text_and_a_broken_pdf() -> None:
    title, text = pdf_text(minimal_pdf(["First line (one).", "Second line."], "A title"), "https://gov.example/a.pdf")
    assert (title, text) == ("A title", "First line (one).\nSecond line.")
    with pytest.raises(InputError, match=r"^https://gov.example/b.pdf: cannot read the PDF: "):
        pdf_text(b"%PDF-1.4\nthis is no PDF at all", "https://gov.example/b.pdf")
