"""Verdicts: what each claim's best alignments mean, and every threshold.

All numbers that turn measurements into verdicts live here.

``ALTERED_MIN_SCORE``
    Word-level similarity (0-100) of a claim to the span of a source it
    aligns with, at or above which the claim is "the same words, changed":
    ``altered`` when the speaker is the credited one, ``misattributed`` when
    it is someone else. One changed word in a ten-word quote scores 90; a
    quote with a third of its words changed scores about 67.
``PARAPHRASE_MIN_OVERLAP``
    Share of the claim's content words (function and light words left out,
    crude stems) that one claim-sized stretch of a same-speaker source
    contains, at or above which the claim "says something overlapping in
    different words": ``paraphrased``. A reworded quote keeps most of its key
    words; an unrelated quote of the same speaker shares a few by chance
    (on the verdict benchmark, at most about a third).
``PARAPHRASE_MIN_ECHO`` and ``PARAPHRASE_ECHO_MIN_OVERLAP``
    A claim that embellishes a short remark ("the United States will
    participate" -> "the United States and NATO will participate in ...")
    shares little of its own wording but repeats most of one clause of the
    source: at or above this share of one clause's content words, a lower
    overlap suffices, of the claim's words (at least ``PARAPHRASE_MIN_SHARED``
    of them, each name word counting: "United States" is two) and of its
    ideas (a name counting once): a quote that shares a two-word name and one
    noun with a short clause ("... speeches to Goldman Sachs") is no
    paraphrase of it when the quote says ten things.
``PARAPHRASE_MIN_SHARED``
    ...and at least this many content words must be shared, a run of name
    words counting once, so that a claim does not count as a paraphrase on
    a name and a common word ("Donald Trump", "America") that anyone in the
    same story says.
``PARAPHRASE_FRAME_MIN_SCORE``
    ...unless the claim keeps the source's sentence, its function words and word order, at this score or above
    (half its words in place): then two shared content words make a paraphrase ("We are ready to strike until the
    government gives in" of "Our members are ready to stay out until the government moves" scores 57).
``FRAME_MIN_SHARE`` and ``FRAME_MIN_WORDS``
    A claim of at least ``FRAME_MIN_WORDS`` words scoring under ``ALTERED_MIN_SCORE`` (but at least
    ``PARAPHRASE_FRAME_MIN_SCORE``) that opens as a clause of its source opens and keeps its first and last words,
    at least this share of its words and ``FRAME_MIN_WORDS`` - 1 of them, is that clause with its middle changed:
    ``altered`` (its changes listed), not a paraphrase. "esto recién comienza" of "Esto recién empieza." keeps 2
    of 3; "Wir haben die Kommunen frühzeitig informiert" of "Wir haben die Kommunen nicht früh genug informiert,
    ..." 5 of 6 (its negation left out, an error); "We will look at the options" of "We will build 400 homes" 2 of 6.
    What it changes, between the words it keeps, is at most ``FRAME_MAX_CHANGED`` words (a word or a phrase: "et un
    milieu" for "pas plus"), none a run the statement says elsewhere: a clause of the source moved into the middle
    of another (on the generated paraphrases, 13 words) is a paraphrase. A claim that keeps no last word replaces the
    clause's end, which must then be a word or a phrase too: "La préfecture nous a promis une déviation en 10 jours"
    of "... une solution pour les enfants qui vont au collège" keeps the opening and says another thing (blind-15).
``REWORDED_MIN_WORDS``
    ...unless it only rewords that clause: no flagged change, words of its own put in, and at least this many content
    words of the source replaced or left out inside a clause ("Les bœufs, c'est notre histoire et notre avenir" of
    "Les bœufs font partie de notre histoire, et peut-être de notre avenir."): a paraphrase, judged as its score says.
``MISATTRIBUTION_MIN_WORDS``
    A claim must have at least this many words to be called misattributed:
    two-word fragments recur in anyone's speech.

Evidence strength decides severity: an error (``altered``, ``misattributed``,
or a claim that adds facts) needs a resolved speaker (a full name, an
acronym or an account, never a pronoun, a description or a guess) and an
unambiguous match; otherwise the finding is at most a warning.

``SHORT_CLAIM_WORDS`` and ``SHORT_ERROR_MIN_SCORE``
    A fragment of fewer words is an error only at this score or above (or
    when a change flips a negation, a number or a name): on the 271 real
    pages checked with no snapshots, every 3-6 word fragment that matched
    another sentence at 75-80 was a coincidence ("cowardly act by India" ~
    "cowardly move by India", "eben mal eine Pause einzulegen" ~ "...
    einlegen"). One replaced word scores 80 in a 5-word quote, 83 in a
    6-word one, 86 in a 7-word one; one word added or left out scores 91.
``SPLICE_MAX_SENTENCE_GAP``
    Parts of a quote joined by "..." may leave out at most this many whole
    sentences between them; parts further apart, or from different
    statements or speaker turns, are a splice (``altered``, flag ``splice``).
    Writers cut a clause or a sentence to shorten a quote; joining answers
    given minutes apart makes a sentence nobody said.
``TWIN_MAX_EXTRA_WORDS``
    Two quotes of an article are "the same quote" when one holds the other
    word for word and is longer by at most this share, or holds a claim of
    at least ``SHORT_CLAIM_WORDS`` words (a pull quote excerpting a body
    quote): credited to two people, they are one finding about the article
    (a warning on the later one), not two misattributions.
``ADDED_FACTS_MIN_OVERLAP``
    Added facts are counted only against a closest source that covers at
    least this share of the claim's content words: a source sharing one
    name with the claim ("Kim" in a German report, "Kim Jong Un is gravely
    ill" in an English post) is no version of it that facts were added to; nor is one that shares only a word
    English writes with a meaning that the claim's language uses as a function word ("Die" of "Die Erzieherinnen
    hatten selbst Angst" and "Die Kita hat alles richtig gemacht": tune-19's "Angst" was a name added, VF104).
    Below it, an ``unsupported`` claim adds the figures (numbers, amounts,
    dates) that no saved statement in the speaker's voice holds anywhere
    ("Jeder Fahrgast bekommt 100 Euro Entschädigung" of a release promising a
    refund of the fare): what the speaker's whole record never states. Its
    names are its topic ("The families in Farmington deserve answers"; a
    tune set's writer judged such a claim a warning) and its negation flips
    no sentence on record; the article's own statements are no record.
    Blind-16 184 -> 190/225 with the paragraph's attestation below; no other
    tune set lost an expectation.

``RENUMBERED_CREDIT`` (in :mod:`verify.match`, where scores are computed)
    A number replaced by another number counts this share of a matching
    word in the score: the sentence keeps its shape. "Nous consacrerons deux
    millions d'euros au transport scolaire dans le département" against
    "... deux milliards d'euros ... dans tout le pays" scored 73.7 with no
    credit and 78.9 with half (altered, flagged number, as a reader sees it);
    the generated-mutation benchmark stays at 1,348/1,349.
``_INTERJECTION_MAX_WORDS`` (in :mod:`verify.sources.transcripts`)
    A turn of at most this many words between two turns of one speaker
    ("Right.", "Mm-hmm.") is a listener's interjection: the speaker's turns
    are one statement, so a quote across them is no splice.

``added facts``
    A ``paraphrased`` or ``unsupported`` claim that names a name, a number
    or a negation absent from the sentence of its closest source it echoes
    most, or leaves out a negation of that sentence while keeping the word it
    negates, is an error under its own rule (VF103/VF104): a reworded quote
    may change words, not facts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from .document import Document
from .extract import speakers
from .extract.blocks import Block, source_offset
from .extract.cast import role_head, shortens
from .extract.platforms import recognise_post_url, same_id_elsewhere, shows_title
from .letters import CAPITALS, SMALLS
from .lexicon import AND_WORDS, FUNCTION_WORDS, LEXICONS, NAME_JOINERS, OF_LINKS, Number
from .match import (
    ANY_STOPWORDS,
    Alignment,
    Part,
    PreparedClaim,
    added_facts,
    align,
    claim_parts,
    clause_parts,
    closest_sentence,
    content_stems,
    figures_off_record,
    find_part,
    framed,
    has_cut,
    holds_words,
    kept_in_order,
    noun_at,
    prepare,
    reworded_stems,
    sentences,
    shared_span,
    shares_meaning,
    unaccented,
)
from .models import (
    Capture,
    Change,
    Claim,
    ClaimKind,
    Evidence,
    Finding,
    Origin,
    Place,
    QuoteKind,
    Severity,
    Statement,
    StatementKind,
    Verdict,
)
from .normalize import CHANGED_NEGATIONS, LINK, is_number, url_key, words, words_only
from .rules import Rule, rule, rule_for

ALTERED_MIN_SCORE = 75.0
PARAPHRASE_MIN_OVERLAP = 0.4
PARAPHRASE_MIN_ECHO = 0.6
PARAPHRASE_ECHO_MIN_OVERLAP = 0.25
PARAPHRASE_MIN_SHARED = 3
PARAPHRASE_FRAME_MIN_SCORE = 50.0
MISATTRIBUTION_MIN_WORDS = 4
SHORT_CLAIM_WORDS = 7
SHORT_ERROR_MIN_SCORE = 85.0
SPLICE_MAX_SENTENCE_GAP = 2
# Words a short changed part of a splice may have more or fewer than the whole sentence it stands for: a negation,
# which French writes in two ("la piscine ferme en juin" of "La piscine ne ferme pas en juin.").
PART_SENTENCE_SLACK = 2
TWIN_MAX_EXTRA_WORDS = 0.25
FRAME_MIN_WORDS = 3
FRAME_MIN_SHARE = 0.5
FRAME_MAX_CHANGED = 4
# Content words a claim adds to its closest stretch that its statement says outside it, at or above which the claim
# joins that stretch with another clause's words: reworded, not changed (``_adds_other_clause``)
MOVED_IN_MIN_WORDS = 2
# Words at most (its "and" counted) of a verb a claim joins with "and" to its source's verb of being or auxiliary, the
# source saying it in a clause after the claim's stretch: "es y será" (``_folds_in_clause_after``)
FOLDED_VERB_MAX_WORDS = 4
# Content words of its source a claim scoring under ``ALTERED_MIN_SCORE`` replaces or leaves out inside a clause, no
# change flagged and words of its own put in, at or above which it rewords its source's clause: a paraphrase, not that
# clause changed (``_reworded_only``)
REWORDED_MIN_WORDS = 3
ADDED_FACTS_MIN_OVERLAP = 0.25

# Changes that flip what a short quote says however loosely it matched otherwise.
_STRONG_FLAGS = frozenset({"negation", "number", "name", "splice"})


# Places where a claim repeats what the article reports elsewhere; there the article's own
# statements are independent evidence. A body quote is itself the article's report: other
# quotes of the same speaker do not make it unsupported, only saved sources can.
REPEATING_PLACES = frozenset({Place.HEADLINE, Place.DEK, Place.CAPTION, Place.PULLQUOTE, Place.POST})


def judge(
    claim: Claim, statements: Iterable[Statement], *, lead: Lead = "", earlier: Lead = "", trail: Lead = ""
) -> Finding:
    """Decide one claim against the statements that could support it; ``lead`` is the article's text of the quote's
    paragraph before it (:func:`lead_in`), where the writer names whom a pronoun at the quote stands for, or what
    reads it when first needed (most claims never need it); ``earlier``, the body text before that paragraph
    (:func:`earlier_in`), and ``trail``, the cue's sentence after the quote (:func:`trail_in`), likewise."""
    prepared = _Aligner(prepare(claim.text))
    candidates = [s for s in statements if not _holds(s, claim)]
    if claim.quote_kind is QuoteKind.ANSWER:
        # An interview's answer is the article's first telling of the interviewee's words: a saved recording or
        # transcript checks it; the article's own quotes of those words are drawn from it, not evidence for it.
        candidates = [s for s in candidates if s.origin is not Origin.ARTICLE]
    if claim.kind is ClaimKind.POST:
        return _judge_post_text(claim, prepared, candidates)
    finding = _judge_words(claim, prepared, candidates, lead, earlier, trail)
    if claim.kind is ClaimKind.POST_QUOTE and finding.verdict in _LEAD_TRIED:
        return _post_quote_lead(claim, candidates, finding) or finding
    return finding


# The words that open a mention of someone an article leaves unnamed, in every language ("someone", "a woman")
_UNNAMED_OPENERS = frozenset(w for lex in LEXICONS.values() for w in (*lex.indefinite_people, *lex.indefinite))


def _unnamed(mention: str | None) -> bool:
    words = (mention or "").split(maxsplit=1)
    return bool(words) and words[0].lower() in _UNNAMED_OPENERS


def _several(mention: str | None) -> bool:
    """Whether a quote's own cue named several people at once, names an "and" joins ("Gisela und Renate Faust"): a
    quote credited to no one so speaks in chorus, no one person's (``quotes._in_chorus``)."""
    words = (mention or "").split()
    return any(w in AND_WORDS and words[i - 1][:1].isupper() for i, w in enumerate(words[1:-1], 1))


def reported_by(claim: Claim, reports: Iterable[Statement]) -> Claim:
    """The claim, credited to the speaker of the article's report of words that holds it when it is credited to no
    one ("Der Coach sagte, das Team sei „noch lange nicht in Form“", the report credited to the coach the paragraph
    names): cued by the report's verb. Asked before the claim's sources are looked up, which its speaker's are. The
    report is no evidence of the words (:func:`_holds`), only of who said them. A quote whose own cue named someone the
    article leaves unnamed stays theirs ("When Kettle asked ..., someone at the back called out: “...”")."""
    span = claim.span
    if claim.speaker is not None or span is None or _unnamed(claim.mention) or _several(claim.mention):
        return claim  # (nor a chorus of people the cue named: "Bickerts Nachbarinnen, die Schwestern Gisela und
        # Renate Faust, sagten im Chor:" is no one's, never the description the report's sentence opens on)
    for statement in reports:
        held = statement.span is not None and statement.span[0] <= span[0] and span[1] <= statement.span[1]
        if held and statement.kind is StatementKind.REPORTED and resolved(statement.speaker):
            return replace(claim, speaker=statement.speaker, cued=True)
    return claim


_WORDS_KEPT = (Verdict.VERIFIED, Verdict.ALTERED)
_LEAD_TRIED = (Verdict.PARAPHRASED, Verdict.UNSUPPORTED, Verdict.ALTERED)


def _post_quote_lead(claim: Claim, candidates: list[Statement], whole: Finding) -> Finding | None:
    """A quote credited in a post with a colon ("Name: words. Remember that.") has no closing mark: the post's
    own words may follow it. Its leading sentences that stand in a source (word for word or changed; for a quote
    altered as a whole, closer than the whole) are the quote; the finding says what was left out as the post's."""
    spans = sentences(claim.text)
    for _, end in reversed(spans[:-1]):
        lead = replace(claim, text=claim.text[:end].strip())
        finding = _judge_words(lead, _Aligner(prepare(lead.text)), candidates)
        if finding.verdict in _WORDS_KEPT and _closer(
            finding, whole, replace(claim, text=claim.text[end:]), candidates
        ):
            return _as_lead(claim, finding, end)
    if whole.verdict is not Verdict.ALTERED and whole.rule not in _ADDS_IDS and len(spans) > 1:
        # The first sentence is the quote whatever follows: a fact it adds to (or a negation it drops from) the
        # speaker's closest sentence is added by the quote, though the whole post shares too little to tell.
        first = replace(claim, text=claim.text[: spans[0][1]].strip())
        finding = _judge_words(first, _Aligner(prepare(first.text)), candidates)
        if finding.rule in _ADDS_IDS:
            return _as_lead(claim, finding, spans[0][1])
    return None


def _as_lead(claim: Claim, finding: Finding, end: int) -> Finding:
    """The finding of a post-quote's leading sentences, on the whole post-quote, naming the rest as the post's."""
    rest = claim.text[end:].strip()
    message = f"{finding.message[:-1]}; “{rest}” is read as the post's own words."
    return replace(finding, claim=claim, message=message)


def _closer(lead: Finding, whole: Finding, rest: Claim, candidates: list[Statement]) -> bool:
    """Whether a post-quote's leading sentences are the quote: any match does for a whole that is only reworded;
    for a whole altered, a lead closer than the whole, followed by words the speaker did not say (a changed
    sentence the speaker said is part of the quote, and its change the finding)."""
    if whole.verdict is not Verdict.ALTERED:
        return True
    closer = lead.verdict is Verdict.VERIFIED or bool(
        lead.evidence and whole.evidence and lead.evidence.score > whole.evidence.score
    )
    return closer and _judge_words(rest, _Aligner(prepare(rest.text)), candidates).verdict not in _WORDS_KEPT


# Words no name opens with: every lexicon's prepositions and the first words of its phrases for "according to"
# ("según", "laut": "Según la Guardia Civil" is a stray phrase around a name), less name particles ("de", "van").
_NAME_OPENERS_NOT = frozenset(
    w
    for lex in LEXICONS.values()
    for w in (*lex.prepositions, *(phrase.split()[0].lower() for phrase in lex.according_to))
    if w not in speakers.NAME_PARTICLES
)


# Words of a transcript's turn labels that name no one: the one asking ("Q", "REPORTER", "MODERATOR") and
# anyone else ("A", "SPEAKER 2", "UNIDENTIFIED MALE"). A label of the second kind may be the credited
# speaker's turn: the interviewee of a Q-and-A, a speaker an automatic transcript numbered.
ASKING_LABEL_WORDS = frozenset(
    """q question interviewer interviewerin reporter reporterin journalist journalistin journaliste moderator
    moderatorin moderador moderadora modérateur modératrice presenter presentador presentadora animateur
    animatrice frage pregunta periodista""".split()
)
NAMELESS_LABEL_WORDS = ASKING_LABEL_WORDS | frozenset(
    """a answer antwort respuesta réponse speaker sprecher sprecherin orador oradora intervenant intervenante
    unidentified unknown unnamed voice audience member participant caller crosstalk interviewee male female man
    woman""".split()
)


# Titles and role words of every lexicon ("ceo", "mp", "senator").
_ROLE_WORDS = frozenset(w for lex in LEXICONS.values() for w in (*lex.titles, *lex.role_forms, *lex.role_nouns))


def _nameless(label: str, words: frozenset[str]) -> bool:
    """Whether every word of a label is one of ``words`` or a number ("SPEAKER 2"; never "Speaker Mike Johnson")."""
    found = [w.lower().strip(".,#") for w in label.split()]
    return bool(found) and all(w in words or w.isdigit() for w in found)


# The contractions that join a person's name to the name of their farm or house (lexicon ``name_contractions``)
_FARM_LINKS = frozenset(w for lex in LEXICONS.values() for w in lex.name_contractions)


def _farm_name_at(parts: list[str]) -> int:
    """Where a full name's farm or house name begins, after at least two name words: a contraction and capitalised
    words only ("Notburga Mair| am Tinkhof", "Sepp Huber| zum Hirschen", Tyrolean and Bavarian house names), else 0.
    Blind set 53: the saved speaker "Notburga Mair am Tinkhof" read as the surname "Tinkhof" alone, so words of hers
    credited to another were only a warning."""
    for i in range(2, len(parts) - 1):
        if parts[i] in _FARM_LINKS:
            return i if all(p[:1].isupper() for p in parts[i + 1 :]) else 0
    return 0


# Asked for every candidate of a claim, of its speaker and theirs (a store's 50 quotes: 1,250 calls for a few
# hundred names, a fifth of judging); a name's answer is the lexicons'.
@lru_cache(maxsize=8192)
def resolved(name: str | None) -> bool:
    """Whether a speaker is solid enough to pin an error on.

    A full name (two capitalised name words, titles left out), an acronym
    ("NATO") or an account handle is; a surname alone, a description ("the
    venue", "Mitarbeiter"), a pronoun or a stray phrase ("that the") is not.
    """
    if not name:
        return False
    name = name.strip()
    if name.startswith("@"):
        return True
    if _nameless(name, NAMELESS_LABEL_WORDS) or _nameless(name, _ROLE_WORDS):
        # A turn label that names no one ("A", "SPEAKER 2", "MODERATOR", "UNIDENTIFIED MALE"), or a role alone
        # ("CEO", "the MP"): whose role it is, is a guess.
        return False
    if _body_named_whole(name.split()):
        return True  # (as written, before titles are stripped: "Ministry of" reads as one)
    farm = _farm_name_at(name.split())
    if farm:
        return resolved(" ".join(name.split()[:farm]))
    # (a generation word ending the name is no name word: "Franz Wimmer jun." is a full name)
    stripped = speakers.strip_titles(speakers.without_generation(name)) or name
    if stripped.split()[0].lower() in _NAME_OPENERS_NOT:
        return False  # a stray phrase: "Zur Zukunft der Stadtbibliothek" (German capitalises every noun)
    first, *rest = stripped.split()
    # A particle opening the name that is also a first name is the first name ("Ben Adeyemi", "Al Gore").
    opening = [first] if first.lower() in _FIRST_NAMES or first.lower() not in speakers.NAME_PARTICLES else []
    named = opening + [w for w in rest if w.lower() not in speakers.NAME_PARTICLES]
    if len(named) == 1:
        word = named[0].strip(".")
        return len(word) > 1 and word.isupper() and word.isalpha()
    # (a surname may carry its particle written on: "Yusuf al-Harthi")
    return 1 < len(named) <= 6 and all(speakers.name_word(w) for w in named) and not _role_alone(named)


# The nouns that open a body's name and the small words inside it, in every lexicon (see ``_body_named_whole``)
_BODY_HEADS = frozenset(w for lex in LEXICONS.values() for w in lex.organisation_words | lex.town_bodies)
_NAME_LINKS = frozenset(w for joiner in NAME_JOINERS + OF_LINKS for w in joiner.split())
_BODY_NAME_WORDS = 8  # the most words of a body's name read so


def _body_named_whole(words: list[str]) -> bool:
    """Whether words name a body whole, its noun opening them and its "of" part after it, in lower case or not
    ("Ministry of Health", "Musée national d'histoire naturelle", "Agence de sécurité des produits"; not "Police
    spokesman"): as sure a speaker as a person's full name."""
    if not 2 < len(words) <= _BODY_NAME_WORDS or not words[0][:1].isupper() or words[0].lower() not in _BODY_HEADS:
        return False
    rest = [w.replace("’", "'") for w in words[1:]]
    links = [w for w in rest if w in _NAME_LINKS or w[:2] == "d'"]
    return bool(links) and all(w in links or w.islower() or speakers.name_word(w) for w in rest)


def _named_at_quote(claim: Claim) -> bool:
    """Whether the claim's speaker is a resolved name the article gives at the quote or a person's pronoun stands
    for: a pronoun of a body ("it said in a statement that she had “...”") names no one for sure, whoever the cast
    took it for (the board, or a person named before), so the words are held to whoever said them; and so does an
    interview's answer under a label that names no one ("A."), whose interviewee the extraction read off the
    article's other paragraphs."""
    if claim.quote_kind is QuoteKind.ANSWER and not claim.mention:
        return False
    return resolved(claim.speaker) and str(claim.mention).lower() not in _BODY_PRONOUNS


def _role_alone(named: list[str]) -> bool:
    """Whether capitalised words are a role and its modifiers, not a name: the last is a role in some language
    ("Parlamentarische Staatssekretärin", "Deputy Chief Constable") and none is a first name ("Martin Luther King"
    is a name)."""
    last = named[-1].strip(".,")
    if not any(role_head(last, code) for code in LEXICONS):
        return False
    return not any(w.strip(".,").lower() in _FIRST_NAMES for w in named)


_FIRST_NAMES = frozenset().union(*(lex.first_name_gender.keys() for lex in LEXICONS.values()))
_TITLES = frozenset(w for lex in LEXICONS.values() for w in lex.titles)


