"""Stories in the store: what grouping an article reads (its names, event keys, figures, candidates),
the links it writes, and the reads behind /brief and the digest.

Each function takes ``session`` as a keyword argument and never commits on its own. The rules that
decide which story an article joins live in ``bot.stories``; nothing here scores anything.
"""

from __future__ import annotations

import calendar
import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Table,
    bindparam,
    case,
    delete,
    func,
    select,
    text,
    true,
    union_all,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from db import counts, records
from db import models as m

STORY_LOCK = "briefing:stories"
HEADLINE_CHARS = 200
IGNORED_KINDS = ("media", "author")  # outlets and bylines tell nothing about which story an article tells


def period(published: str | None, stored: datetime | None) -> tuple[date, date]:
    """The first and last day ``published`` ("YYYY", "YYYY-MM", "YYYY-MM-DD") can mean; undated: the
    day the article was stored."""
    parts = [int(p) for p in (published or "").split("-") if p.isdigit()]
    if not parts:
        day = (stored or datetime.utcnow()).date()
        return day, day
    year = parts[0]
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31)
    month = parts[1]
    if len(parts) == 2:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, parts[2]), date(year, month, parts[2])


def lock(*, session: Session) -> None:
    """On PostgreSQL, serialise story grouping until the transaction ends (two ingesters at once would
    each start a story for two copies of one). SQLite writers already take turns."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": STORY_LOCK})


def _chunks(ids: Iterable[int], size: int = 500) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]


# --------------------------------------------------------------------------- what grouping reads


# Grouping reads what a few dozen articles tell, and writes its links, for every article stored: Core
# statements on the tables, whose rows come back as plain tuples (the ORM's statement and result processing
# cost as much as the queries). They do not flush the session: ``bot.stories.file_article`` flushes first.
_MENTION, _ENTITY, _ARTICLE = m.Mention.__table__.c, m.Entity.__table__.c, m.Article.__table__.c
_EVENT, _ACTOR = m.Event.__table__.c, m.EventActor.__table__.c
_AMOUNT, _ABOUT = m.Amount.__table__.c, m.AmountEntity.__table__.c
_STORIES, _LINKS = cast(Table, m.Story.__table__), cast(Table, m.StoryArticle.__table__)
_STORY, _LINK = _STORIES.c, _LINKS.c


def mention_counts(*, session: Session, article_ids: Iterable[int]) -> dict[int, dict[int, int]]:
    """article id -> {entity id: its mentions in the article}, every kind of name, in entity id order."""
    out: dict[int, dict[int, int]] = {}
    for chunk in _chunks(article_ids):
        rows = session.execute(
            select(_MENTION.article_id, _MENTION.entity_id, func.count()).where(_MENTION.article_id.in_(chunk))
            .group_by(_MENTION.article_id, _MENTION.entity_id).order_by(_MENTION.article_id, _MENTION.entity_id))
        for article_id, entity_id, count in rows:
            out.setdefault(article_id, {})[entity_id] = count
    return out


_NAMES = ("SELECT id, article_count FROM entities WHERE id {among} AND kind NOT IN ("
          + ", ".join(f"'{kind}'" for kind in IGNORED_KINDS) + ")")
_NAMES_LISTED = {"sqlite": text(_NAMES.format(among="IN (SELECT value FROM json_each(:ids))")),
                 "postgresql": text(_NAMES.format(among="= ANY(:ids)")).bindparams(bindparam("ids", type_=ARRAY(Integer)))}


@dataclass
class Written:
    """What grouping reads of one article (``mention_counts``, ``event_keys``, ``money_figures``), as its save wrote
    it: the same rows, so filing a just-stored article need not read back what the same transaction wrote."""

    mentions: dict[int, int]  # entity id -> its mentions in the article, in entity id order
    events: list[tuple[str, int, int, int, int]]  # (type, year, month, actor id, actor position), as event_keys
    money: list[tuple[str | None, float, int]]  # (currency, value, entity id), as money_figures


_WRITTEN = "briefing:written"


def note_written(*, session: Session, article_id: int, written: Written) -> None:
    """Keep what an article's save wrote, for this transaction only (``written``)."""
    transaction = session.get_transaction()
    kept = session.info.get(_WRITTEN)
    if kept is None or kept[0] is not transaction:
        kept = (transaction, {})
        session.info[_WRITTEN] = kept
    notes: dict[int, Written] = kept[1]
    notes[article_id] = written


