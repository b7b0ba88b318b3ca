"""Money, percentages and headcounts in Indonesian and English formats.

"$14,3 miliar" = 14.3e9 USD, "Rp160 miliar" = 160e9 IDR, "$0,99", "$14.3 billion", "$870M", "14%",
"1.400 karyawan".  ``find_amounts(sentence, lang)`` returns ``(start, end, kind, value, currency, unit)``.
"""

from __future__ import annotations

import re

from .leads import Opened

_SCALE = {
    "ribu": 1e3, "rb": 1e3, "thousand": 1e3, "k": 1e3,
    "juta": 1e6, "jt": 1e6, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "miliar": 1e9, "milyar": 1e9, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "triliun": 1e12, "trillion": 1e12, "tn": 1e12, "t": 1e12,
    "kuadriliun": 1e15, "quadrillion": 1e15,
    "lakh": 1e5, "crore": 1e7, "lakhs": 1e5, "crores": 1e7,  # South Asian English: "Rs. 184 crore", "43,574 crores"
}
# one letter for the scale, glued ("$870M") or, in capitals, after a space ("Rp 15,8 T", "Rp 1,2 M")
_SC = r"(?:(?:\s*(ribu|rb|thousand|juta|jt|million|mln|mn|miliar|milyar|billion|bn|bln|triliun|trillion|tn|kuadriliun|quadrillion|lakhs?|crores?)\b)|([kKmMbBtT]|(?<=\d)\s(?-i:[MBT])(?![\w'’]|\.\w)))?"
_NUMBER = r"(\d+(?:[.,]\d+)*)"
_SYM = {"$": "USD", "us$": "USD", "usd": "USD", "rp": "IDR", "rp.": "IDR", "idr": "IDR", "€": "EUR",
        "eur": "EUR", "£": "GBP", "gbp": "GBP", "s$": "SGD", "sin$": "SGD", "sg$": "SGD", "sgd": "SGD", "¥": "JPY", "rm": "MYR", "chf": "CHF",
        "hk$": "HKD", "hkd": "HKD", "nt$": "TWD", "twd": "TWD", "a$": "AUD", "aud": "AUD", "₩": "KRW", "krw": "KRW",
        "jpy": "JPY", "myr": "MYR", "cny": "CNY", "rmb": "CNY", "rs": "INR", "rs.": "INR", "inr": "INR", "₹": "INR"}
_MONEY_PRE = Opened(re.compile(
    r"(?<![\w$])(US\$|S\$|Sin\$|SG\$|HK\$|NT\$|A\$|\$|Rp\.?|IDR|USD|SGD|EUR|GBP|CHF|HKD|TWD|AUD|KRW|JPY|MYR|CNY|RMB|INR|(?-i:Rs)\.?|€|£|¥|₩|₹|RM)\s?"
    + _NUMBER + _SC, re.I
))
_WORD_CUR = {"dolar as": "USD", "dolar": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD",
             "rupiah": "IDR", "rupiahs": "IDR", "indonesian rupiah": "IDR", "indonesian rupiahs": "IDR", "euro": "EUR", "euros": "EUR", "pounds": "GBP", "yen": "JPY",
             "dolar singapura": "SGD", "ringgit": "MYR", "us cents": "USD", "cents": "USD", "sen as": "USD",
             "swiss francs": "CHF", "francs": "CHF", "franc": "CHF", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
             "baht": "THB", "pound": "GBP", "won": "KRW", "korean won": "KRW", "south korean won": "KRW",
             "won korea": "KRW", "won korea selatan": "KRW"}
