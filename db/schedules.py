"""Digest schedules and feeds: what is due, claimed so that one process handles each at a time.

Due rows are selected FOR UPDATE SKIP LOCKED (PostgreSQL; SQLite's write transaction is already
exclusive). Feeds are polled outside the claiming transaction: the claim moves ``next_poll_at`` a
lease ahead, so another process skips the feed until the poll records its result (or the lease runs
out after a crash).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, func, select, text
from sqlalchemy.orm import Session

from db import models as m
from db.upsert import insert_ignore, upsert

# --------------------------------------------------------------------------- digests


def set_digest(*, session: Session, chat_key: str, frequency: str, weekday: int | None, at_time: str, timezone: str,
               next_run_at: datetime, last_article_id: int) -> None:
    """Create or change a chat's schedule (an upsert: two processes may race); keeps what was already sent."""
    values = {"chat_key": chat_key, "frequency": frequency, "weekday": weekday, "at_time": at_time,
              "timezone": timezone, "next_run_at": next_run_at, "last_article_id": last_article_id}
    upsert(session, m.Digest, values, ["chat_key"],
           {k: v for k, v in values.items() if k not in ("chat_key", "last_article_id")})


def drop_digest(*, session: Session, chat_key: str) -> bool:
    return bool(session.execute(delete(m.Digest).where(m.Digest.chat_key == chat_key)).rowcount)  # type: ignore[attr-defined]


def get_digest(*, session: Session, chat_key: str) -> m.Digest | None:
    return session.get(m.Digest, chat_key)


def due_digests(*, session: Session, now: datetime, skip: set[str]) -> list[m.Digest]:
    rows = session.execute(
        select(m.Digest).where(m.Digest.next_run_at <= now).order_by(m.Digest.next_run_at)
        .with_for_update(skip_locked=True)
    ).scalars()
    return [d for d in rows if d.chat_key not in skip]


def next_digest_at(*, session: Session) -> datetime | None:
    return session.execute(select(func.min(m.Digest.next_run_at))).scalar_one_or_none()


# --------------------------------------------------------------------------- feeds


def add_feed(*, session: Session, url: str, interval_seconds: int, now: datetime) -> tuple[m.Feed, bool]:
    """The feed for ``url`` (created when new, due now); True when it was created."""
    created = insert_ignore(session, m.Feed, {"url": url, "interval_seconds": interval_seconds, "next_poll_at": now,
                                              "created_at": now, "failures": 0, "last_new": 0}, ["url"])
    feed = session.execute(select(m.Feed).where(m.Feed.url == url)).scalar_one()
    return feed, created


def list_feeds(*, session: Session) -> Sequence[m.Feed]:
    return session.execute(select(m.Feed).order_by(m.Feed.id)).scalars().all()


def remove_feed(*, session: Session, feed_id: int) -> m.Feed | None:
    feed = session.get(m.Feed, feed_id)
    if feed is not None:
        session.delete(feed)
    return feed


def claim_due_feeds(*, session: Session, now: datetime, lease: float, limit: int = 10) -> list[m.Feed]:
    """Due feeds, each pushed ``lease`` seconds ahead so no other process polls it meanwhile."""
    rows = list(session.execute(
        select(m.Feed).where(m.Feed.next_poll_at <= now).order_by(m.Feed.next_poll_at).limit(limit)
        .with_for_update(skip_locked=True)
    ).scalars())
    for feed in rows:
        feed.next_poll_at = now + timedelta(seconds=lease)
    return rows


def record_poll(*, session: Session, feed_id: int, now: datetime, next_poll_at: datetime, error: str | None,
                etag: str | None = None, last_modified: str | None = None, new: int = 0) -> None:
    """The outcome of one poll: validators on success, a failure count and the error otherwise."""
    feed = session.get(m.Feed, feed_id)
    if feed is None:  # removed while it was being polled
        return
    feed.last_polled_at = now
    feed.next_poll_at = next_poll_at
    if error is None:
        feed.failures = 0
        feed.last_error = None
        feed.last_new = new
        feed.etag = etag if etag is not None else feed.etag
        feed.last_modified = last_modified if last_modified is not None else feed.last_modified
    else:
        feed.failures += 1
        feed.last_error = error[:300]


def next_feed_poll_at(*, session: Session) -> datetime | None:
    return session.execute(select(func.min(m.Feed.next_poll_at))).scalar_one_or_none()


def known_article_keys(*, session: Session, keys: list[str]) -> set[str]:
    if not keys:
        return set()
    return set(session.execute(select(m.Article.source_key).where(m.Article.source_key.in_(keys))).scalars())


# --------------------------------------------------------------------------- periodic jobs


def try_job_lock(*, connection: Connection, key: str) -> bool:
    """On PostgreSQL, take the advisory lock ``key`` for the connection's transaction if nobody holds it."""
    got = connection.execute(text("SELECT pg_try_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key}).scalar_one()
    return bool(got)
