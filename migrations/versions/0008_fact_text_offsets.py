"""Event and quote sentences are kept as offsets into their passage, not as a second copy of the text

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-14 06:00:00

An event's ``text`` is the sentence stating it and a quote's ``text`` the words quoted: both are slices
of the passage they were read from, so the store held each of them twice (at 1,000 bench articles,
0.64 MB of event sentences and 0.32 MB of quotes, a tenth of the file). ``events`` and ``quotes`` get
``text_start`` and ``text_end`` (character offsets into ``passages.text``); where they are set, ``text``
is '' and the models read the slice (``db.models.Event.text``, ``Quote.text``). A text that is not a
slice of its passage keeps ``text`` and NULL offsets.

Existing rows are converted here with one UPDATE per table on SQLite (``instr``) and PostgreSQL
(``strpos``); both count characters, as ``substr`` and Python do. The downgrade writes the texts back.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("events", "quotes")
POSITION = {"sqlite": "instr", "postgresql": "strpos"}

# The first place the text occurs in its passage (any place would do: each is the same characters).
LOCATE = """
UPDATE {table} SET text_start = found.at - 1, text_end = found.at - 1 + length({table}.text), text = ''
FROM (SELECT fact.id, {position}(passages.text, fact.text) AS at
      FROM {table} AS fact JOIN passages ON passages.id = fact.passage_id) AS found
WHERE found.id = {table}.id AND found.at > 0
"""

WRITE_BACK = """
UPDATE {table} SET text = substr(passages.text, {table}.text_start + 1, {table}.text_end - {table}.text_start)
FROM passages WHERE passages.id = {table}.passage_id AND {table}.text_end IS NOT NULL
"""


def upgrade() -> None:
    position = POSITION[op.get_bind().dialect.name]
    for table in TABLES:
        op.add_column(table, sa.Column("text_start", sa.Integer(), nullable=True))
        op.add_column(table, sa.Column("text_end", sa.Integer(), nullable=True))
        op.execute(LOCATE.format(table=table, position=position))  # UPDATE .. FROM: SQLite >= 3.33, PostgreSQL


def downgrade() -> None:
    for table in TABLES:
        op.execute(WRITE_BACK.format(table=table))
        # Plain ALTER (SQLite >= 3.35 has DROP COLUMN): a batch copy of events would cascade-delete amounts.
        op.execute(f"ALTER TABLE {table} DROP COLUMN text_start")
        op.execute(f"ALTER TABLE {table} DROP COLUMN text_end")
