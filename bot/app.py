"""Composition root: builds the store and hands the chat adapters one object to talk to.

Adapters call ``BriefingApp.ask`` (one session per command) and render the ``Answer`` they get back;
ingest opens one write transaction per article.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.answers.commands import execute, get_command, parse_command
from bot.answers.context import Context
from bot.config import Settings
from bot.domain import Answer
from bot.ingest import IngestReport, Limits, Progress, ingest_inputs, load_aliases
from bot.ingest import reindex as reindex_articles
from bot.render.i18n import normalise_lang
from db import chats, outbox, queries
from db.engine import Store
from db.migrate import ensure_schema

if TYPE_CHECKING:
    from bot.extraction import AliasConfig
    from bot.sources import Fetcher

log = logging.getLogger(__name__)


_GC_YOUNG = 20_000  # allocations between young collections (Python's default is 700)
_SETTLE_EVERY = 600.0  # seconds between two settlings of the heap (a full collection, ~0.1 s)
_settled_at: float | None = None


def _settle_heap() -> None:
    """What the process holds for long (modules, the name index, ingest's caches; 100k+ objects) is moved out
    of the cyclic collector's way, at most once every ten minutes (after an answer), and young collections
    run less often. A full collection walks every object the process holds, ~0.75 µs each on the bench
    machine: it was a 70-150 ms pause every dozen answers (the p95 of a hot /who and /timeline), set off by
    an answer's short-lived objects promoted by the young collections run while it was being built. What
    was frozen is unfrozen and collected at the next settling, so a cycle freed meanwhile waits at most that
    long; objects freed by reference counting go at once, as before."""
    global _settled_at
    now = time.monotonic()
    if _settled_at is not None and now - _settled_at < _SETTLE_EVERY:
        return
    _settled_at = now
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.set_threshold(_GC_YOUNG, *gc.get_threshold()[1:])


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class BriefingApp:
    settings: Settings
    store: Store
    clock: Callable[[], datetime] = field(default=utcnow)  # naive UTC; tests pass a simulated clock
    # Builds the fetcher for an ingest that was not given one (the CLI, a chat's /ingest); tests pass
    # one over httpx.MockTransport.
    fetcher_factory: Callable[[], Fetcher] | None = None

    @classmethod
    def build(cls, settings: Settings, *, migrate: bool = True) -> BriefingApp:
        """Create the store (migrating it to the newest schema unless told not to)."""
        store = Store(settings.database_url, pool_size=settings.db_connections())
        if migrate:
            ensure_schema(store.engine, store.url)
        return cls(settings=settings, store=store)

    # ----------------------------------------------------------------- answering
    def ask(
        self,
        text: str,
        *,
        lang: str | None = None,
        chat_key: str | None = None,
        limit: int = 50,
        is_admin: bool = False,
    ) -> Answer:
        """Answer one command line. ``lang`` is the user's language code; a chat's /lang wins over it."""
        # Commands that store chat state take the write lock before reading: a SQLite reader that
        # later writes can fail with "database is locked" when another writer got in between.
        name, arg = parse_command(text)
        command = get_command(name) if name else None
        writes = command is not None and command.writes_with(arg)
        with self.store.write() if writes else self.store.session() as session:
            stored = self.chat_lang(chat_key, session=session) if chat_key else None
            ctx = Context(
                session=session,
                lang=stored or normalise_lang(lang or self.settings.default_language),
                limit=limit,
                chat_key=chat_key,
                is_admin=is_admin,
                public_url=self.settings.public_url,
                services={"ingest": self.ingest_from_chat, "now": self.clock, "timezone": self.settings.timezone},
            )
            answer = execute(text, ctx)
            if writes and chat_key and answer.status == "ok":
                # The chat talks to us again, so it can be written to: un-pause its alerts and digests.
                outbox.resume_chat(session=session, chat_key=chat_key)
        _settle_heap()
        return answer

    def chat_lang(self, chat_key: str | None, *, session=None) -> str | None:  # type: ignore[no-untyped-def]
        """The UI language stored for a chat by /lang, if any."""
        if not chat_key:
            return None
        if session is None:
            with self.store.session() as own:
                return self.chat_lang(chat_key, session=own)
        return chats.chat_lang(session=session, chat_key=chat_key)

    def claim_update(self, key: str) -> bool:
        """True the first time ``key`` (e.g. "telegram:update:42") is seen, across processes."""
        with self.store.write() as session:
            return queries.claim_once(session=session, key=key)

    def decide(self, now: datetime | None = None) -> tuple[int, int]:
        """Queue the alerts and the due digests for every chat (bot.delivery); returns (alerts, digests)."""
        from bot.delivery.alerts import decide_alerts
        from bot.delivery.digests import decide_digests

        now = now or self.clock()
        options = {"public_url": self.settings.public_url, "default_lang": normalise_lang(self.settings.default_language)}
        with self.store.write() as session:
            alerts = decide_alerts(session=session, now=now, **options)  # type: ignore[arg-type]
        with self.store.write() as session:
            digests = decide_digests(session=session, now=now, **options)  # type: ignore[arg-type]
        return alerts, digests

    def stats(self) -> dict[str, object]:
        """Counts and latest articles for App Home and /start."""
        with self.store.session() as session:
            return queries.store_stats(session=session)

    # ----------------------------------------------------------------- ingesting
    @property
    def limits(self) -> Limits:
        """The size caps for inputs and stored articles, from the settings."""
        return Limits.from_settings(self.settings)

    def aliases(self) -> AliasConfig | None:
        """The aliases file as it is now (read on each ingest, so an edit needs no restart)."""
        return load_aliases(self.settings.aliases_file)

    def new_fetcher(self) -> Fetcher:
        """A fetcher under the settings' outbound policy (or the one ``fetcher_factory`` builds)."""
        if self.fetcher_factory is not None:
            return self.fetcher_factory()
        from bot.sources import Fetcher

        return Fetcher.from_settings(self.settings)

    def ingest(self, inputs: list[str], *, fetcher: Fetcher | None = None, **options: object) -> IngestReport:
        """Ingest files, folders, URLs or feeds (options: see ``bot.ingest.ingest_inputs``)."""
        # the start-up heap (modules, the store's engine: ~120k objects) out of the collector's way before a batch, as
        # after an answer: a full collection walked it a dozen times over 1,000 articles, and young collections ran
        # every 700 allocations (about 5% of an ingest's time, 1% after)
        _settle_heap()
        own = fetcher is None
        used = self.new_fetcher() if fetcher is None else fetcher
        try:
            return ingest_inputs(self.store, inputs, fetcher=used, aliases=self.aliases(), limits=self.limits,
                                 **options)  # type: ignore[arg-type]
        finally:
            if own:
                used.close()

    def ingest_from_chat(self, inputs: list[str]) -> IngestReport:
        """What a chat's /ingest runs: http(s) URLs only, never the server's files."""
        return self.ingest(inputs, urls_only=True)

    def reindex(self, progress: Progress | None = None) -> IngestReport:
        """Re-extract every stored article with the current rules and aliases file."""
        return reindex_articles(self.store, aliases=self.aliases(), progress=progress)

    def close(self) -> None:
        self.store.dispose()
