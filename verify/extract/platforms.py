"""The platform registry: one :class:`Platform` record per social platform, and nothing about platforms elsewhere.

A record holds everything ``verify`` knows about one platform:

* ``hosts`` and ``urls``: the URL forms of one post (permalinks, embed players,
  mobile hosts, AT-URIs) and the canonical URL each maps to;
  :func:`recognise_post_url` reads them (snapshot fetching uses it too).
* ``embeds``: the elements that embed a post (official blockquotes, iframes,
  AMP components, id-only placeholders), each with a comment naming the markup.
* ``static``: class words of publishers' own renderings of a post (Substack
  ``div.tweet.static``, BBC ``div.social-embed-post``) and ``names``: how
  captions, credits and screenshot alt texts name the platform ("@h / Twitter",
  "Screenshot of a Bluesky post by @h").
* ``credits``: the words a post's credit line opens with when a publisher copies
  the post out as plain text ("Beitrag von Name (@u@host), 3. Dezember 2026").
* ``escaped``: URL fragments that show the platform's embed markup hidden as
  escaped text in a ``<script>`` or an attribute.
* ``reader``: how the fields of an embed are read (:mod:`verify.extract.posts`
  maps each :class:`Reader` to a function) and ``fetch``: how a post is saved
  (:mod:`verify.sources.platforms_fetch` maps each :class:`Fetch`).

Adding a platform is one record in :data:`REGISTRY` (plus a fixture); a
platform with a new kind of endpoint also adds one :class:`Fetch` member and its
function. :data:`GENERIC_MARKUP` holds the markup shared by every platform
(iframes, AMP iframes, URL placeholders), tried after the platforms' own.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from urllib.parse import parse_qsl, unquote

from ..normalize import url_key

__all__ = [
    "CONSENT_CLASS",
    "CONTAINER_CLASS",
    "CONTAINER_WORDS",
    "CONTAINER_TAGS",
    "CREDIT_WORDS",
    "EMBED_MARKUP",
    "GENERIC_MARKUP",
    "PLATFORMS",
    "REGISTRY",
    "WRITTEN_URL",
    "EmbedMarkup",
    "Fetch",
    "Platform",
    "PostUrl",
    "Reader",
    "UrlPattern",
    "credited_platform",
    "platform",
    "platform_named",
    "platform_of_class",
    "has_escaped_embed",
    "recognise_post_url",
    "shortcode_url",
    "unwrap_redirect",
]


@dataclass(frozen=True, slots=True)
class PostUrl:
    """One post as its URL names it: platform, canonical URL, post id, and the handle if the URL carries it."""

    platform: str
    url: str
    id: str
    handle: str = ""  # with its "@" ("@user", "@user@host"; Reddit "u/user"); "" when the URL does not say


@dataclass(frozen=True, slots=True)
class UrlPattern:
    """One URL form of a post.

    ``path`` is matched (anchored) against the URL path; ``query`` names query
    parameters that must be present and become groups of the same name.
    ``canonical`` is a ``str.format`` template over the groups plus ``host``;
    ``handle`` likewise ("" when the URL names no account). ``hosts`` None
    means the platform's hosts.
    """

    path: re.Pattern[str]
    canonical: str
    handle: str = ""
    query: tuple[str, ...] = ()
    hosts: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class EmbedMarkup:
    """One kind of element that embeds a post.

    An element matches when its name is in ``tags``, it has one of ``classes``
    (when given), and a post URL is found: in ``url_attrs`` (first present
    wins; a bare id is made a URL with ``id_url``), else in the ``<a href>``
    links inside it when ``links`` is set. ``platform`` restricts which
    platform's URL counts. ``label`` is reported as ``Post.markup``.
    """

    label: str
    tags: frozenset[str]
    classes: frozenset[str] = frozenset()
    url_attrs: tuple[str, ...] = ()
    id_url: str = ""
    links: bool = False
    platform: str = ""


class Reader(StrEnum):
    """How the fields of an embed are read from its markup (functions in :mod:`verify.extract.posts`)."""

    SIGNATURE = "signature"  # text, then "— Name (@handle)", then the date link (X, Bluesky)
    INSTAGRAM = "instagram"  # caption, then "A post shared by Name (@user)"
    FACEBOOK = "facebook"  # <p> text, then "Posted by <a>Page</a> on <a>date</a>"
    TIKTOK = "tiktok"  # <a title="@user">, caption <p>
    REDDIT = "reddit"  # title link, "by u/user", data-embed-created
    MASTODON = "mastodon"  # no text, "Post by @user@host"
    NONE = "none"  # players and placeholders carry no text


class Fetch(StrEnum):
    """How a post is saved from its platform (functions in :mod:`verify.sources.platforms_fetch`)."""

    X_OEMBED = "x-oembed"
    TIKTOK_OEMBED = "tiktok-oembed"
    YOUTUBE_OEMBED = "youtube-oembed"
    BLUESKY_APPVIEW = "bluesky-appview"
    MASTODON_API = "mastodon-api"  # the post's own instance
    REDDIT_JSON = "reddit-json"
    META_OEMBED = "meta-oembed"  # Instagram, Facebook, Threads; the page's metadata when refused
    TELEGRAM_WIDGET = "telegram-widget"
    PAGE_METADATA = "page-metadata"  # og:/twitter: tags of the public post page


@dataclass(frozen=True, slots=True)
class Platform:
    """Everything known about one platform (see the module docstring for each field)."""

    name: str  # the platform's id in reports and snapshots ("x")
    hosts: frozenset[str]  # without "www." / "m." / "mobile."; empty = any host (Mastodon instances)
    urls: tuple[UrlPattern, ...]
    reader: Reader
    fetch: Fetch
    embeds: tuple[EmbedMarkup, ...] = ()
    static: tuple[str, ...] = ()  # class words of publisher-made static posts
    names: tuple[str, ...] = ()  # words naming it in captions, credits and alt texts, lower case
    escaped: tuple[str, ...] = ()  # regex fragments of its embed URLs, to spot escaped markup
    # A post's URL from the fields a draft's shortcode gives ("{{< x user="u" id="1" >}}"): the first template
    # whose fields ({id}, {user}) are all given; a shortcode naming the platform by one of ``names``.
    id_urls: tuple[str, ...] = ()
    # Whether its post ids count up within each account (a Telegram channel's posts 1, 2, 3 ...): the same id at
    # another post URL is another account's post, never this one.
    ids_per_account: bool = False
    # The words a copied post's credit line opens with, its author's name and handle next, in the four languages
    # (Mastodon's own line "Beitrag von Name (@u@host), 3. Dezember 2026", Instagram's "A post shared by Name (@h)"),
    # as publishers paste them under a post quoted as plain text; lower case.
    credits: tuple[str, ...] = ()
    # Whether its embed shows a post's title in place of its words (a Reddit post's title above a body the embed
    # leaves out, a YouTube video's title above its description): the shown words are the saved text's opening
    # sentences, no other words (round 60: blind set 63's Reddit embed of its title was `altered`, an error).
    shows_title: bool = False


def _hosts(*names: str) -> frozenset[str]:
    return frozenset(names)


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_USER = r"(?P<user>[A-Za-z0-9_]{1,50})"  # an X screen name
_FB_PAGE = r"(?P<user>(?!(?:groups|watch|share|reel|photo|plugins|permalink|story)\b)[\w.-]{1,80})"
# An iframe's address, eager or lazy; consent managers keep it aside until the reader agrees (Complianz
# data-src-cmplz, Cookiebot data-cookieblock-src) and point src at about:blank.
_IFRAME_SRC = (
    "src",
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-url",
    "data-iframe-src",
    "data-litespeed-src",
    "data-src-cmplz",
    "data-cmplz-src",
    "data-cookieblock-src",
)
_PLACEHOLDER_TAGS = _tags("div span figure section blockquote p aside article li amp-embedly-card")

_X = Platform(
    "x",
    # The two hosts, and the mirrors people share posts through so that they preview in chats (fxtwitter,
    # vxtwitter, fixupx) or read without an account (xcancel, nitter.net): the same paths, the same post.
    _hosts(
        "twitter.com", "x.com", "fxtwitter.com", "vxtwitter.com", "fixupx.com", "fixvx.com", "xcancel.com", "nitter.net"
    ),
    (
        # Permalinks on every host: twitter.com/u/status/1, x.com/u/statuses/1, mobile.twitter.com/u/status/1.
        UrlPattern(
            _p(rf"/(?!i/){_USER}/status(?:es)?/(?P<id>\d{{1,25}})"), "https://x.com/{user}/status/{id}", "@{user}"
        ),
        # Links without an account: twitter.com/i/web/status/1, x.com/i/status/1, twitter.com/statuses/1.
        UrlPattern(_p(r"/(?:i/web/|i/)?status(?:es)?/(?P<id>\d{1,25})"), "https://x.com/i/status/{id}"),
        # The rendered embed iframe: platform.twitter.com/embed/Tweet.html?...&id=1.
        UrlPattern(
            _p(r"/embed/Tweet\.html"),
            "https://x.com/i/status/{id}",
            query=("id",),
            hosts=_hosts("platform.twitter.com", "platform.x.com"),
        ),
    ),
    Reader.SIGNATURE,
    Fetch.X_OEMBED,
    (
        # Official: <blockquote class="twitter-tweet|twitter-video"> with <p> text, "— Name (@h)" and a status link.
        EmbedMarkup(
            "blockquote.twitter-tweet",
            _tags("blockquote div"),
            frozenset({"twitter-tweet", "twitter-video"}),
            ("data-tweet-id", "data-tweetid"),
            "https://x.com/i/status/{id}",
            links=True,
            platform="x",
        ),
        # Heise's two-click embetty: <embetty-tweet status="ID">, nothing loaded from X until the reader asks.
        EmbedMarkup(
            "embetty-tweet", _tags("embetty-tweet"), url_attrs=("status",), id_url="https://x.com/i/status/{id}"
        ),
        # AMP: amp-twitter[data-tweetid] (one real page puts a whole URL there).
        EmbedMarkup(
            "amp-twitter", _tags("amp-twitter"), url_attrs=("data-tweetid",), id_url="https://x.com/i/status/{id}"
        ),
        # The rendered iframe (div.twitter-tweet-rendered > iframe[data-tweet-id]), placed by widgets.js.
        EmbedMarkup(
            "iframe[data-tweet-id]",
            _tags("iframe"),
            url_attrs=("data-tweet-id",),
            id_url="https://x.com/i/status/{id}",
        ),
        # Publisher placeholders that hold only an id: div[data-tweet-id], blockquote[data-tweetid] (no class).
        EmbedMarkup(
            "placeholder[data-tweet-id]",
            _PLACEHOLDER_TAGS,
            url_attrs=("data-tweet-id", "data-tweetid", "data-tweet"),
            id_url="https://x.com/i/status/{id}",
        ),
    ),
    static=("tweet", "twitter"),
    names=("twitter", "x", "tweet", "x.com", "twitter.com"),
    escaped=(r"platform\.twitter\.com",),
    id_urls=("https://x.com/{user}/status/{id}", "https://x.com/i/status/{id}"),
)

_INSTAGRAM = Platform(
    "instagram",
    _hosts("instagram.com", "instagr.am"),
    (
        # Posts, reels and IGTV, with or without the account in the path, and their /embed/ iframes.
        UrlPattern(
            _p(r"/(?:[\w.]{1,30}/)?(?P<kind>p|reel|tv)s?/(?P<id>[\w-]{5,40})"), "https://www.instagram.com/{kind}/{id}/"
        ),
        # Stories: instagram.com/stories/user/ID (not a saved highlight, /stories/highlights/ID).
        UrlPattern(
            _p(r"/stories/(?!highlights/)(?P<user>[\w.]{1,30})/(?P<id>\d{5,25})"),
            "https://www.instagram.com/stories/{user}/{id}/",
            "@{user}",
        ),
    ),
    Reader.INSTAGRAM,
    Fetch.META_OEMBED,
    (
        # Official: blockquote.instagram-media[data-instgrm-permalink]; BuzzFeed's js-instagram__container.
        EmbedMarkup(
            "blockquote.instagram-media",
            _tags("blockquote"),
            frozenset({"instagram-media", "js-instagram__container"}),
            ("data-instgrm-permalink",),
            links=True,
            platform="instagram",
        ),
        # AMP: amp-instagram[data-shortcode].
        EmbedMarkup(
            "amp-instagram",
            _tags("amp-instagram"),
            url_attrs=("data-shortcode",),
            id_url="https://www.instagram.com/p/{id}/",
        ),
    ),
    static=("instagram",),
    names=("instagram",),
    credits=(
        "a post shared by",
        "ein beitrag geteilt von",
        "une publication partagée par",
        "una publicación compartida por",
        "publicación compartida por",
    ),
    id_urls=("https://www.instagram.com/p/{id}/",),
)

_FACEBOOK = Platform(
    "facebook",
    _hosts("facebook.com", "fb.com", "web.facebook.com"),
    (
        # Page posts, videos and photos: facebook.com/page/posts/ID (numeric or pfbid...).
        UrlPattern(
            _p(rf"/{_FB_PAGE}/(?P<kind>posts|videos|photos)/(?:[\w.-]+/)*?(?P<id>pfbid\w+|\d{{5,25}})"),
            "https://www.facebook.com/{user}/{kind}/{id}",
            "@{user}",
        ),
        # Permalinks of posts without a vanity name: permalink.php / story.php?story_fbid=..&id=..
        UrlPattern(
            _p(r"/(?:permalink|story)\.php"),
            "https://www.facebook.com/permalink.php?story_fbid={story_fbid}&id={id_}",
            query=("story_fbid", "id"),
        ),
        # Group posts: facebook.com/groups/GROUP/posts/ID (or /permalink/ID).
        UrlPattern(
            _p(r"/groups/(?P<group>[\w.-]+)/(?:posts|permalink)/(?P<id>\d{5,25})"),
            "https://www.facebook.com/groups/{group}/posts/{id}",
        ),
        # Watch, reels, photos and share links.
        UrlPattern(_p(r"/watch/?"), "https://www.facebook.com/watch/?v={v}", query=("v",)),
        UrlPattern(_p(r"/(?:reel|videos)/(?P<id>\d{5,25})"), "https://www.facebook.com/reel/{id}"),
        UrlPattern(_p(r"/photo(?:\.php|/)?"), "https://www.facebook.com/photo/?fbid={fbid}", query=("fbid",)),
        UrlPattern(_p(r"/share/(?P<kind>[prv])/(?P<id>\w{5,40})"), "https://www.facebook.com/share/{kind}/{id}/"),
        UrlPattern(_p(r"/(?P<id>[\w-]{5,20})"), "https://fb.watch/{id}/", hosts=_hosts("fb.watch")),
    ),
    Reader.FACEBOOK,
    Fetch.META_OEMBED,
    (
        # SDK: div.fb-post|fb-video[data-href], with a fallback blockquote.fb-xfbml-parse-ignore inside.
        EmbedMarkup(
            "div.fb-post",
            _tags("div blockquote"),
            frozenset({"fb-post", "fb-video", "fb-xfbml-parse-ignore"}),
            ("data-href", "cite"),
            links=True,
            platform="facebook",
        ),
    ),
    static=("facebook",),
    names=("facebook", "fb"),
    escaped=(r"facebook\.com(?:\\?/)+plugins",),
)

_TIKTOK = Platform(
    "tiktok",
    _hosts("tiktok.com"),
    (
        # Videos and photo posts: tiktok.com/@user/video/ID.
        UrlPattern(
            _p(r"/@(?P<user>[\w.-]{1,40})/(?:video|photo)/(?P<id>\d{5,25})"),
            "https://www.tiktok.com/@{user}/video/{id}",
            "@{user}",
        ),
        # Players: tiktok.com/embed/v2/ID, /embed/ID, /player/v1/ID, /v/ID.html.
        UrlPattern(_p(r"/(?:embed/v2|embed|player/v1|v)/(?P<id>\d{5,25})"), "https://www.tiktok.com/embed/v2/{id}"),
        # Share links: tiktok.com/t/CODE and vm.tiktok.com/CODE, vt.tiktok.com/CODE (their sub-domain is dropped
        # before a host is compared: a code at the root of the path, "ZM...", is one of theirs). Opaque: the code
        # is the id, the capture names the video.
        UrlPattern(_p(r"/t/(?P<id>[A-Za-z0-9]{6,14})/?$"), "https://www.tiktok.com/t/{id}/"),
        UrlPattern(_p(r"/(?P<id>Z[A-Za-z0-9]{5,13})/?$"), "https://vm.tiktok.com/{id}/"),
    ),
    Reader.TIKTOK,
    Fetch.TIKTOK_OEMBED,
    (
        # Official: <blockquote class="tiktok-embed" cite="https://www.tiktok.com/@u/video/ID" data-video-id>.
        EmbedMarkup(
            "blockquote.tiktok-embed",
            _tags("blockquote"),
            frozenset({"tiktok-embed"}),
            ("cite", "data-video-id"),
            "https://www.tiktok.com/embed/v2/{id}",
            links=True,
            platform="tiktok",
        ),
    ),
    static=("tiktok",),
    names=("tiktok",),
    escaped=(r"tiktok\.com",),
    id_urls=("https://www.tiktok.com/@{user}/video/{id}", "https://www.tiktok.com/embed/v2/{id}"),
)

_THREADS = Platform(
    "threads",
    _hosts("threads.net", "threads.com"),
    (
        UrlPattern(
            _p(r"/@(?P<user>[\w.]{1,40})/post/(?P<id>[\w-]{5,40})"),
            "https://www.threads.com/@{user}/post/{id}",
            "@{user}",
        ),
        UrlPattern(_p(r"/t/(?P<id>[\w-]{5,40})"), "https://www.threads.com/t/{id}"),
    ),
    Reader.NONE,
    Fetch.META_OEMBED,
    (
        # Official: <blockquote class="text-post-media" data-text-post-permalink>; no text, no date.
        EmbedMarkup(
            "blockquote.text-post-media",
            _tags("blockquote"),
            frozenset({"text-post-media"}),
            ("data-text-post-permalink",),
            links=True,
            platform="threads",
        ),
    ),
    static=("threads",),
    names=("threads",),
    credits=("post by",),  # (its embed's line, "Post by @u", as Mastodon's: the handle tells them apart)
    id_urls=("https://www.threads.com/@{user}/post/{id}",),
)

_BLUESKY = Platform(
    "bluesky",
    _hosts("bsky.app", "staging.bsky.app"),
    (
        # Posts by handle or DID, the embed.bsky.app iframe, and AT-URIs (host "at:").
        UrlPattern(
            _p(r"/profile/(?P<actor>(?!did:)[\w.-]{1,253})/post/(?P<id>[a-z0-9]{5,20})"),
            "https://bsky.app/profile/{actor}/post/{id}",
            "@{actor}",
        ),
        UrlPattern(
            _p(r"/profile/(?P<actor>did:[a-z]+:[\w.:%-]{1,200})/post/(?P<id>[a-z0-9]{5,20})"),
            "https://bsky.app/profile/{actor}/post/{id}",
        ),
        UrlPattern(
            _p(r"/(?:embed/)?(?P<actor>did:[a-z]+:[\w.:%-]{1,200})/app\.bsky\.feed\.post/(?P<id>[a-z0-9]{5,20})"),
            "https://bsky.app/profile/{actor}/post/{id}",
            hosts=_hosts("embed.bsky.app", "at:"),
        ),
        UrlPattern(
            _p(r"/(?P<actor>(?!did:)[\w.-]{1,253})/app\.bsky\.feed\.post/(?P<id>[a-z0-9]{5,20})"),
            "https://bsky.app/profile/{actor}/post/{id}",
            "@{actor}",
            hosts=_hosts("at:"),
        ),
    ),
    Reader.SIGNATURE,
    Fetch.BLUESKY_APPVIEW,
    (
        # Official: <blockquote class="bluesky-embed" data-bluesky-uri="at://...">, text in <p>, "— Name (@h)".
        EmbedMarkup(
            "blockquote.bluesky-embed",
            _tags("blockquote"),
            frozenset({"bluesky-embed"}),
            ("data-bluesky-uri",),
            links=True,
            platform="bluesky",
        ),
    ),
    static=("bluesky", "bsky"),
    names=("bluesky", "bsky", "skeet"),
    escaped=(r"embed\.bsky\.app",),
    id_urls=("https://bsky.app/profile/{user}/post/{id}",),
)

_REDDIT = Platform(
    "reddit",
    _hosts("reddit.com", "old.reddit.com", "new.reddit.com", "np.reddit.com", "embed.reddit.com", "redditmedia.com"),
    (
        # Posts and comments on every host, and the redd.it short link.
        UrlPattern(
            _p(
                r"/r/(?P<sub>\w{2,30})/comments/(?P<post>[a-z0-9]{4,12})/(?:comment/|[^/?#]*/)"
                r"(?P<id>[a-z0-9]{4,12})(?:/|$)"
            ),
            "https://www.reddit.com/r/{sub}/comments/{post}/comment/{id}/",
        ),
        UrlPattern(
            _p(r"/r/(?P<sub>\w{2,30})/comments/(?P<id>[a-z0-9]{4,12})"), "https://www.reddit.com/r/{sub}/comments/{id}/"
        ),
        UrlPattern(
            _p(r"/(?:user|u)/(?P<user>[\w-]{2,30})/comments/(?P<id>[a-z0-9]{4,12})"),
            "https://www.reddit.com/user/{user}/comments/{id}/",
            "u/{user}",
        ),
        UrlPattern(_p(r"/(?P<id>[a-z0-9]{4,12})$"), "https://www.reddit.com/comments/{id}/", hosts=_hosts("redd.it")),
        # The app's share links: reddit.com/r/sub/s/CODE (opaque: the code is the id).
        UrlPattern(_p(r"/r/(?P<sub>\w{2,30})/s/(?P<id>[A-Za-z0-9]{5,15})/?$"), "https://www.reddit.com/r/{sub}/s/{id}"),
    ),
    Reader.REDDIT,
    Fetch.REDDIT_JSON,
    (
        # <blockquote class="reddit-embed-bq"> (2023+) and the legacy <blockquote class="reddit-card">.
        EmbedMarkup(
            "blockquote.reddit-embed-bq",
            _tags("blockquote"),
            frozenset({"reddit-embed-bq", "reddit-card"}),
            links=True,
            platform="reddit",
        ),
    ),
    static=("reddit",),
    names=("reddit",),
    shows_title=True,
)

_YOUTUBE = Platform(
    "youtube",
    _hosts("youtube.com", "youtube-nocookie.com", "music.youtube.com"),
    (
        # Videos: watch?v=, youtu.be/ID, /embed/ID (also youtube-nocookie), /v/ID (old <object>), /live/.
        # An id is 11 characters; a longer one is taken whole, never cut to 11 (that would name another video).
        UrlPattern(_p(r"/watch/?$"), "https://www.youtube.com/watch?v={v}", query=("v",)),
        UrlPattern(
            _p(r"/(?:embed|v|e|live)/(?!videoseries)(?P<id>[\w-]{11,16})(?![\w-])"),
            "https://www.youtube.com/watch?v={id}",
        ),
        # Shorts keep their own address: YouTube's canonical link for a Short is /shorts/ID (blind set 52's
        # "[voir la vidéo](https://www.youtube.com/shorts/…)" was reported as watch?v=, not the link written).
        UrlPattern(_p(r"/shorts/(?P<id>[\w-]{11,16})(?![\w-])"), "https://www.youtube.com/shorts/{id}"),
        UrlPattern(
            _p(r"/(?P<id>[\w-]{11,16})(?![\w-])"), "https://www.youtube.com/watch?v={id}", hosts=_hosts("youtu.be")
        ),
        # Community posts: youtube.com/post/ID (text and images, no video).
        UrlPattern(_p(r"/post/(?P<id>Ug[\w-]{16,40})"), "https://www.youtube.com/post/{id}"),
        # Playlists, embedded as /embed/videoseries?list=ID.
        UrlPattern(
            _p(r"/(?:embed/videoseries|playlist)/?$"), "https://www.youtube.com/playlist?list={list}", query=("list",)
        ),
    ),
    Reader.NONE,
    Fetch.YOUTUBE_OEMBED,
    (
        # AMP and lite players: amp-youtube[data-videoid], lite-youtube[videoid].
        EmbedMarkup(
            "amp-youtube",
            _tags("amp-youtube lite-youtube"),
            url_attrs=("data-videoid", "videoid"),
            id_url="https://www.youtube.com/watch?v={id}",
        ),
        # Publisher placeholders that hold only a video id: div[data-youtube-id], figure[data-youtube-id].
        EmbedMarkup(
            "placeholder[data-youtube-id]",
            _PLACEHOLDER_TAGS,
            url_attrs=("data-youtube-id", "data-youtube", "data-video-id-youtube", "data-yt-id"),
            id_url="https://www.youtube.com/watch?v={id}",
        ),
    ),
    names=("youtube",),
    escaped=(r"youtube(?:-nocookie)?\.com",),
    id_urls=("https://www.youtube.com/watch?v={id}",),
    shows_title=True,
)

_TELEGRAM = Platform(
    "telegram",
    _hosts("t.me", "telegram.me", "telegram.dog"),
    (
        # Channel posts: t.me/channel/ID and the web preview t.me/s/channel/ID (not t.me/c/..., private).
        UrlPattern(
            _p(r"/(?:s/)?(?!c/|s/|joinchat|addstickers|share)(?P<user>[A-Za-z]\w{3,31})/(?P<id>\d{1,12})"),
            "https://t.me/{user}/{id}",
            "@{user}",
        ),
    ),
    Reader.NONE,
    Fetch.TELEGRAM_WIDGET,
    (
        # <script src=".../telegram-widget.js" data-telegram-post="channel/ID"> (data-telegram-discussion is
        # the comments widget, not a post).
        EmbedMarkup(
            "script[data-telegram-post]",
            _tags("script"),
            url_attrs=("data-telegram-post",),
            id_url="https://t.me/{id}",
            platform="telegram",
        ),
        # Publisher placeholders naming the post: div[data-telegram-post="channel/ID"].
        EmbedMarkup(
            "placeholder[data-telegram-post]",
            _PLACEHOLDER_TAGS,
            url_attrs=("data-telegram-post",),
            id_url="https://t.me/{id}",
            platform="telegram",
        ),
    ),
    static=("telegram",),
    names=("telegram",),
    id_urls=("https://t.me/{id}",),  # "channel/43", as data-telegram-post holds it
    ids_per_account=True,
)

_LINKEDIN = Platform(
    "linkedin",
    _hosts("linkedin.com"),
    (
        # feed/update/urn:li:activity:ID (also /embed/feed/update/ and share/ugcPost URNs).
        UrlPattern(
            _p(r"/(?:embed/)?feed/update/urn:li:(?P<kind>activity|share|ugcPost):(?P<id>\d{5,25})"),
            "https://www.linkedin.com/feed/update/urn:li:{kind}:{id}/",
        ),
        # Vanity post URLs: linkedin.com/posts/name_slug-activity-ID-xxxx, and without a slug name_activity-ID-xxxx
        # (the share button's). Kept as written, less the query: the public page, naming the member.
        UrlPattern(
            _p(r"/posts/(?P<path>[\w%.-]{0,500}?[-_](?P<kind>activity|share|ugcPost)-(?P<id>\d{5,25})[\w-]{0,40})"),
            "https://www.linkedin.com/posts/{path}",
        ),
    ),
    Reader.NONE,
    Fetch.PAGE_METADATA,
    static=("linkedin",),
    names=("linkedin",),
    escaped=(r"linkedin\.com",),
)

_TRUTHSOCIAL = Platform(
    "truthsocial",
    _hosts("truthsocial.com"),
    (
        # A Mastodon fork: truthsocial.com/@user/ID and /users/user/statuses/ID.
        UrlPattern(
            _p(r"/@(?P<user>\w{1,30})/(?:posts/)?(?P<id>\d{1,20})"), "https://truthsocial.com/@{user}/{id}", "@{user}"
        ),
        UrlPattern(
            _p(r"/users/(?P<user>\w{1,30})/statuses/(?P<id>\d{1,20})"),
            "https://truthsocial.com/@{user}/{id}",
            "@{user}",
        ),
    ),
    Reader.MASTODON,
    Fetch.MASTODON_API,
    names=("truth social", "truthsocial", "truth"),
)

# Mastodon comes last: its URL patterns apply to any host not claimed by another platform.
_MASTODON = Platform(
    "mastodon",
    frozenset(),
    (
        # host/@user/ID (and /embed; /web/@user/ID in the older web app), host/@user@remote/ID,
        # host/users/user/statuses/ID.
        UrlPattern(
            _p(r"/(?:web/)?@(?P<user>\w{1,30})(?:@(?P<remote>[\w.-]{1,253}))?/(?P<id>\d{1,20})(?:/embed)?/?$"),
            "https://{host}/@{user}/{id}",
            "@{user}@{origin}",
        ),
        UrlPattern(
            _p(r"/users/(?P<user>\w{1,30})/statuses/(?P<id>\d{1,20})(?:/embed)?/?$"),
            "https://{host}/@{user}/{id}",
            "@{user}@{origin}",
        ),
    ),
    Reader.MASTODON,
    Fetch.MASTODON_API,
    (
        # Mastodon >= 4.3: blockquote.mastodon-embed[data-embed-url="https://host/@u/ID/embed"]; Truth Social alike.
        EmbedMarkup(
            "blockquote.mastodon-embed",
            _tags("blockquote"),
            frozenset({"mastodon-embed", "truthsocial-embed"}),
            ("data-embed-url",),
            links=True,
        ),
    ),
    static=("mastodon", "fediverse"),
    names=("mastodon", "toot", "fediverse"),
    # (its embed's line in each language, and the forms publishers write: "Posted by", "Gepostet von", "Publié par")
    credits=(
        "post by",
        "posted by",
        "beitrag von",
        "gepostet von",
        "message de",
        "publication de",
        "publié par",
        "publicación de",
        "publicado por",
    ),
)

# Registry order is the order URL patterns and markup are tried in.
REGISTRY: tuple[Platform, ...] = (
    _X,
    _INSTAGRAM,
    _FACEBOOK,
    _TIKTOK,
    _THREADS,
    _BLUESKY,
    _REDDIT,
    _YOUTUBE,
    _TELEGRAM,
    _LINKEDIN,
    _TRUTHSOCIAL,
    _MASTODON,
)
PLATFORMS = tuple(p.name for p in REGISTRY)
_BY_NAME = {p.name: p for p in REGISTRY}

# Markup of no single platform, tried after every platform's own (the first entry an element matches wins).
GENERIC_MARKUP: tuple[EmbedMarkup, ...] = (
    # AMP components holding a URL: amp-facebook[data-href], amp-tiktok/amp-reddit/amp-bluesky[data-src].
    EmbedMarkup(
        "amp-facebook",
        _tags("amp-facebook amp-tiktok amp-reddit amp-bluesky amp-iframe"),
        url_attrs=("data-href", "data-src", "src", "data-url"),
    ),
    # Every platform's iframe player, eager or lazy: YouTube /embed/, platform.twitter.com/embed/Tweet.html,
    # instagram.com/p/CODE/embed, facebook.com/plugins/post.php?href=, tiktok.com/embed/v2/, embed.bsky.app,
    # https://host/@u/ID/embed (Mastodon, Truth Social), t.me/c/ID?embed=1, linkedin.com/embed/feed/update/.
    EmbedMarkup("iframe", _tags("iframe"), url_attrs=_IFRAME_SRC),
    # Old Flash players: <object data> / <embed src> / <param name="movie" value> (youtube.com/v/ID).
    EmbedMarkup("object/embed", _tags("object embed param"), url_attrs=("data", "src", "value")),
    # Publisher placeholders that hold the post URL: div.tweet[data-url], div.embedInner[data-resourceurl],
    # figure[data-embed-url], Substack div.tweet[data-attrs] (JSON with "url"), a plain blockquote[cite], a consent
    # or lazy-load placeholder keeping the player's address (div[data-src="https://www.youtube-nocookie.com/embed/ID"]).
    EmbedMarkup(
        "placeholder[data-url]",
        _PLACEHOLDER_TAGS,
        url_attrs=(
            "data-url",
            "data-src",
            "data-resourceurl",
            "data-embed-url",
            "data-href",
            "data-permalink",
            "data-attrs",
            "data-post-url",
            "data-tweet-url",
            "data-instagram-url",
            "data-threads-url",
            "data-linkedin-url",
            "cite",
        ),
    ),
)

EMBED_MARKUP: tuple[EmbedMarkup, ...] = (*(m for p in REGISTRY for m in p.embeds), *GENERIC_MARKUP)

# Container class words of publisher-made static posts (Substack div.tweet, BBC div.social-embed-post,
# WordPress figure.wp-block-embed, div.embed-container, ...). Such a container is a post when it holds a
# post link (or its URL as text, or an "@handle" and the post's text) and no official embed.
# Class words of the placeholders consent managers put where an embed was (Borlabs "_brlbs-content-blocker",
# Complianz "cmplz-placeholder", "embed-consent", "gdpr-placeholder", Heise "two-click"): the publisher's notice
# and a link to the post, none of the post's words.
_CONSENT_WORDS = ("consent", "cookie", "gdpr", "dsgvo", "privacy", "content-blocker", "placeholder", "two-click")
CONSENT_CLASS = re.compile(r"(?:^|[\s_-])(?:" + "|".join(map(re.escape, _CONSENT_WORDS)) + r")(?:$|[\s_-])", re.I)
_STATIC_WORDS = sorted({w for p in REGISTRY for w in p.static}, key=re.escape)
_PLAIN_WORDS = ("social", "embed", "oembed", "wp-block-embed")  # (written as patterns: "-" stands for itself)
CONTAINER_WORDS = (*_STATIC_WORDS, *_PLAIN_WORDS, *_CONSENT_WORDS)  # as written (posts' trie of them)
CONTAINER_CLASS = re.compile(
    r"(?:^|[\s_-])(?:"
    + "|".join((*map(re.escape, _STATIC_WORDS), *_PLAIN_WORDS, *map(re.escape, _CONSENT_WORDS)))
    + r")(?:$|[\s_-])",
    re.I,
)
CONTAINER_TAGS = _tags("div figure section blockquote span article aside")


# Class words and URL fragments that show embed markup hidden as escaped text in a <script> (Next.js
# __NEXT_DATA__, Fusion, JSON "html" fields), a <textarea> consent container or a data-* JSON attribute.
# The URL fragments' pattern is run only on a text holding the literal start of one (15 MB of page scripts: 0.4 s ->
# 0.15 s).
_ESCAPED_CLASSES = tuple(sorted({c for m in EMBED_MARKUP for c in m.classes} | {"telegram-post"}))
# The class words with a "-" ("twitter-tweet") are found by one scan that stops only at a "-" (a literal start: the
# scan jumps between them in C) and reads the word around it there: 3.5x faster than str's substring search for each
# word, itself 1.6x faster than re's scan of a plain alternation of them (the 15.7 MB of the real pages' scripts and
# attributes: 0.083 -> 0.024 s). A word without one is searched for alone.
_DASHED_CLASSES = [word.partition("-") for word in _ESCAPED_CLASSES if "-" in word]
_ESCAPED_CLASS = re.compile(
    "-(?:" + "|".join(rf"(?<={re.escape(head)}-){re.escape(rest)}" for head, _, rest in _DASHED_CLASSES) + ")"
    if _DASHED_CLASSES
    else "(?!)"
)
_UNDASHED_CLASSES = tuple(word for word in _ESCAPED_CLASSES if "-" not in word)
_ESCAPED_FRAGMENTS = [f for p in REGISTRY for f in p.escaped]
_ESCAPED_URL = re.compile(r"(?:" + "|".join(_ESCAPED_FRAGMENTS) + r")(?:\\?/)+(?:embed|post\.php|video\.php|feed)")


def _literal_start(pattern: str) -> str:
    """The characters every match of a regular expression starts with ("" when it may start otherwise)."""
    start = []
    for op, value in _sre_parser.parse(pattern):
        if op is not _sre_constants.LITERAL:
            break
        start.append(chr(value))
    return "".join(start)


_ESCAPED_URL_STARTS = tuple(_literal_start(f) for f in _ESCAPED_FRAGMENTS)
_ESCAPED_URL_ALWAYS = not all(_ESCAPED_URL_STARTS)  # a fragment with no literal start: scan every text


def has_escaped_embed(text: str) -> bool:
    """Whether a text (a script, a textarea, an attribute) holds embed markup written as text."""
    if _ESCAPED_CLASS.search(text) is not None or any(word in text for word in _UNDASHED_CLASSES):
        return True
    if _ESCAPED_URL_ALWAYS or any(start in text for start in _ESCAPED_URL_STARTS):
        return _ESCAPED_URL.search(text) is not None
    return False


def platform(name: str) -> Platform:
    """The record of a platform by its name; KeyError for an unknown name."""
    return _BY_NAME[name]


def shows_title(name: str | None) -> bool:
    """Whether a platform's embed shows a post's title in place of its words (``Platform.shows_title``)."""
    record = _BY_NAME.get(name or "")
    return bool(record and record.shows_title)


def same_id_elsewhere(name: str, url: str, other_url: str) -> bool:
    """Whether two posts of one id on a platform ``name`` are two posts: its ids count within an account and the
    post URLs differ (two Telegram channels' posts 812)."""
    record = _BY_NAME.get(name)
    return bool(record and record.ids_per_account and url and other_url and url_key(url) != url_key(other_url))


_NAMES = {word: p.name for p in REGISTRY for word in p.names}
_STATIC_WORD = re.compile(
    r"(?:^|[\s_-])(" + "|".join(sorted({re.escape(w) for p in REGISTRY for w in p.static})) + r")(?:$|[\s_-])", re.I
)
_STATIC = {word: p.name for p in REGISTRY for word in p.static}


def platform_of_class(classes: str) -> str | None:
    """The platform a static rendering's class words name ("tweet static" -> "x"); None when none."""
    matched = _STATIC_WORD.search(classes)
    return _STATIC[matched.group(1).lower()] if matched else None


# Shortcodes of no single platform that take a post's URL: WordPress's "[embed]URL[/embed]", "{{< oembed URL >}}".
_EMBED_SHORTCODES = frozenset({"embed", "oembed"})


def shortcode_url(name: str, fields: dict[str, str], urls: list[str]) -> PostUrl | None:
    """The post a draft's shortcode embeds: a shortcode named by a word naming a platform ("{{< youtube ID >}}",
    "[tweet URL]", "{% twitter URL %}", "<Tweet id="1" />") or a generic embed one ("[embed]URL[/embed]"). A post URL
    among its ``urls`` (of that platform, when it names one) wins; else its ``fields`` ({id}, {user}) fill the
    platform's first ``id_urls`` template they complete."""
    named = platform_named(name)
    if named is None and name.lower() not in _EMBED_SHORTCODES:
        return None
    for url in urls:
        found = recognise_post_url(url)
        if found is not None and named in (None, found.platform):
            return found
    for template in _BY_NAME[named].id_urls if named else ():
        try:
            url = template.format(**fields)
        except KeyError:
            continue
        return recognise_post_url(url)
    return None


# Every record's credit words, and the platform each names when no other record uses it ("a post shared by": Instagram;
# "post by" is Threads' embed line too, so the handle decides).
CREDIT_WORDS: tuple[str, ...] = tuple(sorted({w for record in REGISTRY for w in record.credits}))
_CREDITED = {
    word: owners[0]
    for word in CREDIT_WORDS
    if len(owners := [record.name for record in REGISTRY if word in record.credits]) == 1
}


def credited_platform(credit: str) -> str:
    """The one platform whose record holds these credit words ("" when several or none do)."""
    return _CREDITED.get(" ".join(credit.lower().split()), "")


def platform_named(word: str) -> str | None:
    """The platform a caption or alt text names ("Twitter", "tweet", "Truth Social"); None when none."""
    return _NAMES.get(" ".join(word.lower().split()))


# A word of a signature's tail that may name the platform ("on Threads", "via Bluesky", "· Mastodon").
_HINT_WORD = re.compile(r"[^\W\d_]{2,12}")
_MAX_HINT = 200  # characters of a signature's tail read for a platform's name
# A Bluesky handle is a domain name: labels joined by dots, the last one letters ("ana.bsky.social").
# Starts only where a label starts: searched (as the regex guard does), a run of 8,000 word characters
# otherwise retried 63 lengths at each of its positions (20 ms, near the guard's limit on a loaded machine).
_DOMAIN_HANDLE = re.compile(r"(?<![\w-])[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


def handle_platform(handle: str, hint: str = "", context: str = "") -> str:
    """The platform of an account known only by its handle, as a plain-text post's signature writes it.

    A platform the signature's tail names ("— Ana (@ana) on Threads, May 2") wins; else the handle's form says:
    ``@user@host`` is the fediverse (Mastodon, unless ``host`` is another platform's: threads.net, truthsocial.com),
    a domain name is Bluesky; a bare name is of the platform the article's words just before the post name last
    (``context``: "The mayor replied on Threads:"), else X.
    """
    named = _last_named(hint[:_MAX_HINT], first=True)
    if named is not None:
        return named
    if handle.startswith("u/"):
        return "reddit"  # the one platform whose accounts are written "u/name"
    user, _, host = handle.removeprefix("@").partition("@")
    if host:
        host = _HOST_PREFIX.sub("", host.lower())
        return next((record.name for record in REGISTRY if host in record.hosts), "mastodon")
    top = user.rsplit(".", 1)[-1]
    if _DOMAIN_HANDLE.fullmatch(user) and len(top) >= 2 and top.isalpha():
        return "bluesky"
    return _last_named(context[-_MAX_HINT:], first=False) or "x"


def _last_named(text: str, *, first: bool) -> str | None:
    """The platform the first (or last) word naming one in ``text`` names."""
    found = [named for word in _HINT_WORD.findall(text) if (named := platform_named(word)) is not None]
    return (found[0] if first else found[-1]) if found else None


# --- Recognising post URLs -----------------------------------------------------

# Hosts that are not Mastodon instances although their paths look like one (medium.com/@writer/12345).
_NOT_INSTANCES = frozenset({"medium.com", "youtu.be", "google.com", "substack.com"})
_KNOWN_HOSTS = (
    frozenset().union(*(p.hosts for p in REGISTRY), *(u.hosts for p in REGISTRY for u in p.urls if u.hosts))
    | _NOT_INSTANCES
)
# A post URL as a sentence writes it: with its scheme, as an AT-URI, or as a platform's host without a scheme
# ("youtu.be/ID", "x.com/user/status/1"; never inside another name: "fox.com/", "ana@x.com"). Bounded, no two
# quantifiers over the same characters.
_WRITTEN_HOSTS = sorted(
    {host for host in _KNOWN_HOSTS - _NOT_INSTANCES if "." in host} | {"youtu.be"}, key=lambda h: (-len(h), h)
)
WRITTEN_URL = re.compile(
    r"(?:https?://|(?<![\w.@/-])(?:at://|(?:(?:www|m|mobile|vm|vt)\.)?(?:"
    + "|".join(map(re.escape, _WRITTEN_HOSTS))
    + r")/))[^\s<>()\[\]\"'`]{1,500}",
    re.I,
)
# Sub-domains that are the same site for a known platform's post URLs (never stripped from other hosts:
# m.cmx.im is a Mastodon instance of its own, not cmx.im).
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|mobile|mbasic|touch|web|vm|vt)\.")
_URL = re.compile(r"^(?:https?:)?//(?P<host>[^/?#:\s]{1,253})(?::\d{1,5})?(?P<path>[^?#\s]*)(?:\?(?P<query>[^#\s]*))?")
_MAX_URL = 4096  # longer strings are not post URLs (and bound the regex work on hostile attributes)
# Players that wrap the real URL in a query parameter: facebook.com/plugins/post.php?href=<encoded post URL>.
_WRAPPERS = {
    "facebook.com": (re.compile(r"/(?:v[\d.]+/)?plugins/(?:post|video|comment_embed)\.php"), "href"),
}


@functools.lru_cache(maxsize=16384)  # pages repeat their share, navigation and embed links many times
def recognise_post_url(url: str) -> PostUrl | None:
    """The post a URL points to, with its canonical URL (tracking parameters dropped); None if not a post.

    Redirect-wrapped links (newsletter click trackers, ``l.facebook.com/l.php?u=``) are unwrapped first.
    """
    if not url or len(url) > _MAX_URL:
        return None
    url = unwrap_redirect(url.strip()).replace("/#!/", "/", 1)  # old X links: twitter.com/#!/user/status/ID
    if url.startswith("at://"):  # an AT-URI: its "host" is a DID with colons
        host, path, query = "at:", url[4:], ""
        raw_host = host
    else:
        match = _URL.match(url)
        if match is None:
            return None
        raw_host = match.group("host").lower().rstrip(".")
        host = _HOST_PREFIX.sub("", raw_host)
        path = unquote(match.group("path") or "/")
        query = match.group("query") or ""
    wrapper = _WRAPPERS.get(host)
    if wrapper and wrapper[0].match(path):
        inner = dict(parse_qsl(query)).get(wrapper[1], "")
        return (
            recognise_post_url(inner)
            if inner and not inner.startswith(("https://www.facebook.com/plugins", "/"))
            else None
        )
    known = host in _KNOWN_HOSTS
    if not known and "/@" not in path and "/users/" not in path:
        return None  # no platform's host, and no Mastodon path: most links of a page stop here
    for record in REGISTRY:
        if not record.hosts and known:
            continue
        for pattern in record.urls:
            hosts = record.hosts if pattern.hosts is None else pattern.hosts
            if hosts and host not in hosts:
                continue
            found = _match(record.name, pattern, host if hosts else raw_host, path, query)
            if found is not None:
                return found
    return None


def _match(name: str, pattern: UrlPattern, host: str, path: str, query: str) -> PostUrl | None:
    matched = pattern.path.match(path)
    if matched is None:
        return None
    groups = {k: v for k, v in matched.groupdict().items() if v is not None}
    if pattern.query:
        params = dict(parse_qsl(query))
        for param in pattern.query:
            value = params.get(param, "").strip()
            if not re.fullmatch(r"[\w:.-]{1,64}", value):
                return None
            groups["id_" if param == "id" and "story_fbid" in pattern.query else param] = value
    post_id = (
        groups.get("id") or groups.get("story_fbid") or groups.get("v") or groups.get("fbid") or groups.get("list", "")
    )
    fields = {"host": host, "origin": groups.get("remote") or host, **groups}
    handle = pattern.handle.format(**fields) if pattern.handle else ""
    return PostUrl(name, pattern.canonical.format(**fields), post_id, handle)


# --- Redirect wrappers ------------------------------------------------------------

# Query parameters that click trackers and link shields put the destination in (google.com/url?q=,
# l.facebook.com/l.php?u=, out.reddit.com/?url=, safelinks ?url=, t.umblr.com/redirect?z=).
_TARGET_PARAMS = (
    "url",
    "u",
    "q",
    "z",
    "href",
    "target",
    "dest",
    "destination",
    "redirect",
    "redirect_url",
    "link",
    "to",
)
# A path segment that is base64 JSON or a base64 URL: Substack substack.com/redirect/2/eyJlIjoi...
_BASE64_SEGMENT = re.compile(r"/(?P<data>(?:eyJ|aHR0c)[A-Za-z0-9_=-]{8,4000})(?:[./]|$)")
_SHARE_PATH = re.compile(r"/(?:intent|share|sharer)\b", re.I)
_MAX_UNWRAP = 3  # wrappers inside wrappers, at most this deep


def unwrap_redirect(url: str) -> str:
    """The destination of a redirect-wrapped link, or the URL itself when it wraps nothing readable.

    Opaque trackers (``substack.com/redirect/<uuid>``, ``t.co/...``) name no destination and stay as they are.
    """
    for _ in range(_MAX_UNWRAP):
        inner = _wrapped(url)
        if inner is None:
            return url
        url = inner
    return url


def _wrapped(url: str) -> str | None:
    if "redirect" not in url and "?" not in url and "/eyJ" not in url:
        return None  # wraps nothing (most links): settled before the URL is parsed
    match = _URL.match(url)
    if match is None:
        return None
    if _SHARE_PATH.search(match.group("path") or ""):
        return None  # a share button names the page it shares, which the article did not cite
    query = match.group("query") or ""
    for name, value in parse_qsl(query) if "http" in query.lower() else ():
        if name.lower() in _TARGET_PARAMS and value.startswith(("http://", "https://")) and value != url:
            return value
    segment = _BASE64_SEGMENT.search(match.group("path") or "")
    if segment is None:
        return None
    decoded = _base64(segment.group("data"))
    if decoded.startswith(("http://", "https://")):
        return decoded
    if decoded.startswith("{"):
        try:
            data = json.loads(decoded)
        except (ValueError, RecursionError):
            return None
        targets = [data.get(k) for k in ("e", "url", "u", "href")] if isinstance(data, dict) else []
        return next((t for t in targets if isinstance(t, str) and t.startswith(("http://", "https://"))), None)
    return None


def _base64(data: str) -> str:
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)).decode("utf-8")
    except (binascii.Error, ValueError):
        return ""
