"""The frame of a quote that credits it to a description or a name in a crediting position (frames58).

A quote no cue credits may stand next to a sentence, or a clause of its own sentence, whose only person named is
named where the grammar gives the words to them, without a cue verb and its subject:

- the object of a crediting preposition: "Für den einstigen Loipenspurer ist klar: „…“", "«…», a juicio del antiguo
  motorista", "Au dire de l'ancienne ouvrière, « … »", "Para la sexagenaria, «…»";
- the possessor of a noun of words or views: "In the former coxswain's words: “…”", "« … » On doit la formule à
  l'ancienne laitière.", "« … » : c'est la conviction de l'ancien senneur", "„…“ Mit diesen Worten beruhigte der
  einstige Dammbauer die Nachbarn.";
- the subject of a verb of saying, thinking or summing up after a word pointing back at the quote: "«…». Así lo
  resumió el antiguo pascola.", "« … » Voilà ce qu'en pense l'ancien tisserand.", "“…” That, at least, was how the
  one-time cray fisherman saw it.";
- a cleft: "It was the ex-maths teacher who had the last word: “…”", "Es war die frühere Kahnfährfrau, die …:".

The reader knows the closed classes of each language from its lexicon (``credit_prepositions``, ``word_nouns``,
``credit_pointers``, ``cleft_openers``, ``view_verbs``, ``oblique_articles``), never a frame's phrase: whatever
else the sentence says, it takes the description that stands in one of those positions, written as the subject
of a sentence writes it ("den einstigen Loipenspurer" -> "der einstige Loipenspurer", "del antiguo motorista" -> "el
antiguo motorista"), and hands it to the cast like any other description. It gives up when the frame names
someone else too (a first name, a pronoun subject), so that a sentence about something else keeps the quote as it
was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import LEXICONS, Lexicon
from .cast import known_first_name

# The words of a frame, one token each: a possessive ("coxswain's"), an elided article or pronoun ("l'", "qu'"), a
# word (an apostrophe inside it kept: "Guivarc'h", "aujourd'hui"), a comma, colon or semicolon (a break inside the
# frame). Linear: each alternative consumes what it matches. (speed59) The word's first letter is read once and the
# word's letters once: an elided word of three letters at most, unless an "s" of a possessive follows its apostrophe
# ("l'", "qu'"), else the word up to its end (no apostrophe can stand inside the run, so the run is taken whole,
# ``*+``), then a possessive's "'s" or the apostrophes and letters inside it ("Guivarc'h"); the tokens of round 58's
# pattern, which tried the possessive, the elided word and the word in turn, each from the word's first letter.
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]{0,2}+['’](?!s(?!\w))|[\w\-]*+(?:['’]s(?!\w)|(?:['’][^\W\d_]++)*+))|[,:;]")
_QUOTE_MARK = re.compile(r"[“”„\"«»]")
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”»“„«]|$)|\n")

# A frame's description: its first token, its end, whether a link or a preposition stands before it (its article in
# the case the link governs) and whether that is all that credits it (no noun of words it owns: a place, a time or an
# event stands there as often, "For the harbour,", "bei der Feier"), or None
_Found = tuple[int, int, bool, bool] | None

_FRAME_REACH = 300  # the most characters of a frame read (a frame is one short sentence)
_FRAME_MAX_TOKENS = 28  # a longer sentence says more than whose the words are
_DESCRIPTION_MAX_WORDS = 7  # "l'ancienne ouvrière de l'usine à poisson", article included


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text[:_FRAME_REACH])


@lru_cache(maxsize=8)
def _classes(
    code: str,
) -> tuple[
    tuple[tuple[str, ...], ...],
    tuple[tuple[str, ...], ...],
    tuple[tuple[str, ...], ...],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
]:
    """A language's closed classes as the reader uses them: the crediting prepositions, pointers and cleft openers
    as token sequences (longest first), the nouns of words, the verbs of saying or viewing, the articles a
    description opens on, and the words that end a description."""
    lex = LEXICONS[code]

    def sequences(phrases: tuple[str, ...] | frozenset[str]) -> tuple[tuple[str, ...], ...]:
        seqs = {tuple(t.lower().replace("’", "'") for t in _TOKEN.findall(p)) for p in phrases}
        return tuple(sorted((s for s in seqs if s), key=lambda s: (-len(s), s)))

    nouns = frozenset(lex.word_nouns) | frozenset(lex.answer_nouns)
    verbs = frozenset(lex.cue_verbs) | frozenset(lex.view_verbs) | frozenset(lex.phrasing_verbs)
    articles = frozenset(a.replace("’", "'") for a in lex.definite) | frozenset(lex.oblique_articles)
    stops = (
        verbs
        | frozenset(lex.answer_verbs)
        | frozenset(c for c in lex.copulas if " " not in c)
        | frozenset(lex.relative_pronouns)
        | frozenset(lex.pronouns)
        | frozenset(lex.negations)
        | frozenset(lex.object_clitics)  # ("A la antigua guía del Aneto le gusta repetir")
    )
    return (
        sequences((*lex.credit_prepositions, *lex.spoken_prepositions)),
        sequences(lex.credit_pointers),
        sequences(lex.cleft_openers),
        nouns,
        verbs,
        articles,
        stops,
    )


def _starts_with(low: list[str], at: int, seqs: tuple[tuple[str, ...], ...]) -> int:
    """The length of the first sequence of ``seqs`` that ``low`` holds at ``at`` (0: none)."""
    for seq in seqs:
        if tuple(low[at : at + len(seq)]) == seq:
            return len(seq)
    return 0


def _opening_preposition(lex: Lexicon, low: list[str], preps: tuple[tuple[str, ...], ...]) -> int:
    """Where the description after a crediting preposition opening the frame starts (0: none opens it); a phrase
    ending on its link may end on the link contracted with the article, which opens the description then ("a juicio
    del antiguo motorista", "au dire du maire")."""
    for seq in preps:
        n = len(seq)
        if tuple(low[:n]) == seq:
            return n
        head, link = seq[:-1], seq[-1]
        if (
            head
            and link in lex.complement_words
            and tuple(low[: n - 1]) == head
            and n - 1 < len(low)
            and low[n - 1] in lex.oblique_articles
            and low[n - 1] in lex.complement_words
        ):
            return n - 1
    return 0


def _description(lex: Lexicon, words: list[str], low: list[str], at: int) -> tuple[int, bool] | None:
    """The end of the description or name opening at ``at`` and whether it is a possessor ("the coxswain's"), or None
    when none opens there: an article and its words up to a break, a verb, a pronoun, a relative or another article
    (a complement's article kept: "el antiguo motorista de curiara", "l'ouvrière de l'usine"); or a capitalised
    name's run."""
    _, _, _, nouns, verbs, articles, stops = _classes(lex.code)
    if at >= len(low):
        return None  # (the frame ends on its marker: "According to")
    links = frozenset(lex.complement_words) | frozenset(lex.oblique_articles)
    first = low[at]
    if first in articles:
        end = at + 1
        headed = False
        while end < len(words) and end - at < _DESCRIPTION_MAX_WORDS:
            word, w = words[end], low[end]
            if w in (",", ":", ";") or w in stops and not (w in articles and low[end - 1] in links):
                break
            if w in articles and w not in links and low[end - 1] not in links:
                break  # (another noun phrase: "der einstige Dammbauer die Nachbarn"; "del Aneto" is a complement)
            if lex.capitalised_nouns and headed and word[:1].islower() and w not in links and w not in articles:
                break  # (past the noun, a word in lower case is the predicate's: "dem Bergführer steht")
            headed = headed or lex.capitalised_nouns and word[:1].isupper()
            end += 1
            if w.endswith(("'s", "’s")):
                return (end, True) if end - at > 1 else None
        while end > at + 1 and (low[end - 1] in links or low[end - 1] in articles):
            end -= 1  # (a link or an article left at the end: "de" of "… de, selon elle")
        return (end, False) if end > at + 1 and low[at + 1] not in nouns else None
    if at and words[at][:1].isupper() and (not lex.capitalised_nouns or known_first_name(words[at])):
        end = at
        while end < len(words) and end - at < 4 and words[end][:1].isupper() and low[end] not in stops:
            end += 1
        if end > at and low[at] not in nouns and low[at] not in verbs and low[at] not in lex.determiners:
            return end, words[end - 1].endswith(("'s", "’s"))
    return None


def _nominative(lex: Lexicon, words: list[str], start: int, end: int, oblique: bool) -> str:
    """The description as the subject of a sentence writes it: a possessive's "'s" dropped; after a preposition or a
    link, the article a contraction or a case holds in its nominative ("del" -> "el", "den"/"dem" -> "der", a
    feminine "der" -> "die") and the adjectives and the genitive's noun with it ("einstigen" -> "einstige",
    "Zugführers" -> "Zugführer")."""
    out = list(words[start:end])
    out[-1] = re.sub(r"['’]s$", "", out[-1])
    first = out[0].lower().replace("’", "'")
    genitive = first in lex.genitive_links
    # (a form that is never a subject's is read back whatever stands before it: "den", "dem", "des", "del", "du"; one
    # that may be, the German feminine "der", only after a preposition)
    nominatives = frozenset(lex.oblique_articles.values())
    if first in lex.oblique_articles and (oblique or first not in nominatives):
        out[0] = lex.oblique_articles[first]
        if lex.capitalised_nouns:
            for i in range(1, len(out)):
                if out[i][:1].isupper():
                    if genitive:
                        out[i] = next((out[i][: -len(e)] for e in lex.genitive_endings if out[i].endswith(e)), out[i])
                    break
                if out[i].endswith("en"):
                    out[i] = out[i][:-1]
    text = ""
    for word in out:
        text += word if not text or text.endswith(("'", "’")) else f" {word}"
    return text


def _others(lex: Lexicon, words: list[str], low: list[str], start: int, end: int, opened: bool) -> bool:
    """Whether the frame names someone besides the description at ``start``-``end``: a first name, a pronoun
    subject of a person ("he", "elle"); where a preposition opens the frame, any subject pronoun but "it" ("À
    Marseille, on assure :" is what people there say; "On doit la formule à l'ancienne laitière" credits her)."""
    for i, (word, w) in enumerate(zip(words, low, strict=True)):
        if start <= i < end:
            continue
        if i and word[:1].isupper() and known_first_name(word):
            return True
        pronoun = lex.pronouns.get(w)
        if w not in lex.subject_pronouns or pronoun is not None and pronoun.gender.value == "n":
            continue  # (an "it" or "es" stands for the quote: "So sieht es der …")
        if opened or pronoun is not None and pronoun.person == 3 and pronoun.gender.value in ("m", "f"):
            return True
    return False


def _read(lex: Lexicon, text: str, own_clause: bool) -> tuple[str, bool] | None:
    """The description a frame credits, or None (``own_clause``: the frame is a clause of the quote's own sentence,
    where a crediting preposition alone credits: ", a juicio del antiguo motorista"; a sentence of its own that opens
    on one is about its object: "Für den einstigen Bahnhof gibt es keinen Käufer.")."""
    preps, pointers, clefts, nouns, verbs, _, _ = _classes(lex.code)
    words = _tokens(text)
    while words and words[0] in (",", ":", ";"):
        words.pop(0)
    colon = bool(words) and words[-1] == ":"  # (a frame set off before the quote by a colon: "…, the matter is plain:")
    while words and words[-1] in (",", ":", ";"):
        words.pop()
    if not words or len(words) > _FRAME_MAX_TOKENS:
        return None
    low = [w.lower().replace("’", "'") for w in words]
    found = _cleft(lex, words, low, clefts)
    if found is None and "," in low and (opening := _opening_preposition(lex, low, preps)):
        # (a source before a cleft: "Selon La Gazette du Val, c'est la native de Villers-le-Lac qui a eu le dernier
        # mot :", "According to the Echo, it was the postwoman who …": the cleft singles out who spoke, the source
        # reports it)
        comma = low.index(",", opening) + 1 if "," in low[opening:] else len(low)
        cleft = _cleft(lex, words[comma:], low[comma:], clefts)
        found = None if cleft is None else (comma + cleft[0], comma + cleft[1], cleft[2], cleft[3])
    opened = False
    if found is None and own_clause and (opening := _opening_preposition(lex, low, preps)):
        # "Für den einstigen Loipenspurer ist klar:", "Au dire de l'ancienne …, « … »", ", a juicio del antiguo …"
        span = _description(lex, words, low, opening)
        rest = low[span[0] :] if span is not None else []
        # (a subject of a verb of saying after it speaks: "A las seis, el alcalde dijo:"; a preposition of
        # ``spoken_prepositions``, which opens other phrases too, credits only before such a verb: "A la antigua guía
        # le gusta repetir que")
        spoken = any(w in verbs for w in rest)
        if rest[:1] == [","] and len(rest) > 1 and rest[1] in lex.prepositions:
            rest = []  # (a contrast or a time set off after it is the sentence's: "Pour la mairie, en revanche,")
            span = None
        # (and a noun phrase after a comma is the subject of the clause the quote ends: "Selon la compagnie de
        # gendarmerie, les animaux vivaient « … »", "According to the project brief …, the station will lift water “…”")
        articles = _classes(lex.code)[5]
        comma = rest.index(",") if "," in rest else len(rest)
        subjects = articles | lex.plural_articles | (lex.determiners - lex.indefinite)
        # (before a colon a phrase of its own sets the quote off: "In the eyes of the former keeper, the matter is
        # settled:")
        other = spoken and any(w in articles for w in rest) or not colon and any(w in subjects for w in rest[comma:])
        viewpoint = opening > 1 or low[0] not in lex.spoken_prepositions  # ("a juicio del" is no "a")
        if span is not None and not span[1] and not other and (viewpoint or spoken):
            found, opened = (opening, span[0], True, True), True
    if found is None:
        pointed = _starts_with(low, 0, pointers)
        if own_clause and pointed == 1 and low[0] in lex.determiners:
            pointed = 0  # (before the quote "Das", "That" open a noun phrase: "Das Ministerium schreibt, … „…“")
        found = _pointed_or_owned(lex, words, low, pointed, preps, nouns, verbs)
    if found is None:
        return None
    start, end, oblique, loose = found
    if end + 1 < len(words) and low[end] == "," and words[end + 1][:1].isupper():
        return None  # (a name set off after the description names the speaker: "Verdict de l'arbitre, Brou Kouamé :")
    if _others(lex, words, low, start, end, opened):
        return None
    who = _nominative(lex, words, start, end, oblique)
    # (a document speaks for whoever issued it, no description of a person: "Laut des Gutachtens:")
    return None if any(w.lower() in lex.document_nouns for w in who.split()) else (who, loose)


_POINTER_GAP = 3  # the most words from a pointer frame's verb to its subject: "sieht es jedenfalls der"
_POINTER_TAIL = 3  # the most words after a pointer frame's verb and its subject: "saw it", "sums it up"


def _cleft(lex: Lexicon, words: list[str], low: list[str], clefts: tuple[tuple[str, ...], ...]) -> _Found:
    """A cleft's focus: "It was the former postman who …", "C'est l'ancien batelier qui …", "Es war die frühere
    Kahnfährfrau, die …", "Fue el antiguo pescador quien …"."""
    cleft = _starts_with(low, 0, clefts)
    span = _description(lex, words, low, cleft) if cleft else None
    if span is None or span[1] or span[0] >= len(low):
        return None
    after = span[0] + 1 if low[span[0]] == "," else span[0]
    relative = low[after] if after < len(low) else ""
    known = relative in lex.relative_pronouns or relative in lex.relative_articles or relative in _CLEFT_RELATIVES
    return (cleft, span[0], False, False) if known else None


def _pointed_or_owned(
    lex: Lexicon,
    words: list[str],
    low: list[str],
    pointed: int,
    preps: tuple[tuple[str, ...], ...],
    nouns: frozenset[str],
    verbs: frozenset[str],
) -> _Found:
    """The first description after the frame's marker, if it stands where the frame credits it: the possessor of a
    noun of words ("the coxswain's words", "la formule à l'ancienne laitière", "c'est la conviction de l'ancien
    senneur", "Nach Ansicht des einstigen Zugführers"), the subject inverted after such a noun ("Mit diesen Worten
    beruhigte der einstige Dammbauer"), or the subject of the verb of saying or viewing a pointer opens on ("Así lo
    resumió el antiguo pascola", "That was how the cray fisherman saw it")."""
    noun = next((i for i, w in enumerate(low) if w in nouns), -1)
    if noun > 0 and low[noun - 1] in lex.possessives:
        return None  # (the words have their owner: "Sa réponse à la question du ferry tient en une phrase :")
    if noun < 0 and not pointed:
        return None  # (the cheap question first: no marker, no frame)
    for at in range(pointed, len(low)):
        span = _description(lex, words, low, at)
        if span is None:
            continue
        end, possessor = span
        # (a link before it, or one contracted with its article: "Palabras del antiguo …", "la formule du …")
        prep = (
            at > 0
            and (low[at - 1] in lex.complement_words or _ends_preposition(low, at, preps))
            or low[at] in lex.complement_words
            and low[at] not in lex.oblique_articles.values()
        )
        if possessor:
            return (at, end, False, False) if end < len(low) and low[end] in nouns else None
        # (inverted after the noun's phrase and its verb: "Mit diesen Worten beruhigte der einstige Dammbauer")
        verb = noun + 1
        # (a verb of saying, not of hearing: "Diese Worte hörte Anna Berg oft von ihrem Vater" are the father's)
        inverted = noun <= 2 and at == verb + 1 and low[verb] in verbs
        if 0 <= noun < at and (prep or inverted):
            # (a noun's complement is a person only if the article says so: "Le mot de la semaine :", "Lema de la
            # casa:" name no one)
            return (at, end, prep, prep)
        if pointed and noun < 0:
            # (the verb right before the subject, an object pronoun or an adverb between: "Así lo resumió el …", "So
            # sieht es jedenfalls der …"; not "Das sagte Holmqvist auf die Frage, ob … die Linie …")
            near = range(max(pointed, at - _POINTER_GAP), at)
            between = any(low[i] in verbs for i in near) and not any(words[i][:1].isupper() for i in near)
            tail = len(low) - end
            if between and tail <= _POINTER_TAIL or end < len(low) and low[end] in verbs and tail - 1 <= _POINTER_TAIL:
                return (at, end, prep, prep)
            if at == pointed and end == len(low):
                return (at, end, False, False)  # "So der frühere Käser." (verbless)
        return None
    return None


_CLEFT_RELATIVES = frozenset(("who", "that", "qui", "quien", "quienes", "que", "der", "die"))


def _ends_preposition(low: list[str], at: int, preps: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a crediting preposition ends right before ``at`` ("… bei der früheren …", "… à l'ancienne …")."""
    return any(len(seq) <= at and tuple(low[at - len(seq) : at]) == seq for seq in preps)


def framed_after(lex: Lexicon, text: str, own_clause: bool = False) -> tuple[str, bool] | None:
    """The description a frame right after a quote credits it to: the sentence after it ("Así lo resumió el antiguo
    pascola.") or the rest of its own sentence (", a juicio del antiguo motorista."), read to the sentence's end; and
    whether only a preposition credits it (where a thing may stand too: "so klingt es bei der Feier am Hafen")."""
    if not lex.credit_pointers and not lex.word_nouns:
        return None
    end = _SENTENCE_END.search(text, 0, _FRAME_REACH)
    sentence = text[: end.start() if end else _FRAME_REACH]
    if _QUOTE_MARK.search(sentence, len(sentence) - len(sentence.lstrip("”»“\"' "))):
        return None  # (a frame that opens another quote credits that one: "“…” / The trucker's reply was short: “…”")
    return _read(lex, sentence, own_clause)


def framed_before(lex: Lexicon, sentence: str) -> tuple[str, bool] | None:
    """The description the quote's own sentence credits it to before the quote ("Für den einstigen Loipenspurer ist
    klar:", "Chez l'ex-douanier, une certitude :", "A la antigua guía le gusta repetir que"), and whether only a
    preposition credits it."""
    if not lex.credit_pointers and not lex.word_nouns:
        return None
    return _read(lex, sentence, own_clause=True)


@lru_cache(maxsize=8)
def frame_openers(code: str) -> frozenset[str]:
    """The first words of a language's crediting prepositions, pointers and cleft openers, lower case: a sentence
    opening on none of them (and holding no noun of words) is no frame, told without reading it."""
    preps, pointers, clefts, _, _, _, _ = _classes(code)
    seqs = (*preps, *pointers, *clefts)
    # (an elided first word is written onto the next: "c'est", "d'après")
    return frozenset(seq[0] + seq[1] if seq[0].endswith("'") and len(seq) > 1 else seq[0] for seq in seqs)


@lru_cache(maxsize=8)
def frame_nouns(code: str) -> frozenset[str]:
    """A language's nouns of words and views, lower case (``word_nouns``, ``answer_nouns``)."""
    return _classes(code)[3]
