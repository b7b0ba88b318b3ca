"""Migration 0006 on SQLite and PostgreSQL: a store with articles goes down to 0005 (no stories) and up
again; each stored article gets a story of its own, new ones get the next ids, and reindex groups them."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select

from bot.app import BriefingApp
from bot.config import load_settings
from db import models as m
from db.migrate import alembic_config
from tests.stories.helpers import SAMPLES, consistent, ingest_folder, partition, sets

GAJIKU = ["id-02-gajiku-phk.txt", "en-04-payroll-startup-layoffs.html"]


def _migrate(app: BriefingApp, target: str) -> None:
    with app.store.engine.begin() as conn:
        cfg = alembic_config(app.store.url)
        cfg.attributes["connection"] = conn
        (command.downgrade if target != "head" else command.upgrade)(cfg, target)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_articles_stored_before_0006_get_a_story_each_and_reindex_groups_them(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}" if backend == "sqlite" else request.getfixturevalue("pg_server").create_database()
    app = BriefingApp.build(load_settings(database_url=url))
    try:
        ingest_folder(app, SAMPLES, GAJIKU)
        assert partition(app) == sets([set(GAJIKU)])
        _migrate(app, "0005")
        assert not {"stories", "story_articles"} & set(inspect(app.store.engine).get_table_names())
        _migrate(app, "head")
        assert partition(app) == sets([{GAJIKU[0]}, {GAJIKU[1]}])  # one each, until regrouped
        consistent(app)
        with app.store.session() as session:
            rows = session.execute(select(m.Story.headline, m.Article.title)
                                   .join(m.Article, m.Article.id == m.Story.headline_article_id)).all()
        assert all(headline == title for headline, title in rows)
        ingest_folder(app, SAMPLES, ["id-03-jalanyuk-bank.txt"])  # the id sequence moved past the backfill
        assert len(partition(app)) == 3
        assert not app.reindex().failed
        assert partition(app) == sets([set(GAJIKU), {"id-03-jalanyuk-bank.txt"}])
        consistent(app)
    finally:
        app.close()
