"""Telegram front end (python-telegram-bot v22): parse the update, call ``BriefingApp.ask``, render, reply.

Every handler is registered in ``build_application`` in one block.  Answers are rendered by
``bot.render.telegram_html``; their buttons (pages, did-you-mean, "Timeline", "Chart") carry the command
line they re-run in their callback data (``bot.adapters.telegram_buttons``), so they survive restarts,
and a reply "timeline" finds its entity there too.  Inline mode is ``bot.adapters.telegram_inline``.

Run it with ``run_telegram(app, settings)`` (blocking) or, next to Slack in one event loop, with
``runner = await start_telegram(app, settings)`` ... ``await runner.stop()`` (``bot.adapters.telegram_runner``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
from typing import TYPE_CHECKING, Any

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.adapters.telegram_buttons import CHART, FOLLOW_UP, Buttons
from bot.adapters.telegram_inline import inline_results
from bot.adapters.telegram_order import PerChatUpdateProcessor
from bot.adapters.telegram_request import AiohttpRequest
from bot.adapters.telegram_runner import TelegramRunner
from bot.answers import commands as command_table
from bot.answers.registry import MAX_ARGUMENT, clean_argument
from bot.domain import Answer
from bot.render.chart import chart_filename, render_chart
from bot.render.i18n import normalise_lang, register_strings, t
from bot.render.telegram_html import MAX_UNITS, render_pages

if TYPE_CHECKING:
    from bot.app import BriefingApp
    from bot.config import Settings

log = logging.getLogger(__name__)

register_strings(
    {
        "tg_expired": {
            "en": "This button has expired. Please ask again.",
            "id": "Tombol ini sudah kedaluwarsa. Silakan tanya lagi.",
        },
    }
)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
CAPTION_MAX = 1024  # UTF-16 units Telegram allows in a photo's caption
DRILL_DOWN = re.compile(r"^\s*(timeline|linimasa)\s*[.!?]*\s*$", re.I)
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


_SRC_PASSAGE = re.compile(r"^/src_(\d{1,12})_p(\d{1,6})(?:@\w+)?\s*$", re.I)


def source_deep_link(text: str) -> str:
    """The renderer's "/src_12_p3" (a tappable command cannot hold a space) -> "/source 12 p3"."""
    match = _SRC_PASSAGE.match(text.strip())
    return f"/source {match.group(1)} p{match.group(2)}" if match else text


