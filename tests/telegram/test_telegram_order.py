"""Each chat's commands are answered in the order they were sent, while other chats are answered meanwhile
(``bot.adapters.telegram_order``), through the real Application and the fake Bot API."""

from __future__ import annotations

import itertools
import threading
import time
from typing import Any

from conftest import StubApp  # type: ignore[import-not-found]
from telegram.ext import SimpleUpdateProcessor

from bot.adapters import telegram as telegram_adapter
from bot.fakebotapi import message_update, user

CHATS = (-201, -202, -203)
_ids = itertools.count(1)


class SlowFirst(StubApp):
    """Answers a chat's first command ("/search 1") slowly, so that its second would overtake it under a
    processor that does not keep a chat's order; records when each answer was worked on."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: dict[tuple[str, str], tuple[float, float]] = {}
        self._lock = threading.Lock()

    def ask(self, text: str, **kwargs: Any) -> Any:
        began = time.monotonic()
        if text.endswith(" 1"):
            time.sleep(0.4)
        answer = super().ask(text, **kwargs)
        with self._lock:
            self.spans[kwargs.get("chat_key") or "", text] = (began, time.monotonic())
        return answer


async def replies_by_chat(fake: Any, start_bot: Any, app: SlowFirst) -> dict[int, list[int]]:
    """Three commands from each of three groups, interleaved; the commands each chat's replies quote, in
    the order the server received them."""
    await start_bot(app)
    for n in (1, 2, 3):
        for chat_id in CHATS:
            fake.enqueue(message_update(next(_ids), f"/search {n}", chat_id=chat_id, chat_type="group",
                                        message_id=n, from_user=user(-chat_id)))
    calls = await fake.wait_for("sendMessage", 3 * len(CHATS))
    order: dict[int, list[int]] = {}
    for call in calls:
        order.setdefault(int(call.params["chat_id"]), []).append(call.params["reply_parameters"]["message_id"])
    return order


async def test_each_chat_is_answered_in_order_and_chats_at_once(fake, start_bot):
    app = SlowFirst()
    assert await replies_by_chat(fake, start_bot, app) == {chat: [1, 2, 3] for chat in CHATS}
    # the three slow first commands were worked on at the same time, not one chat after another
    firsts = [app.spans[f"telegram:{chat}", "/search 1"] for chat in CHATS]
    assert max(began for began, _ in firsts) < min(ended for _, ended in firsts)


async def test_the_order_check_catches_a_processor_that_does_not_keep_it(fake, start_bot, monkeypatch):
    """PTB's SimpleUpdateProcessor (``concurrent_updates(n)`` alone): a chat's second command overtakes
    its slow first one, so the check above would fail."""
    monkeypatch.setattr(telegram_adapter, "PerChatUpdateProcessor", SimpleUpdateProcessor)
    order = await replies_by_chat(fake, start_bot, SlowFirst())
    assert all(replies[0] != 1 for replies in order.values()), order
