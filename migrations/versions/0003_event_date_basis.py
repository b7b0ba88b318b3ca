"""Events carry how their date was found: stated in the text, anchored to another event, or the report's date

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 05:00:00

``date_basis`` is one of ``stated`` (a date expression in the sentence, resolved against the
publication date), ``anchored`` (relative to another dated event: "weeks after the investment") and
``reported`` (no date in the text; the article's publication date). ``planned`` marks a date in the
future of the report (a target or schedule). Rows stored before this revision had a stated date or
none; they keep ``stated`` and are re-dated by ``briefing reindex``.

``event_anchors`` names the actors of the event an event is dated from ("days after Meta invested":
Meta), with ``events.anchor_type`` its type, so that an answer can date it from another article.
``amount_entities`` links an amount to every person and organisation its clause is about.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_basis", sa.String(10), nullable=False, server_default="stated"))
        batch.add_column(sa.Column("anchor_type", sa.String(32), nullable=True))
    op.create_table(
        "event_anchors",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "amount_entities",
        sa.Column("amount_id", sa.Integer, sa.ForeignKey("amounts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_amount_entities_entity_id", "amount_entities", ["entity_id"])


def downgrade() -> None:
    op.drop_index("ix_amount_entities_entity_id", table_name="amount_entities")
    op.drop_table("amount_entities")
    op.drop_table("event_anchors")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("anchor_type")
        batch.drop_column("date_basis")
