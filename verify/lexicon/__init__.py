"""Language lexicons: the words each stage needs to read an article in one language.

One module per language (``en``, ``de``, ``fr``, ``es``) holds a :class:`Lexicon`
built from plain word lists: quote marks, cue verbs in all their inflections
(German separable verbs with their particles), titles, pronouns with gender and
number, negations, number words and magnitudes, stopwords, and the name
vocabulary the speaker cast reads. :func:`detect_language` picks the lexicon for
an article by the share of each language's stopwords in its text (no model, no
dependency); an article in a language without a lexicon gets ``None``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import filterfalse
from types import MappingProxyType

# A day part of the night (a ``day_parts`` value): the hours from six on are the evening's, the earlier ones the
# morning's ("eleven at night" 23.00, "three at night" 3.00), where "abends" or "du soir" say one half for any hour
NIGHT = -1


def words(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words (easy to read and extend)."""
    return frozenset(text.split())


class Gender(StrEnum):
    """The gender a pronoun, title or first name implies."""

    MALE = "m"
    FEMALE = "f"
    NEUTER = "n"  # "it": a thing or an organisation, never a person
    UNKNOWN = ""


class Number(StrEnum):
    """Grammatical number of a pronoun."""

    SINGULAR = "sg"
    PLURAL = "pl"


@dataclass(frozen=True, slots=True)
class Pronoun:
    """What a pronoun tells about who it stands for.

    ``person``: 1, 2 or 3 (only third-person pronouns stand for someone the
    article names; "I" and "we" in a cue are the writer or an unnamed group).
    """

    gender: Gender
    number: Number
    person: int = 3


class Pointing(StrEnum):
    """Which of the people named last a demonstrative stands for."""

    FORMER = "former"  # the first of the last two ("the former", "Erstere", "le premier", "aquella")
    LATTER = "latter"  # the last ("the latter", "Letzterer", "ce dernier", "esta última", "Diese", "Celle-ci")


@dataclass(frozen=True, slots=True)
class Demonstrative:
    """What a demonstrative standing for a person tells: which of the people named last, and the gender its form
    shows (``UNKNOWN`` when none: "the latter")."""

    pointing: Pointing
    gender: Gender = Gender.UNKNOWN


def demonstrative_table(**groups: str) -> Mapping[str, Demonstrative]:
    """Demonstratives written as ``latter_m="ce dernier, celui-ci"``, ``former_f=...``, ``latter_x=...`` (x: no gender
    shown), each form's words as the text writes them, forms set apart by commas."""
    genders = {"m": Gender.MALE, "f": Gender.FEMALE, "x": Gender.UNKNOWN}
    table: dict[str, Demonstrative] = {}
    for key, forms in groups.items():
        pointing, gender = key.split("_")
        for form in forms.split(","):
            table[" ".join(form.split())] = Demonstrative(Pointing(pointing), genders[gender])
    return MappingProxyType(table)


def pronoun_table(**groups: str) -> Mapping[str, Pronoun]:
    """Pronouns written as ``m_sg="he him"``, ``f_sg=...``, ``n_sg=...``, ``x_pl=...``, ``first_sg=...``."""
    table: dict[str, Pronoun] = {}
    genders = {"m": Gender.MALE, "f": Gender.FEMALE, "n": Gender.NEUTER, "x": Gender.UNKNOWN}
    for key, forms in groups.items():
        kind, number = key.split("_")
        pronoun = (
            Pronoun(Gender.UNKNOWN, Number(number), 1) if kind == "first" else Pronoun(genders[kind], Number(number))
        )
        for form in forms.split():
            table.setdefault(form, pronoun)
    return MappingProxyType(table)


def role_table(forms: Mapping[str, str], families: str = "") -> Mapping[str, str]:
    """The role each word names: ``forms`` maps feminine and abbreviated forms to their role ("sen." ->
    senator); ``families`` are lines of words that name one role in other words, the first its name
    ("leader boss chief": "the union boss" is the person introduced as union leader; a family too long for
    one line goes on in a line opening on its name again). A form whose role is in a family names the
    family's role ("chairwoman" -> chairman -> leader)."""
    family = {word: line.split()[0] for line in families.strip().splitlines() for word in line.split()}
    table = {form: family.get(role, role) for form, role in forms.items()}
    table.update({word: head for word, head in family.items() if word != head})
    return MappingProxyType(table)


