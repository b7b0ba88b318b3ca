"""The number of stored articles, kept with them

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 20:00:00

Filing an article weighs names by how rare they are among the stored articles, and read their number with
``SELECT count(*) FROM articles`` every time: microseconds on SQLite, but on PostgreSQL a scan of an index of
every article (0.6-0.9 ms at 10k articles, growing with the store). The ``store_meta`` row ``articles`` keeps it
(``db.counts``): it changes in the transaction that stores a new article or deletes some. This revision counts
what is stored; no row reads as none, so a store without articles gets none (it stays empty for ``briefing
import``). The downgrade drops the row: code before this revision does not keep it.
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM store_meta WHERE key = 'articles'")
    op.execute("INSERT INTO store_meta (key, value) SELECT 'articles', CAST(n AS VARCHAR(200)) "
               "FROM (SELECT count(*) AS n FROM articles) AS stored WHERE n > 0")


def downgrade() -> None:
    op.execute("DELETE FROM store_meta WHERE key = 'articles'")
