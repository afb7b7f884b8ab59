"""What a capital letter and a small letter are, for the patterns that read names, titles and cues.

Python's ``re`` has no class for "an uppercase letter" (``\\p{Lu}``), so the patterns once spelt the capitals out as
ASCII and Latin-1 ranges (``[A-ZÀ-Þ]``): a name opening on a capital outside them ("Ġorġ Attard", "Łukasz Nowak",
"Štěpán Hruška", "Ștefan Popa", "Őrs Tóth", "İlker Şahin", "Đặng Văn Lâm") was read as no name, and a word in lower
case with such a letter inside as no word of lower case. Here the two classes are built once from Unicode's own
categories (``str.isupper``, ``str.islower``) over the scripts the lexicons' articles write names in (Latin with its
extensions, Greek, Cyrillic), as character-class bodies every pattern shares: ``[{CAPITALS}]``, ``[^\\W\\d_{CAPITALS}]``
(a letter that is no capital), ``[{SMALLS}]``. A class of a few hundred letters costs a pattern no more than one of
sixty: SRE looks a character up in a bitmap either way.
"""

from __future__ import annotations

import unicodedata

# The blocks read: Basic Latin to IPA Extensions (U+0041-U+024F), Greek and Cyrillic with its supplement
# (U+0370-U+052F), Latin Extended Additional (Vietnamese, U+1E00-U+1EFF) and Greek Extended (U+1F00-U+1FFF).
_BLOCKS = ((0x41, 0x250), (0x370, 0x530), (0x1E00, 0x2000))


def _class_body(letters: list[int]) -> str:
    """The code points as a character class's body, consecutive ones joined as ranges ("A-Z")."""
    parts: list[str] = []
    start = prev = letters[0]
    for point in [*letters[1:], -1]:
        if point == prev + 1:
            prev = point
            continue
        parts.append(chr(start) if start == prev else f"{chr(start)}{'-' if prev > start + 1 else ''}{chr(prev)}")
        start = prev = point
    return "".join(parts)


def _letters(*categories: str) -> str:
    return _class_body([p for lo, hi in _BLOCKS for p in range(lo, hi) if unicodedata.category(chr(p)) in categories])


# Every capital letter (Unicode's Lu, and the titlecase digraphs "ǅ", "ǈ" of Lt): a class body, "A-ZÀ-ÖØ-ÞĀĂ…"
CAPITALS = _letters("Lu", "Lt")
# Every small letter (Ll): "a-zµß-öø-ÿāă…"
SMALLS = _letters("Ll")
