"""Counts kept with the rows they count, so reading one is one row, not a scan of the table.

The number of stored articles is the ``store_meta`` row ``articles`` (migration 0017): filing an article weighs
names by how rare they are among them, and ``/sources`` shows it. ``db.queries.save_article`` (a new article) and
``delete_articles`` change it in their transaction, just after the store version's row
(``queries.bump_version``): every writer takes the two rows in that order, so two PostgreSQL writers cannot each
hold one and wait for the other. No row reads as none: a new store has none, so it stays empty for ``briefing
import``, and an export carries the row with the articles.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, cast, select
from sqlalchemy.orm import Session

from db import models as m
from db.upsert import dialect_insert

ARTICLES = "articles"
_META = m.StoreMeta.__table__


def articles(*, session: Session) -> int:
    """How many articles are stored (this transaction's own changes included)."""
    value = session.execute(select(_META.c.value).where(_META.c.key == ARTICLES)).scalar_one_or_none()
    return int(value or 0)


def add_articles(*, session: Session, delta: int) -> None:
    """Count ``delta`` more (or, negative, fewer) stored articles; one statement, which two writers can run at
    once (on PostgreSQL the second waits for the first's row and adds to what it wrote)."""
    if not delta:
        return
    stmt = dialect_insert(session, _META).values(key=ARTICLES, value=str(delta))
    added = cast(cast(_META.c.value, Integer) + delta, String(200))
    session.execute(stmt.on_conflict_do_update(index_elements=[_META.c.key], set_={"value": added}))
