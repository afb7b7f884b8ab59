"""The cast of an article: the people and organisations it names, and who a mention stands for.

:class:`Cast` remembers every person the article has named, in order, with every
name form, title, role and appositive it gave them, so that a later mention
("Rutte", "Mr. Rutte", "NATO Secretary General Mark Rutte", "the secretary
general") resolves to the full name the article gave ("Mark Rutte"), and a
pronoun ("he") to the nearest compatible person the article was talking about.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from itertools import islice

from ..lexicon import LEXICONS, Gender, Lexicon, Number
from ..lexicon import en as _en
from .speakers import TITLES, _words, gender_of, is_person_name, same_speaker, speaker_key, strip_titles

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
    quoted: bool = False  # credited with a quote
    organisation: bool = False  # a body that speaks ("Richmond police", "the water board"): "it", "they"


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


@lru_cache(maxsize=8192)
def body_name(phrase: str, code: str) -> str:
    """The organisation a capitalised run names ("The White House" -> "White House", "Trump campaign’s"
    -> "Trump campaign"), or "" when it holds no organisation word (a place is none)."""
    lex = LEXICONS[code]
    words = phrase.removesuffix("’s").removesuffix("'s").split()
    while words and words[0].lower() in _FUNCTION_WORDS:
        words = words[1:]
    lowered = [w.lower().strip(".") for w in words]
    if len(words) < 2 and not (words and (words[0].isupper() or lowered[0].endswith(_DOMAINS))):
        return ""  # "Article", "Police" opening a sentence: a word, not yet a name ("NATO" is one)
    if not any(w in lex.organisation_words and w not in lex.place_words or w.endswith(_DOMAINS) for w in lowered):
        return ""
    return " ".join(words)


_DOMAINS = (".com", ".org", ".net", ".gov")  # "GunBroker.com": a site is an organisation


class _Noun(StrEnum):
    """What the head noun of a description names."""

    PERSON = "person"  # "the senator", "a former prosecutor", "officials"
    BODY = "body"  # "the council", "police": an organisation or a group
    DOCUMENT = "document"  # "the statement": speaks for whoever issued it
    OTHER = "other"  # "the moderator", "the crowd": kept as written


# Organisation nouns that may stand for any organisation ("the company said" after "Apple").
_GENERIC_BODIES = frozenset("company firm group organization organisation agency business".split())

_LOOKBACK = 12  # most recent topics a pronoun may refer to; older ones have left the reader's mind
_BODY_LOOKBACK = 3  # "it" and "they" stand for an organisation or a group only when it was just spoken of


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
    _organisations: dict[str, Person] = field(default_factory=dict)  # by lower-case name
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
            if pronoun.person != 3:
                person = None  # "I", "we": the writer or a group the article never names as such
            elif pronoun.number is Number.PLURAL:
                person = self._group()
            elif gender:
                person = self._referent(gender)
            else:
                person = self._body()
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
        if body_name(name, self.lexicon.code) or self._noun_kind(words[-1]) is _Noun.BODY and len(words) > 1:
            self.organisation(name, topic=True)  # "Richmond police said", "GunBroker.com wrote": "it" next
        return name

    def organisation(self, name: str, topic: bool = False) -> Person:
        """Record a mention of an organisation or a group that speaks ("the water board", "NATO")."""
        body = self._organisations.get(name.lower())
        if body is None:
            body = self._organisations[name.lower()] = Person(name, gender=str(Gender.NEUTER), organisation=True)
        self._touch(self._named, body)
        if topic:
            self._touch(self._topics, body)
        return body

    def _noun_kind(self, word: str) -> _Noun:
        """What a description's head noun stands for ("the senator", "the council", "the statement")."""
        lex = self.lexicon
        head = _ROLE_FORMS.get(word, word)
        if head in lex.titles or head in _ROLE_NOUNS:
            return _Noun.PERSON  # "the chief", "officials": people, though "officials" are a group too
        if head in lex.document_nouns:
            return _Noun.DOCUMENT
        if head in lex.group_nouns or head in lex.organisation_words and head not in lex.place_words:
            return _Noun.BODY
        return _Noun.OTHER

    def _untitled(self, phrase: str) -> str:
        """The name in a titled mention, by the English titles and the article's own ("Bundeskanzler")."""
        return _untitled(phrase, self.lexicon.code)

    def spoke(self, speaker: str | None) -> None:
        """Note that a known person was just credited with a quote (the text is about them now)."""
        person = self.find(speaker) if speaker else None
        if person is not None:
            person.quoted = True
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
        kind = self._noun_kind(words[-1])
        if kind is _Noun.DOCUMENT:
            latest = next(reversed(self._topics.values()), None)  # "X issued a statement. “...,” the statement said"
            return latest if latest is not None and latest.organisation else None
        if kind is _Noun.BODY:
            named = [b for b in islice(reversed(self._named.values()), _LOOKBACK) if b.organisation]
            told = {w for w in words[1:] if w not in _FUNCTION_WORDS}  # "the Dallas police department"
            same = next((b for b in named if told <= set(_words(b.name.lower()))), None)
            if same is not None or head not in _GENERIC_BODIES:
                return same  # "the council" -> "Richmond City Council"
            return next((b for b in islice(reversed(self._topics.values()), 2) if b.organisation), None)
        if head not in TITLES and head not in _ROLE_NOUNS:
            return None  # "the crowd": no role a person in the cast was given
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

    def _body(self) -> Person | None:
        """What "it" stands for: the latest organisation the text was about (a subject or a speaker)."""
        return next((p for p in islice(reversed(self._topics.values()), _BODY_LOOKBACK) if p.organisation), None)

    def _group(self) -> Person | None:
        """What "they" stands for: an organisation or a group the text was about, or the latest topic
        when it is the person just quoted, whose gender the article never gave (singular "they")."""
        for n, person in enumerate(islice(reversed(self._topics.values()), _BODY_LOOKBACK)):
            if person.organisation or n == 0 and not person.gender and person.quoted:
                return person
        return None

    def _touch(self, recent: OrderedDict[int, Person], person: Person) -> None:
        self._clock += 1
        person.seen = self._clock
        recent[id(person)] = person
        recent.move_to_end(id(person))
