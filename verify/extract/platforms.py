"""Social platforms as data: their post URLs and the markup that embeds a post.

Two tables live here and nowhere else:

* :data:`URL_PATTERNS`: for each platform, the URL forms of one post (permalinks,
  embed players, mobile hosts, AT-URIs) and the canonical URL each maps to.
  :func:`recognise_post_url` reads them; snapshot fetching imports it too.
* :data:`EMBED_MARKUP`: the elements that embed a post (official blockquotes,
  iframes, AMP components, publisher placeholders), each with a comment naming
  the markup it targets. :mod:`verify.extract.posts` walks the tree with them.

A new platform is one entry in each table plus a fixture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote

__all__ = [
    "EMBED_MARKUP",
    "ESCAPED_EMBED",
    "PLATFORMS",
    "URL_PATTERNS",
    "EmbedMarkup",
    "PostUrl",
    "UrlPattern",
    "recognise_post_url",
]

PLATFORMS = (
    "x",
    "instagram",
    "facebook",
    "tiktok",
    "threads",
    "bluesky",
    "mastodon",
    "truthsocial",
    "reddit",
    "youtube",
    "telegram",
    "linkedin",
)


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
    ``handle`` likewise ("" when the URL names no account).
    """

    platform: str
    hosts: frozenset[str]  # host names without "www." / "m." / "mobile."; empty = any host (Mastodon instances)
    path: re.Pattern[str]
    canonical: str
    handle: str = ""
    query: tuple[str, ...] = ()


def _hosts(*names: str) -> frozenset[str]:
    return frozenset(names)


_X = _hosts("twitter.com", "x.com")
_INSTAGRAM = _hosts("instagram.com", "instagr.am")
_FACEBOOK = _hosts("facebook.com", "fb.com", "web.facebook.com")
_TIKTOK = _hosts("tiktok.com")
_THREADS = _hosts("threads.net", "threads.com")
_REDDIT = _hosts(
    "reddit.com", "old.reddit.com", "new.reddit.com", "np.reddit.com", "embed.reddit.com", "redditmedia.com"
)
_YOUTUBE = _hosts("youtube.com", "youtube-nocookie.com", "music.youtube.com")
_TELEGRAM = _hosts("t.me", "telegram.me", "telegram.dog")
_LINKEDIN = _hosts("linkedin.com")
_USER = r"(?P<user>[A-Za-z0-9_]{1,50})"  # an X screen name
_FB_PAGE = r"(?P<user>(?!(?:groups|watch|share|reel|photo|plugins|permalink|story)\b)[\w.-]{1,80})"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


