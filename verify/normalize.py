"""Words as the matcher compares them.

Journalists' and transcribers' spellings of the same words are made equal:
typographic quotes, dashes and apostrophes; case; "U.S." and "US";
"per cent", "percent" and "%"; numerals and number words ("three" and "3",
per language from :mod:`verify.lexicon`); amounts as numbers ("$4bn", "4
billion dollars" and "4,000 million dollars" are one value, so "millions"
against "billions" is a number change); contractions ("can't" and "cannot"
and "can not"); British and American spellings (:mod:`verify.spelling`);
links (a ``t.co`` wrapper, the expanded address with tracking parameters or
a trailing slash: all one word, since a shortened link hides its target);
emoji and the ``#`` of hashtags (left out). Each word keeps the span of the
original text it came from, so a diff can show the writer's words.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from operator import attrgetter, eq, itemgetter
from urllib.parse import parse_qsl, urlencode

from .lexicon import LEXICONS
from .spelling import SPELLINGS, american_compound

# Typographic marks folded to their plain forms before tokenising.
_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "ʼ": "'",
        "–": "-",
        "—": "-",
        "−": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
# A link: a scheme, "www." or a known short host, then anything up to a space, quote or bracket,
# not ending in punctuation (bounded: a hostile text cannot make one match long).
# A link shown without its scheme, as posts display them ("landkreis-ostheide.de/klinik", "bit.ly/3xY"), is a
# domain name with a path, or one ending in a common top-level domain ("ostheide.de"): "3.5", "U.S.", "Node.js"
# stay words.
_LINK_TAIL = r"[^\s<>\"“”‘’'()\[\]]{0,2000}[^\s<>\"“”‘’'()\[\].,;:!?]"
_DOMAIN = r"(?<![\w@.-])(?:[A-Za-z0-9][\w-]{0,62}\.){1,8}"
_COMMON_TLD = "com|org|net|gov|edu|int|info|news|io|co|ly|me|tv|eu|uk|de|at|ch|fr|be|es|it|nl"
_LINK = (
    rf"(?:https?://|www\.|pic\.twitter\.com/|t\.co/){_LINK_TAIL}|{_DOMAIN}[A-Za-z]{{2,24}}/{_LINK_TAIL}"
    rf"|{_DOMAIN}(?:{_COMMON_TLD})(?![\w-])"
)
# A word: a link; an @handle; an abbreviation with dots (U.S.); letters/digits with inner apostrophes, dots
# before a digit or lower-case letter (3.5; "end.The" is two words, a missing space) or commas before a digit
# (1,000; the decimal comma of German, French and Spanish: 3,5); or a sign (%, $, €, £).
_WORD = re.compile(
    _LINK + r"|@\w{1,50}|(?:[^\W\d_]\.){2,}|[^\W_]+(?:(?:'|\.(?=[\da-zß-ÿºª])|,(?=\d))[^\W_]+)*%?|%|[$€£₲₦₹₨₵₡₱]"
)
_IS_LINK = re.compile(_LINK)
LINK = "<link>"  # the one word every link is compared as

# Words one lexicon lists that are ordinary words in another language the matcher reads: "un" (French
# "a", English "UN"), "once" (Spanish 11), "sept" (French 7, "Sept." for September), "elf", "null",
# "cent", "mil"; "plus", "personne", "noch" and "ne" negate only in company ("ne ... plus",
# "weder ... noch"); "sin" (Spanish "without") is an English word. The other languages' determiners
# ("ein", "una") are articles first and left out too, with the inflected articles their lists lack.
_CROSS_LANGUAGE_CLASHES = frozenset(
    "once sept elf null cent cents mil plus personne nul nulle noch ne n' sin einen einem uno".split()
)
_DETERMINERS = frozenset(d for lex in LEXICONS.values() if lex.code != "en" for d in lex.determiners)


def _merged(tables: list[dict[str, int]]) -> dict[str, int]:
    """Word -> value from every lexicon; the first lexicon listing a word wins (English is first)."""
    merged: dict[str, int] = {}
    for table in tables:
        for word, value in table.items():
            if word not in _CROSS_LANGUAGE_CLASHES and word not in _DETERMINERS:
                merged.setdefault(word, value)
    return merged


_LANGUAGES = sorted(LEXICONS.values(), key=lambda lex: lex.code != "en")


def _swiss(word: str) -> str:
    """A word as Swiss German writes it, "ss" for "ß" ("Hauptstraße" is "Hauptstrasse", "weiß" is "weiss"): one
    spelling of one word, never a change of what was said."""
    return word.replace("ß", "ss")


_NUMBER_WORDS = {_swiss(w): str(n) for w, n in _merged([dict(lex.number_words) for lex in _LANGUAGES]).items()}
# thousand, million, "bn" ... -> the power of ten they multiply a number by ("billion" is 10**9 as in
# English, the first lexicon: German "Billion" is rare beside "Billionen", which stays 10**12).
MAGNITUDES = _merged([dict(lex.magnitudes) for lex in _LANGUAGES])
# Letters that are a magnitude only when written onto a number ("4m", "10k"): alone, "m" is a metre.
_SUFFIX_ONLY = frozenset(w for w in MAGNITUDES if len(w) == 1)
_SUFFIXED = re.compile(
    r"(\d+(?:\.\d+)?)(" + "|".join(sorted(map(re.escape, MAGNITUDES), key=lambda m: (-len(m), m))) + ")"
)
# Units written out after a number, as their symbol ("metres", "Meter", "mètres" -> "m"); a symbol written onto a
# figure set off in thousands or with a decimal comma is a unit too ("4,000m", "1,80m"), while "60m" and "3.5m" stay
# magnitudes, and so does a symbol written onto an amount ("£1,500m").
_UNIT_WORDS = {word: symbol for lex in _LANGUAGES for word, symbol in lex.unit_words.items()}
_GLUED_UNIT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3}){1,5}|\d{1,3}(?:\.\d{3}){1,5}|\d{1,9},\d{1,6})("
    + "|".join(sorted({u for u in _UNIT_WORDS.values() if " " not in u}, key=lambda u: (-len(u), u)))
    + ")"
)
# A rate after a unit, written out ("Kilometer pro Stunde", "kilomètres par heure"): the time unit as its symbol,
# so that "120 Kilometer pro Stunde" and "120 km/h" read alike ("mph", a unit word of its own, is "mi h").
_RATE_WORDS = frozenset(w for lex in _LANGUAGES for w in lex.rate_words)
_RATE_UNITS = {word: symbol for lex in _LANGUAGES for word, symbol in lex.rate_units.items()}
_UNIT_SYMBOLS = frozenset(part for symbol in _UNIT_WORDS.values() for part in symbol.split())
# A rate's abbreviation written onto its figure ("90mph", "120kph"): the figure and the rate's symbols.
_GLUED_RATE = re.compile(
    r"(\d{1,9}(?:[.,]\d{1,6})?)(" + "|".join(sorted(w for w, u in _UNIT_WORDS.items() if " " in u)) + ")"
)
# Currency signs and words, as one code; an amount keeps its currency as part of its value. A currency that several
# countries name alike is one code, as its words say no country: "usd" every dollar (the sign "$" too), "pso" every
# peso, "rup" every rupee (India, Pakistan, Sri Lanka, Nepal, Mauritius, the Seychelles), "shl" every shilling (Kenya,
# Uganda, Tanzania, Somalia), "frc" every franc (Swiss, the two CFA francs, the CFP franc, Congo, Rwanda, Burundi,
# Guinea), "dnr" every dinar, "dhm" every dirham, "kwa" the kwachas.
_CURRENCY_SIGNS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₲": "pyg"} | {
    "₦": "ngn",  # the naira
    "₹": "rup",
    "₨": "rup",
    "₵": "ghs",  # the cedi
    "₡": "crc",  # the colón
    "₱": "pso",  # the Philippine peso
}
# Signs written with letters before an amount, as their countries write them ("S/ 4,50" the Peruvian sol, "R$ 12" the
# Brazilian real, "Bs 30" the bolívar and the boliviano, "Q 15" the quetzal, "N100" the naira, "R50" the rand, "Rs 500"
# the rupee, "KSh 300" the shilling, "GH₵ 5" the cedi, "L 30" the lempira, "Fr. 20" the franc, "N$", "TT$", "J$" a
# dollar, "RD$" the Dominican peso): read only as written, before a figure.
_LETTER_SIGNS = {"S/": "pen", "S/.": "pen", "R$": "brl", "Bs": "bls", "Bs.": "bls", "Q": "gtq"} | {
    "N": "ngn",
    "R": "zar",
    "Rs": "rup",
    "Rs.": "rup",
    "Re.": "rup",
    "KSh": "shl",
    "Ksh": "shl",
    "KSh.": "shl",
    "Ksh.": "shl",
    "USh": "shl",
    "TSh": "shl",
    "GH₵": "ghs",
    "L": "hnl",
    "L.": "hnl",
    "Fr.": "frc",
    "Fr": "frc",
    "SFr.": "frc",
    "K": "kwa",
    "RM": "myr",  # the ringgit
    **dict.fromkeys(("US$", "N$", "TT$", "J$", "EC$", "A$", "AU$", "NZ$", "C$", "CA$", "HK$", "S$", "BZ$"), "usd"),
    "B$": "usd",
    **dict.fromkeys(("RD$", "MX$", "Mex$", "COL$", "CLP$", "UY$", "$U", "$RD"), "pso"),
}
# The same signs written onto the figure with no space ("N100", "R50", "Rs.500", "KSh300"): the letters' sign
# (and a magnitude's letters after the figure: "N3bn", "RM12m")
_GLUED_SIGN = re.compile(r"(N|R|RM|Rs\.?|KSh|Ksh|USh|TSh)(\d{1,9}(?:[.,]\d{1,9}){0,3}(?:bn|mn|m|k)?)")
_GLUED_SIGN_OPENINGS = frozenset("NRKUT")
# Signs of one letter that are an amount written onto a figure only before a word of scale ("P3 million" Botswana's
# pula, "Q8 millones" the quetzal, "K2 billion" the kwacha): alone the letter and figure are a grade, a quarter, a
# mountain ("P3 pupils", "Q3 results", "K2")
_SCALED_SIGNS = {"P": "bwp", "Q": "gtq", "K": "kwa"}
_SCALED_SIGN = re.compile(r"([PQK])(\d{1,6}(?:[.,]\d{1,3})?)")
# Signs several currencies write, the code the sign is read as and the others it may stand for (the peso's countries
# write "$" too; the Philippine peso "P" as Botswana's pula does; Papua New Guinea's kina "K" as the kwachas do)
SIGN_CURRENCIES = {"$": ("usd", "pso", "nio"), "P": ("bwp", "pso"), "K": ("kwa", "pgk")}  # (Nicaragua's "C$")
# ISO codes written in capitals before or after an amount ("MXN 200", "300 CHF", "2 000 XOF"), as one currency's code
_ISO_CURRENCIES = {
    "USD": "usd", "EUR": "eur", "GBP": "gbp", "JPY": "jpy", "PYG": "pyg", "PEN": "pen", "BRL": "brl", "GTQ": "gtq",
    "BOB": "bls", "VES": "bls", "VEF": "bls", "NGN": "ngn", "GHS": "ghs", "ZAR": "zar", "HNL": "hnl", "CRC": "crc",
    "NIO": "nio", "HTG": "htg", "MGA": "mga", "ETB": "etb", "CNY": "cny", "BDT": "bdt",
    # (round 52) the currencies of the lexicons' words above
    "BWP": "bwp", "MYR": "myr", "IDR": "idr", "PGK": "pgk", "VUV": "vuv", "MVR": "mvr", "SZL": "szl", "LSL": "lsl",
    "MZN": "mzn", "ERN": "ern", "BTN": "btn", "MMK": "mmk", "THB": "thb", "ILS": "ils", "MRU": "mru", "VND": "vnd",
    "KHR": "khr", "LAK": "lak", "LBP": "lbp", "PAB": "pab", "PLN": "pln", "HUF": "huf", "RON": "ron", "RUB": "rub",
    "UAH": "uah", "WST": "wst", "SLL": "sll", "SLE": "sll", "GMD": "gmd",
} | dict.fromkeys(
    ("CAD", "AUD", "NZD", "JMD", "TTD", "XCD", "BBD", "BSD", "BZD", "GYD", "NAD", "LRD", "SGD", "HKD", "ZWL"), "usd"
) | dict.fromkeys(("MXN", "ARS", "COP", "CLP", "UYU", "DOP", "CUP", "PHP"), "pso") | dict.fromkeys(
    ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"), "rup"
) | dict.fromkeys(("KES", "UGX", "TZS", "SOS"), "shl") | dict.fromkeys(
    ("CHF", "XOF", "XAF", "XPF", "CDF", "RWF", "BIF", "GNF", "KMF", "DJF", "FCFA", "CFA", "CFP"), "frc"
) | dict.fromkeys(("DZD", "TND", "LYD", "JOD", "KWD", "IQD", "DA", "DT"), "dnr") | dict.fromkeys(
    ("MAD", "AED", "DH", "DHS"), "dhm"
) | dict.fromkeys(("ZMW", "MWK"), "kwa")
_CURRENCY_WORDS = {word: code for lex in _LANGUAGES for word, code in lex.currency_words.items()}
# Signs of letters written onto a figure that a text alone does not read as an amount ("Q300" is a quetzal amount or a
# quarter's result, "P200" a grade, "Ar200", "G50", "Le500"), and the currencies each stands for: read so only against
# words that name one of them with the same figure (``signed_amount``, match: "trescientos quetzales" of "Q300",
# tune set 47, Cobán). Besides the letter signs above: the ariary, the birr, the taka, the ngultrum, the Malawian
# and Zambian kwachas, the guaraní, the gourde, the dalasi, the leone, the balboa, the córdoba and the colón.
_NAMED_SIGNS = (
    {sign: frozenset({code}) for sign, code in {**_LETTER_SIGNS, **_SCALED_SIGNS}.items() if "$" not in sign}
    | {sign: frozenset(codes) for sign, codes in SIGN_CURRENCIES.items() if sign.isalpha()}
    | {sign: frozenset({code}) for sign, code in (("Ar", "mga"), ("Br", "etb"), ("Tk", "bdt"), ("Nu.", "btn"))}
    | {sign: frozenset({code}) for sign, code in (("MK", "kwa"), ("ZK", "kwa"), ("Gs", "pyg"), ("Gs.", "pyg"))}
    | {sign: frozenset({code}) for sign, code in (("G", "htg"), ("D", "gmd"), ("Le", "sll"), ("B/.", "pab"))}
    | {"C": frozenset({"nio", "crc"})}
)
_SIGNED_FIGURE = re.compile(r"([A-Z][A-Za-z./]{0,3}?) ?(\d{1,9}(?:[.,]\d{1,3})*)")
# Currencies whose name is another word too, after an amount of at least this much only ("two million pula")
_SCALED_CURRENCY_WORDS = {word: code for lex in _LANGUAGES for word, code in lex.scaled_currency_words.items()}
_SCALED_CURRENCY_MIN = 1000
# Words between an amount and its currency ("millones de euros"); "d'euros" is one token, its "d'" read off.
_AMOUNT_LINKS = frozenset(w for lex in _LANGUAGES for w in lex.amount_links)
_ELISIONS = {prefix: word for lex in _LANGUAGES for prefix, word in lex.elisions.items()}
_ELIDED = re.compile(r"(?P<prefix>" + "|".join(sorted(map(re.escape, _ELISIONS), key=len, reverse=True)) + r")(?=\w)")
# Magnitudes of two words ("mil millones", 10**9): after a number, both words are one magnitude.
_TWO_WORD_MAGNITUDES = {tuple(w.split()): power for w, power in MAGNITUDES.items() if " " in w}
_TWO_WORD_FIRSTS = frozenset(first for first, _ in _TWO_WORD_MAGNITUDES)
# Ordinals of every lexicon ("third", "dritten", "troisième", "tercera") as the number and "th", as "3rd" is read.
_ORDINALS = {w: f"{n}th" for w, n in _merged([dict(lex.ordinals) for lex in _LANGUAGES]).items()}
# An ordinal's mark written onto a figure, in any lexicon ("3rd", "3e", "1re", "3ème", "3º", "3.ª", "1.er").
_ORDINAL_MARK = re.compile(
    r"(?<!\d)(\d+)\.?(?:"
    + "|".join(sorted({re.escape(m) for lex in _LANGUAGES for m in lex.ordinal_marks}, key=lambda m: (-len(m), m)))
    + ")"
)
# Words saying a number of times alone ("twice" is "2 times"), and the word for times each language writes onto a
# number it glues ("dreimal" is "3 mal", as "drei Mal" and "3-mal" are read).
_MULTIPLICATIVES = {w: (str(n), lex.times_word) for lex in _LANGUAGES for w, n in lex.multiplicatives.items()}
_GLUED_TIMES = tuple(lex.times_word for lex in _LANGUAGES if lex.glued_numbers and lex.times_word)
# The heads a language writes onto a number word as one word, with each of their endings ("jährig", "jährigen",
# "fold": lexicon ``glued_heads``), longest first; read as the figure and the head a hyphen writes apart
_GLUED_HEADS = tuple(
    sorted(
        {head + ending for lex in _LANGUAGES for head in lex.glued_heads for ending in ("", *lex.glued_head_endings)},
        key=lambda head: (-len(head), head),
    )
)
_GLUED_ORDINAL_SUFFIXES = tuple(
    sorted({s for lex in _LANGUAGES if lex.glued_numbers for s in lex.ordinal_suffixes}, key=lambda s: (-len(s), s))
)
_GLUED_ORDINAL_MIN = 20  # glued ordinals under twenty ("dritte", "siebzehnte") are the lexicon's own words
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
# Spoken forms a transcriber keeps and a writer tidies (or the other way round).
_COLLOQUIAL = {
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "lemme": ("let", "me"),
    "gimme": ("give", "me"),
    "ok": ("okay",),
}
# Two-word spellings of one word.
# Every lexicon's words for "%" ("per cent", "por ciento", "Prozent"), compared as the words they are written in.
_PERCENT = [tuple(p.lower().split()) for lex in LEXICONS.values() for p in lex.percent_words]
_PHRASES = {phrase: "percent" for phrase in _PERCENT if len(phrase) == 2}
_PHRASE_ENDS = frozenset(second for _, second in _PHRASES)  # a word that ends no phrase joins nothing
# Plain words spelt another way, for the common case of a token of letters only.
_WHOLE_WORDS = {
    **{w: expansion for w, expansion in _CONTRACTIONS.items() if w.isalpha()},
    **_COLLOQUIAL,
    **{w: (n,) for w, n in _NUMBER_WORDS.items()},
    **{w: (n,) for w, n in _ORDINALS.items()},
    **_MULTIPLICATIVES,
    **{phrase[0]: ("percent",) for phrase in _PERCENT if len(phrase) == 1},
    **{british: (american,) for british, american in SPELLINGS.items()},
    **{variant: (word,) for lex in LEXICONS.values() for variant, word in lex.date_variants.items()},
    **{w: ("1.5",) for lex in LEXICONS.values() for w in lex.one_and_a_half},  # "anderthalb"
}
# Words that negate, in every lexicon's language; a change that adds or removes one flips the meaning.
NEGATIONS = frozenset(
    w for lex in LEXICONS.values() for w in lex.negations if w.isalpha() and w not in _CROSS_LANGUAGE_CLASHES
)
# French "ne" is no word of the other languages, and is negation whatever follows: a change that adds or drops it
# ("ne ... plus", where "plus" negates only in its company) changes a negation.
CHANGED_NEGATIONS = NEGATIONS | {"ne"}
# English months written short ("Mar", "Dec")
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
MONTHS = MONTH_ABBREVIATIONS | frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# A magnitude's one- or two-letter abbreviation ("m", "bn", "t") is an amount only beside its figure ("$4bn", read
# as one amount); alone it is a letter: French "a-t-elle", "plan b".
_AMOUNT_WORDS = frozenset(
    {
        "percent",
        "dozen",
        "half",
        *(w for w in MAGNITUDES if len(w) > 2),
        *(w for lex in LEXICONS.values() for w in lex.fractions),
    }
)
# Months and weekdays of every lexicon ("marzo", "Dienstag"): a date, compared as a number.
_DATE_WORDS = MONTHS | {w for lex in LEXICONS.values() for w in lex.date_words}
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
    return list(_words(text))


# Words a snapshot store kept of the statements it handed out (verify.index: made by this normaliser when the
# store was indexed, and checked against it by the index's version), each made from what the store read when
# first asked for: a store's candidates are not normalised again (at a million statements, half of judging).
_SAVED: dict[str, Callable[[], tuple[Word, ...] | None]] = {}
_SAVED_MAX = 4096  # texts handed out and not asked for yet: the oldest go first


def saved_words(text: str, make: Callable[[], tuple[Word, ...] | None]) -> None:
    """Let :func:`words` take ``text``'s words from ``make`` (None: it normalises ``text`` as always)."""
    if len(_SAVED) >= _SAVED_MAX and text not in _SAVED:
        del _SAVED[next(iter(_SAVED))]
    _SAVED[text] = make


