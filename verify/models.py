"""The records that pass between the pipeline's stages.

document -> extract -> match -> judge -> report: every stage takes and returns
these frozen dataclasses and string enums, never loose dicts. Reporters read
them; only the judge creates :class:`Finding` objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    """The outcome for one claim (SPEC "Verdicts")."""

    VERIFIED = "verified"
    ALTERED = "altered"
    PARAPHRASED = "paraphrased"
    MISATTRIBUTED = "misattributed"
    UNSUPPORTED = "unsupported"
    UNVERIFIED = "unverified"


class Severity(StrEnum):
    """How much a finding matters; ordered by :attr:`rank`."""

    NONE = "none"
    NOTE = "note"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.NONE: 0, Severity.NOTE: 1, Severity.WARNING: 2, Severity.ERROR: 3}


class ClaimKind(StrEnum):
    """What kind of thing a claim is."""

    POST = "post"
    POST_QUOTE = "post-quote"
    QUOTE = "quote"


class Place(StrEnum):
    """Where in the article a claim stands."""

    BODY = "body"
    HEADLINE = "headline"
    DEK = "dek"
    CAPTION = "caption"
    PULLQUOTE = "pullquote"
    POST = "post"


class PostForm(StrEnum):
    """How an article shows a post (SPEC "Posts")."""

    EMBED = "embed"  # official embed markup, an iframe or AMP player, an id-only placeholder
    STATIC = "static"  # the publisher's own rendering of the post (Substack div.tweet.static)
    SCREENSHOT = "screenshot"  # an image of the post, with alt text, a caption or a credit link
    LINK = "link"  # only linked in running text: listed, judged by its URL alone
    TEXT = "text"  # written out as text plus a "— Name (@handle) Month D, YYYY" line


class QuoteKind(StrEnum):
    """How a quotation is presented.

    ``direct``: words in quote marks credited to a speaker; ``block``: a block
    quotation; ``partial``: a short fragment of someone's words, never raised
    above a note on its own account; ``answer``: an interview's answer, the
    interviewee's words printed without quote marks; ``mention``: words in quote marks that
    claim no one said them (a title of a work, a scare quote, a term, front
    matter, markup), kept for the record and never judged.
    """

    DIRECT = "direct"
    BLOCK = "block"
    PARTIAL = "partial"
    ANSWER = "answer"
    MENTION = "mention"


class Origin(StrEnum):
    """Where a piece of evidence comes from."""

    ARTICLE = "article"
    SNAPSHOT = "snapshot"


class StatementKind(StrEnum):
    """What a statement (a piece of evidence) is."""

    QUOTE = "quote"  # a direct quote in the article
    REPORTED = "reported"  # indirect reported speech in the article ("Rutte outlined that ...")
    POST = "post"  # the text of a saved post
    TRANSCRIPT = "transcript"  # one speaker turn of a saved transcript
    PAGE = "page"  # the main text of a saved page


@dataclass(frozen=True, slots=True)
class Author:
    """An account or person a post is credited to; ``handle`` keeps its ``@``."""

    name: str = ""
    handle: str = ""


@dataclass(frozen=True, slots=True)
class Post:
    """An embedded social-media post as the article shows it."""

    platform: str
    url: str
    id: str
    author: Author
    published: str | None
    text: str
    line: int
    column: int
    in_body: bool = True
    markup: str = ""  # which markup it was found in, e.g. "blockquote.twitter-tweet"
    form: PostForm = PostForm.EMBED


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in the article with the speaker it is credited to.

    ``speaker`` is the resolved full name ("Mark Rutte"); ``mention`` is how the
    article refers to the speaker at the quote ("he", "Rutte"). ``start``/``end``
    are offsets into :attr:`Document.text`. A quote inside a post carries the
    post it stands in.
    """

    text: str
    speaker: str | None
    mention: str | None
    kind: QuoteKind
    place: Place
    line: int
    column: int
    start: int = 0
    end: int = 0
    post: Post | None = None
    # A cue at the quote credits it, whether or not the cue names the speaker ("«...», dijo.", where Spanish leaves
    # the subject out and ``mention`` is None): the speaker is not just inferred from the paragraph.
    cued: bool = False
    # The cue writes the speaker's name beside the description ``mention`` shows ("said the mayor, Ann Cole": "the
    # mayor"): the article's own credit of the speaker by name.
    named: bool = False
    # The organisation the speaker speaks for, as the article ties them ("le président du Stade Garonnais, Alain
    # Castagnède"), or the person in whose name they speak ("Seine Sprecherin, Anja Meinel, sagte in seinem Namen"):
    # its own statements are the speaker's voice, never someone else's words.
    speaks_for: str | None = None
    # Where in ``text`` each paragraph after the first opens, for a quote going on over paragraphs.
    paragraphs: tuple[int, ...] = ()
    # The person the cue's description rules out ("entgegnete der Ortsvater" after an innkeeper's quote: not her, by
    # what the article says of her), whom the quote went to before: the description stays as written.
    ruled_out: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """Something a speaker or account said, usable as evidence.

    ``key`` identifies where it came from (a snapshot file, a post); ``span``
    marks an article statement's place in the text, so that a claim is never
    matched against a statement that holds it.
    """

    speaker: str | None
    text: str
    kind: StatementKind
    origin: Origin
    source: str
    line: int | None = None
    url: str | None = None
    handle: str | None = None
    fetched_at: str | None = None
    key: str = ""
    span: tuple[int, int] | None = None  # offsets into the article text, for article statements
    published: str | None = None  # a saved post's own date (ISO), as its capture gives it
    # A saved statement's index terms as the store keeps them (verify.normalize.index_terms, joined by spaces), when
    # retrieval read them: what the judge can rule out without normalising the text. Not part of its identity.
    terms: str | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Claim:
    """What the judge checks: a post, a quote inside a post, or a quote."""

    kind: ClaimKind
    text: str
    speaker: str | None
    place: Place
    line: int
    column: int
    span: tuple[int, int] | None = None  # offsets into the article text (quotes)
    quote_kind: QuoteKind | None = None
    url: str | None = None
    platform: str | None = None
    author: Author | None = None
    post_id: str | None = None
    published: str | None = None
    article_published: str | None = None  # the article's own date (YYYY-MM-DD), when it states one
    mention: str | None = None  # how the article names the speaker at a quote; None: the speaker is inferred
    cued: bool = False  # a cue at the quote credits it, naming the speaker or not ("«...», dijo.")
    named: bool = False  # the cue names the speaker beside the description ``mention`` shows (Quote.named)
    speaks_for: str | None = None  # the body or person the speaker voices, as the article ties them (Quote.speaks_for)
    paragraphs: tuple[int, ...] = ()  # where in ``text`` each paragraph after the first opens (Quote.paragraphs)
    ruled_out: str | None = None  # the person the cue's description rules out (Quote.ruled_out)


