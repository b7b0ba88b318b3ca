"""Reference clauses: phrases that date an event relative to another one, or only point back at one.

"beberapa minggu setelah investasi Meta", "days after Meta invested", "tak lama setelah kesepakatan
itu", "two months later", "sejak akuisisi Meta". Each is an ``Anchor``: the span of the phrase with
the clause it refers to. The clause names an earlier event; nothing in it is a new event, and the
event of the sentence around it is dated from that earlier one (``dates`` says by how much).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .dates import NUM_WORDS, number_word
from .leads import SENTENCE_WORDS, OpenedScan, WordGate, WordGates

_NUM = rf"(?:\d{{1,2}}|{NUM_WORDS}|a|an)"
_UNIT = r"(jam|hari|minggu|pekan|bulan|tahun|hours?|days?|weeks?|months?|years?)"
# "following the raid", not "the following day" (a day counted from the one told before: "later" below)
_AFTER = r"(?:setelah|sesudah|usai|pasca|after|following(?!\s+(?:day|week|month|year|morning|afternoon|evening|night)\b))"

_NOT_A_SPAN = r"(?<!\bover\s)(?<!\bfor\s)(?<!\bwithin\s)(?<!\bduring\s)(?<!\bselama\s)(?<!\bdalam\s)"

# (kind, pattern). kind "after": dated from the clause's event; "later": from the date stated
# before in the article; "since" and "before": references only, never a date.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "dua hari setelahnya", "sepekan setelah itu", "two days after that", "a week on": so long after the date before
    ("later", re.compile(rf"\b(?:(beberapa|sejumlah|a\s+few|few|several|{_NUM})\s+|se){_UNIT}\s+(?:setelahnya|sesudahnya|"
                         r"(?:setelah|sesudah)\s+itu|berselang|after\s+that|afterwards?|on)\b", re.I)),
    # "tak lama kemudian", "hari berikutnya", "esoknya", "malam harinya", "the following week", "shortly afterwards":
    # on or just after the date before
    ("later", re.compile(r"\b(?:(?:tak|tidak)\s+lama\s+(?:kemudian|setelahnya|berselang)|(?:tak|tidak)\s+berselang\s+lama(?!\s+(?:setelah|sesudah|usai))|"
                         r"(?:shortly|soon)\s+(?:afterwards?|thereafter)|(?:pada\s+)?(?:hari|pekan|minggu)\s+berikutnya|"
                         r"(?:the\s+)?(?:following|next)\s+week|esoknya|(?:malam|sore|siang)\s+harinya|"
                         r"(?:that|the\s+same)\s+(?:evening|night|afternoon)|(?:malam|sore|siang|pagi)\s+itu(?!\s+juga)|pada\s+(?:hari|malam|sore|siang|pagi)\s+itu\s+juga)\b", re.I)),
    # not a span the sentence's act lasts ("to invest $100M over two years after the ban", "selama dua tahun")
    ("after", re.compile(rf"{_NOT_A_SPAN}\b(?:(?:hanya|just|only|barely|sekitar|about|roughly)\s+)?"
                         rf"(?:(beberapa|sejumlah|a\s+few|few|several|{_NUM})\s+|se){_UNIT}\s+{_AFTER}\s+", re.I)),
    # "setelah hanya dua bulan bergabung", "after only two months at Meta": so long after joining
    ("tenure", re.compile(rf"\b{_AFTER}\s+(?:hanya\s+|only\s+|just\s+|barely\s+)?(?:(beberapa|a\s+few|several|{_NUM})\s+|se){_UNIT}\s+"
                          r"(?=bergabung|menjabat|bekerja|di\b|at\b|with\b|in\s+the\s+(?:job|role|post)|of\s+joining|on\s+the\s+job)", re.I)),
    ("after", re.compile(rf"\b(?:(?:tak|tidak)\s+lama\s+|sesaat\s+|segera\s+|shortly\s+|soon\s+|right\s+|"
                         rf"immediately\s+|just\s+)?{_AFTER}\s+|\b(?:in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\s+", re.I)),
    ("later", re.compile(rf"\b(?:(beberapa|a\s+few|several|{_NUM})\s+|se)?{_UNIT}\s+(?:kemudian|later|earlier|sebelumnya)\b", re.I)),
    ("later", re.compile(rf"\b(?:selang|berselang)\s+(?:(beberapa|{_NUM})\s+|se){_UNIT}\b", re.I)),
    # "pada hari yang sama", "on the same day": the date told just before
    ("later", re.compile(r"\b(?:(?:pada|di)\s+(?:hari|tanggal)\s+yang\s+sama|(?:pada\s+)?hari\s+itu(?:\s+juga)?|(?:on\s+)?the\s+same\s+(?:day|date)|"
                         r"(?:on\s+)?that\s+(?:same\s+)?day(?![\w'’])|later\s+in\s+the\s+day)\b", re.I)),
    # "Dalam penggeledahan itu, ...", "During the raid, ...": within the happening told before, so on its date (not "dalam
    # kasus ini", a case that runs for months; not "dalam pertemuan Kamis siang itu", which states its own day)
    ("later", re.compile(r"\b(?:(?:dalam|pada|saat|ketika|di\s+sela(?:-sela)?)\s+(?:operasi(?:\s+tangkap\s+tangan)?|OTT|penggeledahan|"
                         r"penggerebekan|razia|penangkapan|pertemuan|rapat|sidang|persidangan|konferensi\s+pers|jumpa\s+pers|"
                         r"insiden|kecelakaan|kebakaran|aksi|demonstrasi|unjuk\s+rasa|sidak|inspeksi|kunjungan|RUPS(?:LB)?|"
                         r"audiensi|mediasi)(?:\s+(?!(?:tersebut|itu|pagi|siang|sore|malam)\b)(?-i:[a-z][\w-]*)){0,2}?\s+(?:tersebut|itu)|"
                         r"(?:during|at|in)\s+the\s+(?:raid|sting|search|arrest|meeting|hearing|session|press\s+conference|"
                         r"briefing|inspection|visit|protest|rally|crash|fire|accident|operation)(?=\s*,))\b", re.I)),
    # "later that month", "the next day", "pada akhir bulan itu": the date told before, at the phrase's grain
    ("later", re.compile(r"\b(?:later\s+(?:that|in\s+the|the\s+same)\s+|(?:that|the)\s+same\s+|"
                         r"(?:(?:pada\s+)?(?:akhir|awal|pertengahan)\s+))?(month|week|bulan|pekan|minggu|periode|period|kuartal|quarter|tahun)\s+"
                         r"(?:itu|tersebut|yang\s+sama)\b|\blater\s+(?:that|in\s+the|the\s+same)\s+(month|week|year)\b|"
                         r"\b(?:that|the)\s+same\s+(month|week|year)\b", re.I)),
    ("later", re.compile(r"\b(?:later\s+that\s+day|the\s+(?:next|following)\s+day|keesokan\s+harinya|esok\s+harinya)\b", re.I)),
    # "left the bank when the merger took effect": at the time of another happening
    ("after", re.compile(r"\b(?:when|ketika|saat)\s+(?=(?:the|its|their|a|an|\w+nya)?\s*\w+\s+(?:took|was|were|became|had|mulai|resmi|berlaku))", re.I)),
    ("since", re.compile(r"\b(?:sejak|since)\s+", re.I)),
    # "jauh sebelum perusahaan lain melakukan PHK": an earlier or later happening named in passing
    ("before", re.compile(r"\b(?:(?:jauh|tak\s+lama|beberapa\s+\w+)\s+)?(?:sebelum|before|prior\s+to|ahead\s+of)\s+", re.I)),
]
# what makes an "after" phrase say how soon: "shortly after", "tak lama setelah", "when the merger took effect"
_SOON = re.compile(r"(?:tak|tidak)\s+lama|sesaat|segera|shortly|soon|right|immediately|just|in\s+the\s+wake|"
                   r"on\s+the\s+heels|when|ketika|saat", re.I)
_CLAUSE_END = re.compile(r"[;:!?()\"“”]|[,.](?!\d)|\s[–—-]\s")  # "$14,3" and "1.400" do not end a clause
_MAX_CLAUSE_WORDS = 14


@dataclass(frozen=True)
class Anchor:
    kind: str  # "after" | "tenure" | "later" | "since" | "before"
    start: int  # where the phrase begins
    end: int  # where the referred clause ends
    clause: tuple[int, int]  # the clause naming the earlier event ("Meta invested"); empty for "later"
    months: int  # "two months after" / "two months later" = 2; shorter spans count as 0
    text: str  # the phrase as written, up to the end of its clause
    grain: str | None = None  # "later that month": "month" (the date before, no finer); None: as precise as it
    bounded: bool = True  # False for a bare "after X": the event came after X, how long after is not said
    days: int = 0  # "nine days later" = 9, "sehari sebelumnya" = -1: counted in days or weeks, from a day


_GRAINS = {"month": "month", "week": "month", "bulan": "month", "pekan": "month", "minggu": "month", "year": "year", "tahun": "year",
           # "pada periode itu", "in that quarter": the period told before, as precise as it was told
           "periode": None, "period": None, "kuartal": None, "quarter": None}


def _span(count: str | None, unit: str | None, said_once: bool) -> tuple[int, int]:
    """(months, days) a phrase counts: "two months after" (2, 0), "nine days later" (0, 9), "a week on" (0, 7);
    ``said_once``: the unit is written as one ("sehari", "sepekan")."""
    if not unit:
        return 0, 0
    unit = unit.lower()
    if count and count.lower() in ("beberapa", "sejumlah", "a few", "few", "several"):
        return 0, 0  # "a few months after": the month of the event is as near as we can say
    k = number_word(count) if count else 1
    if unit.startswith(("bulan", "month")):
        return k, 0
    if unit.startswith(("tahun", "year")):
        return 12 * k, 0
    if count is None and not said_once:
        return 0, 0  # "days later", "minggu kemudian": some days, how many is not said
    if unit.startswith(("hari", "day")):
        return 0, k
    return (0, 7 * k) if unit.startswith(("minggu", "pekan", "week")) else (0, 0)


# a phrase counted backwards ("two days earlier", "sehari sebelumnya") and one that names the next day
_BACKWARDS = re.compile(r"\b(?:earlier|sebelumnya)\b", re.I)
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|keesokan\s+harinya|esok\s+harinya|esoknya|hari\s+berikutnya)\b", re.I)


_ABBREVIATION = re.compile(r"\b(?:Inc|Ltd|Corp|Co|Jr|Sr|Dr|Mr|Mrs|Ms|St|Tbk|Bhd|No|Prof|[A-Z])$")


# a word that looks like a verb ("terjadi", "menghentikan", "invested", "leaving"): no apposition
_VERBISH = re.compile(r"^(?:(?:me|di|ber|ter|mem|men|meng|meny|per)[a-z]{3,}|[a-z]{3,}(?:ed|ing))$", re.I)


def _apposition_at(sentence: str, m: re.Match[str]) -> bool:
    """A comma that opens a short apposition closed by another comma ("Meta, pesaingnya, ...")."""
    if m.group(0) != ",":
        return False
    close = sentence.find(",", m.end())
    if close < 0 or not sentence[close + 1:].strip():
        return False
    words = sentence[m.end():close].split()
    return 0 < len(words) <= 3 and not any(_VERBISH.match(w) for w in words)


def _clause_end(sentence: str, start: int) -> int:
    m = _CLAUSE_END.search(sentence, start)
    while m and ((m.group(0) == "." and _ABBREVIATION.search(sentence[:m.start()])) or _apposition_at(sentence, m)):
        # "Meta Platforms Inc. berinvestasi", "sebelum Meta, pesaingnya, mengambil saham": the clause goes on
        nxt = sentence.find(",", m.end()) if m.group(0) == "," and _apposition_at(sentence, m) else m.end()
        m = _CLAUSE_END.search(sentence, nxt + 1 if nxt >= 0 and m.group(0) == "," else m.end())
    end = m.start() if m else len(sentence)
    words = list(re.finditer(r"\S+", sentence[start:end]))
    if len(words) > _MAX_CLAUSE_WORDS:
        end = start + words[_MAX_CLAUSE_WORDS - 1].end()
    return end


@cache
def _gates() -> WordGates:
    return WordGates([WordGate(rx.pattern, rx.flags) for _kind, rx in PATTERNS], SENTENCE_WORDS)


def opened_patterns() -> list[re.Pattern[str]]:
    """The case-blind patterns: tried only where their opening finder holds (``OpenedScan``)."""
    return [rx for _kind, rx in PATTERNS if rx.flags & re.I]


@cache
def _scans() -> list[tuple[str, re.Pattern[str], OpenedScan | None]]:
    """Each pattern, with its ``OpenedScan`` where it is one of ``opened_patterns()``."""
    opened = {id(rx) for rx in opened_patterns()}
    return [(kind, rx, OpenedScan(rx) if id(rx) in opened else None) for kind, rx in PATTERNS]


def _counted(kind: str, phrase: str, count: str | None, unit: str | None) -> tuple[int, int]:
    """(months, days) the phrase moves a date by, backwards for "earlier" / "sebelumnya"."""
    months, days = _span(count, unit, bool(unit) and re.search(rf"\bse{unit}", phrase, re.I) is not None)
    if kind == "later" and _NEXT_DAY.search(phrase):
        days = 1
    return (-months, -days) if _BACKWARDS.search(phrase) else (months, days)


def find_anchors(sentence: str) -> list[Anchor]:
    """Reference phrases of a sentence, in order, not overlapping (the first pattern that matches wins)."""
    out: list[Anchor] = []
    for kind, rx, scan in _gates().passing(_scans(), sentence):  # not those missing every word they need
        for m in rx.finditer(sentence) if scan is None else scan.finditer(sentence):
            if any(a.start <= m.start() < a.end for a in out):
                continue
            groups = [g for g in m.groups()]
            count, unit = (groups + [None, None])[:2]
            grain = None
            if kind == "later" and rx.pattern.startswith(r"\b(?:later\s+(?:that"):
                count, unit, grain = None, None, _GRAINS[next(g for g in groups if g).lower()]
            if kind == "later":
                end, clause = m.end(), (m.end(), m.end())
            else:
                end = _clause_end(sentence, m.end())
                clause = (m.end(), end)
            bounded = kind != "after" or bool(unit) or _SOON.match(m.group(0)) is not None
            months, days = _counted(kind, m.group(0), count, unit)
            out.append(Anchor(kind, m.start(), end, clause, months, sentence[m.start():end].strip(), grain, bounded, days))
    out.sort(key=lambda a: a.start)
    return out
