"""Alerts for /follow: new facts about followed names since each follow last looked.

``collect_alerts`` is called on a timer by the chat front ends; each follow remembers the newest
article it has seen, so every new fact is announced once. On PostgreSQL the follows being
processed are locked with SKIP LOCKED, so two processes never announce the same fact.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.answers.common import row_date, source_ref
from bot.domain import Answer, EntityInfo, Item
from db import models as m
from db import queries

MAX_ITEMS = 10


def collect_alerts(*, session: Session, platform: str, public_url: str | None = None) -> list[tuple[str, Answer]]:
    """(chat_key, answer) for every follow on ``platform`` ("telegram", "slack") with new facts."""
    newest = session.execute(select(func.max(m.Article.id))).scalar_one_or_none() or 0
    follows = list(
        session.execute(
            select(m.Follow)
            .where(m.Follow.chat_key.like(f"{platform}:%"), m.Follow.last_seen_article_id < newest)
            .with_for_update(skip_locked=True)
        ).scalars()
    )
    alerts = []
    for follow in follows:
        entity = session.get(m.Entity, follow.entity_id)
        since = follow.last_seen_article_id
        follow.last_seen_article_id = newest
        if entity is None:
            continue
        events = list(
            session.execute(
                select(m.Event)
                .join(m.EventActor, m.EventActor.event_id == m.Event.id)
                .where(m.EventActor.entity_id == entity.id, m.Event.article_id > since)
                .order_by(m.Event.article_id, m.Event.id)
                .limit(MAX_ITEMS)
            ).scalars()
        )
        roles = list(
            session.execute(
                select(m.Role)
                .where((m.Role.person_id == entity.id) | (m.Role.org_id == entity.id), m.Role.article_id > since)
                .order_by(m.Role.article_id, m.Role.id)
                .limit(MAX_ITEMS)
            ).scalars()
        )
        facts: list[m.Event | m.Role] = [*events, *roles]
        if not facts:
            continue
        refs = queries.passages_with_articles(session=session, passage_ids=[f.passage_id for f in facts])
        items = []
        for fact in facts:
            passage, article = refs[fact.passage_id]
            date = row_date(fact)
            text = fact.text if isinstance(fact, m.Event) else passage.text
            items.append(Item(text=text, sources=[source_ref(article, passage, public_url)], kind=getattr(fact, "type", "role"),
                              date=date.iso() if date else None, date_text=date.text if date else None))
        alerts.append((follow.chat_key, Answer(command="follow", query=entity.name, message="new_facts",
                                               entity=EntityInfo(name=entity.name, kind=entity.kind, id=entity.id),
                                               items=items, total=len(items))))
    return alerts
