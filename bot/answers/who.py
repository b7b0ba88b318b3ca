"""/who NAME: what an entity is, people's roles, its key facts (corroborated first), related entities."""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from bot.answers.common import sentence_at, source_ref
from bot.answers.context import Context
from bot.answers.matching import IndexedEntity, Match, name_index
from bot.domain import Answer, EntityInfo, Item, RoleItem
from bot.extraction.roles import title_and_rest, titles_agree
from db import answers_queries as reads
from db import queries
from db.names import norm_name

MAX_MENTIONS = 400  # newest mentions considered for key facts; keeps /who fast on huge entities
SAME_FACT = 62  # token-set similarity at which two sentences from different articles state one fact


def entity_info(ent: IndexedEntity) -> EntityInfo:
    return EntityInfo(name=ent.name, kind=ent.kind, aliases=sorted(ent.aliases, key=str.lower), id=ent.id,
                      mentions=ent.mentions)


def unresolved(command: str, query: str, match: Match, ctx: Context) -> Answer:
    """The answer for a name that did not resolve: did-you-mean candidates or nearest names."""
    index = name_index(ctx.session)
    if match.status == "ambiguous":
        return Answer(command=command, query=query, status="ambiguous", message="ambiguous",
                      suggestions=[c.name for c in match.candidates])
    near = match.candidates or index.nearest(query)
    return Answer(command=command, query=query, status="not_found", message="not_found",
                  suggestions=[c.name for c in near[:3]])


def resolve(ctx: Context, command: str, query: str) -> tuple[IndexedEntity | None, Answer | None]:
    index = name_index(ctx.session)
    match = index.lookup(query)
    if match.status == "ok" and match.entity is not None and not (match.entity.kind != "person" and title_and_rest(query)):
        return match.entity, None
    holder = _holder_of(ctx, query)
    if holder is not None:
        return index.entities.get(holder, None), None
    if match.status == "ok" and match.entity is not None:
        return match.entity, None
    return None, unresolved(command, query, match, ctx)


def _holder_of(ctx: Context, query: str) -> int | None:
    """The one person the articles give the title the query names ("Dirjen Minerba", "Menteri
    Komunikasi dan Digital"): the title agrees and every other word typed is in the role's organisation
    or its sentence."""
    parsed = title_and_rest(query)
    if parsed is None:
        return None
    title, rest = parsed
    words = [w for w in norm_name(rest).split() if len(w) > 2 and w not in ("dan", "and", "the", "of")]
    holders = set()
    for person_id, _name, held, org, passage in reads.role_holders(session=ctx.session):
        if not titles_agree(title, held):
            continue
        where = norm_name(f"{org or ''} {held} {passage}")
        if all(w in where for w in words):
            holders.add(person_id)
    return holders.pop() if len(holders) == 1 else None


def who(ctx: Context, query: str) -> Answer:
    if not query:
        return who_list(ctx)
    entity, problem = resolve(ctx, "who", query)
    if problem:
        return problem
    assert entity is not None
    answer = Answer(command="who", query=query, entity=entity_info(entity))
    answer.roles = _roles(ctx, entity)
    answer.items, answer.total = _key_facts(ctx, entity)
    answer.related = _related(ctx, entity)
    return answer


def who_list(ctx: Context) -> Answer:
    index = name_index(ctx.session)
    people = index.most_mentioned(ctx.limit)
    items = [Item(text=e.name, kind=e.kind, extra={"mentions": e.mentions, "aliases": sorted(e.aliases)}) for e in people]
    return Answer(command="who", query="", items=items, total=len(items), message="people_orgs")


def _roles(ctx: Context, entity: IndexedEntity) -> list[RoleItem]:
    session = ctx.session
    rows = reads.roles_of(session=session, entity_id=entity.id, as_person=entity.kind == "person", limit=500)
    refs = queries.passages_with_articles(session=session, passage_ids=[r[0].passage_id for r in rows])
    grouped: dict[tuple, RoleItem] = {}
    ended = _ended_roles(ctx, rows, refs)
    for role, person_name, org_name in rows:
        former = role.former or role.id in ended
        key = (person_name, role.title.lower(), org_name, former)
        item = grouped.get(key)
        if item is None:
            item = grouped[key] = RoleItem(person=person_name, title=role.title, org=org_name, former=former,
                                           sources=[])
        if role.date_year and not item.date:
            item.date = f"{role.date_year}" + (f"-{role.date_month:02d}" if role.date_month and role.date_precision in ("month", "day") else "")
        passage, article = refs[role.passage_id]
        if all(s.article_id != article.id for s in item.sources):
            item.sources.append(source_ref(article, passage, ctx.public_url))
    # Current roles before former ones; the best attested first.
    return sorted(grouped.values(), key=lambda r: (r.former, -len(r.sources), r.person.lower(), r.title.lower()))


