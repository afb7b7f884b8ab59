"""The network policy against hostile servers: addresses, redirects, pinning, deadlines, bombs, Retry-After.

Servers are real HTTP servers on 127.0.0.1 started here (threads, bounded
loops), or httpx.MockTransport with a resolver given by the test: no test
touches the internet, and none asks a DNS server.
"""

from __future__ import annotations

import gzip
import socket
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from verify.cli_snapshot import snapshot
from verify.sources.fetch import Fetcher, FetchError, FetchPolicy, fetch_bytes, is_public_address

from .loopback import Route, Server, send, serving


@pytest.fixture
def server() -> Iterator[Server]:
    with serving() as httpd:
        yield httpd


def _base(server: Server) -> str:
    return server.base


def _page(text: str) -> Route:
    return lambda h: send(h, 200, f"<html><body><main><p>{text}</p></main></body></html>".encode())


def _redirect(location: str) -> Route:
    return lambda h: send(h, 302, Location=location)


# --- which addresses are public -----------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # shared address space (carrier NAT)
        "0.0.0.0",
        "224.0.0.1",  # multicast
        "240.0.0.1",  # reserved
        "255.255.255.255",
        "192.0.2.1",  # documentation
        "::1",
        "::",
        "fe80::1",
        "fe80::1%eth0",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::ffff:169.254.169.254",
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
        "not an address",
    ],
)
def test_private_and_special_addresses_are_refused(address: str) -> None:
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert is_public_address(address)


# --- the policy on real connections -------------------------------------------------


def test_a_private_address_is_refused_unless_named_or_allowed(server: Server) -> None:
    server.routes["/page"] = _page("Hello.")
    url = f"{_base(server)}/page"
    refused = r"not fetched: 127\.0\.0\.1 is a private or local address"
    with Fetcher(FetchPolicy(backoff=0), sleep=lambda s: None) as fetcher, pytest.raises(FetchError, match=refused):
        fetcher.get(url)
    assert server.seen == []  # refused before connecting
    with Fetcher(FetchPolicy(), named=[url]) as fetcher:
        assert b"Hello." in fetcher.get(url).body
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        assert b"Hello." in fetcher.get(url).body


def test_every_redirect_is_checked_even_from_a_named_host(server: Server) -> None:
    base = _base(server)
    server.routes["/moved"] = _redirect(f"{base}/internal")
    server.routes["/internal"] = _page("secret")
    refused = r"not fetched: redirected to 127\.0\.0\.1 is a private"
    with Fetcher(FetchPolicy(), named=[f"{base}/moved"]) as fetcher, pytest.raises(FetchError, match=refused):
        fetcher.get(f"{base}/moved")
    assert [path for path, _ in server.seen] == ["/moved"]
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        assert fetcher.get(f"{base}/moved").final_url == f"{base}/internal"


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:8080/admin",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://2130706433/",  # 127.0.0.1 as one number
        "http://localhost/",
        "http://internal.example/",  # a name that resolves inward
    ],
)
def test_a_public_host_redirecting_inward_is_refused(target: str) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": target})

    inward = {"localhost": ["127.0.0.1", "::1"], "internal.example": ["10.0.0.7"], "2130706433": ["127.0.0.1"]}

    def resolver(host: str, port: int) -> list[str]:
        return inward.get(host) or (["93.184.216.34"] if host == "news.example" else [host])

    with (
        Fetcher(FetchPolicy(), transport=httpx.MockTransport(handler), resolver=resolver) as fetcher,
        pytest.raises(FetchError, match="not fetched: redirected to"),
    ):
        fetcher.get("https://news.example/story")
    assert seen == ["https://news.example/story"]


def test_a_host_resolving_to_any_private_address_is_refused() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.1"]  # one private answer among public ones is enough to refuse

    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    with Fetcher(FetchPolicy(), transport=transport, resolver=resolver) as fetcher, pytest.raises(FetchError):
        fetcher.get("https://mixed.example/")


def test_the_connection_goes_to_the_checked_address_with_the_host_named(server: Server) -> None:
    """DNS rebinding: the address checked is the address connected to; the system resolver is never asked."""
    server.routes["/page"] = _page("pinned")
    port = server.server_address[1]
    asked: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]  # "rebind.invalid" resolves nowhere else: only the pin can reach the server

    with Fetcher(FetchPolicy(allow_private=True), resolver=resolver) as fetcher:
        result = fetcher.get(f"http://rebind.invalid:{port}/page")
    assert b"pinned" in result.body
    assert asked == ["rebind.invalid"]
    assert server.seen == [("/page", f"rebind.invalid:{port}")]


