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


def vocabulary(words: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words (easy to read and extend)."""
    return frozenset(words.split())


# Verbs that introduce speech or writing, in every form a cue takes ("said", "says", "saying").
_CUE_WORDS = vocabulary("""
say said says saying tell told tells telling add added adds adding state stated states stating
remark remarked remarks explain explained explains explaining note noted notes noting warn warned warns warning
insist insisted insists insisting argue argued argues arguing write wrote writes writing written
tweet tweeted tweets tweeting post posted posts posting urge urged urges urging describe described describes
acknowledge acknowledged acknowledges announce announced announces announcing declare declared declares declaring
claim claimed claims claiming assert asserted asserts asserting continue continued continues continuing
recall recalled recalls recalling reply replied replies replying respond responded responds responding
answer answered answers answering ask asked asks asking admit admitted admits admitting
emphasize emphasized emphasizes emphasizing emphasise emphasised emphasises stress stressed stresses stressing
confirm confirmed confirms deny denied denies suggest suggested suggests suggesting predict predicted predicts
promise promised promises promising vow vowed vows vowing pledge pledged pledges concede conceded concedes
joke joked jokes joking quip quipped quips boast boasted boasts boasting complain complained complains complaining
observe observed observes outline outlined outlines mention mentioned mentions comment commented comments commenting
recount recounted recounts shout shouted shouts shouting yell yelled yells yelling scream screamed screams
whisper whispered cry cried cries exclaim exclaimed exclaims reiterate reiterated reiterates
contend contended contends maintain maintained maintains report reported reports testify testified testifies
charge charged charges counter countered counters retort retorted retorts caution cautioned cautions
agree agreed agrees read reads proclaim proclaimed proclaims conclude concluded concludes concluding
demand demanded demands demanding interject interjected interjects chant chanted chants chanting
muse mused muses quote quoted quotes quoting repeat repeated repeats recite recited recites reciting
recommend recommended lament lamented laments concur concurred affirm affirmed affirms
acknowledge acknowledging advise advised advises allege alleged alleges announce apologize apologized
assure assured assures begin began begins beg begged bemoan bemoaned blast blasted blasts
brag bragged brags chide chided clarify clarified clarifies confide confided declare
disclose disclosed emailed email emails explain gush gushed hint hinted hints inform informed
mock mocked mocks muse offer offered offers opine opined opines plead pleaded pleads pled
pray prayed preach preached protest protested question questioned rant ranted reason reasoned
reassure reassured rebut rebutted recalled reflect reflected reflects rejoin remind reminded reminds
retweet retweeted scoff scoffed sigh sighed snap snapped sneer sneered speculate speculated
swear swore tease teased text texted thunder thundered told vent vented wonder wondered wonders
press pressed presses demur demurred demurs interrupt interrupted interrupts persist persisted
""")
CUE_VERBS = frozenset(_CUE_WORDS)
# Cues of more than one word ("Trump shot back", "as Ridge put it", "she went on to say").
CUE_PHRASES = (
    "shot back",
    "fired back",
    "hit back",
    "snapped back",
    "screamed back",
    "yelled back",
    "wrote back",
    "chimed in",
    "weighed in",
    "pointed out",
    "points out",
    "went on to say",
    "goes on to say",
    "put it",
    "puts it",
    "spelled out",
    "summed up",
    "told reporters",
    "said in a statement",
    "spoke of",
    "cried out",
)
# Determiners that open a descriptive speaker ("the host", "a friend", "one P&G employee").
DESCRIPTION_OPENERS = (
    "the",
    "a",
    "an",
    "one",
    "another",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "some",
    "many",
    "several",
    "two",
    "three",
    "four",
    "five",
    "both",
)

# Words before a name that are titles or roles, never part of the name itself.
TITLES = vocabulary("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady sen sen. senator rep rep.
representative gov gov. governor president vice prime minister secretary general gen gen. chancellor
chairman chairwoman chair ceo cfo director spokesman spokeswoman spokesperson ambassador judge justice
mayor king queen prince princess pope rev rev. reverend sgt sgt. lt lt. col col. capt capt. adm adm.
commander chief deputy foreign defense defence interior finance state attorney speaker leader
commissioner official officials candidate nominee founder co-founder executive head premier
councillor councilman councilwoman sheriff pastor father sister brother coach captain dean
lawmaker member correspondent editor analyst economist historian host anchor
secretary-general high representative envoy adviser advisor aide band former
""")
# Pronouns that can stand for a speaker, with the gender they imply ("" when none). Only the
# personal ones (gender "m" or "f") are resolved to a person: "they", "we", "I" and "it" stand
# for groups, the writer or documents, which the article rarely names in the same way.
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": "", "i": "", "we": "", "it": ""}
# Capitalised words that make a phrase an organisation or a thing, not a person.
ORGANISATION_WORDS = vocabulary("""
treaty union party ministry organization organisation council department house court news times post
agency office committee commission bank fund association institute university college school church
company corporation inc corp ltd group network press journal review magazine tv radio channel
government administration army navy force forces police campaign foundation center centre senate
congress parliament assembly kremlin pentagon nato un eu article act bill memorandum summit conference
agreement plan street avenue city state states republic kingdom federation county district airport
hospital station today daily weekly monthly twitter facebook instagram youtube cnn nbc abc cbs fox msnbc bbc
reuters ap afp guardian observer telegraph herald tribune gazette
hampshire carolina dakota jersey york mexico virginia island islands africa america americas europe asia korea
arabia zealand east west north south valley county beach bay river lake mountain mountains coast
san los las fort port saint convention trade partnership
""")
# Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = vocabulary("van von der den de del della di da du la le al el bin ibn ben mac st.")
# Demonyms and adjectives that stand before a title ("Ukrainian President ..."), not part of names.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|an|ese|ish|i|ic)$")
# Words that start a capitalised run but are not names: sentence openers, days, months.
NOT_NAMES = vocabulary("""
the a an and but or if when while after before as in on at for of to from with by this that these
those it its he she they we i you his her their our my there here then so yet also however meanwhile
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december mr mrs ms according one another some many both
although though because since until unless despite over under last next first second third now still even
instead once earlier later today yesterday tonight tomorrow back asked speaking two three four five six seven
eight nine ten twenty thirty forty fifty hundred thousand dozens several most few all each every no not
""")
# Common first names and the gender they usually carry, so that "he" skips "Hillary Clinton" and
# "she" skips "Donald Trump" before either was ever called "he" or "she" (English-language news,
# politics and business; a name missing here only leaves the gender unknown).
_MALE_NAMES = vocabulary("""
aaron adam alan albert alex alexander andrew angus anthony antonio ben benjamin bernie bill bob bobby brad
brandon brian bruce carl carlos charles charlie chris christopher chuck colin corey craig dan daniel darren
dave david dennis derek dick don donald doug douglas dwight ed eddie edward emmanuel eric frank fred gary
george gerald gordon greg gregory harry henry howard hugh ian jack jacob jake james jared jason jeb jeff
jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan justin
keith ken kenneth kevin kurt larry lars lee lindsey louis luis marco mark martin matt matthew max michael
mike mitch mitt nathan neil newt nicholas nick nigel olaf oliver patrick paul pedro peter phil philip
ralph randy reince richard rick rob robert rod roger ron ronald rudy rupert russell ryan sam samuel scott
sean sergei stephen steve steven ted thomas tim timothy todd tom tony victor vladimir volodymyr walter
wayne william willie xi
""")
_FEMALE_NAMES = vocabulary("""
abigail alice alicia amanda amy andrea angela ann anna anne barbara betsy betty beverly brenda carly carol
caroline catherine cathy cheryl christina christine claire diana diane donna dorothy elizabeth ellen emily
emma hillary hope huma ivanka jane janet jennifer jessica jill joan joanna joni judith judy julia julie
karen kate katherine kathleen kathy kelly kellyanne kirsten kristen laura lauren linda lisa liz lori
madeleine marcia margaret maria marie marine martha mary megan melania melissa michele michelle monica
nancy nicola nikki olivia pam pamela patricia paula rachel rebecca ruth sandra sarah sharon sheila
stephanie susan suzanne tammy teresa theresa tulsi ursula valerie virginia wendy
""")
FIRST_NAME_GENDER = {**{n: "m" for n in _MALE_NAMES}, **{n: "f" for n in _FEMALE_NAMES}}
# Titles and roles that tell a person's gender.
_MALE_TITLES = vocabulary(
    "mr mr. sir lord king prince father brother spokesman chairman councilman congressman businessman"
)
_FEMALE_TITLES = vocabulary(
    "mrs mrs. ms ms. miss dame lady queen princess sister spokeswoman chairwoman councilwoman congresswoman "
    "businesswoman"
)

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
    if any(w.lower().strip(".") in ORGANISATION_WORDS for w in words):
        return False
    if words[0].lower() in NOT_NAMES or not words[-1][0].isupper():
        return False
    if len(words) > 1 and words[0].lower().endswith("ing"):
        return False  # "Following Sanders", "Speaking Monday": a participle opening the sentence
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