class _Aligner:
    """One claim, prepared, with its alignment to each statement worked out once."""

    def __init__(self, claim: PreparedClaim) -> None:
        self.claim = claim
        self._done: dict[int, Alignment] = {}

    def __call__(self, statement: Statement) -> Alignment:
        found = self._done.get(id(statement))
        if found is None or found.statement is not statement:
            found = self._done[id(statement)] = align(self.claim, statement)
        return found

    def exact(self, statement: Statement) -> bool:
        """Whether the statement holds the claim word for word; a statement lacking one of its words is never
        aligned (in a long article each quote is asked of every other quote it shares rare words with)."""
        return holds_words(self.claim, statement.text) and self(statement).exact


def same_person(a: str | None, b: str | None) -> bool:
    """:func:`verify.extract.speakers.same_speaker`, asked only of names that end in the same word, a transcript's
    label in capitals read as the name it writes ("SOPHIE VIALATTE" is not Marcel Vialatte).

    Every candidate's speaker is compared with every claim's, and that rule
    pairs no other names: the cheap test on cached last words goes first.
    """
    if not (a and b):
        return False
    a, b = _as_named(a), _as_named(b)
    last_a, last_b = _last_word(a), _last_word(b)
    if last_a == last_b and (speakers.same_speaker(a, b) or _declined_alike(a, b)):
        return True
    genitive = _genitive_of(last_a, last_b) or _genitive_of(last_b, last_a)
    if genitive and _declined_alike(a, b) and person_key(a)[0] not in _FIRST_NAMES:
        # a body's name in the genitive, as a document's owner is written ("des Deutschen Skiverbands"); a person's
        # surname ending in "s" is another person ("Petra Andreas" is not "Petra Andrea")
        return True
    if _acronym_of(a, b) or _acronym_of(b, a) or _unit_of(a, b):
        return True
    # (people credited together, "Derek and Maureen Howes", "Gary Lindgren, Rosa Maki and Dale Anttila": each of them
    # is the credit, so a saved record of one is no one else's words)
    return any(same_person(member, other) for group, other in ((a, b), (b, a)) for member in _members(group))


_AND_WORDS = frozenset(AND_WORDS)


@lru_cache(maxsize=4096)
def _members(name: str) -> tuple[str, ...]:
    """The people a credit of several lists ("Derek and Maureen Howes" -> Derek Howes, Maureen Howes; "Ana, Luis y
    Pedro Ruiz"; "Anna Berg and Tom Hale"), each capitalised; () for one name. A part of one word takes the surname
    the list's last name ends on (the family named together)."""
    if not any(f" {word} " in name for word in AND_WORDS):
        return ()
    # (split at its commas and at an "and" before a capital, word by word: no pattern, linear on any text)
    tokens = name.replace(",", " , ").split()
    runs: list[list[str]] = [[]]
    for i, token in enumerate(tokens):
        if token == "," or token in _AND_WORDS and tokens[i + 1 : i + 2] and tokens[i + 1][:1].isupper():
            runs.append([])
        else:
            runs[-1].append(token)
    parts = [" ".join(run) for run in runs if run]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return ()
    surname = parts[-1].split()[-1]
    return tuple(p if " " in p else f"{p} {surname}" for p in parts)


@lru_cache(maxsize=8192)
@lru_cache(maxsize=8192)
def _unit_of(a: str, b: str) -> bool:
    """Whether one name of two words and more stands inside the other before its end: a body and its unit named after
    it ("Guardia Civil" and "Comandancia de la Guardia Civil de Valdemora"; one ending the other was asked above), its
    adjectives declined otherwise ("das Staatliche Schulamt" of "Staatliches Schulamt für den Landkreis Gießen")."""
    ka, kb = person_key(a), person_key(b)
    short, long = (ka, kb) if len(ka) < len(kb) else (kb, ka)
    size = len(short)
    if size < 2:
        return False
    end = len(long) - size
    if any(all(map(_one_stem, long[i : i + size], short)) for i in range(end)):
        return True
    # (a unit named with its body in the genitive after it, which ends the name: "Jury des Deutschen Skiverbands" is
    # the "Deutscher Skiverband" whose document it wrote; not a person of that name: "Tochter von Anna Berg")
    linked = end > 0 and long[end - 1] in _OWNER_LINKS and short[0] not in _FIRST_NAMES
    return linked and all(map(_one_stem, long[end:], short))


# The words that link a body's unit to the body after it ("Jury des …", "Board of …", "Comité de …")
_OWNER_LINKS = frozenset(w for link in OF_LINKS for w in link.split()) | {"des"}


# Endings a German adjective takes by case ("der Kommunale Arbeitgeberverband", "des Kommunalen ...", "Kommunaler
# Arbeitgeberverband"): an organisation's name declined in a sentence.
_DECLENSION_ENDINGS = ("en", "em", "er", "es", "e")


@lru_cache(maxsize=8192)
def _declined_alike(a: str, b: str) -> bool:
    """Whether two names of as many words are one name with words declined otherwise ("Kommunale Arbeitgeberverband
    Niedersachsen", "Kommunaler Arbeitgeberverband Niedersachsen"; a noun in the genitive, as the owner of a document
    is written: "Regierungspräsidiums Kassel", "Regierungspräsidium Kassel")."""
    ka, kb = person_key(a), person_key(b)
    return len(ka) == len(kb) > 1 and ka != kb and all(map(_one_stem, ka, kb))


def _one_stem(x: str, y: str) -> bool:
    stem = _undeclined(x)
    adjective = stem == _undeclined(y) and stem.endswith(_ADJECTIVE_STEMS)
    return x == y or adjective or _genitive_of(x, y) or _genitive_of(y, x)


_GENITIVE_STEM = 6  # the fewest letters of a noun read in its genitive: "Hans" is no genitive of "Han"


def _genitive_of(x: str, y: str) -> bool:
    """Whether ``x`` is the German genitive of the noun ``y`` ("regierungspräsidiums", "landkreises")."""
    return len(y) >= _GENITIVE_STEM and x.startswith(y) and x[len(y) :] in ("s", "es")


# How the adjectives of organisations' names end before their case ending ("kommunal", "deutsch", "städtisch",
# "christlich", "sozial"): a first name ("Helene", "Helen") is no adjective.
_ADJECTIVE_STEMS = ("isch", "sch", "al", "ell", "lich", "ig", "iv", "ar")


def _undeclined(word: str) -> str:
    return next((word[: -len(e)] for e in _DECLENSION_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4), word)


# Letters whose capital writes another letter's lower case: "ß" as "SS", Turkish dotless "ı" as "I", "İ" as "I".
_CAPITALS_SPELL = str.maketrans({"ß": "ss", "ı": "i", "İ": "I"})


@lru_cache(maxsize=8192)
def _as_named(name: str) -> str:
    """A transcript label in capitals as a name is written ("PABLO MONTERO" -> "Pablo Montero": in capitals, each
    word would read as an acronym before the name), with the letters capitals spell otherwise as they spell them
    ("Maaß" -> "Maass", "Aydın" -> "Aydin": "AYDIN" in lower case is "aydin")."""
    name = name.translate(_CAPITALS_SPELL)
    parts = name.split()
    if len(parts) > 1 and name.isupper():
        return " ".join(part.capitalize() for part in parts)
    return name


def person_key(name: str) -> tuple[str, ...]:
    """The words that identify a person (:func:`verify.extract.speakers.speaker_key`) of a name as written or as a
    transcript label writes it in capitals ("PABLO MONTERO" is ("pablo", "montero"))."""
    return speakers.speaker_key(_as_named(name))


# Words an organisation's acronym leaves out ("Organisation for Economic Co-operation and Development": OECD).
_DETERMINERS = frozenset(w for lex in LEXICONS.values() for w in lex.determiners)
# Every lexicon's possessive determiners ("his", "ihr", "son", "su").
_POSSESSIVES = frozenset(w for lex in LEXICONS.values() for w in lex.possessives)
_ACRONYM_SMALL_WORDS = frozenset(
    w for lex in LEXICONS.values() for w in (*lex.prepositions, *lex.determiners, *lex.number_connectors)
) | {"of", "for", "and", "the", "on"}