# a hundredth of the currency ("21 US cents")
_CENTS = re.compile(r"cents|sen\b", re.I)
_MONEY_POST = Opened(re.compile(
    # the scale may be one capital glued to the figure ("244T rupiah", "15B dollars")
    r"(?<![\w$.,])" + _NUMBER + r"(?:\s*(ribu|juta|miliar|milyar|triliun|kuadriliun|thousand|million|billion|trillion|quadrillion|lakhs?|crores?|(?<=\d)(?-i:[KMBT])))?\s+"
    # an ISO code after the figure too ("3.31 trillion IDR")
    r"(dolar\s+singapura|dolar\s+AS|dolar|dollars?|(?-i:USD|IDR|SGD|EUR|MYR|KRW|JPY|CNY|INR|GBP|AUD|HKD)|(?:Indonesian\s+)?rupiahs?|euros?|pounds?|yen|ringgit|(?:US\s+)?cents|sen\s+AS|"
    r"(?:swiss\s+)?francs?|yuan|renminbi|rupees|baht|(?:south\s+)?korean\s+won|won(?:\s+korea(?:\s+selatan)?)?|"
    # the currency in brackets after the figure ("13 triliun (rupiah)")
    r"\((?:rupiah|dolar\s+AS|dollars?|yen|won)\))(?:\b|(?<=\)))",
    re.I,
))
# "$20 per jam", "$125 an hour", "Rp 45.000/bulan": a rate keeps its unit
_PER_UNIT = {"jam": "hour", "hour": "hour", "hari": "day", "day": "day", "minggu": "week", "pekan": "week",
             "week": "week", "bulan": "month", "month": "month", "tahun": "year", "year": "year",
             "semester": "semester", "quarter": "quarter", "kuartal": "quarter", "night": "night", "malam": "night"}
_TIME = r"jam|hours?|hari|days?|minggu|pekan|weeks?|bulan|months?|tahun|years?|semesters?|quarters?|nights?"
# "per jam", "an hour", "/bulan", "per kilometer", "per pesanan", "(21 US cents) per order"
# "for each box", "untuk setiap kotak", "setiap kilometer": any unit after a word for "each"
# "Rp 45,000 ($2.70) an hour": the figure in brackets has the rate after the bracket too; "18,000 rupiah a
# cup," : "a" and a noun that ends the phrase; "a loss of $9.97 a share in the quarter"
_RATE = re.compile(rf"^\)?\s*(?:\([^()]{{1,40}}\)\s*)?(?:(?:an?)\s+({_TIME}|share\b|[a-z]{{3,12}}(?=\s*[,;.)]|\s+(?:and|or)\b))\b|"
                   rf"(?:per|/|(?:for\s+|untuk\s+)?(?:each|every|setiap|tiap))\s*([^\W\d_]{{2,20}}))", re.I)
_PERCENT = Opened(re.compile(r"(?<![\w.,])" + _NUMBER + r"\s?(%|persen\b|percent\b|per\s+cent\b)", re.I))
_COUNT_UNITS = (
    "karyawan|pekerja|pegawai|staf|orang|kolaborator|kontraktor|pekerja\\s+lepas|employees|workers|staff|"
    "people|contractors|engineers|insinyur|pengguna|users|customers|pelanggan|jobs|roles|positions"
)
_COUNT = re.compile(
    r"(?<![\w$.,])" + _NUMBER + r"(?:\s*(ribu|juta|thousand|million))?\s+(?:(?:\w+\s+){0,1})?(" + _COUNT_UNITS + r")\b",
    re.I,
)


def parse_number(s: str, lang: str = "id", scaled: bool = False) -> float | None:
    """Read "14,3" / "1.400" / "14.3" / "1,400" / "1.234.567,89" as a float."""
    s = s.strip(".,")
    if not s:
        return None
    if "." in s and "," in s:
        s = _with_both_separators(s)
    else:
        s = _with_one_separator(s, lang, scaled)
    try:
        return float(s)
    except ValueError:
        return None


def _with_both_separators(s: str) -> str:
    """"1.234.567,89", "1,234.56": the last separator is the decimal one, the other groups thousands."""
    dec = "." if s.rfind(".") > s.rfind(",") else ","
    th = "," if dec == "." else "."
    return s.replace(th, "").replace(dec, ".")


def _with_one_separator(s: str, lang: str, scaled: bool) -> str:
    """"1.400" / "14,3" / "1,400,000": three digits after a lone separator (or several separators) group
    thousands, except the language's decimal mark before a scale word ("1.500 million", "7,885 juta");
    otherwise it is the decimal point."""
    sep = "." if "." in s else ("," if "," in s else "")
    if not sep:
        return s
    parts = s.split(sep)
    if len(parts) > 2:
        return s.replace(sep, "")
    # before a scale word the language's own decimal mark is decimal: "1.500 million", "7,885 juta"
    decimal = "." if lang == "en" else ","
    if len(parts[1]) == 3 and not (scaled and sep == decimal):
        return s.replace(sep, "")
    return s.replace(sep, ".")


