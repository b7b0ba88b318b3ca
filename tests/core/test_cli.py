"""The command line, run as a user runs it (a real process on a real SQLite file)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SAMPLES


def briefing(*args: str, db: Path, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_"))}
    full_env.update({"BRIEFING_DATABASE_URL": f"sqlite:///{db}", **(env or {})})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=REPO, env=full_env, timeout=120)


def test_ingest_samples_then_ask_json_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = briefing("ingest", str(SAMPLES), "--manifest", str(SAMPLES / "manifest.json"), db=db)
    assert result.returncode == 0, result.stderr
    assert "failed" in result.stdout and " 0 failed" in result.stdout
    again = briefing("ingest", str(SAMPLES), "--manifest", str(SAMPLES / "manifest.json"), db=db)
    assert "0 new" in again.stdout and "unchanged" in again.stdout

    lines = "/who\n/timeline\n/search layoffs\n\n/who \x00\x1b\n/nosuch\n"
    out = briefing("ask", "--json", db=db, stdin=lines)
    assert out.returncode == 0, out.stderr
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert [a["command"] for a in answers] == ["who", "timeline", "search", "who", "nosuch"]
    assert answers[0]["status"] == "ok" and answers[0]["items"]
    assert answers[-1]["status"] == "invalid"
    assert "Traceback" not in out.stderr


def test_ingest_reports_failures_with_nonzero_exit(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    good = tmp_path / "a.txt"
    good.write_text("Acme Corp hires Jane Roe as CEO\n\nAcme Corp said on Monday that Jane Roe will become its CEO.\n")
    result = briefing("ingest", str(good), str(tmp_path / "nope.txt"), "ftp://example.com/x", db=db)
    assert result.returncode == 1
    assert "1 new" in result.stdout and "2 failed" in result.stdout
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr


def test_console_chat_answers_a_pipe(tmp_path: Path) -> None:
    db = tmp_path / "run.db"
    result = briefing("run", db=db, stdin="/who\n/search pendanaan\n")
    assert result.returncode == 0, result.stderr
    assert "Loaded the sample articles" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    title, who, search_title, search = result.stdout.strip().split("\n\n", 3)
    # /who alone: its title, then the most mentioned names, each with its kind and mention count, most mentioned first
    assert (title, search_title) == ("People and organisations", "Search: pendanaan")
    rows = [re.fullmatch(r"(\d+)\. (.+) \((person|organisation), (\d+)\)", line) for line in who.splitlines()]
    assert all(rows), who
    assert [int(r.group(1)) for r in rows if r] == list(range(1, len(rows) + 1))
    counts = [int(r.group(4)) for r in rows if r]
    assert counts == sorted(counts, reverse=True) and rows[0] and rows[0].group(2) == "Tandai"
    # /search pendanaan: numbered passages, each cited, the Indonesian funding story among them
    items = re.split(r"\n(?=\d+\. )", search)
    assert len(items) >= 3 and all(re.match(r"\d+\. ", item) and "\n     ↳ " in item for item in items), search
    assert any("Kirimin mengumumkan pendanaan" in item for item in items)


def test_placeholder_secret_is_refused(tmp_path: Path) -> None:
    result = briefing("ask", "/help", db=tmp_path / "x.db", env={"TELEGRAM_BOT_TOKEN": "changeme"})
    assert result.returncode == 2
    assert "placeholder" in result.stderr and "Traceback" not in result.stderr


def test_unreachable_database_is_a_short_message(tmp_path: Path) -> None:
    result = briefing("ask", "/who Mercor", db=tmp_path / "x.db",
                      env={"BRIEFING_DATABASE_URL": "postgresql+psycopg://postgres:pw@127.0.0.1:1/nope"})
    assert result.returncode == 2
    assert "Cannot open the database" in result.stderr and "pw" not in result.stderr
    assert "Traceback" not in result.stderr


def test_feeds_add_list_remove(tmp_path: Path) -> None:
    """In process (typer's runner): the same registry commands a chat admin uses."""
    from typer.testing import CliRunner

    from bot.cli import cli

    db = str(tmp_path / "feeds.db")

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, [*args, "--db", db])

    added = run("feeds", "add", "https://news.test/feed.xml", "--interval", "30m")
    assert added.exit_code == 0, added.output
    assert added.stdout.startswith("Feed added\n") and "#1 https://news.test/feed.xml" in added.stdout
    assert "#1 https://news.test/feed.xml · every 30m · next " in run("feeds", "list").stdout
    bad = run("feeds", "add", "ftp://x")
    assert bad.exit_code == 1 and "Usage: /addfeed URL [15m]" in bad.output
    removed = run("feeds", "remove", "1")
    assert removed.exit_code == 0 and "#1 https://news.test/feed.xml" in removed.stdout
    assert "No feeds yet" in run("feeds", "list").stdout