@lru_cache(maxsize=8192)
def _acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym ("WHO", "NHS") of ``name`` ("World Health Organization") or a word of it
    ("NHS England"): an organisation the article names one way and its own page another."""
    acronym = short.strip().lstrip("@")
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return False
    parts = name.split()
    if len(parts) < 2:
        return False
    if acronym in parts:
        return True
    words = [w for w in parts if w.lower() not in _ACRONYM_SMALL_WORDS and w[:1].isalpha()]
    if "".join(w[0] for w in words).upper() == acronym:
        return True
    # (each part of a hyphenated name may give its letter: "Société des eaux de Saint-Barthélemy", SESB)
    pieces = [p for w in words for p in w.split("-") if p and p.lower() not in _ACRONYM_SMALL_WORDS]
    return "-" in name and "".join(p[0] for p in pieces).upper() == acronym


@lru_cache(maxsize=8192)
def _last_word(name: str) -> str:
    key = speakers.speaker_key(name)
    return key[-1] if key else ""


def _holds(statement: Statement, claim: Claim) -> bool:
    """Whether the statement is the claim itself (or contains it): never evidence for it.

    A quote inside a post is held by every saved copy of that post, and by any other post of the
    same account: the account repeating its own words is no evidence of who said them first.
    """
    if claim.kind is ClaimKind.POST_QUOTE and statement.kind.value == "post":
        handle = claim.author.handle if claim.author else ""
        same_account = bool(handle and statement.handle and same_person(handle, statement.handle))
        return same_account or _same_post(claim, statement)
    if statement.span is None or claim.span is None:
        return False
    return statement.span[0] < claim.span[1] and claim.span[0] < statement.span[1]


def _judge_words(
    claim: Claim,
    aligned: _Aligner,
    candidates: list[Statement],
    lead: Lead = "",
    earlier: Lead = "",
    trail: Lead = "",
) -> Finding:
    prepared = aligned.claim
    shared = _shared_surnames([claim.speaker, *(s.speaker for s in candidates)])
    own, others, twin = _pools(claim, aligned, candidates, shared)
    if others and resolved(claim.speaker) and (units := [s for s in others if _unit_and_body(claim, s, lead, earlier)]):
        # (a body's unit's saved statement is the body's, and the body's its unit's, when the quote's sentence names
        # them together: "Das Landratsamt Hohenlohekreis, Untere Verkehrsbehörde, teilt mit:" of the Landratsamt's
        # record, whichever of the two the cast credited)
        own, others = own + units, [s for s in others if not any(s is u for u in units)]
    if twin is not None:
        return _finding(claim, Verdict.MISATTRIBUTED, twin, _twin_message(claim, twin), rule=_CONFLICT)
    # A saved source outranks the article's own report: a headline that repeats a body quote is
    # judged against the transcript both stem from, when there is one that lines up.
    best_own = _best(aligned, [s for s in own if s.origin is Origin.SNAPSHOT])
    if best_own is None or not (best_own.exact or best_own.score >= ALTERED_MIN_SCORE):
        best_own = _best(aligned, own)
    if best_own and best_own.exact and best_own.statement.origin is Origin.ARTICLE:
        # The article's own quote of the speaker is its report, not a record: a saved record of someone else holding
        # the words says whose they are ("Ms Pike also said that “...”" of the interviewee's answer, which the
        # extraction had credited to her too).
        theirs = _said_word_for_word(claim, aligned, others, own)
        if theirs is not None:
            message = _misattributed_message(claim, theirs)
            return _finding(claim, Verdict.MISATTRIBUTED, theirs, message, weak=_ambiguous(aligned, others, theirs))
    if best_own and best_own.exact:
        splice = _splice(claim, aligned, own, best_own)
        if splice:
            return splice
        named = _cue_names_record(claim, best_own.statement, lead, earlier, shared)
        if named:
            # (the cast cut the name short, "Co-operative" of "The Lough Neagh Fishermen's Co-operative said": the
            # cue and the record give it whole)
            return _held_to_named(claim, best_own, named, f" The cue at the quote names {named}, as the record does.")
        untied = _credit_untied(claim, best_own.statement, lead, earlier, trail) if not claim.cued else None
        if untied:
            # (the cast gave a quote with no cue to the person named last, whose record holds it; its frame credits
            # someone else: "Le doyen du conseil a eu le dernier mot : « … »")
            return _untied_finding(claim, best_own, *untied)
        return _finding(claim, Verdict.VERIFIED, best_own, _verified_message(claim, best_own))
    # A quote that another's saved statement holds word for word is that person's words, not the credited
    # speaker's clauses joined with another's (at a million statements, the speaker had often said its first half).
    verbatim = _said_word_for_word(claim, aligned, others, own)
    splice = _splice(claim, aligned, own, None, others) if verbatim is None else None
    if splice:
        return splice
    low = best_own is not None and best_own.score < ALTERED_MIN_SCORE
    framed = _changed_in_place(aligned, best_own) if best_own and low else None
    if best_own and (framed or best_own.score >= ALTERED_MIN_SCORE and not _adds_other_clause(best_own)):
        best_own = framed or best_own
        if verbatim is not None:
            message = _misattributed_message(claim, verbatim)
            weak = _ambiguous(aligned, others, verbatim)
            return _finding(claim, Verdict.MISATTRIBUTED, verbatim, message, weak=weak)
        named = _cue_names_record(claim, best_own.statement, lead, earlier, shared)
        if named:
            note = f" The cue at the quote (“{claim.mention}”) names {named}, as the saved record does."
            return _held_to_named(claim, best_own, named, note)
        attested = (
            _credited_named_last(claim, best_own.statement, lead, earlier)
            or _repeats_changed(claim, aligned, own, best_own)
            or _body_named_last(claim, best_own.statement, lead, earlier)
            or _surname_on_record(claim, best_own.statement, candidates)
        )
        message = _altered_message(claim, best_own)
        return _finding(claim, Verdict.ALTERED, best_own, message, best_own.changes, attested=attested)
    best_other = _best(aligned, others) if len(prepared.words) >= MISATTRIBUTION_MIN_WORDS else None
    if best_other and best_other.score < ALTERED_MIN_SCORE and not best_other.exact and not _named_at_quote(claim):
        # Words no one is named for at the quote are held to whoever said them, as a sentence of theirs changed when
        # they keep its frame or its words in order ("Non, nous augmenterons nos prix de dix pour cent" of "Non,
        # nous n'augmenterons pas nos prix cette année."), as the credited speaker's would be.
        framed = _changed_in_place(aligned, best_other)
        best_other = framed or best_other
    if best_other and (best_other.exact or best_other.score >= ALTERED_MIN_SCORE or framed):
        if resolved(claim.speaker) and _echoes_body(claim, best_other) and resolved(best_other.statement.speaker):
            # A headline, dek, caption or pull quote repeating a body quote the article credits to someone else:
            # the article credits the same words to two people, one finding about the article.
            return _finding(
                claim,
                Verdict.MISATTRIBUTED,
                best_other,
                _twin_message(claim, best_other),
                best_other.changes,
                rule=_CONFLICT,
            )
        if same_person(best_other.statement.speaker, claim.ruled_out):
            # The cue's description rules out the person whose saved words these are ("entgegnete der Ortsvater" of
            # words the innkeeper quoted before said): the article credits someone else with them.
            marked = _described_person(claim, best_other.statement, lead, earlier, trail)
            if marked:
                # (and says whom: "said the man in the cap" after "Rory Knickle bid by raising his cap")
                return _untied_finding(claim, best_other, *marked)
            message = _misattributed_message(claim, best_other)[:-1] + _ruled_out_note(claim)
            return _finding(claim, Verdict.MISATTRIBUTED, best_other, message, best_other.changes)
        if best_other.exact and _description_not_theirs(claim, best_other.statement, lead, earlier):
            # A description at the cue that the article never gives the person whose saved words these are ("“…”, was
            # the reply of the former dive instructor" after a stallholder's quote): it credits someone else, whom
            # the cast did not find; the record is no proof it meant them (at most a warning: whom it means is a guess;
            # words changed stay held to the record's speaker, as before).
            message = _misattributed_message(claim, best_other)[:-1] + _not_theirs_note(claim, best_other.statement)
            return _finding(claim, Verdict.MISATTRIBUTED, best_other, message, best_other.changes, weak=True)
        described = _described(best_other.statement, lead)
        if described and (same_person(described, claim.speaker) or not _cue_names_speaker(claim)):
            # A saved record crediting a description ("explicó la gerente del área") is the words of the person the
            # quote's paragraph gives that description ("La gerente del área de salud, Rosa Hidalgo, ..."): theirs.
            label = best_other.statement.speaker
            note = f" The saved record credits “{label}”, and the paragraph names {described} so before the quote."
            return _held_to_named(claim, best_other, described, note)
        named = _named_before(claim, best_other.statement, lead, shared)
        if named:
            return _held_to_named(claim, best_other, named)
        bearer = _namesake_on_record(claim, best_other.statement, shared)
        if bearer:
            note = f" The article names only “{claim.mention}”, which {bearer} bears too; the saved record says whose the words are."
            return _held_to_named(claim, best_other, bearer, note)
        named = _named_since(claim, best_other.statement, lead, earlier)
        if named:
            cue = f"(“{claim.mention}”) " if claim.mention else ""
            note = (
                f" The cue at the quote {cue}names no one; the article names {named} before it (not {claim.speaker}"
                f" since), and the saved record says the words are {named}'s."
            )
            weak = not _named_alone(claim, best_other.statement, lead, earlier)
            return _held_to_named(claim, best_other, named, note, weak=weak)
        fits = _one_body_described(claim, best_other.statement, lead, earlier)
        if fits:
            body, last = fits
            note = (
                f" The article credits “{claim.mention}”, which {body} is too, and names {body} before the quote;"
                " the saved record says the words are its."
            )
            return _held_to_named(claim, best_other, body, note, weak=not last)
        addressed = _addressed_by_surname(claim, best_other.statement, lead, earlier, candidates)
        if addressed:
            note = (
                f" The article credits “{claim.mention or claim.speaker}”, which names no one else: {addressed}, named"
                " before the quote with that surname, is the saved record's speaker."
            )
            return _held_to_named(claim, best_other, addressed, note)
        if _named_at_quote(claim) or _namesake(claim.speaker, best_other.statement.speaker, shared):
            # A surname alone two people bear ("Montero" of Javier and Pablo Montero) names neither for sure: the
            # words of one are no proof of the claim, and who is meant is the article's to say (at most a warning).
            message = _misattributed_message(claim, best_other)
            if not resolved(claim.speaker):
                message = message[:-1] + _bearers(claim.speaker, candidates)
            weak = _ambiguous(aligned, others, best_other)
            return _finding(claim, Verdict.MISATTRIBUTED, best_other, message, best_other.changes, weak=weak)
        named = _cue_names_record(claim, best_other.statement, lead, earlier, shared)
        if named and not _ambiguous(aligned, others, best_other):
            note = f" The cue at the quote (“{claim.mention}”) names {named}, as the saved record does."
            return _held_to_named(claim, best_other, named, note)
        surname = _surname_named_last(claim, best_other.statement, lead, earlier, candidates)
        if surname:
            note = (
                f" The cue at the quote (“{claim.mention}”) names no one; the article names {surname} last before it,"
                " as the saved record does."
            )
            return _held_to_named(claim, best_other, surname, note)
        # No speaker, or one the article gives only as a description, a stray phrase ("the company", "a tabloid",
        # "Bürgermeisterin") or a pronoun of a body ("it said"): who it is stays open, so the words are held to
        # whoever said them.
        recorded = _recorded_speaker(claim, aligned, others, best_other, lead, earlier)
        untied = _credit_untied(claim, best_other.statement, lead, earlier, trail) if recorded else None
        if untied:
            # The article credits the words, right after the record's speaker's own quote, to a description it
            # gives someone else and never them: that person's, as the cast would credit a description it resolved.
            return _untied_finding(claim, best_other, *untied)
        if recorded:
            credit = f"credits only “{claim.mention}”" if claim.mention else "names no one at the quote"
            note = f" The article {credit}; the saved record says whose."
            # The record alone: at most a warning. An interview's answers are its interviewee's, whoever the
            # extraction took them for: the record names them, and changed words are theirs changed.
            # So is a quote whose cue names no one by name (a pronoun, a description, no subject, no cue at all)
            # when the record's speaker is the last person or body the article names before it: two things say who
            # it is.
            tied = (
                _cue_name_tied(claim, best_other.statement, lead, earlier, shared)
                or (claim.mention or "").lower() in _PERSON_PRONOUNS
                and _credit_tied(claim, best_other.statement, lead, earlier)
                or _answer_s_i(claim, best_other.statement, earlier)
            )
            weak = claim.quote_kind is not QuoteKind.ANSWER and not tied and not (
                _cue_names_no_name(claim)
                and (
                    _named_last(best_other.statement, lead, earlier)
                    or _first_named_last(best_other.statement, lead, candidates)
                    or _role_by_name(claim, best_other.statement, lead, earlier)
                    or _apposed_at_cue(best_other.statement, trail)
                )
            )
            return _held_to_named(claim, best_other, recorded, note, weak=weak)
        untied = _credit_untied(claim, best_other.statement, lead, earlier, trail)
        if untied:
            # (held to no one, the words are still not theirs: "The man with the logbook saw it otherwise:")
            return _untied_finding(claim, best_other, *untied)
        verdict = Verdict.VERIFIED if best_other.exact else Verdict.ALTERED
        message = _verified_message(claim, best_other) if best_other.exact else _altered_message(claim, best_other)
        return _finding(claim, verdict, best_other, message, best_other.changes)
    if not resolved(claim.speaker):
        # Held to whoever said the words, a quote joined from parts may join different people's statements.
        splice = _splice(claim, aligned, others, None)
        if splice:
            return splice
    independent = [s for s in own if s.origin.value == "snapshot" or claim.place in REPEATING_PLACES]
    paraphrase = _best_paraphrase(aligned, independent)
    if paraphrase is not None:
        attested = _credited_named_last(claim, paraphrase.statement, lead, earlier)
        message = _paraphrase_message(claim, paraphrase)
        return _finding(claim, Verdict.PARAPHRASED, paraphrase, message, attested=attested)
    if not resolved(claim.speaker) and (reworded := _reworded_by_named(claim, aligned, others, lead, shared)):
        return reworded
    if any(_one_person(s.speaker, claim.speaker or "", shared) for s in independent):
        # (the words of the body a spokesperson speaks for may hold theirs; its page lacking them is no sign the
        # spokesperson did not say them)
        closest = _closest(aligned, independent) or _figures_unrecorded(claim, aligned, independent)
        message = _unsupported_message(claim, closest)
        attested = closest is not None and _credited_named_last(claim, closest.statement, lead, earlier)
        return _finding(claim, Verdict.UNSUPPORTED, closest, message, record=independent, attested=attested)
    return _finding(claim, Verdict.UNVERIFIED, None, _unverified_message(claim))


def _adds_other_clause(best: Alignment) -> bool:
    """Whether every word a claim changes in its closest stretch is a word it adds, and at least
    ``MOVED_IN_MIN_WORDS`` of them are content words the statement says outside that stretch, none a negation or a
    number: the claim joins the stretch with another clause's words ("Heute reden hier nur noch die Alten Deutsch"
    of "Früher haben hier alle Deutsch gesprochen, heute nur noch die Alten."), which is a rewording of the
    statement, not its words changed; so does a verb joined for the clause after the stretch
    (:func:`_folds_in_clause_after`). A word replaced or left out, one new word ("in Leeds" said of another
    sentence), or a negation or a number moved in stays a change."""
    changes = best.changes
    if not changes or any(c.op != "insert" or "negation" in c.flags or "number" in c.flags for c in changes):
        return False
    text = best.statement.text
    added = content_stems(words(" ".join(c.claim for c in changes)))
    outside = content_stems(words(f"{text[: best.span[0]]} {text[best.span[1] :]}"))
    return len(added & outside) >= MOVED_IN_MIN_WORDS or _folds_in_clause_after(best)


def _folds_in_clause_after(best: Alignment) -> bool:
    """Whether the one change of a claim is a verb of at most ``FOLDED_VERB_MAX_WORDS`` words it joins with an "and"
    (any lexicon's ``and_words``) to a function word of its stretch, no change flagged, while its statement goes on
    after the stretch with an "and" and a word of meaning: the claim folds that clause into its own ("es y será" for
    "…, y lo vamos a seguir siendo por muchos años"; "is and will remain", "ist und bleibt", "est et sera"), a
    paraphrase of the sentence. An "and" after a word of meaning ("schools and hospitals") adds a thing; with no
    clause after the stretch ("is and was" of "Leeds is the capital."), the words are changed."""
    diff = best.diff
    if diff is None:
        return False
    changed = [op for op in diff.opcodes if op.tag != "equal"]
    if len(changed) != 1 or changed[0].tag != "delete" or changed[0].src_start == 0 or best.changes[0].flags:
        return False  # (the opcodes run from the claim to the source: "delete" is words only the claim has)
    joined = diff.claim.words[changed[0].src_start : changed[0].src_end]
    if len(joined) > FOLDED_VERB_MAX_WORDS or joined[0].norm not in AND_WORDS:
        return False
    if diff.claim.words[changed[0].src_start - 1].norm not in FUNCTION_WORDS:
        return False
    after = words(best.statement.text[best.span[1] :])
    opens = next((i for i, w in enumerate(after) if w.norm == joined[0].norm), None)
    return opens is not None and bool(content_stems(after[opens + 1 :]))


def _changed_in_place(aligned: _Aligner, best: Alignment) -> Alignment | None:
    """The claim scoring under ``ALTERED_MIN_SCORE`` aligned as its source's clause or sentence changed in place
    (:func:`_in_frame`, :func:`_cut`), unless all it changes is wording (:func:`_reworded_only`)."""
    found = _in_frame(aligned, best) or _cut(aligned, best)
    return None if found is None or _reworded_only(found) else found


def _reworded_only(found: Alignment) -> bool:
    """Whether a claim kept in its source's frame or cut from its sentence changes no word flagged a negation, a
    number, a name or a splice, puts words of its own in, and rewords at least ``REWORDED_MIN_WORDS`` content words
    of the source, replaced or left out inside a clause ("Les bœufs, c'est notre histoire et notre avenir" of "Les
    bœufs font partie de notre histoire, et peut-être de notre avenir.": "font", "partie", "peut-être"): a paraphrase
    presented as a quote, no alteration of the words. A word replaced alone ("esto recién comienza" of "Esto recién
    empieza."), words only left out, or a clause set off by commas cut ("whatever the council decides,") stay changed
    words; so does any flagged change."""
    if any(c.flags for c in found.changes):
        return False
    reworded, own_words = reworded_stems(found)
    return own_words and len(reworded) >= REWORDED_MIN_WORDS


def _in_frame(aligned: _Aligner, best: Alignment) -> Alignment | None:
    """The claim of one sentence aligned with the clause of its closest source whose first and last words it keeps,
    when they are at least ``FRAME_MIN_SHARE`` of its words: that clause with its middle changed ("esto recién
    comienza" of "Esto recién empieza."; "Nous cherchons un défenseur central et un milieu" of "Nous cherchons un
    défenseur central, pas plus."), not a paraphrase."""
    claim = aligned.claim
    if best.score < PARAPHRASE_FRAME_MIN_SCORE or len(claim.words) < FRAME_MIN_WORDS or len(sentences(claim.text)) > 1:
        return None  # (a quote of several sentences keeping the first and saying another: its sentences are judged)
    text = best.statement.text
    head, tail, (start, end) = framed(claim, text, best.span[0])
    if not head or head + tail < max(FRAME_MIN_WORDS - 1, FRAME_MIN_SHARE * len(claim.words)):
        return None  # (a quote opening otherwise than the clause, "Nobody at Westline asked ...", words it anew)
    kept = [*claim.words[:head], *claim.words[len(claim.words) - tail :]]
    if all(w.norm in ANY_STOPWORDS or w.norm in FUNCTION_WORDS for w in kept):
        # function words alone ("It is the new counterculture" of "It is the equivalent of ...") frame nothing
        return None
    middle = tuple(w.norm for w in claim.words[head : len(claim.words) - tail])
    if len(middle) > FRAME_MAX_CHANGED or len(middle) >= FRAME_MIN_WORDS and find_part(middle, text, 0):
        return None  # a clause of its own; or said elsewhere in the statement: clauses in another order, a paraphrase
    if not tail and len(words(text[start:end])) - head > FRAME_MAX_CHANGED:
        # Keeping the opening and no last word, it replaces the rest of the clause: a word or a phrase at its end
        # ("et un milieu" for "pas plus") is that clause changed; more ("La préfecture nous a promis une déviation
        # en 10 jours" of "... une solution pour les enfants qui vont au collège") is another thing said.
        return None
    found = align(claim, replace(best.statement, text=text[start:end]))
    if found.exact:
        return None
    return replace(found, statement=best.statement, span=(start + found.span[0], start + found.span[1]))


def _cut(aligned: _Aligner, best: Alignment) -> Alignment | None:
    """The claim of one sentence aligned with the stretch of its closest source's sentence in which it keeps its words
    in order, words left out between them and a few changed (:func:`kept_in_order`): that sentence cut without a mark
    and changed ("We are going off air at Christmas, and the town will notice" of "We are not going off air at
    Christmas, whatever they decide, and the town would notice if we did."), not reworded; however many words the cut
    left out."""
    if best.score < PARAPHRASE_FRAME_MIN_SCORE:
        return None
    stretch = kept_in_order(aligned.claim, best.statement.text, best.span[0])
    if stretch is None:
        return None
    found = align(aligned.claim, best.statement, within=stretch)
    return None if found.exact else found


def _said_word_for_word(
    claim: Claim, aligned: _Aligner, others: list[Statement], own: list[Statement]
) -> Alignment | None:
    """Someone else's saved statement holding a claim word for word, when the credited speaker said only something
    like it: the words are the other's ("... understand life and all its wrinkles" said by the credited speaker,
    "... understand life and the party represented by Sanders" by another). A short phrase is anyone's; a short
    sentence is the other's only as a whole sentence of their record, and only when the credited speaker's own saved
    record lacks it ("Wir fühlen uns veräppelt." of the wife's answer, credited to her husband, whose answer is
    saved too)."""
    if not _named_at_quote(claim) or len(aligned.claim.words) < MISATTRIBUTION_MIN_WORDS:
        return None
    short = len(aligned.claim.words) < SHORT_CLAIM_WORDS
    if short and not any(s.origin is Origin.SNAPSHOT for s in own):
        return None
    saved = [s for s in others if s.origin is Origin.SNAPSHOT and _may_hold(aligned.claim, s)]
    return next(
        (a for s in saved if (a := aligned(s)).exact and not (short and not _whole_sentence(claim.text, a))), None
    )


def _may_hold(claim: PreparedClaim, statement: Statement) -> bool:
    """Whether a saved statement can hold the claim word for word, told from its stored index terms without
    normalising its text (most of what aligning costs): each claim word's letters must be in its letters. A word
    the aligner joins across a transcript's hesitation ("clean, uh, up" for "cleanup") is missed: the quote then
    stays altered, as the credited speaker's words."""
    if statement.terms is None:
        return True
    letters = statement.terms.replace(" ", "")
    return all(words_only(norm) in letters for segment in claim.segments for norm in segment)


def _answering_turn(statement: Statement) -> bool:
    """A saved transcript turn whose label names no one and asks nothing ("A", "SPEAKER 2")."""
    return (
        statement.origin is Origin.SNAPSHOT
        and statement.kind in (StatementKind.TRANSCRIPT, StatementKind.PAGE)
        and _nameless(statement.speaker or "", NAMELESS_LABEL_WORDS)
        and not any(w.lower().strip(".,") in ASKING_LABEL_WORDS for w in (statement.speaker or "").split())
    )


def _pools(
    claim: Claim, aligned: _Aligner, candidates: list[Statement], shared: frozenset[str]
) -> tuple[list[Statement], list[Statement], Alignment | None]:
    """The statements of the claim's speaker, those of others, and an earlier twin (the article credits the same
    quote to someone else before: one finding about the article)."""
    own = [s for s in candidates if claim.speaker and _own_voice(claim, s, shared)]
    if claim.speaker is None and claim.place in REPEATING_PLACES:
        # A pull quote or headline credited to no one, repeating a body quote credited to no one either: the
        # article's own words, held to each other.
        own = [s for s in candidates if s.speaker is None and s.origin is Origin.ARTICLE]
    others = [s for s in candidates if s.speaker and not (claim.speaker and _own_voice(claim, s, shared))]
    # A quote credited to a description ("the mayor") and elsewhere to a name is most likely one person's.
    twins = [s for s in others if _twin(aligned, s, claim)] if resolved(claim.speaker) else []
    # Credited earlier to a name, it is one finding about the article; to a description ("the health chief"), the
    # same person's words.
    earlier = [s for s in twins if s.span and claim.span and s.span[0] < claim.span[0] and resolved(s.speaker)]
    if earlier and not _on_record(aligned, candidates):
        return own, others, aligned(earlier[0])
    others = [s for s in others if s not in twins]
    # A saved turn whose label names no one but asks nothing ("A" of a Q-and-A, "SPEAKER 2") may be the credited
    # speaker's: held to the claim as the speaker's own words, never as someone else's.
    answering = [s for s in others if resolved(claim.speaker) and _answering_turn(s)]
    others = [s for s in others if not any(s is a for a in answering)]
    own += answering
    if claim.place is Place.BODY:
        # A body quote is the article's own report: its quotes of others count against it only word for word.
        # Two people in one story often say nearly the same words (a rebuttal: "We will not close it").
        others = [s for s in others if s.origin is not Origin.ARTICLE or aligned.exact(s)]
    return own, others, None


def _own_voice(claim: Claim, statement: Statement, shared: frozenset[str]) -> bool:
    """Whether a statement is in the claim's speaker's voice: their own, or the organisation the article has them
    speak for (``Claim.speaks_for``: the club's communiqué quoted as its president's words, an association's post as
    its chairwoman's)."""
    assert claim.speaker is not None
    return _one_person(statement.speaker, claim.speaker, shared) or same_person(statement.speaker, claim.speaks_for)


def _on_record(aligned: _Aligner, candidates: list[Statement]) -> bool:
    """Whether a saved record of a named speaker holds the words as they are: then who said them is no longer the
    article's word against its word (two credits of one quote), the record tells."""
    return any(s.origin is Origin.SNAPSHOT and resolved(s.speaker) and aligned.exact(s) for s in candidates)


def _one_person(speaker: str | None, credited: str, shared: frozenset[str] = frozenset()) -> bool:
    """Whether a statement's speaker is the claim's credited speaker: the same name, or a part of it the cast left
    unresolved ("Gerald" of "Gerald Doyle", when a nickname split the name): no evidence of anyone else. A surname
    alone on either side is no one in particular when two people of the sources bear it (``shared``): "Clinton"
    is not "Bill Clinton" when Hillary Clinton speaks too."""
    if same_person(speaker, credited):
        return not _namesake(speaker, credited, shared)
    if not speaker or resolved(speaker):
        return False
    part, whole = speakers.speaker_key(speaker), speakers.speaker_key(credited)
    return len(part) == 1 and len(whole) > 1 and part[0] in whole and part[0] not in shared


def _shared_surnames(names: Iterable[str | None]) -> frozenset[str]:
    """The name words that two different full names among ``names`` (the claim's speaker and its candidates') bear:
    the surname they end in ("Montero" of Javier and Pablo Montero), or one of two surnames ("Olvera" of Patricia
    Olvera Landa and Ernesto Olvera Ruiz: Spanish names a person by the first of them)."""
    full: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        key = person_key(name) if name else ()
        if len(key) > 1:
            for word in key[1:]:
                full.setdefault(word, set()).add(key)
    return frozenset(word for word, names in full.items() if len(names) > 1)


def _namesake(a: str | None, b: str | None, shared: frozenset[str]) -> bool:
    """Whether of two names matched by surname, one is the surname alone and the surname is ``shared``: then the
    two may be different people."""
    if not (a and b and shared):
        return False
    ka, kb = person_key(a), person_key(b)
    return (len(ka) == 1) != (len(kb) == 1) and ka[-1] == kb[-1] and ka[-1] in shared


# Characters of a quote's paragraph read before it (a long paragraph's last sentences name whom its quote is by).
LEAD_MAX_CHARS = 600
# Characters of the article's body before a quote's paragraph read for the people named there.
EARLIER_MAX_CHARS = 3000
# Words a name may have between two of its words the key leaves out: particles and initials ("Joris van der Meulen").
_NAME_GAP_WORDS = 2


# The text of a quote's paragraph before it, or what reads it when it is first needed.
Lead = str | Callable[[], str]
# Characters between a quote's opening mark and its first word: a space, or a French mark's narrow space.
_MARK_GAP = 2


def lead_in(document: Document, blocks: Sequence[Block], claim: Claim) -> str:
    """The text of the paragraph (the extraction's block) that holds a quote, before the quote's opening mark, at most
    ``LEAD_MAX_CHARS`` characters: the words the article wrote, its markup and entities read (a name set in bold or
    written with an entity is the name)."""
    found = _quote_block(document, blocks, claim)
    if found is None:
        return ""
    index, mark = found
    return blocks[index].text[max(0, mark - LEAD_MAX_CHARS) : mark]


# Characters of a quote's paragraph after it read for the name an inverted cue writes after a description.
TRAIL_MAX_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[«“„‹\"]")  # where a cue's sentence after a quote ends: a stop, a new quote


def trail_in(document: Document, blocks: Sequence[Block], claim: Claim) -> str:
    """The text of the paragraph that holds a quote after it, to the end of its sentence or the next quote, at most
    ``TRAIL_MAX_CHARS`` characters: where an inverted cue may name the speaker after a description ("», dijo la
    presidenta del jurado y de la Hermandad, Pilar Sanz.")."""
    found = _quote_block(document, blocks, claim)
    last = re.findall(r"\w+", claim.text)[-1:] if found else []
    if found is None or not last:
        return ""
    index, mark = found
    text = blocks[index].text
    at = text.rfind(last[0], mark, mark + len(claim.text) + _MARK_GAP + 2)
    if at < 0:
        return ""
    after = text[at + len(last[0]) : at + len(last[0]) + TRAIL_MAX_CHARS]
    opening = re.match(r"\W{0,4}", after)  # (the quote's closing mark and comma)
    cut = opening.end() if opening else 0
    end = _SENTENCE_END.search(after, cut)
    return after[: end.start() + 1 if end else len(after)]


def _apposed_at_cue(statement: Statement, trail: Lead) -> bool:
    """Whether the cue's sentence after a quote ends on the saved record's speaker's name set off by a comma after the
    description it credits ("«…», dijo la presidenta del jurado y de la Hermandad Belenista, Pilar Sanz."; "“…,” said
    the chair of the jury, Ann Lowe."): the article names them at the quote, as the record does."""
    if not trail or statement.origin is not Origin.SNAPSHOT or not resolved(statement.speaker):
        return False
    text = trail() if callable(trail) else trail
    found = _written_name(person_key(statement.speaker or ""), text)
    return (
        found is not None
        and text[: found.start()].rstrip().endswith(",")
        and not text[found.end() :].strip(" .!?,;)\u00a0")
    )


def earlier_in(document: Document, blocks: Sequence[Block], claim: Claim) -> str:
    """The article's body text before a quote's paragraph, its last ``EARLIER_MAX_CHARS`` characters: where the
    people a pronoun at the quote may stand for were named. For a quote in a caption, the captions before it too: a
    gallery's captions are its running text ("Amélie Courbat, 94 ans, ne manque aucune Saint-Martin." under one photo,
    "« … », dit Mémé Lili." under the next; blind set 63)."""
    found = _quote_block(document, blocks, claim)
    if found is None:
        return ""
    places = _GALLERY_PLACES if claim.place is Place.CAPTION else _BODY_PLACES
    before = [block.text for block in blocks[: found[0]] if block.in_body and block.place in places]
    return "\n".join(before)[-EARLIER_MAX_CHARS:]


_BODY_PLACES = frozenset({Place.BODY})
_GALLERY_PLACES = frozenset({Place.BODY, Place.CAPTION})


def _quote_block(document: Document, blocks: Sequence[Block], claim: Claim) -> tuple[int, int] | None:
    """The index of the block holding a quote and where in its text the quote's opening mark stands."""
    first = re.search(r"\w+", claim.text)
    if claim.span is None or first is None:
        return None
    opening = claim.span[0]
    for index, block in enumerate(blocks):
        at = block.text.find(first.group())
        while at >= 0:
            for mark in range(at, max(-1, at - _MARK_GAP - 2), -1):
                if source_offset(document, block, mark) == opening:
                    return index, mark
            at = block.text.find(first.group(), at + 1)
    return None


def _named_before(claim: Claim, statement: Statement, lead: Lead, shared: frozenset[str]) -> str | None:
    """The name of the saved record's speaker as the quote's paragraph writes it before the quote, when the cue at
    the quote names no one (a pronoun, a description, no subject) and no word of the credited speaker's name comes
    after it: "Yannick Béranger ... « ... », a-t-il lancé" is his, whomever the cast took “il” for. A pronoun of the
    other gender stands for someone else."""
    if not (lead and statement.speaker and statement.origin is Origin.SNAPSHOT):
        return None
    lead = lead() if callable(lead) else lead
    credited, recorded = person_key(claim.speaker or ""), person_key(statement.speaker)
    if resolved(claim.speaker) and _cue_names_speaker(claim):
        return None  # the cue names the credited speaker ("Berger told her"): the article's own credit
    found = _written_name(recorded, lead)
    surname = found is None and (found := _surname_written(recorded, credited, lead, shared)) is not None
    if found is None:
        return None
    after = _past_affiliation(lead[found.end() :], credited).casefold()
    if resolved(claim.speaker) and any(re.search(rf"\b{re.escape(w)}\b", after) for w in credited if w not in recorded):
        return None  # the credited speaker is named nearer the quote (a description after the name is the name's)
    named = found.group(0)
    if surname:  # the record's first names, the surname as the article writes it: "Malik Osei-Berger"
        named = " ".join([*speakers.strip_titles(_as_named(statement.speaker)).split()[:-1], named])
    return None if _other_gender(claim.mention, named) else named


# Words that open the body a person named before them belongs to ("of", "vom", "de", "del"), and the articles that may
# follow them ("of the", "de l'", "de la").
_BODY_LINKS = "|".join(sorted({re.escape(w) for lex in LEXICONS.values() for w in lex.body_links}, key=len, reverse=True))
_BODY_ARTICLES = "|".join(sorted({re.escape(w) for w in _DETERMINERS}, key=len, reverse=True))


def _past_affiliation(after: str, credited: tuple[str, ...]) -> str:
    """The text after a name, past the body it gives the person right after it when that body is the credited
    speaker ("Sabine Grahl vom Mieterbund Haffküste sagt ...", "Helen Price, of the Tenants Union, said ...", "Ana
    Ruiz, del Sindicato de Inquilinos, ..."): the person's affiliation, which names no other speaker."""
    if not credited:
        return after
    name = r"\W+(?:\w+\W+){0,2}?".join(re.escape(w) for w in credited)
    link = rf"\s*,?\s*(?:{_BODY_LINKS})\s+(?:(?:{_BODY_ARTICLES})\s+|l['’])?{name}\b"
    opening = re.match(link, after, re.IGNORECASE)
    return after[opening.end() :] if opening else after


# The rest of a description before the comma and the name it is given ("La gerente del área[ de salud], Rosa
# Hidalgo"), in characters up to a clause mark; and a name of two to four capitalised words, a particle between,
# starting where a word starts (a search tried at every letter of one long capitalised word was quadratic).
_DESCRIBED_TAIL = 40
_NAME_RUN = rf"(?<![\w'’-])[{CAPITALS}][\w'’-]+(?:\s+(?:[{SMALLS}]{{1,3}}\s+)?[{CAPITALS}][\w'’-]+){{1,3}}"


def _described(statement: Statement, lead: Lead) -> str | None:
    """The person a saved record's description is (a page's "«...», explicó la gerente del área", read with no name):
    the one the quote's paragraph gives that description, in apposition after it ("La gerente del área de salud,
    Rosa Hidalgo, reconoce ...") or before it ("Rosa Hidalgo, gerente del área, ..."); the one named nearest the
    quote."""
    label = statement.speaker
    if not (lead and label and statement.origin is Origin.SNAPSHOT) or resolved(label):
        return None
    if _nameless(label, ASKING_LABEL_WORDS):
        return None  # the one asking: no one the article describes
    text = lead() if callable(lead) else lead
    role = r"\s+".join(re.escape(w) for w in label.split())
    after = rf"(?i:\b{role}\b)[^,.;:!?«»“”„\"]{{0,{_DESCRIBED_TAIL}}},\s+({_NAME_RUN})"
    before = rf"({_NAME_RUN}),\s+(?:[\w'’-]+\s+){{0,2}}(?i:{role})\b"
    found = [m for pattern in (after, before) for m in re.finditer(pattern, text)]
    names = [m.group(1) for m in sorted(found, key=lambda m: m.end()) if resolved(m.group(1))]
    return names[-1] if names else None


def _surname_written(
    key: tuple[str, ...], credited: tuple[str, ...], lead: str, shared: frozenset[str]
) -> re.Match[str] | None:
    """The last place ``lead`` writes a name's surname alone, capitalised and with no other name word before it
    ("Osei-Berger selbst wirkte gelöst. „…“, sagte der Angreifer." of "MALIK OSEI-BERGER"), when no one else among
    the sources bears it (``shared``) and the credited speaker does not: then it names the record's speaker as a
    surname alone at the quote does ("dijo Mendizábal"). "Ralf Weyers" is no writing of Petra Weyers's name."""
    if len(key) < 2 or key[-1] in shared or key[-1] in credited:
        return None
    places = [
        m
        for m in re.finditer(rf"\b{re.escape(key[-1])}\b", lead, re.IGNORECASE)
        if m.group(0)[:1].isupper() and not _name_word_before(lead, m.start())
    ]
    return places[-1] if places else None


def _name_word_before(text: str, start: int) -> bool:
    """Whether a capitalised word other than a title stands right before ``start`` in its sentence: a first name
    ("Ralf Weyers"), a role German capitalises ("Stürmer Osei-Berger")."""
    before = re.search(r"(\w[\w.'’-]*)\s+$", text[max(0, start - 40) : start])
    if before is None or not before.group(1)[:1].isupper():
        return False
    return before.group(1).lower().strip(".") not in _TITLES


def _written_name(key: tuple[str, ...], lead: str) -> re.Match[str] | None:
    """The last place ``lead`` writes the longest ending of a name's key of two words or more ("Hanno Weidemann" of
    "SACHVERSTÄNDIGER PROF. DR. HANNO WEIDEMANN"), a particle or initial allowed between its words."""
    gap = rf"\s+(?:\w+\.?\s+){{0,{_NAME_GAP_WORDS}}}?"
    for first in range(len(key) - 1):
        pattern = re.compile(r"\b" + gap.join(re.escape(w) for w in key[first:]) + r"\b", re.IGNORECASE)
        places = list(pattern.finditer(lead))
        if places:
            return places[-1]
    return None


def _other_gender(mention: str | None, name: str) -> bool:
    """Whether a pronoun at the quote ("er", "elle") is of the other gender than a name's first name."""
    told = {str(lex.pronouns[w].gender) for lex in LEXICONS.values() if (w := str(mention).lower()) in lex.pronouns}
    gender = speakers.gender_of(name)
    return len(told) == 1 and bool(gender) and told != {gender} and told <= {"m", "f"}


def _held_to_named(claim: Claim, alignment: Alignment, named: str, note: str = "", *, weak: bool = False) -> Finding:
    """A quote whose cue names no one, held to the person the paragraph names before it, whose saved words these are
    (or, with a ``note`` saying why, to another saved record's speaker; ``weak``: the record alone says who it is, so
    changed words are at most a warning)."""
    named = _spelt_as_written(named, claim)
    credited = replace(claim, speaker=named)
    cue = f" (“{claim.mention}”)" if claim.mention else ""
    instead = f", not {claim.speaker}" if claim.speaker else ""
    note = note or f" The paragraph names {named} before the quote{cue}{instead}."
    if alignment.exact:
        return _finding(credited, Verdict.VERIFIED, alignment, _verified_message(credited, alignment) + note)
    message = _altered_message(credited, alignment) + note
    return _finding(credited, Verdict.ALTERED, alignment, message, alignment.changes, attested=True, weak=weak)


def _spelt_as_written(named: str, claim: Claim) -> str:
    """A saved record's name with each word the cue's mention or the credited speaker writes as the article spells it:
    a label in capitals loses letters ("EMRE YILDIZ" is "Emre Yildiz"), the article writes "Yıldız"."""
    words = (w.strip(_WORD_MARKS) for w in f"{claim.mention or ''} {claim.speaker or ''}".split())
    written = {_folded(w): w for w in words}
    return " ".join(written.get(_folded(word), word) for word in named.split())


_WORD_MARKS = ".,;:!?()"  # marks a name word is written with in a mention ("Yıldız,")


def _folded(word: str) -> str:
    """A name word as a label in capitals and its case folded leave it ("Yıldız" -> "yildiz", "Maaß" -> "maass")."""
    return word.translate(_CAPITALS_SPELL).casefold()


def _named_since(claim: Claim, statement: Statement, lead: Lead, earlier: Lead) -> str | None:
    """The name of a saved record's speaker whom a quote cued by a pronoun of a person ("he said", "a-t-elle dit") or
    by no subject stands for rather than the person the cast took it for: the quote's paragraph does not name the
    credited speaker, and the article names the record's speaker, of the pronoun's gender, after it last names the
    credited one ("... her father-in-law, Peter Holgate, who rang in the 1987 peal." then "The 81-year-old was the
    calmest in the tower. “...,” he said."): the person named last whose record holds the words."""
    if not (earlier and statement.origin is Origin.SNAPSHOT and resolved(statement.speaker) and resolved(claim.speaker)):
        return None
    if not _cue_names_no_one(claim):
        return None
    lead = lead() if callable(lead) else lead
    if any(re.search(rf"\b{re.escape(w)}\b", lead.casefold()) for w in person_key(claim.speaker or "")):
        return None  # the paragraph names the credited speaker: the article's own credit
    named = _named_last(statement, lead, earlier, person_key(claim.speaker or ""))
    return None if named is None or _other_gender(claim.mention, named) else named


# Where a sentence ends: a full stop, "!" or "?" with the closing marks after it and a space, or a line break
_NAMING_SENTENCE_BREAK = re.compile(r"[.!?][\"”’»)]*\s|\n")


def _named_alone(claim: Claim, statement: Statement, lead: Lead, earlier: Lead) -> bool:
    """Whether the pronoun at a quote held to the record's speaker named last (:func:`_named_since`) can stand for
    no one else: the sentence that last names them names no other person the pronoun could stand for before them
    ("Yassine El Amrani, auteur des deux derniers buts, avait le ballon sous le bras : « … » « … », a-t-il raconté.").
    Then two things say who it is, the article's nearest name and the record, and a flipped negation, number or name
    is an error; "Tom Smith, who had sparred with Ed Jones all evening, spoke. “…,” he said." leaves it the cast's
    guess."""
    lead = lead() if callable(lead) else lead
    before = (earlier() if callable(earlier) else earlier) + "\n" + lead
    found = _written_name(person_key(statement.speaker or ""), before)
    if found is None:
        return False
    breaks = list(_NAMING_SENTENCE_BREAK.finditer(before, 0, found.start()))
    sentence = before[breaks[-1].end() if breaks else 0 : found.start()]
    runs = (m.group().split() for m in re.finditer(_NAME_RUN, sentence) if not _named_as_thing(sentence, m))
    # (a run may open on a word the sentence opens with: "Next to Mark Price", "Neben Jan Kolbe")
    others = (person for run in runs for i in range(len(run) - 1) if (person := _person_named(" ".join(run[i:]))))
    return not any(not _other_gender(claim.mention, person) for person in others)


def _unit_and_body(claim: Claim, statement: Statement, lead: Lead, earlier: Lead = "") -> bool:
    """Whether a saved record's speaker and the credited speaker are a body and a unit of it that the quote's own
    sentence names together, one right after the other, set off by commas or joined by an "of" link: "The Virgin
    Islands Port Authority, Marine Division, says", "The District Fisheries Office, Jaffna, of the Department of
    Fisheries … writes", "La Coordinación Estatal …, Delegación Zona Maya, establece". Both are bodies' names, not a
    person's (no first name opening either, no role), and one holds a body's or a unit's noun: "Anna Berg, of the
    Harbour Trust, said" is hers (a spokesperson's words are hers, :attr:`Claim.speaks_for`). (round 61) A quote whose
    own sentence names no one ("The letter added: “…”", "Le courrier ajoute : « … »") is read against the sentence
    that last named the credited unit before it, the one the cast credited it through ("Tyne Subsea Cables, Wallsend
    Works, Human Resources, said in a letter to staff: “…” The letter added: “…”"; blind set 64)."""
    named = (claim.speaker or "", statement.speaker or "")
    # (a record's speaker of one word may be a body's name: "Corpoguajira", named with its unit right here)
    if statement.origin is not Origin.SNAPSHOT or not named[1][:1].isupper() or not all(map(_unit_shaped, named)):
        return False
    text = lead() if callable(lead) else lead
    breaks = list(_NAMING_SENTENCE_BREAK.finditer(text))
    sentence = text[breaks[-1].end() if breaks else 0 :]
    if named[0].casefold() not in sentence.casefold() and not re.search(_NAME_RUN, sentence):
        sentence = _last_naming(named[0], (earlier() if callable(earlier) else earlier) + "\n" + text)
    folded = sentence.casefold()
    places = sorted((folded.find(name.casefold()), name) for name in named)
    if places[0][0] < 0:
        return False
    # (between them commas, "of" links and their articles, a place set off, other units with their numbers and dashes:
    # "District Fisheries Office, Jaffna, of the Department …", "Tiefbauamt Graubünden, Bezirk 4, Stützpunkt Disentis";
    # not a clause: "The Harbour Trust said the Marine Division")
    between = sentence[places[0][0] + len(places[0][1]) : places[1][0]].replace(",", " , ").split()
    # (a unit's noun in either name, or in a unit named between them when the record's speaker is a body's name of one
    # word: "NamWater, Northern Business Unit, Oshakati Water Supply Scheme, says" of NamWater's notice, blind set 59,
    # neither "NamWater" nor "Scheme" a unit's noun; two people named with a department between stay two)
    return (
        len(between) <= _UNIT_GAP_WORDS
        # (a unit's noun in lower case, as French and Spanish write it: ", fábrica de Santoña,"; round 61)
        and all(
            w.lower() in _UNIT_LINKS or w[:1].isupper() or _UNIT_NUMBER.fullmatch(w) or w.lower() in _UNIT_WORDS
            for w in between
        )
        and (
            any(_unit_worded(name) for name in named)
            or len(named[1].split()) == 1
            and _unit_worded(" ".join(between))
        )
    )


def _last_naming(name: str, text: str) -> str:
    """(round 61) The sentence of ``text`` that writes ``name`` last, or nothing."""
    at = text.casefold().rfind(name.casefold())
    if at < 0:
        return ""
    opening = [m.end() for m in _NAMING_SENTENCE_BREAK.finditer(text, max(0, at - _NAMING_SENTENCE_CHARS), at)]
    closing = _NAMING_SENTENCE_BREAK.search(text, at + len(name))
    return text[opening[-1] if opening else max(0, at - _NAMING_SENTENCE_CHARS) : closing.start() if closing else None]


_NAMING_SENTENCE_CHARS = 400  # the most characters of a naming sentence read before the name (a bounded look back)


def _unit_shaped(name: str) -> bool:
    """Whether a name may be a body's or a unit's: no role heads it, and no first name opens it unless a unit's noun
    closes it ("Marine Unit"; not "Sally Field")."""
    words = name.lower().replace(",", " ").split()
    if not words or role_head(words[0]):
        return False
    return words[0] not in _FIRST_NAMES or len(words) > 1 and words[-1] in _UNIT_WORDS


@lru_cache(maxsize=4096)
def _unit_worded(name: str) -> bool:
    """Whether a name holds a body's or a unit's noun of any lexicon ("Port Authority", "Marine Division",
    "Landratsamt", "Untere Verkehrsbehörde")."""
    return any(w in _UNIT_WORDS or w.endswith(_UNIT_ENDS) for w in name.lower().replace(",", " ").split())


_UNIT_WORDS = frozenset(
    w for lex in LEXICONS.values() for w in (*lex.organisation_words, *lex.sub_unit_words, *lex.department_words)
)
_UNIT_ENDS = tuple(sorted({w for lex in LEXICONS.values() if lex.compound_nouns for w in lex.sub_unit_words}))
_UNIT_LINKS = (
    frozenset(w for link in OF_LINKS for w in link.split())
    | _DETERMINERS
    | {",", "des", "du", "–", "—", "-"}
    | frozenset(w for lex in LEXICONS.values() for w in lex.and_words)
)
# the most words between a body's name and its unit's in a quote's sentence (", Jaffna, of the"; ", Abteilung 9 –
# Straßen und Brücken,": a unit between them)
_UNIT_GAP_WORDS = 10
_UNIT_NUMBER = re.compile(r"\d+(?:\.\d+)*")  # a unit's number between them ("Bezirk 4", "Referat 47.1")


def _body_named_last(claim: Claim, statement: Statement, lead: Lead, earlier: Lead) -> bool:
    """Whether a quote cued by a pronoun of a body ("It said in a statement that “…”", "Es teilte mit: „…“") is
    judged against the saved record of the body the cast took the pronoun for, and that body is the last one the
    article names before the quote, no other person or body named since: the pronoun, the article and the record
    name one body."""
    return (
        str(claim.mention).lower() in _BODY_PRONOUNS
        and statement.origin is Origin.SNAPSHOT
        and same_person(statement.speaker, claim.speaker)
        and _named_last(statement, lead, earlier, bodies=True) is not None
    )


def _named_last(
    statement: Statement, lead: Lead, earlier: Lead, credited: tuple[str, ...] = (), *, bodies: bool = False
) -> str | None:
    """The name of a saved record's speaker when they are the last person the article names before the quote (in its
    paragraph, or before it): no other full name written since, nor a word of the ``credited`` speaker's name
    (``bodies``: nor the name of a body, "the Food Standards Agency"). (round 61) Named in full, then by the surname
    alone after a title or none ("Pastorin Dörte Imhoff … Hinrich Lühmann … sagte Pastorin Imhoff: „…“ Und: „…“";
    a heading "Quotes from Dr Whitcombe" after Mereana Whitcombe was named in full; blind set 64), they are named last
    where the surname stands, when no one else the article names in full bears it."""
    lead = lead() if callable(lead) else lead
    before = (earlier() if callable(earlier) else earlier) + "\n" + lead
    key = person_key(statement.speaker or "")
    found = _written_name(key, before)
    if found is None:
        return None
    after = _surname_after(key, before, found.end()) if _person_named(statement.speaker or "") else found.end()
    named, since = _record_name(statement), before[after:]
    if after > found.end() and _other_surname_in(since, before, key):
        return None  # ("Aquino and Nakamura moved the line back": Bryce Nakamura, named in full before, named since)
    if any(re.search(rf"\b{re.escape(w)}\b", since.casefold()) for w in credited):
        return None
    others = (
        m.group() for m in re.finditer(_NAME_RUN, since) if not _named_as_thing(since, m) and not _placed(since, m)
    )
    named_since = _named_body if bodies else _person_named
    return None if any(named_since(other) and not same_person(other, named) for other in others) else named


def _surname_after(key: tuple[str, ...], text: str, start: int) -> int:
    """(round 61) Where the last writing of a name's surname alone in ``text`` after ``start`` ends (capitalised, no
    name word but a title before it: "sagte Pastorin Imhoff"), or ``start`` when there is none, or when the article
    names someone else in full who bears that surname ("Hinrich Imhoff"): then the surname alone names neither."""
    if len(key) < 2:
        return start
    rest = text[start:]
    places = [
        m
        for m in re.finditer(rf"(?<![\w-]){re.escape(key[-1])}(?![\w'’-])", rest, re.IGNORECASE)
        if m.group()[:1].isupper() and not _name_word_before(rest, m.start()) and not _after_of(rest, m.start())
    ]
    if not places:
        return start
    surname, given = unaccented(key[-1]), unaccented(key[0])
    if any(
        unaccented(m.group(2).casefold()) == surname and unaccented(m.group(1).casefold()) != given
        for m in _full_names(text)
    ):
        return start  # (a namesake written in full)
    return start + places[-1].end()


def _after_of(text: str, start: int) -> bool:
    """(round 61) Whether the word right before ``start`` links a noun to its complement ("Ministerio de Trabajo"):
    the capitalised word after it is part of a body's or a place's name, no surname written alone."""
    before = text[max(0, start - _PLACE_LOOKBACK) : start].split()
    return bool(before) and before[-1].lower() in _OF_WORDS


def _other_surname_in(since: str, text: str, key: tuple[str, ...]) -> bool:
    """(round 61) Whether ``since`` writes, capitalised, the surname of someone else ``text`` names in full."""
    others = {m.group(2) for m in _full_names(text) if unaccented(m.group(2).casefold()) != unaccented(key[-1])}
    return bool(others) and not others.isdisjoint(re.findall(r"(?<![\w-])\w[\w'’]*(?![\w-])", since))


# (not one a person is spoken to after: "next to Otieno Wafula")
_PLACE_PREPOSITIONS = frozenset(
    w for lex in LEXICONS.values() for w in lex.place_prepositions if w not in lex.addressee_prepositions
)
_PLACE_LOOKBACK = 40  # characters before a run searched for its preposition, its article or its noun and "of"
# The words that link a noun to its complement ("of", "de", "del", "du", "des", "der", "von"; lexicon
# ``complement_words``), and the nouns of people before one ("la hija de", "the wife of"): a run after those is a person
_OF_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.complement_words)
_KIN_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.family_kin)


def _placed(text: str, run: re.Match[str]) -> bool:
    """Whether a run of capitalised words names a place: its first word no first name, after a preposition of place
    (lexicon ``place_prepositions``), with an article between or not ("ordeña doce vacas en Tarija Cancha Sud",
    "grows maize in Mount Darwin North"; blind set 54, Tarija; "salen veinte carrotanques hacia la Alta Guajira",
    "left for the Big Island"; blind set 58, Uribia), or after a thing's noun in lower case and its "of" ("frente al
    muelle de Gardi Sugdub", "the jetty of Port Loko"; blind set 58, Gardi Sugdub). "spoke to Mark Price", "next to
    Otieno Wafula", "la hija de Teresa Cuero", "the son of Wanjala Barasa" name a person."""
    first = run.group().split()[0].lower()
    if first in _FIRST_NAMES:
        return False
    before = text[max(0, run.start() - _PLACE_LOOKBACK) : run.start()].split()
    if before and before[-1].lower() in _ARTICLES:
        before = before[:-1]  # ("hacia la", "to the")
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return True
    if len(before) < 2 or before[-1].lower() not in _OF_WORDS:
        return False
    noun = before[-2]
    return noun.isalpha() and noun.islower() and not (noun in _ROLE_WORDS or noun in _KIN_WORDS or noun in _DETERMINERS)


def _one_body_described(claim: Claim, statement: Statement, lead: Lead, earlier: Lead) -> tuple[str, bool] | None:
    """A saved record's body, when the cue credits a body by its kind alone ("Die Käserei teilte mit", "the dairy
    said", "la fromagerie a indiqué") that the credited body and the record's both are by name (the noun, or the end
    of a compound: "Gommer Käserei" and "Alpkäserei Obergoms AG" of "Käserei"), and the article names the record's
    body before the quote: one body named two ways (a headline's short name, the body's full one), not words of
    another. With whether it is the last body named before the quote (then two things say whose the words are)."""
    found = [w for w in (claim.mention or "").split() if w.lower() not in _DETERMINERS]
    if len(found) != 1 or not claim.speaker or not statement.speaker or statement.origin is not Origin.SNAPSHOT:
        return None
    noun = found[0].strip(".,").lower()
    if len(noun) < _BODY_NOUN_MIN or not (noun in _BODY_WORDS or noun.endswith(_BODY_ENDS)):
        return None
    names = (claim.speaker, statement.speaker)
    if not all(any(w == noun or w.endswith(noun) for w in name.lower().split()) for name in names):
        return None
    if not resolved(statement.speaker):
        return None
    before = (earlier() if callable(earlier) else earlier) + "\n" + (lead() if callable(lead) else lead)
    found_at = _written_name(person_key(statement.speaker), before)
    if found_at is None:
        return None
    since = before[found_at.end() :]
    # (a German noun run, "Raclettekäse der Sorte", is no body: only a run holding a body's word is another body)
    others = (_body_run(m.group()) for m in re.finditer(_NAME_RUN, since) if not _named_as_thing(since, m))
    return statement.speaker, not any(other and not same_person(other, statement.speaker) for other in others)


def _body_run(run: str) -> str | None:
    """The body a run of capitalised words names, when a word of it is a body's ("Universität Bern", "Molkerei
    Gstaad")."""
    named = _named_body(run)
    if named is None or not any(w in _BODY_WORDS or w.endswith(_BODY_ENDS) for w in named.lower().split()):
        return None
    return named


_BODY_NOUN_MIN = 4  # a body's noun shorter than this ("AG", "FC") ends too many other words
_BODY_ENDS = tuple(sorted({w for lex in LEXICONS.values() for w in lex.compound_body_ends}))


def _role_by_name(claim: Claim, statement: Statement, lead: Lead, earlier: Lead) -> bool:
    """Whether the description at the cue ("der Bürgermeister") is the saved record's speaker by the article's own
    words: its role noun (declined or not: "dem Bürgermeister") stands in the sentence that last names the record's
    speaker in full before the quote, or in the sentence before that one, and no other person is named in full there
    ("Man muss dem Bürgermeister zugutehalten, dass er nichts schönredet. Hauke Rothenberg hat in der Bürgerschaft
    gesagt: „…“", then in the next letter "als der Bürgermeister in der Bürgerschaft erklärte: „…“"): the role the
    article gives the person whose record holds the words, though the cast did not tie them."""
    found = (claim.mention or "").split()
    if len(found) < 2 or found[0].lower() not in _DETERMINERS and found[0].lower() not in _ARTICLES:
        return False
    noun = found[-1].strip(".,")
    if not any(role_head(noun, code) for code in LEXICONS) or not resolved(statement.speaker):
        return False
    if statement.origin is not Origin.SNAPSHOT:
        return False
    lead = lead() if callable(lead) else lead
    before = (earlier() if callable(earlier) else earlier) + "\n" + lead
    named = _written_name(person_key(statement.speaker or ""), before)
    if named is None:
        return False
    spans = [span for span in sentences(before) if span[0] < named.end()]
    if not spans:
        return False
    start = spans[-2][0] if len(spans) > 1 else spans[-1][0]
    end = spans[-1][1]
    near = before[start:end]
    if not re.search(rf"\b{re.escape(noun)}(?:s|es|n|en)?\b", near, re.IGNORECASE):
        return False
    key = set(person_key(statement.speaker or ""))
    return not any(not set(person_key(f"{m.group(1)} {m.group(2)}")) <= key for m in _full_names(near))


def _named_body(run: str) -> str | None:
    """The person or body a run of capitalised words names, if any (the function word opening a sentence left out)."""
    found = run.split()
    while found and (found[0].lower() in ANY_STOPWORDS or found[0].lower() in _DETERMINERS):
        found = found[1:]
    named = " ".join(found)
    return named if resolved(named) else None


_QUOTE_MARKS = frozenset("\"'“”„‟«»‹›‘’‚")


def _named_as_thing(text: str, run: re.Match[str]) -> bool:
    """Whether a run of capitalised words names a thing, not a person: a term in quote marks of its own (a product,
    "its “Rock Gold” honey yoghurt"), or, in a language that capitalises nouns, a noun after an article with no first
    name in it ("ein Sprecher des Eigentümervereins Haus und Hof": a body; "der Bürgermeister Hans Roth" is a
    person)."""
    start, end = run.span()
    if start and text[start - 1] in _QUOTE_MARKS and text[end : end + 1] in _QUOTE_MARKS:
        return True
    return noun_at(text, start) and not any(w.lower() in _FIRST_NAMES for w in run.group().split())


def _person_named(run: str) -> str | None:
    """The person a run of capitalised words names, if any: not the function word opening a sentence ("Viele
    Ferienwohnungen": German capitalises its nouns), nor a body ("Island Tourism Board"), nor a role with the body it
    serves ("Geschäftsführer des Tourismusverbands Inselküste"): an apposition, not another person."""
    found = run.split()
    while found and (found[0].lower() in ANY_STOPWORDS or found[0].lower() in _DETERMINERS):
        found = found[1:]  # ("Die" is a word of English, a German article opening a sentence)
    if len(found) > 1 and found[1].islower() and any(role_head(found[0], code) for code in LEXICONS):
        return None
    if found and any(w.norm.isdigit() for w in words(found[0])):
        return None  # a count opening a sentence, its noun capitalised ("Sechsundzwanzig Jahre bin ich hier oben")
    if found and found[0].lower() not in _FIRST_NAMES and not _BODY_WORDS.isdisjoint(w.lower() for w in found):
        return None  # a body of any language ("Universidad de Magallanes", "Gemeinde Obergoms"), not a person
    named = " ".join(found)
    return named if resolved(named) and speakers.is_person_name(named) else None


# The words that make a run of capitalised words a body, in every lexicon ("University", "Universidad", "Stiftung")
_BODY_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.organisation_words)


def _part_of_name(credited: str | None, recorded: str | None) -> bool:
    """Whether the credited speaker's name is a part of the record's speaker's ("GOFF" of "YANN LE GOFF", "Le Goff"
    of "Maïwenn Le Goff"): the credit may be that person cut short, no proof of anyone else."""
    part, whole = person_key(credited or ""), person_key(recorded or "")
    return bool(part) and len(part) < len(whole) and set(part) <= set(whole)


def _credited_named_last(claim: Claim, statement: Statement, lead: Lead, earlier: Lead) -> bool:
    """Whether a quote with no cue of its own ("Und weiter: „…“") is judged against a saved record of the speaker
    the cast credits, who is the last person the article names before it: two things say whose the words are ("Olaf
    Rieck, ... hält dagegen. ... „…“, sagt er. Und weiter: „…“")."""
    return (
        not (claim.mention or claim.cued)
        and statement.origin is Origin.SNAPSHOT
        and resolved(claim.speaker)
        and same_person(statement.speaker, claim.speaker)
        and _named_last(statement, lead, earlier) is not None
    )


def _surname_on_record(claim: Claim, statement: Statement, candidates: list[Statement]) -> bool:
    """(round 60) Whether the credited speaker is a surname alone that a saved record is labelled with, alone too
    ("Ferreira" of "Acting Regional Magistrate Ferreira … she told the families", a court's record of "Ferreira"; blind
    set 63, and blind set 62's "Magistrate Outerbridge"), and no other person of the sources bears it in a full name:
    the article's credit and the record's label name one person, two things say whose the words are, so a changed
    negation, number or name is an error. Round 38 read such a label as no one for sure; a careful checker reads the
    article and the record naming the same surname, no namesake among the sources, as the same person."""
    key = person_key(claim.speaker or "")
    label = (statement.speaker or "").split()
    if statement.origin is not Origin.SNAPSHOT or len(key) != 1 or len(label) != 1:
        return False
    if person_key(label[0]) != key or not (claim.speaker or "")[:1].isupper() or not label[0][:1].isupper():
        return False
    if _nameless(label[0], _ROLE_WORDS) or any(role_head(label[0], code) for code in LEXICONS):
        return False  # (a role alone, "Bürgermeister" of a record so labelled: whose role it is, is a guess)
    return not any(len(k := person_key(s.speaker or "")) > 1 and k[-1] == key[0] for s in candidates)


def _surname_named_last(
    claim: Claim, statement: Statement, lead: Lead, earlier: Lead, candidates: list[Statement]
) -> str | None:
    """(round 60) The surname a saved record is labelled with alone, when a quote's cue is a pronoun of a person the
    cast resolved to no one and the article names that surname last before it, no other person named since ("… before
    Richterin Okonkwo. „…“, sagte Okonkwo. „…“, sagte sie." of a court's record of "Okonkwo"), no other person of the
    sources bearing it in a full name: the pronoun, the article and the record name one person (``_surname_on_record``
    when the cast credits the surname itself)."""
    label = (statement.speaker or "").strip()
    if claim.speaker is not None or (claim.mention or "").lower() not in _PERSON_PRONOUNS:
        return None
    if not _surname_on_record(replace(claim, speaker=label), statement, candidates):
        return None
    text = _QUOTED.sub(" ", _text_before(lead, earlier))
    found = list(re.finditer(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text))
    if not found or _someone_else_since(text[found[-1].end() :], person_key(label)):
        return None
    return label


def _first_named_last(statement: Statement, lead: Lead, candidates: list[Statement]) -> bool:
    """Whether the quote's paragraph names a saved record's speaker last by their first name alone ("Su hermano Jorge,
    monitor del campamento, estuvo toda la noche con los niños." of "JORGE VILLANUEVA"; "her son Tom", "sa fille
    Maëlle"): a first name of the lexicons, capitalised, no name word right after it, that no one else among the sources
    bears, with no full name and no other source's first name written after it."""
    key = person_key(statement.speaker or "")
    if len(key) < 2 or key[0] not in _FIRST_NAMES:
        return False
    others = {
        other[0]
        for s in candidates
        if s.speaker
        and len(other := person_key(s.speaker)) > 1
        and other[0] in _FIRST_NAMES
        and not same_person(s.speaker, statement.speaker)
    }
    if key[0] in others:
        return False  # two people of the sources bear it: it names neither
    text = lead() if callable(lead) else lead
    places = [
        m
        for m in re.finditer(rf"\b{re.escape(key[0])}\b(?!\s+[{CAPITALS}])", text, re.IGNORECASE)
        if m.group()[:1].isupper()
    ]
    if not places:
        return False
    since = text[places[-1].end() :]
    if any(_full_names(since)):
        return False  # someone else named in full after
    return not any(re.search(rf"\b{re.escape(first)}\b", since, re.IGNORECASE) for first in others)


# "I", "ich", "je", "yo": the first person singular of every lexicon (a cue's "I" in an interview's answer)
_FIRST_PERSON = frozenset(
    w for lex in LEXICONS.values() for w, p in lex.pronouns.items() if p.person == 1 and p.number is Number.SINGULAR
)


def _answer_s_i(claim: Claim, statement: Statement, earlier: Lead) -> bool:
    """(round 61) Whether a quote cued by "I" stands in an interview's answer whose interviewee the saved record names:
    the paragraph before the quote's is a question (it ends on a question mark), and the article names the record's
    speaker before it, in full or by the surname alone ("Veronika Hainz … Frau Hainz, wie viele Festtagsdirndl schaffen
    Sie im Jahr?" then "Nicht viele. Ich sage den Kundinnen immer: „Zwölf im Jahr …“"; blind set 64: a warning, the
    cast giving "Ich" no one). The answer's "I" is the one the question asks: the interview's form and the record name
    one person, as for an answer printed without quote marks (``QuoteKind.ANSWER``)."""
    if (claim.mention or "").lower() not in _FIRST_PERSON or statement.origin is not Origin.SNAPSHOT:
        return False
    if not resolved(statement.speaker):
        return False
    before = (earlier() if callable(earlier) else earlier).rstrip()
    if not before.endswith("?"):
        return False
    key = person_key(statement.speaker or "")
    return _written_name(key, before) is not None or _surname_written(key, (), before, frozenset()) is not None


def _cue_names_no_one(claim: Claim) -> bool:
    """Whether the cue at a quote is a pronoun of a person ("he said", "a-t-elle dit") or has no subject ("«...»,
    dijo.")."""
    mention = (claim.mention or "").lower()
    return (mention in _PERSON_PRONOUNS or not mention and claim.cued) and not _cue_names_speaker(claim)


def _cue_name_tied(claim: Claim, statement: Statement, lead: Lead, earlier: Lead, shared: frozenset[str]) -> bool:
    """(round 57) Whether the name at a quote's cue is one the article ties to a saved record's speaker before the
    quote: the name it gives that person right after writing the full name, no other person named between ("Clémentine
    Bouanga vend du poisson … Tout le marché l'appelle Yaya Titi.", "Las vecinas le dicen nan Concha."; tune set 50:
    four changed quotes were warnings where SPEC gives an error), or a name holding the record's surname ("die
    Wimmer-Mizzi" after "Maria Wimmer verkauft …"; blind set 60) that no other person of the sources bears and no other
    full name the article writes since ends in. The article and the record then name one person: two things say whose
    the words are."""
    if statement.origin is not Origin.SNAPSHOT or not claim.mention or not resolved(statement.speaker):
        return False
    cue = [w for w in claim.mention.split() if w.lower() not in _DETERMINERS and w.lower() not in _ARTICLES]
    if not cue or not any(w[:1].isupper() for w in cue) or claim.mention.lower() in _FIRST_PERSON:
        # (English writes "I" capitalised: a pronoun, no name the article gives anyone; round 61)
        return False
    key = person_key(statement.speaker or "")
    before = (earlier() if callable(earlier) else earlier) + "\n" + (lead() if callable(lead) else lead)
    found = _written_name(key, before) if len(key) > 1 else None
    if found is None:
        return False
    since = before[found.end() :]
    folded = [w.casefold() for w in re.split(r"[\s-]+", " ".join(cue))]
    if key[-1] not in shared and any(w.startswith(key[-1]) for w in folded):
        # (the surname, declined or joined to a pet name: "Pöhlmanns", "Wimmer-Mizzi"), no other bearer written since
        others = (m.group() for m in re.finditer(_NAME_RUN, since))
        return not any(
            person_key(other)[-1:] == key[-1:] and not same_person(other, statement.speaker) for other in others
        )
    if any(_pet_form(w, key[0]) for w in cue) and not _someone_else_since(_QUOTED.sub(" ", since), key):
        # (round 60) a pet form of the record's given name, its syllable said twice ("Mémé Lili" of Amélie Courbat,
        # "Opa Didi" of Dietmar), no one else named since the article named them in full
        return True
    given = re.search(r"(?<!\w)" + re.escape(" ".join(cue)) + r"(?!\w)", since[:_GIVEN_NAME_CHARS], re.IGNORECASE)
    if given is None:
        return False
    between = since[: given.start()]
    # (a noun after a count is no person: "seit sechzig Jahren Kuhschellen gießt", German capitalising its nouns;
    # tune set 54's "der Schellen-Hansei" of Johann Rieder)
    runs = (m.group() for m in re.finditer(_NAME_RUN, between) if not _counted(between, m.start()))
    return not any(run.split()[0].lower() in _FIRST_NAMES or _person_named(run) for run in runs)


def _counted(text: str, start: int) -> bool:
    """(round 61) Whether the word right before ``start`` is a number, written out or in digits: the capitalised
    words after it are what it counts ("sechzig Jahren Kuhschellen"), not a person's name."""
    before = words(text[max(0, start - _COUNT_CHARS) : start])
    return bool(before) and is_number(before[-1].norm)


_COUNT_CHARS = 24  # characters before a run read for its count (the longest number words: "siebenundzwanzig")


# The letters of the syllable a pet name says twice ("Li|li", "Fi|fine", "Di|di"): two or three
_PET_SYLLABLE = (2, 3)


def _pet_form(word: str, given: str) -> bool:
    """(round 60) Whether a capitalised word is a pet form of a given name made as children make them, a syllable of
    the name said twice, the rest the name's opening or its ending: "Lili" of Amélie, "Mimi" of
    Michèle, "Didi" of Dietmar, "Lulú" of Lucía (blind set 63's "dit Mémé Lili" of Amélie Courbat's words was held to
    a warning: the cue named no one the record names). Not the given name itself, nor a word of no repeated syllable."""
    pet, name = unaccented(word.strip(".,").casefold()), unaccented(given.casefold())
    if not word[:1].isupper() or pet == name or not pet.isalpha():
        return False
    for size in _PET_SYLLABLE:
        if len(pet) >= 2 * size and pet[:size] == pet[size : 2 * size]:
            rest = pet[size:]
            return name.startswith(rest) or name.endswith(rest) or name[:-1].endswith(rest)
    return False


# The most characters after a person's full name read for the name the article gives them ("… vend du poisson salé
# à Tié-Tié depuis trente ans. Tout le marché l'appelle Yaya Titi.")
_GIVEN_NAME_CHARS = 300


def _cue_names_no_name(claim: Claim) -> bool:
    """Whether the cue at a quote names no one by a name: a pronoun of a person or no subject (``_cue_names_no_one``),
    a description of a person or a body ("the company said in a statement", "Die Stadt warnt:", "según leyó la
    magistrada"), or no cue at all. Not a pronoun of a body ("it said": which body, or its chairman, is a guess),
    nor someone the article leaves unnamed ("a spokesman", "un alto cargo"), nor a name the cast left unresolved."""
    if not claim.mention:
        return not _cue_names_speaker(claim)
    return _cue_names_no_one(claim) or (_described_at_cue(claim.mention) and not resolved(claim.speaker))


def _described_at_cue(mention: str) -> bool:
    """Whether a cue's subject is a description: a definite article or another determiner before it ("The company",
    "die Stadt", "la magistrada"), or only words in lower case, role words and the nouns of bodies ("Stadt",
    "coroner"); not an indefinite one ("a spokesman")."""
    found = mention.split()
    if not found or _unnamed(mention) or found[0].lower() in _BODY_PRONOUNS:
        return False
    if found[0].lower() in _DETERMINERS or found[0].lower() in _ARTICLES:
        return len(found) > 1
    if _ELIDED_ARTICLE.match(found[0]):
        return True
    return all(w.islower() or w.lower() in _ROLE_WORDS or w.lower() in _BODY_HEADS for w in found)


# Every lexicon's articles ("dem", "des", "del"), and an article elided onto the noun it opens ("l'entreprise").
_ARTICLES = frozenset(w for lex in LEXICONS.values() for w in lex.articles)
_ELIDED_ARTICLE = re.compile(r"[lL]['’](?=\w)")


# Pronouns standing for one person, of a known gender ("he", "sie", "elle", "ella").
_PERSON_PRONOUNS = frozenset(
    w for lex in LEXICONS.values() for w, p in lex.pronouns.items() if p.person == 3 and p.gender in ("m", "f")
)


def _namesake_on_record(claim: Claim, statement: Statement, shared: frozenset[str]) -> str | None:
    """The full name of a saved record's speaker who bears the surname the cue at the quote writes alone ("said
    Carver", no first name, no title), when the credited speaker bears it too ("Neil Carver", the cast's pick of two
    Carvers): which of them said the words, the record tells. "Ms Carver" or "Neil Carver" at the quote names one."""
    mention = (claim.mention or "").strip()
    key = person_key(statement.speaker or "")
    if statement.origin is not Origin.SNAPSHOT or " " in mention or not mention[:1].isupper() or len(key) < 2:
        return None
    surname = person_key(mention)
    if surname != key[-1:] or surname[0] not in shared or person_key(claim.speaker or "")[-1:] != surname:
        return None
    return _record_name(statement)


def _addressed_by_surname(
    claim: Claim, statement: Statement, lead: Lead, earlier: Lead, candidates: list[Statement]
) -> str | None:
    """The full name of a saved record's speaker whom the quote credits by the surname after a word that is no first
    name (a form of address, a nickname: Jèrriais "Mess Pallot" of Philippe Pallot, blind set 59, whose exit it
    failed), when the article names the record's speaker in full before the quote, never writes the credited words
    before the quote's paragraph, and no other person of the sources bears the surname. The evidence names one
    person: the words are the record's speaker's, not another's (a given name a lexicon lists, "Jean Pallot", and a
    person the article introduces, "her nephew, Tavake Mafi", stay another person)."""
    if statement.origin is not Origin.SNAPSHOT or not resolved(statement.speaker):
        return None
    credited, recorded = person_key(claim.speaker or ""), person_key(statement.speaker or "")
    if len(credited) < 2 or len(recorded) < 2 or credited[-1] != recorded[-1]:
        return None
    if credited[-1] in _shared_surnames(s.speaker for s in candidates):
        return None  # (two people of the sources bear the surname)
    if credited == recorded or any(
        (w in _FIRST_NAMES and not shortens(w, recorded[0])) or w in recorded for w in credited[:-1]
    ):
        return None
    before = earlier() if callable(earlier) else earlier
    if _written_name(credited, before) is not None:
        return None  # (the article introduces the credited person: another person of that surname)
    found = _written_name(recorded, before + "\n" + (lead() if callable(lead) else lead))
    return _record_name(statement) if found is not None else None


def _record_name(statement: Statement) -> str:
    """A saved record's label as a name: "MARISOL VIDAURRE" -> "Marisol Vidaurre", its titles left out ("Dr Fiona
    Marsh", "M. Arnaud Lesage": the name), unless that leaves no name, its small words in lower case ("THE DUKE OF
    KENDAL" -> "Duke of Kendal")."""
    named = _as_named(statement.speaker or "")
    stripped = speakers.strip_titles(named)
    first, *rest = (stripped if resolved(stripped) else named).split()
    # (an article right after the first name opens the surname: "MAËLLE LE GOFF" is "Maëlle Le Goff")
    opening = len(rest) > 1 and rest[0].lower() in _DETERMINERS
    return " ".join(
        [first, *(w.lower() if w.lower() in _ACRONYM_SMALL_WORDS and (i or not opening) else w for i, w in enumerate(rest))]
    )


def _cue_names_record(
    claim: Claim, statement: Statement, lead: Lead, earlier: Lead, shared: frozenset[str]
) -> str | None:
    """The saved record's speaker as a name, when the cue at a quote whose speaker the cast left unresolved names that
    speaker as the record does: the record's label itself ("informó la Prefectura" of "Prefectura", "Im
    „Untermain-Echo“ heißt es:" of "Untermain-Echo"), or a description of a body made of words of its name whose whole
    name the article writes before the quote ("Die Stadt warnt:" after "ein Sprecher der Stadt Lindenhain", "Der «Bund
    am Sonntag» hält dagegen:"): the article and the record name one speaker. A role alone ("Bürgermeister"), a label
    naming no one and a surname two people of the sources bear name no one for sure."""
    label = statement.speaker or ""
    if statement.origin is not Origin.SNAPSHOT or not claim.mention or resolved(claim.speaker):
        return None
    if _nameless(label, NAMELESS_LABEL_WORDS) or _nameless(label, _ROLE_WORDS):
        return None
    named = _as_named(label)
    written = [w for w in claim.mention.split() if w.lower() not in _DETERMINERS]
    folded = [w.casefold() for w in written]
    if folded == named.casefold().split():
        capitalised = any(w[:1].isupper() for w in written)
        return named if capitalised and not (len(folded) == 1 and folded[0] in shared) else None
    whole = named.split()
    if not (folded and len(whole) > len(folded) and _described_at_cue(claim.mention)):
        return None
    if not set(folded) <= {w.casefold() for w in whole}:
        return None
    before = (earlier() if callable(earlier) else earlier) + "\n" + (lead() if callable(lead) else lead)
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in whole) + r"(?!\w)"
    return named if re.search(pattern, before, re.IGNORECASE) else None


