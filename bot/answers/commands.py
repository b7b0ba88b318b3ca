"""Every command, in one explicit list. Order here is the order of /help and the chat menus.

This is the only module that imports the answer functions and the registry together: answer modules
import ``Context`` from ``bot.answers.context`` and never this table, so there is no import loop and
nothing is registered as a side effect of importing something else.
"""

from __future__ import annotations

from bot.answers.articles import list_sources, show_source
from bot.answers.brief import brief
from bot.answers.chat import follow, ingest, set_lang, unfollow
from bot.answers.context import Context
from bot.answers.digest import digest
from bot.answers.facts import numbers, quotes
from bot.answers.feeds import add_feed, list_feeds, remove_feed
from bot.answers.registry import Command, Registry
from bot.answers.search import search
from bot.answers.timeline import chart_request, timeline
from bot.answers.who import who
from bot.domain import Answer, CommandHelp, Item, MessageKey


def help_answer(ctx: Context, query: str) -> Answer:
    """/help and /start: every command (admins see theirs too), or one command's usage."""
    if query:
        command = REGISTRY.get(query)
        if command is None:
            return Answer(command="help", query=query, status="not_found", message=MessageKey.UNKNOWN_COMMAND)
        chosen = [command]
    else:
        chosen = REGISTRY.commands(include_admin=ctx.is_admin)
    items = [
        Item(text=c.summary(ctx.lang), kind="command", help=CommandHelp(name=c.name, usage=c.usage, example=c.example))
        for c in chosen
    ]
    return Answer(command="help", query=query, items=items, total=len(items), message=MessageKey.HELP_TITLE)


def plain_text_answer(ctx: Context, text: str) -> Answer:
    """Words typed without a command, on every front end (a Telegram private chat, ``/briefing words``
    on Slack, the console): /who when they name a known entity, else /search; when the search finds
    nothing and the name was ambiguous, the "did you mean" of /who helps more than "nothing found"."""
    who = REGISTRY.run(f"/who {text}", ctx)
    if who.status == "ok":
        return who
    found = REGISTRY.run(f"/search {text}", ctx)
    if found.status != "ok" and who.status == "ambiguous":
        return who
    return found


def build_registry() -> Registry:
    """The command table, built explicitly from the answer functions."""
    return Registry([
        Command("who", "Who or what is it: roles, key facts, related names", "Siapa atau apa itu: jabatan, fakta utama, nama terkait",
                "/who NAME", "/who Mercor", who, arg="optional"),
        Command("timeline", "What happened when, oldest first", "Apa yang terjadi dan kapan, dari yang terlama",
                "/timeline [NAME] [chart]", "/timeline Scale AI", timeline, arg="optional", aliases=("linimasa",)),
        Command("search", "Search the articles (any language, typos allowed)", "Cari di artikel (bahasa apa pun, salah ketik boleh)",
                "/search TEXT", "/search layoffs", search, arg="required", aliases=("cari",)),
        Command("numbers", "Money, percentages and headcounts about a name", "Uang, persentase dan jumlah orang terkait sebuah nama",
                "/numbers NAME", "/numbers Scale AI", numbers, arg="required", aliases=("angka",)),
        Command("quotes", "What a person said, or what was said about an organisation", "Apa yang dikatakan seseorang, atau tentang sebuah organisasi",
                "/quotes NAME", "/quotes Sarah Friar", quotes, arg="required", aliases=("kutipan",)),
        Command("brief", "What is new, story by story: since your last brief, 24h, 7d, a month (2025-06) or all",
                "Yang baru, per cerita: sejak ringkasan terakhir, 24h, 7d, sebulan (2025-06) atau semua",
                "/brief [24h|7d|2025-06|all]", "/brief 7d", brief, arg="optional", writes=True, aliases=("ringkas",)),
        Command("follow", "Follow a name and get its new facts; no name lists your follows", "Ikuti sebuah nama dan terima fakta barunya; tanpa nama menampilkan daftar ikutan",
                "/follow [NAME]", "/follow Mercor", follow, arg="optional", writes=True, aliases=("ikuti",),
                reads_without_argument=True),
        Command("unfollow", "Stop following a name", "Berhenti mengikuti sebuah nama",
                "/unfollow NAME", "/unfollow Mercor", unfollow, arg="required", writes=True),
        Command("digest", "A digest of what is new, daily or weekly; off stops it", "Ringkasan yang baru, harian atau mingguan; off menghentikannya",
                "/digest daily HH:MM [TZ] | weekly DAY HH:MM [TZ] | off", "/digest daily 08:00 Asia/Jakarta", digest,
                arg="optional", writes=True, aliases=("ringkasan",), reads_without_argument=True),
        Command("sources", "The articles I have read", "Artikel yang sudah saya baca",
                "/sources", "/sources", list_sources, aliases=("sumber",)),
        Command("source", "One article and a cited passage in context", "Satu artikel dan kutipan dalam konteksnya",
                "/source ID [pN]", "/source 1 p2", show_source, arg="required", aliases=("src",)),
        Command("lang", "Set the language of my replies: en or id", "Atur bahasa balasan: en atau id",
                "/lang en|id", "/lang id", set_lang, arg="required", writes=True, aliases=("bahasa",)),
        Command("help", "How to use me", "Cara menggunakan bot ini",
                "/help [COMMAND]", "/help who", help_answer, arg="optional", aliases=("bantuan",)),
        Command("start", "Welcome and what I can do", "Selamat datang dan apa yang bisa saya lakukan",
                "/start", "/start", help_answer),
        Command("ingest", "Read an article, page or feed (admins)", "Baca artikel, halaman atau feed (admin)",
                "/ingest URL", "/ingest https://example.com/news.rss", ingest, admin=True, arg="required"),
        Command("feeds", "The feeds I watch, with next poll and last error (admins)", "Feed yang saya pantau, dengan jadwal dan galat terakhir (admin)",
                "/feeds", "/feeds", list_feeds, admin=True),
        Command("addfeed", "Watch an RSS/Atom feed, optionally every N minutes (admins)", "Pantau feed RSS/Atom, opsional tiap N menit (admin)",
                "/addfeed URL [15m]", "/addfeed https://example.com/news.rss 15m", add_feed, admin=True, arg="required",
                writes=True),
        Command("removefeed", "Stop watching a feed (admins)", "Berhenti memantau sebuah feed (admin)",
                "/removefeed ID", "/removefeed 1", remove_feed, admin=True, arg="required", writes=True),
    ], plain_text=plain_text_answer)


REGISTRY = build_registry()


def commands(include_admin: bool = True) -> list[Command]:
    """All commands in menu order."""
    return REGISTRY.commands(include_admin)


def get_command(name: str) -> Command | None:
    """The command called ``name`` (with or without the slash, or an alias), or None."""
    return REGISTRY.get(name)


def parse_command(text: str) -> tuple[str | None, str]:
    """"/who@OurBot  Mercor" -> ("who", "Mercor"); see ``Registry.parse``."""
    return REGISTRY.parse(text)


def chart_line(line: str) -> str:
    """The command line of a timeline's chart: "/timeline Scale AI" -> "/timeline Scale AI chart" (the
    "Chart" button under a timeline on Telegram and Slack runs it)."""
    _name, arg = parse_command(line)
    name, _chart = chart_request(arg)
    return " ".join(part for part in ("/timeline", name, "chart") if part)


def execute(text: str, ctx: Context) -> Answer:
    """Run one command line and return its answer; never raises for bad input."""
    return REGISTRY.run(text, ctx)
