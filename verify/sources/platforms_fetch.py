"""Fetching one source per platform and reading it into a :class:`Capture`.

Each platform is read from the public endpoint that answers without a login
(EMBED-MARKUP.md lists them): X, TikTok and YouTube oEmbed; Bluesky's AppView
(``getPostThread``, after ``resolveHandle`` when the URL names a handle);
``/api/v1/statuses/:id`` on a Mastodon (or Truth Social) post's own instance;
Reddit's ``.json`` permalink; Meta's oEmbed for Instagram, Facebook and Threads
(token from the environment when set), else the post page's metadata;
Telegram's ``?embed=1`` widget page; LinkedIn's page metadata. Any other URL
is a web page: a transcript when it carries speaker turns, else a page with
its main text. With ``archive``, a source whose live fetch failed is taken
from the Wayback Machine's closest capture instead, marked as such.

Endpoint bases are data (:class:`Endpoints`) so tests and loopback checks can
point every platform at a local server (``VERIFY_ENDPOINT_<NAME>``).
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from urllib.parse import quote, urlencode

import httpx
from bs4 import BeautifulSoup, Tag

from .._decode import decode
from ..document import Format, from_text
from ..errors import InputError
from ..extract.platforms import Fetch, PostUrl, platform, recognise_post_url
from ..extract.posts import html_posts
from ..models import Author, StatementKind
from .fetch import Fetcher, FetchError, FetchResult
from .pdf import is_pdf, pdf_text
from .transcripts import transcript_statements

__all__ = ["Capture", "Endpoints", "capture_source"]

# Tokens for Meta's oEmbed; sent as a header, never written into a snapshot or its raw record.
META_TOKEN_ENV = (
    "VERIFY_META_TOKEN"  # Instagram and Facebook (graph.facebook.com): "APP_ID|CLIENT_TOKEN" or a user token
)
THREADS_TOKEN_ENV = "VERIFY_THREADS_TOKEN"  # Threads (graph.threads.net)

_MIN_TRANSCRIPT_TURNS = 3  # fewer "NAME: text" lines than this is a page with a dateline or a caption, not a transcript
_MIN_TRANSCRIPT_SPEAKERS = 2
# Page parts that are never the main text.
_BOILERPLATE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "iframe")
# Elements that start a new line of text; everything else (b, a, span, em ...) stays inline, so that
# "<b>NAME:</b> text" reads as one speaker turn.
_BLOCK_NAMES = "p div li dt dd h1 h2 h3 h4 h5 h6 blockquote pre tr section article main br ul ol figure figcaption"
_BLOCKS = frozenset(_BLOCK_NAMES.split())


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where each platform's public API answers; overridable per run or by ``VERIFY_ENDPOINT_<NAME>``.

    ``mastodon`` empty means the post's own instance; set, every instance's API
    is asked there (tests, loopback checks).
    """

    x: str = "https://publish.twitter.com"
    bluesky: str = "https://public.api.bsky.app"
    tiktok: str = "https://www.tiktok.com"
    youtube: str = "https://www.youtube.com"
    reddit: str = "https://www.reddit.com"
    facebook: str = "https://graph.facebook.com/v23.0"  # Instagram and Facebook oEmbed
    threads: str = "https://graph.threads.net/v1.0"
    telegram: str = "https://t.me"
    wayback: str = "https://archive.org"
    mastodon: str = ""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Endpoints:
        """The defaults, with any ``VERIFY_ENDPOINT_X=http://127.0.0.1:PORT``-style overrides applied."""
        environ = os.environ if environ is None else environ
        overrides = {
            f.name: environ[key].rstrip("/")
            for f in fields(cls)
            if (key := f"VERIFY_ENDPOINT_{f.name.upper()}") in environ
        }
        return cls(**overrides)


@dataclass(frozen=True, slots=True)
class Capture:
    """One source as fetched and read: the snapshot's fields and the response they came from.

    ``scope`` is what makes ``post_id`` unique on its platform ("" where ids are
    global; the instance for Mastodon, the DID for Bluesky, the channel for
    Telegram). ``extra`` holds platform fields kept for the record (``cid``,
    ``edited_at`` ...). ``archived_from`` is set when the live source failed
    and this came from a web archive; ``live_error`` says why.
    """

    url: str
    kind: StatementKind
    response: FetchResult
    platform: str = ""
    post_id: str = ""
    scope: str = ""
    author: Author = Author()
    published: str | None = None
    text: str = ""
    title: str = ""
    statements: tuple[tuple[str | None, str], ...] = ()  # (speaker, text) turns of a transcript
    extra: tuple[tuple[str, str], ...] = ()
    archived_from: str = ""
    archived_at: str = ""
    live_error: str = ""


