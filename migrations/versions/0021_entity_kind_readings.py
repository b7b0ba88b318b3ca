"""How many articles read each entity as each kind: ``entities.kind_readings``

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 06:30:00

An entity kept the kind of the first article that named it: a person one article took for a company (a name after
"the company said") stayed a company whatever the articles after said. Each article's reading now counts
("person:3 org:1") and the kind most articles read wins, the one stored first on a tie. A row stored before has no
count (an empty one): it reads as one reading of its kind.
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