URL_PATTERNS: tuple[UrlPattern, ...] = (
    # X / Twitter permalinks on every host: twitter.com/u/status/1, x.com/u/statuses/1, mobile.twitter.com/u/status/1.
    UrlPattern(
        "x", _X, _p(rf"/(?!i/){_USER}/status(?:es)?/(?P<id>\d{{1,25}})"), "https://x.com/{user}/status/{id}", "@{user}"
    ),
    # X links without an account: twitter.com/i/web/status/1, x.com/i/status/1, twitter.com/statuses/1.
    UrlPattern("x", _X, _p(r"/(?:i/web/|i/)?status(?:es)?/(?P<id>\d{1,25})"), "https://x.com/i/status/{id}"),
    # The rendered X embed iframe: platform.twitter.com/embed/Tweet.html?...&id=1.
    UrlPattern(
        "x",
        _hosts("platform.twitter.com", "platform.x.com"),
        _p(r"/embed/Tweet\.html"),
        "https://x.com/i/status/{id}",
        query=("id",),
    ),
    # Instagram posts, reels and IGTV, with or without the account in the path, and their /embed/ iframes.
    UrlPattern(
        "instagram",
        _INSTAGRAM,
        _p(r"/(?:[\w.]{1,30}/)?(?P<kind>p|reel|tv)s?/(?P<id>[\w-]{5,40})"),
        "https://www.instagram.com/{kind}/{id}/",
    ),
    # Facebook page posts, videos and photos: facebook.com/page/posts/ID (numeric or pfbid...).
    UrlPattern(
        "facebook",
        _FACEBOOK,
        _p(rf"/{_FB_PAGE}/(?P<kind>posts|videos|photos)/(?:[\w.-]+/)*?(?P<id>pfbid\w+|\d{{5,25}})"),
        "https://www.facebook.com/{user}/{kind}/{id}",
        "@{user}",
    ),
    # Facebook permalinks of posts without a vanity name: permalink.php / story.php?story_fbid=..&id=..
    UrlPattern(
        "facebook",
        _FACEBOOK,
        _p(r"/(?:permalink|story)\.php"),
        "https://www.facebook.com/permalink.php?story_fbid={story_fbid}&id={id_}",
        query=("story_fbid", "id"),
    ),
    # Facebook group posts: facebook.com/groups/GROUP/posts/ID (or /permalink/ID).
    UrlPattern(
        "facebook",
        _FACEBOOK,
        _p(r"/groups/(?P<group>[\w.-]+)/(?:posts|permalink)/(?P<id>\d{5,25})"),
        "https://www.facebook.com/groups/{group}/posts/{id}",
    ),
    # Facebook watch, reels, photos and share links.
    UrlPattern("facebook", _FACEBOOK, _p(r"/watch/?"), "https://www.facebook.com/watch/?v={v}", query=("v",)),
    UrlPattern("facebook", _FACEBOOK, _p(r"/(?:reel|videos)/(?P<id>\d{5,25})"), "https://www.facebook.com/reel/{id}"),
    UrlPattern(
        "facebook", _FACEBOOK, _p(r"/photo(?:\.php|/)?"), "https://www.facebook.com/photo/?fbid={fbid}", query=("fbid",)
    ),
    UrlPattern(
        "facebook",
        _FACEBOOK,
        _p(r"/share/(?P<kind>[prv])/(?P<id>\w{5,40})"),
        "https://www.facebook.com/share/{kind}/{id}/",
    ),
    UrlPattern("facebook", _hosts("fb.watch"), _p(r"/(?P<id>[\w-]{5,20})"), "https://fb.watch/{id}/"),
    # TikTok videos and photo posts: tiktok.com/@user/video/ID.
    UrlPattern(
        "tiktok",
        _TIKTOK,
        _p(r"/@(?P<user>[\w.-]{1,40})/(?:video|photo)/(?P<id>\d{5,25})"),
        "https://www.tiktok.com/@{user}/video/{id}",
        "@{user}",
    ),
    # TikTok players: tiktok.com/embed/v2/ID, /embed/ID, /player/v1/ID, /v/ID.html.
    UrlPattern(
        "tiktok",
        _TIKTOK,
        _p(r"/(?:embed/v2|embed|player/v1|v)/(?P<id>\d{5,25})"),
        "https://www.tiktok.com/embed/v2/{id}",
    ),
    # Threads posts on threads.net and threads.com.
    UrlPattern(
        "threads",
        _THREADS,
        _p(r"/@(?P<user>[\w.]{1,40})/post/(?P<id>[\w-]{5,40})"),
        "https://www.threads.com/@{user}/post/{id}",
        "@{user}",
    ),
    UrlPattern("threads", _THREADS, _p(r"/t/(?P<id>[\w-]{5,40})"), "https://www.threads.com/t/{id}"),
    # Bluesky posts by handle or DID, the embed.bsky.app iframe, and AT-URIs (host "at:" below).
    UrlPattern(
        "bluesky",
        _hosts("bsky.app", "staging.bsky.app"),
        _p(r"/profile/(?P<actor>(?!did:)[\w.-]{1,253})/post/(?P<id>[a-z0-9]{5,20})"),
        "https://bsky.app/profile/{actor}/post/{id}",
        "@{actor}",
    ),
    UrlPattern(
        "bluesky",
        _hosts("bsky.app", "staging.bsky.app"),
        _p(r"/profile/(?P<actor>did:[a-z]+:[\w.:%-]{1,200})/post/(?P<id>[a-z0-9]{5,20})"),
        "https://bsky.app/profile/{actor}/post/{id}",
    ),
    UrlPattern(
        "bluesky",
        _hosts("embed.bsky.app", "at:"),
        _p(r"/(?:embed/)?(?P<actor>did:[a-z]+:[\w.:%-]{1,200})/app\.bsky\.feed\.post/(?P<id>[a-z0-9]{5,20})"),
        "https://bsky.app/profile/{actor}/post/{id}",
    ),
    UrlPattern(
        "bluesky",
        _hosts("at:"),
        _p(r"/(?P<actor>(?!did:)[\w.-]{1,253})/app\.bsky\.feed\.post/(?P<id>[a-z0-9]{5,20})"),
        "https://bsky.app/profile/{actor}/post/{id}",
        "@{actor}",
    ),
    # Reddit posts and comments on every host, and the redd.it short link.
    UrlPattern(
        "reddit",
        _REDDIT,
        _p(
            r"/r/(?P<sub>\w{2,30})/comments/(?P<post>[a-z0-9]{4,12})/(?:comment/|[^/?#]*/)(?P<id>[a-z0-9]{4,12})(?:/|$)"
        ),
        "https://www.reddit.com/r/{sub}/comments/{post}/comment/{id}/",
    ),
    UrlPattern(
        "reddit",
        _REDDIT,
        _p(r"/r/(?P<sub>\w{2,30})/comments/(?P<id>[a-z0-9]{4,12})"),
        "https://www.reddit.com/r/{sub}/comments/{id}/",
    ),
    UrlPattern(
        "reddit",
        _REDDIT,
        _p(r"/(?:user|u)/(?P<user>[\w-]{2,30})/comments/(?P<id>[a-z0-9]{4,12})"),
        "https://www.reddit.com/user/{user}/comments/{id}/",
        "u/{user}",
    ),
    UrlPattern("reddit", _hosts("redd.it"), _p(r"/(?P<id>[a-z0-9]{4,12})$"), "https://www.reddit.com/comments/{id}/"),
    # YouTube videos: watch?v=, youtu.be/ID, /embed/ID (also youtube-nocookie), /v/ID (old <object>), /shorts/, /live/.
    UrlPattern("youtube", _YOUTUBE, _p(r"/watch/?$"), "https://www.youtube.com/watch?v={v}", query=("v",)),
    UrlPattern(
        "youtube",
        _YOUTUBE,
        _p(r"/(?:embed|v|e|shorts|live)/(?!videoseries)(?P<id>[\w-]{11})"),
        "https://www.youtube.com/watch?v={id}",
    ),
    UrlPattern("youtube", _hosts("youtu.be"), _p(r"/(?P<id>[\w-]{11})"), "https://www.youtube.com/watch?v={id}"),
    # YouTube playlists, embedded as /embed/videoseries?list=ID.
    UrlPattern(
        "youtube",
        _YOUTUBE,
        _p(r"/(?:embed/videoseries|playlist)/?$"),
        "https://www.youtube.com/playlist?list={list}",
        query=("list",),
    ),
    # Telegram channel posts: t.me/channel/ID and the web preview t.me/s/channel/ID (not t.me/c/..., private).
    UrlPattern(
        "telegram",
        _TELEGRAM,
        _p(r"/(?:s/)?(?!c/|s/|joinchat|addstickers|share)(?P<user>[A-Za-z]\w{3,31})/(?P<id>\d{1,12})"),
        "https://t.me/{user}/{id}",
        "@{user}",
    ),
    # LinkedIn posts: feed/update/urn:li:activity:ID (also /embed/feed/update/ and share/ugcPost URNs).
    UrlPattern(
        "linkedin",
        _LINKEDIN,
        _p(r"/(?:embed/)?feed/update/urn:li:(?P<kind>activity|share|ugcPost):(?P<id>\d{5,25})"),
        "https://www.linkedin.com/feed/update/urn:li:{kind}:{id}/",
    ),
    # LinkedIn vanity post URLs: linkedin.com/posts/name_slug-activity-ID-xxxx.
    UrlPattern(
        "linkedin",
        _LINKEDIN,
        _p(r"/posts/[\w%.-]*?-(?P<kind>activity|share|ugcPost)-(?P<id>\d{5,25})"),
        "https://www.linkedin.com/feed/update/urn:li:{kind}:{id}/",
    ),
    # Truth Social (a Mastodon fork): truthsocial.com/@user/ID and /users/user/statuses/ID.
    UrlPattern(
        "truthsocial",
        _hosts("truthsocial.com"),
        _p(r"/@(?P<user>\w{1,30})/(?:posts/)?(?P<id>\d{1,20})"),
        "https://truthsocial.com/@{user}/{id}",
        "@{user}",
    ),
    UrlPattern(
        "truthsocial",
        _hosts("truthsocial.com"),
        _p(r"/users/(?P<user>\w{1,30})/statuses/(?P<id>\d{1,20})"),
        "https://truthsocial.com/@{user}/{id}",
        "@{user}",
    ),
    # Mastodon on any instance: host/@user/ID (and /embed), host/@user@remote/ID, host/users/user/statuses/ID.
    UrlPattern(
        "mastodon",
        frozenset(),
        _p(r"/@(?P<user>\w{1,30})(?:@(?P<remote>[\w.-]{1,253}))?/(?P<id>\d{1,20})(?:/embed)?/?$"),
        "https://{host}/@{user}/{id}",
        "@{user}@{origin}",
    ),
    UrlPattern(
        "mastodon",
        frozenset(),
        _p(r"/users/(?P<user>\w{1,30})/statuses/(?P<id>\d{1,20})(?:/embed)?/?$"),
        "https://{host}/@{user}/{id}",
        "@{user}@{origin}",
    ),
)

