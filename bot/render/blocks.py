"""One renderer-neutral step between an answer and its platforms: ``layout(answer)`` decides, once, what
an answer shows (its title, a profile's kind and other names, its roles, its numbered entries with their
dates, figures, sources and differing figures, a story's facts, the related names, how many were left
off, and for a problem its message, names and usage), as plain blocks with unescaped text.

The console (``plain.py``), Telegram (``telegram_html.py``) and Slack (``slack_blocks.py``) only format
these blocks: each escapes for its markup and fits its platform's limits (message length, blocks per
message, links per line), and says so where it leaves something off. Imports neither the answers nor db/.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.domain import Answer, Item, MessageKey, RoleItem, SourceRef
from bot.render.chart import chart_summary
from bot.render.i18n import STRINGS, t

MAX_TITLE_NAME = 120  # characters of a name or query echoed in a title
INGEST_OUTCOMES = ("new", "updated", "unchanged", "failed")

# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class DateLabel:
    """An entry's date as a reader should take it."""

    resolved: str  # "2025-06", "reported 2025-06-19", "planned 2025"; "undated" when the text gave none
    written: str = ""  # the phrase as written ("Juni lalu"), when it says more than the resolved date


@dataclass
class Variant:
    """One of an event's differing figures, with the sources that state it."""

    text: str
    sources: list[SourceRef]


@dataclass
class ItemBlock:
    """A numbered entry: a fact, an event, a figure, a quote, a search hit, an article, a passage."""

    number: int
    text: str
    sources: list[SourceRef]  # each cited passage once, in the answer's order
    date: DateLabel | None = None
    speaker: str | None = None
    said: Literal["direct", "refused", ""] = ""  # own words (in quotation marks), a refusal to comment
    figure: str = ""  # the figure the entry is about (/numbers), shown beside its text
    variants: list[Variant] = field(default_factory=list)
    article: int | None = None  # a /sources line: the article it lists
    passage: Literal["cited", "context", ""] = ""  # a /source passage: the one asked for, or one around it

    @property
    def counted(self) -> bool:
        """Whether the entry says how many sources it has: when it has more than one."""
        return len(self.sources) > 1


@dataclass
class StoryBlock:
    """A story of /brief or a digest: its headline, then its new facts, or the outlets that only retold it."""

    number: int
    headline: str
    continues: str  # "continues “…”" (the story's own headline), or ''
    retold: str  # "also reported by: " before the outlets of a story only retold, or ''
    sources: list[SourceRef]  # the outlets, shown when it has no facts of its own
    facts: list[ItemBlock] = field(default_factory=list)
    more: str = ""  # "… and N more" facts left off


@dataclass
class NameLine:
    """A line of a list of names (/who alone, /follow alone, /ingest's outcomes, /feeds): no sources."""

    number: int
    text: str
    kind: str = ""  # "organisation", "person" ...: the name's kind, when it is an entity's
    mentions: int = 0  # /who alone: how often the store mentions it (what the list is ordered by)

    @property
    def about(self) -> str:
        """"organisation, 4": the kind and the mentions, as far as they are known; '' for neither."""
        return ", ".join(part for part in (self.kind, str(self.mentions) if self.mentions else "") if part)


@dataclass
class HelpLine:
    """A command as /help lists it."""

    usage: str
    summary: str
    example: str


Entry = ItemBlock | StoryBlock | NameLine | HelpLine


@dataclass
class RoleLine:
    """A role as seen from the answer's subject: the subject's own name is left out (None)."""

    person: str | None
    title: str
    org: str | None
    former: bool
    date: str | None
    sources: list[SourceRef]


@dataclass
class Profile:
    """What /who NAME shows under the name: its kind and its other names."""

    name: str
    kind: str  # "organisation", "person" ... (or the stored kind when there is no string for it)
    aliases: list[str]