@dataclass(frozen=True, slots=True)
class _Context:
    fetcher: Fetcher
    endpoints: Endpoints
    trusted: bool
    environ: Mapping[str, str]

    def get(self, url: str) -> FetchResult:
        return self.fetcher.get(url)

    def get_json(
        self, url: str, *, secret_headers: dict[str, str] | None = None, follow_redirects: bool = True
    ) -> tuple[FetchResult, object]:
        response = self.fetcher.get(
            url,
            headers={"Accept": "application/json"},
            secret_headers=secret_headers,
            follow_redirects=follow_redirects,
        )
        try:
            return response, json.loads(response.body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise FetchError(url, "the response is not JSON") from None
        except RecursionError:
            raise FetchError(url, "the JSON response nests too deeply") from None


def capture_source(
    url: str,
    fetcher: Fetcher,
    *,
    endpoints: Endpoints | None = None,
    archive: bool = False,
    trusted: bool = True,
    environ: Mapping[str, str] | None = None,
) -> Capture:
    """Fetch and read one source; raises :class:`FetchError` (an InputError) naming the reason.

    ``trusted=False`` (URLs taken from an article) fetches only posts of known
    platforms, and never a host that is an address, local, or resolves to one.
    """
    context = _Context(fetcher, endpoints or Endpoints.from_env(), trusted, os.environ if environ is None else environ)
    post = recognise_post_url(url)
    if post is None and not trusted:
        raise FetchError(url, "not a post of a known platform; links from an article are not followed")
    try:
        try:
            capture = _FETCHERS[platform(post.platform).fetch](context, url, post) if post else _page(context, url)
        except FetchError as error:
            if not archive:
                raise
            capture = _archived(context, post.url if post else url, post, error)
    except _HOSTILE_ANSWER as error:
        # A server's answer that no reader expects (nesting past the parser's depth, a URL that is no URL,
        # a date out of range, a host name IDNA refuses): this URL fails with one line, the others go on.
        raise FetchError(url, f"unreadable answer ({type(error).__name__}: {_one_line(error)})") from None
    return _without_surrogates(capture)


# The exception classes hostile answers raise in the standard library and httpx while being read.
_HOSTILE_ANSWER = (RecursionError, httpx.InvalidURL, UnicodeError, OverflowError, ValueError, OSError)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200] or "no detail"


def _without_surrogates(capture: Capture) -> Capture:
    """The capture with lone UTF-16 surrogates (``\\ud800`` in JSON) replaced: they cannot be written as UTF-8."""
    return replace(
        capture,
        url=_text(capture.url),
        post_id=_text(capture.post_id),
        scope=_text(capture.scope),
        author=Author(_text(capture.author.name), _text(capture.author.handle)),
        published=_text(capture.published) if capture.published else capture.published,
        text=_text(capture.text),
        title=_text(capture.title),
        statements=tuple((_text(s) if s else s, _text(t)) for s, t in capture.statements),
        extra=tuple((_text(k), _text(v)) for k, v in capture.extra),
        archived_from=_text(capture.archived_from),
        archived_at=_text(capture.archived_at),
        live_error=_text(capture.live_error),
    )


def _text(value: str) -> str:
    # Pairs written as two escapes join into one character; a lone half becomes U+FFFD.
    return value if value.isascii() else value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


# --- X, TikTok, YouTube: oEmbed ----------------------------------------------


def _x(context: _Context, url: str, post: PostUrl) -> Capture:
    # The documented request form names twitter.com; x.com permalinks are the same posts.
    asked = post.url.replace("https://x.com/", "https://twitter.com/", 1)
    query = urlencode({"url": asked, "omit_script": "1", "dnt": "true"})
    response, data = context.get_json(f"{context.endpoints.x}/oembed?{query}")
    oembed = _object(data, response)
    shown = _embedded_post(str(oembed.get("html") or ""), response)
    # oEmbed's "url" names the account even when the request did not (x.com/i/status/ID).
    canonical = recognise_post_url(str(oembed.get("url") or "")) or post
    return Capture(
        url=canonical.url,
        kind=StatementKind.POST,
        response=response,
        platform="x",
        post_id=post.id,
        author=Author(
            str(oembed.get("author_name") or shown.author.name),
            _url_handle(oembed.get("author_url")) or shown.author.handle,
        ),
        published=shown.published,
        text=shown.text,
    )