# A claim's and a statement's words are asked for by retrieval, each alignment and the judge: on the real
# pages 14,800 calls for 3,600 texts. Words are frozen: the list handed out is a copy, the words are shared.
@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[Word, ...]:
    make = _SAVED.pop(text, None)
    saved = make() if make is not None else None
    if saved is not None:
        return saved
    folded = _STAGE_DIRECTION.sub(lambda m: " " * len(m.group()), fold(text))
    shouting = _shouting(folded)
    out: list[Word] = []
    for match in _WORD.finditer(folded):
        start, end = match.span()
        token = match.group()
        if (
            folded[end : end + 1] == "-"
            and _cut_off(folded, end)
            and not token.isdigit()
            and token.lower() not in _NUMBER_WORDS
        ):
            continue  # a word the speaker broke off ("the bri- the bridge"; "zwei- und dreitausend" is a range)
        original = text[start:end]
        norms = _normalise(token.lower() if shouting else token)
        if (
            start
            and folded[start - 1] == "-"
            and token[:1].isdigit()
            and _sign_at(folded, start - 1)
            and _is_plain_number(norms[0])
        ):
            # a figure below zero ("-15", "−18", "(-3 %)"): its sign kept
            start, original, norms = start - 1, text[start - 1 : end], ("-" + norms[0], *norms[1:])
        for norm in norms:
            out.append(Word(norm, start, end, original))
    language: list[frozenset[str]] = []  # the text's languages, found when first asked for
    out = _regional_negations(out, language, folded)
    out = _negative_phrases(out, text, folded)
    kept = [w for i, w in enumerate(out) if w.norm not in _ANY_FILLER or not _is_filler(w, out, i, folded, language)]
    joined = _join_written_forms(_join_phrases(kept, folded), folded)
    return tuple(_said_once(_join_numbers(joined, folded), folded))


# A region's negation that is a name or another language's word elsewhere ("ned", "net", "nid", "nun", "keen", "pa":
# lexicon ``regional_negations``) -> (the plain negation it stands for, the languages it is another word of)
_REGIONAL_NEGATIONS = {
    word: (plain, frozenset(others.split()))
    for lex in LEXICONS.values()
    for word, (plain, others) in lex.regional_negations.items()
}
# Each language's function words of its regional varieties and creoles (lexicon ``regional_stopwords``)
_REGIONAL_STOPWORDS = {lex.code: lex.regional_stopwords for lex in _LANGUAGES}
# A quoted language's negation that closes its clause and is another word elsewhere (Lingala "te", French "te":
# lexicon ``final_negations``) -> the plain negation it stands for; the marks that close a clause after it
_FINAL_NEGATIONS = {word: plain for lex in LEXICONS.values() for word, plain in lex.final_negations.items()}
_CLAUSE_CLOSERS = frozenset(",.;:!?)»”\"")
_SPECIAL_NEGATIONS = frozenset(_REGIONAL_NEGATIONS) | frozenset(_FINAL_NEGATIONS)


def _regional_negations(found: list[Word], language: list[frozenset[str]], text: str) -> list[Word]:
    """The words with each regional negation read as its language's plain negation ("I hab ned gwusst": "nicht"), when
    written in lower case (not the name "Ned"), unless the text is only of the languages it is another word of ("the
    net cost" keeps its word, "I woaß net" and a short text no stopword tells do not; "Nou pa ni dlo", whose creole
    function words make it French, reads "pas", "pa los guajes" keeps Spanish "pa"). A claim and the source it was
    cut from read alike: only a text all of the other languages keeps the word. Tune set 42: a dropped Styrian "ned"
    and Swiss "nid" went unflagged; tune set 43: Berlin "keen", Martinican "pa". Capitalised, as a sentence's first
    word before a word in lower case, a form that is another language's word (not a name's) is read so when the text
    tells a language it is no word of ("Napa dilo dan robine depi Lindi": Mauritian; "The Napa winery" keeps its
    name; tune set 44). A quoted language's negation that closes its clause reads so in lower case right before a
    clause's mark (Lingala "tokoki kofuta te, même…"; tune set 45)."""
    # (where the special words stand, found in C: most texts hold none, and the others a few of hundreds of words)
    at = list(itertools.compress(itertools.count(), map(_SPECIAL_NEGATIONS.__contains__, map(_NORM, found))))
    if not at:
        return found
    out = list(found)
    told: frozenset[str] | None = None  # the text's languages, its regional negations left out: found when asked for
    for i in at:
        word = found[i]
        if word.norm in _FINAL_NEGATIONS and word.original == word.norm and _closes_clause(word, text):
            word = replace(word, norm=_FINAL_NEGATIONS[word.norm])  # "tozali na mbongo te, …": Lingala's "not"
        regional = _REGIONAL_NEGATIONS.get(word.norm)
        if regional is not None:
            plain, others = regional
            lower = word.original.islower()
            opens = not lower and _opens_as_negation(word.norm, others) and _opens_sentence(found, i, text)
            if lower or opens:
                if others and told is None:
                    if not language:  # (the text's languages as the later steps read them)
                        language.append(_text_languages(found, regional=True))
                    told = _text_languages(_without(found, at), regional=True)
                # (capitalised, read so only in a text telling a language; not in a text only of the other languages)
                if not others or not (told and told <= others) and (lower or told):
                    word = replace(word, norm=plain)
        out[i] = word
    return out


_SHARED_LETTERS = 2  # a word of at most this many letters is a word of many languages, a sign of none


def _without(found: list[Word], at: list[int]) -> list[Word]:
    """The words but the regional negations of at most ``_SHARED_LETTERS`` letters at ``at``: a word whose reading is
    weighed, and which many languages write ("nu": German and Dutch "now", French "naked", Romansh, Romanian and
    Palenquero "not"), is no sign of the language it is another word of ("Nus nu lain perder nossa posta": German
    "nu" the text's only German word; tune set 48's Romansh and Palenquero "nu"). A longer one is ("décision qui
    fera date": French "qui", not Zapotec "qui"; "muss man tragen": German "man")."""
    skipped = {
        i
        for i in at
        if found[i].norm in _REGIONAL_NEGATIONS
        and len(found[i].norm) <= _SHARED_LETTERS
        and found[i].norm not in _FUNCTION_WORDS  # ("it" of "make it": an English pronoun tells English)
    }
    return [w for i, w in enumerate(found) if i not in skipped]


_NORM = attrgetter("norm")
_ORIGINAL = attrgetter("original")

# Emphatic negations of several words ("ni a la cañona", "en la vida", "que dalle", "no way": lexicon
# ``negative_phrases``), by their last word: (the words before it, the plain negation the phrase stands for, the
# words one of which must follow it, none for any)
_NEGATIVE_PHRASES: dict[str, list[tuple[tuple[str, ...], str, frozenset[str]]]] = {}
for _lex in LEXICONS.values():
    for _phrase, (_plain, _followers) in _lex.negative_phrases.items():
        *_before, _last = _phrase.split()
        _NEGATIVE_PHRASES.setdefault(_last, []).append((tuple(_before), _plain, frozenset(_followers.split())))


def _negative_phrases(found: list[Word], text: str, folded: str) -> list[Word]:
    """The words with each emphatic negation of several words read as one plain negation ("Ni a la cañona me mudo":
    "no", "me", "mudo"), its words one run of the text (spaces between them, no mark) and, where the lexicon says so,
    the right word after it ("En la vida había visto": "nunca"; "En la vida de los pescadores" keeps its words).
    Blind set 56: "Ni a la cañona" swapped for "Yo", "En la vida" for "Muchas veces", unflagged."""
    # (where a phrase's last word stands, found in C: most texts hold none)
    ends = list(itertools.compress(itertools.count(), map(_NEGATIVE_PHRASES.__contains__, map(_NORM, found))))
    if not ends:
        return found
    out = list(found)
    taken = len(found)  # where the last phrase read starts: a phrase ends before it
    for end in reversed(ends):
        for before, plain, followers in _NEGATIVE_PHRASES[found[end].norm]:
            first = end - len(before)
            if first < 0 or end >= taken or [w.norm for w in found[first:end]] != list(before):
                continue
            run = found[first : end + 1]
            if any(folded[a.end : b.start].strip() for a, b in itertools.pairwise(run)):
                continue
            if followers and (end + 1 >= len(found) or found[end + 1].norm not in followers):
                continue
            start, stop = run[0].start, run[-1].end
            out[first : end + 1] = [Word(plain, start, stop, text[start:stop])]
            taken = first
            break
    return out


# The function words of the four languages (articles, possessives, determiners, pronouns, prepositions): a regional
# negation of their letters opening a sentence is read as the word ("Ma fille rentre demain": French "ma", not Yucatec
# "ma'")
_FUNCTION_WORDS = frozenset(
    w
    for lex in _LANGUAGES
    for vocabulary in (lex.articles, lex.possessives, lex.determiners, lex.pronouns, lex.prepositions)
    for w in vocabulary
)


def _opens_as_negation(norm: str, others: frozenset[str]) -> bool:
    """Whether a regional negation may be read so capitalised, opening a sentence (:func:`_opens_sentence`): one
    that is another language's word, not one of its function words ("Napa dilo …", not "Ma fille …"), or one written
    with a glottal mark inside, which no word of the four languages has and a name seldom does (Q'eqchi' "Maak'a' li
    ha'", there is no water; tune set 47's "ink'a'")."""
    return bool(others) and norm not in _FUNCTION_WORDS or "'" in norm


def _closes_clause(word: Word, text: str) -> bool:
    """Whether a word stands last in its clause: a clause's mark or the text's end right after it (the word as
    written, lower case, not the part of a contraction: "t'as," is "te" and "as")."""
    after = text[word.end : word.end + 2].lstrip(" ")
    return not after or after[0] in _CLAUSE_CLOSERS


def _opens_sentence(found: list[Word], i: int, text: str) -> bool:
    """Whether ``found[i]`` opens its text or a sentence, a word in lower case after it."""
    if i + 1 >= len(found) or not found[i + 1].original[:1].islower():
        return False
    return i == 0 or any(mark in text[found[i - 1].end : found[i].start] for mark in ".!?")


_NUMBER_OPENINGS = frozenset("0123456789-")  # how a number's word opens: a digit or its sign ("-15")
_DIGITS = frozenset("0123456789")
# A word's opening character, its first four and its second, as slices read in C
_FIRST_CHARACTER, _FIRST_FOUR, _SECOND_CHARACTER = itemgetter(slice(1)), itemgetter(slice(4)), itemgetter(slice(1, 2))
_SIGN_AFTER = frozenset(" \t\n([")  # what stands before a figure's minus sign ("at -15", "(-3 %)"; not "10-15")


def _sign_at(text: str, at: int) -> bool:
    """Whether the hyphen or minus at ``text[at]`` is a figure's sign: at the text's start or after a space or an
    opening bracket, no number before it ("À -15, les chiens volent", "(-3 %)"; not "10-15", "COVID-19", "1990 -1995",
    a range)."""
    if at and text[at - 1] not in _SIGN_AFTER:
        return False
    return not text[max(0, at - 4) : at].rstrip(" ([")[-1:].isdigit()


