"""/who's remaining reads built once and bound when they run (issue 12, branch perf14): a name's mentions with their
passages, the names told beside it, its event sentences (now one statement: the ids a subquery of the sentences'
read), its role holders' departures and the store's version give the rows that the statements built afresh each ask
gave, on a SQLite file migrated by Alembic and on PostgreSQL; a /who builds none of them and runs one statement
fewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Integer, String, bindparam, func, literal_column, select, text
from sqlalchemy.orm import Session

from db import answers_queries as reads
from db import models as m
from db import queries, records
from tests.core.migrating import BACKENDS, ingest_sets, migrating_app, statements_run
from tests.stories.helpers import FIXTURES, ingest_folder

LIMITS = (1, 7, 400)


def _co_mentions_afresh(session: Session, entity_id: int, mentions: int) -> list[tuple[str, str, int]]:
    """``co_mentions`` as main built it each ask (the entity and the limit as literals)."""
    passages = (select(m.Mention.passage_id).where(m.Mention.entity_id == entity_id).limit(mentions)
                .scalar_subquery())
    rows = session.execute(select(m.Entity.name, m.Entity.kind, m.Mention.passage_id)
                           .join(m.Entity, m.Entity.id == m.Mention.entity_id)
                           .where(m.Mention.passage_id.in_(passages), m.Mention.entity_id != entity_id))
    return [(name, kind, pid) for name, kind, pid in rows]


def _mentions_afresh(session: Session, entity_id: int, limit: int) -> list[tuple]:  # type: ignore[type-arg]
    stmt = (select(m.Mention.passage_id, m.Mention.start, m.Mention.end, *records.columns(records.Passage),
                   *records.columns(records.Article), m.Passage.fact_weight)
            .join_from(m.Mention, m.Passage, m.Passage.id == m.Mention.passage_id)
            .join(m.Article, m.Article.id == m.Passage.article_id)
            .where(m.Mention.entity_id == entity_id)
            .order_by(m.Mention.article_id.desc(), m.Mention.passage_id, m.Mention.start)
            .limit(limit))
    return [tuple(row) for row in session.execute(stmt)]


def _sentences_in_two_reads(session: Session, entity_id: int, limit: int) -> list[tuple[int, str]]:
    """``event_sentences_of`` as main read it: the ids first, then their sentences with the ids bound."""
    actors = m.EventActor.__table__.c
    ids = list(session.scalars(select(actors.event_id).where(actors.entity_id == entity_id)
                               .order_by(actors.article_id.desc(), actors.event_id).limit(limit)))
    rows = session.execute(select(m.Event.passage_id, m.Event.text).where(m.Event.id.in_(ids))
                           .order_by(m.Event.article_id.desc(), m.Event.id))
    return [(pid, sentence) for pid, sentence in rows]


def _departures_afresh(session: Session, person_ids: list[int]) -> list[tuple]:  # type: ignore[type-arg]
    acted = select(m.EventActor.event_id).where(m.EventActor.event_id == m.Event.id,
                                                (m.EventActor.entity_id + 0).in_(person_ids))
    rows = session.execute(
        select(m.Event.id, m.Event.date_year, m.Event.date_month, m.Event.date_day, m.Event.passage_id, m.Event.date_basis)
        .where(m.Event.type == literal_column("'departure'"), acted.exists()))
    return [(i, year, month, day, passage) for i, year, month, day, passage, basis in rows
            if year is not None and basis != "planned"]


def _cited_as_read(session: Session, entity_id: int, limit: int, known: dict,  # type: ignore[type-arg]
                   sentences: list[tuple[int, str]]) -> None:
    """``event_sentences_cited`` (the sentences cut in Python) gives ``event_sentences_of``'s rows (cut in SQL), from
    no passage known and from the mentions' passages, and adds the passages ``passages_with_articles`` reads."""
    for start in ({}, dict(known)):
        refs = dict(start)
        assert reads.event_sentences_cited(session=session, entity_ids=[entity_id], limit=limit, refs=refs) == sentences
        added = queries.passages_with_articles(session=session, passage_ids=[p for p, _s in sentences if p not in start])
        assert refs.keys() == start.keys() | added.keys()
        assert all(refs[pid][0].text == added[pid][0].text for pid in added)


