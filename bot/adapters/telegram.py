"""Telegram front end (python-telegram-bot v22): parse the update, call ``BriefingApp.ask``, render, reply.

Every handler is registered in ``build_application`` in one block.  Answers are rendered by
``bot.render.telegram_html``; long ones are paged with an inline keyboard whose buttons re-run the
command (stateless, so buttons survive restarts) and edit the message in place.

Run it with ``run_telegram(app, settings)`` (blocking) or, next to Slack in one event loop, with
``runner = await start_telegram(app, settings)`` ... ``await runner.stop()``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import re
import signal
from collections import OrderedDict
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputFile,
    InputTextMessageContent,
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

from bot.answers import commands as command_table
from bot.answers.registry import MAX_ARGUMENT, clean_argument
from bot.domain import Answer
from bot.render.chart import chart_filename, render_chart
from bot.render.i18n import normalise_lang, register_strings, t
from bot.render.telegram_html import MAX_UNITS, candidates, clean, render_pages

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
        "tg_inline_who": {"en": "Profile: {name}", "id": "Profil: {name}"},
        "tg_inline_hint": {"en": "Type a name, e.g. Mercor", "id": "Ketik sebuah nama, mis. Mercor"},
    }
)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
CALLBACK_MAX = 64  # bytes Telegram allows in callback_data
CAPTION_MAX = 1024  # UTF-16 units Telegram allows in a photo's caption
DRILL_DOWN = re.compile(r"^\s*(timeline|linimasa)\s*[.!?]*\s*$", re.I)
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_ENTITY_COMMANDS = ("who", "timeline", "numbers", "quotes")


_SRC_PASSAGE = re.compile(r"^/src_(\d{1,12})_p(\d{1,6})(?:@\w+)?\s*$", re.I)


def source_deep_link(text: str) -> str:
    """The renderer's "/src_12_p3" (a tappable command cannot hold a space) -> "/source 12 p3"."""
    match = _SRC_PASSAGE.match(text.strip())
    return f"/source {match.group(1)} p{match.group(2)}" if match else text


class LRU(OrderedDict[str, str]):
    """A small bounded map for state that must not grow forever (long callback commands, sent answers)."""

    def __init__(self, size: int = 4096) -> None:
        super().__init__()
        self.size = size

    def put(self, key: str, value: str) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


