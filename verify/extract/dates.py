"""Dates as articles and embeds write them, to ISO 8601.

Month names are data, per language, because embed signatures are localised
("August 22, 2025", "22 August 2025", "25. September 2018", "22 août 2025").
"""

from __future__ import annotations

import re
from datetime import date

# Month names (and common abbreviations) per language, lower case, without trailing dots.
MONTHS: dict[str, int] = {}
for _language_months in (
    "january february march april may june july august september october november december",  # English
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",  # German
    "jänner feber maerz mrz okt dez",  # Austrian and abbreviated German (positions fixed below)
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",  # French
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # Spanish
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # Italian
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # Portuguese
    "januari februari maart april mei juni juli augustus september oktober november december",  # Dutch
):
    words = _language_months.split()
    if len(words) == 12:
        for _number, _word in enumerate(words, start=1):
            MONTHS.setdefault(_word, _number)
MONTHS.update({"sept": 9, "jänner": 1, "feber": 2, "maerz": 3, "mrz": 3, "okt": 10, "dez": 12})

_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"),  # 2025-08-22 (ISO, also inside datetimes)
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"),  # August 22, 2025
    re.compile(rf"(?P<day>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?(?P<year>\d{{4}})"),  # 22 August 2025
    re.compile(r"(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})"),  # 22.08.2025
)


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None when there is none."""
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
