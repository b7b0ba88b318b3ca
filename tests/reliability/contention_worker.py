"""Writers and readers on one chat, for the contention test: ``python -m tests.reliability.contention_worker
URL CHAT NAME SECONDS WRITERS READERS``.

Prints "ready" once connected, waits for a line on stdin (so that every process starts together),
runs for SECONDS, then prints one JSON line: the ``Mix`` counts.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import asdict, dataclass, field

from bot.app import BriefingApp
from bot.config import load_settings

# Chat-state writes to the same rows (chat_prefs, follows, digests), in a different order per thread.
WRITES = ("/follow {name}", "/lang id", "/brief", "/digest daily 08:00", "/unfollow {name}", "/lang en",
          "/digest weekly mon 07:30 Asia/Jakarta", "/brief all", "/digest off", "/follow {name}")
READS = ("/who {name}", "/search layoffs", "/sources", "/timeline {name}", "/numbers {name}", "/quotes {name}",
         "/follow")
# Think time between commands: readers are people reading answers (one command every half second
# each is already brisk), so the time a read takes is its waiting, not a CPU queue of 32 threads on a
# shared 2-core machine; writers hammer the same rows with a short pause.
READER_PAUSE = 0.5
WRITER_PAUSE = 0.02


@dataclass
class Mix:
    writes: int = 0
    reads: int = 0
    errors: list[str] = field(default_factory=list)
    max_read_s: float = 0.0
    max_write_s: float = 0.0
    slowest_read: str = ""

    def add(self, other: Mix) -> None:
        self.writes += other.writes
        self.reads += other.reads
        self.errors.extend(other.errors)
        if other.max_read_s > self.max_read_s:
            self.max_read_s, self.slowest_read = other.max_read_s, other.slowest_read
        self.max_write_s = max(self.max_write_s, other.max_write_s)


def _one(app: BriefingApp, command: str, chat: str, mix: Mix, lock: threading.Lock, *, write: bool) -> None:
    started = time.monotonic()
    try:
        answer = app.ask(command, chat_key=chat)
        problem = f"answered error {answer.message}" if answer.status == "error" else None
    except Exception as exc:  # noqa: BLE001 - counted by the test
        problem = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
    took = time.monotonic() - started
    with lock:
        if problem:
            mix.errors.append(f"{command}: {problem}")
        if write:
            mix.writes += 1
            mix.max_write_s = max(mix.max_write_s, took)
        else:
            mix.reads += 1
            if took > mix.max_read_s:
                mix.max_read_s, mix.slowest_read = took, command


def _loop(app: BriefingApp, commands: tuple[str, ...], offset: int, until: float, chat: str, name: str,
          mix: Mix, lock: threading.Lock, *, write: bool) -> None:
    n = offset
    while time.monotonic() < until:
        _one(app, commands[n % len(commands)].format(name=name), chat, mix, lock, write=write)
        n += 1
        time.sleep(WRITER_PAUSE if write else READER_PAUSE)


def run_mix(app: BriefingApp, *, chat: str, name: str, seconds: float, writers: int, readers: int,
            start: threading.Barrier | None = None) -> tuple[Mix, list[threading.Thread]]:
    """Start ``writers`` and ``readers`` threads on one chat for ``seconds`` (after ``start``, when given);
    returns the shared counts and the threads to join."""
    mix, lock = Mix(), threading.Lock()

    def body(offset: int, write: bool) -> None:
        if start is not None:
            start.wait()
        until = time.monotonic() + seconds
        _loop(app, WRITES if write else READS, offset, until, chat, name, mix, lock, write=write)

    threads = [threading.Thread(target=body, args=(i, True)) for i in range(writers)]
    threads += [threading.Thread(target=body, args=(i, False)) for i in range(readers)]
    for thread in threads:
        thread.start()
    return mix, threads


def main() -> None:
    url, chat, name = sys.argv[1], sys.argv[2], sys.argv[3]
    seconds, writers, readers = float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
    app = BriefingApp.build(load_settings(database_url=url), migrate=False)
    app.chat_lang(chat)  # connected
    print("ready", flush=True)
    sys.stdin.readline()
    mix, threads = run_mix(app, chat=chat, name=name, seconds=seconds, writers=writers, readers=readers)
    for thread in threads:
        thread.join()
    app.close()
    print(json.dumps(asdict(mix)))


if __name__ == "__main__":
    main()
