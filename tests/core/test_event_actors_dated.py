"""Migration 0018 (issue 12, branch perf11): each event actor row carries its event's year and month, and a name's
newest dated events are one range of ``ix_event_actors_entity_dated``, on SQLite and PostgreSQL.

The migration fills the columns of the rows stored before it and every new row is written with them; the
downgrade takes them and the index away. A name's newest dated events read from that index are those that
reading every event of the name and sorting them gives (what the walk of the store's newest events that it
replaces gave, ``test_newest_events``), for the busiest names, a name with stand-ins, a missing one, limits
1, 7 and 500."""

from __future__ import annotations

from dataclasses import astuple
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, inspect, select, text

from bot.app import BriefingApp
from db import models as m
from db import queries
from tests.core.migrating import (
    BACKENDS,
    event_actor_indexes,
    ingest_sets,
    migrating_app,
    query_plan,
    statements_run,
    writing_as_before_0018,
)
from tests.stories.test_migration import _migrate

NEW_INDEX, OLD_INDEX = "ix_event_actors_entity_dated", "ix_event_actors_entity_id"
_EVENTS = m.Event.__table__.c


def _columns(engine: Engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("event_actors")}


def _dates_kept(app: BriefingApp) -> tuple[int, int, int]:
    """Check that every actor row holds its event's year and month; (rows, rows dated, rows dated to a year only)."""
    with app.store.session() as session:
        rows = session.execute(text(
            "SELECT a.date_year, a.date_month, e.date_year, e.date_month FROM event_actors a "
            "JOIN events e ON e.id = a.event_id")).all()
    assert all((year, month) == (event_year, event_month) for year, month, event_year, event_month in rows)
    return len(rows), sum(r[0] is not None for r in rows), sum(r[0] is not None and r[1] is None for r in rows)


def _actor_rows(app: BriefingApp) -> list[tuple[int, int, int]]:
    with app.store.session() as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT event_id, entity_id, position FROM event_actors ORDER BY event_id, entity_id"))]


def _sorted_read(session, entity_ids: list[int], limit: int) -> list[int]:  # type: ignore[no-untyped-def]
    """Every dated event of the names read and sorted (no index of a name's events by date)."""
    acting = select(m.EventActor.event_id).where(m.EventActor.entity_id.in_(entity_ids))
    return list(session.scalars(select(_EVENTS.id).where(_EVENTS.date_year.is_not(None), _EVENTS.id.in_(acting))
                                .order_by(_EVENTS.date_year.desc(), _EVENTS.date_month.desc().nulls_last(),
                                          _EVENTS.id.desc()).limit(limit)))


def _busiest(session, count: int = 6) -> list[int]:  # type: ignore[no-untyped-def]
    counted = func.count().label("n")
    return [row[0] for row in session.execute(
        select(m.EventActor.entity_id, counted).join(m.Event, m.Event.id == m.EventActor.event_id)
        .where(m.Event.date_year.is_not(None)).group_by(m.EventActor.entity_id)
        .order_by(counted.desc(), m.EventActor.entity_id).limit(count))]


def _same_as_sorted(app: BriefingApp) -> int:
    """Check every name's newest dated events (``dated_events``, ``dated_events_told``) against the sorted read;
    how many reads were compared."""
    compared = 0
    with app.store.session() as session:
        busiest = _busiest(session)
        asks = [*(([i], []) for i in busiest), ([busiest[0]], busiest[1:3]), ([busiest[-1]], [busiest[-1], busiest[0]]),
                ([10**9], []), ([10**9], [busiest[1]])]
        for (entity_id,), also in asks:
            for limit in (1, 7, 500):
                want = _sorted_read(session, [entity_id, *also], limit)
                got = queries.dated_events(session=session, entity_id=entity_id, limit=limit, also=also)
                assert [e.id for e in got] == want, (entity_id, also, limit)
                told, _stories = queries.dated_events_told(session=session, entity_id=entity_id, limit=limit, also=also)
                assert [astuple(e) for e in told] == [astuple(e) for e in got]
                compared += 1
        assert len(_sorted_read(session, busiest[:1], 500)) > 7  # the limits cut
    return compared


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_migration_fills_the_dates_of_stored_actors_and_new_rows_carry_them(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        _migrate(app, "0017")
        assert not {"date_year", "date_month"} & _columns(app.store.engine)
        with writing_as_before_0018():  # as code before 0018 stored them
            ingest_sets(app, "seeds", "tuning")
        before = _actor_rows(app)
        _migrate(app, "head")
        assert event_actor_indexes(app.store.engine) == {NEW_INDEX, "ix_event_actors_entity_article"}  # the latter: 0019
        rows, dated, year_only = _dates_kept(app)
        assert rows == len(before) and 0 < dated < rows  # dated and undated events' actors both
        assert _actor_rows(app) == before
        assert _same_as_sorted(app) == 30
        ingest_sets(app, "tuning2", "tuning3")  # written at head
        rows_after, dated_after, year_only_after = _dates_kept(app)
        assert rows_after > rows and dated_after > dated and year_only_after >= year_only
        assert year_only_after > 0  # a date of a year alone: its month NULL, last of its year
        _same_as_sorted(app)
        both = _actor_rows(app)
        _migrate(app, "0017")
        assert event_actor_indexes(app.store.engine) == {OLD_INDEX}
        assert not {"date_year", "date_month"} & _columns(app.store.engine)
        assert _actor_rows(app) == both


def _plan(app: BriefingApp, entity_id: int) -> str:
    sql = ("SELECT event_id FROM event_actors WHERE entity_id = :e AND date_year IS NOT NULL "
           "ORDER BY date_year DESC, date_month DESC NULLS LAST, event_id DESC LIMIT 500")
    return query_plan(app, sql, {"e": entity_id})


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_names_newest_dated_events_are_one_range_of_the_index(backend: str, tmp_path: Path,
                                                                request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        ingest_sets(app, "seeds", "tuning", "tuning4")
        assert _same_as_sorted(app) == 30
        with app.store.session() as session:
            busiest = _busiest(session)[0]
            plan = _plan(app, busiest)
            assert NEW_INDEX in plan and "TEMP B-TREE" not in plan and "Sort" not in plan, plan
            with statements_run(app.store.engine) as said:
                queries.dated_events(session=session, entity_id=busiest, limit=7)
        # the ids from event_actors alone, then their rows: no walk of the store's events, no count of the name's
        assert len(said) == 2 and "FROM event_actors" in said[0] and "FROM events" not in said[0], said
