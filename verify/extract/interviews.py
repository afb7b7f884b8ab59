"""Interviews: an article written as questions and answers, whose answers are the interviewee's words.

An interview asks two questions and more, each followed by its answer. Its turns are told apart by labels
("Q:", "Frage:", "**P.**", "Respuesta.", or names on both sides: "The Ledger:" asking, "Al-Harthi:"
answering), by a question mark, or by a question set in bold. The answers are printed without quote marks,
but they are the interviewee's words as the article gives them: each is a claim (``QuoteKind.ANSWER``) of the
person its label names, else of the person the introduction names most, checked against a saved recording or
transcript; and a headline, dek or pull quote that repeats an answer is credited to its speaker.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from re import _parser as _sre_parser  # type: ignore[attr-defined]

from ..document import Document
from ..letters import CAPITALS
from ..lexicon import LEXICONS, Lexicon, Number
from ..models import Place, Quote, QuoteKind
from .blocks import Block, source_offset
from .cast import Cast, byline, known_first_name, title_role
from .cues import DASHES, grammar
from .quotes import (
    _CAPITAL_RUN,
    _SHORT_ECHO_MIN_WORDS,
    _broadcast_label,
    _heading_element,
    _is_heading,
    article_language,
    front_matter,
    label_reference,
    label_untitled,
    written_acronyms,
)
from .speakers import is_person_name, name_word, same_speaker, speaker_key
from .statements import _MIN_WORDS, _OPENS_QUOTE

__all__ = ["credit_from_answers", "interview_answers", "interviewee_speaks_first_person"]

# A label is a word or a short name before a colon ("Q:", "The Ledger:", "Noor al-Harthi:"); the lexicon's own
# labels may end in a full stop instead ("P.", "Respuesta.": the Spanish press). Bounded: linear.
_LABEL = re.compile(r"\s{0,3}(?P<label>[^\W\d_][\w.’'\-]{0,30}(?: [\w.’'\-]{1,30}){0,3}?)\s{0,2}:\s")
# A name label with a bracket of role, club or party before its colon: a flash interview's, a panel's, a Q-and-A's
# named guests ("Florian Wutte (Kapitän, KSV):", "Dr Ann Lee (panel chair):", "Léa Roy (coach, HBC) :"): the name is
# the label, the bracket no part of the answer. Bounded: linear.
_BRACKETED_LABEL = re.compile(
    r"\s{0,3}(?P<label>[^\W\d_][\w.’'\-]{0,30}(?: [\w.’'\-]{1,30}){0,3}?) \([^():\n]{1,60}\)\s{0,2}:\s"
)
_BRACKET_LABEL_REACH = 140  # the characters from a row's start a name label's bracket opens within


def _reach(pattern: re.Pattern[str]) -> int:
    """The most characters a match of a bounded ``pattern`` spans (its parsed width)."""
    return int(_sre_parser.parse(pattern.pattern, pattern.flags).getwidth()[1])


# How far from a paragraph's start a name label's colon may stand: a paragraph with none so near (most) is no turn
# under a label, told by a scan in C before the pattern is tried (its lazy name is tried word by word, then given back
# letter by letter).
_LABEL_REACH = _reach(_LABEL)
# A lexicon's label may also end in a full stop ("P.", "Respuesta.": the Spanish press) or be set off by a dash ("Q —",
# "R –", "Frage –": a Quebec or German interview's); only the lexicon's question and answer labels are read so.
_STOP_LABEL = re.compile(r"\s{0,3}(?P<label>[^\W\d_]{1,12})(?:\.|\s{0,2}[–—])\s")
_STOP_LABEL_REACH = _reach(_STOP_LABEL)
_QUESTION_MAX_WORDS = 60  # an interviewer's question is a sentence or two
_MIN_QUESTIONS = 2  # one question in a story is a rhetorical one; an interview asks two at least
# An interview asks again every few paragraphs: its questions are at least this share of the paragraphs from the
# first question to the last. Of the 269 real pages, 29 had two questions or more each followed by a paragraph,
# 16 of them under this share: FAQ sections, "Read also: ...?" links, rhetorical questions far apart (one
# page's 16 questions over 379 paragraphs); the Q-and-A interviews among them ask every 1 to 3 paragraphs.
_MIN_QUESTION_SHARE = 0.25
# A name label is the interviewer's ("The Ledger:", "Tagblatt:") when at least this share of its turns are
# questions: interviewers now and then make a statement for the answer to take up; interviewees rarely ask.
_ASKER_QUESTION_SHARE = 0.5
# An interview sets its questions apart: a label or bold type. Of the 269 real pages, 13 passed the rules above
# with questions of which at most one was so marked (rhetorical questions, FAQ headings, lists of questions,
# bold lead-ins of a how-to), 2 with questions marked, both interviews; every interview of the hand-written
# sets marks its questions. At least this share of the questions must be marked, and two at least.
_MIN_MARKED_SHARE = 0.5
_QUESTION_END = re.compile(r"\?[\s*_”\"»“]{0,4}$")
# Quoted words in a headline or a dek (double marks, guillemets, single marks not inside a word): no one's name
_UNQUOTED = re.compile(r"[“„\"«»][^“”„\"«»\n]{0,300}[”“\"»«]|(?<!\w)['‘][^'‘’\n]{0,300}['’](?!\w)")
_BY = re.compile(r"\b(?:by|von|par|por)\s$", re.I)  # a byline's name: who asked, not who answered
_BY_OPENING = re.compile(r"\s{0,3}(?:by|von|par|por)\s", re.I)  # a line opening on a byline's word
_BOLD = ("**", "__", "<strong>", "<b>")
_BOLD_CLOSE = ("**", "__", "</strong>", "</b>")
_ITALIC = ("*", "_", "<em>", "<i>")  # (a bold opening ends in these too: ask for bold first)
_ITALIC_CLOSE = ("*", "_", "</em>", "</i>")
# A question led by a dash and a space ("– Frau Haller, wie viele Aktive haben Sie?"), in the text or as the
# Markdown list mark before it; its answer stands bare (both sides dash-led is a dialogue: the quote reader's).
_DASH_MARKS = tuple(DASHES + "-")
_DASH_LED = re.compile(rf"[{DASHES}-]\s")


class _Turn(StrEnum):
    QUESTION = "q"
    ANSWER = "a"  # labelled as one ("A:", "Antwort:") or by a name
    TEXT = ""


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """A body paragraph as an interview turn: its label ("Al-Harthi", "R", "Q"), where its words start, and for a
    question whether it is set apart as an interview's (labelled, or a question in bold type)."""

    block: Block
    turn: _Turn
    label: str | None = None
    start: int = 0
    marked: bool = False
    begin: int = 0  # where the turn starts in the block: its start, or a dialogue line's dash
    end: int | None = None  # where it ends: the block's end, or its dialogue line's

    @property
    def text(self) -> str:
        return self.block.text[self.begin : self.end]

    @property
    def line(self) -> bool:
        """Whether the turn is a line of a block of dialogue lines ("— Des regrets ?" / "— Un seul.")."""
        return self.end is not None


