"""Events and amounts of one article, sentence by sentence.

Per sentence: dates (deadlines and comparison bases dropped) -> amounts (each about every person and
organisation of its clause) -> reference clauses ("days after Meta invested") -> triggers -> actors
-> a date and its basis. Then, over the whole article: events dated from another event are resolved
against the article's own dated events, and a launch picks up the product named in the next sentence.

Date basis (bot.domain.DateBasis): ``stated`` when the sentence dates the event; ``planned`` when
that date lies after the report or the clause speaks of the future; ``anchored`` when dated from
another event; ``reported`` when the text gives no date (the publication date is used, and the
timeline prefers any other telling that states one).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from bot.domain import Amount, DateBasis, DateValue, Event

from . import quotes as Q
from .anchors import Anchor, find_anchors
from .dates import Pub, find_dates, shift
from .document import Doc, back_org, last_public_body, topic_org
from .events import ANCHOR_WORDS, EN_PARTICIPLES, completed_act, family, find_triggers
from .leads import Opened
from .lexicons import SAY_EN, SAY_ID, TITLE_WORDS
from .numbers import find_amounts
from .quotes import passage_quotes, sentence_quote_spans

Mentions = list[tuple[int, int, str, str]]  # (start, end, canonical name, kind) in sentence coordinates
Span = tuple[int, int]

# a noun phrase standing for an organisation named before ("the Jakarta-based company", "perusahaan asal Bandung itu")
# what a company, or a place of its business, is called once it has been named
# a public body referred back to as the subject: "the ministry", "the regulator", "kementerian itu"
# the word it refers back by is the group "noun" ("agency", "badan")
_PUBLIC_BACK = re.compile(r"\b(?:the\s+(?P<noun>ministry|regulator|agency|authority|commission|watchdog|police|prosecutors?)|"
                          r"(?P<kata>kementerian|regulator|otoritas|komisi|badan|kepolisian|kejaksaan|lembaga)\s+"
                          r"(?:itu|tersebut|ini))\b", re.I)
ORG_NOUNS = (r"(?:company|startup|firm|group|lender|bank|platform|app|retailer|operator|insurer|unicorn|carrier|airline|"
              r"chain|promoter|maker|producer|miner|smelter|plant|factory|mill|refinery|insurer)")
_BACK = Opened(re.compile(rf"\b(?:the\s+(?:[\w-]+\s+){{0,3}}?{ORG_NOUNS}|it|its|"
                   r"(?:perusahaan|startup|platform|bank|emiten|aplikasi|perseroan|maskapai|smelter|pabrik|produsen|"
                   r"promotor|penyelenggara|asuransi|toko|gerai)\s+(?:[\w-]+\s+){0,3}?(?:ini|itu|tersebut)|perseroan)\b", re.I))
_BACK_OBJECT = Opened(re.compile(rf"\b(?:the\s+(?:[\w-]+\s+){{0,3}}?{ORG_NOUNS}|"
                          r"(?:perusahaan|startup|platform|bank|emiten|aplikasi|maskapai|smelter|pabrik|produsen|promotor|"
                          r"penyelenggara|asuransi|toko|gerai)\s+(?:[\w-]+\s+){0,3}?(?:ini|itu|tersebut))\b", re.I))
_ACTOR_KINDS = ("org", "person", "product")
_JOIN = re.compile(r"\b(?:untuk|dan|serta|yang|and|to|which)\b", re.I)
# words between two triggers that keep the first from sharing the second's date: time order, or the
# matter of a dispute ("withdrew its lawsuit against a fine imposed in January")
_NOT_JOIN = re.compile(r"\b(?:setelah|sebelum|sejak|after|before|since|weeks|minggu|bulan|months|later|kemudian|"
                       r"against|over|terhadap|atas|melawan)\b|[;.]", re.I)
# a date right after these is a comparison base or a deadline, not the date of the event
_BASE_BEFORE = re.compile(r"(?:dibandingkan(?:\s+dengan)?|dibanding|compared\s+(?:with|to)|up\s+from|down\s+from|than|"
                          r"by(?:\s+the\s+end\s+of)?|until|hingga|sampai(?:\s+dengan)?|paling\s+lambat)\s+(?:the\s+|pada\s+|akhir\s+)?$", re.I)
# a day's market figure that a move is measured from ("down 12.7 percent from Wednesday's close") dates nothing
_MARKET_BASE = re.compile(r"[’']s\s+(?:close|closing|level|price|session|high|low|trading)\b", re.I)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|hingga|sampai(?:\s+dengan)?|paling\s+lambat)\s+(?:the\s+(?:end|start)\s+of\s+)?$", re.I)
_DEADLINE_WORD = re.compile(r"(?:by|until|hingga|sampai)\b", re.I)
# "hingga Rabu (30/11) korban meninggal berjumlah 328 jiwa": a count as it stood that day, not a deadline
_COUNT_AS_OF = re.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:berjumlah|tercatat|mencapai|sebanyak|bertambah\s+menjadi)\s+\d", re.I)
# "Transaksi itu diumumkan ... pada Senin (2/3)": a sentence that only dates the event of the sentence before.
# A sentence led by a connective or a preposition ("Sementara itu", "Setelah inspeksi itu", "Saat ini") or
# by the company tells something else.
_EVENT_BACKREF = re.compile(r"^\s*(?:(?!(?i:perusahaan|startup|perseroan|platform|bank|emiten|sementara|selain|setelah|sesudah|"
                            r"sebelum|sejak|selama|saat|ketika|karena|oleh|untuk|meski|meskipun|namun|dengan|dalam|di|pada|usai|"
                            r"seiring|terkait|menurut|atas|akibat|hingga|sampai|dari|melalui|lewat|tahun|hari|pekan|bulan|minggu|"
                            r"kali)\b)[A-Z]\w+(?:\s+\w+){0,2}?\s+(?:itu|ini|tersebut)\b|"
                            r"(?:The|This|That)\s+(?:[\w-]+\s+)?(?:deal|acquisition|transaction|agreement|move|announcement|purchase|"
                            r"contract|round|investment|approval|decision|ruling|sale|merger|memo|closure|hearing|order|ban|suspension|recall|"
                            r"fine|freeze|halt|arrest|raid|search|lawsuit|suit|complaint|petition|report|letter|probe|"
                            r"investigation|layoffs?|cuts|strike|protest|explosion|blast|fire|outage|breach|resignation|"
                            r"appointment|listing|settlement|verdict|sentence)(?:\s+(?:was|is|were|will|had)\b|"
                            # "The order, issued late on Monday, ...", "The deal, which was announced on Monday,"
                            r",\s+(?:which\s+(?:was|were)\s+)?(?:(?:first\s+|late\s+)?\w+ed|made|struck|handed\s+down|"
                            r"sent|held|won|given|taken|brought)\b))")
# "Insiden ini terjadi pada ...", "The incident happened on ...": the day of what befell, which dates the sentence
# before only where that one tells such a happening (not the arrest or the charge that followed it)
_INCIDENT_BACKREF = re.compile(r"^\s*(?:(?:Insiden|Kejadian|Peristiwa|Kecelakaan|Kebakaran|Ledakan|Musibah|Tragedi|Bencana)\s+"
                               r"(?:\w+\s+)?(?:itu|ini|tersebut)|(?:The|This|That)\s+(?:incident|accident|fire|blast|explosion|"
                               r"crash|tragedy|disaster)\b)")
_INCIDENT_KINDS = frozenset({"accident", "other"})
# "Aksi ini terjadi pada 4 Maret", "The sale took place on March 4": when the act the sentence before told happened
_ACT_BACKREF = re.compile(r"^\s*(?:(?:Aksi|Langkah|Tindakan|Transaksi|Penjualan|Pembelian|Peristiwa|Kejadian)\s+(?:ini|itu|tersebut)\s+"
                          r"(?:terjadi|dilakukan|berlangsung|dilaksanakan)|(?:The|This|That)\s+(?:sale|purchase|transaction|"
                          r"incident)\s+(?:took\s+place|happened|occurred))\b")
# "Hal tersebut disampaikan X ...", "Pernyataan itu diungkapkan ...", "The remarks were made ...": when the sentence
# before was said
_SAID_BACKREF = re.compile(r"^\s*(?:(?:Hal|Pernyataan|Penjelasan|Keterangan)\s+(?:itu|ini|tersebut)\s+(?:di)?(?:sampaikan|katakan|ungkapkan|"
                           r"jelaskan|tegaskan|kemukakan|utarakan|paparkan)|(?:The|Those|These)\s+(?:remarks|comments)\s+(?:were|came)\b|"
                           r"(?:He|She|They)\s+made\s+the\s+(?:remarks|comments)\b)")
# a clause about what may, will or should happen, or what did not: no happening to put on a timeline
_NOT_HAPPENED = Opened(re.compile(r"\b(?:will|would|could|might|(?-i:may)|should|must|can|cannot|boleh|harus|wajib|(?<!\ba\s)(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)plans?\s+to|planning\s+to|intends?\s+to|expects?\s+to|aims?\s+to|"
                           r"seeks?\s+to|if|unless|not|never|no\s+longer|denied|usually|typically|rumou?red|speculation|annually|"
                           r"(?:every|each)\s+(?:year|month|week|day)|(?:setiap|tiap)\s+(?:tahun|bulan|pekan|minggu|hari)|"
                           r"akan|bakal|bisa|dapat|mungkin|seharusnya|semestinya|sebaiknya|hendaknya|berencana|berniat|rencananya|ditargetkan|menargetkan|diharapkan|berharap|apabila|"
                           # "if", but not "that" after a verb of saying ("mengatakan jika mereka menyerang ...")
                           r"(?<!kan\s)(?<!ngaku\s)(?<!klaim\s)(?:jika|kalau)|"
                           # a date set for it is no date it happened on: "semula dijadwalkan akhir Mei", "was slated for May"
                           r"dijadwalkan|terjadwal|scheduled|slated|"
                           # a promise is no act: "berkomitmen mengucurkan dana", "pledged to invest"
                           r"berkomitmen|berjanji|committed\s+to|pledged\s+to|promised\s+to|vowed\s+to|"
                           # what was foreseen: "memprediksi adanya eksodus", "predicted a wave of"
                           r"memprediksi|memperkirakan|meramalkan|predicted|predicts|forecast|forecasts|"
                           r"bila|tidak|tak|belum|bukan|membantah|menampik|biasanya|diisukan|isu|kabar|rumor|santer|besok|tomorrow)\b|\?", re.I))
# "sejumlah perusahaan rintisan", "several companies", "banyak startup": an act told of companies at large, no one firm
_COMPANIES_AT_LARGE = re.compile(r"\b(?:sejumlah|beberapa|banyak|berbagai|puluhan|ratusan|several|many|some|numerous|"
                                 r"a\s+(?:number|wave|string|spate)\s+of|dozens\s+of|hundreds\s+of)\s+(?:\w+\s+){0,2}?"
                                 r"(?:perusahaan|startup|start-up|emiten|korporasi|pabrik|maskapai|bank|companies|firms|"
                                 r"startups|start-ups|businesses|lenders|banks|employers|factories|carriers|airlines)\b", re.I)
_BEGUN = re.compile(r"\b(?:berdiri|beroperasi|didirikan|dibentuk|founded|established|operating|operational|in\s+business)\s+(?:sejak|since)\s+(?:tahun\s+)?$", re.I)
# a question or a headline-style teaser is no report of a happening
_QUESTION = re.compile(r"\?\s*$")
# a year inside a range ("tahun 2012-2018", "from 2018-22", "between 1997 and 2002") or after "sejak/since" is background
_YEAR_RANGE = re.compile(r"(?:\d{4}\s*(?:[-–]|hingga|sampai(?:\s+dengan)?|to|until)\s*$|"
                         r"^\s*(?:[-–]|hingga|sampai(?:\s+dengan)?|s\.?d\.?|to|until|through)\s*(?:\d{4}|\d{2}\b)|"
                         r"(?:between|antara)\s+(?:\d{4}\s+(?:and|dan)\s+)?$|^\s+(?:and|dan)\s+\d{4})", re.I)
# a clause that tells what did not or may not happen, even when the sentence carries a date
_HEDGED = Opened(re.compile(r"\b(?:mempertimbangkan|considering|weighing|mulai\s+membuka\s+pembicaraan|in\s+talks|could|might|(?-i:may)|"
                     r"if|unless|jika|apabila|seandainya|not|never|tidak|tak|belum|bukan|denied|membantah|menampik|"
                     r"diisukan|rumou?red|rumou?rs?|isu|spekulasi|speculation|desas-desus|memprediksi|memperkirakan|meramalkan|predicted|predicts|forecast|forecasts)\b", re.I))
_FUTURE_WORDS = Opened(re.compile(r"\b(?:will|akan|bakal|(?<!\ba\s)(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)plans?\s+to|berencana|ditargetkan|menargetkan|scheduled|dijadwalkan|"
                           r"mendatang|upcoming|next|besok|tomorrow)\b", re.I))
# background in a relative clause ("Meta, which invested ...,"): a reference to an earlier event
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\s+[^,]*$", re.I)
# "X menjadi salah satu perusahaan yang melakukan PHK", "X is among the lenders that were fined": the
# relative clause tells what the subject did
_ONE_OF = re.compile(r"\b(?:salah\s+satu|one\s+of|among)\b[^,.;]{0,80}\b(?:yang|that|which|who)\s+(?:\w+\s+){0,3}$", re.I)
# "pekerja yang tewas dalam ledakan": a trigger right after "yang" describes who, it tells no new happening
_YANG = re.compile(r"\byang\s+(?:\w+\s+)?$", re.I)
# a saying's "that", which opens what was said: "said in a statement on Sept. 21 that he was resigning"
_SAID_THAT = re.compile(r"\b(?:said|says|announced|stated|confirmed|told\s+(?:[\w-]+\s+){1,3}?)(?:\s+(?:on|in|at|late|early|"
                        r"last|this)\b[^,;\"“”]{1,40}?)?\s+that\s+(?:\w+\s+){0,2}$", re.I)
# "... as suspects over a furnace explosion that killed eight": the cause and what it did are named in passing
_DESCRIBED = re.compile(r"(?:\b(?:that|which|who)\s+(?:\w+\s+){0,2}|\b(?:over|atas|karena|akibat|terkait|due\s+to|because\s+of|"
                        r"in\s+connection\s+with)\s+(?:[\w-]+\s+){0,3})$", re.I)
# "Setelah itu", "After that": the happening told just before
_BARE_THAT = r"\s*(?:itu|ini|tersebut|that|this)\s*$"
_BARE_ANAPHOR = re.compile(_BARE_THAT, re.I)
# a previous event named by a noun ("langkah ini", "the deal") or bare: the event before it in the article
_ANAPHOR = re.compile(r"^\s*(?:(?:langkah|keputusan|kesepakatan|transaksi|pengumuman|peristiwa|kejadian)\s+(?:ini|itu|tersebut)|"
                      r"(?:the|this|that)\s+(?:move|deal|decision|announcement|transaction|news)\b|" + _BARE_THAT + ")", re.I)
# types a report without a date cannot place in time: a state, not a happening
_UNDATABLE = {"founding", "revenue", "valuation"}
# happenings that befall a person: told of another person, another happening
_PERSONAL = {"hiring", "departure", "arrest", "charge", "indictment"}
# types that stand on their own without a date only with a named actor as their subject
_OTHER_MIN_WORDS = 6
_ACTOR_REACH = 40  # characters after an undated trigger where its actor may stand ("mundurnya Ruben Mayer")


@dataclass
class Sentence:
    """What the event stage reads from one sentence."""

    index: int
    text: str
    passage: int
    dates: list[tuple[int, int, DateValue]]
    mentions: Mentions
    quotes: list[Span]
    anchors: list[Anchor] = field(default_factory=list)


@dataclass
class _Pending:
    """An event dated from another one that the article itself may date."""

    event: Event
    anchor_type: str | None
    anchor_actors: tuple[str, ...]
    months: int
    previous: Event | None  # the event before it in the article, for "this move" / "langkah ini"
    grain: str | None = None  # "later that month": the date found, no finer than a month
    said_before: DateValue | None = None  # the last date the text named before it: what "that month" is
    days: int = 0  # "nine days later": counted in days from the date found


# ----------------------------------------------------------------------------- dates of a sentence


# a clause of its own subject after the trigger ("has named X as chair as she prepares to sell the unit bought
# a month ago", "karena mereka ..."): a date inside it dates that clause's act
_OWN_SUBJECT_CLAUSE = re.compile(r"\b(?:as|while|because|karena|sementara)\s+(?:she|he|it|they|we|ia|dia|mereka)\b", re.I)


def _apart_in_clauses(text: str, a: tuple[int, int, DateValue], b: tuple[int, int, DateValue]) -> bool:
    return bool(_OWN_SUBJECT_CLAUSE.search(text, min(a[1], b[1]), max(a[0], b[0])))


def sentence_dates(text: str, pub: Pub | None, lang: str) -> list[tuple[int, int, DateValue]]:
    """Dates of a sentence that can date an event: deadlines ("by March") never do; comparison bases
    ("dibandingkan 2024") and adjectival years ("a 2023 data breach") do not when another date is there."""
    dates = [d for d in find_dates(text, pub, lang) if not _dates_nothing(text, d, pub)]
    # a year or month that a finer date of the same clause narrows ("last year, in June"); one in another clause of
    # its own subject ("bankrupt last year as it struggled with debts that reached $1.6 billion in June") stands
    dates = [d for d in dates if not any(_coarser(d[2], o[2]) and not _apart_in_clauses(text, d, o) for o in dates)]
    if len(dates) > 1:
        kept = [d for d in dates if not _BASE_BEFORE.search(text[max(0, d[0] - 30):d[0]]) and not _adjectival_year(text, d)
                and not _year_of_a_post(text, d) and not _end_of_a_span(text, d, dates)]
        dates = kept or dates
    return dates


# "antara pertengahan Februari dan awal Maret", "between March 2 and March 9": what happened then began at the first
_SPAN_OPENS = re.compile(r"\b(?:antara|between)\s+$", re.I)
_SPAN_JOINS = re.compile(r"^\s*(?:dan|and|hingga|sampai|to)\s+$", re.I)


def _end_of_a_span(text: str, d: tuple[int, int, DateValue], dates: list[tuple[int, int, DateValue]]) -> bool:
    before = [o for o in dates if o[1] <= d[0]]
    if not before:
        return False
    first = before[-1]
    return bool(_SPAN_JOINS.match(text[first[1]:d[0]]) and _SPAN_OPENS.search(text[max(0, first[0] - 12):first[0]]))


def _dates_nothing(text: str, d: tuple[int, int, DateValue], pub: Pub | None) -> bool:
    """A date that dates no happening wherever it stands: a deadline, the day an outlet quoted its source, the
    same moment in world time, a background year, a market figure's base day, what a figure is measured against."""
    before = text[:d[0]]
    deadline = _deadline(text, d) and not _as_of_a_past_day(text, d, pub) and not _done_by_a_past_day(text, d, pub)
    return deadline or bool(_CITED_ON.search(before) or _WORLD_TIME.search(before)) \
        or _background_year(text, d) or bool(_MARKET_BASE.match(text[d[1]:]))


