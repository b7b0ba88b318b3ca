"""Plain data shared by the layers: sources -> extraction -> store -> answers -> render.

Nothing here does I/O.  Sources produce a ``SourceDoc``; extraction turns its text into an
``Extraction``; the store keeps both; answers return ``Answer`` objects that renderers turn into
Telegram HTML, Slack blocks, plain text or JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

# --------------------------------------------------------------------------- sources

Precision = Literal["year", "season", "month", "day"]


@dataclass
class SourceDoc:
    """One article as a source hands it over: cleaned body text plus whatever metadata was found.

    ``text`` holds the article body only (title, byline, captions, "read also" lines, share lines
    and other boilerplate removed), paragraphs separated by a blank line.
    """

    text: str
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    url: str | None = None
    original_url: str | None = None
    published: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    language: str | None = None  # "id" or "en"
    source_file: str | None = None
    raw: str | None = None  # the text as it arrived, for re-extraction


# --------------------------------------------------------------------------- extraction

EntityKind = Literal["person", "org", "product", "place", "media", "author"]

EventType = Literal[
    "investment",
    "acquisition",
    "hiring",
    "departure",
    "layoffs",
    "partnership_ended",
    "contract_won",
    "valuation",
    "revenue",
    "funding",
    "lawsuit",
    "founding",
    "launch",
    # general happenings of the news that carry no figure of their own
    "arrest",
    "charge",
    "indictment",
    "investigation",
    "ruling",
    "hearing",
    "approval",
    "ban",
    "announcement",
    "delay",
    "breach",
    "fine",
    "protest",
    "opening",
    "pricing",
    "results",
    "visit",
    "outage",
    "market",  # a listed company's shares crashing
    "accident",
    "toll",  # a count of the dead or hurt as it stood that day ("the death toll rose to 18")
    "compensation",
    "complaint",
    "closure",
    "recall",
    "cancellation",
    "application",
    "publication",
    "resumption",
    "other",  # a dated happening about a named person or organisation that fits no type above
]

# How an event's date was found (see docs/answer-keys.md and the README's JSON contract):
# "stated" in the sentence (absolute, or relative to the publication date); "anchored" to another
# event ("weeks after the investment"); "reported" (no date in the text: the report's date);
# "planned" (a date after the report: a schedule or target, kept off the past timeline);
# "reference" (an earlier event named in passing: "since the acquisition", "workers killed in the
# blast"): never an item of its own, only another source for the event it names.
DateBasis = Literal["stated", "anchored", "reported", "planned", "reference"]


@dataclass(frozen=True)
class DateValue:
    """A date as resolved, with its precision and the phrase as written.

    ``month`` is set for month/day precision; for a season it is the season's first month.
    """

    year: int
    month: int | None = None
    day: int | None = None
    precision: Precision = "year"
    text: str = ""

    def iso(self) -> str:
        """"YYYY", "YYYY-MM" or "YYYY-MM-DD" at the stated precision (a season reads as its year)."""
        if self.precision == "day" and self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == "month" and self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)


@dataclass
class Passage:
    """A paragraph (or a slice of a long one) of the article body, with its character offsets."""

    index: int
    text: str
    start: int
    end: int


@dataclass
class Entity:
    """An entity as one article names it: canonical name, kind, and the other names used."""

    name: str
    kind: EntityKind
    aliases: set[str] = field(default_factory=set)


@dataclass
class Mention:
    entity: str  # canonical name of an Entity in the same Extraction
    passage: int  # Passage.index
    start: int  # offsets inside the passage text
    end: int
    text: str


@dataclass
class Amount:
    """A number with a meaning: money (value in units of ``currency``), a percentage or a headcount."""

    kind: Literal["money", "percent", "count"]
    value: float
    text: str  # as written, e.g. "$14,3 miliar"
    passage: int
    currency: str | None = None  # ISO code for money: "USD", "IDR", "EUR"
    unit: str | None = None  # for counts: "employees", "karyawan", "workers" ...
    entity: str | None = None  # canonical name of the entity the number is about, if known
    date: DateValue | None = None
    # every person and organisation of the amount's clause (``entity`` first), each of whom it is about
    about: list[str] = field(default_factory=list)


@dataclass
class Role:
    person: str  # canonical person name
    title: str  # normalised title, e.g. "CEO", "spokesperson", "founder"
    org: str | None  # canonical organisation name
    passage: int
    former: bool = False
    date: DateValue | None = None
    evidence: str = ""  # the sentence it was read from


@dataclass
class Event:
    type: EventType
    actors: list[str]  # canonical names, main actor first
    passage: int
    text: str  # the sentence stating it
    date: DateValue | None = None
    amounts: list[Amount] = field(default_factory=list)
    basis: DateBasis = "stated"
    # for an event dated relative to another ("days after Meta invested"): that event's type and
    # actors, so the timeline can date it from the other event when this article does not
    anchor: tuple[str, tuple[str, ...]] | None = None
    # told as decided but still to come ("will step down at the end of the year", said on Monday): dated by
    # its telling, it has not taken effect, so a post its actor holds is not ended by it
    pending: bool = False


@dataclass
class Quote:
    speaker: str | None  # canonical name, or a description ("juru bicara Scale AI") when unnamed
    text: str
    passage: int
    kind: Literal["direct", "reported", "refusal"] = "direct"
    about: str | None = None  # canonical org name the speaker speaks for, if known


@dataclass
class Extraction:
    passages: list[Passage] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


# --------------------------------------------------------------------------- answers

Status = Literal["ok", "not_found", "ambiguous", "invalid", "error"]


@dataclass
class SourceRef:
    """Where an answer item comes from: the article and the exact stored passage."""

    article_id: int
    title: str | None
    publisher: str | None
    url: str | None
    original_url: str | None
    file: str | None
    passage: str
    link: str  # article URL with a text fragment, else the original URL, else "/source ID"
    passage_id: int | None = None
    passage_index: int | None = None
    published: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "original_url": self.original_url,
            "file": self.file,
            "passage": self.passage,
            "link": self.link,
        }


@dataclass
class EntityInfo:
    """An entity an answer is about (/who, /timeline NAME, ...), or one line of /who's list of names."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    id: int | None = None
    mentions: int = 0


