"""Telegram inline mode: "@Bot Mercor" in any chat offers the /who and /timeline answers (search when
neither knows the name) as ready-made messages."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable

from telegram import (
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
)
from telegram.constants import ParseMode

from bot.domain import Answer
from bot.render.i18n import register_strings, t
from bot.render.telegram_html import clean

register_strings(
    {
        "tg_inline_who": {"en": "Profile: {name}", "id": "Profil: {name}"},
        "tg_inline_hint": {"en": "Type a name, e.g. Mercor", "id": "Ketik sebuah nama, mis. Mercor"},
    }
)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
OFFERED = ("who", "timeline", "search")  # in this order; search only when the others found nothing

Ask = Callable[[str], Awaitable[Answer]]
Render = Callable[[Answer, str], tuple[str, InlineKeyboardMarkup | None]]  # first page and its buttons


async def inline_results(text: str, ask: Ask, render: Render) -> list[InlineQueryResultArticle]:
    """The answers offered for ``text``: one result per command that answered it."""
    results: list[InlineQueryResultArticle] = []
    for command in OFFERED:
        if command == "search" and results:
            break
        line = f"/{command} {text}"
        answer = await ask(line)
        if answer.status == "ok":
            results.append(_result(command, text, answer, *render(answer, line)))
    return results


def _title(command: str, text: str, answer: Answer) -> str:
    name = answer.entity.name if answer.entity else text
    if command == "who":
        return t("tg_inline_who", answer.lang, name=name)
    if command == "timeline":
        return t("timeline_of", answer.lang, name=name)
    return t("search_results", answer.lang, query=text)


def _result(command: str, text: str, answer: Answer, page: str,
            markup: InlineKeyboardMarkup | None) -> InlineQueryResultArticle:
    description = clean(answer.items[0].text)[:120] if answer.items else ""
    return InlineQueryResultArticle(
        id=f"{command}:{hashlib.sha256(text.encode()).hexdigest()[:24]}",
        title=clean(_title(command, text, answer))[:120],
        description=description or None,
        input_message_content=InputTextMessageContent(page, parse_mode=ParseMode.HTML,
                                                      link_preview_options=NO_PREVIEW),
        reply_markup=markup,
    )
