"""briefing export / import: SQLite -> PostgreSQL (and back) with every row, id and answer kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from bot.app import BriefingApp
from bot.cli import cli
from db import models as m
from db.portable import PortableError, export_store, import_store
from tests.test_postgres import (
    COMMANDS,
    KNOWN_DIFFERENCES,
    SEED_COMMANDS,
    answers,
    load_synthetic,
    new_app,
    use_tiny_extract,
)


@pytest.fixture
def tiny_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    use_tiny_extract(monkeypatch)


def _with_chat_state(app: BriefingApp) -> None:
    """Rows the ingest does not make: preferences, follows, processed updates."""
    with app.store.write() as session:
        entity_id = session.execute(select(m.Entity.id).order_by(m.Entity.id)).scalars().first()
        session.add(m.ChatPref(chat_key="telegram:42", lang="id"))
        session.add(m.Follow(chat_key="telegram:42", entity_id=entity_id, last_seen_article_id=2))
        session.add(m.ProcessedUpdate(key="telegram:update:7"))


def _round_trip(lite: BriefingApp, pg: BriefingApp, tmp_path: Path, commands: list[str]) -> None:
    first, second, third = tmp_path / "lite.jsonl", tmp_path / "pg.jsonl", tmp_path / "lite2.jsonl"
    counts = export_store(lite.store, first)
    assert counts["articles"] and counts["passages"] and counts["entities"]
    assert import_store(pg.store, first) == counts
    assert answers(pg, commands) == answers(lite, commands)
    export_store(pg.store, second)
    assert second.read_bytes() == first.read_bytes()  # nothing lost, nothing added, same order

    # Back again into a new SQLite store: same bytes once more.
    back = new_app(f"sqlite:///{tmp_path / 'back.db'}")
    import_store(back.store, second)
    export_store(back.store, third)
    assert third.read_bytes() == first.read_bytes()
    back.close()


def test_round_trip_sqlite_postgres_sqlite(tmp_path: Path, pg_server, tiny_extraction: None) -> None:  # type: ignore[no-untyped-def]
    lite, pg = new_app(f"sqlite:///{tmp_path / 'a.db'}"), new_app(pg_server.create_database())
    load_synthetic(lite)
    _with_chat_state(lite)
    _round_trip(lite, pg, tmp_path, COMMANDS)

    # Sequences moved past the imported ids; the FTS index was built by the generated column.
    with pg.store.write() as session:
        max_id = session.execute(select(func.max(m.Article.id))).scalar_one()
        article = m.Article(source_key="file:new.txt", content_hash="x", body_text="fresh text about robots")
        session.add(article)
        session.flush()
        assert article.id == max_id + 1
        hits = session.execute(text("SELECT count(*) FROM passages WHERE tsv @@ to_tsquery('simple', 'robotics')"))
        assert hits.scalar_one() > 0
    lite.close()
    pg.close()


def test_seed_round_trip_answers_identically(tmp_path: Path, pg_server) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import require_seeds

    seeds = require_seeds()
    lite, pg = new_app(f"sqlite:///{tmp_path / 'seeds.db'}"), new_app(pg_server.create_database())
    report = lite.ingest([str(seeds)], manifest=str(seeds / "manifest.json"))
    assert not report.failed, report.failed
    _round_trip(lite, pg, tmp_path, [c for c in SEED_COMMANDS if c not in KNOWN_DIFFERENCES])
    lite.close()
    pg.close()


def test_import_refuses_a_store_with_data_and_a_foreign_file(tmp_path: Path, tiny_extraction: None) -> None:
    lite = new_app(f"sqlite:///{tmp_path / 'a.db'}")
    load_synthetic(lite)
    dump = tmp_path / "dump.jsonl"
    export_store(lite.store, dump)
    with pytest.raises(PortableError, match="not empty"):
        import_store(lite.store, dump)
    other = tmp_path / "other.jsonl"
    other.write_text('{"hello": 1}\n', encoding="utf-8")
    empty = new_app(f"sqlite:///{tmp_path / 'b.db'}")
    with pytest.raises(PortableError, match="not a briefing export"):
        import_store(empty.store, other)
    header = json.loads(dump.read_text(encoding="utf-8").splitlines()[0])
    assert header["format"] == "briefing-export" and header["tables"][0] in {"articles", "chat_prefs", "entities"}
    lite.close()
    empty.close()


def test_cli_export_and_import(tmp_path: Path, tiny_extraction: None) -> None:
    source = tmp_path / "a.db"
    lite = new_app(f"sqlite:///{source}")
    load_synthetic(lite)
    lite.close()
    dump = tmp_path / "dump.jsonl"
    runner = CliRunner()
    result = runner.invoke(cli, ["export", str(dump), "--db", str(source)])
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.output
    result = runner.invoke(cli, ["import", str(dump), "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["import", str(dump), "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 1 and "not empty" in result.output