# Hosts that belong to a known platform: Mastodon's any-host patterns never apply to them.
_KNOWN_HOSTS = frozenset().union(*(p.hosts for p in URL_PATTERNS)) | {
    "platform.twitter.com",
    "medium.com",
    "youtu.be",
    "google.com",
}
# Sub-domains that are the same site for post URLs.
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|mobile|mbasic|touch|web|vm|vt)\.")
_URL = re.compile(r"^(?:https?:)?//(?P<host>[^/?#:\s]{1,253})(?::\d{1,5})?(?P<path>[^?#\s]*)(?:\?(?P<query>[^#\s]*))?")
_MAX_URL = 4096  # longer strings are not post URLs (and bound the regex work on hostile attributes)
# Players that wrap the real URL in a query parameter: facebook.com/plugins/post.php?href=<encoded post URL>.
_WRAPPERS = {
    "facebook.com": (re.compile(r"/(?:v[\d.]+/)?plugins/(?:post|video|comment_embed)\.php"), "href"),
}


def recognise_post_url(url: str) -> PostUrl | None:
    """The post a URL points to, with its canonical URL (tracking parameters dropped); None if not a post."""
    if not url or len(url) > _MAX_URL:
        return None
    url = url.strip().replace("/#!/", "/", 1)  # old X links: twitter.com/#!/user/status/ID
    if url.startswith("at://"):  # an AT-URI: its "host" is a DID with colons
        host, path, query = "at:", url[4:], ""
    else:
        match = _URL.match(url)
        if match is None:
            return None
        host = _HOST_PREFIX.sub("", match.group("host").lower().rstrip("."))
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
    for pattern in URL_PATTERNS:
        if pattern.hosts and host not in pattern.hosts or (not pattern.hosts and known):
            continue
        found = _match(pattern, host, path, query)
        if found is not None:
            return found
    return None


