"""Events, roles and quotes get an index on ``passage_id``

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-15 08:00:00

Replacing an article (a changed re-ingest, ``briefing reindex``) deletes its passages, and the
``ON DELETE CASCADE`` from ``passages`` then finds each passage's events, roles and quotes by
``passage_id``. Without an index that is a scan of the whole table for every passage: on a 10k-article
SQLite store, deleting one article's 16 passages took 131 ms (``EXPLAIN QUERY PLAN``: ``SCAN events``,
``SCAN roles``, ``SCAN quotes``), about a second per article at 100k. PostgreSQL checks the cascade
the same way. ``amounts`` and ``mentions`` have had theirs since 0001.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("events", "roles", "quotes")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_passage_id", table, ["passage_id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_passage_id", table_name=table)
