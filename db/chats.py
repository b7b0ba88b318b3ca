"""Per-chat state kept by the answer functions: language, last brief, follows.

Each function takes ``session`` as a keyword argument and never commits on its own.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from db.alerts import newest_article_id


def chat_pref(*, session: Session, chat_key: str) -> m.ChatPref | None:
    """The stored preferences of a chat, if it has any."""
    return session.get(m.ChatPref, chat_key)


def chat_lang(*, session: Session, chat_key: str) -> str | None:
    """The UI language a chat chose with /lang, if any."""
    return session.execute(select(m.ChatPref.lang).where(m.ChatPref.chat_key == chat_key)).scalar_one_or_none()


def set_chat_lang(*, session: Session, chat_key: str, lang: str) -> None:
    pref = session.get(m.ChatPref, chat_key)
    if pref is None:
        session.add(m.ChatPref(chat_key=chat_key, lang=lang))
    else:
        pref.lang = lang


def mark_briefed(*, session: Session, chat_key: str, when: datetime) -> None:
    """Remember when a chat last had a /brief (the next one shows what is newer)."""
    pref = session.get(m.ChatPref, chat_key)
    if pref is None:
        session.add(m.ChatPref(chat_key=chat_key, last_brief_at=when))
    else:
        pref.last_brief_at = when


def follow_entity(*, session: Session, chat_key: str, entity_id: int) -> None:
    """Follow ``entity_id`` from this chat, alerting on articles stored from now on; no-op when followed."""
    exists = session.execute(
        select(m.Follow).where(m.Follow.chat_key == chat_key, m.Follow.entity_id == entity_id)
    ).scalar_one_or_none()
    if exists is None:
        last = newest_article_id(session=session)
        session.add(m.Follow(chat_key=chat_key, entity_id=entity_id, last_seen_article_id=last))


def unfollow_entity(*, session: Session, chat_key: str, entity_id: int) -> None:
    for row in session.execute(
        select(m.Follow).where(m.Follow.chat_key == chat_key, m.Follow.entity_id == entity_id)
    ).scalars():
        session.delete(row)


def follows_of(*, session: Session, chat_key: str) -> list[tuple[str, str]]:
    """(name, kind) of the entities a chat follows, by name."""
    rows = session.execute(
        select(m.Entity.name, m.Entity.kind)
        .join(m.Follow, m.Follow.entity_id == m.Entity.id)
        .where(m.Follow.chat_key == chat_key)
        .order_by(m.Entity.name)
    ).all()
    return [(name, kind) for name, kind in rows]
