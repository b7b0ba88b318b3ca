"""Engine and sessions. Sessions are opened by the caller: one per command, one per ingested article.

SQLite runs in WAL mode with foreign keys and a busy timeout.  Write sessions start with
``BEGIN IMMEDIATE`` so that a reader never has to upgrade its lock mid-transaction (which is what
makes SQLite answer "database is locked" instead of waiting).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 30_000
# The most connections one process opens: the caller sizes it to the threads that may hold a session at
# once (bot.config.Settings.db_connections), so that a thread never finds the pool dry (it would wait
# ``pool_timeout`` and fail) and the processes of a deployment stay under the server's max_connections.
# No overflow: the pool is the bound. Connections are opened as threads need them, not up front.
# The default is for a store opened on its own (``briefing db upgrade``, tools): a few threads.
DEFAULT_POOL_SIZE = 5


def make_engine(url: str, pool_size: int = DEFAULT_POOL_SIZE) -> Engine:
    """Create an engine for ``url``; for SQLite, create the folder and set the pragmas we rely on."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=0)

    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    pool = {"pool_size": pool_size, "max_overflow": 0} if parsed.database not in (None, "", ":memory:") else {}
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}, **pool
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy emit BEGIN itself (the sqlite3 module's implicit transactions are off).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def _transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def _one_writer(lock: threading.RLock) -> Iterator[None]:
    """Hold this process's SQLite write lock (waiting at most the busy timeout, as SQLite would)."""
    if not lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
        raise TimeoutError(f"no write slot within {BUSY_TIMEOUT_MS / 1000:g}s: another write of this process is stuck")
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _serialised(lock: threading.RLock, factory: sessionmaker[Session]) -> Iterator[Session]:
    with _one_writer(lock), _transaction(factory) as session:
        yield session


class Store:
    """Owns the engine and hands out sessions; built once in the composition root."""

    def __init__(self, url: str, pool_size: int = DEFAULT_POOL_SIZE) -> None:
        self.url = url
        self.engine = make_engine(url, pool_size)
        self.dialect = self.engine.dialect.name
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.dialect == "sqlite" else self.engine
        self._writer = sessionmaker(writer_engine, expire_on_commit=False)
        # SQLite has one write lock per database, and its busy handler waits by sleeping and polling
        # (up to 100 ms a time), which is unfair: under load one writer can lose for many seconds. The
        # threads of one process therefore queue here, on a lock that wakes the next waiter at once,
        # and only one connection per process polls for SQLite's lock. Reentrant: a write may nest.
        self._write_slot = threading.RLock() if self.dialect == "sqlite" else None

    def session(self) -> AbstractContextManager[Session]:
        """A session for answering; commits what the caller wrote (preferences, follows), else nothing."""
        return _transaction(self._reader)

    def write(self) -> AbstractContextManager[Session]:
        """A write transaction (BEGIN IMMEDIATE on SQLite, one thread of the process at a time): all or nothing."""
        if self._write_slot is not None:
            return _serialised(self._write_slot, self._writer)
        return _transaction(self._writer)

    def max_connections(self) -> int:
        """The most connections this store opens at once: its pool, with no overflow."""
        pool = self.engine.pool
        return pool.size() if isinstance(pool, QueuePool) else 1

    def ping(self) -> None:
        """Raise unless the database answers a trivial query (for health checks)."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1")).scalar_one()

    def sqlite_file_bytes(self) -> int:
        """SQLite only: checkpoint the WAL into the database file and return the file's size in bytes."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            return int(pages) * int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())

    def sqlite_space(self) -> list[tuple[str, int]]:
        """SQLite only: (table or index, bytes of its pages), largest first, from the ``dbstat`` table
        (empty where SQLite is built without it); checkpoint first (``sqlite_file_bytes``) to see it all."""
        with self.engine.connect() as conn:
            try:
                rows = conn.exec_driver_sql("SELECT name, SUM(pgsize) AS size FROM dbstat GROUP BY name "
                                            "ORDER BY size DESC, name").all()
            except OperationalError:  # no such table: dbstat
                return []
        return [(str(name), int(size)) for name, size in rows]

    def dispose(self) -> None:
        self.engine.dispose()
