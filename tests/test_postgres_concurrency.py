"""Several processes on one PostgreSQL database: no duplicates from overlapping ingesters, jobs run once.

Each "process" is a thread with its own BriefingApp (its own engine and connection pool), which is
what separate processes look like to the database.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.adapters.watcher import job_lock
from bot.app import BriefingApp
from bot.config import load_settings
from db import models as m
from tests.test_postgres import NAMES, load_synthetic, new_app, use_tiny_extract

pytestmark = pytest.mark.postgres


@pytest.fixture
def tiny_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    use_tiny_extract(monkeypatch)


def overlapping_articles(n: int = 24) -> list[tuple[str, str, str, str]]:
    """Articles that share every entity, so both ingesters race to create the same rows."""
    names = list(NAMES)
    out = []
    for i in range(n):
        a, b = names[i % len(names)], names[(i + 2) % len(names)]
        body = (f"{a} raised ${i + 1} million with {b} in March 2026.\n\n"
                f"{b} said \"story {i}\" about {a}.\n\nDewi Lestari, the CEO of Nusantara Robotics, agreed.")
        out.append((f"race{i:02d}.txt", "2026-03-01", f"Story {i}", body))
    return out


def _run_together(workers: list) -> list[BaseException]:  # type: ignore[type-arg]
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(workers))

    def wrap(fn) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=wrap, args=(fn,)) for fn in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def _counts(app: BriefingApp) -> dict[str, int]:
    with app.store.session() as session:
        def count(model, column=None) -> int:  # type: ignore[no-untyped-def]
            if column is None:
                return session.execute(select(func.count()).select_from(model)).scalar_one()
            return session.execute(select(func.count(func.distinct(column)))).scalar_one()

        return {
            "articles": count(m.Article), "article_keys": count(m.Article, m.Article.source_key),
            "entities": count(m.Entity), "entity_norms": count(m.Entity, m.Entity.norm),
            "aliases": count(m.EntityAlias), "alias_norms": count(m.EntityAlias, m.EntityAlias.norm),
            "passages": count(m.Passage), "mentions": count(m.Mention),
        }


def test_two_ingesters_of_overlapping_inputs_make_no_duplicates(pg_server, tiny_extraction) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create_database()
    apps = [new_app(url), new_app(url)]
    articles = overlapping_articles()
    errors = _run_together([lambda: load_synthetic(apps[0], articles),
                            lambda: load_synthetic(apps[1], list(reversed(articles)))])
    assert not errors, errors
    counts = _counts(apps[0])
    assert counts["articles"] == counts["article_keys"] == len(articles)
    assert counts["entities"] == counts["entity_norms"] == len(NAMES)
    assert counts["aliases"] == counts["alias_norms"]
    # Same store as one ingester alone would build.
    single = new_app(pg_server.create_database())
    load_synthetic(single, articles)
    assert _counts(single) == counts
    for app in (*apps, single):
        app.close()


def test_each_due_feed_is_polled_by_one_watcher(pg_server) -> None:  # type: ignore[no-untyped-def]
    """Three watchers on one database poll two due feeds: FOR UPDATE SKIP LOCKED + lease, one poll each."""
    from bot.adapters.watcher import FeedWatcher
    from tests.delivery.feedserver import LocalFeeds
    from tests.delivery.helpers import LAYOFFS, PROFILE

    url = pg_server.create_database()
    local = LocalFeeds(delay=0.3)  # slow enough for the others to try the same feed meanwhile
    local.add("https://a.test/feed.xml", "https://a.test/1", PROFILE)
    local.add("https://b.test/rss", "https://b.test/1", LAYOFFS)
    now = datetime(2026, 11, 21, 6, 0, 0)
    apps = [BriefingApp.build(load_settings(database_url=url, BRIEFING_FEEDS="https://a.test/feed.xml https://b.test/rss",
                                            BRIEFING_WATCH_INTERVAL=600)) for _ in range(3)]
    watchers = [FeedWatcher(app, fetcher=local.fetcher(), clock=lambda: now) for app in apps]
    watchers[0].seed()
    outcomes: list = []  # type: ignore[type-arg]
    errors = _run_together([lambda w=w: outcomes.extend(w.poll_due(now)) for w in watchers])
    assert not errors, errors
    assert sorted(o.url for o in outcomes) == ["https://a.test/feed.xml", "https://b.test/rss"]
    assert sorted(u for u, _ in local.requests if u.endswith(("feed.xml", "rss"))) == [
        "https://a.test/feed.xml", "https://b.test/rss"]

    # Not due again before the interval; due once after it (and then 304, unchanged).
    assert watchers[0].poll_due(now + timedelta(seconds=599)) == []
    errors = _run_together([lambda w=w: outcomes.extend(w.poll_due(now + timedelta(seconds=600))) for w in watchers])
    assert not errors and sorted(o.status for o in outcomes[2:]) == ["not_modified", "not_modified"]
    for app in apps:
        app.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_job_lock_is_exclusive(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}" if backend == "sqlite" else request.getfixturevalue("pg_server").create_database()
    first, second = new_app(url), new_app(url)
    with job_lock(first, "digest:daily") as got:
        assert got
        with job_lock(second, "digest:daily") as again:
            assert not again
        with job_lock(second, "digest:weekly") as other:
            assert other
    with job_lock(second, "digest:daily") as after:
        assert after
    first.close()
    second.close()