def _match(pattern: UrlPattern, host: str, path: str, query: str) -> PostUrl | None:
    matched = pattern.path.match(path)
    if matched is None:
        return None
    groups = {k: v for k, v in matched.groupdict().items() if v is not None}
    if pattern.query:
        params = dict(parse_qsl(query))
        for name in pattern.query:
            value = params.get(name, "").strip()
            if not re.fullmatch(r"[\w:.-]{1,64}", value):
                return None
            groups["id_" if name == "id" and "story_fbid" in pattern.query else name] = value
    post_id = (
        groups.get("id") or groups.get("story_fbid") or groups.get("v") or groups.get("fbid") or groups.get("list", "")
    )
    fields = {"host": host, "origin": groups.get("remote") or host, **groups}
    handle = pattern.handle.format(**fields) if pattern.handle else ""
    return PostUrl(pattern.platform, pattern.canonical.format(**fields), post_id, handle)


# --- Embed markup -------------------------------------------------------------


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


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


_IFRAME_SRC = ("src", "data-src", "data-lazy-src", "data-original", "data-url", "data-iframe-src", "data-litespeed-src")
_PLACEHOLDER_TAGS = _tags("div span figure section blockquote p aside article li amp-embedly-card")

# Order matters: the first entry an element matches wins, and an element that matches is not searched further.
EMBED_MARKUP: tuple[EmbedMarkup, ...] = (
    # X official: <blockquote class="twitter-tweet|twitter-video"> with <p> text, "— Name (@h)" and a status link.
    EmbedMarkup(
        "blockquote.twitter-tweet",
        _tags("blockquote div"),
        frozenset({"twitter-tweet", "twitter-video"}),
        ("data-tweet-id", "data-tweetid"),
        "https://x.com/i/status/{id}",
        links=True,
        platform="x",
    ),
    # Instagram official: blockquote.instagram-media[data-instgrm-permalink]; BuzzFeed's js-instagram__container.
    EmbedMarkup(
        "blockquote.instagram-media",
        _tags("blockquote"),
        frozenset({"instagram-media", "js-instagram__container"}),
        ("data-instgrm-permalink",),
        links=True,
        platform="instagram",
    ),
    # Facebook SDK: div.fb-post|fb-video[data-href], with a fallback blockquote.fb-xfbml-parse-ignore inside.
    EmbedMarkup(
        "div.fb-post",
        _tags("div blockquote"),
        frozenset({"fb-post", "fb-video", "fb-xfbml-parse-ignore"}),
        ("data-href", "cite"),
        links=True,
        platform="facebook",
    ),
    # TikTok official: <blockquote class="tiktok-embed" cite="https://www.tiktok.com/@u/video/ID" data-video-id>.
    EmbedMarkup(
        "blockquote.tiktok-embed",
        _tags("blockquote"),
        frozenset({"tiktok-embed"}),
        ("cite", "data-video-id"),
        "https://www.tiktok.com/embed/v2/{id}",
        links=True,
        platform="tiktok",
    ),
    # Threads official: <blockquote class="text-post-media" data-text-post-permalink>.
    EmbedMarkup(
        "blockquote.text-post-media",
        _tags("blockquote"),
        frozenset({"text-post-media"}),
        ("data-text-post-permalink",),
        links=True,
        platform="threads",
    ),
    # Bluesky official: <blockquote class="bluesky-embed" data-bluesky-uri="at://...">, text in <p>, "— Name (@h)".
    EmbedMarkup(
        "blockquote.bluesky-embed",
        _tags("blockquote"),
        frozenset({"bluesky-embed"}),
        ("data-bluesky-uri",),
        links=True,
        platform="bluesky",
    ),
    # Mastodon >= 4.3: blockquote.mastodon-embed[data-embed-url="https://host/@u/ID/embed"]; Truth Social alike.
    EmbedMarkup(
        "blockquote.mastodon-embed",
        _tags("blockquote"),
        frozenset({"mastodon-embed", "truthsocial-embed"}),
        ("data-embed-url",),
        links=True,
    ),
    # Reddit: <blockquote class="reddit-embed-bq"> (2023+) and the legacy <blockquote class="reddit-card">.
    EmbedMarkup(
        "blockquote.reddit-embed-bq",
        _tags("blockquote"),
        frozenset({"reddit-embed-bq", "reddit-card"}),
        links=True,
        platform="reddit",
    ),
    # AMP components: amp-twitter[data-tweetid] (one real page puts a whole URL there), amp-instagram[data-shortcode],
    # amp-facebook[data-href], amp-youtube[data-videoid], amp-tiktok/amp-reddit/amp-bluesky[data-src].
    EmbedMarkup("amp-twitter", _tags("amp-twitter"), url_attrs=("data-tweetid",), id_url="https://x.com/i/status/{id}"),
    EmbedMarkup(
        "amp-instagram",
        _tags("amp-instagram"),
        url_attrs=("data-shortcode",),
        id_url="https://www.instagram.com/p/{id}/",
    ),
    EmbedMarkup(
        "amp-youtube",
        _tags("amp-youtube lite-youtube"),
        url_attrs=("data-videoid", "videoid"),
        id_url="https://www.youtube.com/watch?v={id}",
    ),
    EmbedMarkup(
        "amp-facebook",
        _tags("amp-facebook amp-tiktok amp-reddit amp-bluesky amp-iframe"),
        url_attrs=("data-href", "data-src", "src", "data-url"),
    ),
    # Telegram: <script async src=".../telegram-widget.js" data-telegram-post="channel/ID"> (the comments
    # widget, data-telegram-discussion, is not a post).
    EmbedMarkup(
        "script[data-telegram-post]",
        _tags("script"),
        url_attrs=("data-telegram-post",),
        id_url="https://t.me/{id}",
        platform="telegram",
    ),
    # X rendered iframe (div.twitter-tweet-rendered > iframe[data-tweet-id]), placed by widgets.js.
    EmbedMarkup(
        "iframe[data-tweet-id]", _tags("iframe"), url_attrs=("data-tweet-id",), id_url="https://x.com/i/status/{id}"
    ),
    # Every platform's iframe player, eager or lazy: YouTube /embed/, platform.twitter.com/embed/Tweet.html,
    # instagram.com/p/CODE/embed, facebook.com/plugins/post.php?href=, tiktok.com/embed/v2/, embed.bsky.app,
    # https://host/@u/ID/embed (Mastodon, Truth Social), t.me/c/ID?embed=1, linkedin.com/embed/feed/update/.
    EmbedMarkup("iframe", _tags("iframe"), url_attrs=_IFRAME_SRC),
    # Old Flash players: <object data> / <embed src> / <param name="movie" value> (youtube.com/v/ID).
    EmbedMarkup("object/embed", _tags("object embed param"), url_attrs=("data", "src", "value")),
    # Publisher placeholders that hold only an id: div[data-tweet-id], blockquote[data-tweetid] (no class).
    EmbedMarkup(
        "placeholder[data-tweet-id]",
        _PLACEHOLDER_TAGS,
        url_attrs=("data-tweet-id", "data-tweetid", "data-tweet"),
        id_url="https://x.com/i/status/{id}",
    ),
    # Publisher placeholders that hold only a YouTube id: div[data-youtube-id], figure[data-youtube-id].
    EmbedMarkup(
        "placeholder[data-youtube-id]",
        _PLACEHOLDER_TAGS,
        url_attrs=("data-youtube-id", "data-youtube"),
        id_url="https://www.youtube.com/watch?v={id}",
    ),
    # Publisher placeholders that hold the post URL: div.tweet[data-url], div.embedInner[data-resourceurl],
    # figure[data-embed-url], Substack div.tweet[data-attrs] (JSON with "url"), a plain blockquote[cite].
    EmbedMarkup(
        "placeholder[data-url]",
        _PLACEHOLDER_TAGS,
        url_attrs=(
            "data-url",
            "data-resourceurl",
            "data-embed-url",
            "data-href",
            "data-permalink",
            "data-attrs",
            "data-post-url",
            "data-tweet-url",
            "data-instagram-url",
            "cite",
        ),
    ),
)