def _join_numbers(found: list[Word], text: str) -> list[Word]:
    """Spelt-out numbers, dates and amounts joined (:func:`_join_number_words`, :func:`_join_dates`,
    :func:`_join_amounts`). Each joins words after a number only, except a two-word magnitude ("mil millones"),
    so a text with neither (most quotes) is settled by one look at its words."""
    norms = list(map(_NORM, found))  # (each word's four tests in C: most texts hold no number)
    if (
        _NUMBER_OPENINGS.isdisjoint(map(_FIRST_CHARACTER, norms))
        and _AMOUNT_PREFIXES.isdisjoint(map(_FIRST_FOUR, norms))
        and _JOIN_FIRSTS.isdisjoint(norms)
        and _DIGITS.isdisjoint(map(_SECOND_CHARACTER, norms))
    ):
        return found  # (a figure after a sign's letter: "P3 million", ``_SCALED_SIGNS``)
    # Number words again after the magnitudes: "three thousand two hundred" is 3000 then 200, one number.
    # (each step's words looked for in C: most texts with a number hold none of them)
    joined = _join_number_words(found, text)
    if not _OWN_LANGUAGE_NUMBERS.keys().isdisjoint(map(_NORM, joined)):
        joined = _join_number_words(_in_own_language(joined), text)
    if not _DECIMAL_WORDS.isdisjoint(map(_NORM, joined)):
        joined = _join_decimals(joined, text)
    joined = _shared_magnitudes(_join_number_words(_join_amounts(_join_dates(joined), text), text), text)
    if not _ZERO_DIGIT_WORDS.isdisjoint(map(_NORM, joined)):
        joined = _zeros_said(joined, text)
    if not _YEAR_PAIR_OPENERS.isdisjoint(map(_NORM, joined)):
        joined = _years_in_pairs(joined, text)
    if "°" in text or not _TEMPERATURE_WORDS.isdisjoint(map(_NORM, joined)):
        joined = _degrees(joined, text)
    if not _SIGN_WORDS.isdisjoint(map(_NORM, joined)):
        joined = _below_zero(joined, text)
    return joined


_YEAR_PAIR_OPENERS = frozenset(w for lex in LEXICONS.values() for w in lex.year_pair_openers)
_YEAR_PAIR_FIRST = range(13, 21)  # "thirteen" to "twenty": the hundreds of a year said in pairs, no hour of a clock
_YEAR_PAIR_SECOND = range(10, 100)  # "ninety-eight", "ten": two digits (or a zero said before one, "oh five")
_ZERO_DIGIT_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.zero_digit_words)


def _zeros_said(found: list[Word], text: str) -> list[Word]:
    """A zero said as a digit ("oh") between a number and a digit, all in words, a space apart: the zero and the digit
    are one word, "05" ("nineteen oh five", "nine oh five"), the second pair of a year or a time's minutes."""
    out: list[Word] = []
    i = 0
    while i < len(found):
        word = found[i]
        if word.norm in _ZERO_DIGIT_WORDS and out and i + 1 < len(found) and _said_digit(found[i + 1]):
            digit = found[i + 1]
            if _said_digit(out[-1], 99) and text[out[-1].end : word.start] == text[word.end : digit.start] == " ":
                out.append(_merge(word, digit, "0" + digit.norm))
                i += 2
                continue
        out.append(word)
        i += 1
    return out


def _said_digit(word: Word, most: int = 9) -> bool:
    """Whether a word is a number from one to ``most`` said in words."""
    return word.norm.isdigit() and 0 < int(word.norm) <= most and word.original.isalpha()


def _years_in_pairs(found: list[Word], text: str) -> list[Word]:
    """A year said in two pairs of digits after a word that opens one (each lexicon's ``year_pair_openers``): "in
    nineteen ninety-eight" is "in 1998", "since twenty twenty-one" "since 2021", as a figure writes them. Both numbers
    said in words, a space apart, the second not joined by a hyphen to the word after it ("in fifteen twenty-minute
    slots" keeps its numbers)."""
    out: list[Word] = []
    i = 0
    while i < len(found):
        word = found[i]
        if out and out[-1].norm in _YEAR_PAIR_OPENERS and i + 1 < len(found) and _year_pair(found, i, text):
            second = found[i + 1]
            out.append(_merge(word, second, str(int(word.norm) * 100 + int(second.norm))))
            i += 2
            continue
        out.append(word)
        i += 1
    return out


def _year_pair(found: list[Word], i: int, text: str) -> bool:
    """Whether ``found[i]`` and the word after it are the two pairs of a year (:func:`_years_in_pairs`)."""
    first, second = found[i], found[i + 1]
    if not (first.norm.isdigit() and second.norm.isdigit()) or text[first.end : second.start] != " ":
        return False
    if any(ch.isdigit() for ch in first.original + second.original):
        return False  # ("in 19 98-year-olds": figures are read as written)
    hyphened = i + 2 < len(found) and text[second.end : found[i + 2].start] == "-"
    pair = int(second.norm) in _YEAR_PAIR_SECOND or second.norm[0] == "0"  # (a zero said first: "05")
    return int(first.norm) in _YEAR_PAIR_FIRST and pair and not hyphened


# The word for minus before a number ("moins quinze" -15) and the words that make it another word before it ("au moins
# quinze", "plus ou moins", "al menos"), each lexicon's; the word for below before zero after a number ("quinze degrés
# sous zéro" -15) and a temperature's word between them.
_MINUS_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.minus_words)
_NOT_MINUS_BEFORE = frozenset(w for lex in LEXICONS.values() for w in lex.not_minus_before)
_BELOW_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.below_words)
_DEGREE_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.degree_words)
_SIGN_WORDS = _MINUS_WORDS | _BELOW_WORDS
# The scale a temperature's degrees are read in when no letter says it: "15 °C", "15°", "15 degrees Celsius" alike.
_CELSIUS = frozenset({"c", "ºc"}).union(*(lex.celsius_words for lex in LEXICONS.values()))
_TEMPERATURE_WORDS = _DEGREE_WORDS | {"ºc"}
DEGREES = "°"  # the one word a temperature's degrees are compared as


def _degrees(found: list[Word], text: str) -> list[Word]:
    """A temperature's degrees after its number as one word, however written: the sign ("15°", "-15 °C", "15 ºC"), the
    word ("fifteen degrees", "15 Grad", "quinze degrés", "quince grados"), with Celsius or none ("15 degrees Celsius",
    "quince grados centígrados"); Fahrenheit keeps its letter ("59 °F")."""
    out: list[Word] = []
    i = 0
    while i < len(found):
        word = found[i]
        out.append(word)
        i += 1
        if not _is_plain_number(word.norm):
            continue
        following = found[i] if i < len(found) else None
        gap = text[word.end : following.start] if following is not None else text[word.end : word.end + 2]
        sign = gap.strip() == DEGREES
        if following is not None and (sign and following.norm in _CELSIUS or following.norm == "ºc") or (
            following is not None and gap == " " and following.norm in _DEGREE_WORDS
        ):
            i += 1
            last = following
            if i < len(found) and found[i].norm in _CELSIUS and text[following.end : found[i].start] == " ":
                last = found[i]  # "degrees Celsius"
                i += 1
            out.append(Word(DEGREES, following.start, last.end, text[following.start : last.end]))
        elif sign or gap[:1] == DEGREES:
            out.append(Word(DEGREES, word.end, word.end + 1, DEGREES))
    return out


def _below_zero(found: list[Word], text: str) -> list[Word]:
    """A number below zero said in words as one signed number, as a figure with its sign reads ("-15", "−18"): the
    word for minus before it ("moins quinze", "minus fifteen", "menos quince", "minus fünfzehn" -15; not after a
    number, a unit or a time, "trois heures moins dix", "five minus three", nor after a word that makes it another
    word, "au moins quinze", "plus ou moins quinze", "al menos quince", "plus or minus five"), and "below zero" after
    it, a temperature's word between or none ("fifteen degrees below zero", "15 Grad unter null", "quinze degrés sous
    zéro", "quince grados bajo cero" -15 and the temperature's word; the "below zero" read off)."""
    out: list[Word] = []
    i = 0
    while i < len(found):
        word = found[i]
        following = found[i + 1] if i + 1 < len(found) else None
        at = _below(out, word, text) if word.norm in _BELOW_ALONE and _below_alone(word, following, text) else None
        if at is not None:
            out[at] = replace(out[at], norm="-" + out[at].norm)  # "fifteen below last night", "It was 15 below."
        elif following is None or text[word.end : following.start] != " ":
            out.append(word)
        elif word.norm in _MINUS_WORDS and _is_plain_number(following.norm) and not (out and _not_minus(out[-1])):
            out.append(_merge(word, following, "-" + following.norm))
            i += 1
        elif (
            word.norm in _MINUS_WORDS
            and following.norm[:4] in _AMOUNT_PREFIXES
            and _is_plain_number(following.norm[4:])
            and not (out and _not_minus(out[-1]))
        ):
            out.append(_merge(word, following, f"{following.norm[:4]}-{following.norm[4:]}"))  # "minus five euros"
            i += 1
        elif word.norm in _BELOW_WORDS and following.norm == "0" and (at := _below(out, word, text)) is not None:
            out[at] = replace(out[at], norm="-" + out[at].norm)
            i += 1
        else:
            out.append(word)
        i += 1
    return out


# The word for below alone after a number, no zero after it, as English says a temperature ("fifteen below", "15
# below last night"; each lexicon's ``below_alone``), at a clause's end or before a word of the time of day: "fifteen
# below the average", "ten below par" keep their words.
_BELOW_ALONE = frozenset(w for lex in LEXICONS.values() for w in lex.below_alone)
_BELOW_ALONE_BEFORE = frozenset(w for lex in LEXICONS.values() if lex.below_alone for w in lex.below_alone_before)


def _below_alone(below: Word, following: Word | None, text: str) -> bool:
    """Whether a word for below alone closes its clause or stands before a word of the time of day."""
    if following is None:
        return True
    gap = text[below.end : following.start]
    return gap != " " and not gap.isspace() or following.norm in _BELOW_ALONE_BEFORE


def _not_minus(previous: Word) -> bool:
    """Whether the word before a word for minus makes it no sign: a number or an amount ("five minus three"), a unit,
    a time's word ("trois heures moins dix"), a per cent, or a word of the lexicons' ``not_minus_before``."""
    norm = previous.norm
    return (
        norm in _NOT_MINUS_BEFORE
        or norm[-1:].isdigit()
        or norm in _CLOCK_WORDS
        or norm in _RANGE_UNITS
    )


def _below(out: list[Word], below: Word, text: str) -> int | None:
    """Where in ``out`` the number stands that "below zero" follows, a temperature's word between or none."""
    at = len(out) - 1
    if at < 0 or text[out[at].end : below.start] != " ":
        return None
    if at >= 1 and out[at].norm == DEGREES:
        at -= 1
    return at if at >= 0 and _is_plain_number(out[at].norm) else None


# The decimal mark said aloud (each lexicon's ``decimal_words``: "point", "Komma", "virgule", "punto", "coma"), and the
# number words under ten of every lexicon, those another language reads otherwise included ("un", "una", "null"):
# the whole part or a decimal digit on either side of the mark.
_DECIMAL_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.decimal_words)
_DIGIT_WORDS = {_swiss(w): n for lex in _LANGUAGES for w, n in lex.number_words.items() if n < 10}


def _digit_value(word: Word) -> int | None:
    """The value of a number written in letters (joined already: "dreiundneunzig", "vingt-deux"), or of a number word
    under ten that the first reading left as a word ("un", "una", "null"); None for any other word, a numeral too."""
    if word.norm.isdigit():
        return int(word.norm) if _spelt_number(word) else None
    return _DIGIT_WORDS.get(word.original.lower())


def _join_decimals(found: list[Word], text: str) -> list[Word]:
    """A number said with its decimal mark as one number: "two point five" 2.5, "Dreiundneunzig Komma vier" 93.4,
    "un virgule quatre" 1.4, "dos punto cuatro millones" 2.4 (then millions). The decimals are read digit by digit
    ("point two five" .25) or, when the first is a number of ten or more, as that number ("Komma fünfundzwanzig" ,25).
    Only between numbers in words, a space apart: "at that point five", "ein Komma fehlt", "en coma tres días" keep
    their words."""
    out: list[Word] = []
    i = 0
    while i < len(found):
        word = found[i]
        whole = out[-1] if out and word.norm in _DECIMAL_WORDS and i + 1 < len(found) else None
        if (
            whole is None
            or _digit_value(whole) is None
            or text[whole.end : word.start] != " "
            or text[word.end : found[i + 1].start] != " "
            or (first := _digit_value(found[i + 1])) is None
        ):
            out.append(word)
            i += 1
            continue
        decimals, last = str(first), i + 1
        while first < 10 and last + 1 < len(found) and text[found[last].end : found[last + 1].start] == " ":
            digit = _digit_value(found[last + 1])
            if digit is None or digit >= 10:
                break
            decimals += str(digit)
            last += 1
        out[-1] = _merge(whole, found[last], f"{_digit_value(whole)}.{decimals}")
        i = last + 1
    return out


# The words between the ends of a range (each lexicon's ``range_links``), and the words that scale a number written
# before them, with their value: "hundred", "thousand", "mille", "mil", "Millionen", "millones" ...
_RANGE_LINKS = frozenset(w for lex in LEXICONS.values() for w in lex.range_links)
_SCALES = {
    **{w: n for lex in LEXICONS.values() for w, n in lex.number_multipliers.items() if n in (100, 1000)},
    **{w: 10**power for w, power in MAGNITUDES.items() if power >= 2 and w.isalpha() and len(w) > 2},
}
_GLUED_SCALES = tuple(w for lex in LEXICONS.values() if lex.glued_numbers for w in lex.number_multipliers)


def _shared_magnitudes(found: list[Word], text: str) -> list[Word]:
    """A range whose magnitude or currency is written once, after its second end, as both ends': "between seventy and
    eighty thousand" is 70 000 and 80 000, "two or three hundred" 200 or 300, "zwei- bis dreitausend" 2000 to 3000,
    "entre septante et huitante mille" 70 000 and 80 000, "between two and three million dollars" and "zwischen 20.000
    und 30.000 Euro" an amount each (the first end smaller than the second's count of its magnitude: "between 2 and 3
    million"; "aged 90 and three thousand", "2020 and 30 euros" stay). A unit written after both ends is written once,
    after the second, as a speaker says it: "20 km bis 30 km" is "20 bis 30 km", "between 20% and 30%" "between 20
    and 30 per cent"."""
    repeated: list[int] = []
    for i in range(1, len(found)):
        word = found[i]
        if word.norm in _RANGE_LINKS and (unit := _unit_before(found, i, text)):
            repeated += range(i - unit, i)
        prefix = word.norm[:4] if word.norm[:4] in _AMOUNT_PREFIXES else ""
        scale = _scale_of(word)
        if scale is None and not prefix:
            continue
        link = found[i - 1]
        if link.norm in _RANGE_LINKS and i >= 2:
            first, gaps = found[i - 2], text[found[i - 2].end : link.start] + text[link.end : word.start]
        else:
            first, gaps = link, text[link.end : word.start]
            if gaps.strip() not in ("-", "–", "—"):
                continue
        value = word.norm[len(prefix) :]
        if gaps.strip(" -–—") or not first.norm.isdigit() or not value.isdigit():
            continue
        start = int(first.norm)
        if scale and 0 < start < int(value) // scale:
            start *= scale  # "seventy and eighty thousand"
        elif not (prefix and 0 < start < int(value)):
            continue  # ("2 million and 3 million dollars": only the currency is shared)
        found[i - 2 if first is not link else i - 1] = replace(first, norm=prefix + str(start))
    if repeated:
        drop = frozenset(repeated)
        return [w for i, w in enumerate(found) if i not in drop]
    return found


_UNIT_MAX = 2  # the words of a unit's symbol ("km h" of "km/h")
_RANGE_UNITS = _UNIT_SYMBOLS | {"percent"}


