"""An entity's kind is the one most articles read it as (``db.kinds``), not the first article's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from db.kinds import readings_of, with_reading
from tests.core.migrating import BACKENDS, migrating_app, writing_as_before_0018
from tests.stories.helpers import FIXTURES, ingest_folder


def test_the_kind_most_readings_give_wins_and_a_tie_keeps_the_first():
    # one article read an organisation; a second reads a person: a tie, the organisation kept
    kind, text = with_reading(None, "org", 1, "person")
    assert (kind, readings_of(text)) == ("org", {"person": 1})
    # a third reads a person: two to one, the person's; the organisation's one reading is the one that disagrees now
    kind, text = with_reading(text, kind, 2, "person")
    assert (kind, readings_of(text)) == ("person", {"org": 1})


def test_readings_that_agree_are_the_articles_less_those_that_disagree():
    # five articles read a person before, one an organisation: a second organisation reading keeps the person
    assert with_reading("org:1", "person", 6, "org") == ("person", "org:2")
    assert readings_of("") == {}


def test_two_articles_reading_a_person_outvote_one_that_took_the_name_for_a_company(app) -> None:  # type: ignore[no-untyped-def]
    from bot.domain import Entity
    from db import queries

    def stored_kind(kind: str) -> str:  # one more article reads the name as ``kind``
        with app.store.write() as session:
            row = queries.resolve_entities(session=session, entities=[Entity("Arkandi Halimun", kind)])[0]
            kept = row.kind
            queries.refresh_mention_counts(session=session, deltas={row.id: 1}, articles={row.id: 1})
        return kept

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
        assert counts == {""}  # every article that named each read its kind
        ingest_folder(app, FIXTURES / "tuning", ["id-t02-pintarloka-phk.txt", "en-t01-pintarloka-ceo.txt",
                                                 "en-t02-pintarloka-presser.txt"])
        _migrate(app, "0020")  # and back: the counts go, the kinds stay
        assert "kind_readings" not in {c["name"] for c in inspect(app.store.engine).get_columns("entities")}
