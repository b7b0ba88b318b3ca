"""Tiny cleaner for tests: drop the title line and obvious header lines of our sample files."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
GOLD = REPO / "tests" / "gold"
SAMPLES = REPO / "samples"

_HEADER = re.compile(r"^(?:by\s+.+|.+\|\s*\w+ \d{1,2}, \d{4}|\w+ \d{1,2}, \d{4}|[A-Z][\w ]+, [A-Z][\w ]+ Desk)$", re.I)


def sample_body(text: str) -> str:
    lines = text.splitlines()[1:]  # first line is the title
    return "\n".join(line for line in lines if not _HEADER.match(line.strip()))
