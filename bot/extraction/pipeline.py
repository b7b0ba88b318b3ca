"""``extract``: article text -> Extraction (passages, entities, mentions, roles, events, amounts, quotes).

Pure: no I/O, no database.  Regexes are compiled at import time; one article takes a few milliseconds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.domain import Amount, DateValue, Entity, Event, Extraction, Mention, Role

from . import quotes as Q
from .dates import find_anchored, find_dates, parse_published, shift
from .entities import _APPOS, Cand, EntityTable, add_acronyms, build_table, runs_in
from .entities import gazetteer_kind as gazetteer_kind_
from .events import ANCHOR_WORDS, find_triggers
from .numbers import find_amounts
from .quotes import find_quotes
from .quotes import passage_quotes as _passage_quotes
from .quotes import sentence_quote_spans as _sent_qspans
from .roles import find_roles, find_titles
from .text import detect_language, sentences_of, split_passages

if TYPE_CHECKING:
    from .aliases import AliasConfig

_DATELINE = re.compile(r"^\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*)?[–—-]")
_BACK = re.compile(r"\b(?:the\s+company|the\s+startup|the\s+firm|it|its|perusahaan\s+(?:ini|itu|tersebut)|"
                   r"perusahaan\s+rintisan\s+(?:ini|itu|tersebut)|startup\s+(?:ini|tersebut))\b", re.I)
_ACTOR_KINDS = ("org", "person", "product")
_JOIN = re.compile(r"\b(?:untuk|dan|serta|yang|and|to|which)\b", re.I)
# a date right after these is a comparison base or a deadline, not the date of the event
_BASE_BEFORE = re.compile(r"(?:dibandingkan(?:\s+dengan)?|dibanding|compared\s+(?:with|to)|up\s+from|down\s+from|than|"
                          r"by(?:\s+the\s+end\s+of)?|until|hingga|sampai(?:\s+dengan)?|paling\s+lambat)\s+(?:the\s+|pada\s+|akhir\s+)?$", re.I)
# "Transaksi itu diumumkan ... pada Senin (2/3)": a sentence that only dates the event of the sentence before
_EVENT_BACKREF = re.compile(r"^\s*(?:(?:transaksi|kesepakatan|akuisisi|langkah|keputusan|pengumuman|perjanjian|kontrak|putaran(?:\s+pendanaan)?|"
                            r"pendanaan|investasi)\s+(?:itu|ini|tersebut)|"
                            r"the\s+(?:deal|acquisition|transaction|agreement|move|announcement|purchase|contract|round|investment)\s+(?:was|is|were|will)\b)", re.I)
_NOT_JOIN = re.compile(r"\b(?:setelah|sebelum|sejak|after|before|since|weeks|minggu|bulan|months|later|kemudian)\b|[;.]", re.I)


class _Doc:
    def __init__(self, text: str, lang: str, published: str | None) -> None:
        self.text = text
        self.lang = lang
        self.pub = parse_published(published)
        self.passages, self.headings = split_passages(text)
        self.sents = sentences_of(self.passages, self.headings)
        self.table = EntityTable()
        # per sentence: list of (start, end, canonical, kind) in sentence coordinates
        self.sm: list[list[tuple[int, int, str, str]]] = []


def _discover(doc: _Doc, aliases: AliasConfig | None) -> list[list]:
    titles = [find_titles(s.text) for s in doc.sents]
    raw_roles = [find_roles(s.text) for s in doc.sents]
    persons = {r.name for rr in raw_roles for r in rr}
    orgs = {re.sub(r"(’s|'s)$", "", r.org) for rr in raw_roles for r in rr if r.org}
    media: set[str] = set()
    cands: list[Cand] = []
    for i, s in enumerate(doc.sents):
        blocked = list(titles[i])
        if s.start == 0:
            m = _DATELINE.match(s.text)
            if m and i < 4:
                name = m.group(1)
                second = re.match(r"^\s*[^,]+,\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*[–—-]", s.text)
                if second and (gazetteer_kind_(name) or gazetteer_kind_(name.title())):
                    media.add(second.group(1))
                from .entities import gazetteer_kind

                g = gazetteer_kind(name) or gazetteer_kind(name.title())
                if not g:
                    media.add(name)
                elif g[1] == "place" and name.isupper():
                    blocked.append(m.span(1))
        for a, b, initial in runs_in(s.text, blocked):
            appos = bool(_APPOS.match(s.text[b:]))
            cands.append(Cand(s.text[a:b], s.passage, s.start + a, s.start + b, initial, appos, i))
    doc.table = build_table(cands, persons, orgs, media, [s.text for s in doc.sents])
    add_acronyms(doc.table, doc.text)
    if aliases is not None:
        aliases.apply(doc.table)
    return raw_roles


def _mentions(doc: _Doc) -> list[Mention]:
    forms = sorted((f for f in doc.table.canon if doc.table.canon[f] in doc.table.kinds), key=len, reverse=True)
    out: list[Mention] = []
    if not forms:
        doc.sm = [[] for _ in doc.sents]
        return out
    rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")
    for p in doc.passages:
        for m in rx.finditer(p.text):
            c = doc.table.canon[m.group(0)]
            out.append(Mention(c, p.index, m.start(), m.end(), m.group(0)))
    by_p: dict[int, list[Mention]] = {}
    for mt in out:
        by_p.setdefault(mt.passage, []).append(mt)
    for s in doc.sents:
        doc.sm.append([(mt.start - s.start, mt.end - s.start, mt.entity, doc.table.kinds.get(mt.entity, "org"))
                       for mt in by_p.get(s.passage, []) if s.start <= mt.start < s.end])
    return out


def _topic_org(doc: _Doc, i: int) -> str | None:
    """The organisation the article is about before sentence ``i``: the most mentioned one so far."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for j, sm in enumerate(doc.sm[:i]):
        for _a, _b, c, k in sm:
            if k == "org":
                counts[c] = counts.get(c, 0) + 1
                first.setdefault(c, j)
    if not counts:
        return None
    # the organisation the lead sentence opens with is the article's subject: it wins ties and gets a head start
    lead = min(first, key=lambda c: first[c])
    return max(counts, key=lambda c: (counts[c] + (1 if c == lead else 0), -first[c]))


