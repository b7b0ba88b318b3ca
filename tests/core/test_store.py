"""The store: Alembic schema, idempotent ingest, in-place updates, atomic writes, FTS kept in step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.delivery import payload
from bot.domain import SourceDoc
from bot.ingest import store_doc
from db import models as m
from db import outbox
from db.fulltext import FullText
from db.migrate import current_revision, head_revision

ARTICLE = """Nusantara Robotics Raises $12 Million

JAKARTA – Nusantara Robotics, a warehouse automation startup, raised $12 million in March 2026, its CEO Dewi Lestari said.

The company was founded in 2019 and employs 240 people across Jakarta and Surabaya.
"""


def _count(app, model) -> int:  # type: ignore[no-untyped-def]
    with app.store.session() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def _fts_count(app, word: str) -> int:  # type: ignore[no-untyped-def]
    with app.store.session() as session:
        return len(FullText(app.store.dialect).search_all(session, [[word.lower()]]))


def test_schema_is_created_by_alembic_with_sqlite_settings(app, tmp_path: Path) -> None:
    assert current_revision(app.store.engine) == head_revision(app.store.url)
    if app.store.dialect != "sqlite":
        pytest.skip("SQLite pragmas")
    db_file = app.store.url.removeprefix("sqlite:///")
    con = sqlite3.connect(db_file)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    assert {"articles", "passages", "entities", "entity_aliases", "mentions", "roles", "events", "amounts", "quotes",
            "passages_fts"} <= tables
    con.close()


def test_ingest_is_idempotent_and_updates_in_place(app, tmp_path: Path) -> None:
    path = tmp_path / "nusantara.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    first = app.ingest([str(path)], overrides=None)
    assert first.new and not first.failed
    counts = (_count(app, m.Article), _count(app, m.Passage), _count(app, m.Mention))
    again = app.ingest([str(path)])
    assert again.unchanged == [str(path)] and not again.new
    assert (_count(app, m.Article), _count(app, m.Passage), _count(app, m.Mention)) == counts

    path.write_text(ARTICLE.replace("240 people", "260 people").replace("Surabaya", "Medan"), encoding="utf-8")
    changed = app.ingest([str(path)])
    assert changed.updated == [str(path)]
    assert _count(app, m.Article) == 1
    assert _fts_count(app, "Medan") == 1 and _fts_count(app, "Surabaya") == 0  # FTS follows the passages
    with app.store.session() as session:
        assert session.execute(select(m.Article.id)).scalar_one() == first.article_ids[0]  # same id: links keep working


def test_failed_article_leaves_nothing_behind(app, monkeypatch: pytest.MonkeyPatch) -> None:
    from db import queries

    def broken(**kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")

    doc = SourceDoc(text=ARTICLE, title="t", source_file="x.txt", language="en", published="2026-03")
    store_doc(app.store, doc, label="x.txt")
    before = (_count(app, m.Article), _count(app, m.Passage), _count(app, m.Entity))
    monkeypatch.setattr(queries, "refresh_mention_counts", broken)
    with pytest.raises(RuntimeError):
        store_doc(app.store, SourceDoc(text=ARTICLE + "\nMore text about Medan.", source_file="y.txt", language="en"), label="y.txt")
    with pytest.raises(RuntimeError):  # an update that fails keeps the old version whole
        store_doc(app.store, SourceDoc(text=ARTICLE + "\nChanged.", title="t", source_file="x.txt", language="en"), label="x.txt")
    assert (_count(app, m.Article), _count(app, m.Passage), _count(app, m.Entity)) == before
    assert _fts_count(app, "Medan") == 0


def test_batch_reports_failures_and_keeps_successes(app, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 20)
    report = app.ingest([str(tmp_path), str(tmp_path / "missing.txt")])
    assert len(report.new) == 1
    reasons = dict(report.failed)
    assert len(reasons) == 3 and all(reasons.values())
    assert _count(app, m.Article) == 1


def test_write_transactions_wait_for_each_other(app) -> None:
    """Two writers on one SQLite file: the second waits (BEGIN IMMEDIATE + busy timeout), never 'locked'."""
    import threading

    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(5):
                store_doc(app.store, SourceDoc(text=ARTICLE + f"\nUpdate {n}-{i}.", source_file=f"w{n}-{i}.txt", language="en"),
                          label=f"w{n}-{i}")
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert _count(app, m.Article) == 15


def test_follow_alerts_announce_each_new_fact_once(app, tmp_path: Path) -> None:
    first = tmp_path / "one.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    assert app.ingest([str(first)]).new
    followed = app.ask("/follow Nusantara Robotics", chat_key="telegram:5")
    assert followed.status == "ok", followed
    assert app.decide() == (0, 0)  # nothing new yet

    second = tmp_path / "two.txt"
    second.write_text(
        "Nusantara Robotics Lays Off Staff\n\nJAKARTA – Nusantara Robotics laid off 40 employees in May 2026, "
        "its CEO Dewi Lestari said on Tuesday.\n",
        encoding="utf-8",
    )
    assert app.ingest([str(second)]).new
    assert app.decide() == (1, 0)
    with app.store.session() as session:
        (row,) = outbox.deliveries(session=session)
        chat_key, answer = row.chat_key, payload.load(row.payload)
    assert chat_key == "telegram:5" and row.platform == "telegram" and answer.entity.name == "Nusantara Robotics"
    assert any("laid off 40 employees" in item.text for item in answer.items)
    assert all(item.sources for item in answer.items)
    assert app.decide() == (0, 0)  # announced once


def test_chat_state_commands_do_not_fail_under_concurrent_writes(app) -> None:
    """/lang and friends write; racing them against other writers must never hit 'database is locked'."""
    import threading

    failures: list[str] = []

    def lang(n: int) -> None:
        for i in range(15):
            answer = app.ask(f"/lang {'id' if i % 2 else 'en'}", chat_key=f"telegram:{n}")
            if answer.status != "ok":
                failures.append(f"{answer.status} {answer.message}")

    def claims(n: int) -> None:
        for i in range(15):
            app.claim_update(f"test:{n}:{i}")

    threads = [threading.Thread(target=lang, args=(n,)) for n in range(3)]
    threads += [threading.Thread(target=claims, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert app.chat_lang("telegram:0") == "en"  # the last of 15 alternating settings