def test_a_name_that_does_not_resolve_fails_at_once() -> None:
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    with (
        Fetcher(FetchPolicy(retries=3), transport=transport, resolver=resolver) as fetcher,
        pytest.raises(FetchError, match=r"^https://nowhere.invalid/: cannot resolve nowhere.invalid: Name or service"),
    ):
        fetcher.get("https://nowhere.invalid/")
    assert calls == ["nowhere.invalid"]


def test_a_check_url_input_is_named_but_its_redirects_are_checked(server: Server) -> None:
    base = _base(server)
    server.routes["/article"] = _page("An article.")
    server.routes["/bounce"] = _redirect("http://169.254.169.254/latest/meta-data/")
    assert b"An article." in fetch_bytes(f"{base}/article", max_bytes=10_000, timeout=5).body
    with pytest.raises(FetchError, match=r"redirected to 169\.254\.169\.254"):
        fetch_bytes(f"{base}/bounce", max_bytes=10_000, timeout=5)


# --- time ----------------------------------------------------------------------------


def _trickle(handler: BaseHTTPRequestHandler) -> None:
    """Headers at a byte every 50 ms for at most 10 s: each read is quick, the whole is not."""
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
    handler.wfile.flush()
    for _ in range(200):
        handler.wfile.write(b"X")
        handler.wfile.flush()
        time.sleep(0.05)


def test_headers_trickling_in_cannot_outlast_the_timeout(server: Server) -> None:
    server.routes["/slow"] = _trickle
    start = time.monotonic()
    with Fetcher(FetchPolicy(timeout=1.0, allow_private=True)) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(f"{_base(server)}/slow")
    elapsed = time.monotonic() - start
    assert caught.value.message == "timed out after 1s"
    assert elapsed < 2.5, elapsed  # the trickle would last 10 s


# --- decompression bombs -------------------------------------------------------------


def _gzip_of_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(size >> 20)]
    return b"".join([*parts, compressor.flush()])


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """``Content-Encoding: gzip, gzip`` of 64 MB of zeros: a few hundred bytes on the wire."""
    return gzip.compress(_gzip_of_zeros(64 << 20), 9)


def test_a_layered_gzip_bomb_is_stopped_at_the_cap_in_bounded_memory(server: Server, bomb: bytes) -> None:
    server.routes["/bomb"] = lambda h: send(h, 200, bomb, Content_Encoding="gzip, gzip")
    tracemalloc.start()
    try:
        policy = FetchPolicy(max_bytes=1 << 20, allow_private=True)
        with Fetcher(policy) as fetcher, pytest.raises(FetchError) as caught:
            fetcher.get(f"{_base(server)}/bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.message == f"response is over the size limit of {1 << 20} bytes (see --max-bytes)"
    assert len(bomb) < 100_000 and peak < 16 << 20, peak  # 64 MB inflated would show; the cap is 1 MB


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("gzip, gzip", lambda body: gzip.compress(gzip.compress(body))),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib framing, as the RFC says
        ("deflate", lambda body: zlib.compress(body)[2:-4]),  # raw deflate, as some servers send it
        ("gzip", lambda body: gzip.compress(body[:10]) + gzip.compress(body[10:])),  # two gzip members
        ("identity", lambda body: body),
    ],
)
def test_encoded_bodies_are_decoded(server: Server, encoding: str, encode: Callable[[bytes], bytes]) -> None:
    text = ("<p>The minister said the talks would resume.</p>" * 4000).encode()
    server.routes["/enc"] = lambda h: send(h, 200, encode(text), Content_Encoding=encoding)
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        assert fetcher.get(f"{_base(server)}/enc").body == text


@pytest.mark.parametrize(
    ("encoding", "body", "message"),
    [
        ("gzip", b"not gzip at all", "the response body is not valid gzip"),
        ("br", b"\x00", "unsupported content encoding 'br'"),
        ("gzip, gzip, gzip, gzip, gzip", b"", "the response claims 5 content encodings"),
    ],
)
def test_bad_encodings_fail_with_one_line(server: Server, encoding: str, body: bytes, message: str) -> None:
    server.routes["/bad"] = lambda h: send(h, 200, body, Content_Encoding=encoding)
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(f"{_base(server)}/bad")
    assert caught.value.message == message