def _back_org(doc: _Doc, i: int) -> str | None:
    """What "the company" / "perusahaan itu" refers to: the subject of the sentence before (same paragraph)
    when that sentence opens with an organisation, else the organisation the article is about."""
    if i and doc.sents[i - 1].passage == doc.sents[i].passage:
        head = [c for a, _b, c, k in doc.sm[i - 1] if k == "org" and a <= 3]
        if head:
            return head[0]
    return _topic_org(doc, i)


def _roles(doc: _Doc, raw_roles: list) -> list[Role]:
    out: list[Role] = []
    for i, rr in enumerate(raw_roles):
        s = doc.sents[i]
        for r in rr:
            person = doc.table.resolve(r.name)
            if not person or doc.table.kinds.get(person) != "person":
                continue
            org = doc.table.resolve(r.org) if r.org else None
            if r.org and (not org or doc.table.kinds.get(org) == "person"):
                continue
            if not org and r.back:
                before = [c for a, _b, c, k in doc.sm[i] if k == "org" and a < r.start]
                org = (before[0] if r.subject else before[-1]) if before and not r.topic else _topic_org(doc, i)
            out.append(Role(person, r.title, org, s.passage, r.former, None, s.text))
    seen: set[tuple] = set()
    with_org = {(r.person, r.title) for r in out if r.org}
    uniq = []
    for r in out:
        k = (r.person, r.title.lower(), r.org, r.former)
        if k in seen or (r.org is None and (r.person, r.title) in with_org):
            continue
        seen.add(k)
        uniq.append(r)
    return uniq


def _dist(da: int, db: int, a: int, b: int) -> int:
    dist = da - b if da >= b else a - db if db <= a else 0
    return abs(dist) + (5 if da < a else 0)  # a date after the verb usually belongs to it


def _nearest_date(dates: list[tuple[int, int, DateValue]], a: int, b: int) -> DateValue | None:
    best = None
    for da, db, dv in dates:
        dist = _dist(da, db, a, b)
        if best is None or dist < best[0]:
            best = (dist, dv)
    return best[1] if best else None


