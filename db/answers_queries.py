"""Reads behind /who, /numbers, /quotes, /sources and /brief, named after what they return.

Each takes ``session`` as a keyword argument and never commits; the answer modules in ``bot/answers``
build no SQL of their own (``db/queries.py`` holds the shared reads and the writes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import fields
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import BindParameter, Executable, Integer, bindparam, literal_column, or_, select, text
from sqlalchemy.orm import Session

from db import counts, queries, records
from db import models as m

# --------------------------------------------------------------------------- /who


def roles_of(*, session: Session, entity_id: int, as_person: bool, limit: int = 500
             ) -> list[tuple[records.Role, str, str | None]]:
    """(role, person name, organisation name or None) of the roles ``entity_id`` holds (``as_person``)
    or that people hold in it (an organisation)."""
    rows = session.execute(_roles(entity_id, as_person, limit)).all()
    return [(records.Role(*row[:-2]), row[-2], row[-1]) for row in rows]


def _roles(entity_id: int | BindParameter[int], as_person: bool, limit: int):  # type: ignore[no-untyped-def]
    """``roles_of``'s statement: the role's columns, then its holder's name and its organisation's."""
    person = m.Entity.__table__.alias("person")
    org = m.Entity.__table__.alias("org")
    column = m.Role.person_id if as_person else m.Role.org_id
    return (select(*records.columns(records.Role), person.c.name.label("person_name"), org.c.name.label("org_name"))
            .join(person, person.c.id == m.Role.person_id)
            .outerjoin(org, org.c.id == m.Role.org_id)
            .where(column == entity_id)
            .order_by(m.Role.id)  # the first by id: what its index gives anyway (and seat_titles_of bounds)
            .limit(limit))


Cited = dict[int, tuple[records.Passage, records.Article]]  # passage id -> (passage, its article)


def roles_with_passages_of(*, session: Session, entity_ids: list[int], as_person: bool, limit: int = 500
                           ) -> tuple[dict[int, list[tuple[records.Role, str, str | None]]], Cited]:
    """What ``roles_of`` gives for each of ``entity_ids`` (entity id -> its rows, in that order) and
    ``passages_with_articles`` of the rows' passages, read in one statement an entity: each role joined with its
    passage and article (by primary key) besides its holder's and organisation's names, not a second read with
    hundreds of passage ids bound."""
    width, tail = len(fields(records.Passage)), len(fields(records.Article))
    own = len(fields(records.Role))
    out: dict[int, list[tuple[records.Role, str, str | None]]] = {}
    refs: Cited = {}
    articles: dict[int, records.Article] = {}
    stmt = _roles_cited(as_person, limit)
    for entity_id in dict.fromkeys(entity_ids):  # an entity named twice is read once
        rows = out[entity_id] = []
        for row in records.rows(session, stmt, {"entity_id": entity_id}):
            role = records.Role(*row[:own])
            rows.append((role, row[own], row[own + 1]))
            if role.passage_id not in refs:
                refs[role.passage_id] = _passage_of(row[own + 2:], width, tail, articles)
    return out, refs


@lru_cache(maxsize=8)  # built once: a build took 0.4 ms, and left its aliases and subquery as cyclic garbage
def _roles_cited(as_person: bool, limit: int):  # type: ignore[no-untyped-def]
    """``roles_of``'s statement, as a subquery (planned as it is alone: joined with passages and articles in one
    statement, PostgreSQL hashed every entity for the organisations' names), each row then joined with its passage
    and article: the same rows in the same order. The entity is bound when it is run (``entity_id``)."""
    first = _roles(bindparam("entity_id", type_=Integer), as_person, limit).subquery()
    return (select(*first.c, *records.columns(records.Passage), *records.columns(records.Article))
            .join_from(first, m.Passage, m.Passage.id == first.c.passage_id)
            .join(m.Article, m.Article.id == m.Passage.article_id)
            .order_by(first.c.id))


class SeatRole(NamedTuple):
    """What /who weighs of a role held in an organisation to know whether someone took the post since."""

    id: int
    person_id: int
    title: str
    former: bool
    article_id: int


def seat_titles_of(*, session: Session, org_ids: list[int], limit: int = 500) -> dict[int, tuple[int | None, list[str]]]:
    """org id -> (the id of its ``limit``-th role by id, None when it has fewer; the titles of its current roles
    among those): the first ``limit`` roles that ``roles_of`` reads, told apart by title without reading them,
    at most ``limit`` entries of the ``ix_roles_org_posts`` index an organisation (0014). Two statements,
    whatever the number of organisations."""
    if not org_ids:
        return {}
    if session.get_bind().dialect.name == "postgresql":
        return _seat_titles_pg(session, org_ids, limit)
    params: dict[str, object] = {"skip": limit - 1}
    last = []
    for i, org_id in enumerate(org_ids):
        params[f"o{i}"] = org_id
        last.append(f"(SELECT id FROM roles WHERE org_id = :o{i} ORDER BY id LIMIT 1 OFFSET :skip)")
    bounds = dict(zip(org_ids, session.execute(text("SELECT " + ", ".join(last)), params).one(), strict=True))
    titles: dict[int, list[str]] = {org_id: [] for org_id in org_ids}
    each = " UNION ALL ".join(f"SELECT DISTINCT org_id, title FROM roles WHERE {_within(i, bounds[org_id], params)}"
                              for i, org_id in enumerate(org_ids))
    for org_id, title in session.execute(text(each), params):
        titles[org_id].append(title)
    return {org_id: (bounds[org_id], sorted(titles[org_id])) for org_id in org_ids}  # sorted here: no collation


def current_seat_roles_of(*, session: Session, titled: dict[int, tuple[int | None, list[str]]]
                          ) -> dict[int, list[SeatRole]]:
    """org id -> its current roles (``former`` false) with one of the given titles, up to the given role id
    (``seat_titles_of``'s bound), by id: of the first roles ``roles_of`` reads, those of the posts in question
    only, in one statement for every organisation."""
    wanted = [(org_id, bound, titles) for org_id, (bound, titles) in titled.items() if titles]
    out: dict[int, list[SeatRole]] = {org_id: [] for org_id, _b, _t in wanted}
    if not wanted:
        return out
    if session.get_bind().dialect.name == "postgresql":
        return _current_seat_roles_pg(session, wanted, out)
    params: dict[str, object] = {}
    posts = []
    for i, (org_id, bound, titles) in enumerate(wanted):
        params[f"o{i}"] = org_id
        params.update({f"t{i}_{j}": title for j, title in enumerate(titles)})
        named = ", ".join(f":t{i}_{j}" for j in range(len(titles)))
        posts.append(f"SELECT org_id, id, person_id, title, former, article_id FROM roles "
                     f"WHERE {_within(i, bound, params)} AND title IN ({named})")
    for org_id, *role in session.execute(text(" UNION ALL ".join(posts) + " ORDER BY 2"), params):
        out[org_id].append(SeatRole(role[0], role[1], role[2], bool(role[3]), role[4]))
    return out


# PostgreSQL: the organisations (and their bounds and titles) go as arrays, so each statement's text is the same
# whatever their number and psycopg prepares it once a connection (an IN list or a UNION ALL of one SELECT an
# organisation changes the text, and the server plans it anew each ask). One row an organisation (LATERAL),
# read from ``ix_roles_org_posts`` as on SQLite; a bound of None reads every role (the largest int4 id).
_SEAT_TITLES_PG = text(
    "SELECT o.org_id, b.id, t.title FROM unnest(CAST(:orgs AS integer[])) AS o(org_id) "
    "LEFT JOIN LATERAL (SELECT id FROM roles WHERE org_id = o.org_id ORDER BY id LIMIT 1 OFFSET :skip) AS b ON true "
    "LEFT JOIN LATERAL (SELECT DISTINCT title FROM roles r WHERE r.org_id = o.org_id "
    "AND r.id <= coalesce(b.id, 2147483647) AND r.former = false) AS t ON true")
_CURRENT_SEAT_ROLES_PG = text(
    "SELECT r.org_id, r.id, r.person_id, r.title, r.former, r.article_id "
    "FROM unnest(CAST(:orgs AS integer[]), CAST(:bounds AS integer[]), CAST(:titles AS text[])) AS w(org_id, bound, title) "
    "JOIN roles r ON r.org_id = w.org_id AND r.id <= coalesce(w.bound, 2147483647) AND r.former = false "
    "AND r.title = w.title ORDER BY r.id")


def _seat_titles_pg(session: Session, org_ids: list[int], limit: int) -> dict[int, tuple[int | None, list[str]]]:
    """``seat_titles_of`` on PostgreSQL: one statement of the same text for any organisations."""
    bounds: dict[int, int | None] = {}
    titles: dict[int, list[str]] = {org_id: [] for org_id in org_ids}
    for org_id, bound, title in session.execute(_SEAT_TITLES_PG, {"orgs": org_ids, "skip": limit - 1}):
        bounds[org_id] = bound
        if title is not None:
            titles[org_id].append(title)
    return {org_id: (bounds[org_id], sorted(titles[org_id])) for org_id in org_ids}


def _current_seat_roles_pg(session: Session, wanted: list[tuple[int, int | None, list[str]]],
                           out: dict[int, list[SeatRole]]) -> dict[int, list[SeatRole]]:
    """``current_seat_roles_of`` on PostgreSQL: one (organisation, bound, title) row of arrays a title."""
    posts = [(org_id, bound, title) for org_id, bound, titles in wanted for title in dict.fromkeys(titles)]
    params = {"orgs": [p[0] for p in posts], "bounds": [p[1] for p in posts], "titles": [p[2] for p in posts]}
    for org_id, *role in session.execute(_CURRENT_SEAT_ROLES_PG, params):
        out[org_id].append(SeatRole(role[0], role[1], role[2], bool(role[3]), role[4]))
    return out


def _within(i: int, bound: int | None, params: dict[str, object]) -> str:
    """SQL for the current roles of organisation ``:o{i}`` up to role id ``bound`` (all of them when it is None),
    its bound added to ``params``. The statements are written out as text, one ``SELECT`` an organisation joined
    by ``UNION ALL``: their shape changes with the number of organisations and titles, so SQLAlchemy would compile
    each anew (which cost more than the reads), and SQLite answers an ``OR`` of organisations by collecting row
    ids from the index and then reading each row from the table."""
    if bound is None:
        return f"org_id = :o{i} AND former = false"
    params[f"b{i}"] = bound
    return f"org_id = :o{i} AND id <= :b{i} AND former = false"


Departure = tuple[int, set[int], tuple[int, int, int], int]


def departures_of(*, session: Session, person_ids: list[int]) -> dict[int, list[Departure]]:
    """person id -> (person id, the organisations the event names, its date as (year, month, day) with 0
    for unknown, its passage) of the dated departures ("resigned", "mundur") whose first-named person it
    is, for ``person_ids`` (grouped by person: /who checks each role against its holder's only)."""
    if not person_ids:
        return {}
    events = _dated_departures(session, person_ids)
    actors: dict[int, list[tuple[int, str]]] = {}
    for event_id, entity_id, kind in records.rows(session, _actor_kinds(records.dialect_of(session)),
                                                  records.bound_ids(session, [e[0] for e in events])):
        actors.setdefault(event_id, []).append((entity_id, kind))
    out: dict[int, list[Departure]] = {}
    for event_id, year, month, day, passage in events:
        person = next((e for e, kind in actors.get(event_id, []) if kind == "person"), None)
        if person is not None and person in person_ids:
            out.setdefault(person, []).append(
                (person, {e for e, k in actors[event_id] if k == "org"}, (year or 0, month or 0, day or 0), passage))
    return out


@lru_cache(maxsize=4)  # built once a dialect, the ids bound when it runs (``records.among_bound``)
def _actor_kinds(dialect: str) -> Executable:
    return (select(m.EventActor.event_id, m.EventActor.entity_id, m.Entity.kind)
            .join(m.Entity, m.Entity.id == m.EventActor.entity_id)
            .where(records.among_bound(dialect, m.EventActor.event_id))
            .order_by(m.EventActor.event_id, m.EventActor.position))


def _dated_departures(session: Session, person_ids: list[int]) -> list[tuple[int, int, int | None, int | None, int]]:
    """(id, year, month, day, passage) of the dated departures, not planned nor pending, that one of ``person_ids``
    acts in."""
    # from the departures (their partial index, 0012: the type is written out for the planner to see that the
    # index holds them; the date tests are made here, so that no other index looks better) to their actors
    # by the primary key, not from every event of the people (``+ 0``: SQLite would otherwise seek each of the
    # people in ix_event_actors_entity_id for every departure)
    rows = records.rows(session, _departures(), {"people": person_ids})
    return [(i, year, month, day, passage) for i, year, month, day, passage, basis, pending in rows
            if year is not None and basis != "planned" and not pending]


@lru_cache(maxsize=1)  # built once, the people bound when it runs (an expanding IN, as ``in_`` of a list renders)
def _departures() -> Executable:
    acted = select(m.EventActor.event_id).where(m.EventActor.event_id == m.Event.id,
                                                (m.EventActor.entity_id + 0).in_(bindparam("people", expanding=True)))
    return (select(m.Event.id, m.Event.date_year, m.Event.date_month, m.Event.date_day, m.Event.passage_id,
                   m.Event.date_basis, m.Event.pending)
            .where(m.Event.type == literal_column("'departure'"), acted.exists()))


def published_of(*, session: Session, article_ids: Iterable[int]) -> dict[int, str | None]:
    """article id -> its publication date as stored (``YYYY[-MM[-DD]]`` or None), for ``article_ids``."""
    ids = sorted(set(article_ids))
    out: dict[int, str | None] = {}
    stmt = _published(records.dialect_of(session))
    for start in range(0, len(ids), 500):
        rows = records.rows(session, stmt, records.bound_ids(session, ids[start:start + 500]))
        out.update({article_id: published for article_id, published in rows})
    return out


@lru_cache(maxsize=4)
def _published(dialect: str) -> Executable:
    return select(m.Article.id, m.Article.published).where(records.among_bound(dialect, m.Article.id))


def mentions_of(*, session: Session, entity_id: int, limit: int) -> list[tuple[int, int, int]]:
    """(passage id, start, end) of the newest ``limit`` mentions of ``entity_id``, newest articles first."""
    rows = session.execute(
        select(m.Mention.passage_id, m.Mention.start, m.Mention.end)
        .where(m.Mention.entity_id == entity_id)
        .order_by(m.Mention.article_id.desc(), m.Mention.passage_id, m.Mention.start)
        .limit(limit)
    ).all()
    return [(pid, start, end) for pid, start, end in rows]


Mentioned = tuple[list[tuple[int, int, int]], dict[int, tuple[records.Passage, records.Article]], Counter[int]]


def mentioned_passages(*, session: Session, entity_ids: list[int], limit: int) -> Mentioned:
    """What ``mentions_of`` (each of ``entity_ids``, in turn), ``passages_with_articles`` of their passages and
    ``fact_weights`` of those give, read in one statement an entity: its newest ``limit`` mentions joined with
    their passages and articles (the passage's weight beside it), not three reads with hundreds of ids bound."""
    width, tail = len(fields(records.Passage)), len(fields(records.Article))
    mentions: list[tuple[int, int, int]] = []
    refs: dict[int, tuple[records.Passage, records.Article]] = {}
    weight: Counter[int] = Counter()
    articles: dict[int, records.Article] = {}
    for entity_id in entity_ids:
        for row in records.rows(session, _mentioned(limit), {"entity_id": entity_id}):
            pid = row[0]
            mentions.append((pid, row[1], row[2]))
            if pid not in refs:
                refs[pid] = _passage_of(row[3:], width, tail, articles)
                if (row[-1] or 0) > 0:
                    weight[pid] = row[-1]
    return mentions, refs, weight


@lru_cache(maxsize=8)  # built once a limit, the entity bound when it runs
def _mentioned(limit: int):  # type: ignore[no-untyped-def]
    return (select(m.Mention.passage_id, m.Mention.start, m.Mention.end, *records.columns(records.Passage),
                   *records.columns(records.Article), m.Passage.fact_weight)
            .join_from(m.Mention, m.Passage, m.Passage.id == m.Mention.passage_id)
            .join(m.Article, m.Article.id == m.Passage.article_id)
            .where(m.Mention.entity_id == bindparam("entity_id", type_=Integer))
            .order_by(m.Mention.article_id.desc(), m.Mention.passage_id, m.Mention.start)
            .limit(limit))


def event_sentences_cited(*, session: Session, entity_ids: list[int], limit: int, refs: Cited) -> list[tuple[int, str]]:
    """What ``queries.event_sentences_of`` gives for each of ``entity_ids`` in turn, each sentence's passage added to
    ``refs`` (passage id -> (passage, its article)): those not in it already are read (``passages_with_articles``),
    and each sentence is then cut from its passage here (``m.sliced``, the value ``m.passage_slice`` gives in SQL),
    not in SQL by a look-up of its passage a row (most are the passages of the name's mentions, read already:
    PostgreSQL took ~1 ms a /who of 20k articles for those look-ups)."""
    rows = [row for entity_id in entity_ids
            for row in records.rows(session, _event_spans(limit), {"entity_id": entity_id})]
    refs.update(records.passages_with_articles(session, [pid for pid, *_cut in rows if pid not in refs]))
    return [(pid, m.sliced(own, start, end, refs[pid][0].text)) for pid, own, start, end in rows]


@lru_cache(maxsize=8)  # built once a limit, the entity bound when it runs
def _event_spans(limit: int):  # type: ignore[no-untyped-def]
    """``queries.event_sentences_of``'s rows and order, each event's stored text and offsets in place of its slice."""
    return (select(m.Event.passage_id, m.Event.own_text, m.Event.text_start, m.Event.text_end)
            .where(m.Event.id.in_(queries.newest_events_of(limit)))
            .order_by(m.Event.article_id.desc(), m.Event.id))


def _passage_of(row, width: int, tail: int, articles: dict[int, records.Article]  # type: ignore[no-untyped-def]
                ) -> tuple[records.Passage, records.Article]:
    passage = records.Passage(*row[:width])
    article = articles.get(passage.article_id)
    if article is None:
        article = articles[passage.article_id] = records.Article(*row[width:width + tail])
    return passage, article


def fact_weights(*, session: Session, passage_ids: list[int]) -> Counter[int]:
    """passage id -> summed weight of the events (3), roles (2), amounts and quotes (1) stored from it
    (``passages.fact_weight``, written with the facts)."""
    weight: Counter[int] = Counter()
    ids = sorted(set(passage_ids))
    for start in range(0, len(ids), 500):
        rows = session.execute(select(m.Passage.id, m.Passage.fact_weight)
                               .where(records.among(session, m.Passage.id, ids[start:start + 500]),
                                      m.Passage.fact_weight > 0))
        weight.update({pid: points for pid, points in rows})
    return weight


def co_mentions(*, session: Session, entity_id: int, mentions: int) -> list[tuple[str, str, int]]:
    """(name, kind, passage id) of the other entities named in the passages of ``entity_id``'s first
    ``mentions`` mentions."""
    rows = records.rows(session, _co_mentioned(mentions), {"entity_id": entity_id})
    return [(name, kind, pid) for name, kind, pid in rows]


@lru_cache(maxsize=8)  # built once a number of mentions, the entity bound (twice) when it runs
def _co_mentioned(mentions: int):  # type: ignore[no-untyped-def]
    entity_id = bindparam("entity_id", type_=Integer)
    passages = (select(m.Mention.passage_id).where(m.Mention.entity_id == entity_id).limit(mentions)
                .scalar_subquery())
    return (select(m.Entity.name, m.Entity.kind, m.Mention.passage_id)
            .join(m.Entity, m.Entity.id == m.Mention.entity_id)
            .where(m.Mention.passage_id.in_(passages), m.Mention.entity_id != entity_id))


# --------------------------------------------------------------------------- /numbers, /quotes


def amounts_about(*, session: Session, entity_id: int, limit: int) -> list[m.Amount]:
    """Amounts about ``entity_id`` or stated with an event it acts in, oldest dated first (undated first)."""
    actor_events = select(m.EventActor.event_id).where(m.EventActor.entity_id == entity_id)
    about = select(m.AmountEntity.amount_id).where(m.AmountEntity.entity_id == entity_id)
    return list(
        session.execute(
            select(m.Amount)
            .where(or_(m.Amount.id.in_(about), m.Amount.event_id.in_(actor_events)))
            .order_by(m.Amount.date_year.asc().nulls_first(), m.Amount.date_month.asc().nulls_first(), m.Amount.id)
            .limit(limit)
        ).scalars()
    )


def quotes_about(*, session: Session, entity_id: int, limit: int) -> list[tuple[m.Quote, str | None]]:
    """(quote, speaker's entity name or None) of what ``entity_id`` said or what was said about it."""
    speaker = m.Entity.__table__.alias("speaker")
    rows = session.execute(
        select(m.Quote, speaker.c.name)
        .outerjoin(speaker, speaker.c.id == m.Quote.speaker_id)
        .where(or_(m.Quote.speaker_id == entity_id, m.Quote.about_id == entity_id))
        .order_by(m.Quote.article_id, m.Quote.id)
        .limit(limit)
    ).all()
    return [(quote, name) for quote, name in rows]


# --------------------------------------------------------------------------- /sources, /brief, /follow


def article_count(*, session: Session) -> int:
    return counts.articles(session=session)


def newest_articles(*, session: Session, limit: int) -> list[m.Article]:
    """The ``limit`` most recently stored articles, highest id first."""
    return list(session.execute(select(m.Article).order_by(m.Article.id.desc()).limit(limit)).scalars())


def role_holders(*, session: Session, limit: int = 5000) -> list[tuple[int, str, str, str | None, str, bool]]:
    """(person id, person name, title, organisation name or None, the sentence's passage, whether told as former) of
    stored roles, for finding who holds a title ("Menteri Komunikasi dan Digital")."""
    person = m.Entity.__table__.alias("person")
    org = m.Entity.__table__.alias("org")
    rows = session.execute(
        select(m.Role.person_id, person.c.name, m.Role.title, org.c.name, m.Passage.text, m.Role.former)
        .join(person, person.c.id == m.Role.person_id)
        .outerjoin(org, org.c.id == m.Role.org_id)
        .join(m.Passage, m.Passage.id == m.Role.passage_id)
        .order_by(m.Role.id.desc())
        .limit(limit)
    ).all()
    return [(pid, name, title, org_name, passage, bool(former)) for pid, name, title, org_name, passage, former in rows]
