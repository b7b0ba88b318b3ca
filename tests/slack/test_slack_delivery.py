"""Alerts and digests to Slack through the delivery layer: the real WebClient against the fake Slack."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.adapters.senders import SlackSender
from bot.delivery.dispatch import deliver_pending
from db import outbox
from tests.delivery.helpers import LAYOFFS, LAYOFFS_COPY, PROFILE, Clock, put
from tests.slack.conftest import TOKEN, FakeSlack

CHAT = "slack:T0001:C0042"


def _sender(fake: FakeSlack) -> SlackSender:
    return SlackSender(WebClient(token=TOKEN, base_url=f"{fake.url}/api/"), channel_interval=0)


def _statuses(app: Any) -> list[tuple[str, str]]:
    with app.store.session() as session:
        return [(d.chat_key, d.status) for d in outbox.deliveries(session=session)]


async def test_slack_gets_one_alert_and_none_for_the_copy(fake_slack: FakeSlack, sqlite_app: Any) -> None:
    app, fake = sqlite_app, fake_slack
    fake.reset()
    put(app, PROFILE, "https://a.example/profile")
    assert app.ask("/follow Nusantara Robotics", chat_key=CHAT).status == "ok"
    put(app, LAYOFFS, "https://b.example/layoffs")
    put(app, LAYOFFS_COPY, "https://c.example/cuts")  # both outlets arrive in the same round
    assert app.decide() == (1, 0)
    assert (await deliver_pending(app, _sender(fake))).sent == 1
    (post,) = fake.posts("/api/chat.postMessage")
    assert post.body["channel"] == "C0042"
    blocks = post.body["blocks"]
    assert blocks[0] == {"type": "header", "text": {"type": "plain_text", "text": "New about Nusantara Robotics", "emoji": True}}
    assert "laid off 40 employees" in blocks[1]["text"]["text"]
    assert all(b["type"] != "actions" for b in blocks)
    assert (await deliver_pending(app, _sender(fake))).sent == 0
    assert _statuses(app) == [(CHAT, "sent")]


async def test_a_removed_channel_is_paused_and_ratelimits_wait(fake_slack: FakeSlack, sqlite_app: Any) -> None:
    app, fake = sqlite_app, fake_slack
    fake.reset()
    clock = Clock()
    put(app, PROFILE, "https://a.example/profile")
    app.ask("/follow Nusantara Robotics", chat_key=CHAT)
    app.ask("/follow Nusantara Robotics", chat_key="slack:T0001:C0043")
    put(app, LAYOFFS, "https://b.example/layoffs")
    assert app.decide(clock()) == (2, 0)
    fake.failures["chat.postMessage"] = [{"error": "not_in_channel"}, {"status": 429, "retry_after": 30}]
    stats = await deliver_pending(app, _sender(fake), now=clock())
    assert (stats.paused, stats.retried) == (1, 1)
    assert _statuses(app) == [(CHAT, "paused"), ("slack:T0001:C0043", "pending")]
    assert (await deliver_pending(app, _sender(fake), now=clock.advance(seconds=29))).sent == 0  # waits out Retry-After
    assert (await deliver_pending(app, _sender(fake), now=clock.advance(seconds=1))).sent == 1
    assert _statuses(app) == [(CHAT, "paused"), ("slack:T0001:C0043", "sent")]


async def test_a_daily_digest_arrives_on_slack(fake_slack: FakeSlack, sqlite_app: Any) -> None:
    app, fake = sqlite_app, fake_slack
    fake.reset()
    app.clock = clock = Clock()
    app.ask("/digest daily 08:00 Asia/Jakarta", chat_key=CHAT)
    clock.advance(hours=1)
    assert app.decide(clock()) == (0, 0)  # due, but nothing new: not sent, moved to tomorrow
    put(app, LAYOFFS, "https://b.example/layoffs")
    assert app.decide(clock.advance(hours=23, minutes=59)) == (0, 0)
    assert app.decide(clock.advance(minutes=1)) == (0, 1)
    assert (await deliver_pending(app, _sender(fake), now=clock())).sent == 1
    (post,) = fake.posts("/api/chat.postMessage")
    assert post.body["blocks"][0]["text"]["text"] == "Your digest: what is new"
    assert "Nusantara Robotics Lays Off Staff" in post.body["blocks"][1]["text"]["text"]