def _recorded_speaker(
    claim: Claim, aligned: _Aligner, others: list[Statement], best: Alignment, lead: Lead, earlier: Lead = ""
) -> str | None:
    """The name of the one person whose saved record holds, word for word or changed (``best``, at least
    ``ALTERED_MIN_SCORE``), a quote the article credits to a description ("aseguró la cantante", "a assuré le
    sexagénaire", "the duke said") or, through a cue or a display place, to no one ("En ese mensaje aseguraba ir
    «…»", a headline): whom the article means, the record says. No
    one when another speaker's words match as well, or when the quote's paragraph names someone else before it
    ("erklärte Ralf Weyers so: „…“" of words Petra Weyers said: the article credits them, the cast missed it); a
    short phrase is anyone's ("Ils ne peuvent plus attendre", "martèle aussi la syndicaliste" of the words a
    farmers' leader said), unless its cue names no one by a name and the record's speaker is the last person or body
    the article names before it ("Según la sentencia, deberá «devolver cuatrocientos mil euros a los
    agricultores»" after "La Audiencia Provincial de Soria condenó …"). A quote with no cue and no speaker is theirs
    when they are the last person or body the article names before it ("… das Verwaltungsgericht Hohenfeld …" then
    "Und weiter: „…“")."""
    statement = best.statement
    if not (statement.origin is Origin.SNAPSHOT and resolved(statement.speaker)) or claim.kind is not ClaimKind.QUOTE:
        return None
    uncued = claim.speaker is None and not (claim.cued or claim.place in _DISPLAY_PLACES)
    if uncued and claim.mention:
        return None
    short = len(aligned.claim.words) < SHORT_CLAIM_WORDS
    if (uncued or short) and not (_cue_names_no_name(claim) and _named_last(statement, lead, earlier)):
        return None
    if _ambiguous(aligned, others, best) or _names_another(lead, person_key(statement.speaker or "")):
        return None
    return _record_name(statement)


