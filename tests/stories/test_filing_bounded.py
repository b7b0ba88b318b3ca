"""Filing an article keeps its story's headline and days from a few rows, not from every article of the story
(``db.stories.join`` and ``detach``): what it keeps is what reading the story whole gives (``db.stories.tidy``),
through joins, merges, articles leaving a story's headline or its first or last day, and untitled articles."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from bot import stories
from bot.app import BriefingApp
from db import models as m
from db import stories as q
from tests.stories.helpers import FIXTURES, consistent, ingest_folder, partition

PINTARLOKA = {"id-t01-pintarloka-seri-b.txt", "id-t02-pintarloka-phk.txt", "en-t01-pintarloka-ceo.txt",
              "en-t02-pintarloka-presser.txt"}
LAST = "en-t02-pintarloka-presser.txt"


def _heads(session: Session) -> dict[int, tuple[str, int | None, date, date]]:
    rows = session.execute(select(m.Story.id, m.Story.headline, m.Story.headline_article_id, m.Story.first_day,
                                  m.Story.last_day)).all()
    return {story_id: (headline, article_id, first, last) for story_id, headline, article_id, first, last in rows}


def _as_read_whole(session: Session) -> None:
    """Every story's headline and days are those that reading all its articles gives."""
    session.flush()
    kept = _heads(session)
    nested = session.begin_nested()
    q.tidy(session=session, story_ids=list(kept))
    whole = _heads(session)
    nested.rollback()
    assert kept == whole


def test_an_article_joins_a_story_without_its_articles_read(app: BriefingApp) -> None:
    folder = FIXTURES / "tuning"
    ingest_folder(app, folder, [f.name for f in sorted(folder.glob("*.txt")) if f.name != LAST])
    said: list[str] = []

    def heard(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        said.append(statement)

    event.listen(app.store.engine, "before_cursor_execute", heard)
    try:
        ingest_folder(app, folder, [LAST])
    finally:
        event.remove(app.store.engine, "before_cursor_execute", heard)
    assert frozenset(PINTARLOKA) in partition(app)
    reads = [s for s in said if s.lstrip().upper().startswith("SELECT") and "story_articles" in s]
    assert reads
    # no read takes a story's articles by the story (the old tidy read every article of the story it joined)
    by_story = [s for s in reads if ("story_articles.story_id IN" in s or "story_articles.story_id =" in s)
                and "story_articles.article_id IN" not in s]
    assert not by_story, by_story
    consistent(app)
    with app.store.session() as session:
        _as_read_whole(session)


def test_headlines_and_days_are_those_of_the_whole_story(app: BriefingApp) -> None:
    for folder in ("tuning", "tuning2", "tuning3"):
        ingest_folder(app, FIXTURES / folder)
    with app.store.write() as session:
        _as_read_whole(session)
        ids = list(session.execute(select(m.Article.id).order_by(m.Article.id)).scalars())
        for n, article_id in enumerate(ids * 2):
            article = session.get(m.Article, article_id)
            assert article is not None
            change = n % 5  # refiled with: no title, a blank one, an earlier day, a later month and a new title, as is
            if change == 0:
                article.title = None
            elif change == 1:
                article.title = "   "
            elif change == 2:
                article.published = "2025-01-02"
            elif change == 3:
                article.published, article.title = "2026-03", f"Zz {article.title or ''}"
            stories.file_article(session, article)
            _as_read_whole(session)
    consistent(app)


def test_a_story_emptied_by_refiling_goes(app: BriefingApp) -> None:
    ingest_folder(app, FIXTURES / "tuning", ["en-t04-halcyra-contract.txt"])
    with app.store.write() as session:
        article = session.execute(select(m.Article)).scalar_one()
        stories.file_article(session, article)
        article.published = "2020-01-01"
        story = stories.file_article(session, article)
        assert list(session.execute(select(m.Story.id, m.Story.first_day))) == [(story, date(2020, 1, 1))]
        _as_read_whole(session)


def test_a_merge_keeps_the_largest_story_and_moves_the_others_links(app: BriefingApp) -> None:
    ingest_folder(app, FIXTURES / "tuning")
    said: list[tuple[str, int]] = []

    def heard(_conn, cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        said.append((statement, cursor.rowcount))

    with app.store.write() as session:
        ids = list(session.execute(select(m.Article.id).order_by(m.Article.id)).scalars())
        for article_id in ids:
            q.detach(session=session, article_id=article_id)
        day = date(2025, 9, 1)
        big = q.start_story(session=session, article_id=ids[0], day_from=day, day_to=day, title="Big")
        for article_id in ids[1:6]:
            q.link(session=session, article_id=article_id, story_id=big, day_from=day, day_to=day, score=0.5)
        small = q.start_story(session=session, article_id=ids[6], day_from=date(2025, 8, 1), day_to=day, title="Small")
        q.link(session=session, article_id=ids[7], story_id=small, day_from=day, day_to=day, score=0.5)
        session.flush()
        event.listen(session.connection(), "after_cursor_execute", heard)
        try:
            story = q.join(session=session, article_id=ids[8], story_id=small, others=[small, big],
                           day_from=date(2025, 10, 1), day_to=date(2025, 10, 1), score=0.4)
        finally:
            event.remove(session.connection(), "after_cursor_execute", heard)
        assert story == big  # six links against two: the best match's story is merged into the largest
        moved = [n for s, n in said if s.lstrip().upper().startswith("UPDATE STORY_ARTICLES")]
        assert moved == [2], said  # the small story's two links, not the big one's six
        members = set(session.execute(select(m.StoryArticle.article_id).where(m.StoryArticle.story_id == big)).scalars())
        assert members == set(ids[:9])
        assert session.execute(select(m.Story.id).where(m.Story.id == small)).first() is None
        assert session.execute(select(m.Story.first_day, m.Story.last_day).where(m.Story.id == big)).one() == (
            date(2025, 8, 1), date(2025, 10, 1))
        _as_read_whole(session)


def test_what_names_weigh_is_read_by_the_names_alone(app: BriefingApp) -> None:
    """How many articles name each name of the candidates (``fill``) is read from the entities by their ids, which
    grouping holds already: not through every mention of the candidates (thousands of rows a filing). The weights
    are those every mention gives."""
    ingest_folder(app, FIXTURES / "tuning")
    said: list[str] = []

    def heard(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        said.append(statement)

    with app.store.session() as session:
        ids = list(session.execute(select(m.Article.id).order_by(m.Article.id)).scalars())
        told = stories.read_told(session, ids)
        profiles = {i: stories.Profile(article_id=i, first=date(2026, 1, 1), last=date(2026, 1, 1)) for i in ids}
        rarity = stories.Rarity(articles=len(ids))
        event.listen(app.store.engine, "before_cursor_execute", heard)
        try:
            stories.fill(session, profiles, rarity, told)
        finally:
            event.remove(app.store.engine, "before_cursor_execute", heard)
        assert said and not [s for s in said if "mentions" in s], said
        kinds = dict(session.execute(select(m.Entity.id, m.Entity.kind)).all())
        named: dict[int, set[int]] = {}
        for entity_id, article_id in session.execute(select(m.Mention.entity_id, m.Mention.article_id)):
            named.setdefault(entity_id, set()).add(article_id)
    assert rarity.naming == {e: len(a) for e, a in named.items() if kinds[e] not in q.IGNORED_KINDS}
    for i in ids:
        assert profiles[i].names == {e: n for e, n in told[i].mentions.items() if e in rarity.naming}
        assert profiles[i].names