def _mentioned(session: Session) -> list[int]:
    """Every entity with a mention, the busiest first."""
    counted = func.count().label("n")
    return [row[0] for row in session.execute(select(m.Mention.entity_id, counted).group_by(m.Mention.entity_id)
                                              .order_by(counted.desc(), m.Mention.entity_id))]


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_kept_reads_give_the_rows_of_the_reads_built_afresh(backend: str, tmp_path: Path,
                                                                request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        ingest_sets(app, "seeds", "tuning", "tuning4")
        ingest_folder(app, FIXTURES / "blind" / "a")  # people leaving their posts: departures to read
        with app.store.session() as session:
            entities = _mentioned(session)
            assert len(entities) > 100
            told = compared = 0
            for entity_id in entities:
                for limit in LIMITS:
                    got = reads.co_mentions(session=session, entity_id=entity_id, mentions=limit)
                    assert got == _co_mentions_afresh(session, entity_id, limit), (entity_id, limit)
                    mentions, refs, _weight = reads.mentioned_passages(session=session, entity_ids=[entity_id],
                                                                       limit=limit)
                    want = _mentions_afresh(session, entity_id, limit)
                    assert mentions == [row[:3] for row in want], (entity_id, limit)
                    assert sorted(refs) == sorted({row[3] for row in want})
                    sentences = queries.event_sentences_of(session=session, entity_id=entity_id, limit=limit)
                    assert sentences == _sentences_in_two_reads(session, entity_id, limit), (entity_id, limit)
                    _cited_as_read(session, entity_id, limit, refs, sentences)
                    told += len(sentences)
                    compared += len(got)
            assert told > 200 and compared > 500  # the comparisons saw rows, not empty reads
            people = list(session.scalars(select(m.Entity.id).where(m.Entity.kind == "person").order_by(m.Entity.id)))
            for chosen in (people, people[::2], people[:1], [10**9]):
                want = _departures_afresh(session, chosen)
                assert sorted(reads._dated_departures(session, chosen)) == sorted(want)
            assert _departures_afresh(session, people)  # the set has departures to compare
            assert queries.get_meta(session=session, key="version") == session.execute(
                text("SELECT value FROM store_meta WHERE key = 'version'")).scalar_one()
            assert queries.get_meta(session=session, key="no such key") is None


# characters SQL's substr and Python's slices must count alike: accents, combining marks, CJK, emoji (4 UTF-8 bytes)
TEXTS = ["Rp 1,2 triliun", "Société Générale élève", "e\u0301te\u0301 cafe\u0301", "北京的公司 raised", "📈 naik 12% 🚀 ok", ""]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_sentence_cut_in_python_is_the_slice_sql_reads(backend: str, tmp_path: Path,
                                                          request: pytest.FixtureRequest) -> None:
    """``m.sliced`` gives ``m.passage_slice``'s value for every stored event (both offsets or neither), and SQL's
    ``substr`` counts characters as Python's slices do, whatever the characters."""
    with migrating_app(backend, tmp_path, request) as app:
        ingest_sets(app, "seeds", "tuning")
        with app.store.session() as session:
            rows = session.execute(select(m.Event.own_text, m.Event.text_start, m.Event.text_end, m.Passage.text,
                                          m.Event.text).join(m.Passage, m.Passage.id == m.Event.passage_id)).all()
            assert len(rows) > 100 and any(end is not None for _o, _s, end, _p, _t in rows)
            assert all(m.sliced(own, start, end, passage) == told for own, start, end, passage, told in rows)
            cut = select(func.substr(bindparam("t", type_=String), bindparam("s", type_=Integer) + 1,
                                     bindparam("e", type_=Integer) - bindparam("s", type_=Integer)))
            for told in TEXTS:
                for start in range(len(told) + 2):
                    for end in range(start, len(told) + 3):
                        got = session.execute(cut, {"t": told, "s": start, "e": end}).scalar_one()
                        assert got == m.sliced("", start, end, told), (told, start, end)


def test_offsets_no_slice_gives_are_refused() -> None:
    assert m.sliced("own", None, None, "passage") == "own"
    assert m.sliced("", 2, 5, "passage") == "ssa"
    for start, end in ((None, 3), (4, 2), (-1, 3)):
        with pytest.raises(ValueError):
            m.sliced("", start, end, "passage")


def test_the_reads_are_built_once() -> None:
    """Each is built once (a build was 0.1-0.4 ms of every /who, and left its parts for the cyclic collector)."""
    assert reads._co_mentioned(400) is reads._co_mentioned(400) is not reads._co_mentioned(7)
    assert reads._mentioned(400) is reads._mentioned(400) is not reads._mentioned(7)
    assert queries._sentences(400) is queries._sentences(400) is not queries._sentences(7)
    assert reads._event_spans(400) is reads._event_spans(400) is not reads._event_spans(7)
    assert reads._departures() is reads._departures()
    assert queries._meta_value() is queries._meta_value()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_who_reads_its_event_sentences_in_one_statement(backend: str, tmp_path: Path,
                                                          request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        ingest_sets(app, "seeds", "tuning")
        with app.store.session() as session:
            busiest = _mentioned(session)[0]
            name = session.get(m.Entity, busiest).name
        app.ask(f"/who {name}")
        with statements_run(app.store.engine) as said:
            answer = app.ask(f"/who {name}")
        assert answer.status == "ok" and answer.items
        sentences = [s for s in said if "FROM event_actors" in s and "text_start" in s]
        assert len(sentences) == 1, said  # the ids a subquery of the sentences' read, not a read of their own
        alone = "SELECT event_actors.event_id FROM event_actors WHERE event_actors.entity_id ="
        assert not [s for s in said if " ".join(s.split()).startswith(alone)], said  # main's read of the ids
