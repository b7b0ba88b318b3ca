"""/brief stays bounded however large a story grows: events are grouped into happenings through an index
(the same groups as comparing every pair, with work in proportion to the events), and a brief reads at
most ``MAX_STORY_ARTICLES`` articles of a story, its new ones first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answers import brief
from bot.app import BriefingApp
from db import records
from tests.stories.helpers import ingest_folder

CHAT = "telegram:12"
TYPES = ["funding", "acquisition", "layoffs", "appointment", "departure"]  # funding and acquisition: one family


def _event(i: int, etype: str, year: int, month: int | None, day: int | None) -> records.Event:
    return records.Event(id=i, type=etype, text=f"e{i}", date_basis="stated", anchor_type=None, article_id=i,
                         passage_id=i, date_year=year, date_month=month, date_day=day, date_precision=None,
                         date_text=None)


def _pairwise(events: list[records.Event], actors: dict[int, list[int]]) -> list[list[records.Event]]:
    """What ``happenings`` did before the index: each event joins the first group with a telling of it."""
    groups: list[list[records.Event]] = []
    for event in sorted(events, key=brief._chronological):
        host = next((g for g in groups if any(brief._same_happening(e, event, actors) for e in g)), None)
        if host is None:
            groups.append([event])
        else:
            host.append(event)
    return groups


tellings = st.lists(st.tuples(st.sampled_from(TYPES), st.sampled_from([2025, 2026]),
                              st.one_of(st.none(), st.integers(1, 3)), st.one_of(st.none(), st.integers(1, 9)),
                              st.lists(st.integers(1, 5), max_size=3, unique=True)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(tellings)
def test_happenings_through_the_index_are_the_pairwise_groups(rows: list[tuple]) -> None:  # type: ignore[type-arg]
    events = [_event(i, etype, year, month, day) for i, (etype, year, month, day, _a) in enumerate(rows, 1)]
    actors = {i: row[4] for i, row in enumerate(rows, 1) if row[4]}
    ids = [[e.id for e in group] for group in brief.happenings(events, actors)]
    assert ids == [[e.id for e in group] for group in _pairwise(events, actors)]


def test_grouping_a_hot_names_events_takes_work_in_proportion_to_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """3,000 tellings led by one company over two years (one story of the 10k bench had 22,000): every
    event is looked at a bounded number of times (here through ``family``, which the pairwise test called
    for every pair)."""
    calls = 0

    def counted(event_type: str) -> str:
        nonlocal calls
        calls += 1
        return event_type

    monkeypatch.setattr(brief, "family", counted)
    n = 3000
    events = [_event(i, TYPES[i % 3], 2025 + i % 2, 1 + i % 12, 1 + (i * 7) % 28) for i in range(n)]
    actors = {i: [1, 2 + i % 50] for i in range(n)}
    groups = brief.happenings(events, actors)
    assert sum(len(g) for g in groups) == n
    assert calls <= 2 * n


@pytest.fixture
def seeded(app: BriefingApp, seeds_dir: Path) -> BriefingApp:
    ingest_folder(app, seeds_dir)
    return app


def _story(answer_items: list, headline: str):  # type: ignore[no-untyped-def, type-arg]
    return next(item for item in answer_items if item.story.headline == headline)


SCALE = "Google Putus Hubungan dengan Scale AI Setelah Akuisisi Meta"


def test_a_brief_reads_at_most_so_many_articles_of_a_story(seeded: BriefingApp, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _story(seeded.ask("/brief all", chat_key=CHAT).items, SCALE)
    assert whole.story.articles == len(whole.sources) == 5
    read: list[list[int]] = []
    real = brief._Loaded.read

    def spy(session, article_ids, public_url):  # type: ignore[no-untyped-def]
        read.append(sorted(article_ids))
        return real(session, article_ids, public_url)

    monkeypatch.setattr(brief._Loaded, "read", staticmethod(spy))
    monkeypatch.setattr(brief, "MAX_STORY_ARTICLES", 2)
    capped = _story(seeded.ask("/brief all", chat_key=CHAT).items, SCALE)
    assert capped.story.articles == 5  # every new article is counted, two are read
    latest = [s.article_id for s in sorted(whole.sources, key=lambda s: (s.published or "", s.article_id))][-2:]
    assert read == [sorted(latest)] and sorted(s.article_id for s in capped.sources) == sorted(latest)

    seeded.clock = lambda: datetime(2026, 3, 15)
    read.clear()
    october = _story(seeded.ask("/brief 2025-09-01", chat_key=CHAT).items, SCALE)  # one new article, read first
    assert october.story.articles == 1 and len(read[0]) == 2
    assert {s.file for s in october.sources} == {"000_ac1dda0966f9ed44.txt"} and october.sources[0].article_id in read[0]


def _amount(i: int, value: float, currency: str | None = "USD", article: int | None = None) -> records.Amount:
    return records.Amount(id=i, kind="money", value=value, currency=currency, unit=None, text=f"${value:g}",
                          entity_id=None, event_id=None, article_id=i if article is None else article, passage_id=i, date_year=None,
                          date_month=None, date_day=None, date_precision=None, date_text=None)


def test_figures_are_compared_once_each_however_many_tellings_state_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 loose figures and 2,000 figures of events, five distinct values each: the comparisons (``agree``)
    are at most the distinct pairs, not the 4,000,000 pairs of tellings."""
    calls = 0
    real = brief.agree

    def counted(a: float, b: float) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(brief, "agree", counted)
    values = [14e6, 14.3e6, 20e6, 35e6, 42e6]  # 14 and 14.3 million agree after rounding
    loaded = brief._Loaded()
    for i in range(2000):
        loaded.loose.setdefault(i % 400, []).append(_amount(i, values[i % 5], article=i % 400))
        loaded.article_of[i] = i % 400
    told = [_amount(10_000 + i, [35e6, 42e6, 50e6, 60e6, 70e6][i % 5]) for i in range(2000)]
    facts = brief._money_facts(list(range(400)), set(range(400)), told, loaded)
    assert calls <= 2 * 5 * 5
    # 14 and 14.3 million one fact (the first stated leads; 160 articles), 20 million another; 35 and 42 million
    # an event told
    assert [(f.amount.value, f.count) for f in facts] == [(14e6, 160), (20e6, 80)]
