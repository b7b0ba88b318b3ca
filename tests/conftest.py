"""Shared fixtures: real stores migrated by Alembic (SQLite files and PostgreSQL databases), the seeds.

A new SQLite store is a copy of one migrated once per process (``migrated_sqlite``).

``app`` and ``seeded_app`` run every test on both backends. The PostgreSQL server comes from
``BRIEFING_TEST_PG_URL`` (default: postgres@127.0.0.1:5432); each test run creates its own databases
(``briefing_test_<pid>_<random>``) and drops them at the end. Without a server the PostgreSQL cases
skip, except under ``CI`` where they fail. ``BRIEFING_TEST_BACKENDS=sqlite`` runs SQLite only;
``sqlite_app`` / ``sqlite_seeded_app`` are for suites that test a front end, not the store.
"""

from __future__ import annotations

import atexit
import os
import secrets
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from bot.app import BriefingApp
from bot.config import load_settings

# Property tests: the "test" profile runs each test's own count (a few hundred, for ``make test``);
# BRIEFING_HYPOTHESIS_PROFILE=stress (``make stress``) runs 10,000 examples of each. Tests pass their
# count through ``tests.properties.examples``.
settings.register_profile("test", deadline=None, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("stress", parent=settings.get_profile("test"), max_examples=10_000)
settings.load_profile(os.environ.get("BRIEFING_HYPOTHESIS_PROFILE", "test"))

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
SAMPLES = REPO / "samples"

_WANTED = {b.strip() for b in os.environ.get("BRIEFING_TEST_BACKENDS", "sqlite,postgresql").split(",") if b.strip()}
BACKENDS = [
    pytest.param(name, marks=[pytest.mark.postgres] if name == "postgresql" else [], id=name)
    for name in ("sqlite", "postgresql")
    if name in _WANTED
]


def require_seeds() -> Path:
    """The seed folder; a loud failure under CI when ../shared is missing, a skip elsewhere."""
    if not (SEEDS / "manifest.json").exists():
        if os.environ.get("CI"):
            pytest.fail(f"seed articles missing: expected {SEEDS} (../shared/seeds beside the checkout)")
        pytest.skip("../shared/seeds not present")
    return SEEDS


@pytest.fixture
def seeds_dir() -> Path:
    return require_seeds()


_template_dir: Path | None = None


def _sqlite_template() -> Path:
    """An empty SQLite store migrated by Alembic to head, built once per process (per xdist worker)."""
    global _template_dir
    if _template_dir is None:
        folder = Path(tempfile.mkdtemp(prefix="briefing-template-"))
        atexit.register(shutil.rmtree, folder, True)
        BriefingApp.build(load_settings(database_url=f"sqlite:///{folder / 'template.db'}")).close()
        _template_dir = folder
    return _template_dir / "template.db"


def migrated_sqlite(db_path: Path) -> str:
    """The URL of a new SQLite store at ``db_path``: a copy of the migrated template.

    Migrating a fresh file runs all of Alembic's revisions (~0.25 s a store); a copy of a file Alembic
    migrated once in this process has the same schema, journal mode and alembic_version row, and
    ``BriefingApp.build`` then finds it at head (~0.05 s in all). The template's engine was disposed, so
    its WAL is checkpointed into the main file; a leftover -wal file is copied too. An existing
    ``db_path`` is left alone (a test reopening its own store). The migrations themselves are tested
    on fresh files and databases (tests/core/test_migration_*.py, tests/test_postgres.py)."""
    if not db_path.exists():
        template = _sqlite_template()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, db_path)
        wal = template.with_name(template.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, db_path.with_name(db_path.name + "-wal"))
    return f"sqlite:///{db_path}"


def make_app(db_path: Path, **settings: object) -> BriefingApp:
    """A BriefingApp on a fresh SQLite file, migrated by Alembic (a copy of the migrated template)."""
    return BriefingApp.build(load_settings(database_url=migrated_sqlite(db_path), **settings))


# --------------------------------------------------------------------------- PostgreSQL per test run


# at most this many databases dropped at once: two xdist workers' drops stay well under max_connections (100)
_DROPPERS = 24