def _tiktok(context: _Context, url: str, post: PostUrl) -> Capture:
    response, data = context.get_json(f"{context.endpoints.tiktok}/oembed?{urlencode({'url': post.url})}")
    oembed = _object(data, response)
    handle = str(oembed.get("author_unique_id") or "")
    return Capture(
        url=post.url,
        kind=StatementKind.POST,
        response=response,
        platform="tiktok",
        post_id=str(oembed.get("embed_product_id") or post.id),
        author=Author(str(oembed.get("author_name") or ""), f"@{handle}" if handle else post.handle),
        published=_tiktok_date(post.id),
        text=str(oembed.get("title") or ""),
    )


def _tiktok_date(video_id: str) -> str | None:
    # TikTok ids are time-ordered: the top 32 bits are the Unix time of upload (oEmbed gives no date).
    if not video_id.isascii() or not video_id.isdigit() or len(video_id) > _MAX_ID_DIGITS or int(video_id) < 1 << 32:
        return None
    return _utc_date(int(video_id) >> 32)


_MAX_ID_DIGITS = 20  # a 64-bit id has at most 20 digits; a longer one is no id (and int() of 5,000 digits is slow)


def _youtube(context: _Context, url: str, post: PostUrl) -> Capture:
    query = urlencode({"url": post.url, "format": "json"})
    response, data = context.get_json(f"{context.endpoints.youtube}/oembed?{query}")
    oembed = _object(data, response)
    return Capture(
        url=post.url,
        kind=StatementKind.POST,
        response=response,
        platform="youtube",
        post_id=post.id,
        author=Author(str(oembed.get("author_name") or ""), _url_handle(oembed.get("author_url"))),
        text=str(oembed.get("title") or ""),  # oEmbed has no description or date (those need an API key)
    )


# --- Bluesky: the AppView ------------------------------------------------------


def _bluesky(context: _Context, url: str, post: PostUrl) -> Capture:
    base = f"{context.endpoints.bluesky}/xrpc"
    actor = post.url.split("/profile/", 1)[1].split("/", 1)[0]
    if not actor.startswith("did:"):
        resolved, data = context.get_json(f"{base}/com.atproto.identity.resolveHandle?{urlencode({'handle': actor})}")
        actor = str(_object(data, resolved).get("did") or "")
        if not actor.startswith("did:"):
            raise FetchError(resolved.url, "the handle did not resolve to a DID")
    uri = f"at://{actor}/app.bsky.feed.post/{post.id}"
    query = urlencode({"uri": uri, "depth": "0", "parentHeight": "0"})
    response, data = context.get_json(f"{base}/app.bsky.feed.getPostThread?{query}")
    thread = _object(_object(data, response).get("thread"), response)
    kind = str(thread.get("$type") or "")
    if not kind.endswith("#threadViewPost"):
        raise FetchError(url, "the post is blocked" if kind.endswith("#blockedPost") else "the post was not found")
    view = _object(thread.get("post"), response)
    record, author = _object(view.get("record"), response), _object(view.get("author"), response)
    created = str(record.get("createdAt") or "")
    return Capture(
        url=post.url,
        kind=StatementKind.POST,
        response=response,
        platform="bluesky",
        post_id=post.id,
        scope=actor,
        author=Author(str(author.get("displayName") or ""), f"@{author['handle']}" if author.get("handle") else ""),
        published=created[:10] or None,
        text=str(record.get("text") or ""),
        extra=(("cid", str(view.get("cid") or "")), ("uri", str(view.get("uri") or uri)), ("created_at", created)),
    )


# --- Mastodon and Truth Social: the instance's API -----------------------------