def _unit_before(found: list[Word], i: int, text: str) -> int:
    """How many words of a unit stand between a range's first end and its link ``found[i]``, when its second end
    has the same unit after it ("20 km bis 30 km": 1, "3 km/h bis 5 km/h": 2); 0 for none."""
    if found[i - 1].norm not in _RANGE_UNITS or i + 2 >= len(found) or not _is_plain_number(found[i + 1].norm):
        return 0
    for size in range(1, _UNIT_MAX + 1):
        start, after = i - size, i + 2
        if start < 1 or after + size > len(found) or found[start].norm not in _RANGE_UNITS:
            return 0
        if (
            _is_plain_number(found[start - 1].norm)
            and [w.norm for w in found[start:i]] == [w.norm for w in found[after : after + size]]
            and not any(text[a.end : b.start].strip(" /") for a, b in itertools.pairwise(found[start - 1 : i + 2]))
        ):
            return size
    return 0


def _scale_of(word: Word) -> int | None:
    """The scale a spelt-out number (or amount) ends on ("eighty thousand" 1000, "dreitausend" 1000, "three million
    dollars" 10**6), when it is a whole count of it."""
    if word.norm[-2:] != "00" or word.start + len(word.original) == word.end and word.original.isdigit():
        return None
    value = word.norm[4:] if word.norm[:4] in _AMOUNT_PREFIXES else word.norm
    if not value.isdigit():
        return None
    scale = None
    for part in re.split(r"[\s-]+", word.original.lower()):
        scale = _SCALES.get(part) or next((_SCALES[s] for s in _GLUED_SCALES if part.endswith(s)), None) or scale
    return scale if scale and int(value) % scale == 0 else None


# A hundred or a thousand that opens a number with no "one" before it, as French and Spanish write them ("cent
# cinquante" 150, "mille deux cents" 1200, "mil quinientos" 1500, "más de mil libros"): the value and the language it
# is a word of.
_BARE_MULTIPLIERS = {
    word: (value, lex.code)
    for lex in _LANGUAGES
    for word, value in (
        *lex.number_multipliers.items(),
        *((w, 10**power) for w, power in lex.magnitudes.items() if power in (2, 3) and w.isalpha() and len(w) > 3),
    )
    if value in (100, 1000)
}
# Every language a bare hundred or thousand opens a number of: French writes a year's thousand "mil" as Spanish writes
# every thousand ("en mil neuf cent soixante" 1960), but a Spanish text alone reads it as a number by itself.
_MULTIPLIER_LANGUAGES = {
    word: frozenset(lex.code for lex in _LANGUAGES if lex.number_multipliers.get(word) == value or lex.code == code)
    for word, (value, code) in _BARE_MULTIPLIERS.items()
}
# Words between a day and its month, as between an amount and its currency ("1 de enero", "dos millones de euros";
# English "of" is read with its dates), and the words for "first" of every lexicon.
_DATE_LINKS = _AMOUNT_LINKS
_FIRST_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.first_words)


# Number words of one language that another reads otherwise (French "sept" 7 and "cent" 100, Spanish "once" 11 and
# "mil" 1000, German "elf" 11 and "null" 0: English "Sept.", "once", "elf", "null", "a cent", "5 mil"), each with its
# value and language, and the bare hundreds and thousands above. One ("uno", "einen") is an article first, left out.
_OWN_LANGUAGE_NUMBERS = {
    **{
        word: (value, lex.code)
        for lex in _LANGUAGES
        for word, value in lex.number_words.items()
        if word in _CROSS_LANGUAGE_CLASHES and word not in _DETERMINERS and value != 1
    },
    **_BARE_MULTIPLIERS,
}
# Words a look at a text's numbers starts from: the first of a two-word magnitude ("mil millones"), a number word
# another language reads otherwise ("sept"), a hundred or a thousand written alone ("mille").
_JOIN_FIRSTS = _TWO_WORD_FIRSTS | _OWN_LANGUAGE_NUMBERS.keys() | _FIRST_WORDS


def _in_own_language(found: list[Word]) -> list[Word]:
    """Number words another language reads otherwise as numbers in a text of their own language (the language whose
    stopwords its other words hold most of: "Il y a sept ans" 7, "Wir haben elf Frauen" 11, "Ils étaient cent" 100,
    "más de mil libros" 1000, "más de 300 mil personas" 300000, a thousand after its figure as Mexican and Spanish
    wires write it; "Sept. 3", "not a cent", "an elf" and "a 5 mil film" keep their word); and a hundred or a thousand
    written alone, with no number before it, as its value: always when no other language reads it otherwise ("plus
    de mille livres", "tausend Bücher"), and before a spelt-out number of its own language in any text ("cent"
    "50" -> "100" "50" -> 150; English "five cents fifty" keeps its word). The number after then joins it."""
    out: list[Word] = []
    language: list[frozenset[str]] = []  # the text's languages, found when first asked for
    for i, word in enumerate(found):
        own = _OWN_LANGUAGE_NUMBERS.get(word.norm)
        after = out[-1] if out and out[-1].norm[:1].isdigit() else None
        if own is not None and own[0] < 100 and after is not None and after.original.isdigit():
            # a figure, then a number under a hundred: two numbers ("seit 2010 elf Brauereien"; "le 25 sept.": a date)
            after = None if word.norm not in MONTHS else after
        if own is None or after is not None and not (own[0] == 1000 and _is_plain_number(after.norm)):
            out.append(word)  # "deux mille", "vingt-sept": a number's words; "le 25 sept.": a date
            continue
        value, code = own
        if word.norm in _CROSS_LANGUAGE_CLASHES:
            if not language:
                language.append(_text_languages(found))
            # (on a tie the word's own language among the likeliest reads it, unless English, whose words these are
            # too, is among them: "La obra dura once semanas" is 11, as the longer record it was taken from reads it,
            # Spanish beyond doubt; "once a week" and "an elf" keep their word)
            opens = after is None and _opens_number(word, found[i + 1 : i + 2], value)
            if not _read_as_number(code, language[0]) and not opens:
                out.append(word)
                continue
        if after is not None:
            out[-1] = _merge(after, word, _scaled(after.norm, 3))  # "300 mil"
        else:
            out.append(replace(word, norm=str(value)))
    return out


def _opens_number(word: Word, after: list[Word], value: int) -> bool:
    """Whether a bare hundred or thousand opens a spelt-out number of its own language, the smaller one after it."""
    return (
        word.norm in _BARE_MULTIPLIERS
        and bool(after)
        and _spelt_number(after[0])
        and bool(_MULTIPLIER_LANGUAGES[word.norm] & _languages(after[0]))
        and int(after[0].norm) < value
    )


def _read_as_number(code: str, likeliest: frozenset[str]) -> bool:
    """Whether a number word of language ``code`` that English reads otherwise ("once", "sept", "elf", "mil") is a
    number in a text whose likeliest languages (:func:`_text_languages`) are ``likeliest``."""
    return code in likeliest and (code == "en" or "en" not in likeliest)


# The words that tell a text's language, by language (:func:`_text_languages`): its stopwords but the number words
# another language reads otherwise, with its regional varieties' function words (True) or without (False)
_TELLING_WORDS = {
    regional: {
        lex.code: (lex.stopwords | (_REGIONAL_STOPWORDS[lex.code] if regional else frozenset()))
        - _OWN_LANGUAGE_NUMBERS.keys()
        for lex in _LANGUAGES
    }
    for regional in (False, True)
}


def _text_languages(found: list[Word], regional: bool = False) -> frozenset[str]:
    """The lexicons whose stopwords (and, ``regional``, their regional varieties' function words) the words hold most
    of (number words another language reads otherwise left out: English "once" is a stopword); more than one on a tie
    ("La obra dura once semanas": Spanish and French "la"), none when they hold no stopword."""
    norms = list(map(_NORM, found))
    # (each language's words counted in C: a text of hundreds of words is read once a language)
    counts = {code: sum(map(telling.__contains__, norms)) for code, telling in _TELLING_WORDS[regional].items()}
    most = max(counts.values())
    return frozenset(code for code, n in counts.items() if n == most) if most else frozenset()


@lru_cache(maxsize=65536)  # the same few thousand tokens recur in every text
def _normalise(token: str) -> tuple[str, ...]:
    if "ß" in token:
        token = _swiss(token)
    if token.isalpha() and not (token.isupper() and token.lower() in _COUNTRIES):
        lower = token.lower()  # the common case: a plain word
        if "œ" in lower or "æ" in lower:
            lower = lower.replace("œ", "oe").replace("æ", "ae")  # "cœur" and "coeur" are one spelling
        found = _WHOLE_WORDS.get(lower)
        if found is None:
            # A number written as one word ("dreihundert"), or a compound of a British word ("centrepiece").
            other = _glued_number(lower) or _glued_half(lower) or american_compound(lower)
            found = (other,) if other else _glued_ordinal(lower) or _glued_times(lower) or _glued_share(lower)
            found = found or _glued_head(lower)
        return found or (lower,)
    if _IS_LINK.match(token):
        return (LINK,)
    if token[:1] in _GLUED_SIGN_OPENINGS and (glued := _GLUED_SIGN.fullmatch(token)):
        figure = _normalise(glued.group(2))  # "N100", "Rs.500": the sign's currency and its figure, one amount
        if len(figure) == 1 and _is_plain_number(figure[0]):
            return (f"{_LETTER_SIGNS[glued.group(1)]} {figure[0]}",)
    lower = token.lower().rstrip(".") if not re.fullmatch(r"(?:[a-z]\.){2,}", token.lower()) else token.lower()
    if lower in ("%", "pct", "per cent"):
        return ("percent",)
    if lower.endswith("%"):
        return (*_normalise(lower[:-1]), "percent")
    glued = _GLUED_UNIT.fullmatch(lower)
    if glued:  # "4,000m", "1,80m": a figure in thousands or with a decimal comma and a unit's symbol
        return (*_normalise(glued.group(1)), glued.group(2))
    if rate := _GLUED_RATE.fullmatch(lower):
        return (*_normalise(rate.group(1)), *_UNIT_WORDS[rate.group(2)].split())
    if re.fullmatch(r"(?:[a-z]\.){2,}|(?:[a-z]\.)+[a-z]", lower):
        bare = lower.replace(".", "")  # U.S. -> us, U.K. -> uk
        return (_COUNTRIES.get(bare, bare),)
    if token.isupper() and lower in _COUNTRIES:
        return (_COUNTRIES[lower],)  # "US", not the pronoun "us"
    if lower in _CONTRACTIONS:
        return _CONTRACTIONS[lower]
    elided = _ELIDED.match(lower)
    if elided:  # "n'avons": "ne" "avons"
        return (_ELISIONS[elided.group("prefix")], *_normalise(token[elided.end() :]))
    for suffix, expansion in _SUFFIX_CONTRACTIONS:
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return (lower[: -len(suffix)], *expansion)
    if lower in _NUMBER_WORDS:
        return (_NUMBER_WORDS[lower],)
    if lower in _ORDINALS:
        return (_ORDINALS[lower],)
    if ordinal := _ORDINAL_MARK.fullmatch(lower):
        return (f"{ordinal.group(1)}th",)
    if _THOUSANDS_COMMA.fullmatch(lower):
        return (lower.replace(",", ""),)  # 1,500 and 1,234.5
    if _THOUSANDS_APOSTROPHE.fullmatch(lower):
        return (lower.replace("'", ""),)  # Swiss 14'000 and 1'234.5
    if clock := _GLUED_CLOCK.fullmatch(lower):  # French "21h14", "21h"
        return (f"{clock.group(1)}:{clock.group(2)}",) if clock.group(2) else (clock.group(1), "h")
    if _DECIMAL_COMMA.fullmatch(lower):
        # Thousands set off by full stops and a decimal comma, as German, French and Spanish write them: 1.200 and
        # 1.234,5; a comma before other than three digits is a decimal comma (3,5 and 0,125; 1,500 is English).
        return (lower.replace(".", "").replace(",", "."),)
    clock = _TIME_OF_DAY.fullmatch(lower)
    if clock:  # "5.30am", "8pm"
        return (_clock(clock.group(1), clock.group(2)),)
    suffixed = _SUFFIXED.fullmatch(lower)
    if suffixed:  # "4bn", "3.5m", "10k"
        return (_scaled(suffixed.group(1), MAGNITUDES[suffixed.group(2)]),)
    if glyph := _FRACTION_GLYPH.fullmatch(lower):  # "2½", "¾": the decimal a figure writes for it
        whole, part = glyph.groups()
        return (format(Decimal(whole or "0") + _FRACTION_GLYPHS[part], "f"),)
    return (lower,)


# The fractions Unicode writes as one character that a decimal writes exactly ("2½" is "2.5"; a third is no decimal),
# and the same written with a slash after a whole number ("2 1/2")
_FRACTION_GLYPHS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
_FRACTION_GLYPH = re.compile(r"(\d{0,6})([½¼¾])", re.ASCII)
_SLASHED_FRACTIONS = {"1/2": Decimal("0.5"), "1/4": Decimal("0.25"), "3/4": Decimal("0.75")}


def _mixed_number(out: list[Word], text: str) -> Word | None:
    """A small whole number in figures, a space, then a half or a quarter with a slash ("2 1/2", "1 3/4") that end
    ``out``: one word, its decimal ("2.5", "1.75"); None for any other pair ("in 2024 1/2 of them")."""
    part = _SLASHED_FRACTIONS.get(out[-1].norm)
    if part is None or len(out) < 2:
        return None
    whole, fraction = out[-2], out[-1]
    if not _FRACTION_PART.fullmatch(whole.original) or text[whole.end : fraction.start] != " ":
        return None
    return _merge(whole, fraction, format(Decimal(whole.original) + part, "f"))


def _scaled(number: str, power: int) -> str:
    """ "3.5" and 6 -> "3500000": an amount written in any magnitude as one plain number."""
    try:
        value = Decimal(number).scaleb(power)
    except InvalidOperation:
        return number
    return format(value.normalize(), "f")


# A transcript's notes of what was heard besides words, in brackets: "[APPLAUSE]", "(laughter)", "[inaudible]".
_STAGE_WORDS = """applause laughter laughs laughing inaudible unintelligible indiscernible crosstalk cheers cheering
booing boos music pause sighs coughs silence beifall lachen gelächter zwischenruf applaudissements rires aplausos
risas""".split()
_STAGE_DIRECTION = re.compile(
    r"[\[(][ \t]{0,3}(?:"
    + "|".join(_STAGE_WORDS)
    + r")(?:[ \t]{1,3}(?:and|und|et|y)[ \t]{1,3}\w{1,20})?[ \t]{0,3}[\])]",
    re.IGNORECASE,
)
_SHOUTING_MIN_LETTERS = 20  # a text in capitals throughout (closed captions): its capitals mark no acronym
_SHOUTING_SHARE = 0.9


def _shouting(text: str) -> bool:
    lower = sum(map(str.islower, text))
    if lower * 10 > len(text):
        return False  # running text: settled without counting its letters
    letters = sum(map(str.isalpha, text))
    return letters >= _SHOUTING_MIN_LETTERS and lower <= (1 - _SHOUTING_SHARE) * letters


def _cut_off(text: str, end: int) -> bool:
    """A word broken off with a hyphen and a space, no space before it ("bri- the bridge")."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2] in (" ", "\t", "\n")


# Hesitations a transcript keeps and a writer leaves out. "er", "eh" and "ah" are words of a language too
# (German "er"), so they go only when set off by punctuation ("the bridge, er, next year").
_FILLERS = frozenset("uh uhh uhm um umm erm hmm mm ähm äh öhm euh".split())
_SET_OFF_FILLERS = frozenset("er eh ah".split())
_ANY_FILLER = _FILLERS | _SET_OFF_FILLERS  # a word not in it is no filler (most words: one set lookup)
# What a transcriber writes for a pause between a word and its repetition (a full stop ends a sentence:
# "... where it is. It is a compromise" says "it is" twice).
_PAUSE = re.compile(r",|…|\.\.|-")
_REPEAT_MAX = 3  # words of a phrase a speaker says twice over a pause ("we will, we will build")
_REPEAT_GAPS = range(1, _REPEAT_MAX + 1)  # how far back a repeated word may stand


def _said_once(kept: list[Word], text: str) -> list[Word]:
    """A phrase said twice over a pause said once: "We will, we will build the... the bridge" is "we will build
    the bridge", as a writer tidies it ("had had", with no pause, stays)."""
    norms = list(map(_NORM, kept))
    for gap in _REPEAT_GAPS:
        if any(map(eq, norms, norms[gap:])):
            break
    else:
        return kept  # (no word is one of the few before it, told in C: most texts repeat nothing so close)
    out: list[Word] = []
    said: list[str] = []  # the words of ``out``: a word none of the last few of which it is repeats nothing
    i = 0
    while i < len(kept):
        word = kept[i]
        if word.norm in said[-_REPEAT_MAX:]:
            n = _repeats(out, kept, i)
            if n and _PAUSE.search(text[out[-1].end : word.start]):
                i += n
                continue
        out.append(word)
        said.append(word.norm)
        i += 1
    return out


