"""The roles a person's /who weighs to know whether someone took their single-seat post, on SQLite and PostgreSQL
(migration 0014): ``answers_queries.seat_titles_of`` and ``current_seat_roles_of`` give, of the first roles of
an organisation that ``roles_of`` reads, the current ones of the wanted titles, the same as reading them all and
keeping those; the index is made and dropped by the migration, and SQLite reads them from it alone."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from bot.answers import who
from bot.app import BriefingApp
from db import answers_queries as reads
from tests.core.migrating import BACKENDS, migrating_app, statements_run
from tests.stories.helpers import ingest_folder
from tests.stories.test_migration import _migrate

REPO = Path(__file__).resolve().parents[2]
FOLDERS = [REPO / "tests/fixtures/tuning", REPO / "tests/fixtures/blind/a"]  # organisations with many roles, some former
LIMITS = [1, 2, 3, 5, 500]


def _orgs(app: BriefingApp) -> list[int]:
    with app.store.session() as session:
        return list(session.execute(text("SELECT DISTINCT org_id FROM roles WHERE org_id IS NOT NULL ORDER BY org_id"))
                    .scalars())


def _first(app: BriefingApp, org_id: int, limit: int) -> list[reads.SeatRole]:
    """The plain read: the first ``limit`` roles of ``org_id``, as ``roles_of`` gives them."""
    with app.store.session() as session:
        rows = reads.roles_of(session=session, entity_id=org_id, as_person=False, limit=limit)
    return [reads.SeatRole(r.id, r.person_id, r.title, r.former, r.article_id) for r, _p, _o in rows]


def _check_reads(app: BriefingApp) -> int:
    """Compare the two reads with the plain one for every organisation and limit; how many roles were compared."""
    orgs, compared = _orgs(app), 0
    for limit in LIMITS:
        with app.store.session() as session:
            titled = reads.seat_titles_of(session=session, org_ids=orgs, limit=limit)
        assert list(titled) == orgs
        first = {org_id: _first(app, org_id, limit) for org_id in orgs}
        for org_id, (_bound, titles) in titled.items():
            assert titles == sorted({r.title for r in first[org_id] if not r.former}), (org_id, limit)
        # every title alone, and every second title of each organisation, asked of all organisations at once
        picks = [{org_id: (bound, titles[k:k + 1]) for org_id, (bound, titles) in titled.items()} for k in range(4)]
        picks.append({org_id: (bound, titles[::2]) for org_id, (bound, titles) in titled.items()})
        for pick in picks:
            with app.store.session() as session:
                got = reads.current_seat_roles_of(session=session, titled=pick)
            want = {org_id: [r for r in first[org_id] if not r.former and r.title in titles]
                    for org_id, (_bound, titles) in pick.items() if titles}
            assert got == want, limit
            compared += sum(map(len, want.values()))
    return compared


def _has_index(engine: Engine) -> bool:
    return "ix_roles_org_posts" in {ix["name"] for ix in inspect(engine).get_indexes("roles")}


def _plan(engine: Engine, org_id: int) -> str:
    with closing(sqlite3.connect(str(engine.url.database))) as conn:
        return " ".join(str(row[-1]) for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT org_id, id, person_id, title, former, article_id FROM roles "
            "WHERE org_id = ? AND id <= 1000 AND former = false AND title IN ('CEO', 'chair')", (org_id,)))


@pytest.mark.parametrize("backend", BACKENDS)
def test_seat_roles_are_the_first_roles_current_and_titled_at_either_revision(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    with migrating_app(backend, tmp_path, request) as app:
        for folder in FOLDERS:
            ingest_folder(app, folder)
        with app.store.session() as session:
            most, former = session.execute(text(
                "SELECT max(n), (SELECT count(*) FROM roles WHERE former = true) FROM "
                "(SELECT count(*) AS n FROM roles WHERE org_id IS NOT NULL GROUP BY org_id) AS counted")).one()
        assert most > max(LIMITS[:-1]) and former  # the bound cuts, and former roles are left out
        assert _has_index(app.store.engine)
        if app.store.dialect == "sqlite":
            assert "COVERING INDEX ix_roles_org_posts" in _plan(app.store.engine, _orgs(app)[0])
        with statements_run(app.store.engine) as said:
            compared = _check_reads(app)
        assert compared > 50
        if app.store.dialect == "postgresql":  # arrays: one text each, whatever the organisations (prepared once)
            assert len({s for s in said if "FROM unnest(" in s}) == 2, said
        _migrate(app, "0013")
        assert not _has_index(app.store.engine)
        assert _check_reads(app) == compared
        _migrate(app, "head")
        assert _has_index(app.store.engine) and _check_reads(app) == compared


def test_no_organisations_and_no_titles_read_nothing(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    with migrating_app("sqlite", tmp_path, request) as app, app.store.session() as session:
        assert reads.seat_titles_of(session=session, org_ids=[]) == {}
        assert reads.current_seat_roles_of(session=session, titled={1: (None, []), 2: (7, [])}) == {}


def test_a_persons_posts_hold_the_roles_the_plain_read_gives(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """``who._seat_holders``, for every organisation and every post its roles name, against the first 500 roles
    of each read whole and kept by post (what /who did before 0014)."""
    with migrating_app("sqlite", tmp_path, request) as app:
        for folder in FOLDERS:
            ingest_folder(app, folder)
        orgs, seats = _orgs(app), {}
        first = {org_id: _first(app, org_id, 500) for org_id in orgs}
        wanted = {(org_id, seat) for org_id in orgs for r in first[org_id]
                  if not r.former and (seat := who._seat_of(r.title, seats)) is not None}
        assert len(wanted) > 10
        with app.store.session() as session:
            ctx = type("Ctx", (), {"session": session})()
            got = who._seat_holders(ctx, orgs, wanted, seats)  # type: ignore[arg-type]
        want = {org_id: [r for r in first[org_id] if not r.former and (org_id, who._seat_of(r.title, seats)) in wanted]
                for org_id in orgs}
        assert {k: v for k, v in got.items() if v} == {k: v for k, v in want.items() if v}