def _mastodon(context: _Context, url: str, post: PostUrl) -> Capture:
    host = httpx.URL(post.url).host
    if context.endpoints.mastodon:
        base = context.endpoints.mastodon
    elif context.trusted:
        given = httpx.URL(url)  # a URL typed on the command line is fetched as given (scheme and port kept)
        base = f"{given.scheme}://{given.netloc.decode('ascii')}"
    else:
        if post.platform == "mastodon":  # any host can claim to be an instance; Truth Social's is fixed
            _refuse_local_host(url, host)
        base = f"https://{host}"
    # An instance named by an article is any host on the internet: it gets no redirects to follow.
    response, data = context.get_json(f"{base}/api/v1/statuses/{post.id}", follow_redirects=context.trusted)
    status = _object(data, response)
    account = _object(status.get("account"), response)
    acct = str(account.get("acct") or "")
    handle = f"@{acct}" if "@" in acct or not acct else f"@{acct}@{host}"  # local accounts' acct omits the instance
    created = str(status.get("created_at") or "")
    return Capture(
        url=post.url,
        kind=StatementKind.POST,
        response=response,
        platform=post.platform,
        post_id=post.id,
        scope=_scope_of(post),
        author=Author(str(account.get("display_name") or account.get("username") or ""), handle),
        published=created[:10] or None,
        text=_html_text(str(status.get("content") or "")),
        extra=(("created_at", created), ("edited_at", str(status.get("edited_at") or ""))),
    )


def _refuse_local_host(url: str, host: str) -> None:
    """An untrusted instance must be a public host: no addresses, no local names, nothing resolving inward.

    The check resolves the name once; a hostile DNS server could still answer
    differently for the request itself. A CI that must rule that out too should
    run behind an egress proxy.
    """
    if "." not in host or _is_address(host) or host.endswith(_LOCAL_SUFFIXES):
        raise FetchError(url, "not fetched: an article's post URL must name a public host")
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)}
    except OSError:
        raise FetchError(url, f"cannot resolve {host}") from None
    if not all(ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses):
        raise FetchError(url, f"not fetched: {host} resolves to a private or local address")


_LOCAL_SUFFIXES = (".local", ".localhost", ".internal", ".lan", ".home.arpa", ".corp", ".intranet")


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


# --- Reddit: the permalink's .json ---------------------------------------------


def _reddit(context: _Context, url: str, post: PostUrl) -> Capture:
    path = httpx.URL(post.url).path.rstrip("/")
    response, data = context.get_json(f"{context.endpoints.reddit}{path}/.json?raw_json=1")
    listings = data if isinstance(data, list) else [data]
    wanted = "/comment/" in post.url
    found = _reddit_thing(listings[1:] if wanted else listings[:1], post.id, response)
    created = found.get("created_utc")
    title, body = str(found.get("title") or ""), str(found.get("selftext") or found.get("body") or "")
    return Capture(
        url=post.url,
        kind=StatementKind.POST,
        response=response,
        platform="reddit",
        post_id=post.id,
        author=Author("", f"u/{found['author']}" if found.get("author") else post.handle),
        published=_utc_date(created),
        text="\n\n".join(part for part in (title, body) if part),
        title=title,
        extra=(("subreddit", str(found.get("subreddit") or "")),),
    )


def _reddit_thing(listings: list[object], thing_id: str, response: FetchResult) -> dict[str, object]:
    """The post or comment with this id in Reddit listings (comments nest under ``replies``)."""
    pending = list(listings)
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            data = node.get("data")
            if isinstance(data, dict):
                if node.get("kind") in ("t1", "t3") and data.get("id") == thing_id:
                    return data
                pending.extend([data.get("children"), data.get("replies")])
    raise FetchError(response.url, "the post is not in the response")


# --- Instagram, Facebook, Threads: Meta oEmbed, else the page's metadata ------


def _meta(context: _Context, url: str, post: PostUrl) -> Capture:
    if post.platform == "threads":
        endpoint, token = f"{context.endpoints.threads}/oembed", context.environ.get(THREADS_TOKEN_ENV)
    elif post.platform == "instagram":
        endpoint, token = f"{context.endpoints.facebook}/instagram_oembed", context.environ.get(META_TOKEN_ENV)
    else:
        video = re.search(r"/(?:videos|reel|watch)\b", post.url)
        endpoint = f"{context.endpoints.facebook}/oembed_{'video' if video else 'post'}"
        token = context.environ.get(META_TOKEN_ENV)
    secret = {"Authorization": f"Bearer {token}"} if token else None
    try:
        response, data = context.get_json(f"{endpoint}?{urlencode({'url': post.url})}", secret_headers=secret)
        shown = _embedded_post(str(_object(data, response).get("html") or ""), response)
    except FetchError:
        return _meta_post(context, url, post)  # oEmbed refused (no token, rate limit): the public page
    return Capture(
        url=post.url,
        kind=StatementKind.POST,
        response=response,
        platform=post.platform,
        post_id=post.id,
        author=Author(shown.author.name, shown.author.handle or post.handle),
        published=shown.published,
        text=shown.text,
    )


