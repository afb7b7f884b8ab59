"""Reading a transcript: ``SPEAKER: text`` turns as statements, and any long statement in pieces.

A store's ``.txt``/``.md`` file is read by this module and the decoder
(:mod:`verify._decode`) alone, with the lexicons' data: the version of the transcript reader, which
decides when the index's cache reads a store's transcripts again
(:func:`verify.sources.snapshots.reader_version`), is a digest of these
sources and the lexicons. What only lists, opens or indexes a store lives elsewhere, so that
an edit of it does not make the next run read a million statements again.
Turns of JSON snapshots and saved pages are read here too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._decode import decode
from ..lexicon import LEXICONS
from ..models import Origin, Statement, StatementKind

MAX_STATEMENT_CHARS = 20_000  # a longer statement is indexed and aligned in overlapping pieces (see in_pieces)
_PIECE_OVERLAP = 2_000  # characters two pieces share: longer than any quote worth checking

# A speaker turn: "RUTTE: text", "Mark Rutte: text", "SECRETARY GENERAL MARK RUTTE: text", "Q: text" — a short
# capitalised label at the start of a line, then a colon; perhaps after a caption's ">>" or a list dash, in bold
# ("**Kovac:**", "**KOVAC**:"), with a role after a comma ("Marta Kovac, Mayor of Ellwood:") or a party, role or
# note in brackets ("SEN. NAME (D-OH):", "KOVAC [via video link]:"), which are no part of the name; or a
# Q-and-A's "Q." and "A.". A second role after another comma, capitalised ("MARTIN HARROW, chief executive, Harrow &
# Finch:"; "Our chair, Derek Mills, said:" is a sentence), and a second bracket ("RUTH ELLERBY (Kendal Fells) (LD):",
# a constituency and a party) are no part of the name either. A bracket may hold a role as long as one after a comma
# ("GONZALO PRIETO (entrenador del Atlético Riberas):"), and a role may follow a dash ("NAOMI FAIRWEATHER – Chief
# Executive:"). In a transcript file a label may stand alone on its line, the
# turn's words on the lines after it ("KOVAC:" then "We will not close the library.").
_TURN = re.compile(
    r"^[ \t]*(?:>>+[ \t]*|[-–—•][ \t]+)?(?:\*\*|__)?(?P<speaker>[^\W\d_][\w.'’\- ]{0,60}?)"
    r"(?:(?:,|[ \t]+[–—-])[ \t]*(?P<role>[^\W\d_][^:,\n]{0,80}?)(?:,[ \t]*[^\W\d_a-zß-ÿ][^:,\n]{0,60}?)?)?"
    r"(?:[ \t]*[(\[](?P<bracket>[^()\[\]\n]{1,80})[)\]])?(?:[ \t]*[(\[][^()\[\]\n]{1,80}[)\]])?"
    r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]+(?P<text>\S.*)|[ \t]*)$"
    r"|^[ \t]*(?P<qa>[QA])\.[ \t]+(?P<answer>\S.*)$"
)
_TIMESTAMP = re.compile(r"^\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*")


def read_transcript(data: bytes, shown: str) -> list[Statement]:
    """The turns of a transcript file's bytes (before they are cut in pieces)."""
    return transcript_statements(decode(data, shown, html=False), shown, StatementKind.TRANSCRIPT)