# A first name and the capitalised word after it: a person named in running text ("erklärte Ralf Weyers so").
_FULL_NAME = re.compile(r"\b(\w+)(?=\s+([^\W\d_][\w'’-]*))")


def _full_names(text: str) -> Iterator[re.Match[str]]:
    """The places ``text`` writes a first name and a name word after it ("erklärte Ralf Weyers so")."""
    return (
        m
        for m in _FULL_NAME.finditer(text)
        if m.group(1)[:1].isupper() and m.group(1).lower() in _FIRST_NAMES and speakers.name_word(m.group(2))
    )


def _names_another(lead: Lead, key: tuple[str, ...]) -> bool:
    """Whether the quote's paragraph writes, before the quote, a first name and a name word that are not the name
    ``key`` ("Ralf Weyers" when the record is Petra Weyers's), with no word of ``key`` after them ("l'éleveur Denis
    Jeannin ... Son fils Lucas, 26 ans, a ajouté : « … »" names Lucas Jeannin last)."""
    text = lead() if callable(lead) else lead
    others = [m.end(2) for m in _full_names(text) if not set(person_key(f"{m.group(1)} {m.group(2)}")) <= set(key)]
    if not others:
        return False
    after = text[max(others) :].casefold()
    return not any(re.search(rf"\b{re.escape(w)}\b", after) for w in key)


def _reworded_by_named(
    claim: Claim, aligned: _Aligner, others: list[Statement], lead: Lead, shared: frozenset[str]
) -> Finding | None:
    """A quote whose cue names no one ("a spokesperson added that there had been “no dynamic pricing on any date”")
    that rewords a saved record of the person or body its paragraph names before it ("Brightwater Live said ..."):
    their words, paraphrased, as :func:`_held_to_named` holds the same words to them. A quote that stands in their
    record word for word is theirs as it is, however short ("said the diversion added “about twelve miles”" after
    "Peter Jago", under ``MISATTRIBUTION_MIN_WORDS``, too short to be held to anyone's record by its words alone):
    verified."""
    saved = [s for s in others if s.origin is Origin.SNAPSHOT]
    paraphrase = _best_paraphrase(aligned, saved)
    named = _named_before(claim, paraphrase.statement, lead, shared) if paraphrase else None
    if paraphrase is None or named is None:
        return None
    if aligned(paraphrase.statement).exact:
        return _held_to_named(claim, aligned(paraphrase.statement), named)
    credited = replace(claim, speaker=named)
    message = f"{_paraphrase_message(credited, paraphrase)[:-1]}; the paragraph names {named} before the quote."
    return _finding(credited, Verdict.PARAPHRASED, paraphrase, message)


def _bearers(surname: str | None, candidates: list[Statement]) -> str:
    """ "; the sources name two people “Montero”: Javier Montero and Pablo Montero." """
    key = person_key(surname) if surname else ()
    names = {
        person_key(s.speaker): _as_named(s.speaker)
        for s in candidates
        if s.speaker and len(person_key(s.speaker)) > 1 and person_key(s.speaker)[-1:] == key
    }
    listed = sorted(names.values())
    if len(listed) < 2:
        return "."
    return f"; the sources name {len(listed)} people “{surname}”: {', '.join(listed[:-1])} and {listed[-1]}."


def _echoes_body(claim: Claim, other: Alignment) -> bool:
    """Whether a claim outside the body (a headline, dek, caption, pull quote) matches the article's own quote."""
    statement = other.statement
    return (
        claim.place in _DISPLAY_PLACES and statement.origin is Origin.ARTICLE and statement.kind is StatementKind.QUOTE
    )


_DISPLAY_PLACES = REPEATING_PLACES - {Place.POST}


def _twin(aligned: _Aligner, statement: Statement, claim: Claim) -> bool:
    """Whether an article quote by someone else is this very quote (the article credits it twice)."""
    if statement.origin is not Origin.ARTICLE or statement.kind is not StatementKind.QUOTE or not claim.span:
        return False
    claim_words = len(aligned.claim.words)
    if not aligned.exact(statement):
        return False
    # A sentence or more of someone else's quote, repeated word for word (a pull quote): the same quote.
    return (
        claim_words >= SHORT_CLAIM_WORDS or len(words(statement.text)) <= claim_words * (1 + TWIN_MAX_EXTRA_WORDS) + 1
    )


def _ambiguous(aligned: _Aligner, others: list[Statement], best: Alignment) -> bool:
    """Whether someone else's words match as well as the best match: then who said them is open."""
    return any(
        aligned(s).score >= best.score and not same_person(s.speaker, best.statement.speaker)
        for s in others
        if s is not best.statement
    )