def interview_answers(document: Document, blocks: Sequence[Block], quotes: Sequence[Quote] = ()) -> list[Quote]:
    """The answers of an article written as an interview, as claims of the person who gave them; ``quotes`` are
    the article's quotes (a quote before the questions is most often the interviewee's)."""
    body = [b for b in blocks if b.in_body and b.place is Place.BODY and b.text and not b.text.isspace()]
    if len(body) < 2:
        return []
    code = article_language(document, list(blocks))
    if code is None:
        return []  # a language without a lexicon: its labels and questions cannot be told
    lex = grammar(code).lexicon
    paragraphs = _turns(document, lex, body)
    asked = [i for i, p in enumerate(paragraphs) if p.turn is _Turn.QUESTION]
    answered = [i for i in asked if i + 1 < len(paragraphs) and paragraphs[i + 1].turn is not _Turn.QUESTION]
    marked = sum(paragraphs[i].marked for i in asked)
    if (
        len(answered) < _MIN_QUESTIONS
        or len(asked) < _MIN_QUESTION_SHARE * (asked[-1] - asked[0] + 1)
        or marked < _MIN_QUESTIONS
        or marked < _MIN_MARKED_SHARE * len(asked)
    ):
        return _transcript_turns(document, lex, body)
    # (a headline's and a dek's words outside their quotes: "Pumpenchefin Hartwig: „Betriebsbedingte ...“")
    display = [_UNQUOTED.sub(" ", b.text) for b in blocks if b.place in (Place.HEADLINE, Place.DEK)]
    cast = article_cast(lex, display + [block.text for block in body])
    first = paragraphs[asked[0]]
    first_question = source_offset(document, first.block, first.begin)
    quoted = [q.speaker for q in quotes if q.speaker and q.start < first_question and q.kind is not QuoteKind.MENTION]
    # (a heading right above the questions names whom they are put to: "### Trois questions à Maëlle Le Goff")
    above = paragraphs[asked[0] - 1].block if asked[0] else None
    headed = _headed(above.text, cast) if above is not None and _heading(document, lex, above) else None
    intro = list(dict.fromkeys(p.block for p in paragraphs[: asked[0]]))
    # (a box of questions inside a report: its heading, then a line naming whom they are put to, "Three questions for
    # the captain" / "Dapbiang Nongrum, 24, lifted the trophy …": the answers are that person's, not the report's
    # speakers')
    box = _box(document, paragraphs, asked[0])
    if box is not None and (named := _headed(box[0].text, cast) or _interviewee(box[1], [], cast, [])) is not None:
        intro, headed = box[1], headed or named
    interviewee = headed or _interviewee(intro, quoted, cast, _named_in(display, cast))
    # (who the answers are by: the interviewee and whoever the introduction names, "Her deputy, Martin Gale, joined her")
    panel = {interviewee, *_named_in([block.text for block in intro], cast)}
    found: list[Quote] = []
    last = min(len(paragraphs), asked[-1] + 2)  # the last answer is one paragraph: a footer or an aside may follow
    while last < len(paragraphs) and paragraphs[last].turn is _Turn.ANSWER and paragraphs[last].label is not None:
        last += 1  # (or one per interviewee, each under their label: "**Claire :** …" / "**Anne :** …")
    for paragraph in paragraphs[_opening_statements(paragraphs, asked[0], last) : last]:
        block = paragraph.block
        if paragraph.turn is _Turn.QUESTION or _OPENS_QUOTE.match(paragraph.text) or _aside(document, block):
            continue
        if _heading_element(block):
            continue  # "<h3>Drei Fragen an Theresa Gruber</h3>": a box's heading, no answer
        if paragraph.label is None and _reports_a_quote(document, block, quotes, panel, cast):
            continue  # 'Mr Gale took that one. "Every block gets a visit ...," he said.': the reporter tells the answer
        speaker = _answerer(paragraph.label, interviewee, cast, lex)
        if speaker is None and paragraph.label is not None and _described(lex, paragraph.label):
            speaker = _apposed_to(paragraph.label, [b.text for b in intro])
        end = len(block.text) if paragraph.end is None else paragraph.end
        if speaker is not None and len(block.text[paragraph.start : end].split()) >= _MIN_WORDS:
            label = paragraph.label if paragraph.label not in lex.answer_labels else None
            found.append(_answer(document, block, paragraph.start, end, speaker, label))
    return found


def _reports_a_quote(
    document: Document, block: Block, quotes: Sequence[Quote], panel: set[str | None], cast: Cast
) -> bool:
    """Whether a paragraph holds a quote a cue credits to one of the ``panel`` the answers are by: the reporter's
    telling, whose quote is the claim. A third party quoted inside an answer ("As Franklin Roosevelt said, “…”") leaves
    the answer the interviewee's."""
    start = source_offset(document, block, 0)
    end = source_offset(document, block, max(0, len(block.text) - 1)) + 1
    return any(
        q.cued and q.speaker and start <= q.start < end and _person(q.speaker, cast) in panel for q in quotes
    )


def _person(name: str, cast: Cast) -> str:
    """The full name the article's cast gives ``name`` ("Mr Gale": "Martin Gale"), else the name."""
    person = cast.find(name)
    return person.name if person is not None else name


def article_cast(lex: Lexicon, texts: list[str]) -> Cast:
    """The people ``texts`` name, in order: of namesakes, the one named first is met first."""
    cast = Cast(lexicon=lex)
    for text in texts:
        for run in _CAPITAL_RUN.finditer(text):
            cast.introduce(run.group())
    return cast


# A transcript's rows printed in the article: each opens on its speaker's label, perhaps after a time stamp ("[04:20]
# Ellen Stoddart: …", "**Marc, auditeur à Dinard :** …", a reaction box's "**Anna Roth (Trainerin Seestadt):** …"): a
# name of one to four words, perhaps a description after a comma or in brackets, then a colon, or a full stop and a
# dash (a French radio's or paper's transcript: "ALAIN VERGNES. — …"). Bounded: linear.
_TIME_STAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s{1,3}")
_ROW_LABEL = re.compile(
    r"\s{0,3}(?P<name>[^\W\d_][\w.’'\-]{0,30}(?: [\w.’'\-]{1,30}){0,3}?)"
    r"(?:,(?P<role>[^:\n]{1,60}?)| \((?P<bracket>[^():\n]{1,60})\))?\s{0,2}(?::|\.\s{0,2}[–—])\s{1,3}(?=\S)"
)
# A row under someone the label describes and does not name, opening on an indefinite article ("UNA AGENTE DE ADUANAS
# QUE PIDIÓ NO SER IDENTIFICADA:", "A resident who asked not to be named:", "Eine Anwohnerin:"): longer than a name's
# label, up to 120 characters. Anchored, one bounded lazy run: linear.
_DESCRIBED_LABEL = re.compile(r"\s{0,3}(?P<name>[^\W\d_][\w’'\-, ]{2,120}?)\s{0,2}:\s{1,3}(?=\S)")
# A parliament's record: a row's label opens on a title, perhaps after an article ("La señora LASHERAS GIMENO:",
# "El señor CONSEJERO DE AGRICULTURA (Lasheras Blasco):", "Mme Odile Marchais (LR). –", "Mr Smith (Lab):"), and may
# end on a full stop and a dash (the French record) where a transcript's ends on a colon. Bounded: linear.
_RECORD_LABEL = re.compile(
    r"\s{0,3}(?P<head>[^\W\d_][\w.’'\-]{0,30}(?: [\w.’'\-]{1,30}){1,6}?)"
    r"(?:,[^:\n]{1,60}?| \((?P<bracket>[^():\n]{1,60})\))?\s{0,2}(?::|\.\s{0,2}[–—-])\s{1,3}(?=\S)"
)
# How far from a row's start its label's colon or dash may stand (both patterns end a label on one): a paragraph with
# none so near is no row, told without the pattern.
_ROW_REACH, _RECORD_REACH = _reach(_ROW_LABEL), _reach(_RECORD_LABEL)
# The record's note of the room closing a row ("… raison. (Sourires)", "(Applause.)", "(Beifall bei der SPÖ.)"): the
# reporter's words, not the speaker's. Bounded: one bracket of up to 60 characters at the row's end.
_STAGE_DIRECTION = re.compile(r"\s{1,3}\([^()\n]{1,60}\)\s{0,3}$")
_LINE = re.compile(r"[^\n]+")


def _lines(text: str) -> list[tuple[int, int]]:
    """Where each line with words of ``text`` starts and ends (a block may open on a newline: "\nJordan: …")."""
    return [line.span() for line in _LINE.finditer(text) if not line.group().isspace()]


_MIN_TURNS = 3  # a transcript's excerpt: an exchange of three turns at least, between two speakers at least


