"""Several processes on one PostgreSQL database: no duplicates from overlapping ingesters, jobs run once.

Each "process" is a thread with its own BriefingApp (its own engine and connection pool), which is
what separate processes look like to the database.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.adapters.watcher import job_lock, run_due_jobs
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


def _watcher_apps(url: str, n: int = 2) -> tuple[list[BriefingApp], list[str]]:
    polled: list[str] = []
    apps = []
    for _ in range(n):
        app = BriefingApp.build(load_settings(database_url=url, BRIEFING_FEEDS="https://a.test/feed.xml https://b.test/rss",
                                              BRIEFING_WATCH_INTERVAL=600))

        def fake_ingest(inputs: list[str], **_: object):  # type: ignore[no-untyped-def]
            polled.extend(inputs)
            time.sleep(0.3)  # long enough for the other watcher to try the same feed meanwhile

            class Report:
                def summary(self) -> str:
                    return "0 new"

            return Report()

        app.ingest = fake_ingest  # type: ignore[method-assign]
        apps.append(app)
    return apps, polled


def test_feed_poll_runs_once_across_watchers(pg_server) -> None:  # type: ignore[no-untyped-def]
    apps, polled = _watcher_apps(pg_server.create_database(), n=3)
    now = datetime(2026, 11, 21, 6, 0, 0)
    results: list = []  # type: ignore[type-arg]
    errors = _run_together([lambda app=app: results.extend(run_due_jobs(app, now)) for app in apps])
    assert not errors, errors
    assert sorted(polled) == ["https://a.test/feed.xml", "https://b.test/rss"]
    statuses = sorted(r.status for r in results)
    assert statuses.count("ran") == 2 and set(statuses) <= {"ran", "busy", "not_due"}

    # Not due again before the interval, due once after it.
    polled.clear()
    assert {r.status for r in run_due_jobs(apps[0], now + timedelta(seconds=599))} == {"not_due"}
    errors = _run_together([lambda app=app: run_due_jobs(app, now + timedelta(seconds=600)) for app in apps])
    assert not errors and sorted(polled) == ["https://a.test/feed.xml", "https://b.test/rss"]
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
