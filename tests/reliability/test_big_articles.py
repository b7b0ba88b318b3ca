"""Big articles: capped at ingest with a clear note, stored in one short write, and never loaded whole by answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import models as m
from db import queries
from tests.conftest import make_app
from tests.reliability.tally import record

PARAGRAPH = "Acme Corp hired {n} engineers in Jakarta in March 2026, said Budi Santoso, the chief executive of Acme Corp."


def _big_file(tmp_path: Path, paragraphs: int = 400) -> Path:
    path = tmp_path / "big.txt"
    path.write_text("Acme grows\n\n" + "\n\n".join(PARAGRAPH.format(n=n) for n in range(paragraphs)), encoding="utf-8")
    return path


def test_a_big_article_is_truncated_with_a_note_and_settles(tmp_path: Path) -> None:
    app = make_app(tmp_path / "b.db", max_article_chars=8_000, max_article_passages=20)
    try:
        big = _big_file(tmp_path)
        first = app.ingest([str(big)])
        again = app.ingest([str(big)])
        with app.store.session() as session:
            passages = session.execute(select(func.count()).select_from(m.Passage)).scalar_one()
            body = queries.article_text(session=session, article=session.execute(select(m.Article)).scalar_one())
    finally:
        app.close()
    record("big articles", checks=2, refusals=len(first.truncated))
    assert first.new == [str(big)] and first.failed == []
    ((label, note),) = first.truncated
    assert label == str(big) and note.startswith("too large: kept the first ") and note.endswith(" passages)")
    assert first.summary() == "1 new, 0 updated, 0 unchanged, 0 failed (1 truncated)"
    assert again.unchanged == [str(big)]  # the hash is of the input, so a re-ingest settles
    assert passages <= 20 and len(body) <= 8_000


def test_local_files_over_the_size_cap_are_refused(tmp_path: Path) -> None:
    app = make_app(tmp_path / "b.db", max_file_bytes=10_000)
    try:
        big = _big_file(tmp_path)
        report = app.ingest([str(big)])
        assert app.stats()["articles"] == 0
    finally:
        app.close()
    record("big articles", refusals=len(report.failed))
    assert report.failed == [(str(big), f"file too large ({big.stat().st_size / 1e3:.1f} KB; the limit is 10.0 KB)")]


def test_answers_load_passages_not_whole_texts(sqlite_seeded_app) -> None:  # type: ignore[no-untyped-def]
    with sqlite_seeded_app.store.session() as session:
        ids = session.execute(select(m.Passage.id).limit(5)).scalars().all()
        refs = queries.passages_with_articles(session=session, passage_ids=ids)
        articles = [article for _, article in refs.values()]
        # the records answers cite carry no body at all (db/records.py): nothing of a whole text is read
        assert articles and all(not hasattr(a, "body_text") and not hasattr(a, "raw_text") for a in articles)


@pytest.mark.alone
def test_a_text_of_short_wrapped_lines_is_parsed_in_linear_time() -> None:
    """4.9 MB of wrapped lines became one paragraph by joining line after line: 13 s, now under one."""
    import time

    from bot.sources.plaintext import parse_plain_text

    lines = [f"Acme Corp hired {n} engineers in Jakarta on {n % 28 + 1} March 2026, said Budi Santoso." for n in range(58_000)]
    started = time.monotonic()
    doc = parse_plain_text("Acme grows\n\n" + "\n".join(lines))
    assert time.monotonic() - started < 5  # 0.8 s alone; quadratic joining took 13 s
    assert len(doc.text) > 4_500_000