@dataclass
class RoleItem:
    person: str
    title: str
    org: str | None
    former: bool
    sources: list[SourceRef]
    date: str | None = None


@dataclass
class Figure:
    """A number as an article states it: the figure of a /numbers item or of a story's money fact, or one
    of an event's differing figures (then with the sources that state it)."""

    value: float
    currency: str | None  # ISO code for money, else None
    text: str  # as written: "$14,3 miliar"
    unit: str | None = None  # for counts: "employees", "karyawan", ...
    sources: list[SourceRef] = field(default_factory=list)


# What each kind of item carries beyond its text, date and sources: one dataclass per kind, set on the
# items of that kind only.


@dataclass
class StoryInfo:
    """A story of /brief or a digest (item kind "story")."""

    id: int
    headline: str  # the story's own headline; the item's text may be the first new article's title
    articles: int  # its new articles, all of them (the item cites those it read)
    also_reported: bool  # its new articles only retell what its earlier ones told
    more_facts: int  # new facts left off the item


@dataclass
class EventInfo:
    """A /timeline item: one happening, however many articles tell it."""

    actors: list[str]  # names, main actor first
    event_ids: list[int]  # the stored tellings of the item's kind (the chart reads their money figures)
    order: tuple[int, ...]  # the timeline's order: date, how it was dated, then the first telling


@dataclass
class ArticleInfo:
    """A line of /sources."""

    id: int
    publisher: str | None
    language: str | None
    url: str | None
    file: str | None


@dataclass
class PassageInfo:
    """A passage of /source ID, read in its article."""

    index: int
    cited: bool  # the passage the command asked for


@dataclass
class CommandHelp:
    """A command as /help lists it."""

    name: str
    usage: str  # "/who NAME"
    example: str  # "/who Mercor"


@dataclass
class FeedInfo:
    """A feed of /feeds, /addfeed."""

    id: int
    url: str
    interval: int  # seconds
    failures: int
    last_error: str | None
    next_poll_at: str  # ISO, UTC


@dataclass
class ScheduleInfo:
    """This chat's /digest schedule."""

    schedule: str  # as described: "daily 08:00 Asia/Jakarta"
    next: str  # the next run, ISO UTC with a "Z"
    frequency: str
    time: str
    timezone: str
    weekday: str | None


