"""Events carry how their date was found: stated in the text, anchored to another event, or the report's date

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 05:00:00

``date_basis`` is one of ``stated`` (a date expression in the sentence, resolved against the
publication date), ``anchored`` (relative to another dated event: "weeks after the investment") and
``reported`` (no date in the text; the article's publication date). ``planned`` marks a date in the
future of the report (a target or schedule). Rows stored before this revision had a stated date or
none; they keep ``stated`` and are re-dated by ``briefing reindex``.
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


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("date_basis")
