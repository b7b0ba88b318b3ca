"""An entity's kind by the readings of the articles that name it.

Each article reads a name as a person, an organisation, a place, a product or an outlet from its own sentences; one
misreads now and then (a person after "the company said", a company heading a list of posts). The store keeps the
kind most articles read, the one stored first on a tie. It counts only the readings that disagree
(``entities.kind_readings``, "org:1"): those of the kind kept are the articles that name the entity
(``entities.article_count``) less those, so a reading that agrees, nearly all of them, writes nothing.
"""

from __future__ import annotations


def readings_of(text: str | None) -> dict[str, int]:
    """The counts ``text`` holds ("org:2 place:1"); none stored: none."""
    counts: dict[str, int] = {}
    for part in (text or "").split():
        name, _, n = part.partition(":")
        if name and n.isdigit():
            counts[name] = int(n)
    return counts


def with_reading(text: str | None, kind: str, articles: int, read: str) -> tuple[str, str]:
    """The kind to keep and the disagreeing counts to store after one more article reads the name as ``read``
    (``articles``: those that named it before this one)."""
    others = readings_of(text)
    # the readings of the kind it has (at least the one it was stored by, counted or not yet)
    kept = max(max(articles, 1) - sum(others.values()), 0)
    others[read] = others.get(read, 0) + 1
    if others[read] <= kept:
        return kind, _written(others)
    others[kind] = kept
    return read, _written({k: n for k, n in others.items() if k != read})


def _written(counts: dict[str, int]) -> str:
    return " ".join(f"{k}:{n}" for k, n in counts.items() if n)
