"""Webhook mode: the secret header is required and compared in constant time; good updates are queued."""

from __future__ import annotations

import hmac

import httpx
from conftest import telegram_settings  # type: ignore[import-not-found]

from bot.adapters import telegram_runner
from bot.adapters.telegram import TelegramRunner, build_application
from bot.fakebotapi import message_update


async def test_webhook_checks_secret_in_constant_time(fake, stub_app, monkeypatch):
    settings = telegram_settings(fake, telegram_webhook_url="https://bot.example/tg/hook",
                                 telegram_webhook_secret="s3cret-token-value")
    application = build_application(stub_app, settings)
    runner = TelegramRunner(application, settings, serve_webhook=False)
    assert runner.webhook_path == "/tg/hook"
    compared = []
    real = hmac.compare_digest

    def spy(a, b):  # type: ignore[no-untyped-def]
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(telegram_runner.hmac, "compare_digest", spy)
    transport = httpx.ASGITransport(app=runner.webhook_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        body = message_update(1, "/who Mercor")
        assert (await client.post("/tg/hook", json=body)).status_code == 403
        wrong = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token-valuX"}
        assert (await client.post("/tg/hook", json=body, headers=wrong)).status_code == 403
        assert application.update_queue.empty()
        good = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token-value"}
        assert (await client.post("/tg/hook", content=b"{not json", headers=good)).status_code == 400
        assert (await client.post("/tg/hook", json=body, headers=good)).status_code == 200
    update = application.update_queue.get_nowait()
    assert update.update_id == 1 and update.message.text == "/who Mercor"
    assert len(compared) == 4


async def test_webhook_mode_registers_the_webhook(fake, start_bot, stub_app):
    await start_bot(stub_app, telegram_webhook_url="https://bot.example/tg/hook",
                    telegram_webhook_secret="s3cret-token-value", serve_webhook=False)
    (call,) = await fake.wait_for("setWebhook")
    assert call.params["url"] == "https://bot.example/tg/hook"
    assert call.params["secret_token"] == "s3cret-token-value"
    assert not fake.calls_to("deleteWebhook")  # no polling in webhook mode
