"""/brief [since]: what is new, story by story; scheduled digests are made the same way.

``since`` is nothing (what was stored since this chat's last /brief), ``all``, a span back from now
(``24h``, ``7d``, ``2w``: articles published since), or a month or a day (``2025-06``, ``2025-06-10``:
published since its first day). Stories (``bot.stories``) come newest first, by their newest new article:
one headline line each, then what their new articles add, dated events and money figures, each told once
with every outlet that told it (one link each) and differing figures side by side. What the story's
earlier articles already told is not new; a story whose new articles only retell it is one line, "also
reported by".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from bot.answers.common import PRECISION_RANK, row_date, sentence_with, source_ref
from bot.answers.context import Context
from bot.answers.timeline import agree
from bot.domain import Answer, Figure, Item, MessageKey, SourceRef, StoryInfo
from bot.extraction.events import family
from db import chats, queries, records
from db import models as m
from db import stories as q
from db.stories import Window

MAX_STORIES = 20
MAX_FACTS = 6  # new facts shown per story; the rest are counted
# Articles of one story a brief reads (its new ones first, then the latest others): a brief is then bounded
# however large a story grows. Story grouping let one story of the 10k bench take 3,406 articles, and
# reading, comparing and citing all of them made `/brief all` take minutes. The largest stories of the
# seeds, samples and 1k bench have 5 to 10 articles.
MAX_STORY_ARTICLES = 100
SAME_EVENT_DAYS = 2  # two day-precise tellings further apart are two happenings
BASIS_RANK = {"stated": 3, "anchored": 2, "planned": 1, "reported": 0}
_SPAN = re.compile(r"^(\d{1,4})\s*([hdw])$")
_UNIT = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def parse_since(text: str, *, now: datetime, last_brief: datetime | None) -> Window | None:
    """The window of new articles ``text`` asks for; None when it is no period we know."""
    word = text.strip().lower()
    if not word:
        return Window(stored_after=last_brief)
    if word in ("all", "semua"):
        return Window()
    if span := _SPAN.match(word):
        amount = int(span.group(1))
        return Window(published_from=(now - amount * _UNIT[span.group(2)]).date()) if amount else None
    if day := _DAY.match(word):
        try:
            return Window(published_from=date(int(day.group(1)), int(day.group(2)), int(day.group(3) or 1)))
        except ValueError:
            return None
    return None


def _now(ctx: Context) -> datetime:
    clock = ctx.services.get("now")
    return clock() if callable(clock) else datetime.now(UTC).replace(tzinfo=None)  # type: ignore[no-any-return]


def brief(ctx: Context, query: str) -> Answer:
    """What is new since this chat's last brief, or since ``query`` (see the module docstring)."""
    text = query.strip()
    pref = chats.chat_pref(session=ctx.session, chat_key=ctx.chat_key) if ctx.chat_key else None
    window = parse_since(text, now=_now(ctx), last_brief=pref.last_brief_at if pref is not None else None)
    if window is None:
        return Answer(command="brief", query=text, status="invalid", message=MessageKey.BRIEF_SINCE)
    items = story_items(ctx.session, window, limit=min(ctx.limit, MAX_STORIES), public_url=ctx.public_url)
    if ctx.chat_key:
        chats.mark_briefed(session=ctx.session, chat_key=ctx.chat_key, when=datetime.utcnow())
    if not items:
        return Answer(command="brief", query=text, status="not_found", message=MessageKey.BRIEF_NOTHING_IN if text else MessageKey.BRIEF_NOTHING)
    return Answer(command="brief", query=text, items=items, total=len(items), message=MessageKey.BRIEF)


# --------------------------------------------------------------------------- what the stories' articles tell


