"""The write path: bulk inserts keep every row, the body is stored once and rebuilt exactly, mention
counts follow replacements, and ``--jobs`` extraction stores the same as one process."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from bot.domain import SourceDoc
from bot.ingest import reindex, store_doc
from db import models as m
from db import queries

ARTICLE = """Nusantara Robotics Raises $12 Million

JAKARTA – Nusantara Robotics, a warehouse automation startup, raised $12 million in March 2026, its CEO Dewi Lestari said.

Baca juga: Startup lain juga menggalang dana

The company was founded in 2019 and employs 240 people across Jakarta and Surabaya.
"""


def _rows(app) -> dict[str, int]:  # type: ignore[no-untyped-def]
    tables = (m.Article, m.Passage, m.Entity, m.EntityAlias, m.Mention, m.Role, m.Event, m.EventActor,
              m.Amount, m.AmountEntity, m.Quote)
    with app.store.session() as session:
        return {t.__tablename__: session.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}


def _counts_match_mentions(app) -> bool:  # type: ignore[no-untyped-def]
    with app.store.session() as session:
        stored = dict(session.execute(select(m.Entity.id, m.Entity.mention_count)).all())
        actual = dict(session.execute(select(m.Mention.entity_id, func.count()).group_by(m.Mention.entity_id)).all())
    return stored == {entity_id: actual.get(entity_id, 0) for entity_id in stored}


def test_the_body_is_stored_once_and_rebuilt_exactly(app) -> None:  # type: ignore[no-untyped-def]
    doc = SourceDoc(text=ARTICLE, title="t", source_file="a.txt", language="en", published="2026-03", raw=ARTICLE)
    _status, article_id = store_doc(app.store, doc, label="a.txt")
    with app.store.session() as session:
        article = queries.article_by_id(session=session, article_id=article_id)
        assert article is not None
        assert article.body_text == "" and article.body_gaps is not None and article.raw_text is None
        assert queries.article_text(session=session, article=article) == ARTICLE
        # only the gaps that are not one blank line between passages (nothing at the ends) are kept
        assert json.loads(article.body_gaps) == {"2": "\n\nBaca juga: Startup lain juga menggalang dana\n\n", "3": "\n"}


def test_replacing_an_article_keeps_rows_and_counts_exact(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    app.ingest([str(path)])
    first = _rows(app)
    assert first["passages"] >= 2 and first["mentions"] > 0 and first["events"] > 0 and first["amounts"] > 0
    assert _counts_match_mentions(app)
    path.write_text(ARTICLE.replace("Dewi Lestari", "Budi Santoso"), encoding="utf-8")
    assert app.ingest([str(path)]).updated == [str(path)]
    assert _counts_match_mentions(app)  # Dewi Lestari back to 0, Budi Santoso counted
    reindex(app.store)
    assert _counts_match_mentions(app)
    assert _rows(app)["passages"] == first["passages"]


def test_jobs_store_the_same_as_one_process(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"a{n}.txt").write_text(ARTICLE.replace("$12 Million", f"${n + 2} Million")
                                          .replace("240 people", f"{n + 100} people"), encoding="utf-8")
    (folder / "empty.txt").write_text("\n\n", encoding="utf-8")
    report = app.ingest([str(folder)], jobs=2)
    assert sorted(report.new) == sorted(str(p) for p in folder.glob("a*.txt"))
    assert [label for label, _ in report.failed] == [str(folder / "empty.txt")]
    assert report.article_ids == sorted(report.article_ids)  # stored in input order
    parallel = _rows(app)
    again = app.ingest([str(folder)], jobs=2)
    assert len(again.unchanged) == 5 and not again.new
    serial_app_rows = _serial_rows(tmp_path, folder)
    assert parallel == serial_app_rows
    assert _counts_match_mentions(app)


def _serial_rows(tmp_path: Path, folder: Path) -> dict[str, int]:
    from tests.conftest import make_app

    serial = make_app(tmp_path / "serial.db")
    try:
        serial.ingest([str(folder)])
        return _rows(serial)
    finally:
        serial.close()


def _weights_match_facts(app) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """passages.fact_weight against a recount of the fact tables; returns the stored weights."""
    points = {m.Event: 3, m.Role: 2, m.Amount: 1, m.Quote: 1}
    with app.store.session() as session:
        stored: dict[int, int] = {pid: weight for pid, weight in session.execute(select(m.Passage.id, m.Passage.fact_weight))}
        counted = dict.fromkeys(stored, 0)
        for model, weight in points.items():
            for pid, n in session.execute(select(model.passage_id, func.count()).group_by(model.passage_id)):
                counted[pid] += weight * n
    assert stored == counted
    return stored


def test_fact_weights_stay_exact_through_replace_reindex_and_delete(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("Nusantara Robotics", "Garuda Drones"), encoding="utf-8")
    app.ingest([str(first), str(second)])
    weights = _weights_match_facts(app)
    assert len({w for w in weights.values()}) > 1  # passages with and without facts
    first.write_text(ARTICLE.replace("raised $12 million in March 2026", "opened an office"), encoding="utf-8")
    assert app.ingest([str(first)]).updated == [str(first)]
    assert _weights_match_facts(app) != weights  # the replaced article lost its funding event and figure
    reindex(app.store)
    _weights_match_facts(app)
    with app.store.write() as session:
        queries.delete_articles(session=session, article_ids=queries.article_ids(session=session)[:1])
    assert _weights_match_facts(app)
