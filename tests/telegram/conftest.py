"""Fixtures that run the real PTB Application against the fake Bot API server on 127.0.0.1."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.adapters.telegram import TelegramRunner, start_telegram
from bot.answers.commands import parse_command
from bot.config import load_settings
from bot.domain import Answer, EntityInfo, Item, MessageKey, RoleItem, SourceRef
from bot.fakebotapi import TOKEN, FakeBotAPI


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


def telegram_settings(fake: FakeBotAPI, **overrides: Any):  # type: ignore[no-untyped-def]
    return load_settings(
        telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url, database_url="sqlite://", **overrides
    )


@pytest.fixture
async def start_bot(fake: FakeBotAPI) -> AsyncIterator[Callable[..., Any]]:
    """``await start_bot(app, **settings)`` starts polling against the fake; stopped after the test."""
    runners: list[TelegramRunner] = []

    async def start(app: Any, *, page_units: int = 4096, serve_webhook: bool = True, **overrides: Any) -> TelegramRunner:
        runner = await start_telegram(
            app, telegram_settings(fake, **overrides), page_units=page_units, poll_timeout=1,
            serve_webhook=serve_webhook,
        )
        runners.append(runner)
        return runner

    yield start
    for runner in runners:
        with contextlib.suppress(Exception):
            await runner.stop()


# --------------------------------------------------------------------------- a stub BriefingApp

def ref(article_id: int, publisher: str | None = "Tempo", url: str | None = None, passage: str = "p") -> SourceRef:
    link = f"{url}#:~:text=p" if url else f"/source {article_id}"
    return SourceRef(article_id, f"Title {article_id}", publisher, url, None, None, passage, link)


def mercor_who() -> Answer:
    return Answer(
        command="who",
        query="Mercor",
        entity=EntityInfo("Mercor", "org", ["Mercor Inc."]),
        roles=[RoleItem("Brendan Foody", "CEO", "Mercor", False, [ref(3, "TechCrunch", "https://tc.example/a")])],
        items=[Item(f"Fact {n} about Mercor & <friends>.", [ref(n % 3 + 1)]) for n in range(1, 6)],
        related=["Scale AI", "Surge"],
    )


def mercor_timeline() -> Answer:
    return Answer(
        command="timeline",
        query="Mercor",
        entity=EntityInfo("Mercor", "org"),
        items=[Item(f"Event {n}", [ref(1)], date=f"2025-{n:02d}", date_text=f"bulan {n}") for n in range(1, 13)],
    )


class MemoryDedupe:
    """``claim_update`` kept in memory, so adapter tests do not write to a store."""

    def __init__(self) -> None:
        self.claimed: set[str] = set()

    def claim_update(self, key: str) -> bool:
        if key in self.claimed:
            return False
        self.claimed.add(key)
        return True


class StubApp(MemoryDedupe):
    """Quacks like BriefingApp for adapter tests: canned answers, in-memory dedupe, records every ask."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[dict[str, Any]] = []
        self.answers: dict[str, Callable[[str], Answer]] = {
            "who": lambda q: mercor_who() if q.lower() == "mercor" else (
                Answer("who", q, status="ambiguous", suggestions=["Mercor", "Merck"]) if q.lower() == "merc"
                else Answer("who", q, status="not_found", message=MessageKey.NOT_FOUND)),
            "timeline": lambda q: mercor_timeline() if q.lower() in ("mercor", "") else Answer(
                "timeline", q, status="not_found", message=MessageKey.NOT_FOUND),
            "search": lambda q: Answer("search", q, items=[Item(f"hit for {q}", [ref(2)])]),
            "help": lambda q: Answer("help", q, message=MessageKey.HELP_TITLE),
            "boom": lambda q: (_ for _ in ()).throw(RuntimeError("kaboom")),
        }

    def ask(self, text: str, *, lang: str | None = None, chat_key: str | None = None, limit: int = 50,
            is_admin: bool = False) -> Answer:
        self.asked.append({"text": text, "lang": lang, "chat_key": chat_key, "is_admin": is_admin})
        name, arg = parse_command(text)
        if name is None and arg:  # words without a command: the core's rule (plain_text_answer), in short
            name = "who" if self.answers["who"](arg).status == "ok" else "search"
        handler = self.answers.get(name or "search")
        if handler is None:
            return Answer(name or "", arg, status="invalid", message=MessageKey.UNKNOWN_COMMAND, lang="en")
        answer = handler(arg)
        answer.lang = "id" if (lang or "").startswith("id") else "en"
        return answer

    def chat_lang(self, chat_key: str | None) -> str | None:
        return None


@pytest.fixture
def stub_app() -> StubApp:
    return StubApp()


# --------------------------------------------------------------------------- the real answers, read-only

class ReadOnly(MemoryDedupe):
    """The session-wide seeded store, with dedupe kept in memory so tests do not write to it."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.app = app

    def ask(self, *args: Any, **kwargs: Any) -> Any:
        return self.app.ask(*args, **kwargs)

    def chat_lang(self, chat_key: str | None) -> str | None:
        return self.app.chat_lang(chat_key)


@pytest.fixture
def seeds(seeded_app: Any) -> ReadOnly:
    return ReadOnly(seeded_app)
