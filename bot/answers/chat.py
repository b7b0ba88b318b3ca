"""Chat-level commands: /lang, /brief, /follow, /unfollow and the admin /ingest."""

from __future__ import annotations

from datetime import datetime

from bot.answers.common import source_ref
from bot.answers.context import Context
from bot.answers.who import entity_info, resolve
from bot.domain import Answer, Item, SourceRef
from db import answers_queries as reads
from db import chats, queries


def set_lang(ctx: Context, query: str) -> Answer:
    code = query.strip().lower()
    if code not in ("en", "id"):
        return Answer(command="lang", query=query, status="invalid", message="usage")
    if ctx.chat_key:
        chats.set_chat_lang(session=ctx.session, chat_key=ctx.chat_key, lang=code)
    ctx.lang = code
    return Answer(command="lang", query=code, message="lang_set", lang=code)


def brief(ctx: Context, query: str) -> Answer:
    """What is new: the newest articles (since this chat's last /brief), each with its main events."""
    session = ctx.session
    pref = chats.chat_pref(session=session, chat_key=ctx.chat_key) if ctx.chat_key else None
    since = pref.last_brief_at if pref is not None and query.strip().lower() != "all" else None
    articles = reads.recently_updated_articles(session=session, limit=min(ctx.limit, 20), since=since)
    firsts = queries.first_passages(session=session, article_ids=[a.id for a in articles])
    items = []
    for article in articles:
        events = reads.first_events_of(session=session, article_id=article.id, limit=3)
        refs = queries.passages_with_articles(session=session, passage_ids=[e.passage_id for e in events])
        sources: list[SourceRef] = []
        for event in events:
            passage, owner = refs[event.passage_id]
            if all(s.passage_id != passage.id for s in sources):
                sources.append(source_ref(owner, passage, ctx.public_url))
        if not sources and article.id in firsts:
            sources = [source_ref(article, firsts[article.id], ctx.public_url)]
        text = article.title or article.source_key
        items.append(Item(text=text, sources=sources, date=article.published, kind="article",
                          extra={"events": [e.text for e in events], "id": article.id}))
    if ctx.chat_key:
        chats.mark_briefed(session=session, chat_key=ctx.chat_key, when=datetime.utcnow())
    return Answer(command="brief", query=query, items=items, total=len(items), message="brief",
                  status="ok" if items else "not_found")


def follow(ctx: Context, query: str) -> Answer:
    if not query:
        return following(ctx)
    entity, problem = resolve(ctx, "follow", query)
    if problem:
        return problem
    assert entity is not None
    if not ctx.chat_key:
        return Answer(command="follow", query=query, status="invalid", message="invalid")
    chats.follow_entity(session=ctx.session, chat_key=ctx.chat_key, entity_id=entity.id)
    return Answer(command="follow", query=query, entity=entity_info(entity), message="following")


def unfollow(ctx: Context, query: str) -> Answer:
    entity, problem = resolve(ctx, "unfollow", query)
    if problem:
        return problem
    assert entity is not None
    if ctx.chat_key:
        chats.unfollow_entity(session=ctx.session, chat_key=ctx.chat_key, entity_id=entity.id)
    return Answer(command="unfollow", query=query, entity=entity_info(entity), message="unfollowed")


def following(ctx: Context) -> Answer:
    rows: list[tuple[str, str]] = []
    if ctx.chat_key:
        rows = chats.follows_of(session=ctx.session, chat_key=ctx.chat_key)
    items = [Item(text=name, kind=kind) for name, kind in rows]
    return Answer(command="follow", query="", items=items, total=len(items), message="follows")


def ingest(ctx: Context, query: str) -> Answer:
    runner = ctx.services.get("ingest")
    inputs = query.split()
    if runner is None or not inputs:
        return Answer(command="ingest", query=query, status="invalid", message="usage")
    report = runner(inputs)  # type: ignore[operator]
    items = [Item(text=f"{status}: {label}", kind=status) for status in ("new", "updated", "unchanged")
             for label in getattr(report, status)]
    items += [Item(text=f"failed: {label}: {reason}", kind="failed") for label, reason in report.failed]
    # A report, even when some inputs failed: the failed items say why, and "error" stays what the
    # JSON contract says it is (the bot itself failed).
    return Answer(command="ingest", query=query, items=items, total=len(items), message="ingested")
