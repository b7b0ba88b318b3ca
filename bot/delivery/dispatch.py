"""Sending what was decided: claim due outbox rows of one platform, send each, record the outcome.

Pacing keeps to the platforms' limits: ``Sender.chat_interval(chat_key)`` seconds between two
messages to one chat and ``Sender.global_interval`` between any two. A 429 is waited out by the
sender when it can (PTB's AIORateLimiter); otherwise the row is retried after ``retry_after``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal, Protocol

from bot.delivery import payload
from bot.domain import Answer
from db import outbox

if TYPE_CHECKING:
    from bot.app import BriefingApp

log = logging.getLogger(__name__)

LEASE_SECONDS = 300.0  # a claimed row is retried after this if its sender vanished
MAX_ATTEMPTS = 8
BACKOFF_SECONDS = 30.0


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class SendResult:
    status: Literal["sent", "blocked", "retry", "failed"]
    error: str = ""
    retry_after: float = 0.0


class Sender(Protocol):
    platform: str
    global_interval: float

    def chat_interval(self, chat_key: str) -> float: ...

    async def send(self, chat_key: str, answer: Answer) -> SendResult: ...


@dataclass
class Pacer:
    """Waits so that one chat gets at most one message per interval, and all chats together a rate."""

    monotonic: Callable[[], float] = time.monotonic
    last_chat: dict[str, float] = field(default_factory=dict)
    last_any: float = float("-inf")

    async def wait(self, chat_key: str, chat_interval: float, global_interval: float) -> None:
        now = self.monotonic()
        ready = max(self.last_chat.get(chat_key, float("-inf")) + chat_interval, self.last_any + global_interval)
        if ready > now:
            await asyncio.sleep(ready - now)
        self.last_any = self.last_chat[chat_key] = self.monotonic()


@dataclass
class DeliveryStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    paused: int = 0


_COUNTERS = {"sent": "sent", "blocked": "paused", "retry": "retried", "failed": "failed"}


async def deliver_pending(app: BriefingApp, sender: Sender, *, now: datetime | None = None, limit: int = 50,
                          pacer: Pacer | None = None) -> DeliveryStats:
    """Send the due pending deliveries of ``sender.platform``; returns what happened."""
    now = now or utcnow()
    pacer = pacer or Pacer()
    stats = DeliveryStats()

    def claim() -> list[outbox.Claimed]:
        with app.store.write() as session:
            return outbox.claim_pending(session=session, platform=sender.platform, now=now, limit=limit,
                                        lease=LEASE_SECONDS)

    paused: set[str] = set()
    for row in await asyncio.to_thread(claim):
        if row.chat_key in paused:  # blocked a moment ago; pause_chat parked the row
            continue
        try:
            answer = payload.load(row.payload)
        except (ValueError, TypeError, KeyError) as exc:
            result = SendResult("failed", f"unreadable payload: {exc}")
        else:
            await pacer.wait(row.chat_key, sender.chat_interval(row.chat_key), sender.global_interval)
            try:
                result = await sender.send(row.chat_key, answer)
            except Exception as exc:  # noqa: BLE001 - a sender bug is a retry, not a dead loop
                log.exception("sending delivery %s to %s failed", row.id, row.chat_key)
                result = SendResult("retry", f"{type(exc).__name__}: {exc}")
        if result.status == "blocked":
            paused.add(row.chat_key)
        await asyncio.to_thread(_record, app, row, result, utcnow() if now is None else now)
        counter = _COUNTERS[result.status]
        setattr(stats, counter, getattr(stats, counter) + 1)
    return stats


def _record(app: BriefingApp, row: outbox.Claimed, result: SendResult, now: datetime) -> None:
    with app.store.write() as session:
        if result.status == "sent":
            outbox.mark_sent(session=session, delivery_id=row.id, now=now)
        elif result.status == "blocked":
            log.info("chat %s blocked or removed the bot (%s): paused", row.chat_key, result.error)
            outbox.pause_chat(session=session, chat_key=row.chat_key, reason=result.error or "blocked", now=now)
        elif result.status == "retry" and row.attempts < MAX_ATTEMPTS:
            wait = result.retry_after or BACKOFF_SECONDS * 2 ** (row.attempts - 1)
            outbox.mark_retry(session=session, delivery_id=row.id, when=now + timedelta(seconds=wait),
                              error=result.error)
        else:
            log.warning("delivery %s to %s failed: %s", row.id, row.chat_key, result.error)
            outbox.mark_failed(session=session, delivery_id=row.id, error=result.error)