def _meta_post(context: _Context, url: str, post: PostUrl) -> Capture:
    """A post read from its public page's metadata (og:, twitter:, article: tags); LinkedIn, Meta fallback."""
    response = context.get(post.url)
    return _post_from_page(response, post)


def _post_from_page(response: FetchResult, post: PostUrl) -> Capture:
    tree = _soup(response)
    meta = _metadata(tree)
    text = meta.get("og:description") or meta.get("twitter:description") or meta.get("description") or ""
    if not text:
        raise FetchError(response.url, "the page has no post text in its metadata")
    published = meta.get("article:published_time") or meta.get("og:published_time") or ""
    return Capture(
        url=post.url,
        kind=StatementKind.POST,
        response=response,
        platform=post.platform,
        post_id=post.id,
        scope=_scope_of(post),
        author=Author(meta.get("og:title") or meta.get("twitter:title") or "", post.handle),
        published=published[:10] or None,
        text=text,
        extra=(("read_from", "page metadata"),),
    )


def _scope_of(post: PostUrl) -> str:
    # Post ids that are only unique within an instance or a channel (see Capture.scope).
    if post.platform == "mastodon":
        return httpx.URL(post.url).host
    if post.platform == "telegram":
        return post.handle.lstrip("@")
    if post.platform == "bluesky":
        return post.url.split("/profile/", 1)[1].split("/", 1)[0]
    return ""


# --- Telegram: the widget page ---------------------------------------------------


def _telegram(context: _Context, url: str, post: PostUrl) -> Capture:
    channel = post.handle.lstrip("@")
    response = context.get(f"{context.endpoints.telegram}/{quote(channel)}/{post.id}?embed=1")
    tree = _soup(response)
    message = tree.select_one(".tgme_widget_message_text")
    if message is None:
        raise FetchError(response.url, "the post was not found")
    owner = tree.select_one(".tgme_widget_message_owner_name")
    when = tree.select_one(".tgme_widget_message_date time[datetime], time[datetime]")
    return Capture(
        url=post.url,
        kind=StatementKind.POST,
        response=response,
        platform="telegram",
        post_id=post.id,
        scope=channel,
        author=Author(owner.get_text(" ", strip=True) if owner else "", post.handle),
        published=str(when["datetime"])[:10] if when else None,
        text=_block_text(message),
    )


# --- Any other URL: a page or a transcript ---------------------------------------


def _page(context: _Context, url: str) -> Capture:
    return _read_page(context.get(url), url)


def _read_page(response: FetchResult, url: str) -> Capture:
    content_type = response.content_type.split(";")[0].strip().lower()
    if is_pdf(content_type, response.body):
        title, text = pdf_text(response.body, url)
    elif content_type in ("text/plain", "text/markdown"):
        title, text = "", _decoded(response, html=False)
    elif content_type in ("text/html", "application/xhtml+xml", ""):
        tree = _soup(response)
        title = tree.title.get_text(" ", strip=True) if tree.title else ""
        text = _main_text(tree)
    else:
        raise FetchError(url, f"cannot read a {content_type} page (HTML, plain text or PDF expected)")
    turns = transcript_statements(text, url, StatementKind.TRANSCRIPT)
    is_transcript = len(turns) >= _MIN_TRANSCRIPT_TURNS and len({t.speaker for t in turns}) >= _MIN_TRANSCRIPT_SPEAKERS
    return Capture(
        url=url,
        kind=StatementKind.TRANSCRIPT if is_transcript else StatementKind.PAGE,
        response=response,
        title=title,
        text=text,
        statements=tuple((t.speaker, t.text) for t in turns) if is_transcript else (),
    )


def _main_text(tree: BeautifulSoup) -> str:
    """The page's readable text, one line per block; navigation, scripts and forms left out."""
    for tag in tree.find_all(_BOILERPLATE):
        tag.decompose()
    root = tree.find("article") or tree.find("main") or tree.body or tree
    return _block_text(root)


def _block_text(root: Tag) -> str:
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.append("\n")
    lines = (" ".join(line.split()) for line in root.get_text().splitlines())
    return "\n".join(line for line in lines if line)


