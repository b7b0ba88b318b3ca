"""Quote stage: direct quotes, reported speech and refusals to comment, with their speaker.

Input: the article's passages and sentences, the canonical mentions of each sentence and the roles
already found (a speaker's organisation comes from their role).  Output: ``Quote`` records, one per
(speaker, kind, text).  The patterns below are data; the functions after them read one sentence at
a time, in order, because "ujarnya" / "he said" refer to the last person named before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple, Protocol

from bot.domain import Passage, Quote, Role

from .dates import Pub, find_dates
from .leads import SENTENCE_WORDS, Gated
from .lexicons import SAY_EN, SAY_ID
from .roles import first_title, normalise_title
from .text import Sentence

DIRECT = re.compile(r"[“\"]([^”\"]{12,}?)[”\"]")
# Indonesian verbs that give the speaker after a quotation ("...," kata X / ujarnya)
SAY_AFTER_ID = r"kata|ujar|ucap|tutur|jelas|tambah|imbuh|tegas|sebut|ungkap|terang|papar|lanjut|tandas|pungkas|tulis"
_AFTER_ID = re.compile(rf"^\s*,?\s*(?:{SAY_AFTER_ID})(?P<nya>nya)?\b(?P<rest>[^.;]*)", re.I)
_AFTER_EN = re.compile(rf"^\s*,?\s*(?:(?P<verb1>{SAY_EN})\s+(?P<who1>[^.;,]+(?:,\s*[^.;]+)?)|(?P<who2>[^.;,]{{2,80}}?)\s+(?:{SAY_EN})\b)", re.I)
_BEFORE_EN = re.compile(rf"(?P<who>[^.;]{{2,80}}?)\s+(?:(?:{SAY_EN}|mengatakan|menyatakan|berkata)\s*:?|"
                        rf"(?:called|calls|described|describes|termed|dubbed|menyebut(?:nya)?|menyebutkan)\s+[^.;\"“]{{0,50}}?(?:\s+as)?)\s*$", re.I)
# what ``_BEFORE_EN`` needs: the text ends with a speech verb (then a colon), or holds a verb of naming
_SAID_LAST = tuple(f"{SAY_EN}|mengatakan|menyatakan|berkata".split("|"))
_NAMING = ("called", "calls", "described", "describes", "termed", "dubbed", "menyebut")


def _before_en(text: str) -> re.Match[str] | None:
    """``_BEFORE_EN.search(text)``, not tried on an ASCII text that has none of what it needs: the lazy speaker, tried
    at every character up to 80 characters on, walks every verb at each (about a tenth of a millisecond a quote)."""
    if text.isascii():
        low = text.lower()
        tail = low.rstrip().removesuffix(":").rstrip()
        if not tail.endswith(_SAID_LAST) and not any(word in low for word in _NAMING):
            return None
    return _BEFORE_EN.search(text)


REFUSAL = re.compile(
    r"(?:menolak\s+(?:untuk\s+)?(?:berkomentar|memberikan\s+komentar|mengomentari)|"
    r"(?:memilih\s+)?tidak\s+(?:memberikan|mau\s+memberikan|bersedia\s+memberikan)\s+komentar|"
    r"tidak\s+(?:menanggapi|merespons|membalas)\s+(?:permintaan|permohonan)\s+(?:komentar|tanggapan)|"
    r"enggan\s+berkomentar|tidak\s+bersedia\s+berkomentar|"
    r"declined\s+to\s+comment|refused\s+to\s+comment|did\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment|"
    r"could\s+not\s+be\s+reached\s+for\s+comment|did\s+not\s+return\s+(?:a\s+)?requests?\s+for\s+comment|had\s+no\s+comment)",
    re.I,
)
SAY_RX = re.compile(rf"(?<![\w-])(?:{SAY_ID}|{SAY_EN})(?![\w-])", re.I)
_MENURUT = re.compile(r"^\s*(?:menurut|according\s+to)\s+(?P<who>[^,]{2,80}),\s+(?P<what>.+)$", re.I)
_TRAIL_KATA = re.compile(r"^(?P<what>.+?),\s+(?:kata|ujar|menurut|said|according\s+to)\s+(?P<who>[^,.]{2,60})(?:,\s+[^.]{2,80})?\.?\s*$", re.I)
PRONOUN = re.compile(r"\b(?:ia|dia|beliau|he|she)\b", re.I)
SOURCES = re.compile(r"\b(?:sumber|sources?|orang\s+dalam|insiders?|pekerja\s+lepas|analis|analysts?|anggota)\b", re.I)


def attribution_span(text: str) -> tuple[int, int] | None:
    """Where a sentence says whose account it gives ("Menurut Budi, ...", "..., according to a letter seen by
    Kabar Teluk."): the names there told it, they did not do it."""
    m = _MENURUT.match(text)
    if m:
        return m.span("who")
    m = _TRAIL_KATA.match(text)
    return (m.end("what"), len(text)) if m else None


# speech verbs that also have a non-speech sense; they report speech only before "that" / "bahwa" / ":"
_AMBIG_SAY = {"added", "adds", "told", "tells", "estimated", "predicted", "confirmed", "denied", "wrote", "writes"}
_SPEECH_FOLLOWS = re.compile(r"\s*(?:that|bahwa|,|:)", re.I)
_SUBJ_BACK = re.compile(r"\b(?:the\s+company|the\s+firm|the\s+startup|the\s+group|perusahaan\s+(?:itu|ini|tersebut))\s*$", re.I)
_REP_TITLE = re.compile(r"\b(?:perwakilan|representatives?)\b", re.I)
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:he|she|ia|dia)\b", re.I)
_NYA = re.compile(r"nya\b")
_ADDRESSEE = re.compile(r"\s+(?:kepada|to)\s+")
# a short tail opening with a preposition after the verb is an attribution ("said in a filing on Monday"):
# the content came before the verb
_ATTRIBUTION_TAIL = re.compile(r"\s*(?:in|on|at|during|last|this|earlier|late|pada|di|dalam|kepada)\b", re.I)
_THAT = re.compile(r"\b(?:that|bahwa)\b")
_CONTENT_LEAD = re.compile(r"^\s*(?:kepada\s+[^,]+?\s+)?(?:bahwa|that)?\s*")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:sementara|sedangkan|while|but|namun|tetapi)\b|\bwhile\b", re.I)
_SPEAKER_KINDS = ("org", "media")

