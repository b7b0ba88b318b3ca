"""``extract``: article text -> Extraction (passages, entities, mentions, roles, events, amounts, quotes).

Pure: no I/O, no database.  Regexes are compiled at import time; one article takes a few milliseconds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.domain import Entity, Extraction, Mention, Quote, Role

from . import quotes as Q
from .dates import find_dates
from .document import Doc, passage_quotes, sentence_quote_spans, topic_org
from .entities import _APPOS, Cand, add_acronyms, build_table, runs_in
from .entities import gazetteer_kind as gazetteer_kind_
from .event_stage import events_and_amounts
from .roles import TITLE_RX, find_roles, find_titles, normalise_title
from .text import detect_language

if TYPE_CHECKING:
    from .aliases import AliasConfig

_DATELINE = re.compile(r"^\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*)?[–—-]")
_AMBIG_SAY = {"added", "adds", "told", "tells", "estimated", "predicted", "confirmed", "denied", "wrote", "writes"}
_SUBJ_BACK = re.compile(r"\b(?:the\s+company|the\s+firm|the\s+startup|the\s+group|perusahaan\s+(?:itu|ini|tersebut))\s*$", re.I)
_REP_TITLE = re.compile(r"\b(?:perwakilan|representatives?)\b", re.I)


def _discover(doc: Doc, aliases: AliasConfig | None) -> list[list]:
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


def _mentions(doc: Doc) -> list[Mention]:
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


def _roles(doc: Doc, raw_roles: list) -> list[Role]:
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
                org = (before[0] if r.subject else before[-1]) if before and not r.topic else topic_org(doc, i)
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


def _desc(region: str, region_off: int, ments: list[tuple[int, int, str, str]],
          all_ments: list[tuple[int, int, str, str]] = ()) -> tuple[str, str] | None:  # type: ignore[assignment]
    """'juru bicara Scale AI' style speaker when a title (without a name) precedes or follows an org."""
    tm = TITLE_RX.search(region) or _REP_TITLE.search(region)
    if not tm:
        return None
    ta, tb = tm.start() + region_off, tm.end() + region_off
    orgs = [(a, c) for a, b, c, k in ments if k in ("org", "media") and (abs(a - tb) <= 4 or abs(b - ta) <= 4)]
    if not orgs and region[tm.end():].startswith("-nya"):
        orgs = [(ta + 1, c) for a, b, c, k in all_ments if k == "org" and a < ta][:1]
    if not orgs:
        return None
    title = tm.group(0)
    if not title.isupper():
        title = title.lower()
    norm, _ = normalise_title(title)
    org = orgs[0][1]
    return (f"{title} {org}" if orgs[0][0] > ta else f"{org} {norm}"), org


def _speaker_in(doc: Doc, i: int, a: int, b: int, last_person: str | None) -> tuple[str | None, str | None]:
    region = doc.sents[i].text[a:b]
    ments = [m for m in doc.sm[i] if a <= m[0] < b]
    persons = [m for m in ments if m[3] == "person"]
    if persons:
        return persons[0][2], None
    d = _desc(region, a, ments, doc.sm[i])
    if d:
        return d
    ents = [m for m in ments if m[3] in ("org", "media")]
    if ents and not Q.SOURCES.search(region):
        return ents[0][2], None
    if Q.PRONOUN.search(region) or re.search(r"nya\b", region):
        return last_person, None
    return None, None


def _role_org(roles: list[Role], person: str | None) -> str | None:
    for r in roles:
        if r.person == person and r.org and not r.former:
            return r.org
    return None


def _quotes(doc: Doc, roles: list[Role]) -> list[Quote]:
    out: list[Quote] = []
    last_person: str | None = None
    pq = passage_quotes(doc)
    for i, s in enumerate(doc.sents):
        qfull = sentence_quote_spans(doc, pq, i)
        qspans = [(a, b) for a, b, _c in qfull]
        ments = doc.sm[i]
        persons_before = lambda pos: [c for a, _b, c, k in ments if k == "person" and a < pos]  # noqa: E731
        # direct quotes (a quote may run over several sentences; it is read where it closes)
        for qa, qb, closes in qfull:
            if not closes:
                continue
            p = doc.passages[s.passage]
            whole = next((x for x in pq[s.passage] if x[1] - s.start == qb), None)
            body = p.text[whole[0] + 1: whole[1] - 1].strip() if whole else s.text[qa + 1: qb - 1].strip()
            if len(body.split()) < 4:
                continue
            after = s.text[qb:]
            spk: str | None = None
            about: str | None = None
            m = Q._AFTER_ID.match(after)
            if m:
                if m.group("nya"):
                    pb = persons_before(qa)
                    spk = pb[-1] if pb else last_person
                else:
                    rest_a = qb + m.start("rest")
                    rest_b = rest_a + len(re.split(r"\s+(?:kepada|to)\s+", m.group("rest"))[0])
                    spk, about = _speaker_in(doc, i, rest_a, rest_b, last_person)
            else:
                m = Q._AFTER_EN.match(after)
                if m:
                    g = "who1" if m.group("who1") else "who2"
                    wa, wb = qb + m.start(g), qb + m.end(g)
                    if re.match(r"^\s*(?:he|she|ia|dia)\b", m.group(g), re.I):
                        pb = persons_before(qa)
                        spk = pb[-1] if pb else last_person
                    else:
                        spk, about = _speaker_in(doc, i, wa, wb, last_person)
                else:
                    mb = Q._BEFORE_EN.search(s.text[:qa])
                    if mb:
                        spk, about = _speaker_in(doc, i, mb.start("who"), mb.end("who"), last_person)
            if spk:
                out.append(Quote(spk, body, s.passage, "direct", about or _role_org(roles, spk)))
        outside = lambda pos: not any(x <= pos < y for x, y in qspans)  # noqa: E731
        # refusals
        refused = False
        for m in Q.REFUSAL.finditer(s.text):
            if not outside(m.start()):
                continue
            a = Q.clause_start(s.text, m.start())
            region = s.text[a:m.start()]
            rm = [x for x in ments if a <= x[0] < m.start() and x[3] in ("org", "person")]
            if any(x[3] == "person" for x in rm):
                rm = [x for x in rm if x[3] == "person"]  # "Kim, now a partner at Ridgeline, did not respond"
            d = None if any(x[3] == "person" for x in rm) else _desc(region, a, [x for x in ments if a <= x[0] < m.start()])
            spk_list: list[tuple[str, str | None]] = []
            if d:
                spk_list.append(d)
                rm = [x for x in rm if x[2] != d[1]]
            spk_list += [(x[2], None) for x in rm]
            if not spk_list and Q.PRONOUN.search(region):
                spk_list = [(last_person, None)] if last_person else []
            for spk, about in spk_list:
                out.append(Quote(spk, s.text.strip(), s.passage, "refusal", about or _role_org(roles, spk)))
                refused = True
        # reported speech
        if not refused:
            rep = None
            m = Q._MENURUT.match(s.text) or Q._TRAIL_KATA.match(s.text)
            if m and not Q.SOURCES.search(m.group("who")):
                wa, wb = m.span("who")
                spk, about = _speaker_in(doc, i, wa, wb, last_person)
                if spk:
                    rep = (spk, about, m.group("what"))
            if rep is None:
                for sm_ in Q.SAY_RX.finditer(s.text):
                    if not outside(sm_.start()) or any(qa <= sm_.start() <= qb + 40 for qa, qb in qspans):
                        continue
                    a = Q.clause_start(s.text, sm_.start())
                    region = s.text[a:sm_.start()]
                    if Q.SOURCES.search(region) and not any(
                            k == "person" and a <= x < sm_.start() for x, _y, _c, k in ments):
                        break
                    spk, about = _speaker_in(doc, i, a, sm_.start(), last_person)
                    if _SUBJ_BACK.search(s.text[a:sm_.start()]):
                        spk, about = topic_org(doc, i), None  # "..., and the company warned that ..."
                    tail = s.text[sm_.end():]
                    if sm_.group(0).lower() in _AMBIG_SAY and not re.match(r"\s*(?:that|bahwa|,|:)", tail, re.I):
                        continue  # "added two customers to its blacklist"
                    if re.match(r"\s*(?:in|on|at|during|last|this|earlier|late|pada|di|dalam|kepada)\b", tail, re.I) and \
                            not re.search(r"\b(?:that|bahwa)\b", tail) and len(tail.split()) <= 8:
                        break  # ", the company said in a filing on Monday": an attribution, the content came before
                    what = re.sub(r"^\s*(?:kepada\s+[^,]+?\s+)?(?:bahwa|that)?\s*", "", tail).strip()
                    only_date = any(b - a >= len(what.rstrip(". ")) - 1 for a, b, _d in find_dates(what, doc.pub, doc.lang))
                    if spk and len(what.split()) >= 2 and not only_date:
                        rep = (spk, about, what)
                    break
            if rep:
                out.append(Quote(rep[0], rep[2].strip(), s.passage, "reported", rep[1] or _role_org(roles, rep[0])))
        for _a, _b, c, k in ments:
            if k == "person":
                last_person = c
    seen: set[tuple] = set()
    uniq = []
    for q in out:
        key = (q.speaker, q.kind, q.text)
        if key not in seen:
            seen.add(key)
            uniq.append(q)
    return uniq


def extract(text: str, *, language: str | None = None, published: str | None = None,
            title: str | None = None, aliases: AliasConfig | None = None) -> Extraction:
    """Read one cleaned article body into an Extraction (see bot.domain)."""
    lang = (language or detect_language((title or "") + "\n" + text)).lower()[:2]
    doc = Doc(text, lang, published)
    raw_roles = _discover(doc, aliases)
    mentions = _mentions(doc)
    roles = _roles(doc, raw_roles)
    quotes = _quotes(doc, roles)
    events, amounts = events_and_amounts(doc)
    used = {m.entity for m in mentions}
    entities = [Entity(c, k, set(doc.table.aliases.get(c, set())) - {c})  # type: ignore[arg-type]
                for c, k in doc.table.kinds.items() if c in used]
    return Extraction(doc.passages, entities, mentions, roles, events, amounts, quotes)
