"""Typed settings, built once in ``main`` and passed down. Nothing reads the environment elsewhere."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATA_DIR = Path("data")
DEFAULT_DB_PATH = DEFAULT_DATA_DIR / "briefing.db"

# Threads beside the front ends' pools that hold database sessions: the delivery round (alerts and
# digests), the feed watcher, and the main thread (start-up, command-line work).
BACKGROUND_THREADS = 3

_PLACEHOLDERS = {"changeme", "change-me", "change_me", "your-token-here", "xxx", "placeholder", "secret", "todo",
                 "replace-me", "replaceme"}


def _split_list(value: object) -> object:
    """Accept "1, 2 3" as well as a JSON-ish list for list settings."""
    if isinstance(value, str):
        parts = [p for p in value.replace(",", " ").split() if p]
        return parts
    if isinstance(value, int):
        return [value]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True)

    # --- store
    database_url: str = Field(default="", validation_alias="BRIEFING_DATABASE_URL")
    aliases_file: Path | None = Field(default=None, validation_alias="BRIEFING_ALIASES_FILE")
    chart_dir: Path = Field(default=DEFAULT_DATA_DIR / "charts", validation_alias="BRIEFING_CHART_DIR")  # console charts
    public_url: str | None = Field(default=None, validation_alias="BRIEFING_PUBLIC_URL")
    default_language: str = Field(default="en", validation_alias="BRIEFING_LANGUAGE")
    # Commands one chat front end works on at once. It sizes every pool of threads that can hold a database
    # session: Telegram's concurrent updates, Slack's answer threads (and twice as many listener threads,
    # each waiting on an answer), Slack Socket Mode's threads and the HTTP server's (source pages, health
    # checks, Slack's HTTP requests). The database pool is sized from it (db_connections).
    worker_threads: int = Field(default=8, ge=1, le=64, validation_alias="BRIEFING_WORKER_THREADS")
    # Database connections per process; unset: one for each thread that may hold a session at once.
    db_pool_size: int | None = Field(default=None, ge=1, le=500, validation_alias="BRIEFING_DB_POOL_SIZE")

    # --- fetching
    fetch_timeout: float = Field(default=15.0, validation_alias="BRIEFING_FETCH_TIMEOUT")
    fetch_max_bytes: int = Field(default=5_000_000, validation_alias="BRIEFING_FETCH_MAX_BYTES")
    user_agent: str = Field(default="briefing-bot/0.1 (+news fact store)", validation_alias="BRIEFING_USER_AGENT")
    # Local files larger than this are refused; a stored article is cut to these many characters and passages,
    # so that storing one is a short write (the SQLite write lock is held for the save only).
    max_file_bytes: int = Field(default=5_000_000, ge=1, validation_alias="BRIEFING_MAX_FILE_BYTES")
    max_article_chars: int = Field(default=100_000, ge=1_000, validation_alias="BRIEFING_MAX_ARTICLE_CHARS")
    max_article_passages: int = Field(default=500, ge=10, validation_alias="BRIEFING_MAX_ARTICLE_PASSAGES")
    # Fetches reach public addresses only; these networks (e.g. "127.0.0.1/32 10.1.2.0/24") are let through
    # on purpose: tests, a feed on the LAN. Empty by default.
    fetch_allow_networks: Annotated[list[ipaddress.IPv4Network | ipaddress.IPv6Network], NoDecode] = Field(
        default_factory=list, validation_alias="BRIEFING_FETCH_ALLOW_NETWORKS"
    )

    # --- telegram
    telegram_bot_token: str | None = Field(default=None, validation_alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str | None = Field(default=None, validation_alias="TELEGRAM_API_BASE_URL")
    telegram_webhook_url: str | None = Field(default=None, validation_alias="TELEGRAM_WEBHOOK_URL")
    telegram_webhook_secret: str | None = Field(default=None, validation_alias="TELEGRAM_WEBHOOK_SECRET")
    telegram_allowed_chats: Annotated[list[int], NoDecode] = Field(
        default_factory=list, validation_alias="BRIEFING_TELEGRAM_ALLOWED_CHATS"
    )
    telegram_admins: Annotated[list[int], NoDecode] = Field(
        default_factory=list, validation_alias="BRIEFING_TELEGRAM_ADMINS"
    )

    # --- slack
    slack_bot_token: str | None = Field(default=None, validation_alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(default=None, validation_alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(default=None, validation_alias="SLACK_APP_TOKEN")
    slack_api_url: str | None = Field(default=None, validation_alias="SLACK_API_URL")
    slack_allowed_teams: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias="BRIEFING_SLACK_ALLOWED_TEAMS"
    )
    slack_command: str = Field(default="/briefing", validation_alias="BRIEFING_SLACK_COMMAND")
    slack_short_commands: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias="BRIEFING_SLACK_SHORT_COMMANDS"
    )

    # --- feed watcher (``briefing watch``)
    feeds: Annotated[list[str], NoDecode] = Field(default_factory=list, validation_alias="BRIEFING_FEEDS")
    watch_interval: float = Field(default=900.0, gt=0, validation_alias="BRIEFING_WATCH_INTERVAL")

    # --- delivery: how often chat front ends decide alerts and due digests and send them (seconds; 0 = off)
    alert_interval: float = Field(default=60.0, ge=0, validation_alias="BRIEFING_ALERT_INTERVAL")
    timezone: str = Field(default="UTC", validation_alias="BRIEFING_TIMEZONE")  # default for /digest
    watch_in_serve: bool = Field(default=True, validation_alias="BRIEFING_WATCH_IN_SERVE")

    # --- web (source pages, webhooks, health)
    host: str = Field(default="127.0.0.1", validation_alias="BRIEFING_HOST")
    port: int = Field(default=3000, validation_alias="BRIEFING_PORT")

    @field_validator("telegram_allowed_chats", "telegram_admins", "slack_allowed_teams", "slack_short_commands", "feeds",
                     mode="before")
    @classmethod
    def _lists(cls, value: object) -> object:
        return _split_list(value)

    @field_validator("fetch_allow_networks", mode="before")
    @classmethod
    def _networks(cls, value: object) -> object:
        items = _split_list(value)
        if not isinstance(items, list):
            return items
        out = []
        for item in items:
            try:
                out.append(ipaddress.ip_network(str(item), strict=False))
            except ValueError:
                raise ValueError(f"{item!r} is not an IP network such as 127.0.0.1/32") from None
        return out

    @field_validator(
        "telegram_bot_token", "slack_bot_token", "slack_signing_secret", "slack_app_token", "telegram_webhook_secret"
    )
    @classmethod
    def _no_placeholder(cls, value: str | None) -> str | None:
        if value is not None and value.strip().lower() in _PLACEHOLDERS:
            raise ValueError("is a placeholder; set a real secret or leave it unset")
        return value or None

    @field_validator("database_url")
    @classmethod
    def _no_placeholder_password(cls, value: str) -> str:
        try:
            password = urlsplit(value).password if "://" in value else None
        except ValueError:
            password = None
        if password and password.strip().lower() in _PLACEHOLDERS:
            raise ValueError("has a placeholder password; set a real one (POSTGRES_PASSWORD in .env)")
        return value

    @model_validator(mode="after")
    def _default_db(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{DEFAULT_DB_PATH}"
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_bot_token)

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_app_token))

    def db_connections(self) -> int:
        """The most database connections one process opens (the pool, with no overflow beyond it):
        BRIEFING_DB_POOL_SIZE when set, else one for each thread that may hold a session at once, for
        the front ends configured here (a process serving fewer of them opens fewer)."""
        if self.db_pool_size:
            return self.db_pool_size
        n = self.worker_threads
        threads = n + BACKGROUND_THREADS  # the HTTP server's threads; delivery, feed watcher, main thread
        if self.telegram_enabled:
            threads += n  # concurrent updates
        if self.slack_enabled:
            threads += 3 * n + (n if self.slack_app_token else 0)  # answers, listeners, Socket Mode
        return threads


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment (and ``.env``), with explicit overrides on top."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