SentMention = tuple[int, int, str, str]  # (start, end, canonical, kind) in sentence coordinates
QuoteSpan = tuple[int, int, bool]  # (start, end, the quote closes in this sentence), sentence coordinates
Speaker = tuple[str | None, str | None]  # (speaker, organisation spoken for)


class QuoteDoc(Protocol):
    """What the quote stage reads of an article (the pipeline's document satisfies it)."""

    lang: str
    pub: Pub | None
    passages: list[Passage]
    sents: list[Sentence]
    sm: list[list[SentMention]]


@dataclass(frozen=True)
class _Sent:
    """One sentence as the quote rules see it."""

    index: int
    text: str
    passage: int
    start: int
    mentions: list[SentMention]
    quotes: list[QuoteSpan]
    last_person: str | None  # the last person named before this sentence

    def outside_quotes(self, pos: int) -> bool:
        return not any(a <= pos < b for a, b, _c in self.quotes)

    def person_before(self, pos: int) -> str | None:
        """The last person named before ``pos`` in this sentence, else the last one named before it."""
        persons = [c for a, _b, c, k in self.mentions if k == "person" and a < pos]
        return persons[-1] if persons else self.last_person


class _Reported(NamedTuple):
    speaker: str
    about: str | None
    what: str


def clause_start(sentence: str, pos: int) -> int:
    """Start of the clause that ends at ``pos`` (after ';', ', sementara', ', while', 'but')."""
    best = 0
    for m in _CLAUSE_BREAK.finditer(sentence[:pos]):
        best = m.end()
    return best


