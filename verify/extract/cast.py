"""The cast of an article: the people and organisations it names, and who a mention stands for.

:class:`Cast` remembers every person the article has named, in order, with every
name form, title, role and appositive it gave them, so that a later mention
("Rutte", "Mr. Rutte", "NATO Secretary General Mark Rutte", "the secretary
general") resolves to the full name the article gave ("Mark Rutte"), and a
pronoun ("he") to the nearest compatible person the article was talking about.
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from functools import lru_cache, partial
from itertools import compress, dropwhile, islice, repeat, takewhile
from operator import itemgetter
from os.path import commonprefix
from types import MappingProxyType

from ..letters import CAPITALS, SMALLS
from ..lexicon import (
    AND_WORDS,
    FUNCTION_WORDS,
    LEXICONS,
    NAME_JOINERS,
    OF_LINKS,
    TRADE_CLASS,
    Demonstrative,
    Gender,
    Lexicon,
    Number,
    Pointing,
)
from ..lexicon import en as _en
from ..normalize import glued_number
from .cues import NEVER, per_language
from .speakers import (
    GENERATION_LAST_WORDS,
    NAME_RUN,
    _words,
    compound_head,
    dated_first_name,
    gender_of,
    generation,
    is_person_name,
    name_word,
    portfolio_length,
    same_speaker,
    speaker_key,
    strip_titles,
    surname_last,
    title_gender,
    without_generation,
)

_KIN_REACH = 40  # characters before a first name where a possessive and a kin noun are read ("et son fils Kevin")
# Lower-case words inside an organisation's name ("University of Northfield", "Ministère de la Santé"; every lexicon's
# ``name_joiners``, word by word)
_NAME_JOINERS = frozenset(word for joiner in NAME_JOINERS for word in joiner.split())
# Titles of every language: a title before a name is no part of it, whatever the article's language
# ("Finanzministerin Sabine Krüger" quoted in an English post), unless it is also a first name ("Don").
_ANY_TITLE = frozenset().union(*(lex.titles for lex in LEXICONS.values()))
_ANY_FIRST_NAME = frozenset().union(*(lex.first_name_gender.keys() for lex in LEXICONS.values()))
# Forms of address of every language, read before a name in an article of any language (the Luxembourgish "Här" or the
# Romanian "Domnul" of a German page, the Shimaore "Bweni" of a French one, the Chichewa "Amayi" of an English one,
# wherever the lexicon listing it): less the words a lexicon knows as first names, and each language's function words
# ("Man" opens a German clause, "Si" a Spanish one; both are read as forms of address in French only)
_ANY_ADDRESS_FORMS = frozenset().union(*(lex.address_forms for lex in LEXICONS.values())) - {
    w for lex in LEXICONS.values() for w in lex.address_forms if w.lower() in _ANY_FIRST_NAME
}
_FOREIGN_ADDRESS_FORMS = {
    code: _ANY_ADDRESS_FORMS - {w for w in _ANY_ADDRESS_FORMS if w.lower() in lex.stopwords}
    for code, lex in LEXICONS.items()
}
# Forms of address of two words, of every language ("Gran Man" of the Maroons, "Tan Sri" of Malaysia, "Kuña Karai" of
# Paraguay): both words dropped before the name
_ANY_ADDRESS_PHRASES = frozenset().union(*(lex.address_phrases for lex in LEXICONS.values()))
_ADDRESS_PHRASE_OPENINGS = frozenset(phrase.split()[0] for phrase in _ANY_ADDRESS_PHRASES)
_ADDRESS_PHRASE_LENGTHS = sorted({len(phrase.split()) for phrase in _ANY_ADDRESS_PHRASES}, reverse=True)
# ("ex" of "the ex-wife", "die Ex-Frau": a former relation, someone else than the woman named)
_ANY_ROLE_MODIFIER = frozenset().union(*(lex.role_modifiers for lex in LEXICONS.values()))
# The shortest stem before an adverb suffix that makes a lone capitalised word an adverb, not a name:
# "Recently", "Luckily" (4+ letters before "ly"); "Kelly", "Daly", "Healy" have 3 or fewer.
_ADVERB_STEM = 4
_COMPOUNDING = tuple(lex for lex in LEXICONS.values() if lex.compound_titles)
# An age as a role: "Strand, 29, said", "Lanz (44) sagte" and "29-year-old Imogen Strand" make her "the
# 29-year-old" ("die 44-Jährige"); the words after the number are each lexicon's ``age_words``.
_AGE_ROLE = re.compile(r"(\d{1,3})-([^\W\d]+(?:-[^\W\d]+)?)")
# (or in a form of its language: "Thomas Lemoine, 34 ans,", "Ana Ruiz, de 34 años,"; each lexicon's ``apposed_ages``)
_AGE_FORMS = sorted({f for lex in LEXICONS.values() for f in lex.apposed_ages}, key=lambda f: (-len(f), f))
_AGE_FORM = "|".join(re.escape(f).replace(re.escape("#"), r"\d{1,3}") for f in _AGE_FORMS)
_AGE_AFTER = re.compile(rf",\s(?:{_AGE_FORM}|\d{{1,3}}),|\s\(\d{{1,3}}\)")
_AGE_NUMBER = re.compile(r"\d{1,3}")
_AGE = "-year-old"  # how an age is kept among a person's roles, whatever the language
_DECADE = 10  # the years a decade noun spans ("sexagénaire": 60 to 69)
_NAME_LINE_WORDS = 3  # a full name alone on its line ("Sunil Varma", "Ana María Ortega")
# Forms of address of each language ("Mrs.", "Herr"): a role that tells no more than a gender, built once
_ADDRESS = {code: lex.male_titles | lex.female_titles for code, lex in LEXICONS.items()}
# The letters of a seat's word that tie it to a word said of someone, its endings aside ("pisten" of "Pistenchef" in
# "Pistenwart", "genossenschaft" in "Genossenschaftsvorstand")
_SEAT_STEM = 5
# The shortest word of what someone does: shorter words said of them are letters and short forms ("hsg", "dr", "mag"),
# which tell a degree, no occupation
_JOB_WORD = 5
_BARE_COMPLEMENT = 2  # the words of what a role is of written with no article: "de protección civil", "of staff"
_OBJECT_WORDS = 3  # words between a preposition and the name it governs: "entre la alcaldesa Ruiz", "beside Cllr Hale"
_BYLINE_WORDS = 12  # a byline or a date line is short ("Nerea Castelló · 21 de julio de 2026")
# (speed59) a year's first digit opens the pattern, its boundary read after it as a look-behind, so that the engine
# skips to each "1" or "2" at once instead of trying the boundary at every character (``\b(?:1[89]|20)\d\d\b``)
_YEAR = re.compile(r"(?:1(?<!\w1)[89]|2(?<!\w2)0)\d\d\b")

# A description fit by what the article says of each person (round 51, roles51; ``Cast.fitting``)
_SAID_REACH = 160  # characters of a name's sentence read on either side of it for what the text says of that person
_FIT_STEM = 4  # the shortest stem two words of one family share ("lead" of "leads" and "leader", "crie" of "criée")
_FIT_OPENING = 5  # an opening two longer words share that makes them one family ("lanch" of "lancha", "lanchero")
_FIT_ROLE = 2  # what a role, a party, an office's letters or a domain the person heads adds to a fit (a word adds 1)
_PARTY_LETTERS = 5  # the longest party's letters read among the words said of someone ("psoe", "morena" is a word)
_INFLECTION = 2  # the letters past a shared opening that make two words one noun's forms ("vecina", "vecinos")
_FIT_NEAR = 6  # how many passages about people before or after a quote a single word's fit may reach (``Cast.fitting``)
_DEED_VERB = 40  # characters after a name read for the verb of a sentence opening on it (``Cast._by_deed``)
_VERB_ENDING = 3  # the most letters a verb's inflection adds to its stem ("tej" of "tejen", "vermiet" of "vermietet")
_AGENT_STEM = 3  # the shortest stem an agent noun is made of ("tej" of "tejedora", "cur" of "curandera")
_FORMER_REACH = 5  # the words before a role a word of what someone was reaches ("former New York City police chief")
_OPENING_MARKS = " \t\n\"“„«‹'‘¿¡—–-"  # what may stand before a name opening a sentence
_OFFICE_INSIDE = 6  # the shortest word of office a German compound holds inside it ("politik" of "Landespolitiker")
_FIT_WORDS = 12  # the words of a description read for its fit
# the most words between a word of one who heads and one of what they head in a passage ("The director of the Pohnpei
# State Hospital": 5; ``Cast._heading``)
_HEADED_NEAR = 5
_FIT_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # ("sous-préfet", "women's" are one word each)
_SAID_WORD = re.compile(r"[^\W\d_]+")
_QUOTE_MARK = re.compile("[\"“”„«»]")  # a double quote mark: words before a name after one are a quote's and its cue's
# A quote within a passage about someone, its marks paired (400 characters at most): what the person says is
# not what the article says of them ("Im Winter fahr ich …" is no deed of the mayor's, roles57)
_QUOTED = re.compile("[“„«\"][^“”„«»\"]{0,400}[”“»\"]")
_RUNS_ON = re.compile(rf"\b[{CAPITALS}][^\W\d_]* $")  # a capitalised word right before a name, no mark between
_CALLED_NEAR = 7  # the words before a name a noun it is called by may stand ("The Gup of Toebesa gewog, Aum X")
_CALLED_REACH = 3  # the words a noun a person is called by may stand after its article ("The senior headman of")
_CALLED_ENDING = 3  # the letters a description's head may differ by at its end from a noun said ("Bergrett-er", "-ung")
_VOWELS = "aeiouy"  # the last letter a place's name may drop before a demonym's ending ("Sabinosa": "sabinosero")
_OFFICE_LETTERS = re.compile(rf"[{CAPITALS}]{{2,5}}")


@lru_cache(maxsize=8192)
def fit_form(word: str) -> str:
    """A word as a description's and a person's words are compared: lower case, unaccented, without a possessive's
    ending and a last "s" or "e" ("women's" -> "women", "leads" -> "lead", "criée" -> "crie", "Fähre" -> "fahr")."""
    low = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    low = low.removesuffix("'s").removesuffix("’s")
    low = low[:-1] if len(low) > _FIT_STEM and low.endswith("s") else low
    return low[:-1] if len(low) > _FIT_STEM and low.endswith("e") else low


def _fits(word: str, said: str, lex: Lexicon) -> bool:
    """Whether two words (``fit_form``, not the same) are of one family: sharing an opening of five letters ("lancha",
    "lanchero"; "treuil", "treuilliste"), the shorter the longer's opening before an agent's ending (lexicon
    ``agent_endings``: "lead", "leader"; "ferry", "ferryman"; not "spoke", "spokesman"), or in a language of compounds
    one inside the other ("Deichschützer" of "Oberdeichrichter", "Fähr" of "Rheinfähre")."""
    short, long = (word, said) if len(word) <= len(said) else (said, word)
    if len(short) < _FIT_STEM or short == long:
        return False
    if len(short) >= _FIT_OPENING and long.startswith(short[:_FIT_OPENING]):
        return True
    if long.startswith(short) and long[len(short) :] in lex.agent_endings:
        return True
    # (a short word's last "e" opening an agent's ending: "mine", "miner"; longer words lose it in ``fit_form``)
    if short[-1] == "e" and long.startswith(short) and "e" + long[len(short) :] in lex.agent_endings:
        return True
    if not lex.capitalised_nouns:
        return False
    return short in long if len(short) < _FIT_OPENING else (word[:_FIT_OPENING] in said or said[:_FIT_OPENING] in word)


def kin(words: list[str], word: str, lex: Lexicon) -> list[str]:
    """The words of a sorted list that may be of one family with ``word`` (``_fits``), found by two bisections: those
    opening on its first ``_FIT_STEM`` letters, which any two words of one family share (an opening of five, or the
    shorter, of four letters or more, the longer's opening); all of them in a language of compounds, where one may
    stand inside the other ("fahr" of "rheinfahr")."""
    if lex.capitalised_nouns:
        return words
    opening = word[:_FIT_STEM]
    first = bisect_left(words, opening)
    if ord(opening[-1]) == sys.maxunicode:
        return words[first:]
    return words[first : bisect_left(words, opening[:-1] + chr(ord(opening[-1]) + 1), first)]


def _told_former(words: list[str], lex: Lexicon) -> bool:
    """Whether a description's words (lower case, its article first) tell what someone was: a word of lexicon
    ``former_words`` ("the former dive instructor", "der Salzbergmann von einst"), or one opening on such a word with
    its hyphen ("the ex-bronc rider", "l'ex-chef pâtissier")."""
    if not lex.former_words.isdisjoint(words[1:]):
        return True
    hyphened = tuple(w for w in lex.former_words if w.endswith("-"))
    return bool(hyphened) and any(w.startswith(hyphened) and len(w) > len("ex-") for w in words[1:])


def _unformer(word: str, lex: Lexicon) -> str:
    """A word without a word of what someone was written onto it with its hyphen ("ex-miner" -> "miner", lexicon
    ``former_words``)."""
    if "-" not in word:
        return word  # (most words)
    return next((word[len(w) :] for w in lex.former_words if w.endswith("-") and word.startswith(w)), word) or word


@lru_cache(maxsize=8)
def _past_forms(code: str) -> frozenset[str]:
    """The words that state a past (lexicon ``past_words``) in ``fit_form``, as a person's words are compared."""
    return frozenset(map(fit_form, LEXICONS[code].past_words))


@lru_cache(maxsize=8)
def _head_forms(code: str) -> frozenset[str]:
    """The nouns of one who heads what a complement names (lexicon ``office_heads``) in ``fit_form``."""
    return frozenset(map(fit_form, LEXICONS[code].office_heads))


def _origin_stems(form: str, lex: Lexicon) -> set[str]:
    """The openings a noun (``fit_form``) leaves when an ending of whoever comes from a place is cut (lexicon
    ``origin_endings``; ``_FIT_STEM`` letters at least): "tasch" of "tascherin"."""
    return {stem for end in lex.origin_endings if form.endswith(end) and len(stem := form[: -len(end)]) >= _FIT_STEM}


def _inflected(word: str, said: str, lex: Lexicon) -> bool:
    """Whether two words of one family differ by an inflection's ending alone (two letters at most past what they
    share: "vecina", "vecinos"; "Iffele", "Iffelen"), no noun for whoever does what the other says ("lancha",
    "lanchero"; "driven", "driver": one ends on an agent's ending, lexicon ``agent_endings``, the other not)."""
    shared = len(commonprefix((word, said)))
    if len(word) - shared > _INFLECTION or len(said) - shared > _INFLECTION:
        return False
    return word.endswith(tuple(lex.agent_endings)) == said.endswith(tuple(lex.agent_endings))


def _without_generic(word: str, lex: Lexicon) -> str:
    """A compound's opening when it ends on a generic noun of a description (lexicon ``fit_generic``, in ``fit_form``):
    "fahr" of "Fährfrau", "rathaus" of "Rathauschef"; else the word."""
    for generic in lex.fit_generic:
        end = fit_form(generic)
        if len(end) >= 3 and word.endswith(end) and len(word) - len(end) >= _FIT_STEM:
            return word[: -len(end)]
    return word


_CLASS_GRAMS = 4  # the most words of a phrase a class of roles is named by ("représentant de l'État")
_CLASS_END = 5  # the shortest class noun a compound's end is read as ("Gemeindeammann" of "Ammann"; no "Rat")


@lru_cache(maxsize=16)
def _class_table(code: str, held: bool) -> Mapping[str, frozenset[int]]:
    """A language's classes of roles (lexicon ``class_roles`` when ``held``, else ``class_nouns``), each word of a
    phrase in ``fit_form``."""
    lex = LEXICONS[code]
    table = lex.class_roles if held else lex.class_nouns
    return MappingProxyType({" ".join(map(fit_form, phrase.split())): at for phrase, at in table.items()})


@lru_cache(maxsize=16)
def _office_openings(code: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """A language's words of office (lexicon ``office_words``) in ``fit_form``: the openings a word may start with
    (four letters or more), those a compound may hold inside it (six or more, where nouns are capitalised:
    "Kommunalpolitiker"), and the short ones that must be the whole word ("elu", "td")."""
    lex = LEXICONS[code]
    forms = {fit_form(w) for w in lex.office_words}
    inside = tuple(w for w in forms if len(w) >= _OFFICE_INSIDE) if lex.capitalised_nouns else ()
    return tuple(w for w in forms if len(w) >= _FIT_STEM), inside, frozenset(w for w in forms if len(w) < _FIT_STEM)


def _elided(words: list[str], lex: Lexicon) -> list[str]:
    """A description's words with an elided definite article written onto its first cut off ("l'élu bigouden" -> "l'",
    "élu", "bigouden")."""
    first = words[0] if words else ""
    article = next((a for a in lex.definite if a.endswith(("'", "’")) and first.lower().startswith(a)), "")
    if not article or len(first) == len(article):
        return words
    return [first[: len(article)], first[len(article) :], *words[1:]]


def _unelided(word: str, lex: Lexicon) -> str:
    """A word without an elided article or link written onto it ("l'hôpital" -> "hôpital", "l'eau" -> "eau", "d'école"
    -> "école", where a language elides its article)."""
    if "'" not in word and "’" not in word:
        return word  # (most words: no mark, no article to look for)
    article = next((a for a in lex.definite if a.endswith(("'", "’")) and word.startswith(a)), "")
    if article == "" and any(a.endswith(("'", "’")) for a in lex.definite):
        article = next((a for a in _ELIDED_LINKS if word.startswith(a)), "")
    return word[len(article) :] if article and len(word) > len(article) else word


def _owning_title(word: str, lex: Lexicon) -> bool:
    """Whether a capitalised word is an office's title in the possessive ("President's", "Governor’s"): whose man or
    woman a description is, no name."""
    return word.endswith(("'s", "’s")) and bool(title_role(fit_form(word), lex))


def _noun_gender(noun: str, lex: Lexicon) -> str:
    """The gender a noun for a person of one sex tells (lexicon ``male_nouns``, ``female_nouns``: "woman", "gentleman";
    in a language of compounds its end, "Feuerwehrmann", "Putzfrau"), or ""."""
    if noun in lex.female_nouns:
        return "f"
    if noun in lex.male_nouns:
        return "m"
    if lex.capitalised_nouns:
        return next(
            (
                _noun_gender(noun[at:], lex)
                for at in range(1, len(noun) - _FIT_STEM + 1)
                if noun[at:] in lex.female_nouns or noun[at:] in lex.male_nouns
            ),
            "",
        )
    return ""


@lru_cache(maxsize=16)
def _domain_table(code: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """A language's domains of work (lexicon ``domain_families``), each word in ``fit_form``."""
    return tuple((fit_form(word), at) for word, at in LEXICONS[code].domain_families.items())


@lru_cache(maxsize=8192)
def domains_of(word: str, code: str) -> frozenset[int]:
    """The domains of work a word in ``fit_form`` is of (lexicon ``domain_families``): it is a word of one, or opens on
    one of five letters or more ("hospitalier" of "hospital"), or in a language of compounds opens or ends on one of
    four or more ("Regionalbahn", "Wasserbehörde")."""
    compounds = LEXICONS[code].capitalised_nouns
    return frozenset().union(
        *(
            at
            for entry, at in _domain_table(code)
            if word == entry
            or len(entry) >= _FIT_OPENING
            and word.startswith(entry)
            or compounds
            and len(entry) >= _FIT_STEM
            and (word.startswith(entry) or word.endswith(entry))
        )
    )


def tells_office(word: str, code: str) -> bool:
    """Whether a word in ``fit_form`` tells a public office or an institution of one (lexicon ``office_words``):
    "official", "politician", "Capitol"; "Landespolitiker", "Mandatsträgerin"; "élue", "mandataire"; "funcionario"."""
    openings, inside, whole = _office_openings(code)
    return word in whole or word.startswith(openings) or any(w in word for w in inside)


@lru_cache(maxsize=8192)
def role_classes(phrase: str, code: str, held: bool) -> frozenset[int]:
    """The classes of roles a word or phrase in ``fit_form`` names (lexicon ``class_nouns``: what a description's head
    describes; ``class_roles`` when ``held``: what a person holding it is of); in a language of compounds, its end
    ("gemeindeammann" of "ammann") or its opening before a generic noun ("regierungsfrau" of "regierung") too."""
    table = _class_table(code, held)
    if (found := table.get(phrase)) is not None or " " in phrase or not LEXICONS[code].capitalised_nouns:
        return found or frozenset()
    opening = fit_form(_without_generic(phrase, LEXICONS[code]))
    ends = [at for word, at in table.items() if len(word) >= _CLASS_END and phrase.endswith(word)]
    return frozenset().union(table.get(opening, frozenset()), *ends)


@lru_cache(maxsize=16)
def _class_openings(code: str) -> frozenset[str]:
    """The first words (``fit_form``) of a language's classes of roles named by a phrase ("chef" of "chef de
    canton", "leiter" of "Leiter der Bezirkshauptmannschaft")."""
    return frozenset(phrase.split()[0] for phrase in _class_table(code, True) if " " in phrase)


@lru_cache(maxsize=16)
def _deed_table(code: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """A language's deeds and the nouns for whoever does them (lexicon ``deed_nouns``), each word in ``fit_form``."""
    table = LEXICONS[code].deed_nouns
    return tuple((fit_form(deed), frozenset(map(fit_form, nouns))) for deed, nouns in table.items())


@lru_cache(maxsize=16)
def _deeds_of(code: str) -> Mapping[str, tuple[str, ...]]:
    """(speed59) :func:`_deed_table` turned round: each noun for whoever does a deed, with its deeds in the table's
    order, so that a description's head looks up its own deeds instead of reading every entry of the table."""
    deeds: dict[str, list[str]] = {}
    for deed, nouns in _deed_table(code):
        for noun in nouns:
            deeds.setdefault(noun, []).append(deed)
    return MappingProxyType({noun: tuple(found) for noun, found in deeds.items()})


def _deed_said(deed: str, said: frozenset[str]) -> bool:
    """Whether a deed's verb (``fit_form``) is among the words said of someone: the word, or one it opens when it
    has five letters or more ("unterricht" of "unterrichtet", "enseign" of "enseigné"; "vend" is no "vendredi")."""
    return deed in said or len(deed) >= _FIT_OPENING and any(w.startswith(deed) for w in said)


@lru_cache(maxsize=8)
def _verb_endings(code: str) -> frozenset[str]:
    """The endings that tell a verb's form after its stem (lexicon ``participle_endings``, ``gerund_endings``,
    ``finite_endings``), those an unaccented word still shows ("carv" + "ed", "tej" + "iendo"; not Spanish "ó", which
    "contrato" shares once unaccented; not the stem alone, "insid" of "inside Trump Tower" is no "insider"'s deed):
    ``Cast._deed_forms``."""
    lex = LEXICONS[code]
    endings = (*lex.participle_endings, *lex.gerund_endings, *lex.finite_endings)
    return frozenset(e for e in endings if fit_form(e) == e and e.isascii())


def _opening_said(opening: str, said: frozenset[str]) -> bool:
    """Whether a compound's opening before an agent noun (``Cast._deed_forms``: "rodel", "pot"; "" for none) is among
    the words said of someone, or one of its inflections ("pots"; ``_INFLECTION`` letters more at most)."""
    if not opening or opening in said:
        return True
    return any(w.startswith(opening) and len(w) - len(opening) <= _INFLECTION for w in said)


def _seat_fits(word: str, seat: str, lex: Lexicon) -> bool:
    """Whether a description's word (``fit_form``) is of a seat's family (lexicon ``domain_roles``: "municipal" of
    "municipality", ``_fits``); in a language of compounds, a compound is a seat only by its last part
    ("Inselverwaltung" is a "Verwaltung") or as the seat before a noun of one who heads ("Dorfchef"): "der Chef des
    Dorfladens" heads a shop, no village (roles58)."""
    if not lex.capitalised_nouns:
        return _fits(word, seat, lex)
    if word.endswith(seat):
        return True
    return word.startswith(seat) and word[len(seat) :] in _head_forms(lex.code)


def _after_link(lex: Lexicon, text: str, opens: int, start: int) -> bool:
    """Whether the word right before a name (``text[start:]``, its passage opening at ``opens``) is a link, a
    preposition, an article or a stopword ("La alcaldesa de Bocas del Toro", "in Keitum"), or nothing stands there:
    the name may be a place's, an office's seat (``Cast._named_apart``); not a title of the person's own
    ("Dipl.-Nautikerin Inken Jessen")."""
    before = text[max(opens, start - _SAID_REACH) : start].split()[-1:]
    if not before:
        return True
    low = before[0].lower()
    return low in lex.complement_words or low in lex.prepositions or low in lex.definite or low in lex.stopwords


def _sorted_has(words: list[str], word: str) -> bool:
    """Whether a sorted list holds a word (a bisection)."""
    at = bisect_left(words, word)
    return at < len(words) and words[at] == word


def _agent_of(verb: str, noun: str, lex: Lexicon) -> bool:
    """Whether a noun (``fit_form``) is the agent noun of a verb's form: its stem (the form, or it with up to
    ``_VERB_ENDING`` letters cut, ``_AGENT_STEM`` at least) and an ending of lexicon ``deed_endings`` ("carv" + "er",
    "tej" + "edora", "tiss" + "erand", "vermiet" + "erin", "cur" + "andera")."""
    return any(
        noun.startswith(stem := verb[: len(verb) - cut]) and noun[len(stem) :] in lex.deed_endings
        for cut in range(min(_VERB_ENDING, len(verb) - _AGENT_STEM) + 1)
    )


def _initials_in(letters: str, words: list[str], compounds: bool) -> bool:
    """Whether an office's letters ("mce", "drh") are the initials of words in a row that the text says of someone
    ("Metropolitan Chief Executive", "directeur des ressources humaines": its function words passed over), or in a
    language of compounds the letters of one long word in order, its first opening it ("OB" of
    "Oberbürgermeisterin", "PDL" of "Pflegedienstleiterin")."""
    content = [w for w in words if w not in FUNCTION_WORDS]
    for at in range(len(content) - len(letters) + 1):
        if all(content[at + i][:1] == letter for i, letter in enumerate(letters)):
            return True
    if not compounds:
        return False
    for word in content:
        if word[:1] == letters[0] and len(word) >= 3 * len(letters):
            rest = iter(word[1:])
            if all(letter in rest for letter in letters[1:]):
                return True
    return False


def apposed_age_end(text: str, end: int) -> int:
    """Where an age set off by commas right after a name at ``end`` ends, on its closing comma ("Travis Oyelaran, 46, a
    welder": the comma before "a welder"; "Lise Marchal, 52 ans, ..."), or 0 when none follows."""
    age = _AGE_AFTER.match(text, end)
    return age.end() - 1 if age is not None and age.group().endswith(",") else 0


@lru_cache(maxsize=4096)  # (a block is asked for each quote in it and for the cast: a look-up in C after the first)
def byline(text: str, code: str) -> bool:
    """Whether a block is a byline or a date line ("Por Rubén Calatrava", "Nerea Castelló · 21 de julio de 2026"):
    a short line of names, a date and function words only, opened by the language's byline word or holding a year; or
    a full name alone on its line (an author box: "Sunil Varma"). Its name is the writer's, never whom the story is about: a pronoun or a description never stands for it."""
    words = text.split(maxsplit=_BYLINE_WORDS)  # (a paragraph is not split beyond what tells it is too long)
    if not words or len(words) > _BYLINE_WORDS:
        return False
    if 1 < len(words) <= _NAME_LINE_WORDS and known_first_name(words[0]) and all(name_word(w) for w in words[1:]):
        return True  # "Sunil Varma": a line that is a full name alone (an author box) is no sentence about them
    lex = LEXICONS[code]
    for word in words:
        low = word.lower().strip(_PUNCTUATION)
        if word[:1].islower() and low not in lex.stopwords and low not in lex.date_words:
            return False  # running text ("Smith resigned in March 2026")
    return words[0].lower() in lex.byline_words and len(words) > 1 or _YEAR.search(text) is not None


_AGE_LINK_WORDS = 2  # function words between an age word and a family's name ("el menor de los García")
# Each language's age words, elder and younger ("senior", "jüngere", "fils", "menor"): a word after a surname that is
# none of them, in lower case, tells no namesake apart (see Cast.by_seniority); a text holding none of them ends on no
# age word (age_word_in)
AGE_WORDS = {code: lex.elder_words | lex.younger_words for code, lex in LEXICONS.items()}
_AGE_WORDS = {code: tuple(sorted(words)) for code, words in AGE_WORDS.items()}


def age_word_in(lex: Lexicon, text: str) -> bool:
    """Whether ``text`` may end on an age word (:func:`age_before`): one of the language's stands in it, read in lower
    case ("The elder", "der Jüngere"); most texts before a name hold none."""
    return any(map(text.lower().__contains__, _AGE_WORDS[lex.code]))


def age_before(lex: Lexicon, words: list[str]) -> str | None:
    """The age word of a definite article and an age word that ``words`` end on, right before a surname ("the elder",
    "der jüngere", "le fils"), or with up to two function words after it when it is no kin noun ("el menor de los",
    "le cadet des"; "le fils de" is whose son: "le fils de Gérard Morel" is not Gérard Morel's son)."""
    low = list(map(str.lower, words))
    at = len(low) - 1
    while at > 0 and len(low) - 1 - at < _AGE_LINK_WORDS and low[at] in FUNCTION_WORDS:
        at -= 1
    word = low[at] if at > 0 else ""
    if word not in lex.elder_words and word not in lex.younger_words or low[at - 1] not in lex.definite:
        return None
    return word if at == len(low) - 1 or word not in lex.family_kin else None


@lru_cache(maxsize=16384)  # (asked for most runs' words, most often the same words: a look-up in C, no frame)
def known_first_name(word: str) -> bool:
    """Whether a word is a first name of any lexicon ("Tobias", "Marine"), or first names joined by a hyphen
    ("Klaus-Peter", "Anna-Lena")."""
    low = word.lower()
    return low in _ANY_FIRST_NAME or "-" in low and all(part in _ANY_FIRST_NAME for part in low.split("-"))


# The shortest body's noun that ends a compound and makes it a body's name, no title ("Schulinspektorat", "Landesamt"
# ends on "amt" too, but "Stadtrat" is a councillor: "rat", "amt" are too short to tell)
_BODY_COMPOUND_END = 6
_SURNAME_INITIAL = re.compile(rf"[{CAPITALS}]\.")  # a surname's initial: "K." of "Sabine K."
_HAS_DIGIT = re.compile(r"\d")  # a word numbered so ("4b", "3c")
_INITIALS = re.compile(rf"[{CAPITALS}]\.(?:-?[{CAPITALS}]\.)*")  # given names' initials: "K.", "K.P.", "J.-M."


def initialled_name(name: str, set_off: bool = False) -> bool:
    """Whether a name is a given name and the initial of a surname ("Sabine K.", "Heinz-Jürgen W.", "Marie L."): the
    form an article gives people who want only their first name printed; a person, though the key holds one word. The
    given name is one any lexicon knows, or, the name ``set_off`` by a comma after it ("Mpho K., 58,", "Gertraud L.,
    Pensionistin"), a capitalised word of letters that is no function word. Not a capitalised word before a letter
    closing a sentence ("Plan B.", "Gruppe C.": no first name)."""
    first, _, initial = name.partition(" ")
    if _SURNAME_INITIAL.fullmatch(initial) is None:
        return False
    if known_first_name(first):
        return True
    return set_off and first.isalpha() and first[1:].islower() and first.lower() not in FUNCTION_WORDS


def _plain_surname(name: str) -> str | None:
    """The surname of a full name that is one first name and one surname, a particle's included ("Lemaire" of
    "Gérard Lemaire", "Le Goff" of "Maïwenn Le Goff", "van der Meulen" of "Anke van der Meulen"); None for a name
    whose surname is not plain ("Javier Sanz Pérez", "Mary Ann Smith")."""
    _, *rest = name.split()
    if not rest or any(word.lower() not in _PARTICLES for word in rest[:-1]):
        return None
    return " ".join(rest)


def shared_surname(phrase: str, text: str, stop: int, code: str, paired: bool = False) -> str:
    """A capitalised run at ``text[:stop]`` ending in its one first name, joined by "and" to a first name and a
    surname, with that surname: two people who share the surname the article writes once ("Derek and Brenda Sloane":
    Derek Sloane; "Newlyweds Declan and Niamh Rooney", "Anna und Peter Huber", "Marie et Paul Roux", "Ana y Luis
    Pérez"); else the run as written ("Elton John and Bernie Taupin": "John" ends a full name). A word before the first
    name is one for the pair (a plural, "Newlyweds", or a title, "Cllr") or the run is no first name alone. A "Mr
    Sloane" later is then Derek, not a third person. ``paired``: the run follows a noun for a couple or a family
    (:func:`couple_named`), so its first names need not be known ones ("Ein Ehepaar aus Aurich, Enno und Hilke
    Janssen")."""
    *before, first = phrase.split()
    if not (paired or known_first_name(first)) or len(before) > 1:
        return phrase
    if before and not (before[0].endswith("s") or title_role(before[0], LEXICONS[code])):
        return phrase
    joined = _joined_name(code).match(text, stop)
    if joined is None:
        return phrase
    name = _candidate(joined.group(1), code)[0].split()
    if len(name) < 2 or not (paired or known_first_name(name[0])):
        return phrase  # "Derek and Harlow Water", "Derek and Brenda": no surname to share
    return " ".join([first, *name[1:]])


def couple_named(lex: Lexicon, phrase: str, text: str, sentence: int, start: int, stop: int) -> bool:
    """Whether a capitalised word at ``text[start:stop]`` is a first name, known to a lexicon or not, joined by an "and"
    to a name that follows, right after a noun for a couple or a family (lexicon ``couple_nouns``) in its sentence: "Ein
    Ehepaar aus Aurich, Enno und Hilke Janssen," (Enno Janssen, though no lexicon knows "Enno" or "Hilke"), "the
    couple, Ade and Funmi Bakare,", "les époux Gaël et Nolwenn Kerbrat", "el matrimonio formado por Unai y Nahia
    Etxeberria". Not a word with no such noun before it ("Apple and Tim Cook")."""
    if " " in phrase or text[stop : stop + 1] != " ":
        return False
    joiner = text[stop + 1 : stop + 5].partition(" ")
    if not joiner[1] or joiner[0] not in lex.and_words:
        return False  # (most runs: no "and" after them)
    before = text[max(sentence, start - _COUPLE_REACH) : start].lower().split()
    return any(word.strip(",") in lex.couple_nouns for word in before)


@per_language
def _office_opening(code: str) -> re.Pattern[str]:
    """A definite article of the language and a capitalised word after it, as an appositive of an office in capitals
    opens ("The Rangbah Shnong of Sohra, ", "the Collector of Madurai, "): asked before ``Cast._office_in_capitals``
    reads the words before a name."""
    articles = "|".join(re.escape(w) for w in sorted(LEXICONS[code].definite, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<!\w)(?i:{articles}) [{CAPITALS}]" if articles else NEVER)


@per_language
def _joined_name(code: str) -> re.Pattern[str]:
    """An "and" of the language, then a capitalised run ("and Brenda Sloane", "und Peter Huber")."""
    joiners = "|".join(re.escape(w) for w in sorted(LEXICONS[code].and_words, key=lambda w: (-len(w), w)))
    return re.compile(rf"\s(?:{joiners})\s({NAME_RUN})" if joiners else NEVER)


_ANCHOR_CHARS = 4  # the shortest part of a word looked for before the phrases themselves


def phrase_anchors(phrases: Iterable[str]) -> tuple[str, ...]:
    """A few parts of the phrases, at least one in each, that a text holding none of them is told by (``withholds_name``
    looks for these first: most texts hold no phrase, and 4 searches cost less than 19): words of the phrases or their
    beginnings of ``_ANCHOR_CHARS`` letters or more ("anonym" of "anonymity" and "anonymous"), chosen greedily, the one
    in most phrases not yet covered first, the longest of those, then the first in order: the same in every process."""
    left = sorted(set(phrases))
    parts = {word[:end] for phrase in left for word in phrase.split() for end in range(_ANCHOR_CHARS, len(word) + 1)}
    # (a phrase of short words alone is its own anchor)
    parts.update(phrase for phrase in left if all(len(word) < _ANCHOR_CHARS for word in phrase.split()))
    anchors: list[str] = []
    while left:
        best = min(parts, key=lambda part: (-sum(part in phrase for phrase in left), -len(part), part))
        anchors.append(best)
        left = [phrase for phrase in left if best not in phrase]
    return tuple(anchors)


def _placed_between(lex: Lexicon, between: list[str]) -> bool:
    """Whether the words between a description's noun and the comma before a clause are a phrase of a preposition
    (``_PLACED_WORDS`` at most: "A guide from another company,"), or a participle, perhaps with its object, before one
    or alone (up to ``_LED_WORDS`` more: "A buyer up from Bangui,", "A volunteer selling pasties at the bottom of the
    hill,", "A woman selling raffle tickets,")."""
    at = next((i for i in (1, 2) if i < len(between) and between[i] in lex.prepositions), 0)
    led = between[0].islower() and all(w.islower() for w in between[1:at]) and (at > 0 or _participle(between[0]))
    return (between[0] in lex.prepositions or led) and len(between) <= _PLACED_WORDS + _LED_WORDS * led


# (per language: the phrases withholding a name, told apart first by these parts of them)
_WITHHELD_ANCHORS = {code: phrase_anchors(lex.withheld_name_phrases) for code, lex in LEXICONS.items()}


def withholds_name(lex: Lexicon, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text`` (between ``start`` and ``end``) holds a phrase of the language that withholds a name (lexicon
    ``withheld_name_phrases``: "asked not to be named", "pidió el anonimato"), in any case: the text lowered once (a
    loop that sliced and lowered it for each phrase cost about 1% of extraction; a pattern of the phrases ignoring case
    costs more than the phrases' plain searches), then searched for the phrases' few anchors (``phrase_anchors``)
    before the phrases: a text holding no anchor holds no phrase."""
    low = text[start:end].lower()
    # (each look-up a C call over the tuple: no generator step for each anchor)
    return any(map(low.__contains__, _WITHHELD_ANCHORS[lex.code])) and any(
        map(low.__contains__, lex.withheld_name_phrases)
    ) or _name_denied(lex, low)


def _name_denied(lex: Lexicon, low: str) -> bool:
    """Whether a text in lower case holds a clause about someone's name that a negation follows (lexicon
    ``name_relatives``: "whose name police have not released", "dont le nom n'a pas été communiqué"): the name withheld,
    whoever withholds it, in the clause up to its next mark; "whose name is Ola Berg, said he would not" names."""
    if not any(map(low.__contains__, lex.name_relatives)):
        return False  # (most texts: no such relative, told in C)
    at = next((i for relative in lex.name_relatives if (i := low.find(relative)) >= 0), -1)
    clause = _CLAUSE_END.split(low[at:], maxsplit=1)[0] if at >= 0 else ""
    return bool(clause) and not lex.negations.isdisjoint(_CLAUSE_WORD.findall(clause))


_CLAUSE_END = re.compile(r"[,;:.!?“”„\"«»()]")
_CLAUSE_WORD = re.compile(r"\w+?(?=n't\b)|n't|\w+")  # (a word of a clause, "hasn't" read as "has" and "n't")


def title_role(word: str, lex: Lexicon) -> str:
    """The role a title or role noun names in a language ("Senator" -> "senator", "Sen." -> "senator",
    "alcaldesa" -> "alcalde", "Finanzministerin" -> "minister"), or "" when the word is no role."""
    return _title_role(word, lex.code)


@lru_cache(maxsize=16384)
def _title_role(word: str, code: str) -> str:
    lex = LEXICONS[code]
    low = word.lower()
    if (age := _AGE_ROLE.fullmatch(low)) and age.group(2) in lex.age_words:
        return age.group(1) + _AGE  # "the 29-year-old", "die 44-Jährige": the person whose age the article gave
    if low[:2] in _ELIDED and len(low) > 3:
        return _title_role(low[2:], code)  # "L'entraîneur de Lamentin, Joël Edouard,": the article on the role
    bare = low.strip(".")
    # (an abbreviation written without its full stop names its role too: "Prof Owen Tait" is "the professor")
    for form in (low, bare, bare + "."):
        head = lex.role_forms.get(form, form)
        if head in lex.titles or head in lex.role_nouns:
            return lex.role_forms.get(bare + ".", head) if head == bare else head
    compound = compound_head(low.strip("."), lex)
    if compound in lex.compound_title_ends:
        # "kreisbrandrat" (a council the lexicon lists, "der Gemeinderat", is its body, no one's role)
        return "" if low in lex.organisation_words else low[: -len(compound)] + lex.role_forms.get(compound, compound)
    if compound:
        return _title_role(compound, code)
    second, _, rest = low.partition("-")
    if rest and second in lex.second_roles and (role := _title_role(rest, code)):
        return f"{second} {role}"  # "vice-chancellor": written as one word, the role "Vice Chancellor" names
    former = low.removeprefix("ex-") if low.startswith("ex-") else low.removeprefix("ex")
    if former != low and len(former) > 3:
        return _title_role(former, code)  # "exfiscal", "Ex-Minister"
    # A hyphenated compound names the role of its last part in a language that writes compounds as one word
    # ("SPD-Politiker", "AfD-Mann": the role nouns a compound of one word may not end in, "Jedermann")
    owner, hyphen, head = low.rpartition("-")
    return _title_role(head, code) if hyphen and lex.compound_titles and owner and len(head) > 3 else ""


def _modifier(word: str, lex: Lexicon) -> str:
    """What a compound title says of the role ("gewerkschaftschefin" -> "gewerkschaft"), or ""."""
    head = compound_head(word, lex)
    return word[: -len(head)].rstrip("s-") if head and len(word) - len(head) > 3 else ""


def _modifier_kept(word: str, lex: Lexicon) -> str:
    """What a compound title says of the role, its own last "s" kept (one of a doubled "s": "kreissprecherin" ->
    "kreis", which :func:`_modifier` reads as "krei"), or ""."""
    head = compound_head(word, lex)
    kept = word[: -len(head)].rstrip("-") if head and len(word) - len(head) > 3 else ""
    return kept[:-1] if kept.endswith("ss") else kept


def role_head(word: str, code: str = "en") -> str:
    """The role a role noun names ("Senator" -> "senator", a plural or inflected form to its base),
    or "" when the word is no role."""
    return title_role(word, LEXICONS[code])


@lru_cache(maxsize=4096)
def roles_of(phrase: str, name: str, code: str = "en") -> frozenset[str]:
    """The role words of a titled mention or a description ("County Fire Chief Ann Example" -> chief, ...)."""
    head = phrase[: phrase.find(name)] if name and name in phrase else phrase
    return frozenset(_role_sequence(_words(head), LEXICONS[code]))


def _role_sequence(words: Iterable[str], lex: Lexicon) -> list[str]:
    """The roles of a phrase's words in order; a role after "vice" or "deputy" is another one ("Vice
    President Joe Biden" is no "president", "the deputy mayor" no "mayor")."""
    roles: list[str] = []
    second = previous = ""
    ends = _ROLE_PHRASE_ENDS[lex.code]
    links = _ROLE_LINKS[lex.code]
    for word in words:
        role = title_role(word, lex)
        low = word.lower()
        if previous and word in ends:
            # "presidenta municipal", "premier magistrat": the role the two name (not "magistrat"'s judge); "el jefe del
            # municipio", "la présidente du tribunal": a role and what it is the head of, its links passed over
            role = lex.role_phrases.get(f"{previous} {low}", role)
        if low in lex.second_roles:
            second = f"{low} "
        elif role:
            roles.append(second + role)
            second = ""
        if ends and not (previous and low in links):
            previous = role or low
    return roles


def _role_link_word(word: str, lex: Lexicon) -> bool:
    """Whether a word links a role to what it is of ("del" of "el jefe del municipio", "de la" of "le premier
    magistrat de la ville"): passed over between a role phrase's two words."""
    return word.lower() in _ROLE_LINKS[lex.code]


# The words that link a role to what it is of in each language ("del", "de la", "of the"; see ``_role_link_word``)
_ROLE_LINKS = {
    code: frozenset(lex.complement_words) | frozenset(lex.articles) | frozenset(lex.definite)
    for code, lex in LEXICONS.items()
}

# The last words of each lexicon's ``role_phrases``, as written in lower case or capitalised: a word that is none of
# them ends no role phrase (most words; told with no call)
_ROLE_PHRASE_ENDS = {
    code: frozenset(w for p in lex.role_phrases for w in (p.rsplit(" ", 1)[1], p.rsplit(" ", 1)[1].capitalize()))
    for code, lex in LEXICONS.items()
}


def _phrase_role(first: str, second: str, lex: Lexicon) -> str:
    """The role two words name together (lexicon ``role_phrases``: "presidenta municipal" -> "alcalde"), or ""."""
    return lex.role_phrases.get(f"{_title_role(first, lex.code) or first.lower()} {second.lower()}", "")


def _phrase_role_ending(words: list[str], end: int, lex: Lexicon) -> str:
    """The role the words up to ``words[end]`` name as a role phrase, its first word perhaps before links to the
    second ("presidenta municipal"; "présidente du tribunal", "jefe del municipio"), or ""."""
    first = end - 1
    while first > 0 and end - first <= _PHRASE_LINKS and _role_link_word(words[first], lex):
        first -= 1
    return _phrase_role(words[first], words[end], lex) if first >= 0 else ""


# How many link words may stand between a role phrase's two words ("de la" of "premier magistrat de la ville")
_PHRASE_LINKS = 2


# (one person is equal only to themself: a list's ``in``, "person not in self._by_first_name[...]", compared a person
# with each one filed there field by field, a Python call each, the square of a page naming a thousand bodies of one
# first word; by identity it is a scan in C. No two people of a cast had compared equal: each mention gives a new
# ``seen``.)
@dataclass(eq=False)
class Person:
    """A person the article names, with what is known of them."""

    name: str
    gender: str = ""  # "m", "f" or "" (unknown), learnt from first names, titles and pronouns
    sure: bool = False  # the gender came from a title or a first name, not from a pronoun resolved to them
    roles: set[str] = field(default_factory=set)  # title and role words: "mayor", "prosecutor", "senator"
    # every word of the phrases that gave them a role ("director", "public", "health"; "harbourmaster"): of
    # two people with the role, "the health chief" is the one whose role speaks of health
    role_words: set[str] = field(default_factory=set)
    named_as: set[str] = field(default_factory=set)  # nouns the article called them by ("the harbourmaster, X,")
    mentions: int = 0  # how often the text named them (``Cast.introduce``)
    seen: int = 0  # when the article last mentioned them (a counter): the nearest of two namesakes wins
    # when the text last named them (``seen`` then; not when a pronoun or a credit stood for them): "the latter" is
    # the one named last, though "the former" was credited with words after
    written: int = 0
    quoted: bool = False  # credited with a quote
    # when the text last named them (``seen`` then), with no first name or title telling a person, where a place
    # stands ("near Wanganella Creek", "au marché d'Abéché", "the Punta Gorda wharf"; 0: never): a place's name, no
    # second person beside a paragraph's subject
    placed: int = 0
    organisation: bool = False  # a body that speaks ("Richmond police", "the water board"): "it", "they"
    # the organisation whose voice this person is, as the article ties them ("le président du Stade Garonnais, Alain
    # Castagnède", "RMF-Sprecher Jonas Albrecht", "Konzernsprecherin Miriam Falk" after the company): its statements
    # are theirs to speak
    speaks_for: str = ""
    # someone the article leaves unnamed ("A retired teacher stood up", "“...,” a senior official said"): what the text
    # is about for a while, though no name stands for them; a "he" or "the official" after them names no one
    anonymous: bool = False
    # when the text last named them by a lone surname and no title (``seen`` then): "Clinton" of Bill and Hillary, which
    # a pronoun next may tell apart
    bare: int = 0
    # the pronoun a body's article gives it in a language whose nouns have a gender ("die Kammer": "sie"; "le
    # syndicat": "il"), when the text last made it what a sentence is about: a "sie" right after stands for it
    pronoun: str = ""


@dataclass(slots=True)
class RoleLead:
    """A definite description of a role no one held that a sentence opened on ("The minister told the packed kirk …",
    "El árbitro principal del torneo destacó …"): a pronoun or a dropped subject right after it stands for whoever
    holds the role, and the person the article names next with that role (``holder``: "The Rev Morag Halcro, minister
    of …", "Ese árbitro, Horacio Quinteros,") is whom it described (:meth:`Cast.claim_role`)."""

    words: list[str]  # the description's words, lower case
    clock: int  # the cast's clock when the sentence opened on it: a pronoun stands for it only while no one is named
    people: int  # how many people the cast held then: the holder is someone named since
    taken: Person | None  # whom the description was resolved to when read (a guess, unless they hold the role)
    # What is read of the words when first asked for (``Cast._lead_role``: most leads never are): the role's noun
    # ("minister", "árbitro"; "" for none: no lead), the gender the description tells, the words of what the role is of
    # ("tribunal" of "el presidente del tribunal")
    head: str | None = None
    gender: str = ""
    of: frozenset[str] = frozenset()
    holder: Person | None = None


# Whom a capitalised phrase names, found before anything is recorded (:meth:`Cast.naming`): the name it gives ("" for a
# title word alone that is a known person's surname: "said Dean"), the gender its title or first name tells (or ""),
# and the person the article named before (None: someone new). (A tuple: a dataclass made for each mention cost 0.1% of
# the extraction.)
Naming = tuple[str, str, Person | None]


class Deferred(partial[bool]):
    """A test (a function and its arguments, as :class:`functools.partial` takes them) worked out when first read as a
    truth, and once: :meth:`Cast.naming` reads whether a run is credited with words only for a name it finds no one by
    (most runs it is asked about name someone named before, or no one). A partial of its own, no method of ours run
    when made: one is made for most runs the reader meets."""

    __slots__ = ()
    _truth: bool | None = None  # (its truth once read, kept in the partial's own attributes)

    def __bool__(self) -> bool:
        if self._truth is None:
            self._truth = bool(self())
        return self._truth


def _first_in(words: Sequence[str], kinds: Container[str], start: int, default: int) -> int:
    """Where the first of ``words`` from ``start`` on that is one of ``kinds`` stands; ``default`` when none is (most
    word lists: told in C, before any step in Python)."""
    if not any(map(kinds.__contains__, words[start:])):
        return default
    return next(i for i in range(start, len(words)) if words[i] in kinds)


def _head_end(words: list[str], lex: Lexicon) -> int:
    """Where the head of a description's words ends: before what it is of ("the leader of the council" is a leader,
    not a council; "el ministro de Exteriores" a minister)."""
    return _first_in(words, lex.complement_words, 2, len(words))


def role_owner(words: list[str], end: int, lex: Lexicon) -> str:
    """The noun for the person a description's role is someone's by, as written (its words lower case, ``end`` where
    its head ends, see :func:`_head_end`), when it names a role: a possessive before the head ("mayor" of "the mayor's
    chief of staff") or a role after an article ending what the role is of ("bürgermeisters" of "die Referentin des
    Bürgermeisters", "alcalde" of "el portavoz del alcalde", "maire" of "la collaboratrice de la maire"); "" when the
    role is no one's ("the leader of the council"; "the minister of finance": a field, no article, though "finance"
    opens a title)."""
    owners = [w[:-2] for w in words[1 : end - 1] if w.endswith(("’s", "'s"))]
    if end < len(words) - 1 and words[-1][:2] in _ELIDED:
        owners.append(words[-1][2:])  # "de l'adjoint"
    elif end < len(words) - 1 and words[-2] in lex.articles:
        owners.append(words[-1])
    # (a German genitive's ending dropped: "des Bürgermeisters" is a mayor's)
    return next((w for w in owners if any(title_role(s, lex) for s in (w, *_genitive_stems(w, lex)))), "")


def _genitive_stems(word: str, lex: Lexicon) -> Iterator[str]:
    """A word without each of its language's genitive endings it has ("bürgermeister" of "bürgermeisters")."""
    return (word[: -len(e)] for e in lex.genitive_endings if word.endswith(e))


def _genitive_body(words: list[str], lex: Lexicon) -> bool:
    """Whether a run's last word is a body's word in the genitive ("des Hessischen Landtags", "der Stadtwerke
    Bochums"): a body, no person, in a language that declines its nouns (lexicon ``genitive_endings``)."""
    stems = _genitive_stems(words[-1], lex) if lex.genitive_endings else iter(())
    return any(stem in lex.organisation_words for stem in stems)


def _middle_name(key: tuple[str, ...]) -> tuple[str, ...]:
    """The word before the surname of a name's key of three words or more, when it is no first name ("Acosta" of "Melba
    Acosta Febo"; "María José García" has none), or ()."""
    return key[-2:-1] if len(key) > 2 and key[-2] not in _ANY_FIRST_NAME else ()


def _surname_words(key: tuple[str, ...], name: str) -> bool:
    """Whether a name's key of two words or more is the end of a longer name's after its first name ("Abi Nader" of
    "Karim Abi Nader", "Ben Salah" of "Leïla Ben Salah"): a surname of several words, whatever gender its first word
    tells as a first name."""
    full = speaker_key(name)
    return 1 < len(key) < len(full) and full[-len(key) :] == key


def _first_and_last(name: str) -> tuple[str, str]:
    """The first and the last word of a name of several ("bodensee", "molkerei" of "bodensee molkerei")."""
    words = name.split()
    return words[0], words[-1]


def _standing(person: Person) -> bool:
    """Whether a person the cast holds is someone, not a run of capitalised nouns read once as a name: known by a first
    name or a title, given a role, credited with a quote, or named more than once and never where a place stands (a
    town named in a kicker, then "near Wanganella Creek", is no one)."""
    return person.sure or person.quoted or bool(person.roles) or person.mentions > 1 and not person.placed


def _placed_here(person: Person) -> bool:
    """Whether the text last named a person, no first name or title telling one, where a place stands: the name of a
    place there, though read as someone's elsewhere ("Punta Gorda" in a kicker, then "the Punta Gorda wharf")."""
    return person.placed == person.seen and not person.sure


def _name(person: Person) -> str | None:
    """The name a mention resolved to ``person`` stands for: none for someone the article leaves unnamed, unless they
    speak for a body ("a government spokesperson said ... she added": the government's words)."""
    return (person.speaks_for or None) if person.anonymous else person.name


# The lengths of a word of capitals read as a degree's or an honour's letters after a name (``Cast._lettered_person``:
# "FRACP", "MNZM", "FRCPC"; two letters are a state's or a country's as often, "NZ", "WA"; past seven, a shouted word)
_LETTERS_MIN, _LETTERS_MAX = 3, 7

# The people named last that a short form of a given name is read for ("said Dot" of Dorothy Eoe, named in the
# paragraphs before): a short form stands for someone named nearby, and a page of thousands of names stays linear
_SHORTENED_PEOPLE = 12

# The most words of an office in capitals read after a definite article ("The Rangbah Shnong of Sohra, …, Name,")
_OFFICE_WORDS = 3

# The most people one unlisted form of address is read for (a word before many names is a title a lexicon should list;
# a page of thousands of them is read in linear time)
_ADDRESSED_PEOPLE = 8


def _addressed_again(mention: str, whole: str, lex: Lexicon) -> bool:
    """Whether a mention of two words opening on the first word of a whole name of three words or more, then its
    second, tells that first word a form of address ("Ouma Lettie" of "Ouma Lettie Swartbooi", "Māmā Teura" of "Māmā
    Teura Maitere"): a word kept before a given name is no given name of hers, unless a lexicon knows it as one ("Lou
    Ann" of "Lou Ann Vance" are her given names). Before the surname it tells nothing ("Sipho Dlamini" of "Sipho
    Mthunzi Dlamini" is his first name and surname), nor in a language of two surnames before the first of them
    ("Caridad Rojas" of "Caridad Rojas Valdés"), nor of a run holding a particle ("Protección Civil" of "Protección
    Civil de Sinaloa", a body's name as often as a person's), nor before a patronymic ("Nurlan Serikuly" of "Nurlan
    Serikuly Abdrachmanow": his given name and his father's, the polite form)."""
    said, named = mention.split(), whole.split()
    return (
        len(said) == 2
        and len(named) > (3 if lex.double_surnames else 2)
        and said[1] == named[1]
        and all(map(name_word, named))
        and not known_first_name(named[0])
        and not patronymic_shaped(named[1])
    )


# Every lexicon's short forms the letters do not show, each with the given names it stands for (see :func:`shortens`)
_ANY_HYPOCORISTICS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        short: frozenset().union(*(lex.hypocoristics.get(short, ()) for lex in LEXICONS.values()))
        for short in frozenset().union(*(lex.hypocoristics.keys() for lex in LEXICONS.values()))
    }
)


# Endings a short form of a given name puts after the letters it keeps ("Vren-i" of Verena, "Kath-i" of Katharina,
# "Ros-ie" of Rosalind, "Fran-zl" of Franz, "Resi-erl"): read off before the letters are compared
_SHORT_ENDINGS = ("erl", "ie", "i", "y", "l")


def shortens(word: str, given: str, lex: Lexicon | None = None) -> bool:
    """Whether a lone word, lower case, is a short form of a given name, lower case: a part of it of three letters or
    more ("tina" of Florentina, "hias" of Matthias, "lena" of Magdalena, "nando" of Fernando), or its first letter and
    then letters of it in their order, a short form's ending read off ("dot" of Dorothy, "tom" of Thomas, "vreni" of
    Verena, "kathi" of Katharina, "anni" of Anneliese); or one the letters do not show, as the lexicon lists it
    (``hypocoristics``: "cuca" of Refugio; with no ``lex``, as any lexicon does: the judge, reading a saved record's
    speaker, knows no page language). Never the name itself nor a longer word. The one reader of short forms: the cast's
    (a lone word credited with words) and the judge's (a credited given name against a record's, round 58)."""
    if given in (lex.hypocoristics if lex is not None else _ANY_HYPOCORISTICS).get(word, ()):
        return True
    if len(word) < 3 or word == given:
        return False
    if len(word) < len(given) and word in given:
        return True
    if word[0] != given[0]:
        return len(word) <= len(given) + 1 and _doubled_tail(word, given)
    stem = next((word[: -len(end)] for end in _SHORT_ENDINGS if word.endswith(end) and len(word) - len(end) > 2), word)
    # (round 58) a consonant a short form doubles stands for one of the name ("Dötti" of Dörte, "Lotti" of Lore,
    # "Betti" of Berta): read once, the short form then shorter than the name
    stem = _DOUBLED.sub(r"\1", stem)
    if len(stem) >= len(given) or len(word) > len(given) + 1:
        return False
    rest = iter(given[1:])
    return all(letter in rest for letter in stem[1:])  # (letters in their order: an iterator consumed as it is read)


_DOUBLED = re.compile(r"([^\W\d_aeiouäöüéèáíóú])\1")
# Spellings of one sound a short form writes otherwise than its name ("ph" of Joséphine is the "f" of Fifine)
_SOUND_SPELLINGS = (("ph", "f"), ("th", "t"), ("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("í", "i"), ("ó", "o"))
_TAIL_MIN = 3  # the fewest letters of a name's ending a short form keeps whole ("fine" of Joséphine)


def _doubled_tail(word: str, given: str) -> bool:
    """(round 58) Whether a short form is the ending of a given name with its first syllable said twice before it, the
    Romance and Creole way of making a pet name ("Fifine" of Joséphine, "Lolotte" of Charlotte, "Bébeth" of Élisabeth):
    the ending of ``_TAIL_MIN`` letters or more, written as it sounds (``_SOUND_SPELLINGS``), its opening letters
    before it. Read only when the short form's first letter is not the name's."""
    for spelt, sound in _SOUND_SPELLINGS:
        word, given = word.replace(spelt, sound), given.replace(spelt, sound)
    for cut in range(2, len(word) - _TAIL_MIN + 1):
        head, tail = word[:cut], word[cut:]
        if given.endswith(tail) and tail.startswith(head) and len(tail) < len(given):
            return True
    return False


def _doubled_opening(word: str) -> bool:
    """Whether a lone word, lower case, opens on letters said again right after them, written as they sound, with
    ``_TAIL_MIN`` letters or more from the second time on: the part of :func:`_doubled_tail` the word alone decides,
    so that a word of no such shape (most) is asked of no given name ("lolotte": "lo" twice; "smith" of none)."""
    for spelt, sound in _SOUND_DIGRAPHS:
        word = word.replace(spelt, sound)
    word = word.translate(_SOUND_LETTERS)
    if word.find(word[:2], 2, len(word) - _TAIL_MIN + 2) < 0:
        return False  # (most words: their first two letters not again where the second time would open)
    return any(word.startswith(word[:cut], cut) for cut in range(2, len(word) - _TAIL_MIN + 1))


# ``_SOUND_SPELLINGS`` as :func:`_doubled_opening` applies them: the spellings of two letters, then the letters, in one
# C call (one letter's spelling neither makes nor takes a letter of two letters' spelling: the same word)
_SOUND_DIGRAPHS = tuple((spelt, sound) for spelt, sound in _SOUND_SPELLINGS if len(spelt) > 1)
_SOUND_LETTERS = str.maketrans({spelt: sound for spelt, sound in _SOUND_SPELLINGS if len(spelt) == 1})


def _address_shaped(named: Sequence[str], lex: Lexicon) -> bool:
    """Whether the first word of a whole name of three words or more may be a form of address the article tells so
    (:func:`_address_dropped`, ``Cast._address_shared``): a name word no lexicon knows as a first name nor as a
    particle, before name words; not the three words of one syllable each of an East Asian name written family name
    first ("Lim Siew Ching" is called "Siew Ching", "Lim Wei Kiat" is her brother), nor of a run holding a particle
    or a surname's prefix ("Zineb El Amrani" is called "El Amrani", "Donncha Ó Laoire" "Ó Laoire": a surname with
    its particle; "Protección Civil de Sinaloa")."""
    return (
        len(named) > 2
        and all(map(name_word, named))
        and not known_first_name(named[0])
        and not any(
            (low := w.lower()) in _en.NAME_PARTICLES or low in lex.name_particles or low in _en.SURNAME_PREFIX_GENDER
            for w in named
        )
        and not all(len(_VOWEL_RUN.findall(word)) == 1 for word in named[:3])
        and not patronymic_shaped(named[1])  # ("Olga Reinhardtowna Maier": a given name before her father's)
    )


# A run of vowels, one a syllable (an East Asian name's words have one each: "Chong Wei Kiat", "Nguyen Van An")
_VOWEL_RUN = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœāēīōū]+", re.IGNORECASE)


def _address_dropped(mention: str, whole: str, lex: Lexicon) -> bool:
    """Whether a mention that is a whole name less its first word ("Chukwuemeka Nwafor" of "Oga Chukwuemeka Nwafor")
    tells that word a form of address no lexicon lists (:func:`_address_shaped`): the article calls the person by a
    given name and a surname without it. Not in a language of two surnames before a name of three words ("Yuly Tatiana
    Guevara" may be called "Tatiana Guevara")."""
    said, named = mention.split(), whole.split()
    return (
        named[1:] == said
        and len(named) > (3 if lex.double_surnames else 2)
        and _address_shaped(named, lex)
    )


def _civil_role(word: str, lex: Lexicon) -> bool:
    """Whether a word in lower case before a title that is a given name too is a noun for a person outside the forces
    (a role the lexicon lists, or a person's ending: "the steward Earl Boyd", "grazier Col Hadley"), after which the
    title is the given name; not a rank's own words ("the base commander Col Brandt" is a colonel)."""
    role = title_role(word, lex)
    if word in lex.forces_words or role in lex.forces_words:
        return False
    return bool(role) or _person_noun(word)


@lru_cache(maxsize=8192)
def _untitled(phrase: str, code: str) -> str:
    """The name in a titled mention: titles of any language and compound titles dropped from its
    front ("Oppositionsführer Jonas Petermann", "Cllr Grace Obi", "la alcaldesa Lucía Herrero")."""
    lex = LEXICONS[code]
    if (ended := phrase.rsplit(maxsplit=3)[-3:]) and len(ended) == 3 and ended[1].lower() in _TITLE_GIVEN_NAMES:
        # "el espectador Pastor Iglesias": after a role noun in lower case, a title before a lone surname is the
        # given name (see Cast.given_name_after_role)
        role, given, surname = ended
        if role.isalpha() and role.islower() and given[:1].isupper() and name_word(surname) and _civil_role(role, lex):
            return f"{given} {surname}"
    words = opening = strip_titles(phrase).split()
    while len(words) > 1 and not _adjective_after(words, lex):
        if words[0] in _ADDRESS_PHRASE_OPENINGS and (length := _address_phrase_length(words)):
            # "(Le) Gran Man Amédée Doudou", "Tan Sri Ahmad Zulkifli", "Secretário de Obras Edson Borchardt": an
            # address or an office of several words
            words = words[length:]
        elif _abbreviated_title(words, lex) or _given_name_addressing(words, lex):
            # "Hochw. Josef Mairhofer", "S.M. Moustapha Baba II", "C. Ismael López Vicente"; "Awang Haji Mohd Rizal",
            # "Dayang Salmah binti Ahmad"
            words = words[1:]
        elif (
            _leading_title(words[0], words[1], lex)
            or len(words) > 2
            and (words[0].lower() in lex.affiliation_nouns or _genitive_owner(words[0], words[1], words[2], lex))
            or len(words) == 3
            and words[0].lower() in lex.member_bodies
            and words is opening  # (not after an article: "Der Stadtrat Bad Oberdorf" is the council)
            or len(words) > 3
            and lex.capitalised_nouns
            and words[0].endswith("er")
            and not known_first_name(words[0])
            and _leading_title(words[1], words[2], lex)
        ):
            # (a national before a full name: "the Dane Anders Sample", though "Dane" is a first name; an owner before
            # a title in German: "Brandenburgs Kulturministerin Henrike Lüdersen"; a member's body: "Stadtrat Oskar
            # Müller"; a place's adjective before a title in German, "Schwyzer Bezirksammännin Andrea Inderbitzin")
            words = words[1:]
        else:
            break
    return " ".join(_without_affiliation(_without_address_suffix(_without_honour_letters(words)), lex))


# A capitalised word of two letters or more ending in a stop ("Hochw.", "Rvdo.", "Econ.", "Licda."): before a whole
# name, an abbreviated title whatever its region, no name of its own
_ABBREVIATED_WORD = re.compile(rf"[{CAPITALS}][^\W\d_]{{1,7}}\.")


def _abbreviated_title(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether a name's first word is a title by its shape, before a whole name (two name words, the first no
    initial): a capitalised abbreviation ending in a stop that is no known first name ("Dekan Hochw. Josef Mairhofer",
    "Econ. Mayra Cedeño Valarezo"), a style in letters of any lexicon ("S.M. Moustapha Baba II", "H.E. Grace
    Mutale"), an abbreviated title of any lexicon written without its stop ("Ds Hendrik Louw", "Rvdo Pedro Quiñones"),
    or in a language that writes no initial before a given name a lone capital or letters and their stops ("C.
    Ismael López Vicente", "Q.F. Marcia Cerda Shiguango"; "F. Scott Fitzgerald", "J. R. Hartley" and "K.P. Suresh
    Kumar" keep theirs in English, "A. Brunner" has no whole name)."""
    if len(words) < 3 or not name_word(words[1]) or not name_word(words[2]) or _INITIALS.fullmatch(words[1]):
        return False
    word = words[0]
    if word in _ANY_STYLE_ABBREVIATIONS or word in _ANY_TITLE_ABBREVIATION:
        return True
    if _INITIALS.fullmatch(word) and "-" not in word:
        # ("C. Ismael López Vicente"; letters with their stops, "Q.F. Marcia Cerda Shiguango", "P.M. Arnoldo Waiwai
        # Kiath": a degree's or a profession's letters where no one writes given names' initials before given names;
        # "J.-M. Le Pen" keeps the initials of his given names joined by their hyphen)
        return not lex.initials_before_given_names
    return _ABBREVIATED_WORD.fullmatch(word) is not None and word[:-1].lower() not in _ANY_FIRST_NAME


_ANY_STYLE_ABBREVIATIONS = frozenset().union(*(lex.style_abbreviations for lex in LEXICONS.values()))
_ANY_ADDRESS_GIVEN_NAMES = frozenset().union(*(lex.address_given_names for lex in LEXICONS.values()))
# The particles naming a father after a given name ("bin", "binti", "ould", "mint", "ag"): a name holding one is
# given name, particle and father's name, so a word before the given name is no part of it
_FATHERS_PARTICLES = frozenset("bin binti binte bint bte bt ibn ibnu ould mint ag welet wad anak".split())


def _given_name_addressing(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether a name's first word is a form of address that is a given name too (lexicon ``address_given_names``:
    "Awang", "Dayang"), told a form by what follows it: another form of address or title ("Awang Haji Mohd Rizal bin
    Haji Omar", "Dayang Hajah Rosnah"), or a given name and a father's particle ("Dayang Salmah binti Ahmad" is
    Salmah binti Ahmad; "Awang Selamat" and "Awang Kamil Tahir" keep theirs)."""
    if len(words) < 3 or words[0] not in _ANY_ADDRESS_GIVEN_NAMES:
        return False
    following = words[1]
    return (
        following in _ANY_ADDRESS_FORMS
        or following in _ANY_TITLE_ABBREVIATION
        or following.lower() in _ANY_TITLE
        or name_word(following) and fathers_named(words[1:])
    )


def fathers_named(words: Sequence[str]) -> bool:
    """Whether a name's words are given names, a father's particle and the father's name ("Salmah binti Ahmad",
    "Kamarul Ariffin bin Yaakub", "Intalla ag Mohamed Attaher"): the words before the particle are the given name the
    article may call the person by."""
    particle = next((i for i, word in enumerate(words) if word in _FATHERS_PARTICLES), 0)
    return 0 < particle < len(words) - 1


_ANY_ADDRESS_SUFFIXES = frozenset().union(*(lex.address_suffixes for lex in LEXICONS.values()))


_ANY_HONOUR_LETTERS = frozenset().union(*(lex.honour_letters for lex in LEXICONS.values()))
_PATRONYMIC_ENDINGS = tuple(sorted({e for lex in LEXICONS.values() for e in lex.patronymic_endings}))
_PATRONYMIC_STEM = 3  # the fewest letters before a patronymic's ending ("Ilyich" has three: "Il-yich" is none)


def patronymic_shaped(word: str) -> bool:
    """Whether a name's word is a patronymic by its ending, as any lexicon transliterates it (``patronymic_endings``:
    "Serikuly", "Reinhardtowna", "Vassilievitch", "Bolatuly"): a given name before it is no heading's word, and the
    given name and the patronymic alone are the person the whole name is."""
    low = word.lower()
    return low.endswith(_PATRONYMIC_ENDINGS) and any(
        low.endswith(e) and len(low) - len(e) >= _PATRONYMIC_STEM for e in _PATRONYMIC_ENDINGS
    )


def _without_honour_letters(words: list[str]) -> list[str]:
    """A name without the letters of honour, office or degree written after it (lexicon ``honour_letters``: "Priya
    Ranganathan CEng MICE", "Eleanor Whitcombe OBE", "Anna Roth MdB"), a given name and a surname kept; letters
    alone name no one ("MBA" of "Géraldine Chiasson, MBA,"). Letters by their shape only after no body's noun: a
    body's own letters stay its name's ("Medway County FA", "Ruhr Valley AG" unlisted)."""
    kept = len(words)
    shaped = len(words) > 2 and _ANY_BODY_NOUNS.isdisjoint(map(str.lower, words))
    while kept and (words[kept - 1] in _ANY_HONOUR_LETTERS or shaped and kept > 2 and _letters_shaped(words[kept - 1])):
        kept -= 1
    return words[:kept]


# (round 58) Letters after a name by their shape, for the grades, orders and religious institutes no lexicon lists:
# two capitals opening a word of at most ``_POSTNOMINAL_MAX`` letters, then capitals each perhaps followed by small
# letters ("FNI", "SIA", "EFZ", "OFMCap", "MBChB", "MSc"). Never a name
# word ("McKay", "DeLuca", "LeBlanc": one capital, then a small letter), nor a surname in capitals after two name words
# (French and Romanian pages write "Marie Claire DUPONT"): capitals alone stand for letters only up to
# ``_POSTNOMINAL_CAPITALS`` of them, nor a body's legal form (lexicon ``legal_forms``).
_POSTNOMINAL_MAX = 8
_POSTNOMINAL_CAPITALS = 4
_POSTNOMINAL = re.compile(rf"[{CAPITALS}](?:[{CAPITALS}][^\W\d_{CAPITALS}]*)+")
_ROMAN = re.compile(r"[IVXLCDM]+")  # (a regnal number is the name's: "Moustapha Baba II")


def _letters_shaped(word: str) -> bool:
    """Whether a word after a name of two words or more is letters of a grade, an order or an institute by its shape
    (``_POSTNOMINAL``): blind set 61's "Kapuziner P. Luzius Denoth OFMCap", a Swiss "Bauingenieur SIA", a nautical
    institute's fellow "FNI"."""
    if not (1 < len(word) <= _POSTNOMINAL_MAX) or not word[1:2].isupper() or _POSTNOMINAL.fullmatch(word) is None:
        return False  # (most words: a name word, one capital then small letters)
    if word in _ANY_LEGAL_FORMS or word.upper() in _ANY_LEGAL_FORMS:
        return False  # (a body's legal form: "Talleres Halmstad SA", "Kali Südharz AG", "Ferrovie SpA")
    if not word.isupper():
        return True
    # (capitals of no vowel spell no surname, however many: a learned society's fellow, "FRSNZ", "FTSE" aside)
    return _ROMAN.fullmatch(word) is None and (len(word) <= _POSTNOMINAL_CAPITALS or _VOWEL_RUN.search(word) is None)


def _without_address_suffix(words: list[str]) -> list[str]:
    """A name without a form of address written after it (lexicon ``address_suffixes``): set off by a space after a
    capitalised name word ("Kandiah Aiya", "Suleyman Bey", "Ramesh Patil ji") or by a hyphen ("Tanaka-san")."""
    if len(words) < 2:
        return words
    last = words[-1]
    if last.lower() in _ANY_ADDRESS_SUFFIXES and name_word(words[-2]):
        return words[:-1]
    stem, hyphen, suffix = last.rpartition("-")
    if hyphen and stem and suffix in _ANY_ADDRESS_SUFFIXES:
        return [*words[:-1], stem]
    return words


def _adjective_after(words: list[str], lex: Lexicon) -> bool:
    """Whether a title is followed by one word in lower case where a language writes names capitalised and nouns in
    lower case: an adjective of the role, no name ("la jefa civil", "la delegada presidencial")."""
    return len(words) == 2 and words[1].islower() and not lex.capitalised_nouns and bool(title_role(words[0], lex))


# The nouns of bodies of every lexicon of five letters or more, as a German compound ends on them ("Polizeistation",
# "Feuerwehr" of "Berufsfeuerwehr"): one test in C of a word
_ANY_BODY_NOUNS = frozenset().union(*(lex.organisation_words for lex in LEXICONS.values()))
_BODY_ENDINGS = tuple(sorted(w for w in _ANY_BODY_NOUNS if len(w) > 4))
_BODY_AFTER_NAME_WORDS = 3  # the words after a link read for the body's noun ("von der Carabinieri-Station Brixen")


def _address_phrase_length(words: Sequence[str]) -> int:
    """How many words opening a name are a form of address or an office of several words of any lexicon
    (``address_phrases``: "Gran Man", "Secretário de Obras"), before a whole name of two words; 0 when none. The
    caller asks only of a first word one opens on (``_ADDRESS_PHRASE_OPENINGS``)."""
    for length in _ADDRESS_PHRASE_LENGTHS:
        if len(words) >= length + 2 and " ".join(words[:length]) in _ANY_ADDRESS_PHRASES:
            return length
    return 0


def _without_affiliation(words: list[str], lex: Lexicon) -> list[str]:
    """A person's name without the body it is given with after it (lexicon ``member_links``: "Andrea Bertagnolli von
    der Carabinieri-Station Brixen", "Anne Roux de la Gendarmerie de Lyon", "Ann Cole of the Livingstone Police
    Station", "Luis Mora del Cuartel de Bomberos"): the name ends before the link when one of the capitalised words
    after it is a body's noun, whole, after a hyphen or ending a compound; a particle before a surname is kept ("Ursula
    von der Leyen", "Charles de la Fontaine")."""
    links = lex.member_links
    if len(words) < 3 or not links:
        return words
    for start in range(1, len(words) - 1):
        if not words[start].islower() or not name_word(words[start - 1]):
            continue
        link = next((k.split() for k in links if words[start : start + len(k.split())] == k.split()), [])
        body = start + len(link)
        if link and any(_a_bodys_noun(w) for w in words[body : body + _BODY_AFTER_NAME_WORDS] if w[:1].isupper()):
            return words[:start]
    return words


def _a_bodys_noun(word: str) -> bool:
    """Whether a word is a body's noun of any lexicon, or ends on one after a hyphen or as a compound's end."""
    low = word.lower().rsplit("-", 1)[-1]
    return low in _ANY_BODY_NOUNS or low.endswith(_BODY_ENDINGS)


def _genitive_owner(word: str, title: str, following: str, lex: Lexicon) -> bool:
    """A German genitive before a title ("Brandenburgs Kulturministerin", "Deutschlands Botschafter"): the owner of
    the role, no part of the name."""
    return lex.capitalised_nouns and word.endswith("s") and _leading_title(title, following, lex)


def untitled(phrase: str, code: str = "en") -> str:
    """The name in a titled mention, without the titles of any language before it."""
    return _untitled(phrase, code)


def _leading_title(word: str, following: str, lex: Lexicon) -> bool:
    low = word.lower()
    if low in lex.definite or low in lex.determiners:
        return True  # "la alcaldesa Lucía Herrero": the determiner of a title
    if low[:2] in _ELIDED and word[2:3].islower():
        return True  # "L'anthropologue Karim Benali": an article written onto a noun, never a name ("L'Heureux")
    if (
        word in lex.courtesy_titles or word in lex.address_forms or word in _FOREIGN_ADDRESS_FORMS[lex.code]
    ) and following[:1].isupper():
        # "D. Anselmo Gil": an abbreviated courtesy title of the article's language, no initial; "Don Atilio Bustos"
        # in Spanish, though "Don" is a first name elsewhere; "Si Mokhtar Jaziri" in French; "Domnul Radu Cioran" in
        # German, a form of address of another lexicon
        return True
    if low.rstrip(".") in _ANY_FIRST_NAME and following[:1].isupper():
        return False  # "Don Stewart": a first name, though a title in Spanish
    if low in lex.organisation_words and low not in lex.titles:
        # "Stadtrat Peter Klein" is a councillor, "Gemeinderat Oberdorf" a council; a word of a place opens the place's
        # name, whatever first name follows ("the West Virginia Parks Division", "San Antonio", "Port Elizabeth")
        return low not in lex.place_words and known_first_name(following)
    if low in _ANY_TITLE or low.rstrip(".") in _ANY_TITLE or title_role(word, lex):
        return True
    if word.rstrip(".") in _ANY_TITLE_ABBREVIATION and following[:1].isupper():
        return True  # "Ds Hendrik Louw", "Rvdo. Pedro Quiñones": an abbreviated title of any lexicon, as written
    if lex.capitalised_nouns and low.endswith(lex.role_endings) and following[:1].isupper():
        return True  # "Die Geologin Anita Büchel": a noun for a person by its ending, though the lexicon lists none
    if "-" in low and low.split("-")[0] in _ANY_TITLE:
        return True  # "President-elect", "Vice-President"
    if following[:1].isupper() and _trade_compound(word, lex):
        return True  # "Ems-Lotse Harm Uphoff", "Tug-driver Mosese Vake": a trade of a place or a thing
    if low.endswith("s") and following[:1].isupper() and title_role(low[:-1], lex):
        return True  # "Administrators Brackley Restructuring said", "Lawyers Hale Moreton": people of a body, no name
    return any(compound_head(low, other) for other in _COMPOUNDING)  # "Finanzministerin" in any article


def _trade_compound(word: str, lex: Lexicon) -> bool:
    """Whether a hyphenated word before a name is a compound whose last part is a trade or a rank: a role noun of the
    lexicon ("Ems-Lotse", "Dampfschiff-Kapitän"), or in a language that writes its nouns in lower case, a noun of a
    person's ending written so after the hyphen ("Tug-driver", "Dock-worker"). Never a double-barrelled name:
    its parts are capitalised where the language does not capitalise nouns ("Smith-Baker"), and none of its parts
    is a role ("Müller-Lüdenscheidt")."""
    owner, hyphen, head = word.rpartition("-")
    if not hyphen or not owner or len(head) < _TRADE_HEAD_MIN:
        return False  # (most words: no hyphen)
    if lex.capitalised_nouns:
        return bool(title_role(head, lex))
    return head.islower() and head.isalpha() and (bool(title_role(head, lex)) or _person_noun(head))


_TRADE_HEAD_MIN = 3  # the fewest letters of a trade after a hyphen ("-man" of "Ferry-man" is read; "-er" is none)
_ROLE_WORD_CHARS = 24  # the characters before a name read for the role noun right before it
# Titles that are given names too, of every lexicon (see ``Cast.given_name_after_role``)
_TITLE_GIVEN_NAMES = frozenset().union(*(lex.title_given_names for lex in LEXICONS.values()))
# The same as a name opens on them ("Pastor "): a run is asked with one call in C before its words are read
TITLE_GIVEN_OPENINGS = tuple(sorted(w.capitalize() + " " for w in _TITLE_GIVEN_NAMES))
# Surnames that are words of places or things too ("West", "York", "Bay"), as a name ends on them (" West"): a run is
# asked with one call in C before its words are read (see ``Cast.surname_after_role``)
PLACE_SURNAME_ENDINGS = tuple(sorted((" " + w.capitalize() for w in _en.SURNAME_WORDS), key=lambda w: (len(w), w)))
_ROLE_LEAD_WORDS = 4  # the words in lower case before a name read for a role noun ("author and liberal firebrand")
_PUNCTUATION = ".,;:!?\"'()[]“”‘’«»„—–…"
# A capitalised word made an adjective by a participle or an adjective after a hyphen ("Toronto-based", "London-born",
# "U.S.-led", "Soviet-style"; not "Jean-Pierre", "Sun-Times", "al-Amiri", "Ban Ki-moon", nor a Cantonese given name of
# two syllables, "Lam Kwok-wing", "Chan Mei-ling": a participle has two letters or more before its ending)
_ADJECTIVE_COMPOUND = re.compile(
    rf"[{CAPITALS}][\w.]*-(?:[a-z]{{2,}}(?:ed|ing)|led|born|made|run|style|like|wide|bound|era)[,;:]?"
)
# The articles of the languages that capitalise every noun ("der", "einem"), less the words other languages' texts
# write before a capitalised word ("des", "die" are French and English words too), and the noun after one
_NOUN_ARTICLES = sorted(
    {w for lex in LEXICONS.values() if lex.capitalised_nouns for w in (*lex.definite, *lex.indefinite)}
    - {w for lex in LEXICONS.values() if not lex.capitalised_nouns for w in (*lex.stopwords, *lex.determiners)}
)

def _article_noun() -> re.Pattern[str]:
    """An article of ``_NOUN_ARTICLES`` opening a word, a space, and the capitalised noun after it ("der Mann"; a word
    in capitals is a body's letters, no noun: "ein Sprecher der RMF"). The pattern opens on the set of the articles'
    first letters, so the engine skips to those at once instead of trying every article at every place of the text
    (on a page in a language whose nouns are in lower case, almost every place)."""
    firsts = sorted({article[0] for article in _NOUN_ARTICLES})
    endings = {f: "|".join(sorted((re.escape(a[1:]) for a in _NOUN_ARTICLES if a[0] == f), key=len, reverse=True))
               for f in firsts}
    rests = (rf"(?<={re.escape(first)})(?:{endings[first]})" for first in firsts)
    letters = re.escape("".join(firsts))
    return re.compile(rf"[{letters}](?<=\b[{letters}])(?:{'|'.join(rests)}) ([{CAPITALS}][{SMALLS}][\w-]*)")


_ARTICLE_NOUN = _article_noun()
_ARTICLES_SPACED = tuple(f"{article} " for article in _NOUN_ARTICLES)  # (each article and the space after it)
_STEM = 3  # the letters articles sharing them are looked for by together ("ein" of "ein", "eine", "einem" ...)
# What the text is scanned for: the stem several articles share, with those articles and their spaces, or an article
# and its space alone (each scan reads the whole text: "ein" of six articles is one, its few other places, "being",
# "Stein", passed over by a test of the six)
_ARTICLE_SCANS = tuple(
    (stem if len(group) > 1 else group[0], group)
    for stem in sorted({spaced[:_STEM] for spaced in _ARTICLES_SPACED})
    for group in [tuple(spaced for spaced in _ARTICLES_SPACED if spaced.startswith(stem))]
)


def _article_nouns(text: str) -> Iterator[re.Match[str]]:
    """``_ARTICLE_NOUN.finditer(text)``: the places an article and its space stand, found by ``str.find`` (a scan in C
    of a few instructions a character), each matched in turn where a word may start, skipping those inside a match
    before (the pattern's scan was entered at every "d" and "e" of the text, most of an English one's words)."""
    places = sorted(p for scanned, group in _ARTICLE_SCANS for p in _places(text, scanned) if text.startswith(group, p))
    end = 0
    for place in places:
        if place < end or place and (text[place - 1].isalnum() or text[place - 1] == "_"):
            continue  # (inside the match before, or no word's start: the pattern's "\b")
        if (match := _ARTICLE_NOUN.match(text, place)) is not None:
            end = match.end()
            yield match


def _places(text: str, part: str) -> Iterator[int]:
    """Where ``part`` stands in ``text``, by ``str.find``."""
    place = text.find(part)
    while place >= 0:
        yield place
        place = text.find(part, place + 1)
_PARTICLES = frozenset(p for lex in LEXICONS.values() for p in lex.name_particles)
_PARTICLE_REACH = 8  # characters before an article that hold a particle, a mark and a space (‘"della ’)


class CommonWords:
    """The words an article writes in lower case somewhere (see :attr:`Cast.common`), and the nouns it writes after an
    article in a language that capitalises every noun ("der Mann", "dem Verfahren": a name takes no article).

    A word asked for is looked up in the text when first asked: a cast asks a few dozen words an article, and the set
    of every word the article writes in lower case cost some 4% of extraction (the split, a hash and a test a word).
    Each look-up reads the text, though, and an article of many names asks more words the longer it is: past
    ``_LOOKUPS_BEFORE_SET`` words the set is built after all, so that a long page's cost stays linear in its length."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._text = " ".join(texts)
        self._asked: dict[str, bool] = {}
        self._nouns: frozenset[str] | None = None
        self._lower: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if (known := self._asked.get(word)) is None:
            if self._lower is None and len(self._asked) >= _LOOKUPS_BEFORE_SET:
                self._lower = _lower_case_words(self._text)
            written = word in self._lower if self._lower is not None else _written_lower(self._text, word)
            known = self._asked[word] = written or word in self._article_nouns()
        return known

    def _article_nouns(self) -> frozenset[str]:
        if self._nouns is None:
            text = self._text
            self._nouns = frozenset(
                m.group(1).lower() for m in _article_nouns(text) if not _after_particle(text, m.start())
            )
        return self._nouns


def common_words(texts: Iterable[str]) -> CommonWords:
    """The words of ``texts`` written in lower case, and the nouns after a German article (see :class:`CommonWords`)."""
    return CommonWords(texts)


# Words a cast looks up one at a time before the set of every lower-case word is built (:class:`CommonWords`): the
# articles of PolNeAR's train half ask at most 82, a third of the real pages at most 195 (median 12 and 27), so the set
# is built only for the long pages of many names whose look-ups would each read all their text.
_LOOKUPS_BEFORE_SET = 256
_WORD = re.compile(r"\S+")  # a word as ``str.split()`` cuts it: ``\s`` is the same test of space as the split's


def _lower_case_words(text: str) -> frozenset[str]:
    """Every word of ``text`` (cut at spaces) that opens on a lower-case letter, its closing marks left out: the words
    :func:`_written_lower` finds one at a time."""
    words = {
        w if w.isalpha() else w.strip(_PUNCTUATION)
        for w in set(text.split())
        if w[0].islower() and ("-" not in w or not name_word(w))
    }
    return frozenset(words - {""})


def _written_lower(text: str, word: str) -> bool:
    """Whether a word of ``text`` (cut at spaces) opens on a lower-case letter and is ``word``, its closing marks left
    out ("al-Amiri" is a surname, though it opens in lower case: no such word counts). The word opens on ``word``'s
    first letter, so only the places ``word`` stands at after a space are read."""
    if not word[:1].islower():
        return False  # (nor the empty word)
    at = text.find(word)
    while at >= 0:
        if at == 0 or text[at - 1].isspace():
            written = _WORD.match(text, at).group()  # type: ignore[union-attr]  # (a letter at ``at``: never None)
            # (a word of letters alone has no mark to strip, and is most words)
            if (written if written.isalpha() else written.strip(_PUNCTUATION)) == word and (
                "-" not in written or not name_word(written)
            ):
                return True
        at = text.find(word, at + 1)
    return False


def _after_particle(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a name's particle ("van der Meulen", "Ursula von der Leyen")."""
    before = text[max(0, start - _PARTICLE_REACH) : start].split()[-1:]
    return bool(before) and before[0].strip(_PUNCTUATION).lower() in _PARTICLES


@lru_cache(maxsize=8192)
def _candidate(phrase: str, code: str, introduced: bool = False) -> tuple[str, bool]:
    """The name a capitalised phrase may introduce ("" when it names no one), and whether it is
    unsure (one word, or holding a stopword: in German every noun is capitalised). A phrase ``introduced`` followed
    a title or a description whose words were dropped: it is a name from its first word."""
    lex = LEXICONS[code]
    if phrase[-1:].islower() or phrase.endswith("."):
        # a generation word ending a name in lower case stays in it ("Franz Wimmer jun." is not his father)
        base = without_generation(phrase)
        if base != phrase:
            name, unsure = _candidate(base, code)
            return (name + phrase[len(base) :] if name else name), unsure
    if ", " in phrase and (apposed := _apposed_after_office(phrase, lex)):
        # "L'échevine des Travaux, Nathalie Brüll", "El juez Primero de Sentencia Penal, Dr. Hernán Arce": a title of
        # office and what it is of, set off before the name; the name is the speaker, the office their role
        return _candidate(apposed, code, introduced=True)
    owner = phrase.split(" of ", 1)
    if len(owner) > 1 and owner[0].split()[-1:] and owner[0].split()[-1].lower() in lex.organisation_words:
        return "", False  # "The University of Northfield": an organisation, not a Mr. Northfield
    words = phrase.split()
    # (a phrase of one word holds no name after a credit or a salutation: most phrases, not read for one)
    credit = _credit_opening(phrase, code) if words[1:] else None
    if credit is not None and len(words) > len(credit.split()):
        # "D'après Annick Morvan": the phrase that credits words opening a sentence is no part of the name after it,
        # nor is a letter's salutation ("Dear Marjorie,": whom the letter addresses)
        return _candidate(phrase[len(credit) + 1 :].lstrip(), code)
    if len(words) > 2 and words[0].lower() in lex.naming_links and words[0][1:].islower():
        # "Es Segundo Alvarado, de Castro.": a link of naming opening the sentence (its subject dropped, "he is") is no
        # part of the name after it
        return _candidate(" ".join(words[1:]), code)
    if len(words) == 1 and words[0][:2].lower() in _ELIDED and words[0][2:3].islower():
        return "", False  # "L'élue": an article written onto a noun, a description ("L'Heureux" is a name)
    # (its hyphen first: a phrase without one is its own words)
    described = [w for w in words if "-" not in w or not _ADJECTIVE_COMPOUND.fullmatch(w)] if "-" in phrase else words
    if len(described) < len(words):
        # "Toronto-based WeavAir", "Natalia Mykhaylova’s Toronto-based": a place made an adjective is in no name
        return _candidate(" ".join(described), code) if described else ("", False)
    if _modified_name(words, lex):
        # "the elder Van der Meulen", "the late John Sample": a word that tells one namesake from another; a noun for a
        # person before a title that is a given name too stays before it, to tell the given name ("the shearer Gen
        # Whitlock": see ``_untitled``)
        return _candidate(" ".join(words[1 if words[2].lower() in _TITLE_GIVEN_NAMES else 2 :]), code)
    if nationality := _nationality_named(words, lex):
        # "the Kenyan Faith Kipyegon", "le Béninois Fiacre Houngbo": a description, the name after it whole
        return _candidate(" ".join(words[nationality:]), code, introduced=True)
    if family := _family_named(words, lex):
        return _candidate(family, code)  # "Vogls Sohn Lukas": Lukas Vogl
    if case := _case_named(words, lex):
        return _candidate(case, code)  # "Fall Guido Reil", "Affaire Jeanne Roux": the person the case is named after
    if bylined := _byline_named(words, lex):
        return _candidate(bylined, code)  # "Der Kassenbericht von Jana Roth", "Palabras de Ana Gil": whose, a heading
    if (
        len(words) > 1
        and _determined(words[0], lex)
        and not _leading_title(words[1], " ".join(words[2:3]), lex)
        # (a style opening on a possessive: "Son Honneur Gérald Lavigne", as "Son Excellence" is read)
        and not (words[0] in _ADDRESS_PHRASE_OPENINGS and _address_phrase_length(words))
    ):
        if _job_noun_named(words, lex):
            return _candidate(" ".join(words[1:]), code)  # "Die Fotografin Petra Huber": Petra Huber
        if len(words) > 4 and _titled_job_noun(words, lex):
            # "Die Zoopädagogin Dr. Sabine Hofinger": the noun, then her titles, then her name (structure62)
            return _candidate(" ".join(words[2:]), code, introduced=True)
        return "", False  # "The Florida senator", "Both Clinton and Sanders": no one's name follows a determiner
    if lex.capitalised_nouns:
        # (before its words are read as a name's, and before the titles are: "Sabine Grahl vom Mieterbund Haffküste"
        # would leave the body's run as the name)
        phrase = _without_body(phrase, phrase.lower().split(), lex)[0]
    name = _untitled(phrase, code)
    # (a title dropped before the name, not an article alone: "La Dre Annie Pelletier" keeps the heading's cut)
    introduced = introduced or any(w.lower() not in lex.determiners for w in words[: len(words) - len(name.split())])
    if _particle_first(name, lex) and words[0].lower() in lex.definite:
        return "", False  # "El ministro de Exteriores", "der Bürgermeister von Wien": what a role is of, no surname
    if lex.capitalised_nouns and len(words) > 2 and words[1] in lex.articles and title_gender(words[0], lex):
        # "einer Frau den Rücken gekehrt", "dem Herrn den Vortritt lassen": after a title, an article opens the noun
        # that is the verb's object, no surname ("Frau von der Leyen", "Ruud den Boer" open on no article)
        return "", False
    if lex.capitalised_nouns or name.count(" ") > 2:
        # (in any language a name's particle may open the body the person is of: "Dana Rust de Pedernales Press")
        name = _without_body(name, name.lower().split(), lex)[0]
    # (a month after a title, a form of address or a role is her first name: "Aunty June Wilson", "Swimmer April Kemp")
    dated = len(name.split()) < len(words) and dated_first_name(name.split())
    if (
        not name
        or not (name_word(name.split()[0]) or _particle_first(name, lex))
        or not (is_person_name(name) or dated)
        or not speaker_key(name)
    ):
        name = _named_tail(phrase, lex)  # "... Values Americans Believe In John Kasich": a heading run into a name
    name = _case_named(name.split(), lex) or name  # ("CORRECTIV den Fall Guido Reil": the run's tail, a case's name)
    words = name.split()
    initials = not lex.capitalised_nouns and _INITIALS.fullmatch(words[0]) is not None if words else False
    if len(words) > 1 and not known_first_name(words[0]) and not initials:
        # "Answer John Sample": a word of a heading before a known first name is no part of the name (initials are:
        # "K. P. Suresh Kumar", "K.P. Suresh Kumar"; not in German, where "D." closes a rank's "a. D.", "Kapitän a. D.
        # Uwe Ehlers")
        # (a particle the article's language gives no one as a first name is the particle: "Leïla Ben Salah" in French
        # is no Mr. Ben Salah; "Answer Ben Carson" in English is Ben Carson)
        first = next((i for i, w in enumerate(words[1:-1], 1) if known_first_name(w) and not _particle(w, lex)), 0)
        # (not the father's name after a patronymic's connective: "Siti Aisyah binte Mohamed Salleh" is one name)
        first = 0 if first and words[first - 1] in _en.NAME_PARTICLES else first
        # (not a given name after a title or a description, before a known one: "Commissioner Lou Ann Vance", "le
        # Burkinabè Abdoul Karim Sawadogo" keep both given names)
        first = 0 if first == 1 and introduced and _given_name_word(words[0], lex) else first
        # (in German a noun for a person may stand before the name: "Meteorologin Hanna Vogelsang", "Solistin Mila")
        # (and a relative before a full name: "sein jüngerer Bruder Piotr Wrobel" is Piotr Wrobel)
        # (and after a possessive: "Ihre Tochter Daryna Kowalenko" is Daryna Kowalenko, no Kowalenko the mother is)
        # (or before a first name alone: "Sein Vereinskollege Jannes"; so a soldier's, "Soldat Jonas", as a rank's
        # title is: lexicon ``forces_words``)
        owned = int(len(words) > 2 and words[0].lower() in lex.possessives)
        noun = words[owned].lower()
        kin = noun.endswith(lex.role_endings) or noun in lex.family_kin or noun in lex.forces_words
        first = first or (owned + 1) * int(lex.capitalised_nouns and kin)
        # (and in any language a noun for a job by its ending opening the run before a full name, though the lexicon
        # lists no such job: "Librarian Sithabile Ncube", "Bibliothécaire Awa Diallo Sow", "Bibliotecaria Rosa
        # Quispe"; a known first name is never cut, "Marian Okafor Reid", nor a name after a title, "diputada
        # Candelaria Cabrera")
        job = len(words) > 2 and words[0].lower().endswith(lex.role_endings) and phrase.startswith(words[0])
        first = first or int(job)
        # (and a noun for a person by its ending before a first name and a surname, though the first name is none the
        # lexicon knows: "Kirchenpfleger Xaver Lutz", "Stallmeisterin Vroni Haas"; a German name is no three words
        # opening on an agent noun)
        first = first or int(lex.capitalised_nouns and len(words) == 3 and _person_noun(noun))
        # (and a role noun after a word describing it, before a first name and a surname: "Essener AfD-Politiker Guido
        # Reil")
        roles = (i + 1 for i in range(len(words) - 3, 0, -1) if title_role(words[i], lex))
        first = first or (next(roles, 0) if lex.capitalised_nouns else 0)
        # (and a finite verb opening the sentence before a first name and a surname: "Ganó Macarena Toscano",
        # "Ganaron Rigoberto Naranjo y ...", a cue verb's form: "Dijo Rigoberto Naranjo")
        verb = words[0].lower()
        first = first or int(len(words) > 2 and (verb.endswith(lex.finite_endings) or verb in lex.cue_verbs))
        # (and a minister's portfolio after the title before the run: "Minister for Health Faizal Rahman")
        first = first or (portfolio_length(words, lex.portfolio_words) if lex.portfolio_words else 0)
        # (never a given name before a patronymic: "Nurlan Serikuly Abdrachmanow", "Wiktor Andrejewitsch Lemke")
        first = 0 if first == 1 and len(words) > 2 and patronymic_shaped(words[1]) else first
        name = " ".join(words[first:])
    if not name:
        return "", False  # "die Bürgermeisterin", "the senator": a description, not a name
    words = name.lower().split()
    if FUNCTION_WORDS.issuperset(words) or " ".join(words) in lex.demonstratives:
        return "", False  # "Er sagte", "Aquella dijo": a pronoun opening a sentence is nobody's name
    numbers = not (lex.number_words.keys().isdisjoint(words) and lex.magnitudes.keys().isdisjoint(words))
    if numbers or lex.glued_numbers and _glued_number(words[0]):
        # "Zwei Tage nach dem Auftritt", "1,8 Millionen Mal", "Dreitausend Stück": a number is in no one's name
        return "", False
    if words[0] not in _ANY_FIRST_NAME and (
        not lex.organisation_words.isdisjoint(words) or _any_compound_body(words, lex) or _genitive_body(words, lex)
    ):
        return "", False  # "Gewerkschaft Bildung", "Pendlerverband Oberfranken": a body ("James York" is a man)
    if lex.capitalised_nouns:
        if _ANY_FIRST_NAME.isdisjoint(words) and title_role(words[-1], lex) and not _titled_pair(phrase, words, lex):
            return "", False  # "Parlamentarische Staatssekretärin": nouns and a title, no name ("Anna Richter" is one)
        if len(words) == 2 and words[0] in lex.month_parts and words[1] in lex.date_words:
            return "", False  # "bis Ende März", "Anfang Mai": a date ("Mareike Sonntag", "Frau Mai" are names)
        name, words = _without_body(name, words, lex)
    # (a particle inside a name opened by a known first name is no stopword: "Marco von Hagen")
    named = words[0] in _ANY_FIRST_NAME
    inner = (w for i, w in enumerate(words) if not (named and 0 < i < len(words) - 1 and w in lex.name_particles))
    # (in German a run opening on a function word of any language is a sentence's opening: "Was Kritiker ... nannten")
    opening = lex.capitalised_nouns and words[0] in FUNCTION_WORDS and words[0] not in lex.name_particles
    return name, len(words) < 2 or opening or not lex.stopwords.isdisjoint(inner)


def _apposed_after_office(phrase: str, lex: Lexicon) -> str:
    """The name of two words or more set off by a comma after an office that opens the phrase on a determiner, an
    article written onto its noun or a title ("L'échevine des Travaux, Nathalie Brüll", "Le juge de paix, Me Anne
    Roux"), or ""; not a list of names ("Ann Bell, Tom Hale"), nor a name after a surname ("Hale, Tom")."""
    office, _, named = phrase.rpartition(", ")
    words = office.split()
    if len(named.split()) < 2 or len(words) < 2 or not _leading_title(words[0], words[1], lex):
        return ""
    return named


def _of_link_ends(words: list[str], lex: Lexicon) -> bool:
    """Whether words end in one of a language's "of" links written in lower case, after a word of their own ("Comarca
    de la", "University of"; lexicon ``of_links``)."""
    return any(len(words) > n and " ".join(words[-n:]) in lex.of_links for n in (1, 2))


def _titled_pair(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """Whether a name of two words whose last is a title too stands right after a title ("Obmann Rudolf Richter",
    "Kassierin Vroni Koch"): a given name no lexicon knows and a surname, as a title leads a name in (not
    "Parlamentarische Staatssekretärin", nouns and a title with none before them)."""
    written = phrase.split()
    first = next((i for i, w in enumerate(written) if w.lower() == words[0]), 0) if len(words) == 2 else 0
    return first > 0 and not title_role(words[0], lex) and _leading_title(written[first - 1], written[first], lex)


def singular_finite(lex: Lexicon, word: str) -> bool:
    """Whether a word ends as a finite verb of the third person singular does in the lexicon (``finite_endings`` that
    are no plural ending: "acordó", "recordó"; never "ganaron")."""
    return (
        word.isalpha()
        and bool(lex.finite_endings)
        and word.endswith(lex.finite_endings)
        and not (lex.plural_verb_endings and word.endswith(lex.plural_verb_endings))
    )


def candidate_name(phrase: str, code: str) -> str:
    """The name a capitalised phrase may introduce, "" when it names no one (see ``_candidate``)."""
    return _candidate(phrase, code)[0]


@lru_cache(maxsize=4096)
def _glued_number(word: str) -> bool:
    """:func:`verify.normalize.glued_number`, kept: a German page's runs open on the same words ("diese", "im")."""
    return glued_number(word)


def _credit_opening(phrase: str, code: str) -> str | None:
    """The phrase of the language crediting words or opening a letter that ``phrase`` opens on, a space after it
    ("According to", "D'après", "Dear"), or None."""
    # (only those opening on the phrase's first letter are compared: its first character lowered alone is its first
    # in lower case)
    openings = _credit_openings(code).get(phrase[:1].lower()[:1], ())
    return next((opening[:-1] for opening in openings if phrase[: len(opening)].lower() == opening), None)


@lru_cache(maxsize=8)
def _credit_openings(code: str) -> dict[str, tuple[str, ...]]:
    """The lexicon's ``according_to`` and ``salutations`` in their order, each with the space after it, by first
    letter."""
    lex = LEXICONS[code]
    openings = [p + " " for p in (*lex.according_to, *lex.salutations)]
    return {first: tuple(o for o in openings if o[:1] == first) for first in {o[:1] for o in openings}}


def _particle(word: str, lex: Lexicon) -> bool:
    """Whether a word inside a name is a particle of some language ("Ben", "Al", "Van") that the article's language
    gives no one as a first name."""
    low = word.lower()
    return low in _PARTICLES and low not in lex.first_name_gender


def _modified_name(words: list[str], lex: Lexicon) -> bool:
    """Whether a phrase is a definite article, one lower-case word and a name ("the elder Van der Meulen"; not in a
    language that capitalises nouns, where "der neue Trainer" is a noun phrase)."""
    if len(words) < 3 or lex.capitalised_nouns or words[0].lower() not in lex.definite or not words[1].islower():
        return False
    if title_role(words[1], lex):
        return False  # "El ministro de Exteriores": a role and what it is of
    return words[-1][:1].isupper() and all(w[:1].isupper() or w in lex.name_particles for w in words[2:])


def _case_named(words: list[str], lex: Lexicon) -> str:
    """The name after a noun for a case or an affair opening a phrase, perhaps after its article ("Fall Guido Reil",
    "Die Affäre Guido Reil", "L'affaire Jeanne Roux", "Caso Ana Ruiz": lexicon ``case_nouns``), or ""."""
    if len(words) < 2:
        return ""
    first = 1 if len(words) > 2 and words[0].lower() in lex.definite else 0
    noun = words[first].lower()
    noun = noun[2:] if noun[:2] in _ELIDED and noun[:2] in lex.definite else noun  # "L'affaire"
    return " ".join(words[first + 1 :]) if noun in lex.case_nouns else ""


def _byline_named(words: list[str], lex: Lexicon) -> str:
    """The name after a heading's noun or participle and the link saying whose it is, perhaps after its article ("Der
    Kassenbericht von Jana Roth", "Gelesen von Jana Roth", "Palabras de Ana Gil", "Notes by Ruth Kaye", "Mot de Paul
    Roy": the agent link or a name's particle that is a preposition), the name a known given name and a surname; ""
    for any other run, and for a name whose first word is a given name ("Pedro de Alvarado", "Ludwig van Beethoven":
    the particle inside it)."""
    first = 1 if len(words) > 4 and words[0].lower() in lex.definite else 0
    head = words[first]
    if len(words) - first < 4 or known_first_name(head) or not head[:1].isupper() or title_role(head, lex):
        return ""  # (a role's "of" is a place's: "Der Bürgermeister von Maria Enzersdorf")
    link = words[first + 1]
    if link != lex.agent_link and not (link in lex.name_particles and link in lex.prepositions):
        return ""
    name = words[first + 2 :]
    # (from a known given name only: "Der Bürgermeister von Bad Aussee", "Universidad de Buenos Aires" are no one's)
    if len(name) > _BYLINE_NAME_WORDS or not known_first_name(name[0]) or not all(map(name_word, name)):
        return ""
    return " ".join(name)


_BYLINE_NAME_WORDS = 3  # the name after a heading's link: "Ana Gil Ruiz"


def _family_named(words: list[str], lex: Lexicon) -> str:
    """The name of a relative the article gives after the family's genitive and a kin noun, in a language that
    capitalises nouns: a first name alone takes the family's surname ("Vogls Sohn Lukas" -> "Lukas Vogl", "Hubers
    Tochter Mia" -> "Mia Huber"), a full name stays ("Kerns Bruder Tobias Kern"), an owner that is a first name
    names no family ("Peters Sohn Lukas" -> "Lukas"); "" for any other run."""
    if len(words) < 3 or not lex.capitalised_nouns or words[1].lower() not in lex.family_kin:
        return ""
    owner, relative = words[0], words[2:]
    family = owner.removesuffix("s")
    if family == owner or not name_word(family) or not known_first_name(relative[0]):
        return ""
    if known_first_name(family):
        return " ".join(relative)  # "Peters Sohn Lukas": the owner is no family name
    return " ".join(relative) if len(relative) > 1 else f"{relative[0]} {family}"


def _without_body(name: str, words: list[str], lex: Lexicon) -> tuple[str, list[str]]:
    """A name without the body a particle run after it names ("Tobias Kern von der Nordbank" -> "Tobias Kern";
    not "Ursula von der Leyen")."""
    cut = next((i for i in range(2, len(words) - 1) if words[i] in lex.name_particles), 0)
    if not cut:
        return name, words
    written = name.split()[cut + 1 :]
    # (the body's name may end in its place: "Stefan Huber von der Freiwilligen Feuerwehr Oberhaching"; or be its
    # letters: "Tobias Kern von der SPD", "Anna Roth von der AfD", "Luis Gil del PSOE", no surname's)
    # (or a common noun a thing's ending tells, no surname: "Friederike Sonntag von der Versteigerung" told of the
    # auction; a surname after the particle ends on none, "von der Leyen", "von Weizsäcker")
    # (or two words and more besides articles that a legal form closes or a body's word of any language is one of,
    # after a name holding none: "Dana Rust von Pedernales Press", "Dana Rust de Pedernales Press", "Ana Gil de Milo
    # Obras SA"; a surname after a particle is one word, perhaps after its article: "María de la Iglesia", "Juan de la
    # Cruz"; "Corporación de Silleteros de Santa Elena" is a body's name whole)
    if (
        lex.capitalised_nouns
        and (
            any(w.endswith(body) for w in words[cut + 1 :] for body in lex.organisation_words if len(body) > 3)
            or len(words[-1]) > 5
            and words[-1].endswith(lex.thing_endings)
        )
        or any(_INNER_CAPITALS.match(w) for w in written)
        or len(written) > 1
        and (written[-1].rstrip(".") in _ANY_LEGAL_FORMS or not _ANY_BODY_WORDS.isdisjoint(words[cut + 1 :]))
        and sum(w not in lex.articles for w in words[cut + 1 :]) > 1
        and _ANY_BODY_WORDS.isdisjoint(words[:cut])
    ):
        return " ".join(name.split()[:cut]), words[:cut]
    return name, words


# A body's words and legal forms in every language: a run after a name's particle holding one names a body, whatever
# the article's language ("Verlegerin Dana Rust von Pedernales Press")
# ("Santa" of "de Santa Elena" is a place's word, no body's)
_ANY_BODY_WORDS = frozenset().union(*(lex.organisation_words - lex.place_words for lex in LEXICONS.values()))
_ANY_LEGAL_FORMS = frozenset().union(*(lex.legal_forms for lex in LEXICONS.values()))


_REGION_WORDS = 2  # the capitalised words of a region closing a body's name ("Agence régionale de santé Grand Est")
_GROUP_NOUNS = 2  # the words in lower case closing a group's mention after a name ("the Leeds youth choir")


# a body's letters ("SPD", "AfD"), in no surname after a particle
_INNER_CAPITALS = re.compile(rf"[{CAPITALS}]\w*[{CAPITALS}]")


def _particle_first(name: str, lex: Lexicon) -> bool:
    """A surname that opens on its particle ("van Dam", "de Villepin"): a name, though in lower case."""
    words = name.split()
    return (
        len(words) == 2
        and words[1][:1].isupper()
        and (words[0] in lex.name_particles or words[0] in _en.NAME_PARTICLES)
    )


def _job_noun_named(words: list[str], lex: Lexicon) -> bool:
    """Whether a capitalised run opening on a determiner is a noun for a person that no lexicon lists, then a given name
    a lexicon knows and a surname, in a language that capitalises nouns ("Die Fotografin Petra Huber", "Der Imker Jens
    Voss", "Die Architektin Ines Roth": the noun's ending told it for "Geologin" alone), the surname perhaps with its
    particles ("Die Tarefera Rosa da Silva", "Der Senner Jan van Dijk"); not a body's noun ("Die Firma Hans Huber", a
    trade's house: "Die Bäckerei Hans Huber") nor a run of no surname ("Der Tag Peter")."""
    return (
        lex.capitalised_nouns
        and len(words) >= 4
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or _particle(w, lex) for w in words[3:-1])
        and words[1].lower() not in lex.organisation_words
        and not words[1].endswith("ei")
        and known_first_name(words[2])
        and not known_first_name(words[1])
    )


def _titled_job_noun(words: list[str], lex: Lexicon) -> bool:
    """Whether a run opening on a determiner and a noun for a person is :func:`_job_noun_named`'s once the titles after
    the noun are passed over ("Die Zoopädagogin Dr. Sabine Hofinger", "Der Tierarzt Dr. med. vet. Jan Roth"): the
    titles a lexicon lists (``titles``, ``title_abbreviations``, ``honour_letters``), with or without their stop, or a
    word in lower case after one ("med.", "iur.", a degree's field)."""
    if not lex.capitalised_nouns:
        return False
    at = 2
    while at < len(words) - 2 and (
        (word := words[at].rstrip(".")).lower() in lex.titles
        or word in lex.title_abbreviations
        or words[at] in lex.honour_letters
        or at > 2 and words[at].endswith(".") and word.islower()
    ):
        at += 1
    return at > 2 and _job_noun_named([*words[:2], *words[at:]], lex)


def _nationality_named(words: list[str], lex: Lexicon) -> int:
    """How many words open a run on a definite article and a capitalised noun for a nationality or a place's people
    (:func:`nationality_before_name`), before a name of two or three words: "the Kenyan Faith Kipyegon", "le Béninois
    Fiacre Houngbo", "L'Ivoirienne Awa Koné", "der Kenianer Eliud Kiprop"; 0 for any other run."""
    elided = words[0][:2].lower() in _ELIDED and words[0][2:3].isupper()
    at = 0 if elided else 1
    if not (elided or words[0].lower() in lex.definite) or not 2 <= len(words) - at - 1 <= 3:
        return 0
    noun = words[at][2:] if elided else words[at]
    if not elided and _plural_noun(lex, words[0].lower(), noun):
        return 0
    return at + 1 if nationality_before_name(noun, words[at + 1 :], lex) else 0


def nationality_before_name(noun: str, name: Sequence[str], lex: Lexicon) -> bool:
    """Whether a capitalised noun is one for a nationality or a place's people by its ending (lexicon
    ``nationality_noun_endings``: "Kenyan", "Béninois", "Kenianer") before the words of a name: not a first name ("The
    Brian May"), a title, nor before a body's or a title's word ("The American Legion", "The Roman Catholic Church")."""
    low = noun.lower()
    return (
        noun[:1].isupper()
        and (low.endswith(lex.nationality_noun_endings) or low in lex.affiliation_nouns)
        and not known_first_name(noun)
        and not _leading_title(noun, name[0], lex)
        # (nor before a title and a known first name: "Der Zürcher Nationalrat Hans Gerber", read as before; "dem
        # Äthiopier Tamirat Tola Bekele" reads as a compound's title only by its ending)
        and not (_leading_title(name[0], name[1], lex) and known_first_name(name[1]))
        and all(_given_name_word(w, lex) for w in name)
    )


_ANY_TITLE_ABBREVIATION = frozenset().union(*(lex.title_abbreviations for lex in LEXICONS.values()))  # ("Mag", "Pfr")
_ARTICLE_CHARS = 4  # the characters before a run read for the definite article of a nationality's noun ("les ")


def name_after_nationality(lex: Lexicon, text: str, start: int, phrase: str) -> tuple[str, str]:
    """The noun for a nationality and the name after it a capitalised run at ``start`` holds, the run after a definite
    article or opening on one ("sur le Béninois Fiacre Houngbo", "Le Béninois Fiacre Houngbo", "against the Kenyan
    Faith Kipyegon", "vor dem Kenianer Eliud Kiprop": Béninois, Fiacre Houngbo), the name whole from its first given
    name; ("", "") for any other run (most: no such noun opens it)."""
    if phrase.count(" ") not in (2, 3, 4):
        return "", ""  # (most runs: a name of one or two words)
    words = phrase.split()
    opened = words[0].lower() in lex.definite
    noun, name = (words[1], words[2:]) if opened else (words[0], words[1:])
    low = noun.lower()
    if not 2 <= len(name) <= 3 or not low.endswith(lex.nationality_noun_endings) and low not in lex.affiliation_nouns:
        return "", ""
    before = text[max(0, start - _ARTICLE_CHARS) : start]
    word = words[0].lower() if opened else (before.split() or [""])[-1].lower()
    article = opened or before[-2:].lower() in _ELIDED or before[-1:] == " " and word in lex.definite
    if not article or _plural_noun(lex, word, noun) or not nationality_before_name(noun, name, lex):
        return "", ""
    return noun, " ".join(name)


# A noun's stem, as a description's head shares it with a word the article gave someone ("Bergretter", "Bergrettung"):
# its first characters, at least this many and this share of the noun (a compound's first part and some of the next)
_STEM_CHARS = 7
_STEM_SHARE = 75
_CALLED_NOUN_CHARS = 32  # the characters before a name read for a definite article and the noun after it


def noun_before_name(lex: Lexicon, text: str, start: int) -> str:
    """The noun in lower case between a definite article and the name at ``start`` ("l'aînée Thérèse Lavallée", "la
    doyenne Marie Tual", "el werkén Juan Huenchul"): what the article calls the person, a description that stands
    for them next ("a dit l'aînée"), as a nationality's noun does; "" for any other run (most: no article before it).
    Not where every noun is capitalised (the noun is read into the run there) nor after a plural article."""
    if lex.capitalised_nouns or text[start - 1 : start] != " ":
        return ""
    words = text[max(0, start - _CALLED_NOUN_CHARS) : start].split()[-2:]
    if not words:
        return ""
    noun = words[-1]
    if noun[:2].lower() in _ELIDED:
        noun = noun[2:]
    elif len(words) < 2 or words[0] not in lex.definite or words[0] in lex.plural_articles:
        return ""
    if not (noun.replace("-", "").isalpha() and noun.islower() and len(noun) > 2) or noun in FUNCTION_WORDS:
        return ""
    return "" if noun in lex.determiners or noun in lex.prepositions else noun


def _plural_noun(lex: Lexicon, article: str, noun: str) -> bool:
    """Whether a noun after its article is a plural or an adjective by that article (lexicon ``plural_articles``,
    ``articled_plural_endings``: "Die Thurgauer Nationalrätin", no one Thurgauer), no nationality of one person."""
    low = noun.lower()
    return article in lex.plural_articles and low.endswith(lex.articled_plural_endings)


def _given_name_word(word: str, lex: Lexicon) -> bool:
    """A word that may be a name's: capitalised, and no title, organisation, thing or function word of the language."""
    low = word.lower()
    return (
        name_word(word)
        and word.isalpha()
        and not word.isupper()  # ("le député LR Arnaud Lesage": a party's letters)
        and word not in _ANY_TITLE_ABBREVIATION
        and low not in FUNCTION_WORDS
        and low not in lex.organisation_words
        and low not in lex.thing_words
        and low.rstrip(".") not in _ANY_TITLE
    )


def _determined(word: str, lex: Lexicon) -> bool:
    """A determiner that is no name particle ("The", "Both"; not "Le" of "Le Pen", "La" of "La Russa")."""
    low = word.lower()
    return low in lex.determiners and low not in lex.name_particles and low not in _en.NAME_PARTICLES


def _named_tail(phrase: str, lex: Lexicon) -> str:
    """The name at the end of a capitalised run that is no name as a whole, opened by a known first
    name ("Sign Of Leadership Marco Rubio" -> "Marco Rubio"), or "". Not after an "of" link in lower case:
    "Comarca de la Sierra de Albarracín", "University of Mary Washington" name the place or the body the
    capitalised word before the link is of, no one."""
    words = phrase.split()
    for size in (3, 2):
        tail = words[-size:]
        if len(words) > size and tail[0].lower() in _ANY_FIRST_NAME and is_person_name(" ".join(tail)):
            return "" if _of_link_ends(words[:-size], lex) else " ".join(tail)
    return ""


@lru_cache(maxsize=8192)
def body_name(phrase: str, code: str) -> str:
    """The organisation a capitalised run names ("The White House" -> "White House", "Trump campaign’s"
    -> "Trump campaign"), or "" when it holds no organisation word (a place is none)."""
    lex = LEXICONS[code]
    words = phrase.removesuffix("’s").removesuffix("'s").split()
    article = ""
    while words and words[0].lower() in FUNCTION_WORDS:
        article, words = words[0].lower(), words[1:]
    lettered = False  # (letters after an article written onto them: "L'OMS" names a body, as no person is named so)
    organisations = lex.organisation_words
    # "L'Agence de sécurité des produits", "L'agence régionale de santé Grand Est": the article written onto the name
    # (onto a body's noun in lower case, its name going on in lower case: "L'association Droit au Toit" is as before)
    lower_name = len(words) > 1 and words[0][2:] in organisations and words[1].islower()
    if words and words[0][:2].lower() in _ELIDED and (words[0][2:3].isupper() or lower_name):
        words[0] = words[0][2:]
        lettered = len(words) == 1 and len(words[0]) > 1 and words[0].isupper()
    if len(words) > 2 and (words[0].lower() in lex.seat_nouns or words[0].lower() in lex.document_nouns) and (
        words[1].lower() in FUNCTION_WORDS
    ):
        # "Sitz der Bodensee Molkerei", "Headquarters of the Harbour Trust": where the body sits, then its name; so a
        # document of the body ("Bericht der Feuerwehr": the Feuerwehr's)
        words = list(dropwhile(lambda word: word.lower() in FUNCTION_WORDS, words[1:]))
    # "Danish developer Northwind Energy": the name is the capitalised run after the describing words (a place's
    # preposition after the body's word is no describing word but its region: "Forum der Deutschen im Banat")
    cut = max(
        (
            i + 1
            for i, w in enumerate(words[:-1])
            if _describes(w, words[i + 1], lex)
            and not _region_of(words, i, lex)
            and not _linked_article(words, i, lex)
            and not foreign_link(words, i, lex)
        ),
        default=0,
    )
    words = words[cut:]
    lowered = [w.lower().strip(".") for w in words]
    # (nor is a lone German compound ending in a body word after its article a mere word: "das Verkehrsministerium",
    # "der Pendlerverband" name the body "das Ministerium" and "der Verband" stand for next)
    compound = lex.compound_titles and len(words) == 1 and article in lex.definite and _compound_body(lowered[0], code)
    compound = compound and lowered[0] not in lex.organisation_words  # (not "der Landkreis": a body word alone)
    if len(words) < 2 and not (
        words
        and (words[0].isupper() and words[0] not in _ANY_HONOUR_LETTERS or lowered[0].endswith(_DOMAINS) or compound)
    ):
        # "Article", "Police" opening a sentence: a word, not yet a name ("NATO" is one; "MBA" of "Géraldine Chiasson,
        # MBA," a degree of hers)
        return ""
    # (a body's letters of two opening a run of three words or more count only as written, in capitals: "AP Tokyo
    # Bureau" is the agency, "Ap Kinzang Norbu" a Bhutanese form of address before a name)
    opening = len(words) > 2 and len(words[0]) == 2 and words[0].istitle()
    if not any(
        w in lex.organisation_words and w not in lex.place_words and not (opening and i == 0) or w.endswith(_DOMAINS)
        for i, w in enumerate(lowered)
    ):
        listed = lettered or _any_compound_body(lowered, lex) or _listed_in_genitive(lowered, lex)
        if not (listed or _town_body(words, lex) or _people_body(lowered, lex)):
            return _foreign_body(phrase, words, lex)
    last = max((i for i, w in enumerate(lowered) if w in lex.organisation_words), default=len(words))
    after = words[last + 1 : last + 2]
    if after and after[0].islower() and not _part_of_body(words[last + 1 :], lex):
        # "his campaign sent out a": a clause a cue's span ran on into, no body's name (not an "of" part in lower case:
        # "Agence de sécurité des produits", nor adjectives: "Fédération française de football")
        return ""
    if (ending := lex.strong_endings.get(article)) and not cut:
        words = _undeclined(words, ending, lex)
    # (not a genitive inside the name: "Wetterdienst des Landes Tirol", "Rettungsdienst des Kreises Lippe"; looked for
    # only in a language of genitive endings)
    if lex.genitive_endings and not any(map(lowered.__contains__, lex.genitive_links)):
        words = [_nominative_body(word, lex) for word in words]
    # "indique l'entreprise Milo Ouvrages SA", "said the company Milo Works Ltd", "die Firma Milo Bau GmbH": the body's
    # kind before its name is no part of it (in a language that capitalises no noun, the kind in lower case: "la
    # Société Générale" is the name)
    kind = len(words) > 1 and lowered[0] in lex.company_nouns and words[1][:1].isupper()
    if kind and (words[0].islower() or lex.capitalised_nouns):
        words = words[1:]
    return " ".join(words)


def _linked_article(words: list[str], at: int, lex: Lexicon) -> bool:
    """Whether the word at ``at`` is an article after a link inside a body's name, no describing word: "Centro de
    Investigaciones del Mar y de la Atmósfera" (not "votó el Concejo Deliberante": a verb before the article)."""
    return at > 0 and words[at] in lex.definite and words[at - 1].lower() in _NAME_JOINERS


def _listed_in_genitive(words: list[str], lex: Lexicon) -> bool:
    """Whether one of ``words`` (in lower case) is a body's word the lexicon lists whole, in the genitive of a language
    of genitive endings ("des Landesamts für Umwelt", "des Bundesamts für Naturschutz")."""
    return any(stem in lex.organisation_words for word in words for stem in _genitive_stems(word, lex))


def _region_of(words: list[str], at: int, lex: Lexicon) -> bool:
    """Whether the word in lower case at ``at`` comes after a body's noun, before the region the body is of: a
    preposition of place ("Demokratisches Forum der Deutschen im Banat", "Kulturverband der Sudetendeutschen in
    Bayern"; lexicon ``place_prepositions``), or the last of its "of" part in a language that writes it in lower case
    ("Agence régionale de santé Occitanie"; ``lower_body_parts``; not before a first name: "l'association des
    commerçants Jean Roux"): part of the name, no word describing it."""
    if words[at] in lex.place_prepositions:
        return any(_body_noun(w, lex) for w in words[:at])
    # (the region closing the phrase after the last word of the "of" part, one or two words: "de santé| Grand Est")
    region = words[at + 1 :]
    closing = lex.lower_body_parts and len(region) <= _REGION_WORDS and words[at] not in lex.stopwords
    if not (closing and all(w[:1].isupper() for w in region) and not known_first_name(region[0])):
        return False
    nouns = [i for i, w in enumerate(words[:at]) if _body_noun(w, lex)]
    # (after its "of" part, or right after the body's noun and its known adjectives: "Administration régionale|
    # Kativik", "Office départemental| Martinique")
    if not nouns:
        return False
    adjectives = _adjectives_of_body(words[nouns[0] + 1 : at + 1], lex)
    return not _NAME_JOINERS.isdisjoint(words[:at]) or adjectives == at - nouns[0]


def _people_body(lowered: list[str], lex: Lexicon) -> bool:
    """Whether a run names a body by its people in the plural, then its "of" part ("Friends of the Earth", "Doctors of
    the World"; lexicon ``people_body_nouns``, ``of_links``): a body, though it holds no organisation word."""
    return len(lowered) > 2 and lowered[0] in lex.people_body_nouns and lowered[1] in lex.of_links


def _town_body(words: list[str], lex: Lexicon) -> bool:
    """Whether a run names a town's administration, its noun (lexicon ``town_bodies``) opening it before the language's
    "of" link ("City of Leeds", "Alcaldía de Medellín"), or before the town's name in a language that writes a title
    as one word with its noun ("Stadt Köln"; not "City Councilor Ely Sample")."""
    if len(words) < 2 or words[0].lower() not in lex.town_bodies:
        return False
    return words[1] in lex.of_links or bool(lex.compound_titles) and not title_role(words[1], lex)


def _foreign_body(phrase: str, words: list[str], lex: Lexicon) -> str:
    """The body a run names in a language that writes a body's adjectives and "of" part in lower case, quoted in an
    article of another ("teilte das Musée national d'histoire naturelle mit": a body word of that language, then its
    adjectives or its "of" part), or ""."""
    if len(words) < 2 or not words[1].islower() or lex.lower_body_parts:
        return ""
    first, rest = words[0].lower(), words[1:]
    for other in _LOWER_PART_LEXICONS:
        if first in other.organisation_words and (rest[0] in _NAME_JOINERS or _adjectives_of_body(rest, other)):
            return body_name(phrase, other.code)
    return ""


# The lexicons whose bodies' names have adjectives and "of" parts in lower case (see ``_foreign_body``)
_LOWER_PART_LEXICONS = tuple(lex for lex in LEXICONS.values() if lex.lower_body_parts)


def _part_of_body(words: list[str], lex: Lexicon) -> bool:
    """Whether the words in lower case after a body's word go on with its name: a link ("Agence de sécurité des
    produits"), one written onto a word ("conseil d'administration du Stade Garonnais"), or adjectives, before one or
    ending the words (see ``_adjectives_of_body``)."""
    adjectives = _adjectives_of_body(words, lex)
    rest = words[adjectives:]
    # (or, after its adjectives, the region it is of closing the name: "Administration régionale Kativik")
    if not rest or rest[0] in _NAME_JOINERS or rest[0][:2] in _ELIDED_LINKS or _remit_link(rest, 0, lex):
        return True
    region = adjectives and len(rest) <= _REGION_WORDS and all(w[:1].isupper() for w in rest)
    return bool(region) and not known_first_name(rest[0])


def _remit_link(words: list[str], at: int, lex: Lexicon) -> bool:
    """Whether the word at ``at`` opens a body's remit: a preposition of its long name (lexicon ``body_prepositions``)
    and an article after it ("L'Agence béninoise pour l'environnement", "Délégation interministérielle à la sécurité
    routière"; not "pour sa part", "à Cotonou")."""
    if words[at] not in lex.body_prepositions or at + 1 >= len(words):
        return False
    after = words[at + 1].lower()
    return after in lex.articles or after[:2] in _ELIDED


_BODY_ADJECTIVES = 2  # the most adjectives in lower case after a body's word ("Instituto nacional de ...")


def _adjectives_of_body(words: list[str], lex: Lexicon) -> int:
    """How many of the words after a body's word are its adjectives, in a language that writes them after the noun
    and in lower case (lexicon ``lower_body_parts``): up to two words in lower case that are no function word before
    its "of" part ("Fédération française de football", "Musée national d'histoire naturelle"), or adjectives a body's
    name is known to hold, the "of" part or not after them ("l'Union européenne", "la Fédération sénégalaise";
    lexicon ``body_adjectives``, ``demonym_endings``); not "a annoncé que", nor "El Ayuntamiento explicó" (a verb may
    end a cue's span, and another adjective is not told from one)."""
    if not lex.lower_body_parts:
        return 0
    known = 0
    for count, word in enumerate(words[: _BODY_ADJECTIVES + 1]):
        if word in _NAME_JOINERS or word[:2] in _ELIDED_LINKS or _remit_link(words, count, lex):
            return count  # (its "of" part, perhaps elided, or its remit: "Agence béninoise pour l'environnement")
        if not word.islower() or word in lex.stopwords:
            break
        if known == count and (word in lex.body_adjectives or word.endswith(lex.demonym_endings)):
            known += 1  # (the known ones opening the words)
    return known


# A word in lower case and the white space before it, an elided link written onto it perhaps ("d'histoire")
_LOWER_WORD = re.compile(r"\s{1,3}([^\W\d]+(?:[’'][^\W\d]+)?)")


def adjectives_end(text: str, end: int, code: str) -> int:
    """Where the adjectives of a body's name end after its word ends at ``end`` (see :func:`_adjectives_of_body`: "a
    rappelé la Fédération| ovine de la Drôme", "a déclaré l'Union| européenne"); ``end`` when none follows."""
    lex = LEXICONS[code]
    if not lex.lower_body_parts:
        return end
    words: list[re.Match[str]] = []  # the words right after, no mark between
    for word in _LOWER_WORD.finditer(text, end, end + 80):
        if word.start() != (words[-1].end() if words else end) or len(words) > _BODY_ADJECTIVES:
            break
        words.append(word)
    adjectives = _adjectives_of_body([w.group(1) for w in words], lex)
    return words[adjectives - 1].end() if adjectives else end


def _nominative_body(word: str, lex: Lexicon) -> str:
    """A body's word without the ending of its genitive ("Heimatvereins" -> "Heimatverein", "Landkreises" ->
    "Landkreis"): only when the word as written is no body word and the word without it is one."""
    if _body_word(word.lower(), lex):
        return word
    for ending in lex.genitive_endings:
        if word.endswith(ending) and _body_word(word[: -len(ending)].lower(), lex):
            return word[: -len(ending)]
    return word


def body_word(word: str, code: str) -> bool:
    """Whether a word in lower case names a kind of body: an organisation word that is no place's ("secretaría",
    "trust"), or in a language of compounds a compound ending in one ("bundesministerium")."""
    lex = LEXICONS[code]
    return word in lex.organisation_words and word not in lex.place_words or _body_word(word, lex)


def _body_word(word: str, lex: Lexicon) -> bool:
    """Whether a word as written is an organisation word or a compound ending in one, no inflection read."""
    return word in lex.organisation_words or bool(lex.compound_titles) and word[3:].endswith(_compound_bodies(lex.code))


def _undeclined(words: list[str], ending: str, lex: Lexicon) -> list[str]:
    """A body's name without the article it was written after: the adjectives opening it (capitalised words ending in
    "-e" before its last word) take the ``ending`` they have alone ("Hessische Apothekerverband" after "Der" ->
    "Hessischer Apothekerverband"). A body's own noun ending in "-e" is none ("Laut der Stadtgemeinde Lienz": a dative,
    the "Stadtgemeinde Lienz", never the "Stadtgemeinder")."""
    adjectives = next(
        (i for i, w in enumerate(words[:-1]) if not (w[:1].isupper() and w.endswith("e")) or _body_noun(w, lex)),
        len(words) - 1,
    )
    return [w + ending for w in words[:adjectives]] + words[adjectives:]


def _body_noun(word: str, lex: Lexicon) -> bool:
    """Whether a word is an organisation word, or a compound ending in one ("Gemeinde", "Stadtgemeinde")."""
    low = word.lower()
    return low in lex.organisation_words or _compound_body(low, lex.code)


# The shortest organisation word a German compound may end in and still name a body ("Pendlerverband", "Sportverein",
# "Landeskriminalamt" are bodies; "-amt", "-rat", "-bank" end too many other words: "Beamt", "Vorrat", "Sandbank").
_COMPOUND_BODY = 5


@lru_cache(maxsize=8192)
def _compound_body(word: str, code: str) -> bool:
    """Whether a word is a compound ending in an organisation word, in a language that writes compounds as one word
    ("pendlerverband", "kreisverwaltung", "bahngewerkschaft")."""
    bodies = _compound_bodies(code)
    # (declined too: "des Schaustellerverbands Thüringen"; a body word a form ends in with more than two letters before
    # it: the form past its first three letters ends in it; a form without "s" or "es" only where the word ends so)
    return word[3:].endswith(bodies) or (
        word.endswith("s") and (word[3:-1].endswith(bodies) or word.endswith("es") and word[3:-2].endswith(bodies))
    )


def _any_compound_body(words: Iterable[str], lex: Lexicon) -> bool:
    """Whether one of ``words`` (in lower case) is a compound body (see :func:`_compound_body`): none is in a language
    that writes no compounds as one word."""
    return lex.compound_titles and any(_compound_body(w, lex.code) for w in words)


@lru_cache(maxsize=8)
def _compound_bodies(code: str) -> tuple[str, ...]:
    """The organisation words a compound may end in (``_COMPOUND_BODY`` letters or more), for one ``str.endswith``."""
    lex = LEXICONS[code]
    if not lex.compound_titles:
        return ()
    return tuple(body for body in lex.organisation_words if len(body) >= _COMPOUND_BODY) + tuple(lex.compound_body_ends)


def _links(words: tuple[str, ...]) -> str:
    """An alternation of small words, longest first, each followed by white space unless it ends on an elided article
    ("de l'") and any space inside one matching any white space ("de la")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") + ("" if w[-1] in "'’" else r"\s{1,3}") for w in words)


# "Ministry of Health", "Department for Education", "Ministère de la Santé": an organisation word, then its "of" part
# (lexicon ``of_links``; an "and" inside it, lexicon ``and_words``: "Union of Signal and Track Workers").
_OF_PART = re.compile(
    rf"\s{{1,3}}(?:{_links(OF_LINKS)})([{CAPITALS}][\w’'-]*(?:\s(?:{_links(AND_WORDS)})?[{CAPITALS}][\w’'-]*){{0,3}})"
)


# One to three capitalised words and an "and" before a body's name, the words opening its run: "the Canal and River
# Guild", "the Eastern Inshore Fisheries and Conservation Authority" (not "Thames Water and Environment Agency", two
# bodies: the word before the "and" no body's)
# (two or three only after a definite article: "The Eastern Inshore Fisheries and", not "firms, Baker Lane and")
_DEFINITE_ARTICLES = "|".join(
    sorted({w for lex in LEXICONS.values() for a in lex.definite if a.isalpha() for w in (a, a.capitalize())})
)
_JOINED_BEFORE = re.compile(
    rf"(?:(?:^|[^\w’'\s-]\s{{0,3}}|\b[^\W\d_{CAPITALS}][\w’'-]*\s{{1,3}})([{CAPITALS}][\w’'-]*)"
    rf"|\b(?:{_DEFINITE_ARTICLES})\s{{1,3}}([{CAPITALS}][\w’'-]*(?:\s[{CAPITALS}][\w’'-]*){{1,2}}))"
    rf"\s{{1,3}}(?:{_links(AND_WORDS)})$"
)
# A capitalised word cut at its hyphen and an "and" right before a body's name ("Bob- und ")
_CUT_COMPOUND = re.compile(rf"(?<![\w’'-])[{CAPITALS}][\w’']*-\s{{1,3}}(?:{_links(AND_WORDS)})$")
_JOINED_REACH = 40  # the characters before a body's name read for a word joined to it


_AND_WORDS = frozenset(AND_WORDS)
# The rest of a compound cut at its hyphen, from the hyphen: its "and" and the word that ends it ("Haus|- und
# Grundbesitzerverein")
_CUT_COMPOUND_REST = re.compile(rf"-\s{{1,3}}(?:{_links(AND_WORDS)})[{CAPITALS}][\w’'-]*")


def cut_compound_end(text: str, end: int) -> int:
    """Where a word ending at ``end`` ends when it is a compound cut at its hyphen and joined by an "and" to the word
    it shares its last part with ("der Haus- und Grundbesitzerverein", "die Industrie- und Handelskammer"), else
    ``end``."""
    rest = _CUT_COMPOUND_REST.match(text, end) if text[end : end + 1] == "-" else None
    return rest.end() if rest is not None else end


def _joined_end(before: str) -> bool:
    """Whether ``before`` ends on an "and" and white space, as ``_JOINED_BEFORE`` and ``_CUT_COMPOUND`` need."""
    last = before.rsplit(maxsplit=1)[-1:]
    return before[-1:].isspace() and bool(last) and last[0] in _AND_WORDS


def body_at(text: str, start: int, end: int, code: str) -> tuple[str, int]:
    """The organisation a capitalised run at ``text[start:end]`` names, with the "of" part that
    follows an organisation word ("the Ministry of Health's plan" -> "Ministry of Health"), and where
    what was read ends (past the "of" part when it names one: its capitalised words name no one else)."""
    phrase = text[start:end]
    words = phrase.split()
    lex = LEXICONS[code]
    final = words[-1].lower() if words else ""
    if final in lex.organisation_words:
        # (the pattern ends on the joiner and white space, and is tried at every place before it: most names of a body
        # have no joiner before them, told by one string test)
        before = text[start - _JOINED_REACH if start > _JOINED_REACH else 0 : start]
        joined = _JOINED_BEFORE.search(text, max(0, start - _JOINED_REACH), start) if _joined_end(before) else None
        group = 1 if joined is not None and joined.group(1) else 2
        whole = whole_body(lex, text, start, end) if joined is not None else None
        if joined is not None and whole is not None and whole[0] < joined.start(group):
            # ("The Philippine Atmospheric, Geophysical and Astronomical Services Administration": its remits listed)
            start, phrase = whole[0], text[whole[0] : end]
        elif joined is not None and joined.group(group).rsplit(maxsplit=1)[-1].lower() not in lex.organisation_words:
            # "the Canal and River Guild": one body, not the "River Guild" ("the Senate and House": two)
            start, phrase = joined.start(group), text[joined.start(group) : end]
    # (a compound ending in a body word has its "of" part too: "Bundesministerium für Verkehr")
    body_word = final in lex.organisation_words or lex.compound_titles and _body_word(final, lex)
    if body_word and (part := _OF_PART.match(text, end)):
        while (more := _OF_PART.match(text, part.end(1))) is not None:
            part = more  # "Compagnie des Îles du Ponant": an "of" part may have its own
        name = body_name(text[start : part.end(1)].rstrip(), code)
        if name:
            return name, part.end(1)
    last = final[2:] if final[:2] in _ELIDED else final  # "L'Agence"
    if last in lex.organisation_words and (lower := lower_of_part_end(text, end, code)):
        name = body_name(text[start:lower].rstrip(), code)
        if name:
            return name, lower
    name = body_name(phrase, code) or _defined_body(phrase, text, end)
    if not name and lex.compound_titles:
        name = _compound_after_article(text, start, end, lex)
    return _with_cut_compound(name, text, start), end


def _compound_after_article(text: str, start: int, end: int, lex: Lexicon) -> str:
    """The body a lone compound names after its definite article in lower case, inside a sentence ("traf das
    Verkehrsministerium"), or "" (see ``body_name``)."""
    if " " in text[start:end]:
        return ""
    before = text[max(0, start - 8) : start].split()[-1:]
    return body_name(f"{before[0]} {text[start:end]}", lex.code) if before and before[0] in lex.definite else ""


def _with_cut_compound(name: str, text: str, start: int) -> str:
    """A body's name with the compound cut at its hyphen and joined to its first word by an "and" before it: "der Bob-
    und Schlittenverband Süd" is one body, not the "Schlittenverband Süd" ("Industrie- und Handelskammer", "Rad- und
    Kraftfahrerbund")."""
    cut = cut_compound_start(text, start) if name else start
    return text[cut:start] + name if cut < start and text.startswith(name, start) else name


def cut_compound_start(text: str, start: int) -> int:
    """Where a word starting at ``start`` starts when it ends a compound cut at its hyphen, joined to it by an "and"
    before it ("der Bob- und |Schlittenverband"), else ``start``."""
    if not _joined_end(text[max(0, start - _JOINED_REACH) : start]):
        return start
    cut = _CUT_COMPOUND.search(text, max(0, start - _JOINED_REACH), start)
    return cut.start() if cut is not None else start


_BODY_NEIGHBOUR_CHARS = 12  # the characters read before a body's long name for its article
_BODY_WORD = re.compile(r"\S+")  # a word with the marks glued to it
_BODY_NAME_CHARS = 120  # the characters read on each side of a cue's subject for the body's long name it is part of
NAME_STOPS = frozenset(".!?:;\"“”„«»")  # marks on a word that end a body's long name before or after it
_ELIDED_LINK_WORDS = ("d'", "d’", "l'", "l’")  # a link or an article written onto the next word of a body's name


class _Part(Enum):
    """What a word may be in a body's long name (:func:`whole_body`)."""

    NAME = "name"  # a capitalised word ("Justiz", "Trust's", "(BSH)", "d'Occitanie")
    LINK = "link"  # a small word of its "of" part ("für", "des", "de", "l'environnement", "of") or its article
    AND = "and"  # its "and" ("und", "y", "et")
    LOWER = "lower"  # a word in lower case where a language writes its remits so ("régionale", "logement")


def _body_part(lex: Lexicon, word: str) -> _Part | None:
    """What ``word`` (its comma and possessive stripped) may be in a body's long name, read from the word alone; None
    when no such name holds it (a verb, a pronoun, a mark)."""
    low = word.lower()
    if low in lex.and_words:
        return _Part.AND
    if low in _NAME_JOINERS or low in lex.definite or low in lex.body_prepositions:
        return _Part.LINK  # (a capitalised article too: "de Los Ríos", "Das Departement"; "Protección al Ambiente")
    if low in FUNCTION_WORDS or low in lex.prepositions:
        return None  # ("Selon la Compagnie …", "According to the Trust": a preposition before the name)
    if word[:1].isupper() or word[:1] == "(" and word[1:2].isupper() and word.endswith(")"):
        return _Part.NAME
    if low.startswith(_ELIDED_LINK_WORDS) and word[2:3].isalpha():
        return _Part.NAME if word[2:3].isupper() else _Part.LINK if lex.lower_body_parts else None
    # (a body's noun that is a cue verb's form too is the noun here: "la chambre de commerce", not "chambrer")
    verb = low in lex.cue_verbs and low not in lex.organisation_words
    lower = lex.lower_body_parts and word.isalpha() and low not in FUNCTION_WORDS and not verb
    return _Part.LOWER if lower else None


def body_words(lex: Lexicon, words: list[str]) -> bool:
    """Whether ``words`` may be a body's whole name as :func:`whole_body` reads one: each may stand in such a name and
    the first is a name's ("l'Agence régionale de santé", "Landesamts für Umwelt", "Harbour Trust")."""
    parts = [_body_part(lex, word.rstrip(",")) for word in words]
    return bool(parts) and parts[0] is _Part.NAME and None not in parts


def _follows(lex: Lexicon, words: list[tuple[int, int, _Part | None, str]], i: int) -> bool:
    """Whether word ``i`` may follow the word before it in a body's long name: a word in lower case only after a link
    ("de l'aménagement et du logement") or as an adjective after the body's word ("Direction régionale"), never a
    verb after a name ("La Secretaría de Salud visitó Los Ríos")."""
    part, word = words[i][2], words[i][3]
    if part is None:
        return False
    if part is not _Part.LOWER:
        return True
    before = words[i - 1][2] if i else None
    adjective = word.lower() in lex.body_adjectives or word.lower().endswith(lex.demonym_endings)
    return before is _Part.LINK or before is _Part.NAME and adjective


def whole_body(lex: Lexicon, window: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole long name of the body a cue's subject found a piece of, when that name runs over an "and", commas
    of a list of its remits, a bracketed short form or its "of" part past the subject: "The Northern Health and Social
    Care Trust's letter promises:" (not "Northern Health"), "Das Departement für Justiz, Sicherheit und Gesundheit des
    Kantons Graubünden teilte mit:" (not "Kantons Graubünden"), "La Secretaría Regional Ministerial (Seremi) de Salud
    de Los Ríos informó:" (not "Ríos"), "la Direction régionale de l'environnement, de l'aménagement et du logement
    (Dreal) d'Occitanie". None when no longer name holds the subject (most subjects: a word next to them is none of a
    name's). Read once per cue, over a bounded stretch of its sentence: first a nearer one (most names end well
    inside it), the whole stretch only when the name's words reach the nearer one's edge."""
    if (lettered := lettered_body(lex, window, start, end)) is not None:
        return lettered
    near = _body_within(lex, window, start, end, _NEAR_BODY_CHARS)
    return _body_within(lex, window, start, end, _BODY_NAME_CHARS) if near is _EDGE_REACHED else near


def lettered_body(lex: Lexicon, window: str, start: int, end: int) -> tuple[int, int] | None:
    """The name a short form in brackets after a cue's subject in its clause (or closing it) stands for, when that name
    holds the subject and more: "The Water and Sewerage Authority of Trinidad and Tobago (WASA) says" (not "Sewerage
    Authority of …"), "de la Autoridad de Fiscalización y Control de Cooperativas (AFCOOP)" (not "Control de
    Cooperativas"): the letters fix the name's extent across its commas and "and" words (:func:`lettered_name_start`).
    None when no short form follows the subject or its letters spell no longer name."""
    if window[end - 1 : end] == ")" and (inside := window.rfind(" (", start, end)) > start:
        bracket = inside + 1
    elif (after := window.find(" (", end, end + _LETTERED_CHARS)) >= 0 and NAME_STOPS.isdisjoint(window[end:after]):
        bracket = after + 1  # (right after it, or after the rest of its name: "Office national des forêts, de la …")
    else:
        return None
    opening = lettered_name_start(lex, window, bracket)
    stop = bracket - 1
    while window[stop - 1] in " ,":
        stop -= 1
    # (its article before it in the subject: "L'|Office national …", "La |Direction provinciale …")
    article = opening > start and window[start:opening].strip().lower() in (*lex.definite, *_ELIDED_LINK_WORDS)
    if opening < 0 or opening > start and not article or (opening, stop) == (start, end):
        return None
    # (a place or a field after the letters is read as before: "l'Office national des forêts (ONF) de Corse", "la
    # Direction régionale … (Dreal) d'Occitanie": its letters inside its name)
    close = window.find(")", bracket) + 1
    link = window[close : close + _BODY_NEIGHBOUR_CHARS].split()[:1]
    if link and (link[0].lower() in _NAME_JOINERS or link[0][:2].lower() in _ELIDED_LINK_WORDS):
        return None
    return opening, stop


_NEAR_BODY_CHARS = 40  # the characters read first on each side of a cue's subject for a body's long name
_EDGE_REACHED = (-1, -1)  # (a stand-in: the name's words reached the edge of the stretch read)


def _body_within(lex: Lexicon, window: str, start: int, end: int, reach: int) -> tuple[int, int] | None:
    """The body's long name :func:`whole_body` finds over ``reach`` characters on each side of the subject, or
    ``_EDGE_REACHED`` when the words it read come within two words of an edge of that stretch short of the
    ``_BODY_NAME_CHARS`` (a word there may be cut, and the words past it unread: what it finds there may not hold)."""
    words = []
    low, high = max(0, start - reach), end + reach
    for m in _BODY_WORD.finditer(window, low, high):
        raw = m.group()
        word = raw.rstrip(",").removesuffix("'s").removesuffix("’s")
        # (a mark ending a sentence or a clause, or a quote mark, ends the name: its sentence's words only)
        part = None if raw[-1] in NAME_STOPS or raw[0] in NAME_STOPS else _body_part(lex, word)
        words.append((m.start(), m.end(), part, word))
    _foreign_links(lex, words)
    if window.find("-", low, high) >= 0:  # (no hyphen in the stretch, no compound elided: most names, told in C)
        words = _elided_compounds(words)
    first = next((i for i, w in enumerate(words) if w[1] > start), len(words))
    last = next((i for i in range(len(words) - 1, -1, -1) if words[i][0] < end), -1)
    # (the word at either edge may be cut, and the one next to it reads it: two words kept off each, three after the
    # name where its region's two words are read)
    shorter = reach < _BODY_NAME_CHARS
    cut_before, cut_after = shorter and start > reach, shorter and end + reach < len(window)
    if cut_before and first <= 2 or cut_after and last + 4 > len(words):
        return _EDGE_REACHED
    if first > last or not all(_follows(lex, words, i) for i in range(first + 1, last + 1)):
        return None
    while first > 0 and _follows(lex, words, first) and words[first - 1][2] is not None:
        if _possessive_end(window, words[first - 1][1]) or not _follows(lex, words, first - 1):
            break  # ("the town's Harbour Trust": an owner before the name)
        first -= 1
    while last + 1 < len(words) and _follows(lex, words, last + 1) and not _possessive_end(window, words[last][1]):
        if _unit_set_off(lex, window, words, last + 1):
            # ("La Préfecture de la Guadeloupe, Direction de la mer, précise": the body, then its unit; the comma
            # after the body's last word closes its name, no list's)
            s0, s1, part, word = words[last]
            words[last] = (s0, s1 - 1, part, word)
            break
        last += 1
    if cut_before and first <= 2 or cut_after and last + 4 > len(words):
        return _EDGE_REACHED
    region = words[last + 1 : last + 3]
    if len(region) == 2 and region[0][3] in lex.prepositions and region[1][3][:1].isupper():
        return None  # ("Das Kulturelle Forum der Deutschen im Egerland": the region its name goes on to, as before)
    return _body_stretch(lex, window, words[first : last + 1], start, end)


def _unit_set_off(lex: Lexicon, window: str, words: list[tuple[int, int, _Part | None, str]], i: int) -> bool:
    """Whether word ``i`` of a body's long name opens a unit of the body set off by a comma before it and one after
    it: capitalised words a noun of ``sub_unit_words`` or a body's head noun opens or closes ("…, Direction de la mer,",
    "…, Régie des déchets,", "…, Office des transports,", "…, Toledo chapter,"), not a remit of a list ("Chambre de
    commerce, d'industrie", "Ministerio de Agricultura, Ganadería y Pesca")."""
    if window[words[i - 1][1] - 1] != ",":
        return False
    units = lex.sub_unit_words | lex.organisation_words
    if not words[i][3][:1].isupper():
        # (a unit's noun in lower case opening it, where a language writes a unit so: "Le Service public de Wallonie
        # Mobilité et Infrastructures, direction des routes de Verviers," was "Infrastructures")
        return lex.lower_body_parts and words[i][3] in units
    closing = next((j for j in range(i, min(len(words), i + _UNIT_WORDS)) if window[words[j][1] - 1] == ","), -1)
    return words[i][3].lower() in units or closing >= 0 and words[closing][3].lower() in units


_UNIT_WORDS = 6  # the most words of a unit set off by commas after its body's name


def _elided_compounds(words: list[tuple[int, int, _Part | None, str]]) -> list[tuple[int, int, _Part | None, str]]:
    """The words of a body's long name with each compound whose shared end is elided read as one word, the last
    compound's ("Bildungs- und Kulturdirektion", "Bau-, Verkehrs- und Umweltdepartement", "Wirtschafts- und
    Arbeitsministerium" are one body's word): its hyphens and its "and" are no "and" of two names. Read where a
    capitalised word ends on a hyphen before its list's next word, as German writes such lists."""
    merged: list[tuple[int, int, _Part | None, str]] = []
    pending = False  # (the word before ends on a hyphen, or is the "and" after one: the compound goes on)
    for start, stop, part, word in words:
        joining = pending and part is not None
        if joining:
            start = merged.pop()[0]
        merged.append((start, stop, _Part.NAME if joining else part, word))
        pending = part is _Part.NAME and word.endswith("-") or joining and part is _Part.AND
    return merged


def _possessive_end(window: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a possessive ("Trust's"): the last word of a name."""
    return window.endswith(("'s", "’s"), 0, end)


def _body_stretch(
    lex: Lexicon, window: str, words: list[tuple[int, int, _Part | None, str]], start: int, end: int
) -> tuple[int, int] | None:
    """The body's name the words around a subject hold (:func:`whole_body`): trimmed to open and close on a name's
    word, longer than the subject, a body's (``body_name``) and joined as one name (:func:`_joined_as_one`)."""
    while words and not _opens_body(lex, window, words[0]):
        words = words[1:]
    while words and words[-1][2] is not _Part.NAME:
        words = words[:-1]
    if not words:
        return None
    at, stop = words[0][0], words[-1][1] - 2 * _possessive_end(window, words[-1][1])
    stop -= window[stop - 1] == ","
    # (the subject whole, its article kept, and more)
    dropped = window[start:at].split()
    covered = stop >= end and all(w.lower() in lex.definite for w in dropped)
    if not covered or at >= start and stop == end:
        return None
    # (its article as written, "The Parks and Recreation Department said"; not before commas, where a description and
    # a name set off after it are read: "The Ministry of Health, Labour and Welfare")
    opening = window[max(0, at - _BODY_NEIGHBOUR_CHARS) : at].split()[-1:]
    capital = bool(opening) and opening[0][:1].isupper() and opening[0].lower() in lex.definite
    if capital and window[at - 1] == " " and "," not in window[at:stop]:
        at = window.rindex(opening[0], 0, at)
    if not _body_headed(lex, window, words, at) or not body_name(window[at:stop], lex.code):
        return None
    return (at, stop) if _joined_as_one(lex, window, words) else None


def _opens_body(lex: Lexicon, window: str, word: tuple[int, int, _Part | None, str]) -> bool:
    """Whether a word may open a body's long name: a name's word, or a body's noun in lower case right after its
    definite article where a language writes some bodies so ("la chambre de commerce et d'industrie
    Aix-Marseille-Provence", "el ayuntamiento de Gijón"; not "informe de inspección, la Dirección …")."""
    if word[2] is _Part.NAME:
        return True
    article = window[max(0, word[0] - _BODY_NEIGHBOUR_CHARS) : word[0]].split()[-1:]
    lowered = word[2] is _Part.LOWER and bool(article) and article[0].lower() in lex.definite
    return lowered and body_word(word[3].lower(), lex.code)


def _body_headed(lex: Lexicon, window: str, words: list[tuple[int, int, _Part | None, str]], at: int) -> bool:
    """Whether a body's long name opens on its body's word, perhaps after an adjective ("Departement für …",
    "Secretaría Regional …", "Kulturelles Forum der …"), or closes on it after a definite article ("The Northern Health
    and Social Care Trust"): not a person and the body they are of ("Die Vulkanologin Arne Hadeler vom Amt für
    Küstenschutz"), a document and its owner ("Im Schreiben der Firma Kohl GmbH"), nor a list of bodies set off ("The
    two firms, Baker Lane and Hale Partners,")."""
    names = [i for i, word in enumerate(words) if word[2] is _Part.NAME or not i and _opens_body(lex, window, word)]
    heads = [i for i in names if body_word(words[i][3].strip("()").lower(), lex.code)]
    if heads and (heads[0] == names[0] or heads[0] == names[1] == names[0] + 1):
        return True
    before = window[max(0, at - _BODY_NEIGHBOUR_CHARS) : at].split()[-1:]
    opening = window[at : at + _BODY_NEIGHBOUR_CHARS].split()[:1]
    opened = any(w.lower() in lex.definite for w in [*before, *opening])
    # (its short form in brackets after it: "The Philippine Atmospheric, … Services Administration (PAGASA)")
    closing = len(words) - 1 - (len(words) > 1 and words[-1][3].startswith("("))
    if not heads or not opened:
        return False
    # (or its "of" part after it, names and "and" words only before it: "The Water and Sewerage Authority of Barbados",
    # "The Ferry and Harbour Commissioners of Stromness"; not a person and the body she is of: "Die Vulkanologin Arne
    # Hadeler vom Amt für Küstenschutz", a link before the body's word)
    head = heads[-1]
    of_part = head + 1 < len(words) and words[head + 1][2] is _Part.LINK
    return head == closing or of_part and all(w[2] in (_Part.NAME, _Part.AND) for w in words[:head])


def _joined_as_one(lex: Lexicon, window: str, words: list[tuple[int, int, _Part | None, str]]) -> bool:
    """Whether the "and" words and the commas of a body's long name join parts of one name: they stand in its "of"
    part ("für Justiz, Sicherheit und Gesundheit", "de l'environnement, de l'aménagement et du logement"), or join
    words before its body's word, no body's word right before them ("Northern Health and Social Care Trust"); the words
    after them are a name's or a link's, no article alone ("Anna Berg and the Harbour Trust": two), and no first name or
    title stands in it ("the Tarrant Valley Council and Mayor Joe Pratt": a body and a person)."""
    linked = bodied = False
    # (a comma after the last word closes the name where no other comma stands in it: "… Mobilité et Infrastructures,
    # direction des routes …,"; not "Gobernación de Potosí, Marcelo Quispe,", a body and a person set off)
    commas = [i for i, w in enumerate(words) if window[w[1] - 1] == ","]
    closed = len(words) - 1 if commas == [len(words) - 1] else len(words)  # (the words a comma after joins on)
    for i, (_, stop, part, word) in enumerate(words):
        low = word.strip("()").lower()
        # (a first name before another name's word only: "Bahía Blanca" closing a name is a place's)
        given = known_first_name(low) and i + 1 < len(words) and words[i + 1][2] is _Part.NAME
        if part is _Part.NAME and (given or low in lex.titles or title_role(low, lex)):
            return False
        if part is _Part.AND or window[stop - 1] == "," and i < closed:
            closing = (low if part is not _Part.AND else words[i - 1][3].lower() if i else "") in lex.organisation_words
            after = words[i + 1 :]
            ahead = any(w[3].lower() in lex.organisation_words for w in after)
            if not linked and (closing or not ahead):
                return False  # ("the Tarrant Council and Harbour Board": two bodies, no "of" part between)
            if not after or after[0][2] is _Part.LINK and after[0][3].lower() in lex.definite:
                return False
        bodied = bodied or low in lex.organisation_words
        linked = linked or bodied and part is _Part.LINK
    return True


_LOWER_PART_WORDS = 4  # the most words of an "of" part in lower case ("Agence de sécurité des produits")


def lower_of_part_end(text: str, end: int, code: str) -> int:
    """Where a body's "of" part written in lower case ends (see :func:`_lower_of_part`), with the place named after it
    ("Collège des producteurs de chicons de Wallonie"), or 0."""
    lower = _lower_of_part(text, end, code)
    while lower and (place := _OF_PART.match(text, lower)) is not None:
        lower = place.end(1)
    if lower and (place := _of_part_after_letters(text, lower)) is not None:
        lower = place.end(1)  # "l'Agence régionale de santé (ARS) de Guadeloupe": its letters, then the place it is of
    if lower and (region := _REGION_AFTER.match(text, lower)) is not None and not known_first_name(region.group(1)):
        lower = region.end()  # "l'Agence régionale de santé| Nouvelle-Aquitaine s'engage": the region it is of
    return lower


# One or two capitalised words right after a body's "of" part in lower case, before a word in lower case or a mark: the
# region the body is of ("l'Agence régionale de santé Nouvelle-Aquitaine", "la Direction régionale des affaires
# culturelles Grand Est")
_REGION_AFTER = re.compile(rf" ([{CAPITALS}][\w’'-]*+)(?: [{CAPITALS}][\w’'-]*+)?(?=\s?[,:;]| [{SMALLS}])")


def _lower_of_part(text: str, end: int, code: str) -> int:
    """Where a body's "of" part written in lower case ends, in a language that writes them so (lexicon
    ``lower_body_parts``: "L'Agence de sécurité des produits a relayé": up to the first other function word, or over
    an "and" before a link: "l'Institut national de l'origine et de la qualité"), or 0."""
    lex = LEXICONS[code]
    if not lex.lower_body_parts:
        return 0
    links = frozenset(lex.complement_words) | frozenset(lex.determiners)
    at, found, content, joined = end, 0, 0, False
    # (a word may hold a hyphen: "l'Association des chauffeurs de tuk-tuk de Kampot" was cut at "tuk")
    for word in re.finditer(r"\s{1,2}([^\W\d]+(?:[’'][^\W\d]+)?(?:-[^\W\d]+){0,2})", text[end : end + 120]):
        bare = word.group(1).lower()
        if word.start() != at - end or not word.group(1).islower() or content == _LOWER_PART_WORDS:
            break
        if joined and bare not in lex.complement_words and bare[:2] not in _ELIDED_LINKS:
            break  # ("l'Agence de santé et la préfecture": two bodies; "de l'origine et de la qualité": one)
        if bare in lex.body_prepositions and not content:
            # (a remit's preposition right after the body's noun and adjectives, an article after it: "L'Agence
            # béninoise pour l'environnement" was "Agence béninoise"; not "La mairie, pour sa part,")
            following = re.match(r"\s{1,2}([^\W\d]+[’']?)", text[end + word.end() : end + word.end() + 30])
            article = following.group(1).lower() if following else ""
            if not (article in lex.articles or article[:2] in _ELIDED):
                break
            at = end + word.end()
            continue
        joined = bool(content) and bare in lex.and_words
        if joined:
            at = end + word.end()
            continue
        if bare in links or bare[:2] in _ELIDED_LINKS | _ELIDED and bare[:2] in links:
            if bare[:2] in _ELIDED_LINKS | _ELIDED and len(bare) > 2:
                content += 1  # "de l'intérieur", "d'État": the link written onto the word
                found = end + word.end()
            at = end + word.end()
            continue
        if bare in lex.stopwords or bare in lex.date_words or at == end:
            break  # a verb or another function word ("a relayé"), a day; the part opens on a link
        if bare in lex.cue_verbs and _verb_goes_on(lex, text, end + word.end()):
            break  # its cue verb: "l'Agence nationale de gestion des forêts| confirme :", "| note dans son avis :"
        content += 1
        at = found = end + word.end()
    return found


def _verb_goes_on(lex: Lexicon, text: str, at: int) -> bool:
    """Whether the words after a cue verb's form ending at ``at`` are its clause's, no body's "of" part: the colon
    opening its quote, or a preposition ("dans son avis", "sur son site"); a noun of that spelling in an "of" part
    ("l'Office de la note de frais") goes on with its link."""
    after = text[at : at + 24].split(maxsplit=1)
    if not after:
        return False
    link = after[0]
    linking = link in lex.complement_words or link[:2] in _ELIDED_LINKS
    return link.startswith(":") or link in lex.prepositions and not linking


# A body's letters in brackets right after its name ("Die Regionalbahn Main-Franken (RMF)").
_LETTERS = re.compile(rf"\s{{0,2}}\(([{CAPITALS}][{CAPITALS}&]{{1,7}})\)")


def _letters_after(text: str, end: int) -> re.Match[str] | None:
    """``_LETTERS`` matched at ``end``; its bracket opens within the three characters after it, or it is not tried."""
    return _LETTERS.match(text, end) if "(" in text[end : end + 3] else None


def _of_part_after_letters(text: str, end: int) -> re.Match[str] | None:
    """The "of" part after a body's letters in brackets right after ``end``, the place or the field the body is of
    ("l'Office national des forêts (ONF) de Corse": one body, its letters inside its name), or None."""
    letters = _letters_after(text, end)
    return _OF_PART.match(text, letters.end()) if letters is not None else None


def _defined_body(phrase: str, text: str, end: int) -> str:
    """A name the article defines letters for, which are its words' initials ("Regionalbahn Main-Franken (RMF)",
    "Northern Valley Railway (NVR)"): a body, whatever its words (a person's initials are never so defined)."""
    letters = _letters_after(text, end)
    if letters is None:
        return ""  # (most names: no letters follow)
    words = [w for w in phrase.split() if w.lower() not in FUNCTION_WORDS]
    parts = [p for w in words for p in w.split("-") if p]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return ""
    return " ".join(words) if "".join(p[0] for p in parts) == letters.group(1) else ""


# A person's short form after the name, the capture: a nickname word or a verb of knowing and its "as", after a comma
# ("Maureen Kilbride, known as Mo,", "Josef Mair, genannt „Sepp“,", "Jean Roux, dit Kiki,", "Julián Pérez, alias
# el Zorro,"), perhaps in quote marks and after its article; one to three capitalised words, then the appositive's
# end.
_ALIAS_NAME = rf"[{CAPITALS}][\w’'\-]*+(?:\s[{CAPITALS}][\w’'\-]*+){{0,2}}"
_ALIAS_OPEN = "\"“«„‚‘'»"
_ALIAS_CLOSE = "\"”»“‘’'«"


@per_language
def _alias_after(code: str) -> re.Pattern[str]:
    lex = LEXICONS[code]

    def alternation(words: Iterable[str]) -> str:
        # (the longest first, then by spelling: the same pattern text in every process, as the regex cache keys it)
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or NEVER

    known = f"(?:{alternation(lex.known_as_verbs)})\\s(?:{alternation(lex.role_links)})"
    articles = alternation(w for w in lex.determiners if w.isalpha())
    return re.compile(
        rf",\s(?:{known}|{alternation(lex.nickname_words)})\s[{_ALIAS_OPEN}]?\s?(?:(?:{articles})\s)?({_ALIAS_NAME})"
        rf"\s?[{_ALIAS_CLOSE}]?(?=[\s,;.)]|$)"
    )


def person_alias(text: str, end: int, name: str, code: str) -> str:
    """The short form the article gives a person right after the name ending at ``end``, or "": the initials of the
    name's words in brackets ("Branch secretary Maureen Kilbride (MK) told the rally": "MK added:" is she; "Anna Roth
    (SPD)" is her party, no initials of hers), or a nickname after a nickname word or "known as" ("Josef Mair, genannt
    Sepp,", "Jean Roux, dit « Kiki »,", "Lim Ah Kow, known as Uncle Lim,")."""
    if "(" in text[end : end + 3]:
        letters = _letters_after(text, end)
        parts = [p for w in name.split() for p in w.split("-") if p[:1].isupper()]
        initials = "".join(p[0] for p in parts)
        return letters.group(1) if letters and len(parts) > 1 and initials == letters.group(1) else ""
    if not text.startswith(",", end):
        return ""  # (most names: neither follows)
    alias = _alias_after(code).match(text, end)
    return alias.group(1) if alias else ""


def person_label(text: str, end: int, name: str) -> str:
    """The letters in brackets right after a person's name that are no initials of theirs, lower case: the party or
    the body the article gives them ("Stadtrat Beat Imhof (SVP)", "la concejala Ana Ruiz (PP)"), by which a description
    may name them next ("der SVP-Politiker", "la edil del PP"); or ""."""
    letters = _letters_after(text, end)
    if letters is None:
        return ""
    initials = "".join(p[0] for w in name.split() for p in w.split("-") if p[:1].isupper())
    return "" if letters.group(1) == initials else letters.group(1).lower()


# (perhaps after an article: "«el Flaco»", "“the Hammer”")
_NICKNAME_IN_MARKS = re.compile(
    rf"[{_ALIAS_OPEN}]\s?((?:[^\W\d_{CAPITALS}]{{1,3}}\s)?{_ALIAS_NAME})\s?[{_ALIAS_CLOSE}]"
)
_NICKNAME_VERB_WORDS = 5  # the last words of that clause its verb may stand among ("nennen ihn alle nur „Hanne“")
_NICKNAME_CLAUSE_CHARS = 80  # the characters before quoted words read for the clause giving them as a nickname
_NICKNAME_CLAUSE_STOPS = re.compile(r"[.!?;:,“”„\"«»]")
_ELIDED_PRONOUN = re.compile(r"\b([lL]['’])(?=\w)")  # "l'appelle": the pronoun and the verb, two words
# "Schefi" of "Schefi_SG", "Baerli" of "Baerli99" (from a word's start, read whole: one try a word)
_HANDLE_HEAD = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}+(?=[_\d])")


def nickname_given(lex: Lexicon, text: str, sentence: int, end: int) -> tuple[str, str, str] | None:
    """The nickname quoted words at ``end`` give the person a pronoun of the clause before them stands for, and the
    gender that pronoun tells ("" for none), or None: a verb of knowing and its "as" (``known_as_verbs``,
    ``role_links``), a verb of calling (``calling_verbs``) or a nickname word (``nickname_words``) in the clause right
    before the marks, or the verb right after them, and a pronoun for the person (``nickname_pronouns``, the clause's
    last: the object, "sie nennen ihn"), the quoted words shaped as a name: "In der Szene kennt man ihn nur als
    «Schefi_SG»", "everyone calls her “Nan”", "on l'appelle « Kiki »", "todos lo conocen como «el Flaco»". A name
    right before a nickname word is that name's (:func:`person_alias`: "Noah Bärlocher, genannt «Baerli»"), and a
    judgement in marks is no name ("called him “a liar”"). The third item: the name a relative clause giving the
    nickname stands for (``nickname_relatives``, the capitalised run right before its comma: "Luca Schefer, den alle
    nur «Schefi» nennen,"), else ""."""
    if not lex.nickname_pronouns:
        return None
    nickname = _NICKNAME_IN_MARKS.match(text, end)
    if nickname is None:
        return None  # (most quotes: no capitalised word of a name's length in their marks)
    called = _nickname_clause(lex, text, sentence, end, nickname.end())
    return (nickname.group(1), *called) if called is not None else None


def nickname_unmarked(lex: Lexicon, text: str, start: int, stop: int) -> tuple[str, str] | None:
    """Whether the capitalised run at ``text[start:stop]`` is a name the clause before it gives the person a pronoun
    stands for as what people call them, written without quote marks ("Im Haus nennen sie alle nur Raissa Apa",
    "everyone on the waterfront calls her Tanty Olive", "en el barrio todos la llaman Doña Chela", "au port, tout le
    monde l'appelle Papa Ari", "he is known as Skipper Barty"): the gender that pronoun tells and the name a relative
    clause stands for, as :func:`nickname_given` reads them, or None. The word right before the run is one of the
    clause's (a verb of calling or knowing, its link, a pronoun or an adverb of "only"), else it is read no further."""
    if start < 2 or text[start - 1] != " " or not lex.nickname_pronouns:
        return None
    before = text.rfind(" ", max(0, start - _NICKNAME_LEAD_CHARS), start - 1)
    # (the word, an article or a pronoun written onto it cut: "l'appelle")
    lead = text[before + 1 : start - 1].lower().replace("’", "'").rpartition("'")[2]
    if lead not in _nickname_leads(lex.code):
        return None  # (most new names: not after such a word)
    return _nickname_clause(lex, text, max(0, start - _NICKNAME_CLAUSE_CHARS), start, stop)


_NICKNAME_LEAD_CHARS = 24  # the characters before a name read for the word right before it


@lru_cache(maxsize=8)
def _nickname_leads(code: str) -> frozenset[str]:
    """The words a name given without quote marks as what people call someone stands right after (see
    :func:`nickname_unmarked`)."""
    lex = LEXICONS[code]
    return (
        lex.calling_verbs
        | lex.known_as_verbs
        | lex.nickname_words
        | frozenset(lex.role_links)
        | lex.nickname_adverbs
        | frozenset(lex.nickname_pronouns)
    )


def _nickname_clause(lex: Lexicon, text: str, sentence: int, end: int, named_end: int) -> tuple[str, str] | None:
    """The gender the pronoun of the clause before a nickname ending at ``end`` tells, and the name a relative clause
    giving it stands for (see :func:`nickname_given`); ``named_end``: where the nickname ends, the verb put last after
    it ("als „Hanne“ bekannt"). None when the clause gives no nickname."""
    clause = text[max(sentence, end - _NICKNAME_CLAUSE_CHARS) : end]
    stops = list(_NICKNAME_CLAUSE_STOPS.finditer(clause))
    clause = clause[stops[-1].end() :] if stops else clause
    words = _ELIDED_PRONOUN.sub(r"\1 ", clause).lower().split()
    if not words:
        return None
    after = text[named_end : named_end + 24].split(maxsplit=1)[:1]
    following = after[0].rstrip(",.;").lower() if after else ""  # (a verb put last: "als „Hanne“ bekannt")
    # (the verb among the clause's last words, before the pronoun it takes and an adverb: "calls him “Skip”", "nennen
    # ihn alle nur „Hanne“")
    near = words[-_NICKNAME_VERB_WORDS:]
    # (a participle or "known as" gives the name to the clause's subject, "he is known as", "il est surnommé"; a verb
    # of calling to its object alone, "she calls him", never "she calls her daughter")
    known = (
        following in lex.known_as_verbs
        or any(w in lex.nickname_words for w in near)
        or words[-1] in lex.role_links
        and any(w in lex.known_as_verbs for w in near)
    )
    if not (known or following in lex.calling_verbs or any(w in lex.calling_verbs for w in near)):
        return None
    if stops and stops[-1].group() == "," and not lex.nickname_relatives.isdisjoint(words[:3]):
        # "Luca Schefer, den alle nur «Schefi» nennen,", "Luca Schefer, a quien todos llaman «Schefi»": the relative
        # clause's nickname is the name's before its comma (the last words before it, capitalised)
        comma = max(sentence, end - _NICKNAME_CLAUSE_CHARS) + stops[-1].start()
        before = text[max(sentence, comma - _NICKNAME_CLAUSE_CHARS) : comma]
        named = list(takewhile(lambda w: w[:1].isupper(), reversed(before.split())))
        if not named and (apposed := before.rfind(",")) > 0:
            # "Me Marwan Chidiac, avocat de profession, que tout Batroun appelle Abou Élie": an appositive in lower
            # case between the name and the relative clause (the name before its comma)
            named = list(takewhile(lambda w: w[:1].isupper(), reversed(before[:apposed].rpartition(",")[2].split())))
        return ("", " ".join(reversed(named))) if named else None
    if any(w in lex.object_relatives for w in words):
        return None  # ("el cuchillo que la familia llama «la Pepa»": what the relative stands for, a thing as often)
    verbs = lex.known_as_verbs | lex.calling_verbs | lex.nickname_words
    # (a pronoun that is an article too stands right before its verb, "lo conocen", "l'appelle", not "la familia"; one
    # that is a possessive too closes the clause, "calls her “Nan”", not "calls her daughter")
    pronouns = [
        w
        for i, w in enumerate(words)
        if w in lex.nickname_pronouns
        and (w not in lex.determiners or i + 1 == len(words) or words[i + 1] in verbs)
        and (w not in lex.possessives or i + 1 == len(words))
        # (a subject's pronoun right after a verb of calling is its object, the subject after it: "nennen sie alle")
        and (known or w not in lex.subject_pronouns or i > 0 and words[i - 1] in lex.calling_verbs)
    ]
    if not pronouns or any(lex.pronouns[w].gender is Gender.NEUTER for w in words if w in lex.pronouns):
        return None  # ("He called it “Old Faithful”": a thing's name)
    return lex.nickname_pronouns[pronouns[-1]], ""


def handle_head(short: str) -> str:
    """The word a nickname written as a handle opens on, which the article may name the person by alone ("Schefi" of
    "Schefi_SG", "Baerli" of "Baerli99"), or ""."""
    head = _HANDLE_HEAD.match(short)
    return head.group() if head else ""


_SHORT_FORM = re.compile(rf"\(([{CAPITALS}][^\W\d_]{{1,9}})\)")  # a body's short form in brackets inside its name


def _short_form(name: str) -> str:
    """The short form a body's name holds in brackets when it abbreviates the words before it ("Direction régionale de
    l'environnement, de l'aménagement et du logement (Dreal)", "Secretaría Regional Ministerial (Seremi)",
    "Bundesamt für Strahlenschutz (BfS)": pieces opening its words in order, some words passed over), else "" ("the
    Harbour Trust (Leeds)": a place)."""
    found = _SHORT_FORM.search(name)
    if found is None:
        return ""
    words = [w.lstrip("(").lower() for w in re.split(r"[\s'’-]+", name[: found.start()]) if w]
    return found.group(1) if _abbreviates(found.group(1).lower(), tuple(words[-_SHORT_FORM_WORDS:])) else ""


_SHORT_FORM_WORDS = 16  # the words before a short form read for the pieces it is made of


@lru_cache(maxsize=256)
def _abbreviates(short: str, words: tuple[str, ...]) -> bool:
    """Whether ``short`` is pieces each opening one of ``words`` in order, any word passed over ("seremi":
    "se|cretaría re|gional mi|nisterial")."""
    if not short:
        return True
    return any(
        _abbreviates(short[size:], words[i + 1 :])
        for i, word in enumerate(words)
        for size in range(len(short), 0, -1)
        if word.startswith(short[:size])
    )


# A body's short form in brackets, perhaps of two words ("(NLWKN)", "(AFCOOP)", "(SPW MI)")
_BRACKETED_LETTERS = re.compile(rf"\(([{CAPITALS}][^\W\d_]{{1,9}}(?: [{CAPITALS}][^\W\d_]{{0,4}})?)\)")
_LETTERED_CHARS = 200  # the characters before a short form read for the name it abbreviates
_LETTERED_WORDS = 18  # the most words of that name
_LETTERED_REGION_WORDS = 4  # the most words of a region after the words its letters stand for ("du Zou")
_COMPOUND_PART_LETTERS = 10  # a compound this long may give its first letter from a later part ("Staats|ministerium")


def lettered_name_start(lex: Lexicon, text: str, bracket: int) -> int:
    """Where the name a short form in brackets at ``bracket`` stands for opens: the word where its letters begin, read
    back over the name's words in order, each word of content giving one letter or more from its start (a long German
    compound from a later part too, "AGES": "Agentur für Gesundheit und Ernährungssicherheit"), its links, articles
    and "and" words giving their first letter or none ("WASA": "Water and Sewerage Authority"), a region of a few
    capitalised words after them giving none ("DDESTFP": "Direction départementale des Enseignements secondaire,
    technique et de la Formation professionnelle du Zou"). Commas and "and" words inside the name are crossed; a mark
    ending a sentence or a clause is not. -1 when no stretch of words before it opening on a capital spells the letters
    ("Anna Pryce (SNP)")."""
    found = _BRACKETED_LETTERS.match(text, bracket)
    if found is None:
        return -1
    words: list[_LetteredWord] = []
    for m in _BODY_WORD.finditer(text, max(0, bracket - _LETTERED_CHARS), bracket):
        raw = m.group()
        if raw[-1] in NAME_STOPS or raw[0] in NAME_STOPS or raw.endswith(")"):
            words = []  # (the name opens after a sentence's mark, a quote mark or another bracket)
            continue
        at, word = m.start(), raw.rstrip(",")
        if word[:2].lower() in _ELIDED_LINK_WORDS and word[2:3].isalpha():
            at, word = at + 2, word[2:]  # ("l'Élevage": the article written onto the word gives no letter)
        low = word.lower()
        content = low not in FUNCTION_WORDS and low not in _NAME_JOINERS
        # (a body's noun in lower case opens the name as a capital would, in a language that writes it so: "le
        # ministère de l'Agriculture, des Pêcheries et de l'Alimentation du Québec (MAPAQ)", "la secretaría de …")
        capital = word[:1].isupper() or bool(lex.lower_body_parts) and low in lex.organisation_words
        words.append(_LetteredWord(at, unaccented_word(low), content, capital))
    words = words[-_LETTERED_WORDS:]
    letters = found.group(1).replace(" ", "").lower()
    strict, loose = _spelled(words, letters, lex.compound_nouns)
    # (every word of content giving a letter, the longest such name; else one word of content passed over, the shortest:
    # "AFCOOP", "Autoridad de Fiscalización y Control de Cooperativas")
    openings = [i for i, w in enumerate(words) if w.content and w.capital and w.letters[:1] == letters[:1]]
    opening = next((i for i in openings if strict[i][0]), -1)
    opening = opening if opening >= 0 else next((i for i in reversed(openings) if loose[i][0]), -1)
    return words[opening].at if opening >= 0 else -1


@dataclass(frozen=True, slots=True)
class _LetteredWord:
    """A word before a short form in brackets, as :func:`lettered_name_start` reads it."""

    at: int  # where it opens in the text
    letters: str  # in lower case, without accents
    content: bool  # a word of content, which must give a letter (not a link, an article or an "and")
    capital: bool  # opening on a capital


def _spelled(words: list[_LetteredWord], letters: str, compounds: bool) -> tuple[list[list[bool]], list[list[bool]]]:
    """For each ``i`` and ``j``, whether ``words[i:]`` spell ``letters[j:]`` (:func:`lettered_name_start`), the
    words left after the last letter a short region of capitalised words and links: every word of content giving a
    letter, and with one of them passed over; read from the last word back."""
    strict = [[False] * (len(letters) + 1) for _ in range(len(words) + 1)]
    loose = [[False] * (len(letters) + 1) for _ in range(len(words) + 1)]
    for i in range(len(words), -1, -1):
        rest = words[i:]
        region = len(rest) <= _LETTERED_REGION_WORDS and all(w.capital or not w.content for w in rest)
        strict[i][-1] = loose[i][-1] = region
        for j in range(len(letters) - 1, -1, -1) if i < len(words) else ():
            strict[i][j] = _word_spells(words[i], letters, j, strict[i + 1], compounds)
            passed = words[i].content and strict[i + 1][j]
            loose[i][j] = passed or _word_spells(words[i], letters, j, loose[i + 1], compounds)
    return strict, loose


def _word_spells(word: _LetteredWord, letters: str, j: int, after: list[bool], compounds: bool) -> bool:
    """Whether ``word`` gives ``letters[j:k]`` for some ``k`` the words after it spell on from (``after[k]``): a link
    its first letter or none, a word of content one letter or more, in order, the first its initial (or, in a long
    compound, a later part's)."""
    first = letters[j]
    if not word.content:
        return after[j] or word.letters[:1] == first and after[j + 1]
    openings = [0] if word.letters[:1] == first else []
    if compounds and len(word.letters) >= _COMPOUND_PART_LETTERS and first in word.letters[1:]:
        openings.append(word.letters.index(first, 1))
    for at in openings:
        k = j
        while k < len(letters) and (at := word.letters.find(letters[k], at)) >= 0:
            k, at = k + 1, at + 1
            if after[k]:
                return True
    return False


def unaccented_word(word: str) -> str:
    """A word without its accents ("élevage" -> "elevage", "André" -> "Andre"), as a short form writes its letters and
    the first names' lexicons list many."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def defined_letters(text: str, end: int) -> str:
    """The letters defined in brackets right after a name ending at ``end``, or ""."""
    letters = _letters_after(text, end)
    return letters.group(1) if letters else ""


@per_language
def _role_link(code: str) -> re.Pattern[str]:
    """A lexicon's ``role_links`` or ``role_predicates`` word right after a name and the (at most three) words after
    it."""
    links = "|".join(re.escape(w.strip()).replace(r"\ ", r"\s{1,3}") for w in _LINKS[code]) or "(?!)"
    return re.compile(rf"\s{{1,3}}(?:{links})\s{{1,3}}((?:[\w’'.-]{{1,40}}\s{{1,3}}){{0,2}}[\w’'.-]{{1,40}})")


# The words after a name that link it to a role, by language, and the first word of each: a text opening on none of
# these first words (any space may follow them, a newline or a no-break one) has no link to try.
_LINKS = {code: (*lex.role_links, *lex.role_predicates) for code, lex in LEXICONS.items()}
_LINK_OPENINGS = {code: tuple({w.split()[0] for w in links}) for code, links in _LINKS.items()}
_ROLE_LINK_REACH = 3 + max(len(w) for links in _LINKS.values() for w in links)  # the spaces and the words


# The deeds' verbs right after a name, a space before each, by language (see ``Cast._deed_agent``), and the most
# characters read for one
# The first word of each deed of a lexicon as it follows a name, and a space when more words follow (lexicon
# ``deed_agents``: " won", " has " of "has two children", " hat " of "hat zwei Kinder" whatever its noun's case): a
# name followed by none of them (most) is read no further
_DEED_OPENINGS = {
    code: tuple(sorted({" " + verb.partition(" ")[0] + verb.partition(" ")[1] for verb in lex.deed_agents}))
    for code, lex in LEXICONS.items()
}
_DEED_NOUNS = {
    code: frozenset(noun for nouns in lex.deed_agents.values() for noun in nouns) for code, lex in LEXICONS.items()
}
_BODY_OBJECT_CHARS = 60  # the characters after a verb of heading read for its object ("the residents' group")
_BODY_OBJECT_WORDS = 4  # its words: a determiner, an owner or an adjective, the noun ("la plataforma vecinal")
_DEED_REACH = 3 + max((len(verb) for lex in LEXICONS.values() for verb in lex.deed_agents), default=0)

_SENTENCE_BREAKS = (". ", "! ", "? ", ": ", "\n")
_OPENING_LINKS = {code: tuple(f"{w[:1].upper()}{w[1:]} " for w in lex.role_links) for code, lex in LEXICONS.items()}
_OPENING_ROLE_WORDS = 2  # "als Zeugin", "as a witness": the link, an article perhaps, the role
_OPENING_ROLE_GAP = 4  # words between that role and the name: a verb, an article, a noun ("sagte die Verkäuferin")


def _opening_role(lex: Lexicon, before: str, whole: bool) -> list[str] | None:
    """The role a sentence opens on with a link word before the person it is about, the first named ("Als Zeugin sagte
    die Fischbrötchenverkäuferin Hannelore Stüben aus", "As a witness, Ann Roe told the court", "Comme témoin, Anne
    Roux a déclaré", "Como testigo declaró Ana Ruiz"): its words after the link, for :meth:`Cast._linked_role`; None
    when the sentence opens on no link, or a preposition stands between ("Como testigo declaró ante la jueza Ana
    Ruiz": the judge is no witness). ``before`` is the text before the name, ``whole`` when it opens the text."""
    cut = max(before.rfind(mark) + len(mark) if mark in before else -1 for mark in _SENTENCE_BREAKS)
    if cut < 0 and not whole:
        return None
    words = before[max(cut, 0) :].split()
    if not words or words[0].lower() not in lex.role_links:
        return None
    between = words[1 + _OPENING_ROLE_WORDS :] if len(words) > _OPENING_ROLE_WORDS else []
    role = [w.strip(",") for w in words[1 : 1 + _OPENING_ROLE_WORDS]]
    if len(between) > _OPENING_ROLE_GAP or any(w.lower() in lex.prepositions for w in words[2:]):
        return None
    return role


def _role_link_after(lex: Lexicon, text: str, end: int) -> re.Match[str] | None:
    """``_role_link(code).match(text, end)``, called only where the text after ``end``, its spaces stripped, opens on a
    link word (asked after every name a cast learns; a regex call costs thousands of instructions)."""
    if not text[end : end + _ROLE_LINK_REACH].lstrip().startswith(_LINK_OPENINGS[lex.code]):
        return None
    return _role_link(lex.code).match(text, end)


def _participle(word: str) -> bool:
    """A present participle ending an appositive's head noun ("standing", "working"), not "King"."""
    return word.islower() and len(word) > 5 and word.endswith("ing")


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and sum(c.isupper() for c in letters) * 2 > len(letters)  # "FDP", not "Bahnstreik-Ticker"


# Endings of English adjectives and participles that tell how someone is ("angry", "defiant", "furious", "tearful",
# "shaken", "smiling", "exasperated"; not "senior", "district", "account"): before a known name after "a" or "an"
# they show the person ("an angry Hollande")
_MOOD_ENDINGS = ("y", "ed", "ing", "ful", "ant", "ent", "ous", "ive", "al", "ic", "less", "en")


def _mood(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS and word.endswith(_MOOD_ENDINGS)


def _describes(word: str, following: str, lex: Lexicon) -> bool:
    """A lower-case word before a capitalised one that describes the name, not a part of it."""
    return (
        word.islower()
        and following[:1].isupper()
        and word not in _NAME_JOINERS
        and word.strip(".") not in lex.organisation_words
        and word.rstrip(".") not in lex.abbreviations  # ("Landratsamt Pfaffenhofen a.d. Ilm": a place's "an der")
    )


def foreign_link(words: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the lower-case word at ``i`` is a short link of a place's name in another language inside a body's name
    its organisation word has opened ("Parque Natural de ses Salines d'Eivissa i Formentera": the Catalan article and
    "and"), not a describing word before the name ("Danish developer Northwind Energy"): a particle of at most
    ``_FOREIGN_LINK_LETTERS`` letters after the body's word, no word of the article's own language."""
    word = words[i].lower()
    if len(word) > _FOREIGN_LINK_LETTERS or word in lex.stopwords or word in lex.prepositions:
        return False  # (a small word of the article's own language reads as it does: "the Harbour Trust in Dover")
    return any(w.lower() in lex.organisation_words for w in words[:i])


def _foreign_links(lex: Lexicon, words: list[tuple[int, int, _Part | None, str]]) -> None:
    """Read as links, in place, the short words of another language that join a place's name inside a body's name
    (``foreign_link``: "Parque Natural de ses Salines d'Eivissa i Formentera"), each before a capitalised word."""
    names: list[str] = []  # (the words as written, listed only once a candidate stands: most stretches have none)
    for i in range(1, len(words) - 1):
        start, end, part, word = words[i]
        if part is not None or len(word) > _FOREIGN_LINK_LETTERS or words[i + 1][2] is not _Part.NAME:
            continue
        names = names or [w[3] for w in words]
        if word.islower() and foreign_link(names, i, lex):
            words[i] = (start, end, _Part.LINK, word)


# a particle's letters: "ses", "i", "sa", "es", "na", "di", "van" (no describing noun is so short)
_FOREIGN_LINK_LETTERS = 3


_DOMAINS = (".com", ".org", ".net", ".gov")  # "GunBroker.com": a site is an organisation


class _Noun(StrEnum):
    """What the head noun of a description names."""

    PERSON = "person"  # "the senator", "a former prosecutor", "officials"
    BODY = "body"  # "the council", "police": an organisation or a group
    DOCUMENT = "document"  # "the statement": speaks for whoever issued it
    OTHER = "other"  # "the moderator", "the crowd": kept as written


_INNER_CAPITAL = re.compile(rf"(?<=\s)[{CAPITALS}]")  # the first capital after a space ("boat called |Kingfisher")
_THING_REACH = 32  # characters before a name that hold a thing noun and a naming word ("narrowboat called ")
_ROLE_NAME_WORDS = 4  # the words of a whole name read after a compound role ("la capitana de puerto Dayana Ospino")
_ROLE_NAME_CHARS = 80
# how often the text names someone whose gender it never gave before a masculine description or a role with what it
# is of may be guessed to be them: the real page on Albares (headline, "Albares ha recalcado", a quote: three) against
# "Ayuso ha recalcado ... El ministro respondió" (once: her rival as often as she)
_ABOUT_NAMED = 3
_HEADED_WORDS = 4  # the words of a subheading its subject may open on ("Secretary Marco Rubio says")
_COUPLE_REACH = 60  # characters before a couple's first name its noun may stand in ("Ein Ehepaar aus Aurich, Enno")
_LOOKBACK = 12  # most recent topics a pronoun may refer to; older ones have left the reader's mind
# The latest people (and bodies) named that a description of a role, or a body's shorter name, may stand for: a page
# naming thousands (150 articles run together, issue 14) reads each description in a bounded number of steps, where
# every one read the whole cast before (the square of the page). The largest cast of the real pages, every evaluation
# article and the fixtures holds 192 names (a Correctiv page), and the farthest body a shorter name stood for there
# was 78 names back: past 256, a description has long left what the text is about.
_NAMED_REACH = 256
# Endings of nouns for people ("moderator", "comedian", "activists", "masked man"): an unresolved
# description with such a head is kept as written.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "men", "women", "person", "people", "ee", "eur",
                   "euse")  # fmt: skip
_PERSON_NOUN_ENDINGS = tuple(e + s for e in _PERSON_ENDINGS for s in ("", "s"))


# Each language's fields of ``affiliations`` (the values), a set built once: ``_body_field`` read a compound's end
# against them after building it for every word it was asked about
_AFFILIATION_FIELDS = {code: frozenset(lex.affiliations.values()) for code, lex in LEXICONS.items()}


def _body_field(word: str, lex: Lexicon) -> str | None:
    """The field of ``affiliations`` a word of a body's name tells ("union", "IG"), or in a language of compounds
    the one a compound ends on ("Industriegewerkschaft": "gewerkschaft"), else None."""
    if (found := lex.affiliations.get(word)) is not None or not lex.compound_titles:
        return found
    return next((f for f in _AFFILIATION_FIELDS[lex.code] if word.endswith(f) and len(word) > len(f) + 2), None)


def _person_noun(word: str) -> bool:
    """Whether ``word`` ends as ``(?:ending)s?$`` would find: by ``str.endswith`` in C (a regex call cost thousands of
    instructions a word; ``$`` also matches before a last newline, which is dropped first)."""
    return word.removesuffix("\n").endswith(_PERSON_NOUN_ENDINGS)


person_ending = _person_noun  # (the quotes reader's name for it: "the driver involved" ends on "driver")
_ROLE_REACH = 80
_GIVEN_AND_SURNAME = 2  # the words of a name read as a person's when no lexicon knows its given name
_PLURAL_NOUN = re.compile(r"(?:[^s]s|people|men|leute)$")  # "officials", "people", "Leute"; not "witness"
_MANY = "p"  # the gender of an unnamed group: no "he" or "she" stands for it
# A name in apposition after a description ("the coach, Ann Roe,"), maybe after a title in lower case ("El párroco, don
# Esteban Llamas,": group 1, a title only when the lexicon lists it)
_NAME_AFTER = re.compile(rf",\s{{1,3}}(?:([^\W\d_{CAPITALS}][\w.]*)\s{{1,3}})?[{CAPITALS}]")
_NAMED_AS_WORDS = 2  # an appositive this short names what the person is ("Varga, the harbourmaster,")
_INTRODUCED_WORDS = 3  # words after an indefinite article read for a person's noun ("a tall young runner")
_CLOSED_APPOSITIVE = re.compile(rf",\s{{1,3}}{NAME_RUN},")  # ", Yves Courbet,": a name set off by commas
# A role of up to three words in lower case, perhaps after an article, before a name its comma closes (", food writer
# Farid Hashim,", ", the veteran chef Ann Roe,"): an appositive of a role and a name. Bounded: linear.
_ROLE_APPOSITIVE = re.compile(rf",\s{{1,3}}((?:[^\W\d_{CAPITALS}][\w’'-]*\s){{1,4}}){NAME_RUN},")
_RELATIVE_REACH = 12  # characters after a description read for a relative pronoun ("One fan who", "una vecina, quien")
_WITHHELD_REACH = 100  # characters after a description read for a clause that withholds the person's name
# words of a phrase of a preposition between a description and the clause withholding the name ("A neighbour on
# Trevisky Lane, who asked not to be named,", "Una cocinera del mercado San Camilo, que pidió no ser identificada,")
_MEMBER_REACH = 48  # characters after a name read for the body it is of ("Jens Kuhnert von der IG Metall Plauen")
_MEMBER_WORDS = 3  # the words of that body's name read for its field ("Ann Roe of the National Rail Union")
_APPOSED_CHARS = 60  # characters after a new name read for a noun set off that tells a gender ("…, 14 ans, fille de")
_PLACED_WORDS = 5
_LED_WORDS = 5  # more words a participle and its object may add before the preposition ("selling pasties at the …")
_DESCRIPTION_ARTICLE = 3  # words a description's article may stand before a name ("la bióloga melillense Salima")
_DESCRIPTION_WORDS = 4  # words after the determiner of a description opening a sentence ("The former US president")
_ROLE_WORDS = 9  # words before a name read for a role ("El alcalde de San Lorenzo de la Vega, Jorge Salcedo")
_TITLE_SET_OFF = 12  # characters before a name that hold a comma and a title of address ("enfermería, Licda. ")
_ROLE_TAIL = 2  # words a role may have between it and the name, a joiner first ("présidente de région X")
_APPOSITIVE_TAIL = 7  # the same in an appositive the name follows ("El alcalde de San Lorenzo de la Vega,")
_COMPLEMENT_WORDS = 3  # a preposition and the words of a description's complement ("the lifeguard on duty,")
_ROLE_ADJECTIVES = 2  # adjectives an appositive's role may have after it ("El consejero regional de Transición ...,")
_LETTERS_AFTER = re.compile(rf"\s\([{CAPITALS}][{CAPITALS}0-9.&-]{{1,11}}\)$")
_ELIDED = frozenset(("l'", "l’"))  # an article written onto the next word ("l'ingénieur")
_CLAUSE_MARKS = frozenset('.;:!?,"“”«»„()')  # characters before a name read for the roles it is given
_BODY_LOOKBACK = 3  # "it" and "they" stand for an organisation or a group only when it was just spoken of
_AFFILIATION_REACH = 3  # latest named people a nationality no one was given may stand for (exactly one must fit)
_NAME_CHARS = re.compile(r"[\w’'.&-]+")  # the characters of a body's name words ("Bayonne-Adour", "AT&T")
_APOSTROPHES = ("'", "’")  # (of an article written onto the noun after it: "l'entourage")
_COMPOUND_PART = 4  # the fewest letters a compound's last part needs to name the whole ("Bahn" of "Regionalbahn")
_PREFIX_BODY = 4  # the fewest letters of a body written before a role's hyphen, unless in capitals ("Grünen-Chefin")
_ELIDED_LINKS = frozenset(("d'", "d’"))  # a linking word written onto the body's name ("porte-parole d'Acme")
# What ends the role phrase before a name ("[.;:!?“”«»„()\[\]]|,\s"), written backwards: searched for in the reversed
# text, its first match is the last one (one search, no scan of every match)
# (its class first, which a white space's comma follows: the engine skips to the next of them at once)
_ROLE_PHRASE_END_REVERSED = re.compile(r"[.;:!?“”«»„()\[\]\s](?:(?<=\s),|(?<!\s))")  # [.;:!?“”«»„()\[\]]|\s,
_ROLE_PHRASE_MARKS = frozenset(".;:!?“”«»„()[]")  # the same marks (a comma ends the phrase when a white space follows)


def _role_phrase(before: str) -> str:
    """The text after the last mark that ends a role phrase before a name (all of it when there is none)."""
    end = _ROLE_PHRASE_END_REVERSED.search(before[::-1])
    return before[len(before) - end.start() :] if end else before


def _last_word_of_role_phrase(before: str) -> str | None:
    """The last word of ``_role_phrase(before)`` when the last word of ``before`` holds no mark that ends a role phrase
    (then it is that word; "" when there is none), else None (not told without the search)."""
    last = before.rsplit(maxsplit=1)[-1:]
    if not last:
        return ""
    return None if last[0].endswith(",") or not _ROLE_PHRASE_MARKS.isdisjoint(last[0]) else last[0]


@per_language
def seated_bodies(code: str) -> re.Pattern[str]:
    """A court or another body named in lower case with up to two adjectives or what it deals with, and its seat ("le
    tribunal administratif de Haute-Tarentaise", "la cour d'appel de Lyon", "el juzgado de Vigo", "le bureau des
    cyclones de Vacoas"; lexicon ``court_nouns``, ``seated_bodies``), or an institution in lower case before its own
    name, the group ``name`` ("la residencia San Íñigo"; lexicon ``named_institutions``): the reader records it as a
    body."""
    lex = LEXICONS[code]
    if not (lex.court_seats and lex.court_nouns):
        return re.compile(NEVER)
    # (the longest first, then in order: the same pattern in every process, which the regex cache then finds)
    nouns = "|".join(sorted(lex.court_nouns | lex.seated_bodies, key=lambda w: (-len(w), w)))
    seats = "|".join(
        re.escape(s) + ("" if s[-1] in "'’" else r"\s+") for s in sorted(lex.court_seats, key=lambda w: (-len(w), w))
    )
    links = "|".join(re.escape(w) for w in sorted(lex.complement_words, key=lambda w: (-len(w), w)) if w[-1].isalpha())
    # (an adjective, "d'appel", or what the body deals with: "des cyclones", "de pescadores")
    adjective = rf"\s+(?:d[’'][^\W\d_]+|(?:(?:{links})\s+)?[^\W\d_{CAPITALS}][\w-]*)"
    seated = rf"(?i:{nouns})(?:{adjective}){{0,2}}?\s+(?:{seats})[{CAPITALS}][\w’'-]*"
    if lex.named_institutions:
        institutions = "|".join(sorted(lex.named_institutions, key=lambda w: (-len(w), w)))
        seated += rf"|(?:{institutions})\s+(?P<name>[{CAPITALS}][\w’'-]*(?:\s+[{CAPITALS}][\w’'-]*){{0,3}})"
    return re.compile(rf"(?<![\w’'-])(?:{seated})(?![\w’'-])")


def appositive_before(before: str) -> list[str]:
    """The words of the appositive a name follows, from the clause mark before it ("Le président du Stade Garonnais,
    Alain Castagnède")."""
    return _role_phrase(before.rstrip().removesuffix(",")).split()


# (slots: CPython 3.11 keeps an instance's attributes in a table shared by its class only up to 30 of them; the cast
# has more, and past 30 every attribute read took the slow path: +1.9% of extraction, docs/parsing.md "Round 36 (lead)")
@dataclass(slots=True)
class Cast:
    """The people an article has named so far.

    ``topics`` are the people the text was last *about* (sentence subjects and
    quoted speakers), most recent last; a personal pronoun goes to the latest
    gender-compatible topic, and only failing that to the latest named person.
    Every lookup is a dictionary access, so a long article stays linear.
    """

    people: list[Person] = field(default_factory=list)
    _by_surname: dict[str, list[Person]] = field(default_factory=dict)
    _by_first_name: dict[str, list[Person]] = field(default_factory=dict)  # "Carmen" alone: Carmen Ruiz
    # by the word before the surname of a name of three words, that word no first name ("Acosta" of "Melba Acosta
    # Febo" in English): found when no one bears that surname
    _by_middle: dict[str, list[Person]] = field(default_factory=dict)
    _named: OrderedDict[int, Person] = field(default_factory=OrderedDict)
    # the people of each noun of ``Person.named_as`` (``_call``), some since merged into others (``_called`` skips them)
    _called_by: dict[str, list[Person]] = field(default_factory=dict)
    _labels: set[str] = field(default_factory=set)  # party or body letters given people in brackets (``label``)
    _topics: OrderedDict[int, Person] = field(default_factory=OrderedDict)
    _mentions: list[tuple[int, Person]] = field(default_factory=list)  # (when, whom) the text spoke of (mentioned)
    _organisations: dict[str, Person] = field(default_factory=dict)  # by lower-case name
    _roled_phrases: set[tuple[int, str, str]] = field(default_factory=set)  # (person, phrase, name) roles read
    _things: set[str] = field(default_factory=set)  # names of places, buildings, vessels ("jean-moulin" of an école)
    # the roles a definite description credited with words stood for itself, no one holding them ("sagt die
    # Wahlleiterin")
    _unheld_roles: set[str] = field(default_factory=set)
    # the short forms the article gives people ("Maureen Kilbride (MK)", "Josef Mair, genannt Sepp"), lower case
    _aliases: dict[str, Person] = field(default_factory=dict)
    # whole names whose first word the cast would cut, given whole once set off (see ``naming``: "Hodan Omar Dirieh")
    _whole_names: set[str] = field(default_factory=set)
    # the names people were shown by before a shorter mention told their first word a form of address (``_retitle``:
    # "Ouma Lettie Swartbooi" of Lettie Swartbooi), each to the person
    retitled: dict[str, Person] = field(default_factory=dict)
    # the people by the capitalised word the reader cut from before their name, lower case ("nne" of "Nne Adaeze
    # Obiora"): "Nne Adaeze" next is she (``_addressed_so_before``)
    _cut_before: dict[str, dict[int, Person]] = field(default_factory=dict)
    # A possessive kin description read in the current paragraph: (paragraph's clock, whose kin, whom it stood for)
    _kin_read: dict[str, tuple[int, Person, Person]] = field(default_factory=dict)
    # Kin the article gave by name, as (the relative, the kin noun, whose kin): "His daughter, Ooi Swee Lin," of Ooi
    # Chee Keong; "her father" of Ooi Swee Lin is him then
    _kinship: list[tuple[Person, str, Person]] = field(default_factory=list)
    # two people named as one pair sharing a surname ("Reginald and Andrea Outerbridge"), each name to the other's
    # (``pair``): a couple, as a rule, so neither is the other's child, and "her husband" of one is the other
    _partners: dict[str, str] = field(default_factory=dict)
    _clock: int = 0
    _paragraph: int = 0  # the clock when the current paragraph began
    _last_paragraph: int = 0  # the clock when the paragraph before it began
    _sentence: int = 0  # the clock when the latest sentence that spoke of anyone began
    _last_sentence: int = 0  # the clock when the sentence before it began
    # whom running text credited with words since the last quote was credited ("Jones told reporters ..."), if anyone
    _reporter: Person | None = None
    # the people the latest two quotes were credited to, each with the paragraph it stood in (``spoke``), latest last:
    # two people quoted in turn are an exchange (``_in_turn``)
    _turns: list[tuple[Person, int]] = field(default_factory=list)
    _paragraphs: int = 0  # the paragraphs begun
    # the clock when the latest subheading of the body began (-1: none), and its first words, lower case ("Rubio says
    # he hopes …" of a live blog's entry): the person it opens on is whom a description opening the text after it is
    # of (``_headed``)
    _heading: int = -1
    _heading_text: str = ""
    _heading_words: tuple[str, ...] | None = None  # (read from the text when ``_headed`` first asks)
    _unnamed_lead: Person | None = None  # someone unnamed opening the latest sentence that opened on a description
    _withheld_sentence: int = -1  # the sentence (``_sentences``) opened by someone unnamed whose name it withholds
    # descriptions of roles no one held that sentences opened on (``role_lead``), not yet given a holder, latest last
    _role_leads: list[RoleLead] = field(default_factory=list)
    _lead_read: RoleLead | None = None  # the role lead the latest ``resolve``'s mention stood for, if any
    # a thing a sentence opened on, named after a definite article ("Die Studie zeigt ..."): (when, in which sentence,
    # the pronoun its article gives it); a "sie" in that sentence or the next stands for it, no person
    _thing: tuple[int, int, str] | None = None
    _sentences: int = 0  # the sentences begun, whether they spoke of anyone or not
    # where the text names each person (``said_of``): (whom, the text, where the sentence opens, where the name opens
    # and ends, where the sentence ends), in the order read; the passages about them are cut from it only when a
    # description asks (``_passages``: most articles never do)
    _said: list[tuple[Person, str, int, int, int, int]] = field(default_factory=list)
    _passages_read: tuple[int, list[tuple[Person, str, int, int, int]]] | None = None  # (of how many names, passages)
    _said_cache: dict[int, tuple[Person, frozenset[str], frozenset[str], tuple[int, ...]]] | None = None
    # the words said of anyone and those in lower case (``_said_words``), sorted (``_said_openings``)
    _openings_cache: tuple[list[str], list[str]] | None = None
    # the people a sentence opens on before a verb, each to that verb (``_by_deed``), of how many names
    _deeds: tuple[int, dict[int, str]] | None = None
    _classes_said_cache: dict[int, frozenset[int]] = field(default_factory=dict)  # (``_classes_said``)
    _apart_cache: tuple[int, frozenset[int]] | None = None  # (``_named_apart``: of how many notes, whom)
    _called_before_cache: dict[int, frozenset[str]] = field(default_factory=dict)  # (``_called_before``)
    _passages_by: tuple[int, dict[int, list[tuple[str, int, int]]]] | None = None  # (``_passages_of``)
    _office_cache: tuple[int, frozenset[str]] | None = None  # the words said of anyone that tell an office, of how many
    # the people whose passages hold a year (``_dated``), and the words found to stand as a place's name of their own
    # (``_place_alone``), of how many names
    _dated_cache: tuple[int, frozenset[int], dict[str, bool]] | None = None
    lexicon: Lexicon = _en.LEXICON  # the article's language: its pronouns, titles and function words
    # Words the article writes in lower case: a capitalised run made of them is a heading or a
    # sentence opening ("Border Wall Contract Donald Trump", "Ferguson Effect"), not a name.
    common: Container[str] = frozenset()
    writer: str | None = None  # the article's one writer, whom the text's "I" stands for (a byline's, an "author:")

    def may_name(self, phrase: str) -> bool:
        """Whether a capitalised phrase may name a person: when not, :meth:`introduce` records nothing and returns None,
        whatever it is told."""
        return (
            bool(_candidate(phrase, self.lexicon.code)[0])
            or self._titled_surname(phrase) is not None
            or bool(self._aliases)
            and phrase.lower() in self._aliases
        )

    def noun_alone(self, phrase: str) -> bool:
        """Whether a capitalised word names no one whatever its sentence says of it (:meth:`naming` finds no one, even
        for a speaker): one word, no first name, in a language that capitalises every noun ("Bildung", "Gefahren"),
        and no one the article named is called by it (not "Koch" once Thomas Koch is named)."""
        if not self.lexicon.capitalised_nouns or len(phrase.split()) != 1 or known_first_name(phrase):
            return False
        return all(
            word not in self._by_surname and word not in self._by_first_name and word not in self._by_middle
            for word in speaker_key(phrase)
        )

    def introduce(
        self, phrase: str, topic: bool = False, speaker: bool = False, given: bool = False, cued: bool = False
    ) -> Person | None:
        """Record a mention of a person; returns the person it resolves to.

        A lone unknown surname is no introduction in running text (capitalised words are often
        not people), but it is with a title or when the article credits it with words (``speaker``); ``given``,
        ``cued``: see :meth:`naming`.
        """
        naming = self.naming(phrase, speaker, given, cued)
        return None if naming is None else self.mention(phrase, naming, topic)

    def naming(
        self, phrase: str, speaker: bool | Deferred = False, given: bool = False, cued: bool = False
    ) -> Naming | None:
        """Whom :meth:`introduce` would find ``phrase`` names, with nothing recorded: None when no one, whatever the
        topic (the reader then need not work out where the phrase stands in its sentence); ``speaker``: the article
        credits it with words (read only for a name it finds no one by); ``given``: its first word is a given name,
        though a title's abbreviation too (see :meth:`given_name_apposed`); ``cued``: the phrase is a cue's whole
        subject as the quote's reader read it (a run of running text may be cut short: "Trainer Ruud den Boer")."""
        if self._aliases and (aliased := self._aliases.get(phrase.lower())) is not None:
            return "", "", aliased  # "MK added:" of "Maureen Kilbride (MK)": she, shown by her name (see ``alias``)
        if self._things and phrase.lower() in self._things:
            # (round 58) a name the article gave a place, a building or a vessel by its noun ("el archipiélago Juan
            # Fernández"), met again: the place still ("El alcalde de Juan Fernández, …" is its mayor, no Mr. Fernández)
            return None
        if self.lexicon.capitalised_nouns and self.noun_alone(phrase):
            return None  # (its name not worked out: most runs of a German page)
        name, unsure = _candidate(phrase, self.lexicon.code)
        if given and (name == phrase.split(maxsplit=1)[-1] or not name and phrase.endswith(PLACE_SURNAME_ENDINGS)):
            name, unsure = phrase, False  # "The deputy mayor, Col Reardon,": Col Reardon, no colonel
            told = gender_of(phrase, self.lexicon.code)
            if told == "m" and self._patronymic(name):
                # "Sa fondatrice, Hodan Omar Dirieh,", "Hadidja Ali Mohamed": after a given name no lexicon knows, a
                # man's name is as often her father's (a patronymic) and tells no gender ("Dee Ann Whitlock" is a
                # woman still); the whole name met again where its first word would be cut is hers (``_named_whole``)
                told = ""
                self._whole_names.add(phrase)
        elif not name:
            # most capitalised runs ("The", "But", "Monday"): nothing more to look up, but a title word alone, or the
            # surname of someone named before then a given name after an article ("die Klotz Burgi" of Notburga Klotz)
            if (person := self._titled_surname(phrase)) is None and (surnamed := self._surname_first(phrase)):
                person = self.find(surnamed)
            if person is None and speaker is True and phrase.count(" ") == 2:
                person = self._addressed_after_article(phrase)
            return None if person is None else ("", "", person)
        else:
            told = gender_of(phrase, self.lexicon.code)
        # (one test in C first: most names are of two words, and no noun for a nationality opens them)
        if name.count(" ") in (2, 3) and (described := self._after_nationality(name)) is not None:
            return described.name, "", described  # "Béninois Fiacre Houngbo" (its article cut off): Fiacre Houngbo
        person = self.find(name, told, roles_of(phrase, name, self.lexicon.code) - self.lexicon.role_modifiers)
        if person is None and self._whole_names and (whole := self._named_whole(phrase)) is not None:
            return whole.name, "", whole  # "Hodan Omar Dirieh, libraire": the woman named so whole before
        titled = False  # (read only for a name not yet known: most mentions are of someone known)
        if person is None:
            words = phrase.split()
            titled = len(words) > 1 and bool(title_gender(words[0], self.lexicon))  # "Mr. Band", "Ms. Abedin"
            name = self._plain(name, phrase, titled)
            if not name:
                return None
            person = self.find(name, told)
        if (
            person is None
            and name.count(" ") < 2
            and (" " in name or speaker)  # (a lone word is asked only when credited with words: ``_short_named``)
            and (short := self._short_named(name, told, speaker)) is not None
        ):
            return short.name, told, short  # "said Dot", "sagte ds Vreni" of Dorothy Eoe, Verena Betschart: no one new
        if (
            person is None
            and self.lexicon.capitalised_nouns
            and unsure
            and not (
                speaker
                and (
                    self._given_name(name)
                    or self._called_by_role(phrase, name)
                    or cued
                    and self._titled_alone(phrase, name)
                )
            )
            and phrase.split()[0] not in self.lexicon.courtesy_titles
        ):
            # German capitalises every noun: "Bildung", "Nach der Befreiung" name no one; a first name credited with
            # words does ("Jana, 41, aus Kassel:" of a vox pop), and so does one after a noun for a person
            # ("Chorkollege Mats"), or a surname after a form of address ("Herr Gekeler")
            return None
        if person is None:
            if (
                len(speaker_key(name)) < 2
                and (not speaker or self._adverb(name) or self._common_noun(name))
                and not (titled or given)
                and not self._roled(phrase, name)
            ):
                # a lone capitalised word; "President Obama", "Sen. Cruz", "Mr. Band" are people, and so is "Sabine K.,"
                # set off, a given name with her surname's initial (the reader's ``given``: ``initialled_name``)
                return None
            if self._nationality(name) or self._place(name):
                # "the Chinese comments", "African American voters", "But California offered ...": a people or a place,
                # no one's name a "he" or "she" could stand for
                return None
        return name, told, person

    def called_so(self, person: Person, noun: str) -> None:
        """The article called a person by a noun for their nationality before their name
        (:func:`name_after_nationality`: "sur le Béninois Fiacre Houngbo"): "le Béninois" next is him."""
        self._call(person, noun.lower())

    def _called_by_nationality(self, mention: str) -> Person | None:
        """The person a definite article and a capitalised noun stand for when the article called them so before their
        name (:meth:`called_so`: "le Béninois" of "sur le Béninois Fiacre Houngbo"), or None. The caller asks only of a
        mention opening on a definite article and a capitalised word."""
        parts = mention.split()
        if len(parts) != 2:
            return None
        called = self._called(parts[1].lower())
        return called if called is not None and not called.organisation else None

    def _after_nationality(self, name: str) -> Person | None:
        """The person named after a noun for a nationality opening a name of three or four words, when the article
        named them so before ("le Béninois Fiacre Houngbo", then a cue's span "Béninois Fiacre Houngbo" without its
        article): someone already known, never a new person (a given name of that ending may open a name). The caller
        asks only of a name of three or four words."""
        words = name.split()
        return self.find(" ".join(words[1:])) if nationality_before_name(words[0], words[1:], self.lexicon) else None

    def mention(
        self, phrase: str, naming: Naming, topic: bool = False, text: str = "", stop: int = 0, placed: bool = False
    ) -> Person:
        """Record the mention :meth:`naming` found whom ``phrase`` names (someone new when no one yet); ``text``: the
        paragraph, where a noun set off after the phrase's end ``stop`` may tell a new person's gender
        (:meth:`_apposed_gender`); ``placed``: the phrase stands where a place does (after a preposition, or between a
        determiner and the noun it modifies): unless a first name or a title tells a person: a place, no topic."""
        name, told, person = naming
        placed = placed and not told
        topic = topic and not placed
        if person is not None and phrase == name and " " not in name and self._given_name_second(person, name):
            self._retitle(person)  # "Bounthanh a rappelé" of "Than Bounthanh Keovongsa": "Than" addresses him
        if person is not None and not name:  # (a title word alone, someone's surname)
            self._touch(self._named, person)
            person.written = person.seen
            if topic:
                self._touch(self._topics, person)
            return person
        if person is None and text and (called := self._called_unmarked(phrase, text, stop)) is not None:
            # "Raissa Dück … Im Haus nennen sie alle nur Raissa Apa.": the name people call her by, no one new
            self.alias(called, phrase)
            self._touch(self._named, called)
            return called
        if person is None and text and (nicknamed := self._called_after_name(name, text, stop - len(phrase))):
            # "In Nain the young people call Harry Semigak Ittuk Harry": his whole name, then what they call him
            self.alias(nicknamed[0], nicknamed[1])
            self._touch(self._named, nicknamed[0])
            return nicknamed[0]
        if person is None:
            person = self._first_named(name)  # "his brother, Freddy," then "Freddy Trump": one person
            if person is None:
                person = Person(name)
                self.people.append(person)
                # ("Eine Frau, die ihren Namen nicht in der Zeitung sehen will, verkaufte Whoopie Pies am Scheunentor.
                # „…“, sagte sie.": a run new to the article that tells no gender, in the sentence of someone unnamed
                # on purpose, is what they do, most often a thing; the text stays about them)
                topic = topic and not (self._withheld_sentence == self._sentences and not told)
                if topic and self._unnamed_lead is not None:
                    gender = told or self._apposed_gender(text[stop : stop + _APPOSED_CHARS])
                    self._named_after(self._unnamed_lead, person, gender)
            else:
                person.name = name
            self._address_shared(person)
            self._by_surname.setdefault(speaker_key(name)[-1], []).append(person)
            if (surname := surname_last(name)[-1]) != speaker_key(name)[-1]:
                self._by_surname.setdefault(surname, []).append(person)  # ("Chan" of "Chan Mei-ling")
            self._index_first_name(person)
        elif len(speaker_key(name)) > len(speaker_key(person.name)) and self.retitled.get(name) is not person:
            # "Stovall" credited first, "Jim Stovall" named later (not the name with the form of address the article
            # told so before: "Ka Nestor Bunag" again is Nestor Bunag)
            person.name = name
            self._index_first_name(person)
        elif (
            name.count(" ") == 1
            and name != person.name  # (most mentions of two words: the name as before)
            and person.name.startswith(name[: name.find(" ") + 1])
            and _addressed_again(name, person.name, self.lexicon)
        ):
            self._retitle(person)
        elif (
            person.name.endswith(name)
            and name.split(maxsplit=1)[1:]  # (most: a surname alone, which drops no word of address; in C, no call)
            and person.name not in phrase  # (not a cut the reader made itself: "Zaïnaba Ali Saïd" of a known "Ali")
            and _address_dropped(name, person.name, self.lexicon)
        ):
            self._retitle(person)  # "Oga Chukwuemeka Nwafor", then "Chukwuemeka Nwafor": Oga is a form of address
        if not person.sure and told:
            person.gender, person.sure = told, True  # a title or a first name outranks a guessed pronoun
        if phrase != name and name in phrase:
            before = phrase[: phrase.find(name)]
            self._noun_before(person, before)
            if (cut := before.rsplit(maxsplit=1)[-1:]) and cut[0][:1].isupper():
                self._cut_before.setdefault(cut[0].lower().rstrip("."), {})[id(person)] = person
        if text and self.lexicon.member_links and not person.organisation:
            # (the body may be in the phrase, read on over the particles of a name: "Jens Kuhnert von der IG Metall")
            tail = phrase[phrase.find(name) + len(name) :] if phrase != name and name and name in phrase else ""
            after = (tail + text[stop : stop + _MEMBER_REACH]).lstrip(", ")
            if after.startswith(self.lexicon.member_links):  # (most names: no link follows, told in C with no call)
                self._member_of_body_after(person, after)
        roles = roles_of(phrase, name, self.lexicon.code)  # (most mentions: none, told before the pair is looked up)
        if roles and (id(person), phrase, name) not in self._roled_phrases:
            # (roles only grow: a titled mention seen again for the same person adds nothing, "Mr. Trump" each time)
            self._roled_phrases.add((id(person), phrase, name))
            person.roles |= roles
            self._describe(person, phrase[: phrase.find(name)] if name in phrase else phrase)
        person.mentions += 1
        self._touch(self._named, person)
        person.written = person.seen
        if placed:
            person.placed = person.seen
        if topic:
            self._touch(self._topics, person)
        person.bare = person.seen if not told and " " not in name else 0
        return person

    def by_seniority(self, phrase: str, word: str) -> None:
        """Make the namesake a word after a surname tells apart by age the latest one named ("Mr Ellery senior",
        "Ellery junior", "Lemaire père", "Sanz hijo"), so that the surname finds them."""
        if (person := self._namesake_by_age(phrase, word)) is not None:
            self._touch(self._named, person)

    def _namesake_by_age(self, phrase: str, word: str) -> Person | None:
        """Of the people named by the surname of ``phrase``, one given as someone's son or daughter, the one an age
        ``word`` picks: the child for a younger word, the other for an elder one (None when that is not one person)."""
        lex = self.lexicon
        word = word.lower().rstrip(",;:")
        younger = word in lex.younger_words
        if not younger and word not in lex.elder_words:
            return None
        key = speaker_key(untitled(phrase, lex.code))
        namesakes = [p for p in self._by_surname.get(key[-1], ()) if not p.organisation] if key else []
        children = [p for p in namesakes if not lex.child_kin.isdisjoint(p.roles | p.role_words)]
        chosen = children if younger else [p for p in namesakes if p not in children]
        return chosen[0] if children and len(chosen) == 1 else None

    def _aged(self, mention: str) -> Person | None:
        """The namesake a mention tells apart by its own age word, after the surname ("Mr Ellery senior", "Dupont
        fils", "Sanz padre") or after a determiner before it ("the elder Pike", "der jüngere Huber", "le fils Morel",
        "el menor de los García"): a cue's mention says which of them spoke, whoever was named last."""
        words = mention.split()
        if len(words) < 2:
            return None
        if (person := self._namesake_by_age(" ".join(words[:-1]), words[-1])) is not None:
            return person
        age = age_before(self.lexicon, words[:-1])
        return self._namesake_by_age(words[-1], age) if age else None

    def kin_named(self, phrase: str, text: str, sentence: int, start: int) -> str:
        """A lone first name at ``text[start:]`` right after a possessive and a noun of kin by blood, whose owner this
        sentence named in full before it ("Gérard Lemaire, 68 ans, et son fils Kevin", "Ruth Abernathy came with her
        son Daniel", "Su hermano Jorge" after "Javier Sanz ... y su hermano Jorge"): the first name with the family's
        surname, so that "son fils" and "Kevin Lemaire" find him; else the phrase. A partner ("her boyfriend Daniel",
        "su novia Lucía") often bears another surname, and so may kin whose surname the owner's name does not make
        plain ("Javier Sanz Pérez": a son is Sanz and his mother's): the first name stays alone. (An owner named in
        another sentence, or not in full, is too often someone else: "Les Roussel, Claire et son frère Mathieu".)"""
        lex = self.lexicon
        # (in German the kin noun is capitalised, in the run: "mit seinem Sohn Jonas")
        reach = start - _KIN_REACH if start - _KIN_REACH > sentence else sentence
        words = [*text[reach:start].split(), *phrase.split()][-3:]
        if len(words) != 3 or words[1].lower() not in lex.blood_kin:
            return phrase
        # (a word no lexicon knows as a first name is one all the same where the kin noun stands before it and no one
        # of the article bears it as a surname: "Sein Sohn Ole", "Su hijo Wilfredo")
        if not known_first_name(words[2]) and words[2].lower() in self._by_surname:
            return phrase
        owner = self._owner(words[0]) if self.possessive(words[0].lower()) else None
        if owner is None or len(speaker_key(owner.name)) < 2:
            return phrase
        if owner.name not in text[sentence:start] and not self._kin_owner_before(owner):
            return phrase
        surname = _plain_surname(owner.name)
        # (in German the run may hold the possessive too: "Seine Tochter Merle" -> "Tochter Merle Kock")
        kept = phrase.split(maxsplit=1)[1] if phrase.count(" ") == 2 else phrase
        return f"{kept} {surname}" if surname else phrase

    def _kin_owner_before(self, owner: Person) -> bool:
        """Whether the owner of a kin noun, named in a sentence before the kin's own, is the one person the text has
        been about since: the latest topic, named by the text in this paragraph or the one before ("Jens Stüdemann,
        71, fischt seit 1971 vor Poel. …" then a caption "Sein Sohn Ole, 38, hat den Kutter übernommen"), and no one
        else named there (a mayor named beside him may own the son as well: the first name stays alone)."""
        since = self._last_paragraph
        if next(reversed(self._topics.values()), None) is not owner or owner.written < since:
            return False
        recent = islice(reversed(self._topics.values()), _LOOKBACK)
        return not any(p is not owner and p.written >= since and not p.organisation for p in recent)

    def after_kin(self, text: str, start: int) -> bool:
        """Whether the word before ``text[start]`` is a noun of kin by blood ("Sein Sohn Ole", "su hijo Wilfredo"):
        the run at ``start`` may be a first name that takes the family's surname (:meth:`kin_named`)."""
        space = text.rfind(" ", max(0, start - _KIN_REACH), start - 1)
        return space >= 0 and text[space + 1 : start - 1].lower() in self.lexicon.blood_kin

    def kin_run(self, phrase: str) -> bool:
        """Whether a capitalised run is a possessive, a noun of kin by blood and one more word, in a language that
        capitalises nouns ("Sein Sohn Ole", "Seine Tochter Merle"): the last word may be a first name that takes the
        family's surname (:meth:`kin_named`)."""
        if not self.lexicon.capitalised_nouns or phrase.count(" ") != 2:
            return False
        words = phrase.split()
        return words[1].lower() in self.lexicon.blood_kin and self.possessive(words[0].lower())

    def pair(self, name: str, text: str, stop: int) -> None:
        """Note that ``name`` (the first of a pair sharing a surname, :func:`shared_surname`: "Reginald Outerbridge" of
        "Reginald and Andrea Outerbridge", the first name ending at ``text[stop]``) was named with the one after it."""
        joined = _joined_name(self.lexicon.code).match(text, stop)
        partner = _candidate(joined.group(1), self.lexicon.code)[0] if joined is not None else ""
        if partner and partner != name:
            self._partners[name], self._partners[partner] = partner, name

    def _surname_first(self, phrase: str) -> str:
        """The surname and the given name of a run of a definite article, the surname of someone named before and a
        given name a lexicon knows, in a language that capitalises nouns: the Bavarian and Austrian way of naming
        someone ("die Klotz Burgi" of Notburga Klotz, "die Mair Resi" of Theresia Mair; "der Huber Sepp" opens on a
        word that is a name's particle too, read as a name already), or "". Not a noun for a person before a given name
        ("die Bäckerin Anna"), nor a word no one of the article bears as a surname ("die Stadt Anna")."""
        words = phrase.split()
        if len(words) != 3 or not self.lexicon.capitalised_nouns:
            return ""  # (most runs)
        surname = words[1].lower()
        if surname not in self._by_surname and not (surname.endswith("s") and surname[:-1] in self._by_surname):
            return ""  # (most runs; "die Pöhlmanns Anni": her surname's genitive, read by ``_short_surname_first``)
        fits = words[0].lower() in self.lexicon.definite and name_word(words[1]) and words[2][:1].isupper()
        surnamed = f"{words[1]} {words[2]}"
        if fits and not known_first_name(words[2]) and self._short_surname_first(speaker_key(surnamed)) is None:
            fits = False  # (a short form of one bearer's given name: "die Gschwendtners Resi" of Theresia)
        return surnamed if fits else ""

    def _titled_surname(self, phrase: str) -> Person | None:
        """The person named in full whose surname is a title word, mentioned by it alone ("Pastor ha descartado" after
        "Andrés Pastor", "said Dean" after "Richard Dean", "sagte Graf" after "Thomas Graf"): a title alone names
        no one, but a surname does."""
        if " " in phrase or not phrase[:1].isupper():
            return None
        key = speaker_key(phrase)
        named = [p for p in self._by_surname.get(key[-1], ()) if len(speaker_key(p.name)) > 1] if key else []
        if not named:
            return None  # (most capitalised words: no one of that surname)
        person = max(named, key=lambda p: p.seen)
        if person.organisation or speaker_key(person.name)[-1] != key[-1]:
            return None
        return person

    def names_thing(self, text: str, start: int, phrase: str) -> bool:
        """Whether the capitalised run ``phrase`` at ``text[start:]`` names a place, a building or a vessel by the noun
        right before it, or before a naming word before it (lexicon ``thing_nouns``, ``naming_words``: "devant l'école
        Jean-Moulin", "en la calle Miguel Servet", "a green boat called Kingfisher"; not "a man called Tom"): no one,
        though it may be a person's name; remembered, so that a cue crediting it ("Jean-Moulin résume") names no one."""
        lex = self.lexicon
        # (the work's title is set off by commas on both sides: most runs have none after them)
        if text.startswith(",", start + len(phrase)) and self._work_apposed(text, start, phrase):
            self._things.add(phrase.lower())
            return True
        # (the last two words alone split off, from the right: the window's others are never read)
        words = text[start - _THING_REACH if start > _THING_REACH else 0 : start].rsplit(None, 2)[-2:]
        if words and words[-1] in lex.naming_words:
            words = words[:-1]
        if not words:
            return False
        noun = words[-1][2:] if words[-1][:2].lower() in _ELIDED else words[-1]
        # (written in lower case, unless the language capitalises nouns: "House Speaker Paul Ryan" is no house's name)
        low = noun.lower()
        if low not in lex.thing_nouns or not (noun == low or lex.capitalised_nouns):
            return False
        if len(words) == 2 and words[0] in lex.complement_words and self._role_before(text, start, words):
            return False  # (round 58) "el maestro de capilla Lucas Jusacamea": what the role is of, no thing named
        self._things.add(phrase.lower())
        return True

    def _role_before(self, text: str, start: int, words: list[str]) -> bool:
        """Whether a thing noun right after an "of" link with no determiner between them (``words``: the link and the
        noun, the last before ``start``) is what a role before the link is of, a compound role ("el maestro de capilla",
        "le maître de chapelle", "the master of chapel"): a name after it is its holder's, no chapel's. A determiner
        before the noun keeps it a thing ("le directeur de l'école Jean-Moulin", "la directora de la escuela Benito
        Juárez": the school's name); the caller asks only of a thing noun."""
        before = text[max(0, start - 2 * _THING_REACH) : start].split()[-4:-2]
        if not before:
            return False
        role = before[-1]
        role = role[2:] if role[:2].lower() in _ELIDED else role
        if not role.islower() or not title_role(role, self.lexicon):
            return False
        # (a given name opens the run, or a whole name closes the sentence or is set off by a comma: "la capitana de
        # puerto Dayana Ospino.", a given name no lexicon lists; structure60)
        name = text[start : start + _ROLE_NAME_CHARS].split()[:_ROLE_NAME_WORDS + 1]
        if name and known_first_name(name[0]):
            return True
        if words[0].lower() in self.lexicon.oblique_articles:
            return False  # (an article in the link keeps the noun a thing: "la gobernadora del estado Delta Amacuro")
        whole = list(takewhile(lambda w: w[:1].isupper() and w.rstrip(".,;:").replace("-", "").isalpha(), name))
        ends = len(whole) == len(name) and start + _ROLE_NAME_CHARS >= len(text)  # (the mention's own end)
        closed = bool(whole) and (whole[-1][-1:] in ".,;:" or ends) and len(whole) <= _ROLE_NAME_WORDS
        parts = [w.rstrip(".,;:") for w in whole]
        return closed and len(parts) >= 2 and is_person_name(" ".join(parts))

    def _work_apposed(self, text: str, start: int, phrase: str) -> bool:
        """Whether the capitalised run ``phrase`` at ``text[start:]`` is the title of a person's work, apposed between
        commas to a possessive and a noun for a work, maybe with what it is of ("his collection of puzzles, Cross
        Purposes, sold out", "son recueil, Mots en croix, ...", "su libro, Cartas del Moncayo,"; not "his book, Anna
        Berg said," nor "in the report, Vote Leave, ...")."""
        lex = self.lexicon
        end = start + len(phrase)
        if text[end : end + 1] != "," or text[start - 2 : start] != ", " or known_first_name(phrase.split()[0]):
            return False
        words = text[max(0, start - _THING_REACH) : start - 2].split()[-4:]
        if len(words) == 4 and words[2] in lex.complement_words:
            words = words[:2]  # "his collection of puzzles": the noun before what the work is of
        return len(words) > 1 and words[-1].lower() in lex.work_nouns and self.possessive(words[-2].lower())

    def _thing_named(self, mention: str) -> bool:
        """Whether a mention is a thing's name after its noun ("boat called Kingfisher", "l'école Jean-Moulin")."""
        name = _INNER_CAPITAL.search(mention)
        return name is not None and self.names_thing(mention, name.start(), mention[name.start() :])

    def _nationality(self, name: str) -> bool:
        """Words the lexicon lists for a nationality ("Chinese", "Swede", "African American", "African-American"), not
        the country ("Pakistan said in a statement" speaks for it), and no first name ("Dane Cook" is a man): they name
        no one alone ("the Swede" finds a person as a description)."""
        words = name.lower().replace("-", " ").split()
        affiliations = self.lexicon.affiliations
        return all(affiliations.get(w, w) != w for w in words) and words[0] not in _ANY_FIRST_NAME

    def _place(self, name: str) -> bool:
        """A place the lexicon names ("California", "Beijing"), and no first name ("Georgia" may be a woman)."""
        low = name.lower()
        return low in self.lexicon.place_names and low not in _ANY_FIRST_NAME

    def _member_of_body_after(self, person: Person, after: str) -> None:
        """The field of the body the text ``after`` a person's name, opening on a link (lexicon ``member_links``),
        names them of ("Jens Kuhnert von der IG Metall", "Ann Roe of the Rail Union", "Paul Morin, du syndicat
        Sud-Rail") is the person's: "der Gewerkschafter", "the unionist", "le syndicaliste" find them
        (``_affiliated``)."""
        lex = self.lexicon
        rest = after.lower().replace("’", "'")
        link = next((k for k in lex.member_links if rest.startswith(k) and rest[len(k) : len(k) + 1] in " '"), "")
        if not link:
            return
        for word in rest[len(link) :].lstrip("' ").split()[:_MEMBER_WORDS]:
            if (found := _body_field(word.strip(_PUNCTUATION), lex)) is not None:
                person.role_words.add(found)
                return

    def _noun_before(self, person: Person, before: str) -> None:
        """A nationality before a name ("the Dane Anders Sample": "the Dane" is him); in a language that
        capitalises nouns, any noun right before a name is what the person is called ("Kapitän Lukas Brandt":
        "der Kapitän" is him), though the lexicon lists no such title."""
        lex = self.lexicon
        words = before.split()
        for word in words:
            # ("Portugal's Ines Carvalho": a country as the owner says it too)
            if (affiliation := lex.affiliations.get(word.lower().removesuffix("’s").removesuffix("'s"))) is not None:
                person.role_words.add(affiliation)
        if (
            not lex.capitalised_nouns
            and len(words) == 1
            and (words[0].islower() or words[0].istitle() and self._common(words[0]))
            and self._unlisted_noun(low := words[0].lower())
        ):
            # "said coxswain Gareth Penhale": "the coxswain" is him; "Ustad John Sample", a form of address no lexicon
            # lists that the article writes as a noun elsewhere: "the ustad" (not "Republican Donald Trump": no one
            # is "the republican")
            self._call(person, low)
        if not lex.capitalised_nouns or len(words) != 1 or not words[0].isalpha():
            return
        if words[0].lower() not in FUNCTION_WORDS and not title_role(words[0], lex):
            self._call(person, words[0].lower())

    def _given_name(self, name: str) -> bool:
        """Whether ``name`` is one first name the article's language knows ("Jana")."""
        return len(name.split()) == 1 and name.lower() in self.lexicon.first_name_gender

    def _called_by_role(self, phrase: str, name: str) -> bool:
        """Whether a phrase is a noun for a person by its ending, no title, and one word after it ("Chorkollege Mats",
        "Vormann Hauke"): a noun of a team or a trade goes with a first name, a title as often with a surname the
        article gives in full elsewhere ("Bauernpräsidentin Kessler" of two Kesslers)."""
        words = phrase.split()
        if len(words) == 3 and words[0].lower() in self.lexicon.possessives:
            words = words[1:]  # ("Sein Vereinskollege Jannes")
        noun = words[0].lower()
        role = noun.endswith(self.lexicon.role_endings) and not title_role(noun, self.lexicon)
        return len(words) == 2 and words[1] == name and role

    def _titled_alone(self, phrase: str, name: str) -> bool:
        """Whether a phrase credited with words is a title and a surname no one of the article bears
        ("Amtsgerichtsdirektorin Kowalke", "Bürgermeisterin Kowalke" opening a court or council report that never gives
        her first name): the person the title names, as "Herr Kowalke" is (structure59). A surname someone of the
        article bears was looked up before (``find``)."""
        words = phrase.split()
        title = words[0].lower()
        return (
            len(words) == 2
            and words[1] == name
            and bool(title_role(title, self.lexicon))
            and not known_first_name(name)  # ("Trainer Ruud den Boer": a first name, the run cut at its particle)
            and not self._common_noun(name)
            # (an office's compound is a body, the word after it its place: "Schulinspektorat Graz")
            and not any(title.endswith(w) for w in self.lexicon.organisation_words if len(w) >= _BODY_COMPOUND_END)
        )

    def _roled(self, phrase: str, name: str) -> bool:
        """Whether a titled mention gives a role ("President Obama"; not "Former Mexican presidents")."""
        return bool(roles_of(phrase, name, self.lexicon.code) - self.lexicon.role_modifiers)

    def _voiceless(self, key: str) -> bool:
        """Whether a description's noun is a thing said to say words no one speaks (lexicon ``voiceless_nouns``: "the
        sign", "my gut", "der Bauch", "la pancarte", "el cartel"), after its determiner and any adjectives; a German
        compound by its last part ("das Wahlplakat" is no one either, its part after a hyphen: "das SPD-Plakat")."""
        lex = self.lexicon
        words = key.split()
        if len(words) < 2 or not (words[0] in lex.determiners or words[0] in lex.possessives):
            return False
        head = words[-1].rpartition("-")[2]
        if head in lex.voiceless_nouns:
            return all(w.isalpha() and w.islower() for w in words[1:-1])  # (not "the text of the law")
        return bool(lex.capitalised_nouns) and any(head.endswith(n) and len(n) > 3 for n in lex.voiceless_nouns)

    def resolve(
        self,
        mention: str,
        besides: str | None = None,
        plural: bool = False,
        turn: bool = False,
        given: bool = False,
    ) -> str | None:
        """The full name a mention stands for; pronouns go to the latest compatible topic (None if none), never to the
        person named ``besides`` (the one the cue's verb addresses: "he told Rubio" is no Rubio); ``plural``: the
        pronoun, of either number ("sie"), is plural by its verb, so stands for a body or no one; ``turn``: the mention
        is a quote's cue that may pass the turn in an exchange (``_in_turn``), not one that says the speaker goes on;
        ``given``: a name's first word is a given name though the lexicon knows none (:meth:`given_name_set_off`)."""
        key = mention.strip().lower()
        self._lead_read = None
        pronoun = self.lexicon.pronouns.get(key)
        if pronoun is not None:
            gender = str(pronoun.gender) if pronoun.gender in (Gender.MALE, Gender.FEMALE) and not plural else ""
            if pronoun.person == 1 and pronoun.number is Number.SINGULAR:
                return self.writer  # "As I wrote here in March:": the writer, whose name a byline gives if any
            if pronoun.person != 3:
                person = None  # "we": the writers or a group the article never names as such
            elif plural:
                # "Die Stadtwerke erhöhen die Preise. Sie erklärten:": the body the text was just about, else a group
                # the text does not name ("Sie forderten „…“" of residents just met)
                latest = next(reversed(self._topics.values()), None)
                person = latest if latest is not None and latest.organisation else None
            elif pronoun.number is Number.PLURAL:
                person = self._group()
            elif self._thing_called(key):
                return None  # "Die Zeitung schürt Angst. Sie enthielt Artikel wie: „…“": the paper, no woman
            elif gender:
                other = self.find(besides) if besides else None
                person = (
                    self._body_called(key)
                    or turn
                    and self._in_turn(gender, other)
                    or self._referent(gender, other)
                )
            else:
                person = self._body()
            if person is None:
                return None  # a pronoun is never a speaker: unresolved, the quote has none
            if not person.gender:
                person.gender = gender
            if self._role_leads:
                self._lead_read = self._lead_now(gender)  # "The minister told the kirk …. “…,” she said."
            self._touch(self._topics, person)
            return _name(person)
        if (pointer := self.lexicon.demonstratives.get(key)) is not None:
            return self._topic_name(self._pointed(pointer))  # "the latter", "Letzterer", "ce dernier", "Esta"
        if self._demonstrated_noun(key):
            return self._topic_name(self._demonstrated(key.split()[1]))  # "this official", "dicho funcionario"
        if (owner := self.lexicon.owner_possessives.get(key)) is not None:
            # "Su pregunta: «…»", "Seine Antwort:": the owner of the words, whom the text is about (of the gender the
            # possessive tells, if it tells one)
            # (a body the sentence before named last is the owner: "Das Bundesamt … hatte gewarnt. Seine Warnung
            # lautete:")
            topics = (p for p in reversed(self._topics.values()) if not p.organisation)
            person = self._possessive_body(key) or (self._referent(owner) if owner else next(topics, None))
            return _name(person) if person is not None else None
        if key in self._things or self._thing_named(mention):
            return None  # "... devant l'école Jean-Moulin résume", "boat called Kingfisher": a place names no one
        if self._aliases and (aliased := self._aliases.get(key)) is not None:
            self._touch(self._topics, aliased)
            return _name(aliased)  # "MK added:" of "Maureen Kilbride (MK)": she (``alias``)
        if mention.strip() in _ANY_HONOUR_LETTERS:
            # "Géraldine Chiasson, MBA, préfète du comté, a annoncé": letters set off after a name are that person's,
            # the one just named, never a body or a speaker of their own
            latest = next(reversed(self._named.values()), None)
            return _name(latest) if latest is not None and not latest.organisation else None
        if (defined := self._defined(key)) is not None and key != defined.name.lower():
            self._touch(self._topics, defined)
            return defined.name  # "RMF", "San Íñigo" of "la residencia San Íñigo": the body defined so (``define``)
        # (a word of capitals alone, asked in C first: most mentions hold a letter in lower case)
        if mention.isupper() and (lettered := self._lettered_person(mention)) is not None:
            return _name(lettered)  # "Dr. Marissa Itsimaera, FRACP, has asked …:": letters no lexicon lists, hers
        lex = self.lexicon
        if lex.pro_drop and (
            key in lex.cue_verbs or key in lex.copulas or mention.strip().islower() and singular_finite(lex, key)
        ):
            # "«...», explica.", "fue clara: «...»", "Luego se acordó de ...: «…»": the subject the language leaves out
            # is whom the text is about
            person = next(reversed(self._topics.values()), None)
            if self._role_leads:
                self._lead_read = self._lead_now("")  # "El árbitro principal destacó el nivel. «…», afirmó."
            return _name(person) if person is not None else None
        if FUNCTION_WORDS.issuperset(key.split()):
            return None  # "It", "Which", "that the", "The", "Er": no speaker at all, in any language
        if self._relative_clause(key.split()):
            return None  # "der seinen Namen nicht nennen wollte": a cue's span ran back into a relative clause
        if self._unnamed_source(mention):
            return None  # "según las mismas fuentes", "die Quelle", "Palestinian sources": no one the article names
        if self._voiceless(key):
            return None  # "the sign reads", "wenn der Bauch „Ja“ sagt": words no one speaks, not even as written
        words = key.split()
        if self._role_leads and self._role_leads[-1].clock == self._clock and words[0] in self.lexicon.definite:
            # (a dropped subject, the sentence before's: "El árbitro principal del torneo destacó …. «…», afirmó.")
            lead = self._lead_now(self._description_gender(words, words[-1]))
            self._lead_read = lead if lead is not None and self._lead_head(words) == lead.head else None
        if (
            len(words) > 1
            and words[0] in self.lexicon.determiners
            and words[-1] in self.lexicon.bench_nouns
            and self.lexicon.definite_genders.get(words[0]) is not Gender.MALE
        ):  # ("der Richter": one judge, a person; "die Richter" the bench)
            if (court := self._court()) is not None:
                self._touch(self._topics, court)
                return court.name  # "relèvent les juges": the court the text named, whose judgment it is
        if (aged := self._aged(mention.strip())) is not None:
            self._touch(self._topics, aged)
            return _name(aged)  # "said the elder Pike": the father, though his son was named last
        if len(words) > 3 and words[1] in self.lexicon.married_name_titles and words[2] == "de":
            # "la señora de Cedeño": the woman named with her husband's surname ("Aurelia Vergara de Cedeño"), else whom
            # "la señora" stands for (never the husband, whom the surname alone finds)
            wife = self._married_name(" ".join(words[2:]))
            if wife is not None:
                self._touch(self._topics, wife)
            return _name(wife) if wife is not None else self.resolve(" ".join(mention.split()[:2]))
        if (issuer := self._issuer(mention.strip())) is not None:
            self._touch(self._topics, issuer)
            return issuer.name  # "un comunicado de la Consejería", "a statement from the water board"
        if key.split()[0] in self.lexicon.indefinite and (described := self._described_name(mention)) is not None:
            self._touch(self._topics, described)
            return described.name  # "an angry Hollande", "a visibly shaken Obama": the person, as the text shows them
        # (or a definite one after the body's own name in capitals: "the Ministry of Foreign Affairs spokesperson")
        opening = mention.split()[:2]
        named_voice = len(opening) == 2 and opening[0].lower() in self.lexicon.definite and opening[1][:1].isupper()
        voicing = key.split()[0] in self.lexicon.indefinite or named_voice
        if voicing and "," not in key and (voiced := self._voiced(mention)):
            self._touch(self._topics, voiced)
            return voiced.name  # "a government spokesperson": the body named before, whose words they speak
        counted = self.lexicon.number_words.get(key.split()[0], 0) > 1  # "Two senior officials", "drei Anwohner"
        if (key.split()[0] in self.lexicon.indefinite or counted) and "," not in key and self._unnamed(mention):
            # "a senior Western official", "un alto cargo", "Eine Besucherin", "two officials": someone the article
            # leaves unnamed (the mention says who); a document stands as written for its unnamed author ("a report",
            # "one Clinton ad")
            if self._noun_kind(key.split()[-1]) is _Noun.DOCUMENT:
                return mention.strip()
            self.newcomer(mention.strip(), speaker=True)
            return None
        if (
            len(words) == 3
            and words[0] in self.lexicon.definite
            and self.lexicon.number_words.get(words[1], 0) > 1
            and not self._people_of(words[2], words[1])
        ):
            return None  # "a joint statement of the two museums": things or bodies counted, none named, no speaker
        if len(words) == 3 and words[1] in lex.particle_articles and (bearer := self._surname_before_object(mention)):
            self._touch(self._topics, bearer)
            return _name(bearer)  # "So stellte Keller den Entwurf vor": Jonas Keller, named before, not "Keller den …"
        # ("the Portuguese grandmaster": the description keeps the noun a name would not; a body's name is no person's:
        # "la Compagnie des Îles du Ponant" names no Mr. Ponant)
        if named_voice and (nationality := self._called_by_nationality(mention)) is not None:
            self._touch(self._topics, nationality)
            return _name(nationality)  # "a reconnu le Béninois": the man named "le Béninois Fiacre Houngbo" before
        named = self._named_part(mention)
        # ("La Rectora recordó", its article outside the cue's span: the person the article called a rectora, as
        # "la rectora" would be, never a Ms. Rectora; a known name comes first)
        called = self._called(key.split()[0]) if mention[:1].isupper() and self.find(named) is None else None
        if called is None and " " in key and (office := key.split(maxsplit=1))[0] in self.lexicon.definite:
            # ("said the Rangbah Shnong": the office in capitals given before a name, ``_office_in_capitals``)
            called = self._called(office[1]) if mention.split(maxsplit=1)[1][:1].isupper() else None
        # ("the Kanganaman dancers", "the Leeds fans": the group as written, not the place or body they are of)
        grouped = called is None and mention.count(" ") > 1 and self._group_of_named(mention, named)
        if called is not None:
            person = called
        elif grouped:
            person = None
        else:
            whole = self._named_body(named)  # ("la Compagnie des Îles du Ponant": no Mr. Ponant)
            introduced = None if whole else self.introduce(named, True, True, given, cued=True)
            person = None if whole else introduced or self.described(mention)
        mention = mention if grouped else named
        if (
            person is None
            and key.split()[0] not in self.lexicon.determiners
            and title_role(key.split()[-1], self.lexicon)
        ):
            # "sagte Verbandschef", "frühere Staatsanwalt": a role with its determiner lost is still a description
            person = self.described(f"{self._article_for(key.split()[-1])} {key}")
        if person is None and len(key.split()) == 1 and self._noun_kind(key) is _Noun.BODY:
            person = self._body_holding([key])  # "Institution said", the Smithsonian Institution named before
        if person is not None:
            self._touch(self._topics, person)
            return _name(person)
        if len(words) == 1 and self._noun_kind(words[0]) is _Noun.DOCUMENT:
            return None  # "Ihr Gutachten hält fest:" read as "Gutachten": no determiner, no one (not "the email")
        body = body_name(mention.strip(), self.lexicon.code)  # "University of Northfield": not "Northfield"
        # (a group as written: "the second graders", "the Sunday school children", never cut at "second", "Sunday")
        group = mention.split(maxsplit=1)[1] if grouped or self._group_in_lower_case(mention) else ""
        name = body or self._owned_as_written(mention) or group or self._untitled(mention) or mention.strip()
        if self.lexicon.genitive_links and not body and (role := self._genitive_role(mention.split(), name)):
            # "sagte die Präsidentin des Vereins", no president known: the description as written, as "the head of
            # the office" is, never the genitive's capitalised noun ("Vereins") taken for a name
            self._unheld_roles.add(role)
            return mention.strip().split(maxsplit=1)[1]
        if name.split()[0] in self.lexicon.complement_words:
            name = mention.strip().split(maxsplit=1)[-1]  # "la candidate de gauche": never "de gauche"
        words = name.lower().split()
        if not words or all(w in FUNCTION_WORDS for w in words) or not body and not self._speaks(name, mention):
            return None  # "It", "Which", "that the", "venue", "Antwort": no speaker at all, in any language
        if (
            body
            or self._speaking_body(name)
            or self._noun_kind(words[-1]) is _Noun.BODY and len(words) > 1
            or self._fuller_body(name) is not None
        ):
            # "Richmond police said", "GunBroker.com wrote": "it" next (named as the article first named it; "Die
            # Handelskammer erklärte": "sie"; "le bureau des cyclones", the "bureau des cyclones de Vacoas" named)
            return self.organisation(name, topic=True, article=key.split()[0]).name
        if self._place(name):
            self.organisation(name, topic=True)  # "Pakistan said in a statement": its government; "it" next
        if words[0] != key.split()[0] and key.split()[0] in self.lexicon.definite:
            # (the role is the speaker: its head's, not its owner's, "portavoz" of "el portavoz del alcalde")
            head = key.split()[_head_end(key.split(), self.lexicon) - 1]
            self._unheld_roles.add(title_role(head, self.lexicon) or head)
        return name

    def genitive_holder(self, description: str) -> str | None:
        """Whom a definite description before its genitive stands for, in a language that capitalises its nouns ("der
        oberste Bergretter" of "der oberste Bergretter des Tals", its head no role the lexicon lists): the person the
        article described by that noun, else the one person among the latest named given a word of the noun's stem
        ("Bergrettung" of "Der Ortsstellenleiter der Bergrettung Vent, Bergführer Hansjörg Falkner"); None otherwise,
        never a guess at whom the text is about (the caller keeps the description as written)."""
        described = self.described(description, guess=False)
        if described is not None:
            return described.name
        words = description.lower().split()
        head = words[_head_end(words, self.lexicon) - 1] if len(words) > 1 else ""
        if len(head) < _STEM_CHARS:
            return None
        stem = head[: max(_STEM_CHARS, len(head) * _STEM_SHARE // 100)]
        holders = {
            id(p): p
            for p in self._in_reach()
            if not (p.organisation or p.anonymous) and any(w.startswith(stem) for w in p.role_words)
        }
        return next(iter(holders.values())).name if len(holders) == 1 else None

    def _genitive_role(self, written: list[str], name: str) -> str:
        """The role of a definite description whose head a genitive's article follows, in a language that capitalises
        its nouns ("präsidentin" of "die Präsidentin des Vereins", ``written`` as written), when the name read from it
        is only the genitive's words ("Vereins", "Amtes für Umwelt"), perhaps after adjectives in lower case ("des
        städtischen Tierheims"); "" otherwise. A spokesperson's genitive is the body they speak for ("der Sprecher des
        Ministeriums"), no role of theirs."""
        words = list(map(str.lower, written))
        if len(words) < 4 or words[0] not in self.lexicon.definite:
            return ""
        end = _head_end(words, self.lexicon)
        if end > len(words) - 2 or words[end] not in self.lexicon.genitive_links:
            return ""
        role = title_role(words[end - 1], self.lexicon)
        adjectives = end + 1
        while adjectives < len(words) - 1 and adjectives < end + 3 and written[adjectives].islower():
            adjectives += 1  # ("des städtischen Tierheims", "der neuen freiwilligen Feuerwehr")
        tail = " ".join(words[adjectives:])
        if not role or role in self.lexicon.voice_roles or not tail.startswith(name.lower()):
            return ""
        return role

    def _group_of_named(self, mention: str, name: str) -> bool:
        """Whether a mention is a determiner, a name and a plural noun in lower case after it ("the Kanganaman
        dancers", "the Leeds fans", "les Genevois présents" is not: its noun comes first): people of a place or of a
        body, whom the name only qualifies (``name``: the name part the cast read in the mention, "The Leeds")."""
        words = mention.split()
        lower = len(list(takewhile(str.islower, reversed(words))))  # (the nouns after the name: "youth choir")
        return (
            len(words) > 2
            and 0 < lower <= _GROUP_NOUNS
            and words[0].lower() in self.lexicon.determiners
            and name.split()[-1] in words[-lower - 1 :]
            and words[-lower - 1][:1].isupper()
            and self._group_noun(words[-1])
        )

    def _group_in_lower_case(self, mention: str) -> bool:
        """Whether a mention is a determiner and up to three words in lower case, the last a noun for a group
        ("the second graders", "die älteren Schüler"): the group as written, none of its words a title to strip."""
        words = mention.split()
        return (
            2 < len(words) <= _GROUP_NOUNS + 2
            and words[0].lower() in self.lexicon.definite
            and all(w.islower() and w.isalpha() for w in words[1:])
            and self._group_noun(words[-1])
        )

    def _group_noun(self, word: str) -> bool:
        """A noun in the plural (by the lexicon's ``plural_endings``), for a group (``collective_nouns``) or for a
        crowd (``crowd_nouns``: "the student section", "the home crowd", "the away end")."""
        ending = any(word.endswith(end) and len(word) > len(end) + 2 for end, _ in self.lexicon.plural_endings)
        return ending or word in self.lexicon.collective_nouns or word in self.lexicon.crowd_nouns

    def _topic_name(self, person: Person | None) -> str | None:
        """The name of the person a mention stood for, now whom the text is about (None for no one)."""
        if person is None:
            return None
        self._touch(self._topics, person)
        return _name(person)

    def _pointed(self, pointer: Demonstrative) -> Person | None:
        """The person a demonstrative stands for among the people the text named last ("Aoife Barry ... and Pádraig
        Lynch": "the former" is Aoife Barry, "the latter" Pádraig Lynch): the latter the latest of the gender its form
        shows ("Cette dernière" is the last woman named), the former the one named before the latest, when of that
        gender. Naming no one, it leaves the order as it was: "the former" then "the latter" are still those two."""
        gender = str(pointer.gender)
        people = (p for p in self._named.values() if not (p.organisation or p.anonymous))
        named = iter(sorted(people, key=lambda p: p.written, reverse=True))
        if pointer.pointing is Pointing.LATTER:
            return next((p for p in named if not gender or p.gender in (gender, "")), None)
        former = next(islice(named, 1, None), None)
        return former if former is not None and (not gender or former.gender in (gender, "")) else None

    def _demonstrated_noun(self, key: str) -> bool:
        """Whether a mention in lower case is a demonstrative determiner and a noun for a person ("this official",
        "dicho funcionario"; not "that he" of "requests that he")."""
        words = key.split()
        return len(words) == 2 and words[0] in self.lexicon.demonstrative_determiners and self._person_noun(words[1], True)

    def _demonstrated(self, noun: str) -> Person | None:
        """The person a demonstrative determiner and a noun for a person stand for ("this official", "dicho
        funcionario", "diese Beamtin"): the person last given that role, else the latest named of the gender the noun
        tells, as "the latter" would be."""
        description = [self._article_for(noun), noun]
        gender = self._description_gender(description, noun)
        latter = Demonstrative(
            Pointing.LATTER, Gender(gender) if gender in (Gender.MALE, Gender.FEMALE) else Gender.UNKNOWN
        )
        return self.described(" ".join(description), guess=False) or self._pointed(latter)

    def _owned_as_written(self, mention: str) -> str:
        """A definite description of someone's role as written, without its article ("mayor's chief of staff",
        "collector's personal assistant", "Referentin des Bürgermeisters": the owner tells whose, no title to strip), or
        "" for any other mention."""
        lex = self.lexicon
        written = mention.split()
        words = list(map(str.lower, written))
        if len(words) < 3 or words[0] not in lex.definite:
            return ""
        possessive = any(w.endswith(("’s", "'s")) and w[:1].islower() for w in written[1:-1])
        return " ".join(written[1:]) if possessive or role_owner(words, _head_end(words, lex), lex) else ""

    def _married_name(self, married: str) -> Person | None:
        """The latest person named with a married name ending ``married`` ("de cedeño" of "Aurelia Vergara de
        Cedeño")."""
        bearers = [p for p in self._by_surname.get(married.split()[-1], ()) if p.name.lower().endswith(f" {married}")]
        return max(bearers, key=lambda p: p.seen, default=None)

    def _unnamed_source(self, mention: str) -> bool:
        """Whether a mention describes a source the article leaves unnamed: a source noun (lexicon source_nouns) within
        its first three words, after words in lower case only ("las fuentes palestinas", "according to the same
        sources", "Palestinian sources"; not "White House sources", a body's, nor a surname: "la Fuente")."""
        words = mention.split()
        lex = self.lexicon
        for i, word in enumerate(words[:3]):
            low = word.lower()
            if low[1:2] in _APOSTROPHES and low[:1] in "dl":
                low = low[2:]  # an article written onto the noun: "L'entourage du ministre a assuré :"
            # (a language that compounds its nouns writes a source into one word: "Parteikreisen", "Regierungskreise")
            compound = lex.compound_nouns and any(
                low.endswith(n) and len(n) >= _COMPOUND_PART for n in lex.source_nouns
            )
            if low in lex.source_nouns or compound:
                # (a capital is a surname's, "Carmen de la Fuente", "dijo Fuentes", unless the language capitalises its
                # nouns or the word opens the sentence before words in lower case, "Fuentes municipales", or alone,
                # no one being known by it: "Sources close to the union say:", "Fuentes cercanas a X señalan:")
                noun = word.islower() or lex.capitalised_nouns
                opening = i == 0 and (len(words) > 1 and words[1].islower() or len(words) == 1 and not self.find(word))
                return (noun or opening) and all(w.islower() for w in words[1:i])
        return False

    def _relative_clause(self, words: list[str]) -> bool:
        """Whether lower-case words open on an article that is also a relative pronoun, then a determiner, a possessive
        or a pronoun: no noun phrase opens so, a relative clause does ("der seinen Namen nicht nennen wollte", "die ihn
        kannte", "der den Preis gewann"; not "der Sprecher")."""
        lex = self.lexicon
        if len(words) < 2 or words[0] not in lex.relative_articles:
            return False
        second = words[1]
        return second in lex.determiners or second in lex.possessives or second in lex.pronouns

    def _issuer(self, mention: str) -> Person | None:
        """Who a document of theirs speaks for ("un communiqué du groupe", "a statement from the water board", "a
        Wednesday editorial in The Des Moines Register", "a paper from the left-leaning Brookings Institution"): the
        latest organisation whose name holds the words after the document noun, or the one they describe; a name there
        is the person the article named so, else a body of that name."""
        lex = self.lexicon
        written = mention.split()
        words = list(map(str.lower, written))
        if len(words) > 2 and lex.capitalised_nouns and self._noun_kind(words[0]) is _Noun.DOCUMENT:
            noun = 0  # (where nouns are capitalised, with no article: "Laut Bericht der Feuerwehr")
        elif len(words) < 4 or words[0] not in lex.determiners and words[0] not in lex.articles:
            return None  # (an article the determiners leave out: "dem Bericht der Feuerwehr")
        else:
            # (the document noun may have a word before it: "a Wednesday editorial", "the committee's report")
            noun = next((i for i in (1, 2) if self._noun_kind(words[i]) is _Noun.DOCUMENT), -1)
        link = noun + 1
        if noun < 0 or link >= len(words) or words[link] not in lex.complement_words and words[link] not in lex.prepositions:
            return None
        start = link + 1
        while start < len(words) - 1 and (words[start] in lex.determiners or written[start].islower()):
            start += 1  # "from the left-leaning Brookings Institution": the name after the words describing it
        owner = words[start:] if start < len(words) and written[start][:1].isupper() else words[link + 1 :]
        if not owner or owner[0] in lex.determiners:
            owner = owner[1:]
        if not owner:
            return None
        name = " ".join(written[len(words) - len(owner) :])
        found = self._body_holding(owner)
        if found is None and len(owner) == 1 and self._people_of(owner[0], words[-2]):
            # "un communiqué des organisateurs", "a statement from the organisers", "einer Mitteilung der Veranstalter":
            # the group speaks, as written, never one person guessed to be of it (the minister quoted before)
            return self.organisation(name, topic=True)
        # (a guess at whom the text is about only for a noun for a person: "un communiqué de la directrice")
        people = any(self._person_noun(w, lexical=False) for w in owner if w not in FUNCTION_WORDS)
        found = found or self.described(f"{lex.definite[0]} {' '.join(owner)}", guess=people)
        if (found is None or not found.organisation) and (
            owner[0] in lex.town_bodies or self._noun_kind(owner[-1]) is _Noun.BODY
        ):
            # "un comunicado de la Alcaldía", "einer Mitteilung der Stadt (Oberhausen)", "un communiqué de la
            # préfecture": the body of that kind speaks, never the person who heads it ("el alcaldía" is no mayor)
            return self.organisation(name, topic=True)
        if found is None and not people and name.islower() and (owner[1:] or owner[0] not in lex.thing_nouns):
            # "le rapport de la station de pilotage", "el informe de la capitanía de puerto": a body named in lower case
            # by no noun for a person is that body, its name as a name opens ("Station de pilotage", as "le tribunal de
            # Lyon" is the "Tribunal de Lyon"), never whom the text is about (the mayor quoted before); not a thing's
            # document ("le rapport du bateau")
            return self.organisation(name[:1].upper() + name[1:], topic=True)
        if found is None and all(name_word(w) or w.lower() in _NAME_JOINERS for w in name.split()):
            found = self.find(name) or (self.organisation(name) if not known_first_name(name.split()[0]) else None)
        return found

    def _people_of(self, noun: str, before: str) -> bool:
        """Whether a noun (lower case) names people in the plural ("organisers", "organisateurs", "organizadores"; in
        German a masculine noun after the genitive "der", "der Veranstalter"), ``before`` the word before it."""
        lex = self.lexicon
        singulars = [noun[: len(noun) - len(end)] + base for end, base in lex.plural_endings if noun.endswith(end)]
        if any(title_role(s, lex) or self._person_noun(s, lexical=False) for s in singulars if s != noun):
            return True
        # (a German masculine noun is the same in the plural: its genitive article tells, "der" of many, "des" of one)
        return lex.capitalised_nouns and before == "der" and self._person_noun(noun, lexical=False) and not (
            lex.feminine_endings and noun.endswith(lex.feminine_endings)
        )

    def _voiced(self, description: str) -> Person | None:
        """The organisation an unnamed spokesperson speaks for ("a government spokesperson" after "the Welsh
        Government", "a Harlow Water spokesman"), or None."""
        words = description.split()[1:]
        if len(words) > 2 and title_role(words[0], self.lexicon) in self.lexicon.voice_roles:
            return self._body_after(words[1:])  # "ein Sprecher der RMF", "un porte-parole de la SNCF"
        if not words or title_role(words[-1], self.lexicon) not in self.lexicon.voice_roles:
            return None
        if len(words) == 1:
            return self._body_before([], words[0])  # "eine Unternehmenssprecherin": the body the compound opens on
        body = self._body_holding([w.lower() for w in words[:-1]])
        named = body_name(" ".join(words[:-1]), self.lexicon.code) if body is None else ""
        return self.organisation(named) if named else body

    def _described_name(self, description: str) -> Person | None:
        """The known person an indefinite article, words in lower case and a name stand for ("an angry Hollande": the
        text shows him in a mood), or None ("a New Hampshire Democrat", "a Trump supporter" name no one)."""
        words = description.split()
        if len(words) < 3 or not words[-1][:1].isupper() or not all(_mood(w) for w in words[1:-1]):
            return None  # (not "a senior Cruz", "one district GOP": a cue's span cut before the noun, "adviser")
        person = self.find(words[-1])
        return person if person is not None and not person.organisation else None

    def newcomer(
        self, description: str, speaker: bool = False, lexical: bool = False, known: Callable[[], bool] | None = None
    ) -> bool:
        """Note someone the article leaves unnamed: an indefinite description of a person credited with words ("a
        senior campaign official said", ``speaker``) or opening a sentence ("A retired teacher stood up", "Ein
        Dauerkarteninhaber hatte aufgegeben"). The text is about them now: a pronoun after them is theirs and names no
        one, never someone named before them; a description by their noun ("the official") is theirs too. False when
        the words describe no person (a thing, a document, or a name: "A Plus reporter Isaac Saul"). The description
        ends in its head noun; ``lexical``: a noun the lexicon lists for a person, not one known by its ending alone;
        ``known``: whether the words around the noun show a person, whatever the noun (``subject_unnamed``; asked
        only of a noun no lexicon lists)."""
        lex = self.lexicon
        words = description.split()
        head = words[-1].lower()
        one = self._one_of(description, head)  # (a plural head is a person's noun in the singular: "asesores")
        if len(words) < 2 or not self._unnamed(description):
            return False
        # (a compound written with a hyphen is a noun too: "Ein Ringrichter-Assistent, der seinen Namen nicht …")
        if not (
            self._person_noun(one or head, lexical) or known is not None and head.replace("-", "").isalpha() and known()
        ):
            return False
        if one:
            head, words = one, [*words[:-1], one]  # "one of his legal advisers": one adviser, whom "the adviser" finds
        roles = roles_of(" ".join(words).lower(), "", lex.code) - lex.role_modifiers
        if not roles.isdisjoint(lex.interviewer_roles):
            return False  # "“Will you resign?” a reporter asked. “No,” she said.": the answer is the subject's
        person = Person(description, anonymous=True, quoted=speaker)
        if (voiced := self._voiced(description)) is not None:
            person.speaks_for = voiced.name  # "Eine Unternehmenssprecherin sagte, ... „...“, sagte sie.": the company's
        # (many of them, "a lot of people", "Two senior officials": a "they", never a "he" or "she")
        many = not one and _PLURAL_NOUN.search(head)
        person.gender = _MANY if many else self._told_gender([w.lower() for w in words], head)
        person.sure = bool(person.gender)  # (told by the noun: "Ein Spaziergänger" is no "die Vereinsvorsitzende")
        self._call(person, head)
        person.roles |= roles
        if roles:
            # ("One second-year student, who did not want to be named, said …": "the student" is no student named
            # before, "Amira Haddad, 19, a first-year law student,"; the role as written is theirs as much)
            self._describe(person, description)
        self._touch(self._named, person)
        self._touch(self._topics, person)
        self._unnamed_lead = None if speaker else person
        return True

    def _one_of(self, description: str, head: str) -> str:
        """The singular of the head noun of a description of one of many ("one of his legal advisers" -> "adviser",
        "eine der Beraterinnen" -> "beraterin"), or "" when the description is of no such form (lexicon
        ``partitives``, ``plural_endings``)."""
        lex = self.lexicon
        low = description.lower()
        if not any(low.startswith(opening) and low[len(opening) : len(opening) + 1] == " " for opening in lex.partitives):
            return ""
        singulars = [head[: len(head) - len(end)] + base for end, base in lex.plural_endings if head.endswith(end)]
        known = (w for w in singulars if title_role(w, lex) or self._noun_kind(w) is _Noun.PERSON)
        return next(known, singulars[-1] if singulars else head)

    def _apposed_gender(self, text: str) -> str:
        """The gender a noun for a person set off right after a name tells, past an age ("Grâce Mbolo, 14 ans, fille
        d'une planteuse,", "Ann Cole, 14, the daughter of a grower,", "Lena Berg, 14, Tochter einer Bäuerin,"): read
        before the name is taken as an unnamed person's named after (:meth:`_named_after`), or ""."""
        lex = self.lexicon
        for part in text.split(",", 3)[1:3]:
            words = part.split()[:2]
            # (the noun after a determiner or a possessive: "la fille", "the daughter", "sa fille")
            if len(words) > 1 and (words[0].lower() in lex.determiners or words[0].lower() in lex.possessives):
                words = words[1:]
            if words and (gender := title_gender(words[0], lex)):
                return gender
        return ""

    def _named_after(self, lead: Person, person: Person, gender: str) -> None:
        """Someone unnamed opening a sentence, then a name new to the article as the next subject ("A senior midwife
        told the inquiry ... Carys Llewellyn, who worked on the unit, said ...", "un adolescent a retrouvé ... Mathis
        Kervella rangeait son vélo"): the name is whom the description introduced, and their noun finds it."""
        self._unnamed_lead = None
        latest = next(reversed(self._topics.values()), None)
        if latest is not lead or lead.gender == _MANY or gender and lead.gender not in ("", gender):
            return
        person.roles |= lead.roles
        self._call(person, *lead.named_as)
        person.gender = person.gender or lead.gender
        del self._topics[id(lead)]
        del self._named[id(lead)]

    def subject_unnamed(self, text: str, start: int) -> bool:
        """Whether an indefinite description of a person opens the sentence at ``start`` ("A retired teacher stood up
        ...", "Une spectatrice a filmé ..."): the unnamed person is noted as what the text is about (:meth:`newcomer`).
        Its head is a noun the lexicon lists for a person, or one of a person's ending right before a function word, a
        cue verb or a mark ("Ein Dauerkarteninhaber auf der Tribüne"; not "A floor fight could")."""
        lex = self.lexicon
        words: list[str] = []
        for word in text[start : start + _ROLE_REACH].split()[: _DESCRIPTION_WORDS + 1]:
            bare = word.rstrip(_PUNCTUATION)
            low = bare.lower()
            # (a noun of a person that is another language's function word, German "man", when the clause after it
            # withholds the name: "A pickup man who asked that his name stay out of the paper said"; a bare "A man was
            # hurt" is as often no one a "he" next stands for, real pages' gold half 2 lost three to it)
            withheld = low in lex.role_nouns and self.withholds_name(text[start : start + _ROLE_REACH])
            # (a cue verb right after the article that the lexicon lists for a person is the noun: "Une juge qui …")
            cue = low in lex.cue_verbs and not (len(words) == 1 and self._person_noun(low, lexical=True))
            if words and (low in FUNCTION_WORDS and not withheld and not _acronym(bare) or cue):
                # "A teacher at the venue", "A woman who lives nearby": the description ends there (not at a body's or
                # a country's letters spelling a small word: "A municipal IT worker", "A US official")
                break
            if len(words) > 1 and low.endswith("ing") and _participle(bare):
                break  # "A volunteer selling pasties at …": a participle's phrase after the noun is no part of it
            words.append(bare)
            # (a noun by its ending alone only in a language that capitalises nouns: "Ein Dauerkarteninhaber"; an
            # English "paper" or "computer" ends like a "teacher")
            if len(words) > 1 and self._person_noun(low, lexical=not lex.capitalised_nouns):
                break  # "A retired teacher stood up"
            if bare != word:
                break  # a punctuation mark ends it
        if len(words) < 2:
            return False
        end = start + text[start:].find(words[-1]) + len(words[-1])
        first = words[0].lower()
        if first not in lex.indefinite and first not in lex.own_possessives:
            # ("My wife", "Meine Frau": the writer's, whom the article leaves unnamed; "His eldest son, who asked that
            # his name not be used,": someone whose name the text withholds, described up to the comma)
            comma = self._withheld(text, end, placed=True)
            if comma < 0:
                return False
            if len(text[end:comma].split()) <= 1:
                words, end = text[start:comma].split(), comma
            # (else a phrase of a preposition stands between: "Sa voisine de stand, qui a préféré ne pas donner son
            # nom,": the description ends on its noun)
        if self._name_after(text, end):
            return False  # "One local woman, Karen Robison, pulled ...": named right after

        def known() -> bool:
            # (a person by what stands around the noun, though no lexicon lists it: a relative only a person takes
            # after it, "One fan who queued", "Un aficionado, quien"; an article and an ending, "Eine Jeckin")
            after = text[end : end + _RELATIVE_REACH].lstrip(" ,").split(maxsplit=1)
            if after and after[0].lower() in lex.person_relatives:
                return True
            if self._withheld(text, end, placed=True) >= 0 or self._withheld_in_relative(text, end):
                # ("Ein Stammgast, der seinen Namen nicht nennen will, sitzt …", "A guide from another company, who
                # asked not to be named,": a name only a person has)
                return True
            feminine = len(words) == 2 and bool(lex.indefinite_feminine_endings)
            return feminine and self._feminine_after(first, words[1].lower())

        if not self.newcomer(" ".join(words), lexical=not lex.capitalised_nouns, known=known):
            return False
        if (comma := self._withheld(text, end, placed=True)) >= 0 or self._withheld_in_relative(text, end):
            # ("A guide from another company, who asked not to be named, said the route above Barafu Camp …": the text
            # withholds their name, so no name after them is theirs)
            comma = max(comma, end)
            self._unnamed_lead = None
            self._withheld_sentence = self._sentences
            # (and the clause's possessive tells their gender: "who did not want his name printed" is a man, whom a
            # "she" in the words he reports is not: "said she had set his arm")
            person = next(reversed(self._topics.values()), None)
            told = (self.lexicon.pronouns.get(w) for w in text[comma : comma + _WITHHELD_REACH].lower().split()[:8])
            gender = next((str(p.gender) for p in told if p and p.number is Number.SINGULAR and p.gender), "")
            if person is not None and person.anonymous and not person.gender and gender:
                person.gender, person.sure = gender, True
        return True

    def given_name_apposed(self, phrase: str, before: str) -> bool:
        """Whether the first word of a name of two words is a given name, though written as a title's abbreviation
        ("Col", "Gen", "Sgt", "Cap") or a title that is a given name too (lexicon ``title_given_names``: "Reina",
        "Rey", "Prince", "Earl"): it has no full stop, stands in an appositive's name slot after a description of
        the person (``before``, the text up to the name: "The deputy mayor, Col Reardon,", "La presidenta de la
        ADESCO, Reina Menjívar,"), and the abbreviation names a rank of the forces (lexicon ``forces_words``), the
        title none, while nothing in the description speaks of the forces ("The base commander, Col Brandt," is a
        colonel; "Col. Reardon" with its stop always is)."""
        lex = self.lexicon
        words = phrase.split()
        if len(words) != 2 or not before.endswith(", ") or not lex.forces_words:
            return False
        first = words[0]
        written = first.isalpha() and first[:1].isupper() and first[1:].islower()
        ranked = written and first.lower() + "." in lex.titles and title_role(first, lex) in lex.forces_words
        # (a title that is a given name too, and no rank: the description before it gave the person's role)
        given = written and first.lower() in lex.title_given_names and title_role(first, lex) not in lex.forces_words
        if not ranked and not given:
            return False  # (an abbreviation the lexicon writes with its stop, here without it; "The mayor, Cr
            # Dunstan,": a council's title in a council's slot)
        described = [w.lower().strip(".,;:") for w in appositive_before(before)]
        if not any(w in lex.determiners or self.possessive(w) for w in described[:1]):
            return False  # (a description opens the slot: "the deputy mayor", "his brother")
        roles = [title_role(w, lex) for w in described]
        forces = any(w in lex.forces_words or r in lex.forces_words for w, r in zip(described, roles, strict=True))
        # (a role or a noun for a person: "The club's treasurer, Gen Marsh,")
        return not forces and (any(roles) or self.person_noun(described[-1]))

    def given_name_set_off(self, phrase: str) -> bool:
        """Whether the first word of a name of three words or more is a given name, though the lexicon knows only the
        first name after it ("The family's lawyer, Dee Ann Whitlock, said", "À Bahani, Hadidja Ali Mohamed, marchande
        de bananes,", "said Dee Ann Whitlock"): a capitalised word of letters before a known first name that is no
        title, role, job (by its ending), function word, adverb, date or nationality of any lexicon. The caller asks
        only where no heading can be glued before the name (a heading's word cut before a known first name, "Answer
        John Sample", stands at a block's opening): after a comma, after a quote its cue follows."""
        words = phrase.split(maxsplit=2)
        return len(words) > 2 and known_first_name(words[1]) and self._given_word(words[0], words[1])

    def _given_word(self, first: str, following: str) -> bool:
        """Whether a capitalised word before ``following`` in a name may be a given name no lexicon knows: a word of
        letters that is no title, role, job (by its ending), function word, adverb, date or nationality of any lexicon,
        in a language that writes nouns in lower case ("Brauhauswirt Frank Odenthal" is a noun for him)."""
        low, lex = first.lower(), self.lexicon
        if lex.capitalised_nouns or not (first.isalpha() and first[1:].islower() and first[:1].isupper()):
            return False
        return not (
            low in FUNCTION_WORDS
            or self._adverb(first)
            or low in lex.date_words
            or low in lex.affiliations
            or low.endswith(lex.role_endings)
            or _leading_title(first, following, lex)
        )

    def given_name_after_role(self, phrase: str, text: str, start: int, floor: int) -> bool:
        """Whether the first word of a name of two words at ``text[start:]`` is a given name, though a title too
        (lexicon ``title_given_names`` of any language: "Pastor", "Earl", "Reine"): a role noun in lower case stands
        right before it, after ``floor`` ("el espectador Pastor Iglesias", "the steward Earl Boyd"), where no title
        would follow ("Pastor Iglesias" alone is the pastor Iglesias)."""
        first, _, rest = phrase.partition(" ")
        if first.lower() not in _TITLE_GIVEN_NAMES or not rest or " " in rest or not text.startswith(" ", start - 1):
            return False
        role = text[max(floor, start - _ROLE_WORD_CHARS) : start].rsplit(maxsplit=1)[-1:]
        return bool(role) and role[0].isalpha() and role[0].islower() and _civil_role(role[0], self.lexicon)

    def surname_after_role(self, phrase: str, text: str, start: int, floor: int) -> bool:
        """Whether a name of two words at ``text[start:]`` is a person's, though its surname is a word of places or
        things (lexicon ``SURNAME_WORDS``: "West", "York") and its given name one no lexicon knows ("Cornel West",
        "Kanye West", which :func:`is_person_name` cannot tell from "Jervis Bay"): a noun for a person in lower case (a
        role the lexicon lists or a person's ending) stands in the words right before it, after ``floor``, perhaps
        with adjectives and an "and" between ("author and liberal firebrand Cornel West", "the rapper Kanye West", "le
        professeur Cornel West"; not "at Jervis Bay", "near Cape York")."""
        first, _, rest = phrase.partition(" ")
        lex = self.lexicon
        if not rest or " " in rest or not first.isalpha() or self._common(first) or first.lower() in _ANY_FIRST_NAME:
            return False  # (a known given name is read so already: "James West"; "Key West": "key" is a word)
        if self._place(first):
            return False  # ("the ranger Palm Beach"-like runs: a place's word opening it)
        before = text[max(floor, start - _ROLE_LEAD_WORDS * 16) : start].split()[-_ROLE_LEAD_WORDS:]
        for word in reversed(before):
            if not word.isalpha() or not word.islower():
                return False  # (punctuation or a capital ends the words before the name: "in Sydney, Byron Bay")
            if self.person_noun(word):
                return True  # (a role the lexicon lists, or a noun of a person's ending: "firebrand" is neither)
            if word in FUNCTION_WORDS and word not in lex.and_words:
                return False  # "where author …" reads on; "at", "near", "the" end the role's words
        return False

    def withholds_name(self, words: str) -> bool:
        """Whether ``words`` hold a phrase that withholds a name (lexicon ``withheld_name_phrases``; any case)."""
        return withholds_name(self.lexicon, words)

    def _withheld(self, text: str, end: int, placed: bool = False) -> int:
        """Whether the clause set off after a description ending at ``end`` says the person's name is withheld (lexicon
        ``withheld_name_phrases``: "His eldest son, who asked that his name not be used,", "Seine Tochter, die nicht
        genannt werden will,", "Sa fille aînée, qui a requis l'anonymat,", "Su hijo mayor, que pidió no ser
        identificado,"): a definite description the text leaves unnamed, as an indefinite one ("A deckhand who did not
        want to be named"). ``placed``: a phrase of a preposition may stand between the noun and the comma ("A guide
        from another company, who asked not to be named,", "Un habitué du parc, qui a préféré ne pas donner son nom,",
        "Ein Landwirt aus Alme, der nicht genannt werden wollte,"). Returns where the comma opening the clause stands,
        or -1."""
        lex = self.lexicon
        window = text[end : end + _WITHHELD_REACH]
        comma = window.find(", ")
        if not lex.withheld_name_phrases or comma < 0:
            return -1
        # (a noun or an adjective may follow the word read before the comma: "His eldest son,", "Su hijo mayor,")
        between = window[:comma].split()
        # (or a participle before the preposition, perhaps with its object: "Un acheteur venu de Bangui, qui n'a pas
        # voulu donner son nom,", "A buyer up from Bangui,", "Un comprador llegado de Bangui,", "A volunteer selling
        # pasties at the bottom of the hill, who asked that her name not be used,")
        if len(between) > 1 and not (placed and _placed_between(lex, between)):
            return -1
        clause = re.split(r"[,:;.!?“”„\"«»]", window[comma + 2 :], maxsplit=1)[0]
        return end + comma if self.withholds_name(clause) else -1

    def _withheld_in_relative(self, text: str, end: int) -> bool:
        """Whether a relative clause right after a description ending at ``end``, with no comma before it, says the
        person's name is withheld, in it or in a phrase set off after it before the sentence ends (lexicon
        ``relative_pronouns``, ``withheld_name_phrases``: "Un pompier qui n'était pas autorisé à parler à la presse
        raconte", "Une juge qui a demandé à garder l'anonymat a avoué", "Un batelier qui promène les touristes,
        sous couvert d'anonymat, se dit prêt", "Un vecino que pidió no ser identificado contó"): someone the text
        leaves unnamed, whatever their noun ("pompier" is in no lexicon); or after a phrase of a preposition that places
        them ("A hunter from Maine who asked not to be named had driven up", "Ein Angler aus Arth, der", "Un pêcheur de
        Sète qui a requis l'anonymat")."""
        lex = self.lexicon
        after = text[end : end + _RELATIVE_REACH].split(maxsplit=1)
        relative = after[0].lower() if after and text.startswith(" ", end) else ""
        if relative in lex.prepositions:
            # (the relative after the phrase that places them, the phrase read only when a preposition opens it)
            words = text[end : end + _WITHHELD_REACH].split(maxsplit=_PLACED_WORDS + 1)[: _PLACED_WORDS + 1]
            at = next((i for i, w in enumerate(words) if w.lower() in lex.relative_pronouns), 0)
            if at and words[at - 1].isalpha() and _placed_between(lex, words[:at]):
                return self.withholds_name(self._clause_after(text, end))
        if relative not in lex.relative_pronouns and relative not in lex.comma_relatives:
            return False  # (no clause of its own right after the noun: "Un pompier raconte")
        return self.withholds_name(self._clause_after(text, end))

    @staticmethod
    def _clause_after(text: str, end: int) -> str:
        """The words after ``end`` up to the sentence's or a quote's first mark, within ``_WITHHELD_REACH``."""
        return re.split(r"[.!?:;“”„\"«»]", text[end : end + _WITHHELD_REACH], maxsplit=1)[0]

    def person_noun(self, word: str) -> bool:
        """Whether a word names a kind of person, by the lexicon or by a person's ending ("caller", "nurse")."""
        return self._person_noun(word, lexical=False)

    def lexical_person_noun(self, word: str) -> bool:
        """Whether a word names a kind of person by the lexicon alone (a role, a feminine noun), not by an ending
        ("neighbour", "Wirtin"; not "hiver")."""
        return self._person_noun(word, lexical=True)

    def _person_noun(self, word: str, lexical: bool) -> bool:
        """Whether a word names a kind of person: a role of the lexicon ("official", "teacher"), a feminine noun
        ("Besucherin", "spectatrice"), or (not ``lexical``) a noun of a person's ending ("Dauerkarteninhaber")."""
        lex = self.lexicon
        # (a function word of another language may be a noun of this one's: "son", a French possessive)
        if not word.isalpha() or word in FUNCTION_WORDS and word not in lex.role_nouns or word in lex.role_modifiers:
            return False
        if self._noun_kind(word) is _Noun.PERSON or lex.feminine_endings and word.endswith(lex.feminine_endings):
            return True
        if lexical or word in lex.document_nouns or word in lex.thing_words or word in lex.group_nouns:
            return False
        return _person_noun(word)

    def _unnamed(self, description: str) -> bool:
        """Whether an indefinite description holds no name ("a senior Western official"; not "A Plus reporter Isaac
        Saul", a full name after a publication's; "One Club for Growth", an organisation)."""
        rest = description.split(maxsplit=1)[1:]
        if not rest:
            return True
        if self._of_a_body(rest[0].split()):
            return True  # "Une cuisinière de l'école Jules-Ferry", "ein ehemaliger Chef der Dresdner Bank": unnamed
        opening = rest[0].split()
        if role_classes(fit_form(opening[0]), self.lexicon.code, True) and not any(
            w.lower() in _ANY_FIRST_NAME for w in opening[1:]
        ):
            return True  # "ein Stadtrat der Opposition": one of a council, unnamed (a role's class, no council's name)
        last = rest[0].split()[-1]
        if body_name(rest[0], self.lexicon.code) and last[:1].isupper():
            return False  # "One Club for Growth"
        # (a full name opened by a known first name or after a title ends it: not "a Welsh Government spokesperson",
        # "an Iowa Democrat"; "Another City Councilor Ely Estante" is named)
        name, unsure = _candidate(rest[0], self.lexicon.code)
        if not name or unsure or not rest[0].endswith(name):
            return True
        before = rest[0][: -len(name)].split()
        return not (name.split()[0].lower() in _ANY_FIRST_NAME or before and title_role(before[-1], self.lexicon))

    def _of_a_body(self, words: list[str]) -> bool:
        """Whether words open on a noun for a person and a link to what they are of ("cuisinière de l'école
        Jules-Ferry", "Chef der Dresdner Bank"): the name after the link is the body's, not the person's. In a language
        that capitalises nouns a noun of a person's ending is one too, though no lexicon lists it ("Ein Mitarbeiter der
        Reederei, der nicht genannt werden möchte,": someone unnamed, as "Eine Mitarbeiterin der Reederei" was by the
        feminine ending; elsewhere a capitalised word there is as often a body's: "A Center of Excellence")."""
        lex = self.lexicon
        link = next((i for i, w in enumerate(words) if w in lex.complement_words or w in lex.body_links), 0)
        return link > 0 and self._person_noun(words[link - 1].lower(), lexical=not lex.capitalised_nouns)

    def credited(self, phrase: str) -> None:
        """A capitalised run right before a cue verb that is no person: an organisation that speaks
        ("Harlow Water said in a statement ..."), so that "the company" and "it" find it next."""
        name = self._untitled(phrase)
        if self._speaking_body(name) and not all(w in FUNCTION_WORDS for w in name.lower().split()):
            self.organisation(name, topic=True)

    @staticmethod
    def _speaking_body(name: str) -> bool:
        """A capitalised name of two words or more that no person bears ("Harlow Water")."""
        return name[:1].isupper() and len(name.split()) > 1 and not name.split()[-1].islower()

    def _named_part(self, mention: str) -> str:
        """A capitalised mention without the lower-case words a cue's span ran on into ("Arzt Hilary
        Jones gegenüber", "Casa Real se"); roles and bodies stay ("McConnell spokesman", "Richmond police"), and so
        does a generation word ("Franz Wimmer jun.")."""
        words = mention.split()
        if not any(w[:1].isupper() for w in words):
            return mention
        # (a capital only on the article that opens the sentence: a description in lower case, see below)
        described = words[0].lower() in self.lexicon.determiners and not any(w[:1].isupper() for w in words[1:])
        generation = words.pop() if len(words) > 2 and without_generation(mention) != mention else ""
        if described and self._bare_complement(words):
            return mention  # "El jefe de mercados": a post's name, its bare complement and all
        if words[-1].islower() and body_name(mention.strip(), self.lexicon.code).endswith(words[-1]):
            return mention  # a body's name ending in lower case ("la Fédération française de football")
        # (a word holding a digit is what the noun before it is numbered by, a class's or a unit's: "Die Klasse 4b",
        # "Zug 3c", no word a cue's span ran on into)
        while (
            len(words) > 1
            and words[-1].islower()
            and not _HAS_DIGIT.search(words[-1])
            and self._noun_kind(words[-1]) is _Noun.OTHER
        ):
            words = words[:-1]
        kept = len(words)
        closing = kept == len(mention.split()) - 1  # (one word dropped, the mention's last)
        if described and closing and kept > 1 and self._noun_kind(words[-1]) is not _Noun.OTHER:
            # (a description's one adjective after its noun of a person or a body, closing the mention, is the
            # description's: "La defensora pública replicó", "Le porte-parole de la police cantonale a rappelé", as
            # any language that puts adjectives after the noun writes one; a clause the span ran on into is more
            # than one word, "El tribunal| leyó el fallo")
            words = mention.split()
        return " ".join([*words, generation] if generation else words)

    def _bare_complement(self, words: list[str]) -> bool:
        """Whether a description ends on what its role is of written as a bare noun, no article between (a link,
        lexicon ``complement_words``, no contracted article; then one or two words in lower case): the post's name
        whole, "El jefe de mercados", "el jefe de turno", "the chief of staff", where "el jefe del Gobierno" names
        whose head he is (``quotes._with_bare_complement`` reads the cue's subject so)."""
        lex = self.lexicon
        link = next((i for i in range(2, len(words) - 1) if words[i].lower() in lex.complement_words), 0)
        if not link or words[link].lower() in lex.contracted_articles or len(words) - link - 1 > _BARE_COMPLEMENT:
            return False
        return bool(title_role(words[link - 1].lower(), lex)) and all(
            w.isalpha() and w.islower() and w not in lex.determiners and w not in lex.complement_words
            for w in words[link + 1 :]
        )

    def _speaks(self, name: str, mention: str) -> bool:
        """Whether an unresolved mention may stand as written: a description ("the crowd", "a source"),
        a name, a noun for people, a body or a document ("officials", "masked man"); never a bare word
        that names no one ("venue", "morning", "modern"), nor a lone German noun ("Antwort")."""
        first = mention.split()[0].lower()
        words = name.removesuffix("’s").removesuffix("'s").split()
        possessive = self.possessive(first) or first in self.lexicon.possessives
        if first in self.lexicon.determiners and possessive and words[-1].islower():
            # "her adopted home", "su nombre" (a possessive of any gender): a possessive names someone only with a noun
            # for a person, a body or a document
            return self._noun_kind(words[-1].lower()) is not _Noun.OTHER or _person_noun(words[-1])
        if first in self.lexicon.determiners and self.lexicon.capitalised_nouns and mention.split()[1:] == words:
            # "die anonym bleiben möchte" (a relative clause a cue's span ran back into): in a language that capitalises
            # nouns, a determiner before words in lower case only holds no noun, so it names no one
            return not all(w.islower() for w in words)
        if first in self.lexicon.determiners:
            return True
        if self._noun_kind(words[-1].lower()) is not _Noun.OTHER:
            return True  # "the ad", "the email": a document stands for its unnamed author as written
        if len(words) == 1 and self._adverb(words[0]):
            return False  # "Recently I saw a post that said ...": a sentence adverb opened the sentence
        if words[-1][:1].isupper():  # a name; in German a lone noun is none, an acronym is ("FDP", "DOSB")
            # (and so is an initial after a courtesy title: "Herr K.", someone the paper names no further)
            initial = len(words[0].rstrip(".")) == 1 and mention.split()[0] in self.lexicon.courtesy_titles
            return not (self.lexicon.capitalised_nouns and len(words) == 1 and not _acronym(words[0]) and not initial)
        return _person_noun(words[-1].lower())

    def _adverb(self, word: str) -> bool:
        """A lone word made an adverb by the language's suffix ("Luckily", "Particularmente"), long enough
        not to be a short surname ("Daly", "Kelly") and no first name: no one, unless the article named
        someone so (``find`` is asked first)."""
        low = word.lower()
        suffix = self.lexicon.adverb_suffix
        return (
            bool(suffix)
            and low.endswith(suffix)
            and len(low) >= len(suffix) + _ADVERB_STEM
            and (low not in _ANY_FIRST_NAME and self._noun_kind(low) is _Noun.OTHER)
        )

    def organisation(self, name: str, topic: bool = False, article: str = "") -> Person:
        """Record a mention of an organisation or a group that speaks ("the water board", "NATO"), named after
        ``article`` (a topic named after a definite article takes the pronoun the article gives it: lexicon
        ``body_pronouns``)."""
        body = self._organisations.get(name.lower())
        for ending in self.lexicon.strong_endings.values() if body is None else ():
            # ("Hessische Apothekerverband", a cue's span without its article: the "Hessischer Apothekerverband" named)
            body = self._organisations.get(" ".join(_undeclined(name.split(), ending, self.lexicon)).lower())
            if body is not None:
                break
        if body is None:
            body = self._fuller_body(name)
        if body is None:
            body = self._organisations[name.lower()] = Person(name, gender=str(Gender.NEUTER), organisation=True)
            if "(" in name:
                self.define(body, _short_form(name))  # "la Direction régionale … (Dreal) d'Occitanie": "la Dreal"
        self._touch(self._named, body)
        if topic:
            self._touch(self._topics, body)
            body.pronoun = self.lexicon.body_pronouns.get(article.lower(), "")
        return body

    def _fuller_body(self, name: str) -> Person | None:
        """The body the article named in full that a shorter name of two words or more stands for, the latest named of
        several: its words open the full name before a link ("bureau des cyclones" of the "Bureau des cyclones de
        Vacoas", its seat dropped), or end it after an "and" ("Schlittenverband Süd" of the "Bob- und
        Schlittenverband Süd"). Not any part: "the White House said" is no "White House Correspondents' Association"
        (but a German body word alone opens or ends it)."""
        words = name.lower().split()
        if len(words) == 1 and self.lexicon.compound_titles:
            # (a German body word alone, after its article, is the body named in full with it: "die Molkerei" of the
            # "Bodensee Molkerei", "die Stadtverwaltung" of the "Stadtverwaltung Kassel")
            reach = islice(reversed(self._named.values()), _NAMED_REACH)
            named = (b for b in reach if b.organisation and " " in b.name)
            return next((b for b in named if words[0] in _first_and_last(b.name.lower())), None)
        if len(words) < 2:
            return None
        size = len(words)
        for body in islice(reversed(self._named.values()), _NAMED_REACH):
            full = body.name.lower().split()
            if not body.organisation or len(full) <= size:
                continue
            opens = full[:size] == words and full[size] in _NAME_JOINERS
            if opens or full[-size:] == words and full[-size - 1] in _AND_WORDS:
                return body
        return None

    def alias(self, person: Person, short: str) -> None:
        """A short form the article gives a person (:func:`person_alias`): "MK", "Sepp", "el Zorro" name her or him
        next, shown by the full name, as a body's letters are (``define``)."""
        if short and short != person.name:
            self._aliases[short.lower()] = person
            if head := handle_head(short):
                self._aliases.setdefault(head.lower(), person)  # "sagte Schefi" of "«Schefi_SG»"

    def label(self, person: Person, label: str) -> None:
        """The party or body letters the article gives a person in brackets (:func:`person_label`): a description
        holding them names that person ("gab der SVP-Politiker zurück", see :meth:`_affiliated`)."""
        if label and not person.organisation:
            person.role_words.add(label)
            self._labels.add(label)
            if (family := self.lexicon.affiliations.get(label)) is not None:
                person.role_words.add(family)  # ("(CSU)": "der Christdemokrat", of the family its first letters name)

    def nickname(self, short: str, gender: str, named: str = "", opening: str = "") -> None:
        """A nickname a clause gives the person a pronoun of ``gender`` stands for (:func:`nickname_given`): the
        nearest such topic, as the pronoun would be resolved (of a pronoun that tells none, the latest topic). When
        the sentence opens on that person's name with one word more before it, a word that may be a given name (cut
        as a heading's word before a known first name), that word is theirs: the sentence is about a person, so
        "Crescencio Lara Ochoa tiene 81 años y … lo conocen como «Don Chencho»" names Crescencio Lara Ochoa.
        ``named``: the name a relative clause giving the nickname stands for, the person it finds (or no one)."""
        if named:
            found = self._nicknamed(gender, named)
            if found is not None:
                self.alias(found, short)
            return
        person = self._nicknamed(gender, named)
        if person is None:
            return
        cut, _, rest = opening.partition(" ")
        # (not a finite verb opening the sentence before the name: "Ganó Macarena Toscano, de 27 años, …")
        if rest == person.name and self._given_word(cut, rest) and not singular_finite(self.lexicon, cut.lower()):
            self.mention(opening, (opening, "", person))  # (the whole name, as a later mention naming more would)
        self.alias(person, short)

    def _called_after_name(self, name: str, text: str, start: int) -> tuple[Person, str] | None:
        """The person a new run names and the name people call them by, when the run, right after a verb of calling
        (lexicon ``calling_verbs``), is the whole name of someone the article named before and that name ("the young
        people call Harry Semigak Ittuk Harry", "todos llaman Pedro Alcántara Tío Perico"); None otherwise (most runs:
        no verb of calling before them, or no one's whole name opening them)."""
        words = name.split()
        if len(words) < 3 or start < 2:
            return None  # (most runs: one or two words, no whole name and a name after it; told before the text is cut)
        lead = text[max(0, start - _NICKNAME_LEAD_CHARS) : start].rsplit(None, 1)[-1:]
        if not lead or lead[0].lower() not in self.lexicon.calling_verbs:
            return None
        for cut in range(len(words) - 1, 1, -1):
            whole, rest = " ".join(words[:cut]), " ".join(words[cut:])
            person = self.find(whole)
            if person is not None and person.name == whole and not person.organisation and rest[:1].isupper():
                return person, rest
        return None

    def _called_unmarked(self, phrase: str, text: str, stop: int) -> Person | None:
        """The person a clause right before a new name ending at ``stop`` gives it to as what people call them, written
        without quote marks (:func:`nickname_unmarked`: "Everyone on the waterfront calls her Tanty Olive"), or
        None."""
        start = stop - len(phrase)
        if start < 0 or not text.startswith(phrase, start):
            return None
        called = nickname_unmarked(self.lexicon, text, start, stop)
        return self._nicknamed(*called) if called is not None else None

    def _nicknamed(self, gender: str, named: str) -> Person | None:
        """The person a clause giving a nickname stands for (:func:`nickname_given`): the one a relative clause's
        ``named`` names, else the nearest topic of the pronoun's ``gender`` (of a pronoun that tells none, the latest
        topic); None for no one or a body."""
        if named:
            person = self.find(candidate_name(named, self.lexicon.code))
        elif gender:
            person = self._referent(gender)
        else:
            person = next((p for p in reversed(self._topics.values()) if not p.organisation), None)
        return None if person is None or person.organisation else person

    def _defined(self, key: str) -> Person | None:
        """The body a lower-case mention names (:meth:`define`), a short form perhaps after its definite article ("la
        dreal", "das bsh"; not a description: "el presidente del jurado")."""
        found = self._organisations.get(key)
        article, _, rest = key.partition(" ")
        if found is not None or not rest or " " in rest or article not in self.lexicon.definite:
            return found
        return self._organisations.get(rest)

    def define(self, body: Person, letters: str) -> None:
        """Letters the article defines for a body ("Die Regionalbahn Main-Franken (RMF)"), or its name after the noun
        of an institution ("la residencia San Íñigo"): "RMF", "San Íñigo" name it next."""
        if letters:
            self._organisations.setdefault(letters.lower(), body)

    def _noun_kind(self, word: str) -> _Noun:
        """What a description's head noun stands for ("the senator", "the council", "the statement")."""
        lex = self.lexicon
        head = word.lower()
        if title_role(head, lex):
            return _Noun.PERSON  # "the chief", "officials": people, though "officials" are a group too
        if head in lex.document_nouns:
            return _Noun.DOCUMENT
        if head in lex.group_nouns or head in lex.organisation_words and head not in lex.place_words:
            return _Noun.BODY
        if _compound_body(head, lex.code):
            return _Noun.BODY  # "die Molkerei", "der Landesverband": a compound ending in a body word
        return _Noun.OTHER

    def _plain(self, name: str, phrase: str, titled: bool) -> str:
        """A candidate name without the article's common words before it ("Follow Ian Hanchett"),
        or "" when it ends in one and nothing says it is a person ("Ferguson Effect", "Cold War"):
        no known first name, no title (``titled``: a gendered one, "Mr. Band")."""
        words = name.split()
        # ("Perhaps Dubicki" once Ryan Dubicki is known; in German a noun before a name, "Parteienrechtler Morlok",
        # or two nouns, "Heimat Thüringen")
        short = 1 if self.lexicon.capitalised_nouns else 2
        while len(words) > 1 and self._common(words[0]) and (len(words) > short or self.find(words[-1])):
            words = words[1:]
        person = titled or words[0].lower() in _ANY_FIRST_NAME or roles_of(phrase, name, self.lexicon.code)
        return " ".join(words) if person or not self._common(words[-1]) else ""

    def _common_noun(self, word: str) -> bool:
        """A lone word opening a sentence that the article writes in lower case elsewhere, as it is or in the
        singular ("Neighbours said ..." beside "one neighbour"), or a plural noun for a group of people the lexicon
        lists ("Critics say", "Friends offered": no "he" stands for them): a noun, no one's name."""
        low = word.lower()
        if " " in low:
            return False
        return self._common(low) or low.endswith("s") and self._common(low[:-1]) or low in self.lexicon.group_nouns

    def _common(self, word: str) -> bool:
        low = word.lower()
        # (a first name after an article is still one: "der Heinz-Josef" of colloquial German, first names hyphened)
        # (the first names first: a set's look-up, where the article's words are searched for the word)
        return low not in _ANY_FIRST_NAME and not ("-" in low and known_first_name(low)) and low in self.common

    def _untitled(self, phrase: str) -> str:
        """The name in a titled mention, by the English titles and the article's own ("Bundeskanzler")."""
        return _untitled(phrase, self.lexicon.code)

    def paragraph(self) -> None:
        """Note that a new paragraph begins (see :meth:`_alone_in_paragraph`)."""
        self._last_paragraph, self._paragraph = self._paragraph, self._clock
        self._paragraphs += 1

    def heading(self, text: str) -> None:
        """Note that the paragraph begun is a subheading of the body (a line with no sentence end, an ``h2``–``h6``):
        see :meth:`_headed`."""
        self._heading, self._heading_text, self._heading_words = self._clock, text, None  # (words read when asked)

    def _headed(self, person: Person) -> bool:
        """Whether the latest subheading, before the paragraph begun, opened on ``person`` and the text spoke of no one
        else since ("Rubio says he hopes the latest conflict ends quickly" over "The U.S. secretary of state says in a
        post on X that “…”", a live blog's entry): the text after a subheading opens on whom it is about, however
        seldom the article named them."""
        if self._heading < 0 or self._heading >= person.seen or self._heading >= self._paragraph:
            return False  # (most articles have no subheading: nothing more to read)
        recent = reversed(self._topics.values())
        if next(recent, None) is not person or (other := next(recent, None)) is not None and other.seen > self._heading:
            return False  # (someone else the text spoke of since)
        if self._heading_words is None:
            # (the capitalised words it opens on: "Marco Rubio says …", not the object of "Trump attacks Harris")
            words = self._heading_text.split(maxsplit=_HEADED_WORDS)[:_HEADED_WORDS]
            self._heading_words = tuple(word.lower() for word in takewhile(lambda word: word[:1].isupper(), words))
        key = speaker_key(person.name)
        return bool(key) and key[-1] in self._heading_words

    def sentence(self) -> None:
        """Note that a new sentence begins (see :meth:`_referent`); a sentence that spoke of no one does not count."""
        self._sentences += 1
        if self._clock != self._sentence:
            self._last_sentence, self._sentence = self._sentence, self._clock

    def _alone_in_paragraph(self, person: Person) -> bool:
        """Whether the person is the only one this paragraph has named so far ("Marsh conceded shortly before 3am.
        “...,” the outgoing mayor said.": one compatible candidate in reach)."""
        recent = (p for p in reversed(self._named.values()) if not p.organisation)
        named = [p for p in recent if p.seen > self._paragraph][:2]
        return named == [person]

    def subject_of_last_paragraph(self) -> str | None:
        """The name of the one person the paragraph before the one begun named, when they were its subject (the topic
        the text was about when it ended) and it named no one else ("Dairy farmer Callum Reid has milked cows here for
        forty years." before a paragraph that is only a quote); None when it named no one, several, or someone it
        leaves unnamed."""
        # (the named in the order last touched: read back only to the paragraph's start, however many the page holds)
        since = takewhile(lambda p: p.seen > self._last_paragraph, reversed(self._named.values()))
        topic = next(reversed(self._topics.values()), None)
        # (a run of capitalised nouns read once as a name is no one: "Luis Holzer unterrichtet seit dreißig Jahren
        # Kinder am Rosskopf.")
        people = (
            p
            for p in since
            if not p.organisation and p.seen <= self._paragraph and (p is topic or _standing(p) and not _placed_here(p))
        )
        if topic is not None and topic.written <= self._last_paragraph:
            return self._subject_past_pronoun(since, topic)
        named = list(islice(people, 2))
        if len(named) != 1 or topic is not named[0] or topic.anonymous:
            return None
        return _name(topic)

    def _subject_past_pronoun(self, since: Iterable[Person], topic: Person) -> str | None:
        """The one person the paragraph before named, when the text is about someone it did not name only by a
        pronoun of the other gender: a thing of theirs, in a language that gives things a gender ("Ignaz Pichler führt
        eine Sennerei. Seit Freitag steht sie still.", "Il a une moto. Depuis lundi, elle reste devant sa
        concession."), not someone named before."""
        named = [
            p for p in since if self._last_paragraph < p.written <= self._paragraph and not p.organisation
        ]
        named = [p for p in named if not _placed_here(p)]
        if len(named) != 1 or named[0].anonymous or not named[0].gender or topic.gender in ("", named[0].gender):
            return None
        return _name(named[0])

    def sole_subject(self, runs: Iterable[str]) -> str | None:
        """The name of the person the text is about (the topic), when ``runs`` (capitalised words of the sentences
        just read) name them and no one else who stands for a person: none of another name, a title or a quote (a
        run of capitalised nouns read as a name once, "seit dreißig Jahren Kinder", is no one)."""
        topic = next(reversed(self._topics.values()), None)
        if topic is None or topic.anonymous or topic.organisation:
            return None
        named = False
        for run in runs:
            person = self.find(run)
            if person is topic:
                named = True
            elif person is not None and not person.organisation and _standing(person) and not _placed_here(person):
                return None
        return _name(topic) if named else None

    def about(self, person: Person) -> None:
        """Note that the text is about a known person now (a topic)."""
        self._touch(self._topics, person)

    def last_named(self) -> str | None:
        """The name of the person the article named last, a subject or not ("aus einer Sprachnachricht ihres
        Vorsitzenden Werner Kubitzki"); None when that is someone it leaves unnamed."""
        latest = next((p for p in reversed(self._named.values()) if not p.organisation), None)
        return None if latest is None or latest.anonymous else _name(latest)

    def spoke(self, speaker: str | None) -> None:
        """Note that a known person was just credited with a quote (the text is about them now)."""
        person = self.find(speaker) if speaker else None
        self._reporter = None
        # (no one credited, or a body: the exchange is broken)
        self._turns = [*self._turns[-1:], (person, self._paragraphs)] if person and not person.organisation else []
        if person is not None:
            person.quoted = True
            self._touch(self._named, person)
            self._touch(self._topics, person)

    def voice_of(self, speaker: str | None) -> str | None:
        """The organisation the person credited as ``speaker`` speaks for (:attr:`Person.speaks_for`), if any."""
        person = self.find(speaker) if speaker else None
        return (person.speaks_for or None) if person is not None else None

    def find(self, name: str, gender: str = "", roles: frozenset[str] = frozenset()) -> Person | None:
        """The person already named that ``name`` refers to, the latest if several; a namesake of the
        other gender is passed over ("Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton"), and one given
        none of the ``roles`` its title names is passed over for one given one ("La doctora Aguado" after "la
        doctora Carmen Aguado" and "la delegada Rocío Aguado")."""
        key = speaker_key(name)
        if not key:
            return None
        latest, rank = None, (False, False, False, -1)
        namesakes = self._by_surname.get(key[-1], ())
        # (a full name with a generation suffix is not the one named without it: "Leroy Knowles Sr." and "Leroy Knowles
        # Jr." are two of the "two men named Leroy Knowles", each shown with the suffix that tells them apart; a surname
        # and an age word, "Mr Ellery senior", is the namesake the age picks, see by_seniority)
        suffixed = alone = False  # (no one of that surname, most names asked for: nothing to read)
        if namesakes:
            suffixed = len(key) > 1 and name[name.rfind(" ") + 1 :] in GENERATION_LAST_WORDS
            # (a lone surname two of one family bear is whose whole surname it is before whose father's it is:
            # "Millalonco" of "Segundo Millalonco", named before "su hija, Camila Millalonco Vera")
            alone = len(key) == 1 and len(namesakes) > 1
        for person in namesakes:
            if suffixed and not generation(person.name):
                continue
            if gender and person.sure and person.gender != gender and not _surname_words(key, person.name):
                continue  # (not "Abi Nader" of "Karim Abi Nader": a surname of two words, no woman's first name)
            # (the name is compared only with a namesake that would outrank the one found: most have one namesake; one
            # known to be of the gender a title tells outranks one of no known gender: "Mr Chan" is Kelvin Chan, not
            # Chan Mei-ling named since)
            whole = alone and speaker_key(person.name)[-1] == key[0]
            # (whether the namesake holds one of the roles, no set built for it: most asks name no role)
            holds_role = bool(roles) and not roles.isdisjoint(person.roles)
            if (ranked := (holds_role, bool(gender) and person.sure, whole, person.seen)) > rank and (
                same_speaker(person.name, name) or self._paternally(person, key) or self._short_given(key, person)
            ):
                latest, rank = person, ranked
        if latest is not None:
            return latest
        if len(key) == 1:
            if named := self._by_first_name.get(key[0]):
                # A first name alone ("dice Javier", "Amara said") for a person the article named in full.
                latest = max(named, key=lambda p: p.seen)
            elif middle := self._by_middle.get(key[0]):
                # "Ms. Acosta" of "Melba Acosta Febo", "Rodham" of "Hillary Rodham Clinton": a name of two surnames, or
                # a maiden name kept, called by the first of them (no one else is called so)
                fitting = [p for p in middle if not (gender and p.sure and p.gender != gender)]
                latest = max(fitting, key=lambda p: p.seen, default=None)
            elif "-" in key[0]:
                latest = self._short_hyphened(key[0])  # "Marie-Jo" of "Marie-Josée Lambotte"
        elif len(key) > 1 and key[0] in self._by_first_name and (given := self._by_given_names(key)) is not None:
            latest = given  # "celebra María José" of "María José Herrera": her first names, no surname "José"
        elif (
            len(key) == 2
            and (key[0] in self._by_first_name or key[0] in self._cut_before)  # (most: no one's name opened on it)
            and (addressed := self._addressed_so_before(key)) is not None
        ):
            latest = addressed  # "Ouma Lettie" of "Ouma Lettie Swartbooi": a form of address no lexicon lists
        elif len(key) == 2 and key[1] in self._by_first_name and (addressed := self._addressed_by_given(key)):
            latest = addressed  # "Tan Dolores" of "Dolores Aguon Mendiola": a form of address and her given name
        elif (
            len(key) == 2
            # (most: no one's surname first, asked in a look-up before the call)
            and (key[0] in self._by_surname or self.lexicon.capitalised_nouns and key[0].endswith("s"))
            and (surnamed := self._short_surname_first(key)) is not None
        ):
            latest = surnamed  # "die Pöhlmanns Anni" of Anneliese Pöhlmann, "der Eccher Hansl" of Johann Eccher
        elif len(key) == 2 and known_first_name(key[1]):
            # the surname first, then a first name or its short form: "der Mair Sepp" of "Josef Mair" (the Austrian and
            # Bavarian way of naming someone), "Orbán Viktor" (the Hungarian order); only the one person of that surname
            bearers = [p for p in self._by_surname.get(key[0], ()) if speaker_key(p.name)[-1] == key[0]]
            latest = bearers[0] if len(bearers) == 1 else None
        return latest

    def _lettered_person(self, mention: str) -> Person | None:
        """The person named last, in this sentence, when a mention is a word of capitals alone that no one of the
        article is named or defined by: letters of a degree or an honour set off after the name ("Dr. Marissa
        Itsimaera, FRACP, has asked …", "Tomasi Vunibola, MNZM, said"), as the lexicon's ``honour_letters`` are, for
        letters no lexicon lists. Never a body named before by its letters ("NASA"), nor one named in a sentence of
        no person ("The WHO said")."""
        word = mention.strip()
        if not (_LETTERS_MIN <= len(word) <= _LETTERS_MAX and word.isupper() and word.isalpha()):
            return None  # (most mentions: no word of capitals)
        latest = next(reversed(self._named.values()), None)
        if latest is None or latest.organisation or latest.seen <= self._sentence or self.find(word) is not None:
            return None
        return latest

    def _short_given(self, key: tuple[str, ...], person: Person) -> bool:
        """Whether a mention of two words is a person's given name cut short and their surname ("old Tom Hamon" of
        Thomas Hamon, "Dot Eoe" of Dorothy Eoe): the caller found the person by the surname."""
        whole = speaker_key(person.name)
        return len(key) == 2 and len(whole) == 2 and key[1] == whole[1] and shortens(key[0], whole[0], self.lexicon)

    def _short_surname_first(self, key: tuple[str, ...]) -> Person | None:
        """The one person a mention of two words names by their surname, or its genitive in a language that
        capitalises nouns, then their given name or its short form: the Alps' way of naming someone ("die Pöhlmanns
        Anni" of Anneliese Pöhlmann, "der Eccher Hansl" of Johann Eccher, "der Hasenknopf Rupert"). None for no one
        or several; the caller asks only of a mention no one bears whole."""
        bearers = self._by_surname.get(key[0])
        if bearers is None and self.lexicon.capitalised_nouns and key[0].endswith("s"):
            bearers = self._by_surname.get(key[0][:-1])
        if not bearers:
            return None  # (most mentions: no surname first)
        fitting = {
            id(p): p
            for p in bearers
            if len(whole := speaker_key(p.name)) == 2
            and whole[1] in (key[0], key[0][:-1])
            and (whole[0] == key[1] or shortens(key[1], whole[0], self.lexicon))
        }
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def shortened(self, word: str, gender: str = "") -> Person | None:
        """The one person named in full, among the last ``_SHORTENED_PEOPLE`` the article named, whose given name a
        lone word credited with words is a short form of (:func:`shortens`: "der Hias" of Matthias Grassl, "said Dot"
        of Dorothy Eoe, "txu Tina" of Florentina Ramírez Matías, "la Cuca" of Refugio Pahuamba); a person of the other
        gender passed over. None for no one or several: someone new. The caller asks only of a lone word that names
        no one of the article."""
        low = word.lower()
        if low in self._by_first_name:
            return None  # (someone's given name whole: "Tina" when a Tina Moss was named, she, found by it)
        fitting = []
        # (a given name the word may shorten, told before ``shortens`` is called, whose necessary conditions these are:
        # the word listed with it, held in it, opening on its first letter, or, for any given name, a word opening on
        # letters said twice (``_doubled_tail``: "Lolotte" of Charlotte); most words and given names none of these)
        listed, first = low in self.lexicon.hypocoristics, low[:1]
        any_given = listed or _doubled_opening(low)
        for p in itertools.islice(reversed(self._named.values()), _SHORTENED_PEOPLE):
            if p.organisation or gender and p.sure and p.gender != gender:
                continue
            if (
                len(whole := speaker_key(p.name)) > 1
                and (any_given or whole[0].startswith(first) or low in whole[0])
                and shortens(low, whole[0], self.lexicon)
            ):
                fitting.append(p)
        return fitting[0] if len(fitting) == 1 else None

    def _short_named(self, name: str, told: str, speaker: bool | Deferred) -> Person | None:
        """The person named lately whose given name a name of one or two words credited with words (``speaker``, read
        last: most names are asked of no credit) shortens, alone ("said Dot") or after a form of address ("Barba
        Tunin"); None for most names (someone new)."""
        if " " not in name:
            return self.shortened(name, told) if speaker else None
        key = speaker_key(name)
        if len(key) != 2 or known_first_name(key[0]) or key[0] in self._by_surname:
            return None  # (most names of two words: a given name first, or a surname of the article's)
        addressed = self._addressed_by_short(key)
        return addressed if addressed is not None and speaker else None

    def _addressed_after_article(self, phrase: str) -> Person | None:
        """(round 58) The one person named lately whom a cue's subject of an article, a form of address and a short
        form of the given name stands for ("sagte die Bäsl Kathi" of Katharina Rist, "sagte die Muhm Resi" of Theresia
        Gedeon: the regions' aunt and godmother before the pet name, :meth:`_addressed_by_short`); None for most
        subjects (no article first, or no one's given name shortened)."""
        parts = phrase.split()
        if len(parts) != 3:
            return None  # (a space of another kind inside: "die Bäsl\u00a0Kathi" is read as written)
        article, first, second = parts
        lex = self.lexicon
        if article not in lex.determiners or not (first[:1].isupper() and second[:1].isupper()):
            return None
        key = speaker_key(f"{first} {second}")
        if len(key) != 2 or not lex.capitalised_nouns:
            return self._addressed_by_short(key) if len(key) == 2 else None
        # (a language that capitalises nouns writes the form of address as one, "Bäsl", "Muhm", "Gotl": a noun of the
        # article's is no bar there, a title's or a role's word still is)
        if known_first_name(key[0]) or key[0] in self._by_surname or key[0] in lex.stopwords:
            return None
        if title_gender(key[0], lex) or title_role(key[0], lex):
            return None
        return self.shortened(key[1])

    def _addressed_by_short(self, key: tuple[str, ...]) -> Person | None:
        """The one person named lately whose given name the second word of a mention of two words is a short form of,
        after a word no lexicon knows as a first name, a title or a role, that no one bears as a surname and the
        article writes nowhere in lower case ("Barba Tunin" of Antoine Ardoino: the Mentonasc "uncle" and the Riviera's
        short form of Antoine, lexicon ``hypocoristics``); None for no one or several."""
        lex = self.lexicon
        if known_first_name(key[0]) or key[0] in self._by_surname or key[0] in lex.stopwords:
            return None  # (most names of two words: a given name first)
        if (person := self.shortened(key[1])) is None:
            return None  # (most: no one's given name shortened)
        if title_gender(key[0], lex) or title_role(key[0], lex) or self._common(key[0]):
            return None
        return person

    def _short_hyphened(self, word: str) -> Person | None:
        """The one person whose given name of two joined by a hyphen a lone word cut short stands for ("Marie-Jo" of
        "Marie-Josée Lambotte", "Jean-Phi" of "Jean-Philippe Roux": the first given name whole, the second's opening of
        two letters or more); None for no one or several ("Marie-Jo" of Marie-Josée and Marie-Joëlle)."""
        head, _, tail = word.partition("-")
        # (most such words, a hyphened surname alone, open no one's first name: asked of the names in C first)
        if len(tail) < 2 or not any(map(str.startswith, self._by_first_name, repeat(word))):
            return None
        fitting = {
            id(p): p
            for first, people in self._by_first_name.items()
            if first.startswith(word) and first.partition("-")[0] == head and len(first) > len(word)
            for p in people
            if not p.organisation
        }
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def _addressed_so_before(self, key: tuple[str, ...]) -> Person | None:
        """The one person a mention of two words names by a word both mentions open on, then a given name or a surname
        of theirs: named before by three words or more opening on that word ("Ouma Lettie" or "Ouma Swartbooi" of "Ouma
        Lettie Swartbooi"), or with it cut from before the name ("Nne Adaeze" of "Nne Adaeze Obiora", read as Adaeze
        Obiora): the word is a form of address no lexicon lists, never someone new. None for no one or several, or
        when that word is a known first name ("Mary Ann" of "Mary Ann Hollis" is read as her given names)."""
        kept, cut = self._by_first_name.get(key[0], ()), self._cut_before.get(key[0], {}).values()
        if not (kept or cut) or known_first_name(key[0]) or len(kept) + len(cut) > _ADDRESSED_PEOPLE:
            return None  # (most mentions: no one's name opened on that word, nor had it cut before)
        fitting = {
            id(p): p
            for p in kept
            if not p.organisation and len(whole := speaker_key(p.name)) > 2 and key[1] in whole[1:]
        }
        fitting.update((id(p), p) for p in cut if not p.organisation and key[1] in speaker_key(p.name))
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def _addressed_by_given(self, key: tuple[str, ...]) -> Person | None:
        """The one person named before whose given name closes a mention of two words opening on a word no lexicon
        knows as a first name nor anyone of the article bears as a surname ("Tan Dolores" of "Dolores Aguon Mendiola",
        "Bi Mwanaisha" of "Mwanaisha Said", "Tante Hildegard"): a form of address before her given name, whatever the
        region, never someone new. None for no one or several of that given name, and after a title ("Mr Kerr" is no
        "Kerr Marine": a surname after a title is read as one)."""
        lex = self.lexicon
        if known_first_name(key[0]) or key[0] in self._by_surname:
            return None
        if title_gender(key[0], lex) or title_role(key[0], lex):
            return None
        # (a given name a lexicon knows, or one opening a name of three words: "Alasdair Kerr" is no one's form of
        # address before "Kerr Marine", a body's name read as a person's; or one opening the name of two words of
        # someone the article told a man or a woman, after a word it writes nowhere in lower case, "Nei Tiaon" of
        # "Tiaon Rimon … her house", "Meekulu Hileni" of "Hileni Shipanga … she carried": a form of address no lexicon
        # lists, where a word of the article's own is no one's, "Harbour Keira")
        given = known_first_name(key[1])
        unlisted = not given and key[0] not in self.lexicon.stopwords and not self._common(key[0])
        # (or the person the article named last, its gender untold, the one of that given name: "Mersiana Ladore has
        # sold pounded breadfruit …", then "said Nohno Mersiana" in the next paragraph, no one named between)
        # (named in a paragraph before: "Kerr Marine's operations director, Alasdair Kerr," is no Kerr Marine addressed;
        # "Arezki Ouali pêche … tout le monde l'appelle Dda Arezki.": the name people call him by, read as such)
        alone = unlisted and len(self._by_first_name[key[1]]) == 1
        latest = next(reversed(self._named.values()), None) if alone else None
        latest = latest if latest is not None and latest.seen <= self._paragraph else None
        fitting = [
            p
            for p in self._by_first_name[key[1]]
            if not p.organisation
            and len(whole := speaker_key(p.name))
            > (1 if given or unlisted and (p.gender or p is latest) or fathers_named(p.name.split()) else 2)
            and whole[0] == key[1]
            and not any(map(_a_bodys_noun, whole))
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _address_shared(self, person: Person) -> None:
        """A new person's name opens on the word the whole name of someone else named before opened on, or the reader
        cut from before a name ("Koro Tamati Hohaia", then "Koro Wiremu Pene"): two people share no given name no
        lexicon knows, so the word is a form of address, dropped from both names (:func:`_address_shaped`; the people
        of that word are read up to ``_ADDRESSED_PEOPLE``). Not when the word after it is the same too: a family's
        given name and surname ("Casimiro Ejemplo Prieto" and his son "Casimiro Ejemplo Muestra")."""
        named = person.name.split()
        if len(named) < 3 or not _address_shaped(named, self.lexicon):
            return  # (most names: two words, or a known first name first)
        opener, second = named[0].lower(), named[1].lower()
        others = [
            other
            for other in self._by_first_name.get(opener, ())[:_ADDRESSED_PEOPLE]
            if other is not person
            and not other.organisation
            and len(key := speaker_key(other.name)) > 2
            and key[1] != second
        ]
        if not others and opener not in self._cut_before:
            return
        for other in others:
            self._retitle(other)
        self._retitle(person)

    def _given_name_second(self, person: Person, word: str) -> bool:
        """Whether a lone word the article names a person by, bare, is the second of their whole name of three
        words whose first no lexicon knows as a first name (:func:`_address_shaped`): the article calls them by their
        given name, so the first word is a form of address ("Bounthanh" of "Than Bounthanh Keovongsa", "Tebano" of
        "Unimane Tebano Ioteba"). Not in a language of two surnames, whose second word is the father's surname
        ("Olvera" of "Ernesto Olvera Ruiz")."""
        named = person.name.split()
        return (
            len(named) == 3
            and named[1] == word
            and not self.lexicon.double_surnames
            and not person.organisation
            and _address_shaped(named, self.lexicon)
        )

    def _retitle(self, person: Person) -> None:
        """The first word of a person's name is a form of address (:func:`_addressed_again`): the name without it,
        the name shown so far kept for the quotes already credited (``retitled``)."""
        self.retitled[person.name] = person
        cut, person.name = person.name.split(maxsplit=1)
        # ("said Bah Kyrshan" after "Bah Kyrshan Nongrum" told "Bah" a form of address: he, by it and his given name)
        self._cut_before.setdefault(cut.lower(), {})[id(person)] = person
        self._index_first_name(person)

    def _by_given_names(self, key: tuple[str, ...]) -> Person | None:
        """The one person the article named in full whose first names ``key`` is ("María José" of "María José Herrera",
        "Mary Ann" of "Mary Ann Hollis", "Anna Lena" of "Anna Lena Vogt"); None for no one, or two who share them. Its
        words after the first are first names a lexicon knows: "Korbinian Wimmer" is no first names of a longer run
        ("Korbinian Wimmer den Feuerschein", a name and the object after it)."""
        if not all(known_first_name(word) or patronymic_shaped(word) for word in key[1:]):
            return None  # (a patronymic after the given name is the polite form: "sagte Nurlan Serikuly")
        fitting = [
            p
            for p in self._by_first_name[key[0]]
            if len(whole := speaker_key(p.name)) > len(key) and whole[: len(key)] == key
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _surname_before_object(self, mention: str) -> Person | None:
        """The person named before whose surname alone opens a capitalised mention of three words, the second an
        article that is also a name's particle (lexicon ``particle_articles``: "Keller den Entwurf" of "So stellte
        Keller den Entwurf vor", "Huber den Gästen"): there the article opens the cue's object, since a particle name
        ("Ruud den Boer") is met first whole, never as a surname someone of the article bears; None where the whole
        mention or no one of that surname was named."""
        first = mention.split(maxsplit=1)[0]
        if not first[:1].isupper() or self.find(mention) is not None:
            return None
        bearer = self.find(first)
        if bearer is None or bearer.organisation or speaker_key(bearer.name)[-1] != first.lower():
            return None  # (a surname's bearer: never a first name's, "Ruud" of a Ruud named before)
        return bearer

    def _first_named(self, name: str) -> Person | None:
        """The latest person the article named by a first name alone that this full name begins with; in a language of
        two surnames, else the one named by the father's surname alone before it ("— Mosquera" signing a pull quote,
        then "Yuliana Mosquera Palacios": one woman)."""
        key = speaker_key(name)
        if len(key) < 2:
            return None
        alone = [p for p in self._by_surname.get(key[0], ()) if speaker_key(p.name) == key[:1]]
        if not alone and (paternal := self._paternal_key(key)):
            alone = [p for p in self._by_surname.get(paternal[0], ()) if speaker_key(p.name) == paternal]
            alone = alone if len(alone) == 1 and not alone[0].organisation else []
        return max(alone, key=lambda p: p.seen) if alone else None

    def _paternal_key(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """The father's surname of a name's key, in a language of two surnames, or ()."""
        return _middle_name(key) if self.lexicon.double_surnames else ()

    def _patronymic(self, name: str) -> bool:
        """Whether a name of three words or more whose first word is a given name no lexicon knows has a man's name
        after it, which tells no gender (see :meth:`naming`): not a title before it."""
        return name.count(" ") > 1 and not title_gender(name.split(maxsplit=1)[0], self.lexicon)

    def _named_whole(self, phrase: str) -> Person | None:
        """The person the article named by the whole of ``phrase`` before, its first word their first name, though the
        phrase's name alone would cut that word (a given name no lexicon knows before a man's name it knows: "Hodan Omar
        Dirieh", met first set off by commas, :meth:`given_name_set_off`), or None."""
        if phrase not in self._whole_names:
            return None
        people = self._by_surname.get(phrase.rsplit(maxsplit=1)[-1].lower())
        return next((p for p in people if p.name == phrase), None) if people else None

    def _index_first_name(self, person: Person) -> None:
        key = surname_last(person.name)
        if len(key) > 1 and person not in self._by_first_name.setdefault(key[0], []):
            self._by_first_name[key[0]].append(person)
        if (middle := _middle_name(key)) and person not in (index := self._middle_index).setdefault(middle[0], []):
            index[middle[0]].append(person)  # "Olvera" finds "Ernesto Olvera Ruiz"
        if fathers_named(words := person.name.split()):
            # "Rizal" finds "Mohd Rizal bin Haji Omar": each given name before a father's particle
            for given in words[1 : next(i for i, w in enumerate(words) if w in _FATHERS_PARTICLES)]:
                if person not in (named := self._by_middle.setdefault(given.lower(), [])):
                    named.append(person)

    @property
    def _middle_index(self) -> dict[str, list[Person]]:
        # (in a language of two surnames the father's is a surname like the last: "Olvera" is "Ernesto Olvera Ruiz"
        # whoever else is an Olvera; elsewhere it is a name only when no one bears it as a surname)
        return self._by_surname if self.lexicon.double_surnames else self._by_middle

    def _paternal(self, person: Person) -> tuple[str, ...]:
        """The father's surname a person is also called by, in a language of two surnames ("Ernesto Olvera Ruiz":
        "Olvera"), or ()."""
        return self._paternal_key(speaker_key(person.name))

    def _paternally(self, person: Person, key: tuple[str, ...]) -> bool:
        """Whether a name's key calls a person of two surnames by the father's, alone ("Olvera" of "Ernesto Olvera
        Ruiz") or after the first name ("Caridad Rojas" of "Caridad Rojas Valdés", the mother's surname dropped)."""
        paternal = self._paternal(person)
        return bool(paternal) and (key == paternal or key == speaker_key(person.name)[:-1])

    def add_roles(self, person: Person, description: str) -> None:
        """Roles an appositive gives a person: "Example, a former prosecutor," -> "prosecutor"; a role noun in what
        the role is of is none of theirs ("director of student services" is no student)."""
        words = description.split()
        of = _first_in(list(map(str.lower, words)), self.lexicon.complement_words, 1, len(words))
        person.roles |= roles_of(" ".join(words[:of]), "", self.lexicon.code)
        ends = _ROLE_PHRASE_ENDS[self.lexicon.code]
        # (but a role phrase across the link is theirs: "La présidente du tribunal" is the judge)
        person.roles.update(
            role
            for i in range(of + 1, len(words))
            if words[i] in ends and (role := _phrase_role_ending(words, i, self.lexicon))
        )
        self._describe(person, description)
        self._relative_called(person, description)
        if not person.sure and (told := gender_of(description, self.lexicon.code)):
            person.gender, person.sure = told, True
        self._family_name(person, description)
        if description.rpartition(" ")[2].lower() in self.lexicon.family_kin:  # (most appositives: no kin noun)
            self._kin_given(person, description)

    def _kin_given(self, person: Person, description: str) -> None:
        """Remember whose kin a possessive kin appositive makes a named person ("His daughter, Ooi Swee Lin,": the
        daughter of the man "his" stands for; "sa fille, Léa Roux,", "seine Tochter, Lena Reuter,", "su hija, Ana
        Gil,"): a kin noun of hers later ("her father had told her") stands for him."""
        words = description.split()[-2:]
        if len(words) != 2 or (noun := words[1].lower()) not in self.lexicon.family_kin:
            return
        owner = self._owner(words[0], person)
        if owner is not None and owner is not person:
            self._kinship.append((person, noun, owner))

    def _kin_class(self, noun: str) -> str:
        """What a kin noun makes the relative: a child, a parent, a partner, or a sibling (blood kin of neither)."""
        lex = self.lexicon
        if noun in lex.child_kin:
            return "child"
        if noun in lex.parent_kin:
            return "parent"
        return "sibling" if noun in lex.blood_kin else "partner"

    def _given_kin(self, owner: Person, role: str, gender: str) -> Person | None:
        """The person the article made ``owner``'s kin of the class ``role`` names, by naming ``owner`` theirs the other
        way round ("His daughter, Ooi Swee Lin," then "her father" of her: the man "his" stood for), of the kin's
        gender; the latest such."""
        inverse = {"child": "parent", "parent": "child"}
        wanted = self._kin_class(role)
        for relative, noun, other in reversed(self._kinship):
            fits = not gender or other.gender in (gender, "")
            if relative is owner and inverse.get(self._kin_class(noun), self._kin_class(noun)) == wanted and fits:
                return other
        return None

    def _family_name(self, person: Person, description: str) -> None:
        """A first name alone given as a named person's child, parent or sibling takes the family's surname ("said
        her son, Daniel" of Ruth Abernathy is Daniel Abernathy): the article gave it only for the relative."""
        lex = self.lexicon
        words = description.split()[-2:]  # ("said her son, Daniel": the possessive and the kin noun before the name)
        if len(words) != 2 or words[1].lower() not in lex.family_kin or len(speaker_key(person.name)) != 1:
            return
        relative = self._owner(words[0], person)
        if relative is None or len(speaker_key(relative.name)) < 2:
            return
        # (found by the first name only: "Barden" alone is still the parent the article named in full)
        person.name = f"{person.name} {relative.name.split()[-1]}"
        self._index_first_name(person)

    def _owner(self, word: str, other: Person | None = None) -> Person | None:
        """The person a possessive stands for: a pronoun as a pronoun would, the nearest topic of its gender but
        ``other`` ("her son"); a name by the name ("Mark Barden's son"); never a body."""
        pronoun = self.lexicon.pronouns.get(word.lower())
        told = self.lexicon.owner_possessives.get(word.lower())
        if told is None and pronoun is not None and pronoun.gender in (Gender.MALE, Gender.FEMALE):
            told = str(pronoun.gender)
        if told is not None:
            gender = told
            topics = islice(reversed(self._topics.values()), _LOOKBACK)
            # ("sa compagne": a possessive that tells no gender is of the nearest person the text is about)
            fits = (p for p in topics if p is not other and (p.gender in (gender, "") if gender else not p.organisation))
            owner = next(fits, None)
        elif word.endswith(("’s", "'s")):
            owner = self.find(word.removesuffix("’s").removesuffix("'s"))
        else:
            return None
        return owner if owner is not None and not owner.organisation else None

    def _kin(self, words: list[str], role: str, gender: str) -> Person | None:
        """Whom a possessive kin description stands for when no one was given the role ("his sister" of Felix
        Maybrey): the one other person of the owner's surname known to be of the kin's gender, or of any gender for a
        noun that tells none ("his partner", "son mari"), if exactly one. Read again in the same paragraph (the
        sentence's subject, then its quote's cue), it stands for the same person: the first reading made that person
        the latest topic, whose own kin the possessive would find next ("Son mari relativise : « ... »" of Jean-Marc
        and Sylvie Grondin: him both times, never her)."""
        if len(words) != 2 or role not in self.lexicon.family_kin:
            return None
        key = " ".join(words).lower()
        owner = self._owner(words[0])
        parent = owner is None and role in self.lexicon.parent_kin and words[0] in self.lexicon.definite
        if parent:
            owner = self._only_child()  # "Der Vater sagte": the parent of the one child the article named
        if owner is not None and (given := self._given_kin(owner, role, gender)) is not None:
            return given  # ("His daughter, Ooi Swee Lin, said her father had told her": her father is "his")
        read = self._kin_read.get(key)
        if read is not None and read[0] == self._paragraph and owner in read[1:]:
            # (whose kin: the same owner, or the kin itself now read as the owner; "his wife" of another man is his)
            return read[2]
        if owner is None or len(speaker_key(owner.name)) < 2:
            return None
        kin = [p for p in self._family_of(owner) if (p.gender == gender if gender else p.gender)]
        if parent and not kin:
            # "El padre se ríe" of the son the article named: his family's one other member not told to be a woman
            # (a first name no lexicon knows tells no gender), not a shorter name of the child ("Anselmo Ruiz")
            child = set(speaker_key(owner.name))
            kin = [p for p in self._family_of(owner) if not p.gender and not set(speaker_key(p.name)) <= child]
        if not kin and (partner := self._partners.get(owner.name)) and role not in self.lexicon.blood_kin:
            # ("Ein Ehepaar aus Aurich, Enno und Hilke Janssen" … "sagte ihr Mann": the one named with her, though no
            # lexicon knows "Enno" to be a man's name)
            kin = [p for p in self._family_of(owner) if p.name == partner and p.gender in (gender, "")]
        if len(kin) != 1:
            return None
        if gender and not kin[0].gender:
            kin[0].gender, kin[0].sure = gender, True  # ("ihr Mann" of Enno: a man, so "sie" next is no one but her)
        self._kin_read[key] = (self._paragraph, owner, kin[0])
        return kin[0]

    def _family_of(self, person: Person) -> list[Person]:
        """The other people of a person's surname, no body among them; in a language of two surnames, of the father's
        too, the first ("Anselmo Ruiz Prieto" and his son "Anselmo Ruiz Menéndez")."""
        surnames = (speaker_key(person.name)[-1], *self._paternal(person))
        family = {p.name: p for name in surnames for p in self._by_surname.get(name, ()) if p is not person}
        return [p for p in family.values() if not p.organisation]

    def _relative_called(self, person: Person, description: str) -> None:
        """The noun a kin appositive calls a relative by ("Resi Ruhland, die Mutter des Wirts", "Ann Hale, the mayor's
        mother", "la mère du maire"): the one other person of her surname whose gender the text told is called so
        ("der Wirt" is Stefan Ruhland, not the other Stefan the article named)."""
        lex = self.lexicon
        words = description.lower().split()
        if len(words) > 2 and words[-1] in lex.family_kin and words[-2].endswith(("’s", "'s")):
            words = words[-2:]  # ("In the words of the bride's father, Reginald Outerbridge,": a phrase before it)
        if words and (words[0] in lex.determiners or self.possessive(words[0])):
            words = words[1:]
        if len(words) in (3, 4) and words[0] in lex.family_kin and words[1] in lex.complement_words:
            noun = words[-1] if len(words) == 3 or words[2] in lex.determiners else ""  # "des Wirts", "of the mayor"
            noun = noun[2:] if noun[:2] in _ELIDED else noun  # "de l'aubergiste"
        elif len(words) == 2 and words[1] in lex.family_kin and words[0].endswith(("’s", "'s")):
            noun = words[0].removesuffix("’s").removesuffix("'s")  # "the mayor's mother"
        else:
            return
        if not noun.isalpha() or noun in FUNCTION_WORDS or known_first_name(noun) or self.find(noun):
            return  # (a name is no noun: "the mother of Tom")
        # (not the one named with them as a pair: "the bride's father, Reginald Outerbridge" after "Kiara Outerbridge,
        # daughter of Reginald and Andrea Outerbridge": the bride is Kiara, not his wife)
        partner = self._partners.get(person.name)
        relatives = [p for p in self._family_of(person) if p.gender and p.name != partner]
        if len(relatives) == 1 and self._noun_kind(noun) is not _Noun.BODY:
            # (a German genitive's ending dropped too: "des Wirts" -> "wirt")
            stems = (noun[: -len(e)] for e in lex.genitive_endings if noun.endswith(e) and len(noun) > len(e) + 2)
            self._call(relatives[0], noun, *stems)

    def _only_child(self) -> Person | None:
        """The one person the article gave a child's kin noun ("Seine Tochter Lena Reuter"), if exactly one."""
        children = [p for p in self._named.values() if not self.lexicon.child_kin.isdisjoint(p.roles)]
        return children[0] if len(children) == 1 else None

    def _describe(self, person: Person, description: str) -> None:
        """Remember the words of a phrase that describes a person (see :attr:`Person.role_words`)."""
        lex = self.lexicon
        for word in _words(description.lower()):
            word = word.removesuffix("’s").removesuffix("'s").strip(".")
            if word and word not in FUNCTION_WORDS:
                # (the word as written too: of "the project director" and "the chief engineer", both leaders by
                # their role's family, "the director" is the one called so)
                person.role_words.update((title_role(word, lex) or word, word))
                if word in lex.affiliations:
                    person.role_words.add(lex.affiliations[word])  # "Swedish": "the Swede" is them

    def appositive(self, person: Person, description: str) -> None:
        """Roles the appositive after a name gives the person ("Example, a former prosecutor,"); none from a
        phrase or clause that speaks of someone else ("Example, through a spokeswoman,", "who met the senator")."""
        lex = self.lexicon
        words = description.split()
        first = words[0].lower() if words else ""
        if first in lex.clause_words and len(words) > 2:
            self._role_by_verb(person, words)
        # ("die Vorsitzende der Gewerkschaft": a German article before a role, not the relative pronoun "die")
        article = first in lex.determiners and len(words) > 1 and bool(title_role(words[1], lex))
        if (
            first not in lex.prepositions
            and (article or first not in lex.clause_words)
            and first not in lex.subordinators
            and first not in lex.cue_verbs  # "Mary Whitcombe, echoed the bishop.": the predicate, no role of hers
        ):
            # (an appositive opened by its article: "the official Chinese news agency", not "corporate communications
            # and external affairs officer of PECO", whose head noun is not read here)
            unknown = first in lex.determiners and not (person.gender or person.roles or person.organisation)
            self.add_roles(person, description)
            self._learn_voice(person, words, adjacent=False)
            while words and words[0].lower() in lex.determiners:
                words = words[1:]
            # (the head noun ends at a preposition, a relative clause or a participle: "the former Radley Rovers
            # striker standing for Labour" is a striker)
            head = next(
                (i for i, w in enumerate(words) if w in lex.prepositions or w in lex.clause_words or _participle(w)),
                len(words),
            )
            noun = words[head - 1] if head else ""
            if lex.capitalised_nouns and self.capitalised_person_noun(noun):
                noun = noun.lower()  # "Armin Nink, Schreiner in dritter Generation,": "der Schreiner" is him
            if unknown and noun.islower() and self._noun_kind(noun) is _Noun.BODY:
                # "Xinhua, the official Chinese news agency,": a body, no "he" (nothing showed it a person)
                person.organisation, person.gender, person.roles = True, str(Gender.NEUTER), set()
                return
            if noun.islower() and (head <= _NAMED_AS_WORDS or _person_noun(noun)):
                # "Ines Varga, the harbourmaster,", "Tomas Calderon, a lobbyist for Westline who ...,"
                self._call(person, noun.lower())
            self._call(person, *self._trainee_nouns(words[:head]))  # "Kim Roe, an apprentice welder,": the apprentice

    def introduced(self, person: Person, sentence: str) -> None:
        """The nouns the sentence before a person's naming ("He is Sam Kay.", :meth:`Reader._named_by_pronoun`)
        described them by, each a noun the article may call them by next: the person's noun after its first indefinite
        article ("At the gate stood a runner in a penguin costume": "the runner") and what a costume is of (lexicon
        ``costume_nouns``: "the penguin"; "un disfraz de pingüino", "im Pinguinkostüm")."""
        lex = self.lexicon
        words = [w.lower() for w in _FIT_WORD.findall(sentence)]
        at = next((i for i, w in enumerate(words) if w in lex.indefinite), -1)
        if at < 0:
            return  # (most sentences before a naming: no one described, "The race started at nine.")
        described = (w for w in words[at + 1 : at + 1 + _INTRODUCED_WORDS] if self.person_noun(w))
        nouns = [noun] if (noun := next(described, "")) else []
        costumes = lex.costume_nouns
        for i, word in enumerate(words[at:], at):
            if word in costumes:
                # (what it is of after its link, "disfraz de pingüino", else the word before it, "penguin costume")
                after = [w for w in words[i + 1 : i + 3] if w not in lex.determiners]
                linked = i + 1 < len(words) and words[i + 1] in lex.prepositions
                nouns += after[1:2] if linked else [w for w in words[i - 1 : i] if w not in FUNCTION_WORDS]
            elif lex.capitalised_nouns:
                # ("im Pinguinkostüm": the compound's first part)
                nouns += [word[: -len(c)].rstrip("-") for c in costumes if word.endswith(c) and len(word) > len(c) + 2]
        self._call(person, *(n for n in nouns if n.isalpha()))

    def _trainee_nouns(self, words: list[str]) -> list[str]:
        """The nouns for a trade's learner among a description's words (lexicon ``trainee_nouns``), each a word of its
        own ("apprentice" of "an apprentice welder", "apprentie" of "apprentie soudeuse") or, where nouns are written
        together, a compound's last part ("lehrling" of "Schweißerlehrling")."""
        lex = self.lexicon
        trainees = lex.trainee_nouns
        lows = [w.lower() for w in words]
        if lex.capitalised_nouns:
            return [t for low in lows for t in trainees if low.endswith(t)]
        return [low for low in lows if low in trainees]

    def _role_by_verb(self, person: Person, words: list[str]) -> None:
        """The role a relative clause after a name gives by its verb (lexicon ``role_verbs``): its second word, or its
        last where the verb closes the clause ("Morag Dewar, who convenes the committee," is "the convener"; "Eva
        Roth, die den Ausschuss leitet," "die Leiterin"); not a clause whose verb does something else ("who met the
        chair")."""
        verbs = self.lexicon.role_verbs
        noun = verbs.get(words[1].lower()) or verbs.get(words[-1].lower().rstrip(",."))
        if noun and (role := title_role(noun, self.lexicon)):
            person.roles.add(role)
            person.role_words.add(noun)

    def capitalised_person_noun(self, word: str) -> bool:
        """Whether a capitalised word is a noun for a person, in a language that capitalises every noun: a role, or a
        noun of a person's ending, perhaps in the feminine ("Schreiner", "Tischlerin"; not "Hamburg", "Verein")."""
        low = word.lower()
        return (
            word[:1].isupper()
            and word.isalpha()
            and (bool(title_role(low, self.lexicon)) or _person_noun(low) or _person_noun(low.removesuffix("in")))
        )

    def learn_roles(self, person: Person, text: str, start: int, end: int) -> None:
        """Roles given right before a name: in lower case ("la alcaldesa Lucía Herrero", "former
        prosecutor Jane Doe", "la présidente de région Claire Dumoulin") or in an appositive the name
        follows ("Le chef de l'opposition, Marc Lefebvre,", "vom früheren Chefarzt der Klinik, Dr. Bosch");
        and an age right after it ("Strand, 29, said": the 29-year-old)."""
        # (the age opens on a comma or a bracket after a space: most names have neither after them)
        deed = end
        if (text.startswith(",", end) or text.startswith("(", end + 1)) and (age := _AGE_AFTER.match(text, end)):
            person.roles.add(_AGE_NUMBER.findall(age.group())[0] + _AGE)
            deed = age.end()
        if text.startswith(_DEED_OPENINGS[self.lexicon.code], deed):
            self._deed_agent(person, text, deed)  # "Amparo Ferrer won the contest": "the winner" is her
        if (linked := _role_link_after(self.lexicon, text, end)) is not None:
            copula = " ".join(text[linked.start() : linked.start(1)].split()) in self.lexicon.role_predicates
            self._linked_role(person, linked.group(1).split(), copula)
        before = text[start - _ROLE_REACH if start > _ROLE_REACH else 0 : start]
        # (a sentence opening on a link is capitalised: most windows hold none, "As ", "Als ")
        links = _OPENING_LINKS[self.lexicon.code]  # (one a language: asked for every name, so the first alone first)
        opens = links and (links[0] in before or any(map(before.__contains__, links[1:])))
        if opens and (opening := _opening_role(self.lexicon, before, start <= _ROLE_REACH)) is not None:
            self._linked_role(person, opening, copula=False)  # "Als Zeugin sagte die Verkäuferin Hannelore Stüben aus"
        phrase = text[start:end]
        written = before.rsplit(maxsplit=2)[-2:]
        lex, done = self.lexicon, list(map(str.lower, written))  # (at most two words: no comprehension's frame)
        if len(done) == 2 and done[1] == lex.agent_link and (agent := lex.agent_nouns.get(done[0])):
            self._call(person, agent)  # "Ballyhale Lad, trained by Declan Furlong": "the trainer" is him
        elif len(done) == 2 and (done[0] in lex.cue_verbs or done[0] in lex.determiners) and self._unlisted_noun(done[1]):
            self._call(person, done[1])  # "the harbourmaster Ines Varga": "the harbourmaster" is her
        elif written[1:] and written[0][:1].isupper() and written[1].islower() and self._qualified_noun(before, done):
            self._call(person, done[1])  # "Club commodore Shona Reid": "the commodore" is her
        if before.endswith(", "):
            if (office := self._office_in_capitals(before)) is not None:
                self._call(person, office)  # "The Rangbah Shnong of Sohra, …, Bah Kyrshan Nongrum,": he
            apposed = appositive_before(before)
            self._learn_voice(person, apposed, adjacent=False)  # "Le président du X, Alain Y"
            # ("Ese árbitro, Horacio Quinteros,": a demonstrative points back to the role as the article gave it)
            pointed = apposed and apposed[0].lower() in lex.demonstrative_determiners
            # (a noun capitalised in German: "Der Förster, Tobias Wendt,")
            noun = apposed[1] if len(apposed) > 1 else ""
            noun = noun.lower() if lex.capitalised_nouns else noun
            # ("Su dueña, Eulalia Chávez Pinto,", "His skipper, Tom Hale,": an owner's determiner before the noun too)
            determined = apposed and (apposed[0].lower() in lex.definite or apposed[0].lower() in lex.possessives)
            if at := self._object_at(apposed):
                # (a clause before the comma: its object is the description, "The opinion quoted the ranch foreman,
                # Jesse Oakes,": the foreman, and the opinion is no one's noun)
                held = [w.lower() for w in apposed[at:]]
                noun = held[_head_end(held, lex) - 1]
            if noun and (determined or pointed) and self._unlisted_noun(noun):
                self._call(person, noun)  # "La gerente del área de salud, Rosa Hidalgo,": "la gerente" is her
        else:  # "Harlow Water spokesman Jo Bloggs", "RMF-Sprecher Jonas Albrecht"
            titled = phrase[: phrase.find(person.name)].split()
            # (only the word right before the name may be the role: the phrase before it is read when it is one)
            last = titled[-1] if titled else _last_word_of_role_phrase(before)
            # (the role looked up in each set: their union was built at every name read)
            role = _title_role(last, lex.code) if last else ""
            if last is None or last and (role in lex.voice_roles or role in lex.officer_roles):
                head = _role_phrase(before)
                self._learn_voice(person, [*head.split()[-_ROLE_WORDS:], *titled])
        # (the run's words before the name, when it names what the role is of: "Santé" of "le ministre de la Santé Jean
        # Dufresne", "Sanidad" of "la consejera de Sanidad Ana Ruiz")
        of = phrase[: len(phrase) - len(person.name)] if len(phrase) > len(person.name) else ""
        rest = self._roles_before(person, before, before.endswith(", "), bool(of) and phrase.endswith(person.name))
        if rest.endswith(",") and not before.endswith(", ") and self._titled(before[len(rest) :], text[start:end]):
            self._roles_before(person, rest + " ", True)
        elif ", " in before[-_TITLE_SET_OFF:] and (set_off := self._past_title(before)):
            self._roles_before(person, set_off, True)  # "La jefa de enfermería, Licda. Morena Chicas,"
        if not (person.gender or person.organisation) and lex.definite_genders:
            person.gender = str(self._article_gender(before) or "")

    def _office_in_capitals(self, before: str) -> str | None:
        """The office an appositive of the name's sentence gives in capitals after a definite article, before the name
        set off by commas ("The Rangbah Shnong of Sohra, the town's elected headman, Bah Kyrshan Nongrum,", "The
        Collector of Madurai, Anish Sekhar,", "El Alcalde Mayor de Tunja, Rosa Vargas,"), lower case, the office's
        words followed by a preposition or by nothing (not "la Boule lunelloise", a club): the article may
        name the person by it next ("said the Rangbah Shnong"), an office no lexicon lists. None for a body's noun ("The
        Ministry of Health, …, Jane Doe,": the ministry speaks as itself) and most names (no such appositive)."""
        lex = self.lexicon
        if lex.capitalised_nouns or not _office_opening(lex.code).search(before):
            return None  # (most names: no article and capital before; in German every noun is capitalised)
        sentence = before[stop + 2 :] if (stop := before.rfind(". ")) >= 0 else before
        for chunk in sentence.split(", ")[:-1]:
            words = chunk.split()
            if len(words) < 2 or words[0].lower() not in lex.definite or not words[1][:1].isupper():
                continue  # (most appositives: a description in lower case, or none after an article)
            office = list(itertools.takewhile(lambda w: w[:1].isupper() and w.isalpha(), words[1 : 1 + _OFFICE_WORDS]))
            after = words[1 + len(office) : 2 + len(office)]
            if after and after[0].lower() not in lex.prepositions:
                continue  # (a body's name and its adjective: "la Boule lunelloise, Gérard Antoine," names no office)
            if not office or any(
                self._noun_kind(w) is not _Noun.OTHER or known_first_name(w) or title_role(w, lex) for w in office
            ):
                continue  # (a role the lexicon lists is read as one: "The Mayor of Kendal, Ann Cole," is the mayor)
            called = " ".join(office).lower()
            # (a page of thousands of holders of one office stays linear: a lookup reads the holders named so)
            return called if len(self._called_by.get(called, ())) < _ADDRESSED_PEOPLE else None
        return None

    def _object_at(self, words: list[str]) -> int:
        """Where the object of a clause before a name's comma opens, when the words are a clause, not one description:
        the last definite article after the first noun that no link word opens ("The opinion quoted |the ranch foreman,
        Jesse Oakes,"); 0 for a description ("La gerente del área de salud, Rosa Hidalgo,", "The head of the trust")."""
        lex = self.lexicon
        return max(
            (
                i
                for i in range(2, len(words) - 1)
                if words[i].lower() in lex.definite
                and words[i - 1].lower() not in lex.complement_words
                and words[i - 1].lower() not in lex.prepositions
            ),
            default=0,
        )

    def _past_title(self, before: str) -> str:
        """The text before a name up to the comma closing its appositive, when only a title of address stands between
        ("La jefa de enfermería, Licda. |Morena Chicas", "Son avocate, Me |Sandrine Berthoud"): the appositive the name
        follows past its title; or ""."""
        head, _, title = before.rstrip().rpartition(" ")
        lex = self.lexicon
        return head + " " if head.endswith(",") and (title.lower() in lex.titles or title_gender(title, lex)) else ""

    def _qualified_noun(self, before: str, done: list[str]) -> bool:
        """Whether the last two words before a name, ``done`` (lower case; written capitalised, then in lower case),
        are all of its phrase, a word that says what of (not the sentence's adverb or date) and a noun for the person
        the lexicon does not list ("Club commodore Shona Reid", "Parish clerk Tom Hale": the commodore, the clerk). Not
        in German, whose nouns are all capitalised ("Vereinsvorsitzende Ute Kexel" is one word)."""
        lex, (qualifier, noun) = self.lexicon, done
        if lex.capitalised_nouns:
            return False
        if qualifier in FUNCTION_WORDS or qualifier in lex.date_words or not qualifier.isalpha():
            return False
        if noun in lex.time_words or qualifier in lex.time_words:
            return False  # "Late afternoon Ellen Marsh", "Yesterday morning": when, not who
        if lex.adverb_suffix and qualifier.endswith(lex.adverb_suffix) or known_first_name(qualifier):
            return False
        return self._unlisted_noun(noun) and not noun.endswith(("ed", "ing")) and len(_role_phrase(before).split()) == 2

    def _deed_agent(self, person: Person, text: str, at: int) -> None:
        """The nouns a deed's verb right after a name makes of the person (lexicon ``deed_agents``: "won", "ganó", "a
        gagné", "gewann": the winner), as the article may call them next ("the winner added", "añadió la
        ganadora")."""
        deeds = self.lexicon.deed_agents
        words = text[at : at + _DEED_REACH].split(maxsplit=3)
        for verb in (" ".join(words[:3]), " ".join(words[:2]), words[0] if words else ""):
            if (nouns := deeds.get(verb.lower().rstrip(",.;:"))) is not None:
                if verb in self.lexicon.heading_deeds and not self._body_object(text, at + 1 + len(verb)):
                    return  # ("Tom Reed leads the polls": no group's head nor voice)
                # (of a noun for each gender, the person's: "Karine Lavoie a deux enfants" is "la mère", no "père")
                if person.gender:
                    nouns = tuple(n for n in nouns if title_gender(n, self.lexicon) in ("", person.gender)) or nouns
                self._call(person, *nouns)  # (a noun no role lists: "gagnante")
                person.roles.update(role for noun in nouns if (role := title_role(noun, self.lexicon)))
                return

    def _body_object(self, text: str, at: int) -> bool:
        """Whether the words after a verb of heading at ``at`` name a body or a group within a few words ("the
        residents' group", "la plataforma vecinal", "le collectif", "die Bürgerinitiative"): an organisation word that
        is no place's, a group's noun or, in a language that writes compounds as one word, a compound body."""
        lex = self.lexicon
        words = [w.strip(",.;:'’").lower() for w in text[at : at + _BODY_OBJECT_CHARS].split()[:_BODY_OBJECT_WORDS]]
        return any(
            w in lex.organisation_words and w not in lex.place_words or w in lex.group_nouns for w in words
        ) or _any_compound_body(words, lex)

    def _article_gender(self, before: str) -> Gender | None:
        """The gender the definite article of a description right before a name tells, when its words are a noun for a
        person and its adjectives ("la bióloga melillense Salima Hamed", "La autora principal, la bióloga ... Salima
        Hamed" read at each; "le nouveau président Marc Roux"): the name is a woman's or a man's though no first name
        tells ("Salima" is in no list), as a title would; None when the words are no description ("el ministro
        recibió a Ana": a verb and its object)."""
        lex = self.lexicon
        if before.endswith(", "):
            # (an appositive the name follows opens on its article; what it is of follows a link: "El médico de la
            # colla,")
            words = appositive_before(before)
            link = next((i for i, w in enumerate(words) if i and self._link_word(w)), 0)
            words = words[: link or len(words)][: 2 + _DESCRIPTION_ARTICLE]
            article = 0 if len(words) > 1 and words[0].lower() in lex.definite_genders else None
        else:
            words = before.split()[-1 - _DESCRIPTION_ARTICLE :]
            article = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() in lex.definite_genders), None)
            if article is None and words and lex.feminine_endings and words[-1].endswith(lex.feminine_endings):
                return self._elided_gender(words[-1])
        if article is None:
            return None
        nouns = [w.lower() for w in words[article + 1 :]]
        if not nouns or not all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in words[article + 1 :]):
            return None  # (German nouns are capitalised: "der Biologe", read as a description with its name)
        if article and self._link_word(words[article - 1].lower()):
            return None  # "El médico de la colla, Pau Ribas,": the article of what the noun is of
        if any(w in lex.cue_verbs or w in lex.prepositions or singular_finite(lex, w) for w in nouns):
            return None
        noun = nouns[0]
        if noun in lex.thing_nouns or noun in lex.work_nouns or noun in lex.document_nouns or _body_word(noun, lex):
            return None  # "la asociación ecologista Costa Viva", "el hotel Mirador"
        person = title_role(noun, lex) or self._person_noun(noun, lexical=True) or noun.endswith(lex.person_endings)
        return lex.definite_genders[words[article].lower()] if person else None

    def _elided_gender(self, word: str) -> Gender | None:
        """The gender a noun for a person written onto an elided article tells, before a name ("de l'historienne Letizia
        Mattei", "l'ostréicultrice Anne Roux"): a woman's by the noun's ending, where the article tells none."""
        lex = self.lexicon
        article = next((a for a in lex.definite if a.endswith(("'", "’")) and word.lower().startswith(a)), None)
        noun = word[len(article) :] if article is not None else ""
        if not (noun.isalpha() and noun.islower()) or noun in lex.thing_nouns or noun in lex.work_nouns:
            return None
        return Gender.FEMALE if noun.endswith(lex.person_endings) or title_role(noun, lex) else None

    def _link_word(self, word: str) -> bool:
        """Whether a word links a description to what it is of ("de", "of", "del")."""
        return word in self.lexicon.prepositions or word in self.lexicon.complement_words

    def _unlisted_noun(self, word: str, participle: bool = False) -> bool:
        """Whether a lower-case word right before a name may be a noun for the person that the lexicon does not list as
        a role ("coxswain", "harbourmaster"; not "today", "said", "former"); ``participle``: a cue verb's form may be
        one, after an article ("el acusado")."""
        lex = self.lexicon
        return (
            word.isalpha()
            and word.islower()
            and word not in FUNCTION_WORDS
            and word not in lex.role_modifiers
            and (participle or word not in lex.cue_verbs)
            and word not in lex.date_words
            and word not in lex.document_nouns  # ("The opinion quoted the foreman, Jesse Oakes,": no one's noun)
            and not (lex.adverb_suffix and word.endswith(lex.adverb_suffix))
            and not title_role(word, lex)
        )

    def _learn_voice(self, person: Person, words: list[str], adjacent: bool = True) -> None:
        """The organisation a person speaks for, from a role phrase of theirs with a role of ``voice_roles`` or
        ``officer_roles`` that names its body: in an appositive, after a linking word ("le président du Stade
        Garonnais, Alain Castagnède", "Jo Bloggs, chief executive of the Clearwater Trust,"); right before the name
        (``adjacent``: the role is the last word), before the role ("Harlow Water spokesman Jo Bloggs", "RMF-Sprecher",
        "the company's spokesperson", "Konzernsprecherin": a body noun finds the body as "the company" would). The
        first tie the article gives holds; a person is no body."""
        lex = self.lexicon
        if person.organisation or person.speaks_for or not words:
            return
        voices = lex.voice_roles | lex.officer_roles
        last = len(words) - 1
        code = lex.code  # (the cached look-up itself, as in _roles_before)
        reach = range(last, -1 if not adjacent else last - 1, -1)
        role = next((i for i in reach if _title_role(words[i], code) in voices), -1)
        if role < 0:
            return
        # ("le secrétaire régional de Rail Solidaire": an adjective may stand between the role and its link)
        link = role + 1 + self._adjectives(words[role + 1 : role + 1 + _ROLE_ADJECTIVES])
        after = None if adjacent else self._body_after(words[link:])
        body = after or self._body_before(words[:role], words[role])
        if body is None and role == last and all(w.lower() in lex.determiners for w in words[:role]):
            body = self._body_just_named(person)  # "Der Pendlerverband ruft auf. Die Vorsitzende Ute Brenner ..."
        if body is not None:
            person.speaks_for = body.name
            # (the field of the body is theirs: the secretary of "le syndicat Rail Solidaire" is "le syndicaliste")
            person.role_words |= {lex.affiliations[noun] for noun in body.named_as if noun in lex.affiliations}

    def _body_just_named(self, person: Person) -> Person | None:
        """The organisation the article named last before ``person``, with no one named between: whose officer a
        role with no body of its own makes them ("die Vorsitzende", "the chairwoman")."""
        before = (p for p in reversed(self._named.values()) if p is not person)
        latest = next(before, None)
        return latest if latest is not None and latest.organisation else None

    def _body_after(self, words: list[str]) -> Person | None:
        """The body a linking word after a role names ("du Stade Garonnais", "for the water board", "de l'Union
        Bayonne-Adour", "de Cruz Roja en El Hierro": the capitalised run after the link)."""
        lex = self.lexicon
        if not words or words[0].lower() not in lex.body_links:
            if not (words and words[0][:2].lower() in _ELIDED_LINKS and words[0][2:3].isupper()):
                return None
            words = [words[0][2:], *words[1:]]  # "d'Acme": the link written onto the name
        else:
            words = words[1:]
        while words and words[0].lower() in lex.determiners:
            words = words[1:]
        if words and words[0][:2].lower() in _ELIDED and len(words[0]) > 2:
            words = [words[0][2:], *words[1:]]  # "de l'Union Bayonne-Adour"
        run: list[str] = []
        for i, word in enumerate(words):
            bare = word.rstrip(",.;:")
            joined = bare in _NAME_JOINERS and run and i + 1 < len(words) and words[i + 1][:1].isupper()
            if not _NAME_CHARS.fullmatch(bare) or not (bare[:1].isupper() or joined):
                break
            run.append(bare)
            if bare != word:
                break  # a comma or a full stop ends the name
        if not run and len(words) > 2 and words[0] in lex.organisation_words and words[-1][:1].isupper():
            return self.organisation(" ".join(words))  # "du comité des fêtes de Saint-Aubin": the body named in full
        if not run:
            return self._body_noun(words[0]) if words else None  # "du club", "of the company"
        if lex.capitalised_nouns and len(run) > 2 and self._noun_kind(run[0]) is _Noun.BODY:
            # "der Supermarktkette Frischmarkt Süd": what the body is, then its name of two words and more (not "der
            # Polizei Hamburg": one word after the noun is most often the place of a body named by the noun; nor
            # "der Gewerkschaft Deutscher Lokomotivführer", "der Gewerkschaft der Polizei": a run that goes on with an
            # adjective or a genitive is what the noun is of, one name with it)
            named_by_noun = self._place(" ".join(run[1:])) or self._of_noun(run[1])
            run = run if named_by_noun else run[1:]
        return self._as_body(" ".join(run))

    def _of_noun(self, word: str) -> bool:
        """Whether a word after a body noun goes on with the noun's own name: a joiner ("Gewerkschaft der Polizei") or
        an adjective declined for it ("Gewerkschaft Deutscher Lokomotivführer", "Verband Evangelischer Kirchen";
        lexicon ``adjective_endings``, or an affiliation's adjective)."""
        low = word.lower()
        lex = self.lexicon
        return low in _NAME_JOINERS or low.endswith(lex.adjective_endings) or low in lex.affiliations

    def _body_before(self, words: list[str], role: str) -> Person | None:
        """The body named right before a role ("Harlow Water spokesman", "the company's spokesperson"), by a prefix
        of the role word ("RMF-Sprecher") or by the body noun a compound role opens on ("Konzernsprecherin")."""
        lex = self.lexicon
        prefix, hyphen, _ = role.rpartition("-")
        prefix = prefix[3:] if prefix[:3].lower() == "ex-" else prefix  # "Ex-Grünen-Chefin": the party she led
        if hyphen and (_acronym(prefix) or len(prefix) >= _PREFIX_BODY and prefix[:1].isupper()) and not title_role(
            prefix, lex
        ):
            return self._as_body(prefix)  # "RMF-Sprecher", "Grünen-Chefin" (not "Co-Vorsitzender", "Ko-Chefin")
        if lex.compound_titles and (owner := _modifier(role.lower(), lex)):
            # (a noun ending in "s" before the role is read with it too: "Kreissprecherin", "Kreisvorsitzende" of
            # "der Kreis"; a linking "s" is dropped, "Werkssprecher", "Gewerkschaftschefin")
            return self._body_noun(owner) or self._body_noun(_modifier_kept(role.lower(), lex))
        run: list[str] = []
        for word in reversed(words):
            bare = word.removesuffix("’s").removesuffix("'s")
            if not _NAME_CHARS.fullmatch(bare):
                break  # "..., &quot; SpaceX spokesman": a mark ends the name
            # (a possessive opening the sentence is no body: "Seine Sprecherin, Anja Meinel," speaks for a man)
            low = bare.lower()
            if not bare[:1].isupper() or low in lex.determiners or low in lex.possessives or title_role(bare, lex):
                if not run and bare != word:
                    return self._body_noun(bare)  # "the company's spokesperson"
                break
            run.insert(0, bare)
            if bare != word:
                break  # "Harlow Water's chief executive": the owner ends the run
        return self._as_body(" ".join(run)) if run else None

    def _body_noun(self, noun: str) -> Person | None:
        """The organisation a body noun stands for ("club", "Konzern", "company"), as "the company" would find it."""
        found = self.described(f"{self.lexicon.definite[0]} {noun.lower()}", guess=False)
        return found if found is not None and found.organisation else None

    def _as_body(self, name: str) -> Person | None:
        """A capitalised run named as the body a role serves, unless it is a person ("Obama spokesman Josh Earnest"
        speaks for a man, not a body)."""
        words = name.split()
        if not words or words[0].lower() in _ANY_FIRST_NAME:
            return None
        if len(words) == 1 and (self._common_noun(name) or self._noun_kind(name) is _Noun.BODY):
            return self._body_noun(name)  # "Council leader Petra Lindgren": a noun opening the sentence, no name
        named = self.find(name)
        if named is None or len(named.name.split()) < len(words) and any(w.lower() in _NAME_JOINERS for w in words):
            # (a body's name with its small words, "Haus und Hof Lindenhain", is no one who bears its last word)
            return self.organisation(name)
        if named.sure or named.quoted or named.roles:
            return None  # someone a title, a first name or words credited showed to be a person
        named.organisation, named.gender = True, str(Gender.NEUTER)  # "Stade Garonnais", read as a name before
        return named

    def _linked_role(self, person: Person, words: list[str], copula: bool) -> None:
        """The role after "as" or a copula right after a name ("Marco Sample as its new coach", "Marco Beispiel als
        neuen Trainer", "Georg Pietzsch ist seit 1998 Bäckermeister"): a title or role noun after at most two
        lower-case words, none a possessive ("is the mayor's chief of staff" holds no mayor); after a copula, only
        articles, prepositions, role modifiers and a year with its word ("ist seit 1998", "is a former"; "was elected
        mayor" is a passive's predicate, whose mayor may be the one before)."""
        lex = self.lexicon
        for i, word in enumerate(words):
            if word.endswith(("'s", "’s")):
                return
            role = title_role(word, lex)
            if role and role not in lex.role_modifiers:  # ("a former prosecutor": a prosecutor)
                self.add_roles(person, " ".join(words[: i + 1]))
                return
            dated = word.isdigit() or i + 1 < len(words) and words[i + 1].isdigit()  # "seit 1998", "since 2019"
            if copula and not (role or dated or word in lex.determiners or word in lex.prepositions):
                return
            if not (word.islower() or word.isdigit()):
                return

    def _titled(self, between: str, phrase: str) -> bool:
        """Whether the words between a comma and a name, or its own first word, are a title: "Her daughter,
        state Rep. Sofia Marchetti" gives her the appositive before the comma; "Ann Sample, the board's chair,
        met Erik Example" and "..., and Mayor Eva Muster" (the chair is Ann) do not."""
        lex = self.lexicon
        words = between.split()
        if not lex.clause_conjunctions.isdisjoint(w.lower() for w in words):
            return False
        if words and words[-1].lower() in lex.complement_words:
            return False  # "The 80-year-old, a member of Tamworth Soroptimists": the name is what the role is of
        return any(title_role(w, lex) for w in words + phrase.split()[:1])

    def _roles_before(self, person: Person, before: str, appositive: bool, of: bool = False) -> str:
        """Learn the roles of the words right before a name (see :meth:`learn_roles`); returns the text
        before the lower-case words read. ``of``: the name's run opened on words of its own, what a role and its link
        before it are of ("le ministre de la Santé Jean Dufresne")."""
        words: list[str] = []
        lex = self.lexicon
        # (a body's letters in brackets end the appositive: "le secrétaire général du Syndicat national des
        # chercheurs (SNC), Luc Berthier,")
        head = _LETTERS_AFTER.sub("", before.removesuffix(", ")).split() if appositive else before.split()
        reach = _ROLE_WORDS if appositive else _ROLE_TAIL + 1  # lower-case roles stand right before the name
        for word in reversed(head[-reach:]):
            # (a nationality is capitalised in English: "Dutch foreign minister Marloes Verhey"; so is a second role's
            # word opening the sentence: "Deputy leader Alun Roberts" is no leader)
            low = word.lower()
            lower = word.islower() or low in lex.affiliations or low in lex.second_roles
            if not (appositive or lower) or not _CLAUSE_MARKS.isdisjoint(word):
                break
            words.insert(0, word)
            if (affiliation := lex.affiliations.get(low)) is not None:
                person.role_words.add(affiliation)  # "La ministra sueca, Karin Ejemplo,": "la sueca" is her
        rest = " ".join(head[: len(head) - len(words)])
        if not words:
            return rest  # (most names: no word before them reads as a role, a body's noun or a description)
        if not appositive and self._body_noun_before(person, rest, words):
            return rest
        longest = _APPOSITIVE_TAIL if appositive else _ROLE_TAIL
        lowest, ends = len(words) - 2 - longest, _ROLE_PHRASE_ENDS[lex.code]
        for i in range(len(words) - 1, lowest if lowest > -1 else -1, -1):
            # (the cached look-up itself: one call less a word, the hottest caller; or the second word of a role phrase,
            # "La presidenta municipal, Ana Ruiz,": the phrase is the role, the adjective no place it is of)
            if _title_role(words[i], lex.code) or words[i] in ends and i and _phrase_role_ending(words, i, lex):
                tail = [w.lower() for w in words[i + 1 :]]
                if appositive:
                    # (an adjective after the role is no place: "El consejero regional de Transición Ecológica,")
                    tail = tail[self._adjectives(words[i + 1 : i + 1 + _ROLE_ADJECTIVES]) :]
                # Not "the senator about Jane Doe"; not "La alcaldesa de Villarreal": a place, not her name.
                # (an appositive's role may be in a place: "die Staatssekretärin im Ministerium, Katharina Pohl")
                # (or an elided joiner: "la juge d'instruction Anne Sample")
                joiner = tail and (tail[0] in _NAME_JOINERS or tail[0][:2] in ("d'", "d’"))
                joined = joiner or tail and appositive and tail[0] in lex.prepositions
                # (nor "directrice de l'Opéra de la Baie": an elided article before the name makes it what the role
                # is of)
                of_name = tail and tail[-1] in ("l'", "l’")
                # (but a link before a run that holds what the role is of before the name is the role's: "le ministre
                # de la Santé Jean Dufresne", "el ministro de Asuntos Exteriores José Albar" are ministers)
                if not tail or joined and not of_name and (appositive or of or tail[-1] not in _NAME_JOINERS):
                    self.add_roles(person, self._object_role(words, i) if appositive else " ".join(words[: i + 1]))
                    self._describe(person, " ".join(tail))  # "The leader of Ashgrove Borough Council,"
                return rest
        if appositive and (noun := self._apposed_noun(words)):
            self._call(person, noun)  # "the harbourmaster, Ines Varga,": a role the lexicon does not list
        elif not appositive and words and _person_noun(words[-1]) and words[-1] not in FUNCTION_WORDS:
            self._call(person, words[-1])  # "said striker Callum Roddy": "the striker" is him
        return rest

    def _object_role(self, words: list[str], role: int) -> str:
        """The description of an appositive whose role ends at ``words[role]``: the words up to the role, or, when they
        open on a phrase naming no one before a link ("from the hands of the county's chief executive, Claire Voinot",
        "des mains de la secrétaire générale de la préfecture, Claire Voinot"), the role's own noun phrase from its
        article, so that the role is hers ("the chief executive" next). Not a person's noun before the link ("the
        daughter of the mayor, Jane Roe" is the daughter, no mayor)."""
        lex = self.lexicon
        whole = " ".join(words[: role + 1])
        link = next((i for i, w in enumerate(words[:role]) if i and w.lower() in lex.complement_words), role)
        if link >= role or roles_of(" ".join(words[:link]), "", lex.code) or any(map(_person_noun, words[:link])):
            return whole
        article = next((j for j in range(role - 1, link, -1) if words[j].lower() in lex.definite), -1)
        return " ".join(words[article : role + 1]) if article > link else whole

    def _apposed_noun(self, words: list[str]) -> str:
        """The noun of the definite description a name is apposed to, whether the description stands alone ("the
        harbourmaster, Ines Varga,") or after the verb of a cue ("said the lifeguard, Sam Petrakis", "a déclaré
        l'infirmière, ..."), with a complement opened by a preposition after it ("the lifeguard on duty", "el socorrista
        de guardia"); "" when the words are no such description."""
        lex = self.lexicon
        at = next((i for i, w in enumerate(words) if w.lower() in lex.definite or w[:2].lower() in _ELIDED), -1)
        if at < 0 or at > 0 and words[at - 1].lower() not in lex.cue_verbs:
            return ""
        elided = words[at].lower() not in lex.definite  # ("l'infirmière": the article written onto the noun)
        noun, rest = (words[at][2:], words[at + 1 :]) if elided else (" ".join(words[at + 1 : at + 2]), words[at + 2 :])
        complement = not rest or (
            rest[0] in lex.prepositions and len(rest) <= _COMPLEMENT_WORDS and lex.determiners.isdisjoint(rest[1:])
        )
        # (a cue verb's participle after the article opening the appositive is a noun: "El acusado, Rubén Pardo,", "Le
        # prévenu, Rémi Caron,")
        return noun if complement and self._unlisted_noun(noun.replace("-", ""), participle=at == 0) else ""

    def _adjectives(self, words: list[str]) -> int:
        """How many of ``words`` (after a role) qualify it: lower-case words of no function nor verb ("regional",
        "général", "adjunta"), not the joiner of a place ("de") nor a participle ("standing")."""
        lex = self.lexicon
        count = 0
        for word in words:
            low = word.lower()
            if not (word.isalpha() and word.islower()) or low in FUNCTION_WORDS or low in lex.prepositions:
                break
            if _participle(word) or low in lex.cue_verbs:
                break
            count += 1
        return count

    def _body_noun_before(self, person: Person, rest: str, words: list[str]) -> bool:
        """A name right after a definite organisation noun and no role ("Le groupe sidérurgique Valmont Aciers",
        "the firm Harlow Water") names that organisation: "le groupe", "it" find it next (not "the group's
        founder", nor "One news account described Ban")."""
        lex = self.lexicon
        if not words or person.sure or person.quoted or person.roles or any(title_role(w, lex) for w in words):
            return False
        determiner = rest.split()[-1:]
        if not determiner or determiner[0].lower() not in lex.definite:
            return False
        if not (
            words[0] in lex.generic_bodies or words[0] in lex.organisation_words and words[0] not in lex.place_words
        ):
            return False
        person.organisation, person.gender = True, str(Gender.NEUTER)
        self._call(person, words[0].lower())  # "le syndicat": what the body is
        return True

    def described(self, description: str, guess: bool = True) -> Person | None:
        """The person a definite description stands for: "the senator" -> the latest senator named,
        "la alcaldesa" -> the latest mayor who is no man, "the trust" -> "the Clearwater Trust"; with ``guess``,
        a public role no one was given ("the Florida senator") -> whom the text is about."""
        lex = self.lexicon
        words = list(_words(description.lower()))  # (a copy: the article and the last words are cut off)
        if words and words[0][:2] in _ELIDED and words[0][:2] in lex.definite and len(words[0]) > 2:
            words[:1] = [words[0][:2], words[0][2:]]  # "l'ingénieur", "l’ancien professeur": the article, then the role
        while len(words) > 2 and words[-1] in FUNCTION_WORDS and words[-1] not in lex.role_nouns:
            words.pop()  # "The company's statement also" (not "His eldest son": "son" is a French word's form too)
        owned = len(words) > 1 and words[0] in lex.possessives and self._possessive_body(words[0]) is not None
        if len(words) < 2 or not (words[0] in lex.definite or self.possessive(words[0]) or owned):
            return None
        if self._named_body(description):
            return None  # "Der Pendlerverband Oberfranken", "die Kali Südharz AG": a body's name, not a description
        written = description.split()
        end = _head_end(words, lex)
        head = words[end - 1]
        kind = self._noun_kind(head)
        owner = [w.removesuffix("’s").removesuffix("'s") for w in words[1:-1] if w.endswith(("’s", "'s"))]
        if kind is _Noun.DOCUMENT and owner:
            return self.described(f"{words[0]} {owner[-1]}")  # "the company's statement": the company
        if kind is _Noun.DOCUMENT and head in lex.ruling_nouns and (court := self._court()) is not None:
            return court  # "Según recoge la sentencia": the court named before, whose ruling it is
        if owned and (kind is _Noun.DOCUMENT or not self.possessive(words[0])):
            # ("Das Bundesamt … hatte gewarnt. Seine Warnung lautete:": the body's warning; "its vice president" is
            # no description of anyone the text named)
            return self._possessive_body(words[0]) if kind is _Noun.DOCUMENT else None
        if kind is _Noun.DOCUMENT and self.possessive(words[0]):
            pronoun = lex.pronouns.get(words[0])  # "Sein Gutachten hält fest": his, whom the pronoun stands for
            return self._referent(str(pronoun.gender) if pronoun is not None else "")
        if kind is _Noun.DOCUMENT:
            latest = next(reversed(self._topics.values()), None)  # "X issued a statement. “...,” the statement said"
            if latest is not None and latest.organisation:
                return latest
            # ("UN spokesperson Stephane Dujarric said in a statement that ... “…,” the statement read": the person the
            # running text credited with words last, no one quoted since, when the text is still about them)
            reporter = self._reporter
            return reporter if reporter is not None and reporter is latest and head in lex.issued_documents else None
        if kind is _Noun.BODY:
            named = [b for b in islice(reversed(self._named.values()), _LOOKBACK) if b.organisation]
            same = self._body_holding(words[1:])
            if same is not None or head not in lex.generic_bodies or words[end - 2] in lex.body_compounds:
                return same  # "the council" -> "Richmond City Council"; "the task force" is no generic "force"
            topic = next((b for b in islice(reversed(self._topics.values()), 2) if b.organisation), None)
            # ("Greengage Stores ... rejected the findings. In a statement the chain said": the one body of this paragraph,
            # though the page named its broadcaster above)
            here = {b.name: b for b in named if b.seen > self._paragraph}
            if topic or named:
                return (
                    topic
                    or (named[0] if len({b.name for b in named}) == 1 else None)
                    or (next(iter(here.values())) if len(here) == 1 else None)
                    or self._just_named(named[0], self._last_paragraph)
                )  # the one body named, else the body named last, just now
            # ("whether Greyscar Aggregates may dig ... The company says"; not "the group" of a crowd)
            return self._unknown_as_body() if head in lex.company_nouns else None
        if kind is _Noun.OTHER and len(words) == 2 and (ending := self._body_ending(head)) is not None:
            return ending  # "the park" of "Kinloch Wildlife Park", "the sanctuary": a kind no lexicon lists as a body's
        if head not in lex.family_kin and (boss := role_owner(words, end, lex)):
            # "the mayor's chief of staff", "die Referentin des Bürgermeisters", "el portavoz del alcalde": someone who
            # works for the holder of another role is the person the article gave that role with that owner, never the
            # owner, another holder of the head's role nor a guess at whom the text is about (else it stays the role)
            return self._owned_holder(head, boss)
        roles = [r for r in _role_sequence(words[1:], lex) if r not in lex.role_modifiers]  # not "former" alone
        gender = self._description_gender(words, head)
        if head in lex.decade_nouns:
            return self._of_decade(lex.decade_nouns[head], gender)  # "raconte le sexagénaire"
        if not roles:
            # "the harbourmaster": a person the article described with that very word, else no one ("the crowd")
            return (
                self._called(head)
                # (or the noun before it: an adjective may follow its noun, "el hermano mayor" of "El hermano mayor, X,")
                or (self._called(words[1]) if end == 3 else None)
                or self._affiliated(words, head, gender, guess)
                # (a body's letters end no description of a person: "Der US-Nachrichtensender CNN" is no guess; nor
                # does a capitalised head where nouns are lower case, a body's name: "la Collectivité de Saint-Martin")
                or (
                    self._described_topic(words, head, gender)
                    if guess and not _acronym(written[-1]) and not self._capitalised_head(description, head)
                    else None
                )
                or (self._only_woman(words, gender) if guess and self._person_noun(head, lexical=False) else None)
            )
        if not title_role(head, lex) and (called := self._called(head)) is not None:
            # "the head keeper": the person called a keeper ("Head keeper Owen Pryce"), not a director who is "head"
            # of something too: the head noun says what they are, a role word before it only modifies it
            return called
        reach = self._in_reach()
        holders = [p for p in reach if roles[-1] in p.roles and (not gender or p.gender in (gender, ""))]
        if not holders and len(roles) > 1 and not lex.clause_conjunctions.isdisjoint(words):
            # "the Florida senator and Republican presidential candidate": one person with two roles, either finds them
            holders = [p for p in reach if roles[-2] in p.roles and (not gender or p.gender in (gender, ""))]
        if not holders and head in lex.role_hypernyms:
            # ("la responsable del centro": the one director of her gender, when no one holds the head's own role)
            wider = lex.role_hypernyms[head]
            fits = [p for p in reach if not wider.isdisjoint(p.roles) and (not gender or p.gender in (gender, ""))]
            holders = fits if len(fits) == 1 else []
        if not holders and roles[-1].endswith(_AGE):
            return self._ageless_topic(gender)  # "..., said Tamapua. “...,” the 61-year-old told delegates."
        called = self._called(head) if not holders else None
        if called is not None and (not gender or called.gender in (gender, "")):
            return called  # ("said the trainer" of "trained by Declan Roe": the noun as the article called someone)
        if not holders:
            # ("his sister"; "the Swedish grandmaster" when no one was given that role: the Swede)
            kin = self._kin(words, roles[-1], gender) or self._affiliated(words, head, gender, False)
            return kin or self._untold(words, roles[-1], gender, guess)
        # Of several holders, the one whose role was described in the description's words ("the health chief":
        # the director of public health, not the council's leader), then the latest.
        # ("health" of "the health chief", "sweden" of "the Swedish minister"; not "former")
        told = {lex.affiliations.get(w, w) for w in words[1:] if not title_role(w, lex)}
        told |= {_modifier(w, lex) for w in words[1:]} - {""}  # "gewerkschaft" of "die Gewerkschaftschefin"
        # (of the holders of the role as written: "the director" is the project director, not the chief engineer)
        nearest = max((p for p in holders if head in p.role_words), key=lambda p: p.seen, default=holders[-1])
        capitalised = any(w[:1].isupper() for w in description.split()[1:])
        if not (capitalised or nearest.quoted) and self._just_named(nearest, self._last_sentence):
            # ("Councilor Ed Reyes urged ... “...,” the city councilor said": the one named the sentence before, though
            # another's title held "City"; a capital tells which one, "the Florida senator"; after their own quote a
            # role more often names another holder: "..., the health chief said. “...,” the council leader said")
            return nearest
        return max(holders, key=lambda p: (len(told & p.role_words), head in p.role_words, p.seen))

    def _in_reach(self) -> Collection[Person]:
        """The people and bodies named, in the order last named, the latest ``_NAMED_REACH`` of them."""
        if len(self._named) <= _NAMED_REACH:
            return self._named.values()
        return list(islice(reversed(self._named.values()), _NAMED_REACH))[::-1]

    def _capitalised_head(self, description: str, head: str) -> bool:
        """Whether a description's head noun is written with a capital in a language whose nouns are lower case: a
        body's name ("la Collectivité de Saint-Martin", "the Guild"), no description of a person to guess at."""
        if self.lexicon.capitalised_nouns:
            return False
        at = description.lower().find(head)
        return at > 0 and description[at].isupper()

    def _owned_holder(self, head: str, owner: str) -> Person | None:
        """The latest person the article described by a role's noun and its owner's as written ("Jane Roe, the mayor's
        chief of staff," for "the mayor's chief of staff"; not a director, though of the chief's family), or None."""
        held = (p for p in self._named.values() if head in p.role_words and owner in p.role_words)
        return max(held, key=lambda p: p.seen, default=None)

    def holder_named_since(self, description: str, credited: str | None) -> Person | None:
        """The one person the article has given a description's role by now, when the person it was credited to when
        read holds no such role: that was a guess at whom the text was about ("« ... », a rappelé le préfet" after a
        cousin's quote, "Le préfet, Arnaud Gbaguidi," two paragraphs on); of several, the one given the role with no
        word the description does not say; None when the guess holds it or the role is several people's or no one's."""
        lex = self.lexicon
        words = list(_words(description.lower()))
        head = words[_head_end(words, lex) - 1] if len(words) > 1 else ""
        guessed = self.find(credited) if credited else None
        if guessed is None or guessed.organisation or head in guessed.role_words:
            return None  # (read before the holders: most quotes were credited to one, and the cast is not scanned)
        role = title_role(head, lex)
        holders = [p for p in self.holders(role) if head in p.role_words and not (p.organisation or p.anonymous)]
        # (a description ending on a role phrase's last word, not on a name: "The Rt Rev Jonathan Ashdown")
        ends = words[-1] in _ROLE_PHRASE_ENDS[lex.code]
        phrased = _role_sequence(words[1:], lex)[-1:] if ends else []
        if not holders and phrased and phrased[0] != role:
            # ("la représentante du parquet", "el jefe del municipio": the role its words name together, whatever noun
            # the holder was given)
            holders = [p for p in self.holders(phrased[0]) if not (p.organisation or p.anonymous)]
        if len(holders) > 1:
            # (of several, those given the role with no word the description does not say: "the library's director" is
            # "The director, Loretta Hoskins", not "her district director, Dustin Pigman")
            said = set(words)
            told_all = (p for p in holders if all(w in said or title_role(w, lex) for w in p.role_words))
            holders = list(islice(told_all, 2))  # (two are as many as all: the one holder is asked for)
        if len(holders) != 1:
            return None
        # (no guess when the description's other words tell them: "El jefe de la diplomacia española" of the Spanish
        # minister, though a general is the one "jefe")
        told = {lex.affiliations.get(w, w) for w in words[1:] if not title_role(w, lex)}
        if self._of_another_body(words, holders[0]):
            return None  # "El presidente del tribunal" is no "presidente de la cooperativa" named later
        return holders[0] if holders[0] is not guessed and told.isdisjoint(guessed.role_words) else None

    def _of_another_body(self, words: list[str], holder: Person) -> bool:
        """Whether a description's words (lower case) say what its role is of, and a holder was given the role of a
        body they do not name ("the president of the court" is no "president of the cooperative"; "le premier
        magistrat de la ville" may be "Le bourgmestre, X,")."""
        of = self._role_of(words)
        return bool(of) and of.isdisjoint(holder.role_words) and not self.lexicon.organisation_words.isdisjoint(
            holder.role_words
        )

    def holder_named_later(self, description: str) -> Person | None:
        """The one person the whole article gives a description's role, of its gender, when the description was left as
        written, no one holding the role when it was read ("« … », a rétorqué le premier magistrat de la ville", the
        mayor introduced after it as "Le bourgmestre, Philippe Delvaux,"; a caption's "sagt die Richterin" over the
        body that names her); None when no one or several hold it."""
        lex = self.lexicon
        words = list(_words(description.lower()))
        if len(words) < 2 or words[0] not in lex.definite:
            return None
        head = words[_head_end(words, lex) - 1]
        gender = self._description_gender(words, head)
        # (the head's role, or a role phrase's its words end on, "le premier magistrat de la ville", "la représentante du
        # parquet"; never what the role is of, "la collaboratrice de la maire" is no mayor)
        ends = _ROLE_PHRASE_ENDS[lex.code]
        phrased = _role_sequence(words[1:], lex)[-1:] if head in ends or words[-1] in ends else []
        role = phrased[0] if phrased else title_role(head, lex)
        # (or a noun no lexicon lists as a role that the article called them by: "Der Angeklagte, Ferdinand Koller,")
        held = self.holders(role) if role else list(self._called_by.get(head, ()))
        holders = [
            p
            for p in held
            if not (p.organisation or p.anonymous) and " " in p.name and (not gender or p.gender in (gender, ""))
        ]
        if len(holders) != 1 or self._of_another_body(words, holders[0]):
            return None
        # (the words before the head that are no role must be the holder's: "the presiding commissioner" is no
        # "Commissioner Holloway", though the one commissioner named)
        told = words[1 : _head_end(words, lex) - 1]
        return holders[0] if all(title_role(w, lex) or w in holders[0].role_words for w in told) else None

    def _role_of(self, words: list[str]) -> set[str]:
        """The words of what a description's role is of, after its first complement word ("tribunal" of "el presidente
        del tribunal", "cooperative" of "the chair of the cooperative")."""
        lex = self.lexicon
        at = next((i for i, w in enumerate(words) if i > 1 and w in lex.complement_words), len(words))
        return {w for w in words[at + 1 :] if w not in FUNCTION_WORDS}

    def _possessive_body(self, word: str) -> Person | None:
        """The body a possessive of a third person opening a document's description stands for: the body the text
        named last, in the sentence before ("Das Bundesamt für Seeschifffahrt (BSH) hatte gewarnt. Seine Warnung
        lautete:", "The Environment Agency issued an alert. Its warning read:", "La préfecture a publié un arrêté. Son
        communiqué disait :"), else None. Not a possessive of a man or a woman in a language whose bodies have no
        gender of their own (English "his", "her": a person's, as :meth:`possessive` reads), nor one of the writer
        ("our report"), nor a body named before a person ("Die Stadt … Bürgermeisterin Anna Kurz. Ihr Bericht": hers),
        nor one of a paragraph before."""
        lex = self.lexicon
        pronoun = lex.pronouns.get(word)
        third = word in lex.owner_possessives or pronoun is not None and pronoun.person == 3
        personal = pronoun is not None and pronoun.gender in (Gender.MALE, Gender.FEMALE) and not lex.body_pronouns
        if not third or personal:
            return None
        # (the description itself may have been read as a body's name first: "Sein Gutachten" is no owner)
        named = (p for p in reversed(self._named.values()) if p.name.split()[0].lower() not in lex.possessives)
        latest = next(named, None)
        if latest is None or not latest.organisation or latest.seen <= max(self._paragraph, self._last_sentence):
            return None
        return latest

    def _just_named(self, person: Person, since: int) -> Person | None:
        """The person, when they are the one the text named last and named them after the clock ``since`` (the
        sentence or the paragraph before this one began): a description of their kind stands for them, the nearest
        one (the Spanish "el organismo" right after the body it describes), or None."""
        latest = next(reversed(self._named.values()), None)
        return person if person is latest and person.seen > since else None

    def first_body(self) -> Person | None:
        """The first body the article named: an organisation, or a name of two words or more that nothing showed to be
        a person (no known first name, title, role or gender: "Brackwell Home Appliances"), or None."""
        for person in self.people:
            words = person.name.split()
            unknown = not (person.anonymous or person.sure or person.roles or person.gender)
            if person.organisation or unknown and len(words) > 1 and not any(known_first_name(w) for w in words):
                return person
        return None

    def _unknown_as_body(self) -> Person | None:
        """The latest name of two words or more that nothing showed to be a person (no known first name, title, role,
        gender or quote: "Greyscar Aggregates"), named in this paragraph or the one before, made the organisation a
        generic body noun finds when the article named no body ("The company says ..."), or None (a dateline's
        "Sinnamary Publié" far above is no company)."""
        for person in islice(reversed(self._named.values()), _LOOKBACK):
            if person.seen <= self._last_paragraph:
                return None
            words = person.name.split()
            if person.organisation or person.anonymous or person.sure or person.roles or person.quoted:
                continue
            if len(words) > 1 and not any(known_first_name(w) for w in words):
                if self.lexicon.capitalised_nouns and _person_noun(words[0].lower()):
                    person.name = " ".join(words[1:])  # "Der Fahrradhersteller Velmond": the noun says what it is
                person.organisation, person.gender = True, str(Gender.NEUTER)
                self._organisations.setdefault(person.name.lower(), person)
                return person
        return None

    def _called(self, noun: str) -> Person | None:
        """The latest person the article called by a noun its lexicon lists as no role ("the harbourmaster, Ines
        Varga,", "striker Callum Roddy", "trained by Declan Furlong": the trainer)."""
        # (from those the noun was given to (``_call``), the cast's now, not the whole cast: a long page of names stays
        # linear; each ``_touch`` gives a new ``seen``, so no two of the cast share one)
        latest = None
        for person in self._called_by.get(noun, ()):
            if self._named.get(id(person)) is person and (latest is None or person.seen > latest.seen):
                latest = person
        return latest

    def _call(self, person: Person, *nouns: str) -> None:
        """The article called a person by nouns (``Person.named_as``), each indexed for :meth:`_called`."""
        for noun in nouns:
            if noun not in person.named_as:
                person.named_as.add(noun)
                self._called_by.setdefault(noun, []).append(person)

    def _called_person(self, noun: str) -> bool:
        """Whether the article called a person, not a body, by a noun (see :meth:`_called`)."""
        called = self._called(noun)
        return called is not None and not called.organisation

    def _named_body(self, description: str) -> bool:
        """Whether a determiner and capitalised words name an organisation, with no role among them ("Der
        Pendlerverband Oberfranken"; not "The leader of Ashgrove Borough Council")."""
        words = description.split()
        return (
            # (or a body's name ending in lower case: "la Fédération française de football")
            (words[-1][:1].isupper() or self.lexicon.lower_body_parts)
            # ("La Rectora de la Escuela Superior": a noun the article called someone is a role too; not a body's noun)
            and not any(title_role(w, self.lexicon) or self._called_person(w.lower()) for w in words)
            and bool(body_name(description.strip(), self.lexicon.code))
            and not self._first_named_in(description)
        )

    def _first_named_in(self, phrase: str) -> bool:
        """Whether a phrase holds a name opened by a known first name ("Stadtrat Klaus-Peter Wendt": a person, whatever
        the noun before; not "la Compagnie des Îles du Ponant")."""
        name = _candidate(phrase, self.lexicon.code)[0]
        return bool(name) and known_first_name(name.split()[0]) and not self._place_of_body(phrase, name)

    def _place_of_body(self, phrase: str, name: str) -> bool:
        """Whether a name a body's noun and an "of" link stand before is the place the body is of, whatever first name
        its first word is too ("El Parque Natural de Sierra Espuña": no Ms. Sierra Espuña); not a name right after the
        noun ("Stadtrat Klaus-Peter Wendt")."""
        lex = self.lexicon
        before = phrase[: phrase.find(name)].lower().split()
        return len(before) > 1 and before[-1] in lex.of_links and any(w in lex.organisation_words for w in before[:-1])

    def _affiliated(self, words: list[str], head: str, gender: str, guess: bool) -> Person | None:
        """Whom a description by nationality or field stands for ("the Swede", "le syndicaliste", "the Portuguese
        grandmaster"): the latest person the article described by that nationality or field ("a former Swedish
        minister", "délégué syndical", "Portugal's Ines Carvalho"); with ``guess``, when it described no one so, the
        one person just named it may be (see :meth:`_only_unaffiliated`), or no one."""
        lex = self.lexicon
        key = lex.affiliations.get(head) if head in lex.affiliation_nouns else None
        if key is None:
            key = next((lex.affiliations[w] for w in words[1:-1] if w in lex.affiliations), None)
        if key is None and self._labels:
            # (a party's or a body's letters the article gave someone in brackets, alone or opening a compound: "der
            # SVP-Politiker", "la edil del PP", "the SNP councillor": the person of that label and of the gender told)
            parts = (part for w in words[1:] for part in {w, w.partition("-")[0]})
            key = next((part for part in parts if part in self._labels), None)
            labelled = [
                p for p in self._named.values() if key in p.role_words and (not gender or p.gender in (gender, ""))
            ]
            return max(labelled, key=lambda p: p.seen, default=None) if key else None
        if key is None:
            return None
        held = (p for p in self._named.values() if key in p.role_words and not p.organisation)
        latest = max(held, key=lambda p: p.seen, default=None)
        return latest if latest is not None or not guess else self._only_unaffiliated(gender)

    def _only_unaffiliated(self, gender: str) -> Person | None:
        """The one person among the latest named that a nationality no one was given may stand for: credited with
        words (the text is about them), of no nationality or field the article stated, and not of the other gender
        ("«...», afirmó el serbio" of the one player a club presented and quoted; never a guess between two)."""
        told = set(self.lexicon.affiliations.values())
        recent = islice((p for p in reversed(self._named.values()) if not p.organisation), _AFFILIATION_REACH)
        quoted = (p for p in recent if p.quoted and told.isdisjoint(p.role_words))
        fits = [p for p in quoted if not gender or p.gender in (gender, "")]
        return fits[0] if len(fits) == 1 else None

    def names_person(self, name: str | None) -> bool:
        """Whether a speaker is someone of the cast who may be a person (:meth:`_may_fit`), not a description as written
        or a body."""
        person = self.find(name) if name else None
        return person is not None and self._may_fit(person)

    def of_other_sex(self, description: str, name: str) -> bool:
        """Whether a description's head noun itself tells the other sex than the article gave the person named ``name``:
        a noun for a person of one sex or a role of one ("the man in the green cap", "der alte Fährmann", "die
        Täscherin"), not an article alone ("la autoridad municipal" may be a man)."""
        person = self.find(name)
        words = description.lower().split()
        if person is None or not person.gender or not words:
            return False
        lex = self.lexicon
        # (the head before what it is of: "hombre" of "el hombre de la gorra verde")
        ends = (lex.stopwords, lex.description_links)
        phrase = [*takewhile(lambda w: not any(w in words_of for words_of in ends), words[1:])] or words[-1:]
        told = _noun_gender(phrase[-1], lex) or title_gender(phrase[-1], lex)
        return bool(told) and told != person.gender

    def of_other_gender(self, description: str, name: str) -> bool:
        """Whether a description tells the other gender than the article gave the person named ``name`` ("entgegnete
        der Ortsvater" of an innkeeper, "Milka"; not "la autoridad tradicional", a noun whose gender is grammar alone,
        lexicon ``epicene_nouns``): it cannot be them."""
        person = self.find(name)
        words = description.lower().split()
        if person is None or not person.gender or not self.lexicon.epicene_nouns.isdisjoint(words):
            return False
        told = self._description_gender(words, words[-1]) if words else ""
        return bool(told) and told != person.gender

    def told_gender(self, description: str) -> str:
        """The gender a description tells by its article or its head noun's ending ("die Forscherin", "la autora"),
        or "" (see ``_told_gender``)."""
        words = description.lower().split()
        return self._told_gender(words, words[-1]) if words else ""

    def _description_gender(self, words: list[str], head: str) -> str:
        """The gender a definite description tells: a title's, else its article's or its head noun's ("la autora", "el
        valenciano"), or ""."""
        return next((g for g in (title_gender(w, self.lexicon) for w in words[1:]) if g), "") or self._told_gender(
            words, head
        )

    def _told_gender(self, words: list[str], head: str) -> str:
        """The gender a description's article or its head noun's ending tells ("la autora", "el valenciano",
        "l'autrice", "die Managerin"), or ""."""
        lex = self.lexicon
        told = lex.definite_genders.get(words[0])
        singular = lex.singular_endings.get(words[0])
        if told is None and singular is not None and head.endswith(singular[1]) and title_role(head, lex):
            told = singular[0]  # "die Vorsitzende": a woman (not "die Vorsitzenden", nor "die Quelle": no role)
        if told is None and lex.feminine_endings and head.endswith(lex.feminine_endings):
            told = Gender.FEMALE
        if told is None and lex.indefinite_feminine_endings and self._feminine_after(words[0], head):
            told = Gender.FEMALE  # "Eine Jeckin" (the test first: most languages have no such article)
        # (an elided article tells none, the noun may: "l'élue", "l'adjointe" are women)
        if told is not None:
            return str(told)
        # (and a compound's last part after its hyphen: "die AfD-Frau", "der SPD-Mann", "die Grünen-Chefin")
        first, hyphen, last = head.rpartition("-")
        compound = hyphen and first.split("-")[0] not in _ANY_ROLE_MODIFIER
        return title_gender(head, lex) or (title_gender(last, lex) if compound else "")

    def _feminine_after(self, article: str, noun: str) -> bool:
        """Whether an indefinite article tells a woman by the ending of the noun after it ("Eine Jeckin", "eine
        Köchin"; lexicon ``indefinite_feminine_endings``), the noun longer than its ending and the article's."""
        endings, things = self.lexicon.indefinite_feminine_endings.get(article, ((), ()))
        return bool(endings) and len(noun) > 4 and noun.endswith(endings) and not noun.endswith(things)

    def _described_topic(self, words: list[str], head: str, gender: str) -> Person | None:
        """Whom a definite description of no role the lexicon lists stands for when no one was called so ("«...»,
        recuerda la montevideana", "a assuré le sexagénaire", "dijo el valenciano"): when its article or a title
        tells its gender, the nearest topic of that gender, as a pronoun would be; never a body, nor a topic nothing
        showed to be a person."""
        lex = self.lexicon
        if words[0] not in lex.definite or len(words) > _DESCRIPTION_WORDS or not head.isalpha():
            return None
        if not gender or head in FUNCTION_WORDS or head in lex.affiliation_nouns:
            # (a nationality no one was given is no guess from how a name sounds: "the German"; a description that
            # tells no gender is as often someone beside the subject: "Trump was asked ... “...,” the moderator said")
            return None
        kind = self._person_noun(head, lexical=True)
        contest = head in lex.contest_roles
        passed = False
        unsure: Person | None = None  # the nearest, named in this paragraph by a name of no known gender
        for person in islice(reversed(self._topics.values()), _LOOKBACK):
            if unsure is not None:
                # (someone of the description's gender named in this paragraph too is surer: "…, delantero del club
                # Izarraitz Pilota Elkartea … «…», celebró el pelotari" is the forward, not the club)
                named = not (person.organisation or person.anonymous) and person.seen > self._paragraph
                return person if named and person.gender == gender else unsure
            if person.anonymous and not kind and person.gender == gender:
                return person  # a noun for no kind of person tells only a gender, as a pronoun would: theirs, unnamed
            if person.organisation or person.anonymous:
                continue  # (someone unnamed has a noun of their own: "Ein Spaziergänger" is no "die Vorsitzende")
            if not person.gender:
                # nothing showed it a person ("El Basket Costa Azahar presentó a ..."); unless a person's name the
                # paragraph gave, with a given name no lexicon knows, is the nearest ("Seraina Imboden leitet die
                # Messreihe. „…“, sagte die Glaziologin"): the description tells their gender, as a pronoun would not
                if passed or not self._named_here(person):
                    return None
                unsure = person
                continue
            if contest and person.gender == gender and self._occupied(person):
                # ("a lancé le vainqueur" after a wrestler and his coach: a coach wins no bout, whoever spoke last)
                passed = True
                continue
            if not gender or person.gender == gender:
                # (past someone of the other gender, only a woman quoted before: "Sarah Jones, 34, was charged ... Police
                # chief Tom Brown said ... “...,” the waitress said" is a witness the text had not named)
                return person if person.quoted or not passed else None
            passed = True
            if not person.sure:
                return None  # (a pronoun's guess stands in the way: no surer than the description)
        return unsure

    def _named_here(self, person: Person) -> bool:
        """Whether someone of no known gender was named in the paragraph being read by a given name and a surname, as
        a person's name looks (not a body's of more words the lexicons do not know: "del club Izarraitz Pilota
        Elkartea")."""
        return person.seen > self._paragraph and len(person.name.split()) == _GIVEN_AND_SURNAME and is_person_name(
            person.name
        )

    def _untold(self, words: list[str], role: str, gender: str, public: bool) -> Person | None:
        """Whom a description stands for when the article gave no one its role: the person the text is about, if
        the article gave them no other role ("Mme", "Mrs.", an age are none), for a feminine description ("la
        cheffe") or one of the roles of the people a story is about ("the Florida senator", "the candidate";
        not "the spokesman" of the man just quoted, nor "his physician", nor "the editor Steven Ginsberg"; ``public``:
        whether the latter may be guessed)."""
        lex = self.lexicon
        if role in lex.voice_roles:
            return None  # "la portavoz" no one was given: someone who speaks for the person the text is about
        if role in self._unheld_roles:
            return None  # "sagt die Wahlleiterin" again: the one who spoke as the role, not a woman named since
        of = " ".join(self._role_of(words)) if lex.court_nouns else ""  # (read once, not once for each court noun)
        if any(self._holds_word(of, court) for court in lex.court_nouns):
            return None  # "El presidente del tribunal pidió": the court's, never a party to the trial the text is about
        if role in lex.office_nouns and (holder := self._office_holder(gender)) is not None:
            return holder  # "l'élue", "the politician": the mayor the text is about
        if gender and public and (told := self._described_topic(words, role, gender)):
            # "añade la doctora", "sagte die Managerin": as a pronoun of that gender would (not a man who holds another
            # office: "der Bürgermeister" is no council group's chairman just quoted; nor one the text gave no role nor
            # noun at all for a role of something: "sagte der Vorsitzende des Fördervereins" is no "Hinnerk Rehder, der
            # in Flügge wohnt" quoted before, but whom the article names later so, :meth:`holder_named_since`)
            bare = bool(self._role_of(words)) and not (told.roles or told.named_as)
            unseated = self._seat_untold(words, role, told)
            return None if bare or unseated or self._holds_other_office(told, role) else told
        # (the role the head names, before what it is of: "El ministro de Exteriores", "the minister of foreign
        # affairs" are ministers, though "foreign" names an affiliation)
        end = _head_end(words, lex)
        if gender != Gender.FEMALE and not (
            public and words[0] in lex.definite and title_role(words[end - 1], lex) in lex.public_roles
        ):
            return None
        latest = next(reversed(self._topics.values()), None)
        # (a masculine article, "el ministro", is as often generic: it passes over only someone of the other gender; a
        # feminine one tells a woman)
        unknown = "" if gender != Gender.FEMALE else gender
        if latest is None or latest.organisation or gender and latest.gender not in (gender, unknown):
            return self._only_woman(words, gender)
        # (or the person a subheading just opened on: "Rubio says he hopes …" then "The U.S. secretary of state says")
        headed: bool | None = None
        if not latest.gender and (gender or end < len(words)) and latest.mentions < _ABOUT_NAMED:
            headed = self._headed(latest)
            if not headed:
                return None  # "Ayuso ha recalcado ... El ministro respondió": a rival as often as Ayuso, named once
        if (
            gender != Gender.FEMALE
            and not latest.quoted
            and not self._alone_in_paragraph(latest)
            and not (self._headed(latest) if headed is None else headed)
        ):
            return None  # "the senator" after "Jane Roe opened the debate" in another paragraph: not said to be her
        return latest if self._roleless(latest) and not self._holds_other_office(latest, role) else None

    def _seat_untold(self, words: list[str], role: str, person: Person) -> bool:
        """Whether a description names what its office is over (a compound's first part, "Einsatz" of "der
        Einsatzleiter", "Turnier" of "der Turnierleiter"; or what follows its head, "de ruta" of "el comisario de
        ruta") and the article gave someone other roles, none said with a word of that seat: the office is tied to no
        one the article named, someone else spoke as it ("Landwirt Hinrich Kuhlmann" is no "Einsatzleiter"). The seat
        said of them keeps the guess ("der Äkim der Stadt" is "das Stadtoberhaupt"), and so does the role itself or,
        for a body's head, another head's they were given (a site's director is "le patron de l'usine", the region's
        "Leiterin" its "Chefin"): a seat named again in other words."""
        lex = self.lexicon
        if role in person.roles or role in lex.officer_roles and not person.roles.isdisjoint(lex.officer_roles):
            return False
        end = _head_end(words, lex)
        seat = {w[:_SEAT_STEM] for w in {_modifier(words[end - 1], lex)} | self._role_of(words) if w}
        said = person.roles | person.role_words | person.named_as
        if not seat or any(stem in word for stem in seat for word in said):
            return False
        # (and they were given a role, or called by a noun for a kind of person: not only other words of a role's
        # phrase, "deren Büro am Bahnhofplatz liegt", nor letters, a form of address, kin or an age)
        address = _ADDRESS.get(lex.code, frozenset())
        return any(
            (w in person.roles or title_role(w, lex) or w in person.named_as and self._person_noun(w, lexical=False))
            and len(w) >= _JOB_WORD
            and w not in address
            and w not in lex.family_kin
            and not w.endswith(_AGE)
            for w in said
        )

    def _holds_other_office(self, person: Person, role: str) -> bool:
        """Whether the article gave someone a public role other than ``role`` (and not that one): an office is one
        holder's, so a description of another office is someone else (a body's head is called its president, chair
        or chief alike: "Verbandspräsident X" is "der Verbandschef")."""
        lex = self.lexicon
        held = person.roles & lex.public_roles
        heads = role in lex.officer_roles and not held.isdisjoint(lex.officer_roles)
        return role in lex.public_roles and role not in person.roles and bool(held) and not heads

    def _occupied(self, person: Person) -> bool:
        """Whether the article gave someone a role of what they do, not only a form of address, an age or a relation
        ("son entraîneur, X": a coach; "Su compañero de reparto, X": a relation, who may be "el actor")."""
        address = _ADDRESS.get(self.lexicon.code) or self.lexicon.male_titles | self.lexicon.female_titles
        kin = self.lexicon.family_kin
        return any(not (r in address or r in kin or r.endswith(_AGE)) for r in person.roles)

    def _roleless(self, person: Person) -> bool:
        """Whether the article gave someone no role but a form of address or an age ("Mrs.", "Mme", "34")."""
        address = _ADDRESS.get(self.lexicon.code) or self.lexicon.male_titles | self.lexicon.female_titles
        return all(r in address or r.endswith(_AGE) for r in person.roles)

    def _only_woman(self, words: list[str], gender: str) -> Person | None:
        """Whom a feminine description no one was given stands for when the text is about someone else just now: the
        one woman among the latest named, if the article gave her no other role ("“...,” the actress says" of the one
        woman named, "an aspiring actor (Emma Stone)", after a paragraph about the director; "detalla la ejecutiva"
        after a paragraph about the platform). A feminine noun is no generic form: it tells whom, as "she" would; not
        after a possessive ("his wife" is his, whoever was named)."""
        if gender != Gender.FEMALE or words[0] not in self.lexicon.definite:
            return None
        named = islice(reversed(self._named.values()), _LOOKBACK)
        women = [p for p in named if p.gender == gender and not (p.organisation or p.anonymous)]
        if not women:
            return None
        # (one woman written two ways is one: "Rosario del Pilar Pentón Díaz", then "Rosario del Pilar Pentón")
        full = set(max((p.name for p in women), key=len).split())
        if not all(full.issuperset(p.name.split()) for p in women):
            return None
        return women[0] if self._roleless(women[0]) else None

    def _article_for(self, noun: str) -> str:
        """The definite article a role noun written without one takes: the language's first, or for a feminine noun
        the first that is no masculine one ("sagte Politikerin": "die Politikerin", never "der")."""
        lex = self.lexicon
        if title_gender(noun, lex) != Gender.FEMALE and not (lex.feminine_endings and noun.endswith(lex.feminine_endings)):
            return lex.definite[0]
        return next((a for a in lex.definite if lex.definite_genders.get(a) is not Gender.MALE), lex.definite[0])

    def _office_holder(self, gender: str) -> Person | None:
        """Whom a noun for any holder of an office stands for ("L'élue a ensuite détaillé ..." after "la maire, Isabelle
        Fontaine"): the one person of the noun's gender among the latest named who holds a public role (of a minister
        and a deputy, "l'élu" is either)."""
        named = islice(reversed(self._named.values()), _LOOKBACK)
        holders = [
            p
            for p in named
            if not p.organisation and (not gender or p.gender in (gender, "")) and not p.roles.isdisjoint(self.lexicon.public_roles)
        ]
        return holders[0] if len(holders) == 1 else None

    def _of_decade(self, decade: int, gender: str) -> Person | None:
        """Whom a noun for a person of an age's decade stands for ("le sexagénaire", "the octogenarian"): of the people
        last named, of the noun's gender, the latest whose given age is in the decade, else the latest with no age
        given; never one whose age is outside it (a son of 34 is no "sexagénaire")."""
        ageless = None
        for person in islice(reversed(self._named.values()), _LOOKBACK):
            if person.organisation or gender and person.gender not in (gender, ""):
                continue
            ages = [int(r.removesuffix(_AGE)) for r in person.roles if r.endswith(_AGE) and r[:1].isdigit()]
            if any(decade <= age < decade + _DECADE for age in ages):
                return person
            ageless = ageless or (person if not ages else None)
        return ageless

    def _ageless_topic(self, gender: str = "") -> Person | None:
        """Whom an age no one was given stands for: the person the text is about, if the article gave them no
        other age (a name just quoted is followed by their age as often as by a pronoun); of the age's gender when
        its article tells it ("sagte die 58-Jährige" after her brother spoke is the sister the text was about)."""
        latest = next(reversed(self._topics.values()), None)
        if latest is None or latest.organisation:
            # "Der SV Elbtal hat Marco von Hagen vorgestellt. „...“, sagte der 45-Jährige": a body has no age; the
            # person the text named since it (else the person the text was about before it: "Die Lagerverwaltung
            # bietet Geld an: „…“, meint der 28-jährige Sudanese")
            body = latest.seen if latest is not None else -1
            named = (p for p in reversed(self._named.values()) if not p.organisation and p.seen > body)
            latest = next(named, None) or next((p for p in reversed(self._topics.values()) if not p.organisation), None)
        if gender and latest is not None and latest.gender not in (gender, ""):
            latest = next((p for p in reversed(self._topics.values()) if p.gender == gender), None)
        if latest is None or any(role.endswith(_AGE) for role in latest.roles):
            return None
        return latest

    def possessive(self, word: str) -> bool:
        """A possessive of a man or a woman ("her daughter", "his wife"): a description as definite as "the"
        (not "its senior vice president": a body's, whom the article may never have named)."""
        pronoun = self.lexicon.pronouns.get(word)
        if word in self.lexicon.owner_possessives:
            return True  # "sa compagne", "su esposa", "seine Frau"
        return (
            pronoun is not None
            and pronoun.gender in (Gender.MALE, Gender.FEMALE)
            and word not in self.lexicon.subject_pronouns
        )

    def subject_described(self, text: str, start: int) -> Person | None:
        """A definite description opening a sentence ("The former president showed restraint", "The Florida
        senator’s answer was"): the person it stands for becomes what the text is about."""
        words: list[str] = []
        window = text[start : start + _ROLE_REACH]
        for word in window.split()[: _DESCRIPTION_WORDS + 1]:
            bare = word.removesuffix("’s").removesuffix("'s").rstrip(_PUNCTUATION)
            words.append(bare)
            if bare != word:
                break  # a possessive or a punctuation mark ends the description
        if self._name_after(window, window.find(words[-1]) + len(words[-1])) or self._named_body_apposed(window):
            return None  # "el entrenador del Alcores, Luis Ferrer, no buscó excusas": about the name that follows
        named = len(words) > 1 and words[1][:1].isupper() and title_role(words[1], self.lexicon)
        # (a noun the article called someone ends it too: "The coxswain praised ...")
        popped: list[str] = []
        while len(words) > 1 and not title_role(words[-1], self.lexicon) and not self._called(words[-1].lower()):
            popped.append(words.pop())
        after = next((w for w in reversed(popped) if not self._office_adjective(w)), "")
        if named or words[-1][:1].isupper() or after[:1].isupper():
            # "the district GOP Chairman Chuck Williams", "Sa sœur Léa Benali, 17 ans,": a title or a role before a
            # name, not a description; so with the role's adjectives between ("La conseillère départementale Nathalie
            # Roux", "la diputada europea Ana Gil")
            return None
        # (no guess: "The housing minister, Tom Brady, was not there" names him next)
        person = self.described(" ".join(words), guess=False) if len(words) > 1 else None
        if person is not None:
            self._touch(self._topics, person)
        elif len(words) > 1:
            self.role_lead(" ".join(words))  # ("El árbitro principal del torneo destacó el nivel": no one holds it yet)
        return person

    def _office_adjective(self, word: str) -> bool:
        """Whether ``word`` is an adjective written after a role's noun as after a body's (lexicon ``body_adjectives``,
        ``demonym_endings``: "conseillère départementale", "diputada europea", "la ministre française")."""
        lex = self.lexicon
        return word.islower() and (word in lex.body_adjectives or word.endswith(lex.demonym_endings))

    def role_lead(self, description: str, taken: Person | None = None) -> None:
        """Note a definite description of a person's role no one holds opening a sentence ("The minister told the
        packed kirk …", "El árbitro principal del torneo destacó …", "Le directeur a salué …"; not a kin noun, whose
        rules tell whose kin): a pronoun or a dropped subject right after it stands for it (:meth:`lead_read`), and
        the holder the article names next is whom it described (:meth:`claim_role`). Whom the quote is credited to
        when read does not change: a role no one was given is as often someone the article named before ("But the
        former president showed restraint" of Bill Clinton). ``taken``: whom the description was resolved to."""
        words = description.lower().split()
        if len(words) > 1 and words[0] in self.lexicon.definite:
            # (a lead older than the paragraph before can no longer be claimed)
            leads = [lead for lead in self._role_leads if lead.clock >= self._last_paragraph]
            leads.append(RoleLead(words, self._clock, len(self.people), taken))
            self._role_leads = leads

    def _lead_role(self, lead: RoleLead) -> str:
        """A role lead's noun ("" when its words name no role of a person, or the person they were resolved to holds
        it), read when first asked for, with the gender the description tells and what its role is of."""
        if lead.head is None:
            lead.head = self._lead_head(lead.words)
            if lead.taken is not None and lead.head and self._holds(lead.taken, lead.head):
                lead.head = ""  # ("The senator said" of the senator the article named so: no lead)
            if lead.head:
                lead.gender = self._description_gender(lead.words, lead.head)
                lead.of = frozenset(self._role_of(lead.words))
        return lead.head

    def _lead_head(self, words: list[str]) -> str:
        """The noun of a person's role a definite description's words (lower case) end their head on, passing over
        adjectives after it ("árbitro" of "el árbitro principal del torneo"), or "" (none, or a kin noun): a role the
        lexicon lists first, else the noun by the place nouns take."""
        lex = self.lexicon
        nouns = [w for w in words[1 : _head_end(words, lex)] if w.isalpha() and w not in FUNCTION_WORDS]
        for word in reversed(nouns):
            role = title_role(word, lex)
            if word in lex.family_kin or role in lex.family_kin:
                return ""
            if role and role not in lex.role_modifiers or self._person_noun(word, lexical=not lex.capitalised_nouns):
                return word
        # (a noun no lexicon lists, "the ranger", "el comisionado": the holder must be given that very noun; where
        # adjectives follow their noun, the first word, "árbitro" of "el árbitro principal")
        nouns = [w for w in nouns if w not in lex.role_modifiers]
        return (nouns[0] if lex.postnominal_adjectives else nouns[-1]) if nouns else ""

    def _holds(self, person: Person, head: str) -> bool:
        """Whether the article gave ``person`` the role a role noun names (by a title, an appositive or a noun: "the
        minister" of "The Rev Morag Halcro, minister of …"), not only guessed them to be its holder."""
        role = title_role(head, self.lexicon)
        return head in person.named_as or head in person.roles or role in person.roles and head in person.role_words

    def _lead_now(self, gender: str) -> RoleLead | None:
        """The role lead of the latest sentence, when no one was named since and its gender fits ``gender``."""
        lead = self._role_leads[-1] if self._role_leads else None
        if lead is None or lead.clock != self._clock or not self._lead_role(lead):
            return None
        return lead if not (gender and lead.gender) or gender == lead.gender else None

    def lead_read(self) -> RoleLead | None:
        """The role lead the latest :meth:`resolve`'s mention stood for, if any: its holder, once the article names
        one, is the speaker (whom the mention resolved to was a guess)."""
        return self._lead_read

    def claim_role(self, person: Person) -> None:
        """A person named for the first time with the role of a lead of this paragraph or the one before ("The Rev
        Morag Halcro, minister of Hamnavoe Parish Kirk, then read …", "Ese árbitro, Horacio Quinteros,", "El
        comisionado, Ramón Ledesma,", "Le directeur, Marc Roux,"): the holder the lead stood for."""
        if not self._role_leads or person.organisation or person.anonymous:
            return
        if self._role_leads[-1].clock < self._last_paragraph:
            # (every lead is older than the paragraph before, the latest too: none can be claimed, nor read again)
            self._role_leads = []
            return
        for lead in reversed(self._role_leads):
            head = self._lead_role(lead) if lead.clock >= self._last_paragraph else ""
            if not head or not self._holds(person, head):
                continue
            fits = not (lead.gender and person.gender) or lead.gender == person.gender
            new = any(p is person for p in self.people[lead.people :])
            # (not the holder of the role of another body: "El presidente del tribunal pidió: «…»" is no "presidente de
            # la cooperativa, Aníbal Ortiz," named next)
            other = lead.of.isdisjoint(person.role_words) and not self.lexicon.organisation_words.isdisjoint(
                person.role_words
            )
            if fits and new and not (lead.of and other):
                lead.holder = person
                self._role_leads.remove(lead)
                return

    def _name_after(self, text: str, at: int) -> bool:
        """Whether a name in apposition follows at ``at``: a comma and a capital, or a comma, a title the lexicon lists
        written in lower case and a capital ("El párroco, don Esteban Llamas,"; not "the coach, who Ann Roe hired"), or
        a comma, a role in lower case and a name its comma closes (", food writer Farid Hashim,")."""
        after = _NAME_AFTER.match(text, at)
        if after is None and (role := _ROLE_APPOSITIVE.match(text, at)) is not None:
            # ("The head of the judging panel, food writer Farid Hashim, said": the sentence is about the name)
            words = role.group(1).split()
            words = words[1:] if words[0].lower() in self.lexicon.determiners else words  # (", the food writer ...")
            return all(w.lower() not in FUNCTION_WORDS for w in words) and bool(title_role(words[-1], self.lexicon))
        if after is None or after.group(1) is None:
            return after is not None
        title = after.group(1).lower()
        return title in self.lexicon.titles or title.rstrip(".") in self.lexicon.titles

    def _named_body_apposed(self, window: str) -> bool:
        """Whether a description's "of" part names a body up to a comma and a name follows ("The chairman of the Joint
        Chiefs of Staff, Gen. Joseph F. Dunford Jr., asked"): the sentence is about the name, not the role's holder."""
        head, comma, _ = window.partition(",")
        words = head.split()
        link = _first_in(words, self.lexicon.complement_words, 2, 0)
        body = words[link + 1 :]
        if not (link and comma and body and self._name_after(window, len(head))):
            return False
        if body[-1][:1].isupper() and all(w[:1].isupper() or w in FUNCTION_WORDS for w in body):
            return True
        # (a body in lower case when the name is set off by commas on both sides: "Le président de la fédération des
        # chasseurs, Yves Courbet, a salué", "The chairman of the hunters' federation, Yves Courtney, welcomed")
        # (or after a role in lower case: "The head of the judging panel, food writer Farid Hashim, said")
        closed = _CLOSED_APPOSITIVE.match(window, len(head)) or _ROLE_APPOSITIVE.match(window, len(head))
        return closed is not None

    def _body_holding(self, words: list[str]) -> Person | None:
        """The latest organisation whose name holds these words ("the Dallas police department",
        "Institution" after "the Smithsonian Institution")."""
        told = {w for w in words if w not in FUNCTION_WORDS}
        named = (b for b in islice(reversed(self._named.values()), _LOOKBACK) if b.organisation)
        return next((b for b in named if told and all(self._holds_word(b.name, w) for w in told)), None)

    def _body_ending(self, head: str) -> Person | None:
        """The latest organisation named lately whose name ends on a description's head noun, a kind of place or body
        the lexicons do not list as one ("the park" of "Kinloch Wildlife Park", "the reserve" of "Ferncliff Nature
        Reserve", "the sanctuary"; "park" is none: "Warner Park" is a place, "Park" a surname), or None."""
        named = (b for b in islice(reversed(self._named.values()), _LOOKBACK) if b.organisation)
        return next((b for b in named if b.name.rsplit(maxsplit=1)[-1].lower() == head), None)

    def _court(self) -> Person | None:
        """The latest organisation whose name holds a court noun ("the High Court", "Verwaltungsgericht Hohenfeld")."""
        named = (b for b in islice(reversed(self._named.values()), _LOOKBACK) if b.organisation)
        return next((b for b in named if any(self._holds_word(b.name, c) for c in self.lexicon.court_nouns)), None)

    def _holds_word(self, name: str, word: str) -> bool:
        """Whether a body's name holds a word, or, in a language that writes compounds as one word, a word of it ends
        in it ("die Bahn" of "Regionalbahn Main-Franken", "der Verband" of "Pendlerverband Oberfranken")."""
        held = _words(name.lower())
        if word in held:
            return True
        compounding = self.lexicon.compound_titles and len(word) >= _COMPOUND_PART
        return compounding and any(w.endswith(word) and len(w) > len(word) + 2 for w in held)

    def named_in_full(self, surname: str) -> Person | None:
        """The one person the article named in full by a lone surname, their surname or, in a language of two
        surnames, their father's ("Berthoud" of "Me Sandrine Berthoud", "Mosquera" of "Yuliana Mosquera Palacios");
        None for no one or several of that surname, for a body, or for a run a name's reading is unsure of ("Nordharz"
        of "in der Pressemitteilung der Polizeiinspektion Nordharz")."""
        key = speaker_key(surname)
        bearers = {id(p): p for p in self._by_surname.get(key[-1], ()) if " " in p.name} if len(key) == 1 else {}
        only = next(iter(bearers.values())) if len(bearers) == 1 else None
        if only is None or only.organisation or only.anonymous:
            return None
        return None if _candidate(only.name, self.lexicon.code)[1] else only

    def holders(self, role: str) -> list[Person]:
        """Everyone the article has given ``role`` (by a title or an appositive)."""
        return [p for p in self.people if role and role in p.roles]

    def _referent(self, gender: str, besides: Person | None = None) -> Person | None:
        """The nearest compatible topic (same gender or not known: only the other gender is passed
        over); failing that, the latest named person of that gender, or of a gender not known. Someone unnamed
        is in reach in their paragraph and the next only: a story that names its people goes back to them. The
        person ``besides`` is passed over."""
        gone = self._last_paragraph
        topics = islice(reversed(self._topics.values()), _LOOKBACK)
        for person in topics:
            if person.anonymous and person.seen <= gone or person is besides:
                continue
            if person.gender in (gender, ""):
                return self._lately_named(person, gender, besides)
            if person.bare == person.seen and (namesake := self._namesake(person, gender)) is not None:
                # "Speaking in Harlem, Clinton ... accused Sanders. “...,” she said": Hillary, though "Clinton" found
                # Bill, named last
                return self._lately_named(namesake, gender, besides)
        # A person the article told the gender of outranks the latest one it did not ("Council of Economic
        # Advisers" after Hillary Clinton is no "she"). (The named are listed only when no topic fits.)
        named = [
            p
            for p in islice(reversed(self._named.values()), _LOOKBACK)
            if not (p.anonymous and p.seen <= gone) and p is not besides
        ]
        return next((p for p in named if p.gender == gender), None) or next((p for p in named if not p.gender), None)

    def _in_turn(self, gender: str, besides: Person | None) -> Person | None:
        """Of two people quoted in turn, each in a paragraph of their own right after the other's, the pronoun's in the
        next one (dialogue: "«…», le dijo Santiago." /
        "«…», le contestó Ximena." / "«…», insistió él."), the one of the pronoun's ``gender`` when the other, quoted
        last, is of a gender the article never told: the turn passes to the one the pronoun fits for sure, not to the
        last speaker because nothing rules her out. None when the exchange is broken (anyone else the text turned to
        since, a paragraph between), when the last speaker's gender is known (the nearest topic is found as before) or
        when the other's is not the pronoun's."""
        if len(self._turns) < 2:
            return None
        (other, before), (last, latest) = self._turns
        if last.gender or other.gender != gender or other is last or other is besides:
            return None
        # (each turn a paragraph of its own, one after the other: a pronoun in the last speaker's own paragraph is
        # theirs going on, "“…,” Haji Aslam Khattak said. “…,” he said.")
        if self._paragraphs - latest != 1 or latest - before != 1 or next(reversed(self._topics.values())) is not last:
            return None
        return other

    def reported(self, person: Person) -> None:
        """Note that running text just credited ``person`` with words ("Jones told reporters ...")."""
        self._reporter = person

    def going_on(self, mention: str, speaker: str | None) -> str | None:
        """The person a "he" or "she" of a cue that says the speaker goes on stands for ("“…,” he added"): the last
        quote's ``speaker``, a person of the pronoun's gender, when no one was credited with words since (else None:
        "Jones told reporters ... “…,” he added" is Jones); a description there may stand for them too
        (``_described_going_on``)."""
        said = self.lexicon.pronouns.get(mention.strip().lower())
        if said is None and speaker:
            return self._described_going_on(mention, speaker)
        if said is None or said.gender not in (Gender.MALE, Gender.FEMALE) or said.person != 3 or not speaker:
            return None
        person = self.find(speaker)
        if person is None or person.organisation or person.gender != said.gender or self._reporter not in (None, person):
            return None
        self._touch(self._topics, person)
        return _name(person)

    def _described_going_on(self, description: str, speaker: str) -> str | None:
        """The last quote's speaker a definite description of a person stands for when its cue says the speaker goes
        on ("«…», resalta González. «…», añade el investigador": González, though a researcher the article named
        before is another man), when the text named no one else since and the description's gender fits; else None
        (the description is resolved as any other, a kin noun by whose kin it is)."""
        lex = self.lexicon
        words = description.lower().split()
        if len(words) < 2 or words[0] not in lex.definite:
            return None
        head = words[-1]
        role = title_role(head, lex)
        if not (role or self._person_noun(head, lexical=False)):
            return None  # ("the statement added": the document's issuer is found as before)
        if role in lex.family_kin or head in lex.family_kin:
            return None  # ("«…», reconoció Etxeberria padre. «…», añadió el hijo": whose kin, not who spoke last)
        if (role or head) in self._unheld_roles:
            return None  # ("«…», dijo el portavoz del alcalde. … «…», añadió el portavoz": the role credited before)
        person = self.find(speaker)
        latest = next((p for p in reversed(self._named.values()) if not p.organisation), None)
        if person is None or person is not latest or self._reporter not in (None, person):
            return None
        if head in _DEED_NOUNS[lex.code] and (called := self._called(head)) is not None and called is not person:
            # ("Amparo Ferrer ganó …. «…», añadió la ganadora": the one a deed made so, Cast._deed_agent; a role as
            # many hold, "añade el investigador", is still the last speaker's)
            return None
        gender = self._description_gender(words, head)
        if gender and person.gender not in (gender, ""):
            return None
        self._touch(self._topics, person)
        return _name(person)

    def _namesake(self, person: Person, gender: str) -> Person | None:
        """The person of ``gender`` (told by a title or a first name) last named who bears ``person``'s surname."""
        key = speaker_key(person.name)
        namesakes = self._by_surname.get(key[-1], ()) if key else ()
        fitting = [p for p in namesakes if p.sure and p.gender == gender and not p.organisation]
        return max(fitting, key=lambda p: p.seen, default=None)

    def mentioned(self, person: Person) -> None:
        """Note that the text just spoke of a known person, though not as a topic ("courtesy of Wes Nakagiri, a delegate",
        "a message from Undersecretary Wendy Sherman"; not an owner, a predicate nor what was said)."""
        self._mentions.append((self._clock, person))

    def _lately_named(self, topic: Person, gender: str, besides: Person | None = None) -> Person:
        """The person of ``gender`` the sentence before this one spoke of last, rather than an older ``topic`` not
        spoken of since ("Clinton made an appearance, courtesy of Wes Nakagiri, a delegate from Michigan. “...,” he
        said": Nakagiri, not Trump, the subject two sentences back); else the topic. (People spoken of in the sentence
        of the quote itself are what the speaker speaks of: "Choosing between Clinton and Sanders is a “false choice”".)"""
        if topic.seen > self._last_sentence:
            return topic
        for when, person in reversed(self._mentions):
            if when <= self._last_sentence:
                break
            if when <= self._sentence and person.gender == gender and not (person.anonymous or person.organisation):
                if person is not besides:
                    return person
        return topic

    def _body(self) -> Person | None:
        """What "it" stands for: the latest organisation the text was about (a subject or a speaker)."""
        return next((p for p in islice(reversed(self._topics.values()), _BODY_LOOKBACK) if p.organisation), None)

    def _body_called(self, pronoun: str) -> Person | None:
        """The body the text was just about when ``pronoun`` is the one its article gives it ("Die Handelskammer lehnte
        ab. „…“, sagte sie"): the latest topic only (a person of the pronoun's gender further back is as likely)."""
        latest = next(reversed(self._topics.values()), None)
        return latest if latest is not None and latest.organisation and latest.pronoun == pronoun else None

    def thing_subject(self, article: str, noun: str) -> None:
        """Note that a sentence opened on ``noun`` after ``article``, no person's noun ("Die Studie", "Das Verfahren"):
        when the noun's ending tells a thing (lexicon ``thing_endings``) or it names a document, the pronoun the article
        gives it (lexicon ``body_pronouns``) stands for it next."""
        lex = self.lexicon
        thing = noun.endswith(lex.thing_endings) or noun in lex.document_nouns
        # (the clock is read, not moved: the sentence spoke of no one, and anyone named after it moves it)
        self._thing = (self._clock, self._sentences, lex.body_pronouns.get(article.lower(), "") if thing else "")

    def opened_on_thing(self) -> bool:
        """Whether the current sentence opened on a thing (:meth:`thing_subject`): the people it names are spoken of,
        though none is its subject ("Das Verfahren richtete sich gegen Jens Maier. Er habe ...": him)."""
        return self._thing is not None and self._thing[1] == self._sentences

    def _thing_called(self, pronoun: str) -> bool:
        """Whether ``pronoun`` is the one of the thing the sentence before (or this one) opened on, no one named or
        spoken of since."""
        if self._thing is None:
            return False
        when, sentence, called = self._thing
        return called == pronoun and when == self._clock and self._sentences - sentence <= 1

    def _group(self) -> Person | None:
        """What "they" stands for: an organisation or a group the text was about, or the latest topic
        when it is the person just quoted, whose gender the article never gave (singular "they")."""
        for n, person in enumerate(islice(reversed(self._topics.values()), _BODY_LOOKBACK)):
            if person.organisation or n == 0 and (person.anonymous or not person.gender and person.quoted):
                return person
        return None


    def said_of(self, person: Person, text: str, sentence: int, start: int, stop: int, end: int) -> None:
        """Note the words the text says of a person where it names them (``text[start:stop]``), in the sentence opening
        at ``sentence`` and ending at ``end``: the first name of a sentence has the words before it (a title, an
        appositive: "The Metropolitan Chief Executive, Samuel Owusu-Mensah,") and after it up to the next name, a name
        after another the words after it alone ("… took the microphone from Ugwu's hand" says nothing of Ugwu). A
        description cue is fit to these words (:meth:`fitting`). Only noted here: the passages are cut when a
        description asks (:meth:`_passages`), which most articles never do."""
        self._said.append((person, text, sentence, start, stop, end))

    def _passages(self) -> list[tuple[Person, str, int, int, int]]:
        """The passages about each person the text names (:meth:`said_of`), in the order read: (whom, the text, where
        the sentence opens, where the words about them open and end), a name's window cut where the next name of its
        sentence opens (a body's or one that may be a person's, :meth:`_may_fit`: not words the cast took for a name,
        "die vor ihrer Wahl zwanzig Jahre Deutsch … unterrichtet hat" is all said of the mayor). Cut once for the
        names noted so far."""
        if self._passages_read is not None and self._passages_read[0] == len(self._said):
            return self._passages_read[1]
        passages: list[tuple[Person, str, int, int, int]] = []
        cut = -1  # (the last passage a name cuts: not one of words the cast took for a name, "zwanzig Jahre Deutsch")
        links = self.lexicon.complement_words
        seat = False  # (whether the last passage a name cuts is of a name right after a link)
        for person, text, sentence, start, stop, end in self._said:
            opens = self._after_preposition(text, max(sentence, start - _SAID_REACH), start)
            named = person.organisation or self._may_fit(person)
            if named and cut >= 0 and (last := passages[cut])[1] is text and last[2] == sentence:
                passages[cut] = (*last[:4], min(last[4], start))
                # (the words before a name after one right after a link, what a role before it is of, are said of
                # it too: "La alcaldesa de Bocas del Toro, Mgtr. X" says "alcaldesa" of X, roles58)
                opens = last[3] if seat else stop
            passages.append((person, text, sentence, opens, min(end, stop + _SAID_REACH)))
            if named:
                cut = len(passages) - 1
                seat = text[opens:start].rsplit(None, 1)[-1:] in ([w] for w in links)
        self._passages_read = (len(self._said), passages)
        return passages

    def _after_preposition(self, text: str, opens: int, start: int) -> int:
        """Where the words said of a name open when a preposition or a subordinator stands right before it, over
        words in lower case or titles only ("…, said the market superintendent, standing beside Hale and Brookes",
        "a précisé le médecin du club, assis entre Mercier et Dalloz", "sentada entre la alcaldesa Ruiz y …", "who
        rang in while Thapa …"): the name is the object of another clause, and what the sentence says before it is
        someone else's; after the preposition (its title kept: "alcaldesa"), else ``opens`` as it was. Not a link of
        what a role is of ("La alcaldesa de Bocas del Toro, Mgtr. X", lexicon ``complement_words``), nor a preposition
        any word but an article or a title follows ("Minister for Fisheries, Jane Roe"; "que tout le monde au village
        appelle simplement M. Dedieu")."""
        words = text[opens:start].split()[-_OBJECT_WORDS - 1 :]
        lex = self.lexicon
        for i in range(len(words) - 1, -1, -1):
            word = words[i].lower()
            if (word in lex.prepositions or word in lex.subordinators) and word not in lex.complement_words:
                return start - len(" ".join(words[i + 1 :])) - 1 if i + 1 < len(words) else start
            # (only an article, a pronoun or a title between: "entre la alcaldesa Ruiz", "bevor sie Hutter … bat"; not
            # a clause's words, "que tout le monde au village appelle simplement M. Dedieu" is the mayor's name)
            if not (word in lex.determiners or word in lex.pronouns or words[i].isalpha() and title_role(word, lex)):
                return opens
        return opens

    def heard(self) -> int:
        """How much of what the text says of people the cast has read (:meth:`said_of`): where a quote credited now
        stands among them, for :meth:`fitting` to tell who was named nearer."""
        return len(self._said)

    def fitting(
        self, description: str, credited: str | None, goes_on: bool, heard: int, called: Sequence[str] = ()
    ) -> Person | str | None:
        """The person a definite description credited with a quote stands for by what the article says of each person
        (:meth:`said_of`, their roles and the nouns it called them by), when the person it was credited to
        (``credited``: a guess, often the last speaker; or None, the description left as written) does not fit it and
        someone else does: "the women's leader" is "Chief (Mrs) Ngozi Eze-Okafor, who … leads its women traders", not
        the union chairman quoted just before; "the MCE" the "Metropolitan Chief Executive"; "der Christdemokrat" the
        councillor "(CDU)"; "the woman in charge of the nation's fisheries" the minister "for fisheries"; "der oberste
        Mann im Landratsamt" the Landrat. Of two who fit, the better fit, then the one named nearest before the quote
        (``heard``: :meth:`heard` when it was credited). None when the credited person fits as well, when the cast
        chose among the holders of the description's role when it was read (unless the cue says the speaker goes on,
        ``goes_on``, which took the last speaker without asking), or when no one fits: the description stays as it
        was; a person credited gives way only to a fit of 2 or more, or to one word after a generic head ("the man
        responsible for the county's roads"). A class of roles (lexicon ``class_nouns``) fits whoever holds a role of it
        ("a observé l'officier" of "le colonel X"), and when no one fits, a person credited whom the article gave roles
        of none of the description's classes is not it: the description as written is returned ("the alderman" after
        a sheep farmer's quote)."""
        lex = self.lexicon
        found = _elided(_FIT_WORD.findall(description)[:_FIT_WORDS], lex)
        # (up to the cue's verb after its subject: "the auctioneer said as the last pen emptied"; not a noun a function
        # word stands before, "the woman in charge of …")
        verbs = (i for i in range(2, len(found)) if found[i].lower() in lex.cue_verbs)
        verb = next((i for i in verbs if found[i - 1] not in FUNCTION_WORDS), len(found))
        written = found[:verb]
        words = list(map(str.lower, written))
        # (a style after a possessive is a description too: "sighed Her Worship", "dijo Su Señoría")
        styled = len(words) == 2 and words[0] in lex.possessives and role_classes(fit_form(words[1]), lex.code, False)
        if len(words) < 2 or not styled and (words[0] not in lex.definite or self._names_in(written)):
            return None
        # (the head noun before what it is of: "wives" of "the fishermen's wives", "man" of "the man responsible for the
        # county's roads", "Beamte" of "der oberste Beamte der Stadt")
        ends = (lex.stopwords, lex.description_links)
        # (nor a link written onto its noun: "la directrice d'école" is a directrice, of a school)
        phrase = words[:1] + [
            *takewhile(lambda w: not any(w in words_of for words_of in ends) and w[:2] not in _ELIDED_LINKS, words[1:])
        ]
        if len(phrase) < 2:
            return None  # ("der seinen Namen nicht": a relative clause, no description)
        head = phrase[_head_end(phrase, lex) - 1]
        kind = self._noun_kind(head)
        kin = head in lex.family_kin and head not in lex.fit_generic  # (not "der Mann an der Spitze …")
        # (a body's noun that with the words after it is a class of people is no body: "l'autorité coutumière", "la
        # autoridad tradicional", "the press officer"; "the ministry" alone is a body)
        people = len(phrase) > 2 and bool(role_classes(" ".join(map(fit_form, phrase[1:])), lex.code, False))
        if kin or not people and (kind is _Noun.BODY or kind is _Noun.DOCUMENT or head in lex.place_words):
            return None  # ("her husband": whose kin; "the council", "die Messe Landshut GmbH": a body's words)
        # (a body's noun before a head that heads what it names is that head's complement, no body's name: "the hospital
        # chief" is the chief of the hospital, lexicon ``office_heads``)
        # (not someone's aide: "the mayor's chief of staff")
        # (a place's, a thing's or a body's possessive is what the head heads: "the art centre's head", roles58)
        owner = next((w[:-2] for w in words[1:-1] if w.endswith(("'s", "’s"))), "")
        thing_owner = bool(owner) and not (title_role(owner, lex) or self._noun_kind(owner) is _Noun.PERSON)
        headed = head in lex.office_heads and (thing_owner or not self._owned_as_written(" ".join(written)))
        body = not people and any(self._noun_kind(w) is _Noun.BODY for w in phrase[1:])
        # (then only whoever heads it fits: not a senator of "the Senate minority leader", ``Cast._heads_of``)
        body_headed = body and headed and phrase[-1] == head
        body = body and not body_headed
        if self._defined(head) is not None or body:
            return None  # ("der Rassegeflügelzüchterverein Pirna": a body's name; "the DNC": a body's letters)
        # (a noun of whoever comes from a place may end as a plural does, "le Sérignanais": the cue's verb said one)
        plural = _PLURAL_NOUN.search(head) and head not in lex.affiliation_nouns
        plural = plural and not self._origin_places(fit_form(head))
        if head in lex.group_nouns or plural:
            return None  # ("the fishermen's wives", "los vecinos": many people, no one of the cast)
        # (a generic head says only that someone heads what follows: "the man responsible for …", "el hombre fuerte del
        # …", "le patron des pompiers")
        generic = head in lex.fit_generic or not lex.fit_generic.isdisjoint(phrase[1:])
        # (a generic head and what it is of or from: "the man from the waterworks", "la femme du port", "el hombre de
        # San Telmo"; its complement's words say whom it describes)
        complement = words[len(phrase) :] if generic else []
        # (a generic head's role is none to hold: "die Frau an der Stadtspitze", "le chef de l'exécutif de la wilaya")
        # (what someone was is no role anyone of the cast holds now: "der einstige Bootsführer" is not the "Leiter des
        # Nationalparks" whose role a "-führer" names, nor anyone of its role the cast chose when it read the cue)
        former = _told_former(words, lex)
        role = "" if generic or former else title_role(head, lex)
        current = self.find(credited) if credited else None
        # (a person the cast made of the description's own head, "Ortschef" of "der Mittelberger Ortschef" read as a
        # name after a place's adjective, is no one named in it)
        own = current is not None and current.name.lower() in (" ".join(phrase[1:]), head)
        if current is not None and not own and (current.organisation or current.name.lower() in " ".join(words[2:])):
            return None  # ("die Messe Landshut GmbH mit": a body credited; "Die Tarefera Rosa da Silva": named)
        if credited and (current is None or own):
            # (the description as written, "PDL" of "die PDL": no one yet; not a body's name as written,
            # "Heimatortsgemeinschaft Deutsch-Weißkirch", though a party's words may be capitalised, "Liberal Democrat")
            named = [w for w in credited.split() if w.lower() not in lex.affiliations]
            # (a person's noun after a place's adjective is no body's name, "der Balzner Vorsteher")
            person_head = credited.lower() in " ".join(words) and (
                bool(role) or head in lex.office_heads or self._noun_kind(head) is _Noun.PERSON
            )
            if len(named) > 1 and all(w[:1].isupper() for w in named) and not person_head:
                return None
            # (a person the cast made of the description's own words, "Ortschef" of "der Mittelberger Ortschef" read as
            # a name after a place's adjective: it chose no holder of the role when it read the cue)
            made = own
            current = None
        else:
            made = False
        # (a seat's head is its role's holder, not whoever holds the role the head noun alone names: "die Inselchefin"
        # is no "Kirchenmusikdirektorin" the cast read as a "-direktorin")
        seated = self._seats_headed(words, phrase, head)
        role = role if not seated or role in seated else ""
        if role and self.holders(role) and not made and not (goes_on and current is not None):
            return None  # (the cast chose among the role's holders when it read the cue)
        if current is not None and (head in current.role_words or head in current.named_as or role in current.roles):
            return None  # (the person credited fits: "the baker added" of the baker quoted just before)
        domains, classes = self._described_classes(words, phrase, role)
        # (the roles of a seat a head of heads: "die Chefin der Inselverwaltung", "die Inselchefin", roles58)
        if seats := seated - domains:
            domains |= seats
            classes = classes.union(*(role_classes(fit_form(r), lex.code, False) for r in seats))
        of_class = current is not None and classes and self._classes_held(current) | self._classes_said(current)
        if of_class and not classes.isdisjoint(of_class):
            # (of the description's class: "the officer" of the colonel quoted just before; "el mandatario local" of
            # "El alcalde de Uribia, el economista X", whatever role the cast kept)
            return None
        # (no gender of a noun whose gender is grammar alone: "la autoridad tradicional" may be a man)
        epicene = not lex.epicene_nouns.isdisjoint(phrase[1:])
        gender = "" if epicene else self._description_gender(words, head) or _noun_gender(head, lex)
        # (an office described, "the woman from the Capitol", "der Landespolitiker", "l'élu provincial": a private
        # person introduced by a deed or a trade is not it, nor is anyone of the other gender)
        trades = lex.class_nouns.get(TRADE_CLASS, frozenset())
        office = bool(classes - trades) or any(tells_office(fit_form(w), lex.code) for w in words[1:])
        # (a generic head from a seat, a building or a domain of public life, "the woman from Adelup", "l'homme du
        # Palais rose", "the man from the harbour", describes an office holder as an office's word does; the person
        # credited whose own words fit it keeps it below)
        office = office or self._seat_or_domain(written[len(phrase) :] if complement else [])
        # (a gender tells against the person credited only of a noun for a person: not "la finale", "le clou")
        person_noun = office or bool(role) or self._noun_kind(head) is _Noun.PERSON or bool(_noun_gender(head, lex))
        unfit = current is not None and self._not_described(current, gender if person_noun else "", office, called)
        # (nor is it someone who holds offices of other classes only, when its own words name its class: "der
        # Stadtvater" is not the Stadtpfarrer quoted just before, whatever words they share)
        unfit = unfit or current is not None and self._of_other_offices(current, phrase, trades)
        # (nor of the seat's role, when they hold offices of other classes: "die Inselchefin" is no church's
        # "Kirchenmusikdirektorin")
        seat_classes = frozenset().union(*(role_classes(fit_form(r), lex.code, False) for r in seated))
        unfit = unfit or current is not None and self._of_other_classes(current, seat_classes - trades)
        # (nor someone of no office of its classes, by role or by the words said of them, when the article said one of
        # someone else who may be it: "dijo la alcaldesa" after the empanada seller's quote is "La alcaldesa de Bocas
        # del Toro, Mgtr. X", whose role the cast did not keep)
        unfit = unfit or current is not None and self._class_told_of_other(current, classes - trades, gender)
        # (left as written, of a gender and an office: the one person of both named near may be it; not when it names
        # an office of its own that no one holds, "afirmó la alcaldesa" after a cofradía's presidenta)
        lost = current is None and office and bool(gender) and not role_classes(fit_form(role), lex.code, True)
        # (nor when it is someone's aide, "die Referentin des Bürgermeisters": the owner's office is not theirs; "the
        # President's man" is the office's own)
        lost = lost and (generic or not self._owned_as_written(" ".join(written)))
        # (a post named whole, its head and a bare noun of what it is over, "le chef de quai", "el jefe de turno", is
        # no office of a seat the nearest holder of an office may be: only someone the article said that noun of)
        post = fit_form(written[-1]) if self._bare_complement(written) else ""
        lost = lost and not post
        # (the classes the words said of someone name are evidence when no one holds a role of them, and against no
        # guess of the cast's: only for a description left as written or one the person credited is not; "the outgoing
        # mayor" after "Ann Example was elected mayor, ending Tom Sample's eight years in office" stays Tom Sample's)
        cast = self._said_words().values() if classes and (current is None or unfit) else ()
        # (no one of the description's gender, who may be it: "la mandataria regional" of the "gobernadora" whose role
        # the cast did not keep, whatever class the mayor holds)
        by_words = bool(cast) and all(
            classes.isdisjoint(self._classes_held(p)) for p, _, _, _ in cast if not gender or p.gender in (gender, "")
        )
        # (a noun said before someone's name is evidence for a description left as written or one the person credited
        # is not, against no guess of the cast's: "la joven poeta" stays the young poet quoted, not the jury's
        # president, "la poeta Elena Sanchís")
        open_to = current is None or unfit
        fit = self._fits_of(
            written, head, role, domains, classes, bool(complement), by_words, open_to, headed, body_headed
        )
        if fit is None:
            return self._described_otherwise(current, written, gender, office, heard) if unfit or lost else None
        # (a person of a gender by what they come from, "the man from the waterworks", "la patronne de l'eau"; not an
        # unnamed source, "the official at the agency")
        # (and what stands before a generic head or inside a compound ending on one, "the Malo man", "der alte
        # Fährmann": a place someone is from, a thing they work with)
        complemented = []
        if current is None and gender:
            complemented = [written[0], *written[len(phrase) :]] if complement else []
            complemented = complemented or (written if self._modified_generic(phrase, head) else [])
        by_complement = self._fits_of(complemented, "", "", set(), frozenset(), True) if complemented else None
        scores: list[tuple[int, Person, tuple[int, ...]]] = []
        for person, said, lower, at in self._said_words().values():
            if post and post not in said:
                continue
            # (or, by the words said of them, someone named after a title of their own, whom the cast read no gender
            # nor role of: "Dipl.-Nautikerin Inken Jessen", roles58)
            if gender and person.gender not in (gender, "") or not (
                self._may_fit(person) or by_words and self._named_apart(person)
            ):
                continue
            score = fit(person, said, lower)
            if current is None and score < _FIT_ROLE and not (by_complement and by_complement(person, said, lower)):
                # (a description left as written takes more than one word: "the presenter" of a programme is not the
                # council leader who "presented the harbour budget"; one word of a generic head's complement does, "the
                # man from the waterworks" of the water board's director, not its owner's, "the island's head of
                # government" of whomever "the whole island" calls so)
                continue
            # ("el presidente del tribunal" is no "presidente de la cooperativa")
            if score and not (role in person.roles and self._of_another_body(words, person)):
                scores.append((score, person, at))
        if not scores:
            # (a description of a class no one of the cast holds is not the person credited when the article gave them
            # roles of none of its classes: "the alderman" after a sheep farmer's quote is left as written)
            if current is not None and not unfit and self._of_another_class(current, words, classes, fit):
                return " ".join(written[1:])
            if current is not None and former and not role and fit is not None and not self._holds_head(current, head):
                # (what someone was that the article states of no one is no guess of the person quoted before: "der
                # ehemalige Schuldiener" after a carpenter's quote stays as written)
                return " ".join(written[1:])
            return self._described_otherwise(current, written, gender, office, heard) if unfit or lost else None
        top = max(score for score, _, _ in scores)
        # (the person credited keeps a description it fits as well as anyone, unless it describes an office they do not
        # hold and someone who fits as well holds one: "der Mann von der Schulbehörde" is the school office's head, not
        # the school bus driver quoted before)
        office_rival = office and any(
            score >= top and person is not current and self._holds_office(person) for score, person, _ in scores
        )
        kept = current is not None and not (office_rival and not self._holds_office(current))
        if kept and any(score >= top for score, person, _ in scores if person is current):
            return None
        if current is not None and top < _FIT_ROLE and not generic and not unfit:
            # (a person credited is no guess a single word undoes, unless the description heads what it says: "le
            # patron des pompiers"; "la vecina" is not "los vecinos de Gaviotas Sur", "der oberste Beamte der Stadt"
            # no "Stadtrat")
            return None
        if top < _FIT_ROLE:
            # (a single word's fit reaches the people just named only: "the auctioneer" at the rostrum is not the mart's
            # managing director of the lead, "… Auction Mart Ltd")
            scores = [fit for fit in scores if any(abs(i - heard) <= _FIT_NEAR for i in fit[2])]
        best = [(person, at) for score, person, at in scores if score == top]
        if office:  # (of them an office holder, when it describes one: "the woman from the harbour" is the ports
            # authority's manager, not the fish seller on its quay)
            best = [(person, at) for person, at in best if self._holds_office(person)] or best
        # (two who fit as well: no guess for a description the cast read as a name, nor for a trade left as written,
        # "the boatbuilder" of two who "built boats")
        if len(best) > 1 and (made or current is None and not office and not role and not classes):
            return None
        return self._nearest(best, heard)

    def _seat_or_domain(self, complement: list[str]) -> bool:
        """Whether a generic description's complement (its words after the link, as written) is a seat, a building or
        a domain of public life: a capitalised name where a language writes nouns in lower case ("Adelup", "San
        Telmo", "Palais rose", "Government House"; no name of someone of the cast), or a word of a domain of work
        (lexicon ``domain_families``: "harbour", "Wasserbehörde", "rail", "hospital")."""
        lex = self.lexicon
        code = lex.code
        content = [
            _unelided(w, lex) for w in complement if w.lower() not in FUNCTION_WORDS and w.lower() not in lex.stopwords
        ]
        # (not a name of the cast: "la señora de Arosemena" is a wife called by her husband's surname)
        written = " ".join(map(_unelided, complement, [lex] * len(complement)))
        people = {
            w
            for person, _, _, _ in self._said_words().values()
            if person.name not in written  # (not the description as written, "Hôtel de Rochegude")
            for w in person.name.split()
        }
        named = not lex.capitalised_nouns and any(w[:1].isupper() and w not in people for w in content)
        return named or any(domains_of(fit_form(w), code) for w in content)

    def _not_described(self, person: Person, gender: str, office: bool, called: Sequence[str]) -> bool:
        """Whether a description cannot stand for the person credited with its quote: its grammatical gender is the
        other of theirs ("die Vize" of a man; "la mandataire" of "Jos"), or it describes an office and the article
        called them by nouns of none ("the ferryman", "die Zugbegleiterin", "le porteur d'eau": a trade or a deed, no
        office), nor by the descriptions of the quotes credited to them before (``called``: "sagte die Zugbegleiterin").
        Someone the article called by no noun at all is not known to be a private person."""
        if gender and person.gender not in (gender, ""):
            return True
        code = self.lexicon.code
        nouns = [fit_form(w) for mention in called for w in mention.split()[1:]]
        if any(tells_office(w, code) for w in nouns):
            return False
        introduced = person.roles or person.role_words or person.named_as or nouns or id(person) in self._by_deed()
        return office and bool(introduced) and not self._holds_office(person)

    def _by_deed(self) -> Mapping[int, str]:
        """The people (their ids) the text introduced by a deed, as a private person is, each to the deed's verb: where
        it first names them, a sentence opens on their whole name with a verb right after it, no cue ("Rosa Eberharter
        putzt seit neunzehn Jahren die Waggons", "Hervé Quéméner élève des porcs"); not "Wilson Chalén Tenorio, pidió
        paciencia" after an office cut off by its title's full stop, "Albares defiende el embargo" (a surname: someone
        known), "Olaf Weber sagte". Read once over what the text says of people (:meth:`said_of`)."""
        if self._deeds is None or self._deeds[0] != len(self._said):
            first: dict[int, tuple[str, int, int, int]] = {}
            for person, text, sentence, start, stop, _ in self._said:
                first.setdefault(id(person), (text, sentence, start, stop))
            deeds = {who: verb for who, named in first.items() if (verb := self._deed_after(*named))}
            self._deeds = (len(self._said), deeds)
        return self._deeds[1]

    def _deed_after(self, text: str, sentence: int, start: int, stop: int) -> str:
        """The verb after a whole name (``text[start:stop]``) a sentence opens on, no cue (``_by_deed``), or ""."""
        if text[sentence:start].strip(_OPENING_MARKS) or " " not in text[start:stop].strip():
            return ""
        verb = text[stop : stop + _DEED_VERB].split(maxsplit=1)[:1]
        deed = text.startswith(" ", stop) and bool(verb) and verb[0].islower() and verb[0] not in self.lexicon.cue_verbs
        return verb[0] if deed else ""

    def _holds_office(self, person: Person) -> bool:
        """Whether the article gave a person a public office: a role of a public or an institutional kind (lexicon
        ``public_roles``, ``officer_roles``, a class of roles), or words of office said of them where it named them
        (lexicon ``office_words``: "whom the President appointed", "who represents the valley in the senate", "(CDU)"
        is no office), not a deed or a trade alone ("drives a cab", "vend des bougnas")."""
        lex = self.lexicon
        if not person.roles.isdisjoint(lex.public_roles) or not person.roles.isdisjoint(lex.officer_roles):
            return True
        if self._classes_held(person):
            return True
        _, said, _, _ = self._said_words().get(id(person), (person, frozenset(), frozenset(), ()))
        told = person.roles | person.role_words | person.named_as
        return any(tells_office(fit_form(w), lex.code) for w in told) or not said.isdisjoint(self._office_said())

    def _office_said(self) -> frozenset[str]:
        """The words said of anyone (:meth:`_said_words`) that tell an office (lexicon ``office_words``), found once
        for the words read so far: a person's test is then a set's look-up."""
        said_of_all, _ = self._said_openings()
        if self._office_cache is None or self._office_cache[0] != len(said_of_all):
            code = self.lexicon.code
            self._office_cache = (len(said_of_all), frozenset(w for w in said_of_all if tells_office(w, code)))
        return self._office_cache[1]

    def _described_otherwise(
        self, current: Person | None, written: list[str], gender: str, office: bool, heard: int
    ) -> Person | str | None:
        """Whom a description stands for when no one fits its words and the person credited (``current``) is not it by
        its gender or its office (:meth:`_not_described`): of the people it may be (not of the other gender; of an
        office, when it describes one), those the article gave its gender when any, the one named nearest before the
        quote (``heard``; one named only after it, when alone); none: the description as written ("said the woman from
        the Capitol" after a cab driver's quote, when no woman of an office was named), never the person credited (a
        false ``verified``). A description left as written (``current`` None) that tells a gender and an office is the
        one such person named near the quote, when there is one only (else it stays as written: None)."""
        near = current is None
        fits = [
            (person, at)
            for person, _, _, at in self._said_words().values()
            if person is not current
            and self._may_fit(person)
            and (not gender or person.gender in (gender, ""))
            and (not office or self._holds_office(person))
            and (not near or any(abs(i - heard) <= _FIT_NEAR for i in at))
        ]
        # (of them, those the article gave the description's gender, when any: "der erste Bürger" is the Prefeito
        # "Ingo", not a Vice-Prefeita whose first name no lexicon knows)
        told = [(person, at) for person, at in fits if gender and person.gender == gender]
        fits = told or fits
        if near:  # (someone introduced before the quote, the one such person)
            before = [person for person, at in fits if min(at) < heard]
            return before[0] if len(before) == 1 else None
        return self._nearest(fits, heard) or " ".join(written[1:])

    def _fits_of(
        self,
        written: list[str],
        head: str,
        role: str,
        domains: set[str],
        classes: frozenset[int],
        of_work: bool,
        said_classes: bool = False,
        called_before: bool = False,
        headed: bool = False,
        heads_only: bool = False,
    ) -> Callable[[Person, frozenset[str], frozenset[str]], int] | None:
        """How well a person fits a description (its words as written, its head noun lower case and the head's role), as
        a test of a person and the words said of them (:meth:`_said_words`); None when the description says nothing to
        fit ("the official", "der Mann"). A content word adds 1 when a word said of them is of its family (``_fits``),
        or is that word (not the head's own noun: "Tischler warteten schon" beside a name tells nothing, and the cast
        read what it named); the head's role, a wider role noun's (``role_hypernyms``), a party's (``affiliations``:
        "der Christdemokrat" of "(CSU)"), an office's letters ("the MCE") and a domain the person heads
        (``domain_roles``: "the city's first citizen" of the mayor, as :meth:`_described_classes` found them) and a
        role of the description's classes (``classes``; or one the words said of them name, :meth:`_classes_said`, when
        ``said_classes``), what the head says they do or did (:meth:`_does`), the place it says they come from
        (:meth:`_origin_places`), a noun the article called them by before their name (:meth:`_called_before`, when
        ``called_before``) add 2 each. A generic head's complement
        (``of_work``: "the woman from the harbour") fits by its domain of work too (lexicon ``domain_families``: the
        "ports authority"). A head that heads what its complement names (``headed``, lexicon ``office_heads``: "the
        hospital chief", "la directrice d'école") adds 2 for a person whose passages say a word of one who heads near a
        word of its complement (:meth:`_heads_of`), the only people who fit when the complement is a body's noun before
        the head (``heads_only``: "the hospital chief", not a senator of "the Senate minority leader"); a description of
        what someone was (:meth:`_doer`) adds 2 for a person a word fits whose passages state a past (lexicon
        ``past_words``: "der Salzbergmann von einst" of a mayor "der vor seiner Wahl … im Salzberg … eingefahren ist",
        not the fire chief quoted before)."""
        lex = self.lexicon
        words = list(map(str.lower, written))
        told = self._content_forms(words, head)
        letters = [w.lower() for w in written[1:] if _OFFICE_LETTERS.fullmatch(w) and w.lower() not in lex.affiliations]
        # (a party's noun for its member, "der Christsoziale", "the Liberal Democrat"; not a nationality before a role,
        # "the Russian leader" of a Russian sociologist)
        member = head in lex.affiliation_nouns
        parties = {lex.affiliations[w] for w in words[1:] if member and w in lex.affiliations}
        wider = lex.role_hypernyms.get(head, frozenset())
        # (the head noun the article called someone by where it named them, whatever role the cast kept: "the headman"
        # of "The senior headman of Okatana, X"; "the gup" of "The Gup of Toebesa gewog, X", ``_called_before``)
        called = fit_form(head) if called_before and head not in lex.fit_generic and head not in FUNCTION_WORDS else ""
        if not (told or letters or parties or wider or domains or classes or called):
            return None
        # (what the head noun says someone does or did: "la tejedora", "die einstige Studienrätin", ``_does``)
        doer, former = self._doer(words, head) if head else ("", False)
        # (where the head noun says someone is from: "die Täscherin" of someone "im Nachbardorf Täsch aufgewachsen",
        # "el sabinosero" of someone "nacido en Sabinosa", ``_origin_places``)
        places = self._origin_places(fit_form(head)) if head else frozenset()
        # (a trade, no office: the forms of the verb its agent noun is made of said in lower case, "the boatbuilder" of
        # "who has built eleven gigs", "der Rodelbauer" of "hat … Rodel gebaut", ``_deed_forms``)
        # (or of the word before it, "the creel maker" of one who "has made creels")
        at = words.index(head) if head in words else 0
        before = fit_form(words[at - 1]) if at > 1 and words[at - 1] not in FUNCTION_WORDS else ""
        deeds = self._deed_forms(doer, before) if doer and not role and not classes and not wider else ()
        # (each content word's family among all the words said of anyone, found once: a test of each person is then a
        # set's look-up, however many people the page names)
        # (the head's own noun by words written in lower case alone: "the auctioneer" is no managing director of
        # "Tynedale Auction Mart Ltd"; "the fisherman" is who "has fished out of the harbour")
        # (each word tried against the words said of anyone that share its opening, ``_said_openings``)
        said_of_all, lower_of_all = self._said_openings()
        capitalised = lex.capitalised_nouns
        families: list[tuple[bool, frozenset[str]]] = [
            (own, frozenset(s for s in kin(lower_of_all, w, lex) if _fits(w, s, lex) and not _inflected(w, s, lex)))
            if own
            else (own, frozenset(s for s in kin(said_of_all, w, lex) if _fits(w, s, lex)) | {w} | self._demonym_of(w))
            for w, own in told
        ]
        # (and a compound head of a domain's word, a worker of the domain: "der Waldhüter" of "der Förster des Tals",
        # roles58)
        worker = bool(head) and lex.capitalised_nouns and bool(domains_of(fit_form(head), lex.code))
        if of_work or worker:  # (a domain's words in other words: "harbour" of the "ports authority", "rail" of
            # "ferroviaire")
            code = lex.code
            families = [
                (own, family | {s for s in said_of_all if not domains_of(s, code).isdisjoint(domains_of(w, code))})
                if (worker if own else of_work) and domains_of(w, code)
                else (own, family)
                for (own, family), (w, _) in zip(families, told, strict=True)
            ]

        # (the head's own family among the words said of anyone, and the complement's words: ``headed``)
        complement_families = [family for own, family in families if not own] if headed and head else []
        heads = fit_form(head) if complement_families else ""
        # (any noun of one who heads counts as the head's own: "the hospital chief" of "The director of the … Hospital")
        head_family = (
            frozenset(s for s in kin(said_of_all, heads, lex) if _fits(heads, s, lex)) | {heads} | _head_forms(lex.code)
            if heads
            else frozenset()
        )
        # (the people who head it: a head's word and a complement's within a few words of their passages)
        heading = self._heads_of(head_family, frozenset().union(*complement_families)) if heads else frozenset()
        past = _past_forms(lex.code) if former else frozenset()
        # (or a year: "a projeté des films ici de 1968 à 2011")
        dated = self._dated()[0] if past else frozenset()

        def fit(person: Person, said: frozenset[str], lower: frozenset[str]) -> int:
            if heads_only and id(person) not in heading:
                return 0  # (``heads_only``: a body's noun before the head, "the hospital chief")
            score = sum(not (lower if own else said).isdisjoint(family) for own, family in families)
            if score and (
                past
                and (not said.isdisjoint(past) or id(person) in dated)
                or id(person) in heading
            ):
                score += _FIT_ROLE
            roles = person.roles
            # (a role of the description's class counts as its own: "l'officier" of "le colonel X"; so does one the
            # words said of them name, "El alcalde de Uribia, el economista X", and what they do or did)
            if (
                role
                and role in roles
                or not wider.isdisjoint(roles)
                or not domains.isdisjoint(roles)
                or classes
                and not classes.isdisjoint(self._classes_held(person))
                or said_classes
                and classes
                and not classes.isdisjoint(self._classes_said(person))
                or doer
                and self._does(person, doer, former, said, lower)
                or deeds
                and not roles  # (no deed makes an office holder a trade's: "the presenter" is not the council
                # leader who "presented the harbour budget", roles55's guard)
                and any(not lower.isdisjoint(forms) and _opening_said(opening, said) for forms, opening in deeds)
                or places
                and any(w in said and (capitalised or w not in lower) for w in places)
                or called
                and self._called_before(person, called)
            ):
                score += _FIT_ROLE
            if parties and (not parties.isdisjoint(person.role_words) or self._party_letters(said) & parties):
                score += _FIT_ROLE  # (a party's letters in brackets, or among the words said of them: "(Lib Dem)")
            # (the letters themselves said of them only when they are what the role heads, "le numéro un de la CWA";
            # "the DNC" alone is the body, not someone named beside it)
            texts = self._said_texts
            if any(w != head and w in said or _initials_in(w, texts(person), lex.capitalised_nouns) for w in letters):
                score += _FIT_ROLE
            return score

        return fit

    def _described_classes(self, words: list[str], phrase: list[str], role: str) -> tuple[set[str], frozenset[int]]:
        """The roles of the domains a description's words name (``domain_roles``: "the city's first citizen" of the
        mayor), and the classes of roles it describes (``class_nouns``): those its noun phrase's words and phrases
        name ("le haut fonctionnaire", "la autoridad regional"; not an owner's, "the mayor's chief of staff"), its
        head's role, its domains' roles, and the words after the phrase that name no role ("the man from Parliament",
        "la representante del ministerio"; not "el jefe de gabinete del alcalde")."""
        lex = self.lexicon
        # (not when the head itself names a domain of work, whose worker it is: "der oberste Waldhüter der Gemeinde" is
        # the forester the municipality employs, no mayor; roles58)
        worker = len(phrase) > 1 and bool(domains_of(fit_form(phrase[-1]), lex.code))
        domains = {
            owner
            for w, _ in (() if worker else self._content_forms(words, ""))
            for domain, owner in lex.domain_roles.items()
            if w == (d := fit_form(domain)) or _seat_fits(w, d, lex)
        }
        formed = [fit_form(w) for w in phrase[1:] if not w.endswith(("'s", "’s"))]
        grams = {" ".join(formed[at : at + n]) for n in range(1, _CLASS_GRAMS + 1) for at in range(len(formed) - n + 1)}
        after = [fit_form(w) for w in words[len(phrase) :] if not title_role(w, lex)]
        named = [*grams, *after, *(fit_form(r) for r in (role, *domains) if r)]
        return domains, frozenset().union(*(role_classes(g, lex.code, False) for g in named))

    def _content_forms(self, words: list[str], head: str) -> list[tuple[str, bool]]:
        """A description's content words (not a function word, a stopword, a generic noun nor a cue verb) in
        ``fit_form``, a compound's generic end cut ("Fährfrau" is of the "Fähre", "Rathauschef" of the "Rathaus"),
        each with whether it is the head noun."""
        lex = self.lexicon
        passed = (FUNCTION_WORDS, lex.stopwords, lex.fit_generic, lex.cue_verbs)
        told = [
            (fit_form(_unelided(_unformer(w, lex), lex)), w == head)
            for w in words[1:]
            if not any(w in words_of for words_of in passed)
        ]
        if lex.capitalised_nouns:
            # (a compound's opening before its generic end is the thing it names, not the head noun: "Schleusenmann" is
            # of the "Schleuse", its own word said of someone as any other word)
            told = [(cut, own and cut == w) for w, own in told for cut in (_without_generic(w, lex),)]
        # (a short word of a domain of work counts: "l'eau", "el mar")
        return [(w, own) for w, own in told if len(w) >= _FIT_STEM or domains_of(w, lex.code)]

    def _modified_generic(self, phrase: list[str], head: str) -> bool:
        """Whether a description's noun phrase is a generic head with words before it ("the Malo man", "der Mann",
        no) or a compound ending on a generic noun (lexicon ``fit_generic``: "Fährmann", "Deichfrau"): what stands
        before it, a place or a thing, says whom it describes as a complement after it would ("the man from Malo")."""
        lex = self.lexicon
        if head in lex.fit_generic:
            return any(w not in lex.fit_generic and w not in FUNCTION_WORDS for w in phrase[1:-1])
        # (a compound's end a noun for a person of one sex, "-mann", "-frau": not "die Parteispitze", a party's top)
        form = fit_form(head)
        return lex.capitalised_nouns and _without_generic(form, lex) != form and bool(_noun_gender(head, lex))

    def _origin_places(self, form: str) -> frozenset[str]:
        """The words said of anyone (``fit_form``) a description's head noun (``form``) is the demonym of: the head is
        such a word, or it with its last vowel cut, and an ending of whoever comes from a place (lexicon
        ``origin_endings``: "Täsch" + "erin", "Sabinos(a)" + "ero", "Molèn(e)" + "aise", "Quemchi" + "na"). The fit
        takes only a capitalised one where a language writes nouns in lower case (a place's name, not "la pesca" of
        "el pescador")."""
        stems = _origin_stems(form, self.lexicon)
        if not stems:
            return frozenset()
        said_of_all, _ = self._said_openings()
        # (a stem, or it and a last vowel, looked up in the sorted words: a few look-ups, not a pass over them all)
        wanted = {*stems, *(stem + vowel for stem in stems for vowel in _VOWELS)} - {form}
        found = ((w, bisect_left(said_of_all, w)) for w in wanted)
        return frozenset(
            w for w, at in found if at < len(said_of_all) and said_of_all[at] == w and self._place_alone(w)
        )

    def _seats_headed(self, words: list[str], phrase: list[str], head: str) -> set[str]:
        """The roles whose holder heads a seat a description headed by one who heads names (lexicon ``office_heads``,
        ``headed_seats``): a word of its complement after the noun phrase ("die Chefin der Inselverwaltung"), a
        possessive before its head ("the island's chief"), or, where a language writes compounds, the opening of a
        compound ending on such a noun ("die Inselchefin", "der Gemeindechef"). A word is a seat when it is one, or
        when it ends on one, as a compound's last part names what it is ("Inselverwaltung"; no "Dorfladen")."""
        lex = self.lexicon
        seats = lex.headed_seats
        if not seats:
            return set()
        form = fit_form(head)
        end = ""
        if head not in lex.office_heads:
            ends = (h for h in _head_forms(lex.code) if form.endswith(h) and len(form) - len(h) >= _FIT_STEM)
            end = next(ends, "") if lex.capitalised_nouns else ""
            if not end:
                return set()
        told = [fit_form(w) for w in (*phrase[1:-1], *words[len(phrase) :]) if w not in FUNCTION_WORDS]
        if end:
            told.append(form[: -len(end)])
        return {role for w in told for seat, role in seats.items() if w.endswith(fit_form(seat))}

    def _demonym_of(self, form: str) -> frozenset[str]:
        """The places' names said of anyone (``fit_form``) a description's word other than its head (``form``: "der
        Balzner Vorsteher", "la alcaldesa moyogalpina") is the adjective of: a word cut of an ending of whoever comes
        from a place (lexicon ``origin_endings``, ``_origin_stems``) opens the name, which goes on for two letters at
        most (``_INFLECTION``: "Balz" + "ner" of "Balzers", "Mittelberg" + "er", "Moyogalp" + "ina" of "Moyogalpa"). A
        name written in lower case nowhere (where a language writes nouns so) and standing alone as a place
        (:meth:`_place_alone`). A few bisections of the sorted words per ending, for a description's words only."""
        lex = self.lexicon
        stems = _origin_stems(form, lex)
        if not stems:
            return frozenset()
        said_of_all, lower_of_all = self._said_openings()
        found: set[str] = set()
        for stem in stems:
            for w in islice(said_of_all, bisect_left(said_of_all, stem), None):
                if not w.startswith(stem):
                    break
                if w != form and len(w) - len(stem) <= _INFLECTION and (
                    lex.capitalised_nouns or not _sorted_has(lower_of_all, w)
                ):
                    found.add(w)
        return frozenset(w for w in found if self._place_alone(w))

    def _heads_of(self, heads: frozenset[str], complement: frozenset[str]) -> frozenset[int]:
        """The people (their ids) one of whose passages holds a word of one who heads (``heads``, ``fit_form``) within
        ``_HEADED_NEAR`` words of a word of a description's complement (``complement``): "The director of the Pohnpei
        State Hospital" heads what "the hospital chief" does, "La directrice de l'école de Rotoava" what "la directrice
        d'école" does; not a senator whose passages say "Senate" far from any "leader" ("the Senate minority
        leader"), nor a name of one word of no gender ("Le président-directeur général du Réseau de santé Vitalité"
        says so of the body's last word too). Asked only for a description headed so (lexicon ``office_heads``)."""
        found: set[int] = set()
        for person, text, _, opens, ends in self._passages():
            if id(person) in found or not (person.gender or " " in person.name):
                continue  # (a name of one word the article gave no gender may end a body's: "Réseau de santé Vitalité")
            forms = list(map(fit_form, _SAID_WORD.findall(text, opens, ends)))
            if heads.isdisjoint(forms):
                continue  # (most passages: no word of one who heads, told in C before any step in Python)
            said_heads = [i for i, w in enumerate(forms) if w in heads]
            if said_heads and any(
                abs(i - j) <= _HEADED_NEAR for j, w in enumerate(forms) if w in complement for i in said_heads
            ):
                found.add(id(person))
        return frozenset(found)

    def _dated(self) -> tuple[frozenset[int], dict[str, bool]]:
        """The people (their ids) whose passages hold a year ("a projeté des films ici de 1968 à 2011": a past stated),
        and the answers of :meth:`_place_alone` so far: read once for the names noted, however many descriptions ask."""
        if self._dated_cache is None or self._dated_cache[0] != len(self._said):
            dated = frozenset(id(p) for p, text, _, opens, ends in self._passages() if _YEAR.search(text, opens, ends))
            self._dated_cache = (len(self._said), dated, {})
        return self._dated_cache[1], self._dated_cache[2]

    def _place_alone(self, form: str) -> bool:
        """Whether a word said of someone (``fit_form``) stands somewhere in their passages as a place's name of its
        own: not only as the end of a longer capitalised name a link joins it to, where a language writes nouns in
        lower case ("Montaña" of "Grupo de Rescate e Intervención en Montaña" is a body's name: "el montañero" is no
        one from it; "nacido en Sabinosa" is a place)."""
        lex = self.lexicon
        if lex.capitalised_nouns:
            return True
        _, known = self._dated()
        if (alone := known.get(form)) is None:
            alone = known[form] = self._stands_alone(form)
        return alone

    def _stands_alone(self, form: str) -> bool:
        """:meth:`_place_alone`, read over the passages."""
        lex = self.lexicon
        for _, text, _, opens, ends in self._passages():
            before: list[str] = []
            for match in _SAID_WORD.finditer(text, opens, ends):
                word = match.group()
                if fit_form(word) == form and not (
                    len(before) == 2 and before[1].islower() and before[0][:1].isupper() and before[1] in lex.stopwords
                ):
                    return True
                before = [*before[-1:], word]
        return False

    def _passages_of(self) -> dict[int, list[tuple[str, int, int]]]:
        """The words before each name in the passages about its person (:meth:`_passages`: the text, where they open
        and where the name opens; none for a name after another of its sentence), by the person's id: a title, an
        appositive before the name ("El alcalde de Uribia, el economista X"), not another subject's words after it
        ("X blessed the boats, as the mayor said"). Read once however many people a page names."""
        if self._passages_by is None or self._passages_by[0] != len(self._said):
            by: dict[int, list[tuple[str, int, int]]] = {}
            for (person, text, _, opens, _), (_, _, _, start, _, _) in zip(self._passages(), self._said, strict=True):
                by.setdefault(id(person), []).append((text, opens, max(opens, start)))
            self._passages_by = (len(self._said), by)
        return self._passages_by[1]

    def _classes_said(self, person: Person) -> frozenset[int]:
        """The classes of roles (lexicon ``class_roles``) the words said of a person before their name name
        (:meth:`_passages_of`), a word or a phrase of up to ``_CLASS_GRAMS`` words, whatever role the cast kept for
        them ("El alcalde de Uribia, el economista X": "alcalde"; "Le chef de canton de Dosso, X": "chef de canton");
        not a word whose owner's ending or genitive's
        link makes it someone else's, nor a plural ("the mayor's aide", "die Referentin des Bürgermeisters", "le chef
        de cabinet du maire", "Inspectors found … on the X Pier"), nor one after a word of what someone was ("the
        former New York City police commissioner" is no official now: lexicon ``former_words``, ``_FORMER_REACH`` words
        back), nor of a name the article gave no gender and no known first name, which may be a place's ("Der
        Gemeindepräsident von Val Müstair, X": the office is X's). Worked out once a person."""
        known = bool(person.gender or known_first_name(person.name.split()[0]))
        if not (known or self._named_apart(person)):
            return frozenset()
        if (found := self._classes_said_cache.get(id(person))) is None:
            lex = self.lexicon
            links = lex.genitive_links if lex.capitalised_nouns else lex.complement_words
            passages = self._passages_of().get(id(person), ())
            if not known:  # (only where no link stands right before the name: "La alcaldesa de Bocas del Toro")
                passages = [(text, opens, at) for text, opens, at in passages if not _after_link(lex, text, opens, at)]
            written = [w.lower() for text, opens, ends in passages for w in _FIT_WORD.findall(text, opens, ends)]
            said = list(map(fit_form, written))
            openings = _class_openings(lex.code)
            former = lex.former_words
            owned = (at and written[at - 1] in links for at in range(len(said)))
            was = (not former.isdisjoint(written[max(0, at - _FORMER_REACH) : at]) for at in range(len(said)))
            grams = (
                (at, n)
                for at, (of_other, past) in enumerate(zip(owned, was, strict=True))
                if not (of_other or past)
                for n in range(1, _CLASS_GRAMS + 1)
                if at + n <= len(said)
                and (n == 1 or said[at] in openings)  # (a phrase of a class opens on its first word: most words none)
                and not written[at + n - 1].endswith(("'s", "’s"))
                and not _PLURAL_NOUN.search(written[at + n - 1])  # ("Inspectors found … on the X Pier": many)
            )
            code = lex.code
            found = frozenset().union(*(role_classes(" ".join(said[at : at + n]), code, True) for at, n in grams))
            self._classes_said_cache[id(person)] = found
        return found

    def _named_apart(self, person: Person) -> bool:
        """Whether the article wrote a name of two words or more, the person's, where no link, preposition nor article
        stands right before it: no place an office is of, whose name follows its link ("Der Gemeindepräsident von Val
        Müstair, X"), but someone named after a title of their own ("Die Bürgermeisterin der Gemeinde Sylt,
        Dipl.-Nautikerin Inken Jessen": roles58)."""
        if " " not in person.name:
            return False
        if self._apart_cache is None or self._apart_cache[0] != len(self._said):
            lex = self.lexicon
            apart = {
                id(whom)
                for whom, text, sentence, start, _, _ in self._said
                if start > sentence and not _after_link(lex, text, sentence, start)
            }
            self._apart_cache = (len(self._said), frozenset(apart))
        return id(person) in self._apart_cache[1]

    def _called_before(self, person: Person, head: str) -> bool:
        """Whether a description's head noun (``fit_form``) is a noun the article called a person by in the words before
        their name (:meth:`_passages_of`: a title, an appositive), or one ending otherwise by ``_CALLED_ENDING`` letters
        at most ("the headman" of "The senior
        headman of Okatana, X"; "the airport manager" of "The airport's manager, X"; "der oberste Bergretter" of "Der
        Ortsstellenleiter der Bergrettung Vent, X"), whatever role the cast kept for them: not an owner's ("the mayor's
        aide, X"), nor a plural ("Fishermen and their spokesman, X"), nor a cue's subject, nor one a clause or more than
        ``_CALLED_NEAR`` words stand between with the name. Read once a person."""
        if (found := self._called_before_cache.get(id(person))) is None:
            passages = self._passages_of().get(id(person), ())
            lex = self.lexicon
            # (not a cue's subject set off before the name, "„…“, sagte die Stadt, Lena Vogt": a passage with a cue's
            # verb is a quote's, no introduction; nor a name a capitalised word runs on to, where a language writes
            # nouns in lower case: "El vocero del Congreso General Guna" is no "Guna Yala"'s)
            windows = (
                _FIT_WORD.findall(text, opens, ends)
                for text, opens, ends in passages
                if (lex.capitalised_nouns or not _RUNS_ON.search(text, opens, ends))
                and not _QUOTE_MARK.search(text, opens, ends)  # ("„Ich-Orgie“, so die Parteispitze, X": a quote's cue)
            )
            # (nor a name after a link, what the noun is of: "El vocero del [Congreso General] Guna Yala")
            links = (FUNCTION_WORDS, lex.stopwords)
            said = [
                (words, lowered)
                for words in windows
                if words
                and lex.cue_verbs.isdisjoint(words)
                and not any((lowered := [w.lower() for w in words])[-1] in of for of in links)
            ]

            def opened(words: list[str], at: int) -> bool:
                # (an article, not after a preposition: "mit der Parteispitze" is no one's title)
                return words[at] in lex.definite and (at == 0 or words[at - 1] not in lex.prepositions)

            # (a noun of a phrase an article opens, "The senior headman of …", "l'aînée X"; not "Late afternoon X"; near
            # the name, no clause opening between, "When the moderator pointed out that Trump …"; the phrase's last
            # word, before a link, a capitalised word or the name, not "the congressional approval of X")
            found = frozenset(
                fit_form(_unelided(w, lex))
                for written, words in said
                for at, w in enumerate(words)
                if len(words) - at <= _CALLED_NEAR
                and not w.endswith(("'s", "’s"))
                and not _PLURAL_NOUN.search(w)
                and (_unelided(w, lex) != w or any(map(opened, repeat(words), range(max(0, at - _CALLED_REACH), at))))
                and lex.subordinators.isdisjoint(words[at + 1 :])
                and (at + 1 == len(words) or written[at + 1][:1].isupper() or any(words[at + 1] in of for of in links))
            )
            self._called_before_cache[id(person)] = found
        shared = max(_FIT_OPENING, len(head) - _CALLED_ENDING)
        # (a word that shares the head's first ``shared`` characters: a head shorter than that shares them with none)
        opening = head[:shared]
        return head in found or len(head) >= shared and any(map(str.startswith, found, repeat(opening)))

    def _doer(self, words: list[str], head: str) -> tuple[str, bool]:
        """A description's head noun as what someone does or did is compared (``fit_form``, "ex" or "ex-" written onto
        it cut: "la exenfermera", "die Ex-Lehrerin"), and whether it describes what someone was (lexicon
        ``former_words``: "the former schoolteacher", "die einstige Studienrätin", "l'ancienne professeure")."""
        former_words = self.lexicon.former_words
        form = fit_form(head)
        # (the longest word that opens it, so "ex-" before "ex": a set's order changes with the run's hash seed)
        cuts = (form[len(w) :] for w in former_words if form.startswith(w) and len(form) - len(w) >= _FIT_OPENING)
        cut = min(cuts, key=len, default="")
        return cut or form, bool(cut) or _told_former(words, self.lexicon)

    def _does(self, person: Person, doer: str, former: bool, said: frozenset[str], lower: frozenset[str]) -> bool:
        """Whether a description's head noun (``doer``, :meth:`_doer`) is what the article says a person does or did:
        an agent noun of the verb after their name in the sentence introducing them (``_by_deed``; lexicon
        ``deed_endings``: "Rosalba Ipuana teje mochilas" is "la tejedora", "Hilda Varga carves spoons" "the carver"),
        a noun for whoever does a deed said of them (lexicon ``deed_nouns``: "die … zwanzig Jahre Deutsch unterrichtet
        hat" is "die einstige Studienrätin"), or, when the description tells what someone was, the noun itself said of
        them in lower case ("fue enfermera durante veinte años": "la exenfermera")."""
        lex = self.lexicon
        verb = self._by_deed().get(id(person))
        if verb and _agent_of(fit_form(verb), doer, lex):
            return True
        if former and doer in lower:
            return True
        # (the deeds whose nouns hold the head, in the table's order: ``_deeds_of``)
        return any(_deed_said(deed, lower) for deed in _deeds_of(lex.code).get(doer, ()))

    def _deed_forms(self, doer: str, before: str) -> tuple[tuple[frozenset[str], str], ...]:
        """The forms of a verb said in lower case of anyone (:meth:`_said_openings`) that a trade's agent noun
        (``doer``, ``fit_form``) is made of, by a stem and an ending of lexicon ``deed_endings`` (``_agent_of``), each
        with the opening of a compound before the agent noun that must be said of the person too ("rodel" of
        "rodelbauer"), or the word before the head (``before``: "creel" of "the creel maker"); "" when the stem is long
        enough to tell the deed alone (``_FIT_OPENING``: "build" of "boatbuilder"). A verb's form is read as its stem
        through lexicon ``deed_forms`` ("built" -> "build") and without a participle's opening
        (``participle_openings``: "gebaut" -> "baut"). A few look-ups in the sorted words per ending, asked only for a
        description whose head holds no role."""
        lex = self.lexicon
        _, lower_of_all = self._said_openings()
        irregular = lex.deed_forms.items()
        verbal = _verb_endings(lex.code)
        found: list[tuple[frozenset[str], str]] = []
        for cut in range(len(doer) - _AGENT_STEM):
            opening, agent = doer[:cut] or before, doer[cut:]
            if 0 < cut < _AGENT_STEM:
                continue  # (an opening of a compound is a word: "boat", "rodel")
            for ending in lex.deed_endings:
                stem = agent[: -len(ending)]
                if not agent.endswith(ending) or len(stem) < _AGENT_STEM:
                    continue
                forms: set[str] = set()
                for prefix in ("", *lex.participle_openings):
                    start = bisect_left(lower_of_all, prefix + stem)
                    for w in islice(lower_of_all, start, None):
                        if not w.startswith(prefix + stem):
                            break
                        # (a verb's form by its ending, or a participle by its opening: "carved", "gebaut"; no noun
                        # of the stem, "contrato" is no deed of "el contratista")
                        rest = w[len(prefix) + len(stem) :]
                        if rest in verbal or prefix and len(rest) <= _VERB_ENDING:
                            forms.add(w)
                forms.update(
                    f for form, base in irregular if base == stem and _sorted_has(lower_of_all, f := fit_form(form))
                )
                # (a short stem tells a deed only with the compound's opening: "bau" of "Rodelbauer", no "Bauer" of
                # anyone a "Baum" is said of)
                if forms and (opening or len(stem) >= _FIT_OPENING):
                    found.append((frozenset(forms), "" if len(stem) >= _FIT_OPENING else opening))
        return tuple(found)

    def _holds_head(self, person: Person, head: str) -> bool:
        """Whether the article called a person by a description's head noun (their roles, the nouns before their name
        and the descriptions credited to them: ``role_words``, ``named_as``), as written."""
        return head in person.role_words or head in person.named_as or head in person.roles

    def _of_other_offices(self, person: Person, phrase: list[str], trades: frozenset[int]) -> bool:
        """Whether a description's noun phrase (lower case) names classes of office (lexicon ``class_nouns``, no trade)
        of which a person holds none while holding offices of other classes ("der Stadtvater" of the "Stadtpfarrer"),
        by their roles and by the words the article said of them (:meth:`_classes_said`)."""
        code = self.lexicon.code
        named = frozenset().union(*(role_classes(fit_form(w), code, False) for w in phrase[1:])) - trades
        return self._of_other_classes(person, named, trades)

    def _class_told_of_other(self, person: Person, classes: frozenset[int], gender: str) -> bool:
        """Whether a description's classes of office (lexicon ``class_nouns``, no trade) are none of a person's, by
        their roles or the words said of them, and are someone else's of its gender (``gender``; or none told), by
        theirs (:meth:`_classes_held`, :meth:`_classes_said`)."""
        if not classes or not classes.isdisjoint(self._classes_held(person) | self._classes_said(person)):
            return False
        return any(
            other is not person
            and (not gender or other.gender in (gender, ""))
            and not classes.isdisjoint(self._classes_held(other) | self._classes_said(other))
            for other, _, _, _ in self._said_words().values()
        )

    def _of_other_classes(self, person: Person, named: frozenset[int], trades: frozenset[int] = frozenset()) -> bool:
        """Whether a person holds offices of classes (lexicon ``class_roles``; no trade) and none of ``named``, by
        their roles and the words the article said of them (:meth:`_of_other_offices`)."""
        if not named:
            return False
        held = self._classes_held(person)
        return bool(held - trades) and named.isdisjoint(held) and named.isdisjoint(self._classes_said(person))

    def _classes_held(self, person: Person) -> frozenset[int]:
        """The classes of roles (lexicon ``class_roles``) of the roles and the nouns the article gave a person."""
        code = self.lexicon.code
        held = person.roles | person.role_words | person.named_as
        return frozenset().union(*(role_classes(fit_form(w), code, True) for w in held))

    def _of_another_class(
        self,
        person: Person,
        words: list[str],
        classes: frozenset[int],
        fit: Callable[[Person, frozenset[str], frozenset[str]], int],
    ) -> bool:
        """Whether the article gave a person roles or nouns of other kinds than a description's classes (a fisherman, a
        poler, a neighbour, not an alderman), and neither a word of the description (lower case) nor its fit is among
        the words said of them ("le chef coutumier" is the "chef coutumier du canton" whatever class "chef" is of), so
        that it cannot be them."""
        # (a party's letters are no role: "(SPÖ)" says nothing of what the person does)
        lex = self.lexicon
        if not classes or not (person.roles or person.named_as or person.role_words - lex.affiliations.keys()):
            return False
        if not person.roles.isdisjoint(lex.public_roles) or not person.roles.isdisjoint(lex.officer_roles):
            return False  # (an office of a class no lexicon lists: "la secretaria de Educación" is "la funcionaria")
        _, said, lower, _ = self._said_words().get(id(person), (person, frozenset(), frozenset(), ()))
        if not said.isdisjoint(fit_form(w) for w in words[1:] if w not in FUNCTION_WORDS):
            return False
        return classes.isdisjoint(self._classes_held(person)) and not fit(person, said, lower)

    def _names_in(self, written: list[str]) -> bool:
        """Whether a description's words after its article hold a name, where a language writes its nouns in lower case
        ("the Tarrant Valley Council and Mayor Joe Pratt"): a capitalised word, not in capitals (an office's letters,
        "the MCE"), nor a party's ("the Liberal Democrat"), before what the role is of."""
        lex = self.lexicon
        if lex.capitalised_nouns:
            return False
        # (up to what the role is of or where it is from: "el hombre fuerte del Invías" heads a body the article named,
        # "the man from Parliament" is of one)
        named = takewhile(lambda w: w not in lex.complement_words and w not in lex.stopwords, written[1:])
        # (nor an office's title owning the role: "the President's man in the region")
        capitalised = [
            w
            for w in named
            if w[:1].isupper() and not w.isupper() and w.lower() not in lex.affiliations and not _owning_title(w, lex)
        ]
        # (nor a place the article said of someone and no one's name, nor a noun of whoever comes from one: "the
        # Lionacleit crofter" of a convener "who still works his family's croft at Lionacleit", "the Malo man" of a
        # mayor "who grew up on Malo island", "le Sérignanais" of a mayor "natif de Sérignan")
        if not capitalised:
            return False
        # (a word of someone's name first: most descriptions that hold one are cut there, with no words read)
        names = {fit_form(w) for person in self.people if self._may_fit(person) for w in person.name.split()}
        forms = [fit_form(w) for w in capitalised]
        lex = self.lexicon
        if any(form in names and not _origin_stems(form, lex) for form in forms):
            return True
        return any(not (self._place_said(form) and form not in names or self._origin_places(form)) for form in forms)

    def _place_said(self, form: str) -> bool:
        """Whether a capitalised word of a description (``fit_form``), no word of the name of someone who may be a
        person (:meth:`_names_in` asks that first; not a school the cast took for one, "Sgoil Lìonacleit",
        :meth:`_may_fit`), is a place or a thing the article said of someone of the cast (:meth:`_said_words`)."""
        said_of_all, _ = self._said_openings()
        at = bisect_left(said_of_all, form)
        return at < len(said_of_all) and said_of_all[at] == form

    def _may_fit(self, person: Person) -> bool:
        """Whether a person of the cast may be whom a description fits: someone the article named as a person, not a
        body ("Nacional de Acuicultura" of an authority's name cut short, "Northern Country"): no body, no one unnamed,
        and a known first name, or a gender or a quote of their own and no word in lower case nor one the article writes
        so."""
        if person.organisation or person.anonymous:
            return False
        words = person.name.split()
        if known_first_name(words[0]) or person.sure:
            return True
        # (nor a name nothing showed to be a person's: "Sirius XM", "Trump Tower", "American Muslim")
        # (or a title the article gave a whole name: "Dr. Emelihter Sehna, MBBS")
        known = bool(person.gender or person.quoted or " " in person.name and person.roles)
        return known and not any(w[:1].islower() or w.lower() in self.common for w in words)

    @staticmethod
    def _nearest(fits: list[tuple[Person, tuple[int, ...]]], heard: int) -> Person | None:
        """Of people who fit a description as well, the one named nearest before the quote (the places of what the text
        says of them among all it says of people, and the quote's, ``heard``); one named only after it when no one
        before fits; None for two named only after it (no guess: "a rétorqué le premier magistrat de la ville" before
        two mayors)."""
        before = [(max(i for i in at if i < heard), person) for person, at in fits if any(i < heard for i in at)]
        if before:
            return max(before, key=lambda pair: pair[0])[1]
        return fits[0][0] if len(fits) == 1 else None

    def _said_words(self) -> dict[int, tuple[Person, frozenset[str], frozenset[str], tuple[int, ...]]]:
        """Each person's words as the text says them of them (:meth:`said_of`), with their roles' words and the nouns
        the article called them by, in ``fit_form``; those of them written in lower case (where a language writes its
        nouns so: no name of a body or a place); and where each passage stands among all. Worked out once
        (descriptions ask after the whole article is read)."""
        if self._said_cache is None:
            capitalised = self.lexicon.capitalised_nouns
            words: dict[int, tuple[Person, set[str], set[str], list[int]]] = {}
            for at, (person, text, _, opens, ends) in enumerate(self._passages()):
                _, said, lower, places = words.setdefault(id(person), (person, set(), set(), []))
                # (each word's form and case read in C: a description's fit reads every word said of anyone)
                found = _SAID_WORD.findall(text, opens, ends)
                forms = list(map(fit_form, found))
                said.update(forms)
                if _QUOTE_MARK.search(text, opens, ends):
                    # (the words of a quote the passage holds are the person's own, no noun nor deed the article gives
                    # them: "Im Winter fahr ich …" is no driver's; a domain's word in it still ties them to it)
                    found = _SAID_WORD.findall(_QUOTED.sub(" ", text[opens:ends]))
                    forms = list(map(fit_form, found))
                lower.update(forms if capitalised else compress(forms, map(str.islower, map(itemgetter(0), found))))
                places.append(at)
            for person, said, lower, _ in words.values():
                # (the words of a role's phrase may be a body's name: "managing director of Tynedale Auction Mart")
                said.update(fit_form(w) for w in person.role_words | person.named_as | person.roles)
                lower.update(fit_form(w) for w in person.named_as | person.roles)
                name = {fit_form(w) for w in _SAID_WORD.findall(person.name)}
                said.difference_update(name)
                lower.difference_update(name)
            self._said_cache = {
                key: (person, frozenset(said), frozenset(lower), tuple(places))
                for key, (person, said, lower, places) in words.items()
            }
        return self._said_cache

    def _said_openings(self) -> tuple[list[str], list[str]]:
        """The words said of anyone (:meth:`_said_words`), and those of them written in lower case, each sorted: the
        words opening on a family's opening stand together (:func:`kin`). Worked out once, as the words are."""
        if self._openings_cache is None:
            people = self._said_words().values()
            said = sorted(frozenset().union(*(words for _, words, _, _ in people)))
            lower = sorted(frozenset().union(*(words for _, _, words, _ in people)))
            self._openings_cache = (said, lower)
        return self._openings_cache

    def _party_letters(self, said: frozenset[str]) -> set[str]:
        """The parties (lexicon ``affiliations``) whose letters are among the words said of someone ("lib", "dem" of
        "(Lib Dem)"): short words no noun for a party's member ("green", "tory" are nouns as often)."""
        lex = self.lexicon
        return {
            lex.affiliations[w]
            for w in said
            if len(w) <= _PARTY_LETTERS and w in lex.affiliations and w not in lex.affiliation_nouns
        }

    def _said_texts(self, person: Person) -> list[str]:
        """The words the text says of a person, lower case, in order (for an office's letters: :func:`_initials_in`)."""
        passages = ((text, opens, ends) for p, text, _, opens, ends in self._passages() if p is person)
        return [w.lower() for text, opens, ends in passages for w in _SAID_WORD.findall(text, opens, ends)]

    @contextmanager
    def aside(self) -> Iterator[None]:
        """Text beside the running text (a caption) is read: the people it names are known after it, but the text is
        about whom it was about before it."""
        topics, lead = self._topics.copy(), self._unnamed_lead
        yield
        self._topics, self._unnamed_lead = topics, lead

    def _touch(self, recent: OrderedDict[int, Person], person: Person) -> None:
        self._clock += 1
        person.seen = self._clock
        key = id(person)
        recent[key] = person
        recent.move_to_end(key)
