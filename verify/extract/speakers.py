"""Who said it: the vocabulary of attribution and the article's cast of speakers.

The vocabularies (cue verbs and phrases, titles, pronouns, organisation words,
first names with the gender they usually carry) are data. :class:`Cast`
remembers every person the article has named, in order, so that a later
mention ("Rutte", "Mr. Rutte", "NATO Secretary General Mark Rutte") resolves
to the full name the article gave ("Mark Rutte"), and a pronoun ("he") to the
nearest compatible person the article was talking about.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from ..lexicon import LEXICONS, Gender, Lexicon, Number
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


# Pronouns and function words of every language with a lexicon: never a speaker, whatever the
# article's language was taken to be ("Er" in a German page read as English).
_FUNCTION_WORDS = frozenset().union(
    *(set(lex.pronouns) | lex.not_names | set(lex.determiners) | lex.stopwords for lex in LEXICONS.values())
)
# Definite determiners: "the senator" is someone the article has named; "a senator" is not.
_DEFINITE = frozenset(("the", "this", "that"))
# Abbreviated titles and the role word they stand for ("Sen. Example" is "the senator").
_ROLE_FORMS = _en.TITLE_FORMS
# Role nouns that are no title before a name but say who someone is ("Example, a former prosecutor,").
_ROLE_NOUNS = _en.ROLE_NOUNS


def role_head(word: str) -> str:
    """The role a role noun names ("Senator" -> "senator", a plural or inflected form to its base),
    or "" when the word is no role."""
    word = word.lower().strip(".")
    head = _ROLE_FORMS.get(word, word)
    return head if head in TITLES or head in _ROLE_NOUNS else ""


@lru_cache(maxsize=4096)
def roles_of(phrase: str, name: str) -> frozenset[str]:
    """The role words of a titled mention or a description ("County Fire Chief Ann Example" -> chief, ...)."""
    head = phrase[: phrase.find(name)] if name and name in phrase else phrase
    words = [w.lower() for w in _words(head)]
    roles = {_ROLE_FORMS.get(w, w) for w in words}
    return frozenset(r for r in roles if r in TITLES or r in _ROLE_NOUNS)


@dataclass
class Person:
    """A person the article names, with what is known of them."""

    name: str
    gender: str = ""  # "m", "f" or "" (unknown), learnt from first names, titles and pronouns
    sure: bool = False  # the gender came from a title or a first name, not from a pronoun resolved to them
    roles: set[str] = field(default_factory=set)  # title and role words: "mayor", "prosecutor", "senator"
    seen: int = 0  # when the article last mentioned them (a counter): the nearest of two namesakes wins


@lru_cache(maxsize=8192)
def _untitled(phrase: str, code: str) -> str:
    words = strip_titles(phrase).split()
    titles = LEXICONS[code].titles
    if code != _en.LEXICON.code:
        while len(words) > 1 and words[0].lower().rstrip(".") in titles:
            words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=8192)
def _candidate(phrase: str, code: str) -> tuple[str, bool]:
    """The name a capitalised phrase may introduce ("" when it names no one), and whether it is
    unsure (one word, or holding a stopword: in German every noun is capitalised)."""
    name = _untitled(phrase, code)
    if not name or not is_person_name(name) or not speaker_key(name):
        return "", False
    words = name.lower().split()
    if all(w in _FUNCTION_WORDS for w in words):
        return "", False  # "Er sagte": a pronoun opening a sentence is nobody's name
    return name, len(words) < 2 or any(w in LEXICONS[code].stopwords for w in words)


_LOOKBACK = 12  # most recent topics a pronoun may refer to; older ones have left the reader's mind


@dataclass
class Cast:
    """The people an article has named so far.

    ``topics`` are the people the text was last *about* (sentence subjects and
    quoted speakers), most recent last; a personal pronoun goes to the latest
    gender-compatible topic, and only failing that to the latest named person.
    Every lookup is a dictionary access, so a long article stays linear.
    """

    people: list[Person] = field(default_factory=list)
    _by_surname: dict[str, list[Person]] = field(default_factory=dict)
    _named: OrderedDict[int, Person] = field(default_factory=OrderedDict)
    _topics: OrderedDict[int, Person] = field(default_factory=OrderedDict)
    _clock: int = 0
    lexicon: Lexicon = _en.LEXICON  # the article's language: its pronouns, titles and function words

    def introduce(self, phrase: str, topic: bool = False, speaker: bool = False) -> Person | None:
        """Record a mention of a person; returns the person it resolves to.

        A lone unknown surname is no introduction in running text (capitalised words are often
        not people), but it is when the article credits it with words (``speaker``).
        """
        name, unsure = _candidate(phrase, self.lexicon.code)
        if not name:
            return None
        person = self.find(name)
        if person is None and self.lexicon.capitalised_nouns and unsure:
            return None  # German capitalises every noun: "Bildung", "Nach der Befreiung" name no one
        if person is None:
            if len(speaker_key(name)) < 2 and not speaker:
                return None
            person = Person(name)
            self.people.append(person)
            self._by_surname.setdefault(speaker_key(name)[-1], []).append(person)
        elif len(speaker_key(name)) > len(speaker_key(person.name)):
            person.name = name  # "Stovall" credited first, "Jim Stovall" named later
        if not person.sure and (told := gender_of(phrase)):
            person.gender, person.sure = told, True  # a title or a first name outranks a guessed pronoun
        person.roles |= roles_of(phrase, name)
        self._touch(self._named, person)
        if topic:
            self._touch(self._topics, person)
        return person

    def resolve(self, mention: str) -> str | None:
        """The full name a mention stands for; pronouns go to the latest compatible topic (None if none)."""
        key = mention.strip().lower()
        pronoun = self.lexicon.pronouns.get(key)
        if pronoun is not None:
            gender = str(pronoun.gender) if pronoun.gender in (Gender.MALE, Gender.FEMALE) else ""
            person = self._referent(gender) if gender and pronoun.number is Number.SINGULAR else None
            if person is None:
                return None  # a pronoun is never a speaker: unresolved, the quote has none
            if not person.gender:
                person.gender = gender
            self._touch(self._topics, person)
            return person.name
        if all(w in _FUNCTION_WORDS for w in key.split()):
            return None  # "It", "Which", "that the", "The", "Er": no speaker at all, in any language
        person = self.introduce(mention, topic=True, speaker=True) or self.described(mention)
        if person is not None:
            self._touch(self._topics, person)
            return person.name
        name = self._untitled(mention) or mention.strip()
        words = name.lower().split()
        if not words or all(w in _FUNCTION_WORDS for w in words):
            return None  # "It", "Which", "that the", "The", "Er": no speaker at all, in any language
        return name

    def _untitled(self, phrase: str) -> str:
        """The name in a titled mention, by the English titles and the article's own ("Bundeskanzler")."""
        return _untitled(phrase, self.lexicon.code)

    def spoke(self, speaker: str | None) -> None:
        """Note that a known person was just credited with a quote (the text is about them now)."""
        person = self.find(speaker) if speaker else None
        if person is not None:
            self._touch(self._named, person)
            self._touch(self._topics, person)

    def find(self, name: str) -> Person | None:
        """The person already named that ``name`` refers to, the latest if several."""
        key = speaker_key(name)
        if not key:
            return None
        latest = None
        for person in self._by_surname.get(key[-1], ()):
            if (latest is None or person.seen > latest.seen) and same_speaker(person.name, name):
                latest = person
        return latest

    def add_roles(self, person: Person, description: str) -> None:
        """Roles an appositive gives a person: "Example, a former prosecutor," -> "prosecutor"."""
        person.roles |= roles_of(description, "")
        if not person.sure and (told := gender_of(description)):
            person.gender, person.sure = told, True

    def described(self, description: str) -> Person | None:
        """The person a definite description stands for: "the senator" -> the latest senator named."""
        words = _words(description.lower())
        if len(words) < 2 or words[0] not in _DEFINITE:
            return None
        head = _ROLE_FORMS.get(words[-1], words[-1])
        if head not in TITLES and head not in _ROLE_NOUNS:
            return None  # "the crowd", "the email": no role a person in the cast was given
        holders = [p for p in self._named.values() if head in p.roles]
        return max(holders, key=lambda p: p.seen, default=None)

    def holders(self, role: str) -> list[Person]:
        """Everyone the article has given ``role`` (by a title or an appositive)."""
        return [p for p in self.people if role and role in p.roles]

    def _referent(self, gender: str) -> Person | None:
        """The nearest compatible topic (same gender or not known: only the other gender is passed
        over); failing that, the latest named person of that gender, or of a gender not known."""
        topics = islice(reversed(self._topics.values()), _LOOKBACK)
        named = list(islice(reversed(self._named.values()), _LOOKBACK))
        for person in topics:
            if person.gender in (gender, ""):
                return person
        for n, person in enumerate(named):
            if person.gender == gender or not person.gender and n == 0:
                return person
        return next((p for p in named if not p.gender), None)

    def _touch(self, recent: OrderedDict[int, Person], person: Person) -> None:
        self._clock += 1
        person.seen = self._clock
        recent[id(person)] = person
        recent.move_to_end(id(person))