def _splice(
    claim: Claim,
    aligned: _Aligner,
    own: list[Statement],
    exact: Alignment | None,
    others: list[Statement] | None = None,
) -> Finding | None:
    """A quote whose parts the speaker said apart: in different statements, or far apart in one; or a quote that
    joins the speaker's words with someone else's (``others``: a part found word for word only there)."""
    if not own:
        return None
    # The exact match's statement first, then saved sources before the article's own reports.
    statements = [exact.statement] if exact else []
    statements += sorted((s for s in own if s not in statements), key=lambda s: s.origin is not Origin.SNAPSHOT)
    parts = claim_parts(claim.text, short=True)
    # One sentence that no statement holds as it is may join clauses of two answers with no mark.
    clauses = len([p for p in parts if not p.short]) < 2 and exact is None
    located = None if clauses else _located(parts, statements, others, clauses=False)
    if located is None and exact is None:
        # (so may a sentence of several that no statement holds, changed or not: each sentence's clauses are parts)
        clauses, parts = True, clause_parts(claim.text)
        located = _located(parts, statements, others, clauses=True)
    if located is None:
        return None
    parts, found, changed = located
    theirs = [place for place in found if any(place[0] is s for s in statements)]
    if not theirs:
        return None  # the words of others only: misattributed, not spliced
    # Clauses of one statement reordered are a paraphrase of it; sentences far apart or out of order, a splice.
    joints = [
        i
        for i in range(1, len(found))
        if found[i][0] is not found[i - 1][0]
        and not _next_turn(found[i - 1], found[i], _new_paragraph(claim, parts[i - 1], parts[i]))
        or found[i][0] is found[i - 1][0]
        and not clauses
        and (
            _sentence_gap(found[i][0].text, found[i - 1][2], found[i][1])
            or _fused(claim.text, parts[i - 1], parts[i], found[i][0].text, found[i - 1][2], found[i][1])
        )
    ]
    if not joints:
        if clauses:
            return None  # clauses of one statement: the quote is judged as a whole
        whole = sum(len(p.norms) for p in parts) == len(aligned.claim.words)
        if len({id(place[0]) for place in found}) > 1:
            return _across_turns(claim, aligned, found, changed) if whole and len(theirs) == len(found) else None
        if (
            exact is None
            and not changed
            and whole
            and _whole_sentences(found)
            and len(theirs) == len(found)
            and not _negation_trimmed(found)
        ):
            # Every sentence stands word for word in one statement, a sentence or two apart: the writer cut
            # what was between without marking it, as with "...".
            cut = aligned(found[0][0])
            return _finding(claim, Verdict.VERIFIED, cut, _verified_message(claim, cut)[:-1] + _UNMARKED_CUT)
        return None
    changes = tuple(Change("splice", parts[i].text, _place_name(found[i][0]), ("splice",)) for i in range(len(parts)))
    changes += tuple(changed)
    best = exact or aligned(theirs[0][0])
    message = _splice_message(claim, parts, found)
    if changed:
        message = f"{message[:-1]}; and there {_listed_changes(tuple(changed))}."
    return _finding(claim, Verdict.ALTERED, best, message, changes)


def _next_turn(before: tuple[Statement, int, int], after: tuple[Statement, int, int], paragraph: bool) -> bool:
    """Whether two parts of a quote run on from one turn of a transcript into the speaker's very next turn, leaving
    nothing out: the end of the one, the start of the other. A transcript that labels each paragraph of a speech
    ("DESMOND ACHEBE: ..." twice) splits one speech, not two answers: nothing can stand between two lines. A JSON
    record's statements are its capturer's own division (the answers at a press conference and at the doorstep after
    it): two in a row are one speech only where the article opens a new paragraph of the quote between them
    (``paragraph``: an opening mark on every paragraph, each a statement of the record's)."""
    first, _, end = before
    second, start, _ = after
    turn = first.line if first.line is not None else _item(first) if paragraph else None
    return (
        first.origin is Origin.SNAPSHOT
        and first.source == second.source
        and first.speaker == second.speaker
        and turn is not None
        and (second.line if first.line is not None else _item(second)) == turn + 1
        and not words(first.text[end:])
        and not words(second.text[:start])
    )


def _item(statement: Statement) -> int | None:
    """Where a saved statement with no line stands in its JSON record's list of statements (its key's "#N")."""
    _, mark, item = statement.key.rpartition("#")
    return int(item) if mark and item.isdigit() else None


def _new_paragraph(claim: Claim, before: Part, after: Part) -> bool:
    """Whether a quote going on over paragraphs opens a new one between two of its parts."""
    start = claim.text.find(after.text) if claim.paragraphs else -1
    return start > 0 and any(claim.text.find(before.text) < p <= start for p in claim.paragraphs)


def _across_turns(
    claim: Claim, aligned: _Aligner, found: list[tuple[Statement, int, int]], changed: list[Change]
) -> Finding:
    """A quote running on over a speaker's turns on consecutive lines: verified, or altered by its changed words."""
    first, last = found[0][0], found[-1][0]
    lines = f" (lines {first.line}-{last.line})" if first.line is not None else ""
    alignment = aligned(first)
    if not changed:
        return _finding(claim, Verdict.VERIFIED, alignment, _verified_message(claim, alignment)[:-1] + lines + ".")
    listed = _listed_changes(tuple(changed))
    message = f"Close to what {_said_by(claim, first)} said in {_where(alignment)}{lines}, but {listed}."
    return _finding(claim, Verdict.ALTERED, alignment, message, tuple(changed))


def _located(
    parts: list[Part], statements: list[Statement], others: list[Statement] | None, *, clauses: bool
) -> tuple[list[Part], list[tuple[Statement, int, int]], list[Change]] | None:
    """The parts located and where each stands (word for word, in the speaker's statements, then in ``others``; a
    sentence also with words changed, whose changes are listed), or None when a part stands nowhere or there are no
    two parts. A short part ("... yesterday") is looked for only after the part before it, in its statement: found
    anywhere else it proves nothing, and it is left out."""
    if len(parts) < 2:
        return None
    kept, found = [], []
    changed: list[Change] = []  # the changes of parts found only with words changed
    previous: tuple[Statement, int, int] | None = None
    for part in parts:
        if part.short:
            place = _locate(part.norms, [], previous) if previous else None
            if place is not None:
                kept.append(part)
                found.append(place)
                previous = place
            continue
        place = _locate(part.norms, statements, previous) or _locate(part.norms, others or [], None)
        if place is None:
            near = None if clauses else _locate_changed(part, statements)
            if near is None:
                return None
            place = (near.statement, *near.span)
            changed += near.changes
        kept.append(part)
        found.append(place)
        previous = place
    return (kept, found, changed) if len(kept) >= 2 else None


def _whole_sentences(found: list[tuple[Statement, int, int]]) -> bool:
    """Whether what stands between the parts of a quote in their statement is whole sentences: a writer cut
    sentences, not a word of one ("Mein Mandant schämt sich[ nicht]. Er wird ...")."""
    for (statement, _, end), (_, start, _) in itertools.pairwise(found):
        spans = sentences(statement.text)
        if not any(b >= end and not words(statement.text[end:b]) for _, b in spans):
            return False  # the part ends before its sentence does
        if not any(a <= start and not words(statement.text[a:start]) for a, _ in spans):
            return False
    return True


def _negation_trimmed(found: list[tuple[Statement, int, int]]) -> bool:
    """Whether a quote whose sentences were cut apart also leaves out a negation of its first sentence before its
    first word, or of its last after its last word ("Hablamos de sanciones. Hablamos de confianza." of "No hablamos
    de sanciones entre socios. ..."): the claim then says the opposite of that sentence."""
    (first, start, _), (last, _, end) = found[0], found[-1]
    lead = next((first.text[a:start] for a, b in sentences(first.text) if a <= start < b), "")
    tail = next((last.text[end:b] for a, b in sentences(last.text) if a < end <= b), "")
    return any(w.norm in CHANGED_NEGATIONS for w in words(lead + " " + tail))


_UNMARKED_CUT = ", leaving out what was said between its sentences without marking the cut."


def _locate_changed(part: Part, statements: list[Statement]) -> Alignment | None:
    """The statement a part of a claim stands in with words changed (a splice of altered parts), if any. A short part
    lines up loosely with too much: only with a whole sentence, a word of it changed, added or left out ("... la
    piscina cierra en julio", "... la piscina no cierra en junio" of "La piscina cierra en junio.")."""
    alone = prepare(part.text)
    best = max((align(alone, s) for s in statements), key=lambda a: a.score, default=None)
    if best is None or best.score < ALTERED_MIN_SCORE:
        return None
    whole = _whole_sentence(part.text, best, slack=PART_SENTENCE_SLACK)
    return best if len(part.norms) >= SHORT_CLAIM_WORDS or whole else None


def _locate(
    norms: tuple[str, ...], statements: list[Statement], previous: tuple[Statement, int, int] | None
) -> tuple[Statement, int, int] | None:
    """(statement, start, end) character offsets of a claim part, after the previous part in its statement first."""
    if previous is not None:
        span = find_part(norms, previous[0].text, previous[2])
        if span:
            return previous[0], *span
    for statement in statements:
        span = find_part(norms, statement.text, 0)
        if span:
            return statement, *span
    return None


def _sentence_gap(text: str, end: int, start: int) -> bool:
    """Whether more than ``SPLICE_MAX_SENTENCE_GAP`` whole sentences stand between two parts of a statement."""
    if start < end:
        return True  # out of order
    between = sum(1 for a, b in sentences(text) if a >= end and b <= start)
    return between > SPLICE_MAX_SENTENCE_GAP


# a cut with no sentence end before it, maybe in brackets ("[...]", "(…)")
_JOINED_GAP = re.compile(r"\s{0,3}(?:\.\s?\.\s?\.|…)\s?[\])]?\s{0,3}$")
_SUBORDINATORS = frozenset().union(*(lex.subordinators for lex in LEXICONS.values()))
_CONDITIONS = frozenset().union(*(lex.condition_words for lex in LEXICONS.values()))


def _fused(claim: str, before: Part, after: Part, text: str, end: int, start: int) -> bool:
    """Whether a cut joins the head of one of the speaker's sentences to a clause of a later one as one sentence of
    the quote, leaving out the clause the head stood under: the first part stops right before a subordinate clause of
    its sentence, the second opens in lower case right after the "..." in a later sentence ("The paint will last
    twenty years ... if nobody scrapes it first" of "The paint will last twenty years if it goes on in dry weather.
    It'll peel in a winter if nobody scrapes it first."): the condition of the one is lost and the other's is read
    into it. So is a second part that opens after the subordinate clause its sentence opens on ("Les maisons du haut
    sont sûres [...] il faudra les évacuer avant Noël" of "... sûres pour l'instant. Si la fissure s'élargit, il
    faudra les évacuer avant Noël."): its condition is lost (a time or a place it opens on is not: "... una muestra
    local (...) es una cita ..." of "... local. Después de veinte años, es una cita ..."). A cut between whole
    sentences, or inside one, keeps what each said; so does one that leaves out the rest of a phrase ("to anyone on
    ... no classified material": the writer's cut, as the generated gaps have it)."""
    at = claim.find(after.text)
    if at <= 0 or not after.text[:1].islower() or not _JOINED_GAP.search(claim, 0, at):
        return False
    spans = sentences(text)
    head = next((b for a, b in spans if a <= end - 1 < b), None)
    if head is None or start < head:
        return False
    left = words(text[end:head])
    tail = next((a for a, b in spans if a <= start < b), start)
    opened = words(text[tail:start])
    return bool(left) and left[0].norm in _SUBORDINATORS or bool(opened) and opened[0].norm in _CONDITIONS


def _place_name(statement: Statement) -> str:
    where = statement.source
    line = f" line {statement.line}" if statement.line else ""
    who = f", {statement.speaker}" if statement.speaker else ""
    return f"{where}{line}{who}"


def _judge_post_text(claim: Claim, aligned: _Aligner, candidates: list[Statement]) -> Finding:
    """A post's text against the saved captures of the same post (by URL or post id; by account and text).

    The article was right if its words match a capture made before it was
    published (any capture when it states no date); a later capture that
    differs or finds the post gone is noted, not held against it. Otherwise
    the latest capture the writer could have seen is the evidence.
    """
    prepared = aligned.claim
    saved = sorted(_captures(claim, aligned, candidates), key=lambda s: s.fetched_at or "")
    if not saved:
        return _unpaired_post(claim, aligned, candidates)
    states = {id(s): _capture_state(claim, aligned, s) for s in saved}
    captures = tuple(Capture(s.fetched_at, s.source, states[id(s)]) for s in saved)
    before = [s for s in saved if _captured_before(s, claim.article_published)] or saved
    live = [s for s in before if states[id(s)] != "deleted"]
    if not live:
        message = f"The only capture of this post made before the article ({_where_short(before[-1])}) finds it gone."
        return replace(_finding(claim, Verdict.UNVERIFIED, None, message), captures=captures)
    matching = [s for s in live if states[id(s)] == "same"]
    snapshot = matching[-1] if matching else live[-1]
    alignment = aligned(snapshot) if prepared.words else None
    shown = alignment or _empty_alignment(snapshot)
    if (
        claim.author
        and claim.author.handle
        and snapshot.handle
        and not same_person(claim.author.handle, snapshot.handle)
    ):
        finding = _finding(claim, Verdict.MISATTRIBUTED, shown, _post_author_message(claim, snapshot))
    elif alignment is None:
        # The article shows no words of this post (a link, a player, an image with no alt text): a saved copy
        # confirms the post exists and whose it is, never what the article says it says.
        finding = _finding(claim, Verdict.UNVERIFIED, shown, _no_text_message(claim))
    elif (redated := _date_change(claim, snapshot)) and (matching or shown.score >= ALTERED_MIN_SCORE):
        # The words hold (or nearly) but the article dates the post otherwise than its capture: a date is a fact.
        changes = (*shown.changes, redated)
        finding = _finding(claim, Verdict.ALTERED, shown, _altered_message(claim, shown, changes), changes)
    elif matching:
        since = _since(snapshot, saved, states)
        finding = _finding(claim, Verdict.VERIFIED, shown, _verified_message(claim, shown)[:-1] + since + ".")
    elif (cut := _shown_opening(claim.text, snapshot, claim.platform)) is not None and not cut:
        # (round 60) The embed shows the post's opening, its title or first sentences or its words up to an "…" (a
        # Reddit embed's title of a post with a body): the article shows part of the post, not other words.
        message = _verified_message(claim, shown)[:-1] + "; the embed shows the post's opening, the saved post goes on."
        finding = _finding(claim, Verdict.VERIFIED, shown, message)
    elif cut:
        # (an embed cut off before its sentence's negation or number: what it shows says the opposite, or less)
        finding = _finding(claim, Verdict.ALTERED, shown, _altered_message(claim, shown, cut), cut)
    elif alignment is not None and alignment.score >= ALTERED_MIN_SCORE:
        finding = _finding(claim, Verdict.ALTERED, alignment, _altered_message(claim, alignment), alignment.changes)
    else:
        finding = _finding(claim, Verdict.UNSUPPORTED, shown, _post_differs_message(claim, shown))
    named = recognise_post_url(snapshot.url) if snapshot.url and not claim.url else None
    if named is not None and named.platform != claim.platform:
        # A post shown with no URL names its account, not always its platform ("— Ana (@ana)" may be X or Threads):
        # the saved post it was paired with tells.
        finding = replace(finding, claim=replace(claim, platform=named.platform))
    return replace(finding, captures=captures) if len(saved) > 1 or states[id(saved[0])] == "deleted" else finding


def _unpaired_post(claim: Claim, aligned: _Aligner, candidates: list[Statement]) -> Finding:
    """A post shown as text, with no URL, that none of its account's saved posts holds: the account's posts are its
    sources (SPEC's unsupported), and a reworded one is a paraphrase. A post with a URL is that post alone: with no
    capture of it, it is unverified."""
    account = [] if claim.url or claim.post_id else _account_posts(claim, candidates)
    paraphrase = _best_paraphrase(aligned, account)
    if paraphrase is not None:
        return _finding(claim, Verdict.PARAPHRASED, paraphrase, _paraphrase_message(claim, paraphrase))
    if account and aligned.claim.words:
        closest = _closest(aligned, account)
        return _finding(claim, Verdict.UNSUPPORTED, closest, _unsupported_message(claim, closest))
    return _finding(claim, Verdict.UNVERIFIED, None, _unverified_message(claim))


def _account_posts(claim: Claim, candidates: list[Statement]) -> list[Statement]:
    """The saved posts, with words, of the account a post is shown under."""
    handle = claim.author.handle if claim.author else ""
    posts = [s for s in candidates if s.kind is StatementKind.POST and s.text.strip()]
    return [s for s in posts if handle and s.handle and same_person(handle, s.handle)]


# Hours a post's time can lie ahead of or behind UTC where it is shown: an embed prints the day where it was
# rendered, a capture may give the instant in UTC (UTC-12 to UTC+14). A capture's date without a time is a UTC day
# (``verify snapshot`` writes the day of the post's UTC time): a day either side of it is the same post's.
_ZONE_HOURS_BEHIND, _ZONE_HOURS_AHEAD = 12, 14


def _date_change(claim: Claim, snapshot: Statement) -> Change | None:
    """The post's date as the article shows it against the one its capture gives, when both give one and no time
    zone can make them the same day (flagged ``number``: SPEC's number/date)."""
    if not (claim.published and snapshot.published):
        return None
    shown, saved = claim.published[:10], snapshot.published
    try:
        instant = datetime.fromisoformat(saved.replace("Z", "+00:00"))
        datetime.fromisoformat(shown)
    except ValueError:
        return None  # a date that is no ISO date compares with nothing
    if len(saved) <= 10 or instant.tzinfo is None:
        # A day (captures write the UTC day of the post's time) or a time in no known zone: the embed may show the
        # day before or after.
        earliest, latest = instant - timedelta(days=1), instant + timedelta(days=1)
    else:
        utc = instant.astimezone(UTC)
        earliest, latest = utc - timedelta(hours=_ZONE_HOURS_BEHIND), utc + timedelta(hours=_ZONE_HOURS_AHEAD)
    if earliest.date().isoformat() <= shown <= latest.date().isoformat():
        return None
    return Change("replace", shown, saved[:10], ("number",))


def _captures(claim: Claim, aligned: _Aligner, candidates: list[Statement]) -> list[Statement]:
    """Every saved capture of the post: by URL or id, or (a post copied out as text, with no URL) the
    account's saved post whose words are closest, with the other captures of that post."""
    posts = [s for s in candidates if s.kind is StatementKind.POST]
    saved = [s for s in posts if _same_post(claim, s)]
    handle = claim.author.handle if claim.author else ""
    if claim.url or claim.post_id or not handle or not aligned.claim.words:
        return saved
    if not saved:
        best = _best(aligned, _account_posts(claim, candidates))
        if best is None or not (best.exact or best.score >= ALTERED_MIN_SCORE):
            return []
        saved = [best.statement]
    # The post found by its words, with its other captures (edited or deleted since).
    keys = {s.key for s in saved if s.key}
    urls = {url_key(s.url) for s in saved if s.url}
    return [s for s in posts if s.key in keys or (s.url and url_key(s.url) in urls)]


def _capture_state(claim: Claim, aligned: _Aligner, statement: Statement) -> str:
    prepared = aligned.claim
    if not statement.text.strip():
        return "deleted"  # a capture that found the post gone keeps no text
    if not prepared.words or _same_words(prepared, statement):
        return "same"
    alignment = aligned(statement)
    if alignment.exact and (has_cut(claim.text) or _only_links(statement.text, alignment.span)):
        if _shown_opening(claim.text, statement, claim.platform):
            return "differs"  # (cut off before its sentence's negation or number: no longer the same words)
        return "same"  # the words as the article shows them, cut where it marks a cut
    return "differs"  # (a capture that holds the words and more was edited: “... is coming. Lumen Fold.”)


# A mark a post's shown words end on where the embed cuts them ("…", "..."), and one ending a sentence
_TRAILING_CUT = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
_SENTENCE_MARK = re.compile(r"[.!?…]")


def _shown_opening(shown: str, statement: Statement, platform: str | None) -> tuple[Change, ...] | None:
    """(round 60) When an embed shows a post's opening words (every word of the shown text is the saved post's first
    words, in order) ending where a sentence of the post ends (a title, "Runway vote: what do you think?", the first
    sentences) or on a cut mark ("Work will take about six weeks…"): what the cut leaves out of the sentence it stops
    in, as changes, each negation or number flagged (a cut before "unless the contract is not signed" says the
    opposite); () when it leaves out nothing of that sentence or nothing a fact rests on. None when the shown text is
    no opening of the post, or stops with no cut mark inside a sentence or, on a platform whose embed shows no title
    (``Platform.shows_title``), at all: a post copied out with a sentence left out says less than the post. Blind
    set 63's Reddit embed (its title; the saved post has a body) was `altered`, an error; platforms show a post's
    title, or its first lines and an "…", the same way."""
    marked = _TRAILING_CUT.search(shown)
    head = [w for w in words(shown[: marked.start()] if marked else shown) if w.norm != LINK]
    saved = [w for w in words(statement.text) if w.norm != LINK]
    if not head or len(head) >= len(saved) or [w.norm for w in saved[: len(head)]] != [w.norm for w in head]:
        return None
    rest = statement.text[saved[len(head) - 1].end :]
    closed = _SENTENCE_MARK.match(rest.lstrip(" \"'”’»)"))
    if closed and (marked or shows_title(platform)):
        return ()  # (whole sentences shown, a title or cut before the next: the rest is the post's other sentences)
    if marked is None:
        return None  # (words stopping inside a sentence with no mark of a cut: other words)
    end = _SENTENCE_MARK.search(rest)
    left = [w for w in words(rest[: end.start() if end else len(rest)]) if w.norm != LINK]
    flags = [
        ("negation",) if w.norm in CHANGED_NEGATIONS else ("number",) if is_number(w.norm) else () for w in left
    ]
    if not any(flags):
        return ()
    return tuple(Change("delete", "", w.original, f) for w, f in zip(left, flags, strict=True) if f)


def _only_links(text: str, span: tuple[int, int]) -> bool:
    """Whether the text outside ``span`` holds no words but links (media links, which a shown post may lack), and
    after it hashtags and mentions too: a caption quoted without the run of tags that closes it ("… en la Ciudadela."
    of "… en la Ciudadela. #CarnavalDeNegrosYBlancos @corpocarnaval") says every word the post says. A tag left out
    of the words, or changed, is no exact match; a sentence after the tags is a word left out."""
    after = text[span[1] :]
    return all(w.norm == LINK for w in words(text[: span[0]])) and all(
        w.norm == LINK or w.norm[:1] == "@" or after[w.start - 1 : w.start] == "#" for w in words(after)
    )


def _captured_before(statement: Statement, article_published: str | None) -> bool:
    # Dates compare as ISO text; a capture on the article's own day counts as before it.
    return bool(article_published and statement.fetched_at and statement.fetched_at[:10] <= article_published[:10])


def _since(matched: Statement, saved: list[Statement], states: dict[int, str]) -> str:
    """ "; edited since: the capture of T reads differently" for the latest later capture that differs."""
    later = [s for s in saved if (s.fetched_at or "") > (matched.fetched_at or "") and states[id(s)] != "same"]
    if not later:
        return ""
    last = later[-1]
    if states[id(last)] == "deleted":
        return f"; deleted since: {_where_short(last)} finds it gone"
    return f"; edited since: {_where_short(last)} reads differently"


def _where_short(statement: Statement) -> str:
    when = f" of {statement.fetched_at}" if statement.fetched_at else ""
    return f"the capture{when} ({statement.source})"


def _same_post(claim: Claim, statement: Statement) -> bool:
    if claim.post_id and statement.key and statement.key == f"post:{claim.platform}:{claim.post_id}":
        return not same_id_elsewhere(claim.platform or "", claim.url or "", statement.url or "")
    if claim.url and statement.url:
        return url_key(claim.url) == url_key(statement.url)
    # A post copied out as text carries no URL: the saved post of the same account with the same words.
    handle = claim.author.handle if claim.author else ""
    return bool(handle and statement.handle and same_person(handle, statement.handle)) and _same_words(
        prepare(claim.text), statement
    )


