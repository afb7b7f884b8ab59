"""A line above a quote that names who speaks it: a vox pop's heading (structure60).

A vox pop, a panel of readers or a street survey prints each answer under a line of its own that is the person: a
name, then what the page says of them, each set off by a comma — an age, a trade, a place, in any order and any number
("Len Herivel, 71, retired pilot, St Anne", "Agnes Perrot, 83, Longis Road", "Gesa Thomsen, 34, Lehrerin, Husum",
"Josiane Lambert, 71 ans, retraitée, Bertogne", "Itzel López, 45 años, maestra, Unión Hidalgo"). The answer under it,
a paragraph (or a line) that is only the quote, with no cue of its own, is that person's.

The line is told by its shape, never by its words: no stop, colon or quote mark closes or fills it; its first part is a
whole name (two to four capitalised words, a title before it dropped); one of its other parts is an age (the
language's way of setting an age after a name, ``apposed_ages``: "71", "71 ans", "de 45 años"), or, where no age is
given, the name opens on a given name the lexicons know and two parts or more describe the person ("Mary Sebire,
retired teacher, Newtown"). A dateline ("LERWICK, Shetland"), a byline ("By Claire Le Page, 4 December"), a place and
its region ("Port Louis, Mauritius") or a line describing someone unnamed ("A man from Unst, who would not give his
name") names no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from os.path import commonprefix

from ..letters import CAPITALS
from ..lexicon import LEXICONS, Lexicon
from .cast import byline, known_first_name, title_role, untitled
from .cues import Grammar
from .speakers import is_person_name, name_word

__all__ = ["asking_speaker", "given_named", "heading_speaker", "label_speaker", "post_holder"]

_LABEL_MAX_CHARS = 120  # a heading naming a person and what they are: "Daniel Whitlock, 36, who moved … in 2024" is 49
_LABEL_MAX_PARTS = 6  # the name and at most five descriptors
_PART_MAX_WORDS = 8  # one descriptor: "who moved to the island in 2024", "apprentice electrician"
_NAME_MAX_WORDS = 4  # a title dropped first: "Na Ceci Orozco", "Marie-Claire Hubert", "Seán Ó Conchúir"
_UNAGED_MIN_PARTS = 3  # without an age: the name and two descriptors ("Mary Sebire, retired teacher, Newtown")
_LABEL_CLOSERS = frozenset(".:;!?")  # a line ending so is a sentence or a label of another kind ("Anna Berg:")
_QUOTE_MARKS = frozenset('"“”„«»‹›')


def label_speaker(g: Grammar, line: str) -> str | None:
    """The person a heading line over a quote names (see the module's docstring), or None."""
    line = line.strip()
    # (the cheap questions first: one short line with a comma, no closing stop, no quote mark)
    if not line or len(line) > _LABEL_MAX_CHARS or "," not in line or "\n" in line or line[-1] in _LABEL_CLOSERS:
        return None
    if any(c in _QUOTE_MARKS for c in line):
        return None
    parts = [part.strip() for part in line.split(",")]
    if len(parts) > _LABEL_MAX_PARTS or not all(parts) or any(len(p.split()) > _PART_MAX_WORDS for p in parts):
        return None
    lex = g.lexicon
    if byline(line, lex.code):
        return None
    name = untitled(parts[0], lex.code)
    words = name.split()
    if not 2 <= len(words) <= _NAME_MAX_WORDS or not all(name_word(w) for w in words) or not is_person_name(name):
        return None
    aged = any(g.apposed_age.fullmatch(f", {part}") for part in parts[1:])
    if not aged and not (len(parts) >= _UNAGED_MIN_PARTS and known_first_name(words[0].split("-")[0])):
        return None
    return name


_HEADING_MAX_CHARS = 80  # a heading over a list of quotes: "Quotes from Professor Mereana Whitcombe" is 39
_HEADED_NAME_MAX_WORDS = 5  # whose the quotes are, a title and an article with the name: "la doctora Ana María Ruiz"


def heading_speaker(g: Grammar, line: str) -> str | None:
    """The person a heading over a list of quotes says they are from (labels61): a noun for quotes (lexicon
    ``quote_heading_nouns``), a preposition, then whose, a name perhaps after a title ("Quotes from Dr Whitcombe",
    "Stimmen von Dr. Amstutz", "Citations de Mme Roux", "Declaraciones de la doctora Ruiz"); None for any other line
    ("Quotes and comments", "Words from the chair")."""
    line = line.strip()
    lex = g.lexicon
    if not lex.quote_heading_nouns or not line or len(line) > _HEADING_MAX_CHARS or line[-1] in _LABEL_CLOSERS:
        return None
    words = line.split()
    if len(words) < 3 or words[0].lower() not in lex.quote_heading_nouns or words[1].lower() not in lex.prepositions:
        return None
    rest = words[2:]
    if len(rest) > _HEADED_NAME_MAX_WORDS or any(c in _QUOTE_MARKS for c in line) or not name_word(rest[-1]):
        return None
    return " ".join(rest) if rest[-1][:1].isupper() else None


_ASKING_MAX_CHARS = 300  # a line naming who asks and who answers, with what each is ("…, parlamentaria del grupo …")
_QUESTION_LABEL_CHARS = 16  # where the label's colon may stand: "Pregunta:", "**Question**:", "Frage 2:"


def asking_speaker(g: Grammar, line: str) -> str | None:
    """The person a line over a question names as asking it (labels61): a question label and a colon, then a whole
    name up to a comma or a stop ("Pregunta: Itziar Goñi, parlamentaria del grupo Ribera Unida. Responde: …",
    "Question: Mairi Shaw, councillor for Govan"); None for any other line, or one naming no one ("Pregunta 1: el
    alquiler")."""
    line = line.strip()
    colon = line.find(":", 0, _QUESTION_LABEL_CHARS)
    if colon < 1 or len(line) > _ASKING_MAX_CHARS or line[:colon].strip("*_ ") not in g.lexicon.question_labels:
        return None
    rest = line[colon + 1 :].lstrip("*_ ")
    end = min(at for at in (rest.find(","), rest.find("."), len(rest)) if at >= 0)
    name = untitled(rest[:end].strip(), g.lexicon.code)
    words = name.split()
    if not 2 <= len(words) <= _NAME_MAX_WORDS or not all(name_word(w) for w in words) or not is_person_name(name):
        return None
    return name


# (labels62) A transcript's or minutes' label is a reference like any other mention: a given name is the one person the
# article names in full with it; a post is the one person the article gives it, in a list of those present, in an
# apposition or after a participle and its agent link ("presented by Clive Hendrickson").

_SCAN_REACH = 80  # the characters either side of a post's word searched for its holder's name
_GAP_WORDS = 2  # the words in lower case between a post and its holder's name: "regidora de mercados Eufrosina …"
_AGENT_GAP_WORDS = 3  # the words between a participle and its agent link: "Moderiert wurde der Abend von …"
_HOLDER_NAME_WORDS = 5  # a holder's name with its titles: "Dña. Encarnación Ruiz Cervilla", "Cllr Judith Marsh"
_NAME_STOPS = ",;:()[]!?"
_OPENING_MARKS = "\"“„«‘'"
_ABBREVIATION_LETTERS = 4  # a title's abbreviation inside a name's run: "D.", "Dña.", "Dr."


def _name_words(lex: Lexicon, words: list[str]) -> str | None:
    """The person's name a run of words gives once titles are dropped (two words at least), else None."""
    name = untitled(" ".join(words), lex.code)
    parts = name.split()
    if not 2 <= len(parts) <= _NAME_MAX_WORDS or not all(name_word(w) or w in lex.name_particles for w in parts):
        return None
    return name if name_word(parts[-1]) and is_person_name(name) else None


def _name_after(lex: Lexicon, text: str, at: int) -> str | None:
    """The name whose run of capitalised words starts at ``at`` (a nickname in quote marks inside it dropped: "Clive
    “Sunshine” Hendrickson"), up to a comma, a bracket or a word in lower case."""
    words: list[str] = []
    for word in text[at : at + _SCAN_REACH].split()[: _HOLDER_NAME_WORDS + 1]:
        bare = word.rstrip(_NAME_STOPS + ".")
        if word[:1] in _OPENING_MARKS and words:
            continue  # (a nickname between the given name and the surname)
        if not bare or not (name_word(bare) or bare in lex.name_particles and words):
            break
        abbreviation = word.endswith(".") and len(word) <= _ABBREVIATION_LETTERS and not words
        words.append(word if abbreviation else bare)
        if word != bare and not abbreviation:
            break  # (a stop after the word ends the name, but for a title's: "Dña. Encarnación")
    while words and words[-1] in lex.name_particles:
        words.pop()
    return _name_words(lex, words) if len(words) <= _HOLDER_NAME_WORDS else None


def _name_before(lex: Lexicon, text: str, end: int) -> str | None:
    """The name whose run of capitalised words ends at ``end`` (before " (host)", ", a fisherman")."""
    words: list[str] = []
    for word in reversed(text[max(0, end - _SCAN_REACH) : end].split()[-(_HOLDER_NAME_WORDS + 1) :]):
        if word[-1:] in _NAME_STOPS or word[-1:] == "." and len(word) > _ABBREVIATION_LETTERS:
            break
        if not (name_word(word) or word in lex.name_particles):
            break
        words.insert(0, word)
    while words and words[0] in lex.name_particles:
        words.pop(0)
    return _name_words(lex, words) if len(words) <= _HOLDER_NAME_WORDS else None


def _lower_words(words: list[str], most: int) -> bool:
    return len(words) <= most and all(w[:1].islower() and w[-1:] not in _NAME_STOPS + "." for w in words)


def _holder_after(lex: Lexicon, text: str, end: int) -> str | None:
    """The name right after a post's word (its compound's tail, a comma and two words in lower case between): "Chair
    Aroha Tane", "alcaldesa-presidenta, Dña. Encarnación Ruiz Cervilla", "la regidora de mercados Eufrosina …"."""
    at = end
    if text[at : at + 1] == "-":
        while at < len(text) and (text[at].isalpha() or text[at] == "-") and at - end < _PART_MAX_WORDS * 4:
            at += 1
    if text[at : at + 1] == ",":
        at += 1
    if text[at : at + 1] not in (" ", "\t"):
        return None
    window = text[at : at + _SCAN_REACH]
    words = window.split()
    for skipped in range(_GAP_WORDS + 1):
        # (the last word between may close an apposition: "el alcalde municipal, Esteban …")
        between = [*words[: skipped - 1], *(w.removesuffix(",") for w in words[skipped - 1 : skipped])]
        if skipped and not _lower_words(between, _GAP_WORDS):
            return None
        if skipped < len(words) and name_word(words[skipped]):
            start = at + window.index(words[skipped], sum(len(w) for w in words[:skipped]))
            return _name_after(lex, text, start)
    return None


def _holder_before(lex: Lexicon, text: str, start: int) -> str | None:
    """The name right before a post's word, the post in brackets or set off by a comma after it ("Sonam Bhutia
    (host)", "Anita Brookes (Town Clerk)", "Verna Mills, a retired teacher")."""
    head = text[max(0, start - _SCAN_REACH) : start].rstrip()
    if head.endswith("("):
        return _name_before(lex, head, len(head) - 1)
    comma = head.rfind(",")
    if comma < 0 or not _lower_words(head[comma + 1 :].split(), _GAP_WORDS + 1):
        return None
    return _name_before(lex, head, comma)


def _same_noun(a: str, b: str) -> bool:
    """Whether two role nouns are one in either gender ("conductor" and "conductora", "moderator" and
    "Moderatorin", "animateur" and "animatrice")."""
    return a == b or a.startswith(b) or b.startswith(a) or len(commonprefix([a, b])) >= max(5, len(min(a, b)) - 3)


def post_holder(g: Grammar, post: str, texts: Iterable[str]) -> str | None:
    """The one person the texts give a post or a role (``post`` in lower case, one word or more: "mayor", "town
    clerk", "alcaldesa", "entraîneur"): named right before or after the post's word, in a list of those present or an
    apposition ("Cllr Judith Marsh (Mayor, in the chair)", "Chair Aroha Tane", "l'entraîneur-chef Patrick Morel"), or
    after a participle whose agent noun is the post and the agent link ("presented by Clive Hendrickson" for "host",
    any of the lexicon's ``host_labels`` for another); None when none or several are (labels62)."""
    lex = g.lexicon
    words = post.split()
    if not words:
        return None
    pattern = re.compile(r"(?<![\w-])" + r"\s{1,2}".join(map(re.escape, words)) + r"(?![\w’'])", re.I)
    hosting = post in lex.host_labels
    participles = [
        p for p, noun in lex.agent_nouns.items() if _same_noun(noun, post) or hosting and noun in lex.host_labels
    ]
    agent = (
        re.compile(
            r"(?<![\w’'-])(?:" + "|".join(map(re.escape, participles)) + r")(?![\w’'-])"
            rf"(?:\s{{1,2}}[^\s]{{1,30}}){{0,{_AGENT_GAP_WORDS}}}?\s{{1,2}}{re.escape(lex.agent_link)}\s{{1,2}}",
            re.I,
        )
        if participles and lex.agent_link
        else None
    )
    found: set[str] = set()
    compounds: set[str] = set()  # (holders of a compound's post: "l'entraîneur-adjoint Julien Chapuis")
    for text in texts:
        low = text.lower()
        if words[0] in low:
            for match in pattern.finditer(text):
                name = _holder_after(lex, text, match.end()) or _holder_before(lex, text, match.start())
                if name is not None:
                    (compounds if text[match.end() : match.end() + 1] == "-" else found).add(name)
        if agent is not None:
            for match in agent.finditer(text):
                if (name := _name_after(lex, text, match.end())) is not None:
                    found.add(name)
    # (a compound's post is the label's only where no one holds the post itself: "alcaldesa-presidenta, Dña. …")
    found = found or compounds
    return found.pop() if len(found) == 1 else None


def given_named(code: str, given: str, texts: Iterable[str]) -> str | None:
    """The one person the texts write in full after a given name ("Verna" of "Verna Mills, a retired teacher", "Loli"
    of "Loli Benítez, desde el barrio …"): one or two capitalised words after it; None when none or several are
    (labels62)."""
    pattern = re.compile(rf"(?<![\w’'.-]){re.escape(given)}((?: [{CAPITALS}][\w’'-]{{0,30}}){{1,2}})(?![\w’'-])")
    lex = LEXICONS[code]
    found: set[str] = set()
    for text in texts:
        if given not in text:
            continue
        for match in pattern.finditer(text):
            rest = match.group(1).split()
            while rest and (rest[-1].lower() in lex.stopwords or title_role(rest[-1], lex)):
                rest.pop()
            whole = " ".join([given, *rest])
            if rest and is_person_name(whole):
                found.add(whole)
    return found.pop() if len(found) == 1 else None
