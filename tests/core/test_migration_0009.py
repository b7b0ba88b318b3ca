"""Migration 0009 on SQLite and PostgreSQL: article gaps go from the full JSON list (0005) to the unusual
ones only and back, byte for byte, every body rebuilding the same; the two unused indexes go and come back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from bot.app import BriefingApp
from bot.domain import SourceDoc
from bot.ingest import store_doc
from db import queries
from tests.conftest import SAMPLES
from tests.core.migrating import BACKENDS, migrating_app
from tests.core.test_store_writes import ARTICLE
from tests.stories.helpers import ingest_folder
from tests.stories.test_migration import _migrate

DROPPED = {("articles", "ix_articles_content_hash"), ("events", "ix_events_type")}


def _indexes(engine: Engine) -> set[tuple[str, str]]:
    inspector = inspect(engine)
    return {(table, ix["name"]) for table in ("articles", "events") for ix in inspector.get_indexes(table)}


def _stored(app: BriefingApp) -> dict[int, tuple[str, str]]:
    """article id -> (its stored gaps, its body as rebuilt)."""
    with app.store.session() as session:
        out = {}
        for article_id in queries.article_ids(session=session):
            article = queries.article_by_id(session=session, article_id=article_id)
            assert article is not None and article.body_gaps is not None
            out[article_id] = (article.body_gaps, queries.article_text(session=session, article=article))
        return out


@pytest.mark.parametrize("backend", BACKENDS)
def test_gaps_are_packed_and_listed_back_and_indexes_dropped(backend: str, tmp_path: Path,
                                                             request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        ingest_folder(app, SAMPLES, ["id-02-gajiku-phk.txt", "en-01-lumora-layoffs.txt"])
        store_doc(app.store, SourceDoc(text=ARTICLE, title="t", source_file="a.txt", language="en"), label="a.txt")
        packed = _stored(app)
        assert not DROPPED & _indexes(app.store.engine)
        _migrate(app, "0008")
        assert DROPPED <= _indexes(app.store.engine)
        with app.store.engine.connect() as conn:
            listed = dict(conn.execute(text("SELECT id, body_gaps FROM articles")).all())
            passages: dict[int, list[str]] = {}
            for article_id, passage in conn.execute(text("SELECT article_id, text FROM passages ORDER BY start")):
                passages.setdefault(article_id, []).append(passage)
        for article_id, (gaps, body) in packed.items():
            # 0005's form: every gap, as json.dumps wrote the list; the body is its passages between them
            assert listed[article_id] == json.dumps(queries.unpack_gaps(gaps, len(passages[article_id])),
                                                    ensure_ascii=False)
            every = json.loads(listed[article_id])
            assert every[0] + "".join(p + gap for p, gap in zip(passages[article_id], every[1:], strict=True)) == body
        assert json.loads(listed[max(listed)])[2].startswith("\n\nBaca juga:")
        _migrate(app, "head")
        assert _stored(app) == packed
        assert not DROPPED & _indexes(app.store.engine)