class TelegramBot:
    """The handlers, with the BriefingApp and settings they need. ``build_application`` wires them."""

    def __init__(self, app: BriefingApp, settings: Settings, *, page_units: int = MAX_UNITS) -> None:
        self.app = app
        self.settings = settings
        self.page_units = page_units
        self.allowed = set(settings.telegram_allowed_chats or [])
        self.admins = set(settings.telegram_admins or [])
        self.long_commands = LRU()  # short hash -> command line, for callback data over 64 bytes
        self.sent = LRU()  # "chat_id:message_id" -> command line answered there (drill-down)

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

    def callback_data(self, page: int, line: str) -> str:
        """◀ ▶ and did-you-mean buttons: re-run ``line`` and show ``page``."""
        return self.button_data(f"pg|{page}|", line)

    def chart_data(self, line: str) -> str:
        """The "Chart" button under the timeline answered to ``line``."""
        return self.button_data("ch|", line)

    def button_data(self, prefix: str, line: str) -> str:
        """``prefix`` + the command line, or + "#key" of it when that is over Telegram's 64 bytes."""
        data = prefix + line
        if len(data.encode("utf-8")) <= CALLBACK_MAX:
            return data
        key = hashlib.sha256(line.encode("utf-8")).hexdigest()[:16]
        self.long_commands.put(key, line)
        return f"{prefix}#{key}"

    def line_of(self, rest: str) -> str | None:
        """The command line a button carries: as it is, or "#key" of a long one (None when forgotten)."""
        return self.long_commands.get(rest[1:]) if rest.startswith("#") else rest

    def command_of(self, data: str) -> tuple[int, str | None]:
        _, page, rest = (data.split("|", 2) + ["", ""])[:3]
        line = self.line_of(rest)
        try:
            return max(int(page), 1), line
        except ValueError:
            return 1, line

    def keyboard(self, answer: Answer, pages: list[str], page: int, line: str, *,
                 chart: bool = True) -> InlineKeyboardMarkup | None:
        rows: list[list[InlineKeyboardButton]] = []
        if len(pages) > 1:
            nav = []
            if page > 1:
                nav.append(InlineKeyboardButton("◀", callback_data=self.callback_data(page - 1, line)))
            nav.append(InlineKeyboardButton(f"{page}/{len(pages)}", callback_data="noop"))
            if page < len(pages):
                nav.append(InlineKeyboardButton("▶", callback_data=self.callback_data(page + 1, line)))
            rows.append(nav)
        command = answer.command if answer.command in _ENTITY_COMMANDS else "who"
        for name in candidates(answer):
            rows.append([InlineKeyboardButton(name[:60], callback_data=self.callback_data(1, f"/{command} {name}"))])
        if chart and answer.command == "timeline" and answer.status == "ok" and answer.items and answer.chart is None:
            rows.append([InlineKeyboardButton(t("chart_button", answer.lang), callback_data=self.chart_data(line))])
        return InlineKeyboardMarkup(rows) if rows else None

    def render(self, answer: Answer, line: str, page: int = 1, *,
               chart: bool = True) -> tuple[str, InlineKeyboardMarkup | None]:
        """One page of HTML and its buttons; ``chart=False`` leaves the "Chart" button off (inline mode)."""
        pages = render_pages(answer, lang=answer.lang, max_units=self.page_units)
        page = min(max(page, 1), len(pages))
        return pages[page - 1], self.keyboard(answer, pages, page, line, chart=chart)

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
        if answer.status == "ok" and answer.chart is not None and answer.chart.events:
            quote = message if message.chat.type != ChatType.PRIVATE else None
            await self.send_chart(message.get_bot(), message.chat_id, answer, reply_to=quote)
            return
        text, markup = self.render(answer, line)
        sent = await message.reply_text(
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_markup=markup,
            do_quote=message.chat.type != ChatType.PRIVATE,
        )
        self.sent.put(f"{sent.chat_id}:{sent.message_id}", line)

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
        # Remember the command that answered, so paging and the "timeline" reply know the entity.
        await self.answer_line(update, f"/{answer.command} {text}", answer)

    async def on_drill_down(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """"timeline" / "linimasa" in reply to a /who answer: that entity's timeline."""
        message = update.effective_message
        replied = message.reply_to_message if message else None
        if message is None or replied is None:
            return
        from_bot = replied.from_user is not None and replied.from_user.id == context.bot.id
        name = self.entity_of(replied) if from_bot or replied.via_bot is not None else None
        if not name:
            if message.chat.type == ChatType.PRIVATE:
                await self.on_private_text(update, context)
            return
        await self.answer_line(update, f"/timeline {name}")

    def entity_of(self, replied: Message) -> str | None:
        line = self.sent.get(f"{replied.chat_id}:{replied.message_id}")
        if line:
            name, arg = command_table.parse_command(line)
            if name in _ENTITY_COMMANDS and arg:
                return arg
        # After a restart: the /who answer's first line is "Name · kind".
        first = (replied.text or "").split("\n", 1)[0]
        if " · " in first:
            return clean(first.split(" · ", 1)[0]).strip() or None
        return None

    # ----------------------------------------------------------------- buttons
    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """◀ ▶ and did-you-mean buttons: re-run the command and edit the message in place."""
        query = update.callback_query
        if query is None:
            return
        data = query.data or ""
        if data.startswith("ch|"):
            await self.on_chart_button(update, context)
            return
        if not data.startswith("pg|"):
            await query.answer()
            return
        page, line = self.command_of(data)
        lang = self.ui_lang(update)
        if not line:
            await query.answer(t("tg_expired", lang))
            return
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
        if query.message is not None:
            self.sent.put(f"{query.message.chat.id}:{query.message.message_id}", line)

    async def on_chart_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """"Chart" under a timeline: the chart of that timeline as a new photo in the chat."""
        query = update.callback_query
        assert query is not None
        line = self.line_of((query.data or "")[len("ch|"):])
        if not line or query.message is None:
            await query.answer(t("tg_expired", self.ui_lang(update)))
            return
        chat_id = query.message.chat.id
        answer = await self.ask(update, command_table.chart_line(line), chat_id=chat_id)
        await query.answer()
        if answer.status == "ok" and answer.chart is not None and answer.chart.events:
            await self.send_chart(context.bot, chat_id, answer)
            return
        text, markup = self.render(answer, line)
        await context.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
                                       reply_markup=markup)

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
        results: list[InlineQueryResultArticle] = []
        for command in ("who", "timeline", "search"):
            if command == "search" and results:
                break
            line = f"/{command} {text}"
            answer = await self.ask(update, line)
            if answer.status != "ok":
                continue
            page, markup = self.render(answer, line, chart=False)  # an inline message has no chat to send to
            title = (
                t("tg_inline_who", answer.lang, name=answer.entity.name if answer.entity else text)
                if command == "who"
                else t("timeline_of", answer.lang, name=answer.entity.name if answer.entity else text)
                if command == "timeline"
                else t("search_results", answer.lang, query=text)
            )
            description = clean(answer.items[0].text)[:120] if answer.items else ""
            results.append(
                InlineQueryResultArticle(
                    id=f"{command}:{hashlib.sha256(text.encode()).hexdigest()[:24]}",
                    title=clean(title)[:120],
                    description=description or None,
                    input_message_content=InputTextMessageContent(
                        page, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
                    ),
                    reply_markup=markup,
                )
            )
        await query.answer(results, cache_time=10, is_personal=True)

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
    """The PTB Application with every handler registered (in this one block); it answers
    ``settings.worker_threads`` updates at once, each in a worker thread."""
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .rate_limiter(AIORateLimiter(max_retries=max_retries))  # waits out 429 retry_after, then retries
        .concurrent_updates(settings.worker_threads)
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