def forget_written(*, session: Session) -> None:
    """Drop what ``note_written`` kept: after stored entities are merged the rows name ids that are gone."""
    session.info.pop(_WRITTEN, None)


def written(*, session: Session, article_id: int) -> Written | None:
    """What this transaction's save of ``article_id`` wrote (taken: asked once), else None."""
    kept = session.info.get(_WRITTEN)
    if kept is None or kept[0] is not session.get_transaction():
        return None
    return kept[1].pop(article_id, None)


def telling_names(*, session: Session, entity_ids: Iterable[int]) -> dict[int, int]:
    """entity id -> how many stored articles name it, for those of ``entity_ids`` that are people, organisations,
    products or places (not outlets or authors: they tell nothing about which story an article tells). Read by
    the entities' ids (the names grouping already holds of each article), not through the articles' mentions;
    the ids go as one parameter, a JSON array on SQLite (0.6 ms for the 640 names of a filing's 50 candidates at
    10k articles, against 1.5 ms as an IN list of 640 placeholders or through the candidates' mentions)."""
    ids = sorted(set(entity_ids))
    if not ids:
        return {}
    postgresql = session.get_bind().dialect.name == "postgresql"
    rows = session.execute(_NAMES_LISTED["postgresql" if postgresql else "sqlite"], {"ids": ids if postgresql else json.dumps(ids)})
    return {entity_id: count for entity_id, count in rows}


def versions(*, session: Session, article_ids: Iterable[int]) -> dict[int, datetime]:
    """article id -> when it was last stored (``updated_at``: every save sets it anew)."""
    out: dict[int, datetime] = {}
    for chunk in _chunks(article_ids):
        rows = session.execute(select(_ARTICLE.id, _ARTICLE.updated_at).where(_ARTICLE.id.in_(chunk)))
        out.update({article_id: updated_at for article_id, updated_at in rows})
    return out


def article_count(*, session: Session) -> int:
    """How many articles are stored: the count kept with them (``db.counts``), one row however many there are."""
    return counts.articles(session=session)


def event_keys(*, session: Session, article_ids: Iterable[int]) -> dict[int, list[tuple[str, int, int, int, int]]]:
    """article id -> (type, year, month, actor id, actor position) of its events dated to the month,
    plans left out (a plan is not yet a happening two articles can share)."""
    out: dict[int, list[tuple[str, int, int, int, int]]] = {}
    for chunk in _chunks(article_ids):
        rows = session.execute(
            select(_EVENT.article_id, _EVENT.type, _EVENT.date_year, _EVENT.date_month, _ACTOR.entity_id, _ACTOR.position)
            .join_from(m.Event.__table__, m.EventActor.__table__, _ACTOR.event_id == _EVENT.id)
            .where(_EVENT.article_id.in_(chunk), _EVENT.date_month.is_not(None), _EVENT.date_basis != "planned"))
        for article_id, *key in rows:
            out.setdefault(article_id, []).append(tuple(key))  # type: ignore[arg-type]
    return out


def money_figures(*, session: Session, article_ids: Iterable[int]) -> dict[int, list[tuple[str | None, float, int]]]:
    """article id -> (currency, value, entity id) of the money amounts it states, once per person or
    organisation each amount is about (an amount about nobody is left out)."""
    out: dict[int, list[tuple[str | None, float, int]]] = {}
    for chunk in _chunks(article_ids):
        rows = session.execute(select(_AMOUNT.article_id, _AMOUNT.currency, _AMOUNT.value, _ABOUT.entity_id)
                               .join_from(m.Amount.__table__, m.AmountEntity.__table__, _ABOUT.amount_id == _AMOUNT.id)
                               .where(_AMOUNT.article_id.in_(chunk), _AMOUNT.kind == "money"))
        for article_id, currency, value, entity_id in rows:
            out.setdefault(article_id, []).append((currency, value, entity_id))
    return out


