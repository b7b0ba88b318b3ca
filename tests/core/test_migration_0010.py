"""Migration 0010: on SQLite the link tables are kept in their primary key (WITHOUT ROWID), rebuilt in
place with every row and index, and back again on the way down; deletes still cascade to them. On
PostgreSQL the migration changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from bot.app import BriefingApp
from db import queries
from tests.conftest import SAMPLES
from tests.core.migrating import BACKENDS, migrating_app
from tests.stories.helpers import ingest_folder
from tests.stories.test_migration import _migrate

LINKS = {"event_actors": "event_id, entity_id, position", "event_anchors": "event_id, entity_id",
         "amount_entities": "amount_id, entity_id"}


def _rows(app: BriefingApp) -> dict[str, list[tuple[int, ...]]]:
    with app.store.engine.connect() as conn:
        return {table: [tuple(r) for r in conn.execute(text(f"SELECT {columns} FROM {table} ORDER BY {columns}"))]
                for table, columns in LINKS.items()}


def _without_rowid(engine: Engine) -> dict[str, bool]:
    with engine.connect() as conn:
        return {name: sql.rstrip().endswith("WITHOUT ROWID") for name, sql in conn.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('event_actors', "
                 "'event_anchors', 'amount_entities')"))}


def _entity_indexes(engine: Engine) -> set[str]:
    inspector = inspect(engine)
    return {ix["name"] for table in LINKS for ix in inspector.get_indexes(table)}


@pytest.mark.parametrize("backend", BACKENDS)
def test_link_tables_are_rebuilt_without_rowid_and_keep_their_rows(backend: str, tmp_path: Path,
                                                                   request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        sqlite = app.store.dialect == "sqlite"
        ingest_folder(app, SAMPLES)
        stored, indexes = _rows(app), _entity_indexes(app.store.engine)
        assert stored["event_actors"] and stored["amount_entities"]
        # 0018: by entity and date; 0019: by entity and article
        assert indexes == {"ix_event_actors_entity_dated", "ix_event_actors_entity_article", "ix_amount_entities_entity_id"}
        if sqlite:
            assert _without_rowid(app.store.engine) == dict.fromkeys(LINKS, True)
        _migrate(app, "0009")
        assert _rows(app) == stored
        assert _entity_indexes(app.store.engine) == {"ix_event_actors_entity_id", "ix_amount_entities_entity_id"}
        if sqlite:
            assert _without_rowid(app.store.engine) == dict.fromkeys(LINKS, False)
        _migrate(app, "head")
        assert _rows(app) == stored and _entity_indexes(app.store.engine) == indexes
        if sqlite:
            assert _without_rowid(app.store.engine) == dict.fromkeys(LINKS, True)
        with app.store.write() as session:  # deleting an article still takes its links with it
            first = queries.article_ids(session=session)[0]
            events = set(session.execute(text("SELECT id FROM events WHERE article_id = :a"), {"a": first}).scalars())
            assert events
            queries.delete_articles(session=session, article_ids=[first])
        assert not events & {row[0] for row in _rows(app)["event_actors"]}
        if sqlite:
            with app.store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
