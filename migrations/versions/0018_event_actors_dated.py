"""A name's events by date: each event actor row carries its event's year and month

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 10:00:00

``/timeline NAME`` reads a name's newest dated events (``db.queries._by_date``: ``date_year DESC, date_month DESC
NULLS LAST, id DESC``). The dates were on ``events`` only and the name on ``event_actors`` only, so no index held
both: a hot company's newest 500 were looked for by walking the store's newest events (``ix_events_date``, up to
12,500 of them on the 20k bench store) and probing ``event_actors`` for each, and a quieter name's events were all
read and sorted. Here ``event_actors`` gets the event's ``date_year`` and ``date_month`` (filled from ``events``
for the rows stored, written with every new row by ``db.queries._FactWriter``; an event's date is never changed
after it is stored) and ``ix_event_actors_entity_dated`` is (entity, year, month, event) in that order, so a
name's newest dated events are one range of the index, read no further than the limit.

The new index begins with ``entity_id`` and holds ``event_id``, as ``ix_event_actors_entity_id`` did, which it
replaces: every read of a name's events uses it as before. On SQLite (``WITHOUT ROWID``, 0010) the index is in
ascending order and read backwards (SQLite sorts NULL first, so a month-less date comes last, as the order
wants); on PostgreSQL it is in the order itself (``NULLS LAST`` spelled out for the month, as ``ix_events_newest``
does, 0015). The fill uses ``UPDATE ... FROM`` (SQLite 3.33 and later); the downgrade ``DROP COLUMN`` (3.35).
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

NAME = "ix_event_actors_entity_dated"
COLUMNS = {
    "sqlite": "entity_id, date_year, date_month, event_id",
    "postgresql": "entity_id, date_year DESC, date_month DESC NULLS LAST, event_id DESC",
}


def upgrade() -> None:
    op.execute("ALTER TABLE event_actors ADD COLUMN date_year INTEGER")
    op.execute("ALTER TABLE event_actors ADD COLUMN date_month INTEGER")
    # only the dated events' rows: the others stay NULL, as their events' dates are
    op.execute("UPDATE event_actors SET date_year = events.date_year, date_month = events.date_month FROM events "
               "WHERE events.id = event_actors.event_id "
               "AND (events.date_year IS NOT NULL OR events.date_month IS NOT NULL)")
    op.execute(f"CREATE INDEX {NAME} ON event_actors ({COLUMNS[op.get_bind().dialect.name]})")
    op.drop_index("ix_event_actors_entity_id", table_name="event_actors")


def downgrade() -> None:
    op.create_index("ix_event_actors_entity_id", "event_actors", ["entity_id"])
    op.drop_index(NAME, table_name="event_actors")
    # plain ALTER TABLE: a batch rebuild of the table on SQLite would not keep it WITHOUT ROWID
    op.execute("ALTER TABLE event_actors DROP COLUMN date_month")
    op.execute("ALTER TABLE event_actors DROP COLUMN date_year")
