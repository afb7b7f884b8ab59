"""``verify snapshot`` end to end, against a real HTTP server on 127.0.0.1 started by the test.

Platform endpoints are pointed at the server with VERIFY_ENDPOINT_* variables,
so the whole command runs as a user runs it, and nothing leaves the machine.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from verify.cli_snapshot import snapshot

DATA = Path(__file__).parent / "data" / "snapshot"
BIG = 200_000  # bytes of the oversized response; the test caps responses below it


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # the slow handler may still sleep when a test ends
    requests: list[str]
    hits: dict[str, int]
    version: str  # what /changing says

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (timeout, size cap) breaks the pipe; that is the test working."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read the server's request list instead."""

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        self.server.requests.append(self.path)
        path = self.path.split("?", 1)[0]
        self.server.hits[path] = self.server.hits.get(path, 0) + 1
        route = {
            "/speech": lambda: self._send(200, (DATA / "transcript.html").read_bytes()),
            "/page": lambda: self._send(200, (DATA / "page.html").read_bytes()),
            "/changing": lambda: self._send(200, f"<main><p>Version {self.server.version}.</p></main>".encode()),
            "/flaky": self._flaky,
            "/slow": self._slow,
            "/big": self._big,
            "/moved": lambda: self._send(301, b"", location="/page"),
            "/loop": lambda: self._send(302, b"", location="/loop"),
            "/x/oembed": lambda: self._send(200, (DATA / "x-oembed.json").read_bytes(), "application/json"),
            "/wayback/available": lambda: self._send(200, self._availability(), "application/json"),
            "/web/20250822101500id_/https://example.org/statement": lambda: self._send(
                200, (DATA / "page.html").read_bytes()
            ),
        }.get(path)
        if route is None:
            self._send(404, b"not found", "text/plain")
        else:
            route()

    def _send(self, status: int, body: bytes, media: str = "text/html; charset=utf-8", location: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)

    def _flaky(self) -> None:
        if self.server.hits["/flaky"] < 3:
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send(200, b"<main><p>Third time lucky.</p></main>")

    def _slow(self) -> None:
        time.sleep(3.0)
        self._send(200, b"<p>too late</p>")

    def _big(self) -> None:
        # No Content-Length: the client can only find out by reading, and must stop at its cap.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        for _ in range(BIG // 10_000):
            self.wfile.write(b"<p>" + b"x" * 9_993 + b"</p>")

    def _availability(self) -> bytes:
        closest = {
            "status": "200",
            "available": True,
            "url": f"{_base(self.server)}/web/20250822101500/https://example.org/statement",
            "timestamp": "20250822101500",
        }
        return json.dumps({"archived_snapshots": {"closest": closest}}).encode()


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.requests, httpd.hits, httpd.version = [], {}, "one"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _base(server: _Server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}"


def _run(server: _Server, *args: str) -> Result:
    env = {
        "VERIFY_ENDPOINT_X": f"{_base(server)}/x",
        "VERIFY_ENDPOINT_WAYBACK": _base(server),
    }
    return CliRunner().invoke(snapshot, list(args), env=env, catch_exceptions=False)


def test_each_url_gets_one_line_and_failures_do_not_stop_the_others(server: _Server, tmp_path: Path) -> None:
    base = _base(server)
    urls = [f"{base}/{name}" for name in ("speech", "missing", "flaky", "slow", "big", "moved", "loop")]
    # One deadline covers an attempt's redirects: the loop's six hops took over 0.3 s on a loaded CI machine, and over
    # 1 s at load 12 on a 2-core machine. /slow sleeps 3 s, so a 2 s deadline still cuts it.
    args = ("--snapshots", str(tmp_path), "--timeout", "2", "--max-bytes", "50000", "--allow-private-addresses")
    result = _run(server, *urls, *args)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]
    assert errors == [
        f"verify: error: {base}/missing: HTTP 404 Not Found",
        f"verify: error: {base}/slow: timed out after 2s",
        f"verify: error: {base}/big: response is over the size limit of 50000 bytes (see --max-bytes)",
        f"verify: error: {base}/loop: more than 5 redirects",
    ]
    saved = sorted(line.split()[1] for line in result.stdout.splitlines() if line.startswith("saved "))
    assert saved == [f"{base}/flaky", f"{base}/moved", f"{base}/speech"]
    assert server.hits["/flaky"] == 3  # two 503s, retried
    assert result.stderr.splitlines()[-1] == "snapshot: 3 saved, 0 changed, 0 unchanged, 4 failed"
    records = [json.loads(p.read_text("utf-8")) for p in tmp_path.glob("*.json")]
    assert len(records) == 3  # nothing written for a failed URL
    by_url = {r["url"]: r for r in records}
    assert by_url[f"{base}/speech"]["kind"] == "transcript"
    assert by_url[f"{base}/speech"]["statements"][0] == {
        "speaker": "MARK RUTTE",
        "text": "It is clear that the United States will participate.",
    }
    moved = by_url[f"{base}/moved"]
    assert (moved["kind"], moved["final_url"], moved["status"]) == ("page", f"{base}/page", 200)
    for record in records:
        assert (tmp_path / record["raw"]).is_file()


