"""Words as the matcher compares them.

Journalists' and transcribers' spellings of the same words are made equal:
typographic quotes, dashes and apostrophes; case; "U.S." and "US";
"per cent", "percent" and "%"; numerals and number words ("three" and "3");
contractions ("can't" and "cannot" and "can not"). Each word keeps the span
of the original text it came from, so a diff can show the writer's words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Typographic marks folded to their plain forms before tokenising.
_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "–": "-", "—": "-", "−": "-", "\u00a0": " "})
# A word: an abbreviation with dots (U.S.); letters/digits with inner apostrophes, dots before a
# digit or lower-case letter (3.5, pic.twitter.com; "end.The" is two words, a missing space) or
# commas in numbers (1,000); or a sign (%, $, €, £).
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:(?:'|\.(?=[\da-zß-ÿ])|,(?=\d{3}))[^\W_]+)*%?|%|\$|€|£")

_NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update(
    {
        w: str(n)
        for w, n in zip("thirty forty fifty sixty seventy eighty ninety".split(), range(30, 100, 10), strict=True)
    }
)
_ORDINALS = {
    w: f"{n}th" for n, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())
}
# Contractions spelt out; the keys are lower-case words with a plain apostrophe.
_CONTRACTIONS = {
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
    "it's": ("it", "is"),
    "that's": ("that", "is"),
    "there's": ("there", "is"),
    "here's": ("here", "is"),
    "what's": ("what", "is"),
    "who's": ("who", "is"),
    "he's": ("he", "is"),
    "she's": ("she", "is"),
    "let's": ("let", "us"),
}
_SUFFIX_CONTRACTIONS = (
    ("n't", ("not",)),
    ("'re", ("are",)),
    ("'ve", ("have",)),
    ("'ll", ("will",)),
    ("'m", ("am",)),
    ("'d", ("would",)),
)
_NOT_TERM = re.compile(r"[\W_]+")  # what an index term leaves out of a normalised word
# Country abbreviations and the one word each stands for (distinct from the pronoun "us").
_COUNTRIES = {"us": "u.s.", "usa": "u.s.", "uk": "u.k.", "eu": "e.u."}
# Two-word spellings of one word.
_PHRASES = {("per", "cent"): "percent"}
# Plain words spelt another way, for the common case of a token of letters only.
_WHOLE_WORDS = {
    **{w: expansion for w, expansion in _CONTRACTIONS.items() if w.isalpha()},
    **{w: (n,) for w, n in _NUMBER_WORDS.items()},
    **{w: (n,) for w, n in _ORDINALS.items()},
    "pct": ("percent",),
}
# Words that negate; a change that adds or removes one flips the meaning.
NEGATIONS = frozenset("not no never none nobody nothing neither nor nowhere without".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)
_MAGNITUDES = frozenset("hundred thousand million billion trillion percent dozen half".split())
# Function words and light words: they carry little of what a statement says, so overlap is
# measured without them.
STOPWORDS = frozenset(
    """a an the and or but if of to in on at for with by from as is are was were be been being am do does did
have has had will would shall should can could may might must that this these those it its it's we i you he she
they them us our your his her their my me him there here then than so such which who whom whose what when where
why how also just very about into over after before up out all any some more most much many other own same too
again further once only both each few while during until because through against between under above below
off down there's said says say""".split()
    # Light words of speech: said by anyone about anything, so sharing them shows nothing.
    + """think know going want like get got make go come take see look need people thing things lot way
time well really even still now yes okay ok let tell told lot right just actually""".split()
)


@dataclass(frozen=True, slots=True)
class Word:
    """One normalised word and the span of original text it came from."""

    norm: str
    start: int
    end: int
    original: str


def fold(text: str) -> str:
    """Unicode compatibility form with typographic marks made plain (same length per character)."""
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def words(text: str) -> list[Word]:
    """The normalised words of ``text``, each with its span in ``text``."""
    folded = fold(text)
    out: list[Word] = []
    for match in _WORD.finditer(folded):
        original = text[match.start() : match.end()]
        for norm in _normalise(match.group()):
            out.append(Word(norm, match.start(), match.end(), original))
    return _join_phrases(out)


