"""Updates of different chats at once, each chat's own in the order Telegram numbered them.

PTB's ``concurrent_updates(n)`` alone (``SimpleUpdateProcessor``) starts the next update as soon as
one of ``n`` slots is free, whatever its chat: two commands sent in a row in one chat could be answered
in the other order (``briefing bench-telegram``: of 600 replies to 20 chats sending 10 commands each,
14 and 38 came after a later command's reply). This processor runs an update at once unless its chat
already has one running; then the update waits in that chat's line, without holding a slot, and the
running one's task answers the line in order before it lets the slot go.
A chat that sends ten commands holds one slot, not ten, so other chats are not kept waiting behind it.
Updates with no chat (inline queries) are not ordered.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """At most ``max_concurrent_updates`` chats served at once; one chat's updates one after another."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._lines: dict[int, deque[Awaitable[Any]]] = {}  # chats being served -> their waiting updates

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        line = self._lines.get(chat.id)
        if line is not None:  # this chat's running update will answer it, in turn
            line.append(coroutine)
            return
        line = self._lines[chat.id] = deque([coroutine])
        try:
            while line:
                await _guarded(line[0])
                line.popleft()
        finally:
            del self._lines[chat.id]
            for left in line:  # only when cancelled (shutdown): nothing will run them
                if hasattr(left, "close"):
                    left.close()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free: every line empties in the task that serves it."""


async def _guarded(coroutine: Awaitable[Any]) -> None:
    """One update; its failure must not leave the rest of the chat's line unanswered. (PTB's
    ``process_update`` hands a handler's error to the error handlers already; this is for the rest.)"""
    try:
        await coroutine
    except Exception:  # noqa: BLE001
        log.exception("telegram update failed")
