"""An entity's kind by the readings of the articles that name it.

Each article reads a name as a person, an organisation, a place, a product or an outlet from its own sentences; one
misreads now and then (a person after "the company said", a company heading a list of posts). The store counts each
article's reading (``entities.kind_readings``, "person:3 org:1") and keeps the kind most of them read, the one stored
first on a tie.
"""

from __future__ import annotations


def readings_of(text: str | None, kind: str) -> dict[str, int]:
    """The counts ``text`` holds; none stored (a row from before they were kept): one reading of ``kind``."""
    if not text:
        return {kind: 1}
    counts: dict[str, int] = {}
    for part in text.split():
        name, _, n = part.partition(":")
        if name and n.isdigit():
            counts[name] = int(n)
    return counts or {kind: 1}


def with_reading(text: str | None, kind: str, read: str) -> tuple[str, str]:
    """The kind to keep and the counts to store after one more article reads the name as ``read``."""
    counts = readings_of(text, kind)
    counts[read] = counts.get(read, 0) + 1
    best = max(counts.values())
    kept = kind if counts.get(kind, 0) == best else next(k for k, n in counts.items() if n == best)
    return kept, " ".join(f"{k}:{n}" for k, n in counts.items())


def first_reading(kind: str) -> str:
    return f"{kind}:1"