@lru_cache(maxsize=65536)  # the same few thousand tokens recur in every text
def _normalise(token: str) -> tuple[str, ...]:
    if token.isalpha() and not (token.isupper() and token.lower() in _COUNTRIES):
        lower = token.lower()  # the common case: a plain word
        return _WHOLE_WORDS.get(lower) or (lower,)
    lower = token.lower().rstrip(".") if not re.fullmatch(r"(?:[a-z]\.){2,}", token.lower()) else token.lower()
    if lower in ("%", "pct", "per cent"):
        return ("percent",)
    if lower.endswith("%"):
        return (*_normalise(lower[:-1]), "percent")
    if re.fullmatch(r"(?:[a-z]\.){2,}|(?:[a-z]\.)+[a-z]", lower):
        bare = lower.replace(".", "")  # U.S. -> us, U.K. -> uk
        return (_COUNTRIES.get(bare, bare),)
    if token.isupper() and lower in _COUNTRIES:
        return (_COUNTRIES[lower],)  # "US", not the pronoun "us"
    if lower in _CONTRACTIONS:
        return _CONTRACTIONS[lower]
    for suffix, expansion in _SUFFIX_CONTRACTIONS:
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return (lower[: -len(suffix)], *expansion)
    if lower in _NUMBER_WORDS:
        return (_NUMBER_WORDS[lower],)
    if lower in _ORDINALS:
        return (_ORDINALS[lower],)
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", lower):
        return (re.sub(r"(st|nd|rd)$", "th", lower),)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", lower):
        return (lower.replace(",", ""),)
    return (lower,)


def _join_phrases(found: list[Word]) -> list[Word]:
    """ "per cent" -> "percent" ("twenty five" stays two words: rare)."""
    out: list[Word] = []
    for word in found:
        joined = _PHRASES.get((out[-1].norm, word.norm)) if out else None
        if joined:
            previous = out.pop()
            out.append(Word(joined, previous.start, word.end, f"{previous.original} {word.original}"))
            continue
        out.append(word)
    return out


def index_terms(text: str) -> list[str]:
    """The words of ``text`` as the candidate index stores them: normalised, letters and digits only.

    Retrieval only needs to find a source, not to compare it, so "u.s."
    indexed as "us" and "3.5" as "35" cost nothing: the alignment that
    follows compares the real words.
    """
    out = []
    for match in _WORD.finditer(fold(text)):
        for norm in _normalise(match.group()):
            term = words_only(norm)
            if term:
                out.append(term)
    return out


def words_only(text: str) -> str:
    """``text`` with everything but letters and digits left out (as the candidate index stores words)."""
    return _NOT_TERM.sub("", text)


def url_key(url: str) -> str:
    """A URL as two captures of the same page compare: no scheme, query, "www." or trailing "/"."""
    bare = url.split("://", 1)[-1].split("?")[0].rstrip("/").lower().replace("twitter.com/", "x.com/")
    return bare.removeprefix("www.")


def is_number(word: str) -> bool:
    """Whether a normalised word is a number, amount, magnitude or date word."""
    return any(ch.isdigit() for ch in word) or word in MONTHS or word in _MAGNITUDES


@lru_cache(maxsize=65536)  # a pure function over a small vocabulary, called for every word compared
def stem(word: str) -> str:
    """A crude stem for overlap counting: "participation", "participates" -> "partic"."""
    for suffix in (
        "ational",
        "ations",
        "ation",
        "ments",
        "ment",
        "ings",
        "ing",
        "ies",
        "ied",
        "ed",
        "es",
        "s",
        "ly",
        "'s",
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


def content_stems(found: list[Word]) -> set[str]:
    """The stems of the words that carry meaning (function words left out)."""
    return {stem(w.norm) for w in found if w.norm not in STOPWORDS}
