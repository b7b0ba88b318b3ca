"""The newest events of a name in many events are looked for among the store's newest first
(``db.queries._newest_events``; SQLite by a range of an index, PostgreSQL by a LIMIT and a LATERAL probe): the same
events, in the same order, as reading every event of the name and sorting them, whether they are all found there,
some are, or none. A name's dated events are read by date from ``event_actors`` since 0018
(``test_event_actors_dated``): they are the same whatever the window, and walk nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from db import models as m
from db import queries


def _reads(session, entity_id: int, also: list[int], limit: int) -> tuple:  # type: ignore[no-untyped-def]
    dated = queries.dated_events(session=session, entity_id=entity_id, limit=limit, also=also)
    return ([(e.id, e.date_year, e.date_month, e.text) for e in dated],
            queries.event_sentences_of(session=session, entity_id=entity_id, limit=limit))


@pytest.mark.parametrize("window", [1, 3, 10_000])
def test_a_busy_names_newest_events_are_those_of_its_own_rows(seeded_app, monkeypatch: pytest.MonkeyPatch,
                                                               window: int) -> None:
    said: list[str] = []

    def heard(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        said.append(statement)

    event.listen(seeded_app.store.engine, "before_cursor_execute", heard)
    with seeded_app.store.session() as session:
        counted = func.count().label("events")
        busiest = [row[0] for row in session.execute(
            select(m.EventActor.entity_id, counted).group_by(m.EventActor.entity_id)
            .order_by(counted.desc(), m.EventActor.entity_id).limit(6))]
        asked = [(entity, also, limit) for entity in busiest for also in ([], busiest[-1:]) for limit in (1, 2, 7)]
        monkeypatch.setattr(queries, "HOT_EVENTS", 10**9)  # every name read from its own rows
        own = [_reads(session, *ask) for ask in asked]
        monkeypatch.setattr(queries, "HOT_EVENTS", 0)  # every name looked for among the newest first
        monkeypatch.setattr(queries, "NEWEST_WINDOW", window)  # ... down to the window-th newest times the limit
        said.clear()
        newest = [_reads(session, *ask) for ask in asked]
    event.remove(seeded_app.store.engine, "before_cursor_execute", heard)
    assert any(dated for dated, _sentences in own)
    assert newest == own
    walk = "EXISTS" if seeded_app.store.dialect == "sqlite" else "JOIN LATERAL"
    assert sum(walk in statement for statement in said) == len(asked)  # each read by article walked the newest first
