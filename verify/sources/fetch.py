"""The one place that makes an httpx client: verify's network policy.

:class:`Fetcher` owns the client and the rules every request follows:
connect and read timeouts, a deadline for the whole body, bounded retries
with exponential backoff on connection errors, 429 and 5xx (``Retry-After``
honoured up to a cap), a response size cap enforced while streaming (so a
huge body never sits in memory), redirects followed within a limit, and a
User-Agent naming the tool and its version. A request either returns a
:class:`FetchResult` or raises :class:`FetchError` with a one-line reason.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from .._version import __version__
from ..errors import InputError
from ..models import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

__all__ = ["USER_AGENT", "FetchError", "FetchPolicy", "FetchResult", "Fetcher", "fetch_bytes"]

USER_AGENT = f"verify/{__version__} (quote and post checker; +https://github.com/verify-quotes/verify)"

# Statuses worth another try: the server is overloaded or rate-limiting, not refusing this URL.
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Errors where no usable response arrived (refused, reset, dropped mid-response): another try may work.
_CONNECTION_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadError, httpx.RemoteProtocolError)
# A read timeout is not retried: the server accepted the request and is too slow, and a retry would
# multiply the wait the user chose with --timeout.
_TIMEOUTS = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout)
_BODY_DEADLINE_FACTOR = 3  # a body trickling in slower than 3 timeouts overall is cut off (read timeout is per chunk)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How patient and how trusting one run's requests are."""

    timeout: float = DEFAULT_TIMEOUT  # seconds, for connecting and for each read
    max_bytes: int = DEFAULT_MAX_BYTES  # largest response body accepted
    retries: int = 3  # further attempts after the first, on connection errors, 429 and 5xx
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_wait: float = 60.0  # longest Retry-After honoured; a server asking for more is a failure
    max_redirects: int = 5


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


class Fetcher:
    """An httpx client with verify's policy; use one per run, as a context manager."""

    def __init__(
        self,
        policy: FetchPolicy = FetchPolicy(),
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy
        self._sleep = sleep
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(policy.timeout),
            max_redirects=policy.max_redirects,
            headers={"User-Agent": USER_AGENT},
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

        ``secret_headers`` (an access token) are sent but not recorded in the result.
        """
        scheme = httpx.URL(url).scheme if _parses(url) else ""
        if scheme not in ("http", "https"):
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
        try:
            with self._client.stream("GET", url, headers={**headers, **secret}, follow_redirects=follow) as response:
                return self._result(url, response, secret)
        except _CONNECTION_ERRORS as error:
            raise _Retry(f"connection failed: {_describe(error)}") from None
        except _TIMEOUTS:
            raise FetchError(url, f"timed out after {self.policy.timeout:g}s") from None
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {self.policy.max_redirects} redirects") from None
        except httpx.HTTPError as error:  # invalid redirect target, decoding error, ...
            raise FetchError(url, _describe(error)) from None

    def _result(self, url: str, response: httpx.Response, secret: dict[str, str]) -> FetchResult:
        fetched_at = datetime.now(UTC)
        status = response.status_code
        if status in _RETRY_STATUSES:
            raise _Retry(f"HTTP {status} {response.reason_phrase}".rstrip(), status, self._retry_after(url, response))
        if response.is_redirect:  # only when redirects are not followed
            raise FetchError(url, f"HTTP {status}: redirect not followed", status=status)
        if not response.is_success:
            raise FetchError(url, f"HTTP {status} {response.reason_phrase}".rstrip(), status=status)
        body = self._body(url, response)
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

    def _body(self, url: str, response: httpx.Response) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"response is {declared} bytes, over the size limit of {limit} (see --max-bytes)")
        budget = self.policy.timeout * _BODY_DEADLINE_FACTOR
        deadline = time.monotonic() + budget
        chunks, size = [], 0
        for chunk in response.iter_bytes():  # decoded bytes: a compressed bomb is counted as it inflates
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"response is over the size limit of {limit} bytes (see --max-bytes)")
            if time.monotonic() > deadline:
                raise FetchError(url, f"timed out after {budget:g}s reading the body")
            chunks.append(chunk)
        return b"".join(chunks)

    def _retry_after(self, url: str, response: httpx.Response) -> float | None:
        value = response.headers.get("retry-after", "").strip()
        if not value:
            return None
        if value.isdigit():
            wait = float(value)
        else:
            try:
                wait = (email.utils.parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
            except (TypeError, ValueError):
                return None
        if wait > self.policy.max_wait:
            status = response.status_code
            raise FetchError(url, f"HTTP {status}: asked to retry after {wait:.0f}s", status=status)
        return max(0.0, wait)


def fetch_bytes(
    url: str, *, max_bytes: int, timeout: float, transport: httpx.BaseTransport | None = None
) -> FetchResult:
    """Fetch one URL with the default policy and the given limits (article inputs)."""
    with Fetcher(FetchPolicy(timeout=timeout, max_bytes=max_bytes), transport=transport) as fetcher:
        return fetcher.get(url)


def _parses(url: str) -> bool:
    try:
        httpx.URL(url)
    except httpx.InvalidURL:
        return False
    return True


def _describe(error: Exception) -> str:
    return str(error) or type(error).__name__