def _repeats(out: list[Word], kept: list[Word], i: int) -> int:
    """How many words from ``kept[i]`` on repeat the last ones of ``out`` (the longest run, at most 3), or 0."""
    norm = kept[i].norm
    # A run of n repeats only if its first word is the n-th last said: most words are settled by this.
    for n in range(min(_REPEAT_MAX, len(out), len(kept) - i), 0, -1):
        if out[-n].norm == norm and all(out[j - n].norm == kept[i + j].norm for j in range(1, n)):
            return n
    return 0


def _is_filler(word: Word, found: list[Word], i: int, text: str, language: list[frozenset[str]]) -> bool:
    """A hesitation ("uh", "ähm"; "er" only set off by punctuation), which a writer leaves out; German's "um" before a
    time is a word ("um acht", "um 20 Uhr", "um halb acht"), in a text German more likely than English."""
    if word.norm in _FILLERS:
        return not (word.norm == "um" and _german_um(found, i, text, language))
    if word.norm not in _SET_OFF_FILLERS:
        return False
    before = text[found[i - 1].end : word.start] if i else ","
    after = text[word.end : found[i + 1].start] if i + 1 < len(found) else ","
    return bool(_PAUSE.search(before) and _PAUSE.search(after))


def _join_phrases(found: list[Word], text: str) -> list[Word]:
    """ "per cent", "por ciento", "pour cent" -> "percent" (the words as written: "ciento" alone is 100); a part of
    an hour or a kilo said as a phrase as the smaller unit a figure writes (:func:`_read_unit_part`)."""
    if _UNIT_PART_ENDS.isdisjoint(map(_NORM, found)) and _PHRASE_ENDS.isdisjoint(map(str.lower, map(_ORIGINAL, found))):
        return list(found)  # (told in C: most texts end no phrase)
    out: list[Word] = []
    for word in found:
        second = word.original.lower()
        joined = _PHRASES.get((out[-1].original.lower(), second)) if out and second in _PHRASE_ENDS else None
        if joined:
            previous = out.pop()
            out.append(Word(joined, previous.start, word.end, f"{previous.original} {word.original}"))
            continue
        out.append(word)
        if word.norm in _UNIT_PART_ENDS:
            _read_unit_part(out, text)
    return out


def _read_unit_part(out: list[Word], text: str) -> None:
    """The phrase ending ``out`` that says a part of a unit, as the smaller unit a figure writes for it (each
    lexicon's ``unit_part_phrases``, the longest first): "media hora" "30 minutos", "half an hour" "30 minutes", "eine
    Viertelstunde" "15 Minuten", "un quart d'heure" "15 minutes", "un cuarto de kilo" "250 gramos"; "media hora"
    against "45 minutos" stays a change. Its words are one run of the text, a space or a hyphen apart ("une
    demi-heure"; not across a stop)."""
    for phrase, written in _UNIT_PART_PHRASES[out[-1].norm]:
        first = len(out) - len(phrase)
        if first < 0 or any(w.norm != part for w, part in zip(out[first:], phrase)):
            continue
        run = out[first:]
        if any(text[a.end : b.start].strip(" -") for a, b in zip(run, run[1:])):
            continue
        start, end = run[0].start, run[-1].end
        out[first:] = [Word(norm, start, end, text[start:end]) for norm in written]
        return


def _join_written_forms(found: list[Word], text: str) -> list[Word]:
    """Numbers, times and amounts a style guide writes one way and a speaker's transcript another:
    "10 000" and "10,000"; "8 a.m.", "8am" and "8:00 am"; "US$5m" and "$5m"; "a dozen" and "12";
    "half a billion" and "0.5 billion"; "two and a half" and "2.5"."""
    out: list[Word] = []
    language: list[frozenset[str]] = []  # the text's languages, found when first asked for
    i = 0
    while i < len(found):
        word = found[i]
        previous = out[-1] if out else None
        # (a group of digits or a time's suffix follows a number: a word not after a digit is settled by one test)
        number = previous.norm[:1].isdigit() if previous else False
        if not number and word.norm not in _WRITTEN_FORM_OPENERS and (previous is None or previous.norm != "u.s."):
            out.append(word)  # (no branch below reads the word: kept, as the last one keeps it)
            i += 1
            continue
        gap = text[previous.end : word.start] if previous else ""
        if (
            previous
            and number
            and gap == " "
            and _DIGIT_GROUPS.fullmatch(previous.original)
            and _GROUP.fullmatch(word.original)
        ):
            out[-1] = _merge(previous, word, previous.norm + word.norm)  # "10 000": a thin space sets thousands
        elif previous and number and gap == "/" and _fraction(previous, word, text):
            out[-1] = Word(f"{previous.norm}/{word.norm}", previous.start, word.end, text[previous.start : word.end])
            if (mixed := _mixed_number(out, text)) is not None:
                out[-2:] = [mixed]  # "2 1/2 miles": 2.5 miles, as "2½" is
        elif (
            previous
            and number
            and _CLOCK.fullmatch(previous.norm)
            and _is_clock_suffix(word, gap)
            and not _german_am(word, found, language)
        ):
            out[-1] = _merge(previous, word, _clock(previous.norm, word.norm))
        elif (
            previous
            and number
            and word.norm == "h"
            and gap == " "
            and _HOURS.fullmatch(previous.norm)
            and i + 1 < len(found)
            and re.fullmatch(r"[0-5]\d", found[i + 1].original)
            and text[word.end : found[i + 1].start] == " "
        ):
            out[-1] = _merge(previous, found[i + 1], f"{previous.norm}:{found[i + 1].original}")  # "21 h 14"
            i += 1
        elif previous and number and word.norm in _CLOCK_WORDS and _MINUTES.fullmatch(previous.norm):
            out[-1] = replace(previous, norm=_clock(previous.norm, ""))  # "3.40 Uhr" is "3:40 Uhr"
            out.append(word)
        elif previous and previous.norm == "u.s." and (word.norm == "$" and not gap or word.norm in _US_DOLLAR):
            out[-1] = _merge(previous, word, word.norm)  # "US$5m", "5 million US dollars"
        elif word.norm in _ONE_BEFORE_MULTIPLIER and i + 1 < len(found) and _multiplier(found[i + 1]):
            out.append(Word("1", word.start, word.end, word.original))  # "a hundred", "a dozen", "a million"
        elif word.norm in _MAGNITUDE_SHARES and (taken := _share_before(found, i)):
            # "three quarters of a million", "tres cuartos de millón", "eine Dreiviertelmillion": that share of the
            # magnitude after, the number or the article before the share and the link after it read off with it
            out.append(_share_of(out, word, found[i + taken - 1], text))
            i += taken - 1
        elif word.norm in _HALF_WORDS and (taken := _half_before(found, i)):
            # "half a billion", "medio millón", "eine halbe Million", "un demi-million": half the magnitude after, the
            # article before the half read off with it
            first = out.pop() if previous and previous.norm in _ONE_BEFORE_MULTIPLIER and not number else word
            power, _ = _magnitude(found, i + 1)
            if found[i + taken].original.lower() in _DOZENS:
                # "half a dozen", "une demi-douzaine", "media docena de huevos": six, the dozen's link read off with it
                dozen = found[i + taken]
                out.append(Word("6", first.start, dozen.end, text[first.start : dozen.end]))
                i += taken + int(_links_its_noun(found, i + taken))
            elif taken == 1 and power is not None and text[word.end : found[i + 1].start] == "-":
                out.append(_merge(first, found[i + 1], _scaled("0.5", power)))  # "un demi-million": one word
                i += 1
            else:
                out.append(_merge(first, found[i + taken - 1], "0.5"))
                i += taken - 1
        elif (word.norm == "12" or number and word.original.lower() in _DOZENS) and _links_its_noun(found, i):
            # "une douzaine d'œufs", "una docena de lobos", "dos docenas de huevos": twelve (or twice twelve) of them,
            # as "12 lobos" and "24 huevos" write it (a bare "docenas de", "des douzaines de", dozens, keeps its words)
            out.append(word)
            i += 1
        elif (
            previous
            and word.norm in _HALF_FIRSTS
            and (n := _half_phrase(found, i))
            and _add_half(out, found[i + n - 1], found[i + n] if i + n < len(found) else None, text)
        ):
            i += n - 1  # "two and a half", "deux millions et demi": the half is in the number before
        else:
            out.append(word)
        i += 1
    return out


_FRACTION_PART = re.compile(r"\d{1,3}", re.ASCII)


def _fraction(numerator: Word, denominator: Word, text: str) -> bool:
    """Whether two figures a slash sets apart are a fraction, one figure ("1/3", "2/3 des voix"): small whole numbers,
    no third part ("3/12/2024", a date)."""
    return (
        bool(_FRACTION_PART.fullmatch(numerator.original))
        and bool(_FRACTION_PART.fullmatch(denominator.original))
        and text[numerator.start - 1 : numerator.start] != "/"
        and text[denominator.end : denominator.end + 1] != "/"
    )


_THOUSANDS_COMMA = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_THOUSANDS_APOSTROPHE = re.compile(r"[1-9]\d{0,2}(?:'\d{3})+(?:\.\d+)?")  # (a typographic apostrophe is folded)
# A time as French writes it, hours and minutes about an "h" ("21h14", "21 h 14"): hours and minutes, the "h" left out
# as a colon's stand-in; hours alone keep it ("21 h", "21h": the unit of "21 heures").
_GLUED_CLOCK = re.compile(r"([01]?\d|2[0-4])h([0-5]\d)?")
_HOURS = re.compile(r"[01]?\d|2[0-4]")
_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|(?<!\d)\d+,\d+")  # a run entered at its start
# "a", and the words for one of every lexicon ("un millón", "eine Million", "un milliard"): one, before a multiplier.
_ONE_BEFORE_MULTIPLIER = frozenset(
    {"a", "an"} | {w for lex in _LANGUAGES for w, n in lex.number_words.items() if n == 1}
)
_DIGIT_GROUPS = re.compile(r"\d{1,3}(?: \d{3})*")
_GROUP = re.compile(r"\d{3}")
_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d{2})?")
_CLOCK_SUFFIXES = frozenset({"am", "pm"})
# Words after a time of day ("Uhr", "heures", "horas"; each lexicon's ``clock_words``): the figure before one, hours
# and minutes set off by a full stop or a colon, is a time ("3.40 Uhr" and "3:40 Uhr" are one time, not a decimal).
_CLOCK_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.clock_words)
_MINUTES = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")
_TIME_OF_DAY = re.compile(r"(\d{1,2}(?:[.:]\d{2})?)(am|pm)")
_US_DOLLAR = frozenset({"$", "dollar", "dollars"})
# "and a half" after a number or its magnitude, in every lexicon: ("and", "a", "half"), ("y", "medio") ...
_HALVES = frozenset(phrase for lex in LEXICONS.values() for phrase in lex.halves)
_HALF_LONGEST = max((len(phrase) for phrase in _HALVES), default=0)
_HALF_FIRSTS = frozenset(phrase[0] for phrase in _HALVES)  # most words start no such phrase: one set lookup
_HALF_SUFFIXES = {lex.half_suffix: lex for lex in LEXICONS.values() if lex.half_suffix}
_DOZENS = frozenset(w for lex in LEXICONS.values() for w, n in lex.number_multipliers.items() if n == 12)
_HALF_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.half_words)
# Shares of a whole other than a half before a magnitude ("quarters", "cuartos", "Viertel": each lexicon's
# ``magnitude_shares``) as (numerator, denominator), the words that link them to it ("of", "de"), and the magnitudes
# of a million and more a share is written onto as one word ("Dreiviertelmillion"), the longest first
_MAGNITUDE_SHARES = {
    w: tuple(map(int, share.split("/"))) for lex in LEXICONS.values() for w, share in lex.magnitude_shares.items()
}
_MAGNITUDE_SHARE_LINKS = frozenset(w for lex in LEXICONS.values() for w in lex.magnitude_share_links)
# The words _join_written_forms reads on its own, after no figure and no "U.S.": a multiplier's one, a share, a half,
# a half's phrase and twelve; any other word there is kept as it is, told by one look-up (most of a text's words)
_WRITTEN_FORM_OPENERS = frozenset({"12", *_ONE_BEFORE_MULTIPLIER, *_MAGNITUDE_SHARES, *_HALF_WORDS, *_HALF_FIRSTS})
_GLUED_MAGNITUDES = tuple(sorted((w for w, power in MAGNITUDES.items() if power >= 6 and len(w) > 4), key=len)[::-1])
_SHARE_GAPS = frozenset({"", " ", "-"})  # between a share and the number before it ("three-quarters", one word)
_ANY_STOPWORDS = frozenset(w for lex in LEXICONS.values() for w in lex.stopwords)  # ("de", "of", "und", "y")
# The function words of the languages a word for one is theirs in: after "un" French "an" is a year, not English's
# article ("un an et demi": 1.5 years), as "ans" is after "trois"
_ONES_STOPWORDS = {
    one: frozenset(w for lex in LEXICONS.values() if lex.number_words.get(one) == 1 for w in lex.stopwords)
    for one in _ONE_BEFORE_MULTIPLIER - {"a", "an"}
}


def _links_its_noun(found: list[Word], i: int) -> bool:
    """Whether a dozen's word at ``found[i]`` is followed by the word that links it to the noun it counts ("douzaine
    d'œufs", "docena de lobos"; each lexicon's ``amount_links``), then that noun: no stopword ("una docena de los
    vecinos" keeps its "de", as "12 de los vecinos" does)."""
    return (
        i + 2 < len(found)
        and found[i + 1].norm in _AMOUNT_LINKS
        and found[i + 2].norm not in _ANY_STOPWORDS
        and found[i].original.lower() in _DOZENS
    )


def _share_before(found: list[Word], i: int) -> int:
    """How many words a share before a magnitude of a million or more takes up to it ("quarter of a million": 3,
    "cuartos de millón": 2, "Viertel" of "Viertelmillion": 1); 0 when none follows."""
    j = i + 1
    if j < len(found) and found[j].norm in _MAGNITUDE_SHARE_LINKS:
        j += 1
        if j < len(found) and found[j].original.lower() in _ONE_BEFORE_MULTIPLIER:
            j += 1  # "of a million", "d'un million"
    return j - i if j < len(found) and MAGNITUDES.get(found[j].norm, 0) >= 6 else 0


def _share_of(out: list[Word], share: Word, last: Word, text: str) -> Word:
    """The share ``share`` names as one number, up to the word before its magnitude (``last``): three quarters 0.75,
    a quarter 0.25; the number before it ("three", "tres", "drei" of "Dreiviertelmillion") and the article before
    that ("a", "un", "eine") taken off ``out``."""
    numerator, denominator = _MAGNITUDE_SHARES[share.norm]
    first = share
    if out and out[-1].norm.isdigit() and text[out[-1].end : share.start] in _SHARE_GAPS:
        first = out.pop()
        numerator *= int(first.norm)
    if out and out[-1].original.lower() in _ONE_BEFORE_MULTIPLIER and text[out[-1].end : first.start] == " ":
        first = out.pop()  # "a quarter", "un cuarto", "eine Dreiviertelmillion"
    value = format((Decimal(numerator) / denominator).normalize(), "f")
    return Word(value, first.start, last.end, text[first.start : last.end])