# --- Retry-After and Content-Length ---------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7", [7.0]),
        ("²", [0.5]),  # a superscript two passes str.isdigit(): not a delay, so the backoff is used
        ("٣", [0.5]),  # an Arabic-Indic three, likewise
        ("7.5", [0.5]),
        ("-3", [0.5]),
        ("soon", [0.5]),
        ("Mon, 99 Foo 99999 99:99:99 GMT", [0.5]),
        (format_datetime(datetime(2000, 1, 1, tzinfo=UTC), usegmt=True), [0.0]),  # in the past: at once
    ],
)
def test_retry_after_is_parsed_strictly(value: str, expected: list[float]) -> None:
    statuses = iter([503, 200])
    sleeps: list[float] = []
    header = value.encode("utf-8")  # as a server sends it: bytes, read back by httpx as UTF-8
    handler = lambda r: httpx.Response(next(statuses), headers={"Retry-After": header})  # noqa: E731
    with Fetcher(FetchPolicy(backoff=0.5), transport=httpx.MockTransport(handler), sleep=sleeps.append) as fetcher:
        fetcher.get("https://example.org/")
    assert sleeps == expected


@pytest.mark.parametrize("value", ["99999999999999999999999", "9" * 5000])
def test_a_huge_retry_after_fails_at_once(value: str) -> None:
    handler = lambda r: httpx.Response(429, headers={"Retry-After": value})  # noqa: E731
    with (
        Fetcher(FetchPolicy(), transport=httpx.MockTransport(handler), sleep=lambda s: None) as fetcher,
        pytest.raises(FetchError, match="asked to retry after"),
    ):
        fetcher.get("https://example.org/")


def test_a_retry_after_date_in_the_future_is_waited_for() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    statuses = iter([429, 200])
    sleeps: list[float] = []
    handler = lambda r: httpx.Response(next(statuses), headers={"Retry-After": when})  # noqa: E731
    with Fetcher(FetchPolicy(), transport=httpx.MockTransport(handler), sleep=sleeps.append) as fetcher:
        fetcher.get("https://example.org/")
    assert len(sleeps) == 1 and 25 < sleeps[0] <= 30


@pytest.mark.parametrize("value", ["²", "1e9", "99999999999999999999999999"])
def test_odd_content_lengths_never_crash(server: Server, value: str) -> None:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", value)
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(b"<p>x</p>")

    server.routes["/odd"] = route
    with Fetcher(FetchPolicy(allow_private=True, retries=0)) as fetcher:
        try:
            fetcher.get(f"{_base(server)}/odd")
        except FetchError as error:
            assert "\n" not in error.message


# --- verify snapshot: endpoints and the switch ------------------------------------------


def test_a_platform_endpoint_redirecting_inward_saves_nothing(server: Server, tmp_path: Path) -> None:
    base = _base(server)
    for target in (f"{base}/internal", "http://169.254.169.254/latest/meta-data/"):
        server.routes["/x/oembed"] = _redirect(target)
        server.routes["/internal"] = _page("internal secret")
        result = CliRunner().invoke(
            snapshot,
            ["https://x.com/NATO/status/1958862000000000000", "--snapshots", str(tmp_path)],
            env={"VERIFY_ENDPOINT_X": f"{base}/x"},
        )
        assert result.exit_code == 2
        assert "not fetched: redirected to" in result.stderr
        assert "/internal" not in [path for path, _ in server.seen]
        assert list(tmp_path.glob("*.json")) == []


def test_snapshot_refuses_private_hosts_from_an_article_unless_allowed(server: Server, tmp_path: Path) -> None:
    base = _base(server)
    server.routes["/release"] = _page("The ministry said the talks would resume on Monday.")
    article = tmp_path / "draft.html"
    article.write_text(f'<article><p>As <a href="{base}/release">the release</a> says.</p></article>', "utf-8")
    refused = CliRunner().invoke(snapshot, ["--from-article", str(article), "--links"])
    assert refused.exit_code == 2
    assert f"verify: error: {base}/release: not fetched: 127.0.0.1 is a private or local address" in refused.stderr
    assert server.seen == []
    allowed = CliRunner().invoke(snapshot, ["--from-article", str(article), "--links", "--allow-private-addresses"])
    assert allowed.exit_code == 0, allowed.output
    assert allowed.stdout.startswith(f"saved {base}/release -> ")