@dataclass
class Item:
    """One line of an answer: a fact, an event, a search hit, an article, a story, ..."""

    text: str
    sources: list[SourceRef] = field(default_factory=list)
    date: str | None = None  # "YYYY" | "YYYY-MM" | "YYYY-MM-DD"
    date_text: str | None = None
    date_basis: str | None = None  # timeline items: "stated" | "anchored" | "reported" | "planned"
    kind: str | None = None  # event type, "fact", "article", "hit", "story", ...
    amount: Figure | None = None  # /numbers, a story's money fact
    speaker: str | None = None  # for /quotes
    variants: list[Figure] = field(default_factory=list)  # differing figures, each with its sources
    count: int | None = None  # how many articles tell it: timeline items, a story's facts
    score: float | None = None  # a /search hit's rank
    facts: list[Item] = field(default_factory=list)  # a story's new facts (/brief, digests), each an item
    # the part of its kind (see above), None on items of other kinds
    story: StoryInfo | None = None
    event: EventInfo | None = None
    article: ArticleInfo | None = None
    passage: PassageInfo | None = None
    help: CommandHelp | None = None
    feed: FeedInfo | None = None
    schedule: ScheduleInfo | None = None
    entity: EntityInfo | None = None  # a name of /who's list


@dataclass(frozen=True)
class ChartEvent:
    """One timeline item as a chart draws it: where it sits on the time axis and what marks it."""

    date: DateValue  # as resolved, with its precision (a year-precise event sits mid-year)
    label: str  # the sentence that tells it (the renderer shortens it)
    sources: int  # articles telling it
    kind: str | None = None  # event type
    basis: str | None = None  # "stated" | "anchored" | "reported" | "planned"
    money: float | None = None  # the event's money figure, in units of ``currency``
    currency: str | None = None
    money_text: str | None = None  # the figure as written ("$14,3 miliar")


@dataclass
class TimelineChart:
    """What ``/timeline NAME chart`` draws: every dated item of the timeline, oldest first."""

    title: str | None  # the entity's name; None for the whole store
    events: list[ChartEvent] = field(default_factory=list)

    def span(self) -> tuple[str, str] | None:
        """The first and last dates ("YYYY[-MM[-DD]]"), or None without events."""
        if not self.events:
            return None
        dates = sorted((e.date for e in self.events), key=DateValue.sort_key)
        return dates[0].iso(), dates[-1].iso()


class MessageKey(StrEnum):
    """What an answer says besides its items: a key of the UI strings (``bot.render.i18n``), in the
    JSON contract as its value ("not_found")."""

    # statuses and refusals
    NOT_FOUND = "not_found"
    AMBIGUOUS = "ambiguous"
    INVALID = "invalid"
    USAGE = "usage"
    TOO_LONG = "too_long"
    UNKNOWN_COMMAND = "unknown_command"
    ADMIN_ONLY = "admin_only"
    INTERNAL_ERROR = "internal_error"
    EMPTY_STORE = "empty_store"
    BAD_SEARCH = "bad_search"
    # titles and replies of commands
    PEOPLE_ORGS = "people_orgs"
    HELP_TITLE = "help_title"
    BRIEF = "brief"
    BRIEF_SINCE = "brief_since"
    BRIEF_NOTHING = "brief_nothing"
    BRIEF_NOTHING_IN = "brief_nothing_in"
    LANG_SET = "lang_set"
    FOLLOWING = "following"
    UNFOLLOWED = "unfollowed"
    FOLLOWS = "follows"
    NEW_FACTS = "new_facts"
    INGESTED = "ingested"
    DIGEST_SET = "digest_set"
    DIGEST_OFF = "digest_off"
    DIGEST_NONE = "digest_none"
    DIGEST_TITLE = "digest_title"
    FEEDS_TITLE = "feeds_title"
    FEEDS_NONE = "feeds_none"
    FEED_ADDED = "feed_added"
    FEED_EXISTS = "feed_exists"
    FEED_REMOVED = "feed_removed"
    FEED_NOT_FOUND = "feed_not_found"


@dataclass
class Answer:
    command: str
    query: str
    status: Status = "ok"
    message: MessageKey | None = None
    entity: EntityInfo | None = None
    roles: list[RoleItem] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    total: int | None = None  # items before --limit cut them
    lang: str = "en"
    chart: TimelineChart | None = None  # set when a chart was asked for (/timeline NAME chart)
    # An invalid answer carries its command's usage line and example ("/who NAME", "/who Mercor"), so a
    # renderer shows them without looking the command up (render/ never imports the command table).
    usage: str | None = None
    example: str | None = None