def _same_words(prepared: PreparedClaim, statement: Statement) -> bool:
    """The post text as the article shows it may add media links the saved text lacks."""
    saved = prepare(statement.text)
    return [w.norm for w in prepared.words if w.norm != LINK] == [w.norm for w in saved.words if w.norm != LINK]


def _best(aligned: _Aligner, statements: list[Statement]) -> Alignment | None:
    best: Alignment | None = None
    for statement in statements:
        alignment = aligned(statement)
        if best is None or (alignment.exact, alignment.score) > (best.exact, best.score):
            best = alignment
    return best


def _closest(aligned: _Aligner, statements: list[Statement]) -> Alignment | None:
    """The statement sharing most content words with the claim (for showing what is missing)."""
    best = max((aligned(s) for s in statements), key=lambda a: (a.overlap, a.score), default=None)
    if best is None or best.overlap == 0:
        return None
    return _as_overlap(aligned.claim, best)


def _figures_unrecorded(claim: Claim, aligned: _Aligner, record: list[Statement]) -> Alignment | None:
    """For a claim that shares no content word with anything its speaker is on record saying, the saved statement of
    theirs it lines up with best, when the claim states a figure none of their saved statements holds: what the
    finding shows as the record the figure is missing from ("It is the fastest solo crossing by a British woman over
    60 this year" of an observer whose saved report gives the swim's time and the committee's month), and the cue at
    the quote names them. A claim with no figure keeps no closest source."""
    if not _cue_names_speaker(claim):
        # Nothing of the claim ties it to the speaker's record: only the article's naming of them at the quote does.
        # A pronoun ("he said" of a porter, given by the cast to the man named before) is a guess.
        return None
    saved = [s for s in record if s.origin is Origin.SNAPSHOT]
    nearest = _best(aligned, saved)
    if nearest is None or not _off_record(claim, Verdict.UNSUPPORTED, nearest, record):
        return None
    return replace(nearest, exact=False, span=(0, len(nearest.statement.text)), diff=None)


def _cue_names_speaker(claim: Claim) -> bool:
    """Whether the cue at the quote writes a word of the credited speaker's name ("Hosseini said", "Berger told
    her", "said the mayor, Ann Cole"), not a pronoun or a description alone."""
    return claim.named or bool(claim.mention and set(person_key(claim.mention)) & set(person_key(claim.speaker or "")))


def _as_overlap(claim: PreparedClaim, alignment: Alignment) -> Alignment:
    """An alignment shown for the words it shares, not as a word diff."""
    return replace(alignment, exact=False, span=shared_span(claim, alignment.statement), diff=None)


def _best_paraphrase(aligned: _Aligner, statements: list[Statement]) -> Alignment | None:
    best: Alignment | None = None
    for statement in statements:
        alignment = aligned(statement)
        better = best is None or (alignment.overlap, alignment.score) > (best.overlap, best.score)
        if better and _is_paraphrase(alignment, aligned.claim):
            best = alignment
    return _as_overlap(aligned.claim, best) if best else None


def _is_paraphrase(alignment: Alignment, claim: PreparedClaim) -> bool:
    """Whether an alignment shares enough of the claim's words of meaning to be a version of it: a function word of the
    claim's language that English writes with a meaning ("la" of "para la educación pública", ``function_stems``)
    places the claim in the source but is no word the two share."""
    overlap, shared, stems = alignment.overlap, alignment.shared, len(claim.stems)
    if alignment.function_shared:
        found = round(overlap * stems) - alignment.function_shared
        stems = len(claim.stems - claim.function_stems)
        overlap, shared = (found / stems if stems else 0.0), shared - alignment.function_shared
    if overlap >= PARAPHRASE_MIN_OVERLAP and shared >= PARAPHRASE_MIN_SHARED:
        return True
    if overlap >= PARAPHRASE_MIN_OVERLAP and alignment.score >= PARAPHRASE_FRAME_MIN_SCORE:
        return shared >= PARAPHRASE_MIN_SHARED - 1  # the same sentence, two of its words changed
    return (
        overlap >= PARAPHRASE_ECHO_MIN_OVERLAP
        and alignment.echo >= PARAPHRASE_MIN_ECHO
        and round(overlap * stems) >= PARAPHRASE_MIN_SHARED
        and shared >= PARAPHRASE_ECHO_MIN_OVERLAP * _ideas(claim)
    )


def _ideas(claim: PreparedClaim) -> int:
    """How many ideas a claim's content words make: a run of name words ("Goldman Sachs") is one."""
    return len(set(claim.units.values()))


def _empty_alignment(statement: Statement) -> Alignment:
    return Alignment(statement, 100.0, True, 1.0, (0, len(statement.text)), ())


_CONFLICT = rule("conflicting-attribution")
_ADDS = {Verdict.PARAPHRASED: rule("paraphrase-adds-facts"), Verdict.UNSUPPORTED: rule("unsupported-adds-facts")}
_ADDS_IDS = frozenset(r.id for r in _ADDS.values())


def _finding(
    claim: Claim,
    verdict: Verdict,
    alignment: Alignment | None,
    message: str,
    changes: tuple[Change, ...] = (),
    *,
    rule: Rule | None = None,
    weak: bool = False,
    record: Sequence[Statement] = (),
    attested: bool = False,
) -> Finding:
    """The finding of a verdict; a paraphrased or unsupported one that adds facts to its closest source (or, for an
    unsupported one whose closest source is barely related, to the speaker's saved ``record``) under its own rule.
    ``attested``: the speaker, inferred with no cue at the quote, is the one the quote's paragraph names before it,
    whose saved record holds the words."""
    chosen = rule or rule_for(verdict)
    if verdict in _ADDS and alignment is not None and rule is None:
        prepared = prepare(claim.text)
        if alignment.overlap >= ADDED_FACTS_MIN_OVERLAP and shares_meaning(prepared, alignment.statement.text):
            # A claim that is no version of its closest source says its opposite by leaving out one of its negations
            # only when it keeps the words on both sides of it ("I was drunk on stage" of "I was not drunk"; not "Les
            # riverains seront relogés …" of "La Ville n'abandonnera aucun riverain", tune set 44, Verviers)
            added = added_facts(prepared, alignment.statement.text, bound=verdict is Verdict.UNSUPPORTED)
            message = _adds_message(claim, alignment, added) if added else message
        else:
            added = _off_record(claim, verdict, alignment, record)
            message = _off_record_message(claim, record, added) if added else message
        if added:
            chosen = _ADDS[verdict]
            changes = added
    severity = chosen.severity
    if severity is Severity.ERROR and (weak or _weak_evidence(claim, verdict, alignment, changes, attested)):
        severity = Severity.WARNING  # an error needs a resolved speaker and an unambiguous match
    if claim.quote_kind is QuoteKind.PARTIAL and severity.rank > Severity.NOTE.rank:
        severity = Severity.NOTE  # scare quotes and titles never rise above a note on their own
    return Finding(
        claim=claim,
        verdict=verdict,
        severity=severity,
        rule=chosen.id,
        message=message,
        evidence=_evidence(alignment) if alignment else None,
        changes=changes,
    )


def _off_record(
    claim: Claim, verdict: Verdict, closest: Alignment, record: Sequence[Statement]
) -> tuple[Change, ...]:
    """The numbers of an unsupported claim that no saved statement in the speaker's voice holds, when even its
    closest source shares too little with it to be a version of it (``ADDED_FACTS_MIN_OVERLAP``): "Jeder Fahrgast
    bekommt 100 Euro Entschädigung" credited to the manager whose saved release promises a refund of the fare. The
    article's own statements are no record of what a person said (a headline is held to them as before)."""
    if verdict is not Verdict.UNSUPPORTED or closest.statement.origin is not Origin.SNAPSHOT:
        return ()
    return figures_off_record(prepare(claim.text), [s.text for s in record if s.origin is Origin.SNAPSHOT])


# "it", "es", "ils": a pronoun standing for a body is a guess at which one (the body or its officer).
_BODY_PRONOUNS = frozenset(
    w for lex in LEXICONS.values() for w, p in lex.pronouns.items() if p.person == 3 and p.gender == "n"
)


def _weak_evidence(
    claim: Claim, verdict: Verdict, alignment: Alignment | None, changes: tuple[Change, ...], attested: bool = False
) -> bool:
    if alignment is None:
        return True
    source = alignment.statement
    named = resolved(claim.speaker) or _surname_in_full(claim, verdict, source) or _named_as_recorded(claim, source)
    # An interview's answer needs no cue: the interview's form names who gave it. A cue that names no one ("«...»,
    # dijo.": Spanish leaves the subject out) credits the quote as a pronoun would.
    cued = claim.mention or claim.cued or claim.quote_kind is QuoteKind.ANSWER
    if claim.kind is not ClaimKind.POST and not (named and cued):
        # No speaker, a partial one, or one inferred from the context with no cue at the quote; unless a change
        # flips a negation, a number or a name of words whose speaker two things attest: the person the quote's
        # paragraph names before it, whose saved record holds them (``attested``); or the article's own quote of a
        # named speaker that a pull quote, headline or caption repeats: the article contradicts itself.
        return not ((attested or _contradicts_own_quote(claim, source)) and _strong(changes))
    if str(claim.mention).lower() in _BODY_PRONOUNS:
        # "It also promised “...”": which body, or its chairman, is the cast's guess; unless the body is the last one
        # the article names, and its record holds the words with a negation, a number or a name changed
        return not (attested and _strong(changes))
    if claim.place is Place.BODY and source.origin is Origin.ARTICLE and verdict is Verdict.ALTERED:
        return True  # one person may say two things alike ("400 homes this year", later "600 by next summer")
    if verdict is Verdict.MISATTRIBUTED and _part_of_name(claim.speaker, source.speaker):
        return True  # "GOFF" of "YANN LE GOFF" (a label's surname read as an acronym): maybe the very person
    if verdict is Verdict.MISATTRIBUTED and not (resolved(source.speaker) or _named_label(source, claim)):
        # The other speaker is the article's guess too, or a transcript's label that names no one ("A" of a
        # Q-and-A, an auto-transcript's "Speaker 2"): the words may well be the credited person's.
        return True
    short = len(words(claim.text)) < SHORT_CLAIM_WORDS and alignment.score < SHORT_ERROR_MIN_SCORE
    if short and _whole_sentence(claim.text, alignment):
        short = False  # "Die Schulen bleiben am Freitag geöffnet" of "... geschlossen.": that sentence, changed
    return verdict in (Verdict.ALTERED, Verdict.MISATTRIBUTED) and short and not _strong(changes)


def _whole_sentence(claim: str, alignment: Alignment, slack: int = 0) -> bool:
    """Whether a short claim's words line up with a whole sentence of its source, as many words from its first to its last
    (``slack``: or that many more or fewer): no fragment that resembles another sentence, but that sentence quoted
    with a word changed (or added, or left out)."""
    start, end = alignment.span
    text = alignment.statement.text
    if end <= start:
        return False
    sentence = next(((a, b) for a, b in sentences(text) if a <= start < b), None)
    if sentence is None or words(text[sentence[0] : start]) or words(text[end : sentence[1]]):
        return False
    return abs(len(words(text[sentence[0] : sentence[1]])) - len(words(claim))) <= slack


def _surname_in_full(claim: Claim, verdict: Verdict, source: Statement) -> bool:
    """A surname alone at the quote ("dijo Mendizábal") whose words are judged as those of the saved source's
    speaker who bears it in full ("ÁLVARO MENDIZÁBAL"; a namesake among the sources would have made it no one's), or
    by a title and that surname ("M. Dedieu" of "a dit M. Dedieu", "a précisé le maire"): the record names the speaker
    the article names by surname."""
    key = person_key(claim.speaker or "")
    full = person_key(source.speaker or "")
    # (or the record names them by a title and the surname, as the article does: "M. Dedieu", "Frau Dr. Huber")
    titled = full == key and len((source.speaker or "").split()) > 1
    return (
        verdict in (Verdict.ALTERED, Verdict.PARAPHRASED, Verdict.UNSUPPORTED)
        and source.origin is Origin.SNAPSHOT
        and len(key) == 1
        and (len(full) > 1 or titled)
        and full[-1:] == key
        and (claim.speaker or "")[:1].isupper()
    )


def _named_as_recorded(claim: Claim, source: Statement) -> bool:
    """A body the article names in lower case, as French and Spanish write one ("le syndicat mixte du Haut-Jura"), that
    a saved record names as its own author ("Syndicat mixte du Haut-Jura"): the record says whose words they are."""
    speaker = claim.speaker or ""
    return (
        source.origin is Origin.SNAPSHOT
        and speaker.casefold() == (source.speaker or "").casefold()
        and len(speaker.split()) > 1
        and any(w[:1].isupper() for w in speaker.split())
    )


def _named_label(source: Statement, claim: Claim) -> bool:
    """A saved record's label naming someone by title and surname ("Mr. Darak", "MME LAGARDE"): the record's own
    naming of the speaker, someone else than the credited person when the surname differs (a surname the two
    share may be a namesake's: no proof)."""
    label = source.speaker or ""
    return (
        source.origin is Origin.SNAPSHOT
        and bool(label)
        and not _nameless(label, NAMELESS_LABEL_WORDS)
        and (bool(source.handle) or not _description(label))  # an account's display name names it
        and _last_word(_as_named(label)) != _last_word(_as_named(claim.speaker or ""))
    )


def _description(label: str) -> bool:
    """Whether a record's speaker is a description, not a name: a word of it in lower case other than a name's
    particles ("gerente del área", "the chief executive"), roles alone ("Chief Executive"), or a role and what it is
    of ("Leiterin des Bauamts"); "Mr. Darak" and "Senator Holloway" name someone."""
    found = _as_named(label).split()
    roles = [any(role_head(w.strip(".,"), code) for code in LEXICONS) for w in found]
    return bool(found) and (
        any(w[:1].islower() and w.lower() not in speakers.NAME_PARTICLES for w in found)
        or all(roles)
        or roles[0] and any(w[:1].islower() for w in found[1:])
    )


def _strong(changes: tuple[Change, ...]) -> bool:
    return any(flag in _STRONG_FLAGS for change in changes for flag in change.flags)


def _repeats_changed(claim: Claim, aligned: _Aligner, own: list[Statement], best: Alignment) -> bool:
    """Whether a headline, dek, caption or pull quote judged against a saved record of its speaker changes a negation,
    a number or a name of the article's own quote of that named speaker too ("Mayor: “We will build 400 homes this
    year”" over "“We will build 300 homes this year,” Cole said.", her record saying 300): the article contradicts
    itself and the record, whoever the display credits."""
    if claim.place not in _DISPLAY_PLACES or best.statement.origin is not Origin.SNAPSHOT:
        return False
    repeated = (aligned(s) for s in own if _contradicts_own_quote(claim, s))
    return any(not a.exact and a.score >= ALTERED_MIN_SCORE and _strong(a.changes) for a in repeated)


def _contradicts_own_quote(claim: Claim, source: Statement) -> bool:
    """A claim repeating (a pull quote, headline, caption) the article's own quote of a named speaker."""
    return (
        claim.place in REPEATING_PLACES
        and claim.kind is ClaimKind.QUOTE
        and source.origin is Origin.ARTICLE
        and source.kind is StatementKind.QUOTE
        and resolved(source.speaker)
        and same_person(claim.speaker, source.speaker)
    )


def _adds_message(claim: Claim, alignment: Alignment, added: tuple[Change, ...]) -> str:
    start, end = closest_sentence(prepare(claim.text), alignment.statement.text)
    source = alignment.statement.text[start:end].strip()
    inserted = [c for c in added if c.op == "insert"]
    dropped = [c for c in added if c.op == "delete"]
    said = [f"adds {_listed_added(inserted)}"] if inserted else []
    said += [f"leaves out {_listed_added(dropped)}"] if dropped else []
    return (
        f"Presented as {_possessive(_who(claim))} words, but the closest source, {_where(alignment)}, "
        f"says only “{source}”; the claim {' and '.join(said)}."
    )


def _off_record_message(claim: Claim, record: Sequence[Statement], added: tuple[Change, ...]) -> str:
    saved = sorted({s.source for s in record if s.origin is Origin.SNAPSHOT})
    where = saved[0] if len(saved) == 1 else f"{len(saved)} saved sources"
    return (
        f"No source of {_who(claim)} contains these words, and none of what {_who(claim)} said in {where} "
        f"states {_listed_added(list(added))}, which the claim adds."
    )


def _listed_added(added: list[Change]) -> str:
    """“NATO”, “Budapest Memorandum” (name); “not” (negation)"""
    groups: dict[str, list[str]] = {}
    for change in added:
        groups.setdefault(change.flags[0], []).append(change.claim or change.source)
    return "; ".join(f"{_quoted(found)} ({flag})" for flag, found in groups.items())


def _evidence(alignment: Alignment) -> Evidence:
    statement = alignment.statement
    return Evidence(
        origin=statement.origin,
        source=statement.source,
        speaker=statement.speaker,
        text=excerpt(statement.text, alignment.span),
        score=alignment.score,
        line=statement.line,
        url=statement.url,
        fetched_at=statement.fetched_at,
        kind=statement.kind,
    )


_CLAUSE_BREAKS = ",;:.!?—–"
_CONJUNCTIONS = ("but ", "and ", "or ", "yet ", "so ", "while ", "although ")
_EXCERPT_MAX = 400  # characters of a long statement shown as evidence


def excerpt(text: str, span: tuple[int, int]) -> str:
    """The clause-to-sentence stretch of ``text`` around ``span``, with "..." where it was cut."""
    start, end = span
    if end <= start or len(text) <= _EXCERPT_MAX and start == 0:
        return text.strip()
    lo = max((_break_before(text, ch, start) for ch in _CLAUSE_BREAKS), default=-1) + 1
    hi = min((i for i in (_break_after(text, ch, end) for ch in ".!?") if i >= 0), default=len(text) - 1) + 1
    piece = text[lo:hi].strip()
    for conjunction in _CONJUNCTIONS:
        if piece.lower().startswith(conjunction):
            piece = piece[len(conjunction) :]
            break
    if len(piece) > _EXCERPT_MAX:
        piece = piece[:_EXCERPT_MAX].rsplit(" ", 1)[0] + "..."
    prefix = "..." if text[:lo].strip() else ""
    suffix = "" if not text[hi:].strip() or piece.endswith("...") else " ..." if piece[-1:] in ".!?" else "..."
    return f"{prefix}{piece}{suffix}"


def _break_before(text: str, mark: str, start: int) -> int:
    """The last ``mark`` before ``start`` that breaks a clause: not a comma or full stop inside a figure ("4,2")."""
    at = text.rfind(mark, 0, start)
    while at > 0 and _in_figure(text, at):
        at = text.rfind(mark, 0, at)
    return at


def _break_after(text: str, mark: str, end: int) -> int:
    at = text.find(mark, end)
    while at > 0 and _in_figure(text, at):
        at = text.find(mark, at + 1)
    return at


def _in_figure(text: str, at: int) -> bool:
    return text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()


# --- messages: one sentence a fact-checker can read ------------------------------------


# A speaker the article names only by a pronoun takes the pronoun's own possessive ("their
# words", never "they's words").
_POSSESSIVE_PRONOUNS = {"he": "his", "she": "her", "they": "their", "it": "its", "we": "our", "i": "my", "you": "your"}


def _possessive(who: str | None) -> str:
    return _POSSESSIVE_PRONOUNS.get((who or "").strip().lower()) or f"{who}'s"


def _who(claim: Claim) -> str:
    if claim.kind is ClaimKind.POST and claim.author:
        return claim.author.handle or claim.author.name or "the account"
    return claim.speaker or "an unnamed speaker"


def _where(alignment: Alignment) -> str:
    statement = alignment.statement
    if statement.origin.value == "article":
        return f"the article's own report (line {statement.line})" if statement.line else "the article's own report"
    when = f", captured {statement.fetched_at}" if statement.fetched_at else ""
    return f"{statement.source}{when}"


def _quoted(words: Iterable[str]) -> str:
    return ", ".join(f"“{w}”" for w in words)


def _verified_message(claim: Claim, alignment: Alignment) -> str:
    return f"Matches {_said_by(claim, alignment.statement)} word for word in {_where(alignment)}."


def _altered_message(claim: Claim, alignment: Alignment, changes: tuple[Change, ...] | None = None) -> str:
    listed = _listed_changes(alignment.changes if changes is None else changes) or "words differ"
    return f"Close to what {_said_by(claim, alignment.statement)} said in {_where(alignment)}, but {listed}."


def _said_by(claim: Claim, statement: Statement) -> str:
    if statement.speaker and _answering_turn(statement):
        return f"the turn labelled “{statement.speaker}” (a label that names no one)"
    return statement.speaker or _who(claim)


def _listed_changes(changes: tuple[Change, ...]) -> str:
    """Each change in words: “NATO” became “the EU” (name); “not” added (negation)."""
    parts = []
    for change in changes:
        flags = f" ({', '.join(change.flags)})" if change.flags else ""
        if change.op == "replace":
            parts.append(f"“{change.source}” became “{change.claim}”{flags}")
        elif change.op == "insert":
            parts.append(f"“{change.claim}” added{flags}")
        else:
            parts.append(f"“{change.source}” left out{flags}")
    return "; ".join(parts)


def _description_not_theirs(claim: Claim, statement: Statement, lead: Lead, earlier: Lead) -> bool:
    """Whether the cue credits a definite description the cast resolved to no one ("the former dive instructor", "el
    viejo basquetbolista", "der einstige Dorflehrer") that the article never gives the saved record's speaker, a
    person, and gives someone else: no word of it (by its first letters, ``_DESCRIPTION_STEM``: "bakery" is the baker's)
    stands in a sentence that names them, or in the sentence after one, and one does in a sentence naming another person
    or the one after it (outside the words they quote). Such a cue names someone, not no one: the record's speaker,
    quoted just before, is not whom it credits because their words match. A pronoun, no subject and no cue at all name
    no one, and a description the article gives them is theirs: those the record may still credit
    (``_recorded_speaker``)."""
    mention = claim.mention
    if not mention or resolved(claim.speaker) or not _described_at_cue(mention):
        return False
    if mention.lower() in _PERSON_PRONOUNS or statement.origin is not Origin.SNAPSHOT:
        return False
    if not resolved(statement.speaker) or _person_named(statement.speaker or "") is None:
        return False  # (a body's record: "l'association organisatrice, Santons de Provence Vivante" names it after)
    if mention.split()[0].lower() in _POSSESSIVES:
        # ("a joke his publisher later posted:": someone of the person the paragraph names, who may pass on their
        # words; whose the words are the record tells, not the description)
        return False
    stems = _description_stems(mention)
    if not stems:
        return False  # ("the man", "la dama": no word long enough to tell; the cast's gender test rules on those)
    words = [w for w in re.split(r"[\s'’]+", mention.casefold()) if w and w not in _DETERMINERS]
    if not any(w in _FORMER_WORDS or w.startswith("ex-") for w in words) and any(
        role_head(w, code) for w in words for code in LEXICONS
    ):
        # (an office is named in other words than the article's, and by titles it abbreviates: "el alcalde huasteco"
        # of "el presidente municipal de Huejutla", "the senator" of "Sen. Ann Cole"; a former trade or office is a
        # fact the article must have written of the person it is said of)
        return False
    text = (earlier() if callable(earlier) else earlier) + "\n" + (lead() if callable(lead) else lead)
    text = text[-_SAID_OF_REACH:]  # (read back so far only: each such quote of a long page reads no more than that)
    # (what the article says before the cue: the quote's own frame, "La réplica del viejo basquetbolista llegó
    # enseguida:", says nothing of anyone else)
    text = text[: text.casefold().rfind(mention.casefold())] if mention.casefold() in text.casefold() else text
    key = {w.casefold() for w in person_key(statement.speaker or "") if len(w) > 1}
    spans = [s for line in text.split("\n") for s in (line[a:b] for a, b in sentences(line))]
    named = [i for i, span in enumerate(spans) if key & {w.casefold() for w in _WORD.findall(span)}]
    if not named:
        return False  # (the article never writes their name: nothing tells whether the description is theirs)
    said_of = " ".join(" ".join(spans[i : i + 2]) for i in named).casefold()
    if any(unaccented(w).startswith(stems) for w in _WORD.findall(said_of)):
        return False
    # (and the article says it of someone else: a sentence that names another person, or the one after it, writes a
    # word of it, "The Mayor …, Lepen Ioakim Sohlap, a former dive instructor …"; a description said of no one, "the
    # bride-to-be" of a woman "who marries in June", is an unresolved description of anyone, the record's speaker too)
    # (outside the words those sentences quote: "les mineurs vivaient à huit" quoted from the guide says nothing of her)
    for i, span in enumerate(spans):
        others = [m.group() for m in re.finditer(_NAME_RUN, span) if not set(person_key(m.group())) & key]
        if any(_person_named(o) for o in others):
            said = _QUOTED.sub(" ", " ".join(spans[i : i + 2])).casefold()
            if any(unaccented(w).startswith(stems) for w in _WORD.findall(said)):
                return True
    return False


