"""Migration 0007 on SQLite and PostgreSQL: a store going down to 0006 loses passages.fact_weight, and
coming back up counts it from the stored facts, exactly as the write path keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.app import BriefingApp
from bot.config import load_settings
from tests.conftest import SAMPLES
from tests.core.test_store_writes import _weights_match_facts
from tests.stories.test_migration import _migrate


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_fact_weights_are_counted_by_the_migration(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}" if backend == "sqlite" else request.getfixturevalue("pg_server").create_database()
    app = BriefingApp.build(load_settings(database_url=url))
    try:
        assert not app.ingest([str(SAMPLES)], manifest=str(SAMPLES / "manifest.json")).failed
        written = _weights_match_facts(app)
        _migrate(app, "0006")
        assert "fact_weight" not in {c["name"] for c in inspect(app.store.engine).get_columns("passages")}
        _migrate(app, "head")
        assert _weights_match_facts(app) == written and any(written.values())
    finally:
        app.close()
