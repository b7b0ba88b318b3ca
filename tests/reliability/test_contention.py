"""Contention: 8 writers and 32 readers, in threads of this process and of child processes, on SQLite
and PostgreSQL, started together.

The writers write one chat's state (/follow, /unfollow, /lang, /brief, /digest: the same rows) and one
of them ingests an article near the size caps over and over; the readers answer /who, /search,
/timeline, ... for the same chat. Zero errors, and no reader waits more than a second: readers never
wait on a writer (SQLite WAL, PostgreSQL MVCC), and no write holds the lock long (extraction runs
before the write transaction). The bound asserted is 2 s, for a loaded CI machine.

``make test`` runs 1.5 s with one child process; ``make stress`` sets BRIEFING_CONTENTION_SECONDS and
BRIEFING_CONTENTION_PROCESSES.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.app import BriefingApp
from db.engine import Store
from tests.conftest import REPO, SAMPLES
from tests.reliability.contention_worker import Mix, run_mix
from tests.reliability.tally import record

# readers' waits are bounded in seconds: measured with no other test beside them (see the Makefile)
pytestmark = pytest.mark.alone

SECONDS = float(os.environ.get("BRIEFING_CONTENTION_SECONDS", "1.5"))
PROCESSES = int(os.environ.get("BRIEFING_CONTENTION_PROCESSES", "1"))
WRITERS, READERS = 8, 32
MAX_READ_WAIT = 2.0  # seconds; the design's bound is 1 s, the margin is for a loaded machine
CHAT = "telegram:777"
NAME = "Lumora"
CAP_CHARS = 20_000  # the article cap for this test: the near-limit article is just under it
PARAGRAPH = ("Lumora Health hired {n} engineers in Jakarta in March 2026, said Rina Wijaya, the chief executive "
             "of Lumora Health, adding that the company raised $12 million from investors.")


def _near_limit_article(folder: Path, variant: int) -> Path:
    paragraphs, size, n = [], 0, 0
    while size + len(PARAGRAPH) + 40 < CAP_CHARS:
        paragraphs.append(PARAGRAPH.format(n=variant * 1000 + n))
        size += len(paragraphs[-1]) + 2
        n += 1
    path = folder / f"near-limit-{variant}.txt"
    path.write_text(f"Lumora grows {variant}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return path


def _children(url: str, writers: int, readers: int) -> list[subprocess.Popen[str]]:
    # A process sizes its pool to the threads that hold sessions (here: its writers and readers).
    env = {**os.environ, "PYTHONPATH": str(REPO), "BRIEFING_DB_POOL_SIZE": str(writers + readers)}
    return [subprocess.Popen([sys.executable, "-m", "tests.reliability.contention_worker", url, CHAT, NAME,
                              str(SECONDS), str(writers), str(readers)], cwd=REPO, env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(PROCESSES)]


def _ingest_while(app: BriefingApp, folder: Path, start: threading.Barrier, mix: Mix) -> threading.Thread:
    """The eighth writer: near-limit articles, one after another, for the whole run (at least one)."""

    def body() -> None:
        start.wait()
        until, variant = time.monotonic() + SECONDS, 0
        while variant == 0 or time.monotonic() < until:
            report = app.ingest([str(_near_limit_article(folder, variant))])
            mix.errors.extend(f"ingest: {label}: {reason}" for label, reason in report.failed)
            mix.writes += 1
            variant += 1

    thread = threading.Thread(target=body)
    thread.start()
    return thread


def _go(children: list[subprocess.Popen[str]]) -> None:
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready", child.stderr
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()


def test_writers_and_readers_on_one_chat_never_fail_or_wait(app: BriefingApp, tmp_path: Path) -> None:
    shares = PROCESSES + 1  # the children and this process share the writers and readers
    writers_here = WRITERS - 1 - (WRITERS // shares) * PROCESSES  # the ingest thread is the other writer here
    readers_here = READERS - (READERS // shares) * PROCESSES
    # This process's store, its pool sized to the threads here, as the chat front ends size theirs.
    settings = app.settings.model_copy(update={"max_article_chars": CAP_CHARS,
                                               "db_pool_size": writers_here + 1 + readers_here})
    capped = BriefingApp(settings=settings, store=Store(settings.database_url, pool_size=settings.db_connections()))
    assert not capped.ingest([str(SAMPLES / "en-01-lumora-layoffs.txt")]).failed
    children = _children(app.settings.database_url, WRITERS // shares, READERS // shares)
    start = threading.Barrier(writers_here + readers_here + 2)  # + the ingest thread + this one
    ingest_mix = Mix()
    ingester = _ingest_while(capped, tmp_path, start, ingest_mix)
    here, threads = run_mix(capped, chat=CHAT, name=NAME, seconds=SECONDS, start=start, writers=writers_here,
                            readers=readers_here)
    _go(children)
    start.wait()
    for thread in [*threads, ingester]:
        thread.join(SECONDS + 120)
    capped.close()
    total = Mix()
    total.add(here)
    total.add(ingest_mix)
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err[-2000:]
        total.add(Mix(**json.loads(out.strip().splitlines()[-1])))
    dialect = app.store.dialect
    print(f"\ncontention ({dialect}): {WRITERS} writers + {READERS} readers in {PROCESSES + 1} processes, "
          f"{SECONDS:g} s: {total.writes} writes, {total.reads} reads, {len(total.errors)} errors, "
          f"slowest read {total.max_read_s:.2f} s ({total.slowest_read}), slowest write {total.max_write_s:.2f} s")
    record(f"contention ({dialect})", checks=total.writes + total.reads, errors=len(total.errors),
           max_wait_s=round(total.max_read_s, 2))
    assert total.errors == []
    assert total.max_read_s <= MAX_READ_WAIT, f"a reader waited {total.max_read_s:.2f} s ({total.slowest_read})"
    assert ingest_mix.writes >= 1 and total.writes > ingest_mix.writes and total.reads >= READERS  # each read once at least