def article_heads(*, session: Session, article_ids: Iterable[int]) -> dict[int, tuple[str | None, str | None]]:
    """article id -> (title, language)."""
    out: dict[int, tuple[str | None, str | None]] = {}
    for chunk in _chunks(article_ids):
        rows = session.execute(select(_ARTICLE.id, _ARTICLE.title, _ARTICLE.language).where(_ARTICLE.id.in_(chunk)))
        out.update({article_id: (title, language) for article_id, title, language in rows})
    return out


def candidates(*, session: Session, rare: Sequence[int], common: Sequence[int], first: date, last: date, exclude: int,
               limit: int, per_name: int) -> dict[int, tuple[int, date, date]]:
    """Articles published between ``first`` and ``last`` that name one of ``rare`` or are among the newest
    ``per_name`` (by id) naming one of ``common``, those naming the most of all those names first, then the newest:
    article id -> (its story, its first and last day). The rare names (the callers' names of at most ``per_name``
    articles) are read whole, as one range of the index of mentions by name and article each; a common name's
    articles are read backwards from that index and stop at ``per_name``: a name in most of the store's articles
    costs what a rare one does. Every article naming a rare name is found; of those naming only common names, the
    older ones are not (the only difference from reading every article of every name). How many of the names an
    article names is counted exactly: from the rare names' mentions and the common names' newest, and a candidate
    older than a common name's newest is looked up in its mentions."""
    if not rare and not common:
        return {}
    params: dict[str, object] = {"exclude": exclude, "per_name": per_name, "first": first, "last": last, "limit": limit}
    params |= {f"r{i}": e for i, e in enumerate(rare)} | {f"c{i}": e for i, e in enumerate(common)}
    rows = session.execute(_candidates_statement(len(rare), len(common)), params)
    return {article_id: (story_id, day_from, day_to) for article_id, story_id, day_from, day_to in rows}


@functools.lru_cache(maxsize=64)
def _candidates_statement(rare: int, common: int) -> TextualSelect:
    """``candidates``' statement for so many rare and common names, built once (a Core statement of a dozen
    subqueries took longer to build than to run). With no common name it is the read of every article of the names
    (one index range a name, joined to the links in the window, grouped by article). A common name's newest hold
    every article naming it from the oldest of them on; only an article older than that is looked up in its
    mentions (one index lookup: a correlated scalar, which PostgreSQL does not turn into a read of the name's
    every mention as it would an EXISTS)."""
    listed = ", ".join
    newest = [f"c{i} AS (SELECT article_id FROM mentions WHERE entity_id = :c{i} AND article_id <> :exclude"
              f" GROUP BY article_id ORDER BY article_id DESC LIMIT :per_name)" for i in range(common)]
    arms = [f"SELECT article_id, entity_id AS named FROM mentions WHERE entity_id IN ({listed(f':r{i}' for i in range(rare))})"
            " AND article_id <> :exclude"] if rare else []
    arms += [f"SELECT article_id, CAST(:c{i} AS INTEGER) AS named FROM c{i}" for i in range(common)]
    older = "".join(f" + CASE WHEN found.article_id < (SELECT min(article_id) FROM c{i}) THEN COALESCE((SELECT 1 FROM"
                    f" mentions AS named WHERE named.entity_id = :c{i} AND named.article_id = found.article_id LIMIT 1), 0)"
                    " ELSE 0 END" for i in range(common))
    return text(
        (f"WITH {listed(newest)} " if common else "")
        + f"SELECT found.article_id, l.story_id, l.day_from, l.day_to FROM ({' UNION ALL '.join(arms)}) AS found "
        "JOIN story_articles AS l ON l.article_id = found.article_id WHERE l.day_to >= :first AND l.day_from <= :last "
        "GROUP BY found.article_id, l.story_id, l.day_from, l.day_to "
        f"ORDER BY count(DISTINCT found.named){older} DESC, found.article_id DESC LIMIT :limit"
    ).bindparams(bindparam("first", type_=Date), bindparam("last", type_=Date)).columns(
        article_id=Integer, story_id=Integer, day_from=Date, day_to=Date)