# "at 6am (2300 GMT Sunday)": the same moment in world time, whose day may be the one before
_WORLD_TIME = re.compile(r"\d[\d.:]*\s*(?:GMT|UTC)\s+(?:on\s+)?$")
# "seperti dikutip dari laman resminya, Sabtu (7/3)", "as reported by Reuters on Monday": the day the outlet quoted
# its source, not the day of what the source tells
_CITED_ON = Opened(re.compile(r"\b(?:(?:dikutip|dilansir|mengutip|melansir|diakses)(?:\s+(?:dari|oleh))?|(?:quoted|cited)(?:\s+(?:by|in))?|reported\s+(?:by|in))"
                       r"(?:\s+[^\s,.;()]+){0,4}?,?\s+(?:pada\s+|on\s+)?(?:\w+\s*\(\s*)?$", re.I))


def _deadline(text: str, d: tuple[int, int, DateValue]) -> bool:
    """"by March", "hingga 30 November": a date things are due by, unless a count as it stood then follows."""
    if _DEADLINE_WORD.match(d[2].text):
        return True
    return bool(_DEADLINE_BEFORE.search(text[max(0, d[0] - 30):d[0]])) and not _COUNT_AS_OF.match(text[d[1]:])


# "By September 10, the company had disclosed ...": a sentence opened by a day before the report, or by its own day
# ("By Sunday, rescuers had pulled out ..." on Sunday), tells what was done by then, not what is due
# "Hingga Rabu (26/12) pukul 13.00 WIB, jumlah korban ...", "As of Monday at 6 p.m., ...": the hour before the comma
_CLOCK_THEN_COMMA = re.compile(r"\)?(?:\s+(?:pukul|jam|at)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:WIB|WITA|WIT|[ap]\.?m\.?)?)?\s*,", re.I)
_BY_OPENING = re.compile(r"\s*By\s+(?:the\s+(?:end|start)\s+of\s+)?")


def _as_of_a_past_day(text: str, d: tuple[int, int, DateValue], pub: Pub | None) -> bool:
    opening = _BY_OPENING.fullmatch(text, 0, d[0]) is not None and _CLOCK_THEN_COMMA.match(text, d[1]) is not None
    return opening and pub is not None and _compare(d[2], pub) <= (0 if d[2].precision == "day" else -1)


def _done_by_a_past_day(text: str, d: tuple[int, int, DateValue], pub: Pub | None) -> bool:
    """"telah membayar klaim Rp 12 miliar hingga 26 Maret", "had repaid $3 million by the end of June": a figure done
    by a day already past (its clause's verb told as done, a number after it), a tally as it stood then, not a deadline
    ("telah menyetujui penundaan hingga akhir Mei" counts nothing: the day ends what was agreed)."""
    clause = text[max(text.rfind(", ", 0, d[0]), text.rfind(";", 0, d[0]), 0):d[0]]  # not a decimal comma: "Rp 4,5 miliar"
    done = _TOLD_DONE.search(clause)
    return pub is not None and _compare(d[2], pub) <= 0 and done is not None and any(ch.isdigit() for ch in clause[done.end():])


# "Dicky Halim, the bank's credit chief in 2020, and ...", "Zainal, Direktur Utama Bank DKI pada 2020,": a year
# closing an apposition that names a post
_POST_YEAR = re.compile(r",\s*(?:[^,;]*\s)?(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\b[^,;]{0,40}?\s(?:in|pada)\s+(?:tahun\s+)?$", re.I)


def _year_of_a_post(text: str, d: tuple[int, int, DateValue]) -> bool:
    """A year that tells when someone held the post an apposition names, not when the sentence's act happened."""
    if d[2].precision != "year":
        return False
    return bool(_POST_YEAR.search(text[max(0, d[0] - 80):d[0]])) and bool(re.match(r"\s*[,)]", text[d[1]:]))


# "a graft case related to fertiliser imports in 2019", "kasus dugaan korupsi impor pupuk tahun 2019-2020", "a case
# over imports handled by the ministry between 2019 and 2020": the year of what a case is about, not of what was
# done in it (no verb of the case's own between them)
_CASE_YEAR = re.compile(r"\b(?:case|cases|kasus|perkara|scandal|skandal)\b(?:\s+(?!(?:was|were|is|began|begun|started|opened|"
                        r"bermula|dimulai|terjadi|dibuka|happened|occurred|surfaced|mencuat)\b)[\w'’-]+){0,14}?"
                        r"\s+(?:in|pada|tahun|periode|during|selama|from|to|between|and|antara|hingga|sampai|dan)\s+(?:tahun\s+)?$", re.I)


def _background_year(text: str, d: tuple[int, int, DateValue]) -> bool:
    if d[2].precision != "year":
        return False
    before, after = text[max(0, d[0] - 30):d[0]], text[d[1]:d[1] + 12]
    if _YEAR_RANGE.search(before) or _YEAR_RANGE.match(after) or _CASE_YEAR.search(text[max(0, d[0] - 100):d[0]]) \
            or _POST_ORG_YEAR.search(text[max(0, d[0] - 100):d[0]]):
        return True
    # "sejak 2009" is when a state began; it dates only a beginning ("berdiri sejak 2019")
    # ("sejak berdiri pada 1966, inilah PHK terbesarnya", "since its founding in 1966": the beginning only)
    return bool(_SINCE_YEAR.search(before)) and not _BEGUN.search(before)


