"""SQLite: the link tables (event actors and anchors, amount entities) are kept in their primary key

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-14 08:00:00

``event_actors``, ``event_anchors`` and ``amount_entities`` are pairs of ids with a composite primary
key. As ordinary SQLite tables each was stored twice: the rows under a hidden rowid, and the primary
key as an index beside them (at 1,000 bench articles, 0.33 MB of an 8.7 MB store). ``WITHOUT ROWID``
keeps the rows in the primary key's own b-tree; the index on ``entity_id`` then holds the whole key, so
"the events of this name" is read from the index alone. Nothing references these tables, so they are
rebuilt in place (new table, copy, drop, rename, indexes again) with foreign keys left on.

PostgreSQL stores every table as a heap beside its indexes; nothing changes there. The downgrade
rebuilds them as ordinary tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("event_actors", "event_anchors", "amount_entities")


def _rebuild(table: str, *, rowid: bool) -> None:
    conn = op.get_bind()
    create = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"),
                          {"t": table}).scalar_one()
    indexes = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t "
                                   "AND sql IS NOT NULL"), {"t": table}).scalars().all()
    body = create[create.index("("):].strip().removesuffix("WITHOUT ROWID").strip()
    conn.exec_driver_sql(f"CREATE TABLE {table}_rebuilt {body}" + ("" if rowid else " WITHOUT ROWID"))
    conn.exec_driver_sql(f"INSERT INTO {table}_rebuilt SELECT * FROM {table}")
    conn.exec_driver_sql(f"DROP TABLE {table}")
    conn.exec_driver_sql(f"ALTER TABLE {table}_rebuilt RENAME TO {table}")
    for index in indexes:
        conn.exec_driver_sql(index)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            _rebuild(table, rowid=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            _rebuild(table, rowid=True)
