"""Article gaps kept only where unusual; two indexes no query uses well are dropped

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-14 07:00:00

``articles.body_gaps`` (migration 0005) was a JSON list of every gap around an article's passages:
``"\\n\\n"`` between two passages and ``""`` at both ends, except where a line was dropped (about 400
bytes an article of the bench corpus, a quarter of it those usual gaps). It becomes a JSON object of
the gaps that differ from the usual ones, by position (``{}`` for most articles;
``db.queries.pack_gaps``). The downgrade writes the lists back, byte for byte as 0005 wrote them.

Indexes:
- ``ix_articles_content_hash``: no query looks an article up by its hash (ingest finds it by
  ``source_key`` and then compares the hash).
- ``ix_events_type``: its one user, the departures of given people (``db.answers_queries
  .departures_of``), read every departure of the store through it and then checked its actors;
  without it the same query goes from those people's rows in ``event_actors``.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BATCH = 500


def _usual(position: int, count: int) -> str:
    return "" if position in (0, count - 1) else "\n\n"


def packed(gaps: list[str]) -> str:
    """A 0005 list as this revision stores it (the form of ``db.queries.pack_gaps`` as of 0009)."""
    return json.dumps({str(i): g for i, g in enumerate(gaps) if g != _usual(i, len(gaps))},
                      ensure_ascii=False, separators=(",", ":"))


def listed(stored: str, count: int) -> str:
    """The 0005 list back from this revision's form, for ``count`` gaps."""
    unusual = json.loads(stored)
    return json.dumps([unusual.get(str(i), _usual(i, count)) for i in range(count)], ensure_ascii=False)


def _rewrite(conn: sa.Connection, convert) -> None:  # type: ignore[no-untyped-def]
    """Apply ``convert(body_gaps, passage count + 1)`` to every article's gaps, a batch at a time."""
    ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM articles WHERE body_gaps IS NOT NULL ORDER BY id"))]
    for start in range(0, len(ids), BATCH):
        batch = ids[start:start + BATCH]
        counts = dict(conn.execute(
            sa.text("SELECT article_id, count(*) FROM passages WHERE article_id IN :ids GROUP BY article_id")
            .bindparams(sa.bindparam("ids", expanding=True)), {"ids": batch}).all())
        rows = conn.execute(sa.text("SELECT id, body_gaps FROM articles WHERE id IN :ids")
                            .bindparams(sa.bindparam("ids", expanding=True)), {"ids": batch}).all()
        conn.execute(sa.text("UPDATE articles SET body_gaps = :g WHERE id = :i"),
                     [{"i": i, "g": convert(gaps, counts.get(i, 0) + 1)} for i, gaps in rows])


def upgrade() -> None:
    op.drop_index("ix_articles_content_hash", table_name="articles")
    op.drop_index("ix_events_type", table_name="events")
    _rewrite(op.get_bind(), lambda gaps, _count: packed(json.loads(gaps)))


def downgrade() -> None:
    _rewrite(op.get_bind(), listed)
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
