"""An entity's kind is the one most articles read it as (``db.kinds``), not the first article's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from db.kinds import readings_of, with_reading
from tests.core.migrating import BACKENDS, migrating_app, writing_as_before_0018
from tests.stories.helpers import FIXTURES, ingest_folder


def test_the_kind_most_readings_give_wins_and_a_tie_keeps_the_first():
    kind, text = with_reading(None, "org", "person")
    assert (kind, readings_of(text, kind)) == ("org", {"org": 1, "person": 1})
    kind, text = with_reading(text, kind, "person")
    assert (kind, readings_of(text, kind)) == ("person", {"org": 1, "person": 2})


def test_a_row_stored_before_the_counts_reads_as_one_reading_of_its_kind():
    assert readings_of(None, "place") == {"place": 1}
    assert readings_of("", "org") == {"org": 1}


def test_two_articles_reading_a_person_outvote_one_that_took_the_name_for_a_company(app) -> None:  # type: ignore[no-untyped-def]
    from bot.domain import Entity
    from db import queries

    def stored_kind(kind: str) -> str:  # one more article reads the name as ``kind``
        with app.store.write() as session:
            return queries.resolve_entities(session=session, entities=[Entity("Arkandi Halimun", kind)])[0].kind

    assert [stored_kind("org"), stored_kind("person"), stored_kind("person"), stored_kind("org")] == \
        ["org", "org", "person", "person"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_counts_come_and_go_with_revision_0021(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from tests.stories.test_migration import _migrate

    with migrating_app(backend, tmp_path, request) as app:
        _migrate(app, "0020")
        assert "kind_readings" not in {c["name"] for c in inspect(app.store.engine).get_columns("entities")}
        with writing_as_before_0018():  # as code before 0021 stored them: no counts
            ingest_folder(app, FIXTURES / "tuning", ["id-t01-pintarloka-seri-b.txt"])
        _migrate(app, "head")
        with app.store.session() as session:
            counts = set(session.execute(text("SELECT kind_readings FROM entities")).scalars())
        assert counts == {""}  # each row reads as one reading of its kind
        ingest_folder(app, FIXTURES / "tuning", ["id-t02-pintarloka-phk.txt"])
        with app.store.session() as session:
            counts = set(session.execute(text("SELECT kind_readings FROM entities")).scalars())
        assert any(c and ":2" in c for c in counts), counts  # a name both articles read, counted twice
