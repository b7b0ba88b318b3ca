"""Queries behind /follow alerts and digests: follows to check, new facts about a name, earlier facts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.orm import Session

from db import models as m


def newest_article_id(*, session: Session) -> int:
    return session.execute(select(func.max(m.Article.id))).scalar_one_or_none() or 0


def follows_behind(*, session: Session, newest: int, skip: set[str]) -> list[m.Follow]:
    """Follows that have not seen article ``newest`` yet, locked (SKIP LOCKED on PostgreSQL)."""
    rows = session.execute(
        select(m.Follow).where(m.Follow.last_seen_article_id < newest).order_by(m.Follow.id)
        .with_for_update(skip_locked=True)
    ).scalars()
    return [f for f in rows if f.chat_key not in skip]


def new_events(*, session: Session, entity_id: int, since: int, limit: int) -> Sequence[m.Event]:
    return session.execute(
        select(m.Event).join(m.EventActor, m.EventActor.event_id == m.Event.id)
        .where(m.EventActor.entity_id == entity_id, m.Event.article_id > since)
        .order_by(m.Event.article_id, m.Event.id).limit(limit)
    ).scalars().all()


def new_roles(*, session: Session, entity_id: int, since: int, limit: int) -> Sequence[m.Role]:
    return session.execute(
        select(m.Role).where((m.Role.person_id == entity_id) | (m.Role.org_id == entity_id), m.Role.article_id > since)
        .order_by(m.Role.article_id, m.Role.id).limit(limit)
    ).scalars().all()


def new_quotes(*, session: Session, entity_id: int, since: int, limit: int) -> Sequence[m.Quote]:
    return session.execute(
        select(m.Quote).where(m.Quote.speaker_id == entity_id, m.Quote.article_id > since)
        .order_by(m.Quote.article_id, m.Quote.id).limit(limit)
    ).scalars().all()


def earlier_events(*, session: Session, entity_id: int, event: m.Event, types: list[str]) -> Sequence[m.Event]:
    """Tellings of the same happening in articles stored before ``event``'s: one of ``types`` (its kind),
    the same year and month, and either about the same name or in the same story on the same day (another
    outlet's copy may name the actors differently)."""
    story = select(m.StoryArticle.story_id).where(m.StoryArticle.article_id == event.article_id).scalar_subquery()
    in_story = m.Event.article_id.in_(select(m.StoryArticle.article_id).where(m.StoryArticle.story_id == story))
    about = m.Event.id.in_(select(m.EventActor.event_id).where(m.EventActor.entity_id == entity_id))
    same_day = true() if event.date_day is None else or_(m.Event.date_day.is_(None), m.Event.date_day == event.date_day)
    return session.execute(
        select(m.Event)
        .where(or_(about, and_(in_story, same_day)), m.Event.type.in_(types), m.Event.article_id < event.article_id,
               m.Event.date_year.is_(None) if event.date_year is None else m.Event.date_year == event.date_year,
               m.Event.date_month.is_(None) if event.date_month is None else m.Event.date_month == event.date_month)
        .order_by(m.Event.article_id.desc()).limit(5)
    ).scalars().all()


def event_money(*, session: Session, event_ids: list[int]) -> dict[int, list[m.Amount]]:
    """Money amounts and headcounts attached to each event."""
    out: dict[int, list[m.Amount]] = {i: [] for i in event_ids}
    if not event_ids:
        return out
    for amount in session.execute(
        select(m.Amount).where(m.Amount.event_id.in_(event_ids), m.Amount.kind.in_(("money", "count"))).order_by(m.Amount.id)
    ).scalars():
        out[amount.event_id].append(amount)  # type: ignore[index]
    return out


def role_known_before(*, session: Session, role: m.Role) -> bool:
    """The same person, title and org (any org when this article names none) in an earlier article."""
    return session.execute(
        select(m.Role.id).where(m.Role.person_id == role.person_id,
                                true() if role.org_id is None else m.Role.org_id == role.org_id,
                                func.lower(m.Role.title) == role.title.lower(), m.Role.former == role.former,
                                m.Role.article_id < role.article_id).limit(1)
    ).first() is not None


def quotes_before(*, session: Session, speaker_id: int, before_article_id: int) -> Sequence[str]:
    return session.execute(
        select(m.Quote.text).where(m.Quote.speaker_id == speaker_id, m.Quote.article_id < before_article_id)
    ).scalars().all()


def entity_names(*, session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {entity_id: name for entity_id, name in session.execute(select(m.Entity.id, m.Entity.name)
                                                                   .where(m.Entity.id.in_(ids)))}
