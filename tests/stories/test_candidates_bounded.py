"""Finding an article's candidates reads at most ``per_name`` articles of a name that many articles name
(``db.stories.candidates``): the rare names' articles all, a common name's newest, each counted by how many of
the names it names, as reading every article of every name counts them."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import stories
from bot.app import BriefingApp
from db import models as m
from db import stories as q
from tests.stories.helpers import FIXTURES, consistent, ingest_folder, partition

WIDE = (date(2000, 1, 1), date(2100, 1, 1))


def _naming(session: Session) -> dict[int, list[int]]:
    """entity id -> the articles naming it, newest (highest id) first."""
    out: dict[int, set[int]] = {}
    for entity_id, article_id in session.execute(select(m.Mention.entity_id, m.Mention.article_id)):
        out.setdefault(entity_id, set()).add(article_id)
    return {e: sorted(ids, reverse=True) for e, ids in out.items()}


def _expected(session: Session, rare: list[int], common: list[int], first: date, last: date, exclude: int,
              limit: int, per_name: int) -> dict[int, tuple[int, date, date]]:
    """What ``candidates`` must give, from every mention: the rare names' articles, each common name's newest
    ``per_name``, in the window, by how many of all the names they name, then the newest."""
    naming = _naming(session)
    lists = {e: [a for a in naming.get(e, []) if a != exclude] for e in [*rare, *common]}
    found = {a for e in rare for a in lists[e]} | {a for e in common for a in lists[e][:per_name]}
    links = {a: (s, d1, d2) for a, s, d1, d2 in session.execute(
        select(m.StoryArticle.article_id, m.StoryArticle.story_id, m.StoryArticle.day_from, m.StoryArticle.day_to))}
    inside = [a for a in found if links[a][2] >= first and links[a][1] <= last]
    shared = {a: sum(a in lists[e] for e in [*rare, *common]) for a in inside}
    return {a: links[a] for a in sorted(inside, key=lambda a: (-shared[a], -a))[:limit]}


def _names_by_reach(session: Session) -> list[int]:
    """The people, organisations and places of the store, those named by the most articles first."""
    naming = _naming(session)
    kinds = dict(session.execute(select(m.Entity.id, m.Entity.kind)).all())
    return sorted((e for e in naming if kinds[e] not in q.IGNORED_KINDS), key=lambda e: (-len(naming[e]), e))


def test_a_common_name_brings_only_its_newest_articles(app: BriefingApp) -> None:
    for folder in ("tuning", "tuning2"):
        ingest_folder(app, FIXTURES / folder)
    with app.store.session() as session:
        names = _names_by_reach(session)
        naming = _naming(session)
        common = names[:3]  # named by several articles each (the stories' companies, Indonesia, Jakarta)
        assert all(len(naming[e]) >= 4 for e in common)
        articles = sorted({a for ids in naming.values() for a in ids})
        for per_name in (1, 2, 3):
            for exclude in articles[::3]:
                got = q.candidates(session=session, rare=[], common=common, first=WIDE[0], last=WIDE[1],
                                   exclude=exclude, limit=50, per_name=per_name)
                assert got == _expected(session, [], common, *WIDE, exclude, 50, per_name)
                # every article naming one of them would be found if all were read (main's reading): these are not
                assert len(got) <= per_name * len(common) < len({a for e in common for a in naming[e]} - {exclude})


def test_candidates_are_counted_by_every_name_they_name(app: BriefingApp) -> None:
    """An older article naming a rare name and common ones counts them all, though it is not among the common
    names' newest; windows and limits cut as reading every article does; with no name common, that is every
    article naming one of the names."""
    for folder in ("tuning", "tuning2", "tuning3"):
        ingest_folder(app, FIXTURES / folder)
    with app.store.session() as session:
        names, naming = _names_by_reach(session), _naming(session)
        articles = sorted({a for ids in naming.values() for a in ids})
        windows = [WIDE, (date(2025, 9, 1), date(2026, 2, 28)), (date(2026, 1, 1), date(2026, 12, 31))]
        for per_name in (1, 2, 3, 1000):  # the callers' rare names are named by at most ``per_name`` articles
            many = [e for e in names if len(naming[e]) > per_name]
            few = [e for e in names if len(naming[e]) <= per_name]
            for start in range(0, 9, 3):
                rare, common = few[2 * start:2 * start + 6], many[start:start + 3]
                for (first, last), exclude in itertools.product(windows, articles[::4]):
                    for limit in (50, 3):
                        got = q.candidates(session=session, rare=rare, common=common, first=first, last=last,
                                           exclude=exclude, limit=limit, per_name=per_name)
                        assert list(got.items()) == list(_expected(session, rare, common, first, last, exclude, limit,
                                                                   per_name).items())
        assert len(names) > 100 and not many  # the last round: every name rare, every article of theirs found


def test_filing_reads_a_name_of_many_articles_no_further_than_its_newest(app: BriefingApp,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Grouping passes the names more articles name than ``CANDIDATES_PER_NAME`` as common; with no name that
    common (every store our tests build), it finds what reading every article finds: the stories form as ever."""
    calls: list[tuple[list[int], list[int], int]] = []
    found = q.candidates

    def spy(**kwargs):  # type: ignore[no-untyped-def]
        calls.append((list(kwargs["rare"]), list(kwargs["common"]), kwargs["per_name"]))
        return found(**kwargs)

    monkeypatch.setattr(q, "candidates", spy)
    ingest_folder(app, FIXTURES / "tuning")
    assert calls and all(not common and per_name == stories.CANDIDATES_PER_NAME for _rare, common, per_name in calls)
    monkeypatch.setattr(stories, "CANDIDATES_PER_NAME", 2)
    calls.clear()
    ingest_folder(app, FIXTURES / "tuning2")
    with app.store.session() as session:
        counts = dict(session.execute(select(m.Entity.id, m.Entity.article_count)).all())
    assert any(common for _rare, common, _n in calls)
    for _rare, common, per_name in calls:
        assert per_name == 2
        assert all(counts[e] > 2 for e in common)  # counts only grow as the folder is stored
    consistent(app)
    assert len(partition(app)) >= 3
