"""Telegram inline keyboards: the buttons under an answer and the state they carry.

A button's callback data holds all it needs: a kind and the command line it re-runs ("pg|2|/timeline
Mercor"), so buttons keep working across restarts and the adapter never reads state back from the text
it rendered.  The kinds:

  pg|N|LINE  ◀ ▶: show page N of LINE's answer (edits the message)
  pk|LINE    a did-you-mean name: LINE's answer (edits the message)
  go|LINE    "Timeline" under a profile: LINE's answer as a new message (edits an inline message)
  ch|LINE    "Chart" under a timeline: LINE's chart as a new photo

A reply "timeline" to an answer finds the entity in that message's keyboard (``entity_in``): Telegram
sends the replied-to message with its buttons.  Telegram allows 64 bytes of callback data; a longer
line is kept in a bounded map under a short hash ("pg|2|#key"), so that button expires on a restart
("This button has expired").
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answers import commands as command_table
from bot.domain import Answer
from bot.render.i18n import register_strings, t
from bot.render.telegram_html import candidates

register_strings({"tg_timeline_button": {"en": "📅 Timeline", "id": "📅 Linimasa"}})

CALLBACK_MAX = 64  # bytes Telegram allows in callback_data
PAGE, PICK, FOLLOW_UP, CHART = "pg", "pk", "go", "ch"
ENTITY_COMMANDS = ("who", "timeline", "numbers", "quotes")
_PROFILES = ("who", "numbers", "quotes")  # answers about one entity that offer its timeline


class LRU(OrderedDict[str, str]):
    """A small bounded map for state that must not grow forever (long callback commands)."""

    def __init__(self, size: int = 4096) -> None:
        super().__init__()
        self.size = size

    def put(self, key: str, value: str) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


@dataclass(frozen=True)
class Press:
    """What a pressed button asks for: its kind, the page, and the command line (None when forgotten)."""

    kind: str  # PAGE, PICK, FOLLOW_UP, CHART, or "" for a button that does nothing ("1/3")
    line: str | None
    page: int = 1


class Buttons:
    """Makes callback data and reads it back; remembers the lines too long for Telegram's 64 bytes."""

    def __init__(self) -> None:
        self.long_lines = LRU()  # short hash -> command line

    def data(self, kind: str, line: str, page: int | None = None) -> str:
        """The callback data of a button: kind, page (for PAGE), and the line or "#key" of a long one."""
        prefix = f"{kind}|{page}|" if kind == PAGE else f"{kind}|"
        data = prefix + line
        if len(data.encode("utf-8")) <= CALLBACK_MAX:
            return data
        key = hashlib.sha256(line.encode("utf-8")).hexdigest()[:16]
        self.long_lines.put(key, line)
        return f"{prefix}#{key}"

    def read(self, data: str | None) -> Press:
        """The inverse of ``data``; anything else is a button that does nothing."""
        kind, _, rest = (data or "").partition("|")
        if kind not in (PAGE, PICK, FOLLOW_UP, CHART):
            return Press("", None)
        page = 1
        if kind == PAGE:
            number, _, rest = rest.partition("|")
            page = _page_number(number)
        return Press(kind, self.long_lines.get(rest[1:]) if rest.startswith("#") else rest, page)

    def keyboard(self, answer: Answer, pages: int, page: int, line: str, *,
                 chart: bool = True) -> InlineKeyboardMarkup | None:
        """◀ n/N ▶, did-you-mean names, "Timeline" under a profile, "Chart" under a timeline (when ``chart``)."""
        rows = [self._nav_row(pages, page, line)] if pages > 1 else []
        command = answer.command if answer.command in ENTITY_COMMANDS else "who"
        rows += [[InlineKeyboardButton(name[:60], callback_data=self.data(PICK, f"/{command} {name}"))]
                 for name in candidates(answer)]
        if answer.status == "ok" and answer.command in _PROFILES and answer.entity is not None:
            timeline = f"/timeline {answer.entity.name}"
            rows.append([InlineKeyboardButton(t("tg_timeline_button", answer.lang),
                                              callback_data=self.data(FOLLOW_UP, timeline))])
        if chart and answer.command == "timeline" and answer.status == "ok" and answer.items and answer.chart is None:
            rows.append([InlineKeyboardButton(t("chart_button", answer.lang), callback_data=self.data(CHART, line))])
        return InlineKeyboardMarkup(rows) if rows else None

    def _nav_row(self, pages: int, page: int, line: str) -> list[InlineKeyboardButton]:
        nav = []
        if page > 1:
            nav.append(InlineKeyboardButton("◀", callback_data=self.data(PAGE, line, page - 1)))
        nav.append(InlineKeyboardButton(f"{page}/{pages}", callback_data="noop"))
        if page < pages:
            nav.append(InlineKeyboardButton("▶", callback_data=self.data(PAGE, line, page + 1)))
        return nav

    def entity_in(self, markup: InlineKeyboardMarkup | None) -> str | None:
        """The entity an answer is about, from its buttons: the argument of the entity command its paging,
        "Timeline" or "Chart" button re-runs (did-you-mean names are only offers).  None when none says."""
        for row in markup.inline_keyboard if markup is not None else ():
            for button in row:
                press = self.read(button.callback_data if isinstance(button.callback_data, str) else None)
                if press.kind not in (PAGE, FOLLOW_UP, CHART) or not press.line:
                    continue
                name, arg = command_table.parse_command(press.line)
                if name in ENTITY_COMMANDS and arg:
                    return arg
        return None


def _page_number(text: str) -> int:
    try:
        return max(int(text), 1)
    except ValueError:
        return 1
