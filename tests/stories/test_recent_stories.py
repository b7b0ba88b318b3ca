"""``/brief all`` reads the newest stories without grouping every link of the store (``db.stories.recent_stories``
with every article new): the same stories, in the same order, as grouping them all, for every limit, on SQLite
and PostgreSQL, whether the walk from the newest day names enough stories or the grouped read is taken."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from bot.app import BriefingApp
from db import stories as q
from tests.stories.helpers import FIXTURES, ingest_folder


def _recent(app: BriefingApp, window: q.Window, limit: int) -> list[int]:
    with app.store.session() as session:
        return q.recent_stories(session=session, window=window, limit=limit)


def test_the_newest_stories_are_those_of_every_link_grouped(app: BriefingApp, monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in ("tuning", "tuning2", "tuning3", "tuning4"):
        ingest_folder(app, FIXTURES / folder)
    every = q.Window(after_id=0)  # every article, through the grouped read
    stories = len(_recent(app, every, 10_000))
    assert stories > 10
    said: list[str] = []

    def heard(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        said.append(statement)

    event.listen(app.store.engine, "before_cursor_execute", heard)
    try:
        default, first = q.WALKED_LINKS, q.FIRST_LINKS
        for walked in (default, 2, 1):  # 1: a story a link, the walk names too few and the caller groups
            monkeypatch.setattr(q, "WALKED_LINKS", walked)
            monkeypatch.setattr(q, "FIRST_LINKS", min(first, walked))
            for limit in range(1, stories + 2):
                said.clear()
                newest = _recent(app, q.Window(), limit)
                grouped = any("JOIN articles" in s and "GROUP BY story_articles.story_id" in s for s in said)
                assert newest == _recent(app, every, limit), (walked, limit)
                if walked == default and limit <= min(20, stories):  # as /brief all asks: the links were not all grouped
                    assert not grouped, said
    finally:
        event.remove(app.store.engine, "before_cursor_execute", heard)
