"""In-article retrieval: a quote is aligned only with the statements that could matter to it."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from verify import judge as judge_module
from verify._check import check_document, claims
from verify.document import Format, from_text
from verify.extract import extract
from verify.judge import judge
from verify.models import Author, Claim, ClaimKind, Origin, Place, Statement, StatementKind
from verify.retrieval import COMMON_AROUND, ArticleEvidence, claim_speakers, features

_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
_COMMON = "the of and to a in that is was we will not do it for on be at this have with".split()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))


def _article(paragraphs: int, seed: int = 7) -> str:
    """News-like paragraphs: quotes credited to a few speakers, a fifth of them repeating an earlier one changed."""
    rng = random.Random(seed)
    vocabulary = [_word(rng) for _ in range(3000)]
    speakers = [f"{_word(rng).capitalize()} {_word(rng).capitalize()}" for _ in range(12)]
    out: list[str] = []
    earlier: list[str] = []
    for _ in range(paragraphs):
        speaker = rng.choice(speakers)
        said = " ".join(rng.choice(_COMMON) if rng.random() < 0.4 else rng.choice(vocabulary) for _ in range(14))
        if earlier and rng.random() < 0.2:
            said = rng.choice(earlier).replace(" the ", " a ", 1)
        earlier.append(said)
        out.append(f"“{said.capitalize()},” {speaker} said on {rng.choice(vocabulary).capitalize()}.")
    return "\n\n".join(out) + "\n"


def _statement(speaker: str, text: str, line: int) -> Statement:
    return Statement(speaker, text, StatementKind.QUOTE, Origin.ARTICLE, "article", line=line)


def _claim(text: str, speaker: str, place: Place = Place.BODY) -> Claim:
    return Claim(ClaimKind.QUOTE, text, speaker, place, line=1, column=1)


def test_features_are_stems_and_word_shingles() -> None:
    found = features("We will not do that, participating")
    assert {"we will not", "will not do", "not do that", "partic"} <= found
    assert "we" not in found  # a stop word alone finds nothing


def test_a_post_quotes_speaker_is_the_person_quoted_not_the_account_quoting() -> None:
    account = Author("Harbour Desk", "@harbourdesk")
    post = Claim(ClaimKind.POST, "Iris Vance: We build.", "Harbour Desk", Place.POST, 1, 1, author=account)
    quoted = replace(post, kind=ClaimKind.POST_QUOTE, text="We build.", speaker="Iris Vance")
    assert claim_speakers(post) == {"harbourdesk", "desk"} and claim_speakers(quoted) == {"vance"}


def test_the_source_of_a_changed_quote_is_found_among_many() -> None:
    filler = [_statement(f"Speaker {i}", f"Routine remark number {i} on ferries and harbours.", i) for i in range(300)]
    source = _statement("Ada Brook", "We will not raise the harbour levy this winter, whatever they say.", 400)
    evidence = ArticleEvidence([*filler, source])
    assert source in evidence.candidates(_claim("We will raise the harbour levy this winter", "Cy Dunn"))
    assert len(evidence.candidates(_claim("We will raise the harbour levy this winter", "Cy Dunn"))) < 20


def test_a_quote_of_common_words_finds_its_source_by_word_order() -> None:
    filler = [_statement("Ada Brook", f"We will do {i} things and that is not all {i}.", i) for i in range(200)]
    source = _statement("Cy Dunn", "Frankly we will not do that again.", 300)
    evidence = ArticleEvidence([*filler, source])
    assert source in evidence.candidates(_claim("We will not do that", "Eve Fox"))


def test_a_quote_of_common_words_only_is_looked_up_around_its_place() -> None:
    # Every feature of the quote is in every statement: reading them all for each of the article's quotes grows
    # as the square of the article, so only the statements around the quote's place are read.
    said = "We will not do that."
    repeated = [replace(_statement("Ada Brook", said, i), span=(100 * i, 100 * i + 20)) for i in range(2000)]
    evidence = ArticleEvidence(repeated)
    claim = replace(_claim(said, "Ada Brook"), span=(150_000, 150_020))
    found = evidence.candidates(claim)
    assert found and all(s.span and abs(s.span[0] - 150_000) <= 100 * 100 for s in found)


@pytest.mark.parametrize("statements", [1_500, 12_000])
def test_a_quote_of_common_words_only_reads_as_many_statements_however_long_the_article(statements: int) -> None:
    # A window of a share of the statements would grow with the article, and its check as the article's square.
    said = "They shall not pass here."
    repeated = [replace(_statement("Olek Varga", said, i), span=(90 * i, 90 * i + 25)) for i in range(statements)]
    evidence = ArticleEvidence(repeated)
    middle = 90 * (statements // 2)
    scored = evidence._scores(features(said), (middle, middle + 25))
    assert len(scored) == COMMON_AROUND
    assert all(abs(90 * i - middle) <= 90 * COMMON_AROUND for i in scored)
    # A rarer feature is still read whole, up to its share of the statements.
    rare = [*repeated, replace(_statement("Olek Varga", "Kestrels nest on the viaduct.", 0), span=(5, 30))]
    assert list(ArticleEvidence(rare)._scores(features("Kestrels nest on the viaduct"), (5, 30))) == [statements]


def test_a_headline_keeps_its_speakers_statements_though_they_share_nothing() -> None:
    own = [_statement("Ada Brook", f"The ferry timetable {i} changes.", i) for i in range(5)]
    evidence = ArticleEvidence(own)
    assert evidence.candidates(_claim("Unrelated words entirely", "Ada Brook", Place.HEADLINE))


def test_a_quote_credited_to_no_one_is_evidence_only_for_a_pull_quote_credited_to_no_one() -> None:
    said = "We take air quality seriously and will publish our own measurements in July."
    evidence = ArticleEvidence([_statement(None, said, 1), _statement("Ada Brook", "The depot stays open.", 2)])
    assert [s.text for s in evidence.candidates(_claim("We take air quality seriously", None, Place.PULLQUOTE))] == [
        said
    ]
    named = evidence.candidates(_claim("We take air quality seriously", "Ada Brook", Place.PULLQUOTE))
    assert [s.speaker for s in named] == ["Ada Brook"]
    assert not evidence.candidates(_claim("We take air quality seriously", None, Place.BODY))


def _alignments(monkeypatch: pytest.MonkeyPatch, paragraphs: int) -> tuple[int, int]:
    calls = []
    real = judge_module.align

    def counting(claim, statement):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(claim, statement)

    monkeypatch.setattr(judge_module, "align", counting)
    report = check_document(from_text(_article(paragraphs), "a.txt", Format.TEXT))
    return len(calls), len(report.findings)


def test_alignments_grow_linearly_with_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    small, small_claims = _alignments(monkeypatch, 100)
    large, large_claims = _alignments(monkeypatch, 800)
    assert large_claims >= 7 * small_claims
    # All pairs would be 64 times as many; a linear check stays near 8 times.
    assert large <= 12 * max(small, 1)


def test_verdicts_are_those_of_aligning_every_pair() -> None:
    document = from_text(_article(150, seed=3), "a.txt", Format.TEXT)
    extraction = extract(document)
    every = {
        (f.claim.line, f.claim.column): f.verdict
        for f in map(lambda c: judge(c, extraction.statements), claims(extraction))
    }
    retrieved = {(f.claim.line, f.claim.column): f.verdict for f in check_document(document).findings}
    assert retrieved == every
    assert len(set(every.values())) >= 3  # the article exercises more than one verdict