# Container class words of publisher-made static posts (Substack div.tweet, BBC div.social-embed-post,
# WordPress figure.wp-block-embed, div.embed-container, ...). Such a container is a post when it holds a
# post link (or its URL as text) and no official embed.
CONTAINER_CLASS = re.compile(
    r"(?:^|[\s_-])(?:tweet|twitter|instagram|tiktok|facebook|bluesky|mastodon|threads|reddit|telegram|linkedin|"
    r"social|embed|oembed|wp-block-embed)(?:$|[\s_-])",
    re.I,
)
CONTAINER_TAGS = _tags("div figure section blockquote span")

# Class words and URL fragments that show embed markup hidden as escaped text in a <script> (Next.js
# __NEXT_DATA__, Fusion, JSON "html" fields), a <textarea> consent container or a data-* JSON attribute.
ESCAPED_EMBED = re.compile(
    r"twitter-tweet|instagram-media|tiktok-embed|text-post-media|bluesky-embed|mastodon-embed|truthsocial-embed|"
    r"reddit-embed-bq|reddit-card|fb-post|fb-video|telegram-post|"
    r"(?:youtube(?:-nocookie)?\.com|platform\.twitter\.com|facebook\.com/plugins|tiktok\.com|embed\.bsky\.app|"
    r"linkedin\.com)(?:\\?/)+(?:embed|post\.php|video\.php|feed)"
)
