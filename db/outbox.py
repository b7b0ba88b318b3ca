"""The delivery outbox: rows written with the decision, claimed by a sender, then marked.

A claimed row keeps status "pending" with ``not_before`` moved a lease ahead: a sender that dies
mid-send leaves it to be picked up again after the lease. On PostgreSQL the claim skips rows another
process has locked (FOR UPDATE SKIP LOCKED), so two senders never take the same row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db import models as m
from db.upsert import insert_ignore, upsert


@dataclass
class Claimed:
    id: int
    chat_key: str
    kind: str
    payload: str
    attempts: int


def add_delivery(*, session: Session, chat_key: str, kind: str, key: str, payload: str, now: datetime) -> int | None:
    """Queue one delivery; None when (chat, key) was queued before (the decision was already made)."""
    platform = chat_key.split(":", 1)[0]
    inserted = insert_ignore(session, m.Delivery, {
        "chat_key": chat_key, "platform": platform, "kind": kind, "key": key[:200], "payload": payload,
        "status": "pending", "attempts": 0, "not_before": now, "created_at": now,
    }, ["chat_key", "key"])
    if not inserted:
        return None
    return session.execute(
        select(m.Delivery.id).where(m.Delivery.chat_key == chat_key, m.Delivery.key == key[:200])
    ).scalar_one()


def claim_fact(*, session: Session, chat_key: str, fact_key: str) -> bool:
    """Record that ``fact_key`` is told to the chat; False when it was told before."""
    return insert_ignore(session, m.DeliveredFact, {"chat_key": chat_key, "fact_key": fact_key[:200]},
                         ["chat_key", "fact_key"])


def link_facts(*, session: Session, chat_key: str, fact_keys: list[str], delivery_id: int) -> None:
    session.execute(update(m.DeliveredFact)
                    .where(m.DeliveredFact.chat_key == chat_key, m.DeliveredFact.fact_key.in_([k[:200] for k in fact_keys]))
                    .values(delivery_id=delivery_id))


def claim_pending(*, session: Session, platform: str, now: datetime, limit: int, lease: float) -> list[Claimed]:
    """Take up to ``limit`` due pending rows of ``platform`` for ``lease`` seconds (oldest first)."""
    rows = list(session.execute(
        select(m.Delivery)
        .where(m.Delivery.platform == platform, m.Delivery.status == "pending", m.Delivery.not_before <= now)
        .order_by(m.Delivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).scalars())
    out = []
    for row in rows:
        row.not_before = now + timedelta(seconds=lease)
        row.attempts += 1
        out.append(Claimed(row.id, row.chat_key, row.kind, row.payload, row.attempts))
    return out


def mark_sent(*, session: Session, delivery_id: int, now: datetime) -> None:
    session.execute(update(m.Delivery).where(m.Delivery.id == delivery_id)
                    .values(status="sent", sent_at=now, last_error=None))


def mark_retry(*, session: Session, delivery_id: int, when: datetime, error: str) -> None:
    session.execute(update(m.Delivery).where(m.Delivery.id == delivery_id)
                    .values(not_before=when, last_error=error[:300]))


def mark_failed(*, session: Session, delivery_id: int, error: str) -> None:
    session.execute(update(m.Delivery).where(m.Delivery.id == delivery_id)
                    .values(status="failed", last_error=error[:300]))


def pause_chat(*, session: Session, chat_key: str, reason: str, now: datetime) -> None:
    """The chat blocked or removed the bot: pause it and park its pending deliveries."""
    upsert(session, m.ChatPref, {"chat_key": chat_key, "paused_at": now, "paused_reason": reason[:200]},
           ["chat_key"], {"paused_at": now, "paused_reason": reason[:200]})
    session.execute(update(m.Delivery).where(m.Delivery.chat_key == chat_key, m.Delivery.status == "pending")
                    .values(status="paused", last_error=reason[:300]))


def resume_chat(*, session: Session, chat_key: str) -> None:
    session.execute(update(m.ChatPref).where(m.ChatPref.chat_key == chat_key, m.ChatPref.paused_at.is_not(None))
                    .values(paused_at=None, paused_reason=None))


def paused_chats(*, session: Session) -> set[str]:
    return set(session.execute(select(m.ChatPref.chat_key).where(m.ChatPref.paused_at.is_not(None))).scalars())


def deliveries(*, session: Session, chat_key: str | None = None) -> list[m.Delivery]:
    """Every delivery (of one chat), oldest first: for status pages and tests."""
    stmt = select(m.Delivery).order_by(m.Delivery.id)
    if chat_key is not None:
        stmt = stmt.where(m.Delivery.chat_key == chat_key)
    return list(session.execute(stmt).scalars())