def stories_of(*, session: Session, article_ids: Iterable[int]) -> dict[int, int]:
    """article id -> its story id."""
    out: dict[int, int] = {}
    for chunk in _chunks(article_ids):
        rows = session.execute(select(m.StoryArticle.article_id, m.StoryArticle.story_id)
                               .where(m.StoryArticle.article_id.in_(chunk)))
        out.update({article_id: story_id for article_id, story_id in rows})
    return out


# --------------------------------------------------------------------------- writes


def start_story(*, session: Session, article_id: int, day_from: date, day_to: date, title: str | None) -> int:
    """A new story holding only ``article_id`` (titled ``title``); returns its id."""
    _article, headline = _headline(session, [(article_id, title, day_from, day_to)])
    story_id: int = session.execute(_STORIES.insert().returning(_STORY.id), {
        "headline": headline, "headline_article_id": article_id, "first_day": day_from, "last_day": day_to,
        "updated_at": datetime.utcnow()}).scalar_one()
    link(session=session, article_id=article_id, story_id=story_id, day_from=day_from, day_to=day_to, score=0.0)
    return story_id


def link(*, session: Session, article_id: int, story_id: int, day_from: date, day_to: date, score: float) -> None:
    session.execute(_LINKS.insert(), {"article_id": article_id, "story_id": story_id,
                                                        "day_from": day_from, "day_to": day_to, "score": score})


def detach(*, session: Session, article_id: int) -> None:
    """Take an article out of its story (before it is grouped again). The story keeps its headline and days when
    the article was neither its headline's nor at its first or last day; else they are read again from all its
    articles (and the story goes when none is left)."""
    gone = session.execute(delete(_LINKS).where(_LINK.article_id == article_id)
                           .returning(_LINK.story_id, _LINK.day_from, _LINK.day_to)).first()
    if gone is None:
        return
    story_id, day_from, day_to = gone
    head = session.execute(select(_STORY.headline_article_id, _STORY.first_day, _STORY.last_day)
                           .where(_STORY.id == story_id)).first()
    if head is None or head[0] in (None, article_id) or day_from <= head[1] or day_to >= head[2]:
        tidy(session=session, story_ids=[story_id])
    else:
        session.execute(update(_STORIES).where(_STORY.id == story_id).values(updated_at=datetime.utcnow()))


def merge(*, session: Session, into: int, others: Iterable[int]) -> None:
    """Move the articles of ``others`` into story ``into`` and drop the emptied stories."""
    ids = [i for i in set(others) if i != into]
    if ids:
        session.execute(update(_LINKS).where(_LINK.story_id.in_(ids)).values(story_id=into))
        session.execute(delete(_STORIES).where(_STORY.id.in_(ids)))


