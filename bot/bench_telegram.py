"""`briefing bench-telegram`: commands/s through the real Telegram front end, on the seed articles.

The real python-telegram-bot ``Application`` of ``bot.adapters.telegram`` polls a fake Bot API
(``bot.fakebotapi``) that runs in a process of its own on 127.0.0.1, so its work does not share the bot's
process. Two runs, each enqueued at once and played three times: N commands from N chats, then N/10 chats
sending 10 commands each (interleaved at random, each chat's own order kept). For each: commands/s from
the first update handed out to the last reply received (the median play, and the range: on a shared
machine it varies), latency from an update handed out to its ``sendMessage`` received, the bot process's
CPU per command (what load from elsewhere does not change), replies out of their chat's order (must be 0),
replies that differ from the answer asked directly. Beside them, the fake server's ceiling: as many bare
``sendMessage`` requests.

Chats are groups, so every reply quotes its command (``reply_parameters``) and says which it answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bot.app import BriefingApp
from bot.bench import percentiles
from bot.config import load_settings
from bot.fakebotapi import TOKEN, message_update, user
from bot.render.telegram_html import MAX_UNITS, render_pages

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
COMMANDS = ("/who", "/timeline", "/search", "/numbers")
SEARCH_WORDS = ("investasi", "layoffs", "miliar", "data labeling")


@dataclass
class Command:
    chat_id: int
    message_id: int
    update_id: int
    line: str


@dataclass
class Outcome:
    """One run: what was sent, what came back."""

    label: str
    sent: list[Command]
    replies: list[dict[str, Any]] = field(default_factory=list)  # sendMessage calls, as the server got them
    delivered: dict[int, float] = field(default_factory=dict)  # update_id -> handed out by getUpdates
    cpu_seconds: float = 0.0  # the bot's process, all threads, while the run was played

    def command_of(self, reply: dict[str, Any]) -> Command | None:
        quoted = (reply["params"].get("reply_parameters") or {}).get("message_id")
        return self._by_message.get(int(quoted)) if quoted is not None else None

    def __post_init__(self) -> None:
        self._by_message = {c.message_id: c for c in self.sent}

    def seconds(self) -> float:
        start = min(self.delivered[c.update_id] for c in self.sent)
        return max(r["at"] for r in self.replies) - start

    def latencies(self) -> list[float]:
        out = []
        for reply in self.replies:
            command = self.command_of(reply)
            if command is not None:
                out.append(reply["at"] - self.delivered[command.update_id])
        return out

    def order_violations(self) -> int:
        """Replies that came after the reply to a later command of the same chat."""
        latest: dict[int, int] = {}
        violations = 0
        for reply in self.replies:
            command = self.command_of(reply)
            if command is None:
                continue
            if command.message_id < latest.get(command.chat_id, 0):
                violations += 1
            latest[command.chat_id] = max(latest.get(command.chat_id, 0), command.message_id)
        return violations

    def wrong(self, app: BriefingApp) -> int:
        """Replies that are not the first page of the answer asked directly (or answer no command)."""
        wrong = 0
        for reply in self.replies:
            command = self.command_of(reply)
            if command is None:
                wrong += 1
                continue
            answer = app.ask(command.line, lang="en", chat_key=f"telegram:{command.chat_id}")
            wrong += reply["params"].get("text") != render_pages(answer, lang=answer.lang, max_units=MAX_UNITS)[0]
        return wrong

    def rate(self) -> float:
        return len(self.replies) / self.seconds()


def report(label: str, outcomes: list[Outcome], app: BriefingApp) -> str:
    """One line for the repeats of a run: the median commands/s (and the range), the median run's latency,
    the bot's CPU per command, and order violations and wrong replies over every repeat."""
    ranked = sorted(outcomes, key=Outcome.rate)
    median = ranked[len(ranked) // 2]
    p50, p95, _ = percentiles(median.latencies())
    replies = sum(len(o.replies) for o in outcomes)
    cpu = 1000 * sum(o.cpu_seconds for o in outcomes) / replies
    return (f"{label} ({len(outcomes)} runs): {median.rate():.0f} commands/s median ({ranked[0].rate():.0f}-"
            f"{ranked[-1].rate():.0f}); latency p50 {p50:.0f} ms, p95 {p95:.0f} ms; bot CPU {cpu:.1f} ms/command; "
            f"order violations {sum(o.order_violations() for o in outcomes)}; "
            f"wrong replies {sum(o.wrong(app) for o in outcomes)}")


class Script:
    """Deterministic commands on the store's most mentioned names; ids never repeat across runs."""

    def __init__(self, names: list[str], seed: int) -> None:
        self.names = names
        self.rng = random.Random(seed)
        self.next_id = 1
        self.next_chat = 1

    def line(self) -> str:
        command = self.rng.choice(COMMANDS)
        if command == "/search" and self.rng.random() < 0.5:
            return f"/search {self.rng.choice(SEARCH_WORDS)}"
        return f"{command} {self.rng.choice(self.names)}"

    def run(self, chats: int, per_chat: int) -> list[Command]:
        """``chats`` new chats, each sending ``per_chat`` commands; interleaved at random, each chat in order."""
        queues: list[list[Command]] = []
        for _ in range(chats):
            chat_id = -(1000 + self.next_chat)
            self.next_chat += 1
            queues.append([self._command(chat_id) for _ in range(per_chat)])
        out: list[Command] = []
        while queues:
            queue = self.rng.choice(queues)
            command = queue.pop(0)
            command.update_id = self._new_id()  # Telegram numbers updates in the order it hands them out
            out.append(command)
            if not queue:
                queues.remove(queue)
        return out

    def _command(self, chat_id: int) -> Command:
        return Command(chat_id, message_id=self._new_id(), update_id=0, line=self.line())

    def _new_id(self) -> int:
        self.next_id += 1
        return self.next_id


def update_of(command: Command) -> dict[str, Any]:
    return message_update(command.update_id, command.line, chat_id=command.chat_id, chat_type="group",
                          from_user=user(-command.chat_id), message_id=command.message_id)


@contextlib.contextmanager
def fake_server_process() -> Iterator[str]:
    """``python -m bot.fakebotapi`` in a process of its own; yields its base URL (``http://127.0.0.1:PORT``)."""
    here = str(Path(__file__).resolve().parents[1])  # the child imports this checkout's bot package
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p)}
    proc = subprocess.Popen([sys.executable, "-m", "bot.fakebotapi"], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        port = proc.stdout.readline().strip()
        if not port.isdigit():
            raise RuntimeError("the fake Bot API did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


async def play(control: httpx.AsyncClient, label: str, sent: list[Command]) -> Outcome:
    """Enqueue every command at once, wait for as many replies."""
    await control.post("/fake/reset")
    cpu = time.process_time()
    await control.post("/fake/enqueue", json=[update_of(c) for c in sent])
    response = await control.get("/fake/wait", params={"method": "sendMessage", "count": len(sent), "timeout": 300},
                                 timeout=310)
    cpu = time.process_time() - cpu
    data = response.json()
    if not data.get("ok"):
        raise RuntimeError(f"{label}: {data.get('error')}")
    return Outcome(label, sent, data["calls"], {int(k): v for k, v in data["delivered"].items()}, cpu)


async def ceiling(base: str, requests: int, at_once: int, client: str) -> float:
    """Bare ``sendMessage`` requests per second the fake server answers, ``at_once`` in flight, from
    ``client`` ("aiohttp" or "httpx", PTB's default transport, which costs more on the client side)."""
    import aiohttp

    gate = asyncio.Semaphore(at_once)
    url = f"{base}/bot{TOKEN}/sendMessage"
    form = {"chat_id": "-1", "text": "x" * 400}  # about a short answer's HTML

    async with httpx.AsyncClient() as httpx_client, aiohttp.ClientSession() as aiohttp_client:
        async def one() -> None:
            async with gate:
                if client == "httpx":
                    (await httpx_client.post(url, data=form)).raise_for_status()
                    return
                async with aiohttp_client.post(url, data=form) as response:
                    response.raise_for_status()
                    await response.read()

        await one()  # the connection
        t0 = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(requests)))
        took = time.perf_counter() - t0
        await httpx_client.post(f"{base}/fake/reset")
    return requests / took