def _ended_roles(ctx: Context, rows, refs) -> set[int]:  # type: ignore[no-untyped-def]
    """Roles a later departure of their holder from their organisation ended ("resigned as president
    director on Friday"): told in the same passage, or on or after the day the role was reported."""
    departures = reads.departures_of(session=ctx.session, person_ids=sorted({r.person_id for r, _p, _o in rows}))
    ended: set[int] = set()
    for role, _person, _org in rows:
        if "interim" in role.title.lower() or "founder" in role.title.lower() or "pendiri" in role.title.lower():
            continue  # an acting holder is named when the holder leaves; a founder stays one
        told = tuple(int(x) for x in re.findall(r"\d+", (refs[role.passage_id][1].published or "")[:10]))
        for person, orgs, day, passage in departures.get(role.person_id, ()):
            # a departure naming no organisation leaves the person's post ("... yang mengundurkan diri")
            if person == role.person_id and (role.org_id is None or not orgs or role.org_id in orgs) \
                    and (passage == role.passage_id or day >= told):
                ended.add(role.id)
    return ended


def _key_facts(ctx: Context, entity: IndexedEntity) -> tuple[list[Item], int]:
    session = ctx.session
    mentions = reads.mentions_of(session=session, entity_id=entity.id, limit=MAX_MENTIONS)
    refs = queries.passages_with_articles(session=session, passage_ids=[r[0] for r in mentions])
    passage_ids = list(refs)
    weight = reads.fact_weights(session=session, passage_ids=passage_ids)

    # Sentences that state an event of the entity come first, even where it is not named ("the company
    # laid off ..."); then one candidate fact per sentence that names the entity.
    acted = queries.event_sentences_of(session=session, entity_id=entity.id, limit=MAX_MENTIONS)
    refs.update(queries.passages_with_articles(session=session, passage_ids=[pid for pid, _t in acted]))
    stated = {(pid, text) for pid, text in acted}
    seen: set[tuple[int, str]] = set()
    candidates: list[tuple[str, int]] = []
    for pid, text in acted:
        if (pid, text) not in seen:
            seen.add((pid, text))
            candidates.append((text, pid))
    for pid, start, end in mentions:
        passage, _article = refs[pid]
        sentence = sentence_at(passage.text, start, end)
        if (pid, sentence) in seen or len(sentence) < 25:
            continue
        seen.add((pid, sentence))
        candidates.append((sentence, pid))

    # Merge the same fact told by different articles (corroboration).
    clusters: list[dict] = []
    for sentence, pid in candidates:
        article_id = refs[pid][1].id
        for cluster in clusters:
            if article_id not in cluster["articles"] and fuzz.token_set_ratio(sentence, cluster["text"]) >= SAME_FACT \
                    and fuzz.ratio(sentence, cluster["text"]) >= 45:
                cluster["articles"].add(article_id)
                cluster["pids"].append(pid)
                break
        else:
            clusters.append({"text": sentence, "pids": [pid], "articles": {article_id}})

    def score(cluster: dict) -> tuple:
        info = max(weight[p] + (5 if (p, cluster["text"]) in stated else 0) for p in cluster["pids"])
        return (-len(cluster["articles"]), -info, -len(cluster["text"]) // 80, cluster["pids"][0])

    clusters.sort(key=score)
    items = []
    for cluster in clusters[: ctx.limit]:
        sources = []
        for pid in cluster["pids"]:
            passage, article = refs[pid]
            sources.append(source_ref(article, passage, ctx.public_url))
        items.append(Item(text=cluster["text"], sources=sources, kind="fact"))
    return items, len(clusters)


def _related(ctx: Context, entity: IndexedEntity, limit: int = 8) -> list[str]:
    rows = reads.co_mentions(session=ctx.session, entity_id=entity.id, mentions=MAX_MENTIONS)
    per_entity: dict[str, set[int]] = defaultdict(set)
    for name, kind, pid in rows:
        if kind in ("person", "org", "product", "place"):
            per_entity[name].add(pid)
    ranked = sorted(per_entity.items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))
    return [name for name, _ in ranked[:limit]]
