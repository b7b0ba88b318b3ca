"""INSERT ... ON CONFLICT for both engines: chat-state writes that can race are upserts, never read-then-write."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def dialect_insert(session: Session, model: Any) -> Any:
    """The INSERT construct of the session's dialect, which has ``on_conflict_do_*``."""
    from sqlalchemy.dialects import postgresql, sqlite

    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(model)
    return sqlite.insert(model)


def insert_ignore(session: Session, model: Any, values: dict[str, Any], keys: list[str]) -> bool:
    """Insert a row unless one with the same ``keys`` exists; True when this call inserted it."""
    # RETURNING rather than rowcount: psycopg reports -1 for INSERT ... ON CONFLICT DO NOTHING.
    first_key = next(iter(model.__table__.primary_key.columns))
    stmt = dialect_insert(session, model).values(**values).on_conflict_do_nothing(index_elements=keys).returning(first_key)
    return session.execute(stmt).first() is not None


def upsert(session: Session, model: Any, values: dict[str, Any], keys: list[str], update: dict[str, Any]) -> None:
    """Insert ``values``, or set ``update`` on the row with the same ``keys``."""
    stmt = dialect_insert(session, model).values(**values).on_conflict_do_update(index_elements=keys, set_=update)
    session.execute(stmt)