def passage_quotes(doc: QuoteDoc) -> dict[int, list[tuple[int, int]]]:
    """Spans of the direct quotes of each passage (a quote may run over several sentences)."""
    return {p.index: [m.span() for m in DIRECT.finditer(p.text)] for p in doc.passages}


# fewer words in quotation marks are a phrase quoted ("told it to \"clean up\" its books"), not speech
QUOTE_MIN_WORDS = 4


def sentence_quote_spans(doc: QuoteDoc, pq: dict[int, list[tuple[int, int]]], i: int) -> list[QuoteSpan]:
    """Quote spans overlapping sentence ``i``, in sentence coordinates; flag: the quote closes here."""
    s = doc.sents[i]
    out = []
    for a, b in pq.get(s.passage, []):
        if a < s.end and b > s.start:
            out.append((max(a, s.start) - s.start, min(b, s.end) - s.start, s.start <= b - 1 < s.end))
    return out


def find_quotes(doc: QuoteDoc, roles: list[Role], topic_org: Callable[[int], str | None]) -> list[Quote]:
    """Quotes of the article, in reading order, without repeats.

    ``topic_org(i)`` names the organisation the article is about before sentence ``i``; it stands
    for "the company" when that is who speaks.
    """
    out: list[Quote] = []
    last_person: str | None = None
    pq = passage_quotes(doc)
    for i, s in enumerate(doc.sents):
        sent = _Sent(i, s.text, s.passage, s.start, doc.sm[i], sentence_quote_spans(doc, pq, i), last_person)
        out += _direct_quotes(sent, doc, pq, roles)
        refusals = _refusals(sent, roles)
        out += refusals
        if not refusals:
            out += _reported_speech(sent, doc, roles, topic_org)
        last_person = _last_person(sent.mentions, last_person)
    return _unique(out)


def _last_person(mentions: list[SentMention], last: str | None) -> str | None:
    for _a, _b, c, k in mentions:
        if k == "person":
            last = c
    return last


def _unique(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple] = set()
    out = []
    for q in quotes:
        key = (q.speaker, q.kind, q.text)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def _role_org(roles: list[Role], person: str | None) -> str | None:
    """The current organisation of ``person`` according to their roles."""
    for r in roles:
        if r.person == person and r.org and not r.former:
            return r.org
    return None


# --------------------------------------------------------------------------- speakers

def _desc(region: str, region_off: int, ments: list[SentMention],
          all_ments: list[SentMention] | tuple[()] = ()) -> Speaker | None:
    """A described speaker ("<title> <org>" / "<org> <title>") when a title without a name is written
    next to an organisation; also "<title>-nya" for the organisation named before."""
    tm = first_title(region) or _REP_TITLE.search(region)
    if not tm:
        return None
    ta = tm.start() + region_off
    orgs = _orgs_by_title(ta, tm.end() + region_off, ments)
    if not orgs and region[tm.end():].startswith("-nya"):
        orgs = [(ta + 1, c) for a, _b, c, k in all_ments if k == "org" and a < ta][:1]
    if not orgs:
        return None
    title = tm.group(0)
    if not title.isupper():
        title = title.lower()
    norm, _ = normalise_title(title)
    org = orgs[0][1]
    return (f"{title} {org}" if orgs[0][0] > ta else f"{org} {norm}"), org


def _orgs_by_title(ta: int, tb: int, ments: list[SentMention]) -> list[tuple[int, str]]:
    """Organisations (or outlets) written right before or right after the title at ``ta:tb``."""
    return [(a, c) for a, b, c, k in ments if k in _SPEAKER_KINDS and (abs(a - tb) <= 4 or abs(b - ta) <= 4)]


