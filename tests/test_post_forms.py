"""Post forms through the whole pipeline: which posts become findings, and how a post without text is judged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from verify.cli import cli

FIXTURES = Path(__file__).resolve().parent / "fixtures_posts"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [*args, "-j", "1", "--fail-on", "never"], catch_exceptions=False)
    return result.exit_code, result.output


def _report(article: Path) -> dict:
    out = article.parent / "report.json"
    _run(str(article), "--format", "json", "--output", str(out))
    return json.loads(out.read_text(encoding="utf-8"))["articles"][0]


def _saved_post(directory: Path, url: str, handle: str, text: str) -> None:
    directory.mkdir(exist_ok=True)
    record = {
        "schema": "verify.snapshot/1",
        "url": url,
        "kind": "post",
        "platform": "x",
        "author": {"name": "Saved", "handle": handle},
        "published": "2024-05-07",
        "text": text,
        "fetched_at": "2024-05-08T00:00:00Z",
    }
    (directory / f"{handle[1:]}.json").write_text(json.dumps(record), encoding="utf-8")


def test_forms_in_json_and_rail_posts_make_no_finding(tmp_path: Path) -> None:
    article = tmp_path / "links.html"
    shutil.copy(FIXTURES / "forms-link.html", article)
    report = _report(article)
    assert [p["form"] for p in report["posts"]] == ["link", "link", "embed", "link"]
    judged = {f["claim"]["url"] for f in report["findings"] if f["claim"]["kind"] == "post"}
    assert "https://x.com/someone_else/status/1740000000000000999" not in judged  # in a related-stories rail
    assert "https://www.reddit.com/r/localpolitics/comments/9zq1ab/" in judged  # a link is judged by its URL


def test_text_report_never_prints_a_post_with_empty_text(tmp_path: Path) -> None:
    for name in ("forms-link.html", "forms-threads-linkedin.html", "forms-placeholder.html"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    status, output = _run(str(tmp_path), "--show", "all")  # the posts here are notes
    assert status == 0
    assert "“”" not in output
    assert "<https://www.threads.com/@ceo.mara/post/DAbCdEfGh12> (no text in the article)" in output


def test_a_post_without_text_is_never_verified_on_nothing(tmp_path: Path) -> None:
    article = tmp_path / "article.html"
    article.write_text(
        "<html><body><article><p>The office announced it "
        '<a href="https://twitter.com/electoral_office/status/1740000000000000001">here</a>.</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    url = "https://x.com/electoral_office/status/1740000000000000001"
    _saved_post(tmp_path / "snapshots", url, "@electoral_office", "Counting is complete.")
    (finding,) = [f for f in _report(article)["findings"] if f["claim"]["kind"] == "post"]
    assert finding["verdict"] == "unverified"
    assert finding["evidence"]["text"] == "Counting is complete."  # the saved copy is shown, not matched


def test_a_linked_post_saved_under_another_account_is_misattributed(tmp_path: Path) -> None:
    article = tmp_path / "article.html"
    article.write_text(
        '<html><body><article><p>The <a href="https://twitter.com/electoral_office/status/1740000000000000001">'
        "office</a> announced it.</p></article></body></html>",
        encoding="utf-8",
    )
    _saved_post(
        tmp_path / "snapshots",
        "https://x.com/electoral_office/status/1740000000000000001",
        "@electoral_0ffice",
        "Counting is complete.",
    )
    (finding,) = [f for f in _report(article)["findings"] if f["claim"]["kind"] == "post"]
    assert finding["verdict"] == "misattributed"


def test_a_telegram_post_is_held_to_its_own_channels_capture_not_to_another_channels_post_of_that_number(
    tmp_path: Path,
) -> None:
    article = tmp_path / "ferries.html"
    article.write_text(
        "<html><body><article><p>The ferry office posted the new times:</p>"
        '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="harbourferries/812">'
        "</script><p>Crossings resume on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    snapshots = tmp_path / "snapshots"
    snapshots.mkdir()
    for channel, text in (  # (a number counts within its channel: both are posts 812)
        ("harbourferries", "Crossings resume on Monday at 7am."),
        ("citybuses", "Route 4 is diverted all week."),
    ):
        record = {
            "schema": "verify.snapshot/1",
            "url": f"https://t.me/{channel}/812",
            "kind": "post",
            "platform": "telegram",
            "post_id": "812",
            "author": {"name": channel, "handle": f"@{channel}"},
            "published": "2024-05-07",
            "text": text,
            "fetched_at": "2024-05-08T00:00:00Z",
        }
        (snapshots / f"telegram-{channel}.json").write_text(json.dumps(record), encoding="utf-8")
    report = _report(article)
    (post,) = report["posts"]
    assert (post["id"], post["url"]) == ("812", "https://t.me/harbourferries/812")
    (finding,) = [f for f in report["findings"] if f["claim"]["kind"] == "post"]
    assert finding["verdict"] == "unverified"
    assert finding["evidence"]["text"] == "Crossings resume on Monday at 7am."
    assert "citybuses" not in json.dumps(finding)  # (not among the post's captures either)
