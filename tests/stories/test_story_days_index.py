"""Migration 0016 on SQLite and PostgreSQL: a story's links by day (``ix_story_articles_story_days``) replace the
index of ``story_id`` alone, and back on the way down; a story's latest links are read from it without a sort;
``/brief all``'s stories and articles and the stories' headlines and days are the same at either revision."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, select, text

from bot.app import BriefingApp
from db import models as m
from db import stories as q
from tests.core.migrating import BACKENDS, migrating_app, writing_as_before_0018
from tests.stories.helpers import FIXTURES, ingest_folder
from tests.stories.test_migration import _migrate

LATEST = ("SELECT article_id FROM story_articles WHERE story_id = 1 "
          "ORDER BY day_from DESC, article_id DESC LIMIT 100")


def _indexes(engine: Engine) -> set[str]:
    return {ix["name"] for ix in inspect(engine).get_indexes("story_articles")}


def _plan(engine: Engine) -> str:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return "\n".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + LATEST)))
        conn.execute(text("SET enable_seqscan = off"))  # a few rows: a table scan and a sort would be cheaper
        conn.execute(text("SET enable_bitmapscan = off"))
        return "\n".join(conn.execute(text("EXPLAIN " + LATEST)).scalars())


def _reads(app: BriefingApp) -> list[object]:
    with app.store.session() as session:
        heads = session.execute(select(m.Story.id, m.Story.headline, m.Story.headline_article_id, m.Story.first_day,
                                       m.Story.last_day).order_by(m.Story.id)).all()
        ids = q.recent_stories(session=session, window=q.Window(), limit=20)
        members = q.story_members(session=session, story_ids=ids, window=q.Window(), most=100)
        return [heads, ids, {i: ([a.id for a, _new in one.articles], one.new_total) for i, one in members.items()}]


@pytest.mark.parametrize("backend", BACKENDS)
def test_story_links_by_day_up_and_down(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        for folder in ("tuning", "tuning2"):
            ingest_folder(app, FIXTURES / folder)
        assert "ix_story_articles_story_days" in _indexes(app.store.engine)
        assert "ix_story_articles_story_id" not in _indexes(app.store.engine)
        plan = _plan(app.store.engine)
        assert "ix_story_articles_story_days" in plan and "Sort" not in plan and "TEMP B-TREE" not in plan, plan
        at_head = _reads(app)
        _migrate(app, "0015")
        assert "ix_story_articles_story_id" in _indexes(app.store.engine)
        assert "ix_story_articles_story_days" not in _indexes(app.store.engine)
        assert _reads(app) == at_head
        with writing_as_before_0018():
            ingest_folder(app, FIXTURES / "tuning3")  # stored at 0015
        below = _reads(app)
        _migrate(app, "head")
        assert "ix_story_articles_story_days" in _indexes(app.store.engine)
        assert "ix_story_articles_story_id" not in _indexes(app.store.engine)
        assert _reads(app) == below
