"""Crash safety: a child process ingesting is SIGKILLed at random moments; the store stays whole.

After each kill: ``PRAGMA integrity_check`` is ok, no row points at a missing parent, every article has
its passages; the final ingest gives the same store as a clean one. ``make test`` kills 5 times on
SQLite; ``make stress`` sets BRIEFING_CRASH_KILLS=50 (and runs PostgreSQL too).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot.app import BriefingApp
from db import counts, queries
from db import models as m
from tests.conftest import REPO, SAMPLES, make_app
from tests.reliability.tally import record

KILLS = int(os.environ.get("BRIEFING_CRASH_KILLS", "5"))
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("BRIEFING_CRASH_POSTGRES") else [])


def _child(url: str) -> subprocess.Popen:  # type: ignore[type-arg]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_"))}
    env["BRIEFING_DATABASE_URL"] = url
    return subprocess.Popen([sys.executable, "-m", "bot", "ingest", str(SAMPLES), "--manifest",
                             str(SAMPLES / "manifest.json")], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _check_whole(app: BriefingApp) -> None:
    with app.store.session() as session:
        if app.store.dialect == "sqlite":
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        articles = set(session.execute(select(m.Article.id)).scalars())
        assert counts.articles(session=session) == len(articles), "the count kept with the articles is off"
        with_passages = set(session.execute(select(m.Passage.article_id).distinct()).scalars())
        assert articles == with_passages, "an article without passages, or passages without an article"
        passages = set(session.execute(select(m.Passage.id)).scalars())
        for model in (m.Mention, m.Role, m.Event, m.Amount, m.Quote):
            assert set(session.execute(select(model.passage_id).distinct()).scalars()) <= passages, model.__name__
        entities = set(session.execute(select(m.Entity.id)).scalars())
        assert set(session.execute(select(m.Mention.entity_id).distinct()).scalars()) <= entities


def _fingerprint(app: BriefingApp) -> tuple[object, ...]:
    with app.store.session() as session:
        articles = sorted(session.execute(select(m.Article.source_key, m.Article.content_hash)).all())
        counts = tuple(session.execute(select(func.count()).select_from(model)).scalar_one()
                       for model in (m.Passage, m.Mention, m.Role, m.Event, m.Amount, m.Quote))
        names = sorted(session.execute(select(m.Entity.name, m.Entity.mention_count)
                                       .where(m.Entity.mention_count > 0)).all())
    timeline = sorted(item.text for item in app.ask("/timeline", limit=500).items)  # ties follow article ids
    return articles, counts, names, timeline


def _new_store(backend: str, path: Path, request: pytest.FixtureRequest) -> BriefingApp:
    if backend == "sqlite":
        return make_app(path)
    from bot.config import load_settings

    return BriefingApp.build(load_settings(database_url=request.getfixturevalue("pg_server").create_database()))


@pytest.mark.parametrize("backend", BACKENDS)
def test_sigkill_during_ingest_leaves_a_whole_store(tmp_path: Path, backend: str, request) -> None:  # type: ignore[no-untyped-def]
    app = _new_store(backend, tmp_path / "crash.db", request)
    rng = random.Random(1302)
    killed = 0
    try:
        for run in range(KILLS):
            if run and rng.random() < 0.7:  # drop some articles so the next child has new ones to write
                with app.store.write() as session:
                    ids = list(session.execute(select(m.Article.id)).scalars())
                    drop = rng.sample(ids, k=rng.randint(0, len(ids)))
                    queries.delete_articles(session=session, article_ids=drop)
            child = _child(app.settings.database_url)
            time.sleep(rng.uniform(1.0, 2.2))  # start-up is about a second; ingest of the samples about one more
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                killed += 1
            child.wait(30)
            _check_whole(app)
        report = app.ingest([str(SAMPLES)], manifest=str(SAMPLES / "manifest.json"))
        assert report.failed == []
        _check_whole(app)
        clean = _new_store(backend, tmp_path / "clean.db", request)
        try:
            clean.ingest([str(SAMPLES)], manifest=str(SAMPLES / "manifest.json"))
            got, want = _fingerprint(app), _fingerprint(clean)
            for part, (a, b) in enumerate(zip(got, want, strict=True)):
                assert a == b, f"part {part}: {set(map(str, a)) ^ set(map(str, b)) if isinstance(a, list) else (a, b)}"
        finally:
            clean.close()
    finally:
        app.close()
    print(f"\ncrash test ({backend}): {KILLS} runs, {killed} killed mid-ingest, {KILLS + 1} store checks ok")
    record(f"crash ({backend})", kills=killed, checks=KILLS + 1)
    assert killed >= KILLS // 2
