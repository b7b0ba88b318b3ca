"""Migration 0013 on SQLite and PostgreSQL: PostgreSQL's full-text index takes new passages at once (``fastupdate``
off) and the pending list a store holds is merged; the downgrade turns the list back on; searches find the same
passages, in the same order, at either revision and across the move. SQLite is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bot.app import BriefingApp
from db.fulltext import FullText
from tests.core.migrating import BACKENDS, migrating_app, writing_as_before_0018
from tests.stories.helpers import ingest_folder
from tests.stories.test_migration import _migrate

REPO = Path(__file__).resolve().parents[2]
FIRST = REPO / "tests/fixtures/blind/a"
THEN = REPO / "samples"
SEARCHES = [[["layoffs"]], [["karyawan"]], [["pendanaan"], ["miliar"]], [["founder", "pendiri"]], [["rutekita"]]]


def _found(app: BriefingApp) -> list[list[tuple[int, float]]]:
    fulltext = FullText(app.store.dialect)
    with app.store.session() as session:
        return [[(hit.passage_id, round(hit.score, 9)) for hit in fulltext.search_all(session, groups)]
                for groups in SEARCHES]


def _fastupdate(app: BriefingApp) -> str | None:
    """The index's ``fastupdate`` option as stored (None: PostgreSQL's default, on)."""
    with app.store.session() as session:
        options = session.execute(text("SELECT reloptions FROM pg_class WHERE relname = 'ix_passages_tsv'")).scalar_one()
    return next((o.split("=", 1)[1] for o in options or [] if o.startswith("fastupdate=")), None)


def _pending_pages_merged(app: BriefingApp) -> int:
    """Merge the index's pending list; how many pages it held."""
    with app.store.write() as session:
        return session.execute(text("SELECT gin_clean_pending_list('ix_passages_tsv'::regclass)")).scalar_one()


@pytest.mark.parametrize("backend", BACKENDS)
def test_fulltext_index_has_no_pending_list_and_searches_find_the_same(backend: str, tmp_path: Path,
                                                                       request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        postgres = app.store.dialect == "postgresql"
        ingest_folder(app, FIRST)
        found = _found(app)
        assert all(found), found  # every search finds something
        if postgres:
            assert _fastupdate(app) == "off"
            assert _pending_pages_merged(app) == 0  # nothing waited in a list
        _migrate(app, "0012")
        if postgres:
            assert _fastupdate(app) is None
        assert _found(app) == found
        with writing_as_before_0018():
            ingest_folder(app, THEN)  # stored with the pending list on
        both = _found(app)
        _migrate(app, "head")
        if postgres:
            assert _fastupdate(app) == "off"
            assert _pending_pages_merged(app) == 0  # the upgrade merged what the list held
        assert _found(app) == both
        ingest_folder(app, THEN)  # unchanged articles: nothing stored again
        assert _found(app) == both
