"""The event's dates in the summary's language, and the one date an export may carry.

The event's dates are free text typed by the organiser ("14–16 June 2016"). Written in one of
the usual English forms, they are re-spelt for a Serbian summary ("14–16. jun 2016."); any
other text is left exactly as typed. :func:`first_date` gives the event's first day for a
document's metadata: never the time of export, which would tell when the facilitator worked.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS_EN = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTHS_SR_LATN = (
    "januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar",
    "oktobar", "novembar", "decembar",
)  # fmt: skip
_MONTHS_SR_CYRL = (
    "јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар",
    "октобар", "новембар", "децембар",
)  # fmt: skip
_MONTH = r"(" + "|".join(m[:3] + r"[a-z]*" for m in _MONTHS_EN) + r")\.?"
_DASH = r"\s*[-–—]\s*"
# "14 June 2016", "14–16 June 2016", "30 June – 2 July 2016", "June 14–16, 2016"
_PATTERNS = (
    re.compile(rf"^(\d{{1,2}}){_DASH}(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})$", re.I),
    re.compile(rf"^(\d{{1,2}})\s+{_MONTH}{_DASH}(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})$", re.I),
    re.compile(rf"^(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})$", re.I),
    re.compile(rf"^{_MONTH}\s+(\d{{1,2}})(?:{_DASH}(\d{{1,2}}))?,?\s+(\d{{4}})$", re.I),
)


def _month(name: str) -> int | None:
    low = name.lower().rstrip(".")
    for i, m in enumerate(_MONTHS_EN, start=1):
        if len(low) >= 3 and m.startswith(low[:3]) and (low == m or low == m[:3] or low == m[:4]):
            return i
    return None


def _parse(text: str) -> tuple[int, int, int, int | None, int | None] | None:
    """(first day, first month, year, last day, last month) of an English date text."""
    t = " ".join(text.split())
    if m := _PATTERNS[0].match(t):
        month = _month(m.group(3))
        return (int(m.group(1)), month, int(m.group(4)), int(m.group(2)), month) if month else None
    if m := _PATTERNS[1].match(t):
        first, last = _month(m.group(2)), _month(m.group(4))
        if first and last:
            return (int(m.group(1)), first, int(m.group(5)), int(m.group(3)), last)
        return None
    if m := _PATTERNS[2].match(t):
        month = _month(m.group(2))
        return (int(m.group(1)), month, int(m.group(3)), None, None) if month else None
    if m := _PATTERNS[3].match(t):
        month = _month(m.group(1))
        if not month:
            return None
        last = int(m.group(3)) if m.group(3) else None
        return (int(m.group(2)), month, int(m.group(4)), last, month if last else None)
    return None


def first_date(text: str) -> date | None:
    """The event's first day, when its dates are written in a form this module reads."""
    parsed = _parse(text)
    if parsed is None:
        return None
    day, month, year = parsed[0], parsed[1], parsed[2]
    try:
        return date(year, month, day)
    except ValueError:
        return None


def localise_dates(text: str, language: str) -> str:
    """The event's dates written the way ``language`` writes them ("14–16. jun 2016." in
    Serbian Latin, "14–16. јун 2016." in Cyrillic); unchanged for English or for any text
    not in a recognised form."""
    if not language.startswith("sr"):
        return text
    parsed = _parse(text)
    if parsed is None or first_date(text) is None:
        return text
    months = _MONTHS_SR_CYRL if language == "sr-Cyrl" else _MONTHS_SR_LATN
    day, month, year, last_day, last_month = parsed
    if last_day is None or last_month is None:
        return f"{day}. {months[month - 1]} {year}."
    if last_month == month:
        return f"{day}–{last_day}. {months[month - 1]} {year}."
    return f"{day}. {months[month - 1]} – {last_day}. {months[last_month - 1]} {year}."
