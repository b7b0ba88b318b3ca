"""``/brief all``'s articles of each story (``db.stories.story_members`` with every article new) are each story's
latest, read from the index of its links by day up to the limit, not every article of the story ranked: the
same articles, flags and counts as the ranked read, for every limit, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import event, select

from bot.app import BriefingApp
from db import models as m
from db import stories as q
from tests.stories.helpers import FIXTURES, ingest_folder


def _members(app: BriefingApp, story_ids: list[int], window: q.Window, most: int) -> dict[int, tuple[object, ...]]:
    with app.store.session() as session:
        found = q.story_members(session=session, story_ids=story_ids, window=window, most=most)
        return {story_id: (tuple((a.id, a.published, new) for a, new in one.articles), one.new_total)
                for story_id, one in found.items()}


def test_each_storys_latest_articles_as_ranked(app: BriefingApp) -> None:
    for folder in ("tuning", "tuning2", "tuning3", "tuning4"):
        ingest_folder(app, FIXTURES / folder)
    with app.store.session() as session:
        stories = list(session.execute(select(m.Story.id).order_by(m.Story.id)).scalars())
    assert len(stories) > 10
    said: list[str] = []

    def heard(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        said.append(statement)

    every = q.Window(after_id=0)  # every article new too, through the ranked read
    sizes = set()
    for most in (1, 2, 3, 100):
        for chosen in (stories, stories[:1], stories[::3], []):
            event.listen(app.store.engine, "before_cursor_execute", heard)
            try:
                said.clear()
                latest = _members(app, chosen, q.Window(), most)
            finally:
                event.remove(app.store.engine, "before_cursor_execute", heard)
            assert latest == _members(app, chosen, every, most), (most, chosen)
            assert not [s for s in said if "row_number" in s.lower()], said  # no story's articles all ranked
            sizes |= {len(articles) for articles, _total in latest.values()}
    assert {1, 2, 3} <= sizes  # limits below and above the stories' sizes
