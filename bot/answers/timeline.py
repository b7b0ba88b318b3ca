"""/timeline [NAME]: dated events, oldest first; one item per event however many articles tell it.

Each stored event carries a date and how it was found (``date_basis``). Tellings merge in this order:
1. events with a date of their own (stated, anchored, planned) cluster by type, actors and date;
2. an event dated "days after Meta invested" that its article could not date takes the date of the
   cluster it refers to (basis anchored);
3. an event with only its report's date joins the nearest earlier cluster of the same happening
   (another outlet stated when it happened; for a once-only kind told in the other language with its
   parties named otherwise, the story's dated telling), else a cluster of reports a few days apart; a
   passing mention joins the story's happening of its kind as a source;
4. clusters that share a sentence are one happening told once, unless the sentence first tells what befell
   a person and then what an organisation did;
5. a happening that matched no kind, or only that something was said, joins the story's one typed
   happening of that time naming one of its parties (of that day, whatever parties it names).
Events without any date join a cluster of the same happening as a source, never with a date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import islice

from bot.answers.common import PRECISION_RANK, row_date, source_ref
from bot.answers.context import Context
from bot.answers.subject import entity_info, index_of, resolve
from bot.domain import Answer, ChartEvent, DateValue, EventInfo, Figure, Item, SourceRef, TimelineChart
from bot.extraction.events import FAMILY, family
from bot.extraction.lexicons import STOPWORDS
from db import queries
from db import records as m  # events and amounts are read as plain records (db/records.py)
from db.names import norm_name, same_person_name, spelling_key, without_legal_forms

MAX_EVENTS = 2000  # newest dated events considered for one timeline
CHART_WORDS = ("chart", "grafik")  # "/timeline Scale AI chart", "/linimasa Scale AI grafik"
CHART_EVENTS = 500  # most items one chart draws (the newest)
# Events between two parties: the same type and main actor is one event only with the same counterpart.
TWO_PARTY = {"investment", "acquisition", "partnership_ended", "contract_won", "hiring", "lawsuit"}
BASIS_RANK = {"stated": 3, "planned": 2, "anchored": 1, "reported": 0, "reference": -1}
RETOLD_WITHIN_DAYS = 21  # an undated report of a repeated kind retells a dated one of the last weeks only
# kinds that happen once between the same parties, so an undated retelling months later is the same one
ONCE = {"investment", "founding", "hiring", "departure", "layoffs", "partnership_ended", "contract_won", "launch",
        "arrest", "charge", "indictment", "ruling", "accident", "opening", "breach", "lawsuit", "fine", "compensation", "complaint"}
PERSONAL_RETOLD_WITHIN_DAYS = 365  # an undated hiring or departure retells one of the last year only
REPORT_WINDOW_DAYS = 10
UNTYPED_RETOLD_DAYS = 7  # an undated telling of no kind retells one dated at most this long before its report
RETOLD_ONCE_DAYS = 90  # undated reports of a once-only happening naming two of its parties, this far apart
STORY_RETOLD_DAYS = 30  # a story's later report retells its undated happening of a once-only kind this long after
SAME_EVENT_DAYS = 2  # two day-precise tellings further apart are two happenings  # reports of one happening without a date of their own, at most this far apart


Kin = bool | Callable[[], bool]  # whether the telling is the story's kin of a cluster, or how to find out


@dataclass(eq=False)  # one cluster is equal to itself only (``clusters.remove``: no field-by-field comparisons)
class _Cluster:
    type: str
    actors: list[int]
    date: DateValue
    basis: str
    events: list[m.Event] = field(default_factory=list)
    # (number of tellings, their articles, stories, languages) when last worked out; see _told_by
    told_by: tuple[int, set[int], set[int | None], set[str | None]] | None = field(default=None, repr=False, compare=False)
    day: int = field(init=False, repr=False, compare=False)  # the date's day number (``_days``), kept with it
    # the bucket clustering placed it in (``_Bucket``), told of the parties it takes on; None once absorbed
    bucket: _Bucket | None = field(default=None, init=False, repr=False, compare=False)
    family: str = field(init=False, repr=False, compare=False)  # ``family(type)``: a cluster's type never changes
    # a telling's finer date within the date a surer telling states (``_finer_within``): shown, not clustered by
    finer: tuple[DateValue, str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.day = _days(self.date)
        self.family = family(self.type)

    def compatible(self, event_type: str, actors: list[int], date: DateValue, kin: Kin = False,
                   people: set[int] | None = None) -> bool:
        """``kin``: told in the same story by another article, so parties named differently may agree (asked
        only when the parties do not)."""
        if FAMILY.get(event_type, event_type) != self.family or date.year != self.date.year:  # family(event_type)
            return False
        # the dates first: they rule out most clusters of a bucket, and cost less to compare than the parties
        if not self._same_time_as(event_type, actors, date):
            return False
        return _same_parties(event_type, actors, self.actors, people) or event_type != "other" and (kin() if callable(kin) else kin)

    def _same_time_as(self, event_type: str, actors: list[int], date: DateValue) -> bool:
        """The dates agree as one happening's tellings do (the day, or a day or two apart; the month; a
        season or year within three months)."""
        months = (self.date.month, date.month)
        if None in months or "season" in (self.date.precision, date.precision):
            return abs((months[0] or 0) - (months[1] or 0)) <= 3 or None in months
        if event_type == "other":
            return self.date.sort_key() == date.sort_key()
        if self.date.precision == "day" and date.precision == "day":
            return self._near_day(actors, date)
        return months[0] == months[1]

    def _near_day(self, actors: list[int], date: DateValue) -> bool:
        """The same day, or a day or two apart: outlets that disagree on the day agree on who did it,
        and to whom."""
        apart = abs(_days(self.date) - _days(date))
        if apart == 0:
            return True
        same_lead = bool(actors and self.actors) and actors[0] == self.actors[0]
        other_counterpart = bool(actors[1:] and self.actors[1:]) and not set(actors[1:]) & set(self.actors[1:])
        return apart <= SAME_EVENT_DAYS and same_lead and not other_counterpart

    def add(self, event: m.Event, actors: list[int], date: DateValue, basis: str) -> None:
        self.events.append(event)
        # a telling of what happened dates the item over one of what was planned ("plans to summon both
        # sides this week" / "brought both sides together days after the strike began")
        if (basis != "planned", BASIS_RANK[basis], PRECISION_RANK.get(date.precision, 0)) > \
                (self.basis != "planned", BASIS_RANK[self.basis], PRECISION_RANK.get(self.date.precision, 0)):
            self.date, self.basis, self.day = date, basis, _days(date)
        elif _finer_within(date, basis, self.shown()[0]):
            self.finer = (date, basis)
        if len(actors) > len(self.actors):
            self.actors = actors
            if self.bucket is not None:
                self.bucket.note(self)

    def shown(self) -> tuple[DateValue, str]:
        """The date and basis the item shows: the cluster's, or a finer one found within it."""
        if self.finer is not None and self.basis in ("stated", "anchored") and _same_time(self.finer[0], self.date) \
                and PRECISION_RANK.get(self.finer[0].precision, 0) > PRECISION_RANK.get(self.date.precision, 0):
            return self.finer
        return self.date, self.basis

    def absorb(self, other: _Cluster) -> None:
        """Take in another cluster found to tell the same happening."""
        self.add(other.events[0], other.actors, other.date, other.basis)
        self.events.extend(other.events[1:])
        self.actors = list(dict.fromkeys(self.actors + other.actors))
        if self.bucket is not None:
            self.bucket.note(self)


class _Bucket(list[_Cluster]):
    """The clusters of one (kind family, year) in the order they were made (only they can merge), and the
    clusters each party was ever a party of, and was once the only party of: a telling of no kind naming two
    parties or more fits only a cluster with two of them, or with one of them alone (``_sharing_parties``), so
    only those are looked at, not every cluster of a busy name's month."""

    def __init__(self) -> None:
        super().__init__()
        self._of: dict[int, list[_Cluster]] = defaultdict(list)  # party -> the clusters it was ever a party of
        self._alone: dict[int, list[_Cluster]] = defaultdict(list)  # party -> the clusters it was once the only one of
        self._noted: dict[int, set[int]] = {}  # id of a cluster -> the parties noted of it
        self._order: dict[int, int] = {}  # id of a cluster -> its place among those made

    def place(self, cluster: _Cluster) -> None:
        self._order[id(cluster)] = len(self._order)
        self.append(cluster)
        cluster.bucket = self
        self.note(cluster)

    def drop(self, cluster: _Cluster) -> None:
        self.remove(cluster)
        cluster.bucket = None

    def note(self, cluster: _Cluster) -> None:
        """Index the cluster's parties (as they are now: clustering adds some)."""
        noted = self._noted.setdefault(id(cluster), set())
        for actor in cluster.actors:
            if actor not in noted:
                noted.add(actor)
                self._of[actor].append(cluster)
        if len(cluster.actors) == 1 and -1 - cluster.actors[0] not in noted:
            noted.add(-1 - cluster.actors[0])
            self._alone[cluster.actors[0]].append(cluster)

    def near(self, actors: list[int]) -> list[_Cluster]:
        """The clusters of the bucket, in its order, that may share two of ``actors`` (two or more), or have
        one of them alone: those of every party but the one of the most clusters (a cluster with two of them
        has one of the others), and those that had one of them alone (their parties only grow)."""
        mine = set(actors)
        most = max(mine, key=lambda a: len(self._of.get(a, ())))
        found = {id(c): c for a in mine if a != most for c in self._of.get(a, ())}
        found.update((id(c), c) for a in mine for c in self._alone.get(a, ()))
        return sorted((c for c in found.values() if c.bucket is self), key=lambda c: self._order[id(c)])


