"""Who said it: the vocabulary of attribution and the article's cast of speakers.

The vocabularies (cue verbs, titles, pronouns, organisation words) are data;
:class:`Cast` remembers every person the article has named, in order, so a
later mention ("Rutte", "Mr. Rutte", "he", "NATO Secretary General Mark
Rutte") resolves to the full name the article gave ("Mark Rutte").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Verbs that introduce speech or writing, in every form a cue takes ("said", "says", "saying").
_CUE_STEMS = """
say said says saying tell told tells telling add added adds adding state stated states stating
remark remarked remarks explain explained explains note noted notes warn warned warns insist insisted
insists argue argued argues write wrote writes written tweet tweeted tweets post posted posts
urge urged urges describe described describes acknowledge acknowledged acknowledges announce announced
announces declare declared declares claim claimed claims assert asserted asserts continue continued
continues recall recalled recalls reply replied replies respond responded responds answer answered
ask asked asks admit admitted admits emphasize emphasized emphasizes emphasise emphasised stress
stressed stresses confirm confirmed confirms deny denied denies suggest suggested suggests predict
predicted predicts promise promised promises vow vowed vows pledge pledged pledges concede conceded
joke joked jokes quip quipped boast boasted boasts complain complained complains observe observed
observes outline outlined outlines point pointed mention mentioned mentions comment commented comments
recount recounted recounts shout shouted yell yelled scream screamed whisper whispered cry cried
exclaim exclaimed reiterate reiterated reiterates contend contended contends maintain maintained
maintains report reported reports testify testified charge charged counter countered retort retorted
caution cautioned cautions agree agreed agrees tells read reads proclaimed proclaim proclaims
""".split()
CUE_VERBS = frozenset(_CUE_STEMS)

# Words before a name that are titles or roles, never part of the name itself.
TITLES = frozenset(
    """
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady sen sen. senator rep rep.
representative gov gov. governor president vice prime minister secretary general gen gen. chancellor
chairman chairwoman chair ceo cfo director spokesman spokeswoman spokesperson ambassador judge justice
mayor king queen prince princess pope rev rev. reverend sgt sgt. lt lt. col col. capt capt. adm adm.
commander chief deputy foreign defense defence interior finance state attorney speaker leader
commissioner official officials candidate nominee founder co-founder executive head premier
councillor councilman councilwoman sheriff pastor father sister brother coach captain dean
lawmaker leader member correspondent editor analyst economist professor historian host anchor
secretary-general high representative envoy adviser advisor aide deputy
""".split()
)
# Pronouns that can stand for a speaker, with the gender they imply ("" when none).
PRONOUNS = {"he": "m", "she": "f", "they": "", "i": "", "we": "", "him": "m", "her": "f"}
# Capitalised words that make a phrase an organisation or a thing, not a person.
ORGANISATION_WORDS = frozenset(
    """
treaty union party ministry organization organisation council department house court news times post
agency office committee commission bank fund association institute university college school church
company corporation inc corp ltd group network press journal review magazine tv radio channel
government administration army navy force forces police campaign foundation center centre senate
congress parliament assembly kremlin pentagon nato un eu article act bill memorandum summit conference
agreement plan street avenue city state states republic kingdom federation county district airport
hospital station today daily weekly monthly
""".split()
)
# Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = frozenset("van von der den de del della di da du la le al el bin ibn ben mac st.".split())
# Demonyms and adjectives that stand before a title ("Ukrainian President ..."), not part of names.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|an|ese|ish|i|ic)$")
# Words that start a capitalised run but are not names: sentence openers, days, months.
NOT_NAMES = frozenset(
    """
