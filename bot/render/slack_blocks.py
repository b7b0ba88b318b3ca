"""Answers as Slack Block Kit messages: a header, mrkdwn sections, context blocks with source links.

Everything taken from an article or a user is escaped (``& < >``) and cannot become a mention;
every message stays inside Slack's limits (50 blocks, 3000 characters per section, 150 per header)
and long answers are cut into pages that the adapter flips with buttons.  No I/O here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from bot.domain import Answer, EntityInfo, Figure, Item, MessageKey, RoleItem, SourceRef
from bot.render.chart import chart_summary
from bot.render.i18n import (
    answer_title,
    dated,
    ingest_counts,
    outlet_name,
    register_strings,
    speech,
    story_texts,
    t,
    usage_shown,
)

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_FIELD = 2000
MAX_CONTEXT_TEXT = 2000
MAX_BUTTON_TEXT = 75
MAX_VALUE = 2000
MAX_FALLBACK = 3000
PAGE_ITEMS = 8  # facts/events per page: enough to be useful, short enough to read in a channel
PAGE_BLOCKS = 42  # blocks for the body of one page; the rest is header, page line and buttons
MAX_LINKS = 5  # source links per context block; the count says how many there are in all
MAX_BUTTONS = 10
NOT_SHARED = {"help", "start", "lang", "follow", "unfollow", "ingest"}  # about this chat, not news

ACTION_PREV = "briefing_page_prev"
ACTION_NEXT = "briefing_page_next"
ACTION_SHARE = "briefing_share"
ACTION_PICK = "briefing_pick"  # did-you-mean buttons: briefing_pick_0, briefing_pick_1, ...
ACTION_CHART = "briefing_chart"  # under a timeline: upload its chart to the channel

register_strings(
    {
        "slack_share": {"en": "Share in channel", "id": "Bagikan ke kanal"},
        "slack_prev": {"en": "◀ Previous", "id": "◀ Sebelumnya"},
        "slack_next": {"en": "Next ▶", "id": "Berikutnya ▶"},
        "slack_unknown_command": {
            "en": "Unknown command. Try {help}.",
            "id": "Perintah tidak dikenal. Coba {help}.",
        },
        "slack_commands": {"en": "Commands", "id": "Perintah"},
        "slack_source_cmd": {"en": "see {command}", "id": "lihat {command}"},
        "slack_nothing_new": {"en": "Nothing new since your last brief.", "id": "Tidak ada yang baru sejak ringkasan terakhir."},
    }
)


@dataclass
class SlackMessage:
    """One page of an answer, ready for ``ack``, ``respond`` or ``chat.postMessage``."""

    text: str
    blocks: list[dict[str, Any]]
    pages: int = 1
    page: int = 0
    shareable: bool = False

    def payload(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


# --------------------------------------------------------------------------- escaping

_STRIP = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_BROADCAST = re.compile(r"([@!])(?=(?:here|channel|everyone|subteam)\b)", re.I)
_PLAIN_MARKUP = re.compile(r"<(?=[!@#])")
WORD_JOINER = "\u2060"


def clean(text: object) -> str:
    """Drop control and bidi-override characters (they can hide or reorder text)."""
    return _STRIP.sub("", "" if text is None else str(text)).replace("\r", "")


def esc(text: object) -> str:
    """mrkdwn-safe text: ``& < >`` escaped and bare @here/@channel/@everyone broken with a word joiner."""
    value = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub(lambda m: m.group(1) + WORD_JOINER, value)


def plain(text: object) -> str:
    """plain_text-safe text: Slack does not parse it, but keep "<!here>" shapes from ever forming."""
    value = _PLAIN_MARKUP.sub("<" + WORD_JOINER, clean(text))
    return _BROADCAST.sub(lambda m: m.group(1) + WORD_JOINER, value)


def units(text: str) -> int:
    """Length as Slack may count it (UTF-16 code units); never less than ``len``."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def cut(text: str, limit: int, *, mrkdwn: bool = True) -> str:
    """``text`` shortened to ``limit`` units with an ellipsis, never splitting an entity or a link."""
    if len(text) * 2 <= limit or units(text) <= limit:
        return text
    # keep limit-1 UTF-16 units (room for "…"); a surrogate pair cut in half is dropped
    head = text.encode("utf-16-le", "surrogatepass")[: (limit - 1) * 2].decode("utf-16-le", "ignore")
    if mrkdwn:
        head = re.sub(r"&[a-z]{0,4}$", "", head)
        last_open = head.rfind("<")
        if last_open > head.rfind(">"):
            head = head[:last_open]
    return head.rstrip() + "…"


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for ``<url|label>``, or None."""
    if not url:
        return None
    url = clean(url).strip()
    if not re.match(r"^https?://[^\s|<>]+$", url, re.I) or len(url) > 1500:
        return None
    return url.replace("&", "&amp;")


# --------------------------------------------------------------------------- blocks


def header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": cut(plain(text) or " ", MAX_HEADER, mrkdwn=False), "emoji": True}}


def section(mrkdwn_text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": cut(mrkdwn_text or " ", MAX_SECTION)}}


def context(*mrkdwn_texts: str) -> dict[str, Any]:
    elements = [{"type": "mrkdwn", "text": cut(x, MAX_CONTEXT_TEXT)} for x in mrkdwn_texts if x][:10]
    return {"type": "context", "elements": elements or [{"type": "mrkdwn", "text": " "}]}


def button(text: str, action_id: str, value: dict[str, Any], *, style: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": cut(plain(text) or "?", MAX_BUTTON_TEXT, mrkdwn=False), "emoji": True},
        "action_id": action_id,
        "value": encode_value(value),
    }
    if style:
        element["style"] = style
    return element


def encode_value(value: dict[str, Any]) -> str:
    """Button value: JSON with the command line ("c") and page ("p"), at most 2000 characters."""
    value = dict(value)
    command = str(value.get("c", ""))
    value["c"] = command
    encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    while units(encoded) > MAX_VALUE and command:
        command = command[: max(0, len(command) - max(16, units(encoded) - MAX_VALUE))]
        value["c"] = command
        encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return encoded


def decode_value(raw: str | None) -> dict[str, Any]:
    """The inverse of ``encode_value``; bad input gives {}."""
    try:
        value = json.loads(raw or "")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    page = value.get("p", 0)
    return {"c": str(value.get("c", ""))[:MAX_VALUE], "p": page if isinstance(page, int) and 0 <= page < 10_000 else 0}


# --------------------------------------------------------------------------- pieces


def slack_usage(usage: str, slash: str) -> str:
    """Registry usage "/who NAME" as typed in Slack: "/briefing who NAME"."""
    return re.sub(r"^/", slash + " ", usage.strip()) if usage.startswith("/") else usage


def source_link(ref: SourceRef, *, slash: str, lang: str) -> str:
    """``<url|Outlet>`` for web sources, else the command that shows the stored article."""
    url = safe_url(ref.link) or safe_url(ref.url) or safe_url(ref.original_url)
    label = esc(cut(clean(outlet_name(ref)), 80, mrkdwn=False)).replace("|", "¦")
    if url:
        return f"<{url}|{label}>"
    where = f"{ref.article_id}" + (f" p{ref.passage_index}" if ref.passage_index is not None else "")
    return f"{label} ({t('slack_source_cmd', lang, command=f'`{esc(slash)} source {where}`')})"


def sources_line(refs: list[SourceRef], *, slash: str, lang: str, count: bool = False) -> str:
    """"3 sources · <a|Kompas> · <b|Tempo>" (the count only when asked or when links are left off)."""
    seen: set[tuple[int, str]] = set()
    unique = []
    for ref in refs:
        key = (ref.article_id, ref.link or "")
        if key not in seen:
            seen.add(key)
            unique.append(ref)
    links = [source_link(r, slash=slash, lang=lang) for r in unique[:MAX_LINKS]]
    parts = []
    if count or len(unique) > MAX_LINKS:
        parts.append(t("n_sources", lang, n=len(unique)) if len(unique) != 1 else f"1 {t('source', lang).lower()}")
    parts.extend(links)
    return " · ".join(parts)


def date_label(item: Item, lang: str) -> str:
    """"*2025-06* · _“Juni lalu”_": the date as resolved and as written."""
    if not item.date and not item.date_text:
        return f"*{esc(t('undated', lang))}*"
    label = f"*{esc(dated(item.date, item.date_basis, lang))}*" if item.date else ""
    if item.date_text and clean(item.date_text).strip() and clean(item.date_text).strip() != (item.date or ""):
        written = f"_“{esc(cut(clean(item.date_text), 120, mrkdwn=False))}”_"
        label = f"{label} · {written}" if label else written
    return label


def role_line(role: RoleItem, subject: str | None, lang: str) -> str:
    title = esc(role.title)
    if role.former:
        title = f"{title} ({esc(t('former', lang))})"
    parts = []
    if role.person and role.person != subject:
        parts.append(f"*{esc(role.person)}*")
    desc = title
    if role.org and role.org != subject:
        desc = f"{title}, {esc(role.org)}"
    parts.append(desc)
    line = " — ".join(parts)
    if role.date:
        line += f" ({esc(role.date)})"
    return "• " + line


def variant_field(variant: Figure, *, slash: str, lang: str) -> str:
    """One differing figure with its source(s), for side-by-side section fields."""
    line = f"*{esc(variant.text or variant.value or '')}*"
    if variant.sources:
        line += "\n" + sources_line(variant.sources, slash=slash, lang=lang)
    return cut(line, MAX_FIELD)


def said(item: Item, lang: str) -> str:
    """The item's text, escaped; for a quote its speaker first, own words in quotation marks, a refusal named."""
    text = esc(item.text)
    direct, refused = speech(item)
    if direct:
        text = f"“{text}”"
    elif refused:
        text = f"_{esc(t('refused_comment', lang))}_" + (f" — {text}" if text else "")
    return f"*{esc(item.speaker)}*: {text}" if item.speaker else text