def _events_amounts(doc: _Doc) -> tuple[list[Event], list[Amount]]:
    events: list[Event] = []
    amounts: list[Amount] = []
    all_dates: list[DateValue] = []
    last_person: str | None = None
    pq = _passage_quotes(doc)
    for i, s in enumerate(doc.sents):
        dates = find_dates(s.text, doc.pub, doc.lang)
        # deadlines ("by March") never date an event; comparison bases ("dibandingkan 2024") and years used as
        # adjectives ("a 2023 data breach") do not when the sentence has another date
        dates = [d for d in dates if not re.match(r"(?:by|until|hingga|sampai)\b", d[2].text, re.I)
                 and not re.search(r"\b(?:by|until|hingga|sampai(?:\s+dengan)?|paling\s+lambat)\s+(?:the\s+(?:end|start)\s+of\s+)?$",
                                   s.text[max(0, d[0] - 30):d[0]], re.I)]
        if len(dates) > 1:
            kept = [d for d in dates if not _BASE_BEFORE.search(s.text[max(0, d[0] - 30):d[0]])
                    and not (d[2].precision == "year" and re.search(r"\b(?:a|an|the|its|their)\s+$", s.text[max(0, d[0] - 8):d[0]])
                             and re.match(r"\s+[a-z]", s.text[d[1]:]))]
            dates = kept or dates
        raw_amounts = find_amounts(s.text, doc.lang)
        n_events_before = len(events)
        ments = doc.sm[i]
        qspans = [(a, b) for a, b, _c in _sent_qspans(doc, pq, i)]
        for a, b, kind, value, cur, unit in raw_amounts:
            before = [c for x, _y, c, k in ments if x < a and k in ("org", "person")]
            after = [c for x, _y, c, k in ments if x >= b and k in ("org", "person")]
            ent = before[-1] if before else (after[0] if after else None)
            amounts.append(Amount(kind, value, s.text[a:b], s.passage, cur, unit, ent, _nearest_date(dates, a, b)))
        anchored = find_anchored(s.text)
        excl = []
        for an in anchored:
            if an.after_word in ANCHOR_WORDS:
                comma = s.text.find(",", an.end)
                excl.append((an.start, comma if comma > 0 else an.end + 25))
            elif an.after_word:
                excl.append((an.start, an.end - len(an.after_word)))
            else:
                excl.append((an.start, an.end))
        trig = find_triggers(s.text, bool(raw_amounts), bool(dates), qspans + [(x, y) for x, y in excl],
                             any(r[2] == "money" for r in raw_amounts))
        # each date goes to its nearest trigger; a trigger without one inherits a date stated before it
        trig = [t for j, t in enumerate(trig)
                if not (j and trig[j - 1][0] == t[0] and t[1] - trig[j - 1][2] < 15)]
        own: dict[int, list[tuple[int, int, DateValue]]] = {}
        lead: list[tuple[int, int, DateValue]] = []
        for d in dates:
            prior = [j for j, t in enumerate(trig) if t[1] < d[0]]
            if prior:
                own.setdefault(prior[-1], []).append(d)
            else:
                lead.append(d)
        got: dict[int, DateValue | None] = {}
        seen: set[tuple] = set()
        # a trigger with no date of its own shares the date of the next one in the same clause
        # ("raised $400M at a $2.8 billion valuation two months ago")
        nxt: dict[int, DateValue] = {}
        for ti in range(len(trig) - 1):
            if not own.get(ti) and own.get(ti + 1):
                gap = re.sub(r"\d[.,]\d", "0", s.text[trig[ti][2]:trig[ti + 1][1]])
                if not re.search(r"[,;]", gap) and not _NOT_JOIN.search(gap) and not _JOIN.search(gap):
                    nxt[ti] = _nearest_date(own[ti + 1], trig[ti + 1][1], trig[ti + 1][2])  # type: ignore[assignment]
        for ti, (etype, ta, tb) in enumerate(trig):
            acts = [(x, c, k) for x, y, c, k in ments if k in _ACTOR_KINDS
                    and not any(qa <= x < qb for qa, qb in qspans) and not any(ea <= x < eb for ea, eb in excl)]
            before = [t for t in acts if t[0] < ta]
            cut = max(s.text.rfind(",", 0, ta), s.text.rfind(";", 0, ta))
            in_clause = [t for t in before if t[0] > cut]
            first_comma = s.text.find(",")
            if in_clause:
                main = in_clause[0][1]
            elif before and 0 <= before[0][0] < first_comma and not s.text[cut + 1:ta].strip():
                main = before[0][1]  # "Quillpath, the startup backed by Sequoia, launched ...": the subject
            else:
                main = before[-1][1] if before else None
            names = ([main] if main else []) + [c for _x, c, _k in acts if c != main]
            names = list(dict.fromkeys(names))
            kinds = {c: k for _x, c, k in acts}
            if etype in ("hiring", "departure") and not any(kinds.get(n) == "person" for n in names):
                if (Q.PRONOUN.search(s.text) or re.search(r"\w+nya\b", s.text)) and last_person:
                    names.append(last_person)
            bm = _BACK.search(s.text[:ta])
            if bm and not any(x < bm.start() and k == "org" for x, _c, k in acts):
                t = _back_org(doc, i)
                if t and t not in names[:1]:
                    names = [t] + [n for n in names if n != t]
            elif not any(kinds.get(n) == "org" for n in names) and _BACK.search(s.text):
                t = _topic_org(doc, i) if not any(k == "org" for *_r, k in ments) else None
                if t:
                    names.append(t)
            if not names:
                continue
            dv = _nearest_date(own.get(ti, []), ta, tb) or nxt.get(ti) or _nearest_date(lead, ta, tb)
            if dv is None and ti and got.get(ti - 1):
                gap = s.text[trig[ti - 1][2]:ta]
                if _JOIN.search(gap) and not _NOT_JOIN.search(gap):
                    dv = got[ti - 1]
            got[ti] = dv
            if dv is None and anchored:
                an = anchored[0]
                if an.after_word and an.after_word in ANCHOR_WORDS:
                    want = ANCHOR_WORDS[an.after_word]
                    prev = [e for e in events if e.type == want and e.date]
                    if prev:
                        dv = shift(prev[-1].date, an.months, an.text)  # type: ignore[arg-type]
                elif an.after_word is None and all_dates:
                    dv = shift(all_dates[-1], an.months, an.text)
            if etype in ("revenue", "valuation") and dv is not None and doc.pub is not None and \
                    (dv.year, dv.month or 12) > (doc.pub.year, doc.pub.month or 12):
                continue  # a forecast ("would add €95 million to revenue next year"), not a fact
            key = (etype, dv.iso() if dv else None)
            if key in seen:
                continue
            seen.add(key)
            ams = [am for am in amounts[len(amounts) - len(raw_amounts):]
                   if am.kind == "money" or etype == "layoffs"]
            events.append(Event(etype, names, s.passage, s.text.strip(), dv, ams))  # type: ignore[arg-type]
        if len(events) == n_events_before and _EVENT_BACKREF.match(s.text) and i:
            prev = [e for e in events if e.passage == s.passage and e.text == doc.sents[i - 1].text.strip()]
            if prev:
                if dates and prev[0].date is None:
                    prev[0].date = dates[0][2]
                for _a, _b, c, k in ments:
                    if k == "org" and c not in prev[0].actors:
                        prev[0].actors.append(c)
        all_dates.extend(dv for _a, _b, dv in dates)
        for _a, _b, c, k in ments:
            if k == "person":
                last_person = c
    # a launch whose product is named in the next sentence ("The app, called Quill Tutor, costs ...")
    for e in events:
        if e.type != "launch" or any(doc.table.kinds.get(a) == "product" for a in e.actors):
            continue
        idx = next((k for k, st in enumerate(doc.sents) if st.passage == e.passage and st.text.strip() == e.text), None)
        if idx is not None and idx + 1 < len(doc.sents) and doc.sents[idx + 1].passage == e.passage:
            prods = [c for _a, _b, c, k in doc.sm[idx + 1] if k == "product"]
            if prods:
                e.actors.append(prods[0])
    return events, amounts


def extract(text: str, *, language: str | None = None, published: str | None = None,
            title: str | None = None, aliases: AliasConfig | None = None) -> Extraction:
    """Read one cleaned article body into an Extraction (see bot.domain)."""
    lang = (language or detect_language((title or "") + "\n" + text)).lower()[:2]
    doc = _Doc(text, lang, published)
    raw_roles = _discover(doc, aliases)
    mentions = _mentions(doc)
    roles = _roles(doc, raw_roles)
    quotes = find_quotes(doc, roles, lambda i: _topic_org(doc, i))
    events, amounts = _events_amounts(doc)
    used = {m.entity for m in mentions}
    entities = [Entity(c, k, set(doc.table.aliases.get(c, set())) - {c})  # type: ignore[arg-type]
                for c, k in doc.table.kinds.items() if c in used]
    return Extraction(doc.passages, entities, mentions, roles, events, amounts, quotes)
