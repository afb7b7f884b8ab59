"""Who said it: names. What a name looks like, its titles, its key, its gender, and when two name one person.

The vocabularies (cue verbs and phrases, titles, pronouns, organisation words,
first names with the gender they usually carry) are data in :mod:`verify.lexicon`.
The article's cast of people and organisations is :mod:`verify.extract.cast`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from types import MappingProxyType

from ..letters import CAPITALS, SMALLS
from ..lexicon import ALL_COURTESY_TITLES, ALL_GENERATION_WORDS, AND_WORDS, LEXICONS, OF_LINKS, Gender, Lexicon
from ..lexicon import en as _en

# English vocabularies, from the lexicon (one place per language); the grammar reads them by these names.
CUE_VERBS = _en.CUE_VERBS
CUE_PHRASES = _en.CUE_PHRASES
DESCRIPTION_OPENERS = _en.DETERMINERS
TITLES = _en.TITLES
ORGANISATION_WORDS = _en.ORGANISATION_WORDS
NAME_PARTICLES = _en.NAME_PARTICLES
NOT_NAMES = _en.NOT_NAMES
_PORTFOLIO_LINKS = _en.PORTFOLIO_LINKS
_PORTFOLIO_WORDS = _en.PORTFOLIO_WORDS
# Personal pronouns that can stand for a speaker, with the gender they imply ("" when none). Only the
# personal ones (gender "m" or "f") are resolved to a person: "they", "we", "I" and "it" stand
# for groups, the writer or documents, which the article rarely names in the same way.
PRONOUNS = {
    w: str(_en.PRONOUNS[w].gender) if _en.PRONOUNS[w].gender in (Gender.MALE, Gender.FEMALE) else ""
    for w in ("he", "she", "him", "her", "they", "i", "we", "it")  # the forms a cue's subject takes
}
FIRST_NAME_GENDER = {w: str(g) for w, g in _en.LEXICON.first_name_gender.items()}
# First names of every lexicon: a name's gender does not depend on the article's language ("Katrin
# Vogel" in an English article is a woman); the English table wins where two disagree.
_ANY_FIRST_NAME = {
    **{w: str(g) for lex in LEXICONS.values() for w, g in lex.first_name_gender.items()},
    **FIRST_NAME_GENDER,
}
# Legal forms of every lexicon ("AG", "GmbH", "Inc", "S.A"), as written: whatever the article's language, a company
# may be named with or without its own country's form.
_LEGAL_FORMS = frozenset().union(*(lex.legal_forms for lex in LEXICONS.values()))
# Surname prefixes that tell a gender ("Ó" a man, "Ní" a woman), lower case
_SURNAME_PREFIXES = _en.SURNAME_PREFIX_GENDER
# Words that are no person's name: things and events ("Cold War", "Election Day") and organisations.
_NOT_PERSON_WORDS = ORGANISATION_WORDS | _en.THING_WORDS
# Function words that never stand inside a name ("Nobody Knows What Happens Next"); those that are also
# names ("Theresa May", "Will") are not counted.
_INNER_FUNCTION_WORDS = _en.STOPWORDS - NAME_PARTICLES - frozenset("may will can more much might".split())
_NAME_PREFIX = 3  # the longest stretch before an inner capital a name has ("Mac" of "MacArthur")
_MALE_TITLES = _en.MALE_TITLES
_FEMALE_TITLES = _en.FEMALE_TITLES
# Demonyms and adjectives that stand before a title ("Ukrainian President ..."), not part of names. None is shorter
# than four letters ("Thai", "Irish"): a word of three before a name is a given name ("Nii Armah Tetteh", "Obi"); and
# none of four but one ending in "i" ("Thai"): "Gian Andri Tschenett", "Rian", "Oran" are given names.
_DEMONYM = re.compile(r"^(?:(?=\w{5})[A-Z][a-z]+(?:ian|an|ese|ish|i|ic)|[A-Z][a-z]{2}i)$")
# Nationalities the lexicons list, lower case, of every language ("ukrainian", "pakistani"): a word of a demonym's form
# that is none is a nationality only before a first name or a title ("Ghjuvan Petru Albertini" is a Corsican's given
# name, not a Ghjuvan man Petru Albertini)
_ANY_NATIONALITY = frozenset(w for lex in LEXICONS.values() for w, a in lex.affiliations.items() if a != w)

# A capitalised word (a name token): "Rutte", "O'Rourke", "Jean-Claude", "J." or "J.M." (initials), "McCaskill".
# (with every lexicon's abbreviated titles: "Coun. Ostafichuk", "Pfr. Maier", "Pbro. Ruiz", "Cdt. Roux"; sorted, so
# the pattern's text, the saved regex cache's key, is the same in every run)
_ABBREVIATED_TITLES = sorted(
    set("Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Sgt Capt Adm Rev Hon Eng Maj Cmdr Det St Jr Sr".split()).union(
        *(lex.title_abbreviations for lex in LEXICONS.values())
    )
)
# Inside a name's word may stand a combining accent (a name written decomposed, "Jose\u0301") and the Latin-1 signs
# and controls a UTF-8 name read as Latin-1 is written with ("TrÃ©vidic", "SarukhÃÂ¡n"), never a quote mark or a
# no-break space: the name as the article writes it, whole.
_IN_WORD = "\u0300-\u036f\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf"
_WORD_REST = rf"[\w'’\-{_IN_WORD}]*\w[{_IN_WORD}]*"  # what follows a name word's capital (a sign may end it: "DuprÃ©")
# A lone capital after a courtesy title of any lexicon: someone known by an initial ("Ms D said", "Herr K").
# The title is checked by a look-behind after the capital, not before it: a look-behind for each of the titles at
# every place a name word may start made the name runs six times slower on a line of initials ("A. A. A. ...").
_LETTER_AFTER_COURTESY = "|".join(rf"(?<=(?<![\w.]){re.escape(t)} [A-Z])" for t in ALL_COURTESY_TITLES)
_LONE_AFTER_FIRST = rf"(?![\w'’.\-])(?:{_LETTER_AFTER_COURTESY})"


_TITLE_AFTER_FIRST = "|".join(rf"{t[1:]}(?<={t})" for t in _ABBREVIATED_TITLES)
# (the letters of the longest after its capital: a word with no full stop that close is tried for none of them, a
# look-ahead instead of the dozens of alternatives at every capital)
_TITLE_REST_MAX = max(len(t) for t in _ABBREVIATED_TITLES) - 1
# An abbreviated title and its stop after the capital, guarded by that look-ahead (in every pattern that reads one: a
# run scanned from its first character too, where the alternatives unguarded cost +0.4% of extraction)
# A degree's or a title's further parts after a listed abbreviation, a class the lists need not hold: the parts of a
# compound written onto it by hyphens ("Dipl.-Forstw.", "Dipl.-Ing.", "Dr.-Ing."), then abbreviations in lower case
# and a short note in parentheses after it ("Dr. med.", "Mag. rer. soc. oec.", "Dipl.-Ing. (FH)", "Dr. techn."): a
# capitalised word after it is the name's ("sagte Dipl.-Forstw. Engelbert Hilgart"), never a sentence's end
# (a part in lower case is a degree's only before a further word: "Dr. med. Anna"; read only where a listed title
# matched, so nowhere else it costs a step)
# (each repeat behind a look-ahead for its first characters, ``(?:(?=-)(?:X)+|)`` for ``(?:X)*``: a repeat of a group
# sets up the engine's general repeat wherever it is tried, here after every listed title, "Mr." and "Sen." before
# most names, where almost never a degree's part follows; the same matches in the same order, its zero times last,
# ``tests/test_speed57_gates.py``)
_DEGREE_TAIL = (
    rf"(?:(?=-)(?:-[{CAPITALS}][a-z]{{1,9}}\.)+|)"
    rf"(?:(?=\s[a-z(])(?:\s(?:[a-z]{{2,6}}\.|\([{CAPITALS}][\w.]{{0,5}}\))(?=\s))+|)"
)
_TITLE_WITH_STOP = rf"(?=\w{{1,{_TITLE_REST_MAX}}}\.)(?:{_TITLE_AFTER_FIRST})\.{_DEGREE_TAIL}"
# A word of such a tail, read as a title where it follows one (``strip_titles``)
_DEGREE_PART = re.compile(rf"^(?:[{CAPITALS}][a-z]{{1,7}}\.(?:-[{CAPITALS}][a-z]{{1,9}}\.)+|[a-z]{{2,6}}\.)$")


# The modifier letters a Pacific or a transliterated name opens on before its capital, letters of the name (the
# Tongan and Hawaiian ʻokina, U+02BB, "ʻAlifeleti Mone"; the apostrophe letter U+02BC; the Arabic ʿayn and hamza,
# U+02BF and U+02BE, "ʿAbd al-Karim"): inside a word they are word characters already ("Kaʻiulani", "Nukuʻalofa")
_OKINAS = "ʻʼʿʾ"
_OKINA = f"[{_OKINAS}]"
# The apostrophe opening a Sesotho or Setswana woman's name, "'Ma-" (mother of) before its stem ("'Mamosa Rakoro",
# "'Mathabo Letsie"), and the form of address "'Me": a letter of the name, after no letter or mark; the stem after
# "'Ma" opens on a consonant ("'Mamosa", "'Malineo"), so a quote in single marks opening on "'Maybe" or "'Mayor" is
# read as before (its capitalised words alone)
# (the mark matched first, what stands before it looked behind after it: most places a name word is tried hold none)
_NAME_APOSTROPHE = r"['’](?<![\w'’]['’])(?=M(?:a[bcdfghjklmnpqrstvwz]|e\b))"
_NAME_APOSTROPHE_WORD = re.compile(_NAME_APOSTROPHE)


def _name_word(rest: str) -> str:
    """Initials, an abbreviated title, a lone capital after a courtesy title, or a capital and ``rest``, in that
    order: the capital matched first by a class, then each alternative's rest, the whole checked by a look-behind
    ("r(?<=Mr)"), so that a place where no capital stands (a run's end: most places a name word is tried) fails at
    once instead of at each of the alternatives."""
    return (
        rf"(?:{_OKINA}|{_NAME_APOSTROPHE}|)[{CAPITALS}](?:\.(?<=[A-Z]\.)(?:[A-Z]\.)*|{_TITLE_WITH_STOP}"
        rf"|{_LONE_AFTER_FIRST}"
        rf"|{rest})"
    )


NAME_WORD = _name_word(_WORD_REST)
# A particle written onto the surname by a hyphen ("Faris al-Amiri", "Abdel Fattah el-Sisi"): part of the name
# inside a run, and no part of its key ("Al-Amiri" and "Amiri" are the same man). Only at a word's start or after
# another hyphen: the letters ending a word's first part are no particle ("Sozial-Kulturelle" was "sozikulturelle").
_HYPHENED_PARTICLES = sorted(_en.HYPHEN_PARTICLES)
_HYPHENED = "|".join(_HYPHENED_PARTICLES)
_HYPHENED_PARTICLE = re.compile(rf"(?<![^\W\d_])(?:{_HYPHENED})-(?=\w)", re.IGNORECASE)
# A run of name words, possibly with particles between them.
# (and a surname prefix of one letter, which is no name word: "Donncha Ó Laoire")
_LETTER_PREFIXES = tuple(p.upper() for p in _SURNAME_PREFIXES if len(p) == 1)
_SPACED = "|".join(sorted([*(p for p in NAME_PARTICLES if p.isalpha()), *_LETTER_PREFIXES]))
# A plural owner written into a body's name ("Wessex Motorists' Association", "Farmers' Union"): the run goes on over
# the apostrophe when one of the head nouns such names close on follows within three words, so "the Democrats' Nancy
# Pelosi" stays two. Sorted, so the pattern's text (the saved regex cache's key) is the same in every run.
_PLURAL_OWNER_HEADS = "|".join(sorted(_en.PLURAL_OWNER_HEADS))
# The same place takes the apostrophe of the velar nasal letter "ng'" ending an East African first name ("Achieng'
# Omolo", "Onyang' Otieno") before the next name word (a closing single quote, "‘… Hong Kong’ said", is followed by
# no capital); the apostrophe is tested first, what stands before it looked behind after it.
_PLURAL_OWNER = (
    rf"(?:['’](?:(?<=s['’])(?=\s+(?:{NAME_WORD}\s+){{0,2}}(?i:{_PLURAL_OWNER_HEADS})\b)|(?<=ng['’])(?= [{CAPITALS}]))|)"
)


# The characters a name word opens on (an okina, the apostrophe of "'Mamosa", a capital), and those the further words
# of a run open on after white space (a particle's too, spaced or hyphened): a look-ahead for them guards each repeat
# of a run's words, ``(?:(?=guard)(?:X){1,n}|)`` rather than ``(?:X){0,n}``. A repeat of a group sets up the engine's
# general repeat wherever it is tried (at every name word's end, most followed by a word in lower case, and at every
# word a name phrase may open on); the guard's one test of a class fails there first, and where it passes the repeat
# reads as before, its zero times last (the same matches in the same order: ``tests/test_speed57_gates.py``).
NAME_WORD_OPENINGS = rf"{CAPITALS}{_OKINAS}'’"
_SPACED_INITIALS = "".join(sorted({p[0] for p in _SPACED.split("|")}))
_TAIL_INITIALS = "".join(sorted({*_SPACED_INITIALS, *(p[0] for p in _HYPHENED_PARTICLES)} - set(CAPITALS)))
_TAIL_GUARD = rf"['’]|\s+[{NAME_WORD_OPENINGS}{_TAIL_INITIALS}]"
_SPACED_PARTICLES = rf"(?:(?=[{_SPACED_INITIALS}])(?:(?:{_SPACED})\s+)+|)"


def _name_tail(word: str) -> str:
    return rf"(?:(?={_TAIL_GUARD})(?:{_PLURAL_OWNER}\s+{_SPACED_PARTICLES}(?:(?:{_HYPHENED})-|){word}){{1,6}}|)"


def _name_run(word: str) -> str:
    return rf"(?:(?<![\w-])(?:{_HYPHENED})-|){word}{_name_tail(word)}"


_NAME_TAIL = _name_tail(NAME_WORD)
NAME_RUN = _name_run(NAME_WORD)
# The same for a pattern that never reads more of a word after a name (white space, a comma, a stop, its end, or
# an optional "'s" follows it): each word's rest is matched atomically. Where what follows fails, the plain form tries
# again at each shorter end of the word, every one of which a letter, an apostrophe or a hyphen follows, so none can
# match there either; the atomic form does not try (the subject patterns are tried at every word before a cue verb).
WHOLE_NAME_WORD = _name_word(rf"(?>{_WORD_REST})")
WHOLE_NAME_RUN = _name_run(WHOLE_NAME_WORD)
# NAME_RUN after its first character, which a pattern has already matched (a character class first lets the engine
# skip at once to the places a run can start): in NAME_RUN's order, each alternative matches the rest of its word and
# then checks the whole word by a look-behind (the rest first: most alternatives fail on their first character).
def name_run_after_first(initials: str) -> str:
    """NAME_RUN after its first character, for a pattern whose first character class admits the capitals and the
    lower-case ``initials``: a hyphened particle opening on no such letter ("al-Amiri" after a class without "a") can
    open no run there, and its alternative, tried at every place the class admits, is left out."""
    particles = "|".join(rf"{p[1:]}(?<=(?<![\w-]){p})" for p in _HYPHENED_PARTICLES if p[0] in initials)
    return (
        (rf"(?:(?:{particles})-{NAME_WORD}|" if particles else "(?:")
        + rf"(?<=[{CAPITALS}])(?:\.(?<=[A-Z]\.)(?:[A-Z]\.)*|{_TITLE_WITH_STOP}|{_LONE_AFTER_FIRST}|{_WORD_REST}))"
        + _NAME_TAIL
    )


_PARTICLE_INITIALS = "".join(sorted({p[0] for p in _HYPHENED_PARTICLES}))
# NAME_RUN for scanning a text: the character a run starts with (a capital, or a hyphened particle's first letter,
# "al-Amiri") matched first by a class, so that the engine skips at once to the places a run can start; NAME_RUN alone
# tries both of its openings at every place (the reported statements' names: 2.7x slower). The same matches.
# (and a Sesotho name's apostrophe before its capital, ``_NAME_APOSTROPHE``: "'Mamosa Rakoro")
NAME_RUN_SCAN = (
    rf"[{CAPITALS}{_PARTICLE_INITIALS}'’](?:{name_run_after_first(_PARTICLE_INITIALS)}"
    rf"|(?<=['’])(?<![\w'’]['’])(?=M(?:a[bcdfghjklmnpqrstvwz]|e\b))M{name_run_after_first('')})"
)
_WORD = re.compile(rf"[\w'’.\-&{_IN_WORD}]+")


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    # (cached: a name's titles, gender, key and form each read its words, most often of the same string)
    return tuple(_WORD.findall(name))


_ORGANISATION_LINKS = frozenset(AND_WORDS)  # (lexicon ``and_words``)
# A preposition and its article in one word inside a body's name after its noun (lexicon ``name_contractions``:
# "l'association Droit au Toit Douaisien"), the nouns of bodies and the words of dates of every lexicon
_NAME_CONTRACTIONS = frozenset(w for lex in LEXICONS.values() for w in lex.name_contractions)
_ANY_ORGANISATION_WORDS = frozenset().union(*(lex.organisation_words for lex in LEXICONS.values()))
_OF_LINK_ENDS = frozenset(link.split()[-1] for link in OF_LINKS)  # ("of", "des", "der", "de la": "la")
_ANY_DATE_WORDS = frozenset().union(*(lex.date_words for lex in LEXICONS.values()))
_ELIDED_OPENING = re.compile(r"^[dlDL]['’]")


def _contracted(words: Sequence[str]) -> frozenset[str]:
    """The contractions a run of words may hold inside a body's name (see ``_NAME_CONTRACTIONS``): all of them when a
    body's noun opens the run, perhaps after an article or with one written onto it ("L'association Droit au Toit
    Douaisien", "Der Verein Leben am Fluss"), else none ("Merkel am Freitag", "Macron au Sénat")."""
    if _NAME_CONTRACTIONS.isdisjoint(words):
        return frozenset()
    nouns = (_ELIDED_OPENING.sub("", w).lower() for w in words[:2])
    return _NAME_CONTRACTIONS if any(noun in _ANY_ORGANISATION_WORDS for noun in nouns) else frozenset()


@lru_cache(maxsize=4096)
def strip_titles(phrase: str) -> str:
    """ "NATO Secretary General Mark Rutte" -> "Mark Rutte"; "Mr. Rutte" -> "Rutte"."""
    raw = phrase.split()
    owners = (
        [i for i, word in enumerate(raw[:-1]) if word.endswith(("’s", "'s")) and raw[i + 1][:1].isupper()]
        if "s" in phrase  # (a phrase without an "s" has no owner: most, told without reading each word)
        else []
    )
    if owners and not any(w.lower().strip(".") in ORGANISATION_WORDS for w in raw[owners[-1] + 1 :]):
        phrase = " ".join(raw[owners[-1] + 1 :])  # "Boston’s Walsh", "NATO’s Mark Rutte": the owner is no name
    words = _words(phrase.replace("’s", "").replace("'s", ""))
    last_title = -1
    for i, word in enumerate(words):
        low = word.lower()
        if (low in TITLES or low.rstrip(".") in TITLES) and not (
            title_surname(words, i) or _title_first_name(words, i)
        ):
            last_title = i
        elif i + 1 < len(words) and (
            (i == last_title + 1 > 0 or "-" in word) and _DEGREE_PART.match(word)
            or i == last_title + 1 > 0 and f"({word})" in phrase
        ):
            # a degree's part after a title, one of hyphened parts, or a note in parentheses after a title: "Dr. med.",
            # "Dipl.-Forstw.", "Dipl.-Ing. (FH)", "Maj. (Rtd)"
            last_title = i
    titled = last_title >= 0
    words = _without_portfolio(words[last_title + 1 :]) if titled else words
    if len(words) > 2 and words[1].islower() and words[0].lower() in _ANY_ORGANISATION_WORDS:
        # a body's kind noun, then its descriptor in lower case and its "of" link, or words in lower case only: the
        # body's name whole, no title before a person's ("Parc animalier des Étangs de Sologne", "Office national des
        # Forêts", "Musée des Beaux-Arts", "Ministry of Culture"; not "Hospital staff nurse Jane Doe", no link; a kind
        # noun before a capitalised name is left as it was: "entreprise Milo Ouvrages SA")
        lower = next((i for i in range(2, len(words)) if not words[i].islower()), len(words))
        if lower == len(words) or words[lower - 1] in _OF_LINK_ENDS:
            return " ".join(words)
    # A name after a role the vocabulary does not list ("former FBI agent Timothy Gill"): the
    # capitalised run at the end, with its particles ("Ursula von der Leyen").
    start = len(words)
    # (an organisation's name keeps the "and" inside it: "the Canal and River Guild", "Marks & Spencer Group")
    linked = _ORGANISATION_LINKS if words and words[-1].lower() in ORGANISATION_WORDS else ()
    # (and a body's name after its noun its contractions: "l'association Droit au Toit Douaisien"; not before a date)
    contracted = _contracted(words)
    while start > 0 and (
        name_word(words[start - 1])
        or words[start - 1] in NAME_PARTICLES
        or words[start - 1] in linked
        or words[start - 1] in contracted
        and start < len(words)
        and words[start].lower() not in _ANY_DATE_WORDS
    ):
        start -= 1
    if 0 < start < len(words) and name_word(words[start]):
        words = words[start:]
    while (len(words) > 1 and _acronym(words[0]) and (len(words) > 2 or words[1].isupper())) or (
        len(words) > 2
        and _demonym(words[0], words[1])
        and not any(w.lower() in ORGANISATION_WORDS for w in words[1:])
        and not (titled and words[0].lower() not in _ANY_NATIONALITY)
    ):
        # "NATO", "U.S." or "Ukrainian" before the name (before one word not in capitals the letters and the word are
        # a body's name: "NHS England", "BBC Scotland"; "JUST IN" is a shouted label; an adjective of place opening a
        # name that holds an organisation word is the body's own: "Hebridean Link Ferries", "Hebridean Coast Tourism";
        # after a title a word only shaped like a nationality is the given name: "Ir. Noraini Abdul Hamid")
        words = words[1:]
    while words and words[0].lower() in NOT_NAMES and not (titled and dated_first_name(words)):
        words = words[1:]
    return " ".join(words)


def _without_portfolio(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words after a title less its "for" or "of" and the portfolio after it (see :func:`portfolio_length`):
    "for Health Faizal Rahman" of "Minister for Health Faizal Rahman" -> "Faizal Rahman"."""
    link = int(bool(words) and words[0].lower() in _PORTFOLIO_LINKS)
    portfolio = portfolio_length(words[link:], _PORTFOLIO_WORDS)
    return words[link + portfolio :] if portfolio else words


def portfolio_length(words: Sequence[str], portfolio: frozenset[str]) -> int:
    """How many words opening ``words`` name a minister's portfolio (lexicon ``portfolio_words``, with an "and" inside:
    "Health Faizal Rahman", "Health and Social Care Wes Streeting", "Affairs Penny Wong" after "Foreign") before a full
    name, a run of two words or more that names a person; 0 when they name none or no full name follows ("Health and
    Human Services", "Home Office")."""
    end = 0
    while end < len(words) - 2 and (words[end].lower() in portfolio or end and words[end] in AND_WORDS):
        end += 1
    if not end or words[end - 1] in AND_WORDS or not is_person_name(" ".join(words[end:])):
        return 0
    return end


def dated_first_name(words: Sequence[str]) -> bool:
    """Whether a name of two words opens on a month that is also a first name ("June Wilson", "April Kemp", "Abril
    Soto"). Only a title, a form of address or a role before it tells the month is her first name ("Aunty June
    Wilson", "Mrs April Kemp", "swimmer June Wilson"): the caller asks; after a preposition it is a date ("in June
    Smith said")."""
    return (
        len(words) == 2
        and words[0].lower() in _ANY_DATE_WORDS
        and words[0].lower() in _ANY_FIRST_NAME
        and name_word(words[1])
        and words[1].lower() not in _ANY_DATE_WORDS
    )


def _title_first_name(words: Sequence[str], i: int) -> bool:
    """Whether a title word is the first name of the name it opens: at the phrase's start ("Dean Frater"; not "Dean of
    Students", "the Dean"), or after another title and before one surname ("Sgt Dean Holt"; not "Deputy Dean Mary
    Jones", whose first name follows)."""
    if i + 1 >= len(words) or words[i].lower() not in _ANY_FIRST_NAME or not name_word(words[i + 1]):
        return False
    if i == 0:
        return True
    titled = words[i - 1].lower() in TITLES or words[i - 1].lower().rstrip(".") in TITLES
    return titled and i + 2 == len(words) and words[i + 1].lower() not in _ANY_FIRST_NAME


def title_surname(words: Sequence[str], i: int) -> bool:
    """Whether a title word ending a name is its surname ("Richard Dean", "Mr Dean", "Martin Luther King"): a
    courtesy title or a known first name (and at most one more name word) stands before it; not "Deputy Chief",
    "the Bishop", "U.S. President"."""
    if i != len(words) - 1 or i == 0:
        return False
    if words[i - 1].lower().rstrip(".") in _en.COURTESY_TITLES:
        return True
    first = next((j for j in (i - 1, i - 2) if j >= 0 and words[j].lower() in _ANY_FIRST_NAME), -1)
    between = words[first + 1 : i]
    return first >= 0 and all(name_word(w) and w.lower().rstrip(".") not in TITLES for w in between)


@lru_cache(maxsize=4096)
def is_person_name(name: str) -> bool:
    """Whether a title-free capitalised phrase looks like a person's name (not an organisation)."""
    words = _words(name)
    if not words or len(words) > 5:
        return False
    lowered = [w.lower().strip(".") for w in words]
    if any(map(_glued, words)):
        return False  # "Elise FoleyFlagShareLikeReplyMari Hayman": page furniture, not a name
    if any(map(str.isdigit, name)):
        return False  # "Chargennummern L2611", "Gate 12": a code or a number is in no one's name
    # "Chicago Sun-Times": a newspaper (a name without a hyphen is its own parts)
    parts = [p for w in lowered for p in w.split("-")] if "-" in name else lowered
    if not _NOT_PERSON_WORDS.isdisjoint(parts) and not _named_after_place(lowered):
        return False
    if words[0].lower() in NOT_NAMES or not name_word(words[-1]):
        return False
    inner = lowered[1:]  # (most names hold no function word: one test in C settles them)
    if not _INNER_FUNCTION_WORDS.isdisjoint(inner) and any(
        w in _INNER_FUNCTION_WORDS and not _initial(word) for w, word in zip(inner, words[1:], strict=True)
    ):
        return False  # a title-case heading or slogan, not a name ("Roberta A. Kaplan": an initial, no article)
    if len(words) > 1 and lowered[0].endswith("ing") and lowered[0] not in _ANY_FIRST_NAME:
        # "Following Sanders", "Speaking Monday": a participle opening the sentence (not a given name of that ending:
        # "Henning Wachholz", "Irving Kahn")
        return False
    caps = [w for w in words if name_word(w)]
    return bool(caps) and not all(w.isupper() and len(w) > 1 for w in caps)


def _initial(word: str) -> bool:
    """A capital written with its full stop ("A."): an initial, never the article "a" nor the pronoun "I"."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _demonym(word: str, following: str) -> bool:
    """A nationality before a name ("Ukrainian"), not a first name with such an ending ("Susan Jane Sample",
    "Rowan de la Cour"), nor one a surname's particle follows ("Erwan Le Bihan": a nationality comes before a first
    name or a title), nor a word no lexicon lists as a nationality before a word no list holds as a first name
    ("Ghjuvan Petru Albertini")."""
    low, after = word.lower(), following.lower()
    return (
        bool(_DEMONYM.match(word))
        and following[:1].isupper()
        and low not in _ANY_FIRST_NAME
        and after not in NAME_PARTICLES
        and (low in _ANY_NATIONALITY or after in _ANY_FIRST_NAME or after.rstrip(".") in TITLES)
    )


def name_word(word: str) -> bool:
    """A name word: capitalised, perhaps after an ʻokina (``_OKINAS``: "ʻAlifeleti"), or a surname with its particle
    written on ("al-Amiri")."""
    if word[:1].isupper() or word[:1] in _OKINAS and word[1:2].isupper():
        return True
    if word[:1] in "'’" and _NAME_APOSTROPHE_WORD.match(word):
        return True  # "'Mamosa": a Sesotho name's apostrophe
    particle = _HYPHENED_PARTICLE.match(word) if word[:1].islower() else None
    return particle is not None and word[particle.end() : particle.end() + 1].isupper()


def _acronym(word: str) -> bool:
    """An organisation's or a country's letters ("NATO", "U.S."), not a person's initials ("J.J.")."""
    return word.isupper() and len(word) > 2 and not (word.endswith(".") and len(word) <= 4 and word.count(".") == 2)


def _glued(word: str) -> bool:
    """A word glued from several (page furniture run together: "FoleyFlagShareLikeReply",
    "PMRubio"): an inner capital after a longer stretch than a name prefix ("Mc", "Mac", "De",
    "Van") allows, two inner capitals, or two capitals opening a lower-case word. One pass."""
    if word[1:].islower():
        return False  # no capital after the first letter (most words): nothing glued
    caps = len(word) - len(word.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if caps >= 2 and word[caps : caps + 2].isalpha() and word[caps : caps + 2].islower():
        return True
    inner, run = 0, 0
    for char in word:
        if char.isupper() and run:
            inner += 1
            if run > _NAME_PREFIX or inner > 1:
                return True
        run = run + 1 if char.islower() else 0
    return False


def _named_after_place(words: list[str]) -> bool:
    """A person whose surname is also a place, organisation or thing word ("James York", "Kanye
    West", "Chad Day"): a known first name, then surnames no such word but those surnames; or a known first
    name alone that is also such a word ("Clinton's husband, Bill,": a lone word enters the cast only when
    the text says it is a person)."""
    return (
        len(words) > 0
        and words[0] in FIRST_NAME_GENDER
        and words[0] not in ORGANISATION_WORDS  # "Virginia Beach" is a place
        and all(w in _en.SURNAME_WORDS for w in words[1:] if w in _NOT_PERSON_WORDS)
    )


@lru_cache(maxsize=16384)
def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names denote the same person or account.

    Titles and case are ignored; a single surname matches a full name that
    ends in it ("RUTTE" ~ "Mark Rutte"), or that writes it first before a given name
    ("Chan" ~ "Chan Mei-ling", see :func:`surname_last`); handles compare without "@".
    """
    if not a or not b:
        return False
    ka, kb = speaker_key(a), speaker_key(b)
    within = same_key(ka, kb) or ("-" in a or "-" in b) and _same_surname_last(a, b)
    # (a father and his son of one name are two people: "Franz Wimmer sen." is not "Franz Wimmer jun.")
    return within and (not (of_a := generation(a)) or not (of_b := generation(b)) or of_a == of_b)


def _same_surname_last(a: str, b: str) -> bool:
    """Whether two names, one of them written surname first ("Chan Mei-ling"), are one person's by their keys with the
    surname last ("Chan", "Ms Chan"); asked only of names holding a hyphen (no other is written so)."""
    la, lb = surname_last(a), surname_last(b)
    return (la, lb) != (speaker_key(a), speaker_key(b)) and same_key(la, lb)


def same_key(ka: tuple[str, ...], kb: tuple[str, ...]) -> bool:
    """Whether two speaker keys may denote one person: the same, or the shorter's words within the longer's, their
    surnames the same."""
    if not ka or not kb:
        return False
    return ka == kb or (_key_within(ka, kb) if len(ka) <= len(kb) else _key_within(kb, ka))


# A given name of two syllables joined by a hyphen, the second in lower case, written after the surname ("Chan
# Mei-ling", "Kelvin Chan Tsz-ho", "Ban Ki-moon": Cantonese and Korean names put the surname first)
_GIVEN_NAME_LAST = re.compile(rf"[{CAPITALS}][{SMALLS}]{{1,5}}-[{SMALLS}]{{1,5}}")


def surname_last(name: str) -> tuple[str, ...]:
    """The speaker key of a name with its surname last where the name writes it before a given name of the form of
    ``_GIVEN_NAME_LAST`` ("Chan Mei-ling": ("mei-ling", "chan"); "Kelvin Chan Tsz-ho": ("kelvin", "tsz-ho", "chan")),
    so that "Ms Chan" finds her; else its key. (The key itself keeps the written order: a label in capitals, "CHAN
    MEI-LING", cannot tell the form.)"""
    key = speaker_key(name)
    if len(key) < 2 or "-" not in key[-1] or not _GIVEN_NAME_LAST.fullmatch(name.rpartition(" ")[2]):
        return key
    return (*key[:-2], key[-1], key[-2])


def _key_within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    # Initials in either name stand for any word with that letter ("Paul D. Ryan" ~ "Paul Ryan"); so do initials run
    # together, of the given names in order ("J.P. Morel" ~ "Jean Paul Morel", "Jean-Paul Morel").
    if short[-1] != long[-1]:
        return False
    words = set(w for w in short if len(w) > 1)
    return words <= set(long) or all(w in long or "." in w and _initials_of(w, long) for w in words)


def _initials_of(word: str, key: tuple[str, ...]) -> bool:
    """Whether a word of initials run together ("j.p" of "J.P.") is the initials of a key's given names, in order."""
    letters = word.split(".")
    given = [part[:1] for name in key[:-1] for part in name.split("-")]
    return all(len(letter) == 1 for letter in letters) and letters == given[: len(letters)]


_OKINA_CHARS = re.compile(_OKINA)


@lru_cache(maxsize=4096)
def speaker_key(name: str) -> tuple[str, ...]:
    """The words that identify a speaker: lower case, titles, particles and initials dropped (a first
    name that is also a particle stays: "Ben Carson", "Al Gore"), any apostrophe written straight ("O’Brien" is
    "O'Brien", "Musée national d’histoire naturelle" the "Musée national d'histoire naturelle")."""
    name = without_generation(_without_legal_form(name.strip().lstrip("@").replace("’", "'")))
    if _OKINA_CHARS.search(name):
        name = _OKINA_CHARS.sub("", name)  # ("ʻAlifeleti Mone" is the Alifeleti Mone an article writes without it)
    # (a month that is her first name, as the cast keeps it after a title: "June Wilson" is no Mary Wilson)
    stripped = name if dated_first_name(name.split()) else strip_titles(name) or name
    words = [
        w[0].lower() if w[1:3] == ".-" and _HYPHENED_INITIALS.fullmatch(w) else _without_particle(w.lower().strip(".,"))
        for i, w in enumerate(_words(stripped))
        if (w.lower() not in NAME_PARTICLES or i == 0 and w[:1].isupper() and w.lower() in _ANY_FIRST_NAME)
        and not _surname_prefix(w.lower(), i)  # ("Aoife Ní Laoire" is a Laoire, as "Ó Laoire" is)
    ]
    named = [w for w in words if len(w) > 1]
    if not words and stripped in _LEGAL_FORMS:
        # a legal form alone is that form, no particle ("AG"; "ag" is a Tuareg name's particle too)
        words = [stripped.lower()]
    return tuple(named or words)


# The initials of a compound given name, joined by its hyphen ("J.-P." of Jean-Paul, "H.-J." of Hans-Jürgen): one
# initial, which a key drops as it drops "J." ("J.-P. Giraud" is Jean-Paul Giraud). Not "U.S.", "J.P.": no hyphen.
_HYPHENED_INITIALS = re.compile(rf"[{CAPITALS}]\.(?:-[{CAPITALS}]\.)+")


# The generational suffixes written as name words, each with the generation it tells (a lexicon's generation words,
# written in lower case, tell the age: "sen.", "fils")
GENERATION_SUFFIXES = MappingProxyType({"Jr": "younger", "Sr": "elder", "II": "II", "III": "III", "IV": "IV"})


# Every last word a name with a generation suffix ends on, as written ("Jr", "Jr.", "sen.", "fils,"): a set look-up
# passes over most names, which have none, before :func:`generation` is asked
GENERATION_LAST_WORDS = frozenset(
    f"{w}{end}" for w in (*GENERATION_SUFFIXES, *ALL_GENERATION_WORDS) for end in ("", ".", ",")
)


@lru_cache(maxsize=4096)
def generation(name: str) -> str:
    """The generation the suffix ending a name tells ("elder" of "Franz Wimmer sen.", "younger" of "Harry B. Harris
    Jr." and "Jean Morel fils", "III" of "Brent Bozell III"), or ""."""
    last = name.rpartition(" ")[2].rstrip(".,")
    return GENERATION_SUFFIXES.get(last) or ALL_GENERATION_WORDS.get(last, "")


def without_generation(name: str) -> str:
    """A name without the generational suffix ending it ("Harry B. Harris Jr.", "Martin Luther King, Jr.", "Brent
    Bozell III", "Franz Wimmer sen."): no surname ("Admiral Harris" is Harry B. Harris Jr.)."""
    head, _, last = name.rpartition(" ")
    return head.rstrip(" ,") if head.strip() and generation(last) else name


def _without_particle(word: str) -> str:
    """A word without the particle written onto it ("al-amiri" -> "amiri"); a word with no hyphen has none."""
    return _HYPHENED_PARTICLE.sub("", word, count=1) if "-" in word else word


def _without_legal_form(name: str) -> str:
    """A name without the legal forms that end it ("Kali Südharz AG", "Elbtal Bau GmbH & Co. KG", "Naviera
    Atlántica, S.A."): the organisation, however its name is written; a form alone stays ("the AG")."""
    words = name.split()
    end = len(words)
    while end > 1 and (words[end - 1].rstrip(".,") in _LEGAL_FORMS or words[end - 1] == "&"):
        end -= 1
    return name if end == len(words) else " ".join(words[:end]).rstrip(",")


def legal_form_after(text: str, end: int) -> int:
    """Where a name ending at ``end`` ends with the legal forms written right after it ("die Kali Südharz| AG,",
    "Elbtal Bau| GmbH & Co. KG"): the form is part of the organisation's name as the article writes it."""
    at = end
    for word in re.finditer(r"\s{1,2}([^\s,;:]{1,8})", text[end : end + 40]):
        if word.start() != at - end or word.group(1).rstrip(".") not in _LEGAL_FORMS and word.group(1) != "&":
            break
        at = end + word.end()
    return at if text[at - 1 : at] != "&" else end


@lru_cache(maxsize=4096)
def gender_of(phrase: str, code: str = "en") -> str:
    """ "m", "f" or "" for a name or a titled mention ("Mrs. Clinton", "Hillary Clinton",
    "Bürgermeisterin Katrin Vogel"), by the titles of the article's language and first names."""
    lex = LEXICONS[code]
    words = _words(phrase)
    for i, word in enumerate(words):
        told = title_gender(word, lex)
        if told and not (word[:1].isupper() and title_surname(words, i)):  # (a surname: "Billie Jean King")
            return told
    name = [w.lower() for w in _words(strip_titles(phrase))]
    if len(name) < 2:
        return ""
    # The first word that is a first name of the article's language ("Marine John Tiegen" in English is
    # John), else the first word as a first name of any language ("Marine Le Pen").
    own = lex.first_name_gender
    # (a first name of two joined by a hyphen has its first one's gender: "Jan-Ole", "Marie-Claire", "Jean-Marie")
    if "-" in phrase:
        name = [w.partition("-")[0] if "-" in w and w not in own and w.partition("-")[0] in own else w for w in name]
    first = next((str(own[w]) for w in name[:-1] if w in own), None)
    if first is None:
        first = _ANY_FIRST_NAME.get(name[0], "") or _ANY_FIRST_NAME.get(name[0].partition("-")[0], "")
    # (else a surname's prefix that tells it: "Ó Laoire" is a man, "Ní Laoire" a woman)
    return first or next((str(_SURNAME_PREFIXES[w]) for i, w in enumerate(name[:-1]) if _surname_prefix(w, i)), "")


def _surname_prefix(word: str, index: int) -> bool:
    """Whether a name's word in lower case at ``index`` is a surname prefix that tells a gender ("ní" of "Aoife Ní
    Laoire"), not a first name ("Nic Cage")."""
    return word in _SURNAME_PREFIXES and (index > 0 or word not in _en.FIRST_NAME_PREFIXES)


def title_gender(word: str, lex: Lexicon) -> str:
    """The gender a title implies ("Mrs." -> "f", "Finanzministerin" -> "f"), or ""."""
    low = word.lower()
    if low in _MALE_TITLES or low in lex.male_titles:
        return "m"
    if low in _FEMALE_TITLES or low in lex.female_titles:
        return "f"
    if lex.compound_titles and word[:1].isupper():
        head = compound_head(low, lex)
        return title_gender(head, lex) if head else ""
    return ""


def compound_head(word: str, lex: Lexicon) -> str:
    """The title a compound ends in ("finanzministerin" -> "ministerin", "oppositionsführer" ->
    "führer"), or "" (languages that write compounds as one word only)."""
    if not lex.compound_titles:
        return ""
    # (most words end in no title: one test in C of the word past its first three letters settles them)
    if not word[3:].endswith(_compound_endings(lex.code)):
        return ""
    # The longest title the word ends in: one set lookup per length of title, not one test per title.
    for length, titles in _compound_suffixes(lex.code):
        if len(word) >= length + 3 and word[-length:] in titles:
            return word[-length:]
    return ""


@lru_cache(maxsize=8)
def _compound_suffixes(code: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The titles a compound may end in, by length, longest first."""
    lex = LEXICONS[code]
    titles = [t for t in lex.titles if len(t) >= 4 and t.isalpha()] + list(lex.compound_title_ends)
    lengths = sorted({len(t) for t in titles}, reverse=True)
    return tuple((n, frozenset(t for t in titles if len(t) == n)) for n in lengths)


@lru_cache(maxsize=8)
def _compound_endings(code: str) -> tuple[str, ...]:
    """The titles a compound may end in, for one ``str.endswith``."""
    return tuple(t for _, titles in _compound_suffixes(code) for t in titles)