def _item_text(answer: Answer, item: Item, lang: str) -> str:
    """The item's mrkdwn: its figure (on /numbers), what was said, and its date line above."""
    text = said(item, lang)
    if item.amount and item.amount.text and answer.command == "numbers":
        text = f"*{esc(item.amount.text)}* — {text}"
    if item.kind == "article":  # an article's title in bold
        text = f"*{text}*"
    if item.kind == "passage" and item.passage is not None and item.passage.cited:
        text = f"➤ {text}"
    if answer.command == "timeline" or item.date or item.date_text:
        text = f"{date_label(item, lang)}\n{text}"
    return text


def _variants_section(item: Item, *, slash: str, lang: str) -> dict[str, Any]:
    """Differing figures side by side, each with its sources."""
    fields = [{"type": "mrkdwn", "text": variant_field(v, slash=slash, lang=lang)} for v in item.variants[:10]]
    return {"type": "section", "text": {"type": "mrkdwn", "text": f"_{esc(t('figures_differ', lang))}_"}, "fields": fields}


def item_blocks(answer: Answer, item: Item, *, slash: str, lang: str) -> list[dict[str, Any]]:
    """Section (text) + optional side-by-side figures + context (sources) for one item."""
    blocks = [section(_item_text(answer, item, lang))]
    if item.variants:
        blocks.append(_variants_section(item, slash=slash, lang=lang))
    if item.sources:
        blocks.append(context(sources_line(item.sources, slash=slash, lang=lang, count=_counted(answer, item))))
    return blocks