def join(*, session: Session, article_id: int, story_id: int, others: Iterable[int], day_from: date, day_to: date,
         score: float) -> int:
    """Put ``article_id`` in story ``story_id`` (its best match), merged with the stories of ``others``, and give
    the story its headline and days from what each of those stories had and the article's own: the earliest titled
    of their headline articles and the article (else the earliest of them), the earliest first day and the latest
    last day; returns the story's id. The largest of the stories keeps its id and its links, the others' links move
    to it (``story_id`` among equals): the hot story of a store is not rewritten each time an article that tells it
    and a small story joins. A few rows however large the stories are (as ``tidy`` would set them: each story's
    headline article is its earliest titled article, else its earliest, and its days span its articles')."""
    ids = sorted(set(others) | {story_id})
    heads = session.execute(select(_STORY.headline_article_id, _STORY.first_day, _STORY.last_day)
                            .where(_STORY.id.in_(ids))).all()
    if len(ids) > 1:
        sizes: dict[int, int] = {i: n for i, n in session.execute(  # counted in the index of links by story
            select(_LINK.story_id, func.count()).where(_LINK.story_id.in_(ids)).group_by(_LINK.story_id))}
        story_id = max(ids, key=lambda i: (sizes.get(i, 0), i == story_id, -i))
    merge(session=session, into=story_id, others=ids)
    link(session=session, article_id=article_id, story_id=story_id, day_from=day_from, day_to=day_to, score=score)
    chosen = {h for h, _first, _last in heads} | {article_id}
    rows = [] if len(heads) != len(ids) or None in chosen else [(a, title, first, last) for a, title, first, last in (
        session.execute(select(_LINK.article_id, _ARTICLE.title, _LINK.day_from, _LINK.day_to)
                        .join_from(m.StoryArticle.__table__, m.Article.__table__, _ARTICLE.id == _LINK.article_id)
                        .where(_LINK.article_id.in_(sorted(cast(set[int], chosen))), _LINK.story_id == story_id)
                        .order_by(_LINK.day_from, _LINK.article_id)))]
    if len(rows) != len(chosen):  # a headline article gone (deleted by hand): read the story whole
        tidy(session=session, story_ids=[story_id])
        return story_id
    headline_article, headline = _headline(session, rows)
    session.execute(update(_STORIES).where(_STORY.id == story_id).values(
        headline=headline, headline_article_id=headline_article, first_day=min([day_from, *(h[1] for h in heads)]),
        last_day=max([day_to, *(h[2] for h in heads)]), updated_at=datetime.utcnow()))
    return story_id


def tidy(*, session: Session, story_ids: Iterable[int | None]) -> None:
    """Drop those of ``story_ids`` left without articles; give the others their headline and days again."""
    ids = sorted({i for i in story_ids if i is not None})
    if not ids:
        return
    members = _members_by_story(session, ids)
    empty = [i for i in ids if i not in members]
    if empty:
        session.execute(delete(_STORIES).where(_STORY.id.in_(empty)))
    for story_id, rows in members.items():
        article_id, headline = _headline(session, rows)
        session.execute(update(_STORIES).where(_STORY.id == story_id).values(
            headline=headline, headline_article_id=article_id, first_day=min(r[2] for r in rows),
            last_day=max(r[3] for r in rows), updated_at=datetime.utcnow()))


def _headline(session: Session, rows: list[tuple[int, str | None, date, date]]) -> tuple[int, str]:
    """(article, headline) of a story: its earliest titled article's title, else its first article's lead."""
    titled = next(((a, t) for a, t, _first, _last in rows if t and t.strip()), None)
    article_id, headline = titled or (rows[0][0], _lead(session, rows[0][0]))
    return article_id, headline.strip()[:HEADLINE_CHARS] or f"#{article_id}"


def _lead(session: Session, article_id: int) -> str:
    """The first passage of an article (the headline of a story none of whose articles has a title)."""
    lead = session.execute(select(m.Passage.text).where(m.Passage.article_id == article_id)
                           .order_by(m.Passage.idx).limit(1)).scalar_one_or_none()
    return lead or ""


def _members_by_story(session: Session, story_ids: list[int]) -> dict[int, list[tuple[int, str | None, date, date]]]:
    """story id -> (article id, title, day_from, day_to), earliest first."""
    out: dict[int, list[tuple[int, str | None, date, date]]] = {}
    rows = session.execute(
        select(_LINK.story_id, _LINK.article_id, _ARTICLE.title, _LINK.day_from, _LINK.day_to)
        .join_from(m.StoryArticle.__table__, m.Article.__table__, _ARTICLE.id == _LINK.article_id)
        .where(_LINK.story_id.in_(story_ids))
        .order_by(_LINK.day_from, _LINK.article_id))
    for story_id, article_id, title, first, last in rows:
        out.setdefault(story_id, []).append((article_id, title, first, last))
    return out


# --------------------------------------------------------------------------- /brief and the digest


