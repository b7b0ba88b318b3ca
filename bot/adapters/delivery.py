"""The delivery service of ``briefing serve``: every ``alert_interval`` seconds, decide and send.

It runs in the server's event loop: ``BriefingApp.decide`` (alerts and due digests, for every chat)
in a worker thread, then ``deliver_pending`` once per platform this process serves, each through
its sender (bot.adapters.senders). The feed watcher, when enabled, runs in its own thread beside it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from datetime import datetime
from typing import TYPE_CHECKING

from bot.delivery.dispatch import DeliveryStats, Pacer, Sender, deliver_pending

if TYPE_CHECKING:
    from bot.adapters.watcher import FeedWatcher
    from bot.app import BriefingApp

log = logging.getLogger(__name__)


class DeliveryService:
    def __init__(self, app: BriefingApp, senders: list[Sender], *, interval: float,
                 watcher: FeedWatcher | None = None) -> None:
        self.app = app
        self.senders = senders
        self.interval = interval
        self.watcher = watcher
        self.pacers = {s.platform: Pacer() for s in senders}
        self._task: asyncio.Task[None] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    async def tick(self, now: datetime | None = None) -> dict[str, DeliveryStats]:
        """One round: decide for every chat, then send what is due on each platform served here."""
        await asyncio.to_thread(self.app.decide, now)
        return {s.platform: await deliver_pending(self.app, s, now=now, pacer=self.pacers[s.platform])
                for s in self.senders}

    async def _loop(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:  # noqa: BLE001 - the next round retries
                log.exception("delivery round failed")
            await asyncio.sleep(self.interval)

    async def start(self) -> None:
        if self.interval > 0 and self.senders:
            self._task = asyncio.create_task(self._loop())
        if self.watcher is not None:
            self._thread = threading.Thread(target=self.watcher.run, args=(self._stop,), name="feed-watcher",
                                            daemon=True)
            self._thread.start()

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._thread is not None:
            await asyncio.to_thread(self._thread.join, 10)
