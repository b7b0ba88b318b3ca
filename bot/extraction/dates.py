"""Dates as written in Indonesian and English news, resolved against the publication date.

``find_dates(sentence, pub, lang)`` returns ``(start, end, DateValue)`` spans, non-overlapping, in order.
Phrases dated relative to another event ("beberapa minggu setelah investasi Meta") are read by
``anchors``.  Nothing is invented: a relative phrase without a publication date yields no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from bot.domain import DateValue

from .leads import SENTENCE_WORDS, Opened, OpenedScan, Starts, WordGate, WordGates, matches_from
from .lexicons import DAYS, MONTHS

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(sorted((d.replace("'", "'?") for d in DAYS), key=len, reverse=True))
_NUMW = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "se": 1,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
}
NUM_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas")
_NUM = rf"(\d{{1,2}}|{NUM_WORDS}|an?)"
SEASON_MONTH = {"panas": 6, "summer": 6, "semi": 3, "spring": 3, "gugur": 9, "fall": 9, "autumn": 9,
                "dingin": 12, "winter": 12}
_SEASON = "panas|semi|gugur|dingin|summer|spring|fall|autumn|winter"

_DAY_SPAN = r"(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|to|until|through)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("vague", re.compile(r"\b(?:beberapa|several|a\s+few|few|many|berbulan-bulan|bertahun-tahun)\s+(?:hari|minggu|pekan|bulan|tahun|days|weeks|months|years)(?:\s+(?:lalu|ago|terakhir|yang\s+lalu))?\b", re.I)),
    ("quarter", re.compile(r"\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:(\d{4})|(last|this|next)\s+year))?|"
                           r"(?:kuartal|triwulan)\s+(I{1,3}|IV|pertama|kedua|ketiga|keempat|[1-4])(?:\s+(?:tahun\s+)?(?:(\d{4})|(lalu|ini|depan)))?|"
                           r"\b(Q[1-4])\s+(\d{4}))\b", re.I)),
    # a span of days ("dari 28 hingga 30 November 2022", "28-30 Nov"): dated by its first day; its "hingga" is
    # no deadline
    ("range_dmy", re.compile(rf"\b(\d{{1,2}})\s*{_DAY_SPAN}\s*\d{{1,2}}\s+({_MON})\.?,?\s+(\d{{4}})\b", re.I)),
    ("range_dm", re.compile(rf"\b(\d{{1,2}})\s*{_DAY_SPAN}\s*\d{{1,2}}\s+({_MON})\b\.?(?!\s*\d)", re.I)),
    # "16 September 2023", "16 September tahun 2023"
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})\.?,?\s+(?:tahun\s+)?(\d{{4}})\b", re.I)),
    ("mdy", re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)),
    # "Kamis (27/4/2023)": a weekday with its date in figures, which the weekday checks
    ("wday_num", re.compile(rf"\b({_DAY})\s*,?\s*\((\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\)", re.I)),
    ("num", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
    # a day and month without a year ("Feb. 10", "10 Februari"): the report's year, or the one before
    # (a figure after its comma that is no year opens the next words: "On Aug. 24, 312 ticket holders filed ...")
    ("md", re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!/?\s*\d|,\s*\d{{4}}\b)", re.I)),
    ("dm", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})\b\.?(?!\s*\d)", re.I)),
    # "Senin (2/4)", and "Senin (2.4)" as some outlets write it: after a weekday, a dot parts the day and month too
    ("wday_dm", re.compile(rf"\b({_DAY})(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?\s*\((\d{{1,2}})[/.](\d{{1,2}})\)", re.I)),
    # "di Jakarta, (16/3)": a day and month in parentheses, the weekday inside them or none ("(Jumat, 12/12)")
    ("paren_dm", re.compile(rf"\((?:(?:{_DAY}),?\s*)?(\d{{1,2}})/(\d{{1,2}})\)", re.I)),
    ("season_y", re.compile(rf"\b(?:musim\s+({_SEASON})\s+(?:tahun\s+)?|(?:the\s+)?({_SEASON})\s+(?:of\s+)?)(\d{{4}})\b", re.I)),
    ("season_rel", re.compile(rf"\b(?:musim\s+({_SEASON})\s+(ini|lalu|kemarin|mendatang)|(this|last|next)\s+({_SEASON}))\b", re.I)),
    # a span of months ("Juli-Desember 2021", "from March to May 2024"): dated by its first month, in the year written
    ("range_my", re.compile(rf"\b({_MON})\.?\s*(?:[-–—]|hingga|sampai(?:\s+dengan)?|s\.d\.?|to|until|through|dan|and)\s*(?:{_MON})\.?,?\s+"
                            rf"(?:tahun\s+)?(\d{{4}})\b", re.I)),
    ("my", re.compile(rf"\b({_MON})\.?\s+(?:tahun\s+)?(\d{{4}})\b", re.I)),
    # "October of last year", "Oktober tahun lalu": that month of the year before (or this year, or the next)
    ("mon_year_rel", re.compile(rf"\b(?:(?:in|since|by|until|pada|sejak|hingga|sampai)\s+)?({_MON})\s+(?:(?:of\s+)?(last|this|next)\s+year|tahun\s+(lalu|ini|depan))\b", re.I)),
    ("mon_rel", re.compile(rf"\b(?:({_MON})\s+(lalu|kemarin|ini)|(last|this|next)\s+({_MON}))\b", re.I)),
    ("ago", re.compile(rf"\b{_NUM}\s+(tahun|bulan|minggu|pekan|hari|years?|months?|weeks?|days?)\s+(lalu|yang\s+lalu|ago)\b", re.I)),
    # "Senin depan", "Senin besok", "next Monday": the first such day after the report
    ("wday_next", re.compile(rf"\b(?:(?:on|pada|hari)\s+)?(?:({_DAY})\s+(?:besok|depan|mendatang)|next\s+({_DAY}))\b", re.I)),
    # "Selasa pekan lalu", "Tuesday last week": that weekday of the week before the report's week
    ("wday_lw", re.compile(rf"\b(?:(?:on|pada|hari)\s+)?({_DAY})\s+(?:(?:pekan|minggu)\s+(?:lalu|kemarin)|(?:of\s+)?last\s+week)\b", re.I)),
    # "Senin kemarin", "Selasa lalu": that weekday ("minggu kemarin" is last week, read below)
    ("wday_prev", re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                             r"\s+(?:lalu|kemarin)\b", re.I)),
    ("wday_prev", re.compile(r"\blast\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)),
    ("rel", re.compile(
        r"\b(sepekan\s+(?:yang\s+)?lalu|seminggu\s+(?:yang\s+)?lalu|pekan\s+kemarin|minggu\s+kemarin|last\s+weekend|"
        r"(?:over|during)\s+the\s+weekend|this\s+past\s+weekend|tahun\s+lalu|tahun\s+ini|tahun\s+depan|last\s+year|this\s+year|next\s+year|a\s+year\s+ago|"
        r"setahun\s+lalu|bulan\s+lalu|bulan\s+ini|last\s+month|this\s+month|minggu\s+lalu|pekan\s+lalu|"
        r"minggu\s+ini|pekan\s+ini|last\s+week|this\s+week|earlier\s+this\s+week|kemarin|yesterday|"
        r"hari\s+ini|today|tadi\s+pagi|tadi\s+siang|tadi\s+sore|tadi\s+malam|pagi\s+tadi|siang\s+tadi|sore\s+tadi|pagi\s+ini|siang\s+ini|sore\s+ini|malam\s+ini|"
        r"this\s+morning|this\s+afternoon|this\s+evening|tonight|earlier\s+today|(?:earlier|later)\s+in\s+the\s+day|"
        r"last\s+night|semalam|kemarin\s+(?:pagi|siang|sore|malam))\b", re.I)),
    ("mon", re.compile(rf"\b(?:(?:pada\s+)?(?:(?:akhir|awal|pertengahan)\s+)?bulan\s+|(?:in|since|by|until|on|pada|sejak|hingga|sampai)\s+(?:(?:early|late|mid-?|the\s+end\s+of|the\s+start\s+of)\s*)?|"
                       rf"(?:akhir|awal|pertengahan|early|late|mid-?|end\s+of|start\s+of)\s*)({_MON})\b(?!\s+\d)", re.I)),
    ("wday", re.compile(rf"\b(?:on|pada|hari|since|sejak)\s+({_DAY})\b(?!\s*\()", re.I)),
    # "Selasa pagi", "Selasa dini hari", "Monday evening", and a bare capitalised weekday ("said Monday"); not "Minggu"
    # (also "week")
    ("wday", re.compile(rf"\b({_DAY})\s+(?:pagi|siang|sore|malam|dini\s+hari|morning|afternoon|evening|night)\b", re.I)),
    ("wday", re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s*\()")),
    # "On the 12th, ...", "pada tanggal 12,": a day of the report's month, or of the month before for a day after it
    ("dom", re.compile(r"\b(?:on|pada)\s+(?:the\s+|tanggal\s+)(\d{1,2})(?:st|nd|rd|th)?\b(?=\s*[,;.](?!\d)|\s+(?:when|ketika|at|pukul)\b)", re.I)),
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


_FUTURE = Opened(re.compile(r"\b(?:will|would|plans?|planned|planning|expects?|expected|to\s+(?:launch|open|close|start)|scheduled|"
                     r"akan|berencana|rencana|direncanakan|diharapkan|ditargetkan|menargetkan|dijadwalkan|"
                     # a day set for what is to come: "set the sentencing for Feb. 23", "adjourned the hearing until"
                     r"(?:set|slated|adjourned|postponed|rescheduled|pushed\s+back|delayed|ditunda|menunda)\b[^,;.]{0,40}?\b(?:for|until|to|hingga|sampai)"
                     r")\b", re.I))


@dataclass(frozen=True)
class _Reading:
    """What resolving one date phrase needs: the phrase, the report's date, the language, and
    whether the sentence speaks of the future."""

    text: str
    pub: Pub | None
    lang: str
    future: bool


def _day(y: int, mo: int, d: int, r: _Reading) -> DateValue | None:
    return DateValue(y, mo, d, "day", r.text) if _valid(y, mo, d) else None


def _dmy(g: tuple, r: _Reading) -> DateValue | None:
    return _day(int(g[2]), MONTHS[g[1].lower()], int(g[0]), r)


def _mdy(g: tuple, r: _Reading) -> DateValue | None:
    return _day(int(g[2]), MONTHS[g[0].lower()], int(g[1]), r)


def _numeric(g: tuple, r: _Reading) -> DateValue | None:
    a, b, y = int(g[0]), int(g[1]), int(g[2])
    d, mo = (b, a) if r.lang == "en" and a <= 12 else (a, b)  # 3/14/2026 in English, 14/3/2026 in Indonesian
    return _day(y, mo, d, r)


def _month_year(g: tuple, r: _Reading) -> DateValue | None:
    return DateValue(int(g[1]), MONTHS[g[0].lower()], None, "month", r.text)


def _season_year(g: tuple, r: _Reading) -> DateValue | None:
    return DateValue(int(g[2]), SEASON_MONTH[(g[0] or g[1]).lower()], None, "season", r.text)


def _year(g: tuple, r: _Reading) -> DateValue | None:
    y = int(g[0])
    return DateValue(y, None, None, "year", r.text) if _valid(y) else None


UPCOMING_DAYS = 60  # a day written without its year this soon after the report is to come, not a year ago


def _year_of_day(mo: int, d: int, r: _Reading, pub: Pub) -> int:
    """The year of a day written without one: the report's, unless the day comes after the report and
    further ahead than news names a coming day without its year (then it is last year's)."""
    if pub.month is not None and r.future and (mo, d) < (pub.month, pub.day or 1) and pub.month - mo >= 6:
        return pub.year + 1  # "akan digelar pada 13 Januari", told in December: next January
    if pub.month is None or (mo, d) <= (pub.month, pub.day or 31) or r.future or not _valid(pub.year, mo, d):
        return pub.year
    ahead = dt.date(pub.year, mo, d) - dt.date(pub.year, pub.month, pub.day or 28)
    return pub.year if ahead.days <= UPCOMING_DAYS else pub.year - 1


def _day_month(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    """"Feb. 10", "10 Februari": the report's year, or the year before for a day after the report."""
    mo, d = (MONTHS[g[0].lower()], int(g[1])) if g[0] and not g[0].isdigit() else (MONTHS[g[1].lower()], int(g[0]))
    return _day(_year_of_day(mo, d, r, pub), mo, d, r)


def _day_of_month(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    """"On the 12th": that day of the report's month, or of the month before when the report is earlier in its month."""
    if pub.month is None or pub.day is None:
        return None
    d = int(g[0])
    y, mo = (pub.year, pub.month) if d <= pub.day else add_months(pub.year, pub.month, -1)
    return _day(y, mo, d, r)


def _weekday_day_month(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    d, mo = int(g[1]), int(g[2])
    return _day(_year_of_day(mo, d, r, pub), mo, d, r) if 1 <= mo <= 12 else None


def _weekday_numeric(g: tuple, r: _Reading) -> DateValue | None:
    """"Kamis (27/4/2023)": the day written; where the weekday names another day, a slip of the month ("Kamis
    (27/3/2023)" in a report of May, when 27 March was a Monday): the same day a month either side that is that
    weekday and not after the report."""
    r = _Reading(f"{g[1]}/{g[2]}/{g[3]}", r.pub, r.lang, r.future)  # shown as written in figures, as "num" shows it
    written = _numeric(g[1:], r)  # day and month in the language's order
    want = DAYS.get(g[0].lower().replace("'", ""))
    pub = r.pub
    if written is None or want is None or pub is None:
        return written
    y, mo, d = written.year, written.month or 1, written.day or 1
    if dt.date(y, mo, d).weekday() == want:
        return written
    for y2, mo2 in ((y + mo // 12, mo % 12 + 1), (y - (mo == 1), (mo - 2) % 12 + 1)):
        if _valid(y2, mo2, d) and dt.date(y2, mo2, d).weekday() == want and \
                (y2, mo2, d) <= (pub.year, pub.month or 12, pub.day or 31):
            return _day(y2, mo2, d, r)
    return written


def _paren_day_month(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    """"(16/3)": the report's year, or the year before for a day after the report."""
    d, mo = int(g[0]), int(g[1])
    if not 1 <= mo <= 12:
        return None
    return _day(_year_of_day(mo, d, r, pub), mo, d, r)


def _season_relative(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    rel = (g[1] or g[2]).lower()
    y = pub.year - 1 if rel in ("lalu", "kemarin", "last") else pub.year + 1 if rel in ("mendatang", "next") else pub.year
    return DateValue(y, SEASON_MONTH[(g[0] or g[3]).lower()], None, "season", r.text)


def _month_relative(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    mo, rel, y = MONTHS[(g[0] or g[3]).lower()], (g[1] or g[2]).lower(), pub.year
    if rel not in ("lalu", "kemarin", "last"):
        return DateValue(y + 1 if rel == "next" else y, mo, None, "month", r.text)
    if pub.month is not None and mo == pub.month:
        return DateValue(y - 1 if rel == "last" else y, mo, None, "month", r.text)
    late = pub.month is not None and mo >= pub.month
    return DateValue(y - 1 if late else y, mo, None, "month", r.text)


def _month_of_year_relative(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    rel = (g[1] or g[2]).lower()
    off = -1 if rel in ("last", "lalu") else 1 if rel in ("next", "depan") else 0
    return DateValue(pub.year + off, MONTHS[g[0].lower()], None, "month", r.text)


def _month(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    """A month named without a year, later in the year than the report, is last year's unless the
    sentence speaks of the future ("plans to launch in June")."""
    mo = MONTHS[g[0].lower()]
    y = pub.year - 1 if pub.month is not None and mo > pub.month and not r.future else pub.year
    if pub.month is not None and r.future and pub.month - mo >= 6:
        y = pub.year + 1  # "will launch in January", told in December: next January
    return DateValue(y, mo, None, "month", r.text)


_QUARTER = {"first": 1, "1st": 1, "pertama": 1, "i": 1, "1": 1, "q1": 1, "second": 2, "2nd": 2, "kedua": 2, "ii": 2,
            "2": 2, "q2": 2, "third": 3, "3rd": 3, "ketiga": 3, "iii": 3, "3": 3, "q3": 3}


def _quarter(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    q = _QUARTER.get((g[0] or g[3] or g[6] or "").lower(), 4)
    year, rel = g[1] or g[4] or g[7], (g[2] or g[5] or "").lower()
    y = int(year) if year else _quarter_year(3 * q - 2, rel, r, pub)
    return DateValue(y, 3 * q - 2, None, "season", r.text)


def _quarter_year(first_month: int, rel: str, r: _Reading, pub: Pub) -> int:
    """The year of a quarter written without one: last or next year's as the text says; else a quarter that
    starts after the report is last year's, as a month is ("results for the fourth quarter", told in March),
    unless the sentence speaks of the future."""
    if rel in ("last", "lalu"):
        return pub.year - 1
    if rel in ("next", "depan"):
        return pub.year + 1
    return pub.year - 1 if pub.month is not None and first_month > pub.month and not r.future else pub.year


def _ago(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    k, unit = number_word(g[0]), g[1].lower()
    if unit.startswith(("tahun", "year")):
        return DateValue(pub.year - k, None, None, "year", r.text)
    if pub.month is None:
        return None
    if unit.startswith(("minggu", "pekan", "week", "hari", "day")):
        days = k * (1 if unit.startswith(("hari", "day")) else 7)
        d0 = dt.date(pub.year, pub.month, pub.day or 15) - dt.timedelta(days=days)
        if days < 7 and pub.day:  # "tiga hari lalu", "two days ago": that day
            return DateValue(d0.year, d0.month, d0.day, "day", r.text)
        return DateValue(d0.year, d0.month, None, "month", r.text)
    yy, mm = add_months(pub.year, pub.month, -k)
    return DateValue(yy, mm, None, "month", r.text)


_THIS_MONTH = ("bulan ini", "this month", "minggu ini", "pekan ini", "this week", "earlier this week")
_LAST_WEEK = ("minggu lalu", "pekan lalu", "last week", "pekan kemarin", "minggu kemarin", "sepekan lalu", "seminggu lalu",
              "sepekan yang lalu", "seminggu yang lalu", "last weekend", "over the weekend", "during the weekend",
              "this past weekend")


def _relative(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    """"tahun lalu", "bulan ini", "pekan lalu", "kemarin", "today": relative to the report."""
    p = re.sub(r"\s+", " ", g[0].lower())
    if "year" in p or "tahun" in p:
        return _relative_year(p, r, pub)
    if pub.month is None:
        return None
    if p in ("bulan lalu", "last month"):
        yy, mm = add_months(pub.year, pub.month, -1)
        return DateValue(yy, mm, None, "month", r.text)
    if p in _THIS_MONTH or (p in _LAST_WEEK and not pub.day):
        return DateValue(pub.year, pub.month, None, "month", r.text)
    if not pub.day:
        return None
    return _relative_day(p, r, dt.date(pub.year, pub.month, pub.day))


def _relative_year(p: str, r: _Reading, pub: Pub) -> DateValue:
    """"tahun lalu", "next year", "this year": the report's year, one before or one after."""
    off = -1 if ("lalu" in p or "last" in p or "ago" in p) else 1 if ("depan" in p or "next" in p) else 0
    return DateValue(pub.year + off, None, None, "year", r.text)


def _relative_day(p: str, r: _Reading, published: dt.date) -> DateValue:
    """"pekan lalu" (the month of a week before), "last weekend" (the month of the last Saturday before the report:
    a week back from a Thursday is the week before that weekend), "kemarin", "yesterday", "today": from the report's
    day."""
    if "weekend" in p:
        back = (published.weekday() - 5) % 7 or 7  # the Saturday before the report's day
    else:
        back = 7 if p in _LAST_WEEK else 1 if p.startswith("kemarin") or p in ("yesterday", "last night", "semalam") else 0
    d0 = published - dt.timedelta(days=back)
    coarse = p in _LAST_WEEK
    return DateValue(d0.year, d0.month, None if coarse else d0.day, "month" if coarse else "day", r.text)


def _weekday(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    """"on Monday": the latest such day up to the report ("on Tuesday" in Tuesday's paper is that day)."""
    return _latest_weekday(g[0], r, pub, today=True)


def _weekday_before(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    """"last Tuesday", "Selasa lalu": the latest such day before the report's (a week back in Tuesday's paper)."""
    return _latest_weekday(g[0], r, pub, today=False)


def _latest_weekday(day: str, r: _Reading, pub: Pub, *, today: bool) -> DateValue | None:
    name = day.lower().replace("'", "")
    if pub.month is None or pub.day is None or name not in DAYS:
        return None
    d0 = dt.date(pub.year, pub.month, pub.day)
    back = (d0.weekday() - DAYS[name]) % 7
    d1 = d0 - dt.timedelta(days=back if back or today else 7)
    return DateValue(d1.year, d1.month, d1.day, "day", r.text)


def _weekday_last_week(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    """"Selasa pekan lalu": the weekday in the (Monday to Sunday) week before the report's."""
    name = g[0].lower().replace("'", "")
    if pub.month is None or pub.day is None or name not in DAYS:
        return None
    d0 = dt.date(pub.year, pub.month, pub.day)
    d1 = d0 - dt.timedelta(days=d0.weekday() + 7 - DAYS[name])
    return DateValue(d1.year, d1.month, d1.day, "day", r.text)


def _weekday_next(g: tuple, r: _Reading, pub: Pub) -> DateValue | None:
    name = (g[0] or g[1]).lower().replace("'", "")
    if pub.month is None or pub.day is None or name not in DAYS:
        return None
    d0 = dt.date(pub.year, pub.month, pub.day)
    d1 = d0 + dt.timedelta(days=(DAYS[name] - d0.weekday() - 1) % 7 + 1)
    return DateValue(d1.year, d1.month, d1.day, "day", r.text)


# pattern kind -> resolver; the second table needs the report's date
_ABSOLUTE = {"wday_num": _weekday_numeric, "dmy": _dmy, "range_dmy": _dmy, "mdy": _mdy, "num": _numeric, "my": _month_year, "range_my": _month_year, "season_y": _season_year, "year": _year}
_RELATIVE_TO_REPORT = {"md": _day_month, "dm": _day_month, "range_dm": _day_month, "wday_dm": _weekday_day_month, "paren_dm": _paren_day_month, "season_rel": _season_relative,
                       "mon_rel": _month_relative, "mon_year_rel": _month_of_year_relative, "mon": _month, "quarter": _quarter, "ago": _ago, "rel": _relative,
                       "wday": _weekday, "wday_prev": _weekday_before, "wday_lw": _weekday_last_week,
                       "wday_next": _weekday_next, "dom": _day_of_month}


def _resolve(kind: str, g: tuple, text: str, pub: Pub | None, lang: str, future: bool = False) -> DateValue | None:
    reading = _Reading(text, pub, lang, future)
    if kind in _ABSOLUTE:
        return _ABSOLUTE[kind](g, reading)
    if pub is None or kind not in _RELATIVE_TO_REPORT:
        return None
    return _RELATIVE_TO_REPORT[kind](g, reading, pub)


def _future_clause(sentence: str, a: int, b: int) -> bool:
    """Whether the clause around a date speaks of the future ("will open on Nov. 1"); another clause of
    the sentence may ("..., who took over when the merger took effect on Nov. 1, will ...")."""
    left = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, a)), default=0)
    right = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, b)), len(sentence))
    return bool(_FUTURE.search(sentence[left:right]))


# what ends a clause: a semicolon, or a comma that is no thousands' or decimal mark ("will lay off 1,700 in May")
_CLAUSE_MARK = re.compile(r";|,(?!\d)|(?<!\d),")


@cache
def _gates() -> WordGates:
    return WordGates([WordGate(rx.pattern, rx.flags) for _kind, rx in _PATTERNS], SENTENCE_WORDS)


# the patterns that open with a month's name: each of their matches starts where one does (``_month_starts``)
MONTH_LEAD = rf"\b(?:{_MON})"
_MONTH_LED = frozenset(i for i, (_kind, rx) in enumerate(_PATTERNS) if rx.pattern.startswith(rf"\b({_MON})")
                       and rx.flags == re.I | re.U)
_NUMBERED = list(enumerate(_PATTERNS))


@cache
def _month_finder() -> Starts:
    return Starts(MONTH_LEAD, re.I | re.U)


def opened_patterns() -> list[re.Pattern[str]]:
    """The case-blind patterns not led by a month's name: under IGNORECASE the regex engine walks each of their
    alternatives at every word start, so they are tried only where their opening finder holds."""
    return [rx for i, (_kind, rx) in _NUMBERED if i not in _MONTH_LED and rx.flags & re.I]


@cache
def _opened() -> dict[int, OpenedScan]:
    opened = {id(rx) for rx in opened_patterns()}
    return {i: OpenedScan(rx) for i, (_kind, rx) in _NUMBERED if id(rx) in opened}


def _matches(i: int, rx: re.Pattern[str], sentence: str, months: list[tuple[int, ...]]) -> list[re.Match[str]]:
    """``rx.finditer(sentence)``; a pattern that opens with a month's name is tried only where one starts (found
    once for the sentence, in ``months``), another case-blind one where its opening finder holds."""
    if i not in _MONTH_LED:
        scan = _opened().get(i)
        return list(rx.finditer(sentence)) if scan is None else scan.finditer(sentence)
    if not months:
        months.append(tuple(_month_finder().of(sentence)))
    return matches_from(rx, sentence, months[0])


def find_dates(sentence: str, pub: Pub | None, lang: str = "id") -> list[tuple[int, int, DateValue]]:
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, int, DateValue]] = []
    months: list[tuple[int, ...]] = []  # where month names start, once asked
    for i, (kind, rx) in _gates().passing(_NUMBERED, sentence):  # not those missing every word they need
        for m in _matches(i, rx, sentence, months):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken) or kind == "year" and _NAMED_BY_ITS_YEAR.search(sentence, 0, a):
                continue
            dv = _resolve(kind, m.groups(), m.group(0).strip(), pub, lang, _future_clause(sentence, a, b))
            taken.append((a, b))  # a recognised phrase blocks weaker readings even when unresolved
            if dv is not None:
                out.append((a, b, dv))
    out.sort(key=lambda t: t[0])
    out = [d for k, d in enumerate(out) if not (k and _recent_past_of(sentence, out[k - 1], d))]
    kept: list[tuple[int, int, DateValue]] = []
    start = 0  # where the text the first kept reading stands for begins: "Senin, 16 Maret" restates "tadi malam"
    for d in reversed(out):
        if kept and _restated(sentence, d, (start, kept[0][1], kept[0][2])):
            start = d[0]
            continue
        kept.insert(0, d)
        start = d[0]
    return kept


# the year that closes a law's or a regulation's number ("Undang-Undang Nomor 5 Tahun 1999", "Law No. 5 of 1999",
# "PP 35 Tahun 2021") says when the rule was made, not when anything in the news happened
# ... and so does the year of a constitution, a criminal code or a budget named by it ("UUD 1945", "KUHP 2023", "APBN 2026")
_NAMED_BY_ITS_YEAR = re.compile(r"(?:(?:\b(?:Nomor|No|Number|Nr)\.?\s*:?\s*|\b(?:PP|UU|Perpres|Perppu|Perda|Permen\w*|Kepmen\w*|POJK|PBI|"
                                r"Pergub|Perwal|Perbup)\s+(?:No\.?\s*)?)\d+[A-Za-z]?\s+(?:[Tt]ahun|[Oo]f|[Yy]ear|th\.?)|"
                                r"\b(?:UUD(?:\s+NRI)?|Undang-[Uu]ndang\s+Dasar|KUHP|KUHAP|R?APB[ND])(?:\s+(?:[Tt]ahun|[Tt]ahun\s+[Aa]nggaran|TA))?)\s+$")


_YESTERDAY = re.compile(r"kemarin|yesterday", re.I)


def _recent_past_of(sentence: str, before: tuple[int, int, DateValue], d: tuple[int, int, DateValue]) -> bool:
    """"27 April kemarin", "Selasa (11/5) kemarin": after a written date, "kemarin" says it is the one just
    past, not yesterday."""
    return bool(_YESTERDAY.fullmatch(d[2].text or "")) and not sentence[before[1]:d[0]].strip() \
        and any(ch.isdigit() for ch in before[2].text or "")


def _restated(sentence: str, d: tuple[int, int, DateValue], nxt: tuple[int, int, DateValue]) -> bool:
    """"pada hari ini, Senin (15/8/2022)", "today, Sept. 7": a word for the day restated at once with its
    date; the date is what counts (the article may be read, and dated, a day or two later)."""
    written = any(ch.isdigit() for ch in nxt[2].text) and not any(ch.isdigit() for ch in d[2].text)
    return written and _APPOSED.fullmatch(sentence[d[1]:nxt[0]]) is not None


_APPOSED = re.compile(r"\s*,?\s*(?:[A-Za-z]+(?:\s+hari)?\s*,?\s*)?\(?\s*")  # ", Senin (", ", Thursday, ", " dini hari, "


def shift(dv: DateValue, months: int, text: str, days: int = 0) -> DateValue:
    """``dv`` moved on by a span a phrase counts; days count only from a day ("nine days later" after a
    happening told by its month is still that month, as near as we can say)."""
    if dv.month is None:
        return DateValue(dv.year + months // 12, None, None, "year", text)
    if days and dv.day is not None and dv.precision == "day":
        moved = dt.date(dv.year, dv.month, dv.day) + dt.timedelta(days=days)
        return DateValue(moved.year, moved.month, moved.day, "day", text)
    if months == 0:  # "days after the strike began": dated by the strike, at its precision
        return DateValue(dv.year, dv.month, dv.day, dv.precision, text)
    y, m = add_months(dv.year, dv.month, months)
    return DateValue(y, m, None, "month", text)
