"""Dates as articles and embeds write them, to ISO 8601.

Month names are data, per language, because embed signatures are localised
("August 22, 2025", "22 August 2025", "25. September 2018", "22 août 2025",
"2 de noviembre de 2021", "2021年11月2日"). Machine dates (``<time datetime>``,
ISO strings, the X API's "Tue May 25 13:25:57 +0000 2021") keep their time.
"""

from __future__ import annotations

import re
from datetime import date, datetime

# Month names per language, lower case, January to December; each list is the full or the genitive
# form a date takes ("2 listopada 2021"). Earlier lists win where a word is shared.
_MONTH_NAMES = (
    "january february march april may june july august september october november december",  # English
    "januar februar märz april mai juni juli august september oktober november dezember",  # German
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",  # French
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # Spanish
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # Italian
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # Portuguese
    "januari februari maart april mei juni juli augustus september oktober november december",  # Dutch
    "januari februari mars april maj juni juli augusti september oktober november december",  # Swedish
    "januar februar marts april maj juni juli august september oktober november december",  # Danish
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",  # Polish
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",  # Russian
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",  # Turkish
    "januari februari maret april mei juni juli agustus september oktober november desember",  # Indonesian
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",  # Romanian
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",  # Catalan
    "jan feb mar apr may jun jul aug sep oct nov dec",  # English abbreviations (also Dutch, German in part)
    "janv févr mars avr mai juin juil août sept oct nov déc",  # French abbreviations
    "ene feb mar abr may jun jul ago sept oct nov dic",  # Spanish abbreviations
)
MONTHS: dict[str, int] = {}
for _names in _MONTH_NAMES:
    for _number, _word in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_word, _number)
# Austrian and abbreviated German forms, and "sept" (X writes "Sept. 25, 2018").
MONTHS.update({"jänner": 1, "feber": 2, "mrz": 3, "maerz": 3, "mär": 3, "okt": 10, "dez": 12, "sept": 9})

_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"),  # 2025-08-22 (ISO, also inside datetimes)
    re.compile(
        r"(?P<year>\d{4})\s?[年년]\s?(?P<mnum>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})"
    ),  # 2021年11月2日, 2021년 11월 2일
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"),  # August 22, 2025
    re.compile(
        rf"(?P<day>\d{{1,2}})(?:\.|er|st|nd|rd|th|º)?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?(?P<year>\d{{4}})"
    ),  # 22 août 2025
    re.compile(r"(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})"),  # 22.08.2025
)
# A date with a time, as machines write it: 2020-02-16T23:02:32+00:00, 2021-01-26T13:11:59.881Z.
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?")
# The X API's created_at, as Substack keeps it: "Tue May 25 13:25:57 +0000 2021".
_X_API = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}")
_MAX_TEXT = 2_000  # a date is read from a short string; longer input is cut (bounded regex work)


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None when there is none."""
    text = text[:_MAX_TEXT]
    api = _X_API.search(text)
    if api:
        return datetime.strptime(api.group(0), "%a %b %d %H:%M:%S %z %Y").date().isoformat()
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else MONTHS.get((groups.get("month") or "").lower())
            if not month:
                continue
            try:
                return date(int(groups["year"]), month, int(groups["day"])).isoformat()
            except ValueError:
                continue
    return None


def parse_datetime(text: str) -> str | None:
    """The first date in ``text`` in ISO 8601, keeping the time when a machine-written one gives it."""
    text = text[:_MAX_TEXT]
    api = _X_API.search(text)
    if api:
        return datetime.strptime(api.group(0), "%a %b %d %H:%M:%S %z %Y").isoformat()
    found = _ISO_DATETIME.search(text)
    if found:
        try:
            return datetime.fromisoformat(found.group(0).replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
    return parse_date(text)