@dataclass(frozen=True)
class Window:
    """Which articles are new: stored after a moment, published on or after a day, stored after an
    article id (the digest's watermark), or (none set) every article."""

    stored_after: datetime | None = None
    published_from: date | None = None
    after_id: int | None = None

    def condition(self) -> ColumnElement[bool]:
        """The SQL test of an (articles, story_articles) row."""
        if self.stored_after is not None:
            return m.Article.updated_at > self.stored_after
        if self.published_from is not None:
            return m.StoryArticle.day_to >= self.published_from
        if self.after_id is not None:
            return m.Article.id > self.after_id
        return true()


def recent_stories(*, session: Session, window: Window, limit: int) -> list[int]:
    """Ids of the stories with new articles, the newest first (by its newest new article)."""
    if window == Window():  # every article new: not every story's links grouped, see _newest_stories
        newest = _newest_stories(session, limit)
        if newest is not None:
            return newest
    newest_day, newest_id = func.max(m.StoryArticle.day_to), func.max(m.Article.id)
    rows = session.execute(
        select(m.StoryArticle.story_id)
        .join(m.Article, m.Article.id == m.StoryArticle.article_id)
        .where(window.condition())
        .group_by(m.StoryArticle.story_id).order_by(newest_day.desc(), newest_id.desc()).limit(limit))
    return list(rows.scalars())


WALKED_LINKS = 50  # links read from the newest day back, for each story wanted, before grouping them all instead
FIRST_LINKS = 4  # ... read first (PostgreSQL reads each link from the table: 1,000 links 6-12 ms at 19k articles)


def _newest_stories(session: Session, limit: int) -> list[int] | None:
    """The first ``limit`` stories by (newest day, newest article id), as ``recent_stories`` orders every story
    when every article is new, without grouping every link of the store (the whole ``story_articles`` table an
    ask: 62 ms at 12k articles on SQLite). The links are read from the newest day back until ``limit`` stories
    are named, on day D: the stories whose newest day is D or later are the only ones that can come first, and
    their newest day is among the links of those days; then each one's newest article is read. None when
    fewer stories than ``limit`` are named in the first ``limit * WALKED_LINKS`` links (the caller groups all)."""
    day = None
    for links in sorted({FIRST_LINKS, WALKED_LINKS}):  # a few links a story first, as many as it takes seldom
        walked = session.execute(select(_LINK.story_id, _LINK.day_to).order_by(_LINK.day_to.desc())
                                 .limit(limit * links))
        day = _day_naming([(story_id, on) for story_id, on in walked], limit)
        if day is not None:
            break
    if day is None:
        return None
    newest_day: dict[int, date] = {}
    # the links of those days, by the index of days (grouped in SQL, SQLite scans every link by story instead)
    for story_id, on in session.execute(select(_LINK.story_id, _LINK.day_to).where(_LINK.day_to >= day)):
        newest_day[story_id] = max(on, newest_day.get(story_id, on))
    # each one's newest article, over all its links (SQLite: from the index of story_id, which holds the id)
    newest_id = {story_id: article_id for story_id, article_id in session.execute(
        select(_LINK.story_id, func.max(_LINK.article_id)).where(records.among(session, _LINK.story_id, list(newest_day)))
        .group_by(_LINK.story_id))}
    return sorted(newest_day, key=lambda i: (newest_day[i], newest_id[i]), reverse=True)[:limit]


def _day_naming(links: Sequence[tuple[int, date]], stories: int) -> date | None:
    """The day of the first of ``links`` (story, day) on which ``stories`` stories have been named; None if never."""
    named: set[int] = set()
    for story_id, day in links:
        named.add(story_id)
        if len(named) == stories:
            return day
    return None


@dataclass
class Members:
    """The articles of one story a brief reads, in publication order, each with whether it is new in the
    window; ``new_total`` counts all its new articles, read or not."""

    articles: list[tuple[m.Article, bool]]
    new_total: int = 0


