"""/numbers NAME (money, percentages, headcounts) and /quotes NAME (what was said, by or about)."""

from __future__ import annotations

from bot.answers.common import row_date, sentence_with, source_ref
from bot.answers.context import Context
from bot.answers.matching import IndexedEntity
from bot.answers.subject import about_entity, entity_info
from bot.answers.who import local_arms, stand_ins
from bot.domain import Answer, Figure, Item
from db import answers_queries as reads
from db import queries


@about_entity("numbers")
def numbers(ctx: Context, query: str, entity: IndexedEntity) -> Answer:
    session = ctx.session
    rows = [row for ent in [entity, *local_arms(ctx, entity), *stand_ins(ctx, entity)]
            for row in reads.amounts_about(session=session, entity_id=ent.id, limit=ctx.limit * 4)]
    rows.sort(key=lambda a: (a.date_year or 0, a.date_month or 0, a.id))  # oldest dated first, as each list is
    seen: set[tuple] = set()
    distinct = []
    for amount in rows:  # one figure once per passage
        key = (amount.kind, round(amount.value, 4), amount.currency, amount.article_id, amount.passage_id)
        if key not in seen:
            seen.add(key)
            distinct.append(amount)
    shown = distinct[: ctx.limit]  # only the passages of the figures shown are read
    refs = queries.passages_with_articles(session=session, passage_ids=[a.passage_id for a in shown])
    items = []
    for amount in shown:
        passage, article = refs[amount.passage_id]
        date = row_date(amount)
        items.append(
            Item(
                text=sentence_with(passage.text, amount.text),
                sources=[source_ref(article, passage, ctx.public_url)],
                date=date.iso() if date else None,
                date_text=date.text if date else None,
                kind=amount.kind,
                amount=Figure(value=amount.value, currency=amount.currency, text=amount.text, unit=amount.unit),
            )
        )
    return Answer(command="numbers", query=query, entity=entity_info(entity), items=items, total=len(distinct),
                  status="ok")


@about_entity("quotes")
def quotes(ctx: Context, query: str, entity: IndexedEntity) -> Answer:
    session = ctx.session
    rows = reads.quotes_about(session=session, entity_id=entity.id, limit=ctx.limit * 2)
    shown = rows[: ctx.limit]  # only the passages of the quotes shown are read
    refs = queries.passages_with_articles(session=session, passage_ids=[q.passage_id for q, _ in shown])
    items = []
    for quote, speaker_name in shown:
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
    return Answer(command="quotes", query=query, entity=entity_info(entity), items=items, total=len(rows), status="ok")
