"""db/ owns every query: the bot package builds no SQL and runs no statement itself."""

from __future__ import annotations

import re
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"
SQL_CALL = re.compile(r"\bselect\(|\bsession\.execute\(|\.execute\(")


def test_no_select_or_execute_outside_db() -> None:
    offending = [
        f"{path.relative_to(BOT.parent)}:{number}: {line.strip()}"
        for path in sorted(BOT.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL_CALL.search(line)
    ]
    assert offending == [], "queries belong in db/ (name them after what they return):\n" + "\n".join(offending)
