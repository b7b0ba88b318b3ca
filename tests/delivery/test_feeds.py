"""Feeds in the database: added from chat or CLI, polled when due with conditional GET, backed off when failing."""

from __future__ import annotations

import threading
import time

from bot.adapters.watcher import FeedWatcher
from bot.app import BriefingApp
from bot.sources.fetch import Fetcher
from bot.sources.netpolicy import OutboundPolicy
from db import outbox, schedules
from tests.delivery.feedserver import LocalFeeds
from tests.delivery.helpers import FUNDING, LAYOFFS, PROFILE, Clock

NEWS = "https://news.test/feed.xml"
WIRE = "https://wire.test/rss"


def test_a_feed_added_from_chat_gives_alerts_for_new_entries_without_a_restart(app: BriefingApp) -> None:
    clock = Clock()
    app.clock = clock
    local = LocalFeeds()
    local.add(NEWS, "https://news.test/profile", PROFILE)
    local.add(WIRE, "https://wire.test/funding", FUNDING)
    watcher = FeedWatcher(app, fetcher=local.fetcher(), clock=clock)
    assert app.ask(f"/addfeed {NEWS} 15m", is_admin=True).message == "feed_added"
    assert app.ask(f"/addfeed {WIRE} 1h", is_admin=True).message == "feed_added"
    assert app.ask(f"/addfeed {NEWS}", is_admin=True).message == "feed_exists"

    assert [(o.url, o.status, o.new) for o in watcher.poll_due()] == [(NEWS, "new", 1), (WIRE, "new", 1)]
    assert app.ask("/follow Nusantara Robotics", chat_key="telegram:5").status == "ok"
    local.add(NEWS, "https://news.test/layoffs", LAYOFFS)

    clock.advance(minutes=14)
    assert watcher.poll_due() == []  # not due: nothing fetched
    clock.advance(minutes=1)
    (outcome,) = watcher.poll_due()
    assert (outcome.status, outcome.new) == ("new", 1)
    with app.store.session() as session:
        assert [(d.chat_key, d.kind) for d in outbox.deliveries(session=session)] == [("telegram:5", "alert")]
    fetched = [u for u, _ in local.requests]
    assert fetched.count("https://news.test/profile") == 1  # entries already stored are not fetched again

    clock.advance(minutes=15)
    (outcome,) = watcher.poll_due()
    assert outcome.status == "not_modified"
    assert local.requests_to(NEWS)[-1]["if-none-match"].startswith('"')
    assert local.requests_to(NEWS)[0].get("if-none-match") is None

    listing = app.ask("/feeds", is_admin=True)
    assert [i.feed.id for i in listing.items] == [1, 2]
    assert listing.items[0].text == (f"#1 {NEWS} · every 15m · next 2026-06-01 00:45 UTC · "
                                     "last 2026-06-01 00:30 UTC, 0 new")
    assert app.ask("/removefeed 2", is_admin=True).message == "feed_removed"
    assert app.ask("/removefeed 2", is_admin=True).status == "not_found"
    assert app.ask("/feeds", is_admin=False).message == "admin_only"


def test_a_failing_feed_backs_off_and_shows_its_error(app: BriefingApp) -> None:
    clock = Clock()
    app.clock = clock
    local = LocalFeeds(failing={NEWS})
    local.add(NEWS, "https://news.test/profile", PROFILE)
    watcher = FeedWatcher(app, fetcher=local.fetcher(), clock=clock)
    app.ask(f"/addfeed {NEWS} 10m", is_admin=True)
    waits = []
    for _ in range(3):
        (outcome,) = watcher.poll_due()
        assert outcome.status == "failed" and outcome.detail == "HTTP 500"
        with app.store.session() as session:
            (feed,) = schedules.list_feeds(session=session)
        waits.append((feed.next_poll_at - clock()).total_seconds())
        clock.now = feed.next_poll_at
    assert waits == [1200, 2400, 4800]
    assert "error (3x): HTTP 500" in app.ask("/feeds", is_admin=True).items[0].text
    local.failing.clear()
    (outcome,) = watcher.poll_due()
    assert outcome.status == "new"
    assert "error" not in app.ask("/feeds", is_admin=True).items[0].text


def test_the_watcher_waits_when_there_is_nothing_to_poll(sqlite_app: BriefingApp) -> None:
    clock = Clock()
    sqlite_app.clock = clock
    watcher = FeedWatcher(sqlite_app, fetcher=LocalFeeds().fetcher(), clock=clock, idle_wait=60)
    assert watcher.seconds_until_next() == 60
    sqlite_app.ask(f"/addfeed {NEWS} 15m", is_admin=True)
    with sqlite_app.store.write() as session:
        schedules.claim_due_feeds(session=session, now=clock(), lease=20)
    assert watcher.seconds_until_next() == 20
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,))
    started = time.monotonic()
    thread.start()
    time.sleep(0.2)
    assert thread.is_alive()  # no feeds due: it sleeps instead of exiting
    stop.set()
    thread.join(5)
    assert not thread.is_alive() and time.monotonic() - started < 5


def test_briefing_feeds_seeds_the_table_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import make_app

    app = make_app(tmp_path / "seed.db", BRIEFING_FEEDS=f"{NEWS} {WIRE}", BRIEFING_WATCH_INTERVAL=600)
    watcher = FeedWatcher(app, fetcher=LocalFeeds().fetcher())
    assert watcher.seed() == 2 and watcher.seed() == 0
    assert [i.feed.interval for i in app.ask("/feeds", is_admin=True).items] == [600, 600]
    app.close()


def test_a_feed_on_a_private_address_is_refused_and_never_fetched(app: BriefingApp) -> None:
    """Feeds go through the outbound policy of every fetch: a name resolving inside the network is refused."""
    local = LocalFeeds()
    local.add(NEWS, "https://news.test/profile", PROFILE)
    inside = Fetcher(local.client(), policy=OutboundPolicy(resolver=lambda host, port: ["10.0.0.7"]))
    clock = Clock()
    app.clock = clock
    watcher = FeedWatcher(app, fetcher=inside, clock=clock)
    app.ask(f"/addfeed {NEWS}", is_admin=True)
    (outcome,) = watcher.poll_due()
    assert outcome.status == "failed" and outcome.detail.startswith("refused") and "private" in outcome.detail
    assert local.requests == []
