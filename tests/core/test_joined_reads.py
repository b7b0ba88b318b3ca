"""/who's roles and /timeline's events are read with what the answers then read of them apart (issue 12, branch
perf10): ``roles_with_passages_of``, ``dated_events_told`` and ``event_parties`` give the same rows as the reads they
replace, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import astuple
from functools import partial

from sqlalchemy import Integer, event, func, literal, select

from db import answers_queries as reads
from db import models as m
from db import queries
from tests.garbage import cyclic_garbage


def _busiest(session, column, count: int = 4) -> list[int]:  # type: ignore[no-untyped-def]
    counted = func.count().label("n")
    return [row[0] for row in session.execute(select(column, counted).group_by(column)
                                              .order_by(counted.desc(), column).limit(count))]


def _same_refs(got: dict, want: dict) -> None:  # type: ignore[type-arg]
    assert sorted(got) == sorted(want)
    for pid, (passage, article) in got.items():
        assert astuple(passage) == astuple(want[pid][0]) and astuple(article) == astuple(want[pid][1])


def _statements(session, call) -> int:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    engine = session.get_bind()
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return len(seen)


def test_roles_with_their_passages(seeded_app) -> None:  # type: ignore[no-untyped-def]
    with seeded_app.store.session() as session:
        for as_person, column in ((True, m.Role.person_id), (False, m.Role.org_id)):
            busiest = [i for i in _busiest(session, column) if i is not None]
            for ids in ([busiest[0]], busiest, [busiest[-1], busiest[0], busiest[-1]], [10**9], []):
                for limit in (1, 3, 500):
                    got, refs = reads.roles_with_passages_of(session=session, entity_ids=ids, as_person=as_person,
                                                             limit=limit)
                    want = {i: reads.roles_of(session=session, entity_id=i, as_person=as_person, limit=limit) for i in ids}
                    assert list(got) == list(want)
                    for i, rows in want.items():
                        assert [(astuple(r), p, o) for r, p, o in got[i]] == [(astuple(r), p, o) for r, p, o in rows]
                    _same_refs(refs, queries.passages_with_articles(
                        session=session, passage_ids=[r.passage_id for rows in want.values() for r, _p, _o in rows]))
            two = partial(reads.roles_with_passages_of, session=session, entity_ids=busiest[:2], as_person=as_person)
            assert _statements(session, two) == 2  # one statement an entity


def test_dated_events_with_their_stories_and_languages(seeded_app) -> None:  # type: ignore[no-untyped-def]
    with seeded_app.store.session() as session:
        busiest = _busiest(session, m.EventActor.entity_id)
        for entity_id, also in [(None, []), *((i, []) for i in busiest), (busiest[0], busiest[1:3]), (10**9, [])]:
            for limit in (1, 7, 500):
                events, told = queries.dated_events_told(session=session, entity_id=entity_id, limit=limit, also=also)
                want = queries.dated_events(session=session, entity_id=entity_id, limit=limit, also=also)
                assert [astuple(e) for e in events] == [astuple(e) for e in want]
                assert told == queries.story_and_language(session=session, article_ids={e.article_id for e in want})


def test_event_parties_tell_the_people_among_the_actors(seeded_app) -> None:  # type: ignore[no-untyped-def]
    with seeded_app.store.session() as session:
        ids = list(session.scalars(select(m.Event.id).order_by(m.Event.id)))
        for chosen in (ids, ids[:1], ids[::3], [10**9], []):
            actors, names, people = queries.event_parties(session=session, event_ids=chosen)
            assert (actors, names) == queries.event_actors(session=session, event_ids=chosen)
            assert people == queries.people_among(session=session, entity_ids=names)
        assert any(queries.event_parties(session=session, event_ids=ids)[2])  # the seeds' events name people


def test_a_sentence_sliced_from_the_joined_passage_is_the_one_looked_up(seeded_app) -> None:  # type: ignore[no-untyped-def]
    joined = m.joined_slice(m.Event.own_text, m.Event.text_start, m.Event.text_end, m.Passage.text)
    with seeded_app.store.session() as session:
        rows = session.execute(select(m.Event.text, joined).join(m.Passage, m.Passage.id == m.Event.passage_id)
                               .order_by(m.Event.id)).all()
        assert rows and all(looked_up == sliced for looked_up, sliced in rows)
        # a fact stored with its own text (no offsets) keeps it; offsets count characters, as Python does
        for start, end, want in ((None, None, "own"), (2, 5, "paßäge"[2:5]), (0, 0, "")):
            got = session.scalar(select(m.joined_slice(literal("own"), literal(start, Integer), literal(end, Integer),
                                                       literal("paßäge"))))
            assert got == want


def test_the_roles_read_is_built_once_and_leaves_no_cyclic_garbage(seeded_app) -> None:  # type: ignore[no-untyped-def]
    """``_roles_cited`` is built once for each (as_person, limit) and the entity bound when it runs (perf13): a build
    took 0.4 ms of each /who, and its aliases and subquery were left for the cyclic collector."""
    with seeded_app.store.session() as session:
        people = [i for i in _busiest(session, m.Role.person_id) if i is not None]
        assert reads._roles_cited(True, 500) is reads._roles_cited(True, 500) is not reads._roles_cited(False, 500)
        reads.roles_with_passages_of(session=session, entity_ids=people, as_person=True)
        (got, _refs), garbage = cyclic_garbage(
            lambda: reads.roles_with_passages_of(session=session, entity_ids=people, as_person=True))
        assert sum(map(len, got.values())) > 3 and len(garbage) == 0


def test_a_who_leaves_little_cyclic_garbage(seeded_app) -> None:  # type: ignore[no-untyped-def]
    """/who's reads run statements built once (perf13): a /who of a person left ~500 objects (statements and their
    json_each) for the cyclic collector, a young collection every few dozen asks at 20k articles."""
    with seeded_app.store.session() as session:
        person = _busiest(session, m.Role.person_id, 1)[0]
        name = session.get(m.Entity, person).name
        assert reads.published_of(session=session, article_ids=[1, 2, 10**9]).keys() <= {1, 2}
    seeded_app.ask(f"/who {name}")
    answer, garbage = cyclic_garbage(lambda: seeded_app.ask(f"/who {name}"))
    assert answer.status == "ok" and answer.items and len(garbage) < 60
