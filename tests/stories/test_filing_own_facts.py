"""Filing a just-stored article takes what it tells (its names, event keys and figures) from what its save wrote in
the same transaction (``db.stories.Written``), not from reading it back; and a save writes each table's rows in one
statement, with the ids the database would have given them."""

from __future__ import annotations

import math

from sqlalchemy import event, func, insert, select

from bot import stories
from bot.app import BriefingApp
from db import models as m
from db import stories as q
from tests.stories.helpers import FIXTURES, ingest_folder

READ_BACK = ("FROM mentions", "FROM events", "FROM amounts")  # what ``read_told`` reads of an article
NEXT_ID = "SELECT max("  # the ids a save takes on SQLite


def test_what_a_save_wrote_is_what_reading_the_article_back_gives(app: BriefingApp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every article of the three tuning folders and our samples, as filed: the facts taken from its save equal
    those ``read_told`` reads of it in the same transaction (names in id order, event keys with who leads them,
    figures, title and language)."""
    compared: list[int] = []
    taken = stories.told_of_stored

    def checked(session, article):  # type: ignore[no-untyped-def]
        assert q.written(session=session, article_id=article.id) is not None  # noted by the save ...
        q.note_written(session=session, article_id=article.id, written=_peeked[article.id])
        told = taken(session, article)  # ... and taken from it
        assert q.written(session=session, article_id=article.id) is None  # taken once
        read = stories.read_told(session, [article.id])[article.id]
        assert told == read
        assert list(told.mentions) == list(read.mentions)  # entity id order, as read
        compared.append(article.id)
        return told

    _peeked: dict[int, q.Written] = {}
    noted = q.note_written

    def peek(*, session, article_id, written):  # type: ignore[no-untyped-def]
        _peeked[article_id] = written
        noted(session=session, article_id=article_id, written=written)

    monkeypatch.setattr(q, "note_written", peek)
    monkeypatch.setattr(stories, "told_of_stored", checked)
    for folder in ("tuning", "tuning2", "tuning3"):
        ingest_folder(app, FIXTURES / folder)
    with app.store.session() as session:
        stored = session.execute(select(func.count()).select_from(m.Article)).scalar_one()
    assert len(compared) == stored == 34
    assert any(_peeked[i].events for i in compared) and any(_peeked[i].money for i in compared)


def test_the_first_article_is_filed_without_reading_its_facts_back(app: BriefingApp) -> None:
    said: list[str] = []

    def heard(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        said.append(" ".join(statement.split()))

    folder = FIXTURES / "tuning"
    event.listen(app.store.engine, "before_cursor_execute", heard)
    try:
        ingest_folder(app, folder, ["id-t01-pintarloka-seri-b.txt"])
    finally:
        event.remove(app.store.engine, "before_cursor_execute", heard)
    reads = [s for s in said if s.upper().startswith("SELECT") and any(table in s for table in READ_BACK)
             and not s.startswith(NEXT_ID)]
    assert not reads, reads
    # one INSERT a table, however many passages, events and amounts the article has
    for table in ("passages", "events", "amounts", "mentions"):
        assert sum(s.startswith(f"INSERT INTO {table} ") for s in said) == 1, table


def test_after_a_merge_the_article_is_read_back(app: BriefingApp) -> None:
    """Entities merged in the transaction after a save (its rows may name an id merged away): what was noted is
    dropped and the article is read back."""
    ingest_folder(app, FIXTURES / "tuning", ["id-t01-pintarloka-seri-b.txt"])
    with app.store.write() as session:
        article_id = session.execute(select(m.Article.id)).scalar_one()
        q.note_written(session=session, article_id=article_id, written=q.Written({}, [], []))
        q.forget_written(session=session)
        assert q.written(session=session, article_id=article_id) is None
        article = session.get(m.Article, article_id)
        assert article is not None
        assert stories.told_of_stored(session, article) == stories.read_told(session, [article_id])[article_id]
    with app.store.write() as session:  # another transaction never sees what one noted
        q.note_written(session=session, article_id=article_id, written=q.Written({}, [], []))
    with app.store.write() as session:
        assert q.written(session=session, article_id=article_id) is None


def test_rows_get_the_ids_the_database_would_give(app: BriefingApp) -> None:
    """Passages, events and amounts are written with ids taken first: each article's in the order of its rows,
    following the last stored (also after an article is stored again), and a row the database numbers itself
    afterwards gets the next (PostgreSQL: the sequence was advanced)."""
    folder = FIXTURES / "tuning"
    ingest_folder(app, folder)
    changed = folder / "en-t05-halcyra-opens.txt"
    with app.store.write() as session:  # the newest article stored again: its rows go, new ones follow the rest
        last = session.execute(select(m.Article).where(m.Article.source_file == changed.name)).scalar_one()
        last.content_hash = "stale"
    ingest_folder(app, folder, [changed.name])
    with app.store.write() as session:
        for model in (m.Passage, m.Event, m.Amount):
            rows = session.execute(select(model.id, model.article_id).order_by(model.id)).all()
            assert rows, model
            by_article: dict[int, list[int]] = {}
            for row_id, article_id in rows:
                by_article.setdefault(article_id, []).append(row_id)
            for ids in by_article.values():
                assert ids == list(range(ids[0], ids[0] + len(ids)))  # one block an article
        passages = session.execute(select(m.Passage.id).order_by(m.Passage.article_id, m.Passage.idx)).scalars().all()
        assert len(passages) == len(set(passages))
        for article_id, ids in _blocks(session).items():
            assert ids == sorted(ids), article_id  # in the order of the passages
        top = session.execute(select(func.max(m.Event.id))).scalar_one()
        passage = session.execute(select(m.Passage.id, m.Passage.article_id)).first()
        assert passage is not None
        new_id = session.execute(insert(m.Event.__table__).returning(m.Event.__table__.c.id), {
            "type": "other", "text": "x", "article_id": passage[1], "passage_id": passage[0]}).scalar_one()
        assert new_id == top + 1


def _blocks(session) -> dict[int, list[int]]:  # type: ignore[no-untyped-def]
    """article id -> its passages' ids in the order of the passages."""
    out: dict[int, list[int]] = {}
    for passage_id, article_id in session.execute(select(m.Passage.id, m.Passage.article_id).order_by(m.Passage.idx)):
        out.setdefault(article_id, []).append(passage_id)
    return out


def test_scoring_spelt_out_gives_the_same_sums() -> None:
    """``Rarity.vector`` and ``shared_figures`` as written for speed give exactly what their plain statements give
    (the same floats: a name's weight is ``Rarity.weight``; a figure is shared as ``any`` over every pair says)."""
    import random
    from datetime import date

    rng = random.Random(5)
    for _ in range(300):
        rarity = stories.Rarity(articles=rng.choice([3, 150, 9000]),
                                naming={e: rng.randint(0, 400) for e in range(40) if rng.random() < 0.8})
        names = {e: rng.randint(1, 6) for e in rng.sample(range(50), rng.randint(0, 20))}
        a, b = (stories.Profile(article_id=i, first=date(2026, 1, 1), last=date(2026, 1, 1),
                                names={e: rng.randint(1, 3) for e in rng.sample(range(50), rng.randint(0, 15))},
                                money={(rng.choice(["USD", "IDR", None]), float(rng.choice([42, 42.5, 43, 900, 1e9])),
                                        rng.randrange(50)) for _ in range(rng.randint(0, 6))}) for i in (1, 2))
        me = stories.Profile(article_id=3, first=date(2026, 1, 1), last=date(2026, 1, 1), names=names)
        assert rarity.vector(me) == {e: (1 + math.log(n)) * rarity.weight(e) for e, n in names.items()}
        common = a.names.keys() & b.names.keys()
        plain = {(currency, value) for currency, value, about in a.money
                 if any(currency == c and (about in common or e in common) and stories.same_figure(value, v)
                        for c, v, e in b.money)}
        assert stories.shared_figures(a, b) == len(plain)