def _glued_share(token: str) -> tuple[str, ...] | None:
    """ "dreiviertelmillion" -> "3", "viertel", "million"; "viertelmilliarde" -> "viertel", "milliarde": a share of a
    magnitude written as one word, as the words a share of a magnitude is read in (tune set 46: "eine
    Dreiviertelmillion Euro" of "750.000 Euro" read as a change)."""
    if not token.endswith(_GLUED_MAGNITUDES):
        return None
    magnitude = next(m for m in _GLUED_MAGNITUDES if token.endswith(m))
    head = token[: -len(magnitude)]
    share = next((s for s in _MAGNITUDE_SHARES if head.endswith(s)), None)
    if share is None:
        return None
    count = head[: -len(share)]
    if not count:
        return share, magnitude
    number = _NUMBER_WORDS.get(count) or _glued_number(count)
    return (number, share, magnitude) if number is not None else None


def _half_before(found: list[Word], i: int) -> int:
    """How many words a half before a magnitude or a unit takes up to it ("half a million": 2, "medio millón": 1;
    "medio kilo", "half a litre", "ein halbes Kilo": 0.5 of the unit, as "0,5 kg" writes it); 0 when neither
    follows."""
    if i + 1 < len(found) and _halved(found[i + 1]):
        return 1
    return 2 if i + 2 < len(found) and found[i + 1].norm in ("a", "an") and _halved(found[i + 2]) else 0


def _halved(word: Word) -> bool:
    """Whether a half before ``word`` is half of it: a magnitude or a unit."""
    return _multiplier(word) or word.norm in _UNIT_WORDS


def _half_phrase(found: list[Word], i: int) -> int:
    """How many words from ``found[i]`` on say "and a half" ("and a half", "et demi", "y medio"), or 0."""
    for n in range(min(_HALF_LONGEST, len(found) - i), 1, -1):
        if tuple(w.norm for w in found[i : i + n]) in _HALVES:
            return n
    return 0


def _add_half(out: list[Word], last: Word, following: Word | None, text: str) -> bool:
    """Add a half to the number that ends ``out`` ("2" -> "2.5"), or to the number before its magnitude or its unit
    ("deux millions et demi": "2" "millions" -> "2.5" "millions"; "cinco kilos y medio", "deux kilomètres et demi" 5.5
    kg, 2.5 km; one before a unit too, "a mile and a half", "un kilómetro y medio" 1.5), the phrase's words up to
    ``last`` taken in; False when no number stands there ("une heure et demie" is a time) or when a magnitude after
    the half takes it after a unit ("dos kilos y media docena": half a dozen). A number of several words is joined
    first (:func:`_join_spelt_tail`): the half is the whole number's, not its last word's."""
    _join_spelt_tail(out, text)
    if _is_plain_number(out[-1].norm):
        out[-1] = _merge(out[-1], last, _plus_half(out[-1].norm))
        return True
    if len(out) < 2:
        return False
    unit = out[-1].norm in _UNIT_WORDS and not (following is not None and _multiplier(following))
    if (unit or _multiplier(out[-1])) and _is_plain_number(out[-2].norm):
        out[-2] = replace(out[-2], norm=_plus_half(out[-2].norm))
        out[-1] = _merge(out[-1], last, out[-1].norm)
        return True
    if unit and out[-2].norm in _ONE_BEFORE_MULTIPLIER:
        out[-2] = replace(out[-2], norm="1.5")
        out[-1] = _merge(out[-1], last, out[-1].norm)
        return True
    if unit and not out[-2].norm[:1].isdigit() and _closes_phrase(last, following, text):
        # a unit said alone before its half, with no "one" ("hay metro y medio de nieve", "kilo y medio"): 1.5 of it
        # ("tomé el metro y media hora después": the subway, then half an hour)
        unit_word = out[-1]
        out[-1] = replace(unit_word, norm="1.5")
        out.append(Word(unit_word.norm, unit_word.start, last.end, text[unit_word.start : last.end]))
        return True
    counted = _is_plain_number(out[-2].norm) or out[-2].norm in _ONE_BEFORE_MULTIPLIER
    if (
        counted
        and out[-1].norm.isalpha()
        and out[-1].norm not in _ONES_STOPWORDS.get(out[-2].norm, _ANY_STOPWORDS)
        and out[-1].norm not in _CLOCK_WORDS  # ("six heures et demie" is a time, read as one)
        and _closes_phrase(last, following, text)
    ):
        # any noun counted, the half closing its phrase ("deux tonnes et demie de bronze", "trois ans et demi",
        # "diez años y medio", "veintidós nudos y medio, llegamos", "two hours and a half"; "3 personas y media hora"
        # is half an hour), one of it too ("une tonne et demie", "a week and a half", "un año y medio": 1.5)
        one = "1" if out[-2].norm in _ONE_BEFORE_MULTIPLIER else out[-2].norm
        out[-2] = replace(out[-2], norm=_plus_half(one))
        out[-1] = _merge(out[-1], last, out[-1].norm)
        return True
    return False


def _closes_phrase(last: Word, following: Word | None, text: str) -> bool:
    """Whether the phrase of a number and its noun ends at ``last``: the text's end, a stop or a comma, a stopword
    or a negation after it ("une tonne et demie sans forcer"), not a hyphen joining the half to the word after it
    ("un frère et demi-frère")."""
    if following is None or following.norm in _PHRASE_CLOSERS or following.norm in NEGATIONS:
        return True
    gap = text[last.end : following.start].strip()
    return bool(gap) and gap != "-"


def _join_spelt_tail(out: list[Word], text: str) -> None:
    """Join the number of several words in letters that ends ``out``, or stands before its last word (a unit), into
    one word, as :func:`_join_number_words` joins it later: the half after it is the whole number's ("treinta y dos
    kilómetros y medio" 32.5 km, "thirty-two and a half", "trente-deux kilomètres et demi"; was 30 and 2.5)."""
    end = len(out) if _spelt_number(out[-1]) else len(out) - 1
    start = end - 1
    while start > 0 and end - start < _SPELT_TAIL_MAX:
        if _spelt_number(out[start - 1]):
            start -= 1
        elif start > 1 and out[start - 1].norm in _NUMBER_CONNECTORS and _spelt_number(out[start - 2]):
            start -= 2
        else:
            break
    if end - start < 2 or not _spelt_number(out[end - 1]):
        return
    joined = _join_number_words(out[start:end], text)
    if len(joined) == 1:
        out[start:end] = joined


_SPELT_TAIL_MAX = 8  # the words of a number said before its half: "two hundred and thirty-two" takes five


def _plus_half(number: str) -> str:
    return format(Decimal(number) + Decimal("0.5"), "f")


def _glued_half(token: str) -> str | None:
    """ "dreieinhalb" -> "3.5", "eineinhalb" -> "1.5": a number written onto its lexicon's half."""
    for suffix, lex in _HALF_SUFFIXES.items():
        head = token.removesuffix(suffix)
        if head != token and head:
            value = lex.number_words.get(head)
            number = str(value) if value is not None else _glued_number(head)
            if number is not None:
                return _plus_half(number)
    return None


def _german_am(word: Word, found: list[Word], language: list[frozenset[str]]) -> bool:
    """Whether an "am" after a number is German's "an dem" ("um 17 Uhr 30 am Tor", "um acht am Bahnhof"), no a.m.:
    written so in a text German more likely than English (its languages found once, into ``language``; "3 am" alone
    is a time)."""
    if word.original != "am":
        return False
    if not language:
        language.append(_text_languages(found))
    return "de" in language[0] and "en" not in language[0]


# The words that open a German time of day after "um" ("halb acht", "Viertel nach acht", "drei viertel acht",
# "Mitternacht")
_TIME_OPENINGS = frozenset(
    phrase.split()[0]
    for lex in _LANGUAGES
    if lex.code == "de"
    for phrase in (*lex.clock_parts, *lex.clock_names, *lex.clock_before_hour)
)


def _german_um(found: list[Word], i: int, text: str, language: list[frozenset[str]]) -> bool:
    """Whether an "um" is German's preposition of a time: before a number or a word that opens a time ("um acht", "um
    20 Uhr", "um halb acht", "um Mitternacht": the German lexicon's clock words), a space apart, in a text German more
    likely than English (its languages found once, into ``language``). Elsewhere it stays a hesitation, as it was:
    a quote and its source a language check may read apart ("Um des Göld geht kana mehr") keep the same words."""
    if i + 1 >= len(found) or text[found[i].end : found[i + 1].start] != " " or found[i].original.lower() != "um":
        return False  # ("Wir haben, ähm, um, acht Leute")
    following = found[i + 1].norm
    if not (following[:1].isdigit() or following in _TIME_OPENINGS):
        return False
    if not language:
        language.append(_text_languages(found))
    return "de" in language[0] and "en" not in language[0]


def _is_clock_suffix(word: Word, gap: str) -> bool:
    """ "am"/"pm" (or "a.m.") right after a time of day; "30pm" after "8:"."""
    if word.norm in _CLOCK_SUFFIXES and gap in ("", " "):
        return True
    return gap == ":" and bool(re.fullmatch(r"\d{2}(?:am|pm)?", word.norm))


def _clock(hours: str, suffix: str) -> str:
    """ "8" + "am" -> "8am"; "8.30" + "pm" -> "8:30pm"; "8" + "30pm" -> "8:30pm"; ":00" left out."""
    if suffix[:1].isdigit():
        hours, suffix = f"{hours}:{suffix[:2]}", suffix[2:]
    return hours.replace(".", ":").removesuffix(":00") + suffix


def _multiplier(word: Word) -> bool:
    """A word that multiplies the number before it: a magnitude ("million", "hundred") or "dozen"."""
    lower = word.original.lower()
    return lower in _DOZENS or (lower in MAGNITUDES and lower not in _SUFFIX_ONLY)


def _join_dates(found: list[Word]) -> list[Word]:
    """A day and its month in one order, the day as a plain number: "3rd of March", "3 March", "March 3rd"
    are all "march 3" (British and American style guides order a date differently)."""
    out: list[Word] = []
    for word in found:
        if word.norm in _DATE_WORDS and out:
            _plain_day(out)
        previous = out[-1] if out else None
        if previous and previous.norm in MONTHS and _day(word.norm):
            out[-1] = replace(previous, norm=_MONTH_NAMES.get(previous.norm, previous.norm))  # "Jan. 1"
            out.append(replace(word, norm=_day(word.norm)))
            continue
        if word.norm in MONTHS and previous and (previous.norm == "of" and len(out) > 1 or _day(previous.norm)):
            of = out.pop() if previous.norm == "of" else None  # "3rd of March": the date's form, no word
            if _day(out[-1].norm) if out else False:
                day = out.pop()
                if of is not None and out and out[-1].norm == "the":
                    out.pop()  # "the 1st of January" is "January 1"
                out += [replace(word, norm=_MONTH_NAMES.get(word.norm, word.norm)), replace(day, norm=_day(day.norm))]
                continue
            if of is not None:
                out.append(of)
        out.append(word)
    return out


def _plain_day(out: list[Word]) -> None:
    """A day written as an ordinal before its month or weekday ("le 1er janvier", "el 1.º de enero", "the 3rd of
    March") as its plain number, as the other style writes it ("le 1 janvier", "el 1 de enero"); the words for "first"
    a title keeps ("le premier janvier", "el primero de enero", "am ersten Januar") are its first day."""
    at = len(out) - 2 if len(out) > 1 and out[-1].norm in _DATE_LINKS else len(out) - 1
    day = out[at].norm
    if day in _FIRST_WORDS:
        out[at] = replace(out[at], norm="1")
    elif day.endswith("th") and _day(day):
        out[at] = replace(out[at], norm=_day(day))


# A month's abbreviations as its name, in a date only ("Jan. 1", "Sept. 30", "Mar. 3"): "mar" is a word too.
_MONTH_NAMES = {
    short: month
    for month in "january february march april june july august september october november december".split()
    for short in (month[:3], month[:4])
    if short in MONTHS
}


def _day(norm: str) -> str:
    """ "3" or "3th" (from "3rd", "third") as a day of the month "3"; "" when it is none."""
    bare = norm.removesuffix("th")
    return bare if bare.isdigit() and 1 <= int(bare) <= 31 and len(bare) <= 2 else ""


def _join_number_words(found: list[Word], text: str) -> list[Word]:
    """Spelt-out numbers of several words as one number: "two hundred" -> 200, "twenty-five" -> 25,
    "ciento veinte" -> 120, "one hundred and twenty" -> 120, "deux cents" -> 200, "dix-sept" -> 17,
    "dos mil" -> 2000 (the numerals "2 100" stay two numbers)."""
    out: list[Word] = []
    i = 0
    while i < len(found):
        word = found[i]
        previous = out[-1] if out and _spelt_number(out[-1]) else None
        if previous is not None:
            if (score := _score_after(found, i, text)) is not None:
                word = score  # "deux cent quatre-vingts": 200 and 80, not 204 and 20
                i += 1
            joined = _compound(previous, _cardinal(word), text[previous.end : word.start])
            if joined is not None:
                out[-1] = _merge(previous, word, _as_ordinal_of(word, joined))
                i += 1
                continue
            following = found[i + 1] if i + 1 < len(found) else None
            if following is not None and word.norm in _NUMBER_CONNECTORS:
                gaps = text[previous.end : word.start] + text[word.end : following.start]
                joined = _compound(previous, _cardinal(following), gaps)
                # "hundred and twenty"; never "two and three", nor a number of its own after the "and": "doscientos
                # y mil" is no 200 000 (a multiplier after an "and" multiplies nothing before it), "four hundred and
                # five hundred" no 405 and 100 ("five hundred" does not fit in the tens of 400)
                if (
                    joined is not None
                    and joined > int(previous.norm)
                    and not _multiplied(previous, following, joined)
                    and not _own_number(previous, found, i + 1, text)
                ):
                    out[-1] = _merge(previous, following, _as_ordinal_of(following, joined))
                    i += 2
                    continue
        out.append(word)
        i += 1
    return out


# Multipliers of tens under a hundred ("vingt" of "quatre-vingts"; not a dozen): the number word before one is
# multiplied by it first
_SMALL_MULTIPLIERS = frozenset(
    w for lex in LEXICONS.values() for w, n in lex.number_multipliers.items() if n < 100 and not n % 10
)


def _score_after(found: list[Word], i: int, text: str) -> Word | None:
    """The number word at ``found[i]`` and a multiplier under a hundred after it as one word ("quatre-vingts" 80),
    which a hundred before them adds as one number ("deux cent quatre-vingts" 280); None when no such multiplier
    follows (most words: one set lookup)."""
    if i + 1 >= len(found) or found[i + 1].original.lower() not in _SMALL_MULTIPLIERS or not _spelt_number(found[i]):
        return None
    joined = _compound(found[i], found[i + 1], text[found[i].end : found[i + 1].start])
    return None if joined is None else _merge(found[i], found[i + 1], str(joined))


def _multiplied(previous: Word, following: Word, joined: int) -> bool:
    """Whether ``joined`` multiplied ``previous`` by ``following`` (a multiplier: "doscientos" "mil")."""
    part = _part(_cardinal(following), previous)
    return part is not None and part[1] is not None and joined == int(previous.norm) * part[1]


def _own_number(previous: Word, found: list[Word], i: int, text: str) -> bool:
    """Whether the number word ``found[i]`` after an "and" opens a number of its own with the multiplier after it,
    too large for the places ``previous`` leaves free: "four hundred and five hundred" (500 against the tens and units
    of 400) is two numbers; "two thousand and five hundred" one (2500)."""
    if i + 1 >= len(found):
        return False
    word = _cardinal(found[i])
    if not _spelt_number(word):
        return False
    first = int(previous.norm)
    if first < 100 and not first % 10 and int(word.norm) < 10 and found[i - 1].norm in _TENS_CONNECTORS:
        return False  # a ten and its unit, one number before its magnitude: "treinta y cinco mil", "vingt et un mille"
    scaled = _compound(word, found[i + 1], text[word.end : found[i + 1].start])
    part = _part(found[i + 1], word)
    if scaled is None or scaled < 100 or not part or scaled != int(word.norm) * (part[1] or 0):
        return False  # (only a multiplier after it makes it a number of its own: "five hundred")
    return scaled >= 10 ** (len(str(first)) - len(str(first).rstrip("0")))