def _counted(answer: Answer, item: Item) -> bool:
    """Timeline items and story facts say how many sources told them."""
    return answer.command == "timeline" or item.count is not None


def story_blocks(answer: Answer, item: Item, *, slash: str, lang: str) -> list[dict[str, Any]]:
    """A story of /brief or a digest: its headline, then each new fact with its sources, or one line
    naming the outlets that only retold it."""
    continues, retold, more = story_texts(item, lang)
    title = f"*{esc(item.text)}*" + (f"\n_{esc(continues)}_" if continues else "")
    if retold or not item.facts:
        line = sources_line(item.sources, slash=slash, lang=lang)
        return [section(title), context(esc(retold) + line)] if line else [section(title)]
    blocks = [section(title)]
    for fact in item.facts:
        blocks += item_blocks(answer, fact, slash=slash, lang=lang)
    return blocks + ([context(esc(more))] if more else [])


def _unit(answer: Answer, item: Item, *, slash: str, lang: str) -> list[dict[str, Any]]:
    make = story_blocks if item.kind == "story" else item_blocks
    return make(answer, item, slash=slash, lang=lang)


def _plain_list(items: list[Item]) -> bool:
    """Names or follows: items with no sources, dates, figures or facts are bullet lines."""
    return bool(items) and not any(i.sources or i.date or i.variants or i.facts for i in items)