def _same_parties(event_type: str, actors: list[int], other: list[int], people: set[int] | None = None) -> bool:
    """The main actor of one takes part in the other (articles disagree on who leads a sentence). The
    counterparts are not compared: outlets name them differently, or in another language ("Ministry of
    Communication" / "Kementerian Komunikasi"), and sentences carry other names besides. What befalls a
    person is told of that person whoever leads the sentence (the prosecutors, their spokesman, the company)."""
    if event_type in PERSONAL and set(actors) & set(other) & (people or set()):
        return True
    if not actors or not other or (actors[0] not in other and other[0] not in actors):
        return False
    if event_type == "other":
        return len(set(actors) & set(other)) >= min(2, len(actors), len(other))
    return True


def _same_counterpart(event_type: str, actors: list[int], other: list[int]) -> bool:
    """An undated retelling between two parties names the same counterpart when both name one
    ("hired two underwriters" is not the hiring of the CEO months before)."""
    if event_type not in TWO_PARTY or len(actors) < 2 or len(other) < 2:
        return True
    return len(set(actors) & set(other)) >= 2


Led = defaultdict[tuple[int, str], list[DateValue]]  # (article, sentence) -> dates of the items it leads


@dataclass
class _Loaded:
    """Events of one timeline with what clustering needs to know of them."""

    events: list[m.Event]
    actors: dict[int, list[int]]
    anchors: dict[int, set[int]]
    names: dict[int, str]
    story: dict[int, int] = field(default_factory=dict)  # article id -> its story
    people: set[int] = field(default_factory=set)  # actors that are people
    language: dict[int, str | None] = field(default_factory=dict)  # article id -> its language


def timeline(ctx: Context, query: str) -> Answer:
    """/timeline [NAME] [chart]: the items, oldest first; with "chart", also what the chart draws."""
    name, chart = chart_request(query)
    if not chart:
        return _timeline(ctx, query)
    answer = _timeline(replace(ctx, limit=MAX_EVENTS), name)
    if answer.status == "ok":
        _add_chart(ctx, answer)
    return answer


def _timeline(ctx: Context, query: str) -> Answer:
    answer = Answer(command="timeline", query=query)
    entity_id, also = None, []
    if query:
        entity, problem = resolve(ctx, "timeline", query)
        if problem:
            return problem
        assert entity is not None
        answer.entity = entity_info(entity)
        entity_id = entity.id
        also = [e.id for e in index_of(ctx).stand_ins(entity.id)]
    loaded = _load(ctx, *queries.dated_events_told(session=ctx.session, entity_id=entity_id, also=also,
                                                   limit=min(MAX_EVENTS, ctx.limit * 10)))
    clusters = _cluster(loaded)
    _attach_undated(ctx, clusters, loaded)
    clusters = _merge_same_day_actor(_merge_same_day_parties(_merge_shared_sentences(clusters, loaded.people)))
    clusters = _merge_coarse_into_day(_merge_untyped_into_typed(clusters, loaded), loaded)
    clusters = _merge_story_retold_reports(_merge_story_day_kind(clusters, loaded), loaded)
    events = [e for c in clusters for e in c.events]
    amounts = queries.money_by_event(session=ctx.session, event_ids=[e.id for e in events])
    clusters = _merge_by_lead_figure(_merge_same_figure(clusters, amounts), amounts, loaded)
    led: Led = defaultdict(list)
    leads = [(_order_of(cluster), cluster, lead) for cluster in clusters if (lead := _lead_of(cluster, led))]
    leads.sort(key=lambda entry: entry[0])  # stable: clusters of one order keep theirs
    answer.total = len(leads)
    shown = leads[: ctx.limit] if query else leads[-ctx.limit :]
    # only the items shown are built: their citations and figures are most of an item's cost
    refs = queries.passages_with_articles(session=ctx.session,
                                          passage_ids=[e.passage_id for _o, c, _l in shown for e in c.events])
    answer.items = [_item(ctx, cluster, lead, refs, amounts, loaded.names) for _o, cluster, lead in shown]
    return answer


def _load(ctx: Context, events: list[m.Event], of_article: queries.Told) -> _Loaded:
    """The events with their parties (and which are people), anchors, and (``of_article``, read with the
    events) their articles' stories and languages."""
    ids = [e.id for e in events]
    actors, names, people = queries.event_parties(session=ctx.session, event_ids=ids)
    anchors = queries.event_anchors(session=ctx.session, event_ids=ids)
    same = _same_entities(tuple(names.items()), frozenset(people))
    # an event's actors are distinct (event_actors' primary key): only those naming one of ``same`` change
    actors = {e: ids_ if same.keys().isdisjoint(ids_) else list(dict.fromkeys(same.get(a, a) for a in ids_))
              for e, ids_ in actors.items()}
    anchors = {e: ids_ if same.keys().isdisjoint(ids_) else {same.get(a, a) for a in ids_} for e, ids_ in anchors.items()}
    story = {a: s for a, (s, _lang) in of_article.items() if s is not None}
    language = {a: lang for a, (_s, lang) in of_article.items()}
    return _Loaded(events, actors, anchors, names, story, people, language)


@lru_cache(maxsize=64)  # a name asked again reads the same parties, in the same order, until new articles name it
def _same_entities(names: tuple[tuple[int, str], ...], people: frozenset[int]) -> dict[int, int]:
    """``same_party`` and ``same_person`` of a timeline's actors (their names in the order read: ``same_party``'s
    choice between names of the same words follows it; ``same_person``'s does not), kept for the next ask of the
    same actors. Read only: the dict returned is the one kept."""
    named = dict(names)
    return same_party(named) | same_person(named, set(people))


@lru_cache(maxsize=16384)  # a timeline's ~400 actors' names, most of them the same from one ask to the next
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(without_legal_forms(norm_name(name)))


def same_party(names: dict[int, str]) -> dict[int, int]:
    """Entity id -> the id of the shorter name it extends ("PT Bank Kencana Digital Tbk" -> "Bank Kencana",
    "Meta Platforms" -> "Meta"), when that shorter name extends to nothing else: outlets name one party
    at different lengths, and the store keeps them as two entities."""
    keyed = sorted(((_tokens(n), i) for i, n in names.items() if _tokens(n)), key=lambda x: len(x[0]))
    by_first, by_last = _by_end_words(keyed)
    out: dict[int, int] = {}
    for short, short_id in keyed:
        if len("".join(short)) < 4:
            continue
        near = by_first[short[0]] + (by_last[short[0]] if len(short) == 1 and len(short[0]) >= 5 else [])
        longer = [keyed[k] for k in sorted(set(near)) if len(keyed[k][0]) > len(short)
                  and (keyed[k][0][: len(short)] == short or (len(short) == 1 and len(short[0]) >= 5 and keyed[k][0][-1] == short[0]))]
        if len({t for t, _i in longer}) == 1:  # a surname alone ("Hardjito") is the one person it ends
            out[longer[0][1]] = short_id
    return out


