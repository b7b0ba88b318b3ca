"""``briefing serve``'s delivery service: one round decides and sends to Telegram and Slack alike."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.adapters.delivery import DeliveryService
from bot.adapters.senders import SlackSender, TelegramSender
from bot.adapters.telegram import start_telegram
from bot.config import load_settings
from bot.fakebotapi import TOKEN, FakeBotAPI
from tests.delivery.helpers import LAYOFFS, PROFILE, Clock, put
from tests.slack.conftest import TOKEN as SLACK_TOKEN
from tests.slack.conftest import FakeSlack


async def test_one_round_delivers_alerts_and_digests_on_both_platforms(sqlite_app: Any) -> None:
    app = sqlite_app
    app.clock = clock = Clock()
    bot_api = await FakeBotAPI().start()
    slack = FakeSlack()
    runner = await start_telegram(app, load_settings(telegram_bot_token=TOKEN, telegram_api_base_url=bot_api.base_url,
                                                     alert_interval=0), poll_timeout=1)
    try:
        senders = [TelegramSender(runner.application.bot, private_interval=0),
                   SlackSender(WebClient(token=SLACK_TOKEN, base_url=f"{slack.url}/api/"), channel_interval=0)]
        service = DeliveryService(app, senders, interval=0)
        put(app, PROFILE, "https://a.example/profile")
        for chat in ("telegram:42", "slack:T0001:C0001"):
            app.ask("/follow Nusantara Robotics", chat_key=chat)
            app.ask("/digest daily 08:00 Asia/Jakarta", chat_key=chat)
        put(app, LAYOFFS, "https://b.example/layoffs")
        stats = await service.tick(clock())
        assert {p: s.sent for p, s in stats.items()} == {"telegram": 1, "slack": 1}  # the alerts
        stats = await service.tick(clock.advance(hours=1))
        assert {p: s.sent for p, s in stats.items()} == {"telegram": 1, "slack": 1}  # the digests
        texts = [c.params["text"] for c in bot_api.calls_to("sendMessage")]
        assert texts[0].startswith("<b>New about Nusantara Robotics</b>")
        assert texts[1].startswith("<b>Your digest: what is new</b>")
        posts = slack.posts("/api/chat.postMessage")
        assert [p.body["blocks"][0]["text"]["text"] for p in posts] == ["New about Nusantara Robotics",
                                                                        "Your digest: what is new"]
        stats = await service.tick(clock.advance(days=1))
        assert all(s.sent == 0 for s in stats.values())  # nothing new: no digest
    finally:
        await runner.stop()
        await bot_api.stop()
        slack.close()
