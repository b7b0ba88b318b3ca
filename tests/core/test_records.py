"""Plain records (db/records.py) carry exactly what the ORM reads of the same rows."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select

from db import models as m
from db import queries, records


def _same(record: object, row: object) -> bool:
    return all(getattr(record, f.name) == getattr(row, f.name) for f in fields(record))  # type: ignore[arg-type]


def test_records_hold_the_columns_the_orm_reads(seeded_app) -> None:  # type: ignore[no-untyped-def]
    with seeded_app.store.session() as session:
        events = {e.id: e for e in session.execute(select(m.Event)).scalars()}
        amounts = {a.id: a for a in session.execute(select(m.Amount)).scalars()}
        passages = {p.id: p for p in session.execute(select(m.Passage)).scalars()}
        read_events = records.read(session, records.Event, records.select_records(records.Event))
        read_amounts = records.read(session, records.Amount, records.select_records(records.Amount))
        refs = queries.passages_with_articles(session=session, passage_ids=list(passages) + [10**9])
        assert len(read_events) == len(events) > 0 and len(read_amounts) == len(amounts) > 0
        assert all(_same(e, events[e.id]) for e in read_events)
        assert all(_same(a, amounts[a.id]) for a in read_amounts)
        assert set(refs) == set(passages)  # a missing id is left out
        for pid, (passage, article) in refs.items():
            assert _same(passage, passages[pid]) and _same(article, passages[pid].article)
        # one record per article, shared by its passages (as the ORM shares one instance)
        by_article: dict[int, set[int]] = {}
        for passage, article in refs.values():
            by_article.setdefault(passage.article_id, set()).add(id(article))
        assert all(len(ids) == 1 for ids in by_article.values())


def test_dated_events_are_the_same_rows_as_the_orm_query(seeded_app) -> None:  # type: ignore[no-untyped-def]
    with seeded_app.store.session() as session:
        got = queries.dated_events(session=session, entity_id=None, limit=10_000)
        orm = session.execute(select(m.Event).where(m.Event.date_year.is_not(None))).scalars().all()
        assert sorted(e.id for e in got) == sorted(e.id for e in orm)
        keys = [(e.date_year, e.date_month or 0, e.id) for e in got]
        assert keys == sorted(keys, key=lambda k: (-k[0], -k[1], -k[2]))  # newest first
