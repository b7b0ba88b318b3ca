"""Per-chat state kept by the answer functions: language, last brief, follows.

Each function takes ``session`` as a keyword argument and never commits on its own.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, delete, func, literal, select
from sqlalchemy.orm import Session

from db import models as m
from db.upsert import dialect_insert, upsert


def chat_pref(*, session: Session, chat_key: str) -> m.ChatPref | None:
    """The stored preferences of a chat, if it has any."""
    return session.get(m.ChatPref, chat_key)


def chat_lang(*, session: Session, chat_key: str) -> str | None:
    """The UI language a chat chose with /lang, if any."""
    return session.execute(select(m.ChatPref.lang).where(m.ChatPref.chat_key == chat_key)).scalar_one_or_none()


def set_chat_lang(*, session: Session, chat_key: str, lang: str) -> None:
    """Upsert a chat's reply language (/lang): two commands at once never collide."""
    upsert(session, m.ChatPref, {"chat_key": chat_key, "lang": lang}, ["chat_key"], {"lang": lang})


def mark_briefed(*, session: Session, chat_key: str, when: datetime) -> None:
    """Remember when a chat last had a /brief (the next one shows what is newer); an upsert."""
    upsert(session, m.ChatPref, {"chat_key": chat_key, "last_brief_at": when}, ["chat_key"], {"last_brief_at": when})


def follow_entity(*, session: Session, chat_key: str, entity_id: int) -> bool:
    """Follow ``entity_id`` from this chat, alerting on articles stored from now on; False when already
    followed. One INSERT .. ON CONFLICT DO NOTHING, so two /follow at once give one row."""
    newest = select(func.coalesce(func.max(m.Article.id), 0)).scalar_subquery()
    stmt = dialect_insert(session, m.Follow).from_select(
        ["chat_key", "entity_id", "last_seen_article_id"],
        select(literal(chat_key, String()), literal(entity_id, Integer()), newest),
    ).on_conflict_do_nothing(index_elements=[m.Follow.chat_key, m.Follow.entity_id])
    return session.execute(stmt.returning(m.Follow.id)).first() is not None


def unfollow_entity(*, session: Session, chat_key: str, entity_id: int) -> None:
    session.execute(delete(m.Follow).where(m.Follow.chat_key == chat_key, m.Follow.entity_id == entity_id))


def follows_of(*, session: Session, chat_key: str) -> list[tuple[str, str]]:
    """(name, kind) of the entities a chat follows, by name."""
    rows = session.execute(
        select(m.Entity.name, m.Entity.kind)
        .join(m.Follow, m.Follow.entity_id == m.Entity.id)
        .where(m.Follow.chat_key == chat_key)
        .order_by(m.Entity.name)
    ).all()
    return [(name, kind) for name, kind in rows]
