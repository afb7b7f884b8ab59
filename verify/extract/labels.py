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

from .cast import byline, known_first_name, untitled
from .cues import Grammar
from .speakers import is_person_name, name_word

__all__ = ["asking_speaker", "heading_speaker", "label_speaker"]

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
