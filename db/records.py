"""Plain, read-only records of stored rows, for the reads that return hundreds of them per answer.

An ORM instance costs about ten times a plain object to build, and every attribute read of it goes
through SQLAlchemy's instrumentation: a timeline that compares 500 events with each other reads their
attributes hundreds of thousands of times (profiled: 70% of ``/timeline``'s clustering time went to
``InstrumentedAttribute.__get__``). These records carry the same attribute names as the models they
mirror (``db.models``), so the answers read them the same way; they are built here, from Core rows,
and never written back. Like ORM instances of one session, two records are equal only when they are
the same object (``eq=False``): each read builds one record per row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Executable,
    Integer,
    Select,
    String,
    any_,
    bindparam,
    func,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session

from db import models as m


@dataclass(slots=True, eq=False)
class Passage:
    id: int
    article_id: int
    idx: int
    text: str
    start: int
    end: int


@dataclass(slots=True, eq=False)
class Article:
    """What a citation needs of an article (the body is read with ``db.queries.article_text``)."""

    id: int
    title: str | None
    publisher: str | None
    url: str | None
    original_url: str | None
    published: str | None
    source_file: str | None
    language: str | None


@dataclass(slots=True, eq=False)
class _DatedFact:
    """A date as resolved, its precision and its phrase (``db.models._DatedFact``)."""

    date_year: int | None
    date_month: int | None
    date_day: int | None
    date_precision: str | None
    date_text: str | None


@dataclass(slots=True, eq=False)
class Event(_DatedFact):
    id: int
    type: str
    text: str
    date_basis: str
    anchor_type: str | None
    article_id: int
    passage_id: int


@dataclass(slots=True, eq=False)
class Amount(_DatedFact):
    id: int
    kind: str
    value: float
    currency: str | None
    unit: str | None
    text: str
    entity_id: int | None
    event_id: int | None
    article_id: int
    passage_id: int


@dataclass(slots=True, eq=False)
class Role(_DatedFact):
    id: int
    person_id: int
    org_id: int | None
    title: str
    former: bool
    article_id: int
    passage_id: int


_MODELS: dict[type, Any] = {Passage: m.Passage, Article: m.Article, Event: m.Event, Amount: m.Amount, Role: m.Role}
R = TypeVar("R", Passage, Article, Event, Amount, Role)


def among(session: Session, column: ColumnElement[Any] | InstrumentedAttribute[Any], ids: Sequence[int]
          ) -> ColumnElement[bool]:
    """``column IN ids`` for a list of integer ids, however long. On PostgreSQL the ids go as one array
    parameter (``column = ANY(:ids)``, the condition PostgreSQL makes of an IN list anyway): an IN list is
    written with one placeholder an id, so its text changes with their number, SQLAlchemy expands it on every
    execution, psycopg parses each new text afresh (it caches queries of at most 50 parameters) and the server
    never prepares it; 450 ids cost 1.5-2.5 ms more than the array on the 1k bench store. SQLite has no arrays:
    the ids go as one JSON text, read by ``json_each`` (``column IN (SELECT value FROM json_each(:ids))``), for the
    same reasons (SQLAlchemy rendering 400 placeholders and binding them cost more than SQLite's read); SQLite
    makes the same ordered set of an IN list and of an IN subquery, and walks the column's index with it."""
    if dialect_of(session) == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))
    listed = json.dumps([int(i) for i in ids])
    return column.in_(select(func.json_each(bindparam(None, listed, type_=String)).table_valued("value").c.value))


IDS = "ids"  # the name of the ids' parameter of a statement built once with ``among_bound``


def among_bound(dialect: str, column: ColumnElement[Any] | InstrumentedAttribute[Any]) -> ColumnElement[bool]:
    """``among``'s condition with the ids left to bind when the statement runs (``bound_ids``, as the parameter
    ``IDS``): the same SQL as ``among``'s, in a statement built once and kept (a read's statement built afresh
    every answer cost ~0.15 ms of building and cache-key work, and left its ``json_each`` for the cyclic collector)."""
    if dialect == "postgresql":
        return column == any_(bindparam(IDS, type_=ARRAY(Integer)))
    return column.in_(select(func.json_each(bindparam(IDS, type_=String)).table_valued("value").c.value))


