"""Plain records (db/records.py) carry exactly what the ORM reads of the same rows."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select

from db import models as m
from db import queries, records
from tests.garbage import cyclic_garbage


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


def _ids_statement(session, ids: list[int]) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """The SQL text of a read of passages by ``among`` and how many parameters it binds."""
    compiled = select(m.Passage.id).where(records.among(session, m.Passage.id, ids)).compile(
        session.get_bind(), compile_kwargs={"render_postcompile": True})
    return str(compiled), len(compiled.params)


def test_a_read_of_many_ids_binds_one_parameter_whatever_their_number(seeded_app) -> None:  # type: ignore[no-untyped-def]
    """SQLite is given the ids as one JSON text (``json_each``), PostgreSQL as one array: the statement's text does
    not change with their number (an IN list was rendered with one placeholder an id on SQLite, issue 12)."""
    with seeded_app.store.session() as session:
        few, many = _ids_statement(session, [3, 1, 2]), _ids_statement(session, list(range(1, 401)))
        assert few[0] == many[0] and few[1] == many[1] == 1


def test_a_read_of_ids_finds_what_an_in_list_finds(seeded_app) -> None:  # type: ignore[no-untyped-def]
    import random

    rng = random.Random(5)
    with seeded_app.store.session() as session:
        stored = list(session.scalars(select(m.Passage.id)))
        for ids in ([], [10**9], stored[:1], stored[:1] * 3, rng.sample(stored, 40) + [10**9], stored):
            got = list(session.scalars(select(m.Passage.id).where(records.among(session, m.Passage.id, ids))))
            assert sorted(got) == sorted(set(ids) & set(stored))
            assert len(got) == len(set(got))  # an id asked twice is one row


def test_rows_are_fetched_at_once_and_see_changes_not_yet_flushed(app) -> None:  # type: ignore[no-untyped-def]
    """``records.rows`` gives every row as ``session.execute`` would, as a list (one fetch of the driver); with
    changes pending in the session it flushes them first, as ``session.execute`` does."""
    with app.store.write() as session:
        session.add(m.Entity(name="Kencana Digital", kind="org", norm="kencana digital"))
        got = records.rows(session, select(m.Entity.name).order_by(m.Entity.name))
        assert isinstance(got, list) and [r[0] for r in got] == ["Kencana Digital"]
        assert [tuple(r) for r in got] == [tuple(r) for r in session.execute(select(m.Entity.name))]
    with app.store.session() as session:
        assert records.rows(session, select(m.Entity.name).where(m.Entity.name == "none")) == []


def test_a_read_built_once_binds_its_ids_as_among_does(seeded_app) -> None:  # type: ignore[no-untyped-def]
    """``among_bound`` in a statement built once, its ids bound when it runs (``bound_ids``), is the SQL and the rows
    of ``among`` built afresh with the ids (perf13: the timeline's and /who's reads of hundreds of ids)."""
    with seeded_app.store.session() as session:
        dialect = records.dialect_of(session)
        ids = [e.id for e in records.read(session, records.Event, records.select_records(records.Event))][::2]
        kept = select(m.Event.id, m.Event.type).where(records.among_bound(dialect, m.Event.id)).order_by(m.Event.id)
        fresh = select(m.Event.id, m.Event.type).where(records.among(session, m.Event.id, ids)).order_by(m.Event.id)
        bind = session.get_bind()
        assert str(kept.compile(bind)).replace(records.IDS, "") == str(fresh.compile(bind)).replace("param_1", "")
        got = [tuple(r) for r in records.rows(session, kept, records.bound_ids(session, ids))]
        assert got == [tuple(r) for r in records.rows(session, fresh)] and len(got) == len(ids) > 5
        assert records.rows(session, kept, records.bound_ids(session, [])) == []


def test_the_timeline_reads_are_built_once_and_leave_no_cyclic_garbage(seeded_app) -> None:  # type: ignore[no-untyped-def]
    """/timeline's reads of hundreds of ids run statements built once (perf13)."""
    with seeded_app.store.session() as session:
        events, _told = queries.dated_events_told(session=session, entity_id=None, limit=500)
        ids = [e.id for e in events]
        dialect = records.dialect_of(session)
        assert queries._events_told(dialect) is queries._events_told(dialect)

        def reads() -> int:
            queries.dated_events_told(session=session, entity_id=None, limit=500)
            parties = queries.event_parties(session=session, event_ids=ids)
            queries.event_anchors(session=session, event_ids=ids)
            money = queries.money_by_event(session=session, event_ids=ids)
            refs = queries.passages_with_articles(session=session, passage_ids=[e.passage_id for e in events])
            return len(parties[0]) + len(money) + len(refs)

        reads()
        count, garbage = cyclic_garbage(reads)
        assert count > 20
        assert len(garbage) < 20  # ~230 objects when each read's statement was built afresh (its json_each, its joins)
