"""A departure told as still to come is marked: ``events.pending``

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 03:30:00

"X will step down at the end of the year", told on a Monday, is a happening of that Monday (the decision was
made known) but not a departure that has taken effect: ``/who`` ended its holder's post at it and showed them as
former. Extraction marks such an event ``pending`` (``bot.domain.Event.pending``); every row stored before is
false, as it was read. The departures' covering index (0012) gets the column, so that ``/who``'s read of the
departures stays within the index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

NAME = "ix_events_departures"
COLUMNS = ["id", "date_year", "date_month", "date_day", "date_basis", "passage_id"]


def upgrade() -> None:
    op.add_column("events", sa.Column("pending", sa.Boolean(), nullable=False, server_default=sa.false()))
    _departures_index(COLUMNS + ["pending"])


def downgrade() -> None:
    _departures_index(COLUMNS)
    op.execute("ALTER TABLE events DROP COLUMN pending")


def _departures_index(columns: list[str]) -> None:
    where = sa.text("type = 'departure'")
    op.drop_index(NAME, table_name="events")
    op.create_index(NAME, "events", columns, sqlite_where=where, postgresql_where=where)