# --------------------------------------------------------------------------- answers -> units


def title_of(answer: Answer, lang: str) -> str:
    if answer.message in ("people_orgs", "follows", "brief", "help_title") and not answer.entity:
        return t(answer.message, lang)
    shared = answer_title(answer, lang)
    if shared:
        return shared
    name = answer.entity.name if answer.entity else answer.query
    titles = {
        "who": name,
        "entities": t("people_orgs", lang),
        "people": t("people_orgs", lang),
        "source": t("source", lang) + (f" {answer.query}" if answer.query else ""),
        "follows": t("follows", lang),
        "digest": t("digest_title", lang) if answer.message == "digest_title" else t(answer.message or "digest_set", lang),
        "feeds": t("feeds_title", lang),
        "follow": t("new_facts", lang, name=name) if answer.message == "new_facts" else "",
        "addfeed": t(answer.message or "feed_added", lang),
        "removefeed": t(answer.message or "feed_removed", lang),
        "ingest": t("ingested", lang, **ingest_counts(answer)),
    }
    return titles.get(answer.command) or (f"/{answer.command} {answer.query}".strip())


def help_units(slash: str, lang: str, entries: list[tuple[str, str, str]]) -> list[list[dict[str, Any]]]:
    """Commands as "`/briefing who NAME` — summary" with an example line, from (usage, summary, example)
    entries: a help answer's items, or the command table (the Home tab)."""
    lines = []
    for usage, summary, example in entries:
        line = f"`{esc(slack_usage(usage, slash))}` — {esc(summary)}"
        if example:
            line += f"\n      _{esc(t('example', lang, example=slack_usage(example, slash)))}_"
        lines.append(line)
    return [[section("\n".join(chunk))] for chunk in _chunks(lines, 8)]


def help_entries(items: list[Item]) -> list[tuple[str, str, str]]:
    """(usage, summary, example) of each command a help answer lists."""
    return [(i.help.usage, i.text, i.help.example) if i.help else ("", i.text, "") for i in items]


def _chunks(lines: list[str], size: int) -> list[list[str]]:
    return [lines[i : i + size] for i in range(0, len(lines), size)] or [[]]


def pick_buttons(answer: Answer, names: list[str], lang: str) -> dict[str, Any]:
    command = answer.command if answer.command not in ("", None) else "who"
    return {
        "type": "actions",
        "elements": [
            button(name, f"{ACTION_PICK}_{i}", {"c": f"/{command} {clean(name)}", "p": 0})
            for i, name in enumerate(names[:MAX_BUTTONS])
        ],
    }