@dataclass
class Problem:
    """A not_found, ambiguous, invalid or error answer: one message, then names, commands or usage."""

    status: str
    key: str  # the message's key ("unknown_command"), for a platform that words it its own way
    message: str  # what went wrong ('' when the usage line says it)
    nearest: list[str] = field(default_factory=list)  # not_found: the nearest names
    choices: list[str] = field(default_factory=list)  # ambiguous: the names meant, perhaps
    commands: list[str] = field(default_factory=list)  # after an unknown command: the commands there are
    usage: str = ""  # the command's usage line and example, when shown
    example: str = ""


@dataclass
class Layout:
    """An answer laid out for every renderer alike (all text unescaped, in the answer's language)."""

    lang: str
    command: str
    title: str = ""  # "Timeline: Scale AI", a profile's name, a command's message ("Following Mercor …")
    message: str = ""  # the answer's message, under a title that does not say it already
    profile: Profile | None = None
    article: SourceRef | None = None  # /source: the article its passages are read in, named once above them
    roles: list[RoleLine] = field(default_factory=list)
    facts_heading: bool = False  # "Key facts" above the entries (a profile's)
    entries: list[Entry] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    more: int = 0  # entries left off (the answer's total beyond its items)
    caption: str | None = None  # a chart answer: what the picture shows (the picture is the answer)
    problem: Problem | None = None

    @property
    def help(self) -> bool:
        return self.command in ("help", "start")


# --------------------------------------------------------------------------- layout


def layout(answer: Answer, lang: str | None = None) -> Layout:
    """Every content decision about ``answer`` made once, for the console, Telegram and Slack."""
    lang = lang or answer.lang or "en"
    out = Layout(lang=lang, command=answer.command)
    if answer.status != "ok" and not reports_failure(answer):
        out.problem = problem(answer, lang)
        return out
    out.title = _title(answer, lang)
    if answer.chart is not None:  # sent as a picture: this says what it shows
        out.caption = chart_summary(answer.chart, lang)
        return out
    return _lay_out_items(answer, out)


def _lay_out_items(answer: Answer, out: Layout) -> Layout:
    """An ok answer's message, profile, roles, entries, related names and what was left off."""
    lang = out.lang
    said = message_of(answer, lang)
    out.message = said if said != out.title else ""
    out.profile = _profile(answer, lang)
    out.facts_heading = out.profile is not None and bool(answer.items)
    out.article = _article(answer)
    subject = answer.entity.name if answer.entity is not None else None
    out.roles = [role_line(role, subject) for role in answer.roles]
    out.entries = _entries(answer, lang)
    out.related = list(answer.related)
    out.more = max((answer.total or 0) - len(answer.items), 0)
    if not (out.title or out.message or out.entries or out.roles or out.related):  # never an empty reply
        out.message = t("not_found", lang, query=answer.query[:MAX_TITLE_NAME])
    return out


def _profile(answer: Answer, lang: str) -> Profile | None:
    """/who NAME's kind and other names."""
    ent = answer.entity
    if answer.command != "who" or ent is None:
        return None
    aliases = [a for a in ent.aliases if a.strip() and a != ent.name]
    return Profile(ent.name, kind_label(ent.kind, lang) or ent.kind, aliases)


def reports_failure(answer: Answer) -> bool:
    """A failed /ingest still reports what it did, as an ok answer would; other errors only apologise."""
    return answer.status == "error" and bool(answer.items) and answer.message != MessageKey.INTERNAL_ERROR


def kind_label(kind: str | None, lang: str) -> str:
    """"organisation" for "org", in ``lang``; '' for a kind with no string (an event type, "fact")."""
    return t(f"kind_{kind}", lang) if kind and f"kind_{kind}" in STRINGS else ""


def message_of(answer: Answer, lang: str) -> str:
    """The answer's message in ``lang`` with its values filled in (the name, the query, /ingest's counts)."""
    if not answer.message:
        return ""
    name = (answer.entity.name if answer.entity else answer.query)[:MAX_TITLE_NAME]
    counts = _ingest_counts(answer) if answer.command == "ingest" else {}
    return t(answer.message, lang, name=name, query=answer.query[:MAX_TITLE_NAME], **counts)


def _ingest_counts(answer: Answer) -> dict[str, int]:
    """/ingest's counts by outcome, from its items (one per input, ``kind`` = outcome), for its "ingested"
    line, which the console, Telegram and Slack then only format."""
    return {kind: sum(1 for item in answer.items if item.kind == kind) for kind in INGEST_OUTCOMES}


