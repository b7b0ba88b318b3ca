"""Clustering a busy name's tellings of no kind (issue 12): a telling naming two parties or more is compared only
with the clusters that share a party with it (``timeline._Bucket``), and clusters the same as when it was
compared with every cluster of its (kind, year)."""

from __future__ import annotations

import random

import pytest

from bot.answers import timeline
from bot.answers.timeline import _Bucket, _cluster, _Loaded
from db import records

HOT = 1  # the busy name, a party of every telling


def _event(i: int, rng: random.Random) -> records.Event:
    kind = rng.choice(["other"] * 6 + ["layoffs", "acquisition", "funding"])
    month = rng.choice([5, 6, 7])
    day = rng.choice([None, rng.randint(1, 28)])
    basis = rng.choice(["stated"] * 5 + ["planned", "reported"])
    return records.Event(date_year=2026, date_month=month, date_day=day, date_precision="day" if day else "month",
                         date_text="", id=i, type=kind, text=f"telling {i}", date_basis=basis, anchor_type=None,
                         article_id=1000 + i // 3, passage_id=5000 + i)


def _loaded(n: int, seed: int, parties: int) -> _Loaded:
    rng = random.Random(seed)
    events = [_event(i, rng) for i in range(1, n + 1)]
    actors = {}
    for e in events:
        others = rng.sample(range(2, 2 + parties), rng.choice([0, 1, 1, 1, 2]))
        named = [HOT, *others] if rng.random() < 0.9 else others or [HOT]
        actors[e.id] = named if rng.random() < 0.8 else list(reversed(named))
    names = {i: f"Party {i}" for i in range(1, 2 + parties)}
    return _Loaded(events, actors, {}, names, story={a: a % 7 for a in range(1000, 1000 + n)},
                   people={i for i in names if i % 5 == 0}, language={a: "en" if a % 2 else "id" for a in range(1000, 1000 + n)})


def _shape(clusters: list) -> list[tuple]:
    return [(c.type, tuple(c.actors), c.date, c.basis, tuple(e.id for e in c.events)) for c in clusters]


@pytest.mark.parametrize("seed", range(12))
def test_clusters_are_those_of_comparing_every_cluster_of_the_bucket(seed: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    got = _shape(_cluster(_loaded(400, seed, parties=40 if seed % 2 else 8)))
    monkeypatch.setattr(_Bucket, "near", lambda self, actors: list(self))  # every cluster of the bucket, as before
    assert got == _shape(_cluster(_loaded(400, seed, parties=40 if seed % 2 else 8)))


def test_a_telling_of_no_kind_is_compared_with_the_clusters_sharing_its_parties_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """500 tellings of no kind of one month, each naming the busy name and one of 250 others: each is a cluster
    of its own or joins the one naming the same other party; comparing each with every cluster of the month (as
    main did) calls ``_fits`` tens of thousands of times."""
    events = [records.Event(date_year=2026, date_month=6, date_day=None, date_precision="month", date_text="", id=i,
                            type="other", text=f"telling {i}", date_basis="stated", anchor_type=None,
                            article_id=1000 + i, passage_id=5000 + i) for i in range(1, 501)]
    actors = {e.id: [HOT, 2 + e.id % 250] for e in events}
    loaded = _Loaded(events, actors, {}, {i: f"Party {i}" for i in range(1, 252)})
    calls = 0
    fits = timeline._fits

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return fits(*args, **kwargs)

    monkeypatch.setattr(timeline, "_fits", counted)
    clusters = _cluster(loaded)
    assert len(clusters) == 250 and all(len(c.events) == 2 for c in clusters)
    assert calls <= 500  # one comparison a telling that has a cluster of its parties, none for the others


def test_a_cluster_absorbed_by_another_is_no_longer_found() -> None:
    bucket = _Bucket()
    june = timeline.DateValue(2026, 6, None, "month")
    told = [records.Event(date_year=2026, date_month=6, date_day=None, date_precision="month", date_text="", id=i,
                          type="other", text="", date_basis="stated", anchor_type=None, article_id=i, passage_id=i)
            for i in (1, 2)]
    first, second = (timeline._Cluster("other", [HOT, 7], june, "stated", [told[0]]),
                     timeline._Cluster("other", [HOT, 8], june, "stated", [told[1]]))
    bucket.place(first)
    bucket.place(second)
    assert bucket.near([HOT, 8]) == [second]
    first.absorb(second)  # now a party of 8 too, found in the bucket's order
    bucket.drop(second)
    assert bucket.near([HOT, 8]) == [first]
    assert bucket.near([9, 8]) == []  # it shares 8 only: a cluster of two parties or more needs two
