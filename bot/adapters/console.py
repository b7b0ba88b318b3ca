"""Console chat: reads command lines (from a terminal or a pipe) and prints answers."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from bot.app import BriefingApp
from bot.domain import TimelineChart
from bot.render.i18n import t
from bot.render.json import render_json
from bot.render.plain import render_plain

PROMPT = "briefing> "


def answer_lines(app: BriefingApp, lines: Iterable[str], out: TextIO, *, as_json: bool = False, limit: int = 50,
                 lang: str | None = None) -> int:
    """Answer each non-empty line in order; returns how many were answered."""
    count = 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        answer = app.ask(line, limit=limit, lang=lang, chat_key="console", is_admin=True)
        out.write((render_json(answer) if as_json else render_plain(answer)) + "\n")
        if answer.chart is not None and answer.chart.events and not as_json:
            out.write(t("chart_saved", answer.lang, path=save_chart(answer.chart, app.settings.chart_dir, answer.lang)) + "\n")
        if not as_json:
            out.write("\n")
        out.flush()
        count += 1
    return count


def save_chart(chart: TimelineChart, folder: Path, lang: str) -> Path:
    """Draw ``chart`` into ``folder`` (created if missing); returns the file's absolute path."""
    from bot.render.chart import chart_filename, render_chart

    folder.mkdir(parents=True, exist_ok=True)
    path = (folder / chart_filename(chart)).resolve()
    path.write_bytes(render_chart(chart, lang=lang))
    return path


def run_console(app: BriefingApp, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
    """Interactive when attached to a terminal; otherwise answer every piped line and exit."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if not stdin.isatty():
        answer_lines(app, stdin, stdout)
        return
    stats = app.stats()
    stdout.write(
        f"briefing console — {stats['articles']} articles, {stats['entities']} names, {stats['events']} events.\n"
        "Try /who Mercor, /timeline, /search layoffs, /help. Ctrl-D to quit.\n"
    )
    while True:
        try:
            line = input(PROMPT)
        except (EOFError, KeyboardInterrupt):
            stdout.write("\n")
            return
        if line.strip() in ("/quit", "/exit", "quit", "exit"):
            return
        answer_lines(app, [line], stdout)
