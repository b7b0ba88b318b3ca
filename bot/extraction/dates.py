"""Dates as written in Indonesian and English news, resolved against the publication date.

``find_dates(sentence, pub, lang)`` returns ``(start, end, DateValue)`` spans, non-overlapping, in order.
Phrases dated relative to another event ("beberapa minggu setelah investasi Meta") are read by
``anchors``.  Nothing is invented: a relative phrase without a publication date yields no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.domain import DateValue

from .lexicons import DAYS, MONTHS

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(sorted((d.replace("'", "'?") for d in DAYS), key=len, reverse=True))
_NUMW = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "se": 1,
}
_NUM = r"(\d{1,2}|one|two|three|four|five|six|an?|satu|dua|tiga|empat|lima|enam)"
SEASON_MONTH = {"panas": 6, "summer": 6, "semi": 3, "spring": 3, "gugur": 9, "fall": 9, "autumn": 9,
                "dingin": 12, "winter": 12}
_SEASON = "panas|semi|gugur|dingin|summer|spring|fall|autumn|winter"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("vague", re.compile(r"\b(?:beberapa|several|a\s+few|few|many|berbulan-bulan|bertahun-tahun)\s+(?:hari|minggu|pekan|bulan|tahun|days|weeks|months|years)(?:\s+(?:lalu|ago|terakhir|yang\s+lalu))?\b", re.I)),
    ("quarter", re.compile(r"\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:(\d{4})|(last|this|next)\s+year))?|"
                           r"(?:kuartal|triwulan)\s+(I{1,3}|IV|pertama|kedua|ketiga|keempat|[1-4])(?:\s+(?:tahun\s+)?(?:(\d{4})|(lalu|ini|depan)))?|"
                           r"\b(Q[1-4])\s+(\d{4}))\b", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})\s+({_MON})\.?\s+(\d{{4}})\b", re.I)),
    ("mdy", re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)),
    ("num", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
    # a day and month without a year ("Feb. 10", "10 Februari"): the report's year, or the one before
    ("md", re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,/]?\s*\d)", re.I)),
    ("dm", re.compile(rf"\b(\d{{1,2}})\s+({_MON})\b\.?(?!\s*\d)", re.I)),
    ("wday_dm", re.compile(rf"\b({_DAY})(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?\s*\((\d{{1,2}})/(\d{{1,2}})\)", re.I)),
    ("season_y", re.compile(rf"\b(?:musim\s+({_SEASON})\s+(?:tahun\s+)?|(?:the\s+)?({_SEASON})\s+(?:of\s+)?)(\d{{4}})\b", re.I)),
    ("season_rel", re.compile(rf"\b(?:musim\s+({_SEASON})\s+(ini|lalu|kemarin|mendatang)|(this|last|next)\s+({_SEASON}))\b", re.I)),
    ("my", re.compile(rf"\b({_MON})\.?\s+(?:tahun\s+)?(\d{{4}})\b", re.I)),
    ("mon_rel", re.compile(rf"\b(?:({_MON})\s+(lalu|kemarin|ini)|(last|this|next)\s+({_MON}))\b", re.I)),
    ("ago", re.compile(rf"\b{_NUM}\s+(tahun|bulan|minggu|pekan|hari|years?|months?|weeks?|days?)\s+(lalu|yang\s+lalu|ago)\b", re.I)),
    ("rel", re.compile(
        r"\b(tahun\s+lalu|tahun\s+ini|tahun\s+depan|last\s+year|this\s+year|next\s+year|a\s+year\s+ago|"
        r"setahun\s+lalu|bulan\s+lalu|bulan\s+ini|last\s+month|this\s+month|minggu\s+lalu|pekan\s+lalu|"
        r"minggu\s+ini|pekan\s+ini|last\s+week|this\s+week|earlier\s+this\s+week|kemarin|yesterday|"
        r"hari\s+ini|today|tadi\s+pagi|tadi\s+siang|tadi\s+malam|pagi\s+ini|this\s+morning|earlier\s+today)\b", re.I)),
    ("mon", re.compile(rf"\b(?:(?:pada\s+)?(?:(?:akhir|awal|pertengahan)\s+)?bulan\s+|(?:in|since|by|until|on|pada|sejak|hingga|sampai)\s+(?:(?:early|late|mid-?|the\s+end\s+of|the\s+start\s+of)\s*)?|"
                       rf"(?:akhir|awal|pertengahan|early|late|mid-?|end\s+of|start\s+of)\s*)({_MON})\b(?!\s+\d)", re.I)),
    ("wday", re.compile(rf"\b(?:on|pada|hari|since|sejak)\s+({_DAY})\b(?!\s*\()", re.I)),
    # "Selasa pagi", "Monday evening", and a bare capitalised weekday ("said Monday"); not "Minggu" (also "week")
    ("wday", re.compile(rf"\b({_DAY})\s+(?:pagi|siang|sore|malam|morning|afternoon|evening|night)\b", re.I)),
    ("wday", re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s*\()")),
    ("year", re.compile(r"(?<![\d$.,/])\b((?:19|20)\d{2})\b(?![\d%.,]\d|\s*(?:%|persen|percent))")),
]

@dataclass(frozen=True)
class Pub:
    year: int
    month: int | None = None
    day: int | None = None


_PUB = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def parse_published(published: str | None) -> Pub | None:
    if not published:
        return None
    m = _PUB.match(published.strip())
    if not m:
        return None
    return Pub(int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)


def number_word(word: str) -> int:
    """ "3" -> 3, "two"/"dua" -> 2, "a"/"se" -> 1."""
    w = word.lower()
    return int(w) if w.isdigit() else _NUMW.get(w, 1)


def _valid(y: int, m: int | None = None, d: int | None = None) -> bool:
    try:
        dt.date(y, m or 1, d or 1)
    except ValueError:
        return False
    return 1900 <= y <= 2100


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


_FUTURE = re.compile(r"\b(?:will|would|plans?|planned|planning|expects?|expected|to\s+(?:launch|open|close|start)|scheduled|"
                     r"akan|berencana|rencana|direncanakan|diharapkan|ditargetkan|menargetkan)\b", re.I)


def _resolve(kind: str, g: tuple, text: str, pub: Pub | None, lang: str, future: bool = False) -> DateValue | None:
    if kind == "dmy":
        d, mo, y = int(g[0]), MONTHS[g[1].lower()], int(g[2])
        return DateValue(y, mo, d, "day", text) if _valid(y, mo, d) else None
    if kind == "mdy":
        mo, d, y = MONTHS[g[0].lower()], int(g[1]), int(g[2])
        return DateValue(y, mo, d, "day", text) if _valid(y, mo, d) else None
    if kind == "num":
        a, b, y = int(g[0]), int(g[1]), int(g[2])
        d, mo = (b, a) if (lang == "en" and a <= 12 and b > 12) or (lang == "en" and a <= 12) else (a, b)
        return DateValue(y, mo, d, "day", text) if _valid(y, mo, d) else None
    if kind == "my":
        mo, y = MONTHS[g[0].lower()], int(g[1])
        return DateValue(y, mo, None, "month", text)
    if kind == "season_y":
        s = (g[0] or g[1]).lower()
        return DateValue(int(g[2]), SEASON_MONTH[s], None, "season", text)
    if kind == "year":
        y = int(g[0])
        return DateValue(y, None, None, "year", text) if _valid(y) else None
    if pub is None:
        return None
    y = pub.year
    if kind in ("md", "dm"):
        mo, d = (MONTHS[g[0].lower()], int(g[1])) if kind == "md" else (MONTHS[g[1].lower()], int(g[0]))
        if pub.month is not None and (mo, d) > (pub.month, pub.day or 31) and not future:
            y -= 1
        return DateValue(y, mo, d, "day", text) if _valid(y, mo, d) else None
    if kind == "wday_dm":
        d, mo = int(g[1]), int(g[2])
        return DateValue(y, mo, d, "day", text) if _valid(y, mo, d) else None
    if kind == "season_rel":
        s = (g[0] or g[3]).lower()
        rel = (g[1] or g[2]).lower()
        yy = y - 1 if rel in ("lalu", "kemarin", "last") else y + 1 if rel in ("mendatang", "next") else y
        return DateValue(yy, SEASON_MONTH[s], None, "season", text)
    if kind == "mon_rel":
        mo = MONTHS[(g[0] or g[3]).lower()]
        rel = (g[1] or g[2]).lower()
        if rel in ("lalu", "kemarin", "last"):
            yy = y - 1 if pub.month is not None and mo >= pub.month and not (mo == pub.month and pub.day and pub.day > 20) else y
            if pub.month is not None and mo == pub.month:
                yy = y if rel != "last" else y - 1
            return DateValue(yy, mo, None, "month", text)
        return DateValue(y + 1 if rel == "next" else y, mo, None, "month", text)
    if kind == "mon":
        mo = MONTHS[g[0].lower()]
        # a month named without a year, later in the year than publication, is last year's unless the
        # sentence speaks of the future ("plans to launch in June")
        if pub.month is not None and mo > pub.month and not future:
            y -= 1
        return DateValue(y, mo, None, "month", text)
    if kind == "quarter":
        qw = (g[0] or g[3] or g[6] or "").lower()
        q = {"first": 1, "1st": 1, "pertama": 1, "i": 1, "1": 1, "q1": 1, "second": 2, "2nd": 2, "kedua": 2, "ii": 2,
             "2": 2, "q2": 2, "third": 3, "3rd": 3, "ketiga": 3, "iii": 3, "3": 3, "q3": 3}.get(qw, 4)
        yr = g[1] or g[4] or g[7]
        rel = (g[2] or g[5] or "").lower()
        if yr:
            yy = int(yr)
        else:
            yy = y - 1 if rel in ("last", "lalu") else y + 1 if rel in ("next", "depan") else y
        return DateValue(yy, 3 * q - 2, None, "season", text)
    if kind == "ago":
        k, unit = number_word(g[0]), g[1].lower()
        if unit.startswith(("tahun", "year")):
            return DateValue(y - k, None, None, "year", text)
        if pub.month is None:
            return None
        if unit.startswith(("minggu", "pekan", "week", "hari", "day")):
            days = k * (1 if unit.startswith(("hari", "day")) else 7)
            d0 = dt.date(y, pub.month, pub.day or 15) - dt.timedelta(days=days)
            return DateValue(d0.year, d0.month, None, "month", text)
        yy, mm = add_months(y, pub.month, -k)
        return DateValue(yy, mm, None, "month", text)
    if kind == "rel":
        p = re.sub(r"\s+", " ", g[0].lower())
        if "year" in p or "tahun" in p:
            off = -1 if ("lalu" in p or "last" in p or "ago" in p) else 1 if ("depan" in p or "next" in p) else 0
            return DateValue(y + off, None, None, "year", text)
        if pub.month is None:
            return None
        if p in ("bulan lalu", "last month"):
            yy, mm = add_months(y, pub.month, -1)
            return DateValue(yy, mm, None, "month", text)
        if p in ("bulan ini", "this month", "minggu ini", "pekan ini", "this week", "earlier this week"):
            return DateValue(y, pub.month, None, "month", text)
        if p in ("minggu lalu", "pekan lalu", "last week"):
            if pub.day:
                d0 = dt.date(y, pub.month, pub.day) - dt.timedelta(days=7)
                return DateValue(d0.year, d0.month, None, "month", text)
            return DateValue(y, pub.month, None, "month", text)
        if pub.day:
            d0 = dt.date(y, pub.month, pub.day) - dt.timedelta(days=1 if p in ("kemarin", "yesterday") else 0)
            return DateValue(d0.year, d0.month, d0.day, "day", text)
        return None
    if kind == "wday":
        if pub.month is None or pub.day is None:
            return None
        want = DAYS[g[0].lower().replace("'", "")] if g[0].lower().replace("'", "") in DAYS else None
        if want is None:
            return None
        d0 = dt.date(y, pub.month, pub.day)
        back = (d0.weekday() - want) % 7  # "on Tuesday" in Tuesday's paper is that day
        d1 = d0 - dt.timedelta(days=back)
        return DateValue(d1.year, d1.month, d1.day, "day", text)
    return None


def find_dates(sentence: str, pub: Pub | None, lang: str = "id") -> list[tuple[int, int, DateValue]]:
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, int, DateValue]] = []
    future = bool(_FUTURE.search(sentence))
    for kind, rx in _PATTERNS:
        for m in rx.finditer(sentence):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            dv = _resolve(kind, m.groups(), m.group(0).strip(), pub, lang, future)
            taken.append((a, b))  # a recognised phrase blocks weaker readings even when unresolved
            if dv is not None:
                out.append((a, b, dv))
    out.sort(key=lambda t: t[0])
    return out


def shift(dv: DateValue, months: int, text: str) -> DateValue:
    if dv.month is None:
        return DateValue(dv.year + months // 12, None, None, "year", text)
    y, m = add_months(dv.year, dv.month, months)
    prec = dv.precision if months == 0 else "month"
    return DateValue(y, m, None, prec if prec != "day" else "month", text)
