"""The number of stored articles is kept with them (the ``store_meta`` row ``articles``, migration 0017): filing an article and
``/sources`` read it instead of counting the table, and every path that adds or deletes articles keeps it exact
(a new article, one stored again, a reindex, a delete, an import), on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from bot.app import BriefingApp
from bot.ingest import reindex
from db import counts, queries
from db import models as m
from db.portable import export_store, import_store
from tests.core.migrating import BACKENDS, migrating_app, writing_as_before_0018
from tests.stories.helpers import FIXTURES, ingest_folder
from tests.stories.test_migration import _migrate

ARTICLE = """Nusantara Robotics Raises $12 Million

JAKARTA – Nusantara Robotics, a warehouse automation startup, raised $12 million in March 2026, its CEO Dewi Lestari said.

The company was founded in 2019 and employs 240 people across Jakarta and Surabaya.
"""


def _kept_and_counted(app: BriefingApp) -> tuple[int, int]:
    with app.store.session() as session:
        return (counts.articles(session=session),
                session.execute(select(func.count()).select_from(m.Article)).scalar_one())


def _said(app: BriefingApp, action) -> list[str]:  # type: ignore[no-untyped-def]
    said: list[str] = []

    def heard(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        said.append(" ".join(statement.split()))

    event.listen(app.store.engine, "before_cursor_execute", heard)
    try:
        action()
    finally:
        event.remove(app.store.engine, "before_cursor_execute", heard)
    return said


def test_filing_and_sources_do_not_count_the_articles(app: BriefingApp) -> None:
    ingest_folder(app, FIXTURES / "tuning", ["id-t01-pintarloka-seri-b.txt"])
    said = _said(app, lambda: ingest_folder(app, FIXTURES / "tuning", ["id-t02-pintarloka-phk.txt"]))
    said += _said(app, lambda: app.ask("/sources"))
    counting = [s for s in said if "count(" in s.lower() and "FROM articles" in s]
    assert not counting, counting
    assert app.ask("/sources").total == 2


def test_every_write_keeps_the_count(app: BriefingApp, tmp_path: Path) -> None:
    assert _kept_and_counted(app) == (0, 0)
    ingest_folder(app, FIXTURES / "tuning")
    assert _kept_and_counted(app) == (10, 10)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("Nusantara Robotics", "Garuda Drones"), encoding="utf-8")
    app.ingest([str(first), str(second)])
    assert _kept_and_counted(app) == (12, 12)
    first.write_text(ARTICLE.replace("raised $12 million in March 2026", "opened an office"), encoding="utf-8")
    assert app.ingest([str(first)]).updated == [str(first)]  # stored again: the same article
    assert _kept_and_counted(app) == (12, 12)
    reindex(app.store)
    assert _kept_and_counted(app) == (12, 12)
    with app.store.write() as session:
        assert queries.delete_articles(session=session, article_ids=queries.article_ids(session=session)[:3]) == 3
    assert _kept_and_counted(app) == (9, 9)
    with app.store.write() as session:
        queries.delete_articles(session=session, article_ids=queries.article_ids(session=session))
    assert _kept_and_counted(app) == (0, 0)
    assert app.ask("/sources").total == 0
    ingest_folder(app, FIXTURES / "tuning", ["id-t01-pintarloka-seri-b.txt"])
    assert _kept_and_counted(app) == (1, 1)


def test_a_write_that_fails_leaves_the_count(app: BriefingApp) -> None:
    ingest_folder(app, FIXTURES / "tuning", ["id-t01-pintarloka-seri-b.txt"])
    with pytest.raises(RuntimeError), app.store.write() as session:
        queries.delete_articles(session=session, article_ids=queries.article_ids(session=session))
        assert counts.articles(session=session) == 0  # the transaction's own change, seen inside it
        raise RuntimeError("rolled back")
    assert _kept_and_counted(app) == (1, 1)


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_import_carries_the_count(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    exported = tmp_path / "store.jsonl"
    (tmp_path / "source").mkdir()
    with migrating_app("sqlite", tmp_path / "source", request) as source:
        ingest_folder(source, FIXTURES / "tuning")
        export_store(source.store, exported)
    assert '{"row": {"key": "articles", "value": "10"}, "table": "store_meta"}' in exported.read_text(encoding="utf-8")
    with migrating_app(backend, tmp_path, request) as target:
        assert _kept_and_counted(target) == (0, 0)  # a new store holds no count: it is empty for the import
        import_store(target.store, exported)
        assert _kept_and_counted(target) == (10, 10)
        ingest_folder(target, FIXTURES / "tuning2", ["id-u01-lintang-arta-geledah.txt"])
        assert _kept_and_counted(target) == (11, 11)


@pytest.mark.parametrize("backend", BACKENDS)
def test_migration_0017_counts_what_is_stored(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        assert _row(app) is None
        _migrate(app, "0016")
        _migrate(app, "head")
        assert _row(app) is None  # nothing stored: no row
        ingest_folder(app, FIXTURES / "tuning", ["id-t01-pintarloka-seri-b.txt", "id-t02-pintarloka-phk.txt"])
        assert _row(app) == "2"
        _migrate(app, "0016")
        assert _row(app) is None
        with writing_as_before_0018():
            ingest_folder(app, FIXTURES / "tuning", ["en-t01-pintarloka-ceo.txt"])  # as code before 0017 would, uncounted
        with app.store.write() as session:
            session.execute(text("DELETE FROM store_meta WHERE key = 'articles'"))
        _migrate(app, "head")  # counts the articles stored before it
        assert _kept_and_counted(app) == (3, 3)
        ingest_folder(app, FIXTURES / "tuning", ["en-t02-pintarloka-presser.txt"])
        assert _kept_and_counted(app) == (4, 4)


def _row(app: BriefingApp) -> str | None:
    with app.store.session() as session:
        return session.execute(text("SELECT value FROM store_meta WHERE key = 'articles'")).scalar_one_or_none()