@dataclass(frozen=True, slots=True)
class Change:
    """One word-level difference between a claim and its evidence."""

    op: str  # "replace", "insert" (words only in the claim) or "delete" (words only in the source)
    claim: str
    source: str
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """The source text a claim was matched against."""

    origin: Origin
    source: str
    speaker: str | None
    text: str
    score: float
    line: int | None = None
    url: str | None = None
    fetched_at: str | None = None
    kind: StatementKind | None = None


@dataclass(frozen=True, slots=True)
class Capture:
    """One saved capture of a post, and how it compares with the post as the article shows it.

    ``state``: ``same`` (the article's words), ``differs`` (other words) or
    ``deleted`` (the capture found the post gone).
    """

    fetched_at: str | None
    source: str
    state: str


@dataclass(frozen=True, slots=True)
class Finding:
    """The judge's decision on one claim."""

    claim: Claim
    verdict: Verdict
    severity: Severity
    rule: str
    message: str
    evidence: Evidence | None = None
    changes: tuple[Change, ...] = ()
    suppressed: bool = False
    captures: tuple[Capture, ...] = ()  # every capture of a post, oldest first (post findings only)


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read or used; reported, never raised past the run."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """Everything found and decided for one article."""

    path: str
    posts: tuple[Post, ...]
    quotes: tuple[Quote, ...]
    findings: tuple[Finding, ...]
    text: str = ""  # the decoded article, for reporters that show it (not in the JSON report)
    format: str = ""  # "html", "markdown" or "text"


@dataclass(frozen=True, slots=True)
class Report:
    """The result of one run over one or more articles."""

    articles: tuple[ArticleReport, ...]
    errors: tuple[InputProblem, ...] = ()
    tool_version: str = ""

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for article in self.articles for f in article.findings)

    def verdict_counts(self) -> dict[str, int]:
        """Counts per verdict over unsuppressed findings, in :class:`Verdict` order."""
        counts = {v.value: 0 for v in Verdict}
        for finding in self.findings:
            if not finding.suppressed:
                counts[finding.verdict.value] += 1
        return {k: n for k, n in counts.items() if n}

    def worst_severity(self) -> Severity:
        ranks = [f.severity for f in self.findings if not f.suppressed]
        return max(ranks, key=lambda s: s.rank, default=Severity.NONE)


DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # larger articles are refused (see --max-bytes)
DEFAULT_TIMEOUT = 20.0  # seconds to wait for a URL
DEFAULT_TIME_BUDGET = 60.0  # seconds to check one article: generous for any real article, short of a hung CI job


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Options of one :func:`verify.check` run."""

    snapshots: str | None = None  # snapshot directory; default: snapshots/ beside each article
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    extensions: tuple[str, ...] = field(default=(".html", ".htm", ".md", ".markdown", ".txt"))
    jobs: int = 1  # worker processes for the articles of a batch; 1 checks them in this process
    use_config: bool = False  # take each article's snapshot directory from its nearest verify config
    time_budget: float | None = DEFAULT_TIME_BUDGET  # seconds to check one article; None or 0: no limit
    allow_private_addresses: bool = False  # URL inputs may redirect to private, loopback, link-local addresses
    exclude: tuple[str, ...] | None = None  # globs skipped in walks (None: verify.project.DEFAULT_EXCLUDE)
    respect_gitignore: bool = True  # skip what git ignores in directory walks and glob expansions
    force_exclude: bool = False  # apply the exclusions to files named on the command line too
    root: str | None = None  # the project root exclusion globs are relative to (None: found from the inputs)
    stdin_filename: str | None = None  # the name standard input is reported and configured under
