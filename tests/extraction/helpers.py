"""Tiny cleaner for tests: drop the title line and obvious header lines of our sample files."""

from __future__ import annotations

import os
import random
import re
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
GOLD = REPO / "tests" / "gold"
SAMPLES = REPO / "samples"
FIXTURES = REPO / "tests" / "fixtures"
# The checks that a fast path finds what its pattern finds read this many fixture sentences: a fixed, seeded
# sample, so their time stays put as answer-key sets are added (`make stress` reads every sentence).
FIXTURE_SAMPLE = 12_000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")

_HEADER = re.compile(r"^(?:by\s+.+|.+\|\s*\w+ \d{1,2}, \d{4}|\w+ \d{1,2}, \d{4}|[A-Z][\w ]+, [A-Z][\w ]+ Desk)$", re.I)


def sample_body(text: str) -> str:
    lines = text.splitlines()[1:]  # first line is the title
    return "\n".join(line for line in lines if not _HEADER.match(line.strip()))


@cache
def fixture_sentences() -> tuple[str, ...]:
    """The fixture articles' sentences (split at end marks and lines): a seeded sample of ``FIXTURE_SAMPLE``, in
    the files' order, or every one where ``BRIEFING_ALL_FIXTURES`` is set."""
    every = [s for path in sorted(FIXTURES.rglob("*.txt"))
             for s in _SENTENCE_END.split(path.read_text(encoding="utf-8")) if s.strip()]
    if os.environ.get("BRIEFING_ALL_FIXTURES") or len(every) <= FIXTURE_SAMPLE:
        return tuple(every)
    kept = sorted(random.Random(FIXTURE_SAMPLE).sample(range(len(every)), FIXTURE_SAMPLE))
    return tuple(every[i] for i in kept)