def _rate(sentence: str, end: int) -> tuple[int, str | None]:
    """Extend a money span over a following "per hour" / "an hour" / "/jam"; returns (end, "per hour")."""
    m = _RATE.match(sentence[end:])
    if not m:
        return end, None
    word = (m.group(1) or m.group(2)).lower()
    unit = _PER_UNIT.get(word, _PER_UNIT.get(word.rstrip("s"), word))
    return (end if m.group(0).startswith(")") else end + m.end()), f"per {unit}"


def _value_before_word(m: re.Match[str], lang: str) -> float | None:
    """The value of "3.2 million rupiah", "21 US cents" in units of the currency."""
    scale_word = (m.group(2) or "").lower()
    v = parse_number(m.group(1), lang, bool(scale_word))
    if v is None:
        return None
    return v * _SCALE.get(scale_word, 1.0) * (0.01 if _CENTS.search(m.group(3)) else 1.0)


_Found = tuple[int, int, str, float, str | None, str | None]  # start, end, kind, value, currency, unit
_DIGIT = re.compile(r"\d")


def find_amounts(sentence: str, lang: str = "id") -> list[tuple[int, int, str, float, str | None, str | None]]:
    """The sentence's amounts, in order: money with the currency first ("$14,3 miliar"), money with the
    currency after ("3.2 million rupiah"), percentages and headcounts, each where no earlier kind took
    the span."""
    if _DIGIT.search(sentence) is None:
        return []  # every kind is written with a figure (``_NUMBER``)
    taken: list[tuple[int, int]] = []
    out: list[_Found] = []
    for find in (_money_currency_first, _money_currency_after, _percentages, _headcounts):
        out += find(sentence, lang, taken)
    return _with_units(sentence, sorted(out, key=lambda t: t[0]))