def test_history_is_kept_and_unchanged_content_adds_nothing(server: _Server, tmp_path: Path) -> None:
    url = f"{_base(server)}/changing"
    first = _run(server, url, "--snapshots", str(tmp_path))
    assert first.exit_code == 0 and first.stdout.startswith(f"saved {url} -> ")
    again = _run(server, url, "--snapshots", str(tmp_path))
    assert again.exit_code == 0 and again.stdout.startswith(f"unchanged {url}: same as ")
    assert len(list(tmp_path.glob("*.json"))) == 1
    server.version = "two"
    changed = _run(server, url, "--snapshots", str(tmp_path))
    assert changed.exit_code == 0 and changed.stdout.startswith(f"changed {url} -> ")
    texts = sorted(json.loads(p.read_text("utf-8"))["text"] for p in tmp_path.glob("*.json"))
    assert texts == ["Version one.", "Version two."]


def test_from_article_fetches_only_its_posts(server: _Server, tmp_path: Path) -> None:
    article = tmp_path / "draft.html"
    article.write_text(
        "<html><body><p>NATO's chief spoke on Friday.</p>"
        '<blockquote class="twitter-tweet"><p>Mark Rutte: The United States and NATO will participate</p>'
        '&mdash; MOSCOW NEWS (@MOSCOW_EN) <a href="https://twitter.com/MOSCOW_EN/status/1958862000000000000">'
        "August 22, 2025</a></blockquote>"
        f'<p>More at <a href="{_base(server)}/page">our internal page</a>.</p></body></html>',
        encoding="utf-8",
    )
    result = _run(server, "--from-article", str(article))
    assert result.exit_code == 0, result.output
    assert [r.split("?")[0] for r in server.requests] == ["/x/oembed"]  # the article's plain link is never fetched
    [saved] = list((tmp_path / "snapshots").glob("x-1958862000000000000-*.json"))  # beside the article
    record = json.loads(saved.read_text("utf-8"))
    assert record["author"] == {"name": "MOSCOW NEWS", "handle": "@MOSCOW_EN"}
    assert record["fetched_from"].startswith(f"{_base(server)}/x/oembed?url=https%3A%2F%2Ftwitter.com%2FMOSCOW_EN")


def test_archive_fallback(server: _Server, tmp_path: Path) -> None:
    url = f"{_base(server)}/gone"
    result = _run(server, url, "--archive", "--snapshots", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("(from the Wayback Machine)")
    [path] = tmp_path.glob("*.json")
    record = json.loads(path.read_text("utf-8"))
    assert record["url"] == url and record["live_error"] == "HTTP 404 Not Found"
    assert record["archived_from"].endswith("/web/20250822101500/https://example.org/statement")
    assert record["archived_at"] == "2025-08-22T10:15:00Z"
    assert "will resume on Monday" in record["text"]


def test_usage_and_unreadable_article(tmp_path: Path) -> None:
    assert CliRunner().invoke(snapshot, []).exit_code == 2
    result = CliRunner().invoke(snapshot, ["--from-article", str(tmp_path / "nope.html")])
    assert result.exit_code == 2
    assert f"verify: error: {tmp_path / 'nope.html'}: no such file" in result.stderr


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(snapshot, ["--help"])
    assert result.exit_code == 0 and "verify snapshot --from-article" in result.output