def _spelt_ordinal(word: Word) -> bool:
    """An ordinal written in letters ("first", "unième"), read as "1th"."""
    return word.norm.endswith("th") and word.norm[:-2].isdigit() and not any(ch.isdigit() for ch in word.original)


def _cardinal(word: Word) -> Word:
    """An ordinal in letters as its number, to end a compound ("twenty-first", "vingt et unième", "trente-deuxième");
    any other word as it is."""
    return replace(word, norm=word.norm[:-2]) if _spelt_ordinal(word) else word


def _as_ordinal_of(last: Word, value: int) -> str:
    """A compound number's value, an ordinal when its last word is one ("twenty-first" -> "21th")."""
    return f"{value}th" if _spelt_ordinal(last) else str(value)


# Words between the parts of one spelt-out number ("hundred and twenty", "treinta y cinco", "vingt et un").
_NUMBER_CONNECTORS = frozenset(c for lex in LEXICONS.values() for c in lex.number_connectors)
_TENS_CONNECTORS = frozenset(c for lex in LEXICONS.values() if lex.tens_connected for c in lex.number_connectors)
# Number words of each language, the ones other languages read otherwise included ("sept", "cent", "un").
_NUMBER_LANGUAGES: dict[str, frozenset[str]] = {}
for _lex in LEXICONS.values():
    for _word in (*_lex.number_words, *_lex.number_multipliers):
        _NUMBER_LANGUAGES[_word] = _NUMBER_LANGUAGES.get(_word, frozenset()) | {_lex.code}
# Tens that take the numbers ten to nineteen in a language that counts in twenties ("soixante-dix" 70,
# "quatre-vingt-dix" 90), and the ten a unit follows with a hyphen ("dix-sept" 17).
_TWENTIES_TENS = frozenset({60, 80})
_HYPHENED_TEENS = range(17, 20)


def _spelt_number(word: Word) -> bool:
    """A number written in letters (or joined from such words): not a numeral, which a writer sets apart."""
    return word.norm.isdigit() and not any(ch.isdigit() for ch in word.original)


def _languages(word: Word) -> frozenset[str]:
    """The languages whose number words include the last word of a spelt-out number."""
    last = re.split(r"[\s-]", word.original.lower())[-1]
    return _NUMBER_LANGUAGES.get(last) or frozenset(
        code for code, parts in _GLUED.items() if _split_glued(last, parts, _GLUED_LONGEST[code])
    )


def _part(word: Word, after: Word) -> tuple[int, int | None] | None:
    """(value, multiplier) of a word continuing the spelt-out number ``after``: a number word, or a word other
    languages read otherwise ("sept", "cent", "mil") when it is one in the language of ``after``."""
    lower = word.original.lower()
    languages = _languages(after) if lower in _CROSS_LANGUAGE_CLASHES or lower in _DETERMINERS else None
    multiplier = None
    for lex in LEXICONS.values():
        if lower in lex.number_multipliers and (languages is None or lex.code in languages):
            multiplier = lex.number_multipliers[lower]
            break
    if _spelt_number(word):
        return int(word.norm), multiplier
    for lex in LEXICONS.values():
        if languages and lex.code in languages and lower in lex.number_words:
            return lex.number_words[lower], multiplier
    return (multiplier, multiplier) if multiplier else None


def _compound(previous: Word, word: Word, gap: str) -> int | None:
    """The value of two adjacent number words read as one number, or None when they are two numbers."""
    part = _part(word, previous)
    if part is None or gap.strip(" -") or not gap:
        return None  # one number's words stand apart by spaces or hyphens only: "71, 20" are two
    first, (second, multiplier) = int(previous.norm), part
    if multiplier and 0 < first < multiplier:
        return first * multiplier  # "two hundred", "deux cents", "dos mil", "a dozen", "quatre-vingts"
    place = 10 ** (len(str(first)) - len(str(first).rstrip("0")))
    if first >= 20 and place > 1 and 0 < second < place:
        return first + second  # "twenty five", "ciento veinte", "hundred and one"
    if first % 100 in _TWENTIES_TENS and 10 <= second < 20:
        return first + second  # "soixante-dix", "soixante et onze", "trois cent quatre-vingt-dix"
    if not multiplier and 100 <= first < 1000 and second >= 1000 and _spelt_number(word):
        # A hundred before a number joined with its thousand first ("cent" "huitante mille", "mil" "doscientos"
        # read after the words their language tells): the thousand multiplies both, "cent huitante mille" 180 000
        power = 1000
        while second % (power * 1000) == 0 and second // (power * 1000):
            power *= 1000
        if second % power == 0 and 0 < second // power < place:
            return (first + second // power) * power
    return first + second if gap == "-" and first == 10 and first + second in _HYPHENED_TEENS else None


# Languages that write a number as one word ("dreihundertfünfzig"): each one's parts, and the value they
# add (a number word), multiply by (hundert) or take nothing (the "und" of "fünfundzwanzig").
_GLUED = {
    lex.code: {
        **{_swiss(w): (n, False) for w, n in lex.number_words.items() if w.isalpha()},
        **{w: (n, True) for w, n in lex.number_multipliers.items()},
        **{w: (0, False) for w in lex.number_connectors},
    }
    for lex in LEXICONS.values()
    if lex.glued_numbers
}
# (each language's longest part, read by every split: the regional number words made its table three times longer)
_GLUED_LONGEST = {code: max(map(len, parts)) for code, parts in _GLUED.items()}
# (and each language's parts as one tuple: a token neither opening nor closing on one is no glued number, told by two
# tests in C before the split's loop over every character; most tokens a text holds are words)
_GLUED_READ = tuple((parts, _GLUED_LONGEST[code], tuple(sorted(parts))) for code, parts in _GLUED.items())
_GLUED_MAX_CHARS = 64  # the longest number word anyone writes is shorter; bounds the work on a hostile token


def glued_number(word: str) -> bool:
    """Whether a word is a number written as one word of several parts ("Dreitausend", "zweihundertfünfzig")."""
    return _glued_number(word.lower()) is not None


def _glued_number(token: str, least_parts: int = 2) -> str | None:
    """ "dreihundertfünfzig" -> "350", "zweitausend" -> "2000", "fünfundzwanzig" -> "25"; None for other words
    (and for a number word alone, "drei", unless ``least_parts`` is 1: read as the lexicon's word)."""
    if len(token) > _GLUED_MAX_CHARS:
        return None
    for parts, longest, ends in _GLUED_READ:
        if not (token.endswith(ends) and token.startswith(ends)):
            continue  # (a split's first part opens the token and its last closes it)
        found = _split_glued(token, parts, longest)
        if (
            found
            and len(found) >= least_parts
            and found[0] not in _NUMBER_CONNECTORS
            and found[-1] not in _NUMBER_CONNECTORS
        ):
            return _glued_value([parts[p] for p in found])
    return None


def _glued_ordinal(token: str) -> tuple[str] | None:
    """ "dreiundzwanzigste" -> "23th", "hunderteinsten" -> "101th": an ordinal's ending on a glued number of twenty or
    more (the lexicon lists the others)."""
    for suffix in _GLUED_ORDINAL_SUFFIXES:
        if token.endswith(suffix) and len(token) > len(suffix):
            number = _glued_number(token[: -len(suffix)], least_parts=1)
            if number is not None and int(number) >= _GLUED_ORDINAL_MIN:
                return (f"{number}th",)
    return None


def _glued_times(token: str) -> tuple[str, str] | None:
    """ "dreimal" -> ("3", "mal"), "zwanzigmal", "zweieinhalbmal": a number of times in one word, as "drei Mal"
    reads. "einmal" stays a word: "noch einmal", "nicht einmal" and "auf einmal" count nothing."""
    for times in _GLUED_TIMES:
        head = token.removesuffix(times)
        if head != token and head:
            number = _glued_number(head, least_parts=1) or _glued_half(head)
            if number is not None and Decimal(number) > 1:
                return number, times
    return None


def _glued_head(token: str) -> tuple[str, str] | None:
    """ "hundertjährlichen" -> ("100", "jährlichen"), "zehnfache" -> ("10", "fache"), "hundredfold" -> ("100",
    "fold"): a number word written onto a head of its lexicon (``glued_heads``), read as "100-jährlichen" and
    "100-fold" are. A number under two is another word: "einfach" (simple), "einseitig" (one-sided)."""
    if not token.endswith(_GLUED_HEADS):
        return None  # (most words: one look in C)
    head = next(head for head in _GLUED_HEADS if token.endswith(head))
    said = token[: -len(head)]
    number = _glued_number(said, least_parts=1) or _glued_half(said) or _NUMBER_WORDS.get(said)
    if number is not None and Decimal(number) > 1:
        return number, head
    return None


def signed_amount(original: str) -> tuple[frozenset[str], str] | None:
    """The currencies a sign of letters written onto a figure stands for, and the figure ("Q300" -> ({"gtq"},
    "300"), "Ar200", "L40"); None for other words. Read only against words that name the currency
    (``_NAMED_SIGNS``)."""
    found = _SIGNED_FIGURE.fullmatch(original)
    if found is None or found.group(1) not in _NAMED_SIGNS:
        return None
    figure = _normalise(found.group(2))
    return (_NAMED_SIGNS[found.group(1)], figure[0]) if len(figure) == 1 and _is_plain_number(figure[0]) else None


def currency_named(norm: str) -> str | None:
    """The currency a word names ("quetzales" -> "gtq", "pula" -> "bwp"), however great the amount before it."""
    return _CURRENCY_WORDS.get(norm) or _SCALED_CURRENCY_WORDS.get(norm)


def _split_glued(token: str, parts: dict[str, tuple[int, bool]], longest: int) -> list[str] | None:
    """The token as a run of ``parts`` (the longest of ``longest`` characters), longest parts first (linear: the best
    split of each suffix once)."""
    size = len(token)
    best: list[list[str] | None] = [None] * size + [[]]
    for start in range(size - 1, -1, -1):
        stop = start + longest  # (a conditional, no min() call: read for each character of the word)
        for end in range(stop if stop < size else size, start, -1):
            rest = best[end]
            if rest is not None and token[start:end] in parts:
                best[start] = [token[start:end], *rest]
                break
    return best[0]


def _glued_value(parts: list[tuple[int, bool]]) -> str | None:
    """Read glued parts as one number: units and tens add, "hundert" and "tausend" multiply what is before."""
    total = current = 0
    added = False  # the part before added a value: two such parts side by side are two words, no number
    for value, multiplies in parts:
        if multiplies and value >= 1000:
            total, current = total + (current or 1) * value, 0
        elif multiplies:
            current = (current or 1) * value
        elif value and added:
            return None
        else:
            current += value
        added = bool(value) and not multiplies
    return str(total + current)


def _join_amounts(found: list[Word], text: str) -> list[Word]:
    """A number and its magnitude and currency as one word: "$4 billion", "4bn dollars", "4 mil millones de
    dólares", "3,5 Mio. €" -> "usd 4000000000" ... (the currency before or after, in any lexicon's words)."""
    out: list[Word] = []
    i = 0
    while i < len(found):
        word = found[i]
        previous = out[-1] if out else None
        amount = previous.norm[4:] if previous and previous.norm[:4] in _AMOUNT_PREFIXES else None
        # "2 millones, mil": apart; "2 Mrd. Euro": the full stop of an abbreviation
        if (
            previous
            and (_is_plain_number(previous.norm) or amount and _is_plain_number(amount))
            and not text[previous.end : word.start].strip(" .")
        ):
            power, used = _magnitude(found, i)
            if power is None and amount and word.start < previous.end and word.norm in _SUFFIX_ONLY:
                power, used = MAGNITUDES[word.norm], 1  # "£1,500m": a magnitude's letter on an amount's figure
            if power is not None:
                prefix = previous.norm[:4] if amount else ""
                out[-1] = _merge(previous, found[i + used - 1], prefix + _scaled(amount or previous.norm, power))
                i += used
                continue
            currency, used = _currency_after(found, i, amount or previous.norm)
            if currency and not amount:
                if len(out) > 1 and (whole := _magnitude_and_rest(out[-2], previous, text)) is not None:
                    previous = _merge(out.pop(-2), previous, whole)  # "eine Million vierhunderttausend Euro"
                out[-1] = _merge(previous, found[i + used - 1], f"{currency} {previous.norm}")
                i += used
                cents = _cents_after(found, i, text) if _whole_unscaled(previous) and i < len(found) else None
                if cents is not None:
                    # "catorce pesos con veinte", "vierzehn Euro zwanzig": the amount with its cents, "eur 14.20"
                    out[-1] = _merge(out[-1], found[i + cents[1] - 1], f"{currency} {previous.norm}.{cents[0]:02d}")
                    i += cents[1]
                continue
            if currency and amount and _names_signs_currency(previous, currency):
                # "$4.5 millones de pesos": the sign Mexico writes too, and the name after it says the peso (tune
                # set 46: read as dollars, a change of "cuatro millones y medio de pesos")
                out[-1] = _merge(previous, found[i + used - 1], f"{currency} {amount}")
                i += used
                continue
            if (word.norm in _UNIT_WORDS or word.norm in _UNIT_SYMBOLS) and not amount:
                # "4,000 metres": the unit as its symbol; "120 Kilometer pro Stunde": and its rate, as "km/h"
                symbols = _UNIT_WORDS.get(word.norm, word.norm).split()
                out += [Word(symbol, word.start, word.end, word.original) for symbol in symbols]
                i += 1
                if len(symbols) == 1 and symbols[0] in _SUBUNITS and previous.norm.isdigit() and i < len(found):
                    i += _centimetres_after(out, found, i, text)
                # (the time unit by the word as written: "second" is also an ordinal)
                rate = _RATE_UNITS.get(found[i + 1].original.lower()) if i + 1 < len(found) else None
                if rate is not None and len(symbols) == 1 and found[i].norm in _RATE_WORDS:
                    out.append(Word(rate, found[i].start, found[i + 1].end, found[i + 1].original))
                    i += 2
                continue
        if previous and previous.norm in _ONE_BEFORE_MULTIPLIER and _one_metre_and(found, i, text):
            # "un mètre quatre-vingts", "a metre eighty": one metre and its centimetres, "1,80 m"; "un kilo con
            # doscientos gramos", 1,200 kg
            out[-1] = replace(previous, norm="1")
            out.append(Word(_UNIT_WORDS[word.norm], word.start, word.end, word.original))
            i += 1 + _centimetres_after(out, found, i + 1, text)
            continue
        if previous and previous.original[:1] in _SCALED_SIGNS and (scaled := _scaled_sign(previous, found, i, text)):
            out[-1], used = scaled  # "P3 million", "Q8 millones"
            i += used
            continue
        if previous and _is_plain_number(word.norm) and (sign := _letter_sign(out, word, text)):
            sign_code, taken = sign
            first = out[-taken]
            del out[-taken:]
            out.append(_merge(first, word, f"{sign_code} {word.norm}"))  # "S/ 4,50", "R$ 12"
        elif previous and _is_plain_number(word.norm) and (code := _currency_before(previous)):
            out[-1] = _merge(previous, word, f"{code} {word.norm}")  # "$ 5", "CHF 5"
        elif (
            i + 1 < len(found)
            and word.norm in _TWO_WORD_FIRSTS
            and (word.norm, found[i + 1].norm) in _TWO_WORD_MAGNITUDES
        ):
            power = _TWO_WORD_MAGNITUDES[word.norm, found[i + 1].norm]
            out.append(_merge(word, found[i + 1], _scaled("1", power)))  # "mil millones": a thousand million
            i += 1
        else:
            out.append(word)
        i += 1
    return out


def _cents_after(found: list[Word], i: int, text: str) -> tuple[int, int] | None:
    """The cents said after an amount's currency, from ``found[i]`` on, and how many words they take: after a link
    of the cents ("catorce pesos con veinte"; each lexicon's ``cents_links``), before a word naming them ("fourteen
    dollars and twenty cents", "vierzehn Euro zwanzig Cent"; ``cents_words``), or alone closing the amount's phrase,
    the text's end, a stopword or a stop after them ("vierzehn Euro zwanzig.", "quatorze euros cinquante le
    litre", "quatorze euros cinquante à la caisse": ``_PHRASE_CLOSERS``). A number after the currency that counts the
    noun after it is none ("fünf Euro zwanzig Jahre lang"), nor one set off by a comma ("five dollars, twenty if you
    wait")."""
    link = found[i].norm in _CENTS_LINKS or found[i].norm in _NUMBER_CONNECTORS
    at = i + 1 if link else i
    if at >= len(found) or not _CENTS.fullmatch(found[at].norm) or text[found[at - 1].end : found[at].start] != " ":
        return None
    after = found[at + 1] if at + 1 < len(found) else None
    joined = after is not None and text[found[at].end : after.start] == " "
    if joined and after is not None and after.norm in _CENTS_WORDS:
        return int(found[at].norm), at + 2 - i
    if link and found[i].norm not in _CENTS_LINKS:
        return None  # ("five dollars and twenty of them": "and" joins the cents only before their word)
    if after is None or not joined or after.norm in _PHRASE_CLOSERS:
        return int(found[at].norm), at + 1 - i
    return None


# The words after which an amount's phrase is over: a stopword, or a function word its accent tells apart from another
# (each lexicon's ``accent_words``: "à", "más", not in the stopwords, "quatorze euros cinquante à la caisse")
_PHRASE_CLOSERS = _ANY_STOPWORDS | {w for lex in LEXICONS.values() for w in lex.accent_words}


_METRES = ["m"]  # the one unit whose hundredths a speaker says after it, as cents after a currency


# The units a measure's smaller part is said in after its whole ones, and how many of it make one ("un metro con
# veinte centímetros" is 1.20 m, "un kilo con doscientos gramos" 1.200 kg)
_SUBUNITS = {"m": ("cm", 100), "km": ("m", 1000), "kg": ("g", 1000)}


def _one_metre_and(found: list[Word], i: int, text: str) -> bool:
    """Whether ``found[i]`` is the word for a unit, after "one", with its smaller part after it: a metre's
    centimetres said alone ("un mètre quatre-vingts") or any unit's part with its unit ("un kilo con doscientos
    gramos")."""
    unit = _UNIT_WORDS.get(found[i].norm)
    if i + 1 >= len(found) or unit not in _SUBUNITS:
        return False
    if unit == _METRES[0] and _cents_after(found, i + 1, text) is not None:
        return True
    return _part_after(found, i + 1, text, unit) is not None


def _centimetres_after(out: list[Word], found: list[Word], i: int, text: str) -> int:
    """How many words from ``found[i]`` on say the smaller part of a measure after its whole units, read into the
    number at ``out[-2]`` as its decimals: a metre's centimetres alone, as the cents after a currency are
    (:func:`_cents_after`), "deux mètres dix" 2.10 m as "2,10 mètres", "un mètre quatre-vingts", "dos metros con
    diez", "zwei Meter zehn"; or a part with its unit (:func:`_part_after`), "un metro con veinte centímetros", "one
    metre and ten centimetres", "einen Meter und zehn Zentimeter" (tune set 47: "un metro con diez centímetros" of
    "1,10 metros" was ``altered``). Not a number that counts another noun after it ("tres metros diez personas")."""
    unit = out[-1]
    part = _part_after(found, i, text, unit.norm)
    if part is None and unit.norm == _METRES[0] and (cents := _cents_after(found, i, text)) is not None:
        part = f"{cents[0]:02d}", cents[1]
    if part is None:
        return 0
    whole, last = out[-2], found[i + part[1] - 1]
    out[-2] = replace(whole, norm=f"{whole.norm}.{part[0]}")
    out[-1] = Word(unit.norm, unit.start, last.end, text[unit.start : last.end])
    return part[1]


def _part_after(found: list[Word], i: int, text: str, unit: str) -> tuple[str, int] | None:
    """The smaller part of a measure in ``unit`` said with its own unit from ``found[i]`` on, after a link or none
    ("con veinte centímetros", "and ten centimetres", "und zehn Zentimeter", "doscientos gramos"): its decimals as
    written after the point, and how many words it takes; None when no part of the unit is said there."""
    part, many = _SUBUNITS[unit]
    at = i + 1 if found[i].norm in _CENTS_LINKS or found[i].norm in _NUMBER_CONNECTORS else i
    if at + 1 >= len(found):
        return None
    count, named = found[at], found[at + 1]
    if not count.norm.isdigit() or not 0 < int(count.norm) < many or _UNIT_WORDS.get(named.norm) != part:
        return None
    if text[found[at - 1].end : count.start] != " " or text[count.end : named.start] != " ":
        return None
    return f"{int(count.norm):0{len(str(many)) - 1}d}", at + 2 - i


def _whole_unscaled(amount: Word) -> bool:
    """Whether an amount's number is whole and said with no magnitude of a million or more: one that cents may follow
    ("zwei Millionen Euro zwanzig" is no 2 000 000.20; "two hundred dollars and fifty cents" is 200.50)."""
    # (an amount whose written words are all white space, as a generated test makes one, has no magnitude)
    return amount.norm.isdigit() and MAGNITUDES.get((amount.original.split() or [""])[-1].lower(), 0) < _MILLION_POWER


_MILLION_POWER = 6
_CENTS = re.compile(r"[1-9]\d?", re.ASCII)  # a hundredth's count, as the normaliser writes it
_CENTS_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.cents_words)
_CENTS_LINKS = frozenset(w for lex in LEXICONS.values() for w in lex.cents_links)


