"""Who took a single-seat post: decided in work in proportion to the post's tellings (a hot organisation's
post is told thousands of times), the same roles as comparing every telling with every other."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answers import who
from db.answers_queries import SeatRole

DAYS = ["", "2025", "2025-03", "2025-03-02", "2025-03-09", "2025-11-20"]
TITLES = ["CEO", "interim CEO", "Interim CEO", "president director"]


def _pairwise(holders: list[who.Telling]) -> set[int]:
    """What /who did before: a role is taken when another person's telling comes after every telling of its
    holder, or an acting holder's (the role not an acting one itself) on that day or after."""
    last: dict[int, str] = {}
    for role, day in holders:
        last[role.person_id] = max(last.get(role.person_id, day), day)
    ended = set()
    for role, _day in holders:
        for other, told in holders:
            if other.person_id == role.person_id:
                continue
            acting = other.title.lower().startswith("interim") and not role.title.lower().startswith("interim")
            if told > last[role.person_id] or (acting and told >= last[role.person_id]):
                ended.add(role.id)
    return ended


tellings = st.lists(st.tuples(st.integers(1, 4), st.sampled_from(TITLES), st.sampled_from(DAYS)), max_size=30)


@settings(max_examples=500, deadline=None)
@given(tellings)
def test_the_roles_taken_are_those_every_pair_of_tellings_finds(rows: list[tuple[int, str, str]]) -> None:
    holders = [(SeatRole(i, person, title, False, i), day) for i, (person, title, day) in enumerate(rows, 1)]
    assert set(who.succeeded_in(holders)) == _pairwise(holders)


def test_a_post_told_thousands_of_times_is_weighed_in_proportion(monkeypatch: pytest.MonkeyPatch) -> None:
    """3,000 tellings of one post by 300 people: each title is looked at a bounded number of times (the
    pairwise way looked at one for every pair)."""
    calls = 0
    acting = who._acting

    def counted(title: str) -> bool:
        nonlocal calls
        calls += 1
        return acting(title)

    monkeypatch.setattr(who, "_acting", counted)
    n = 3000
    holders = [(SeatRole(i, i % 300, "interim CEO" if i % 7 == 0 else "CEO", False, i), f"2025-{1 + i % 12:02d}")
               for i in range(n)]
    ended = set(who.succeeded_in(holders))
    assert calls <= 3 * n
    # each person's tellings are all of one month (300 is a multiple of 12): only an acting holder of the last
    # month keeps the post, as nobody is told after it
    assert ended == {role.id for role, day in holders if not (day == "2025-12" and role.title == "interim CEO")}
