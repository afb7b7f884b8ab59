"""The one place that makes an httpx client: verify's network policy.

:class:`Fetcher` owns the client and the rules every request follows:

- **Addresses**: before each hop (the first request and every redirect) the
  host is resolved once, every address it resolves to must be public (not
  private, loopback, link-local, shared, reserved, multicast or unspecified,
  IPv4 or IPv6, nor an IPv6 form embedding such an IPv4 address), and the
  connection is made to exactly those checked addresses: a second DNS answer
  cannot redirect it (no DNS rebinding). TLS still names the host (SNI and
  certificate check), and so does the ``Host`` header. The user may name a
  private host (a URL on the command line, an endpoint override): its first
  hop is allowed, its redirects are checked like any other.
  ``allow_private`` lifts the check (``--allow-private-addresses``, for tests
  and intranets). Proxies from the environment are not used: the policy must
  see the connection.
- **Time**: a connect and read timeout, and one deadline for a whole attempt
  (resolving, connecting, headers, redirects, body), so a server trickling
  its headers a byte at a time cannot hold a run past the timeout.
- **Size**: the body is decoded here, layer by layer (``gzip, gzip`` ...), in
  bounded steps, and the cap counts DECODED bytes as they come, so a
  compressed bomb is stopped at the cap, never inflated whole.
- **Retries**: bounded, with exponential backoff, on connection errors, 429
  and 5xx; ``Retry-After`` (ASCII digits or an HTTP date) is honoured up to a
  cap. A name that does not resolve fails at once, without retries.

A request either returns a :class:`FetchResult` or raises :class:`FetchError`
with a one-line reason.
"""

from __future__ import annotations

import email.utils
import ipaddress
import math
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpcore
import httpx

from .._version import __version__
from ..errors import InputError
from ..models import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

__all__ = [
    "USER_AGENT",
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "fetch_bytes",
    "is_public_address",
    "resolve_host",
]

USER_AGENT = f"verify/{__version__} (quote and post checker; +https://github.com/verify-quotes/verify)"

# Statuses worth another try: the server is overloaded or rate-limiting, not refusing this URL.
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Errors where no usable response arrived (refused, reset, dropped mid-response): another try may work.
_CONNECTION_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadError, httpx.RemoteProtocolError)
# A read timeout is not retried: the server accepted the request and is too slow, and a retry would
# multiply the wait the user chose with --timeout.
_TIMEOUTS = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Only encodings decoded here in bounded steps are asked for (httpx would add br/zstd when installed).
_ACCEPT_ENCODING = "gzip, deflate"
_MAX_ENCODINGS = 4  # more layers than this is no real server
_INFLATE_STEP = 64 * 1024  # most bytes one decoding step may produce: memory stays bounded whatever the ratio
# IPv6 prefixes whose last 32 bits are an IPv4 address reached through a NAT64 gateway (RFC 6052, RFC 8215).
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
_DIGITS = re.compile(r"[0-9]+")  # Retry-After and Content-Length: ASCII digits only ("²".isdigit() is True)

Resolver = Callable[[str, int], Sequence[str]]


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How patient and how trusting one run's requests are."""

    timeout: float = DEFAULT_TIMEOUT  # seconds: connect, each read, and the whole of one attempt
    max_bytes: int = DEFAULT_MAX_BYTES  # largest response body accepted, decoded
    retries: int = 3  # further attempts after the first, on connection errors, 429 and 5xx
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_wait: float = 60.0  # longest Retry-After honoured; a server asking for more is a failure
    max_redirects: int = 5
    allow_private: bool = False  # connect to private, loopback, link-local ... addresses too


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One successful response: where it came from, when, and its whole (decoded) body.

    ``url`` is what was asked for, ``final_url`` where redirects ended.
    ``headers`` are the final response's headers; ``request_headers`` what was
    sent (kept for the WARC request record, credentials left out).
    """

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    fetched_at: datetime  # UTC, when the response arrived
    reason: str = "OK"
    http_version: str = "HTTP/1.1"
    headers: tuple[tuple[str, str], ...] = ()
    request_headers: tuple[tuple[str, str], ...] = ()


class FetchError(InputError):
    """A URL that could not be fetched; ``status`` is the HTTP status when one arrived."""

    def __init__(self, url: str, message: str, *, status: int | None = None) -> None:
        super().__init__(url, message)
        self.status = status


class _Retry(Exception):
    """An attempt that failed in a way another attempt may not."""

    def __init__(self, reason: str, status: int | None = None, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.wait = wait


def is_public_address(address: str) -> bool:
    """Whether an IP address is one the internet routes to a public host.

    Refused: private, loopback, link-local (169.254.169.254, the cloud
    metadata service), shared (100.64/10), reserved, multicast, unspecified,
    documentation ranges, and IPv6 forms that carry such an IPv4 address
    (``::ffff:127.0.0.1``, 6to4, NAT64).
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") names no other host
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):  # an IPv6 form that reaches an IPv4 host is judged by that host
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and any(ip in network for network in _NAT64):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public_address(str(embedded))
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local)