@dataclass
class _Loaded:
    """The dated events, figures and first passages of the stories' articles, read in a few queries.

    Facts are decided on these rows alone; the passages they cite are read afterwards, for the facts
    shown only (``cite_shown``): a story of big articles has hundreds of events, and their passages would
    be most of the articles' texts."""

    events: dict[int, list[records.Event]] = field(default_factory=dict)  # article id -> events
    actors: dict[int, list[int]] = field(default_factory=dict)  # event id -> actors, main first
    money: dict[int, list[records.Amount]] = field(default_factory=dict)  # event id -> money figures
    loose: dict[int, list[records.Amount]] = field(default_factory=dict)  # article id -> figures with no event
    article_of: dict[int, int] = field(default_factory=dict)  # passage id -> article id
    leads: dict[int, records.Passage] = field(default_factory=dict)  # article id -> first passage
    # A figure's fact is the sentence of its passage that states it: (fact, passage id, figure as written).
    sentences_due: list[tuple[Item, int, str]] = field(default_factory=list)
    public_url: str | None = None

    @classmethod
    def read(cls, session: Session, article_ids: list[int], public_url: str | None) -> _Loaded:
        loaded = cls(public_url=public_url)
        events = q.dated_events_of(session=session, article_ids=article_ids)
        for event in events:
            loaded.events.setdefault(event.article_id, []).append(event)
        loaded.actors, _names = queries.event_actors(session=session, event_ids=[e.id for e in events])
        loaded.money = queries.money_by_event(session=session, event_ids=[e.id for e in events])
        amounts = q.loose_money_of(session=session, article_ids=article_ids)
        for amount in amounts:
            loaded.loose.setdefault(amount.article_id, []).append(amount)
        loaded.article_of = {e.passage_id: e.article_id for e in events} | {a.passage_id: a.article_id for a in amounts}
        loaded.leads = queries.first_passages(session=session, article_ids=article_ids)
        return loaded

    def cite(self, passage_id: int) -> SourceRef:
        """A citation of the passage, its text and link filled in by ``cite_shown`` if its fact is shown."""
        return SourceRef(article_id=self.article_of[passage_id], title=None, publisher=None, url=None,
                         original_url=None, file=None, passage="", link="", passage_id=passage_id)

    def cite_shown(self, session: Session, facts: list[Item]) -> None:
        """Read the passages the shown ``facts`` cite (one query) and complete their citations and sentences."""
        shown = {id(fact) for fact in facts}
        due = [(fact, pid, text) for fact, pid, text in self.sentences_due if id(fact) in shown]
        refs = queries.passages_with_articles(session=session, passage_ids=[
            *(ref.passage_id for ref in _citations(facts) if ref.passage_id is not None), *(pid for _f, pid, _t in due)])
        for fact in facts:
            fact.sources = [self._full(ref, refs) for ref in fact.sources]
            for variant in fact.variants:
                variant.sources = [self._full(ref, refs) for ref in variant.sources]
        for fact, pid, text in due:
            fact.text = sentence_with(refs[pid][0].text, text)

    def _full(self, ref: SourceRef, refs: dict[int, tuple[records.Passage, records.Article]]) -> SourceRef:
        passage, article = refs[ref.passage_id]  # type: ignore[index]
        return source_ref(article, passage, self.public_url)

    def figures(self, events: Iterable[records.Event]) -> list[records.Amount]:
        return [a for e in events for a in self.money.get(e.id, [])]


def _citations(facts: list[Item]) -> list[SourceRef]:
    """Every citation of the facts: their sources and their differing figures' sources."""
    return [*(ref for fact in facts for ref in fact.sources),
            *(ref for fact in facts for variant in fact.variants for ref in variant.sources)]


def _chronological(event: records.Event) -> tuple[int, int, int, int]:
    return (event.date_year or 0, event.date_month or 0, event.date_day or 0, event.id)


When = tuple[int, int]  # (month, day) of an event, 0 where it does not say


def _when(event: records.Event) -> When:
    return event.date_month or 0, event.date_day or 0


def _close(a: When, b: When) -> bool:
    """The months and days of two tellings allow one happening (``_same_happening``'s test of time)."""
    (month_a, day_a), (month_b, day_b) = a, b
    return not (month_a and month_b and month_a != month_b) and not (
        day_a and day_b and abs(day_a - day_b) > SAME_EVENT_DAYS)


def _same_happening(a: records.Event, b: records.Event, actors: dict[int, list[int]]) -> bool:
    """One happening told twice: the same kind, the same time as far as both say, a shared leading actor.
    (``happenings`` finds the events this holds for through ``_HappeningIndex``, without calling it.)"""
    if family(a.type) != family(b.type) or a.date_year != b.date_year or not _close(_when(a), _when(b)):
        return False
    mine, theirs = actors.get(a.id, []), actors.get(b.id, [])
    return bool(mine and theirs and (mine[0] in theirs or theirs[0] in mine))


