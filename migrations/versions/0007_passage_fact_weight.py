"""Each passage keeps how much its stored facts weigh, for /who's key facts

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-12 06:00:00

``passages.fact_weight``: 3 per event, 2 per role, 1 per amount and per quote stored from the passage.
/who ranks the sentences that name an entity by it; it was counted at every /who from the four fact
tables, three of which have no index on ``passage_id`` (each /who scanned them whole). A passage's
facts are written and deleted with it, in the same transaction (``db.queries.save_article``), so the
count never goes stale. Existing rows are counted here, on SQLite and PostgreSQL (one UPDATE); the
downgrade drops the column.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The weights as of this revision (db.queries.FACT_WEIGHTS)
COUNT = """
UPDATE passages SET fact_weight = w.total FROM (
    SELECT passage_id, SUM(points) AS total FROM (
        SELECT passage_id, 3 AS points FROM events
        UNION ALL SELECT passage_id, 2 FROM roles
        UNION ALL SELECT passage_id, 1 FROM amounts
        UNION ALL SELECT passage_id, 1 FROM quotes
    ) AS facts GROUP BY passage_id
) AS w WHERE w.passage_id = passages.id
"""


def upgrade() -> None:
    op.add_column("passages", sa.Column("fact_weight", sa.Integer(), nullable=False, server_default="0"))
    op.execute(COUNT)  # UPDATE .. FROM: SQLite >= 3.33, PostgreSQL


def downgrade() -> None:
    # Plain ALTER (SQLite >= 3.35 has DROP COLUMN): a batch copy of passages would cascade-delete facts.
    op.execute("ALTER TABLE passages DROP COLUMN fact_weight")
