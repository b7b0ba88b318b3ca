"""Event sentences and quotes are stored as offsets into their passage (migration 0008), on SQLite and
PostgreSQL: every read path gives back the exact text, counted in characters (astral and accented ones
before the slice), a text that is not a slice of its passage is kept whole, and the migration converts
stored rows and writes them back on the way down."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from bot.app import BriefingApp
from bot.domain import DateValue, Entity, Event, Extraction, Passage, Quote, SourceDoc
from db import models as m
from db import queries, records
from tests.conftest import SAMPLES
from tests.core.migrating import BACKENDS, migrating_app
from tests.stories.helpers import ingest_folder
from tests.stories.test_migration import _migrate

FIRST = "😀 Ümit Çelik said: “Nusantara Robotics raised $12 million.” Nusantara Robotics raised $12 million."
SECOND = "Nusantara Robotics hired 240 engineers in Jakarta."
SLICED_EVENT = "Nusantara Robotics raised $12 million."  # twice in FIRST: the first place is stored
LOOSE_EVENT = "Nusantara Robotics raised 12 million dollars."  # not in its passage: kept whole
SLICED_QUOTE = "“Nusantara Robotics raised $12 million.”"
LOOSE_QUOTE = "we hired 240 engineers"


def _store(app: BriefingApp) -> None:
    body = FIRST + "\n\n" + SECOND
    march = DateValue(2026, 3, None, "month", "March 2026")
    extraction = Extraction(
        passages=[Passage(0, FIRST, 0, len(FIRST)), Passage(1, SECOND, len(FIRST) + 2, len(body))],
        entities=[Entity("Nusantara Robotics", "org"), Entity("Ümit Çelik", "person")],
        events=[Event("funding", ["Nusantara Robotics"], 0, SLICED_EVENT, date=march),
                Event("funding", ["Nusantara Robotics"], 0, LOOSE_EVENT, date=march),
                Event("hiring", ["Nusantara Robotics"], 1, SECOND, date=march)],
        quotes=[Quote("Ümit Çelik", SLICED_QUOTE, 0, about="Nusantara Robotics"),
                Quote("Ümit Çelik", LOOSE_QUOTE, 1, about="Nusantara Robotics")],
    )
    doc = SourceDoc(text=body, title="t", source_file="a.txt", language="en", published="2026-03", raw=body)
    with app.store.write() as session:
        queries.save_article(session=session, doc=doc, extraction=extraction, source_key="file:a.txt", content_hash="h")


def test_texts_are_stored_as_offsets_and_read_back_exactly(app: BriefingApp) -> None:
    _store(app)
    with app.store.session() as session:
        stored = session.execute(select(m.Event.own_text, m.Event.text_start, m.Event.text_end)
                                 .order_by(m.Event.id)).all()
        assert [tuple(row) for row in stored] == [("", 20, 20 + len(SLICED_EVENT)), (LOOSE_EVENT, None, None),
                                                  ("", 0, len(SECOND))]
        assert FIRST[20:20 + len(SLICED_EVENT)] == SLICED_EVENT  # offsets count characters, as Python does
        quotes = session.execute(select(m.Quote.own_text, m.Quote.text_start, m.Quote.text_end).order_by(m.Quote.id)).all()
        assert [tuple(row) for row in quotes] == [("", 19, 19 + len(SLICED_QUOTE)), (LOOSE_QUOTE, None, None)]
        expected = [SLICED_EVENT, LOOSE_EVENT, SECOND]
        assert list(session.scalars(select(m.Event.text).order_by(m.Event.id))) == expected
        assert [e.text for e in session.scalars(select(m.Event).order_by(m.Event.id))] == expected  # ORM instances
        # joined with passages, the slice still reads its own passage
        joined = session.execute(select(m.Event.text, m.Passage.idx).join(m.Passage, m.Passage.id != m.Event.passage_id)
                                 .order_by(m.Event.id, m.Passage.idx)).all()
        assert [row[0] for row in joined] == [SLICED_EVENT, LOOSE_EVENT, SECOND]
        dated = queries.dated_events(session=session, entity_id=None, limit=10)  # plain records
        assert sorted(e.text for e in dated) == sorted(expected)
        assert all(isinstance(e, records.Event) for e in dated)
        assert list(session.scalars(select(m.Quote.text).order_by(m.Quote.id))) == [SLICED_QUOTE, LOOSE_QUOTE]


def _texts(app: BriefingApp) -> dict[str, list[str]]:
    with app.store.session() as session:
        return {"events": list(session.scalars(select(m.Event.text).order_by(m.Event.id))),
                "quotes": list(session.scalars(select(m.Quote.text).order_by(m.Quote.id)))}


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_migration_converts_stored_texts_and_writes_them_back(backend: str, tmp_path: Path,
                                                                   request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        ingest_folder(app, SAMPLES, ["id-02-gajiku-phk.txt", "en-01-lumora-layoffs.txt"])
        _store(app)
        written = _texts(app)
        assert written["events"] and written["quotes"]
        _migrate(app, "0007")
        for table in ("events", "quotes"):
            assert not {"text_start", "text_end"} & {c["name"] for c in inspect(app.store.engine).get_columns(table)}
        with app.store.engine.connect() as conn:  # the texts are back in the column, whole
            assert list(conn.execute(text("SELECT text FROM events ORDER BY id")).scalars()) == written["events"]
            assert list(conn.execute(text("SELECT text FROM quotes ORDER BY id")).scalars()) == written["quotes"]
        _migrate(app, "head")
        assert _texts(app) == written
        with app.store.engine.connect() as conn:
            loose = set(conn.execute(text("SELECT text FROM events WHERE text_end IS NULL UNION "
                                          "SELECT text FROM quotes WHERE text_end IS NULL")).scalars())
            assert loose == {LOOSE_EVENT, LOOSE_QUOTE}  # all others are offsets again
            assert conn.execute(text("SELECT count(*) FROM events WHERE text_end IS NOT NULL AND text <> ''")).scalar_one() == 0

