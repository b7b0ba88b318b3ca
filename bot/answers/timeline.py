"""/timeline [NAME]: dated events, oldest first; one item per event however many articles tell it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from bot.answers.common import PRECISION_RANK, row_date, source_ref
from bot.answers.registry import Context
from bot.answers.who import entity_info, resolve
from bot.domain import Answer, DateValue, Item, SourceRef
from db import models as m
from db import queries

MAX_EVENTS = 2000  # newest dated events considered for one timeline
# Events between two parties: the same type and main actor is one event only with the same counterpart.
TWO_PARTY = {"investment", "acquisition", "partnership_ended", "contract_won", "hiring", "lawsuit"}


@dataclass
class _Cluster:
    type: str
    actors: list[int]
    date: DateValue
    events: list[m.Event] = field(default_factory=list)

    def compatible(self, event_type: str, actors: list[int], date: DateValue) -> bool:
        if event_type != self.type or date.year != self.date.year:
            return False
        # The main actor of one must take part in the other (articles disagree on who leads a sentence).
        if not actors or not self.actors or (actors[0] not in self.actors and self.actors[0] not in actors):
            return False
        # Secondary actors must not contradict: the same pair, or one side naming only the main actor.
        if event_type in TWO_PARTY and len(actors) > 1 and len(self.actors) > 1 \
                and len(set(actors) & set(self.actors)) < 2:
            return False
        months = (self.date.month, date.month)
        if None in months or "season" in (self.date.precision, date.precision):
            return abs((months[0] or 0) - (months[1] or 0)) <= 3 or None in months
        return months[0] == months[1]


def _better(a: DateValue, b: DateValue) -> bool:
    return PRECISION_RANK.get(a.precision, 0) > PRECISION_RANK.get(b.precision, 0)


def timeline(ctx: Context, query: str) -> Answer:
    session = ctx.session
    answer = Answer(command="timeline", query=query)
    stmt = select(m.Event).where(m.Event.date_year.is_not(None))
    if query:
        entity, problem = resolve(ctx, "timeline", query)
        if problem:
            return problem
        assert entity is not None
        answer.entity = entity_info(entity)
        stmt = stmt.join(m.EventActor, m.EventActor.event_id == m.Event.id).where(m.EventActor.entity_id == entity.id)
    events = list(
        session.execute(
            stmt.order_by(m.Event.date_year.desc(), m.Event.date_month.desc(), m.Event.id.desc())
            .limit(min(MAX_EVENTS, ctx.limit * 10))
        ).scalars()
    )
    actors: dict[int, list[int]] = defaultdict(list)
    names: dict[int, str] = {}
    _load_actors(ctx, events, actors, names)

    clusters: list[_Cluster] = []
    buckets: dict[tuple[str, int], list[_Cluster]] = defaultdict(list)  # only (type, year) can merge
    for event in sorted(events, key=lambda e: (e.date_year, e.date_month or 0, e.date_day or 0, e.id)):
        date = row_date(event)
        assert date is not None
        ev_actors = actors.get(event.id, [])
        bucket = buckets[(event.type, date.year)]
        for cluster in bucket:
            if cluster.compatible(event.type, ev_actors, date):
                cluster.events.append(event)
                if _better(date, cluster.date):
                    cluster.date = date
                if len(ev_actors) > len(cluster.actors):
                    cluster.actors = ev_actors
                break
        else:
            clusters.append(_Cluster(event.type, ev_actors, date, [event]))
            bucket.append(clusters[-1])

    events += _attach_undated(ctx, clusters, actors, names)
    refs = queries.passages_with_articles(session=session, passage_ids=[e.passage_id for e in events])
    amounts = _amounts_by_event(ctx, [e.id for e in events])
    items = []
    for cluster in clusters:
        items.append(_item(ctx, cluster, refs, amounts, names))
    items.sort(key=lambda i: (i.extra["sort"], i.extra["first_id"]))
    answer.total = len(items)
    answer.items = items[: ctx.limit] if query else items[-ctx.limit :]
    return answer


def _load_actors(ctx: Context, events: list[m.Event], actors: dict[int, list[int]], names: dict[int, str]) -> None:
    """Fill ``actors`` (event id -> entity ids, main actor first) and ``names`` for ``events``."""
    if not events:
        return
    for event_id, entity_id, name in ctx.session.execute(
        select(m.EventActor.event_id, m.EventActor.entity_id, m.Entity.name)
        .join(m.Entity, m.Entity.id == m.EventActor.entity_id)
        .where(m.EventActor.event_id.in_([e.id for e in events]))
        .order_by(m.EventActor.event_id, m.EventActor.position)
    ):
        actors[event_id].append(entity_id)
        names[entity_id] = name


def _attach_undated(ctx: Context, clusters: list[_Cluster], actors: dict[int, list[int]], names: dict[int, str]) -> list[m.Event]:
    """Articles that tell a dated event without a date of their own still count as its sources.

    An undated event joins a cluster when it has the same type and main actor and shares another
    actor; when several clusters fit, the one sharing most actors wins. Nothing gets a date it did
    not have: the item's date comes from the articles that state one.
    """
    main_actors = {c.actors[0] for c in clusters if c.actors}
    if not main_actors:
        return []
    undated = list(
        ctx.session.execute(
            select(m.Event)
            .join(m.EventActor, m.EventActor.event_id == m.Event.id)
            .where(m.Event.date_year.is_(None), m.EventActor.position == 0, m.EventActor.entity_id.in_(main_actors))
            .order_by(m.Event.id)
            .limit(min(MAX_EVENTS, ctx.limit * 10))
        ).scalars()
    )
    if not undated:
        return []
    _load_actors(ctx, undated, actors, names)
    attached = []
    for event in undated:
        ev_actors = actors.get(event.id, [])
        fits = [
            (len(set(ev_actors) & set(c.actors)), c)
            for c in clusters
            if c.type == event.type and c.actors and ev_actors and c.actors[0] == ev_actors[0]
            and (event.type not in TWO_PARTY or set(ev_actors[1:]) & set(c.actors[1:]))
        ]
        if fits:
            best = max(fits, key=lambda f: f[0])[1]
            best.events.append(event)
            attached.append(event)
    return attached


def _amounts_by_event(ctx: Context, event_ids: list[int]) -> dict[int, list[m.Amount]]:
    result: dict[int, list[m.Amount]] = defaultdict(list)
    if event_ids:
        rows = ctx.session.execute(select(m.Amount).where(m.Amount.event_id.in_(event_ids), m.Amount.kind == "money"))
        for amount in rows.scalars():
            result[amount.event_id].append(amount)  # type: ignore[index]
    return result


def _item(ctx: Context, cluster: _Cluster, refs, amounts, names) -> Item:  # type: ignore[no-untyped-def]
    # The sentence that states the date most precisely leads; every article is cited once.
    lead = max(cluster.events, key=lambda e: (e.date_year is not None, PRECISION_RANK.get(e.date_precision or "year", 0), -e.id))
    ordered = [lead] + [e for e in cluster.events if e is not lead]
    sources: list[SourceRef] = []
    for event in ordered:
        passage, article = refs[event.passage_id]
        if all(s.article_id != article.id for s in sources):
            sources.append(source_ref(article, passage, ctx.public_url))
    variants = _variants(ctx, ordered, refs, amounts)
    date = cluster.date
    return Item(
        text=lead.text,
        sources=sources,
        date=date.iso(),
        date_text=date.text or None,
        kind=cluster.type,
        variants=variants,
        extra={
            "count": len(sources),
            "actors": [names[a] for a in cluster.actors if a in names],
            "sort": date.sort_key(),
            "first_id": min(e.id for e in cluster.events if e.date_year is not None),
            "precision": date.precision,
        },
    )


def _variants(ctx: Context, events: list[m.Event], refs, amounts) -> list[dict]:  # type: ignore[no-untyped-def]
    """Differing money figures for one event, each with the sources that state it."""
    by_value: dict[tuple[float, str | None], dict] = {}
    for event in events:
        passage, article = refs[event.passage_id]
        for amount in amounts.get(event.id, []):
            key = (round(amount.value, 2), amount.currency)
            entry = by_value.setdefault(key, {"text": amount.text, "value": amount.value, "currency": amount.currency,
                                              "sources": []})
            if all(s.article_id != article.id for s in entry["sources"]):
                entry["sources"].append(source_ref(article, passage, ctx.public_url))
    # Figures differ only when different articles state different values (not one article's two numbers).
    article_sets = {frozenset(s.article_id for s in v["sources"]) for v in by_value.values()}
    if len(by_value) < 2 or len(article_sets) < 2:
        return []
    return sorted(by_value.values(), key=lambda v: (-len(v["sources"]), v["value"]))
