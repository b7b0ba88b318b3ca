"""Move a whole store between databases (SQLite <-> PostgreSQL) as JSON lines, nothing lost.

Format (one JSON object per line, keys sorted, UTF-8):

    {"format": "briefing-export", "version": 1, "schema": "<alembic revision>", "tables": [...]}
    {"table": "articles", "row": {"id": 1, "source_key": "...", ...}}
    ...

Tables come in foreign-key order and rows in primary-key order, so exporting the same store twice,
or the same data from SQLite and from PostgreSQL, gives the same bytes. Ids are kept; after an import
PostgreSQL's sequences are moved past the largest id. Full-text indexes are not exported: SQLite's
FTS5 triggers and PostgreSQL's generated ``tsv`` column rebuild them as rows go in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Date, DateTime, Integer, Table, func, select, text

from db.engine import Store
from db.migrate import current_revision
from db.models import Base

FORMAT = "briefing-export"
VERSION = 1
BATCH = 1000


class PortableError(Exception):
    """The file is not an export we can read, or the target store is not empty."""


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    return value


def _order(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def iter_lines(store: Store) -> Iterator[str]:
    """The export, line by line (without newlines)."""
    names = [t.name for t in tables()]
    header = {"format": FORMAT, "version": VERSION, "schema": current_revision(store.engine), "tables": names}
    yield json.dumps(header, sort_keys=True, ensure_ascii=False)
    with store.engine.connect() as conn:
        for table in tables():
            result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*_order(table)))
            for row in result.mappings():
                data = {key: _jsonable(value) for key, value in row.items()}
                yield json.dumps({"table": table.name, "row": data}, sort_keys=True, ensure_ascii=False)


def export_store(store: Store, path: str | Path) -> dict[str, int]:
    """Write the whole store to ``path``; returns the row count per table."""
    counts: dict[str, int] = {t.name: 0 for t in tables()}
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for n, line in enumerate(iter_lines(store)):
            out.write(line + "\n")
            if n:
                counts[json.loads(line)["table"]] += 1
    return counts


def _converters(table: Table) -> dict[str, Any]:
    return {c.name: datetime.fromisoformat if isinstance(c.type, DateTime) else date.fromisoformat
            for c in table.columns if isinstance(c.type, (DateTime, Date))}


def _read_header(stream: IO[str]) -> dict[str, Any]:
    first = stream.readline()
    try:
        header = json.loads(first)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise PortableError("not a briefing export (first line should be its header)")
    if header.get("version") != VERSION:
        raise PortableError(f"export format version {header.get('version')} is not supported (expected {VERSION})")
    return header


def import_store(store: Store, path: str | Path) -> dict[str, int]:
    """Load an export into an empty, migrated store, in one transaction; returns rows per table."""
    by_name = {t.name: t for t in tables()}
    counts: dict[str, int] = {name: 0 for name in by_name}
    with open(path, encoding="utf-8") as stream, store.write() as session:
        header = _read_header(stream)
        here = current_revision(store.engine)
        if header.get("schema") != here:
            raise PortableError(f"export has schema {header.get('schema')}, this store {here}: upgrade the older one first")
        for table in by_name.values():
            if session.execute(select(func.count()).select_from(table)).scalar_one():
                raise PortableError(f"the target store is not empty (table {table.name} has rows)")
        conn = session.connection()
        batch: list[dict[str, Any]] = []
        current: Table | None = None
        convert: dict[str, Any] = {}

        def flush() -> None:
            if batch and current is not None:
                conn.execute(current.insert(), batch)
                counts[current.name] += len(batch)
                batch.clear()

        for number, line in enumerate(stream, start=2):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                table = by_name[record["table"]]
                row = record["row"]
            except (ValueError, KeyError, TypeError) as exc:
                raise PortableError(f"line {number}: not a row of a known table ({exc})") from None
            if table is not current:
                flush()
                current, convert = table, _converters(table)
            for key, fn in convert.items():
                if row.get(key) is not None:
                    row[key] = fn(row[key])
            batch.append(row)
            if len(batch) >= BATCH:
                flush()
        flush()
        if store.dialect == "postgresql":
            _reset_sequences(conn)
    return counts


def _reset_sequences(conn: Any) -> None:
    """Move each serial id sequence past the largest imported id (next insert gets max + 1)."""
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        name, column = table.name, pk[0].name
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', '{column}'), "
            f"COALESCE((SELECT MAX({column}) FROM {name}), 1), (SELECT MAX({column}) FROM {name}) IS NOT NULL)"
        ))
