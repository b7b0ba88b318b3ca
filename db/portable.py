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
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from itertools import groupby, islice
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Date, DateTime, Integer, Table, func, select, text
from sqlalchemy.orm import Session

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
    with open(path, encoding="utf-8") as stream, store.write() as session:
        _check_schema(_read_header(stream), current_revision(store.engine))
        _check_empty(session, by_name.values())
        conn = session.connection()
        counts = _insert_rows(conn, _converted(_records(stream, by_name)), dict.fromkeys(by_name, 0))
        if store.dialect == "postgresql":
            _reset_sequences(conn)
    return counts


def _check_schema(header: dict[str, Any], here: str | None) -> None:
    if header.get("schema") != here:
        raise PortableError(f"export has schema {header.get('schema')}, this store {here}: upgrade the older one first")


def _check_empty(session: Session, tables: Iterable[Table]) -> None:
    for table in tables:
        if session.execute(select(func.count()).select_from(table)).scalar_one():
            raise PortableError(f"the target store is not empty (table {table.name} has rows)")


def _records(stream: IO[str], by_name: dict[str, Table]) -> Iterator[tuple[Table, dict[str, Any]]]:
    """The (table, row) of each line after the header, as exported; blank lines are skipped."""
    for number, line in enumerate(stream, start=2):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            table, row = by_name[record["table"]], record["row"]
        except (ValueError, KeyError, TypeError) as exc:
            raise PortableError(f"line {number}: not a row of a known table ({exc})") from None
        yield table, row


def _converted(records: Iterable[tuple[Table, dict[str, Any]]]) -> Iterator[tuple[Table, dict[str, Any]]]:
    """The records with their date and datetime columns parsed back from ISO text."""
    converters: dict[str, dict[str, Any]] = {}
    for table, row in records:
        convert = converters.get(table.name)
        if convert is None:
            convert = converters[table.name] = _converters(table)
        for key, fn in convert.items():
            if row.get(key) is not None:
                row[key] = fn(row[key])
        yield table, row


def _insert_rows(conn: Connection, records: Iterable[tuple[Table, dict[str, Any]]],
                 counts: dict[str, int]) -> dict[str, int]:
    """Insert each run of one table's rows, BATCH rows a statement; ``counts`` gets the rows per table."""
    for table, run in groupby(records, key=itemgetter(0)):
        rows = (row for _, row in run)
        while batch := list(islice(rows, BATCH)):  # read as they are inserted: a table may not fit in memory
            conn.execute(table.insert(), batch)
            counts[table.name] += len(batch)
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
