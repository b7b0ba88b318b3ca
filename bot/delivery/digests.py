"""Digests: a chat's schedule (daily or weekly at a local time) and deciding the digest when it is due.

The digest tells the stories of the articles stored since the chat's last digest (by article id, so
no clock is compared with the database's), as /brief does: a headline each, and the new facts. Nothing new: nothing is queued and the
schedule just moves on. The outbox row, the new watermark and the next run are one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from bot.answers.brief import story_items
from bot.delivery import payload
from bot.delivery.alerts import chat_lang
from bot.domain import Answer, MessageKey
from db import alerts, outbox, schedules
from db.stories import Window

MAX_STORIES = 20
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_ID = ("sen", "sel", "rab", "kam", "jum", "sab", "min")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


@dataclass
class Schedule:
    frequency: str  # "daily" | "weekly"
    at_time: str  # "HH:MM"
    timezone: str
    weekday: int | None = None

    def describe(self) -> str:
        day = f" {WEEKDAYS[self.weekday]}" if self.weekday is not None else ""
        return f"{self.frequency}{day} {self.at_time} {self.timezone}"


def parse_schedule(text: str, default_tz: str = "UTC") -> Schedule | None:
    """"daily 08:00 [Asia/Jakarta]" or "weekly mon 08:00 [TZ]"; None when it is neither."""
    words = text.split()
    if not words or words[0].lower() not in ("daily", "weekly", "harian", "mingguan"):
        return None
    frequency = "daily" if words[0].lower() in ("daily", "harian") else "weekly"
    rest = words[1:]
    weekday = None
    if frequency == "weekly":
        if not rest:
            return None
        day = rest.pop(0).lower()[:3]
        if day in WEEKDAYS:
            weekday = WEEKDAYS.index(day)
        elif day in _WEEKDAY_ID:
            weekday = _WEEKDAY_ID.index(day)
        else:
            return None
    if not rest or not (match := _TIME.match(rest[0])) or len(rest) > 2:
        return None
    tz = rest[1] if len(rest) == 2 else default_tz
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return Schedule(frequency, f"{int(match.group(1)):02d}:{match.group(2)}", tz, weekday)


def next_run(schedule: Schedule, after: datetime) -> datetime:
    """The first run strictly after ``after`` (naive UTC), as naive UTC; local wall time, DST-aware."""
    zone = ZoneInfo(schedule.timezone)
    local = after.replace(tzinfo=UTC).astimezone(zone)
    hour, minute = (int(x) for x in schedule.at_time.split(":"))
    day = local.date()
    if schedule.weekday is not None:
        day += timedelta(days=(schedule.weekday - day.weekday()) % 7)
    step = timedelta(days=7 if schedule.weekday is not None else 1)
    while True:
        candidate = datetime.combine(day, time(hour, minute), tzinfo=zone)
        if candidate > local:
            return candidate.astimezone(UTC).replace(tzinfo=None)
        day += step


def digest_answer(session: Session, *, after_article_id: int, public_url: str | None, lang: str) -> tuple[Answer, int]:
    """(the digest, the newest article id in it); no items when nothing is new. The digest is /brief's
    stories (``bot.answers.brief.story_items``) with the articles stored after the last digest as new."""
    items = story_items(session, Window(after_id=after_article_id), limit=MAX_STORIES, public_url=public_url)
    newest = max(after_article_id, alerts.newest_article_id(session=session)) if items else after_article_id
    answer = Answer(command="digest", query="", message=MessageKey.DIGEST_TITLE, items=items, total=len(items), lang=lang)
    return answer, newest


def decide_digests(*, session: Session, now: datetime, public_url: str | None = None, default_lang: str = "en") -> int:
    """Queue the digests that are due; returns how many were queued (nothing new: none, schedule moves on)."""
    queued = 0
    for digest in schedules.due_digests(session=session, now=now, skip=outbox.paused_chats(session=session)):
        lang = chat_lang(session, digest.chat_key, default_lang)
        answer, newest = digest_answer(session, after_article_id=digest.last_article_id, public_url=public_url,
                                       lang=lang)
        if answer.items:
            key = f"digest:{digest.next_run_at.isoformat(timespec='minutes')}"
            if outbox.add_delivery(session=session, chat_key=digest.chat_key, kind="digest", key=key,
                                   payload=payload.dump(answer), now=now) is not None:
                queued += 1
            digest.last_article_id = newest
        schedule = Schedule(digest.frequency, digest.at_time, digest.timezone, digest.weekday)
        digest.last_run_at = now
        digest.next_run_at = next_run(schedule, now)
    return queued
