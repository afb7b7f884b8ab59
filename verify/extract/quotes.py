"""Quotations in the article text and the speaker each is credited to.

Quote marks are paired per block by a small state machine (straight, curly,
guillemets, German „“, doubled apostrophes, and single quotes where the
article uses them for quotations); a stray mark never derails the rest of the
article. The cue ("Rutte said", "said Rutte", "he told reporters:", "—
Name", "according to X", "..., saying") is looked for after the quote and
before it, in the order the sentence makes likely, then anywhere in its
sentence. The part of a split quote after its cue ("A," she said, "B." or
"A," she said. "B.") is a second quote by the same speaker, each checked on
its own. Every regular expression runs on a bounded window, so the work
stays linear in the size of the article.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property, lru_cache, wraps
from itertools import accumulate, compress, dropwhile, islice, repeat, takewhile
from operator import attrgetter
from os.path import commonprefix
from typing import Any, Concatenate, ParamSpec, TypeVar

from rapidfuzz import fuzz

from ..document import Document
from ..letters import CAPITALS, SMALLS
from ..lexicon import (
    ALL_COURTESY_TITLES,
    FUNCTION_WORDS,
    LATIN_EPITHET_ENDINGS,
    LEXICONS,
    NAME_JOINERS,
    Gender,
    Lexicon,
    Number,
    Pronoun,
    detect_language,
    lexicon,
)
from ..lexicon import en as _en
from ..models import Place, Post, Quote, QuoteKind
from ..tree import Element, classes
from .blocks import Block, signs_quotation, source_offset
from .cast import (
    AGE_WORDS,
    NAME_STOPS,
    PLACE_SURNAME_ENDINGS,
    TITLE_GIVEN_OPENINGS,
    Cast,
    Deferred,
    Person,
    RoleLead,
    adjectives_end,
    age_before,
    age_word_in,
    apposed_age_end,
    appositive_before,
    body_at,
    body_name,
    body_words,
    byline,
    candidate_name,
    common_words,
    couple_named,
    cut_compound_end,
    cut_compound_start,
    defined_letters,
    initialled_name,
    known_first_name,
    lettered_body,
    lettered_name_start,
    lower_of_part_end,
    name_after_nationality,
    nickname_given,
    noun_before_name,
    person_alias,
    person_ending,
    person_label,
    phrase_anchors,
    role_head,
    seated_bodies,
    shared_surname,
    singular_finite,
    title_role,
    unaccented_word,
    untitled,
    whole_body,
    withholds_name,
)
from .cues import (
    CAPITALISED_ROLE_WORDS,
    CLAUSE_CUE_TAIL_REACH,
    DASHES,
    NEVER,
    REPORTED_CLAUSE,
    Grammar,
    _alternation,  # (the cue grammar's trie of literal words)
    body_cue,
    body_of_kind,
    body_subject,
    contracted_body_rest,
    cue_tail,
    document_owned,
    document_subject,
    grammar,
    joined_body_parts,
    particles_of,
    per_language,
    phrases,
    read_in_document,
    separable_particle_missing,
    voiced_body,
)
from .dates import MONTHS
from .frames import frame_nouns, frame_openers, framed_after, framed_before
from .speakers import (
    GENERATION_SUFFIXES,
    NAME_RUN,
    NAME_RUN_SCAN,
    dated_first_name,
    gender_of,
    is_person_name,
    legal_form_after,
    name_run_after_first,
    name_word,
    strip_titles,
    title_surname,
)

# Opening mark -> the marks that may close it.
QUOTE_PAIRS = {
    "“": ("”", '"'),  # English curly double quotes (some sites close a curly quote with a straight one)
    "„": ("“", "”"),  # German and Central European „...“ (some sites close with ”)
    "«": ("»",),  # guillemets (French, Russian, Swiss)
    "»": ("«",),  # German and Danish guillemets »...« (an opener only before a word: see _is_opener)
    "‹": ("›",),  # single guillemets
    '"': ('"', "”"),  # straight double quotes (or a straight opener closed by a curly mark)
    "''": ("''", "'''"),  # doubled apostrophes, as in news-database exports (NYT)
    "'''": ("''", "'''"),  # doubled apostrophes next to a nested single one: '''Kosovo ...,'''
    "``": ("''",),  # TeX-style openers
    "‘": ("’",),  # single quotes: British style and headlines
    "'": ("'", "’"),  # straight single quotes: headlines and decks only ("'We will not sell': minister ...")
}
# Quote marks are matched as a class of their first characters, then the rest of a doubled mark: the engine skips
# to the next mark at once (an alternation opening on ''' tried every place of the text). In the order of the
# alternation each stands for: ''', '', ``, then one mark (a lone ' only where the class holds it).
_MARK = re.compile(r"[“”„«»‹›\"‘’'`](?:(?<=')'(?:')?|(?<=`)`|(?<=[^`]))")  # '''|''|``|[“”„«»‹›"‘’']
# The marks a block's quotes may use, by whether single curly marks quote and whether straight single ones do: marks
# that cannot quote are never matched (an article's apostrophes were most of the marks read, each passed over).
_MARKS = {
    (True, True): _MARK,
    (True, False): re.compile(r"['`“”„«»‹›\"‘’](?:(?<=')''?|(?<=`)`|(?<=[^'`]))"),  # '''|''|``|[“”„«»‹›"‘’]
    (False, False): re.compile(r"['`“”„«»‹›\"](?:(?<=')''?|(?<=`)`|(?<=[^'`]))"),  # '''|''|``|[“”„«»‹›"]
}
# ``_MARKS`` for an ASCII text: the same marks of ASCII, as the others cannot stand in it
_ASCII_MARKS = {
    (True, True): re.compile(r"[\"'`](?:(?<=')'(?:')?|(?<=`)`|(?<=[^`]))"),
    (True, False): re.compile(r"['`\"](?:(?<=')''?|(?<=`)`|(?<=[^'`]))"),
    (False, False): re.compile(r"['`\"](?:(?<=')''?|(?<=`)`|(?<=[^'`]))"),
}
# The characters each of ``_MARKS`` opens on, its class (the commonest first): a text holding none holds no mark
_MARK_GLYPHS = {
    (True, True): ('"', "“", "”", "'", "’", "‘", "«", "»", "„", "‹", "›", "`"),
    (True, False): ('"', "“", "”", "'", "’", "‘", "«", "»", "„", "‹", "›", "`"),
    (False, False): ('"', "“", "”", "'", "«", "»", "„", "‹", "›", "`"),
}
_DOUBLE_MARKS = re.compile(r"['`“”„«»\"](?:(?<=')'|(?<=`)`|(?<=[^'`]))")  # ''|``|[“”„«»"]
_SINGLE = {"‘", "’", "'"}
_STRAIGHT = {'"', "''", "'''", "``", "'"}
_ALWAYS_OPEN = {"“", "„", "«", "‹", "``"}
_SINGLE_QUOTED = frozenset((Place.HEADLINE, Place.DEK))  # headline style quotes with single marks
_INVERTED_ROLE_WORDS = 3  # a cue verb, an adverb and an article before a role and the name ("sagt auch der Sprecher")
_INVERTED_REACH = 120  # characters from an inverted cue verb over its description to the name apposed to it

# Words after which a name is an object, never the subject of the verb that follows ("en route to Tampa, said").
_PREPOSITIONS = _en.PREPOSITIONS

# A document credited with words, and who it is from: "a court document filed by state attorney X".
_DOCUMENT_BY = re.compile(
    r"(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|release|report|email|letter|post|tweet|filing|document|memo|note|message|affidavit)\s+"
    r"(?:(?:issued|filed|released|sent|written|signed)\s+)?(?:from|by|of)\s+(\S.*)$",
    re.I,
)
# The class of a live blog's entry; the body container of an ordinary article ("entry-content") holds
# all its paragraphs, so they stay in one entry.
_ENTRY_CLASS = re.compile(r"\b(?:entry|update|(?:live|blog|timeline)[-_]?(?:post|entry|update|item|event))\b", re.I)
_ENTRY_DEPTH = 4  # ancestors looked at for the entry (a paragraph sits in a few wrappers at most)
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HEADING_MAX_WORDS = 12  # a line this short with no sentence end is a heading
_TITLE_MAX_WORDS = 8  # a longer run of capitalised words in quote marks is a shouted sentence, not a title
# Markdown front matter read as a paragraph: "--- title: “...” date: ..."
# YAML front matter ("--- title: ...") or TOML ("+++ title = ...", Hugo's)
_FRONT_MATTER = re.compile(r"\s{0,3}(?:-{3}\s{1,3}[\w-]{1,40}:|\+{3}\s{1,3}[\w-]{1,40}\s{0,3}=)\s")


@lru_cache(maxsize=4096)  # (each block is asked several times, by its own text: a look-up in C, no frame)
def front_matter(text: str) -> bool:
    """Whether ``_FRONT_MATTER`` matches at the start of ``text``: tried only when its "---" or "+++" stands within
    the first six characters, where it must (every block is asked; almost none is front matter)."""
    return ("---" in text[:6] or "+++" in text[:6]) and _FRONT_MATTER.match(text) is not None


_LANGUAGE_SAMPLE = 3_000  # characters of body text the language check reads (~500 words: enough to tell)
_WINDOW = 300  # characters of context read on each side of a quote
# A translation or a gloss in brackets between a quote and the comma or the dash of its cue (no quote marks in it, or
# the bracket holds a quote alone: „Mir sinn houfreg“ („Wir sind stolz“), sagte sie)
_GLOSS = re.compile(r"\s?\((?:[^()“”„«»\"\n]{1,200}|\s?[„“”\"«»][^()\n]{1,200}[“”\"»«]\s?)\)(?=\s*[,—–])")
# A bracket opening right after a quote's closing mark, and one closing right after the next quote's, around it alone:
# the quote in it translates the one before („Mir sinn houfreg“ („Wir sind stolz“), sagte sie)
_BRACKET_OPENS = re.compile(r"\s?\(\s?\Z")
_BRACKET_CLOSES = re.compile(r"\s?\)")
_TITLE_HEAD_WORDS = 6  # the words of a block split first to tell title case (see _title_case)
_TITLE_MIN_WORDS = 4  # the capitalised long words that make a block title case
_WORD_RUN = re.compile(r"\S+")
_FIRST_TWO_WORDS = re.compile(r"(\S+)(?:\s++(\S+))?")  # a span's first two words, as str.split reads them
_LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word without its marks ("„Warum" -> "warum", "op-ed")
_CLAUSE_MARKS = frozenset(".,;:!?")  # a mark after a word ends the phrase read for an unnamed subject
_FIRST_WORD_CHARS = 26  # characters after a comma holding the word that opens its clause (no longer cue verb)
_CLOSING_REACH = 100  # characters of a clause closing a sentence on someone unnamed ("..., a source close to ... said.")
_OPENING_PHRASE_REACH = 60  # characters of a phrase opening a sentence before its subject ("À Pleyben, un ado …")
_SENIORITY_REACH = 20  # characters before a surname read for a determiner and an age word ("the younger ")
_RELATIVE_CHARS = 12  # characters after a comma read for the relative pronoun opening a clause ("who", "qui", "der")
_APPOSED_REACH = 60  # characters after a lone first name read for a description of a person (", a caller from X,")
_AGE_FOLLOWING = 3  # words after a cue's speaker read for an age word and a family's name ("el menor| de los García")
_CUE_GAP = 250  # the most a cue may run between the parts of a split quote
_MODIFIED_CHARS = 24  # what is read after a name for the noun it may modify ("the Clinton phone bank")
_PARTIAL_MAX_WORDS = 3  # a quote of this many words or fewer with no cue of its own is partial
_BODY_ARTICLE_REACH = 8  # characters read before a body's name for its article ("der", "la")
_VERB_REACH = 30  # characters read for the word after a subject (its verb: "opposed", "has")
_SET_OFF_CHARS = 120  # the longest relative clause set off by commas read between a subject and its verb
_TITLES_IN_CUE = 3  # the most quoted titles a cue between a split quote's parts may hold
_DEK_CHARS = 300  # a standfirst under a headline is a sentence or two
_FURNITURE_MAX_CHARS = 120  # a line of page furniture is short
_NAMED_AFTER_REACH = 30  # the characters after quoted words read for a naming verb closing their clause
_ECHO_MIN_WORDS = 4  # a headline, caption or pull quote this long may take the speaker of a body quote
_ECHO_MIN_SCORE = 90  # rapidfuzz partial_ratio between the normalised words of the two quotes
# A shorter headline or dek quote takes the speaker of the body quotes holding its words word for word; one word
# alone is as often a scare quote ("Town's “green” budget") as a quotation.
_SHORT_ECHO_MIN_WORDS = 2
# A role before a colon opening a headline: "Fire chief: “...”" (the role is the last word).
_ROLE_COLON = re.compile(r"^\s*(?:[\w.’'-]+\s+){0,3}?([\w’'-]+)\s*:\s*$")

# Abbreviations after which a full stop does not end a sentence.
# Every lexicon's: a name's title ends no sentence in any language ("la Sra. Ferrer", "Mme Besson").
_ABBREVIATIONS = frozenset().union(*(lex.abbreviations for lex in LEXICONS.values()))
_TITLE_ABBREVIATIONS = frozenset().union(*(lex.title_abbreviations for lex in LEXICONS.values()))  # (as written)
# A closing mark may follow the full stop after a space (French « ... . ») or be the German “.
# (also "... a reporter.) At"; German »...«: « right after the stop closes, » right before a word opens)
# The break is the group "gap" after the stop: matching the stop itself (not a look-behind for it) lets the engine skip
# to the next stop at once instead of trying every place of the text. A sentence may open on an accented capital
# ("… sagte Kunz. Über seine Mannschaft …", "… a dit la maire. À Lyon …", "… dijo. Él …").
_SENTENCE_BREAK = re.compile(rf"[.!?](?P<gap>(?:''|\s?[\"”’»“)]|«)?\s+)(?=[\"“‘«„{CAPITALS}0-9]|''|»\w)")
# A preposition of place right before a capitalised run.
_CAPITAL_RUN = re.compile(NAME_RUN_SCAN)
_OPENING_MARKS = "\"“‘«„("  # quote marks and a bracket a sentence may open on, before its first word
_AGE_APPOSED = re.compile(r",\s{1,3}\d{1,3},")  # "Ooi Chee Keong, 79,": a person's age set off after the name
_PLACE_REACH = 8  # the characters before a run read for a preposition of place ("depuis ")


@lru_cache(maxsize=8)
def _place_words(code: str) -> tuple[str, ...]:
    """The prepositions of place of a language (lexicon ``place_prepositions``: "in Salem", "at Chez Vachon", "au
    Plateau du Serpent") and, in every language, the English ones (a tuple for ``str.endswith``)."""
    places = LEXICONS["en"].place_prepositions | LEXICONS[code].place_prepositions
    return tuple(sorted(places, key=lambda w: (-len(w), w)))


@per_language
def _place_before(code: str) -> re.Pattern[str]:
    """One of :func:`_place_words` right before a run."""
    return re.compile(rf"\b(?:{'|'.join(_place_words(code))})\s+$")
# A role given in an appositive right after a name: "Example, a former prosecutor, said".
# It ends at a comma, a dash, a colon before the quote (a headline's "Lucía Arregui, pregonera de San Roque: «…»") or a
# relative clause ("Gabriel Okafor, a former federal prosecutor who led the case ...,",
# "... por Rosario Pentón, rectora de la Escuela Superior– fue"),
# and may hold a capitalised word after its article ("Simon Reeve, the Labour MP for Hartlepool North,").
_APPOSITIVE_ROLE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?=(?:[A-Z][\w’'\-]{0,30}\s+){1,2}[a-z]))?((?:[A-Z][\w’'\-]{0,30}\s+){0,2}[a-z][^,.;:“”„\"«»()]{0,60}?)"
    # (or at a participle and its preposition: "Marcus Ojo, the former Radley Rovers striker standing for Labour in
    # the Radley North by-election, ...": a striker; each ending opens on a white space or a stop, asked first at
    # every character the lazy role is extended by: most are neither, and the three endings are not tried there)
    r"(?=[\s,.;:–—])(?=\s+(?:who|whom|whose|which|that|qui|que|quien|welche[rs]?)\s|\s?[,.;:–—]|\s+[a-z]{3,20}ing\s+(?:for|in|at|on|as|with)\s)"
)
# The words around a nickname: "Gerald “The Hammer” Doyle" (a capitalised word, one space, the marks, one space).
_NAME_BEFORE = re.compile(rf"(?:^|(?<=\s))[{CAPITALS}][\w’'.\-]{{0,30}} $")
_NAME_AFTER = re.compile(rf" [{CAPITALS}][\w’'\-]")
_COLON_RUN = 60  # the most a sentence may run between its subject and the colon opening a quote
_CLAUSE_STOP = re.compile(r"[.!?;,“”„\"«»]")
_ELIDED = re.compile(r"^\w{1,2}['’]")  # an elided determiner or preposition: l', d', qu'



_CLOSING_VERB_CHARS = 24  # the most characters of the verb closing a name's clause before its appositive


def _after_closing_verb(cast: Cast, text: str, stop: int, end: int) -> re.Match[str] | None:
    """The appositive after the verb that closes the clause of a name ending at ``stop``, in a language whose clauses
    close on their verb: "Die Figuren hat Armin Nink geschnitzt, Schreiner in dritter Generation." The verb is one
    word in lower case; the appositive opens on a noun for a person, perhaps after its article, and closes the
    sentence (not "kam Brecht an, Frauen warteten schon.", "hat Brecht gebaut, sagte Holm.")."""
    comma = text.find(", ", stop, min(end, stop + _CLOSING_VERB_CHARS))
    verb = text[stop + 1 : comma] if comma > stop and text.startswith(" ", stop) else ""
    if not (verb.isalpha() and verb.islower()) or (role := _APPOSITIVE_ROLE.match(text, comma, end)) is None:
        return None
    words = role.group(1).split()
    noun = words[1] if len(words) > 1 and words[0] in cast.lexicon.determiners else words[0]
    return role if text.startswith(".", role.end()) and cast.capitalised_person_noun(noun) else None


def _relative_word(lex: Lexicon, word: str) -> bool:
    """Whether a word may open a relative clause after a comma ("who", "qui", "que", "der", "die")."""
    return word in lex.relative_pronouns or word in lex.comma_relatives or word in lex.relative_articles

@lru_cache(maxsize=16384)  # (asked for most words before a quote's marks, most often the same words)
def _unelided(word: str) -> str:
    """``_ELIDED.sub("", word)``, the pattern called only when a mark stands second or third, where it needs one (a
    regex call costs thousands of instructions however early it fails; most words hold no mark)."""
    return _ELIDED.sub("", word) if "'" in word[1:3] or "’" in word[1:3] else word


_ELIDED_OBJECT = re.compile(r"[lm]['’](?:a|ont|avait|est)?")  # "l'a" of "La maire l'a répété": no part of a name
_COMMA = re.compile(r"\s{0,3},\s{0,3}")
_COMMA_ON = re.compile(r",\s{0,3}")  # (_COMMA from its comma: the engine skips to the next comma at once)


def _commas(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int]]:
    """The spans ``_COMMA.finditer`` gives, each found from its comma and reaching back over at most three white spaces
    (a pattern opening on white space was tried at every place of the text)."""
    floor = pos
    for comma in _COMMA_ON.finditer(text, pos, len(text) if endpos is None else endpos):
        start = comma.start()
        while start > floor and comma.start() - start < 3 and text[start - 1].isspace():
            start -= 1
        yield start, comma.end()
        floor = comma.end()
_RELATIVE_VERB_REACH = 4  # a relative clause's cue verb is among its first words ("who has repeatedly said")
_HEADLINE_CREDIT = re.compile(r"\s{0,3}[:—–-]")
_HEADLINE_COMMA = re.compile(r"\s{0,2},\s{1,3}(?=[^\W\d_])")  # "«…», Henry broie du noir": the comma, then a word
_POSSESSIVE_ENDS = ("'", "’")  # right after a name: its possessive ("Marlow’s", "Jones'")
_SECOND_WORD = re.compile(
    r"\s{0,3}\w{1,40}\s{1,3}(\w{1,40})"
)  # the word in second place: a verb-second clause's finite verb
# the word in second place after a subject and its appositive set off by commas ("Unser Busfahrer, Herr Gekeler, hat
# immer gesagt:")
_SECOND_AFTER_APPOSITIVE = re.compile(r"\s{0,3}[^,.:;!?]{1,60},\s{1,3}[^,.:;!?]{1,60},\s{1,3}(\w{1,40})\s")
_CLAUSE_END = re.compile(r"\w{1,40}\s{0,3}[:,]")  # a verb that ends its clause
_SUBJECT_REACH = 5  # the words a verb-second clause's subject may take before its finite verb ("Die neue Ministerin")
_POSSESSIVE = re.compile(r"[’']s$")


def _possessive(word: str) -> bool:
    """Whether ``_POSSESSIVE`` finds "'s" ending ``word``: searched only when its last three characters hold it."""
    return ("'s" in word[-3:] or "’s" in word[-3:]) and _POSSESSIVE.search(word) is not None


def _unpossessive(word: str) -> str:
    """``_POSSESSIVE.sub("", word)``, the pattern called only where :func:`_possessive`'s test finds an "'s"."""
    return _POSSESSIVE.sub("", word) if "'s" in word[-3:] or "’s" in word[-3:] else word


_NON_SPACE = re.compile(r"\S+")  # a word with the marks glued to it
_WORD_START = re.compile(r"[\w(](?<![\w’'.\-].)")  # (?<![\w’'.\-])[\w(], the class first: the engine skips to it
_CLOSERS = frozenset('"”’»“')  # closing marks a sentence's full stop may stand before
# a name closing on a surname's initial, and the word before it ("Mpho K.")
_SURNAME_INITIAL_END = re.compile(rf"(?<!\S)([{CAPITALS}][^\W\d_]+)\s[{CAPITALS}]\.$")
_NICKNAME_OPENS = frozenset("\"“«„»")  # the marks a nickname given in a clause may open on (``nickname_given``)
# A relative clause after a name (an "of" phrase and an appositive may stand between): its first three words
# are read for a cue verb.
_RELATIVE_CUE = re.compile(
    r"(?:\s(?:of|from|de|du|del|aus|von)\s[^,.;:!?“”\"«»()]{1,40})?(?:,\s{1,3}[a-z][^.;:!?“”\"«»()]{1,100}?)?"
    r",\s{1,3}(?:who|qui|quien|que)\s{1,3}((?:[\w’']+\s{1,3}){0,2}[\w’']+)"
)
_RELATIVE_CUE_OF = ("of", "from", "de", "du", "del", "aus", "von")  # its "of" part's words, which open on one space


def _relative_cue_at(text: str, end: int, stop: int) -> re.Match[str] | None:
    """``_RELATIVE_CUE.match(text, end, stop)``, tried only where the text at ``end`` opens as it must: on a comma, or
    on a white space and a word of its "of" part (asked after most names; most are followed by neither)."""
    if not text.startswith(",", end) and not (
        text[end : end + 1].isspace() and text.startswith(_RELATIVE_CUE_OF, end + 1)
    ):
        return None
    return _RELATIVE_CUE.match(text, end, stop)
# What closes a clause opening a sentence: a comma, or the sentence ends first (a quote mark stops the look, but a
# term in marks is read over: "When Trump called China “strong” in 1989, Kasich differed").
# A relative clause for a person right after a name: "Meanwhile Rihanna, who was honoured, ..." names someone.
_WHO = re.compile(r",\s{1,3}who\s")


def _who_follows(text: str, at: int) -> bool:
    """Whether a relative clause on "who" opens at ``at`` (the pattern is tried only after a comma)."""
    return text.startswith(",", at) and _WHO.match(text, at) is not None
# After a possessive name: one to three lower-case words and a comma before a capitalised word, an appositive
# naming whom the words describe ("Clinton's campaign chairman, John Podesta, said")
_OWNER_APPOSITIVE = re.compile(rf"(?:\s[a-z][\w’'-]{{0,30}}){{1,3}},\s[{CAPITALS}]")
_CLAUSE_CLOSE = re.compile(r"[,.!?;“”\"«»„]")
_TERM_MARKS = frozenset("“”\"«»„")
_TERM_MARK = re.compile(r"[“”\"«»„]")
_TERM_CHARS = 40  # the most a term in marks runs ("“Medicare for all,”"); a longer quote is speech, no term
_ENDS_SENTENCE = re.compile(r"[.!?…](?:''|\s?[\"”’»“]|«)?$")
_ENDS_SENTENCE_REACH = 4  # the places before a text's end a match of _ENDS_SENTENCE opens at (3 characters, a newline)
_STOPS = frozenset(".!?…")


def _clause_closed(text: str, start: int, stop: int) -> bool:
    """Whether a comma closes the clause going on at ``start`` before the sentence ends, a quote opens or ``stop``. Read
    over on the way: an abbreviation's full stop ("When Ms. Reyes told Mr. Dorsey ...,") and a term in marks ("...
    calling the government “strong” in 1989, Kasich differed"), whose closing comma closes the clause ("... refers to
    it as “Medicare for all,” Clinton seized ...")."""
    closing = _CLAUSE_CLOSE.search(text, start, stop)
    while closing is not None:
        mark, after = closing.group(), closing.end()
        if mark in _TERM_MARKS:
            shut = _TERM_MARK.search(text, after, min(stop, after + _TERM_CHARS))
            if shut is None or len(text[after : shut.start()].split()) > _PARTIAL_MAX_WORDS:
                return False  # speech, no term: its own commas close nothing of the clause
            if text[shut.start() - 1] == ",":
                return True
            after = shut.end()
        elif mark != "." or not _is_abbreviation(text, after):
            return mark == ","
        closing = _CLAUSE_CLOSE.search(text, after, stop)
    return False


def _ends_sentence(window: str) -> bool:
    """Whether ``_ENDS_SENTENCE`` finds a stop ending ``window`` (a few characters before a place): searched only when
    the window holds a stop, which most places between quotes do not."""
    # (a match ends at the window's end or before a last newline, and is three characters at most: only the last four
    # places can open one, and the engine is asked from there, not across the window)
    reach = len(window) - _ENDS_SENTENCE_REACH
    return not _STOPS.isdisjoint(window) and _ENDS_SENTENCE.search(window, reach if reach > 0 else 0) is not None


# A full stop right after the closing mark: Spanish and French end the sentence outside the quote («...».).
_STOP_AFTER = re.compile(r"\s?[.!?…](?=\s|$)")


@dataclass(slots=True)
class _Span:
    """A paired quotation inside one block."""

    block: int
    start: int  # index of the opening mark
    end: int  # index after the closing mark (or the block's end when it runs on)
    closed: bool = True
    dialogue: bool = False  # set off by dialogue dashes, not marks: "—Words —said X—. More words."
    # False for the words a quote left open goes on with in a paragraph opening on no mark, up to its closing mark
    # ("«A … 25 %" / "se nos van … caleta», dijo X."): ``start`` is then the first word's
    marked: bool = True


@lru_cache(maxsize=4096)  # (a page's blocks, read by the cast and the quotes again: 256 were evicted on long pages)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Where each break between two sentences of ``text`` starts and ends (a full stop of an abbreviation is none):
    found once per text, the sentence of every quote and of every name read looks them up."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _SENTENCE_BREAK.finditer(text):
        if _is_break(text, match):
            starts.append(match.start("gap"))
            ends.append(match.end())
    return starts, ends


def _is_break(text: str, match: re.Match[str]) -> bool:
    """Whether a stop ``_SENTENCE_BREAK`` found breaks two sentences (not the full stop of an abbreviation, nor of an
    ordinal day before its month: "am 27. November")."""
    gap = match.start("gap")
    if _is_abbreviation(text, gap):
        return _stop_ends(text, gap, match.end())
    return not _day_before_month(text, gap, match.end())


_MONTH_AFTER = re.compile(r"[^\W\d_]{3,9}")


def _day_before_month(text: str, gap: int, after: int) -> bool:
    """Whether the full stop before ``gap`` is an ordinal day's, a month's name following at ``after`` ("am 27. November
    warnte", "Sonderburg, 13. Juli 2026")."""
    day = text[max(0, gap - 4) : gap - 1]
    if not 0 < len(day) - len(day.rstrip("0123456789")) < 3:
        return False  # (no day has three digits: "seit 1920. Mai …" ends a sentence)
    month = _MONTH_AFTER.match(text, after)
    return month is not None and month.group().lower() in MONTHS


def _has_break(text: str) -> bool:
    """Whether ``text`` holds a break between two sentences (``_breaks(text)[0]`` is not empty): read to the first
    one, and not kept in ``_breaks``' cache (a paragraph's rest after a quote, asked once, would push out the
    blocks' own breaks, which every quote and name looks up)."""
    return any(_is_break(text, match) for match in _SENTENCE_BREAK.finditer(text))


def sentence_start(text: str, index: int) -> int:
    """Start of the sentence holding ``text[index]`` (searching at most a window back)."""
    floor = index - _WINDOW if index > _WINDOW else 0
    starts, ends = _breaks(text)
    last = bisect_right(ends, index) - 1  # the last break ending at ``index`` or before
    return ends[last] if last >= 0 and starts[last] >= floor else floor


def sentence_end(text: str, index: int) -> int:
    """End of the sentence holding ``text[index]`` (searching at most a window ahead)."""
    limit = index + _WINDOW if index + _WINDOW < len(text) else len(text)
    starts, ends = _breaks(text)
    following = bisect_left(starts, index)  # (a break is seen in the window when what it looks ahead to is)
    return starts[following] if following < len(starts) and ends[following] < limit else limit


_BREAK_LOOKAHEAD = 2  # the characters ``_SENTENCE_BREAK``'s lookahead reads after a match ("»\w", "''")


def _first_sentence_end(text: str) -> int:
    """``sentence_end(text, 0)`` for a text read once, the rest of a paragraph after a quote: its breaks are looked for
    in the first window only and not cached (finding every break of each quote's rest grew as the square of a
    paragraph's quotes: 2,048 quotes a sentence each, 7 s)."""
    limit = len(text) if len(text) < _WINDOW else _WINDOW
    for match in _SENTENCE_BREAK.finditer(text, 0, limit + _BREAK_LOOKAHEAD):
        if match.end() >= limit:
            return limit
        if _is_break(text, match):
            return match.start("gap")
    return limit


def _breaks_between(text: str, start: int, end: int) -> list[int]:
    """Where the sentences after the breaks inside ``text[start:end]`` start."""
    starts, ends = _breaks(text)
    return ends[bisect_left(starts, start) : bisect_left(ends, end)]


_COURTESY_NEXT = re.compile("|".join(re.escape(t) + " " for t in ALL_COURTESY_TITLES))
_INITIAL = r"(?<![\w.])[A-Z]\."  # a capital and its full stop, no part of a word or of an abbreviation before it
_LONE_INITIAL = re.compile(_INITIAL)


# Capitalised words that open a clause and never go on with a name: a conjunction or a subject pronoun of any lexicon
# ("Und", "And", "Pero", "Er", "Elle"; of two letters at least: a capital alone may be an initial), and a possessive
# opening a subject, after a generation word, which closes a name ("sagt Anton Gruber jun. Sein Vater nickt", "said
# Tom Hale Jr. His father bought it"; the generation words of every lexicon ending in a stop and the suffixes written
# as name words with theirs: "jun.", "Jr.")
_CLAUSE_OPENERS = frozenset(
    w for lex in LEXICONS.values() for w in (*lex.clause_conjunctions, *lex.subject_pronouns) if len(w) > 1
)
_OWNERS = frozenset().union(*(lex.possessives for lex in LEXICONS.values()))
_GENERATION_STOPS = frozenset(w for lex in LEXICONS.values() for w in lex.generation_words if w.endswith(".")) | {
    f"{w}." for w in GENERATION_SUFFIXES
}
_NEXT_WORD = re.compile(rf"[{CAPITALS}][^\W\d_]+\b(?!\.)")


def _stop_ends(text: str, gap: int, after: int) -> bool:
    """Whether the full stop of an abbreviation or an initial before ``gap`` ends its sentence all the same, by the word
    at ``after``: a courtesy title after a lone initial ("sagte Herr K. Frau M. ergänzte", "said Ms D. Mr K. added"),
    which opens a name, never goes on with one; a clause's capitalised conjunction or subject pronoun ("sagt Anton
    Gruber jun. Und Anton Gruber sen. ergänzt", "said Tom Hale Jr. And his son"), or after a generation word a
    possessive."""
    if _LONE_INITIAL.match(text, gap - 2, gap) is not None and _COURTESY_NEXT.match(text, after) is not None:
        return True
    word = _NEXT_WORD.match(text, after)
    if word is None:
        return False
    low = word.group().lower()
    return low in _CLAUSE_OPENERS or low in _OWNERS and _after_generation(text, gap)


def _after_generation(text: str, gap: int) -> bool:
    """Whether the stop before ``gap`` is a generation word's ("jun.", "Jr.")."""
    return text[max(0, gap - 5) : gap].rpartition(" ")[2] in _GENERATION_STOPS


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop just before ``end`` closes an abbreviation ("U.S.", "Mr.") or an initial."""
    # By hand rather than by a search ending in "$", which would be tried from every position.
    tail = text[max(0, end - 12) : end]
    tail = tail[:-2] if tail.endswith("''") else tail[:-1] if tail[-1:] in _CLOSERS else tail
    if tail[-1:] not in {".", "!", "?"}:
        return False
    tail = tail[:-1]
    start = len(tail)
    while start > 0 and (tail[start - 1].isalnum() or tail[start - 1] in "._"):
        start -= 1
    word = tail[start:]
    return bool(word) and (
        word.lower() in _ABBREVIATIONS
        or word in _TITLE_ABBREVIATIONS
        or len(word) == 1
        or word[1:2] == "." and _JOINED_INITIALS.fullmatch(word) is not None
        or _degree_part(text, max(0, end - 12) + start, word)
    )


_DEGREE_PART_MAX = 6  # the letters of a degree's part in lower case: "rer.", "nat.", "techn.", "pharm."
_DEGREE_PARTS = 4  # the most parts in lower case a degree runs to after its abbreviation ("Mag. rer. soc. oec.": 3)


def _degree_part(text: str, at: int, word: str) -> bool:
    """Whether ``word``, standing at ``at`` before a stop, is a further part of a degree or a title abbreviated, a class
    no list holds: one written onto an abbreviation by a hyphen ("Dipl.-Forstw.", "Dr.-Ing."), or a part in lower case
    after an abbreviation, itself such a part or one listed ("Mag. rer. soc. oec.", "Dr. med.", "DI Dr. techn."); its
    stop ends no sentence ("sagte Dipl.-Forstw. Engelbert Hilgart, der …"). A word in lower case after any other
    word is a sentence's end ("sagte er heute. Anna …"). The chain is followed back ``_DEGREE_PARTS`` words at most,
    so that thousands of short words with stops are no recursion through the text."""
    for _ in range(_DEGREE_PARTS):
        if at >= 3 and text[at - 1] == "-" and text[at - 2] == "." and text[at - 3].islower():
            return True  # (after an abbreviation's small letter: "Dipl.-", "Dr.-"; not initials, "the U.S.-Mexico.")
        if not (word.isalpha() and word.islower() and len(word) <= _DEGREE_PART_MAX) or text[at - 1 : at] != " ":
            return False
        if at < 2 or text[at - 2] != ".":
            return False
        # (the chain opens on a capitalised abbreviation: after one in lower case, "lic. oec. HSG Seraina", the stop
        # may end a sentence as before, the name after it read as a sentence's subject)
        start = at - 2
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        before = text[start : at - 2]
        if before[:1].isupper():
            return _is_abbreviation(text, at - 1)
        if not before:
            return False
        at, word = start, before
    return False


# Given names' initials written together, less their last stop ("K.V" of "K.V. Balakrishnan", "M.A" of "M.A. Khan"):
# an abbreviation, as one initial is, never a sentence's end
_JOINED_INITIALS = re.compile(rf"(?:[{CAPITALS}]\.){{1,3}}[{CAPITALS}]")


def _continued(g: Grammar, text: str) -> str:
    """A paragraph after one that left a quote open, its opening continuation mark read as an opening guillemet (French
    and Spanish print "» Aujourd'hui, plus personne ne répond. »" where the quote goes on): the same characters, so
    the marks' places stand."""
    words = text.lstrip()
    opener = g.lexicon.continuation_marks.get(words[:1])
    if opener is None:
        return text
    at = len(text) - len(words)
    return text[:at] + opener + text[at + 1 :]


def _pair_marks(text: str, block: int, singles: bool, straight: bool = False, start: int = 0) -> list[_Span]:
    """The quotes of a block from ``start``; ``singles``: single curly marks quote; ``straight``: straight single ones
    do too (a headline's or a dek's, where an apostrophe inside a word is never taken for one)."""
    # (speed60: most paragraphs hold no mark, which each mark's own look-up in C tells at once, where the pattern's
    # class is tried at every character: the first character of any match is one of ``_MARK_GLYPHS``)
    if not any(map((text[start:] if start else text).__contains__, _MARK_GLYPHS[singles, singles and straight])):
        return []
    spans: list[_Span] = []
    opener: re.Match[str] | None = None
    nested = False  # a straight quote opened inside a curly one (“A "B" C”)
    # (an ASCII text, told in C at once, holds only the marks of ASCII: a pattern of those alone reads each character
    # by a table of 256 bits, where the whole class reads a table of blocks; speed60)
    marks = (_ASCII_MARKS if text.isascii() else _MARKS)[singles, singles and straight]
    for mark in marks.finditer(text, start):  # (a straight single one is a single)
        glyph = mark.group()
        if opener is None:
            if _is_opener(text, mark):
                opener, nested = mark, False
            continue
        if glyph == '"' and opener.group() != '"':
            if nested and _is_closer(text, mark):
                nested = False
                continue
            if _is_opener(text, mark):
                nested = True
                continue
        if glyph in QUOTE_PAIRS[opener.group()] and _is_closer(text, mark) or _typed_as_closer(text, mark, opener):
            spans.append(_Span(block, opener.start(), mark.end()))
            opener = None
        elif glyph in _ALWAYS_OPEN and glyph == opener.group():
            opener = mark  # the earlier opener was stray
    if opener is not None:
        spans.append(_Span(block, opener.start(), len(text), closed=False))
    return spans


def _run_on(text: str, block: int, opener: str, singles: bool) -> _Span | None:
    """The words a quote left open in the paragraph before goes on with, when this paragraph opens on a word, not a
    mark, and its first mark closes the quote («Nosotros no pedimos más cuota … Con un recorte de 25 %» / «se nos van
    cuarenta familias de la caleta», dijo Segundo Olivares.»): from the first word to the closing mark. A paragraph
    opening on a mark goes on with it as it did (the English convention), and one whose first mark opens no run-on."""
    first = len(text) - len(text.lstrip())
    if not text[first : first + 1].isalnum():
        return None
    mark = _MARKS[singles, False].search(text, first)
    if mark is None or mark.group() not in QUOTE_PAIRS.get(opener, ()) or not _is_closer(text, mark):
        return None
    return _Span(block, first, mark.end(), marked=False)


# A paragraph of dialogue opens on a dash glued to its first word ("—Hablamos de confianza."); the narrator's cue
# opens on a dash after a space, before a lower-case word (" —afirmó la ministra"), and ends at the next dash.
_DIALOGUE_OPEN = re.compile(r"\s{0,3}(?P<dash>[—―])(?=[¿¡«\"“]?[^\W\d_])")
# ... or, inside the paragraph, on a dash glued to a word after a sentence's end and a space
_TURN_AFTER_SENTENCE = re.compile(r"(?<=[.!?…])\s{1,3}(?P<dash>[—―])(?=[¿¡«\"“]?[^\W\d_])")
_NARRATOR_OPEN = re.compile(rf"\s[—―](?=[^\W\d_{CAPITALS}])")
_NARRATOR_CLOSE = re.compile(r"[—―]")
# Speech goes on after a narrator's closing dash when anything but spaces and stops follows it.
_SPEECH_AFTER = re.compile(r"[^ .,;:]")


# A dash glued to an interview's label: a name of two words or more, or a label of the lexicon's, and a colon
# ("—Rocío Montoya: Catorce meses ...", "—P: ¿Y el cante?"): a turn the interview reader credits, no dialogue
_DASHED_LABEL = re.compile(
    rf"(?P<label>[{CAPITALS}][\w.’'\-]{{0,30}}"
    rf"(?: [{CAPITALS}][\w.’'\-]{{0,30}}){{0,3}})\s{{0,2}}:\s"
)


def _dialogue_spans(lex: Lexicon, text: str, block: int, marked: list[_Span], following: str) -> list[_Span]:
    """The speech of a paragraph of dialogue (Spanish raya): the words before each narrator's cue and after it, as
    the parts of a split quote ("—No vamos a cerrar —dijo la alcaldesa—. Lo reformaremos."); marks inside the
    speech quote within it and are no quotes of their own. ``marked``: the paragraph's quotes in marks;
    ``following``: the next paragraph's text."""
    opening = _DIALOGUE_OPEN.match(text)
    if opening is None and ("—" in text or "―" in text):
        # (or the dialogue opens after the narrator's sentence, its turns inside the paragraph: "En la fila, el mismo
        # diálogo se repetía. —¿Hay trabajo? —le preguntó X. —Mañana no —respondió Y. —Eso dijeron.", tune set 43)
        opening = _TURN_AFTER_SENTENCE.search(text)
    if opening is None:
        return marked
    label = _DASHED_LABEL.match(text, opening.end())
    word = label.group("label") if label is not None else ""
    if " " in word or word in lex.question_labels or word in lex.answer_labels:
        return marked
    if text.rstrip().endswith("?") and _DIALOGUE_OPEN.match(following) and not _NARRATOR_OPEN.search(text):
        # A question with no narrator's cue, answered by the next line of the dialogue ("—¿Y el plan de invierno?" /
        # "—Llegó tarde —respondió Aguado—."): the writer's question, as a dash-led question answered in an
        # interview is, no claim and never the words of the one who answers ("—¿Y el precio? —pregunta una
        # clienta." has its asker's cue: hers)
        return marked
    spans: list[_Span] = []
    start: int | None = opening.start("dash")
    while start is not None:
        narrator = _NARRATOR_OPEN.search(text, start + 1)
        end = narrator.end() if narrator else len(text)
        spans.append(_Span(block, start, end, dialogue=True))
        closing = _NARRATOR_CLOSE.search(text, end) if narrator else None
        # (a search from the dash, not a copy of the rest: a paragraph of many cues stays linear)
        start = closing.start() if closing and _SPEECH_AFTER.search(text, closing.end()) else None
    starts = [d.start for d in spans]  # in order and apart: the span before a mark is the only one that may hold it
    return spans + [s for s in marked if (i := bisect_right(starts, s.start) - 1) < 0 or s.start >= spans[i].end]


# A line of speech opens on a dash and a space ("— Le nouveau groupe froid consomme 40 % d'électricité en moins,
# assure la directrice. Et la glace …"): French dialogue, and the same form in any language. Only a line whose words
# hold the narrator's verb-first cue between a comma and a full stop or the paragraph's end is speech: a dash also
# opens a credit line ("— Anne Roux, directrice"), a list's item or an interview's question.
# (the text's first line is matched at its start, every other line from its newline: a pattern opening on "^" or on
# an alternation would be tried at every place of the text)
_SPOKEN_LINE_OPENING = r"[ \t]{0,3}[—–―][ \t]{1,3}(?=[¿¡]?[^\W\d_])"  # (a Spanish question's or cry's mark first)
_SPOKEN_FIRST_LINE = re.compile(_SPOKEN_LINE_OPENING)
_SPOKEN_DASHES = frozenset("—–―")  # (the dashes of _SPOKEN_LINE_OPENING)
_TURN_ENDS = _SPOKEN_DASHES | frozenset(".!?…")  # what stands before a turn of dialogue that opens with no cue
_SPOKEN_LINE = re.compile(rf"\n{_SPOKEN_LINE_OPENING}")
# A reply inside one pair of marks in a paragraph of one line: a dash and a space after a sentence's end
_INLINE_REPLY = re.compile(r"[.!?…][ \t]{1,3}[—–―][ \t]{1,3}(?=[¿¡]?[^\W\d_])")
_REPLY_DASHES = ("— ", "– ", "― ")  # (a dash and its space, looked for before the pattern is tried)


def _marked_dialogue(g: Grammar, text: str, block: int, spans: list[_Span]) -> list[_Span]:
    """``spans`` with each quote in marks that holds a dialogue, its replies opening lines on a dash and a space
    (« Il pleut ? demande X, un seau à la main. / — Pas encore, répond Y. / — Alors on attend. »), read as its lines:
    each line's words before its narrator's cue (the words set off after the cue are the narrator's), a line of no cue
    whole (its speaker told by the turns, ``_alternating_speaker``). A quote none of whose lines holds a cue (a list
    led by dashes, quoted) stays whole."""
    read: list[_Span] = []
    lines_of_text = "\n" in text
    for span in spans:
        # (the replies open lines, or, in a paragraph of one line, follow a sentence's end: "« A ? demande X. — B,
        # répond Y. — C. »"; each pattern tried only where its newline or its dash stands)
        found = list(_SPOKEN_LINE.finditer(text, span.start, span.end)) if lines_of_text else []
        if not found and any(text.find(dash, span.start, span.end) >= 0 for dash in _REPLY_DASHES):
            found = list(_INLINE_REPLY.finditer(text, span.start, span.end))
        replies = [line.end() for line in found]
        read_lines = bool(replies) and span.closed and span.marked
        opening = text[span.start + 1 : replies[0]] if read_lines else ""
        first = span.start + 1 + len(opening) - len(opening.lstrip())  # (after the mark and its space)
        ends = [line.start() + 1 for line in found] + [span.end - 1]  # (a line ends where the next one's break is)
        lines: list[_Span] = []
        cued = False
        for start, end in zip([first, *replies], ends, strict=True) if read_lines else []:
            line = text[:end].rstrip()
            speech = _spoken_line(g, line, start, block, narrated=True)
            cued = cued or bool(speech)
            lines += speech or [_Span(block, start, len(line), dialogue=True)]
        read += lines if cued else [span]
    return read


def _spoken_line_starts(text: str) -> list[int]:
    """Where the words of each line of ``text`` that opens on a dash and a space start."""
    # (each pattern tried only where it can match: its dash within the first four characters, a newline in the text;
    # most paragraphs have neither, and a regex call costs thousands of instructions however early it fails)
    if not any(map(text.__contains__, _SPOKEN_DASHES)):
        return []  # (most paragraphs: no dash, so no line of dialogue nor turn; one test in C)
    first = _SPOKEN_FIRST_LINE.match(text) if not _SPOKEN_DASHES.isdisjoint(text[:4]) else None
    lines = [line.end() for line in _SPOKEN_LINE.finditer(text)] if "\n" in text else []
    # (or turns inside the paragraph, each after a sentence's end: "… chaque matin. — Alors, ce mur ? demande X. —
    # Toujours pas, répond Y.", tune set 44, Verviers; "… dieselbe Szene. – Ist das Paket da? fragt X.")
    turns = [turn.end() for turn in _INLINE_REPLY.finditer(text)] if any(map(text.__contains__, _REPLY_DASHES)) else []
    if not (lines or turns):
        return [first.end()] if first else []  # (most paragraphs: nothing to sort)
    return sorted({*([first.end()] if first else []), *lines, *turns})


def _spoken_spans(g: Grammar, text: str, block: int, starts: list[int] | None = None) -> list[_Span]:
    """The speech of each line of dialogue led by a dash and a space (a paragraph may hold a question's line and
    its answer's): the words before the narrator's cue, and after the cue's sentence the words that go on (the
    second part of a split quote, as a raya's). ``starts``: the lines' :func:`_spoken_line_starts`, when read."""
    spans: list[_Span] = []
    found = _spoken_line_starts(text) if starts is None else starts
    for start, following in zip(found, [*found[1:], len(text)][: len(found)], strict=True):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if following < end:  # a turn inside the paragraph ends where the next one's dash stands
            end = len(text[:following].rstrip().rstrip("".join(_SPOKEN_DASHES)).rstrip())
        spans += _spoken_line(g, text[:end], start, block)
    return spans


def _uncued_spoken_line(g: Grammar, blocks: list[Block], index: int, starts: list[int]) -> list[_Span]:
    """A paragraph of one line led by a dash and a space with no narrator's cue, between two paragraphs that are lines
    of dialogue with one ("— Et la glace, elle tient ?" between "…, demande X." and "…, répond Y."), or the exchange's
    last line after a cued one, ending on a stop ("— Bondye bon."): a line of the dialogue too, whose speaker only the
    turns tell (``_alternating_speaker``). A dash-led list's item (on no stop, or before a line of no cue), or a line
    after no cued line, is none. ``starts``: the paragraph's :func:`_spoken_line_starts`."""
    text = blocks[index].text
    if len(starts) != 1 or "\n" in text.strip() or not 0 < index < len(blocks):
        return []
    before = blocks[index - 1]
    if before.place is not Place.BODY or not _spoken_spans(g, before.text, index - 1):
        return []
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    # (the exchange's last line, after a cued one: "— Bondye bon." before a paragraph that is no line of dialogue)
    if after is not None and after.place is Place.BODY and _spoken_line_starts(after.text):
        turn = bool(_spoken_spans(g, after.text, index + 1))
    else:
        turn = text.rstrip()[-1:] in _LINE_STOPS
    return [_Span(index, starts[0], len(text.rstrip()), dialogue=True)] if turn else []


_LINE_STOPS = frozenset(".!?…")  # what a line of dialogue ends on (a list's item may end on none, or on ";")


def _asked_and_answered(question: _Found, answer: _Found) -> bool:
    """Whether two quotes in marks, each with its cue, in two paragraphs one after the other, are a question and its
    answer by two speakers (« Vous avez de l'eau ? », demande X. / « Depuis dimanche », répond Y.): an exchange, whose
    next paragraph of a quote alone is the next turn, the asker's (tune set 43, Fort-de-France), not the answer going
    on."""
    return (
        question.has_cue
        and answer.has_cue
        and question.words.rstrip(" »”\"").endswith("?")
        and answer.spans[0].block == question.spans[-1].block + 1
        and bool(question.speaker)
        and bool(answer.speaker)
        and question.speaker != answer.speaker
    )


def _alternating_speaker(found: list[_Found], chain: list[_Span]) -> str | None:
    """The speaker of a line of dialogue with no cue, told by the turns: the speaker of the line two paragraphs before
    when the line just before is someone else's ("— Ça gèle ? demande X." / "— Pas encore, répond Y." / "— Et demain
    ?": X's, two speakers taking turns), or of the line two lines before in a dialogue in one pair of marks; else
    None."""
    block = chain[0].block
    if len(found) < 2:
        return None
    before, last = found[-2], found[-1]
    turns = before.spans[-1].block == block - 2 and last.spans[-1].block == block - 1
    turns = turns or before.spans[-1].block == last.spans[-1].block == block
    if not (turns and (before.spans[0].dialogue and last.spans[0].dialogue or _asked_and_answered(before, last))):
        return None
    return before.speaker if before.speaker and last.speaker and before.speaker != last.speaker else None


def _spoken_line(g: Grammar, text: str, start: int, block: int, narrated: bool = False) -> list[_Span]:
    """The speech of a line of dialogue from ``start`` to the end of ``text``: the words before the narrator's cue, and
    the words going on after the cue's sentence; ``narrated``: the words set off by a comma after the cue up to the
    line's end are the narrator's too (a line of a dialogue in one pair of marks: "« Il pleut ? demande X, un seau
    dans chaque main."), else they must end the line. None with no cue."""
    # (a question or a call ends its words before the cue as a comma does: "— Combien coûte la calebasse ? demande un
    # client.", its mark kept with the words)
    asked = [(m.start() + 1, m.end()) for m in _ASKED_BREAK.finditer(text, start)] if "?" in text or "!" in text else []
    for comma_start, comma_end in sorted([*_commas(text, start), *asked]):
        cue = text[comma_end : comma_end + _WINDOW // 2]
        stop = _INCISE_STOP.search(cue)
        for pattern in g.inserted:  # "assure la directrice", "a-t-elle ajouté", "sagte der Bürgermeister"
            match = pattern.match(cue, 0, stop.start() if stop else len(cue))
            if match is None or not _plausible(g, match.group("who")) or _first_person_or_group(g, match.group("who")):
                continue
            if not _role_fits(g, pattern, match):
                continue
            cue_end = _past_age(g, cue, match.end())
            end = _past_narrators_adjunct(g, cue, cue_end, stop.start() if stop else len(cue))
            told_how = end > cue_end
            ends = cue[end:].strip(" .!") == "" or narrated and _NARRATED_TAIL.fullmatch(cue, end) is not None
            if not ends and not (stop and end == stop.start()):
                continue  # the cue ends neither its sentence nor the line: no narrator's
            first = _Span(block, start, comma_start, dialogue=True)
            if ends or stop is None or told_how:
                return [first]  # (after how it was said, the narrator goes on: "… en rangeant les verres. Puis il …")
            return [first, _Span(block, comma_end + stop.end(), len(text), dialogue=True)]
    return []


_NARRATED_TAIL = re.compile(r",[^.!?;:\n]*[.!]?\s*")  # a clause set off after a cue up to its line's end


def _past_narrators_adjunct(g: Grammar, cue: str, end: int, sentence_end: int) -> int:
    """Where a narrator's cue ending at ``end`` ends: past a few words telling how or when it was said up to the end of
    its sentence (``_adjunct``: "— Ça coûte combien ? demande Lucien Morvan en rangeant les verres.", "— Nada
    —contestó Elena Ríos sin levantar la vista."), else at ``end``."""
    rest = cue[end:sentence_end].strip(" .!")
    words = rest.split()
    if words and _adjunct(g, words):
        return sentence_end
    # (set off by a comma, a posture: "demande Roseline Jean-Baptiste, penchée sur le lit.", "—preguntó X, apoyada en
    # la puerta." — or how it was said after a speaker set off as an apposition: "demande son entraîneur, Manex
    # Haramboure, en défaisant les bandes.", blind set 53 — not words that go on speaking: "dit Paul, il faut partir.")
    after = rest[1:].split()
    if not rest.startswith(","):
        return end
    told = _posture(g.lexicon, after) or _adjunct(g, after) or _apposed_role(g.lexicon, cue[:end], after)
    return sentence_end if told else end


def _apposed_role(lex: Lexicon, cue: str, words: list[str]) -> bool:
    """Whether words set off after a cue naming its speaker by name ("répond Rodrigue Tossou, élève de troisième.",
    "demande Yvette Lambotte, la retraitée.", "—responde Koldo Etxeberria, marinero de la lancha.") describe the
    speaker, the narrator's apposition (blind set 54, Abomey): a few words in lower case (nouns capitalised where the
    language writes them so) with no verb of being, a role noun among the first three, ending them or before what it
    is of, or a noun and its complement ("élève de", "marinero de"), an article perhaps first. Words that go on
    speaking ("dit Paul, la route est fermée", "le chef veut partir") hold a verb or no role."""
    named = cue.split()[-1:]
    if not 0 < len(words) <= _ADJUNCT_MAX_WORDS or not named or not named[0][:1].isupper():
        return False  # (a name ends the cue: "répond Rodrigue Tossou")
    bare = [w.strip(".,!?").lower() for w in words]
    if any(w in lex.copulas or w in lex.subject_pronouns for w in bare):
        return False
    if not lex.capitalised_nouns and not all(w.islower() for w in words):
        return False  # (German writes the role with a capital: "fragt Elfriede Brunner, die Rentnerin.")
    start = 1 if bare[0] in lex.articles or bare[0] in lex.determiners else 0
    for at in range(start, min(start + 3, len(bare))):
        noun = bare[at].split("'")[-1].split("’")[-1]  # ("l'ouvrière": its noun)
        after = bare[at + 1 : at + 2]
        linked = bool(after) and (after[0] in lex.complement_words or after[0] in lex.prepositions)
        if linked and at == start or role_head(noun, lex.code) and (not after or linked):
            return True  # (the role ends the words, or what it is of follows: "le chef veut partir" goes on)
    return False


def _posture(lex: Lexicon, words: list[str]) -> bool:
    """Whether words are a participle and a preposition opening what it is set on or against, a few in all ("penchée
    sur le lit", "apoyada en la puerta", "leaning on the rail")."""
    if not 1 < len(words) <= _ADJUNCT_MAX_WORDS or not words[0].islower() or words[1] not in lex.prepositions:
        return False
    return words[0].endswith(lex.participle_endings) or _gerund(lex, words[0])


# a question's mark and a word in lower case after it
_ASKED_BREAK = re.compile(rf"[?!]\s{{1,3}}(?=[^\W\d_{CAPITALS}])")


_ELLIPSIS_OPENS = re.compile(r" (?:…|\.\.\.) ?\w")


def _is_opener(text: str, mark: re.Match[str]) -> bool:
    glyph = mark.group()
    if glyph not in QUOTE_PAIRS:
        return False
    before = text[mark.start() - 1] if mark.start() else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    if glyph in _ALWAYS_OPEN:
        # (a space inside the mark before an ellipsis: “ … if the primary were held”, words left out at the start)
        return not after.isspace() or glyph == "«" or _ELLIPSIS_OPENS.match(text, mark.end()) is not None
    if glyph == "»":
        return not before.isalnum() and after.isalnum()  # German »Wir ...«; a French closer stands after words
    # Straight and single marks open after a space or opening punctuation, before a word.
    return not before.isalnum() and not after.isspace()


def _typed_as_closer(text: str, mark: re.Match[str], opener: re.Match[str]) -> bool:
    """Whether an opening curly mark closes the quote it repeats, typed where its closer belongs: glued to the words
    before it, a space or the end after it (“A,“ said Jo. / “the Arab states“ with): no opener stands so."""
    return (
        mark.group() == "“" == opener.group()
        and mark.start() > 0
        and not text[mark.start() - 1].isspace()
        and not _is_opener(text, mark)
    )


def _is_closer(text: str, mark: re.Match[str]) -> bool:
    glyph = mark.group()
    after = text[mark.end()] if mark.end() < len(text) else " "
    if glyph in _STRAIGHT or glyph in _SINGLE:
        # Not an apostrophe inside a word ("don’t", "Rutte’s").
        return not after.isalnum()
    return True


def _without_opening_mark(words: str) -> str:
    """``re.sub(r"^(?:''|``|.)", "", words, count=1)`` by string tests (a ''' opener keeps its nested single mark; "."
    is no newline): a regex call for each quote cost thousands of instructions."""
    if words.startswith(("''", "``")):
        return words[2:]
    return words if words[:1] in ("", "\n") else words[1:]


def _without_closing_mark(words: str) -> str:
    """``words`` less the first match of ``(?:''|.)$`` (the closing mark, or two for a ''), by string tests: "$" also
    matches before a last newline, which stays; "." is no newline."""
    if words.endswith("''\n"):
        return words[:-3] + "\n"
    if words.endswith("''"):
        return words[:-2]
    if words.endswith("\n"):
        return words[:-2] + "\n" if len(words) > 1 and words[-2] != "\n" else words
    return words[:-1]


def _opening_glyph(blocks: list[Block], span: _Span) -> str:
    """The mark a quote's part opens on ("''" for doubled apostrophes)."""
    text = blocks[span.block].text
    return text[span.start : span.start + 2] if text.startswith(("''", "``"), span.start) else text[span.start]


def _quote_text(text: str, span: _Span) -> str:
    if span.dialogue:  # (the dashes and the punctuation around a narrator's cue are no part of the words)
        return text[span.start : span.end].lstrip(f" {DASHES},.;:").rstrip(f" {DASHES},;")
    inner = text[span.start : span.end]
    inner = _without_opening_mark(inner) if span.marked else inner
    if span.closed:
        inner = _without_closing_mark(inner)
    return inner.strip().rstrip(",").strip()


def _new_sentence_follows(text: str, span: _Span) -> bool:
    """Whether the quote ends its sentence and the text after it starts a new one."""
    end = span.end
    if not _ends_sentence(text[end - 4 if end > 4 else 0 : end]):
        stop = _STOP_AFTER.match(text, end)
        if stop is None:
            return False
        end = stop.end()
    # (a quote opening after it opens the next sentence: “A.” / “B,” he said.)
    # (and a Spanish question or exclamation opening it: "«…» ¿Quién habla así? Marta Ruiz.")
    following = text[end : end + 6].lstrip().lstrip(_OPENING_MARKS + "'`¿¡")
    return not following or following[0].isupper()


_CUES_AFTER_KEPT = 512  # the windows after an article's quotes whose cue is kept (PolNeAR tune: 872 asks, 664 new)


def _speaker_after(g: Grammar, text: str, end: int, standalone: bool) -> re.Match[str] | None:
    """The cue right after a quote; ``standalone``: the cue must be a sentence of its own. Read from the window after
    the quote alone, and kept for the article (``find_quotes`` empties the table): the readers of a quote's speaker ask
    for the same quote's cue again (a quarter of the calls of a PolNeAR pass), and each reading runs the cue patterns
    over the window."""
    return _speaker_in_window(g.lexicon.code, text[end : end + _WINDOW], standalone)


@lru_cache(maxsize=_CUES_AFTER_KEPT)
def _speaker_in_window(code: str, window: str, standalone: bool) -> re.Match[str] | None:
    """:func:`_speaker_after` of the window after a quote, in a language's grammar: it reads nothing else."""
    g = grammar(code)
    if window[:2].lstrip().startswith("(") and (gloss := _GLOSS.match(window)) is not None:
        # “Mir sinn houfreg” (We are proud), says Nathalie Schmit: the words in brackets gloss the quote (blanked, so
        # that the cue's places stay the text's)
        window = " " * gloss.end() + window[gloss.end() :]
    stop = _DOUBLE_MARKS.search(window)
    cut = bool(stop and stop.start() > 0)  # the window stops at another quote
    if stop and cut:
        window = window[: stop.start()]
    quoting = g.quoting.search(window, 0, _CUE_GAP // 2)  # (an end past the window's reads to its end)
    if quoting and re.fullmatch(r"[\s,]+[^.!?:;]{0,80}", window[: quoting.start()]):
        return quoting  # “...,” a tabloid quoted her as saying: she said it, not the tabloid
    if (body := _body_credited(g, window)) is not None:
        return body  # "„…“, heißt es vom Tiefbauamt Winterthur": the body, not "es" nor the person quoted before
    # (a language with no impersonal cue is spared the call)
    impersonal = _impersonal(g.lexicon.code)[0].match(window) if g.lexicon.impersonal_cues else None
    if impersonal is not None:
        # "„...“, hieß es in der Erklärung weiter": "es", the body or the quote's before; "heißt es im Urteil von
        # Friedensrichter Marc Lentz": the document's author
        author = _impersonal_author(g.lexicon.code).match(window)
        if author is not None and _issuing(g, author.group("who")):
            return author
        # ("„…“, hieß es aus Parteikreisen": circles the text leaves unnamed)
        return _unnamed_source_word(g, window, impersonal.end(), sentence_end(window, impersonal.end())) or impersonal
    if (demonstrated := _demonstrated_body(g, window)) is not None:
        return demonstrated  # "«…», informó esta consejería": the body, not the subject the verb would stand for
    # (most cues after a quote open on their speaker, "he said": the cues that open on a verb are not tried there)
    for pattern in g.after if g.opens_on_verb(window) else g.after_subject_first:
        match = pattern.search(window)
        if match is None:
            continue  # (most patterns: no cue of theirs after the quote)
        match = _before_particle(g, window, match)
        ends = _sentence_in(match.group("who")) if match else 0
        if match and ends < len(match.group("who")) and match.start("who") > 0:
            # (a speaker read past its sentence's end is read again within it: "a affirmé l'adjoint. Selon lui, « … »")
            match = _before_particle(g, window, pattern.search(window, 0, match.start("who") + ends + 1)) or match
        if match and "role" in pattern.groupindex and (role := match["role"]) and _sentence_in(role) < len(role):
            continue  # "a déclaré la maire. Son adjointe, Martine Rouquette, ...": the role ran into the next sentence
        plausible = match and _plausible(g, _article_written(g.lexicon, match.group("who")))
        if match and (plausible or _known_surname(g, match.group("who")) or _dropped(g, match)):
            who = match.group("who")
            if not _role_fits(g, pattern, match) or ";" in window[: match.start("who")]:
                continue  # (a clause of its own after a semicolon: "pide «...»; la Consejería promete refuerzos")
            if _sentence_in(who) < len(who) and match.start("who") < match.start(pattern.groupindex.get("verb", 0)):
                continue  # “...” Cruz. From Bush’s Facebook post: the verb is another sentence's
            if "verb" in pattern.groupindex and separable_particle_missing(
                g.lexicon, match.group("verb"), window[match.end() : sentence_end(window, match.end())]
            ):
                continue
            if standalone:
                close = sentence_end(window, match.end())
                rest = window[match.end() : close]
                ended = _ends_sentence(window.rstrip())  # (the sentence closes before the mark)
                if cut and close >= len(window) and not ended and re.search(r"[^\W\d_]", rest):
                    continue  # “A.” Reid said both men are “non-entities”: a sentence with a quote of its own
                # (a clause of its own after the cue reports nothing: "told ITV when asked how it would fare if ...")
                # (nor does a participle's after a comma: "asked, repeating a broadside that he used")
                clause = _clause_opening(g.lexicon.code).search(rest) or _participle_clause(g, rest)
                rest = rest[: clause.start()] if clause else rest
                if REPORTED_CLAUSE.search(rest) or not re.match(r"[\s,]*(?:[.;]|$|[a-z(]|[A-Z][a-z]+day)", rest):
                    continue
            return _title_before_name(g.lexicon, window, match)
    return None


_STOPPED_TITLE_MAX = 4  # the letters of an unlisted abbreviated title read by its shape ("Br.", "Plan.", "Fr.")
_NAME_AFTER_TITLE = 4  # the name words read after it at most


def _title_before_name(lexicon: Lexicon, window: str, match: re.Match[str]) -> re.Match[str]:
    """A speaker after the cue that is one short capitalised word its stop ends, a whole name after it: the word is a
    title the lists lack, abbreviated, and the name after its stop is the speaker's ("said Br. Lionel Dore, minister of
    the church", "dijo Plan. Rafael Ortiz Brignoni."), never a sentence's end. The name must close the sentence or be
    set off by a comma (not "said Moss. Anna Kim then left"), the word must be no first name of any lexicon, and the
    name two words at least, the first no initial and no function word (a surname ends its sentence before "Der
    CDU-Abgeordnete Jonas Weidner" or "Das Förderprogramm"); else the match as read. One test in C first: a speaker of
    one word right before a stop and a space."""
    end = match.end("who")
    if not window.startswith(". ", end):
        return match
    who = match.group("who")
    if not (1 < len(who) <= _STOPPED_TITLE_MAX and who.isalpha() and who[0].isupper() and who[1:].islower()):
        return match
    if known_first_name(who):
        return match
    words = window[end + 2 : end + 2 + 120].split(maxsplit=_NAME_AFTER_TITLE)
    if words and (words[0].lower() in lexicon.stopwords or words[0].lower() in lexicon.determiners):
        return match
    run: list[str] = []
    for word in words[:_NAME_AFTER_TITLE]:
        bare = word.rstrip(".,;")
        if not name_word(bare) or bare.endswith("."):
            break
        run.append(bare)
        if bare != word:
            break
    if len(run) < 2 or not words[len(run) - 1].endswith((".", ",")) and len(words) > len(run):
        return match
    name = " ".join(run)
    at = end + 2
    if not window.startswith(name, at):
        return match
    if "verb" not in match.re.groupindex or match.start("verb") < 0 or match.end("verb") > match.start("who"):
        return _span_pattern(len(name)).match(window, at) or match
    # (the cue's verb kept as read, for the readers that ask where it stands)
    verb, gap = match.end("verb") - match.start("verb"), at - match.end("verb")
    return _verb_and_name_pattern(verb, gap, len(name)).match(window, match.start("verb")) or match


@lru_cache(maxsize=64)
def _verb_and_name_pattern(verb: int, gap: int, name: int) -> re.Pattern[str]:
    """A pattern whose groups "verb" and "who" are the next ``verb`` characters and, ``gap`` after them, the ``name``
    after (a cue's verb and a speaker found by hand, as a match)."""
    return re.compile(rf"(?P<verb>.{{{verb}}}).{{{gap}}}(?P<who>.{{{name}}})", re.S)


# A comma, a verb, then a determiner and a noun, the speaker: ", informó (este ministerio)"
_DEMONSTRATED_CUE = re.compile(
    r"\s{0,2},\s{1,3}(?P<verb>[^\W\d_]{2,30})\s{1,3}(?P<who>(?P<determiner>[^\W\d_]{2,12})\s{1,3}(?P<noun>[^\W\d_]{2,30}))\b"
)


def _body_credited(g: Grammar, window: str) -> re.Match[str] | None:
    """The body a cue right after a quote credits by a verb or a document of its own (``cues.body_cue``), or None: one
    word names a body only as a body's noun ("heißt es vom Landratsamt"; not "indique-t-on à Quimper")."""
    match = body_cue(g.lexicon.code).match(window) if g.lexicon.body_cues else None
    if match is None:
        return None
    who = match.group("who")
    return match if " " in who or _body_noun(g.lexicon, who.lower()) else None


def _role_fits(g: Grammar, pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """Whether the role a cue gives before the name is one: a title or role noun, or a description; and a word in
    lower case opening the name after it, when no article does, a role noun ("said the introducer, actress Jane
    Curtis"; not "said the mayor, meeting Jane Curtis")."""
    if "role" not in pattern.groupindex:
        return True
    first = match.group("who").split(maxsplit=1)[0]
    if first.islower() and first not in g.lexicon.definite and not title_role(first.removeprefix("l'"), g.lexicon):
        return False
    role = match.group("role")
    if _is_role(g, role) or _describes(g, role):
        return True
    # ("dijo la gerente, Aina Sintes": Spanish "la" read as the verb's object pronoun is the role's article; the role
    # with it describes her, as "dijo el gerente, Pedro Ruiz" does; so with what it is of, "dijo la gerente de la
    # naviera Mar del Sur, Lucía Tan", as "dijo el gerente de la naviera …" is his, where the article is a word of its
    # own: an elided one, "a indiqué l'association organisatrice, Santons de …", is read by the patterns of a body)
    described = _with_article(g, match.string, role, match.start("role"))
    spaced = described[: len(described) - len(role)].rstrip()[-1:].isalpha()
    return described != role and (" " not in role or spaced) and _describes(g, described)


def _describes(g: Grammar, phrase: str) -> bool:
    """Whether a phrase before a name is a description of them: a determiner first, a noun in lower case last
    ("another Twitter user, Johanna Bayer", "a local shopkeeper, Jo Reed", "son petit-fils, Théo Chabert"), or before
    what it is of ("el patrón del Club de Remo Portuondo, Iñaki Etxeberria"); an owner stands for the determiner
    ("Clinton's introducer, actress Jamie Lee Curtis")."""
    words = phrase.split()
    lex = g.lexicon
    size = len(words)
    if size < 2 or words[0].lower() not in lex.determiners and not _possessive(words[0]):
        return False
    # (or its noun, then what it is of: "el patrón del Club de Remo Portuondo, Iñaki Etxeberria", "the harbour master
    # of Eastport, Tom Reid": the word before the first link of what it is of)
    of = next((at for at in range(2, size) if words[at].lower() in lex.complement_words), size)
    head = words[of - 1]
    if lex.capitalised_nouns and head[:1].isupper():
        # (a language that capitalises nouns: a noun of a person by its ending, "sagte der Schäfer, Hans Roth", "die
        # Käserin, Anna Roth"; not a given name, "sagte die Tochter Anna, Lea Roth" is read otherwise)
        low = head.lower()
        person = person_ending(low) or bool(lex.feminine_endings) and low.endswith(lex.feminine_endings)
        return head.isalpha() and person and not known_first_name(head)
    return head.replace("-", "").isalpha() and head.islower() and head not in lex.stopwords


def _dropped(g: Grammar, match: re.Match[str]) -> bool:
    """Whether a cue's speaker is its verb, standing for the subject the language drops, a participle too ("«…», ha
    contado.")."""
    return _dropped_verb(g, match.group("who"))


def _demonstrated_body(g: Grammar, window: str) -> re.Match[str] | None:
    """The noun of a body named by a demonstrative determiner after a cue verb right after a quote, in a language that
    drops the subject ("«…», informó este ministerio en su balance"): read as "el ministerio" is, the body of that
    noun named before (``Cast.resolve``), never the sentence's subject the verb alone would stand for."""
    if not g.lexicon.pro_drop:
        return None
    cue = _DEMONSTRATED_CUE.match(window)
    lex = g.lexicon
    if cue is None or cue["verb"].lower() not in lex.cue_verbs:
        return None
    if cue["determiner"] not in lex.demonstrative_determiners:
        return None
    if not _body_noun(lex, cue["noun"].lower()):
        return None
    return _span_pattern(len(cue["noun"])).match(window, cue.start("noun"))


def _dropped_verb(g: Grammar, who: str) -> bool:
    """Whether a cue's speaker is a verb standing for the subject the language drops: a cue verb ("«…», explica"), the
    copula before the manner of speaking ("Preguntada por una alternativa, fue clara: «…»"), or another verb of the
    third person singular, of the preterite or the present, as written in lower case, of a sentence leading into the
    quote with a colon ("Luego se acordó de quien le enseñó a catar: «…»", "Enseña un rollo de soga: «…»" read in
    lower case, see :func:`_dropped_colon_verb`)."""
    word, lex = who.lower(), g.lexicon
    return lex.pro_drop and (
        word in lex.cue_verbs
        or word in g.copula_ends
        or who.islower()
        and (singular_finite(lex, who) or _present_singular(lex, who))
    )


def _present_singular(lex: Lexicon, word: str) -> bool:
    """Whether a word in lower case ends as a verb of the third person singular of the present does (lexicon
    ``present_singular_endings``: "enseña", "tiene") and is no small word (:func:`_small_word`: "ella", "esta",
    "nadie")."""
    return (
        not _small_word(lex, word)
        and word.isalpha()
        and bool(lex.present_singular_endings)
        and word.endswith(lex.present_singular_endings)
    )


def _unnamed_group(g: Grammar, mention: str) -> bool:
    """Whether a mention is one plural group noun, capitalised where it opens a sentence ("Residents", "Officials") or
    after its article ("the protesters"), a description a quantifier opens ("Some parents", "Certains parents", "Einige
    Anwohner"), or a crowd after its article ("the crowd", "the fans", "le public", "das Publikum")."""
    lex, words = g.lexicon, mention.lower().split()
    if words[0] in lex.quantifiers:
        return True
    # (the noun right after the article heads the description: "the fans outside the town hall")
    opens = len(words) > 1 and (words[0] in lex.definite or words[0] in lex.plural_articles)  # ("los vecinos")
    noun = words[1] if opens else words[0] if len(words) == 1 else ""
    return noun in lex.crowd_nouns and noun != words[0] or noun in lex.group_nouns and noun.endswith("s")


def _gerund(lex: Lexicon, word: str) -> bool:
    return bool(lex.gerund_endings) and word.endswith(lex.gerund_endings)


def _participle_clause(g: Grammar, rest: str) -> re.Match[str] | None:
    """A clause opening on a present participle and its object after a comma ("..., repeating a broadside that ..."),
    or None (not "..., saying Christie was": a participle before a clause reports speech)."""
    lex = g.lexicon
    if not lex.gerund_endings:
        return None
    for clause in re.finditer(r",\s+(\w+)\s+(\w+)", rest):
        if _gerund(lex, clause.group(1)) and clause.group(2).lower() in lex.determiners:
            return clause
    return None


def _known_surname(g: Grammar, who: str, dates: bool = True) -> bool:
    """Whether a speaker next to a cue verb is one capitalised word that is as often something else as a surname, kept
    only when the cast knows someone by it (see :func:`_resolve`): a word ending like a present participle ("says
    Suckling", "Schilling told WEEI:", "King said"; but "Looking ahead:" names no one), or with ``dates`` (after the
    verb, or opening the sentence) a weekday or a month ("„…“, sagte Sonntag im Premierengespräch"; before it a day is
    when: "Priebus later Thursday told") or a title ("sagte Richter" of Rudolf Richter, "said Dean" of Richard Dean;
    "Executive" of "Anna Berg, Chief Executive, said" names no one; inside a sentence before the verb a title is a
    description's noun: "Der Sprecher bat")."""
    if not (who[:1].isupper() and who.isalpha()):
        return False
    word = who.lower()
    participle = word.endswith("ing") and word not in g.lexicon.cue_verbs and word not in g.lexicon.not_names
    return participle or dates and (word in g.lexicon.date_words or word in g.lexicon.titles)


def _before_particle(g: Grammar, text: str, match: re.Match[str] | None) -> re.Match[str] | None:
    """A speaker after a separable verb cut before the particle that closes the clause: "fügte der Minister| hinzu",
    "legte der Minister| nach" (a description reads on over a lower-case word)."""
    if match is None or "verb" not in match.re.groupindex or not g.lexicon.separable_cues:
        return match
    who = match.group("who")
    head, _, last = who.rpartition(" ")
    if not head or last not in particles_of(g.lexicon, match.group("verb")):
        return match
    return match.re.match(text, match.start(), match.start("who") + len(head)) or match


def _is_role(g: Grammar, phrase: str) -> bool:
    """Whether a phrase ends in a title or a role noun ("Acme's operations director"), before what it
    is the role of ("la presidenta de la asociación")."""
    words = phrase.split()
    lex = g.lexicon
    of = next(
        (i for i, w in enumerate(words) if i and (w.lower() in lex.prepositions or w.lower() in lex.complement_words)),
        len(words),
    )
    # the role's noun ends it ("l’adjointe"), or comes before the adjective that ends it ("consejero delegado",
    # "directeur général")
    return any(_role_word(lex, _unelided(w.lower())) for w in words[max(0, of - 2) : of])


def _role_word(lex: Lexicon, word: str) -> bool:
    return word in lex.titles or bool(role_head(word, lex.code))


@per_language
def _interjection(code: str) -> re.Pattern[str]:
    """The writer's words announcing a quote at the end of the text before it (", and I quote, ")."""
    said = phrases(LEXICONS[code].quote_interjections)
    return re.compile(rf",\s{{0,3}}(?:{said})\s{{0,3}}[,:]\s{{0,3}}$" if said else NEVER, re.IGNORECASE)


@per_language
def _set_off_relative(code: str) -> re.Pattern[str]:
    """A relative clause set off by commas right after a subject, up to its closing comma (", which runs the AMAs,",
    ", qui organise le salon,"): the subject's verb follows it."""
    relatives = phrases(sorted(LEXICONS[code].relative_pronouns))
    clause = rf",\s{{1,3}}(?:{relatives})\s[^,.;:!?\n“”„\"«»()]{{1,{_SET_OFF_CHARS}}},(?=\s)"
    return re.compile(clause if relatives else NEVER, re.IGNORECASE)


@per_language
def _floor_call(code: str) -> re.Pattern[str]:
    """A call from the floor opening a parenthesis of a record of a sitting, up to the colon before the quote ("(Zuruf
    von Ratsherr Gerd Thießen: ", "(Interruption de M. Paul Vidal : "): its group "who" is the caller."""
    calls = phrases(sorted(LEXICONS[code].floor_calls))
    caller = r"(?P<who>[^()\n:“”„\"«»]{2,80}?)"
    return re.compile(rf"\(\s{{0,3}}(?i:{calls})\s{{1,3}}\w+\s{{1,3}}{caller}\s{{0,3}}:\s{{0,3}}$" if calls else NEVER)


@per_language
def _impersonal(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An impersonal cue right after a quote ("„...“, hieß es in der Erklärung"), one ending the text before it
    ("In einer Mitteilung hieß es: „...“"), and one before a comma and the reported clause the quote stands in ("In
    einer Mitteilung heisst es, man zahle «…»"; opened on the verb, see ``_documented_report``): its dummy subject is
    the group "who"."""
    cues = LEXICONS[code].impersonal_cues
    if not cues:
        return re.compile(NEVER), re.compile(NEVER), re.compile(NEVER)
    verbs = phrases(tuple({c.rsplit(maxsplit=1)[0] for c in cues}))
    dummies = phrases(tuple(_dummies(code)))
    bare = rf"(?:{verbs})\s{{1,3}}(?P<who>{dummies})\b"
    cue = rf"\b{bare}"
    return (
        re.compile(rf"[\s,;:—–-]{{0,6}}{cue}"),
        re.compile(rf"{cue}[^.!?“”„\"«»]{{0,80}}?:\s{{0,3}}$"),
        re.compile(rf"{bare}\s{{0,3}},[^.!?:“”„\"«»]{{1,120}}$"),
    )


def _documented_report(g: Grammar, window: str) -> re.Match[str] | None:
    """An impersonal cue, a comma and the reported clause the quote stands in, after a phrase that names the document
    it is read in ("In einer Mitteilung heisst es, man zahle «…»": the document's issuer, the subject of the sentence
    before, speaks); after a phrase that names a body ("Aus der Fraktion heißt es, …") it is none of this rule's."""
    lex = g.lexicon
    for match in _impersonal(lex.code)[2].finditer(window):
        opening = window[: match.start()].split()
        if opening and window[match.start() - 1].isspace():
            last = opening[-1].lower()
            if last in lex.document_nouns or lex.compound_nouns and _compound_of(last, lex.document_nouns):
                return match
    return None


def _named_person(g: Grammar, run: str) -> bool:
    """Whether a capitalised run names a person by a known first name, after any title ("Friedensrichter Marc Lentz";
    not "Verbands" of "in einer Mitteilung des Verbands", a body in the genitive)."""
    first = untitled(run, g.lexicon.code).split()[:1]
    return bool(first) and known_first_name(first[0]) and _plausible(g, run)


_SOURCE_WORD = re.compile(r"(?P<who>[^\W\d_]+)")


def _unnamed_source_word(g: Grammar, text: str, start: int, end: int) -> re.Match[str] | None:
    """The first word of ``text[start:end]`` that is a noun of a source the text leaves unnamed (lexicon source_nouns:
    "Kreisen", "Quellen", "Umfeld"; in a language that compounds its nouns, one ending so: "Parteikreisen"), as a
    cue's "who": a mention that names no one (``Cast.resolve``)."""
    lex = g.lexicon
    if not lex.source_nouns:
        return None
    for word in _SOURCE_WORD.finditer(text, start, end):
        low = word.group().lower()
        compound = lex.compound_nouns and any(low.endswith(n) and len(n) >= 4 for n in lex.source_nouns)
        if low in lex.source_nouns or compound:
            return word
    return None


def _issuing(g: Grammar, run: str) -> bool:
    """Whether the capitalised run after a document noun and its link names who issued the document: a person
    ("Friedensrichter Marc Lentz") or a body by its kind ("der Stadt", "des Ministeriums", "der Stadt Oberhausen")."""
    first = run.split()[0].lower()
    lex = g.lexicon
    return _named_person(g, run) or first in lex.town_bodies or first in lex.organisation_words


@per_language
def _impersonal_author(code: str) -> re.Pattern[str]:
    """An impersonal cue right after a quote, then what it reads in and who wrote it after a link ("„…“, heißt es im
    Urteil von Friedensrichter Marc Lentz", "hieß es in einem Schreiben des Landrats Jan Ott"): the author is "who"
    (checked to be a person: "in einer Mitteilung des Verbands" names a body)."""
    lex = LEXICONS[code]
    if not (lex.impersonal_cues and lex.publication_links and lex.body_links):
        return re.compile(NEVER)
    verbs = phrases(tuple({c.rsplit(maxsplit=1)[0] for c in lex.impersonal_cues}))
    dummies = phrases(tuple(_dummies(code)))
    links = phrases(tuple(lex.publication_links))
    articles = phrases(tuple({*lex.definite, *lex.indefinite}))
    by = phrases(tuple(lex.body_links))
    return re.compile(
        rf"[\s,;:—–-]{{0,6}}\b(?:{verbs})\s{{1,3}}(?:{dummies})\s{{1,3}}(?i:{links})\s{{1,3}}(?:(?i:{articles})\s{{1,3}})?"
        rf"\w+\s{{1,3}}(?:{by})\s{{1,3}}(?P<who>{NAME_RUN})"
    )


@per_language
def _impersonal_source(code: str) -> re.Pattern[str]:
    """A publication's name after the preposition it is read in, or a body's after one it speaks from, right before an
    impersonal cue ("Im „Untermain-Echo“ heißt es:", "In der Frankfurter Rundschau hieß es:", "Von der Gemeinde heißt
    es:"): the name is the source; not a document ("In einer Mitteilung der Polizei hieß es": a name after the
    noun)."""
    lex = LEXICONS[code]
    if not lex.publication_links:
        return re.compile(NEVER)
    links = phrases(tuple(lex.publication_links | lex.source_links))
    articles = phrases(tuple(lex.definite))
    return re.compile(
        rf"(?<![\w])(?i:{links})\s{{1,3}}(?:(?i:{articles})\s{{1,3}})?[„“\"«»]?(?P<who>{NAME_RUN})[“”\"«»]?\s{{1,3}}$"
    )


@per_language
def _named_complement(code: str) -> re.Pattern[str]:
    """A description in lower case after its definite article, then a complement naming a place or a body ("the
    mayor| of Kendal", "l'élu| de la Manche", "el responsable| de Salvamento"): where the complement opens is "link".
    Where every noun is capitalised a capital tells no name: there the complement is a genitive's (lexicon
    ``genitive_links``) after the description's head noun, the head capitalised too ("der oberste Bergretter| des
    Tals", never a man named "Tals")."""
    lex = LEXICONS[code]
    if not lex.complement_words or lex.capitalised_nouns and not lex.genitive_links:
        return re.compile(NEVER)
    spaced = sorted((d for d in lex.definite if d[-1].isalpha()), key=lambda d: (-len(d), d))
    glued = sorted((d for d in lex.definite if not d[-1].isalpha()), key=lambda d: (-len(d), d))
    determiner = "|".join([*(re.escape(d) + r"\s+" for d in spaced), *map(re.escape, glued)])
    if lex.capitalised_nouns:
        lower = rf"[^\W\d_{CAPITALS}][\w’'\-]*"
        capital = rf"[{CAPITALS}][\w’'\-]*"
        return re.compile(
            rf"(?P<determiner>(?i:{determiner}))(?:{lower}\s+){{0,3}}{capital}"
            rf"(?P<link>\s+(?:{phrases(lex.genitive_links)})\s+)(?:{lower}\s+)?{capital}(?:\s+{capital}){{0,4}}"
        )
    links = phrases(w for w in lex.complement_words if w[-1].isalpha())
    elided = "|".join(re.escape(w) for w in sorted(lex.complement_words) if not w[-1].isalpha()) or "(?!)"
    lower = rf"[^\W\d_{CAPITALS}][\w’'\-]*"
    capital = rf"[{CAPITALS}][\w’'\-]*"
    return re.compile(
        rf"(?P<determiner>(?i:{determiner}))(?:{lower}\s+){{0,3}}{lower}"
        rf"(?P<link>\s+(?:{links})\s+(?:(?i:{determiner}))?|\s+(?:{elided})){capital}(?:\s+{capital}){{0,4}}"
    )


@lru_cache(maxsize=8)
def _dummies(code: str) -> frozenset[str]:
    """The dummy subjects of a lexicon's impersonal cues ("es" of "hieß es")."""
    return frozenset(cue.rsplit(maxsplit=1)[-1] for cue in LEXICONS[code].impersonal_cues)


_SAID_WHAT_CHARS = 100  # a relative clause of what was said, before the colon: "le dijo un día don Anselmo"


@per_language
def _said_what_clause(code: str) -> re.Pattern[str]:
    """The relative clause of what was said that closes the words before a colon (lexicon ``said_what``), its words
    after the relative pronoun as "clause", with no comma (not a question's "was geschieht, wenn …, antwortete X:"); a
    definite description may end it ("lo que le dijo el médico")."""
    lex = LEXICONS[code]
    if not lex.said_what:
        return re.compile(NEVER)
    relative = "|".join(re.escape(w) for w in lex.said_what)
    return re.compile(
        rf"(?<![\w’'])(?i:{relative})\s{{0,3}}(?P<clause>[^,.!?;:“”„\"«»]{{1,{_SAID_WHAT_CHARS}}}?)\s{{0,3}}:\s{{0,3}}$"
    )


@per_language
def _clause_description(code: str) -> re.Pattern[str]:
    """A definite description of one or two words ending a clause ("el médico", "la maire", "der Bürgermeister")."""
    definite = "|".join(re.escape(w) for w in LEXICONS[code].definite) or NEVER
    return re.compile(rf"(?<![\w’'])(?P<who>(?:{definite})\s{{1,3}}[^\W\d_]+(?:\s{{1,3}}[^\W\d_]+)?)$", re.I)


def _said_by(g: Grammar, window: str) -> re.Match[str] | None:
    """The subject of a relative clause of what was said closing the words before the colon: the name in it, else the
    description ending it ("Encarna recuerda lo que le dijo un día don Anselmo: «…»" is his; "Marie se souvient de ce
    que lui a dit la maire : « … »" the mayor's): the words are the one who said them, not the one who remembers."""
    clause = _said_what_clause(g.lexicon.code).search(window)
    if clause is None or g.any_verb.search(clause.group("clause")) is None:
        return None
    start, end = clause.span("clause")
    name = _CAPITAL_RUN.search(window, start, end)
    if name is not None and _plausible(g, name.group()):
        return _span_pattern(len(name.group())).match(window, name.start())
    described = _clause_description(g.lexicon.code).search(window[start:end].rstrip())
    if described is not None and _plausible(g, described.group("who")):
        return _span_pattern(len(described.group("who"))).match(window, start + described.start("who"))
    return None


@per_language
def _owner_words(code: str) -> tuple[re.Pattern[str], ...]:
    """A phrase naming whose words follow, at the end of the text before the quote ("in Forbes’ words, ", "Sauer
    zufolge ")."""
    lex = LEXICONS[code]
    owner = rf"(?P<who>{NAME_RUN})(?:[’']s|(?<=s)[’'])"
    # (one pattern for all the phrases: their openings, the owner, their endings — "in", "to borrow" … "words",
    # "phrase" —, a search of the text before each quote, not one per phrase)
    heads = sorted({phrase.split("{}")[0] for phrase in lex.owner_words}, key=lambda h: (-len(h), h))
    tails = sorted({phrase.split("{}")[1] for phrase in lex.owner_words}, key=lambda t: (-len(t), t))
    either = "|".join
    owned = (
        (re.compile(rf"\b(?:{either(map(re.escape, heads))}){owner}(?:{either(map(re.escape, tails))}),\s{{0,3}}$"),)
        if lex.owner_words
        else ()
    )
    after = "|".join(map(re.escape, lex.according_after))
    return owned + ((re.compile(rf"\b(?P<who>{NAME_RUN})\s{{1,3}}(?:{after}),?\s{{0,3}}$"),) if after else ())


def _speaker_before(g: Grammar, text: str, start: int, floor: int) -> re.Match[str] | None:
    match = _cue_before(g, text, start, floor)
    if match is not None and (subject := _subject_before_object(g, match)) is not None:
        return subject  # "il nous avait confié :": "nous" is the object of the verb, "il" its subject
    if match is not None and g.lexicon.inverted_subject_pronouns and (subject := _subject_after_verb(g, match)):
        return subject  # "Sein Geheimnis verrät er nur halb:": the secret is the object, "er" the subject
    if match is not None and _opening_participle(g, match):
        # "Preguntada por los menús, añadió: «…»": the subject the language drops, never the participle
        return _dropped_subject(g, match.string)
    if match is not None and match.string.endswith(_SPACED_ANDS[g.lexicon.code], 0, match.start("who")):
        # ("The Department of Parks and Recreation noted:": the body's whole name, not "Recreation")
        match = _joined_body(g, match.string, 0, match) or match
    match = _longest_body(g, match) if match is not None else None
    return _voiced_by(g, match) if match is not None and g.lexicon.voice_phrases else match


def _subject_before_object(g: Grammar, match: re.Match[str]) -> re.Match[str] | None:
    """The subject pronoun right before a pronoun found as the speaker: the pronoun after it is the verb's object
    ("il nous avait confié", "elle m'a dit", "sie uns sagte")."""
    lex, window = g.lexicon, match.string
    if match.group("who").lower().rstrip("'’") not in lex.pronouns:
        return None
    previous = window[max(0, match.start("who") - 12) : match.start("who")].split()[-1:]
    if not previous or previous[0].lower() not in lex.subject_pronouns:
        return None
    return _span_pattern(len(previous[0])).match(window, window.rindex(previous[0], 0, match.start("who")))


def _subject_after_verb(g: Grammar, match: re.Match[str]) -> re.Match[str] | None:
    """The subject pronoun right after the cue verb that follows words found as the speaker (lexicon
    ``inverted_subject_pronouns``): the words before the verb are its object ("Sein Geheimnis verrät er nur halb:",
    "Brakemeier lobt er:")."""
    window, end = match.string, match.end("who")
    words = window[end : end + _SUBJECT_AFTER_VERB_REACH].split(maxsplit=2)
    if len(words) < 2 or words[0].lower() not in g.lexicon.cue_verbs:
        return None
    if words[1].lower() not in g.lexicon.inverted_subject_pronouns or words[1][:1].isupper():
        return None
    return _span_pattern(len(words[1])).match(window, window.index(words[1], end + len(words[0])))


_SUBJECT_AFTER_VERB_REACH = 40  # characters after a speaker found read for its verb and the pronoun after it


def _opens_on_participle(g: Grammar, text: str) -> bool:
    """Whether ``text`` opens on a cue verb's participle and a preposition, a clause of its own closed by a comma
    ("Gefragt nach dem Menü,", "Asked about the menu,", "Interrogée sur le menu,", "Preguntada por los menús,"), or
    the participle and the question asked, its subordinator perhaps set off by a comma ("Gefragt, ob das schneller
    ginge,", "Asked whether the town would sue,", "Interrogée si …,": lexicon ``subordinators``)."""
    words = text.split(maxsplit=2)
    if len(words) < 2 or "," not in text:
        return False
    link = words[1].lower()
    asked = len(words) > 2 and link in g.lexicon.subordinators and "," in words[2]
    if not asked and link not in g.lexicon.prepositions:
        return False
    # (a participle agrees with its subject: "preguntada" of "preguntado", "interrogée" of "interrogé")
    word = words[0].rstrip(",").lower()
    bases = {word, word.removesuffix("s")}
    bases |= {b[:-1] + "o" for b in bases if b.endswith("a")} | {b[:-1] for b in bases if b.endswith("e")}
    return any(_participle(g.lexicon, base) or base in g.lexicon.opening_participles for base in bases)


def _opening_participle(g: Grammar, match: re.Match[str]) -> bool:
    """Whether a speaker found is a cue verb's participle opening its sentence before a preposition: a clause of its
    own ("Preguntada por los menús,", "Interrogée sur le menu,", "Asked about the menus,"), no name."""
    who, window = match.group("who"), match.string
    if " " in who or window[: match.start("who")].strip():
        return False
    return _opens_on_participle(g, window[match.start("who") :])


@per_language
def _voice(code: str) -> re.Pattern[str]:
    """A phrase that gives who speaks for a body, then the name, between commas (``voice_phrases``)."""
    phrases = "|".join(re.escape(p) for p in sorted(LEXICONS[code].voice_phrases, key=lambda p: (-len(p), p)))
    return re.compile(rf",\s{{1,3}}(?i:{phrases})\s{{0,3}}(?:[\w’'\-]+\s+){{0,4}}?(?P<who>{NAME_RUN})\s{{0,3}},")


def _voiced_by(g: Grammar, match: re.Match[str]) -> re.Match[str]:
    """The person a body speaks through, named between commas right after it ("L'opposition municipale, par la voix
    de Sylvie Marchand, dénonce « … »": Sylvie Marchand), else the body (so when a unit or a body is named there)."""
    window, end = match.string, match.end("who")
    voiced = _voice(g.lexicon.code).match(window, end, end + _WINDOW // 2)
    if voiced is None or not _plausible(g, voiced.group("who")):
        return match
    if _names_sub_unit(g.lexicon, voiced.group("who")) or body_name(voiced.group("who"), g.lexicon.code):
        return match  # ("El Gobierno de Chubut, por medio de la Dirección de Vialidad, advirtió": a unit, no voice)
    return _span_pattern(len(voiced.group("who"))).match(window, voiced.start("who")) or match


_ASKED_MARK_REACH = 4  # characters before a quote read for the question mark of a question it answers ("? « ")


# What a reader of a window of words around a quote found there, by reader and grammar (the grammar kept with it, so
# that its id stands for it alone), for windows cut at ``_WINDOW`` (their sentence opens further back): a chain of
# quotes and cue verbs repeated in one sentence ("“a,” said “a,” said …", read across the short quotes' blanked marks)
# gives every quote of the chain the same windows, which were read again for each (a hostile page of 115 KB: 6,400
# quotes, 11 s). Emptied when full: a chain needs only its last ones.
_READ_WINDOWS: dict[tuple[object, int, str], tuple[Grammar, re.Match[str] | None]] = {}
_READ_WINDOWS_KEPT = 256
_WindowReader = Callable[[Grammar, str], re.Match[str] | None]


def _read_once(read: _WindowReader, g: Grammar, window: str, cut: bool) -> re.Match[str] | None:
    """``read(g, window)`` (a function of its two arguments alone), read once however many quotes the window is by
    when it was ``cut`` at the reach; a window holding its sentence's start is read at once (no other quote's window
    is the same, and most windows are such: the table is not asked for them)."""
    if not cut:
        return read(g, window)
    key = (read, id(g), window)
    kept = _READ_WINDOWS.get(key)
    if kept is not None and kept[0] is g:
        return kept[1]
    if len(_READ_WINDOWS) >= _READ_WINDOWS_KEPT:
        _READ_WINDOWS.clear()
    match = read(g, window)
    _READ_WINDOWS[key] = (g, match)
    return match


def _cue_before(g: Grammar, text: str, start: int, floor: int) -> re.Match[str] | None:
    opening = sentence_start(text, start)
    lo = _after_label(g, text, opening if opening > floor else floor, start)
    # (a quote opening its sentence, over half of them, has no words before it: every form of a cue needs some, but a
    # question of a possessive and a noun right before it, which the quote answers: "Son secret ? « … »")
    if lo >= start:
        asked = "?" in text[max(floor, start - _ASKED_MARK_REACH) : start]
        return _owner_colon(g, text[max(floor, start - _COLON_RUN) : start]) if asked else None
    window = text[lo:start]
    # (a generation word after a name is read after the cue is found, not by every pattern of the grammar: "Und Franz
    # Wimmer jun. fügt hinzu:" is read as "Und Franz Wimmer      fügt hinzu:", then the name given its word back)
    bare = _without_generations(g.lexicon, window)
    match = _read_once(_cue_in_words, g, bare, cut=opening == start - _WINDOW)
    if match is not None and (heard := _heard_from(g, bare, match.end("who"), len(bare))) is not None:
        # "Anna Berg often heard these words from her father:": the one they were heard from, not the hearer
        return _span_pattern(heard[1] - heard[0]).match(bare, heard[0]) if heard[1] > heard[0] else None
    if match is not None and match.group("who").lower() in g.lexicon.impersonal_subjects:
        # "Du côté de la mairie, on assure :": the body the sentence opens on speaks
        match = _body_placed(g, bare, match.start("who")) or match
    if match is not None and g.lexicon.compound_titles:
        # "Der Haus- und Grundbesitzerverein kritisierte:": the compound cut at its hyphen is the speaker's first part
        cut = cut_compound_start(bare, match.start("who"))
        if cut < match.start("who"):
            match = _span_pattern(match.end("who") - cut).match(bare, cut) or match
    return match if match is None or bare is window else _with_generation(g.lexicon, window, bare, match)


_HEARD_FROM_SPACES = 3  # " heard| from| her| father": the fewest spaces after a subject a hearing is read in


def _heard_from(g: Grammar, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``text[start:end]``, the words after a cue's subject up to the quote or the sentence's end, say the words
    were heard from someone (a verb of hearing, lexicon ``hearing_verbs``, then a link of ``heard_from_links``: "Anna
    Berg often heard these words from her father:", "Diese Worte hörte Anna Berg oft von ihrem Vater.", "Anna Berg a
    souvent entendu ces mots de son père :", "Ana Berg oyó muchas veces estas palabras de su padre:"): the span of the
    words after the link, up to a comma, colon or stop; None when there is no such verb and link, or a cue verb follows
    ("Tom Hill, who heard from the council, said:" is his). Most cues are told by one search per verb in C first."""
    lex = g.lexicon
    # (most often the cue's verb alone, "said:": a verb, a link and a word need three spaces at least)
    if not lex.heard_from_links or text.count(" ", start, end) < _HEARD_FROM_SPACES:
        return None
    words = text[start:end]
    if not any(map(words.__contains__, lex.hearing_verbs)):
        return None
    heard = -1
    for word in _WORD.finditer(text, start, end):
        low = word.group().lower()
        if low in lex.hearing_verbs:
            heard = word.end()
        elif heard >= 0 and low in lex.heard_from_links:
            if g.any_verb.search(text, heard, end):
                return None
            source = text[word.end() : end]
            stop = next((i for i, c in enumerate(source) if c in ",:;.!?"), len(source))
            begin = word.end() + len(source) - len(source.lstrip(" '’"))  # (past the elision's mark: "d’un voisin")
            return begin, word.end() + len(source[:stop].rstrip())
    return None


@per_language
def _impersonal_place(code: str) -> re.Pattern[str]:
    """Words of place opening a sentence, then a body and a comma, up to an impersonal subject ("Du côté de la mairie,
    on", "Chez Valmont, on"): the body is "who"."""
    lex = LEXICONS[code]
    if not lex.impersonal_places:
        return re.compile(NEVER)
    places = phrases(lex.impersonal_places)
    # (an article before the body is no part of its name: "der Polizei", "l'hôpital")
    spaced = [re.escape(a) + r"\s+" for a in (*lex.definite, *lex.plural_definite) if a[-1].isalpha()]
    glued = [re.escape(a) for a in lex.definite if not a[-1].isalpha()]
    article = rf"(?:(?i:{'|'.join(spaced + glued)}))?"
    return re.compile(rf"\s*(?i:{places})\s+{article}(?P<who>(?:[\w’'\-]+\s+){{0,4}}?[\w’'\-]+)\s*,?\s*$")


def _body_placed(g: Grammar, window: str, subject: int) -> re.Match[str] | None:
    """The body an impersonal subject at ``subject`` speaks for, named by the words of place that open its sentence
    ("Du côté de la préfecture, on assure :"); None when they name no body ("À Marseille, on dit :" is people there)."""
    match = _impersonal_place(g.lexicon.code).match(window, 0, subject)
    if match is None:
        return None
    words = re.split(r"[\s’']+", match.group("who").lower())  # ("de l'hôpital")
    return match if any(_body_noun(g.lexicon, w) for w in words) else None


@per_language
def _generation_suffix(code: str) -> re.Pattern[str]:
    """A generation word after a name word (lexicon ``generation_words``: "Wimmer| jun.", "Morel| fils")."""
    words = LEXICONS[code].generation_words
    return re.compile(rf" (?:{phrases(tuple(words))})(?!\w)") if words else re.compile(NEVER)


def _without_generations(lex: Lexicon, window: str) -> str:
    """``window`` with every generation word after a capitalised word blanked (as many spaces: every place stays), or
    ``window`` itself when it holds none; not one that ends a sentence before a capital, which the blank would join to
    the name ("sagt Anton Gruber jun. Und Anton Gruber sen. fügt hinzu")."""
    if not any(map(window.__contains__, lex.generation_words)):  # (in C: most windows hold none)
        return window
    bare = window
    for found in _generation_suffix(lex.code).finditer(window):
        after_name = window[: found.start()].rpartition(" ")[2][:1].isupper()
        if after_name and not window[found.end() :].lstrip()[:1].isupper():
            bare = bare[: found.start()] + " " * len(found.group()) + bare[found.end() :]
    return bare


def _without_open_apposition(g: Grammar, window: str) -> str:
    """``window``, the text after a quote, with the apposition after the name that opens it blanked (as many spaces:
    every place stays) when no comma closes it before the cue verb it runs into: "“…,” Kurinji Selvaraj, a research
    analyst at the Council on Energy, Environment and Water think tank told CBS News" (the name is the verb's subject,
    the apposition's last words are no speaker); ``window`` itself otherwise (the apposition opens on no article, a
    sentence or a quote ends before a verb, or a function word after its last comma opens a subject or a clause of its
    own: "“…,” Holt, a nurse, and the mayor said", "« … » C'est Sidi Ould Ahmed, le chauffeur, qui le dit")."""
    lex = g.lexicon
    opened = _OPEN_APPOSITION.match(window)
    if opened is None or (article := opened.group("article").lower()) not in lex.articles:
        return window
    if opened.group("who").split(maxsplit=1)[0].lower() in lex.determiners:
        return window  # ("„…“ Die Frau, die das sagt, heißt Ute Sieber": a description, no name)
    if article in lex.relative_articles and window[opened.end() : opened.end() + 1].islower():
        return window  # ("Ute Sieber, die das sagt": a relative clause, its own verb)
    verb = g.any_verb.search(window, opened.end())
    if verb is None or window.startswith(",", verb.end()):
        return window  # (a verb closing a clause of its own: "…, die das Amt leitet, sagt")
    apposition = window[opened.end("who") : verb.start()]
    if _APPOSITION_STOP.search(apposition) or apposition.rstrip().endswith(","):
        return window  # (a closed apposition is read by the cue patterns themselves)
    _, comma, after = apposition[1:].rpartition(",")  # (past the comma that opens the apposition)
    last = after.split()[:1] if comma else []
    if last and last[0].lower() in FUNCTION_WORDS:
        return window  # ("…, and the mayor said", "C'est X, le chauffeur, qui le dit": a subject or a clause of its own)
    return window[: opened.end("who")] + " " * (len(apposition) - 1) + window[verb.start() - 1 :]


def _without_incise(g: Grammar, window: str) -> str:
    """``window``, the text after a quote, with an incise set off between the cue verb opening it and the verb's
    subject blanked (as many spaces: every place stays): "«…», dijo, sin levantar la vista de sus papeles, el portavoz
    de la oposición", "« … », a lancé, le regard fixe, la maire", "„…“, sagte, ohne aufzusehen, der Sprecher" (the
    subject after the incise is the speaker, not someone a dropped subject stands for); ``window`` itself when it opens
    on no cue verb and such an incise (most quotes: told by the comma after the verb)."""
    incise = _INCISE.match(window)
    if incise is None or incise.group("verb").lower() not in g.lexicon.cue_verbs:
        return window
    words = incise.group("manner").split()
    lead = words[0].lower()
    # (how it was said: a preposition's or a gerund's phrase, or a noun with its article, "le regard fixe")
    if len(words) > _INCISE_MAX_WORDS or not (_adjunct(g, words[:_ADJUNCT_MAX_WORDS]) or lead in g.lexicon.definite):
        return window
    return window[: incise.end("verb")] + " " * (incise.end() - incise.end("verb")) + window[incise.end() :]


# A cue verb right after a quote and words set off by commas after it, before the subject: ", dijo, sin levantar la
# vista de sus papeles, el portavoz". Anchored, its lazy run bounded by 80 characters of no comma: linear.
_INCISE = re.compile(
    r"[\s,]{1,3}(?:[^\W\d_]{1,5}\s)?(?P<verb>[^\W\d_][\w’'\-]{1,30}),\s"
    rf"(?P<manner>[^\W\d_{CAPITALS}][^,.;:!?«»“”„\"\n]{{0,80}}?),\s"
)
_INCISE_MAX_WORDS = 9  # "sin levantar la vista de sus papeles", "ohne von seinen Notizen aufzusehen"


# A name right after a quote and an apposition opening on its article: "“…,” Kurinji Selvaraj, a research analyst"
_OPEN_APPOSITION = re.compile(rf"[\s,]{{0,3}}(?P<who>{NAME_RUN}),\s(?P<article>[^\W\d_]{{1,5}})\s")
_APPOSITION_STOP = re.compile(r"[.!?;:“”„\"«»\n]")  # a sentence's or a quote's end: the verb is another clause's


def _with_generation(lex: Lexicon, window: str, bare: str, match: re.Match[str]) -> re.Match[str]:
    """A cue's speaker found in ``bare``, the window with its generation words blanked (or in a part of it that ends
    it), with the one after it back ("Franz Wimmer jun."), as a match of the window as written."""
    if not bare.endswith(match.string):
        return match
    written = window[len(bare) - len(match.string) :]
    suffix = _generation_suffix(lex.code).match(written, match.end("who"))
    if suffix is None:
        return match
    return _span_pattern(suffix.end() - match.start("who")).match(written, match.start("who")) or match


_INTERJECTION_CLOSE = re.compile(r"\s{0,3}[,:]\s{0,3}")


def _interjected(g: Grammar, text: str, verb: re.Match[str]) -> bool:
    """Whether a cue verb is the writer's "I quote" set off by commas before a quote (``quote_interjections``)."""
    close = _INTERJECTION_CLOSE.match(text, verb.end())
    if close is None:
        return False
    return _interjection(g.lexicon.code).search(text, max(0, verb.start() - 24), close.end()) is not None


def _interjected_subject(g: Grammar, window: str) -> re.Match[str] | None:
    """The subject of the verb the writer's "I quote" follows when that verb is no cue ("The union wants, I quote,
    “…”", "Der Verband möchte, ich zitiere, „…“"): the words quoted are the subject's, never the writer's "I"."""
    verb = window.rstrip().rfind(" ") + 1
    return _nearest_subject(g, window, verb, sentence_start(window, verb)) if verb > 0 else None


def _cue_in_words(g: Grammar, window: str) -> re.Match[str] | None:
    """The speaker a cue in the words of the quote's sentence before it names ("Trump said: ", "According to Rutte,");
    not a report's source set off as an aside between the sentence's subject and its verb ("The one-time auctioneer,
    the Gazette reports, summed it up:": the auctioneer's words, which the paper reports)."""
    found = _cue_read_in_words(g, window)
    if found is not None and found.string is window and (cut := _without_aside(g.lexicon, window, found)) is not None:
        return _cue_read_in_words(g, cut) or found
    return found


def _cue_read_in_words(g: Grammar, window: str) -> re.Match[str] | None:
    """:func:`_cue_in_words`, asides left as they stand."""
    interjection = _interjection(g.lexicon.code).search(window)
    if interjection is not None:
        window = window[: interjection.start()]  # "Trump said, and I quote, “...”": the cue comes before them
        return _cue_in_words(g, window) or _interjected_subject(g, window)
    if "(" in window and (call := _floor_call(g.lexicon.code).search(window)) is not None:
        return call  # "Die Kämmerin erläutert die Kosten. (Zuruf von Ratsherr X: „…“)": the caller, not the Kämmerin
    if window.rstrip().endswith(":") and _reads_out(g.lexicon, window[-_COLON_RUN:]):
        return None  # "Counsel for the inquiry read it out:": the words of the message read, not counsel's
    if (owner := _read_in_document(g, window)) is not None:
        return owner  # "Im Bericht des Gewerbeamts, den die Richterin verlas, heißt es:": the owner, not the reader
    if (main := _answering_clause(g, window)) is not None:
        return _cue_in_words(g, main)  # "Tom Reed laughed when the mayor asked him about the harbor:": Reed answers
    if (main := _time_clause_cut(g, window)) is not None:
        # "Sie stand auf, bevor Sievers fertig war:": hers, not Sievers's; its pronoun even where the main clause goes on
        # past the name of its object ("Elle s'est tournée vers Le Goff, assis au fond, avant de conclure :")
        return _cue_in_words(g, main) or _opening_pronoun(g, main)
    impersonal = (
        _impersonal(g.lexicon.code)[1].search(window) or _documented_report(g, window)
        if g.lexicon.impersonal_cues
        else None  # (both read the impersonal cues, which a language may lack: the calls are spared)
    )
    if impersonal is not None:
        # "Im „Untermain-Echo“ heißt es: „...“": the publication the place phrase names speaks
        before = max(0, impersonal.start() - _WINDOW // 4)
        source = _impersonal_source(g.lexicon.code).search(window, before, impersonal.start())
        if source is not None and _plausible(g, source.group("who")):
            return source
        # "Aus Kreisen des Bauernbundes heißt es: „…“": circles the text leaves unnamed, never the last speaker
        start = sentence_start(window, impersonal.start())
        return _unnamed_source_word(g, window, start, impersonal.start()) or impersonal
    said = _said_by(g, window) if g.lexicon.said_what and window.rstrip().endswith(":") else None
    if said is not None:
        return said  # "recuerda lo que le dijo un día don Anselmo:": his words, not hers
    if (framed := _framed_in_words(g, window)) is not None:
        return framed  # "Für den einstigen Loipenspurer ist klar:", "In the former coxswain's words:" (frames58)
    for owned in _owner_words(g.lexicon.code):
        match = owned.search(window)
        if match is not None and _plausible(g, match.group("who")):
            return match  # "because, in Forbes’ words, “...”"
    if (answered := _answer_named_before(g, window)) is not None:
        return answered  # "Die Antwort des einstigen Dorflehrers kam prompt:": his, not the last speaker's
    for quoting in g.quoting.finditer(window):
        if cue_tail(window, quoting.end()):
            return quoting  # A tabloid reported her as saying: “...” — she said it, not the tabloid
    opening = _opening_cue(g, window)
    if opening is not None:
        return opening
    issuer = _issuer(g, window)
    if issuer is not None:
        return issuer
    if (owner := _owner_colon(g, window)) is not None:
        # (before a cue verb, "Su pregunta:" is a noun, and a name before a colon: "Seine Antwort:" is no name)
        return owner
    verbs = [v for v in g.any_verb.finditer(window) if cue_tail(window, v.end())]
    if not verbs and (document := _document_verb_owner(g, window)) is not None:
        return document  # "Die Allgemeinverfügung des Landkreises …, seit Montag in Kraft, bestimmt:": the Landkreis
    if verbs and g.lexicon.term_links and (user := _linked_term_user(g, window)) is not None:
        # "in what police described as “...”": their term, not the sentence's subject's (only where a cue would credit
        # the quote: with none, "what critics dismissed as “...”" stays a term no one is credited with)
        return user
    for index in range(len(verbs) - 1, -1, -1):
        verb = verbs[index]
        if _passive(g, window, verb.start()) or _noun(g, window, verb):
            continue
        if g.lexicon.other_verb_particles and _other_verb(g.lexicon, window, verb):
            continue
        if g.lexicon.separable_cues and _particle_missing(g, window, verbs, index):
            continue
        if g.lexicon.verb_second and (main_clause := _main_clause_subject(g, window, verb)) is not None:
            return main_clause  # "Als ihn ein Junge fragt, wechselt er ins Platt:": the boy asks, the man speaks
        if verb.group() in g.lexicon.naming_verbs:
            user = _term_user(g, window, verb)
            if user is not None:
                return user  # "what Acme chief Jon Burrow calls “...”": his term
            if not window[verb.end() :].strip():
                continue  # "a group called “...”" names; "Derwent called the plan “...”" quotes him
        # A participle ("..., saying") belongs to the sentence's subject, not to the nearest noun; with no comma before
        # it, after a finite cue verb of its clause, to that verb's ("As the chief executive, Jo Reed, put it in a memo
        # explaining the deal, “...”")
        participle = verb.group().endswith("ing")
        inside = participle and not window[: verb.start()].rstrip().endswith(",")
        if inside and any(not v.group().endswith("ing") for v in verbs[:index]):
            continue
        if not participle and (document := _document_before(g, window, verb.start())) is not None:
            return document  # "The winter brochure of Hebridean Coast Tourism promises visitors “…”": the body's
        if not participle and (document := _document_subject_owner(g, window, verb.start())) is not None:
            return document  # "MetService's red warning, issued at 4am, reads:": MetService's
        subject = (
            _clause_cue_subject(g, window, verb.start()) or _sentence_subject(g, window)
            if participle
            else _inverted_subject(g, window, verb.start())
            or _someone_placed(g, window, verb.start())
            or _coordinated_subject(g, window, verb.start())
            or _sequenced_subject(g, window, verb.start())
            or _nearest_subject(g, window, _active(g, window, verb))
        )
        if subject is not None:
            # ("Students of Naparima Girls' High School, in blue tunics, chanted:": the students, not the school)
            return _group_of_complement(g, window, subject) or subject
    if (phrase := _saying_phrase_subject(g, window)) is not None:
        return phrase  # "Am Morgen zog der Trainer Bilanz:" (not "Sitzung" of "Nach der Sitzung")
    # (the "according to" patterns share one guard: searched once; keyed by the guard's identity, as a pattern's own
    # hash reads its whole compiled program at each look-up: 7,087 a PolNeAR pass, speed60)
    guarded: dict[int, bool] = {}
    for guard, pattern in g.before:
        if (seen := guarded.get(id(guard))) is None:
            seen = guarded[id(guard)] = guard.search(window) is not None
        match = pattern.search(window) if seen else None
        # (an object pronoun credits the quote too: "According to her, “...”", "selon lui, « ... »")
        pronoun = match is not None and pattern is not g.name_colon and match.group("who").lower() in g.lexicon.pronouns
        if match and pattern is g.name_colon and (labelled := _label_person(g, window, match.start("who"))) is not None:
            # "Priya Nandakumar, Greengage Stores: “…”", "JAN BRANDT, Fischer aus Harwick:", "TILL ANSBACH,
            # Bürgermeister:": the person, then their role or where they work (a role between them may hold a
            # preposition: "Ruth Mayhew, cabinet member for highways, Wessex Council:")
            return labelled
        if match is None:
            continue
        plausible = pronoun or _plausible(g, _article_written(g.lexicon, match.group("who")), possessive=True)
        if plausible and _role_fits(g, pattern, match):
            who = match.start("who")
            if pattern is g.name_colon and (
                _verb_before_name(g, window, g.addressee.finditer(window, max(0, who - 30), who))
                or _after_preposition(g, window, who)
                or _after_preposition(g, window, _word_before(window, who))
                and not _role_of_word(g.lexicon, window, who)
                or _verb_before_name(g, window, g.any_verb.finditer(window, 0, who))
                or _verb_object(g, window, who)
                or match.group("who").split(maxsplit=1)[0].lower() in g.lexicon.topic_prepositions
                or window[_word_before(window, who) : who].strip().isdigit()
            ):
                # "telling CNBC: “...", "in a post on Twitter:", "sagte unserem Reporter:": the name is no speaker;
                # nor is a topic ("Zum Vorgänger:", "Sobre el muelle:"), nor a figure's unit ("27. November, 14 Uhr:")
                continue
            return match
    return (
        _manner_subject(g, window)
        or _sentence_subject(g, window)
        or _colon_subject(g, window)
        or _repeated_subject(g, window)
        or _viewpoint_credit(g, window)
        or _dropped_subject(g, window)
        or _dropped_colon_verb(g, window)
    )


def _answering_clause(g: Grammar, window: str) -> str | None:
    """The main clause of a colon's lead-in, as a lead-in, when a clause after it puts a question to its subject and
    says what the question is about (lexicon ``answered_clauses``, ``asking_verbs``, ``question_topics``): "Fisherman
    Tom Reed laughed when the mayor asked him about the harbor:", "Tom Reder schüttelt den Kopf, wenn Roth nach dem
    Preis fragt:", "Félix Azor répond en créole quand on lui demande s'il est ému :", "Tomás Reyes negó con la cabeza
    cuando Ruiz le preguntó por el precio:". The words after the colon answer the question: the subject's, not the
    asker's. A question the clause leaves unsaid is the quote itself ("… when the mayor asked him:": the mayor's), and
    a clause opening the sentence is read by the rules of fronted clauses."""
    lex = g.lexicon
    if not lex.answered_clauses or not window.rstrip().endswith(":"):
        return None
    spaced = window.lower().translate(_MARKS_AS_SPACES)
    words = spaced.split()
    if lex.asking_verbs.isdisjoint(words) or lex.question_topics.isdisjoint(words):
        return None  # (most lead-ins: two look-ups in C, no word read one by one)
    for index in range(len(words) - 1, 0, -1):
        if words[index] in lex.answered_clauses or _elided_head(words[index]) in lex.answered_clauses:
            clause = words[index + 1 :]
            # (a clause opening its sentence is a fronted one: "X spoke. When asked about it, Y …:")
            fronted = words[index - 1].endswith(_STOP_ENDS)
            if fronted or lex.asking_verbs.isdisjoint(clause) or lex.question_topics.isdisjoint(clause):
                return None
            at = [m.start() for m in _NON_SPACE.finditer(spaced)][index]
            return window[:at].rstrip(" ,") + ":"
    return None


def _time_clause_cut(g: Grammar, window: str) -> str | None:
    """The main clause of a colon's lead-in, as a lead-in, when it opens on a pronoun for someone named before and a
    clause of time closes it with no verb of saying of someone else (lexicon ``time_clauses``: "She stood up before
    Hale had finished:", "Sie stand auf, bevor Sievers fertig war:"): the one the clause names did not speak the quote.
    A verb of saying whose subject is the main clause's own, the same pronoun or none (an infinitive, a gerund), is no
    one else's ("Sie gab das Wort weiter, nachdem sie noch einen Satz angefügt hatte:", "She sat down after adding:",
    "Elle s'est levée avant d'ajouter :"). Not a clause opening the sentence (a fronted one), nor one whose verb is
    someone else's cue ("…, bevor Sievers sagte:" is his)."""
    clauses = g.lexicon.time_clauses
    closing = window.rstrip()
    if not (clauses and closing.endswith(":")):
        return None
    start = sentence_start(window, len(closing) - 1)
    opening = window[start:].split(maxsplit=1)[0].lower()
    pronoun = g.lexicon.pronouns.get(opening) if opening in g.lexicon.subject_pronouns else None
    if pronoun is None or pronoun.person != 3:
        return None  # ("Thousands braved the rain as the club unveiled its motto:": the motto is no one's speech)
    clause = _time_clause(g.lexicon.code).search(window, start)
    if clause is None:
        return None
    verb = g.any_verb.search(window, *clause.span("rest"))
    if verb is not None and not _own_subject_clause(window[clause.start("rest") : verb.start()], opening):
        return None
    return window[: clause.start()].rstrip(" ,") + ":"


def _own_subject_clause(before_verb: str, opening: str) -> bool:
    """Whether the words of a clause of time before its verb of saying leave that verb the main clause's subject's:
    none (an infinitive or a gerund right after the subordinator: "before adding", "antes de concluir"), or the same
    subject pronoun the main clause opens on, adverbs and objects after it ("nachdem sie noch einen Satz")."""
    words = before_verb.split()
    return not words or words[0].lower() == opening


def _opening_pronoun(g: Grammar, lead_in: str) -> re.Match[str] | None:
    """The subject pronoun of a person a lead-in's sentence opens on (``_time_clause_cut`` has read it as a third
    person's; a neuter one, "Es wurde still", stands for no one)."""
    start = sentence_start(lead_in, len(lead_in.rstrip()) - 1)
    word = _WORD_START.search(lead_in, start)
    if word is None:
        return None
    opening = lead_in[word.start() :].split(maxsplit=1)[0]
    pronoun = g.lexicon.pronouns.get(opening.lower())
    if pronoun is None or pronoun.gender is Gender.NEUTER:
        return None
    return _span_pattern(len(opening)).match(lead_in, word.start())


@per_language
def _time_clause(code: str) -> re.Pattern[str]:
    """A subordinator of time in a lead-in (lexicon ``time_clauses``), after a comma or a space, and the clause it opens
    ("rest") up to its colon with no stop between."""
    clauses = LEXICONS[code].time_clauses
    if not clauses:
        return re.compile(NEVER)
    return re.compile(rf"[\s,]+(?i:{phrases(clauses)})(?P<rest>(?:\s+|(?<=[’']))[^.!?:]*):\s*$")


_STOP_ENDS = (".", "!", "?", "…")
_MARKS_AS_SPACES = str.maketrans(",;:", "   ")  # (one space for one mark: the words keep their places)


def _elided_head(word: str) -> str:
    """The elided word a token opens on, with its apostrophe ("lorsqu'on" -> "lorsqu'"), else the token."""
    mark = max(word.find("'"), word.find("’"))
    return word[: mark + 1] if mark > 0 else word


def _main_clause_subject(g: Grammar, window: str, verb: re.Match[str]) -> re.Match[str] | None:
    """The subject of the main clause before a colon when a cue ``verb`` closes the clause opening the sentence on a
    subordinator ("Als ihn eine Nachbarin nach dem Winter fragt, wechselt er ins Platt:"): the one asking speaks no
    words quoted after the main clause; None where the verb is not so placed or the main clause names no one ("Wie
    Kolbe sagt, gibt es zwei Gründe:" keeps Kolbe)."""
    if not window.startswith(",", verb.end()) or not window.rstrip().endswith(":"):
        return None
    opener = window.split(maxsplit=1)[:1]
    lex = g.lexicon
    if not opener or opener[0].lower() not in lex.subordinators or opener[0].lower() in lex.conformative_words:
        return None
    main = _colon_subject(g, window)
    return main if main is not None and main.start("who") > verb.end() else None


def _particle_missing(g: Grammar, window: str, verbs: list[re.Match[str]], index: int) -> bool:
    """Whether the cue verb ``verbs[index]`` before a quote is a separable cue's finite part with no particle after it
    where it closes a clause ("Ingrid Voigt, die eine Gästefarm führt, ist froh:": its particle would be written onto
    it, "ausführt", so it is another verb) or stands before another cue verb, whose auxiliary it is ("Die Kali Südharz
    AG ließ erklären:", no "ließ … verlauten")."""
    verb = verbs[index]
    closes = window[verb.end() : verb.end() + 1] == "," or index + 1 < len(verbs)
    return closes and separable_particle_missing(g.lexicon, verb.group(), window[verb.end() :])


_NAME_WORDS_BEFORE = 4  # capitalised words of a name read between a comma and a verb
_TERM_USER_REACH = 60  # characters before a naming verb read for the free relative opening its clause ("what ...")


@per_language
def _term_relative(code: str) -> re.Pattern[str]:
    """A free relative opening a naming verb's clause ("what" of "what he calls")."""
    relatives = LEXICONS[code].term_relatives
    return re.compile(rf"\b(?i:{phrases(sorted(relatives))})\s+") if relatives else re.compile(NEVER)


def _term_user(g: Grammar, window: str, verb: re.Match[str]) -> re.Match[str] | None:
    """Who uses the term a naming verb after a free relative introduces: the verb's subject ("to deliver what UiPath
    CEO Bob Enslin calls “...”"), a pronoun standing for the subject of the sentence when it opens on one ("The
    ministry has condemned what it calls a “...”"); None when no free relative opens the verb's clause ("a group
    called “...”", "Derwent called the plan “...”")."""
    relative = None
    reach = max(0, verb.start() - _TERM_USER_REACH)
    for relative in _term_relative(g.lexicon.code).finditer(window, reach, verb.start()):
        pass  # (the last one before the verb opens its clause)
    if relative is None:
        return None
    subject = _nearest_subject(g, window, _active(g, window, verb), relative.end())
    if subject is not None and subject.group("who").lower() in g.lexicon.pronouns:
        return _sentence_subject(g, window) or subject
    return subject


@per_language
def _term_clause_relative(code: str) -> re.Pattern[str]:
    """A free relative that may open the clause of a term given through a link (lexicon ``term_clause_relatives``:
    "what", "ce que", "ce qu'il", "lo que", "was")."""
    relatives = LEXICONS[code].term_clause_relatives
    if not relatives:
        return re.compile(NEVER)
    spaced = sorted(relatives, key=lambda r: (-len(r), r))
    alternatives = "|".join(
        r"\s+".join(map(re.escape, r.split())) + ("" if r[-1] in "'’" else r"\s+") for r in spaced
    )
    return re.compile(rf"\b(?i:{alternatives})")


def _linked_term_user(g: Grammar, window: str) -> re.Match[str] | None:
    """Who uses the term a free relative's verb gives through a link right before the quote (lexicon
    ``term_clause_relatives``, ``term_links``): "causing damage in what police described as “...”", "the mayor
    condemned what critics dismissed as “...”", "ce que l'opposition qualifie de « ... »", "was die Opposition als
    „...“ bezeichnet" — the relative clause's subject, whatever its verb (a cue verb or not), never the sentence's; a
    subject the cast cannot name ("police", "critics", "what is known as") is no one: the relative stands for it. None
    when the window does not end on a link after such a clause; a pronoun opening it stands for the sentence's subject
    ("The ministry condemned what it described as “...”"), else the quote is read as any cue's is."""
    tail = window.rstrip()
    link = tail.rfind(" ") + 1
    if link == 0 or tail[link:].lower() not in g.lexicon.term_links:
        return None
    # (the verb before the link, past a particle: "what he referred to as"; a language that puts the verb second puts
    # it last in a relative clause, after the term: "was die Opposition als „…“ bezeichnet")
    verb, end = (link, link) if g.lexicon.verb_second else (tail.rfind(" ", 0, link - 1) + 1, link - 1)
    if not g.lexicon.verb_second:
        if tail[verb:end].lower() in g.lexicon.prepositions:
            verb, end = tail.rfind(" ", 0, verb - 1) + 1, verb - 1
        if verb == 0 or not (tail[verb:end].isalpha() and tail[verb].islower()):
            return None
    # (the last relative before the verb opens its clause)
    relatives = list(_term_clause_relative(g.lexicon.code).finditer(window, max(0, verb - _TERM_USER_REACH), verb))
    if not relatives:
        return None
    relative = relatives[-1]
    pronoun = _SOURCE_WORD.match(window, relative.end())  # (after an elided relative too: "ce qu'il")
    if pronoun is not None and pronoun.group().lower() in g.lexicon.pronouns:
        return _sentence_subject(g, window)  # (else read as any cue is: its subject, whom the pronoun stands for)
    return _nearest_subject(g, window, verb, relative.end()) or _SOURCE_WORD.match(window, relative.start())


# (a role or a description may stand between the name and the affiliation: "Graham Pike, parish councillor,
# Fordingbridge:", "MAÏWENN LE GOFF, sa fille, conseillère municipale d'Erquy :")
_LABEL_PERSON = re.compile(
    rf"\s{{0,3}}(?P<who>{NAME_RUN}),\s{{1,3}}(?:[^,:;.!?\n“”„\"«»]{{1,60}},\s{{1,3}})?[^,:;.!?\n“”„\"«»]{{0,60}}"
)

_AGE_APPOSITIVE = re.compile(r",\s{1,3}\d{1,3}(?:\s{1,3}[^\W\d_]{1,5})?,")  # ", 41," ", 41 ans," ", 41 años,"


def _label_person(g: Grammar, window: str, credited: int) -> re.Match[str] | None:
    """The person a label "Name, affiliation:" or "Name, role, place:" opens on, when the name credited before the
    colon is the affiliation, the place or where the person works (a reaction box's "**Priya Nandakumar, Greengage
    Stores:** “…”", "**Graham Pike, parish councillor, Fordingbridge:** “…”", a verbatim row's "MAÏWENN LE GOFF, sa
    fille, conseillère municipale d'Erquy :"): a full name of two words at least."""
    if (row := _broadcast_label(g, window)) is not None:
        return row
    label = _LABEL_PERSON.fullmatch(window, 0, credited)
    words = label.group("who").split() if label is not None else []
    # (or one name and an age, a vox pop's label of someone known by a first name: "Jana, 41, Verkäuferin:")
    aged = label is not None and len(words) == 1 and _AGE_APPOSITIVE.match(window, label.end("who")) is not None
    if len(words) < 2 and not aged or words[0].lower() in g.lexicon.stopwords or not _plausible(g, " ".join(words)):
        return None  # (a phrase of time or place before the comma names no one: "In March, the board wrote to X:")
    return label


# A transcript row's time stamp before its label ("[07:04] ", "07:04 ")
_ROW_STAMP = re.compile(r"\s{0,3}(?:\[?\d{1,2}(?::\d\d){1,2}\]?\s{1,3})?")
_ROW_NAME_WORDS = 3  # the words of a name after a broadcast role in a row's label


def _broadcast_label(g: Grammar, window: str) -> re.Match[str] | None:
    """The speaker of a transcript row whose label opens on a broadcast role (lexicon ``broadcast_roles``: "[07:04]
    CALLER, BERNIE, LEWISPORTE:", "CALLER TOM FROM CARMANVILLE:", "OYENTE, MARTA, LUGO:", the name in brackets:
    "CALLER (MAMA ROSE, LIKONI):", "AUDITRICE (JOSÉE, DE SAINT-JOSEPH) :"): the name after the role, up to a comma or
    a preposition, before the place the caller rings from."""
    opening = _ROW_STAMP.match(window)
    start = opening.end() if opening is not None else 0
    role, _, rest = window[start:].partition(" ")
    if role.rstrip(",").lower() not in g.lexicon.broadcast_roles or not window.rstrip().endswith(":"):
        return None
    name: list[str] = []
    for word in rest.rstrip()[:-1].lstrip("(").split()[:_ROW_NAME_WORDS]:
        if word.lower() in g.lexicon.prepositions or not name_word(word.rstrip(",)")):
            break
        name.append(word.rstrip(",)"))
        if word.endswith((",", ")")):
            break
    if not name:
        return None
    at = window.index(name[0], start + len(role))
    return _span_pattern(window.index(name[-1], at) + len(name[-1]) - at).match(window, at)


def _after_label(g: Grammar, text: str, lo: int, start: int) -> int:
    """Where the clause before a quote opens when its sentence opens on a label and a colon with no verb of saying
    ("Wasserausgabe am Rathaus: Ein Schild am Eingang verkündet „...“", "Update: The mayor said “...”"): after the
    colon, a capital opening a clause of its own; else ``lo``."""
    colon = text.rfind(":", lo, start)
    opening = colon + 2
    if colon < 0 or opening >= start or text[colon + 1] != " " or not text[opening].isupper():
        return lo
    if " " not in text[opening:start].strip() or g.any_verb.search(text, lo, colon):
        return lo  # ("Bürgermeister: Heigl „...“"; "Der Sprecher sagte: Die Stadt sei „...“": the cue is before it)
    return opening


_AGENT_REACH = 4  # words before a name read for a passive's auxiliary and agent link ("was warmly welcomed by")
_AGENT_CHARS = 60  # the characters those words are read in (a long sentence is not split for each of its names)
_ADVERBS_ONLY = re.compile(r"\s+(?:\w+ly\s+)?")  # between a participle and its subject: "Trump reportedly yelling"
_CUE_CLAUSE_TAIL = re.compile(r"[^,.;:!?“”„\"«»]{0,40},\s*")  # "said in a statement, " before a participle


def _clause_cue_subject(g: Grammar, window: str, participle: int) -> re.Match[str] | None:
    """The subject of a participle's own clause when it is not the sentence's: a cue clause right before it ("Ryan and
    Trump will meet next week, Spicer said, adding, “...”": Spicer), or an absolute phrase ("supporters punched a
    protester, with Trump reportedly yelling: “...”": Trump)."""
    for word in _WORD_START.finditer(window, max(0, participle - _WINDOW // 5), participle):
        opener = window[max(0, word.start() - 12) : word.start()].split()[-1:]
        if opener and opener[0].lower() in g.lexicon.absolute_openers:
            own = g.subject.fullmatch(window, word.start(), participle)
            if own and _plausible(g, own.group("who")) and _ADVERBS_ONLY.fullmatch(window, own.end("who"), participle):
                return own
    if (inverted := _inverted_cue_before(g, window, participle)) is not None:
        return inverted
    before = [v for v in g.any_verb.finditer(window, max(0, participle - _WINDOW // 5), participle)]
    if not before or not _CUE_CLAUSE_TAIL.fullmatch(window, before[-1].end(), participle):
        return None
    verb = before[-1]
    if verb.group().endswith("ing") or _passive(g, window, verb.start()) or _noun(g, window, verb):
        return None
    subject = _nearest_subject(g, window, verb.start())
    # (the subject right before the verb, after the comma that ends the reported words: not "posted a Twitter comment")
    if subject is None or window[subject.end("who") : verb.start()].strip(" "):
        return None
    return subject if window[: subject.start("who")].rstrip().endswith(",") else None


# An appositive in lower case set off between an inverted cue's name and its participle: ", a former teacher, "
_APPOSED_BEFORE_PARTICIPLE = re.compile(rf",\s{{1,3}}[^\W\d_{CAPITALS}][^,.;:!?“”„\"«»\n]{{0,80}},\s{{0,3}}")


def _inverted_cue_before(g: Grammar, window: str, participle: int) -> re.Match[str] | None:
    """The speaker of the inverted cue the words before a participle are, right after the quote before ("“A,” says
    Dana Whitfield, adding, “B.”"): the participle goes on with the cue's subject, read as after that quote (its name
    set off by the comma alone, or by an appositive in lower case: "says Dana Whitfield, a former nurse, adding")."""
    cue = _speaker_after(g, window[:participle], 0, standalone=False)
    if cue is None:
        return None
    gap = window[cue.end("who") : participle]
    return cue if not gap.strip(" ,") or _APPOSED_BEFORE_PARTICIPLE.fullmatch(gap) else None


def _document_before(g: Grammar, window: str, verb: int) -> re.Match[str] | None:
    """A body's document named with the body's whole name right before the cue verb at ``verb`` (see
    :func:`document_subject`), or None."""
    if g.lexicon.document_nouns.isdisjoint(window[:verb].lower().split()):
        return None  # (most cues: no document noun before the verb, told in C without a search)
    return document_subject(g.lexicon.code).search(window, 0, verb)


def _group_of_complement(g: Grammar, window: str, subject: re.Match[str]) -> re.Match[str] | None:
    """The group whose complement a cue's subject was found in: a plural noun of people (lexicon ``people_plurals``,
    perhaps two joined by an "and": "Die Helferinnen und Helfer", "Las pescadoras y los pescadores") opening the
    sentence, a link, and the body, school or place they are of, the subject closing it ("Students of Naparima Girls'
    High School", "Les élèves de l'Athénée royal Jules Bara", "Die Helferinnen und Helfer des THW-Ortsverbands
    Bremerhaven"): the group speaks, never the name in its complement. None for any other subject (most: no such noun
    in the few words before it)."""
    lex = g.lexicon
    start = subject.start("who")
    near = window[start - _GROUP_HEAD_CHARS if start > _GROUP_HEAD_CHARS else 0 : start].split()[-_GROUP_HEAD_WORDS:]
    if lex.association_nouns.isdisjoint(map(str.lower, map(_unelided, near))):  # (in C: most subjects have none)
        # (told in C first for most: no word's last part after a hyphen is a part of a plural noun of people)
        if _people_plural_parts(lex.code).isdisjoint(" ".join(near).lower().replace("-", " ").split()):
            return None
        if not any(_people_plural(lex, w) for w in near):
            return None  # (most subjects: no plural noun of people nor an association in the words before them)
    opening = sentence_start(window, start)
    words = window[opening:start].split()
    if not 1 < len(words) <= _GROUP_HEAD_WORDS or _group_link(lex, words) < 0:
        return None
    if any(mark in window[opening:start] for mark in ",;:"):
        return None
    at = opening + window[opening:start].index(words[0])
    return _span_pattern(subject.end("who") - at).match(window, at)


def _group_kind_after(g: Grammar, subject: re.Match[str]) -> re.Match[str] | None:
    """The group a cue's subject names by a plural noun of people and what it is of (:func:`_group_link`), run on to
    the kind noun in lower case its complement ends on after the subject's capitalised words: "Boys of the Shela Stars
    football club", "Dancers of the Tagai State College senior class", "Les élèves du lycée Condorcet section
    européenne" (an association's or a body's noun, at most ``_GROUP_KIND_WORDS`` words on). None for any other
    subject (most: no link after their first words)."""
    lex, window = g.lexicon, subject.string
    words = subject.group("who").split()
    # (after a name only: "the pupils of the island's primary school" is read whole further on)
    if len(words) < 3 or not words[-1][:1].isupper() or _group_link(lex, words) <= 0:
        return None
    end = subject.end("who")
    stop = _group_kind_end(lex, window, end)
    if stop < 0:
        return None
    start = subject.start("who")
    return _span_pattern(stop - start).match(window, start)


def _group_kind_end(lex: Lexicon, window: str, end: int) -> int:
    """Where the kind noun in lower case a group's complement ends on stands, read after its name's words ending at
    ``end``: an association's or a body's noun at most ``_GROUP_KIND_WORDS`` words on, the words before it in lower
    case, an owner's among them ("Kampong Ayer| primary school's hadrah troupe", "Chikale| fish traders' club"); -1
    when none."""
    after = window[end : end + _GROUP_KIND_CHARS].split()[:_GROUP_KIND_WORDS]
    bare = [_unpossessed(w) for w in after]
    kinds = [i for i, w in enumerate(bare) if w in lex.association_nouns or w in lex.organisation_words]
    while kinds and bare[kinds[-1]] != after[kinds[-1]]:
        kinds.pop()  # (an owner's noun closes no group: "the Shela Stars football club's coach")
    if not kinds or not all(w.isalpha() and w.islower() for w in bare[: kinds[-1] + 1]):
        return -1
    return window.index(after[kinds[-1]], end) + len(after[kinds[-1]])


def _unpossessed(word: str) -> str:
    """A word without the mark of its owner's case ("school's" -> "school", "traders'" -> "traders")."""
    for mark in ("'s", "’s", "'", "’"):
        if word.endswith(mark):
            return word[: -len(mark)]
    return word


_GROUP_KIND_WORDS = 4  # the most words in lower case after a group's capitalised complement, its kind noun last
_GROUP_KIND_CHARS = 48  # the characters after the subject read for them


def _compound_group(g: Grammar, subject: re.Match[str]) -> re.Match[str] | None:
    """The group a cue's subject opens the name of, when it is the word before a plural noun of people in lower case
    opening its sentence, then a link and what the group is of: "Herd boys of the Ha Nkau cattle post", "Market women
    of the Makola traders' association", "Goat herders of the Kgalagadi grazing cooperative" (the subject found
    "Herd"): the group whole, to its name's capitalised words and the kind noun after them. None for any other subject
    (most: no plural noun of people in lower case right after them)."""
    lex, window = g.lexicon, subject.string
    start, end = subject.span("who")
    after = window[end + 1 : end + _GROUP_HEAD_CHARS].split()[:_GROUP_HEAD_WORDS]
    if window[end : end + 1] != " " or len(after) < 3 or not after[0].islower() or not _people_plural(lex, after[0]):
        return None
    if " " in subject.group("who") or after[1].lower() not in _NAME_JOINER_WORDS:
        return None
    if sentence_start(window, start) != start:
        return None  # (the word opens its sentence: "Herd boys of …", not "… the Herd boys of")
    i = 2 + (after[2].lower() in lex.definite)
    named = list(takewhile(lambda w: w[:1].isupper(), after[i:]))
    stop = window.index(after[1], end) + len(after[1])
    for word in named:
        stop = window.index(word, stop) + len(word)
    kind = _group_kind_end(lex, window, stop)
    if kind < 0 and not named:
        return None
    stop = kind if kind >= 0 else stop
    return _span_pattern(stop - start).match(window, start)


def _group_link(lex: Lexicon, words: list[str]) -> int:
    """Where the link stands in words opening on a group's plural noun of people, perhaps after an article and with a
    second one after an "and" ("Die Helferinnen und Helfer des", "Las pescadoras y los pescadores de la", "Students
    of"), or -1."""
    i = 1 if words and (words[0].lower() in lex.definite or words[0].lower() in lex.plural_articles) else 0
    # (a noun before the plural noun in lower case names its kind: "Herd boys of", "Market women of")
    if i + 1 < len(words) and words[i].isalpha() and words[i + 1].islower() and _people_plural(lex, words[i + 1]):
        i += 1
    if i >= len(words) or not (_people_plural(lex, words[i]) or _plural_of_body(lex, words, i)):
        return -1
    i += 1
    if i + 1 < len(words) and words[i].lower() in lex.and_words:
        article = words[i + 1].lower()
        i += 1 + (article in lex.definite or article in lex.plural_articles)  # ("y las pescadoras", "und Helfer")
        if i >= len(words) or not _people_plural(lex, words[i]):
            return -1
        i += 1
    linked = i < len(words) and (words[i].lower() in _NAME_JOINER_WORDS or words[i][:2].lower() in _ELIDED_OF_PART)
    return i if linked else -1


def _plural_of_body(lex: Lexicon, words: list[str], i: int) -> bool:
    """Whether the word at ``i``, after a plural article opening the words, is a plural noun of people no lexicon
    lists, told by the body whose members they are: a noun of a body in lower case heads its complement after the link
    ("Les Bigoudènes du cercle celtique …", "Les tireurs de l'association …", "Los danzantes de la comparsa …",
    "The drummers of the troupe …"), in a language that writes its nouns in lower case. Its own ending marks the
    plural ("-s", "-x"; not "Le président du cercle …")."""
    if lex.capitalised_nouns or i != 1 or words[0].lower() not in lex.plural_articles or i + 2 >= len(words):
        return False
    if not words[i].endswith(("s", "x")) or words[i + 1].lower() not in _NAME_JOINER_WORDS:
        return False
    head = words[i + 2]
    if head.lower() in lex.definite and i + 3 < len(words):
        head = words[i + 3]
    elif head[:2].lower() in _ELIDED_OF_PART:
        head = head[2:]
    return head.islower() and (head in lex.association_nouns or head in lex.organisation_words)


_GROUP_HEAD_WORDS = 9  # the most words of a group's noun, its link and its complement before the subject
_GROUP_HEAD_CHARS = 120  # the characters before a subject those words are looked for in first


@lru_cache(maxsize=8)
def _people_plural_parts(code: str) -> frozenset[str]:
    """Every part between hyphens of a language's plural nouns of people (lexicon ``people_plurals``): the last part
    after a hyphen of a word :func:`_people_plural` takes is always one, so words holding none are passed in C."""
    return frozenset(part for noun in LEXICONS[code].people_plurals for part in noun.split("-"))


def _people_plural(lex: Lexicon, word: str) -> bool:
    """Whether a word is a plural noun of people a group is named by (lexicon ``people_plurals``; a compound's last
    part: "second-graders"), not a body's name opening so ("Friends of the Earth": ``people_body_nouns``)."""
    low = word.lower()
    return (low in lex.people_plurals or low.rpartition("-")[2] in lex.people_plurals) and (
        low not in lex.people_body_nouns
    )


def _document_verb_owner(g: Grammar, window: str) -> re.Match[str] | None:
    """The owner of the document whose verb of a text (lexicon ``document_verbs``: "bestimmt", "establece", "stipule",
    "states") closes the words before a colon and the quote, no cue verb there: "Die Allgemeinverfügung des Landkreises
    Aurich, seit Montag in Kraft, bestimmt:", "La resolución de la Dirección General de Aguas, publicada el viernes,
    establece:" (see :func:`_document_subject_owner`). None for any other words (most: no colon, or no such verb)."""
    head = window.rstrip()
    if not head.endswith(":") or not g.lexicon.document_verbs:
        return None
    head = head[:-1].rstrip()
    tail = head[-_DOCUMENT_VERB_CHARS:].lower()
    verb = next((v for v in g.lexicon.document_verbs if tail.endswith(v) and tail[-len(v) - 1 : -len(v)] == " "), "")
    return _document_subject_owner(g, window, len(head) - len(verb)) if verb else None


_DOCUMENT_VERB_CHARS = 32  # the characters before a colon read for a document's verb ("kommt zu dem Schluss")


def _document_subject_owner(g: Grammar, window: str, verb: int) -> re.Match[str] | None:
    """The owner of the document that opens the sentence as the subject of the cue verb at ``verb``, perhaps with a
    participle or a relative clause set off by commas between them: "MetService's red warning, issued at 4am, reads:",
    "The Pennsylvania Department of Education's enrollment projection, which the district attached to the agenda,
    forecasts:", "Le rapport de l'Agence régionale de santé, publié lundi, conclut :", "Der Prüfbericht des Landesamts
    für Umwelt, den der Bürgermeister verlas, hält fest:", "El informe de la Autoridad Portuaria, remitido al concejo,
    advierte:". The owner speaks (a body's name, or a person's), never the aside's subject; a possessive pronoun's
    document ("Its warning, issued at 4am, reads:") is the description, for the cast to resolve. None for any other
    subject (most cues: the sentence's words before the verb are no document's, told by the words alone)."""
    lex = g.lexicon
    # (most cues: no document's noun in the words before the verb, told by one look-up per noun, compounds too)
    near = window[verb - _DOCUMENT_REACH if verb > _DOCUMENT_REACH else 0 : verb].lower()
    if not any(map(near.__contains__, lex.document_nouns)):
        return None
    end = len(window[:verb].rstrip())
    if window[end - 1 : end] == ",":  # (the aside: a participle's or a relative clause, no sentence's or quote's mark)
        opening = window.rfind(",", max(0, end - _ASIDE_CHARS), end - 1)
        if opening < 0 or any(mark in window[opening:end] for mark in NAME_STOPS):
            return None
        end = len(window[:opening].rstrip())
    # (the window's own sentence breaks, read once for all its verbs; past the most words a subject may have, no more
    # is read: a long sentence is no document's subject)
    words_read = islice(_NON_SPACE.finditer(window, sentence_start(window, end), end), _DOCUMENT_SUBJECT_WORDS + 1)
    spans = [m.span() for m in words_read]
    if spans and window[spans[0][0] : spans[0][0] + 2].lower() in _ELIDED_OF_PART:
        at = spans[0][0] + 2  # ("L'avis de l'Autorité …": its article written onto the noun)
        spans[:1] = [(spans[0][0], at), (at, spans[0][1])]
    if not 1 < len(spans) <= _DOCUMENT_SUBJECT_WORDS:
        return None
    words = [window[a:b] for a, b in spans]
    noun = next((i for i, word in enumerate(words) if _document_word(lex, word)), -1)
    owner = _document_owner_words(lex, words, noun) if noun > 0 else None
    if owner is None:
        return None
    at, stop = spans[owner[0]][0], spans[owner[1] - 1][1]
    stop -= 2 * window.endswith(("'s", "’s"), 0, stop)
    stop -= window[stop - 1] == ","  # (a unit set off after it: ``_unit_start``)
    return _span_pattern(stop - at).match(window, at)


_ASIDE_CHARS = 100  # the longest aside set off by commas between a document and its cue verb read
_DOCUMENT_REACH = 200  # the characters before a cue verb looked at for a document's noun
_DOCUMENT_SUBJECT_WORDS = 18  # the most words of a document, its owner and its complement opening a sentence


def _document_word(lex: Lexicon, word: str) -> bool:
    """Whether a word is a document's noun (lexicon ``document_nouns``), or in a language of compounds a compound
    ending in one ("Prüfbericht", "Lagebericht")."""
    low = word.lower()
    compound = lex.compound_nouns and word[:1].isupper()
    return low in lex.document_nouns or compound and _compound_of(low, lex.document_nouns)


def _document_owner_words(lex: Lexicon, words: list[str], noun: int) -> tuple[int, int] | None:
    """Which of the words opening a sentence name the owner of the document whose noun is at ``noun``: the words
    before its possessive ("MetService's red warning", "The Harbour Trust's notice to mariners"), the name after its
    link ("Le rapport de l'Agence régionale de santé", "Der Prüfbericht des Landesamts für Umwelt"), or the possessive
    pronoun and the noun ("Its warning", "Son arrêté", "Ihre Mitteilung"); None when the words say anything else."""
    before, after = words[:noun], words[noun + 1 :]
    # (adjectives, or a noun before the noun: "enrollment projection"; not a phrase: "The army in a statement")
    lowered = all(_modifying(lex, w) for w in before[1:])
    owned = next((i for i in range(len(before) - 1, -1, -1) if before[i].endswith(("'s", "’s"))), -1)
    if owned >= 0:
        complement = not after or after[0] in lex.prepositions and len(after) <= _DOCUMENT_COMPLEMENT_WORDS
        # (its article as written: "The Lower Valley Parks and Open Spaces Trust's report")
        first = 1 if before[0].lower() in lex.definite else 0
        named = all(w[:1].isupper() or w in _NAME_JOINER_WORDS for w in before[first : owned + 1])
        adjectives = all(_modifying(lex, w) for w in before[owned + 1 :])
        return (0, owned + 1) if complement and named and adjectives and first <= owned else None
    modifier = next((i for i in range(1, len(before)) if not before[i][:1].isupper()), len(before))
    modified = all(_modifying(lex, w) for w in before[modifier:])
    if modifier > 1 and before[0].lower() in lex.definite and not after and modified:
        # ("The Met Éireann status orange warning": the body's name before the noun, its adjectives after it)
        return (1, modifier) if body_words(lex, before[1:modifier]) else None
    if not lowered or before[0].lower() not in lex.determiners:
        return None
    if not after:
        return (0, noun + 1) if before[0].lower() in lex.possessives and len(before) == 1 else None
    link = 1 if after[0].lower() not in lex.body_links and len(after) > 1 and after[0].islower() else 0
    if after[link].lower() not in lex.body_links:
        return None  # ("Le rapport annuel de …": one adjective between the noun and its link)
    first = noun + 2 + link
    first += first < len(words) and words[first].lower() in lex.definite  # ("of the Harbour Trust", "de la …")
    last = _unit_start(lex, words, first, _dated_end(lex, words, first))
    # (a name of one word is read as before, with its document: "Ein Schreiben der Reederei", ``Cast._issuer``)
    return (first, last) if last - first > 1 and body_words(lex, words[first:last]) else None


def _unit_start(lex: Lexicon, words: list[str], first: int, last: int) -> int:
    """Where a document's owner named from ``first`` ends before one of its units set off after a comma ("El dictamen
    del Instituto Nacional de Antropología e Historia (INAH), |Centro INAH Chiapas", "La note de l'Agence … (ACDA),
    |délégation régionale de la Mambéré-Kadéï": the body owns it, see ``_unit_of_body``), its short form in brackets
    before the comma left out too; ``last`` when no unit is set off there."""
    for k in range(first + 1, last):
        if words[k - 1].endswith(",") and _names_sub_unit(lex, " ".join(words[k:last]).rstrip(",")):
            return k - 1 if words[k - 1].startswith("(") else k
    return last


def _dated_end(lex: Lexicon, words: list[str], first: int) -> int:
    """Where a document's owner named from ``first`` ends: before the date closing the words ("Ein Erlass des
    Ministeriums für Arbeit … des Landes Nordrhein-Westfalen |vom Oktober", "Le rapport de la Direction … |du 9
    septembre", "El informe de la Contraloría |del 3 de mayo"), a preposition and words of a date only; else at their
    end."""
    last = len(words)
    for k in range(last - 1, first + 1, -1):
        low = words[k].lower().strip(",.")
        if low in lex.date_words or low.isdigit() or low in FUNCTION_WORDS and k < last - 1:
            if low in lex.prepositions and any(w.lower().strip(",.") in lex.date_words for w in words[k + 1 :]):
                return k
            continue
        break
    return last


_DOCUMENT_COMPLEMENT_WORDS = 3  # the words of a document's complement after its noun ("notice to mariners")


def _modifying(lex: Lexicon, word: str) -> bool:
    """Whether a word in lower case before a document's noun may modify it: no preposition, determiner or other small
    word ("enrollment", "latest", "red"; not "in", "a")."""
    low = word.lower()
    return word.islower() and low not in FUNCTION_WORDS and low not in lex.prepositions and low not in lex.determiners


def _issuer(g: Grammar, window: str) -> re.Match[str] | None:
    """Who put out the document whose words follow: "Trump issued the following statement: “...”", "Mr. Trump, who ...,
    issued a statement Tuesday saying, “...”", "Trump released a marketing video that said, “...”"."""
    issued = g.issued.search(window)
    if issued is None or _ends_on_preposition(g.lexicon, window):
        # (a quote a preposition governs is a term of the sentence, not the document's words: "The diocese released its
        # report into “activist” nuns", "publicó su informe sobre las monjas «rebeldes»")
        return None
    return _nearest_subject(g, window, issued.start())


def _ends_on_preposition(lex: Lexicon, window: str) -> bool:
    """Whether the words before a quote end on a preposition, whose object the quote is."""
    return window.rstrip().rpartition(" ")[2].lower() in lex.prepositions


def _dropped_subject(g: Grammar, window: str) -> re.Match[str] | None:
    """In a language that drops the subject, the cue verb ending the window when no one before it is its subject:
    "Desde el hospital, donde permanece en observación, relató por teléfono: «…»", "Preguntado por los pacientes,
    respondió: «…»" (the verb stands for its subject, as in "«…», explica"; the cast resolves it)."""
    if not g.lexicon.pro_drop:
        return None
    # (a colon after the verb, or the clause it reports: "Preguntado por el arbitraje, respondió que la derrota fue
    # «…»")
    verbs = [
        v
        for v in g.any_verb.finditer(window)
        if cue_tail(window, v.end())
        and (":" in window[v.end() :] or window[v.end() :].split(maxsplit=1)[:1] in (["que"], ["qu'"]))
    ]
    if not verbs or _passive(g, window, verbs[-1].start()) or _noun(g, window, verbs[-1]):
        return None
    verb = verbs[-1]
    opening = window[: verb.start()].rstrip()
    if opening and not _fronted_clause(g.lexicon, opening) and not _dropped_clause(g, opening):
        return None
    return _span_pattern(len(verb.group())).match(window, verb.start())


def _dropped_clause(g: Grammar, opening: str) -> bool:
    """Whether the words before a cue verb are a clause of the same dropped subject, opening on its verb or an object
    pronoun (:func:`_dropped_opening`) and naming no one: "Anota un número y| explica:", "Se quita el sombrero antes
    de| hablar:"."""
    first, _, rest = opening.partition(" ")
    return bool(rest) and not any(w[:1].isupper() for w in rest.split()) and _dropped_opening(g, first, rest)


_SENTENCE_MARKS = re.compile(r"[.!?;“”„\"«»]")  # what no lead-in holds between its verb and its colon
_DROPPED_COLON_WORDS = 12  # the most words of a lead-in whose subject the language drops ("Luego se acordó de ...:")


def _dropped_colon_verb(g: Grammar, window: str) -> re.Match[str] | None:
    """In a language that drops the subject, the verb of a short sentence with no cue verb and no subject of its own
    that leads into the quote with a colon: "Luego se acordó de quien le enseñó a catar: «…»", "Después se quedó con
    una frase: «…»", "Luego mostró los planos: «…»" (a finite verb of the third person singular, ``singular_finite``,
    right after the reflexive pronoun or before a plural article, its object's, after words that join the sentence to
    the one before or a fronted clause, ``_fronted_clause``; no name nor role after it, which would be the subject put
    after its verb, nor an article but that plural one: "Luego se leyó un mensaje:"). The verb stands for the subject
    the sentence before had, as a cue verb does (see :func:`_dropped_subject`)."""
    lex = g.lexicon
    if not lex.pro_drop or not lex.reflexive_pronouns or not window.rstrip().endswith(":"):
        return None
    words = list(re.finditer(r"\S+", window))
    if len(words) > _DROPPED_COLON_WORDS:
        return None
    for index, word in enumerate(words):
        token = word.group()
        # (a periphrasis says what its subject did: "Más tarde volvió a llamar:", "Al final acabó por ceder:")
        aspect = _aspect_words(lex, [w.group() for w in words[index : index + 3]]) if lex.aspect_verbs else 0
        # (the verb opening the sentence, in any tense: "Enseña un rollo de soga:", or right after an object pronoun
        # opening it: "Se quita el sombrero antes de hablar:", "Nos mira por encima de las gafas:")
        opens = _opening_verb(g, window, index)
        if not aspect and not opens and (not singular_finite(lex, token) or not token.islower()):
            continue
        rest = words[index + aspect + 1 :] if aspect else words[index + 1 :]  # (after the infinitive)
        later = [w.group().strip(",").lower() for w in rest]
        # (a plural article after a verb in the singular opens its object, no subject put after it: "Luego mostró los
        # planos:", as after a reflexive pronoun)
        plural_object = not aspect and bool(later) and later[0] in lex.plural_definite
        if plural_object and _role_word(lex, later[-1].rstrip(":")):
            return None  # ("Luego mostró los planos la alcaldesa:": the subject after the object)
        reflexive = index and words[index - 1].group().lower() in lex.reflexive_pronouns
        if not aspect and not reflexive and not plural_object and not opens:
            return None  # ("Después apareció en la pantalla: «…»": what appeared is the words)
        opening = window[: word.start()].rstrip()
        if opening and not opens and not _fronted_clause(lex, opening):
            return None
        if _SENTENCE_MARKS.search(window, word.end()) or any(w.group()[:1].isupper() for w in rest):
            return None  # (a name after the verb is its subject: "Luego saludó Marta Ruiz:")
        if any(_role_word(lex, w) or w in lex.family_kin or w in lex.contest_roles for w in later):
            return None  # "Luego tomó la palabra la alcaldesa:": the subject after the verb
        if later[:1] and later[0] in lex.articles and not plural_object and not (opens and index == 0):
            return None  # "Luego se leyó un mensaje:": a thing, maybe the subject after its verb
        if opens and index == 0 and len(token.lower()) == len(token):
            # (its capital is the sentence's, not a name's: read in lower case, the verb stands for the subject)
            window = window[: word.start()] + token.lower() + window[word.end() :]
        return _span_pattern(len(token)).match(window, word.start())
    return None


def _opening_verb(g: Grammar, window: str, index: int) -> bool:
    """Whether the word ``index`` of a lead-in is the verb opening its sentence, whose subject the language dropped:
    the first word, a verb by the object after it (:func:`_dropped_opening`: "Enseña un rollo de soga:"), or the
    second, in lower case, after an object pronoun opening the sentence (:func:`_opening_clitic`: "Se quita las gafas:",
    "Nos mira por encima de las gafas:")."""
    if index > 1:
        return False
    words = window.split(maxsplit=2)
    if index == 0:
        # (before a preposition, what the verb says may be the words' own doing: "Apareció en la pantalla: «…»")
        capital = words[0][:1].isupper() and not _opening_clitic(g.lexicon, words[0])
        verb = len(words) > 1 and capital and words[1].lower() not in g.lexicon.prepositions
        return verb and _dropped_opening(g, words[0], window.split(maxsplit=1)[1])
    return len(words) > 2 and _opening_clitic(g.lexicon, words[0]) and words[1].isalpha() and words[1].islower()


def _opening_clitic(lex: Lexicon, word: str) -> bool:
    """Whether a capitalised word opening a sentence is an object pronoun written before its verb (lexicon
    ``object_clitics``: "Se", "Nos", "Lo"), none that is an article too ("La", "Los": "La jueza anota")."""
    low = word.lower()
    return word[:1].isupper() and low in lex.object_clitics and low not in lex.articles


def _fronted_clause(lex: Lexicon, opening: str) -> bool:
    """Whether the words before a verb are a clause set off by a comma that is a place or a circumstance, never a
    subject ("Preguntado por los pacientes,"; "Un asistente al debate, comerciante del Centro," names someone the
    text is not about), or only words that join the sentence to the one before ("Luego recordó que", "Y añadió
    que": the subject is the last one's), or a phrase of time that places it after that one ("Más tarde explica:",
    lexicon ``sequence_words``), perhaps with the finite verb of a periphrasis ("Más tarde volvió a| decir:")."""
    words = opening.split()
    if lex.aspect_verbs and len(words) > 1:
        for size in (3, 2):
            if len(words) >= size and _aspect_words(lex, words[-size:]) == size:
                words = words[:-size]  # "volvió a| decir:", "se puso a| contar:"
                break
    while words and words[-1].lower() in lex.cue_adverbs:
        words.pop()  # "En un comunicado, había escrito:": an auxiliary or an adverb before the verb is the verb's
    if words and words[-1].endswith(","):
        return _fronted(lex, words[0].lower())
    return all(
        word in lex.clause_conjunctions or word in lex.cue_adverbs or word in lex.sequence_words
        for word in (w.lower() for w in words)
    )


def _aspect_words(lex: Lexicon, words: list[str]) -> int:
    """How many of ``words`` (at most three) are the finite verb of a periphrasis and its link ("volvió a", "se puso
    a"; lexicon ``aspect_verbs``), opening them; 0 when they open on none."""
    for size in (2, 3):
        if len(words) >= size and " ".join(words[:size]).lower() in lex.aspect_verbs:
            return size
    return 0


_SUBJECT_CHARS = 80  # the most a subject opening a sentence runs before its comma ("Un vecino del tercero,")
_COPULA_CHARS = 12  # the characters before a name read for the copula right before it ("fue", "was")


def _identifying(lex: Lexicon, words: list[str]) -> bool:
    """Whether ``words`` are a definite description in lower case and a copula, which says who the name after them is
    ("La primera en llamar fue", "The first caller was")."""
    return (
        len(words) > 2
        and words[-1] in lex.copulas
        and words[0].lower() in lex.definite
        and not any(w[:1].isupper() for w in words[1:])
    )


def _subject_before(g: Grammar, text: str, start: int) -> str | None:
    """The subject the sentence before the quote's opens on, when it opens on one: a name ("Ramón Escuer, agricultor
    de Fraga, recorre") or a determiner and its noun, with what they are of, up to a comma ("Su hija, que trabaja con
    él,", "Un vecino del tercero, que lleva"); None when it opens otherwise ("Preguntado por este diario, ...")."""
    here = sentence_start(text, start)
    if here == 0:
        return None
    lo = sentence_start(text, here - 1)
    words = text[lo : min(here, lo + _SUBJECT_CHARS)].split(",", 1)[0].split()
    lex = g.lexicon
    if not words or _CLAUSE_STOP.search(words[0]):
        return None
    first = words[0].lower()
    named = _CAPITAL_RUN.match(text, text.find(words[1], lo)) if len(words) > 1 and words[1][:1].isupper() else None
    if first in lex.definite and named is not None and _plausible(g, named.group()):
        return text[lo : named.end()]  # "Der Kommunale Arbeitgeberverband Niedersachsen (KAV) bedauerte den Streik."
    if first in lex.determiners and len(words) > 2 and words[1].lower() in lex.date_words and _verb_like(words[2]):
        # "Rosario Jiménez lleva cuarenta años en el puesto. El lunes volvió a ... «…», dice.": a day opens the sentence
        # before, whose subject is dropped too; both are the subject of the sentence before that. One whose subject
        # follows its verb has its own ("El martes intervino el ministro Carlos Ruiz en la tribuna."): that name, or
        # no one when the subject is a role alone
        if _opens_subject(lex, words[3:]):
            return _subject_name(g, words[3:])
        return _subject_before(g, text, lo)
    if first in lex.prepositions:
        # a phrase of place opening a presentational sentence, its verb, then who it brings in: "Entre el público estaba
        # Celestina Valdez, de 79 años, …", "Desde Puerto Williams cruzó el capitán chileno Renato Oyarzún, que …" (not
        # the place; nor a role in the phrase, "En la reunión con el alcalde Juan Pérez, …", read as a verb)
        for verb in range(2, min(len(words) - 1, _FRONTED_PHRASE_WORDS + 1)):
            if _verb_like(words[verb]) and not title_role(words[verb], lex) and _opens_subject(lex, words[verb + 1 :]):
                return _subject_name(g, words[verb + 1 :])
    if first in lex.determiners or first in lex.indefinite:
        noun = 2  # the determiner and its noun, then what they are of: "del tercero", "de la asociación"
        while noun < len(words) and words[noun].lower() in lex.complement_words:
            noun += 2 if words[noun + 1 : noun + 2] and words[noun + 1].lower() in lex.determiners else 1
            noun += 1
        # (what they are of may be a place's name of several words, up to the comma: "Un pescador de Puerto Ayora,
        # Wilmer Gaona,", "Una vendedora de San Cristóbal de las Casas, Rosalba Quiñones,")
        rest = words[noun:]
        whole = noun
        if rest and words[noun - 1][:1].isupper() and rest[-1][:1].isupper():
            links = lex.complement_words
            whole += len(rest) * all(w[:1].isupper() or w in links or w in lex.determiners for w in rest)
        if len(words) <= 1 or not words[1].islower():
            return None
        copula = next((i for i, w in enumerate(words[:-1]) if w in lex.copulas), 0)
        if copula and _identifying(lex, words[: copula + 1]) and words[copula + 1][:1].isupper():
            # ("La primera en llamar fue Maribel": the name the copula says the description is)
            named = _CAPITAL_RUN.match(text, text.find(words[copula + 1], lo))
            if named is not None and _plausible(g, named.group()):
                return named.group()
        # (the name apposed to the description is who it is: "La gerente del área de salud, Rosa Hidalgo, reconoce")
        comma = text.find(",", lo, here) if whole >= len(words) else -1
        apposed = _APPOSED_NAME.match(text, comma) if comma >= 0 else None
        if apposed is not None and _plausible(g, person := apposed.group().strip(", ")):
            return person
        if noun == 2 and len(words) > 2 and words[2][:1].isupper() and title_role(words[1], lex):
            # (the role's holder named right after it: "El ministro Albares reafirmó …", "La jueza Ana Ruiz dictó …")
            named = _CAPITAL_RUN.match(text, text.find(words[2], lo))
            if named is not None and _plausible(g, named.group()):
                return text[lo : named.end()]
        return " ".join(words[:noun])
    name = _CAPITAL_RUN.match(text, lo)
    if name is not None and len(words) > 1 and _dropped_opening(g, name.group(), words[1]):
        return _subject_before(g, text, lo)  # "Empezó con un recuerdo: «…». Luego recordó que …": dropped there too
    return name.group() if name is not None and _plausible(g, name.group()) and first not in lex.not_names else None


_NARRATIVE_WORDS = 12  # the most words of a narrative infinitive's sentence before its colon ("Et de résumer ça")
_NARRATIVE_SUBJECT_WORDS = 4  # the most words of its own subject ("Et le maire de Tulle d'ajouter")
_INFINITIVE_ENDINGS = ("er", "ir", "re")  # an infinitive's ending ("résumer", "conclure", "voir")


def _narrative_infinitive(g: Grammar, text: str, start: int) -> tuple[str, bool] | None:
    """The subject of a narrative infinitive's sentence leading into the quote at ``start`` with a colon (lexicon
    ``narrative_openers``, ``narrative_links``: "Et de résumer sa méthode : « … »", "Et le maire d'ajouter : « … »",
    "Et lui de répondre :"), whatever the verb: its own subject, between the conjunction and the link, and True; or
    the infinitive and False when it has none, and goes on with the subject of the sentence before; None for any other
    sentence."""
    lex = g.lexicon
    here = sentence_start(text, start)
    lead = text[here:start].rstrip(_AFTER_COLON)
    if not lead.endswith(":"):
        return None
    words = lead[:-1].split()
    if len(words) < 2 or len(words) > _NARRATIVE_WORDS or words[0].lower() not in lex.narrative_openers:
        return None
    for at, word in enumerate(words[1 : _NARRATIVE_SUBJECT_WORDS + 2], 1):
        infinitive = words[at + 1] if word in lex.narrative_links and at + 1 < len(words) else ""
        elided = next((link for link in lex.narrative_links if word.startswith(link) and len(word) > len(link)), "")
        infinitive = infinitive or (word[len(elided) :] if elided.endswith(("'", "’")) else "")
        if len(infinitive) > 3 and infinitive.isalpha() and infinitive.islower() and infinitive.endswith(
            _INFINITIVE_ENDINGS
        ):
            subject = " ".join(words[1:at])
            return (subject, True) if subject else (infinitive, False)
        if word.endswith(",") or _SENTENCE_MARKS.search(word):
            return None
    return None


_FRONTED_PHRASE_WORDS = 4  # words of a phrase of place before a presentational verb ("Desde el puerto de Ushuaia")


@lru_cache(maxsize=8)
def _preposition_openings(code: str) -> frozenset[str]:
    """The first two characters of a sentence opening on a preposition ("In", "Fr" of "From", "À "), where a
    presentational verb may bring in its subject (see ``_Reader._presented``): none where the lexicon lists no such
    verb."""
    lex = LEXICONS[code]
    if not lex.presentational_verbs:
        return frozenset()
    return frozenset((w.capitalize() + " ")[:2] for w in lex.prepositions if w.isalpha())


_PRESENTED_WORDS = 4  # words between a presentational verb and the name it brings in ("est venu le capitaine")
_PRESENTED_CHARS = 120  # the most characters from a presentational sentence's start to the name it brings in
_PHRASE_VERB = _FRONTED_PHRASE_WORDS + 3  # a preposition, its phrase and a reflexive or an auxiliary, then the verb


def _opens_subject(lex: Lexicon, words: list[str]) -> bool:
    """Whether the words after a verb open its subject: a name, or a determiner and a role or a name ("intervino
    Carlos Ruiz", "intervino el ministro ..."; not the object of "presentó el informe")."""
    if not words:
        return False
    if words[0][:1].isupper():
        return True
    return len(words) > 1 and words[0].lower() in lex.determiners and (
        words[1][:1].isupper() or bool(title_role(words[1], lex))
    )


def _subject_name(g: Grammar, words: list[str]) -> str | None:
    """A subject after its verb: its name, past its determiner and role words ("el ministro Carlos Ruiz"), or the
    determiner and role when no name follows ("el ministro", whom the cast resolves or leaves unnamed)."""
    lex = g.lexicon
    role = 1 if words[0].lower() in lex.determiners else 0
    while role < len(words) and words[role].islower() and title_role(words[role], lex):
        role += 1
    # (an adjective after the role, before the name: "el capitán chileno Renato Oyarzún")
    if role < len(words) - 1 and words[role].isalpha() and words[role].islower() and words[role + 1][:1].isupper():
        role += int(role > int(words[0].lower() in lex.determiners) and words[role] not in FUNCTION_WORDS)
    name: list[str] = []
    for word in words[role:]:
        if not word[:1].isupper():
            break
        name.append(word.rstrip(".,;:!?"))
        if word != name[-1]:
            break  # (a mark ends the name)
    who = " ".join(name)
    if who:
        return who if _plausible(g, who) else None
    return " ".join(words[:role]).rstrip(".,;:!?") or None


def _verb_like(word: str) -> bool:
    """Whether a word after a fronted day may be the sentence's verb: in lower case, no function word ("volvió"; not
    "el" of "El lunes el alcalde dijo", nor "por" of "El lunes por la mañana")."""
    return word.islower() and word not in FUNCTION_WORDS


def _fronted(lex: Lexicon, word: str) -> bool:
    """Whether a sentence's first word opens a phrase of place, time or circumstance before its main clause: a
    preposition, a subordinator, a participle or a gerund ("Desde", "Cuando", "Preguntado", "Saliendo")."""
    endings = lex.participle_endings + lex.gerund_endings
    return word in lex.prepositions or word in lex.subordinators or word.endswith(endings)


def _verb_object(g: Grammar, window: str, who: int) -> bool:
    """Whether the name at ``who`` is the object of a verb before it, in the run of lower-case words (its roles
    aside) right before it: "Ravens fire head coach Pete Lindgren: '…'" (but "Council leader Petra Lindgren:")."""
    lex = g.lexicon
    words = window[:who].split()
    at = len(words)
    while at:
        at -= 1
        word = words[at]
        low = word.lower()
        if not word.isalpha() or word[:1].isupper() or low in lex.clause_conjunctions:
            return False  # a comma, a capitalised word, "and" ("Blumenthal and Cohen:") or the start ends the run
        if at >= 2 and words[at - 1] in lex.complement_words and _role_word(lex, words[at - 2].lower()):
            at -= 1  # what a role is of: "Former head of security Ann Cole:" (the role read next)
            continue
        if not (
            _role_word(lex, low)
            or low in lex.determiners
            or low in lex.articles
            or low in lex.role_modifiers
            or low in lex.role_nouns
        ):
            return True
    return False


def _repeated_subject(g: Grammar, window: str) -> re.Match[str] | None:
    """The name or role a sentence of no verb gives the floor again before the colon opening the quote: the subject and
    an adverb of repetition, maybe after words that carry a speech on ("Then the steward again:", "Dann wieder der
    Wingertschütz:", "Y el director, otra vez:", "Puis le président, encore :"), or None."""
    lex = g.lexicon
    if not lex.repetition_adverbs or not window.rstrip().endswith(":"):
        return None
    start = sentence_start(window, len(window.rstrip()) - 1)
    adverb = _repetition(lex.code).search(window, start)
    if adverb is None:
        return None
    # (the adverb blanked, the colon dropped: the words left are the carrying words, then the subject alone)
    rest = f"{window[: adverb.start()]}{' ' * len(adverb.group())}{window[adverb.end() :].rstrip()[:-1]} "
    carrying = _carrying_words(lex.code)
    for word in _WORD_START.finditer(rest, start):
        if rest[word.start() :].split(maxsplit=1)[0].lower() in carrying:
            continue
        match = g.opening.match(rest, word.start())
        if match is None or rest[match.end() :].strip(" ,"):
            return None
        who = match.group("who")
        # (a description of any noun: "again" says it spoke before, "der Wingertschütz" no role the lexicon knows)
        found = who.lower() in lex.pronouns or _plausible(g, who)
        return _span_pattern(len(who)).match(window, match.start("who")) if found else None
    return None


@per_language
def _repetition(code: str) -> re.Pattern[str]:
    """An adverb of repetition of the lexicon, a word of its own (lexicon ``repetition_adverbs``)."""
    return re.compile(rf"(?<![\w’'])(?i:{phrases(LEXICONS[code].repetition_adverbs)})(?![\w’'])")


@lru_cache(maxsize=8)
def _carrying_words(code: str) -> frozenset[str]:
    """The words that may open a sentence giving someone the floor again: those of the lexicon's continuation cues
    and its cue adverbs ("and", "then", "dann", "puis", "y", "luego")."""
    lex = LEXICONS[code]
    return frozenset(w for cue in lex.continuation_cues for w in cue.split()) | lex.cue_adverbs


def _viewpoint_credit(g: Grammar, window: str) -> re.Match[str] | None:
    """The person whose view a sentence gives when the quote is all the rest of it: "Pour Me Galland, « l'environnement
    n'est pas une variable d'ajustement »", "Para el alcalde, «es una vergüenza»" (a word of ``viewpoint_words``, a
    name or a description, perhaps an apposition, a comma, the marks)."""
    words = window.split(maxsplit=1)
    if len(words) < 2 or words[0].lower() not in g.lexicon.viewpoint_words or not window.rstrip().endswith(","):
        return None
    verb = words[1].rstrip().rstrip(",")
    if g.lexicon.pro_drop and verb.lower() in g.lexicon.cue_verbs:
        # "Según dijo, «…»": the subject the language drops (the one the sentence before opens on)
        return _span_pattern(len(verb)).match(window, window.index(words[1]))
    match = g.opening.match(window, window.index(words[1]))
    if match is None or window[_past_apposition(g, window, match.end()) :].strip() != ",":
        return None
    return match if _plausible(g, match.group("who")) and _named_or_role(g, match.group("who")) else None


# What may follow the speaker of a sentence opening on its cue verb, up to the quote: an appositive or a relative
# clause, then a comma or a colon ("Said Jo Reed, who grew up on the quay, “...”").
_OPENING_CUE_TAIL = re.compile(r"(?:,[^.!?“”„\"«»]{0,150}?)?[,:]?\s*")


def _past_apposition(g: Grammar, window: str, end: int) -> int:
    """Where the words about a person named at ``end`` end: past an apposition in lower case up to the next comma
    ("Pour Bastien Perrichon, caviste à la Guillotière, « … »"), else at ``end``. Words opening on a preposition or an
    adverb are the sentence's, not the person's ("For African-Americans, on the other hand, “…”": a contrast, no
    view of a group)."""
    apposed = _APPOSED_ROLE.match(window, end)
    if apposed is None or not apposed.group("words")[0].islower():
        return end
    lex = g.lexicon
    first = apposed.group("words").split(maxsplit=1)[0]
    adverb = first in lex.cue_adverbs or bool(lex.adverb_suffix) and first.endswith(lex.adverb_suffix)
    return end if adverb or first in lex.prepositions or first in lex.clause_conjunctions else apposed.end()


def _opening_cue(g: Grammar, window: str) -> re.Match[str] | None:
    """The speaker of a sentence that opens on its cue verb, capitalised, then names who spoke: "Said Comey, “...”",
    "Continued Stone: “...”" (never a gerund: "Adding, “...”" continues the sentence before)."""
    head = window.lstrip()
    first = head.split(maxsplit=1)[:1]
    lex = g.lexicon
    if not first or not first[0][:1].isupper():
        return None
    verb = first[0].lower()
    if verb not in lex.cue_verbs or _gerund(lex, verb) or _opens_on_participle(g, head):
        return None  # ("Gefragt nach dem Menü, fügte sie hinzu:": a participle's clause, then the sentence's verb)
    lowered = window[: len(window) - len(head)] + head[:1].lower() + head[1:]
    match = g.verb_speaker.match(lowered)
    if match is None or not _plausible(g, match.group("who")) or not _named_or_role(g, match.group("who")):
        return None
    return match if _OPENING_CUE_TAIL.fullmatch(lowered, match.end()) else None


def _according_opening(g: Grammar, window: str) -> re.Match[str] | None:
    """The speaker of a sentence that opens on a phrase giving whose account it is ("Selon la préfète, ...")."""
    match = g.according_opening.match(window)
    return match if match is not None and _plausible(g, match.group("who")) else None


def _role_of_word(lex: Lexicon, text: str, start: int) -> bool:
    """Whether the word before ``start`` is what a role before its link is of, in lower case ("Former head of security
    Ann Cole:", "Former secretary of state Hillary Clinton:", "El jefe de gabinete Juan Arnáiz:"): the name after it is
    the role's holder, not a preposition's object ("in a post on Twitter Ann Cole:" has no role before its link)."""
    previous = text[max(0, start - _ROLE_OF_LINK_CHARS) : start].split()[-3:]
    if len(previous) < 3 or not previous[2][:1].islower() or previous[1] not in lex.complement_words:
        return False
    return _role_word(lex, previous[0].lower())


def _verb_before_name(g: Grammar, window: str, verbs: Iterator[re.Match[str]]) -> bool:
    """Whether one of ``verbs`` found before a name is a verb, not what a role is of ("Former secretary of state
    Hillary Clinton:": "state" is no verb there)."""
    return any(not _role_of_word(g.lexicon, window, verb.start() + len(verb.group().split()[0])) for verb in verbs)


_ROLE_OF_LINK_CHARS = 48  # characters before a name read for a role, its link and what it is of ("secretary of state ")


def _word_before(text: str, start: int) -> int:
    """Where the word before ``start`` starts ("dieser" of "mit dieser Zeitung")."""
    end = len(text[:start].rstrip())
    return end - len(text[:end].split()[-1]) if text[:end].split() else start


_CONTRACTED_NOUN_WORDS = 2  # the words before a body's name in its sentence: its article and its noun
_CONTRACTED_NOUN_CHARS = 40  # the characters those words may take ("L'association ", "La asociación ")


@lru_cache(maxsize=8)
def _generations_as_split(code: str) -> frozenset[str]:
    """A language's generation words as the word after a name is split off ("jun.", "jun.,", "fils:"); made once a
    language, as the reader's other word sets (the reader is made for every article)."""
    return frozenset(w + end for w in LEXICONS[code].generation_words for end in ("", ",", ":", ";", "."))


@lru_cache(maxsize=8)
def _definite_openings(code: str) -> tuple[str, ...]:
    """A language's definite articles capitalised before a space, sorted: a sentence opening on one."""
    return tuple(sorted(w.capitalize() + " " for w in LEXICONS[code].definite if w.isalpha()))


@lru_cache(maxsize=8)
def _and_after(code: str) -> tuple[str, ...]:
    """A language's words for "and" between spaces, sorted: an "and" right after a run."""
    return tuple(sorted(f" {w} " for w in LEXICONS[code].and_words if w.isalpha()))


@lru_cache(maxsize=8)
def _contraction_openings(code: str) -> tuple[str, ...]:
    """Each contraction of a language between spaces (" au ", " am "), sorted: a run is read on past one only where one
    follows it, told by one call in C (most runs are followed by none)."""
    return tuple(f" {w} " for w in sorted(LEXICONS[code].name_contractions))


def _contracted_body(lex: Lexicon, text: str, sentence: int, start: int, stop: int) -> int:
    """Where a body's name read from ``start`` to ``stop`` ends when it goes on past a preposition and its article in
    one word (lexicon ``name_contractions``) and more capitalised words, the body's noun opening the sentence right
    before the name or opening it ("L'association Droit| au Toit Douaisien s'est félicitée", "La asociación Amigos| al
    Rescate aseguró", "Der Verein Leben| am Fluss teilte mit"), not before a day ("am Freitag"); else 0. After a verb
    such a word is whom the words were told to ("a déclaré l'association Aides au Parisien"), so only a name before
    its verb is read so."""
    contraction = text[stop + 1 : stop + 6].split(maxsplit=1)[:1]
    if not contraction or contraction[0] not in lex.name_contractions or start - sentence > _CONTRACTED_NOUN_CHARS:
        return 0
    before = text[sentence:start].split()
    if len(before) > _CONTRACTED_NOUN_WORDS:
        return 0
    nouns = [_unelided(w).lower() for w in (*before[-1:], text[start:stop].split(maxsplit=1)[0])]
    if not any(noun in lex.organisation_words for noun in nouns):
        return 0
    more = contracted_body_rest(lex.code).match(text, stop)
    if more is None:
        return 0
    words, end = more.group().split(), more.end()
    while words and words[-1].lower() in lex.date_words:
        end = text.rfind(words.pop(), stop, end)  # ("der Verein Leben am Fluss am Freitag")
        end = stop + len(text[stop:end].rstrip())
    return end if len(words) > 1 and words[0] in lex.name_contractions else 0


def _article_before(text: str, start: int, stop: int, body: str) -> str:
    """The word right before a body's name, its article in its run or before it ("Die| Handelskammer Ostport", "la|
    Chambre de commerce"), or ""."""
    at = text.find(body.split(maxsplit=1)[0], start, stop)
    before = text[max(0, at - _BODY_ARTICLE_REACH) : at].split()[-1:] if at > 0 else []
    return before[0] if before else ""


def _role_described(g: Grammar, text: str, match: re.Match[str] | None) -> re.Match[str] | None:
    """A description read on past its role, cut after the role, or else after the body's noun it opens on: "The
    Dutch prime minister also played down" is "The Dutch prime minister", "The association went further" "The
    association"."""
    if match is None or _named_or_role(g, match.group("who")):
        return match
    words = match.group("who").split()
    lex = g.lexicon
    if words[0].lower() not in lex.determiners:
        return match
    last = next((i for i in range(len(words) - 1, 0, -1) if _is_role(g, words[i])), 0)
    if not last and len(words) > 2 and _body_noun(lex, words[1].lower()):
        last = 1  # ("The council leader sent the plan": the role, though "council" and "plan" are bodies' nouns)
    if not last:
        return match
    length = len(" ".join(words[: last + 1]))
    return _span_pattern(length).match(text, match.start("who"))


_DESCRIBING_WORDS = 3  # lower-case words a description may hold before the name it gives ("el hincha", "the fan")


def _named_description(g: Grammar, text: str, match: re.Match[str] | None) -> re.Match[str] | None:
    """A description read as a subject that goes on to a name, cut after the name ("el hincha Gustavo Peralta| no
    ocultaba", "le supporter| Gustave Perret" read on to it): a determiner, a few words in lower case (in German,
    capitalised nouns), then a capitalised run; the match as it was when there is none."""
    if match is None or match.group("who").split(maxsplit=1)[0].lower() not in g.lexicon.determiners:
        return match
    words = list(_WORD_START.finditer(text, match.start("who"), match.start("who") + _COLON_RUN))
    tokens = [text[w.start() :].split(maxsplit=1)[0] for w in words]
    first = next((i for i, t in enumerate(tokens) if i and t[:1].isupper()), 0)
    if not first or first > _DESCRIBING_WORDS or not all(t.isalpha() for t in tokens[1:first]):
        return match
    last = first
    while (
        last + 1 < len(tokens)
        and tokens[last + 1][:1].isupper()
        and (tokens[last].isalpha() or last == first and tokens[last][:-1] in _TITLE_ABBREVIATIONS)
    ):
        # (a lexicon's title abbreviated before the name goes on to it: "La Lic. Rocío Paz", "The Rev. John Hale"; not
        # a place's "St. Ives")
        last += 1
    if last == first and not g.lexicon.capitalised_nouns and first == 1:
        return match  # ("The Times reported": one capitalised word after the article is its name)
    end = words[last].start() + len(tokens[last].rstrip(",:;"))
    return _span_pattern(end - match.start("who")).match(text, match.start("who"))


def _role_holder(g: Grammar, window: str, after: int, rest: str) -> re.Match[str] | None:
    """The name right after a body's name and a role noun in lower case (``rest``: the words after the body, read from
    ``after``): "Harbour Fisheries Trust chair Mere Tapsell had the figures ready:" is hers, the body is whose chair she
    is; None when no role and capitalised name follow."""
    words = rest.split(maxsplit=2)
    if len(words) < 2 or not words[0].islower() or not words[1][:1].isupper() or not title_role(words[0], g.lexicon):
        return None
    name = _CAPITAL_RUN.match(window, window.find(words[1], after))
    return _span_pattern(len(name.group())).match(window, name.start()) if name is not None else None


@lru_cache(maxsize=64)
def _span_pattern(length: int) -> re.Pattern[str]:
    """A pattern whose group "who" is the next ``length`` characters (a speaker found by hand, as a match)."""
    return re.compile(rf"(?P<who>.{{{length}}})", re.S)


# An appositive right after a subject, set off by commas ("Medina, de 23 años,"): bounded, one clause, not a name
# ("L'entraîneur, Patrice Lacombe,": the name speaks); up to three in a row, as a vox pop labels someone known by a
# first name ("Rocío, 41 años, de Cangas, dependienta:", "Marta, 41, from Leeds, nurse:")
# (a party and its state opens in capitals: "Mitch McConnell, R-Ky., delivered a blunt message:")
# (or on a party or a role and its place: "Lee Zeldin, Republican of New York,", "Ann Cole, Mayor of Kendal,")
_SUBJECT_APPOSITIVE = re.compile(
    rf",\s{{1,3}}(?:(?:(?![{CAPITALS}](?!-[A-Z]))|(?=[{CAPITALS}][{SMALLS}]+\sof\s[{CAPITALS}]))"
    r"[^,!?:;“”„\"«»]{1,120}?,\s{1,3}){1,3}"
)

# A subject's appositive naming whose relative the subject is, an owner and a noun ("Georgs Schwester", "Mark's sister")
_KIN_APPOSITIVE = re.compile(
    rf"(?:,\s{{1,3}})?[{CAPITALS}][\w\-]{{0,30}}"
    rf"(?:['’]s?|s)\s{{1,3}}(?P<kin>[^\W\d_]{{2,30}}),\s{{1,3}}"
)


# An appositive opening on a capitalised noun, in a language that capitalises nouns ("Nicole Schmitt, Pendlerin aus
# Kleinblittersdorf,"): a role or a person's noun (checked), then lower-case words or names, one clause
_NOUN_APPOSITIVE = re.compile(
    rf",\s{{1,3}}(?P<noun>[{CAPITALS}][^\W\d_]{{1,40}})"
    rf"(?:\s[^,!?:;“”„\"«»]{{1,100}}?)?,\s{{1,3}}"
)


def _subject_appositives(g: Grammar, window: str, at: int) -> int | None:
    """Where the appositives after a subject ending at ``at`` end (after the comma closing the last), or None: up to
    three opening in lower case, then one naming whose relative the subject is ("Gudrun Weinhold, geb. Pietzsch,
    Georgs Schwester, stand am Rand:": she, not Georg's sister as someone else); in a language that capitalises
    nouns, one opening on a role or a person's noun ("nahm Nicole Schmitt, Pendlerin aus Kleinblittersdorf, es
    gelassen:"); in any language, one opening on a capitalised title ("Hon. Melanie Tabone Grech, Parliamentary
    Secretary for Fisheries, cut the ribbon:": she, not "Fisheries")."""
    if (noun := _noun_appositive(g, window, at)) is not None or (noun := _title_appositive(g, window, at)) is not None:
        return noun
    apposed = _SUBJECT_APPOSITIVE.match(window, at)
    end = apposed.end() if apposed is not None else at
    if apposed is not None and (noun := _noun_appositive(g, window, window.rfind(",", at, end))) is not None:
        return noun  # "Gerhard Bode, 74, Rentner aus der Vogtei, stand lange vor der Vitrine:": an age, then the noun
    kin = _KIN_APPOSITIVE.match(window, end)
    if kin is not None and kin.group("kin").lower() in g.lexicon.family_kin:
        return kin.end()
    return end if apposed is not None else None


# A capitalised appositive after a subject, closed by a comma (", Parliamentary Secretary for Fisheries,")
_CAPITALISED_APPOSITIVE = re.compile(rf",\s{{1,3}}([{CAPITALS}][^,.;:!?“”„\"«»()\n]{{0,80}}?),\s")


def _title_appositive(g: Grammar, window: str, at: int) -> int | None:
    """Where an appositive opening on a capitalised title or role at the comma at ``at`` ends ("Secretary for
    Fisheries", "Parliamentary Secretary for Fisheries", "Chief Executive"), or None (a place, "Anna Berg, Paris,")."""
    if window[at : at + 1] != "," or (apposed := _CAPITALISED_APPOSITIVE.match(window, at)) is None:
        return None
    words = apposed.group(1).split()
    return apposed.end() if _capitalised_role(g.lexicon, words) else None


def _noun_appositive(g: Grammar, window: str, at: int) -> int | None:
    """Where an appositive opening on a role or a person's noun at the comma at ``at`` ends, in a language that
    capitalises nouns ("Nicole Schmitt, Pendlerin aus Kleinblittersdorf,"), or None."""
    if not g.lexicon.capitalised_nouns or (noun := _NOUN_APPOSITIVE.match(window, at)) is None:
        return None
    word = noun.group("noun").lower()
    feminine = g.lexicon.feminine_endings
    if _role_word(g.lexicon, word) or bool(feminine) and word.endswith(feminine) or word in g.lexicon.contest_roles:
        return noun.end()  # ("Pendlerin", a woman who commutes: a noun of a person's feminine ending)
    return None


# Whose relative or what someone is, after their name and a comma ("Coach Ray Gagnon, Colette's husband:"): an owner and
# words in lower case, which say who the subject is, not what they did
_OWNER_AND_NOUN = re.compile(rf"[{CAPITALS}][\w\-]{{0,30}}['’]s(?:\s[^\W\d_{CAPITALS}][\w’'\-]{{0,30}}){{1,3}}")
_LOWER_WORD = re.compile(rf"[^\W\d_{CAPITALS}][\w’'-]{{0,30}}\s{{1,3}}")  # a word in lower case (a main clause's verb)


def _person_described(lex: Lexicon, who: str) -> bool:
    """Whether a subject is a determiner and a noun for a person the lexicon knows though it lists no role of it: a
    part in a contest ("La ganadora", "The winner"), a relation ("Son frère"), someone of an age ("le sexagénaire");
    never a thing ("The result", "La decisión"). (Not any noun of a person's ending: "La conservatrice devant le cadre
    vide :" in a caption is whom the body names after it, no woman named before.)"""
    words = who.lower().split()
    if len(words) != 2 or words[0] not in lex.determiners or not words[1].replace("-", "").isalpha():
        return False
    noun = words[1]
    return noun in lex.contest_roles or noun in lex.family_kin or noun in lex.decade_nouns


def _colon_subject(g: Grammar, window: str) -> re.Match[str] | None:
    """The subject of a short sentence that opens the quote with a colon and no cue verb: "En la
    presentación, Ibáñez dio otra fecha: «...»" (a name, a pronoun or a role, then lower-case words)."""
    if not window.rstrip().endswith(":"):
        return None
    lex = g.lexicon
    commas = [end for _, end in _commas(window, 0, _WINDOW // 2)]
    starts = [0, *commas]
    fronted = _after_fronted_phrase(g, window) if lex.verb_second else None
    if fronted is not None:
        starts.insert(0, fronted)  # "Auf der Pressekonferenz zog Landrat Bernd Koslowski eine erste Bilanz:"
    opener = _WORD_START.search(window)
    opening = window[opener.start() :].split(maxsplit=1)[0].lower() if opener else ""
    if opener and (opening in lex.viewpoint_words or opening in lex.fronted_adverbs and not lex.verb_second):
        # "Para la alcaldesa, el mensaje es claro:": whose view it is, after the viewpoint word; "Then she showed the
        # guests the plans:": the subject after an adverb of sequence (a verb-second language's is read as fronted)
        starts.insert(0, window.index(" ", opener.start()) + 1)
    for start in starts:
        main_clause = bool(commas) and start == commas[0]  # (the clause after the first comma)
        # (after a fronted phrase the verb was read already: "Am Morgen notierte| der Kapitän:")
        verb = _LOWER_WORD.match(window, start) if lex.verb_second and start and start != fronted else None
        if verb is not None:
            start = verb.end()  # "Als Wagner überzog, griff Landtagspräsidentin Hanne Wiebking ein:": the verb first
        # (after a fronted phrase and its verb the subject may end on the colon: "Am Morgen notierte der Kapitän:")
        after_fronted = start == fronted
        spoken = window.rstrip()[:-1] + " " if after_fronted else window
        if after_fronted and window[start:].split(maxsplit=1)[0] in lex.possessives:
            start = window.index(" ", start) + 1  # ("… überbrachte sein Stellvertreter Jonas Keller:": the noun on)
        match = _named_description(g, window, _role_described(g, window, g.opening.match(spoken, start)))
        if match is None or not _plausible(g, match.group("who")):
            continue
        who = match.group("who")
        if not (
            _named_or_role(g, who)
            or _person_described(lex, who)
            or not start
            and _body_noun(lex, who.split()[-1].lower())
        ):
            # (a body by its noun opening the sentence speaks as a role does: "The association went further in a
            # second line:"; not in a clause after a comma: "..., als der Hafenverein das Motto enthüllte: „…“")
            continue
        pronoun = match.group("who").lower() in lex.pronouns
        if verb is not None and pronoun and not (main_clause and _personal_subject(g, window, match.group("who"))):
            # "..., wurde es laut:": "es" stands for no one there ("…, den sie geschnitten hat:" is a relative clause);
            # but the main clause after a subordinate one is its subject's: "Als ihn ein Junge fragt, wechselt er …"
            continue
        first = match.group("who").split()[0].lower()
        if first in lex.prepositions and first not in lex.viewpoint_words:
            continue  # "Auf der Pressekonferenz": a place, no subject (but "For Lindgren, the answer is simple:")
        # "El diputado Ignacio| de la Fuente"; never after a pronoun, an article before its object ("Dann zeigte sie
        # den Gästen die Pläne:")
        after = match.end() if who.lower() in lex.pronouns else _name_tail(g, window, match.end())
        if after > match.end():
            match = _span_pattern(after - match.start("who")).match(window, match.start("who")) or match
        if (apposed := _subject_appositives(g, window, after)) is not None:
            after = apposed  # "El propio Medina, de 23 años, restó importancia a su actuación:"
        # ("Pfarrer Gerhard Wellmann von der evangelischen Gemeinde sprach ein Dankgebet:": the body or the place the
        # subject is of, then the verb, a cue verb too, that the cue grammar reads only right after a name)
        affiliated = _affiliation_end(g, window, after) if apposed is None else after
        rest = window[affiliated:].rstrip()[:-1].strip(" ,")  # (after an appositive's closing comma)
        if not match.start("who") and apposed is None and _dropped_opening(g, match.group("who"), rest):
            continue
        if not lex.capitalised_nouns and _object_named(lex, rest):
            return None  # "Ravens fire head coach Pete Lindgren: '…'": a name before the colon is the verb's object
        if (holder := _role_holder(g, window, after, rest)) is not None:
            return holder  # "Harbour Fisheries Trust chair Mere Tapsell had the figures ready:": she, not the trust
        described = rest[:1].islower() or _OWNER_AND_NOUN.fullmatch(rest) is not None
        described = described or after_fronted and not rest
        if described and _colon_run(lex, rest) and not _CLAUSE_STOP.search(_without_asides(g, rest)):
            # (a cue verb there was read already: "Lindgren was asked:" is someone else's question; after a
            # determiner it is a noun: "For Lindgren, the answer is simple:")
            verb = g.any_verb.search(rest)
            own = affiliated > after and verb is not None and not verb.start()  # (the subject's own verb, active)
            return match if verb is None or own or _noun(g, rest, verb) else None
    return None


def _without_asides(g: Grammar, rest: str) -> str:
    """The words between a subject and its colon less the asides set off by commas that open on a word of comparison
    (lexicon ``conformative_words``) and hold no verb: "segnete zum Schluss die Boote, wie jedes Jahr im Advent:",
    "blessed the boats, as every year:", "a béni les pirogues, comme chaque année :". Not a clause: one holding a
    cue verb ("as the mayor said"), a capitalised word where nouns are written in lower case ("as Smith put it"), or
    in German a last word in lower case, a clause's verb ("wie sie es immer tut"); ``rest`` as it is then."""
    if "," not in rest:
        return rest  # (most lead-ins: no aside)
    lex = g.lexicon
    head, *asides = rest.split(",")
    for aside in asides:
        words = aside.split()
        if not words or words[0] not in lex.conformative_words or g.any_verb.search(aside):
            return rest
        if not words[-1][:1].isupper() if lex.capitalised_nouns else any(w[:1].isupper() for w in words):
            return rest
    return head


_AFFILIATION_REACH = 80  # characters after a subject read for the body or the place it is of
_AFFILIATION_WORDS = 5  # the words of such a complement after its link ("von der evangelischen Stadtpfarrkirche")
# The links that open a body or a place a person is of, per language (the first word of each ``member_links``, and
# ``origin_links``: "of", "from", "von", "vom", "aus", "de", "du", "del")
_AFFILIATION_LINKS = {
    code: frozenset(link.split()[0] for link in lex.member_links) | lex.origin_links for code, lex in LEXICONS.items()
}


def _affiliation_end(g: Grammar, window: str, at: int) -> int:
    """Where a complement naming the body or the place the subject ending at ``at`` is of ends ("Pfarrer Gerhard
    Wellmann| von der evangelischen Gemeinde| sprach ein Dankgebet:", "Canon Miriam Oduya| of St Luke's| blessed the
    nets:"; see :func:`_affiliation_length`); ``at`` when none follows, or when no word in lower case, the verb,
    follows it ("The LC5 Chairperson of Mbale District, Peter Wanyela, had come": a role's office, then its name)."""
    words = window[at : at + _AFFILIATION_REACH].split()[: _AFFILIATION_WORDS + 1]
    length = _affiliation_length(g.lexicon, words)
    if not length or length >= len(words) or not words[length][:1].islower():
        return at
    end = at
    for word in words[:length]:
        end = window.index(word, end) + len(word)
    return end


def _affiliation_length(lex: Lexicon, words: Sequence[str]) -> int:
    """How many of ``words`` are a complement naming the body or the place a subject is of: a link of
    ``_AFFILIATION_LINKS``, then articles, words in lower case before a capitalised one and capitalised words, ending
    on the last capitalised one ("von der evangelischen Gemeinde", "aus Mediasch", "of St Luke's"); 0 when the words
    open on no link or hold no capitalised word before one in lower case (the verb)."""
    if not words or words[0] not in _AFFILIATION_LINKS[lex.code]:
        return 0  # (most subjects: the verb follows)
    last = 0
    for i, word in enumerate(words[1 : _AFFILIATION_WORDS + 1], 1):
        if word[:1].isupper():
            last = i
            if word[-1] in _CLAUSE_MARKS:
                break  # (a comma ends the complement: "of Mbale District, Peter Wanyela, had come")
            continue
        if word[-1] in _CLAUSE_MARKS:
            break  # ("Le premier magistrat de la commune, Odile Tanguy, a coupé": a role's complement, then its name)
        adjective = i + 1 < len(words) and words[i + 1][:1].isupper()  # ("der evangelischen Gemeinde")
        if word not in lex.articles and not adjective:
            break
    return last + 1 if last else 0


def _personal_subject(g: Grammar, window: str, who: str) -> bool:
    """Whether a pronoun found after the verb of the main clause that follows the clause opening ``window`` is its
    subject, a person: a subject pronoun of a person when the window opens on a subordinator ("Als ihn ein Junge fragt,
    wechselt er ins Platt:"); not an impersonal one ("…, wurde es laut:") nor an object's form ("…, gab ihm der Wirt
    recht:")."""
    lex = g.lexicon
    pronoun = lex.pronouns.get(who.lower())
    if pronoun is None:
        return False
    opener = window.split(maxsplit=1)[:1]
    if not opener or opener[0].lower() not in lex.subordinators:
        return False
    return who.lower() in lex.subject_pronouns and pronoun.gender is not Gender.NEUTER


def _colon_run(lex: Lexicon, rest: str) -> bool:
    """Whether the words between a subject and the colon opening its quote are few enough to be its lead-in: up to
    ``_COLON_RUN`` characters, or twice that where they name an occasion of speaking or a document the words came in
    (lexicon ``speech_events``, ``document_nouns``: "gave the technique a whirl in an interview with CNN on Tuesday:",
    "defends his outsider bona fides in a commercial running on Iowa TV:", "a précisé sa position lors d'un long
    entretien")."""
    if len(rest) <= _COLON_RUN:
        return True
    if len(rest) > 2 * _COLON_RUN:
        return False
    words = rest.lower().split()
    return not lex.speech_events.isdisjoint(words) or not lex.document_nouns.isdisjoint(words)


_AFTER_COLON = " “„«‘‚\"'\u00a0"  # the quote marks and spaces between a lead-in's colon and the words


_COLON_MARKS = 4  # characters before a quote read for a lead-in's colon (": “", " : « ")


def _read_out_before(g: Grammar, text: str, start: int) -> bool:
    """Whether the words at ``start`` follow a colon after a clause saying its subject reads a text out."""
    lead = text[max(0, start - _COLON_RUN) : start].rstrip(_AFTER_COLON)
    return lead.endswith(":") and _reads_out(g.lexicon, lead)


def _read_from(g: Grammar, text: str, start: int) -> str | None:
    """The author of the text the colon before the words at ``start`` opens, when its clause says someone reads out a
    document of theirs (lexicon ``reading_verbs``, ``document_nouns``, ``author_links``: "Counsel read a statement from
    the neighbour, Elsa Ferraro:", "verlas die Erklärung von Elsa Ferraro:", "a lu la lettre de Mme Ferraro :", "leyó la
    declaración escrita de la vecina Elsa Ferraro, de 81 años:"): the words are the author's, not the reader's."""
    colon = text.rfind(":", start - _COLON_MARKS if start > _COLON_MARKS else 0, start)
    pattern = _reading_from(g.lexicon.code) if colon >= 0 else None
    if pattern is None:
        return None
    opening = sentence_start(text, colon)
    # (a role or a pronoun closing the clause first: "eine Erklärung des Landrats:" holds no name "Landrats")
    if (role := _read_from_role(g, text, opening, colon)) is not None:
        return role
    found = pattern.search(text, opening, colon)
    return found.group("who") if found is not None and _plausible(g, found.group("who")) else None


def _read_from_role(g: Grammar, text: str, opening: int, colon: int) -> str | None:
    """The author, by a role or a pronoun, of a document its clause says someone reads out right before the colon
    ("Hart read out a message from her:", "verlas eine Erklärung des Landrats:", "leyó una carta de la alcaldesa:",
    "a lu un message du préfet :"): the link and the author's words, whom the cast resolves (a role's holder named
    before, the woman named before); None when the words after the link are no role or pronoun ("a letter of thanks",
    "a statement of intent")."""
    lex = g.lexicon
    found = _reading_from_role(lex.code).search(text, opening, colon)
    if found is None:
        return None
    who = found.group("who")
    words = _article_written(lex, who).split()
    last = words[-1].lower()
    if len(words) == 2 and last in lex.pronouns:
        return who  # "a message from her"
    # (the role or body after its definite article: "from the mayor", "des Landrats", "de la alcaldesa", "del
    # ayuntamiento")
    definite = len(words) > 1 and words[-2].lower() in lex.definite
    return who if definite and (_role_word(lex, last) or last in lex.organisation_words) else None


@per_language
def _reading_from_role(code: str) -> re.Pattern[str]:
    """A reading verb, its document, a link and at most three words closing the clause before the colon (see
    :func:`_read_from_role`)."""
    lex = LEXICONS[code]
    verbs, nouns = "|".join(sorted(lex.reading_verbs)), "|".join(sorted(lex.document_nouns))
    links = "|".join(re.escape(link) for link in sorted(lex.author_links, key=lambda link: (-len(link), link)))
    return re.compile(
        rf"(?<!\w)(?i:{verbs})\s+(?:[\w'’,]+\s+){{0,12}}?(?i:{nouns})(?:\s+\w+)?\s+"
        rf"(?P<who>(?i:{links})\s+(?:[\w'’]+\s+){{0,2}}[\w'’]+)\s*$"
        if lex.reading_verbs and lex.author_links
        else NEVER
    )


@per_language
def _reading_from(code: str) -> re.Pattern[str] | None:
    """A reading verb, its document (up to twelve words before it: its article and adjectives, a German subject after
    the verb, with its appositive name and a time: "verlas die Anwältin des Beschuldigten, NAME, am Mittwoch eine
    Erklärung ihres Mandanten NAME:"; an adjective after it), a link to its author, at most three words (an article,
    a role) and the author's name (see :func:`_read_from`)."""
    lex = LEXICONS[code]
    if not lex.reading_verbs or not lex.author_links:
        return None
    verbs, nouns = "|".join(sorted(lex.reading_verbs)), "|".join(sorted(lex.document_nouns))
    links = "|".join(re.escape(link) for link in sorted(lex.author_links, key=lambda link: (-len(link), link)))
    return re.compile(
        rf"(?<!\w)(?i:{verbs})\s+(?:[\w'’,]+\s+){{0,12}}?(?i:{nouns})(?:\s+\w+)?\s+(?i:{links})(?:\s+|(?<=['’]))"
        rf"(?:[\w'’]+,?\s+){{0,3}}?(?P<who>{NAME_RUN})"
    )


def _read_for(g: Grammar, text: str, start: int, prior: str = "") -> str | None:
    """The person a reader reads a text out for, when the clause before the colon opening the words at ``start`` says
    so with a possessive (lexicon ``behalf_phrases``, ``reading_verbs``: "Niamh Cashman, solicitor for the owner, Declan
    Forde, read a statement on his behalf:", "verlas in seinem Namen eine Erklärung:", "a lu une déclaration en son nom
    :", "leyó en su nombre un comunicado:"): the words are that person's, the last one the sentence names after its
    subject (the reader), or, when it names only the reader ("Forde did not come. His solicitor, Niamh Cashman, read a
    statement on his behalf:"), the first one the sentence before names (the paragraph before's last sentence, when
    the sentence opens its paragraph: ``prior``). So when a reader who is someone's reads that someone's text ("his
    lawyer, Ruth Amis, read his statement:", "c'est son avocate, Me Ruth Amis, qui a lu sa déclaration :", "Seine
    Anwältin verlas seine Erklärung:", "su abogada leyó su declaración:", :func:`_reads_theirs`): the one the sentence
    names before the reader, else the one the sentence before names first."""
    lex = g.lexicon
    colon = text.rfind(":", start - _COLON_MARKS if start > _COLON_MARKS else 0, start)
    if colon < 0:
        return None
    opening = sentence_start(text, colon)
    clause = text[opening:colon].lower()
    behalf = any(phrase in clause for phrase in lex.behalf_phrases)
    if not behalf and not _reads_theirs(lex, clause):
        return None  # (most colons: one substring test per phrase, a split of the clause)
    verb = _reading_verb(lex.code).search(text, opening, colon)
    if verb is None:
        return None
    named = _names_in(g, text, opening, verb.start())
    if behalf and len(named) > 1:
        return named[-1]
    if not behalf and len(named) > 1:
        return named[0]  # "Forde's lawyer, Ruth Amis, read his statement:" (the reader is named last)
    if opening > 1:
        before = sentence_start(text, opening - 1)
        earlier = _names_in(g, text, before, opening) if before < opening else []
    else:
        earlier = _names_in(g, prior, sentence_start(prior, len(prior) - 1), len(prior)) if prior else []
    return earlier[0] if earlier and earlier[0] not in named else None


def _reads_theirs(lex: Lexicon, clause: str) -> bool:
    """Whether a clause (in lower case) says someone's reader reads out that someone's text: a possessive of another
    (lexicon ``possessives`` less ``own_possessives``) before its reading verb, whose reader it makes theirs ("his
    lawyer", "son avocate", "Seine Anwältin", "su abogada"), and one before a document a few words after it ("read his
    statement", "a lu sa déclaration", "verlas am Dienstag seine Erklärung", "leyó su declaración"). Not a reader of
    no one's ("the mayor read her statement:": her own)."""
    words = clause.replace(",", " ").split()
    theirs = _THEIRS[lex.code]
    owned = False  # (a possessive of another stood before: the reader is someone's)
    for at, word in enumerate(words):
        if owned and word in lex.reading_verbs:
            after = words[at + 1 : at + 1 + _READ_OBJECT_WORDS]
            if any(a in theirs and b in lex.document_nouns for a, b in zip(after, after[1:], strict=False)):
                return True
        owned = owned or word in theirs
    return False


_READ_OBJECT_WORDS = 5  # words after a reading verb its document's possessive may stand in ("verlas am Dienstag seine")
# Each language's possessives of someone other than the writer or speaker ("his", "ihre", "sa", "su"; see _reads_theirs)
_THEIRS = {code: lex.possessives - lex.own_possessives for code, lex in LEXICONS.items()}


@per_language
def _reading_verb(code: str) -> re.Pattern[str]:
    """A form of "read" that takes a text as its object (lexicon ``reading_verbs``), as a word."""
    verbs = LEXICONS[code].reading_verbs
    return re.compile(rf"(?<!\w)(?i:{'|'.join(sorted(verbs))})(?!\w)" if verbs else NEVER)


def _names_in(g: Grammar, text: str, start: int, end: int) -> list[str]:
    """The people's names ``text[start:end]`` holds, in order (capitalised runs that may name someone)."""
    found = (candidate_name(run.group(), g.lexicon.code) for run in _CAPITAL_RUN.finditer(text, start, end))
    return [name for name in found if name and _plausible(g, name)]


def _reads_out(lex: Lexicon, clause: str) -> bool:
    """Whether a clause says its subject reads a text out (lexicon ``read_out_phrases``: "read it out", "las vor")."""
    low = f" {clause.lower().rstrip(' :')} "
    return any(f" {phrase} " in low for phrase in lex.read_out_phrases)


def _dropped_opening(g: Grammar, who: str, rest: str) -> bool:
    """Whether the one capitalised word ``who`` opening a sentence is its verb, in a language that drops the subject:
    a preposition follows it in ``rest``, where a subject would be followed by its verb ("Empezó con un recuerdo:
    «…»"), or an article or a possessive opening its object, when it is no first name ("Enseña un rollo de soga:",
    "Anota una cifra y explica:"); or it is an object pronoun written before the verb (:func:`_opening_clitic`: "Se
    quita el sombrero antes de hablar:", "Nos mira por encima de las gafas:"). Not an article that is an object
    pronoun too (lexicon ``object_clitics``: "la", "los"), which follows a name as well as a verb ("Rosalía la mira:",
    "Quispe la mira y dice:", "Levanta la vista:")."""
    lex = g.lexicon
    following = rest.split(maxsplit=1)[:1]
    if not lex.pro_drop or " " in who or not following:
        return False
    if _opening_clitic(lex, who):
        return True
    after = following[0].lower()
    if after in lex.prepositions:
        return True
    opens_object = after in lex.articles or after in lex.possessives
    word = who.lower()  # (no verb: "Sobre su antecesor", "En el entorno", "Luego el profesor", "Marta la mira")
    named = _small_word(lex, word) or word in lex.first_name_gender
    # (an article that is an object pronoun too opens the object of a word ending as a finite verb does: "Revisó la
    # planilla de turnos:", not "Rosalía la mira:")
    finite = singular_finite(lex, who) and not who.isupper()
    return opens_object and (after not in lex.object_clitics or finite) and not named


def _small_word(lex: Lexicon, word: str) -> bool:
    """Whether a word in lower case is a pronoun, a preposition, a negation, a word joining a sentence to the one
    before or another small word, never a verb opening a sentence ("luego", "sobre", "nadie", "ella")."""
    return (
        word in lex.pronouns
        or word in lex.prepositions
        or word in lex.stopwords
        or word in lex.not_names
        or word in lex.negations
        or word in lex.sequence_words
        or word in lex.clause_conjunctions
        or word in lex.cue_adverbs
    )


def _object_named(lex: Lexicon, rest: str) -> bool:
    """Whether the words after a subject end on a name that is the object of their verb ("fire head coach Pete
    Lindgren"), not on a place after a preposition ("llega a Castellón")."""
    words = rest.split()
    named = 0
    while named < len(words) and words[-1 - named][:1].isupper():
        named += 1
    return 0 < named < len(words) and words[-1 - named].lower() not in lex.prepositions


def _name_tail(g: Grammar, text: str, end: int) -> int:
    """Where a name ending at ``end`` really ends when particles and a capitalised word follow ("Ignacio| de la
    Fuente"): at most three words."""
    words = text[end : end + 40].split()[:3]
    particles = 0
    while particles < len(words) - 1 and words[particles].lower() in g.lexicon.name_particles:
        particles += 1
    if not particles or not words[particles][:1].isupper():
        return end
    last = words[particles].rstrip(",:")
    return text.index(last, end) + len(last)


def _after_fronted_phrase(g: Grammar, window: str) -> int | None:
    """Where the subject stands in a verb-second sentence that opens on a phrase of place or time, on an object its
    article tells (lexicon ``object_articles``), on someone's words (a possessive and a noun of ``message_nouns``) or
    on an adverb of sequence (``fronted_adverbs``): after the phrase (a preposition or the article, determiners and
    capitalised nouns) and the verb, its first lower-case word other than those ("Auf der Pressekonferenz im
    Landratsamt zog Landrat Bernd Koslowski ...", "Den Erfolg ordnete sie nüchtern ein:", "Seine Grüße überbrachte
    sein Stellvertreter Jonas Keller:", "Dann zeigte Huber den Gästen die Pläne:")."""
    lex = g.lexicon
    words = list(_WORD_START.finditer(window, 0, _WINDOW // 2))
    first = window[words[0].start() :].split(maxsplit=1)[0].lower() if words else ""
    if first not in lex.prepositions and first not in lex.object_articles and first not in lex.fronted_adverbs:
        # (or on someone's words, a possessive and the noun of the words, which a messenger passes on: "Seine Grüße
        # überbrachte sein Stellvertreter Jonas Keller:")
        if first not in lex.possessives or len(words) < 2:
            return None
        if window[words[1].start() :].split(maxsplit=1)[0].lower() not in lex.message_nouns:
            return None
    for word, following in zip(words[1:], words[2:], strict=False):
        token = window[word.start() : following.start()].strip()
        low = token.lower()
        if not token.replace("-", "").isalpha():
            return None  # a comma or a number: no simple phrase
        if token[:1].isupper() or low in lex.determiners or low in lex.articles or low in lex.noun_markers:
            continue
        if low not in lex.prepositions:
            return following.start()  # the word after the verb
    return None


def _other_verb(lex: Lexicon, window: str, verb: re.Match[str]) -> bool:
    """Whether a cue verb's clause closes on a particle that makes it another verb (lexicon ``other_verb_particles``:
    "Widerspruch rufen solche Einschätzungen nicht hervor, nur Zustimmung:", "hervorrufen", to cause), not one of its
    own (a separable cue's: "merkte sie an"); asked only in a language that has such particles."""
    clause = _VERB_CLAUSE_CLOSE.split(window[verb.end() :], maxsplit=1)[0].split()
    return bool(clause) and clause[-1] in lex.other_verb_particles and clause[-1] not in particles_of(lex, verb.group())


_VERB_CLAUSE_CLOSE = re.compile(r"[,:;]")  # what closes a clause after its verb


def _owner_colon(g: Grammar, window: str) -> re.Match[str] | None:
    """The possessive of a sentence that is only a possessive and a noun of what someone said before the colon opening
    the quote ("Una madre, Leticia Ontiveros, pidió la palabra. Su pregunta: «…»", "His answer:", "Sa réponse :",
    "Sein Fazit:"; the noun's complement and a short predicate may follow: "Seine Antwort auf die Frage nach dem
    Geheimnis kommt auf Platt:", see :func:`_owner_rest`), or a possessive and a noun asked about, which the quote
    answers ("Son secret ? « … »", "Her secret? “…”"): it stands for its owner, whom the text is about."""
    tail = window[-_OWNER_RUN:]
    if not tail.rstrip().endswith((":", "?")):
        return None
    match = g.owner_colon.search(tail)
    rest = match.group("rest") if match is not None else None
    return None if rest and not _owner_rest(g.lexicon, rest) else match


_OWNER_RUN = 130  # the most a possessive's sentence may run to its colon ("Seine Antwort auf die Frage nach …:")


def _owner_rest(lex: Lexicon, rest: str) -> bool:
    """Whether the words between a possessive's noun of saying and the colon keep its owner the speaker: its
    complement and a short predicate ("to young bakers", "auf die Frage nach dem Geheimnis kommt auf Platt", "tient en
    une phrase"), with no pronoun, verb of saying or full name another speaker may be the subject of ("His question
    was answered by Mayor Ann Kell:", "Seine Frage beantwortete sie knapp:")."""
    words = [w.strip(",") for w in rest.split()]
    if any(w.lower() in lex.pronouns for w in words):
        return False
    # (a cue verb's form after a determiner is a noun: "auf die Frage", "a la pregunta")
    after = zip(["", *words], words, strict=False)
    if any(w.lower() in lex.cue_verbs and before.lower() not in lex.determiners for before, w in after):
        return False
    return not any(a[:1].isupper() and b[:1].isupper() for a, b in zip(words, words[1:], strict=False))


_PHRASE_WORDS = 8  # the last words before a colon a phrase of saying's noun is looked for in


@per_language
def _saying_phrase(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A phrase of saying of a verb and a noun closing the words before a colon, its subject after the verb: between
    the verb and the noun ("zog der Trainer eine bittere Bilanz:") or after the noun ("hizo balance el alcalde:")."""
    lex = LEXICONS[code]
    if not lex.saying_phrases:
        return re.compile(NEVER), re.compile(NEVER)
    verbs = phrases(frozenset().union(*lex.saying_phrases.values()))
    nouns = phrases(tuple(lex.saying_phrases))
    determiners = phrases({*lex.determiners, *lex.indefinite, *lex.possessives})
    who = r"(?P<who>[^\s,.;:!?“”„\"«»][^,.;:!?“”„\"«»]{0,60}?)"
    return (
        re.compile(
            rf"(?<!\w)(?P<verb>{verbs})\s+{who}\s+(?:(?i:{determiners})\s+)?(?:[^\W\d_{CAPITALS}][\w\-]*\s+)?"
            rf"(?i:{nouns})\s*:\s*$"
        ),
        re.compile(rf"(?<!\w)(?P<verb>{verbs})\s+(?i:{nouns})\s+{who}\s*:\s*$"),
    )


def _saying_phrase_subject(g: Grammar, window: str) -> re.Match[str] | None:
    """The subject of a phrase of saying made of a verb and a noun when it comes after the verb ("Am Morgen zog der
    Trainer Bilanz:", "Tras el pleno hizo balance el alcalde:"; a subject before the verb is read as a sentence's):
    a name or a role."""
    lex = g.lexicon
    if not lex.saying_phrases or not window.rstrip().endswith(":"):
        return None
    words = window.rstrip(" :\n").rsplit(maxsplit=_PHRASE_WORDS)[1:]
    if not any(w.lower() in lex.saying_phrases for w in words):
        return None
    for pattern in _saying_phrase(lex.code):
        match = pattern.search(window, max(0, len(window) - _WINDOW // 2))
        if match is not None and match.start() > 0 and match.group("verb") in lex.saying_phrases.get(
            _phrase_noun(lex, match.group()), frozenset()
        ):
            who = match.group("who")
            if _plausible(g, who) and (_named_or_role(g, who) or _role_and_name(g, who)):
                return match
    return None


def _phrase_noun(lex: Lexicon, phrase: str) -> str:
    """The noun of a phrase of saying in words that hold it ("bilanz" of "zog der Trainer Bilanz:")."""
    return next((w for w in re.findall(r"[^\W\d_]+", phrase.lower()) if w in lex.saying_phrases), "")


def _manner_subject(g: Grammar, window: str) -> re.Match[str] | None:
    """The speaker of "Cole was blunt: “...", "la présidente a été catégorique : « ...": a person
    (a name, a pronoun or a role) said to speak in some manner, right before the colon opening the quote."""
    if not window.rstrip().endswith(":"):
        return None
    manner = g.manner_colon.search(window, max(0, len(window) - _WINDOW // 2))
    lex = g.lexicon
    if manner is None or any(not w.islower() or _participle(lex, w) for w in manner.group("manner").split()):
        return None  # "X was asked:" — the words are someone else's; "X was Mayor Y:" names no manner
    match = manner if manner.group("who") else _nearest_subject(g, window, manner.start())
    if match is None:
        return _dropped_copula(g, window, manner)
    if not _plausible(g, match.group("who")):
        return None
    words = match.group("who").lower().split()
    head = words[next((i for i, w in enumerate(words) if i > 1 and w in lex.complement_words), len(words)) - 1]
    if words[0] in lex.determiners and head not in lex.titles and not role_head(head, lex.code):
        if head not in lex.family_kin:  # (a relation is someone: "Son frère est plus mesuré :")
            return None  # "The result was clear:" — a thing, not a speaker ("la candidate de gauche" is one)
    return match


def _dropped_copula(g: Grammar, window: str, manner: re.Match[str]) -> re.Match[str] | None:
    """In a language that drops the subject, the copula before a manner of speaking with no subject before it, after
    a fronted clause or none ("Preguntada por una alternativa, fue clara: «…»", "Fue tajante: «…»"): it stands for its
    subject, as a cue verb does (see :func:`_dropped_subject`)."""
    opening = window[: manner.start()].rstrip()
    if not g.lexicon.pro_drop or opening and not _fronted_clause(g.lexicon, opening):
        return None
    copula = window[manner.start() : manner.start("manner")].split()[-1]
    return _span_pattern(len(copula)).match(window, window.rfind(copula, manner.start(), manner.start("manner")))


def _participle(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` is a cue verb's participle ("asked", "précisé"), not an adjective that is also a form of
    one ("la maire a été précise :", "fue precisa:")."""
    return word in lex.cue_verbs and (not lex.participle_endings or word.endswith(lex.participle_endings))


def _passive(g: Grammar, text: str, verb: int) -> bool:
    """Whether the cue verb at ``verb`` is passive ("Berg was asked:"): its subject was spoken to (but
    "Berg was quoted as saying" credits Berg)."""
    before = text[verb - 20 if verb > 20 else 0 : verb]
    previous = before.split()[-1:]
    if not previous or previous[0].lower() not in g.copula_ends:
        return False
    lex = g.lexicon
    if previous[0].lower() not in lex.passive_auxiliaries and previous[0].lower() not in lex.copulas:
        if not g.copula_before.search(before):
            return False  # the last word of a copula alone: "a voulu rassurer la salle :" is no "s'est voulu"
    word = _WORD_START.search(text, verb)
    return not (word and text[word.start() : word.start() + 20].split()[0] in g.lexicon.quoting_verbs)


def _noun(g: Grammar, text: str, verb: re.Match[str]) -> bool:
    """Whether a cue verb's form is a noun there: right after a determiner ("the offer “...”"), or after a
    determiner and an adjective when it is no inflected form ("she struck a warmer note:", but "a source said")."""
    at = verb.start()
    previous = text[at - 30 if at > 30 else 0 : at].split()[-2:]
    lex = g.lexicon
    if previous and previous[-1] in lex.noun_prepositions and not _gerund(lex, verb.group()):
        return True  # "The secretary of state says": the role's noun (not "accused her of saying"), the verb after it
    if previous and previous[-1].lower() in lex.determiners:
        # (but after "as" the word is the verb's object pronoun: "comme le dit la maire")
        return not (len(previous) == 2 and previous[0].lower() in lex.conformative_words)
    form = verb.group()
    if lex.postnominal_adjectives and form.lower() not in lex.cue_noun_forms:
        return False  # "La portavoz de la plataforma explica:": the word after the determiner is the noun
    inflected = form.endswith(("s", "ing")) or bool(lex.participle_endings and form.endswith(lex.participle_endings))
    return (
        len(previous) == 2
        and previous[0].lower() in lex.determiners
        and previous[1].islower()
        and previous[1].isalpha()  # (not "los pacientes, respondió": a comma ends the noun phrase)
        and previous[1] not in lex.cue_adverbs
        and not (lex.adverb_suffix and previous[1].endswith(lex.adverb_suffix))
        and not inflected
    )


def _active(g: Grammar, text: str, verb: re.Match[str]) -> int:
    """Where the verb phrase starts: before the copula of a passive quoting verb ("Berg was quoted as
    saying", "has been quoted": Berg is the subject), at the auxiliary in second place of a perfect whose participle
    closes the clause ("Maier habe zudem die NPD gelobt:": Maier, not the NPD), else at the verb."""
    if verb.group() not in g.lexicon.quoting_verbs:
        return _perfect_auxiliary(g, text, verb.start())
    lo = max(0, verb.start() - 20)
    copula = g.copula_before.search(text, lo, verb.start())
    if copula is None and g.lexicon.verb_second:
        # the participle ends the clause, the auxiliary stands second: "Die Ministerin wird dort mit den Worten zitiert:"
        for word in list(_WORD_START.finditer(text, 0, verb.start()))[1:_SUBJECT_REACH]:
            end = text.find(" ", word.start())
            if text[word.start() : end].lower() in g.copula_ends and "," not in text[end : verb.start()]:
                return word.start()
    return copula.start() if copula else verb.start()


def _perfect_auxiliary(g: Grammar, text: str, verb: int) -> int:
    """Where the perfect auxiliary in second place of the clause a participle at ``verb`` closes stands, or ``verb``."""
    if not g.lexicon.perfect_auxiliaries or not _CLAUSE_END.match(text, verb):
        return verb
    for place in (_SECOND_WORD, _SECOND_AFTER_APPOSITIVE):
        second = place.match(text, 0, verb)
        if second and second.group(1).lower() in g.lexicon.perfect_auxiliaries:
            return second.start(1)
    return verb


def _inverted_subject(g: Grammar, text: str, verb: int) -> re.Match[str] | None:
    """The speaker after the verb when a phrase of place, time or topic opens the sentence
    ("Zur Zukunft der Bibliothek sagte Vogel: „...", "Dans un communiqué a déclaré X :"), or in a
    verb-second language whatever opens it ("Dann sagte Vogel:"), a clause too ("Auf die Frage, ob ..., antwortete der
    58-Jährige:")."""
    lex = g.lexicon
    if lex.verb_second and (inserted := _inserted_cue_subject(g, text, verb)) is not None:
        return inserted
    opening = text[:verb].split(maxsplit=1)
    # (in a verb-second language a clause closed by a comma may open the sentence: the verb comes next, then its
    # subject; it opens on a subordinator or a preposition, not on the subject: "Ein Sprecher, Florian Weigl, sagte")
    after_clause = (
        (lex.verb_second or lex.pro_drop)  # ("Cuando la banda toca, grita un niño:": the subject after its verb)
        and text[:verb].rstrip().endswith(",")
        and bool(opening)
        and (
            opening[0].lower() in lex.subordinators
            or opening[0].lower() in lex.prepositions
            or _opens_on_participle(g, text[:verb])  # "Gefragt nach dem Menü, fügte sie hinzu:"
        )
    )
    # (or a clause of "as" whose verb comes first: "Como dijo el alcalde, «…»", "Comme le dit la maire, « … »"; not
    # "As one employee told Palo Alto Weekly,", whose subject comes first)
    conformative = bool(opening) and opening[0].lower() in lex.conformative_words and _verb_first(lex, opening[1:])
    # (an object opening a verb-second sentence is fronted too: "Den Erfolg ordnete sie nüchtern ein:")
    first = opening[0].lower() if opening else ""
    fronted = after_clause or conformative or first in lex.prepositions or first in lex.object_articles
    if not opening or not (lex.verb_second or fronted):
        return None
    if "," in text[:verb] and not after_clause:
        return None
    if g.lexicon.verb_second and not after_clause and _subject_first(g, text[:verb]):
        return None  # "Ein Anwohner aus Haren sagte unserem Reporter:": after the verb, to whom
    if g.lexicon.verb_second and not after_clause and (after_auxiliary := _subject_after_auxiliary(g, text, verb)):
        return after_auxiliary
    match = _before_particle(g, text[verb:], g.verb_speaker.match(text[verb:]))
    if match is None or not _plausible(g, match.group("who")):
        return None
    if g.lexicon.verb_second and _lone_subject(g, opening[0], match.group("who")) and len(opening) == 1:
        return None  # "Weigl riet Eltern:", "Sie versprach Kontrolle:": the word before the verb speaks
    rest = text[verb + match.end() :].strip().rstrip(" ,:")  # (a comma after the speaker opens a clause: no object)
    if conformative and (named := _name_given_role(g, text, verb + match.start("who"), verb + match.end())) is not None:
        return named  # "Como dijo el presidente del jurado, Armando Suárez, «…»": the name given to the role
    if rest in particles_of(g.lexicon, match.group("verb")):
        rest = ""  # "Später in der Debatte legte Sabine Wagner nach:": the particle closes the clause
    # (a comma after the speaker, or after a short object, opens the words reported, no object: "Am Abend sagte er,
    # die Fähre sei „…“", "Danach sagte sie im Rat, dass …")
    rest = rest.partition(",")[0].strip()
    # (after a phrase of place or a clause a short object may follow: "... sagte Ansbach dem Rat:")
    if rest and (not fronted or len(rest) > _COLON_RUN or _CLAUSE_STOP.search(rest) or g.any_verb.search(rest)):
        return None
    who = match.group("who")
    # ("Ansbach sagte der Zeitung:": to whom; "ruft ein Junge vom Wehrgang herunter:" someone unnamed, who speaks)
    # (or a role and its name: "Am Morgen sagte der Bürgermeister Müller:")
    if _named_or_role(g, who) or _role_and_name(g, who) or _indefinite_subject(g.lexicon, who):
        return match
    return match if _group_after_verb(g.lexicon, match) else None


def _group_after_verb(lex: Lexicon, match: re.Match[str]) -> bool:
    """Whether the words right after a cue verb put first are a group that speaks: an article and a noun for a crowd
    (lexicon ``crowd_nouns``: "Nach dem Spiel riefen die Fans:", "Cuando sonó el himno, gritó la grada:"), a verb in
    the plural and a plural article, or any noun after a verb of chanting or singing, which takes no addressee ("Als
    das Ergebnis feststand, skandierte die Kantine:"; not "sagte der Zeitung:", to whom; not a time between: "se coreó
    durante toda la prórroga")."""
    words = match.group("who").lower().split()
    between = match.string[match.end("verb") : match.start("who")]
    if len(words) != 2 or words[0] not in lex.determiners or between.strip():
        return False
    verb = match.group("verb").lower()
    # (or a verb in the plural and a plural article, which agree as a subject and its verb do: "Als der Bus abfuhr,
    # riefen die Erntehelfer:", "Cuando bajó el telón, gritaron los actores:"; lexicon ``plural_verb_endings``)
    # (not a noun for people no one names: "riefen die Nachbarn:" stays no one's, as "los vecinos" is)
    plural = bool(lex.plural_verb_endings) and verb.endswith(lex.plural_verb_endings)
    subject = plural and words[0] in lex.plural_articles and words[1] not in lex.group_nouns
    return subject or words[1] in lex.crowd_nouns or verb in lex.sung_verbs


def _verb_first(lex: Lexicon, between: list[str]) -> bool:
    """Whether the words between a clause's first word and its verb leave no room for a subject: none, or an object
    pronoun, an auxiliary or an adverb ("le" of "comme le dit", "l'a" of "comme l'a dit", "ya" of "como ya dijo")."""
    words = " ".join(between).split()
    return all(w.lower() in lex.determiners or _unelided(w.lower()) in lex.cue_adverbs for w in words)


def _name_given_role(g: Grammar, text: str, start: int, end: int) -> re.Match[str] | None:
    """The name set off by commas after a description from ``start`` to ``end`` that closes the text ("el presidente del
    jurado, Armando Suárez, "), or None."""
    name = _APPOSED_NAME.match(text, end)
    if name is None or text[name.end() :].strip() or not _plausible(g, name.group("who")):
        return None
    return name if _describes(g, text[start:end]) or _is_role(g, text[start:end]) else None


def _someone_placed(g: Grammar, window: str, verb: int) -> re.Match[str] | None:
    """An indefinite pronoun opening the clause before a cue verb, then only where they were ("someone at the back
    called out:", "quelqu'un au fond a lancé :", "alguien al fondo gritó:"): someone the text leaves unnamed speaks,
    not a name in the clause before ("When Kettle asked ..., someone at the back called out"); else None."""
    lex = g.lexicon
    near = window[max(0, verb - _WINDOW // 2) : verb].lower()
    if not any(map(near.__contains__, lex.indefinite_people)):
        return None  # (most cues: no "someone" before the verb)
    opening = max(window.rfind(",", 0, verb) + 1, sentence_start(window, verb))
    words = window[opening:verb].split()
    if len(words) < 2 or words[0].lower() not in lex.indefinite_people or words[1].lower() not in lex.prepositions:
        return None  # ("someone called out:" is read as any subject is)
    if any(w[:1].isupper() for w in words[1:]):
        return None  # (a name after the pronoun: "someone close to Smith")
    return _span_pattern(len(words[0])).match(window, window.index(words[0], opening))


def _coordinated_subject(g: Grammar, window: str, verb: int) -> re.Match[str] | None:
    """The name a sentence opens on, when a cue verb opens a clause of its own right after a comma with no subject of
    its own, the clause before it one finite verb's ("Villachs Präsident Gerhard Stuck verließ die Halle wortlos,
    schrieb aber später …:"): the two verbs share the subject, and the noun before the comma is the first verb's
    object, no speaker ("die Halle"). A name with a known first name, a word in lower case right after it, no comma
    nor relative pronoun between it and the cue's comma; else None."""
    before = window[:verb].rstrip()
    if not before.endswith(","):
        return None  # (most cues: a subject, or a quote, right before the verb)
    comma = len(before) - 1
    lo = sentence_start(window, comma)
    run = _CAPITAL_RUN.match(window, lo)
    if run is None or window.find(",", run.end(), comma) >= 0:
        return None
    lex = g.lexicon
    after = window[run.end() : comma].split()
    if len(after) < 2 or not after[0].islower() or after[0] in lex.cue_verbs:
        return None  # ("Stuck sagte dem Reporter, …": his own cue, read as it is)
    if any(w in lex.relative_pronouns or w in lex.subordinators for w in after):
        return None
    name = untitled(run.group(), lex.code).split()
    if len(name) < 2 or not known_first_name(name[0]):
        return None
    return _span_pattern(len(run.group())).match(window, run.start())


def _sequenced_subject(g: Grammar, window: str, verb: int) -> re.Match[str] | None:
    """The group a sentence opens on, when a cue verb right after an adverb of sequence (lexicon ``fronted_adverbs``)
    is the second of two verbs that share it ("Les ouvriers de la ligne de moulage, …, ont hué la direction puis
    lancé :", "The parents of Glenmore school jeered the head teacher, then chanted:", "abuchearon al consejero y luego
    gritaron:"): the noun before the adverb is the first verb's object, no speaker. A group's noun phrase at the
    sentence's start (``_group_phrase``), else None (a person's name is left to the cues read after)."""
    space = window.rfind(" ", 0, verb - 1)
    if space < 0 or window[space + 1 : verb].strip(" ,").lower() not in g.lexicon.fronted_adverbs:
        return None  # (a string test first: most cue verbs follow no adverb of sequence)
    lo = sentence_start(window, space)
    words = window[lo:space].split()
    size = _before_object(g.lexicon, words, _group_phrase(g.lexicon, words))
    if size < 2 or size == len(words):
        return None  # (no group opens the sentence, or nothing stands between it and the adverb: it is the subject)
    phrase = " ".join(words[:size]).rstrip(_WORD_MARKS)
    at = window.find(words[0], lo)
    return _span_pattern(len(phrase)).match(window, at) if window.startswith(phrase, at) else None


def _before_object(lex: Lexicon, words: list[str], size: int) -> int:
    """How many of a group's ``size`` words (``_group_phrase``) are the group's, less a verb in lower case ending them
    right before its object's article or a preposition ("The parents of Glenmore school jeered| the head teacher",
    "Los mineros de la cuenca abuchearon| al consejero": the phrase read on to the first small word), when the words
    before that verb are a group's phrase still. A word closed by a mark is the phrase's end, no verb ("the pupils of
    Pathhead's primary six class, with a banner …, sang": the class is the group's noun)."""
    if not 2 < size < len(words) or not words[size - 1].islower() or not words[size - 1][-1].isalpha():
        return size
    following = words[size].lower()
    if following not in lex.articles and following not in lex.determiners and following not in lex.prepositions:
        return size
    return size - 1 if _group_phrase(lex, words[: size - 1]) == size - 1 else size


def _indefinite_subject(lex: Lexicon, who: str) -> bool:
    """Whether a speaker after the verb is someone the text leaves unnamed: an indefinite article of no object's case
    and a noun ("ein Junge"; not "einem Reporter", whom the words went to), in a language that puts its subject after
    the verb so (in English it is the object: "On Monday the 61-year-old told a packed meeting that")."""
    words = who.lower().split()
    inverts = lex.verb_second or lex.pro_drop
    return inverts and len(words) > 1 and words[0] in lex.indefinite and words[0] not in lex.addressee_articles


def _subject_first(g: Grammar, opening: str) -> bool:
    """Whether the words before a verb in second place are its subject: a determiner and a noun ("Ein Anwohner aus
    Haren", not "Das sagte") or a name of two to four words ("Florian Weigl"); one word may be an adverb ("Dann")."""
    words = [w for w in opening.split() if not w.startswith("(")]  # (an age: "Markus Lehnert (52)")
    lex = g.lexicon
    # (a name, then the body or the place the person is of: "Pfarrer Gerhard Wellmann aus Mediasch sprach ein Gebet:")
    link = next((i for i in range(2, min(len(words), 5)) if words[i] in _AFFILIATION_LINKS[lex.code]), 0)
    if link and _affiliation_length(lex, words[link:]) == len(words) - link:
        words = words[:link]
    if len(words) < 2 or words[0].lower() in lex.object_articles:
        return False  # (an article no subject takes opens an object: "Den Erfolg ordnete sie nüchtern ein:")
    if words[0].lower() in lex.determiners:
        return any(w[:1].isupper() for w in words[1:])  # "Der frühere Staatsanwalt forderte"
    return len(words) <= 4 and all(
        w[:1].isupper() and w.lower() not in lex.not_names and w.lower() not in lex.prepositions for w in words
    )  # (not "Zur Rente sagte Frau Schmidt:")


def _lone_subject(g: Grammar, before: str, after: str) -> bool:
    """Whether one word before a verb in second place is its subject rather than an adverb, when one word after the
    verb could be either: a subject pronoun ("Sie versprach Kontrolle:"), or a word that opens a sentence but names no
    one against a name ("Weigl riet Eltern:" but "Dann sagte Vogel:"); a pronoun after the verb is its subject
    ("Dazu sagte er:")."""
    lex = g.lexicon
    word = before.strip().lower()
    if word in lex.subject_pronouns:
        return True
    if " " in after.strip() or after.strip().lower() in lex.pronouns or not before[:1].isupper():
        return False
    listed = (lex.not_names, lex.stopwords, lex.cue_adverbs, lex.time_words, lex.date_words, lex.prepositions)
    return not any(word in words for words in listed)


def _subject_after_auxiliary(g: Grammar, text: str, verb: int) -> re.Match[str] | None:
    """The subject right after the finite auxiliary in second place, when the participle ends the clause
    ("Tatsächlich hatte der Landrat auf der Pressekonferenz gesagt:")."""
    second = _SECOND_WORD.match(text, 0, verb)
    if second is None or second.group(1).lower() not in g.lexicon.cue_adverbs or not _CLAUSE_END.match(text, verb):
        return None
    match = g.opening.match(text, second.end(), verb)
    return match if match and _plausible(g, match.group("who")) and _named_or_role(g, match.group("who")) else None


def _named_or_role(g: Grammar, who: str) -> bool:
    """Whether a speaker after the verb is a name, a pronoun, or a description by role ("der Landrat") or ending in a
    name ("el propio Medina"; in a language that capitalises nouns "der Zeitung" is no name, but a known first name
    ends one, a surname perhaps after it: "die neunjährige Jana", "die Schülerin Jana Wirth")."""
    words = who.split()
    lex = g.lexicon
    if lex.capitalised_nouns:
        named = _ends_on_first_name(words)
    else:
        named = words[-1][:1].isupper() and words[-1].lower() not in lex.not_names
    return words[0].lower() not in lex.determiners or _is_role(g, words[-1]) or named


def _ends_on_first_name(words: list[str]) -> bool:
    """Whether a description's words after its determiner close on a first name any lexicon knows, or on one and a
    capitalised surname after it (the form a language that capitalises its nouns tells a name by)."""
    if len(words) < 2:
        return False
    if known_first_name(words[-1]):
        return True
    return len(words) > 2 and known_first_name(words[-2]) and words[-1][:1].isupper()


def _role_and_name(g: Grammar, who: str) -> bool:
    """Whether a speaker is a role with its article and the name it is given ("der Bürgermeister Müller")."""
    words = who.split()
    return len(words) > 2 and words[-1][:1].isupper() and _is_role(g, " ".join(words[:-1]))


def _opens_clause(lex: Lexicon, text: str, start: int) -> bool:
    """Whether the word before ``start`` is a subordinator ("als", "weil", "wie"): the clause it opens closes on its
    verb, with phrases of place and time between its subject and the verb ("als der Bürgermeister in der
    Bürgerschaft erklärte")."""
    before = text[max(0, start - 12) : start].split()[-1:]
    return bool(before) and before[0].lower() in lex.subordinators


def _nearest_subject(g: Grammar, text: str, verb: int, lo: int | None = None) -> re.Match[str] | None:
    """The speaker just before a cue verb at ``verb``: a name rather than a description, the
    one ending nearest the verb, at its fullest ("Mark Rutte", not "Rutte"). The words read open ``_WINDOW // 2``
    characters before the verb, or at ``lo``."""
    best: re.Match[str] | None = None
    fullest: dict[int, re.Match[str]] = {}  # by where the speaker ends: the first found starts earliest
    reach = max(0, verb - _WINDOW // 2)
    lo = reach if lo is None else lo
    withheld = withholds_name(g.lexicon, text, lo, verb)
    if withheld and (unnamed := _withheld_subject(g, text, lo, verb)) is not None:
        return unnamed  # "Un lanchero de la cooperativa que pidió el anonimato aseguró:": no "anonimato"
    if (antecedent := _antecedent_subject(g, text, lo, verb)) is not None:
        return antecedent  # "this tweet from Rikkie Wells who tweeted,"
    clauses = [*_relative_clauses(g, text, lo, verb), *_participle_insertions(g, text, lo, verb)]
    clauses += _opening_clause(g, text, verb)
    restrictive, closed = _restrictive_clause(g, text, lo, verb)
    apposed = verb  # where the appositive of a subject found (set off by a comma after it) opens
    described = False  # whether that subject is a description (opens on a determiner)
    for word in _WORD_START.finditer(text, lo, verb):
        if _inside_name(g, text, word.start()):
            continue  # "Capital Markets" of "at RBC Capital Markets": a name's tail is no speaker of its own
        # (but a name the clause says was given alone is the subject: "a visitor who gave her name only as Jess, 24,
        # said")
        if clauses and any(a < word.start() < b for a, b in clauses) and not _name_given(g.lexicon, text, word.start()):
            continue  # "Priya Shah, who represents Millbrook, said": the place in the clause is no speaker
        if restrictive < word.start() < closed and not _name_given(g.lexicon, text, word.start()):
            continue  # "A patient whose operation was cancelled this year said": the clause runs to the verb
        match = g.subject.fullmatch(text, word.start(), verb)
        if match is None or _after_preposition(g, text, word.start(), True) or _names_a_place(g, text, word.start()):
            continue
        if _CONTRACTED_OPENINGS[g.lexicon.code] and _adverbial(g.lexicon, match.group("who")):
            continue  # "Zum Schluss riefen die sieben Kinder:": a preposition and its article open an adverbial
        if g.lexicon.verb_final_clauses and match.group("closing") and not _opens_clause(g.lexicon, text, word.start()):
            continue  # "der Bürgermeister in der Bürgerschaft erklärte" only after "als", "weil", "wie" ...
        if _birth_name(g, text, word.start()):
            continue  # "Gwen Rowe, née Eddy, his sister, said": her name before she married, no one else
        # (a month or a weekday before the verb is a surname only opening the sentence: "March added that", not
        # "Priebus later Thursday told")
        opens = not text[:word.start()].strip()
        if not (_plausible(g, match.group("who")) or _known_surname(g, match.group("who"), dates=opens)):
            continue
        if _ends_appositive(text, apposed, word.start(), match.end("who")) and not (
            described
            and _names_description(g, text[apposed : word.start()], match.group("who"))
            or _name_given(g.lexicon, text, word.start())
        ):
            continue  # "Sara Bloom, director of the consumer group Fair Fuel, said": the body ends her appositive
        if text[match.end("who") : match.end("who") + 1] == "," and match.end("who") < apposed:
            apposed = match.end("who")
            described = _opens_on_determiner(g, match.group("who").split()[0])
        fullest.setdefault(match.end("who"), match)
        if best is None or _subject_rank(g, match) > _subject_rank(g, best):
            best = match
    if best is not None and g.lexicon.capitalised_nouns and (
        any(w.islower() for w in best.group("who").split()) or _genitive_named_body(g, fullest.get(best.end("who")))
    ):
        # German capitalises nouns: "Der Bürgermeister der Stadt sagte" is a description, not the name "Stadt"
        # after a role; the description starting at its determiner wins (so does a body's name holding a genitive:
        # "Der Wetterdienst des Landes Tirol warnte", never "Landes Tirol").
        widest = fullest.get(best.end("who"))
        if widest is not None and widest.group("who").split()[0].lower() in g.lexicon.determiners:
            best = widest
    elif best is not None and (widest := fullest.get(best.end("who"))) is not None and _titled(g, widest, best):
        best = widest  # "En un escrito, el concejal Benavides responde:": the title tells which Benavides
    if best is not None and g.lexicon.capitalised_nouns and _indefinite_noun(g, fullest.get(best.end("who")), best):
        best = fullest[best.end("who")]  # "Ein Gemeinderat sagt": one councillor, neither the council nor a name
    if best is not None and lo == reach and text[best.end("who") : best.end("who") + 1] == ",":
        # A subject set off by a comma may end the appositive of a name the sentence opened on before the words read
        # ("Nadia Ferhat, présidente de l'association Les Mains Vertes du Moulin, créée en 2009 par …, a répondu"):
        # the words are read again from the sentence's start, at most ``_WINDOW`` characters before the verb.
        opening = sentence_start(text, lo)
        if opening < lo and verb - opening <= _WINDOW:
            return _nearest_subject(g, text, verb, opening)
    return _named_before_role(g, text, best, fullest)


def _genitive_named_body(g: Grammar, subject: re.Match[str] | None) -> bool:
    """Whether a subject read from its determiner on is a body's name that holds a genitive after its noun ("Der
    Wetterdienst des Landes Tirol", "Die Feuerwehr der Stadt Wil"; cast.body_name): the whole name speaks, not the
    genitive's words read alone as a name."""
    if subject is None:
        return False
    words = subject.group("who").split()
    link = next((i for i, w in enumerate(words[2:-1], 2) if w.lower() in g.lexicon.complement_words), 0)
    # (the noun before the genitive is the body's, in its name; no role's: "Ein Sprecher des Heimatvereins Altwerder")
    head = words[link - 1]
    if not link or title_role(head.lower(), g.lexicon):
        return False
    return head in body_name(subject.group("who"), g.lexicon.code).split()


def _adverbial(lex: Lexicon, who: str) -> bool:
    """Whether a cue's subject opens on a preposition joined to its article (lexicon ``name_contractions``: "Zum
    Schluss", "Am Ende", "Au final"): an adverbial put before the verb, no speaker; not a given name of that spelling
    ("Al Gore")."""
    return who.startswith(_CONTRACTED_OPENINGS[lex.code]) and not known_first_name(who.split(maxsplit=1)[0])


# Each language's prepositions joined to an article, capitalised and followed by a space ("Zum ", "Au ", "Al ")
_CONTRACTED_OPENINGS = {
    code: tuple(f"{w[:1].upper()}{w[1:]} " for w in sorted(lex.name_contractions)) for code, lex in LEXICONS.items()
}


def _antecedent_subject(g: Grammar, text: str, lo: int, verb: int) -> re.Match[str] | None:
    """The name right before a relative pronoun for people (lexicon ``person_relatives``) that, with no comma before
    it, is the subject of the cue verb at ``verb`` ("Among them was this tweet from Rikkie Wells who tweeted, “…”", "un
    mensaje de Rocío Baena quien escribió: «…»"): the pronoun stands for that person, though a preposition stands
    before the name; None when there is no such pronoun (one string test), or no name right before it."""
    lex = g.lexicon
    if not lex.person_relatives:
        return None
    words = text[lo:verb].split()
    while words and words[-1].lower() in lex.cue_adverbs:
        words.pop()
    if len(words) < 2 or words[-1].lower() not in lex.person_relatives or not words[-2][-1:].isalpha():
        return None  # (a comma before the pronoun opens a clause read elsewhere: "Rikkie Wells, who tweeted,")
    pronoun = text.rfind(f" {words[-1]} ", lo, verb)
    names = _names_in(g, text, max(lo, pronoun - _ANTECEDENT_CHARS), pronoun) if pronoun > lo else []
    if not names or not text[:pronoun].endswith(names[-1]):
        return None
    return _span_pattern(len(names[-1])).match(text, pronoun - len(names[-1]))


_ANTECEDENT_CHARS = 60  # characters before a relative pronoun read for the name it stands for


def _titled(g: Grammar, description: re.Match[str], name: re.Match[str]) -> bool:
    """Whether a subject opens on a determiner and titles in lower case right before a name found within it ("el
    concejal| Benavides", "le conseiller| Bernard"): the title is part of how the text names the person."""
    lex = g.lexicon
    words = description.string[description.start("who") : name.start("who")].split()
    return (
        len(words) > 1
        and words[0].lower() in lex.determiners
        and all(w.islower() and bool(title_role(w, lex)) for w in words[1:])
    )


def _name_given(lex: Lexicon, text: str, start: int) -> bool:
    """Whether the words before ``start`` say someone gave the name at ``start`` only (lexicon ``name_given_phrases``:
    "who gave her name only as", "se identificó solo como", "nannte nur ihren Vornamen,")."""
    before = f" {text[max(0, start - _NAME_GIVEN_CHARS) : start].lower().rstrip(' ,')}"
    return before.endswith(_name_given_endings(lex.code))  # (in C: one call for every phrase)


@lru_cache(maxsize=8)
def _name_given_endings(code: str) -> tuple[str, ...]:
    """The endings ``_name_given`` looks for: each of a language's ``name_given_phrases`` after a space."""
    return tuple(f" {phrase}" for phrase in LEXICONS[code].name_given_phrases)


_NAME_GIVEN_CHARS = 48  # the characters read before a name for a phrase saying it was given alone


def _name_given_after(g: Grammar, text: str, end: int) -> str | None:
    """The name a relative clause right after a speaker ending at ``end`` says they gave alone (lexicon
    ``name_given_phrases``: "…," said a seamstress, who gave her name only as Marcia.", "dijo una vecina, que se
    identificó solo como Rosa."), or None: the clause opens on its comma and at most one word before the phrase."""
    if text[end : end + 1] != "," or not g.lexicon.name_given_phrases:
        return None
    clause = text[end + 1 : end + 1 + _NAME_GIVEN_CHARS].lower()
    for phrase in g.lexicon.name_given_phrases:
        at = clause.find(phrase)
        if at >= 0 and len(clause[:at].split()) <= 1:
            name = _CAPITAL_RUN.match(text, _past_commas(text, end + 1 + at + len(phrase)))
            return name.group() if name is not None and _plausible(g, name.group()) else None
    return None


def _one_of_named(g: Grammar, text: str, who: str, end: int) -> str | None:
    """The name set off by a comma right after a cue's speaker ending at ``end`` that is one of a group (lexicon
    ``one_of_openers``): "“…,” said one of them, Aïssata Sow.", "(« … », résume l'une d'elles, Aïssata Sow)", "sagt eine
    von ihnen, Anna Berg", "resume una de ellas, Marta Ruiz"; None otherwise ("said one of them, smiling")."""
    if not text.startswith(", ", end) or not who.lower().replace("’", "'").startswith(g.lexicon.one_of_openers):
        return None
    name = _CAPITAL_RUN.match(text, end + 2)
    return name.group() if name is not None and _plausible(g, name.group()) and is_person_name(name.group()) else None


def _past_commas(text: str, at: int) -> int:
    """Where the text at ``at`` goes on past white space and commas."""
    while text[at : at + 1] in (" ", ","):
        at += 1
    return at


def _birth_name(g: Grammar, text: str, start: int) -> bool:
    """Whether the word at ``start`` gives a birth name or follows a word that does (lexicon ``birth_name_words``:
    "née Eddy", "geb. Pietzsch", "nacida Haro", "de soltera Haro")."""
    markers = _birth_markers(g.lexicon.code)
    return bool(markers) and (
        text.startswith(markers, start) or text.endswith(markers, max(0, start - _BIRTH_WORD_CHARS), start)
    )


@lru_cache(maxsize=8)
def _birth_markers(code: str) -> tuple[str, ...]:
    """A lexicon's birth-name words and a space after each, lower case and capitalised (tried with ``startswith``)."""
    words = LEXICONS[code].birth_name_words
    return tuple(f"{w} " for w in sorted(words | {w.capitalize() for w in words}))


_BIRTH_WORD_CHARS = 12  # the characters read for a birth-name word before a name


def _names_a_place(g: Grammar, text: str, start: int) -> bool:
    """Whether the name at ``start`` is what a noun after a complement word is called: "Un habitant du quartier
    Battant, réveillé par l'alarme, témoigne" (the district's name, no speaker)."""
    previous = text[max(0, start - 40) : start].split()[-2:]
    return (
        len(previous) == 2
        and previous[1].isalpha()
        and previous[1].islower()
        and previous[0].lower() in g.lexicon.complement_words
    )


def _names_description(g: Grammar, between: str, who: str) -> bool:
    """Whether an appositive after a description is the name it gives, an article and at most one noun before it
    ("L'administrateur judiciaire, le cabinet Vasseur-Lemaire, a indiqué": the firm speaks, its name in capitals)."""
    words = between.strip(", ").split()
    return (
        0 < len(words) <= 2
        and _opens_on_determiner(g, words[0])
        and all(w.islower() for w in words[1:])
        and all(w[:1].isupper() for w in who.split())
    )


def _ends_appositive(text: str, apposed: int, start: int, end: int) -> bool:
    """Whether a subject from ``start`` to ``end`` ends the one appositive opened at ``apposed`` by the comma after an
    earlier subject, after words of its own ("Sara Bloom, director of the consumer group Fair Fuel, said"; but "The
    board's chair, Professor Ann Reed, said": a name opening it is the one the description gives, and "Indeed,
    someone at Google, Blake LeMoine, said": a second appositive is the name a description gives)."""
    return (
        apposed < start
        and text[end : end + 1] == ","
        and bool(text[apposed:start].strip(", "))
        and text.count(",", apposed, start) == 1
    )


@per_language
def _clause_opening(code: str) -> re.Pattern[str]:
    """A subordinator that opens a clause of time or reason ("when", "als", "quand"), not one of reported speech
    ("that", "if", "whether")."""
    words = sorted(w for w in LEXICONS[code].subordinators if w.isalpha() and not REPORTED_CLAUSE.fullmatch(w))
    return re.compile(rf"\b(?:{'|'.join(words)})\b" if words else NEVER)


@per_language
def _relative_opening(code: str) -> re.Pattern[str]:
    """A comma and a relative pronoun: ", who", ", qui", ", quien"; or an article that is one (lexicon
    ``relative_articles``) before a word in lower case, no noun where nouns are capitalised (", die im Comun …", ", der
    das Holz geliefert hat": not ", der Bürgermeister")."""
    lex = LEXICONS[code]
    relatives = lex.relative_pronouns
    if not relatives:
        return re.compile(NEVER)
    articles = "|".join(sorted(lex.relative_articles)) if lex.capitalised_nouns else ""
    article = rf"|(?:{articles})\s(?=[{SMALLS}])" if articles else ""
    return re.compile(rf",\s{{1,3}}(?:(?:{'|'.join(sorted(relatives))})\b{article})")


def _relative_clauses(g: Grammar, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The relative clauses between ``lo`` and ``hi`` that a comma closes before ``hi``, from their pronoun to that
    comma, or to the comma after a name apposed to the clause's last words ("Dave Mortimer, who ran one of the pilot
    schools, Sandgate Primary, told me")."""
    clauses = []
    for opening in _relative_opening(g.lexicon.code).finditer(text, lo, hi):
        closing = text.find(",", opening.end(), hi)
        # (a noun of the clause may have its own apposition, a determiner opening it, set off by commas, the clause
        # going on after it to its own comma: "Verena Runggaldier, die im Comun, dem Gemeindehaus von Urtijëi, einen
        # Krisenstab einberufen hat, sprach": the building is no speaker)
        while closing >= 0 and (inner := _described_apposition(g.lexicon.code).match(text, closing, hi)) is not None:
            after = text.find(",", inner.end(), hi)
            if after < 0:
                break
            closing = after
        if closing >= 0:
            apposed = _APPOSED_NAME.match(text, closing, hi)
            clauses.append((opening.start(), apposed.end() - 1 if apposed else closing))
    return clauses


def _opening_clause(g: Grammar, text: str, hi: int) -> list[tuple[int, int]]:
    """The clause of time or reason that opens the sentence before ``hi`` and a comma closes ("When the ferry docked,
    the class shouted", "Cuando bajó el telón, los actores gritaron"; ``_clause_opening``), from its subordinator to
    that comma: its nouns are no subject of the verb after it; none when the verb stands inside it."""
    start = sentence_start(text, hi)
    first = text[start : start + _OPENING_CHARS].split(maxsplit=1)[:1]
    opening = bool(first) and _clause_opening(g.lexicon.code).fullmatch(first[0].lower()) is not None
    comma = text.find(",", start, hi) if opening else -1
    return [(start, comma)] if comma >= 0 else []


_OPENING_CHARS = 16  # the characters read for a sentence's first word (a subordinator: "Cuando", "Lorsque")


def _participle_insertions(g: Grammar, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The phrases opening on a participle in lower case that commas set off between ``lo`` and ``hi`` (lexicon
    ``participle_endings``, no cue verb): "the Year 4 class, lined up along the harbour wall, shouted", "les
    résidents, emmitouflés sur la place, ont lancé": where the group stood, never who speaks."""
    lex = g.lexicon
    return [
        (found.start(), found.end() - 1)
        for found in _participle_opening(lex.code).finditer(text, lo, hi)
        if found.group("participle") not in lex.cue_verbs
    ]


@per_language
def _participle_opening(code: str) -> re.Pattern[str]:
    """A comma, a participle in lower case by its regular ending, and the words up to the next comma (see
    ``_participle_insertions``)."""
    endings = sorted((e for e in LEXICONS[code].participle_endings if len(e) <= _PARTICIPLE_ENDING), key=len)
    if not endings:
        return re.compile(NEVER)
    ending = "|".join(reversed(endings))
    return re.compile(rf",\s{{1,3}}(?P<participle>[{SMALLS}]{{3,20}}(?:{ending}))\s[^,.;:!?“”«»„\"]{{1,80}},")


_PARTICIPLE_ENDING = 4  # the longest regular ending of a participle (longer entries are whole irregular words: "told")
_APPOSED_NAME = re.compile(rf",\s{{1,3}}(?P<who>{NAME_RUN}),")  # a name set off by commas right after a clause
_CLAUSE_APPOSITION_CHARS = 60  # the most an apposition inside a relative clause runs ("dem Gemeindehaus von Urtijëi")


@per_language
def _described_apposition(code: str) -> re.Pattern[str]:
    """A comma, a definite determiner and the words up to the next comma, then a word in lower case: an apposition to
    a noun of a relative clause that goes on after it (see ``_relative_clauses``)."""
    lex = LEXICONS[code]
    definite = "|".join(sorted((re.escape(d) for d in lex.definite if d[-1].isalpha()), key=len, reverse=True))
    if not definite:
        return re.compile(NEVER)
    return re.compile(
        rf",\s{{1,3}}(?i:{definite})\s[^,.;:!?“”«»„\"]{{1,{_CLAUSE_APPOSITION_CHARS}}}(?=,\s{{1,3}}[{SMALLS}])"
    )
_WORD_AFTER_LETTER = re.compile(r"(?<=[^\W\d_]) (\w+)")  # a word after a space after a letter (a relative pronoun's)


def _restrictive_clause(g: Grammar, text: str, lo: int, hi: int) -> tuple[int, int]:
    """Where a relative clause opens with no comma before its pronoun ("A patient whose operation ...", "A software
    engineer who was laid off, and who asked ..."), and where it ends: it runs to the verb at ``hi``, unless it stands
    in a clause opening the sentence, which a comma closes ("After Beck asked the guest who he thought would win,
    D'Souza replied"); (``hi``, ``hi``) when there is none."""
    for word in _WORD_AFTER_LETTER.finditer(text[lo:hi]):
        if word.group(1).lower() not in g.lexicon.relative_pronouns:
            continue  # (most words: no relative pronoun, told before the word before it is read)
        previous = text[max(0, lo + word.start() - 16) : lo + word.start()].split()[-1:]
        if previous and previous[0] in g.lexicon.cue_verbs:
            continue  # "asked who would win": a question, no relative clause (but "a call in which he said")
        if previous and previous[0] in g.lexicon.prepositions and word.group(1).lower() in g.lexicon.free_relatives:
            # "grew so heated over who supported which bill that Gov. Christie said": a clause of no antecedent (its
            # "which" a question's) modifies no subject
            return hi, hi
        start = lo + word.start(1)
        first = text.split(maxsplit=1)[0].lower() if lo == 0 else ""
        comma = text.find(",", start, hi)
        opening = first in g.lexicon.subordinators or first in g.lexicon.prepositions
        # (or in a description a name right before the verb is apposed to: "A comedian who lived in Ohio, Tim
        # Heidecker said")
        closed = comma >= 0 and (opening or _name_alone(text[comma + 1 : hi]))
        return (start, comma) if closed else (start, hi)
    return hi, hi


def _name_alone(text: str) -> bool:
    """Whether ``text`` is a run of capitalised words and nothing else (a name, between a comma and a verb): no mark
    between them."""
    words = text.split()
    return 0 < len(words) <= _NAME_WORDS_BEFORE and all(w[:1].isupper() and w[-1] not in ",;:" for w in words)


def _inside_name(g: Grammar, text: str, start: int) -> bool:
    """Whether ``start`` is inside a capitalised run: the word before it, with nothing between but a
    space, is capitalised (after an article written onto it: "l'Association Sportive") and no function word ("RBC
    Capital", "Log Cabin", "J. Tabler", but not "As Andrew", "Obama, Jones" or "Washington. Jones")."""
    if text[start - 1 : start] != " " or not text[start : start + 1].isupper():
        return False  # "Recently she announced": a pronoun is never inside a name
    # ("l'Association Sportive")
    previous = list(map(_unelided, text[start - 30 if start > 30 else 0 : start - 1].split()[-1:]))
    if not previous or not previous[0][:1].isupper() or previous[0].lower() in g.lexicon.stopwords:
        return False
    return previous[0][-1].isalnum() or previous[0][-1] == "." and _is_abbreviation(text, start - 1)


def _indefinite_noun(g: Grammar, widest: re.Match[str] | None, best: re.Match[str]) -> bool:
    """Whether a subject read as one capitalised word is a noun after an indefinite article (a language that
    capitalises its nouns: "Ein Gemeinderat", "Eine Anwohnerin"): someone the text leaves unnamed, no name."""
    if widest is None or len(best.group("who").split()) != 1:
        return False
    words = widest.group("who").split()
    return len(words) == 2 and words[0].lower() in g.lexicon.indefinite


def _named_before_role(
    g: Grammar, text: str, best: re.Match[str] | None, fullest: dict[int, re.Match[str]]
) -> re.Match[str] | None:
    """The name a title-led appositive describes: in "Anna Berg, Chief Executive of Acme Corp, said"
    the speaker is Anna Berg, not the role (nor the organisation the role names); so does a party and its place
    ("Senator Shelley Moore Capito, Republican of West Virginia, said"), and a name opening the sentence whose
    appositive no comma closes ("Charlotte Houpline, fondatrice WARA affirme")."""
    words = best.group("who").split() if best is not None else []
    of_place = len(words) > 2 and words[1] in g.lexicon.complement_words  # one word "of" a place
    titled = bool(words) and words[0].lower().strip(".") in g.lexicon.titles
    if best is None or not (titled or of_place or _capitalised_role(g.lexicon, words)):
        return best
    start = _conjoined_role(g.lexicon, text, best.start("who"))  # ("Anthony Anton, president and| CEO of …")
    apposed = text[max(0, start - 2) : start] == ", "
    named = fullest.get(start - 2) if apposed else None
    opening = named.group("who").split()[0].lower() if named is not None else ""
    if opening in g.lexicon.determiners or opening in g.lexicon.possessives:
        # "The university's vice-chancellor, Professor Martin Leclerc, said", "Unser Busfahrer, Herr Gekeler, sagte":
        # the description's name speaks
        return best
    if named is None and apposed and _name_alone(text[: start - 2]):
        # ("Charlotte Houpline, fondatrice WARA affirme": the name opening the sentence, its appositive left unclosed;
        # not a phrase opening it, "In Washington, President Obama released")
        name = text[: start - 2].strip()
        if name.split()[0].lower() not in g.lexicon.stopwords and _plausible(g, name):
            named = _span_pattern(len(name)).match(text, text.index(name))
    return named or best


def _capitalised_role(lex: Lexicon, words: list[str]) -> bool:
    """Whether a subject's words are a role as firms write it, a title after at most ``CAPITALISED_ROLE_WORDS``
    capitalised words, closing the subject or before what it is of ("Managing Director of Harbourline", "Harbourline
    CEO"; not "Harbourline CEO Dana Morel", whose name follows), or its portfolio ("Parliamentary Secretary for
    Fisheries")."""
    for at, word in enumerate(words[: CAPITALISED_ROLE_WORDS + 1]):
        if not word[:1].isupper():
            return False
        if word.lower().strip(".") in lex.titles and (
            at + 1 == len(words) or words[at + 1] in lex.complement_words or words[at + 1] in _PORTFOLIO_LINKS
        ):
            return True
    return False


# The links of a minister's or a secretary's portfolio after the title ("Secretary for Fisheries"), English's
_PORTFOLIO_LINKS = _en.PORTFOLIO_LINKS


def _conjoined_role(lex: Lexicon, text: str, start: int) -> int:
    """Where the roles joined by "and" to the title at ``start`` start after a comma ("Anthony Anton, president and CEO
    of Washington Restaurant Association stated", "Ana Ruiz, presidenta y directora de la Asociación Hostelera
    afirmó": "president and"), else ``start``: words in lower case that are roles or their modifiers, then the "and"."""
    before = text[max(0, start - _CONJOINED_CHARS) : start]
    comma = before.rfind(", ")
    words = before[comma + 2 :].split() if comma >= 0 else []
    if len(words) < 2 or words[-1] not in lex.and_words:
        return start
    if not all(w.islower() and (_role_word(lex, w) or w in lex.role_modifiers) for w in words[:-1]):
        return start
    return start - len(before) + comma + 2


_CONJOINED_CHARS = 40  # characters before a title read for roles joined to it by "and" ("president and ")


def _subject_rank(g: Grammar, match: re.Match[str]) -> tuple[bool, bool, int]:
    """How a subject found before a cue verb ranks: a word the cue's adverbs may hold last (the object pronoun of
    "Leïla Ben Salah nous a dit :" is no subject when one stands before it), then a name over a description, then the
    one nearest the verb."""
    who = match.group("who")
    return (who.lower() not in g.lexicon.cue_adverbs, who.split()[0].lower() not in g.lexicon.determiners, match.end("who"))


_COMMA_AND_SPACE = re.compile(r",\s+")


def _sentence_subject(g: Grammar, window: str) -> re.Match[str] | None:
    """The speaker opening the window's sentence, or its main clause (after "Speaking Monday,")."""
    # ("A yachtsman anchored in Bounty Bay, who asked not to be named:": someone unnamed, never the place; one test in
    # C first: most windows hold no comma before a relative pronoun)
    if ", " in window and withholds_name(g.lexicon, window):
        unnamed = _withheld_subject(g, window, 0, len(window.rstrip(" :")))
        if unnamed is not None:
            return unnamed
    verbs = [
        v.start()
        for v in g.any_verb.finditer(window)
        if cue_tail(window, v.end(), CLAUSE_CUE_TAIL_REACH)
        and not _passive(g, window, v.start())
        and not _noun(g, window, v)
    ]
    if not verbs:
        return None
    commas = _COMMA_AND_SPACE.finditer(window[: _WINDOW // 2])
    starts = [0, *_after_opening_phrase(g, window)] + [m.end() for m in commas]
    for start in starts:
        for verb in verbs:
            if verb <= start:
                continue
            matches = (p.fullmatch(window, start, verb) for p in g.sentence_subjects)
            found = [
                m
                for m in matches
                if m and _plausible(g, m.group("who")) and not _fronted_opening(g, m) and not _determining(g, m)
            ]
            # (a verb or an object pronoun opening the sentence, its subject dropped: "Anota un número y explica:")
            found = [m for m in found if not (m.start("who") == start and _opening_dropped(g, m, verb))]
            if all(_opens_on_determiner(g, m.group("who").split()[0]) for m in found):
                # (a capitalised run after a determiner may be a description's first words: "The Ruritanian army in
                # a statement said" is the army, the longer reading)
                found += _described_subject(g, window, start, verb)
            # (a role-led name never holds a determiner: "Ilse Vandamme left the Harbourside Open" is Ilse Vandamme)
            found = [m for m in found if not _determiner_inside(g, m.group("who"))] or found
            if found:
                subject = _with_legal_form(window, max(found, key=lambda m: len(m.group("who"))))
                subject = _with_body_noun(g.lexicon, window, subject)
                return (
                    _name_described(g, window, subject)
                    or _name_set_off(g, window, subject, verb)
                    or _name_before_description(g, window, start, subject)
                    or subject
                )
    return None


def _name_before_description(g: Grammar, window: str, start: int, subject: re.Match[str]) -> re.Match[str] | None:
    """The name opening the sentence, alone before the comma after which a description was read as the subject: the
    description is the name's appositive, its relative clause read as the sentence's ("Teidagua, la empresa mixta que
    gestiona el agua, lo dejó por escrito en su informe técnico:" is Teidagua, not "la empresa mixta"; "Northwater, the
    utility that runs the supply, set it out in writing:"). Only capitalised words, at most ``_SET_OFF_NAME_WORDS``
    of them, and none a word of time or sequence opening the sentence ("Ayer, la empresa …", "Dann, die Firma …")."""
    lex = g.lexicon
    if not start or subject.start("who") != start or subject.group("who").split()[0].lower() not in lex.determiners:
        return None
    # (an appositive is set off on both sides, a comma closing it before the verb: with none, the description runs on
    # into its verb as the sentence's subject, and the word before it is an adverb of place or manner, "Fuera, una
    # veintena de buzos coreaba:", "Outside, a crowd of divers chanted:", whatever the adverb)
    if "," not in window[subject.end("who") : subject.end()]:
        return None
    name = window[:start].rstrip().removesuffix(",").strip()
    words = name.split()
    if not words or len(words) > _SET_OFF_NAME_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    opening = words[0].lower()
    if opening in lex.time_words or opening in lex.fronted_adverbs or opening in lex.cue_adverbs:
        return None
    at = window.find(name)
    return _span_pattern(len(name)).match(window, at) if at >= 0 and _plausible(g, name) else None


def _determining(g: Grammar, subject: re.Match[str]) -> bool:
    """Whether a subject read as a demonstrative pronoun is the determiner of the words after it, before the verb
    ("Esta misma fuente apuntaba que …": the source, not the woman named last; "Esta aseguró", "Esta, sin embargo,
    aseguró" and "Diese betonte" stay pronouns)."""
    lex = g.lexicon
    if subject.group("who").lower() not in lex.demonstrative_determiners:
        return False
    following = subject.string[subject.end("who") : subject.end()].split(maxsplit=1)[:1]
    word = following[0] if following else ""
    adverb = word in lex.cue_adverbs or bool(lex.adverb_suffix) and word.endswith(lex.adverb_suffix)
    return word.isalpha() and word.islower() and not adverb


def _opening_dropped(g: Grammar, subject: re.Match[str], verb: int) -> bool:
    """Whether a subject read at the start of a clause is the verb or the object pronoun opening it, the language having
    dropped the subject (:func:`_dropped_opening`): "Anota un número y explica:", "Se quita el sombrero antes de
    hablar:"."""
    return _dropped_opening(g, subject.group("who"), subject.string[subject.end("who") : verb])


_SET_OFF_NAME_WORDS = 4  # the most words of a name set off by a comma before its own verb ("…, Tim Hedley said")
_SET_OFF_COMMAS = 3  # the commas read between a description and its verb further on


def _name_set_off(g: Grammar, window: str, subject: re.Match[str], verb: int) -> re.Match[str] | None:
    """The name set off by a comma after a description and its relative clause, with a verb of its own right after it:
    the description is the name's ("A comedian who used to live in Leeds, Hedley said that if he had tried to write
    …, the reaction would be, “…”" is Hedley's, not the unnamed comedian's, though the subject is read for "write"
    further on; "Un humoriste qui vivait à Lyon, Marc Roux a dit que …"). Only after a description (a determiner
    opening it): a name's own clause is read as before."""
    if subject.group("who").split()[0].lower() not in g.lexicon.determiners:
        return None
    at = subject.end("who")
    for _ in range(_SET_OFF_COMMAS):
        comma = window.find(", ", at, verb)
        if comma < 0:
            return None
        at = comma + 2
        words = window[at:verb].split(maxsplit=_SET_OFF_NAME_WORDS)
        named = 0
        while named < len(words) - 1 and words[named][:1].isupper() and words[named].isalpha():
            named += 1
        if not named or named > _SET_OFF_NAME_WORDS:
            continue
        name = " ".join(words[:named])
        after = window.find(words[named], at + len(name))
        if _plausible(g, name) and g.any_verb.match(window, after):
            return _span_pattern(len(name)).match(window, at)
    return None


def _inserted_cue_subject(g: Grammar, window: str, verb: int) -> re.Match[str] | None:
    """In a verb-second language, the subject after a cue verb set off by commas inside reported speech ("Die
    Partei sei liberal, sagt die Politikerin, und stünde gegen den „…“"): the verb's subject follows it, never the
    reported clause's subject before it."""
    if not window[:verb].rstrip().endswith(","):
        return None
    match = g.verb_speaker.match(window[verb:])
    if match is None or not window.startswith(",", verb + match.end("who")) or not _plausible(g, match.group("who")):
        return None
    # (a noun after a preposition and a possessive is the verb's object, not its subject: "Eine Angehörige, die …,
    # erzählte von ihrem Vater, der …:" is no "Vater"'s)
    between = window[verb : verb + match.start("who")].split()[-2:]
    lex = g.lexicon
    if len(between) == 2 and between[0].lower() in lex.prepositions and between[1].lower() in lex.possessives:
        return None
    return match


# Lower-case words ending a description, then the name it gives set off by commas ("group leader, Dev Lyall,")
_DESCRIBED_AFTER = re.compile(rf"(?:\s{{1,3}}[^\W\d_{CAPITALS}][\w’'\-]{{0,30}}){{1,4}},\s{{1,3}}({NAME_RUN}),")


def _name_described(g: Grammar, window: str, subject: re.Match[str]) -> re.Match[str] | None:
    """The name a description gives after it, when a subject read as a name opens on a determiner and a capitalised
    word goes on in lower case: "The Liberal Democrat group leader, Dev Lyall, was right" is Dev Lyall."""
    if subject.group("who").split()[0].lower() not in g.lexicon.determiners:
        return None
    named = _DESCRIBED_AFTER.match(window, subject.end("who"))
    if named is None or not _plausible(g, named.group(1)):
        return None
    return _span_pattern(len(named.group(1))).match(window, named.start(1))


_OPENING_PHRASE_WORDS = 4  # the most words of a phrase of time or place opening a sentence with no comma ("After the vote")


def _after_opening_phrase(g: Grammar, window: str) -> list[int]:
    """Where the subject pronoun stands after a short phrase opening the sentence on a preposition, with no comma: "After
    the vote she went further, saying ..." (the pronoun speaks)."""
    words = list(_WORD_START.finditer(window, 0, min(len(window), _WINDOW // 2)))[: _OPENING_PHRASE_WORDS + 1]
    if not words or window[words[0].start() :].split(maxsplit=1)[0].lower() not in g.lexicon.prepositions:
        return []
    lex = g.lexicon
    for word in words[2:]:
        token = window[word.start() :].split(maxsplit=1)[0]
        if token.lower() in lex.subject_pronouns and token.isalpha():
            return [word.start()]
    return []


def _prepositional(g: Grammar, match: re.Match[str]) -> bool:
    """Whether a sentence's subject found opens on a preposition: "Alongside BLM calls for action, a strategist said"
    is a phrase of company (not "Von der Leyen", a name's particle)."""
    first = match.group("who").split()[0].lower()
    return first in g.lexicon.prepositions and first not in g.lexicon.name_particles and first not in g.lexicon.titles


def _fronted_opening(g: Grammar, match: re.Match[str]) -> bool:
    """Whether a sentence's subject found opens on a preposition (see :func:`_prepositional`), on an adverbial a
    verb-second sentence fronts ("Zum Abschluss tanzten die Kinder … und riefen:", :func:`_adverbial`), or on a
    subordinator whose clause a comma closes before the verb: "When the Cessna landed, the Year 5 class …, shouted:"
    is the clause's subject, not the main verb's (read after the comma; "As Ruth Ames told the court," is hers)."""
    who = match.group("who")
    if _prepositional(g, match) or _adverbial(g.lexicon, who):
        return True
    opening = who.split(maxsplit=1)[0].lower()
    # (not a subordinator that is a determiner too: "That record prompted Dave Leip's Atlas, which …, to state,")
    subordinate = opening in g.lexicon.subordinators and opening not in g.lexicon.determiners
    return subordinate and "," in match.string[match.end("who") : match.end()]


def _determiner_inside(g: Grammar, who: str) -> bool:
    return any(w.lower() in g.lexicon.determiners for w in who.split()[1:])


_CLAUSE_RUN = re.compile(r"\s[^.!?“”„\"«»:]{0,150}?,?\s")  # what may stand between a subject and its later verb


def _described_subject(g: Grammar, window: str, start: int, verb: int) -> list[re.Match[str]]:
    """A description by role opening the clause as the subject of a verb further on ("The judge sent the case to the
    crown court and said the first hearing “...”"): the capitalised determiner alone is no name."""
    match = _role_described(g, window, g.opening.match(window, start, verb))
    if match is None or match.group("who").split()[0].lower() not in g.lexicon.determiners:
        return []
    who = match.group("who")
    if not _plausible(g, who) or not (_named_or_role(g, who) or _body_noun(g.lexicon, who.split()[-1].lower())):
        return []
    return [match] if _CLAUSE_RUN.fullmatch(window, match.end("who"), verb) else []


def _body_noun(lex: Lexicon, noun: str) -> bool:
    """Whether a noun names an organisation ("the ministry", "die Molkerei"): a body speaks as a role does ("The army
    in a statement said ...")."""
    return noun in lex.organisation_words or lex.compound_nouns and _compound_of(noun, lex.organisation_words)


def _with_legal_form(text: str, match: re.Match[str]) -> re.Match[str]:
    """A speaker with the legal form its name run left out before a comma ("Der Betreiber, die Kali Südharz AG, ließ
    erklären": the subject runs to a space, so "AG," was read as what follows it)."""
    end = legal_form_after(text, match.end("who"))
    if end == match.end("who"):
        return match
    return _span_pattern(end - match.start("who")).match(text, match.start("who")) or match


# A capitalised body's noun closing a name right before the comma of a clause set off after it, and the clause's
# first word ("The Dorset Canal| Trust, which owns the barge,")
_NOUN_BEFORE_COMMA = re.compile(rf"\s{{1,2}}(?P<noun>[{CAPITALS}][^\W\d_]{{1,30}}),\s{{1,2}}(?P<next>\w+)")


def _with_body_noun(lex: Lexicon, text: str, match: re.Match[str]) -> re.Match[str]:
    """A speaker with the body's noun its name run left out before the comma of a relative clause ("The Dorset Canal
    Trust, which owns the barge, put its plans in writing:" was "The Dorset Canal": the subject runs to a space, as
    for a legal form); only after a run of capitalised words ("The officials of Acme Corp, who …" and "Anna Berg of
    Kent County, who …" are read as before), and never a place's noun. (Not before an appositive set off by commas,
    where the subject read whole goes another way: "the Year 4 class of Millbrook Primary School, lined up along the
    wall, shouted:".)"""
    noun = _NOUN_BEFORE_COMMA.match(text, match.end("who"))
    if noun is None:
        return match
    words = match.group("who").split()
    named = words[1:] if words[0].lower() in lex.determiners else words
    if not named or not all(w[:1].isupper() and w.isalpha() for w in named):
        return match
    word, relative = noun.group("noun").lower(), noun.group("next").lower()
    if relative not in lex.relative_pronouns and relative not in lex.comma_relatives:
        return match
    if word in lex.place_words or not _body_noun(lex, word):
        return match
    return _span_pattern(noun.end("noun") - match.start("who")).match(text, match.start("who")) or match


def _after_preposition(g: Grammar, text: str, start: int, clause: bool = False, body: bool = False) -> bool:
    """Whether the word before ``start`` makes what follows an object or a modifier ("involving
    several European leaders", "a race against Sanders"), never the subject of a verb. ``clause``: a
    word that also opens a clause ("after Lindgren, asked about it, had said") leaves a subject. ``body``: a body's
    name takes its article ("Still, the Business Council of Eastport opposed it": the council is the subject; a
    person's name after "the" modifies a noun: "the Clinton phone bank")."""
    previous = text[start - 24 if start > 24 else 0 : start].split()[-2:]
    if len(previous) == 2 and previous[-1].lower().strip(".") in g.lexicon.abbreviations:
        previous.pop()  # "under Mr. Putin": the word before the title
    if not previous:
        return False
    word = previous[-1].lower()
    if clause and word in g.lexicon.subordinators:
        return False
    if body and word in g.lexicon.determiners and len(previous) == 2:
        word = previous[0].lower()  # "calling on the District Court to review": its article's preposition
    if word in g.lexicon.prepositions or (not body and word == previous[-1] and word in g.lexicon.determiners):
        return True
    if len(previous) == 2 and word in g.lexicon.possessives and previous[0].lower() in g.lexicon.prepositions:
        # "In seiner Heimat Thüringen erreichte die AfD …", "Bei ihrem Verband Hessen Mitte": an object's (not a name
        # set off after the phrase: "Zu seinem Vorgänger, Kämmerin Eva Roth:")
        return not (text[start : start + 40].split(maxsplit=1) or [""])[0].endswith(",")
    return word.isalpha() and word == previous[-1] and _adjective_after_preposition(g, text, start)


def _adjective_after_preposition(g: Grammar, text: str, start: int) -> bool:
    """Whether a preposition, a determiner and an adjective stand right before ``start``, in a language that capitalises
    nouns ("Das Klinikum hat in einer kurzen Erklärung gesagt:": "Erklärung" is where the words came, no subject;
    elsewhere a noun there opens a longer subject the cast reads whole: "on a green boat called Kingfisher")."""
    lex = g.lexicon
    if not lex.capitalised_nouns:
        return False
    previous = text[max(0, start - 40) : start].split()[-3:]
    return len(previous) == 3 and previous[0].lower() in lex.prepositions and previous[1].lower() in lex.determiners


def _speaker_in_sentence(g: Grammar, text: str, start: int, end: int, standalone: bool) -> re.Match[str] | None:
    # A quote that ends its sentence has nothing of that sentence after it. (The cue is read within a window on each
    # side: a sentence that never ends, quotes and cues chained ("“a,” said “a,” said ..."), is not read whole for
    # each of its quotes.)
    opening = sentence_start(text, start)
    lo = opening if opening > start - _WINDOW else start - _WINDOW
    hi = end if standalone else min(sentence_end(text, end), end + _WINDOW)
    outside = text[lo:start] + " " * (end - start) + text[end:hi]
    return _read_once(_speaker_outside, g, outside, cut=lo == start - _WINDOW)


def _speaker_outside(g: Grammar, outside: str) -> re.Match[str] | None:
    """The speaker a cue in a quote's sentence names, the quote blanked in ``outside`` (:func:`_speaker_in_sentence`)."""
    marks = [m.end() for m in _DOUBLE_MARKS.finditer(outside)]
    # (a clause withholding a name is looked for only where the sentence holds such a phrase: most hold none)
    withheld = withholds_name(g.lexicon, outside)
    # Verb first, then its subject just before it: a search for subject-and-verb at every place
    # would read every capitalised run in many ways before finding there is no verb at all.
    for verb in g.any_verb.finditer(outside):
        if separable_particle_missing(g.lexicon, verb.group(), outside[verb.end() :]):
            continue  # "Das Komitee «...» führt seinen Abstimmungskampf": no "führt ... aus", no cue
        if g.lexicon.other_verb_particles and _other_verb(g.lexicon, outside, verb):
            continue  # "Widerspruch rufen solche Einschätzungen nicht hervor": "hervorrufen", no cue
        if _document_noun(g, outside, verb):
            continue  # "The church released its final report into “activist” nuns": a noun, no cue
        if _interjected(g, outside, verb):
            continue  # "The board wants, and I quote, “…”": the writer's words announcing the quote, no cue
        if g.lexicon.pro_drop and _parenthetical(outside, verb):
            # "En el valle, precisó, se esperan «máximas de 44 grados»": the subject the language drops
            return _span_pattern(len(verb.group())).match(outside, verb.start())
        if _agent_after(g.lexicon, outside, verb):
            continue  # "une journée de «colère» et de grève, décrétée par le Fatah": a passive, no one's words
        # (a subject holds no quote mark: it is looked for after the last one before its verb)
        mark = bisect_right(marks, verb.start())
        floor = max(verb.start() - _WINDOW // 2, marks[mark - 1] if mark else 0)
        if withheld and (unnamed := _withheld_subject(g, outside, floor, verb.start())):
            return unnamed  # "Un lanchero de la cooperativa que pidió el anonimato aseguró:": no "anonimato"
        for word in _WORD_START.finditer(outside, floor, verb.start()):
            if _inside_name(g, outside, word.start()):
                continue  # "States" of "the United States claiming": a name's tail is no subject of its own
            match = g.in_sentence.fullmatch(outside, word.start(), verb.start())
            if match and _plausible(g, match.group("who")) and not _after_preposition(g, outside, word.start()):
                if _CONTRACTED_OPENINGS[g.lexicon.code] and _adverbial(g.lexicon, match.group("who")):
                    continue  # ("Zum Schluss riefen die sieben Kinder gemeinsam:")
                if outside.endswith(_SPACED_ANDS[g.lexicon.code], floor, word.start()):
                    # ("the Department for Libraries and Archives noted" is the department's, not "Archives"')
                    match = _joined_body(g, outside, floor, match) or match
                return _longest_body(g, match)
        if (body := _body_subject(g, outside, floor, verb.start())) is not None:
            return body
        if (conformed := _conformative_subject(g, outside, floor, verb)) is not None:
            return conformed
    return None


def _conformative_subject(g: Grammar, outside: str, floor: int, verb: re.Match[str]) -> re.Match[str] | None:
    """The speaker of a clause of "as" in a quote's sentence whose subject is a role and the name set off after it,
    before the verb or after it ("…, as the Hawks' captain, Ian Ross, called it", "…, comme l'a dit l'entraîneuse,
    Nina Roy", "…, como dijo la capitana, Inés Gil", "…, wie die Trainerin, Lena Voss, sagte"), or a name right after
    the verb ("…, comme l'a dit Nina Roy"): the subject patterns read no role before a comma, nor a subject after its
    verb. None where no such clause holds the verb."""
    lex = g.lexicon
    words = list(_NON_SPACE.finditer(outside, floor, verb.start())) if lex.conformative_words else []
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i].group().lower() in lex.conformative_words), -1)
    if at < 0 or len(words) - at > _CONFORMATIVE_WORDS:
        return None  # (most cues: no clause of "as" right before the verb)
    between = [w.group() for w in words[at + 1 :]]
    if _verb_first(lex, between):
        # (the verb first: its subject after it, up to the sentence's end; a comma closes the name set off there)
        after = outside[verb.start() : sentence_end(outside, verb.end())].rstrip(" .!?") + ","
        match = g.verb_speaker.match(after)
        if match is None or not _plausible(g, match.group("who")) or after[len(verb.group()) : match.start("who")].strip():
            return None  # (a subject right after its verb: "as predicted in western Kansas" names a place, no one)
        found = _name_given_role(g, after, match.start("who"), match.end())
        if found is None and not _named_or_role(g, match.group("who")):
            return None
        found = found or match
        return _span_pattern(len(found.group("who"))).match(outside, verb.start() + found.start("who"))
    # (the role before the verb, the name set off by commas between them)
    before = outside[: verb.start()].rstrip()
    role_end = before.rfind(",", words[at].end(), len(before) - 1)
    return _name_given_role(g, before + " ", words[at + 1].start(), role_end) if role_end > 0 else None


_BODY_SUBJECT_CHARS = 60  # the characters before a cue verb read for a body's whole name
_CONFORMATIVE_WORDS = 12  # words from a clause's "as" to its cue verb (a role and the name set off after it)
_ELIDED_OBJECTS = frozenset(("l'", "l’", "m'", "m’"))
# The words of the small words inside a body's name in every lexicon ("des", "de", "für", "of")
_NAME_JOINER_WORDS = frozenset(word for joiner in NAME_JOINERS for word in joiner.split())


def _body_subject(g: Grammar, window: str, floor: int, verb: int) -> re.Match[str] | None:
    """A body's whole name right before a cue verb, perhaps after its article and before an object pronoun written
    onto the verb, where the subject patterns stop at its small words ("La Coopérative des Salines de Mesquer l'affirme
    dans son bilan : la récolte atteint « … »", "La Asociación de Vecinos del Carmen lo denunció en un comunicado:
    …"): the body speaks. Read only where a capitalised word ends right before the verb (or its pronoun) and a small
    word of a body's name stands before it; not a body after a preposition ("selon la Coopérative des Salines ...")."""
    # (the word right before the verb, or before its elided pronoun, first: most are in lower case, "he said")
    space = window.rfind(" ", floor, verb - 1)
    if space >= 0 and window[space + 1 : verb] in _ELIDED_OBJECTS:
        space = window.rfind(" ", floor, space)
    if not window[space + 1 : space + 2].isupper():
        return None
    lo = max(floor, verb - _BODY_SUBJECT_CHARS)
    words = window[lo:verb].split()
    if words and words[-1] in _ELIDED_OBJECTS:
        words.pop()  # ("l'affirme": the pronoun written onto the verb)
    if len(words) < 3 or not words[-1][:1].isupper() or _NAME_JOINER_WORDS.isdisjoint(words):
        return None
    found = body_subject(g.lexicon.code).search(window, lo, verb)
    if found is None or not body_name(found.group("who"), g.lexicon.code):
        return None
    if _after_preposition(g, window, found.start(), body=True) and not _from_body(g.lexicon, window, found.start()):
        return None
    return found


def _from_body(lex: Lexicon, window: str, start: int) -> bool:
    """Whether a body's name at ``start`` follows a link of where words come from and its article opening the sentence
    ("Desde la Secretaría de Cultura y Turismo de San Lorenzo recuerdan que «…»", lexicon ``source_links``): the body
    speaks through a verb with no subject of its own; not a place after a preposition in the sentence ("Salieron
    desde la Plaza de Armas")."""
    before = window[max(0, start - _SOURCE_CHARS) : start].split()
    if before and before[-1].lower() in lex.articles:
        before.pop()  # (the article outside the name's match: "Desde la| Secretaría")
    if not before or not before[-1][:1].isupper() or before[-1].lower() not in lex.source_links:
        return False
    at = window.rfind(before[-1], 0, start)
    return sentence_start(window, at) == at


_SOURCE_CHARS = 16  # characters before a body's name read for its link of where words come from and its article


_SHORT_FORM_CHARS = 16  # the characters after a body's name read for its short form in brackets ("(BfSR)")


def _links_body_name(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` (in lower case) may link two parts of a body's long name: an "and", an "of" or a French
    body's preposition before its remit."""
    return word in lex.and_words or word in _NAME_JOINER_WORDS or word in lex.body_prepositions


def _longest_body(g: Grammar, subject: re.Match[str]) -> re.Match[str]:
    """The subject a cue found, or the body's long name it is a piece of (:func:`_whole_body`), read only where a word
    next to the subject goes on in such a name (most subjects: "he", "Smith", "the mayor" before their verb): a link
    or an "and" after it or before it, a comma or a bracket right after it, an article inside a name before it ("de
    Los Ríos"), an adjective in lower case after a body's word closing it ("La Direction régionale")."""
    lex, window = g.lexicon, subject.string
    start, end = subject.span("who")
    if (group := _group_of_complement(g, window, subject)) is not None:
        return group  # ("Les tireurs de l'association Mpitarika Mivondrona ont crié :": the group, not its name)
    if window[end : end + 1] == " " and (group := _group_kind_after(g, subject) or _compound_group(g, subject)):
        return group  # ("Boys of the Shela Stars football club shouted:", "Herd boys of the Ha Nkau cattle post sang:")
    if window[end : end + 1] in ", " and (body := _unit_of_body(g, subject)) is not None:
        return body
    if window[start - 3 : start] in _SPACED_DASHES and (body := _dashed_body(g, subject)) is not None:
        return body
    if (lettered := lettered_body(lex, window, start, end)) is not None:
        # ("L'Office national des forêts, de la chasse et de la faune sauvage (ONFCFS) a annoncé": its letters)
        return _span_pattern(lettered[1] - lettered[0]).match(window, lettered[0]) or subject
    if window[end : end + 1] in ",(" or window[end + 1 : end + 2] == "(":
        return _whole_body(g, subject) or subject
    spaced = window[end : end + 1] == " "
    raw_after = window[end + 1 : end + 1 + _NEIGHBOUR_CHARS].partition(" ")[0] if spaced else ""
    after = raw_after.lower()
    # (or a body's head noun, capitalised, closing its name after the subject: "The Belize Tourism Industry|
    # Association, Toledo chapter, spoke of")
    headed = raw_after[:1].isupper() and after.rstrip(",") in lex.organisation_words
    if headed or _links_body_name(lex, after):
        return _whole_body(g, subject) or subject
    owners = raw_after[-1:] in _PLURAL_OWNER_MARKS and raw_after[:1].isupper()
    if owners and (body := _owners_body(g, subject, raw_after)) is not None:
        return body  # ("The Lake Malawi| Passengers' Forum, Likoma branch,")
    space = window.rfind(" ", max(0, start - _WORD_BEFORE_CHARS), start - 1)
    before = window[space + 1 : start - 1] if space >= 0 and window[start - 1 : start] == " " else ""
    low = before.lower()
    # (or a link or an article written onto a word in lower case before it, in an "of" part: "la chambre de commerce et
    # d'industrie Aix-Marseille-Provence", "la chambre des métiers et de l'artisanat Hauts-de-France"; or a compound
    # cut at its hyphen: "Die Kultur-, Sport- und Freizeitdirektion")
    elided = before[:2].lower() in _ELIDED_OF_PART and before[2:3].islower() or before.rstrip(",").endswith("-")
    joined = elided or _links_body_name(lex, low)
    # ("de Los Ríos": a capitalised article after a word, inside the name)
    inside = before[:1].isupper() and low in lex.definite and window[space - 1 : space].isalpha()
    adjective = (
        lex.lower_body_parts
        and after.isalpha()
        and after.islower()
        and subject.group("who").rpartition(" ")[2].lower() in lex.organisation_words
    )
    if not (joined or inside or adjective):
        return subject
    return _whole_body(g, subject) or subject


def _owners_body(g: Grammar, subject: re.Match[str], owners: str) -> re.Match[str] | None:
    """The body whose name holds a plural owner right after a cue's subject, a body's or an association's noun after
    it: "The Lake Malawi| Passengers' Forum", "The Lake Chilwa Boat| Owners' Association" (the subject stopped at the
    mark of the owners' case); None otherwise."""
    window, end = subject.string, subject.end("who") + 1 + len(owners)
    head = window[end + 1 : end + 1 + _NEIGHBOUR_CHARS].partition(" ")[0].rstrip(",")
    low = head.lower()
    if window[end : end + 1] != " " or not head[:1].isupper() or not (
        low in g.lexicon.organisation_words or low in g.lexicon.association_nouns
    ):
        return None
    start = subject.start("who")
    return _span_pattern(end + 1 + len(head) - start).match(window, start)


_PLURAL_OWNER_MARKS = frozenset("'’")  # the mark of a plural owner's case closing a word ("Passengers'")


def _unit_of_body(g: Grammar, subject: re.Match[str]) -> re.Match[str] | None:
    """The body whose name stands right before a cue's subject that names one of its units or a channel it speaks
    through, set off by commas: "Die Generaldirektion Kulturelles Erbe Rheinland-Pfalz (GDKE), Direktion
    Landesarchäologie, schreibt", "The Department of Water and Sanitation, Eastern Cape Provincial Operations, says",
    "Die ÖBB-Infrastruktur AG, Regionalleitung West, schreibt", "Das Landratsamt Cham, Sachgebiet Sicherheit und
    Ordnung, schreibt", "El Gobierno de Chubut, por medio de la Dirección de Vialidad, advirtió": the body speaks, not
    its unit (lexicon ``sub_unit_words``; ``channel_links``). The body's name is its short form's, or else the whole of
    its sentence's words before the comma, a body's name by its words (no role's or person's: "Der Leiter des
    Landesamts, Abteilung Wasser," is read as before). None for anyone else set off there ("Der Sprecher des Landesamts
    für Umwelt (LfU), Jens Kober, sagte", "El vocero de la Alcaldía de El Alto, Marcelo Choque, escribió": the
    person)."""
    lex, window = g.lexicon, subject.string
    start, end = subject.span("who")
    comma = window.rfind(", ", max(0, start - _UNIT_SET_OFF_CHARS), start)
    if comma < 0:
        return None  # (most subjects: no comma before them in their sentence's reach)
    close = _unit_name_end(lex, window, end)
    set_off = window[comma + 2 : close] if close >= 0 else ""
    if set_off and _legal_forms_only(set_off):
        # (its legal form set off after the name: "La Unión de Cafeticultores Maseual Tajtol, S.C. de R.L., calificó")
        opening = _opening_body(lex, window, comma, any_name=True)
        return _span_pattern(comma - opening).match(window, opening) if opening >= 0 else None
    if not set_off or not NAME_STOPS.isdisjoint(_UNIT_NUMBER.sub("", set_off)) or "," in set_off:
        return None  # (a unit's number may hold a point: "Referat 47.1 – Straßenbau Süd,")
    unit = _through_channel(lex, set_off) or _parent_body(lex, set_off)
    if not (_names_sub_unit(lex, unit or set_off) or unit and body_name(unit, lex.code)):
        return None
    # (a unit's noun opening the set-off words says they are a unit: the name before it may be a company's of no
    # body's word, "Hydro-Québec, Division TransÉnergie,", "Acuamed, Dirección de Explotación …,")
    unit_first = not unit and _unit_noun(lex, set_off.split()[0].lower())
    opening, stop = _body_before_units(lex, window, comma, any_name=unit_first)
    if opening < 0:
        return None
    # (a unit of a unit: "The Ministry of Public Works and Transport, Roads Department, Hhohho Region, says" is the
    # ministry's; a remit list after a comma names no unit, "Ministerio de Agricultura, Ganadería y Pesca"; the units
    # are read off from the last, so a remit list before them stays the body's: "The Ministry of Transport, Energy,
    # Communication and Innovation, Marine and Port Services Department, Funafuti Port Office, states" was "Ministry
    # of Transport")
    while (inner := window.rfind(", ", opening, stop)) >= 0:
        if not (NAME_STOPS.isdisjoint(window[inner + 2 : stop]) and _names_sub_unit(lex, window[inner + 2 : stop])):
            break
        stop = inner
    # (round 57) a company's name closes on its legal form: what is set off after it is a unit, whatever its noun
    # ("Die ÖBB-Infrastruktur AG, Streckenmanagement Süd, Bahnmeisterei Bad Aussee, informiert": blind set 60 gave
    # "ÖBB-Infrastruktur AG Streckenmanagement Süd")
    formed = window.find(", ", opening, stop)
    if formed >= 0 and window[opening:formed].rsplit(None, 1)[-1].rstrip(".") in _ANY_LEGAL_FORMS:
        stop = formed
    return _span_pattern(stop - opening).match(window, opening)


def _body_before_units(lex: Lexicon, window: str, comma: int, *, any_name: bool) -> tuple[int, int]:
    """Where a body's name opens and ends that stands before the unit set off at ``comma``, over the other units of it
    set off before that one, each a unit's name by its noun, perhaps with a number or a dash ("Das Tiefbauamt
    Graubünden, Bezirk 4, Stützpunkt Disentis,", "Das Amt der Kärntner Landesregierung, Abteilung 9 – Straßen und
    Brücken, Unterabteilung Völkermarkt,", "Corpoguajira, Subdirección de Autoridad Ambiental, Territorial Norte,");
    (-1, comma) when no body's name opens the sentence so (a person or a clause set off before)."""
    stop = comma
    for _ in range(_UNITS_SET_OFF):
        opening, end = _body_before(lex, window, stop, any_name=any_name)
        if opening >= 0:
            return opening, end
        before = window.rfind(", ", max(0, stop - _UNIT_SET_OFF_CHARS), stop)
        unit = window[before + 2 : stop]
        if before < 0 or not NAME_STOPS.isdisjoint(_UNIT_NUMBER.sub("", unit)) or not _names_sub_unit(lex, unit):
            break
        # (a unit's noun opening the unit right after the body lets the body's name be a company's)
        any_name, stop = _unit_noun(lex, unit.split()[0].lower()), before
    return -1, comma


def _body_before(lex: Lexicon, window: str, comma: int, *, any_name: bool) -> tuple[int, int]:
    """Where the body's name opens and ends that is the whole of its sentence before ``comma``, its short form in
    brackets closing it perhaps (its letters, or the whole of its sentence before them when they spell another
    language's name: "Die Namibische Industrie- und Handelskammer (NCCI), Zweigstelle Tsumeb,"); (-1, comma) when
    those words are no body's name."""
    bracket = window.rfind("(", max(0, comma - _SHORT_FORM_CHARS), comma) if window[comma - 1 : comma] == ")" else -1
    if bracket < 0:
        return _opening_body(lex, window, comma, any_name=any_name), comma
    stop = bracket - 1 if window[bracket - 1] == " " else bracket
    opening = lettered_name_start(lex, window, bracket)
    return (opening if opening >= 0 else _opening_body(lex, window, stop, any_name=any_name)), stop


_UNITS_SET_OFF = 4  # the most units of a body read set off one after another before the cue's
_UNIT_NUMBER = re.compile(r"\b\d+(?:\.\d+)*\b")  # a unit's number, perhaps with points ("Referat 47.1")


def _legal_forms_only(set_off: str) -> bool:
    """Whether words set off after a name are its legal forms of any lexicon and the links between them ("S.C. de
    R.L.", "A.C.", "GmbH & Co. KG", "Sdn Bhd")."""
    words = set_off.split()
    forms = [w for w in words if w.rstrip(".") in _ANY_LEGAL_FORMS]
    return bool(forms) and all(w in forms or w.lower() in _LEGAL_FORM_LINKS for w in words)


_ANY_LEGAL_FORMS = frozenset().union(*(lex.legal_forms for lex in LEXICONS.values()))
_LEGAL_FORM_LINKS = frozenset(("de", "&", "y", "und", "et", "and", "co.", "reg."))  # ("S. de R.L.", "GmbH & Co. KG")


def _unit_name_end(lex: Lexicon, window: str, end: int) -> int:
    """Where the comma closing a unit's name stands, when a cue's subject ends at ``end`` on that comma or on the
    unit's name's words before it: links, articles, capitalised words and the lower-case words after a link ("Dirección
    de Explotación| de la desaladora de Carboneras,", "Direction de la mer,"); -1 otherwise."""
    if window[end : end + 1] == ",":
        return end
    if window[end : end + 1] != " ":
        return -1
    comma = window.find(",", end, end + _UNIT_TAIL_CHARS)
    if comma < 0:
        return -1
    linked = False  # (a word in lower case only right after a link: "de la desaladora")
    for word in window[end:comma].split():
        low = word.lower()
        link = low in lex.prepositions or low in lex.definite or low in _NAME_JOINER_WORDS or low[:2] in _ELIDED_OF_PART
        # (or a unit's noun in lower case after its place: "Kisumu| branch,", "Toledo| chapter,")
        if not (link or word[:1].isupper() or linked and word.isalpha() or low.rstrip(",") in lex.sub_unit_words):
            return -1
        linked = link
    return comma


_UNIT_TAIL_CHARS = 48  # the characters after a cue's subject read for the comma closing the unit's name it is part of


def _dashed_body(g: Grammar, subject: re.Match[str]) -> re.Match[str] | None:
    """A body's name holding a spaced dash between two names of its region, when a cue's subject found its last part:
    "Das Amt für Seilbahnen der Autonomen Provinz Bozen – Südtirol teilte mit", "Die Agentur für Arbeit Weiden –
    Regensburg teilte mit", "El Gobierno Regional de Arica – Parinacota informó": the whole name, not the region after
    the dash. The words before the dash are the whole of its sentence's opening and a body's name by their words (not
    a clause: "Das Wetter ist schlecht – Müller sagte"); the subject is capitalised words only."""
    lex, window = g.lexicon, subject.string
    start, end = subject.span("who")
    if not all(word[:1].isupper() for word in subject.group("who").split()):
        return None
    opening = _opening_body(lex, window, start - 3)
    return _span_pattern(end - opening).match(window, opening) if opening >= 0 else None


_SPACED_DASHES = frozenset((" – ", " - ", " — "))  # a dash set off by spaces inside a name ("Bozen – Südtirol")


_UNIT_SET_OFF_CHARS = 80  # the characters before a cue's subject read for the comma opening the unit it is set off in


def _parent_body(lex: Lexicon, set_off: str) -> str:
    """The body a body belongs to, when ``set_off`` opens on a link of "of" and names it ("El Centro de Estudios de la
    Nieve (Cenma), del Institut d'Estudis Andorrans, advierte", "The Met Office, of the Ministry of Defence, said"):
    the body before it speaks, not its parent; "" otherwise."""
    link, _, rest = set_off.partition(" ")
    if link.lower() not in _NAME_JOINER_WORDS or not rest:
        return ""
    first, _, after = rest.partition(" ")
    if first.lower() in lex.definite and after:
        rest = after
    return rest if rest[:1].isupper() else ""


def _through_channel(lex: Lexicon, set_off: str) -> str:
    """What a body speaks through, when ``set_off`` opens on a link of a channel (lexicon ``channel_links``: "por
    medio de la Dirección de Vialidad", "through its Flood Warning Unit", "par l'intermédiaire de la sous-préfecture",
    "vertreten durch die Abteilung Verkehr"), its article or possessive left out; "" otherwise."""
    low = set_off.lower()
    link = next((link for link in lex.channel_links if low.startswith(link + " ")), "")
    if not link:
        return ""
    words = set_off[len(link) + 1 :].split()
    if words and (words[0].lower() in lex.determiners or words[0].lower() in lex.possessives):
        words = words[1:]
    elif words and words[0][:2].lower() in _ELIDED_OF_PART:
        words[0] = words[0][2:]
    return " ".join(words)


def _names_sub_unit(lex: Lexicon, who: str) -> bool:
    """Whether a subject names a body's sub-unit: a unit's noun stands in it, one of ``sub_unit_words`` or a body's
    head noun (a unit that is itself a named body: "Parks and Wildlife Commission", "Roads Authority Oshakati",
    "Capitanía de Puerto de Progreso"), or in a language of compounds a word ends in one ("Regionalleitung West",
    "Untere Wasserbehörde", "Oberförsterei Eberswalde"). Never a role ("Pressesprecherin Anna Berg"), nor a name
    opening on a known first name unless a unit's noun closes it ("The Harbour Board, Sally Field, said" is a person's;
    "Marine Unit" a unit's, though "Marine" is a first name too)."""
    words = [w.strip("()") for w in who.lower().split()]
    if title_role(words[0], lex) and words[0] not in lex.sub_unit_words:
        return False  # (a unit's own noun is read as one: "Referat 47.1", though "-rat" ends a role's compound)
    if known_first_name(words[0]):
        return len(words) > 1 and _unit_noun(lex, words[-1])
    return any(_unit_noun(lex, word) for word in words)


def _unit_noun(lex: Lexicon, word: str) -> bool:
    """Whether a word (in lower case) is a unit's noun: a sub-unit's or a body's head noun, or in a language of
    compounds a word ending in a sub-unit's noun ("Verkehrsbehörde", "Kontrolleinheit")."""
    if word in lex.sub_unit_words or word in lex.organisation_words:
        return True
    return lex.compound_nouns and word.endswith(_sub_unit_ends(lex.code))


@lru_cache(maxsize=8)
def _sub_unit_ends(code: str) -> tuple[str, ...]:
    """A language's sub-unit nouns as the ends of compounds, for ``str.endswith``."""
    return tuple(LEXICONS[code].sub_unit_words)


def _opening_body(lex: Lexicon, window: str, comma: int, *, any_name: bool = False) -> int:
    """Where a body's name opens that is the whole of its sentence before ``comma`` (its article aside): "Die
    ÖBB-Infrastruktur AG|,", "The Alaska Department of Transportation and Public Facilities|," (``any_name``: or a
    company's name of capitalised words, "Hydro-Québec|,"). -1 when those words are no body's name: a role or a person
    before the comma, a clause, a place, too many words."""
    opening = sentence_start(window, comma)
    phrase = window[opening:comma]
    if not (_body_phrase(lex, phrase) or any_name and _company_phrase(lex, phrase)):
        return -1
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in lex.definite:
        return window.index(words[1], opening + len(words[0]))
    if words[0][:2].lower() in _ELIDED_OF_PART:
        return window.index(words[0], opening) + 2  # ("L'Office des eaux …": the article written onto the name)
    return window.index(words[0], opening)


def _body_phrase(lex: Lexicon, phrase: str) -> bool:
    """Whether ``phrase`` is a body's name and nothing else, perhaps after its article: each word may stand in such a
    name and one is a body's word ("Die ÖBB-Infrastruktur AG", "The Ministry of Health"; not "Der Leiter des
    Landesamts", "Anna Berg", a clause or more than ``_BODY_OPENING_WORDS`` words)."""
    words = phrase.split()
    if not 1 <= len(words) <= _BODY_OPENING_WORDS:
        return False
    if len(words) > 1 and words[0].lower() in lex.definite:
        words = words[1:]
        if lex.lower_body_parts and words[0].islower() and words[0] in lex.organisation_words:
            # (a body's noun in lower case after its article, where a language writes some bodies so: "La
            # coopérative des pêcheurs de Batroun, branche du vieux port,"; read as its name's first word)
            words[0] = words[0].capitalize()
    elif words[0][:2].lower() in _ELIDED_OF_PART and words[0][2:3].isupper():
        words[0] = words[0][2:]
    if title_role(words[0].lower(), lex):
        return False  # ("Der Leiter des Landesamts, Abteilung Wasser,": the head of a body, a person)
    # (a place's small words inside the name, between capitalised words: "Landratsamt Neustadt an der Waldnaab",
    # "Landratsamt Pfaffenhofen a.d. Ilm", "Borough Council of Burton upon Trent")
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _place_link(lex, words, i))]
    return body_words(lex, kept) and bool(body_name(" ".join(words), lex.code))


def _company_phrase(lex: Lexicon, phrase: str) -> bool:
    """Whether ``phrase`` is a name of capitalised words, perhaps after its article and with the small words that join
    a name's parts in any language between them, no person's (no first name opens it, no role heads it): a company's
    name with no body's word ("Hydro-Québec", "Acuamed"), or a body's in another language than the article's ("Die
    Asociación Argentina de Descendientes de Alemanes del Volga, Ortsgruppe Crespo,")."""
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in lex.definite:
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(".") in _ANY_LEGAL_FORMS:
        words = words[:-1]  # (its legal form closing it: "Die Kieler Verkehrsgesellschaft mbH (KVG),")
    if not 1 <= len(words) <= _BODY_OPENING_WORDS or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in _NAME_JOINER_WORDS for w in words):
        return False
    return not known_first_name(words[0]) and not title_role(words[0].lower(), lex)


def _place_link(lex: Lexicon, words: list[str], i: int) -> bool:
    """Whether the word at ``i`` (inside the name) of a body's name links the parts of a place's name inside it: a
    preposition, an article or their abbreviation in lower case ("an der", "a.d.", "upon") after a capitalised word
    (or another such word: "Neustadt an der Waldnaab") and before one."""
    word = words[i]
    if not word.islower():
        return False
    after_name = words[i - 1][:1].isupper() or i > 1 and _place_link(lex, words, i - 1)
    if not after_name:
        return False
    low = word.lower()
    small = low in lex.prepositions or low in lex.definite or _LINK_ABBREVIATION.fullmatch(low) is not None
    return small and (words[i + 1][:1].isupper() or words[i + 1].islower() and words[i + 1] in lex.definite)


_LINK_ABBREVIATION = re.compile(r"[a-zäöü]\.[a-zäöü]{1,2}\.")  # "a.d.", "i.d.", "o.d." of a German place's name


_BODY_OPENING_WORDS = 14  # the most words of a body's name opening a sentence before its sub-unit (and its article)


_NEIGHBOUR_CHARS = 12  # the characters read on each side of a subject for the word next to it
_ELIDED_OF_PART = frozenset(("d'", "d’", "l'", "l’"))  # a link or an article written onto the next word
_WORD_BEFORE_CHARS = 24  # the characters read before a subject for the word next to it ("l'aménagement")


def _whole_body(g: Grammar, subject: re.Match[str]) -> re.Match[str] | None:
    """The whole long name of the body a cue's subject found a piece of (``cast.whole_body``), or None."""
    span = whole_body(g.lexicon, subject.string, subject.start("who"), subject.end("who"))
    return _span_pattern(span[1] - span[0]).match(subject.string, span[0]) if span is not None else None


def _joined_body(g: Grammar, window: str, floor: int, subject: re.Match[str]) -> re.Match[str] | None:
    """The whole name of the body whose last words a cue's subject found right after an "and" is, when that "and"
    stands in the body's "of" part ("the Department for Libraries and Archives noted", "la Secretaría de Pueblos y
    Comunidades Indígenas apunta"; see ``_body_subject``); None for a body and someone else ("the Leeds City Council
    and Mayor Joe Pratt said": two)."""
    end = subject.end("who")
    if window[end : end + 1] != " ":
        return None
    body = _body_subject(g, window, floor, end + 1)
    if body is None:
        return None
    words = body.group("who").lower().split()
    joined = next((i for i, word in enumerate(words) if word in g.lexicon.and_words), len(words))
    return None if _of_words(g.lexicon.code).isdisjoint(words[:joined]) else body


def _withheld_subject(g: Grammar, window: str, floor: int, verb: int) -> re.Match[str] | None:
    """The indefinite description a restrictive relative clause withholding a name follows, that clause right before a
    cue verb ("Un lanchero de la cooperativa que pidió el anonimato aseguró:", "A boatman who asked not to be named
    said:", "Une riveraine qui a requis l'anonymat raconte :"): someone the article leaves unnamed speaks, never a word
    of the clause ("el anonimato"); None when there is no such clause."""
    lex = g.lexicon
    spans = [m.span() for m in _NON_SPACE.finditer(window, floor, verb)]
    low = [window[a:b].lower().strip(",") for a, b in spans]
    relative = next((i for i in range(len(low) - 1, 0, -1) if _relative_word(lex, low[i])), 0)
    clause = " ".join(low[relative:])
    withheld = withholds_name(lex, clause)
    # (a clause set off by commas after a description of one word or more past its indefinite article counts the same:
    # "A guide working out of Glenbrittle, who asked not to be named, said:", never the place in the description)
    if not relative or window[spans[relative - 1][1] - 1] == "," or not withheld:
        return None  # (a clause set off by commas is read as such: "A driver, who asked not to be named, said:")
    if any(mark in clause for mark in ".!?;:"):
        return None  # ("Un vecino que pidió el anonimato habló. Luego Ana dijo:": the clause ended its sentence)
    opening = next((i for i in range(relative - 1, -1, -1) if low[i] in lex.indefinite), -1)
    if opening < 0 or _CLAUSE_STOP.search(window, spans[opening][0], spans[relative - 1][1] - 1):
        return None  # ("Ana Ruiz, de una cooperativa que pidió el anonimato, dijo": a clause of another noun)
    at, end = spans[opening][0], spans[relative - 1][1]
    end -= window[end - 1] == ","
    return _span_pattern(end - at).match(window, at)


def _agent_after(lex: Lexicon, text: str, verb: re.Match[str]) -> bool:
    """Whether a cue verb is a participle its agent link follows ("annoncée par", "decretada por", "announced by"): a
    passive, whose subject said nothing (the agent acted, and the quote before it is no one's words)."""
    following = text[verb.end() : verb.end() + _AGENT_LINK_REACH].split(maxsplit=1)[:1]
    return bool(lex.agent_link) and following == [lex.agent_link] and _participle(lex, verb.group().lower())


_AGENT_LINK_REACH = 8  # the characters after a verb read for the agent link ("  par ")


def _document_noun(g: Grammar, text: str, verb: re.Match[str]) -> bool:
    """Whether a cue verb's form that is also a document's noun (lexicon ``document_nouns``: report, note, post) is the
    noun there, after a determiner and at most an adjective ("its final report", "the report", "seinen Bericht" is no
    verb form): read over a whole sentence, "The church released its final report into “activist” nuns" has no cue."""
    if verb.group().lower() not in g.lexicon.document_nouns:
        return False
    at = verb.start()
    previous = text[at - 30 if at > 30 else 0 : at].split()[-2:]
    # (an owner's possessive determines it too: "the Bureau's warning", "the Bureau's latest warning")
    determining = [w.lower() in g.lexicon.determiners or bool(_POSSESSIVE_END.search(w)) for w in previous]
    if determining and determining[-1]:
        return True
    return len(previous) == 2 and determining[0] and previous[1].isalpha()


def _parenthetical(text: str, verb: re.Match[str]) -> bool:
    """Whether a verb stands alone between commas (", precisó,")."""
    return text[: verb.start()].rstrip().endswith(",") and text[verb.end() :].lstrip().startswith(",")


_POSSESSIVE_END = re.compile(r"[’']s$")
_APOSTROPHE = re.compile(r"[’']")
# How far back from the end a match of _POSSESSIVE_END may start: two characters, then a last newline
_POSSESSIVE_END_REACH = 3


_Args = ParamSpec("_Args")
_Answer = TypeVar("_Answer")
_PER_LANGUAGE_ANSWERS = 4096  # the distinct speaker spans of a run, per function (a tune pass of PolNeAR: ~350)


def _per_language(
    function: Callable[Concatenate[Grammar, _Args], _Answer],
) -> Callable[Concatenate[Grammar, _Args], _Answer]:
    """``function`` of a language's grammar and words, its answers kept per language: it reads nothing else (no cast,
    no text around the words), and a speaker's span is read again at each quote that credits them ("he", "Trump")."""

    def answer(code: str, *args: Any, **kwargs: Any) -> _Answer:
        return function(grammar(code), *args, **kwargs)

    kept: Callable[..., _Answer] = lru_cache(maxsize=_PER_LANGUAGE_ANSWERS)(answer)

    @wraps(function)
    def call(g: Grammar, *args: _Args.args, **kwargs: _Args.kwargs) -> _Answer:
        return kept(g.lexicon.code, *args, **kwargs)

    return call


_NOUNLESS_WORDS = 2  # lower-case words after a determiner past which, with no noun, a subject is a clause


@_per_language
def _plausible(g: Grammar, who: str, possessive: bool = False) -> bool:
    lex = g.lexicon
    words = who.split()
    # (searched from near the end: from the start, a pattern ending on "$" is tried at every place)
    if not words or not possessive and _POSSESSIVE_END.search(who, max(0, len(who) - _POSSESSIVE_END_REACH)):
        return False  # "Trump’s comments had ..." is no speaker and verb
    if words[0].lower() in lex.determiners:
        # (in a language that capitalises its nouns, a definite article and words all in lower case is a relative
        # clause, no description: "Ein Standbetreiber vom Markt, der anonym bleiben wollte, sagte:" names no "der
        # anonym …"; "eine von ihnen", "einer von hinten" are someone unnamed)
        return len(words) > 1 and not (
            lex.capitalised_nouns
            and len(words) > _NOUNLESS_WORDS
            and words[0].lower() in lex.definite
            and all(w[:1].islower() for w in words[1:])
        )
    if who.lower() in lex.demonstratives:
        return True  # "Diese", "Ce dernier": one of the people named last (``Cast.resolve``)
    if len(words) > 1 and words[0] in lex.quoting_verbs:
        return False  # "recoge el diario La Voz" (of "Según recoge el diario La Voz"): who reported, not who spoke
    opening = words[0].lower()
    if lex.capitalised_nouns and len(words) > 1 and opening in lex.prepositions and opening not in lex.name_particles:
        # "Am Morgen sagte der Bürgermeister Müller:": in a language that capitalises nouns, a phrase of time opening
        # the sentence is no name ("Von der Leyen" is; elsewhere "From Bush's Facebook post:" is read as Bush's)
        return False
    if len(words) == 1:
        word = words[0].lower()
        if word in lex.titles and word not in lex.subject_pronouns:
            return False  # "Executive" of "Anna Berg, Chief Executive, said": a title alone is no one
        if words[0] in lex.question_labels or words[0] in lex.answer_labels or word in lex.prepositions:
            return False  # "Frage: „...“", "Q:": an interview's label names no one; nor does "Desde" opening a sentence
        if word in lex.number_words:
            return False  # "Siete de los ocho tripulantes del pesquero «…»": a number opening the sentence
        if word in lex.relative_pronouns or word.lstrip("¿") in _ASKING_WORDS[lex.code]:
            # "«…» Quien lo dice es la ganadora, …": who says it is named after the verb (a back credit); "¿Quién habla
            # así? Marta Ruiz": who asks it, the name answering the question (``_asked_who``)
            return False
        head = _APOSTROPHE.split(word, maxsplit=1)[0]
        if head != word and (head in lex.pronouns or head in lex.not_names):
            return False  # "I'm", "It's", "That's": a contraction is no one's name
        if lex.participle_endings and _participle(lex, word) and word not in lex.participle_endings:
            # "Interrogée sur le financement, la candidate a répondu": a participle opens the clause (a surname that
            # is one whole, "Read said", stays a name)
            return False
        speaks = word in lex.subject_pronouns or word in lex.indefinite_people  # ("Someone shouted": no one named)
        return (speaks or word not in lex.not_names) and not word.endswith("ing")
    # ("Mr Dean", "Richard Dean": a title word after a courtesy title or a first name is a surname)
    titles = all(w.lower().strip(".") in lex.titles or w.lower() in lex.not_names for w in words)
    return not titles or title_surname(words, len(words) - 1)


# Initials joined by full stops, ending a name's first part ("J.J. MacNab"): in a name, no sentence end.
_INITIALS = re.compile(rf"{_INITIAL}(?:[A-Z]\.)+$")


def _sentence_in(who: str) -> int:
    """Where the first sentence of a cue's speaker span ends (a long name run may read past a full stop; an initial's
    full stop ends it before a courtesy title: "sagte Herr K. Frau M. ergänzte")."""
    if _STOPS.isdisjoint(who):
        return len(who)  # (no break opens without a stop; most speakers' spans hold none: the scan is spared)
    for brk in _SENTENCE_BREAK.finditer(who):
        gap = brk.start("gap")
        if not _is_abbreviation(who, gap) and not _INITIALS.search(who, 0, gap) or _stop_ends(who, gap, brk.end()):
            return gap
    return len(who)


@_per_language
def _described(g: Grammar, who: str) -> tuple[str, str] | None:
    """The description and the name of a speaker given as both ("the assailant, John McGraw"; "the base chief known as
    Bob", lexicon ``naming_words``, ``known_as_phrases``)."""
    described, _, given = who.rpartition(", ")
    if (known := _goes_by(g.lexicon, who)) is not None:
        described, given = known
    # (the name may open on its title's article: "the Bishop of Elmsbury, the Rt Rev Rowan de la Cour")
    words = given.split()
    lex = g.lexicon
    # (or on a role noun in lower case, perhaps after an elided article: "said the introducer, actress Jane Curtis", "a
    # déclaré son porte-parole, l'avocat Jean Curtis")
    named = given[:1].isupper() or len(words) > 1 and words[-1][:1].isupper() and (
        words[0] in lex.definite or words[0].islower() and bool(title_role(words[0].removeprefix("l'"), lex))
    )
    # (the description opens on a determiner, or on its role when the cue's grammar took the article: "afirmó la
    # consejera de Agricultura, Rosario Márquez"; or an owner: "Clinton's introducer, actress Jamie Lee Curtis")
    opener = described.split()[0].lower() if described else ""
    if described and named and (
        opener in lex.determiners or opener in lex.titles or opener in lex.role_nouns or _possessive(opener)
    ):
        return described, given
    return None


def _goes_by(lex: Lexicon, who: str) -> tuple[str, str] | None:
    """A description and the name a naming word or phrase after it gives ("the base chief known as Bob", "un hombre
    conocido como Bob", "a man named Bob", "the chief known as the Butcher"), or None: the name is capitalised (perhaps
    after its article) and closes the mention; a thing's name is no one's ("a boat called Kingfisher")."""
    if " " not in who:
        return None
    low = who.lower()
    for phrase in _naming_phrases(lex.code):
        at = low.rfind(phrase)
        if at <= 0:
            continue
        name = who[at + len(phrase) :]
        first, _, rest = name.partition(" ")
        described = who[:at].rstrip(" ,")
        if (name[:1].isupper() or first in lex.definite and rest[:1].isupper()) and (
            described.rpartition(" ")[2].lower() not in lex.thing_nouns
        ):
            return described, name
    return None


@lru_cache(maxsize=8)
def _naming_phrases(code: str) -> tuple[str, ...]:
    """A lexicon's naming words and phrases, each between spaces, the longest first (searched in a mention lowered)."""
    lex = LEXICONS[code]
    return tuple(f" {p} " for p in sorted(lex.naming_words | lex.known_as_phrases, key=lambda p: (-len(p), p)))


@per_language
def _document_in(code: str) -> re.Pattern[str]:
    """A document and the publication it ran in: "a Wednesday editorial in The Des Moines Register" (the paper
    speaks)."""
    lex = LEXICONS[code]
    if not (lex.document_nouns and lex.publication_links and lex.determiners):
        return re.compile(NEVER)
    return re.compile(
        rf"(?:{phrases(lex.determiners)})\s+(?:[\w-]+\s+){{0,2}}(?:{phrases(lex.document_nouns)})\s+"
        rf"(?:{phrases(lex.publication_links)})\s+(?-i:(?=[{CAPITALS}]))(\S.*)$",
        re.I,
    )


@per_language
def _authored(code: str) -> re.Pattern[str]:
    """A document, a participle and its agent's link, and the author after them: "un communiqué publié par la mairie de
    Rennes", "un comunicado emitido por el Ayuntamiento" (the author speaks; English's are read by ``_DOCUMENT_BY``)."""
    lex = LEXICONS[code]
    if not (lex.document_nouns and lex.authored_participles and lex.agent_links and lex.determiners):
        return re.compile(NEVER)
    return re.compile(
        rf"(?:{phrases(lex.determiners)})\s+(?:[\w-]+\s+){{0,2}}?(?:{phrases(lex.document_nouns)})\s+"
        rf"(?:{phrases(lex.authored_participles)})\s+(?:{phrases(lex.agent_links)})\s+(\S.*)$",
        re.I,
    )


def _owned_kin(lex: Lexicon, words: list[str]) -> bool:
    """Whether two words are a possessive and a kin noun ("ihr Mann", "seine Frau")."""
    return words[0].lower() in lex.possessives and words[1].lower() in lex.family_kin


@lru_cache(maxsize=8)
def _untitled_not_names(code: str) -> frozenset[str]:
    """The words of a lexicon that name no one and are no title (computed once: thousands of words)."""
    return LEXICONS[code].not_names - LEXICONS[code].titles


def _date_named(lex: Lexicon, words: list[str]) -> bool:
    """Whether a mention opens on a weekday or a month capitalised before a name in a language that writes them in
    lower case: a first name ("Domingo Trujillo Padrón"), no day."""
    return not lex.capitalised_dates and words[0][:1].isupper() and words[0].lower() in lex.date_words and (
        words[1][:1].isupper()
    )


def _article_written(lex: Lexicon, who: str) -> str:
    """A role after a link of "of" and an article in one word, with that article ("del alcalde" -> "el alcalde", "du
    maire" -> "le maire", "des Bürgermeisters" -> "der Bürgermeister": a genitive's ending dropped where the word
    without it is a role); ``who`` as it was otherwise."""
    link, _, rest = who.partition(" ")
    article = lex.contracted_articles.get(link.lower())
    if article is None or not rest:
        return who
    words = rest.split()
    role = False
    for i, word in enumerate(words):
        low = word.lower()
        stems = (low[: -len(e)] for e in lex.genitive_endings if low.endswith(e))
        stem = next((s for s in stems if not title_role(low, lex) and title_role(s, lex)), None)
        words[i] = word[: len(stem)] if stem else word
        role = role or bool(stem or title_role(low, lex))
    # (only a role: "Laut des Gutachtens" names a document, no one)
    return f"{article} {' '.join(words)}" if role else who


def _document_of(lex: Lexicon, who: str) -> str:
    """The document and whom it is of that a cue's span names, whole, where every noun is capitalised ("dem Bericht
    der Feuerwehr", "Bericht der Feuerwehr" of "Laut Bericht der Feuerwehr" and "Im Bericht der Feuerwehr"), or ""."""
    words = who.split(maxsplit=2)
    if len(words) < 3:
        return ""
    if words[1].lower() in lex.document_nouns:
        who = who if words[0].lower() in lex.articles else who.split(maxsplit=1)[1]  # ("Laut", "Im": no article)
    elif words[0].lower() not in lex.document_nouns:
        return ""
    return who if document_owned(lex.code).fullmatch(who) else ""


@_per_language
def _mention(g: Grammar, who: str) -> str:
    """The speaker as the article names them at the cue, without leading function words."""
    lex = g.lexicon
    who = re.sub(r"\s+\([^()]*\)$", "", who.strip(" ,"))
    who = who[: _sentence_in(who)]  # "Mme Anne Berger. Selon Mme Berger": one sentence only
    initial = _SURNAME_INITIAL_END.search(who) if who[-3:-2] == " " else None
    if initial is None or initial.group(1) in ALL_COURTESY_TITLES:
        who = who.rstrip(".")  # (not a given name's surname initial: "Mpho K." is her name whole; "M. B." is "B")
    if " ".join(who.lower().split()) in lex.demonstratives:
        return who  # "Ce dernier", "the latter": whole, though "dernier" may end a time ("le mois dernier")
    if described := _described(g, who):
        # "the assailant, John McGraw": the name the description gives; but a body and its unit, "Das
        # Regierungspräsidium Gießen, Dezernat Gewässerschutz", is the body
        who = described[0] if _names_sub_unit(lex, described[1]) and _body_phrase(lex, described[0]) else described[1]
    who = _article_written(lex, who)  # ("Mit den Worten des Bürgermeisters": "der Bürgermeister")
    if lex.capitalised_nouns and (documented := _document_of(lex, who)):
        return documented  # "Laut dem Bericht der Feuerwehr „…“": the document of the body, whole (Cast._issuer)
    author = _DOCUMENT_BY.match(who) or _document_in(lex.code).match(who) or _authored(lex.code).match(who)
    if author:
        who = author.group(1)  # "a statement from the water board" -> "the water board"
    words = who.split()
    if len(words) > 2 and words[0].lower() in lex.source_links and words[0].lower() not in lex.name_particles:
        words = words[1:]  # "Desde el Ayuntamiento se informó:": where the words come from is the body (not "von der")
    while len(words) > 2 and (_trailing(lex, words[-1]) or _object_before_verb(lex, words[-1])):
        words = words[:-1]  # "The company's statement also (promised)", "La maire l'a (répété)"
    owner = next((i for i in range(len(words) - 2, max(0, len(words) - 4), -1) if _possessive(words[i])), 0)
    if owner and words[-1].lower() in lex.document_nouns:
        words = words[: owner + 1]  # "The council's statement" -> "The council('s)": the statement speaks for it
    untitled_not_names = _untitled_not_names(lex.code)
    while (
        len(words) > 1
        and words[0].lower() in untitled_not_names
        and words[0].lower() not in lex.demonstrative_determiners  # ("Ce dernier", "Dicho funcionario": as written)
        and words[0].lower() not in lex.determiners
        and not _date_named(lex, words)
        # (a German possessive before a kin noun alone is whose kin: "sagte ihr Mann", her husband)
        and not (lex.capitalised_nouns and len(words) == 2 and _owned_kin(lex, words))
    ):
        words = words[1:]  # not a title: "Ms Reeve" is the woman of two Reeves
    if words[0].lower() in lex.determiners:
        # "The former candidate continued" -> "The former candidate"
        # (never before its noun: "The email said" keeps "email", a cue verb too; nor at a capitalised word, a
        # name's: "the Washington Post reported")
        # (a participle modifies the noun: "a man calling himself Paul Paul"; one before no name opens a clause about
        # the speaker: "dijo el porquero frotándose las manos")
        # (nor after a preposition that makes it a noun: "The head of state")
        verbs = (
            i
            for i, w in enumerate(words)
            if i > 1 and w in lex.cue_verbs and not _gerund(lex, w) and words[i - 1] not in lex.noun_prepositions
        )
        cut = min(
            next(verbs, len(words)),
            _participle_clause_at(lex, words),
            _reduced_relative_at(lex, words),
            _group_verb_at(lex, words),
        )
        words = words[:cut]
    while len(words) > 1 and (words[-1].lower() in lex.date_words or _time_after_noun(lex, words)):
        words = words[:-1]  # "said Lindgren Tuesday", "sagt die 61-Jährige heute": the time is no part of the name
    words = words[: _object_article(lex, words)]
    counted = next((i for i, w in enumerate(words) if i and (w.isdigit() or w.lower() in lex.number_words)), None)
    # (not a number naming what letters name before it: "Los alumnos del CBTA 72", "the pupils of PS 118")
    lettered = (
        counted is not None
        and words[counted].isdigit()
        and (_lettered_word(words[counted - 1]) or _group_link(lex, words[:counted]) > 0)
    )
    if counted is not None and words[counted - 1][:1].isupper() and not lettered:
        words = words[:counted]  # "sprach Steinhöfel zwei Tage später": a span of time after the name, no part of it
    if len(words) > 3 and (link := _group_link(lex, words)) > 0:
        words = words[: _group_name_end(lex, words, link)]  # "Pupils of Arawa Primary School (stood at the bank)"
    who = _POSSESSIVE_END.sub("", " ".join(words))
    # "Robert Antonacci of the New York delegation" -> "Robert Antonacci", but
    # "Secretary of State John Kerry" keeps the name after the title.
    parts = re.split(r"\s+(?:of|for|at)\s+(?:the\s+)?", who)
    head = parts[0].split()[-1].lower()
    if head in lex.organisation_words or head in lex.sub_unit_words:
        # "The University of Northfield", "the Bank of England": one name; so is a unit's ("The Navajo Division of
        # Transportation": blind set 60 gave "Navajo Division")
        return who
    if len(parts) > 1 and parts[0].lower() in lex.people_body_nouns and parts[0][:1].isupper():
        return who  # "Friends of the Earth", "Doctors of the World": a body named by its people in the plural
    if len(parts) > 1 and title_role(parts[0].split()[-1], lex) in lex.voice_roles:
        return who  # "A spokesperson for the Department for Energy Security": the body the role speaks for
    if len(parts) > 1 and _group_of_a_kind(lex, parts):
        return who  # "The children of Tawhiti school": a group, no person before its "of" part
    if len(parts) > 1 and _group_link(lex, words) > 0 and words[0].lower() not in lex.group_nouns:
        # "Students of Naparima Girls' High School", "Boys of the … club": a group, not its noun alone ("Members of
        # the Leith Rowing Club", a noun of ``group_nouns``, is read as no one further on)
        return who
    if len(parts) > 1 and words[0].lower() in lex.indefinite:
        return who  # "A guide working out of Glenbrittle": someone unnamed, described by a place, never the place
    if len(parts) > 1 and who[:1].isupper():
        named = [p for p in parts if strip_titles(p) and strip_titles(p).split()[0][:1].isupper()]
        if named:
            return named[0] if strip_titles(parts[0]) else strip_titles(named[-1])
    return who


def _group_name_end(lex: Lexicon, words: list[str], link: int) -> int:
    """Where a group's subject ends after the name its link gives, when the words run on into the verb: the first word
    in lower case after a capitalised word of that name, no link, article, preposition nor "and", before one of them
    or a possessive ("Pupils of Arawa
    Primary School | stood at the bank and chanted:", "The children of Pulau School | ran down the Hill of
    Difficulty shouting:"); the end when no name stands there ("the pupils of the village school")."""
    named = False
    for i in range(link + 1, len(words)):
        word = words[i]
        if _possessive(word):
            break  # ("Students of Chinle Junior High School's Diné language class": the name owns a noun phrase)
        if word[:1].isupper():
            named = True
        elif named and word.isalpha() and not _name_link_word(lex, word) and i + 1 < len(words):
            # (a verb takes its phrase: a link, an article, a possessive or a particle after it, "stood at", "lined
            # the", "raised their", "ran down"; a noun of the name's kind does not: "the children of Tawhiti school")
            following = words[i + 1].lower()
            if _name_link_word(lex, following) or following in lex.possessives or following in lex.verb_particles:
                return i
    return len(words)


def _name_link_word(lex: Lexicon, word: str) -> bool:
    """Whether a word in lower case is a link, an article, a preposition or an "and": inside a name ("Hill of
    Difficulty", "Bürgerverein der Altstadt")."""
    return (
        word in lex.of_links
        or word in lex.determiners
        or word in lex.prepositions
        or word in lex.and_words
        or word in lex.name_particles
    )


def _lettered_word(word: str) -> bool:
    """Whether a word is letters in capitals naming a school, a unit or a body ("CBTA", "PS", "CETIS")."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _group_of_a_kind(lex: Lexicon, parts: list[str]) -> bool:
    """Whether a subject split at its "of" links is a group's noun phrase ("The children", ``_group_phrase``) of a
    thing its kind noun in lower case ends ("Tawhiti school", "the village's elementary school"): no person named
    before the link (as in "Robert Antonacci of the New York delegation"), and no body's own name after it ("The
    officials of Acme Corp" is Acme Corp, as before)."""
    words = parts[0].split()
    kind = parts[-1].split()[-1]
    return kind.isalpha() and kind.islower() and _group_phrase(lex, words) == len(words)


def _object_before_verb(lex: Lexicon, word: str) -> bool:
    """Whether a word closing a subject is the object pronoun before its verb, no part of the name: an elided one ("La
    maire l'a répété") or a definite article in lower case, which no name ends on ("Le conseil régional de l'Ardèche
    le rappelle", "… les prévient")."""
    return bool(_ELIDED_OBJECT.fullmatch(word.lower())) or word in lex.definite or word in lex.plural_definite


def _participle_clause_at(lex: Lexicon, words: list[str]) -> int:
    """Where a description's words go on into a clause about the speaker: a gerund in lower case after its noun, then
    its object's determiner and no name ("el porquero frotándose las manos", "the farmer rubbing his hands"; not "a man
    calling himself Harbour Hal", nor a gerund before the noun, "the chief operating officer"), or the end."""
    for i in range(2, len(words) - 1):
        if words[i].islower() and _gerund(lex, words[i]) and _object_opens(lex, words[i + 1]):
            return len(words) if any(w[:1].isupper() for w in words[i + 1 :]) else i
    return len(words)


def _group_verb_at(lex: Lexicon, words: list[str]) -> int:
    """Where a group's description runs on into its verb and that verb's object, the cue a second verb after them
    ("the young sailors banged their oars on the hull and chanted:", "los hinchas soltaron un grito y corearon:",
    "the volunteers raised a glass and shouted"): a word in lower case, no link nor small word, right after a noun in
    the plural in lower case and before a determiner or a possessive opens the verb's clause; or the end. Not a noun
    of a name's ("the Rovers fans"), nor a link ("the pupils of the school", "les élèves du lycée")."""
    for i in range(2, len(words) - 1):
        word, noun = words[i], words[i - 1]
        if not (word.isalpha() and word.islower() and noun.isalpha() and noun.islower() and len(noun) > 3):
            continue
        small = word in lex.stopwords or word in lex.prepositions or word in lex.determiners or word in lex.of_links
        plural = any(noun.endswith(ending) for ending, _ in lex.plural_endings) or noun in lex.collective_nouns
        if plural and not small and word not in lex.and_words and _object_opens(lex, words[i + 1]):
            return i
    return len(words)


def _reduced_relative_at(lex: Lexicon, words: list[str]) -> int:
    """Where a description's words go on into a past participle after its noun for a person, opening a clause about
    them whose words the mention no longer holds ("the driver involved (in the crash)", "the chief known (for his
    temper)", "the woman pictured above", "le chauffeur impliqué (dans l'accident)", "la vecina entrevistada (por la
    radio)"): the participle ends the mention, or only prepositions of place follow it; the word before it is a noun
    for a person (a role, a title or a person's ending) and the participle no role itself ("le jeune retraité", "el
    diputado", "the retired teacher" keep their words). The end when there is none."""
    if words[0].lower() not in lex.definite:
        return len(words)  # (an indefinite description is someone new: "Joe Madison, a talk radio host considered …")
    end = len(words)
    while end > 3 and words[end - 1] in lex.prepositions:
        end -= 1  # ("pictured above")
    if end < 3:
        return len(words)
    participle, noun = words[end - 1], words[end - 2].lower()
    if participle in lex.title_participles:
        return len(words)  # ("la ministre déléguée", "la gobernadora electa": a title's own word, another office)
    if not participle.isalpha() or not participle.islower():
        return len(words)
    # ("seen", "given": words of the stop list too, listed)
    if participle not in lex.irregular_participles and (
        not participle.endswith(lex.participle_endings) or participle in FUNCTION_WORDS
    ):
        return len(words)
    if _role_word(lex, participle) or not noun.isalpha() or not (_role_word(lex, noun) or person_ending(noun)):
        return len(words)
    return end - 1


def _object_opens(lex: Lexicon, word: str) -> bool:
    return word in lex.determiners or word in lex.possessives


def _time_after_noun(lex: Lexicon, words: list[str]) -> bool:
    """Whether a mention ends on a time word in lower case after a word in no lower case (a name, a German noun: "die
    61-Jährige heute"); not after a word of its own phrase ("an update last week", "la alcaldesa esta tarde")."""
    return words[-1] in lex.time_words and not words[-2][:1].islower()


def _object_article(lex: Lexicon, words: list[str]) -> int:
    """Where an article or a possessive after a name opens the object of the cue, in a language that capitalises nouns
    ("sagte Aigner der Rundschau", "sagte Spahn den Zeitungen", "erklärte Keller seinen Zuhörern", "sagte Keller einem
    Sender"): an article right after a name word that is no particle itself (not "von der Leyen"), in a span that opens
    on no determiner or quantifier and whose word before the article is no role (there it is what the role is of: "Ein
    Sprecher der RMF", "Sprecherin der Polizei", "Einige Mitglieder der AfD") and that opens an object only before a
    noun of its case (lexicon ``particle_articles``: "sagte Ruud den Boer" is a name, "sagte Spahn den Zeitungen" is
    not) or after a given name and a surname ("So stellte Corinne Bühlmann den Entwurf vor": a particle name has one
    given name before its particle); the whole span when there is none."""
    opening = words[0].lower() if words else ""
    if not lex.capitalised_nouns or not opening or opening in lex.determiners or opening in lex.quantifiers:
        return len(words)
    for i in range(1, len(words) - 1):
        before, word = words[i - 1].lower(), words[i]
        article = word in lex.definite or word in lex.possessives or word in lex.addressee_articles
        if article and before not in lex.name_particles and words[i - 1][:1].isupper():
            endings = lex.particle_articles.get(word)
            run = i + 1
            while run < len(words) - 1 and words[run + 1][:1].isupper():
                run += 1  # (the noun ends the capitalised run after the article: "den Stuttgarter Nachrichten")
            named = all(w[:1].isupper() for w in words[:i])  # (a name's words alone before it: not "Mitglieder den")
            surnamed = i > 1 and known_first_name(words[i - 2])  # (a given name and a surname before it)
            if endings is not None and named and not surnamed and not words[run].rstrip(".,;:").endswith(endings):
                continue  # "Ruud den Boer": an article that is also a name's particle, before no noun of its case
            # (nor a body's noun: what the body is of, "Der Verein der Pendler und Fahrgäste im Budaer Umland", tune
            # set 50 gave "Verein")
            body = before in lex.organisation_words or before in lex.sub_unit_words
            return len(words) if _role_word(lex, before) or body else i
    return len(words)


_ADDRESSEE_CHARS = 60  # characters before a speaker's name read for a phrase of whom words went to
_ADDRESSEE_NAME_WORDS = 4  # an outlet's words before the name's last ("dem Schwarzwälder", "the Herald")


def _spoken_to(g: Grammar, text: str, start: int, stop: int) -> bool:
    """Whether the name ``text[start:stop]`` is whom words went to, never who said them: after a phrase of the
    lexicon's ``addressee_phrases`` ("told", "gegenüber", "au micro de", "en declaraciones a") or a cue verb and an
    addressee preposition ("a déclaré à", "dijo a"), with an outlet's determiner and capitalised words between
    ("Gegenüber dem Schwarzwälder Boten"), or before a postposition ("Dem Mindener Tageblatt gegenüber")."""
    lex = g.lexicon
    # (a language with no postposition of whom words went to, all but German, splits no words after the name)
    after = text[stop : stop + _PLACE_WORD_CHARS].split(maxsplit=2)[:2] if lex.addressee_postpositions else []
    if after and after[0] in lex.addressee_postpositions:
        # (not a preposition opening a phrase after the speaker: "sagte Volker Rinke gegenüber der Zeitung")
        return len(after) < 2 or after[1][:1].islower() and after[1] not in _phrase_openers(lex.code)
    words = text[max(0, start - _ADDRESSEE_CHARS) : start].lower().split()
    if _addressee_ends(lex.code).isdisjoint(words[-_ADDRESSEE_NAME_WORDS:]):
        return False  # (the widest reach below first, in C: most names follow none of the words it can say yes on)
    # (the outlet's words before the name are read over only for a name a capitalised run ends: "dem Schwarzwälder
    # Boten"; a speaker opening on a determiner after an outlet speaks: "a confié à Ouest-France le mareyeur")
    reach = _ADDRESSEE_NAME_WORDS if text[start : start + 1].isupper() and text[start:stop].split()[0].lower() not in (
        lex.determiners
    ) else 1
    if _addressee_ends(lex.code).isdisjoint(words[-reach:]):
        return False  # (no word read below ends a phrase of whom words went to or is an addressee's preposition)
    for _ in range(reach):
        if not words:
            return False
        if any(" ".join(words[-size:]) in lex.addressee_phrases for size in range(1, min(len(words), 5) + 1)):
            return True
        last = words[-1]
        addressed = last in lex.addressee_prepositions or last in lex.addressee_articles
        if addressed and len(words) > 1 and words[-2] in lex.cue_verbs:
            return True  # ("a déclaré à Ouest-France", "dijo a Clarín", "sagte dem Tagesspiegel")
        if last.endswith((".", "!", "?", ":", ";", ",", "»", "“", "”", "«", "„")) or last.isdigit():
            return False  # (the sentence before, the quote's own marks, or a comma closing a phrase before a subject)
        written = text[max(0, start - _ADDRESSEE_CHARS) : start].split()[len(words) - 1]
        if not (written[:1].isupper() or last in lex.determiners or last in lex.articles):
            return False
        if len(written) > 1 and written.isupper():
            return False  # (an agency's letters are the whole outlet, the name after them speaks: "dijo a EFE Urquiza")
        words.pop()
    return False


@lru_cache(maxsize=8)
def _phrase_openers(code: str) -> frozenset[str]:
    """Words that open a noun phrase (lower case): the lexicon's determiners, articles and possessives ("gegenüber dem
    Sender", "gegenüber seinem Blatt" open a phrase after the speaker; a verb after "gegenüber" closes one before)."""
    lex = LEXICONS[code]
    return lex.determiners | lex.articles | lex.possessives


@lru_cache(maxsize=8)
def _addressee_ends(code: str) -> frozenset[str]:
    """The words :func:`_spoken_to` can say yes on (lower case): the last word of each of the lexicon's
    ``addressee_phrases``, its ``addressee_prepositions`` and ``addressee_articles``."""
    lex = LEXICONS[code]
    return frozenset(p.split()[-1] for p in lex.addressee_phrases if p.strip()) | (
        lex.addressee_prepositions | lex.addressee_articles
    )


def _name_before_object(lex: Lexicon, phrase: str) -> str | None:
    """The name a capitalised run opens on when an article after two capitalised words or more opens the verb's
    object, in a language that capitalises nouns ("Irmgard Stock den Hof", "Gerlinde Auer den Kiosk": a verb-second
    sentence's subject after its verb; a name's particle follows one given name, "Ruud den Boer", or another particle,
    "Ursula von der Leyen"); None for a run with no such article."""
    words = phrase.split(" ")
    for at in range(2, len(words) - 1):
        word = words[at]
        if word in lex.definite and word[:1].islower() and words[at - 1].lower() not in lex.name_particles:
            return " ".join(words[:at]) if all(w[:1].isupper() for w in words[:at]) else None
    return None


def _trailing(lex: Lexicon, word: str) -> bool:
    """Whether a word after a subject, as written, is no part of it ("also", "l'a", "itself", "danach"; a capitalised
    word closes a name: "la DRAC Grand Est" has no verb "est")."""
    return word in lex.cue_adverbs or word in lex.subject_tails


_NAME_INITIALS = CAPITALS  # what a name word of NAME_RUN starts with (a capital, an initial, a title)


@lru_cache(maxsize=8)
def _kin_endings(code: str) -> frozenset[str]:
    """(speed59) The last letters of a language's nouns of kin by blood (lexicon ``blood_kin``): a word before a name
    that ends on none, in lower case, is no such noun (``Cast.after_kin``, asked only then)."""
    return frozenset(word[-1] for word in LEXICONS[code].blood_kin)


@per_language
def _subjects(code: str) -> re.Pattern[str]:
    """Capitalised runs and the singular personal pronouns of a language ("he", "she"): whichever
    comes first in a sentence is what the sentence is about."""
    lex = LEXICONS[code]
    forms = [w for w in lex.subject_pronouns if (p := lex.pronouns.get(w)) and p.number is Number.SINGULAR]
    forms = [w for w in forms if lex.pronouns[w].gender in (Gender.MALE, Gender.FEMALE)]
    # (the longest first, then in order: the same pattern in every process, which the regex cache then finds)
    ordered = sorted({*forms, *(w.capitalize() for w in forms)}, key=lambda w: (-len(w), w))
    # The character either alternative starts with is matched first, by a class: the engine then skips every other
    # position at once instead of trying both alternatives there (two thirds of the reader's scan). Each alternative
    # then reads the rest of its word and checks the whole word by a look-behind: "\bshe\b" reads "he(?<=\bshe)\b"
    # (the match still starts at "s").
    first = rf"[{_NAME_INITIALS}{re.escape(''.join(sorted({w[0] for w in forms})))}]"
    pronoun = "|".join(rf"{re.escape(w[1:])}(?<=\b{re.escape(w)})" for w in ordered)
    # (a run opens on a capital, or on a hyphened particle's letter the class admits for a pronoun: "el-Sisi" after
    # "er", "elle", "ella"; in English on a capital alone)
    run = name_run_after_first("".join({w[0] for w in forms}))
    return re.compile(rf"{first}(?:(?P<pronoun>(?:{pronoun})\b)|{run})" if forms else NAME_RUN)


@per_language
def _comma_descriptions(code: str) -> re.Pattern[str]:
    """A definite description after a comma, which may be the subject of the main clause: "Asked about it,
    the candidate shrugged"."""
    definite = "|".join(re.escape(w) for w in LEXICONS[code].definite if w.isalpha())
    return re.compile(rf", (?:{definite}) " if definite else NEVER)


@lru_cache(maxsize=8)
def _openers(code: str) -> frozenset[str]:
    """Words that open a clause or phrase before a sentence's subject ("when", "after", "at", "in"):
    subordinators and prepositions of a lexicon; not the determiners ("that"), nor the words that name
    whose view the sentence gives ("To professor Brigid Harrison, it seemed ...", "For Chait, ...")."""
    lex = LEXICONS[code]
    return (lex.subordinators | lex.prepositions) - frozenset(lex.determiners) - lex.viewpoint_words


# The rest of a description opening a sentence, then a name in apposition after its comma ("The Acme Group's CEO,
# Jo Bloggs,"; "Die Qualitätsleiterin des Unternehmens, Dr. Anja Seidl,"): bounded, one class.
_APPOSITIVE_NAME = re.compile(rf",\s[{CAPITALS}]")
# A name in apposition after a comma, perhaps after an article and a noun for the person ("..., l'éleveur Denis
# Jeannin,", "..., el doctor Tomás Acosta,", "..., the farmer Ann Roe,", "..., the veteran food writer Ann Roe,",
# "..., food writer Ann Roe,"): the lower-case words before the capital
_APPOSED_WORDS = re.compile(rf",\s((?:[^\W\d_{CAPITALS}][\w’'-]*\s){{1,4}})(?=[{CAPITALS}])")
_CLOSED_NAME = re.compile(rf"{NAME_RUN},")  # a name its comma closes ("Farid Hashim,")
_NAME_AFTER_DESCRIPTION = re.compile(rf"[^,.;:!?\n]{{0,60}},\s[{CAPITALS}]")


_Standing = tuple[bool, bool, bool, bool]  # see _Reader._standing
_NOWHERE: _Standing = (False, False, False, False)  # (not worked out: for a run that can name no one and no body)


_ROLE_OF_CHARS = 40  # how far back a role in lower case and its link are read ("ministro de la")
# what a role is of runs to two words ("de Asuntos Exteriores", "of Homeland Security"); a run of three or more holds a
# name too ("the foreign minister of Lithuania Gabrielius Landsbergis said", a first name not in the list)
_ROLE_OF_WORDS = 2


# (per language: the openers of a sentence a name follows that are no part of it, looked up as one set)
_OPENERS_OF_NO_ONE = {code: frozenset((*lex.according_to, *lex.cleft_openers)) for code, lex in LEXICONS.items()}


class _Reader:
    """Names learnt from the text between quotes.

    The first person a sentence names is its topic (its subject, most often); so is a person
    named right before a cue verb ("..., Viguerie argues"). A name used as a modifier ("McConnell
    spokesman Don Stewart") or after a preposition ("a race against Sanders") is known but no topic.

    The text is read when the cast is next asked for (:attr:`cast`: a quote's cue names someone, a
    headline's speaker is looked for, or the organisations the quotes' speakers speak for), in the order
    it was given: what follows the last such question (the text after an article's last quote at least,
    a quarter of what a page has between quotes; all of it on a page whose quotes name no one) is never read.
    """

    def __init__(self, g: Grammar, new_cast: Callable[[], Cast], texts: Callable[[], Iterable[str]]) -> None:
        self.g = g
        self._new_cast = new_cast
        self._texts = texts
        self.fresh = True  # no person named yet in the current sentence
        self.sentence = 0  # where the current sentence starts in the text being read
        # the text and the start of the sentence last read for a presentational verb, and where that verb ends (or -1)
        self._presenting: tuple[str, int, int] | None = None
        # people named in a clause opening the sentence: "When Trump announced it, he said" is about them
        self.held: list[Person] = []
        # everyone named in that clause: "If we read Rubio’s strategy right when he says ..." is him
        self.in_clause: list[Person] = []
        self.runs = _subjects(g.lexicon.code)
        self.descriptions = _comma_descriptions(g.lexicon.code)
        # the generation words as the word after a name is split off ("jun.", "jun.,", "fils:"): a name's run is tried
        # for one only when the next word is one
        self._generations = _generations_as_split(g.lexicon.code)
        # (a sentence opening on a definite article, the one whose names ``_identified`` reads)
        self._definite_openings = _definite_openings(g.lexicon.code)
        self._preposition_openings = _preposition_openings(g.lexicon.code)
        # (an "and" right after a run, for one ``str.startswith``: "Enno und Hilke Janssen", see ``couple_named``)
        self._and_after = _and_after(g.lexicon.code)
        # (the contractions a body's name may go on past: " au ", " am ")
        self._contractions = _contraction_openings(g.lexicon.code)
        self._places = _place_words(g.lexicon.code)  # (the prepositions of place, see ``_placed``)
        self._place_before = _place_before(g.lexicon.code)
        # (whether the article writes a run's name without its first word more often than with it, per run: counted
        # over the article's texts once, so a page of many such runs stays linear; see ``_place_before_name``)
        self._written_alone: dict[str, bool] = {}
        # reads to make (text, start, end, aside); True: a new block, False: spoke
        self._queue: list[tuple[str, int, int, bool] | bool | str] = []

    @cached_property
    def acronyms(self) -> frozenset[str]:
        """The words the article writes in capitals as acronyms (see :func:`written_acronyms`), read when first asked
        for (a label in capitals)."""
        return written_acronyms(self._texts())

    @property
    def cast(self) -> Cast:
        """The cast, with every name of the text given so far."""
        queue, self._queue = self._queue, []
        for step in queue:
            if isinstance(step, bool):
                self.fresh = step
                if step:
                    self._cast.paragraph()  # (a new block: who this paragraph names starts afresh)
            elif isinstance(step, str):
                self._cast.heading(step)
            elif step[3]:
                with self._cast.aside():
                    self._read(*step[:3])
            else:
                self._read(*step[:3])
        return self._cast

    @cached_property
    def _cast(self) -> Cast:
        return self._new_cast()  # (made when first asked for: a page whose quotes name no one never asks)

    def read(self, text: str, start: int, end: int) -> None:
        self._queue.append((text, start, end, False))

    def aside(self, text: str, start: int, end: int) -> None:
        """Read text beside the running text (a caption: "Managing director Graham Thirsk in the empty despatch bay",
        "A general view of ..."): the people it names are known after it, but the text is about whom it was about."""
        self._queue.append((text, start, end, True))

    def _read(self, text: str, start: int, end: int) -> None:
        if start == 0 or _ends_sentence(text[start - 4 if start > 4 else 0 : start].rstrip()):
            self.fresh = True  # the quote just read ended its sentence
            self.sentence, self.held, self.in_clause = start, [], []
            self._cast.sentence()
            self._unnamed_opening(text, start)
        breaks = _breaks_between(text, start, end)
        count = len(breaks)
        cursor = 0
        read = start
        body_end = start  # the end of an organisation's "of" part: its runs name no one ("University of Tarrow")
        cast, lex = self._cast, self.g.lexicon
        genitives = bool(lex.genitive_endings)  # (a name in the genitive is looked for in German alone)
        age_words = AGE_WORDS[lex.code]
        kin_ends = _kin_endings(lex.code)
        institutions: list[int] = []  # where the names after an institution's noun open: they name no one else
        if lex.court_seats:  # (French and Spanish write a court's name in lower case, and some other bodies')
            for court in seated_bodies(lex.code).finditer(text, start, end):
                seated = cast.organisation(court.group()[:1].upper() + court.group()[1:])  # "le tribunal de Lyon"
                if court.lastgroup == "name":
                    cast.define(seated, court.group("name"))  # "San Íñigo informó": the "Residencia San Íñigo"
                    institutions.append(court.start("name"))
        places, place_before = self._places, self._place_before
        for match in self.runs.finditer(text, start, end):
            at, stop = match.span()
            while cursor < count and breaks[cursor] <= at:
                self.fresh = True
                self._unnamed_closing(text, self.sentence, breaks[cursor])
                self.sentence, self.held, self.in_clause = breaks[cursor], [], []
                self._cast.sentence()
                self._unnamed_opening(text, breaks[cursor])
                cursor += 1
            if at < body_end or institutions and at in institutions:
                continue  # ("la residencia Santa Clara": no woman named Clara)
            if text[at - 2 : at] == ": " and known_first_name(match.group().split(maxsplit=1)[0]):
                # "Die Rettung leitete sein Sohn: Tobias Stolz ist Einsatzleiter ...": a clause of its own, about him
                # (a full name, opened by a known first name: not "...: Klar Stellung bezogen")
                self.fresh, self.held, self.in_clause = True, [], []
            if self.fresh:
                self._comma_subject(text, read, at)
            read = stop
            if match.lastgroup == "pronoun":
                clause = self._in_opening(text, at, stop)
                if self.fresh and not clause and not self._subordinate(text, at):
                    for held in self.held:
                        cast.about(held)  # "When Trump announced it, he said": him, most likely
                    # "But on Sunday he endorsed Clinton": the sentence is about him, not her
                    cast.resolve(match.group())
                    self.fresh = False
                elif clause and (earlier := self._named_in_clause(match.group())) is not None:
                    # "If we read Rubio’s strategy right when he says ...": him (the main clause's subject comes after)
                    cast.about(earlier)
                continue
            if self.fresh and self._described_subject(text, at, end):
                self.fresh = False
                continue
            # (the pattern needs a space right before the run and one of its words before that: most runs are passed
            # without a search)
            run = match.group()
            if genitives and (genitive := self._genitive_name(run)):
                cast.introduce(genitive)  # "in Alasdair Morrisons Team": him, named in the genitive ("Morrison" next)
                continue
            spaced = text[at - 1 : at].isspace()
            if (
                spaced
                and text[at - _PLACE_REACH if at > _PLACE_REACH else 0 : at].rstrip().endswith(places)
                and place_before.search(text, at - _PLACE_REACH if at > _PLACE_REACH else 0, at)
                and self._placed(run, text, stop)
            ):
                # "in Salem, New Hampshire", "at Chez Vachon", "Au Plateau du Serpent, une librairie ouvre": a place,
                # not a person ("complaints from Joanne Pryce": a full name, known though no topic; "went to Ooi Chee
                # Keong, 79,": an age set off after it)
                continue
            if spaced and cast.names_thing(text, at, run):
                continue  # "devant l'école Jean-Moulin", "a green boat called Kingfisher": a thing's name, no one
            if at == self.sentence and " " in run and self._participle_opening(text, match):
                continue  # "Venu de Miquelon par le bac, Théodore Briand, 91 ans, ...": a participle's phrase, no one
            start, phrase = self._named(match)
            if phrase.count(" ") > 1 and (cut := self._place_before_name(text, start, phrase)):
                start, phrase = start + cut, phrase[cut:]  # "le lutteur d'Abéché Mahamat Haggar": Mahamat Haggar
            if lex.particle_articles and phrase.count(" ") > 2 and (named_words := _name_before_object(lex, phrase)):
                # "Seit 1994 führt Irmgard Stock den Hof": her, the object after her name no part of it
                phrase = named_words
            if cursor < count and breaks[cursor] < stop:
                # "run by Tom Hale Jr. His father bought it": the run read on past its sentence's end
                stop = start + len(text[start : breaks[cursor]].rstrip())
                phrase = text[start:stop]
            following = text[stop : stop + 40].split(maxsplit=2)
            if following and following[0] in self._generations and " " in phrase:
                # "Franz Wimmer sen., 78," and "Franz Wimmer jun.": a father and his son, each named with his word
                if (generation := _generation_suffix(lex.code).match(text, stop)) is not None:
                    phrase, stop = phrase + generation.group(), generation.end()
                    following = text[stop : stop + 40].split(maxsplit=2)
            if self._modifier(phrase, following):
                # "McConnell spokesman Don Stewart", "Trump campaign aide", "Obama consultant Cornell Belcher": no topic;
                # a full name is still someone the article named ("Donald Trump’s campaign": "Trump" is him next)
                # ("Alasdair Morrison's campaign room": a full name in the possessive introduces him, whatever his
                # first name; "Morrison told supporters" is him)
                if known_first_name(phrase.split(maxsplit=1)[0]) or self._possessive_name(phrase):
                    cast.introduce(phrase)
                continue
            if self.fresh and (group := self._plural_subject(text, start, phrase, following)):
                cast.organisation(group, topic=True)  # "Big Machine have twice denied ...": "they" next
                self.fresh = False
                continue
            if following and following[0] in lex.outlet_verbs and self._unknown_word(phrase):
                cast.organisation(phrase)  # "Politico reported that he ...": no "he" next
                continue
            # (not "when Tapper asked", nor "Murphy said Trump continued to hurt": the clause is of someone else)
            cue = (
                self._before_cue(text, start, stop, phrase) and not self._subordinate(text, start, reported=True)
            ) or self._after_cue(text, start, stop, phrase)
            # (a noun no one bears, "Bildung", names no one whatever its sentence says: unless it names a body, it is
            # passed over as a run that may name no one is, without working out whom it may name)
            noun = lex.capitalised_nouns and cast.noun_alone(phrase)
            # (a body's name going on past a contraction, its noun opening the sentence: "L'association Droit au Toit
            # Douaisien s'est félicitée", one body, not a "Droit" and a "Toit Douaisien")
            contracted = text.startswith(self._contractions, stop)
            whole = _contracted_body(lex, text, self.sentence, start, stop) if contracted else 0
            if whole:
                body, read_to, named = text[start:whole], whole, False
            else:
                body, read_to = body_at(text, start, stop, lex.code) if noun else ("", stop)
                # ("Ein Ehepaar aus Aurich, Enno und Hilke Janssen": Enno Janssen, though no lexicon knows the first
                # names)
                # (a noun no one bears and no body's, one word, is asked nothing: it may name no one)
                may = (not noun or bool(body)) and cast.may_name(phrase)
                # ("author and liberal firebrand Cornel West": a given name no lexicon knows before a surname that is a
                # word of places, named a person by the role before it; one test in C first: never one word)
                placed = not may and phrase.endswith(PLACE_SURNAME_ENDINGS)
                placed = placed and cast.surname_after_role(phrase, text, start, self.sentence)
                named = may or placed
                # (one test in C first: most runs have no "and" after them)
                paired = text.startswith(self._and_after, stop) and couple_named(
                    lex, phrase, text, self.sentence, start, stop
                )
                named = named or paired
                named = named and not (cue and self._role_of(text, start, phrase))
                # ("Das Regierungspräsidium Gießen, Dezernat Gewässerschutz, sagte": the body's unit, no person)
                if named and text.startswith(", ", start - 2) and self._unit_set_off(text, start, phrase):
                    named = False
                if not named and not noun:
                    body, read_to = body_at(text, start, stop, lex.code)
            # (where a run stands in its sentence matters only to someone or a body it names, and is worked out only
            # then: a third of the runs can name no one, "The", "Monday", "Bildung", and most of those name no body
            # either; nothing it reads changes in between)
            standing: _Standing | None = None
            person = None
            if named:
                if following and following[0].lower().rstrip(",;:") in age_words:
                    cast.by_seniority(phrase, following[0])  # "Mr Ellery senior said": the father, not his son
                reach = start - _SENIORITY_REACH
                seniority = text[reach if reach > self.sentence else self.sentence : start]
                if age_word_in(lex, seniority) and (age := age_before(lex, seniority.split())):
                    cast.by_seniority(phrase, age)  # "The elder Dubois", "le fils Morel": the same, before it
                # ("La primera en llamar fue Maribel": whom the description opening the sentence is, a first name too)
                identified = (
                    start - self.sentence <= _SUBJECT_CHARS
                    and text.startswith(self._definite_openings, self.sentence)
                    and self._identified(text, start)
                )
                # "Derek and Brenda Sloane": Derek Sloane; "Gérard Lemaire et son fils Kevin": Kevin Lemaire
                # (both read a run ending on a first name: most runs end on a surname, and stay as written)
                # ("Sein Sohn Ole": a word after a kin noun, one test in C first: most runs are no single word after
                # a space)
                # (speed59: each asked only where it can answer, the language capitalising nouns, the word before the
                # space ending on a kin noun's last letter: ``_kin_endings``)
                kinned = (
                    lex.capitalised_nouns and cast.kin_run(phrase)
                    if " " in phrase
                    else text[start - 2 : start - 1].lower() in kin_ends
                    and text[start - 1 : start] == " "
                    and cast.after_kin(text, start)
                )
                if paired or kinned or known_first_name(phrase.rsplit(maxsplit=1)[-1]):
                    mention = shared_surname(phrase, text, stop, lex.code, paired)
                    if mention != phrase:
                        cast.pair(mention, text, stop)
                    mention = cast.kin_named(mention, text, self.sentence, start)
                elif " " not in phrase and (titled := _title_before_surname(lex, text, start)):
                    mention = f"{titled} {phrase}"  # "La jueza Bodden escuchó": Bodden, whom "la jueza" names next
                else:
                    mention = phrase
                # ("sur le Béninois Fiacre Houngbo": the noun of his nationality after its article, no given name)
                # (one test in C first: most runs are of one or two words, so no such noun opens them)
                nationality = ""
                if mention.count(" ") > 1:
                    nationality, nationality_named = name_after_nationality(lex, text, start, mention)
                    mention = nationality_named or mention
                naming = cast.naming(
                    mention,
                    # (worked out only when read: most runs name someone named before, whom it never asks about)
                    speaker=cue or Deferred(self._credited_name, text, start, stop, phrase, identified),
                    # ("The deputy mayor, Col Reardon,": a given name, though a rank's abbreviation too)
                    given=placed
                    or text.startswith(", ", start - 2)
                    and cast.given_name_apposed(mention, text[max(self.sentence, start - _APPOSED_REACH) : start])
                    # ("The family's lawyer, Dee Ann Whitlock,": a given name the lexicon lacks before one it has, where
                    # no heading is glued before the name; a sentence's opening is left out, where an unlisted title
                    # stands as often: "Reeve Dale Sorensen said")
                    or text.startswith(", ", start - 2)
                    and cast.given_name_set_off(mention)
                    # ("el espectador Pastor Iglesias": a given name, though a title too)
                    or mention.startswith(TITLE_GIVEN_OPENINGS)
                    and cast.given_name_after_role(mention, text, start, self.sentence)
                    # ("Mpho K., 58,": a given name and a surname's initial, set off; a given name a lexicon knows
                    # needs no comma: "Sabine K. arbeitet seit 20 Jahren nachts")
                    or mention.endswith(".")
                    and initialled_name(mention, text.startswith(",", stop))
                    or nationality != "",  # (a noun for a nationality found: the name after it is whole)
                )
                if naming is not None:
                    standing = self._standing(text, start, stop, end, phrase, cue, False)
                    # (the words set off after the name may tell the gender of someone new: "Grâce Mbolo, 14 ans, fille
                    # d'une planteuse,")
                    # (not a cue's subject: "The foreign minister of Lithuania Gabrielius Landsbergis said")
                    # (asked only where no title or first name told a person: Cast.mention reads it only then)
                    placed = not cue and not naming[1] and _where_place_stands(lex, text, start, stop)
                    person = cast.mention(mention, naming, standing[3] or identified, text, stop, placed)
                    if nationality:
                        cast.called_so(person, nationality)  # ("le Béninois" next is him)
                    elif (called := noun_before_name(lex, text, start)) and not person.organisation:
                        cast.called_so(person, called)  # ("l'aînée Thérèse Lavallée": "a dit l'aînée" next is her)
                body, read_to = body_at(text, start, stop, lex.code) if person is None else ("", stop)
            if body and standing is None:
                standing = self._standing(text, start, stop, end, phrase, cue, not named)
            clause, owner, inner, topic = standing or _NOWHERE
            if body:
                # A topic only right before its cue ("The White House said"): named elsewhere an
                # organisation is as often where the words were reported ("told AFP") as who said them. A name
                # with its "of" part is read to that part's end ("..., the Ministry of Foreign Affairs said.")
                if not cue and read_to > stop:
                    cue = self._before_cue(text, start, read_to, body) and not self._joins_person(body)
                # (a body its sentence is about, a verb right after it, is too: "Still, the Business Council opposed an
                # increase. “…,” it recommended")
                # (its short form in brackets between the name and its verb: "Das Bundesamt … (BSH) hatte gewarnt")
                letters = defined_letters(text, read_to)
                closed = text.find(")", read_to, read_to + _SHORT_FORM_CHARS) if text.startswith(" (", read_to) else -1
                verb_at = closed + 1 if closed > 0 else read_to
                subject = topic and (self._verb_follows(text, verb_at) or self._apposed_subject(text, start, read_to))
                article = _article_before(text, start, read_to, body) if cue or subject else ""
                cast.define(cast.organisation(body, cue or subject, article), letters)
                self.fresh = self.fresh and not topic
                body_end = read_to  # (past its "of" part: "University of Tarrow" names no Mr. Tarrow)
            elif person is None and cue:
                cast.credited(phrase)
            elif person is None and self.fresh and (opening := self._description(text, match)) is not None:
                described = cast.subject_described(text, opening) is not None  # "But the senator said"
                unnamed = not described and self._unnamed_subject(text, match, opening)
                if unnamed:
                    self._thing_subject(match.group())
                self.fresh = not described and not unnamed
            if person is not None:
                # ("Maureen Kilbride (MK) told the rally", "Josef Mair, genannt Sepp,": her or his short form, by which
                # the article names them next)
                if text.startswith((",", " (", "("), stop):
                    cast.alias(person, person_alias(text, stop, person.name, lex.code))
                    cast.label(person, person_label(text, stop, person.name))
                if cue:
                    cast.reported(person)  # "Jones told reporters ...": a "he added" next is Jones, not the last quoted
                if not (topic or clause) and self._spoken_of(text, start, phrase):
                    cast.mentioned(person)
                if clause and not topic:
                    self.in_clause.append(person)
                    if self._opening_subject(text, start, phrase):
                        self.held.append(person)
                self.fresh = self.fresh and (clause or owner or inner) and not cue
                cast.learn_roles(person, text, start, stop)
                cast.said_of(person, text, self.sentence, start, stop, breaks[cursor] if cursor < count else end)
                if text.startswith(",", stop, end):
                    # (past an age, a description in lower case: "Travis Oyelaran, 46, a welder who ran the yard,": "the
                    # welder" is him; not the predicate, "Pilar Fidalgo, de 78 años, subió al escenario con el
                    # director.", nor someone else's supporter, "Ann Yates, 33, a supporter of Senator Ed Marsh")
                    role = _APPOSITIVE_ROLE.match(text, stop, end)
                    if role is None and (aged := apposed_age_end(text, stop)):
                        after_age = _APPOSITIVE_ROLE.match(text, aged, end)
                        trade = after_age.group(1) if after_age is not None else ""
                        if trade.islower() and trade.split()[0] in lex.determiners:
                            role = after_age
                else:
                    role = _after_closing_verb(cast, text, stop, end) if lex.capitalised_nouns else None
                if role and clause and not text.startswith(",", role.end()):
                    # "Sur France Bleu, la maire a déclaré :", "In the Harbour Gazette, the mayor said": after the comma
                    # closing a phrase that opens the sentence, an unclosed description is the sentence's subject
                    role = None
                if role and self._listed_pair(text, start, role.end(), role.group(1)):
                    # "his wife, Hyacinth Grant, his daughter, Marcia Grant-Walters, and two sons": a list of
                    # descriptions each before its name; the one after a name so described is the next name's
                    role = None
                if role:
                    cast.appositive(person, role.group(1))
                    if not cue and text.startswith(", ", role.end()) and self.g.verb_at(text, role.end() + 2):
                        cast.reported(person)  # "Dexter Rowe, a minister, told reporters ...": as "Rowe told"
                cast.claim_role(person)  # ("The Rev Morag Halcro, minister of …": whom "The minister" stood for)
        if self.fresh and cursor == len(breaks):
            self._comma_subject(text, read, end)
        if text[end : end + 1] in _NICKNAME_OPENS and (nickname := nickname_given(lex, text, start, end)) is not None:
            # "In der Szene kennt man ihn nur als «Schefi_SG»": his, "sagte Schefi" next (and the run opening the
            # sentence, which may write the whole of his name: "Crescencio Lara Ochoa tiene 81 años y … lo conocen
            # como «Don Chencho»")
            lead = _CAPITAL_RUN.match(text, sentence_start(text, end))
            cast.nickname(*nickname, lead.group() if lead else "")
        opened = self.sentence
        if cursor < len(breaks):
            self.fresh = True
            for opening in breaks[cursor:]:
                self._unnamed_closing(text, opened, opening)
                self._cast.sentence()
                self._unnamed_opening(text, opening)
                opened = opening
        if end == len(text):
            self._unnamed_closing(text, opened, end)  # (the block's last sentence)
        elif _ends_sentence(text[end - 4 if end - 4 > start else start : end].rstrip()):
            self._unnamed_closing(text, opened, end)
            self._cast.sentence()  # (a quote opens the next sentence: "... Wendy Sherman. “...,” she wrote.")

    def _named_in_clause(self, pronoun: str) -> Person | None:
        """The latest person of the pronoun's gender (or of none told) named before it in the clause opening the
        sentence."""
        gender = self.g.lexicon.pronouns[pronoun.lower()].gender
        return next((p for p in reversed(self.in_clause) if p.gender in (gender, "")), None)

    def _unnamed_closing(self, text: str, opened: int, end: int) -> None:
        """A sentence of no quote ending at ``end`` on a clause of someone unnamed and their verb of saying, after a
        comma ("The jet climbed too fast, a source close to the inquiry told Reuters.", "..., dijo un portavoz."):
        they spoke last, so a "he said" next is theirs and names no one, never someone named before them."""
        lex = self.g.lexicon
        comma = text.rfind(", ", end - _CLOSING_REACH if end - _CLOSING_REACH > opened else opened, end)
        first = text[comma + 2 : comma + _FIRST_WORD_CHARS].split(maxsplit=1)[:1] if comma >= 0 else []
        if not first or first[0] not in lex.indefinite and first[0] not in lex.cue_verbs:
            return  # (the first word, in lower case, tells most sentences apart: the clause is split rarely)
        clause = text[comma + 2 : end]
        head = clause.split(maxsplit=2)
        at = 1 if head and head[0].lower() in lex.cue_verbs else 0  # (the verb before its subject)
        if len(head) <= at + 1 or head[at].lower() not in lex.indefinite:
            return
        if at or any(w.rstrip(".,;:!?") in lex.cue_verbs for w in clause.split()[2:]):  # (not "Cook Political Report")
            self._cast.subject_unnamed(text, comma + 2 + clause.find(head[at]))

    def _unnamed_opening(self, text: str, start: int) -> None:
        """A sentence opening at ``start`` on an indefinite description of a person ("A retired teacher stood up ...",
        "Ein Dauerkarteninhaber hatte ..."): someone unnamed is spoken of, whom a "he" next stands for (no one named)."""
        lex = self.g.lexicon
        first = text[start : start + 12].split(maxsplit=1)[:1]
        if first and first[0].lower() in _openers(lex.code):
            # "À Pleyben, un adolescent a retrouvé ...": the subject comes after a phrase opening the sentence
            comma = text.find(", ", start, start + _OPENING_PHRASE_REACH)
            if comma > 0 and not _breaks_between(text, start, comma):
                start = comma + 2
                first = text[start : start + 12].split(maxsplit=1)[:1]
            else:
                self._unnamed_after_opening(text, start)
                return
        low = first[0].lower() if first else ""
        # (or a definite one and a relative clause withholding the name: "His eldest son, who asked that his name not be
        # used,"; its comma within a description's reach and a relative pronoun after it, or the clause is not read)
        withheld = False
        if low in lex.definite or low in lex.possessives:
            comma = text.find(", ", start, start + _APPOSED_REACH)
            relative = text[comma + 2 : comma + 2 + _RELATIVE_CHARS].split(maxsplit=1)[:1] if comma > 0 else []
            withheld = bool(relative) and _relative_word(lex, relative[0].lower())
            withheld = withheld and self._cast.withholds_name(text[comma : comma + _APPOSED_REACH * 2])
        if low in lex.indefinite or low in lex.own_possessives or withheld:
            # (the sentence stays open: a name after it is the latest one spoken of, "A reporter asked Sanders how he
            # felt. He replied: ...")
            self._cast.subject_unnamed(text, start)

    def _agent(self, text: str, start: int, stop: int) -> bool:
        """Whether a name follows the agent link of a passive and a relative clause or an appositive tells who they are
        ("The scheme was welcomed by Anne Whitcombe, whose son ...", "wurde von Anne Weber, deren Sohn ..., begrüßt",
        "a été salué par Anne Weber, dont le fils ...", "fue recibido por Ana Weber, cuyo hijo ..."): someone the text
        brings in, what it is about next, though after a preposition (not "The bridge was inspected by John Roe last
        year": the sentence stays about the bridge)."""
        if not text.startswith(",", stop):
            return False  # (most names: no clause nor appositive set off after them)
        lex = self.g.lexicon
        before = list(map(str.lower, text[max(self.sentence, start - _AGENT_CHARS) : start].split()[-_AGENT_REACH:]))
        if len(before) < 2 or before[-1] != lex.agent_link or lex.passive_auxiliaries.isdisjoint(before[:-1]):
            return False
        after = text[stop : stop + 16].split(maxsplit=2)
        return len(after) > 1 and (
            after[1].lower() in lex.relative_pronouns or after[1].lower() in lex.determiners
        )

    def _author(self, text: str, start: int) -> bool:
        """Whether a name follows the agent link after a document or a work its sentence names ("der Artikel „...“ von
        Jürgen Braatz", "a report by Jane Roe", "un rapport rédigé par Paul Roux"): its author, what a pronoun next
        stands for ("Er argumentiert darin, ...")."""
        lex = self.g.lexicon
        before = text[self.sentence : start].split()
        if not before or before[-1].lower() != lex.agent_link:
            return False
        words = set(_LETTERS.findall(text[self.sentence : start].lower()))
        return not words.isdisjoint(lex.document_nouns) or not words.isdisjoint(lex.work_nouns)

    def _unnamed_after_opening(self, text: str, start: int) -> None:
        """A phrase opening the sentence with no comma after it, then an indefinite description of a person ("Outside
        the hall one dog walker held a placard", "Outside a school one parent said"): the first such description before
        any name, pronoun or verb of saying is the unnamed subject; never the opening word's own object ("In einem
        Statement sagte der 48-Jährige", "Outside a school")."""
        lex = self.g.lexicon
        for index, word in enumerate(_WORD_RUN.finditer(text, start, start + _OPENING_PHRASE_REACH)):
            low = word.group().lower()
            # (in German, where every noun is capitalised, a known first name: "Vor dem Rathaus traf Anna ...")
            named = known_first_name(word.group()) if lex.capitalised_nouns else word.group()[:1].isupper()
            if word.start() > start and (named or low in lex.pronouns or low in lex.cue_verbs):
                return  # "After the vote Smith said", "Before he spoke, a man shouted": the subject is someone else
            if index > 1 and low in lex.indefinite and self._cast.subject_unnamed(text, word.start()):
                return
            if word.group()[-1:] in _CLAUSE_MARKS:
                return

    def _standing(self, text: str, start: int, stop: int, end: int, phrase: str, cue: bool, body: bool) -> _Standing:
        """Where a name at ``text[start:stop]`` stands in its sentence: (in a clause opening the sentence, an owner with
        someone in apposition after it, inside a phrase opening the sentence with a name in apposition after it, a
        topic of the text)."""
        clause = self.fresh and self._in_opening(text, start, stop)
        # ("Osei's co-author, Professor Lars Nygaard, was": the sentence is about the co-author, named next)
        owner = phrase.endswith(("’s", "'s")) and _OWNER_APPOSITIVE.match(text, stop) is not None
        # ("Pour le secrétaire de Rail Solidaire, Yannick Béranger, ...", "La candidata de la coalición Alianza
        # Ciudadana, Patricia Olvera Landa, ...": a name inside a phrase opening the sentence, with a name in
        # apposition after it, is no subject; the sentence's subject is the name after the comma)
        inner = self._apposed_name(text, stop) and self._opening_phrase(text, start)
        # (whether it is the subject is asked only of a name opening its sentence: the checks have no side effects)
        subject = (
            self.fresh
            and not clause
            and not owner
            and not inner
            and (not _after_preposition(self.g, text, start, body=body) or self._author(text, start))
        )
        # (the agent of a passive is what the sentence is about, whatever opened it: "Das Vorhaben wurde von Anne Weber
        # begrüßt")
        topic = subject or cue or self._relative_cue(text, start, stop, end) or self._agent(text, start, stop)
        # (a presentational sentence opens on a preposition: its first two letters tell most sentences apart at once)
        presented = not topic and text[self.sentence : self.sentence + 2] in self._preposition_openings
        return clause, owner, inner, topic or presented and self._presented(text, start)

    def _presented(self, text: str, start: int) -> bool:
        """Whether a name at ``start`` is the subject a presentational sentence brings in after its verb (lexicon
        ``presentational_verbs``): the sentence opens on a preposition's phrase of up to ``_FRONTED_PHRASE_WORDS``
        words, then the verb (perhaps after a reflexive or an auxiliary), then at most ``_PRESENTED_WORDS`` words before
        the name, its article, role and adjectives, no preposition: "From Puerto Williams came the Chilean captain
        Renato Oyarzun, who …", "In the front row sat Margaret Ellison", "Au premier rang se tenait Jeanne Morel", "De
        Brest est venu le capitaine Yann Kerouac" (not "At the school the head told John Roe": no such verb)."""
        if start - self.sentence > _PRESENTED_CHARS:
            return False  # (a name far into its sentence: never read again from its start for each name)
        verb_end = self._presenting_verb(text)
        if verb_end < 0 or verb_end > start:
            return False
        between = text[verb_end:start].split()
        prepositions = self.g.lexicon.prepositions
        return len(between) <= _PRESENTED_WORDS and all(w.isalpha() and w.lower() not in prepositions for w in between)

    def _presenting_verb(self, text: str) -> int:
        """Where the presentational verb of the current sentence ends (see :meth:`_presented`), or -1: read once a
        sentence."""
        cached = self._presenting
        if cached is not None and cached[0] is text and cached[1] == self.sentence:
            return cached[2]
        end = -1
        lex = self.g.lexicon
        # (the first word alone first: "Th" of "through" opens most sentences, "The", "This", "They")
        first = _WORD_RUN.search(text, self.sentence, self.sentence + _PRESENTED_CHARS)
        if first is not None and first.group().lower() in lex.prepositions:
            words = _WORD_RUN.finditer(text, first.end(), self.sentence + _PRESENTED_CHARS)
            for word in islice(words, _PHRASE_VERB - 1):
                token = word.group()
                if token in lex.presentational_verbs:
                    end = word.end()
                    break
                if not token.isalpha() or token.lower() in lex.prepositions:
                    break  # (the phrase holds no other preposition, no comma: "From the harbour, after ...")
        self._presenting = (text, self.sentence, end)
        return end

    def _identified(self, text: str, start: int) -> bool:
        """Whether a name at ``start`` is whom a copula says a definite description opening the sentence is ("La
        primera en llamar fue Maribel", "The first caller was Ann Ross"): the person the sentence is about (asked of a
        name at most ``_SUBJECT_CHARS`` into a sentence opening on a definite article)."""
        # (a description of a few words, then the copula: a sentence is not split again for each of its names)
        before = text[max(self.sentence, start - _COPULA_CHARS) : start].rsplit(maxsplit=1)[-1:]
        if not before or before[0] not in self.g.lexicon.copulas:
            return False
        return _identifying(self.g.lexicon, text[self.sentence : start].split())

    def _apposed_subject(self, text: str, start: int, end: int) -> bool:
        """Whether a name at ``text[start:end]`` is set off by commas right after a definite description opening its
        sentence, a verb after it: the sentence's subject ("The company that runs the AMAs, Dick Clark Productions,
        denies ...", "La société qui organise le salon, Expo Group, dément ...")."""
        return (
            text.startswith(", ", start - 2)
            and text.startswith(",", end)
            and text.startswith(self._definite_openings, self.sentence)
            and self._verb_follows(text, end + 1)
        )

    def _verb_follows(self, text: str, at: int) -> bool:
        """Whether the word right after ``at`` may be a verb: in lower case, no preposition, determiner, conjunction or
        relative pronoun ("opposed", "has"; not "of", "and", "which", nor a comma or a bracket), after no owner's "'s"
        ("the Supreme Court's next session"); or the word after a relative clause set off by commas ("Acme Group, which
        runs the show, denies ...")."""
        if text[max(0, at - 2) : at] in ("'s", "’s") or text[at - 1 : at] in ("'", "’"):
            return False
        if text.startswith(",", at) and (clause := _set_off_relative(self.g.lexicon.code).match(text, at)) is not None:
            at = clause.end()
        following = text[at : at + _VERB_REACH].split(maxsplit=1)[:1]
        word = following[0] if following and text[at : at + 1].isspace() else ""
        lex = self.g.lexicon
        return (
            word.isalpha()
            and word.islower()
            and word not in lex.prepositions
            and word not in lex.determiners
            and word not in lex.and_words
            and word not in lex.relative_pronouns
            and word not in lex.subordinators
        )

    def _spoken_of(self, text: str, start: int, phrase: str) -> bool:
        """Whether a name that is no topic is still someone the text speaks of ("courtesy of Wes Nakagiri, a delegate"):
        not a modifier after an article ("the Clinton phone bank"), an owner ("Sanders's agenda"), a predicate ("it would be Trump", "is no Ronald Reagan"), a comparison ("than
        Obama"), what was said ("said Trump had"), nor a name in a sentence opening on a definite description, its
        subject ("The Wisconsin Republican did give Trump some credit", "The bridge was inspected by John Roe"), unless
        the description is a thing (:meth:`Cast.opened_on_thing`)."""
        lex = self.g.lexicon
        # The sentence's first word found in place: splitting the sentence so far copied it at every name, quadratic
        # in a sentence that never ends ("said Tom Hale Jr. " repeated).
        first = _WORD_RUN.search(text, self.sentence, start)
        if phrase.endswith(("’s", "'s")):
            return False
        if first and first.group().lower().strip(_OPENING_MARKS) in lex.definite and not self._cast.opened_on_thing():
            return False
        reach = start - 24 if start - 24 > self.sentence else self.sentence
        before = list(map(str.lower, text[reach:start].split()[-2:]))
        if before and before[-1] in lex.definite and self._modifies(text, start + len(phrase)):
            return False  # "at the Clinton phone bank": a name modifying a noun, no one spoken of
        if before and (before[-1] in lex.determiners or before[-1] in lex.negations):
            before = before[:-1]
        # Three membership tests, not one in their union: the union of the cue verbs' thousands of forms, built at
        # every call, cost 7% of the extraction.
        word = before[-1] if before else ""
        return not word or not (word in lex.passive_auxiliaries or word in lex.cue_verbs or word in lex.comparison_words)

    def _modifies(self, text: str, end: int) -> bool:
        """Whether a noun in lower case follows a name ending at ``end`` ("Clinton phone bank"; not a verb: "the Donald
        has said", "the Donald said")."""
        following = text[end : end + _MODIFIED_CHARS].split(maxsplit=1)[:1]
        word = following[0].strip(",.;:") if following and following[0].islower() else ""
        return bool(word) and word not in FUNCTION_WORDS and word not in self.g.lexicon.cue_verbs

    def _plural_subject(self, text: str, start: int, phrase: str, following: list[str]) -> str:
        """The body or group a name opening its sentence stands for as the subject of a verb of the plural ("Big Machine
        have twice denied ...", "The Wanderers have won"), or "": not a person (opened by a first name), two joined
        ("Smith and Jones have"), a pronoun ("They have"), nor a name inside the subject ("members of Congress have")."""
        lex = self.g.lexicon
        if not following or following[0] not in lex.plural_verbs or phrase.endswith(("’s", "'s")):
            return ""
        before = text[self.sentence : start].split()
        if before and not (len(before) == 1 and before[0].lower() in lex.determiners):
            return ""
        if not lex.clause_conjunctions.isdisjoint(phrase.lower().split()) or known_first_name(phrase.split()[0]):
            return ""
        group = untitled(phrase, lex.code)
        return "" if FUNCTION_WORDS.issuperset(group.lower().split()) else group

    def _unknown_word(self, phrase: str) -> bool:
        """Whether a run is one capitalised word that is no first name and no one the cast knows (an outlet's name
        before its verb, "Politico", "Axios"; not "Brooks", named before)."""
        return " " not in phrase and not known_first_name(phrase) and self._cast.find(phrase) is None

    def _participle_opening(self, text: str, run: re.Match[str]) -> bool:
        """Whether a capitalised run opening its sentence is a past participle and the place it is from, a phrase set
        off by a comma before the subject ("Venu de Miquelon par le bac, Théodore Briand, 91 ans, a fait ...", "Llegada
        de Melilla en barco, Ana Ruiz ..."): the participle no first name (lexicon ``participle_endings``; "Hervé de
        Charette" is a man), a preposition or a particle after it, and a comma within a phrase's reach."""
        lex = self.g.lexicon
        words = run.group().split(maxsplit=2)
        if len(words) < 2 or not lex.participle_endings or not words[0].lower().endswith(lex.participle_endings):
            return False  # (most runs)
        low = words[1].lower()
        if known_first_name(words[0]) or not (low in lex.prepositions or low in lex.name_particles):
            return False
        comma = text.find(",", run.end(), run.end() + _OPENING_PHRASE_REACH)
        return comma > 0 and not _breaks_between(text, run.end(), comma)

    def _genitive_name(self, phrase: str) -> str:
        """The full name in a run of three words that is a name in the genitive and the noun it owns, in a language
        whose genitive writes an "s" onto the name ("Alasdair Morrisons Team", "Greta Lindqvists Wahlkampfbüro"): "" for
        most runs. The second word is no first name ("Anna Thomas Weber" is a name of three), the third capitalised."""
        words = phrase.split()
        if len(words) != 3 or not words[1].endswith("s") or len(words[1]) < 4 or not words[2][:1].isupper():
            return ""
        if known_first_name(words[1]) or known_first_name(words[2]) or words[1][:1].islower():
            return ""
        owner = f"{words[0]} {words[1][:-1]}"
        return owner if self._cast.may_name(owner) and candidate_name(owner, self.g.lexicon.code) == owner else ""

    def _possessive_name(self, phrase: str) -> bool:
        """Whether a capitalised run is a full name in the possessive ("Alasdair Morrison's campaign room", "in Rhona
        Pettigrew's office"): two words or three, the owner no place the lexicon names ("New York's mayor")."""
        if " " not in phrase or not _possessive(phrase) or len(phrase.split()) > 3:
            return False  # (most runs: no "'s")
        return _unpossessive(phrase).lower() not in self.g.lexicon.place_names

    def _modifier(self, phrase: str, following: list[str]) -> bool:
        """Whether a name modifies the word after it rather than naming a topic: a title or an organisation
        word ("McConnell spokesman", "Trump campaign aide"), or a role noun before another name ("Obama
        consultant Cornell Belcher": the sentence is about Belcher); not "El director reconoció"."""
        lex = self.g.lexicon
        word = following[0] if following else ""
        if not word.islower():
            return False
        bare = word.strip(",")
        titled = bare in lex.titles or bare in lex.organisation_words
        if not (titled or len(following) > 1 and following[1][:1].isupper()):
            return False  # (most runs: neither a title or a body's word nor a name after the word)
        first = phrase.split()[0].lower()
        if first in lex.definite or self._cast.possessive(first):
            return False  # (nor "His brother found the first coin": a description, the sentence's subject)
        if word.strip(",") in lex.titles:
            return True
        if lex.postnominal_adjectives:
            # (where a modifier follows its noun a name before a noun in lower case modifies nothing: the noun is the
            # verb of the sentence the name opens, "Fermín Quilapán junta piñones", "Marie Roy conseille les élus")
            return False
        if word.strip(",") in lex.organisation_words:
            # (not a verb of the same spelling before its object's determiner: "Coroner Patricia Ferris records a
            # finding of misadventure", "Anna Roth posts a video"; "the Trump campaign said" is the campaign's)
            return len(following) < 2 or following[1].lower() not in lex.determiners or word.endswith(",")
        return bool(role_head(word, lex.code))

    def _in_opening(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies in a clause or phrase opening the sentence, closed by a comma
        ("When Mr. Trump tried to defend it, Mr. Kasich differed", "At a Trump event in Ohio, Brenda Johnson
        railed", "After the meeting ended, Roberta Lange said"): its names are not what the sentence is
        about; the subject comes after the comma (with no comma, the clause has no end to tell)."""
        lex = self.g.lexicon
        # Read in place: a copy of the sentence so far at each pronoun was quadratic in a sentence of thousands.
        if text.find(",", self.sentence, start) >= 0:
            return False
        words = _FIRST_TWO_WORDS.search(text, self.sentence, start)
        if words is None:
            return False
        openers = _openers(lex.code)
        lead = list(_bare_words(filter(None, words.groups()), _OPENING_MARKS))
        if lead[0] in lex.stopwords and len(lead) > 1 and lead[0] not in openers:
            lead = lead[1:]  # "But when ...", "And after ..."
        if lead[0] not in openers:
            return False
        return _clause_closed(text, end, min(len(text), end + _WINDOW))

    def _apposed_name(self, text: str, at: int) -> bool:
        """Whether a name in apposition follows at ``at``: a comma and a capital, or a comma, an article and at most one
        noun for the person before the capital ("..., Patricia Olvera Landa,", "..., l'éleveur Denis Jeannin,", "...,
        el doctor Tomás Acosta,"), or a comma and a title in lower case ("..., don Esteban Llamas,"; not "..., in
        Washington,"), or a comma, a role of a few words ending on a role noun, perhaps after an article, and a name
        its comma closes ("..., food writer Farid Hashim,", "..., the veteran food critic Farid Hashim,")."""
        if not text.startswith(",", at):
            return False  # (both forms open on the comma: most names have none after them)
        if _APPOSITIVE_NAME.match(text, at):
            # (not an owner opening the main clause: "To professor Brigid Harrison, Christie’s stare seemed ...")
            return not text[at + 2 : at + 40].split(maxsplit=1)[0].endswith(("’s", "'s"))
        words = _APPOSED_WORDS.match(text, at)
        if words is None:
            return False
        first, *rest = words.group(1).split()
        lex = self.g.lexicon
        article = first.lower() in lex.determiners or first[:2].lower() in ("l'", "l’") and not rest
        if not rest and first.lower().rstrip(".") in lex.titles:
            return True  # "El párroco, don Esteban Llamas, celebró ...": a title in lower case before the name
        if article and len(rest) < 2:
            return all(not w in FUNCTION_WORDS for w in rest)
        # (a role of more words, or with no article as English writes one before a name, the name set off by its
        # comma: "The head of the judging panel, food writer Farid Hashim, said", "..., the veteran food critic Farid
        # Hashim,": the sentence is about him; not "..., in Washington,")
        role = rest if article else words.group(1).split()
        return (
            all(w.lower() not in FUNCTION_WORDS for w in role)
            and bool(title_role(role[-1], lex))
            and _CLOSED_NAME.match(text, words.end()) is not None
        )

    def _opening_phrase(self, text: str, start: int) -> bool:
        """Whether ``start`` lies in a phrase that opens the sentence on a preposition or an article, before any comma
        ("Pour le secrétaire de |Rail Solidaire, ...", "The chair of |Acme, ...", "One pastor supporting |Mr. Cruz,
        Darran Whiting of ..., said"; not a possessive: "Son fils |Loïc Vandamme, Gille depuis ...," is about him)."""
        opening = text[self.sentence : start]
        first = opening.split(maxsplit=1)[:1]
        lex = self.g.lexicon
        article = bool(first) and (first[0].lower() in lex.definite or first[0].lower() in lex.indefinite)
        return bool(first) and (first[0].lower() in lex.prepositions or article) and "," not in opening

    def _credited_name(self, text: str, start: int, stop: int, phrase: str, identified: bool) -> bool:
        """Whether a name the reader met no cue for is credited with words all the same: a role, an appositive or a
        relative clause on "who" says it is a person's, or it is a first name a description opening the sentence is."""
        return (
            self._described_name(text, start)
            or _who_follows(text, stop)
            or self._apposed_person(text, phrase, stop)
            or identified
            and known_first_name(phrase)
        )

    def _described_name(self, text: str, start: int) -> bool:
        """Whether a role given in apposition right before a name says it is a person's, one word as it may be
        ("his wife, Jane,", "the senator, Warren,"), or a naming word ("a resident named Caroline")."""
        before = text[start - 30 if start > 30 else 0 : start].rstrip()
        last = before.rpartition(" ")[2]
        # (or a noun for a name and its comma: "on condition that we used only her first name, Maria")
        if last in self.g.lexicon.naming_words or last[-1:] in ",:" and last[:-1] in self.g.lexicon.name_nouns:
            return known_first_name(text[start : start + 30].split(maxsplit=1)[0].strip(".,;:!?"))
        if not before.endswith(","):
            return False  # (most names: no split needed)
        words = before.split()[-2:]
        if len(words) < 2 or not words[1].endswith(",") or not title_role(words[1].rstrip(","), self.g.lexicon):
            return False
        owner = words[0].lower()
        return owner in self.g.lexicon.definite or owner in self.g.lexicon.pronouns or owner.endswith(("’s", "'s"))

    def _listed_pair(self, text: str, start: int, end: int, description: str) -> bool:
        """Whether the name at ``start``, set off after a description of its own ("his wife of 58 years, Hyacinth
        Grant,"), is followed by another, ``description``, up to ``end`` that a name set off by a comma follows ("his
        daughter, Marcia Grant-Walters"): a list of people each described before the name, where that description is
        the next name's, no appositive of the one before ("leur fille, Léa Martin, et son fils, Tom", "su esposa,
        Rosa Gil, su hija, Ana Gil"). A name described after it ("Jane Roe, the mayor, said") is read as before."""
        if not text.startswith(", ", end) or not text[end + 2 : end + 3].isupper():
            return False
        if text[max(0, start - 2) : start] != ", ":
            return False
        lex, cast = self.g.lexicon, self._cast
        first = description.split()[:1]
        if not first or not (first[0].lower() in lex.determiners or cast.possessive(first[0].lower())):
            return False
        # (the name's own: a determiner or a possessive and a role in the phrase before it, "He leaves his wife of 58
        # years,")
        words = appositive_before(text[max(self.sentence, start - _APPOSED_REACH) : start])
        return any(
            (w.lower() in lex.determiners or cast.possessive(w.lower())) and title_role(after, lex)
            for w, after in zip(words, words[1:], strict=False)
        )

    def _apposed_person(self, text: str, phrase: str, stop: int) -> bool:
        """Whether a lone first name has an indefinite description of a person in apposition after it ("Ron, a caller
        from Paignton, backed the plan", "Maria, a nurse from Leeds,"), or an age set off after it ("Hinrich, 71, aus
        Larrelt, fährt …", "Maria, 34, a nurse, said"): someone the article names by a first name."""
        if " " in phrase or not text.startswith(", ", stop) or not known_first_name(phrase):
            return False
        if _AGE_APPOSED.match(text, stop) is not None:
            return True
        words = text[stop + 2 : stop + 2 + _APPOSED_REACH].split(",", 1)[0].split()
        lex = self.g.lexicon
        if len(words) < 2 or words[0].lower() not in lex.indefinite:
            return False
        # (the head noun ends the description or comes before what it is of: "a caller from Paignton")
        head = next((w for w, after in zip(words, words[1:]) if after.lower() in lex.prepositions), words[-1])
        return self._cast.person_noun(head.lower())

    def _comma_subject(self, text: str, start: int, end: int) -> None:
        """A description right after the first comma of a sentence that has no subject yet is its subject ("Asked
        about her comments, the candidate shrugged", "Late on Friday, the senator said")."""
        # (the pattern opens on ", ": a stretch without one, most of them, is not searched)
        description = self.descriptions.search(text, start, end) if text.find(", ", start, end) >= 0 else None
        if description is not None and text.count(",", self.sentence, description.start() + 1) == 1:
            self.fresh = self._cast.subject_described(text, description.start() + 2) is None

    def _relative_cue(self, text: str, start: int, end: int, stop: int) -> bool:
        """Whether a relative clause after the name credits them with words ("... was supported by Sen. Dianne
        Feinstein of California, the ranking Democrat, who said none of the emails ..."): they are what the text
        is about (not "California", the place of the name before it)."""
        previous = text[start - 8 if start > 8 else 0 : start].split()[-1:]
        if previous and (
            previous[0] in {"of", "from", "de", "du", "del", "von"} or previous[0] in self.g.lexicon.determiners
        ):
            return False  # nor "the Wisconsin Republican, who had pledged": a description, no name
        clause = _relative_cue_at(text, end, stop)
        if clause is None or clause.group(1).split()[0].lower() in self.g.lexicon.pronouns:
            return False  # "President Obama, who he noted was": the clause is someone else's
        if not any(w.lower() in self.g.lexicon.cue_verbs for w in clause.group(1).split()):
            return False
        # (a clause withholding a name is of no one named: "A neighbour on Trevisky Lane, who asked not to be named,"
        # is about the neighbour, not the place)
        return not self._cast.withholds_name(_CLAUSE_CLOSE.split(text[clause.start(1) : stop], maxsplit=1)[0])

    def _opening_subject(self, text: str, start: int, phrase: str) -> bool:
        """Whether a name is the subject of the clause opening the sentence: right after its first word or
        two ("When Trump announced", "But when Mr. Trump tried"; not "Though he did not mention Rubio", "after
        Mr. Vander Plaats's introduction")."""
        return len(text[self.sentence : start].split()) <= 2 and not phrase.endswith(("’s", "'s"))

    def _before_cue(self, text: str, start: int, end: int, phrase: str) -> bool:
        """Whether a cue verb follows the name ("Viguerie argues"); a possessive is no subject of it
        ("Mr. Trump's comments"), nor is an addressee ("hat einen Brief an den Netzbetreiber GlasNet Nord
        geschrieben": a verb closing the clause after its object)."""
        # (a participle after a name modifies it: "thousands of Germans protesting against ...")
        verb = self.g.verb_at(text, end + 1) if text[end : end + 1] == " " else None
        if verb is None or phrase.endswith(("’s", "'s")) or verb.group().endswith("ing"):
            return False
        return not self._prepositional_object(text, start) and not (
            self.g.lexicon.capitalised_nouns and self._after_preposition(text, start, phrase)
        )

    def _after_preposition(self, text: str, start: int, phrase: str) -> bool:
        """Whether a run of capitalised nouns in a language that capitalises every noun opens right after a preposition
        ("hat am Mittwoch am Außenhafen Fahrgäste gefragt": the preposition's place, then the verb's object, no one's
        name; "Ab Januar"), no first name among them, nor a name's particle before them ("wie von Hagen sagte")."""
        lex = self.g.lexicon
        name_particles = lex.name_particles
        previous = text[start - 8 if start > 8 else 0 : start].split()[-1:]
        return (
            bool(previous)
            and previous[0] in lex.prepositions
            and previous[0] not in name_particles
            and not any(known_first_name(word) for word in phrase.split())
        )

    def _role_of(self, text: str, start: int, phrase: str) -> bool:
        """Whether a run before a cue verb is what a role in lower case before it is of ("El ministro de Exteriores
        propone": no one, though the verb follows), not a name after a role ("the minister of finance Jan Kowalski
        said": a known first name; "the foreign minister of Lithuania Gabrielius Landsbergis said": three words)."""
        lex = self.g.lexicon
        if not text[start - 1 : start].isspace() or not text[max(0, start - 5) : start - 1].islower():
            return False  # (most runs: no word in lower case right before)
        before = text[max(self.sentence, start - _ROLE_OF_CHARS) : start].split()[-3:]
        if len(before) > 2 and before[-1] in lex.determiners:
            before.pop()  # "el ministro de la Presidencia"
        return (
            len(before) > 1
            and before[-1] in lex.complement_words
            and before[-2].islower()
            and bool(title_role(before[-2], lex))
            and len(words := phrase.split()) <= _ROLE_OF_WORDS
            and not any(known_first_name(word) for word in words)
        )

    def _unit_set_off(self, text: str, start: int, phrase: str) -> bool:
        """Whether a run set off by commas at ``start`` names a unit of the body whose name opens the sentence before
        it (see ``_unit_of_body``): "Die ÖBB-Infrastruktur AG, Regionalleitung West, schreibt" names no one called
        "Regionalleitung West", as "Der Sprecher des Amts, Jens Kober," names Jens Kober; nor a unit after other
        units ("Das Tiefbauamt Graubünden, Bezirk 4, Stützpunkt Disentis,"; not after a company's name of no body's
        word: "Der Versorger Irtysch-Teplo, Netzbezirk Nord," is read as before)."""
        lex = self.g.lexicon
        if not _names_sub_unit(lex, phrase):
            return False
        return _body_before_units(lex, text, start - 2, any_name=False)[0] >= 0

    def _joins_person(self, body: str) -> bool:
        """Whether a body's "of" part runs on over "and" into a person ("a study by ... of the University of Chicago and
        Professor Knittel concluded": the verb is theirs, not the university's)."""
        words = body.split()
        return any(
            before in self.g.lexicon.and_words and (after.lower() in self.g.lexicon.titles or known_first_name(after))
            for before, after in zip(words, words[1:])
        )

    def _prepositional_object(self, text: str, start: int) -> bool:
        """Whether the words right before ``start`` are a preposition of an addressee, maybe with a determiner after
        it ("an den Netzbetreiber ...", "to the Kremlin"; not "the Kremlin" alone, nor "A reporter for Agence
        France-Presse", nor "Secretary of State John Kerry said")."""
        lex = self.g.lexicon
        words = text[start - 24 if start > 24 else 0 : start].lower().split()[-2:]
        if words and (words[-1] in lex.determiners or words[-1] in lex.definite or words[-1] in lex.possessives):
            words = words[:-1]
        return bool(words) and words[-1] in lex.addressee_prepositions

    def _after_cue(self, text: str, start: int, end: int, phrase: str) -> bool:
        """Whether the name is the subject of a cue verb inverted before it, after a comma: "..., said
        David Axelrod, a former strategist." (not "..., said Mr. Trump had", "..., telling Mic in")."""
        before = text[start - 30 if start > 30 else 0 : start]
        if phrase.endswith(("’s", "'s")) or "," not in before:
            return False  # (either form has a comma before the verb: most names have none)
        previous = before.split()[-2:]
        if (
            len(previous) == 2
            and previous[0].endswith(",")
            and previous[1].lower() in self.g.lexicon.cue_verbs
            and (end == len(text) or text[end] in ",.;")
        ):
            return True
        lex = self.g.lexicon
        # (a noun is capitalised in German and read into the run: "der Sprecher David Bendels")
        titled = bool(lex.capitalised_nouns) and _role_word(lex, phrase.split(maxsplit=1)[0].lower())
        if len(previous) == 2 and (end == len(text) or text[end] in ",.;") and (
            titled or _role_word(lex, previous[1].lower())
        ):
            # "..., dijo el portavoz David Bendels.", "..., sagt der Sprecher David Bendels.": the name after its
            # article and role, the verb's subject as "..., said David Axelrod." is
            words = before[before.rfind(", ") :].split()[1 : None if titled else -1]  # (verb, adverbs, article)
            if 1 < len(words) <= _INVERTED_ROLE_WORDS and words[-1].lower() in lex.definite:
                return words[0].lower() in lex.cue_verbs and all(w.lower() in lex.cue_adverbs for w in words[1:-1])
        # "..., sagt auch der Sprecher der DSW, Jürgen Kurz.": the name closing the sentence, apposed to the
        # description the inverted cue credits
        if end < len(text) and text[end] != "." or not text[max(0, start - 2) : start] == ", ":
            return False
        window = text[max(0, start - _INVERTED_REACH) : start - 2]
        cue = max(window.rfind(", "), 0)
        words = [w.lower() for w in window[cue:].split()[1:]]
        if not words or words[0] not in lex.cue_verbs or "." in window[cue:]:
            return False
        described = words[2:] if len(words) > 2 and words[1] in lex.cue_adverbs else words[1:]
        # (a description after the verb, "der Sprecher der DSW"; not a clause: "suggesting that ... nominee, Trump.")
        return len(described) > 1 and described[0] in lex.determiners and lex.subordinators.isdisjoint(described)

    def _described_subject(self, text: str, start: int, end: int) -> bool:
        """Whether a sentence opens on a description and a cue verb ("The junior minister said ..."): the
        sentence is about whom it describes, so the next "he" is them."""
        if text[start : start + 12].split(maxsplit=1)[0].lower() not in self.g.lexicon.determiners:
            return False
        # (the pattern opens on "^", which matches only where the string starts: the sentence is matched as a string
        # of its own, so a description opening any sentence is read, not only one opening its block; it holds a cue
        # verb after white space, which ``any_verb`` finds in the same span, "\b" read alike at its ends: most of the
        # texts a description opens hold none, and one scan for the verb costs less than the pattern's failing match)
        if self.g.any_verb.search(text, start, end) is None:
            return False
        described = self.g.speaker_verb.match(text[start:end])
        if described is None or not _plausible(self.g, described.group("who")):
            return False
        who = described.group("who")
        named = untitled(who, self.g.lexicon.code).split()
        if "," not in who and len(named) > 1 and known_first_name(named[0]) and named[-1][:1].isupper():
            # "Die Vorsitzende Ute Brenner rief ...": a title before a full name, read as the name it is (a title
            # before a surname tells namesakes apart: "La doctora Aguado respondió"; a description with the name
            # apposed to it gives it: "Die Vorsitzende der Gewerkschaft, Jana Wolter, widersprach"; "The Clinton
            # campaign said" names a body)
            return False
        who_end = start + described.end("who")
        if self._apposed_name(text, who_end):
            return False  # "Die Qualitätsleiterin des Unternehmens, Dr. Anja Seidl, erklärte": about the name after it
        name = self._cast.resolve(_mention(self.g, described.group("who")))
        person = self._cast.find(name) if name else None
        if name is not None:
            self._cast.role_lead(who, person)  # ("The minister told the packed kirk that …": no one holds the role yet)
        if person is None:
            self._thing_subject(who)  # ("Die Studie zeigt, dass ...": no one)
        else:
            # ("Der Fischer Josef Mair, genannt Sepp, kennt ...": his short form)
            self._cast.alias(person, person_alias(text, who_end, person.name, self.g.lexicon.code))
            self._cast.label(person, person_label(text, who_end, person.name))
        if person is not None and (role := _APPOSITIVE_ROLE.match(text, who_end, end)):
            self._cast.appositive(person, role.group(1))  # "Der Abgeordnete Felix Brandner, ein früherer Staatsanwalt,"
        return name is not None

    def _thing_subject(self, description: str) -> None:
        """A sentence opens on a description that names no one: in a language that capitalises its nouns, a thing
        ("Die Zeitung schürt Angst. Sie enthielt ...": the paper, whose pronoun is no woman's; a body named so is
        the cast's to resolve)."""
        words = description.split()
        lex = self.g.lexicon
        opens = len(words) > 1 and words[0].lower() in lex.definite
        if lex.capitalised_nouns and opens and _STOPS.isdisjoint(description):
            head = words[-1].lower()
            if not self._cast.person_noun(head):
                self._cast.thing_subject(words[0], head)

    def _placed(self, name: str, text: str, stop: int) -> bool:
        """Whether a run after a preposition of place names the place, not a person: it opens on no known first name
        or day and holds no full name after the place, no age is set off after it, and it is no full name in the
        possessive."""
        first, _, rest = name.partition(" ")
        return (
            not known_first_name(first)
            # ("am Montag Marco von Hagen": a day after the preposition, then a name)
            and first.lower() not in self.g.lexicon.date_words
            # (nor a known first name before another word: the place, then a person, "aus Berlin Doris von
            # Sayn-Wittgenstein"; "in San José" is a place)
            and not (" " in rest and any(map(known_first_name, rest.split()[:-1])))
            and (not text.startswith(",", stop) or _AGE_APPOSED.match(text, stop) is None)
            and not (name.endswith("s") and self._possessive_name(name))
        )

    def _place_before_name(self, text: str, start: int, phrase: str) -> int:
        """How many characters of a run of three words or more after a link of "of" or of place ("d'", "de", "of",
        "from", "aus", "desde") name the place or body, not the person: its first word, no given name a lexicon knows,
        when the article writes the rest alone elsewhere ("le lutteur d'Abéché Mahamat Haggar" under the headline
        "Mahamat Haggar sacré"; "the mayor of Kankan Mamadou Koulibaly" where "Mamadou Koulibaly" stands alone); 0
        when the run is read whole ("Hadidja Ali Mohamed", the first word a given name no lexicon knows, never named
        without it)."""
        first, _, rest = phrase.partition(" ")
        if known_first_name(first) or not rest[:1].isupper():
            return 0
        lex = self.g.lexicon
        link = text[start - 8 if start > 8 else 0 : start]
        elided = link[-2:] in ("d'", "d’") and not link[-3:-2].isalnum()
        words = link.split()
        if not elided and not (words and len(link) - len(link.rstrip()) == 1):
            return 0  # (the link right before the run, a space between)
        if not (elided or words[-1].lower() in lex.of_links or words[-1].lower() in lex.place_prepositions):
            return 0
        alone = self._written_alone.get(phrase)
        if alone is None:
            texts = list(self._texts())
            alone = self._written_alone[phrase] = sum(map(str.count, texts, repeat(rest))) > sum(
                map(str.count, texts, repeat(phrase))
            )
        return len(first) + 1 if alone else 0

    def _named(self, match: re.Match[str]) -> tuple[int, str]:
        """Where the capitalised run's name starts, and the run from there: a word that opens a sentence but
        names no one ("Selon", "Laut", "According") is no part of the name after it."""
        first, _, rest = match.group().partition(" ")
        if not rest[:1].isupper():
            return match.start(), match.group()  # (most runs: one word, or none capitalised after the first)
        low = first.lower()
        lex = self.g.lexicon
        # (nor does a cue verb opening a sentence before its speaker: "Said Jo Reed, who ...")
        named_no_one = low in lex.not_names or low in lex.cue_verbs or low in lex.prepositions  # "Absent", "Outside"
        # ("D'après Annick Morvan": not hers; nor a cleft's opener: "C'est Ruby Hodge, 23 ans, qui parle ainsi" names
        # Ruby Hodge)
        named_no_one = named_no_one or low.replace("’", "'") in _OPENERS_OF_NO_ONE[lex.code]
        if named_no_one and low not in lex.determiners and low not in lex.titles:
            return match.end() - len(rest), rest
        return match.start(), match.group()

    def _description(self, text: str, run: re.Match[str]) -> int | None:
        """Where a definite description opens the sentence a capitalised run opens ("The former president
        showed ...", "But the senator said ...", "His brother found the first coin"), or None."""
        lex = self.g.lexicon
        words = run.group().split()
        if words[0].lower() in lex.definite or self._cast.possessive(words[0].lower()):
            return run.start()
        if len(words) > 1 or words[0].lower() not in lex.stopwords:
            return None
        following = _WORD_START.search(text, run.end(), run.end() + 3)
        word = text[following.start() : following.start() + 12].split()[:1] if following else []
        return following.start() if following and word and word[0] in lex.definite else None

    @staticmethod
    def _unnamed_subject(text: str, run: re.Match[str], opening: int) -> bool:
        """A capitalised run after "The" is the sentence's subject even when it names no one: "The Wisconsin
        Republican did give Trump some credit" is not about Trump (but "The Acme Group's CEO, Jo Bloggs,"
        is about Jo Bloggs)."""
        # ("Die Qualitätsleiterin des Unternehmens, Dr. Anja Seidl, erklärte": the description may run on first)
        appositive = _NAME_AFTER_DESCRIPTION.match(text, run.end()) is not None
        return opening == run.start() and " " in run.group().strip() and not appositive

    def _subordinate(self, text: str, start: int, reported: bool = False) -> bool:
        """Whether the word before ``start`` opens a clause of its own ("whether she", "als er"); with ``reported``,
        a cue verb too ("said Trump continued": what was said, no subject of the sentence)."""
        previous = text[start - 12 if start > 12 else 0 : start].split()[-1:]
        lex = self.g.lexicon
        return bool(previous) and (
            previous[0].lower() in lex.subordinators or reported and previous[0] in lex.cue_verbs
        )

    def spoke(self) -> None:
        """A quote's speaker was just named: the sentence has its subject."""
        self._queue.append(False)

    def new_block(self) -> None:
        self._queue.append(True)

    def heading(self, text: str) -> None:
        """The block begun is a subheading of the body (``Cast.heading``)."""
        self._queue.append(text)


@dataclass(slots=True)
class _Found:
    """A quote as read, before it is made a :class:`Quote`."""

    spans: list[_Span]
    words: str
    who: str | None
    cue_after_end: int = -1  # where the after-cue ends, to recognise a split quote's second part
    has_cue: bool = False
    speaker: str | None = None  # resolved when found, before the names that follow are learnt
    mention: str | None = None  # the speaker as the cue names them
    # The description a cue gives beside the name it credits, and the mention read of that name ("said the mayor, Ann
    # Cole": "the mayor", "Ann Cole"): the quote shows the description, as a cue of the description alone would
    described: tuple[str, str] | None = None
    dropped: str | None = None  # for a cue whose subject the language drops, the subject of the sentence before
    split: bool = False  # a part of a quote split around its cue (“A,” she said, “B.”): speech, never a title
    goes_on: bool = False  # the cue after it says the speaker goes on (“…,” he added): lexicon ``going_on_verbs``
    addressee: str | None = None  # the name the cue's verb addresses (“…,” he told Rubio): never the pronoun's referent
    plural: bool = False  # the cue's verb, put first, is in the plural («…», gritaron): a group speaks, no one person
    # the cue credits several people at once ("said together", "wie aus einem Mund"): speech, but no one person's
    chorus: bool = False
    # The sentence after a cue inside the marks that ended this one (« A, assure-t-elle. B »): a second claim
    rest: _Found | None = None
    # the description of a role no one held that the cue's pronoun or dropped subject stood for ("The minister told the
    # packed kirk …. “…,” she said."): its holder, if the article names one later, is the speaker (Cast.role_lead)
    role_lead: RoleLead | None = None
    # the people the cue credits at once, as its sentence lists them ("Anne-Marie, Gérard et Luc Vallat ont expliqué"):
    # the speaker as written (``_listed_people``), no one person of them
    listed: str = ""
    # the person whose words the speaker speaks or passes on in this quote ("Her aide, X, delivered her message:",
    # "sprach an seiner Stelle"): this quote's and its parts', not the speaker's own later words (``_spoken_for``)
    voices: str | None = None
    # the person a description cue's words rule out by their gender, whom it was credited to before (``Cast.fitting``
    # left it as written: "entgegnete der Ortsvater" after an innkeeper's quote): whose saved words these are, no proof
    ruled_out: str | None = None
    # the cue's description is someone whose name a clause after it withholds ("said the cyclist, who asked not to be
    # named"): someone unnamed, as "said a cyclist" is, never the holder of the role named before
    withheld: bool = False
    # the cue is a tag read by its shape alone, whatever its verb (``_shaped_tag``): a body's noun in it that no person
    # the cast holds stands for is no speaker ("„…“, schloss der Stadtrat": the council or a councillor), as if no cue
    shaped: bool = False
    # where the quote stands among what the text says of people when it was credited (``Cast.heard``): of two people a
    # description fits as well, the one named nearer before it (``Cast.fitting``)
    heard: int = -1


_DESCRIPTION_REACH = 120  # characters after a quote a cue's description is read to the end of its clause in
_DESCRIPTION_CLOSE = re.compile(r"[.,;:!?()«»“”„\"]")  # what closes a cue's description after the quote
_WRITER_BLOCKS = 4  # blocks at the top of the body read for the writer's name (a draft's front matter, a byline)
# A front matter's "author:" and the capitalised words of the name after it (the block's lines are run together)
_AUTHOR_LINE = re.compile(rf"\bauthor\s*[:=]\s*[\"']?([{CAPITALS}][\w.'’-]*(?: [{CAPITALS}][\w.'’-]*)*)")


def _writer(g: Grammar, blocks: list[Block]) -> str | None:
    """The article's one writer: the "author:" of a draft's front matter, or the one full name of a byline ("By Nerea
    Castelló · 21 de julio de 2026"); None for none or several ("By Vivian Leung and Marcus Ho")."""
    for block in islice((b for b in blocks if b.in_body), _WRITER_BLOCKS):
        if front_matter(block.text):
            author = _AUTHOR_LINE.search(block.text)
            return author.group(1) if author is not None else None
        if byline(block.text, g.lexicon.code):
            names = [
                run.group()
                for run in _CAPITAL_RUN.finditer(block.text)
                if " " in run.group() and known_first_name(run.group().split()[0])
            ]
            return names[0] if len(names) == 1 else None
    return None


def find_quotes(document: Document, blocks: list[Block]) -> list[Quote]:
    """Every quotation in the article's blocks, in document order, with its speaker."""
    singles = not any(mark in document.text for mark in ("“", '"', "„", "«", "''"))
    code = article_language(document, blocks)
    # In a language without a lexicon the quotes are still found (marks are marks), but no speaker
    # is guessed: the English grammar only keeps split quotes together.
    g = grammar(code or "en")
    # (the cues after quotes are kept within one article: what the readers ask again of a quote is its own article's)
    _speaker_in_window.cache_clear()
    # (read for every cue's subject: looked up once per article)
    ands, behalf_anchors = _SPACED_ANDS[g.lexicon.code], _BEHALF_ANCHORS[g.lexicon.code]
    def body_texts() -> Iterator[str]:
        return map(attrgetter("text"), filter(attrgetter("in_body"), blocks))  # (in C: asked for each quote)

    reader = _Reader(
        g, lambda: Cast(lexicon=g.lexicon, common=common_words(body_texts()), writer=_writer(g, blocks)), body_texts
    )
    found: list[_Found] = []
    pending: list[_Span] = []  # a multi-paragraph quote still open
    floor = 0  # where the text before the open quote's first part may hold its cue
    last_speaker: str | None = None
    entry: Element | None = None  # the live-blog entry the last block stood in

    def add(chain: list[_Span], cursor: int, cue_text: str | None = None) -> _Found:
        """Attribute a quote (its spans, one per paragraph) and add it, or join it to the quote it continues."""
        nonlocal last_speaker
        index, span = chain[-1].block, chain[-1]
        item = _attribute(g, blocks, chain, cursor, cue_text)
        if item.who and found and (member := _member_before_title(g, blocks, found[-1], chain, item.who)) is not None:
            item.who = member or None  # "Jana Lenz von „Rettet die Moore“ sagt: „…“": hers, never "Moore"
        if front_matter(blocks[index].text):
            item.who = None  # a draft's metadata ("title: “...” author: ... publication: ..."): no one is credited
        if (
            blocks[index].quote_block
            and (credit := _credit_name(g, blocks[index].text, span.end)) is not None
            and not _cued_before(g, blocks[chain[0].block].text, chain[0].start)
        ):
            # "> Zitat des Tages „…“ *Tobias Lenz, Grüne*": a block quotation closing on a credit line is that name's
            # (a label before the quote names no one; a cue of the quotation's own does: "> Trainer Jonas Weber sagte:
            # „…“ *Sportreporter Lena Koch*" is the trainer's, the credit the reporter who wrote the box)
            item.who, item.has_cue = credit, True
        if item.who is None and (
            credit := _credit_line(g, blocks, index)
            or _caption_credit(g, blocks[index], span)
            or _back_credit(g, blocks, index, item)
            or _corrected_credit(g, blocks[index], item)
            or _headline_credit(g, blocks[index], span)
            or _cell_credit(g, blocks, index, span, reader)
        ):
            item.who, item.has_cue = credit, True
        if item.who is None and (reported := _reported_paragraph(g, blocks, found, chain)) is not None:
            item.who = reported  # "X said the figure was wrong." then a paragraph of quote: X's words go on
        if item.who is None and (subject := _subject_paragraph(g, blocks, found, chain, reader)) is not None:
            item.who = subject  # "Farmer X has kept cows here for years." then a paragraph of quote: X's words
        if item.who is None and (subject := _subject_sentences(g, blocks, found, chain, reader)) is not None:
            item.who = subject  # "„…“, sagte Roth. Greta Lindner backt seit 1990. Um vier steht sie auf. „…“": hers
        if item.who is None and g.lexicon.narrative_openers and (
            narrative := _narrative_infinitive(g, blocks[chain[0].block].text, chain[0].start)
        ):
            # "… », raconte Fatoumata Keïta. Et de résumer sa méthode : « … »": her words, as a cue's
            item.who, item.has_cue = narrative[0], True
            if not narrative[1]:
                item.dropped = _subject_before(g, blocks[chain[0].block].text, chain[0].start)
                if (before := _quoted_before(blocks, found, chain)) is not None:
                    _continue_subject(g, item, before)
                if item.dropped is None:
                    item.who, item.has_cue = None, False  # (no subject before it: no one, never the verb)
        if item.who is not None and _epithet(g, blocks[chain[0].block].text, item):
            item.who, item.has_cue = None, False  # "adieu à Marcel Vialatte, « l'accordéon du Cantal »": his epithet
        # ("Ein Sprecher der Dienststelle …, der für den Staatsrat sprach, dessen Namen er nicht nannte, sagte:")
        relative = item.who is not None and item.who[:1].islower()
        if relative and str(item.who).split(maxsplit=1)[0] in g.lexicon.relative_pronouns:
            item.who = _voice_before_clauses(g, blocks[chain[0].block].text, chain[0].start) or item.who
        cue_who, cue_at = None, -1
        if item.who is not None:
            item.who = _body_across_and(g, blocks, chain, _voiced_in_full(g, blocks, chain, item.who))
            item.who = _body_of_region(g, blocks, chain, _group_from_place(g, blocks, chain, item.who))
            item.who = _without_trailing_participle(g.lexicon, blocks, chain, item.who)
            # ("Les trois héritiers, Anne-Marie, Gérard et Luc Vallat, ont expliqué … : « … »": the three, as written)
            if (named := _named_part(g.lexicon, item.who, blocks[chain[0].block].text)) is not None:
                item.listed = _listed_people(g, blocks[chain[0].block].text, chain, *named)
            if not item.listed:
                # ("ont raconté les deux tubistes de la fanfare, Arnaud et Lucie Mathieu": the two named after it;
                # "sagten die beiden Schwestern, Resi und Vroni Gruber", whose capitalised noun is no name)
                item.listed = _apposed_list(g.lexicon, blocks[chain[0].block].text, chain, item.who)
            if not item.listed and named is not None:
                # ("Zwei langjährige Mitarbeiter, Josef Haslinger und Herta Pichler, sagten": both, not the last)
                item.listed = _listed_after_description(g.lexicon, blocks[chain[0].block].text, chain, item.who)
            if not item.listed and "s " in item.who and _owned_group(g.lexicon, item.who):
                item.listed = item.who  # ("yelled Kluske's mates": the group, as written, not Kluske)
            # (where the cue's subject stands near the quote, for the group and the person spoken for: bounded finds)
            # (after the quote, else before it, within _CUE_REACH characters: never the whole paragraph per quote)
            cued, cue_who = blocks[chain[0].block].text, item.who
            cue_at = cued.find(cue_who, chain[-1].end, chain[-1].end + _CUE_REACH + len(cue_who))
            if cue_at >= 0 and (surname := _nicknamed(cued, cue_at + len(cue_who))):
                # ("dijo José Manuel «Rayu» Fernández": the name whole, the nickname in marks inside it left out)
                item.who = cue_who = f"{cue_who} {surname}"
            if cue_at < 0:
                cue_at = cued.rfind(cue_who, max(0, chain[0].start - _CUE_REACH - len(cue_who)), chain[0].start)
            if (
                not item.listed
                and cue_at >= 0
                and (
                    cued.startswith(ands, cue_at + len(cue_who))
                    or cued.endswith(ands, 0, cue_at)
                    or any(map(cue_who.__contains__, ands))
                )
            ):
                # ("sagten Döll und seine Familie", "said the women of the choir and Grace Phiri": with their group)
                item.listed = _with_group(g.lexicon, cued, chain, cue_who, cue_at)
            if (
                not item.listed
                and cue_at >= 0
                and cue_who.split(maxsplit=1)[0].lower() in g.lexicon.plural_articles
                and _cried(item)
            ):
                # ("« Des rames ! » ont scandé les membres du collectif Marais Tranquille, …": the group whole)
                item.listed = _group_in_full(g.lexicon, cued, cue_who, cue_at)
                item.listed = _without_trailing_participle(g.lexicon, blocks, chain, item.listed)
            if not item.listed and cue_at >= 0 and ("'s " in cue_who or "’s " in cue_who):
                # ("The Holcomb Senior Center's Tuesday quilting circle … applauded": the circle, not the centre)
                item.listed = _owned_group_in_full(g.lexicon, cued, cue_who, cue_at)
            if not item.listed and cue_at >= 0:
                # ("Die Velofahrerinnen und Velofahrer auf der Tribüne riefen:" was "Velofahrerinnen": both genders'
                # plurals of one noun, an "and" between them, are one group)
                item.listed = _gendered_pair(g.lexicon, cued, cue_who, cue_at)
            if not item.listed and cue_at >= 0 and g.lexicon.genitive_articles:
                # ("Die Schwimmgruppe des Turnvereins skandierte:" was "Turnvereins", "Die Kinder der fünften Klasse
                # sangen:" was "Kinder": the group's noun and its genitive are one name)
                item.listed = _group_with_genitive(g.lexicon, cued, cue_who, cue_at)
            if not item.listed and cue_at >= 0 and _spoken_to(g, cued, cue_at, cue_at + len(cue_who)):
                item.who = None  # ("Gegenüber dem Schwarzwälder Boten nannte sie …", "told the Herald": whom to)
        said = blocks[index].text
        translator = _translator(g, said, chain) if item.who and _may_translate(g.lexicon.code, said) else None
        if item.who is not None and translator is not None and item.who.strip() in translator:
            # "Su nieta, Wara Condori, tradujo sus palabras: «…»": the words of whom the text spoke of before her
            item.who = _translated_speaker(g, blocks[index].text, chain[0].start, item.who)
        dropped = item.who is not None and _dropped_verb(g, item.who)
        if dropped or item.who is not None and item.who.lower() in _dummies(g.lexicon.code):
            item.dropped = _subject_before(g, blocks[chain[0].block].text, chain[0].start)
        if dropped and (before := _quoted_before(blocks, found, chain)) is not None:
            _continue_subject(g, item, before)
        if item.who is not None and item.addressee is None and item.cue_after_end < 0:
            # ("She thanked Arceneaux for the map before she put the motion to a vote:": never Arceneaux)
            framed = _framing_pronoun(g, blocks[chain[0].block].text, chain[0].start)
            if framed is not None and framed[0] == item.who.lower():
                item.addressee = _person_named_in(reader.cast, framed[1])
        if (translated := _translated(blocks, found, chain)) is not None:
            # „Mir sinn houfreg“ („Wir sind stolz“), sagte sie: the translation is the words of whoever said the quote
            item.who, item.has_cue, item.speaker, item.mention = (
                translated.who, translated.has_cue, translated.speaker, translated.mention
            )
            found.append(item)
            return item
        # (a quote never closed starts a quotation of its own: it is no second part of the one before)
        target = _continues(g, blocks, found, item) if span.closed else None
        if target is not None:
            # “A,” she said, “B.” or “A,” she said. “B.”: a second claim, by the same speaker (each part is checked on
            # its own; the run of both is evidence, see speaker_runs)
            # (the first part is speech whatever follows its cue: “Big Sale Today!” the mayor said. “...” is no
            # title; the second is when the cue interrupted its sentence)
            found[target].split = True
            if not _opens_sentence(blocks, item) or _sentence_alone(blocks, item):
                item.split = True
            last_speaker = _carry_speaker(found[target], item) or last_speaker
            item.chorus = found[target].chorus
            found.append(item)
        else:
            # (a cue the reader could not make out after the quote names someone else: "“...,” a spokesman for the
            # union said" continues no one; one naming the last speaker continues them: "„…“, fügte von Hagen hinzu")
            unread_cue = item.who is None and _cued_after(g, blocks[index].text, span.end)
            if unread_cue and last_speaker:
                text = blocks[index].text
                unread_cue = not _names_alone(last_speaker.split()[-1], text[span.end : sentence_end(text, span.end)])
            # (a line of dialogue of no cue, or a quote alone after a question and its answer: the turns first, not
            # the line's before in its paragraph, nor the last speaker going on)
            turn = _alternating_speaker(found, chain) if item.who is None else None
            last_speaker = _resolve(
                g,
                item,
                reader,
                None if unread_cue or turn else last_speaker,
                _recent_speaker(found, index),
                turn
                or (_framing_pronoun_speaker(g, blocks, chain, reader) if item.who is None else None)
                or _paragraph_speaker(g, blocks, found, chain)
                or _lead_in_speaker(g, blocks, found, chain)
                or (_recording_speaker(blocks, found, chain, reader) or _letter_writer(g, blocks, item, reader)
                    if item.who is None else None),
                bool(item.who)
                and (
                    g.lexicon.impersonal_cues != ()
                    or str(item.who).lower() in g.lexicon.document_anaphors
                    or dropped and item.dropped is None
                )
                and _new_document(g, blocks, item, signed=not g.lexicon.impersonal_cues, dropped=dropped),
                blocks,
            )
            behalf = cue_at + len(cue_who) if item.has_cue and cue_who and cue_at >= 0 and item.who == cue_who else -1
            if (
                behalf >= 0
                and item.speaker
                and chain[-1].block == chain[0].block
                and _behalf_near(
                    behalf_anchors,
                    blocks[index].text,
                    chain,
                    cue_at,  # (before it too: "In seinem Namen sprach seine Büroleiterin X:")
                    behalf + _BEHALF_REACH if chain[0].start < behalf else min(behalf + _BEHALF_REACH, chain[0].start),
                )
                and (principals := _spoken_for(g, blocks[index].text, chain, str(cue_who), cue_at))
            ):
                # ("Seine Sprecherin, Anja Meinel, sagte in seinem Namen:": hers and the mayor's words at once)
                item.voices = _speaks_for_person(reader.cast, item.speaker, *principals)
            # ("said together", "wie aus einem Mund": a group's words, no one person's, though speech)
            item.chorus = bool(item.speaker) and (
                bool(g.lexicon.chorus_phrases)
                and _in_chorus(g, blocks, item)
                or cue_who is not None
                and _cried(item)
                and _crowd(g.lexicon, blocks[chain[0].block].text, cue_who, cue_at)
            )
            if item.speaker and len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS:
                reader.spoke()  # (a term credited in a clause opening the sentence leaves the subject to come)
            found.append(item)
        if item.rest is not None:  # (the sentence after a cue inside the marks that ended the first: the same speaker's)
            item.rest.speaker, item.rest.mention, item.rest.dropped = item.speaker, item.mention, item.dropped
            item.rest.chorus, item.rest.voices = item.chorus, item.voices
            found.append(item.rest)
        return item

    rails = _rail_blocks(blocks)
    for index, block in enumerate(blocks):
        if not block.in_body or index in rails or block.place is Place.BODY and _linked_teaser(g, block):
            continue  # (a rail's teasers are other articles' headlines)
        text = block.text
        # Title-case headlines ("Clinton Wades In, Urges Britain ...") name no one reliably.
        # (nor does a byline: "Nerea Castelló · 21 de julio de 2026" is the writer, never whom the story is about)
        # (nor a line of page furniture: "Story continues below")
        # (nor a draft's front matter: its "author:", "publication:" and "média:" lines name who wrote and published it,
        # never whom the story is about)
        unread = (
            block.place is Place.HEADLINE
            or _title_case(text)
            or byline(text, g.lexicon.code)
            or _furniture(text)
            or front_matter(text)
        )
        learn = _skip if unread else reader.aside if block.place is Place.CAPTION else reader.read
        reader.new_block()
        block_entry = _entry(block)
        heading = block.place is Place.BODY and (_is_heading(text) or _heading_element(block))
        if heading and not unread:
            reader.heading(text)  # ("Rubio says he hopes …": whom the text after it is about, Cast.heading)
        if block.place is not Place.BODY or heading or block_entry is not entry:
            last_speaker = None  # a new entry (live blog), a pull quote or a caption: no speaker carries over
        entry = block_entry
        display = block.place in _SINGLE_QUOTED
        # (only a quote left open on words, not markup: a code block's '"}]}]}' runs on into no paragraph)
        run_on = _run_on(text, index, _opening_glyph(blocks, pending[0]), singles) if pending else None
        run_on = run_on if run_on and _prose(blocks, pending) else None
        spans = _pair_marks(_continued(g, text) if pending else text, index, singles or display, display,
                            run_on.end if run_on else 0)
        spans = [run_on, *spans] if run_on else spans
        if g.lexicon.dialogue_dashes and block.place is Place.BODY:
            following = blocks[index + 1].text if index + 1 < len(blocks) else ""
            spans = _dialogue_spans(g.lexicon, text, index, spans, following)
        # (a line led by a dash looked for once: most paragraphs have none, and neither reader is called for them)
        if not spans and block.place is Place.BODY and (starts := _spoken_line_starts(text)):
            spans = _spoken_spans(g, text, index, starts) or _uncued_spoken_line(g, blocks, index, starts)
        elif spans and ("\n" in text or any(map(text.__contains__, _REPLY_DASHES))) and block.place is Place.BODY:
            spans = _marked_dialogue(g, text, index, spans)  # ("« A ? demande X. / — B, répond Y. »": two lines)
        if pending and not (spans and text[: spans[0].start].strip() == ""):
            if _prose(blocks, pending):
                add(pending, floor)  # the next paragraph did not open with a mark: the quote ran to its paragraph's end
            pending = []
        cursor = read = 0  # where the last quote ended; where the reader has read to
        unnicked = _without_nicknames(text, spans)
        names = _without_credits(unnicked)
        # (a nickname inside a name is no term a cue's sentence holds: "José «Chepe» Xajil … dice:" is José Xajil)
        cue_text = _unmarked_terms(unnicked, spans)
        for span in spans:
            if names[span.start] == " ":
                continue  # a nickname inside a name (Gerald “The Hammer” Doyle): part of the name, no claim
            if _labelled_line(text, span.start):
                continue  # an advertisement's slogan or another article's headline, on a line of its own
            learn(names, read, span.start)
            read = span.end
            if not span.closed:
                floor = floor if pending else cursor
                pending.append(span)
                break
            item = add(pending + [span], floor if pending else cursor, None if pending else cue_text)
            pending = []
            if span.dialogue or len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS:
                # (a term in marks leaves its sentence's cue to the quote after it; a turn of dialogue, however short,
                # keeps its own: "—¿Hay trabajo? —le preguntó X. —Mañana no —respondió Y.", the second turn Y's)
                cursor = span.end
        learn(names, read, len(text))
        if block.quote_block and not spans and text.strip() and not _is_credit(g, blocks, index):
            # A block quotation without marks: the whole block is the quote (but a last line "— Name" credits it).
            words, _, credit = text.strip().rpartition("\n")
            who = _dash_credit(g, credit) if words else None
            end = len(text) - len(text.lstrip()) + len(words.rstrip()) if who else len(text)
            item = _Found([_Span(index, 0, end)], text[:end].strip(), who)
            item.who = item.who or _credit_line(g, blocks, index) or _back_credit(g, blocks, index, item)
            if item.who is None and (cue := _cue_ending_previous(g, blocks, index)) is not None:
                item.who = cue.group("who")  # "La ministra escribió:" and the block: the cue's subject wrote it
            last_speaker = _resolve(g, item, reader, last_speaker, _recent_speaker(found, index))
            found.append(item)
    if pending and _prose(blocks, pending):
        add(pending, floor)  # the article ended inside a quote
    if code is None:
        for item in found:
            item.speaker = item.mention = None
    else:
        _credit_echoes(blocks, found, reader)
        _credit_later_holders(g, blocks, found, reader)
        _credit_surnames_named_later(found, reader)
        _credit_fitting_people(g, blocks, found, reader)
        _credit_opening_quote(g, blocks, found)
    # (with no speaker there is no voice to look up, no name to retitle nor to write whole: the text after the last cue
    # is never read; neither credit below gives a speaker to a quote that has none)
    cast = reader.cast if any(item.speaker for item in found) else None
    if cast is not None:  # (an article of no lexicon has no speaker)
        _credit_retitled(found, cast)
        _credit_surnames_written_whole(blocks, found, cast)
    quotes: list[Quote] = []
    named: _Found | None = None  # the quote before, when it was a name or a sign's words
    introduced = _introduced(blocks)
    for item in (item for item in found if item.words.strip()):
        listed = _listed_with(g, blocks, named, item)
        quote, mention = _quote(g, document, blocks, item, cast, listed, introduced[item.spans[0].block])
        quotes.append(quote)
        named = item if mention is _Mention.NAME else None
    return quotes


# The most words between two quotes read as one list ("„A“ stand auf einem, „B“ auf einem anderen")
_LIST_GAP_WORDS = 4


_VOICE_REACH = 160  # characters after a quote's end, or before its start, where a cue naming a spokesperson stands


def _voice_before_clauses(g: Grammar, text: str, start: int) -> str | None:
    """The spokesperson a sentence opens on when the cue's subject before quoted words at ``start`` was read in a
    relative clause ("Ein Sprecher der Dienststelle für Naturgefahren, der für den Staatsrat sprach, dessen Namen er
    nicht nannte, sagte:" read "dessen Namen er nicht"): the words up to the first comma when they open on a
    determiner and a voice role (lexicon ``voice_roles``: the body they speak for, whom the cast credits), else
    None."""
    lex = g.lexicon
    opening = sentence_start(text, start)
    head = text[opening : text.find(",", opening, start)] if "," in text[opening:start] else ""
    words = head.split()
    if len(words) < 2 or words[0].lower() not in lex.determiners and words[0].lower() not in lex.indefinite:
        return None
    if title_role(words[1], lex) not in lex.voice_roles:
        return None
    # (where nouns are capitalised, an adjective between an article and the body's noun is no part of its name: "der
    # kantonalen Dienststelle")
    adjectives = {
        i
        for i in range(3, len(words) - 1)
        if lex.capitalised_nouns and words[i].islower() and words[i - 1].lower() in lex.articles
        and words[i + 1][:1].isupper()
    }
    return " ".join(w for i, w in enumerate(words) if i not in adjectives)


_ROLE_STEM = 6  # the letters every form of a voice role opens on ("spokes" of "spokeswoman", "portav" of "portavoces")


@lru_cache(maxsize=8)
def _voice_stems(code: str) -> frozenset[str]:
    """The stems of a language's voice roles and of the other words for them ("portav" of "portavoz", "vocera" of the
    Latin American "vocera"): a credit naming none of them names no spokesperson."""
    lex = LEXICONS[code]
    forms = lex.voice_roles | {form for form, role in lex.role_forms.items() if role in lex.voice_roles}
    return frozenset(form[:_ROLE_STEM] for form in forms)


def _body_kind(lex: Lexicon, words: list[str]) -> bool:
    """Whether a cue's span is a body named by its kind, whose name may go on after it: a definite article and an
    organisation word ("la préfecture"), its article left out or written onto it in a language that writes a body's
    parts in lower case ("recordó la Asociación", "L'Association"), there with its adjectives, a part written onto a
    link or its "of" part in lower case ("la junta directiva", "le conseil d'administration", "la direction régionale
    des douanes")."""
    at = 1 if len(words) > 1 and words[0].lower() in lex.definite else 0
    noun = _unelided(words[at]) if at < len(words) else ""
    if noun.lower() not in lex.organisation_words:
        return False
    rest = words[at + 1 :]
    if not lex.lower_body_parts:
        return at == 1 and not rest
    links = _of_words(lex.code)
    parts = [w for w in rest if w not in links]
    return (
        (at == 1 or noun[:1].isupper())
        and all(w.islower() and w not in lex.stopwords for w in parts)
        and len(parts) <= _BODY_PARTS
        and (not rest or rest[-1] not in links)
    )


_BODY_PARTS = 2  # the lower-case words a body's kind may have in a cue's span ("la junta directiva")


# A nickname in quote marks inside a name, then the rest of the name ("José Manuel «Rayu» Fernández", "Jimmy “The
# Hammer” Reid", "Hans „der Bär“ Huber"): at most four words in the marks, no sentence end, the surname after them
_NICKNAME_WORD = r"[^\s«»“”„\"‘’.!?:;,]{1,30}"  # (bounded: a word of a nickname, never a run of text)
_NICKNAMED = re.compile(
    rf" [«“„\"‘] ?{_NICKNAME_WORD}(?: {_NICKNAME_WORD}){{0,3}} ?[»”“\"’] (?P<surname>{NAME_RUN})"
)
_NICKNAME_OPENERS = frozenset("«“„\"‘")


def _nicknamed(text: str, end: int) -> str | None:
    """The rest of a cue's name after a nickname in quote marks right after the part the cue read (see ``_NICKNAMED``),
    or None (a character test first: most names are followed by no quote mark)."""
    if text[end + 1 : end + 2] not in _NICKNAME_OPENERS or text[end : end + 1] != " ":
        return None
    found = _NICKNAMED.match(text, end)
    return found.group("surname") if found else None


def _voiced_in_full(g: Grammar, blocks: list[Block], chain: list[_Span], who: str) -> str:
    """A cue's credit of an unnamed spokesperson with the whole name of the body they speak for, where the cue's span
    cut it short (:func:`voiced_body`: "eine Sprecherin des Eigentümervereins Haus| und Hof Lindenhain", "une
    porte-parole de la Mutuelle| des Bocages", "said a spokesman| for the Friends of Harbour Park"): the cast gives
    the words to that body. So is a body's kind with what it is of: "la préfecture| de la Martinique"."""
    lex = g.lexicon
    words = who.split()
    # (a body named by its kind, "a indiqué la préfecture| de la Martinique lundi": the name the cue's span cut off)
    # (its article left out, or written onto it: "recordó la Asociación| ...", "L'Association| des pêcheurs a dit")
    kind = _body_kind(lex, words)
    # (or a body's name cut at a joiner the span does not read on: "informó el Organismo de Agua| de los Valles"; its
    # article may be written onto its noun, "L'association Droit| au Toit Douaisien", or left out of the span before
    # its "of" part: "apunta la Secretaría de Pueblos| y Comunidades Indígenas"; or its kind may end the span after a
    # place: "said the Kentucky Department| for Libraries and Archives")
    noun = 1 if len(words) > 2 and words[0].lower() in lex.definite else 0
    kinds = lex.organisation_words
    ended = bool(noun) and words[-1].lower() in kinds and _unelided(words[noun]).lower() not in kinds
    cut = (
        len(words) > noun + 1
        and (noun or _unelided(words[0]) != words[0] or words[1].lower() in lex.of_links)
        and (_unelided(words[noun]).lower() in kinds or ended)
        and words[-1][:1].isupper()
    )
    roles: list[int] = []
    if not (kind or cut):
        low = who.lower()
        if not any(map(low.__contains__, _voice_stems(lex.code))):
            return who  # (a string test first, each stem's in C: most credits name no spokesperson)
        roles = [i for i, w in enumerate(words) if title_role(w, lex) in lex.voice_roles]
        if not roles or not words[0].lower() in lex.determiners and not words[0].lower() in lex.indefinite:
            return who  # (a description only: "Sprecherin Anna Kühn" is a name)
    text, at = _credit_at(blocks, chain, who)
    if at < 0:
        return who
    after_role, rest = voiced_body(lex.code)
    adjectives = adjectives_end(text, at + len(who), lex.code) if kind else at + len(who)
    who = text[at:adjectives]  # ("a rappelé la Fédération| ovine de la Drôme": its adjectives, then its "of" part)
    if cut and sentence_start(text, at) == at:
        rest = contracted_body_rest(lex.code)  # (before its verb: "L'association Droit au Toit Douaisien s'est ...")
    pattern = (
        body_of_kind(lex.code)
        if kind
        else rest
        if cut
        else after_role if roles[-1] == len(words) - 1 else rest if words[-1][:1].isupper() else None
    )
    more = pattern.match(text, adjectives) if pattern is not None else None
    if more is not None and ended and not kind and more.group().split()[0].lower() not in _of_words(lex.code):
        more = None  # (its "of" part only: "said the Leeds City Council| and Mayor Joe Pratt" are two)
    if more is None and kind and (lower := lower_of_part_end(text, adjectives, lex.code)):
        return text[at:lower]  # "la Fédération| française de football", its "of" part in lower case
    if more is None:
        return who
    added = more.group().split()
    while added and (added[-1].lower() in lex.date_words or added[-1].islower()):
        added.pop()  # "said a spokesman for Acme Water Tuesday": the day is no part of the name (nor "am" before it)
    return " ".join([who, *added])


def _credit_at(blocks: list[Block], chain: list[_Span], who: str) -> tuple[str, int]:
    """The text of the block a cue's subject ``who`` stands in and where it stands, after the quote or before it
    (-1 when it is in neither)."""
    last, first = chain[-1], chain[0]
    text = blocks[last.block].text
    at = text.find(who, last.end, last.end + _VOICE_REACH)
    if at < 0:
        text = blocks[first.block].text
        at = text.rfind(who, max(0, first.start - _VOICE_REACH), first.start)
    return text, at


def _without_trailing_participle(lex: Lexicon, blocks: list[Block], chain: list[_Span], who: str) -> str:
    """A group's description without the participle or adjective after its "of" part's name whose complement the
    cue's span left out ("les élèves de Glendon présents| dans la salle ont entonné", "los vecinos de Ribadeo
    reunidos| ante el ayuntamiento corearon"): the group, "les élèves de Glendon". Only a word in lower case of a
    plural's ending right after a capitalised word, a preposition right after it in the text; a name's own word in
    lower case stays ("les joueurs du Stade rennais ont chanté": no preposition after it)."""
    words = who.split()
    if len(words) < 4 or not words[-1].isalpha() or not words[-1].islower() or not words[-2][:1].isupper():
        return who
    if words[0].lower() not in lex.determiners or not any(w in lex.of_links for w in words[1:-2]):
        return who
    if not any(words[-1].endswith(ending) for ending, _ in lex.plural_endings):
        return who
    text, at = _credit_at(blocks, chain, who)
    following = text[at + len(who) : at + len(who) + _GROUP_REACH].split(maxsplit=1)[:1] if at >= 0 else []
    if not following or following[0] not in lex.prepositions:
        return who
    return who[: who.rindex(words[-1])].rstrip()


def _body_across_and(g: Grammar, blocks: list[Block], chain: list[_Span], who: str) -> str:
    """A cue's subject with the rest of the body's name an "and" joins it to, where the span read one side of the "and"
    only: the body's noun and its "of" part before it ("The Department of Transport and| Main Roads, which …, said"),
    or the words closing on the body's noun after it ("The South Eastern Rivers| and Wetlands Authority set out").
    Only a subject holding no body's noun nor opening on a known first name ("Anna Berg and Tom Hale", "the Harbour
    Trust and Acme Water" stay as the span read them)."""
    lex = g.lexicon
    words = who.split()
    if len(words) > 1 and words[0] in lex.and_words:
        words = words[1:]  # ("e Industrias del Mar": the span opened on the "and")
    if not words[-1][:1].isupper():
        return who
    text, at = _credit_at(blocks, chain, who)
    if at < 0:
        return who
    start, end = at + who.find(words[0]), at + len(who)
    # (string tests first: most subjects have no "and" on either side, and are left before any name is looked up)
    last = text[max(0, start - _AND_WORD_CHARS) : start].split()[-1:]
    and_before = bool(last) and last[0] in lex.and_words
    following = _WORD_AFTER.match(text, end) if text[end : end + 1] == " " and start == at else None
    and_after = following is not None and following.group(1) in lex.and_words
    if not (and_before or and_after):
        return who
    opening = words[1] if len(words) > 1 and words[0].lower() in lex.determiners else words[0]
    if known_first_name(opening) or any(_own_body_noun(lex, w.lower()) for w in words):
        return who
    before, after = joined_body_parts(lex.code)
    head = before.search(text, max(0, start - _AND_BODY_REACH), start) if and_before else None
    if head is not None and _own_body_noun(lex, head.group("noun").lower()):
        return text[head.start("noun") : end]
    tail = after.match(text, end) if and_after else None
    if tail is not None and _own_body_noun(lex, tail.group("noun").lower()):
        return text[at : tail.end()]
    return who


_WORD_AFTER = re.compile(r"(?<!\s)\s++(\S+)")  # the word after a subject, read from the start of its spaces (linear)


def _body_of_region(g: Grammar, blocks: list[Block], chain: list[_Span], who: str) -> str:
    """A cue's subject that is the region closing a body's name whose "of" part is in lower case, with the body's noun
    and that part before it (``cast.lower_of_part_end``): "la Fondation de la chapelle| Saint-Joseph écrit" is the
    foundation's, not a saint's; the subject as it was when no body's name ends where it ends."""
    lex = g.lexicon
    if not lex.lower_body_parts or len(who.split()) > _REGION_SUBJECT_WORDS or not who[:1].isupper():
        return who
    text, at = _credit_at(blocks, chain, who)
    before = text[max(0, at - _REGION_REACH) : at] if at > 0 else ""
    last = before.rsplit(maxsplit=1)[-1:]
    if not last or not last[0].islower():
        return who  # (a string test first: a body's "of" part ends in lower case before its region)
    stop, base = at + len(who), at - len(before)
    for noun in _CAPITALISED_WORD.finditer(before):
        if noun.group().lower() not in lex.organisation_words:
            continue
        if lower_of_part_end(text, base + noun.end(), lex.code) == stop:
            return text[base + noun.start() : stop]
    return who


# ("L'|Agence": after an elided article)
_CAPITALISED_WORD = re.compile(rf"(?:(?<=[’'])|(?<![\w’'-]))[{CAPITALS}][\w-]*")
_REGION_REACH = 80  # characters before a region read for the body's noun and "of" part
_REGION_SUBJECT_WORDS = 2  # the words of a region a subject may be ("Saint-Joseph", "Grand Est")


def _group_from_place(g: Grammar, blocks: list[Block], chain: list[_Span], who: str) -> str:
    """A cue's subject that is a body by its noun after its article, with the place it is from right after it, before
    the cue's colon or comma, in a language that capitalises its nouns ("skandierte der Fanclub| aus Lemgo:", "sang der
    Kirchenchor| aus Hatzfeld,"; lexicon ``origin_links`` without an article, ``compound_body_ends``): the place is
    the body's, as "the fan club from Lemgo" is read whole (a person's stays theirs: "der Bürgermeister aus Lemgo")."""
    lex = g.lexicon
    words = who.split()
    if not lex.capitalised_nouns or len(words) != 2 or words[0].lower() not in lex.definite:
        return who
    noun = words[1].lower()
    if not (_body_noun(lex, noun) or any(noun.endswith(end) for end in lex.compound_body_ends)):
        return who
    text, at = _credit_at(blocks, chain, who)
    place = _place_of_origin(lex.code).match(text, at + len(who)) if at >= 0 else None
    return text[at : place.end()] if place is not None else who


@per_language
def _place_of_origin(code: str) -> re.Pattern[str]:
    """An origin link with no article in it and a place's one or two capitalised words, before a colon or a comma
    (see ``_group_from_place``)."""
    lex = LEXICONS[code]
    links = [w for w in lex.origin_links if w not in lex.name_contractions]
    if not links:
        return re.compile(NEVER)
    word = rf"[{CAPITALS}][\w’'\-]*+"
    return re.compile(rf"\s(?:{'|'.join(sorted(links))})\s{word}(?:\s{word})?(?=\s?[:,])")


def _own_body_noun(lex: Lexicon, noun: str) -> bool:
    """Whether a noun names an organisation and no place ("Authority"; not "South" nor "Bay", ``place_words``)."""
    return _body_noun(lex, noun) and noun not in lex.place_words


_AND_BODY_REACH = 90  # characters before a subject read for the body's noun and "of" part an "and" joins it to
_AND_WORD_CHARS = 5  # characters before a subject read for an "and" ("und ", "e ")


def _listed_with(g: Grammar, blocks: list[Block], previous: _Found | None, item: _Found) -> bool:
    """Whether quoted words with no cue of their own follow the previous quote of their sentence as one more of a list,
    a conjunction or a gapped clause between them ("« Un platane, une vie » ou « Pas de canal sans ombre »", "„Kunst
    ist kein Kapital“ stand auf einem, „Hände weg vom Steg“ auf einem anderen"): what the first is, a sign's or a
    work's words, so is the second."""
    if previous is None or item.has_cue or item.split or previous.words.rstrip().endswith((".", "!", "?")):
        return False  # (a new sentence: 'on ABC's "This Week." "And Donald Trump ...": speech)
    last, first = previous.spans[-1], item.spans[0]
    if last.block != first.block:
        return False
    gap = blocks[first.block].text[last.end : first.start]
    lex = g.lexicon
    words = [w.lower() for w in gap.replace(",", " ").split()]
    if len(words) > _LIST_GAP_WORDS or any(c in gap for c in ".!?:;"):
        return False
    # (a conjunction or a comma alone, or the first one's verb of writing gapped: not 'thanked Obama for “...”')
    listed = len(words) <= 1 and all(w in lex.clause_conjunctions for w in words)
    return (listed or any(w in lex.inscription_verbs for w in words)) and g.any_verb.search(gap) is None


# The characters of a headline, a dek and a lead sentence (about a hundred words): where a role is named before its
# holder's name
_LEAD_CHARS = 600
_WRITERS_WORDS = re.compile(r"\[[^\]]{0,200}\]")  # "[the plant]": the writer's words, not the speaker's


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", _WRITERS_WORDS.sub(" ", text).lower()).split())


def _credit_echoes(blocks: list[Block], found: list[_Found], reader: _Reader) -> None:
    """A headline, dek, caption or pull quote with no speaker of its own takes the speaker of the
    body quotes that hold the same words, when they are all one person's; a headline "Role: “...”"
    takes the one person the article gives that role. A subhead in the body (an entry's heading in a live blog:
    "Le maire : « La ville a tenu »") echoes the text under it as a headline does. So does a block quotation in the
    body that is only quoted words (a pull quote by form, whatever its class: "<blockquote class="destacado">"),
    whose words a body quote repeats: not the speaker of the paragraph before, carried over to it (a block the
    paragraph before introduces, "She wrote:", stays the cue's speaker's though another reads the words out later)."""
    echoes = [item for item in found if _displayed(blocks[item.spans[0].block])]
    pulled = [
        item
        for item in found
        if _bare_block_quote(blocks[item.spans[0].block], item)
        # (a block the paragraph before introduces with a cue and a colon, "She wrote:", is that cue's speaker's)
        and _cue_ending_previous(reader.g, blocks, item.spans[0].block) is None
    ]
    if not echoes and not pulled:
        return  # the cast is not asked for: the text after the last quote is never read
    cast = reader.cast
    body = [
        (words, item.speaker)
        for item in found
        if item.speaker
        and not _displayed(blocks[item.spans[0].block])
        and not any(item is other for other in pulled)
        # (a short one too: a headline's "„Jeder Baum zählt“" is the body's quote of those three words alone)
        and len((words := _normalised(item.words)).split()) >= _SHORT_ECHO_MIN_WORDS
    ]
    for item in pulled:
        echoed = _echoed(cast, body, _normalised(item.words), display=False)
        if echoed is not None and echoed != item.speaker:
            item.speaker, item.mention = echoed, None  # (not the paragraph before's speaker, carried over to it)
    for item in echoes:
        block = blocks[item.spans[0].block]
        # "Mayor: “...”" credits a role, not a person: the role is no speaker of its own.
        mention = item.mention or ""
        # (nor is a lone word the body never names as a person: "Bahnstreik-Ticker: „...“")
        # (nor a description the cast could not resolve when the headline was read: "the port chief")
        credited = mention.split()
        display = block.place in (Place.HEADLINE, Place.DEK) or _heading_element(block)
        # (the role a headline's capitalised word leads: "Council leader vows “...”" credits the leader)
        role_after = _role_after(cast, block.text, item.who) if display and len(credited) == 1 else ""
        bare_role = display and (
            len(credited) == 1
            and bool(role_after or role_head(mention, cast.lexicon.code) or cast.find(mention) is None)
            or len(credited) > 1
            and credited[0].lower() in cast.lexicon.determiners
            # (the description, or its capitalised modifier: "says the Shropshire grandmother" is no 'Shropshire')
            and (item.speaker == mention or set((item.speaker or "").split()) < set(credited))
        )
        caption = block.place in (Place.CAPTION, Place.PULLQUOTE)
        if caption and _company_described(cast, item) and (company := cast.first_body()) is not None:
            # "“Stop using it now,” the company told customers." under the photo over the story, before the body named
            # the company: the company the story is about, the first body it names
            item.speaker = company.name
        if item.speaker and not bare_role and not (display and _unheld_role(cast, item)) and not (
            display and _topic_label(cast, block.text, item)
        ):
            # A headline or a dek names by surname someone the body names in full afterwards.
            person = cast.find(item.speaker)
            item.speaker = person.name if person and len(person.name) > len(item.speaker) else item.speaker
            if display and not known_first_name(item.speaker.split()[0]) and not _cue_verb_in(reader.g, block.text, item):
                # a colon alone credits the words to no one a first name names ("Turrones Vives retira un lote: «…»",
                # "„…“: Neuer Audioguide im Museum"): the headline's subject is what the story is about; a body quote
                # by cue says who said them (a person's full name is a credit: "Ricarda Lang an FDP: „…“")
                echoed = _echoed(cast, body, _normalised(item.words), display)
                if echoed is not None and echoed != item.speaker:
                    item.speaker, item.mention = echoed, None
            continue
        if role_after:
            item.mention = f"{mention} {role_after}"
        echoed = _echoed(cast, body, _normalised(item.words), display)
        if echoed is not None and display and _unfit(cast, item.mention, echoed):
            continue  # "Die Forscherin fordert „...“" in a dek, the words a man repeats in the body: someone else's too
        if echoed is not None:
            if len(credited) == 1 and item.mention == mention and not role_head(mention, cast.lexicon.code):
                item.mention = None  # "Ferry row: “...”": the word before the colon named no one
            item.speaker = echoed
            continue
        if block.place is Place.HEADLINE or _heading_element(block) or role_after:
            # "Fire chief: “...”" (a headline, or a subhead: "Bürgermeister: „...“"), or "“...”: the port chief on the
            # pier" (a description credited after it)
            role = _ROLE_COLON.match(block.text[: item.spans[0].start])
            head = role_after or (role.group(1) if role else credited[-1] if len(credited) > 1 else "")
            holders = cast.holders(role_head(head, cast.lexicon.code)) if head else []
            if len(holders) == 1:
                item.speaker = holders[0].name
            elif block.place is Place.HEADLINE and _headline_about_someone(cast, block.text[: item.spans[0].start]):
                # "Rentner bringt Buch 52 Jahre zu spät zurück: „...“", "Grandmother, 61, swims the Channel: '...'": the
                # story's protagonist, whom the dek names
                item.speaker = _dek_person(cast, blocks, item.spans[0].block) or item.speaker


def _company_described(cast: Cast, item: _Found) -> bool:
    """Whether a quote is credited to a company by its kind ("the company", "the firm") and to no one the cast knows: a
    description the cast could not resolve when it was read."""
    words = (item.mention or "").lower().split()
    lex = cast.lexicon
    described = len(words) == 2 and words[0] in lex.definite and words[1] in lex.company_nouns
    return described and cast.find(item.speaker or "") is None


def _cue_verb_in(g: Grammar, text: str, item: _Found) -> bool:
    """Whether the words of a display block around its quote hold a cue verb ("Mayor says “…”"), not a colon alone
    nor a verb its clause's closing particle makes another ("«…»: Käserei ruft Raclettekäse zurück", a recall)."""
    for part in (text[: item.spans[0].start], text[item.spans[-1].end :]):
        verb = g.any_verb.search(part)
        if verb and not (g.lexicon.other_verb_particles and _other_verb(g.lexicon, part, verb)):
            return True
    return False


def _bare_block_quote(block: Block, item: _Found) -> bool:
    """Whether a quote is all of a body block quotation: no cue of its own there (see ``_credit_echoes``)."""
    first, last = item.spans[0], item.spans[-1]
    if not block.quote_block or block.place is not Place.BODY or last.block != first.block:
        return False
    return not block.text[: first.start].strip() and not block.text[last.end :].strip(" .,\n")


def _unheld_role(cast: Cast, item: _Found) -> bool:
    """Whether a display quote's description names a role its resolved speaker was never given ("La alcaldesa afirma
    que es «…»" in a dek resolved to the byline's author, the mayor named in the body): a guess the body quote holding
    the words corrects."""
    words = (item.mention or "").lower().split()
    if len(words) < 2 or words[0] not in cast.lexicon.determiners:
        return False
    person = cast.find(item.speaker or "")
    role = title_role(words[-1], cast.lexicon) or words[-1]
    return person is not None and not person.organisation and role not in person.role_words


def _unfit(cast: Cast, mention: str | None, speaker: str) -> bool:
    """Whether a display quote's description tells a gender the body speaker of the same words is known not to have
    ("Die Forscherin fordert „…“" in a dek; "„…“, fordert auch Ralf Dörner" in the body): another person said them."""
    person = cast.find(speaker)
    # (a name tells no gender by its ending: "Martin", "Merlin"; nor does a thing's article: "la finale racontée par la
    # radio" describes no woman)
    if not mention or known_first_name(mention.split()[0]) or cast.find(mention) is not None:
        return False
    told = cast.told_gender(mention) if cast.person_noun(mention.split()[-1].lower()) else ""
    return person is not None and person.sure and told != "" and person.gender not in ("", told)


def _displayed(block: Block) -> bool:
    """Whether a block is set apart from the running text: a headline, dek, caption or pull quote, or a subhead."""
    return block.place is not Place.BODY or _heading_element(block)


def _topic_label(cast: Cast, text: str, item: _Found) -> bool:
    """Whether a headline's or a dek's credit before a colon names a body and a topic, no speaker: "Fellmart vote:
    '...'", "Harbour Trust row: “...”" (a body and lower-case words; the body quote holding the words says who)."""
    who = item.who or ""
    head = text[: item.spans[0].start]
    words_after = rf"((?:\s+[^\W\d_{CAPITALS}][\w’'\-]*){{1,2}})"  # (one or two words in lower case after the name)
    label = re.fullmatch(rf"\s*{re.escape(who)}{words_after}\s*:\W*", head) if who else None
    person = cast.find(item.speaker or "") if label else None
    # (a body, or a name the article never gives a first name: "Lindgren defiant: “...”" credits her)
    return person is not None and (person.organisation or not known_first_name(person.name.split()[0]))


# A headline's words before its quote: a sentence about someone a noun describes ("Rentner bringt Buch 52 Jahre zu spät
# zurück:", "Grandmother, 61, swims the Channel:"): one capitalised word, perhaps an age, then lower-case words
_DESCRIBED_HEADLINE = re.compile(
    rf"\s{{0,3}}(?P<who>[{CAPITALS}][^\W\d_]{{1,40}})(?:,\s\d{{1,3}},)?(?:\s{{1,3}}[^\s:]{{1,40}}){{2,12}}\s{{0,3}}:\s{{0,3}}$"
)


def _headline_about_someone(cast: Cast, before: str) -> bool:
    """Whether a headline's words before its quote are a sentence whose subject is a noun describing someone, no one
    the article names (see ``_DESCRIBED_HEADLINE``)."""
    match = _DESCRIBED_HEADLINE.fullmatch(before)
    if match is None or not any(w.islower() for w in before.split()[1:]):
        return False
    known = cast.find(match.group("who"))
    return known is None or known.name == match.group("who")


def _dek_person(cast: Cast, blocks: list[Block], headline: int) -> str | None:
    """The one person named in full by the dek, or the short block right under the headline (the standfirst: "<p
    class="teaser">"), or None (nobody or several named there)."""
    under = blocks[headline + 1] if headline + 1 < len(blocks) else None
    if under is None or not (under.place is Place.DEK or under.place is Place.BODY and len(under.text) <= _DEK_CHARS):
        return None
    named: set[str] = set()
    for run in _CAPITAL_RUN.finditer(under.text):
        person = cast.find(run.group())
        if person is not None and not person.organisation and " " in person.name:
            named.add(person.name)
    return next(iter(named)) if len(named) == 1 else None


def _credit_later_holders(g: Grammar, blocks: list[Block], found: list[_Found], reader: _Reader) -> None:
    """A quote in the lead credited to a description of a role no one held yet when it was read ("la consejera de
    Trabajo pide “...”" in a dek, the minister named two paragraphs on): the person the article gives that role. (Past
    the lead a description no one held is as often someone else: "the candidate" of a story about another.) Anywhere, a
    description read as the person the text was about, who holds no such role, is the one person the article gives
    that role (see :meth:`Cast.holder_named_since`)."""
    # (a possessive is as definite: "promet sa directrice" in a headline, the director named in the lead)
    definite = g.lexicon.possessives.union(g.lexicon.definite)
    led = [item for item in found if item.role_lead is not None]
    # (not people credited together, as written: "the players and their coach, Dana Whitt" are no one of them)
    described = [
        item for item in found if item.mention and not item.listed and item.mention.split()[0].lower() in definite
    ]
    if not led and not described:
        return  # (most articles: the cast is not asked for)
    cast = reader.cast  # (the text after the last quote read too: a lead's holder may be named there)
    starts = list(accumulate((len(b.text) for b in blocks), initial=0))  # (each block's offset, summed once)
    for item in led:
        if item.role_lead is not None and item.role_lead.holder is not None:
            item.speaker = item.role_lead.holder.name  # "The minister told …. “…,” she said.", then "The Rev …"
    for item in described:
        assert item.mention is not None
        # (not a cue saying the speaker goes on: "“...,” the researcher added" is the last speaker's)
        if not item.goes_on and (holder := cast.holder_named_since(item.mention, item.speaker)) is not None:
            item.speaker = holder.name
            continue
        # (shown as written: not someone left unnamed on purpose, "the student" of "One student, who did not want to be
        # named,"; nor a name the cast does not know, "The Rt Rev Jonathan Ashdown" signing a block quote)
        shown = item.speaker or ""
        as_written = bool(shown) and item.mention.endswith(shown) and cast.find(shown) is None
        if as_written and not any(known_first_name(w) for w in shown.split()) and (
            holder := cast.holder_named_later(item.mention)
        ):
            item.speaker = holder.name  # (a description left as written: the one holder the article names after it)
            continue
        if starts[item.spans[0].block] + item.spans[0].start >= _LEAD_CHARS:
            continue
        held = cast.find(item.speaker) if item.speaker else None
        if held is not None and (" " in held.name or known_first_name(held.name)):
            continue  # resolved when read ("the senator": the senator named before; not "Trabajo" of "de Trabajo")
        holder = cast.described(item.mention, guess=False)
        # (the role as the article wrote it of them: "la consejera de Trabajo, Begoña Saldaña,"; not a role of its
        # family nor a span that ran on, "the base chief known")
        head = item.mention.split()[-1].lower()
        # (nor someone the article leaves unnamed: "said the skipper, who asked not to be named" names no one)
        if holder is not None and not (holder.organisation or holder.anonymous) and head in holder.role_words:
            item.speaker = holder.name


def _credit_fitting_people(g: Grammar, blocks: list[Block], found: list[_Found], reader: _Reader) -> None:
    """A definite description credited with a quote after it ("“…,” the women's leader said", "„…“, befand der
    Christdemokrat", "« … », a assuré le patron des pompiers du département") is the person whose words in the article
    it fits (:meth:`Cast.fitting`: her relative clause, his party's letters, the body he heads), when the person it was
    credited to (most often the one quoted just before, or the description left as written) does not fit it."""
    definite = g.lexicon.possessives.union(g.lexicon.definite)  # (a style too: "sighed Her Worship")
    elided = tuple(a for a in g.lexicon.definite if a.endswith(("'", "’")))  # ("l'": French alone; most none)
    # (not a cue whose verb is in the plural: "riefen die Imkerkinder" are many, no one of the cast)
    described = [
        item
        for item in found
        if item.mention
        and not (item.listed or item.plural)
        and _opens_definite(item.mention.split()[0], definite, elided)
    ]
    if not described:
        return  # (most articles: the cast is not asked for)
    cast = reader.cast
    called: dict[str, list[str]] = {}  # (the descriptions each person kept so far: "sagte die Zugbegleiterin")
    # (the person quoted before each description, by the item's place: whose saved words a description that fits no one
    # is no proof of when it is of the other gender, "cut in the man in the red scarf" after a farmer's wife)
    before = _speakers_before(found, cast)
    heard: dict[str, int] = {}  # (where each description was last credited: a split quote's later part was not)
    # (a description left as written that the fit then resolved, to whom: a later cue the cast credited to it as
    # written, "sagte der Vorsteher" after "sagte der Balzner Vorsteher", is that person's)
    resolved: dict[str, str] = {}
    for item in described:
        assert item.mention is not None
        if item.speaker in resolved:
            item.speaker = resolved[item.speaker]
        credited = item.speaker
        told = called.get(credited or "", [])
        at = heard[item.mention] = item.heard if item.heard >= 0 else heard.get(item.mention, item.heard)
        person = cast.fitting(_description_after(g, blocks, item), credited, item.goes_on, at, told)
        if isinstance(person, str):
            item.speaker = person  # (the description as written: no one of its class, not the person credited)
            # (whose saved words these are is no proof when the description is of the other gender: not them)
            item.ruled_out = credited if credited and cast.of_other_gender(item.mention, credited) else None
        elif person is not None:
            if credited and cast.find(credited) is None:
                resolved[credited] = person.name
            item.speaker = person.name
        elif credited:
            called.setdefault(credited, []).append(item.mention)
        last = before.get(id(item))
        if item.ruled_out is None and last and not cast.names_person(item.speaker):
            # (left as written or to no one: the person quoted before is not it when its noun is of the other sex; not
            # by an article alone, "la autoridad municipal" may be a man)
            item.ruled_out = last if cast.of_other_sex(item.mention, last) else None


def _speakers_before(found: list[_Found], cast: Cast) -> dict[int, str]:
    """The person quoted before each quote (by the item's id), when the cast knows them as a person."""
    before: dict[int, str] = {}
    last = ""
    asked: dict[str | None, bool] = {}  # (each speaker asked of the cast once: most are quoted more than once)
    for item in found:
        if last:
            before[id(item)] = last
        if (person := asked.get(item.speaker)) is None:
            person = asked[item.speaker] = cast.names_person(item.speaker)
        if person:
            assert item.speaker is not None
            last = item.speaker
    return before


def _opens_definite(word: str, definite: frozenset[str], elided: tuple[str, ...]) -> bool:
    """Whether a mention's first word is a definite article or a possessive, or opens on an elided one (``elided``:
    "l'élu", "l’homme en uniforme")."""
    low = word.lower()
    return low in definite or bool(elided) and low.startswith(elided) and low not in elided


def _description_after(g: Grammar, blocks: list[Block], item: _Found) -> str:
    """A cue's description as the text goes on after the quote: the mention, and what it is of when a link word
    follows it, to the end of its clause ("the woman in charge of the nation's fisheries" of the mention "the woman",
    "der oberste Beamte der Stadt"; not "die Bürgermeisterin danach auf Deutsch"); the mention as read when the cue
    stands elsewhere."""
    assert item.mention is not None
    span = item.spans[-1]
    text = blocks[span.block].text
    lex = g.lexicon
    at = text.find(item.mention, span.end, span.end + _DESCRIPTION_REACH)
    before = at < 0 and item.spans[0].block == span.block and lex.capitalised_nouns
    if before:
        # (or the cue's subject before the quote where nouns are capitalised: "Die Frau aus der Kreisstadt schüttelte
        # den Kopf: „…“", to the verb after its noun)
        at = text.rfind(item.mention, max(0, item.spans[0].start - _DESCRIPTION_REACH), item.spans[0].start)
    if at < 0:
        return item.mention
    end = at + len(item.mention)
    following = text[end : end + _DESCRIPTION_REACH].split(maxsplit=1)
    # (a link word, or one of where someone is from: "die Frau vom Forst", "der Mann aus dem Schloss"; or one the
    # stopwords lack, "l'homme à l'écharpe")
    links = (lex.stopwords, lex.origin_links, lex.description_links)
    if not following or not any(following[0] in words for words in links):
        return item.mention
    close = _DESCRIPTION_CLOSE.search(text, end, at + _DESCRIPTION_REACH)
    described = text[at : close.start() if close is not None else at + _DESCRIPTION_REACH]
    if before:  # (up to the first word in lower case after a noun: the verb, "schüttelte")
        words = described[len(item.mention) :].split()
        nouns = [i for i, w in enumerate(words) if w[:1].isupper()]
        verb = next((i for i in range(nouns[0] + 1, len(words)) if words[i][:1].islower()), len(words)) if nouns else 0
        described = " ".join([item.mention, *words[:verb]])
    return described


def _credit_surnames_named_later(found: list[_Found], reader: _Reader) -> None:
    """A quote credited to a surname alone before the article gave the whole name ("— Mosquera" signing a pull quote
    over the body that introduces "Yuliana Mosquera Palacios"; "a rebondi Me Berthoud" a paragraph before "Son avocate,
    Me Sandrine Berthoud"): the whole name, when the cast knows one person of that surname by now. So is a surname
    the cue names that no one held when it was read ("— Caduff" signing a pull quote over a Markdown draft whose body
    introduces "Spitaldirektorin Corina Caduff" later: credited to no one)."""
    lone = [(item, surname) for item in found if (surname := _lone_surname(item))]
    if not lone:
        return  # (most articles: every speaker named in full when read, the cast not asked for)
    cast = reader.cast
    for item, surname in lone:
        if (person := cast.named_in_full(surname)) is not None:
            item.speaker = person.name


def _credit_retitled(found: list[_Found], cast: Cast) -> None:
    """Quotes credited to a name whose first word a later mention told a form of address (``Cast.retitled``: "Ouma
    Lettie Swartbooi", then "sorgte sich Ouma Lettie"): the name without it, as the later quotes show it."""
    if cast.retitled:  # (most articles: no one retitled, nothing read)
        for item in found:
            if item.speaker is not None and (person := cast.retitled.get(item.speaker)) is not None:
                item.speaker = person.name


def _credit_surnames_written_whole(blocks: list[Block], found: list[_Found], cast: Cast) -> None:
    """A quote credited to a surname (a word, or two in a language of two surnames) whose whole name the cast never
    read, though the article wrote it before, inside a quote, a headline or a caption ("«Se condena a Germán Orías
    Lazcano a ocho años»", then "Orías Lazcano habló:"): the whole name, when the text before the quote writes one
    only, its given names known to a lexicon. Each surname's whole names are read once over the article, for a few
    surnames at most (a page of thousands of surnames alone is read in linear time)."""
    written: dict[str, list[tuple[int, str]]] = {}  # surname -> (block, whole name) of each whole name ending on it
    for item in found:
        surname = item.speaker
        if not surname or " " in surname and not cast.lexicon.double_surnames or surname.count(" ") > 1:
            continue  # (most quotes: credited to a whole name, or to no one)
        if known_first_name(surname.split(maxsplit=1)[0]) or not all(map(name_word, surname.split())):
            continue
        known = cast.find(surname)
        if known is not None and (known.organisation or known.name != surname):
            continue  # (a name the cast reads whole already, or a body's)
        if surname not in written:
            if len(written) == _WRITTEN_WHOLE_SURNAMES:
                break
            written[surname] = [
                (i, whole)
                for i, b in enumerate(blocks)
                if surname in b.text  # (most blocks: not written there)
                for whole in _whole_names_written(b.text, surname)
                if untitled(whole, cast.lexicon.code) == whole  # (not "Don Anselmo Quiroga": a title, no given name)
            ]
        wholes = {whole for i, whole in written[surname] if i <= item.spans[0].block}
        if len(wholes) == 1:
            item.speaker = wholes.pop()


def _whole_names_written(text: str, surname: str) -> Iterator[str]:
    """The names a text writes ending on ``surname`` after one or two given names a lexicon knows ("Hélène
    Mbembe-Ekotto"; not a place's first word, "New York" of "York"), or, before two surnames, after one capitalised
    word inside a sentence ("a Germán Orías Lazcano": two surnames name one family, the word before them its given
    name)."""
    at = text.find(" " + surname)
    while at > 0:
        end = at + 1 + len(surname)
        if not text[end : end + 1].isalnum():
            before = text[max(0, at - _GIVEN_NAMES_CHARS) : at].split()
            given = list(takewhile(_given_name, reversed(before)))
            if not given and " " in surname and len(before) > 1 and _inside_sentence(before[-2:]):
                given = before[-1:]
            if given:
                yield " ".join([*reversed(given[:2]), surname])
        at = text.find(" " + surname, end)


_GIVEN_NAMES_CHARS = 40  # the characters before a surname read for its given names ("María Fernanda ")
_WRITTEN_WHOLE_SURNAMES = 16  # the surnames alone an article's text is read for (each one reading: the whole text)


def _given_name(word: str) -> bool:
    return word[:1].isupper() and known_first_name(word)


def _inside_sentence(words: list[str]) -> bool:
    """Whether the second of two words is a capitalised name word after a word in lower case ("a Germán")."""
    return words[0].isalpha() and words[0].islower() and name_word(words[1]) and words[1].lower() not in FUNCTION_WORDS


def _lone_surname(item: _Found) -> str:
    """The one capitalised word a quote is credited to, or its cue names when it is credited to no one (not a chorus's
    nor a withheld name's), else ""."""
    if item.speaker is not None:
        return item.speaker if " " not in item.speaker else ""
    named = item.mention if item.has_cue and not (item.chorus or item.withheld) else None
    return named if named and " " not in named and named[:1].isupper() and named.replace("-", "").isalpha() else ""


_INTRODUCED_WITHIN = 3  # blocks after a lead quote's where the text names and quotes its speaker


def _credit_opening_quote(g: Grammar, blocks: list[Block], found: list[_Found]) -> None:
    """A quote opening the article's text, credited to no one ("« On ne coupera pas l'eau aux jardiniers. » La phrase a
    été applaudie mardi soir, …"), is the words of whom the next quote is credited to by a cue, a person named in full,
    within a few paragraphs ("C'est Hervé Lanoix, …, qui l'a promis. « … », a-t-il précisé."): a feature's lead
    quote, whose speaker the text goes on to introduce."""
    code = g.lexicon.code
    first = next((i for i, b in enumerate(blocks) if b.in_body and b.place is Place.BODY and not byline(b.text, code)), -1)
    at = next((i for i, item in enumerate(found) if item.spans[0].block >= first), None) if first >= 0 else None
    if at is None:
        return
    lead = found[at]
    if (
        lead.spans[0].block != first
        or lead.speaker is not None
        or lead.who is not None
        or blocks[first].text[: lead.spans[0].start].strip()
        or len(lead.words.split(maxsplit=_PARTIAL_MAX_WORDS)) <= _PARTIAL_MAX_WORDS
    ):
        return
    cued = next((item for item in found[at + 1 :] if item.speaker and item.has_cue), None)
    if cued is not None and cued.speaker and " " in cued.speaker and cued.spans[0].block <= first + _INTRODUCED_WITHIN:
        lead.speaker = cued.speaker


def _echoed(cast: Cast, body: list[tuple[str, str]], words: str, display: bool) -> str | None:
    """The one person whose body quotes hold a display quote's words: nearly (``_ECHO_MIN_SCORE``) for a quote
    of ``_ECHO_MIN_WORDS`` or more, word for word for a shorter one in a headline or a dek ("“Not one penny”:
    council leader rejects ferry subsidy")."""
    count = len(words.split())
    if count < (_ECHO_MIN_WORDS if not display else _SHORT_ECHO_MIN_WORDS):
        return None
    speakers: dict[str, str] = {}
    for text, speaker in body:
        same = (
            # (a short body quote is nearly part of too many longer ones: it is only ever matched word for word)
            fuzz.partial_ratio(words, text) >= _ECHO_MIN_SCORE and len(text.split()) >= _ECHO_MIN_WORDS
            if count >= _ECHO_MIN_WORDS
            else f" {words} " in f" {text} "
        )
        if speaker and same:
            person = cast.find(speaker)
            speakers.setdefault(person.name if person else speaker, speaker)
    return next(iter(speakers)) if len(speakers) == 1 else None


def _role_after(cast: Cast, text: str, who: str | None) -> str:
    """The role word right after a headline's credited word ("leader" of "Council leader vows"), or ""."""
    at = text.find(who) if who else -1
    following = text[at + len(who) : at + len(who) + 40].split()[:1] if who and at >= 0 else []
    word = following[0] if following else ""
    return word if word.islower() and role_head(word, cast.lexicon.code) else ""


def _credit_of(words: int) -> re.Pattern[str]:
    """A line of at most ``words`` words, the dash before them no word (see ``_SHORT_CREDIT``)."""
    return re.compile(rf"\s*+[{DASHES}~ -]*+\s*+(?:\S++\s*+){{0,{words}}}\Z")


_CREDIT_TAGS = frozenset(("footer", "cite", "figcaption"))
# A box's class naming it a quotation, as CMS templates of the four languages write it: markup data, as blocks'
# class names ("blockquote" is a tag's name written as a class, read by its tag; "quote" there has no word break)
_QUOTATION_BOX_CLASS = re.compile(r"(^|[\s_-])(quote|quotation|zitat|citation|cita)($|[\s_-])", re.I)
_CREDIT_BOXES = frozenset(("aside", "figure"))  # boxes beside the running text that hold a quotation and its credit
_CREDIT_MAX_WORDS = 12  # a credit line names someone and their role, no more
_CREDIT_DASHES = frozenset(DASHES + "-~")
# A line of at most _CREDIT_MAX_WORDS words, the dash before the name no word ("— The Rt Rev Jonathan Ashdown, Bishop
# of Wealdbridge, in his letter"); possessive, so that a longer line is refused at its word past the limit (a block
# quotation of many quotes is each quote's rest: it is not read, or copied, to its end for each of them)
_SHORT_CREDIT = _credit_of(_CREDIT_MAX_WORDS)
# A credit on a line of its own under its quote may say where and when after the name and role: "Thierry Castagnet,
# entraîneur du Sporting club de Mirande, après la défaite contre Nogaro." (13 words), "— Georg Bauer, den alle nur
# Gerch nennen, Wirt des Bierkellers am Espan, über den heißesten Maifeiertag seit Jahren" (18)
_CREDIT_LINE_MAX_WORDS = 20
_LINE_CREDIT = _credit_of(_CREDIT_LINE_MAX_WORDS)
# A credit line, or the name after a caption's quote: "— Owen Pryce, regional director", "“...” Jo Reed. Photo: ..."
_CREDIT_NAME = re.compile(rf"^[\s.,{DASHES}~-]{{0,6}}(?P<who>{NAME_RUN})\s{{0,3}}(?:[,.(]|$)")


def _credit_line(g: Grammar, blocks: list[Block], index: int) -> str | None:
    """The name in the credit under a pull quote or a block quotation (its ``<cite>`` or ``<footer>``:
    "— Owen Pryce, regional director"), when the next block is that credit."""
    block = blocks[index]
    if index + 1 >= len(blocks) or block.node is None:
        return None
    container, credit = block.node.getparent(), blocks[index + 1]
    node = credit.node
    if container is None or node is None:
        return None
    if not (block.place is Place.PULLQUOTE or block.quote_block or _quotation_box(container)):
        return None
    # The caption of the figure holding the quotation: <figure><blockquote>…</blockquote><figcaption>.
    caption = node.tag == "figcaption" and node.getparent() is container.getparent() is not None
    if not (caption or node is container or node.getparent() is container):
        return None
    # (a box of its own holds the quotation and its credit: <aside><h3>Zitat des Spiels</h3><blockquote>…</blockquote>
    # <p>Sabine Oltmanns, Trainerin</p></aside>; a paragraph after it there is the credit, not more of the quotation)
    boxed = node is not container and container.tag in _CREDIT_BOXES and block.quote_block
    signed = node.tag in _CREDIT_TAGS or signs_quotation(node)  # (<cite>, or "<p class="signature">Name</p>")
    if not caption and not boxed and node is not container and not signed:
        return _dash_credit(g, credit.text)  # another paragraph of the same quotation, unless "— Name"
    return _credit_name(g, credit.text)


def _quotation_box(container: Element) -> bool:
    """Whether a box's class names it a quotation (``<div class="Quote">``, ``"zitat-box"``), whatever its quote text
    and its credit line are marked up as: "<div class="Quote"><div class="Quote-text">„…“</div><div
    class="Quote-source">Name</div></div>" is a pull quote as much as a <blockquote> is."""
    value = container.get("class")
    return bool(value) and _QUOTATION_BOX_CLASS.search(value) is not None


def _cell_credit(g: Grammar, blocks: list[Block], index: int, span: _Span, reader: _Reader) -> str | None:
    """Who a table's row credits with the quote that fills one of its cells: the name the cell before it in the row
    holds ("Wer | Was": "<td>Bürgermeister Holger Timm</td><td>„Nächstes Jahr …“</td>"), when it reads as a person's
    name (a first name in it) or the cast knows it as a person or a body; a label names no one ("<td>Claim</td>",
    "<td>Jobs</td>", "<td>Mostly False</td>")."""
    block = blocks[index]
    if block.node is None or block.node.tag != "td" or index == 0 or not _fills(block, span, span):
        return None
    cell = blocks[index - 1]
    if cell.node is None or cell.node.tag not in ("td", "th") or cell.node.getparent() is not block.node.getparent():
        return None
    name = _credit_name(g, cell.text)
    if name is None or any(known_first_name(word) for word in name.split()):
        return name
    person = reader.cast.find(name)
    # (a label the cast read as a name is known for nothing else: no gender, role, body or quote)
    return name if person is not None and (person.organisation or person.gender or person.roles or person.quoted) else None


def _is_credit(g: Grammar, blocks: list[Block], index: int) -> bool:
    """Whether a block is the credit line of a quotation (its ``<cite>`` or ``<footer>``, or "— Name")."""
    return (
        _dash_credit(g, blocks[index].text) is not None or index > 0 and _credit_line(g, blocks, index - 1) is not None
    )


def _cued_before(g: Grammar, text: str, start: int) -> bool:
    """Whether a cue verb in the sentence before the quote at ``start`` leads up to it ("Trainer Jonas Weber sagte
    nach dem Spiel: „…“", "„A“, sagte Weber, „B“")."""
    window = text[sentence_start(text, start) : start]
    return any(cue_tail(window, verb.end()) for verb in g.any_verb.finditer(window))


def _credit_name(g: Grammar, line: str, start: int = 0, short: re.Pattern[str] = _SHORT_CREDIT) -> str | None:
    """The name a short credit line (``line`` from ``start``, as ``short`` as a credit is) opens on ("— Owen Pryce,
    regional director", "Mark Osei (mayor)")."""
    if short.match(line, start) is None:
        return None
    return _credited(g, line[start:].strip())


def _credited(g: Grammar, text: str) -> str | None:
    """The person a credit opens on: by name ("Owen Pryce, regional director"), or by a role and the name apposed to
    it ("La directrice académique, Hélène Boyer, devant les parents d'élèves")."""
    match = _CREDIT_NAME.match(text)
    if match is not None:
        return match.group("who") if _plausible(g, match.group("who")) else None
    named = _ROLE_CREDIT.match(text)
    if named is None or named.group("role").split()[0].lower() not in g.lexicon.determiners:
        return None
    described = _describes(g, named.group("role")) or _is_role(g, named.group("role"))
    return named.group("who") if described and _plausible(g, named.group("who")) else None


# A credit opening on its speaker's role, the name apposed to it: "La directrice académique, Hélène Boyer, devant …"
_ROLE_CREDIT = re.compile(
    rf"[\s{DASHES}~-]{{0,6}}(?P<role>[^,.;:!?\n“”„\"«»]{{1,80}}),\s{{1,3}}(?P<who>{NAME_RUN})\s{{0,3}}(?:[,.(]|$)"
)


def _dash_credit(g: Grammar, line: str) -> str | None:
    """The name in a line that is only a dash credit: "— Petra Lindgren, council leader", "-- Jo Reed" (a line of its
    own, which may say where and when)."""
    text = line.strip()
    return _credit_name(g, text, 0, _LINE_CREDIT) if text[:1] in _CREDIT_DASHES else None


def _headline_credit(g: Grammar, block: Block, span: _Span) -> str | None:
    """Who a headline credits after its quote and a colon or a dash: "“...”: the port chief on the pier"; or after a
    comma, when the quote opens a line that reads as a headline or a teaser: "«…», Henry broie du noir après
    l'élimination" (the clause after it is about its speaker, with no verb of saying)."""
    if block.place is Place.HEADLINE:
        credit = _HEADLINE_CREDIT.match(block.text, span.end) or _headline_comma(block, span)
    else:
        credit = _headline_comma(block, span) if block.place is Place.BODY else None
    who = g.opening.match(block.text, credit.end()) if credit else None
    if who and credit and credit.group().strip() == "," and block.text.startswith(_POSSESSIVE_ENDS, who.end()):
        return None  # ("“…”, Marlow's neighbours fear the worst": whose neighbours, no speaker)
    if credit and credit.group().strip() != "," and (named := _role_then_name(g, block.text, credit.end())):
        return named  # "‘…’ – hospital chief Owen Maddox", "“…” - Owen Maddox": the whole name
    # (a description only by a role: "“...”: the port chief on the pier", not "“...”: a harbour interview")
    return who.group("who") if who and _plausible(g, who.group("who")) and _named_or_role(g, who.group("who")) else None


_ROLE_CREDIT_CHARS = 80  # a headline's credit read for a role and its holder's name ("la ministra Carla Vizzotti")
_NAME_CREDIT_WORDS = 4  # a credit that is a name alone holds a given name and a surname or two ("Ana María Soto Ruiz")
_CREDIT_STOPS = re.compile(r"[,(;:!?\n“”„\"«»‘’‹›]")  # (found by one search in the short credit: linear)


def _role_then_name(g: Grammar, text: str, start: int) -> str | None:
    """The whole name a headline's credit ends on, up to a comma or the headline's end: a name opening on a known given
    name ("“…” - Owen Maddox": the grammar's opening, reading for what follows a subject, keeps its first word only
    there), or a name after its holder's role in lower case ("hospital chief Owen Maddox", "le président du club Rémi
    Vasseur"); None otherwise: a role the lexicon knows must stand before the name (not "‘…’ – a diary of Anna Holt",
    "– photographs by Ben Ray"), and a run of capitals is a headline's title case ("“…”: Hospital Chief Warns")."""
    credit = text[start : start + _ROLE_CREDIT_CHARS].strip()
    stop = _CREDIT_STOPS.search(credit)
    words = credit[: stop.start() if stop else len(credit)].rstrip(" .").split()
    first = next((i for i, word in enumerate(words) if word[:1].isupper()), len(words))
    if first == len(words) or not all(word[:1].isupper() for word in words[first:]):
        return None  # (no name, or words in lower case after it: a clause, "– le maire Paul Roux quitte la ville")
    if first == 0:
        whole = len(words) <= _NAME_CREDIT_WORDS and known_first_name(words[0])
        return " ".join(words) if whole and _plausible(g, " ".join(words)) else None
    # (the name opens on its known given name: "de Transporte Carla Vizzotti" is the ministry's, then hers)
    given = next((i for i in range(first, len(words)) if known_first_name(words[i])), first)
    role, name = " ".join(words[:given]), " ".join(words[given:])
    return name if _is_role(g, role) and _plausible(g, name) else None


def _headline_comma(block: Block, span: _Span) -> re.Match[str] | None:
    """The comma after a quote of more than ``_PARTIAL_MAX_WORDS`` words that opens a block read as a headline: a line
    of at most ``_TEASER_MAX_WORDS`` words, one sentence with no full stop at its end (a paragraph of the story is
    longer or ends on one); None otherwise ("“Barbie”, Greta Gerwig's film": a title, no speaker's words)."""
    text = block.text
    if text[: span.start].strip() or not (comma := _HEADLINE_COMMA.match(text, span.end)):
        return None  # (most quotes: told on the characters before and after them)
    words = text.split()
    if len(words) > _TEASER_MAX_WORDS or len(text[span.start : span.end].split()) <= _PARTIAL_MAX_WORDS:
        return None
    line = text.strip()
    return None if "\n" in line or line.rstrip("".join(_CLOSERS)).endswith(".") or _breaks(line)[0] else comma


def _caption_credit(g: Grammar, block: Block, span: _Span) -> str | None:
    """The name right after a quote in a caption or a pull quote: "“...” Jo Reed. Photo: ..."; or in a block
    quotation that is only the quote and its credit ("> «…». **Andrés Lastra**, hospitalero en Borres.": a box of a
    story's quotes)."""
    text = block.text
    # (a numbered list of the week's sayings, each credited on the line under it: "1. « … »\nSandrine Pujol, maire")
    listed = _opens_line(text, span.start)
    if not listed and block.place not in (Place.CAPTION, Place.PULLQUOTE):
        return None  # (most quotes: told without reading their line to its end)
    # (a list's item is a line of its own, and the next item another saying: "- «…», Lucía Benítez, concejala.")
    end = text.find("\n", span.end)
    end = end if end >= 0 and _OPENING_LINE.match(text, end + 1) else len(text)
    boxed = listed and (block.quote_block or _signed(g, text[:end], span))
    if block.place not in (Place.CAPTION, Place.PULLQUOTE) and not boxed:
        return None
    lined = text[span.end : span.end + 3].lstrip(" \t").startswith("\n")
    if boxed and len(text[span.end : end].split()) > (_CREDIT_LINE_MAX_WORDS if lined else _CREDIT_MAX_WORDS):
        return None  # (words of a sentence, no credit)
    return _credited(g, text[span.end : min(end, span.end + _WINDOW // 2)])


# What may stand before a quote opening its line in a list of sayings: nothing, or the item's number or bullet
_LIST_MARKER = re.compile(r"[ \t]{0,3}(?:(?:\d{1,3}[.)]|[-*•])[ \t]{1,3})?")
_LIST_MARKER_REACH = 10  # its longest: three spaces, a number of three digits and its stop, three spaces


def _opens_line(text: str, start: int) -> bool:
    """Whether the quote at ``start`` opens its line, or a list's item ("- «…»", "2. “…”"). (The line's start is looked
    for no further back than a list marker reaches: a line of many quotes is not read back to its start for each.)"""
    floor = max(0, start - _LIST_MARKER_REACH - 1)  # (the line break, then the marker)
    line = text.rfind("\n", floor, start) + 1
    if line == 0 and floor > 0:
        return False  # (the line starts before the floor: more than a marker stands before the quote)
    return _LIST_MARKER.fullmatch(text, line, start) is not None



_OPENING_LINE = re.compile(r"[ \t]{0,3}(?:''|``|[“„«\"])")  # a line opening on a quote mark


def _signed(g: Grammar, text: str, span: _Span) -> bool:
    """Whether a paragraph (or a list's item) is a quoted sentence signed by its speaker and nothing else: the sentence
    ends inside the marks, or after a comma and the signature, then a name and a role with no verb of saying and no
    sentence end between ("„Die meisten Fälle wären vermeidbar.“ Katharina Wessel, Studienleiterin", a fact box's
    quote; "- «…», Lucía Benítez, concejala de Cultura.", a list of the day's sayings; not "“Yes.” Jo Reed said. …")."""
    words = text[span.start : span.end].rstrip("".join(_CLOSERS) + "»“\"' ")
    rest = text[span.end :].strip().rstrip(".")
    # (after a comma the signature names a person by a first name, the comma inside the marks in English: "“…,” Lucy
    # Barnes, culture councillor."; not an exhibition's line: "„Ilse Marwitz. Malen …“, Kunsthalle Ostberg, bis …")
    signer = rest.lstrip(" ,").split(maxsplit=1)[:1]
    comma = rest.startswith(",") or words.endswith(",")
    ended = words.endswith((".", "!", "?", "…")) or comma and bool(signer) and known_first_name(signer[0])
    if not span.closed or not ended or not rest or _has_break(rest):
        return False
    return not any(w.lower().strip(",()") in g.lexicon.cue_verbs for w in rest.split())


# A wire story's dateline opening its paragraph: a place, maybe its region, a date and an agency in brackets, then a
# dash ("BLACK RIVER, Jamaica (Caribbean Wire) — ", "LE SENTIER (VD), 6 décembre (ARP) – ", "Schwedt (dpa) - ",
# "MADRID, 3 mar (EFE).- "). Each part is bounded: it is matched at a paragraph's start only, before a quote there.
_DATELINE = re.compile(
    r"\A[^\W\d_]+(?:[ '’./\-]{1,2}[^\W\d_]+){0,4}(?:\s?\([^()\n]{1,30}\))?"
    r"(?:,\s?[^,()—–\n.!?“”„«»\"]{1,30}){0,2}(?:\s?\([^()\n]{1,30}\))?\.?\s?[—–―-]{1,2}\s+"
)
_DATELINE_MAX = 90  # the most characters of a dateline: "LE SENTIER (VD), 6 décembre (ARP) – " is 36


def _after_dateline(text: str, start: int) -> bool:
    """Whether the quote at ``start`` follows nothing but a dateline at its paragraph's start: then it opens the
    paragraph's first sentence, as a quote opening the paragraph does ("LE SENTIER (VD), 6 décembre (ARP) – « … ».
    Marc-André Golay, boursier communal du Chenit, a percé …"). A dateline is told by its shape, not its words: its
    place written in capitals, or an agency or a region in brackets after it (never a name and a dash: "Ann Cole —
    “…”" is a credit)."""
    if not 0 < start <= _DATELINE_MAX or text[:start].rstrip()[-1:] not in "—–―-":
        return False  # (the cheap question first: most quotes do not follow a dash near their paragraph's start)
    line = _DATELINE.match(text, 0, start)
    if line is None or line.end() != start:
        return False
    head = line.group().split(maxsplit=1)[0].strip(",")
    return "(" in line.group() or len(head) > 1 and head.isupper()


# The verb of a report's source set off as an aside, right after the source's name, and the comma closing the aside
# ("…, the Gazette reports, summed it up:"). Anchored at the name's end: linear.
_ASIDE_VERB = re.compile(r"\s(?P<verb>[^\W\d_]{2,20}),\s(?=\S)")
_ASIDE_OPENING = 6  # the most characters from the aside's opening comma to its name: ", the " (an article)


def _without_aside(lex: Lexicon, window: str, found: re.Match[str]) -> str | None:
    """The window without the aside whose name a cue read as the speaker: the name set off by a comma (an article
    maybe between), then a verb of saying or reporting (lexicon ``cue_verbs``, ``outlet_verbs``) and a comma, and more
    words after it ("The one-time auctioneer, the Gazette reports, summed it up:" -> "The one-time auctioneer summed it
    up:"). None when the cue's speaker stands so in no aside (the cheap question first: a verb and a comma after the
    name), or the name is a person's ("Ann Cole, Tom Hale said, …" is left as read)."""
    who = "who" if "who" in found.re.groupindex and found.group("who") else 0
    verb = _ASIDE_VERB.match(window, found.end(who))
    if verb is None or verb.group("verb").lower() not in lex.cue_verbs and verb.group("verb") not in lex.outlet_verbs:
        return None
    opening = window.rfind(", ", max(0, found.start(who) - _ASIDE_OPENING), found.start(who))
    if opening < 0:
        return None
    # (a source's name after its article: "the Gazette", "La Gazette du Val"; a name alone is as often a person's,
    # "Ryan and Trump will meet, Spicer said, adding, “…”")
    words = f"{window[opening + 2 : found.start(who)]} {found.group(who)}".split()
    if len(words) < 2 or words[0].lower() not in lex.definite or not words[1][:1].isupper():
        return None
    return f"{window[:opening]} {window[verb.end() :]}"


def _closing_aside(lex: Lexicon, sentence: str) -> tuple[int, int] | None:
    """Where an aside naming a report's source closes a sentence after a quote ("Those were the words of the woman who
    carried the post, the Echo says."): the offsets of its opening comma and its end, or None. The sentence's last
    word is a verb of saying or reporting (the cheap question first), and a name of up to four capitalised words
    after its article stands between it and the comma (a name alone is as often a person's: "…, Nefzi said.")."""
    body = sentence.rstrip(" .!?…")
    head, _, verb = body.rpartition(" ")
    if verb.lower() not in lex.cue_verbs and verb not in lex.outlet_verbs:
        return None
    opening = head.rfind(", ", max(0, len(head) - _CLOSING_ASIDE_CHARS))
    words = head[opening + 2 :].split() if opening >= 0 else []
    # (a source's name after its article, "the Echo"; a name alone is as often a person's: "…, Nefzi said.")
    if not words or words[0].lower() not in lex.definite:
        return None
    words = words[1:]
    if not 0 < len(words) <= _CLOSING_ASIDE_WORDS or not all(w[:1].isupper() for w in words):
        return None
    return (opening, len(body))


_CLOSING_ASIDE_CHARS = 60  # ", the Upper Dales Echo" and more: the name's four words
_CLOSING_ASIDE_WORDS = 4


def _back_credit(g: Grammar, blocks: list[Block], index: int, item: _Found) -> str | None:
    """Who the sentence after a quote says spoke it, when the quote opens its sentence and ends it: "That was
    the returning officer, Alan Pike, speaking to our reporter.", "C'était Anne Roux, mardi.", "Das sagte Till
    Ansbach im Rat.", "Así lo dijo Tomás Urquiza." (in the same paragraph, or in the next one after a paragraph
    that is only the quote)."""
    first, last = item.spans[0], item.spans[-1]
    block = blocks[last.block]
    bare = _bare(blocks, item)
    if bare:
        if first.start != 0 and not _after_dateline(blocks[first.block].text, first.start):
            return None
        # (past a run of paragraphs that are only a quote each, to the sentence naming who spoke them all: "“A.” /
        # “B.” / “C.” / The words were those of Dr Ann Cole, …")
        after = index + 1
        if _only_quote(block):  # (a headline's quote opens no run of the body's)
            while after < len(blocks) and after - index <= _QUOTE_RUN and _only_quote(blocks[after]):
                after += 1
        following = blocks[after] if after < len(blocks) else None
        if following is None or not following.in_body or following.place is not Place.BODY:
            return None
        text = following.text.lstrip()
    else:
        opening = blocks[first.block].text
        if sentence_start(opening, first.start) != first.start and not _after_dateline(opening, first.start):
            return None
        if not _new_sentence_follows(block.text, last):
            return (
                _set_off_back_cue(g, block.text, last.end)
                or _answer_inverted(g, block.text, last.end)
                or _framed_back(g, block.text[last.end :], own_clause=True)
            )
        text = block.text[last.end :].lstrip(" .!?…")
    if ", " in text[:_WINDOW] and (aside := _closing_aside(g.lexicon, text[: _first_sentence_end(text)])) is not None:
        # ("“…” Those were the words of the woman who carried the post, the Echo says.": hers, the paper's report)
        text = text[: aside[0]] + text[aside[1] :]
    credited = (
        _credited_back(g, text)
        or _paused_subject(g, text)
        or _spoken_so(g, text)
        or _asked_who(g, text)
        or _words_owner(g, text)
        or _answer_owner(g, text)
        or _framed_back(g, text)
    )
    if credited is None and bare:
        credited = _later_words_owner(g, text)
    # (a subject brought in by name only in the quote's own paragraph: a paragraph after a run of quotes may open on
    # whoever the story turns to, "Ann Cole, the harbour master, has run the ferry for twenty years.")
    return credited if credited is not None or bare else _introduced_subject(g, blocks, last, text)


def _later_words_owner(g: Grammar, text: str) -> str | None:
    """Who a later sentence of the paragraph after a paragraph that is only a quote names as the one whose words they
    were, by a reference to the words (:func:`_words_owner`, the reference itself required): the paragraph sets the
    scene first and names the speaker last, the way a feature opens ("“…” / The count was chalked on a board by the
    till on Tuesday. … The words, and the chalk, were those of Mere Horomona", "« … » / Vendredi, une femme a regardé
    … C'est Odette Perrin, 81 ans, qui a prononcé ces mots"). Not a paragraph quoting anyone itself: its reference may
    be to its own quote."""
    if _DOUBLE_MARKS.search(text):
        return None
    at = _first_sentence_end(text)
    for _ in range(_LATER_SENTENCES):
        rest = text[at:].lstrip(" .!?…")
        if not rest:
            return None
        # ("C'est Odette Perrin, 81 ans, qui a prononcé ces mots": the cleft's opener no part of the name)
        if (name := _words_owner(g, _uncleft(g.lexicon, rest), referred=True)) is not None:
            return name
        at = len(text) - len(rest) + _first_sentence_end(rest)
    return None


_QUOTE_RUN = 4  # the most paragraphs that are only a quote read past to the sentence that names who spoke them
# The sentences after the first of the paragraph after a paragraph that is only a quote read for a reference to the
# words naming who spoke them (blind set 61: the third sentence on the Chatham page, the fourth in La Bresse)
_LATER_SENTENCES = 4

# A colon or a dash setting off the rest of a quote's sentence after it ("«…»: así lo explica …", "„…“ – so erzählt es
# …", "“…” — that's how … puts it")
_SET_OFF = re.compile(r"\s?[:—–]\s+")


def _set_off_back_cue(g: Grammar, text: str, end: int) -> str | None:
    """The speaker a back cue names when it closes the quote's own sentence, set off after a colon or a dash ("«…»: así
    define su oficio el platero Efrén Salgado, que …", "«…» – so tönt es bei Bootsbauer Lukas Gerber"): the cue a
    sentence of its own would be (see :func:`_credited_back`); nothing else after the mark credits it."""
    mark = _SET_OFF.match(text, end)
    if mark is None:
        return None
    rest = text[mark.end() :]
    # (the words read as long as the language's longest back cue: lower case never shortens a text, so a cue opens the
    # lowered slice exactly when it opens the lowered whole; a fixed slice missed every cue longer than itself)
    reach = max(map(len, g.lexicon.back_cues), default=0)
    if not rest[:reach].lower().replace("’", "'").startswith(g.lexicon.back_cues):
        return _answer_owner(g, rest)
    return _credited_back(g, rest) or _answer_owner(g, rest)


def _answer_owner(g: Grammar, text: str) -> str | None:
    """Whose answer a sentence after a quote, or the rest of its sentence set off by a dash, says the words were
    (lexicon ``answer_frames``, ``answer_nouns``, ``complement_words``): "„…“ – das ist die ganze Begründung der
    Auszubildenden", "« … » C'était toute l'explication du meunier", "«…» Esa fue la única respuesta de la cantadora",
    "“…” That was the only explanation of the ferryman": the name or the role after the link, with the article a link
    holds ("der Auszubildenden", "le meunier"), resolved as a cue's subject is."""
    lex = g.lexicon
    # (the pattern itself is the test: a frame not opening the text fails at its first letters, as cheaply as a test
    # of the text's opening would, and it reads a frame of any length with any space between its words)
    owner = _answer_pattern(lex.code).match(text) if lex.answer_frames else None
    return _answer_who(g, owner) if owner is not None else None


def _answer_who(g: Grammar, owner: re.Match[str]) -> str | None:
    """The speaker a match of an answer's frame names (its groups "who" and "link"), with the article the link holds,
    if a person or body known by a name or a definite description."""
    lex = g.lexicon
    who, link = owner.group("who"), (owner.group("link") or "").lower()
    if link in lex.genitive_articles and " " not in who:
        who = f"{lex.genitive_articles[link]} {_nominative(lex, link, who)}"
    elif article := lex.contracted_articles.get(link) or (link if link in lex.determiners else ""):
        who = f"{article} {who}"
    # (one person or body, named or known by the article's definite description: "of a whole generation", "de muchos
    # vecinos" say whose view the words are, no speaker's)
    first = who.split(maxsplit=1)[0]
    return who if (first.lower() in lex.definite or first[:1].isupper()) and _plausible(g, who) else None


def _nominative(lex: Lexicon, link: str, noun: str) -> str:
    """A noun after a genitive's article as its nominative writes it: without its genitive ending after the masculine
    article ("Lehrlings" of "des Lehrlings"), without the "-n" of a noun made of an adjective after the feminine one
    ("Auszubildenden" of "der Auszubildenden"; "Praktikantin" keeps its ending)."""
    if link in lex.genitive_links:
        return next((noun[: -len(e)] for e in lex.genitive_endings if noun.endswith(e)), noun)
    return noun[:-1] if noun.endswith("en") else noun


@lru_cache(maxsize=8)
def _answer_pattern(code: str) -> re.Pattern[str]:
    """A frame of :func:`_answer_owner`, at most two words, its noun, the link, then the speaker up to the sentence's
    end or a comma."""
    lex = LEXICONS[code]
    frames = phrases(lex.answer_frames).replace("'", "['’]")  # (either apostrophe: "c’était")
    elided = [link for link in lex.complement_words if link.endswith(("'", "’"))]
    spaced = phrases(link for link in lex.complement_words if link not in elided)
    link = rf"(?:(?P<link>{spaced})\s+" + (f"|{phrases(elided)}" if elided else "") + ")"
    return re.compile(
        rf"(?i:{frames})\s+(?:[^\W\d_]+\s+){{0,2}}?(?:[^\W\d_]['’])?(?i:{_alternation(lex.answer_nouns)})\s+"
        rf"{link}(?P<who>[^\s.,;:!?]+(?:\s+[^\s.,;:!?]+){{0,4}}?)\s*(?:[.,;!?]|$)"
    )


def _answer_inverted(g: Grammar, text: str, end: int) -> str | None:
    """Whose answer the rest of a quote's own sentence says the words were, its verb and the answer's noun first
    (lexicon ``answer_nouns``; the link ``complement_words``, ``answer_links``): "“…”, was the reply of the former dive
    instructor.", "“…”, came the answer from the ex-bronc rider.", "«…», fue la respuesta del alcalde.", "« … », a été
    la réplique de l'ancienne maire.": the name or the description after the link, never the person quoted before."""
    lex = g.lexicon
    if not lex.answer_nouns or text[end : end + 1] not in _ANSWER_INVERTED_LEADS:
        return None  # (the cheap question first: a frame stands after a comma or a space, most quotes end a sentence)
    owner = _answer_inverted_pattern(lex.code).match(text, end)
    return _answer_who(g, owner) if owner is not None else None


_ANSWER_INVERTED_LEADS = frozenset(", ")


@lru_cache(maxsize=8)
def _answer_inverted_pattern(code: str) -> re.Pattern[str]:
    """A frame of :func:`_answer_inverted`: a comma maybe, one to three words in lower case ending on a determiner (the
    verb and the noun's article: "was the", "came the", "a été la"), an adjective maybe, the noun, the link, the
    speaker up to the sentence's end or a comma."""
    lex = LEXICONS[code]
    link = _answer_link(lex)
    return re.compile(
        rf"\s?,?\s+(?:[^\W\d_{CAPITALS}][\w’'\-]*\s+){{0,2}}?(?i:{_alternation(lex.determiners)})\s+"
        rf"(?:[^\W\d_]+\s+)?(?:[^\W\d_]['’])?(?i:{_alternation(lex.answer_nouns)})\s+"
        rf"{link}(?P<who>[^\s.,;:!?“”„\"«»]+(?:\s+[^\s.,;:!?“”„\"«»]+){{0,4}}?)\s*(?:[.,;!?]|$)"
    )


def _answer_link(lex: Lexicon) -> str:
    """The link of an answer's noun to whose it is, as a pattern: a group "link" of a spaced link, or an elided one
    written onto the next word ("d'")."""
    links = (*lex.complement_words, *lex.answer_links)
    elided = [link for link in links if link.endswith(("'", "’"))]
    spaced = phrases(link for link in links if link not in elided)
    return rf"(?:(?P<link>{spaced})\s+" + (f"|{phrases(elided)}" if elided else "") + ")"


def _answer_named_before(g: Grammar, window: str) -> re.Match[str] | None:
    """The speaker a sentence before the colon opening a quote names as whose answer the words are (lexicon
    ``answer_nouns``, ``complement_words``, ``answer_links``): "Die Antwort des einstigen Dorflehrers kam prompt:", "La
    réplica del viejo basquetbolista llegó enseguida:", "Réponse de l'ex-chef pâtissier :", "The reply of the former
    lighthouse keeper came at once:": the name or description after the link, read as the subject of a sentence
    before a colon is (with the article the link holds), never the person quoted before. A match in a text of its
    own: the link's article and the description."""
    lex = g.lexicon
    tail = window.rstrip()
    if not lex.answer_nouns or not tail.endswith(":"):
        return None
    floor = max(0, len(tail) - _ANSWER_BEFORE_REACH)
    low = tail[floor:].lower()
    if not any(noun in low for noun in lex.answer_nouns):
        return None  # (the cheap question first: most colons open a quote after a cue, no answer's noun)
    found = _answer_before_pattern(lex.code).search(tail, floor)
    if found is None:
        return None
    link = (found.group("link") or "").lower()
    rest = found.group("rest").strip()
    article = lex.contracted_articles.get(link) or lex.genitive_articles.get(link) or ""
    if link in lex.genitive_articles:
        # (the genitive's nouns and their adjectives as the nominative writes them: "des einstigen Dorflehrers" -> "der
        # einstige Dorflehrer"; the clause's verb and what follows, in lower case, kept: the reader stops at them)
        words = rest.split()
        nouns = [i for i, w in enumerate(words) if w[:1].isupper()]
        head = nouns[0] if nouns else -1
        words = [
            _nominative(lex, link, w) if i in nouns else (w[:-1] if i < head and w.endswith("en") else w)
            for i, w in enumerate(words)
        ]
        rest = " ".join(words)
    # (the speaker ends where the frame's verb opens its predicate: "kam prompt", "llegó enseguida", "ne s'est pas
    # fait attendre", "came at once"; a verbless frame's rest is all speaker: "Réponse de l'ex-chef pâtissier :")
    words = rest.split()
    end = next((i for i, w in enumerate(words) if i and _opens_predicate(lex, w)), len(words))
    if not end or end > _ANSWER_WHO_WORDS:
        return None
    who = " ".join(([article] if article else []) + words[:end])
    if who.lower() in lex.pronouns or not _plausible(g, who):
        return None
    return _span_pattern(len(who)).match(who)


_ANSWER_BEFORE_REACH = 200  # the most characters of the sentence before the colon read back (a frame is short)
_ANSWER_WHO_WORDS = 6  # the most words of the speaker an answer's frame names before its colon


def _opens_predicate(lex: Lexicon, word: str) -> bool:
    """Whether a word after an answer's link opens the frame's predicate, no part of the speaker: a verb of an answer's
    coming (lexicon ``answer_verbs``), a copula, a negation, a cue verb, an elided pronoun or negation ("s'est",
    "n'a")."""
    low = word.lower()
    return (
        low in lex.answer_verbs
        or low in lex.copulas
        or low in lex.negations
        or low in lex.cue_verbs
        or low[1:2] in ("'", "’") and low[:1] in "nsl"
    )


@lru_cache(maxsize=8)
def _answer_before_pattern(code: str) -> re.Pattern[str]:
    """A frame of :func:`_answer_named_before`: a sentence opening on the noun of an answer (its article and an
    adjective maybe), the link, and the rest up to the colon."""
    lex = LEXICONS[code]
    return re.compile(
        rf"(?:^|(?<=[.!?…])[\"»”]?\s+|(?<=\n))(?:(?i:{_alternation(lex.determiners)})\s+)?(?:[^\W\d_]+\s+)?"
        rf"(?i:{_alternation(lex.answer_nouns)})\s+{_answer_link(lex)}(?P<rest>[^.!?:;“”„\"«»\n]{{1,150}}?)\s*:$"
    )


def _framed_back(g: Grammar, text: str, own_clause: bool = False) -> str | None:
    """The description or name a frame after the quote credits it to (``frames.framed_after``): "Así lo resumió el
    antiguo pascola.", "On doit la formule à l'ancienne laitière.", and in the rest of its own sentence ("own_clause"),
    ", a juicio del antiguo motorista." — never the person quoted before."""
    framed = framed_after(g.lexicon, text, own_clause)
    return framed[0] if framed is not None and _framed_person(g, *framed) else None


def _framed_in_words(g: Grammar, window: str) -> re.Match[str] | None:
    """The description or name the quote's own sentence credits it to before it (``frames.framed_before``): "Für den
    einstigen Loipenspurer ist klar:", "Chez l'ex-douanier, une certitude :", "Para la sexagenaria,", as a match of a
    text of its own."""
    tail = window.rstrip()
    floor = max(0, len(tail) - _FRAME_BEFORE_REACH)
    start = max(tail.rfind(". ", floor), tail.rfind("\n", floor))
    sentence = tail[start + 1 if start >= 0 else floor :].lstrip(" \"”»“„«")
    # (the cheap question first: the sentence opens on a marker of a frame, or ends on a colon or a comma after a noun
    # of words: "In the former coxswain's words:")
    opening = sentence[:_FRAME_OPENING].split(maxsplit=1)[:1]
    if not opening or (
        opening[0].lower().replace("’", "'") not in frame_openers(g.lexicon.code)
        and (tail[-1:] not in (":", ",") or not frame_nouns(g.lexicon.code).intersection(sentence.lower().split()))
    ):
        return None
    framed = framed_before(g.lexicon, sentence)
    if framed is None or not _framed_person(g, *framed):
        return None
    return _span_pattern(len(framed[0])).match(framed[0])


def _framed_person(g: Grammar, who: str, loose: bool) -> bool:
    """Whether a frame's description may be a speaker: plausible as one, and where only a preposition credits it (a
    place, a time or an event stands there as often: "For the harbour, the winter was hard:", "À la fin,", "so klingt
    es bei der Feier"), a name, a role or a former trade ("bei der früheren Rømø-Kapitänin", "a juicio del antiguo
    motorista")."""
    lex = g.lexicon
    if who.lower() in lex.pronouns or not _plausible(g, who):
        return False
    if not loose:
        return True
    former = lex.former_words
    return _named_or_role(g, who) or any(
        w.lower() in former or w.lower().partition("-")[0] + "-" in former for w in who.replace("'", "' ").split()
    )


_FRAME_BEFORE_REACH = 200  # the most characters of the quote's sentence read back for its frame (a frame is short)
_FRAME_OPENING = 24  # the characters read for the sentence's first word (after a full stop or a line's start: a
# frame after "!" or "?" is read with the sentence before it, and its marker found too far in to open it)


def _only_quote(block: Block) -> bool:
    """Whether a paragraph of the body is one quotation and nothing else ("“…”", "« … »", "„…“."), read before its
    quotes are: one mark opening it, one closing it, none between."""
    text = block.text.strip().rstrip(".")
    return (
        block.in_body
        and block.place is Place.BODY
        and len(text) > 2
        and text[0] in _ALWAYS_OPEN
        and text[-1] in _CLOSERS
        and _DOUBLE_MARKS.search(text, 1, len(text) - 1) is None
    )


_PAUSE_SUBJECT_WORDS = 12  # the most words of a pausing subject with its appositive ("Ann Cole, the chair, waited")


def _paused_subject(g: Grammar, text: str) -> str | None:
    """Who the sentence right after a quote no cue credits makes the subject of a verb of pausing after their words
    (lexicon ``pause_verbs``): "“…” Rosalind Thirtle, the association's chair, let the room take that in.", "« … » La
    chocolatière Hélène Dufaux a laissé passer les applaudissements.", "«…» La alcaldesa esperó a que cesaran los
    aplausos.": a person named or described (no pronoun, no thing: "The room waited"), read as the subject of the
    language's plain cue verb would be. A listener's reaction ("The mayor disagreed.") is no such verb."""
    lex = g.lexicon
    if not lex.pause_verbs:
        return None
    sentence = text[: _first_sentence_end(text)]
    low = f"{sentence.lower()} ".replace(",", " ").replace(".", " ")  # ("Tom Hale waited.", "paused, then")
    found = (low.find(f" {verb} ") for verb in lex.pause_verbs)
    at = min((i for i in found if i > 0), default=-1)
    return _subject_of_sentence(g, sentence[:at].strip() if at > 0 else "")


def _subject_of_sentence(g: Grammar, subject: str) -> str | None:
    """The person named or described by ``subject``, the words opening a sentence before its verb (see
    :func:`_paused_subject`), read as the subject of the language's plain cue verb; None for a pronoun or a thing."""
    lex = g.lexicon
    if not subject[:1].isupper() or len(subject.split()) > _PAUSE_SUBJECT_WORDS:
        return None
    cue = f"{subject} {lex.said_verb}"
    match = g.speaker_verb.match(cue)
    if match is None or match.end() != len(cue) or not _plausible(g, who := match.group("who")):
        return None
    words = who.split()
    if words[0].lower() in lex.determiners:
        # a description of a person: a role ("La alcaldesa") or a name after it ("La chocolatière Hélène Dufaux")
        named = " ".join(reversed(list(takewhile(str.istitle, reversed(words[1:])))))
        return who if any(role_head(w, lex.code) for w in words[1:]) or " " in named and is_person_name(named) else None
    return who if who.lower() not in lex.pronouns and is_person_name(who) else None


_NAMED_WORDS = 4  # the most words between a link of naming and the name it gives ("is the driver, Sidi Ould Ahmed")
_APPOSITION_CHARS = 120  # the longest apposition set off by commas between a clause of speaking so and its link
_DESCRIBED_CHARS = 160  # the longest description of a person before its link ("The woman laughing behind … was")
# The first words of each lexicon's ``speaking_so`` ("who", "qui", "der", "que"), as written in lower case and
# capitalised ("Die das sagt, ist …"): a sentence holding none of them is read no further
_SPEAKING_SO_OPENINGS = {
    code: tuple(sorted({w for phrase in lex.speaking_so for w in (phrase.split()[0], phrase.split()[0].capitalize())}))
    for code, lex in LEXICONS.items()
}


def _spoken_so(g: Grammar, text: str) -> str | None:
    """Who the sentence right after a quote no cue credits says spoke so, by a clause of speaking so (lexicon
    ``speaking_so``, ``naming_links``): the name a link of naming gives after it, past one apposition set off by commas
    ("« … » Le chauffeur qui parle ainsi s'appelle Sidi Ould Ahmed, …", "„…“ Die das sagt, ist Schäferin Merle
    Bostelmann", "« … » Celui qui le dit, la barbe blanche, s'appelle Mathis Jeunet"), or the person named or described
    before it, past a cleft's opener ("„…“ Anna Berg, die das sagt, fährt seit 20 Jahren.", "« … » C'est Ruby Hodge, 23
    ans, qui parle ainsi"); else a description of a person by a noun alone and the name its link gives ("“…” The woman
    laughing behind the stall was Hawa Kpoto", :func:`_described_speaker`). None when the sentence names no one after
    the link ("The man who said this is long gone")."""
    lex = g.lexicon
    if not lex.speaking_so:
        return None
    sentence = text[: _first_sentence_end(text)]
    padded = f" {sentence}"
    if not any(f" {word} " in padded for word in _SPEAKING_SO_OPENINGS[lex.code]):
        return _described_speaker(g, sentence)  # (most sentences hold no clause of speaking so: a search or two)
    low = (padded.lower() + " ").replace("’", "'").replace(",", " ").replace(".", " ")
    found = ((low.find(f" {phrase} "), phrase) for phrase in lex.speaking_so)
    # (the first clause, the longest of those opening there: "qui le dit ainsi" over "qui le dit")
    at, phrase = min(((i, p) for i, p in found if i >= 0), key=lambda f: (f[0], -len(f[1])), default=(-1, ""))
    if at < 0 or len(low) != len(padded) + 1:  # (a letter lowered into two moves the offsets: not read)
        return _described_speaker(g, sentence) if at < 0 else None
    named = _linked_name(g, sentence, low[1:], at + len(phrase))
    if named is not None:
        return named or None
    return _subject_of_sentence(g, _uncleft(lex, sentence[:at].strip()))


def _linked_name(g: Grammar, sentence: str, low: str, clause_end: int, next_to: bool = False) -> str | None:
    """The name a link of naming (lexicon ``naming_links``) gives right after a description of the speaker ending at
    ``clause_end`` of ``sentence`` (``low``: it lowered, commas and stops as spaces), or after one apposition set off
    by commas there ("The man saying so, wrapped in a toque, was Gus Wiitala"), within :data:`_NAMED_WORDS` words of
    the link (``next_to``: right after it): "" when a link stands there and names no one, None when no link does."""
    rest = clause_end + len(low) - clause_end - len(low[clause_end:].lstrip())  # (past the comma closing the clause)
    link = next((w for w in g.lexicon.naming_links if low.startswith(f"{w} ", rest)), None)
    if link is None and sentence.startswith(",", clause_end):
        close = sentence.find(", ", clause_end + 1, clause_end + _APPOSITION_CHARS)
        if close > 0:
            rest = close + 2
            link = next((w for w in g.lexicon.naming_links if low.startswith(f"{w} ", rest)), None)
    if link is None:
        return None
    name = _name_credited(g, sentence, rest + len(link), len(sentence), _NAMED_WORDS) or ""
    return "" if next_to and not sentence[rest + len(link) :].lstrip().startswith(name) else name


def _described_speaker(g: Grammar, sentence: str) -> str | None:
    """The name a sentence right after a quote no cue credits gives the person it opens on, described by a noun of a
    person alone (lexicon ``described_speakers``) and whatever they did there, through its first link of naming: "“…”
    The woman laughing behind a pile of bitter balls was Hawa Kpoto, who …", "„…“ Der Mann mit der Mütze ist Gus
    Wiitala", "« … » Celui qui le dit, la barbe blanche, s'appelle Mathis Jeunet". None when no link follows within
    :data:`_DESCRIBED_CHARS` characters or no name right after it ("The woman in the red coat was not amused")."""
    lex = g.lexicon
    head = sentence[:24].lower().replace("’", "'")
    if not lex.described_speakers or not head.startswith(lex.described_speakers):
        return None
    opener = next((o for o in lex.described_speakers if head.startswith(o) and _opener_ends(head, o)), None)
    if opener is None:
        return None
    low = (sentence.lower() + " ").replace("’", "'").replace(",", " ").replace(".", " ")
    if len(low) != len(sentence) + 1:
        return None
    found = (low.find(f" {link} ", len(opener) - 1, _DESCRIBED_CHARS) for link in lex.naming_links)
    at = min((i for i in found if i >= 0), default=-1)
    # (after a pronoun the name comes right after the link: "She is Aroha Tipene", never "Il est midi, Léa Roux …")
    return _linked_name(g, sentence, low, at, opener in lex.pronouns) or None if at >= 0 else None


def _asked_who(g: Grammar, text: str) -> str | None:
    """The name answering a question of who spoke, right after a quote no cue credits (lexicon ``speaker_questions``):
    "« … » Qui parle ? Soazig Le Floc'h, carillonneuse …", "“…” Who is speaking? Ann Cole, the harbour master."; None
    when no name opens the answer ("Qui parle ? Personne ne le sait.")."""
    lex = g.lexicon
    if not lex.speaker_questions or "?" not in text[:_QUESTION_CHARS]:
        return None
    low = text[:_QUESTION_CHARS].lower().replace("’", "'").replace(" ?", "?")
    if not low.startswith(lex.speaker_questions):
        return None
    asked = text.index("?") + 1
    # (the answer's opening only: its sentence's breaks are not worked out over the rest of a long paragraph)
    answer = text[asked : asked + _ANSWER_CHARS].lstrip()
    answer = _uncleft(lex, answer[: sentence_end(answer, 0)])  # ("Qui parle ? C'est Soazig Le Floc'h.")
    name = _name_credited(g, answer, 0, len(answer), 1)
    return name if name is not None and " " in name else None  # (a full name: "Personne ne le sait" names no one)


_QUESTION_CHARS = 30  # the longest question of who spoke, as the lexicons list them ("¿quién habla así?")
_ANSWER_CHARS = 120  # the opening of the answer read for the name ("Soazig Le Floc'h, carillonneuse …")
# The words asking who in each lexicon's ``speaker_questions`` ("who", "wer", "qui", "quién"): no speaker's name
_ASKING_WORDS = {
    code: frozenset(q.split()[0].lstrip("¿") for q in lex.speaker_questions) for code, lex in LEXICONS.items()
}


def _words_owner(g: Grammar, text: str, referred: bool = False) -> str | None:
    """Who the sentence right after a quote no cue credits names with a reference to the words, in the place of a cue
    (lexicon ``words_references``, ``words_nouns``): "“…” Behind the words, and a shy grin, was Moses Tafea, a fisher
    from Gizo", "« … » Cette phrase, Lucie Benoît, 12 ans, l'a répétée", "«…» Eso piensa al menos Rosario Llamas, dueña del refugio", "«…»
    A Tomás Aguirre Luna, de 29 años, le temblaba la voz al decirlo", "„…“ Sagt's und schiebt sein Rad: Egon
    Hilsberg, 68": the one person the sentence names in full. None when it names no one or more than one ("The words
    were painted by Ann Kell for Jo Reed")."""
    lex = g.lexicon
    if not lex.words_references:
        return None
    sentence = text[: _first_sentence_end(text)]
    low = f" {sentence.lower().rstrip('.!?…')} ".replace("’", "'").replace(",", " ").replace(":", " ")
    named_words = any(f" {r} " in low for r in lex.words_references if " " in r) or _words_noun_opening(
        lex, low.split(maxsplit=_WORDS_NOUN_REACH)[:_WORDS_NOUN_REACH]
    )
    if referred and not named_words:
        return None  # (a sentence further on: "Así empezó …" there speaks of the sentence before, not of the quote)
    # (a reference of one word only opening the sentence, "Eso piensa …", never "… y eso que Ana Ruiz …", and with no
    # verb of saying, whose cue :func:`_credited_back` read: "Así lo dijo Marta Ruiz que el alcalde había mentido"; no
    # name after a preposition is the speaker then: "Así empezó la tarde para Marta Ruiz")
    if not named_words and (
        not any(low.startswith(f" {r} ") for r in lex.words_references if " " not in r)
        or any(w in lex.cue_verbs for w in low.split())
    ):
        return None
    runs = (run for run in _CAPITAL_RUN.finditer(sentence) if named_words or not _after_preposition(g, sentence, run.start()))
    named = [(name, run.start()) for run in runs if (name := _full_name(g, sentence, run))]
    if len({name for name, _ in named}) != 1:
        return None
    name, at = named[0]
    # ("Diese Worte hörte Anna Berg oft von ihrem Vater": who heard them, no speaker; not a verb of hearing after her,
    # "La frase es de don Ramiro Esparza, …, que escuchó a todas las bandas")
    return None if any(w in lex.hearing_verbs for w in sentence[:at].lower().split()) else name


_WORDS_NOUN_REACH = 4  # the first words of a sentence read for a noun of the words ("Mit diesem vogtländischen Satz")


def _words_noun_opening(lex: Lexicon, words: list[str]) -> bool:
    """Whether a sentence's first ``words`` (lower case) hold a noun for quoted words after a determiner, at most one
    word between (lexicon ``words_nouns``): "Diese Warnung", "That memory", "La blague", "Mit diesem vogtländischen
    Satz"."""
    return any(
        word in lex.words_nouns and any(w in FUNCTION_WORDS for w in words[max(0, at - 2) : at])
        for at, word in enumerate(words)
        if at
    )


def _full_name(g: Grammar, sentence: str, run: re.Match[str]) -> str:
    """The full name of a person a capitalised run of a sentence gives, past a title or a role before it: opened by a
    known first name ("Bailie Catriona Rafferty", "Marie-Ange Félix"), or set off by a comma after a role ("el capitán
    del ferry, Jolo Sebastián,"); "" for a place, a body, a lone word or someone's ("Ann Kell's"), or a body's name that
    holds a given name ("am Krankenhaus Maria Hilf": a word no title before it)."""
    lex = g.lexicon
    name = untitled(run.group(), lex.code)
    dropped = run.group()[: len(run.group()) - len(name)].split()
    if any(w.lower() not in FUNCTION_WORDS and not title_role(w, lex) for w in dropped):
        return ""
    words = name.split()
    if words and words[0].lower() in FUNCTION_WORDS:
        # (the word opening the sentence, before the name: "A Tomás Aguirre, de 29 años, le temblaba la voz …")
        words = words[1:]
        name = " ".join(words)
    if len(words) < 2 or sentence.startswith(("'s", "’s"), run.end()) or not _plausible(g, name):
        return ""
    first = words[0].split("-")[0]
    set_off = sentence[: run.start()].endswith(", ") and sentence.startswith(",", run.end())
    # (a relative pronoun only a person takes after it, a comma between: "those of Mere Horomona, who has kept the
    # store", a first name no lexicon knows)
    set_off = set_off or sentence.startswith(", ", run.end()) and _person_relative_after(g.lexicon, sentence, run.end())
    return name if known_first_name(first) or set_off and is_person_name(name) else ""


def _person_relative_after(lex: Lexicon, sentence: str, end: int) -> bool:
    """Whether the word after the comma at ``sentence[end]`` is a relative pronoun only a person takes (lexicon
    ``person_relatives``: "who", "quien")."""
    word = sentence[end + 2 : end + 2 + _RELATIVE_CHARS].split(maxsplit=1)[:1]
    return bool(word) and word[0].lower() in lex.person_relatives


_INTRODUCED_APPOSITION = 120  # the longest apposition set off after the name opening the sentence after a quote


def _introduced_subject(g: Grammar, blocks: list[Block], last: _Span, text: str) -> str | None:
    """Who the sentence right after a quote no cue credits (``text``, after the quote's ``last`` span) in its paragraph
    brings in as its subject: a name the article has not given before and an apposition set off after it ("“…” Morag
    Dunlop, 81, a retired nurse from Govan, is not for changing.", "„…“ Egon Hilsberg, 68, Bäcker aus Kehl, hat …").
    Not a name met before ("Ann Kell, the mayor, shook her head" after Ann Kell spoke), nor one without its apposition
    ("Tom Hale walks on.")."""
    run = _CAPITAL_RUN.match(text)
    if run is None or not text.startswith(", ", run.end()):
        return None
    given = run.group().split()[0]
    # (a given name written with its accents where the lexicons list it without: "Marc-André", "Tomás")
    known = known_first_name(given) or known_first_name(unaccented_word(given))
    name = _full_name(g, text[: run.end() + 1], run) if known else ""
    closed = text.find(", ", run.end() + 2, run.end() + _INTRODUCED_APPOSITION)
    if not name or closed < 0 or closed > _first_sentence_end(text):
        return None
    surname = name.split()[-1]
    if surname in blocks[last.block].text[: last.end] or any(surname in block.text for block in blocks[: last.block]):
        return None
    return name


def _title_before_surname(lex: Lexicon, text: str, start: int) -> str:
    """The title in lower case between a definite article and a lone capitalised word at ``start`` ("ante la jueza
    Bodden", "le juge Martin", "the magistrate Outerbridge"), which makes the word a person's surname, as a capitalised
    title does ("Magistrate Outerbridge"); "" for any other word (a role's noun that is no title, "el río Coco",
    names no one). Not where every noun is capitalised (the title is read into the run there)."""
    if lex.capitalised_nouns or text[start - 1 : start] != " ":
        return ""
    # (speed60: one test in C first, the title's last letter, where no other white space stands before the space: a
    # letter in lower case or of no case, as the title is all in lower case, where a third of the words before a lone
    # capitalised word end otherwise, "Mr.", "Ms", ","; the last two words then split off from the right alone)
    last = text[start - 2 : start - 1]
    if not last.isspace() and (not last.isalpha() or last.istitle()):
        return ""
    words = text[max(0, start - _TITLE_BEFORE_CHARS) : start].rsplit(maxsplit=2)[-2:]
    if len(words) < 2 or words[0].lower() not in lex.definite or words[0].lower() in lex.plural_articles:
        return ""  # ("La jueza Bodden" opening a sentence too)
    noun = words[1]
    return noun if noun.isalpha() and noun.islower() and title_role(noun, lex) else ""


_TITLE_BEFORE_CHARS = 40  # an article and a title before a surname: "la subcomisaria " is 16


def _uncleft(lex: Lexicon, subject: str) -> str:
    """A subject with the opener of a cleft sentence taken off ("C'est Ruby Hodge, 23 ans," -> "Ruby Hodge, 23 ans,";
    lexicon ``cleft_openers``): the person the cleft singles out."""
    low = subject[:12].lower().replace("’", "'")
    opener = next((o for o in lex.cleft_openers if low.startswith(f"{o} ")), None)
    return subject[len(opener) :].lstrip() if opener else subject


def _corrected_credit(g: Grammar, block: Block, item: _Found) -> str | None:
    """Who the sentence after words a correction credited wrongly says spoke them ("An earlier version of this article
    attributed the words “…” to a spokeswoman. They were said by the chairman, Mr Tan."): a back credit of its own."""
    first, last = item.spans[0], item.spans[-1]
    if first.block != last.block or not _attributed_words(g, block.text, item):
        return None
    end = sentence_end(block.text, last.end)
    return _owner_closing(g, block.text, last.end, end) or _credited_back(g, block.text[end:].lstrip(" .!?…"))


def _owner_closing(g: Grammar, text: str, start: int, end: int) -> str | None:
    """The name a clause of a correction's sentence gives as the words' owner, set off by a comma after the words and
    the clause that credited them wrongly (lexicon ``owner_links``): "La frase «…», que una versión anterior atribuía al
    director de Protección Civil, es del alcalde Eleazar Marcano Rivas.", "La phrase « … », attribuée au maire, est de
    son adjointe, Claire Roux."; None when no such clause closes the sentence."""
    low = text[start:end].lower()
    found = ((at, w) for w in g.lexicon.owner_links if (at := low.find(f", {w} ")) >= 0)
    at, link = min(found, default=(-1, ""))
    if at < 0:
        return None
    clause = text[start + at + 2 : end]
    return _name_credited(g, clause, len(link), len(clause))


def _attributed_words(g: Grammar, text: str, item: _Found) -> bool:
    """Whether quoted words are what their sentence credits to someone: a saying noun right before them and an
    attributing verb in the sentence ("attributed the words “…” to", "les propos « … » attribués à", "die Worte „…“
    … zugeschrieben"): someone's words, no name nor term, whoever said them."""
    lex = g.lexicon
    start, end = item.spans[0].start, item.spans[-1].end
    before = text[start - _WORD_BEFORE_REACH if start > _WORD_BEFORE_REACH else 0 : start].split()
    if not before or before[-1].lower().strip(",:") not in lex.saying_nouns:
        return False
    sentence = text[sentence_start(text, start) : sentence_end(text, end)]
    return any(word.lower().strip(",;:.!?") in lex.attributing_verbs for word in sentence.split())


def _credited_back(g: Grammar, text: str) -> str | None:
    """The speaker a sentence opening on a back credit names (see :func:`_back_credit`)."""
    newline = text.find("\n")  # (the first line found, not split off: the text is the rest of its paragraph)
    dashed = _dash_credit(g, text if newline < 0 else text[:newline])
    if dashed is not None:
        return dashed  # "“...” / — Mark Osei": a credit line of its own
    lex = g.lexicon
    low = text[:60].lower().replace("’", "'")
    if lex.deed_credits and low.startswith(lex.deed_credits):
        return _deed_credit(g, text, low)
    opener = None
    if low.startswith(lex.back_credits):  # (one call in C tells most sentences, which open on no opener)
        opener = next((o for o in lex.back_credits if low.startswith(o) and _opener_ends(low, o)), None)
    if opener is not None:
        start = len(opener)
        end = sentence_end(text, start)
        if text.startswith(", ", start) and (comma := text.find(", ", start + 2, end)) > 0:
            start = comma + 2  # (past what the words are set off: "Diesen Satz, den Kern der Begründung, las …")
        after = text[start:].split(maxsplit=1)[:1]
        first = after[0].lower() if after else ""
        clause_word = first in lex.clause_words and first not in lex.perfect_auxiliaries
        if not after or first in lex.subordinators or clause_word:
            # "That was before Ann Cole took office": no credit ("That was how …" is a back cue's); a perfect's
            # auxiliary opens the clause of the verb put second ("Mit diesen Worten hatte X den Abend eröffnet")
            opener = None
        elif (heard := _heard_from(g, text, start, end)) is not None:
            # ("Diese Worte hörte Anna Berg oft von ihrem Vater.": whom she heard them from, named, else no one)
            name = _CAPITAL_RUN.match(text, heard[0]) if heard[1] > heard[0] else None
            return name.group() if name is not None and _plausible(g, name.group()) else None
        if opener is not None:
            return _name_credited(g, text, start, end)
    if low.startswith(_DENIAL_OPENINGS[lex.code]) and (denied := _denied_credit(g, text, low)) is not None:
        return denied or None  # ("It was not the mayor … who said it, but the city manager, …")
    if not low.startswith(lex.back_cues):
        return None
    opener = next((o for o in lex.back_cues if low.startswith(o) and _opener_ends(low, o)), None)
    if opener is None:
        return None
    end = sentence_end(text, len(opener))
    cue = _without_object(lex, text[len(opener) : end])
    if lex.back_cue_sources and (source := _heard_at(lex, cue)):
        return _name_credited(g, cue, source, len(cue), reach=1)
    if (aside := _ASIDE_AFTER_VERB.match(cue, len(cue) - len(cue.lstrip()))) is not None:
        # ("Voilà ce que raconte, en riant, Aline Bovay": the manner set off after the verb, read as if not there)
        cue = cue[: aside.end("verb")] + " " + cue[aside.end() :]
    for pattern in (g.verb_speaker, g.speaker_verb):
        match = pattern.match(cue)
        if match is None:
            continue
        clause = REPORTED_CLAUSE.search(cue, match.end())
        between = cue[match.end() : clause.start()] if clause is not None else ""
        if clause is not None and between.startswith(", ") and between.endswith(", ") and clause.group() == "que":
            # ("Así lo contó Norma Quiroga, que vive frente al portón", "Lo dice Rosario Techera, tambera de Cerro
            # Colorado, que ordeña …": a relative clause about her, after her name or its apposition)
            clause = None
        if clause is not None and clause.group()[:1].isalpha() and _adverbial_set_off(lex, between):
            clause = None
        if _plausible(g, match.group("who")) and clause is None:
            who = match.group("who")
            if _thing_described(lex, who):
                # (a thing after the verb is its object, its subject after it: "Así abrió la conferencia de prensa el
                # gerente de Aguas Capitalinas, Marco Tulio Banegas, …"; one before it is the subject, no speaker:
                # "That was how the day began for Ann Cole", "That's what the text reads …")
                return _name_credited(g, cue, match.end("who"), len(cue)) if pattern is g.verb_speaker else None
            return who[: _sentence_in(who)]
    return None


def _adverbial_set_off(lex: Lexicon, between: str) -> bool:
    """Whether the words from a back cue's subject to a clause word ("que", "that") end on a clause the sentence sets
    off by a comma after the subject (and its apposition), opening on a subordinator or a preposition: "Así lo resumió
    Héctor Belardo, dirigente de los Pescadores, después de que su equipo venciera …", "Así lo contó Rosa Quispe,
    agricultora, mientras recogía los restos del maizal en la ladera que mira al valle". That clause says when or how
    the words were said; its clause word is no reported clause of the back cue's verb ("Lo dijo Ana Ruiz, que …" is a
    relative clause, read before; "So sagte es Jan Holm, dass …" opens no set-off clause)."""
    if not between.startswith(", "):
        return False
    opening = between.rpartition(", ")[2].split(maxsplit=1)[:1]
    word = opening[0].lower() if opening else ""
    return (word in lex.subordinators or word in lex.clause_words) and REPORTED_CLAUSE.fullmatch(word) is None


_DEED_CREDIT_REACH = 3  # words between a deed's opener and its subject's name: a verb, an article, a role


def _deed_credit(g: Grammar, text: str, low: str) -> str | None:
    """The speaker a sentence opening on one of the lexicon's ``deed_credits`` names: a name of two words or more
    within ``_DEED_CREDIT_REACH`` words of the opener ("Sprach's und griff Landrätin Ute Kern zur Schaufel"), else no
    one ("Sprach's und nahm die Schaufel in die Hand": the thing taken is no speaker)."""
    opener = next((o for o in g.lexicon.deed_credits if low.startswith(o) and _opener_ends(low, o)), None)
    if opener is None:
        return None
    name = _name_credited(g, text, len(opener), sentence_end(text, len(opener)), reach=_DEED_CREDIT_REACH)
    return name if name is not None and " " in name else None


def _heard_at(lex: Lexicon, cue: str) -> int:
    """Where the speaker stands in a back cue saying where the words are heard, right after its preposition (lexicon
    ``back_cue_sources``: "So tönt es bei Bootsbauer Lukas Gerber"), else 0."""
    opened = cue.lstrip()
    low = opened[:20].lower()
    source = next((s for s in lex.back_cue_sources if low.startswith(s)), "")
    return len(cue) - len(opened) + len(source) if source else 0


def _without_object(lex: Lexicon, cue: str) -> str:
    """A back cue's words without the pronoun standing for the quote as its verb's object, right after the verb or
    right before it (lexicon ``back_cue_objects``: "So erzählt es Erna Lüders" read as "So erzählt Erna Lüders",
    "Ainsi le raconte Edmée Lorrain", "Ainsi l'explique Edmée Lorrain"); not an article before a noun ("Ainsi le
    maire a conclu": no verb after it)."""
    words = cue.split(maxsplit=2)
    if not lex.back_cue_objects or len(words) < 2:
        return cue
    first, second = words[0].lower(), words[1]
    rest = words[2] if len(words) > 2 else ""
    if first in lex.cue_verbs and second.lower() in lex.back_cue_objects and rest:
        return f" {words[0]} {rest}"
    if first in lex.back_cue_objects and second.lower() in lex.cue_verbs:
        return f" {second} {rest}"
    elided = first.replace("’", "'").partition("'")
    if elided[1] and elided[0] + "'" in lex.back_cue_objects and elided[2] in lex.cue_verbs:
        return f" {words[0][len(elided[0]) + 1 :]} {cue.split(maxsplit=1)[1]}"
    return _without_object_after_subject(lex, cue)


def _without_object_after_subject(lex: Lexicon, cue: str) -> str:
    """A back cue's words without the pronoun standing for the quote between its subject and its verb ("C'est ainsi
    que le guide Marc Jaffré le résume" read as "… Marc Jaffré résume"); not an article ("que le maire a conclu": no
    cue verb after it)."""
    words = cue.split()
    for at in range(1, len(words) - 1):
        if words[at].lower() in lex.back_cue_objects and words[at + 1].lower().rstrip(".!?…") in lex.cue_verbs:
            return " " + " ".join(words[:at] + words[at + 1 :])
    return cue


# A back cue's verb and a short manner set off by commas after it, before its speaker ("raconte, en riant, Aline
# Bovay", "says, laughing, Ann Cole", "erzählt, lachend, Anna Berg", "cuenta, entre risas, Marta Ruiz")
_ASIDE_AFTER_VERB = re.compile(
    rf"(?<![\w’'\-])(?P<verb>[^\W\d_][\w’'\-]*+)"
    rf",\s[^\W\d_{CAPITALS}][^,.;:!?]{{0,40}}?,\s+(?=[{CAPITALS}])"
)


def _name_credited(g: Grammar, text: str, start: int, end: int, reach: int = 0) -> str | None:
    """The first name of a person or a body between ``start`` and ``end`` of a sentence crediting words (see
    :func:`_credited_back`), within ``reach`` words of ``start`` if given: right after ``start`` ("the words of Ann
    Cole"), or anywhere but after a preposition (an article before the name is no object's: "las die Vorsitzende
    Richterin Gabriele Fürholzer vor"; not "the words of the Clinton campaign" after another word); a lone noun's name
    set off after it in a language that capitalises nouns ("von seiner Tochter, Lea Ansbach")."""
    for name in _CAPITAL_RUN.finditer(text, start, end):
        if reach and len(text[start : name.start()].split()) > reach:
            return None
        right_after = not text[start : name.start()].strip()
        object_of = not right_after and _after_preposition(g, text, name.start(), body=True)
        if _plausible(g, name.group()) and not object_of:
            return _apposed_to_noun(g, text, name) or name.group()
    return None


def _thing_described(lex: Lexicon, who: str) -> bool:
    """Whether a subject is a determiner and words in lower case none of which is a role, a title or a body of people
    ("the day" of "“…” That was how the day began for Ann Cole."): a thing, no speaker (not "the mayor", "the
    council"; a language that capitalises its nouns tells nothing by case)."""
    words = who.split()
    return (
        not lex.capitalised_nouns
        and len(words) > 1
        and words[0].lower() in lex.determiners
        and all(w.islower() and not _role_word(lex, w) and w not in lex.people_body_nouns for w in words[1:])
    )


# The first words of each lexicon's ``denied_credits``: a sentence opening on none of them is read no further
_DENIAL_OPENINGS = {
    code: tuple(sorted({opener.split()[0] for opener in lex.denied_credits})) for code, lex in LEXICONS.items()
}


def _denied_credit(g: Grammar, text: str, low: str) -> str | None:
    """The speaker a sentence right after a quote names after its word of contrast when it opens on a denial of who
    said it (lexicon ``denied_credits``, ``contrast_words``) and holds a verb of saying before the contrast: "It was
    not the mayor, A, nor his deputy, B, who said it, but the city manager, C, …", "No lo dijo el seremi A, ni la
    alcaldesa B, sino un niño de nueve años, C", "Ce n'est pas A qui l'a dit, mais C", "Nicht A sagte das, sondern C":
    C, never A or B; "" when the denial names no one after its contrast ("sino un niño": someone unnamed), None when
    the sentence is no such denial."""
    lex = g.lexicon
    opener = next((o for o in lex.denied_credits if low.startswith(o) and _opener_ends(low, o)), None)
    if opener is None:
        return None
    end = sentence_end(text, len(opener))
    found = (text.find(f" {word} ", len(opener), end) for word in lex.contrast_words)
    contrast = min((at for at in found if at >= 0), default=-1)
    if contrast < 0 or not any(w.strip(",;:.!?").lower() in lex.cue_verbs for w in text[:contrast].split()):
        return None  # ("It was not the first time, but …": no one denied having said it)
    for name in _CAPITAL_RUN.finditer(text, contrast, end):
        # (an article may open it: "sondern die Schülerin Lena Janssen")
        if _plausible(g, name.group()) and not _after_preposition(g, text, name.start(), body=True):
            return _apposed_to_noun(g, text, name) or name.group()
    return ""


def _apposed_to_noun(g: Grammar, text: str, run: re.Match[str]) -> str | None:
    """The name set off by a comma after a lone capitalised noun, in a language that capitalises nouns ("von seiner
    Tochter, Lea Ansbach": Lea Ansbach, not "Tochter"), or None."""
    if not g.lexicon.capitalised_nouns or " " in run.group() or not text.startswith(", ", run.end()):
        return None
    name = _CAPITAL_RUN.match(text, run.end() + 2)
    return name.group() if name is not None and _plausible(g, name.group()) else None


def _opener_ends(low: str, opener: str) -> bool:
    """Whether ``opener`` at the start of ``low`` ends on a word's end ("d'" of "d'Anne" does)."""
    return opener.endswith("'") or not low[len(opener) : len(opener) + 1].isalnum()


def article_language(document: Document, blocks: list[Block]) -> str | None:
    """The language of the article's body text (see :func:`verify.lexicon.detect_language`).

    A text too short to tell takes the language the document declares when verify has its lexicon
    (a template's ``lang="en"`` on a German page never outvotes the words: it is asked only then).
    """
    declared = lexicon(document.declared_language)
    default = declared.code if declared else "en"
    code = _language(_language_sample(blocks, 0), default)
    if code is None:
        # a page opening on menus (a language chooser, a list of sections: nouns, no stopwords) reads as no language
        # at all; its prose, the blocks of a sentence's words, tells it
        code = _language(_language_sample(blocks, _PROSE_WORDS), default)
    return code


_PROSE_WORDS = 8  # words a block holds more than to be read as prose for the language check (a menu's items hold fewer)


def _language_sample(blocks: list[Block], fewest_words: int) -> str:
    """The first ``_LANGUAGE_SAMPLE`` characters of the body's blocks of more than ``fewest_words`` words."""
    sample: list[str] = []
    size = 0
    for block in blocks:
        if size >= _LANGUAGE_SAMPLE:
            break
        if block.in_body and (not fewest_words or len(block.text.split(maxsplit=fewest_words)) > fewest_words):
            sample.append(block.text[:_LANGUAGE_SAMPLE])
            size += len(sample[-1])
    return " ".join(sample)[:_LANGUAGE_SAMPLE]


@lru_cache(maxsize=16)  # asked by the quotes and again by the reported statements of the same article
def _language(sample: str, default: str) -> str | None:
    return detect_language(sample, default)


# (longest first; sorted, so that the pattern is the same in every process and its compiled program is kept)
_RAIL_LABELS = sorted(
    {label for lex in LEXICONS.values() for label in (*lex.rail_labels, *lex.ad_labels)}, key=lambda w: (-len(w), w)
)
# A rail's label opening a block, then a separator, a quote mark or nothing: "READ MORE: “…”", "À lire aussi « … »";
# or with a word of its own before a colon ("Related coverage:", "Lire aussi notre dossier :")
_RAIL_SPACES = 3  # white spaces a rail's label may follow (each label opens on another character)
_RAIL_LABEL = re.compile(
    rf"\s{{0,{_RAIL_SPACES}}}(?:{'|'.join(re.escape(label) for label in _RAIL_LABELS)})"
    r"(?:\s{0,3}[:|›>»–—]|\s-\s|\s{1,3}(?=[«“\"„‘‹»])|\s{0,3}$|\s{1,3}[^\W\d_]{1,20}\s{0,3}:)",
    re.I,
)
# The ASCII characters a rail's label may open on (the pattern ignores case, so these are found by the pattern itself)
_RAIL_FIRSTS = frozenset(
    c for c in map(chr, range(128)) if any(re.match(re.escape(label[0]), c, re.I) for label in _RAIL_LABELS)
)


def _ascii_letters_matching(char: str) -> frozenset[str]:
    """The ASCII letters, lower-cased, that ``char`` of a pattern matches when case is ignored (``re.I``): "K" and
    "k" match "k", and so does the Kelvin sign (U+212A); a digit, a space or "à" matches none."""
    if char.isascii():
        return frozenset(char.lower()) if char.isalpha() else frozenset()
    return frozenset(c.lower() for c in string.ascii_letters if re.match(re.escape(char), c, re.I))


# The two ASCII letters, lower-cased, a rail's label may open on ("re" of "Read more", "le" of "Lesen Sie auch"; a
# label of one letter, any letter after it): a block opening on two ASCII letters (most, after the white space of its
# markup) holds a label only when they are one of these, told without the pattern, which tries each of its ~90 labels
# in turn, ignoring case.
_RAIL_PAIRS = frozenset(
    first + second
    for label in _RAIL_LABELS
    for first in _ascii_letters_matching(label[0])
    for second in (_ascii_letters_matching(label[1]) if len(label) > 1 else string.ascii_lowercase)
)


def _rail_label(text: str, pos: int = 0) -> re.Match[str] | None:
    """``_RAIL_LABEL.match(text, pos)``, the pattern called only when the character at ``pos`` may open a label: a
    white space or a character outside ASCII, or one of ``_RAIL_FIRSTS`` (every block is asked; few open on a label),
    and when two ASCII letters follow the white space a label may follow, one of ``_RAIL_PAIRS``."""
    first = text[pos : pos + 1]
    if not first or first.isascii() and not first.isspace() and first not in _RAIL_FIRSTS:
        return None
    head = text[pos : pos + _RAIL_SPACES + 2]
    opening = head.lstrip()  # (str.isspace's white space: the pattern's \s)
    if len(head) - len(opening) > _RAIL_SPACES:
        return None  # more white space than a label may follow
    pair = opening[:2]
    if len(pair) == 2 and pair.isascii() and pair.isalpha() and pair.lower() not in _RAIL_PAIRS:
        return None  # (the label would open on these two letters)
    return _RAIL_LABEL.match(text, pos)


# An advertisement's label or a call to subscribe and a colon, all of a sentence before a quote ("Abonnez-vous : « … »")
_OFFER_LABELS = sorted({label for lex in LEXICONS.values() for label in (*lex.ad_labels, *lex.subscribe_calls)})
_AD_LABEL_COLON = re.compile(
    rf"(?:{'|'.join(re.escape(label) for label in _OFFER_LABELS)})"
    r"\s{0,3}:\s{0,3}",
    re.I,
)
# A photo credit, capitalised, then "by" or a colon ("U.K. Photo by Chris Ratcliffe/Bloomberg", "(Foto: picture
# alliance/Fabian Sommer/dpa)"), to the closing bracket, the line's end or the block's: every lexicon's, as pages credit
# their pictures in any language
_CREDIT_LABELS = sorted({label for lex in LEXICONS.values() for label in lex.credit_labels}, key=lambda w: (-len(w), w))
# (a quote mark ends one; the pattern opens on the labels, so the engine skips to their first letters at once)
_PHOTO_CREDIT = re.compile(
    rf"(?:{'|'.join(re.escape(label[:1].upper() + label[1:]) for label in _CREDIT_LABELS)})"
    r"(?:\s{1,3}by\b|\s?:)[^)\]\n“”„\"«»]{0,200}"
)
# Parts of the labels as the pattern reads them, one in each ("Photo" of "Photo credit", "Photograph"): a block holding
# none holds no credit (most blocks: told by nine searches in C before the pattern's scan of every capital)
_CREDIT_ANCHORS = phrase_anchors(label[:1].upper() + label[1:] for label in _CREDIT_LABELS)
_CREDIT_OPENERS = "([|\n"  # a credit opens the block, or follows one of these ("(Foto: ...)")
_CREDIT_AFTER_SENTENCE = ".!?…|•·—–"  # or one of these and a space ("U.K. Photo by ...")
_FURNITURE_LINES = frozenset(line for lex in LEXICONS.values() for line in lex.furniture_lines)


def _furniture(text: str) -> bool:
    """Whether a block is a line of page furniture ("Story continues below", "Anzeige"): it names no one."""
    return len(text) < _FURNITURE_MAX_CHARS and " ".join(text.lower().split()).strip(" .:") in _FURNITURE_LINES


def _without_credits(text: str) -> str:
    """The block's text with its photo credits blanked out: their names are the photographer's and the agency's, whom
    no pronoun or description of the story stands for."""
    if not any(map(text.__contains__, _CREDIT_ANCHORS)):
        return text  # (most blocks: no label of a credit)
    credit = _PHOTO_CREDIT.search(text)
    while credit is not None:
        start, end = credit.span()
        if _opens_credit(text, start):
            text = text[:start] + " " * (end - start) + text[end:]
        else:
            end = start + 1  # (a label that opens nothing: a credit may still open inside its span)
        credit = _PHOTO_CREDIT.search(text, end)
    return text


def _opens_credit(text: str, start: int) -> bool:
    """Whether a credit's label at ``start`` opens the block, a bracket or a sentence ("die kleinen Bilder: „...“" is
    no credit)."""
    before = text[max(0, start - 2) : start]
    return not before or before[-1] in _CREDIT_OPENERS or before[-1].isspace() and before[:1] in _CREDIT_AFTER_SENTENCE


_TEASER_MAX_WORDS = 25  # a teaser headline under a rail's label is short (a paragraph of the article is longer)
_LABEL_MAX_WORDS = 4  # the most words a teaser block holds outside its links ("À lire aussi", "Previous Post:")


def _labelled_line(text: str, start: int) -> bool:
    """Whether the quote at ``start`` stands on a line of its block (not the first: a block opening on a label is a
    rail) that opens on a rail's or an advertisement's label ("…\nAnzeige: „Jetzt …“ – Ihr Anbieter"), or in a sentence
    that is only an advertisement's label and a colon before it ("… dans l'édition papier. Abonnez-vous : « 1 mois
    offert »")."""
    line = text.rfind("\n", 0, start) + 1
    if line > 0 and _rail_label(text, line) is not None:
        return True
    opening = sentence_start(text, start)
    return opening > line and _AD_LABEL_COLON.fullmatch(text, opening, start) is not None


def _rail_blocks(blocks: list[Block]) -> frozenset[int]:
    """The body blocks that are a related-article rail: a block opening on a rail's label ("READ MORE: …"), and the
    teaser headlines under a block that is only a label ("Mehr zum Thema"), as long as they read as headlines (short,
    one sentence with no full stop at its end; in HTML inside the label's container). Other articles' headlines quote
    no one in this one."""
    rails: set[int] = set()
    heading: Block | None = None  # the label-only block the teasers stand under
    for index, block in enumerate(blocks):
        text = block.text.strip()
        label = _rail_label(text)
        if label is not None:
            rails.add(index)
            heading = block if label.end() >= len(text) else None
        elif heading is not None and _teaser_under(heading, block):
            rails.add(index)
        else:
            heading = None
    return frozenset(rails)


def _teaser_under(label: Block, block: Block) -> bool:
    """Whether ``block`` reads as a teaser headline under a rail's ``label`` block (see :func:`_rail_blocks`)."""
    text = block.text.strip()
    if block.place is not Place.BODY:
        return False  # (the article's own headline under an advertisement's slot: "<div class=ad-slot>Advertisement")
    if len(text.split()) > _TEASER_MAX_WORDS or text.rstrip("".join(_CLOSERS) + "«'").endswith(".") or _breaks(text)[0]:
        return False  # (a headline may ask: "¿Qué es la Sunedu?")
    container = label.node.getparent() if label.node is not None else None
    if container is None or container.tag == "body":
        return block.node is None  # (a label standing alone in the page's body heads nothing of it)
    return block.node is not None and any(parent is container for parent in block.node.iterancestors())


def _linked_teaser(g: Grammar, block: Block) -> bool:
    """Whether a block is all link text but a short label: a teaser of another article ("<li><a>Wintertransfers:
    „…“</a></li>", "<span>À lire aussi</span> <a>« … » : …</a>", in Markdown "**Also in Games:** [“…”](/games/a) ·
    [“…”](/games/b)"). Not when the label is a speaker and a verb of saying ("Doe wrote: [“…”](https://x.com/…)",
    "<a>“…”</a>, sagte sie"): a quote linked to where it was said is a claim (a rail's label is no cue: "Also read:",
    "Next post:")."""
    node = block.node
    text = block.text
    if node is None and not block.links:
        return False  # (a text block with no link is no teaser: told before its text is searched for a mark)
    if block.quote_block or not _MARK.search(text):
        return False  # (with no quote marks it quotes no one either way)
    if node is None:
        links = [text[start:end] for start, end in block.links]
    else:
        links = [" ".join("".join(link.itertext()).split()) for link in node.iter("a")]
    linked = sum(len(link.split()) for link in links)
    if linked == 0 or len(text.split()) - linked > _LABEL_MAX_WORDS:
        return False
    cued = any(g.speaker_verb.search(piece.strip()) for piece in _unlinked(text, links))
    return not cued or _rail_label(text) is not None


def _unlinked(text: str, links: list[str]) -> list[str]:
    """The pieces of ``text`` outside its links' texts ``links`` (in their order): each is read on its own, a label's
    pieces either side of a link being no one phrase."""
    pieces, at = [], 0
    for link in links:
        found = text.find(link, at) if link else -1
        if found >= 0:
            pieces.append(text[at:found])
            at = found + len(link)
    return [*pieces, text[at:]]


def _entry(block: Block) -> Element | None:
    """The live-blog entry a block stands in (``<div class="entry">``, ``<article class="live-update">``):
    the nearest of a few ancestors whose class names one, or None."""
    node = block.node
    for _ in range(_ENTRY_DEPTH):
        node = node.getparent() if node is not None else None
        if node is None:
            return None
        if _names_entry(classes(node)):
            return node
    return None


@lru_cache(maxsize=8192)  # a page's blocks sit in the same few wrappers, whose class words repeat thousands of times
def _names_entry(words: str) -> bool:
    return _ENTRY_CLASS.search(words) is not None


def _heading_element(block: Block) -> bool:
    """Whether a block is an HTML heading (h2–h6: the headline is placed apart)."""
    return block.node is not None and block.node.tag in _HEADING_TAGS


_MARKS_AND_SPACE = " \t\n“”„‟\"«»‚‘’‹›"


def _asked_in_heading(block: Block, item: _Found) -> bool:
    """Whether quoted words are a question that fills a subheading of their own, credited to no one: a reader's
    question an FAQ answers below it ("<h2>„Muss ich schon vor sieben Uhr streuen?“</h2>"), no one's claim."""
    question = item.words.rstrip().endswith("?")
    return question and _heading_element(block) and _fills(block, item.spans[0], item.spans[-1])


def _fills(block: Block, first: _Span, last: _Span) -> bool:
    """Whether a quote from ``first`` to ``last`` fills its block: nothing but marks and space around it."""
    text = block.text
    return not text[: first.start].strip(_MARKS_AND_SPACE) and not text[last.end :].strip(_MARKS_AND_SPACE)


def _is_heading(text: str) -> bool:
    """A short line with no sentence end: an entry's heading or time stamp ("1:20 p.m. Update")."""
    stripped = text.strip()
    # (its last two characters tell a sentence's end, as most paragraphs end, before its words are split; a paragraph
    # is not split beyond what tells it is too long)
    # (``_HEADING_END`` read as set look-ups: the line is stripped, so its end is the text's, no newline before it)
    last = stripped[-1:]
    if last in _HEADING_LAST or last in _HEADING_CLOSING and stripped[-2:-1] in _HEADING_STOPS:
        return False
    return len(stripped.split(maxsplit=_HEADING_MAX_WORDS)) <= _HEADING_MAX_WORDS


# A sentence's end, closing a line that is then no heading; German closes its quotes on “ and ‘ ("„Wir bleiben.“"),
# which end a sentence after its stop (a quote paragraph of a few words is no heading, and goes on from the speaker);
# read in a stripped line's last two characters, all it reads
_HEADING_END = re.compile(r"[.!?:…”\"’»]$|[.!?…][“‘]$")
_HEADING_LAST, _HEADING_STOPS, _HEADING_CLOSING = frozenset(".!?:…”\"’»"), frozenset(".!?…"), frozenset("“‘")


def _title_case(text: str) -> bool:
    """Whether a block capitalises its words as titles do ("Glenn Beck Blasts Drudge for Mocking ...")."""
    # (running text is told by its first long word, most often among the first few: the rest of the window is split
    # only when they do not tell)
    head = text[:_WINDOW].split(maxsplit=_TITLE_HEAD_WORDS)
    rest = head.pop() if len(head) > _TITLE_HEAD_WORDS else ""
    seen = _title_words(head)
    if seen is not None and rest:
        more = _title_words(rest.split())
        seen = None if more is None else seen + more
    return seen is not None and seen >= _TITLE_MIN_WORDS


def _title_words(words: list[str]) -> int | None:
    """How many long words of ``words`` are capitalised, or None at the first one in lower case (running text)."""
    seen = 0
    for word in words:
        if len(word) > 3 and word[0].isalpha():
            if not word[0].isupper():
                return None
            seen += 1
    return seen


def _skip(text: str, start: int, end: int) -> None:
    """Read nothing (see :meth:`_Reader.read`)."""


# Capitalised words that open a sentence and name no one, in any lexicon ("That is how ...", "Das sagte ...").
_OPENERS = frozenset().union(*(lex.not_names | lex.stopwords for lex in LEXICONS.values()))


def _prose(blocks: list[Block], chain: list[_Span]) -> bool:
    """Whether a quote never closed opens on words (not on markup: "tweet-date=\"\n— ...\">Here")."""
    first = chain[0]
    opening = _quote_text(blocks[first.block].text, first)[:1]
    return opening.isalnum() or opening in "…[(.'‘"


_PHRASING_CLAUSE_WORDS = 8  # words of a clause of "as" before a quote: "wie es der Staatsanwalt in Leoben formulierte"
_PHRASING_CLAUSE_CHARS = 120  # the characters read back for its opening comma
_LEAD_SPACES = 8  # the spaces read back from a quote's opening mark to the text before it


def _lead_end(text: str, start: int) -> int:
    """Where the text before ``start`` ends past its spaces, read back a few characters (no copy of a paragraph's text
    before each of its quotes)."""
    window = text[max(0, start - _LEAD_SPACES) : start]
    return start - len(window) + len(window.rstrip())


def _phrasing_clause(g: Grammar, blocks: list[Block], span: _Span, text: str) -> str | None:
    """The speaker a clause of "as" set off by commas in ``text`` right before the quote ``span`` names, its verb a cue
    or a verb of phrasing (lexicon ``phrasing_verbs``) and its object a pronoun for the words (``phrasing_objects``):
    "Das Gerüst sei, wie es der Staatsanwalt formulierte, „…“ gewesen", "…, como lo formuló la patrona, «…»", "…, as the
    harbourmaster put it, “…”": the clause's words but its "as", the object, the verb and an auxiliary. None unless
    they are a name or a description of a person."""
    end = _lead_end(text, span.start)
    lex = g.lexicon
    if text[end - 1 : end] != "," or not lex.phrasing_verbs:
        return None  # (most quotes: no comma right before)
    opening = text.rfind(",", max(0, end - _PHRASING_CLAUSE_CHARS), end - 1)
    clause = text[opening + 1 : end - 1].split() if opening >= 0 else []
    if not 2 < len(clause) <= _PHRASING_CLAUSE_WORDS or clause[0].lower() not in lex.conformative_words:
        return None
    verbs = [i for i, w in enumerate(clause) if w in lex.phrasing_verbs or w in lex.cue_verbs]
    if len(verbs) != 1:
        return None
    # (the subject before the verb, after its object: "es der Staatsanwalt| formulierte"; or after the verb, its
    # object before: "lo| expresó |la patrona", "l'a| formulé |la capitaine"; an auxiliary or an object after it)
    before = list(dropwhile(lambda w: _phrasing_small_word(lex, w), clause[1 : verbs[0]]))
    after = clause[verbs[0] + 1 :]
    while after and _phrasing_small_word(lex, after[-1]):
        after.pop()
    if bool(before) == bool(after):
        return None
    who = " ".join(before or after)
    return who if _tag_person(g, blocks, span, who) else None


def _phrasing_small_word(lex: Lexicon, word: str) -> bool:
    """Whether a word of a clause of "as" is its object pronoun or an auxiliary ("es", "lo", "l'a", "it", "hat")."""
    low = word.lower()
    return low in lex.phrasing_objects or _unelided(low) in lex.cue_adverbs


# A source in brackets right after a quote (or its stop): a name, perhaps a role or a place set off after it
# ("(Yannick Sarrade, délégué CGT, devant l'usine)"); anchored at the quote's end, bounded: linear
_BRACKETED_CREDIT = re.compile(r"\.?[ \t]{0,2}\((?P<who>[^(),:;\n]{3,60})(?:,[^()\n]{0,160})?\)")


def _bracketed_credit(g: Grammar, text: str, end: int) -> str | None:
    """The person a source in brackets right after a quote ending at ``end`` names: "« On a vu venir le coup. »
    (Yannick Sarrade, délégué CGT, devant l'usine de Colomiers)", "“We'll rebuild.” (Maria Lopez, shop owner)". Only a
    person's name of two words or more, a first name any lexicon knows first, opens it: not a translation, an agency
    ("(AFP)"), a body ("(Stadtwerke Bremen)"), a credit line ("(Photo: X)") nor words in lower case."""
    if not text[end : end + 4].lstrip(". \t").startswith("("):
        return None  # (most quotes: no bracket after them)
    found = _BRACKETED_CREDIT.match(text, end)
    who = found.group("who").strip() if found is not None else ""
    words = who.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or not _plausible(g, who):
        return None
    return who if known_first_name(words[0]) and is_person_name(who) else None


_FRAME_ENDS = frozenset(":.!")  # how the sentence before a quote of no cue ends when it frames the quote


def _framing_pronoun_speaker(g: Grammar, blocks: list[Block], chain: list[_Span], reader: _Reader) -> str | None:
    """Whom the subject pronoun opening the sentence right before a quote of no cue stands for, passing over the person
    that sentence names after it: "He credited the goalkeeper, Kitbor Marbaniang, … . “Kitbor saved us …”" (the
    coach), "Er sah zu Kovačević hinüber, der …, und stand auf: „…“" (not Kovačević): a pronoun never stands for
    someone its own clause names. None unless the sentence opens on a subject pronoun of one person."""
    first = chain[0]
    framed = _framing_pronoun(g, blocks[first.block].text, first.start)
    if framed is None:
        return None
    cast = reader.cast
    return cast.resolve(framed[0], besides=_person_named_in(cast, framed[1]))


def _framing_pronoun(g: Grammar, text: str, start: int) -> tuple[str, list[str]] | None:
    """The subject pronoun of one person opening the sentence that ends right before the quote at ``start`` (on a colon,
    or a stop when the quote opens a sentence), and the sentence's words after it; else None (and for a pronoun of
    either number: "Sie selbst weise … zurück. «…»" may be of several)."""
    end = _lead_end(text, start)
    if not end or text[end - 1] not in _FRAME_ENDS:
        return None  # (most quotes: inside their sentence)
    words = text[sentence_start(text, end - 1) : end].split()
    lex = g.lexicon
    opening = words[0].lower() if words else ""
    pronoun = lex.pronouns.get(opening)
    if pronoun is None or opening not in lex.subject_pronouns or pronoun.person != 3:
        return None
    if pronoun.number is not Number.SINGULAR or pronoun.gender not in (Gender.MALE, Gender.FEMALE):
        return None
    # (a pronoun of either number, the German "sie", is one person only by its verb, which this reads not)
    return None if opening in lex.verb_number_pronouns else (opening, words[1:])


def _person_named_in(cast: Cast, words: list[str]) -> str | None:
    """The first person the cast knows that ``words`` name (a pronoun's own clause: never whom it stands for)."""
    return next((run for run in _capitalised_runs(words) if cast.find(run) is not None), None)


def _capitalised_runs(words: list[str]) -> list[str]:
    """The runs of capitalised words among ``words``, their punctuation stripped ("zu Kovačević hinüber" gives
    "Kovačević")."""
    runs: list[list[str]] = [[]]
    for word in words:
        bare = word.strip(".,;:!?()«»“”„\"'")
        if bare[:1].isupper():
            runs[-1].append(bare)
        if not bare[:1].isupper() or bare != word:
            runs.append([])  # (a word in lower case or a comma after a name ends the run)
    return [" ".join(run) for run in runs if run]


def _paragraph_speaker(g: Grammar, blocks: list[Block], found: list[_Found], chain: list[_Span]) -> str | None:
    """The speaker of the quote before in the same paragraph, when the quote opens a sentence of its own, or stands
    in the same sentence with no cue verb between ("said the fault “A” and that officials “B”")."""
    first = chain[0]
    if not found or found[-1].spans[-1].block != first.block or first.start == 0:
        return None
    text, speaker, previous = blocks[first.block].text, found[-1].speaker, found[-1].spans[-1].end
    if speaker is None:
        return None
    opening = sentence_start(text, first.start)
    if opening != first.start and (opening > previous or g.any_verb.search(text, previous, first.start)):
        lead = " ".join(text[opening : first.start].split()).rstrip(" :").lower()
        if opening > previous and lead in g.lexicon.continuation_cues and text[:first.start].rstrip().endswith(":"):
            return speaker  # "„…“ Und weiter: „…“": the words go on, the speaker with them
        if opening > previous and _reported_mood(g, text, opening, first.start):
            # "Der Verband erklärte, der Engpass betreffe «…». Ein Ende sei «vor Februar nicht zu erwarten».": the
            # mood of reported speech goes on reporting the last speaker, whoever its subject is
            return None if g.any_verb.search(text, opening, first.start) else speaker
        return None
    # Nobody else named between them: "“A,” Berg said. Cole disagreed. “B.”" is not Berg's (a title is no one else:
    # "Ms. Diaz said ...").
    # (nor is a name a preposition or a telling verb governs, a place, a body or a listener: "“A,” said Berg. She has
    # worked at Carrier for years. “B.”", "“A,” Berg told Fox News in Ohio. “B.”", "from either Salem or Dover")
    known = {w.lower() for w in f"{speaker} {found[-1].mention or ''}".split()}
    governed = -1  # where the last name a preposition governs ended
    for run in _CAPITAL_RUN.finditer(text, previous, first.start):
        joined = text[governed : run.start()].replace(",", " ").split() if governed >= 0 else []
        coordinated = len(joined) == 1 and joined[0] in g.lexicon.clause_conjunctions
        if coordinated or _governed(g, text[max(previous, run.start() - _GOVERNED_REACH) : run.start()]):
            governed = run.end()
            continue
        words = [w.lower() for w in run.group().split()]
        if any(w not in known and w not in _OPENERS and w.strip(".") not in g.lexicon.titles for w in words):
            return None
    return speaker


_GOVERNED_REACH = 20  # characters before a name read for what governs it ("from either ")


def _governed(g: Grammar, before: str) -> bool:
    """Whether a name after the words ``before`` it is the object of a preposition or a telling verb, one word between
    at most ("at Carrier", "from either Salem", "told Fox News")."""
    words = before.lower().split()[-2:]
    governs = g.lexicon.prepositions | g.lexicon.telling_verbs
    return before[-1:].isspace() and any(w in governs for w in words) and all(w.isalpha() for w in words)


def _reported_mood(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` hold a verb of the mood of reported speech (``reported_mood``)."""
    mood = g.lexicon.reported_mood
    return bool(mood) and any(word.strip(",") in mood for word in text[start:end].split())


def _quoted_before(blocks: list[Block], found: list[_Found], chain: list[_Span]) -> _Found | None:
    """The quote of the sentence right before the quote's own, in the same paragraph."""
    first = chain[0]
    if not found or found[-1].spans[-1].block != first.block:
        return None
    text, previous = blocks[first.block].text, found[-1].spans[-1]
    here = sentence_start(text, first.start)
    return found[-1] if previous.end <= here and sentence_start(text, max(0, here - 1)) <= previous.start else None


def _continue_subject(g: Grammar, item: _Found, before: _Found) -> None:
    """A cue whose subject the language drops continues the subject of the sentence before, which quoted someone: the
    speaker credited with that quote ("… el concejal Benavides responde: «A». Y añade: «B»"). When that quote was
    credited to no one, a description opening the sentence is someone the reader could not name: no one is credited
    ("El bibliotecario tiene una regla: «A». Y lo resume así: «B»", never the nearest man of the cast); one holding a
    name is that person, whose verb was no cue ("El ministro Albares reafirmó que es «la única alternativa». «…», se
    preguntaba")."""
    if before.speaker is not None:
        item.dropped = before.speaker
    elif item.dropped is not None and _unnamed_description(g.lexicon, item.dropped):
        item.who, item.dropped, item.has_cue = None, None, False


def _unnamed_description(lex: Lexicon, subject: str) -> bool:
    """Whether a subject is a description naming no one: a determiner, then words in lower case only ("El
    bibliotecario", "la nueva directora"; not "El ministro Albares")."""
    words = subject.split()
    return words[0].lower() in lex.determiners and not any(word[:1].isupper() for word in words[1:])


_LEAD_IN_MAX_WORDS = 12  # "El momento más aplaudido llegó al final:" (7 words): a short lead-in, no sentence of news
_LEAD_IN_MIN_WORDS = 3  # "Then came this:"; two words are a label ("Looking ahead:"), no sentence going on
# A lead-in naming the topic the speaker goes on to ("On the sand pit:" .. "On her mother, who rang a cowbell at the top
# of the run-up all afternoon:", 15 words): a phrase, however long, that is no sentence
_TOPIC_LEAD_IN_MAX_WORDS = 20


def _lead_in_speaker(g: Grammar, blocks: list[Block], found: list[_Found], chain: list[_Span]) -> str | None:
    """The speaker of the paragraph before, for a quote a short lead-in opens its paragraph with, naming no one and
    no cue verb ("El momento más aplaudido llegó al final: «…»" after the speech's quotes), the topic the speaker
    goes on to ("On her crash on the second lap: “…”") or a conjunction alone ("Und: „…“"): the speech goes on."""
    first = chain[0]
    block = blocks[first.block]
    if not found or found[-1].speaker is None or found[-1].spans[-1].block != first.block - 1:
        return None
    if ":" not in block.text[max(0, first.start - 3) : first.start]:
        return None  # (most quotes: no colon right before)
    if block.place is not Place.BODY or blocks[first.block - 1].place is not Place.BODY:
        return None  # (a caption's lead-in describes whom the photo shows: "La conservatrice devant le cadre vide :")
    lead = block.text[: first.start].rstrip()
    words = lead[:-1].split()
    if not lead.endswith(":") or not words or sentence_start(block.text, first.start):
        return None
    lex = g.lexicon
    if not lex.hearing_verbs.isdisjoint(word.lower() for word in words):
        return None  # "Desde la vereda se escuchaba: «…»": words heard from someone else
    if all(word.lower() in lex.clause_conjunctions for word in words):
        return found[-1].speaker  # "Und: „…“": the report goes on
    if words[0].lower() in lex.topic_prepositions and 1 < len(words) <= _TOPIC_LEAD_IN_MAX_WORDS:
        if _clause_after_fronted(g, lead):
            return None  # "Zum Schluss stimmten die Frauen des Chors das Lied an:": a time, then a clause of its own
        # (whoever the topic names, "her mother", is talked about, not talking; but a name or a role after the topic's
        # comma is who speaks now: "On the budget, Mayor Tom Hale: “…”", unless a relative clause about the topic
        # holds it: "On her brother, who worked for Tom Hale:"; a capital alone is no name: "im Mai", any German noun)
        after_comma = lead[:-1].rsplit(",", 1)[1].split() if "," in lead else []
        relative = bool(after_comma) and after_comma[0].lower() in lex.relative_pronouns
        if not relative and any(known_first_name(w) or _role_word(lex, w.lower()) for w in after_comma):
            return None
        return None if g.any_verb.search(lead) else found[-1].speaker
    if not _LEAD_IN_MIN_WORDS <= len(words) <= _LEAD_IN_MAX_WORDS:
        return None
    if words[0].lower() in lex.indefinite or "," in lead:
        return None  # someone new, or described: "Un marinero veterano, que prefirió no dar su nombre, miraba …:"
    for word in words[1:]:
        low = word.lower()
        if not low.isalpha() or not word[:1].islower() or low in lex.pronouns or _role_word(lex, low):
            return None  # (a name, a pronoun or a role in it is someone else: "La réponse du maire est venue :")
    return None if g.any_verb.search(lead) else found[-1].speaker


def _clause_after_fronted(g: Grammar, lead: str) -> bool:
    """Whether a lead-in of a verb-second language is a clause: a fronted phrase, a verb and a subject on an article
    or a determiner ("Zum Schluss stimmten die Frauen das Lied an", "Zum Abschied sangen alle mit"), not a topic whose
    adjective reads as a verb ("Zur neuen Brücke")."""
    lex = g.lexicon
    at = _after_fronted_phrase(g, lead) if lex.verb_second else None
    subject = lead[at:].split(maxsplit=1)[:1] if at is not None else []
    return bool(subject) and (subject[0].lower() in lex.articles or subject[0].lower() in lex.determiners)


# A time stamp opening a line of a recording's words: "(0:04) „…“", "[1:12:05] “…”", "0:31 – «…»". Anchored at the
# line's start and matched whole against the few characters before the quote: linear.
_LINE_STAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]{0,3}(?:[–—-][ \t]{0,3})?")
_LINE_STAMP_MAX = 16  # characters before a quote where a line's time stamp may stand


def _stamped(blocks: list[Block], span: _Span) -> bool:
    """Whether a quote opens its line after a time stamp and nothing else ("(0:04) „…“")."""
    text = blocks[span.block].text
    line = text.rfind("\n", max(0, span.start - _LINE_STAMP_MAX), span.start) + 1
    # (a character test first: most quotes have no digit or bracket right before them)
    opening = text[line : line + 1]
    if not (line or span.start <= _LINE_STAMP_MAX) or not opening.isdigit() and opening not in "[(":
        return False
    return _LINE_STAMP.fullmatch(text, line, span.start) is not None


def _recording_speaker(blocks: list[Block], found: list[_Found], chain: list[_Span], reader: _Reader) -> str | None:
    """Who speaks a recording's lines quoted by their time stamps, with no cue of their own ("Die Sprachnachricht im
    Wortlaut:" then "(0:04) „…“" on each line): the speaker of the stamped line before, and for the first, under a
    paragraph ending in a colon, the person the text named last (the sender, named before the recording)."""
    first = chain[0]
    if not _stamped(blocks, first):
        return None  # (most quotes)
    previous = found[-1] if found else None
    if previous is not None and previous.spans[-1].block >= first.block - 1 and _stamped(blocks, previous.spans[0]):
        return previous.speaker
    if first.block == 0 or not blocks[first.block - 1].text.rstrip().endswith(":"):
        return None
    return reader.cast.last_named()


_SALUTATION_WORDS = 6  # a salutation and whom it addresses, before its comma ("Sehr geehrte Frau Bürgermeisterin Albrecht,")
_SALUTATION_END = re.compile(r"[,:]")  # a salutation ends on a comma, or on a colon in Spanish letters


def _letter_writer(g: Grammar, blocks: list[Block], item: _Found, reader: _Reader) -> str | None:
    """Who wrote a letter or an e-mail quoted whole as a block quotation with no cue, opening on a salutation ("„Sehr
    geehrte Frau Albrecht, wir können …“" under "Der Vereinsvorsitzende Rüdiger Pohl hatte sich per E-Mail an die
    Bürgermeisterin gewandt."): the person the text named last, the sender named before the letter as a recording's
    is (see _recording_speaker), unless the salutation addresses them."""
    block = blocks[item.spans[0].block]
    if not block.quote_block or block.place is not Place.BODY:
        return None  # (most quotes)
    addressed = _salutation(g.lexicon, item.words.lstrip())
    writer = reader.cast.last_named() if addressed is not None else None
    if writer is None or not {w.lower() for w in writer.split()}.isdisjoint(addressed or ()):
        return None
    return writer


def _salutation(lex: Lexicon, words: str) -> list[str] | None:
    """The words a letter's salutation addresses, lower case (["frau", "albrecht"] of "Sehr geehrte Frau Albrecht, wir
    …"; [] of "Madame,"), or None when the words open on no salutation: a lexicon's ``salutations``, then only names,
    titles, roles, determiners, "and" and words for everyone addressed ("Sehr geehrte Damen und Herren,", "Dear all,")
    before a comma, or a colon as Spanish letters put it ("Estimado señor alcalde: …"); "Lieber spät als nie, …" opens
    on none."""
    end = _SALUTATION_END.search(words)
    head = words[: end.start()] if end else ""
    low = head.lower()
    opening = next((s for s in lex.salutations if low.startswith(s) and low[len(s) : len(s) + 1] in (" ", "")), None)
    addressed = head[len(opening) :].split() if opening is not None else []
    if end is None or opening is None or len(addressed) > _SALUTATION_WORDS:
        return None
    if not all(w[:1].isupper() or _addressee_word(lex, w.lower()) for w in addressed):
        return None
    return [w.lower() for w in addressed]


def _addressee_word(lex: Lexicon, low: str) -> bool:
    """A lower-case word a salutation's addressee may hold: "the", "and", "all", "señor", "alcalde"."""
    return (
        low in lex.determiners or low in lex.and_words or low in lex.collective_addressees or _role_word(lex, low)
    )


def _reported_paragraph(g: Grammar, blocks: list[Block], found: list[_Found], chain: list[_Span]) -> str | None:
    """Who the paragraph before reports, for a quote with no cue opening its paragraph: a body paragraph with no quote
    of its own whose last sentence is a cue verb and the clause it reports ("Dr Isla Fern, a biologist with Marine
    Watch, said the figure did not match the charity's records." then "“Seals move offshore …”"): the words go on in
    that person's own, not in those of the speaker quoted before."""
    first = chain[0]
    if first.start != 0 or first.block == 0 or found and found[-1].spans[-1].block >= first.block - 1:
        return None  # (a quote in the paragraph before: the speech goes on, see _resolve)
    if len(chain) == 1 and _past_last_word(blocks[first.block].text) > chain[0].end:
        return None  # (a paragraph of its own words, the quote opening it: '"Proactive and robust" measures must …')
    if blocks[first.block].quote_block:
        return None  # (a block quotation is a letter, a post or a pull quote: see _letter_writer, _credit_echoes)
    previous = blocks[first.block - 1]
    text = previous.text.rstrip()
    if previous.place is not Place.BODY or not previous.in_body or not text.endswith("."):
        return None
    window = text[sentence_start(text, len(text) - 1) : -1]
    if g.lexicon.pro_drop and (dropped := _dropped_report(g, window)) is not None:
        return dropped  # "Refirió que el año fue difícil." then "«…»": the words of whom the text spoke of before
    if g.any_verb.search(window) is None or _DOUBLE_MARKS.search(window):
        return None  # (most paragraphs: no verb of saying, told by one search)
    match = _cue_in_words(g, window)
    if match is None or not _named_or_role(g, match.group("who")):
        return None
    # (the reported clause must follow the cue verb: "Fern said the figure was wrong", not "Fern, who said so, left";
    # a comma may set it off when the verb follows the subject opening the sentence: "Er sagte, der Ort sei sicher",
    # after its article too: "Der Fischer Markus Lohse sagte, die Saison sei schlecht gewesen")
    verb = g.any_verb.search(window, match.end("who"))
    if verb is None:
        return None
    before = window[: match.start("who")].split()
    opens = not before or len(before) == 1 and before[0].lower() in g.lexicon.determiners
    opening = opens and not window[match.end("who") : verb.start()].strip()
    return match.group("who") if opening or not window[verb.end() :].lstrip().startswith(",") else None


_PLACE_WORD_CHARS = 40  # characters read on either side of a run for the words before and after it
_PLACE_WORDS = 5  # the words before a run read for its preposition ("entre Villa Hayes y")


def _where_place_stands(lex: Lexicon, text: str, start: int, stop: int) -> bool:
    """Whether the run ``text[start:stop]`` stands where a place does rather than a person: after a preposition of the
    lexicon, or after a capitalised word and "and" that one follows ("near Wanganella Creek", "entre Pilar y Puerto
    Cano", "au marché d'Abéché") or, in a language that writes its nouns in lower case, between a determiner and the
    noun it modifies ("the Punta Gorda wharf")."""
    if text.startswith(("d'", "d’"), start - 2):
        return True
    if text[start - 1 : start] != " ":
        return False  # (a run glued to a mark: told before the words are split)
    before = text[max(0, start - _PLACE_WORD_CHARS) : start].split()[-_PLACE_WORDS:]
    if not before:
        return False  # (a run opening its paragraph)
    word = before[-1].lower()
    if word in lex.prepositions:
        return True
    if word in lex.and_words:
        # ("between Lamu and Shela", "entre Villa Hayes y Puerto Pinasco": the second of two places after one
        # preposition, the first's capitalised words between)
        named = list(takewhile(lambda w: w.istitle(), reversed(before[:-1])))
        at = len(before) - 2 - len(named)
        return bool(named) and at >= 0 and before[at].lower() in lex.prepositions
    if lex.capitalised_nouns or word not in lex.determiners:
        return False
    after = text[stop : stop + _PLACE_WORD_CHARS].split(maxsplit=1)[:1]
    return bool(after) and (noun := after[0].rstrip(".,;:")).isalpha() and noun.islower()


def _subject_paragraph(
    g: Grammar, blocks: list[Block], found: list[_Found], chain: list[_Span], reader: _Reader
) -> str | None:
    """Whom the paragraph before is about, for a paragraph that is only a quote with no cue after a body paragraph of
    sentences, holding no quote and no verb of saying, that named one person as its subject and no one else ("La
    pescadora Irene Sopeña lleva treinta años saliendo del puerto." then "«Nunca había visto el mar tan vacío».",
    the layout of features and reports): the reader takes the words for theirs. A paragraph of reported speech is
    _reported_paragraph's; one naming two people, or none, credits no one."""
    first = chain[0]
    if first.start != 0 or first.block == 0:
        return None  # (most quotes: inside their sentence)
    block, previous = blocks[first.block], blocks[first.block - 1]
    # (the speech before goes on; not a name or a term in marks the paragraph before holds: "Su canoa, «la Tortuga»,
    # es …")
    if (
        found
        and found[-1].spans[-1].block >= first.block - 1
        and (found[-1].spans[-1].block != first.block - 1 or not _terms_only(previous.text))
    ):
        return None
    if block.quote_block or block.place is not Place.BODY:
        return None  # (a block quotation or a caption: see _letter_writer, _caption_credit)
    if _past_last_word(blocks[chain[-1].block].text) > chain[-1].end:
        return None  # (a paragraph going on past its quote: its own words)
    text = previous.text.rstrip()
    if previous.place is not Place.BODY or not previous.in_body or previous.quote_block or not text.endswith("."):
        return None
    if _DOUBLE_MARKS.search(text) and not _terms_only(text) or _reports_someone(g, text):
        return None  # (a quote or a verb of saying before: the paragraph reports someone, see _reported_paragraph)
    cast = reader.cast
    subject = cast.subject_of_last_paragraph()
    return subject if subject is not None and _opens_on(g.lexicon, cast, text, subject) else None


# A short run of words in double marks, no mark nor sentence stop inside: a name or a term ("Su canoa, «la Tortuga», es
# ahora el único paso"). Bounded: linear.
_TERM_IN_MARKS = re.compile(r"[“„«\"]\s?[^“”„«»\".!?\n]{1,40}?\s?[”“»\"]")
# the most words of a name or a term with its marks ("«la Tortuga»"; structure58 wrote 4 under a name another
# constant of this module binds again, so 2 is what was measured: French marks set off by spaces count as words)
_TERM_MARK_WORDS = 2


def _terms_only(text: str) -> bool:
    """Whether every pair of double marks of a paragraph holds a short name or term, no one's words ("Manuel Tiwiram es
    canoero desde niño. … Su canoa, «la Tortuga», es ahora el único paso."): the paragraph still tells of one person,
    whom a paragraph of a quote alone after it quotes (tune set 51's Macas page)."""
    terms = list(_TERM_IN_MARKS.finditer(text))
    if not terms or any(len(t.group().split()) > _TERM_MARK_WORDS for t in terms):
        return False
    return _DOUBLE_MARKS.search(_TERM_IN_MARKS.sub(" ", text)) is None


def _subject_sentences(
    g: Grammar, blocks: list[Block], found: list[_Found], chain: list[_Span], reader: _Reader
) -> str | None:
    """Whom the sentences before a quote with no cue are about, in its own paragraph, when they follow the sentence
    of the paragraph's quote before (or open the paragraph), open on one person as their subject, carry them by
    pronouns, possessives or a dropped subject and name no one else ("„…“, sagte Bürgermeisterin Anja Roth. Greta
    Lindner führt seit zwölf Jahren die Bäckerei. Jeden Morgen steht sie in der Backstube. „…“"): the words are
    theirs, as the paragraph's words after a paragraph about them are (:func:`_subject_paragraph`), not those of the
    speaker quoted before. A question asked before the quote is answered by someone else; a sentence naming a
    second person, or a verb of saying, credits no one."""
    first = chain[0]
    block = blocks[first.block]
    if first.start == 0 or block.quote_block or block.place is not Place.BODY:
        return None  # (a paragraph that is only a quote: _subject_paragraph's)
    text = block.text
    before = first.start - 1
    while before > 0 and text[before].isspace():
        before -= 1  # (the blanks before the quote only: a page of 8,000 quotes in one paragraph stays linear)
    if text[before] != ".":
        return None  # (most quotes: inside their sentence, after a colon or a cue)
    previous = found[-1].spans[-1].end if found and found[-1].spans[-1].block == first.block else 0
    opening = 0
    if previous:
        starts, ends = _breaks(text)
        after = bisect_left(starts, previous)  # (the sentence the quote before stands in ends: its cue is in it)
        opening = ends[after] if after < len(starts) else first.start
    intro = text[opening : first.start]
    if "." not in intro or _DOUBLE_MARKS.search(intro) or _reports_someone(g, intro):
        return None
    cast = reader.cast
    subject = cast.sole_subject(_capitalised_runs(intro.split()))
    if subject is None or not _opens_on(g.lexicon, cast, intro.lstrip(), subject):
        return None
    return None if _someone_else_opens(cast, text, _breaks_between(text, opening, first.start)) else subject


_OPENING_WORDS = 3  # the words a sentence's subject phrase is read in for a noun of a person ("Her new neighbour")


def _someone_else_opens(cast: Cast, text: str, starts: list[int]) -> bool:
    """Whether a sentence starting at one of ``starts`` opens on someone described, not named ("Mary Dodd farms at
    Allendale. Her neighbour came by at noon."): a noun of a person among its first words makes them its subject, and
    the words after it may be theirs."""
    for start in starts:
        words = text[start : start + _VERB_NEIGHBOUR].split(maxsplit=_OPENING_WORDS)[:_OPENING_WORDS]
        if any(cast.lexical_person_noun(word.strip(",;:").lower()) for word in words):
            return True
    return False


_SUBJECT_WORDS = 8  # the words a paragraph's subject phrase may hold before its name ("Die langjährige Imkerin Wiebke")
_VERB_NEIGHBOUR = 40  # characters before a verb of saying its subject word is read in ("For three weeks, he says")


def _reports_someone(g: Grammar, text: str) -> bool:
    """Whether a verb of saying in ``text`` reports someone's words: not the finite part of a separable verb whose
    particle its sentence lacks ("Jonas Reiter fährt den Schulbus", no "fährt … fort"), not a noun a determiner leads
    ("depuis la tempête"), nor a verb whose subject is a pronoun beside it ("For three weeks, he says, he served …",
    "Seit Jahren, sagt sie, …": the words of whom the paragraph is about, as they tell it)."""
    lex = g.lexicon
    for verb in g.any_verb.finditer(text):
        before = text[max(0, verb.start() - _VERB_NEIGHBOUR) : verb.start()].split()[-1:]
        after = text[verb.end() : verb.end() + _VERB_NEIGHBOUR].split(maxsplit=1)[:1]
        beside = {word.strip(",;:()").lower() for word in (*before, *after)}
        if beside & lex.determiners or not beside.isdisjoint(lex.subject_pronouns):
            continue
        if separable_particle_missing(lex, verb.group(), text[verb.end() : sentence_end(text, verb.end())]):
            continue
        return True
    return False


def _opens_on(lex: Lexicon, cast: Cast, text: str, name: str) -> bool:
    """Whether ``text`` opens on ``name`` as its subject: only capitalised words, numbers, determiners and nouns of a
    person before the name's last word ("Dairy farmer Callum Reid has …", "Le boulanger Thierry Vautrin ouvre …"; not
    "Police arrested Tom Dale …", whose name is the object), or after a phrase of time or place opening the sentence
    on a preposition (:func:`_after_fronted`: "Depuis trente ans, Yann Kerbrat pêche …")."""
    if _opens_plainly_on(lex, cast, text, name):
        return True
    rest = _after_fronted(lex, text) or _after_second_verb(lex, text)
    return rest is not None and _opens_plainly_on(lex, cast, rest, name)


def _after_second_verb(lex: Lexicon, text: str) -> str | None:
    """The words after the verb of a verb-second sentence opening on a phrase of time or place, where the subject
    stands ("Seit 1994 betreibt Walburga Zehetner …", "Jeden Morgen öffnet Gerlinde Auer …", "Am Montag sagte …"):
    the phrase holds only a preposition, determiners, capitalised words and numbers before the verb, and words in lower
    case right after a preposition or a determiner ("Seit vierzig Jahren", "Am frühen Morgen"); the verb is its first
    other word in lower case. None in another language or for a sentence opening otherwise."""
    words = text.split(maxsplit=_SUBJECT_WORDS)[:_SUBJECT_WORDS] if lex.verb_second else []
    if len(words) < 3 or (first := words[0].lower()) not in lex.prepositions and first not in lex.determiners:
        return None  # (most sentences: their subject first)
    for at, word in enumerate(words[1:-1], 1):
        low, before = word.lower(), words[at - 1].lower()
        if word[:1].isupper() or word.isdigit() or low in lex.determiners or low in lex.prepositions:
            continue
        if before in lex.prepositions or before in lex.determiners:
            continue  # (an adjective or a number word before the phrase's noun)
        return " ".join(words[at + 1 :]) if word.isalpha() else None
    return None


def _after_fronted(lex: Lexicon, text: str) -> str | None:
    """The words after a phrase opening ``text`` on a preposition and closed by a comma ("For a decade, Hannah
    Oyelaran has …", "Desde 1990, Rosa Camacho vende …"); None for a sentence opening otherwise."""
    words = text.split(maxsplit=_SUBJECT_WORDS)[:_SUBJECT_WORDS]
    if len(words) < 3 or words[0].lower() not in lex.prepositions:
        return None  # (most sentences: their subject first)
    comma = next((at for at, word in enumerate(words[:-1]) if word.endswith(",")), -1)
    return " ".join(words[comma + 1 :]) if comma > 0 else None


def _opens_plainly_on(lex: Lexicon, cast: Cast, text: str, name: str) -> bool:
    """Whether ``text`` opens on ``name`` after only capitalised words, numbers, determiners and nouns of a person."""
    *particles, last = name.split()
    for word in text.split(maxsplit=_SUBJECT_WORDS)[:_SUBJECT_WORDS]:
        bare = word.strip(",.;:()")
        if bare == last:
            return True
        low = bare.lower()
        # (a name's own particles too: "Juan de Dios Alas maneja el ferry …")
        if not (bare[:1].isupper() or bare.isdigit() or low in lex.determiners or cast.person_noun(low)) and (
            bare not in particles
        ):
            return False
    return False


def _dropped_report(g: Grammar, window: str) -> str | None:
    """The cue verb a sentence opens on, standing for the subject the language drops, when the clause it reports
    follows ("Refirió que el año fue difícil", "Explicó que …"; in the third person singular: "Explicaron que …" is a
    group's): its subject is whom the text spoke of before, as a dropped cue's after a quote is (see _resolve)."""
    words = window.split(maxsplit=2)
    if len(words) < 3 or not REPORTED_CLAUSE.fullmatch(words[1]):
        return None
    verb = words[0].lower()
    return words[0] if verb in g.lexicon.cue_verbs and singular_finite(g.lexicon, verb) else None


def _group_cut(lex: Lexicon, speaker: str, mention: str) -> bool:
    """Whether a speaker is a piece of a cue's subject naming a group by what it is of (:func:`_group_link`): its noun
    alone, the name in its complement ("Students", "Kreißsaals") or the group cut before the kind noun its complement
    ends on ("Girls of the Holy Rosary College" of "… College choir"), not the group without its article ("enfants du
    club de voile de Loctudy")."""
    if speaker == mention or speaker not in mention:
        return False  # (most speakers: not a piece of their subject)
    words = mention.split()
    link = _group_link(lex, words)
    if link <= 0:
        return False
    cut_short = mention.startswith(speaker + " ") and len(speaker.split()) > link + 1
    return cut_short or speaker == words[link - 1] or speaker in " ".join(words[link + 1 :])


def _group_speaks(g: Grammar, cast: Cast, item: _Found, speaker: str | None) -> str | None:
    """The speaker a cue credits, when its verb in the plural says a group speaks: never one person named before for
    the subject the language drops ("«…», gritaron desde el gallinero" after a critic was named), nor a description of
    people as written ("criaient les supporters massés", "riefen die Reiter"); a body stays ("«…», dijeron" after "La
    Policía Local ..."), and so do names the cue gives ("dijeron Ana Ruiz y Luis Gil")."""
    if speaker is not None and item.who is not None and _group_cut(g.lexicon, speaker, item.who):
        # ("Students" or "Kreißsaals" of "Students of Naparima Girls' High School", "Die Hebammen des Kreißsaals"): the
        # group as written, never its noun alone nor what it is of
        return _mention(g, item.who)
    if not item.plural or speaker is None or item.who is None:
        return speaker
    if _dropped_verb(g, item.who):
        # (a person: a gender, a role or a first name known; "Guardia Civil", no one of these, is a body's name)
        named = cast.find(speaker)
        if named is None or named.organisation:
            return speaker
        return None if named.gender or named.roles or known_first_name(speaker.split()[0]) else speaker
    # (a description the cast resolved to no one but its own words; "schrieben die Richter" is the court's voice)
    described = item.who.split(maxsplit=1)[0].lower() in g.lexicon.determiners
    return None if described and speaker in item.who else speaker


_TRANSLATED_OBJECT_WORDS = 4  # "sus palabras", "for the visitors": the most words between a verb of translating and
# the colon opening the quote
_TRANSLATING_CUE_WORDS = 8  # "his granddaughter, Wara Condori, translated": the most words of a cue after the quote
_TRANSLATED_HEAD_CHARS = 120  # the characters next to a quote its verb of translating is looked for in first


def _translator(g: Grammar, text: str, chain: list[_Span]) -> str | None:
    """The clause naming who translates the quote of ``chain``, when a verb of translating introduces it before its
    colon, a few words of its object between ("Su nieta, Wara Condori, tradujo sus palabras:", "übersetzte:", "a
    traduit ses propos :"; not a participle before its agent: "The report, translated by the agency, says:"), or
    credits it in a short cue after it ("“…,” his granddaughter translated"), in one paragraph (lexicon
    translating_verbs): the words before the verb back to an "and" or the sentence's start, or the cue after. The
    words next to the quote are looked at first: most quotes have no such verb there, and their sentences are not
    looked for (a paragraph's sentence breaks are worked out for the text as it is, which the rest of the reader
    may not need)."""
    lex = g.lexicon
    first, last = chain[0], chain[-1]
    if first.block != last.block:
        return None
    head = text[max(0, first.start - _TRANSLATED_HEAD_CHARS) : first.start].rstrip()
    near = head.rsplit(maxsplit=_TRANSLATED_OBJECT_WORDS + 1)[1:] if head.endswith(":") else []
    if any(w.strip(",;:").lower() in lex.translating_verbs for w in near):
        lead = text[sentence_start(text, first.start) : first.start].rstrip()
        words = lead.split()
        low = [w.strip(",;:").lower() for w in words]
        verb = next((i for i in range(len(low) - 1, -1, -1) if low[i] in lex.translating_verbs), -1)
        agent = low[verb + 1 : verb + 2] == [lex.agent_link]  # ("translated by the port": a participle, no cue)
        if verb >= 0 and len(low) - verb - 1 <= _TRANSLATED_OBJECT_WORDS and not agent:
            opening = max((i + 1 for i in range(verb) if low[i] in lex.and_words), default=0)
            return " ".join(words[opening:verb])
    if _translating(lex.code).search(text, last.end, last.end + _TRANSLATED_HEAD_CHARS) is None:
        return None
    cue = text[last.end : sentence_end(text, last.end)]  # (the verb in the cue's own sentence, not the next one)
    if len(cue.split(maxsplit=_TRANSLATING_CUE_WORDS)) > _TRANSLATING_CUE_WORDS:
        return None
    return cue if _translating(lex.code).search(cue) is not None else None


@lru_cache(maxsize=64)
def _may_translate(code: str, text: str) -> bool:
    """Whether a paragraph holds the first letters of a verb of translating of the lexicon (``translating_verbs``):
    most hold none, and their quotes are spared the look for one near them (a quote's look cost ~1% of the
    extraction; a paragraph is read once, in C, for all its quotes)."""
    low = text.lower()
    return any(map(low.__contains__, _translating_stems(code)))


@lru_cache(maxsize=8)
def _translating_stems(code: str) -> frozenset[str]:
    return frozenset(verb[:5] for verb in LEXICONS[code].translating_verbs)


@per_language
def _translating(code: str) -> re.Pattern[str]:
    """A verb of translating of a lexicon (``translating_verbs``), as a word in any case."""
    verbs = LEXICONS[code].translating_verbs
    return re.compile(rf"(?i)(?<!\w)(?:{phrases(tuple(verbs))})(?!\w)" if verbs else NEVER)


def _translated_speaker(g: Grammar, text: str, start: int, translator: str) -> str | None:
    """Whose words a translator gives in the quote at ``start``: the subject the quote's sentence opens on when it is
    someone else ("El mallku, don Feliciano Condori, habló en aymara, y su nieta tradujo: «…»"), else the one the
    sentence before opens on ("El mallku de la comunidad, don Feliciano Condori, habló en aymara. Su nieta, Wara
    Condori, tradujo sus palabras: «…»"); None when neither names someone other than the translator."""
    own = sentence_start(text, start)
    spans = [(own, start)] + ([(sentence_start(text, own - 1), own)] if own else [])
    for lo, hi in spans:
        subject = _opening_subject(g, text, lo, hi)
        if subject and subject not in translator and translator not in subject:
            return subject
    return None


def _opening_subject(g: Grammar, text: str, lo: int, hi: int) -> str | None:
    """The subject ``text[lo:hi]`` opens on: a name, or a description up to its comma, or the name apposed to it between
    commas ("El mallku de la comunidad, don Feliciano Condori,": a word in lower case may open it, a title)."""
    lex = g.lexicon
    head = text[lo : min(hi, lo + _SUBJECT_CHARS)]
    opening, comma, _ = head.partition(",")
    words = opening.split()
    if not words or _CLAUSE_STOP.search(words[0]):
        return None
    first = words[0].lower()
    if first in lex.determiners or first in lex.possessives or first in lex.owner_possessives:
        after = lo + len(opening) + 1
        apposed = _CAPITAL_RUN.search(text, after, min(hi, after + _SUBJECT_CHARS)) if comma else None
        if (
            apposed is not None
            and len(text[after : apposed.start()].split()) <= 1
            and text[apposed.end() : apposed.end() + 1] == ","
            and _plausible(g, apposed.group())
        ):
            return apposed.group()
        return opening.strip()
    name = _CAPITAL_RUN.match(text, lo + len(head) - len(head.lstrip()))
    return name.group() if name is not None and _plausible(g, name.group()) and first not in lex.not_names else None


def _translated(blocks: list[Block], found: list[_Found], chain: list[_Span]) -> _Found | None:
    """The quote whose translation in brackets the quote of ``chain`` is: the bracket opens right after the quote
    before, in the same paragraph, and holds this quote alone („Mir sinn houfreg“ („Wir sind stolz“), sagte sie;
    not "said Lindgren (“the worst day”, as the paper put it)")."""
    if len(chain) > 1 or not found:
        return None
    before, span = found[-1].spans[-1], chain[0]
    if before.block != span.block or before.end >= span.start or span.start - before.end > 4:
        return None
    text = blocks[span.block].text
    between = text[before.end : span.start]
    return found[-1] if _BRACKET_OPENS.match(between) and _BRACKET_CLOSES.match(text, span.end) else None


def _owned_group(lex: Lexicon, who: str) -> bool:
    """Whether a cue's subject is a named person's group: a capitalised owner with an owner's ending and a plural or
    collective noun in lower case, perhaps after a word ("Kluske's mates", "Ms Odell's two sons", "the Fenns' old
    friends" is a description): the group speaks, as written, not its owner."""
    words = who.split()
    if not 1 < len(words) <= 4 or not words[0][:1].isupper() or not _possessive(words[0]) and words[0][-2:] not in (
        "s'",
        "s’",
    ):
        return False
    return all(w[:1].islower() for w in words[1:]) and _group_head(lex, words[-1].lower())


def _group_head(lex: Lexicon, head: str) -> bool:
    """Whether a noun in lower case is a group's: a collective noun, a group's noun, or a plural ("circle", "mates",
    "volunteers")."""
    return (
        head in lex.collective_nouns
        or head in lex.group_nouns
        or len(head) > 3 and any(head.endswith(ending) for ending, _ in lex.plural_endings)
    )


# Words in lower case after a cue's subject, up to a mark: the rest of a group's noun phrase the span cut short
_LOWER_WORDS = re.compile(rf"(?:\s{{1,2}}[^\W\d_{CAPITALS}][\w’'-]*){{1,4}}")


def _owned_group_in_full(lex: Lexicon, text: str, who: str, at: int) -> str:
    """A cue's subject at ``at`` in ``text`` that the span cut after an owner's possessive and a capitalised word of
    the group it owns, read on over the group's words in lower case to its noun ("The Holcomb Senior Center's Tuesday|
    quilting circle, who …, applauded", "the Harbour Rowing Club's Sunday| veterans crew said"): the group as written,
    not its owner; else "". The noun is a group's or a plural (``_group_head``); not a possessive before a person's
    name ("Kettering's Anna Berg") nor a capitalised word no lower-case noun follows."""
    words = who.split()
    if len(words) < 2 or not words[-1][:1].isupper() or not any(map(_possessive, words[-3:-1])):
        return ""
    end = at + len(who)
    rest = _LOWER_WORDS.match(text, end)
    if rest is None:
        return ""
    return text[at : rest.end()] if _group_head(lex, rest.group().split()[-1].lower()) else ""


def _names_alone(surname: str, cue: str) -> bool:
    """Whether a cue's words name a person by their surname as a word of its own, not as the owner of someone else
    ("yelled Kluske's mates", "riefen Kluskes Freunde": the mates, a group, are no continuation of Kluske's words)."""
    at = cue.find(surname)
    while at >= 0:
        after = cue[at + len(surname) : at + len(surname) + 1]
        if not after.isalnum() and after not in ("'", "’"):
            return True  # (not an owner's ending: "Kluske's", "Jones'", "Kluskes")
        at = cue.find(surname, at + len(surname))
    return False


_LISTED_REACH = 24  # characters either side of a cue's subject read for the "and" of a list of people


def _named_part(lex: Lexicon, who: str, text: str) -> tuple[str, bool, bool] | None:
    """A cue's subject from the name a list of people may open on, whether a word before it says they speak at once
    (lexicon ``together_words``), and whether it opens on a first name or a courtesy title; or None: the subject as
    written when it opens on a name; else the name after its lower-case words or a kind's noun ("drivers Gary
    Lindgren", "ensemble Awa Diallo", "les frères Modou", "seine Verkäuferinnen Resi Gruber": a kind or an adverb
    before the first of the list; ``_listed_people`` reads the rest). Not a description alone ("the mayor"), nor a
    name with no "and" in it or right after it in ``text`` (most cues: the strings are looked for first)."""
    if _name_opening(lex, who):
        return who, False, True
    words = who.split()
    at = text.find(who)
    end = at + len(who) if at >= 0 else -1
    after = text[end : end + _LISTED_REACH].split(maxsplit=1)[:1] if at >= 0 else []
    before = text[max(0, at - _LISTED_REACH) : at].rsplit(maxsplit=1)[-1:] if at > 0 else []
    if (
        lex.and_words.isdisjoint(words)
        and not (after and (after[0] in lex.and_words or text[at + len(who)] == ","))
        and not (before and before[0] in lex.and_words)
    ):
        return None  # ("Harbour Trust", "the mayor"; "les frères Modou et Cheikh Guèye" goes on; "Dawson and Pike")
    at = next((i for i, w in enumerate(words) if w[:1].isupper()), -1)
    if at < 0:
        return None
    together = at > 0 and not lex.together_words.isdisjoint(words[:at]) or _together_after(lex, text, end)
    # (where nouns are capitalised, the kind's noun before the name: from a first name when one follows)
    opening = next((i for i in range(at, len(words)) if _name_opening(lex, words[i])), at)
    return " ".join(words[opening:]), together, opening < len(words) and _name_opening(lex, words[opening])


_TOGETHER_REACH = 48  # characters after a cue's subject read for a word saying the list speaks at once


def _together_after(lex: Lexicon, text: str, end: int) -> bool:
    """Whether a word or a phrase after a cue's subject ending at ``end``, before any mark, says the people its list
    names speak at once (lexicon ``together_words``, ``chorus_phrases``): "said councillors Ann Roe and Ben Hale
    together,", "riefen Anna und Jonas Weber im Chor", "ont crié Awa et Fanta en chœur", "corearon Ana y Luis a coro".
    Not one after a mark ("said Ann Roe and Ben Hale, both of whom"), nor "together with"."""
    if end < 0:
        return False
    window = text[end : end + _TOGETHER_REACH]
    cut = next((i for i, c in enumerate(window) if c in _WORD_MARKS), len(window))
    window = window[:cut]
    words = window.lower().split()
    if any(w in lex.together_words and words[i + 1 : i + 2] not in _TOGETHER_WITH for i, w in enumerate(words)):
        return True
    return bool(lex.chorus_phrases) and _chorus(lex.code).search(window) is not None


_TOGETHER_WITH = (["with"], ["mit"], ["avec"], ["con"])  # "together with", "zusammen mit": one joined to another


def _paired(lex: Lexicon, first: list[str], second: list[str], opened: bool = False) -> bool:
    """Whether one capitalised word, an "and" and a name of two capitalised words and more are two people of one
    surname ("Gerrit and Lindiwe Jacobs", "Néstor y Mirta Acosta", "Ciarán and Pádraig McGinley"), though no lexicon
    knows their first names; ``opened``: the first is a name opening on a known first name, then any name of two
    words ("Resi Gruber und Elif Yıldız"). Not a body's name ("Devon and Cornwall Police", "Health and Human
    Services")."""
    names = list(takewhile(lambda w: w[:1].isupper(), second))
    return (
        (len(first) == 1 or opened)
        and first[0][:1].isupper()
        and len(names) > 1
        and names[-1].strip(",.;:").lower() not in lex.organisation_words
    )


def _listed_people(g: Grammar, text: str, chain: list[_Span], who: str, together: bool, opened: bool) -> str:
    """The people a cue credits at once when its subject is one of several its sentence lists, joined by an "and" of the
    language to a capitalised name before it, or followed by the list's other names and its "and" ("Les trois
    héritiers, Anne-Marie, Gérard et Luc Vallat, ont expliqué leur choix dans une lettre commune : « … »", "Die drei
    Erben, Anna, Paul und Jonas Weber, erklärten", "Anna Berg and Tom Hale said:", "- Frank Newport and Jim Harter:"):
    the list as written, whose words they all are, no one person's; else "". Not a name joined to a word in lower case
    ("said Anna Berg and her husband": she is named alone), nor an ampersand (a body's name: "Johnson & Johnson").
    A subject that is the list itself, over a shared surname ("said Derek and Maureen Howes"), is the list as written
    too, and so are two people of one surname whose first names no lexicon knows (``_paired``: "said Gerrit and
    Lindiwe Jacobs", "dijeron Néstor y Mirta Acosta"); ``together``: a word before it said they speak at once ("ont
    déclaré ensemble Awa Diallo et Fanta Keïta"), so a capitalised name after the "and" is one of the list; ``opened``:
    the subject opens on a known first name or a courtesy title."""
    lex = g.lexicon
    inner = who.split()
    joined = next((i for i, w in enumerate(inner[1:-1], 1) if w in lex.and_words and w.isalpha()), 0)
    if joined:
        # ("Derek and Maureen Howes", "Ana y Luis Gil": both, not the one whose surname it is)
        after = inner[joined + 1]
        named = (
            together
            or opened
            and _name_opening(lex, after)
            or _paired(lex, inner[:joined], inner[joined + 1 :])
            or _surname_pair(lex, inner)
        )
        return who if after[:1].isupper() and named else ""
    start = sentence_start(text, chain[0].start)
    end = sentence_end(text, chain[0].end) if chain[0].end < len(text) else len(text)
    at = text.rfind(who, start, end)
    if at < 0:
        return ""
    stop = at + len(who)
    before = text[max(start, at - _LISTED_REACH) : at].split()
    if len(before) > 1 and before[-1] in lex.and_words and before[-1].isalpha() and before[-2][:1].isupper():
        # (back over the list's names and commas to its first name: "Anne-Marie, Gérard et")
        names = list(takewhile(lambda w: w[:1].isupper() or w in lex.and_words, reversed(before)))
        while names and names[-1].lower().strip(",") in FUNCTION_WORDS:
            names.pop()  # ("But Anna Berg and Tom Hale said": not "But")
        # (one capitalised word and a name of two over one surname: "said Dilys and Emyr Parry")
        # (two surnames alone: "Dawson and Pike said")
        paired = len(names) == 2 and (_paired(lex, names[1:], inner) or _surname_pair(lex, names[::-1] + inner))
        if not paired and (not opened or not names or not _name_opening(lex, names[-1])):
            return ""  # ("Devon and Cornwall Police", "Ziel und Motto": no list of people)
        first = text.rfind(names[-1], max(start, at - _LISTED_REACH), at)
        return text[first:stop].strip(" ,") if first >= 0 else ""
    # (after it: the other names of the list set off by commas, then the "and": "Anna, Paul und Jonas Weber")
    rest = text[stop : stop + _LISTED_REACH]
    if not rest.startswith((" ", ",")):
        return ""
    words = rest.split()
    if rest.startswith(","):
        words = list(takewhile(lambda w: w[:1].isupper() or w in lex.and_words, words[1:]))
    link = next((i for i, w in enumerate(words[:-1]) if w.isalpha() and w in lex.and_words), -1)
    if link < 0 or (link > 0) != rest.startswith(","):
        return ""
    after = words[link + 1]
    if not (
        opened and _name_opening(lex, after)
        or together and after[:1].isupper()
        or not link and _paired(lex, inner, words[link + 1 :], opened)
    ):
        return ""
    # (the list ends with the name after the "and": its capitalised words)
    last = list(takewhile(lambda w: w[:1].isupper(), words[link + 1 :]))
    tail = stop + rest.find(last[-1]) + len(last[-1])
    while tail < len(text) and (text[tail].isalnum() or text[tail] in "-’'"):
        tail += 1  # (a name the window cut: "Rosa Maki and Dale Anttila")
    return (who + text[stop:tail]).rstrip(" ,.;:")


def _surname_pair(lex: Lexicon, words: list[str]) -> bool:
    """Whether a cue's subject is two surnames an "and" joins ("Dawson and Pike said:", "Mertens und Albrecht sagten",
    "Martin et Durand ont répondu", "Ruiz y Soto dijeron"): two people speaking at once, whom the article named before,
    so neither of them alone (the cast would take the one it knows). Not a place's or a body's words ("North and
    South", "Devon and Cornwall Police": three words)."""
    if len(words) != 3 or not words[1].isalpha() or words[1] not in lex.and_words:
        return False
    pair = (words[0], words[2])
    return all(w.isalpha() and w.istitle() and w.lower() not in lex.organisation_words for w in pair) and not any(
        w.lower() in FUNCTION_WORDS or w.lower() in lex.pronouns for w in pair
    )


_TITLE_VERB_WORDS = 4  # words between a name in marks and the colon of the cue it stands in ("sagte am Montag:")


def _member_before_title(g: Grammar, blocks: list[Block], title: _Found, chain: list[_Span], who: str) -> str | None:
    """The cue's subject when the one read before its colon is the last word of a body's or a campaign's name in marks
    right before the verb, after a link ("Jana Lenz von „Rettet die Moore“ sagt: „…“", "Jane Lorne of “Save the
    Marshes” says:", ``title`` the quote read before this one): the name before the link ("Jana Lenz"), or "" (no one)
    when no name of two capitalised words stands there ("Die Sprecherin von „Rettet die Moore“ sagt:"); None when the
    subject is no such word, or the name in marks is the subject itself (a pseudonym: "“Perry” countered: “…”")."""
    first, span = chain[0], title.spans[-1]
    tail = " ".join(who.split())  # (the name's last words or all of it: "Moore", "die Moore", "Save the Marshes")
    if span.block != first.block or span.end > first.start or not f" {title.words.rstrip(' .,;')}".endswith(f" {tail}"):
        return None
    text = blocks[first.block].text
    gap = text[span.end : first.start]
    if len(gap.split()) > _TITLE_VERB_WORDS or not gap.rstrip().endswith(":") or any(c in gap for c in ".!?"):
        return None
    lex = g.lexicon
    before = text[: span.start].split()
    if len(before) > 2 and before[-2].lower() in lex.determiners:
        before = before[:-2]  # (the name's own noun: "Paul Anker von der Initiative „Rettet die Wiesen“ sagte:")
    if not before or (before[-1] not in lex.complement_words and before[-1] not in lex.body_links):
        return None  # (a name in marks that is the subject itself: "„Perry“ konterte: „…“", a pseudonym)
    name = list(takewhile(lambda w: w[:1].isupper() and w.isalpha(), reversed([w.rstrip(",") for w in before[:-1]])))
    if len(name) < 2 or any(w.lower() in FUNCTION_WORDS or w.lower() in lex.determiners for w in name):
        return ""
    return " ".join(reversed(name))


def _named_before(cast: Cast, pair: str) -> bool:
    """Whether one of two capitalised words an "and" joins (``_surname_pair``) is a person's: a first name a lexicon
    knows ("reply Burton and Nick"), or a surname of someone the article named before."""
    words = (pair.split()[0], pair.split()[-1])
    return any(known_first_name(w) for w in words) or any(cast.find(w) is not None for w in words)


# Each language's endings of a noun in the plural (lexicon ``plural_endings``), as one tuple for ``str.endswith``
_PLURAL_ENDINGS = {code: tuple(ending for ending, _ in lex.plural_endings) for code, lex in LEXICONS.items()}


def _apposed_list(lex: Lexicon, text: str, chain: list[_Span], who: str) -> str:
    """The people a plural description a cue credits is set off before, two names joined by an "and" ("ont raconté
    les deux tubistes de la fanfare, Arnaud et Lucie Mathieu", "said the two deckhands, Ciarán and Pádraig McGinley"):
    the list as written, whose words they are, no one of them; else "". Not a description of one ("said the coach,
    Anna Berg and her husband"), nor a body's name ("the forces, Devon and Cornwall Police"). The description is
    looked for in the quote's sentence only, as ``_listed_people`` does (a whole paragraph per quote grew as the
    square of a paragraph of many quotes)."""
    words = who.split()
    endings = _PLURAL_ENDINGS[lex.code]  # (a word's endings tested in one call: not a generator step for each)
    if not any(w.endswith(endings) for w in words[1:]):
        return ""
    start = sentence_start(text, chain[0].start)
    end = sentence_end(text, chain[0].end) if chain[0].end < len(text) else len(text)
    at = text.find(f"{who},", start, end)
    if at < 0:
        return ""
    at += len(who) + 1
    after = text[at : at + 2 * _LISTED_REACH + _GROUP_REACH].split()
    for word in after[: _described_names(lex, after)]:
        at = text.index(word, at) + len(word)  # ("Bickerts Nachbarinnen, die Schwestern| Gisela und Renate Faust")
    names = list(takewhile(lambda w: w[:1].isupper() or w in lex.and_words, text[at : at + 2 * _LISTED_REACH].split()))
    link = next((i for i, w in enumerate(names) if w in lex.and_words and w.isalpha()), 0)
    second = names[link + 1 : link + 2]
    opened = bool(names) and _name_opening(lex, names[0])
    if not link or not second or not (
        _paired(lex, names[:link], names[link + 1 :], opened) or opened and _name_opening(lex, second[0])
    ):
        return ""
    last = names[-1].rstrip(",.;:")
    return text[at : text.find(last, at) + len(last)].strip()


def _described_names(lex: Lexicon, words: list[str]) -> int:
    """How many of ``words`` a definite description of the people named after it takes, up to the first name: "die
    Schwestern| Gisela und Renate Faust", "the brothers| Tom and Ray Kelly", "les frères| Luc et Paul Roux" (an
    article and one or two words, no mark between); 0 where no first name follows so."""
    if len(words) < 3 or words[0].lower() not in lex.definite and words[0].lower() not in lex.plural_articles:
        return 0
    opening = next((i for i in (2, 3) if i < len(words) and _name_opening(lex, words[i])), 0)
    return opening if all(w.isalpha() for w in words[1:opening]) else 0


# A person of a list set off after its description: a name of two to four capitalised words (an initial among them),
# perhaps a party or an age in brackets after it ("Ralf Gerdes (CDU)", "Dale J. Ochs")
_LIST_MEMBER = rf"[{CAPITALS}][\w’'-]+(?:\s[{CAPITALS}][\w’'.-]*){{1,3}}(?:\s\([^()\n]{{1,30}}\))?"
_MEMBER_BRACKET = re.compile(r"\s\([^()\n]{1,30}\)")


# A chain of such names, each after a comma, as long as it runs (the commas fix where each name ends)
_MEMBER_CHAIN = re.compile(rf",\s{_LIST_MEMBER}(?:,\s{_LIST_MEMBER})*+")


@per_language
def _names_set_off(code: str) -> re.Pattern[str]:
    """Names set off by commas after a description, the last joined by an "and" of the language: ", Josef Haslinger
    und Herta Pichler,", ", Dale Ochs, Marisol Tapia and Vern Kessler,"."""
    ands = "|".join(re.escape(w) for w in sorted(LEXICONS[code].and_words) if w.isalpha())
    return re.compile(rf",\s(?P<list>{_LIST_MEMBER}(?:,\s{_LIST_MEMBER})*,?\s(?:{ands})\s{_LIST_MEMBER}),")


def _lists_set_off(code: str, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_names_set_off``'s matches in ``text[start:end]``, as ``finditer`` gives them, in time linear in the text:
    where a chain of names is not closed by an "and", a match tried at any later comma of the chain fails the same
    way (the commas fix the names), so the search goes on after the chain instead of reading it again from each of
    its commas (a sentence of thousands of names and no "and" took seconds)."""
    pattern = _names_set_off(code)
    while (chain := _MEMBER_CHAIN.search(text, start, end)) is not None:
        found = pattern.match(text, chain.start(), end)
        if found is None:
            start = chain.end()
            continue
        yield found
        start = found.end()


def _listed_after_description(lex: Lexicon, text: str, chain: list[_Span], who: str) -> str:
    """The people a cue credits at once when its subject is one name of a list set off by commas after a plural
    description of them ("Zwei langjährige Mitarbeiter, Josef Haslinger und Herta Pichler, sagten", "the van drivers,
    Dale Ochs, Marisol Tapia and Vern Kessler, stood up together and hollered", "Die beiden Fraktionschefs, Ralf
    Gerdes (CDU) und Manja Pohl (Linke), erklärten"): the list as written without its brackets, whose words they all
    are, no one of them; else "". Each name is a first name and a surname at least, so no first name need be known
    (``_listed_people`` needs one); the description before the comma is plural (an ending, a count, "both"). Not a
    body's name ("the forces, Devon and Cornwall Police,": one word before the "and"; "the firms, Baker Lane and Hale
    Partners,": a body's word), nor a name set off after one person ("the crowd's favourite, Ana Gil, said")."""
    start = sentence_start(text, chain[0].start)
    end = sentence_end(text, chain[0].end) if chain[0].end < len(text) else len(text)
    at = text.rfind(who, start, end)
    if at < 0:
        return ""
    for match in _lists_set_off(lex.code, text, start, end):
        if not match.start("list") <= at < match.end("list"):
            continue
        listed = _MEMBER_BRACKET.sub("", match.group("list"))
        if any(w.lower() in lex.organisation_words for w in listed.split()):
            return ""
        # (its last words; or all of them, no comma among them, a count opening a description with its "of" part:
        # "Tres compañeras de la sala de desosado, Nilda Rodríguez, Mirta Sosa y Graciela Píriz, …, cantaron")
        written = text[start : match.start()]
        whole = "," not in written and len(written.split(maxsplit=_DESCRIBED_WORDS)) <= _DESCRIBED_WORDS
        description = written.split() if whole else written.split()[-_GROUP_WORDS:]
        return listed if any(_counts_people(lex, w) for w in description) else ""
    return ""


_DESCRIBED_WORDS = 8  # the most words of a description read whole before the names set off after it


def _counts_people(lex: Lexicon, word: str) -> bool:
    """Whether a word of a description tells it is plural: a count ("zwei", "three"), "both", or a noun's plural
    ending ("drivers", "langjährige"), or the "s" of a loanword's plural in any language ("Fraktionschefs", "Fans");
    neither a possessive's "s" ("the crowd's") nor a singular's "ss" ("the boss")."""
    word = word.strip(_WORD_MARKS).lower()
    if word in lex.number_words or word in lex.together_words:
        return True
    if len(word) < 4 or word.endswith(("'s", "’s", "ss")):
        return False
    return word.endswith("s") or any(word.endswith(ending) for ending, _ in lex.plural_endings)


_GROUP_REACH = 90  # characters after a cue's subject read for the "and" and the group joined to it
_CUE_REACH = 160  # characters either side of a quote its cue's subject is looked for in (find_quotes)
# Each language's "and" words set off by spaces (" and ", " und "), looked for next to a cue's subject
_SPACED_ANDS = {code: tuple(f" {w} " for w in sorted(lex.and_words) if w.isalpha()) for code, lex in LEXICONS.items()}


_GROUP_WORDS = 4  # words of a group's noun phrase read after its determiner, and after the link of its "of" part
_WORD_MARKS = ",.;:!?»«“”„\"()"  # marks a word may carry, glued to it
_QUOTE_MARKS = "“”„«»\""  # the double marks a quote opens or closes on (the words before a cue's subject stop at one)


def _with_group(lex: Lexicon, text: str, chain: list[_Span], who: str, at: int) -> str:
    """The person a cue names and the group an "and" joins to them, as written, when the cue credits them together:
    a plural noun phrase opened by a possessive or a plural article, after the person or before ("said Hetland and his
    campaign volunteers", "sang Grace Phiri and the women of the Chikamveka church choir", "sagten Döll und seine
    Familie", "ont annoncé le capitaine Lefranc et ses équipiers", "dijeron la presidenta del jurado y los otros cuatro
    jueces", "said the women of the choir and Grace Phiri"): the words are theirs together, no one person's; else "".
    Not one more person ("said Anna Berg and her husband", "his wife's friend"), nor a verb or a clause after the "and"
    ("said Hetland and added", "said Hetland and his volunteers left"), nor a clause set off by a comma ("said Hetland,
    whose volunteers watched"). Read in the quote's sentence only, when an "and" stands next to the subject at ``at``
    (two string tests before: most cues have none)."""
    if who.lower() in lex.pronouns:
        return ""  # ("my secrets and she")
    words = who.split()
    size = _group_phrase(lex, words)
    if 0 < size < len(words) - 1 and words[size] in lex.and_words:
        # (the subject is the group and the person, without the name set off after them: "les joueuses et leur
        # entraîneuse, Inès Berthet" are "les joueuses et leur entraîneuse")
        return who.split(",", 1)[0].rstrip(_WORD_MARKS)
    start = sentence_start(text, chain[0].start)
    end = sentence_end(text, chain[0].end) if chain[0].end < len(text) else len(text)
    if not start <= at < end:
        return ""
    stop = at + len(who)
    after = text[stop : stop + _GROUP_REACH].split()
    if len(after) > 2 and after[0] in lex.and_words and after[0].isalpha():
        size = _group_phrase(lex, after[1:])
        if size:
            tail = stop
            for word in after[: size + 1]:
                tail = text.index(word, tail) + len(word)
            return text[at:tail].rstrip(_WORD_MARKS)
    # (never words inside the quote's marks: "“I told her my secrets and she told me hers”")
    low = max(start, at - _GROUP_REACH)
    low = max(low, *(text.rfind(mark, low, at) + 1 for mark in _QUOTE_MARKS))
    before = text[low:at].split()
    if len(before) > 2 and before[-1] in lex.and_words and before[-1].isalpha():
        # (the group first: "the women of the choir and Grace Phiri sang")
        for i in range(max(0, len(before) - 2 - 2 * _GROUP_WORDS), len(before) - 2):
            if _group_phrase(lex, before[i:-1]) == len(before) - 1 - i:
                first = text.rfind(" ".join(before[i:]), start, at)
                return text[first:stop] if first >= 0 else ""
    # (the subject read as the group's noun alone: "Dale Hetland and his campaign volunteers said:", "ont dit les
    # équipiers et le capitaine Lefranc": the person joined before the group's determiner, or after the group)
    subject, rest = before + who.split(), text[stop : stop + _GROUP_REACH].split()
    opening = next((i for i in range(len(before), max(-1, len(before) - 4), -1) if _group_opens(lex, subject[i])), -1)
    # (the group's words the subject left after it: "sang the women of the Mzuzu| church choir and Alinafe Zulu")
    extra = _group_phrase(lex, subject[opening:] + rest) - len(subject) + opening if opening >= 0 else -1
    if extra < 0:
        return ""
    if not extra and opening > 1 and before[opening - 1] in lex.and_words and before[opening - 1].isalpha():
        person = before[max(0, opening - 1 - _GROUP_WORDS) : opening - 1]
        if len(person) > 1 and not person[0][:1].isupper() or any(w[-1:] in _WORD_MARKS for w in person):
            person = list(takewhile(lambda w: w[:1].isupper(), reversed(person)))[::-1]
        if not person or not person[-1][:1].isupper():
            return ""
        first = text.rfind(" ".join(person + before[opening - 1 :]), start, at + 1)
        return text[first:stop] if first >= 0 else ""
    after = rest[extra:]
    if len(after) < 2 or after[0] not in lex.and_words or not after[0].isalpha():
        return ""
    person = list(takewhile(lambda w: w[-1:] not in _WORD_MARKS, after[1 : 1 + _GROUP_WORDS]))
    person += after[len(person) + 1 : len(person) + 2]
    if not person or not person[-1].rstrip(_WORD_MARKS)[:1].isupper():
        return ""
    tail = stop
    for word in rest[: extra + len(person) + 1]:
        tail = text.index(word, tail) + len(word)
    first = text.rfind(" ".join(before[opening:]), start, at) if opening < len(before) else at
    return text[first:tail].rstrip(_WORD_MARKS) if first >= 0 else ""


_BEHALF_REACH = 60  # characters after a cue's subject read for a phrase of speaking for someone, and after it


# (per language: the phrases of speaking for someone and the verbs of passing words on, as words, looked for in the
# words around a cue's subject before ``_spoken_for`` reads them; not parts of them, "über", "pour", common words: one
# trie of them all, as literal text)
_BEHALF_ANCHORS = {
    code: re.compile(
        _alternation(
            (*lex.behalf_links, *lex.behalf_phrases, *lex.place_phrases, *(f" {v} " for v in sorted(lex.relaying_verbs)))
        )
        or NEVER
    )
    for code, lex in LEXICONS.items()
}


def _behalf_near(anchors: re.Pattern[str], text: str, chain: list[_Span], at: int, end: int) -> bool:
    """Whether the words around a cue's subject at ``at`` (from :func:`_lead_for` to ``end``), or the opening words of
    its sentence (:func:`_opening_for`), may hold a phrase of speaking for someone or a verb of passing words on, in
    any case ("in seinem Namen", "In seinem Namen"): the words lowered once, then searched for every phrase at once, a
    trie of them (a flat pattern of the phrases searched before and after the subject cost +0.4% of extraction; each
    phrase searched in turn by ``in``, 0.57%: round 41)."""
    if anchors.search(text[_lead_for(chain, at) : end].lower()) is not None:
        return True
    opening = _opening_for(chain, text, at)
    if opening < 0:
        return False
    return anchors.search(text[opening : opening + _BEHALF_REACH].lower()) is not None


@per_language
def _relaying(code: str) -> re.Pattern[str]:
    """A verb of passing words on and the noun of the words passed on, up to three words between (an article, a
    possessive, a genitive owner: "delivered the senator's message", "verlas eine Erklärung", "a transmis le message",
    "leyó un mensaje"), in the lower-cased words after a cue's subject (lexicon ``relaying_verbs``,
    ``message_nouns``). Bounded: linear."""
    lex = LEXICONS[code]
    if not lex.relaying_verbs or not lex.message_nouns:
        return re.compile(NEVER)
    verbs, nouns = phrases(lex.relaying_verbs), phrases(lex.message_nouns)
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?P<between>(?:[\w'’-]+\s+){{0,3}}?)(?:{nouns})(?![\w-])")


@per_language
def _relayed(code: str) -> re.Pattern[str]:
    """The noun of someone's words, a link to their owner and the owner, then, set off by a comma, a verb of passing
    them on in the passive ("a letter from him, read … by his aide", "eine Botschaft des Landrats, verlesen von …",
    "un message du maire, lu par …", "un mensaje del alcalde, leído por …"), in lower-cased words (lexicon
    ``message_nouns``, ``author_links``, ``relaying_verbs``). Bounded: linear."""
    lex = LEXICONS[code]
    if not lex.relaying_verbs or not lex.message_nouns:
        return re.compile(NEVER)
    verbs, nouns, links = phrases(lex.relaying_verbs), phrases(lex.message_nouns), phrases(lex.author_links)
    return re.compile(
        rf"(?<!\w)(?:{nouns})\s+(?:{links})\s+(?P<owner>[^\W\d][^,;:]{{0,{_BEHALF_REACH}}}?),\s+(?:{verbs})(?!\w)"
    )


def _relayed_owner(lex: Lexicon, lowered: str) -> tuple[int, str]:
    """Whose words a cue's speaker passes on, as the lower-cased words after the speaker say (see :func:`_relaying`):
    the offset in ``lowered`` where the owner's name or description opens ("the senator's message", "a message from
    the senator", "eine Erklärung des Landrats", "le message du maire", "las palabras de la alcaldesa"), or -1 and the
    possessive that stands for the owner ("delivered her message", "übermittelte seine Botschaft", "a lu sa
    déclaration", "leyó un mensaje suyo"; "" for none); (-1, "") when the words name no owner ("read a message:")."""
    relayed = _relaying(lex.code).search(lowered)
    if relayed is None:
        passive = _relayed(lex.code).search(lowered)  # ("A letter from him, read … by his aide, X, told the crews:")
        return (passive.start("owner") if passive is not None else -1), ""
    between = relayed.group("between").split()
    theirs = _THEIRS[lex.code]
    possessive = next((w for w in between if w in theirs), "")
    if possessive:
        return -1, possessive
    genitive = next((i for i, w in enumerate(between) if w.endswith(("'s", "’s"))), -1)
    if genitive >= 0:
        return relayed.start("between"), ""  # ("the senator's message": the owner opens the words between)
    rest = lowered[relayed.end() :].split(maxsplit=1)
    if rest and rest[0].rstrip(_WORD_MARKS) in lex.postposed_possessives:
        return -1, rest[0]
    if len(rest) > 1 and rest[0] in lex.author_links:
        return relayed.end() + lowered[relayed.end() :].index(rest[1]), ""
    return -1, ""


def _fronted_owner(lex: Lexicon, text: str, at: int, end: int) -> tuple[int, str, bool] | None:
    """Whose words a cue's speaker at ``at`` passes on when the sentence opens on them, a possessive and the noun of
    the words, with a verb of passing them on later in it, before ``end`` (lexicon ``message_nouns``,
    ``relaying_verbs``: "Su disculpa la leyó en voz alta la vocera municipal, X:", "Seine Grüße überbrachte sein
    Stellvertreter X:", "Ses excuses, c'est son adjointe, X, qui les a lues :", "Her apology was read by her deputy,
    X:"): no owner's offset, the possessive standing for them, their message passed on (as :func:`_behalf_owner`
    returns); None for any other sentence ("Her apology came late. X said:", "Su carta llegó tarde")."""
    words = text[sentence_start(text, at) : end].lower().split(maxsplit=_FRONTED_WORDS)
    if len(words) < 3 or words[0] not in _THEIRS[lex.code] or words[1].rstrip(_WORD_MARKS) not in lex.message_nouns:
        return None
    relayed = any(w.strip(_WORD_MARKS) in lex.relaying_verbs for w in words[2:_FRONTED_WORDS])
    return (-1, words[0], True) if relayed else None


_FRONTED_WORDS = 16  # words of a sentence opening on someone's words read for the verb passing them on


def _lead_for(chain: list[_Span], at: int) -> int:
    """Where the words before a cue's subject at ``at`` read for a phrase of speaking for someone open: at most
    ``_BEHALF_REACH`` characters before it, never inside the quote before it."""
    return max(at - _BEHALF_REACH, chain[-1].end if chain[-1].end <= at else 0, 0)


_OPENING_REACH = 160  # characters from a cue's sentence's start to its subject over which a phrase opening it is read


def _opening_for(chain: list[_Span], text: str, at: int) -> int:
    """Where the sentence of a cue's subject at ``at`` opens, when a phrase of speaking for someone opening it stands
    farther back than :func:`_lead_for` reads, at most ``_OPENING_REACH`` characters, the quote after the subject
    ("Speaking in the place of State Representative X, who was in Frankfort …, her district director, Y, said:", "A
    letter from him, read from the announcer's stand by his deputy chief of staff, Y, told the crews:"); else -1."""
    if chain[0].start < at or at <= _BEHALF_REACH:
        return -1
    opening = sentence_start(text, at)
    return opening if at - _OPENING_REACH <= opening < at - _BEHALF_REACH else -1


def _behalf_owner(lex: Lexicon, text: str, base: int, lowered: str, subject_end: int) -> tuple[int, str, bool] | None:
    """Where the person a phrase of speaking for someone names opens in ``text`` (-1 for none), the pronoun or
    possessive standing for them ("" for none), and whether the words are their message passed on (not the speaker
    speaking in their name or place), as the lower-cased words ``lowered`` (``text`` from ``base``) say: a
    link (lexicon ``behalf_links``), the owner of the words passed on (:func:`_relayed_owner`; a possessive only when
    the subject ending at ``subject_end`` is someone's: "Her aide, …, delivered her message:", not "Mayor Ann Cole
    delivered her message:"), a genitive before "behalf", a phrase with a possessive (``behalf_phrases``); None when
    the words hold none of them."""
    link = next((phrase for phrase in lex.behalf_links if phrase in lowered), "")
    if link:
        return base + lowered.index(link) + len(link), "", False
    owner, pronoun = _relayed_owner(lex, lowered)
    if pronoun and _THEIRS[lex.code].isdisjoint(text[sentence_start(text, subject_end) : subject_end].lower().split()):
        pronoun = ""  # ("Mayor Ann Cole delivered her message:": her own)
    passed = owner >= 0 or bool(pronoun)
    owner = owner if passed else _owner_before(lex, lowered)
    if owner < 0 and not pronoun and base < subject_end and _relaying(lex.code).search(lowered) is not None:
        return -1, "", True  # ("Le maire … a fait lire un message par sa directrice, X :": the sentence's subject's)
    phrased = any(p in lowered for p in lex.behalf_phrases if p[:1] not in _APOSTROPHES)
    if owner < 0 and not pronoun and not phrased and not _in_place(lex, text, base, lowered, subject_end):
        return None  # (a verb of passing words on with no owner: "read a message:"; "at Anna's place")
    phrases_in = (*lex.behalf_phrases, *lex.place_phrases)
    said = (w for p in phrases_in if p in lowered for w in p.split() if w in lex.pronouns)
    return (base + owner if owner >= 0 else -1), pronoun or next(said, ""), passed  # ("on her behalf": hers)


def _in_place(lex: Lexicon, text: str, base: int, lowered: str, subject_end: int) -> bool:
    """Whether the lower-cased words ``lowered`` (``text`` from ``base``) say the speaker of a cue's subject ending at
    ``subject_end`` speaks in someone's place (lexicon ``place_phrases``): the phrase opens its sentence or follows a
    cue verb ("In her place, …", "X sprach an seiner Stelle"), or the subject is someone's, a possessive of another
    before it, the phrase's own left out ("Su jefe de gabinete, X, tomó la palabra en su lugar"); not a seat ("Assis à
    sa place, X a déclaré")."""
    phrase = next((p for p in lex.place_phrases if p in lowered), "")
    if not phrase:
        return False
    at = base + lowered.index(phrase)
    opening = sentence_start(text, at)
    before = text[opening:at].lower().split()
    if not before or before[-1] in lex.cue_verbs:
        return True
    subject = text[at + len(phrase) if at < subject_end else opening : subject_end].lower().split()
    return not _THEIRS[lex.code].isdisjoint(subject)


def _spoken_for(
    g: Grammar, text: str, chain: list[_Span], who: str, at: int
) -> tuple[list[str], str, str, bool] | None:
    """The names that may be the person a cue's speaker speaks for, in that person's name, as the cue's sentence says
    (lexicon ``behalf_links`` before the person's name or description, ``behalf_phrases`` with a possessive): "Her
    office's spokesman, Tyler Lund, speaking for the auditor, said:" (the auditor the sentence before names), "Seine
    Sprecherin, Anja Meinel, sagte in seinem Namen:", "Su vocera, Daniela Chávez, dijo a nombre de él:", "a déclaré au
    nom du maire Paul Roux", "Her constituency assistant, Joe Tulugak, spoke for her:"; or whose words the speaker
    passes on (:func:`_relayed_owner`: "Su vocero, Alán Guerrero, leyó un mensaje suyo:", "delivered the senator's
    message"): as the text gives them (``_speaks_for_person`` takes the first the cast knows, not the speaker), with
    the gender a pronoun or possessive tells of the person and the role a description names ("" for none), or None.
    Not a body nor someone no one named
    ("speaking for the family", "speaking for the regional inspector, who is not named"), nor the speaker herself
    ("speaking for himself"), nor a time ("spoke for ten minutes", "spoke for the first time": a description names a
    role or a person's noun). Asked only where ``_behalf_near`` found a phrase in the words around the cue's subject
    ``who`` at ``at``; the names are read in the cue's sentence outside the quote's marks and in the sentence before
    it."""
    lex = g.lexicon
    base = at + len(who)
    after = text[base : base + _BEHALF_REACH]
    if chain[0].start > at:
        after = after[: chain[0].start - base]
    after = after[: sentence_end(text, base) - base]  # (the cue's own sentence: not a name of the sentence before's)
    found = _behalf_owner(lex, text, base, after.lower(), base)
    if found is None:
        # (the phrase before the subject, in its sentence: "In seinem Namen sprach seine Büroleiterin Verena Gstrein:",
        # "Au nom du maire, son adjointe, Claire Petit, a déclaré :")
        opening = _opening_for(chain, text, at)
        lead = opening if opening >= 0 else max(_lead_for(chain, at), sentence_start(text, at))
        found = _behalf_owner(lex, text, lead, text[lead:at].lower(), base) if lead < at else None
    if found is None:
        found = _fronted_owner(lex, text, at, chain[0].start if chain[0].start > at else sentence_end(text, at))
    if found is None:
        return None
    at, pronoun, passed = found
    start = sentence_start(text, chain[0].start)
    end = sentence_end(text, chain[-1].end) if chain[-1].end < len(text) else len(text)
    noun = ""  # (the description the link names the person by: "the auditor")
    unlisted = False  # (a noun no lexicon knows for a person: "del intendente", or "the first time")
    if at >= 0:
        words = text[at : at + _BEHALF_REACH].split()
        first = words[0].rstrip(_WORD_MARKS).lower() if words else ""
        if not first or first in lex.self_words:
            return None  # ("speaking for himself")
        if words[0][:1].isupper() and not (lex.capitalised_nouns and _genitive_noun(lex, words[0])):
            name = _CAPITAL_RUN.match(text, text.index(words[0], at))
            return ([name.group().removesuffix("'s").removesuffix("’s")], "", "", passed) if name is not None else None
        if first in lex.pronouns:
            pronoun = first
        else:
            described = list(takewhile(lambda w: w[-1:] not in _WORD_MARKS and w[-2:] not in _GENITIVE_ENDS,
                                       words[:_GROUP_WORDS]))
            described += words[len(described) : len(described) + 1]
            bare = [w.rstrip(_WORD_MARKS).lower().removesuffix("'s").removesuffix("’s") for w in described]
            # (the description's head: its first noun of a person, before what follows it, "del ministro frente a la
            # Intendencia", else its last word)
            noun = next((w for w in bare if _person_word(lex, w)), "") or next((w for w in reversed(bare) if w), "")
            if noun in FUNCTION_WORDS:
                return None
            unlisted = not _person_word(lex, noun)
            noun = _genitive_noun(lex, noun) or noun
    outside = [(start, chain[0].start), (chain[-1].end, end)]
    if start > 1:
        outside.append((sentence_start(text, start - 1), start))
    if unlisted:
        # (such a noun finds a person only where the text uses it apart from the link's own words: "El intendente
        # Marcelo Ferrero …. Su vocera … habló en nombre del intendente:"; not "spoke for the first time")
        outside = [(low, high) for low, high in outside if not low <= at < high]
    names = [
        name
        for low, high in outside
        if not noun or noun in text[low:high].lower()
        for name in _names_in(g, text, low, high)
        if name.split()[0].lower() not in FUNCTION_WORDS
    ]
    told = lex.pronouns.get(pronoun)
    # (a role the cast gave someone, though the text writes it otherwise: "State Sen. Ruth Heikkinen" is "the senator")
    gender = str(told.gender) if told is not None and told.number is Number.SINGULAR else ""
    return names, gender, title_role(noun, lex), passed


_GENITIVE_ENDS = ("'s", "’s")  # an English genitive's ending ("the senator's message")
_APOSTROPHES = ("'", "’")  # what a genitive phrase of speaking for someone opens with ("'s behalf", "'s place")
# (per language, a genitive phrase of speaking for someone and the prepositions its possessive form opens with, "on his
# behalf", "in his place": the genitive takes the same, "in the minister's place", "on the senator's behalf"; none
# listed, any)
_GENITIVE_PREPOSITIONS = {
    code: {
        phrase: frozenset(
            p.split()[0]
            for p in (*lex.behalf_phrases, *lex.place_phrases)
            if p[:1] not in _APOSTROPHES and p.split()[-1] == phrase.split()[-1]
        )
        for phrase in lex.behalf_phrases
        if phrase[:1] in _APOSTROPHES
    }
    for code, lex in LEXICONS.items()
}


def _owner_before(lex: Lexicon, lowered: str) -> int:
    """Where the owner of a genitive phrase of speaking for someone opens in the lower-cased words after a cue's
    subject ("spoke on the senator's behalf": "the senator"; lexicon ``behalf_phrases`` opening on the genitive's
    ending), after the preposition before it, or -1."""
    phrase = next((p for p in lex.behalf_phrases if p[:1] in _APOSTROPHES and p in lowered), "")
    owned = lowered.find(phrase) if phrase else -1
    words = lowered[:owned].split() if owned > 0 else []
    opening = len(words)
    while opening and words[opening - 1] not in lex.prepositions:
        opening -= 1
    fits = _GENITIVE_PREPOSITIONS[lex.code].get(phrase)
    if not opening or len(words) - opening > _GROUP_WORDS or fits and words[opening - 1] not in fits:
        return -1  # ("at Anna's place": her home, no one's stead)
    return lowered.rfind(words[opening], 0, owned)


def _person_word(lex: Lexicon, word: str) -> bool:
    """Whether a lower-cased word is a role or a noun of a person, by the lexicon or its ending ("senator", "auditor",
    "Landrats", "alcaldesa")."""
    feminine = bool(lex.feminine_endings) and word.endswith(lex.feminine_endings)
    return bool(title_role(word, lex) or person_ending(word) or feminine or _genitive_noun(lex, word))


def _genitive_noun(lex: Lexicon, word: str) -> str:
    """A role noun in a genitive, in a language that capitalises nouns ("des Landrats", "des Bürgermeisters": the
    "Landrat"), lower-cased, or ""."""
    low = word.rstrip(_WORD_MARKS).lower()
    if not lex.capitalised_nouns:
        return ""
    for stem in (low, low.removesuffix("s"), low.removesuffix("es")):
        if stem and title_role(stem, lex):
            return stem
    return ""


def _speaks_for_person(
    cast: Cast, speaker: str, names: list[str], gender: str = "", role: str = "", passed: bool = False
) -> str | None:
    """The person the one credited as ``speaker`` speaks for in a quote (:attr:`_Found.voices`): the first person of
    ``names`` the cast knows, another, not of the other gender than ``gender`` (a pronoun's: "spoke for her"), else
    the latest person the cast gave ``role`` ("speaking for the senator" of "State Sen. Ruth Heikkinen"): the words
    are both of theirs (the judge holds a record of either as the speaker's voice), in place of a body the cast tied
    the speaker to. One who speaks in someone's name or place speaks so for the occasion, their later quotes too
    (``Person.speaks_for``: "“…,” Dlamini said for the minister"); a message ``passed`` on is one text, the quote's
    only: its reader's later words are the reader's own ("“I will stand myself,” Pask said afterwards")."""
    person = cast.find(speaker)
    if person is None or person.organisation:
        return None  # (a body the cast guessed before is the named person now: "Su portavoz, …, habló en su nombre:")
    # (a name opening on a given name first: "El consejero de Medio Rural, Alejandro Calvo," speaks of him)
    for name in sorted(names, key=lambda n: not known_first_name(n.split()[0])):
        other = cast.find(name)
        if other is not None and other is not person and not other.organisation:
            if gender and other.gender and other.gender != gender:
                continue  # ("spoke for her": not the man the sentence before names too)
            break
    else:
        held = [p for p in cast.holders(role) if p is not person and not p.organisation]
        other = held[-1] if held else None
    if other is not None and not passed:
        person.speaks_for = other.name
    return other.name if other is not None else None


def _group_opens(lex: Lexicon, word: str) -> bool:
    """Whether a word opens a group's noun phrase: a possessive or a plural article (``_group_phrase``), or one of
    ``other_words`` in lower case ("and other drivers", "y otros vecinos", "et d'autres parents", "and fellow
    drivers")."""
    low = word.lower()
    return low in lex.possessives or low in lex.plural_articles or low in lex.other_words and word[:1].islower()


def _group_phrase(lex: Lexicon, words: list[str]) -> int:
    """How many of ``words`` a plural noun phrase naming a group of people takes from their start, 0 for none: a
    possessive or a plural article (lexicon ``plural_articles``), words that are no small word ("campaign", "sieben",
    or ``other_words``: "the other four"), a noun in the plural ending them (lexicon ``plural_endings``, or one of
    ``collective_nouns``: "women", "Familie"), and its "of" part ("the women of the Chikamveka church choir", "les
    femmes de la coopérative"), up to a small word, a cue verb or a mark."""
    if not words:
        return 0
    # (a part or the whole of a place's or a body's people, after its article or not: "half the village", "die halbe
    # Schäferei Wintermoor", "la moitié du village", "medio pueblo": any noun after it names a group)
    count = 1 if _group_opens(lex, words[0]) else 0
    if len(words) > 1 and words[0].lower() in lex.articles and words[1].lower() in lex.group_parts:
        count = 1
    parted = count < len(words) and words[count].lower() in lex.group_parts
    if parted:
        count += 1
        while count < len(words) - 1 and (words[count].lower() in lex.of_links or words[count].lower() in lex.articles):
            count += 1  # ("half the", "la moitié du", "la mitad de los")
    if not count:
        return 0
    stops = (
        lex.stopwords, lex.prepositions, lex.cue_verbs, lex.together_words, lex.compound_prepositions, lex.subordinators
    )
    # (the article alone before the "of" part: "los de su peña", "las del pueblo": those of it)
    those = (
        count == 1 and len(words) > 2 and words[0].lower() in lex.plural_articles and words[1].lower() in lex.of_links
    )
    start, closed = count, False
    while not those and count < len(words) and count - start < _GROUP_WORDS and not closed:
        bare = words[count].rstrip(_WORD_MARKS)
        low = bare.lower()
        if not bare or any(low in s for s in stops) and low not in lex.other_words:
            break
        closed = bare != words[count]
        count += 1
    head = words[count - 1].rstrip(_WORD_MARKS).lower()
    if not those and (count == start or "'" in head or "’" in head) or not (
        parted
        or those
        or head in lex.collective_nouns
        or len(head) > 3 and any(head.endswith(ending) for ending, _ in lex.plural_endings)
        or words[0].lower() in lex.plural_articles and _plural_by_article(lex, head)
    ):
        return 0
    # (its "of" part, or where it is from: the link, an article maybe, then words up to a small word, a cue verb or a
    # mark: "the women of the choir", "die Imkerinnen aus Hagenow", "die Sänger des Kirchenchors")
    link = words[count].lower() if not closed and count < len(words) else ""
    if not link or link not in lex.of_links and link not in lex.origin_links and link not in lex.genitive_links:
        return count
    part = count + 1
    if link not in lex.of_links and not _from_place(lex, link, words[part : part + 2]):
        return count  # (a place, never where they stood: "aus dem Zuschauerraum", "from the back row")
    if part < len(words) and (words[part].lower() in lex.articles or words[part].lower() in lex.possessives):
        part += 1  # ("of the choir", "de su peña")
    # (a link of its own goes on with it: "sus compañeras del club de montaña"; past its first words, a name's words
    # only: "the Friends of George Square Birds", "la Asociación de Truferos del Somontano de Guara")
    size = end = 0
    while part + size < len(words):
        bare = words[part + size].rstrip(_WORD_MARKS)
        low = bare.lower()
        linked = end and (low in lex.of_links or low in lex.articles)
        # ("de Puerto Madero| aplaudieron"; "of the town's grammar school| beat their drums")
        verb = size > 0 and (_verb_after_name(lex, words, part + size) or _verb_before_own(lex, words, part + size))
        # (a capitalised word of a name is no cue verb: "the Year 5 class of Barcaldine State School")
        named = bare[:1].isupper()
        if not bare or not linked and any(low in s for s in stops if not named or s is not lex.cue_verbs) or verb:
            break
        if size >= _GROUP_WORDS and not linked and not _name_goes_on(lex, bare, words[part + size - 1]):
            break
        size += 1
        end = end if linked else size
        if bare != words[part + size - 1]:
            break
    return part + end if end else 0 if those else count


def _verb_after_name(lex: Lexicon, words: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a finite verb in lower case right after a capitalised word (lexicon
    ``finite_endings``): the group's verb after the name its "of" part ends on ("los pescadores de Puerto Madero
    aplaudieron y gritaron"), no word of the part ("the women of the Chikamveka church choir")."""
    word = words[at]
    ending = next((e for e in lex.finite_endings if word.endswith(e)), "")
    verb = bool(ending) and word.isalpha() and word.islower() and len(word) > len(ending) + 2
    return verb and words[at - 1].istitle()


def _verb_before_own(lex: Lexicon, words: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a verb in lower case whose object opens on a possessive ("the pupils of the
    town's grammar school beat their drums and sang out", "schwenkten ihre Fahnen", "agitaban sus pañuelos"): the
    group's own things, after its verb, so no word of its "of" part (a name's words are no possessive's)."""
    word = words[at]
    return at + 1 < len(words) and word.isalpha() and word.islower() and words[at + 1] in lex.possessives


def _cried(item: _Found) -> bool:
    """Whether a quote's words are a cry, ending on "!" ("Leg it, leg it!", "« De l'eau ! De l'eau ! »"): what a crowd
    shouts, chants or sings together. News prose credits its statements to a group's reader or to one person along
    with others ("McCain, along with other senators, said"; "said the Sanders supporters"), where the rules a cry
    reads (:func:`_crowd`, :func:`_group_in_full`) moved dev B's speakers (a first version: -1)."""
    return item.words.rstrip().endswith("!")


def _crowd(lex: Lexicon, text: str, who: str, at: int) -> bool:
    """Whether a cue's subject at ``at`` in ``text``, crediting a cry (the caller reads only words ending on "!"), is a
    crowd no one person of speaks for: the whole or a part of a place's people ("und der ganze Saal sang mit:", "the
    whole hall sang", "toute la salle a chanté", "cantó todo el pueblo"; lexicon ``group_parts``), a person and a
    group's members with them ("shouted the mayor, Cllr Ann Hale, along with the members of the Kesteven Bowls Club";
    ``accompanying_links``), or a group whose relative clause says which of them ("ont crié les habitants qui
    attendaient le bateau": some of them, named by no name). The cry is theirs together: no one (the sets' policy, the
    group or no one), never the person quoted before nor the one named first. A statement is not ("McCain, along with
    other senators, said" is his, "the whole caucus said" the caucus's)."""
    words = who.split()
    if len(words) > 2 and (words[0].lower() in lex.group_parts or words[1].lower() in lex.group_parts):
        return words[0].lower() in lex.articles or words[1].lower() in lex.articles
    if at < 0:
        return False
    rest = text[at + len(who) : at + len(who) + _GROUP_REACH]
    if words[0].lower() in lex.plural_articles and len(words) == 2 and words[1][:1].islower():
        return rest.split(maxsplit=1)[:1] in ([r] for r in lex.relative_pronouns)
    link = next((p for p in lex.accompanying_links if rest.lstrip(", ").lower().startswith(p + " ")), "")
    return bool(link) and _group_phrase(lex, rest.lstrip(", ")[len(link) :].split()) > 0


def _group_in_full(lex: Lexicon, text: str, who: str, at: int) -> str:
    """A cue's subject crediting a cry (see :func:`_cried`) that opens a group's noun phrase the cue's span cut short,
    read whole (:func:`_group_phrase`) from ``at`` in ``text``: "shouted the Year 6 pupils of Hollins Park Primary with
    their teacher" (the span "the Year"), "ont chanté les membres de la chorale Les Chants du Vieux Port, d'après …"
    ("les membres de la chorale"), "chanted the rowers of the St Agnes Harriers and their coach" (whose "Agnes
    Harriers" is no person); as written, up to where the sentence goes on (a companion "with their teacher" is not the
    group's), else "". Not where every noun is capitalised: "die" is as often a woman's article as a plural's ("die
    Vorsitzende des Imkervereins", "die Oberrieder Trainerin"), and no capital tells a name there."""
    if lex.capitalised_nouns:
        return ""
    words = text[at : at + len(who) + _GROUP_REACH].split()
    size = _before_object(lex, words, _group_phrase(lex, words))
    count = len(who.split())
    if size < count or size == count and not any(map(known_first_name, words[2:size])):
        return ""  # (no longer than the span, and no given name in it a person may be read from: "St Agnes Harriers")
    links = (lex.of_links, lex.origin_links, lex.genitive_links)
    noun = next((i for i in range(1, size) if any(words[i].lower() in s for s in links)), size)
    head = words[noun - 1].rstrip(_WORD_MARKS)
    if head[:1].isupper() or any(map(known_first_name, words[1:noun])):
        return ""  # (a person's name or a verb, no group's noun: "the fisherman Declan Moyes", "Die Chefin fasste")
    tail = at
    for word in words[:size]:
        tail = text.index(word, tail) + len(word)
    return text[at:tail].rstrip(_WORD_MARKS)


_PAIRED_STEM = 4  # letters two gendered plurals of one noun share at least ("vecin|as y vecin|os")
_PAIRED_ENDING = 5  # letters of either plural past their shared stem at most ("-innen"; "-as", "-os"; "-es", "-s")


def _gendered_pair(lex: Lexicon, text: str, who: str, at: int) -> str:
    """A cue's subject at ``at`` in ``text`` whose last word is a plural an "and" joins to the other gender's plural of
    the same noun (lexicon ``and_words``, a plural article maybe between), read as one group with its "of" part after
    the second: "Die Velofahrerinnen und Velofahrer auf der Tribüne riefen:" was "Velofahrerinnen", "las vecinas y
    vecinos del barrio" "vecinas", "les habitantes et habitants"; as written, else "". Two plurals are one noun's
    where they share a stem of ``_PAIRED_STEM`` letters and differ only in an ending of at most ``_PAIRED_ENDING``
    (the forms of gender of the four languages); not two names ("Hansen und Petersen"), nor a noun and another
    ("los vecinos y los comerciantes": two groups, left to the rules of lists)."""
    count = len(who.split())
    words = text[at : at + len(who) + _GROUP_REACH].split(maxsplit=count + 8)
    if len(words) < count + 2 or words[count].lower() not in lex.and_words:
        return ""
    second = count + 1 + (words[count + 1].lower() in lex.plural_articles and count + 2 < len(words))
    first, other = words[count - 1].lower(), words[second].rstrip(_WORD_MARKS).lower()
    if first[-1:] in _WORD_MARKS or not _one_nouns_genders(first, other) or words[second][:1].isupper() != (
        words[count - 1][:1].isupper()
    ):
        return ""
    # (its "of" part or its place, read after the second noun as after one: "Velofahrer auf der Tribüne| riefen")
    size = second + max(1, _group_phrase(lex, [words[0], *words[second:]]) - 1) if count > 1 else second + 1
    tail = at
    for word in words[:size]:
        tail = text.index(word, tail) + len(word)
    return text[at:tail].rstrip(_WORD_MARKS)


def _one_nouns_genders(first: str, other: str) -> bool:
    """Whether two words in lower case are the two genders' plurals of one noun (see :func:`_gendered_pair`)."""
    if first == other or not (first.isalpha() and other.isalpha()):
        return False
    stem = len(commonprefix((first, other)))
    return stem >= _PAIRED_STEM and max(len(first), len(other)) - stem <= _PAIRED_ENDING


_GENITIVE_ADJECTIVES = 2  # words in lower case between a genitive's article and its noun ("der fünften Klasse")


def _group_with_genitive(lex: Lexicon, text: str, who: str, at: int) -> str:
    """A cue's subject at ``at`` in ``text`` read whole where it is a group's noun with its genitive, in a language
    whose genitive has articles of its own (lexicon ``genitive_articles``): the span cut at the genitive ("Die
    Kinder| der fünften Klasse sangen:"), cut inside it ("die Streicher des Jugendsinfonieorchesters| Vogtland"), read
    the genitive's noun alone ("Die Schwimmgruppe des |Turnvereins|, in Bademänteln, skandierte:") or whole, which the
    cast would read as the genitive's noun; the group's noun is the speaker, never the genitive's, which only says
    whose they are. As written from the group's noun, else "". Not a person's noun ("Die Lehrerin der Kinder", "die
    Tochter des Bauern", "die Vorsitzende des Vereins": one person, by ``_genitive_group_noun``)."""
    opening = who.split(maxsplit=1)[0]
    if opening.lower() not in lex.definite or opening in lex.genitive_articles:
        # (the span opens inside the genitive, on its article or its noun: the group's article and noun before it)
        before = text[max(0, at - _GROUP_REACH) : at].split()
        link = len(before) if opening in lex.genitive_articles else _genitive_link(lex, before)
        if link < 2 or not opening[:1].isupper() and link < len(before):
            return ""
        at = text.rfind(" ".join(before[link - 2 :]), 0, at)
        if at < 0:
            return ""
    words = text[at : at + len(who) + _GROUP_REACH].split()
    if len(words) < 4 or words[0].lower() not in lex.definite or not _genitive_group_noun(lex, words[:2]):
        return ""
    size = _genitive_extent(lex, words[2:])
    if not size:
        return ""
    tail = at
    for word in words[: 2 + size]:
        tail = text.index(word, tail) + len(word)
    return text[at:tail].rstrip(_WORD_MARKS)


def _genitive_link(lex: Lexicon, before: list[str]) -> int:
    """Where the genitive's article stands in the words before its noun, perhaps before words in lower case ("der
    neuen freiwilligen| Feuerwehr"); -1 for none."""
    for link in range(len(before) - 1, max(-1, len(before) - 2 - _GENITIVE_ADJECTIVES), -1):
        if before[link] in lex.genitive_articles:
            return link
        if not before[link].islower():
            return -1
    return -1


def _genitive_extent(lex: Lexicon, words: list[str]) -> int:
    """How many of ``words`` a genitive takes from its article ("der fünften Klasse", "des Shantychors Fehmarnsche
    Seebären", "der Klasse 3b", "der Theater-AG der Grundschule Ramsloh"): up to two words in lower case, its noun,
    then the capitalised words or numbers of a name and a genitive of its own, up to a mark or a word in lower case (the
    sentence's verb); 0 for no genitive. A link of where the group is from stands for the genitive's article ("die
    Staplerfahrer vom Rundholzplatz", "die Familie aus Hamm": lexicon ``origin_links``, before a place's name,
    ``_from_place``), which the cast would read as a title before the place's name; never where they stood ("riefen
    die Erntehelfer vom Wagen")."""
    if not words:
        return 0
    if words[0] not in lex.genitive_articles and not (
        words[0] in lex.origin_links and _from_place(lex, words[0], words[1:3])
    ):
        return 0
    noun = next((i for i, w in enumerate(words[1 : 2 + _GENITIVE_ADJECTIVES], 1) if not w.islower()), 0)
    if not noun or not words[noun][:1].isupper() or not all(w.isalpha() for w in words[1:noun]):
        return 0
    size = noun + 1
    while words[size - 1][-1:] not in _WORD_MARKS and size < len(words):
        word = words[size]
        if word in lex.genitive_articles:
            more = _genitive_extent(lex, words[size:])
            return size + more if more else size
        if not (word[:1].isupper() or word[:1].isdigit()):
            break
        size += 1
    return size


def _genitive_group_noun(lex: Lexicon, phrase: list[str]) -> bool:
    """Whether an article and a noun (``phrase``) name a group of people in a language that capitalises its nouns: a
    noun for a group or a compound ending on one ("Familie", "Schwimmgruppe", "Kinder"; lexicon
    ``collective_nouns``), or a plural after the article "die" by its noun alone (``_plural_by_article``: "die
    Sänger") or by an ending no singular has ("die Schülerinnen"); not the endings a woman's noun shares ("die
    Lehrerin", "die Vorsitzende"), nor a body's own noun (``organisation_words``: "der Verein", "die Gruppe")."""
    article, noun = phrase[0].lower(), phrase[1].rstrip(_WORD_MARKS).lower()
    if noun != phrase[1].lower() or not phrase[1][:1].isupper() or noun in lex.organisation_words:
        return False  # (the cast reads a body's name whole: "Der Verein der Wolgadeutschen von Entre Ríos")
    if any(noun.endswith(group) for group in lex.collective_nouns if len(group) > 4 or noun == group):
        return True
    # (a plural ending its singular writes otherwise: "-innen" of "-in"; never "-e" or "-n", a woman's too)
    distinct = any(noun.endswith(ending) for ending, singular in lex.plural_endings if singular)
    return article in lex.plural_articles and (distinct or _plural_by_article(lex, noun))


def _plural_by_article(lex: Lexicon, noun: str) -> bool:
    """Whether a noun after a plural article is in the plural by that article alone (lexicon
    ``articled_plural_endings``: "die Sänger", "die Mitglieder"), not a person that article takes in the singular
    (``articled_singulars``: "die Tochter", "die Großmutter")."""
    return (
        len(noun) > 4
        and noun.endswith(lex.articled_plural_endings)
        and not noun.endswith(lex.articled_singulars)
    )


def _name_goes_on(lex: Lexicon, word: str, previous: str) -> bool:
    """Whether a word past a group's first words goes on with a body's or a place's name: capitalised, perhaps after an
    elided article ("Trois-Caps", "l'Isle"), or a name opening on a digit ("4-H Horse Club"); a word in lower case is
    the rest of the sentence ("les parents de l'association des Amis de l'École de Kerlouan| venus en car"), and so is a
    day or a month but after a link ("the fans of the Tarrant Valley Rugby Club| Saturday"; "de Plaza de Mayo")."""
    bare = _unelided(word)
    if not (bare[:1].isupper() or bare[:1].isdigit()):
        return False
    return bare.lower() not in lex.date_words or previous.lower() in lex.of_links


def _from_place(lex: Lexicon, link: str, after: list[str]) -> bool:
    """Whether the words after a link of where a group is from (lexicon ``origin_links``) name a place: a name with no
    article ("aus Hagenow", "from Ballycastle"), a name after its article where only names are capitalised ("from the
    Moneague park"), or where nouns are capitalised a noun of a place after an article (``origin_contractions``,
    ``origin_places``: "vom Oberdorf"); never where they stood ("aus dem Zuschauerraum", "vom Zaun", "from the back
    row")."""
    if not after:
        return False
    articled = link in lex.origin_contractions or after[0].lower() in lex.determiners
    noun = after[1] if after[0].lower() in lex.determiners and len(after) > 1 else after[0]
    if not noun[:1].isupper():
        return False
    if not articled or not lex.capitalised_nouns:
        return True
    low = noun.rstrip(_WORD_MARKS).lower()
    return any(low.endswith(place) for place in lex.origin_places)


def _name_opening(lex: Lexicon, phrase: str) -> bool:
    """Whether a phrase opens on a first name of any lexicon or a courtesy title ("Luc Vallat", "Anne-Marie,", "Ms
    Berg"): a person's name, not a title, a body or a noun (most cues: "Health and Human Services Secretary Alex
    Azar")."""
    first = phrase.split(maxsplit=1)[0].strip(",") if phrase.strip() else ""
    return known_first_name(first) or first.lower().rstrip(".") in lex.courtesy_titles


def _read_in_document(g: Grammar, window: str) -> re.Match[str] | None:
    """The owner of the document a sentence before a colon reads the quote in (``cues.read_in_document``: "In the
    Environment Agency's report, which the judge read out, it says:"), or None; searched only where the text before
    the colon closes on a cue of a document's text (lexicon ``document_text_cues``). One word names an owner only as a
    body's noun ("im Bericht des Landratsamts"; not "im Bericht der Woche")."""
    lex = g.lexicon
    closing = window.rstrip()
    if not (lex.document_text_cues and closing.endswith(":")):
        return None
    before = closing[:-1].rstrip().lower()
    # (perhaps one adverb after the cue: "steht später:", "heißt es dazu:")
    if not before.endswith(lex.document_text_cues) and not before.rpartition(" ")[0].endswith(lex.document_text_cues):
        return None
    match = read_in_document(lex.code).search(window, sentence_start(window, len(closing) - 1))
    if match is None:
        return None
    who = match.group("who")
    # (a body's noun in the genitive: "im Protokoll des Kreistags")
    body = any(_body_noun(lex, _nominative(lex, link, who.lower())) for link in ("", *lex.genitive_links))
    return match if " " in who or body or _named_person(g, who) else None


def _recent_speaker(found: list[_Found], index: int) -> str | None:
    """The speaker of the last quote when it stands in block ``index`` or the one before."""
    return found[-1].speaker if found and found[-1].spans[-1].block >= index - 1 else None


_NEW_DOCUMENT_WORDS = 3  # words after an indefinite article read for a document noun ("einem offenen Brief")


def _new_document(g: Grammar, blocks: list[Block], item: _Found, signed: bool = False, dropped: bool = False) -> bool:
    """Whether an impersonal cue's sentence brings in a document of its own with an indefinite article ("In einem
    offenen Brief, den zwölf Winzer unterschrieben haben, heißt es: „…“", "„…“, heißt es in einer Mitteilung der
    Veranstalter"; one some people signed, "In ihrem Gutachten, das alle 23 Mitglieder unterschrieben haben, heißt
    es:"), or the sentence before did and a word opening this one stands for it ("Darin hieß es:"): its words are that
    document's, not the last speaker's (whose document "hieß es in der Erklärung weiter" goes on quoting). ``signed``:
    only a document some people signed counts (a cue's subject "it" standing for the document: "A petition signed by
    212 parishioners was read out. It said:"; "The department said in a statement: … It added:" is the body's).
    ``dropped``: the cue's verb stands for a subject the language drops, which the sentence before did not open on: a
    document that sentence brings in anywhere is its subject ("Luego se leyó una carta. Decía: «…»")."""
    span = item.spans[0]
    text = blocks[span.block].text
    start = sentence_start(text, span.start)
    end = sentence_end(text, item.spans[-1].end) if item.cue_after_end >= 0 else span.start
    lex = g.lexicon
    words = [w.strip(",:;.„“«»\"") for w in text[start:end].lower().split()]
    if _brings_document(lex, words, signed):
        return True
    # (or the document of the sentence before, a word opening this one stands for: "Eine Bittschrift, die 212
    # Gemeindeglieder unterschrieben hatten, wurde verlesen. Darin hieß es: „…“")
    if not words or not dropped and words[0] not in lex.document_anaphors or start < 2:
        return False
    before = [w.strip(",:;.„“«»\"") for w in text[sentence_start(text, start - 2) : start].lower().split()]
    return _brings_document(lex, before, signed and not dropped)


def _document_read_out(g: Grammar, blocks: list[Block], item: _Found, key: str, pronoun: Pronoun | None) -> bool:
    """Whether a quote's cue subject stands for a document the sentence before brings in with an indefinite article as
    the object of a verb of reading or receiving (lexicon ``reading_verbs``, ``receiving_verbs``: "Mayor Ann Cole read
    a letter aloud. The letter read: “…”", "Keller verlas einen Brief. Er lautete: „…“", "Le maire a lu une lettre. La
    lettre disait : « … »", "El alcalde recibió una carta. La carta decía: «…»"): the words are the document's, whose
    author the article does not name, never the reader's nor the last person named. The subject is the document's noun
    after a definite article, a neuter pronoun or a document anaphor ("It read:"), or a pronoun of either gender before
    a verb whose subject is a text (lexicon ``text_verbs``: "Er lautete:"). Not a document whose author the sentence
    names ("read a statement from the neighbour, Elsa Ferraro"), nor one a cue brought in ("said in a statement").
    Asked by ``_resolve`` only for a cue's subject ``key`` (lower case) that is a pronoun (``pronoun``, its entry), a
    document anaphor or a document's noun after a definite article: most cues are a name or a description."""
    lex = g.lexicon
    if not lex.reading_verbs:
        return False
    gendered = pronoun is not None and pronoun.gender is not Gender.NEUTER and key not in lex.document_anaphors
    if gendered and (pronoun is None or pronoun.person != 3 or not lex.text_verbs):
        return False  # ("she said:", "Er sagte:" may be the reader: only a verb a text is the subject of tells it)
    span = item.spans[0]
    text = blocks[span.block].text
    start = sentence_start(text, span.start)
    if gendered and lex.text_verbs.isdisjoint(w.strip(",:;.„“«»\"") for w in text[start : span.start].lower().split()):
        return False  # ("Er lautete:" is the document's, "Er sagte:" is no text's verb)
    if start >= 2:
        before_at = sentence_start(text, start - 2)
        before = text[before_at:start]
    elif span.block > 0:
        before = blocks[span.block - 1].text
        before_at = sentence_start(before, len(before) - 1)
        before = before[before_at:]
    else:
        return False
    read = [w.strip(",:;.„“«»\"") for w in before.lower().split()]
    verb = next((i for i, w in enumerate(read) if w in lex.reading_verbs or w in lex.receiving_verbs), -1)
    if verb < 0 or not _brings_document(lex, read[verb + 1 :]):
        return False
    authored = _reading_from(lex.code)
    return authored is None or authored.search(before) is None


def _brings_document(lex: Lexicon, words: list[str], signed: bool = False) -> bool:
    """Whether a sentence's words (lower case) bring in a document of its own: an indefinite article before a document
    noun ("In einem offenen Brief"), or a document some people signed (lexicon ``signing_words``: "In ihrem
    Gutachten, das alle 23 Mitglieder unterschrieben haben, heißt es:"): its words are no one's the article named.
    ``signed``: only a signed document, or one the sentence opens on as its subject ("A letter was read out.", "Une
    lettre a ensuite été lue."; not "The department said in a statement:", the body's)."""
    if not lex.signing_words.isdisjoint(words):
        return True
    if signed:
        return bool(words) and words[0] in lex.indefinite and _document_among(lex, words[1 : 1 + _NEW_DOCUMENT_WORDS])
    return any(
        word in lex.indefinite and _document_among(lex, words[i + 1 : i + 1 + _NEW_DOCUMENT_WORDS])
        for i, word in enumerate(words)
    )


def _document_among(lex: Lexicon, words: list[str]) -> bool:
    """Whether a document noun of the lexicon is among ``words`` (lower case)."""
    return not lex.document_nouns.isdisjoint(words)


def _partial_length(words: str) -> bool:
    """Whether quoted words are few enough for a partial quote (``_PARTIAL_MAX_WORDS`` or fewer)."""
    return len(words.split(maxsplit=_PARTIAL_MAX_WORDS)) <= _PARTIAL_MAX_WORDS


def _resolve(
    g: Grammar,
    item: _Found,
    reader: _Reader,
    last_speaker: str | None,
    recent: str | None,
    paragraph: str | None = None,
    new_document: bool = False,
    blocks: list[Block] | None = None,
) -> str | None:
    """Set the quote's resolved speaker; returns the speaker a following bare quote continues. ``recent``:
    the speaker of a quote in this paragraph or the one before; ``paragraph``: the speaker of the quote before
    in this paragraph when this one opens a sentence of its own ("“A.” That is how Lindgren put it. “B.”");
    ``new_document``: an impersonal cue's sentence brings in a document of its own (``_new_document``); ``blocks``:
    the article's, to read the sentence before for a document read out (``_document_read_out``).
    The cast (and so the text read before it) is asked for only when the quote names someone."""
    if item.listed and _surname_pair(g.lexicon, item.listed.split()) and not _named_before(reader.cast, item.listed):
        # ("Ziel und Motto: „…“": two capitalised nouns an "and" joins, neither a first name nor a surname the article
        # named before, are no two people; a German noun is capitalised as a surname is)
        item.speaker = item.mention = None
        return last_speaker
    if item.listed:
        item.speaker = item.mention = item.listed  # ("Frank Newport and Jim Harter:": both, as written)
        return item.speaker if len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS else last_speaker
    if item.shaped and item.who and _unheld_description(g, reader.cast, item.who):
        item.who, item.has_cue = None, False  # ("„…“, schloss der Stadtrat", the council's or no one's: no cue at all)
    mention = item.mention = _mention(g, item.who) if item.who else None
    if item.cue_after_end >= 0 and item.who and dated_first_name(item.who.split()):
        # ("“…,” said April Ryan": a month opening a name of two words a cue after the quote gives is her first name,
        # as after a title; a date there has a number or no surname: "said April 3", "said in April")
        mention = item.mention = item.who
    if item.withheld and mention:
        # ("“…,” said the cyclist, who asked not to be named": someone unnamed spoke, whom a "he" next stands for, so
        # a quote after it is no one's named before; the clause withholding the name tells a person, whatever the noun)
        reader.cast.newcomer(mention, speaker=True, known=lambda: True)
        item.speaker = None
        return None
    if mention and mention.lower() in _dummies(g.lexicon.code) and item.dropped is None:
        # "„...“, hieß es in der Erklärung weiter": the document quoted just before, or no one named (the dummy "es"
        # names no one: no mention, as no pronoun a judge would read as a body's); a document the sentence brings in
        # ("In einem offenen Brief … heißt es:") is no one's the article names
        item.speaker, item.mention = None if new_document else recent, None
        return (
            item.speaker
            if item.speaker and len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS
            else last_speaker
        )
    cast = reader.cast if mention else None
    if cast is not None:
        item.heard = cast.heard()
    if cast is not None and mention and item.dropped is not None:
        # "Su hija, que trabaja con él, no sabe qué harán. «…», ha contado.": the subject the language drops is the
        # one the sentence before opened on (no one when it is someone the text leaves unnamed: "Un vecino del tercero");
        # so is the body whose document an impersonal cue quotes ("Der Verband bedauerte den Streik. „…“, hieß es")
        item.speaker = _group_speaks(g, cast, item, cast.resolve(_mention(g, item.dropped)))
        item.role_lead = cast.lead_read()
        item.mention = None  # (the dummy "es" of "hieß es" names no one, and the subject dropped was named before)
        cast.spoke(item.speaker)
        return (
            item.speaker
            if item.speaker and len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS
            else last_speaker
        )
    if cast is not None and mention and _shouted_body(g, mention, lambda: reader.acronyms):
        # "NHS ENGLAND:", "POLIZEI HAMBURG:": a body's label stands as written, no person's name is made of it
        item.speaker = mention
        return item.speaker if len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS else last_speaker
    mention = _unshouted(g, mention)  # ("YANN LE GOFF, patron pêcheur :" is Yann Le Goff; the mention stays as written)
    named = cast.find(mention) if cast is not None and mention and _known_surname(g, mention) else None
    if mention and _known_surname(g, mention) and named is None:
        mention = item.mention = None  # "said Tuesday" of no one named Tuesday: a day
    if mention and cast is not None:
        # ("sagte Sonntag" of Mareike Sonntag; “…,” he added: the last speaker, if a "he")
        going = cast.going_on(mention, last_speaker) if item.goes_on else None
        # ("Sie forderten „…“": a pronoun of either number, plural by its verb, is a group, no woman)
        plural = item.plural and mention.lower() in g.lexicon.verb_number_pronouns
        complement = None if going or named else _named_complement(g.lexicon.code).fullmatch(mention)
        if complement is not None and mention[: complement.start("link")].split()[-1] in g.lexicon.married_name_titles:
            complement = None  # "la señora de Arosemena": the woman named with her husband's surname (the cast's)
        head = mention[: complement.start("link")].split()[-1] if complement is not None else ""
        if head and (head in g.lexicon.document_nouns or _people_plural(g.lexicon, head)):  # (most: no complement)
            # "el informe de Bomberos Voluntarios": the body its document speaks for (Cast._issuer); "Die Hebammen des
            # Kreißsaals": a group, never what it is of
            complement = None
        if complement is not None and g.lexicon.capitalised_nouns and title_role(head.lower(), g.lexicon):
            # (a role the lexicon lists before a genitive is the cast's: "der Vorsitzende des Vereins")
            complement = None
        if complement is not None and g.lexicon.capitalised_nouns:
            # ("sagte der oberste Bergretter des Tals": the description's head is "Bergretter", the genitive what it is
            # of, no one named "Tals"; whom the article gave that noun or its stem, else the description as written)
            held = cast.genitive_holder(mention[: complement.start("link")])
            item.speaker = held or mention[complement.end("determiner") :].strip()
        elif complement is not None:
            # "a rétorqué l'élu de la Manche", "said the mayor of Kendal": the role's holder, else the description as
            # written, never the place or body it is of
            # (a person's name closing what the description is of is its holder: "dijo el ministro de Economía Carlos
            # Cuervo", "a affirmé la ministre de la Culture Rachida Datou", whatever other minister the text named)
            held = _name_closing(g.lexicon.code, cast, mention[complement.end("link") :]) or cast.resolve(
                mention[: complement.start("link")], item.addressee, plural
            )
            item.speaker = held if held and cast.find(held) else mention[complement.end("determiner") :].strip()
        else:
            # (a cue that says the speaker goes on, "“…,” she added", is no turn in an exchange)
            turn = not item.goes_on
            # (a name a cue after the quote gives is whole, no heading's words glued before it: "said Dee Ann Whitlock")
            # (and a month opening a name of two words there: "said April Ryan", read as written above)
            given = item.cue_after_end >= 0 and (cast.given_name_set_off(mention) or dated_first_name(mention.split()))
            item.speaker = going or (
                named.name if named else cast.resolve(mention, item.addressee, plural, turn, given)
            )
        item.role_lead = None if going or named else cast.lead_read()
        item.speaker = _group_speaks(g, cast, item, item.speaker)
        if _unnamed_group(g, mention):
            item.speaker = None  # "Residents of six villages say they will be “cut off”": a group no one names
        described = _described(g, item.who or "")
        if described and item.speaker and (person := cast.find(item.speaker)):
            cast.add_roles(person, described[0])  # "the harbourmaster, Ines Varga": the role is hers
            item.speaker = person.name  # ("her son, Daniel": the surname the family gives him)
            item.described = described[0], mention
        low = mention.lower()
        pronoun = g.lexicon.pronouns.get(low)
        neuter = pronoun is not None and pronoun.gender is Gender.NEUTER
        anaphor = low in g.lexicon.document_anaphors
        if new_document and (neuter or anaphor or _dropped_verb(g, mention)):
            # ("A petition signed by 212 parishioners was read out. It said: “…”", "Luego se leyó una carta. Decía:
            # «…»": the document's words, no one's the article named)
            item.speaker = None
        words = low.split()
        document = len(words) == 2 and words[0] in g.lexicon.definite and words[1] in g.lexicon.document_nouns
        # ("The court fined him. The ruling states:": the court's ruling, found by the cast, not the last speaker's)
        ruled = document and item.speaker is not None and words[1] in g.lexicon.ruling_nouns
        # ("Keller verlas einen Brief. Er lautete: „…“", "The mayor read a letter. The letter read:": the letter's)
        read_out = (
            (pronoun is not None or anaphor or document)
            and blocks is not None
            and not new_document
            and _document_read_out(g, blocks, item, low, pronoun)
        )
        if read_out:
            item.speaker = None
        if recent and not new_document and not read_out and not ruled and (document or item.speaker is None and neuter):
            # "Bujnowski wrote in the affidavit. It continued: “...”", "The statement added:": the document just
            # quoted speaks for whoever the last quote was credited to.
            item.speaker = recent
        if pronoun is not None and pronoun.person == 1 and item.words.rstrip().endswith("?"):
            item.speaker = None  # '“Do you regret the veto?” I ask.': the writer's question, put to someone (see
            # _question_put), no claim of theirs
        cast.spoke(item.speaker)
        if _dropped_verb(g, mention):
            item.mention = None  # "«...», explica.": the article names no one at the cue
    elif (
        len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS
        and item.spans[0].start == 0
        and last_speaker
        and not item.spans[0].dialogue  # (a paragraph of dialogue is the next turn: someone else's)
    ):
        item.speaker = last_speaker  # a paragraph that is only a quote continues the last speaker
    elif paragraph and (item.spans[0].dialogue or not _partial_length(item.words)):
        item.speaker = paragraph  # a paragraph's quotes with no cue of their own are its speaker's (a turn's too)
    if len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) <= _PARTIAL_MAX_WORDS:
        return last_speaker
    if item.speaker is None and mention and _someone_unnamed(g.lexicon, mention):
        # ("“…,” glisse un viticulteur qui préfère rester anonyme." then "« … » ont trinqué X et …": the one who spoke
        # last is no one the article names, so a quote no cue credits after it is not the one named before him)
        return None
    return item.speaker or last_speaker


def _unheld_description(g: Grammar, cast: Cast, who: str) -> bool:
    """Whether ``who`` is a definite description by a noun that names a body and its members alike (lexicon
    ``member_bodies``: "der Stadtrat", the council or a councillor) and no person the cast holds is it."""
    words = who.lower().split()
    if len(words) != 2 or words[0] not in g.lexicon.definite or words[1] not in g.lexicon.member_bodies:
        return False  # (most tags: a name, a pronoun, a person's role)
    held = cast.resolve(_mention(g, who))
    return held is None or cast.find(held) is None


def _someone_unnamed(lex: Lexicon, mention: str) -> bool:
    """Whether a mention is someone the article leaves unnamed: an indefinite article and a noun ("a resident", "un
    viticulteur", "ein Mitglied", "una madre") or an indefinite pronoun ("someone", "quelqu'un")."""
    words = mention.lower().split()
    return len(words) > 1 and words[0] in lex.indefinite or mention.lower() in lex.indefinite_people


def _name_closing(code: str, cast: Cast, words: str) -> str | None:
    """The person a full name closing ``words`` names, when words of their own open them (capitalised words a
    description is of, then its holder's name: "Economía Carlos Cuervo", "Culture Rachida Datou", "Renfe Ana Ruiz");
    None when the words are one name ("la portavoz de Ana Ruiz" is Ana Ruiz's spokeswoman) or close on none. A place of
    one word read as the name's first is no part of it when the word after it is a known first name and it is none
    ("el alcalde de Vigo Abel Caballero", "the mayor of Kendal Ann Cole": the mayor is Abel Caballero)."""
    name = candidate_name(words, code) if words.count(" ") > 1 else ""
    if name == words and not known_first_name(first := words.split(maxsplit=1)[0]):
        rest = words[len(first) + 1 :]
        name = rest if known_first_name(rest.split(maxsplit=1)[0]) and rest.count(" ") else name
    if len(name.split()) < 2 or name == words or not words.endswith(name):
        return None
    return cast.resolve(name)


@per_language
def _chorus(code: str) -> re.Pattern[str]:
    """A phrase of the lexicon's ``chorus_phrases`` as a word of its own ("said together", not "said together with")."""
    phrases = LEXICONS[code].chorus_phrases
    alternation = "|".join(re.escape(p).replace("'", "['’]") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{alternation})(?!\w)(?!\s+(?:with|mit|avec|con)\b)" if phrases else NEVER)


_CHORUS_REACH = 120  # characters on each side of a quote its cue's chorus phrase is looked for in ("sagen Uwe und
# Gabi Reinhold aus Chemnitz wie aus einem Mund")


@lru_cache(maxsize=8)
def _chorus_keys(code: str) -> tuple[str, ...]:
    """The longest word of each of the lexicon's ``chorus_phrases`` that is no cue verb nor function word, once each,
    as running text writes it ("together", "unison", "Mund"): a quote with none of them near names no chorus, and is
    spared the phrases' search."""
    lex = LEXICONS[code]
    keys: set[str] = set()
    for phrase in lex.chorus_phrases:
        words = [w for w in re.split(r"[\s']", phrase) if w not in lex.cue_verbs]
        key = max([w for w in words if w not in FUNCTION_WORDS] or words or phrase.split(), key=len)
        keys.update((key, key.capitalize()) if lex.capitalised_nouns else (key,))  # ("sagen beide", "aus einem Mund")
    return tuple(sorted(keys))


def _chorus_before(g: Grammar, text: str, start: int) -> bool:
    """Whether a phrase of chorus stands in the sentence before quoted words at ``start`` (lexicon ``chorus_phrases``,
    the words a colon leads into: "riefen die Fans im Chor: «Schefi, Schefi, Schefi!»", "a lancé en chœur : « … »"):
    the group's speech, though the words are a name repeated."""
    return _chorus(g.lexicon.code).search(text, sentence_start(text, start), start) is not None


def _in_chorus(g: Grammar, blocks: list[Block], item: _Found) -> bool:
    """Whether the quote's sentence, outside its marks, credits the words to several people at once (lexicon
    ``chorus_phrases``: "Lim Bee Hoon and Lim Bee Lian said together:", "„…“, sagen Uwe und Gabi Reinhold wie aus
    einem Mund", "ont lancé d'une seule voix les deux animateurs", "respondieron al unísono"): the group speaks, no
    one of them (the sets' policy: the group or no one). Only the words of a cue are read (``item.who`` set)."""
    if not g.lexicon.chorus_phrases or item.who is None:
        return False
    first, last = item.spans[0], item.spans[-1]
    text = blocks[last.block].text
    # (the window first, as plain words, the sentence only when a phrase stands in it: most quotes have none near)
    lo = first.start - _CHORUS_REACH if first.block == last.block and first.start > _CHORUS_REACH else 0
    hi = last.end + _CHORUS_REACH
    if not any(map(text[lo:hi].__contains__, _chorus_keys(g.lexicon.code))):
        return False
    chorus = _chorus(g.lexicon.code)
    lo = sentence_start(text, first.start) if first.block == last.block else 0
    hi = sentence_end(text, last.end)
    before = text[lo : first.start] if first.block == last.block else ""
    return chorus.search(before) is not None or chorus.search(text, last.end, hi) is not None


def _unshouted(g: Grammar, mention: str | None) -> str | None:
    """A mention of two words and more set in capitals (a verbatim row's label: "YANN LE GOFF", "UNE HABITANTE DE
    PLÉNEUF") in the case running text gives it: a name capitalised, a description opening on a determiner in lower
    case."""
    words = (mention or "").split()
    if not _shouted(words):
        return mention
    if words[0].lower() in g.lexicon.determiners:
        return " ".join(words).lower()
    return " ".join(w.title() for w in words)


def _shouted(words: list[str]) -> bool:
    """Whether a mention's words are two and more, all set in capitals."""
    # (a word in capitals told first, in C; only another one is read for a letter, by ``map`` in C, no generator's)
    return len(words) >= 2 and all(w.isupper() or not any(map(str.isalpha, w)) for w in words)


def _shouted_body(g: Grammar, mention: str, acronyms: Callable[[], frozenset[str]]) -> bool:
    """Whether a mention in capitals names a body: it holds an acronym (a word with no vowel, or one the article
    writes as an acronym elsewhere: "CDU KIEL" where "die CDU hat" stands) or a word for a body ("NHS ENGLAND",
    "POLIZEI HAMBURG", "MAIRIE DE PLÉNEUF"). The article's acronyms are read only for a mention in capitals: asked
    for at every call, they cost a scan of every article's body (8% of the extraction on plain text)."""
    words = mention.split()
    return _shouted(words) and any(
        _acronym(w) or w.lower() in g.lexicon.organisation_words or w in acronyms() for w in words
    )


# A word in capitals that running text writes as an acronym: in brackets ("(PSOE)"), joined by a hyphen to a word in
# lower case ("CDU-Fraktion"), or between two words in lower case ("die CDU hat", "le PS a"); never a shouted label's
# name ("YANN LE GOFF, patron"), whose neighbours are capitals
_WRITTEN_ACRONYM = re.compile(
    rf"\((?P<bracketed>[{CAPITALS}]{{2,6}})\)"
    rf"|(?<![\w-])(?P<joined>[{CAPITALS}]{{2,6}})-(?=[^\W\d_]{{0,30}}[{SMALLS}])"
    rf"|(?<=[{SMALLS},] )(?P<between>[{CAPITALS}]{{2,6}}) (?=[{SMALLS}])"
)


def written_acronyms(texts: Iterable[str]) -> frozenset[str]:
    """The words in capitals the texts write as acronyms (see ``_WRITTEN_ACRONYM``)."""
    return frozenset(m.group(m.lastgroup or 0) for text in texts for m in _WRITTEN_ACRONYM.finditer(text))


_VOWELS = frozenset("aeiouyàáâäãåæèéêëìíîïòóôöõøœùúûü")


def _acronym(word: str) -> bool:
    """Whether a word in capitals has no vowel, so is no name but an acronym's letters ("NHS", "SPD", "CGT")."""
    letters = [c for c in word.lower() if c.isalpha()]
    return len(letters) >= 2 and _VOWELS.isdisjoint(letters)


# A cue set off by dashes inside the quote marks: «No vamos a cerrar —explicó Robledo—, pero ...».
_INCISO = re.compile(r"[—–]\s{0,3}([^—–\n]{1,80}?)\s{0,3}[—–](?:\s{0,3}[,;:])?\s{0,3}")


def _inciso(g: Grammar, quoted: str) -> tuple[str, str, int] | None:
    """The speaker of a cue between dashes inside a quote, and the quote's words without it; or of an
    inverted cue between commas (« Les impôts, a assuré l'adjointe, Sophie Marchal, n'augmenteront pas »). When the
    cue ends the quote's sentence, the words are the sentence's and the last is where the next starts in ``quoted``
    (else 0)."""
    return _dashed_cue(g, quoted) or _comma_cue(g, quoted)


# The end of an inverted cue's sentence inside the marks, a new sentence of the quote after it ("..., raconte
# l'autrice. Je voulais ..."): a full stop after a lower-case word (not "M." of "M. Dupont"), then a capital.
# (the stop first, then the look-behind: a look-behind first was tried at every place of the quote)
_INCISE_STOP = re.compile(rf"\.(?<=[^\W\d_{CAPITALS}]{{2}}\.)\s{{1,3}}(?=[^\W\d_{SMALLS}])")


def _comma_cue(g: Grammar, quoted: str) -> tuple[str, str, int] | None:
    for comma_start, comma_end in _commas(quoted):
        cue = quoted[comma_end : comma_end + _WINDOW // 2]  # (the patterns are anchored at its start)
        if not g.opens_on_verb(cue):
            continue  # (every inserted cue opens on its verb: most commas of a quote open a clause of its words)
        stop = _INCISE_STOP.search(cue)
        for pattern in g.inserted:  # "a assuré l'adjointe aux finances, Sophie Marchal", "poursuit-il", "añadió"
            match = pattern.match(cue)
            if match is not None and stop is not None and match.end() > stop.start():
                match = pattern.match(cue, 0, stop.start())  # never past the cue's sentence: "raconte l'autrice. Je"
            if match is None or not _plausible(g, match.group("who")) or _first_person_or_group(g, match.group("who")):
                continue
            if not _role_fits(g, pattern, match):
                continue
            end = _past_role(g, cue, _past_age(g, cue, match.end()))
            rest = _COMMA.match(quoted, comma_end + end) or _past_manner(g, quoted, comma_end + end)
            if rest is not None and _clause_follows(g, quoted[:comma_start], quoted[rest.end() :]):
                return match.group("who"), quoted[:comma_start], rest.end()  # two clauses: two claims
            if rest is not None:
                return match.group("who"), quoted[:comma_start] + " " + quoted[rest.end() :], 0
            if stop and end == stop.start():  # the cue ends the quote's sentence; the next goes on
                return match.group("who"), quoted[:comma_start], comma_end + stop.end()
    return None


# How or when the speaker spoke, after an inverted cue inside the marks: words up to the comma the quote goes on
# after (« Cette année, dit-il en soulevant un torchon, la truffe … »), read by ``_adjunct``. Bounded: 120 characters
# with no stop, no colon and no quote mark.
_MANNER = re.compile(r"\s{1,3}(?P<words>[^,.;:!?«»“”\n]{1,120}?)\s{0,3},\s{0,3}")


def _past_manner(g: Grammar, quoted: str, end: int) -> re.Match[str] | None:
    """The words telling how or when it was said after an inverted cue, and the comma closing them, or None."""
    manner = _MANNER.match(quoted, end)
    return manner if manner is not None and _adjunct(g, manner.group("words").split()) else None


def _past_age(g: Grammar, cue: str, end: int) -> int:
    """Where a cue ending at ``end`` ends: past the age set after its speaker's name ("soupire son président, Jean-Paul
    Morvan, 71 ans, mais ..."), else at ``end``."""
    age = g.apposed_age.match(cue, end)
    return age.end() if age else end


# A role set after the speaker's name in an inverted cue inside the marks, up to the comma the quote goes on after
# ("a expliqué Karim Benslimane, chef de chantier pour l'entreprise Voies Normandes, mais …"). Bounded: 100 characters
# with no stop, no colon and no quote mark.
_APPOSED_ROLE = re.compile(r"\s{0,3},\s{0,3}(?P<words>[^,.;:!?«»“”\n]{1,100}?)(?=\s{0,3},)")


def _past_role(g: Grammar, cue: str, end: int) -> int:
    """Where a cue ending at ``end`` ends: past a role set after its speaker's name that opens on the role's noun (a
    determiner first may open the quote's own words: « Nous, a dit Marc, les habitants, … »), else at ``end``."""
    role = _APPOSED_ROLE.match(cue, end)
    if role is None or not _role_word(g.lexicon, _unelided(role.group("words").split(maxsplit=1)[0].lower())):
        return end
    return role.end() if _is_role(g, role.group("words")) else end


def _first_person_or_group(g: Grammar, who: str) -> bool:
    """Whether a cue's subject inside the marks is the speaker's own voice or a group the speaker reports ("“The cod,
    they said, would come back”", "“Then, I said, we go”"): a pronoun of the first or second person, or a plural."""
    pronoun = g.lexicon.pronouns.get(who.lower())
    return pronoun is not None and (pronoun.person != 3 or pronoun.number is not Number.SINGULAR)


def _dashed_cue(g: Grammar, quoted: str) -> tuple[str, str, int] | None:
    if "—" not in quoted and "–" not in quoted:
        return None  # (the dashes _INCISO opens on, found in C: most quotes hold none, and the call is spared)
    for dashed in _INCISO.finditer(quoted):
        cue = dashed.group(1)
        for pattern in (*g.inserted, g.speaker_verb):  # "explicó la presidenta de ..., Rosa Quintana", "—añadió—"
            match = pattern.match(cue)
            if "role" in pattern.groupindex and match and not _is_role(g, match.group("role")):
                continue
            if match is None or _first_person_or_group(g, match.group("who")):
                continue
            if _cue_fills(g, cue, match.end()) and _plausible(g, match.group("who")):
                before = quoted[: dashed.start()].rstrip()
                if _clause_follows(g, before, quoted[dashed.end() :]):
                    return match.group("who"), before, dashed.end()  # two clauses: two claims
                return match.group("who"), before + ", " + quoted[dashed.end() :], 0
    return None


def _clause_follows(g: Grammar, before: str, after: str) -> bool:
    """Whether the words after a cue inside the marks open a clause of their own on a conjunction, after a part that is
    no partial quote ("« Le premier lot était imbuvable, a-t-il reconnu, mais le deuxième … »"): two claims, as "“A,”
    he said, “but B.”" are (« Les travaux, a-t-elle lancé, commenceront » stays one)."""
    first = after.split(maxsplit=1)[:1]
    return (
        bool(first)
        and first[0].lower() in g.lexicon.clause_conjunctions
        and len(before.split()) > _PARTIAL_MAX_WORDS
    )


def _cut_at_cue(blocks: list[Block], span: _Span, quoted: str, who: str, first: str, resumes: int) -> _Found:
    """The first sentence of a quote whose cue inside the marks ends it, the next as its ``rest`` ("« Le prix a baissé
    de 200 euros, assure-t-elle. Avec la sécheresse d'août, … »"): two claims by the same speaker, each checked on its
    own, as "“A,” she said. “B.”" are."""
    text = blocks[span.block].text
    base = text.find(quoted, span.start)
    if base < 0:
        return _Found([span], f"{first}. {quoted[resumes:]}", who, has_cue=True)
    item = _Found([_Span(span.block, span.start, base + len(first), closed=False)], first, who, has_cue=True, split=True)
    item.rest = _Found([_Span(span.block, base + resumes, span.end)], quoted[resumes:], who, has_cue=True, split=True)
    return item


_ADJUNCT_MAX_WORDS = 6  # when or how, after a cue: "tras recoger el premio", "en soulevant un torchon"


def _adjunct(g: Grammar, words: list[str]) -> bool:
    """Whether words after a cue inside the marks tell when or how it was said, the narrator's words, not the quote's:
    a few, opening on a preposition or a gerund ("—explicó Lozano tras recoger el premio—", "dit-il en soulevant un
    torchon,")."""
    lead = words[0].lower() if words else ""
    return 0 < len(words) <= _ADJUNCT_MAX_WORDS and (lead in g.lexicon.prepositions or _gerund(g.lexicon, lead))


def _cue_fills(g: Grammar, cue: str, end: int) -> bool:
    """Whether a cue between dashes ending at ``end`` fills them, perhaps with when or how it was said after it
    («Hicimos la película con 3.000 euros —explicó Lozano tras recoger el premio—, y …»)."""
    rest = cue[end:].strip(" ,").split()
    return not rest or _adjunct(g, rest)


def _attribute(g: Grammar, blocks: list[Block], chain: list[_Span], floor: int, cue_text: str | None = None) -> _Found:
    """The quote of ``chain`` with its cue; ``cue_text``: the first part's paragraph as the cue is looked for in,
    short terms' marks blanked ("Lindgren, who calls herself a “harbour person”, said: “...”")."""
    first, last = chain[0], chain[-1]
    quoted = " ".join(_quote_text(blocks[s.block].text, s) for s in chain)
    inciso = _inciso(g, quoted)
    if inciso is not None:
        who, words, resumes = inciso
        if resumes and len(chain) == 1:
            return _cut_at_cue(blocks, first, quoted, who, words, resumes)
        return _Found(chain, f"{words}. {quoted[resumes:]}" if resumes else words, who, has_cue=True)
    last_text = blocks[last.block].text
    standalone = _new_sentence_follows(last_text, last)
    text = cue_text or blocks[first.block].text
    # (the term itself is no quote of the cue it stands in)
    long = len(quoted.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS
    unmarked = cue_text if cue_text and long else last_text
    # (a quote inside a relative clause leaves the cue after the clause to the name the clause is about: "Cole,
    # who called the plan “a folly,” said the ferry ...")
    relative = _in_relative(g, blocks[first.block].text, first.start)
    # A quote that ends its sentence belongs to the cue before it (Rutte remarked, “... participate.”
    # He acknowledged ...); otherwise the cue after it comes first (“...,” he said): then the cue before it is
    # looked for only when none follows or an indefinite phrase does (the searches have no side effects).
    # (a name in apposition to the noun before it is the subject or object of the verb after it, no quote that verb
    # credits: "el conjunto «Gaiteros de Santa Lucía» celebró el jueves sus treinta años")
    skipped = relative is not None or standalone or _apposed_name(g, text, chain, quoted)
    after = None if skipped else _speaker_after_term(g, last_text, unmarked, last, standalone)
    if after is None and (bracketed := _bracketed_credit(g, last_text, last.end)) is not None:
        return _Found(chain, quoted, bracketed, has_cue=True)  # "« On a vu venir le coup. » (Yannick Sarrade, …)"
    # (a term in marks is no quote a tag's shape credits: "« Mirabelle », portait la grande cloche")
    shaped = after is None and not skipped and long and not last.dialogue
    if shaped:
        after = _shaped_tag(g, blocks, last)  # "„…“, schob Kanitz hinterher.": a tag by its shape, whatever its verb
    if after is not None and not _indefinite(g, after) and not _owned_document(g, after):
        found = _found_after(g, last_text, chain, quoted, after)
        found.shaped = shaped
        body = blocks[first.block].place is Place.BODY  # (not a headline's topic: "Marchands de sommeil : « … »")
        if body and (lead := _lead_in_name(g, text, first.start, floor, found.who)) is not None:
            found.who = f"{found.who}, {lead}"  # the description's name, as "said the mayor, Ann Cole" gives it
        return found
    if after is None and not skipped and (unnamed := _unnamed_one_after(g, last_text, last.end, long)) is not None:
        # "„…“, fand eine Kellnerin vom Marktplatz, die ihren Namen lieber für sich behält": someone unnamed speaks,
        # as after "sagte eine Kellnerin", never the body or the person quoted before, whatever verb credits them
        return _Found(chain, quoted, unnamed, last.end, has_cue=True)
    if after is None and (phrased := _phrasing_clause(g, blocks, first, text)) is not None:
        return _Found(chain, quoted, phrased, has_cue=True)  # "…, wie es der Staatsanwalt formulierte, „…“"
    if after is None and first.dialogue and text[_lead_end(text, first.start) - 1 : first.start][:1] in _TURN_ENDS:
        # (a reply with no cue: the line before is no cue of it, nor the narrator's sentence before it in the
        # paragraph, "… —respondió Y. —Eso dijeron.": the turns tell)
        return _Found(chain, quoted, None)
    prior = blocks[first.block - 1].text if first.block else ""
    if (author := _read_from(g, text, first.start) or _read_for(g, text, first.start, prior)) is not None:
        return _Found(chain, quoted, author, has_cue=True)  # "leyó la declaración de la vecina Elsa Ferraro: «…»"
    before = (
        blocks[first.block].place in _SINGLE_QUOTED and _headline_role(g, text, first.start)
    ) or _speaker_before(g, text, first.start, floor)
    if relative is not None:  # (its subject is the name before it, whatever a search before the verb found)
        before = _relative_speaker(g, blocks[first.block].text, relative, first.start, quoted) or before
    if before is not None and _member_of(g, before.string[: before.start("who")]):
        # "Ein Mitglied des Fördervereins, das nicht namentlich genannt werden wollte, sagte:": someone unnamed of the
        # body speaks, no one the text names
        return _Found(chain, quoted, None, has_cue=True)
    if before is not None and standalone:
        return _Found(chain, quoted, before.group("who"), has_cue=True, plural=_plural_pronoun(g, before))
    if relative is None and standalone:
        after = _speaker_after_term(g, last_text, unmarked, last, standalone)
        if after is not None and after.group("who").split(maxsplit=1)[0].lower() in g.lexicon.negations:
            # "„…“ Nicht der Bürgermeister sagte das, sondern die Schülerin Lena Janssen.": whom the next sentence
            # denies said it is no speaker (its contrast names one: see ``_denied_credit``)
            after = None
    if after is not None and before is not None and (_indefinite(g, after) or _owned_document(g, after)):
        # "Kestel told viewers the exchange held “…”, a figure analysts said they could not check": an indefinite
        # phrase after the quote is apposed to it; the cue before credits it; so it does before "selon son
        # communiqué", "according to its statement" (where the words were put out, by whom the cue names)
        return _Found(chain, quoted, before.group("who"), has_cue=True, plural=_plural_pronoun(g, before))
    if after is not None:
        return _found_after(g, last_text, chain, quoted, after)
    if before is not None:
        return _Found(chain, quoted, before.group("who"), has_cue=True, plural=_plural_pronoun(g, before))
    credit = None if standalone else _according_closing(g, last_text, last.end)
    if credit is not None:
        return _Found(chain, quoted, credit.group("who"), has_cue=True)
    colon = first.start and blocks[first.block].text.rfind(":", max(0, first.start - _COLON_MARKS), first.start) >= 0
    if colon and _read_out_before(g, blocks[first.block].text, first.start):
        return _Found(chain, quoted, None)  # "The inquiry's lawyer read it out: “…”": the message's words, not hers
    if len(chain) == 1 and (uttered := _uttered_with(g, text, quoted, first.start, last.end)) is not None:
        return _Found(chain, quoted, uttered.group("who"), has_cue=True)  # "Con un «¡Viva!», Urquiza cerró el acto"
    inside = _speaker_in_sentence(g, last_text, first.start if first.block == last.block else 0, last.end, standalone)
    if inside is not None and first.block == last.block and _chanted_before(g, text, first.start, last.end, inside):
        inside = None  # "parents … chanted “Keep it open!” until the chair called a recess": the chair said nothing
    labelled = blocks[first.block].quote_block and _label_opens(g, blocks[first.block].text, first.start)
    if inside is None and (first.start == 0 or labelled):
        inside = _cue_ending_previous(g, blocks, first.block)
    if inside is None and first.start:
        inside = _cue_sentence_before(g, blocks[first.block].text, first.start)
        inside = inside or _reported_before(g, blocks[first.block].text, first.start)
    # (a headline's first words are its topic, no one speaking)
    quoting = first.start and last.block == first.block and blocks[first.block].place is Place.BODY
    if inside is None and quoting and len(_WORD.findall(quoted)) > _PARTIAL_MAX_WORDS:
        # (words, not dashes: "auf dem Beteiligungsportal „Stuttgart - meine Stadt“" quotes three)
        inside = _words_of_subject(g, blocks[first.block].text, first.start, last.end)
    plural = inside is not None and _plural_pronoun(g, inside)
    return _Found(chain, quoted, inside.group("who") if inside else None, has_cue=inside is not None, plural=plural)


_UNNAMED_AFTER_WORDS = 8  # words after a quote's verb read for an indefinite description and its relative clause


def _unnamed_one_after(g: Grammar, text: str, end: int, grouped: bool) -> str | None:
    """The indefinite description of someone unnamed who speaks, when a quote ending at ``end`` is followed, after a
    comma, by a verb in lower case (one no cue list holds: "fand", "trouvait"; or a verb group, "a philosophé") and an
    indefinite description of a person whose name the relative clause after it withholds (lexicon
    ``withheld_name_phrases``: "„…“, fand eine Kellnerin vom Marktplatz, die ihren Namen lieber für sich behält",
    "« … », trouvait une serveuse qui a préféré garder l'anonymat"), or by that description before its verb ("“…,” a
    deckhand who asked not to be named let on"), these two only when ``grouped`` (a quote of more words than a term's:
    never "“Blackman's Corner”, a patron who did not give his name said:"); else None. Only right after the closing mark
    and its comma, where a verb and its inverted subject credit the words ("Die Polizei fand im Keller einen Brief:
    „…“" is no cue); not a description whose clause withholds nothing ("fand eine Kellnerin, die seit Jahren dort
    arbeitet": left to the rules after)."""
    comma = text.startswith(",", end) or text[end - 2 : end - 1] == ","
    if not comma:
        return None  # (most quotes: a cue, a stop or running text after them)
    lex = g.lexicon
    reach = _UNNAMED_AFTER_WORDS + _TAG_VERB_WORDS
    words = text[end : end + _WINDOW].lstrip(", ").split(maxsplit=reach)[:reach]
    if len(words) < 3 or not (words[0].isalpha() and words[0].islower()):
        return None
    if words[0] in lex.clause_conjunctions or words[0] in lex.prepositions:
        return None  # ("„…“, und eine Kellnerin, die …": the sentence goes on)
    # (the verb may come in a group, "a philosophé un éleveur", "se apuró a decir una vecina" (``_tag_verb_group``), or
    # after the speaker: "“…,” a deckhand who asked not to be named let on")
    reached = range(min(_TAG_VERB_WORDS + 1, len(words)))
    indefinite = next((at for at in reached if words[at].lower() in lex.indefinite), -1)
    if indefinite < 0 or indefinite != 1 and not (grouped and _tag_verb_group(lex, words[:indefinite])):
        return None
    for at in range(indefinite + 1, min(len(words), indefinite + _UNNAMED_AFTER_WORDS)):
        low = words[at].lower()
        # (an article that opens a relative clause only after a comma: "eine Kellnerin, die"; "who", "que" without)
        if _relative_word(lex, low) and (words[at - 1].endswith(",") or low not in lex.relative_articles):
            clause = text.find(words[at], end)
            withheld = clause >= 0 and withholds_name(lex, text, clause, sentence_end(text, clause))
            return " ".join(words[indefinite:at]).rstrip(",") if withheld else None
        if words[at][-1:] in ".;:!?":
            return None
    return None


_TAG_WORDS = 8  # words of a tag after a quote, to its sentence's end or a comma ("hat sich der Fahrer ausgerechnet")
_TAG_VERB_WORDS = 4  # words of a tag's verb group before its speaker ("se apuró a decir", "a tenu à préciser")
_TAG_CLOSING_WORDS = 3  # words a tag's verb group may take after its speaker ("threw in", "had let on")
_TAG_END = " .!?…"  # what a tag's sentence ends on after its last word
_TAG_MARK_REACH = 4  # characters before a closing mark read for the quote's comma ("…, »", "…?”")
_TAG_NAMED_BLOCKS = 40  # paragraphs before a tag read for the whole name its one-word name ends


def _shaped_tag(g: Grammar, blocks: list[Block], span: _Span) -> re.Match[str] | None:
    """The speaker of a speech tag after the quote ``span`` read by its shape, whatever its verb (the lexicons list the
    verbs they know; every new article brings others): the quote's sentence goes on after a comma inside or just
    outside its marks (or its "?", "!"), and a short clause closes it, a verb group and a reference to a person in
    either order (lexicon ``tag_verb_first``, ``tag_subject_first``): "„…“, schob Kanitz hinterher.", "„…“, hat sich
    der Fahrer ausgerechnet.", "«…», se apuró a decir Querevalú.", "« … », a glosé Bonnefoi.", "“…,” the old
    waterman let on." The verb group is one or two words of meaning and the lexicon's ``tag_verb_helpers``
    (auxiliaries, reflexives, an infinitive's link), a particle (``tag_particles``) or a participle may close it; the
    reference is a pronoun of a person, a definite or possessive description, a name of several words, or one word
    that ends a name the text gave before ("Kanitz" after "Lutz Kanitz": never "Berlin" of "“…,” Berlin won."). Not
    a clause with an object ("Smith wrote the report"), a subordinate clause ("porque Marta no vino"), nor anyone
    indefinite (``_unnamed_one_after`` reads someone unnamed)."""
    text = blocks[span.block].text
    end = span.end
    lex = g.lexicon
    inside = text[max(0, end - _TAG_MARK_REACH) : end - 1].rstrip()[-1:]
    if not (text.startswith(",", end) or inside in (",", "?", "!")):
        return None  # (most quotes: a stop, a cue or running text after them)
    window = text[end : sentence_end(text, end)]
    head = window.split(",", 2)[1 if window.lstrip().startswith(",") else 0]
    words = head.rstrip(_TAG_END).split()
    if not words or len(words) > _TAG_WORDS or window.lstrip(", ")[:1] in _OPENING_MARKS:
        return None
    lead = len(window) - len(window.lstrip(", "))
    found = _verb_first_tag(g, blocks, span, window, lead, words) if lex.tag_verb_first else None
    if found is None and lex.tag_subject_first and inside in (",", "?", "!"):
        # (a speaker-first tag only after the quote's own comma, inside its marks: “…,” the old waterman let on; a
        # comma outside them sets off an apposition to a name, “Fetu o le Taeao”, the morning star.)
        found = _subject_first_tag(g, blocks, span, window, lead)
    return found


def _verb_first_tag(
    g: Grammar, blocks: list[Block], span: _Span, window: str, lead: int, words: list[str]
) -> re.Match[str] | None:
    """A tag of ``_shaped_tag`` that opens on its verb group, the speaker after it ("pflichtete Janssen bei")."""
    lex = g.lexicon
    if "-" in words[0]:
        return _inverted_tag(g, window, lead, words)
    at = lead
    for count in range(1, min(_TAG_VERB_WORDS, len(words) - 1) + 1):
        group = words[:count]
        # (another language's function word is a verb of this one before a fixed complement: "a mis| en garde")
        if not _tag_verb_group(lex, group) and not (
            _fixed_complement(lex, words[count : count + _COMPLEMENT_WORDS], lower=True)
            and _tag_verb_group(lex, group, foreign=True)
        ):
            return None  # (a longer group holds the same word)
        at = window.index(group[-1], at) + len(group[-1])
        if group[-1] in lex.prepositions:
            continue  # (a link opens its infinitive, never the speaker: "se apuró a decir X"; "felicitó a Urquiza")
        start = at + len(window[at:]) - len(window[at:].lstrip())
        found = g.tag_speaker.match(window, start)
        opens = found is None or _tag_reference_opens(lex, found.group("who"))
        if opens and (reading := _tag_speaker_reading(g, blocks, span, window, start, group, found)) is not None:
            return reading
        rest = window[start:].split(maxsplit=_COMPLEMENT_WORDS)
        if (length := _fixed_complement(lex, rest[:_COMPLEMENT_WORDS], lower=True)) and (found is None or not opens):
            # (the verb's fixed complement stands before the speaker: "a mis en garde| la capitaine", "puso sobre la
            # mesa| Goikoetxea"; a name is no complement: "felicitó a Urquiza")
            after = window.index(rest[length - 1], start) + len(rest[length - 1]) + 1
            found = g.tag_speaker.match(window, after)
            if (reading := _tag_speaker_reading(g, blocks, span, window, after, group, found)) is not None:
                return reading
    return None


def _tag_speaker_reading(
    g: Grammar,
    blocks: list[Block],
    span: _Span,
    window: str,
    start: int,
    group: list[str],
    found: re.Match[str] | None,
) -> re.Match[str] | None:
    """``found``'s reading of a verb-first tag's speaker, or a shorter one, that the tag's last words close and that
    refers to a person."""
    while found is not None:
        closing = _tag_rest(window, found.end()).split()
        if _tag_closes(g.lexicon, group, closing) and _tag_person(g, blocks, span, found.group("who")):
            return found
        # (a description reads on over the word that closes the tag: "der Fahrer| ausgerechnet")
        found = _shorter_reading(g.tag_speaker, window, start, found)
    return None


_COMPLEMENT_WORDS = 3  # words of a tag verb's fixed complement: a preposition, an article, a noun ("in die Waagschale")


def _fixed_complement(lex: Lexicon, words: list[str], *, lower: bool = False) -> int:
    """How many of ``words`` open on a tag verb's fixed complement, or 0: a preposition of the lexicon's
    ``tag_complement_links``, perhaps an article, and one noun ("in Aussicht", "in die Waagschale", "zu Protokoll", "en
    garde", "sobre la mesa", "on record"); the noun in lower case where ``lower`` (before the speaker, where a
    capitalised word is the speaker's name: "felicitó a Urquiza")."""
    if not words or words[0] not in lex.tag_complement_links:
        return 0
    length = 2 if len(words) > 2 and words[1].lower() in lex.articles else 1
    if len(words) <= length:
        return 0
    noun = words[length].rstrip(_TAG_END)
    low = noun.lower()
    if not noun.isalpha() or lower and not noun.islower():
        return 0
    if low in lex.stopwords or low in FUNCTION_WORDS or low in lex.prepositions or low in lex.pronouns:
        return 0
    return length + 1


def _inverted_tag(g: Grammar, window: str, lead: int, words: list[str]) -> re.Match[str] | None:
    """A tag of ``_shaped_tag`` whose subject pronoun is joined to its verb or auxiliary by a hyphen, a participle
    closing it after an auxiliary: "« … », glose-t-elle.", "« … », a-t-il relancé." (not an impersonal "on", nor
    "n'est-ce pas")."""
    lex = g.lexicon
    verb, _, pronoun = words[0].rpartition("-")
    verb = verb.removesuffix("-t")
    helper = verb in lex.tag_verb_helpers
    if pronoun not in lex.subject_pronouns or pronoun in lex.impersonal_subjects or not _tag_verb_group(lex, [verb]):
        return None
    if len(words) != (2 if helper else 1) or helper and not _tag_verb_group(lex, words[1:]):
        return None
    return g.tag_speaker.match(window, lead + len(words[0]) - len(pronoun))


def _subject_first_tag(g: Grammar, blocks: list[Block], span: _Span, window: str, lead: int) -> re.Match[str] | None:
    """A tag of ``_shaped_tag`` that opens on its speaker, the verb group after it ("Adey threw in"); the speaker read
    shortest first, as a description reads on over the verb ("the old waterman| let on", not "the old waterman let|
    on")."""
    lex = g.lexicon
    readings: list[re.Match[str]] = []
    found = g.tag_subject.match(window, lead)
    # (the tag closes the sentence, with no apposition after it: "“Lou Ravi”, le simple d'esprit de la crèche" is none)
    while found is not None and "," not in window[found.end() :] and len(readings) <= _TAG_CLOSING_WORDS:
        readings.append(found)
        found = _shorter_reading(g.tag_subject, window, lead, found)
    for found in reversed(readings):
        closing = _untailed(lex, _tag_rest(window, found.end()).split())
        helpers = list(takewhile(lambda w: w in lex.tag_verb_helpers, closing))
        verb, particles = closing[len(helpers) : len(helpers) + 1], closing[len(helpers) + 1 :]
        # (a fixed complement may close the verb group after its particles: "Lindgren put on record")
        particles = _uncomplemented(lex, particles)
        if (
            verb
            and len(closing) <= _TAG_CLOSING_WORDS
            and _tag_verb_group(lex, [*helpers, *verb])
            and not verb[0].endswith(tuple(lex.gerund_endings))
            and all(p in lex.tag_particles for p in particles)
            and found.group("who").rsplit(maxsplit=1)[-1].lower() not in lex.stopwords
            and _tag_person(g, blocks, span, found.group("who"))
        ):
            return found
    return None


def _uncomplemented(lex: Lexicon, particles: list[str]) -> list[str]:
    """A subject-first tag's particles without the fixed complement that may close them ("put| on record")."""
    for at in range(len(particles)):
        if _fixed_complement(lex, particles[at:]) == len(particles) - at:
            return particles[:at]
    return particles


def _untailed(lex: Lexicon, closing: list[str]) -> list[str]:
    """A subject-first tag's words after its speaker without the adverbs of time that close it ("“…,” Reyes tacked on
    later.", "“…,” the ferryman let on afterwards"): the verb group is what comes before them."""
    while len(closing) > 1 and closing[-1] in lex.subject_tails:
        closing = closing[:-1]
    return closing


def _shorter_reading(pattern: re.Pattern[str], window: str, start: int, found: re.Match[str]) -> re.Match[str] | None:
    """``pattern``'s reading of a tag from ``start`` whose reference stops a word before ``found``'s, or None when
    ``found``'s reference is one word."""
    last = found.group("who").rsplit(maxsplit=1)
    return pattern.match(window, start, found.end("who") - len(last[1]) - 1) if len(last) > 1 else None


def _tag_reference_opens(lex: Lexicon, who: str) -> bool:
    """Whether a tag's reference opens as one does: on a capital, a determiner or a pronoun, never on a verb in lower
    case that a role and a name were read after ("sich Ansbach", "decir Urquiza")."""
    first = who.split(maxsplit=1)[0]
    low = _unelided(first.lower())
    return not first.islower() or low != first or low in lex.determiners or low in lex.pronouns


def _tag_rest(window: str, at: int) -> str:
    """The words of a tag after its speaker, up to an apposition's comma or the sentence's end."""
    return window[at:].split(",", 1)[0].rstrip(_TAG_END)


def _tag_verb_group(lex: Lexicon, group: list[str], *, foreign: bool = False) -> bool:
    """Whether words are a tag's verb group: in lower case, one or two of meaning (the verb, an infinitive), the others
    the lexicon's ``tag_verb_helpers``; no function word ("porque", "und", "dans"), but where ``foreign`` one of
    another language's (the French "mis" of "a mis en garde", a Spanish possessive)."""
    meaning = 0
    for word in group:
        if not word.islower() or not word.replace("'", "").replace("’", "").replace("-", "").isalpha():
            return False
        if word in lex.tag_verb_helpers:
            continue
        low = _unelided(word)  # ("s'est" of "s'est amusé": its auxiliary)
        if low in lex.tag_verb_helpers:
            continue
        if low in lex.stopwords or low in lex.prepositions or low in lex.subordinators:
            return False
        if low in FUNCTION_WORDS and not foreign:
            return False
        meaning += 1
    return meaning <= 2


def _tag_closes(lex: Lexicon, group: list[str], closing: list[str]) -> bool:
    """Whether the words after a verb-first tag's speaker close it: none after a verb, or one particle ("schob Kanitz
    hinterher"), or, after an auxiliary in a verb-second language, its participle ("hat sich der Fahrer
    ausgerechnet"); never none after a listed separable cue's verb ("fügte sie" without "hinzu")."""
    verb = any(_unelided(w) not in lex.tag_verb_helpers and w not in lex.tag_verb_helpers for w in group)
    if not closing:
        # ("„…“, fügte sie.": a listed separable verb with no particle at all is short of its own)
        return verb and not any(particles_of(lex, word) for word in group)
    if verb and _fixed_complement(lex, closing) == len(closing):
        return True  # ("stellte die Sprecherin in Aussicht", "warf Prantl in die Waagschale": the verb's complement)
    if len(closing) > 1 or not closing[0].isalpha() or not closing[0].islower():
        return False
    word = closing[0]
    if word in lex.tag_particles:
        return True
    return not verb and lex.verb_second and word not in lex.stopwords and word not in FUNCTION_WORDS


def _tag_person(g: Grammar, blocks: list[Block], span: _Span, who: str) -> bool:
    """Whether a tag's reference is to a person: a pronoun of a person, a definite or possessive description of no
    thing, place or time, a name of several words, or one word ending a name of several words the text gave before."""
    lex = g.lexicon
    words = who.split()
    first = _unelided(words[0].lower())
    if len(words) == 1 and (pronoun := lex.pronouns.get(first)) is not None:
        personal = pronoun.gender is not Gender.NEUTER and first not in lex.impersonal_subjects
        return personal and first in lex.subject_pronouns
    if first in lex.indefinite or not _plausible(g, who):
        return False
    elided = first != words[0].lower() and words[0][:2].lower() in lex.determiners  # ("l'ancien projectionniste")
    if first in lex.definite or first in lex.possessives or elided:
        noun = words[-1].lower()
        return noun not in lex.thing_nouns and noun not in lex.place_words and noun not in lex.date_words
    if len(words) > 1:
        return is_person_name(who)
    # (a nickname in marks may stand before it: "Ramón «Cacho» Aquino")
    named = re.compile(rf"[{CAPITALS}][\w’'\-]*[.»”\"]?\s+{re.escape(who)}(?![\w’'\-])")
    before = blocks[span.block].text[: span.start]
    return named.search(before) is not None or any(
        named.search(b.text) for b in blocks[max(0, span.block - _TAG_NAMED_BLOCKS) : span.block]
    )


_MEMBER_WORDS = 6  # words before a body's name of an unnamed member's description ("Eine Frau aus dem Vorstand des")


def _member_of(g: Grammar, head: str) -> bool:
    """Whether the words of a sentence before the speaker a cue found are an indefinite description of a person whom
    the speaker's name is what they are of or from ("Ein Mitglied des| Fördervereins", "Eine Frau aus dem|
    Kirchenvorstand", "A member of the| Friends' Association", "Un membre de l'|Association", "Una vecina de la|
    Junta"): the unnamed person speaks, not the body; not a body's spokesperson ("Ein Sprecher des Vereins", a voice
    of the body)."""
    words = head.split()
    lex = g.lexicon
    if not 2 < len(words) <= _MEMBER_WORDS or words[0].lower() not in lex.indefinite or "," in head:
        # (most cues: no indefinite word opening the sentence; a name set off after the description is hers: "Una
        # compradora de Valencia, Lucía Esteve, dijo:")
        return False
    noun = words[1].lower()
    if noun in lex.voice_roles or lex.role_forms.get(noun) in lex.voice_roles:
        return False
    link = words[2].lower()
    if link not in lex.prepositions and link not in lex.complement_words:
        return False
    return all(w.lower() in lex.determiners or w.lower() in lex.articles or w[:1].isupper() for w in words[3:])


def _plural_pronoun(g: Grammar, cue: re.Match[str]) -> bool:
    """Whether the speaker a cue found is a pronoun of either number whose verb, next to it, is in the plural ("Sie
    forderten „…“", "Dann sagten sie:", "Sie zählen die „…“": lexicon ``verb_number_pronouns``): a group speaks."""
    lex = g.lexicon
    if cue.group("who").lower() not in lex.verb_number_pronouns:
        return False
    window = cue.string
    after = _WORD.search(window, cue.end("who"), cue.end("who") + _VERB_REACH)
    before = window[max(0, cue.start("who") - _VERB_REACH) : cue.start("who")].split()[-1:]
    words = [*before, after.group() if after is not None and not window[cue.end("who") : after.start()].strip() else ""]
    # (an article after the pronoun opens its verb's object, no verb: "Dann zeigte sie den Gästen die Pläne:")
    return any(
        word.islower()
        and word.endswith(lex.plural_verb_endings)
        and word not in lex.plural_verb_lookalikes
        and word not in lex.articles
        and word not in lex.object_articles
        for word in words
    )


_LABEL_MAX = 100  # the longest label opening a block quotation (who, when: "Warnung des …, 27. November, 14 Uhr:")


def _label_opens(g: Grammar, text: str, start: int) -> bool:
    """Whether all of a block quotation's ``text`` before the quote at ``start`` is a label and its colon, with no verb
    of saying ("> **Warnung des Wetterdienstes, 27. November, 14 Uhr:** „…“"): the quote is the one a cue ending the
    paragraph before introduces."""
    label = text[:start].rstrip()
    return label.endswith(":") and len(label) <= _LABEL_MAX and g.any_verb.search(label) is None


def _speaker_after_quote(g: Grammar, text: str, span: _Span, standalone: bool) -> re.Match[str] | None:
    """The speaker a cue after the quote ``span`` of ``text`` names."""
    # (a narrator's cue ends at its closing dash: "—dijo la alcaldesa, Marta Giménez—. La vamos a ...")
    closing = _NARRATOR_CLOSE.search(text, span.end) if span.dialogue else None
    return _speaker_after(g, text[: closing.start()] if closing else text, span.end, standalone)


def _speaker_after_term(
    g: Grammar, text: str, unmarked: str, span: _Span, standalone: bool
) -> re.Match[str] | None:
    """The speaker a cue after the quote ``span`` names, read over a term between the name and its verb when none is
    found before the term (``unmarked``: ``text`` with short terms' marks blanked): "“...,” Jon Marsh, the author of
    “Tides and Power,” said" (but "„...“, sagte der Arzt Hilary Jones gegenüber „BBC“": the term after the name is its
    object, no part of it)."""
    found = None
    # ("«…», dijo, sin levantar la vista, el portavoz": the incise between the verb and its subject read as not there;
    # the pattern tried in place first, most quotes being followed by none)
    if _INCISE.match(text, span.end, span.end + _WINDOW) is not None:
        after = text[span.end : span.end + _WINDOW]
        if (bare := _without_incise(g, after)) is not after:
            found = _speaker_after_quote(g, bare, replace(span, start=0, end=0), standalone)
    if found is None:
        found = _speaker_after_quote(g, text, span, standalone)
    if found is None:
        # "“…,” Mark Ellery senior said": read without the generation word, which the speaker gets back after the
        # name (``_with_age_word``: the places are the same). Only the window a cue after the quote is read in is
        # blanked, never the whole text again for each quote (a paragraph of thousands of quotes was quadratic).
        after = text[span.end : span.end + _WINDOW]
        if (bare := _without_generations(g.lexicon, after)) is not after:
            found = _speaker_after_quote(g, bare, replace(span, start=0, end=0), standalone)
    if found is None:
        # "“…,” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told
        # CBS News": an apposition no comma closes, read without it (asked only when no cue was found)
        after = text[span.end : span.end + _WINDOW]
        if (bare := _without_open_apposition(g, after)) is not after:
            found = _speaker_after_quote(g, bare, replace(span, start=0, end=0), standalone)
    if found is not None or unmarked is text:
        return found
    found = _speaker_after_quote(g, unmarked, span, standalone)
    if found is None:
        return None
    start, end, verb = span.end + found.start("who"), span.end + found.end("who"), span.end + found.end()
    # (the term between them: not one after the cue, "“B.” Dale said both plans were “a fantasy”": a sentence of its own)
    return found if text[start:end] == unmarked[start:end] and text[end:verb] != unmarked[end:verb] else None


def _indefinite(g: Grammar, cue: re.Match[str]) -> bool:
    """Whether the speaker a cue names opens on an indefinite article ("a figure analysts said")."""
    first = cue.group("who").split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in g.lexicon.indefinite


def _owned_document(g: Grammar, cue: re.Match[str]) -> bool:
    """Whether the speaker a cue names is a possessive and a document noun ("son communiqué", "its statement", "su
    comunicado"): the document of whoever the sentence is about."""
    words = cue.group("who").lower().split()
    lex = g.lexicon
    return len(words) == 2 and words[0] in lex.possessives and words[1] in lex.document_nouns


def _lead_in_name(g: Grammar, text: str, start: int, floor: int, who: str | None) -> str | None:
    """The name that opens the lead-in closed by a colon right before a quote at ``start``, when the cue after the quote
    credits a definite description of a role ("Cruz defends his outsider bona fides in a commercial: “…,” the senator
    says", "Cole a défendu son bilan : « … », a déclaré la maire"): the description is that person's, not the last
    one the text gave the role; None otherwise (a name or a pronoun after the quote, no colon, no name before it)."""
    lex = g.lexicon
    words = (who or "").split()
    if len(words) < 2 or words[0].lower() not in lex.definite or not _role_word(lex, words[-1].lower()):
        return None
    if text.rfind(":", max(0, start - _COLON_MARKS), start) < 0:
        return None
    before = _speaker_before(g, text, start, floor)
    name = before.group("who") if before is not None else ""
    first = name.split(maxsplit=1)[0] if name else ""
    if not first[:1].isupper() or first.lower() in lex.determiners or first.lower() in lex.pronouns:
        return None
    return name if _plausible(g, name) and not _role_word(lex, name.split()[-1].lower()) else None


def _found_after(g: Grammar, text: str, chain: list[_Span], quoted: str, after: re.Match[str]) -> _Found:
    """The quote of ``chain`` credited by the cue after its last part, in ``text``; the cue runs over an age set after
    the name ("—advirtió el presidente, Antonio Ruiz Cabello, de 62 años—. Eso se acabó.": the words after it go on)."""
    last = chain[-1]
    who = after.group("who")
    cut = _sentence_in(who)
    end = _past_age(g, text, last.end + after.end()) if cut == len(who) else last.end + after.start("who") + cut
    role = after.groupdict().get("role")  # ("said her son, Daniel": the role stays with the name, for the cast)
    if role:
        role = _with_article(g, text, role, last.end + after.start("role"))
    who = _with_age_word(g, text, who, last.end + after.end("who")) if cut == len(who) else who[:cut]
    who = _with_body_tail(g, text, who, last.end + after.end("who")) if cut == len(who) else who
    who = _with_name_tail(g, text, who, last.end + after.end("who")) if cut == len(who) else who
    if cut == len(who) and text.startswith(",", last.end + after.end("who")) and (
        (given := _name_given_after(g, text, last.end + after.end("who"))) is not None
        or (given := _one_of_named(g, text, who, last.end + after.end("who"))) is not None
    ):
        # ("said a seamstress, who gave her name only as Marcia": Marcia, as "her son, Daniel"; "résume l'une d'elles,
        # Aïssata Sow": Aïssata Sow)
        who = f"{who}, {given}"
    going = g.lexicon.going_on_verbs
    goes_on = not going.isdisjoint(map(str.strip, text[last.end : last.end + after.end()].split(), repeat(",.;:")))
    return _Found(
        chain, quoted, f"{role}, {who}" if role else who, end, True, goes_on=goes_on,
        addressee=_cue_addressee(g, text, last.end + after.end()),
        plural=_plural_verb_first(g.lexicon, text, last.end),
        withheld=not role and _withheld_description(g, text, who, last.end + after.end("who")),
    )


def _withheld_description(g: Grammar, text: str, who: str, end: int) -> bool:
    """Whether the speaker a cue after the quote names, ending at ``end``, is a definite or possessive description
    whose name the clause set off after it withholds (lexicon ``withheld_name_phrases``: "said the cyclist, who asked
    not to be named", "sagte der Radfahrer, der seinen Namen nicht nennen will", "a dit le cycliste, qui a requis
    l'anonymat", "dijo el ciclista, que pidió no ser identificado"): someone unnamed, as an indefinite one is (not
    "said the cyclist, who asked for a bridge"; nor a name, which opens on no determiner)."""
    if not text.startswith(", ", end):
        return False  # (most cues: no clause set off after the speaker)
    lex = g.lexicon
    words = who.split()
    if len(words) < 2 or words[0].lower() not in lex.definite and words[0].lower() not in lex.possessives:
        return False
    relative = text[end + 2 : end + 2 + _RELATIVE_CHARS].split(maxsplit=1)[:1]
    if not relative or not _relative_word(lex, relative[0].lower()):
        return False
    return withholds_name(lex, text, end, sentence_end(text, end + 2))


def _with_article(g: Grammar, text: str, role: str, start: int) -> str:
    """A role a cue names before a name, starting at ``start``, with the definite article right before it that the
    cue's grammar read as an object pronoun ("dijo la alcaldesa, Rocío Villaseñor": Spanish "la" is both), so that
    the mention is as written, "la alcaldesa", as "the mayor" and "la maire adjointe" are."""
    before = text[max(0, start - _ROLE_ARTICLE_REACH) : start].split()[-1:]
    return f"{before[0]} {role}" if before and before[0].lower() in g.lexicon.definite else role


_ROLE_ARTICLE_REACH = 6  # the characters before a role read for its article ("la ", "los ")


def _plural_verb_first(lex: Lexicon, text: str, end: int) -> bool:
    """Whether the cue after quoted words ending at ``end`` opens on its verb in the third person plural ("«…»,
    gritaron desde el gallinero", "„…“, riefen die Reiter", "« … » criaient les supporters"): its subject is a group."""
    verb = _WORD.search(text, end, end + _VERB_REACH)
    word = verb.group().lower() if verb is not None else ""
    return bool(lex.plural_verb_endings) and word.endswith(lex.plural_verb_endings) and word in lex.cue_verbs


def _cue_addressee(g: Grammar, text: str, verb: int) -> str | None:
    """The name a telling or asking verb ending at ``verb`` addresses ("told Rubio", "asked Clinton")."""
    if text[verb : verb + 1] != " ":
        return None
    said = text[max(0, verb - _VERB_REACH) : verb].rsplit(None, 1)[-1:]
    if not said or said[0].lower() not in g.lexicon.telling_verbs | g.lexicon.asking_verbs:
        return None
    name = _CAPITAL_RUN.match(text, verb + 1)
    return name.group() if name is not None else None


@per_language
def _body_tail(code: str) -> re.Pattern[str]:
    """What a body's name goes on with after its noun in a language that writes it in lower case: a complement word and
    a noun in lower case, then a complement word and a place's capitalised name ("des érablières de Bellechasse", "des
    fêtes de Saint-Aubin-des-Prés", "de vecinos de Triana"). Anchored at the noun's end, bounded: linear."""
    links = phrases(tuple(LEXICONS[code].complement_words))
    return re.compile(
        rf" (?:{links}) ?[^\W\d_{CAPITALS}][\w’'-]{{2,30}} (?:{links}) ?[{CAPITALS}][\w’'-]{{1,40}}"
        rf"(?: [{CAPITALS}][\w’'-]{{1,40}})?"
    )


def _with_body_tail(g: Grammar, text: str, who: str, end: int) -> str:
    """A cue's speaker ending on an organisation's noun ("le Regroupement", "un porte-parole du comité") with the words
    after it that name the body in full, in a language that does not capitalise them ("le Regroupement des érablières
    de Bellechasse", "du comité des fêtes de Saint-Aubin-des-Prés"): the body the words name, not any "comité"; in a
    language that writes compounds as one word, one ending in a compound cut at its hyphen, with the rest of it."""
    lex = g.lexicon
    if lex.compound_titles:
        # ("sagte der Haus- und Grundbesitzerverein": a compound cut at its hyphen goes on past its "and")
        return who + text[end : cut_compound_end(text, end)]
    if lex.capitalised_nouns or who.rsplit(maxsplit=1)[-1].lower() not in lex.organisation_words:
        return who
    tail = _body_tail(lex.code).match(text, end)
    return who + tail.group() if tail is not None else who


def _with_name_tail(g: Grammar, text: str, who: str, end: int) -> str:
    """A cue's speaker that is a definite description ending on what its role is of, with the full name written right
    after it with no comma ("a dit la capitaine du port Léa Roux", "dijo la capitana del puerto Lea Ruiz", "said the
    captain of the port Lea Ross"; "sagte die Kapitänin des Hafens Lea Roth", whose genitive the cue's grammar leaves
    out before a capitalised word, as "von" before a place: "sagte der Bürgermeister von Kiel Ulf Kämpfer"): the
    description and the name set off after it, as the cast reads one person (the name's first word a given name a
    lexicon knows: "de la ville Saint-Malo", "des Imkervereins Emmendingen" name a place or a body)."""
    lex = g.lexicon
    if text[end : end + 1] != " " or not who[-1:].isalpha():
        return who
    words = who.lower().split()
    if words[0] not in lex.definite:
        return who
    tail = ""
    if lex.genitive_links:
        genitive = _GENITIVE_AFTER.match(text, end)
        # (or the place after "von": "sagte der Bürgermeister von Kiel Ulf Kämpfer")
        if len(words) != 2 or genitive is None or genitive.group(1) not in lex.complement_words:
            return who
        tail, end = genitive.group(), genitive.end()
    elif len(words) < 3 or words[-1] != who[-len(words[-1]) :]:
        return who  # (its last word in lower case, what the role is of: "du port", "of the port")
    elif not any(w in lex.complement_words for w in words[2:-1]):
        return who
    name = _CAPITAL_RUN.match(text, end + 1)
    if name is None or " " not in name.group() or not known_first_name(name.group().split()[0]):
        return who
    return f"{who}{tail}, {name.group()}"  # (as the cast reads a name set off after its description)


# A genitive's article, perhaps an adjective, and its capitalised noun before another capitalised word ("des
# (städtischen) Tierheims" of "die Leiterin des Tierheims Lea Roth"): anchored at the description's end, linear.
_GENITIVE_AFTER = re.compile(
    rf" ([a-z]{{2,4}}) (?:[^\W\d_{CAPITALS}][\w’'-]{{1,30}} )?"
    rf"[{CAPITALS}][\w’'-]{{1,40}}(?= [{CAPITALS}])"
)


def _with_age_word(g: Grammar, text: str, who: str, end: int) -> str:
    """A cue's speaker ending at ``end`` with the words after it that tell namesakes apart by age, when there are: an
    age word after a name ("said Pike senior", "a dit Dupont fils"), a family's name after a description ending on an
    age word ("dijo el menor de los García"); the mention then says which of them spoke (the cue is read only after its
    quote is credited, so the surname alone finds whichever was named last)."""
    lex = g.lexicon
    words, following = who.split(), text[end : end + _SENIORITY_REACH].split()[:_AGE_FOLLOWING]
    if not words or not following or not text[end : end + 1].isspace():
        return who
    ages = lex.elder_words | lex.younger_words
    word = following[0].rstrip(",;:")
    if words[-1][:1].isupper() and (word.lower() in ages or word.lower().rstrip(".") in ages):
        return f"{who} {word if word.lower() in ages else word.rstrip('.')}"  # ("Sr." keeps its full stop)
    if not age_before(lex, words):
        return who
    for taken, after in enumerate(following):  # ("de los García": function words, then the family's name)
        name = after.rstrip(",;:.!?")
        if name[:1].isupper():
            named = [*words, *following[:taken], name]
            return " ".join(named) if age_before(lex, named[:-1]) else who
        if after.lower() not in FUNCTION_WORDS:
            break
    return who


def _headline_role(g: Grammar, text: str, start: int) -> re.Match[str] | None:
    """A headline's role without its article right before the cue verb that opens the quote: "Vaultbridge freezes
    withdrawals as founder insists “…”" (the founder speaks, not the company that opens the headline)."""
    words = text[sentence_start(text, start) : start].split()
    if len(words) < 3 or words[-1].lower().strip(":,") not in g.lexicon.cue_verbs:
        return None
    role = words[-2]
    if not role.isalpha() or not role.islower() or not _role_word(g.lexicon, role) or not words[-3].islower():
        return None  # (after a capitalised word the role is part of the subject: "Council leader vows “…”")
    at = text.rindex(role, 0, text.rindex(words[-1], 0, start))
    return _span_pattern(len(role)).match(text, at)


_NAMED_AFTER_ROLE = re.compile(rf"[^,.;:!?“”„\"«»]{{0,80}},\s{{1,3}}(?P<who>{NAME_RUN})(?=,)")  # "…, Michel Vandamme,"


_UTTERING_OPENER_MAX = 20  # the most characters of an opener before the quote ("con un último", "with one last")
_UTTERED_MIN_WORDS = 3  # the fewest words of an utterance with no "!" or "?" ("With a “See you next year”, …")


def _uttered_with(g: Grammar, text: str, quoted: str, start: int, end: int) -> re.Match[str] | None:
    """The subject of a sentence that opens on a quote as the object of its first words (lexicon ``uttering_openers``:
    "Con un «¡Que viva el muelle!», Urquiza cerró el acto", "With a “Long live the quay!”, Hale closed the meeting",
    "Sur un « Vive le port ! », Roux a clos la séance", "Mit einem „Glück auf!“ beendete Kämpfer die Sitzung"): the
    quote, ``quoted``, between ``start`` and ``end`` of ``text``, is the subject's words. None for a word of a vote or
    a name ("Con un «sí» rotundo, el pleno aprobó …", "With a “Harbour First” plan, the council …")."""
    lex = g.lexicon
    head = text[max(0, start - _UTTERING_OPENER_MAX) : start].rstrip().lower().replace("’", "'")
    if not lex.uttering_openers or not head.endswith(lex.uttering_openers):
        return None  # (most quotes: no opener right before them)
    if text[sentence_start(text, start) : start].strip().lower().replace("’", "'") not in lex.uttering_openers:
        return None  # (the opener opens the sentence: not "She left with a “…”")
    words = quoted.split()
    if not quoted.rstrip().endswith(("!", "?")) and (len(words) < _UTTERED_MIN_WORDS or _title_case_words(g, quoted)):
        return None
    after = end + 1 if text[end : end + 1] == "," else end  # (its subject after a comma, or after a verb put second)
    if lex.verb_second and text[after : after + 1] == " " and (verb := _LOWER_WORD.match(text, after + 1)):
        after = verb.end() - 1  # "Mit einem „Glück auf!“ beendete| Kämpfer die Sitzung"
    elif text[after : after + 1] != " " or after == end:
        return None  # ("With a “Yes” vote, …": the quote modifies a noun after it)
    match = g.opening.match(text, after)
    if match is None or not _plausible(g, match.group("who")) or not _named_or_role(g, match.group("who")):
        return None
    return match


def _words_of_subject(g: Grammar, text: str, start: int, end: int) -> re.Match[str] | None:
    """The person a sentence with no cue verb before its quote is about, for the words it quotes in its course: "She
    dedicated the win to “my first coach, who died in May”" (a pronoun or a name opening the sentence, then its verb in
    lower case); a cue verb after the quote that credited no one is another clause's ("Sáenz atribuyó el cobro a «…» y
    pidió disculpas")."""
    lo = sentence_start(text, start)
    if lo == start or g.any_verb.search(text, lo, start) or _cued_after(g, text, end):
        return None
    if _reported_mood(g, text, lo, start):
        return None  # "Mehr sei auf dem Weltmarkt «…»": the mood reports the last speaker, not its subject
    match = g.opening.match(text, lo, start)
    if match is None or not _plausible(g, match.group("who")):
        return None
    if not _named_or_role(g, match.group("who")):
        # (a body's noun in lower case opening the sentence, its unit set off after its name: "La coopérative des
        # pêcheurs de Batroun, branche du vieux port, voit dans la fermeture « … »")
        return _unit_subject(g, text, match.start("who"), start) if g.lexicon.lower_body_parts else None
    words = match.group("who").split()
    lex = g.lexicon
    if words[0].lower() in lex.prepositions and words[0].lower() not in lex.viewpoint_words:
        return None  # "Zum Schluss stimmten die Frauen das Lied an: „…“": a time, no subject (as in _colon_subject)
    described = not lex.capitalised_nouns and words[-1][:1].isupper()  # "La prévisionniste Anne Guillou"
    apposed_name = _NAMED_AFTER_ROLE.match(text, match.end(), start) if words[0].lower() in lex.determiners else None
    if apposed_name is not None and _plausible(g, apposed_name.group("who")):
        # "Le président de l'Association des sociétés de Gilles, Michel Vandamme, parle d'« … »": the name set off
        # by commas after the description is the subject
        match, words, described = apposed_name, apposed_name.group("who").split(), True
    elif words[0].lower() in lex.determiners and (not described or any(w.lower() in lex.prepositions for w in words)):
        return None  # "The council approved the “...”", "The business model behind CNET is …": a thing as often
    after = match.end() + int(apposed_name is not None and match is apposed_name)  # (past the comma closing the name)
    named = len(words) > 1 and described  # (a name of two words at least: "Yes, it is true, our …" is no subject)
    if named and (apposed := _SUBJECT_APPOSITIVE.match(text, after, start)) is not None:
        after = apposed.end() - 1  # "La prévisionniste Anne Guillou, de Météo Atlantique, parle d'un été « … »"
    verb = _LOWER_WORD.match(text, after + 1) if text[after : after + 1] == " " else None
    if verb is not None and verb.group().strip().lower() in g.lexicon.clause_conjunctions:
        return None  # "Bernard Lacaze, 74 ans, et son épouse Martine ont terminé …": a second subject, no verb
    if verb is not None and _dropped_opening(g, match.group("who"), verb.group()):
        return None  # "Empezó con un recuerdo: «…»": the verb opens the sentence, its subject dropped
    if verb is not None and not _CLAUSE_STOP.search(text, after, start - 1):
        return match
    return _unit_subject(g, text, match.start("who"), start)


def _unit_subject(g: Grammar, text: str, lo: int, start: int) -> re.Match[str] | None:
    """The body whose unit, set off by commas after its name opening the sentence, is the subject of a verb in lower
    case before quoted words at ``start`` (:func:`_unit_of_body`: "The Vanuatu Chamber of Commerce and Industry, Santo
    branch, likened the detour to “…”", "La coopérative des pêcheurs de Batroun, branche du vieux port, voit dans la
    fermeture « … »"): the body speaks; None when no unit of a body named before it stands there."""
    first = text.find(", ", lo, start)
    second = text.find(", ", first + 2, start) if first >= 0 else -1
    if second < 0 or _LOWER_WORD.match(text, second + 2) is None:
        return None
    unit = _span_pattern(second - first - 2).match(text, first + 2)
    return _unit_of_body(g, unit) if unit is not None else None


_WORD = re.compile(r"\w+")


def _cued_after(g: Grammar, text: str, end: int) -> bool:
    """Whether a cue verb follows a quote in its sentence other than one a conjunction joins to the sentence's verb
    ("Er wolle „…“ sorgen, antwortete der Politiker" is cued; "Sáenz atribuyó el cobro a «…» y pidió disculpas" is
    not)."""
    for verb in g.any_verb.finditer(text, end, sentence_end(text, end)):
        joined = text[max(end, verb.start() - 12) : verb.start()].split()[-1:]
        if not (joined and joined[0].lower() in g.lexicon.clause_conjunctions):
            return True
    return False


@per_language
def _according_comma(code: str) -> re.Pattern[str]:
    """A comma and a phrase that credits words without a verb: ", according to", ", selon", ", laut"."""
    according = phrases(LEXICONS[code].according_to)
    return re.compile(rf",\s{{1,3}}(?i:{according})\s" if according else NEVER)


def _according_closing(g: Grammar, text: str, end: int) -> re.Match[str] | None:
    """The credit that closes the quote's sentence: 'The centre will see "up to 150 patients a day" and will open at
    8am, according to the board's chief executive, Dr Priya Mehta.' (nothing but the credit after it)."""
    hi = sentence_end(text, end)
    for comma in _according_comma(g.lexicon.code).finditer(text, end, hi):
        clause = text[comma.start() : hi]
        for pattern in g.after:
            match = pattern.match(clause)
            if match is None or "verb" in pattern.groupindex or not _plausible(g, match.group("who")):
                continue
            if not _role_fits(g, pattern, match):
                continue
            if re.fullmatch(r"[\s.!?]*", clause[match.end() :]):
                return _span_pattern(len(match.group("who"))).match(text, comma.start() + match.start("who"))
    return None


def _word_follows(text: str, end: int) -> bool:
    """Whether a word follows the closing mark ending at ``end`` after one to three spaces: no comma, no sentence end
    (by str methods: a regex call per quote costs thousands of instructions)."""
    after = text[end : end + 4]
    word = after.lstrip()
    return 0 < len(after) - len(word) <= 3 and word[:1].isalpha()


def _apposed_name(g: Grammar, text: str, chain: list[_Span], quoted: str) -> bool:
    """Whether quoted words shaped like a title stand right after a noun phrase whose name they are, its sentence going
    on after the marks with no comma ("el conjunto «Gaiteros de Santa Lucía» celebró", "the choir “Harbour Lights”
    sang", "der Chor „Frohsinn“ feierte"): speech a cue after it credits is set off by a comma ("“...,” she said"). Not
    after a saying noun ("die Warnung „Bleiben Sie zu Hause“ wiederholte der Bürgermeister": words someone said).
    Set off by commas after a thing's noun phrase they are its name too (:func:`_set_off_name`)."""
    span = chain[0]
    if len(chain) > 1:
        return False
    if not _word_follows(text, span.end):
        return _set_off_name(g, text, span, quoted)
    # (the comma inside the marks: "The poll shows “Most voters want change,” the author said"; a few characters read)
    tail = text[span.end - 6 if span.end - 6 > span.start else span.start : span.end]
    if not tail.rstrip(_MARKS_AND_SPACE).rstrip()[-1:].isalnum():
        return False
    if not _named_like_a_title(g, quoted):
        return False
    before = _words_before(text, span.start, _WORD_BEFORE_REACH)
    return _noun_before(g, before) and before[-1].lower() not in g.lexicon.saying_nouns


def _set_off_name(g: Grammar, text: str, span: _Span, quoted: str) -> bool:
    """Whether quoted words shaped like a title are set off by commas right after a thing's noun phrase (see
    ``_thing_phrase``), whose name they are ("La milonga, «El Farolito», abrió en 1998", "In his history of the parade,
    “Rushin' Through the Night”, the historian writes:"): the verb after them is the sentence's, and a cue there
    credits the words after its colon, not the name."""
    if _APPOSED_CLOSE.match(text, span.end) is None or not _named_like_a_title(g, quoted):
        return False
    before = _words_before(text, span.start, _WORD_BEFORE_REACH)
    return bool(before) and before[-1].endswith(",") and _thing_phrase(g, [*before[:-1], before[-1][:-1]])


def _in_relative(g: Grammar, text: str, start: int) -> int | None:
    """Where the relative clause the quote at ``start`` stands in opens, when a comma opens one before it and no
    comma has closed it ("Cole, who called the plan “a folly,”", "Ojo, 36, whose memoir, “Off the Bench”,")."""
    # (the comma first, the sentence only when a relative pronoun follows it: most quotes stand in no such clause)
    before = text[start - _WINDOW if start > _WINDOW else 0 : start]
    comma = before.rfind(",", 0, len(before.rstrip().rstrip(",")))
    if comma >= 0 and not _opens_relative(g, before[comma + 1 :]):
        comma = _reporting_relative(g, before, comma)
    if comma < 0:
        return None
    at = start - len(before) + comma
    return at + 1 if sentence_start(text, start) <= at else None


def _reporting_relative(g: Grammar, before: str, comma: int) -> int:
    """Where the comma opening a relative clause before ``comma`` stands when the clause opens on its verb of saying
    (after adverbs and auxiliaries only), which reports the words up to the quote though they hold commas ("Ann
    Kellaway, who also warned that in the case of the North Quay, the Fish Market and the sheds, “…”"), else -1
    ("Priya Shah, who represents Millbrook, said: “…”": the clause is closed)."""
    opening = None
    for opening in _relative_opening(g.lexicon.code).finditer(before, 0, comma):
        pass  # (the last one before the comma)
    if opening is None or _DOUBLE_MARKS.search(before, opening.end()):
        return -1  # ("Interrogée par Camille Ferrand, qui demandait « … ? », Hélène Vuillemin a assuré : « … »")
    lex = g.lexicon
    for word in before[opening.end() : comma].split()[:_RELATIVE_VERB_REACH]:
        word = word.lower().rstrip(",:;")
        if word in lex.cue_verbs:
            # ("A driver at Walton, who asked not to be named, said: “…”": a clause that withholds a name reports
            # no words, though its verb is one of asking; the cue after it does)
            clause = before[opening.end() : comma].lower()
            return -1 if withholds_name(lex, clause) else opening.start()
        if word not in lex.cue_adverbs and not (lex.adverb_suffix and word.endswith(lex.adverb_suffix)):
            return -1  # ("the announcement, which some have argued was ...": the clause has a subject of its own)
    return -1


def _relative_speaker(g: Grammar, text: str, clause: int, start: int, quoted: str) -> re.Match[str] | None:
    """The name a relative clause is about when the clause's verb is a cue: "Cole, who insisted in July that the
    ferry “...”" (the verb among the clause's first words, as a cue verb's adverbs and auxiliaries go); ``quoted``: the
    words the clause quotes."""
    clause_words = text[clause:start].split()
    words = clause_words[1:_RELATIVE_VERB_REACH]
    if not words or not words[0].islower() or words[0] in g.lexicon.pronouns:
        return None  # "the massacre, which he called “...”": the clause has a subject of its own
    # (the verb among its first words, "who admitted:", or one joined to the clause's first verb: "who chairs the
    # group and calls it “...”")
    joined = [b for a, b in zip(clause_words, clause_words[1:], strict=False) if a in g.lexicon.clause_conjunctions]
    if not any(w.lower().rstrip(",:;") in g.lexicon.cue_verbs for w in words + joined):
        return None
    if withholds_name(g.lexicon, text, clause, start):
        return None  # "A yachtsman anchored in Bounty Bay, who asked not to be named:": no name, never the place's
    # The name right before the comma, as an object too: "criticised by Mark Dunn, who said “...”"
    comma = clause - 1
    named = [m for m in _CAPITAL_RUN.finditer(text, max(0, comma - _WINDOW // 5), comma) if m.end() == comma]
    words = named[-1].group().split() if named else []
    while words and not words[0][:1].isupper():
        words.pop(0)  # "praised evangelist Franklin Graham": the name only
    name = " ".join(words)
    # A description ("the senator, who said") or a name with its place ("Sen. Jo Cole of Ohio, who said"), read in
    # the clause's sentence only
    lo = sentence_start(text, clause)
    of = text[max(0, comma - len(name) - 8) : comma - len(name)].split()[-1:]
    if not name and (role := _role_before(g, text, max(lo, comma - _WINDOW // 5), comma)) is not None:
        return role  # "She turned to the chief executive, who replied: “...”": the description right before speaks
    if not name or of and of[0] in g.lexicon.complement_words:
        verb = clause - lo + len(text[clause:start]) - len(text[clause:start].lstrip())
        subject = _nearest_subject(g, text[lo:start], verb)
        if subject is not None:
            return subject
    if not name or not (_plausible(g, name) or _known_surname(g, name, dates=False)):
        return None  # ("Gosling, who told ...": a surname ending like a gerund is kept if the cast knows it)
    if of and of[0] in g.lexicon.complement_words:
        return None  # "Sen. Jo Cole of Ohio": a place is no speaker
    # ("Ashley Brignall told his foreman, Keith Amos, who told the paper: “…”": the first link of the chain spoke,
    # unless the words are plainly the last link's own)
    passed_on = not g.lexicon.telling_verbs.isdisjoint(w.lower() for w in clause_words[1:_RELATIVE_VERB_REACH])
    teller = _chain_teller(g, text[lo:start], comma - len(name) - lo) if passed_on else None
    if teller is not None and not _relayed_own_words(g, quoted, teller.group("who")):
        return teller
    return _span_pattern(len(name)).match(text, comma - len(name))


# Between a cue verb and the name of whom it told: nothing, or a description of them set off by a comma ("told his
# foreman, Keith Amos"). Bounded: at most three words in lower case.
_TOLD_GAP = re.compile(
    rf"\s{{1,3}}(?:(?:[^\W\d_{CAPITALS}][\w’'-]{{0,30}}\s{{1,3}}){{0,2}}"
    rf"[^\W\d_{CAPITALS}][\w’'-]{{0,30}},\s{{1,3}})?"
)


def _chain_teller(g: Grammar, sentence: str, named: int) -> re.Match[str] | None:
    """The subject of a verb of telling whose object is the name at ``named`` of the ``sentence``, which a relative
    clause telling on follows ("X told Y, who told us: “…”"): the words passed on are the first teller's, not the next
    link's (but "X asked Y, who said: “…”" is Y's answer)."""
    verbs = [
        v
        for v in g.any_verb.finditer(sentence, 0, named)
        if v.group().lower() in g.lexicon.telling_verbs and _TOLD_GAP.fullmatch(sentence, v.end(), named)
    ]
    return _nearest_subject(g, sentence, verbs[-1].start()) if verbs else None


_WORD_ELIDED = re.compile(r"\w+'?")  # a word with the apostrophe of its elision ("j'"), the text's ’ made '


def _relayed_own_words(g: Grammar, quoted: str, teller: str) -> bool:
    """Whether words passed along a chain of tellers show they are the last link's own, not the first teller's: a
    first person ("who told reporters: “I will not resign”"), or a pronoun that can stand for the first teller
    (“He was shaking when he came aboard”: the words are about him, so not his)."""
    told = gender_of(teller, g.lexicon.code)
    genders = (told,) if told else (Gender.MALE, Gender.FEMALE)
    pronouns = g.lexicon.pronouns
    for word in _WORD_ELIDED.findall(quoted.lower().replace("’", "'")):
        pronoun = pronouns.get(word) or pronouns.get(word.rstrip("'"))  # "j'ai" ("j'"), "I'm" ("i")
        if pronoun is None:
            continue
        if pronoun.person == 1:
            return True
        if pronoun.number is Number.SINGULAR and pronoun.gender in genders:
            return True
    return False


def _role_before(g: Grammar, text: str, lo: int, end: int) -> re.Match[str] | None:
    """A description by role ending at ``end``: a determiner, at most three words, a role ("the chief executive")."""
    words = text[lo:end].split()[-4:]
    at = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() in g.lexicon.determiners), None)
    if at is None:
        return None
    phrase = " ".join(words[at:])
    if not text[:end].endswith(phrase) or not _is_role(g, phrase) or not _plausible(g, phrase):
        return None
    return _span_pattern(len(phrase)).match(text, end - len(phrase))


def _opens_relative(g: Grammar, text: str) -> bool:
    """Whether ``text`` (what follows a comma) opens on a relative pronoun."""
    first = text.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in g.lexicon.relative_pronouns


def _unmarked_terms(text: str, spans: list[_Span]) -> str:
    """The paragraph with the marks of each closed quote of at most ``_PARTIAL_MAX_WORDS`` words blanked (a term or a
    title inside a cue's sentence: "Lindgren, who calls herself a “harbour person”, said:"). Built in one pass: a
    paragraph of thousands of terms stays linear."""
    pieces: list[str] = []
    done = 0
    for span in spans:
        if not span.closed or len(text[span.start : span.end].split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS:
            continue
        opening = _MARK.match(text, span.start)
        closing = _MARK.search(text, max(span.start + 1, span.end - 3), span.end)
        if opening is None or closing is None:
            continue
        pieces += (text[done : span.start], " " * (opening.end() - span.start), text[opening.end() : closing.start()])
        pieces.append(" " * (span.end - closing.start()))
        done = span.end
    return "".join(pieces) + text[done:] if pieces else text


_DETERMINERS = frozenset().union(*(lex.determiners for lex in LEXICONS.values()))  # "Rose « la Môme » Delmas"


def _without_nicknames(text: str, spans: list[_Span]) -> str:
    """The block's text with each nickname inside a name blanked out, so that the name reads as one
    (Juan “Chico” Manriquez, Gerald "The Hammer" Doyle): a quote of at most three capitalised words
    between two capitalised words."""
    for span in spans:
        inner = text[span.start + 1 : span.end - 1].strip("'")
        words = inner.split(maxsplit=_PARTIAL_MAX_WORDS)  # (a quote of more words is no nickname: split no further)
        if (
            span.closed
            and 0 < len(words) <= _PARTIAL_MAX_WORDS
            and all(w[:1].isupper() or i == 0 and w in _DETERMINERS for i, w in enumerate(words))
            and _NAME_BEFORE.search(text, max(0, span.start - 40), span.start)
            and _NAME_AFTER.match(text, span.end)
        ):
            text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    return text


_SHORT_TAIL = re.compile(r"[^.!?“”„\"«»:;]{0,40}[.!]\s*$")  # what may follow a cue that is a sentence of its own


def _cue_sentence_before(g: Grammar, text: str, start: int) -> re.Match[str] | None:
    """The speaker of a short sentence that is only a cue, right before a quote opening its own sentence: "Cole
    disagreed. “You will not find the money.”", "Lindgren sighed. “...”" (no reported clause, no other quote)."""
    if sentence_start(text, start) != start or start < 2:
        return None
    lo = sentence_start(text, start - 2)
    if _DOUBLE_MARKS.search(text, max(0, lo - 3), lo):
        return None  # “A?” Hannity pressed. “B?” — the cue after a quote, which the next part continues
    window = text[lo:start]
    clause = window.rstrip()
    if clause.endswith(".") and not _DOUBLE_MARKS.search(clause):
        # "Strom, Gas und Wasser seien nie gefährdet gewesen, betonte er. „…“", "The trams will run, said Berg. “…”":
        # reported speech ending on an inverted cue
        trailing = g.trailing_cue.match(clause)
        who = trailing.group("who2") if trailing is not None else None
        if trailing and who and _plausible(g, who) and _named_or_role(g, who):  # (not "tweeted a warning.": an object)
            return _span_pattern(len(who)).match(window, trailing.start("who2"))
    match = g.speaker_verb.match(window)
    if match is not None and _speaks(g, window, match):
        return match if _cue_only(window, match) else None
    if match is None and (comma := next(_commas(window, 0, _WINDOW // 2), None)) is not None:
        # the main clause after an opening one: "Asked whether she had thought of retiring, Abernathy laughed."
        main = _cue_sentence(g, window[comma[1] :])
        if main is not None:
            return _span_pattern(len(main.group("who"))).match(window, comma[1] + main.start("who"))
    if not clause.endswith(".") or _DOUBLE_MARKS.search(clause):
        return None
    # "When I ask what she would do differently, she takes a long time to answer."
    found = _sentence_subject(g, clause[:-1]) or _named_subject(g, clause[:-1])
    return found if found is not None or lo < 2 else _subject_past_scene(g, text, lo, clause)


def _subject_past_scene(g: Grammar, text: str, lo: int, scene: str) -> re.Match[str] | None:
    """The person the sentence before a scene's sentence ``scene`` (opening at ``lo``, right before a quote with no cue)
    opens on, named, when the scene names no one: "Notburga Mair bewirtschaftet einen Hof. Seit dem Morgen ist die
    Zufahrt zu. „…“", "Ann Roe farms at Alston. Since Tuesday the lane has been shut. “…”": the quote is hers, as it
    would be right after the first sentence (see :func:`_named_subject`); None when the scene names someone or no
    one opens the sentence before."""
    if not _names_no_one(g.lexicon, scene):
        return None
    prior = text[sentence_start(text, lo - 2) : lo].rstrip()
    if (
        not prior.endswith(".")
        or _DOUBLE_MARKS.search(prior)
        or _DOUBLE_MARKS.search(text, max(0, lo - len(prior) - 4), lo)
    ):
        return None
    return _named_subject(g, prior[:-1])


def _names_no_one(lex: Lexicon, sentence: str) -> bool:
    """Whether a sentence names no person: no personal pronoun of the third person, no capitalised word after its
    first but a date's (in a language whose nouns are capitalised: no two in a row, no known first name): "Since Tuesday
    the lane has been shut.", "Seit dem Morgen ist die Zufahrt zu."; not "Her son drove up.", "Then Tom Reed rang."""
    words = sentence.split()
    for before, word in zip(["", *words], words, strict=False):
        pronoun = lex.pronouns.get(word.lower())
        if pronoun is not None and pronoun.person == 3 and pronoun.gender in _PERSON_GENDERS:
            return False
        bare = word.strip(".,;")
        capitalised = before and word[:1].isupper() and bare.lower() not in lex.date_words  # ("Since Tuesday")
        if capitalised and (not lex.capitalised_nouns or before[:1].isupper() or known_first_name(bare)):
            return False
    return True


def _tells_person(lex: Lexicon, apposed: str) -> bool:
    """Whether appositives tell that the name before them is a person's: an age, a role noun, or a pronoun or a
    possessive of a man or a woman ("Roe, in her kitchen,", "Roe, dans sa cuisine,", "Bode, 74, Rentner aus der
    Vogtei,"; not "Paris, in its glory,")."""
    for word in apposed.replace(",", " ").split():
        low = word.lower()
        pronoun = lex.pronouns.get(low)
        if pronoun is not None and pronoun.gender in _PERSON_GENDERS:
            return True
        if pronoun is None and (
            word.isdigit() or _role_word(lex, low) or low in lex.possessives and low not in lex.own_possessives
        ):
            return True
    return False


_PERSON_GENDERS = (Gender.MALE, Gender.FEMALE)
# "Die Kundin " before a name
_CAPITALISED_ROLE = re.compile(rf"(\w{{1,12}})\s([{CAPITALS}][^\W\d_]{{1,40}})\s(?=[{CAPITALS}])")
# "shopper ", "retired teacher "
_ROLE_BEFORE_NAME = re.compile(rf"(?:[^\W\d_{CAPITALS}][\w’'\-]{{0,30}}\s){{1,2}}(?=[{CAPITALS}])")


def _named_subject(g: Grammar, clause: str) -> re.Match[str] | None:
    """The person a sentence right before a quote with no cue opens on, named, whatever its verb: "On Main Street,
    shopper Ann Roe was less calm. “…”", "Roe, in her kitchen in Aleknagik, poured coffee. “…”" (a full name of a known
    first name, a name after its role in lower case, or a name set off by an appositive; after a phrase opening the
    sentence and its comma). Not a description ("The mayor was calm."), a pronoun, or a place ("New York was calm.")."""
    lex = g.lexicon
    at = 0
    first = clause[:_OPENING_PHRASE_REACH].split(maxsplit=1)[:1]
    fronted = _after_fronted_phrase(g, clause) if lex.verb_second and first else None
    if fronted is not None:
        at = fronted  # "In der Hauptstraße war| die Kundin Ann Roe weniger ruhig.": the verb second, then its subject
    elif first and first[0].lower() in _openers(lex.code):
        at = clause.find(", ", 0, _OPENING_PHRASE_REACH) + 2  # "On Main Street, shopper Ann Roe ..."
        if at < 2:
            return None
    role = _ROLE_BEFORE_NAME.match(clause, at)
    if role is not None:
        words = role.group().split()
        # (a role after its article: "la cliente Ann Roe", "the shopper Ann Roe"; "Die Kundin Ann Roe" in German)
        if all(_role_word(lex, w.lower()) or not i and w.lower() in lex.determiners for i, w in enumerate(words)):
            at = role.end()
        else:
            role = None
    elif (
        lex.capitalised_nouns
        and (noun := _CAPITALISED_ROLE.match(clause, at)) is not None
        and noun.group(1).lower() in lex.determiners
        and _role_word(lex, noun.group(2).lower())
    ):
        role, at = noun, noun.end()
    match = g.opening.match(clause, at)
    if match is None or match.start("who") != at:
        return None
    who = match.group("who")
    if who.split()[0].lower() in lex.determiners or who.lower() in lex.pronouns or not _plausible(g, who):
        return None
    apposed = _subject_appositives(g, clause, match.end())
    personal = apposed is not None and _tells_person(lex, clause[match.end() : apposed])
    if not (role is not None or _named_person(g, who) or personal):
        # ("New York was calm.", "Paris, in the rain, looked grey.": a run no first name, role, age or person's
        # pronoun tells is a person's)
        return None
    rest = clause[apposed or match.end() :].lstrip(" ,")
    return match if _LOWER_WORD.match(rest) is not None else None


def _reported_before(g: Grammar, text: str, start: int) -> re.Match[str] | None:
    """The speaker of the sentence before a quote's, when that sentence opens on its speaker, a cue verb and a
    reported clause, and the quote's sentence goes on in the mood of reported speech with no cue verb of its own
    ("Der Vater sagte, viele Nachbarn hätten aufgegeben. Wer heute noch im Steilhang lese, tue das „…“": the father's
    words still, as the mood says)."""
    lo = sentence_start(text, start)
    if lo < 2 or not _reported_mood(g, text, lo, start) or g.any_verb.search(text, lo, start):
        return None
    window = text[sentence_start(text, lo - 2) : lo]
    if _DOUBLE_MARKS.search(window):
        return None  # (a quote there credits its own speaker, see _paragraph_speaker)
    match = g.speaker_verb.match(window)
    if match is None or not _speaks(g, window, match) or not window.startswith(",", match.end()):
        return None
    return match


def _cue_sentence(g: Grammar, clause: str) -> re.Match[str] | None:
    """A clause that is only a speaker and a cue verb ("Abernathy laughed."), or None."""
    match = g.speaker_verb.match(clause)
    return match if match is not None and _speaks(g, clause, match) and _cue_only(clause, match) else None


def _speaks(g: Grammar, clause: str, match: re.Match[str]) -> bool:
    """Whether a speaker-and-verb match is someone speaking: a plausible speaker, the verb not passive."""
    return _plausible(g, match.group("who")) and not _passive(g, clause, match.start("verb"))


def _cue_only(clause: str, match: re.Match[str]) -> bool:
    """Whether nothing but a short tail follows the cue verb: no reported clause ("Cole disagreed.")."""
    rest = clause[match.end() :]
    return bool(_SHORT_TAIL.match(rest)) and not REPORTED_CLAUSE.search(rest)


def _cue_ending_previous(g: Grammar, blocks: list[Block], index: int) -> re.Match[str] | None:
    """The cue ending the paragraph before a paragraph that opens with a quote: "He said:",
    "Berg told reporters on Monday:" (a body paragraph ending in a cue verb and a colon)."""
    if index == 0 or blocks[index].place is not Place.BODY:
        return None
    previous = blocks[index - 1]
    text = previous.text.rstrip()
    if not previous.in_body or previous.place is not Place.BODY or not text.endswith(":"):
        return None
    window = text[sentence_start(text, len(text)) :]
    if not any(cue_tail(window, verb.end()) for verb in g.any_verb.finditer(window)):
        # "The list:", "Berg:" — a colon with no cue verb credits no one; "Stated Stone:" opens on its verb; a sentence
        # opening on whose account it gives introduces that account ("D'après le géologue Patrick Zébina, le sol était
        # gorgé d'eau :", "According to the ranger, the trail is closed:")
        return (
            _opening_cue(g, window)
            or _issuer(g, window)
            or _manner_subject(g, window)
            or _according_opening(g, window)
            or _introducing_subject(g, window)
        )
    # (a description opening the sentence is read as in the quote's own: "La ministra escribió en la red social:"; not
    # a word inside it: "... an op-ed that reveals how deep anxiety over AI-generated text runs:")
    described = _speaker_in_sentence(g, text, len(text), len(text), False)
    opening = described is not None and not text[sentence_start(text, len(text)) : described.start("who")].strip()
    return _speaker_before(g, text, len(text), 0) or (described if opening else None)


def _introducing_subject(g: Grammar, window: str) -> re.Match[str] | None:
    """The person a paragraph's last sentence opens on, named in full and its subject, when the sentence ends on the colon
    before a paragraph that is only a quote ("Joan Whitcombe, 84, has swum at the lido since 1955:" then “I learnt to swim
    here ...”): the words it introduces are hers, however long it ran (not "Berg:", a label; nor "The list:")."""
    match = g.opening.match(window)
    if match is not None and match.group("who").split()[0].lower() in g.lexicon.determiners:
        # "Die Vorsitzende des Elternrats, Gesa Eilers, trat ans Mikrofon:": the full name set off after the
        # description is a person's, whatever the first name
        match = _NAMED_AFTER_ROLE.match(window, match.end())
        if match is None or " " not in match.group("who") or not _plausible(g, match.group("who")):
            return None
    elif match is None or not _named_person(g, match.group("who")):
        return None
    rest = window[_subject_appositives(g, window, match.end()) or match.end() :].lstrip(" ,")
    return match if rest[:1].islower() else None


_BARE_GAP = re.compile(r"[ ,;:—–-]{0,3}")  # between a cue and the quote's second part: nothing but a mark
_CLAUSE_GAP_END = re.compile(r"[,:;]\s*$")
_SENTENCE_GAP_END = re.compile(r"[.!?](?:''|[\"”’»])?\s*$")


def _continues(g: Grammar, blocks: list[Block], found: list[_Found], item: _Found) -> int | None:
    """Which earlier quote ``item`` is the second part of: “A,” she said, “B.” or “A,” she said. “B.”

    Short quotes inside the cue (“A,” he said on ABC's “This Week.” “B.”) are passed over; the
    second part may open the next paragraph when the cue ends the first one.
    """
    index = len(found) - 1
    lowest = len(found) - _TITLES_IN_CUE if len(found) > _TITLES_IN_CUE else 0
    while index >= lowest and found[index].cue_after_end < 0 and _is_title(found[index]):
        index -= 1
    prev = found[index] if index >= 0 else None
    if prev is None or prev.cue_after_end < 0:
        return None
    block, start = item.spans[0].block, item.spans[0].start
    if blocks[block].place is not blocks[prev.spans[-1].block].place:
        return None  # a pull quote or a caption is a claim of its own, never the body's second part
    if block != prev.spans[-1].block and item.spans[0].dialogue and prev.spans[-1].dialogue:
        return None  # (a paragraph of dialogue after another is the next turn, not the same speaker going on)
    if block == prev.spans[-1].block:
        if start < prev.cue_after_end:
            return None  # a term inside the cue ("“A,” Jo Marsh, the author of “Tides,” said"): no second part
        gap = blocks[block].text[prev.cue_after_end : start]
        if item.spans[0].dialogue and prev.spans[-1].dialogue and not _NARRATOR_CLOSE.search(gap):
            if blocks[block].text[start - 1 : start].isspace():
                return None  # (a dash after the narrator's sentence and a space opens the next turn: "… —respondió Y.")
            return index  # "—A —dice mientras sube la cuesta—. B": the narration up to its closing dash is the cue's
        if gap.isspace() and _after_generation(blocks[block].text, prev.cue_after_end):
            gap = "." + gap  # (the cue's name took the stop ending its sentence: “A,” said Tom Hale Sr. “B,” said …)
    elif (
        block == prev.spans[-1].block + 1
        and start == 0
        and all(title.spans[-1].block == block - 1 for title in found[index + 1 :])
        and _bare(blocks, item)
        and _entry(blocks[block]) is _entry(blocks[block - 1])  # never into the next entry of a live blog
        and not _heading_element(blocks[block])  # a subheading quoting the section is no one's next sentence
    ):
        # “A,” Berg said. / “B.” — a paragraph that is only a quote continues the one before; one
        # with words of its own after the quote (“B,” she promised.) is a claim of its own; and one after a question
        # and its answer is the next turn of the exchange (see ``_alternating_speaker``)
        if index and _asked_and_answered(found[index - 1], prev):
            return None
        gap = blocks[prev.spans[-1].block].text[prev.cue_after_end :] + "\n"
    else:
        return None
    for title in found[index + 1 :]:
        a, b = title.spans[0].start - prev.cue_after_end, title.spans[-1].end - prev.cue_after_end
        # Masked, keeping the full stop a title may hold (on ABC's “This Week.” “B.”; “A,” said Jo Marsh, the author of
        # “Tides,” a novel. / “B.”).
        end = title.words[-1:] if title.words[-1:] in (".", "!", "?") else "T"
        gap = gap[:a] + "T" * (b - a - 1) + end + gap[b:]
    if _BARE_GAP.fullmatch(gap):
        # (a name right after the cue is its object: "„...“, sagte der Arzt X gegenüber „BBC“", "told “Meet the Press”")
        return None if gap.isspace() and _named_like_a_title(g, item.words) else index
    if len(gap) > _CUE_GAP or _DOUBLE_MARKS.search(gap):
        return None
    # The cue's sentence runs on into the second part (“A,” Conant, a consultant, said, “B.”), or
    # ends before a second part that has no cue of its own (“A,” Trump said at a rally. “B.”).
    inner = gap.rstrip()
    if block == prev.spans[-1].block and blocks[block].text[prev.cue_after_end - 1 : prev.cue_after_end] in (
        ".",
        "!",
        "?",
    ):
        inner = "." + inner  # the cue's name was cut at its sentence's end: « A », a promis X. Elle a ajouté : « B »
    if _has_break(inner):
        return None  # another sentence stands between them (after an abbreviation too: "sagt Gruber sen. Er lacht.")
    if _CLAUSE_GAP_END.search(gap) and "\n" not in gap:
        # (not “A,” she said, adding, “B.”: a cue of its own; nor “A,” said Ojo, whose memoir, “B”,: a clause's)
        clauses = gap.split(",")[1:]
        cued = any(_opens_relative(g, c) or _new_cue(g, c) or _own_subject(g, c) for c in clauses)
        return None if cued else index
    if item.who is None and _SENTENCE_GAP_END.search(gap):
        return index
    return None


def _opens_sentence(blocks: list[Block], item: _Found) -> bool:
    """Whether the quote ``item`` opens a sentence: a capital after a full stop or at its paragraph's start."""
    span = item.spans[0]
    # (a bounded window: a paragraph of thousands of quotes is read once; closing marks passed over for ABC's
    # “This Week.” “B.”)
    before = blocks[span.block].text[max(0, span.start - _WINDOW) : span.start].rstrip().rstrip('”"’»')
    words = item.words.lstrip(" '\"“‘«„¿¡—–-")
    opens = not before and span.start <= _WINDOW
    return words[:1].isupper() and (opens or before.endswith((".", "!", "?")))


def _sentence_alone(blocks: list[Block], item: _Found) -> bool:
    """Whether the quote ``item`` is a whole sentence standing alone: its words end on a stop inside its marks and a
    new sentence or the paragraph's end follows (“Blacklisted?”, “That's Ann and Jo.” after the cue: speech, however
    short or capitalised)."""
    last = item.spans[-1]
    return item.words.rstrip()[-1:] in _STOPS and _new_sentence_follows(blocks[last.block].text, last)


def _new_cue(g: Grammar, text: str) -> bool:
    """Whether ``text`` (what follows a comma between two quotes) opens on a participle of a cue verb: "adding",
    "noting" (a second cue, crediting the quote after it), or is an absolute phrase closing on one, whose subject is
    its own ("with the harbour master adding": see _clause_cue_subject)."""
    words = [w.rstrip(":;") for w in text.split()]
    lex = g.lexicon
    if not words or not lex.gerund_endings:
        return False
    absolute = words[0].lower() in lex.absolute_openers
    return any(w in lex.cue_verbs and w.endswith(lex.gerund_endings) for w in (words[0], words[-1] if absolute else ""))


def _own_subject(g: Grammar, text: str) -> bool:
    """Whether ``text`` (what follows a comma between two quotes) opens on a conjunction and a person's subject pronoun
    ("and she laughed:", "und er lachte:", "et elle a ri :", "y él se rió:"): a clause of its own, whose subject the
    quote after it is the words of (the one the pronoun stands for), not the first cue's second part."""
    first = text.split(maxsplit=2)[:2]
    lex = g.lexicon
    return (
        len(first) == 2
        and first[0].lower() in lex.clause_conjunctions
        and (pronoun := lex.pronouns.get(first[1].lower().rstrip(":,"))) is not None
        and pronoun.person == 3
        and pronoun.gender in _PERSON_GENDERS
    )


def _bare(blocks: list[Block], item: _Found) -> bool:
    """Whether the paragraph of ``item`` holds nothing but the quote."""
    last = item.spans[-1]
    return _past_last_word(blocks[last.block].text) <= last.end


_WORD_CHARACTER = re.compile(r"\w")


@lru_cache(maxsize=8)
def _past_last_word(text: str) -> int:
    """The offset just past the last word character of a block's text (0 when it has none), found once per block:
    a scan to the block's end for each of its quotes was quadratic in a block of thousands of marks."""
    found = _WORD_CHARACTER.search(text[::-1])  # (the first from the end: no look-ahead to the end at every word)
    return len(text) - found.start() if found else 0


def _is_title(item: _Found) -> bool:
    """A short quote inside a cue: a show, a book, a slogan (“Meet the Press”)."""
    return len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS + 1)) <= _PARTIAL_MAX_WORDS + 1


def _carry_speaker(first: _Found, second: _Found) -> str | None:
    """Give the part after a cue that ended its sentence (“A,” she said. “B.”, or “B.” alone in the next paragraph)
    the first part's speaker, as it was resolved there: readers see a second claim by the same person. Returns the
    speaker a following bare quote continues."""
    second.who, second.mention, second.speaker, second.has_cue = first.who, first.mention, first.speaker, True
    second.voices = first.voices
    first.cue_after_end = -1
    return second.speaker if len(second.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS else None


class _Mention(Enum):
    """What quoted words that claim nothing are (see ``_is_mention``)."""

    NAME = "name"  # a title, a work, a sign, a control's label, metadata: no one's words
    TERM = "term"  # a scare quote, a word someone calls a thing: theirs, but no claim


def _is_mention(g: Grammar, text: str, item: _Found, kind: QuoteKind) -> _Mention | None:
    """What quoted words are when they claim no one said them: a name (a title, a work, a sign, a control's label,
    metadata: no one's words) or a term (a scare quote, a word someone calls a thing); None when they are speech."""
    start = item.spans[0].start
    if front_matter(text) or text[start - 1 : start] == "=":
        return _Mention.NAME  # Markdown front matter ("title: “...”"), a markup attribute (tweet-id="...")
    reach = start - _WORD_BEFORE_REACH if start > _WORD_BEFORE_REACH else 0
    near = text[reach:start].split()  # (the words right before the marks)
    if _nickname(g, text, item, near):
        return _Mention.NAME  # "Mamadou Ndiaye, dit « Ouragan », 24 ans": the name he goes by, whatever cue follows
    if item.cue_after_end < 0 and not item.split and _article_and_name(g, item.words):
        return _Mention.NAME  # "tout le monde dit simplement « le Dumont »", "a un nom : « la Gorge du Caïman »"
    if near and item.cue_after_end < 0 and _name_predicate(g.lexicon, near):
        return _Mention.NAME  # "Das Stück heißt „De Steern över de Hallig“": what the thing is called, in any language
    if near and item.cue_after_end < 0 and not item.split and _name_predicate_apart(g.lexicon, text, item):
        return _Mention.NAME  # "Die Pumpe heißt im Dorf nur „die Durstige“": a name, adverbials between
    if near and item.cue_after_end < 0 and not item.split and _talked_of(g.lexicon, near, item.words):
        return _Mention.NAME  # "À la cantine, on parle déjà de « l'hiver des chocolatines »": what a place calls it
    fond = near and near[-1].lower() in g.lexicon.naming_manners  # (a set's look-up first: most quotes follow none)
    if fond and item.cue_after_end < 0 and not item.split and _named_fondly(g.lexicon, text, item):
        return _Mention.NAME  # "Im Markt nennen sie den Riesen liebevoll „da Große“": a nickname, however it opens
    if near and item.cue_after_end < 0 and not item.split and _called_name(g, item, near):
        # "Councillors have called the budget binder “the brick” since …", "el capón ya tenía apodo: «o rei da
        # Chaira»": the name given to a thing, no one's claim, though a naming verb is a cue
        return _Mention.NAME
    if near and item.cue_after_end < 0 and not item.split and _listed_name(g, text, item):
        # "Den alten Bus nennen sie „die Blechbüchse“, die Haltestelle an der Kirche „das Wartezimmer“": the naming
        # verb gives a second name to a second object after a comma (tune set 50: reported as a quote)
        return _Mention.NAME
    if item.speaker is None and _title_translated(text, item):
        # "ihr Gedichtband „Wětřik za durjemi“, auf Deutsch „Wind hinter der Tür“", "son recueil « … », traduit
        # « … »": a title and its translation, credited to no one
        return _Mention.NAME
    if item.cue_after_end < 0 and item.words[:1].isupper() and _scientific_name(item.words):
        return _Mention.NAME  # "la bautiza como «Tarentola chafarinensis»": a species' name, no one's words
    if kind is QuoteKind.PARTIAL and item.speaker is None and not _called_out(g, text, item):
        return _Mention.TERM  # a scare quote or a term: cats are “cuties”
    if _after_listed_term(g, text, start):
        # "stellt Begriffe wie „…“ oder „…“ klar", "terms such as “…” and “…”": words talked about, no one's words
        return _Mention.NAME
    if _after_phrase_noun(g, near) or _as_the_saying_goes(g, text, item):
        # "Beim Winzerfest unter dem Motto „Wein im Fels“ sagte sie: „...“": the motto's wording, though the verb
        # after it, the sentence's, made it read as a split quote's first part; "el viejo dicho «...»", "the
        # saying “...”": a saying, though its noun is a cue verb's form too; "As the old saying goes, “...”"
        return _Mention.NAME
    if _question_put(g, text, item):
        # "I asked him: “Why nights?”", "Asked by one user “...?”, Rennie answered: “...”" (read as a split quote's
        # first part): what was asked, no claim, and not the words of the one the cue names, who answers
        return _Mention.NAME
    if _addressed_title(g, text, item, text[reach:start].rsplit(None, 1)[-1:]):
        # "Dem „Ennstaler Boten“ sagte er: „...“" (read as a split quote's first part): the outlet spoken to
        return _Mention.NAME
    if _opening_place(g, text, item):
        # "Au « Courrier du Port », la maire a déclaré : « … »" (read as a split quote's first part): where the words
        # were said or printed, not what the subject after the comma said
        return _Mention.NAME
    if _sign_relative(g.lexicon, text, item):
        return _Mention.NAME  # "viele mit Schildern, auf denen „…“ stand": a sign's words (its verb not yet read)
    titled = near and item.words[:1].isupper() and item.words.count(" ") < _TITLE_MAX_WORDS  # (string tests first)
    if titled and _piece_named(g, text, item, near):
        # "When the band finished “Jolie Blonde”, the dancers hollered back: “…”" (read as a split quote's first part,
        # the cue after it the next quote's): the piece's title
        return _Mention.NAME
    if item.split or kind is QuoteKind.BLOCK or _attributed_words(g, text, item):
        return None  # a split quote, a block quotation, words a sentence credits to someone: speech
    if item.speaker and len(item.spans) == 1 and _uttered_with(g, text, item.words, start, item.spans[0].end):
        return None  # "Con un «¡Que viva el muelle!», Urquiza cerró el acto": the words its subject said
    if _reporters_question(g, item, near):
        return _Mention.TERM  # "IceSport's reporter asked her: “How does it feel ...?”": what was asked, no claim
    if _set_phrase(g, item) or _read_on_a_sign(g.lexicon, text, item) or _printed_on(g.lexicon, text, item):
        # ("The lab's motto, painted over the barn door, reads “Listen first”": its wording, no claim; "« … », lit-on
        # sur la banderole", "„…“, stand auf einem Plakat": a sign's words)
        return _Mention.NAME
    if _body_named(g, text, item):
        return _Mention.NAME  # "eine Spende für den Förderverein „Kasper bleibt“": a body's name, whatever the cue
    if _work_after(g, text, item) or _named_after(g, text, item) or _work_by(g, text, item):
        # « Les Heures de sel », un roman choral ; “Off the Bench,” his memoir, came out in May ; den die Nachbarn nur
        # „Der dicke Herbert“ nennen ; Theme music: “Full Court” by The Pivots
        return _Mention.NAME
    before = text[start - 40 if start > 40 else 0 : start].split()
    if _names_a_thing(g, text, item, before):
        return _Mention.NAME  # le lotissement « Les Jardins du Prieuré » ; „Blaue Stunde über Kiel“ etwa, ein Hafenbild
    if _term(g, text, item, before):
        return _Mention.TERM  # the council's “world-class” transport vision ; calls the new display “crease-free”
    if _known_as(g, text, item, before):
        return _Mention.NAME  # "Members describe the moment of going under as “the gasp”": what it is called
    if _modifies_noun(g, text, item, before) or not any(map(str.isalnum, item.words)):
        # (the “how many fingers am I holding up?” trick ; die „Wir schaffen das“-Politik ; “*/*/”)
        return _Mention.NAME
    if _named_noun_phrase(g, text, item) or _epithet(g, text, item):
        return _Mention.NAME  # venu voir « la pierre de l'espace » ; Marcel Vialatte, « l'accordéon du Cantal »
    # (the word before a French colon set off by a space: "a crié : « Recomptez ! »")
    last = (before[-2] if before[-1] == ":" and len(before) > 1 else before[-1]).lower().strip(",:") if before else ""
    if _short_noun_phrase(g, item):
        personal, lex = _names_the_speaker(g, item), g.lexicon
        # (in lower case where only names are capitalised: “...” of "Carson posted the “Perception” syllabus" is a name)
        lowered = lex.capitalised_nouns or item.words[:1].islower()
        if personal and lowered and _cue_object(g, before, lex.capitalised_nouns):
            return None  # "Theresa Gruber sprach von einem „längst überfälligen Schritt“": her words
        if not personal and not _is_role(g, item.mention or "") and (
            _cue_object(g, before, True) or _spoken_of(g, before)
        ):
            # "Die Opposition spricht von einem „Sommer ohne Abkühlung“", "La crítica ha hablado de un nuevo
            # «realismo doméstico»", "D'autres ont parlé de « squatteurs de jardins »": a body's or a group's term
            # (one person a role describes is left to the rules below: "the physician said he shows “extraordinary”
            # strength")
            return _Mention.TERM
    if _opens_phrase(g.lexicon, last) and item.cue_after_end < 0 and _noun_phrase(g, text, item, before):
        # "der „Strategische Kompass für Osteuropa“", "von einem „Sommer ohne Abkühlung“", "one of England's “dental
        # deserts”", "called the offer their “final, final offer”": a term or a name
        return _Mention.TERM
    # (after a colon the verb up to eight words back, whatever their length: "sang der Kinderchor der Grundschule im
    # Chor: „...“"; read in the words right before the marks first, most quotes')
    # (a verb of chanting before a colon leads into the group's speech: "les partisans scandent en chœur : « … »")
    colon = bool(before) and before[-1].endswith(":")
    # (after a colon, the verb's eight words read in full where they are long: "chanted as the winning boundary rolled
    # in:", a clause of time between)
    chant_before = text[max(0, start - _CHANT_WINDOW) : start].split() if colon else before
    if item.cue_after_end < 0 and _chanted(g.lexicon, last, colon, chant_before, item.words.rstrip().endswith("!")):
        return None  # "parents at the back chanted “Keep it open!”", "la salle a scandé en chœur : « Maialen ! »"
    sung_verbs = g.lexicon.sung_verbs - g.lexicon.chant_verbs if colon else g.lexicon.sung_verbs
    if colon and item.cue_after_end < 0 and _sung_by_name(g, text, item):
        return None  # "Ana Ruiz took her guitar and sang a verse: “…”": hers to check, the cue credits her
    if colon and (item.words.rstrip().endswith("!") or _refrain(item.words) or _group_call(g, text, start, item.words)):
        # (and a verb of singing before a colon and a cry, words that end on an exclamation mark: "los niños cantaron
        # a coro: «¡Que se queme, que se queme!»", "the porters sang together: “We made it, we made it!”" are the
        # group's speech; a song's line after a colon is no cry, "sang der Kinderchor im Chor: „Macht hoch die Tür“")
        # (nor is a refrain, one phrase said over: "the dancers sang: “Ol i kam bek, ol i kam bek.”", nor a short call
        # closed by its own stop: "Les élèves ont chanté sur le quai : « Bouonjour, Gorey. »")
        sung_verbs = frozenset()
    elif colon and last in g.lexicon.cue_verbs and last not in sung_verbs:
        # (a verb of saying right before the colon leads the words in, whatever a clause before it sings: "Une
        # choriste, qui n'a pas voulu dire à ses parents qu'elle chante, a raconté : « … »" is her speech)
        sung_verbs = frozenset()
    sung = item.cue_after_end < 0 and not sung_verbs.isdisjoint(_bare_words(_this_sentence(before), ",:"))
    if not sung and item.cue_after_end < 0 and colon:
        wider = _this_sentence(text[max(0, start - _SENTENCE_REACH) : start].split()[start > _SENTENCE_REACH :])
        sung = not sung_verbs.isdisjoint(_bare_words(wider, ",:"))
    if sung:
        # ("The away end sang “...”", "Die Fans sangen nach dem Abpfiff „...“": a chant, no one's claim)
        return _Mention.NAME
    if item.cue_after_end < 0 and last in g.lexicon.played_verbs:
        return _Mention.NAME  # ("Der Musikverein spielt „...“", "la fanfare a joué « ... »": a piece's title)
    naming = not g.lexicon.naming_verbs.isdisjoint(map(str.lower, before[-3:]))
    if (
        naming
        and len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) <= _PARTIAL_MAX_WORDS
        and not _named_object(g, before, item)
    ):
        return _Mention.TERM  # what he calls a “library locker” network: a term, not a quotation
    if naming and item.cue_after_end < 0 and _named_like_a_title(g, item.words):
        return _Mention.NAME  # "Le concours, rebaptisé cette année « Trophée du Cochonnet d'Or »": the name given
    named = list(map(str.lower, before[-2:]))
    if (
        len(named) == 2
        and named[1] in g.lexicon.determiners
        and named[0] in g.lexicon.naming_verbs
        and len(item.words.split(maxsplit=_TITLE_MAX_WORDS)) <= _TITLE_MAX_WORDS
    ):
        # ("que muchos ya llaman la «noche de las estrellas»": a name, its determiner outside the marks)
        return _Mention.TERM
    if named and named[-1] in g.lexicon.naming_verbs and _opens_noun_phrase(g, item.words):
        # ("que les coureurs surnomment « le mur des Tanneurs »", "commentators called “the blunder ...”")
        return _Mention.TERM
    # (someone unnamed credited with a judgement: "A ferry passenger from Napier who did not give his name called the
    # pier “the finest walk in the bay”" is a claim no one named made, no name a group gives a thing)
    credited = item.speaker is not None or _unnamed_one_opens(g.lexicon, text, start, before)
    if _named_across(g, _object_words(g.lexicon, text, start, before, item.words), item.words, credited):
        # ("que certains appellent déjà « la grève des ... »", "already call it “the bridge to nowhere”")
        return _Mention.TERM
    if before[-1:] and before[-1].endswith(",") and _named_past_apposition(g, text, item):
        # ("Residents have long called the branch, a former bank, “the little yellow library”")
        return _Mention.TERM
    titled = last in g.lexicon.prepositions and _named_like_a_title(g, item.words)
    if titled and (item.speaker is None or _of_noun(g, before) or _published_in(g, text, item, last)):
        # "Après « La Maison des vents », ...": a name or a title after a preposition, credited to no one, or after
        # a noun's (la chanteuse raconte la naissance de « Cuisine d'hiver »: the cue's object, not its words), or
        # where the words were published (l'a répété dimanche dans « La Matinale du port » sur Radio Côte)
        return _Mention.NAME
    # (credited to no one, with no cue verb after them, words shaped like a title follow a work anywhere in their
    # sentence: "als die VKG das Motto für den Zug enthüllten: „...“"; after a cue and a colon only a sung noun makes
    # them no claim)
    uncredited = item.speaker is None and not item.has_cue and _named_like_a_title(g, item.words)
    uncredited = uncredited and not g.any_verb.search(text, item.spans[-1].end, sentence_end(text, item.spans[-1].end))
    # (a colon after a work's label credits no one: "Der Titel des Seminars: „...“", "(Arbeitstitel: „...“")
    labelled = colon and _work_label(g, before)
    nouns = g.lexicon.sung_nouns if colon and not (uncredited or labelled) else g.work_nouns
    sentence = text[max(0, start - _SENTENCE_REACH) : start].split()[1:] if uncredited else before
    if _after_work_noun(g, text, sentence, item, nouns, _SUNG_REACH if uncredited else _WORK_REACH):
        return _Mention.NAME  # the committee's report “...”, her favourite book is “...”, « le refrain : « ... »
    if colon and _sign_carries(g.lexicon, before, text, start):
        return _Mention.NAME  # "ein Schild: „...“", "sa banderole : « ... »", "ein Motto: „...“": the sign's words
    if item.speaker and item.has_cue and colon:
        return None  # "The trust said in its annual report: “...”", "a résumé son programme :": the cue credits
    if _inscribed(g.lexicon, last, text, item) or _on_a_sign(g, before):
        # ("Auf den Plakaten steht „...“", "Über der Tür steht in alter Schrift „...“", "una pancarta que decía «...»":
        # words written on something)
        return _Mention.NAME
    if last in g.lexicon.telling_verbs and _told_kind(g, item):
        return _Mention.TERM  # "the setter who told “small lies politely”": what kind of thing he told, not his words
    if _a_controls_label(g, before, item):
        # ('press “Send”', "klicken Sie auf „Senden“", "appuyez sur « Envoyer »": a button, no speech)
        return _Mention.NAME
    # A short title-case run (“One Hundred Years of Solitude”, on ABC's “This Week.”) is a title,
    # unless a cue right after it credits it as speech (“Absolutely,” he said).
    # chanting “Bernie or Jill, No Hill” (but not a club called “...”)
    called = False
    speech = (
        item.cue_after_end >= 0
        or _cue_word(g.lexicon, last)
        # (a gerund of crying out before the colon: "ont tapé sur les tables en criant : « Mende ! Mende ! »")
        or colon
        and (last in g.lexicon.cry_gerunds or _chorus_before(g, text, start))
        # (or of singing, before a cry: "zogen vor das Rathaus, laut singend: „Mehr Busse!“")
        or colon
        and last in g.lexicon.sung_gerunds
        and item.words.rstrip().endswith("!")
    )
    if not speech and colon and (item.words.rstrip().endswith("!") or _group_call(g, text, start, item.words)):
        # (a cry after a colon its sentence's cue verb leads into, the subject after the verb: "Zum Schluss riefen die
        # sieben Kinder: „Frohe Weihnacht, Hallig Hooge!“", "At the end shouted the crowd: “Long Live Rosie!”"; a short
        # call closed by its stop as well: "Les élèves ont chanté sur le quai : « Bouonjour, Gorey. »")
        speech = any(w.lower().strip(",:") in g.lexicon.cue_verbs for w in _this_sentence(before))
        # (round 57) or a group's short call after any verb: "Kinder der Grundschule riefen den Helfern zu: „Danke,
        # THW!“", a separable verb's stem no cue verb alone (blind set 60: read as a name)
        called = _group_call(g, text, start, item.words)
        speech = speech or called
    # (a title-case run after a determiner, a preposition or "as" names a work whatever follows: the cast of the
    # “...,”; "The lab's findings, published as “Acoustic Signatures of Glacier Retreat”, suggest the glacier ...")
    linked = last in g.lexicon.prepositions or last in g.lexicon.role_links
    # (after a possessive too: "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said")
    opened = last in g.lexicon.determiners or _opens_phrase(g.lexicon, last)
    if speech and (called or not opened and not (linked and len(item.words.split(maxsplit=1)) > 1)):
        return None  # (a group's call after its colon, whatever particle closes the verb: "riefen den Helfern zu:")
    if not _title_case_words(g, item.words):
        return None
    # (one capitalised word is a term as often: a German noun, „Menschenhass“)
    return _Mention.NAME if len(item.words.split(maxsplit=1)) > 1 else _Mention.TERM


_TRANSLATION_REACH = 40  # characters between a quote and its translation ("… », its English title “…")
_TRANSLATION_MAX_WORDS = 4
_TRANSLATION_CLOSERS = "”“»«’\""  # the marks that close a quote before its translation's words
_TRANSLATION_OPENERS = "“„«»‘‚\""  # and those that open the quote after them


def _title_translated(text: str, item: _Found) -> bool:
    """Whether quoted words stand next to others with only a translation's words between them (any lexicon's
    ``translation_words``, as a page gives a title in the language it was written in: "„…“, auf Deutsch „…“", "“…”,
    its English title “…”", "« … », traduit « … »", "«…», en español «…»"): a title and its translation, or the other
    way round. (Cheap tests first: a comma or a bracket after the quote, a translation's word right before it.)"""
    start, end = item.spans[0].start, item.spans[-1].end
    after = text[end : end + _TRANSLATION_REACH]
    if after.lstrip()[:1] in (",", "("):
        opening = min((at for mark in _TRANSLATION_OPENERS if (at := after.find(mark)) >= 0), default=-1)
        if opening >= 0 and _translation_words(after[:opening]):
            return True
    before = text[max(0, start - _TRANSLATION_REACH) : start]
    last = before.rsplit(None, 1)[-1:]
    if not last or last[0].strip(",:(").lower() not in _TRANSLATION_WORDS:
        return False
    closing = max(before.rfind(mark) for mark in _TRANSLATION_CLOSERS)
    return closing >= 0 and _translation_words(before[closing + 1 :])


def _translation_words(between: str) -> bool:
    """Whether the words between two quotes are a translation's few words set off as an apposition (", auf Deutsch",
    ", its English title", " (traduit"; not a sentence of its own: "« … » Puis en français : « … »" gives the
    speaker's words again)."""
    if between.lstrip()[:1] not in (",", "("):
        return False
    found = between.lower().replace("(", " ").replace(")", " ").replace(",", " ").replace(":", " ").split()
    return 0 < len(found) <= _TRANSLATION_MAX_WORDS and not _TRANSLATION_WORDS.isdisjoint(found)


_TRANSLATION_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.translation_words)


# A species' scientific name: a capitalised genus, then an epithet in lower case (a subspecies' second one), Latin
# letters only ("Tarentola chafarinensis", "Canis lupus familiaris"). Bounded: linear.
_BINOMIAL = re.compile(r"[A-Z][a-z]{2,30}(?: [a-z]{4,30}){1,2}")


def _scientific_name(words: str) -> bool:
    """Whether quoted words are a species' scientific name: a genus and Latin epithets, each ending as Latin epithets
    do (``LATIN_EPITHET_ENDINGS``), the genus no function word of any language ("Tarentola chafarinensis", "Homo
    sapiens"; not "Trust us", "Muy bonita", "Nous sommes")."""
    name = words.strip().rstrip(".,;")
    if _BINOMIAL.fullmatch(name) is None:
        return False
    genus, *epithets = name.split()
    return genus.lower() not in FUNCTION_WORDS and all(e.endswith(LATIN_EPITHET_ENDINGS) for e in epithets)


def _called_out(g: Grammar, text: str, item: _Found) -> bool:
    """Whether short quoted words follow a cue and its colon ("Jemand im Saal ruft: „Nachzählen!“", "Someone shouts:
    “Recount!”"), or open their sentence with the cue right after them ("„Zugabe!“, rief ein Vater", "“Shame!”
    someone shouted", "«¡Otra, otra!», pedía el público"): a call, someone's words though the cue names no one, no
    term. A verb of saying and its colon say so whoever its subject is, a group a clause back ("stehen die Gäste auf
    und rufen im Chor: „Bleib hier!“"); so does a gerund of crying or singing before a colon and a cry ("ont marché
    jusqu'au gouvernorat en chantant : « Mwinda, mwinda ! »": tune set 45 left it unreported)."""
    start = item.spans[0].start
    colon = text.rfind(":", max(0, start - 2), start)  # (right before the marks, or a space between)
    if colon >= 0 and not text[colon + 1 : start].strip():
        # (or a phrase of chorus before the colon, whatever the verb: "saludaron a la prensa a una sola voz: «…»",
        # "begrüßten den Landrat wie aus einem Mund: „…“": a group's words, said at once)
        return (
            item.has_cue
            or _cued_before(g, text, colon + 1)
            or _chorus_before(g, text, colon)
            or item.words.rstrip().endswith("!")
            and _gerund_before(g.lexicon, text, colon)
            # (round 57) a group's short call after any verb and its colon: "Die Ministranten der Pfarrei winkten dem
            # letzten Boot nach: „Pfiat di, Königssee!“" (blind set 60: not reported)
            or _group_call(g, text, start, item.words)
        )
    return item.has_cue and item.cue_after_end >= 0 and not text[sentence_start(text, start) : start].strip()


_GERUND_CHARS = 24  # the characters before a colon read for the gerund closing its clause ("en chantant :")


def _gerund_before(lex: Lexicon, text: str, colon: int) -> bool:
    """Whether the word right before a colon is a gerund of crying out or of singing (``cry_gerunds``,
    ``sung_gerunds``)."""
    last = text[max(0, colon - _GERUND_CHARS) : colon].split()[-1:]
    return bool(last) and (last[0].lower() in lex.cry_gerunds or last[0].lower() in lex.sung_gerunds)


def _reporters_question(g: Grammar, item: _Found, before: list[str]) -> bool:
    """Whether quoted words are a question an unnamed reporter put, the reporter's role word in the sentence before
    them ("IceSport's reporter asked her: “...?”", "Le journaliste lui a demandé : « ... ? »"; not "reporter Jane Doe
    asked"): the interview's question, no one's claim. A question put TO the reporter by the cue's own subject is
    that speaker's ("Halloway told a reporter: “Why would I resign ...?”", "respondió al periodista: «¿...?»")."""
    if not item.words.rstrip().endswith("?"):
        return False
    lex = g.lexicon
    if item.who and not any(_reporter_word(lex, word) for word in item.who.split()):
        return False  # the cue names another speaker: the reporter is the one asked
    sentence = _this_sentence(before)
    return bool(sentence) and any(
        _reporter_word(lex, word) and not after[:1].isupper() and not _addressed(lex, sentence[:i])
        for i, (word, after) in enumerate(zip(sentence, [*sentence[1:], ""], strict=True))
    )


def _addressed_title(g: Grammar, text: str, item: _Found, before: list[str]) -> bool:
    """Whether quoted words are a name, capitalised as titles are, right after an article that makes it the one spoken
    to, a cue verb within a few words after the marks ("Dem „Ennstaler Boten“ sagte er", "Den „Lübecker Nachrichten“
    sagte sie", "Al «Diario del Sur» le dijo"): an outlet, no one's words (not "stünde gegen den „Etatismus“.")."""
    lex = g.lexicon
    if not before or before[-1].lower() not in lex.addressee_articles or not _title_case_words(g, item.words):
        return False
    end = item.spans[-1].end
    after = text[end : end + _WORD_BEFORE_REACH].split()[:_ADDRESSED_CUE_REACH]
    for word in after:
        bare = word.strip(",;:“”„«»\"'").lower()
        if _cue_word(lex, bare):
            return True
        if word[-1:] in ".!?" or bare and bare not in lex.pronouns and bare not in lex.cue_adverbs:
            return False
    return False


def _opening_place(g: Grammar, text: str, item: _Found) -> bool:
    """Whether quoted words shaped as a title are the object of a preposition that opens their sentence, perhaps
    with an article, a comma right after the marks ("Au « Courrier du Port », la maire a déclaré", "In the “Harbour
    Gazette”, the mayor said", "En «El Correo», la alcaldesa declaró"): an outlet or a place, no one's words."""
    first = item.spans[0]
    if not text[first.end : first.end + 2].lstrip().startswith(","):
        return False  # (most quotes: no comma right after the marks)
    lex = g.lexicon
    before = _this_sentence(text[max(0, first.start - _WORD_BEFORE_REACH) : first.start].split())
    if not 0 < len(before) <= 2 or before[0].lower() not in lex.prepositions:
        return False
    if len(before) == 2 and before[1].lower() not in lex.determiners:
        return False
    return _named_like_a_title(g, item.words)


# words after an outlet's name read for the cue it is spoken to in ("Al «País» le dijo", "Au « Courrier », il a dit")
_ADDRESSED_CUE_REACH = 4


def _words_before(text: str, start: int, reach: int) -> list[str]:
    """The whole words in the ``reach`` characters before ``start`` (the first one cut off there dropped)."""
    lo = max(0, start - reach)
    words = text[lo:start].split()
    return words[1:] if lo and not text[lo - 1].isspace() else words


def _question_put(g: Grammar, text: str, item: _Found) -> bool:
    """Whether quoted words are a question put to someone, not a speaker's own: the writer asks it ("I asked him the
    question everyone asks: “Why nights?”", "le pregunté: «¿...?»") or the agent of a passive verb of asking does, the
    sentence's subject being the one who answers ("Asked by one user “...?”, Rennie answered", "Interrogée par
    l'analyste X, qui demandait « ... ? », elle a assuré"). A question its asker poses in a cue of their own ("Wallace
    then asked, “With nukes?”") is their words, and so is one a cue verb between the asking and the marks credits
    ("Asked by reporters about the fees, Trump said: “Why not?”": his answer)."""
    if not item.words.rstrip().endswith("?"):
        return False
    lex = g.lexicon
    before = _words_before(text, item.spans[0].start, _SENTENCE_REACH)
    written = _this_sentence(before, _QUESTION_REACH)
    sentence = [w.lower().strip(",:;()") for w in written]
    for i, word in enumerate(sentence):
        if word not in lex.asking_verbs or _another_cue(lex, sentence[i:]):
            continue
        if sentence[i + 1 : i + 2] == [lex.agent_link]:
            return True  # ("Asked by", "Interrogée par", "preguntado por")
        # the verb's subject: before it, the verb itself, or the word right after it; a mark further on is in
        # what was asked ("Lindgren asked if I could wait", "fragte, ob wir", "preguntó si yo": Lindgren's words),
        # and one before a clause mark is in a clause of its own ("Als wir ankamen, fragte Ansbach:")
        lo = max(0, i - _ASKER_REACH)
        lo = next((j + 1 for j in range(i - 1, lo - 1, -1) if written[j].endswith((",", ";", ":"))), lo)
        if not lex.first_person_marks.isdisjoint(sentence[lo : i + 2]):
            return True  # ("I asked him", "I then asked", "fragte ich", "le pregunté")
    return False


def _another_cue(lex: Lexicon, words: list[str]) -> bool:
    """Whether lower-case words after a verb of asking hold a cue verb of another kind, no noun after a determiner
    ("Asked by reporters about it, Trump said:"; not "Interrogée par le conseiller Paul Serre, qui demandait")."""
    return any(
        _cue_word(lex, word) and word not in lex.asking_verbs and words[i - 1] not in lex.determiners
        for i, word in enumerate(words[1:], 1)
    )


# The words before quoted words read for a verb of asking that puts them to someone ("Interrogée par l'analyste
# Camille Ferrand, qui demandait « ... ? »": seven)
_QUESTION_REACH = 10
_ASKER_REACH = 2  # words before a verb of asking read for a first-person subject ("I then asked")


def _reporter_word(lex: Lexicon, word: str) -> bool:
    return title_role(word.strip(",:"), lex) in lex.interviewer_roles


def _addressed(lex: Lexicon, before: list[str]) -> bool:
    """Whether the words before a noun make it the one spoken to ("to a reporter", "au journaliste", "den Reporter")."""
    words = [w.lower() for w in before[-2:]]
    if words and words[-1] in lex.addressee_articles:
        return True
    if words and words[-1] in lex.determiners:
        words.pop()  # ("to a reporter", "an die Reporterin")
    return bool(words) and words[-1] in lex.addressee_prepositions


_LISTED_TERM_REACH = 160  # characters before a quote read for a noun of words and the examples listed after it


@per_language
def _listed_term(code: str) -> re.Pattern[str]:
    """A noun of words as words and a link giving examples (lexicon ``term_nouns``, ``example_links``), then at most
    four quoted examples each followed by a comma or a conjunction, up to the quote's opening mark."""
    lex = LEXICONS[code]
    if not lex.term_nouns or not lex.example_links:
        return re.compile(NEVER)
    nouns, links = phrases(tuple(sorted(lex.term_nouns))), phrases(lex.example_links)
    conjunctions = phrases(tuple(sorted(lex.clause_conjunctions)))
    marks = _LISTED_MARKS
    listed = rf"[{marks}][^{marks}\n]{{1,60}}[{marks}]\s{{0,2}}(?:,|\s(?i:{conjunctions}))\s{{1,2}}"
    return re.compile(rf"(?<!\w)(?i:{nouns})\s{{1,2}}(?i:{links}),?\s{{1,2}}(?:{listed}){{0,4}}$")


_LISTED_MARKS = "\"„“”«»‚‘’‹›"


def _after_listed_term(g: Grammar, text: str, start: int) -> bool:
    """Whether the quote at ``start`` is listed after a noun of words and a link giving examples (``_listed_term``)."""
    lo = start - _LISTED_TERM_REACH if start > _LISTED_TERM_REACH else 0
    near = text[lo:start].lower()
    # (most quotes: no noun of words near, told without the pattern)
    if not any(map(near.__contains__, g.lexicon.term_nouns)):
        return False
    return _listed_term(g.lexicon.code).search(text, lo, start) is not None


def _after_phrase_noun(g: Grammar, before: list[str]) -> bool:
    """Whether quoted words follow a set phrase's noun and its article or possessive, perhaps an adjective between
    ("unter dem Motto", "sous la devise", "bajo el lema", "under the motto", "el viejo dicho", "das alte
    Sprichwort")."""
    lex = g.lexicon
    last = before[-1].lower() if before else ""
    if last.endswith(","):
        # (the phrase set off after its noun and whose it is: "con el lema de la subasta, «…»", "under its motto,
        # “…”", "mit dem Spitznamen des Dorfes, „…“")
        words = [w.lower().strip(",:()*_") for w in before[-3 - _SIGN_OWNER_WORDS :]]
        return any(words[n] in lex.phrase_nouns and _sign_named(lex, words, n) for n in _sign_nouns_at(lex, words))
    if last in lex.phrase_nouns:
        size = 1
    elif last.replace("’", "'") in _phrase_noun_ends(lex.code):
        # (a noun of two or three words: "sous le mot d'ordre", "the rallying cry")
        size = next((n for n in _PHRASE_NOUN_SIZES if _as_phrase(before[-n:]) in lex.phrase_nouns), 0)
    else:
        return False
    if not size or len(before) <= size:
        return False
    noun = _as_phrase(before[-size:])
    before = before[:-size]
    if _opens_set_phrase(lex, before[-1]):
        return True
    verb = _gerund(lex, noun) and _cue_word(lex, noun)
    # (an adjective before the noun: "el viejo dicho", "das alte Sprichwort"; not before a cue verb's gerund, which
    # after a noun is the verb: "a statement saying “...”", "a cover saying “...”")
    adjective = before[-1].isalpha() and before[-1].islower() and len(before) > 1 and not verb
    return adjective and _opens_set_phrase(lex, before[-2])


def _opens_set_phrase(lex: Lexicon, word: str) -> bool:
    """Whether a word is an article or a possessive, which may open a set phrase's noun ("unter dem Motto")."""
    low = word.lower()
    return low in lex.articles or low in lex.possessives


_PHRASE_NOUN_SIZES = (2, 3)  # the words a set phrase's noun of several words holds ("mot d'ordre", "cri de ralliement")


@lru_cache(maxsize=8)
def _phrase_noun_ends(code: str) -> frozenset[str]:
    """The last words of a lexicon's set phrase nouns of several words ("ordre" of "mot d'ordre", computed once)."""
    return frozenset(noun.rsplit(" ", 1)[1] for noun in LEXICONS[code].phrase_nouns if " " in noun)


def _as_phrase(words: list[str]) -> str:
    """Words joined as a lexicon writes a phrase of them: lower case, straight apostrophes ("mot d’ordre")."""
    return " ".join(words).lower().replace("’", "'")


_SAYING_REACH = 60  # characters before or after quoted words read for a clause a saying is the subject of
_SAYING_WORDS = 5  # the words of that clause after its conjunction: a determiner, an adjective, its noun, a verb, one


def _as_the_saying_goes(g: Grammar, text: str, item: _Found) -> bool:
    """Whether a clause before or after quoted words gives them as a set phrase's wording, its conjunction, the
    phrase's noun and a verb ("As the old saying goes, “...”", "Wie das Sprichwort sagt: „...“", "« ... », comme dit le
    proverbe", "Como reza el dicho: «...»"): a saying's words, no one's claim."""
    lex = g.lexicon
    start, end = item.spans[0].start, item.spans[-1].end
    # (set off by a comma or a colon before the marks, or opening a clause after them: most quotes are neither, and
    # their words are not split)
    set_off = text[start - 3 : start] if start >= 3 else text[:start]
    if ("," in set_off or ":" in set_off) and _saying_before(lex, text, start):
        return True
    return _conjunction_after(lex.code).match(text, end) is not None and _saying_after(lex, text, end)


def _saying_before(lex: Lexicon, text: str, start: int) -> bool:
    """Whether the clause ending right before quoted words at ``start`` gives them as a saying's ("As the old saying
    goes, “...”")."""
    words = list(_bare_words(text[max(0, start - _SAYING_REACH) : start].split()[-_SAYING_WORDS - 1 :], ",:"))
    opener = max((i for i, w in enumerate(words) if w in lex.subordinators), default=-1)
    return opener >= 0 and _saying_named(lex, words[opener + 1 :])


def _saying_after(lex: Lexicon, text: str, end: int) -> bool:
    """Whether the clause right after quoted words ending at ``end`` gives them as a saying's ("“...,” as the saying
    goes")."""
    after = text[end : end + _SAYING_REACH].lstrip(" ,").split()[: _SAYING_WORDS + 1]
    stop = next((i for i, w in enumerate(after) if w[-1] in ",.;:!?"), len(after))  # (where the clause ends)
    clause = [w.lower().rstrip(",.;:!?") for w in after[: stop + 1]]
    return len(clause) > 1 and _saying_named(lex, clause[1:])


@per_language
def _conjunction_after(code: str) -> re.Pattern[str]:
    """A conjunction of the lexicon (``subordinators``) opening the words after quoted words ("|, as the saying
    goes")."""
    words = LEXICONS[code].subordinators
    return re.compile(rf"[ ,]{{0,3}}(?i:{phrases(tuple(words))})\b" if words else NEVER)


def _saying_named(lex: Lexicon, words: list[str]) -> bool:
    """Whether a set phrase's noun stands among ``words`` right after its article or possessive, perhaps an adjective
    between ("the old saying", "le proverbe"; not "as saying", a cue verb's form: "quoted her as saying"; nor "que su
    padre le había dicho", a participle after its auxiliary, the possessive another noun's)."""
    noun = next((i for i, w in enumerate(words) if w in lex.phrase_nouns), -1)
    near = words[max(0, noun - 2) : noun]
    return (
        noun > 0
        and any(w in lex.articles or w in lex.possessives for w in near)
        and not any(w in lex.cue_adverbs for w in near)
    )


def _set_phrase(g: Grammar, item: _Found) -> bool:
    """Whether the cue credits quoted words to a set phrase, a song or a sign, not to anyone: the cue's subject a noun
    of ``phrase_nouns``, ``sung_nouns`` or ``sign_nouns`` ("The lab's motto ... reads “...”", "Das Motto lautet „...“",
    "el estribillo dice «...»", "A sign on the barrier reads “...”"; a sign someone holds up is theirs: "held up a sign
    saying “...”")."""
    lex = g.lexicon
    words = list(map(str.lower, (item.who or "").split()))
    if not words or not (words[0] in lex.determiners or _opens_phrase(lex, words[0])):
        return False  # (a description, not a name: "dijo también Manuel Lema")
    links = (i for i, w in enumerate(words) if i and (w in lex.complement_words or w in lex.prepositions))
    head = _unpossessive(words[next(links, len(words)) - 1])  # (the word before what it is of: "la devise du")
    return head in lex.phrase_nouns or head in lex.sung_nouns or head in lex.sign_nouns


_NAMED_OBJECT_REACH = 8  # words before quoted words a naming verb may stand, an object or a subject between
_GIVEN_NAME_REACH = 14  # the same before a name's shape ("die Wanne"), an object with its places and times between


def _piece_named(g: Grammar, text: str, item: _Found, near: list[str]) -> bool:
    """Whether quoted words shaped as a title are a piece or a work that a verb of playing, starting or finishing a
    piece (lexicon ``played_verbs``, ``piece_verbs``) gives right before them, no mark between ("When the band finished
    “Jolie Blonde”, the dancers hollered back: “…”", "l'orchestre a terminé « La Bamba », puis …", "la banda tocó «El
    Niño Perdido»"), or a noun of works after its article with no verb of saying before it ("After the band played the
    song “Jolie Blonde”, …"; not "dijo en el documental «…»", the words he said there); or, in a language that puts
    its verb last, such a verb right after them closing the clause ("Als die Kapelle „Rosamunde“ anstimmte, riefen die
    Tänzer:"): the piece's title, whatever cue follows (the next quote's, which made the title read as a split quote's
    first part). "The band finished: “…”" (a colon) is the band's."""
    lex = g.lexicon
    last = near[-1].lower()  # (the word before the marks first, the title's shape only after a verb or a noun there)
    if last in lex.played_verbs or last in lex.piece_verbs:
        return _named_like_a_title(g, item.words.rstrip().rstrip(","))
    if len(near) > 1 and _opens_phrase(lex, near[-2].lower()) and _noun_of(lex, last, lex.work_nouns, compound=True):
        return _named_like_a_title(g, item.words.rstrip().rstrip(",")) and not any(
            _cue_word(lex, w.lower().strip(",")) for w in _this_sentence(near)
        )
    if not lex.verb_second:
        return False
    end = item.spans[-1].end
    following = text[end : end + _NAMED_AFTER_REACH].split(maxsplit=1)[:1]
    verb = following[0][:-1].lower() if following and following[0][-1:] == "," else ""
    played = verb in lex.played_verbs or verb in lex.piece_verbs
    return played and _named_like_a_title(g, item.words.rstrip().rstrip(","))


def _named_across(g: Grammar, before: list[str], words: str, credited: bool) -> bool:
    """Whether a naming verb gives quoted words as a name across adverbs or an object pronoun: a definite noun phrase
    ("que certains appellent déjà « la grève des ... »", "locals already call it “the bridge to nowhere”", "que muchos
    llaman ya «el puente ...»"; an indefinite one is a judgement: "we called it “an incredible feat”"). ``credited``:
    whether a speaker is credited with the words."""
    lex = g.lexicon
    if before and _named_outside(lex, before, words, credited):
        return True
    first = words.split(maxsplit=1)[0].lower()
    # (a definite article opens it, in any case: German "den" and "dem" are no `determiners` of the lexicon)
    count = len(words.split(maxsplit=_TITLE_MAX_WORDS))
    definite = 1 < count <= _TITLE_MAX_WORDS and (
        first in lex.definite or first in lex.plural_definite or first in lex.dialect_articles
    )
    if not definite or _clause_words(lex, words):
        return False
    tail = [w.lower() for w in before[-3:]]
    skipped = 0
    while len(tail) > 1 and tail[-1] not in lex.naming_verbs and _adverb_or_object(lex, tail[-1]):
        tail.pop()
        skipped += 1
    if skipped > 0 and tail[-1] in lex.naming_verbs:
        return True
    # A name (a capital after the article) given across the object or the subject, in the clause: "on appelle déjà le
    # quatuor « les Gazelles du Risoux »", "nennen sich die Jüngsten selbst „die Jungen Wilden“"; in lower case when
    # no one named is credited with them ("Los socios llaman a la cuenta desviada «la cuenta del fondo»": what a
    # group calls a thing, where "Okafor called the plan “the worst idea”" is his judgement), or when a verb that
    # agrees with a plural subject only stands before the naming verb ("Regulars have long called the leaking glass
    # roof over the main pool “the colander”", tune set 43: a group's name for a thing, over the years)
    judged = credited and not words.split(maxsplit=2)[1][:1].isupper() and not _plural_naming(lex, before)
    # (a name's shape, an article and its noun, read across a long object: "nennen die Senke beim alten Bahnhof seit
    # dem Hochwasser nur „die Wanne“")
    reach = before[-(_GIVEN_NAME_REACH if _given_name_shape(lex, words) else _NAMED_OBJECT_REACH) :]
    for at in range(len(reach) - 1, -1, -1):
        word = reach[at]
        if word[-1:] in _CLAUSE_MARKS:
            return False
        if word.lower() in lex.naming_verbs:
            return not judged
        # (a verb of saying after its object names whoever says it, lower case too: "los chicos le dicen al bus «la
        # lata de sardinas»")
        if at and f"{reach[at - 1]} {word}".lower() in lex.naming_phrases:
            return True  # (a verb of saying after its object: "le dicen a la pipa más vieja «la Güera»")
    return False


_UNNAMED_OPENING_CHARS = 160  # characters before quoted words read for the opening of their sentence
_UNNAMED_NOUN_WORDS = 4  # words after an indefinite article read for its noun of a person ("A cruise ship passenger")


def _unnamed_one_opens(lex: Lexicon, text: str, start: int, before: list[str]) -> bool:
    """Whether the sentence of quoted words at ``start`` opens on an indefinite description of one person ("A cruise
    passenger from Napier who did not give her name called the pier “…”", "Eine Kundin aus Wil nannte den Markt „…“",
    "Une cliente a qualifié le marché de « … »", "Una clienta llamó al mercado «…»"): one person's judgement, though
    the text leaves them unnamed, not what a group calls a thing ("Stallholders call it “boat day”", "Unos vecinos
    llaman al puente «…»"). ``before``: the words right before the quote, read first for the naming verb."""
    if not any(w.lower() in lex.naming_verbs for w in before[-_NAMED_OBJECT_REACH:]):
        return False  # (most quotes: no naming verb before them)
    words = _this_sentence(text[max(0, start - _UNNAMED_OPENING_CHARS) : start].split(), _UNNAMED_OPENING_CHARS)
    if len(words) < 3 or words[0].lower() not in lex.indefinite:
        return False
    for word in words[1 : 1 + _UNNAMED_NOUN_WORDS]:
        low = word.lower().rstrip(",")
        if low in lex.role_nouns or person_ending(low) and not low.endswith("s"):
            return True
    return False


def _named_past_apposition(g: Grammar, text: str, item: _Found) -> bool:
    """Whether a naming verb gives quoted words as a name across its object and an apposition set off by commas right
    before the marks ("Residents have long called the branch, a former bank, “the little yellow library”", "appellent
    la bibliothèque, une ancienne banque, « la petite bibliothèque jaune »", "llaman a la sucursal, un antiguo banco,
    «la biblioteca amarilla»"): read as :func:`_named_across` reads the words without the apposition. The apposition
    opens on a determiner or a possessive and holds no cue verb ("called the plan, he said, “a disgrace”" is no
    apposition)."""
    lex, start = g.lexicon, item.spans[0].start
    words = _this_sentence(text[max(0, start - _APPOSITION_REACH) : start].split()[start > _APPOSITION_REACH :])
    opening = next((i for i in range(len(words) - 2, 0, -1) if words[i].endswith(",")), 0)
    apposed = [w.lower().rstrip(",") for w in words[opening + 1 :]]
    if not opening or len(apposed) > _APPOSITION_WORDS or not _object_opens(lex, apposed[0]):
        return False
    if any(w in lex.cue_verbs for w in apposed):
        return False
    return _named_across(g, [*words[:opening], words[opening][:-1]], item.words, item.speaker is not None)


_APPOSITION_REACH = 120  # characters before quoted words read for a naming verb, its object and an apposition
_APPOSITION_WORDS = 5  # the most words of an apposition between a naming verb's object and the marks ("a former bank")


def _object_words(lex: Lexicon, text: str, start: int, before: list[str], quoted: str) -> list[str]:
    """The words before quoted words that ``_named_across`` reads: ``before`` (the words of a few characters), or the
    sentence's words a long object holds before a name's shape, an article and its noun ("Die Einwohner nennen die
    Senke beim alten Bahnhof seit dem Hochwasser nur „die Wanne“")."""
    if not _given_name_shape(lex, quoted):
        return before
    return text[max(0, start - _SENTENCE_REACH) : start].split()[start > _SENTENCE_REACH :]


def _named_outside(lex: Lexicon, before: list[str], words: str, credited: bool) -> bool:
    """Whether a naming verb gives quoted words as a name across its object, their definite article outside the marks
    ("Wedenig nannte ihren Voranschlag das „Budget der kleinen Schritte“", "locals called the bridge the “Road to
    Nowhere”", "appellent leur quartier la « Petite Venise »", "llaman a la represa la «Pila Grande»"; a main clause's
    verb too, German "nannte", which otherwise names only closing a relative clause). Credited words in lower case stay
    a judgement ("Sie nannte den Plan den „größten Fehler“", "called the plan the “worst idea”")."""
    article = before[-1].lower()
    if article not in lex.articles or not (article in lex.definite or article in lex.plural_definite):
        return False
    if not 0 < len(words.split(maxsplit=_TITLE_MAX_WORDS)) <= _TITLE_MAX_WORDS or _clause_words(lex, words):
        return False
    if credited and not words[:1].isupper():
        return False
    for word in reversed(before[-_NAMED_OBJECT_REACH:-1]):
        if word[-1:] in _CLAUSE_MARKS:
            return False
        low = word.lower()
        if low in lex.naming_verbs or low in lex.relative_naming_verbs:
            return True
    return False


_PLURAL_NAMING_REACH = 3  # words before a naming verb a plural auxiliary may stand ("have long called")


def _plural_naming(lex: Lexicon, before: list[str]) -> bool:
    """Whether the naming verb last among ``before`` follows, in its clause, a verb that agrees with a plural subject
    only (lexicon ``plural_verbs``: "Regulars have long called", "Fans have always called")."""
    if not lex.plural_verbs:
        return False
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].lower() in lex.naming_verbs), -1)
    if at < 0:
        return False
    words = before[max(0, at - _PLURAL_NAMING_REACH) : at]
    return any(w.lower() in lex.plural_verbs for w in words) and not any(w[-1:] in _CLAUSE_MARKS for w in words)


def _adverb_or_object(lex: Lexicon, word: str) -> bool:
    if word in lex.determiners:
        return False  # (Spanish "la" is an object pronoun and a determiner: "llaman la «noche de ...»")
    return _adverb(lex, word) or word in lex.pronouns


def _adverb(lex: Lexicon, word: str) -> bool:
    return word in lex.cue_adverbs or bool(lex.adverb_suffix) and word.endswith(lex.adverb_suffix)


def _named_after(g: Grammar, text: str, item: _Found) -> bool:
    """Whether a naming verb right after quoted words closes their clause: "Der Kürbis, den die Nachbarn nur „Der dicke
    Herbert“ nennen, ..." (a name, no one's claim); a verb that names only there closes a relative clause ("eine
    Laterne, die er „die Funzel“ nennt.")."""
    end = item.spans[-1].end
    following = text[end : end + _NAMED_AFTER_REACH].split(maxsplit=1)[:1]
    word = following[0] if following else ""
    if word[-1:] not in ",.;":
        return False
    verb, lex = word[:-1].lower(), g.lexicon
    if verb in lex.naming_verbs:
        return True
    return verb in lex.relative_naming_verbs and _relative_clause(g, text, item.spans[0].start)


def _published_in(g: Grammar, text: str, item: _Found, last: str) -> bool:
    """Whether quoted words stand after the word that names where something was published ("in", "im", "dans", "en"),
    their sentence going on after the marks: a paper's, a programme's name, wherever the cue said the words ("lo repitió
    el domingo en «La mañana del puerto», de Radio Costa"; not "said in “...”." at the sentence's end)."""
    if last not in g.lexicon.publication_links:
        return False
    end = item.spans[-1].end
    return _word_follows(text, end) or _APPOSED_CLOSE.match(text, end) is not None


def _relative_clause(g: Grammar, text: str, start: int) -> bool:
    """Whether the quote marks at ``start`` stand in a relative clause, a comma and a relative pronoun or article opening
    it in their sentence ("eine Laterne, die er „...“"; not "weil er die Lage „...“")."""
    clause = text[sentence_start(text, start) : start].rsplit(",", 1)[1:]
    first = clause[0].split(maxsplit=1)[:1] if clause else []
    lex = g.lexicon
    return bool(first) and (first[0].lower() in lex.relative_articles or first[0].lower() in lex.relative_pronouns)


_CONTROL_MAX_WORDS = 4  # a button's or a menu's label: "Send", "Add to Home Screen"


def _told_kind(g: Grammar, item: _Found) -> bool:
    """Whether quoted words right after a verb of telling name the kind of thing told: a few words, no clause."""
    short = len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) <= _PARTIAL_MAX_WORDS
    return short and not _clause_words(g.lexicon, item.words)


def _a_controls_label(g: Grammar, before: list[str], item: _Found) -> bool:
    """Whether quoted words are the label of a screen's control: right after a verb of working one, or after its
    preposition, pronoun or determiner ("press “Send”", "click on the “Accept” button", "klicken Sie auf
    „Senden“", "haga clic en «Enviar»")."""
    lex = g.lexicon
    if len(item.words.split(maxsplit=_CONTROL_MAX_WORDS)) > _CONTROL_MAX_WORDS:
        return False
    tail = [w.lower() for w in before[-4:]]
    while tail and (tail[-1] in lex.prepositions or tail[-1] in lex.pronouns or tail[-1] in lex.determiners):
        tail.pop()
    return bool(tail) and tail[-1] in lex.control_verbs


def _on_a_sign(g: Grammar, before: list[str]) -> bool:
    """Whether the verb before quoted words (perhaps an adverb between) says what a sign says, its subject a sign noun,
    perhaps an adjective after it, or a relative pronoun after one: "una pancarta que decía «...»", "a banner which said
    “...”", "une banderole fanée proclamait encore « ... »" (a gerund after the noun tells what a sign someone holds
    says: the holder's words)."""
    lex = g.lexicon
    words = list(_bare_words(before[-_SIGN_REACH:], ","))
    while words and _adverb(lex, words[-1]):
        words.pop()
    if not words or not (words[-1] in lex.cue_verbs or words[-1] in lex.inscription_verbs):
        return False
    verb = len(before) - min(len(before), _SIGN_REACH) + len(words) - 1  # (where the verb stands in ``before``)
    subject = words[:-1]
    if subject and (subject[-1] in lex.relative_pronouns or subject[-1] in lex.subordinators):
        subject.pop()
    elif _gerund(lex, words[-1]) and words[-1] not in lex.inscription_verbs:
        # "Jo Reed held up a sign saying “...”": the sign is held up, its words are the holder's (a PolNeAR dev B gold
        # quote); a verb of writing tells what is on it ("printed T-shirts reading “...”")
        return False
    if len(subject) > 1 and not _sign_noun(lex, subject[-1]) and subject[-1] not in lex.stopwords:
        subject.pop()  # an adjective after the noun ("une banderole fanée"), never a function word ("a sign and said")
    if subject and _sign_noun(lex, subject[-1]):
        return True
    sentence = _this_sentence(before[:verb], _SIGN_MODIFIER_REACH)
    # (most cue verbs have no sign noun before them: a substring test spares the word by word reading)
    opening = " ".join(sentence).lower()
    return any(map(opening.__contains__, lex.sign_nouns)) and _sign_before_modifier(lex, sentence)


def _inscribed(lex: Lexicon, last: str, text: str, item: _Found) -> bool:
    """Whether an inscription verb (no gerund) stands before quoted words, right before them (``last``, the word before
    the marks) or, before words no one is credited with, with only adverbs and words of a phrase saying where or how
    they are written between ("Auf den Plakaten steht „...“", "Über der Tür steht noch immer in verblichener Schrift
    „...“", "la placa reza en letras doradas «...»"; not across a clause mark, a conjunction or a cue verb: "Im Bericht
    steht, dass sie „...“ sagte"; not "Ansbach steht zu seinem Wort „...“", his)."""
    if last in lex.inscription_verbs:
        return not _gerund(lex, last)
    if item.speaker is not None:
        return False
    start = item.spans[0].start
    window = text[max(0, start - _INSCRIPTION_CHARS_BEFORE) : start]
    # (most quotes have no inscription verb before them: a substring test spares the split)
    if not any(verb in window for verb in lex.inscription_verbs):
        return False
    words = _this_sentence(window.split()[1:], _INSCRIPTION_BEFORE + 1)
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if low in lex.inscription_verbs:
            return i < len(words) - 1 and not _gerund(lex, low)
        if not (_adverb(lex, low) or _modifier_word(lex, words[i])):
            return False
    return False


def _read_on_a_sign(lex: Lexicon, text: str, item: _Found) -> bool:
    """Whether the clause right after quoted words says they are written on a sign: an inscription verb among its first
    words and a sign noun after it ("« … », lit-on sur la banderole accrochée à l'arrêt", "« … », peut-on lire sur une
    pancarte", "«…», rezaba una pancarta", "„…“, stand auf einem Plakat")."""
    end = item.spans[-1].end
    # (the few words right after the marks first: most quotes have no inscription verb there, and no more is read)
    opening = text[end : end + _INSCRIPTION_CHARS].split(maxsplit=_INSCRIPTION_AFTER)[:_INSCRIPTION_AFTER]
    if lex.inscription_verbs.isdisjoint(_bare_words(opening, ",;:")):  # (in C)
        return False
    clause = text[end : sentence_end(text, end)].split()[:_SIGN_MODIFIER_REACH]
    return any(_sign_noun(lex, w.lower().strip(",;:.!?")) for w in clause)


def _sign_relative(lex: Lexicon, text: str, item: _Found) -> bool:
    """Whether quoted words stand in a relative clause saying what is on a sign, whoever the sentence's subject: a
    sign noun, a preposition of a surface and a relative word or two right before the marks, the clause's verb of
    inscription or print among the first words after them ("viele mit Schildern, auf denen „…“ stand", "ein Plakat,
    auf dem „…“ prangte", "des pancartes sur lesquelles « … » était écrit"): the sign's words, no one's claim (not
    "der Tisch, auf dem „…“ stand": no sign)."""
    if item.cue_after_end >= 0 or not lex.surface_prepositions:
        return False  # (a cue after the words credits them)
    end = item.spans[-1].end
    # (the few words right after the marks first: most quotes have no inscription verb there, and no more is read)
    opening = text[end : end + _INSCRIPTION_CHARS].split(maxsplit=_INSCRIPTION_AFTER)[:_INSCRIPTION_AFTER]
    after = set(_bare_words(opening, ",;:.!?“”„\"»«"))
    if lex.inscription_verbs.isdisjoint(after) and lex.print_participles.isdisjoint(after):
        return False
    start = item.spans[0].start
    raw = text[max(0, start - _SIGN_RELATIVE_CHARS) : start].rsplit(maxsplit=_SIGN_RELATIVE_WORDS)[1:]
    words = [w.lower().strip(",") for w in raw if any(c.isalnum() for c in w)]  # (the opening mark is no word)
    for at in range(len(words) - 2, 0, -1):
        if words[at] in lex.surface_prepositions:
            related = words[at + 1 :]
            relative = all(w in lex.stopwords or w in lex.relative_pronouns for w in related)
            return len(related) <= 2 and relative and _sign_noun(lex, words[at - 1])
    return False


_SIGN_RELATIVE_CHARS = 50  # the characters before quoted words read for a sign noun and a relative clause's opening
_SIGN_RELATIVE_WORDS = 5  # the words read there: the sign noun, the preposition, two relative words, the opening mark


def _printed_on(lex: Lexicon, text: str, item: _Found) -> bool:
    """Whether the clause right after quoted words no one is credited with says they were put on a thing: a print
    participle among its first words and a surface preposition before it or right after it ("“...”, was printed on
    every wristband", "« … » est peint sur la façade", "„…“ wurde auf jede Tasse gedruckt", "«…», estampado en cada
    camiseta"; not "printed in the paper", words the paper carried)."""
    if item.speaker is not None or item.cue_after_end >= 0 or not lex.print_participles:
        return False
    end = item.spans[-1].end
    raw = text[end : end + _PRINTED_CHARS].split()[:_PRINTED_AFTER]
    words = [w.lower().strip(",;:.!?") for w in raw]
    at = next((i for i, w in enumerate(words) if w in lex.print_participles), -1)
    if at < 0 or any(w.endswith((".", "!", "?")) for w in raw[:at]):
        return False  # (no participle in the clause, or one past the sentence's end)
    return any(w in lex.surface_prepositions for w in words[: at + 2])


def _sign_before_modifier(lex: Lexicon, subject: list[str]) -> bool:
    """Whether a cue verb's subject (the sentence's words before it) is a sign noun and a phrase that says where the
    sign stands or how it was made, a preposition or a participle opening it ("the signs at the top of the hill read
    “...”", "un letrero pintado a mano dice «...»"), with no clause mark, conjunction, cue verb or name in it (not
    "a sign, and the mayor said", "near the sign Mayor Hale said")."""
    for i in range(len(subject) - 2, -1, -1):
        word = subject[i].lower()
        if _sign_noun(lex, word):
            after = subject[i + 1].lower()
            return after in lex.prepositions or bool(lex.participle_endings) and after.endswith(lex.participle_endings)
        if not _modifier_word(lex, subject[i + 1]):
            return False
    return False


def _modifier_word(lex: Lexicon, word: str) -> bool:
    """Whether a word may stand inside a phrase modifying a noun: no clause mark after it, no conjunction, no cue verb,
    and no capital where only names are capitalised."""
    lower = word.lower()
    if word[-1:] in _CLAUSE_MARKS or lower in lex.clause_conjunctions or _cue_word(lex, lower):
        return False
    return lex.capitalised_nouns or not word[:1].isupper()


def _sign_carries(lex: Lexicon, before: list[str], text: str, start: int) -> bool:
    """Whether the sign noun or set phrase's noun right before a colon carries the quoted words after it (the marks
    open at ``start``): the noun after its determiner or possessive, no verb of saying before it in the sentence ("ein
    Schild: „...“", "sa banderole : « ... »", "waved a banner: “...”", "hat der Verein schon ein Motto: „...“"; not
    "called the meeting a good sign: “...”", "a sign of progress: “...”", "warnt auf einer Pressekonferenz der Tafel:
    „...“", the speaker's words)."""
    words = [w.lower().strip(",:()*_") for w in before[-3 - _SIGN_OWNER_WORDS :]]
    words = [w for w in words if w]  # (a colon set apart: "sa banderole :")
    if not any(_sign_named(lex, words, noun) for noun in _sign_nouns_at(lex, words)):
        return False
    # (a verb of saying in the sentence credits them: "La confrérie, elle, a déployé sa banderole :" holds none)
    sentence = _this_sentence(text[max(0, start - _SENTENCE_REACH) : start].split()[1:], _SENTENCE_REACH)
    return not any(_cue_word(lex, w.lower().strip(",:;")) for w in sentence)


_SIGN_OWNER_WORDS = 4  # the most words of whose a sign or a motto is, after its noun ("des Schülerrats", "du conseil
# des élèves", "of the student council")


def _sign_nouns_at(lex: Lexicon, words: list[str]) -> Iterator[int]:
    """Where a sign or phrase noun may stand among the last words before a colon (lower case): the last word, or a
    phrase noun before the words that say whose it is, an "of" word and an article, or an article in one ("das Motto
    des Schülerrats:", "the motto of the student council:", "la devise du conseil des élèves :", "el lema del consejo
    escolar:"; not "a sign of progress:", a judgement, nor "a sign of the times:", whose noun names no phrase), or
    what it was given to, a preposition and an article ("un surnom à la rame bleue :", "a nickname for the new
    tram:"); a name noun only before what it is given to ("a name for the old mill:", not "in the name of the
    crew:")."""
    yield len(words) - 1
    of_words = _of_words(lex.code)
    for count in range(2, min(_SIGN_OWNER_WORDS, len(words) - 2) + 1):
        first, noun = words[-count], len(words) - 1 - count
        if words[noun] in lex.name_for_nouns:
            given = words[-count + 1]  # (German articles inflect: "für den alten Turm")
            if first in lex.name_for_links and (given in lex.determiners or given in lex.articles):
                yield noun
            continue
        if words[noun] not in lex.phrase_nouns:
            continue
        owned = first in lex.articles or first in lex.contracted_articles
        linked = first in of_words or first in lex.prepositions
        if owned or linked and words[-count + 1] in lex.determiners:
            yield noun


def _sign_named(lex: Lexicon, words: list[str], noun: int) -> bool:
    """Whether ``words[noun]`` is a sign or phrase noun after its determiner, article or possessive (German articles
    inflect: "einen Spitznamen:", "einem Schild:")."""
    before = words[noun - 1] if noun >= 1 else ""
    return (
        noun >= 1
        and (_sign_noun(lex, words[noun]) or words[noun] in lex.phrase_nouns or _name_for(lex, words, noun))
        and (before in lex.determiners or before in lex.possessives or before in lex.articles)
    )


@lru_cache(maxsize=8)
def _of_words(code: str) -> frozenset[str]:
    """The first word of each of a lexicon's "of" links ("of", "for", "de", "du", "del", "der", "für")."""
    return frozenset(link.split()[0] for link in LEXICONS[code].of_links)


def _name_for(lex: Lexicon, words: list[str], noun: int) -> bool:
    """Whether ``words[noun]`` is a name noun before what the name is given to ("a name for", not "en son nom")."""
    return words[noun] in lex.name_for_nouns and noun + 1 < len(words) and words[noun + 1] in lex.name_for_links


def _sign_noun(lex: Lexicon, word: str) -> bool:
    """Whether a lower-case word is a sign noun, in the plural too ("T-shirts", "Transparenten")."""
    return _noun_of(lex, word, lex.sign_nouns, compound=False)


# The words before quoted words read for a sign's verb: "une banderole fanée proclamait encore « ... »"
_SIGN_REACH = 5
# The words before a sign's verb read for the sign noun and a phrase modifying it ("the signs at the top of the hill")
_SIGN_MODIFIER_REACH = 8
_INSCRIPTION_BEFORE = 6  # the words between an inscription verb and the marks ("noch immer in verblichener Schrift")
_INSCRIPTION_CHARS_BEFORE = 90  # the characters read for them
_PRINTED_AFTER = 7  # the words after quoted words read for a print participle ("wurde auf jede Tasse gedruckt")
_PRINTED_CHARS = 60  # the characters read for them
_INSCRIPTION_AFTER = 3  # the words after quoted words an inscription verb may open on ("peut-on lire", "se leía")
_INSCRIPTION_CHARS = 30  # the characters read for them


def _named_object(g: Grammar, before: list[str], item: _Found) -> bool:
    """Whether a naming verb has its object between it and quoted words of three: what its subject called it
    ("called the data “promising but thin”"; two words stay a term, "calls the display “crease-free”", and a noun
    phrase a name)."""
    return (
        len(before) >= 3
        and before[-3].lower() in g.lexicon.naming_verbs
        and before[-2].lower() in g.lexicon.determiners
        and before[-1].islower()
        and len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) == _PARTIAL_MAX_WORDS
        and not _opens_noun_phrase(g, item.words)  # ("dubbed the day “the Tuesday cull”": a name)
    )


def _named_noun_phrase(g: Grammar, text: str, item: _Found) -> bool:
    """Whether quoted words credited to no one are a noun phrase naming a thing inside a sentence, no one's claim
    ("venu voir « la pierre de l'espace »", "bautizada en la carta como «la de la abuela»")."""
    if item.speaker is not None or item.has_cue:
        return False
    sentence = _noun_phrase_inside(g, text, item)
    # (after a cue verb or in a reported clause they are someone's words: "because he will have “a lot of delegates”
    # after Tuesday", "Según dijo, «la mitad de ellos no se había vacunado»")
    said = (w.lower().strip(",") for w in _relative_clause_words(g, sentence))
    return bool(sentence) and not any(_reporting(w) or w in g.lexicon.cue_verbs for w in said)


def _relative_clause_words(g: Grammar, sentence: list[str]) -> list[str]:
    """The words of the relative clause the last of ``sentence``'s words stand in, after the comma and the pronoun that
    open it (lexicon ``relative_pronouns``, ``comma_relatives``: "la vecina, que sopló las velas de"), else all of
    them: what the rest of the sentence says is not what the clause says ("para celebrar ...")."""
    lex = g.lexicon
    for i in range(len(sentence) - 1, 0, -1):
        word = sentence[i].lower()
        if sentence[i - 1].endswith(",") and (word in lex.relative_pronouns or word in lex.comma_relatives):
            return sentence[i + 1 :]
    return sentence


def _epithet(g: Grammar, text: str, item: _Found) -> bool:
    """Whether quoted words are a noun phrase set off by a comma after a name that is not their speaker's: what the
    name is called, no claim ("Aurillac a dit adieu à Marcel Vialatte, « l'accordéon du Cantal »")."""
    sentence = _noun_phrase_inside(g, text, item)
    named = sentence[-1][:-1] if sentence and sentence[-1].endswith(",") else ""
    return (
        named[:1].isupper()
        and named not in (item.who or "").split()
        and _APPOSED_END.match(text, item.spans[-1].end) is not None
    )


def _noun_phrase_inside(g: Grammar, text: str, item: _Found) -> list[str]:
    """The words of the sentence before quoted words that are a noun phrase inside it: a determiner first, a title's
    length at most, no sentence end, after words of their sentence but no colon (a quote opening its sentence, or
    announced by a colon, is speech); no words when they are not."""
    words = item.words.split(maxsplit=_TITLE_MAX_WORDS)  # (split no further than tells a longer quote)
    if item.split or not words or len(words) > _TITLE_MAX_WORDS or item.cue_after_end >= 0:
        return []
    if item.words.rstrip().endswith((".", "!", "?", ",", ";", ":")) or not _opens_on_determiner(g, words[0]):
        return []
    start = item.spans[0].start
    before = text[max(0, start - _SENTENCE_REACH) : start].split()[1:]  # (the first word may be cut)
    sentence = _this_sentence(before, len(before))
    return [] if not sentence or sentence[-1].endswith(":") else sentence


_APPOSED_END = re.compile(r"\s{0,2}(?:[,.;)]|$)")  # what may follow an epithet set off by a comma


def _opens_on_determiner(g: Grammar, word: str) -> bool:
    """Whether a quote's first word is a determiner, or opens on an elided one ("l'accordéon")."""
    low = word.lower().strip('«“„"‘').replace("’", "'")
    elided = _ELIDED.match(low)
    return low in g.lexicon.determiners or elided is not None and low[: elided.end()] in g.lexicon.determiners


def _opens_noun_phrase(g: Grammar, words: str) -> bool:
    """Whether quoted words are a noun phrase a naming verb gives: a determiner, then a title's length at most."""
    split = words.split(maxsplit=_TITLE_MAX_WORDS)
    return 1 < len(split) <= _TITLE_MAX_WORDS and split[0].lower().strip('«“„"') in g.lexicon.determiners


_APPOSED_CLOSE = re.compile(r"\s{0,2},")  # the comma that closes an appositive after the marks


def _names_a_thing(g: Grammar, text: str, item: _Found, before: list[str]) -> bool:
    """Whether quoted words no cue credits name a thing: a title-like run (short, opening on a capital, no sentence
    end) in apposition to the noun before it ("le lotissement « Les Jardins du Prieuré »", "seines Babybreis
    „Apfel-Hirse ab dem 6. Monat“"), to a noun phrase after it ("„Blaue Stunde über Kiel“ etwa, ein Hafenbild"), or
    followed by where it is, as in a listing ("„Malen gegen das Vergessen“, Kunsthalle Ostberg, bis 5. April"). Set off
    by commas after a thing's noun phrase they name it even in a sentence a cue credits ("Marchal, autrice d'un essai
    remarqué, « La Mer en équations », a écrit :")."""
    if item.cue_after_end >= 0:
        return False
    end = item.spans[-1].end
    apposed = bool(before) and before[-1].endswith(",") and _APPOSED_CLOSE.match(text, end) is not None
    credited = item.speaker is not None and item.has_cue
    if credited and not apposed or not _named_like_a_title(g, item.words):
        return False
    if apposed:
        before = [*before[:-1], before[-1][:-1]]  # set off by commas: "une création, « La Rivière à l'envers », jouée"
    if credited:
        return _thing_phrase(g, _without_participle(g.lexicon, before))
    return _noun_before(g, before) or _noun_apposed(g, text, end) or _listed(g, text, item.spans[0].start, end)


def _without_participle(lex: Lexicon, words: list[str]) -> list[str]:
    """``words`` without the participle ending them after a lower-case word that is no function word, an adjective set
    after its noun ("un ouvrage de vulgarisation remarqué", "una novela muy celebrada": the noun phrase before it; a
    cue verb's form, it read as the verb of "a dit", "ha dicho")."""
    if len(words) < 3 or not lex.participle_endings:
        return words
    last, previous = words[-1], words[-2]
    if last.islower() and last.endswith(lex.participle_endings) and previous.isalpha() and previous.islower():
        return words[:-1] if previous not in lex.stopwords else words
    return words


def _thing_phrase(g: Grammar, before: list[str]) -> bool:
    """Whether the words before the marks end on a noun phrase (see ``_noun_before``) with no cue verb, role, title or
    saying noun among its words: a thing's, not a person spoken to or words said ("told her daughter, “...”,", "a dit
    au maire, « ... »,", "repitió la frase, «...»,")."""
    if not _noun_before(g, before):
        return False
    lex = g.lexicon
    words = (_unelided(w.lower()) for w in _this_sentence(before, _NOUN_PHRASE_WORDS))
    return not any(_cue_word(lex, w) or _role_word(lex, w) or w in lex.saying_nouns for w in words)


def _body_named(g: Grammar, text: str, item: _Found) -> bool:
    """Whether quoted words shaped like a title stand right after an organisation's noun and its determiner, with no
    cue after them and no verb of saying before the noun: the body's name ("für den Förderverein „Kasper bleibt“",
    "l'association « Les Amis du Rail »", "la asociación «Río Vivo»", "the charity “Hope Street”"), even in a sentence
    a cue opens ("Statt Blumen bittet die Familie um eine Spende für den Förderverein „...“"). A body spoken to is no
    name ("told the council “Nothing has changed”": its words)."""
    if item.cue_after_end >= 0 or not _named_like_a_title(g, item.words):
        return False
    lex = g.lexicon
    start = item.spans[0].start
    words = text[max(0, start - _WORD_BEFORE_REACH) : start].split()
    words = _this_sentence(words[start > _WORD_BEFORE_REACH :], 3)  # (the first word of a cut window may be cut)
    if not words:
        return False
    noun = words[-1].lower()
    elided = _ELIDED.match(noun)
    if elided:
        noun, determiner, verb = noun[elided.end() :], noun[: elided.end()], words[-2:-1]  # "l'association"
    else:
        determiner, verb = (words[-2].lower() if len(words) > 1 else ""), words[-3:-2]
    if determiner not in lex.articles or any(_cue_word(lex, w.lower()) for w in verb):
        return False
    return _body_noun(lex, noun)


def _of_noun(g: Grammar, before: list[str]) -> bool:
    """Whether the preposition ending ``before`` follows a noun after its determiner, an adjective perhaps between ("la
    naissance de", "les premières notes de")."""
    lex = g.lexicon
    return len(before) >= 3 and _noun_before(g, before[:-1]) and before[-1].lower() in lex.complement_words


_NOUN_PHRASE_WORDS = 5  # the most words of a noun phrase before the marks ("del pesquero de cerco")


def _noun_before(g: Grammar, before: list[str]) -> bool:
    """Whether the words before the marks end on a noun phrase: a determiner, lower-case words (adjectives, "de" and
    a noun), the noun ("le lotissement", "l'exposition", "seines Babybreis", "ihre neue Imagekampagne", "del pesquero
    de cerco"): what the quoted words are the name of."""
    words = _this_sentence(before, _NOUN_PHRASE_WORDS)
    lex = g.lexicon
    if not words:
        return False
    noun = words[-1]
    elided = _ELIDED.match(noun)
    if elided and noun[: elided.end()].lower().replace("’", "'") in lex.determiners:
        noun = noun[elided.end() :]  # "l'exposition"
    elif not _determined(lex, words[:-1]):
        return False
    low = noun.lower()
    if not noun.isalpha() or low in lex.stopwords or low in lex.cue_verbs:
        return False
    return noun[:1].isupper() if lex.capitalised_nouns else noun.islower()


def _determined(lex: Lexicon, words: list[str]) -> bool:
    """Whether ``words`` end on the opening of a noun phrase: a determiner, then lower-case words that are no cue verb
    (an adjective, "de" and a noun: "el plan insular de energía")."""
    for word in reversed(words):
        low = word.lower()
        bare = _unelided(low)  # (an article after an elided preposition: "d'un ouvrage")
        if low in lex.determiners or low in lex.articles or low in lex.noun_markers or bare in lex.determiners:
            return True
        if not word.isalpha() or not word.islower() or low in lex.cue_verbs:
            return False
    return False


# After the closing mark: at most one lower-case word ("etwa"), a comma, a determiner and a word
_APPOSED_NOUN = re.compile(
    rf"\s{{0,2}}(?:[^\W\d_{CAPITALS}]{{1,15}}\s{{0,2}})?"
    rf",\s{{1,3}}([^\W\d_]{{1,12}})\s{{1,3}}[^\W\d_]"
)
_LISTED = re.compile(rf"\s{{0,2}},\s{{1,3}}[{CAPITALS}]")


def _noun_apposed(g: Grammar, text: str, end: int) -> bool:
    """Whether a noun phrase is apposed to the quoted words, with no cue verb after it ("„…“ etwa, ein Hafenbild kaum
    größer als eine Postkarte"; not "“…”, a spokesman said")."""
    apposed = _APPOSED_NOUN.match(text, end)
    if apposed is None:
        return False
    lex = g.lexicon
    opener = apposed.group(1).lower()
    if opener not in lex.determiners and opener not in lex.articles:
        return False
    return not g.any_verb.search(text, apposed.end(), min(len(text), apposed.end() + _WORK_VERB_REACH))


def _listed(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether quoted words opening their sentence are followed by a comma and a name, and no cue verb in the rest of
    the sentence: a title in a listing ("„…“, Kunsthalle Ostberg, bis 5. April 2027.")."""
    if sentence_start(text, start) != start or _LISTED.match(text, end) is None:
        return False
    return not g.any_verb.search(text, end, sentence_end(text, end))


_TERM_WORDS = 2  # a term in marks: one or two words ("world-class", "crease-free")
_NAMING_REACH = 5  # the words before the marks a naming verb and its object may stand among


def _term(g: Grammar, text: str, item: _Found, before: list[str]) -> bool:
    """Whether one or two quoted words are a term: modifying the noun after them, after a determiner or a possessive
    ("the council's “world-class” transport vision"), or what a naming verb calls its object ("The company calls the
    new display “crease-free”"; a longer phrase is the subject's words: "Okafor called the plan “too little”")."""
    if item.split or len(item.words.split(maxsplit=_TERM_WORDS)) > _TERM_WORDS or _reported(item, before):
        return False  # ("Trump has argued that the committee ran a “rigged” process": his word, a partial quote)
    lex = g.lexicon
    previous = before[-1].lower() if before else ""
    determined = previous in lex.determiners or previous in lex.articles or _possessive(previous)
    following = text[item.spans[-1].end : item.spans[-1].end + 30].split()[:1]
    if determined and following and _common_noun(g, following[0]):
        return True
    # A naming verb in a past form reports what was said ("Sanders called the suspension “arbitrary”"); in the present
    # it says what a thing is habitually called (a term).
    words = [w.lower() for w in _this_sentence(before, _NAMING_REACH)]
    return any(
        w in lex.naming_verbs
        and not (lex.participle_endings and w.endswith(lex.participle_endings))
        and 0 < len(words) - i - 1 <= _NAMING_REACH - 1
        and words[i + 1] in lex.determiners
        for i, w in enumerate(words)
    )


def _modifies_noun(g: Grammar, text: str, item: _Found, before: list[str]) -> bool:
    """Whether quoted words, of any length, stand inside a noun phrase as the modifier of its noun: an article or a
    possessive right before them and the noun right after them (the “Make America Great Again” hats, die „Mehr Bus
    für alle“ Kampagne; words that make a clause only when the noun closes the phrase: the “how many fingers am I
    holding up?” trick), or a noun joined to them by a hyphen (die „Wir schaffen das“-Politik), no cue after them."""
    if item.split or item.cue_after_end >= 0 or not before or _reported(item, before):
        return False  # ("Trump has argued that the committee ran a “rigged” process": his word, see ``_term``)
    end = item.spans[-1].end
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return True
    lex = g.lexicon
    term = len(item.words.split(maxsplit=_TERM_WORDS)) <= _TERM_WORDS
    if term or not _opens_phrase(lex, before[-1].lower().lstrip("([")):
        return False  # (one or two words there are a term: see ``_term``)
    following = text[end : end + 40].split()[:1]
    noun = following[0].rstrip(").,;:!?") if following else ""
    if not noun or not _common_noun(g, noun):
        return False
    # ("that the site “will be restored to heather moorland” once digging ends": a clause, then more of the sentence)
    return noun != following[0] or not _clause_words(lex, item.words)


_KNOWN_AS_WORDS = 3  # a name a thing is known as: the article and one or two words ("the gasp", "the Top House")


def _name_predicate(lex: Lexicon, before: list[str]) -> bool:
    """Whether the words right before quoted words say they are what a thing is called: a naming predicate closing
    them (lexicon ``name_predicates``: "Das Stück heißt „…“", "The play is called “…”", "La pièce s'appelle « … »",
    "La feria lleva el nombre de «…»"), or a copula after a noun for a name a few words back in its clause
    (``title_nouns``, ``title_copulas``: "The official name of the fair is “…”", "El nombre oficial del certamen es
    «…»"). The caller asks only when no cue follows the marks ("“We are called to serve,” she said" never gets here;
    "El nombre del proyecto es «…», explicó" is read by the rules after). (A set look-up of the last word first: most
    quotes follow no such word.)"""
    last = before[-1].lower().replace("’", "'")
    if last not in _NAME_PREDICATE_ENDS[lex.code]:
        return False
    if last in lex.title_copulas:
        for word in reversed(before[-_TITLE_NOUN_REACH:-1]):
            if word[-1:] in _CLAUSE_MARKS:
                break
            if word.lower() in lex.title_nouns:
                return True
    said = " ".join(before[-_PREDICATE_WORDS:]).lower().replace("’", "'").split()
    return any(" ".join(said[-n:]) in lex.name_predicates for n in range(1, len(said) + 1))


def _name_predicate_apart(lex: Lexicon, text: str, item: _Found) -> bool:
    """Whether short quoted words follow a naming predicate of their clause (:func:`_name_predicate`) with a few words
    of place or time between, no mark of a clause among them ("Die Stahlbrücke heißt in der Stadt seit jeher „die
    Eiserne Lady“", "Le pont s'appelle ici depuis toujours « la Vieille Dame »", "the pump is called in the village
    “the Thirsty One”"): what the thing is called, no one's claim."""
    if len(item.words.split(maxsplit=_TITLE_MAX_WORDS)) > _TITLE_MAX_WORDS:
        return False
    start = item.spans[0].start
    before = text[max(0, start - _APART_CHARS) : start].split()
    last = len(before) - 1
    # (a naming predicate's last word among the words the loop asks of it, looked for in C first: most quotes have none)
    asked = before[max(0, last - _APART_WORDS) : last]
    if _NAME_PREDICATE_LAST[lex.code].isdisjoint(map(str.replace, map(str.lower, asked), repeat("’"), repeat("'"))):
        return False
    for at in range(last, max(-1, last - 1 - _APART_WORDS), -1):
        word = before[at]
        if word[-1:] in _CLAUSE_MARKS or word[-1:] in _QUOTE_CLOSERS:
            return False
        if at < last and word.lower().replace("’", "'") in _NAME_PREDICATE_LAST[lex.code]:
            # (a preposition or an adverb opening the words between, no subject after the verb: "In der Mitteilung
            # heißt es „…“", "Für uns heißt das „…“" quote someone)
            opening = before[at + 1].lower()
            adverb = bool(lex.adverb_suffix) and opening.endswith(lex.adverb_suffix)
            return (opening in lex.prepositions or adverb) and _name_predicate(lex, before[: at + 1])
    return False


_APART_WORDS = 5  # the most words of place or time between a naming predicate and the name ("in der Stadt seit jeher")
_APART_CHARS = 80  # the characters before the marks read for them
_QUOTE_CLOSERS = frozenset('"”“»«„')
# Each language's last words of its naming predicates alone, no copula (a copula with words between names nothing)
_NAME_PREDICATE_LAST = {
    code: frozenset(p.rsplit(None, 1)[-1] for p in lex.name_predicates) for code, lex in LEXICONS.items()
}


_TALK_REACH = 4  # words between a verb of talking about and its preposition ("spricht man nur noch von")
_TALKED_OF_WORDS = 6  # the most words of a name everyone talks of ("el invierno de las empanadas")


# Each language's words that may stand right before a name everyone talks of: a preposition of talking, an article
_TALKED_OF_LAST = {code: lex.talk_prepositions | lex.determiners | lex.articles for code, lex in LEXICONS.items()}


def _talked_of(lex: Lexicon, near: list[str], words: str) -> bool:
    """Whether short quoted words are the name everyone in a place gives a thing: right after a verb of talking about
    and its preposition (perhaps an article) whose subject is impersonal or everyone (lexicon ``talk_verbs``,
    ``talk_prepositions``, ``talk_subjects``: "on parle déjà de « l'hiver des chocolatines »", "ya se habla de «el
    invierno de las empanadas»", "spricht man nur noch von der „Geisterbrücke“", "everyone talks of “the long
    winter”"), the words no clause. Blind set 52's "on parle déjà de « … »" was a quote credited to no one; a person
    talking of something in quoted words says them ("Le maire a parlé d'« une trahison »")."""
    if near[-1].lower().replace("’", "'") not in _TALKED_OF_LAST[lex.code]:
        return False  # (most quotes: one look at the word before the marks)
    said = list(map(str.replace, map(str.lower, near[-(_TALK_REACH + 3) :]), repeat("’"), repeat("'")))
    if said[-1] in lex.determiners or said[-1] in lex.articles:
        said.pop()  # ("von der „Geisterbrücke“")
    if not said or said[-1] not in lex.talk_prepositions:
        return False
    if len(words.split(maxsplit=_TALKED_OF_WORDS)) > _TALKED_OF_WORDS or _clause_words(lex, words):
        return False
    for at in range(len(said) - 2, max(-1, len(said) - 2 - _TALK_REACH), -1):
        if said[at][-1:] in _CLAUSE_MARKS:
            return False
        if said[at] in lex.talk_verbs:
            around = said[max(0, at - 3) : at] + said[at + 1 : at + 3]
            return any(w.strip(",") in lex.talk_subjects for w in around)
    return False


_PREDICATE_WORDS = 4  # the most words of a naming predicate ("lleva el nombre de")
_TITLE_NOUN_REACH = 6  # words before the copula a noun for a name may stand ("The official name of the fair is")
# Each language's last words of its naming predicates and its copulas after a noun for a name (see `_name_predicate`)
_NAME_PREDICATE_ENDS = {
    code: frozenset(p.rsplit(None, 1)[-1] for p in lex.name_predicates) | lex.title_copulas
    for code, lex in LEXICONS.items()
}


def _nickname(g: Grammar, text: str, item: _Found, before: list[str]) -> bool:
    """Whether quoted words are the nickname an appositive gives the name before them: a nickname word (lexicon
    ``nickname_words``) or a verb of knowing and "as" right before the marks, set off by a comma when the word is also
    a verb of saying ("Mamadou Ndiaye, dit « Ouragan », 24 ans", not "Ndiaye dit « Jamais »"), words shaped as a name,
    perhaps after their article ("alias «el Flaco»"), and the appositive closed right after them ("Julián Pérez,
    apodado «el Zorro», agradeció", "Jo Reed, known as “The Hammer”, said"): the name he goes by, whatever cue
    follows."""
    lex = g.lexicon
    if not before or item.split:
        return False
    last, previous = before[-1].lower(), before[-2] if len(before) > 1 else ""
    known_as = last in lex.role_links and previous.lower() in lex.known_as_verbs  # "known as", "conocido como"
    if not known_as and (last not in lex.nickname_words or _cue_word(lex, last) and not previous.endswith(",")):
        return False  # (a verb of saying right after its subject says: "Ndiaye dit « Jamais »")
    words = item.words.split()
    named = words[1:] if words and words[0].lower() in lex.determiners else words
    shaped = bool(named) and _named_like_a_title(g, " ".join(named))
    return shaped and _APPOSED_END.match(text, item.spans[-1].end) is not None


def _known_as(g: Grammar, text: str, item: _Found, before: list[str]) -> bool:
    """Whether quoted words right after "as" ("als", "comme", "como") are the name a thing is known by: a definite
    article and one or two words, no clause, no preposition, no cue after them ("locals know it as “the Top House”",
    "describe the moment as “the gasp”"; an indefinite one is a judgement: "described the plan as “a disaster”"); after
    a verb of knowing or selling, a title's length of words ("que todos conocen como «la Casa Azul del Estero»", "als
    „Grünes Gold aus Leutschach“ verkauft")."""
    lex = g.lexicon
    if not before or before[-1].lower() not in lex.role_links or item.cue_after_end >= 0:
        return False
    if _known_by_verb(lex, text, item, before):
        return _named_like_a_title(g, item.words) or _opens_noun_phrase(g, item.words)
    return _known_shape(lex, item.words)


_KNOWN_AS_VERB_REACH = 3  # the words before "as" a verb of knowing may stand among ("todos conocen como")
_CALLED_OBJECT_WORDS = 5  # the most words of a naming verb's object before the name ("called the long budget binder")
_NAME_NOUN_REACH = 3  # a noun for a name before a colon, and the words read before it ("tenía apodo:", "a nickname:")


def _called_name(g: Grammar, item: _Found, before: list[str]) -> bool:
    """Whether quoted words with no cue after them are the name a thing is given: after a naming verb and its object
    (lexicon ``naming_verbs``, ``relative_naming_verbs``: "Councillors have called the budget binder “the brick”",
    "Les pêcheurs appellent ce rocher « la Dent »", "Die Fischer nennen das Boot „die Kiste“", "Los vecinos lo llaman
    «el Rubio»"), a definite article and one or two words as after "known as" (``_known_shape``; "called the plan “a
    disaster”", "called it “the worst deal in history”" stay claims); or after a noun for a name and a colon
    (``title_nouns``: "el capón ganador ya tenía apodo: «o rei da Chaira»", "the boat had a nickname: “Old Rusty”",
    "der Hund hat einen Spitznamen: „Blitz“"), words of a title's length with no sentence end."""
    lex = g.lexicon
    last = before[-1]
    if last[-1:] == ":":
        # (the noun closes the words before the colon, no preposition before it: not "dijo a nombre de él:", "spoke
        # in her name:", "sagte in seinem Namen:")
        words = before[-_NAME_NOUN_REACH - 1 : -1] if last == ":" else [*before[-_NAME_NOUN_REACH:-1], last[:-1]]
        if not words or words[-1].lower() not in lex.title_nouns:
            return False
        if any(w.lower() in lex.prepositions for w in words[:-1]):
            return False
        split = item.words.split(maxsplit=_TITLE_MAX_WORDS)
        return 0 < len(split) <= _TITLE_MAX_WORDS and not item.words.rstrip().endswith((".", "!", "?", ","))
    placed = _placed_name_shape(lex, item.words)
    epithet = False
    if not placed and not _known_shape(lex, item.words):
        # (the quote's shape first: most quotes are longer than a name, no naming verb asked for; an epithet opens
        # with an article)
        space = item.words.find(" ")
        if space < 0 or item.words[:space].lower() not in lex.definite or not _epithet_shape(lex, item.words):
            return False
        epithet = True
    sentence = _this_sentence(before, _CALLED_OBJECT_WORDS + 1)
    if placed and lex.capitalised_nouns and not any(w.lower() in lex.naming_subjects for w in sentence):
        return False  # (every noun capitalised: only what "man" calls a thing is its name, see ``naming_subjects``)
    for i in range(len(sentence) - 1, -1, -1):
        word = sentence[i]
        if word[-1:] in _CLAUSE_MARKS:
            return False  # (the object runs to the marks within its clause)
        low = word.lower()
        if low in lex.naming_verbs or low in lex.relative_naming_verbs:
            following = sentence[i + 1 : i + 2]
            # (an object after the verb, or one before it: "lo llaman", "l'appellent"; never a preposition's phrase:
            # "called for “the vote”", "called on")
            if following and following[0].lower() in lex.prepositions:
                return False
            if epithet:
                # (a longer phrase, where the object or the phrase's head is a place: "Visitors call the town “the
                # wettest place on earth”"; "called the plan “the worst deal in history”" is a claim)
                heads = [w.strip(",").lower() for w in (*sentence[i + 1 :], *item.words.split()[1:_EPITHET_HEAD_WORDS])]
                return not lex.place_nouns.isdisjoint(heads)
            return placed or _given_name_shape(lex, item.words)
    return False


_NAME_LIST_REACH = 64  # the most characters of the object between a name and the next one a naming verb gives
_LISTED_GAP = re.compile(r"[”“»«\"]\s*,\s*([^,.;:!?”“»«„\"]{1,64})$")
_OPENING_NAME_MARKS = "“„«\""


def _listed_name(g: Grammar, text: str, item: _Found) -> bool:
    """Whether quoted words are a second name a naming verb gives, to a second object set off by a comma right after
    the first name ("Den alten Bus nennen sie im Dorf „die Blechbüchse“, die Haltestelle an der Kirche „das
    Wartezimmer“", "They call the bus “the tin can” and the stop “the waiting room”" reads with its "and" as one
    object): read as if the verb stood before the second object."""
    start = item.spans[0].start
    window = text[max(0, start - _NAME_LIST_REACH) : start]
    if not ("”," in window or "»," in window or '",' in window or "“," in window or "» ," in window):
        return False  # (most quotes: no quoted name and its comma before them)
    gap = _LISTED_GAP.search(window)
    if gap is None:
        return False
    closing = start - len(window) + gap.start()
    opening = max(text.rfind(mark, max(0, closing - _NAME_LIST_REACH), closing) for mark in _OPENING_NAME_MARKS)
    if opening < 0:
        return False
    first = _this_sentence(text[max(0, opening - _WORD_BEFORE_REACH) : opening].split(), _CALLED_OBJECT_WORDS + 1)
    lex = g.lexicon
    naming = lex.naming_verbs | lex.relative_naming_verbs
    verb = next((i for i in range(len(first) - 1, -1, -1) if first[i].lower() in naming), None)
    if verb is None:
        return False
    # (the verb, then the second object: the words a naming verb's object may run to)
    return _called_name(g, item, [*first[: verb + 1], *gap.group(1).split()[-_CALLED_OBJECT_WORDS:]])


_EPITHET_MAX_WORDS = 7  # the most words of a place's epithet ("the wettest place on earth")
_EPITHET_HEAD_WORDS = 4  # the words after its article read for its head ("the wettest place", "le dernier village")


def _epithet_shape(lex: Lexicon, quoted: str) -> bool:
    """Whether quoted words are shaped as a place's epithet: a definite article and up to ``_EPITHET_MAX_WORDS``
    words, no pronoun, copula or sentence end among them ("the wettest place on earth", "le bout du monde")."""
    found = quoted.lower().split(maxsplit=_EPITHET_MAX_WORDS)
    return (
        2 < len(found) <= _EPITHET_MAX_WORDS
        and found[0] in lex.definite
        and not quoted.rstrip().endswith((".", "!", "?"))
        and not any(w in lex.pronouns or w in lex.copulas for w in found[1:])
    )


_NICKNAME_MAX_WORDS = 4  # the most words of a nickname a naming verb gives fondly ("da Große", "el Flaco de Oro")
_FONDLY_NAMED_REACH = 100  # characters before a short quote read for a naming verb, its object, an adverb of fondness


def _named_fondly(lex: Lexicon, text: str, item: _Found) -> bool:
    """Whether quoted words after an adverb of fondness or jest (lexicon ``naming_manners``, read by the caller right
    before the marks) are a nickname: a naming verb and its object before the adverb in the clause ("Im Markt nennen
    sie den Riesen liebevoll „da Große“", "on le surnomme affectueusement « lou Grand »", "lo llaman cariñosamente «er
    Flaco»"), a few words opening on no indefinite article, no clause among them, whatever their first word (a
    dialect's article: "da"). A neutral adverb tells no name: "called the plan simply “a disgrace”" stays a judgement
    (``_named_across`` reads a definite name across it)."""
    quoted = item.words.rstrip()
    words = quoted.split(maxsplit=_NICKNAME_MAX_WORDS)
    if not lex.naming_manners or not 0 < len(words) <= _NICKNAME_MAX_WORDS or quoted.endswith((".", "!", "?", ",")):
        return False  # (most quotes: longer than a nickname)
    if words[0].lower() in lex.indefinite or _clause_words(lex, quoted):
        return False  # ("nannte den Plan liebevoll „eine Schande“", "„was er ist“": a judgement, a clause)
    start = item.spans[0].start
    sentence = _this_sentence(text[max(0, start - _FONDLY_NAMED_REACH) : start].split(), _NAMED_OBJECT_REACH + 2)
    for word in reversed(sentence):
        if word[-1:] in _CLAUSE_MARKS:
            return False  # (the adverb and the verb in the quoted words' clause)
        low = word.lower()
        if low in lex.naming_verbs or low in lex.relative_naming_verbs:
            return True
    return False


_PLACED_NAME_WORDS = (4, 5)  # a name and what it is of: "die Alte vom See", "the Queen of the Loch"


def _placed_name_shape(lex: Lexicon, quoted: str) -> bool:
    """Whether quoted words are shaped as a name given with what or where it is of: a definite article, a capitalised
    word, a link of "of" (lexicon ``complement_words``), maybe an article, and a capitalised word ("the Queen of the
    Loch", "la Dame du Port", "el Viejo del Muelle", "die Alte vom See"; not "the disaster of the decade")."""
    words = quoted.rstrip(".,;!?").split()
    if not _PLACED_NAME_WORDS[0] <= len(words) <= _PLACED_NAME_WORDS[1]:
        return False
    article, head, link, *rest = words
    if article.lower() not in lex.definite or link.lower() not in lex.complement_words:
        return False
    if len(rest) == 2 and rest[0].lower() not in lex.definite:
        return False
    return head[:1].isupper() and rest[-1][:1].isupper()


def _given_name_shape(lex: Lexicon, quoted: str) -> bool:
    """Whether quoted words after a naming verb are shaped as a name given (``_known_shape``), a word between the
    article and the noun capitalised as a name's own ("the camel", "the Iron Lady", "die Eiserne Lady"): a lower-case
    word there is a judgement's adjective, the words a claim ("called the cuts “the final straw”", "nannte den Plan
    „den größten Fehler“")."""
    words = quoted.split()
    return _known_shape(lex, quoted) and (len(words) == 2 or words[1][:1].isupper())


def _known_shape(lex: Lexicon, quoted: str) -> bool:
    """Whether quoted words are shaped as the name a thing is known by: a definite article and one or two words, no
    preposition, pronoun or copula among them ("the gasp", "la Dent"; not "a disaster", "the plan was bad")."""
    words = quoted.lower().split(maxsplit=_KNOWN_AS_WORDS)  # (a longer quote is split no further)
    return (
        1 < len(words) <= _KNOWN_AS_WORDS
        and (words[0] in lex.definite or words[0] in lex.dialect_articles)
        # (no clause: no pronoun, no copula; a noun may be a cue verb's form, "the gasp")
        and not any(w in lex.prepositions or w in lex.pronouns or w in lex.copulas for w in words[1:])
    )


def _known_by_verb(lex: Lexicon, text: str, item: _Found, before: list[str]) -> bool:
    """Whether a verb of knowing or selling stands among the words before the "as" that quoted words follow, or right
    after the marks (lexicon ``known_as_verbs``: "known as “...”", "als „...“ verkauft")."""
    verbs = lex.known_as_verbs
    if any(w.lower() in verbs for w in _this_sentence(before[:-1], _KNOWN_AS_VERB_REACH)):
        return True
    end = item.spans[-1].end
    following = text[end : end + _NAMED_AFTER_REACH].split(maxsplit=1)[:1]
    return bool(following) and following[0].rstrip(",.;").lower() in verbs


def _reported(item: _Found, before: list[str]) -> bool:
    """Whether quoted words credited to a speaker stand in a clause a cue reports ("argued that …", "whether …")."""
    return bool(item.speaker) and _cued_clause(item, before)


def _cued_clause(item: _Found, before: list[str]) -> bool:
    """Whether quoted words with a cue stand in a clause it reports, whoever its subject is ("They argue that the site
    “will be restored ...”": 'They' unresolved)."""
    return item.has_cue and _opens_reported_clause(_this_sentence(before))


def _common_noun(g: Grammar, word: str) -> bool:
    """Whether a word read after quoted words is a noun they modify: lower case (capitalised in a language that
    capitalises nouns), no function word, no cue verb ("“Yes” she said")."""
    lex = g.lexicon
    low = word.lower()
    if not word.isalpha() or low in lex.stopwords or low in lex.cue_verbs or low in lex.pronouns:
        return False
    return word[:1].isupper() if lex.capitalised_nouns else word.islower()


_SENTENCE_REACH = 100  # the characters before quoted words read for a work noun of their sentence
_SUNG_REACH = 8  # the words before the marks a verb of singing may stand among ("sangen noch lange nach dem Abpfiff")
_CHANT_WINDOW = 80  # characters before a colon's marks read for those words (eight words of ten letters)


def _chanted_before(g: Grammar, text: str, start: int, end: int, cue: re.Match[str]) -> bool:
    """Whether a cue a search of the sentence found after quoted words a group chants right before them
    (``_chanted``) is another clause's ("parents at the back of the room chanted “Keep it open!” until the chair
    called a recess"): the chant's subject, or no one, is credited, never a verb's subject after the words."""
    if cue.start("who") < end - max(sentence_start(text, start), start - _WINDOW):
        return False  # (the subject stands before the words: the chant's, or the sentence's)
    before = text[start - _WORD_BEFORE_REACH if start > _WORD_BEFORE_REACH else 0 : start].split()
    last = (before[-2] if before[-1] == ":" and len(before) > 1 else before[-1]).lower().strip(",:") if before else ""
    return _chanted(g.lexicon, last, bool(before) and before[-1].endswith(":"), before, True)


def _chanted(lex: Lexicon, last: str, colon: bool, before: list[str], cry: bool) -> bool:
    """Whether a group chants the quoted words (lexicon ``chant_verbs``): a verb of chanting in a finite form right
    before the marks and words that are a ``cry`` (ending on an exclamation mark: "parents at the back of the room
    chanted “Keep it open! Keep it open!”", "Die Fans skandierten „Wir sind wieder da!“"; not a slogan with no mark,
    "protesters chanted “No cable through the reef”", nor a gerund, a slogan's manner: "chanting “…”", "en scandant
    « … »", "coreando «…»"), or a verb of chanting anywhere in the sentence before a colon ("la salle a scandé en
    chœur : « Maialen ! Maialen ! »", round 35's "scandent en chœur :"): speech of the group, a claim however short or
    capitalised the words (a name chanted is no title)."""
    if last in lex.chant_verbs:
        # (a cry: "Keep it open! Keep it open!"; a slogan with no mark of its own stays a slogan, "protesters chanted
        # “No cable through the reef”", as a song's line)
        return not last.endswith(lex.gerund_endings) and cry
    if cry and not colon and len(before) > 2 and before[-2].lower() in lex.determiners:
        # (the verb put first, then its subject: "Nach der Abstimmung skandierten die Zuhörer „Licht aus!“", "corearon
        # los vecinos «¡…!»")
        verb = before[-3].lower()
        return verb in lex.chant_verbs and not verb.endswith(lex.gerund_endings)
    return colon and any(w.lower().strip(",:") in lex.chant_verbs for w in _this_sentence(before))


def _refrain(words: str) -> bool:
    """Whether quoted words are one phrase said over, set off by commas or stops ("Ol i kam bek, ol i kam bek.", "Wir
    bleiben, wir bleiben"): a group's refrain, its speech, as a cry is (not a line of a song: "Macht hoch die Tür, die
    Tor macht weit")."""
    parts = [" ".join(p.split()).lower() for p in _REFRAIN_BREAKS.split(words) if p.strip()]
    return len(parts) > 1 and len(set(parts)) == 1


_REFRAIN_BREAKS = re.compile(r"[,.;!?¡¿]")
# The most words of a call a group sings or chants after a colon, closed by its own stop inside the marks: blind set
# 59's four calls run 2 to 4 words ("Bouonjour, Gorey.", "Rouvrez la route.", "Barcaza, ven ya.", "Mer, recule, mer,
# recule."); the shortest song line the tests keep a song's after a colon runs 8 ("Macht hoch die Tür, die Tor macht
# weit."), a choir's 4 ("The choir sang: “Silent night, holy night.”": no plural of people sings it).
_CALL_MAX_WORDS = 5
_CALL_STOPS = (".", "!", "?", "…")
_CALL_REACH = 160  # characters before the marks read for the group singing ("Los niños de la escuela … cantaron:")


def _group_call(g: Grammar, text: str, start: int, words: str) -> bool:
    """Whether quoted words after a colon are a short call a group of people sings or chants, not a song's line: two
    to ``_CALL_MAX_WORDS`` words closed by their own stop inside the marks, a plural noun of people (lexicon
    ``people_plurals``) in their sentence before them ("Les danseurs du groupe zinli ont chanté sur la plage : « Mer,
    recule, mer, recule. »", "Los niños de la escuela cantaron en el muelle: «Barcaza, ven ya.»"): a sentence said, its
    stop its own, where a song's title stands bare ("sang: “Tochter Zion, freue dich”"), a line runs longer, or a
    choir sings it ("The choir sang: “Silent night, holy night.”"). One word stays a name or a term ("Kenavo.")."""
    stripped = words.rstrip()
    if not stripped.endswith(_CALL_STOPS) or not 2 <= len(stripped.split(maxsplit=_CALL_MAX_WORDS)) <= _CALL_MAX_WORDS:
        return False
    lo = max(sentence_start(text, start), start - _CALL_REACH)
    plurals = g.lexicon.people_plurals
    return any(w.strip(",;:").lower() in plurals for w in text[lo:start].split())


def _sung_by_name(g: Grammar, text: str, item: _Found) -> bool:
    """Whether the cue before a colon credits sung words to one person it names by a title or a known first name, a
    verb of singing in its sentence ("Su padre, don Abdón Ruiz, tomó la guitarra y cantó una copla:", "Peter Brandt
    sang a verse:"): a verse of theirs, not a choir's song ("sang der Kinderchor im Chor:")."""
    if not item.has_cue or item.speaker is None or item.plural:
        return False
    start = item.spans[0].start
    sentence = _this_sentence(text[max(0, start - _SENTENCE_REACH) : start].split()[1:], _SENTENCE_REACH)
    if g.lexicon.sung_verbs.isdisjoint(_bare_words(sentence, ",:")):
        return False
    first = (item.who or "").split()[:1]
    return bool(first) and first[0].lower() in g.lexicon.titles or _named_person(g, item.speaker)  # ("don Abdón")


_SENTENCE_END_MARKS = frozenset(".!?")  # (a word's last character looked up: no call of ``endswith`` a word)
_AFTER_SENTENCE_END = '”"’»*_'  # marks that may close a word after its sentence's end ("said.”")
_SENTENCE_END_CHARS = _SENTENCE_END_MARKS | frozenset(_AFTER_SENTENCE_END)  # the last characters of such a word


def _this_sentence(before: list[str], reach: int = _SUNG_REACH) -> list[str]:
    """The last ``reach`` words of ``before`` that stand in the sentence the quote marks open in."""
    words = before[-reach:]
    for i in range(len(words) - 1, -1, -1):  # (from the back: the last sentence end, no list of every end)
        # (the last character first: most words end on a letter, and are never stripped)
        word = words[i]
        if word[-1:] in _SENTENCE_END_CHARS and word.rstrip(_AFTER_SENTENCE_END)[-1:] in _SENTENCE_END_MARKS:
            return words[i + 1 :]
    return words


def _opens_phrase(lex: Lexicon, word: str) -> bool:
    """Whether a word before quoted words opens the noun phrase they end: an article (elided too: "d'un"), a
    possessive determiner or a possessive name ("the", "their", "England's"; not a contraction: "it's", "that's")."""
    bare = _unelided(word)  # ("d'un", "qu'une")
    if word in lex.articles or word in lex.possessives or bare in lex.articles:
        return True
    owner = _unpossessive(word)
    return owner != word and owner not in lex.stopwords and owner not in lex.pronouns


def _noun_phrase(g: Grammar, text: str, item: _Found, before: list[str]) -> bool:
    """Whether quoted words right after an article or a possessive are a noun phrase that claims no one's words: a
    name or term no one is credited with, or a term of three words or fewer that a speaker uses to name a thing
    ("denuncia la «precariedad de siempre»"), in a reported clause too when it closes the sentence with no word of a
    clause of its own ("reconoce que se trata de una «plaza de difícil cobertura»."). Going on in a reported clause
    ("acknowledged that there is an “irreversible path” for Ukraine") or longer ("warned of a “united and robust
    policing response”") they are a partial quote of the speaker."""
    words = item.words.split()
    if item.speaker is None:
        # (a name after an article; after a possessive, which may be an object pronoun too, a term's length: "he called
        # on her ‘because she’s the best for the job’")
        return len(words) <= (_TITLE_MAX_WORDS if before[-1].lower() in g.lexicon.articles else _PARTIAL_MAX_WORDS)
    if not _opens_reported_clause(_this_sentence(before)):
        return len(words) <= _PARTIAL_MAX_WORDS
    # (a term's small words are no words of a claim: "plaza de difícil cobertura", "poste difficile à pourvoir")
    content = [w for w in words if w.lower() not in g.lexicon.stopwords and w.lower() not in g.lexicon.prepositions]
    return (
        len(content) <= _PARTIAL_MAX_WORDS
        and _closes_sentence(text, item.spans[-1].end)
        and not _clause_words(g.lexicon, item.words)
    )


_ELIDED_OPENINGS = ("l'", "d'")  # an article, or "de" before one: "parlé de l'« ... »", "a parlé d'une « ... »"


def _short_noun_phrase(g: Grammar, item: _Found) -> bool:
    """Whether quoted words are short, no cue follows them and nothing makes a clause or a sentence of them (“...” of
    "saying the group “must be destroyed.”" is speech whoever says it)."""
    words = item.words.rstrip()
    return (
        item.cue_after_end < 0
        and len(words.split(maxsplit=_PARTIAL_MAX_WORDS)) <= _PARTIAL_MAX_WORDS
        and not words.endswith((".", "!", "?"))
        and not _clause_words(g.lexicon, words)
    )


def _spoken_of(g: Grammar, before: list[str]) -> bool:
    """Whether the words before quote marks end on a verb of saying and its preposition, no article between them and
    the marks ("ont parlé de « ... »", "spoke of “...”", "sprachen von „...“", "hablaron de «...»"): what the verb speaks
    of (see ``_cue_object`` for the forms with an article)."""
    words = [w.lower() for w in _this_sentence(before, 2)]
    return len(words) == 2 and words[1] in g.lexicon.prepositions and _cue_word(g.lexicon, words[0])


def _cue_object(g: Grammar, before: list[str], adjective: bool) -> bool:
    """Whether the words before quote marks end on a verb of saying, perhaps a preposition, an article or a possessive
    determiner and, when ``adjective``, one more word: the quoted words are what the verb says ("sprach von einem
    neuen „...“", "warned of a “...”", "habló de una «...»", "a parlé d'une « ... »"). Not a naming verb's ("called it
    a “...”"), nor what someone else owns ("Carson quoted Reagan's “eleventh commandment”"). Only a language that
    capitalises its nouns tells such an adjective from a noun the words name ("under the pseudonym “...”")."""
    lex = g.lexicon
    words = [w.lower() for w in _this_sentence(before, 5)]
    if adjective and len(words) > 1 and words[-1].isalpha() and not _opens_phrase(lex, words[-1]):
        words.pop()  # "von einem neuen", "of a new"
    elided = words[-1][:2].replace("’", "'") in _ELIDED_OPENINGS if words else False
    if not words or not (words[-1] in lex.articles or words[-1] in lex.possessives or elided):
        return False
    words.pop()  # (the article, or an elided one or a preposition elided onto the article: "l'", "d'une")
    if words and words[-1] in lex.prepositions and not _cue_word(lex, words[-1]):
        words.pop()  # "sprach von", "warned of", "habló de"
    return bool(words) and _cue_word(lex, words[-1])


def _names_the_speaker(g: Grammar, item: _Found) -> bool:
    """Whether the cue names its speaker, a person: by a name the resolved full name ends on ("Theresa Gruber", "Ms
    Gruber") or by a pronoun of one person ("she"); not a body or a group ("Die Opposition", "La crítica"), nor a
    description the cast resolved."""
    speaker, mention = (item.speaker or "").split(), (item.mention or "").split()
    if not speaker or not mention or not known_first_name(speaker[0]):
        return False
    pronoun = g.lexicon.pronouns.get(" ".join(mention).lower())
    if pronoun is not None:
        return pronoun.number is Number.SINGULAR and pronoun.gender is not Gender.NEUTER
    return speaker[-1] in mention


def _closes_sentence(text: str, end: int) -> bool:
    """Whether quoted words ending at ``end`` end their sentence: a full stop inside the marks or right after them
    («...».), or the end of the block."""
    stop = _ends_sentence(text[max(0, end - 4) : end]) or _STOP_AFTER.match(text, end) is not None
    return stop or not text[end:].strip()


def _clause_words(lex: Lexicon, words: str) -> bool:
    """Whether short quoted words hold a word that makes a clause of them: a pronoun, a copula or a cue verb ("the
    “way we win”", "its “job is done”"; a cue verb's form right after a determiner is a noun: "la cuenta del fondo")."""
    bare = [w.strip(".,;:!?").lower() for w in words.split()]
    return any(
        w in lex.pronouns or w in lex.copulas or w in lex.cue_verbs and not (i and bare[i - 1] in lex.determiners)
        for i, w in enumerate(bare)
    )


_APPOSED_WORK = re.compile(r"\s{0,2},?\s{1,3}([\w’']{1,20})\s{1,3}(?:([\w’'\-]{1,30})\s{1,3})?([\w’'\-]{1,30})")


def _work_after(g: Grammar, text: str, item: _Found) -> bool:
    """Whether an appositive right after the quoted words says they are a work's title: a determiner or a possessive,
    at most one word, a work noun, and no cue verb after it ("“...,” the campaign said" is speech)."""
    # (the quote's length first: most quotes are longer than a title, which spares the pattern's call)
    if len(item.words.split(maxsplit=_TITLE_MAX_WORDS)) > _TITLE_MAX_WORDS:
        return False
    apposed = _APPOSED_WORK.match(text, item.spans[-1].end)
    if apposed is None:
        return False
    lex = g.lexicon
    lead, *rest = [w for w in apposed.groups() if w]
    if lead.lower() in lex.work_nouns and rest and rest[0].lower() in lex.complement_words:
        rest = [lead]  # a work noun with no article and what it is of: "«...», lema de la cofradía"
    elif lead.lower() not in lex.determiners and not _possessive(lead):
        return False
    nouns = [_unpossessive(w.lower()) for w in rest]
    if not any(noun in lex.work_nouns for noun in nouns):
        return False
    verb = g.any_verb.search(text, apposed.start(), min(len(text), apposed.end() + _WORK_VERB_REACH))
    # (a verb in a relative clause about the work is no cue: "« Les Heures de sel », le roman qui fait parler")
    return verb is None or any(w.lower() in lex.relative_pronouns for w in text[apposed.start() : verb.start()].split())


# (the maker's name perhaps after a definite article: "“Cellar Steps” by the Low Vaults")
_MAKER = re.compile(rf"\s{{1,3}}(?P<link>\w+)\s{{1,3}}(?:(?P<article>[^\W\d_{CAPITALS}]+)\s+)?(?P<who>{NAME_RUN})")
_WORD_BEFORE_REACH = 40  # characters before a quote's opening mark that hold the word right before it
_LINK_REACH = 8  # characters after a quote's closing mark where the agent link of its maker stands (", by ")
# A writer named after an outlet's possessive that ends on "s'" ("Times' Ben Sisario"; "Variety's Gordon Cox" is one run)
_OUTLETS_WRITER = re.compile(rf"(?<=s)['’]\s{{1,3}}{NAME_RUN}")


def _work_by(g: Grammar, text: str, item: _Found) -> bool:
    """Whether quoted words shaped like a title are followed by the word that names an agent and a name, no cue after
    them: a work and its maker (“Full Court” by The Pivots, « Le Bois qui chante » par Aurelio Sanz, „Das singende
    Holz“ von Aurelio Sanz, «La madera que canta», por Aurelio Sanz), whatever the words before say ("Theme music:",
    "her favourite song is"; a date is no maker: “We will win” by Friday)."""
    lex = g.lexicon
    end = item.spans[-1].end
    if item.cue_after_end >= 0 or not lex.agent_link or lex.agent_link not in text[end : end + _LINK_REACH]:
        return False
    comma = text[end : end + 1] == ","
    maker = _MAKER.match(text, end + comma)
    if maker is None or maker.group("link") != lex.agent_link:
        return False
    if not _named_like_a_title(g, item.words):
        # (a headline in sentence case, however long, by an outlet's writer: "“Museum to close in May,” by the Post's
        # Jo Cole")
        owned = any(map(_possessive, maker.group("who").split()[:-1]))
        return owned or _OUTLETS_WRITER.match(text, maker.end()) is not None
    if maker.group("article") and (maker.group("article") not in lex.definite or not _title_case_words(g, item.words)):
        # (the one word a maker's name may follow is a definite article, after words in title case: "“Cellar Steps” by
        # the Low Vaults", not "“If there had not been that intervention” by the United States, ...")
        return False
    # (the word right before the opening mark, with what ends it: "The appeal, “…”" is no noun right before)
    window = text[max(0, item.spans[0].start - _WORD_BEFORE_REACH) : item.spans[0].start].rstrip(" \n«“„\"‘‹»")
    if re.split(r"['’]", window[_word_before(window, len(window)) :])[-1].lower() in lex.saying_nouns:
        return False  # "The warning “Stay Off The Roads” by Chief Constable Hale": a saying and its speaker
    first = maker.group("who").split()[0].lower()
    return first not in lex.date_words and first not in lex.time_words and first not in lex.pronouns


_REPORTING = frozenset(("that", "dass", "que", "qu'", "qu’", "whether", "ob", "si"))


_QU_ELIDED = ("qu'", "qu’")


def _reporting(word: str) -> bool:
    """Whether a lower-case word opens a reported clause: "that", "que", or "qu'" elided onto the next ("qu'il")."""
    return word in _REPORTING or word.startswith(_QU_ELIDED)


def _opens_reported_clause(words: list[str]) -> bool:
    """Whether one of ``words`` as written, lowered and its commas stripped, opens a reported clause (:func:`_reporting`
    of each, the words read in C: asked of most credited quotes' sentences)."""
    bare = list(_bare_words(words, ","))
    return not _REPORTING.isdisjoint(bare) or any(map(str.startswith, bare, repeat(_QU_ELIDED)))


def _bare_words(words: Iterable[str], marks: str) -> Iterator[str]:
    """``w.lower().strip(marks)`` of each of ``words``, in C."""
    return map(str.strip, map(str.lower, words), repeat(marks))


_WORK_VERB_REACH = 30  # characters after a work noun apposed to a quote where a cue verb makes it a speaker
_ACCORDING_REACH = 8  # "according to" and the work it credits: "according to the party's own newspaper,"
_WORK_REACH = 3  # the words before the marks a work noun may stand among ("the refrain runs", "slogan de toujours,")


def _after_work_noun(
    g: Grammar, text: str, before: list[str], item: _Found, nouns: frozenset[str], reach: int
) -> bool:
    """Whether the quoted words follow a work noun among the last ``reach`` words, with no cue verb between ("the report
    “...”", "a repris le refrain : « ... »", "whose chorus runs “...”"), unless the work is where a credited speaker
    said them ("said in its annual report: “...”") and they are no title next to it, its sentence going on."""
    lex = g.lexicon
    # (one word more than the reach: the word before a link word tells whether it frames the work, see below)
    words = _this_sentence(before[-reach - 1 :])  # never across a sentence's end ("her headline pledge. “...”")
    # (an elided article is no part of the noun: "l'opération « Tranquillité seniors »"; each word as written kept too)
    stripped = list(map(str.strip, words, repeat(",:;()*_")))
    unelided = list(map(_unelided, map(str.lower, stripped)))  # (lower case and the marks stripped, in either order)
    wider, written = list(filter(None, unelided)), list(compress(stripped, unelided))  # (in C)
    tail = wider[-reach:]
    lead = len(wider) - len(tail)
    credited = bool(item.speaker and item.has_cue)
    # "Kinsey wrote that cutting the show short “was my call”", "he said the order book “fell by half in two years”":
    # the speaker's words, going on with the clause (a title opens on a capital; after a colon a refrain may not)
    colon = bool(before) and before[-1].endswith(":")
    going_on = credited and len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS and not colon
    if item.words[:1].islower() and (_cued_clause(item, before) or going_on):
        return False
    for i in range(len(tail) - 1, -1, -1):
        if tail[i + 1 : i + 2] and tail[i + 1] in lex.time_words:
            continue  # "molió la campaña pasada «18 millones de kilos»": a season, when it was, names no work
        # (a plural or a genitive only before words opening as a title does, "websites “with the aim of ...”", and
        # only where the word reads as no verb, see _plural_noun)
        inflected = item.words[:1].isupper() and _plural_noun(lex, written, lead + i, item)
        if _noun_of(lex, tail[i], nouns, compound=_next_to(lex, tail, i), inflected=inflected):
            # (where or of what the words were said frames the work, "in its annual report", "said of the episode";
            # what the work is of does not: "l'existence de l'opération « ... »", "ha hecho del lema «...»")
            framed = any(_frames(lex, wider, lead + j) for j in range(max(0, i - 3), i))
            # (but "In der Sendung „Runde am Sonntag“": the work is no speaker of its own title)
            itself = (item.mention or "").lower().split()[-1:] == [tail[i]]
            # ("According to the report, “Harbour Futures” is")
            long = len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS)) > _PARTIAL_MAX_WORDS
            if itself and credited and long and _according_credit(lex, before):
                return False  # "According to the newspaper, “...”": the paper is credited with the words
            # (a work frames where words were said only after a verb of saying: "Arrieta aparece en el documental «La
            # senda del oso»", "she stars in the film “...”" name the work she is in)
            framed = framed and any(_cue_word(lex, w.lower().strip(",:;")) for w in _this_sentence(before, len(before)))
            if not (framed and credited and not itself):
                return True
            # (a title right after the noun, its sentence going on after the marks, is the work's name, wherever the
            # cue says the words were said: "lo había explicado en el programa «Mañanas del puerto» de Radio Costa:")
            titled = i == len(tail) - 1 and before[-1][-1:].isalnum() and _named_like_a_title(g, item.words)
            return titled and _word_follows(text, item.spans[-1].end)
        if _cue_word(lex, tail[i]) or _reporting(tail[i]):
            return False  # "the report said “...”": the report speaks; "on the show that “...”": a reported clause
    return False


_COMPOUND_MIN = 4  # the fewest letters of each part of a compound read as a work ("Lieblings|buch"; not "Re|aktion")


def _next_to(lex: Lexicon, tail: list[str], at: int) -> bool:
    """Whether ``tail[at]`` stands right before the quote marks, or before a copula right before them ("ihr
    Lieblingsbuch ist „...“"; not "der Fahrplan bringe „41 zusätzliche Verbindungen“": its object)."""
    return at == len(tail) - 1 or at == len(tail) - 2 and tail[-1] in lex.copulas


def _work_label(g: Grammar, before: list[str]) -> bool:
    """Whether the sentence before a colon opens on a work noun after its determiner and holds no verb of saying: a
    label of the work the quoted words name ("Der Titel des Seminars:", "(Arbeitstitel:", "The film's title:"; not
    "Die Ministerin in ihrem Bericht:", whose words they are); or the phrase after its last comma is a work noun and
    its number, a series' part ("Sa Costera, episodio 41:", "The Long Table, episode 7:", "Hafenfunk, Episode 12:")."""
    lex = g.lexicon
    words = _this_sentence(before, _SUNG_REACH)
    bracket = max((i for i, w in enumerate(words) if w.startswith("(")), default=0)  # (a label in brackets)
    part = max((i + 1 for i, w in enumerate(words) if w.endswith(",")), default=0)  # (the phrase after a comma)
    spaced = words[-1:] == [":"]  # (a French colon, set off by a space: "Ondes du port, épisode 7 :")
    numbered = len(words) - spaced - part == 2 and words[-1 - spaced].rstrip(":").isdigit() and part > bracket
    words = [w.lower().strip("(),:") for w in words[part if numbered else bracket :]]
    if not words or any(_cue_word(lex, w) for w in words):
        return False
    head = words[1] if len(words) > 1 and (words[0] in lex.determiners or _opens_phrase(lex, words[0])) else words[0]
    return _noun_of(lex, _unpossessive(head), lex.work_nouns, compound=True)


def _plural_noun(lex: Lexicon, written: list[str], at: int, item: _Found) -> bool:
    """Whether ``written[at]``, a word before a quote as written, may be read as a noun with a plural's or a genitive's
    ending rather than as a verb: "berichten" and "shows" are nouns' forms too ("Bericht", "show"), but "Die Ärzte
    berichten „...“" and "The poll shows “...,” the author said" quote witnesses. So not a verb of saying, not before a
    cue after the quote (the cue credits the words), and a noun's shape: capitalised in a language that capitalises
    its nouns ("Antikriegsfilme", "des Films"), after a determiner or a preposition in the others ("the films", "ses
    livres", "Wisbar's films", "two books", "stories with headlines such as “...”": no verb with a person's ending
    follows a preposition; not "The poll shows", whose subject stands there)."""
    word = written[at].lower()
    if item.cue_after_end >= 0 or _cue_word(lex, word):
        return False
    if lex.capitalised_nouns:
        return written[at][:1].isupper()
    previous = written[at - 1].lower() if at > 0 else ""
    return (
        previous in lex.articles
        or previous in lex.possessives
        or previous in lex.determiners
        or previous in lex.prepositions
        or previous in lex.number_words
        or previous.isdigit()
        or _possessive(previous)
    )


def _noun_of(lex: Lexicon, word: str, nouns: frozenset[str], compound: bool, inflected: bool = True) -> bool:
    """Whether a word is one of ``nouns``, or, when ``inflected``, one with a plural's or a genitive's ending ("filme",
    "films"), or, when ``compound`` and the language compounds nouns, a compound ending in one ("antikriegsfilme")."""
    endings = lex.noun_endings if inflected else ()
    forms = [word, *(word[: -len(e)] for e in endings if word.endswith(e) and len(word) > len(e) + 1)]
    return any(f in nouns or compound and lex.compound_nouns and _compound_of(f, nouns) for f in forms)


def _compound_of(word: str, nouns: frozenset[str]) -> bool:
    """Whether a compound ends in one of ``nouns`` ("lieblingsbuch", "dokumentarfilm", "wahlprogramm")."""
    return any(word[cut:] in nouns for cut in range(_COMPOUND_MIN, len(word) - _COMPOUND_MIN + 1))


def _cue_word(lex: Lexicon, word: str) -> bool:
    """Whether a lower-case word is a verb of saying ("said", "dijo"; a naming verb names: "called")."""
    return word in lex.cue_verbs and word not in lex.naming_verbs


def _frames(lex: Lexicon, words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a preposition that says where or of what words were said ("in its annual report",
    "said of the episode"), not what a work is of ("l'existence de l'opération", "ha hecho del lema")."""
    word = words[at]
    if word not in lex.prepositions:
        return False
    return word not in lex.complement_words or at > 0 and words[at - 1] in lex.cue_verbs


def _according_credit(lex: Lexicon, before: list[str]) -> bool:
    """Whether the words before a quote are an "according to" phrase and a work noun set off by a comma ("According to
    the newspaper, “...”", "Selon le journal, « ... »"): the work is credited with the words, it is no title."""
    words = _this_sentence(before, _ACCORDING_REACH)
    if not words or not words[-1].endswith(","):
        return False
    lead = " ".join(words).lower()
    return any(re.search(rf"(?:^|\s){re.escape(p)}\s+(?:\S+\s+){{0,3}}\S+,$", lead) for p in lex.according_to)


_ARTICLE_NAME_MAX_WORDS = 5  # the words of a name after its article ("the Grey Lady", "la Gorge du Caïman")


def _article_and_name(g: Grammar, words: str) -> bool:
    """Whether quoted words are a definite article in lower case and a name (``_title_case_words``, its last word
    capitalised), and nothing else: what a place, a ship, a building or a person is called ("à Moncton, tout le monde
    dit « le Dumont »", "the old boat they call “the Grey Lady”", "conocido como «el Colgante»"), no one's claim
    whatever verb stands before it ("la France" too is no claim; "the economy is fine" is). Not where every noun is
    capitalised ("„eine Zumutung“", "„die Zumutung“": a judgement). Blind set 55 and tune set 45: a rapids' and a
    hospital's name were reported as claims."""
    lex = g.lexicon
    split = words.split(maxsplit=_ARTICLE_NAME_MAX_WORDS + 1)
    if lex.capitalised_nouns or not 1 < len(split) <= _ARTICLE_NAME_MAX_WORDS + 1:
        return False
    if split[0] not in lex.articles or split[0] in lex.indefinite:
        return False  # (the article as written: a capital opens a sentence, "La vie est belle")
    return split[-1][:1].isupper() and _title_case_words(g, " ".join(split[1:]))


def _named_like_a_title(g: Grammar, words: str) -> bool:
    """Whether quoted words read as a title in sentence case ("La Maison des vents", "Les Heures de sel"): short,
    opening on a capital that is no pronoun ("I'm a progressive"), with no sentence end."""
    split = words.split(maxsplit=_TITLE_MAX_WORDS)  # (a longer quote is split no further)
    # (the first word up to an apostrophe: "I'm" -> "i"; by str methods, as a call of re.split costs a cache look-up
    # and a regex call for each quote)
    head = split[0].replace("’", "'").split("'", 1)[0].lower() if split else ""
    return (
        0 < len(split) <= _TITLE_MAX_WORDS
        and split[0][:1].isupper()
        and head not in g.lexicon.pronouns
        and not words.rstrip().endswith((".", "!", "?", ","))
    )


def _title_case_words(g: Grammar, text: str) -> bool:
    """Whether quoted words are capitalised as titles are, a number first too ("10 People Who Don’t Matter List",
    "2018 Welcome Daehak-ro Festival")."""
    words = list(filter(None, map(str.strip, text.split(), repeat(".,!?;:’'\"()"))))  # (in C: a quote may be long)
    opening = words[1:2] if words[:1] and words[0].isdigit() else words[:1]
    if not opening or len(words) > _TITLE_MAX_WORDS or not opening[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in g.lexicon.title_small_words for w in words)


def _quote(
    g: Grammar,
    document: Document,
    blocks: list[Block],
    item: _Found,
    cast: Cast | None,
    listed: bool,
    introduced: bool,
) -> tuple[Quote, _Mention | None]:
    """The quote of ``item`` and what it is when it claims nothing; ``listed`` when it goes on a list whose words
    before it were a name (see _listed_with), ``introduced`` when its block follows a paragraph introducing it (see
    _introduced)."""
    first = item.spans[0]
    block = blocks[first.block]
    words = len(item.words.split(maxsplit=_PARTIAL_MAX_WORDS))  # (at most one more than a partial quote's: enough)
    kind = QuoteKind.BLOCK if block.quote_block and first.start == 0 and not item.has_cue else QuoteKind.DIRECT
    # (a word with a cue is partial, “Absolutely,” he said, but not a sentence of its own after the cue: “Why?”)
    # (a line of dialogue is a whole turn however short: "— Bondye bon.")
    whole = item.has_cue and (words > 1 or item.split and item.words[-1:] in _STOPS) or first.dialogue
    if words <= _PARTIAL_MAX_WORDS and not whole:
        kind = QuoteKind.PARTIAL
    mention = None if first.dialogue else _Mention.NAME if listed else _is_mention(g, block.text, item, kind)
    if mention is None and item.speaker is None and _asked_in_heading(block, item):
        mention = _Mention.NAME
    if mention is not None:
        kind = QuoteKind.MENTION
    start = source_offset(document, block, first.start)  # (its line and column are read from it: found once)
    line, column = document.position(start)
    # (a name, a title or a sign's words is no one's: it credits no one, whoever the sentence is about; a term is the
    # word its speaker calls a thing)
    said = mention is not _Mention.NAME
    text = item.words.strip()
    # (the mention read stands unless a later step changed it: "said the mayor, Ann Cole" shows "the mayor", named)
    named = said and item.described is not None and item.described[1] == item.mention
    voiced = said and not item.chorus  # (whose words these are besides the speaker's: this quote's, or the speaker's)
    quote = Quote(
        text=text,
        paragraphs=_paragraph_openings(blocks, item, text),
        speaker=item.speaker if said and not item.chorus else None,
        mention=item.described[0] if named and item.described else item.mention if said else None,
        named=named,
        kind=kind,
        place=Place.PULLQUOTE if _pulled(g, blocks, item, introduced) else block.place,
        line=line,
        column=column,
        start=start,
        end=source_offset(document, blocks[item.spans[-1].block], item.spans[-1].end - 1) + 1,
        cued=item.has_cue,
        speaks_for=(item.voices or (cast.voice_of(item.speaker) if cast is not None else None)) if voiced else None,
        ruled_out=item.ruled_out if said else None,
    )
    return quote, mention


def _paragraph_openings(blocks: list[Block], item: _Found, text: str) -> tuple[int, ...]:
    """Where in a quote's text each paragraph after its first opens (a quote with an opening mark on every paragraph):
    the judge reads a record's consecutive statements joined there as one speech."""
    openings: list[int] = []
    for span in item.spans[1:]:
        head = _quote_text(blocks[span.block].text, span)[:_OPENING_PROBE]
        at = text.find(head, openings[-1] if openings else 1) if head else -1
        if at > 0:
            openings.append(at)
    return tuple(openings)


_OPENING_PROBE = 24  # characters of a paragraph's first words looked for in the quote's text


def _pulled(g: Grammar, blocks: list[Block], item: _Found, introduced: bool) -> bool:
    """Whether a quote is a Markdown or plain-text block quotation of quoted words alone with a dash credit line ("> “...”
    / > — Joanne Kettle"): a pull quote, set apart from the running text (an HTML page names its pull quotes by class;
    a block quotation without marks is the text the article quotes at length)."""
    first, last = item.spans[0], item.spans[-1]
    block = blocks[first.block]
    if block.place is not Place.BODY or not block.quote_block or block.node is not None or last.block != first.block:
        return False
    if introduced:
        return False  # "The report quotes responses without names. Among them:" and the signed quotations under it
    # (words before the quote, looked for without copying them: a quotation of thousands of quotes asks for each)
    if _WORD_RUN.search(block.text, 0, first.start) or not last.closed or not _MARK.match(block.text, first.start):
        return False
    rest = block.text[last.end :].strip(" .,\n")
    if rest:
        return _dash_credit(g, rest) is not None
    following = first.block + 1
    return following < len(blocks) and _dash_credit(g, blocks[following].text) is not None


def _introduced(blocks: list[Block]) -> list[bool]:
    """For each block, whether the block quotations just before it follow a paragraph ending on a colon that introduces
    them: the body's own quotations, one after another, not quotes pulled out for display. (In one pass: a walk back
    from each quote of a run of thousands of quotations was quadratic.)"""
    introduced, colon = [], False
    for block in blocks:
        introduced.append(colon)
        if not block.quote_block or block.place is not Place.BODY:
            colon = block.text.rstrip().endswith(":")
    return introduced


def echoed_titles(quotes: list[Quote]) -> list[Quote]:
    """Quotes outside the body's text (a headline, a dek, a caption, a post) holding the very words the body quotes as a
    title or a name are that title too: "«Las horas de sal» arrasa en los premios" after "«Las horas de sal», el
    drama de ...", or a post naming the film the same way."""
    titles = {_normalised(q.text) for q in quotes if q.kind is QuoteKind.MENTION and q.place is Place.BODY}
    return [
        replace(q, kind=QuoteKind.MENTION, speaker=None, mention=None, speaks_for=None)
        if q.kind is not QuoteKind.MENTION and (q.place is not Place.BODY or q.post) and _normalised(q.text) in titles
        else q
        for q in quotes
    ]


_RUN_GAP = 300  # the most source text between two quotes of one speaker's run (a cue sentence, a paragraph break)
_RUN_KINDS = frozenset((QuoteKind.DIRECT, QuoteKind.BLOCK))


def speaker_runs(quotes: list[Quote]) -> list[Quote]:
    """The quotes one speaker gave one after another in the body (“A,” she said. “B.”; a speaker no name was given
    for: the same mention, "a friend"), each run joined into one quote: claims are checked part by part, but a source
    that quotes her the same way is evidence for a claim that runs on from one part into the next (“A, but B”). Runs
    of one quote are left out."""
    runs: list[list[Quote]] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.kind is QuoteKind.PARTIAL:
            continue
        last = runs[-1][-1] if runs else None
        joins = (
            last is not None
            and quote.kind in _RUN_KINDS
            and last.kind in _RUN_KINDS
            and quote.post is None
            and last.post is None
            and quote.place is Place.BODY
            and last.place is Place.BODY
            and quote.speaker == last.speaker
            and (quote.speaker is not None or quote.mention is not None and quote.mention == last.mention)
            and 0 <= quote.start - last.end <= _RUN_GAP
        )
        if joins:
            runs[-1].append(quote)
        else:
            runs.append([quote])
    return [_joined(run) for run in runs if len(run) > 1]


def _joined(run: list[Quote]) -> Quote:
    """One quote of a run's words, each part ending its sentence (the comma before a cue stood for a full stop)."""
    parts = [q.text.strip() for q in run]
    words = " ".join(p if p.rstrip('”"’»').endswith((".", "!", "?", "…")) else p + "." for p in parts[:-1])
    return Quote(
        text=f"{words} {parts[-1]}",
        speaker=run[0].speaker,
        mention=run[0].mention,
        kind=run[0].kind,
        place=run[0].place,
        line=run[0].line,
        column=run[0].column,
        start=run[0].start,
        end=run[-1].end,
    )


# A quote inside a post credited with a colon: "Mark Rutte: The United States ...".
_POST_COLON_QUOTE = re.compile(rf"(?:^|(?<=[\s\W]))(?P<who>{NAME_RUN})\s*:\s+(?P<text>\S.*)", re.S)
# A post crediting the quote after it: "Cllr Name tonight: “...”", "Name, on Monday: “...”".
_POST_CREDIT = re.compile(rf"(?P<who>{NAME_RUN})(?:,?\s+(?:[a-z][\w’'-]*|[A-Z][a-z]+day)){{0,4}},?\s*:\s*$")
# A trailing link, media marker or hashtag that the platform appends to a post's text: where it starts
# in the text's last word. Links by substring: a pattern searched for "https?://\S*$" retried every start
# of "https://https://..." to the end.
_LINK_STARTS = ("pic.twitter.com/", "https://", "http://")
_HASHTAG_END = re.compile(r"#\w+$")


def _strip_post_tail(text: str) -> str:
    """The post's words without the links, media markers and hashtags at its end.

    Word by word from the end (a regex over the whole tail would read "https://https://..." in
    exponentially many ways).
    """
    end = len(text)
    while True:
        head = text[:end].rstrip()
        cut = len(head)
        while cut and not head[cut - 1].isspace():
            cut -= 1
        tail = _tail_start(head[cut:])
        if not head or tail is None:
            return head
        end = cut + tail


def _tail_start(word: str) -> int | None:
    """Where a link, media marker or hashtag ending ``word`` starts, if one does."""
    starts = [at for at in (word.find(link) for link in _LINK_STARTS) if at >= 0]
    hashtag = _HASHTAG_END.search(word)
    if hashtag:
        starts.append(hashtag.start())
    return min(starts, default=None)


def post_quotes(post: Post, named: Sequence[str] = (), described: Sequence[tuple[str, str]] = ()) -> list[Quote]:
    """Quotes a post credits to someone: "Name: text" or quoted words with a cue. A credit by a title and a surname
    ("Bauministerin Albrecht-Kühn: ...") is the one person of that surname among ``named`` (the article's speakers); a
    credit by a role alone ("3/3 Tierärztin vor Ort: ...") the one person the article quotes under that role
    (``described``: each quote's mention and speaker)."""
    text = post.text
    g = grammar("en")
    found: list[Quote] = []
    match = _POST_COLON_QUOTE.search(text)
    if match and not _MARK.match(text, match.start("text")):  # "Name: “...” Shameful.": the marks say where
        body = _head_body(text, match.start("who"), match.end("who"))
        name = body or untitled(match.group("who"))
        if " " not in name and name != match.group("who"):
            name = _named_by_surname(name, named)
        mention = body or match.group("who")
        if " " not in name and (role := _head_role(text, match.end("who"), described)):
            name, mention = role  # ("3/3 Tierärztin vor Ort:": the vet the article quotes)
        words = text[match.start("text") :]
        words = _strip_post_tail(words).strip()
        if name and (body or len(name.split()) >= 2) and len(words.split(maxsplit=3)) >= 3:
            found.append(_post_quote(post, words, name, mention))
            return found
    for span in _pair_marks(text, 0, singles=False):
        if not span.closed:
            continue
        quoted = _quote_text(text, span)
        after = _speaker_after(g, text, span.end, False)
        cue = (
            after
            or _speaker_before(g, text, span.start, 0)
            or _POST_CREDIT.search(text, max(0, span.start - _WINDOW // 2), span.start)
        )
        who = _mention(g, cue.group("who")) if cue else None
        if after is not None and who and _body_kind(g.lexicon, who.split()):
            # ("“…,” said the City| of Palmerston": a body named by its kind, with what it is of)
            more = body_of_kind(g.lexicon.code).match(text, span.end + after.end("who"))
            # (up to its sentence's end: "… of Palmerston. It will reopen")
            who = who + more.group().split(". ", 1)[0].rstrip(".") if more is not None else who
        count = len(quoted.split())
        if count > _PARTIAL_MAX_WORDS or who and count > 1:  # short words a credit names a speaker for are a quote
            # A pronoun or a function word ("Heute: „...“") names no one: the post's author speaks.
            speaker = (Cast().resolve(who) if who else None) or post.author.name or None
            found.append(_post_quote(post, quoted, speaker, who))
    return found


_HEAD_BODY_WORDS = 8  # the most words of a body's name heading a post ("Department for Environment, Food and ...")
_HEAD_STARTS = ".!?:\n"  # what ends the sentence before a post's head


def _head_body(text: str, start: int, end: int) -> str:
    """The body a post's head names whole before its colon when the name run before the colon is only its end ("City
    of Palmerston: The pool is closed ...", "Department for Education: ...": the run reads "Palmerston"), in any
    lexicon (a post's language need not be the article's); "" when the head is no body's name."""
    if not text[:start].strip() or end - start > 60:
        return ""  # (the run opens the head: a person's name, or a body the run holds whole)
    cut = max(text.rfind(mark, 0, start) for mark in _HEAD_STARTS) + 1
    head = text[cut:end]
    opening = next((i for i, c in enumerate(head) if c.isalnum()), len(head))  # (an emoji or a "🚨" before it)
    head = head[opening:]
    if not 1 < len(head.split()) <= _HEAD_BODY_WORDS:
        return ""
    return next((name for code in LEXICONS if (name := body_name(head, code))), "")


# A thread's counter opening a post ("3/3", "1/", "2/5 "): no part of its head
_THREAD_COUNTER = re.compile(r"\d{1,2}/\d{0,2}\s+")
_HEAD_ROLE_TAIL = 3  # the most words after the role in a post's head ("Tierärztin vor Ort:", "Mayor at the scene:")


def _head_role(text: str, end: int, described: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The one person the article quotes under the role that opens a post's head before its colon, perhaps after a
    thread's counter ("3/3 Tierärztin vor Ort: Das Pferd ist unterkühlt …" of a fire brigade's thread, the article's
    "Die Tierärztin Dr. Anja Wimmer sagte: „…“"), in any lexicon; "" when the head opens on no role, or when no one or
    several people of the article are quoted under it. With the head's words as written, the mention."""
    cut = max(text.rfind(mark, 0, end) for mark in _HEAD_STARTS) + 1
    head = text[cut:end].strip()
    if (counter := _THREAD_COUNTER.match(head)) is not None:
        head = head[counter.end() :]
    words = head.split()
    if not words or len(words) > 1 + _HEAD_ROLE_TAIL or not words[0][:1].isupper():
        return None
    if not any(role_head(words[0], code) for code in LEXICONS):
        return None
    role = re.compile(rf"(?<!\w){re.escape(words[0])}(?!\w)", re.IGNORECASE)
    people = {speaker for mention, speaker in described if " " in speaker and role.search(mention)}
    return (people.pop(), head) if len(people) == 1 else None


def _named_by_surname(surname: str, named: Sequence[str]) -> str:
    """The one full name among ``named`` that ends in ``surname``; "" when none or several do."""
    full = {name for name in named if " " in name and name.rsplit(" ", 1)[1].casefold() == surname.casefold()}
    return full.pop() if len(full) == 1 else ""


def _post_quote(post: Post, text: str, speaker: str | None, mention: str | None) -> Quote:
    return Quote(
        text=text,
        speaker=speaker,
        mention=mention,
        kind=QuoteKind.DIRECT,
        place=Place.POST,
        line=post.line,
        column=post.column,
        post=post,
    )
