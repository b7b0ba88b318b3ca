"""The per-platform senders of the delivery layer (bot.delivery.dispatch): render, send, classify the outcome.

Telegram: the PTB ``Bot`` of the running Application (its AIORateLimiter keeps to 20/min per group and
waits out 429 ``retry_after``; the 30/s Telegram allows bulk notifications is kept by the dispatcher's
pacing, ``global_interval``, since the Application's replies are not held to it). 403 (blocked, kicked) and "chat not found"
pause the chat. Slack: ``chat.postMessage`` with the Web API client; ``channel_not_found``,
``not_in_channel``, ``is_archived`` and friends pause the channel; ``ratelimited`` is retried after
its Retry-After.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from bot.delivery.dispatch import SendResult
from bot.domain import Answer

if TYPE_CHECKING:
    from slack_sdk.errors import SlackApiError

    from bot.render.slack_blocks import SlackMessage

SLACK_GONE = {"channel_not_found", "not_in_channel", "is_archived", "account_inactive", "team_access_not_granted",
              "restricted_action", "missing_scope", "team_not_found", "org_login_required"}


def _seconds(value: Any) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value or 0)


class TelegramSender:
    platform = "telegram"
    global_interval = 1 / 25  # about 25 messages a second overall

    def __init__(self, bot: Any, *, private_interval: float = 1.0, group_interval: float = 3.0) -> None:
        self.bot = bot
        self.private_interval = private_interval
        self.group_interval = group_interval  # 20 a minute in a group

    def chat_interval(self, chat_key: str) -> float:
        return self.group_interval if chat_key.split(":", 1)[1].startswith("-") else self.private_interval

    async def send(self, chat_key: str, answer: Answer) -> SendResult:
        from telegram import LinkPreviewOptions
        from telegram.constants import ParseMode
        from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

        from bot.render.telegram_html import render_pages

        chat_id = int(chat_key.split(":", 1)[1])
        pages = render_pages(answer, lang=answer.lang)
        try:
            for n, page in enumerate(pages):
                if n:
                    await asyncio.sleep(self.chat_interval(chat_key))
                await self.bot.send_message(chat_id, page, parse_mode=ParseMode.HTML,
                                            link_preview_options=LinkPreviewOptions(is_disabled=True))
        except Forbidden as exc:
            return SendResult("blocked", f"telegram: {exc.message}")
        except RetryAfter as exc:
            return SendResult("retry", f"telegram: {exc.message}", _seconds(exc.retry_after))
        except BadRequest as exc:
            gone = "chat not found" in exc.message.lower() or "deactivated" in exc.message.lower()
            return SendResult("blocked" if gone else "failed", f"telegram: {exc.message}")
        except NetworkError as exc:  # includes TimedOut
            return SendResult("retry", f"telegram: {exc.message}")
        except TelegramError as exc:
            return SendResult("failed", f"telegram: {exc.message}")
        return SendResult("sent")


class SlackSender:
    platform = "slack"
    global_interval = 0.0

    def __init__(self, client: Any, *, channel_interval: float = 1.0) -> None:
        self.client = client  # slack_sdk.WebClient
        self.channel_interval = channel_interval

    def chat_interval(self, chat_key: str) -> float:
        return self.channel_interval

    def _post(self, channel: str, answer: Answer) -> SendResult:
        from slack_sdk.errors import SlackApiError

        try:
            for message in _slack_pages(answer):
                blocks = [b for b in message.blocks if b.get("type") != "actions"]  # no buttons on pushed messages
                self.client.chat_postMessage(channel=channel, text=message.text, blocks=blocks, unfurl_links=False)
        except SlackApiError as exc:
            return _slack_failure(exc)
        except OSError as exc:  # connection problems
            return SendResult("retry", f"slack: {exc}")
        return SendResult("sent")

    async def send(self, chat_key: str, answer: Answer) -> SendResult:
        channel = chat_key.rsplit(":", 1)[1]
        return await asyncio.to_thread(self._post, channel, answer)


def _slack_pages(answer: Answer) -> Iterator[SlackMessage]:
    """Every page of the answer as Block Kit, rendered as it is sent."""
    from bot.render.slack_blocks import render

    first = render(answer, lang=answer.lang, shareable=False)
    yield first
    for page in range(1, first.pages):
        yield render(answer, lang=answer.lang, page=page, shareable=False)


def _slack_failure(exc: SlackApiError) -> SendResult:
    """A Slack API error as an outcome: the channel is gone, rate-limited (wait and retry), or failed."""
    response = exc.response
    error = str(response.get("error") or "") if response is not None else ""
    if error in SLACK_GONE:
        return SendResult("blocked", f"slack: {error}")
    if error == "ratelimited" or (response is not None and response.status_code == 429):
        retry = response.headers.get("Retry-After") or response.headers.get("retry-after") or 1
        return SendResult("retry", "slack: ratelimited", float(retry))
    return SendResult("failed", f"slack: {error or exc}")
