"""/sources (the ingested articles) and /source ID [pN] (one article and a cited passage in context)."""

from __future__ import annotations

import re

from bot.answers.common import source_ref
from bot.answers.context import Context
from bot.domain import Answer, ArticleInfo, Item, MessageKey, PassageInfo
from db import answers_queries as reads
from db import queries

_SOURCE_ARG = re.compile(r"^#?(\d{1,12})(?:\s*(?:#|\s)\s*p?(\d{1,6}))?$", re.I)


def list_sources(ctx: Context, query: str) -> Answer:
    session = ctx.session
    total = reads.article_count(session=session)
    rows = reads.newest_articles(session=session, limit=ctx.limit)
    firsts = queries.first_passages(session=session, article_ids=[a.id for a in rows])
    items = []
    for article in rows:
        first = firsts.get(article.id)
        items.append(
            Item(
                text=article.title or article.source_file or article.source_key,
                sources=[source_ref(article, first, ctx.public_url)] if first else [],
                date=article.published,
                kind="article",
                article=ArticleInfo(id=article.id, publisher=article.publisher, language=article.language,
                                    url=article.url, file=article.source_file),
            )
        )
    if not items:
        return Answer(command="sources", query=query, status="not_found", message=MessageKey.EMPTY_STORE, total=total)
    return Answer(command="sources", query=query, items=items, total=total)


def show_source(ctx: Context, query: str) -> Answer:
    match = _SOURCE_ARG.match(query.strip())
    if not match:
        return Answer(command="source", query=query, status="invalid", message=MessageKey.USAGE)
    cited = int(match.group(2)) if match.group(2) else None
    found = queries.article_passage_window(session=ctx.session, article_id=int(match.group(1)), around=cited,
                                           first=max(3, min(ctx.limit, 50)))
    if found is None:
        return Answer(command="source", query=query, status="not_found", message=MessageKey.NOT_FOUND)
    article, window, total = found
    items = [
        Item(text=p.text, sources=[source_ref(article, p, ctx.public_url)], kind="passage",
             passage=PassageInfo(index=p.idx, cited=p.idx == cited))
        for p in window
    ]
    if not items:
        return Answer(command="source", query=query, status="not_found", message=MessageKey.NOT_FOUND)
    return Answer(command="source", query=query, items=items, total=total)
