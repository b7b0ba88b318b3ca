"""Migration 0019 (issue 12, branch perf12): each event actor row carries its event's article, and a name's events
in its newest articles (``queries.event_sentences_of``, ``/who``'s key facts) are one range of
``ix_event_actors_entity_article``, on SQLite and PostgreSQL.

The migration fills the column of the rows stored before it and every new row is written with it; the downgrade
takes it and the index away. The range read gives what reading every event of the name and sorting them gives
(what the walk of the store's newest events that it replaces was tested to give), for the busiest names, limits
1, 7 and 500, and a missing name."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

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
    writing_as_before_0019,
)
from tests.stories.test_migration import _migrate

INDEX = "ix_event_actors_entity_article"
_EVENTS = m.Event.__table__.c


def _articles_kept(app: BriefingApp) -> int:
    """Check that every actor row holds its event's article; how many rows there are."""
    with app.store.session() as session:
        rows = session.execute(text(
            "SELECT a.article_id, e.article_id FROM event_actors a JOIN events e ON e.id = a.event_id")).all()
    assert all(mine == its for mine, its in rows)
    return len(rows)


def _actor_rows(app: BriefingApp) -> list[tuple[int, ...]]:
    with app.store.session() as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT event_id, entity_id, position, date_year, date_month FROM event_actors ORDER BY event_id, entity_id"))]


def _sorted_read(session, entity_id: int, limit: int) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """Every event of the name read and sorted by its article, newest first, then as stored (the events alone)."""
    acting = select(m.EventActor.event_id).where(m.EventActor.entity_id == entity_id)
    rows = session.execute(select(m.Event.passage_id, m.Event.text).where(_EVENTS.id.in_(acting))
                           .order_by(_EVENTS.article_id.desc(), _EVENTS.id).limit(limit))
    return [(pid, sentence) for pid, sentence in rows]


def _busiest(session, count: int = 6) -> list[int]:  # type: ignore[no-untyped-def]
    counted = func.count().label("n")
    return [row[0] for row in session.execute(
        select(m.EventActor.entity_id, counted).group_by(m.EventActor.entity_id)
        .order_by(counted.desc(), m.EventActor.entity_id).limit(count))]


def _same_as_sorted(app: BriefingApp) -> int:
    """Check the busiest names' and a missing name's event sentences against the sorted read; how many compared."""
    compared = 0
    with app.store.session() as session:
        busiest = _busiest(session)
        for entity_id in [*busiest, 10**9]:
            for limit in (1, 7, 500):
                want = _sorted_read(session, entity_id, limit)
                assert queries.event_sentences_of(session=session, entity_id=entity_id, limit=limit) == want, (
                    entity_id, limit)
                compared += 1
        assert len(_sorted_read(session, busiest[0], 500)) > 7  # the limits cut
        # a name's events in one article several: the read keeps their stored order within the article
        many = session.execute(text("SELECT count(*) FROM event_actors a JOIN events e ON e.id = a.event_id "
                                    "WHERE a.entity_id = :e GROUP BY e.article_id ORDER BY 1 DESC LIMIT 1"),
                               {"e": busiest[0]}).scalar_one()
        assert many > 1
    return compared


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_migration_fills_the_article_of_stored_actors_and_new_rows_carry_it(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        _migrate(app, "0018")
        assert "article_id" not in {c["name"] for c in inspect(app.store.engine).get_columns("event_actors")}
        with writing_as_before_0019():  # as code before 0019 stored them
            ingest_sets(app, "seeds", "tuning")
        before = _actor_rows(app)
        _migrate(app, "head")
        assert INDEX in event_actor_indexes(app.store.engine)
        rows = _articles_kept(app)
        assert rows == len(before) > 0 and _actor_rows(app) == before
        assert _same_as_sorted(app) == 21
        ingest_sets(app, "tuning2", "tuning3")  # written at head
        assert _articles_kept(app) > rows
        _same_as_sorted(app)
        both = _actor_rows(app)
        _migrate(app, "0018")
        assert INDEX not in event_actor_indexes(app.store.engine)
        assert "article_id" not in {c["name"] for c in inspect(app.store.engine).get_columns("event_actors")}
        assert _actor_rows(app) == both


def _plan(app: BriefingApp, entity_id: int) -> str:
    sql = "SELECT event_id FROM event_actors WHERE entity_id = :e ORDER BY article_id DESC, event_id LIMIT 400"
    return query_plan(app, sql, {"e": entity_id})


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_names_events_by_article_are_one_range_of_the_index(backend: str, tmp_path: Path,
                                                             request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        ingest_sets(app, "seeds", "tuning", "tuning4")
        assert _same_as_sorted(app) == 21
        with app.store.session() as session:
            busiest = _busiest(session)[0]
            plan = _plan(app, busiest)
            assert INDEX in plan and "TEMP B-TREE" not in plan and "Sort" not in plan, plan
            with statements_run(app.store.engine) as said:
                queries.event_sentences_of(session=session, entity_id=busiest, limit=7)
        # one statement: the ids from event_actors alone (a subquery, no walk of the store's events, no count of the
        # name's), then their sentences
        assert len(said) == 1 and "FROM events" in said[0] and "FROM event_actors" in said[0], said
        ids = said[0].split("IN (SELECT", 1)[1]
        assert "FROM event_actors" in ids and "FROM events" not in ids and "LIMIT" in ids, said