async def ceilings(base: str, requests: int, at_once: int) -> str:
    rates = {(client, n): await ceiling(base, requests, n, client) for client in ("aiohttp", "httpx") for n in (1, at_once)}
    return (f"fake server ceiling, {requests} bare sendMessage requests, requests/s: aiohttp "
            f"{rates['aiohttp', 1]:.0f} one at a time, {rates['aiohttp', at_once]:.0f} {at_once} at a time; "
            f"httpx {rates['httpx', 1]:.0f}, {rates['httpx', at_once]:.0f}")


def asked_directly(app: BriefingApp, sent: list[Command]) -> str:
    """The bare operation: the same kind of commands through ``BriefingApp.ask`` and the renderer, one at a
    time in this process, no Telegram: what the front end's figures are to be set beside."""
    wall, cpu = time.perf_counter(), time.process_time()
    for command in sent:
        answer = app.ask(command.line, lang="en", chat_key=f"telegram:{command.chat_id}")
        render_pages(answer, lang=answer.lang, max_units=MAX_UNITS)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return (f"the same commands asked directly (BriefingApp.ask + render, one at a time, no Telegram): "
            f"{len(sent) / wall:.0f} commands/s, CPU {1000 * cpu / len(sent):.1f} ms/command")


async def drive(app: BriefingApp, base: str, names: list[str], commands: int, repeat: int) -> list[str]:
    """Start the real Application against the fake, play the warm-up and both runs ``repeat`` times, stop it."""
    from bot.adapters.telegram import start_telegram

    settings = app.settings
    lines = [await ceilings(base, commands, settings.worker_threads)]
    script = Script(names, seed=11)
    asked_directly(app, script.run(16, 1))  # warm-up
    lines.append(asked_directly(app, script.run(commands, 1)))
    runner = await start_telegram(app, settings, poll_timeout=1)
    try:
        async with httpx.AsyncClient(base_url=base) as control:
            await play(control, "warm-up", script.run(16, 1))
            chats = max(1, commands // 10)
            for label, shape in ((f"{commands} chats x 1 command", (commands, 1)), (f"{chats} chats x 10 commands", (chats, 10))):
                outcomes = [await play(control, label, script.run(*shape)) for _ in range(repeat)]
                lines.append(report(label, outcomes, app))
    finally:
        await runner.stop()
    return lines


def most_mentioned(app: BriefingApp, count: int = 8) -> list[str]:
    from bot.answers.matching import name_index

    with app.store.session() as session:
        index = name_index(session)
        ranked = sorted(index.entities.values(), key=lambda e: (-e.mentions, e.name))
    return [e.name for e in ranked[:count]]


def run_telegram_bench(*, commands: int = 200, seeds: Path = SEEDS, workers: int | None = None, repeat: int = 3) -> str:
    """Build a store of the seed articles, run the bot against a fake Bot API, report (see the module doc)."""
    if not (seeds / "manifest.json").exists():
        raise FileNotFoundError(f"no seed articles at {seeds} (../shared/seeds beside the checkout)")
    with tempfile.TemporaryDirectory() as scratch, fake_server_process() as base:
        settings = load_settings(database_url=f"sqlite:///{Path(scratch) / 'bench.db'}", telegram_bot_token=TOKEN,
                                 telegram_api_base_url=f"{base}/bot", worker_threads=workers)
        app = BriefingApp.build(settings)
        try:
            report = app.ingest([str(seeds)], manifest=str(seeds / "manifest.json"))
            if report.failed:
                raise RuntimeError(f"seed ingest failed: {report.failed[:3]}")
            names = most_mentioned(app)
            head = (f"telegram: {len(report.new)} seed articles, SQLite; {settings.worker_threads} concurrent updates; "
                    f"fake Bot API in its own process; cpu count {os.cpu_count()}")
            return "\n".join([head, *asyncio.run(drive(app, base, names, commands, repeat))])
        finally:
            app.close()