def _free(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(a < y and x < b for x, y in taken)


def _money_currency_first(sentence: str, lang: str, taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for m in _MONEY_PRE.finditer(sentence):
        scale_word = (m.group(3) or m.group(4) or "").lower().strip()
        v = parse_number(m.group(2), lang, bool(scale_word))
        if v is None:
            continue
        end = m.end() if scale_word else m.end(2)
        cur = _SYM.get(m.group(1).lower().rstrip(), _SYM.get(m.group(1).lower(), "USD"))
        # in rupiah "M" is "miliar" ("Rp 1,2 M"), as in "Rp 1,2 miliar"; in dollars a million
        v *= 1e9 if cur == "IDR" and scale_word == "m" else _SCALE.get(scale_word, 1.0)
        taken.append((m.start(), end))  # the figure only: a figure in brackets after it is one of its own
        end, unit = _rate(sentence, end)
        out.append((m.start(), end, "money", v, cur, unit))
    return out


def _money_currency_after(sentence: str, lang: str, taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for m in _MONEY_POST.finditer(sentence):
        if not _free(taken, *m.span()):
            continue
        v = _value_before_word(m, lang)
        if v is None:
            continue
        word = re.sub(r"\s+", " ", m.group(3).lower().strip("()"))
        if word == "won" and not m.group(2):
            continue  # "in 2019 won the award": the verb, unless a figure in millions or billions comes before
        cur = _WORD_CUR.get(word, _SYM.get(word, "USD"))
        end, unit = _rate(sentence, m.end())
        out.append((m.start(), end, "money", v, cur, unit))
        taken.append(m.span())
    return out


def _percentages(sentence: str, lang: str, taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for m in _PERCENT.finditer(sentence):
        if not _free(taken, *m.span()):
            continue
        v = parse_number(m.group(1), lang)
        if v is not None:
            out.append((m.start(), m.end(), "percent", v, None, None))
            taken.append(m.span())
    return out


def _headcounts(sentence: str, lang: str, taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for m in _COUNT.finditer(sentence):
        if not _free(taken, *m.span()):
            continue
        v = parse_number(m.group(1), lang)
        if v is None:
            continue
        v *= _SCALE.get((m.group(2) or "").lower(), 1.0)
        unit = re.sub(r"\s+", " ", m.group(3).lower())
        out.append((m.start(), m.end(), "count", v, None, unit))
        taken.append(m.span())
    return out

def _with_units(sentence: str, found: list) -> list:
    """The amounts, in order, with the units their neighbours or their sentence give them."""
    return [_each_of(sentence, _ticket_price(sentence, _share_price(sentence, t))) for t in _shared_rates(sentence, found)]


# "Harga tiket berkisar Rp 850.000", "Tiket dua hari Rp 1,9 juta", "tickets ... at prices from 850,000 rupiah":
# a figure that prices the tickets the sentence sells
_TICKET = re.compile(r"\b(?:tiket|karcis|tickets?)\b", re.I)
_PRICED = re.compile(r"(?:\b(?:harga|prices?|priced|seharga|dijual|costs?|costing)\b[^;]{0,100}|"
                     r"\b(?:tiket|karcis|tickets?|pass(?:es)?)(?:\s+[\w-]+){0,3}\s*)$", re.I)
_NOT_A_PRICE = re.compile(r"\b(?:penjualan|pendapatan|total|refund|dana|revenue|sales|senilai|worth)\b", re.I)


def _ticket_price(sentence: str, found: tuple) -> tuple:
    a, b, kind, value, currency, unit = found
    before = sentence[max(0, a - 100):a]
    if kind != "money" or unit or not _TICKET.search(sentence) or not _PRICED.search(before) or \
            _NOT_A_PRICE.search(before[-40:]):
        return found
    return (a, b, kind, value, currency, "per ticket")


# "Setiap keluarga menerima Rp 750 juta", "each family will receive $50,000": a figure for each one of them
_EACH_BEFORE = re.compile(r"\b(?:setiap|tiap|masing-masing|each|every)\s+([a-z]{3,15})\s+(?:[a-z]+\s+){0,3}$", re.I)


def _each_of(sentence: str, found: tuple) -> tuple:
    a, b, kind, value, currency, unit = found
    m = _EACH_BEFORE.search(sentence[max(0, a - 60):a]) if kind == "money" and not unit else None
    return (a, b, kind, value, currency, f"per {m.group(1).lower()}") if m else found


# "Saham X ditutup melemah 3% ke level Rp 412", "X's shares closed 1.8% higher at 1,130 rupiah", "Friday's
# closing price of $155.01": the price of one share (a figure without a scale word, reached by a price move of the
# shares named before it or named a share's price)
_SHARES_MOVED = re.compile(r"\b(?:saham|shares?|stock)\b[^;]{0,80}?\b(?:closed?|clos(?:ed|ing)|ended|fell|rose|dropped|"
                           r"jumped|slid|traded|opened|ditutup|dibuka|melemah|menguat|anjlok|melonjak|turun|naik|"
                           r"merosot|terkoreksi)\b[^;]{0,40}?\b(?:at|to|ke|di)\s+(?:(?:level|posisi|harga)\s+)?$|"
                           r"\b(?:closing|opening|share|stock)\s+price\s+of\s+$|\bharga\s+(?:penutupan|pembukaan|saham)\s+(?:sebesar\s+)?$", re.I)
_SCALED = re.compile(r"(?:ribu|rb|thousand|juta|jt|million|mln|mn|miliar|milyar|billion|bn|bln|triliun|trillion|tn|kuadriliun|quadrillion)\b", re.I)


def _share_price(sentence: str, found: tuple) -> tuple:
    a, b, kind, value, currency, unit = found
    if kind != "money" or unit or _SCALED.search(sentence[a:b]) or not _SHARES_MOVED.search(sentence[:a]):
        return found
    return (a, b, kind, value, currency, "per share")


_TO = re.compile(r"^\s*(?:menjadi|ke|hingga|sampai|to|[–—-])\s*$", re.I)  # "from X to Y", "X–Y"


def _shared_rates(sentence: str, found: list) -> list:
    """"dari Rp 60.000 menjadi Rp 45.000 per jam", "from $50 to $20 an hour": both figures are rates."""
    out = list(found)
    for k in range(len(out) - 1, 0, -1):
        (a0, b0, kind0, v0, cur0, unit0), nxt = out[k - 1], out[k]
        if kind0 == "money" and nxt[2] == "money" and unit0 is None and (nxt[5] or "").startswith("per ") \
                and _TO.match(sentence[b0:nxt[0]]):
            out[k - 1] = (a0, b0, kind0, v0, cur0, nxt[5])
    return out
