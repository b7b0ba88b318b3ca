"""A store to move between schema revisions, on either backend (the migration tests of db/ share it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from sqlalchemy import Engine, event, inspect, text

from bot.app import BriefingApp
from bot.config import load_settings
from bot.domain import Entity
from db import models as m
from db import queries
from tests.conftest import require_seeds
from tests.stories.helpers import FIXTURES, ingest_folder

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@contextmanager
def migrating_app(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[BriefingApp]:
    """A fresh store at the head revision: a SQLite file, or a new PostgreSQL database of this test run."""
    url = f"sqlite:///{tmp_path / 'm.db'}" if backend == "sqlite" else request.getfixturevalue("pg_server").create_database()
    app = BriefingApp.build(load_settings(database_url=url))
    try:
        yield app
    finally:
        app.close()


def writing_as_before_0018() -> Any:
    """Store articles as code before migration 0018 did, for a store taken below it: event actor rows without their
    event's year and month, nor its article (0019), events without their pending mark (0020), entities without their
    kind readings (0021; the columns are not there)."""
    return _rows_without(["date_year", "date_month", "article_id"], ["pending"])


def writing_as_before_0019() -> Any:
    """Store articles as code before migration 0019 did, for a store taken below it: event actor rows without their
    event's article, events without their pending mark (0020), entities without their kind readings (0021; the
    columns are not there)."""
    return _rows_without(["article_id"], ["pending"])


@contextmanager
def _rows_without(actor_columns: list[str], event_columns: list[str]) -> Iterator[None]:
    plain_actor_rows, plain_event_row = queries._FactWriter.actor_rows, queries._FactWriter.event_row

    def actor_rows(writer: queries._FactWriter, *args: Any) -> list[dict[str, object]]:
        return [{k: v for k, v in row.items() if k not in actor_columns} for row in plain_actor_rows(writer, *args)]

    def event_row(writer: queries._FactWriter, *args: Any) -> dict[str, object]:
        return {k: v for k, v in plain_event_row(writer, *args).items() if k not in event_columns}

    def count_reading(_session: Any, stored: m.Entity, entity: Entity) -> None:  # the first kind kept, as before 0021
        if stored.kind == "author" and entity.kind != "author":
            stored.kind = entity.kind

    with patch.object(queries._FactWriter, "actor_rows", actor_rows), \
            patch.object(queries._FactWriter, "event_row", event_row), patch.object(queries, "_count_reading", count_reading):
        yield


def ingest_sets(app: BriefingApp, *folders: str) -> None:
    """Ingest the seeds ("seeds") and fixture folders ("tuning", "tuning4" ...) into the store."""
    for folder in folders:
        if folder == "seeds":
            seeds = require_seeds()
            assert not app.ingest([str(seeds)], manifest=str(seeds / "manifest.json")).failed
        else:
            ingest_folder(app, FIXTURES / folder)


def event_actor_indexes(engine: Engine) -> set[str]:
    return {ix["name"] for ix in inspect(engine).get_indexes("event_actors")}


def query_plan(app: BriefingApp, sql: str, params: dict[str, object]) -> str:
    """The plan each backend makes for ``sql``; PostgreSQL is kept from the table scan and sort that a store of a few
    rows would make cheaper, so that the plan shows which index the read can use."""
    with app.store.engine.connect() as conn:
        if app.store.dialect == "sqlite":
            return "\n".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params))
        conn.execute(text("SET enable_seqscan = off"))
        conn.execute(text("SET enable_bitmapscan = off"))
        return "\n".join(conn.execute(text("EXPLAIN " + sql), params).scalars())


@contextmanager
def statements_run(engine: Engine) -> Iterator[list[str]]:
    """The SQL statements sent through ``engine`` while the block runs."""
    said: list[str] = []

    def heard(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        said.append(statement)

    event.listen(engine, "before_cursor_execute", heard)
    try:
        yield said
    finally:
        event.remove(engine, "before_cursor_execute", heard)
