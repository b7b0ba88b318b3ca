"""Migration 0020 on SQLite and PostgreSQL: events get their pending mark (a departure told as still to come), the
departures' index holds it; the downgrade drops both and keeps every event; back at the head every event stored
before reads as done, as it was read then, and /who reads the mark of what is stored after."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from bot.app import BriefingApp
from tests.core.migrating import BACKENDS, migrating_app
from tests.stories.helpers import ingest_folder
from tests.stories.test_migration import _migrate

TOLD = ("Kopitara chief to leave\n\nKopitara CEO Budi Hartono will step down at the end of the year, the company said "
        "on Monday. Kopitara runs 40 coffee shops.\n")


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / f"{name}.txt").write_text(TOLD, encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps([{"file": f"{name}.txt", "language": "en",
                                                       "published": "2026-03-04", "url": f"https://news.example/{name}"}]))
    return folder


def _departures(app: BriefingApp) -> list[tuple]:
    with app.store.session() as session:
        return [tuple(row) for row in session.execute(text("SELECT id, date_day, passage_id FROM events "
                                                           "WHERE type = 'departure' ORDER BY id"))]


def _pending(app: BriefingApp) -> list[bool]:
    with app.store.session() as session:
        return [bool(p) for p in session.execute(text("SELECT pending FROM events WHERE type = 'departure' ORDER BY id"))
                .scalars()]


def _index_columns(engine: Engine) -> list[str]:
    return next(ix["column_names"] for ix in inspect(engine).get_indexes("events") if ix["name"] == "ix_events_departures")


def _ceo_former(app: BriefingApp) -> list[bool]:
    return [r.former for r in app.ask("/who Budi Hartono", limit=20).roles if r.title.lower() == "ceo"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_events_get_their_pending_mark_and_lose_it_on_the_way_down(backend: str, tmp_path: Path,
                                                                    request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        ingest_folder(app, _folder(tmp_path, "first"))
        assert _pending(app) == [True] and _ceo_former(app) == [False]
        assert "pending" in _index_columns(app.store.engine)
        stored = _departures(app)
        _migrate(app, "0019")
        assert "pending" not in {c["name"] for c in inspect(app.store.engine).get_columns("events")}
        assert "pending" not in _index_columns(app.store.engine) and _departures(app) == stored
        _migrate(app, "head")
        assert _pending(app) == [False] and _ceo_former(app) == [True]  # read as it was before the mark
        ingest_folder(app, _folder(tmp_path, "second"))
        assert _pending(app) == [False, True]