# --- The Wayback Machine -----------------------------------------------------------


def _archived(context: _Context, url: str, post: PostUrl | None, live: FetchError) -> Capture:
    """The closest Wayback capture of a source whose live fetch failed; raises when there is none."""
    try:
        response, data = context.get_json(f"{context.endpoints.wayback}/wayback/available?{urlencode({'url': url})}")
    except FetchError as error:
        raise FetchError(url, f"{live.message}; the archive could not be asked ({error.message})") from None
    closest = _object(_object(data, response).get("archived_snapshots"), response).get("closest")
    if not isinstance(closest, dict) or not closest.get("available") or not closest.get("url"):
        raise FetchError(url, f"{live.message}; no archived copy", status=live.status)
    # "id_" after the timestamp asks for the page as captured, without the archive's toolbar and rewritten links.
    archived_url = re.sub(r"/web/(\d{1,14})/", r"/web/\1id_/", str(closest["url"]), count=1)
    archived = context.get(archived_url)
    capture = _post_from_page(archived, post) if post else _read_page(archived, url)
    return replace(
        capture,
        archived_from=str(closest["url"]),
        archived_at=_wayback_time(str(closest.get("timestamp") or "")),
        live_error=live.message,
    )


def _wayback_time(stamp: str) -> str:
    try:
        return datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return ""


# --- Shared readers ------------------------------------------------------------------


def _object(value: object, response: FetchResult) -> dict[str, object]:
    if not isinstance(value, dict):
        raise FetchError(response.url, "unexpected response shape")
    return value


def _embedded_post(markup: str, response: FetchResult) -> _Shown:
    """The post that embed markup (an oEmbed ``html``) shows, read as the article extractor reads it."""
    posts = html_posts(from_text(_text(markup), response.url, Format.HTML))[0] if markup.strip() else []
    if not posts:
        raise FetchError(response.url, "the oEmbed response holds no post")
    return _Shown(posts[0].author, posts[0].published, posts[0].text)


@dataclass(frozen=True, slots=True)
class _Shown:
    author: Author
    published: str | None
    text: str


def _url_handle(author_url: object) -> str:
    """``@name`` from a profile URL (x.com/name, youtube.com/@name); "" when it has none or is no URL."""
    try:
        path = httpx.URL(author_url).path.strip("/") if isinstance(author_url, str) and author_url else ""
    except (httpx.InvalidURL, UnicodeError, ValueError):
        return ""
    name = path.split("/")[-1] if path else ""
    return "" if not name else name if name.startswith("@") else f"@{name}"


def _utc_date(timestamp: object) -> str | None:
    """The UTC date of a Unix time; None for a value that is no time (NaN, out of the calendar's range)."""
    if not isinstance(timestamp, (int, float)) or isinstance(timestamp, bool):
        return None
    try:
        return datetime.fromtimestamp(timestamp, UTC).date().isoformat()
    except (OverflowError, ValueError, OSError):
        return None


def _html_text(markup: str) -> str:
    tree = BeautifulSoup(_text(markup), "lxml")
    for br in tree.find_all("br"):
        br.replace_with("\n")
    paragraphs = [p.get_text() for p in tree.find_all("p")] or [tree.get_text()]
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def _soup(response: FetchResult) -> BeautifulSoup:
    return BeautifulSoup(_decoded(response, html=True), "lxml")


def _decoded(response: FetchResult, *, html: bool) -> str:
    try:
        return decode(response.body, response.url, html=html)
    except InputError as error:
        raise FetchError(response.url, error.message) from None


def _metadata(tree: BeautifulSoup) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in tree.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            found.setdefault(key.lower(), " ".join(content.split()))
    return found


_Reader = Callable[[_Context, str, PostUrl], Capture]
# How each kind of endpoint is read; the platform registry says which kind each platform uses.
_FETCHERS: dict[Fetch, _Reader] = {
    Fetch.X_OEMBED: _x,
    Fetch.BLUESKY_APPVIEW: _bluesky,
    Fetch.MASTODON_API: _mastodon,
    Fetch.TIKTOK_OEMBED: _tiktok,
    Fetch.YOUTUBE_OEMBED: _youtube,
    Fetch.REDDIT_JSON: _reddit,
    Fetch.META_OEMBED: _meta,
    Fetch.TELEGRAM_WIDGET: _telegram,
    Fetch.PAGE_METADATA: _meta_post,
}