@dataclass
class Person:
    """A person the article names, with what is known of them."""

    name: str
    gender: str = ""  # "m", "f" or "" (unknown), learnt from first names, titles and pronouns


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

    def introduce(self, phrase: str, topic: bool = False, speaker: bool = False) -> Person | None:
        """Record a mention of a person; returns the person it resolves to.

        A lone unknown surname is no introduction in running text (capitalised words are often
        not people), but it is when the article credits it with words (``speaker``).
        """
        name = strip_titles(phrase)
        if not name or not is_person_name(name):
            return None
        person = self.find(name)
        if person is None:
            if len(speaker_key(name)) < 2 and not speaker:
                return None
            person = Person(name)
            self.people.append(person)
            self._by_surname.setdefault(speaker_key(name)[-1], []).append(person)
        elif len(speaker_key(name)) > len(speaker_key(person.name)):
            person.name = name  # "Stovall" credited first, "Jim Stovall" named later
        if not person.gender:
            person.gender = gender_of(phrase)
        self._touch(self._named, person)
        if topic:
            self._touch(self._topics, person)
        return person

    def resolve(self, mention: str) -> str:
        """The full name a mention stands for; pronouns go to the latest compatible topic."""
        key = mention.strip().lower()
        if key in PRONOUNS:
            gender = PRONOUNS[key]
            person = self._referent(gender) if gender else None
            if person is None:
                return mention.strip()
            if not person.gender:
                person.gender = gender
            self._touch(self._topics, person)
            return person.name
        person = self.introduce(mention, topic=True, speaker=True)
        if person is not None:
            return person.name
        return strip_titles(mention) or mention.strip()

    def spoke(self, speaker: str) -> None:
        """Note that a known person was just credited with a quote (the text is about them now)."""
        person = self.find(speaker)
        if person is not None:
            self._touch(self._named, person)
            self._touch(self._topics, person)

    def find(self, name: str) -> Person | None:
        """The person already named that ``name`` refers to, the latest if several."""
        key = speaker_key(name)
        if not key:
            return None
        for person in reversed(self._by_surname.get(key[-1], ())):
            if same_speaker(person.name, name):
                return person
        return None

    def _referent(self, gender: str) -> Person | None:
        for recent in (self._topics, self._named):
            for n, person in enumerate(reversed(recent.values())):
                if n >= _LOOKBACK:
                    break
                if person.gender == gender:
                    return person
                if not person.gender and n == 0:
                    return person  # the very latest topic, of unknown gender, is the best guess
        for recent in (self._topics, self._named):
            for n, person in enumerate(reversed(recent.values())):
                if n >= _LOOKBACK:
                    break
                if not person.gender:
                    return person
        return None

    @staticmethod
    def _touch(recent: OrderedDict[int, Person], person: Person) -> None:
        recent[id(person)] = person
        recent.move_to_end(id(person))
