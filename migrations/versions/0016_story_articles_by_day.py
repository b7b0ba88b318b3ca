"""A story's articles by day

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 12:00:00

``/brief all`` shows each of the newest stories from its newest articles (``db.stories.story_members``: at
most 100, newest day first, then newest id), and a story's headline and days are read again from its articles
in day order when an article leaves its first or last day or its headline (``db.stories.tidy``). The index of
``story_id`` alone gave a story's every link, to be sorted: the bench's hot-company story holds thousands of
articles. This index gives them in that order, so a read can stop at its limit; it begins with ``story_id``,
which it replaces (every read by story alone uses it as before).
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

NAME = "ix_story_articles_story_days"
COLUMNS = ["story_id", "day_from", "article_id"]


def upgrade() -> None:
    op.create_index(NAME, "story_articles", COLUMNS)
    op.drop_index("ix_story_articles_story_id", table_name="story_articles")


def downgrade() -> None:
    op.create_index("ix_story_articles_story_id", "story_articles", ["story_id"])
    op.drop_index(NAME, table_name="story_articles")
