"""Shared fixtures: real SQLite files migrated by Alembic, the seed articles from ../shared/seeds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.app import BriefingApp
from bot.config import load_settings

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
SAMPLES = REPO / "samples"


def require_seeds() -> Path:
    """The seed folder; a loud failure under CI when ../shared is missing, a skip elsewhere."""
    if not (SEEDS / "manifest.json").exists():
        if os.environ.get("CI"):
            pytest.fail(f"seed articles missing: expected {SEEDS} (../shared/seeds beside the checkout)")
        pytest.skip("../shared/seeds not present")
    return SEEDS


@pytest.fixture
def seeds_dir() -> Path:
    return require_seeds()


def make_app(db_path: Path, **settings: object) -> BriefingApp:
    """A BriefingApp on a fresh SQLite file, migrated by Alembic."""
    return BriefingApp.build(load_settings(database_url=f"sqlite:///{db_path}", **settings))


@pytest.fixture
def app(tmp_path: Path):
    application = make_app(tmp_path / "briefing.db")
    yield application
    application.close()


@pytest.fixture(scope="session")
def seeded_app(tmp_path_factory: pytest.TempPathFactory):
    """One store with the five seed articles ingested with their manifest (read-only for tests)."""
    seeds = require_seeds()
    application = make_app(tmp_path_factory.mktemp("seeded") / "briefing.db")
    report = application.ingest([str(seeds)], manifest=str(seeds / "manifest.json"))
    assert not report.failed, report.failed
    yield application
    application.close()