# "menetapkan X Direktur Utama (Dirut) PT Y (JJC) 2016 sebagai tersangka": the year the post was held, after it and its body
_POST_ORG_YEAR = re.compile(r"\b(?i:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")(?:\s+\(?[A-Z][\w.&'’-]*\)?){1,8}\s+$")
_SINCE_YEAR = re.compile(r"\b(?:sejak|since)\s+(?:(?:its|their)\s+)?(?:(?:berdiri|didirikan|dibentuk|founding|inception|"
                         r"establishment)\s+(?:(?:pada|in)\s+)?)?(?:tahun\s+)?$", re.I)


def _coarser(a: DateValue, b: DateValue) -> bool:
    """``a`` says less than ``b`` and agrees with it ("bulan ini" beside "21 Oktober 2024")."""
    rank = {"year": 0, "season": 1, "month": 2, "day": 3}
    if rank[a.precision] >= rank[b.precision] or a.year != b.year:
        return False
    return a.precision == "year" or (a.precision == "month" and a.month == b.month)


_YEAR_OF_A_NOUN = re.compile(r"(?:\b(?:a|an|the|its|their)|['’]s)\s+$", re.I)
_DATE_PREPOSITION = re.compile(r"\b(?:in|on|since|by|until|from|during|pada|sejak|hingga|sampai|tahun|dari|selama|awal|akhir|"
                               r"pertengahan|per|early|late|mid-?|of|[–—-])\s*$", re.I)


def _adjectival_year(text: str, d: tuple[int, int, DateValue]) -> bool:
    """A year that names which of something, not when: "a 2023 data breach", "Kopinara's 2025 revenue",
    "pendapatan 2025 digelembungkan" (a year with no preposition before it, beside another date)."""
    if d[2].precision != "year" or not re.fullmatch(r"\d{4}", text[d[0]:d[1]].strip()):
        return False
    before = text[max(0, d[0] - 12):d[0]]
    if _YEAR_OF_A_NOUN.search(before) and re.match(r"\s+[a-z]", text[d[1]:]):
        return True
    return not _DATE_PREPOSITION.search(before) and bool(re.search(r"[a-z]\s+$", before))


def _nearest_date(dates: list[tuple[int, int, DateValue]], a: int, b: int) -> DateValue | None:
    def distance(d: tuple[int, int, DateValue]) -> int:
        da, db = d[0], d[1]
        gap = da - b if da >= b else a - db if db <= a else 0
        return abs(gap) + (5 if da < a else 0)  # a date after the verb usually belongs to it

    return min(dates, key=distance)[2] if dates else None


# ----------------------------------------------------------------------------- amounts


def _clause_bounds(text: str, a: int, b: int) -> Span:
    left = max(text.rfind(";", 0, a), text.rfind(". ", 0, a))
    right = min((x for x in (text.find(";", b), text.find(". ", b)) if x >= 0), default=len(text))
    return left + 1, right


def sentence_amounts(doc: Doc, s: Sentence) -> list[Amount]:
    """Amounts of a sentence; each about the nearest name before it (else after it) and every person
    and organisation of its clause; with no name at all, about the organisation a back reference ("the
    company") points to, else the one the article is about."""
    out = []
    lang = doc.lang
    named = _owners_named(doc, s)
    sources = _sources_of_account(s)
    for a, b, kind, value, currency, unit in find_amounts(s.text, lang):
        quote = _naming_quote(s.quotes, a, named)
        people = [(x, c) for x, c in named if (not _inside(x, s.quotes) or (quote and quote[0] <= x < quote[1]))
                  and (x not in sources or sources[x][0] <= a < sources[x][1])]
        main = _amount_owner(doc, s, people, a, b)
        lo, hi = _clause_bounds(s.text, a, b) if quote is None else quote
        about = list(dict.fromkeys(c for x, c in people if lo <= x < hi and c != main))
        out.append(Amount(kind, value, s.text[a:b], s.passage, currency, unit, main,  # type: ignore[arg-type]
                          _nearest_date(s.dates, a, b), about))
    return out


def _sources_of_account(s: Sentence) -> dict[int, Span]:
    """The bodies a sentence gives as the source of its account ("..., according to the transport ministry",
    "Menurut Kopitara Jaya, ..."), each with the span that names it: they told of the figure, it is not theirs. A
    person so named still is (people speak of their own company's figures, which go to it through their posts)."""
    told_by = Q.attribution_span(s.text)
    if told_by is None:
        return {}
    return {x: told_by for x, _y, _c, k in s.mentions if k == "org" and told_by[0] <= x < told_by[1]}


def _naming_quote(quotes: list[Span], a: int, named: list[tuple[int, str]]) -> Span | None:
    """The quotation around the figure at ``a`` when it names someone: the names of a quotation are not what
    a figure outside it is about, but a figure quoted is about them (quoted without a name, the speaker's)."""
    return next(((qa, qb) for qa, qb in quotes if qa <= a < qb and any(qa <= x < qb for x, _c in named)), None)


def _owners_named(doc: Doc, s: Sentence) -> list[tuple[int, str]]:
    """The people and organisations the sentence names that may own a figure, a brand standing for its company."""
    out = []
    for x, _y, c, k in s.mentions:
        owner = c if k in ("org", "person") else _brand_owner(doc, c) if k == "product" else None
        if owner:
            out.append((x, owner))
    return out


def _brand_owner(doc: Doc, brand: str) -> str | None:
    """The one company the article names whose name holds the one-word brand ("shoe brand Bata" of "PT Sepatu
    Bata Tbk"): its losses and sales are that company's."""
    if " " in brand:
        return None
    owners = [c for c, k in doc.table.kinds.items() if k == "org" and brand in c.split() and c != brand]
    return owners[0] if len(owners) == 1 else None


def _amount_owner(doc: Doc, s: Sentence, people: list[tuple[int, str]], a: int, b: int) -> str | None:
    """The nearest name before the amount at ``a:b``, else after it, else the organisation a back reference
    points to, else the one the article is about."""
    before = [c for x, c in people if x < a]
    after = [c for x, c in people if x >= b]
    main = before[-1] if before else (_company_subject(doc, s) or (after[0] if after else None))
    if main is None and Q.PRONOUN.search(s.text, 0, a) and not _BACK.search(s.text) and not Q.SAY_RX.search(s.text, 0, a):
        main = _person_before(doc, s.index)  # "Diduga, ia menerima Rp 7 miliar": the person named just before
    if main is None:  # no name in the sentence: it goes on about the organisation the article is about
        main = back_org(doc, s.index) if _BACK.search(s.text) else topic_org(doc, s.index + 1)
    return main


def _company_subject(doc: Doc, s: Sentence) -> str | None:
    """"The company listed $2 billion of debts in its filing at the court": the organisation a subject that
    opens the sentence refers back to owns its figures before any name after them."""
    return back_org(doc, s.index) if _COMPANY_SUBJECT.match(s.text) else None


def _person_before(doc: Doc, i: int) -> str | None:
    """The person the sentence before names last (or the one before it, if it names none)."""
    for sm in reversed(doc.sm[max(0, i - 2):i]):
        people = [c for _a, _b, c, k in sm if k == "person"]
        if people:
            return people[-1]
    return None


def _inside(x: int, spans: list[Span]) -> bool:
    return any(a <= x < b for a, b in spans)


# ----------------------------------------------------------------------------- actors


def _actors(doc: Doc, s: Sentence, trigger: tuple[str, int, int], blocked: list[Span], last_person: str | None) -> list[str]:
    """Names an event is about, its main actor (the subject of the trigger's clause) first."""
    etype, ta, _tb = trigger
    told_by = Q.attribution_span(s.text)
    if told_by and told_by[0] <= ta < told_by[1]:
        told_by = None
    acts = [(x, c, k) for x, _y, c, k in s.mentions if k in _ACTOR_KINDS and not _inside(x, blocked)
            and not (told_by and told_by[0] <= x < told_by[1])]
    names = _with_main(s.text, ta, acts, etype in ("hiring", "departure"))
    if (antecedent := _relative_antecedent(s, ta)) is not None:
        names = [antecedent] + [n for n in names if n != antecedent]
    kinds = {c: k for _x, c, k in acts}
    if etype in ("hiring", "departure") and last_person:
        names = _with_person_referred(s.text, ta, names, kinds, last_person)
    return _with_back_reference(doc, s, ta, acts, names, kinds)


def _doers(s: Sentence, blocked: list[Span], kinds: tuple[str, ...] = ("org", "person")) -> list[str]:
    """The people and organisations (or names of other ``kinds``) a sentence names, less those only quoted and those
    whose account it gives ("Menurut Budi, perusahaan menunda pembayaran kepada pemasok": the company put off paying,
    Budi told of it)."""
    told_by = Q.attribution_span(s.text) or (0, 0)
    return [c for x, _y, c, k in s.mentions if k in kinds and not _inside(x, blocked)
            and not told_by[0] <= x < told_by[1]]


def _places(s: Sentence, blocked: list[Span], trigger_at: int | None = None) -> list[str]:
    """The places a sentence naming no one names ("An earthquake struck Sendangsari on Monday", "Sri Lanka defaulted
    on its debt"): what befell them, or what a country did, is a happening of theirs; not where companies at large did
    something ("several startups in Jakarta laid off staff")."""
    if trigger_at is not None and _COMPANIES_AT_LARGE.search(s.text[:trigger_at]):
        return []
    return _doers(s, blocked, ("place",))


def _relative_antecedent(s: Sentence, ta: int) -> str | None:
    """The name a relative clause holding the trigger is about: "..., Mira Murati, who was named interim CEO"
    tells what befell Murati, whoever leads the sentence."""
    clause = _RELATIVE.search(s.text, 0, ta)
    if clause is None:
        return None
    return next((c for _x, y, c, k in reversed(s.mentions) if k in _ACTOR_KINDS and y <= clause.start()
                 and not s.text[y:clause.start()].strip()), None)


def _with_person_referred(text: str, ta: int, names: list[str], kinds: dict[str, str], last_person: str) -> list[str]:
    """A change of post told of "he" / "she" / "-nya": the person named last before. As the trigger's subject
    ("She replaces X") that person leads; X is the one replaced."""
    if _PRONOUN_SUBJECT.search(text[:ta]):
        return [last_person] + [n for n in names if n != last_person]
    if not any(kinds.get(n) == "person" for n in names) and (Q.PRONOUN.search(text) or re.search(r"\w+nya\b", text)):
        return names + [last_person]
    return names


_INAUGURATED = re.compile(r"inaugurated", re.I)
_SUSPENDED = re.compile(r"suspended|dinonaktifkan|diskors", re.I)
# a person named right before a passive verb: "Wiranata has been suspended", "Budi dinonaktifkan"
_PASSIVE_AFTER_NAME = re.compile(r"^\s*(?:(?:has|have|had|was|were|is|are)\s+)?(?:been\s+)?(?:(?:juga|telah|sudah|resmi)\s+)*$", re.I)


def _retyped(s: Sentence, etype: str, ta: int, tb: int) -> str:
    """The kind a trigger's words tell once what they befall is read."""
    if etype == "ban" and _said_of_a_person(s, ta, tb, _SUSPENDED):
        return "departure"  # "Rina has been suspended": a person suspended from a post, no ban
    if etype == "opening" and _said_of_a_person(s, ta, tb, _INAUGURATED):
        return "hiring"  # "Rina was inaugurated at the palace": sworn in to a post, no building opened
    if etype == "launch" and _launches_a_company(s, tb):
        return "founding"  # "after launching Binance in 2017": the company began, no product came out
    return etype


def _said_of_a_person(s: Sentence, ta: int, tb: int, verb: re.Pattern[str]) -> bool:
    """The trigger is a passive ``verb`` ("suspended", "inaugurated") whose subject, named just before it, is a person."""
    if not verb.fullmatch(s.text[ta:tb]):
        return False
    before = [(y, k) for _x, y, _c, k in s.mentions if y <= ta]
    return bool(before) and before[-1][1] == "person" and _PASSIVE_AFTER_NAME.match(s.text[before[-1][0]:ta]) is not None
# the trigger's subject is a person named by a pronoun: "She replaces ...", "Ia kemudian ditunjuk ..."
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:and|dan)\s+)(?:he|she|ia|dia|beliau)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# a concession or what someone believes: the act is background to the sentence's point, not news
_SUBORDINATE = re.compile(r"\b(?:meskipun|walaupun|walau|kendati|although|though|despite|bahwa|that|believe|percaya)\b", re.I)
_COMPANY_SUBJECT = re.compile(r"^\W*(?:perusahaan|perseroan|manajemen|the\s+company|the\s+firm|it)\b", re.I)
# what was said is a thing done: "(said on Monday) it had halted deliveries", "(menyatakan) telah menghentikan"
_DONE_TOLD = re.compile(r"\b(?:had|has|have)\s+(?:already\s+|also\s+|now\s+)?(?!been\b)(?:[a-z]+ed|"
                        + "|".join(sorted(EN_PARTICIPLES)) + r")\b|\b(?:telah|sudah)\s+(?:me|di)[a-z]{3,}", re.I)
# the article's company named back anywhere in a sentence naming no one ("The agency renewed the company's quota")
_COMPANY_NAMED_BACK = re.compile(r"\b(?:the\s+(?:company|firm)(?:['’]s)?|perusahaan\s+(?:itu|tersebut)|perseroan)\b", re.I)
_OPENS_WITH_PERSON = re.compile(r"^\W*(?:he|she|ia|dia|beliau)\b", re.I)
_RELATIVE_SUBJECT = Opened(re.compile(r"(?:,\s*)?\b(?:yang|who|which)\s+(?:(?:had|has|have|was|is|telah|sudah|baru|juga|pun)\s+)*$", re.I))


def _with_main(text: str, ta: int, acts: list[tuple[int, str, str]], post_change: bool = False) -> list[str]:
    """The actors' names, the one who did it first (of a change of post, the one a verb of saying names after it)."""
    before = [t for t in acts if t[0] < ta]
    main = _main_actor(text, ta, [t for t in before if not _relative_only(text, t[0])] or before, post_change)
    return list(dict.fromkeys(([main] if main else []) + [c for _x, c, _k in acts if c != main]))


# what opens a clause of its own inside a sentence: its subject is named after it ("X succeeded Y as CEO after Y
# agreed to step down": Y stepped down)
_SUBORDINATING = "after|before|when|while|because|until|setelah|sesudah|sebelum|ketika|karena|usai|seusai"
_SUBORDINATOR = re.compile(rf"\b(?:{_SUBORDINATING})\b", re.I)
# ... and for a change of post, so does what someone says ("X menyebut Maria mundur": Maria left; a court that "menyatakan
# X bersalah" is the one that ruled)
_SAID_OPENER = re.compile(rf"\b(?:{_SUBORDINATING}|bahwa|membenarkan|{SAY_ID}|{SAY_EN})\b", re.I)


# a name that only says whose relative the next name is: "Grab's rival GoTo", "induk usaha Tokopedia, GoTo,"
_RELATION = r"(?:rival|competitor|parent|subsidiary|unit|owner|partner|client|investor|backer)"
_RELATION_AFTER = re.compile(rf"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,4}}['’]s?\s+(?:\w+\s+)?{_RELATION}\s+(?-i:[A-Z])", re.I)
# (Indonesian puts the relative after the noun: "pesaing Grab" is Grab's rival; English "rival GoTo" is GoTo)
_RELATION_BEFORE = re.compile(r"\b(?:induk(?:\s+usaha|\s+perusahaan)?|anak\s+(?:usaha|perusahaan)|pesaing|pemilik|"
                              r"mitra|klien)\s+$", re.I)


def _relative_only(text: str, x: int) -> bool:
    return bool(_RELATION_AFTER.match(text, x) or _RELATION_BEFORE.search(text[max(0, x - 30):x]))


def _main_actor(text: str, ta: int, before: list[tuple[int, str, str]], post_change: bool = False) -> str | None:
    if not before:
        return None
    if _RELATIVE_SUBJECT.search(text[:ta]):
        # "... menggantikan Rendra Aditama yang mengundurkan diri", "... Rendra, who resigned": the name
        # the relative clause opens on did it
        return before[-1][1]
    cut = max(text.rfind(",", 0, ta), text.rfind(";", 0, ta))
    in_clause = _in_clause(text, ta, cut, before, post_change)
    if in_clause:
        return in_clause[0][1]
    if 0 <= before[0][0] < text.find(",") and not text[cut + 1:ta].strip():
        # "Quillpath, the startup backed by Sequoia, launched ...", "... sebelum Meta, pesaingnya,
        # mengambil 49% saham": the name the apposition describes
        opening = max(text.rfind(",", 0, cut), text.rfind(";", 0, cut))
        described = [t for t in before if t[0] < opening]
        return (described[-1] if described else before[0])[1]
    return before[-1][1]


def _in_clause(text: str, ta: int, cut: int, before: list[tuple[int, str, str]], post_change: bool) -> list[tuple[int, str, str]]:
    """The names of the trigger's own clause: after the last word that opens one (``_SUBORDINATOR``, or for a change of
    post ``_SAID_OPENER``) between the clause's comma (``cut``) and the trigger, else after that comma."""
    opener = max((m.end() for m in (_SAID_OPENER if post_change else _SUBORDINATOR).finditer(text, cut + 1, ta)), default=cut)
    return [t for t in before if t[0] > opener] or [t for t in before if t[0] > cut]


def _with_back_reference(doc: Doc, s: Sentence, ta: int, acts: list[tuple[int, str, str]], names: list[str],
                         kinds: dict[str, str]) -> list[str]:
    """"The company laid off ...": the organisation it refers to leads (or joins when none is named); "the
    ministry opened ..." / "kementerian itu ...": the public body named last before leads."""
    body = _public_body_referred(doc, s, ta, acts)
    if body:
        return [body] + [n for n in names if n != body]
    bm = _BACK.search(s.text[:ta])
    if bm and not any(x < bm.start() and k == "org" for x, _c, k in acts):
        return _back_org_leads(doc, s, names)
    if not any(kinds.get(n) == "org" for n in names) and _BACK.search(s.text):
        return _topic_org_joins(doc, s, names)
    if _BACK_OBJECT.search(s.text[ta:]) and not bm:
        # "X memerintahkan penghentian ... smelter tersebut": the company referred to is a party too
        return _object_org_joins(doc, s, names)
    return names


def _public_body_referred(doc: Doc, s: Sentence, ta: int, acts: list[tuple[int, str, str]]) -> str | None:
    """"The ministry" / "kementerian itu" before the trigger, no organisation named there: the public body
    named last before."""
    back = _PUBLIC_BACK.search(s.text[:ta])
    if not back or any(x < ta and k == "org" for x, _c, k in acts):
        return None
    return last_public_body(doc, s.index, back.group("noun") or back.group("kata"))


def _back_org_leads(doc: Doc, s: Sentence, names: list[str]) -> list[str]:
    """A subject referred back to ("the company"), with no organisation named before it: the organisation
    it refers to leads."""
    target = back_org(doc, s.index)
    if target and target not in names[:1]:
        return [target] + [n for n in names if n != target]
    return names


def _topic_org_joins(doc: Doc, s: Sentence, names: list[str]) -> list[str]:
    """No organisation among the actors but one referred back to: the article's topic organisation joins,
    unless the sentence names an organisation of its own."""
    target = topic_org(doc, s.index) if not any(k == "org" for *_r, k in s.mentions) else None
    if target:
        return names + [target]
    return names


def _object_org_joins(doc: Doc, s: Sentence, names: list[str]) -> list[str]:
    target = topic_org(doc, s.index)
    if target and target not in names:
        return names + [target]
    return names


# ----------------------------------------------------------------------------- triggers and their dates


# "was detained and will appear in court on Tuesday": a clause joined on that speaks of the future takes
# the date after it; the act before it keeps none of it
_FUTURE_JOINED = re.compile(r"\b(?:and|but|dan|namun|tetapi|serta)\s+(?:\w+\s+){0,2}?(?:will|would|is\s+(?:expected|due|"
                            r"scheduled)\s+to|are\s+(?:expected|due|scheduled)\s+to|akan|bakal|dijadwalkan|plans?\s+to|intends?\s+to|"
                            r"berencana|berniat)\b", re.I)


def _own_dates(s: Sentence, triggers: list[tuple[str, int, int]]) -> tuple[dict[int, list], list]:
    """Each date goes to the nearest trigger before it, unless a future clause stands between them;
    dates before every trigger lead the sentence."""
    passing, own = _dates_in_passing(s, triggers)
    lead: list[tuple[int, int, DateValue]] = []
    clauses = [a.clause for a in s.anchors if a.kind in ("after", "tenure", "before") or _since_clause(s.text, a)]
    asides = [m.span() for m in _SET_OFF.finditer(s.text)]
    for d in s.dates:
        if _year_of_an_untold_clause(d, clauses, triggers) or d in passing:
            continue
        # a trigger inside a clause set off by commas owns no date after the clause closes
        prior = [j for j, t in enumerate(triggers) if t[1] < d[0] and not _closed_before(asides, t[1], d[0])]
        if not prior:
            if not _since_in_aside(s.text, asides, d[0]):
                lead.append(d)
        elif not _FUTURE_JOINED.search(s.text[triggers[prior[-1]][2]:d[0]]) \
                and not _OWN_SUBJECT_CLAUSE.search(s.text, triggers[prior[-1]][2], d[0]):
            own.setdefault(prior[-1], []).append(d)
    return own, lead


def _since_in_aside(text: str, asides: list[Span], at: int) -> bool:
    """The date at ``at`` counts a span from when, in a clause set off by commas ("X, yang memimpin yayasan sejak
    kampus berdiri pada 2004, mengundurkan diri", "Y, who had run the unit since 2019, resigned"): it dates a tenure
    the clause describes, not what the sentence tells."""
    return any(a <= at < b and _SINCE_WORD.search(text, a, at) for a, b in asides)


def _dates_in_passing(s: Sentence, triggers: list[tuple[str, int, int]]
                      ) -> tuple[list[tuple[int, int, DateValue]], dict[int, list[tuple[int, int, DateValue]]]]:
    """(the dates naming a happening told before, each trigger's own dates among them). Such a date yields where the
    sentence gives another ("korban tewas ledakan 14 September itu bertambah ... pada 19 September"): it dates only
    the trigger that names the happening, written just before it. Alone, it dates what the sentence tells of it, and
    is none of these."""
    naming = [d for d in s.dates if _names_a_happening(s.text, d)]
    if len(naming) == len(s.dates):
        return [], {}
    own: dict[int, list[tuple[int, int, DateValue]]] = {}
    for d in naming:
        for j in [j for j, t in enumerate(triggers) if 0 <= d[0] - t[2] <= 6][:1]:  # "ledakan| 14 September"
            own.setdefault(j, []).append(d)
    return naming, own


def _names_a_happening(text: str, d: tuple[int, int, DateValue]) -> bool:
    """"ledakan 14 September itu": the date is part of a name for a happening told before."""
    if _THE_BEFORE.search(text, max(0, d[0] - 6), d[0]) and _EN_HAPPENING_AFTER.match(text, d[1]):
        return True  # "ahead of the April 15 election", "since the Oct. 18 fire"
    if _OWNER_BEFORE.search(text, max(0, d[0] - 40), d[0]) and _NOUN_AFTER.match(text, d[1]):
        return True  # "to overturn the regulator's April 7 refusal": a possessive's date names a thing, not a verb's day
    return bool(_HAPPENING_BEFORE.search(text, max(0, d[0] - 30), d[0]) and _BACK_AFTER.match(text, d[1]))


_HAPPENINGS = r"ledakan|kebakaran|kecelakaan|banjir|longsor|gempa|tragedi|insiden|kerusuhan|serangan|penggerebekan"
_HAPPENING_BEFORE = re.compile(rf"\b(?:{_HAPPENINGS})\s+(?:pada\s+)?$", re.I)
_BACK_AFTER = re.compile(r"\s+(?:itu|tersebut)\b", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.I)
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her)|[^\W\d_]'s|[^\W\d_]s')\s+$", re.I)
# a word of the noun the date qualifies: not one that goes on with the clause ("the company's May 4 filing" / "Kopitara's
# shares fell on May 4 and rose ...": there no possessive stands right before the date)
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|on|at|to|and|or|but|was|were|is|are|has|had|have|will|would|for|by|with|from|that|"
                         r"which|when|as)\b)(?-i:[a-z])[a-z-]{2,}\b", re.I)
_EN_HAPPENING_AFTER = re.compile(r"\s+(?:elections?|vote|polls?|referendum|blast|fire|explosion|crash|quake|earthquake|flood|"
                                 r"floods|landslide|attack|raid|shooting|stampede|collapse|accident|incident|riot|protest|"
                                 r"rally|strike|outage|hearing|ruling|verdict|meeting|summit|decree|decision|letter|order|regulation|deadline|"
                                 r"memo|notice|warning|filing|audit|report|statement|agreement|deal|announcement)\b", re.I)


def _since_clause(text: str, anchor: Anchor) -> bool:
    """"for the first time since it gained independence in 1948": a "since" that opens a clause of its own (a subject
    and a verb before any date), not one that gives the day a state began ("held since March 3", "sejak 2024")."""
    words = _WORDS_BEFORE_A_DATE.match(text, anchor.clause[0])
    return anchor.kind == "since" and words is not None and len(words.group().split()) >= 3


_WORDS_BEFORE_A_DATE = re.compile(r"(?:(?!\d|in\s+\d|pada\s)[^,;])*")


def _year_of_an_untold_clause(d: tuple[int, int, DateValue], clauses: list[Span], triggers: list[tuple[str, int, int]]
                              ) -> bool:
    """"cut jobs after taking over the bank last year": the year is the takeover's, which no trigger tells."""
    clause = next(((a, b) for a, b in clauses if a <= d[0] < b), None)
    return clause is not None and d[2].precision == "year" and not any(clause[0] <= t[1] < clause[1] for t in triggers)


def _closed_before(asides: list[Span], at: int, date_at: int) -> bool:
    return any(a <= at < b <= date_at for a, b in asides)


def _shared_next(s: Sentence, triggers: list[tuple[str, int, int]], own: dict[int, list]) -> dict[int, DateValue]:
    """A trigger with no date of its own shares the next one's in the same clause
    ("raised $400M at a $2.8 billion valuation two months ago"), but not one a relative clause between them opens:
    the date is what the clause tells ("named a suspect in the crash that killed 11 on Saturday")."""
    out: dict[int, DateValue] = {}
    for ti in range(len(triggers) - 1):
        if not own.get(ti) and own.get(ti + 1):
            gap = re.sub(r"\d[.,]\d", "0", s.text[triggers[ti][2]:triggers[ti + 1][1]])
            described = _RELATIVE_OPENER.search(s.text, triggers[ti][2], min(d[0] for d in own[ti + 1]))
            if not re.search(r"[,;]", gap) and not _NOT_JOIN.search(gap) and not _JOIN.search(gap) and not described:
                date = _nearest_date(own[ti + 1], triggers[ti + 1][1], triggers[ti + 1][2])
                if date is not None:
                    out[ti] = date
    return out