@dataclass(frozen=True, slots=True)
class _Row:
    """One labelled row of a transcript: its block, the name its label gives, where its words start and end."""

    block: Block
    name: str
    start: int
    end: int
    recorded: bool = False  # a parliament's record row: its label opens on a title
    gender: str = ""
    chair: str = ""  # a row under a role alone ("Der Präsident:", "The Speaker:"): the role, whoever holds it
    bracketed: bool = False  # a record's row by its bracket of party or office alone ("Thomas Vogt (VU):")
    noted: bool = False  # a note of the room follows the row ("(Heiterkeit)", "*(Aplausos)*")
    called: bool = False  # a caller's row: its label names the caller after a broadcast role, a person by that alone
    narrated: bool = False  # the outlet's own voice ("Voix off :", "Narrator:", "Sprecher:"): no one's claim
    described: bool = False  # someone the label describes, not names ("Una agente que pidió no ser identificada:")
    role: str = ""  # the description after the name's comma ("MARISOL IBARRA, CONDUCTORA:": "CONDUCTORA")
    resolved: bool = False  # a label in capitals the article names in full elsewhere ("THAPA:", "MAYOR:"; labels62)


def _transcript_turns(document: Document, lex: Lexicon, body: list[Block]) -> list[Quote]:
    """The rows of a transcript printed in the article (a podcast's "[04:20] Name: …", a phone-in's "Name, de Ville :
    …"), as claims of the person each label names: a run of three rows at least, consecutive, labelled by two people
    at least (a name the article gives a person, or a known first name), in which a label comes back or half the
    rows speak in the first person (a list of "Name: description" lines does neither)."""
    labelled = _labelled_runs(lex, body)
    runs = [run for run in labelled if len(run) >= _MIN_TURNS]
    answered = [run[1] for run in labelled if len(run) == 2 and _asked_and_answered(body, run)]
    subtitles = _subtitle_rows(lex, body)
    minuted = _minuted_rows(document, body)
    if not runs and not subtitles and not answered:
        return minuted  # (most articles: the cast is never built)
    # (a record row's label is left out: its name in capitals or in brackets is to be found, not introduced)
    recorded = {id(row.block) for run in runs for row in run if row.recorded}
    cast = article_cast(lex, [block.text for block in body if id(block) not in recorded])
    found: list[Quote] = []
    referred = _Referred(lex, cast, body)
    for run in runs:
        people: list[_Row] = []
        run = [referred.row(row) for row in run]  # noqa: PLW2901 (each row as its label resolves, in place)
        labels = Counter(row.name for row in run)
        for row in [*run, None]:
            if row is not None and (
                row.called
                or row.resolved
                or _names_a_person(lex, cast, row.name)
                or _recorded_person(lex, row)
                or _labelled_person(lex, row, labels[row.name])
            ):
                people.append(row)
                continue
            if row is not None and (row.chair or row.narrated or row.described):
                # (the chair's row goes on the record: its words are the holder's, if one is named; the outlet's voice
                # and someone described go on it too, the one no one's claim, the other a claim of no one by name)
                people.append(row)
                continue
            if _exchange(lex, [row for row in people if not row.chair], any(row.chair or row.noted for row in people)):
                found += [
                    _turn_quote(document, part, cast)
                    for row in people
                    if not row.narrated and (not row.chair or len(cast.holders(row.chair)) == 1)
                    for part in _parts(row)
                    if _worded(part)
                ]
            people = []
    # (an answer set off under its own label after the question put to it, the article's sentence before introducing
    # the exchange: "El testigo Rufino Pérez Santes respondió así a la defensa:" / "Defensora: ¿…?" / "Pérez Santes: …")
    found += [
        _turn_quote(document, row, cast) for row in answered if _names_a_person(lex, cast, row.name) and _worded(row)
    ]
    # (a subtitle's label is its speaker's, whoever else speaks: the subtitle file says so, as a parliament's record does)
    found += [_turn_quote(document, row, cast) for row in subtitles if _recorded_person(lex, row) and _worded(row)]
    taken = {quote.start for quote in found}
    return found + [quote for quote in minuted if quote.start not in taken]


_MINUTES_LABEL_REACH = 120  # a minutes' label's characters before its colon ("INTERVENCIÓN DEL C. REGIDOR …, NAME")
_MINUTES_MIN_ROWS = 2  # one labelled paragraph may be anything; two whose labels name members are the minutes' form
_MINUTES_NAME_WORDS = 4  # a member's name in a label: "Yesenia Ortiz Flores", "Josef Eberharter"
_MINUTES_QUOTE_MARKS = frozenset("\"“”„«»")
# The rows read for a member's name, each against the whole text once: the work stays linear on a page of thousands of
# labelled lines (minutes print a few dozen interventions)
_MINUTES_MAX_ROWS = 60


def _minuted_rows(document: Document, body: list[Block]) -> list[Quote]:
    """The rows of minutes that give members' words without quote marks, each under a label of an office or a title
    and the member's name, up to a colon ("GV Eberharter: Wir haben drei Gutachten …", "INTERVENCIÓN DE LA C.
    REGIDORA YESENIA ORTIZ FLORES: Pido que …"), as claims of the member (structure60). The label's name is one the
    article gives in full elsewhere (the minutes' list of those present: "GV Josef Eberharter", "C. Yesenia Ortiz
    Flores, regidora …"), and something stands before it in the label (a bare "Anna Berg:" is a transcript's row, read
    by the runs above); the words after the colon are a sentence of their own, unquoted. Two such rows at least (one
    labelled paragraph is as often a fact box's line). The cheap question first: a colon near the paragraph's start."""
    candidates: list[tuple[Block, int, str]] = []
    for block in body:
        text = block.text
        colon = text.find(": ", 0, _MINUTES_LABEL_REACH)
        if colon < 0:
            continue
        label, rest = text[:colon].strip(), text[colon + 2 :].strip()
        if (
            len(label.split()) < 2
            or "\n" in label
            or not label[:1].isupper()
            or any(c in _MINUTES_QUOTE_MARKS for c in label)
            or _OPENS_QUOTE.match(rest)
            or not rest.endswith((".", "!", "?"))
            or len(rest.split()) < _MIN_WORDS
        ):
            continue
        candidates.append((block, colon + 2, label))
    if len(candidates) < _MINUTES_MIN_ROWS:
        return []  # (most articles: no other paragraph is read again)
    joined = "\n".join(block.text for block in body)
    rows: list[tuple[Block, int, str, str]] = []
    for block, start, label in candidates[:_MINUTES_MAX_ROWS]:
        if (name := _minuted_name(label, block.text, joined)) is not None:
            rows.append((block, start, name, label))
    if len(rows) < _MINUTES_MIN_ROWS:
        return []
    return [_answer(document, block, start, len(block.text), name, label) for block, start, name, label in rows]


def _minuted_name(label: str, own: str, text: str) -> str | None:
    """The member a minutes' label names, as the article's ``text`` writes the name outside the row (``own``): the
    label's last words, in the case a name gives them, after an office or a title ("… REGIDOR DE OBRAS PÚBLICAS,
    LORENZO CANTÚ RAMOS" -> "Lorenzo Cantú Ramos"); or a title and a surname, the name the same title stands before
    elsewhere ("GV Eberharter" of "GV Josef Eberharter")."""
    words = _in_case(label.replace(",", " ")).split()
    for at in range(1, len(words) - 1):  # (the longest tail first; one word at least before it)
        tail = words[at:]
        name = " ".join(tail)
        if (
            len(tail) <= _MINUTES_NAME_WORDS
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in tail)
            and text.count(name) > own.count(name)
            and is_person_name(name)
        ):
            return name
    raw = label.split()
    if len(raw) != 2 or not raw[1][:1].isupper() or not raw[1].replace("-", "").isalpha():
        return None
    title, surname = raw
    # (bounded: the title, one or two given names of up to 31 letters, the surname)
    written = re.compile(
        rf"(?<![\w.]){re.escape(title)}\s{{1,3}}((?:[^\W\d_][\w'’-]{{0,30}}\s{{1,3}}){{1,2}}){re.escape(surname)}(?!\w)"
    )
    found = written.search(text)
    given = found.group(1).split() if found is not None else []
    return " ".join([*given, surname]) if given and all(w[:1].isupper() for w in given) else None