def status_blocks(answer: Answer, *, slash: str, lang: str) -> list[dict[str, Any]]:
    """Blocks for not_found, ambiguous, invalid and error answers (short, no pages, no sharing)."""
    if answer.status == "ambiguous":
        blocks = [section(f"*{esc(t('ambiguous', lang))}*")]
        if answer.suggestions:
            blocks.append(pick_buttons(answer, answer.suggestions, lang))
        return blocks
    if answer.status == "not_found":
        if answer.message == "unknown_command":
            text = esc(t("slack_unknown_command", lang, help=f"{slash} help"))
        elif answer.command == "brief":
            nothing = answer.message if answer.message in ("brief_nothing", "brief_nothing_in") else "slack_nothing_new"
            text = esc(t(nothing, lang, query=answer.query))
        elif answer.message and answer.message != MessageKey.NOT_FOUND:
            text = esc(t(answer.message, lang, query=answer.query, name=answer.query))
        else:
            text = esc(t("not_found", lang, query=answer.query))
        blocks = [section(text)]
        if answer.suggestions:
            blocks[0] = section(text + "\n" + esc(t("not_found_near", lang, names=", ".join(answer.suggestions[:MAX_BUTTONS]))))
            blocks.append(pick_buttons(answer, answer.suggestions, lang))
        return blocks
    if answer.status == "invalid":
        return invalid_blocks(answer, slash=slash, lang=lang)
    # error: a short apology, never details
    return [section(esc(t("internal_error", lang)))]


def _keys() -> set[str]:
    from bot.render.i18n import STRINGS

    return set(STRINGS)


def invalid_blocks(answer: Answer, *, slash: str, lang: str) -> list[dict[str, Any]]:
    """The message (unknown command: the commands there are), then the usage and example when shown."""
    key = answer.message or "invalid"
    if key == "unknown_command":
        names = " · ".join(f"`{esc(slack_usage(s, slash))}`" for s in answer.suggestions[:30])
        return [section(esc(t("slack_unknown_command", lang, help=f"{slash} help")) + (f"\n{names}" if names else ""))]
    lines = []
    if key not in ("usage", "invalid") or not usage_shown(answer):
        # a message key, or a short English message from the answer function (t() returns it as is)
        lines.append(esc(t(key if key != "usage" else "invalid", lang, query=answer.query, name=answer.query)))
    if usage_shown(answer):
        lines.append(esc(t("usage", lang, usage=slack_usage(answer.usage or "", slash))))
        if answer.example:
            lines.append(esc(t("example", lang, example=slack_usage(answer.example, slash))))
    return [section("\n".join(lines))]


@dataclass
class _Plan:
    title: str
    units: list[list[dict[str, Any]]] = field(default_factory=list)
    fixed_head: list[list[dict[str, Any]]] = field(default_factory=list)  # on page 1 only, before items


def _profile_unit(entity: EntityInfo, lang: str) -> list[dict[str, Any]]:
    """A profile's kind and other names, in italics under its title."""
    kind_key = "kind_" + entity.kind
    line = f"_{esc(t(kind_key, lang)) if kind_key in _keys() else esc(entity.kind)}_"
    aliases = [a for a in entity.aliases if a and a != entity.name]
    if aliases:
        line += f" · {esc(t('aliases', lang))}: " + ", ".join(esc(a) for a in aliases[:20])
    return [section(line)]


def _roles_unit(answer: Answer, *, slash: str, lang: str) -> list[dict[str, Any]]:
    """The roles (at most 30) in one section, as seen from the entity, and their sources."""
    subject = answer.entity.name if answer.entity else None
    roles = answer.roles[:30]
    unit = [section(f"*{esc(t('roles', lang))}*\n" + "\n".join(role_line(r, subject, lang) for r in roles))]
    refs = [ref for r in roles for ref in r.sources]
    if refs:
        unit.append(context(sources_line(refs, slash=slash, lang=lang)))
    return unit