# "Pengadilan memenangkan X pada Maret, tetapi jaksa mengajukan kasasi": a date before a contrasting clause dates
# what was told before it; so does one before a clause of what holds now ("..., dan kini keduanya ditahan")
_CONTRAST = re.compile(r"[,;]\s*(?:tetapi|tapi|namun|sedangkan|padahal|but|whereas|yet|(?:(?:dan|and)\s+)?(?:kini|sekarang|now))\b", re.I)


def _quoted_date(s: Sentence, ta: int, tb: int) -> DateValue | None:
    """A happening told inside a quote takes a date the quote itself writes out: a date outside it dates the
    saying ("\"... pada 3 Maret Budi telah mengundurkan diri,\" demikian keterangan X, Kamis (5/3)"). Words
    for a day in it ("hari ini", "yesterday") count from the saying, which the attribution dates."""
    quote = next(((a, b) for a, b in s.quotes if a <= ta < b), None)
    if quote is None:
        return None
    written = [d for d in s.dates if quote[0] <= d[0] < quote[1] and any(ch.isdigit() for ch in d[2].text)]
    return _nearest_date(written, ta, tb)


def _stated_dates(s: Sentence, triggers: list[tuple[str, int, int]]) -> list[DateValue | None]:
    """Each trigger's date: its own (after it), the next trigger's, or one leading the sentence. A date after the
    trigger inside a relative clause opened after it yields to one leading the sentence: it dates what the clause
    tells ("On May 2 police charged the driver of the truck that overturned in April": May 2)."""
    own, lead = _own_dates(s, triggers)
    nxt = _shared_next(s, triggers, own)
    got: list[DateValue | None] = []
    for ti, (_t, ta, tb) in enumerate(triggers):
        led = _leading(s, lead, ta)
        date = _quoted_date(s, ta, tb) or _just_before(s.text, s.dates, ta) or _own_date(s, own.get(ti, []), ta, tb, led) \
            or nxt.get(ti) or _nearest_date(led, ta, tb)
        clause_end = triggers[ti + 1][1] if ti + 1 < len(triggers) else len(s.text)
        if date is None and ti and got[ti - 1] is not None and not _counted_later(s, tb, clause_end):
            gap = s.text[triggers[ti - 1][2]:ta]
            if _JOIN.search(gap) and not _NOT_JOIN.search(gap):
                date = got[ti - 1]
        got.append(date)
    return _counted_from_before(s, triggers, got)


def _leading(s: Sentence, lead: list[tuple[int, int, DateValue]], ta: int) -> list[tuple[int, int, DateValue]]:
    """The dates leading the sentence that may date the trigger at ``ta``: not one before a contrasting clause, nor one
    the trigger is counted on from."""
    return [d for d in lead if not _CONTRAST.search(s.text, d[1], ta) and not _counted_on_from(s, d, ta)
            and not _counted_after_the_verb(s, d, ta)]


def _counted_after_the_verb(s: Sentence, d: tuple[int, int, DateValue], ta: int) -> bool:
    """"Kopitara paid on April 15, and the agency unfroze its accounts the following day": a count of days on closes
    the verb's own clause, so the verb is counted from the date told before it, not dated by it."""
    end = _CLAUSE_STOP.search(s.text, ta)
    stop = end.start() if end else len(s.text)
    return any(a.kind == "later" and a.days > 0 and d[1] <= ta < a.start < stop for a in s.anchors)


_CLAUSE_STOP = re.compile(r"[,;:]|\s(?:and|dan|but|tetapi)\s")


def _counted_on_from(s: Sentence, d: tuple[int, int, DateValue], ta: int) -> bool:
    """"Exports were halted on Nov. 3, and two days later the minister resigned": a count of days or months on stands
    between the date and the verb, so the verb is counted from the date (``_date_from_anchor``), not dated by it (a
    count back is more often a comparison: "a loss, against a profit a year earlier")."""
    return any(a.kind == "later" and (a.days > 0 or a.months > 0) and d[1] <= a.start < ta for a in s.anchors)


def _just_before(text: str, dates: list[tuple[int, int, DateValue]], ta: int) -> DateValue | None:
    """"Prosecutors on Tuesday named X ... , the case behind a strike in May", "RUPSLB pada 19 Juni lalu resmi
    memberhentikan X": a date standing right before the verb dates it, whatever dates the words after it hold; not
    one closing a relative clause ("X, yang didiskualifikasi pada 11 Mei mengadukan ... pada Selasa")."""
    if _SUBORDINATOR.match(text, ta):
        return None  # the trigger opens a clause of its own ("on Monday after questioning him last Wednesday")
    return next((d[2] for d in dates if d[1] <= ta and _BEFORE_THE_VERB.fullmatch(text, d[1], ta)
                 and not _RELATIVE_OPENER.search(text, max(text.rfind(",", 0, d[0]), 0), d[0])), None)


_BEFORE_THE_VERB = re.compile(r"\)?\s+(?:lalu\s+)?(?:(?-i:[a-z])[\w-]*ly\s+|(?:telah|sudah|resmi)\s+)?", re.I)


def _counted_from_before(s: Sentence, triggers: list[tuple[str, int, int]], got: list[DateValue | None]
                         ) -> list[DateValue | None]:
    """When the main clause counts from a day told before and every date stands in the closing attribution ("sent a
    letter the following day, Hendro told reporters after Monday's hearing"), its triggers are dated by the count."""
    if not _main_clause_anchored(s):
        return got
    return [d if _in_saying_tail(s.text, ta) else None for (_t, ta, _tb), d in zip(triggers, got, strict=True)]


def _own_date(s: Sentence, own: list[tuple[int, int, DateValue]], ta: int, tb: int, led: list) -> DateValue | None:
    """The nearest date after the trigger, leaving out one inside a relative or subordinate clause opened after it
    when a date leads the sentence ("in April suspended the approval while it reviews tests submitted in 2025"), and
    one after a clause telling a disaster's dead ("the stampede that claimed 130 lives on 1 October"): that dates the
    disaster, which the clause names in passing."""
    mine = [d for d in own if not (led and (_RELATIVE_OPENER.search(s.text, tb, d[0]) or _SUBORDINATOR.search(s.text, tb, d[0])))
            and not _toll_of_another(s.text, tb, d[0])
            and not _PLAN_OF_ANOTHER.search(s.text, tb, d[0]) and not (led and _FISCAL_PERIOD.search(d[2].text or ""))]
    return _nearest_date(mine, ta, tb)


# the period a company's figures cover ("melaporkan penurunan laba pada kuartal ketiga", "a loss in the first half"):
# when a date leads the sentence ("Pada bulan Oktober, X melaporkan ..."), that one dates the telling
_FISCAL_PERIOD = re.compile(r"\b(?:kuartal|triwulan|semester|quarter|half|Q[1-4])\b", re.I)


def _toll_of_another(text: str, tb: int, at: int) -> bool:
    """A clause counting a disaster's dead stands between the trigger and a date, set apart from the trigger (the
    trigger's own toll, "kecelakaan maut yang menewaskan", keeps the date)."""
    toll = _TOLL_CLAUSE.search(text, tb, at)
    return toll is not None and len(text[tb:toll.start()].split()) > 2


def _counted_later(s: Sentence, start: int, end: int) -> bool:
    """A phrase counting a span after the date before stands in ``start``-``end`` ("... on May 4 and lifted its
    freeze two days later"): the act it follows is dated by it, not by the date joined before."""
    return any(a.kind == "later" and (a.days or a.months) and start <= a.start < end for a in s.anchors)


def _compare(date: DateValue, pub: Pub) -> int:
    """-1, 0 or 1: the date is before, within or after the report's period, at the coarser precision."""
    a: tuple[int, ...] = (date.year,)
    b: tuple[int, ...] = (pub.year,)
    if date.month and pub.month and date.precision in ("month", "day", "season"):
        a, b = (date.year, date.month), (pub.year, pub.month)
        if date.day and pub.day and date.precision == "day":
            a, b = a + (date.day,), b + (pub.day,)
    return (a > b) - (a < b)


def _launches_a_company(s: Sentence, tb: int) -> bool:
    """What the launch word acts on, named right after it, is an organisation."""
    return any(k == "org" and not s.text[tb:x].strip() for x, _y, _c, k in s.mentions if x >= tb)


def _inside_a_name(s: Sentence, trigger: tuple[str, int, int]) -> bool:
    """The trigger's words are part of a longer name ("Saratoga Investment Summit", "Merger Review Board"): no
    happening is told by them."""
    _t, ta, tb = trigger
    return any(x <= ta and tb <= y and y - x > tb - ta for x, y, _c, k in s.mentions if k in ("org", "product", "media"))


def _outside_posts(text: str, triggers: list[tuple[str, int, int]], posts: list[Span]) -> list[tuple[str, int, int]]:
    """A capitalised word of a post's name (``posts``: the sentence's job titles) tells no happening
    ("Direktur Penyidikan KPK", "Kepala Divisi Penindakan"): the post names what its holder's unit does."""
    return [t for t in triggers if not (text[t[1]].isupper() and any(x < t[1] < y for x, y in posts))]


