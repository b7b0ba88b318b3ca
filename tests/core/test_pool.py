"""The database pool fits the threads a process runs: BRIEFING_WORKER_THREADS sizes every thread pool that
can hold a session (Telegram's updates, Slack's answers and listeners, Socket Mode, the HTTP server) and the
pool is one connection for each, with no overflow; BRIEFING_DB_POOL_SIZE overrides it."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from starlette.testclient import TestClient

from bot.adapters.serve import build_server
from bot.adapters.slack import SlackAdapter
from bot.adapters.telegram import build_application
from bot.app import BriefingApp
from bot.config import load_settings

TELEGRAM = {"TELEGRAM_BOT_TOKEN": "123456:TEST-token"}
SLACK_HTTP = {"SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": "s3cr3t-signing"}
SLACK_SOCKET = {"SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_APP_TOKEN": "xapp-test-token"}


@pytest.mark.parametrize(("env", "connections"), [
    ({}, 8 + 3),  # the HTTP server's threads, delivery, the feed watcher, the main thread
    ({"BRIEFING_WORKER_THREADS": "2"}, 2 + 3),
    (TELEGRAM, 8 + 3 + 8),  # + Telegram's concurrent updates
    (SLACK_HTTP, 8 + 3 + 8 + 16),  # + Slack's answers and listeners (its requests use the HTTP threads)
    ({**SLACK_SOCKET, **TELEGRAM, "BRIEFING_WORKER_THREADS": "4"}, 4 + 3 + 4 + 4 + 8 + 4),  # + Socket Mode's
    ({**TELEGRAM, "BRIEFING_DB_POOL_SIZE": "7"}, 7),
], ids=["default", "2 threads", "telegram", "slack http", "everything", "set"])
def test_the_engine_pool_follows_the_setting(tmp_path: Path, env: dict[str, str], connections: int) -> None:
    app = BriefingApp.build(load_settings(database_url=f"sqlite:///{tmp_path / 'b.db'}", **env))
    try:
        assert app.store.max_connections() == app.store.engine.pool.size() == connections
        assert app.store.engine.pool._max_overflow == 0  # type: ignore[attr-defined]  # the pool is the bound
    finally:
        app.close()


def test_the_front_ends_run_as_many_threads_as_the_setting(tmp_path: Path) -> None:
    settings = load_settings(database_url=f"sqlite:///{tmp_path / 'b.db'}", BRIEFING_WORKER_THREADS="3",
                             BRIEFING_WATCH_IN_SERVE="false", **TELEGRAM, **SLACK_HTTP)
    app = BriefingApp.build(settings)
    try:
        assert build_application(app, settings).concurrent_updates == 3
        assert SlackAdapter(app=app, settings=settings, ask=app.ask).executor._max_workers == 3

        async def http_threads() -> Any:
            import anyio.to_thread

            return anyio.to_thread.current_default_thread_limiter().total_tokens

        server = build_server(app, settings, "web")
        assert "3 worker threads per front end, at most 18 database connections" in server.state.plan.describe()
        with TestClient(server) as client:  # runs the lifespan: the HTTP server's threads are limited
            assert client.portal is not None and client.portal.call(http_threads) == 3
    finally:
        app.close()


@pytest.mark.postgres
def test_a_process_opens_no_more_connections_than_its_pool(pg_server: Any) -> None:
    """Twelve threads that each hold a session at once, in a process sized for one worker thread (a pool of
    4): they take turns, none fails, and the server sees four connections of this process."""
    url = pg_server.create_database()
    app = BriefingApp.build(load_settings(database_url=url, BRIEFING_WORKER_THREADS="1"), migrate=False)
    errors: list[str] = []

    def hold() -> None:
        try:
            with app.store.session() as session:
                session.connection()
                time.sleep(0.2)
        except Exception as exc:  # noqa: BLE001 - counted below
            errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=hold) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    admin = create_engine(pg_server.admin_url)
    try:
        with admin.connect() as conn:
            opened = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name"),
                                  {"name": url.rsplit("/", 1)[-1]}).scalar_one()
    finally:
        admin.dispose()
        app.close()
    assert errors == []
    assert opened == 4
