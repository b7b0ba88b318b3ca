"""The command registry: what a command is, and how a line of text becomes one command's answer.

``Registry`` is built from an explicit list (``bot.answers.commands.build_registry``); it imports no
answer module, so answer functions may import from here without a loop. Every chat front end and the
CLI parse a line with ``bot.answers.commands.parse_command`` and call its ``execute``; nothing else decides
what a command means.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from bot.answers.context import Context, Handler
from bot.domain import Answer, MessageKey

__all__ = ["MAX_ARGUMENT", "Command", "Handler", "Registry", "clean_argument"]

log = logging.getLogger(__name__)

MAX_ARGUMENT = 300  # characters; longer arguments are refused with a clear message


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
    aliases: tuple[str, ...] = ()  # other names, e.g. Indonesian ones: "linimasa" for "timeline"
    # A writing command that only reads when called without argument (/follow lists the follows, /digest
    # shows the schedule): then answered in a read session, so it never queues behind writers.
    reads_without_argument: bool = False

    def summary(self, lang: str) -> str:
        return self.summary_id if lang == "id" else self.summary_en

    def writes_with(self, arg: str) -> bool:
        """Whether this call (with argument ``arg``, '' for none) may store chat state."""
        return self.writes and (bool(arg) or not self.reads_without_argument)


_COMMAND_RE = re.compile(r"^/([A-Za-z_][A-Za-z0-9_]{0,31})(?:@[A-Za-z0-9_]{1,64})?(?=\s|$)(.*)$", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_argument(text: str) -> str:
    """Normalise user text: NFC, no control or bidi-override characters, single spaces."""
    text = unicodedata.normalize("NFC", text or "")
    text = _CONTROL.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


class Registry:
    """An ordered, immutable table of commands (the order of /help and the chat menus) and its aliases."""

    def __init__(self, commands: Iterable[Command], *, plain_text: Handler | None = None) -> None:
        """``plain_text`` answers words typed without a command (default: /help for nothing, else /search)."""
        self._plain_text = plain_text
        self._commands: dict[str, Command] = {}
        self._aliases: dict[str, str] = {}
        for command in commands:
            if command.name in self._commands or command.name in self._aliases:
                raise ValueError(f"command /{command.name} is defined twice")
            self._commands[command.name] = command
            for alias in command.aliases:
                if alias in self._commands or alias in self._aliases:
                    raise ValueError(f"alias /{alias} is taken")
                self._aliases[alias] = command.name

    def commands(self, include_admin: bool = True) -> list[Command]:
        """All commands in menu order."""
        return [c for c in self._commands.values() if include_admin or not c.admin]

    def get(self, name: str) -> Command | None:
        """The command called ``name`` ("/who", "who", "linimasa"), or None."""
        key = name.lower().lstrip("/")
        return self._commands.get(self._aliases.get(key, key))

    def parse(self, text: str) -> tuple[str | None, str]:
        """"/who@OurBot  Mercor" -> ("who", "Mercor"); text without a leading command -> (None, text).

        ``/src_12`` style commands keep their suffix as the argument: ("src", "12").
        """
        text = clean_argument(text)
        match = _COMMAND_RE.match(text)
        if not match:
            return None, text
        name, rest = match.group(1).lower(), match.group(2).strip()
        if "_" in name and not self.get(name):
            head, _, tail = name.partition("_")
            if self.get(head) and tail:
                return head, (tail + " " + rest).strip()
        return name, rest

    def run(self, text: str, ctx: Context) -> Answer:
        """Run one command line and return its answer; never raises for bad input. An invalid answer of a
        known command carries the command's usage line and example."""
        answer = self._run(text, ctx)
        command = self.get(answer.command) if answer.status == "invalid" else None
        if command is not None and answer.usage is None:
            answer.usage, answer.example = command.usage, command.example
        return answer

    def _run(self, text: str, ctx: Context) -> Answer:
        name, arg = self.parse(text)
        if name is None and arg and self._plain_text is not None:
            if len(arg) > MAX_ARGUMENT:
                return Answer(command="search", query=arg[:40] + "…", status="invalid", message=MessageKey.TOO_LONG, lang=ctx.lang)
            return self._call(self._plain_text, "search", ctx, arg)
        if name is None:
            name = "search" if arg else "help"
        command = self.get(name)
        if command is None:
            return Answer(command=name[:32], query=arg[:MAX_ARGUMENT], status="invalid", message=MessageKey.UNKNOWN_COMMAND,
                          suggestions=[f"/{c.name}" for c in self.commands(include_admin=ctx.is_admin)], lang=ctx.lang)
        if command.admin and not ctx.is_admin:
            return Answer(command=command.name, query="", status="invalid", message=MessageKey.ADMIN_ONLY, lang=ctx.lang)
        if len(arg) > MAX_ARGUMENT:
            return Answer(command=command.name, query=arg[:40] + "…", status="invalid", message=MessageKey.TOO_LONG, lang=ctx.lang)
        if command.arg == "required" and not arg:
            return Answer(command=command.name, query="", status="invalid", message=MessageKey.USAGE, lang=ctx.lang)
        return self._call(command.handler, command.name, ctx, arg)

    @staticmethod
    def _call(handler: Handler, name: str, ctx: Context, arg: str) -> Answer:
        try:
            answer = handler(ctx, arg)
        except Exception:  # an answer function failing must not take the chat down with it
            log.exception("command %s failed for %r", name, arg)
            return Answer(command=name, query=arg, status="error", message=MessageKey.INTERNAL_ERROR, lang=ctx.lang)
        answer.lang = ctx.lang
        return answer