class PgServer:
    """Creates ``briefing_test_<pid>_<random>`` databases on one server and drops them all at the end."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.created: list[str] = []

    @classmethod
    def from_env(cls) -> PgServer:
        return cls(os.environ.get("BRIEFING_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))

    def _admin(self, **options: Any):  # type: ignore[no-untyped-def]
        return create_engine(self.admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}, **options)

    def unreachable(self) -> str | None:
        """None when the server answers, else the reason."""
        engine = self._admin()
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # noqa: BLE001 - any failure means "no server"
            return str(exc).strip().splitlines()[0]
        finally:
            engine.dispose()
        return None

    def create_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        name = f"briefing_test_{os.getpid()}_{secrets.token_hex(4)}"
        engine = self._admin()
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        self.created.append(name)
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        """Drop every database of this run, all at once. On PostgreSQL 15 each DROP DATABASE waits for a
        checkpoint of its own request; drops waiting together are served by one checkpoint, so one thread per
        database (a run makes ~30) waits for two or three checkpoints where eight threads waited for one per
        round (24 databases of ~10 MB: 18.6-19.1 s with 8 threads, 9.6-10.4 s with 24)."""
        from concurrent.futures import ThreadPoolExecutor

        engine = self._admin(poolclass=NullPool)  # a connection per thread, not the pool's 15 at most

        def drop(name: str) -> None:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

        with ThreadPoolExecutor(max_workers=max(1, min(len(self.created), _DROPPERS))) as pool:
            list(pool.map(drop, self.created))
        engine.dispose()
        self.created.clear()


def truncate_all(url: str) -> None:
    """Empty every table of a migrated PostgreSQL database (ids restart at 1): a clean store, cheaply."""
    engine = create_engine(url)
    with engine.begin() as conn:
        tables = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'alembic_version'")
        ).scalars().all()
        if tables:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """The PostgreSQL server for this run; databases it creates are dropped at the end."""
    server = PgServer.from_env()
    problem = server.unreachable()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is unreachable under CI: {problem}")
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    yield server
    server.drop_all()


@pytest.fixture(scope="session")
def pg_app_url(pg_server: PgServer) -> str:
    """One migrated database shared by the function-scoped ``app`` fixture (truncated per test)."""
    url = pg_server.create_database()
    BriefingApp.build(load_settings(database_url=url)).close()
    return url


def _seed(application: BriefingApp) -> BriefingApp:
    seeds = require_seeds()
    report = application.ingest([str(seeds)], manifest=str(seeds / "manifest.json"))
    assert not report.failed, report.failed
    return application


@pytest.fixture(params=BACKENDS)
def app(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An empty migrated store, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        application = make_app(tmp_path / "briefing.db")
    else:
        url = request.getfixturevalue("pg_app_url")
        truncate_all(url)
        application = BriefingApp.build(load_settings(database_url=url))
    yield application
    application.close()


@pytest.fixture
def sqlite_app(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An empty SQLite store, for tests about a front end rather than the store."""
    application = make_app(tmp_path / "briefing.db")
    yield application
    application.close()


@pytest.fixture(scope="session", params=BACKENDS)
def seeded_app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One store with the five seed articles ingested with their manifest (read-only for tests)."""
    require_seeds()
    if request.param == "sqlite":
        application = make_app(tmp_path_factory.mktemp("seeded") / "briefing.db")
    else:
        url = request.getfixturevalue("pg_server").create_database()
        application = BriefingApp.build(load_settings(database_url=url))
    yield _seed(application)
    application.close()


@pytest.fixture(scope="session")
def sqlite_seeded_app(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seeds in a SQLite store only."""
    require_seeds()
    application = make_app(tmp_path_factory.mktemp("seeded-sqlite") / "briefing.db")
    yield _seed(application)
    application.close()


# --------------------------------------------------------------------------- figures a run prints

_SHOWN = "briefing-shown"
_shown: list[tuple[str, str]] = []


@pytest.fixture
def show(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """``show(text)`` prints figures (score tables) so that every run shows them: at once when the tests
    run in this process, at the end of the run under pytest-xdist, whose workers' output is not shown
    (the text travels to the controller with the test's report)."""

    def show_(text: str) -> None:
        if os.environ.get("PYTEST_XDIST_WORKER"):
            request.node.user_properties.append((_SHOWN, text))
        else:
            with capsys.disabled():
                print(text)

    return show_


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        _shown.extend((report.nodeid, text) for key, text in report.user_properties if key == _SHOWN)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _shown:
        terminalreporter.section("figures")
        for _nodeid, text in sorted(_shown, key=lambda shown: shown[0]):  # by test, each test's in order
            terminalreporter.write_line(text)