def _main_and_described(text: str, triggers: list[tuple[str, int, int]], dates: list[tuple[int, int, DateValue]]
                        ) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Split off triggers that only describe someone named earlier in the sentence ("keluarga pekerja
    yang tewas dalam ledakan", "workers, who were killed in the blast"): references, not happenings. A
    clause set off by commas ("Malaysia, which recalled 9,600 cans, said on Tuesday ...") describes even
    when the sentence tells nothing else, unless it carries a date of its own."""
    main: list[tuple[str, int, int]] = []
    described: list[tuple[str, int, int]] = []
    for t in triggers:
        before = text[max(0, t[1] - 20):t[1]]
        relative = _YANG.search(before) or _DESCRIBED.search(text[max(0, t[1] - 40):t[1]])
        if relative is not None and _SAID_THAT.search(text, max(0, t[1] - 100), t[1]):
            relative = None  # "said on Sept. 21 that he was resigning": what was said, no relative clause
        own_date = relative is not None and _dated_clause(text, relative, t, [d[0] for d in dates])
        (described if relative and main and not own_date or _aside(text, t[1], [d[0] for d in dates]) else main).append(t)
    return main, described


# a verb telling something done: English in the past, Indonesian in its active or passive form ("menjual", "dijual",
# "berhasil"), not a word that only opens like one ("direktur", "dinas")
_DONE_VERB = r"(?:[a-z]+ed|won|sold|bought|set|cut|paid|sent|made|took|began|lost|went|spent|(?:me|ber|di(?!rektur|nas|visi|rut))[a-z]{3,})"
# the verb of a clause told as done ("telah membayarkan", "had repaid"): ``_done_by_a_past_day``
_TOLD_DONE = re.compile(rf"\b(?:telah|sudah|had|has|have)\s+{_DONE_VERB}\b", re.I)
# a clause joined on that tells an act of its own: "and won", "dan menunjuk"
_JOINED_ACT = re.compile(rf"\b(?:and|dan|serta)\s+(?:then\s+|later\s+|kemudian\s+|lalu\s+)?{_DONE_VERB}\b")
# a clause of its own after a comma ("reported to police on Jan. 19, and the case was taken over on Jan. 27")
_COMMA_JOINED = re.compile(r",\s*(?:and|dan|lalu|kemudian|then)\s+(?!(?:on|pada|in|di)\b)", re.I)
_RELATIVE_OPENER = re.compile(r"\b(?:yang|that|which|who)\b", re.I)
# a relative clause counting a disaster's dead or hurt: "that killed", "that claimed", "yang menewaskan"
# what the trigger's object was due to be, and when ("membatalkan festival yang sedianya digelar pada 19-21 Juni",
# "cancelled the concert, which had been scheduled for June 19"): the date is the plan's, not the trigger's
_PLAN_OF_ANOTHER = re.compile(r"\b(?:sedianya|semula|rencananya|mestinya|seharusnya|originally|initially)\b|"
                              r"\b(?:which|that)\s+(?:had\s+been|was|were)\s+(?:scheduled|planned|set|slated|due)\b", re.I)
_TOLL_CLAUSE = re.compile(r"\b(?:that|which|yang)\s+(?:killed|claimed|left\s+\d|injured|menewaskan|merenggut|menelan|"
                          r"mengakibatkan\s+\d)", re.I)
# a relative clause set off by commas: ", which brokered a deal in March," / ", yang diteken pada 2024,", or one inside
# an appositive (", the lender whose founders fled in April,"); a happening told as what came before, with a clause
# of its own, up to the sentence's end too (", after an outbreak that has killed 12 children since late July.",
# ", setelah wabah yang menewaskan 12 anak sejak Juli.")
_SET_OFF = re.compile(r",\s*(?:(?:the|a|an)\s+[^,;]*?\b(?:that)\b|(?:(?:the|a|an)\s+[^,;]*?)?\b(?:which|who|whose|yang)\b)[^,;]*,|"
                      r",\s*(?:after|following|amid|setelah|usai|menyusul)\s+(?:(?:the|a|an)\s+)?[^,;]*?\b(?:that|which|yang)\b"
                      r"[^,;]*(?:,|[.!?\"”]*\s*$)", re.I)


def _only_said(text: str, first: tuple[int, int, DateValue]) -> bool:
    """The sentence's first date dates a saying, and it tells nothing done: what someone said is a quote, not a
    happening, unless it tells what was done ("said on Monday it had halted ...")."""
    return _said_then(text, first[0]) and not _DONE_TOLD.search(text, first[1]) and not _done_before_saying(text, first[0]) \
        and not _MEANWHILE_DONE.search(text, first[1])


# what happened while the words were said: "X said on Thursday, as protesters stormed the gates" (that day too)
_MEANWHILE_DONE = re.compile(r",\s+(?:as|while)\s+(?:[\w'’-]+\s+){0,5}?(?:(?!said\b)[a-z]+ed|"
                             + "|".join(sorted(EN_PARTICIPLES)) + r"|took|gave|made|broke|ran|fought|threw|tore|stormed)\b")


def _main_clause_date(s: Sentence, triggers: list[tuple[str, int, int]], blocked: list[Span]) -> DateValue | None:
    """The date of the main clause when every trigger stands in a clause set off by commas (``_SET_OFF``) that has a
    date of its own, and the main clause another, not that of a saying."""
    asides = [m.span() for m in _SET_OFF.finditer(s.text)]
    if not asides or not all(_inside(ta, asides) for _t, ta, _tb in triggers):
        return None
    dates = _happening_dates(s, blocked)
    inside = [d for d in s.dates if _inside(d[0], asides)]
    outside = next((d for d in dates if not _inside(d[0], asides)), None)
    if not inside or outside is None or outside[2] == inside[0][2] or _only_said(s.text, outside):
        return None
    return outside[2]


def _clause_dates(text: str, dates: list[tuple[int, int, DateValue]]) -> list[DateValue]:
    """The sentence's first date, and when that one stands in a relative clause set off by commas, the first date
    outside it too: the clause tells a happening of its own ("The ministry, which brokered a deal in March, issued a
    rule on May 20": March and May 20)."""
    asides = [m.span() for m in _SET_OFF.finditer(text)]
    first = dates[0]
    if not any(a <= first[0] < b for a, b in asides):
        return [first[2]]
    outside = next((d for d in dates if not any(a <= d[0] < b for a, b in asides)), None)
    return [first[2]] + ([outside[2]] if outside is not None and outside[2] != first[2] else [])


def _joins_a_clause(text: str, a: int, b: int) -> bool:
    """Between ``a`` and ``b`` a clause of its own is joined on, by "and" and a verb or by a comma and "and"."""
    return bool(_JOINED_ACT.search(text, a, b) or _COMMA_JOINED.search(text, a, b) or _FOLLOWED_BY.search(text, a, b))


# a later act told as what followed ("a first notice on 12 May, followed by a second on 20 June", "yang disusul dengan
# teguran kedua ... tanggal 20 Juni")
_FOLLOWED_BY = re.compile(r"\b(?:(?:di|ter)?susul|diikuti|followed)\s+(?:dengan|oleh|by)\b", re.I)


def _joined_dates(text: str, dates: list[tuple[int, int, DateValue]]) -> list[DateValue]:
    """Later dates each in a clause joined on by "and" / "dan" and a verb ("started building the fence on Aug. 3
    and finished the first stretch on Monday"): each such clause tells a happening of its own."""
    out: list[DateValue] = []
    for (_a, prev_end, _p), later in pairwise(dates):
        if _joins_a_clause(text, prev_end, later[0]) and not _only_said(text, later) \
                and all(later[2] != d for d in [dates[0][2], *out]):
            out.append(later[2])
    return out


def _dated_clause(text: str, relative: re.Match[str], trigger: tuple[str, int, int], date_starts: list[int]) -> bool:
    """A date stands in the relative clause that holds the trigger, from its "who" / "yang" on ("She replaces
    Tore, who stepped down in April"): the clause tells a dated happening of its own, not a description. A
    cause named after "over" / "atas" is no clause: a date after it is the sentence's."""
    _t, ta, tb = trigger
    opener = _RELATIVE_OPENER.search(relative.group(0))
    if opener is None:
        return False
    opened = ta - len(relative.string) + relative.start() + opener.start()
    _a, b = _clause_span(text, ta, tb)
    return any(opened <= d < b for d in date_starts)


_ASIDE_OPEN = re.compile(r",\s*(?:which|who)\s+(?:[\w'’-]+\s+){0,8}$", re.I)


def _aside(text: str, at: int, date_starts: list[int]) -> bool:
    """The trigger stands in a ", which ..." / ", who ..." clause that closes with a comma, and no date is in it."""
    opened = _ASIDE_OPEN.search(text[max(0, at - 80):at])
    end = text.find(",", at)
    if opened is None or end < 0:
        return False
    start = at - (len(opened.group(0)))
    return not any(start <= d < end for d in date_starts)


def _announced(s: Sentence, triggers: list[tuple[str, int, int]], dates: list[DateValue | None]
               ) -> tuple[list[tuple[str, int, int]], list[DateValue | None]]:
    """"X will invest $1.2 billion, the governor announced on Wednesday": what was announced is the
    event, dated by the announcement; the announcement itself adds nothing. Not a day counted on from the
    announcement's ("announced a ban on Nov. 3, and the next day that the minister had resigned")."""
    said = [d for (t, _a, _b), d in zip(triggers, dates, strict=True) if t == "announcement"]
    rest = [(t, d) for t, d in zip(triggers, dates, strict=True) if t[0] != "announcement"]
    if not said or not rest:
        return triggers, dates
    date = next((d for d in said if d is not None), None)
    return [t for t, _d in rest], [d or _lent(s, date, t[1]) for t, d in rest]


def _lent(s: Sentence, date: DateValue | None, ta: int) -> DateValue | None:
    """The announcement's date, lent to the trigger at ``ta`` unless the trigger is counted on from it."""
    told = next((x for x in s.dates if x[2] is date), None)
    return None if told and _counted_on_from(s, told, ta) else date


def _without_counted_accident(triggers: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A sentence that counts the dead ("two more died, bringing the toll to 18") tells the toll, not the
    accident again."""
    if any(t[0] == "toll" for t in triggers):
        return [t for t in triggers if t[0] != "accident"]
    return triggers


_LEGAL_STEPS = frozenset({"arrest", "charge", "indictment", "ruling"})


# the investigation named as a noun ("proses penyidikan", "the probe"), not an act of it ("questioned him")
_PROBE_NOUN = re.compile(r"(?:penyidikan|penyelidikan|investigasi|investigation|inquiry|probe)s?", re.I)


def _without_background_probe(text: str, triggers: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A sentence that tells a step of a case ("to speed up the investigation, the suspect was detained")
    tells that step; the investigation it names is its background, not another happening."""
    if any(t[0] in _LEGAL_STEPS for t in triggers):
        return [t for t in triggers if t[0] != "investigation" or not _PROBE_NOUN.fullmatch(text[t[1]:t[2]])]
    return triggers


def _after_report(date: DateValue, pub: Pub | None) -> bool:
    return pub is not None and _compare(date, pub) > 0


# a happening's noun, then that it happened ("kebakaran yang terjadi pada Sabtu", "the fire that broke out on Monday")
_TOLD_AS_HAPPENED = re.compile(r"\s+(?:yang|that|which)\s+(?:telah\s+|sudah\s+|had\s+)?(?:terjadi|melanda|menimpa|happened|"
                               r"occurred|broke\s+out|struck|hit)\b", re.I)


def _planned(date: DateValue, pub: Pub | None, clause: str) -> bool:
    """After the report, or not before it in a clause that speaks of the future ("akan ... tahun ini")."""
    if pub is None:
        return bool(_FUTURE_WORDS.search(clause))
    order = _compare(date, pub)
    return order > 0 or (order == 0 and bool(_FUTURE_WORDS.search(clause)))


def _clause_span(text: str, ta: int, tb: int) -> Span:
    """The trigger's clause: between commas or semicolons, and before a future clause joined on ("and will")."""
    left = max(text.rfind(",", 0, ta), text.rfind(";", 0, ta), text.rfind(":", 0, ta))
    joined = _FUTURE_JOINED.search(text, tb)
    right = min((x for x in (text.find(",", tb), text.find(";", tb), joined.start() if joined else -1) if x >= 0),
                default=len(text))
    return left + 1, right


def _clause_of(text: str, ta: int, tb: int) -> str:
    a, b = _clause_span(text, ta, tb)
    return text[a:b]


# after the verb, "tidak" before a word that is no verb negates the word, not the act ("diputus melakukan
# praktik usaha tidak sehat", "menyita dokumen yang tidak sah")
_NEGATED_WORD = re.compile(r"\b(?:tidak|tak)\s+(?!(?:me|di|ber|ter|per)\w|(?:ada|pernah|akan|bisa|dapat|mau|lagi|jadi|sempat|boleh)\b)\w+",
                           re.I)


# a relative clause after the verb describes its object ("mencabut izin edar 12 produk yang tidak memenuhi
# standar"), a clause of time, cause or concession tells another happening ("filed for bankruptcy after a merger
# did not materialise"): what they say is not said of the act
_OBJECT_CLAUSE = re.compile(r"\b(?:yang|which|who|whose|that|bahwa|after|before|since|because|setelah|sebelum|sejak|karena|usai|"
                            # a concession tells another matter ("resigned although the KPK had not charged him")
                            r"although|though|whereas|meskipun|walaupun|padahal)\b", re.I)


def _around_trigger(words: re.Pattern[str] | Opened, text: str, ta: int, tb: int) -> bool:
    """Whether the trigger's clause, the trigger itself aside, has one of ``words`` ("denied the
    allegations" is a denial that happened; "denied that it had laid off" is no layoff)."""
    a, b = _clause_span(text, ta, tb)
    after = _PAST_EXTENT.sub(" ", _OBJECT_CLAUSE.split(text[tb:b], maxsplit=1)[0])
    return bool(words.search(text[a:ta] + " " + _NEGATED_WORD.sub(" ", after)))


# after the happening's noun, "could have affected 143 million" weighs how far it reached, not whether it
# happened ("a data breach could have potentially affected ...")
_PAST_EXTENT = re.compile(r"\b(?:could|may|might)\s+have\s+(?:\w+ly\s+)?\w+ed\b", re.I)


# A change of post told in the future tense ("X will step down as CEO", "Y akan menggantikan Z"), or a cut of
# jobs ("X will cut 10% of its workforce"), is the news of a decision taken: it happened when it was announced.
# Only the plain future counts; a plan, a hope, a condition or a denial is no decision.
_DECIDED = {"hiring", "departure", "layoffs"}
_PLAIN_FUTURE = re.compile(r"\b(?:will|akan|bakal|is\s+set\s+to|is\s+to|are\s+to)\b|(?<=\w)['’]ll\b", re.I)


def _decision_told(etype: str, text: str, ta: int, tb: int) -> bool:
    """A change of post or a cut of jobs in the plain future tense, with nothing around it that says it may not happen."""
    if etype not in _DECIDED or not _around_trigger(_PLAIN_FUTURE, text, ta, tb):
        return False
    blanked = _PLAIN_FUTURE.sub(lambda m: " " * len(m.group(0)), text)
    return not _around_trigger(_NOT_HAPPENED, blanked, ta, tb)


def _undated_basis(doc: Doc, s: Sentence, etype: str, ta: int, tb: int) -> str | None:
    """How an undated trigger reaches the timeline: "reported" (at the report's date) when it is told
    as a happening, with its actor in its clause (or right after it) or a subject of any kind;
    "reference" when it only names an earlier happening (a relative clause, a clause that opens with
    the trigger noun: "Kepergian eksekutif, ..."); None when negated, planned or a state."""
    if etype in _UNDATABLE or doc.pub is None:
        return None
    if _around_trigger(_NOT_HAPPENED, s.text, ta, tb) and not _decision_told(etype, s.text, ta, tb):
        return None  # "akan", "tidak", "mempertimbangkan": no happening to date
    if (_RELATIVE.search(s.text[:ta]) or _YANG.search(s.text[max(0, ta - 20):ta])) and not _ONE_OF.search(s.text[:ta]):
        return "reference"
    left = ta - len(_clause_of(s.text, ta, ta)) - 1
    if any(k in _ACTOR_KINDS and (left <= x < ta or tb <= x < tb + _ACTOR_REACH) for x, _y, _c, k in s.mentions):
        return "reported"
    return "reported" if re.search(r"\w", s.text[max(left, 0):ta]) else "reference"


# a date that opens the sentence ("Pada 2023, X menyewa ...", "In 2019, X bought ..."): narrative, even a year's
_FRONTED = re.compile(r"\W*(?:(?:pada|in|di|during|selama)\s+)?(?:(?:tahun|the\s+year)\s+)?", re.I)


# how many sentences after an undated statement an attribution may give its day, and how many days before the
# report that day may be
_SPEAKING_DAY_REACH = 3
_SPEAKING_DAY_WITHIN = 7


# a meeting named back at the opening of a sentence ("RUPSLB itu", "Rapat tersebut", "The meeting")
_GATHERINGS = r"(?:rapat|RUPS(?:LB|T)?|sidang|pertemuan|musyawarah|konferensi\s+pers|meeting|hearing|session|conference|summit)"
_GATHERING_BACK = re.compile(rf"^\W*(?:(?P<id>{_GATHERINGS})\s+(?:itu|tersebut)|(?:The|That|This)\s+(?P<en>{_GATHERINGS}))\b", re.I)


# "Selain Budi, ...", "Besides Budi, ...": what follows was done to another as well as to the one named
_BESIDES = re.compile(r"^\W*(?:Selain|Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to)\s+(?P<who>[^,]{2,60}),", re.I)


# "sehari sebelumnya", "two days later": counted in days
# "that night", "malam itu" name a time of the day told before: counted from a day too
_IN_DAYS = re.compile(r"\b(?:se)?hari\b|\bdays?\b|\b(?:malam|sore|siang|pagi|night|evening|afternoon)\b", re.I)


# an active verb of dismissal: its subject dismissed someone and stays
_DISMISSES = re.compile(r"memecat|pecat|memberhentikan|mencopot|menonaktifkan|membebastugaskan|fired|sacked|dismissed|ousted|removed", re.I)


def _without_dismissing_people(s: Sentence, etype: str, ta: int, tb: int, names: list[str]) -> tuple[list[str], list[str]]:
    """(``names`` less the people named before an active verb of dismissal in its clause, those people): "Menteri
    X memecat direksi PT Y", "CEO Z fired three directors": they dismissed, they did not leave. Everyone stays
    when only people are named."""
    if etype != "departure" or not _DISMISSES.fullmatch(s.text[ta:tb]):
        return names, []
    left = ta - len(_clause_of(s.text, ta, ta))
    agents = [c for x, _y, c, k in s.mentions if k == "person" and left <= x < ta and c in names]
    if not agents or len(agents) == len(names):
        return names, []
    return [n for n in names if n not in agents], agents


def _happening_dates(s: Sentence, blocked: list[Span]) -> list[tuple[int, int, DateValue]]:
    """Dates a happening of the sentence may have: day or month, or a year that opens the sentence; outside
    reference clauses except "since DATE" ("tidak menerima pembayaran sejak Agustus lalu": a state that
    began then, told as not happening or not); none when the sentence tells of what is not, or not yet, done."""
    since = [(a.start, a.end) for a in s.anchors if a.kind == "since"]
    dates = [d for d in s.dates if (d[2].precision in ("day", "month") or _FRONTED.fullmatch(s.text[:d[0]])
                                    or _year_of_the_verb(s.text, d))
             and (not _inside(d[0], blocked) or _inside(d[0], since))]
    if not dates:
        return []
    began = _inside(dates[0][0], since)
    not_done = _outside_relatives(_FUTURE_WORDS if began else _NOT_HAPPENED, s.text[: dates[0][0]])
    return [] if not_done and not _MEANWHILE_DONE.search(s.text, dates[0][1]) else dates


def _told_in_clause(s: Sentence, anchor: Anchor, pub: Pub | None) -> tuple[DateValue, list[str]] | None:
    """The day or month and the names of what an "after" or "before" clause tells someone did, with a verb: the
    clause's own date, else for an "after" clause that counts ("two days after the firm recalled its batteries")
    the main clause's day counted back. The names may be none ("The company ..., after halting production": who the
    sentence is about)."""
    a, b = anchor.clause
    if anchor.kind not in ("after", "before") or not _done_in_clause(s.text[a:b]) or _NOT_HAPPENED.search(s.text[a:b]):
        return None
    date = _clause_date(s, anchor, pub) if _dated_inside(s, anchor) else _counted_back(s, anchor)
    return (date, _clause_names(s, anchor)) if date is not None else None


def _dated_inside(s: Sentence, anchor: Anchor) -> bool:
    return any(anchor.clause[0] <= x < anchor.clause[1] for x, _y, _d in s.dates)


def _clause_date(s: Sentence, anchor: Anchor, pub: Pub | None) -> DateValue | None:
    """The clause's own first day or month, not one after the report."""
    a, b = anchor.clause
    dates = [d for x, _y, d in s.dates if a <= x < b and d.precision in ("day", "month")]
    return dates[0] if dates and not _after_report(dates[0], pub) else None


def _clause_names(s: Sentence, anchor: Anchor) -> list[str]:
    """Who the clause names; one that names no one ("after halting production", "sehari setelah pengurus menerima
    ...") tells what the main clause's cast did, or what was done to them."""
    a, b = anchor.clause
    names = [c for x, _y, c, k in s.mentions if k in ("org", "person") and a <= x < b] \
        or [c for x, _y, c, k in s.mentions if k in ("org", "person") and x < anchor.start]
    return list(dict.fromkeys(names))


def _counted_back(s: Sentence, anchor: Anchor) -> DateValue | None:
    """"closed the plant on May 4, two days after inspectors found a leak": the clause's happening lies the
    phrase's span before the main clause's day."""
    if anchor.kind != "after" or not anchor.bounded or not (anchor.days or anchor.months):
        return None
    main = [d for _x, y, d in s.dates if y <= anchor.start and d.precision == "day"]
    if not main:
        return None
    date = shift(main[-1], -anchor.months, main[-1].text, -anchor.days)
    # "a week after", "two weeks after": counted loosely, so the month only
    return DateValue(date.year, date.month, None, "month", date.text) if anchor.days >= 7 else date


def _year_of_the_verb(text: str, d: tuple[int, int, DateValue]) -> bool:
    """"Vale Canada and Sumitomo in 2020 sold 20 per cent ...", "PT X pada 2019 menjual ...": a year between a name
    and its verb dates the main clause as one opening the sentence does."""
    return bool(_NAME_THEN_IN.search(text, max(0, d[0] - 40), d[0]) and _PAST_VERB.match(text, d[1]))


_NAME_THEN_IN = re.compile(r"(?-i:[A-Z])[\w.&'’)-]*\s+(?:in|pada)\s+(?:tahun\s+)?$", re.I)
_PAST_VERB = re.compile(rf"\s+{_DONE_VERB}\b")
# a verb of something done in an "after" clause: a past ("after the firm withdrew its offer"), a clause led by what
# its subject did ("after halting"), an Indonesian verb with its prefix as the sound after it shapes it ("mencabut",
# "melapor", "dikeluarkan", "bergabung"; "mesin", "berita" are nouns)
_CLAUSE_VERB = re.compile(rf"\b(?:{'|'.join(sorted(EN_PARTICIPLES))}|withdrew|fled|froze|stole|broke|gave|took|hit|"
                          r"[a-z]{2,}(?<![e])(?<!hundr)ed|(?:mem|men|meng|meny)[a-z]{3,}|me[lrwy][a-z]{3,}|"
                          r"di(?!rektur|nas|visi|rut)[a-z]{4,}|ber(?!ita|sama|bagai|at\b|as\b|apa|ikut)[a-z]{3,})\b|^[a-z]{3,}ing\b")


def _done_in_clause(clause: str) -> bool:
    return bool(_CLAUSE_VERB.search(clause))


# "in October that year", "pada Oktober tahun itu": a month of the year last written out ("in 2024", "pada 2019")
_OF_THAT_YEAR = re.compile(r"\s*(?:(?:of\s+)?(?:that|the\s+same)\s+year|tahun\s+(?:itu|tersebut|yang\s+sama))\b", re.I)
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_RELATIVISER = re.compile(r"\b(?:yang|that|which)\s+$", re.I)


def _outside_relatives(rx: re.Pattern[str] | Opened, text: str) -> bool:
    """``rx`` matches ``text`` other than right after a relative pronoun: "aset kripto yang boleh
    diperdagangkan", "a token that can be traded" say what a thing is, not that the happening is not done."""
    return any(not _RELATIVISER.search(text, 0, m.start()) for m in rx.finditer(text))


def _spoken(s: Sentence) -> bool:
    """The sentence holds speech: a quote, not a phrase in quotation marks ("told it to \"clean up\" its
    books"; ``quotes.QUOTE_MIN_WORDS``)."""
    return any(len(s.text[a:b].split()) >= Q.QUOTE_MIN_WORDS for a, b in s.quotes)


def _background_act(text: str, left: int, a: int, b: int) -> bool:
    """A done act that is no news of its own: negated or planned, inside a relative clause, in speech,
    a concession or a belief."""
    return bool(_NOT_HAPPENED.search(text[left:b]) or _RELATIVE_SUBJECT.search(text[:a]) or _in_speech(text, b)
                or _SUBORDINATE.search(text[:a]))


# "... have ordered X to restate its results, and said they would also ...": a saying joined on after the act is
# a second act of the same subject, not the speech the act is told in
_JOINED_SAYING = re.compile(r"\b(?:and|dan|serta)\s+(?:\w+\s+){0,2}$", re.I)


def _in_speech(text: str, b: int) -> bool:
    return any(m.start() < b or not _JOINED_SAYING.search(text, max(0, m.start() - 30), m.start())
               for m in Q.gated_say().finditer(text))


def _another_happening(prev: Event, event: Event) -> bool:
    """The next sentence tells another happening of the kind, not more of the one before: either is
    planned; both state dates that disagree ("The blast on Nov. 30 killed six. Two more died last
    week."); or the one before is told undated, neither names the other's lead and they are months apart
    ("... dikabulkan MA. X diputus bersalah oleh KPPU pada 2017.")."""
    if "planned" in (prev.basis, event.basis) or _stated_apart(prev, event) or _MEASURED_AGAINST.search(event.text):
        return True
    return prev.basis == "reported" and _led_by_others(prev, event) and _dated_apart(prev, event)


# "to their weakest since March", "level terendah sejak 2019": the date a figure is measured against dates
# no happening of the sentence
_COMPARED_SINCE = re.compile(r"\b(?:lowest|highest|weakest|strongest|biggest|largest|worst|best|steepest|sharpest|"
                             r"terendah|tertinggi|terlemah|terkuat|terbesar|terparah|terburuk|terdalam)\b[^.;,]{0,40}?"
                             r"\b(?:since|sejak)\s+(?:the\s+|early\s+|late\s+|awal\s+|akhir\s+)?$", re.I)
_SINCE_WORD = re.compile(r"(?:since|sejak)\s+", re.I)


def _compared_since(text: str, at: int) -> bool:
    """The date at ``at`` ("since January", or "January" after it) is what a figure is measured against."""
    since = _SINCE_WORD.match(text, at)
    return bool(_COMPARED_SINCE.search(text[:since.end()] if since else text[:at]))


# "the biggest round of cuts since 2020, when it laid off 360": a sentence that measures the happening
# before against an earlier one tells that earlier one
_MEASURED_AGAINST = re.compile(r"\b(?:biggest|largest|deepest|first|worst|terbesar|pertama|terparah)\b[^.;]{0,80}?\b(?:since|sejak)\b",
                               re.I)


def _led_by_others(a: Event, b: Event) -> bool:
    """Neither telling names the other's lead actor."""
    return bool(a.actors and b.actors and a.actors[0] not in b.actors and b.actors[0] not in a.actors)


def _dated_apart(a: Event, b: Event) -> bool:
    """The one told undated (at the report's date) and the one stated are months apart."""
    if a.date is None or b.date is None:
        return False
    return abs((a.date.year * 12 + (a.date.month or 6)) - (b.date.year * 12 + (b.date.month or 6))) > 2


def _stated_apart(a: Event, b: Event) -> bool:
    """Both events state a date of their own and the dates disagree."""
    if a.basis != "stated" or b.basis != "stated" or a.date is None or b.date is None:
        return False
    x, y = a.date.iso(), b.date.iso()
    return not (x.startswith(y) or y.startswith(x))


_SEGMENT = re.compile(r"[^,;]+")


# verbs of saying that also name an act ("RSUD melaporkan lonjakan pasien", "reported a surge"): speech only
# when "that"/"bahwa" or a quote follows within a few words, or their clause ends ("..., Budi reported.")
_ALSO_ACTS = {"melaporkan", "reported", "reports", "report", "told", "confirmed", "estimated", "wrote", "added"}
_SPEECH_AFTER = re.compile(r"^(?:\s+[^\s,.;:\"“]+){0,4}?\s*(?:\b(?:that|bahwa)\b|[:\"“])|^(?:\s+[^\s,.;]+){0,4}\s*(?:[,.;]|$)", re.I)


def _speech_at(text: str, end: int) -> bool:
    return bool(_SPEECH_AFTER.match(text[end:]))


# "that" after a verb of saying; spoken Indonesian news also writes "jika" / "kalau" for it ("mengatakan jika mereka ...")
_THAT = re.compile(r"^(?:(?:\s+[^\s,.;:]+){0,4}?\s+(?:that|bahwa)|\s+(?:jika|kalau))\b", re.I)


# words of the saying itself between a speech verb and its date ("said in a statement on Tuesday")
_SAYING_WORDS = re.compile(r"\b(?:statement|release|reporters?|journalists?|conference|briefing|interview|pernyataan|"
                           r"keterangan|siaran|wartawan|awak\s+media|konferensi|jumpa|wawancara)\b", re.I)


# an Indonesian verb of saying that takes what was said as its object ("mengatakan", "menyatakan", "menjelaskan")
_SAYS_WHAT = re.compile(r"me[a-z]+kan\b", re.I)


def _told_content(text: str, say_start: int, say_end: int, date_at: int) -> bool:
    """The date stands in what was said: after its "that" / "bahwa" ("Budi explained that in October the bank
    lent ..."), or deep in the clause a subject's speech verb opens without one ("PT X mengakui suplemen itu
    tercemar pada akhir November", "X said the deal closed in March"): it dates the happening told, not the
    saying. An attribution after a quotation or a comma (", kata X di kantornya, Senin") dates the saying; an Indonesian
    verb that takes what was said after it does not, after the comma closing its speaker's post ("Kepala Dinas X,
    Marthen, mengatakan tim penyelam mulai menyurvei lokasi pada Minggu sore")."""
    that = _THAT.match(text[say_end:])
    if that is not None:
        return say_end + that.end() <= date_at
    before, between = text[:say_start].rstrip(), text[say_end:date_at]
    if not before or date_at < say_end:
        return False
    if before[-1] in "\"”'’" or before[-1] == "," and not _SAYS_WHAT.match(text, say_start):
        return False
    return len(between.split()) >= 4 and not _SAYING_WORDS.search(between) and not re.search(r"[,;]", between)


# the attribution closing a sentence: ", Hendro told reporters after ...", ", kata Hendro usai ..."
_TAIL_WORDS = 8  # longer after the verb, it says what was said ("..., X said Melaju had broken the rules by ...")
_TAIL_OPEN = re.compile(r",\s*(?:[\w.'’-]+\s+){0,4}?(?:(?-i:[A-Z])[\w.'’-]*|he|she|they|ia|dia|mereka)\s+(?:[\w.'’-]+\s+){0,3}$", re.I)


def _in_saying_tail(text: str, at: int) -> bool:
    """``at`` stands in the attribution that closes the sentence, after its verb of saying ("..., Hendro told
    reporters after Monday's hearing"): what it names there dates the saying, it is not the news."""
    return any(m.end() <= at and (text[m.start()] in ",\"”" or _TAIL_OPEN.search(text, 0, m.start()) is not None)
               and len(text[m.end():].split(",")[0].split()) <= _TAIL_WORDS and not _THAT.match(text[m.end():at])
               for m in _says(text))


def _main_clause_anchored(s: Sentence) -> bool:
    """The sentence's every date stands in its closing attribution, and its main clause counts from a day told
    before ("the following day", "sehari kemudian")."""
    # asked of every sentence: the cheap tests first (few sentences count from a day before)
    return bool(s.dates) and any(a.kind == "later" for a in s.anchors) \
        and all(_in_saying_tail(s.text, a) for a, _b, _d in s.dates) \
        and any(a.kind == "later" and not _in_saying_tail(s.text, a.start) for a in s.anchors)


def _attribution_day(text: str, date_at: int) -> bool:
    """The date follows a speech verb and dates the saying ("..., kata X, Senin (16/3)", "X said on Monday")."""
    return any(m.start() < date_at and not _told_content(text, m.start(), m.end(), date_at) and not _THAT.match(text[m.end():date_at])
               for m in _says(text))


@lru_cache(maxsize=64)  # asked for each date and each trigger of a sentence: its verbs of saying are found once
def _says(text: str) -> tuple[re.Match[str], ...]:
    """The sentence's verbs of saying, leading ("kata", "said") or closing it ("..., he said.")."""
    return (*Q.gated_say().finditer(text), *_TRAILING_SAY.finditer(text))


# Indonesian attribution after a quotation ("...," kata X, "...," ujarnya)
_TRAILING_SAY = re.compile(rf"[,\"”]\s*(?:{Q.SAY_AFTER_ID})(?:nya)?\b", re.I)


def _done_before_saying(text: str, date_at: int) -> bool:
    """"X has secured approval for the deal, the firm said on Friday": an act told as done, in the main clause
    before the attribution that dates it (not in a relative clause: "X, which has invested ..., said")."""
    return any(not _RELATIVE_SUBJECT.search(text, 0, m.start()) for m in _DONE_TOLD.finditer(text, 0, date_at))


def _said_then(text: str, date_at: int) -> bool:
    """The sentence reports speech and its date belongs to the saying ("X said on Tuesday it would
    ...") or the sentence is all speech. "OJK opened an examination on Tuesday, a spokesman said" keeps
    its happening: the date stands in a clause of its own, away from the attribution."""
    says = [m.start() for m in Q.gated_say().finditer(text) if (m.group(0).lower() not in _ALSO_ACTS or _speech_at(text, m.end()))
            and not _told_content(text, m.start(), m.end(), date_at)]
    if not says:
        return False
    segments = [(m.start(), m.end()) for m in _SEGMENT.finditer(text)]
    date_segment = next(((a, b) for a, b in segments if a <= date_at < b), None)
    return date_segment is None or any(date_segment[0] <= x < date_segment[1] for x in says) or len(segments) < 2


def _dates_better(event: Event, prev: Event) -> bool:
    """The telling that goes on about an event dates it better: the event had no date, only its report's or
    an anchor's, or a year or month that this telling's day or month narrows."""
    if prev.date is None:
        return True
    if event.basis != "stated" or event.date is None:
        return False
    return prev.basis in ("reported", "anchored") or prev.basis == "stated" and _narrows(event.date, prev.date)


def _narrows(finer: DateValue | None, coarser: DateValue) -> bool:
    """``finer`` names a day or month within the year or month ``coarser`` names ("2026" / "Rabu (15/4/2026)")."""
    if finer is None or finer.year != coarser.year or coarser.precision not in ("year", "month"):
        return False
    return finer.precision in ("day", "month") and finer.precision != coarser.precision and \
        (coarser.precision == "year" or finer.month == coarser.month)


def _report_date(pub: Pub) -> DateValue:
    precision = "day" if pub.day else "month" if pub.month else "year"
    return DateValue(pub.year, pub.month, pub.day, precision, "")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- anchors


def _anchor_of(s: Sentence, ta: int) -> Anchor | None:
    """The reference phrase that dates the trigger at ``ta``: one in the same sentence, outside the trigger."""
    usable = [a for a in s.anchors if a.kind in ("after", "tenure", "later") and not (a.start <= ta < a.end)]
    # one in the trigger's own clause first, then the nearest ("suspended on June 17, a day after the
    # announcement, and resumed trading two days later")
    a, b = _clause_span(s.text, ta, ta)
    return min(usable, key=lambda x: (not (a <= x.start < b), x.start - ta if x.start > ta else ta - x.end)) if usable else None


def _dates_the_event(anchor: Anchor, atype: str | None, s: Sentence, pub: Pub) -> bool:
    """Whether the phrase dates the event from another: not a cause ("after a dispute with the board"),
    nor a bare "after" a happening of long before ("cut jobs after taking over Tokopedia last year": the
    cuts are this report's news)."""
    if anchor.kind == "after" and atype is None and not _ANAPHOR.match(s.text[anchor.clause[0]:anchor.clause[1]]):
        return False
    return not _long_after(anchor, s, pub)


LONG_AGO_DAYS = 31  # a bare "after X" does not date an event from an X dated longer before its report


def _long_after(anchor: Anchor, s: Sentence, pub: Pub) -> bool:
    """A bare "after X" whose clause dates X a month or more before the report: the event is not dated from X."""
    if anchor.bounded:
        return False
    dates = [d for x, _y, d in s.dates if anchor.clause[0] <= x < anchor.clause[1]]
    report = _report_date(pub)
    return any(_days_between(d, report) > LONG_AGO_DAYS for d in dates)


def _days_between(earlier: DateValue, later: DateValue) -> int:
    def ordinal(d: DateValue) -> int:
        return dt.date(d.year, d.month or 1, d.day or 1).toordinal()
    return ordinal(later) - ordinal(earlier)


# the speakers themselves as the subject of what the quote tells ("kami menetapkan", "we have suspended")
_WE = re.compile(r"\b(?:kami|we)\s+(?:(?:telah|sudah|juga|hari\s+ini|have|had|also|today)\s+)*(?=\w)", re.I)


def _spoken_act(s: Sentence, quote: Span) -> bool:
    """A quote in which the speakers say what they did on a day it names: a happening told first-hand.
    A quote in which a named body acts ("KPK menetapkan ...", "Lantera mengumumkan ...") is read the same
    way when the attribution names the day it was said."""
    a, b = quote
    if _written_day_inside(s, a, b):
        return True
    if _COURT_FORMULA.match(s.text, a) and any(d.precision == "day" for _x, _y, d in s.dates):
        return True  # a verdict or a demand read out in court, dated by its attribution: the reading is the act
    if _WE.search(s.text[a:b]):
        return any(a <= x < b and d.precision == "day" for x, _y, d in s.dates)
    return _named_body_acts(s, a, b) and any(d.precision == "day" for _x, _y, d in s.dates)


# the words a verdict or a prosecutors' demand is read out with in an Indonesian court ("Mengadili, menyatakan
# terdakwa ...", "Menjatuhkan pidana penjara ...", "Menuntut supaya majelis hakim ...")
_COURT_FORMULA = re.compile(r"\W*(?:mengadili|menjatuhkan\s+(?:pidana|hukuman|vonis)|menyatakan\s+terdakwa|menuntut|"
                            r"membebankan|menghukum\s+terdakwa)\b", re.I)


def _written_day_inside(s: Sentence, a: int, b: int) -> bool:
    """The quote writes out in figures the day of what it tells ("terhitung sejak 28 April 2023", "pada Senin
    (16/3)"): a record of what was done, whoever tells it, not a speaker's view."""
    return any(a <= x < b and d.precision == "day" and any(ch.isdigit() for ch in d.text) for x, _y, d in s.dates)


def _named_body_acts(s: Sentence, a: int, b: int) -> bool:
    """The quote names an organisation as the subject of a verb ("..., Lantera mengumumkan bahwa ...")."""
    return any(k == "org" and a <= x and y < b and _VERB_FORM.match(s.text[y:b].lstrip()) for x, y, _c, k in s.mentions)


# a verb, not a noun, tells the happening ("pasca Kartika ditunjuk", "after Rina was arrested")
_VERB_FORM = re.compile(r"(?:di|me)[a-z]{3,}|[a-z]+ed\b|was\s|were\s", re.I)


def _befell_named_person(s: Sentence, etype: str, ta: int) -> bool:
    """An "after" clause that tells, with a verb, what befell a person it names before the verb ("pasca
    Kartika Wirjoatmodjo ditunjuk menjadi wakil menteri"): a happening of its own, dated by the report."""
    anchor = next((a for a in s.anchors if a.kind == "after" and a.clause[0] <= ta < a.clause[1]), None)
    if anchor is None or etype not in _PERSONAL or not _VERB_FORM.match(s.text[ta:ta + 12]):
        return False
    return any(k == "person" and anchor.clause[0] <= x < ta for x, _y, _c, k in s.mentions)


def _date_through_anchor(s: Sentence, event: Event, ta: int) -> None:
    """A date that stands inside an "after" clause the act lies outside of ("Shortly after the election in
    November, the paper revealed ...") dates the happening the clause names: the act is anchored to it. Not when
    the clause is told inside a relative clause after the act ("the toll from a tsunami that hit after an
    eruption rose above 280 on Monday"): the date is the act's."""
    at = next((x for x, _y, d in s.dates if d is event.date), None)
    anchor = next((a for a in s.anchors if a.kind == "after" and at is not None and a.clause[0] <= at < a.clause[1]
                   and not a.start <= ta < a.end and not (ta < a.start and _RELATIVE_OPENER.search(s.text, ta, a.start))), None)
    if anchor is not None and event.date is not None:
        event.date, event.basis = shift(event.date, anchor.months, event.date.text, anchor.days), "anchored"


def _anchor_event_type(s: Sentence, anchor: Anchor) -> str | None:
    """The type of the event an anchor dates from: none for "later" (the event before), a hiring for a
    tenure ("after two months at Meta"), else the one the phrase names."""
    if anchor.kind == "later":
        return None
    return "hiring" if anchor.kind == "tenure" else _anchor_type(s, anchor)


def _anchor_type(s: Sentence, anchor: Anchor) -> str | None:
    a, b = anchor.clause
    clause = s.text[a:b]
    found = find_triggers(clause, True, True, [])
    if found:
        return found[0][0]
    for word in re.findall(r"\w+", clause.lower()):
        if word in ANCHOR_WORDS:
            return ANCHOR_WORDS[word]
    return None


def _anchor_actors(s: Sentence, anchor: Anchor) -> tuple[str, ...]:
    """The parties of the happening an anchor names: those its clause names; for "after his appointment",
    "setelah penunjukannya", the people the sentence names before it (whose appointment it was)."""
    a, b = anchor.clause
    if _OWN_HAPPENING.search(anchor.text):
        own = tuple(dict.fromkeys(c for x, _y, c, k in s.mentions if x < anchor.start and k == "person"))
        if own:
            return own
    return tuple(dict.fromkeys(c for x, _y, c, k in s.mentions if a <= x < b and k in ("org", "person")))


# "after his appointment", "sejak pengangkatannya": the happening is the subject's own
_OWN_HAPPENING = re.compile(r"\b(?:his|her|their)\s+\w+|\b\w{4,}nya\b", re.I)


def _resolve_anchor(pending: _Pending, events: list[Event], last_stated: DateValue | None) -> bool:
    """Date an event from the article's own telling of the event it refers to; False when none does."""
    target = _anchor_target(pending, events, last_stated)
    if target is None:
        return False
    date = shift(target, pending.months, pending.event.date.text if pending.event.date else "", pending.days)
    if pending.grain == "month" and date.month is not None and date.precision == "day":
        date = DateValue(date.year, date.month, None, "month", date.text)
    elif pending.grain == "year":
        date = DateValue(date.year, None, None, "year", date.text)
    pending.event.date, pending.event.basis = date, "anchored"
    return True


def _anchor_target(pending: _Pending, events: list[Event], last_stated: DateValue | None) -> DateValue | None:
    """The date an anchored event is counted from."""
    if pending.grain and pending.said_before is not None:
        return pending.said_before
    if pending.anchor_type is None and pending.months and last_stated is not None:
        return last_stated
    day = _day_told_before(pending)
    if day is not None:
        return day
    # otherwise ("setelah langkah ini"): the event before, else the latest date the article stated
    target = _anchor_date(pending, events) or (last_stated if pending.anchor_type is None else None)
    if target is not None and target.precision != "day" and pending.anchor_type is None and _counted_in_days(pending):
        return last_stated  # "sehari sebelumnya" after a happening told by its month: the last day told
    return target


def _day_told_before(pending: _Pending) -> DateValue | None:
    """"pada hari yang sama", "the next day", "dua hari kemudian" with no happening named: counted from the day
    told just before, whether or not what happened on it was read as a happening ("the team boarded on Sunday.
    The same day, the company cancelled ...")."""
    said = pending.said_before
    if pending.anchor_type is None and _counted_in_days(pending) and said is not None and said.precision == "day":
        return said
    return None


def _last_told(pending: _Pending, dates: list[DateValue]) -> DateValue | None:
    """The last of ``dates``; of days only for an anchor counted in days ("sehari sebelumnya": a day is counted
    from a day, not from a month told in between)."""
    if _counted_in_days(pending):
        dates = [d for d in dates if d.precision == "day"]
    return dates[-1] if dates else None


def _counted_in_days(pending: _Pending) -> bool:
    """"sehari sebelumnya", "two days later": the anchor counts days (its phrase is the event's date text)."""
    return pending.event.date is not None and bool(_IN_DAYS.search(pending.event.date.text))


def _anchor_date(pending: _Pending, events: list[Event]) -> DateValue | None:
    if pending.anchor_type is None:
        return _previous_date(pending)
    dated = [e for e in events if e.date is not None and e.basis in ("stated", "anchored") and e is not pending.event]
    return _anchor_event_date(pending, dated)


def _previous_date(pending: _Pending) -> DateValue | None:
    """"after this step": the date of the event before, when the text dates it."""
    prev = pending.previous
    return prev.date if prev is not None and prev.basis in ("stated", "anchored") else None


def _anchor_event_date(pending: _Pending, dated: list[Event]) -> DateValue | None:
    """The date of the first dated event of the anchor's type that shares the anchor's (else the
    event's) names; with no names of the anchor's own and not a hiring, of that type at all."""
    same = [e for e in dated if e.type == pending.anchor_type]
    # the phrase's own names, else the event's ("after two months at Meta, Mayer left": Mayer's hiring)
    names = set(pending.anchor_actors) or set(pending.event.actors)
    sharing = [e for e in same if set(e.actors) & names]
    if pending.anchor_actors or pending.anchor_type == "hiring":
        same = sharing
    else:
        same = sharing or same
    return same[0].date if same else None


# ----------------------------------------------------------------------------- the stage



class EventStage:
    """Reads an article's events and amounts; one instance per article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.events: list[Event] = []
        self.amounts: list[Amount] = []
        self.pending: list[_Pending] = []
        self.stated_dates: list[DateValue] = []
        self.last_person: str | None = None
        self.quote_spans = passage_quotes(doc)
        self._current: Sentence | None = None
        self._before: Sentence | None = None  # the sentence read before the current one
        self._dates: dict[int, list[tuple[int, int, DateValue]]] = {}  # sentence index -> its dates, read once
        # ids of the happenings told in an "after" or "before" clause: what the next sentence goes on about is
        # the sentence's own happening, not theirs
        self.clause_events: set[int] = set()

    def run(self) -> tuple[list[Event], list[Amount]]:
        for i in range(len(self.doc.sents)):
            self._sentence(self._read(i))
        self._resolve_pending()
        self._launch_products()
        return self.events, self.amounts

    def _read(self, i: int) -> Sentence:
        st = self.doc.sents[i]
        quotes = [(a, b) for a, b, _c in sentence_quote_spans(self.doc, self.quote_spans, i)]
        return Sentence(i, st.text, st.passage, self._dates_of(i), self.doc.sm[i],
                        quotes, find_anchors(st.text))

    def _dates_of(self, i: int) -> list[tuple[int, int, DateValue]]:
        """The dates of sentence ``i`` (read once: a statement may look ahead at the sentences after it)."""
        if i not in self._dates:
            text = self.doc.sents[i].text
            dates = [d for d in sentence_dates(text, self.doc.pub, self.doc.lang) if not _compared_since(text, d[0])]
            if any(_OF_THAT_YEAR.match(text, b) for _a, b, _d in dates):
                dates = self._in_the_year_told(i, dates)
            self._dates[i] = dates
        return self._dates[i]

    def _in_the_year_told(self, i: int, dates: list[tuple[int, int, DateValue]]) -> list[tuple[int, int, DateValue]]:
        """"Filming stopped in October that year", "pada Oktober tahun itu": the month of the year last written out
        before, not the last such month before the report."""
        text, year = self.doc.sents[i].text, None
        for j in range(i - 1, -1, -1):
            written = [d.year for _a, _b, d in self._dates_of(j) if _WRITTEN_YEAR.search(d.text or "")]
            if written:
                year = written[-1]
                break
        if year is None:
            return dates
        return [(a, b, replace(d, year=year) if _OF_THAT_YEAR.match(text, b) and d.month else d) for a, b, d in dates]

    def _blocked(self, s: Sentence) -> list[Span]:
        """Quoted speech and reference clauses without a date of their own name no new event; speech that
        tells, with the day, what the speakers did ("Hari ini kami menahan tiga tersangka") does."""
        spans = [q for q in s.quotes if not _spoken_act(s, q)]
        for anchor in s.anchors:
            a, b = anchor.clause
            if anchor.kind == "since" or not any(a <= d[0] < b for d in s.dates):
                spans.append((anchor.start, anchor.end))
        return spans

    def _sentence(self, s: Sentence) -> None:
        self._before, self._current = self._current, s
        if _QUESTION.search(s.text):
            self.amounts.extend(sentence_amounts(self.doc, s))
            return
        amounts = sentence_amounts(self.doc, s)
        self.amounts.extend(amounts)
        blocked = self._blocked(s)
        triggers = self._triggers(s, amounts, blocked)
        if self._dates_sentence_before(s, triggers):
            self.stated_dates.extend(d for _a, _b, d in s.dates)  # a day told, which a later "the next day" counts from
            return
        triggers, described = _main_and_described(s.text, triggers, s.dates)
        for etype, ta, _tb in described:
            self._reference(s, etype, ta, ta + 1)
        dates = _stated_dates(s, triggers)
        triggers, dates = _announced(s, triggers, dates)
        for trigger, stated in zip(triggers, dates, strict=True):
            self._event(s, trigger, stated, blocked, amounts)
        if not triggers:
            self._other(s, blocked, [a for a in amounts if a.kind == "money"])
        else:
            self._main_clause_beside(s, triggers, blocked)
            self._joined_clause_dates(s, triggers, dates, blocked)
        self._references(s, blocked)
        self._anchor_clause_happening(s)
        self.stated_dates.extend(d for _a, _b, d in s.dates)
        self.last_person = next((c for *_r, c, k in reversed(s.mentions) if k == "person"), self.last_person)

    def _triggers(self, s: Sentence, amounts: list[Amount], blocked: list[Span]) -> list[tuple[str, int, int]]:
        """The sentence's triggers, less a repeat of the one just before, words of a post or a name, and a count
        of an accident's dead."""
        has_money = any(a.kind == "money" for a in amounts)
        triggers = find_triggers(s.text, bool(amounts), bool(s.dates), blocked, has_money, tuple(d[0] for d in s.dates))
        triggers = [t for j, t in enumerate(triggers) if not (j and triggers[j - 1][0] == t[0] and t[1] - triggers[j - 1][2] < 15)]
        triggers = _without_background_probe(s.text, _without_counted_accident(_outside_posts(s.text, triggers, self.doc.titles[s.index])))
        triggers = [t for t in triggers if not _inside_a_name(s, t)]
        if _main_clause_anchored(s):  # what the attribution names dates the saying, not the news
            return [t for t in triggers if not _in_saying_tail(s.text, t[1])]
        return triggers

    def _event(self, s: Sentence, trigger: tuple[str, int, int], stated: DateValue | None, blocked: list[Span],
               amounts: list[Amount]) -> None:
        etype, ta, tb = trigger
        names = _actors(self.doc, s, trigger, blocked, self.last_person) or self._topic(s, ta) or _places(s, blocked, ta)
        if not names:
            return
        etype = _retyped(s, etype, ta, tb)
        names, agents = _without_dismissing_people(s, etype, ta, tb, names)
        event = Event(etype, names, s.passage, s.text.strip(), stated,  # type: ignore[arg-type]
                      [a for a in amounts if a.kind == "money" or etype == "layoffs"])
        if stated is not None:
            if not self._dated(s, event, ta, tb):
                return
        else:
            self._date_undated(s, event, ta, tb)
        self._add(event)
        if agents:  # who did the dismissing acted too: the same happening, told of them, leaves them in their posts
            self._add(Event("other", agents + names, s.passage, event.text, event.date, [], event.basis))

    def _dated(self, s: Sentence, event: Event, ta: int, tb: int) -> bool:
        """The basis of an event its sentence dates; False when it is no happening at all: hedged ("mempertimbangkan
        untuk menghentikan kemitraan": considered, denied or hoped, not done) or a forecast of a figure. What an
        announcement says may be negative or hedged ("announced it would not approve"): it was made."""
        assert event.date is not None
        if event.type != "announcement" and _around_trigger(_HEDGED, s.text, ta, tb):
            return False
        future = _planned(event.date, self.doc.pub, _clause_of(s.text, ta, tb))
        if future and not _after_report(event.date, self.doc.pub) and (
                _TOLD_AS_HAPPENED.match(s.text, tb)  # "akan menyelidiki kebakaran yang terjadi pada Sabtu": it happened
                or _decision_told(event.type, s.text, ta, tb)):  # "said on Tuesday X will step down": decided that day
            future = False
        if future and event.type in ("revenue", "valuation"):
            return False  # "would add €95 million to revenue next year"
        event.basis = "planned" if future else "stated"
        if not future:
            event.pending = _decision_told(event.type, s.text, ta, tb)
            _date_through_anchor(s, event, ta)
        return True

    def _topic(self, s: Sentence, trigger_at: int | None = None) -> list[str]:
        """"Penyelesaian transaksi dilakukan ...", "Construction began in 2024": no subject named, so the
        sentence goes on about the organisation the article is about (which the lead sentence may name only
        after: "250 workers went on strike Monday. They work for X."); unless the act is of companies at large
        ("sejumlah perusahaan rintisan melakukan PHK", "several lenders cut jobs")."""
        if trigger_at is not None and _COMPANIES_AT_LARGE.search(s.text[:trigger_at]):
            return []
        topic = topic_org(self.doc, s.index) or topic_org(self.doc, len(self.doc.sents))
        return [topic] if topic else []

    def _reference(self, s: Sentence, etype: str, a: int, b: int, basis: DateBasis = "reference") -> None:
        """An earlier happening named in passing: another source for it, never an item of its own; what
        befell a person named in an "after" clause is told as a happening of its own ("reported")."""
        if self.doc.pub is None or etype in _UNDATABLE:
            return
        names = [c for x, _y, c, k in s.mentions if k in ("org", "person") and a - 60 <= x < b + 60]
        names = names or [n for n in [topic_org(self.doc, s.index + 1)] if n]
        if names:
            self._add(Event(etype, list(dict.fromkeys(names)), s.passage, s.text.strip(),  # type: ignore[arg-type]
                            _report_date(self.doc.pub), [], basis))

    def _references(self, s: Sentence, blocked: list[Span]) -> None:
        """Events named inside reference clauses ("sejak akuisisi Meta", "after the blast")."""
        clauses = [span for span in blocked if span not in s.quotes]
        if not clauses:
            return  # nothing to look in: spare the second trigger scan of the sentence
        for etype, ta, tb in find_triggers(s.text, True, True, s.quotes):
            clause = next(((a, b) for a, b in clauses if a <= ta < b), None)
            if clause is None:
                continue
            if not self._dated_in_clause(s, etype, ta, tb, clause):
                self._reference(s, etype, ta, tb, "reported" if _befell_named_person(s, etype, ta) else "reference")

    def _dated_in_clause(self, s: Sentence, etype: str, ta: int, tb: int, clause: Span) -> bool:
        """"since regulators fined X on March 2", "after Y bought Z in January": a happening a reference clause
        tells with a day or month of its own, past, is told, not only named; it is dated there."""
        dates = [d for x, _y, d in s.dates if clause[0] <= x < clause[1] and ta < x and d.precision in ("day", "month")]
        if not dates or etype in _UNDATABLE or self.doc.pub is None or _after_report(dates[0], self.doc.pub):
            return False
        names = [c for x, _y, c, k in s.mentions if k in ("org", "person") and clause[0] <= x < clause[1]]
        if not names:
            return False
        self._add(Event(etype, list(dict.fromkeys(names)), s.passage, s.text.strip(), dates[0], []))  # type: ignore[arg-type]
        return True

    def _date_undated(self, s: Sentence, event: Event, ta: int, tb: int) -> None:
        """A date for an event its sentence does not date: from what it is dated after, from a meeting the sentence
        before dated, else the report's (or none: kept for /who, off the timeline)."""
        if self._date_from_anchor(s, event, ta, tb) or self._date_from_gathering_before(s, event) \
                or self._date_from_speaking_day(s, event) or self._date_of_the_same_act_besides(s, event):
            return
        basis = _undated_basis(self.doc, s, event.type, ta, tb)
        if basis is None:
            event.basis = "stated"  # undated, and no report date either: kept for /who, off the timeline
        else:
            event.date, event.basis = _report_date(self.doc.pub), basis  # type: ignore[arg-type,assignment]
            event.pending = _decision_told(event.type, s.text, ta, tb)

    def _date_from_speaking_day(self, s: Sentence, event: Event) -> bool:
        """"X denied the reports. "...," its spokesman said on Monday.": a statement the article tells undated is
        the one its source gave on the day an attribution in the next sentences states."""
        if event.type != "announcement" or self.doc.pub is None:
            return False
        for i in range(s.index + 1, min(s.index + 1 + _SPEAKING_DAY_REACH, len(self.doc.sents))):
            text = self.doc.sents[i].text
            said = [d for x, _y, d in self._dates_of(i) if d.precision == "day" and _attribution_day(text, x)
                    and not _after_report(d, self.doc.pub)
                    and _days_between(d, _report_date(self.doc.pub)) <= _SPEAKING_DAY_WITHIN]
            if said:
                event.date, event.basis = said[0], "stated"
                return True
        return False

    def _date_of_the_same_act_besides(self, s: Sentence, event: Event) -> bool:
        """"Selain Budi, polisi juga menetapkan Rina sebagai tersangka", "Besides Budi, police also arrested Rina":
        the act the article told of the one named first, dated, done to another on that day."""
        m = _BESIDES.match(s.text)
        if m is None:
            return False
        named = {c for x, _y, c, _k in s.mentions if m.start("who") <= x < m.end("who")}
        told = [e for e in self.events if family(e.type) == family(event.type) and e.date is not None
                and e.basis in ("stated", "anchored") and named & set(e.actors)]
        if not named or not told:
            return False
        event.date, event.basis = told[-1].date, "anchored"
        return True

    def _date_from_gathering_before(self, s: Sentence, event: Event) -> bool:
        """"Pada Selasa (11/5), X menggelar RUPSLB. RUPSLB itu memutuskan ...", "The board met on Monday. The
        meeting voted to ...": what a meeting the sentence before dated decided was decided that day."""
        m = _GATHERING_BACK.match(s.text)
        before = self._before
        if m is None or before is None:
            return False
        noun = (m.group("id") or m.group("en")).lower()
        said = [d for d in before.dates if d[2].precision == "day"]
        if not said or not re.search(rf"\b{re.escape(noun)}\b", before.text, re.I):
            return False
        event.date, event.basis = said[0][2], "anchored"
        return True

    def _date_from_anchor(self, s: Sentence, event: Event, ta: int, tb: int | None = None) -> bool:
        anchor = _anchor_of(s, ta)
        if anchor is None or self.doc.pub is None:
            return False
        if _BARE_ANAPHOR.match(s.text, anchor.clause[0], anchor.clause[1]) and tb is not None \
                and _around_trigger(_NOT_HAPPENED, s.text, ta, tb):
            return False  # "Setelah itu, penyidik bisa menahan ...": what may be done after that is no happening
        atype = _anchor_event_type(s, anchor)
        if not _dates_the_event(anchor, atype, s, self.doc.pub):
            return False
        event.date, event.basis = _report_date(self.doc.pub), "reported"
        event.date = DateValue(event.date.year, event.date.month, event.date.day, event.date.precision, anchor.text)
        actors = _anchor_actors(s, anchor)
        previous = self._main_event_before()
        if atype is None and anchor.kind == "after" and previous is not None:
            atype, actors = previous.type, tuple(previous.actors)  # "setelah langkah ini": the event before
        if atype is not None:
            event.anchor = (atype, actors)
        self.pending.append(_Pending(event, atype, actors, anchor.months, previous, anchor.grain, self._said_before(s, anchor),
                                     anchor.days))
        return True

    def _main_event_before(self) -> Event | None:
        """"langkah ini" names the happening of the sentence before: its first (main) event."""
        return next((e for e in self.events if e.text == self.events[-1].text), None) if self.events else None

    def _said_before(self, s: Sentence, anchor: Anchor) -> DateValue | None:
        """The last date the sentence states before the anchor, else the last date stated before it."""
        said = [d for x, _y, d in s.dates if x < anchor.start] or self.stated_dates
        if anchor.kind == "later" and _IN_DAYS.search(anchor.text):
            said = [d for d in said if d.precision == "day"]  # a day is counted from a day
        return said[-1] if said else None

    def _elaborates(self, event: Event, s: Sentence) -> bool:
        """A sentence that goes on about the event of the sentence before in its paragraph ("Putaran
        pendanaan yang diumumkan pada Selasa (9/9) itu dipimpin X") adds its date and names to it."""
        if not self._may_go_on(s):
            return False
        before = self.doc.sents[s.index - 1].text.strip()
        prev = next((e for e in self.events if e.text == before and e.passage == s.passage
                     and family(e.type) == family(event.type) and id(e) not in self.clause_events), None)
        if prev is None or _another_happening(prev, event) or self._counted_apart(prev, event):
            return False
        if _dates_better(event, prev):
            prev.date, prev.basis = event.date, event.basis
        prev.actors.extend(a for a in event.actors if a not in prev.actors)
        return True

    def _counted_apart(self, prev: Event, event: Event) -> bool:
        """The one before waits to be dated from another happening ("... dicabut keesokan harinya"): a sentence
        stating a day of its own tells another happening, not more of it."""
        return event.basis == "stated" and event.date is not None and event.date.precision == "day" \
            and any(p.event is prev for p in self.pending)

    def _may_go_on(self, s: Sentence) -> bool:
        """Whether the sentence may go on about the one before: in its paragraph, and not dated from it ("The
        regulator lifted its freeze two days later", "Pada tahun yang sama, X menyuntikkan dana" tell another
        happening)."""
        if not s.index or self.doc.sents[s.index - 1].passage != s.passage:
            return False
        return not any(a.kind == "later" for a in s.anchors)

    def _other_person(self, a: Event, b: Event) -> bool:
        """Two tellings of a happening that befalls a person, each naming people, none the same ("X appointed A
        as CFO. ... The board also appointed B as COO."): two happenings."""
        if a.type not in _PERSONAL or b.type != a.type:
            return False
        people = [{n for n in e.actors if self.doc.table.kinds.get(n) == "person"} for e in (a, b)]
        return bool(people[0] and people[1] and not people[0] & people[1])

    def _add(self, event: Event) -> None:
        if self._current is not None and self._elaborates(event, self._current):
            return
        key = (event.type, event.date.iso() if event.date else None, event.basis)
        # one still to be dated from another happening ("she was detained a day later") holds the report's day
        # only until then: no repeat of an undated telling before it
        counted = any(p.event is event for p in self.pending)
        if not counted and any((e.type, e.date.iso() if e.date else None, e.basis) == key and not self._other_person(e, event)
               for e in self.events if e.passage == event.passage):
            return
        self.events.append(event)

    def _date_previous(self, s: Sentence, triggers: list[tuple[str, int, int]]) -> bool:
        """"Transaksi itu diumumkan pada Senin (2/3)", "Persetujuan itu dikeluarkan pada Rabu (21/1)": the
        date and names belong to the event of the sentence before (unless this one tells another kind)."""
        if not (_EVENT_BACKREF.match(s.text) and s.index):
            return False
        prev_text = self.doc.sents[s.index - 1].text.strip()
        prev = [e for e in self.events if e.passage == s.passage and e.text == prev_text]
        if not prev or any(family(t) not in (family(prev[0].type), "announcement") for t, _a, _b in triggers):
            return False
        if _INCIDENT_BACKREF.match(s.text) and prev[0].type not in _INCIDENT_KINDS:
            return False  # "X ditahan polisi. Insiden ini terjadi pada ...": the incident's day, not the arrest's
        self._add_to_previous(s, prev[0])
        return True

    def _dates_sentence_before(self, s: Sentence, triggers: list[tuple[str, int, int]]) -> bool:
        """Whether the sentence only dates what the sentence before told (then it tells nothing of its own)."""
        self._date_said_before(s)
        return self._date_previous(s, triggers) or self._date_act_before(s)

    def _date_act_before(self, s: Sentence) -> bool:
        """"Rina melepas seluruh sahamnya. Aksi ini terjadi pada 4 Maret.", "X sold its stake. The sale took
        place on March 4.": the act the sentence before told, of no kind and undated, happened on this date."""
        if not (s.index and s.dates and _ACT_BACKREF.match(s.text)):
            return False
        before = self.doc.sents[s.index - 1]
        if before.passage != s.passage or any(e.text == before.text.strip() for e in self.events) or \
                _NOT_HAPPENED.search(before.text) or len(before.text.split()) < _OTHER_MIN_WORDS:
            return False
        names = [c for _x, _y, c, k in self.doc.sm[s.index - 1] if k in ("org", "person")]
        if not names:
            return False
        date = s.dates[0][2]
        if _after_report(date, self.doc.pub):
            return False
        self._add(Event("other", list(dict.fromkeys(names)), before.passage, before.text.strip(), date, []))
        return True

    def _date_said_before(self, s: Sentence) -> None:
        """"Hal tersebut disampaikan Rina usai rapat, Kamis (5/3)": the day the sentence before (often the
        paragraph before) was said; what it told as done without a date was done by then."""
        if not (s.index and s.dates and _SAID_BACKREF.match(s.text)):
            return
        before = self.doc.sents[s.index - 1]
        told = [e for e in self.events if e.passage == before.passage and e.text == before.text.strip()]
        # its main happening only: what that one acts on ("approved the merger") was not done that day
        if told and told[0].basis == "reported":
            told[0].date, told[0].basis = s.dates[0][2], "stated"

    def _add_to_previous(self, s: Sentence, prev: Event) -> None:
        """The sentence's first date dates the event before, unless the text already stated its date; its
        organisations join the event's actors."""
        if s.dates and prev.basis != "stated" or (s.dates and prev.date is None):
            date = s.dates[0][2]
            prev.date, prev.basis = date, "planned" if _planned(date, self.doc.pub, s.text) else "stated"
            # a date stated for it wins over one it would take from another happening
            self.pending = [p for p in self.pending if p.event is not prev]
        for _a, _b, c, k in s.mentions:
            if k == "org" and c not in prev.actors:
                prev.actors.append(c)

    def _other(self, s: Sentence, blocked: list[Span], money: list[Amount]) -> None:
        """A dated happening about a named person or organisation that fits no event type, with the sentence's money
        figures (``money``; its first date's only, so that each is stored once)."""
        dates = self._other_dates(s, blocked)
        if not dates or len(s.text.split()) < _OTHER_MIN_WORDS:
            return
        # a quote that tells, with its day, what the speakers did (or a verdict read out in court) is the happening
        told_first_hand = bool(s.quotes) and all(_spoken_act(s, q) for q in s.quotes)
        if not told_first_hand and (s.quotes or _only_said(s.text, dates[0])):
            return
        for date in _clause_dates(s.text, dates) + _joined_dates(s.text, dates):
            if not _after_report(date, self.doc.pub):
                self._add_other(s, blocked, date, money)
                money = []

    def _other_dates(self, s: Sentence, blocked: list[Span]) -> list[tuple[int, int, DateValue]]:
        """The dates a happening of no kind the sentence tells may have; where it has none, the happening counted from
        another ("the following day") or the act told as done ("telah mengganti trafo") is added instead."""
        if not s.dates and not self._anchored_other(s, blocked):
            self._done(s, blocked)
        if s.dates and _main_clause_anchored(s) and self._anchored_other(s, blocked):
            return []  # "sent a warning letter the following day, Hendro told reporters after Monday's hearing"
        dates = _happening_dates(s, blocked)
        if not dates and s.dates and not _main_clause_anchored(s):
            self._done(s, blocked)  # "redo its 2019 accounts": a date that dates no happening leaves the act undated
        return dates

    def _main_clause_beside(self, s: Sentence, triggers: list[tuple[str, int, int]], blocked: list[Span]) -> None:
        """Every kind the sentence tells stands in a clause set off by commas with a date of its own, and the main
        clause carries another ("The ministry, which brokered a deal in March, issued a rule on May 20"): the main
        clause tells a dated happening too, of no kind, as a sentence without any would."""
        date = None if s.quotes else _main_clause_date(s, triggers, blocked)
        if date is not None and not _after_report(date, self.doc.pub):
            self._add_other(s, blocked, date)

    def _joined_clause_dates(self, s: Sentence, triggers: list[tuple[str, int, int]], dates: list[DateValue | None],
                             blocked: list[Span]) -> None:
        """A date after the last trigger that no trigger took, in a clause joined on by "and" / "dan" ("set up a unit
        in May and won a quota in July"): the joined clause tells a happening of its own, of no kind."""
        if s.quotes:
            return
        last = max(t[2] for t in triggers)
        for a, _b, d in _happening_dates(s, blocked):
            joined = _joins_a_clause(s.text, last, a)
            if a > last and d not in dates and joined and not _after_report(d, self.doc.pub):
                self._add_other(s, blocked, d)

    def _anchor_clause_happening(self, s: Sentence) -> None:
        """"weeks after Budi moved the money to Singapore on May 11": an "after" or "before" clause that tells, with a
        verb, a name and a day or month of its own, what someone did then tells a happening of its own, of no kind
        when no kind of happening stands in it."""
        clauses = [a for a in s.anchors if a.kind in ("after", "before")]
        if not clauses:
            return  # most sentences: the events told so far are not read
        told = {e.date for e in self.events if e.passage == s.passage and e.text == s.text.strip()}
        for anchor in clauses:
            found = _told_in_clause(s, anchor, self.doc.pub)
            names = (found[1] or self._referred(s)) if found is not None else []
            if found is not None and names and found[0] not in told:
                # of no kind: a kind read in a clause ("left the warehouse idle" is no departure) is too often not its act
                basis: DateBasis = "stated" if _dated_inside(s, anchor) else "anchored"  # counted back from the main clause
                event = Event("other", names, s.passage, s.text.strip(), found[0], [], basis)
                self.clause_events.add(id(event))
                self._add(event)

    def _add_other(self, s: Sentence, blocked: list[Span], date: DateValue, money: list[Amount] | None = None) -> None:
        """A happening of no kind on ``date``, of the people and organisations the sentence names (or refers to); a
        sentence naming no one ("The outage began on the night of March 4") goes on about the organisation the
        article is about."""
        names = _doers(s, blocked) or self._referred(s) or self._topic(s) or _places(s, blocked)
        if names:
            self._add(Event("other", list(dict.fromkeys(names)), s.passage, s.text.strip(), date, list(money or [])))

    def _anchored_other(self, s: Sentence, blocked: list[Span]) -> bool:
        """A happening of no kind dated only from another the article dates ("Shares in X tumbled 8 percent
        weeks after the raid", "Sehari kemudian, X memanggil direksi"): dated as that one is. The act stands after a phrase
        that opens the sentence, else at its start."""
        at = next((a.end for a in s.anchors if a.start == 0), 0)
        anchor = _anchor_of(s, at)
        # "after the announcement" names no happening of its own: which announcement, the article may not say; "a day
        # later" counts from the date told before, whatever happened then
        if anchor is None or anchor.kind != "later" and _anchor_event_type(s, anchor) in (None, "announcement") or s.quotes \
                or len(s.text.split()) < _OTHER_MIN_WORDS:
            return False
        names = _doers(s, blocked) or self._referred(s, at)
        event = Event("other", list(dict.fromkeys(names)), s.passage, s.text.strip(), None, [])
        if not names or not self._date_from_anchor(s, event, at):
            return False
        self._add(event)
        return True

    def _referred(self, s: Sentence, at: int = 0) -> list[str]:
        """Who a sentence naming no one is about when it opens (from ``at``, past a phrase that dates it) with a
        back-reference: the person named last ("He sold his stake on Monday", "Ia menjual sahamnya"), or the
        organisation the article is about ("The company notified its customers", "Perusahaan itu ...")."""
        rest = s.text[at:]
        if _OPENS_WITH_PERSON.match(rest) and self.last_person:
            return [self.last_person]
        return self._topic(s) if _COMPANY_SUBJECT.match(rest) or _COMPANY_NAMED_BACK.search(s.text) else []

    def _done(self, s: Sentence, blocked: list[Span]) -> None:
        """An act told as done without a date ("Police have also asked immigration to bar him", "PLN telah
        mengganti trafo"): a happening at the report's date, about the names before the verb in its clause."""
        act = completed_act(s.text)
        if act is None or self.doc.pub is None or _spoken(s) or _inside(act[0], blocked) or len(s.text.split()) < _OTHER_MIN_WORDS:
            return
        a, b = act
        left = max(a - len(_clause_of(s.text, a, a)), 0)
        if _background_act(s.text, left, a, b):
            return
        subject = self._subject_of_act(s, left, a, b)
        if subject:
            names = [c for x, _y, c, k in s.mentions if k in ("org", "person") and not _inside(x, blocked)]
            self._add(Event("other", list(dict.fromkeys(subject + names)), s.passage, s.text.strip(),  # type: ignore[arg-type]
                            _report_date(self.doc.pub), [], "reported"))

    def _subject_of_act(self, s: Sentence, left: int, a: int, b: int) -> list[str]:
        """Who did it: the names before the verb in its clause, the organisation the article is about
        ("perusahaan", "the company"), or for an unnamed actor ("Police have asked ...") the names it acts on."""
        people = [(x, c) for x, _y, c, k in s.mentions if k in ("org", "person")]
        subject = [c for x, c in people if left <= x < a]
        if not subject and (_BACK.search(s.text[left:a]) or _COMPANY_SUBJECT.match(s.text[left:a])):
            subject = [n for n in [topic_org(self.doc, s.index)] if n]
        if not subject and re.search(r"\w", s.text[left:a]):
            subject = [c for x, c in people if b <= x < b + _ACTOR_REACH * 2]
        return subject

    def _resolve_pending(self) -> None:
        for pending in self.pending:
            stated_before = [e.date for e in self.events[: self.events.index(pending.event)]
                             if e.date is not None and e.basis == "stated"] if pending.event in self.events else []
            last = _last_told(pending, stated_before) or _last_told(pending, self.stated_dates)
            resolved = _resolve_anchor(pending, self.events, last)
            if not resolved and pending.event.type == "other" and pending.event in self.events:
                self.events.remove(pending.event)  # of no kind, and dated by nothing the article tells

    def _launch_products(self) -> None:
        """A launch whose product is named in the next sentence ("The app, called Quill Tutor, costs ...")."""
        doc = self.doc
        for e in self.events:
            if e.type != "launch" or any(doc.table.kinds.get(a) == "product" for a in e.actors):
                continue
            idx = next((k for k, st in enumerate(doc.sents) if st.passage == e.passage and st.text.strip() == e.text), None)
            if idx is not None and idx + 1 < len(doc.sents) and doc.sents[idx + 1].passage == e.passage:
                prods = [c for _a, _b, c, k in doc.sm[idx + 1] if k == "product"]
                if prods:
                    e.actors.append(prods[0])


def events_and_amounts(doc: Doc) -> tuple[list[Event], list[Amount]]:
    """The events (each with a date basis) and amounts of an article whose mentions are known."""
    return EventStage(doc).run()
