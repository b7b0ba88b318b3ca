"""/numbers NAME (money, percentages, headcounts) and /quotes NAME (what was said, by or about)."""

from __future__ import annotations

from sqlalchemy import or_, select

from bot.answers.common import row_date, sentence_with, source_ref
from bot.answers.registry import Context
from bot.answers.who import entity_info, resolve
from bot.domain import Answer, Item
from db import models as m
from db import queries


def numbers(ctx: Context, query: str) -> Answer:
    entity, problem = resolve(ctx, "numbers", query)
    if problem:
        return problem
    assert entity is not None
    session = ctx.session
    actor_events = select(m.EventActor.event_id).where(m.EventActor.entity_id == entity.id)
    about = select(m.AmountEntity.amount_id).where(m.AmountEntity.entity_id == entity.id)
    rows = list(
        session.execute(
            select(m.Amount)
            .where(or_(m.Amount.id.in_(about), m.Amount.event_id.in_(actor_events)))
            .order_by(m.Amount.date_year.asc().nulls_first(), m.Amount.date_month.asc().nulls_first(), m.Amount.id)
            .limit(ctx.limit * 4)
        ).scalars()
    )
    refs = queries.passages_with_articles(session=session, passage_ids=[a.passage_id for a in rows])
    seen: set[tuple] = set()
    items = []
    for amount in rows:
        passage, article = refs[amount.passage_id]
        key = (amount.kind, round(amount.value, 4), amount.currency, article.id, passage.id)
        if key in seen:
            continue
        seen.add(key)
        date = row_date(amount)
        items.append(
            Item(
                text=sentence_with(passage.text, amount.text),
                sources=[source_ref(article, passage, ctx.public_url)],
                date=date.iso() if date else None,
                date_text=date.text if date else None,
                kind=amount.kind,
                amount={"value": amount.value, "currency": amount.currency, "text": amount.text, "unit": amount.unit},
            )
        )
    return Answer(command="numbers", query=query, entity=entity_info(entity), items=items[: ctx.limit],
                  total=len(items), status="ok")


def quotes(ctx: Context, query: str) -> Answer:
    entity, problem = resolve(ctx, "quotes", query)
    if problem:
        return problem
    assert entity is not None
    session = ctx.session
    speaker = m.Entity.__table__.alias("speaker")
    rows = session.execute(
        select(m.Quote, speaker.c.name)
        .outerjoin(speaker, speaker.c.id == m.Quote.speaker_id)
        .where(or_(m.Quote.speaker_id == entity.id, m.Quote.about_id == entity.id))
        .order_by(m.Quote.article_id, m.Quote.id)
        .limit(ctx.limit * 2)
    ).all()
    refs = queries.passages_with_articles(session=session, passage_ids=[q.passage_id for q, _ in rows])
    items = []
    for quote, speaker_name in rows:
        passage, article = refs[quote.passage_id]
        items.append(
            Item(
                text=quote.text,
                sources=[source_ref(article, passage, ctx.public_url)],
                kind=quote.kind,
                speaker=speaker_name or quote.speaker_text,
                date=article.published,
            )
        )
    return Answer(command="quotes", query=query, entity=entity_info(entity), items=items[: ctx.limit],
                  total=len(items), status="ok")
