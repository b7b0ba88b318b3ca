"""Composition root: builds the store and hands the chat adapters one object to talk to.

Adapters call ``BriefingApp.ask`` (one session per command) and render the ``Answer`` they get back;
ingest opens one write transaction per article.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.answers.registry import Context, execute, get_command, parse_command
from bot.config import Settings
from bot.domain import Answer
from bot.render.i18n import normalise_lang
from db import chats, outbox, queries
from db.engine import Store
from db.migrate import ensure_schema

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class BriefingApp:
    settings: Settings
    store: Store
    clock: Callable[[], datetime] = field(default=utcnow)  # naive UTC; tests pass a simulated clock

    @classmethod
    def build(cls, settings: Settings, *, migrate: bool = True) -> BriefingApp:
        """Create the store (migrating it to the newest schema unless told not to)."""
        store = Store(settings.database_url, pool_size=settings.db_pool_size)
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
        name, _arg = parse_command(text)
        command = get_command(name) if name else None
        scope = self.store.write() if command is not None and command.writes else self.store.session()
        with scope as session:
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
            if command is not None and command.writes and chat_key and answer.status == "ok":
                # The chat talks to us again, so it can be written to: un-pause its alerts and digests.
                outbox.resume_chat(session=session, chat_key=chat_key)
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
    def ingest(self, inputs: list[str], **options: object):  # type: ignore[no-untyped-def]
        """Ingest files, folders, URLs or feeds; returns an IngestReport (see bot.ingest)."""
        from bot.ingest import ingest_inputs

        return ingest_inputs(self, inputs, **options)  # type: ignore[arg-type]

    def ingest_from_chat(self, inputs: list[str]):  # type: ignore[no-untyped-def]
        """What a chat's /ingest runs: http(s) URLs only, never the server's files."""
        return self.ingest(inputs, urls_only=True)

    def close(self) -> None:
        self.store.dispose()