def _head_units(answer: Answer, *, slash: str, lang: str) -> list[list[dict[str, Any]]]:
    """What page 1 shows before the items: a profile's line, roles, the facts' heading, or the message."""
    entity = answer.entity
    is_profile = entity is not None and answer.command == "who"
    units: list[list[dict[str, Any]]] = []
    if is_profile and entity is not None:
        units.append(_profile_unit(entity, lang))
    if answer.roles:
        units.append(_roles_unit(answer, slash=slash, lang=lang))
    if answer.items and is_profile:  # a profile's facts, not /who's list of names
        units.append([section(f"*{esc(t('key_facts', lang))}*")])
    if not answer.items and answer.message and not answer.roles:
        name = entity.name if entity else answer.query
        units.append([section(esc(t(answer.message, lang, name=name, query=answer.query)))])
    return units


def _item_units(answer: Answer, *, slash: str, lang: str) -> list[list[dict[str, Any]]]:
    """One unit per item; plain lists (names, follows) as bullet lines, a few dozen per section."""
    if _plain_list(answer.items):
        lines = [list_line(i, lang) for i in answer.items]
        return [[section("\n".join(chunk))] for chunk in _chunks(lines, 15)]
    return [_unit(answer, item, slash=slash, lang=lang) for item in answer.items]


def plan(answer: Answer, *, slash: str, lang: str) -> _Plan:
    """The header and the paginable units (each unit a few blocks that belong together)."""
    result = _Plan(title=title_of(answer, lang))
    if answer.command in ("help", "start"):
        result.fixed_head.extend(help_units(slash, lang, help_entries(answer.items)))
        return result
    result.fixed_head.extend(_head_units(answer, slash=slash, lang=lang))
    result.units.extend(_item_units(answer, slash=slash, lang=lang))
    return result


def list_line(item: Item, lang: str) -> str:
    line = f"• {esc(item.text)}"
    if item.kind and ("kind_" + item.kind) in _keys():
        line += f" — _{esc(t('kind_' + item.kind, lang))}_"
    return line


def paginate(p: _Plan) -> list[list[list[dict[str, Any]]]]:
    """Pages of units: the head on page 1, then at most PAGE_ITEMS items and PAGE_BLOCKS blocks a page."""
    pages: list[list[list[dict[str, Any]]]] = []
    current: list[list[dict[str, Any]]] = []
    blocks = items = 0
    for unit in p.fixed_head:
        if blocks + len(unit) > PAGE_BLOCKS and current:
            pages.append(current)
            current, blocks = [], 0
        current.append(unit)
        blocks += len(unit)
    for unit in p.units:
        if current and (items >= PAGE_ITEMS or blocks + len(unit) > PAGE_BLOCKS):
            pages.append(current)
            current, blocks, items = [], 0, 0
        current.append(unit)
        blocks += len(unit)
        items += 1
    if current or not pages:
        pages.append(current)
    return pages


# --------------------------------------------------------------------------- entry point


def render(
    answer: Answer,
    *,
    lang: str | None = None,
    page: int = 0,
    command_text: str | None = None,
    slash: str = "/briefing",
    shareable: bool = True,
) -> SlackMessage:
    """One page of ``answer`` as Block Kit.

    ``command_text`` is the registry command line ("/who Mercor") the buttons re-run to flip pages
    or share; ``slash`` is the Slack command shown in usage lines; ``shareable=False`` leaves the
    "Share in channel" button off (for messages already in the channel).
    """
    lang = lang or answer.lang or "en"
    command_text = command_text if command_text is not None else f"/{answer.command} {answer.query}".strip()
    if answer.status != "ok":
        short = status_blocks(answer, slash=slash, lang=lang)[:MAX_BLOCKS]
        return SlackMessage(text=fallback(short, None), blocks=short, pages=1, page=0, shareable=False)
    p = _chart_plan(answer, lang) if answer.chart is not None else plan(answer, slash=slash, lang=lang)
    pages = paginate(p)
    page = min(max(0, page), len(pages) - 1)
    blocks = _page_blocks(answer, p, pages, page, lang)
    share = shareable and answer.command not in NOT_SHARED and answer.chart is None
    footer = _footer(answer, command_text, page, len(pages), share=share, lang=lang)
    blocks = blocks[: MAX_BLOCKS - len(footer)] + footer
    return SlackMessage(text=fallback(blocks, p.title), blocks=blocks, pages=len(pages), page=page, shareable=share)