def _asked_and_answered(body: list[Block], run: list[_Row]) -> bool:
    """Whether two labelled rows are a question and its answer that the article introduces: the paragraph before them
    ends on a colon (it sets the exchange off as words said: "El testigo …, vecino de la parcela, respondió así a la
    defensa:", "Part of her evidence, as read into the record:"), the first row asks (it ends on a question mark), the
    second, under another label, does not. Fewer than a transcript's three turns, but the article says what they are."""
    asked, answer = run
    if asked.block is answer.block or asked.name == answer.name:
        return False
    if not _QUESTION_END.search(asked.block.text, asked.start, asked.end) or _QUESTION_END.search(
        answer.block.text, answer.start, answer.end
    ):
        return False
    at = next((i for i, block in enumerate(body) if block is asked.block), 0)
    return at > 0 and body[at - 1].text.rstrip().endswith(":")


# A broadcast's subtitle cue printed in the article (SubRip, WebVTT): its number, then its timing line, then the words
# shown ("2\n00:00:05,600 --> 00:00:09,000\nTAMSIN PASCOE: I sat with her …"). Anchored at the block's start: linear.
_SUBTITLE_CUE = re.compile(r"(?:\d{1,6}\n)?(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3} {1,3}--> {1,3}(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]{0,60}\n")


def _subtitle_rows(lex: Lexicon, body: list[Block]) -> list[_Row]:
    """The subtitle cues printed in the article whose words open on a speaker's label ("TAMSIN PASCOE: I sat with her
    …"), each a row of the person it names; a cue with no label (a reporter's "[REPORTER] …", a sound's "[WAVES]")
    is no one's."""
    rows: list[_Row] = []
    for block in body:
        cue = _SUBTITLE_CUE.match(block.text) if "-->" in block.text else None  # (most blocks: a search in C)
        label = _ROW_LABEL.match(block.text, cue.end()) if cue is not None else None
        if label is not None and label.group("name").split()[0].lower() not in lex.stopwords:
            rows.append(_Row(block, _in_case(label.group("name")), label.end(), len(block.text.rstrip()), recorded=True))
    return rows


def _labelled_runs(lex: Lexicon, body: list[Block]) -> list[list[_Row]]:
    """The runs of consecutive labelled rows (a row whose words open on a quote mark is a quote's cue, no row)."""
    runs: list[list[_Row]] = [[]]
    for block in body:
        rows = _rows(lex, block)
        if rows and (len(rows) > 1 or not _OPENS_QUOTE.match(block.text, rows[0].start)):
            runs[-1] += rows
        elif runs[-1] and _room_note(block.text):
            # (the record's note of the room between two rows, "(Heiterkeit)", "*(Aplausos)*": the run goes on; a call
            # from the floor with its words unquoted is its caller's row, "(Zwischenruf Abg. Kaiser: Stimmt nicht!)")
            call = _floor_call(lex, block)
            runs[-1][-1] = replace(runs[-1][-1], noted=True)
            runs[-1] += [call] if call is not None and not _OPENS_QUOTE.match(block.text, call.start) else []
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


_ROOM_NOTE_MAX = 400  # a note of the room or a call from the floor is a line or two


def _room_note(text: str) -> bool:
    """Whether a block is wholly one bracket: a record's note of the room between two rows ("(Heiterkeit)", "(Beifall
    bei der FBP)", "[Laughter]") or a call from the floor ("(Zwischenruf Abg. Manfred Kaiser: „Das stimmt doch
    nicht!“)"), no one's row and no end of the record."""
    note = text.strip()
    closing = {"(": ")", "[": "]"}.get(note[:1])
    return closing is not None and len(note) <= _ROOM_NOTE_MAX and note.find(closing) == len(note) - 1


def _floor_call(lex: Lexicon, block: Block) -> _Row | None:
    """The row of a call from the floor in a note of the room: a label inside the bracket, perhaps after a noun of a
    call and a word ("(Zwischenruf Abg. Manfred Kaiser: …)", "(Interruption de M. Paul Girard : …)", "(Hon. Members:
    …)"), its words up to the bracket's close; None when no label opens it."""
    text = block.text
    start = text.index(text.strip()[0]) + 1
    end = text.rindex(text.strip()[-1])
    words = text[start:end].split(maxsplit=3)
    if words and words[0].lower() in lex.floor_calls:  # "Zwischenruf", "Interjection", "Interruption", "Interrupción"
        skip = 2 if len(words) > 2 and words[1].islower() else 1  # (and its "von", "from", "de")
        for word in words[:skip]:
            start = text.index(word, start) + len(word)
    row = _row(lex, block, start, end)
    return replace(row, end=min(row.end, end)) if row is not None else None


def _rows(lex: Lexicon, block: Block) -> list[_Row]:
    """A block's labelled rows: each time-stamped row of the block, else each of its lines that opens on a label (a
    plain-text transcript's rows with no blank line between them; a line opening on none goes on the row above, a
    hard-wrapped answer or a line break inside one), or the block as one row; [] when any is not one."""
    text = block.text
    # (stamps count only when one opens the block: a block that opens on none, most, is not scanned for the others)
    stamps = (
        [m for m in _TIME_STAMP.finditer(text) if m.start() == 0 or text[m.start() - 1] in " \n"]
        if _TIME_STAMP.match(text)
        else []
    )
    starts = [m.end() for m in stamps] if stamps and stamps[0].start() == 0 else [0]
    ends = [m.start() for m in stamps[1:]] + [len(text)] if len(starts) > 1 else [len(text)]
    if len(starts) == 1 and "\n" in text and "\n" in text.strip():  # (most blocks are one line: not copied)
        lines = _lines(text)
        opening = [i for i, (start, end) in enumerate(lines) if i == 0 or _row(lex, block, start, end) is not None]
        starts = [lines[i][0] for i in opening]
        ends = [lines[i - 1][1] for i in opening[1:]] + [lines[-1][1]]
    rows = [_row(lex, block, start, end) for start, end in zip(starts, ends, strict=True)]
    return [row for row in rows if row is not None] if all(rows) else []


def _row(lex: Lexicon, block: Block, start: int, end: int) -> _Row | None:
    """The row a label opens at ``start`` (a parliament's record or a speaker's label), None when no label opens it."""
    if (described := _described_row(lex, block, start, end)) is not None:
        return described  # (before a record's: "Une ouvrière qui …" opens on no title, though on a role)
    if (recorded := _record_row(lex, block, start, end)) is not None:
        return recorded
    window = block.text[start : min(end, start + _ROW_REACH)]
    # (no colon nor dash for the label to end on: most paragraphs, told without the pattern)
    label = _ROW_LABEL.match(block.text, start, end) if ":" in window or "–" in window or "—" in window else None
    name = label.group("name") if label else ""
    if label is not None and name.lower() in lex.narrator_labels:  # ("Off:", a stop word in English)
        return _Row(block, name, label.end(), end, narrated=True)
    if label is None or name.split()[0].lower() in lex.stopwords or name in lex.question_labels:
        return None
    if name.split()[0].lower() in lex.broadcast_roles:
        # (a caller's label names the caller after the role: "CALLER (MAMA ROSE, LIKONI):", "Listener, Tom, Hove:")
        caller = _broadcast_label(grammar(lex.code), block.text[start : label.end()].rstrip())
        if caller is not None:
            return _Row(block, _in_case(caller.group()), label.end(), end, called=True)
    bracket = label.group("bracket") or ""
    told = bracket.replace(",", " ").split() if bracket else ()  # (most labels: no bracket)
    if told and any(_party(w) or title_role(w, lex) for w in told) and known_first_name(name.split()[0]):
        # a member's row in a record: a name, then a bracket of party or office ("Thomas Vogt (VU):", "Inmaculada
        # Rodríguez (alcaldesa, PSOE):", "Jo Grant (Cllr, Lab):"), the record's form itself
        direction = _STAGE_DIRECTION.search(block.text, label.end(), end)
        return _Row(block, name, label.end(), direction.start() if direction else end, recorded=True, bracketed=True)
    return _Row(block, name, label.end(), end, role=(label.group("role") or "").strip())


