"""How many articles read an entity as another kind than the one kept: ``entities.kind_readings``

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 06:30:00

An entity kept the kind of the first article that named it: a person one article took for a company (a name after
"the company said") stayed a company whatever the articles after said. The kind most articles read is now kept, the
one stored first on a tie. The column counts the readings that disagree with the kind kept ("org:1"); those that
agree are the articles that name the entity (``article_count``) less those. A row stored before counts none: every
article that named it read its kind.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("entities", sa.Column("kind_readings", sa.String(120), nullable=True, server_default=""))


def downgrade() -> None:
    op.execute("ALTER TABLE entities DROP COLUMN kind_readings")
