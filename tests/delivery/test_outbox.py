"""Exactly once across crashes: the decision and its outbox row are one transaction; a claim is a lease."""

from __future__ import annotations

from datetime import timedelta

from bot.app import BriefingApp
from bot.delivery.dispatch import LEASE_SECONDS, deliver_pending
from db import outbox
from tests.delivery.helpers import LAYOFFS, PROFILE, Clock, Recorder, put


def _restart(app: BriefingApp) -> BriefingApp:
    app.close()
    return BriefingApp.build(app.settings)


async def test_a_crash_between_decision_and_send_neither_loses_nor_repeats(app: BriefingApp) -> None:
    clock = Clock()
    put(app, PROFILE, "https://a.example/profile")
    app.ask("/follow Nusantara Robotics", chat_key="telegram:5")
    put(app, LAYOFFS, "https://b.example/layoffs")
    assert app.decide(clock()) == (1, 0)

    app = _restart(app)  # killed after the decision, before any send
    assert app.decide(clock()) == (0, 0)  # not decided twice
    sender = Recorder()
    assert (await deliver_pending(app, sender, now=clock())).sent == 1
    assert [(c, a.entity.name) for c, a in sender.sent] == [("telegram:5", "Nusantara Robotics")]
    assert (await deliver_pending(app, sender, now=clock.advance(hours=1))).sent == 0
    app.close()


async def test_a_sender_killed_mid_send_is_retried_after_its_lease_only(app: BriefingApp) -> None:
    clock = Clock()
    put(app, PROFILE, "https://a.example/profile")
    app.ask("/follow Nusantara Robotics", chat_key="slack:T1:C1")
    put(app, LAYOFFS, "https://b.example/layoffs")
    app.decide(clock())
    with app.store.write() as session:  # a sender claims the row, then dies before sending
        (claimed,) = outbox.claim_pending(session=session, platform="slack", now=clock(), limit=10, lease=LEASE_SECONDS)
    app = _restart(app)
    sender = Recorder(platform="slack")
    assert (await deliver_pending(app, sender, now=clock.advance(seconds=LEASE_SECONDS - 1))).sent == 0
    assert (await deliver_pending(app, sender, now=clock.advance(seconds=1))).sent == 1
    assert (await deliver_pending(app, sender, now=clock.advance(seconds=LEASE_SECONDS))).sent == 0
    with app.store.session() as session:
        (row,) = outbox.deliveries(session=session)
        assert (row.id, row.status, row.attempts) == (claimed.id, "sent", 2)
    app.close()


async def test_a_digest_schedule_survives_a_restart_and_skips_empty_days(app: BriefingApp) -> None:
    app.clock = clock = Clock()  # 2026-06-01 00:00 UTC, a Monday
    assert app.ask("/digest weekly mon 08:00 Asia/Jakarta", chat_key="telegram:9").status == "ok"
    app = _restart(app)
    app.clock = clock
    assert app.ask("/digest", chat_key="telegram:9").items[0].text == \
        "weekly mon 08:00 Asia/Jakarta (next: 2026-06-01 01:00 UTC)"
    assert app.decide(clock.advance(hours=1)) == (0, 0)  # due, nothing new: not sent
    put(app, LAYOFFS, "https://b.example/layoffs")
    assert app.decide(clock.advance(days=6, hours=23)) == (0, 0)
    assert app.decide(clock.advance(hours=1)) == (0, 1)
    assert app.decide(clock.advance(minutes=5)) == (0, 0)
    with app.store.session() as session:
        (row,) = outbox.deliveries(session=session)
    assert (row.kind, row.key) == ("digest", "digest:2026-06-08T01:00")
    assert app.ask("/digest off", chat_key="telegram:9").message == "digest_off"
    put(app, PROFILE, "https://a.example/profile")
    assert app.decide(clock.advance(days=7)) == (0, 0)
    assert clock() - row.created_at < timedelta(days=8)
    app.close()


def test_digest_usage_errors(app: BriefingApp) -> None:
    for bad in ("hourly 08:00", "daily 25:00", "weekly 08:00", "daily 08:00 Mars/Base", "weekly xyz 08:00"):
        answer = app.ask(f"/digest {bad}", chat_key="telegram:1")
        assert (answer.status, answer.message) == ("invalid", "usage"), bad
