"""Admin commands for the feeds the watcher polls: /feeds, /addfeed URL [15m], /removefeed ID.

``briefing feeds add|list|remove`` run the same commands, so chat and command line agree.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

from bot.answers.context import Context
from bot.domain import Answer, FeedInfo, Item, MessageKey
from db import models as m
from db import schedules

DEFAULT_INTERVAL = 900
MIN_INTERVAL = 60
_INTERVAL = re.compile(r"^(\d{1,6})\s*(s|m|h|d)?$", re.I)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> int | None:
    """"15m" -> 900, "1h" -> 3600, "90" -> 90 seconds; None when unreadable."""
    match = _INTERVAL.match(text.strip())
    if not match:
        return None
    return int(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]


def describe_interval(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _now(ctx: Context) -> datetime:
    clock = ctx.services.get("now")
    return clock() if callable(clock) else datetime.now(UTC).replace(tzinfo=None)  # type: ignore[no-any-return]


def feed_item(feed: m.Feed) -> Item:
    """One feed as a list line: id, URL, interval, next poll, last error."""
    parts = [f"#{feed.id} {feed.url}", f"every {describe_interval(feed.interval_seconds)}",
             f"next {feed.next_poll_at.isoformat(sep=' ', timespec='minutes')} UTC"]
    if feed.last_polled_at is not None:
        parts.append(f"last {feed.last_polled_at.isoformat(sep=' ', timespec='minutes')} UTC, {feed.last_new} new")
    if feed.last_error:
        parts.append(f"error ({feed.failures}x): {feed.last_error}")
    return Item(text=" · ".join(parts), kind="feed",
                feed=FeedInfo(id=feed.id, url=feed.url, interval=feed.interval_seconds, failures=feed.failures,
                              last_error=feed.last_error, next_poll_at=feed.next_poll_at.isoformat()))


def list_feeds(ctx: Context, query: str) -> Answer:
    items = [feed_item(f) for f in schedules.list_feeds(session=ctx.session)]
    return Answer(command="feeds", query="", items=items, total=len(items),
                  message=MessageKey.FEEDS_TITLE if items else MessageKey.FEEDS_NONE)


def add_feed(ctx: Context, query: str) -> Answer:
    words = query.split()
    url = words[0] if words else ""
    interval = parse_interval(" ".join(words[1:])) if len(words) > 1 else DEFAULT_INTERVAL
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or interval is None or len(words) > 2:
        return Answer(command="addfeed", query=query, status="invalid", message=MessageKey.USAGE)
    feed, created = schedules.add_feed(session=ctx.session, url=url, interval_seconds=max(interval, MIN_INTERVAL),
                                       now=_now(ctx))
    return Answer(command="addfeed", query=url, items=[feed_item(feed)], total=1,
                  message=MessageKey.FEED_ADDED if created else MessageKey.FEED_EXISTS)


def remove_feed(ctx: Context, query: str) -> Answer:
    text = query.strip().lstrip("#")
    if not text.isdigit():
        return Answer(command="removefeed", query=query, status="invalid", message=MessageKey.USAGE)
    feed = schedules.remove_feed(session=ctx.session, feed_id=int(text))
    if feed is None:
        return Answer(command="removefeed", query=query, status="not_found", message=MessageKey.FEED_NOT_FOUND)
    return Answer(command="removefeed", query=text, items=[Item(text=f"#{feed.id} {feed.url}", kind="feed")], total=1,
                  message=MessageKey.FEED_REMOVED)
