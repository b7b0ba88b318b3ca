"""An organisation's roles by id, with what /who weighs of them

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-17 07:00:00

A person's ``/who`` decides whether someone took each single-seat post they hold (CEO, president director)
from the other roles of that post in the organisation. It read the first 500 roles (by id, as ``roles_of``
reads them) of each organisation of those posts, every title, each row looked up in the table, to keep the
few of the posts in question: about 7 organisations an ask on the 10k-article bench store, ~32 at 40k.
This index gives an organisation's roles by id with what that decision reads of them (current or former,
title, holder, article), so ``answers_queries.seat_titles_of`` and ``current_seat_roles_of`` read at most
those 500 index entries an organisation, none from the table, and return the titles, then only the roles of
the wanted titles. It begins with ``org_id`` and ``id``, the order the index of ``org_id`` alone gave (SQLite
keeps the row id in it), which it replaces.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

NAME = "ix_roles_org_posts"
COLUMNS = ["org_id", "id", "former", "title", "person_id", "article_id"]


def upgrade() -> None:
    op.create_index(NAME, "roles", COLUMNS)
    op.drop_index("ix_roles_org_id", table_name="roles")


def downgrade() -> None:
    op.create_index("ix_roles_org_id", "roles", ["org_id"])
    op.drop_index(NAME, table_name="roles")
