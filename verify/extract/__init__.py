"""Extraction: a document's posts, quotes and reported statements.

The order matters and is kept here: embeds are taken from the HTML tree
first, so their text is not read again as article text; plain-text post
renderings are taken from the blocks next; quotes and reported statements
come from what is left.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from ..models import Origin, Place, Post, Quote, QuoteKind, Statement, StatementKind
from ..tree import Element
from .blocks import Block, blocks
from .inner import inner_quotes
from .interviews import credit_from_answers, interview_answers, interviewee_speaks_first_person
from .posts import html_posts, rendered_posts
from .quotes import echoed_titles, find_quotes, post_quotes, speaker_runs
from .statements import reported_statements

__all__ = ["Extraction", "extract"]

_MIN_STATEMENT_WORDS = 4  # a quote shorter than this is too thin to be evidence for another claim


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one article claims (posts and quotes) and reports (statements)."""

    posts: tuple[Post, ...]
    quotes: tuple[Quote, ...]
    statements: tuple[Statement, ...]
    blocks: tuple[Block, ...] = ()


def extract(document: Document) -> Extraction:
    """Find the posts, quotes and reported statements of one article."""
    taken: frozenset[Element] = frozenset()
    posts: list[Post] = []
    if document.tree is not None:  # HTML, or Markdown with raw HTML blocks
        posts, taken = html_posts(document)
    posts, article_blocks = rendered_posts(document, blocks(document, taken), shown=posts)
    posts.sort(key=lambda p: (p.line, p.column))
    quotes = find_quotes(document, article_blocks)
    quotes += inner_quotes(document, article_blocks, quotes)  # "As Councillor Dwyer told the Echo, '…'" inside hers
    named = [quote.speaker for quote in quotes if quote.speaker]  # whom a post's "Title Surname:" may stand for
    # (and whom a post's "Role:" may stand for: the people quoted under a mention naming the role)
    described = [(quote.mention, quote.speaker) for quote in quotes if quote.speaker and quote.mention]
    quotes += [quote for post in posts if post.in_body for quote in post_quotes(post, named, described)]
    quotes += interview_answers(document, article_blocks, quotes)
    quotes.sort(key=lambda q: (q.line, q.column))
    quotes = credit_from_answers(quotes)  # a headline quoting an interview's unquoted answer
    quotes = interviewee_speaks_first_person(quotes)  # an interview's "I" is no longer the byline's writer
    quotes = echoed_titles(quotes)  # a headline or a post naming the title the body names
    reported = reported_statements(document, article_blocks)
    # (a run of one speaker's quotes is evidence as a whole too: a pull quote may run on from one part into the next)
    statements = [_quote_statement(document, q) for q in quotes + speaker_runs(quotes) if _is_evidence(q)]
    statements += reported
    return Extraction(tuple(posts), tuple(quotes), tuple(statements), tuple(article_blocks))


def _is_evidence(quote: Quote) -> bool:
    # Headlines, decks, captions and pull quotes repeat the body: claims to check, never evidence. A body quote
    # credited to no one is evidence only for a pull quote or headline credited to no one (verify.retrieval).
    return (
        quote.post is None
        and quote.place is Place.BODY
        and quote.kind not in (QuoteKind.PARTIAL, QuoteKind.MENTION)
        and len(quote.text.split()) >= _MIN_STATEMENT_WORDS
    )


def _quote_statement(document: Document, quote: Quote) -> Statement:
    return Statement(
        speaker=quote.speaker,
        text=quote.text,
        kind=StatementKind.QUOTE,
        origin=Origin.ARTICLE,
        source=document.path,
        line=quote.line,
        span=(quote.start, quote.end),
    )
