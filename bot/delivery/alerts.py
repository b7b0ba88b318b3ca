"""Deciding /follow alerts: new facts about followed names, each told to a chat once.

A fact is a dated event the name takes part in, a role, or a quote by the name; a mere mention is
none. A fact already stored from an earlier article (another outlet's copy of the story) is known,
not new, unless its money figure differs: then the alert shows both figures. Each fact has a
semantic key (``fact_key``) recorded per chat in ``delivered_facts`` in the same transaction as
the outbox row and the follow's watermark, so nothing is told twice, across processes too.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import get_args

from sqlalchemy.orm import Session

from bot.answers.common import row_date, source_ref
from bot.delivery import payload
from bot.domain import Answer, EntityInfo, EventType, Figure, Item, MessageKey
from bot.extraction.events import family
from db import alerts as q
from db import chats, outbox, queries
from db import models as m

MAX_FACTS = 10
EVENT_TYPES: tuple[str, ...] = get_args(EventType)


def family_types(event_type: str) -> list[str]:
    """The event types that tell the same kind of happening ("acquisition" and "investment")."""
    return [t for t in EVENT_TYPES if family(t) == family(event_type)] or [event_type]


@dataclass
class Fact:
    key: str
    row: m.Event | m.Role | m.Quote
    variants: list[tuple[m.Amount, m.Event]]  # earlier differing figures (events only)
    also: list[str] = field(default_factory=list)  # keys of the same fact seen from its other names


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _digest(text: str) -> str:
    return hashlib.sha1(_norm(text).encode("utf-8")).hexdigest()[:16]


def _unit(amount: m.Amount) -> str:
    return f"{amount.kind}:{amount.currency or ''}"


def _figures(amounts: list[m.Amount]) -> set[tuple[str, float]]:
    return {(_unit(a), round(a.value, 2)) for a in amounts}


def _event_key(entity_id: int, event: m.Event) -> str:
    """The same happening told by another outlet, or found through another name, has the same key."""
    return f"ev:{entity_id}:{family(event.type)}:{event.date_year}-{event.date_month}"


def _changed(event: m.Event, before: list[m.Event], money: dict[int, list[m.Amount]]) -> list[tuple[m.Amount, m.Event]]:
    """The earlier figures of the same unit that this telling contradicts ([] when it agrees with one
    earlier telling, or states nothing new)."""
    mine = _figures(money[event.id])
    if any(mine <= _figures(money[e.id]) for e in before):
        return []
    units = {unit for unit, _ in mine}
    return [(a, e) for e in before for a in money[e.id] if (_unit(a), round(a.value, 2)) not in mine and _unit(a) in units]


def _event_facts(session: Session, entity_id: int, since: int) -> list[Fact]:
    events = list(q.new_events(session=session, entity_id=entity_id, since=since, limit=MAX_FACTS * 3))
    earlier = {e.id: list(q.earlier_events(session=session, entity_id=entity_id, event=e,
                                           types=family_types(e.type))) for e in events}
    money = q.event_money(session=session, event_ids=[e.id for e in events] + [x.id for xs in earlier.values() for x in xs])
    actors, _names = queries.event_actors(session=session, event_ids=[e.id for e in events])
    facts = []
    for event in events:
        also = [_event_key(actor, event) for actor in actors.get(event.id, []) if actor != entity_id]
        if not earlier[event.id]:
            facts.append(Fact(_event_key(entity_id, event), event, [], also))
        elif differing := _changed(event, earlier[event.id], money):
            figures = ",".join(f"{c}{v:g}" for c, v in sorted(_figures(money[event.id]), key=str))
            facts.append(Fact(f"{_event_key(entity_id, event)}:{figures}", event, differing[:3],
                              [f"{key}:{figures}" for key in also]))
    return facts


def _role_facts(session: Session, entity_id: int, since: int) -> list[Fact]:
    return [
        Fact(f"role:{r.person_id}:{r.org_id}:{_norm(r.title)[:60]}:{int(r.former)}", r, [])
        for r in q.new_roles(session=session, entity_id=entity_id, since=since, limit=MAX_FACTS)
        if not q.role_known_before(session=session, role=r)
    ]


def _quote_facts(session: Session, entity_id: int, since: int) -> list[Fact]:
    facts = []
    for quote in q.new_quotes(session=session, entity_id=entity_id, since=since, limit=MAX_FACTS):
        before = {_digest(t) for t in q.quotes_before(session=session, speaker_id=entity_id,
                                                      before_article_id=quote.article_id)}
        if _digest(quote.text) not in before:
            facts.append(Fact(f"q:{entity_id}:{_digest(quote.text)}", quote, []))
    return facts


def new_facts(session: Session, entity_id: int, since: int) -> list[Fact]:
    """Facts about ``entity_id`` from articles after ``since`` not known from an earlier article."""
    facts, seen = [], set()
    for fact in _event_facts(session, entity_id, since) + _role_facts(session, entity_id, since) + _quote_facts(
            session, entity_id, since):
        if fact.key not in seen:  # two new copies of one story in the same round
            seen.add(fact.key)
            facts.append(fact)
    return facts


def _items(session: Session, facts: list[Fact], public_url: str | None) -> list[Item]:
    ids = [f.row.passage_id for f in facts] + [e.passage_id for f in facts for _, e in f.variants]
    refs = queries.passages_with_articles(session=session, passage_ids=ids)
    items = []
    for fact in facts:
        passage, article = refs[fact.row.passage_id]
        date = row_date(fact.row) if not isinstance(fact.row, m.Quote) else None
        kind = fact.row.type if isinstance(fact.row, m.Event) else "role" if isinstance(fact.row, m.Role) else "quote"
        text = fact.row.text if not isinstance(fact.row, m.Role) else passage.text
        variants = []
        for amount, event in fact.variants:  # an earlier article's figure that this one differs from
            old_passage, old_article = refs[event.passage_id]
            variants.append(Figure(value=amount.value, currency=amount.currency, text=amount.text,
                                   sources=[source_ref(old_article, old_passage, public_url)]))
        items.append(Item(text=text, sources=[source_ref(article, passage, public_url)], kind=kind,
                          date=date.iso() if date else None, date_text=date.text if date else None,
                          variants=variants))
    return items


def chat_lang(session: Session, chat_key: str, default: str = "en") -> str:
    pref = chats.chat_pref(session=session, chat_key=chat_key)
    return (pref.lang if pref is not None else None) or default


def _claim(session: Session, chat_key: str, fact: Fact) -> bool:
    """Record the fact as told to the chat under each of its keys; False when it was told before, through
    this name or another (a chat following two names of one event hears of it once)."""
    if not outbox.claim_fact(session=session, chat_key=chat_key, fact_key=fact.key):
        return False
    return all([outbox.claim_fact(session=session, chat_key=chat_key, fact_key=key) for key in fact.also])


def decide_alerts(*, session: Session, now: datetime, public_url: str | None = None, default_lang: str = "en") -> int:
    """Queue one alert per (follow with new facts); returns how many were queued. Call in a write session."""
    newest = q.newest_article_id(session=session)
    paused = outbox.paused_chats(session=session)
    queued = 0
    for follow in q.follows_behind(session=session, newest=newest, skip=paused):
        since, follow.last_seen_article_id = follow.last_seen_article_id, newest
        entity = session.get(m.Entity, follow.entity_id)
        if entity is None:
            continue
        facts = [f for f in new_facts(session, entity.id, since) if _claim(session, follow.chat_key, f)][:MAX_FACTS]
        if not facts:
            continue
        items = _items(session, facts, public_url)
        answer = Answer(command="follow", query=entity.name, message=MessageKey.NEW_FACTS,
                        entity=EntityInfo(name=entity.name, kind=entity.kind, id=entity.id),
                        items=items, total=len(items), lang=chat_lang(session, follow.chat_key, default_lang))
        delivery_id = outbox.add_delivery(session=session, chat_key=follow.chat_key, kind="alert",
                                          key=f"alert:{entity.id}:{since}-{newest}", payload=payload.dump(answer), now=now)
        if delivery_id is not None:
            outbox.link_facts(session=session, chat_key=follow.chat_key, fact_keys=[f.key for f in facts],
                              delivery_id=delivery_id)
            queued += 1
    return queued