def _described_row(lex: Lexicon, block: Block, start: int, end: int) -> _Row | None:
    """The row of someone its label describes without a name, opening on an indefinite article ("UNA AGENTE DE ADUANAS
    QUE PIDIÓ NO SER IDENTIFICADA:", "Une ouvrière :"): their words, no one's by name; None when no such label opens
    it."""
    first = block.text[start : start + 16].split(maxsplit=1)
    if not first or first[0].lower() not in lex.indefinite:
        return None  # (most paragraphs: no regex)
    label = _DESCRIBED_LABEL.match(block.text, start, end)
    if label is None:
        return None
    return _Row(block, _in_case(label.group("name")), label.end(), end, described=True)


_PARTY_LETTERS = 6


def _party(word: str) -> bool:
    """Whether a word of a member's bracket is a party's letters: two capitals at least in a word of up to six ("VU",
    "FBP", "DpL", "PSOE", "EELV")."""
    return len(word) <= _PARTY_LETTERS and sum(c.isupper() for c in word) >= 2


def _record_row(lex: Lexicon, block: Block, start: int, end: int) -> _Row | None:
    """A parliament's record row: a label of a title (perhaps after an article), then the person's name, or a role and
    the name in brackets; the name in capitals is read as a name ("LASHERAS GIMENO"). None when the label opens on no
    title; a chair's row ("La señora PRESIDENTA:") names no one (its name is the role)."""
    window = block.text[start : min(end, start + _RECORD_REACH)]
    if ":" not in window and "–" not in window and "—" not in window and "-" not in window:
        return None  # (no colon nor dash for the label to end on: most paragraphs, told without the pattern)
    label = _RECORD_LABEL.match(block.text, start, end)
    if label is None:
        return None
    words = label.group("head").split()
    words = words[1:] if words[0].lower() in lex.determiners else words
    title, titles = words[0].lower(), lex.titles | lex.male_titles | lex.female_titles
    # (a title, or a role the lexicon knows, perhaps in a compound: "Regierungsrätin", "Landesrat", "Cllr"; a council
    # that names its members before a full name, "Stadtrat Oskar Müller:")
    member = title in lex.member_bodies and len(words) > 2
    if title not in titles and not member and not title_role(words[0], lex):
        return None
    gender = "f" if title in lex.female_titles else "m" if title in lex.male_titles else ""
    rest = words[2:] if len(words) > 1 and words[1].lower() in lex.determiners else words[1:]  # "Mme la ministre"
    bracket = label.group("bracket")
    # (a role, not a name: a title again, or a word no name holds, "The MINISTER FOR TRANSPORT (Helen Ward):")
    lowered = [w.lower() for w in rest]
    if not rest or lowered[0] in titles or any(w in lex.stopwords and w not in lex.name_particles for w in lowered):
        rest = bracket.split() if bracket and all(w[:1].isupper() for w in bracket.split()) else rest
    direction = _STAGE_DIRECTION.search(block.text, label.end(), end)
    stop = direction.start() if direction else end
    if not rest or all(title_role(w, lex) or w.lower() in lex.stopwords for w in rest):
        # a role alone, the chair's ("Der Präsident:", "The Speaker:", "La señora PRESIDENTA:"): a row of the record
        chair = title_role(next((w for w in reversed(words) if title_role(w, lex)), words[0]), lex)
        return _Row(block, _in_case(" ".join(rest or words)), label.end(), stop, recorded=True, chair=chair)
    name = _in_case(" ".join(rest))
    return _Row(block, name, label.end(), stop, recorded=True, gender=gender)


class _Referred:
    """The rows of a run as their labels in capitals, of one word or of titles and a surname, resolve (labels62,
    labels63): a label the article names in full elsewhere by a surname, a given name or a post ("THAPA:" of "Ramesh
    Thapa, municipal councillor", "MAYOR:" of "Cllr Judith Marsh (Mayor, in the chair)", "LE CAPITAINE :" of "Loïc
    Mercier (capitaine)", "Kollegin Roth:" of "Anja Roth") is that person's row, read as
    ``quotes.label_reference`` reads a quote's label; each label once per article."""

    def __init__(self, lex: Lexicon, cast: Cast, body: list[Block]) -> None:
        self._grammar = grammar(lex.code)
        self._cast = cast
        self._texts = [block.text for block in body]
        self._acronyms: frozenset[str] | None = None
        self._seen: dict[str, str] = {}

    def _written(self) -> frozenset[str]:
        if self._acronyms is None:
            self._acronyms = written_acronyms(self._texts)
        return self._acronyms

    def row(self, row: _Row) -> _Row:
        label = row.name
        # (a label in running case of one word is a surname or a given name, its title dropped by the runs reader:
        # "Concejala Sotz:", "**Dr Mgxaji:**", "Doña Pilar:"; or a title and a surname: "Kollegin Roth:"; labels63)
        single = " " not in label and name_word(label)
        titled = single or label_untitled(self._grammar.lexicon, label.upper().split()) is not None
        if row.called or row.narrated or row.described or not (label.isupper() or row.chair or titled):
            return row  # (most rows: a name as written, read by the rules below)
        shouted = label.upper()
        if shouted not in self._seen and len(self._seen) < _LABELS_RESOLVED:
            self._seen[shouted] = label_reference(
                self._grammar, self._cast, shouted, lambda: self._texts, self._written
            )
        whole = self._seen.get(shouted, "")
        if not whole[:1].isupper() or whole.upper() == shouted or len(whole.split()) < 2 or not is_person_name(whole):
            return row
        return replace(row, name=whole, chair="", resolved=True)


_LABELS_RESOLVED = 24  # the labels read per article, each a scan of its text (a debate has a handful of speakers)


def _names_a_person(lex: Lexicon, cast: Cast, name: str) -> bool:
    """Whether a row's label names a person: capitalised words (or a name's particles), the first a known first name
    or the whole a person the article names."""
    words = name.split()
    if not all(w[:1].isupper() or w.lower() in lex.name_particles for w in words) or name in lex.answer_labels:
        return False
    person = cast.find(name)
    return known_first_name(words[0]) or person is not None and not person.organisation


def _labelled_person(lex: Lexicon, row: _Row, count: int) -> bool:
    """Whether a row's label names a person by its form alone, a name the article need not know: two to four
    capitalised words, then a description after a comma ("MARISOL IBARRA, CONDUCTORA:", "Yann Le Goff, délégué du
    personnel :"), or a label that comes back in the run (``count`` times)."""
    words = row.name.split()
    if len(words) < 2 or not (row.role or count > 1) or words[0].lower() in lex.stopwords:
        return False
    return all(w[:1].isupper() or w.lower() in lex.name_particles for w in words) and row.name not in lex.answer_labels


def _recorded_person(lex: Lexicon, row: _Row) -> bool:
    """Whether a record row's label names a person, not a role (a chair's "La señora PRESIDENTA:")."""
    titles = lex.titles | lex.male_titles | lex.female_titles
    return row.recorded and all(w[:1].isupper() and w.lower() not in titles for w in row.name.split())


_MIN_RECORDED = 2  # a record's rows are set apart by titles, offices or parties: two of them, half the run at least