def _magnitude_and_rest(scaled: Word, rest: Word, text: str) -> str | None:
    """One number said in words as a magnitude and the smaller number after it, before their currency: "eine Million
    vierhunderttausend Euro" 1 400 000 euros, "un millón cuatrocientos mil euros", "two million three hundred thousand
    dollars" (the magnitude is read here, after the first joining of number words; "2 millones 400" keeps two)."""
    if not (_spelt_number(scaled) and _spelt_number(rest)):
        return None
    joined = _compound(scaled, rest, text[scaled.end : rest.start])
    return str(joined) if joined is not None and int(scaled.norm) >= 10**6 else None


def _magnitude(found: list[Word], i: int) -> tuple[int | None, int]:
    """The power of ten of the magnitude at ``found[i]`` ("million", "mil millones") and how many words it takes."""
    pair = (found[i].norm, found[i + 1].norm) if i + 1 < len(found) else None
    if pair in _TWO_WORD_MAGNITUDES:
        return _TWO_WORD_MAGNITUDES[pair], 2
    power = MAGNITUDES.get(found[i].norm)
    if power is None or found[i].norm in _SUFFIX_ONLY and not _before_sign(found, i):
        return None, 0
    return power, 1


def _before_sign(found: list[Word], i: int) -> bool:
    """A magnitude's letter written onto a currency sign ("2,5 M€", "300 k€"): an amount, as the French write it."""
    return i + 1 < len(found) and found[i + 1].norm in _CURRENCY_SIGNS and found[i].end == found[i + 1].start


def _currency_after(found: list[Word], i: int, amount: str) -> tuple[str | None, int]:
    """The currency an amount is followed by ("dollars", "€", "de euros", "d' euros", "million pula") and how many
    words it takes."""
    norm = found[i].norm
    code = _CURRENCY_WORDS.get(norm) or _CURRENCY_SIGNS.get(norm) or _ISO_CURRENCIES.get(found[i].original)
    if not code and norm in _SCALED_CURRENCY_WORDS and Decimal(amount) >= _SCALED_CURRENCY_MIN:
        code = _SCALED_CURRENCY_WORDS[norm]
    if code:
        # (and the currency's other name right after it: "francs CFA", "CFA francs", "pesos MXN")
        return code, 2 if i + 1 < len(found) and _currency_of(found[i + 1]) == code else 1
    if norm in _AMOUNT_LINKS and i + 1 < len(found) and found[i + 1].norm in _CURRENCY_WORDS:
        code = _CURRENCY_WORDS[found[i + 1].norm]
        return code, 3 if i + 2 < len(found) and _currency_of(found[i + 2]) == code else 2  # "de francs CFA"
    return None, 0


def _names_signs_currency(amount: Word, currency: str) -> bool:
    """Whether a currency named after an amount written with a sign several currencies write ("$", "P":
    ``SIGN_CURRENCIES``) is one of the sign's others than the one it was read as ("$4.5 millones de pesos")."""
    shared = SIGN_CURRENCIES.get(amount.original[:1])
    return shared is not None and amount.norm[:3] == shared[0] and currency in shared[1:]


def _scaled_sign(previous: Word, found: list[Word], i: int, text: str) -> tuple[Word, int] | None:
    """A sign of one letter written onto a figure, then a word of scale (``_SCALED_SIGNS``: "P3 million", "Q8
    millones"): the amount and how many words its scale takes; None for the letter and figure alone ("P3 pupils")."""
    glued = _SCALED_SIGN.fullmatch(previous.original)
    if glued is None or text[previous.end : found[i].start].strip():
        return None
    power, used = _magnitude(found, i)
    figure = _normalise(glued.group(2))
    if power is None or len(figure) != 1 or not _is_plain_number(figure[0]):
        return None
    code = _SCALED_SIGNS[glued.group(1)]
    return _merge(previous, found[i + used - 1], f"{code} {_scaled(figure[0], power)}"), used


def _currency_of(word: Word) -> str | None:
    """The currency a word names by a word, a sign or an ISO code in capitals, if any."""
    return _CURRENCY_WORDS.get(word.norm) or _CURRENCY_SIGNS.get(word.norm) or _ISO_CURRENCIES.get(word.original)


def _currency_before(word: Word) -> str | None:
    """The currency a sign or an ISO code in capitals before an amount gives ("$", "CHF", "EUR")."""
    if word.norm in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[word.norm]
    return _ISO_CURRENCIES.get(word.original)


def _letter_sign(out: list[Word], number: Word, text: str) -> tuple[str, int] | None:
    """The currency a sign written with letters gives the figure ``number`` after it (``_LETTER_SIGNS``: "S/ 4,50",
    "R$ 12", "Bs. 30"), and how many of the last words of ``out`` it takes; None for any other word ("S 4", "q 15")."""
    if not out[-1].original[:1].isupper() and out[-1].norm not in _CURRENCY_SIGNS:
        return None  # (a sign's letters, or the sign after them: "R$", "GH₵")
    for taken in (1, 2):
        if taken <= len(out) and (code := _LETTER_SIGNS.get(text[out[-taken].start : number.start].rstrip())):
            return code, taken
    return None


_CURRENCY_CODES = {
    *_CURRENCY_SIGNS.values(),
    *_CURRENCY_WORDS.values(),
    *_LETTER_SIGNS.values(),
    *_SCALED_CURRENCY_WORDS.values(),
    *_SCALED_SIGNS.values(),
}
_AMOUNT_PREFIXES = frozenset(f"{code} " for code in _CURRENCY_CODES | set(_ISO_CURRENCIES.values()))


def _is_plain_number(norm: str) -> bool:
    """A number as the normaliser writes it: digits, a decimal point, a sign ("-15")."""
    if norm[:1] == "-":
        norm = norm[1:]
    return bool(norm) and norm[0].isdigit() and norm.replace(".", "", 1).isdigit()


def _merge(first: Word, second: Word, norm: str) -> Word:
    # Numbers and amounts are written with a space or none ("$4bn"): keep the writer's text.
    original = first.original if first.start == second.start else f"{first.original} {second.original}"
    return Word(norm, first.start, second.end, original)


def elided_part(word: Word) -> str:
    """The part of an elided token a word stands for, as written: "n'" for the "ne" of "n'augmenterons", "augmenterons"
    for the rest; a word of any other token as written."""
    elided = _ELIDED.match(word.original.lower().replace("’", "'"))
    if elided is None or word.end - word.start != len(word.original):
        return word.original
    cut = elided.end()
    return word.original[:cut] if word.norm == _ELISIONS[elided.group("prefix")] else word.original[cut:]


def index_terms(text: str) -> list[str]:
    """The words of ``text`` as the candidate index stores them: normalised, letters and digits only.

    Retrieval only needs to find a source, not to compare it, so "u.s."
    indexed as "us" and "3.5" as "35" cost nothing: the alignment that
    follows compares the real words.
    """
    return [term for word in words(text) if (term := words_only(word.norm))]


@lru_cache(maxsize=65536)  # called for every word of every indexed statement; the same words recur
def words_only(text: str) -> str:
    """``text`` with everything but letters and digits left out (as the candidate index stores words)."""
    return _NOT_TERM.sub("", text)


# Query parameters that choose the page (YouTube's "v", Facebook's "story_fbid" and "id"); all others
# (utm_*, fbclid, X's "s" and "t", ...) track a reader and are left out of a URL's key.
_IDENTIFYING = frozenset({"v", "id", "story_fbid", "fbid", "p"})


def url_key(url: str) -> str:
    """A URL as two captures of the same page compare: no scheme, "www.", fragment, tracking
    parameters or trailing "/"; twitter.com is x.com."""
    bare = url.split("://", 1)[-1].split("#")[0]
    path, _, query = bare.partition("?")
    path = path.rstrip("/").lower().replace("twitter.com/", "x.com/").removeprefix("www.").removeprefix("mobile.")
    kept = [(k, v) for k, v in parse_qsl(query) if k.lower() in _IDENTIFYING]
    return f"{path}?{urlencode(sorted(kept))}" if kept else path


def is_number(word: str) -> bool:
    """Whether a normalised word is a number, amount, magnitude (one or many: "billions") or date word."""
    amount = word in _AMOUNT_WORDS or word[:-1] in _AMOUNT_WORDS
    return any(ch.isdigit() for ch in word) or word in _DATE_WORDS or amount or bool(_MULTIPLE.match(word))


# Words that multiply a quantity, by how they begin in each lexicon ("doubled", "verdreifacht", "triplicar").
_MULTIPLE = re.compile(
    "|".join(sorted({s for lex in LEXICONS.values() for s in lex.multiple_stems}, key=lambda s: (-len(s), s)))
)


@lru_cache(maxsize=65536)  # a pure function over a small vocabulary, called for every word compared
def stem(word: str) -> str:
    """A crude stem for overlap counting: "participation", "participates" -> "partic"."""
    for suffix in _STEM_SUFFIXES if word.endswith(_STEM_SUFFIXES) else ():  # (a word with none: told in C)
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not (suffix == "s" and word.endswith("ss")):
            word = word[: -len(suffix)]
            break
    # "price"/"pric(es)", "rise"/"ris(es)": a silent "e" the suffix took away; "plann(ing)"/"plan": a consonant
    # doubled before the suffix.
    silent_e = len(word) >= _STEM_MIN_E and word[-1] == "e"
    doubled = len(word) > _STEM_MIN_E and word[-1] == word[-2] and word[-1] not in _KEPT_DOUBLES
    return word[:-1][:6] if silent_e or doubled else word[:6]


_STEM_MIN_E = 4  # letters a word keeps before its silent "e" or doubled consonant goes ("rise", "plann")
# The suffixes a stem takes off, the first a word ends on (the longer before the shorter they end)
_STEM_SUFFIXES = (
    "ational", "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "'s"
)  # fmt: skip
_KEPT_DOUBLES = frozenset("aeiouls")  # "free", "call", "press": doubled in the word itself


def _phrase_norms(phrase: str) -> tuple[str, ...]:
    """The normalised words of a lexicon's phrase, token by token (no joining of numbers or phrases)."""
    return tuple(norm for token in _WORD.findall(fold(phrase)) for norm in _normalise(token))


# Each lexicon's parts of a unit said as phrases, by their last word: (the phrase's words, the figure's words), the
# longest phrase first ("una media hora" before "media hora")
_UNIT_PART_PHRASES: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
for _lex in _LANGUAGES:
    for _phrase, _written in _lex.unit_part_phrases.items():
        _said = _phrase_norms(_phrase)
        _UNIT_PART_PHRASES.setdefault(_said[-1], []).append((_said, _phrase_norms(_written)))
for _phrases in _UNIT_PART_PHRASES.values():
    _phrases.sort(key=lambda pair: -len(pair[0]))
_UNIT_PART_ENDS = frozenset(_UNIT_PART_PHRASES)
