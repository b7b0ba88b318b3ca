"""/timeline made cheaper without changing an answer (issue 12, perf13): the figure merge looks only at the clusters
that can take others in, dates are compared part by part, the actors' same-party map is kept for the next ask of
the same actors, and the clusters part from their buckets. Each is checked against main's own code, kept here."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.adapters.console import answer_lines
from bot.answers import timeline
from bot.answers.matching import name_index
from bot.answers.timeline import DateValue, _Cluster, _merge_same_figure, _retold_with_figure, _same_time
from db import records
from tests.core.migrating import ingest_sets
from tests.garbage import cyclic_garbage
from tests.properties import examples

# --------------------------------------------------------------------------- main's code, as it was


def _same_time_as_main(a: DateValue, b: DateValue) -> bool:
    x, y = a.iso(), b.iso()
    return x.startswith(y) or y.startswith(x)


def _merge_same_figure_as_main(clusters: list[_Cluster], money: dict[int, list[records.Amount]]) -> list[_Cluster]:
    merged: list[_Cluster] = []
    figures_of: dict[int, set[tuple[str, float]]] = {}
    for cluster in clusters:
        figures = timeline._figures(cluster, money)
        host = next((h for h in merged if figures_of[id(h)] and _retold_with_figure(h, cluster, figures, figures_of[id(h)])),
                    None) if figures else None
        if host is None:
            merged.append(cluster)
            figures_of[id(cluster)] = figures
        else:
            host.absorb(cluster)
            figures_of[id(host)] = figures_of[id(host)] | figures
    return merged


def _same_entities_as_main(names: tuple[tuple[int, str], ...], people: frozenset[int]) -> dict[int, int]:
    named = dict(names)
    return timeline.same_party(named) | timeline.same_person(named, set(people))


# --------------------------------------------------------------------------- dates

_precisions = st.sampled_from(["year", "month", "day", "season"])
_dates = st.builds(DateValue, year=st.one_of(st.integers(2015, 2027), st.integers(1, 12_000)),
                   month=st.one_of(st.none(), st.integers(1, 12)), day=st.one_of(st.none(), st.integers(1, 31)),
                   precision=_precisions)


@given(_dates, _dates)
@settings(max_examples=examples(400))
def test_dates_are_the_same_time_as_their_iso_forms_say(a: DateValue, b: DateValue) -> None:
    assert _same_time(a, b) == _same_time_as_main(a, b)


def test_dates_beyond_four_digits_compare_as_their_iso_forms() -> None:
    # "10000" begins with "1000": iso() forms say so, and so must the part-by-part comparison
    assert _same_time(DateValue(10000), DateValue(1000)) and not _same_time(DateValue(2025), DateValue(2026))
    assert _same_time(DateValue(2025, 6, 3, "day"), DateValue(2025, 6, None, "month"))
    assert not _same_time(DateValue(2025, 6, 3, "day"), DateValue(2025, 6, 4, "day"))
    assert _same_time(DateValue(2025, 6, None, "day"), DateValue(2025, 7, 4, "day"))  # a day without one: its year


# --------------------------------------------------------------------------- the figure merge


def _clusters(seed: int) -> tuple[list[_Cluster], dict[int, list[records.Amount]]]:
    """Clusters of a busy name (every one names party 1) of a few kinds and months, some told undated, and money
    figures on some of their tellings, a few of them equal after rounding."""
    rng = random.Random(seed)
    clusters, money = [], {}
    for i in range(1, 161):
        kind = rng.choice(["other", "investment", "acquisition", "funding", "layoffs", "contract_won", "fine"])
        day = rng.choice([None, rng.randint(1, 28)])
        date = DateValue(2026, rng.choice([4, 5, 6]), day, "day" if day else rng.choice(["month", "year"]))
        basis = rng.choice(["stated"] * 4 + ["reported", "anchored", "planned"])
        event = records.Event(date_year=2026, date_month=date.month, date_day=day, date_precision=date.precision,
                              date_text="", id=i, type=kind, text=f"telling {i}", date_basis=basis, anchor_type=None,
                              article_id=100 + i // 2, passage_id=500 + i)
        if rng.random() < 0.6:
            value = rng.choice([14e9, 14.3e9, 15e9, 2e6, 2.1e6, 9.96e9, 1e10, 350e3])
            money[i] = [records.Amount(date_year=None, date_month=None, date_day=None, date_precision=None, date_text=None,
                                       id=i, kind="money", value=value, currency=rng.choice(["USD", "IDR"]), unit=None,
                                       text=str(value), entity_id=None, event_id=i, article_id=event.article_id,
                                       passage_id=event.passage_id)]
        clusters.append(_Cluster(kind, [1, *rng.sample(range(2, 9), rng.choice([0, 1, 2]))], date, basis, [event]))
    return clusters, money


def _shape(clusters: list[_Cluster]) -> list[tuple]:
    return [(c.type, tuple(c.actors), c.date, c.basis, tuple(e.id for e in c.events)) for c in clusters]


@pytest.mark.parametrize("seed", range(16))
def test_the_figure_merge_is_main_s(seed: int) -> None:
    got = _shape(_merge_same_figure(*_clusters(seed)))
    want = _shape(_merge_same_figure_as_main(*_clusters(seed)))
    assert got == want
    assert len(got) < 160  # some clusters were merged: the test compares merges, not only lists left alone


# --------------------------------------------------------------------------- the actors' same-party map


def test_the_kept_same_party_map_follows_the_order_the_names_were_read() -> None:
    """Two names of the same words extend "Kencana": ``same_party`` maps the first read, so the kept map must
    not be another order's."""
    people = frozenset({7, 8})
    first = ((1, "Kencana"), (2, "Kencana Digital"), (3, "PT Kencana Digital Tbk"), (7, "Iwan Lukminto"),
             (8, "Iwan Setiawan Lukminto"))
    second = (first[0], first[2], first[1], *first[3:])
    a, b = timeline._same_entities(first, people), timeline._same_entities(second, people)
    assert a == _same_entities_as_main(first, people) and b == _same_entities_as_main(second, people)
    assert a != b and a[8] == b[8] == 7  # the two orders map different names to "Kencana"; the person either way
    assert timeline._same_entities(first, people) is a  # kept


