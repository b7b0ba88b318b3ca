"""Delivery outbox, delivered facts, digest schedules, feeds in the database, paused chats

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 05:00:00

* ``deliveries``: one row per (chat, alert or digest) decided, written in the same transaction as the
  decision; ``status`` goes pending -> sent, or failed / paused (the chat blocked the bot). Senders
  claim pending rows with a short lease, so a crash between decision and send loses nothing.
* ``delivered_facts``: (chat, fact key) once; a fact repeated by another outlet has the same key.
* ``digests``: one schedule per chat (daily or weekly, local time and zone), next run in UTC.
* ``feeds``: what the watcher polls, with its conditional-GET validators, next poll, failures.
* ``chat_prefs.paused_at`` / ``paused_reason``: a chat that blocked or removed the bot.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("chat_key", sa.String(200), nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("status", sa.String(10), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("not_before", sa.DateTime, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("sent_at", sa.DateTime),
        sa.Column("last_error", sa.String(300)),
        sa.UniqueConstraint("chat_key", "key", name="uq_deliveries_chat_key"),
    )
    op.create_index("ix_deliveries_due", "deliveries", ["platform", "status", "not_before"])
    op.create_table(
        "delivered_facts",
        sa.Column("chat_key", sa.String(200), primary_key=True),
        sa.Column("fact_key", sa.String(200), primary_key=True),
        sa.Column("delivery_id", sa.Integer, sa.ForeignKey("deliveries.id", ondelete="CASCADE")),
    )
    op.create_table(
        "digests",
        sa.Column("chat_key", sa.String(200), primary_key=True),
        sa.Column("frequency", sa.String(8), nullable=False),
        sa.Column("weekday", sa.Integer),
        sa.Column("at_time", sa.String(5), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("next_run_at", sa.DateTime, nullable=False),
        sa.Column("last_article_id", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_run_at", sa.DateTime),
    )
    op.create_index("ix_digests_next_run_at", "digests", ["next_run_at"])
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.String(2000), nullable=False, unique=True),
        sa.Column("interval_seconds", sa.Integer, nullable=False),
        sa.Column("etag", sa.String(300)),
        sa.Column("last_modified", sa.String(100)),
        sa.Column("next_poll_at", sa.DateTime, nullable=False),
        sa.Column("last_polled_at", sa.DateTime),
        sa.Column("last_error", sa.String(300)),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_new", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_feeds_next_poll_at", "feeds", ["next_poll_at"])
    with op.batch_alter_table("chat_prefs") as batch:
        batch.add_column(sa.Column("paused_at", sa.DateTime))
        batch.add_column(sa.Column("paused_reason", sa.String(200)))


def downgrade() -> None:
    with op.batch_alter_table("chat_prefs") as batch:
        batch.drop_column("paused_reason")
        batch.drop_column("paused_at")
    op.drop_index("ix_feeds_next_poll_at", "feeds")
    op.drop_table("feeds")
    op.drop_index("ix_digests_next_run_at", "digests")
    op.drop_table("digests")
    op.drop_table("delivered_facts")
    op.drop_index("ix_deliveries_due", "deliveries")
    op.drop_table("deliveries")
