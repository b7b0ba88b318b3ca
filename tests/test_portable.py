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



def test_import_batches_runs_of_rows_and_skips_blank_lines(tmp_path: Path, tiny_extraction: None,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """In batches of 2 rows, with the articles in two runs (the entities between them) and blank lines,
    an export imports the same rows, ids and dates, table by table."""
    import db.portable

    lite = new_app(f"sqlite:///{tmp_path / 'a.db'}")
    load_synthetic(lite)
    dump, reordered, again = tmp_path / "dump.jsonl", tmp_path / "reordered.jsonl", tmp_path / "again.jsonl"
    counts = export_store(lite.store, dump)
    header, *rows = dump.read_text(encoding="utf-8").splitlines()
    articles = [row for row in rows if json.loads(row)["table"] == "articles"]
    entities = [row for row in rows if json.loads(row)["table"] == "entities"]
    rest = [row for row in rows if row not in articles and row not in entities]
    assert len(articles) == 3 and len(entities) > 2
    lines = [header, *articles[:2], *entities, "", "   ", *articles[2:], *rest]
    reordered.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(db.portable, "BATCH", 2)
    target = new_app(f"sqlite:///{tmp_path / 'b.db'}")
    assert import_store(target.store, reordered) == counts
    export_store(target.store, again)
    assert again.read_bytes() == dump.read_bytes()
    lite.close()
    target.close()


def test_import_names_a_bad_line_and_a_schema_it_cannot_take(tmp_path: Path, tiny_extraction: None) -> None:
    """A line that is not a row of a known table is named by its number and nothing is stored; an export of
    another schema is refused before any row is read."""
    lite = new_app(f"sqlite:///{tmp_path / 'a.db'}")
    load_synthetic(lite)
    dump, broken, older = tmp_path / "dump.jsonl", tmp_path / "broken.jsonl", tmp_path / "older.jsonl"
    export_store(lite.store, dump)
    header, first, *rows = dump.read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join([header, first, '{"table": "nope", "row": {}}', *rows]) + "\n", encoding="utf-8")
    target = new_app(f"sqlite:///{tmp_path / 'b.db'}")
    with pytest.raises(PortableError, match=r"^line 3: not a row of a known table"):
        import_store(target.store, broken)
    old_header = {**json.loads(header), "schema": "0001"}
    older.write_text("\n".join([json.dumps(old_header), first, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(PortableError, match="export has schema 0001, this store .*: upgrade the older one first"):
        import_store(target.store, older)
    assert import_store(target.store, dump)["articles"] == 3  # the failed imports left the store empty
    lite.close()
    target.close()