# --------------------------------------------------------------------------- whole answers, both databases


def test_timelines_are_main_s_on_the_seeds_and_tuning_sets(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every mentioned name's /timeline (and chart), and the global one, equal what main's code answers (its
    figure merge, date comparison and same-party map put back), on SQLite and PostgreSQL."""
    ingest_sets(app, "seeds", "tuning", "tuning2", "tuning3", "tuning4")
    with app.store.session() as session:
        names = sorted(e.name for e in name_index(session).entities.values() if e.mentions)
    commands = [f"/timeline {n}" for n in names] + [f"/timeline {n} chart" for n in names[:12]] + ["/timeline"]

    def answers() -> str:
        from io import StringIO

        out = StringIO()
        answer_lines(app, commands, out, as_json=True, limit=200)
        return out.getvalue()

    got = answers()
    monkeypatch.setattr(timeline, "_merge_same_figure", _merge_same_figure_as_main)
    monkeypatch.setattr(timeline, "_same_time", _same_time_as_main)
    monkeypatch.setattr(timeline, "_same_entities", _same_entities_as_main)
    assert got == answers()
    assert len(names) > 100 and got.count('"status": "ok"') > 100


def test_a_timeline_leaves_no_cluster_for_the_cyclic_collector(sqlite_app) -> None:  # type: ignore[no-untyped-def]
    """A cluster and its bucket referred to each other: a busy name's timeline left thousands of objects that only
    a collection of the young generation (5 ms at 20k articles) could free."""
    ingest_sets(sqlite_app, "tuning", "tuning2")
    sqlite_app.ask("/timeline", limit=200)  # caches filled
    answer, garbage = cyclic_garbage(lambda: sqlite_app.ask("/timeline", limit=200))
    assert len(answer.items) > 20
    assert [o for o in garbage if isinstance(o, (_Cluster, timeline._Bucket))] == []


def test_a_timeline_maps_the_actors_by_the_names_in_the_order_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``_load`` asks for the kept map with the names as ``event_parties`` read them: of two names of the same words,
    the one read first is the one that becomes "Kencana" (as main's ``same_party(names)`` did)."""
    from types import SimpleNamespace

    events = [records.Event(date_year=2026, date_month=6, date_day=None, date_precision="month", date_text="", id=i,
                            type="other", text=f"telling {i}", date_basis="stated", anchor_type=None, article_id=i,
                            passage_id=i) for i in (10, 11, 12)]
    names = {1: "Kencana", 3: "PT Kencana Digital Tbk", 2: "Kencana Digital"}  # read in this order
    monkeypatch.setattr(timeline.queries, "event_parties",
                        lambda **_k: ({10: [1], 11: [2], 12: [3]}, dict(names), set()))
    monkeypatch.setattr(timeline.queries, "event_anchors", lambda **_k: {})
    loaded = timeline._load(SimpleNamespace(session=None), events, {})  # type: ignore[arg-type]
    want = _same_entities_as_main(tuple(names.items()), frozenset())
    assert want == {3: 1} and loaded.actors == {10: [1], 11: [2], 12: [1]}