def resolve_host(host: str, port: int) -> list[str]:
    """The addresses a host name resolves to (an address resolves to itself); raises OSError."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class Fetcher:
    """An httpx client with verify's policy; use one per run, as a context manager.

    ``named`` are URL prefixes the user named (the origin of a URL on the
    command line, an endpoint override's base): a first request to a URL under
    one may go to a private address. A ``transport`` given
    by the caller (tests) replaces verify's connection layer, and with it the
    address check, unless a ``resolver`` is given too.
    """

    def __init__(
        self,
        policy: FetchPolicy = FetchPolicy(),
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        named: Iterable[str] = (),
        resolver: Resolver | None = None,
    ) -> None:
        self.policy = policy
        self._sleep = sleep
        self._named = [(origin, _path(url).rstrip("/")) for url in named if (origin := _origin(url)) is not None]
        self._backend: _PinnedBackend | None = None
        if transport is None:
            self._backend = _PinnedBackend()
            transport = _pinned_transport(self._backend)
            resolver = resolver or resolve_host
        self._resolver = resolver
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(policy.timeout),
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": _ACCEPT_ENCODING},
            trust_env=False,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        secret_headers: dict[str, str] | None = None,
        follow_redirects: bool = True,
    ) -> FetchResult:
        """GET ``url`` under the policy; raises :class:`FetchError` naming the reason.

        ``secret_headers`` (an access token) are sent but not recorded in the result,
        and not sent on to another origin when redirected.
        """
        if _origin(url) is None:
            raise FetchError(url, "not an http(s) URL")
        retries = 0
        while True:
            try:
                return self._attempt(url, headers or {}, secret_headers or {}, follow_redirects)
            except _Retry as retry:
                if retries == self.policy.retries:
                    reason = f"{retry.reason} (gave up after {retries + 1} attempts)"
                    raise FetchError(url, reason, status=retry.status) from None
                self._sleep(retry.wait if retry.wait is not None else self.policy.backoff * 2**retries)
                retries += 1

    def _attempt(self, url: str, headers: dict[str, str], secret: dict[str, str], follow: bool) -> FetchResult:
        deadline = time.monotonic() + self.policy.timeout
        if self._backend is not None:
            self._backend.deadline = deadline
        try:
            request = self._client.build_request("GET", url, headers={**headers, **secret})
            for hop in range(self.policy.max_redirects + 1):
                self._admit(url, request.url, first=hop == 0, deadline=deadline)
                response = self._client.send(request, stream=True, follow_redirects=False)
                try:
                    if not response.is_redirect:
                        return self._result(url, response, secret, deadline)
                    if not follow:
                        status = response.status_code
                        raise FetchError(url, f"HTTP {status}: redirect not followed", status=status)
                    if response.next_request is None:
                        raise FetchError(url, f"HTTP {response.status_code}: redirect with no usable Location")
                    request = response.next_request
                finally:
                    response.close()
            raise FetchError(url, f"more than {self.policy.max_redirects} redirects")
        except _CONNECTION_ERRORS as error:
            raise _Retry(f"connection failed: {_describe(error)}") from None
        except _TIMEOUTS:
            raise FetchError(url, f"timed out after {self.policy.timeout:g}s") from None
        except (httpx.HTTPError, httpx.InvalidURL) as error:  # invalid redirect target, unsupported scheme, ...
            raise FetchError(url, _describe(error)) from None
        finally:
            if self._backend is not None:
                self._backend.deadline = math.inf

    def _admit(self, url: str, target: httpx.URL, *, first: bool, deadline: float) -> None:
        """Resolve the host of one hop, check its addresses, and pin the connection to them."""
        if target.scheme not in _DEFAULT_PORTS:
            raise FetchError(url, f"redirected to a non-http(s) URL: {target}")
        if self._resolver is None:
            return  # a caller's transport connects by itself
        host = target.raw_host.decode("ascii")
        port = target.port or _DEFAULT_PORTS[target.scheme]
        addresses = _resolve_within(self._resolver, host, port, deadline, url)
        trusted = first and self._is_named(target)
        if not (self.policy.allow_private or trusted):
            refused = [address for address in addresses if not is_public_address(address)]
            if refused:
                where = "" if first else "redirected to "
                raise FetchError(
                    url,
                    f"not fetched: {where}{host} is a private or local address ({refused[0]}); "
                    "see --allow-private-addresses",
                )
        if self._backend is not None:
            self._backend.pins[(host, port)] = tuple(addresses)

    def _is_named(self, target: httpx.URL) -> bool:
        origin, path = _origin(str(target)), target.path
        return any(origin == o and (path == p or path.startswith(f"{p}/")) for o, p in self._named)

    def _result(self, url: str, response: httpx.Response, secret: dict[str, str], deadline: float) -> FetchResult:
        fetched_at = datetime.now(UTC)
        status = response.status_code
        if status in _RETRY_STATUSES:
            raise _Retry(f"HTTP {status} {response.reason_phrase}".rstrip(), status, self._retry_after(url, response))
        if not response.is_success:
            raise FetchError(url, f"HTTP {status} {response.reason_phrase}".rstrip(), status=status)
        body = self._body(url, response, deadline)
        hidden = {name.lower() for name in secret}  # httpx gives header names in lower case
        return FetchResult(
            url=url,
            final_url=str(response.url),
            status=status,
            content_type=response.headers.get("content-type", ""),
            body=body,
            fetched_at=fetched_at,
            reason=response.reason_phrase,
            http_version=response.http_version,
            headers=tuple(response.headers.multi_items()),
            request_headers=tuple((k, v) for k, v in response.request.headers.multi_items() if k not in hidden),
        )

    def _body(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        limit = self.policy.max_bytes
        too_big = f"response is over the size limit of {limit} bytes (see --max-bytes)"
        declared = response.headers.get("content-length", "").strip()
        if _DIGITS.fullmatch(declared) and (len(declared) > 18 or int(declared) > limit):
            shown = declared[:20]
            raise FetchError(url, f"response is {shown} bytes, over the size limit of {limit} (see --max-bytes)")
        if response.is_stream_consumed:  # a body given whole (httpx.MockTransport) is already decoded
            decoded: Iterator[bytes] = iter([response.content])
        else:
            decoded = _decoded(url, _capped(response.iter_raw(), limit, url, too_big), _encodings(url, response))
        chunks, size = [], 0
        for chunk in decoded:
            size += len(chunk)
            if size > limit:
                raise FetchError(url, too_big)
            if time.monotonic() > deadline:
                raise FetchError(url, f"timed out after {self.policy.timeout:g}s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _retry_after(self, url: str, response: httpx.Response) -> float | None:
        wait = _retry_after_seconds(response.headers.get("retry-after", ""))
        if wait is not None and wait > self.policy.max_wait:
            status = response.status_code
            shown = f"{wait:.0f}s" if math.isfinite(wait) else "an unbounded time"
            raise FetchError(url, f"HTTP {status}: asked to retry after {shown}", status=status)
        return wait


def fetch_bytes(
    url: str,
    *,
    max_bytes: int,
    timeout: float,
    transport: httpx.BaseTransport | None = None,
    allow_private: bool = False,
) -> FetchResult:
    """Fetch one URL the user named (an article input) with the default policy and the given limits."""
    policy = FetchPolicy(timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    with Fetcher(policy, transport=transport, named=(url,)) as fetcher:  # the URL itself, not its whole host
        return fetcher.get(url)


# --- Retry-After -----------------------------------------------------------------------


def _retry_after_seconds(value: str) -> float | None:
    """Seconds a ``Retry-After`` value asks for: ASCII digits or an HTTP date; None when it is neither."""
    value = value.strip()
    if not value:
        return None
    if _DIGITS.fullmatch(value):
        return float(value) if len(value) <= 15 else math.inf
    if not value.isascii():
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


# --- Bodies: size cap and bounded decoding -------------------------------------------------


def _encodings(url: str, response: httpx.Response) -> list[str]:
    """The content codings applied to the body, in the order they were applied."""
    names = [
        name.strip().lower()
        for header in response.headers.get_list("content-encoding")
        for name in header.split(",")
        if name.strip() and name.strip().lower() != "identity"
    ]
    if len(names) > _MAX_ENCODINGS:
        raise FetchError(url, f"the response claims {len(names)} content encodings")
    for name in names:
        if name not in _WBITS:
            raise FetchError(url, f"unsupported content encoding {name[:40]!r}")
    return names


# zlib window settings per coding: gzip framing, zlib framing (deflate; raw deflate is tried when it fails).
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def _capped(chunks: Iterable[bytes], limit: int, url: str, message: str) -> Iterator[bytes]:
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise FetchError(url, message)
        yield chunk


def _decoded(url: str, chunks: Iterator[bytes], encodings: list[str]) -> Iterator[bytes]:
    for name in reversed(encodings):  # the last coding applied is the first undone
        chunks = _inflate(url, chunks, name)
    return chunks


def _inflate(url: str, chunks: Iterator[bytes], name: str) -> Iterator[bytes]:
    """Undo one content coding, never producing more than one step's worth of bytes at a time."""
    wbits = _WBITS[name]
    decoder = zlib.decompressobj(wbits)
    started = False
    for chunk in chunks:
        pending = chunk
        while True:
            try:
                out = decoder.decompress(pending, _INFLATE_STEP)
            except zlib.error:
                if started or wbits != zlib.MAX_WBITS:
                    raise FetchError(url, f"the response body is not valid {name}") from None
                wbits, decoder = -zlib.MAX_WBITS, zlib.decompressobj(-zlib.MAX_WBITS)  # deflate sent raw
                continue
            started = True
            if out:
                yield out
            if decoder.eof:
                if wbits > zlib.MAX_WBITS and decoder.unused_data.startswith(_GZIP_MAGIC):
                    pending, decoder = decoder.unused_data, zlib.decompressobj(wbits)  # another gzip member
                    continue
                return  # bytes after the end of the stream are ignored, as browsers do
            pending = decoder.unconsumed_tail
            if not pending and len(out) < _INFLATE_STEP:
                break  # this chunk is used up (a full step may have left output inside zlib: asked again)


_GZIP_MAGIC = b"\x1f\x8b"


# --- The connection layer: pinned addresses, one deadline ---------------------------------


class _PinnedBackend(httpcore.NetworkBackend):
    """Connects only to addresses the fetcher checked for that host, within the current attempt's deadline."""

    def __init__(self) -> None:
        self.pins: dict[tuple[str, int], tuple[str, ...]] = {}
        self.deadline = math.inf
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self.pins.get((host, port))
        if not addresses:  # fail closed: a connection nobody checked is never made
            raise httpcore.ConnectError(f"{host}:{port} was not checked against the address policy")
        error: Exception = httpcore.ConnectError(f"cannot connect to {host}")
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, self.within(timeout, httpcore.ConnectTimeout), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as failed:
                error = failed
                continue
            return _DeadlineStream(stream, self)
        raise error

    def connect_unix_socket(self, *args: object, **kwargs: object) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not used")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def within(self, timeout: float | None, error: type[Exception]) -> float:
        """The timeout for one network operation: the given one, cut to what is left of the deadline."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise error("the request's deadline passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the backend's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, backend: _PinnedBackend) -> None:
        self._inner = inner
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._backend.within(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._backend.within(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: object, server_hostname: str | None = None, timeout: float | None = None):  # type: ignore[no-untyped-def]
        # server_hostname is the URL's host: SNI and the certificate check name it, not the pinned address.
        inner = self._inner.start_tls(
            ssl_context,  # type: ignore[arg-type]
            server_hostname,
            self._backend.within(timeout, httpcore.ConnectTimeout),
        )
        return _DeadlineStream(inner, self._backend)

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


def _pinned_transport(backend: _PinnedBackend) -> httpx.HTTPTransport:
    """httpx's own transport over a connection pool that uses the pinned backend."""
    context = httpx.create_ssl_context(trust_env=False)
    transport = httpx.HTTPTransport(verify=context, trust_env=False)
    # httpx offers no other way to choose the network backend; tests on 127.0.0.1 show it is the one used.
    transport._pool = httpcore.ConnectionPool(ssl_context=context, network_backend=backend)
    return transport


def _resolve_within(resolver: Resolver, host: str, port: int, deadline: float, url: str) -> list[str]:
    """Resolve in a helper thread so that a stalling DNS server cannot outlast the deadline."""
    found: list[Sequence[str] | BaseException] = []

    def run() -> None:
        try:
            found.append(resolver(host, port))
        except (OSError, UnicodeError, ValueError) as error:
            found.append(error)

    thread = threading.Thread(target=run, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(max(0.0, deadline - time.monotonic()))
    if not found:
        raise FetchError(url, f"timed out resolving {host}")
    result = found[0]
    if isinstance(result, BaseException):
        reason = result.strerror if isinstance(result, OSError) and result.strerror else str(result)
        raise FetchError(url, f"cannot resolve {host}: {reason}")  # a missing name stays missing: no retry
    if not result:
        raise FetchError(url, f"cannot resolve {host}: no address")
    return list(result)


def _origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an http(s) URL; None for anything else."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return None
    if parsed.scheme not in _DEFAULT_PORTS or not parsed.raw_host:
        return None
    return parsed.scheme, parsed.raw_host.decode("ascii").lower(), parsed.port or _DEFAULT_PORTS[parsed.scheme]


def _path(url: str) -> str:
    try:
        return httpx.URL(url).path
    except (httpx.InvalidURL, TypeError, ValueError):
        return ""


def _describe(error: Exception) -> str:
    return str(error) or type(error).__name__