def _speaker_in(sent: _Sent, a: int, b: int) -> Speaker:
    """Who speaks, read from the words between ``a`` and ``b``: a person, a described title, an
    organisation, or a pronoun for the last person named."""
    region = sent.text[a:b]
    ments = [m for m in sent.mentions if a <= m[0] < b]
    persons = [m for m in ments if m[3] == "person"]
    if persons:
        return persons[0][2], None
    d = _desc(region, a, ments, sent.mentions)
    if d:
        return d
    ents = [m for m in ments if m[3] in _SPEAKER_KINDS]
    if ents and not SOURCES.search(region):
        return ents[0][2], None
    if PRONOUN.search(region) or _NYA.search(region):
        return sent.last_person, None
    return None, None


# --------------------------------------------------------------------------- direct quotes

def _direct_quotes(sent: _Sent, doc: QuoteDoc, pq: dict[int, list[tuple[int, int]]],
                   roles: list[Role]) -> list[Quote]:
    """Quotes that close in this sentence (a quote running over several sentences is read where it ends)."""
    out = []
    for qa, qb, closes in sent.quotes:
        if not closes:
            continue
        whole = next((x for x in pq[sent.passage] if x[1] - sent.start == qb), None)
        body = (doc.passages[sent.passage].text[whole[0] + 1: whole[1] - 1].strip() if whole
                else sent.text[qa + 1: qb - 1].strip())
        if len(body.split()) < QUOTE_MIN_WORDS:
            continue
        spk, about = _direct_speaker(sent, qa, qb)
        if spk:
            out.append(Quote(spk, body, sent.passage, "direct", about or _role_org(roles, spk)))
    return out


def _direct_speaker(sent: _Sent, qa: int, qb: int) -> Speaker:
    """The speaker of the quote at ``qa:qb``: after it ("kata X", "X said", "said X"), else before it."""
    after = sent.text[qb:]
    m = _AFTER_ID.match(after)
    if m:
        return _speaker_after_id(sent, m, qa, qb)
    m = _AFTER_EN.match(after)
    if m:
        return _speaker_after_en(sent, m, qa, qb)
    mb = _before_en(sent.text[:qa])
    if mb:
        return _speaker_in(sent, mb.start("who"), mb.end("who"))
    return None, None


def _speaker_after_id(sent: _Sent, m: re.Match[str], qa: int, qb: int) -> Speaker:
    if m.group("nya"):
        return sent.person_before(qa), None
    rest_a = qb + m.start("rest")
    rest_b = rest_a + len(_ADDRESSEE.split(m.group("rest"))[0])
    return _speaker_in(sent, rest_a, rest_b)


def _speaker_after_en(sent: _Sent, m: re.Match[str], qa: int, qb: int) -> Speaker:
    g = "who1" if m.group("who1") else "who2"
    if _PRONOUN_SUBJECT.match(m.group(g)):
        return sent.person_before(qa), None
    return _speaker_in(sent, qb + m.start(g), qb + m.end(g))


# --------------------------------------------------------------------------- refusals

@cache
def _gated_refusal() -> Gated:
    return Gated(REFUSAL, SENTENCE_WORDS)


@cache
def gated_say() -> Gated:
    """``SAY_RX`` skipped on a sentence with none of its verbs."""
    return Gated(SAY_RX, SENTENCE_WORDS)


def _refusals(sent: _Sent, roles: list[Role]) -> list[Quote]:
    """One "refusal" quote per speaker of each refusal to comment outside a direct quote."""
    out = []
    for m in _gated_refusal().finditer(sent.text):
        if not sent.outside_quotes(m.start()):
            continue
        for spk, about in _refusal_speakers(sent, m.start()):
            out.append(Quote(spk, sent.text.strip(), sent.passage, "refusal", about or _role_org(roles, spk)))
    return out


