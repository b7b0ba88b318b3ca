"""/digest: set, show or stop this chat's scheduled digest (stored in the database, so it survives restarts)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.answers.context import Context
from bot.delivery.digests import WEEKDAYS, Schedule, next_run, parse_schedule
from bot.domain import Answer, Item, MessageKey, ScheduleInfo
from db import alerts, schedules


def _now(ctx: Context) -> datetime:
    clock = ctx.services.get("now")
    return clock() if callable(clock) else datetime.now(UTC).replace(tzinfo=None)  # type: ignore[no-any-return]


def _item(schedule: Schedule, next_at: datetime) -> Item:
    return Item(text=f"{schedule.describe()} (next: {next_at.isoformat(sep=' ', timespec='minutes')} UTC)", kind="digest",
                schedule=ScheduleInfo(schedule=schedule.describe(), next=next_at.isoformat(timespec="minutes") + "Z",
                                      frequency=schedule.frequency, time=schedule.at_time, timezone=schedule.timezone,
                                      weekday=WEEKDAYS[schedule.weekday] if schedule.weekday is not None else None))


def digest(ctx: Context, query: str) -> Answer:
    """``/digest daily 08:00 [TZ]``, ``/digest weekly mon 08:00 [TZ]``, ``/digest off``, ``/digest``."""
    if not ctx.chat_key:
        return Answer(command="digest", query=query, status="invalid", message=MessageKey.INVALID)
    session, text = ctx.session, query.strip()
    if text.lower() in ("off", "stop", "mati"):
        schedules.drop_digest(session=session, chat_key=ctx.chat_key)
        return Answer(command="digest", query=text, message=MessageKey.DIGEST_OFF)
    if not text:
        row = schedules.get_digest(session=session, chat_key=ctx.chat_key)
        if row is None:
            return Answer(command="digest", query="", message=MessageKey.DIGEST_NONE)
        schedule = Schedule(row.frequency, row.at_time, row.timezone, row.weekday)
        return Answer(command="digest", query="", message=MessageKey.DIGEST_SET, items=[_item(schedule, row.next_run_at)], total=1)
    tz = str(ctx.services.get("timezone") or "UTC")
    wanted = parse_schedule(text, tz)
    if wanted is None:
        return Answer(command="digest", query=text, status="invalid", message=MessageKey.USAGE)
    next_at = next_run(wanted, _now(ctx))
    schedules.set_digest(session=session, chat_key=ctx.chat_key, frequency=wanted.frequency, weekday=wanted.weekday,
                         at_time=wanted.at_time, timezone=wanted.timezone, next_run_at=next_at,
                         last_article_id=alerts.newest_article_id(session=session))
    return Answer(command="digest", query=text, message=MessageKey.DIGEST_SET, items=[_item(wanted, next_at)], total=1)
