"""Departures get a partial index of their own

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-16 08:00:00

``/who`` of an organisation reads the departures of the people holding roles in it (a departure ends a
role), one query over every event of those people: on the 10k-article bench store, 7,468 event rows looked
up for a hot organisation's 500 role holders, to find that none is a departure (7 ms a ``/who``, growing with
the store). Departures are a small share of events, so an index of them alone (``type = 'departure'``; the
columns the query reads) is small, and the query goes from the departures to their actors instead.
0009 dropped the index on ``type``: this one holds the departures only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

NAME = "ix_events_departures"
COLUMNS = ["id", "date_year", "date_month", "date_day", "date_basis", "passage_id"]


def upgrade() -> None:
    where = sa.text("type = 'departure'")
    op.create_index(NAME, "events", COLUMNS, sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    op.drop_index(NAME, table_name="events")
