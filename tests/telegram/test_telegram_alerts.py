"""Alerts and digests through the delivery layer and the real PTB Bot against the fake Bot API."""

from __future__ import annotations

from typing import Any

from bot.adapters.senders import TelegramSender
from bot.delivery.dispatch import deliver_pending
from bot.fakebotapi import message_update, user
from db import outbox
from tests.delivery.helpers import LAYOFFS, LAYOFFS_COPY, PROFILE, Clock, put


def _statuses(app: Any) -> list[tuple[str, str]]:
    with app.store.session() as session:
        return [(d.chat_key, d.status) for d in outbox.deliveries(session=session)]


async def test_a_new_fact_is_sent_once_and_a_repeated_story_not_at_all(fake: Any, start_bot: Any, sqlite_app: Any) -> None:
    app = sqlite_app
    put(app, PROFILE, "https://a.example/profile")
    runner = await start_bot(app, alert_interval=0)
    fake.enqueue(message_update(1, "/follow Nusantara Robotics", chat_id=42, from_user=user(42)))
    await fake.wait_for("sendMessage")
    sender = TelegramSender(runner.application.bot, private_interval=0)

    put(app, LAYOFFS, "https://b.example/layoffs")
    assert app.decide() == (1, 0)
    stats = await deliver_pending(app, sender)
    assert stats.sent == 1
    alert = (await fake.wait_for("sendMessage", 2))[1].params
    assert alert["chat_id"] in (42, "42") and alert["parse_mode"] == "HTML"
    assert alert["text"].startswith("<b>New about Nusantara Robotics</b>")
    assert "laid off 40 employees" in alert["text"] and 'href="https://b.example/layoffs#:~:text=' in alert["text"]

    put(app, LAYOFFS_COPY, "https://c.example/cuts")
    assert app.decide() == (0, 0)
    assert (await deliver_pending(app, sender)).sent == 0
    await fake.settle(0.1)
    assert len(fake.calls_to("sendMessage")) == 2
    assert _statuses(app) == [("telegram:42", "sent")]


async def test_a_blocked_chat_is_paused_and_a_429_is_waited_out(fake: Any, start_bot: Any, sqlite_app: Any) -> None:
    app = sqlite_app
    put(app, PROFILE, "https://a.example/profile")
    runner = await start_bot(app, alert_interval=0)
    sender = TelegramSender(runner.application.bot, private_interval=0)
    app.ask("/follow Nusantara Robotics", chat_key="telegram:42")
    app.ask("/follow Nusantara Robotics", chat_key="telegram:43")
    put(app, LAYOFFS, "https://b.example/layoffs")
    assert app.decide() == (2, 0)

    fake.fail_next("sendMessage", {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
    fake.fail_next("sendMessage", {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                   "parameters": {"retry_after": 1}})
    stats = await deliver_pending(app, sender)
    assert (stats.paused, stats.sent) == (1, 1)
    assert _statuses(app) == [("telegram:42", "paused"), ("telegram:43", "sent")]
    assert len(fake.calls_to("sendMessage")) == 3  # 403, 429, then the retry AIORateLimiter waited for
    with app.store.session() as session:
        assert outbox.paused_chats(session=session) == {"telegram:42"}

    put(app, "Nusantara Robotics Raises Money\n\nJAKARTA – Nusantara Robotics raised $20 million in June 2026, "
             "its CEO Dewi Lestari said.\n", "https://d.example/funding")
    assert app.decide() == (1, 0)  # only the chat that did not block us
    assert app.ask("/digest daily 08:00", chat_key="telegram:42").status == "ok"  # talks to us again: resumed
    with app.store.session() as session:
        assert outbox.paused_chats(session=session) == set()


async def test_a_daily_digest_arrives_on_schedule(fake: Any, start_bot: Any, sqlite_app: Any) -> None:
    app = sqlite_app
    clock = Clock()  # 2026-06-01 00:00 UTC = 07:00 in Jakarta
    app.clock = clock
    runner = await start_bot(app, alert_interval=0)
    sender = TelegramSender(runner.application.bot, private_interval=0)
    answer = app.ask("/digest daily 08:00 Asia/Jakarta", chat_key="telegram:42")
    assert answer.items[0].text == "daily 08:00 Asia/Jakarta (next: 2026-06-01 01:00 UTC)"
    put(app, LAYOFFS, "https://b.example/layoffs")
    clock.advance(minutes=59)
    assert app.decide(clock()) == (0, 0)  # not yet
    clock.advance(minutes=1)
    assert app.decide(clock()) == (0, 1)
    assert (await deliver_pending(app, sender, now=clock())).sent == 1
    text = (await fake.wait_for("sendMessage"))[0].params["text"]
    assert text.startswith("<b>Your digest: what is new</b>") and "Nusantara Robotics Lays Off Staff" in text