def _exchange(lex: Lexicon, run: list[_Row], chaired: bool = False) -> bool:
    """Whether a run of labelled rows is an exchange of turns: a record (most rows under a title, an office or a party,
    and one at least under a title, or the chair or a note of the room between them, ``chaired``: a list of candidates
    by name and party is none), or rows in which a label comes back or half the rows speak in the first person."""
    names = [row.name for row in run]
    if len(run) < _MIN_TURNS or len(set(names)) < 2:
        return False
    resolved = [row.name for row in run if row.resolved]
    if len(set(resolved)) >= 2 and 2 * len(resolved) >= len(run):
        # (minutes or a transcript whose labels in capitals are people the article names in full elsewhere, its list
        # of those present or its introduction: "MAYOR:", "THAPA:", "SR. PÉREZ MOLINA:"; labels62)
        return True
    recorded = sum(row.recorded for row in run)
    titled = any(row.recorded and not row.bracketed for row in run)
    if recorded >= _MIN_RECORDED and 2 * recorded >= len(run) and (titled or chaired):
        # a parliament's record: the form itself says each row is its person's words (most rows in it, not each: a
        # member's party may be a word, "Luis Ruiz Soler (Vox):")
        return True
    first_person = {w for w, p in lex.pronouns.items() if p.person == 1}
    speaking = sum(bool(first_person & set(_words(row.block.text[row.start : row.end]).split())) for row in run)
    return len(set(names)) < len(names) or 2 * speaking >= len(run)


# The reporter's note of the room inside a row, a sentence in brackets ("Laissez-moi finir ! (Ils parlent en même
# temps.) Je dis que …", "(Applause.)"): the turn goes on after it. Bounded: one bracket of up to 60 characters.
_NOTE = re.compile(rf"\s\([{CAPITALS}][^()\n]{{0,58}}[.!]\)\s")


def _parts(row: _Row) -> list[_Row]:
    """A row's words on either side of the notes of the room inside it, each a claim of its own (the note is no one's
    words, and the words around it are not one sentence)."""
    notes = list(_NOTE.finditer(row.block.text, row.start, row.end))
    if not notes:
        return [row]
    bounds = [row.start, *(b for note in notes for b in note.span()), row.end]
    return [replace(row, start=start, end=end) for start, end in zip(bounds[::2], bounds[1::2], strict=True)]


def _worded(row: _Row) -> bool:
    return len(row.block.text[row.start : row.end].split()) >= _MIN_WORDS


def _turn_quote(document: Document, row: _Row, cast: Cast) -> Quote:
    if row.described:  # (someone the label describes, "UNA AGENTE ... QUE PIDIÓ NO SER IDENTIFICADA:": no one by name)
        return _answer(document, row.block, row.start, row.end, None, row.name)
    if row.chair:  # ("Der Präsident:" of a debate whose report named "Landtagspräsident Albert Frick": his words)
        holder = cast.holders(row.chair)[0]
        return _answer(document, row.block, row.start, row.end, holder.name, row.name)
    name = _in_case(row.name)  # (a label in capitals, "ALEJANDRA RUELAS": the name as the article writes it)
    person = (
        cast.find(name, row.gender)
        or (row.recorded and cast.find(row.name.split()[0], row.gender) or None)
        or cast.introduce(name, speaker=True)
    )
    return _answer(document, row.block, row.start, row.end, person.name if person else name, row.name)


def _opening_statements(paragraphs: list[_Paragraph], first: int, last: int) -> int:
    """Where the answers start: right after the first question, or before it at the rows that open the exchange under
    labels that answer later (a briefing's transcript: "DR OKAFOR: We have 47 cases." / "CLLR VANCE: …" before the first
    "Q (Name, Outlet): …?")."""
    answering = {p.label for p in paragraphs[first:last] if p.turn is _Turn.ANSWER and p.label}
    start = first
    while start > 0 and paragraphs[start - 1].turn is _Turn.ANSWER and paragraphs[start - 1].label in answering:
        start -= 1
    return start if start < first else first + 1


def _turns(document: Document, lex: Lexicon, body: list[Block]) -> list[_Paragraph]:
    """Each paragraph's turn. Name labels on both sides ("The Ledger:" / "Al-Harthi:") are told apart by
    which of them asks; in an interview with two questions, a paragraph set in bold is a question too
    ("**Some traders say they were never consulted.**"), and one ending in a question mark is a marked one."""
    paragraphs = [_turn(lex, block, begin, end) for block in body for begin, end in _turn_spans(block)]
    askers = _askers(paragraphs)
    paragraphs = [replace(p, turn=_Turn.QUESTION, marked=True) if p.label in askers else p for p in paragraphs]
    if sum(p.turn is _Turn.QUESTION for p in paragraphs) >= _MIN_QUESTIONS:
        paragraphs = [_bold_question(document, lex, p) for p in paragraphs]
        pairs = list(zip(paragraphs, paragraphs[1:], strict=False))
        answering = Counter(a.label for q, a in pairs if q.turn is _Turn.QUESTION and a.turn is _Turn.ANSWER)
        labels = frozenset(label for label, count in answering.items() if count >= _MIN_QUESTIONS)
        paragraphs = [_set_apart(document, q, a, labels) for q, a in pairs] + paragraphs[-1:]
    return paragraphs


def _set_apart(
    document: Document, question: _Paragraph, following: _Paragraph, labels: frozenset[str | None]
) -> _Paragraph:
    """A question set apart as an interview's by its form, not its own label: in italics ("*Why now?*"), led by a
    dash and answered by a paragraph that is not ("– Woran liegt das?" / "Die Leute arbeiten nicht mehr im Dorf.")
    or by the next line of a paragraph of dialogue lines ("— Des regrets ?" / "— Un seul."), or answered by a row
    under a label that answers two questions at least (a live chat's "Question from Dan, Hedge End: …?" /
    "Graham Lusk: …")."""
    if question.turn is not _Turn.QUESTION or question.marked:
        return question
    italic = not question.line and _opens(document, question.block, _ITALIC)
    italic = italic and _closes(document, question.block, _ITALIC_CLOSE)
    exchange = question.line and following.block is question.block
    dashed = exchange or _dash_led(document, question.block) and not _dash_led(document, following.block)
    answered = following.turn is _Turn.ANSWER and following.label in labels
    return replace(question, marked=True) if italic or dashed or answered else question


def _dash_led(document: Document, block: Block) -> bool:
    return bool(_DASH_LED.match(block.text)) or _opens(document, block, _DASH_MARKS)


def _bold_question(document: Document, lex: Lexicon, paragraph: _Paragraph) -> _Paragraph:
    if paragraph.turn is _Turn.ANSWER or paragraph.marked or paragraph.line:
        return paragraph
    if not _opens(document, paragraph.block, _BOLD):
        return paragraph
    if not _closes(document, paragraph.block, _BOLD_CLOSE):
        return paragraph  # "**Rosenheim.** Bei der bayerischen Meisterschaft ...": a bold dateline or lead-in
    if paragraph.block.text.split(maxsplit=1)[0].lower() in lex.byline_words:
        return paragraph  # "**By Owen Pryce, crime reporter**": a byline in bold, no question
    asks = paragraph.turn is _Turn.QUESTION  # (it ends in a question mark)
    return replace(paragraph, turn=_Turn.QUESTION, marked=asks)


# A paragraph of dialogue lines, each led by a dash and a space: a French interview box prints each question and its
# answer as two lines of one paragraph ("— Des regrets ?" / "— Un seul : ..."). Each line is a turn.
_DIALOGUE_LINE = re.compile(r"[ \t]{0,3}[—–―][ \t]{1,3}(?=\S)")


def _turn_spans(block: Block) -> list[tuple[int, int | None]]:
    """Where each turn of ``block`` starts and ends: its lines when they all open on a dialogue dash, else the block."""
    lines = _lines(block.text) if "\n" in block.text else []  # (most blocks are one line: not scanned)
    if len(lines) < 2 or not all(_DIALOGUE_LINE.match(block.text, start, end) for start, end in lines):
        return [(0, None)]
    return [(start, end) for start, end in lines]