class TelegramBot:
    """The handlers, with the BriefingApp and settings they need. ``build_application`` wires them."""

    def __init__(self, app: BriefingApp, settings: Settings, *, page_units: int = MAX_UNITS) -> None:
        self.app = app
        self.settings = settings
        self.page_units = page_units
        self.allowed = set(settings.telegram_allowed_chats or [])
        self.admins = set(settings.telegram_admins or [])
        self.buttons = Buttons()  # callback data; remembers command lines over Telegram's 64 bytes

    # ----------------------------------------------------------------- helpers
    @staticmethod
    def chat_key(chat_id: int | None) -> str | None:
        return f"telegram:{chat_id}" if chat_id is not None else None

    def is_admin(self, update: Update) -> bool:
        return bool(update.effective_user and update.effective_user.id in self.admins)

    async def ask(self, update: Update, line: str, *, chat_id: int | None = None) -> Answer:
        """Run one command line off the event loop (the store is synchronous)."""
        user = update.effective_user
        if chat_id is None and update.effective_chat is not None:
            chat_id = update.effective_chat.id
        if chat_id is None and user is not None:  # inline mode: the user's private chat settings
            chat_id = user.id
        return await asyncio.to_thread(
            self.app.ask,
            line,
            lang=user.language_code if user else None,
            chat_key=self.chat_key(chat_id),
            is_admin=self.is_admin(update),
        )

    def ui_lang(self, update: Update) -> str:
        user = update.effective_user
        return normalise_lang(user.language_code if user else None)

    def render(self, answer: Answer, line: str, page: int = 1, *,
               chart: bool = True) -> tuple[str, InlineKeyboardMarkup | None]:
        """One page of HTML and its buttons; ``chart=False`` leaves the "Chart" button off (inline mode)."""
        pages = render_pages(answer, lang=answer.lang, max_units=self.page_units)
        page = min(max(page, 1), len(pages))
        return pages[page - 1], self.buttons.keyboard(answer, len(pages), page, line, chart=chart)

    async def send_chart(self, bot: Bot, chat_id: int, answer: Answer, *, reply_to: Message | None = None) -> Message:
        """The answer's chart as a photo (drawn off the event loop), its summary as the caption."""
        assert answer.chart is not None
        png = await asyncio.to_thread(render_chart, answer.chart, lang=answer.lang)
        caption = render_pages(answer, lang=answer.lang, max_units=CAPTION_MAX)[0]
        return await bot.send_photo(
            chat_id, InputFile(png, filename=chart_filename(answer.chart)), caption=caption,
            parse_mode=ParseMode.HTML,
            reply_parameters=ReplyParameters(reply_to.message_id) if reply_to is not None else None,
        )

    async def answer_line(self, update: Update, line: str, answer: Answer | None = None) -> None:
        """Answer ``line`` in the update's chat (quoting the asker in groups) and remember what was asked."""
        message = update.effective_message
        if message is None:
            return
        if answer is None:
            answer = await self.ask(update, line)
        if _has_chart(answer):
            quote = message if message.chat.type != ChatType.PRIVATE else None
            await self.send_chart(message.get_bot(), message.chat_id, answer, reply_to=quote)
            return
        text, markup = self.render(answer, line)
        await message.reply_text(
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_markup=markup,
            do_quote=message.chat.type != ChatType.PRIVATE,
        )

    async def send_new(self, bot: Bot, chat_id: int, answer: Answer, line: str) -> None:
        """``line``'s answer as a new message in the chat: a chart as a photo, anything else as HTML."""
        if _has_chart(answer):
            await self.send_chart(bot, chat_id, answer)
            return
        text, markup = self.render(answer, line)
        await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
                               reply_markup=markup)

    # ----------------------------------------------------------------- gate (group -1)
    def permitted(self, update: Update) -> bool:
        if not self.allowed:
            return True
        if update.effective_chat is not None:
            return update.effective_chat.id in self.allowed
        return bool(update.effective_user and update.effective_user.id in self.allowed)

    async def gate(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Drop duplicate updates and updates from chats that are not allowed (one short refusal)."""
        if not isinstance(update, Update):
            return
        try:
            first = await asyncio.to_thread(self.app.claim_update, f"telegram:update:{update.update_id}")
        except Exception:  # the dedupe store failing must not silence the bot
            log.exception("claim_update failed for update %s; answering anyway", update.update_id)
            first = True
        if not first:
            log.info("duplicate telegram update %s ignored", update.update_id)
            raise ApplicationHandlerStop
        if self.permitted(update):
            return
        chat = update.effective_chat
        log.info("telegram update %s from a chat that is not allowed (%s)", update.update_id, chat.id if chat else "-")
        if update.callback_query is not None:
            await update.callback_query.answer()
        elif update.inline_query is not None:
            await update.inline_query.answer([], cache_time=60, is_personal=True)
        elif chat is not None and update.effective_message is not None:
            if await asyncio.to_thread(self.app.claim_update, f"telegram:refused:{chat.id}"):
                await context.bot.send_message(chat.id, t("not_allowed", self.ui_lang(update)))
        raise ApplicationHandlerStop

    # ----------------------------------------------------------------- messages
    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A registry command (CommandHandler already checked a @BotName suffix)."""
        message = update.effective_message
        if message is not None and message.text:
            await self.answer_line(update, message.text)

    async def on_other_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/src_12, aliases and unknown commands. In groups, unknown ones may belong to other bots."""
        message = update.effective_message
        if message is None or not message.text:
            return
        first = message.text.split(maxsplit=1)[0]
        _, _, mention = first.partition("@")
        if mention and mention.lower() != (context.bot.username or "").lower():
            return
        line = source_deep_link(message.text)
        name, _ = command_table.parse_command(line)
        known = name is not None and command_table.get_command(name) is not None
        if known or message.chat.type == ChatType.PRIVATE or mention:
            await self.answer_line(update, line)

    async def on_private_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Plain text in a private chat: the core decides between /who and /search (plain_text_answer)."""
        message = update.effective_message
        if message is None or not message.text:
            return
        text = clean_argument(message.text)
        if not text:
            return
        answer = await self.ask(update, text)
        # The command that answered goes in the buttons, so paging and a "timeline" reply know the entity.
        await self.answer_line(update, f"/{answer.command} {text}", answer)

    async def on_drill_down(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """"timeline" / "linimasa" in reply to a /who answer: that entity's timeline."""
        message = update.effective_message
        replied = message.reply_to_message if message else None
        if message is None or replied is None:
            return
        from_bot = replied.from_user is not None and replied.from_user.id == context.bot.id
        name = self.buttons.entity_in(replied.reply_markup) if from_bot or replied.via_bot is not None else None
        if not name:
            if message.chat.type == ChatType.PRIVATE:
                await self.on_private_text(update, context)
            return
        await self.answer_line(update, f"/timeline {name}")

    # ----------------------------------------------------------------- buttons
    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A button: page, did-you-mean and (in inline messages) "Timeline" edit the message in place;
        "Timeline" in a chat answers in a new message; "Chart" sends a photo."""
        query = update.callback_query
        if query is None:
            return
        press = self.buttons.read(query.data)
        if not press.kind:
            await query.answer()
            return
        if not press.line:
            await query.answer(t("tg_expired", self.ui_lang(update)))
            return
        if press.kind == CHART:
            await self.on_chart_button(update, context, press.line)
        elif press.kind == FOLLOW_UP and query.message is not None:
            await self.on_follow_up(update, context, press.line)
        else:
            await self.edit_answer(update, press.line, press.page)

    async def edit_answer(self, update: Update, line: str, page: int) -> None:
        """Re-run ``line`` and show ``page`` of its answer in the button's message."""
        query = update.callback_query
        assert query is not None
        chat_id = query.message.chat.id if query.message is not None else None
        answer = await self.ask(update, line, chat_id=chat_id)
        text, markup = self.render(answer, line, page)
        await query.answer()
        try:
            await query.edit_message_text(
                text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, reply_markup=markup
            )
        except BadRequest as exc:  # pressing the same page twice
            if "not modified" not in str(exc).lower():
                raise

    async def on_follow_up(self, update: Update, context: ContextTypes.DEFAULT_TYPE, line: str) -> None:
        """"Timeline" under a profile: that timeline as a new message in the chat."""
        query = update.callback_query
        assert query is not None and query.message is not None
        chat_id = query.message.chat.id
        answer = await self.ask(update, line, chat_id=chat_id)
        await query.answer()
        await self.send_new(context.bot, chat_id, answer, line)

    async def on_chart_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE, line: str) -> None:
        """"Chart" under a timeline: the chart of that timeline as a new photo in the chat."""
        query = update.callback_query
        assert query is not None
        if query.message is None:
            await query.answer(t("tg_expired", self.ui_lang(update)))
            return
        chat_id = query.message.chat.id
        answer = await self.ask(update, command_table.chart_line(line), chat_id=chat_id)
        await query.answer()
        await self.send_new(context.bot, chat_id, answer, line)

    # ----------------------------------------------------------------- inline mode
    async def on_inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """"@Bot Mercor": offer the /who and /timeline answers (search when neither knows the name)."""
        query = update.inline_query
        if query is None:
            return
        text = clean_argument(query.query)[: MAX_ARGUMENT]
        if not text:
            await query.answer([], cache_time=30, is_personal=True)
            return

        async def ask(line: str) -> Answer:
            return await self.ask(update, line)

        def first_page(answer: Answer, line: str) -> tuple[str, InlineKeyboardMarkup | None]:
            return self.render(answer, line, chart=False)  # an inline message has no chat to send a chart to

        await query.answer(await inline_results(text, ask, first_page), cache_time=10, is_personal=True)

    # ----------------------------------------------------------------- errors
    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log with context; the user gets a short apology, never a traceback."""
        summary: dict[str, Any] = {}
        if isinstance(update, Update):
            summary = {
                "update_id": update.update_id,
                "chat": update.effective_chat.id if update.effective_chat else None,
                "user": update.effective_user.id if update.effective_user else None,
                "text": (update.effective_message.text or "")[:200] if update.effective_message else None,
            }
        log.error("telegram handler failed: %s", summary, exc_info=context.error)
        if not isinstance(update, Update):
            return
        lang = self.ui_lang(update)
        with contextlib.suppress(Exception):
            if update.callback_query is not None:
                await update.callback_query.answer(t("internal_error", lang))
            elif update.effective_chat is not None and update.effective_message is not None:
                await context.bot.send_message(update.effective_chat.id, t("internal_error", lang))


def _has_chart(answer: Answer) -> bool:
    return answer.status == "ok" and answer.chart is not None and bool(answer.chart.events)


# --------------------------------------------------------------------------- wiring

def menu(lang: str) -> list[BotCommand]:
    """The command menu in one language: every non-admin registry command."""
    return [
        BotCommand(c.name, c.summary(lang)[:256] or c.name)
        for c in command_table.commands(include_admin=False)
        if _COMMAND_NAME.match(c.name)
    ]


async def set_menus(application: Application) -> None:  # type: ignore[type-arg]
    """The command menu in English (default) and Indonesian; a failure here must not stop the bot."""
    try:
        await application.bot.set_my_commands(menu("en"))
        await application.bot.set_my_commands(menu("id"), language_code="id")
    except Exception:  # noqa: BLE001
        log.exception("could not set the Telegram command menu; commands still work")


def build_application(
    app: BriefingApp,
    settings: Settings,
    *,
    page_units: int = MAX_UNITS,
    max_retries: int = 5,
) -> Application:  # type: ignore[type-arg]
    """The PTB Application with every handler registered (in this one block); it answers updates of
    ``settings.worker_threads`` chats at once (the store work in worker threads), each chat's in order."""
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
        # Telegram's 30 messages a second is for bulk notifications, and bot.delivery paces alerts and
        # digests itself (25 a second); replies are not held to it (the default cap made 30 answers a
        # second the bot's ceiling). Groups keep their 20 a minute; a 429 is waited out, then retried.
        .rate_limiter(AIORateLimiter(overall_max_rate=0, max_retries=max_retries))
        .concurrent_updates(PerChatUpdateProcessor(settings.worker_threads))
        .post_init(set_menus)
    )
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url.rstrip("/")
        if not base.endswith("/bot"):
            base += "/bot"
        builder = builder.base_url(base).base_file_url(base[: -len("/bot")] + "/file/bot")
    application = builder.build()
    bot = TelegramBot(app, settings, page_units=page_units)
    application.bot_data["briefing"] = bot

    names = [c.name for c in command_table.commands() if _COMMAND_NAME.match(c.name)]
    new_messages = filters.UpdateType.MESSAGE  # edits are not answered again
    application.add_handler(TypeHandler(Update, bot.gate), group=-1)
    application.add_handlers(
        [
            CommandHandler(names, bot.on_command, filters=new_messages),
            MessageHandler(filters.COMMAND & new_messages, bot.on_other_command),
            MessageHandler(
                filters.REPLY & filters.TEXT & filters.Regex(DRILL_DOWN) & new_messages, bot.on_drill_down
            ),
            MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & new_messages,
                           bot.on_private_text),
            CallbackQueryHandler(bot.on_callback),
            InlineQueryHandler(bot.on_inline),
        ]
    )
    application.add_error_handler(bot.on_error)
    return application


async def start_telegram(app: BriefingApp, settings: Settings, **options: Any) -> TelegramRunner:
    """Build and start the bot in the running loop; ``await runner.stop()`` to stop it."""
    build_opts = {k: options.pop(k) for k in ("page_units", "max_retries") if k in options}
    runner = TelegramRunner(build_application(app, settings, **build_opts), settings, **options)
    await runner.start()
    return runner


def run_telegram(app: BriefingApp, settings: Settings) -> None:
    """Run the bot until interrupted (``briefing serve telegram``)."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        runner = await start_telegram(app, settings)
        log.info("telegram bot running (%s)", "webhook" if settings.telegram_webhook_url else "polling")
        try:
            await stop.wait()
        finally:
            await runner.stop()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())


__all__ = ["build_application", "run_telegram", "start_telegram", "TelegramRunner", "TelegramBot"]
