"""Chat-state writes race-free: many threads and a few processes write the same chat's rows at once.

/lang, /brief (its last-brief marker), /follow and /unfollow on one chat key, all started together, on
SQLite and PostgreSQL: zero errors, and the rows end in a valid state (one preference row, at most one
follow).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

from sqlalchemy import func, select

from bot.app import BriefingApp
from db import models as m
from tests.conftest import REPO, SAMPLES
from tests.reliability.chat_state_worker import COMMANDS, run_rounds
from tests.reliability.tally import record

THREADS = 32
ROUNDS = 1
PROCESSES = 2
CHAT = "telegram:4242"


def test_many_threads_and_processes_write_one_chat_at_once(app: BriefingApp) -> None:
    name = "Lumora"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen([sys.executable, "-m", "tests.reliability.chat_state_worker", app.settings.database_url, CHAT,
                          name, str(ROUNDS)], cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(PROCESSES)
    ]
    report = app.ingest([str(SAMPLES / "en-01-lumora-layoffs.txt")])  # while the processes start
    assert not report.failed, report.failed
    assert app.ask(f"/who {name}").status == "ok"
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready", proc.stderr
    errors: list[str] = []
    answers: list[int] = []
    barrier = threading.Barrier(THREADS + 1)

    def worker() -> None:
        barrier.wait()
        done, failed = run_rounds(app, CHAT, name, ROUNDS)
        answers.append(done)
        errors.extend(failed)

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for t in threads:
        t.start()
    barrier.wait()  # threads and processes go together
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for t in threads:
        t.join(120)
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
        result = json.loads(out.strip().splitlines()[-1])
        answers.append(result["answers"])
        errors.extend(result["errors"])

    per_worker = ROUNDS * len(COMMANDS)
    print(f"\n{app.store.dialect}: {THREADS} threads + {PROCESSES} processes, {sum(answers)} chat-state answers, "
          f"{len(errors)} errors")
    record(f"chat-state race ({app.store.dialect})", checks=sum(answers), errors=len(errors))
    assert errors == []
    assert sum(answers) == (THREADS + PROCESSES) * per_worker
    with app.store.session() as session:
        assert session.execute(select(func.count()).select_from(m.ChatPref)).scalar_one() == 1
        assert session.execute(select(func.count()).select_from(m.Follow)).scalar_one() <= 1
        assert app.chat_lang(CHAT) in ("en", "id")


def test_upserts_keep_one_row_and_report_the_first_write(app: BriefingApp) -> None:
    from datetime import datetime

    from db import chats, queries

    assert [app.claim_update("telegram:update:1") for _ in range(3)] == [True, False, False]
    with app.store.write() as session:
        chats.set_chat_lang(session=session, chat_key=CHAT, lang="id")
        chats.mark_briefed(session=session, chat_key=CHAT, when=datetime(2026, 3, 1, 12, 0))
        chats.set_chat_lang(session=session, chat_key=CHAT, lang="en")
        queries.set_meta(session=session, key="job:x", value="1")
        queries.set_meta(session=session, key="job:x", value="2")
    with app.store.session() as session:
        pref = chats.chat_pref(session=session, chat_key=CHAT)
        assert pref is not None and (pref.lang, pref.last_brief_at) == ("en", datetime(2026, 3, 1, 12, 0))
        assert queries.get_meta(session=session, key="job:x") == "2"