def _chart_plan(answer: Answer, lang: str) -> _Plan:
    """The picture is uploaded as a file; this says what it shows."""
    assert answer.chart is not None
    return _Plan(title=title_of(answer, lang), fixed_head=[[section(esc(chart_summary(answer.chart, lang)))]])


def _page_blocks(answer: Answer, p: _Plan, pages: list[list[list[dict[str, Any]]]], page: int,
                 lang: str) -> list[dict[str, Any]]:
    """The title, the page's units, and on the last page the related names and how many were left off."""
    # replies about the chat itself ("Language set", "Following X") need no title
    bare = answer.command in ("lang", "follow", "unfollow") and not answer.items and bool(pages[page])
    blocks: list[dict[str, Any]] = [] if bare else [header(p.title)]
    for unit in pages[page]:
        blocks.extend(unit)
    if page == len(pages) - 1:
        blocks += _tail_blocks(answer, lang)
    return blocks


def _tail_blocks(answer: Answer, lang: str) -> list[dict[str, Any]]:
    blocks = []
    if answer.related:
        blocks.append(section(f"*{esc(t('related', lang))}*: " + ", ".join(esc(r) for r in answer.related[:30])))
    if answer.total is not None and answer.total > len(answer.items):
        blocks.append(context(esc(t("more_items", lang, n=answer.total - len(answer.items)))))
    return blocks


def _footer(answer: Answer, command_text: str, page: int, pages: int, *, share: bool,
            lang: str) -> list[dict[str, Any]]:
    """"Page n/N" when there are several, then the buttons."""
    footer: list[dict[str, Any]] = []
    if pages > 1:
        footer.append(context(esc(t("page", lang, page=page + 1, pages=pages))))
    buttons = footer_buttons(answer, command_text, page, pages, share=share, lang=lang)
    if buttons:
        footer.append({"type": "actions", "elements": buttons})
    return footer


def footer_buttons(answer: Answer, command_text: str, page: int, pages: int, *, share: bool,
                   lang: str) -> list[dict[str, Any]]:
    """◀ ▶ between pages, "Chart" under a timeline, and "Share in channel"."""
    buttons = []
    if page > 0:
        buttons.append(button(t("slack_prev", lang), ACTION_PREV, {"c": command_text, "p": page - 1}))
    if page < pages - 1:
        buttons.append(button(t("slack_next", lang), ACTION_NEXT, {"c": command_text, "p": page + 1}))
    if answer.command == "timeline" and answer.chart is None and answer.items:
        buttons.append(button(t("chart_button", lang), ACTION_CHART, {"c": command_text, "p": 0}))
    if share:
        buttons.append(button(t("slack_share", lang), ACTION_SHARE, {"c": command_text, "p": page}, style="primary"))
    return buttons


def fallback(blocks: list[dict[str, Any]], title: str | None) -> str:
    """Notification text: the title and the first section, escaped, never empty."""
    parts = [esc(title)] if title else []
    for block in blocks:
        if block.get("type") == "section" and block.get("text"):
            parts.append(block["text"]["text"])
            break
    text = "\n".join(p for p in parts if p.strip()) or "briefing"
    return cut(text, MAX_FALLBACK)


def plain_message(text: str) -> SlackMessage:
    """A one-section message for short replies (refusals, errors)."""
    return SlackMessage(text=cut(esc(text), MAX_FALLBACK) or "briefing", blocks=[section(esc(text))])
