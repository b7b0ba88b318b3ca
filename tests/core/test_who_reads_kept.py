"""/who's remaining reads built once and bound when they run (issue 12, branch perf14): a name's mentions with their
passages, the names told beside it, its event sentences (now one statement: the ids a subquery of the sentences'
read), its role holders' departures and the store's version give the rows that the statements built afresh each ask
gave, on a SQLite file migrated by Alembic and on PostgreSQL; a /who builds none of them and runs one statement
fewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, literal_column, select, text
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


def test_the_reads_are_built_once() -> None:
    """Each is built once (a build was 0.1-0.4 ms of every /who, and left its parts for the cyclic collector)."""
    assert reads._co_mentioned(400) is reads._co_mentioned(400) is not reads._co_mentioned(7)
    assert reads._mentioned(400) is reads._mentioned(400) is not reads._mentioned(7)
    assert queries._sentences(400) is queries._sentences(400) is not queries._sentences(7)
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