def story_members(*, session: Session, story_ids: Sequence[int], window: Window, most: int) -> dict[int, Members]:
    """story id -> its articles (in publication order, each with whether it is new in ``window``): at most
    ``most`` of them, the new ones first, then the latest of the others."""
    out: dict[int, Members] = {i: Members([]) for i in story_ids}
    if not story_ids:
        return out
    if window == Window():  # every article new: each story's latest, by the index of its links by day
        return _newest_members(session, list(story_ids), most, out)
    is_new = window.condition()
    story = m.StoryArticle.story_id
    ranked = (
        select(story, m.StoryArticle.article_id, m.StoryArticle.day_from, is_new.label("is_new"),
               func.row_number().over(partition_by=story, order_by=(case((is_new, 0), else_=1),
                                                                    m.StoryArticle.day_from.desc(),
                                                                    m.Article.id.desc())).label("rank"),
               func.sum(case((is_new, 1), else_=0)).over(partition_by=story).label("new_total"))
        .join(m.Article, m.Article.id == m.StoryArticle.article_id)
        .where(story.in_(list(story_ids)))).subquery()
    rows = session.execute(
        select(ranked.c.story_id, m.Article, ranked.c.is_new, ranked.c.new_total)
        .join(m.Article, m.Article.id == ranked.c.article_id)
        .where(ranked.c.rank <= most)
        .order_by(ranked.c.day_from, m.Article.id))
    for story_id, article, new, new_total in rows:
        out[story_id].articles.append((article, bool(new)))
        out[story_id].new_total = int(new_total)
    return out


def _newest_members(session: Session, story_ids: list[int], most: int, out: dict[int, Members]) -> dict[int, Members]:
    """``story_members`` with every article new: each story's ``most`` latest links (newest day first, then
    newest id), read from ``ix_story_articles_story_days`` and stopping there, not every link ranked (the
    hot-company story of the bench holds thousands); its count from the same index."""
    newest = [select(_LINK.story_id, _LINK.article_id, _LINK.day_from).where(_LINK.story_id == story_id)
              .order_by(_LINK.day_from.desc(), _LINK.article_id.desc()).limit(most).subquery().select()
              for story_id in sorted(set(story_ids))]
    links = session.execute(union_all(*newest)).all()
    articles = {a.id: a for a in session.execute(
        select(m.Article).where(m.Article.id.in_([article_id for _s, article_id, _d in links]))).scalars()}
    for story_id, article_id, _day in sorted(links, key=lambda r: (r[2], r[1])):
        out[story_id].articles.append((articles[article_id], True))
    totals = session.execute(select(_LINK.story_id, func.count()).where(_LINK.story_id.in_(story_ids))
                             .group_by(_LINK.story_id))
    for story_id, total in totals:
        out[story_id].new_total = int(total)
    return out


def stories_by_id(*, session: Session, story_ids: Iterable[int]) -> dict[int, m.Story]:
    ids = list(set(story_ids))
    if not ids:
        return {}
    return {s.id: s for s in session.execute(select(m.Story).where(m.Story.id.in_(ids))).scalars()}


def dated_events_of(*, session: Session, article_ids: Iterable[int]) -> list[records.Event]:
    """The dated events of these articles that are happenings of their own (not named in passing)."""
    out: list[records.Event] = []
    for chunk in _chunks(article_ids):
        out += records.read(session, records.Event, records.select_records(records.Event)
                            .where(m.Event.article_id.in_(chunk), m.Event.date_year.is_not(None),
                                   m.Event.date_basis != "reference").order_by(m.Event.id))
    return out


def loose_money_of(*, session: Session, article_ids: Iterable[int]) -> list[records.Amount]:
    """Money amounts of these articles stated with no event (an event's figures come with it)."""
    out: list[records.Amount] = []
    for chunk in _chunks(article_ids):
        out += records.read(session, records.Amount, records.select_records(records.Amount)
                            .where(m.Amount.article_id.in_(chunk), m.Amount.kind == "money",
                                   m.Amount.event_id.is_(None)).order_by(m.Amount.id))
    return out