def _title(answer: Answer, lang: str) -> str:
    """The first line: a profile's name, the command's title ("Timeline: Scale AI"), else its message."""
    if answer.command == "who" and answer.entity is not None:
        return answer.entity.name
    title = answer_title(answer, lang)
    if title:
        return title
    if answer.message and answer.message != MessageKey.INTERNAL_ERROR:
        return message_of(answer, lang)
    return f"{t('source', lang)} {answer.query[:MAX_TITLE_NAME]}".strip() if answer.command == "source" else ""


def answer_title(answer: Answer, lang: str) -> str:
    """The title every renderer puts above an ok answer of /timeline, /search, /numbers, /quotes, /sources,
    /help and /brief ("Timeline: Scale AI"); '' for the other commands, whose first line is their own
    (a profile's name, a message)."""
    name = (answer.entity.name if answer.entity else answer.query)[:MAX_TITLE_NAME]
    if answer.command == "timeline":
        return t("timeline_of", lang, name=name) if name else t("timeline", lang)
    named = {"search": ("search_results", answer.query[:MAX_TITLE_NAME]), "numbers": ("numbers_of", name),
             "quotes": ("quotes_of", name)}
    if answer.command in named:
        key, value = named[answer.command]
        return t(key, lang, query=value, name=value)
    fixed = {"sources": "sources", "help": "help_title", "start": "help_title", "brief": "brief"}
    return t(fixed[answer.command], lang) if answer.command in fixed else ""


def _article(answer: Answer) -> SourceRef | None:
    """/source's article: the first passage's source."""
    if answer.command == "source" and answer.items and answer.items[0].sources:
        return answer.items[0].sources[0]
    return None


def role_line(role: RoleItem, subject: str | None) -> RoleLine:
    """The role without the subject's own name: "CEO, Scale AI" on Alexandr Wang, "Brendan Foody — CEO"
    on Mercor."""
    person = None if subject is not None and role.person == subject else role.person
    org = None if subject is not None and role.org == subject else role.org
    return RoleLine(person, role.title, org, role.former, role.date, unique_sources(role.sources))


def unique_sources(refs: list[SourceRef]) -> list[SourceRef]:
    """Each cited passage once (the same article, passage and link cited twice is one source)."""
    first: dict[tuple[int, int | None, str], SourceRef] = {}
    for ref in refs:
        first.setdefault((ref.article_id, ref.passage_id, ref.link), ref)
    return list(first.values())


def _entries(answer: Answer, lang: str) -> list[Entry]:
    if answer.command in ("help", "start"):
        return [HelpLine(i.help.usage if i.help else "", i.text, i.help.example if i.help else "")
                for i in answer.items]
    return [entry(item, n, answer.command, lang) for n, item in enumerate(answer.items, 1)]


def entry(item: Item, number: int, command: str, lang: str) -> Entry:
    """One item laid out: a story, a line of a list of names, or an entry with its date and sources."""
    if item.kind == "story":
        return story(item, number, lang)
    if _bare(item):
        label = kind_label(item.kind, lang) if command in ("who", "follow") else ""
        return NameLine(number, item.text, label, item.entity.mentions if item.entity is not None else 0)
    return item_block(item, number, command, lang)


def item_block(item: Item, number: int, command: str, lang: str) -> ItemBlock:
    """An entry with its date, speaker, figure, differing figures and sources."""
    direct, refused = speech(item)
    cited = item.passage is not None and item.passage.cited
    return ItemBlock(
        # /source's passages are read in one article, named once above them (Layout.article)
        number=number, text=item.text, sources=[] if command == "source" else unique_sources(item.sources),
        date=date_label(item, command, lang),
        speaker=item.speaker, said="direct" if direct else "refused" if refused else "",
        figure=item.amount.text if command == "numbers" and item.amount is not None else "",
        variants=[Variant(v.text or _number(v.value), unique_sources(v.sources)) for v in item.variants],
        article=item.article.id if item.article is not None else None,
        passage=("cited" if cited else "context") if item.kind == "passage" else "",
    )


