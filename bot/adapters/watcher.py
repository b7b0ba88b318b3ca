"""Feed watcher: polls BRIEFING_FEEDS every BRIEFING_WATCH_INTERVAL seconds (``briefing watch``).

Several watchers (or a watcher beside a bot that also schedules jobs) may share one database. A job
runs once across all of them:

* On PostgreSQL, ``job_lock`` holds ``pg_try_advisory_xact_lock`` in a transaction on its own
  connection for as long as the job runs. A second process does not wait: it skips the job. The lock
  goes away with the transaction, so a crashed watcher cannot leave it behind.
* Under the lock, the time of the last run (``store_meta`` key ``job:<sha1 of name>``) decides
  whether the job is due, and is written before the lock is released; so a process that gets the lock
  just after another one finished sees the job done and skips it too.
* On SQLite (one process by design) the lock is an in-process, non-blocking lock per job name.

``run_job`` is generic, so digests and other periodic jobs can use the same guard.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from db import queries

if TYPE_CHECKING:
    from bot.app import BriefingApp

log = logging.getLogger(__name__)

_local_locks: dict[str, threading.Lock] = {}
_local_guard = threading.Lock()


@dataclass
class JobResult:
    name: str
    status: str  # "ran", "busy" (another process runs it), "not_due", "failed"
    detail: str = ""


def _meta_key(name: str) -> str:
    return "job:" + hashlib.sha1(name.encode("utf-8")).hexdigest()


@contextmanager
def job_lock(app: BriefingApp, name: str) -> Iterator[bool]:
    """Yields True when this process may run job ``name`` now, False when another one is running it."""
    if app.store.dialect == "postgresql":
        with app.store.engine.connect() as conn, conn.begin():
            got = conn.execute(
                text("SELECT pg_try_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": "briefing:job:" + name}
            ).scalar_one()
            yield bool(got)
        return
    with _local_guard:
        lock = _local_locks.setdefault(f"{app.store.url}|{name}", threading.Lock())
    got = lock.acquire(blocking=False)
    try:
        yield got
    finally:
        if got:
            lock.release()


def last_run(app: BriefingApp, name: str) -> datetime | None:
    with app.store.session() as session:
        value = queries.get_meta(session=session, key=_meta_key(name))
        return datetime.fromisoformat(value) if value is not None else None


def _mark_run(app: BriefingApp, name: str, when: datetime) -> None:
    with app.store.write() as session:
        queries.set_meta(session=session, key=_meta_key(name), value=when.isoformat())


def run_job(app: BriefingApp, name: str, now: datetime, interval: float, job: Callable[[], str]) -> JobResult:
    """Run ``job`` if it is due (last run ``interval`` seconds ago or more) and nobody else is running it."""
    with job_lock(app, name) as got:
        if not got:
            return JobResult(name, "busy")
        previous = last_run(app, name)
        if previous is not None and now - previous < timedelta(seconds=interval):
            return JobResult(name, "not_due")
        try:
            detail = job()
            status = "ran"
        except Exception as exc:  # one failing feed must not stop the others
            log.exception("job %s failed", name)
            detail, status = str(exc)[:200], "failed"
        # Marked even when it failed: a broken feed is retried next interval, not in a tight loop.
        _mark_run(app, name, now)
        return JobResult(name, status, detail)


def run_due_jobs(app: BriefingApp, now: datetime | None = None) -> list[JobResult]:
    """Poll every configured feed that is due, through ``app.ingest``; one result per feed."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    interval = app.settings.watch_interval
    results = []
    for feed in app.settings.feeds:
        def poll(feed: str = feed) -> str:
            report = app.ingest([feed])
            return str(report.summary())

        result = run_job(app, "feed:" + feed, now, interval, poll)
        if result.status in ("ran", "failed"):
            log.info("feed %s: %s %s", feed, result.status, result.detail)
        results.append(result)
    return results


def watch(app: BriefingApp, *, stop: threading.Event | None = None, tick: float | None = None,
          on_results: Callable[[list[JobResult]], Any] | None = None) -> None:
    """Run due jobs until ``stop`` is set; wakes every ``tick`` seconds (default: a tenth of the interval)."""
    stop = stop or threading.Event()
    if not app.settings.feeds:
        raise ValueError("BRIEFING_FEEDS is empty: nothing to watch")
    tick = tick if tick is not None else max(1.0, min(60.0, app.settings.watch_interval / 10))
    while not stop.is_set():
        started = time.monotonic()
        results = run_due_jobs(app)
        if on_results:
            on_results(results)
        stop.wait(max(0.0, tick - (time.monotonic() - started)))
