"""Migration 0011 on SQLite and PostgreSQL: events, roles and quotes get an index on ``passage_id``, so the
cascade from a deleted passage finds its facts by the index instead of scanning each table; the
downgrade drops the three indexes and keeps every row."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from bot.app import BriefingApp
from db import queries
from tests.conftest import SAMPLES
from tests.core.migrating import BACKENDS, migrating_app
from tests.stories.helpers import ingest_folder
from tests.stories.test_migration import _migrate

TABLES = ("events", "roles", "quotes")
ADDED = {(table, f"ix_{table}_passage_id") for table in TABLES}


def _indexes(engine: Engine) -> set[tuple[str, str]]:
    inspector = inspect(engine)
    return {(table, ix["name"]) for table in TABLES for ix in inspector.get_indexes(table)}


def _facts(app: BriefingApp) -> dict[str, list[tuple[int, int]]]:
    with app.store.engine.connect() as conn:
        return {table: [tuple(r) for r in conn.execute(text(f"SELECT id, passage_id FROM {table} ORDER BY id"))]
                for table in TABLES}


def _plans(engine: Engine) -> dict[str, str]:
    """SQLite's plan of what the cascade from ``passages`` asks of each table: its rows of one passage (on a
    connection of its own: a pooled one may keep a statement prepared before the migration)."""
    with closing(sqlite3.connect(str(engine.url.database))) as conn:
        return {table: " ".join(str(row[-1]) for row in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT 1 FROM {table} WHERE passage_id = 1")) for table in TABLES}


@pytest.mark.parametrize("backend", BACKENDS)
def test_fact_tables_get_passage_indexes_and_lose_them_on_the_way_down(backend: str, tmp_path: Path,
                                                                       request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        sqlite = app.store.dialect == "sqlite"
        ingest_folder(app, SAMPLES)
        stored = _facts(app)
        assert all(stored.values())
        assert ADDED <= _indexes(app.store.engine)
        if sqlite:
            assert _plans(app.store.engine) == {t: f"SEARCH {t} USING COVERING INDEX ix_{t}_passage_id (passage_id=?)" for t in TABLES}
        _migrate(app, "0010")
        assert not ADDED & _indexes(app.store.engine) and _facts(app) == stored
        if sqlite:
            assert _plans(app.store.engine) == {t: f"SCAN {t}" for t in TABLES}
        _migrate(app, "head")
        assert ADDED <= _indexes(app.store.engine) and _facts(app) == stored
        with app.store.write() as session:  # deleting an article still takes its facts with it
            first = queries.article_ids(session=session)[0]
            passages = set(session.execute(text("SELECT id FROM passages WHERE article_id = :a"), {"a": first}).scalars())
            queries.delete_articles(session=session, article_ids=[first])
        assert not passages & {pid for rows in _facts(app).values() for _id, pid in rows}
