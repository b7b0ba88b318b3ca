"""Migration 0012 on SQLite and PostgreSQL: departures get a partial index of their own, from which /who reads
the departures of an organisation's role holders (``answers_queries.departures_of``) instead of every event of
those people; the downgrade drops it and keeps every row, and the departures read are the same once back at the
head (below 0020 the read cannot run: it reads the pending mark)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from bot.app import BriefingApp
from db import answers_queries as reads
from tests.core.migrating import BACKENDS, migrating_app
from tests.stories.helpers import ingest_folder
from tests.stories.test_migration import _migrate

REPO = Path(__file__).resolve().parents[2]
DEPARTURES = REPO / "tests/fixtures/blind/a"  # a set whose stories have people leaving their posts


def _has_index(engine: Engine) -> bool:
    return "ix_events_departures" in {ix["name"] for ix in inspect(engine).get_indexes("events")}


def _departures(app: BriefingApp) -> dict:
    with app.store.session() as session:
        people = list(session.execute(text("SELECT id FROM entities WHERE kind = 'person'")).scalars())
        found = reads.departures_of(session=session, person_ids=people)
    return {person: sorted((p, sorted(orgs), day, passage) for p, orgs, day, passage in told)
            for person, told in found.items()}


def _departure_rows(app: BriefingApp) -> list[tuple]:
    with app.store.session() as session:
        return [tuple(row) for row in session.execute(text(
            "SELECT id, date_year, date_month, date_day, date_basis, passage_id FROM events "
            "WHERE type = 'departure' ORDER BY id"))]


def _plan(engine: Engine) -> str:
    """SQLite's plan of the departures of a few people (on a connection of its own: a pooled one may keep a
    statement prepared before the migration)."""
    with closing(sqlite3.connect(str(engine.url.database))) as conn:
        return " ".join(str(row[-1]) for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM events WHERE type = 'departure' AND EXISTS (SELECT 1 FROM event_actors "
            "WHERE event_actors.event_id = events.id AND event_actors.entity_id + 0 IN (1, 2, 3))"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_departures_get_an_index_and_lose_it_on_the_way_down(backend: str, tmp_path: Path,
                                                              request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        sqlite = app.store.dialect == "sqlite"
        ingest_folder(app, DEPARTURES)
        found = _departures(app)
        assert found and _has_index(app.store.engine)
        if sqlite:
            assert "USING INDEX ix_events_departures" in _plan(app.store.engine)
        stored = _departure_rows(app)
        _migrate(app, "0011")
        assert not _has_index(app.store.engine) and _departure_rows(app) == stored
        _migrate(app, "head")
        assert _has_index(app.store.engine) and _departures(app) == found