def _turn(lex: Lexicon, block: Block, begin: int = 0, end: int | None = None) -> _Paragraph:
    dash = _DIALOGUE_LINE.match(block.text, begin) if end is not None else None
    lead = dash.end() if dash else begin  # (a dialogue line's words start after its dash)
    text = block.text[lead:end]
    # (a dash glued to the label opens a turn as well: "—Rocío Montoya: Catorce meses ...", the Spanish press's raya)
    opening = 1 if dash is None and text[:1] in DASHES else 0
    label = _LABEL.match(text, opening) if ":" in text[opening : opening + _LABEL_REACH] else None
    if label is None and " (" in text[: _BRACKET_LABEL_REACH]:  # (most paragraphs: no bracket near their start)
        label = _BRACKETED_LABEL.match(text, opening)
    head = text[:_STOP_LABEL_REACH]  # (a full stop or a dash so near the start, or no such label: most paragraphs)
    if label is None and ("." in head or "–" in head or "—" in head) and (stop := _STOP_LABEL.match(text)):
        word = stop.group("label")
        label = stop if word in lex.question_labels or word in lex.answer_labels else None
    label = label or _INITIALS_DASH.match(text)
    word = label.group("label") if label else ""
    start = lead + (label.end() if label else 0)
    if word in lex.question_labels:
        return _Paragraph(block, _Turn.QUESTION, word, start, True, begin, end)
    # (initials are a label though they spell a word: "LA:" is Leire Azkona's, no Spanish article; a dialogue line's
    # dash marks its turn and names no one: "— Un seul : ne pas avoir ..." holds no label)
    named = word[:1].isupper() and (word.lower() not in lex.stopwords or bool(_INITIALS.fullmatch(word)))
    named = named and dash is None
    if label and (word in lex.answer_labels or named):
        return _Paragraph(block, _Turn.ANSWER, word, start, False, begin, end)
    if _QUESTION_END.search(text) and len(text.split()) <= _QUESTION_MAX_WORDS and not _OPENS_QUOTE.match(text):
        return _Paragraph(block, _Turn.QUESTION, start=lead, begin=begin, end=end)
    return _Paragraph(block, _Turn.TEXT, start=lead, begin=begin, end=end)


def _askers(paragraphs: list[_Paragraph]) -> frozenset[str]:
    """The name labels that ask: most of their turns, two at least, end in a question mark."""
    asks: defaultdict[str, list[bool]] = defaultdict(list)
    for p in paragraphs:
        if p.label is not None:
            asks[p.label].append(bool(_QUESTION_END.search(p.text)))
    return frozenset(
        label
        for label, questions in asks.items()
        if sum(questions) >= _MIN_QUESTIONS and sum(questions) >= _ASKER_QUESTION_SHARE * len(questions)
    )


def _opens(document: Document, block: Block, marks: tuple[str, ...]) -> bool:
    """Whether the block's source opens on one of ``marks`` (Markdown or HTML emphasis)."""
    start = source_offset(document, block, 0)
    line = document.text[max(0, start - 10) : start].rpartition("\n")[2]  # (never the paragraph before's "**")
    return line.rstrip().endswith(marks)


def _closes(document: Document, block: Block, marks: tuple[str, ...]) -> bool:
    """Whether the block's source closes on one of ``marks`` (the end of Markdown or HTML emphasis)."""
    end = source_offset(document, block, max(0, len(block.text.rstrip()) - 1)) + 1
    return document.text[end : end + 12].lstrip(" \t?.:!").startswith(marks)


_MARKDOWN_HEADING = ("#",)


def _heading(document: Document, lex: Lexicon, block: Block) -> bool:
    """Whether a block is a subheading: an HTML h2–h6, a Markdown "## …" line, or in plain text a short line with no
    sentence end that is no byline ("TROIS QUESTIONS À THOMAS LEMOINE")."""
    if _heading_element(block) or document.tree is None and _opens(document, block, _MARKDOWN_HEADING):
        return True
    plain = document.tree is None and not _opens(document, block, _MARKDOWN_HEADING)
    return plain and _is_heading(block.text) and not byline(block.text, lex.code)


def _box(document: Document, paragraphs: Sequence[_Paragraph], first: int) -> tuple[Block, list[Block]] | None:
    """A box of questions set inside a report: the subheading over it and the paragraphs between it and the first
    question (at most ``_BOX_INTRO``), which name the interviewee ("Drei Fragen an die Trainerin" / "Lena Moos, 31,
    …"); None when no subheading stands so near above the first question, or right above it."""
    for at in range(first - 2, max(-1, first - _BOX_INTRO - 2), -1):
        block = paragraphs[at].block
        # (a heading as marked up, an HTML h2–h6 or a Markdown "## …" line: not a short line of plain text, nor front
        # matter)
        if _heading_element(block) or document.tree is None and _opens(document, block, _MARKDOWN_HEADING):
            return block, list(dict.fromkeys(p.block for p in paragraphs[at + 1 : first]))
    return None


# How many paragraphs may stand between a box's subheading and its first question: a line or two introducing whom
# they are put to
_BOX_INTRO = 2


def _aside(document: Document, block: Block) -> bool:
    """A paragraph set in italics (a note on the interviewer, an editor's aside); a bold label is no italic."""
    return _opens(document, block, _ITALIC) and not _opens(document, block, _BOLD)


# A quote in the headline, dek or introduction counts as this many mentions of its speaker: "Rocío Benítez:
# «...»" over a headline and "—No me arrepiento —dice" names the interviewee more surely than a town named twice.
_QUOTED_WEIGHT = 2


def _named_in(display: list[str], cast: Cast) -> list[str]:
    """The people a headline and a dek name with a first name, in order (never a byline's): an interview's headline and
    standfirst are about its interviewee."""
    named: dict[str, None] = {}
    for text in display:
        if _written_by(text, cast):
            continue  # "Von Seraina Jenal · Samnaun · Freitag, …" set as a dek: the writer's line, opening on "Von"
        for run in _CAPITAL_RUN.finditer(text):
            person = cast.find(run.group())
            written_by = _BY.search(text, max(0, run.start() - 4), run.start())
            # (a person by a first name: "Der Kasseler Pumpenhersteller" is capitalised German, no one)
            if person is not None and not written_by and known_first_name(person.name.split()[0]):
                named.setdefault(person.name)
    return list(named)


def _written_by(text: str, cast: Cast) -> bool:
    """Whether a block is a byline opening on its word ("Von Seraina Jenal · Samnaun", "Por Pilar Lanau Viernes 4 de
    diciembre"): the capitalised run of its name opens on that word, so no look behind the name finds it."""
    return _BY_OPENING.match(text) is not None and byline(text, cast.lexicon.code)


def _in_case(text: str) -> str:
    """Words set in capitals in the case a name gives them ("TROIS QUESTIONS À THOMAS LEMOINE"): a name's first word
    in capitals reads as an acronym, no first name."""
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in text.split())


def _headed(heading: str, cast: Cast) -> str | None:
    """The person a heading names by a full name (the first of them), or None."""
    for run in _CAPITAL_RUN.finditer(_in_case(heading)):
        person = cast.find(run.group())
        if person is not None and not person.organisation and len(person.name.split()) > 1:
            return person.name
    return None


def _interviewee(intro: list[Block], quoted: list[str], cast: Cast, displayed: list[str]) -> str | None:
    """The person the text before the questions names most, a quote's speaker counting double; of two named as
    often, the one quoted first, else named first (an interview introduces its subject before who sat in). When the
    headline or the dek names people, one of them: the introduction may quote others first ("Its chief executive,
    Lorraine Pike, said in a statement ..." before the chief paramedic the standfirst names answers)."""
    counts: Counter[str] = Counter()  # (in the order first met: quotes first)
    for speaker in quoted:
        counts[_person(speaker, cast)] += _QUOTED_WEIGHT
    # (front matter's "author:", a byline's "Por Pilar Lanau · Viernes …": the writer, who asks)
    told = [block.text for block in intro if not front_matter(block.text) and not _written_by(block.text, cast)]
    for text in told:
        for run in _CAPITAL_RUN.finditer(text):
            if _BY.search(text, max(0, run.start() - 4), run.start()):
                continue  # "Interview by Sam Okonedo"
            person = cast.find(run.group())
            # (someone the introduction never names in full is not whom it introduces: "Samnaun" finds the "Werkhof
            # Samnaun" the body names later, a body, no one answering)
            if person is not None and any(person.name in each for each in told):
                counts[person.name] += 1
    ranked = sorted(counts, key=lambda name: -counts[name])  # (stable: of equals, the first met)
    ranked = [name for name in ranked if name in displayed] or displayed or ranked
    return ranked[0] if ranked else None


