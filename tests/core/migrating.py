"""A store to move between schema revisions, on either backend (the migration tests of db/ share it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.app import BriefingApp
from bot.config import load_settings

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
