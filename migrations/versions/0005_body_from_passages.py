"""An article's body is kept once: its passages plus the text between them, not a second whole copy

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 06:00:00

Passages are exact slices of the cleaned body (``body[start:end]``), so storing the body again in
``articles.body_text`` doubled the text of the store. ``articles.body_gaps`` holds what lies between
the passages (a JSON list: the text before the first passage, between each two, after the last:
mostly blank lines, sometimes a dropped boilerplate line); the body is rebuilt exactly from the
passages and the gaps (``db.queries.article_text``), and ``body_text`` is then ''. An article whose
passages do not tile its body keeps ``body_text`` (and ``body_gaps`` NULL). ``raw_text`` equal to the
body is dropped (NULL: nothing different arrived).

``ix_passages_article_id`` goes: the unique index on (article_id, idx) serves the same lookups.

Existing rows are converted here, on SQLite and PostgreSQL; the downgrade writes the bodies back.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 500


def gaps_of(body: str, passages: list[tuple[int, int, str]]) -> list[str] | None:
    """The text around ``passages`` ((start, end, text) in order) if they are exact slices of ``body``."""
    gaps, at = [], 0
    for start, end, text in sorted(passages):
        if start < at or body[start:end] != text:
            return None
        gaps.append(body[at:start])
        at = end
    gaps.append(body[at:])
    return gaps


def rebuilt(passages: list[tuple[int, int, str]], gaps: list[str]) -> str:
    parts = [gaps[0]]
    for (_start, _end, text), gap in zip(sorted(passages), gaps[1:], strict=True):
        parts += [text, gap]
    return "".join(parts)


def _passages(conn: sa.Connection, ids: list[int]) -> dict[int, list[tuple[int, int, str]]]:
    out: dict[int, list[tuple[int, int, str]]] = {i: [] for i in ids}
    rows = conn.execute(sa.text('SELECT article_id, start, "end", text FROM passages WHERE article_id IN :ids')
                        .bindparams(sa.bindparam("ids", expanding=True)), {"ids": ids})
    for article_id, start, end, text in rows:
        out[article_id].append((start, end, text))
    return out


def _batches(conn: sa.Connection, where: str) -> list[list[int]]:
    ids = [row[0] for row in conn.execute(sa.text(f"SELECT id FROM articles WHERE {where} ORDER BY id"))]
    return [ids[i:i + BATCH] for i in range(0, len(ids), BATCH)]


def upgrade() -> None:
    op.add_column("articles", sa.Column("body_gaps", sa.Text(), nullable=True))
    op.drop_index("ix_passages_article_id", table_name="passages")
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE articles SET raw_text = NULL WHERE raw_text = body_text"))
    for ids in _batches(conn, "body_text <> ''"):
        passages = _passages(conn, ids)
        bodies = conn.execute(sa.text("SELECT id, body_text FROM articles WHERE id IN :ids")
                              .bindparams(sa.bindparam("ids", expanding=True)), {"ids": ids}).all()
        updates = []
        for article_id, body in bodies:
            gaps = gaps_of(body, passages[article_id]) if passages[article_id] else None
            if gaps is not None:
                updates.append({"i": article_id, "g": json.dumps(gaps, ensure_ascii=False)})
        if updates:
            conn.execute(sa.text("UPDATE articles SET body_text = '', body_gaps = :g WHERE id = :i"), updates)


def downgrade() -> None:
    conn = op.get_bind()
    for ids in _batches(conn, "body_gaps IS NOT NULL"):
        passages = _passages(conn, ids)
        rows = conn.execute(sa.text("SELECT id, body_gaps FROM articles WHERE id IN :ids")
                            .bindparams(sa.bindparam("ids", expanding=True)), {"ids": ids}).all()
        conn.execute(sa.text("UPDATE articles SET body_text = :b WHERE id = :i"),
                     [{"i": i, "b": rebuilt(passages[i], json.loads(g))} for i, g in rows])
    op.create_index("ix_passages_article_id", "passages", ["article_id"])
    # Plain ALTER (SQLite >= 3.35 has DROP COLUMN): a batch copy of articles would cascade-delete passages.
    op.execute("ALTER TABLE articles DROP COLUMN body_gaps")
