"""The cue grammar: the regular expressions that find who a quotation or a reported statement is credited to.

A :class:`Grammar` is built once per language from its :class:`~verify.lexicon.Lexicon`
(cue verbs and phrases, separable verbs, subject pronouns, determiners, adverbs)
and cached, so every pattern is compiled once per process. Every pattern is run
on a bounded window (see :mod:`verify.extract.quotes`), and none nests a
quantifier over alternatives that can read the same text two ways: adverbs
ending in the adverb suffix are not listed as words, and repetitions are bounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from .._regexcache import compiled_regexes
from ..letters import CAPITALS, SMALLS
from ..lexicon import LEXICONS, NAME_JOINERS, Lexicon, lexicon
from .speakers import NAME_RUN, NAME_WORD_OPENINGS
from .speakers import WHOLE_NAME_RUN as _NAME_RUN
from .speakers import WHOLE_NAME_WORD as _NAME_WORD

_MAX_ADVERBS = 4  # "he has also repeatedly said": more is no cue
# The words of a second description before a naming word ("un muchacho de noveno año de San Rafael llamado", 7)
_APPOSED_DESCRIPTION_WORDS = 9
CAPITALISED_ROLE_WORDS = 2  # capitalised words before a role in an appositive ("Senior Vice President", "Acme CEO")
_PARENTHETICAL = r"(?:\s+\([^()\n]{1,40}\)|)"  # "(D-Wash.)", "(R-OH)"
# An appositive between the name and the verb: "Jo Coelbart, a retired Belgian general, said".
# It opens in lower case or with a number ("a retired ...", "who ...", "69,"), never with a name.
APPOSITIVE = r"(?:,\s[a-z0-9(][^“”„\"«»\n]{0,200}?,|)"
_LEAD = r"^[\s,;:—–-]*"
_LAST_SPACE = 0x3000  # the ideographic space: no character after it is white space
# The characters ``_LEAD`` passes over: its marks and every white space (``\s`` is ``str.isspace``)
_LEAD_CHARS = ",;:—–-" + "".join(c for c in map(chr, range(_LAST_SPACE + 1)) if c.isspace())
# What may follow a cue verb up to the quote: "told reporters on Monday:", "saying in a post:".
CUE_TAIL = re.compile(r"[^.!?“”„\"«»]{0,80}?[,:]?\s*")
# The same after a cue a clause away from its subject ("Trump tweeted Monday, saying “...").
CLAUSE_CUE_TAIL = re.compile(r"[^.!?“”„\"«»]{0,60}?[,:]?\s*")
CUE_TAIL_REACH, CLAUSE_CUE_TAIL_REACH = 80, 60  # the characters of the two tails' words (their repeats' bounds)
_TAIL_STOPS = frozenset(".!?“”„\"«»")  # the characters neither tail holds


def cue_tail(text: str, at: int, reach: int = CUE_TAIL_REACH) -> bool:
    r"""Whether ``CUE_TAIL`` (``reach`` ``CUE_TAIL_REACH``) or ``CLAUSE_CUE_TAIL`` (``CLAUSE_CUE_TAIL_REACH``) matches
    all of ``text`` from ``at``, read without the engine: the text up to its last white space (``\s`` is
    ``str.isspace``) holds no stop nor quote mark and runs ``reach`` characters at most, one more when a comma or a
    colon ends it (the tail's own ``[,:]``). Asked after every cue verb a window holds: the pattern's lazy repeat tried
    its end after each character."""
    rest = text[at:].rstrip()
    return len(rest) <= reach + (rest[-1:] in (",", ":")) and _TAIL_STOPS.isdisjoint(rest)
# What may stand between a cue and the end of its sentence when the cue is a sentence of its own
# (“... participate.” Rutte said at a press conference.): no clause of reported speech.
REPORTED_CLAUSE = re.compile(r"\b(?:that|whether|if|dass|que|ob)\b|[“”„\"«»:]")
# A speaker named with a colon: "Mark Rutte: “...", "Fire chief: “..."
# (its words before the run guarded by the characters a name word opens on, ``speakers.NAME_WORD_OPENINGS``: the
# engine's general repeat is set up only where a name word may stand, not at every word a speaker is tried from)
_NAME_PHRASE = (
    rf"(?:(?=[{NAME_WORD_OPENINGS}])(?:{_NAME_WORD}\s+(?:(?:of|for|at|für)\s+(?:the\s+|)|)){{1,6}}|){_NAME_RUN}"
)
# A pattern nothing matches, for a cue a language lacks; anchored, so a search tries one place, not every one.
NEVER = r"\A(?!)"


def _possible(patterns: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    """The patterns of a list tried in turn that can match: a cue the language lacks (``NEVER``) is left out, as a
    call costs thousands of instructions even where it fails at once (a quote's cues are tried for each quote)."""
    return tuple(p for p in patterns if p.pattern != NEVER)


# An alternative of a part the language lacks ("(?!)": "la señora de Cedeño" has no English form), before another
_DEAD_ALTERNATIVE = re.compile(r"\|\\b\(\?!\)(?=\|)")


def _live(alternatives: str) -> str:
    """A pattern of alternatives with those that can never match left out: each was still tried, at every place the
    pattern was tried."""
    return _DEAD_ALTERNATIVE.sub("", alternatives)


def _unless_never(part: str, pattern: str) -> str:
    """``pattern`` (holding ``{}`` for ``part``), or ``NEVER`` itself where ``part`` is ``NEVER``: a pattern built
    around a part the language lacks can never match, and ``_possible`` leaves only ``NEVER`` out."""
    return NEVER if part == NEVER else pattern.replace("{}", part)


# A dash credit after a quote: "” — Commissioner Lars Berg", "”― Name" (U+2015 horizontal bar).
DASHES = "—–―‒"
# The most a credit line to someone unnamed runs after its dash to the end of its line ("— un éleveur du val
# d'Anniviers qui préfère rester anonyme."): a line that goes on is the sentence's own words after a dash ("a “second
# brain” — an external, integrated digital repository for …"), no credit
_UNNAMED_CREDIT_CHARS = 160


@dataclass(frozen=True, slots=True)
class Grammar:
    """The compiled cue patterns of one language (see the module docstring)."""

    lexicon: Lexicon
    verbs: str  # the cue verbs and phrases as one alternation (longest first)
    any_verb: re.Pattern[str]
    # The first three characters of every cue verb and of every cue phrase's first word, and the forms shorter than
    # that: ``any_verb`` can match only where the text opens on one (see :meth:`verb_at`)
    verb_heads: frozenset[str]
    short_verbs: tuple[str, ...]
    # the auxiliaries that invert with a pronoun by a hyphen alone ("avait-elle"; lexicon ``inverted_auxiliaries`` and
    # ``reflexive_auxiliaries``)
    inverting: frozenset[str]
    adverb_words: frozenset[str]  # the listed cue adverbs (those not ending on the lexicon's adverb suffix)
    # the regional cue forms no cue verb opens on: a variety's auxiliary ("va" of "va dir"), a cue read only before its
    # variety's article (Swiss "seit")
    regional_heads: frozenset[str]
    glued: tuple[str, ...]  # the elided object pronouns a verb or an adverb may be written onto ("l'", "m’")
    after: tuple[re.Pattern[str], ...]  # a cue right after a quote
    after_subject_first: tuple[re.Pattern[str], ...]  # those of ``after`` not in ``inserted``: the speaker first
    inserted: tuple[re.Pattern[str], ...]  # those opening on the verb: a cue between commas or dashes in the marks
    verb_speaker: re.Pattern[str]  # a cue verb and then its speaker: "said Rutte"
    speaker_verb: re.Pattern[str]  # a speaker and then the cue verb: "Rutte said"
    # a tag's speaker after its verb and before it, whatever the verb (``quotes._shaped_tag``): "schob| Kanitz|
    # hinterher", "“…,”| the old ferryman| let on"
    tag_speaker: re.Pattern[str]
    tag_subject: re.Pattern[str]
    before: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # (guard, pattern): a cue right before a quote
    name_colon: re.Pattern[str]
    according_opening: re.Pattern[str]  # "According to the mayor, " opening a sentence: the mayor speaks
    subject: re.Pattern[str]  # the speaker right before a cue verb
    sentence_subjects: tuple[re.Pattern[str], ...]  # the subject of the sentence, up to a cue a clause away
    in_sentence: re.Pattern[str]  # the subject of a cue anywhere in the quote's sentence
    opening: re.Pattern[str]  # a speaker opening a sentence ("Pablo prefiere ...": what it is about)
    addressee: re.Pattern[str]  # "telling CNBC:": the name before a colon is who was spoken to
    copula_ends: frozenset[str]  # "was", "been": a cue verb after one is passive ("was asked")
    copula_before: re.Pattern[str]  # the copula right before a place ("has been" of "has been quoted")
    manner_colon: re.Pattern[str]  # "was blunt:" of "Cole was blunt:", "a été catégorique :"
    owner_colon: re.Pattern[str]  # "Her answer:", "Su pregunta:", "Seine Warnung:": the possessive, its owner speaks
    quoting: re.Pattern[str]  # "quoted her as saying": the speaker is the object
    leading_cue: re.Pattern[str]  # reported speech: "Rutte outlined that X"
    middle_cue: re.Pattern[str]  # "X, he explained, Y"
    trailing_cue: re.Pattern[str]  # "X, he noted."
    issued: re.Pattern[str]  # "issued the following statement:" ending the words before a quote (its subject speaks)
    apposed_age: re.Pattern[str]  # ", 71 ans" after a name: the person's age, no words of a quote
    # Sign nouns are work nouns: the words they carry are the sign's ("les panneaux « Chasse en cours »"), built once
    work_nouns: frozenset[str]

    def verb_at(self, text: str, at: int) -> re.Match[str] | None:
        """``any_verb.match(text, at)``, called only where the text opens as a cue form does (asked after most names
        the reader reads, where a regex call costs thousands of instructions; most words after a name are no cue)."""
        head = text[at : at + 3]
        return self.any_verb.match(text, at) if head in self.verb_heads or head.startswith(self.short_verbs) else None

    def opens_on_verb(self, text: str) -> bool:
        """Whether a pattern of ``inserted`` may match at the start of ``text``: each opens on its verb after the lead,
        maybe after adverbs, a pronoun glued to it ("l'a dit") or an inverted subject ("a-t-il dit"), so the first word
        after the lead is the head of a cue form, an adverb, a word a pronoun is glued onto, or an inversion. A quote's
        cue is tried after it and at each comma inside it, most often on "he said" or a clause of its words: the string
        test spares the calls, each of which costs thousands of instructions however early it fails."""
        word = text.lstrip(_LEAD_CHARS).split(maxsplit=1)[:1]
        first = word[0] if word else ""
        suffix = self.lexicon.adverb_suffix
        return (
            first[:3] in self.verb_heads
            or first.startswith(self.short_verbs)
            or first in self.adverb_words
            or bool(suffix) and first.endswith(suffix)
            or first.startswith(self.glued)
            or "-t-" in first
            or "-" in first and _unelided_head(first) in self.inverting
            or first in self.regional_heads
        )


def _regional_cue(lex: Lexicon) -> re.Pattern[str]:
    """A cue verb of a regional variety, its auxiliary maybe before it, then an article of the variety and the speaker
    (lexicon ``regional_cue_verbs``, ``regional_articles``, ``regional_auxiliaries``): "«…», dixo o criador Xosé Manuel
    Ledo, de …", "va dir en Toni Pons, mestre …", "seit d Gmeipresidäntin vo Pratteln, Regula Thommen, am Mikrofon". The
    speaker is the name after a role set off by a comma, or after a role in lower case, or right after the article; a
    name followed by a stop, a comma or the end only (not "seit de Johr 2000")."""
    if not lex.regional_cue_verbs or not lex.regional_articles:
        return re.compile(NEVER)
    auxiliary = rf"(?:(?:{_alternation(lex.regional_auxiliaries)})\s+)?" if lex.regional_auxiliaries else ""
    spaced = _alternation(a for a in lex.regional_articles if not a.endswith("'"))
    glued = [form for a in lex.regional_articles if a.endswith("'") for form in (a, a.replace("'", "’"))]
    article = rf"(?:(?:{spaced})\s+|(?:{_alternation(glued)}))" if glued else rf"(?:{spaced})\s+"
    role = rf"(?:(?:[\w’'\-]+\s+){{0,4}}?[\w’'\-]+,\s+|(?:[^\W\d_{CAPITALS}][\w’'\-]*\s+){{0,3}})"
    return re.compile(
        rf"{_LEAD}{auxiliary}(?P<verb>\b(?:{_alternation(lex.regional_cue_verbs)})\b)\s+{article}{role}"
        rf"(?P<who>{_NAME_RUN})(?=\s*[,.;:!?)]|\s*$)"
    )


def _unelided_head(word: str) -> str:
    """The part of a hyphened word before its first hyphen, lower case, without a pronoun elided onto it ("avait" of
    "m'avait-il")."""
    head = word.partition("-")[0].lower()
    return head[2:] if head[1:2] in ("'", "’") else head


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, as a trie: ``sa(?:ys|id)`` rather than ``says|said``.

    Lexicons list hundreds of cue verbs; a flat alternation tries each at every place of the text, a
    trie one character at a time (about 6x faster to scan, and quicker to compile).
    """
    return _trie_pattern(_trie(words))


def _optional(pattern: str) -> str:
    """``(?:pattern)?`` as an alternation whose last branch is empty, ``(?:pattern|)``: the engine tries the pattern,
    then nothing, as the greedy ``?`` does, but a group of more than one item under ``?`` is compiled to the engine's
    general repeat (a repeat context set up and torn down, its marks saved) at every place it is tried, and a branch to
    one test of each alternative's first item (speed56's cut of a name's optional parts, here for the cue patterns and
    every trie's optional rest: ``sa(?:id|ys(?:ing|))``). The same matches, spans and groups
    (``tests/test_speed57_gates.py``)."""
    return f"(?:{pattern}|)"


def _trie(words: Iterable[str]) -> dict[str, dict]:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _cue_alternation(cue_phrases: Iterable[str], verbs: Iterable[str]) -> str:
    """The cue phrases (longest first, any white space between their words), then the cue verbs (a trie), as one
    alternation grouped by first character: it matches as ``phrases|trie`` does (the alternatives of one first
    character keep their order; those of another cannot match there), but a place is tried against one group of
    phrases instead of every phrase in turn."""
    trie = _trie(verbs)
    rests: dict[str, list[str]] = {}
    for phrase in sorted(cue_phrases, key=lambda p: (-len(p), p)):
        first, *others = phrase.split()
        rests.setdefault(first[0], []).append(r"\s+".join([re.escape(first[1:]), *map(re.escape, others)]))
    branches = []
    for char in sorted(rests.keys() | trie.keys() - {""}):
        alternatives = rests.get(char, []) + ([_trie_pattern(trie[char])] if char in trie else [])
        branches.append(re.escape(char) + "(?:" + "|".join(alternatives) + ")")
    return "(?:" + "|".join(branches) + ")"


def _word_alternation(words: Iterable[str]) -> str:
    """``\b(?:trie)`` for words that open on a word character, the boundary checked after the first character: each
    branch opens on its character, so the engine skips at once to the places where one of the words may start."""
    trie = _trie(words)
    return "(?:" + "|".join(rf"{re.escape(c)}(?<!\w.){_trie_pattern(child)}" for c, child in sorted(trie.items())) + ")"


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return _optional(pattern) if "" in node else pattern


def phrases(words: Iterable[str]) -> str:
    """A regex matching any of the phrases ``words``, any white space between their words (the longest first)."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(words, key=lambda p: (-len(p), p)))


_OWNER_REST_WORDS = 12  # words a possessive's noun of saying may run on to its colon ("Seine Antwort auf …:")


def _capitalised(words: tuple[str, ...]) -> tuple[str, ...]:
    return words + tuple(w[:1].upper() + w[1:] for w in words)


@lru_cache(maxsize=8)
def grammar(code: str = "en") -> Grammar:
    """The cue grammar of a language that has a lexicon (compiled on first use, then cached), and the language's
    patterns of :func:`per_language` built with it."""
    lex = lexicon(code)
    if lex is None:
        raise KeyError(code)
    # Hundreds of long alternations: the programs of the last run, when saved; a check needs them, so the
    # programs compiled since verify was imported are saved now (importing verify writes nothing).
    with compiled_regexes(save=True):
        built = _build(lex)
        for patterns in _LANGUAGE_PATTERNS:
            patterns(lex.code)
        return built


_Built = TypeVar("_Built")
# The builders of a language's other patterns (the quotes reader's, the cast's, the cues' own), run when its grammar
# is built: inside the regex cache's block, a run loads their programs with the grammar's instead of compiling them
# (72 patterns, 8.5% of the CPU of a check of 30 real pages of four languages were compiled lazily outside it).
_LANGUAGE_PATTERNS: list[Callable[[str], object]] = []


def per_language(builder: Callable[[str], _Built]) -> Callable[[str], _Built]:
    """A builder of a language's patterns from its lexicon (by the lexicon's code), kept as ``lru_cache(maxsize=8)``
    keeps it and run for each language when its grammar is built: it must not ask for the grammar itself."""
    kept = lru_cache(maxsize=8)(builder)
    _LANGUAGE_PATTERNS.append(kept)
    return kept


# Small words inside a body's name ("Compagnie des Îles du Ponant", "Leadership Conference of Women Religious",
# "Organismo de Agua de los Valles", "Ministerium für Landwirtschaft"; every lexicon's ``name_joiners``).
_BODY_JOINERS = "|".join(map(re.escape, NAME_JOINERS))


def _body_credit(lex: Lexicon) -> str:
    """A body or a document of it credited after "according to": its name, capitalised words and the small words
    between them, after a determiner ("la Compagnie des Îles du Ponant"), or a document noun and a link before it ("a
    statement from the Northern Valley Railway", "un communiqué de la Compagnie ..."): longer than a description."""
    if not (lex.document_nouns and lex.body_links):
        return _body_name(lex)
    return rf"(?:{_document_of(lex)})?{_body_name(lex)}"


def _document_of(lex: Lexicon) -> str:
    """A document noun after its determiner and the link before its body ("a statement from ", "un communiqué de ")."""
    determiner = rf"(?:{_alternation(lex.determiners)})\s+" if lex.determiners else ""
    return rf"{determiner}(?:{_alternation(lex.document_nouns)})\s+(?:{_alternation(lex.body_links)})\s+"


_ELIDED_ARTICLE = r"[dlDL][’']"
_LOWER_WORD = rf"[^\W\d_{CAPITALS}][\w’'\-]*+"  # a word in lower case, read whole


def _document_owner(lex: Lexicon) -> str:
    """A document and whom it is of, after "according to": its article, the document noun, a link and the body or
    people it is of, in lower case (a noun, perhaps a link and another: "le rapport de la station de pilotage", "el
    informe del cuerpo de bomberos", "el informe de los bomberos") or, in a language that capitalises nouns, one noun
    ("dem Bericht der Feuerwehr"); a name in capitals is read by ``_body_credit``. Bounded: linear."""
    if not (lex.document_nouns and lex.body_links):
        return NEVER
    article = rf"(?:(?:{_alternation(lex.articles | lex.determiners)})\s+|{_ELIDED_ARTICLE})?"
    # (the owners may be counted or all of them, a second determiner: "of the two museums", "der beiden Museen", "de
    # los dos museos", "des deux musées"; a document of several, perhaps with an adjective: "a joint statement",
    # "einer gemeinsamen Erklärung", "un communiqué commun", "un comunicado conjunto")
    counted = rf"(?:(?:{_alternation(lex.articles | lex.determiners)})\s+){{0,2}}"
    adjective = rf"(?:{_LOWER_WORD}\s+)?"
    links = _alternation(w for w in lex.body_links if w.isalpha())
    document = rf"{article}{adjective}(?i:{_alternation(lex.document_nouns)})\s+(?:{_LOWER_WORD}\s+)?"
    if lex.capitalised_nouns:
        # (one noun, no body's name of more: "laut einer Mitteilung der Stadt Oberhausen" is read as a body's name)
        owner = rf"[{CAPITALS}][\w’'\-]*+(?!\s+[{CAPITALS}])"
        return rf"{document}(?:{links})\s+{counted}{adjective}{owner}"
    # (the owner's noun is no article: "un comunicado de la Consejería" is read by the description after "según")
    noun = rf"(?!(?:{_alternation(lex.articles | lex.determiners)})(?![\w’'\-])){_LOWER_WORD}"
    owner = rf"{noun}(?:\s+(?:{links})\s+{article}{noun})?"
    # (or a body's name, after a link or the agent's: "according to a report by the Harbour Trust", "a statement from
    # the Harbour Trust"; its words whole, where a description would stop at the document: "a report")
    agents = _alternation(w for w in lex.body_links | lex.agent_links if w.isalpha())
    return rf"{document}(?:(?:{agents})\s+{article}{_BODY_NAME}|(?:{links})\s+{counted}{owner})"
# a news agency's or a broadcaster's letters ("AFP", "EFE", "ANF")
_AGENCY_LETTERS = rf"[{CAPITALS}]{{2,5}}(?![\w’'\-])"
_YEAR = r"(?:1[89]|20)\d\d(?![\w’'\-])"
# A body's name: capitalised words and the small words between them ("Compagnie des Îles du Ponant")
_BODY_WORDS = (
    rf"[{CAPITALS}][\w’'&.\-]*(?:\s+(?:(?:{_BODY_JOINERS})\s+(?:{_ELIDED_ARTICLE}|)|{_ELIDED_ARTICLE}|)"
    rf"[{CAPITALS}][\w’'&.\-]*){{%d,7}}"
)
_BODY_NAME = _BODY_WORDS % 1


def _body_name(lex: Lexicon) -> str:
    """A body's name, perhaps after a determiner: "la Compagnie des Îles du Ponant", "The Des Moines Register"."""
    if not lex.determiners:
        return _BODY_NAME
    return rf"(?:(?:{_alternation(lex.determiners)})\s+|{_ELIDED_ARTICLE}|){_BODY_NAME}"


@per_language
def document_subject(code: str) -> re.Pattern[str]:
    """A body's document named with the body's whole name, as the subject right before a cue verb ("The winter
    brochure of Hebridean Coast Tourism| promises", "A statement from the Northern Valley Railway| said"): the
    document speaks for the body (a description's complement reads one or two words only)."""
    lex = LEXICONS[code]
    if not (lex.document_nouns and lex.body_links and lex.determiners):
        return re.compile(NEVER)
    determiner = rf"(?:{_alternation(_capitalised(tuple(lex.determiners)))})\s+"
    return re.compile(
        rf"(?<![\w’'])(?P<who>{determiner}(?:[\w’'\-]+\s+){{0,2}}?(?:{_alternation(lex.document_nouns)})\s+"
        rf"(?:{_alternation(lex.body_links)})\s+{_body_name(lex)})\s+$"
    )


@per_language
def document_owned(code: str) -> re.Pattern[str]:
    """A document and whom it is of, whole (see ``_document_owner``): "dem Bericht der Feuerwehr" is the mention as
    written, never cut at its genitive's article."""
    return re.compile(_document_owner(LEXICONS[code]))


@per_language
def read_in_document(code: str) -> re.Pattern[str]:
    """A sentence opening on the document a quote is read in and whom it is of, then a cue of a document's text with
    no subject of its own before the colon (lexicon ``document_text_cues``), perhaps after a clause set off by commas
    ("Im Kontrollbericht des Gewerbeamts Gera, den der Vorsitzende verlas, heißt es:", "In the Environment Agency's
    report it says:", "Dans le rapport de l'Agence de l'eau, on lit :"): "who" is the owner, a body's name or a
    person's, never the reader; anchored at the search's end. A language that compounds its nouns reads a document
    noun closing a word ("Kontrollbericht")."""
    lex = LEXICONS[code]
    if not (lex.document_text_cues and lex.document_nouns and lex.body_links and lex.publication_links):
        return re.compile(NEVER)
    determiner = rf"(?:(?:{_alternation(lex.articles | lex.determiners)})\s+|{_ELIDED_ARTICLE})?"
    compound = r"[^\W\d_]*" if lex.compound_nouns else ""
    noun = rf"{compound}(?i:{_alternation(lex.document_nouns)})"
    opening = rf"(?<![\w’'])(?i:{_alternation(lex.publication_links)})\s+{determiner}"
    links = _alternation(w for w in lex.body_links if w.isalpha())
    document = rf"(?P<document>(?:{_LOWER_WORD}\s+)?{noun}\s+(?:{links})\s+{determiner})"
    # (or the owner before the noun, in a language that has a possessive: "In the Environment Agency's report")
    possessed = rf"(?(document)|[’']s?\s+(?:{_LOWER_WORD}\s+)?{noun})"
    owner = rf"{opening}{document}?(?P<who>{_kind_named(lex)}|{_BODY_WORDS % 0}){possessed}"
    aside = r"(?:\s*,[^,.:;!?“”„\"«»]{1,80},)?"
    # (perhaps one adverb after the cue: "Im Protokoll des Kreistags steht später:", "heißt es dazu:")
    cue = rf"(?i:{phrases(lex.document_text_cues)})(?:\s+{_LOWER_WORD})?"
    return re.compile(rf"{owner}{aside}\s*,?\s+{cue}\s*:\s*$")


@per_language
def voiced_body(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where the name of the body an unnamed spokesperson speaks for goes on after a cue's span cut it short: a link
    and the body's name after the role ("a spokesman| for the Friends of Harbour Park"), or the rest of the name
    after its first words, over its small words ("eine Sprecherin des Eigentümervereins Haus| und Hof Lindenhain",
    "une porte-parole de la Mutuelle| des Bocages")."""
    lex = LEXICONS[code]
    links = _alternation(lex.body_links) if lex.body_links else "(?!)"
    # (a body known by its letters alone is one word: "a spokeswoman| for the CHMC", "un vocero| del CEIR")
    determiner = rf"(?:(?:{_alternation(lex.determiners)})\s+|{_ELIDED_ARTICLE})?" if lex.determiners else ""
    # (or by one word in title case, set off by a comma: "a spokesperson for Defra, speaking for …, said:")
    after_role = re.compile(
        rf"\s+(?:{links})\s+(?:{_body_name(lex)}|{determiner}{_AGENCY_LETTERS}|[{CAPITALS}][{SMALLS}]++(?=,))"
    )
    rest = re.compile(rf"(?:\s+(?:(?:{_BODY_JOINERS})\s+(?:{_ELIDED_ARTICLE})?)?[{CAPITALS}][\w’'&.\-]*){{1,5}}")
    return after_role, rest


def _credit_phrases(lex: Lexicon) -> str:
    """The lexicon's ``credits_after`` as a regex, a phrase's closing article left to the speaker after it ("per(?=
    the)": "per the guild" credits "the guild", a description, as "according to the guild" does), or one that never
    matches."""
    parts = []
    for phrase in sorted(lex.credits_after, key=lambda p: (-len(p), p)):
        head, _, last = phrase.rpartition(" ")
        if head and last in lex.determiners:
            parts.append(rf"{phrases([head])}(?=\s+{re.escape(last)}\s)")
        else:
            # (a phrase of no article before a name in capitals only: "per Dunedin City Council", never "per cent")
            parts.append(rf"{phrases([phrase])}(?=\s+[{CAPITALS}])")
    return "|".join(parts) or "(?!)"


def _credited_body(lex: Lexicon) -> str:
    """A body's name credited after "according to" that a description or a name run reads short (see ``_build``),
    perhaps after its article (see ``_kind_named``)."""
    kind_named = _kind_named(lex)
    if kind_named == "(?!)":
        return kind_named
    determiner = rf"(?:(?:{_alternation(lex.determiners)})\s+|{_ELIDED_ARTICLE})?"
    return rf"{determiner}(?P<who>{kind_named})"


def _kind_named(lex: Lexicon) -> str:
    """A body's name opened by its kind noun capitalised (lexicon ``organisation_words``), more capitalised words, then
    up to two complements in lower case ("des pêcheurs") and one to three closing on capitalised words ("de la
    Baie-Égmont", "de Origen Mahón-Menorca"); or a pattern that never matches. Bounded: linear."""
    kinds = sorted(w for w in lex.organisation_words if w.isalpha())
    spaced = [w for w in lex.complement_words if w[-1].isalpha()]
    elided = [w for w in lex.complement_words if not w[-1].isalpha()]
    if not kinds or not spaced:
        return "(?!)"
    link = rf"\s+(?:(?:{_alternation(spaced)})\s+" + (rf"|(?:{_alternation(elided)}))" if elided else ")")
    article = rf"(?:(?:{_alternation(w for w in lex.articles if w[-1].isalpha())})\s+|{_ELIDED_ARTICLE})?"
    capitals = rf"[{CAPITALS}][\w’'\-]*+(?:\s+[{CAPITALS}][\w’'\-]*+){{0,3}}"
    lower = rf"{link}{article}{_LOWER_WORD}"
    return (
        rf"(?=[{CAPITALS}])(?i:{_alternation(kinds)})(?![\w’'\-])(?:\s+[{CAPITALS}][\w’'\-]*+){{0,3}}"
        rf"(?:{lower}){{0,2}}(?:{link}{article}{capitals}){{1,3}}"
    )


@per_language
def body_cue(code: str) -> re.Pattern[str]:
    """A cue right after a quote that credits the body named after it (lexicon ``body_cues``, and "according to"): the
    cue, then a document and its link ("la orden de", "un communiqué de", "the programme of"), or words of place after
    a cue of no subject but an impersonal one ("heißt es vom", "fait-on savoir du côté de"), then the body's name whole,
    opened by its kind noun and over its complements, or capitalised words (a kind noun in lower case before them is
    left out: "la société| Transports Morin"). "who" is the body, never the document, nor the person quoted before:
    "„…“, heißt es vom Tiefbauamt Winterthur", "«…», reza la orden de la Consejería de Obras Públicas". One word is a
    body only where the caller finds a body's noun in it ("vom Landratsamt"). Anchored: one place is tried."""
    lex = LEXICONS[code]
    if not lex.body_cues:
        return re.compile(NEVER)
    # (the cues of no subject but an impersonal one, "heißt es", "indique-t-on", are followed by where the words came
    # from; a cue of a subject is followed by its addressee: "précise au Télégramme Jean Morin")
    dummies = {c.rsplit(maxsplit=1)[-1] for c in lex.impersonal_cues} | lex.impersonal_subjects
    impersonal = [c for c in lex.body_cues if dummies & set(re.split(r"[\s\-]", c))]
    cues = [c for c in (*lex.body_cues, *lex.according_to) if c not in impersonal]
    places = sorted({*lex.impersonal_places, *lex.source_links})
    determiner = rf"(?:(?:{_alternation(lex.articles | lex.determiners)})\s+|{_ELIDED_ARTICLE})?"
    publication = rf"(?:(?:{_alternation(lex.publication_links)})\s+)?" if lex.publication_links else ""
    document = (
        rf"{publication}{determiner}(?:{_LOWER_WORD}\s+)?(?i:{_alternation(lex.document_nouns)})\s+"
        rf"(?:{_alternation(lex.body_links)})\s+"
    )
    placed = rf"(?:(?:{phrases(places)})\s+|{document})" if places else document
    lead = rf"(?:{phrases(cues)})\s+{document}" if cues else "(?!)"
    if impersonal:
        lead = rf"(?:{lead}|(?:{phrases(impersonal)})\s+{placed})"
    # (or an article, the body, and a postposition of "according to" closing the credit: "„…“, dem Landratsamt
    # Emmendingen zufolge.", "der Polizei zufolge", lexicon ``according_after``)
    if lex.according_after:
        lead = rf"(?:{lead}|(?P<postposed>{_alternation(lex.articles | lex.determiners | lex.object_articles)})\s+)"
    kinds = _alternation(w for w in lex.organisation_words if w.isalpha() and w.islower())
    closing = rf"(?(postposed)\s+(?:{phrases(lex.according_after)})(?![\w’'\-]))" if lex.according_after else ""
    return re.compile(
        rf"^[\s,;:]*(?:{lead}){determiner}(?:(?:{kinds})\s+(?=[{CAPITALS}]))?"
        rf"(?P<who>{_kind_named(lex)}|{_BODY_WORDS % 0})(?<!\.){closing}(?=\s*[.,;!?]|\s*$)"
    )


def _oblique_body(lex: Lexicon) -> str:
    """A body's name credited after "according to" and an article no subject takes (lexicon ``object_articles``,
    ``genitive_links``: "laut dem Hütehundverein Lüneburger Heide", "nach Angaben des Deutschen Wetterdienstes"),
    which no determiner of a description opens; or ``NEVER``."""
    obliques = sorted({*lex.object_articles, *lex.genitive_links})
    # (a stop closing the credit is no abbreviation's: "laut dem Verein Tafel Nord." is "Verein Tafel Nord")
    return rf"(?:{_alternation(obliques)})\s+(?P<who>{_BODY_NAME})(?<!\.)" if obliques else NEVER


def _elided_objects(lex: Lexicon) -> list[str]:
    """The object pronouns a language elides onto its verb ("l'", "m'": "Odile Ferrand l'assure :"), sorted; none in a
    language that elides nothing."""
    return sorted({e for e in lex.elisions if len(e) == 2 and e[0] in "lm"} | {"l’", "m’"}) if lex.elisions else []


@per_language
def body_subject(code: str) -> re.Pattern[str]:
    """A body's whole name, perhaps after its article, ending where the search ends (a cue verb, perhaps after an object
    pronoun written onto it: "La Coopérative des Salines de Mesquer l'|affirme"): the subject read over its small words,
    which a description's complement reads one or two words of."""
    lex = LEXICONS[code]
    elided = _elided_objects(lex)
    glued = rf"(?:{_alternation(elided)})?" if elided else ""
    determiner = rf"(?:(?:{_alternation(_capitalised(tuple(lex.determiners)))})\s+|{_ELIDED_ARTICLE})?"
    return re.compile(rf"(?<![\w’'])(?P<who>{determiner}{_BODY_NAME})\s+{glued}\Z")


@per_language
def joined_body_parts(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The parts of a body's name on each side of an "and" in it (lexicon ``and_words``): before it, the body's noun,
    its "of" part and up to three capitalised words right before the "and", commas perhaps between them ("Department
    of Transport and| Main Roads", "Ministry of Agriculture, Forestry and| Fisheries", "Departamento de Trabajo e|
    Industrias"); after it, up to four capitalised words, the last the body's noun ("South
    Eastern Rivers| and Wetlands Authority"). The noun is the group ``noun``, for the caller to check."""
    lex = LEXICONS[code]
    ands = _alternation(w for w in lex.and_words if w.isalpha())
    links = _alternation(lex.of_links)
    word = rf"[{CAPITALS}][\w’'\-]*+"
    # (the "of" part may list its fields with commas: "Ministry of Agriculture, Forestry and| Fisheries")
    before = re.compile(rf"(?<![\w’'\-])(?P<noun>{word})\s+(?:{links})\s+(?:{word},?\s+){{1,3}}(?:{ands})\s+\Z")
    after = re.compile(rf"\s+(?:{ands})\s+(?:{word}\s+){{0,3}}(?P<noun>{word})(?![\w’'\-])")
    return before, after


@per_language
def contracted_body_rest(code: str) -> re.Pattern[str]:
    """The rest of a body's name after its first capitalised words where a preposition and its article in one word
    (lexicon ``name_contractions``) stand inside it as well as its joiners ("l'association Droit| au Toit Douaisien"),
    or a pattern that never matches."""
    lex = LEXICONS[code]
    if not lex.name_contractions:
        return re.compile(NEVER)
    small = "|".join(re.escape(w) for w in sorted({*NAME_JOINERS, *lex.name_contractions}, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:\s+(?:(?:{small})\s+(?:{_ELIDED_ARTICLE})?)?[{CAPITALS}][\w’'&.\-]*){{1,5}}")


@per_language
def body_of_kind(code: str) -> re.Pattern[str]:
    """What a body named by its kind is of, after the cue's span ("la préfecture| de la Martinique", "the council| of
    Elmsbury"): a link and a name, one capitalised word or more (a place)."""
    lex = LEXICONS[code]
    links = _alternation(lex.body_links) if lex.body_links else "(?!)"
    determiner = rf"(?:(?:{_alternation(lex.determiners)})\s+|{_ELIDED_ARTICLE})?" if lex.determiners else ""
    return re.compile(rf"\s+(?:{links})\s+{determiner}{_BODY_WORDS % 0}")


def _build(lex: Lexicon) -> Grammar:
    separable = [form for forms in lex.separable_cues.values() for form in forms]
    verbs = _cue_alternation(lex.cue_phrases, set(lex.cue_verbs) | set(separable))
    verb = rf"(?P<verb>\b(?:{verbs})\b)"
    # (each form as the pattern reads it: a phrase's words are matched from its first word, then white space)
    forms = {*lex.cue_verbs, *separable, *(phrase.split()[0] for phrase in lex.cue_phrases)}
    # An appositive may also open on a capitalised title ("Anna Berg, Chief Executive, said") or an
    # owner ("Tad Devine, Sanders's chief strategist, said").
    titles = _alternation({w.capitalize() for w in lex.titles if w.isalpha()})
    owner = r"[A-Z][\w.\-]*(?:[’']s|s[’'])\s"  # ("Sanders’ campaign manager": a plural owner too)
    # (or a party and its place: "Peter T. King, Republican of New York, said")
    owner = rf"{owner}|[A-Z][a-z]+\s(?:{_alternation(lex.complement_words)})\s" if lex.complement_words else owner
    # (or a party and its state: "Sen. Ron Johnson, R-Wis., said")
    owner = rf"{owner}|[A-Z]-[A-Z]"
    # (or, in a language that capitalises its nouns, a noun and a word in lower case: "Ihr Sohn Florian Negele, Landwirt
    # wie sie, sagte", whose "sie" is no subject)
    owner = rf"{owner}|[{CAPITALS}][{SMALLS}]+\s(?=[{SMALLS}])" if lex.capitalised_nouns else owner
    # (or a role in capitals, as firms write them: an acronym, perhaps after a body's words ("CEO of Fieldstone", "VP
    # analyst at Gartner", "Fieldstone CEO", "PDG de Valmont"), or a title after capitalised words ("Managing Director
    # of Fieldstone", "Senior Vice President"), which would otherwise leave the verb's subject the last name before it)
    capitalised = rf"(?:[A-Z][\w&-]*\s){{0,{CAPITALISED_ROLE_WORDS}}}"
    owner = rf"{owner}|{capitalised}[A-Z]{{2,5}}\b(?![.’'])"
    opening = rf"(?:[a-z0-9(]|{owner}|{capitalised}(?:{titles})\b)" if titles else rf"(?:[a-z0-9(]|{owner})"
    appositive = APPOSITIVE.replace("[a-z0-9(]", opening)
    # Listed adverbs never end in the suffix, so each word is read one way only (linear matching).
    listed = [w for w in lex.cue_adverbs if not (lex.adverb_suffix and w.endswith(lex.adverb_suffix))]
    suffix = rf"\w+{lex.adverb_suffix}|" if lex.adverb_suffix else ""
    # (an object pronoun that is a possessive too owns a capitalised noun after it, where nouns are capitalised: "sagte
    # ihr Mann" is her husband, no "Mann" told something; "sagte ihr der Arzt" is told her)
    owning = sorted(w for w in listed if w in lex.possessives) if lex.capitalised_nouns else []
    words = _alternation(w for w in listed if w not in owning) + (
        rf"|(?:{_alternation(owning)})(?!\s+[{CAPITALS}])" if owning else ""
    )
    # (an object pronoun before a capitalised word, where nouns are capitalised, is the verb's object and no subject:
    # "Am Montag bezeichnete es Ortsvorsteher Uwe Hentschel als „…“", a verb-second sentence's subject after it)
    objects = sorted(w for w in lex.back_cue_objects if w.isalpha()) if lex.capitalised_nouns else []
    words += rf"|(?:{_alternation(objects)})(?=\s+[{CAPITALS}])" if objects else ""
    adverbs = rf"(?:(?:{suffix}{words})\s+){{0,{_MAX_ADVERBS}}}" if listed or suffix else ""
    # An elided object pronoun glued to the verb: "Odile Ferrand l'assure :", "La maire l'a répété :".
    elided = _elided_objects(lex)
    if elided:
        adverbs = rf"{_optional(_alternation(elided))}{adverbs}{_optional(_alternation(elided))}"
    # A clause word is a word of its own, not the head of a compound ("sous" of "le sous-préfet"); a subordinator opens
    # a clause too ("“…”, its lowest level since records began": no description "its lowest level since records").
    clause = rf"(?:{_alternation(lex.clause_words | lex.subordinators)})(?![\w’'\-])"
    # "I" only capitalised: a lower-case "i" is a typo or a list item, never a speaker.
    pronouns = _capitalised(tuple(w for w in lex.subject_pronouns if w != "i"))
    pronoun = rf"(?:{_alternation(pronouns)}|I)" if pronouns else "(?!)"
    # (someone the text leaves unnamed speaks like a pronoun: "Someone in the gallery shouted “...”")
    if lex.indefinite_people:
        pronoun = rf"(?:{pronoun}|{_alternation(_capitalised(tuple(lex.indefinite_people)))})"
    # (a demonstrative stands for one of the people named last: "Ce dernier a répondu", "said the latter"; one opening
    # on an article is read as a description, and one that is also a determiner only before its verb: "Esta aseguró:",
    # never "dijo esta semana")
    demonstratives = [d for d in lex.demonstratives if d.split()[0] not in lex.determiners]
    pointing = [d for d in demonstratives if d not in lex.demonstrative_determiners]
    pointed = rf"|{_alternation(_capitalised(tuple(pointing)))}" if pointing else ""
    pointed_first = rf"|{_alternation(_capitalised(tuple(demonstratives)))}" if demonstratives else ""
    openers = _alternation(_capitalised(tuple(lex.determiners)))
    # An elided determiner is written onto its noun: "l'ancienne procureure".
    glued = _capitalised(tuple(d for d in lex.determiners if d.endswith("'")))
    glued += tuple(d.replace("'", "’") for d in glued)
    # (one of many opens a description as a determiner does, over a link word the description reads no further over:
    # "l'un de| ses conseillers", "uno de| sus asesores", "einer der| Berater"; lexicon ``partitives``)
    spaced = _alternation(_capitalised(tuple(d for d in (*lex.determiners, *lex.partitives) if not d.endswith("'"))))
    determiner = rf"(?:(?:{spaced})\s+|(?:{_alternation(glued)}))" if glued else rf"(?:{spaced})\s+"
    description = (
        determiner + r"(?:of\s+(?:the|those|these|his|her|their|its)\s+|)"
        rf"(?:(?!{clause})[\w’'&.\-]++\s+){{0,5}}"
        rf"(?!{clause}|(?:{openers})\b)(?>[\w’'&\-]*\w)"  # (never ending on a determiner: "that the")
    )
    # A name after its role: "Trump campaign spokeswoman Hope Hicks", "former FBI agent Timothy Gill".
    # (never opened by a preposition: "under Mr. Putin" is an object)
    not_role = rf"(?!{clause}|(?:{_alternation(lex.prepositions)})(?![\w’'\-]))"
    # (a weekday or a month is no name after words: "issued a statement Tuesday")
    dates = rf"(?!(?i:{_alternation(lex.date_words)})\b)" if lex.date_words else ""
    # (a role may hold what it is of, one word in lower case with no article: "said chief of staff John Kelly",
    # "former secretary of state Hillary Clinton said"; not "the mayor of Kendal Ann Cole", nor "un portavoz de la AVM",
    # "l'élu de la Manche", "la cuisinière de l'école Jules-Ferry", "un habitant du quartier Battant", whose
    # descriptions end at the link)
    of_words = [w for w in lex.complement_words if w.isalpha() and w not in lex.contracted_articles]
    role_link = (
        rf"(?:(?:{_alternation(of_words)})\s+(?!(?:{_alternation(lex.determiners)})\s)(?=[^\W\d_{CAPITALS}][^\W\d_]*\s)|)"
        if of_words
        else ""
    )
    # (nor does a preposition stand among the role's words, other than one of what the role is of: "sagte Ömer Demir
    # gegenüber einem Reporter" is Demir's, who spoke to a reporter, never a role "Ömer Demir gegenüber einem" before
    # a name "Reporter"; "Secretary of State Hillary Clinton" keeps its "of")
    inner = lex.clause_words | lex.subordinators
    inner |= lex.prepositions - set(lex.complement_words) - set(lex.contracted_articles)
    role_clause = rf"(?:{_alternation(inner)})(?![\w’'\-])"
    role_name = rf"{not_role}(?:(?!{role_clause})[\w’'.\-]++\s+{role_link}){{1,4}}?{dates}{_NAME_RUN}"
    # A named group: "Richmond police", "White House officials" (no determiner, so no description).
    # Not before a role and a name: "Clinton campaign manager Robby Mook" is Mook, not the campaign.
    roles = _alternation({w for w in lex.titles | lex.role_nouns if w.isalpha() and w.islower()})
    group = (
        rf"{_NAME_RUN}\s+(?:{_alternation(lex.group_nouns)})\b(?!\s+(?:[a-z]+\s+)?(?:{roles})\b)"
        if lex.group_nouns
        else "(?!)"
    )
    # A name may open on the article of its title: "said the Bishop of Elmsbury, the Rt Rev Rowan de la Cour".
    titled = rf"(?:(?:{_alternation(lex.definite)})\s+(?=[{CAPITALS}])|)"
    # Two people credited together: "reply Burton and Nick".
    names = rf"{_NAME_PHRASE}(?:\s+and\s+{_NAME_RUN}|)"
    # What a description is of, before its verb: "the leader of the council said", "la candidate de gauche a été
    # précise :", "El mayor de los hermanos asegura:", "Der Bürgermeister der Stadt sagte:" (one or two words).
    # (a word and a space, or an elided one glued to the next: "de la ville", "d'Ajaccio")
    linked = [rf"\s+(?:{_alternation(w for w in lex.complement_words if w[-1].isalpha())})\s+"]
    elided_links = [w for w in lex.complement_words if not w[-1].isalpha()]
    linked += [rf"\s+(?:{_alternation(elided_links)})"] if elided_links else []
    complement = (
        rf"(?:{'|'.join(linked)})"
        rf"(?:(?:{_alternation(lex.determiners)})\s+|)(?!{clause}|(?:{_alternation(lex.determiners)})\s)[\w’'\-]+"
        rf"(?:\s+(?!{clause})[\w’'\-]+|)"
        if lex.complement_words
        else ""
    )
    person_nouns = lex.titles | lex.role_nouns | lex.male_titles | lex.female_titles
    persons = _alternation({w for w in person_nouns if w.isalpha()})
    # (a second role joined to the speaker by "and" before the verb, with no article: one person, whom the first part
    # names: "the Florida senator and Republican presidential candidate said", "le sénateur et candidat républicain a
    # déclaré", "der Senator und Kandidat sagte"; not "the mayor and the police chief said", two people)
    ands = [w for w in lex.and_words if w.isalpha()]
    trailing = rf"(?:\s+[^\W\d_{CAPITALS}][\w’'\-]*|)" if lex.postnominal_adjectives else ""
    conjoined = (
        rf"(?:\s+(?:{_alternation(ands)})\s+(?!(?:{_alternation(lex.determiners)})\s)(?:[\w’'\-]+\s+){{0,3}}?"
        rf"(?{'i' if lex.capitalised_nouns else ''}:{persons})(?![\w’'\-]){trailing}|)"
    )
    # (a demonstrative determiner and a noun for a person: "Dicho funcionario respondió", "this official told")
    determined = _alternation(_capitalised(tuple(lex.demonstrative_determiners - set(lex.determiners))))
    demonstrated = rf"|(?:{determined})\s+(?:{persons})" if determined else ""
    # (an unnamed spokesperson and the body they speak for, whole before the verb: "“…,” a spokeswoman for the Harbour
    # Commission said", "a spokesman for the PHB said"; a description's words stop at the link)
    voices = {form for form, role in lex.role_forms.items() if role in lex.voice_roles} | set(lex.voice_roles)
    # (or, where a noun's modifiers come before it and are no compound's, the body's whole name before the role: "the
    # Ministry of Foreign Affairs spokesperson said", which a description, ending at its "of", leaves to no one; read
    # once, never given back word by word: a role in lower case is no word of a name, so only the whole name is
    # followed by it, and this alternative is tried after every determiner before a capital)
    prenominal = voices and not lex.postnominal_adjectives and not lex.capitalised_nouns
    named_voice = rf"|(?>{_BODY_NAME})\s+(?:{_alternation(voices)})\b" if prenominal else ""
    voiced = (
        rf"{determiner}(?:(?:{_alternation(voices)})\s+(?:{_alternation(lex.body_links)})\s+"
        rf"(?:{_body_name(lex)}|(?:(?:{_alternation(lex.determiners)})\s+)?{_AGENCY_LETTERS}){named_voice})"
        if voices and lex.body_links
        else "(?!)"
    )
    # A description and the name it gives, set off by commas: "the assailant, John McGraw, told", "el director regional
    # del Servicio Electoral, Tomás Ibáñez,".
    described_name = rf"{description}{_optional(complement)},\s+{_NAME_PHRASE}(?=,\s)"
    # A document and its author after a participle: "a court document filed by state attorney Dave Aronberg", "un
    # communiqué publié par la mairie de Rennes" (the author speaks for it: ``quotes._mention``)
    authored = (
        rf"{determiner}(?:[\w’'\-]+\s+){{0,2}}?(?:{_alternation(lex.document_nouns)})\s+"
        rf"(?:{_alternation(lex.authored_participles)})\s+(?:{_alternation(lex.agent_links)})\s+"
        rf"(?:{titled}{_NAME_PHRASE}|{role_name}|{description}{_optional(complement)})"
        if lex.document_nouns and lex.authored_participles and lex.agent_links
        else "(?!)"
    )
    speaker = _live(
        rf"(?P<who>\b(?:{pronoun}{pointed_first}{demonstrated})\b|\b{group}|\b{_NAME_PHRASE}{_PARENTHETICAL}"
        rf"|\b{voiced}|\b{authored}|\b{description}{_optional(complement)}|\b{described_name}|\b{role_name}{_PARENTHETICAL})"
    )
    # After a verb the speaker runs to the end of its name: "said Virginia delegate Beau Correll".
    greedy_role_name = role_name.replace("{1,4}?", "{1,6}")
    # A document and the publication it ran in: "reads a Wednesday editorial in The Des Moines Register" (who speaks)
    published = (
        rf"{determiner}(?:[\w’'\-]+\s+){{0,2}}?(?:{_alternation(lex.document_nouns)})\s+"
        rf"(?:{_alternation(lex.publication_links)})\s+{_body_name(lex)}"
        if lex.document_nouns and lex.publication_links
        else "(?!)"
    )
    # (a description with what it is of, in lower case or an age: "avanzó el cap de colla", "said the leader of the
    # council", "confie la jeune femme de 29 ans"; not a name: "el alcalde de Bédar" is "el alcalde", the name a place)
    lower_complement = complement.replace(r"[\w’'\-]+", rf"[^\W_{CAPITALS}][\w’'\-]*")
    if lex.complement_words and not lex.capitalised_nouns:
        # (or a name, of a place or a body, the description is of: "dijo el responsable de Salvamento Marítimo", "a
        # rétorqué l'élu de la Manche", "said the mayor of Kendal": the description as written, whole; where every
        # noun is capitalised a capital tells no name, and "der" may open the addressee: "sagte der Sprecher der
        # Nachrichtenagentur")
        # (up to five words: a portfolio and the holder's name after it, "dijo el ministro de Asuntos Exteriores José
        # Manuel Albar", whom ``quotes._resolve`` credits)
        named = complement.split("(?!", 1)[0] + rf"[{CAPITALS}][\w’'\-]*+(?:\s+[{CAPITALS}][\w’'\-]*+){{0,4}}"
        lower_complement = rf"(?:{lower_complement}|{named})"
    if lex.genitive_links:
        # (a genitive's noun, capitalised, maybe after an adjective: "sagte die Leiterin des (städtischen) Fundbüros";
        # not before a name, where the description ends: "die Vorsitzende des Imkervereins Emmendingen")
        genitive = (
            rf"\s+(?:{_alternation(lex.genitive_links)})\s+(?:[^\W\d_{CAPITALS}][\w’'\-]*\s+)?[{CAPITALS}][\w’'\-]*+"
            rf"(?!\s+[{CAPITALS}])"
        )
        lower_complement = rf"(?:{genitive}|{lower_complement})"
    # (a capitalised word before a role noun describes the role: "says the Shropshire grandmother who ...", "said a
    # Texas rancher"; with a name after it, the name speaks: "said the Labour leader Keir Starmer")
    modified_role = rf"{determiner}(?:[{CAPITALS}][\w’'\-]*+\s+){{1,2}}(?:{persons})\b(?!\s+{_NAME_WORD})"
    # (a wife called by her husband's surname: "cuenta la señora de Cedeño")
    married = rf"{determiner}(?:{_alternation(lex.married_name_titles)})\s+de\s+{_NAME_RUN}"
    married = married if lex.married_name_titles else "(?!)"
    # (a description and the name it goes by: "said the base chief known as Bob", "dijo un hombre conocido como Bob")
    naming = lex.naming_words | lex.known_as_phrases
    # (or a second description set off after the first, the naming word closing it: "explicó el ganador del segundo
    # lugar, un muchacho de noveno año de San Rafael llamado Kendall Rojas", structure62)
    # (its words may hold prepositions, "de noveno año de San Rafael", never a clause's opening)
    clause_openings = _alternation(lex.subordinators | lex.relative_pronouns | lex.comma_relatives)
    apposed = (
        rf"(?:,\s+{determiner}(?:(?!(?:{clause_openings})(?![\w’'\-]))[\w’'&.\-]++\s+)"
        rf"{{0,{_APPOSED_DESCRIPTION_WORDS}}}?)?"
    )
    known_as = (
        rf"{description}{_optional(lower_complement)}(?:{apposed}|,?\s+)(?:{phrases(naming)})\s+(?:(?:{_alternation(lex.definite)})\s+|){_NAME_RUN}"
        if naming
        else "(?!)"
    )
    speaker_after_verb = _live(
        rf"(?P<who>\b(?:{pronoun}{pointed}{demonstrated})\b|\b{group}|\b{modified_role}|\b{greedy_role_name}"
        rf"{_PARENTHETICAL}|(?:\b|(?=['’])){names}{_PARENTHETICAL}|\b{published}|\b{married}|\b{known_as}|\b{authored}"
        rf"|\b{description}{_optional(lower_complement)})"
    )
    # Between an inverted cue verb and its speaker: a time ("mardi soir", "el martes", "Tuesday") or a
    # short phrase of place or addressee ("a la prensa", "devant les élus"), at most two of them.
    adjunct = _adjunct(lex)
    according = phrases(lex.according_to) or "(?!)"
    object_pronoun = _alternation(_capitalised(tuple(w for w, p in lex.pronouns.items() if p.person == 3)))
    # (after "according to" a pronoun takes its object form: "selon lui", "according to him")
    # (and a document of a body or of people named in lower case: "Selon le rapport de la station de pilotage,", "Laut
    # dem Bericht der Feuerwehr „…“": see Cast._issuer)
    according_speaker = speaker.replace(
        "(?P<who>", rf"(?P<who>\b(?:{object_pronoun})\b|\b{_document_owner(lex)}(?![\w’'\-])|", 1
    )
    credits_after = _credit_phrases(lex)
    # (a role and the name apposed to it, after the phrase: "according to its director of operations, Fiona Grady", "en
    # palabras del regidor de Cultura, Martín Quispe," whose article the phrase's "del" holds)
    according_role = rf"\s+(?P<role>(?:[\w’'.&\-]+\s+){{0,8}}?[\w’'\-]+),\s+(?P<who>{_NAME_RUN})"
    # (a role after the frame's link of "of" and an article in one word: "En palabras del alcalde, «…»", "Selon les
    # mots du maire :", "Mit den Worten des Bürgermeisters:"; the frame written without its link: "en palabras")
    # (none in a language with no such article: ``NEVER``)
    contracted = _alternation(tuple(lex.contracted_articles))
    frames = {p.rsplit(" ", 1)[0] if p.rsplit(" ", 1)[-1] in lex.contracted_articles else p for p in lex.according_to}
    linked_frame = (
        rf"(?i:{phrases(frames)})\s+(?P<who>(?i:{contracted})\s+(?:[^\W\d_][\w’'\-]*\s+){{0,2}}?[^\W\d_][\w’'\-]*)"
        if lex.contracted_articles and frames
        else NEVER
    )
    # “...,” said Rutte / “...,” said NATO's Mark Rutte / “...,” says a source
    # (not a participle or a clause: “...,” emphasizing that this ...)
    verb_speaker = re.compile(
        rf"{_LEAD}{adverbs}(?!\w+ing\b){verb}\s+{adjunct}{adverbs}(?!(?:that|this|these|those)\b){speaker_after_verb}"
    )
    # A short phrase of the document the words came in, between a subject and its verb ("The hospital in a short
    # statement said", "L'hôpital dans un bref communiqué a déclaré", "El hospital en un breve comunicado afirmó")
    aside = (
        rf"(?:,?\s+(?:{_alternation(lex.prepositions)})\s+(?:(?:{_alternation(lex.determiners)})\s+|)"
        rf"(?:[\w’'\-]+\s+){{0,2}}?(?i:{_alternation(lex.document_nouns)})\b|)"
        if lex.document_nouns
        else ""
    )
    # “...,” Rutte said / “...,” he told reporters / “...,” Rutte, who ..., said / “...,” the host said
    # (not a verb before a role: "White House press secretary Josh Earnest said"; nor a participle, which makes no
    # clause: "“...” some protesters chanted, as they marched. Others, reacting to it, shouted")
    speaker_verb = re.compile(
        rf"{_LEAD}{speaker}{conjoined}{appositive}{aside},?\s+{adverbs}(?!\w+ing\b){verb}(?!\s+(?:{roles})\b)"
    )
    # “...,” said Acme's operations director, Jo Bloggs / said the company's chief executive, Jo Bloggs
    # (the role is checked to end in a title or role noun)
    # (the name may follow its article and what the person is, in lower case: "dijo el coautor del estudio, el biólogo
    # Rubén Almansa,", "said the co-author, the biologist Ruth Allen,"; in German the noun is capitalised and read as
    # a description already; or with no article, a role noun: "said the introducer, actress Jane Curtis", "a déclaré son
    # porte-parole, l'avocat Jean Curtis", which the caller checks, ``quotes._role_fits``)
    trade = (
        rf"(?:(?:{_alternation(lex.definite)})\s+(?:[^\W\d_{CAPITALS}][\w’'\-]*\s+){{1,2}}?"
        rf"|[^\W\d_{CAPITALS}][\w’'\-]*\s+)(?=[{CAPITALS}])"
    )
    role_after_verb = re.compile(
        rf"{_LEAD}{adverbs}(?!\w+ing\b){verb}\s+{adjunct}{adverbs}(?P<role>(?:[\w’'.&\-]+\s+){{0,8}}?[\w’'\-]+),\s+"
        rf"(?P<who>{_optional(trade)}{titled}{_NAME_RUN})(?=\s*[.,;!?]|\s*$)"
    )
    # French inversion: « ... », a-t-il déclaré / « ... », explique-t-elle
    # (an object pronoun may come first: « ... », nous a-t-elle dit / m'a-t-il confié)
    # (an auxiliary ending in a consonant takes no "-t-": « ... », avait-elle expliqué / avaient-ils dit)
    # (an object or reflexive pronoun elided onto it: « ... », m'avait-il confié / s'était-elle exclamée)
    inverting = (
        rf"(?:\w+-t|(?:[mts]['’])?(?i:{_alternation(lex.inverted_auxiliaries)})"
        rf"|[mts]['’](?i:{_alternation(lex.reflexive_auxiliaries)}))"
        if lex.inverted_auxiliaries and lex.reflexive_auxiliaries
        else r"\w+-t"
    )
    inversions = (
        re.compile(rf"{_LEAD}{adverbs}{inverting}-(?P<who>{pronoun})\s+{adverbs}{verb}"),
        re.compile(rf"{_LEAD}{adverbs}{verb}(?:-t)?-(?P<who>{pronoun})\b"),
    )
    # «...», explica. / «...», admitió en rueda de prensa: a language that leaves the subject out (the verb stands
    # for it; the cast resolves it to whom the text is about)
    # (a capital after a preposition or a determiner opens a place's name, no subject: "del Tránsito de las Ballenas")
    leads = sorted({*lex.prepositions, *lex.determiners})
    named_place = "|".join(rf"(?<=\s{re.escape(w)}\s)" for w in leads if " " not in w)
    dropped_subject = re.compile(
        # (or lower-case words to the end of the cue: "—dice nada más sentarse."; not a subject: "gritaba una de ellas")
        # (an auxiliary or an adverb may come first: "«...», ha contado.", "«...», añadió luego.")
        rf"{_LEAD}{adverbs}(?P<who>{verb})(?=\s*(?:[.;:!?,]|$)|\s+(?:{_alternation(lex.prepositions)})\b"
        rf"|\s+(?!(?:{_alternation({*lex.determiners, *lex.indefinite})})\b)[^\W\d_{CAPITALS}]"
        rf"(?:[^{CAPITALS}.;:!?“”„\"«»—–]|(?:{named_place})[{CAPITALS}]){{0,60}}[.;!?]?\s*$)"
        if lex.pro_drop
        else NEVER
    )
    owned_role = rf"{NAME_RUN}(?:[’']s|(?<=s)[’'])\s+(?:[\w’'\-]+\s+){{0,3}}?[a-z][\w\-]*"
    # “...,” wird die Ministerin in der Pressemitteilung zitiert: the auxiliary, its subject, the participle closing it
    auxiliaries, participles = lex.passive_quoting
    passive_quoted = _auxiliary_first(
        rf"(?P<verb>{_alternation(auxiliaries)})" if auxiliaries else "",
        adjunct + speaker_after_verb,
        rf"\b(?:{_alternation(participles)})\b",
    )
    # „…“, hatte Museumsdirektorin Ulrike Hasselbach im Frühjahr angekündigt: in a verb-second language a perfect's
    # auxiliary comes first, its subject next, the cue's participle closing the clause
    perfect_inverted = _auxiliary_first(
        _alternation(lex.perfect_auxiliaries) if lex.verb_second and lex.perfect_auxiliaries else "",
        adjunct + speaker_after_verb,
        verb,
    )
    indefinite = _alternation(_capitalised(tuple(lex.indefinite)))
    dash_unnamed = (
        re.compile(
            rf"^[\s,]*[{DASHES}]\s*(?P<who>(?:{indefinite})\s+[^\W\d_][\w’'\-]*+(?:\s+(?!{clause})[\w’'\-]++){{0,4}})"
            rf"(?=[^\n]{{0,{_UNNAMED_CREDIT_CHARS}}}(?:\n|\Z))"
        )
        if lex.indefinite
        else re.compile(NEVER)
    )
    after = (
        role_after_verb,
        verb_speaker,
        passive_quoted,
        perfect_inverted,
        speaker_verb,
        # “...,” the harbourmaster, Ines Varga, said / “...,” Acme's chief executive, Jo Bloggs, said (the comma after
        # the name is often left out: "another friend, Mariam Emara told CNN")
        # (or an owner's role: "“...,” Sanders's campaign manager, Jeff Weaver, said")
        re.compile(rf"{_LEAD}(?:{description}|{owned_role}),\s+(?P<who>{_NAME_RUN}),?\s+{adverbs}{verb}"),
        *inversions,
        # “...” — Commissioner Lars Berg / “...”― Name
        re.compile(rf"^[\s,]*[{DASHES}]\s*(?P<who>{_NAME_PHRASE})"),
        # “...” — a harbour resident who asked not to be named / « … » — un éleveur du val d'Anniviers: someone the
        # text leaves unnamed credits it (no one), never the speaker of the item or the quote before
        dash_unnamed,
        # “...” (Shireen Davids, 67, fish seller): a vox pop's credit in parentheses, the name, then who they are (a
        # name alone there may be a term's gloss: "„Die Beste auf dem Feld“ (Wahl der Fans)")
        re.compile(rf"^\s*\((?P<who>{_NAME_RUN}),[^()\n]{{1,80}}\)"),
        # “...,” according to its director of operations, Fiona Grady (the role is checked as above; read before the
        # frame's own role, which would end at the comma: "«…», en palabras del concejal de Obras, Rosa Gil.")
        re.compile(rf"^[\s,;:]*(?:{according}){according_role}(?=\s*[.,;!?]|\s*$)"),
        # “...”, en palabras del alcalde. (before the frame's words are read as a description)
        re.compile(_unless_never(linked_frame, r"^[\s,;:]*{}(?=\s*[.,;!?]|\s*$)")),
        # “...,” according to a body named by its kind noun, over its complements to the name closing the credit:
        # "selon l'Association des pêcheurs de la Baie-Égmont.", "según el Consejo Regulador de la Denominación de
        # Origen Mahón-Menorca, que …" (a description stops at its first complement); a body's name after an article
        # no subject takes, in German: "laut dem Hütehundverein Lüneburger Heide." (the body, never the last speaker)
        re.compile(rf"^[\s,;:]*(?:{according}|{credits_after})\s+{_credited_body(lex)}(?=\s*[.,;!?]|\s*$)"),
        re.compile(_unless_never(_oblique_body(lex), rf"^[\s,;:]*(?:{according})\s+{{}}(?=\s*[.,;!?]|\s*$)")),
        # “...,” according to Rutte / „...“, so Merkel / “...,” according to a statement from the Harbour Trust
        # (and “...,” per a statement from the City of Abbotsford, “…,” per the guild: lexicon ``credits_after``, read
        # here only, its article the speaker's)
        # (set off by a dash too: "„…“ – so der einstige Porzellanmaler.", "« … » — selon l'ancien maire.")
        re.compile(rf"^[\s,;:]*(?:[{DASHES}]\s*|)(?:{according}|{credits_after})\s+{according_speaker}"),
        # „...“, Anna Berg zufolge. (a person's name before a postposition of "according to", lexicon
        # ``according_after``; a body's is read above)
        re.compile(
            rf"^[\s,;:]*(?P<who>{_NAME_RUN})\s+(?:{phrases(lex.according_after)})(?![\w’'\-])(?=\s*[.,;!?]|\s*$)"
            if lex.according_after
            else NEVER
        ),
        dropped_subject,
    )
    name_colon = re.compile(rf"(?P<who>{_NAME_PHRASE}){_PARENTHETICAL}\s*:\s*$")  # (also "Jo Cole (R-Ohio):")
    # A sentence of a possessive and a noun of what someone said, an adjective maybe between, before the colon opening
    # the quote ("Her answer:", "Su única pregunta:", "Sa réponse :", "Seine Warnung:"; the nouns of a saying and of an
    # interview's labels)
    owner_nouns = {w.lower() for w in (*lex.saying_nouns, *lex.question_labels, *lex.answer_labels) if len(w) > 1}
    # (or a possessive and any noun asked about, which the quote answers: "Son secret ? « … »", "¿Su secreto? «…»")
    # (the noun's complement and a short predicate may follow it: "His advice to young bakers:", "Seine Antwort auf
    # die Frage kommt auf Platt:", "Sa réponse tient en une phrase :"; ``quotes._owner_colon`` checks those words)
    owner_colon = re.compile(
        rf"(?:^|[.!?…][\"»”]?\s+)¿?(?P<who>{_alternation(_capitalised(tuple(lex.possessives)))})\s+"
        rf"(?:(?:[^\W\d_]+\s+)?(?:{_alternation(_capitalised(tuple(owner_nouns)))})"
        rf"(?P<rest>(?:,?\s+[^\s.!?;:“”„\"«»]+){{0,{_OWNER_REST_WORDS}}})\s*:"
        r"|[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\?)"
        r"\s*$"
        if lex.possessives and owner_nouns
        else NEVER
    )
    # (a manner may follow: "Lindgren's message was clear:"; and whom it was for, a complement of a few words in lower
    # case: "The minister's message to the outer islands was simple:"; or when it came: "The warden's answer came
    # next:")
    response = (
        r"(?:response|reply|answer|statement|message|verdict|advice)(?:\s+(?:to|for)(?:\s+[a-z][\w\-]*){1,4})?"
        r"\s+(?:was|read|said|came)(?:\s+[a-z]+){0,2}\s*:?\s*$"
    )
    according_opening = re.compile(rf"^\s*(?i:{according})\s+{according_speaker}\s*,")
    # Each with a cheap guard: the long pattern is only tried where its fixed words are (one guard object for the
    # "according to" patterns, searched once).
    before: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
        # En palabras del alcalde, «... / Selon les mots du maire : « ... (before the frame's words are read as a
        # description: "les mots du maire")
        (re.compile(rf"(?i:{contracted})\s"), re.compile(_unless_never(linked_frame, r"{}\s*[,:]?\s*$"))),
        # According to Rutte, “... (before a name and its colon: "Mit den Worten von Sevgi Arslan:" is hers, no
        # name "Worten von Sevgi Arslan")
        (re.compile(rf"(?i:{according})\s"), re.compile(rf"(?i:{according})\s+{according_speaker}\s*[,:]?\s*$")),
        (re.compile(r":\s*$"), name_colon),
        # Clinton’s response was: “... / The statement read: “...
        (re.compile(response), re.compile(rf"{speaker}(?:[’']s)?\s+{response}")),
        # According to the mayor, the sum “does not even cover ...” (the credit opens the quote's sentence)
        (re.compile(rf"^\s*(?i:{according})\s"), according_opening),
        # According to a statement from the Northern Valley Railway, “... / Selon la Compagnie des Îles du Ponant, « ...
        (re.compile(rf"(?i:{according})\s"), re.compile(rf"(?i:{according})\s+(?P<who>{_body_credit(lex)})\s*,\s*$")),
        # In the words of its director of operations, Fiona Grady, “... (the role is checked as after the quote)
        (re.compile(rf"(?i:{according})\s"), re.compile(rf"(?i:{according}){according_role}\s*,?\s*$")),
    )
    if lex.credits_after and lex.document_nouns and lex.body_links:
        # Per a statement from the Ministry of Culture, “… (a phrase of ``credits_after`` opening the sentence, in its
        # capitalised form, before a body's document named whole: never "per cent" in running text, nor "Per Andersson")
        # (a phrase of one word and its article: "Per a", not "As per a")
        heads = {p.split()[0] for p in lex.credits_after if all(w in lex.determiners for w in p.split()[1:])}
        opening = _alternation(sorted(h[:1].upper() + h[1:] for h in heads))
        before += (
            (
                re.compile(rf"^\s*(?:{opening})\s"),
                re.compile(rf"^\s*(?:{opening})\s+(?P<who>{_document_of(lex)}{_body_name(lex)})\s*,\s*$"),
            ),
        )
    # The speaker right before a cue verb. A relative clause may stand between them: "a White House
    # official who spoke anonymously said".
    # (a day may follow the adverbs: "Priebus later Thursday told Fox News:")
    days = rf"(?:(?i:{_alternation(lex.date_words)})\s+){{0,2}}" if lex.date_words else ""
    # (a clause closing on its verb may hold up to two phrases of place or time between its subject and the verb, each
    # a preposition, perhaps an article, and one or two words: "als der Bürgermeister in der Bürgerschaft erklärte:")
    # (the phrase's last word a capitalised noun, so that no verb is read into it; the caller checks that a
    # subordinator opens the clause: "die morgens ihre Tochter zur Kita bringt, sagt" is a relative clause's)
    closing = (
        rf"(?:(?P<closing>(?:\s+(?:{_alternation(lex.prepositions)})\s+(?:(?:{_alternation(lex.articles)})\s+|)"
        rf"(?:[^\W\d_{CAPITALS}][\w’'\-]*\s+|)[{CAPITALS}][\w’'\-]*){{1,2}})|)"
        if lex.verb_final_clauses
        else ""
    )
    subject = re.compile(
        rf"{speaker}{conjoined}{appositive}{aside}{closing}(?:\s+(?:who|whose)\s+[^,.!?“”„\"«»]{{1,100}}?|),?\s+{adverbs}{days}"
    )
    # Matched up to a cue verb already found (the gap may hold commas, so no appositive is needed; with
    # the verb's place known the engine never tries every verb at every place).
    # (the gap may hold an abbreviation's full stop: "deflected questions about Mr. Trump before saying,")
    abbreviated = r"(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\."
    sentence_subjects = tuple(
        re.compile(rf"{who}\s+(?:[^.!?“”„\"«»:]|{abbreviated}){{0,150}}?,?\s+")
        for who in (speaker, speaker_after_verb)  # names first, then role-led names: the longer wins
    )
    copulas = "|".join(r"\s+".join(map(re.escape, c.split())) for c in lex.copulas) or "(?!)"
    links = "|".join(r"\s+".join(map(re.escape, c.split())) for c in lex.quoting_links)
    marker = rf"(?:(?:{_alternation(lex.object_markers)})\s+)?" if lex.object_markers else ""
    quoted = (
        rf"{_word_alternation(lex.quoting_verbs)}\s+{marker}(?P<who>\b{object_pronoun}\b|{_NAME_PHRASE}|\b{description})"
        # ("quoting the mayor: “...”"; "quoted the ranch foreman, Jesse Oakes, as testifying:": the name set off after)
        rf"(?:,\s+{_NAME_PHRASE},|)(?:\s+(?:{links})\b|\s*:\s*$)"
        if links
        else NEVER
    )
    # "Trump issued a statement, “...", "released the following statement:", "issued a statement Tuesday saying,",
    # "released a video that said," (a document noun after at most three words, then at most three words and a cue)
    issued = (
        re.compile(
            rf"\b(?:{_alternation(lex.issuing_verbs)})\s+(?:[\w’'\-]+\s+){{0,3}}?(?i:{_alternation(lex.document_nouns)})\b"
            rf"(?:\s+[\w’'\-]+){{0,3}}?(?:\s+(?:\w+\s+)?(?:{verbs}))?\s*[,:]?\s*$"
        )
        if lex.issuing_verbs and lex.document_nouns
        else re.compile(NEVER)
    )
    # (a regional variety's cue is tried first: it fails on the cue's first word unless a regional form opens it)
    regional = _regional_cue(lex)
    after_cues: tuple[re.Pattern[str], ...] = (regional, *after)
    # (the cues that open on their verb: inserted in a quote, or the verb first after it)
    verb_first = (regional, role_after_verb, verb_speaker, *inversions, dropped_subject)
    return Grammar(
        lexicon=lex,
        verbs=verbs,
        any_verb=re.compile(verb),
        verb_heads=frozenset(form[:3] for form in forms if len(form) >= 3),
        short_verbs=tuple(sorted(form for form in forms if len(form) < 3)),
        inverting=lex.inverted_auxiliaries | lex.reflexive_auxiliaries,
        adverb_words=frozenset(listed),
        regional_heads=lex.regional_auxiliaries | (lex.regional_cue_verbs - lex.cue_verbs),
        glued=tuple(elided),
        after=_possible(after_cues),
        after_subject_first=_possible(tuple(p for p in after_cues if p not in verb_first)),
        # « Les travaux, a-t-elle lancé, commenceront », «Las obras —añadió— empezarán» (a verb first: between commas a
        # subject first is as often the speaker's own clause, “He scores, he presses, he never stops”)
        inserted=_possible(verb_first),
        verb_speaker=verb_speaker,
        speaker_verb=speaker_verb,
        tag_speaker=re.compile(speaker_after_verb),
        tag_subject=re.compile(speaker),
        before=tuple((guard, pattern) for guard, pattern in before if pattern.pattern != NEVER),  # (as ``_possible``)
        name_colon=name_colon,
        owner_colon=owner_colon,
        according_opening=according_opening,
        subject=subject,
        sentence_subjects=sentence_subjects,
        in_sentence=re.compile(rf"{speaker}{appositive}\s+{adverbs}"),  # up to a verb found first
        # (a description before a name: "El mayor de ..." is no name "El")
        # (bounded white space, and never inside a word: linear wherever it is tried)
        opening=re.compile(
            rf"\s{{0,3}}(?<![\w’'&.\-])(?P<who>\b{description}|\b{pronoun}\b|\b{_NAME_PHRASE})(?=[\s,])"
        ),
        addressee=re.compile(rf"\b(?:{verbs}|to|with)\s+$"),
        # How the speaker spoke, in at most four words, then the colon that opens the quote.
        quoting=re.compile(quoted),
        copula_ends=frozenset(c.split()[-1] for c in lex.copulas),
        copula_before=re.compile(rf"\b(?:{copulas})\s+$"),
        # How the speaker spoke, in at most four words, then the colon that opens the quote (the subject
        # is matched before the copula, as a cue verb's is, or after it: "Dann war Ansbach deutlich:").
        manner_colon=re.compile(
            rf"\b(?:{copulas})\s+(?:(?P<who>{_NAME_RUN}|{pronoun})\s+)?(?P<manner>(?:[^\W\d_]+\s+){{0,3}}[^\W\d_]+)\s*:\s*$"
        ),
        leading_cue=re.compile(
            rf"^{speaker}{appositive}\s+{adverbs}(?P<verb>{verbs})\b(?:\s+that\b|)[\s,:]*(?P<content>.+)$", re.S
        ),
        middle_cue=re.compile(rf"^(?P<a>.+?),\s+{speaker}\s+{adverbs}(?P<verb>{verbs}),\s+(?P<b>.+)$", re.S),
        trailing_cue=re.compile(
            rf"^(?P<content>.+?),\s+(?:{speaker}\s+{adverbs}(?P<verb>{verbs})"
            rf"|(?P<verb2>{verbs})\s+{speaker.replace('(?P<who>', '(?P<who2>')})\W*$",
            re.S,
        ),
        issued=issued,
        # (an age ends where the cue does: at a comma, a stop or a dash; "Morvan, 71 fois, ..." holds none)
        apposed_age=re.compile(rf"\s{{0,3}},\s{{0,3}}(?:{_ages(lex)})(?=\s{{0,3}}(?:[,.;:!?{DASHES})]|$))"),
        work_nouns=lex.work_nouns | lex.sign_nouns,
    )


_NUMBER_MARK = re.escape("#")


def _ages(lex: Lexicon) -> str:
    """The forms of an age set after a name, longest first, then a number alone."""
    forms = sorted(lex.apposed_ages, key=len, reverse=True)
    return "|".join([*(re.escape(form).replace(_NUMBER_MARK, r"\d{1,3}") for form in forms), r"\d{1,3}"])


def _auxiliary_first(auxiliary: str, subject: str, closing: str) -> re.Pattern[str]:
    """A cue after a quote that opens on its auxiliary, then its subject, the participle ``closing`` the clause read
    ahead within the sentence ("wird die Ministerin … zitiert", "hatte Direktorin Anna Roth … angekündigt"); never
    matches when the language has no such auxiliary (``auxiliary`` empty)."""
    if not auxiliary:
        return re.compile(NEVER)
    return re.compile(rf"{_LEAD}(?:{auxiliary})\s+{subject}(?=[^.!?“”„\"«»]{{0,100}}?{closing})")


def _adjunct(lex: Lexicon) -> str:
    """Up to two time or place phrases between an inverted cue verb and its speaker (see :func:`_build`)."""
    times = (lex.date_words | lex.time_words) - lex.cue_adverbs
    if not times:
        return ""
    time = _alternation(times)
    lead = _alternation({*lex.determiners, *lex.prepositions} - {""})
    # A phrase of place or addressee is lower case after its preposition: the speaker opens on a
    # capital or a determiner, which a preposition never is.
    determiner = rf"(?:(?:{_alternation(lex.determiners)})\s+)?"
    # (the lower-case word is never a determiner: "in einer Mitteilung" is no place before the speaker "Mitteilung")
    not_determiner = rf"(?!(?:{_alternation(lex.determiners)})\b)"
    place = rf"(?:{_alternation(lex.prepositions)})\s+{determiner}{not_determiner}[^\W\d_{CAPITALS}][\w’'\-]*"
    if lex.compound_prepositions:
        # (a compound preposition's phrase, its word of place and a simple preposition (lexicon
        # ``compound_prepositions``), its noun perhaps with an adjective after it and no function word: "junto a un
        # sonómetro casero", "next to his stall", structure62)
        function_words = _alternation(lex.stopwords | lex.determiners | lex.prepositions)
        lower = rf"(?!(?:{function_words})\b)[^\W\d_{CAPITALS}][\w’'\-]*"
        compound = rf"(?:{_alternation(lex.compound_prepositions)})\s+(?:{_alternation(lex.prepositions)})"
        place = rf"(?:{place}|{compound}\s+{determiner}{lower}(?:\s+{lower})?)"
    # (or a news agency by its letters: "a déclaré à l'AFP le conservateur", "declaró a EFE el alcalde"; and a year
    # as a time: "avait assuré en 2024 la propriétaire", "aseguró en 2019 el alcalde")
    article = rf"(?:(?:{_alternation(lex.determiners)})\s+|{_ELIDED_ARTICLE})?"
    agency = rf"(?:{_alternation(lex.prepositions)})\s+{article}{_AGENCY_LETTERS}"
    time = rf"(?:(?i:{time})|{_YEAR})"
    # (or an outlet spoken to, by its name of two words or a hyphen, before a speaker opening on a determiner: "a
    # confié à Ouest-France le mareyeur", "declaró a Página 12 la docente", "contó a Diario Libre la vecina"; not one
    # word, a person's name as often: "«…», felicitó a Goikoetxea el alcalde" congratulates her)
    to = _alternation(lex.addressee_prepositions | lex.addressee_articles)
    outlet_word = rf"[{CAPITALS}][\w’'\-]*+"
    outlet_name = rf"(?:[{CAPITALS}][\w’']*+(?:-[\w’']++)++|{outlet_word}(?:\s+(?:{outlet_word}|\d{{1,4}}\b)){{1,3}})"
    outlet = (
        rf"(?:{to})\s+{article}{outlet_name}(?=,?\s+(?:{_alternation(lex.definite)})\s)"
        if to
        else NEVER
    )
    # (a month or day that is also a given name, capitalised before another capitalised word with no article or
    # preposition before it, is the speaker's first name: "contó Julio Méndez", "dijo Abril Sosa"; "dijo el martes el
    # alcalde", "aseguró en julio Urquiza" keep their time)
    named = sorted((w.capitalize() for w in times if w in lex.first_name_gender), key=lambda w: (-len(w), w))
    bare = rf"(?!(?:{'|'.join(named)})\s+[{CAPITALS}])" if named else ""
    return rf"(?:(?:(?:(?i:(?:{lead})\s+)|{bare}){time}(?:\s+{time})?|{place}|{agency}|{outlet}),?\s+){{0,2}}"


def separable_particle_missing(lex: Lexicon, verb: str, rest: str) -> bool:
    """Whether ``verb`` is the finite part of a separable cue ("fügte") whose particle is not in ``rest``."""
    particles = particles_of(lex, verb)
    return bool(particles) and not any(re.search(rf"\b{re.escape(p)}\b", rest) for p in particles)


def particles_of(lex: Lexicon, verb: str) -> list[str]:
    """The particles that close a separable cue whose finite part is ``verb`` ("hinzu" of "fügte")."""
    return [p for p, forms in lex.separable_cues.items() if verb in forms]