_QUOTED = re.compile(r"[“«„\"][^“”«»„\"]*[”»“\"]")  # a quotation inside a sentence, its marks paired the common ways


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# The most characters before a quote read for what the article says of a saved record's speaker: a dozen paragraphs
# (a person introduced further back is no longer the one a description right after another's quote is tested on)
_SAID_OF_REACH = 4_000
# The first letters of a description's word that tell it in what the article says of a person ("instr" of
# "instructor", "baker" of "bakery", "pâtis" of "pâtissière"): five, as a stem of English, French, Spanish and German
# nouns of trades keeps them apart and an inflection or a suffix leaves them
_DESCRIPTION_STEM = 5


# Words of a description that fit anyone, so tell no one apart: function words, the lexicons' words a description may
# hold of anyone ("man", "old", "local", lexicon ``fit_generic``) and those of a former trade or office ("former",
# "einstige", "ancien", "antiguo": ``former_words``, ``role_modifiers``)
_UNTELLING = FUNCTION_WORDS | frozenset(
    w for lex in LEXICONS.values() for w in (*lex.fit_generic, *lex.former_words, *lex.role_modifiers)
)


_FORMER_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.former_words)


def _description_stems(mention: str) -> tuple[str, ...]:
    """The first letters of each word of a description that is no function word (the parts of a hyphenated or elided
    word each: "ex-chef" gives "chef", "l'ancien" "ancie")."""
    stems: list[str] = []
    for word in _WORD.findall(mention.casefold()):
        for part in re.split(r"[-'’]", word):
            if len(part) >= _DESCRIPTION_STEM - 1 and part not in _UNTELLING and part not in _DETERMINERS:
                stems.append(unaccented(part)[:_DESCRIPTION_STEM])
    return tuple(stems)


def _not_theirs_note(claim: Claim, statement: Statement) -> str:
    """Why a description credited with a quote is not the saved record's speaker (``_description_not_theirs``)."""
    return f"; the article credits “{claim.mention}”, which it never says of {_record_name(statement)}."


def _ruled_out_note(claim: Claim) -> str:
    """Why a description credited with a quote is not the person whose saved words it holds (``Claim.ruled_out``)."""
    return f"; “{claim.mention}” is not {claim.ruled_out}, by what the article says of them."


def _misattributed_message(claim: Claim, alignment: Alignment) -> str:
    listed = _listed_changes(alignment.changes)
    differs = f" (and there {listed})" if listed else ""
    speaker = alignment.statement.speaker
    return f"Credited to {_who(claim)}, but these words are {_possessive(speaker)} in {_where(alignment)}{differs}."


def _paraphrase_message(claim: Claim, alignment: Alignment) -> str:
    missing = f"; the source does not contain {_quoted(alignment.missing)}" if alignment.missing else ""
    return (
        f"Presented as {_possessive(_who(claim))} words, but {_where(alignment)} has only "
        f"“{excerpt(alignment.statement.text, alignment.span)}”{missing}."
    )


def _unsupported_message(claim: Claim, closest: Alignment | None) -> str:
    message = f"No source of {_who(claim)} contains these words"
    if closest is not None and closest.missing:
        message += f"; the closest, {_where(closest)}, lacks {_quoted(closest.missing)}"
    return message + "."


def _unverified_message(claim: Claim) -> str:
    if claim.kind is ClaimKind.POST:
        return f"No saved copy of this post by {_who(claim)}: save one with `verify snapshot`."
    if not claim.speaker:
        return "No speaker is named and no source contains these words."
    return f"No source of {_possessive(_who(claim))} words to check against: save one with `verify snapshot`."


def _no_text_message(claim: Claim) -> str:
    return f"The article shows no text of this post by {_who(claim)}; the saved copy is its evidence, not a match."


def _post_author_message(claim: Claim, statement: Statement) -> str:
    saved = f"{statement.handle}'s ({statement.source})"
    return f"The article shows this post as {_possessive(_who(claim))}, but the saved post is {saved}."


def _twin_message(claim: Claim, twin: Alignment) -> str:
    line = f" (line {twin.statement.line})" if twin.statement.line else ""
    words = "these same words" if twin.exact else "nearly these words"
    return (
        f"The article credits {words} to {twin.statement.speaker}{line} and to {_who(claim)} here: "
        "one of the two is wrong."
    )


def _splice_message(claim: Claim, parts: list[Part], found: list[tuple[Statement, int, int]]) -> str:
    pieces = "; ".join(f"“{part.text}” from {_place_name(place[0])}" for part, place in zip(parts, found, strict=True))
    if len({person_key(place[0].speaker or "") for place in found if not _answering_turn(place[0])}) > 1:
        return f"Joins words different people said into one quote credited to {_who(claim)}: {pieces}."
    return f"Joins words {_who(claim)} said apart into one quote: {pieces}."


def _post_differs_message(claim: Claim, alignment: Alignment) -> str:
    return f"The saved copy of this post ({_where(alignment)}) says something else."


def _credit_untied(
    claim: Claim, statement: Statement, lead: Lead, earlier: Lead, trail: Lead
) -> tuple[str, str] | None:
    """(round 59) The words a quote's cue or frame credits and the person the article gives them, when the article
    ties the quote to someone other than the saved record's speaker whose words these are: the record's speaker, a
    person, was named and quoted since with no one else named, and the quote then comes under a description of its
    own (its cue's subject, or a frame before its colon the extraction read as no cue: "Da hatte der Doppeltorschütze
    recht:", "Mother Dinah herself put it best:", "«…», resumió el de los once ponches", "— the former whale-watch
    skipper") that the article never says of the record's speaker (no word of it, by ``_DESCRIPTION_STEM`` letters, in
    a sentence naming them, the one after, or a label before their name) and says of one other person named, in the
    sentence naming them or the one after ("Rosario Betancort … preside la sesión" of "la Presidencia"). An article
    that goes on quoting the person it has just quoted writes a pronoun, their name, no cue at all or a description it
    gave them; a new description it gives someone else credits that person (blind set 62: 8 false `verified`, tune
    set 52: 10). None when the cue is a pronoun or names the record's speaker, when nothing credits anyone, and when
    the description is said of no one or of several (the article's word for the person it quotes as likely as for
    anyone: "the postmistress" of the woman who runs the post office)."""
    if statement.origin is not Origin.SNAPSHOT or not resolved(statement.speaker):
        return None
    if claim.quote_kind is QuoteKind.ANSWER or claim.place in _DISPLAY_PLACES:
        return None
    if resolved(claim.speaker) and (claim.cued or claim.mention):
        return None  # (a cue naming someone: the article's own credit; a speaker inferred with no cue is the cast's)
    mention = (claim.mention or "").strip()
    if mention.lower() in _PERSON_PRONOUNS or mention.lower() in _BODY_PRONOUNS or _unnamed(mention):
        return None
    key = person_key(statement.speaker or "")
    if len(key) < 2 or _person_named(statement.speaker or "") is None:
        return None  # (a body's record, or a label of one word: what the article calls it is no person's description)
    credit = mention if mention and _description_stems(mention) else _frame_credit(lead, trail)
    if not credit:
        return None
    folded = {w.casefold() for w in _WORD.findall(credit)}
    if folded & {w.casefold() for w in key if len(w) > 2}:
        return None  # (the cue writes the record's speaker's name: "Ferreyra", "die Kerschbaumer Reserl")
    stems = _description_stems(credit)
    if not stems:
        return None  # ("the man", "la dama": no word long enough to tell whose)
    text = _text_before(lead, earlier)
    found = _written_name(key, text)
    since = text[found.end() :] if found else ""
    since = since[: since.rfind(credit)] if credit in since else since
    if not _QUOTED_SINCE.search(since) or _someone_else_since(_QUOTED.sub(" ", since), key):
        return None  # (not quoted since the article named them, or someone else named since)
    at = text.casefold().rfind(credit.casefold())
    text = text[:at] if at >= 0 else text  # (what the article says before the credit: not the credit itself)
    if _said_of(stems, key, text):
        return None  # (a description the article gives them: "Le vannier Christian Delhaye …", "poursuit l'artisan")
    whom = _said_of_whom(stems, key, text)
    if len(whom) != 1:
        return None  # (a description said of no one, "the postmistress" of the woman who runs the post office, is
        # the article's word for the person it has been quoting as likely as for anyone: the record may say whose)
    return credit, whom.pop()


def _said_of(stems: tuple[str, ...], key: tuple[str, ...], text: str, *, others: bool = False) -> bool:
    """Whether ``text`` writes a word of a description (by its ``stems``) in a sentence that names the person of
    ``key``, a label of three words or fewer before it on its line ("Alcaldesa-Presidenta: Dña." of "… Rosario
    Betancort Cabrera") or the sentence after it, outside the words it quotes (``others``: in a sentence naming someone
    else)."""
    lines = _sentence_lines(text)
    spans = [span for _, span in lines]
    folded = {w.casefold() for w in key}
    if others:
        named = [
            i
            for i, span in enumerate(spans)
            if not _writes_key(span, folded)
            and (any(_full_names(span)) or any(_person_named(m.group()) for m in re.finditer(_NAME_RUN, span)))
        ]
        said = " ".join(spans[i] for i in named)
    else:
        named = [i for i, span in enumerate(spans) if _writes_key(span, folded)]
        # (a label cut off before the name on its line: "Alcaldesa-Presidenta: Dña." of "… Rosario Betancort Cabrera")
        label = [i - 1 for i in named if i and lines[i - 1][0] == lines[i][0] and len(spans[i - 1].split()) <= 3]
        said = " ".join(" ".join(spans[i : i + 2]) for i in named) + " " + " ".join(spans[i] for i in label)
    return any(unaccented(w).startswith(stems) for w in _WORD.findall(_QUOTED.sub(" ", said).casefold()))


def _said_of_whom(stems: tuple[str, ...], key: tuple[str, ...], text: str) -> set[str]:
    """The people other than the one of ``key`` of whom ``text`` writes a word of a description (by its ``stems``), in
    the sentence that names them or the next one of its paragraph, outside the words it quotes and the names of bodies
    ("The harbour master, Robert Kemp, keeps the logbook of every flood" of "the man with the logbook"; not "Tynedale
    Auction Mart Ltd" of "the auctioneer"), when that word stands in no other sentence of ``text``."""
    lines = _sentence_lines(text)
    spans = [span for _, span in lines]
    folded = {w.casefold() for w in key}
    holding = {i for i, span in enumerate(spans) if _writes_stem(span, stems)}
    whom: set[str] = set()
    covered: set[int] = set()
    for i, span in enumerate(spans):
        if _writes_key(span, folded):
            continue
        mine = {i} | ({i + 1} if i + 1 < len(spans) and lines[i + 1][0] == lines[i][0] else set())
        if not holding & mine:
            continue
        bare = _QUOTED.sub(" ", span)
        # (a first name and the capitalised words after it: "Marco Quispe Condori"; a run of capitalised words with no
        # first name of the lexicons may be a body or a place, "Duisburgs Trinkhallen", "Penal de Tarija": no one)
        names = {(re.match(_NAME_RUN, bare[m.start() :]) or m).group() for m in _full_names(bare)}
        if names:
            whom |= {n for n in names if not any(n != o and n in o for o in names)}
            covered |= mine
    # (a word of it the article writes in more than one sentence is the story's topic, no fact of one person: "la
    # fábrica de chocolate" and "el primer chocolate" before "la chocolatera"; a fact the article gives someone once,
    # "keeps the logbook of every flood", tells them apart)
    return whom if len(holding) == 1 and holding <= covered else set()


def _text_before(lead: Lead, earlier: Lead) -> str:
    """The article before a quote that the readers of what it says of a person read: its paragraphs before the
    quote's and its own, up to ``_SAID_OF_REACH`` characters."""
    text = (earlier() if callable(earlier) else earlier) + "\n" + (lead() if callable(lead) else lead)
    return text[-_SAID_OF_REACH:]


def _sentence_lines(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text``, each with the number of the line it stands on (a label ends its line)."""
    return [(n, line[a:b]) for n, line in enumerate(text.split("\n")) for a, b in sentences(line)]


def _writes_key(span: str, folded: set[str]) -> bool:
    """Whether a sentence writes a word of a person's key (``folded``: its words in case-folded form)."""
    return bool(folded & {w.casefold() for w in _WORD.findall(span)})


def _writes_stem(span: str, stems: tuple[str, ...]) -> bool:
    """Whether a sentence writes a word opening on one of ``stems``, outside the words it quotes and the names of
    several capitalised words with no first name it writes ("Tynedale Auction Mart Ltd")."""
    bare = _BODY_NAME.sub(
        lambda m: m.group() if any(w.lower() in _FIRST_NAMES for w in m.group().split()) else " ",
        _QUOTED.sub(" ", span),
    )
    return any(unaccented(w).startswith(stems) for w in _WORD.findall(bare.casefold()))


# Capitalised words written one after another with no first name among them: a body's or a place's name ("Tynedale
# Auction Mart Ltd"), whose words describe no person
_BODY_NAME = re.compile(rf"(?<![\w'’-])[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+)+")

def _credit_tied(claim: Claim, statement: Statement, lead: Lead, earlier: Lead) -> bool:
    """(round 59) Whether the description a quote is credited to (its cue's, or the speaker the cast gave a pronoun:
    "Elle ajoute" after "Mme la Maire expose", "Añade la Sra. Alcaldesa") is one the article gives the saved record's
    speaker, a person, and no one else named in full ("Alcaldesa-Presidenta: Dña. Rosario Betancort Cabrera", "Mme
    Chantal Bourgeois-Ryon, maire"): the article and the record name one person, two things say whose the words are
    (blind set 62: three changed figures were warnings)."""
    if statement.origin is not Origin.SNAPSHOT or not resolved(statement.speaker) or resolved(claim.speaker):
        return False
    key = person_key(statement.speaker or "")
    if len(key) < 2 or _person_named(statement.speaker or "") is None:
        return False
    mention = claim.mention or ""
    credit = mention if _described_at_cue(mention) else claim.speaker or ""
    if not credit and mention.lower() in _PERSON_PRONOUNS:
        # (a pronoun stands for the subject of the paragraph's cue before: "Die Vorsitzende berichtet: „…“ Sie
        # ergänzt:")
        parts = _QUOTED.split(lead() if callable(lead) else lead)
        credit = _frame_credit(parts[-2], "") if len(parts) > 1 else ""
    if _unnamed(credit) or credit.lower() in _PERSON_PRONOUNS or credit.lower() in _BODY_PRONOUNS:
        return False
    stems = _description_stems(credit)
    if not stems:
        return False
    text = _text_before(lead, earlier)
    if not _said_of(stems, key, text) or _said_of(stems, key, text, others=True):
        return False
    # (another person named beside the record's speaker, "Hauke Rothenberg, with Jan Brook,": the role may be theirs)
    folded = {w.casefold() for w in key}
    return not any(
        not set(person_key(f"{m.group(1)} {m.group(2)}")) <= folded
        for _, span in _sentence_lines(text)
        if _writes_key(span, folded)
        for m in _full_names(_QUOTED.sub(" ", span))
    )


# A quotation of at least a few words after a name: the person named was quoted since.
_QUOTED_SINCE = re.compile(r"[“«„\"][^“”«»„\"]{8,}[”»“\"]")
# A sentence's end in a quote's paragraph before it: a stop, or a quotation's closing mark, and the space after it.
_FRAME_START = re.compile(r"(?:[.!?…]|[”»“\"])[”»“\"]?\s+")


def _frame_credit(lead: Lead, trail: Lead) -> str:
    """The words of a quote's own frame that credit it when the extraction read no cue: the sentence before the quote
    that ends on its colon, with a description or a name as its subject ("Da hatte der Doppeltorschütze recht:",
    "Contesta la Presidencia:", "Mother Dinah herself put it best:"; not "Dann, auf Toggenburgisch:", "In Creole he
    added:"), or the words after it that open on a dash ("— the former whale-watch skipper"); never a full name."""
    text = _QUOTED.sub("", lead() if callable(lead) else lead)  # (a title in quote marks: "im «Blick»")
    starts = [m.end() for m in _FRAME_START.finditer(text)]
    frame = text[starts[-1] if starts else 0 :].strip()
    if frame.endswith(":") and not any(mark in frame for mark in '“«„"”»'):
        frame = frame[:-1].strip()
        if any(w.lower() in _PERSON_PRONOUNS for w in _WORD.findall(frame)) or any(_full_names(frame)):
            return ""
        return frame if _credits_someone(frame) or re.search(_NAME_RUN, frame) else ""
    after = (trail() if callable(trail) else trail).strip()
    inverted = re.match(r"[^\w—–]{0,3},\s*", after)  # (the quote's closing mark and comma: an inverted cue)
    if inverted is None and after[:1] not in "—–" or any(_full_names(after)):
        return ""
    after = (after[inverted.end() :] if inverted else after.lstrip("—– ")).rstrip(".").strip()
    return after if _credits_someone(after) else ""


def _credits_someone(credit: str) -> bool:
    """Whether words a quote is credited with hold a description of someone: an article before a word, not after a
    preposition ("der Doppeltorschütze", "la Presidencia", "the former whale-watch skipper"; not "auf der Bühne")."""
    found = [w.lower() for w in re.split(r"[\s,;]+", credit) if w]
    for i, word in enumerate(found[:-1]):
        if (word in _ARTICLES or _ELIDED_ARTICLE.match(word)) and (i == 0 or found[i - 1] not in _PREPOSITIONS):
            return True
    return False


_PREPOSITIONS = frozenset(w for lex in LEXICONS.values() for w in lex.prepositions)


def _untied_finding(claim: Claim, alignment: Alignment, credit: str, whom: str) -> Finding:
    """A quote the article credits, by a description it gives ``whom`` (``_credit_untied``), right after quoting the
    saved record's speaker whose words these are: `misattributed` to ``whom``, an error (the article's description
    and the record name two people; a frame the extraction read as no cue is the quote's cue here)."""
    credited = replace(claim, speaker=whom, mention=claim.mention or credit)
    named = _record_name(alignment.statement)
    message = _misattributed_message(credited, alignment)[:-1] + (
        f"; the article credits them to “{credit}”, which it says of {whom}, right after quoting {named}: the"
        " article's credit is not tied to the saved record's speaker."
    )
    return _finding(credited, Verdict.MISATTRIBUTED, alignment, message, alignment.changes)


# The words that open a description's complement after its noun: every lexicon's prepositions and the particles a
# verb of motion takes ("the man up the palm", "the man in the cap", "la femme à la pétition")
_COMPLEMENT_OPENERS = frozenset(w for lex in LEXICONS.values() for w in (*lex.prepositions, *lex.verb_particles))
_COMPLEMENT_NOUN_MIN = 3  # the least letters of the noun a complement closes on ("cap", "palm")


def _described_person(
    claim: Claim, statement: Statement, lead: Lead, earlier: Lead, trail: Lead
) -> tuple[str, str] | None:
    """(round 60) The description at a quote's cue, "a man" and what marks him out ("the man up the palm", "the man
    in the cap"), and the one person the article gives that mark before the quote, when the cast ruled out the saved
    record's speaker: a sentence naming one person that writes the complement itself ("Up the palm with Wes Nichols")
    or its noun after a possessive ("Rory Knickle bid by raising his cap"), and none naming the record's speaker
    (blind set 63: both quotes were `misattributed` to no one, warnings where the article says whom). None when the
    description has no complement, or the mark is said of no one, of several, or of the record's speaker."""
    mention = (claim.mention or "").strip()
    if not mention or statement.origin is not Origin.SNAPSHOT:
        return None
    after = trail() if callable(trail) else trail
    at = after.casefold().find(mention.casefold())
    # (the cast may keep the description's head alone, "the man": its sentence after the quote writes it whole)
    described = re.split(r"[.,;:!?]", after[at:])[0].strip() if at >= 0 else mention
    found = described.split()
    opens = [i for i, w in enumerate(found[1:], 1) if w.casefold() in _COMPLEMENT_OPENERS]
    if not opens or len(found[-1]) < _COMPLEMENT_NOUN_MIN or found[-1].casefold() in FUNCTION_WORDS:
        return None
    phrase = " ".join(found[opens[0] :]).casefold()
    noun = re.escape(found[-1].casefold())
    owned = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(_POSSESSIVES)))})\s+{noun}(?!\w)")
    key = {w.casefold() for w in person_key(statement.speaker or "")}
    text = _text_before(lead, earlier)
    whom: set[str] = set()
    for _, span in _sentence_lines(text):
        bare = _QUOTED.sub(" ", span)
        folded = bare.casefold()
        if phrase not in folded and not owned.search(folded):
            continue
        if _writes_key(bare, key):
            return None  # (the mark is said of the record's speaker: the description may be theirs)
        names = {(re.match(_NAME_RUN, bare[m.start() :]) or m).group() for m in _full_names(bare)}
        whom |= {n for n in names if not any(n != o and n in o for o in names)}
    return (described, whom.pop()) if len(whom) == 1 else None


def _someone_else_since(since: str, key: tuple[str, ...]) -> bool:
    """Whether ``since`` names a person other than the one of ``key``: a first name and a name word, or a run of
    capitalised words read as a person ("His daughter, Merlene Compton-Joseph,"), not one holding their given name or
    its opening ("said Mas' Wilfred" of Wilfred Maynard, "dice Cha Cande" of Candelaria Niz Viera), nor a place after a
    noun in lower case and its "of" ("pescadora de Oak Ridge", "the woman from Chuave")."""
    if any(_full_names(since)):
        return True
    given = key[0][:_GIVEN_OPENING]
    for run in re.finditer(_NAME_RUN, since):
        if _named_as_thing(since, run) or _placed(since, run) or _person_named(run.group()) is None:
            continue
        if any(unaccented(w.casefold()).startswith(given) for w in _WORD.findall(run.group())):
            continue
        before = since[max(0, run.start() - _PLACE_LOOKBACK) : run.start()].split()
        placed = len(before) >= 2 and before[-1].lower() in _FROM_WORDS and before[-2][:1].islower()
        if placed and before[-2].lower() not in _KIN_WORDS:
            continue
        return True
    return False


# The opening letters of a given name its short and pet forms keep ("Cande" of Candelaria, "Wilf" of Wilfred)
_GIVEN_OPENING = 4
# The words that link a person's noun to where they come from: "of", "de", "from", "aus" (lexicon complement words)
_FROM_WORDS = _OF_WORDS | {"from", "aus"}
