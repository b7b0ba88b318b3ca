"""The one command registry: it drives /help, Telegram's menu, Slack's commands, the CLI and the docs test.

Every chat front end and the CLI parse a line into (command, argument) with ``parse_command`` and call
``execute``; nothing else decides what a command means.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.domain import Answer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

MAX_ARGUMENT = 300  # characters; longer arguments are refused with a clear message


@dataclass
class Context:
    """What an answer function may use: the caller's session and the asker's circumstances."""

    session: Session
    lang: str = "en"
    limit: int = 50
    chat_key: str | None = None
    is_admin: bool = False
    public_url: str | None = None
    services: dict[str, object] = field(default_factory=dict)  # e.g. "ingest": callable for /ingest


Handler = Callable[[Context, str], Answer]


@dataclass(frozen=True)
class Command:
    name: str
    summary_en: str
    summary_id: str
    usage: str  # e.g. "/who NAME"
    example: str  # e.g. "/who Mercor"
    handler: Handler
    admin: bool = False
    arg: str = "none"  # "none", "optional" or "required"
    writes: bool = False  # stores chat state: answered in a write transaction (BEGIN IMMEDIATE on SQLite)

    def summary(self, lang: str) -> str:
        return self.summary_id if lang == "id" else self.summary_en


_REGISTRY: dict[str, Command] = {}
_ALIASES: dict[str, str] = {}


def register(command: Command, *aliases: str) -> Command:
    _REGISTRY[command.name] = command
    for alias in aliases:
        _ALIASES[alias] = command.name
    return command


def commands(include_admin: bool = True) -> list[Command]:
    """All registered commands in menu order."""
    _load()
    return [c for c in _REGISTRY.values() if include_admin or not c.admin]


def get_command(name: str) -> Command | None:
    _load()
    key = name.lower().lstrip("/")
    return _REGISTRY.get(_ALIASES.get(key, key))


_COMMAND_RE = re.compile(r"^/([A-Za-z_][A-Za-z0-9_]{0,31})(?:@[A-Za-z0-9_]{1,64})?(?=\s|$)(.*)$", re.S)


def parse_command(text: str) -> tuple[str | None, str]:
    """"/who@OurBot  Mercor" -> ("who", "Mercor"); text without a leading command -> (None, text).

    ``/src_12`` style commands keep their suffix as the argument: ("src", "12").
    """
    text = clean_argument(text)
    match = _COMMAND_RE.match(text)
    if not match:
        return None, text
    name, rest = match.group(1).lower(), match.group(2).strip()
    if "_" in name and not get_command(name):
        head, _, tail = name.partition("_")
        if get_command(head) and tail:
            return head, (tail + " " + rest).strip()
    return name, rest


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_argument(text: str) -> str:
    """Normalise user text: NFC, no control or bidi-override characters, single spaces."""
    text = unicodedata.normalize("NFC", text or "")
    text = _CONTROL.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def execute(text: str, ctx: Context) -> Answer:
    """Run one command line and return its answer; never raises for bad input."""
    name, arg = parse_command(text)
    if name is None:
        name = "search" if arg else "help"
    command = get_command(name)
    if command is None:
        return Answer(command=name[:32], query=arg[:MAX_ARGUMENT], status="invalid", message="unknown_command",
                      suggestions=[f"/{c.name}" for c in commands(include_admin=ctx.is_admin)], lang=ctx.lang)
    if command.admin and not ctx.is_admin:
        return Answer(command=command.name, query="", status="invalid", message="admin_only", lang=ctx.lang)
    if len(arg) > MAX_ARGUMENT:
        return Answer(command=command.name, query=arg[:40] + "…", status="invalid", message="too_long", lang=ctx.lang)
    if command.arg == "required" and not arg:
        return Answer(command=command.name, query="", status="invalid", message="usage", lang=ctx.lang)
    try:
        answer = command.handler(ctx, arg)
    except Exception:  # an answer function failing must not take the chat down with it
        log.exception("command %s failed for %r", command.name, arg)
        return Answer(command=command.name, query=arg, status="error", message="internal_error", lang=ctx.lang)
    answer.lang = ctx.lang
    return answer


_loaded = False
_load_lock = threading.Lock()


def _load() -> None:
    """Import the answer modules once; each registers its commands (threads wait for the first)."""
    global _loaded
    if _loaded:
        return
    with _load_lock:
        if not _loaded:
            from bot.answers import commands as _commands  # noqa: F401

            _loaded = True