@dataclass
class _HappeningIndex:
    """The events grouped so far, found by what ``_same_happening`` asks: (type family, year, actor) and
    then the (month, day). ``led`` files an event under its leading actor, ``part`` under each of its
    actors; each slot keeps the first group (lowest index) of the events filed there.

    An event and a filed one are one happening exactly when the filed one is led by one of the event's
    actors (``led``) or counts the event's leader among its actors (``part``), in a slot of the same family
    and year whose (month, day) is close; so the host is the lowest group of those slots, the group the
    pairwise test of every earlier group would find first. The work for one event is its actors times the
    close slots (at most 2 × 6 for a dated day), not the events of the story: a story of 3,406 articles
    took 169 s with the pairwise test."""

    led: dict[tuple[str, int | None, int], dict[When, int]] = field(default_factory=dict)
    part: dict[tuple[str, int | None, int], dict[When, int]] = field(default_factory=dict)

    @staticmethod
    def _slots(event: records.Event) -> tuple[str, int | None, When]:
        return family(event.type), event.date_year, _when(event)

    def host(self, event: records.Event, actors: list[int]) -> int | None:
        """The first group holding a telling of ``event``'s happening (an event with no actor has none)."""
        if not actors:
            return None
        kind, year, when = self._slots(event)
        found = [self._first(self.led.get((kind, year, actor)), when) for actor in actors]
        found.append(self._first(self.part.get((kind, year, actors[0])), when))
        return min((group for group in found if group is not None), default=None)

    @staticmethod
    def _first(slots: dict[When, int] | None, when: When) -> int | None:
        if not slots:
            return None
        month, day = when
        if month and day:  # the slots a dated day allows, looked up rather than searched
            near = [(m, d) for m in (month, 0) for d in (0, *range(max(1, day - SAME_EVENT_DAYS), day + SAME_EVENT_DAYS + 1))]
            return min((slots[w] for w in near if w in slots), default=None)
        return min((group for other, group in slots.items() if _close(when, other)), default=None)

    def file(self, event: records.Event, actors: list[int], group: int) -> None:
        if not actors:
            return
        kind, year, when = self._slots(event)
        for index, actor in ((self.led, actors[0]), *((self.part, actor) for actor in actors)):
            slots = index.setdefault((kind, year, actor), {})
            slots[when] = min(slots.get(when, group), group)


def happenings(events: list[records.Event], actors: dict[int, list[int]]) -> list[list[records.Event]]:
    """The events grouped into happenings, oldest first: each joins the first group holding a telling of
    its happening (``_same_happening``), found through ``_HappeningIndex``."""
    groups: list[list[records.Event]] = []
    index = _HappeningIndex()
    for event in sorted(events, key=_chronological):
        mine = actors.get(event.id, [])
        host = index.host(event, mine)
        if host is None:
            host = len(groups)
            groups.append([])
        groups[host].append(event)
        index.file(event, mine, host)
    return groups


FigureKey = tuple[str | None, float]  # (currency, value): many tellings of a story state the same few


def _figures(amounts: Iterable[records.Amount]) -> set[FigureKey]:
    return {(a.currency, a.value) for a in amounts}


def _stated(figure: FigureKey, among: set[FigureKey]) -> bool:
    """Whether one of ``among`` agrees with ``figure`` after rounding, in its currency."""
    return any(currency == figure[0] and agree(figure[1], value) for currency, value in among)


def _differs(fresh: list[records.Amount], before: list[records.Amount]) -> bool:
    """A new figure no earlier telling states (a corrected or conflicting figure); each distinct figure is
    compared once (a happening of a hot story is told by hundreds of articles)."""
    told = _figures(before)
    return any(not _stated(figure, told) for figure in _figures(fresh))


def _figure_groups(events: list[records.Event], loaded: _Loaded) -> list[Figure]:
    """The figures the tellings state, those that agree after rounding as one, each with its sources."""
    shown: list[Figure] = []
    for event in events:
        for amount in loaded.money.get(event.id, []):
            same = next((v for v in shown if v.currency == amount.currency and agree(v.value, amount.value)), None)
            if same is None:
                same = Figure(value=amount.value, currency=amount.currency, text=amount.text)
                shown.append(same)
            if all(s.article_id != event.article_id for s in same.sources):
                same.sources.append(loaded.cite(event.passage_id))
    return shown


def _variants(events: list[records.Event], loaded: _Loaded) -> list[Figure]:
    """The figures side by side, in each currency whose figures differ between articles."""
    shown = _figure_groups(events, loaded)
    differing = []
    for currency in dict.fromkeys(v.currency for v in shown):
        figures = [v for v in shown if v.currency == currency]
        if len({frozenset(s.article_id for s in v.sources) for v in figures}) > 1:
            differing += figures
    return differing


def _one_per_article(passage_ids: Iterable[int], loaded: _Loaded) -> list[SourceRef]:
    sources: list[SourceRef] = []
    for passage_id in passage_ids:
        ref = loaded.cite(passage_id)
        if all(s.article_id != ref.article_id for s in sources):
            sources.append(ref)
    return sources


def _event_fact(group: list[records.Event], new: set[int], loaded: _Loaded) -> Item | None:
    """The happening as a new fact, or None when no new article tells it or the earlier ones told it already."""
    fresh = [e for e in group if e.article_id in new]
    before = [e for e in group if e.article_id not in new]
    if not fresh or (before and not _differs(loaded.figures(fresh), loaded.figures(before))):
        return None
    lead = max(fresh, key=lambda e: (BASIS_RANK.get(e.date_basis, 0), PRECISION_RANK.get(e.date_precision or "", 0), -e.id))
    when = row_date(lead)
    sources = _one_per_article([lead.passage_id] + [e.passage_id for e in fresh], loaded)
    return Item(text=lead.text, sources=sources, date=when.iso() if when else None,
                date_text=(when.text or None) if when else None, date_basis=lead.date_basis, kind=lead.type,
                variants=_variants(group, loaded), count=len(sources))


