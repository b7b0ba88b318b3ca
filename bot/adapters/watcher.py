"""Feed watcher: polls the feeds stored in the database (``briefing watch``, and inside ``briefing serve``).

* Feeds live in the ``feeds`` table (``briefing feeds add``, ``/addfeed``); BRIEFING_FEEDS seeds it.
* A due feed is claimed with SELECT ... FOR UPDATE SKIP LOCKED and pushed a lease ahead, so with
  several processes on one PostgreSQL database each feed is polled by one of them at a time, and the
  poll itself (network, extraction) runs outside any transaction.
* Conditional GET (ETag / Last-Modified): 304 costs nothing. Entries already stored are not fetched
  again. A failing feed backs off (interval x 2^failures, at most a day); ``feeds list`` shows the error.
* After new articles the alerts are decided at once (``BriefingApp.decide``); the chat front ends send them.
* With nothing due the loop sleeps until the next poll (at most ``idle_wait`` seconds, to notice new feeds).

``job_lock`` / ``run_job`` remain for periodic jobs that are not rows in a table.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.sources.fetch import Fetcher
from db import queries, schedules

if TYPE_CHECKING:
    from bot.app import BriefingApp

log = logging.getLogger(__name__)

LEASE_SECONDS = 600.0
MAX_BACKOFF_SECONDS = 86_400.0

_local_locks: dict[str, threading.Lock] = {}
_local_guard = threading.Lock()


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# --------------------------------------------------------------------------- feeds


@dataclass
class PollOutcome:
    feed_id: int
    url: str
    status: str  # "new", "not_modified", "unchanged", "failed"
    new: int = 0
    detail: str = ""


def backoff(interval: float, failures: int) -> float:
    """Seconds until the next try after ``failures`` failures in a row."""
    return min(interval * 2 ** max(failures, 0), MAX_BACKOFF_SECONDS)


class FeedWatcher:
    """Polls due feeds. ``client`` is the httpx client for feeds and their pages (tests pass a MockTransport)."""

    def __init__(self, app: BriefingApp, *, fetcher: Fetcher | None = None, clock: Callable[[], datetime] = utcnow,
                 idle_wait: float = 60.0, lease: float = LEASE_SECONDS) -> None:
        self.app = app
        # one fetcher for feeds and their entries, under the outbound policy of every fetch
        self.fetcher = fetcher or Fetcher.from_settings(app.settings)
        self.clock = clock
        self.idle_wait = idle_wait
        self.lease = lease

    def seed(self) -> int:
        """Add BRIEFING_FEEDS to the feeds table (existing ones are left alone); returns how many were new."""
        added = 0
        with self.app.store.write() as session:
            for url in self.app.settings.feeds:
                _feed, created = schedules.add_feed(session=session, url=url,
                                                    interval_seconds=int(self.app.settings.watch_interval),
                                                    now=self.clock())
                added += created
        return added

    def poll_due(self, now: datetime | None = None) -> list[PollOutcome]:
        """Poll every feed due at ``now``; then decide alerts if anything new arrived."""
        now = now or self.clock()
        outcomes = []
        while True:
            with self.app.store.write() as session:
                claimed = [(f.id, f.url, f.interval_seconds, f.etag, f.last_modified, f.failures)
                           for f in schedules.claim_due_feeds(session=session, now=now, lease=self.lease, limit=1)]
            if not claimed:
                break
            outcomes.append(self._poll(now, *claimed[0]))
        if any(o.new for o in outcomes):
            self.app.decide(now)
        return outcomes

    def _poll(self, now: datetime, feed_id: int, url: str, interval: int, etag: str | None, last_modified: str | None,
              failures: int) -> PollOutcome:
        from bot.sources import SourceError

        try:
            result = self.fetcher.fetch(url, etag=etag, last_modified=last_modified)
            if result.not_modified:
                outcome = PollOutcome(feed_id, url, "not_modified")
            else:
                new, failed = self._ingest(result.body, result.final_url)
                outcome = PollOutcome(feed_id, url, "new" if new else "unchanged", new, "; ".join(failed)[:200])
        except SourceError as exc:
            error = str(exc)
        except Exception as exc:  # one broken feed must not stop the others
            log.exception("polling %s failed", url)
            error = f"{type(exc).__name__}: {exc}"
        else:
            with self.app.store.write() as session:
                schedules.record_poll(session=session, feed_id=feed_id, now=now, error=None, new=outcome.new,
                                      next_poll_at=now + timedelta(seconds=interval),
                                      etag=result.etag, last_modified=result.last_modified)
            log.info("feed %s: %s (%s new)", url, outcome.status, outcome.new)
            return outcome
        wait = backoff(interval, failures + 1)
        with self.app.store.write() as session:
            schedules.record_poll(session=session, feed_id=feed_id, now=now, error=error,
                                  next_poll_at=now + timedelta(seconds=wait))
        log.warning("feed %s failed (%s); next try in %.0fs", url, error, wait)
        return PollOutcome(feed_id, url, "failed", 0, error)

    def _ingest(self, body: bytes, feed_url: str) -> tuple[int, list[str]]:
        """Store the feed's entries not stored yet; (new articles, failures)."""
        from bot.ingest import store_doc
        from bot.sources.feeds import parse_feed
        from bot.sources.resolve import _feed_entry  # entry page, else inline content (resolve's own rule)

        entries = parse_feed(body, url=feed_url)
        with self.app.store.session() as session:
            known = schedules.known_article_keys(session=session, keys=[e.link.strip() for e in entries if e.link])
        fetcher = self.fetcher
        aliases = self.app.aliases()
        new, failed = 0, []
        for n, entry in enumerate(entries, 1):
            if entry.link and entry.link.strip() in known:
                continue
            result = _feed_entry(entry, f"{feed_url} #{n}", fetcher)
            if result.doc is None:
                failed.append(f"{result.input}: {result.error}")
                continue
            try:
                status, _id = store_doc(self.app.store, result.doc, label=result.input, aliases=aliases,
                                       limits=self.app.limits)
            except Exception as exc:  # noqa: BLE001 - reported per entry
                failed.append(f"{result.input}: {exc}")
                continue
            new += status == "new"
        return new, failed

    def seconds_until_next(self, now: datetime | None = None) -> float:
        """How long the loop may sleep: until the next feed is due, at most ``idle_wait``."""
        now = now or self.clock()
        with self.app.store.session() as session:
            due = schedules.next_feed_poll_at(session=session)
        if due is None:
            return self.idle_wait
        return max(0.0, min(self.idle_wait, (due - now).total_seconds()))

    def run(self, stop: threading.Event, on_outcomes: Callable[[list[PollOutcome]], Any] | None = None) -> None:
        """Poll until ``stop`` is set; sleeps while nothing is due (never exits for lack of feeds)."""
        self.seed()
        while not stop.is_set():
            try:
                outcomes = self.poll_due()
                if on_outcomes:
                    on_outcomes(outcomes)
                wait = self.seconds_until_next()
            except Exception:  # the database being away must not end the watcher
                log.exception("feed watcher round failed")
                wait = self.idle_wait
            stop.wait(wait)


# --------------------------------------------------------------------------- generic jobs


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
            yield schedules.try_job_lock(connection=conn, key="briefing:job:" + name)
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
        except Exception as exc:
            log.exception("job %s failed", name)
            detail, status = str(exc)[:200], "failed"
        _mark_run(app, name, now)
        return JobResult(name, status, detail)
