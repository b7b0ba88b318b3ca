"""/who's key facts read an entity's mentions with their passages, articles and weights in one statement
(``mentioned_passages``, issue 12, branch perf9): the same rows as the three reads it replaces."""

from __future__ import annotations

from dataclasses import astuple
from urllib.parse import urlsplit

from sqlalchemy import event, func, select

from bot.answers import common
from db import answers_queries as reads
from db import models as m
from db import queries


def _three_reads(session, entity_ids: list[int], limit: int):  # type: ignore[no-untyped-def]
    mentions = [row for eid in entity_ids for row in reads.mentions_of(session=session, entity_id=eid, limit=limit)]
    refs = queries.passages_with_articles(session=session, passage_ids=[r[0] for r in mentions])
    return mentions, refs, reads.fact_weights(session=session, passage_ids=list(refs))


def _entities(session) -> list[list[int]]:  # type: ignore[no-untyped-def]
    ranked = [eid for eid, _n in session.execute(
        select(m.Mention.entity_id, func.count()).group_by(m.Mention.entity_id).order_by(func.count().desc(),
                                                                                       m.Mention.entity_id))]
    return [[ranked[0]], [ranked[len(ranked) // 2]], [ranked[-1]], ranked[:3], [10**9]]


def test_one_read_gives_what_the_three_reads_gave(seeded_app) -> None:  # type: ignore[no-untyped-def]
    with seeded_app.store.session() as session:
        for ids in _entities(session):
            for limit in (1, 7, 400):
                mentions, refs, weight = reads.mentioned_passages(session=session, entity_ids=ids, limit=limit)
                want_mentions, want_refs, want_weight = _three_reads(session, ids, limit)
                assert mentions == want_mentions and weight == want_weight
                assert sorted(refs) == sorted(want_refs)
                for pid, (passage, article) in refs.items():
                    assert astuple(passage) == astuple(want_refs[pid][0])
                    assert astuple(article) == astuple(want_refs[pid][1])


def test_one_statement_an_entity(seeded_app) -> None:  # type: ignore[no-untyped-def]
    """On main, key facts read mentions, then passages with articles, then weights: three statements."""
    with seeded_app.store.session() as session:
        ids = _entities(session)[0]
        seen: list[str] = []
        engine = session.get_bind()
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            reads.mentioned_passages(session=session, entity_ids=ids, limit=400)
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        assert len(seen) == 1


def test_a_plain_http_url_is_told_as_urlsplit_tells_it() -> None:
    urls = ["https://example.com/a", "http://x", "http://", "https:///path", "http://[::1]/a", "http://[bad/a",
            " https://example.com ", "HTTPS://example.com", "ftp://example.com", "https:example.com",
            "https://exa\tmple.com", "https://\u2100.com", "https://ex\u00e4mple.com/", "http://?q", "http://#f",
            "http:// example.com", "\x01https://example.com", "https://user@host:80/p?q#f", "mailto:a@b", "//host/a"]
    for url in urls:
        try:
            parts = urlsplit(url.strip())
            want = parts.scheme in ("http", "https") and bool(parts.netloc)
        except ValueError:
            want = False
        common._is_http_url.cache_clear()
        assert common.is_http_url(url) is want, url