def speech(item: Item) -> tuple[bool, bool]:
    """How a /quotes item was said, as every renderer shows it: (the speaker's own words, shown in
    quotation marks; a refusal to comment, shown as "declined to comment" before any text). Reported
    speech is neither: it is the outlet's words, so it is never put in quotation marks."""
    return bool(item.speaker) and item.kind == "direct", item.kind == "refusal"


def _bare(item: Item) -> bool:
    """A name, a follow, a feed, an /ingest outcome: nothing cited, dated or told by several."""
    return not (item.sources or item.date or item.date_text or item.variants or item.facts or item.amount)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def date_label(item: Item, command: str, lang: str) -> DateLabel | None:
    """The date as resolved (with how it was found: "reported 2025-06-19") and as written when that says
    more; "undated" for a timeline entry, or a written date, that resolved to none."""
    written = (item.date_text or "").strip()
    if not item.date and not written and command != "timeline":
        return None
    resolved = _dated(item.date, item.date_basis, lang) if item.date else t("undated", lang)
    return DateLabel(resolved, written if written and written.lower() != (item.date or "").lower() else "")


def _dated(date: str, basis: str | None, lang: str) -> str:
    """A resolved date as a reader should take it: "reported 2025-06-19" when the text gave none."""
    key = f"basis_{basis}"
    return t(key, lang, date=date) if key in STRINGS else date


def story(item: Item, number: int, lang: str) -> StoryBlock:
    continues, retold, more = _story_texts(item, lang)
    facts = [] if retold else [item_block(fact, n, "brief", lang) for n, fact in enumerate(item.facts, 1)]
    return StoryBlock(number, item.text, continues, retold, unique_sources(item.sources), facts, more if facts else "")


def _story_texts(item: Item, lang: str) -> tuple[str, str, str]:
    """(the story it continues, "also reported by: ", "… and N more") of a /brief or digest story item,
    each '' when it does not apply; unescaped."""
    story = item.story
    if story is None:
        return "", "", ""
    headline = story.headline or ""
    continues = t("story_continues", lang, headline=headline[:120]) if headline and headline != item.text else ""
    retold = f"{t('also_reported', lang)}: " if story.also_reported else ""
    more = t("more_items", lang, n=story.more_facts) if story.more_facts else ""
    return continues, retold, more


def problem(answer: Answer, lang: str) -> Problem:
    """What a not_found, ambiguous, invalid or error answer says."""
    if answer.status == "error":
        return Problem("error", MessageKey.INTERNAL_ERROR, t("internal_error", lang))
    if answer.status == "ambiguous":
        return Problem("ambiguous", MessageKey.AMBIGUOUS, t("ambiguous", lang), choices=list(answer.suggestions))
    if answer.status == "not_found":
        # the answer's own message ("No articles yet", "Nothing new since your last brief") says it better
        key = answer.message or MessageKey.NOT_FOUND
        query = answer.query[:MAX_TITLE_NAME]
        return Problem("not_found", key, t(key, lang, query=query, name=query),
                       nearest=list(answer.suggestions))
    if answer.message == MessageKey.UNKNOWN_COMMAND:
        return Problem("invalid", MessageKey.UNKNOWN_COMMAND, t("unknown_command", lang), commands=list(answer.suggestions))
    shown = _usage_shown(answer)
    quiet = shown and answer.message in (MessageKey.USAGE, MessageKey.INVALID)  # the usage line says it
    query = answer.query[:MAX_TITLE_NAME]
    message = "" if quiet else t(answer.message or "invalid", lang, query=query, name=query)
    return Problem("invalid", answer.message or MessageKey.INVALID, message, usage=(answer.usage or "") if shown else "",
                   example=(answer.example or "") if shown else "")


def _usage_shown(answer: Answer) -> bool:
    """Whether an invalid answer shows its command's usage and example under its message: not under a
    refusal of an admin command, a too long argument or an unknown command."""
    return (answer.status == "invalid" and bool(answer.usage)
            and answer.message not in ("admin_only", "too_long", "unknown_command"))
