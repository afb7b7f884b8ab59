"""Labelled verdict cases made from real quotations (the verdict benchmark's data).

Each quotation of a corpus (PolNeAR's ``gold.jsonl``: ``quote_plain`` per
line) becomes a set of cases. A case is a short plain-text article that
credits a quote to a speaker, and a snapshot transcript of two speakers
beside it; the quote is varied so that each variant has one right verdict:

========================  ==============  ==========================================
variant                   expected        what the article's quote is
========================  ==============  ==========================================
``verbatim``              verified        the speaker's words as the transcript has them
``gaps``                  verified        the words with a ``...`` gap
``brackets``              verified        the words with a ``[bracketed]`` insertion
``typography``            verified        the words spelt another way (quote marks,
                                          "per cent", "three", "U.S.", "can't")
``spelling``              verified        American words in British spelling ("organise")
``amount-form``           verified        an amount written another way ("$2 million" ->
                                          "$2m", "3,000" -> "3 thousand")
``negation``              altered         a negation added or removed
``number``                altered         a number, date or amount changed
``magnitude``             altered         an amount's magnitude changed (millions ->
                                          billions), flagged ``number``
``splice``                altered         the start of the quote joined by "..." to the
                                          start of another answer of the speaker, flagged
                                          ``splice``
``post-negation``         altered         an account's plain-text post credits the speaker
                                          with the quote, its negation reversed
                                          (a ``post-quote``), flagged ``negation``
``name``                  altered         a name swapped for another
``word``                  altered         a word dropped or added that changes meaning
``other-speaker``         misattributed   the words credited to the transcript's other speaker
``paraphrase``            paraphrased     the same idea reworded
``not-said``              unsupported     a quote from another article (the transcript lacks it)
``no-source``             unverified      credited to a speaker no snapshot has
========================  ==============  ==========================================

A variant that cannot be made from a quote (no number to change, too short
to reword) is skipped for it. Everything is deterministic for a given seed.
The cases are written outside the repository: the quotations stay in the
corpus's licence.
"""

from __future__ import annotations

import difflib
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from itertools import pairwise
from pathlib import Path

from ..spelling import SPELLINGS

# --- the cast: made-up people, so that no case credits a real person with words -------------
_FIRST = "Alma Jonas Priya Tomasz Ines Malik Greta Osvaldo Hana Rafael Leona Bashir Carys Dmitri Elif Joaquin".split()
_LAST = (
    "Pereira Whitfield Okafor Lindqvist Moreau Castellanos Haddad Brennan Novak Achterberg Szabo Ferreira "
    "Kowalczyk Delacroix Nakamura Abernathy Quintero Vasquez Holloway Mbeki"
).split()
_ROLES = (
    "a state senator",
    "the campaign's spokeswoman",
    "a county commissioner",
    "the party chairman",
    "a former governor",
    "the mayor",
    "a congressional candidate",
    "a policy adviser",
)
_EVENTS = ("a town hall in Des Moines", "a candidates' forum", "a press briefing", "a radio debate", "a fundraiser")
_DAYS = "Monday Tuesday Wednesday Thursday Friday".split()

