"""Who said it: names. What a name looks like, its titles, its key, its gender, and when two name one person.

The vocabularies (cue verbs and phrases, titles, pronouns, organisation words,
first names with the gender they usually carry) are data in :mod:`verify.lexicon`.
The article's cast of people and organisations is :mod:`verify.extract.cast`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Gender
from ..lexicon import en as _en

# English vocabularies, from the lexicon (one place per language); the grammar reads them by these names.
CUE_VERBS = _en.CUE_VERBS
CUE_PHRASES = _en.CUE_PHRASES
DESCRIPTION_OPENERS = _en.DETERMINERS
TITLES = _en.TITLES
ORGANISATION_WORDS = _en.ORGANISATION_WORDS
NAME_PARTICLES = _en.NAME_PARTICLES
NOT_NAMES = _en.NOT_NAMES
# Personal pronouns that can stand for a speaker, with the gender they imply ("" when none). Only the
# personal ones (gender "m" or "f") are resolved to a person: "they", "we", "I" and "it" stand
# for groups, the writer or documents, which the article rarely names in the same way.
PRONOUNS = {
    w: str(_en.PRONOUNS[w].gender) if _en.PRONOUNS[w].gender in (Gender.MALE, Gender.FEMALE) else ""
    for w in ("he", "she", "him", "her", "they", "i", "we", "it")  # the forms a cue's subject takes
}
FIRST_NAME_GENDER = {w: str(g) for w, g in _en.LEXICON.first_name_gender.items()}
_MALE_TITLES = _en.MALE_TITLES
_FEMALE_TITLES = _en.FEMALE_TITLES
# Demonyms and adjectives that stand before a title ("Ukrainian President ..."), not part of names.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|an|ese|ish|i|ic)$")

# A capitalised word (a name token): "Rutte", "O'Rourke", "Jean-Claude", "J." or "J.M." (initials), "McCaskill".
NAME_WORD = (
    r"(?:[A-Z]\.(?:[A-Z]\.)*|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Hon|Maj|Cmdr|Det|St|Jr|Sr)\."
    r"|[A-ZÀ-Þ][\w'’\-]*[\w])"
)
# A run of name words, possibly with particles between them.
NAME_RUN = (
    rf"{NAME_WORD}(?:\s+(?:(?:{'|'.join(sorted(p for p in NAME_PARTICLES if p.isalpha()))})\s+)*{NAME_WORD}){{0,6}}"
)
_WORD = re.compile(r"[\w'’.\-&]+")


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


@lru_cache(maxsize=4096)
def strip_titles(phrase: str) -> str:
    """ "NATO Secretary General Mark Rutte" -> "Mark Rutte"; "Mr. Rutte" -> "Rutte"."""
    raw = phrase.split()
    owners = [i for i, word in enumerate(raw[:-1]) if word.endswith(("’s", "'s")) and raw[i + 1][:1].isupper()]
    if owners and not any(w.lower().strip(".") in ORGANISATION_WORDS for w in raw[owners[-1] + 1 :]):
        phrase = " ".join(raw[owners[-1] + 1 :])  # "Boston’s Walsh", "NATO’s Mark Rutte": the owner is no name
    words = _words(phrase.replace("’s", "").replace("'s", ""))
    last_title = -1
    for i, word in enumerate(words):
        if word.lower() in TITLES or word.lower().rstrip(".") in TITLES:
            last_title = i
    words = words[last_title + 1 :]
    # A name after a role the vocabulary does not list ("former FBI agent Timothy Gill"): the
    # capitalised run at the end, with its particles ("Ursula von der Leyen").
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in NAME_PARTICLES):
        start -= 1
    if 0 < start < len(words) and words[start][:1].isupper():
        words = words[start:]
    while len(words) > 1 and (words[0].isupper() and len(words[0]) > 2 or _DEMONYM.match(words[0]) and len(words) > 2):
        words = words[1:]  # "NATO", "U.S." or "Ukrainian" before the name
    while words and words[0].lower() in NOT_NAMES:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=4096)
def is_person_name(name: str) -> bool:
    """Whether a title-free capitalised phrase looks like a person's name (not an organisation)."""
    words = _words(name)
    if not words or len(words) > 5:
        return False
    lowered = [w.lower().strip(".") for w in words]
    if any(w in ORGANISATION_WORDS for w in lowered) and not _named_after_place(lowered):
        return False
    if words[0].lower() in NOT_NAMES or not words[-1][0].isupper():
        return False
    if len(words) > 1 and words[0].lower().endswith("ing"):
        return False  # "Following Sanders", "Speaking Monday": a participle opening the sentence
    caps = [w for w in words if w[0].isupper()]
    return bool(caps) and not all(w.isupper() and len(w) > 1 for w in caps)


def _named_after_place(words: list[str]) -> bool:
    """A person whose surname is also a place word ("James York", "Kanye West"): a known first
    name, then surnames no organisation word but those places."""
    return (
        len(words) > 1
        and words[0] in FIRST_NAME_GENDER
        and words[0] not in ORGANISATION_WORDS
        and all(w in _en.PLACE_SURNAMES for w in words[1:] if w in ORGANISATION_WORDS)
    )


@lru_cache(maxsize=16384)
def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names denote the same person or account.

    Titles and case are ignored; a single surname matches a full name that
    ends in it ("RUTTE" ~ "Mark Rutte"); handles compare without "@".
    """
    if not a or not b:
        return False
    ka, kb = speaker_key(a), speaker_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return _key_within(ka, kb) if len(ka) <= len(kb) else _key_within(kb, ka)


def _key_within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    # Initials in either name stand for any word with that letter ("Paul D. Ryan" ~ "Paul Ryan").
    return short[-1] == long[-1] and set(w for w in short if len(w) > 1) <= set(long)


@lru_cache(maxsize=4096)
def speaker_key(name: str) -> tuple[str, ...]:
    """The words that identify a speaker: lower case, titles, particles and initials dropped."""
    name = name.strip().lstrip("@")
    stripped = strip_titles(name) or name
    words = [w.lower().strip(".,") for w in _words(stripped) if w.lower() not in NAME_PARTICLES]
    named = [w for w in words if len(w) > 1]
    return tuple(named or words)


@lru_cache(maxsize=4096)
def gender_of(phrase: str) -> str:
    """ "m", "f" or "" for a name or a titled mention ("Mrs. Clinton", "Hillary Clinton")."""
    words = [w.lower() for w in _words(phrase)]
    if any(w in _MALE_TITLES for w in words):
        return "m"
    if any(w in _FEMALE_TITLES for w in words):
        return "f"
    name = _words(strip_titles(phrase))
    return FIRST_NAME_GENDER.get(name[0].lower(), "") if len(name) >= 2 else ""
