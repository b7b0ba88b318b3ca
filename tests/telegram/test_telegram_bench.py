"""``briefing bench-telegram`` at a small size: the real Application against the fake Bot API in its own process."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from bot.cli import cli
from tests.conftest import require_seeds

RUN = re.compile(r"^(\d+ chats x \d+ commands?) \(2 runs\): \d+ commands/s median \(\d+-\d+\); latency p50 \d+ ms, "
                 r"p95 \d+ ms; bot CPU [\d.]+ ms/command; order violations (\d+); wrong replies (\d+)$", re.M)


def test_bench_telegram_at_a_small_size() -> None:
    require_seeds()
    result = CliRunner().invoke(cli, ["bench-telegram", "--commands", "20", "--repeat", "2"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("telegram: 5 seed articles, SQLite; 8 concurrent updates")
    assert re.search(r"^fake server ceiling, 20 bare sendMessage requests, requests/s: aiohttp \d+ one at a time, "
                     r"\d+ 8 at a time; httpx \d+, \d+$", out, re.M)
    assert re.search(r"^the same commands asked directly \(BriefingApp.ask \+ render, one at a time, no Telegram\): "
                     r"\d+ commands/s, CPU [\d.]+ ms/command$", out, re.M)
    runs = RUN.findall(out)
    assert [label for label, *_ in runs] == ["20 chats x 1 command", "2 chats x 10 commands"]
    assert [(violations, wrong) for _, violations, wrong in runs] == [("0", "0"), ("0", "0")], out