def _by_end_words(keyed: list[tuple[tuple[str, ...], int]]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The names by their first word and by their last (their places in ``keyed``): only the names that start
    or end with a word can extend a name of that word (``same_party``)."""
    by_first: dict[str, list[int]] = defaultdict(list)
    by_last: dict[str, list[int]] = defaultdict(list)
    for k, (tokens, _i) in enumerate(keyed):
        by_first[tokens[0]].append(k)
        by_last[tokens[-1]].append(k)
    return by_first, by_last


def same_person(names: dict[int, str], people: set[int]) -> dict[int, int]:
    """Person id -> the id of the one other person it is written as: outlets drop a middle name ("Iwan
    Lukminto" / "Iwan Setiawan Lukminto") or double a letter ("Dedy" / "Deddy"), and a store filled before
    such names were merged at ingest keeps them as two people. Names that share a first and last name but
    differ in the middle are not merged."""
    groups: dict[tuple[str, str], list[tuple[list[str], int]]] = defaultdict(list)
    for i in people & names.keys():
        words = norm_name(names[i]).split()
        if len(words) >= 2:
            groups[(spelling_key(words[0]), spelling_key(words[-1]))].append((words, i))
    out: dict[int, int] = {}
    for group in groups.values():
        longest = max(group, key=lambda g: (len(g[0]), -g[1]))[0]
        if len(group) > 1 and all(same_person_name(words, longest) for words, _i in group):
            target = min(i for _w, i in group)
            out.update({i: target for _w, i in group if i != target})
    return out


def _cluster(loaded: _Loaded) -> list[_Cluster]:
    """Steps 1-3 of the module docstring."""
    clusters: list[_Cluster] = []
    buckets: dict[tuple[str, int], _Bucket] = defaultdict(_Bucket)  # only (type, year) can merge
    for event in sorted((e for e in loaded.events if e.date_basis in ("stated", "planned")), key=_chronological):
        date = row_date(event)
        assert date is not None
        _place(clusters, buckets, event, loaded.actors.get(event.id, []), date, event.date_basis, loaded)
    for event in sorted((e for e in loaded.events if e.date_basis in ("anchored", "reported")), key=_chronological):
        _place_reported(clusters, buckets, event, loaded)
    for event in (e for e in loaded.events if e.date_basis == "reference"):
        _place_reference(clusters, event, loaded)
    for cluster in clusters:
        # the buckets are of no further use; a cluster and its bucket refer to each other, so that all the clusters
        # of a timeline, and what they hold, were garbage for the cyclic collector to find (~3,000 objects an ask
        # of a busy name, and a 5 ms young collection every few asks); parted, they go when the answer does
        cluster.bucket = None
    return clusters


def _place_reported(clusters: list[_Cluster], buckets: dict, event: m.Event, loaded: _Loaded) -> None:
    """An event dated from another one, or by its report only (steps 2 and 3)."""
    date = row_date(event)
    assert date is not None
    actors = loaded.actors.get(event.id, [])
    target = _anchor_target(clusters, event, loaded.anchors.get(event.id, set()), set(actors), date)
    if target is not None and (event.date_basis == "reported" or _finer(target.date, date)):
        anchored = DateValue(target.date.year, target.date.month, target.date.day, target.date.precision, date.text)
        _place(clusters, buckets, event, actors, anchored, "anchored", loaded)
    elif event.date_basis == "anchored":
        _place(clusters, buckets, event, actors, date, "anchored", loaded)
    elif not _TOLD_AS_NEW.search(event.text) and (earlier := _earlier_telling(clusters, event.type, actors, date, loaded.people,
                                                                              _retold_bases(event.type, actors, loaded.people))
                                                      or _retold_in_story(clusters, event, actors, date, loaded)
                                                      or _untyped_retold(clusters, event, actors, date, loaded)) is not None:
        earlier.add(event, actors, date, "reported")
    else:
        _place(clusters, buckets, event, actors, date, "reported", loaded)


# a report that says the happening is another of its kind ("kembali melakukan PHK", "a second round of
# layoffs", "ketiga kalinya", "tersangka baru") tells a new one, however alike an earlier telling is
_TOLD_AS_NEW = re.compile(r"\b(?:kembali|lagi|again|another|anew|new\s+round|fresh\s+round|gelombang\s+(?:kedua|ketiga|baru)|"
                          r"(?:kedua|ketiga|keempat)\s+kali(?:nya)?|(?:second|third|fourth)\s+(?:time|round)|"
                          # suspects named besides those before ("menetapkan 7 tersangka baru", "named two more suspects")
                          r"tersangka\s+(?:baru|lain|tambahan)|(?:new|more|additional|further)\s+suspects?)\b", re.I)


def _place_reference(clusters: list[_Cluster], event: m.Event, loaded: _Loaded) -> None:
    """A happening named in passing: only ever another source of one told elsewhere."""
    date = row_date(event)
    assert date is not None
    actors = loaded.actors.get(event.id, [])
    earlier = _earlier_telling(clusters, event.type, actors, date, loaded.people, ("stated", "anchored", "reported")) \
        or _story_happening(clusters, event, date, loaded)
    if earlier is not None:
        earlier.events.append(event)
    elif (later := _later_report(clusters, event.type, actors, date, loaded.people)) is not None:
        # named in passing by an earlier report ("X, who was named interim CEO, ..."): it was known by then
        later.events.append(event)
        later.date, later.day = date, _days(date)


def _later_report(clusters: list[_Cluster], event_type: str, actors: list[int], reported: DateValue,
                  people: set[int]) -> _Cluster | None:
    """The undated telling, reported within days after ``reported``, of the happening a reference names."""
    if event_type == "other" or reported.precision != "day":
        return None
    fits = [c for c in clusters if c.basis == "reported" and c.family == family(event_type)
            and 0 < c.day - _days(reported) <= REPORT_WINDOW_DAYS and _same_parties(event_type, actors, c.actors, people)
            and not _other_people(event_type, actors, c.actors, people)]
    return min(fits, key=lambda c: c.day) if fits else None


def _retold_in_story(clusters: list[_Cluster], event: m.Event, actors: list[int], reported: DateValue,
                     loaded: _Loaded) -> _Cluster | None:
    """An undated retelling of a once-only happening that the story's outlets in the other language dated,
    naming its parties otherwise ("Polda Metro Jaya menerima laporan" / "reported the promoter to the
    Jakarta police")."""
    if family(event.type) not in ONCE:
        return None
    host = _story_happening(clusters, event, reported, loaded)
    if host is None or host.basis not in ("stated", "anchored") or not _story_kin(host, event, actors, loaded):
        return None
    return host


def _untyped_retold(clusters: list[_Cluster], event: m.Event, actors: list[int], reported: DateValue,
                    loaded: _Loaded) -> _Cluster | None:
    """An undated telling of no kind that another outlet of the story dated a day or two before, naming two
    of the same parties ("called on the CEO to resign on Thursday" / "urged the CEO to resign")."""
    story = loaded.story.get(event.article_id)
    if event.type != "other" or story is None or len(actors) < 2:
        return None
    fits = [c for c in clusters if c.type == "other" and c.basis == "stated" and c.date.precision == "day"
            and 0 <= _days(reported) - c.day <= UNTYPED_RETOLD_DAYS and len(set(actors) & set(c.actors)) >= 2
            and story in _stories(c, loaded) and not _told_apart(c, event)]
    return fits[0] if len(fits) == 1 else None


def _told_apart(cluster: _Cluster, event: m.Event) -> bool:
    """The event's article tells the cluster's happening with a date of its own: the event is another one (an
    article's undated retellings, its headline and its lead, are the same one)."""
    return any(e.article_id == event.article_id and e.date_basis != "reported" for e in cluster.events)


def _story_happening(clusters: list[_Cluster], event: m.Event, reported: DateValue, loaded: _Loaded) -> _Cluster | None:
    """The happening of a story that a passing mention in one of its articles names though its parties
    are not named alike ("the workers killed in the blast", "three months after a furnace explosion"):
    of a kind that happens once, the one most of the story's articles tell; of another kind, the only one."""
    story = loaded.story.get(event.article_id)
    if story is None or event.type == "other":
        return None
    fits = [c for c in clusters if c.family == family(event.type) and c.basis != "planned"
            and c.date.sort_key() <= reported.sort_key()
            and story in {loaded.story.get(e.article_id) for e in c.events}]
    if family(event.type) not in ONCE:
        return fits[0] if len(fits) == 1 else None
    return max(fits, key=lambda c: (len({e.article_id for e in c.events}), -_days(c.date)), default=None)


def _chronological(event: m.Event) -> tuple[int, int, int, int]:
    """Oldest first; a telling of only the month after the month's days, so that it joins the one of them it tells
    (nearest the part of the month it names) rather than gather them under itself."""
    return (event.date_year or 0, event.date_month or 0, event.date_day or (32 if event.date_month else 0), event.id)


def _place(clusters: list[_Cluster], buckets: dict, event: m.Event, actors: list[int], date: DateValue, basis: str,
           loaded: _Loaded) -> None:
    bucket = buckets[(family(event.type), date.year)]
    near = bucket.near(actors) if event.type == "other" and len(actors) > 1 and basis != "reported" else bucket
    fits = [c for c in _sharing_parties(_near_days(near, date, basis), event.type, actors, basis) if _months_near(c.date, date)
            and _fits(c, event.type, actors, date, basis, event.article_id, partial(_story_kin, c, event, actors, loaded),
                      loaded.people)
            and not _other_people(event.type, actors, c.actors, loaded.people)]
    # the closest telling first: most parties in common, then the nearest day
    if len(fits) > 1:
        mine, day = set(actors), _days(date) + _into_the_month(date)
        fits.sort(key=lambda c: (-len(mine.intersection(c.actors)), abs(c.day - day)))
    if not fits:
        clusters.append(_Cluster(event.type, actors, date, basis, [event]))
        bucket.place(clusters[-1])
        return
    host = fits[0]
    host.add(event, actors, date, basis)
    # A telling that fits two clusters bridges them: outlets named different parties of one happening
    # ("OJK" / "the Financial Services Authority"), and this telling names both.
    for other in fits[1:]:
        if _same_time(host.date, other.date) and host.basis == other.basis and _same_parties(event.type, actors, other.actors):
            host.absorb(other)
            clusters.remove(other)
            bucket.drop(other)


def _near_days(bucket: list[_Cluster], date: DateValue, basis: str) -> list[_Cluster]:
    """The clusters of ``bucket`` that may fit a telling of ``date``, in order: a day-dated cluster fits a
    day-dated telling only a day or two apart (``_near_day``), or within a report window when both are reports
    (``_fits``). A cheap test before the costly ones: it rules out most of a bucket of a busy name."""
    if date.precision != "day" or date.month is None:
        return bucket
    day, reports = _days(date), basis == "reported"
    window = max(RETOLD_ONCE_DAYS, REPORT_WINDOW_DAYS)
    return [c for c in bucket if c.date.precision != "day" or c.date.month is None
            or abs(c.day - day) <= (window if reports and c.basis == "reported" else SAME_EVENT_DAYS)]


def _sharing_parties(bucket: list[_Cluster], event_type: str, actors: list[int], basis: str) -> list[_Cluster]:
    """The clusters of ``bucket`` that may fit a telling of no kind, in order: ``_same_parties`` of "other"
    (the lead of one in the other, two parties in common, or all of the fewer), which a telling of no kind
    must meet unless both are reports (``_fits``). A cheap test before the costly ones: most of a busy
    name's tellings are of no kind, and all of them name that name."""
    if event_type != "other":
        return bucket
    if not actors:  # no parties: only a report of the same article may take it (``_fits``)
        return bucket if basis == "reported" else []
    lead, mine, reports = actors[0], set(actors), basis == "reported"
    return [c for c in bucket if (reports and c.basis == "reported") or c.actors and (lead in c.actors or c.actors[0] in mine)
            and len(mine.intersection(c.actors)) >= min(2, len(actors), len(c.actors))]


def _months_near(a: DateValue, b: DateValue) -> bool:
    """No cluster further than this can fit (``compatible`` allows three months, a report window 90 days,
    which may span four month boundaries): a cheap test before the costly ones."""
    return a.month is None or b.month is None or abs(a.month - b.month) <= 4


PERSONAL = {"hiring", "departure", "arrest", "charge", "indictment"}  # happenings that befall a person
# kinds that say little of what happened: no kind at all, or that something was said
WEAK_KINDS = {"other", "announcement"}
# kinds told in their own words ("shares plunged", "saham anjlok"): what else is said of a company that month, of no
# kind, is not one of them
OWN_WORDS_KINDS = {"market"}


def _other_people(event_type: str, actors: list[int], other: list[int], people: set[int]) -> bool:
    """Both tellings of a personal happening name people, and not the same ones: one finance director
    resigning is not another director's resignation that month."""
    if event_type not in PERSONAL:
        return False
    mine, theirs = set(actors) & people, set(other) & people
    return bool(mine and theirs and not mine & theirs)


def _story_kin(cluster: _Cluster, event: m.Event, actors: list[int], loaded: _Loaded) -> bool:
    """An article of the same story (grouped at ingest), in another language, tells this kind of happening:
    outlets name its parties their own way ("Polda Sultra" / "police in Southeast Sulawesi"), so the
    parties need not agree, unless each telling is led by a different person, or names a different
    counterpart of a two-party kind, or the article itself already told another one."""
    story = loaded.story.get(event.article_id)
    if story is None:
        return False
    articles, stories, languages = _told_by(cluster, loaded)
    if event.article_id in articles or story not in stories or loaded.language.get(event.article_id) in languages:
        return False
    if not actors or not cluster.actors:
        return False
    if actors[0] != cluster.actors[0] and {actors[0], cluster.actors[0]} <= loaded.people:
        return False
    return not (event.type in TWO_PARTY and actors[1:] and cluster.actors[1:] and not set(actors[1:]) & set(cluster.actors[1:]))


def _told_by(cluster: _Cluster, loaded: _Loaded) -> tuple[set[int], set[int | None], set[str | None]]:
    """The articles telling a cluster, their stories and languages; worked out again only when tellings were
    added (clustering asks this of every cluster for every event)."""
    cached = cluster.told_by
    if cached is None or cached[0] != len(cluster.events):
        articles = {e.article_id for e in cluster.events}
        cached = (len(cluster.events), articles, {loaded.story.get(a) for a in articles},
                  {loaded.language.get(a) for a in articles})
        cluster.told_by = cached
    return cached[1], cached[2], cached[3]


def _fits(cluster: _Cluster, event_type: str, actors: list[int], date: DateValue, basis: str, article_id: int,
          kin: Kin = False, people: set[int] | None = None) -> bool:
    if basis == "reported" and cluster.basis == "reported":
        # one article telling one kind of happening twice without a date tells it once; a happening that comes
        # once between the same parties (an appointment, a stake) is retold undated for weeks by later reports
        apart = abs(_days(date) - _days(cluster.date))
        if FAMILY.get(event_type, event_type) != cluster.family or apart > max(RETOLD_ONCE_DAYS, REPORT_WINDOW_DAYS):
            return False  # the cheap tests first: most clusters of a bucket are of another time
        same_article = article_id in {e.article_id for e in cluster.events}
        window = RETOLD_ONCE_DAYS if family(event_type) in ONCE and len(set(actors) & set(cluster.actors)) >= 2 \
            else REPORT_WINDOW_DAYS
        # ... unless it names other parties each time: a round-up of several companies' layoffs
        others = bool(actors and cluster.actors and not set(actors) & set(cluster.actors))
        return apart <= window and ((same_article and not others) or _same_parties(event_type, actors, cluster.actors, people))
    return cluster.compatible(event_type, actors, date, kin, people) and not _other_day_same_article(cluster, date, basis, article_id) \
        and not _untyped_again(cluster, event_type, basis, article_id)


def _untyped_again(cluster: _Cluster, event_type: str, basis: str, article_id: int) -> bool:
    """A dated telling of no kind from an article that already dated a telling of the cluster in another sentence: an
    article tells each of its happenings of no kind once ("met the regent on Monday" and "on Monday handed the
    families its offer" are two); it retells one of a kind in its own words."""
    return event_type == "other" and basis == "stated" and any(e.article_id == article_id and e.date_basis == "stated" for e in cluster.events)


def _other_day_same_article(cluster: _Cluster, date: DateValue, basis: str, article_id: int) -> bool:
    """One article telling two days tells two happenings ("halted trading on Tuesday" and "ordered a
    recall on Wednesday"), however close they are; so does one telling a day and a month."""
    if basis != "stated" or date.precision not in ("day", "month"):
        return False
    mine = [e for e in cluster.events if e.article_id == article_id and e.date_basis == "stated"]
    # the article gave the day of the one it told precisely: "withdrew the case earlier this month" beside
    # "agreed on Wednesday to settle" is another happening
    if any(e.date_precision != date.precision and {e.date_precision, date.precision} == {"day", "month"} for e in mine):
        return True
    return date.precision == "day" and any(e.date_precision == "day" and (e.date_year, e.date_month, e.date_day)
                                           != (date.year, date.month, date.day) for e in mine)


def _finer_within(date: DateValue, basis: str, than: DateValue) -> bool:
    """A day counted from another happening within the month or year a telling states is that date made finer ("quit
    in April" / "a day after the sponsor left on 16 April"): the item shows it, while the tellings cluster by the stated
    date (a finer date would narrow what later tellings may join)."""
    return basis in ("stated", "anchored") and _same_time(date, than) \
        and PRECISION_RANK.get(date.precision, 0) > PRECISION_RANK.get(than.precision, 0)


def _finer(a: DateValue, b: DateValue) -> bool:
    """``a`` is more precise than ``b`` and agrees with it (a month of the season or year ``b`` names)."""
    if PRECISION_RANK.get(a.precision, 0) <= PRECISION_RANK.get(b.precision, 0) or a.year != b.year:
        return False
    return b.precision in ("year",) or b.month is None or abs((a.month or 0) - b.month) <= 3


def _days(date: DateValue) -> int:
    return dt.date(date.year, date.month or 1, date.day or 1).toordinal()


_MID_MONTH = re.compile(r"\b(?:pertengahan|mid)", re.I)
_LATE_MONTH = re.compile(r"\b(?:akhir|late|end)\b", re.I)


def _into_the_month(date: DateValue) -> int:
    """How far into its month a telling of a month falls, by its words ("pertengahan Februari", "late March"): the day
    it is nearest to, among days told of that month."""
    if date.precision != "month" or not date.text:
        return 0
    return 14 if _MID_MONTH.search(date.text) else 24 if _LATE_MONTH.search(date.text) else 0


def _anchor_target(clusters: list[_Cluster], event: m.Event, anchor_ids: set[int], actor_ids: set[int],
                   reported: DateValue) -> _Cluster | None:
    """The cluster an event dated "days after Meta invested" refers to: the latest one of that type,
    dated no later than the report, with one of the actors the phrase names ("after her appointment",
    naming none: preferably one of the event's own)."""
    if not event.anchor_type:
        return None
    fits = [c for c in clusters if c.family == family(event.anchor_type) and c.basis != "planned"
            and c.date.sort_key() <= reported.sort_key()]
    fits = _sharing_actors(fits, event.anchor_type, anchor_ids, actor_ids)
    return max(fits, key=lambda c: c.date.sort_key()) if fits else None


def _sharing_actors(fits: list[_Cluster], anchor_type: str, anchor_ids: set[int], actor_ids: set[int]) -> list[_Cluster]:
    """The clusters with one of the actors the anchor phrase names; naming none, with one of the event's
    own (for a hiring, only those; else all of them when none has)."""
    if anchor_ids:
        return [c for c in fits if anchor_ids & set(c.actors)]
    if family(anchor_type) == "hiring":  # "two months after joining": the event's own person joined
        return [c for c in fits if actor_ids & set(c.actors)]
    return [c for c in fits if actor_ids & set(c.actors)] or fits


def _earlier_telling(clusters: list[_Cluster], event_type: str, actors: list[int], reported: DateValue,
                     people: set[int], bases: tuple[str, ...] = ("stated", "anchored")) -> _Cluster | None:
    """A dated cluster of the same happening that an article without a date of its own retells.

    Happenings that come once between the same parties (a stake, a founding, an arrest) are retold for
    months; repeated kinds (a hearing, an investigation step, an announcement) only match a telling of
    the last few weeks. What befalls people befalls the same ones (the KPK naming two suspects is not its
    naming another man years before)."""
    if event_type == "other":
        return None
    earliest = _days(reported) - _retold_within(event_type, actors, people)
    fits = [c for c in clusters if c.family == family(event_type) and c.basis in bases
            and _same_parties(event_type, actors, c.actors, people) and _same_counterpart(event_type, actors, c.actors)
            and not _other_people(event_type, actors, c.actors, people) and c.date.sort_key() <= reported.sort_key()
            and _days(c.date) >= earliest]
    return max(fits, key=lambda c: c.date.sort_key()) if fits else None


def _retold_bases(event_type: str, actors: list[int], people: set[int]) -> tuple[str, ...]:
    """The tellings an undated report may retell: dated ones; for what befalls a named person (named a
    suspect, arrested), an undated one of an earlier report too, however long before."""
    if event_type in PERSONAL and set(actors) & people:
        return ("stated", "anchored", "reported")
    return ("stated", "anchored")


def _retold_within(event_type: str, actors: list[int], people: set[int]) -> int:
    """How many days after a happening an undated report may still retell it."""
    if family(event_type) not in ONCE or (event_type in PERSONAL and not set(actors) & people):
        # a repeated kind; or what befalls people not named ("seven suspects were detained"), who may be others
        return RETOLD_WITHIN_DAYS
    if event_type in ("hiring", "departure"):
        return PERSONAL_RETOLD_WITHIN_DAYS  # a person joins or leaves a place more than once in a career
    return 10**6


def _attach_undated(ctx: Context, clusters: list[_Cluster], loaded: _Loaded) -> list[m.Event]:
    """Events without any date join a cluster of the same type and main actor that shares another
    actor, as a source only: the item's date comes from the events that have one."""
    main_actors = {c.actors[0] for c in clusters if c.actors}
    if not main_actors:
        return []
    undated = queries.undated_events(session=ctx.session, main_actor_ids=main_actors, limit=min(MAX_EVENTS, ctx.limit * 10))
    actors, names = queries.event_actors(session=ctx.session, event_ids=[e.id for e in undated])
    loaded.names.update(names)
    attached = []
    for event in undated:
        ev_actors = actors.get(event.id, [])
        fits = [(len(set(ev_actors) & set(c.actors)), c) for c in clusters
                if c.family == family(event.type) and c.actors and ev_actors and c.actors[0] == ev_actors[0]
                and (event.type not in TWO_PARTY or set(ev_actors[1:]) & set(c.actors[1:]))]
        if fits:
            max(fits, key=lambda f: f[0])[1].events.append(event)
            attached.append(event)
    return attached


def _merge_shared_sentences(clusters: list[_Cluster], people: set[int]) -> list[_Cluster]:
    """Two clusters that contain the same sentence of the same article tell one happening."""
    owner: dict[tuple[int, str], _Cluster] = {}
    merged: list[_Cluster] = []
    for cluster in sorted(clusters, key=lambda c: (-BASIS_RANK[c.basis], -PRECISION_RANK.get(c.date.precision, 0))):
        # a happening named in passing ("days after Meta invested") shares its sentence, not its item; in the
        # events' order, not a set's (whose order of strings changes from one process to the next): the host a
        # cluster joins must not
        keys = list(dict.fromkeys((e.article_id, e.text) for e in cluster.events if e.date_basis != "reference"))
        host = next((owner[k] for k in keys if k in owner), None)
        if host is None or not _one_time(host, cluster) or _befalls_a_person_besides(host, cluster, people):
            merged.append(cluster)
            host = cluster
        else:
            host.events.extend(e for e in cluster.events if e not in host.events)
        for k in keys:
            owner.setdefault(k, host)
    return merged


def _one_time(host: _Cluster, cluster: _Cluster) -> bool:
    """Whether two clusters sharing a sentence tell it of one time: one sentence may also mention an earlier
    happening ("opened on Thursday, after an outage in May") or a plan; two undated tellings in one sentence
    differ only by which articles retold them, and so by their report days."""
    if "planned" in (host.basis, cluster.basis):
        return False
    return _same_time(host.date, cluster.date) or host.basis == cluster.basis == "reported"


def _befalls_a_person_besides(host: _Cluster, cluster: _Cluster, people: set[int]) -> bool:
    """A sentence that first tells what befell a person, then what an organisation did ("shareholders named
    X president director of the merged bank"), tells two happenings. One that tells what the organisation
    did and then that a person came with it ("Kencana invested $2 billion and hired its chief") tells one."""
    personal = [c for c in (host, cluster) if c.type in PERSONAL and set(c.actors) & people]
    if len(personal) != 1 or (host.type in PERSONAL) == (cluster.type in PERSONAL):
        return False
    other = cluster if personal[0] is host else host
    shared = {(e.article_id, e.text) for e in personal[0].events} & {(e.article_id, e.text) for e in other.events}
    first: dict[tuple[int, str], m.Event] = {}
    for event in sorted(personal[0].events + other.events, key=lambda e: e.id):  # a sentence's events in order
        first.setdefault((event.article_id, event.text), event)
    return any(first[k] in personal[0].events for k in shared)


def _merge_same_day_parties(clusters: list[_Cluster]) -> list[_Cluster]:
    """Tellings that outlets typed differently ("signed an agreement to buy a stake" / "menandatangani
    perjanjian jual beli") are one happening when they share the day and two parties, and no article tells both (in
    sentences of their own: one sentence's are merged before): an article telling two things of one day done between
    the same people ("the staff protested on Monday"; "the minister met the dismissed clerk on Monday night") tells
    two happenings."""
    merged: list[_Cluster] = []
    by_day: dict[tuple, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.date.precision != "day" or cluster.basis not in ("stated", "anchored") or len(cluster.actors) < 2:
            merged.append(cluster)
            continue
        host = next((c for c in by_day[cluster.date.sort_key()] if len(set(c.actors) & set(cluster.actors)) >= 2
                     and not _dated_from(c, cluster) and not _dated_from(cluster, c) and not _articles(c) & _articles(cluster)), None)
        if host is None:
            by_day[cluster.date.sort_key()].append(cluster)
            merged.append(cluster)
        else:
            host.events.extend(e for e in cluster.events if e not in host.events)
    return merged


def _dated_from(cluster: _Cluster, other: _Cluster) -> bool:
    """The cluster is dated only from a happening of the other's kind ("a day after the blast" sits on the
    blast's day): another happening, however alike their day and parties."""
    return cluster.basis == "anchored" and any(e.anchor_type and family(e.anchor_type) == other.family
                                               for e in cluster.events)


def _merge_same_day_actor(clusters: list[_Cluster]) -> list[_Cluster]:
    """Outlets type one happening differently ("pulled out of the festival" / "menyatakan mundur"), or not at all
    (a statement, a notice): clusters of one day led by one actor are one happening when each article tells
    only one of them.
    An article telling two things its lead actor did that day keeps them apart."""
    groups: dict[tuple, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.date.precision == "day" and cluster.basis == "stated" and cluster.actors:
            groups[(cluster.date.sort_key(), cluster.actors[0])].append(cluster)
    absorbed: set[int] = set()
    for group in groups.values():
        articles = [{e.article_id for e in c.events} for c in group]
        if len(group) < 2 or sum(map(len, articles)) != len(set().union(*articles)):
            continue
        for other in group[1:]:
            group[0].absorb(other)
            absorbed.add(id(other))
    return [c for c in clusters if id(c) not in absorbed]


def _merge_coarse_into_day(clusters: list[_Cluster], loaded: _Loaded) -> list[_Cluster]:
    """One outlet dates a happening by its month ("grounded the jets in September"), another by its day
    ("ordered the grounding on Monday (15/9)"), naming its parties otherwise: a month-dated cluster joins
    the story's one day-dated cluster of its kind in that month (of several, the one naming its lead party),
    when no article tells both (and, for what befalls people, when they do not name different people). A
    year-dated one ("raised money from Japanese investors in 2024") joins the story's one cluster of its kind
    dated by day or month that year, on the same terms."""
    absorbed: set[int] = set()
    # day-dated clusters by kind and month; with no month, those dated by day or month that year
    days: dict[tuple[str, int, int | None], list[_Cluster]] = defaultdict(list)
    any_kind: dict[tuple[int, int | None], list[_Cluster]] = defaultdict(list)  # day-dated ones by month alone
    for c in clusters:
        if c.date.precision == "day" and c.basis in ("stated", "anchored"):
            days[(c.family, c.date.year, c.date.month)].append(c)
            any_kind[(c.date.year, c.date.month)].append(c)
        if c.date.precision in ("day", "month") and c.basis in ("stated", "anchored"):
            days[(c.family, c.date.year, None)].append(c)
    for coarse in clusters:
        if coarse.date.precision in ("month", "year") and coarse.basis in ("stated", "anchored"):
            month = coarse.date.month if coarse.date.precision == "month" else None
            _join_a_day(coarse, days[(coarse.family, coarse.date.year, month)], any_kind[(coarse.date.year, month)],
                        absorbed, loaded)
    return [c for c in clusters if id(c) not in absorbed]


def _join_a_day(coarse: _Cluster, same_kind: list[_Cluster], that_month: list[_Cluster], absorbed: set[int],
                loaded: _Loaded) -> None:
    """A month- or year-dated cluster joins its one day-dated host (of its kind, else any for one of no kind), or
    takes in the one day-dated telling of no kind of it (``_untyped_day_telling``)."""
    hosts = _day_hosts(coarse, same_kind, absorbed, loaded) or _untyped_hosts(coarse, that_month, absorbed, loaded)
    if len(hosts) > 1:
        hosts = _worded_alike(coarse, hosts)
    if len(hosts) == 1 and not _articles(hosts[0]) & _articles(coarse):
        hosts[0].absorb(coarse)
        absorbed.add(id(coarse))
    elif not hosts and (told := _untyped_day_telling(coarse, that_month, absorbed, loaded)):
        coarse.absorb(told)  # the happening keeps its kind and takes the day
        absorbed.add(id(told))


def _worded_alike(coarse: _Cluster, hosts: list[_Cluster]) -> list[_Cluster]:
    """Of several clusters a telling may join (a month's telling, the day-dated ones of its kind that month; one of no
    kind, the typed ones of its day), the one whose tellings share clearly more words with its own than any other's do
    ("Kopitara recalled 40,000 jars of its chilli sauce in May" / "... recalled the chilli sauce jars on May 6", not "closed
    its Semarang kitchen the next day"): outlets of one language retell one happening in many of its words. All of them when
    none does."""
    words = _telling_words(coarse)
    shared = sorted(((len(words & _telling_words(h)), k) for k, h in enumerate(hosts)), reverse=True)
    (best, k), (second, _) = shared[0], shared[1]
    return [hosts[k]] if best >= _WORDED_ALIKE and best - second >= _WORDED_APART else hosts


_WORDED_ALIKE = 3  # words of four letters or more two tellings share, at least
_WORDED_APART = 2  # ... and more than the runner-up's by this many
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _telling_words(cluster: _Cluster) -> set[str]:
    return {w for e in cluster.events for w in _CONTENT_WORD.findall((e.text or "").lower()) if w not in STOPWORDS}


def _untyped_day_telling(coarse: _Cluster, that_month: list[_Cluster], absorbed: set[int], loaded: _Loaded) -> _Cluster | None:
    """A happening of a kind one outlet dates by its month ("The two directors were detained in May") that another
    tells by its day in a sentence of no kind ("Keduanya dibawa ke Polda pada Rabu (13/5)"): the story's only day-dated
    telling of no kind that month naming a party of it, told by other articles."""
    if coarse.type == "other" or coarse.date.precision != "month" or coarse.basis != "stated" or not coarse.actors:
        return None  # a month counted from another happening ("a month after its listing") is too loose to place a day
    told = [c for c in _day_hosts(coarse, that_month, absorbed, loaded)
            if c.type == "other" and _shares_enough(c, coarse, loaded.people) and not _articles(c) & _articles(coarse)
            and _in_the_part_of_the_month(c.date, coarse.date)]
    if len(told) > 1:
        told = _worded_alike(coarse, told)
    return told[0] if len(told) == 1 else None


def _shares_enough(one: _Cluster, other: _Cluster, people: set[int]) -> bool:
    """A party in common; a company alone only for what befalls no person (a company is a party of most of its
    story's happenings: a post it filled that month is no day of its share price's fall)."""
    shared = set(one.actors) & set(other.actors)
    return bool(shared & people) or len(shared) >= 2 or bool(shared) and other.type not in PERSONAL


def _in_the_part_of_the_month(day: DateValue, month: DateValue) -> bool:
    """A day in the part of the month a telling names ("late August" is no 5 August, "early March" no 28 March)."""
    into = _into_the_month(month)
    early = bool(month.text and _EARLY_MONTH.search(month.text))
    return not (into == 24 and (day.day or 0) < 16 or into == 14 and not 6 <= (day.day or 0) <= 24 or early and (day.day or 0) > 15)


_EARLY_MONTH = re.compile(r"\b(?:awal|early|beginning)\b", re.I)


def _untyped_hosts(coarse: _Cluster, that_month: list[_Cluster], absorbed: set[int], loaded: _Loaded) -> list[_Cluster]:
    """A month-dated telling of no kind ("shut the doors of its plant in March") may join the story's day-dated
    happening of any kind that month (``that_month``): its only one, whoever leads it (outlets lead one happening
    with the company, the inspectors or the police), else the only one led by the same party."""
    if coarse.type != "other" or coarse.date.precision != "month" or not coarse.actors:
        return []
    hosts = _day_hosts(coarse, that_month, absorbed, loaded)
    return hosts if len(hosts) == 1 else [c for c in hosts if c.actors and c.actors[0] == coarse.actors[0]]


def _day_hosts(coarse: _Cluster, days: list[_Cluster], absorbed: set[int], loaded: _Loaded) -> list[_Cluster]:
    """The day-dated clusters of the month a coarse telling may join; of several, those naming its lead party."""
    hosts = [c for c in days if id(c) not in absorbed and _stories(c, loaded) & _stories(coarse, loaded)
             and not _other_people(c.type, coarse.actors, c.actors, loaded.people)]
    if len(hosts) > 1 and coarse.actors:
        hosts = [c for c in hosts if coarse.actors[0] in c.actors]
    return hosts


def _merge_story_day_kind(clusters: list[_Cluster], loaded: _Loaded) -> list[_Cluster]:
    """Outlets of one story lead one happening with different parties (one with the plant's owner, one with the
    industrial park, one with the police): clusters of a story dated the same day (stated, or counted from another day:
    "halted production the next day") and of one kind are one happening when no article tells two of them, and they name no different people for what
    befalls a person, nor different counterparts for what passes between two parties."""
    absorbed: set[int] = set()
    groups: dict[tuple, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        if c.date.precision == "day" and c.actors and (c.basis in ("stated", "anchored") or c.basis == "reported" and c.type not in WEAK_KINDS):
            # undated tellings of a kind, reported the same day by outlets of the story, are one happening too
            groups[(c.family, c.date.sort_key(), c.basis == "reported")].append(c)
    for group in groups.values():
        _absorb_pairwise(group, partial(_one_happening_of_story, loaded=loaded), absorbed)
    return [c for c in clusters if id(c) not in absorbed]


def _absorb_pairwise(group: list[_Cluster], same: Callable[[_Cluster, _Cluster], bool], absorbed: set[int]) -> None:
    """Each cluster of ``group`` not yet taken in takes in every later one that ``same`` finds it tells
    (their ids go to ``absorbed``)."""
    for k, host in enumerate(group):
        if id(host) in absorbed:
            continue
        for other in group[k + 1:]:
            if id(other) not in absorbed and same(host, other):
                host.absorb(other)
                absorbed.add(id(other))


def _merge_story_retold_reports(clusters: list[_Cluster], loaded: _Loaded) -> list[_Cluster]:
    """A later report of a story that retells, undated, a happening of a once-only kind that its earlier
    reports told undated too ("Bukalapak melakukan PHK" on the 10th and again, explained, on the 30th): one
    happening, when the two share a party, no article tells both, none says it came again, and they name no
    different people for what befalls a person."""
    absorbed: set[int] = set()
    reports = sorted((c for c in clusters if c.basis == "reported" and c.family in ONCE and c.actors),
                     key=lambda c: c.day)
    _absorb_pairwise(reports, partial(_retells, loaded=loaded), absorbed)
    return [c for c in clusters if id(c) not in absorbed]


def _retells(host: _Cluster, later: _Cluster, loaded: _Loaded) -> bool:
    if later.family != host.family or not 0 < later.day - host.day <= STORY_RETOLD_DAYS:
        return False
    if not set(host.actors) & set(later.actors) or any(_TOLD_AS_NEW.search(e.text) for e in later.events):
        return False
    return _one_happening_of_story(host, later, loaded)


def _one_happening_of_story(host: _Cluster, other: _Cluster, loaded: _Loaded) -> bool:
    if not _stories(host, loaded) & _stories(other, loaded) - {None} or _articles(host) & _articles(other):
        return False
    if _other_people(host.type, host.actors, other.actors, loaded.people):
        return False
    return host.type not in TWO_PARTY or bool(set(host.actors) & set(other.actors))


def _merge_untyped_into_typed(clusters: list[_Cluster], loaded: _Loaded) -> list[_Cluster]:
    """A dated happening that matched no kind ("other"), or only that something was said, is the story's one
    happening of a kind at that time naming one of its parties, when no article tells both: outlets word one
    happening so that only some of them match a kind ("ordered the jets grounded on Monday" / "the order,
    issued on Monday" / "announced the order at a news conference on Monday")."""
    stories = {id(c): _stories(c, loaded) for c in clusters}
    typed = _typed_by_month(clusters)
    of_story: dict[tuple[int, int | None], dict[int, list[int]]] = {}  # month -> story -> places in typed[month]
    absorbed: set[int] = set()
    for untyped in clusters:
        if untyped.type not in WEAK_KINDS or untyped.basis not in ("stated", "anchored"):
            continue
        hosts = _typed_hosts(untyped, typed, of_story, stories, absorbed)
        if len(hosts) > 1:
            hosts = _worded_alike(untyped, hosts)
        if len(hosts) == 1 and not _articles(hosts[0]) & _articles(untyped):
            hosts[0].absorb(untyped)
            absorbed.add(id(untyped))
    return [c for c in clusters if id(c) not in absorbed]


def _typed_hosts(untyped: _Cluster, typed: dict[tuple[int, int | None], list[_Cluster]],
                 of_story: dict[tuple[int, int | None], dict[int, list[int]]], stories: dict[int, set[int]],
                 absorbed: set[int]) -> list[_Cluster]:
    """The first two typed clusters of the untyped one's month (``typed``) that share a story with it
    (``stories``), were not absorbed and tell it (``_typed_telling_of``): whether there is only one, the first
    two tell. ``of_story``: month -> story -> places in ``typed[month]``, filled as months are asked."""
    month = (untyped.date.year, untyped.date.month)
    if month not in of_story:
        of_story[month] = _places_by_story(typed[month], stories)
    places = sorted({k for story in stories[id(untyped)] for k in of_story[month].get(story, ())})
    sharing = (typed[month][k] for k in places)
    return list(islice((c for c in sharing if id(c) not in absorbed and _typed_telling_of(c, untyped)), 2))


def _places_by_story(clusters: list[_Cluster], stories: dict[int, set[int]]) -> dict[int, list[int]]:
    """Story -> the places in ``clusters`` of those told in it (``stories``: each cluster's, by its id)."""
    places: dict[int, list[int]] = defaultdict(list)
    for k, cluster in enumerate(clusters):
        for story in stories[id(cluster)]:
            places[story].append(k)
    return places


def _typed_by_month(clusters: list[_Cluster]) -> dict[tuple[int, int | None], list[_Cluster]]:
    """(year, month) -> the dated clusters of a kind in that month; (year, None) -> all of that year."""
    typed: dict[tuple[int, int | None], list[_Cluster]] = defaultdict(list)
    for c in clusters:
        if c.type not in WEAK_KINDS and c.type not in OWN_WORDS_KINDS and c.basis in ("stated", "anchored"):
            typed[(c.date.year, c.date.month)].append(c)
            typed[(c.date.year, None)].append(c)
    return typed


def _typed_telling_of(typed: _Cluster, untyped: _Cluster) -> bool:
    """``typed`` is dated at least as precisely, at the same time, and names one of the same parties, or is of the same
    day (outlets lead one day's happening with other parties: the company, the inspectors, the police)."""
    return PRECISION_RANK.get(typed.date.precision, 0) >= PRECISION_RANK.get(untyped.date.precision, 0) \
        and _same_time(typed.date, untyped.date) and (bool(set(typed.actors) & set(untyped.actors))
                                                      or typed.date.precision == untyped.date.precision == "day")


def _stories(cluster: _Cluster, loaded: _Loaded) -> set[int]:
    return {s for e in cluster.events if (s := loaded.story.get(e.article_id)) is not None}


def _articles(cluster: _Cluster) -> set[int]:
    return {e.article_id for e in cluster.events if e.date_basis != "reference"}


def _merge_same_figure(clusters: list[_Cluster], money: dict[int, list[m.Amount]]) -> list[_Cluster]:
    """Outlets name a happening's parties their own way ("KPPU" / "the antitrust agency") but agree on its
    figure: clusters of one kind that share a party and a money figure (after rounding), told within the
    days reports retell a happening, are one."""
    merged: list[_Cluster] = []
    figures_of: dict[int, set[tuple[str, float]]] = {}  # each merged cluster's figures, kept as it absorbs
    # The clusters that may take others in, by kind family, in ``merged``'s order: those with figures (a cluster
    # without any never gains one: it takes in no other) of a kind (``_retold_with_figure``); a cluster's kind
    # never changes. The first of them that retells a cluster is the first of ``merged`` that does.
    hosts: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        figures = _figures(cluster, money)
        host = next((h for h in hosts.get(cluster.family, ()) if _retold_with_figure(h, cluster, figures, figures_of[id(h)])),
                    None) if figures else None
        if host is None:
            merged.append(cluster)
            figures_of[id(cluster)] = figures
            if figures and cluster.type != "other":
                hosts[cluster.family].append(cluster)
        else:
            host.absorb(cluster)
            figures_of[id(host)] = figures_of[id(host)] | figures
    return merged


def _merge_by_lead_figure(clusters: list[_Cluster], money: dict[int, list[m.Amount]], loaded: _Loaded) -> list[_Cluster]:
    """A telling of no kind whose sentence leads with the money figure another telling of the story leads with, at
    a time both dates allow, is that happening told in words no kind matched ("hanya mentransfer Rp 41 miliar dari
    klaim, Kamis (2/7)" / "paid 41 billion rupiah in early July on its claim"), when no article tells both and they
    name no different people for what befalls a person. The kind's telling keeps its kind; the finer date wins."""
    by_currency: dict[tuple[str, int], list[tuple[_Cluster, set[float]]]] = defaultdict(list)
    for cluster in clusters:
        if cluster.basis in ("stated", "anchored"):
            for currency, values in _lead_figures(cluster, money).items():
                by_currency[(currency, cluster.date.year)].append((cluster, values))
    absorbed: set[int] = set()
    for group in by_currency.values():
        _absorb_by_lead_figure(group, loaded, absorbed)
    return [c for c in clusters if id(c) not in absorbed]


def _absorb_by_lead_figure(group: list[tuple[_Cluster, set[float]]], loaded: _Loaded, absorbed: set[int]) -> None:
    """Of ``group`` (clusters of one currency and year, with their lead figures), each pair of one happening whose
    lead figures agree becomes one: the one of a kind, else the first, takes the other in (its id to ``absorbed``)."""
    for k, (one, mine) in enumerate(group):
        for other, theirs in group[k + 1:]:
            if id(one) in absorbed:
                break
            # the cheap tests first: a busy name's year holds hundreds of clusters with figures
            if id(other) in absorbed or one.type not in WEAK_KINDS and other.type not in WEAK_KINDS \
                    or not _same_time(one.date, other.date) or not any(agree(a, b) for a in mine for b in theirs):
                continue
            if _one_figure_happening(one, other, loaded):
                host, gone = (other, one) if one.type in WEAK_KINDS and other.type not in WEAK_KINDS else (one, other)
                host.absorb(gone)
                absorbed.add(id(gone))


def _lead_figures(cluster: _Cluster, money: dict[int, list[m.Amount]]) -> dict[str, set[float]]:
    """Currency -> the figures the cluster's tellings lead with (each telling's first money figure)."""
    out: dict[str, set[float]] = defaultdict(set)
    for e in cluster.events:
        told = [a for a in money.get(e.id, []) if a.currency and a.value]
        if told:
            lead = min(told, key=lambda a: a.id)
            out[lead.currency].add(lead.value)  # type: ignore[index]
    return out


def _one_figure_happening(one: _Cluster, other: _Cluster, loaded: _Loaded) -> bool:
    """Two tellings (one of no kind, at a time both dates allow) that one lead figure may make one: of one story,
    told by no one article, naming no different people for what befalls a person."""
    return not _articles(one) & _articles(other) and bool(_stories(one, loaded) & _stories(other, loaded)) \
        and not _other_people(one.type, one.actors, other.actors, loaded.people) \
        and not _other_people(other.type, other.actors, one.actors, loaded.people)


def _figures(cluster: _Cluster, money: dict[int, list[m.Amount]]) -> set[tuple[str, float]]:
    return {(a.currency, a.value) for e in cluster.events for a in money.get(e.id, []) if a.currency and a.value}


def _retold_with_figure(a: _Cluster, b: _Cluster, mine: set[tuple[str, float]], theirs: set[tuple[str, float]]) -> bool:
    if a.type == "other" or a.family != b.family or not set(a.actors) & set(b.actors):
        return False
    # the dates before the figures: they rule out most pairs of a busy name's clusters, and every pair of
    # figures would be compared (``agree``) to find out what they say
    return _told_within(a, b) and any(c1 == c2 and agree(v1, v2) for c1, v1 in mine for c2, v2 in theirs)


def _told_within(a: _Cluster, b: _Cluster) -> bool:
    """The two clusters' dates agree, or one is a report that retells the other within the usual window."""
    if _same_time(a.date, b.date):
        return True
    # a report without a date of its own comes after the happening it retells, within the usual window
    if "reported" not in (a.basis, b.basis):
        return False
    later, earlier = (a, b) if a.basis == "reported" and (b.basis != "reported" or _days(a.date) >= _days(b.date)) else (b, a)
    window = RETOLD_ONCE_DAYS if a.family in ONCE else REPORT_WINDOW_DAYS
    return 0 <= _days(later.date) - _days(earlier.date) <= window


def _same_time(a: DateValue, b: DateValue) -> bool:
    """Neither date contradicts the other at the precision both have: one's ``iso()`` begins the other's (the same
    year; the same month when both give one; the same day when both give one), compared part by part (a busy
    name's clustering compares tens of thousands of pairs: no strings built, no cache of dates hashed)."""
    if not (1000 <= a.year <= 9999 and 1000 <= b.year <= 9999):  # not four digits: as ``iso()`` writes them
        return _same_iso(a.iso(), b.iso())
    if a.year != b.year:
        return False
    shared = min(_precision(a), _precision(b))
    return shared == 0 or a.month == b.month and (shared == 1 or a.day == b.day)


def _precision(date: DateValue) -> int:
    """How much of the date ``iso()`` writes: 0 the year, 1 the month, 2 the day."""
    if date.precision == "day" and date.month and date.day:
        return 2
    return 1 if date.precision == "month" and date.month else 0


def _same_iso(x: str, y: str) -> bool:
    return x.startswith(y) or y.startswith(x)


def _best_told(events: list[m.Event]) -> list[m.Event]:
    """Tellings from the one that dates the happening best: a stated date, then the most precise."""
    return sorted(events, key=lambda e: (e.date_year is not None, BASIS_RANK.get(e.date_basis, 0),
                                         PRECISION_RANK.get(e.date_precision or "year", 0), -e.id), reverse=True)


def _lead_of(cluster: _Cluster, led: Led) -> m.Event | None:
    """The sentence that dates the event best leads. A sentence telling two happenings of different
    dates ("closed 37 branches last month and has cut 540 jobs") may lead one item for each date; never
    two of the same date."""
    ranked = _best_told(cluster.events)
    lead = next((e for e in ranked if not any(_same_time(d, cluster.date) for d in led[(e.article_id, e.text)])), None)
    if lead is not None:
        led[(lead.article_id, lead.text)].append(cluster.date)
    return lead


def _tellings(cluster: _Cluster, lead: m.Event) -> list[m.Event]:
    """The lead, then the tellings of the item's kind best first, then the others best first."""
    rest = _best_told([e for e in cluster.events if e is not lead])
    return [lead] + [e for e in rest if e.type == cluster.type] + [e for e in rest if e.type != cluster.type]


def _sources(ctx: Context, ordered: list[m.Event], refs) -> list[SourceRef]:  # type: ignore[no-untyped-def]
    """Every article cited once, by the passage of its first telling in ``ordered``."""
    sources: list[SourceRef] = []
    cited: set[int] = set()
    for event in ordered:
        passage, article = refs[event.passage_id]
        if article.id not in cited:
            cited.add(article.id)
            sources.append(source_ref(article, passage, ctx.public_url))
    return sources


def _order_of(cluster: _Cluster) -> tuple[int, ...]:
    """Where the cluster's item goes: by date, a stated date before one found otherwise, then by the first
    telling stored."""
    date, basis = cluster.shown()
    return (*date.sort_key(), BASIS_RANK["stated"] - BASIS_RANK.get(basis, 0),
            min(e.id for e in cluster.events if e.date_year is not None))


def _kind_shown(cluster: _Cluster) -> str:
    """The item's kind: the cluster's, or for one that first came as a telling of no kind (or of a statement) and
    took in an outlet's telling of a kind, the kind most of those tell: the kind an outlet saw in it."""
    if cluster.type not in WEAK_KINDS:
        return cluster.type
    told = Counter(e.type for e in cluster.events if e.type not in WEAK_KINDS and e.date_basis != "reference")
    return told.most_common(1)[0][0] if told else cluster.type


def _item(ctx: Context, cluster: _Cluster, lead: m.Event, refs, amounts, names) -> Item:  # type: ignore[no-untyped-def]
    """The cluster as one item, led by ``lead`` (``_lead_of``)."""
    ordered = _tellings(cluster, lead)
    sources = _sources(ctx, ordered, refs)
    date, basis = cluster.shown()
    return Item(
        text=lead.text,
        sources=sources,
        date=date.iso(),
        date_text=date.text or None,
        date_basis=basis,
        kind=_kind_shown(cluster),
        # figures of tellings of the same type only: "valuasi $29 miliar" in an acquisition sentence is
        # no figure of the investment it merged with
        variants=_variants(ctx, [e for e in ordered if e.type == cluster.type], refs, amounts),
        count=len(sources),
        event=EventInfo(
            actors=[names[a] for a in cluster.actors if a in names],
            event_ids=[e.id for e in ordered if e.type == cluster.type],  # the chart's money figure
            order=_order_of(cluster),
        ),
    )


def agree(a: float, b: float) -> bool:
    """Figures agree when the more precise one, rounded to the other's significant digits, equals it
    ("$14 billion" and "$14.3 billion"; not "$14 billion" and "$15 billion")."""
    if a == b:
        return True
    if not a or not b or (a > 0) != (b > 0):
        return False
    coarse, fine = (a, b) if _digits(a) <= _digits(b) else (b, a)
    n = _digits(coarse)
    scale = 10 ** (math.floor(math.log10(abs(fine))) - n + 1)
    return round(fine / scale) * scale == round(coarse / scale) * scale


@lru_cache(maxsize=8192)  # a timeline compares a few hundred figures with one another
def _digits(x: float) -> int:
    """Significant digits as written: 14e9 -> 2, 14.3e9 -> 3."""
    return max(1, len(f"{abs(x):.6e}".split("e")[0].replace(".", "").rstrip("0")))


def _variants(ctx: Context, events: list[m.Event], refs, amounts) -> list[Figure]:  # type: ignore[no-untyped-def]
    """Differing money figures for one event, each with the sources that state it; figures that agree
    after rounding are one figure."""
    groups: list[Figure] = []
    for event in events:
        passage, article = refs[event.passage_id]
        for amount in amounts.get(event.id, []):
            entry = next((g for g in groups if g.currency == amount.currency and agree(g.value, amount.value)), None)
            if entry is None:
                entry = Figure(value=amount.value, currency=amount.currency, text=amount.text)
                groups.append(entry)
            if all(s.article_id != article.id for s in entry.sources):
                entry.sources.append(source_ref(article, passage, ctx.public_url))
    # Figures differ only when different articles state different values (not one article's two numbers).
    article_sets = {frozenset(s.article_id for s in v.sources) for v in groups}
    if len(groups) < 2 or len(article_sets) < 2:
        return []
    return sorted(groups, key=lambda v: (-len(v.sources), v.value))


# --------------------------------------------------------------------------- the chart's data


def chart_request(query: str) -> tuple[str, bool]:
    """"Scale AI chart" -> ("Scale AI", True); "chart" -> ("", True); anything else -> (query, False)."""
    head, _, last = query.rpartition(" ")
    if last.lower() in CHART_WORDS:
        return head.strip(), True
    return query, False


def _add_chart(ctx: Context, answer: Answer) -> None:
    """Every dated item as a chart event (with its money figure); the items are then cut to the limit."""
    items = answer.items
    money = queries.money_by_event(session=ctx.session,
                                   event_ids=[i for item in items if item.event for i in item.event.event_ids])
    events = [_chart_event(item, money) for item in items if item.date][-CHART_EVENTS:]  # the newest
    answer.chart = TimelineChart(title=answer.entity.name if answer.entity else None, events=events)
    answer.items = items[: ctx.limit] if answer.query else items[-ctx.limit :]


def _chart_event(item: Item, money: dict[int, list[m.Amount]]) -> ChartEvent:
    """The item as the chart draws it; its figure is the most-cited differing one, else the first stated."""
    figure = item.variants[0] if item.variants else None
    if figure is None:
        event_ids = item.event.event_ids if item.event else []
        amount = next((a for i in event_ids for a in money.get(i, [])), None)
        if amount is not None:
            figure = Figure(value=amount.value, currency=amount.currency, text=amount.text)
    return ChartEvent(
        date=_date_value(item.date or "", item.date_text), label=item.text,
        sources=item.count if item.count is not None else len(item.sources),
        kind=item.kind, basis=item.date_basis, money=figure.value if figure else None,
        currency=figure.currency if figure else None, money_text=figure.text if figure else None,
    )


def _date_value(iso: str, text: str | None) -> DateValue:
    """"2025", "2025-06" or "2025-06-12" back to a DateValue of that precision."""
    parts = [int(p) for p in iso.split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    return DateValue(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None,
                     precision, text or "")  # type: ignore[arg-type]
