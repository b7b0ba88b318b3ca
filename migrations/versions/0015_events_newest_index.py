"""PostgreSQL: dated events in the timeline's order, newest first

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 09:00:00

``/timeline`` reads dated events newest date first with a month-less date after the months of its year
(``db.queries._by_date``: ``date_year DESC, date_month DESC NULLS LAST, id DESC``). SQLite walks
``ix_events_date`` backwards for it; on PostgreSQL a backward walk of that index gives the month-less dates
first (``DESC`` is ``NULLS FIRST`` there), so every read of that order sorted the whole newest year of events
(the global ``/timeline``: 4,818 events sorted for 500 on the 5k bench store, a year's share of every larger
store), and a name's newest events could not be walked in that order (``db.queries._newest_events``).
This index is that order, over the dated events only. SQLite has nothing to add: nothing is created there.
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

NAME = "ix_events_newest"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX {NAME} ON events (date_year DESC, date_month DESC NULLS LAST, id DESC) "
                   "WHERE date_year IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {NAME}")
