"""/who NAME: what an entity is, people's roles, its key facts (corroborated first), related entities."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

from rapidfuzz import fuzz

from bot.answers.common import sentence_at, source_ref
from bot.answers.context import Context
from bot.answers.matching import IndexedEntity
from bot.answers.subject import about_entity, entity_info, index_of
from bot.domain import Answer, EntityInfo, Item, MessageKey, RoleItem
from bot.extraction.kinds import gazetteer_kind
from bot.extraction.lexicons import ORG_PREFIX, ORG_SUFFIX, ORG_WORDS, STOPWORDS
from bot.extraction.roles import post_of, single_seat
from bot.extraction.text import split_sentences
from db import answers_queries as reads
from db import records
from db.names import norm_name

MAX_MENTIONS = 400  # newest mentions considered for key facts; keeps /who fast on huge entities
SAME_FACT = 62  # token-set similarity at which two sentences from different articles state one fact
SAME_WORDS = 0.6  # ... and the share of the shorter one's own words (not names) the other must use too
_ALIKE = 45  # whole-string ratio two tellings of one fact must reach first (a cheaper test than the token sets)


def who(ctx: Context, query: str) -> Answer:
    """/who NAME, or /who alone: the most mentioned people and organisations."""
    return _who(ctx, query) if query else who_list(ctx)


@about_entity("who")
def _who(ctx: Context, query: str, entity: IndexedEntity) -> Answer:
    answer = Answer(command="who", query=query, entity=entity_info(entity))
    answer.roles = _roles(ctx, entity)
    answer.items, answer.total = _key_facts(ctx, entity)
    answer.related = _related(ctx, entity)
    return answer


def who_list(ctx: Context) -> Answer:
    index = index_of(ctx)
    people = index.most_mentioned(ctx.limit)
    items = [Item(text=e.name, kind=e.kind,
                  entity=EntityInfo(name=e.name, kind=e.kind, aliases=sorted(e.aliases), id=e.id, mentions=e.mentions))
             for e in people]
    return Answer(command="who", query="", items=items, total=len(items), message=MessageKey.PEOPLE_ORGS)


def local_arms(ctx: Context, entity: IndexedEntity) -> list[IndexedEntity]:
    """The organisation's arms in a place, named as it is plus the place ("Halcyra Indonesia" of
    "Halcyra Systems", also called "Halcyra"): what they hold and pay is told under its name too."""
    if entity.kind != "org":
        return []
    index = index_of(ctx)
    names = {norm_name(n) for n in [entity.name, *entity.aliases]}
    near = set().union(*(index.tokens.get(n.split()[0], set()) for n in names if n))
    arms = []
    for other_id in sorted(near - {entity.id}):
        other = index.entities[other_id]
        head, _, place = norm_name(other.name).rpartition(" ")
        kind = gazetteer_kind(place.title()) if head in names else None
        if other.kind == "org" and kind and kind[1] == "place":
            arms.append(other)
    return arms


def stand_ins(ctx: Context, entity: IndexedEntity) -> list[IndexedEntity]:
    """Shorter or lettered forms of the name stored apart ("KKP" of "Kementerian Kelautan dan Perikanan", from
    an article that never spelled it out): what is told of them is told of it."""
    return index_of(ctx).stand_ins(entity.id)


def namesake_products(ctx: Context, entity: IndexedEntity) -> list[IndexedEntity]:
    """The organisation's products named after it ("Lintang Dana Pasti" of "Lintang Arta"): what is told of
    them is told of their maker."""
    if entity.kind != "org":
        return []
    index = index_of(ctx)
    # the distinctive words of its names ("lintang", "arta" of "Asuransi Jiwa Lintang Arta"), not "asuransi"
    heads = {w for n in [entity.name, *entity.aliases] for w in norm_name(n).split()
             if len(w) >= 4 and w not in ORG_WORDS | ORG_PREFIX | ORG_SUFFIX}
    near = set().union(*(index.tokens.get(h, set()) for h in heads)) - {entity.id}
    return [index.entities[i] for i in sorted(near)
            if index.entities[i].kind == "product" and norm_name(index.entities[i].name).split()[0] in heads]


def _roles(ctx: Context, entity: IndexedEntity) -> list[RoleItem]:
    session = ctx.session
    as_person = entity.kind == "person"
    read, refs = reads.roles_with_passages_of(
        session=session, entity_ids=[ent.id for ent in [entity, *local_arms(ctx, entity), *stand_ins(ctx, entity)]],
        as_person=as_person, limit=500)
    rows = [row for got in read.values() for row in got]
    grouped: dict[tuple, RoleItem] = {}
    cited: dict[tuple, set[int]] = defaultdict(set)  # each item's articles cited (a hot organisation's: hundreds)
    ended = _ended_roles(ctx, rows, refs) | _succeeded_roles(ctx, rows, {} if as_person else read)
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
        if article.id not in cited[key]:
            cited[key].add(article.id)
            item.sources.append(source_ref(article, passage, ctx.public_url))
    # Current roles before former ones; the best attested first.
    return sorted(grouped.values(), key=lambda r: (r.former, -len(r.sources), r.person.lower(), r.title.lower()))


def _ended_roles(ctx: Context, rows, refs) -> set[int]:  # type: ignore[no-untyped-def]
    """Roles a later departure of their holder from their organisation ended ("resigned as president
    director on Friday"): told in the same passage, or on or after the day the role was reported."""
    # a role told as former is former whatever ended it: only the others are looked at (and their holders'
    # departures read); an acting holder is named when the holder leaves; a founder stays one
    current = [role for role, _person, _org in rows if not role.former and not _stays(role.title.lower())]
    departures = reads.departures_of(session=ctx.session, person_ids=sorted({r.person_id for r in current}))
    ended: set[int] = set()
    for role in (r for r in current if r.person_id in departures):
        told = tuple(int(x) for x in re.findall(r"\d+", (refs[role.passage_id][1].published or "")[:10]))
        if any(_ends(role, told, departure) for departure in departures[role.person_id]):
            ended.add(role.id)
    return ended


def _ends(role: records.Role, told: tuple[int, ...], departure: reads.Departure) -> bool:
    """Whether the departure ends the role told on day ``told``: its holder's, from its organisation (a
    departure naming no organisation leaves the person's post: "... yang mengundurkan diri"), told in the
    same passage or on or after that day."""
    person, orgs, day, passage = departure
    return person == role.person_id and (role.org_id is None or not orgs or role.org_id in orgs) \
        and (passage == role.passage_id or day >= told)


def _stays(title: str) -> bool:
    return "interim" in title or "founder" in title or "pendiri" in title


def _succeeded_roles(ctx: Context, rows, read) -> set[int]:  # type: ignore[no-untyped-def]
    """Roles of a post one person holds at a time (CEO, president director, chair) that another person
    was told to hold later: in an article published after every telling of the first holder, or as the
    acting holder (an acting head stands in for one who is gone). ``read``: the roles already read of
    organisations (org id -> roles_of rows), for ``_single_seat_posts``."""
    ended: set[int] = set()
    for holders in _single_seat_posts(ctx, rows, read).values():
        ended.update(succeeded_in(holders))
    return ended


Telling = tuple[reads.SeatRole, str]  # a role and the publication day of the article that told it


def succeeded_in(holders: list[Telling]) -> list[int]:
    """The ids of the roles of one post (``holders``, each with the day it was told) that another person took:
    one told after every telling of the role's holder, or an acting holder told no earlier (when the role is not
    itself an acting one). Linear in the tellings: whether another person was told later needs only the post's
    latest day and the latest day of anyone else than the person of that latest day, for all tellings and for
    the acting ones."""
    last: dict[int, str] = {}  # each holder's last telling of the post
    for role, day in holders:
        last[role.person_id] = max(last.get(role.person_id, day), day)
    latest = _latest_two((role.person_id, day) for role, day in holders)
    acting = _latest_two((role.person_id, day) for role, day in holders if _acting(role.title))
    ended = []
    for role, _day in holders:
        mine = last[role.person_id]
        later = _others_latest(latest, role.person_id)
        stand_in = None if _acting(role.title) else _others_latest(acting, role.person_id)
        if (later is not None and later > mine) or (stand_in is not None and stand_in >= mine):
            ended.append(role.id)
    return ended


_Latest = tuple[int, str, str | None] | None  # (person of the latest day, that day, the latest day of anyone else)


def _latest_two(tellings: Iterable[tuple[int, str]]) -> _Latest:
    """The latest day of (person, day) ``tellings``, its person, and the latest day of any other person (None
    if there is none); None when there are no tellings."""
    top: _Latest = None
    for person, day in tellings:
        if top is None:
            top = (person, day, None)
        elif person == top[0]:
            top = (person, max(top[1], day), top[2])
        elif day > top[1]:
            top = (person, day, top[1])  # the day it beats was the latest of all, and someone else's
        else:
            top = (top[0], top[1], day if top[2] is None else max(top[2], day))
    return top


def _others_latest(top: _Latest, person: int) -> str | None:
    """The latest day of anyone but ``person`` in ``top`` (``_latest_two``), None if nobody else was told."""
    if top is None:
        return None
    return top[1] if top[0] != person else top[2]


def _acting(title: str) -> bool:
    return title.lower().startswith("interim")


def _single_seat_posts(ctx: Context, rows, read) -> dict[tuple[int, str], list[Telling]]:  # type: ignore[no-untyped-def]
    """(organisation, post) -> the current roles of that single-seat post, whoever holds them, each with the day
    it was told: the posts of ``rows``' current roles, all that ``_succeeded_roles`` is asked of (an
    organisation's other posts are not looked at, nor their roles' dates read). ``read``: roles read already
    (org id -> roles_of rows)."""
    seats: dict[str, str | None] = {}
    wanted = {(r.org_id, seat) for r, _p, _o in rows
              if not r.former and r.org_id is not None and (seat := _seat_of(r.title, seats)) is not None}
    orgs = sorted({org_id for org_id, _seat in wanted})
    unread = _seat_holders(ctx, [org_id for org_id in orgs if not read.get(org_id)], wanted, seats)
    posts: dict[tuple[int, str], list[reads.SeatRole]] = defaultdict(list)
    for org_id in orgs:
        known = [reads.SeatRole(r.id, r.person_id, r.title, r.former, r.article_id) for r, _p, _o in read.get(org_id, [])]
        for role in known or unread.get(org_id, []):
            post = (org_id, _seat_of(role.title, seats))
            if not role.former and post in wanted:
                posts[post].append(role)  # type: ignore[index]
    return _told(ctx, posts)


def _seat_holders(ctx: Context, org_ids: list[int], wanted: set[tuple[int, str]], seats: dict[str, str | None]
                  ) -> dict[int, list[reads.SeatRole]]:
    """org id -> the current roles, among its first 500 (those ``roles_of`` reads), whose titles name one of the
    ``wanted`` posts of ``org_ids``: each organisation's titles are read first, and then only those roles, not
    every role of every title."""
    titled = reads.seat_titles_of(session=ctx.session, org_ids=org_ids)
    for org_id, (bound, titles) in titled.items():
        titled[org_id] = (bound, [t for t in titles if (org_id, _seat_of(t, seats)) in wanted])
    return reads.current_seat_roles_of(session=ctx.session, titled=titled)


def _told(ctx: Context, posts: dict[tuple[int, str], list[reads.SeatRole]]) -> dict[tuple[int, str], list[Telling]]:
    """Each role of ``posts`` with the day it was told: its article's date. Only the dates are read, not the
    passages (with their articles) of thousands of roles, as a person's /who read for every organisation of
    their posts."""
    days = reads.published_of(session=ctx.session, article_ids={r.article_id for roles in posts.values() for r in roles})
    return {post: [(role, (days.get(role.article_id) or "")[:10]) for role in roles] for post, roles in posts.items()}


def _seat_of(title: str, seats: dict[str, str | None]) -> str | None:
    """The post a title names when one person holds it at a time (``post_of``), else None; ``seats`` keeps
    each title's answer (a hot organisation's roles repeat a few titles hundreds of times)."""
    if title not in seats:
        seats[title] = _single_seat_post(title)
    return seats[title]


@lru_cache(maxsize=8192)  # a store's titles repeat across organisations and asks; working one out is ~0.2 ms
def _single_seat_post(title: str) -> str | None:
    return post_of(title) if single_seat(title) else None


def _key_facts(ctx: Context, entity: IndexedEntity) -> tuple[list[Item], int]:
    session = ctx.session
    same = [entity, *stand_ins(ctx, entity)]
    mentions, refs, weight = reads.mentioned_passages(
        session=session, entity_ids=[ent.id for ent in [*same, *namesake_products(ctx, entity)]], limit=MAX_MENTIONS)
    acted = reads.event_sentences_cited(session=session, entity_ids=[ent.id for ent in same], limit=MAX_MENTIONS,
                                        refs=refs)
    stated = {(pid, text) for pid, text in acted}
    clusters = _corroborated(_candidates(acted, mentions, refs), refs)

    def score(cluster: _Cluster) -> tuple:
        info = max(weight[p] + (5 if (p, cluster.text) in stated else 0) for p in cluster.pids)
        return (-len(cluster.articles), -info, -len(cluster.text) // 80, cluster.pids[0])

    clusters.sort(key=score)
    items = []
    for cluster in clusters[: ctx.limit]:
        sources = [source_ref(refs[pid][1], refs[pid][0], ctx.public_url) for pid in cluster.pids]
        items.append(Item(text=cluster.text, sources=sources, kind="fact"))
    return items, len(clusters)


def _candidates(acted: list[tuple[int, str]], mentions: list[tuple[int, int, int]], refs: dict) -> list[tuple[str, int]]:
    """(sentence, passage id) of the candidate facts: the sentences that state an event of the entity
    first, even where it is not named ("the company laid off ..."); then each sentence that names it."""
    seen: set[tuple[int, str]] = set()
    out: list[tuple[str, int]] = []
    for pid, text in acted:
        if (pid, text) not in seen:
            seen.add((pid, text))
            out.append((text, pid))
    for pid, start, end in mentions:
        text = refs[pid][0].text
        sentence = sentence_at(text, start, end, _sentence_spans(text))  # a passage named several times is split once
        if (pid, sentence) in seen or len(sentence) < 25:
            continue
        seen.add((pid, sentence))
        out.append((sentence, pid))
    return out


@dataclass
class _Cluster:
    """One fact and the passages (of different articles) that state it; ``text`` is the first telling."""

    text: str
    pids: list[int]
    articles: set[int]


def _corroborated(candidates: list[tuple[str, int]], refs: dict) -> list[_Cluster]:
    """The candidates grouped into facts: a sentence joins the first fact, told by another article, that
    it restates (``same_fact``). Each sentence's figures and words are found once, and only the facts that
    share enough of its words (``_Facts.near``, a few of hundreds) are scored against it."""
    clusters: list[_Cluster] = []
    facts = _Facts()
    texts, traits = facts.texts, facts.traits
    for sentence, pid in candidates:
        article_id, mine = refs[pid][1].id, _traits(sentence)
        figures, joined = mine[0], None
        # ``same_fact``'s tests, cheapest first (all must agree: the order is free): another article; figures both
        # give not all different; the words ``near`` has tested already (``_restates``' second test); the ratios
        for i in facts.near(mine[1]):
            cluster = clusters[i]
            if article_id in cluster.articles or (figures and traits[i][0] and figures.isdisjoint(traits[i][0])):
                continue
            if fuzz.ratio(sentence, texts[i], score_cutoff=_ALIKE) \
                    and fuzz.token_set_ratio(sentence, texts[i], score_cutoff=SAME_FACT):
                joined = cluster
                break
        if joined is None:
            clusters.append(_Cluster(sentence, [pid], {article_id}))
            facts.add(sentence, mine)
        else:
            joined.articles.add(article_id)
            joined.pids.append(pid)
    return clusters


class _Facts:
    """The facts' texts and traits, in order, with the facts that use each content word."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.traits: list[_Traits] = []
        self._using: dict[str, list[int]] = defaultdict(list)  # word -> the facts whose text uses it
        self._wordless: list[int] = []  # the facts with no content word (every sentence shares enough of them)
        self._sizes: list[int] = []  # how many content words each fact's text has

    def add(self, text: str, traits: _Traits) -> None:
        index = len(self.texts)
        self.texts.append(text)
        self.traits.append(traits)
        self._sizes.append(len(traits[1]))
        for word in traits[1]:
            self._using[word].append(index)
        if not traits[1]:
            self._wordless.append(index)

    def near(self, words: frozenset[str]) -> list[int]:
        """The facts, in order, whose words a sentence of ``words`` shares as ``_restates`` asks (its second
        test): the others cannot be one fact with it."""
        if not words:
            return list(range(len(self.texts)))
        shared = Counter(chain.from_iterable(map(self._using.get, words, repeat((), len(words)))))
        # n >= SAME_WORDS * min(mine, size): the product is monotone, so either bound reached is enough
        enough, sizes = SAME_WORDS * len(words), self._sizes
        near = [i for i, n in shared.items() if n >= enough or n >= SAME_WORDS * sizes[i]]
        return sorted(near + self._wordless)


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_CONTENT_WORD = re.compile(r"(?<![\w-])([a-z][\w-]{2,})")
_Traits = tuple[frozenset[str], frozenset[str]]  # a sentence's figures and content words


def same_fact(a: str, b: str) -> bool:
    """Whether two sentences state one fact: alike as wholes, and alike in what they say besides the
    names they share. Sentences about one name share it and often its descriptions ("Pintarloka, the
    edtech startup"), which makes a filing and a hearing, or a fine and a settlement, look alike; so
    their other words must mostly agree, and figures both give must not all differ."""
    # the cheaper whole-string ratio first; both with a cutoff (0 below it), the result is the same
    return bool(fuzz.ratio(a, b, score_cutoff=_ALIKE)) and _restates(a, b, _traits(a), _traits(b))


def _restates(a: str, b: str, traits_a: _Traits, traits_b: _Traits) -> bool:
    """``same_fact`` past its whole-string ratio, given each sentence's figures and words (found once a
    sentence): comparing them comes before the token sets (all three must agree: the order is free)."""
    (figures_a, words_a), (figures_b, words_b) = traits_a, traits_b
    if figures_a and figures_b and not figures_a & figures_b:
        return False
    if len(words_a & words_b) < SAME_WORDS * min(len(words_a), len(words_b)):
        return False
    return bool(fuzz.token_set_ratio(a, b, score_cutoff=SAME_FACT))


@lru_cache(maxsize=8192)  # a name's candidate sentences come back every time it is asked; two regexes a sentence
def _traits(sentence: str) -> _Traits:
    return frozenset(_FIGURE.findall(sentence)), frozenset(_content_words(sentence))


@lru_cache(maxsize=4096)  # the passages of a name's newest mentions, likewise
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(split_sentences(text))


def _content_words(sentence: str) -> set[str]:
    """The lower-case words of a sentence (names are capitalised, so they are left out) but function words."""
    return {w for w in _CONTENT_WORD.findall(sentence) if w not in STOPWORDS}


def _related(ctx: Context, entity: IndexedEntity, limit: int = 8) -> list[str]:
    rows = reads.co_mentions(session=ctx.session, entity_id=entity.id, mentions=MAX_MENTIONS)
    per_entity: dict[str, set[int]] = defaultdict(set)
    for name, kind, pid in rows:
        if kind in ("person", "org", "product", "place"):
            per_entity[name].add(pid)
    ranked = sorted(per_entity.items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))
    return [name for name, _ in ranked[:limit]]