def _answerer(label: str | None, interviewee: str | None, cast: Cast, lex: Lexicon) -> str | None:
    """Who gave an answer: the interviewee for an unlabelled one or an answer label ("A:", "R."); else the
    person the name label names, of namesakes the interviewee or the one the article introduced first (the
    subject of an interview is introduced before who sat in)."""
    if label is None or label in lex.answer_labels:
        return interviewee
    if _INITIALS.fullmatch(label):  # "OP:" is Owen Pask's, the interviewee first of those with those initials
        initialled = [name for name in (interviewee, *(p.name for p in cast.people if not p.organisation)) if name]
        initialled = [name for name in initialled if _NOT_CAPITAL.sub("", label) in _initials(name)]
        if initialled:
            return initialled[0]
    # (a label in capitals is a name in its case: "DECLAN FROST:" keeps the first name that tells him from his father,
    # which capitals would drop as an acronym)
    label = _in_case(label)
    if interviewee and same_speaker(interviewee, label):
        return interviewee
    if _described(lex, label):
        # a description for a label ("**The skipper:** We tacked early …"): the one person the article gave that role,
        # else the name the introduction sets off after it (``_apposed_to``), else no one by name (structure60)
        role = title_role(label.split()[-1], lex)
        holders = cast.holders(role) if role else []
        return holders[0].name if len(holders) == 1 else None
    given = len(speaker_key(label))  # "Noor al-Harthi:" is not the "al-Harthi" of an earlier label
    named = next(
        (
            p
            for p in cast.people
            if not p.organisation and len(speaker_key(p.name)) >= given and same_speaker(p.name, label)
        ),
        None,
    )
    if named is None:
        named = cast.introduce(label, speaker=True)  # a second interviewee named only by the label
    return named.name if named is not None else None


def _described(lex: Lexicon, label: str) -> bool:
    """Whether a label describes its speaker, a definite article and words in lower case ("The skipper", "Le
    capitaine", "La alcaldesa"), no name."""
    words = label.split()
    return len(words) > 1 and words[0].lower() in lex.definite and all(w.islower() for w in words[1:])


_APPOSED_NAME_REACH = 80  # the characters after a description read for the name set off after it


def _apposed_to(label: str, texts: list[str]) -> str | None:
    """The name an introduction sets off by commas right after the description a label is ("The skipper, Kenroy
    Hodge, sailed with his two sons": "**The skipper:**" is Kenroy Hodge), the first such; None when none is."""
    for variant in (label, label[:1].lower() + label[1:]):
        for text in texts:
            at = text.find(f"{variant}, ")
            if at < 0:
                continue
            rest = text[at + len(variant) + 2 : at + len(variant) + 2 + _APPOSED_NAME_REACH]
            name, comma, _ = rest.partition(",")
            words = name.split()
            if comma and 2 <= len(words) <= _MINUTES_NAME_WORDS and all(w[:1].isupper() for w in words):
                return name.strip() if is_person_name(name.strip()) else None
    return None


# A label of a person's initials ("OP:", "M.O.:", "M.-C. R. :", "J. D."): two to five capitals, each perhaps with a
# full stop, a hyphen (a hyphenated name's parts) or a space before the next. Bounded: linear.
_CAPITALS = CAPITALS
_INITIALS = re.compile(rf"[{_CAPITALS}]\.?(?:[- ]?[{_CAPITALS}]\.?){{1,4}}")
# A label of initials set off by a dash instead of a colon ("B. R. — Moi, je tenais le jardin"). Bounded: linear.
_INITIALS_DASH = re.compile(rf"\s{{0,3}}(?P<label>{_INITIALS.pattern})\s{{0,2}}[–—]\s")
_NOT_CAPITAL = re.compile(rf"[^{_CAPITALS}]")


def _initials(name: str) -> set[str]:
    """The capitals a name's words open on, and those its hyphenated parts open on ("Owen Pask" -> "OP",
    "Marie-Claire Aubry" -> "MA" and "MCA": a label may give a hyphenated first name one initial or two)."""
    words = name.split()
    parts = [part for word in words for part in word.split("-")]
    return {"".join(word[0] for word in each if word[:1].isupper()) for each in (words, parts)}


def _answer(
    document: Document, block: Block, begin: int, stop: int, speaker: str | None, label: str | None
) -> Quote:
    """The claim of the words of ``block`` from ``begin`` to ``stop`` (an answer, a transcript's row), by ``speaker``
    under ``label``."""
    text = block.text[begin:stop].strip()
    offset = block.text.index(text, begin)
    start = source_offset(document, block, offset)
    line, column = document.position(start)
    return Quote(
        text=text,
        speaker=speaker,
        mention=label or None,
        kind=QuoteKind.ANSWER,
        place=Place.BODY,
        line=line,
        column=column,
        start=start,
        end=source_offset(document, block, offset + len(text) - 1) + 1,
    )


_DISPLAY = frozenset((Place.HEADLINE, Place.DEK, Place.CAPTION, Place.PULLQUOTE))


def credit_from_answers(quotes: list[Quote]) -> list[Quote]:
    """A headline, dek, caption or pull quote credited to no one takes the interviewee whose answers hold its words
    word for word (an interview's answers are unquoted, so no body quote gave it a speaker); so does one credited by a
    surname alone that the interviewee bears ("« … » : les sœurs Berthou" of Anne Berthou's answer: one of a family),
    and a quote of the body no cue credits (a subheading over the answers: "## « On ne lâchera rien »")."""
    answers = [(_words(q.text), q.speaker) for q in quotes if q.kind is QuoteKind.ANSWER and q.speaker]
    if not answers:
        return quotes
    # (a quote inside an answer is one the interviewee quotes, someone else's words or a line they imagine)
    spans = [(q.start, q.end) for q in quotes if q.kind is QuoteKind.ANSWER]
    credited = []
    for quote in quotes:
        words = _words(quote.text)
        outside = quote.place is Place.BODY and not any(start <= quote.start < end for start, end in spans)
        if (
            (quote.speaker is None or " " not in quote.speaker)
            and (quote.place in _DISPLAY or outside and quote.speaker is None and not quote.cued)
            and quote.kind is not QuoteKind.MENTION
            and len(words.split()) >= _SHORT_ECHO_MIN_WORDS
        ):
            speakers = {speaker for text, speaker in answers if f" {words} " in f" {text} "}
            answerer = speakers.pop() if len(speakers) == 1 else None
            if answerer is not None and (quote.speaker is None or answerer.endswith(f" {quote.speaker}")):
                quote = replace(quote, speaker=answerer)
        credited.append(quote)
    return credited


# Every lexicon's "I" ("I", "ich", "je", "yo", ...): the one who speaks, in an interview the one who answers
_FIRST_PERSON_SINGULAR = frozenset(
    word
    for lex in LEXICONS.values()
    for word, pronoun in lex.pronouns.items()
    if pronoun.person == 1 and pronoun.number is Number.SINGULAR
)


def interviewee_speaks_first_person(quotes: list[Quote]) -> list[Quote]:
    """In an interview, a quote an "I" cues ('"…," I told the council') is not the byline's writer's, whom the cast
    gives the text's "I": after the first answer it is the interviewee's (the one person the answers are by, else no
    one's); before it, in the introduction or an answer told with a quote, it may be either, so it is no one's."""
    answers = [q for q in quotes if q.kind is QuoteKind.ANSWER]
    if not answers:
        return quotes
    speakers = {q.speaker for q in answers}
    interviewee = speakers.pop() if len(speakers) == 1 else None
    first_answer = min(q.start for q in answers)
    return [
        replace(quote, speaker=interviewee if quote.start > first_answer else None)
        if quote.kind is not QuoteKind.ANSWER
        and quote.mention is not None
        and quote.mention.lower() in _FIRST_PERSON_SINGULAR
        else quote
        for quote in quotes
    ]


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
