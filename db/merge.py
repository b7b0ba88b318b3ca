"""Merging two stored entities into one, when an article names both as one (``db.queries._EntityResolver``).

Every row that points at the entity merged away is pointed at the one kept, in the caller's transaction, on
SQLite and PostgreSQL. The tables doing so are read from the models (every foreign key to ``entities.id``), so
a table added later is merged too; a row that would then repeat one of the kept entity's in a primary key or
unique constraint (both actors of one event, both followed by one chat) is dropped instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import cast

from sqlalchemy import Column, Table, UniqueConstraint, delete, exists, func, select, update
from sqlalchemy.orm import Session

from db import models as m

_ENTITIES = cast(Table, m.Entity.__table__)
_MENTIONS = cast(Table, m.Mention.__table__)
_ACTORS = cast(Table, m.EventActor.__table__)


@dataclass(frozen=True)
class _Reference:
    """A column holding entity ids, with the other columns of each unique key it is part of."""

    table: Table
    column: Column[int]
    keys: tuple[tuple[str, ...], ...]


def _unique_keys(table: Table) -> list[set[str]]:
    """The column names of the table's primary key, unique constraints and unique indexes."""
    keys = [{c.name for c in table.primary_key.columns}]
    keys += [{c.name for c in constraint.columns} for constraint in table.constraints
             if isinstance(constraint, UniqueConstraint)]
    keys += [{c.name for c in index.columns} for index in table.indexes if index.unique]
    return keys


@cache
def references() -> tuple[_Reference, ...]:
    """Every column that references ``entities.id`` (read from the models once)."""
    out = []
    for table in m.Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is _ENTITIES:
                column = fk.parent
                keys = tuple(tuple(sorted(key - {column.name})) for key in _unique_keys(table) if column.name in key)
                out.append(_Reference(table, column, keys))
    return tuple(out)


def merge_entity(*, session: Session, keep: int, gone: int) -> None:
    """Point every reference to entity ``gone`` at ``keep``, then delete ``gone`` and recount ``keep``'s
    mentions. The caller has flushed its own changes to both and forgets its ORM object of ``gone``."""
    _keep_first_position(session, keep, gone)
    for reference in references():
        _repoint(session, reference, keep, gone)
    session.execute(delete(_ENTITIES).where(_ENTITIES.c.id == gone))
    recount(session=session, entity_ids=[keep])


def _keep_first_position(session: Session, keep: int, gone: int) -> None:
    """Where both are actors of one event, the row kept takes the first of their places (0 is the event's
    main actor, which undated timelines read)."""
    twin = _ACTORS.alias("twin")
    first = (select(func.min(twin.c.position)).where(twin.c.event_id == _ACTORS.c.event_id,
                                                      twin.c.entity_id.in_([keep, gone])).scalar_subquery())
    both = select(twin.c.event_id).where(twin.c.entity_id == gone)
    session.execute(update(_ACTORS).where(_ACTORS.c.entity_id == keep, _ACTORS.c.event_id.in_(both))
                    .values(position=first))


def _repoint(session: Session, reference: _Reference, keep: int, gone: int) -> None:
    """Drop the rows of ``gone`` that would repeat a row of ``keep`` in a unique key, then point the rest at ``keep``."""
    table, column = reference.table, reference.column
    for others in reference.keys:
        twin = table.alias("twin")
        same = [twin.c[name] == table.c[name] for name in others]
        session.execute(delete(table).where(column == gone, exists().where(twin.c[column.name] == keep, *same)))
    session.execute(update(table).where(column == gone).values({column.name: keep}))


def recount(*, session: Session, entity_ids: Iterable[int]) -> None:
    """Set the entities' ``mention_count`` and ``article_count`` from their mentions (as migration 0006 did):
    after a merge, an article that named both counts once."""
    ids = sorted(set(entity_ids))
    if not ids:
        return
    mine = _MENTIONS.c.entity_id == _ENTITIES.c.id
    session.execute(update(_ENTITIES).where(_ENTITIES.c.id.in_(ids)).values(
        mention_count=select(func.count()).where(mine).scalar_subquery(),
        article_count=select(func.count(func.distinct(_MENTIONS.c.article_id))).where(mine).scalar_subquery(),
    ))
