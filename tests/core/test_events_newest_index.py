"""Migration 0015: PostgreSQL's index of the dated events in the timeline's order (``ix_events_newest``), made and
dropped by the migration, read for the global ``/timeline``; SQLite gets nothing. The timeline reads give the same
events at either revision (a name's events are read from ``event_actors`` by date since 0018 and by article since
0019: at 0014 they are not read)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from bot.app import BriefingApp
from db import queries
from tests.conftest import require_seeds
from tests.core.migrating import BACKENDS, migrating_app
from tests.stories.test_migration import _migrate

NEWEST = ("SELECT id FROM events WHERE date_year IS NOT NULL "
          "ORDER BY date_year DESC, date_month DESC NULLS LAST, id DESC LIMIT 500")


def _has_index(engine: Engine) -> bool:
    return "ix_events_newest" in {ix["name"] for ix in inspect(engine).get_indexes("events")}


def _reads(app: BriefingApp, *, by_name: bool = True) -> list[tuple[object, ...]]:
    """The global timeline's events and, with ``by_name`` (at 0019 and later), each name's newest events by date
    and by article."""
    with app.store.session() as session:
        names = list(session.execute(text("SELECT DISTINCT entity_id FROM event_actors ORDER BY entity_id")).scalars())
        out: list[tuple[object, ...]] = [tuple(e.id for e in queries.dated_events(session=session, entity_id=None, limit=500))]
        for entity_id in names:
            for limit in (1, 3):
                if by_name:
                    out.append(tuple(e.id for e in queries.dated_events(session=session, entity_id=entity_id, limit=limit)))
                    out.append(tuple(queries.event_sentences_of(session=session, entity_id=entity_id, limit=limit)))
    return out


def _plan(engine: Engine) -> str:
    with engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))  # a few seed rows: a table scan and a sort would be cheaper
        conn.execute(text("SET enable_bitmapscan = off"))
        return "\n".join(conn.execute(text("EXPLAIN " + NEWEST)).scalars())


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_newest_events_index_up_and_down(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    seeds = require_seeds()
    with migrating_app(backend, tmp_path, request) as app:
        assert not app.ingest([str(seeds)], manifest=str(seeds / "manifest.json")).failed
        postgres = app.store.dialect == "postgresql"
        assert _has_index(app.store.engine) == postgres
        if postgres:  # the order read from the index, not sorted
            plan = _plan(app.store.engine)
            assert "ix_events_newest" in plan and "Sort" not in plan, plan
        at_head, below = _reads(app), _reads(app, by_name=False)
        assert len(at_head) > 20 and below == at_head[:1] and at_head[0]
        _migrate(app, "0014")
        assert not _has_index(app.store.engine)
        assert _reads(app, by_name=False) == below
        _migrate(app, "head")
        assert _has_index(app.store.engine) == postgres and _reads(app) == at_head