def bound_ids(session: Session, ids: Sequence[int]) -> dict[str, object]:
    """The parameters of ``among_bound``'s condition for ``ids``, as ``among`` binds them."""
    if dialect_of(session) == "postgresql":
        return {IDS: list(ids)}
    return {IDS: json.dumps([int(i) for i in ids])}


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def rows(session: Session, stmt: Executable, params: Mapping[str, Any] | None = None
         ) -> Sequence[Any]:  # Any: rows are unpacked as each SELECT gives them
    """The rows of a plain ``SELECT`` of columns (no ORM entities), as ``session.execute(stmt)`` gives them, run
    on the session's connection: the same compiled statement and result processing, without the ORM's handling of
    the result (its compile state and row loading: ~1.5 ms more a read of 400 rows, profiled at 2k articles). When
    the session holds changes not yet flushed, ``session.execute`` runs it, flushing them first as it would. ``params``:
    the values of a statement's named bound parameters (a statement built once and kept). All
    the rows are fetched at once (``Result.all()``: one ``fetchall`` of the driver, not one ``fetchone`` a row,
    ~0.3 ms less a read of 1,000 rows at 20k)."""
    if session.new or session.dirty or session.deleted:
        return session.execute(stmt, params).all()
    return session.connection().execute(stmt, params).all()


def columns(record: type[R]) -> list[ColumnElement[Any]]:
    """The columns a record is built from, in its fields' order: the model's attributes, so that an
    event's ``text`` is read as the model reads it (a slice of its passage, ``db.models.passage_slice``)."""
    model = _MODELS[record]
    return [getattr(model, f.name).expression for f in fields(record)]


def select_records(record: type[R]) -> Select[Any]:
    """``SELECT`` of the columns of ``record``'s table that it keeps (add ``where``/``order_by``/``limit``)."""
    return select(*columns(record))


def read(session: Session, record: type[R], stmt: Select[Any]) -> list[R]:
    """The rows of ``stmt`` (built by ``select_records(record)``) as records."""
    return [record(*row) for row in rows(session, stmt)]


def passages_with_articles(session: Session, passage_ids: Iterable[int], *, chunk: int = 500
                           ) -> dict[int, tuple[Passage, Article]]:
    """passage id -> (passage, its article) for ``passage_ids``; passages of one article share its record."""
    wanted: Sequence[int] = sorted(set(passage_ids))
    width = len(fields(Passage))
    out: dict[int, tuple[Passage, Article]] = {}
    articles: dict[int, Article] = {}
    stmt = _passages_with_articles(dialect_of(session))
    for start in range(0, len(wanted), chunk):
        for row in rows(session, stmt, bound_ids(session, wanted[start:start + chunk])):
            passage = Passage(*row[:width])
            article = articles.get(passage.article_id)
            if article is None:
                article = articles[passage.article_id] = Article(*row[width:])
            out[passage.id] = (passage, article)
    return out


@lru_cache(maxsize=4)  # one statement a dialect, built once
def _passages_with_articles(dialect: str) -> Executable:
    return (select(*columns(Passage), *columns(Article)).join_from(m.Passage, m.Article)
            .where(among_bound(dialect, m.Passage.id)))


def read_by_ids(session: Session, record: type[R], ids: Iterable[int], *, chunk: int = 500) -> dict[int, R]:
    """id -> record, for the rows of ``ids`` that exist (one query per ``chunk`` ids)."""
    wanted: Sequence[int] = sorted(set(ids))
    table = _MODELS[record].__table__
    out: dict[int, R] = {}
    for start in range(0, len(wanted), chunk):
        chosen = select_records(record).where(among(session, table.c.id, wanted[start:start + chunk]))
        for item in read(session, record, chosen):
            out[item.id] = item
    return out
