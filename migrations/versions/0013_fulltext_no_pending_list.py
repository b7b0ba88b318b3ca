"""PostgreSQL: the full-text index takes new passages at once, not through a pending list

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-17 08:00:00

A GIN index (``ix_passages_tsv``) is built with ``fastupdate`` on: new entries go to an unsorted pending list
that every search reads whole, until a VACUUM (or the list passing ``gin_pending_list_limit``, 4 MB) merges it
into the index. Between two merges the list holds up to 4 MB of entries however large the store: on the 1k
bench store (nothing vacuumed it) 451 pages and 11,882 entries, and finding the newest 400 passages of a
word took 3-8 ms instead of 0.2-1.5 ms after the list was merged. With ``fastupdate`` off every passage is
entered as it is stored; over 1,000 bench articles the database's CPU an article was the same within the
noise of the machine (14.1-14.7 ms against 13.4-14.3 ms). The list a store already holds is merged here.

SQLite's FTS5 index has no such list; nothing changes there. The downgrade turns the list back on.
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

INDEX = "ix_passages_tsv"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER INDEX {INDEX} SET (fastupdate = off)")
        # turning it off leaves what the list holds in it: merge that now
        op.execute(f"SELECT gin_clean_pending_list('{INDEX}'::regclass)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER INDEX {INDEX} RESET (fastupdate)")
