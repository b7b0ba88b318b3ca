"""Find a publication date in a header line ("Diterbitkan: Senin, 9 Maret 2026 14:20 WIB", "March 9, 2026")."""

from __future__ import annotations

import re

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "pebruari": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "june": 6,
    "jun": 6, "juli": 7, "july": 7, "jul": 7, "agustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MON})\.?\s+(\d{{4}})\b", re.I)
_MDY = re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")  # day first, as Indonesian sites write it
_MY = re.compile(rf"\b({_MON})\s+(\d{{4}})\b", re.I)

_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Words a header date line is made of; a line with anything else is prose, not a date line.
_DATE_WORDS = re.compile(
    rf"^(?:{_WEEKDAY}|{_MON}|pukul|at|am|pm|diterbitkan|dipublikasikan|diperbarui|"
    rf"published|updated|posted|on|terbit|tanggal|date|[\d:.,/|\-–—]+|"
    # a time zone, with its offset and in brackets too ("GMT+7", "(UTC+07:00)")
    rf"\(?(?:wib|wita|wit|utc|gmt)(?:[+\-]\d{{1,2}}(?::?\d\d)?)?\)?)$",
    re.I,
)


def _ok(y: int, m: int, d: int | None) -> bool:
    return 1990 <= y <= 2100 and 1 <= m <= 12 and (d is None or 1 <= d <= 31)


def find_date(text: str) -> str | None:
    """The first date in ``text`` as "YYYY-MM-DD" (or "YYYY-MM" for "Maret 2026"), else None."""
    for rx, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_MDY, "mdy"), (_SLASH, "dmy")):
        m = rx.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        mon = int(month) if month.isdigit() else _MONTHS[month.lower()]
        y, d = int(parts["y"]), int(parts["d"])
        if _ok(y, mon, d):
            return f"{y:04d}-{mon:02d}-{d:02d}"
    m = _MY.search(text)
    if m and _ok(int(m.group(2)), _MONTHS[m.group(1).lower()], None):
        return f"{int(m.group(2)):04d}-{_MONTHS[m.group(1).lower()]:02d}"
    return None


def is_date_line(line: str) -> bool:
    """True for a line made only of a date (weekday, time, zone), such as a header's publication line."""
    words = [w.rstrip(":") for w in re.split(r"[\s,]+", line.strip()) if w.rstrip(":")]
    return bool(words) and find_date(line) is not None and all(_DATE_WORDS.match(w) for w in words)


_DAY_HEADING = re.compile(rf"^(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\s+(?:{_MON})\.?|(?:{_MON})\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?:?$", re.I)


def is_day_heading(line: str) -> bool:
    """A line that is only a day of a month ("September 8", "8 Agustus 2022", "Senin, 8 Agustus"): a heading of
    the paragraphs after it in a chronology."""
    return bool(_DAY_HEADING.match(line.strip()))