the a an and but or if when while after before as in on at for of to from with by this that these those
it its he she they we i you his her their our my there here then so yet also however meanwhile
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december mr mrs ms according
""".split()
)

# A capitalised word (a name token): "Rutte", "O'Rourke", "Jean-Claude", "J." (an initial), "McCaskill".
NAME_WORD = r"(?:[A-Z][a-zà-ÿ]*\.|[A-ZÀ-Þ][\w'’\-]*[\w])"
# A run of name words, possibly with particles between them.
NAME_RUN = rf"{NAME_WORD}(?:\s+(?:(?:{'|'.join(sorted(p for p in NAME_PARTICLES if p.isalpha()))})\s+)*{NAME_WORD}){{0,6}}"


def _words(name: str) -> list[str]:
    return re.findall(r"[\w'’.\-]+", name)


def strip_titles(phrase: str) -> str:
    """"NATO Secretary General Mark Rutte" -> "Mark Rutte"; "Mr. Rutte" -> "Rutte"."""
    words = _words(phrase.replace("’s", "").replace("'s", ""))
    last_title = -1
    for i, word in enumerate(words):
        if word.lower() in TITLES or word.lower().rstrip(".") in TITLES:
            last_title = i
    words = words[last_title + 1 :]
    while len(words) > 1 and (words[0].isupper() and len(words[0]) > 1 or _DEMONYM.match(words[0]) and len(words) > 2):
        words = words[1:]  # "NATO", "U.S." or "Ukrainian" before the name
    while words and words[0].lower() in NOT_NAMES:
        words = words[1:]
    return " ".join(words)


def is_person_name(name: str) -> bool:
    """Whether a title-free capitalised phrase looks like a person's name (not an organisation)."""
    words = _words(name)
    if not words or len(words) > 5:
        return False
    if any(w.lower().strip(".") in ORGANISATION_WORDS for w in words):
        return False
    if words[0].lower() in NOT_NAMES:
        return False
    caps = [w for w in words if w[0].isupper()]
    return bool(caps) and not all(w.isupper() and len(w) > 1 for w in caps)


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
    short, long = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return short[-1] == long[-1] and set(short) <= set(long)


def speaker_key(name: str) -> tuple[str, ...]:
    """The words that identify a speaker: lower case, titles dropped."""
    name = name.strip().lstrip("@")
    stripped = strip_titles(name) or name
    return tuple(w.lower().strip(".,") for w in _words(stripped) if w.lower() not in NAME_PARTICLES)


@dataclass
class Person:
    """A person the article names, with what is known of them."""

    name: str
    gender: str = ""  # "m", "f" or "" (unknown), learnt from titles and pronouns


@dataclass
class Cast:
    """The people an article has named so far, most recent last."""

    people: list[Person] = field(default_factory=list)
    _recent: list[Person] = field(default_factory=list)

    def introduce(self, phrase: str) -> Person | None:
        """Record a mention of a person; returns the person it resolves to."""
        gender = _gender_of_title(phrase)
        name = strip_titles(phrase)
        if not name or not is_person_name(name):
            return None
        person = self._find(name)
        if person is None:
            if len(_words(name)) < 2:
                return None  # a lone unknown surname is no introduction
            person = Person(name)
            self.people.append(person)
        if gender and not person.gender:
            person.gender = gender
        self._touch(person)
        return person

    def resolve(self, mention: str) -> str:
        """The full name a mention stands for; pronouns go to the latest compatible person."""
        key = mention.strip().lower()
        if key in PRONOUNS:
            person = self._latest(PRONOUNS[key])
            if person is None:
                return mention.strip()
            if PRONOUNS[key] and not person.gender:
                person.gender = PRONOUNS[key]
            return person.name
        person = self.introduce(mention)
        if person is not None:
            return person.name
        return strip_titles(mention) or mention.strip()

    def mentioned(self, person_name: str) -> None:
        """Note that a known person was named again (keeps pronoun resolution current)."""
        person = self._find(person_name)
        if person is not None:
            self._touch(person)

    def _find(self, name: str) -> Person | None:
        key = speaker_key(name)
        if not key:
            return None
        for person in reversed(self.people):
            if same_speaker(person.name, name):
                return person
        return None

    def _latest(self, gender: str) -> Person | None:
        for person in reversed(self._recent):
            if not gender or not person.gender or person.gender == gender:
                return person
        return None

    def _touch(self, person: Person) -> None:
        if self._recent and self._recent[-1] is person:
            return
        if person in self._recent:
            self._recent.remove(person)
        self._recent.append(person)


_MALE_TITLES = {"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "spokesman", "chairman", "councilman"}
_FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister", "spokeswoman", "chairwoman", "councilwoman"}


def _gender_of_title(phrase: str) -> str:
    words = {w.lower() for w in _words(phrase)}
    if words & _MALE_TITLES:
        return "m"
    if words & _FEMALE_TITLES:
        return "f"
    return ""