class TelegramRunner:
    """Starts and stops the Application inside an already running event loop (e.g. beside Slack).

    Polling by default; with ``telegram_webhook_url`` it registers the webhook and either serves it
    itself (``serve_webhook=True``, on settings.host:port) or leaves ``webhook_app()`` for the caller to
    mount in a shared Starlette app.
    """

    def __init__(self, application: Application, settings: Settings, *, serve_webhook: bool = True,  # type: ignore[type-arg]
                 poll_timeout: int = 10) -> None:
        self.application = application
        self.settings = settings
        self.serve_webhook = serve_webhook
        self.poll_timeout = poll_timeout
        self._server: Any = None
        self._server_task: asyncio.Task[None] | None = None

    @property
    def webhook_path(self) -> str:
        return urlsplit(self.settings.telegram_webhook_url or "").path or "/telegram"

    async def start(self) -> None:
        application = self.application
        await application.initialize()
        if application.post_init:  # only run_polling/run_webhook call it themselves
            await application.post_init(application)
        await application.start()
        if self.settings.telegram_webhook_url:
            await application.bot.set_webhook(
                self.settings.telegram_webhook_url,
                secret_token=self.settings.telegram_webhook_secret,
                allowed_updates=Update.ALL_TYPES,
            )
            if self.serve_webhook:
                await self._serve()
        elif application.updater is not None:
            await application.updater.start_polling(
                timeout=self.poll_timeout, allowed_updates=Update.ALL_TYPES, drop_pending_updates=False
            )

    async def stop(self) -> None:
        application = self.application
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if self._server is not None:
            self._server.should_exit = True
            if self._server_task is not None:
                await self._server_task
        if application.running:
            await application.stop()
        await application.shutdown()

    def webhook_app(self) -> Any:
        """A Starlette app receiving Telegram's webhook; the secret header is compared in constant time.

        (PTB's own webhook server compares it with ``!=``, so we do not use it.)
        """
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import Response
        from starlette.routing import Route

        secret = (self.settings.telegram_webhook_secret or "").encode()
        application = self.application

        async def receive(request: Request) -> Response:
            given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "").encode()
            if secret and not hmac.compare_digest(given, secret):
                return Response(status_code=403)
            try:
                update = Update.de_json(await request.json(), application.bot)
            except Exception:  # noqa: BLE001 - malformed body
                return Response(status_code=400)
            await application.update_queue.put(update)
            return Response()

        return Starlette(routes=[Route(self.webhook_path, receive, methods=["POST"])])

    async def _serve(self) -> None:
        import uvicorn

        config = uvicorn.Config(self.webhook_app(), host=self.settings.host, port=self.settings.port,
                                log_level="info")
        self._server = uvicorn.Server(config)
        self._server_task = asyncio.create_task(self._server.serve())


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