def _group_of(figure: FigureKey, groups: list[list[records.Amount]]) -> list[records.Amount]:
    """The first of ``groups`` whose first figure agrees with ``figure``, else a new group after them."""
    host = next((g for g in groups if g[0].currency == figure[0] and agree(g[0].value, figure[1])), None)
    if host is None:
        host = []
        groups.append(host)
    return host


def _money_facts(articles: list[int], new: set[int], told: list[records.Amount], loaded: _Loaded) -> list[Item]:
    """Figures stated with no event that no earlier article of the story, and no event of it, states.
    Each distinct figure is looked up once (its group and whether an event states it): comparing every
    figure with every other made `/brief all` take 90 s on the 10k bench (one story of 3,408 articles)."""
    groups: list[list[records.Amount]] = []
    told_figures = _figures(told)
    known: dict[FigureKey, list[records.Amount] | None] = {}  # figure -> its group; None when an event states it
    for amount in (a for article in articles for a in loaded.loose.get(article, [])):
        figure = (amount.currency, amount.value)
        if figure not in known:
            known[figure] = None if _stated(figure, told_figures) else _group_of(figure, groups)
        if (group := known[figure]) is not None:
            group.append(amount)
    items = []
    for group in groups:
        if all(a.article_id in new for a in group):
            lead = group[0]
            sources = _one_per_article([a.passage_id for a in group], loaded)
            items.append(Item(text="", sources=sources, kind="money",  # the sentence once shown: cite_shown
                              amount=Figure(value=lead.value, currency=lead.currency, text=lead.text),
                              count=len(sources)))
            loaded.sentences_due.append((items[-1], lead.passage_id, lead.text))
    return items


def _once(facts: list[Item]) -> list[Item]:
    """A sentence that tells two happenings ("delayed by an outage") leads one fact, the first."""
    told: set[tuple[int, str]] = set()
    kept = []
    for fact in facts:
        key = (fact.sources[0].article_id, fact.text)
        if key not in told:
            told.add(key)
            kept.append(fact)
    return kept


def story_facts(articles: list[int], new: set[int], loaded: _Loaded) -> list[Item]:
    """What the new articles of one story add: happenings, the latest first, then figures."""
    events = [e for article in articles for e in loaded.events.get(article, [])]
    facts = [fact for group in happenings(events, loaded.actors) if (fact := _event_fact(group, new, loaded))]
    facts.sort(key=lambda f: f.date or "", reverse=True)  # the latest happenings first: background comes last
    return _once(facts) + _money_facts(articles, new, loaded.figures(events), loaded)


# --------------------------------------------------------------------------- stories as items


def _headline(story: m.Story, members: list[tuple[m.Article, bool]], retold: bool) -> str:
    """The story's headline when it began among the new articles or they only retell it, else the first
    new article's title (the renderers name the story it continues)."""
    if retold or (members and members[0][1]):
        return story.headline
    return next((a.title for a, new in members if new and a.title), story.headline)


def _story_item(story: m.Story, members: q.Members, loaded: _Loaded) -> Item:
    articles = [a.id for a, _new in members.articles]
    fresh = [a for a, new in members.articles if new]
    facts = story_facts(articles, {a.id for a in fresh}, loaded)
    retold = len(fresh) < len(members.articles) and not facts  # earlier articles told everything the new ones tell
    sources = [source_ref(a, loaded.leads[a.id], loaded.public_url) for a in fresh if a.id in loaded.leads]
    return Item(text=_headline(story, members.articles, retold), kind="story", sources=sources,
                facts=facts[:MAX_FACTS], date=max((a.published for a in fresh if a.published), default=None),
                story=StoryInfo(id=story.id, headline=story.headline, articles=members.new_total,
                                also_reported=retold, more_facts=max(0, len(facts) - MAX_FACTS)))


def story_items(session: Session, window: Window, *, limit: int, public_url: str | None) -> list[Item]:
    """The stories with articles new in ``window``, newest first, one item each with its new facts (read
    from at most ``MAX_STORY_ARTICLES`` articles of each)."""
    ids = q.recent_stories(session=session, window=window, limit=limit)
    members = q.story_members(session=session, story_ids=ids, window=window, most=MAX_STORY_ARTICLES)
    heads = q.stories_by_id(session=session, story_ids=ids)
    loaded = _Loaded.read(session, [a.id for group in members.values() for a, _new in group.articles], public_url)
    items = [_story_item(heads[i], members[i], loaded) for i in ids if members[i].articles]
    loaded.cite_shown(session, [fact for item in items for fact in item.facts])
    return items