def _refusal_speakers(sent: _Sent, pos: int) -> list[Speaker]:
    """Everyone named in the clause before ``pos`` ("X, Y dan Z menolak berkomentar"), else the last
    person named when the clause refers to them by a pronoun."""
    a = clause_start(sent.text, pos)
    region = sent.text[a:pos]
    out = _named_in_clause(region, a, [x for x in sent.mentions if a <= x[0] < pos])
    if not out and PRONOUN.search(region):
        out = [(sent.last_person, None)] if sent.last_person else []
    return out


def _named_in_clause(region: str, a: int, in_clause: list[SentMention]) -> list[Speaker]:
    """The persons of the clause when there are any, else a described speaker and the organisations."""
    persons: list[Speaker] = [(c, None) for _a, _b, c, k in in_clause if k == "person"]
    if persons:
        return persons  # a person's apposition names their organisation, which did not speak
    orgs = [c for _a, _b, c, k in in_clause if k == "org"]
    d = _desc(region, a, in_clause)
    if not d:
        return [(c, None) for c in orgs]
    return [d] + [(c, None) for c in orgs if c != d[1]]


# --------------------------------------------------------------------------- reported speech

def _reported_speech(sent: _Sent, doc: QuoteDoc, roles: list[Role],
                     topic_org: Callable[[int], str | None]) -> list[Quote]:
    rep = _reported_by_menurut(sent) or _reported_by_say_verb(sent, doc, topic_org)
    if not rep:
        return []
    return [Quote(rep.speaker, rep.what.strip(), sent.passage, "reported", rep.about or _role_org(roles, rep.speaker))]


def _reported_by_menurut(sent: _Sent) -> _Reported | None:
    """Speech attributed around a comma: "menurut X, ..." / "according to X, ..." / "..., kata X"."""
    m = _MENURUT.match(sent.text) or _TRAIL_KATA.match(sent.text)
    if not m or SOURCES.search(m.group("who")):
        return None
    spk, about = _speaker_in(sent, *m.span("who"))
    return _Reported(spk, about, m.group("what")) if spk else None


def _reported_by_say_verb(sent: _Sent, doc: QuoteDoc, topic_org: Callable[[int], str | None]) -> _Reported | None:
    """Speech read from the first speech verb outside (and not right after) a direct quote."""
    for m in gated_say().finditer(sent.text):
        pos = m.start()
        if not sent.outside_quotes(pos) or any(qa <= pos <= qb + 40 for qa, qb, _c in sent.quotes):
            continue
        a = clause_start(sent.text, pos)
        if _anonymous_clause(sent, a, pos):
            return None
        tail = sent.text[m.end():]
        if m.group(0).lower() in _AMBIG_SAY and not _SPEECH_FOLLOWS.match(tail):
            continue  # "added" a thing, not words
        if _ATTRIBUTION_TAIL.match(tail) and not _THAT.search(tail) and len(tail.split()) <= 8:
            return None
        return _reported_clause(sent, doc, topic_org, a, pos, tail)
    return None


def _anonymous_clause(sent: _Sent, a: int, pos: int) -> bool:
    """The clause is about unnamed sources (and names no person): they are not speakers."""
    return bool(SOURCES.search(sent.text[a:pos])) and not any(
        k == "person" and a <= x < pos for x, _y, _c, k in sent.mentions)


def _reported_clause(sent: _Sent, doc: QuoteDoc, topic_org: Callable[[int], str | None],
                     a: int, pos: int, tail: str) -> _Reported | None:
    spk, about = _speaker_in(sent, a, pos)
    if _SUBJ_BACK.search(sent.text[a:pos]):
        spk, about = topic_org(sent.index), None  # "the company said": the company the article is about
    what = _CONTENT_LEAD.sub("", tail, count=1).strip()
    only_date = any(b - a2 >= len(what.rstrip(". ")) - 1 for a2, b, _d in find_dates(what, doc.pub, doc.lang))
    if spk and len(what.split()) >= 2 and not only_date:
        return _Reported(spk, about, what)
    return None