# --- variations as data -------------------------------------------------------------------
# Words whose negation is made by putting "not" after them.
_AUXILIARIES = "is are was were will would can could should must has have had do does did".split()
# Negated forms and their positive counterparts (negation removed).
_UNNEGATE = {
    "don't": "do",
    "doesn't": "does",
    "didn't": "did",
    "can't": "can",
    "won't": "will",
    "isn't": "is",
    "aren't": "are",
    "wasn't": "was",
    "weren't": "were",
    "couldn't": "could",
    "wouldn't": "would",
    "shouldn't": "should",
    "haven't": "have",
    "hasn't": "has",
    "cannot": "can",
    "never": "always",
}
_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_SWAPS = {  # magnitude, date and ordinal words and what they become
    "hundred": "thousand",
    "thousand": "million",
    "million": "billion",
    "billion": "million",
    "trillion": "billion",
    "first": "second",
    "second": "third",
    "third": "fourth",
    "last": "first",
    **{m: n for m, n in zip(_DAYS + ["Saturday", "Sunday"], _DAYS[1:] + ["Saturday", "Sunday", "Monday"], strict=True)},
    **dict(
        zip(
            "January February March April May June July August September October November December".split(),
            "February March April May June July August September October November December January".split(),
            strict=True,
        )
    ),
}
# American spellings and one British form of each, to respell a quote the British way.
_BRITISH = {american: british for british, american in sorted(SPELLINGS.items(), reverse=True)}
# Amounts and other ways to write the same amount: (pattern, replacement).
_AMOUNT_FORMS = (
    (
        r"\b(\d+(?:\.\d+)?) (million|billion|trillion)\b",
        lambda m: m.group(1) + {"million": "m", "billion": "bn", "trillion": "tn"}[m.group(2)],
    ),
    (r"\b(\d{1,3}),000\b(?![.,]\d)", lambda m: f"{m.group(1)} thousand"),
    (r"\b(\d{1,3}),000,000\b(?![.,]\d)", lambda m: f"{m.group(1)} million"),
)
_MAGNITUDE_SWAPS = {"thousand": "million", "million": "billion", "billion": "million", "trillion": "billion"}
_SPLICE_MIN_WORDS = 4  # words of each part of a spliced quote
_SPLICE_MAX_WORDS = 9
_ACCOUNTS = ("Campaign Watch", "Capitol Clips", "Debate Desk", "Trail Notes")
_OTHER_NAMES = "Sanders Rubio Kasich Pelosi Christie Romney Biden Carson Walker Huckabee".split()
# Modifiers whose presence or absence changes what a sentence claims.
_MODIFIERS = ("only", "almost", "always", "nearly", "partly", "mostly", "also", "still", "all", "every", "very")
_INSERTED_MODIFIERS = ("only", "almost", "always", "nearly", "partly", "mostly")
_PRONOUNS = {
    "he": "the senator",
    "she": "the governor",
    "they": "the Democrats",
    "it": "the plan",
    "we": "Republicans",
    "this": "the bill",
    "that": "the deal",
}
# Spellings journalists and transcribers use for the same words: (pattern, replacement).
_RESPELLINGS = (
    (r"\bU\.S\.", "US"),
    (r"\bUS\b", "U.S."),
    (r"(\d)%", r"\1 per cent"),
    (r"(\d) ?percent\b", r"\1%"),
    (r"(\d) per cent\b", r"\1 percent"),
    (r"\bcannot\b", "can't"),
    (r"\bcan't\b", "cannot"),
    (r"\bdo not\b", "don't"),
    (r"\bdon't\b", "do not"),
    (r"\bwon't\b", "will not"),
    (r"\bit's\b", "it is"),
    (r"\bI'm\b", "I am"),
    (r"\bwe're\b", "we are"),
    (r"\bthey're\b", "they are"),
    (r"\bthat's\b", "that is"),
    *((rf"\b{w}\b", str(n)) for n, w in enumerate(_NUMBER_WORDS[:9], start=1)),
    *((rf"\b{n}\b(?![.,]\d)", w) for n, w in enumerate(_NUMBER_WORDS[:9], start=1)),
    (r"'", "’"),
    (r" -- ", " — "),
    (r"—", " -- "),
)
# Rewordings for the paraphrase variant: phrase -> other words for the same thing.
_REWORDINGS = {
    "i think": "in my view",
    "i believe": "my belief is that",
    "we need to": "it is necessary for us to",
    "we have to": "we must",
    "going to": "about to",
    "a lot of": "many",
    "want to": "wish to",
    "very": "extremely",
    "really": "truly",
    "just": "merely",
    "because": "since",
    "but": "yet",
    "also": "as well",
    "said": "stated",
    "says": "claims",
    "get": "obtain",
    "make": "create",
    "help": "assist",
    "start": "begin",
    "stop": "halt",
    "tell": "inform",
    "know": "realize",
    "think": "reckon",
    "want": "wish",
    "need": "require",
    "big": "large",
    "great": "tremendous",
    "good": "fine",
    "bad": "terrible",
    "important": "crucial",
    "clear": "obvious",
    "everybody": "everyone",
    "everyone": "all of us",
    "nothing": "not a thing",
    "keep": "retain",
    "give": "hand",
    "take": "seize",
    "try": "attempt",
    "trying": "attempting",
    "use": "employ",
    "find": "discover",
    "happen": "occur",
    "happened": "occurred",
    "show": "demonstrate",
    "look": "appear",
    "there is": "we have",
    "there are": "we have",
    "it is": "it's",
}
# All rewordings at once, longest phrase first, so that no word is reworded twice.
_REWORDING = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(_REWORDINGS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# Longer function words, which are not the key words a paraphrase keeps.
_FUNCTION_WORDS = frozenset(
    "into with that this from have they them what when where which would could should there their about again "
    "been were will your than then those these some such much many more most only also just very".split()
)
_MIN_PARAPHRASE_WORDS = 8
_MAX_PARAPHRASE_SIMILARITY = 0.6  # difflib ratio over words: at most this much of the wording kept
_MIN_PARAPHRASE_KEPT = 0.6  # ...and at least this share of its longer words (the key words) kept
_MIN_PARAPHRASE_KEY_WORDS = 3  # ...and at least this many of them
_MARKS = re.compile(r"[\"\[\]]|''")  # quotes holding quote marks or brackets of their own are not used
_MIN_WORDS = 5  # quotes shorter than this are not used (two-word fragments recur in anyone's speech)
_MAX_WORDS = 80

VERDICT_OF = {
    "verbatim": "verified",
    "gaps": "verified",
    "brackets": "verified",
    "typography": "verified",
    "negation": "altered",
    "number": "altered",
    "name": "altered",
    "word": "altered",
    "other-speaker": "misattributed",
    "paraphrase": "paraphrased",
    "spelling": "verified",
    "amount-form": "verified",
    "magnitude": "altered",
    "splice": "altered",
    "post-negation": "altered",
    "not-said": "unsupported",
    "no-source": "unverified",
}


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled case: where it is written, the claim, and the verdict it must get."""

    id: str
    variant: str
    expected: str
    claim: str
    speaker: str
    source_quote: str
    flags: tuple[str, ...]  # change flags the finding must carry ("negation", "number")


@dataclass(frozen=True, slots=True)
class _Person:
    name: str
    role: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def read_quotes(corpus: Path) -> list[tuple[str, str]]:
    """(article, quote) pairs of usable quotations from a PolNeAR-style ``gold.jsonl``."""
    out = []
    with (corpus / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            quote = " ".join(row["quote_plain"].split())
            if _MIN_WORDS <= len(quote.split()) <= _MAX_WORDS and not _MARKS.search(quote):
                out.append((row["article"], quote))
    return out


def make_cases(corpus: Path, out: Path, *, limit: int = 120, seed: int = 7) -> list[Case]:
    """Write cases for up to ``limit`` quotations under ``out``; list them in ``out/cases.jsonl``."""
    quotes = read_quotes(corpus)
    rng = random.Random(seed)
    rng.shuffle(quotes)
    chosen, spare = quotes[:limit], quotes[limit:] or quotes
    cases: list[Case] = []
    for number, (article, quote) in enumerate(chosen):
        fillers = [q for a, q in _sample(spare, rng, 4) if a != article and q != quote]
        foreign = next(q for a, q in _sample(spare, rng, 8) if a != article and q not in fillers and q != quote)
        later = next(q for a, q in _sample(spare, rng, 8) if a != article and q not in (*fillers, foreign, quote))
        for case in _variants(number, quote, fillers, foreign, later, rng):
            cases.append(case[0])
            _write_case(out / case[0].id, case[0], *case[1:])
    with (out / "cases.jsonl").open("w", encoding="utf-8") as index:
        for made in cases:
            index.write(json.dumps(asdict(made), ensure_ascii=False) + "\n")
    return cases


def _sample(pool: list[tuple[str, str]], rng: random.Random, n: int) -> list[tuple[str, str]]:
    return [pool[rng.randrange(len(pool))] for _ in range(n)]


def _variants(
    number: int, quote: str, fillers: list[str], foreign: str, later: str, rng: random.Random
) -> Iterator[tuple[Case, _Person, _Person, list[str], list[str]]]:
    """(case, speaker A, speaker B, A's turns in the transcript, B's turns) for each variant of one quote."""
    a, b, c = _cast(rng)
    turn = [" ".join([fillers[0], quote, fillers[1]]) if len(fillers) > 1 else quote, later]
    b_turns = fillers[2:] or ["Thank you."]
    makers: dict[str, Callable[[str, random.Random], str | None]] = {
        "verbatim": lambda q, r: q,
        "gaps": _gap,
        "brackets": _bracket,
        "typography": _respell,
        "negation": _negate,
        "number": _renumber,
        "name": _rename,
        "word": _reword_one,
        "paraphrase": _paraphrase,
        "spelling": _british,
        "amount-form": _amount_form,
        "magnitude": _magnitude,
        "splice": lambda q, r: _splice(q, later),
        "post-negation": _negate,
    }
    flagged = {"negation": "negation", "post-negation": "negation", "number": "number", "magnitude": "number"}
    for variant, make in makers.items():
        claim = make(quote, rng)
        if claim and claim != quote or variant == "verbatim":
            flags = (flagged[variant],) if variant in flagged else ("splice",) if variant == "splice" else ()
            case = Case(f"{number:04d}-{variant}", variant, VERDICT_OF[variant], claim or quote, a.name, quote, flags)
            yield case, a, b, turn, b_turns
    yield (
        Case(f"{number:04d}-other-speaker", "other-speaker", "misattributed", quote, b.name, quote, ()),
        a,
        b,
        turn,
        b_turns,
    )
    yield Case(f"{number:04d}-not-said", "not-said", "unsupported", foreign, a.name, quote, ()), a, b, turn, b_turns
    # No snapshot holds C, and the transcript (of A and B) does not hold C's words either.
    yield (
        Case(f"{number:04d}-no-source", "no-source", "unverified", quote, c.name, quote, ()),
        a,
        b,
        [" ".join(fillers[:2]) or "Thank you."],
        b_turns,
    )


def _cast(rng: random.Random) -> tuple[_Person, _Person, _Person]:
    names: set[str] = set()
    people: list[_Person] = []
    while len(people) < 3:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if name.split()[-1] not in {n.split()[-1] for n in names}:
            names.add(name)
            people.append(_Person(name, rng.choice(_ROLES)))
    return people[0], people[1], people[2]


# --- the files of a case ------------------------------------------------------------------------


def _write_case(directory: Path, case: Case, a: _Person, b: _Person, a_turns: list[str], b_turns: list[str]) -> None:
    (directory / "snapshots").mkdir(parents=True, exist_ok=True)
    rng = random.Random(case.id)
    credited = next(p for p in (a, b) if p.name == case.speaker) if case.speaker in (a.name, b.name) else None
    speaker = credited or _Person(case.speaker, rng.choice(_ROLES))
    event, day = rng.choice(_EVENTS), rng.choice(_DAYS)
    others = [p for p in (a, b) if p is not speaker]
    intro = f"{speaker.name}, {speaker.role}, spoke at {event} on {day}, alongside {others[0].name}."
    article = "\n\n".join(
        [
            f"Candidates spar over the road ahead at {event}",
            intro,
            _posted(case.claim, speaker, rng)
            if case.variant.startswith("post-")
            else _attribute(case.claim, speaker, rng),
            "The exchange is likely to come up again before the vote, organisers said.",
        ]
    )
    (directory / "article.txt").write_text(article + "\n", encoding="utf-8")
    label_a, label_b = _label(a, rng), _label(b, rng)
    transcript = [
        f"Transcript: {event}, {day}",
        "",
        f"MODERATOR: Let's begin. {a.surname}, your view?",
        f"{label_a}: {a_turns[0]}",
        f"{label_b}: {b_turns[0]}",
        "MODERATOR: A follow-up, then.",
    ]
    transcript += [f"{label_b}: {t}" for t in b_turns[1:]]
    transcript += [line for t in a_turns[1:] for line in (f"MODERATOR: One more for {a.surname}.", f"{label_a}: {t}")]
    (directory / "snapshots" / "transcript.txt").write_text("\n".join(transcript) + "\n", encoding="utf-8")


def _label(person: _Person, rng: random.Random) -> str:
    """How a transcript names a speaker: "WHITFIELD", "JONAS WHITFIELD" or "Jonas Whitfield"."""
    return rng.choice((person.surname.upper(), person.name.upper(), person.name))


def _attribute(quote: str, speaker: _Person, rng: random.Random) -> str:
    """One of the ways an article credits a quote."""
    ends = quote[-1] in ".?!"
    bare = quote.rstrip(".") if quote.endswith(".") else quote
    comma = "" if bare[-1:] in "?!" else ","
    name = rng.choice((speaker.name, speaker.surname))
    form = rng.randrange(4)
    if form == 0:
        return f"{name} said: “{quote}{'' if ends else '.'}”"
    if form == 1:
        return f"“{bare}{comma}” {name} said."
    if form == 2:
        return f"“{bare}{comma}” said {name}, speaking to reporters afterwards."
    return f"{name} told the audience, “{quote}{'' if ends else '.'}”"


def _posted(quote: str, speaker: _Person, rng: random.Random) -> str:
    """An account's post crediting the speaker, in the plain-text rendering of a post."""
    account = rng.choice(_ACCOUNTS)
    handle = "@" + account.replace(" ", "")
    day = rng.randrange(1, 28)
    return (
        f"An account shared the remarks soon after:\n\n{speaker.name}: {quote}\n"
        f"— {account} ({handle}) March {day}, 2025"
    )


# --- variations -----------------------------------------------------------------------------------

_TOKEN = re.compile(r"[\w'’]+(?:[.,]\d+)*%?|\$")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _gap(quote: str, rng: random.Random) -> str | None:
    tokens = _tokens(quote)
    if len(tokens) < 9:
        return None
    cut = rng.randrange(3, len(tokens) - 5)
    end = cut + rng.randrange(2, min(6, len(tokens) - cut - 2))
    return f"{quote[: tokens[cut].start()].rstrip()} ... {quote[tokens[end].start() :]}"


def _bracket(quote: str, rng: random.Random) -> str | None:
    for token in _tokens(quote)[1:]:
        word = token.group().lower()
        if word in _PRONOUNS:
            if rng.random() < 0.5:  # "they [the Democrats]"
                return f"{quote[: token.end()]} [{_PRONOUNS[word]}]{quote[token.end() :]}"
            return f"{quote[: token.start()]}[{_PRONOUNS[word]}]{quote[token.end() :]}"
    spaced = [t for t in _tokens(quote)[1:] if quote[t.start() - 1] == " "]
    if len(spaced) < 3:
        return None
    at = spaced[len(spaced) // 2]
    return f"{quote[: at.start()]}[the] {quote[at.start() :]}"


def _respell(quote: str, rng: random.Random) -> str | None:
    claim = quote
    for pattern, replacement in _RESPELLINGS:
        changed = re.sub(pattern, replacement, claim, count=1)
        if changed != claim:
            claim = changed
            if rng.random() < 0.5:
                break
    return claim if claim != quote else None


def _negate(quote: str, rng: random.Random) -> str | None:
    tokens = _tokens(quote)
    for previous, token in pairwise(tokens):
        word = token.group().replace("’", "'")
        if word.lower() in _UNNEGATE:
            positive = _UNNEGATE[word.lower()]
            return (
                quote[: token.start()]
                + (positive.capitalize() if word[0].isupper() else positive)
                + quote[token.end() :]
            )
        if word.lower() == "not" and token is not tokens[-1]:  # a last "not" left out would just quote less
            return quote[: previous.end()] + quote[token.end() :]
    for token, after in pairwise(tokens):
        if token.group().lower() in _AUXILIARIES and after.group().lower() not in ("not", "no", "never"):
            return f"{quote[: token.end()]} not{quote[token.end() :]}"
    return None


def _renumber(quote: str, rng: random.Random) -> str | None:
    for token in _tokens(quote):
        word = token.group()
        digits = re.fullmatch(r"(\d[\d,]*)(\.\d+)?(%?)", word)
        if digits:
            value = int(digits.group(1).replace(",", ""))
            new = value - 1 if 1990 <= value <= 2030 else value + rng.choice((1, 2, 10)) if value < 100 else value * 2
            return f"{quote[: token.start()]}{new:,}{digits.group(2) or ''}{digits.group(3)}{quote[token.end() :]}"
        lower = word.lower()
        if lower in _NUMBER_WORDS[:-1]:
            new_word = _NUMBER_WORDS[_NUMBER_WORDS.index(lower) + 1]
            return (
                quote[: token.start()]
                + (new_word.capitalize() if word[0].isupper() else new_word)
                + quote[token.end() :]
            )
        if word in _SWAPS or lower in _SWAPS:
            return quote[: token.start()] + _SWAPS.get(word, _SWAPS.get(lower, word)) + quote[token.end() :]
    return None


def _rename(quote: str, rng: random.Random) -> str | None:
    tokens = _tokens(quote)
    for previous, token in pairwise(tokens):
        word = token.group()
        between = quote[previous.end() : token.start()]
        mid_sentence = not re.search(r"[.!?:]", between)
        if word[0].isupper() and word not in ("I", "I'm", "I’m") and mid_sentence and word not in _SWAPS:
            if word.lower() in _PRONOUNS or word in _OTHER_NAMES or len(word) < 3:
                continue
            name = rng.choice([n for n in _OTHER_NAMES if n not in quote])
            return quote[: token.start()] + name + quote[token.end() :]
    return None


def _reword_one(quote: str, rng: random.Random) -> str | None:
    tokens = _tokens(quote)
    if len(tokens) < 4:
        return None
    for previous, token in pairwise(tokens[:-1]):  # not at an edge: that would just quote less
        if token.group().lower() in _MODIFIERS:
            return quote[: previous.end()] + quote[token.end() :]
    at = tokens[rng.randrange(1, len(tokens) - 1)]
    return f"{quote[: at.start()]}{rng.choice(_INSERTED_MODIFIERS)} {quote[at.start() :]}"


def _paraphrase(quote: str, rng: random.Random) -> str | None:
    """Reworded: phrases swapped for others, clauses reordered, fillers dropped."""
    if len(quote.split()) < _MIN_PARAPHRASE_WORDS:
        return None
    text = _REWORDING.sub(lambda m: _REWORDINGS[m.group().lower()], quote.replace("’", "'"))
    clauses = [c.strip() for c in re.split(r",\s+|;\s+|\s+--\s+|\s+and\s+", text.rstrip(".!?")) if c.strip()]
    if len(clauses) > 1:
        clauses = clauses[1:] + clauses[:1]
    text = ", and ".join(clauses)
    text = re.sub(r"\b(?:so|well|actually|certainly|absolutely|totally)\b,?\s*", "", text, flags=re.IGNORECASE)
    text = text[:1].upper() + text[1:] + "."
    before, after = _TOKEN.findall(quote.lower()), _TOKEN.findall(text.lower())
    if difflib.SequenceMatcher(None, before, after).ratio() > _MAX_PARAPHRASE_SIMILARITY:
        return None  # too little changed: that is an altered quote, not a paraphrase
    content = {w for w in before if len(w) > 3 and w not in _REWORDINGS and w not in _FUNCTION_WORDS}
    kept = len(content & set(after))
    if kept < _MIN_PARAPHRASE_KEPT * len(content) or kept < _MIN_PARAPHRASE_KEY_WORDS:
        return None  # too much changed: the same idea keeps its key words
    return text


def _british(quote: str, rng: random.Random) -> str | None:
    """The quote with its American spellings in British form ("organize" -> "organise")."""
    changed = re.sub(
        r"[A-Za-z]+",
        lambda m: _same_case(m.group(), _BRITISH[m.group().lower()]) if m.group().lower() in _BRITISH else m.group(),
        quote,
    )
    return changed if changed != quote else None


def _same_case(word: str, replacement: str) -> str:
    return replacement.capitalize() if word[:1].isupper() else replacement


def _amount_form(quote: str, rng: random.Random) -> str | None:
    for pattern, replacement in _AMOUNT_FORMS:
        changed = re.sub(pattern, replacement, quote, count=1)
        if changed != quote:
            return changed
    return None


def _magnitude(quote: str, rng: random.Random) -> str | None:
    """An amount's magnitude changed: "millions" -> "billions", "$3 million" -> "$3 billion"."""
    for token in _tokens(quote):
        word = token.group()
        lower = word.lower()
        singular = lower[:-1] if lower.endswith("s") else lower
        if singular in _MAGNITUDE_SWAPS:
            new = _MAGNITUDE_SWAPS[singular] + ("s" if lower.endswith("s") else "")
            return quote[: token.start()] + _same_case(word, new) + quote[token.end() :]
    return None


def _splice(quote: str, later: str) -> str | None:
    """The quote's opening words joined by "..." to the opening words of another answer of the speaker."""
    first, second = _opening(quote), _opening(later)
    if first is None or second is None:
        return None
    return f"{first} ... {second[:1].lower()}{second[1:]}"


def _opening(text: str) -> str | None:
    """Up to ``_SPLICE_MAX_WORDS`` words from the start of ``text``, ending at a clause break if one comes."""
    tokens = _tokens(text)
    if len(tokens) < _SPLICE_MIN_WORDS + 1:
        return None
    end = tokens[min(len(tokens), _SPLICE_MAX_WORDS) - 1].end()
    clause = re.search(r"[,;:!?]|\.(?=\s)", text[tokens[_SPLICE_MIN_WORDS - 1].end() : end])  # not "699.57", "U.S."
    if clause:
        end = tokens[_SPLICE_MIN_WORDS - 1].end() + clause.start()
    return text[:end].strip()