def parent_deeds(verb: str, counts: str, nouns: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Deeds (``Lexicon.deed_agents``) that make a person a parent: ``verb``, a count and a noun for children ("a deux
    enfants", "has two children"; ``counts`` in lines of counts, "/" and the nouns that go with them in number), each
    naming the person by ``nouns`` ("mère", "père"): "a ajouté la mère" is "Karine Lavoie a deux enfants à l'école"."""
    deeds: dict[str, tuple[str, ...]] = {}
    for line in counts.strip().splitlines():
        numbers, _, kids = line.partition("/")
        deeds.update({f"{verb} {number} {kid}": nouns for number in numbers.split() for kid in kids.split()})
    return deeds


def domain_table(lines: str) -> Mapping[str, str]:
    """The places and bodies a role heads ("mayor / city town borough"): each line a role, then "/" and the words of
    what its holder heads, each word to the role (``Lexicon.domain_roles``)."""
    table: dict[str, str] = {}
    for line in lines.strip().splitlines():
        role, _, domains = line.partition("/")
        table.update({word: role.strip() for word in domains.split()})
    return MappingProxyType(table)


def deed_table(lines: str) -> Mapping[str, frozenset[str]]:
    """Deeds and the nouns for whoever does them (``Lexicon.deed_nouns``), each closed by ";": the openings of a
    verb's forms, then "/" and the nouns (lower case), each opening to its deed's nouns."""
    table: dict[str, set[str]] = {}
    for deed in lines.split(";"):
        verbs, _, nouns = deed.partition("/")
        for verb in verbs.split():
            table.setdefault(verb, set()).update(nouns.split())
    return MappingProxyType({verb: frozenset(nouns) for verb, nouns in table.items()})


def domain_families(lines: str) -> Mapping[str, frozenset[int]]:
    """Domains of work (``Lexicon.domain_families``), each closed by ";": each word to the domains that hold it."""
    table: dict[str, set[int]] = {}
    for at, family in enumerate(lines.split(";")):
        for word in family.split():
            table.setdefault(word, set()).add(at)
    return MappingProxyType({word: frozenset(at) for word, at in table.items()})


# The mark opening a paragraph of ``class_table`` whose class is of trades, not of offices ("~ boatman boatwoman / …"),
# and the key of ``Lexicon.class_nouns`` that lists those classes: a description of one describes no office holder
TRADE_CLASS = "~"


def class_table(lines: str) -> tuple[Mapping[str, frozenset[int]], Mapping[str, frozenset[int]]]:
    """Classes of roles (``Lexicon.class_nouns``, ``Lexicon.class_roles``), one a paragraph, words and phrases
    joined by "_" ("first_citizen", "haut_fonctionnaire"), in lower case: a paragraph of nouns for one office in other
    words is one class, each noun a description of it and a role of it ("mayor reeve provost burgomaster"); a
    paragraph with "/" has, before it, the wider nouns that describe the class ("clergywoman cleric"), and after it
    the roles that hold it, each its own office ("pastor imam rabbi": "the imam" is no pastor). Returns, for each word,
    the classes it describes and the classes a person holding it is of."""
    described: dict[str, set[int]] = {}
    held: dict[str, set[int]] = {}
    for at, paragraph in enumerate(lines.strip().split("\n\n")):
        if paragraph.startswith(TRADE_CLASS):  # (a class of trades, no office: listed under its mark)
            described.setdefault(TRADE_CLASS, set()).add(at)
        wide, bar, roles = paragraph.removeprefix(TRADE_CLASS).partition("/")
        for word in wide.split():
            described.setdefault(word.replace("_", " "), set()).add(at)
            if not bar:
                held.setdefault(word.replace("_", " "), set()).add(at)
        for word in roles.split():
            held.setdefault(word.replace("_", " "), set()).add(at)
    return (
        MappingProxyType({word: frozenset(at) for word, at in described.items()}),
        MappingProxyType({word: frozenset(at) for word, at in held.items()}),
    )


def affiliation_table(lines: str) -> tuple[Mapping[str, str], frozenset[str]]:
    """What a person may be described by besides a role: a nationality or a field ("sweden swedish / swede",
    "syndicat syndical / syndicaliste"). Each line is one affiliation, named by its first word: the words
    before "/" say it of someone ("a former Swedish minister", "délégué syndical"), those after it are nouns
    for one such person ("the Swede", "le syndicaliste"), which find whom the article described so. Returns
    the affiliation each word names, and the nouns for a person."""
    table: dict[str, str] = {}
    nouns: set[str] = set()
    for line in lines.strip().splitlines():
        said, _, persons = line.partition("/")
        key = said.split()[0]
        table.update({word: key for word in said.split() + persons.split()})
        nouns.update(persons.split())
    return MappingProxyType(table), frozenset(nouns)


def inflected(stems: Mapping[str, int], endings: str) -> Mapping[str, int]:
    """Each stem with each of its endings ("dritt" -> "dritte", "dritten" ...; "tercer" -> "tercero", "tercera"
    ...), with the stem's value."""
    return MappingProxyType({stem + ending: n for stem, n in stems.items() for ending in endings.split()})


def number_table(units: str, tens: str = "", **more: int) -> Mapping[str, int]:
    """Number words: ``units`` zero..nineteen in order, ``tens`` twenty..ninety in order, ``more`` others."""
    table = {w: n for n, w in enumerate(units.split())}
    table.update({w: n for w, n in zip(tens.split(), range(20, 100, 10), strict=False)})
    table.update(more)
    return MappingProxyType(table)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything language-specific that extraction and matching read.

    ``cue_verbs`` are single words in every inflection; ``cue_phrases`` are
    multi-word cues ("shot back"); ``separable_cues`` maps a German-style verb
    particle to the finite forms that need it ("hinzu" -> "fügte", "fügt"), so
    "fügte er hinzu" is a cue and "fügte" alone is not. ``according_to`` are
    the phrases that credit words without a verb ("according to", "laut",
    "selon", "según"). ``pronouns`` map lower-case forms to gender, number and
    person. ``magnitudes`` map words and suffixes to the power of ten they
    stand for (thousand, "bn" -> 9).
    """

    code: str
    name: str
    double_quotes: str  # every double quote mark the language's press uses, openers and closers
    single_quotes: str
    cue_verbs: frozenset[str]
    titles: frozenset[str]
    pronouns: Mapping[str, Pronoun]
    negations: frozenset[str]
    number_words: Mapping[str, int]
    magnitudes: Mapping[str, int]
    stopwords: frozenset[str]
    cue_phrases: tuple[str, ...] = ()
    # Cue verbs and phrases (of ``cue_verbs`` and ``cue_phrases``, lower case) that credit a quote only, after it or
    # before its colon, and never report speech of their own: as plain verbs they mostly tell a deed ("chipped in £20",
    # "fait valoir ses droits", "calculó el presupuesto"), so a sentence on one is no reported statement
    quote_only_cues: frozenset[str] = frozenset()
    # Other languages' stopwords that this language writes as words of meaning ("war", "die", "son"; "UN", "LA"
    # in lower case): the judge weighs what a claim shares with a source without every language's stopwords.
    content_words: frozenset[str] = frozenset()
    separable_cues: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # Particles closing a cue verb's clause that make it another verb, no verb of saying ("Widerspruch rufen solche
    # Einschätzungen nicht hervor": "hervorrufen", to cause; "rief ihn an": "anrufen", to phone)
    other_verb_particles: frozenset[str] = frozenset()
    # A speech tag after a quote read by its shape, whatever its verb (``quotes._shaped_tag``): the words that may stand
    # beside the tag's verb in its verb group (auxiliaries, reflexive pronouns, the link before an infinitive: "hat
    # sich", "a relancé", "se apuró a decir", "a tenu à préciser"), and the particles that may close the tag after its
    # speaker ("let on", "threw in", "schob Kanitz hinterher", "pflichtete Janssen bei")
    tag_verb_helpers: frozenset[str] = frozenset()
    tag_particles: frozenset[str] = frozenset()
    # The prepositions that open a tag verb's fixed complement, a noun phrase of one noun that makes the verb and it one
    # cue ("stellte die Sprecherin in Aussicht", "warf X in die Waagschale", "gab X zu Protokoll"; "a mis en garde X",
    # "puso sobre la mesa X", "put on record"): after the speaker, or between the verb and the speaker
    tag_complement_links: frozenset[str] = frozenset()
    # Which order such a tag takes: its verb first ("schob Kanitz hinterher", "terció Magaña", "a glosé Bonnefoi"), its
    # speaker first ("Adey threw in", "the commodore ventured"), or both (Spanish and French write either)
    tag_verb_first: bool = False
    tag_subject_first: bool = False
    according_to: tuple[str, ...] = ()
    # A phrase naming whose words follow, "{}" standing for the owner ("in Forbes’ words, “...”": Forbes speaks)
    owner_words: tuple[str, ...] = ()
    # Words after a name that credit it with the words after them ("Sauer zufolge „...“", "dem Bericht gemäß")
    according_after: tuple[str, ...] = ()
    # Phrases that credit words as "according to" does, read only right after the quote's closing mark (lower case):
    # "“…,” per a statement from the City of Abbotsford" (not as a sentence's opening nor in running text, where "per"
    # is "per cent", "per year": the phrase is never searched for in the text before a quote)
    credits_after: tuple[str, ...] = ()
    # Cues after a quote that credit the body named after them, read only right after the quote's closing mark (lower
    # case): an impersonal cue, a verb of a text's words, where the words stand, an impersonal subject's inverted verb;
    # then words of place (``impersonal_places``, ``source_links``) or a document and its link, then the body's name
    # ("„…“, heißt es vom Tiefbauamt Winterthur", "«…», reza la orden de la Consejería de Obras Públicas", "«…», consta
    # en un comunicado de la Autoridad Portuaria de Valencia", "« … », fait-on savoir du côté de la société Transports
    # Morin"): the body speaks, never the document nor the person quoted before
    body_cues: tuple[str, ...] = ()
    # Phrases that give who speaks for a body, between commas after it ("L'opposition municipale, par la voix de Sylvie
    # Marchand, dénonce « … »", "la cofradía, por boca de su hermano mayor Esteban Llamas,"), lower case: the name after
    # the phrase speaks
    voice_phrases: tuple[str, ...] = ()
    # The writer's own words announcing a quote, set off by commas ("Trump said, and I quote, “...”"): no cue of theirs
    quote_interjections: tuple[str, ...] = ()
    # Nouns of a call from the floor in a record of a sitting, lower case: "(Zuruf von Ratsherr X: „…“)", "(Interruption
    # de M. X : « … »)": the name after the noun speaks, not the speaker the record was reporting
    floor_calls: frozenset[str] = frozenset()
    # Impersonal cues, a verb and its dummy subject ("„...“, hieß es in der Erklärung"): "it" speaks, which the cast
    # resolves to the body the text is about, or the speaker of the quote just before
    impersonal_cues: tuple[str, ...] = ()
    # What a document's text is read by, with no subject of its own, closing a sentence that opens on the document and
    # whom it is of, before a colon (lower case): "In the Environment Agency's report, which the judge read out, it
    # says:", "Im Bericht der Stadtwerke Emden steht:", "Dans le rapport de l'Agence Loire-Bretagne, on lit :", "En el
    # informe de la Confederación Hidrográfica se lee:": the owner speaks, not the reader nor the person quoted before
    document_text_cues: tuple[str, ...] = ()
    # Forms of signing a document ("signed", "unterschrieben", "signée", "firmada"): a document a number of people or a
    # group signed ("In ihrem Gutachten, das alle 23 Mitglieder unterschrieben haben, heißt es:") is theirs, no one
    # person's the text names
    signing_words: frozenset[str] = frozenset()
    # Words opening a sentence that stand for the document of the sentence before ("Darin hieß es:", "Dort heißt es:")
    document_anaphors: frozenset[str] = frozenset()
    copulas: tuple[str, ...] = ()  # "was" of "Cole was blunt: “...”" (a manner of speaking before a colon)
    # How a cue verb's participle ends: after a copula only a participle is passive ("was asked:", "a été
    # précisé"); another form of a cue verb there is a manner ("a été précise :", "fue precisa:"). Empty: every
    # cue verb form may be a participle.
    participle_endings: tuple[str, ...] = ()
    # Past participles no ending of ``participle_endings`` tells ("known", "seen"): after a noun for a person one opens
    # a clause about them, no part of the description ("the chief known for his temper", quotes._reduced_relative_at)
    irregular_participles: frozenset[str] = frozenset()
    # Participles a title holds after its noun, naming another office than the noun alone ("la ministre déléguée", "el
    # presidente electo"): they stay in the description
    title_participles: frozenset[str] = frozenset()
    # Participles of verbs of asking and addressing that are no cue verbs ("befragt", "angesprochen"), lower case: one
    # opening the sentence before a preposition is a clause of its own ("Angesprochen auf die Kosten, sagte Ansbach:"),
    # no speaker; elsewhere they credit no one ("Der Reporter befragte Anwohner:" is no cue)
    opening_participles: frozenset[str] = frozenset()
    # "a tabloid quoted her as saying": the verb's object is the speaker, named between the two
    quoting_verbs: frozenset[str] = frozenset()
    complement_words: tuple[str, ...] = ()  # "of" of "the leader of the council said": what a description is of
    # Nouns that call a wife by her husband's surname after "de" ("la señora de Cedeño", "la viuda de Ortega"): the
    # description runs to the surname, a name, though a place after "de" ends one ("el alcalde de Bédar")
    married_name_titles: frozenset[str] = frozenset()
    # Those of ``complement_words`` that link a genitive alone ("des"; not "der", a dative too: "sagte der Sprecher der
    # Zeitung"), in a language that capitalises its nouns: the noun after one is what the description is of, though
    # capitalised ("sagte die Leiterin des Fundbüros")
    genitive_links: tuple[str, ...] = ()
    object_markers: tuple[str, ...] = ()  # "cita a la alcaldesa": a word that marks a person as the object
    # The labels of an interview's questions and answers ("Q:", "Frage:"; "A:", "Antwort:"): no speaker's names
    question_labels: frozenset[str] = frozenset()
    answer_labels: frozenset[str] = frozenset()
    # "Asked whether she would ..., Okafor paused": a pronoun after one of these is in a clause of its own,
    # not what the sentence is about
    subordinators: frozenset[str] = frozenset()
    # Subordinators that open a condition ("if", "unless", "falls", "si"): a cut that leaves out the condition a
    # sentence opens on keeps a main clause that no longer says when it holds
    condition_words: frozenset[str] = frozenset()
    # "To professor Brigid Harrison, it seemed ...", "For Chait, ...": a phrase opening the sentence on one of
    # these names whose view it gives (a topic), unlike "When Trump spoke, Kasich ..." (no topic before the comma)
    viewpoint_words: frozenset[str] = frozenset()
    # "as" of "as Ridge put it", "comme le dit la maire", "como dijo el alcalde", "wie Vogel sagte": a clause opening on
    # one, its verb a cue, credits the quote after it to the verb's subject, written after the verb too
    conformative_words: frozenset[str] = frozenset()
    # Verbs of how words were phrased, cues only in such a clause set off before a partial quote, with the object
    # pronoun that stands for the words ("…, wie es der Staatsanwalt formulierte, „…“", "…, as Varga put it, “…”",
    # "…, como lo formuló la patrona, «…»", "…, comme l'a formulé la capitaine, « … »"); and those object pronouns
    phrasing_verbs: frozenset[str] = frozenset()
    phrasing_objects: frozenset[str] = frozenset()
    # "On her crash on the second lap: “…”", "Sur la course : « … »": a paragraph's lead-in opening on one of these
    # names what the speaker just quoted talks about next (a string of post-match quotes), never who speaks
    topic_prepositions: frozenset[str] = frozenset()
    # words of comparison: a name after them is no one the text speaks of ("more liberal nominees than Obama")
    comparison_words: frozenset[str] = frozenset()
    # "named Marco Sample as its new coach", "stellte Marco Beispiel als neuen Trainer vor": the role after one of
    # these words right after a name is the person's
    role_links: tuple[str, ...] = ()
    # A copula right after a name, read as ``role_links`` are: the role it gives is the person's ("Georg Pietzsch ist
    # seit 1998 Bäckermeister", "Jane Roe is a former prosecutor"; so "der Bäckermeister" is him)
    role_predicates: tuple[str, ...] = ()
    # Nouns for someone still learning a trade, lower case, written beside the trade's noun ("an apprentice welder",
    # "apprentie soudeuse", "aprendiz de soldadora") or as the last part of a compound ("Schweißerlehrling"): the
    # article may call the person by this noun alone next ("said the apprentice", "sagte der Lehrling")
    trainee_nouns: frozenset[str] = frozenset()
    # Nouns for a costume, lower case: what a costume is of ("a runner in a penguin costume", "con un disfraz de
    # pingüino", "im Pinguinkostüm") is what the article may call its wearer next ("said the penguin")
    costume_nouns: frozenset[str] = frozenset()
    # Verbs of knowing or selling a thing as a name, before one of ``role_links`` or (a verb put last) after the marks
    # that follow it ("known as “...”", "que todos conocen como «...»", "als „...“ verkauft"): the quoted words are
    # the name, no one's claim
    known_as_verbs: frozenset[str] = frozenset()
    # what a participle before "by" makes of the person named after it ("trained by Declan Furlong": the trainer),
    # and that word ("by", "par", "por", "von")
    agent_nouns: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    agent_link: str = ""
    # What a deed's verb right after a name makes of the person, lower case ("Amparo Ferrer won the contest": the
    # winner; "ganó", "a gagné", "gewann"), each of the noun's forms (both genders): "the winner added" is her; a verb
    # of two words is its auxiliary and its participle ("a gagné")
    deed_agents: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # The deeds' verbs of heading something ("leads", "encabeza", "dirige", "leitet"): their nouns (a head's, a voice's)
    # are the person's only where a body or a group is the verb's object ("leads the residents' group"; not "leads the
    # polls", whose "spokesman" is someone else's)
    heading_deeds: frozenset[str] = frozenset()
    # Auxiliaries of a passive ("was", "wurde", "été", "fue"): a name after one and the agent link is who acted ("The
    # scheme was welcomed by Anne Whitcombe": the sentence is about her)
    passive_auxiliaries: frozenset[str] = frozenset()
    # Verbs of what a publication puts out ("reported", "berichtete"): a lone capitalised word the article names no one
    # by, before one, is an outlet ("Politico reported that he ..."), never a "he" or "she" next
    outlet_verbs: frozenset[str] = frozenset()
    # The finite auxiliaries of a perfect in a verb-second language, whose participle closes the clause ("Maier habe
    # zudem die NPD gelobt:"): the subject stands before the auxiliary, what stands before the participle is its object
    perfect_auxiliaries: frozenset[str] = frozenset()
    # The finite auxiliaries of a compound tense that invert with their subject pronoun by a hyphen alone, where no
    # "-t-" joins them ("« … », avait-elle expliqué", "avaient-ils dit", "aurait-il ajouté"; "a", "aura" take "-t-"):
    # the pronoun after one, then the cue verb's participle, credits the quote as "a-t-elle expliqué" does; and those of
    # a reflexive verb's, only after its pronoun ("s'était-elle exclamée"; "« … », est-il écrit dans le rapport" is a
    # passive, no one's)
    inverted_auxiliaries: frozenset[str] = frozenset()
    reflexive_auxiliaries: frozenset[str] = frozenset()
    # The reflexive pronoun of the third person in a language that drops the subject ("se"): a verb of the third person
    # singular right after it, with no subject of its own, leading into a quote with a colon stands for the subject
    # carried over from the sentence before ("Luego se acordó de quien le enseñó a catar: «…»"; not "Después apareció
    # en la pantalla:", whose subject is what the colon opens)
    reflexive_pronouns: frozenset[str] = frozenset()
    # The object pronouns written before the verb in a language that drops the subject ("se", "lo", "nos"): a sentence
    # opening on one has a dropped subject ("Se quita el sombrero antes de hablar:"), and an article that is one too
    # ("la", "los") may follow a name as well as a verb ("Marta la mira", "Levanta la vista")
    object_clitics: frozenset[str] = frozenset()
    # "a resident named Caroline", "une habitante prénommée Julie": a first name alone after one of these is a person
    naming_words: frozenset[str] = frozenset()
    # Phrases of several words that give the name a described person goes by, lower case ("said the base chief known
    # as Bob", "un homme connu sous le nom de Bob", "un hombre conocido como Bob", "der Stützpunktleiter, bekannt als
    # Bob"): read with ``naming_words`` after a description, the name speaks
    known_as_phrases: frozenset[str] = frozenset()
    # Phrases that close the words right before quoted words and say the words are what a thing is called, lower case,
    # apostrophes straight ("Das Stück heißt „De Steern över de Hallig“", "the play is called “…”", "la pièce
    # s'appelle « … »", "la feria lleva el nombre de «…»"): a name, whatever its language or its shape, when no cue
    # follows the marks
    name_predicates: frozenset[str] = frozenset()
    # A verb of talking about a thing and the prepositions after it, and the subjects that make it what everyone calls
    # the thing (an impersonal pronoun, a reflexive, "everyone"), lower case: short quoted words after them, no clause
    # and no cue after the marks, are the name a place gives a thing, no one's claim ("À la cantine, on parle déjà de
    # « l'hiver des chocolatines »", "En el puerto ya se habla de «el verano de la langosta»", "Im Dorf spricht man
    # nur noch von der „Geisterbrücke“", "Everyone at the yard talks of “the long winter”"); a person's is their words
    # ("Le maire a parlé d'« une trahison »")
    talk_verbs: frozenset[str] = frozenset()
    talk_prepositions: frozenset[str] = frozenset()
    talk_subjects: frozenset[str] = frozenset()
    # Nouns for a thing's name or title, lower case, and the copulas that give it ("The official name of the fair is
    # “…”", "Der offizielle Name des Festes ist „…“", "Le nom officiel de la foire est « … »", "El nombre oficial del
    # certamen es «…»"): the noun a few words before a copula right before the marks makes the words a name
    title_nouns: frozenset[str] = frozenset()
    title_copulas: frozenset[str] = frozenset()
    # Verbs of writing a post, lower case, as they follow an account's handle before a colon and the post's words in
    # quote marks ("@WardCoAuditor wrote: “…”", "@stadt_kassel schrieb: „…“", "@mairie a écrit : « … »",
    # "@ayto escribió: «…»"): with a platform named in the sentence or the one before, a post quoted as text
    post_verbs: frozenset[str] = frozenset()
    # Nouns for a post, lower case, in the handle's sentence before it: any verb after the handle then writes the post
    # ("In a post on X, @BMHighwayJA told drivers: “…”", "En una publicación en X, @ayto avisó: «…»"); and nouns for an
    # account right before a handle that a colon follows ("contestó en Threads desde su cuenta @lechera: «…»")
    post_nouns: frozenset[str] = frozenset()
    account_nouns: frozenset[str] = frozenset()
    # Words that give a person's or a thing's nickname after its name, lower case ("alias", "aka", "dit", "apodado",
    # "genannt"): the quoted words right after one, shaped as a name, set off as an appositive ("Mamadou Ndiaye, dit
    # « Ouragan », 24 ans", "Julián Pérez, alias «el Zorro», agradeció"), are the name he goes by, no one's claim
    nickname_words: frozenset[str] = frozenset()
    # Short forms of given names the letters do not show, lower case, each with the given names it stands for
    # ("cuca": Refugio, "chencho": Crescencio, "pepe": José): "dijo la Cuca" after "Refugio Pahuamba" is she. A short
    # form the letters show needs no entry ("Tina" of Florentina, "Hias" of Matthias, "Vreni" of Verena: see
    # ``cast.shortens``)
    hypocoristics: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # Verbs of calling someone by a name, lower case, in their forms ("call", "nennt", "appelle", "surnomme",
    # "llaman", "apodan"): read, with ``known_as_verbs`` before one of ``role_links`` and ``nickname_words``, in the
    # clause right before quoted words shaped as a name, when the clause holds one of ``nickname_pronouns``
    calling_verbs: frozenset[str] = frozenset()
    # Prepositions of place, lower case, after which a capitalised run whose first word is no known first name is a
    # place, no one ("in Salem", "at Chez Vachon", "im Sauerland", "au Plateau du Serpent", "en El Alto"); a sentence or
    # a headline may open on one ("Au Plateau du Serpent, une librairie ouvre ses portes"). Not the prepositions that
    # as often stand before a person ("à", "bei", "a", "chez")
    place_prepositions: frozenset[str] = frozenset()
    # The pronouns that stand for the person a clause gives a nickname to, lower case, each with the gender it tells
    # ("" for none): "In der Szene kennt man ihn nur als «Schefi_SG»", "everyone knows her as “Nan”", "on le surnomme
    # « Kiki »", "todos lo conocen como «el Flaco»": the quoted name is the nickname of the person the pronoun stands
    # for ("sagte Schefi" next is that person)
    nickname_pronouns: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Relative words that stand for the object of their clause, lower case ("que", "that", "which", "welchen"): a clause
    # holding one gives the nickname to what it stands for, as often a thing ("el cuchillo que la familia llama «la
    # Pepa»"), no one a pronoun stands for
    object_relatives: frozenset[str] = frozenset()
    # Relative words that stand for the person named right before their comma, as the object of a verb of calling
    # closing the clause, lower case ("Luca Schefer, den alle nur «Schefi» nennen,", "whom everyone calls", "que tout
    # le monde appelle", "a quien todos llaman"): the quoted name is that person's nickname (a thing named before the
    # comma is no person the article named: "el cuchillo, que la familia llama «la Pepa»" stays no one's)
    nickname_relatives: frozenset[str] = frozenset()
    # Adverbs of "only" right before a name given without quote marks as what people call someone ("Im Haus nennen
    # sie alle nur Raissa Apa", "the drivers just call her Auntie Winnie"): with the verbs of calling, knowing and
    # their links and the pronouns above, the words a run of names must follow to be read as such a name at all
    nickname_adverbs: frozenset[str] = frozenset()
    # Nouns for a person's name: a first name alone after one and a comma or colon is a person someone quoted agreed to
    # be named by ("on condition that we used only her first name, Maria", "qui n'a donné que son prénom, Julie")
    name_nouns: frozenset[str] = frozenset()
    # Nouns for places, buildings and vessels whose name a capitalised run right after them (or after them and a
    # naming word) is: "devant l'école Jean-Moulin", "en la calle Miguel Servet", "a green boat called Kingfisher".
    # Such a name is no person's, though it may be a person's name ("Jean Moulin"): never a topic nor a speaker
    thing_nouns: frozenset[str] = frozenset()
    # (round 57) Nouns of places, lower case, that a naming verb's object or the head of the words it gives may be
    # ("Visitors call the town “the wettest place on earth”", "Die Leute nennen das Dorf „den kältesten Ort im
    # Land“"): a place's epithet, what people call it, no one's claim ("called the plan “the worst deal in history”"
    # stays one)
    place_nouns: frozenset[str] = frozenset()
    # Nouns for where a body sits or works, capitalised before a genitive's article and the body's name ("vor dem Sitz der
    # Bodensee Molkerei", "the Headquarters of the Harbour Trust"): no part of the body's name
    seat_nouns: frozenset[str] = frozenset()
    # Nouns for a case or an affair named after a person, written before the name ("der Fall Guido Reil", "l'affaire
    # Jeanne Roux", "el caso Ana Ruiz"), lower case: a capitalised one opening a name ("Fall Guido Reil", "Affaire
    # Jeanne Roux :") is no part of it. (English puts the noun after the name, out of its run: "the Guido Reil case")
    case_nouns: frozenset[str] = frozenset()
    # Bodies whose noun names a member too, before a full name ("Stadtrat Oskar Müller" is a councillor, though the
    # lexicon knows no "Oskar"; "Stadtrat Oberdorf" is a council)
    member_bodies: frozenset[str] = frozenset()
    # How nouns for a person end in a language that capitalises nouns ("Meteorologin", "Gründer"): such a word
    # before a full name is what the person is called, not a first name; in the other languages the endings of nouns
    # for a job or a trade that end no given name ("-ician", "-aire", "-ista"): one capitalised opening a full name,
    # a sentence's first word, is the job ("Librarian Sithabile Ncube", "Bibliothécaire Awa Diallo Sow")
    role_endings: tuple[str, ...] = ()
    # "“...” / That was the returning officer, Alan Pike, speaking to us": the next paragraph credits a quote
    back_credits: tuple[str, ...] = ()
    # Openers of the sentence after a quote that tell what its speaker did next, the speaker the subject a few words
    # after ("Sprach's und griff Landrätin Ute Kern zur Schaufel.", "Dixit la maire Anne Roux, qui …", "Dicho esto, la
    # alcaldesa Ana Ruiz tomó la pala.", "So saying, council leader Ann Cole picked up a spade."), lower case
    deed_credits: tuple[str, ...] = ()
    # "“...” / Das sagte Till Ansbach im Rat.", "Así lo dijo Urquiza.": a word standing for the quote, then a
    # cue verb and its speaker, in the sentence right after the quote (lower case, straight apostrophes)
    back_cues: tuple[str, ...] = ()
    # The pronoun standing for the quote as the object of a back cue's verb, next to the verb ("So erzählt es Erna
    # Lüders", "Ainsi le raconte Edmée Lorrain", "Ainsi l'explique …"): read as if not there (lower case)
    back_cue_objects: frozenset[str] = frozenset()
    # A back cue's verb of sound, its dummy subject and the preposition after which the speaker stands, where the words
    # are heard (lower case): "«…» – so tönt es bei Bootsbauer Lukas Gerber", "So klingt es bei Anna Moser."
    back_cue_sources: tuple[str, ...] = ()
    # Whose answer the words were, said right after the quote, or in its sentence's rest set off by a dash: a
    # demonstrative and its copula (``answer_frames``, lower case, straight apostrophes), at most two words, a noun of
    # an answer or an explanation (``answer_nouns``, lower case), the link of what it is of (``complement_words``) and
    # the speaker ("„…“ – das ist die ganze Begründung der Auszubildenden", "« … » C'était toute l'explication du
    # meunier")
    answer_frames: tuple[str, ...] = ()
    answer_nouns: frozenset[str] = frozenset()
    # Links besides ``complement_words`` from a noun of an answer to whose it is, lower case: "came the answer from the
    # ex-bronc rider" (read by ``quotes._answer_inverted`` and ``quotes._answer_named_before``)
    answer_links: tuple[str, ...] = ()
    # The verbs of an answer's coming that open the predicate of a frame naming whose answer it is, lower case: "Die
    # Antwort des einstigen Dorflehrers kam prompt:", "La réplica del viejo basquetbolista llegó enseguida:" (the
    # speaker ends before them; copulas, negations and cue verbs end it too)
    answer_verbs: frozenset[str] = frozenset()
    # The closed classes of a quote's frame that credits it to a description or a name in a crediting position
    # (``extract.frames``, frames58), lower case, straight apostrophes: prepositions whose object holds the view
    # ("für", "laut", "au dire de", "a juicio de", "according to"; read where they open the quote's own sentence or
    # a clause of it), nouns of words and views whose possessor spoke ("words", "formule", "Worten", "palabras"; with
    # ``answer_nouns``), words that open a sentence pointing back at the quote ("so", "that", "así lo", "voilà",
    # "c'est ainsi"; a cleft's openers are ``cleft_openers``), verbs of viewing or summing up besides the cue verbs
    # ("saw", "sieht", "pense", "resumió"), and the articles a preposition or a link contracts or declines, with the
    # subject's article ("den" -> "der", "del" -> "el", "du" -> "le")
    credit_prepositions: tuple[str, ...] = ()
    # Prepositions that credit their object only before a verb of saying in the quote's own sentence, or after a noun
    # of words or a pointer ("A la antigua guía le gusta repetir que «…»", "On doit la formule à l'ancienne …", "So
    # klang es bei der früheren …"), lower case: elsewhere they open places and times ("bei der Feier", "à la fin")
    spoken_prepositions: tuple[str, ...] = ()
    word_nouns: frozenset[str] = frozenset()
    credit_pointers: tuple[str, ...] = ()
    view_verbs: frozenset[str] = frozenset()
    oblique_articles: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # "“...” Rosalind Thirtle, the chair, let the room take that in.", "« … » La maire a laissé passer les
    # applaudissements.": verbs of a speaker's pause after their words (pausing, waiting, letting, pointing; lower
    # case, a compound tense with its auxiliary), whose subject, in the sentence right after a quote no cue credits,
    # spoke it; never a listener's reaction ("disagreed", "nodded"); and the plain cue verb the subject is read with
    pause_verbs: tuple[str, ...] = ()
    said_verb: str = ""
    # "“...” It was not the mayor, A, nor his deputy, B, who said it, but the city manager, C.", "No lo dijo A, sino
    # C.": a sentence right after the quote opening on a denial (lower case, straight apostrophes), a verb of saying in
    # it, and the speaker named after its word of contrast (``contrast_words``): C, never A or B
    denied_credits: tuple[str, ...] = ()
    contrast_words: tuple[str, ...] = ()  # "but", "mais", "sino", "sondern": what a denial's "not A" is set against
    # The labels of a related-article rail or teaser ("Read more", "Mehr zum Thema", "À lire aussi", "Te puede
    # interesar"), lower case: the headlines a label opens or heads are other articles' words, no claim of this one
    rail_labels: tuple[str, ...] = ()
    # The labels of an advertisement ("Anzeige", "Advertisement", "Publicité", "Publicidad"), lower case: the slogan
    # a label opens or heads is an advertiser's, no claim (read as a rail's teasers are; also a sentence of the running
    # text that is only the label and a colon before a quote)
    ad_labels: tuple[str, ...] = ()
    # The calls to subscribe that head an offer ("Subscribe", "Abonnez-vous", "Jetzt abonnieren", "Suscríbete"), lower
    # case: only a sentence that is the call and a colon makes the quote after it an offer ("Abonnez-vous : « 1 mois
    # offert »"); a block that is only the call is a button, and the headline or subhead after it stays the article's
    subscribe_calls: tuple[str, ...] = ()
    # The labels of a page's caption, credit, source or section line ("Photo: Reuters", "Source: ...", "Update: ..."),
    # lower case: such a label names no speaker, so the paragraphs after it are no one's turn (with the rail labels)
    caption_labels: tuple[str, ...] = ()
    # a photo credit's label ("Photo by", "Foto:"): the names after it are the photographer's and the agency's, page
    # furniture no pronoun or description stands for
    credit_labels: tuple[str, ...] = ()
    furniture_lines: tuple[str, ...] = ()  # lines of page furniture between paragraphs ("Story continues below")
    # cue verbs that also name ("called", "dubbed"): a cue only with an object between them and the quote
    naming_verbs: frozenset[str] = frozenset()
    # Verbs that give a name when they close a relative clause right after it, in a language that puts the verb last
    # ("eine Laterne, die er „die Funzel“ nennt", "das Boot, das sie „Möwe“ tauften"); elsewhere they may report what
    # someone called a thing ("nannte die Lage „eine Zumutung“", "weil er die Lage „eine Zumutung“ nannte": a claim)
    relative_naming_verbs: frozenset[str] = frozenset()
    # a verb of saying that names after an indirect object pronoun, as two words in lower case (Spanish "le dicen",
    # "les decían": "Los choferes le dicen a la pipa más vieja «la Güera»" is what they call it, no one's claim)
    naming_phrases: frozenset[str] = frozenset()
    # The impersonal subject of a naming verb in a language that capitalises every noun, where a capital tells no name:
    # what "man" calls a thing is its common name ("In Kappeln nennt man den Leuchtturm „den Alten vom Kai“"), what a
    # person calls it may be a judgement ("nannte den Plan „die Schande von Kappeln“": a claim)
    naming_subjects: frozenset[str] = frozenset()
    # (round 61) The endings of the nouns for a place's people, capitalised, after the place's name ("die
    # Fredeburger" of Bad Fredeburg, "Dubliners", "les Nantais"): what a place's people call a thing is its common name,
    # as what ``naming_subjects`` call it ("Den Schiefer nennen die Fredeburger bis heute „das blaue Gold“"); the
    # place must stand in the article (not "die Befürworter nennen den Plan „…“": no place "Befürwort")
    inhabitant_endings: tuple[str, ...] = ()
    # Adverbs of fondness or jest ("affectionately", "liebevoll", "affectueusement", "cariñosamente"), lower case: short
    # quoted words after a naming verb and its object with one of them in the clause are a nickname, whatever word
    # opens them ("nennen den Riesen liebevoll „da Große“"); a neutral adverb ("simply") leaves a judgement ("called
    # the plan simply “a disgrace”")
    naming_manners: frozenset[str] = frozenset()
    # The definite articles of the regional varieties a page quotes in a name, lower case (Alemannic, Bavarian and
    # Kölsch "dr", "d'", "da", "dä"; Yorkshire "t'", Scots "thi"; Provençal "lou"; Andalusian "er", Galician "o",
    # Balearic "sa"): quoted words after a naming verb opening on one are shaped as a name given, as after a definite
    # article ("nennen im Verein alle nur „dr Kaffeebud“", blind set 53)
    dialect_articles: frozenset[str] = frozenset()
    # A relative pronoun for what was said, opening the clause that closes the words before a colon ("recuerda lo que le
    # dijo un día don Anselmo:", "se souvient de ce que lui a dit X :", "was ihr X einmal gesagt hat:"): the words
    # after the colon are that clause's subject's, not the sentence's (English puts the subject first: "what X told
    # her:" is read as any cue is)
    said_what: tuple[str, ...] = ()
    # the free relative before a naming verb's subject ("what he calls “...”"): the subject uses the term, it is theirs
    term_relatives: frozenset[str] = frozenset()
    # A free relative, then a subject, a verb and a link right before a quote: the quoted words are the term the
    # relative clause's subject uses, whatever the verb, not the sentence's subject's ("in what police described as
    # “...”", "ce que l'opposition qualifie de « ... »", "lo que la oposición califica de «...»", "was die Opposition
    # als „...“ bezeichnet"): the relatives (an elided one ends on its apostrophe) and the links
    term_clause_relatives: tuple[str, ...] = ()
    term_links: frozenset[str] = frozenset()
    # German puts the verb second: "Dann sagte Vogel: „...“" — a name right after a cue verb is its subject
    verb_second: bool = False
    # Articles no subject takes, in a verb-second language (an accusative or a dative: "den", "dem", "einen"): a
    # sentence opening on one opens on an object, and its subject follows the verb ("Den Erfolg ordnete sie nüchtern
    # ein: „…“", "Dem Einwand begegnete der Landrat gelassen:"; not "Die Lage", a subject as often)
    object_articles: frozenset[str] = frozenset()
    # Adverbs of sequence a sentence may open on with no comma, its subject after them (lower case; in a verb-second
    # language its verb, then its subject): "Then she showed the guests the plans: “…”", "Puis elle a montré les
    # plans :", "Dann zeigte Huber den Gästen die Pläne: „…“"
    fronted_adverbs: frozenset[str] = frozenset()
    # Spanish leaves the subject out: "«...», explica." credits whom the text is about (the cue verb alone)
    pro_drop: bool = False
    # In such a language, the words of a phrase of time that places a sentence after the one before, opening it ("Más
    # tarde", "Poco después", "Al final"): no subject, so the verb after them is the last subject's ("Más tarde
    # explica: «…»")
    sequence_words: frozenset[str] = frozenset()
    # And the finite verbs of a periphrasis, with their link, before the infinitive that says what the subject did
    # ("volvió a decir", "acabó por reconocer", "volvió a llamar: «…»"): the subject dropped is the last one's
    aspect_verbs: tuple[str, ...] = ()
    # The narrative infinitive leading into a quote: a conjunction, perhaps its subject, a link and an infinitive,
    # whatever the verb ("Et de résumer sa méthode : « … »", "Et le maire d'ajouter : « … »"): with no subject of its
    # own it goes on with the subject of the sentence before (the words opening it, then the links, as written)
    narrative_openers: frozenset[str] = frozenset()
    # Verbs of being somewhere or coming, that put their subject after them when a phrase of place opens the sentence
    # ("From Puerto Williams came the Chilean captain …", "Au premier rang se tenait …"), as written
    presentational_verbs: frozenset[str] = frozenset()
    narrative_links: tuple[str, ...] = ()
    # Spanish names carry two surnames, the father's first, and a text may call the person by it alone ("Ernesto
    # Olvera Ruiz" is "Olvera"; "Rodrigo Villaseñor Ibarra" is "Villaseñor")
    double_surnames: bool = False
    # Whether paragraphs of speech open on a dash, with the narrator's cue between dashes (Spanish raya:
    # "—Hablamos de confianza —afirmó la ministra—."): the dash is a quote mark.
    dialogue_dashes: bool = False
    # The marks that open a paragraph going on with the quote the paragraph before left open, when they are no
    # opening marks elsewhere (French and Spanish "» Aujourd'hui, ...": a closing guillemet in the opener's place),
    # each with the opening mark it stands for
    continuation_marks: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    quoting_links: tuple[str, ...] = ()
    # A passive that quotes its subject through a document, in a language that puts the participle last: the
    # auxiliaries, then the participles that close the clause ("„…“, wird die Ministerin in der Pressemitteilung
    # zitiert": her words)
    passive_quoting: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    # words that open a descriptive speaker ("the", "a", "der"); a set: asked of most words a description reads
    determiners: frozenset[str] = frozenset()
    # Prepositions after which a cue verb's form is a noun, never the verb ("the secretary of state says", "the head
    # of state said": "state" is no cue whose subject is "the secretary of"; languages whose prepositions take an
    # infinitive, or that capitalise their nouns, need none)
    noun_prepositions: frozenset[str] = frozenset()
    # Whether adjectives mostly follow their noun (Spanish, French): after a determiner and a word, a cue verb's form
    # is then the verb of a noun ("la plataforma explica:", "le collectif répond :"), a noun itself only when
    # ``cue_noun_forms`` lists it ("la nueva pregunta:"); otherwise any form may be that noun ("a warmer note:")
    postnominal_adjectives: bool = False
    cue_noun_forms: frozenset[str] = frozenset()
    male_titles: frozenset[str] = frozenset()
    female_titles: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()
    # first names borne by men and women alike ("Lee", "Kelly", "Robin"): a first name, but no gender
    unisex_names: frozenset[str] = frozenset()
    # kin nouns, partners included ("her son", "seine Frau", "su novia"): a relation is someone, with a gender
    family_kin: frozenset[str] = frozenset()
    # kin by blood, who bear the family's surname: "her son Daniel" of Ruth Abernathy is Daniel Abernathy; a partner
    # ("her boyfriend Daniel", "su novia Lucía") often bears another
    blood_kin: frozenset[str] = frozenset()
    # Kin nouns of a child ("son", "Tochter", "fils", "hija"), and words after a surname that tell a parent from the
    # child of the same name ("senior", "junior"; "père", "fils"): "Mr Ellery senior" is the namesake who is not the
    # son, "Ellery junior" the one who is
    child_kin: frozenset[str] = frozenset()
    # Kin nouns of a parent ("father", "Vater", "père", "madre"): "der Vater" with no owner is the parent of the one
    # person the article gave a child's kin noun ("Seine Tochter Lena Reuter": Klaus Reuter)
    parent_kin: frozenset[str] = frozenset()
    elder_words: frozenset[str] = frozenset()
    younger_words: frozenset[str] = frozenset()
    # Those of ``elder_words`` and ``younger_words`` written after a full name as part of it ("Franz Wimmer sen.",
    # "Alexandre Dumas fils"), telling a father from his son of the same name: two people, each called so
    generation_words: frozenset[str] = frozenset()
    # Judges as a bench ("the judges", "les juges", "die Richter") speak for the court the text named, a body whose name
    # holds a court noun ("High Court", "Verwaltungsgericht Hohenfeld")
    bench_nouns: frozenset[str] = frozenset()
    # Things said to say words that no one speaks through them: an organ of feeling ("my gut says", "wenn der Bauch
    # „Ja“ sagt", "le cœur dit", "el corazón dice") and written or shown words ("the sign reads", "the text says", "the
    # opening credits declare", "das Plakat verkündet", "la pancarte proclame", "el cartel dice"): a description whose
    # noun is one of these names no one, not even as written
    voiceless_nouns: frozenset[str] = frozenset()
    court_nouns: frozenset[str] = frozenset()
    # Documents only a court gives, of ``document_nouns`` ("the ruling", "das Urteil", "le jugement", "la sentencia"):
    # with no owner written, the court the text named speaks through one ("Según recoge la sentencia: «…»"), never
    # the body the text is about
    ruling_nouns: frozenset[str] = frozenset()
    # The words between a court noun written in lower case, with its adjectives, and the place it sits in ("le tribunal
    # administratif de Haute-Tarentaise", "la cour d'appel de Lyon"): the whole is the court's name
    court_seats: tuple[str, ...] = ()
    # Nouns of other bodies a language writes in lower case with the place they sit in, as a court is (``court_seats``),
    # what the body deals with perhaps between ("le bureau des cyclones de Vacoas", "la cofradía de pescadores de
    # Cambados"): the whole is the body's name, which a shorter form of it ("le bureau des cyclones") stands for
    seated_bodies: frozenset[str] = frozenset()
    # Nouns of institutions a language writes in lower case before the institution's own name, no link between ("la
    # residencia San Íñigo"): the noun and the name are the institution's name, which the name alone stands for
    named_institutions: frozenset[str] = frozenset()
    # Nouns for a source of information ("source", "fuentes", "Quelle"): a description by one names no one ("las
    # fuentes palestinas", "según las mismas fuentes", "die Quelle"), as "a source" does
    source_nouns: frozenset[str] = frozenset()
    # Courtesy titles, as written before a name ("Mr", "Frau", "M.", "Sra."): before a lone capital they name someone
    # known by an initial ("Ms D said", a witness the court lets the paper name no further)
    courtesy_titles: frozenset[str] = frozenset()
    # Forms of address written before a first name, as written, that are no courtesy titles before an initial (the
    # Maghrebi "Si", "Lalla", "Hajja" of French texts): "Si Mokhtar Jaziri" is Mokhtar Jaziri
    address_forms: frozenset[str] = frozenset()
    # Forms of address of two words, as written ("Gran Man", "Tan Sri"), read before a name in any article
    address_phrases: frozenset[str] = frozenset()
    # Forms of address that are given names too, as written (Brunei's "Awang", "Dayang"): a form of address only
    # before another form of address ("Awang Haji Mohd Rizal bin Haji Omar") or before a given name and a father's
    # particle ("Dayang Salmah binti Ahmad" is Salmah binti Ahmad); elsewhere a given name ("Awang Selamat")
    address_given_names: frozenset[str] = frozenset()
    # Styles of royalty, the church and diplomacy written in letters with inner stops, as written ("S.M." Sa Majesté,
    # "H.E." His Excellency, "S.A.R."): before a name in any article they are no initials of it ("S.M. Moustapha Baba
    # II" is Moustapha Baba II; "K.P. Suresh Kumar" keeps his initials)
    style_abbreviations: frozenset[str] = frozenset()
    # Forms of address written after a name, lower case ("Kandiah Aiya", "Ramesh ji", "Ahmet Bey", "Tanaka-san"):
    # no part of it, set off by a space or a hyphen
    address_suffixes: frozenset[str] = frozenset()
    # Letters of honour, of office and of degrees written after a name, as written ("OBE", "CEng", "MICE", "KC",
    # "PhD", "MdB", "CPA", "c.r."), read after a name in any article: no part of it ("Priya Ranganathan CEng MICE" is
    # Priya Ranganathan), and never a speaker alone ("Géraldine Chiasson, MBA,")
    honour_letters: frozenset[str] = frozenset()
    # Endings of a patronymic as the language transliterates it ("-owitsch", "-owna" in German, "-ovich", "-ovna" in
    # English, "-ovitch" in French; Kazakh and Kyrgyz "-uly", "-kyzy", Uzbek "-ugli", "-qizi"), read in any article:
    # "Nurlan Serikuly Abdrachmanow" is one name, its given name never cut, and "Nurlan Serikuly" (the polite form
    # of address) is that person
    patronymic_endings: tuple[str, ...] = ()
    # Whether a lone capital and its stop before a given name and a surname is an initial ("F. Scott Fitzgerald" in
    # English), or in a language that writes its initials after the given name ("José A. Pérez") a title's
    # abbreviation ("C. Ismael López Vicente", the Mexican ciudadano; "P. Anselm Grün", a priest)
    initials_before_given_names: bool = True
    byline_words: frozenset[str] = frozenset()  # the word before a writer's name ("By Nerea Castelló")
    # organisation nouns that may stand for any organisation ("the company said" after "Apple", "le groupe")
    generic_bodies: frozenset[str] = frozenset()
    # nouns that before a generic body noun make a compound naming a body of its own ("the task force", "the air
    # force"): no generic "force" standing for the body just spoken of
    body_compounds: frozenset[str] = frozenset()
    # indefinite articles: "a senior official said" names no one, whatever capitalised word it holds
    indefinite: frozenset[str] = frozenset()
    # How one of many opens a description ("one of his advisers", "einer der Berater", "une des conseillères", "una
    # de las vecinas"): one person, unnamed, whom "the adviser" next stands for
    partitives: tuple[str, ...] = ()
    # A plural noun's endings and its singular's, tried in order ("advisers" -> "adviser", "Beraterinnen" ->
    # "Beraterin", "asesores" -> "asesor"): the first that gives a noun for a person wins, else the last that applies
    plural_endings: tuple[tuple[str, str], ...] = ()
    # roles of those who put the questions ("“Will you resign?” a reporter asked. “No,” she said."): someone unnamed
    # in such a role is no one the next pronoun stands for
    interviewer_roles: frozenset[str] = frozenset()
    # Forms of verbs of asking, lower case ("asked", "demandait", "gefragt", "preguntó"): a question after one is put
    # to someone when the writer asks it or the verb is a passive whose agent asks it (see asking_marks)
    asking_verbs: frozenset[str] = frozenset()
    # Subordinators of time that open a clause after a main clause in which someone puts a question to its subject, and
    # the words that say in that clause what the question is about ("Tom Reed laughed when the mayor asked him about
    # the harbor:", "Félix Azor répond quand on lui demande s'il est ému :"): the words after the colon answer it
    answered_clauses: frozenset[str] = frozenset()
    question_topics: frozenset[str] = frozenset()
    # Subordinators of time that open a clause after a main clause before a colon, lower case ("She stood up before
    # Hale had finished:", "Sie stand auf, bevor Sievers fertig war:", "Elle s'est levée pendant que Hénaff parlait :",
    # "Se levantó mientras Irizar hablaba:"): someone the clause names, with no verb of saying of theirs, is no speaker;
    # the main clause's subject is
    time_clauses: tuple[str, ...] = ()
    # Words that make the writer the subject of a verb next to them: first-person pronouns, and in a language that
    # drops them, the verb's first-person forms ("I asked him: “Why nights?”", "le pregunté: «¿...?»")
    first_person_marks: frozenset[str] = frozenset()
    # what follows a number to make an age a description ("the 61-year-old", "die 44-Jährige")
    age_words: frozenset[str] = frozenset()
    # How an age is set after a name, "#" standing for the number ("Jean-Paul Morvan, 71 ans", "Ruiz Cabello, de 62
    # años"); a number alone is one in every language ("Strand, 29,"). A cue inside a quote runs over it to the words.
    apposed_ages: tuple[str, ...] = ()
    # nouns for a person of an age's decade -> the decade ("le sexagénaire": 60): the person the text is about whose
    # age is in it or unknown, never one of another age ("raconte le sexagénaire" after "son fils, 34 ans")
    decade_nouns: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    organisation_words: frozenset[str] = frozenset()
    # Legal forms written after a company's or association's name ("AG", "GmbH", "Inc.", "S.A.", "e.V."), as written
    # (case kept: "SE" is one, the French "se" none), without a closing full stop: "Kali Südharz AG" and "Kali
    # Südharz" are one organisation (see verify.extract.speakers.speaker_key)
    legal_forms: frozenset[str] = frozenset()
    # Whether a body's "of" part may be written in lower case ("Agence de sécurité des produits", "Agencia de seguridad
    # alimentaria"): French and Spanish capitalise only the first word of such names
    lower_body_parts: bool = False
    # Adjectives in lower case that a body's name holds after its noun, with no "of" part after them ("l'Assemblée
    # nationale", "la Policía local"), and the endings of demonyms ("la Fédération sénégalaise"): another word in
    # lower case after a body's word may be its verb, and is read as an adjective only before the "of" part; they and
    # the demonyms follow a role's noun alike, before its holder's name ("la conseillère départementale Nathalie Roux")
    body_adjectives: frozenset[str] = frozenset()
    # Prepositions a body's long name holds before its remit, read as its links by the reader of a body's whole name
    # only ("Délégation interministérielle à la sécurité routière"): elsewhere a preposition ends a name (French only:
    # "al", "zur", "on" in such names are cut by ``cast.body_name``'s describing words, left for a later round)
    body_prepositions: frozenset[str] = frozenset()
    # Nouns of a body's sub-unit, opening or closing its name set off after the body's name and short form ("Das
    # Landesamt … (LfDH), Abteilung Bodendenkmalpflege, schreibt", "The Environment Agency (EA), flood incident team,
    # said"): the body speaks, not its unit (every level of an administration's or an agency's units)
    sub_unit_words: frozenset[str] = frozenset()
    # (round 61) Nouns of a company's departments and works that name a unit set off after its company's name ("Tyne
    # Subsea Cables, Wallsend Works, Human Resources, said in a letter"; "Cervecería del Sur, planta de Arequipa,
    # Recursos Humanos"), read by the judge only (``judge._unit_worded``): a letter of the company's department is the
    # company's record. Not read by the extraction, which ``sub_unit_words`` steers.
    department_words: frozenset[str] = frozenset()
    # Links set off after a body's name before the unit, office or agency it speaks through ("El Gobierno de Chubut,
    # por medio de la Dirección de Vialidad, advirtió", "The Highways Agency, through its Midlands centre, warned"):
    # the body speaks (phrases, lower case; not a person's voice: "par la voix de" is ``voice_phrases``)
    channel_links: tuple[str, ...] = ()
    # Nouns of the associations people belong to, in lower case, besides ``organisation_words``: a plural noun after a
    # plural article whose complement one heads names a group of its members ("Les Bigoudènes du cercle celtique …",
    # "Los danzantes de la comparsa …"): clubs, choirs, bands, brotherhoods, troupes, societies of every region
    association_nouns: frozenset[str] = frozenset()
    demonym_endings: tuple[str, ...] = ()
    place_words: frozenset[str] = frozenset()  # organisation words that name a place, not a body that speaks
    # Nouns of a town's administration written before the town's name, with the language's "of" link or none ("City of
    # Leeds", "Stadt Köln", "Alcaldía de Medellín"): the noun and the name are the body that speaks, not the place
    # (the noun closing a name is a place: "Kansas City"; alone, a place or the body named so before: "die Stadt")
    town_bodies: frozenset[str] = frozenset()
    place_names: frozenset[str] = frozenset()  # countries, states, cities: named alone, no person
    document_nouns: frozenset[str] = frozenset()  # "the statement said": it speaks for the organisation
    # Verbs whose subject is a document, closing the words before a colon and a quote ("Die Allgemeinverfügung des
    # Landkreises …, seit Montag in Kraft, bestimmt:", "La resolución de la Dirección …, publicada el viernes,
    # establece:", "The Department's advisory states:"): the document's owner speaks (read where no cue verb stands)
    document_verbs: tuple[str, ...] = ()
    # Documents one person puts out in their own name ("the statement", "the letter"; not "the report", "the study"):
    # "Dujarric said in a statement that ... “…,” the statement read" is Dujarric's, when no body is in question
    issued_documents: frozenset[str] = frozenset()
    # Verbs of putting a document out ("issued" of "Trump issued the following statement:"): its words are its subject's
    issuing_verbs: tuple[str, ...] = ()
    # The word that opens an absolute phrase, its subject before a participle ("with Trump reportedly yelling: “...”")
    absolute_openers: frozenset[str] = frozenset()
    # The words that open a sentence on a quote as their object, whose subject speaks it ("With a “Long live the
    # quay!”, Hale closed the meeting", "Mit einem „Glück auf!“ beendete Kämpfer die Sitzung", "Sur un « Vive le
    # port ! », Roux a clos la séance", "Con un «¡Viva el muelle!», Urquiza cerró el acto")
    uttering_openers: tuple[str, ...] = ()
    name_particles: frozenset[str] = frozenset()
    # Articles that are also particles of names ("Ruud den Boer", "Joop den Uyl"), each with the endings of the nouns it
    # stands before as a cue's object ("sagte Spahn den Zeitungen", "den Stuttgarter Nachrichten": a dative plural ends
    # in -n or -s); before a run ending otherwise it is the name's particle, no object's article
    particle_articles: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    not_names: frozenset[str] = frozenset()  # capitalised words that open a sentence but name no one
    prepositions: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()  # full stops that end no sentence ("Mr.", "Dr.")
    # Abbreviated titles as written capitalised before a name, whose full stop ends no sentence there ("The Rev. Desmond
    # Clarke", "Fr. Paul Addo", "Pfr. Anton Huber", "Hno. Pablo Ruiz"); matched as written, as some are other words in
    # lower case ("50 fr.": francs)
    title_abbreviations: frozenset[str] = frozenset()
    capitalised_nouns: bool = False  # German: every noun is capitalised, so a lone capital is no name
    # German: a subordinate clause closes on its verb, so phrases of place and time stand between the subject and a cue
    # verb ("als der Bürgermeister in der Bürgerschaft erklärte:", "weil die Ministerin am Montag im Landtag sagte")
    verb_final_clauses: bool = False
    # Words after which (with up to two lower-case words between: "die neue Halle") a capitalised word is a noun, not
    # a name, in a language that capitalises nouns: articles, prepositions joined to one, possessives ("im Ausschuss")
    noun_markers: frozenset[str] = frozenset()
    subject_pronouns: tuple[str, ...] = ()  # the pronoun forms a cue's subject takes ("he", "er", "il")
    # Subject pronouns no object takes the form of, in a language that puts its verb second ("er", "ich", "wir", not
    # "sie"): one right after a cue verb is its subject, and the words before the verb its object ("Sein Geheimnis
    # verrät er nur halb:": he tells it)
    inverted_subject_pronouns: frozenset[str] = frozenset()
    cue_adverbs: frozenset[str] = frozenset()  # words between a speaker and the verb ("also", "a", "hat")
    # Words a cue's subject may run on to that are no part of it: an intensifier or an adverb of time ("The guild itself
    # said", "said the 34-year-old afterwards", "sagte die 34-Jährige danach")
    subject_tails: frozenset[str] = frozenset()
    adverb_suffix: str = ""  # a suffix that makes any word such an adverb ("ly")
    clause_words: frozenset[str] = frozenset()  # words a descriptive speaker never runs over ("who", "in")
    # Words that open a relative clause after a name ("Cole, who called the plan “a folly,” said ..."): a quote
    # inside one is no part of the main clause's quote, and the cue after the clause is the name's
    relative_pronouns: frozenset[str] = frozenset()
    # Those of them that after a preposition open a clause with no antecedent, a free relative or a question ("grew so
    # heated over who supported which bill that Gov. Christie said"): its clause modifies no subject before it, so it
    # does not run to the verb (where a relative pronoun after a preposition has an antecedent, "l'homme avec qui", "el
    # hombre con quien", none is listed)
    free_relatives: frozenset[str] = frozenset()
    # Words that after a comma open a relative clause, though elsewhere they open a reported one ("la vecina, que sopló
    # las velas de «...»"; "dijo que «...»"): German "dass" and English "that" after a comma are reported clauses
    comma_relatives: frozenset[str] = frozenset()
    # Definite articles that are relative pronouns too ("der", "die" of "Ein Zuschauer, der seinen Namen nicht nennen
    # wollte,"): one before a determiner, a possessive or a pronoun opens a clause, no description
    relative_articles: frozenset[str] = frozenset()
    # Prepositions of an addressee ("to", "an", "à", "a"): a name after one, maybe with a determiner, is whom words went
    # to, never the subject of the cue verb right after it ("einen Brief an den Netzbetreiber GlasNet Nord geschrieben";
    # not "A reporter for Agence France-Presse called it": the reporter speaks for the agency)
    addressee_prepositions: frozenset[str] = frozenset()
    # Articles that make the noun after them an object or an addressee, a preposition joined to one or a case form
    # ("au", "al", "den"): "a répondu au journaliste", "fragte den Reporter" put the reporter on the receiving end
    addressee_articles: frozenset[str] = frozenset()
    # Phrases whose name after them, an outlet or a person, is whom the words went to, never who said them ("told",
    # "gegenüber", "au micro de", "en declaraciones a"; and a cue verb before an addressee preposition: "a déclaré à",
    # "dijo a"); not a source ("according to", "selon", "según", "laut": whose report it is, kept)
    addressee_phrases: frozenset[str] = frozenset()
    # Words after such a name that make it whom words went to ("Dem Mindener Tageblatt gegenüber")
    addressee_postpositions: frozenset[str] = frozenset()
    # How a gerund ends ("adding", "ajoutant", "añadiendo"): a cue verb's gerund after a comma between two quotes
    # is a second cue ("“A,” she said, adding, “B.”": two claims, not one split quote)
    gerund_endings: tuple[str, ...] = ()
    # Endings of finite verb forms that end no given name ("ganó", "llegó"; "reagierte"; "venait"): such a word
    # opening a capitalised run before a name is the sentence's verb, put first ("Ganó Macarena Toscano ..."), no name
    finite_endings: tuple[str, ...] = ()
    # The endings of the present's third person singular in a language that drops the subject ("enseña", "tiene"): a
    # verb opening a sentence that leads into a quote with a colon ("Enseña un rollo de soga: «…»"), once read in lower
    # case, stands for the subject of the sentence before (never a test on a capitalised word: "Marta", "Quispe")
    present_singular_endings: tuple[str, ...] = ()
    group_nouns: frozenset[str] = frozenset()  # "Richmond police said": a named group speaks
    # Verbs that agree with a plural subject only: a name with no "and" before one is a body or a group, never one
    # person ("Big Machine have twice denied", "Arsenal are": British usage), whom "they" and "it" next stand for
    plural_verbs: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()  # "book", "report", "called": quoted words after them are a title
    # Words that give quoted words as another's translation ("her collection “Wětřik za durjemi”, in English “Wind
    # Behind the Door”", "auf Deutsch", "traduit", "en español", "its English title"; the title noun, which may stand
    # right before the marks): a pair of quotes with one of them between, credited to no one, is a title and its
    # translation, no claim
    translation_words: frozenset[str] = frozenset()
    # Whether nouns compound with the head last ("Lieblingsbuch" is a book, "Dokumentarfilm" a film): a word that ends
    # in a work noun of four letters or more names a work too
    compound_nouns: bool = False
    # Endings a noun takes in the plural or the genitive ("Filme", "des Films", "Sendungen", "films", "películas"): a
    # work noun is read without them too ("Antikriegsfilme „...“" names films)
    noun_endings: tuple[str, ...] = ()
    sung_nouns: frozenset[str] = frozenset()  # "le public a repris le refrain : « ... »": sung, even after a colon
    # "Die Fans sangen noch lange „...“", "protesters chanted “...”": sung or chanted words, no one's claim (a cue after
    # them still credits them: "“...!” some protesters chanted")
    sung_verbs: frozenset[str] = frozenset()
    # Of the ``sung_verbs``, those of chanting words in chorus, not of singing ("chanted", "skandierten", "scandent",
    # "corearon"): before a colon the words that follow are the group's speech ("les partisans scandent en chœur :
    # « … »"), not a song's (still "sang der Kinderchor im Chor: „…“", "en scandant « … »" with no colon)
    chant_verbs: frozenset[str] = frozenset()
    # Gerunds of crying out, lower case, the last word before a colon and a group's cry ("les apprentis ont tapé sur
    # les tables en criant : « … ! »", "golpearon los bancos gritando:", "klopften, laut rufend:", "cheering:"): the
    # words are the group's speech, though they are a name repeated (no cue verb of the language's finite forms); not
    # a gerund of singing, whose words are a song's ("singing: “Glory, Glory”")
    cry_gerunds: frozenset[str] = frozenset()
    # Gerunds of singing, lower case ("singing", "en chantant", "cantando", "singend"): before a colon, a cry after
    # them (words ending on an exclamation mark) is the group's speech as after a finite verb of singing ("ont marché
    # en chantant : « Mwinda, mwinda ! »", "los niños cantaron a coro: «¡Que se queme!»"); a line with no cry stays a
    # song's ("singing: “Glory, Glory”")
    sung_gerunds: frozenset[str] = frozenset()
    # Verbs of playing or performing a piece ("played", "spielt", "a joué", "tocó"), lower case: quoted words right
    # after one, with no cue after them, are the piece's title ("Der Musikverein spielt „...“", "the band played
    # “...”"), no one's words
    played_verbs: frozenset[str] = frozenset()
    # Verbs of starting or finishing a piece ("finished", "beendete", "a terminé", "terminó"), lower case: quoted words
    # shaped as a title right after one, no mark between, are the piece's title, as after ``played_verbs``, whatever
    # cue follows them ("When the band finished “Jolie Blonde”, the dancers hollered back: “…”": the next quote's)
    piece_verbs: frozenset[str] = frozenset()
    inscription_verbs: frozenset[str] = frozenset()  # "Auf den Plakaten steht „...“": written words, no speech
    # Participles of putting words on a thing ("printed", "gedruckt", "peint", "grabado") and the prepositions of the
    # thing's surface ("on", "auf", "sur", "sobre"): quoted words the clause after them says were so put on a thing are
    # an inscription ("“...”, was printed on every wristband", "„...“ wurde auf jede Tasse gedruckt")
    print_participles: frozenset[str] = frozenset()
    surface_prepositions: frozenset[str] = frozenset()
    sign_nouns: frozenset[str] = frozenset()  # "una pancarta que decía «...»": a sign's words are written, no speech
    # Finite verbs of the mood of reported speech (German Konjunktiv I: "sei", "habe", "könne"): a sentence holding one
    # reports what the last speaker said ("Der Verband erklärte, … «…». Ein Ende sei «vor Februar nicht zu erwarten».")
    reported_mood: frozenset[str] = frozenset()
    # Verbs of telling a story ("told", "erzählte", "racontait", "contaba"): short quoted words right after one, with no
    # word that makes a clause of them, are what kind of thing was told ("who told “small lies politely”"), no words
    telling_verbs: frozenset[str] = frozenset()
    # Words that carry a speaker's words on before a colon, with no subject of their own ("Und weiter:", "And further:",
    # "Et encore :", "Y además:", the conjunction alone: "Und:"), lower case: the quote after them is the paragraph's
    # last speaker's
    continuation_cues: tuple[str, ...] = ()
    # Adverbs of repetition, lower case: a sentence of no verb of only a name or a role and one of them, maybe after
    # words of ``continuation_cues`` or ``cue_adverbs``, before a colon ("Then the steward again:", "Dann wieder der
    # Wingertschütz:", "Y el director, otra vez:", "Puis le président, encore :") gives its subject the floor again
    repetition_adverbs: tuple[str, ...] = ()
    # Verbs of hearing: a lead-in that says words were heard ("Desde la vereda se escuchaba:", "On entendait :", "Vom
    # Rand hörte man:", "From the stands we heard:") gives them to someone unheard of, not the last speaker
    hearing_verbs: frozenset[str] = frozenset()
    # The links after a verb of hearing to whom the words were heard from (lower case: "from" of "Anna Berg often heard
    # these words from her father:", "von", "de", "a" of "se lo oyó a su padre"): the sentence's subject heard them,
    # never said them (``quotes._heard_from``)
    heard_from_links: frozenset[str] = frozenset()
    # Verbs of translating or interpreting, lower case ("translated", "übersetzte", "traduit", "tradujo"): a cue of one
    # ("Su nieta, Wara Condori, tradujo sus palabras: «…»", "“…,” his granddaughter translated") gives the words of
    # the one whose words were translated (the subject of the sentence before), never the translator's own
    translating_verbs: frozenset[str] = frozenset()
    # The roles a broadcast's transcript labels its speakers by, lower case ("caller", "Anrufer", "auditeur", "oyente"):
    # a row's label opening on one, then a comma, names the speaker next and the place they ring from last ("[07:04]
    # CALLER, BERNIE, LEWISPORTE:", "CALLER TOM FROM CARMANVILLE:"): the name speaks, never the role or the place
    broadcast_roles: frozenset[str] = frozenset()
    # (labels62) The labels a broadcast's or a meeting's transcript gives a member of the public it does not name,
    # lower case ("caller", "listener", "oyente", "auditrice", "Anruferin"): a row under one is the one person the
    # article says the word of, else no one, never the word as a name
    public_labels: frozenset[str] = frozenset()
    # (labels62) The labels a transcript gives whoever presents or leads it, lower case ("host", "presenter",
    # "conductora", "animateur", "Moderatorin"): one stands for the person the article says presents, hosts or leads
    # the programme by any of them ("presented by Clive Hendrickson" is the "HOST:"), through ``agent_nouns``
    host_labels: frozenset[str] = frozenset()
    # The labels a broadcast's transcript gives the outlet's own voice, lower case ("Voix off", "Narrator", "Sprecher",
    # "Locutor", "Reporter"): a row under one ("Voix off : Dans l'atelier, on étête encore …") is the outlet's telling,
    # no one's claim, and the record goes on past it (the speakers' rows around it are one exchange)
    narrator_labels: frozenset[str] = frozenset()
    # The words that give a married person's birth name, lower case ("née", "geb.", "geborene", "nacida"): the name
    # after one in a subject's appositive is no one else ("Gwen Rowe, née Eddy, his sister, said:": not an Eddy)
    birth_name_words: frozenset[str] = frozenset()
    # What someone does who reads a text out, lower case ("read it out", "las vor", "l'a lu", "leyó en voz alta"): the
    # words after the colon are the text's (a message, an exhibit), not the reader's own ("Counsel read it out: “…”")
    read_out_phrases: tuple[str, ...] = ()
    # The forms of "read" that take a text as object, lower case ("read", "leyó", "verlas", "lu"), and the links after a
    # document noun that name its author ("from", "of", "von", "de"): "Counsel read a statement from the neighbour, Elsa
    # Ferraro:" reads out her words, which the colon opens: hers, not the reader's
    reading_verbs: frozenset[str] = frozenset()
    author_links: tuple[str, ...] = ()
    # The forms of verbs whose subject, or whose own person, takes in a text from someone else, lower case ("received",
    # "erhielt", "reçu", "recibió"): a document brought in so ("The council received a letter.", read out likewise)
    # is its author's, whom the article does not name, so "The letter read: “…”" next is no one's it named
    receiving_verbs: frozenset[str] = frozenset()
    # The forms of verbs whose subject is a text, never a person, lower case ("lautete", "rezaba", "stipulait"): a
    # gendered pronoun before them stands for the document the sentence before brought in ("Er lautete:" of "einen
    # Brief"), no man
    text_verbs: frozenset[str] = frozenset()
    # What a reader says reading someone's text out for them, a possessive in it, lower case ("on his behalf", "in
    # seinem Namen", "en son nom", "en su nombre"): "NAME, solicitor for NAME2, read a statement on his behalf:" reads
    # out NAME2's words, not the reader's
    behalf_phrases: tuple[str, ...] = ()
    # What a cue says of a speaker who speaks in another's place, a possessive in it, lower case ("in her place", "an
    # seiner stelle", "à sa place", "en su lugar"): read as ``behalf_phrases`` are where it means no seat, opening its
    # sentence or after a cue verb, or the speaker someone's ("À sa place, son directeur, X, a déclaré :", "X sprach
    # an seiner Stelle:"; not "Assis à sa place, X a déclaré :"), ``quotes._in_place``
    place_phrases: tuple[str, ...] = ()
    # What a cue says of a speaker who speaks in another's name, before that other's name or description (lower case,
    # ending in the link: "speaking for", "on behalf of", "im namen von", "au nom de", "a nombre de"): the words are
    # the speaker's and that person's at once ("Her office's spokesman, Tyler Lund, speaking for the auditor, said:";
    # with ``behalf_phrases``, "Seine Sprecherin, Anja Meinel, sagte in seinem Namen:"), ``quotes._spoken_for``
    behalf_links: tuple[str, ...] = ()
    # The words after such a link that name the speaker herself ("speaking for himself", "en nombre de sí misma"): no
    # one else's words (lower case)
    self_words: frozenset[str] = frozenset()
    # What a cue says of a speaker who passes on or reads out another's words, lower case: the verbs ("delivered",
    # "read", "übermittelte", "verlas", "a transmis", "a lu", "transmitió", "leyó") and the nouns of the words passed on
    # ("message", "Botschaft", "message", "mensaje"), whose owner a possessive before the noun, a genitive ("the
    # senator's message"), a link after it (lexicon ``author_links``: "a message from the senator", "le message du
    # maire", "eine Erklärung des Landrats") or a possessive after it (``postposed_possessives``: "un mensaje suyo")
    # names: "Su vocero, Alán Guerrero, leyó un mensaje suyo:" speaks for the governor (``quotes._spoken_for``)
    relaying_verbs: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    postposed_possessives: frozenset[str] = frozenset()
    # the words of a minister's portfolio between a title and a name ("Minister for Health Faizal Rahman")
    portfolio_words: frozenset[str] = frozenset()
    # What is said of someone who gives a name only, lower case, before the name and maybe a comma ("who gave her name
    # only as Jess, 24, said:", "se identificó solo como", "nannte nur ihren Vornamen,", "n'a donné que son prénom,"):
    # the name after it is theirs, the sentence's subject, though a relative clause or an appositive holds it
    name_given_phrases: tuple[str, ...] = ()
    # The openings of "one of them" as a cue's speaker (lower case, straight apostrophes): "said one of them, Aïssata
    # Sow", "résume l'une d'elles, Aïssata Sow", "sagt eine von ihnen, Anna Berg": the name set off after it is hers
    one_of_openers: tuple[str, ...] = ()
    # The cue verbs of the regional varieties a language's news quotes in (lower case), the articles those varieties
    # write before a speaker after one, and the auxiliaries of a variety's periphrastic past before the verb: Galician
    # "dixo o criador Xosé Ledo", Catalan "va dir en Toni Pons" (personal articles "en", "na", "n'"), Balearic "es",
    # "sa", Swiss German "seit d Gmeipresidäntin vo Pratteln, Regula Thommen". The speaker after such an article is the
    # name after the role in lower case, or after the role set off by a comma. A form that is a word of the standard
    # language too is listed here only, read as a cue only before an article of its variety (Swiss "seit", "since")
    regional_cue_verbs: frozenset[str] = frozenset()
    regional_articles: frozenset[str] = frozenset()
    regional_auxiliaries: frozenset[str] = frozenset()
    # A relative clause or a participle of speaking so, after someone described or named in the sentence right after a
    # quote no cue credits (lower case, straight apostrophes): "« … » Le chauffeur qui parle ainsi s'appelle Sidi Ould
    # Ahmed", "“…” Ann Cole, who said this, …"; and the verbs of being or being called that link such a description to
    # the name after it ("s'appelle", "is", "heißt", "se llama")
    speaking_so: tuple[str, ...] = ()
    naming_links: tuple[str, ...] = ()
    # The openings of a sentence describing someone by a noun of a person alone, right after a quote no cue credits
    # (lower case, straight apostrophes): "“…” The woman laughing behind the stall was Hawa Kpoto", "« … » Celui qui le
    # dit, la barbe blanche, s'appelle Mathis Jeunet": the name a link of ``naming_links`` gives after it spoke
    described_speakers: tuple[str, ...] = ()
    # What opens a cleft sentence before the person it singles out (lower case, straight apostrophes): "C'est Ruby
    # Hodge, 23 ans, qui parle ainsi", "It was Ann Cole who said it", "Es ist Anna Berg, die das sagt", "Es Marta Ruiz
    # quien lo dice": the person, never the opener
    cleft_openers: tuple[str, ...] = ()
    # Words standing for a quote, in the sentence right after a quote no cue credits that names its speaker without a
    # verb of saying (lower case, straight apostrophes): "“…” Behind the words, and a wide smile, was Pita Sau", "« … »
    # Cette phrase, Léa Roux l'a répétée", "«…» A Ana Ruiz le temblaba la voz al decirlo", "„…“ Sagt's und geht:
    # Egon Hilsberg". A phrase of more words counts anywhere in the sentence, one of one word ("eso", "así", "sagt's")
    # only opening it; the speaker is the one person the sentence names in full. So does a noun for the words after a
    # determiner among the sentence's first words (``words_nouns``: "Diese Warnung stammt von Dr. Jens Erpeldinger",
    # "Mit diesem vogtländischen Satz begrüßte …", "La blague est signée Mathieu Ragot", "That memory belongs to …")
    words_references: tuple[str, ...] = ()
    words_nouns: frozenset[str] = frozenset()
    # Nouns a heading over a list of quotes opens on, then a preposition and whose they are (lower case): "Quotes from
    # Dr Whitcombe", "Stimmen von Dr. Amstutz", "Citations de Mme Roux", "Declaraciones de la doctora Ruiz"; the quotes
    # under it with no cue of their own are that person's (labels61)
    quote_heading_nouns: frozenset[str] = frozenset()
    # Demonstratives pointing back at quoted words, in every form of number and case (lower case): before a noun for
    # the words (``words_nouns``, ``saying_nouns``), at most one word between, anywhere in the sentence right after a
    # quote no cue credits, they refer to that quote ("“…” Thandeka Nqadini, a nurse …, opened the day with those
    # words.", "„…“ Mit diesem Befund beginnt Alois Windbichler …", "« … » C'est par ces mots que …"), and the one
    # person the sentence names is its speaker (structure60)
    words_demonstratives: frozenset[str] = frozenset()
    # A question asking who spoke, right after a quote no cue credits, the name answering it next (lower case, no space
    # before the question mark): "« … » Qui parle ? Soazig Le Floc'h, carillonneuse …", "“…” Who is speaking? Ann Cole"
    speaker_questions: tuple[str, ...] = ()
    # A letter's or an e-mail's salutation ("Dear", "Sehr geehrte", "Madame", "Estimada"), lower case: a block quotation
    # opening on one and a name or a role before a comma ("„Sehr geehrte Frau Albrecht, wir …“") is a letter quoted
    # whole, whose writer the text named before it
    salutations: tuple[str, ...] = ()
    # Words for everyone a salutation addresses ("Dear all,", "Hallo zusammen,", "Bonjour à tous,", "Queridos todos:"),
    # lower case: they stand in a salutation as a name does
    collective_addressees: frozenset[str] = frozenset()
    # Cue verbs that say the speaker goes on ("added", "fügte … hinzu", "a ajouté", "añadió"), as written in a cue after
    # the quote: a "he" or "she" there is the last quote's speaker of that gender, whoever the text spoke of between
    # ("“…,” Zimmerman said. … Sanford police officer Timothy Smith holds up the gun. “…,” he added.")
    going_on_verbs: frozenset[str] = frozenset()
    # Verbs of working a screen's controls ("press", "klicken", "appuyez", "pulse"): quoted words right after one,
    # or after its preposition, pronoun or determiner ("click on the “Send” button", "klicken Sie auf „Senden“"),
    # are a button's or a menu's label, no one's words
    control_verbs: frozenset[str] = frozenset()
    # Nouns of a set phrase ("motto", "slogan", "Wahlspruch"; a saying: "proverb", "Sprichwort", "dicton", "refrán"):
    # the words a cue credits to one, or that follow one and its article, are its wording, no claim ("The lab's motto,
    # painted over the door, reads “...”", "el viejo dicho «...»"; a sign still speaks: "a sign read “...”")
    phrase_nouns: frozenset[str] = frozenset()
    # Nouns of a name given and the links to what it is given to ("name", "Namen", "nom", "nombre"; "for", "für",
    # "pour", "para"): quoted words after both and a colon are the name, no one's words ("Locals have a name for the
    # old mill: “the Sugar Box”", "Les marins ont un nom pour ce récif : « la Dent »"); not what the noun is of ("in
    # the name of the crew:" speaks for it)
    name_for_nouns: frozenset[str] = frozenset()
    name_for_links: frozenset[str] = frozenset()
    # Nouns of words as words ("terms", "Begriffe", "termes", "términos") and the links that give examples of them
    # ("like", "such as"; "wie"; "comme", "tels que"; "como"): quoted words listed after both are words talked about,
    # no one's ("stellt Begriffe wie „…“ oder „…“ klar", "explains terms such as “…” and “…”")
    term_nouns: frozenset[str] = frozenset()
    example_links: tuple[str, ...] = ()
    # Nouns of a saying ("warning", "pledge", "Appell", "promesse", "advertencia"), lower case: quoted words right after
    # one are someone's words, whoever the agent link names after them ("The warning “Stay Off The Roads” by Chief
    # Constable Hale"), no title and its maker
    saying_nouns: frozenset[str] = frozenset()
    # Occasions of speaking, lower case ("interview", "Interview", "entretien", "entrevista"): between a subject and the
    # colon opening its quote they say the subject spoke there, so the words between may run longer ("Representative
    # Lee Zeldin, Republican of New York, gave the technique a whirl in an interview with CNN on Tuesday:")
    speech_events: frozenset[str] = frozenset()
    # Verbs that credit words to someone ("attributed", "attribués", "zugeschrieben", "atribuyó"), lower case: a saying
    # noun and quoted words in their sentence are someone's words ("An earlier version attributed the words “…” to a
    # spokeswoman"), no name nor term, whoever the next sentence says spoke them
    attributing_verbs: frozenset[str] = frozenset()
    # Links that give the owner of words a correction credited wrongly, opening the last clause of its sentence (lower
    # case): "La frase «…», que una versión anterior atribuía al director, es del alcalde X" (the alcalde's words)
    owner_links: tuple[str, ...] = ()
    # Adverbs a verb of motion takes before its phrase, that no lexicon lists as prepositions ("ran down the hill",
    # "came out of", "stood up and"): after a group's name a word before one is its verb, no noun of the name's kind
    verb_particles: frozenset[str] = frozenset()
    # Words that negate with no other negation beside them only after a verb, and are nouns after an article, a
    # preposition, a possessive or a pronoun (Acadian and literary French "point": "Les prix sont point bons", "au
    # point", "un point de vue"): a change that adds or drops one after a verb changes a negation
    bare_negations: frozenset[str] = frozenset()
    # Negations of a region's speech that are a name or another language's word elsewhere (Bavarian and Styrian "ned",
    # the name Ned; Austrian "net", English and French "net"; Swiss "nid", French "nid"; Asturian "nun", German "nun"),
    # each with the language's plain negation it stands for and the languages it is another word of, space-separated
    # ("" for a name): read as that negation when written in lower case, unless the text's stopwords tell only
    # languages it is another word of
    regional_negations: Mapping[str, tuple[str, str]] = field(default_factory=lambda: MappingProxyType({}))
    # Negations of the languages a page of the language quotes that close their clause and are another word elsewhere
    # (Lingala "te" of "tozali na mbongo te,", French "te"; Kituba "ve"; Hausa "ba"), each with the plain negation it
    # stands for: read as that negation in lower case right before a clause's mark or the text's end, where the
    # other word never stands ("je te dis" keeps its pronoun)
    final_negations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Emphatic negations of several words, of the language and of the varieties a page of it quotes, each with the
    # plain negation it stands for and the words one of which must follow it ("" for any): read as that one negation,
    # so that a claim swapping the phrase for an affirmative word ("Ni a la cañona me mudo" quoted as "Yo me mudo"),
    # or starting right after it, changes a negation. Spanish "en la vida" negates before a form of "haber", a clitic
    # or a subject ("En la vida había visto yo…") and is a life elsewhere ("En la vida de los pescadores…")
    negative_phrases: Mapping[str, tuple[str, str]] = field(default_factory=lambda: MappingProxyType({}))
    # How the Bantu languages a page of the language quotes negate a verb (match: a verb said without its negation):
    # a prefix glued onto the affirmative verb (Swahili "ha-" of "hatuna", we have not; Chichewa "si-"; Kinyarwanda
    # "nti-"; Zulu "a-" of "asifuni", its final vowel turned too) and a particle standing before the verb whose final
    # vowel turns (Setswana "ga re batle" of "re batla", Sesotho "ha ke rate" of "ke rata"). A prefix of one letter
    # counts only with the final vowel turned ("along" of "long" is no negation)
    negative_prefixes: frozenset[str] = frozenset()
    negative_particles: frozenset[str] = frozenset()
    # How the Inuit languages a page of the language quotes negate a word: an infix put in after its stem (Inuktitut
    # "-nngit-" of "qaujimanngitunga", I do not know, against "qaujimajunga"; Greenlandic "-nngil-", Iñupiaq "-ngit-",
    # Yup'ik "-nrite-"), lower case
    negative_infixes: frozenset[str] = frozenset()
    # (round 56) How other families a page of the language quotes negate a verb by its ending (match: a verb said
    # without its negation): a suffix closing the negated verb where the affirmative closes on another short ending or
    # none (Nepali "-daina" of "khuldaina", it does not open, against "khulcha"; Quechua and Kichwa "-chu" of "mana
    # puñunichu" against "puñunim"; the Arabic of the Maghreb "-ch" of "ma nefhemch" against "nefhem"; Maltese "-x"
    # of "ma nafx" against "naf"). One of fewer than four letters closes the second part of a circumfix and counts
    # only with its negative particle (``negative_particles``: "mana", "ma") among the two words before the verb:
    # Quechua's "-chu" alone asks a question
    negative_suffixes: frozenset[str] = frozenset()
    # (round 56) Negations of the languages a page of the language quotes that are a common word of one of the four
    # languages, each with those languages (Tzotsil "mu", Andalusian Spanish "mu" of "muy"; Bambara "ma", French
    # "ma"): too common to be read as a negation in a text (the normaliser never reads them), read only where a quote
    # leaves one out of its source or adds it, in a clause of at least three other words none of which is a function
    # word of those languages ("Li nichimetike, mu jna' bu ta jchon" quoted without "mu"). The regional negations
    # (``regional_negations``) are read so too: "El yom ma fi semak, la mer est trop forte" keeps French "ma" in the
    # whole text's reading, not in its Arabic clause
    clause_negations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # (round 60) Negation particles of the language's own regional varieties and creoles that stand before the verb
    # they negate and are another word of the standard language, or no word a reader of it knows as a negation
    # (Walloon and Picard "point" of "Dj'ai point vu", Franc-Comtois "ran", Turks Islander and Bahamian "een" of "Dat
    # light een going", Dominica's Kokoy and Trinidadian "eh" of "Dat hill eh move"), each with the varieties that say
    # it: read by the aligner only, where a quote leaves the word out of its source (or adds it) alone, in lower
    # case, between two words it keeps, no article, determiner, preposition or possessive before it (a noun: "au
    # point", "the point"), in a text of the language or of none the stopwords tell. The clause test of
    # ``clause_negations`` cannot tell them: their clause is in the page's language
    variety_negations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # The positive pairs of the negative pronouns and adverbs, of the language, its dialects and the languages its pages
    # quote, lower case, one word each ("something", "summat", "etwas", "ebbis", "öppis", "algo", "toujours",
    # "qualcosa", "insatge"): a word of none of the lexicons that opens with the negative n- of the Indo-European
    # languages swapped for one ("Mir hän z Nacht nüt ghört" quoted as "… ebbis ghört"), or one swapped for it, turns a
    # negation, though no list holds the dialect's word for "nothing"
    positive_indefinites: frozenset[str] = frozenset()
    # Function words of a regional variety or creole of the language that no lexicon's stopwords hold (Antillean and
    # Haitian "mwen", "nou", "sé", "ki"): they count for the language when a regional negation's reading is weighed
    regional_stopwords: frozenset[str] = frozenset()
    # Words for someone the text does not name ("someone", "jemand", "quelqu'un", "alguien"): a cue's subject, no one
    indefinite_people: frozenset[str] = frozenset()
    # Demonstratives that stand for one of the people named last, in lower case ("the latter", "Letzterer", "ce
    # dernier", "esta última", "Diese", "Celle-ci"): a cue's subject, the person they point to (``Cast.resolve``)
    demonstratives: Mapping[str, Demonstrative] = field(default_factory=lambda: MappingProxyType({}))
    # Demonstrative determiners before a noun for a person ("this official", "dieser Beamte", "ce responsable", "dicho
    # funcionario"): the person last given that role, else the person of its gender named last; a single-word
    # demonstrative that is one of these stands for a person only before its verb ("Esta aseguró:"; "dijo esta
    # semana" is a time)
    demonstrative_determiners: frozenset[str] = frozenset()
    # Nouns for a crowd ("the crowd", "le public", "das Publikum", "el público"): a cue's subject after its article
    # names no one, never the man the text is about ("« Encore un ! », réclamait le public")
    crowd_nouns: frozenset[str] = frozenset()
    # Words that open a plural description of people the text leaves unnamed ("Some parents", "Certains parents",
    # "Einige Anwohner", "Algunos vecinos"): a cue's subject opened by one names no one
    quantifiers: frozenset[str] = frozenset()
    # Endings of a cue verb's third person plural, where they tell it ("gritaron", "pedían"; "riefen"; "criaient",
    # "crièrent"): a cue whose verb comes first in the plural ("«…», gritaron desde el gallinero", "„…“, riefen
    # die Reiter") credits a group, never one person the text named
    plural_verb_endings: tuple[str, ...] = ()
    # Third-person pronouns that are singular and plural at once, whose number only their verb tells ("sie sagte" is
    # a woman, "sie sagten", "Sie zählen" a group: never the last woman named), and words ending like a plural verb
    # that may stand next to such a pronoun and are no verb ("Sie dagegen sagte")
    verb_number_pronouns: frozenset[str] = frozenset()
    plural_verb_lookalikes: frozenset[str] = frozenset()
    # Possessive determiners ("their", "ihr", "son", "su"): quoted words after one are a noun phrase, as after articles
    possessives: frozenset[str] = frozenset()
    # Possessives of one person that no pronoun lists, with the owner's gender they tell ("" when none: "sa compagne",
    # "su esposa" are of a man or a woman; "seine Frau" of a man): "Sa compagne renchérit" is a description like "his
    # wife" (English "his", "her" are pronouns already)
    owner_possessives: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Possessives of the writer or the speaker ("my", "meine", "ma", "nuestro"): "My wife", "Meine Frau" opening a
    # sentence is someone the article leaves unnamed, whom a "she" next stands for (never the last woman named)
    own_possessives: frozenset[str] = frozenset()
    # Words of a clause that says a person's name is withheld ("His eldest son, who asked that his name not be used,",
    # "Seine Tochter, die nicht genannt werden will,", "Sa fille, qui a requis l'anonymat,", "Su hijo mayor, que pidió
    # no ser identificado,"): the description before it stays someone unnamed, no speaker's name (lower case)
    withheld_name_phrases: tuple[str, ...] = ()
    # The possessive relative and the noun of a name that open a clause about someone's name (lower case: "whose name",
    # "dessen name", "dont le nom", "cuyo nombre"): with a negation after them the clause says the name is withheld,
    # whoever withholds it ("The driver, whose name police have not released,", "Der Fahrer, dessen Namen die Polizei
    # nicht nannte,", "Le conducteur, dont le nom n'a pas été communiqué,", "El conductor, cuyo nombre no trascendió,")
    name_relatives: tuple[str, ...] = ()
    # Phrases that credit words to several people at once, in the sentence of the quote's cue (lower case, "'" for any
    # apostrophe): "said together", "wie aus einem Mund", "d'une seule voix", "al unísono". The words are the group's,
    # no one person's (the first named is no speaker of them)
    chorus_phrases: tuple[str, ...] = ()
    # Words that say a cue's people speak at once, set before their names (lower case: "said together Ann and Jo",
    # "ont déclaré ensemble Awa Diallo et Fanta Keïta", "erklärten gemeinsam", "dijeron juntas"): the names after them
    # are a list of people, though no lexicon knows their first names (``quotes._listed_people``)
    together_words: frozenset[str] = frozenset()
    # A group of people a cue's subject joins to the person it names, after an "and" ("said Hetland and his campaign
    # volunteers", "sagten Döll und seine Familie", "ont annoncé le capitaine Lefranc et ses équipiers", "dijeron la
    # presidenta del jurado y los otros cuatro jueces"; ``quotes._with_group``): the articles that open a plural noun
    # phrase besides the possessives (lower case), the words that may stand in it that are small words otherwise
    # ("the other four judges", "los otros cuatro jueces"), and the nouns of a group with no plural ending ("women",
    # "Familie", "équipe", "gente"). The person and the group speak together, as written: no one of them alone
    plural_articles: frozenset[str] = frozenset()
    other_words: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    # Endings of a noun whose plural is its singular, where a plural article tells it apart from the singular's own
    # ("die Sänger", "die Mitglieder": "der Sänger", "das Mitglied"), lower case; and the nouns of a person ending so
    # that take that article in the singular ("die Tochter", "die Schwester"; "Großmutter" ends in one): one person
    articled_plural_endings: tuple[str, ...] = ()
    articled_singulars: tuple[str, ...] = ()
    # A group's noun phrase cut short before (lower case, ``quotes._group_phrase``): the words of a part or the whole of
    # a place or a body's people, with or without an article before them, after which any noun names a group ("half the
    # village", "die halbe Schäferei Wintermoor", "la moitié du village", "medio pueblo", "todo el barrio"); the links
    # that say where a group is from ("the women from Hagenow", "die Imkerinnen aus Hagenow"; "of", "de" are
    # ``of_links``), those a language joins to their article ("die Nachbarn vom Oberdorf"), and, where nouns are
    # capitalised, the endings of a noun of a place after an article (a place's name after its article is capitalised
    # elsewhere: "the taxi men from the Moneague park"; where they stood is not: "from the back row", "vom Zaun", "aus
    # dem Zuschauerraum"); the first words of the compound prepositions that end a group's phrase ("sus compañeros
    # frente al portón", "ses amis près de la scène", "his mates next to the bar")
    group_parts: frozenset[str] = frozenset()
    # The links after a person that join a group of people to them as speaking with them (lower case: "shouted the
    # mayor along with the members of the club", "rief die Bürgermeisterin zusammen mit den Sängern", "ont crié le maire
    # ainsi que les membres du club", "gritó el alcalde junto con los socios del club"): a crowd, no one person's words
    # (``quotes._crowd``); a person after them is left to the cue ("along with Councillor Ann Hale": the first)
    accompanying_links: tuple[str, ...] = ()
    origin_links: frozenset[str] = frozenset()
    origin_contractions: frozenset[str] = frozenset()
    origin_places: tuple[str, ...] = ()
    compound_prepositions: frozenset[str] = frozenset()
    # The ranks and units of the forces (lower case; ranks as their roles, see role_forms): an abbreviated rank without
    # its stop in a civilian description's name slot is a given name ("The deputy mayor, Col Reardon,"), in a
    # description of the forces the rank ("The base commander, Col Brandt,")
    forces_words: frozenset[str] = frozenset()
    # Titles that are given names too, lower case ("Pastor", "Earl", "Prince", "Reine"): after a role noun in lower
    # case, one before a lone surname is the given name ("el espectador Pastor Iglesias", "the steward Earl Boyd"), as
    # no title stands between a role and a name
    title_given_names: frozenset[str] = frozenset()
    # The ending an adjective of a body's name takes when the definite article before it is dropped, by article, in a
    # language that declines adjectives so ("Der Hessische Apothekerverband" is the "Hessischer Apothekerverband",
    # "Das Deutsche Rote Kreuz" the "Deutsches Rotes Kreuz"; "die Deutsche Bahn" keeps its "-e")
    strong_endings: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Endings of a noun's genitive singular ("des Heimatvereins", "des Landkreises"): a body named in the genitive is
    # the body named without them ("Ein Sprecher des Heimatvereins Altwerder" speaks for the Heimatverein Altwerder)
    genitive_endings: tuple[str, ...] = ()
    # The article of the nominative a genitive's article stands for, in a language that declines its nouns ("der
    # Auszubildenden" is "die Auszubildende", "des Lehrlings" "der Lehrling"): a person named by a role in the genitive
    # is found by the role as a cue would give it
    genitive_articles: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Endings of adjectives declined inside a body's name after its noun ("Gewerkschaft Deutscher Lokomotivführer",
    # "Bund Evangelischer Kirchen", "Verband Kirchlicher Mitarbeiter"): the noun is part of that name, not what the
    # body is before a name of its own ("der Supermarktkette Frischmarkt Süd")
    adjective_endings: tuple[str, ...] = ()
    title_small_words: frozenset[str] = frozenset()  # words a title keeps in lower case ("of", "the")
    # articles: quoted words right after one are a noun phrase, a term or a name ("von einem „Sommer ohne Abkühlung“",
    # "la «precariedad de siempre»"), unless a cue after them credits them as speech
    articles: frozenset[str] = frozenset()
    # a syllable a separable verb takes inside its infinitive ("zu" of "einzulegen", "einlegen"): the same verb
    verb_infixes: tuple[str, ...] = ()
    # Who a speaker is: forms of a title and the role each names ("sen." -> senator, "alcaldesa" ->
    # alcalde), role nouns that are no title before a name ("a former prosecutor"), the determiners
    # that make a description definite ("the senator": someone the article has named), and whether
    # a compound ends in a title ("Finanzministerin": a minister).
    role_forms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Two words that name one role together, the first as its role (a form to its role: "presidenta" -> "presidente"),
    # the second as written, and the role they name ("presidente municipal" -> "alcalde", "premier magistrat" ->
    # "maire"): "la alcaldesa" is the person introduced as "la presidenta municipal"
    role_phrases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Role nouns wider than a role of their own family, and the roles they may stand for when no one holds their own
    # ("la responsable del centro" of "La directora del Hospital Regional, Liz Benítez,"): the one person of the
    # description's gender who holds one of them, never a guess between two (``Cast.described``)
    role_hypernyms: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # Verbs of a relative clause after a name that give the role of whoever does them, and the role noun ("Morag
    # Dewar, who convenes the committee," is "the convener"; "qui préside", "que dirige", "die … leitet")
    role_verbs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Words of a description that say only that someone heads or runs something, or their gender ("the man
    # responsible for the county's roads", "die Frau an der Spitze des Landkreises", "le patron des pompiers", "el
    # hombre fuerte del Invías"): the words after them must fit what the article said of someone (``Cast.fitting``)
    fit_generic: frozenset[str] = frozenset()
    # Openings of words that tell a public office or an institution of one, in ``fit_form`` (unaccented, lower case):
    # nouns of any office ("official", "Mandatar", "élu", "funcionario"), its institutions ("Capitol", "Rathaus",
    # "mairie", "ayuntamiento"), being elected, appointed or representing. A description with one ("the woman from the
    # Capitol", "der Landespolitiker", "l'élu provincial", "el servidor público") describes an office holder, not a
    # private person introduced by a deed or a trade (``Cast.fitting``), and a person whose words hold one holds an
    # office. Filled from what each language's regions call offices, not from the evaluation sets. In a language of
    # compounds an opening of six letters or more may stand inside a word ("Kommunalpolitiker").
    office_words: frozenset[str] = frozenset()
    # Nouns for a person of one sex that are no title ("woman", "lady", "gentleman"; "Frau", "Mann"; "femme", "homme";
    # "mujer", "hombre"; lower case): a description headed by one tells its gender ("said the woman from the Capitol"),
    # where a language's article does not; in a language of compounds, a compound's end too ("Feuerwehrmann")
    male_nouns: frozenset[str] = frozenset()
    female_nouns: frozenset[str] = frozenset()
    # The endings that make a noun for whoever does or works at what a shorter word names, as ``Cast.fitting`` compares
    # words (lower case, unaccented, a last "s" or "e" cut: "lead" -> "leader", "ferry" -> "ferryman", "crie" of "criée"
    # -> "crieuse")
    agent_endings: frozenset[str] = frozenset()
    # The endings a noun for whoever does a deed takes after the verb's stem, as ``Cast.fitting`` compares words (lower
    # case, unaccented, a last "s" or "e" cut): "carv" of "carves" -> "carver", "tej" of "teje" -> "tejedora", "tiss"
    # of "tisse" -> "tisserand(e)", "vermiet" of "vermietet" -> "Vermieterin". A description headed by one is whom the
    # article showed doing that deed ("Rosalba Ipuana teje mochilas" is "la tejedora")
    deed_endings: frozenset[str] = frozenset()
    # A verb's forms whose stem an agent noun is not made of, each to that stem (lower case, unaccented: "built" ->
    # "build", "made" -> "make", "wove" -> "weave"; "gewoben" -> "web"), and the openings a participle takes before
    # the stem (German "ge": "gebaut" -> "bau"): "has built eleven gigs" is what "the boatbuilder" does, "hat …
    # Rodel gebaut" what "der Rodelbauer" does (roles58, ``Cast._deed_forms``). Irregular verbs of the trades, not
    # the evaluation sets' words
    deed_forms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    participle_openings: tuple[str, ...] = ()
    # The endings a noun for whoever comes from a place takes after the place's name (lower case, unaccented, the
    # name's last vowel dropped: "Täsch" -> "Täscherin", "Sabinosa" -> "sabinosero", "Molène" -> "Molénaise",
    # "Quemchi" -> "quemchina"): a description headed by one is whom the article said that place of ("die im
    # Nachbardorf Täsch aufgewachsen ist": "die Täscherin"; ``Cast._origin_places``)
    origin_endings: frozenset[str] = frozenset()
    # Links a description's complement may open on that the stopwords lack (lower case: French "à", "l'homme à
    # l'écharpe", "la femme à la casquette"): the description goes on after one (``quotes._description_after``), and its
    # noun phrase ends before it (``Cast.fitting``)
    description_links: frozenset[str] = frozenset()
    # Deeds whose doer's noun no ending makes (see deed_table): the openings of a verb's forms (lower case) to the
    # nouns (lower case) for whoever does it ("teach taught" -> "teacher schoolteacher"; "unterricht" ->
    # "Lehrerin", "Studienrätin"; "enseign" -> "institutrice"; "enseñ" -> "maestra"): a description headed by one is
    # whom the article said it of ("die vor ihrer Wahl zwanzig Jahre Deutsch unterrichtet hat": "die einstige
    # Studienrätin"). Filled from the trades and professions of every region, not from the evaluation sets
    deed_nouns: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # Words that make a description one of what someone was ("former", "ehemalige", "einstige", "ancienne", "antigua";
    # lower case; a noun may carry "ex" or "ex-" written onto it, "la exenfermera"): its head said of someone by the
    # article ("fue enfermera durante veinte años") is a role of theirs for the fit
    former_words: frozenset[str] = frozenset()
    # Words a passage says a past by (lower case: "before", "until", "retired"; "früher", "bis", "war"; "jadis",
    # "jusqu", "pendant"; "antes", "hasta", "durante"): a description of what someone was ("der Salzbergmann von
    # einst", "l'ancien perliculteur") fits by its content words the person whose passages state a past (roles57,
    # ``Cast.fitting``), not one of whom the article says the same thing now
    past_words: frozenset[str] = frozenset()
    # Nouns that say their holder heads what the description's complement names (lower case: "head", "chief",
    # "director"; "Vorsteherin", "Leiter"; "directrice", "dirigeante"; "jefe", "presidente"): "the hospital chief",
    # "die Vorsteherin des Bezirks", "la directrice d'école", "el presidente municipal" fit the person who heads
    # something the complement's words are said of, by their head's word or an office they hold (roles57,
    # ``Cast.fitting``)
    office_heads: frozenset[str] = frozenset()
    # Nouns whose grammatical gender tells nothing of the person's sex ("la autoridad tradicional" may be a man; "die
    # Lehrkraft", "la personne", "l'autorité coutumière"; lower case): a description headed by one tells no gender
    epicene_nouns: frozenset[str] = frozenset()
    # The places and bodies a role heads, each to that role ("city" -> "mayor", "Landkreis" -> "Landrat", "wilaya" ->
    # "wali"): a description of the head of one ("the city's first citizen", "der Hausherr im Rathaus") fits the person
    # holding the role (``Cast.fitting``); see domain_table
    domain_roles: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # The seats whose head holds a role, each to that role (lower case; see domain_table): a description headed by a
    # noun of one who heads (``office_heads``) whose complement, or a compound's opening before the head noun, is
    # such a seat ("die Chefin der Inselverwaltung", "die Inselchefin", "la jefa del pueblo", "the island's chief")
    # fits whoever holds the role (roles58, ``Cast._seats_headed``). A complement's compound counts by its last part
    # ("Inselverwaltung" is a "Verwaltung"), never by a part inside it ("Dorfladen" is a shop)
    headed_seats: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Domains a person's work is of, each closed by ";", each the words (lower case) of its places, institutions,
    # trades and adjectives ("port harbour wharf quay portuary maritime"; "Bahn Eisenbahn Gleis Zug"; "rail ferroviaire
    # cheminot gare"): a description by what its holder runs or works at ("the woman from the harbour", "der Mann von
    # der Eisenbahn", "l'homme du rail") fits whoever the article tied to a word of the same domain ("the ports
    # authority", "Regionalbahn", "société ferroviaire"). A word of five letters or more opens the words of its domain
    # ("hospital" of "hospitalier"); in a language of compounds one of four or more opens or ends one ("Regionalbahn").
    # Filled from the domains of public life in every region, not from the evaluation sets; see domain_families
    domain_families: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    # Classes of roles, filled from every region a language is written in ("mayor", "reeve", "burgomaster", "first
    # citizen"; "colonel", "commandant", "officer"; "Staatsrätin", "Regierungsrat", "Regierungsfrau"): a description of
    # a class fits a person holding a role of it, whatever its words ("a observé l'officier" of "le colonel X"), and a
    # person credited who holds roles of none of its classes is not it (``Cast.fitting``); see class_table. Each word
    # (lower case) to the classes it describes, and each role to the classes its holder is of
    class_nouns: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    class_roles: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    role_nouns: frozenset[str] = frozenset()
    second_roles: frozenset[str] = frozenset()  # "vice", "deputy": the role after them is another one
    # "former": a title word that names no role of its own ("Former Mexican presidents" is no Mr. Mexican)
    role_modifiers: frozenset[str] = frozenset()
    # Roles of the people a story is about ("the candidate", "the Florida senator"): a description with one that the
    # article gave no one is the person the text is about (unlike "the spokesman", "the aide", "the judge")
    public_roles: frozenset[str] = frozenset()
    # Roles that name any holder of a public office ("l'élue", "the politician", "la edil", "die Politikerin"): they stand
    # for the person the text is about when that person holds one of the public roles
    office_nouns: frozenset[str] = frozenset()
    # Nouns for a business ("the company", "das Unternehmen"): with no body named, the latest name nothing showed to be
    # a person is the business they stand for ("whether Greyscar Aggregates may dig ... The company says")
    company_nouns: frozenset[str] = frozenset()
    # Roles whose words are their body's ("a government spokesperson" speaks for the government; "la portavoz" no
    # one was given is nobody the text is about)
    voice_roles: frozenset[str] = frozenset()
    # Roles that head a body and speak for it (president, chair, chief executive, director, secretary general): with
    # the voice roles, a person the article gives one of its body ("le président du Stade Garonnais, Alain
    # Castagnède") voices the body's own statements (verify.extract.cast: Person.speaks_for)
    officer_roles: frozenset[str] = frozenset()
    # Words after a role that open the body it serves ("chief executive of", "a spokesperson for", "Sprecherin bei")
    body_links: frozenset[str] = frozenset()
    publication_links: frozenset[str] = frozenset()  # "in" of "an editorial in The Des Moines Register"
    # A participle and the link of its agent that tie a document to its author after the noun ("a court document filed
    # by state attorney Dave Aronberg", "un communiqué publié par la mairie", "un comunicado emitido por el
    # Ayuntamiento"): the author speaks for the document (German puts them before the noun: "eine von X
    # veröffentlichte Erklärung")
    authored_participles: frozenset[str] = frozenset()
    agent_links: frozenset[str] = frozenset()
    # Where words come from, before the body that speaks through an impersonal cue ("Von der Gemeinde heißt es:", "Aus
    # dem Rathaus hieß es:", "Desde el Ayuntamiento se informó:"): the body speaks, as a publication does
    source_links: frozenset[str] = frozenset()
    # A link of "of" and an article in one word, to that article ("del" -> "el", "du" -> "le", de "des" -> "der", a
    # genitive): after a frame of "the words of" the role it links names the speaker ("En palabras del alcalde, «…»",
    # "Selon les mots du maire :", "Mit den Worten des Bürgermeisters:"), as "el alcalde", "le maire", "der
    # Bürgermeister"
    contracted_articles: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # An impersonal subject ("on") and the words of place before a body it speaks for when they open its sentence ("Du
    # côté de la mairie, on assure :", "À la préfecture, on explique :"): the body speaks, as after an impersonal cue
    # (``source_links``; German "man" after its verb is not read as a cue's subject)
    impersonal_subjects: frozenset[str] = frozenset()
    # Nouns for a part someone plays in a contest ("the winner", "le vainqueur", "el vencedor", "der Sieger"): one of
    # the contestants, never someone the article gave an occupation (their coach, the referee; see
    # ``Cast._described_topic``)
    contest_roles: frozenset[str] = frozenset()
    # Phrases of saying made of a verb and a noun, the noun lower case to the verb's forms ("Bilanz ziehen": "bilanz" ->
    # "zog zieht ..."; "take stock", "dresser le bilan", "hacer balance"): a colon after the noun opens the subject's
    # words, as after a cue verb, the subject maybe after the verb ("Am Morgen zog der Trainer Bilanz:", "Tras el
    # partido hizo balance el entrenador:")
    saying_phrases: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    impersonal_places: tuple[str, ...] = ()
    definite: tuple[str, ...] = ()
    plural_definite: tuple[str, ...] = ()  # the plural definite articles, where they differ ("les", "los", "las")
    # The gender a definite article tells of the person a description names ("el valenciano", "la autora", "le
    # sexagénaire"): a description of no listed role is as gendered as a pronoun
    definite_genders: Mapping[str, Gender] = field(default_factory=lambda: MappingProxyType({}))
    # The pronoun that stands for a body named after each definite article, in a language whose nouns have a gender
    # ("Die Handelskammer lehnte ab. „…“, sagte sie"; "Le syndicat a refusé. « … », a-t-il ajouté"), lower case. English
    # has "it" for every body (a neuter pronoun); Spanish leaves the subject out («…», añadió), and an "ella" there
    # is a person far more often than a body, so it has none
    body_pronouns: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # articles that tell a gender only before a noun of these endings ("die Vorsitzende" is a woman, "die Vorsitzenden"
    # and "die Ermittler" are many)
    singular_endings: Mapping[str, tuple[Gender, tuple[str, ...]]] = field(default_factory=lambda: MappingProxyType({}))
    # Indefinite articles that tell a woman before a noun of these endings, whatever the noun ("Eine Jeckin im Kostüm
    # einer Biene", "Eine Köchin", "Eine Nachbarin"): an unnamed woman opening a sentence, though no lexicon lists the
    # noun; then the endings of feminine nouns for things that end so ("Medizin", "Disziplin", "Doktrin")
    indefinite_feminine_endings: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # Relative pronouns only a person takes ("One fan who queued ...", "un aficionado, quien ..."): an indefinite
    # description they follow is someone unnamed, though no lexicon lists the noun
    person_relatives: frozenset[str] = frozenset()
    # Endings of nouns for a woman, where the article does not tell ("l'autrice", "die Managerin")
    feminine_endings: tuple[str, ...] = ()
    # Endings of nouns for a person, of either gender, in a language whose articles tell it ("bióloga", "periodista",
    # "investigador"; "sociologue", "chroniqueuse", "pharmacien"): a definite article before one and a name ("la bióloga
    # melillense Salima Hamed") tells the person's gender (``Cast.learn_roles``), unless the noun is a thing's or a
    # body's ("la asociación ecologista Costa Viva")
    person_endings: tuple[str, ...] = ()
    compound_titles: bool = False
    # Words that end a compound title though alone they are none ("Rat" is a council, "Meister" a champion, "Vorstand"
    # a board): "Kreisbrandrat Josef Wiedemann", "Oberstudienrätin", "Hausmeister", "Bundesvorstand Guido Reil" name a
    # person holding that office, and the whole compound is the role ("der Kreisbrandrat" is he, not any "Stadtrat")
    compound_title_ends: frozenset[str] = frozenset()
    # Organisation words shorter than a compound's body ending may be (see cast._COMPOUND_BODY) that still end one
    # ("Mieterbund", "Bauernbund": "-bund"; not "-amt", "-bank", which end too many other words), or endings that make
    # a noun a business ("Molkerei", "Brauerei": "-erei"); in a language that writes no compounds, the nouns of a
    # business its bodies' names end in ("Hillside Creamery", "Fromagerie du Jura" ... "the creamery said", "la
    # fromagerie a indiqué": one body named two ways, verify.judge._one_body_described)
    compound_body_ends: frozenset[str] = frozenset()
    # Nationalities and fields a person is described by ("a former Swedish defence minister", "délégué syndical")
    # and the nouns for one such person that find them ("the Swede", "le syndicaliste"): see affiliation_table
    affiliations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    affiliation_nouns: frozenset[str] = frozenset()
    # Endings of the nouns for a nationality or a place's people, as a language capitalises them ("the Kenyan", "le
    # Béninois", "la Québécoise", "der Kenianer"): such a noun after a definite article and before a full name is a
    # description, no part of the name ("le Béninois Fiacre Houngbo" is Fiacre Houngbo), whatever the lists hold
    # (Spanish writes them in lower case: "el chileno Juan Pablo Rojas" holds no capitalised noun before the name)
    nationality_noun_endings: tuple[str, ...] = ()
    # The links after a person's name to the body they are of (lower case, either apostrophe): "Jens Kuhnert von
    # der IG Metall", "Ann Roe of the Rail Union", "Paul Morin, du syndicat Sud-Rail": a field of ``affiliations`` in
    # the body's name (a word of it, or in a language of compounds the end of one: "Industriegewerkschaft") is the
    # person's, so that "der Gewerkschafter", "the unionist" find them
    member_links: tuple[str, ...] = ()
    thing_words: frozenset[str] = frozenset()  # capitalised words that make a phrase a thing or an event
    # Endings of nouns that name a thing, never a person ("Zeitung", "Studie", "Ermittlung"): a sentence opening on one
    # makes the "sie" or "er" next the thing's (a noun of no such ending may be a person's the lexicon lacks:
    # "der Angeklagte", "die Kollegin")
    thing_endings: tuple[str, ...] = ()
    # Spelt-out numbers of several words: the words inside one ("hundred and one", "treinta y cinco"), the
    # words that multiply the smaller number before them ("two hundred", "deux cents", "dos mil",
    # "quatre-vingts"), and whether the language writes a number as one word ("dreihundertfünfzig").
    number_connectors: frozenset[str] = frozenset()
    # The words between the two ends of a range of numbers ("between seventy and eighty thousand", "two or three
    # hundred", "zwei- bis dreitausend", "de septante à huitante mille", "entre dos y tres mil"): a magnitude written
    # once, after the second end, scales both
    range_links: frozenset[str] = frozenset()
    # The word between a number's whole part and its decimals, said aloud ("two point five", "zwölf Komma fünf",
    # "vingt-deux virgule cinq", "dos punto cuatro", "uno coma cinco"): with a number in words on each side it is the
    # decimal mark, "93,4" or "93.4" ("point" and "Komma" alone are words: "at that point five", "ein Komma fehlt")
    decimal_words: frozenset[str] = frozenset()
    # Whether the number connector joins a ten and its unit into one number ("treinta y cinco", "vingt et un"), so that
    # a magnitude after the unit multiplies both: "treinta y cinco mil" is 35 000, "vingt et un mille" 21 000 (English
    # "and" is a range's too: "between twenty and five thousand")
    tens_connected: bool = False
    # The word for minus before a number, said aloud ("minus fifteen", "moins quinze", "menos quince", "minus
    # fünfzehn"): the number below zero, "-15"; not after a number ("trois heures moins dix", "five minus three"),
    # nor after a word that makes it another word (``not_minus_before``: "au moins quinze" at least, "plus ou moins
    # quinze" about, "al menos", "por lo menos", "plus or minus")
    minus_words: frozenset[str] = frozenset()
    not_minus_before: frozenset[str] = frozenset()
    # The word for below before zero after a number, a temperature's word between them or none ("fifteen below zero",
    # "15 Grad unter null", "quinze degrés sous zéro", "quince grados bajo cero"): the number below zero, "-15"
    below_words: frozenset[str] = frozenset()
    # The word for below alone after a number, no zero after it, as a temperature below zero ("fifteen below", "It was
    # 15 below last night"), read so at a clause's end or before one of ``below_alone_before`` (words of the time of
    # day): "ten below par", "fifteen below the average" keep their words
    below_alone: frozenset[str] = frozenset()
    below_alone_before: frozenset[str] = frozenset()
    # The words before a year said in two pairs of digits, as English says one ("in nineteen ninety-eight" 1998,
    # "since twenty twenty-one" 2021): the pair read as that year only after one of them (no "fifteen twenty-dollar
    # bills"), its first number thirteen to twenty (no time: "by eleven forty-five")
    year_pair_openers: frozenset[str] = frozenset()
    # The word for a zero said as a digit before a digit after a number in words ("nineteen oh five" 1905, "nine oh
    # five" 9:05): the two read as the pair's digits "05"
    zero_digit_words: frozenset[str] = frozenset()
    degree_words: frozenset[str] = frozenset()
    celsius_words: frozenset[str] = frozenset()  # the scale written out after degrees ("Celsius", "centígrados")
    # The words after a negation that needs a partner ("ne") that make it say "only" ("Il ne reste que deux places"):
    # no partner after them is its own ("ne reste que deux places de plus")
    restrictive_words: frozenset[str] = frozenset()
    number_multipliers: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    glued_numbers: bool = False
    # A half after a number or its magnitude ("two and a half", "deux millions et demi", "un millón y medio"), and
    # written onto a number in a language that glues them ("dreieinhalb")
    halves: tuple[tuple[str, ...], ...] = ()
    # Words that join two clauses of one sentence ("and", "but"): a clause of a quote joined from two answers opens
    # with one that the answer did not have ("..., and we will not sign")
    clause_conjunctions: frozenset[str] = frozenset()
    # The joining words that are adverbs or particles too ("so tired", "not yet", "das ist aber teuer", "ja doch",
    # "il faut donc partir"): a clause they open follows a comma, so they never split one where they stand
    adverb_conjunctions: frozenset[str] = frozenset()
    # The words that join two names as one couple ("Derek and Brenda Sloane", "Anna und Peter Huber"): two people who
    # share the surname written once, after the second first name
    and_words: frozenset[str] = frozenset()
    # Nouns for two or more people of one family, lower case ("couple", "Ehepaar", "époux", "matrimonio"): a first name
    # no lexicon knows, joined by an "and" to a name right after such a noun, is one of them ("Ein Ehepaar aus Aurich,
    # Enno und Hilke Janssen": Enno Janssen)
    couple_nouns: frozenset[str] = frozenset()
    # The small words inside a body's name, lower case: a link, perhaps with its article, or an "and" ("University of
    # Northfield", "Gewerkschaft der Polizei", "Ministère de l'Économie et des Finances", "Organismo de Agua de los
    # Valles", "Haus und Hof Lindenhain"). Read in every language: a body keeps its name in a text of another language
    name_joiners: tuple[str, ...] = ()
    # A preposition and its article in one word inside a body's name after the body's noun in lower case ("l'association
    # Droit au Toit Douaisien", "la asociación Amigos al Rescate", "der Verein Leben am Fluss"): read only where that
    # name opens its sentence, before its verb; after a verb the word is whom the words were told to ("a déclaré
    # l'association X au Parisien", "dijo la asociación X al diario"). English has no such word ("at", "on" after a
    # name are most often a place or a day: "Clinton at a rally", "Trump on Tuesday")
    name_contractions: tuple[str, ...] = ()
    # Nouns for people in the plural that open a body's name before its "of" part, capitalised ("Friends of the Earth",
    # "Les Amis de la Terre", "Amigos de la Tierra", "Freunde der Erde"): the run names a body, though it holds no
    # organisation word (not "Residents of Kirkby", people of a place)
    people_body_nouns: frozenset[str] = frozenset()
    # Nouns for people in the plural that a group is named by, with the body, school or place they are of after a link
    # ("Students of Naparima Girls' High School", "Die Helferinnen und Helfer des THW-Ortsverbands", "Les élèves de
    # l'Athénée royal", "Las pescadoras y los pescadores de la asociación …"): the cue's subject found in that
    # complement is the group, never the body, school or place (pupils, workers, residents, trades, the faithful, fans
    # … of every region the language is written in)
    people_plurals: frozenset[str] = frozenset()
    # Those that open the part of a body's name after its organisation word, with the article they may take, lower case
    # ("Ministry of Health", "Department for Education", "Ministerium für Umwelt", "Ministère de la Santé", "Ministerio
    # de las Culturas"; an elided article is written onto the name: "de l'"): read in every language, as the joiners
    of_links: tuple[str, ...] = ()
    half_suffix: str = ""
    # Words that say one and a half alone ("anderthalb Kilometer" is 1.5 km, as "eineinhalb" is)
    one_and_a_half: frozenset[str] = frozenset()
    # A part of a unit said as a phrase, and the smaller unit a figure writes for it: of an hour ("media hora" ->
    # "30 minutos", "a quarter of an hour" -> "15 minutes", "eine Viertelstunde" -> "15 Minuten"; a duration, never a
    # time of day: "une heure et demie" is 1.30 too, and is left out), of a kilo ("un cuarto de kilo" -> "250
    # gramos"; "medio kilo" is "0,5 kg" as often as "500 g", and is left out)
    unit_part_phrases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # A half before a magnitude, the article before it read off too ("half a million", "medio millón", "eine halbe
    # Million", "un demi-million"): half of it
    half_words: frozenset[str] = frozenset()
    # Shares of a whole other than a half, by the share they name, before a magnitude (the words that link them, the
    # article after the link and the number or article before the share read off too: "three quarters of a million",
    # "a quarter of a million", "tres cuartos de millón", "trois quarts de million", "eine Dreiviertelmillion" written
    # as one word): that share of it, as "750 000" writes it. Only shares a decimal writes out (quarters, fifths,
    # eighths, tenths: a third of a million is no figure anyone writes)
    magnitude_shares: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # The words between a share and its magnitude, the article after them left out ("of a", "de", "d'un")
    magnitude_share_links: frozenset[str] = frozenset()
    # The words for "first" the ordinals leave out (a title's word: "Premier ministre", "primer ministro"), which before
    # a month are its first day all the same ("le premier janvier", "el primero de enero", "am ersten Januar")
    first_words: frozenset[str] = frozenset()
    # How words that multiply a quantity begin ("doubl" of "double", "doubled"; "verdreifach"): a number, so that
    # "triple" for "double" is a number change
    multiple_stems: tuple[str, ...] = ()
    # Words naming a share of a whole ("Drittel", "tiers", "tercio"): numbers, so that "ein Drittel" for "ein Viertel"
    # is a number change (English "third" is an ordinal, "half" an amount word already)
    fractions: frozenset[str] = frozenset()
    # The share or the multiple a figure word says, by how the word begins, as one value in every language ("Hälfte",
    # "mitad", "moitié", "half": 1/2; "verdoppelt", "duplicado", "doublé", "doubled": x2): a reworded quote that says a
    # figure of its source in other words ("La mitad de la plantilla" of "el 50 % de los trabajadores") adds none
    figure_values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # A share said as a count out of a number: the words between them ("one in three", "two out of five", "un sur
    # trois", "uno de cada tres", "zwei von drei"), and the words before an ordinal that say one of each so many
    # ("jede dritte", "every third"): "1/3", as "33 %" and "ein Drittel" say it
    out_of_links: tuple[str, ...] = ()
    # The word between a share and what it is a share of ("33 % of the members", "un tiers des voix", "el 33 % de los
    # socios"): a share said two ways may take it on one side only ("one in three members")
    share_links: frozenset[str] = frozenset()
    every_words: frozenset[str] = frozenset()
    # Words for one that stand for one of those counted before a count out of a number, which its ``number_words``
    # leave out as pronouns ("Einer von drei Fahrern": 1/3, as "one in three riders" is)
    counted_ones: frozenset[str] = frozenset()
    # Ordinal numbers in every form the language writes them ("third", "dritten", "troisième", "tercera"), each with
    # its value: read as "3th", so that "zum dritten Mal" for "zum vierten Mal" is a number change and "3rd",
    # "3e", "3.º" and "third" are one word. (The words for "first" of a language that titles with them, "Premier
    # ministre", "primer ministro", "Erster Bürgermeister", are left out: a title, not a count.)
    ordinals: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # The words for "first" in every form, left out of ``ordinals`` (a title's word), and whether the language writes
    # an ordinal as its figure and a full stop ("zum 3. Mal", read "3" by the normaliser): a quote's "zum ersten Mal"
    # of "zum 1. Mal", "por primera vez" of "por 1.ª vez", "zum dritten Mal" of "zum 3. Mal" is the same count,
    # compared by the aligner only
    first_ordinals: frozenset[str] = frozenset()
    ordinal_dot: bool = False
    # Endings of an ordinal written onto a number of twenty or more glued in one word ("dreiundzwanzigste")
    ordinal_suffixes: tuple[str, ...] = ()
    # Marks of an ordinal written onto a figure ("3rd", "3e", "1re", "3.º", "3.ª")
    ordinal_marks: tuple[str, ...] = ()
    # How many times: the word after a number ("three times", "drei Mal", "trois fois", "tres veces"), which a
    # language that glues numbers writes onto the number too ("dreimal", "zwanzigmal"); and words saying a number of
    # times alone ("twice"): "twice" is "2 times", "dreimal" is "3 mal", so "zweimal" for "dreimal" is a number change
    times_word: str = ""
    # Heads of an adjective or noun that a language writes onto a number word as one word, and as a figure and a
    # hyphen: "hundertjährig" is "100-jährig", "zehnfache" "10-fache", "hundredfold" "100-fold" (blind set 57's
    # "einem hundertjährlichen Hochwasser" of "100-jährlichen" was ``altered``); and the endings the heads take
    # ("-e", "-en", …). A number under two glued so is another word ("einfach", "einseitig", "einmalig").
    glued_heads: frozenset[str] = frozenset()
    glued_head_endings: tuple[str, ...] = ()
    multiplicatives: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    date_words: frozenset[str] = frozenset()  # months and weekdays: a changed one is a changed date
    # Whether the language writes its months and weekdays capitalised ("Tuesday", "Dienstag"): where it does not
    # ("domingo", "mardi"), a capitalised one inside a sentence is a name ("Domingo Trujillo Padrón")
    capitalised_dates: bool = False
    # Words that place a date in its month or open a span from or to it, written capitalised ("Ende März", "Anfang
    # Mai", "Ab Januar", "Seit Montag"): with a month or a day, no name
    month_parts: frozenset[str] = frozenset()
    # A month or weekday spelt two ways, each one of the date words ("setiembre" is "septiembre"): the same date
    date_variants: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Words of time that, with the date words, may stand between an inverted cue verb and its speaker
    # ("a déclaré mardi soir la maire", "dijo ayer el alcalde", "said Tuesday night Ann Cole").
    time_words: frozenset[str] = frozenset()
    # Words after a time of day ("3.40 Uhr", "21.30 heures", "las 9.15 horas"): the figure before one is hours and
    # minutes, whether a full stop or a colon sets them off
    clock_words: frozenset[str] = frozenset()
    # A time of day said in words (read by the aligner only, never stored): the words for the part of an hour
    # ("half", "quarter"; "halb", "Viertel"; "demie", "quart"; "media", "cuarto") with its minutes; the words between
    # minutes and the hour they are past or to ("half past five", "zehn nach acht"; "huit heures et quart", "las ocho y
    # diez") and to ("a quarter to eight", "Viertel vor acht", "huit heures moins le quart", "las ocho menos cuarto");
    # the words before an hour that name a time from it alone, with their minutes from that hour (German "halb sechs"
    # 5.30, "Viertel acht" 7.15, "drei viertel acht" 7.45 as some regions say them; British "half five" 5.30); the
    # names of an hour ("noon", "Mitternacht", "midi", "mediodía") with its minutes from midnight; and the words for
    # minutes ("ten minutes past eight"); ``clock_hour_first``: the language says the hour before its minutes ("huit
    # heures et quart", "las ocho y diez"), not after them ("a quarter past eight", "Viertel nach acht")
    clock_parts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    clock_past: frozenset[str] = frozenset()
    clock_to: frozenset[str] = frozenset()
    clock_before_hour: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    clock_names: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    minute_words: frozenset[str] = frozenset()
    clock_hour_first: bool = False
    # Words for "to" between the minutes and the hour in a language that says the hour first otherwise (Latin American
    # "cuarto para las siete" 6.45, "diez para las ocho" 7.50, beside "las siete menos cuarto")
    clock_minutes_to: frozenset[str] = frozenset()
    # More of a time of day said in words (read by the aligner only): a clock word after which an hour written as a
    # figure is still on the twelve-hour clock speech uses ("5 o'clock" is 5.00 or 17.00: nobody says "17 o'clock");
    # the words after an hour that say the half of the day, with the minutes they add to an hour under twelve (0 or
    # 720: "acht abends", "ocho de la tarde", "eight in the evening", "huit heures du soir" are 20.00; "in the
    # morning", "du matin" the morning's; NIGHT: "at night", "nachts", either half by the hour), the articles of a
    # phrase left out as the time's reading leaves them out; and the words before an hour that make a bare number an
    # hour ("by eight", "um acht", "à huit", "a las ocho"), so that it is the time a source writes as a figure with its
    # clock word or colon ("by 20:00", "à 20 heures").
    twelve_hour_words: frozenset[str] = frozenset()
    day_parts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    hour_openers: tuple[str, ...] = ()
    # Words an accent tells apart from another word ("él" he / "el" the, "sí" yes / "si" if, "où" / "ou"): compared
    # with their accents even against a text that writes none ("Él no está" is no "El no esta" said for sure)
    accent_words: frozenset[str] = frozenset()
    percent_words: tuple[str, ...] = ()  # "per cent", "por ciento", "Prozent": each is "%"
    # Currency words and the code an amount carries ("Dollar", "dólares" -> "usd"), and the words that join an
    # amount to its currency ("millones de euros", "millions d'euros")
    currency_words: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Currencies whose name is another word too (Botswana's "pula", rain; Panama's "balboa", a name), read as a
    # currency only after an amount of a thousand or more ("two million pula")
    scaled_currency_words: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    amount_links: frozenset[str] = frozenset()
    # The cents said after an amount's currency: the words naming them ("cents", "Cent", "centimes", "céntimos"),
    # after which one of ``number_connectors`` may join them ("fourteen dollars and twenty cents"), and the words
    # that join them with no such word after them ("catorce pesos con veinte"); with neither, the cents closing the
    # amount's phrase ("vierzehn Euro zwanzig", "quatorze euros cinquante")
    cents_words: frozenset[str] = frozenset()
    cents_links: frozenset[str] = frozenset()
    # Units of measure written out, and the symbol each is after a number ("metres", "Meter", "mètre" -> "m"):
    # "4,000m" and "4,000 metres" are one length
    unit_words: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # A rate written out after a unit ("Kilometer pro Stunde", "kilometres per hour"): the words for "per" and the
    # units of time after them, as their symbol, so that it compares as "km/h"
    rate_words: frozenset[str] = frozenset()
    rate_units: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Elided words written onto the next ("n'avons", "qu'il") and the word each stands for ("n'" -> "ne"): read as
    # two words, so that "n'avons" against "avons" is an added "ne" and "d'euros" a currency
    elisions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def first_name_gender(self) -> Mapping[str, Gender]:
        """Common first names and the gender they usually carry."""
        return _first_names(self)


_FIRST_NAMES: dict[str, Mapping[str, Gender]] = {}


def _first_names(lexicon: Lexicon) -> Mapping[str, Gender]:
    table = _FIRST_NAMES.get(lexicon.code)
    if table is None:
        table = MappingProxyType(
            {
                **{n: Gender.MALE for n in lexicon.male_names},
                **{n: Gender.FEMALE for n in lexicon.female_names},
                **{n: Gender.UNKNOWN for n in lexicon.unisex_names},
            }
        )
        _FIRST_NAMES[lexicon.code] = table
    return table


# Imported after Lexicon exists: each language module builds one.
from . import de, en, es, fr  # noqa: E402  (the language modules need the Lexicon class above)

LEXICONS: Mapping[str, Lexicon] = MappingProxyType(
    {lex.code: lex for lex in (en.LEXICON, de.LEXICON, fr.LEXICON, es.LEXICON)}
)
# Pronouns and function words of every language with a lexicon: never a speaker, whatever the article's
# language was taken to be ("Er" in a German page read as English).
FUNCTION_WORDS: frozenset[str] = frozenset().union(
    *(
        set(lex.pronouns) | lex.not_names | set(lex.determiners) | lex.stopwords | lex.prepositions
        for lex in LEXICONS.values()
    )
)
# The endings of a species' Latin epithet, the lower-case word after the capitalised genus of a scientific name
# ("Tarentola chafarinensis", "Homo sapiens", "Canis lupus", "Apis mellifera", "Tarentola mauritanica"): the same
# in every language's press, which prints the name in italics or in quote marks (a name, never a quote).
LATIN_EPITHET_ENDINGS: tuple[str, ...] = (
    "ensis", "ense", "ensium", "us", "um", "ae", "ii", "is", "oides", "ica", "icum", "ata", "atum", "ana", "anum",
    "ina", "inum", "ella", "ellum", "alis", "ale", "ens", "ans", "ifera", "iformis", "orum", "arum", "ix", "ex",
)  # fmt: skip
# Each language's stopwords that no other lexicon has: what tells close languages apart.
_OWN_STOPWORDS: Mapping[str, frozenset[str]] = {
    code: frozenset(lex.stopwords.difference(*(other.stopwords for o, other in LEXICONS.items() if o != code)))
    for code, lex in LEXICONS.items()
}

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Characters that are never part of a token (ASCII marks and digits, quote marks, dashes; no letter, no apostrophe):
# stripped from both ends of a word between white spaces, what is left is most often letters alone, one token.
_NO_TOKEN_EDGE = "".join(c for c in map(chr, range(33, 128)) if not c.isalpha() and c not in "'") + "“”„«»‹›‘–—…"
_SAMPLE_CHARS = 20_000  # the language of an article shows in its first pages; bounds the work
_MIN_WORDS = 40  # fewer words than this (a headline, a short draft) cannot tell one language from another
# A text of fewer words than _MIN_WORDS but at least this many tells its language when the best lexicon's
# stopwords make up at least _SHORT_MIN_SHARE of it (and its own ones lead by _MARGIN): a German press release
# of 36 words has 0.39 German stopwords.
_MIN_SHORT_WORDS = 12
_SHORT_MIN_SHARE = 0.25
_MIN_SHARE = 0.15  # share of stopwords in running text: ~0.3-0.5 in the language itself, <0.15 elsewhere
# The best language's share of its OWN stopwords (those no other lexicon has) must lead the next one's by
# this factor. Shared words ("de", "la", "en", "que") made French and Spanish close on all stopwords (a
# French council report: 0.34 against 0.23, under the 1.5 once asked); on their own words the 48 articles
# of the tune sets lead by 9x (German against English) to 100x and more (French against Spanish).
_MARGIN = 3.0


# Courtesy titles of every lexicon, sorted (a pattern's text built from them, a saved regex cache's key, is the same in
# every run): the name and sentence patterns that read them are built once for all languages, and a title of another
# language stands before a name quoted in any ("said Herr K." in an English report of a German trial)
ALL_COURTESY_TITLES: tuple[str, ...] = tuple(sorted({t for lex in LEXICONS.values() for t in lex.courtesy_titles}))
# The generation words of every lexicon, each with the age it tells ("elder" or "younger"): a name's key is the same
# without one, whatever the article's language ("Franz Wimmer sen." in an English report)
ALL_GENERATION_WORDS: MappingProxyType[str, str] = MappingProxyType(
    {
        w.rstrip("."): "younger" if w in lex.younger_words else "elder"
        for lex in LEXICONS.values()
        for w in lex.generation_words
    }
)

# The small words inside a body's name in every lexicon, longest first ("de la" before "de"): a body's name keeps them
# whatever the article's language ("the Banco de la Nación", "die Bank of England")
NAME_JOINERS: tuple[str, ...] = tuple(
    sorted({j for lex in LEXICONS.values() for j in lex.name_joiners}, key=lambda j: (-len(j), j))
)
# The links of a body's "of" part and the "and" words in every lexicon, longest first (see ``of_links``, ``and_words``)
OF_LINKS: tuple[str, ...] = tuple(
    sorted({j for lex in LEXICONS.values() for j in lex.of_links}, key=lambda j: (-len(j), j))
)
AND_WORDS: tuple[str, ...] = tuple(
    sorted({w for lex in LEXICONS.values() for w in lex.and_words}, key=lambda w: (-len(w), w))
)


def lexicon(code: str | None) -> Lexicon | None:
    """The lexicon for a language code ("en", "de-AT" -> de), or None when there is none."""
    if not code:
        return None
    return LEXICONS.get(code.lower().split("-")[0].split("_")[0])


def detect_language(text: str, default: str | None = "en") -> str | None:
    """The code of the lexicon whose own stopwords (those no other lexicon has) lead in ``text``.

    A lead needs some of them: a text of words every lexicon shares tells nothing (0 is no lead over 0).

    ``None`` when no lexicon's stopwords reach ``_MIN_SHARE`` (a language verify has
    no lexicon for); ``default`` when the text is too short to tell.
    """
    # Each distinct word looked up once per lexicon (an article repeats its words: ~4x fewer look-ups).
    counts = _token_counts(text[:_SAMPLE_CHARS].lower().replace("’", "'"))
    words = counts.total()
    if words < _MIN_SHORT_WORDS:
        return default
    own = {code: _share(counts, stopwords, words) for code, stopwords in _OWN_STOPWORDS.items()}
    best = max(own, key=own.__getitem__)
    second = max(share for code, share in own.items() if code != best)
    if words < _MIN_WORDS:
        # A short text (a saved press release of three sentences) tells its language only by a wide lead.
        clear = _share(counts, LEXICONS[best].stopwords, words) >= _SHORT_MIN_SHARE and own[best] > _MARGIN * second
        return best if clear else default
    if _share(counts, LEXICONS[best].stopwords, words) < _MIN_SHARE or own[best] <= _MARGIN * second:
        return None  # a language of none of the lexicons (Dutch reads a little like French and Spanish)
    return best


def _token_counts(text: str) -> Counter[str]:
    """``Counter(_TOKEN.findall(text))``: the words between white spaces counted in C, then each distinct word that is
    not letters alone (``str.isalpha``: every such character is in ``_TOKEN``'s class) replaced by its tokens. A match
    of the pattern for each of ~500 words cost more than the words themselves (~0.7 us a word); a Python loop over
    every word, most of them letters alone, cost more than the count (an article repeats its words: about half are
    distinct)."""
    counts = Counter(text.split())
    for word in list(filterfalse(str.isalpha, counts)):  # (picked in C: a comprehension asking each word cost more)
        times = counts.pop(word)
        for token in _tokens(word):
            counts[token] += times
    return counts


def _tokens(word: str) -> list[str]:
    """``_TOKEN.findall(word)`` for a word between white spaces: stripped of its marks it is most often one token of
    letters alone; the pattern reads only the others ("l'homme", "x²")."""
    # (the strip reads its 60 characters for most letters: asked only of the words that are not letters alone)
    letters = word.strip(_NO_TOKEN_EDGE)
    if letters.isalpha():
        return [letters]
    # (letters on both sides of one straight apostrophe, "don't", "l'homme": one token, told without the pattern)
    head, mark, tail = letters.partition("'")
    if mark and head.isalpha() and tail.isalpha():
        return [letters]
    return _TOKEN.findall(letters) if letters else []


def _share(counts: Counter[str], stopwords: frozenset[str], words: int) -> float:
    """The share of the ``words`` counted tokens that are in ``stopwords``."""
    # (the words both hold, found by a set intersection in C: most of an article's words are no stopword)
    return sum(map(counts.__getitem__, counts.keys() & stopwords)) / words


__all__ = [
    "LATIN_EPITHET_ENDINGS",
    "LEXICONS",
    "NAME_JOINERS",
    "OF_LINKS",
    "AND_WORDS",
    "Gender",
    "Lexicon",
    "Demonstrative",
    "Number",
    "Pointing",
    "Pronoun",
    "affiliation_table",
    "domain_table",
    "demonstrative_table",
    "detect_language",
    "lexicon",
    "number_table",
    "parent_deeds",
    "pronoun_table",
    "role_table",
    "words",
]
