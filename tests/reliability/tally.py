"""Counts for the reliability matrix: each test records what it did (kills, checks, errors, refusals,
examples), and ``make stress`` prints them as one table (``python -m tests.reliability.tally FILE``).

Recording is a no-op unless ``BRIEFING_TALLY_FILE`` names a file; each call appends one JSON line, so
tests in several processes (or several xdist workers) can add to the same file.
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path

COLUMNS = ("kills", "checks", "errors", "refusals", "examples")
MAX_COLUMNS = ("max wait s",)  # the worst value seen, not a sum


def record(row: str, **counts: float) -> None:
    """Add ``counts`` (kills=, checks=, errors=, refusals=, examples=, max_wait_s=) to the row ``row``."""
    path = os.environ.get("BRIEFING_TALLY_FILE")
    if not path:
        return
    line = json.dumps({"row": row, **counts}) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())  # one write of one short line: appends from several processes do not mix
    finally:
        os.close(fd)


def totals(lines: list[str]) -> dict[str, dict[str, float]]:
    """Row -> column -> sum (or max, for the max columns), in the order rows first appear."""
    rows: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for line in lines:
        if not line.strip():
            continue
        entry = json.loads(line)
        row = rows[entry.pop("row")]
        for key, value in entry.items():
            column = key.replace("_s", " s").replace("_", " ")
            row[column] = max(row[column], value) if column in MAX_COLUMNS else row[column] + value
    return rows


def table(rows: dict[str, dict[str, float]]) -> str:
    """A plain-text table: one row per matrix entry, one column per count, and a total line."""
    columns = list(COLUMNS) + [c for c in MAX_COLUMNS if any(c in r for r in rows.values())]
    width = max([len("total")] + [len(name) for name in rows])
    lines = [f"{'':{width}}  " + "  ".join(f"{c:>10}" for c in columns)]
    for name, row in rows.items():
        lines.append(f"{name:{width}}  " + "  ".join(f"{_cell(row.get(c, 0)):>10}" for c in columns))
    total = {c: sum(r.get(c, 0) for r in rows.values()) for c in COLUMNS}
    lines.append(f"{'total':{width}}  " + "  ".join(f"{_cell(total[c]) if c in total else '':>10}" for c in columns))
    return "\n".join(lines)


def _cell(value: float) -> str:
    return f"{value:.2f}" if value != int(value) else str(int(value))


def main(argv: list[str]) -> int:
    path = Path(argv[1])
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if not lines:
        print("no counts recorded (was BRIEFING_TALLY_FILE set for the tests?)")
        return 1
    print(table(totals(lines)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
