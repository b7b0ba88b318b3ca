"""Stories: articles that tell one story, grouped at ingest

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10 06:00:00

* ``stories``: one row per story, with its headline (the title of its earliest article) and the days
  its articles span.
* ``story_articles``: the one story of each article (``article_id`` is the key), with the article's
  publication period as days (``day_from``..``day_to``: a month-precise date spans the month; an
  undated article is dated the day it was stored), indexed so that the articles of a window of days
  are found without reading the articles table.

* ``entities.article_count``: how many articles name the entity (how rare a name is, which grouping
  weighs), kept beside ``mention_count`` by every write; counted here from the mentions.

Deleting an article deletes its link (ON DELETE CASCADE); ``db.stories`` then drops stories left
without articles. Articles stored before this revision each get a story of their own here (grouping
needs the extracted facts and the rules of ``bot.stories``); ``briefing reindex`` groups them.
"""

from __future__ import annotations

import calendar
import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BATCH = 500


def period(published: str | None, stored: dt.datetime | None) -> tuple[dt.date, dt.date]:
    """The first and last day that ``published`` ("YYYY", "YYYY-MM", "YYYY-MM-DD") can mean."""
    parts = [int(p) for p in (published or "").split("-") if p.isdigit()]
    if not parts:
        day = (stored or dt.datetime(1970, 1, 1)).date()
        return day, day
    year, month = parts[0], parts[1] if len(parts) > 1 else None
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if len(parts) > 2:
        return dt.date(year, month, parts[2]), dt.date(year, month, parts[2])
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _create() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("headline_article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
        sa.Column("first_day", sa.Date, nullable=False),
        sa.Column("last_day", sa.Date, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_stories_last_day", "stories", ["last_day"])
    op.create_table(
        "story_articles",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
        sa.Column("day_from", sa.Date, nullable=False),
        sa.Column("day_to", sa.Date, nullable=False),
        sa.Column("score", sa.Float, nullable=False, server_default="0"),
    )
    op.create_index("ix_story_articles_story_id", "story_articles", ["story_id"])
    op.create_index("ix_story_articles_days", "story_articles", ["day_to", "day_from"])


# Typed columns, so that each driver is given dates it accepts (SQLite stores them as ISO text).
_STORIES = sa.table("stories", sa.column("id", sa.Integer), sa.column("headline", sa.Text),
                    sa.column("headline_article_id", sa.Integer), sa.column("first_day", sa.Date),
                    sa.column("last_day", sa.Date))
_LINKS = sa.table("story_articles", sa.column("article_id", sa.Integer), sa.column("story_id", sa.Integer),
                  sa.column("day_from", sa.Date), sa.column("day_to", sa.Date), sa.column("score", sa.Float))


def _backfill(conn: sa.Connection) -> None:
    """One story per stored article, with the same id (a fresh table has no other ids to clash with)."""
    rows = conn.execute(sa.text(
        "SELECT a.id, a.title, a.published, a.ingested_at, "
        "(SELECT p.text FROM passages p WHERE p.article_id = a.id ORDER BY p.idx LIMIT 1) "
        "FROM articles a ORDER BY a.id")).all()
    for start in range(0, len(rows), BATCH):
        stories, links = [], []
        for article_id, title, published, stored, lead in rows[start:start + BATCH]:
            first, last = period(published, stored)
            headline = (title or (lead or "").strip()[:200] or f"#{article_id}").strip()
            stories.append({"id": article_id, "headline": headline, "headline_article_id": article_id,
                            "first_day": first, "last_day": last})
            links.append({"article_id": article_id, "story_id": article_id, "day_from": first, "day_to": last,
                          "score": 0.0})
        conn.execute(_STORIES.insert(), stories)
        conn.execute(_LINKS.insert(), links)
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT setval(pg_get_serial_sequence('stories', 'id'), "
                             "COALESCE((SELECT MAX(id) FROM stories), 1), (SELECT MAX(id) FROM stories) IS NOT NULL)"))


def upgrade() -> None:
    _create()
    op.add_column("entities", sa.Column("article_count", sa.Integer(), nullable=False, server_default="0"))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE entities SET article_count = (SELECT COUNT(DISTINCT m.article_id) FROM mentions m "
                         "WHERE m.entity_id = entities.id)"))
    _backfill(conn)


def downgrade() -> None:
    # Plain ALTER (SQLite >= 3.35 has DROP COLUMN): a batch copy of entities would cascade-delete its mentions.
    op.execute("ALTER TABLE entities DROP COLUMN article_count")
    op.drop_index("ix_story_articles_days", "story_articles")
    op.drop_index("ix_story_articles_story_id", "story_articles")
    op.drop_table("story_articles")
    op.drop_index("ix_stories_last_day", "stories")
    op.drop_table("stories")
