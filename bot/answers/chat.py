"""Chat-level commands: /lang, /follow, /unfollow and the admin /ingest (/brief: bot.answers.brief)."""

from __future__ import annotations

from bot.answers.context import Context
from bot.answers.matching import IndexedEntity
from bot.answers.subject import about_entity, entity_info
from bot.domain import Answer, Item, MessageKey
from db import chats


def set_lang(ctx: Context, query: str) -> Answer:
    code = query.strip().lower()
    if code not in ("en", "id"):
        return Answer(command="lang", query=query, status="invalid", message=MessageKey.USAGE)
    if ctx.chat_key:
        chats.set_chat_lang(session=ctx.session, chat_key=ctx.chat_key, lang=code)
    ctx.lang = code
    return Answer(command="lang", query=code, message=MessageKey.LANG_SET, lang=code)


def follow(ctx: Context, query: str) -> Answer:
    """/follow NAME, or /follow alone: this chat's follows."""
    return _follow(ctx, query) if query else following(ctx)


@about_entity("follow")
def _follow(ctx: Context, query: str, entity: IndexedEntity) -> Answer:
    if not ctx.chat_key:
        return Answer(command="follow", query=query, status="invalid", message=MessageKey.INVALID)
    chats.follow_entity(session=ctx.session, chat_key=ctx.chat_key, entity_id=entity.id)
    return Answer(command="follow", query=query, entity=entity_info(entity), message=MessageKey.FOLLOWING)


@about_entity("unfollow")
def unfollow(ctx: Context, query: str, entity: IndexedEntity) -> Answer:
    if ctx.chat_key:
        chats.unfollow_entity(session=ctx.session, chat_key=ctx.chat_key, entity_id=entity.id)
    return Answer(command="unfollow", query=query, entity=entity_info(entity), message=MessageKey.UNFOLLOWED)


def following(ctx: Context) -> Answer:
    rows: list[tuple[str, str]] = []
    if ctx.chat_key:
        rows = chats.follows_of(session=ctx.session, chat_key=ctx.chat_key)
    items = [Item(text=name, kind=kind) for name, kind in rows]
    return Answer(command="follow", query="", items=items, total=len(items), message=MessageKey.FOLLOWS)


def ingest(ctx: Context, query: str) -> Answer:
    runner = ctx.services.get("ingest")
    inputs = query.split()
    if runner is None or not inputs:
        return Answer(command="ingest", query=query, status="invalid", message=MessageKey.USAGE)
    report = runner(inputs)  # type: ignore[operator]
    items = [Item(text=f"{status}: {label}", kind=status) for status in ("new", "updated", "unchanged")
             for label in getattr(report, status)]
    items += [Item(text=f"failed: {label}: {reason}", kind="failed") for label, reason in report.failed]
    # A report, even when some inputs failed: the failed items say why, and "error" stays what the
    # JSON contract says it is (the bot itself failed).
    return Answer(command="ingest", query=query, items=items, total=len(items), message=MessageKey.INGESTED)