def in_pieces(statement: Statement) -> list[Statement]:
    """A statement cut into pieces of at most ``MAX_STATEMENT_CHARS`` at spaces.

    One saved statement may be a whole book on one line; indexing and aligning
    pieces keeps memory bounded, and a quote is far shorter than a piece.
    Pieces overlap by ``_PIECE_OVERLAP`` characters so that a quote across a
    cut is still whole in one of them.
    """
    text = statement.text
    if len(text) <= MAX_STATEMENT_CHARS:
        return [statement]
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_STATEMENT_CHARS)
        if end < len(text):
            end = max(text.rfind(" ", start + MAX_STATEMENT_CHARS // 2, end), start + MAX_STATEMENT_CHARS // 2)
        pieces.append(replace(statement, text=text[start:end]))
        if end >= len(text):
            break
        start = max(text.find(" ", end - _PIECE_OVERLAP, end) + 1, end - _PIECE_OVERLAP)
    return pieces


_INTERJECTION_MAX_WORDS = 2  # "Right.", "Mm-hmm.", "Yes, yes": a listener's word, after which the speaker goes on


def _interjection(parts: list[str]) -> bool:
    """A listener's word or two that asks nothing: a question, however short ("And children?", "¿Y los niños?"), is
    asked, and the speaker's next turn answers it: a quote across the two answers is a splice."""
    said = " ".join(parts)
    return len(said.split()) <= _INTERJECTION_MAX_WORDS and "?" not in said


def resumed(turns: list[tuple[str | None, list[str], int]]) -> list[tuple[str | None, list[str], int]]:
    """A speaker's turns one statement when only a listener's interjections ("Right.") come between: the speaker
    went on talking, so a quote across them is no splice. The interjections stay turns of their own."""
    out: list[tuple[str | None, list[str], int]] = []
    main = -1  # the index in ``out`` of the last turn that is no interjection
    for speaker, parts, number in turns:
        short = _interjection(parts)
        if 0 <= main < len(out) - 1 and speaker is not None and speaker == out[main][0]:
            out[main][1].extend(parts)  # resumed: everything since was a listener's interjection
            continue
        out.append((speaker, parts, number))
        if not short or main < 0 or speaker == out[main][0]:
            main = len(out) - 1
    return out


def _labels_turn(speaker: str, role: str | None, kind: StatementKind) -> bool:
    """Whether a line's label names a speaker: capitalised ("ÉLODIE"), at most six words; a role after a comma in
    lower case ("CARMEN ORTUÑO, alcaldesa:") only after a name of two capitalised words or one in capitals
    ("However, the minister said: ...", "It is simple, and costly: ..." are sentences). On a saved page, a label
    holding a word in lower case other than a name's particles and a role's small words is a heading or a sentence
    ("Statutory inquiry: Hearthlight Trust"), not a speaker ("Mayor of Ellwood:" is one)."""
    words = speaker.split()
    if not (words and len(words) <= 6 and speaker[0].isupper()):
        return False
    if kind is StatementKind.PAGE and any(w[:1].islower() and w not in _LABEL_SMALL_WORDS for w in words):
        return False
    named = speaker.isupper() or len(words) > 1 and all(w[:1].isupper() for w in words)
    return not role or role[0].isupper() or named


# Words a label may hold in lower case: name particles ("van", "de") and the small words of a role ("of", "the").
_LABEL_SMALL_WORDS = frozenset(
    w for lex in LEXICONS.values() for w in (*lex.name_particles, *lex.prepositions, *lex.determiners, *lex.articles)
)
# First names and titles of every lexicon: a label's bracket opening on a first name names the speaker when the
# label names no one.
_FIRST_NAMES = frozenset(w for lex in LEXICONS.values() for w in lex.first_name_gender)
_TITLES = frozenset(w for lex in LEXICONS.values() for w in lex.titles)


def _named_in_bracket(label: str, bracket: str | None) -> str | None:
    """The name a label's bracket gives when the label itself is a role ("THE CORONER (Helen Marsh-Oduya):", "CHAIR
    (Cllr Ann Bell):"): the bracket's words are capitalised, its first past a title is a first name, and the label
    holds none. "HAZEL QUINN (Save Blackmoor Hospital):" and "SIMON HAIGH (Director, Fellcraft Guiding Ltd):" keep
    the label."""
    if not bracket:
        return None
    named = bracket.split()
    if not 2 <= len(named) <= 5 or any(w.lower().strip(".,") in _FIRST_NAMES for w in label.split()):
        return None
    if not all(w[:1].isupper() or w in _LABEL_SMALL_WORDS for w in named):
        return None
    first = next((w for w in named if w.lower().strip(".") not in _TITLES), "")
    return bracket.strip() if first.lower() in _FIRST_NAMES else None


# Every lexicon's cue verbs ("said", "sagte", "déclaré"): on a page, a label ending in one is a sentence's cue
# ("Hester Vance said: “...”", "Senior Crown Prosecutor Amira Shah said:"), whose quote the page's extraction reads
# with its speaker; as a turn it would credit the words to "Hester Vance said" as well, a second speaker. (Pages only:
# a transcript file has no extraction to read the quote, and its turn is the nearest to the speaker's words.)
_CUE_VERBS = frozenset().union(*(lex.cue_verbs for lex in LEXICONS.values()))


def _cue(label: str) -> bool:
    return label.split()[-1] in _CUE_VERBS


# Every lexicon's caption, credit and section labels ("Photo", "Bild", "Source", "Update", "Lire aussi"): such a
# label names no speaker ("Photo: Reuters"). On a page the paragraphs after it stay the page's own text; as a turn
# they were the words of a speaker "Photo" too, a second holder of the page's statements. In a transcript file it
# ends the turn before it, and the lines after it are no one's until the next label ("PHOTO: Reuters" between two
# answers was a speaker "PHOTO" whose words no quote's speaker could hold).
_CAPTION_LABELS = frozenset(label for lex in LEXICONS.values() for label in (*lex.caption_labels, *lex.rail_labels))


def _caption(label: str) -> bool:
    return " ".join(label.lower().split()) in _CAPTION_LABELS


def _names_person(label: str) -> bool:
    """Whether a label is a person's name: after its titles, a first name of a lexicon and at least one more
    capitalised word ("Professor Owen Tait"; "Media Enquiries" and "Notes to Editors" name no one)."""
    found = label.split()
    while found and found[0].lower().rstrip(".") in _TITLES:
        found = found[1:]
    return len(found) >= 2 and found[0].lower() in _FIRST_NAMES and all(w[:1].isupper() for w in found)


def turn_label(line: str, kind: StatementKind) -> tuple[str | None, str | None] | None:
    """The speaker a line's label names (None: a caption's label in a transcript file, a turn of no one's) and the
    words after it (None: a label alone on its line, the words on the lines after), or None when the line opens no
    turn."""
    match = _TURN.match(line)
    if match and match.group("qa"):
        return match.group("qa"), match.group("answer")
    if not (
        match
        # (a page's label alone on its line, "Contact:", names no one, unless it names a person: "Professor Owen Tait,
        # School of Earth Sciences:" above the blockquote of his words)
        and (match.group("text") or kind is not StatementKind.PAGE or _names_person(match.group("speaker")))
        and _labels_turn(match.group("speaker"), match.group("role"), kind)
    ):
        return None
    label = match.group("speaker").strip()
    if kind is StatementKind.PAGE and (_cue(label) or _caption(label)):
        return None
    if _caption(label):
        return None, match.group("text")
    return _named_in_bracket(label, match.group("bracket")) or label, match.group("text")


def label_name(label: str) -> str:
    """The speaker a JSON transcript's ``speaker`` names, read as a text transcript's label is: its role after a comma
    or in brackets left out ("DR NAOMI FAIRWEATHER (Chief Executive)", "Naomi Fairweather, chief executive"), the
    name in a role's bracket taken ("THE CORONER (Helen Marsh-Oduya)"); as it is when it is no label."""
    turn = turn_label(f"{label.strip()}: …", StatementKind.TRANSCRIPT)
    return (turn[0] if turn is not None else None) or label


def transcript_statements(
    text: str,
    shown: str,
    kind: StatementKind,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
) -> list[Statement]:
    """Speaker turns of a transcript; lines without a label continue the turn before them."""
    turns: list[tuple[str | None, list[str], int]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = _TIMESTAMP.sub("", line.strip())
        if not line:
            continue
        turn = turn_label(line, kind)
        if turn is not None:
            label, said = turn
            turns.append((label, [said] if said else [], number))  # (a label alone: its words on the lines after)
        elif turns:
            turns[-1][1].append(line)
        elif kind is StatementKind.PAGE:
            turns.append((None, [line], number))
    # (a transcript's turn of no one, after a caption's label, is no one's words: a page's is the page's own text)
    turns = [turn for turn in resumed(turns) if turn[1] and (turn[0] is not None or kind is StatementKind.PAGE)]
    return [
        Statement(
            speaker=speaker,
            text=" ".join(parts),
            kind=kind,
            origin=Origin.SNAPSHOT,
            source=shown,
            line=number,
            url=url,
            fetched_at=fetched_at,
            key=f"{shown}:{number}",
        )
        for speaker, parts, number in turns
    ]
