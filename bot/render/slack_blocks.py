"""Answers as Slack Block Kit messages: a header, mrkdwn sections, context blocks with source links.

What an answer shows is decided once, for every renderer, by ``bot.render.blocks.layout``; this module
formats that layout in Slack's terms (usage lines as "/briefing who NAME", did-you-mean names as buttons).

Everything taken from an article or a user is escaped (``& < >``) and cannot become a mention;
every message stays inside Slack's limits (50 blocks, 3000 characters per section, 150 per header)
and long answers are cut into pages that the adapter flips with buttons.  No I/O here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from bot.domain import Answer, MessageKey, SourceRef
from bot.render.blocks import (
    DateLabel,
    HelpLine,
    ItemBlock,
    Layout,
    NameLine,
    Problem,
    Profile,
    RoleLine,
    StoryBlock,
    Variant,
    layout,
    unique_sources,
)
from bot.render.i18n import outlet_name, register_strings, t

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


def sources_line(refs: list[SourceRef], *, slash: str, lang: str) -> str:
    """"3 sources · <a|Kompas> · <b|Tempo>": the count when there are several (``refs`` as the layout gave
    them, each once); at most MAX_LINKS links, so a context element stays short on a phone."""
    parts = [t("n_sources", lang, n=len(refs))] if len(refs) > 1 else []
    return " · ".join(parts + [source_link(r, slash=slash, lang=lang) for r in refs[:MAX_LINKS]])


def date_label(date: DateLabel) -> str:
    """"*2025-06* · _“Juni lalu”_": the date as resolved and as written."""
    label = f"*{esc(date.resolved)}*"
    if clean(date.written).strip():
        label += f" · _“{esc(cut(clean(date.written), 120, mrkdwn=False))}”_"
    return label


def role_line(role: RoleLine, lang: str) -> str:
    title = esc(role.title)
    if role.former:
        title = f"{title} ({esc(t('former', lang))})"
    parts = [f"*{esc(role.person)}*"] if role.person else []
    parts.append(f"{title}, {esc(role.org)}" if role.org else title)
    line = " — ".join(parts)
    if role.date:
        line += f" ({esc(role.date)})"
    return "• " + line


def variant_field(variant: Variant, *, slash: str, lang: str) -> str:
    """One differing figure with its source(s), for side-by-side section fields."""
    line = f"*{esc(variant.text)}*"
    if variant.sources:
        line += "\n" + sources_line(variant.sources, slash=slash, lang=lang)
    return cut(line, MAX_FIELD)


def said(item: ItemBlock, lang: str) -> str:
    """The item's text, escaped; for a quote its speaker first, own words in quotation marks, a refusal named."""
    text = esc(item.text)
    if item.said == "direct":
        text = f"“{text}”"
    elif item.said == "refused":
        text = f"_{esc(t('refused_comment', lang))}_" + (f" — {text}" if text else "")
    return f"*{esc(item.speaker)}*: {text}" if item.speaker else text


def _item_text(item: ItemBlock, lang: str) -> str:
    """The item's mrkdwn: its figure (on /numbers), what was said, and its date line above."""
    text = said(item, lang)
    if item.figure:
        text = f"*{esc(item.figure)}* — {text}"
    if item.article is not None:  # an article's title in bold
        text = f"*{text}*"
    if item.passage == "cited":
        text = f"➤ {text}"
    return f"{date_label(item.date)}\n{text}" if item.date is not None else text


def _variants_section(item: ItemBlock, *, slash: str, lang: str) -> dict[str, Any]:
    """Differing figures side by side (a section holds ten fields at most), each with its sources."""
    fields = [{"type": "mrkdwn", "text": variant_field(v, slash=slash, lang=lang)} for v in item.variants[:10]]
    return {"type": "section", "text": {"type": "mrkdwn", "text": f"_{esc(t('figures_differ', lang))}_"}, "fields": fields}


def item_blocks(item: ItemBlock, *, slash: str, lang: str) -> list[dict[str, Any]]:
    """Section (text) + optional side-by-side figures + context (sources) for one item."""
    blocks = [section(_item_text(item, lang))]
    if item.variants:
        blocks.append(_variants_section(item, slash=slash, lang=lang))
    if item.sources:
        blocks.append(context(sources_line(item.sources, slash=slash, lang=lang)))
    return blocks


def story_blocks(story: StoryBlock, *, slash: str, lang: str) -> list[dict[str, Any]]:
    """A story of /brief or a digest: its headline, then each new fact with its sources, or one line
    naming the outlets that only retold it."""
    title = f"*{esc(story.headline)}*" + (f"\n_{esc(story.continues)}_" if story.continues else "")
    if not story.facts:
        line = sources_line(story.sources, slash=slash, lang=lang)
        return [section(title), context(esc(story.retold) + line)] if line else [section(title)]
    blocks = [section(title)]
    for fact in story.facts:
        blocks += item_blocks(fact, slash=slash, lang=lang)
    return blocks + ([context(esc(story.more))] if story.more else [])


# --------------------------------------------------------------------------- answers -> units


def title_of(answer: Answer, lang: str) -> str:
    """The header of the answer's messages (the layout's title; a header block cannot be empty)."""
    return _title(layout(answer, lang))


def _title(page: Layout) -> str:
    return page.title or f"/{page.command}"


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


def _chunks(lines: list[str], size: int) -> list[list[str]]:
    return [lines[i : i + size] for i in range(0, len(lines), size)] or [[]]


def pick_buttons(command: str, names: list[str]) -> dict[str, Any]:
    command = command or "who"
    return {
        "type": "actions",
        "elements": [
            button(name, f"{ACTION_PICK}_{i}", {"c": f"/{command} {clean(name)}", "p": 0})
            for i, name in enumerate(names[:MAX_BUTTONS])
        ],
    }


def status_blocks(answer: Answer, *, slash: str, lang: str) -> list[dict[str, Any]]:
    """Blocks for not_found, ambiguous, invalid and error answers (short, no pages, no sharing)."""
    problem = layout(answer, lang).problem
    assert problem is not None
    return problem_blocks(problem, answer.command, slash=slash, lang=lang)


def problem_blocks(problem: Problem, command: str, *, slash: str, lang: str) -> list[dict[str, Any]]:
    """The problem's message, then its names as buttons, the commands there are, or the usage in Slack's
    spelling ("/briefing who NAME")."""
    if problem.status == "ambiguous":
        return [section(f"*{esc(problem.message)}*")] + ([pick_buttons(command, problem.choices)] if problem.choices else [])
    if problem.key == MessageKey.UNKNOWN_COMMAND:  # Slack's commands are typed "/briefing help"
        names = " · ".join(f"`{esc(slack_usage(s, slash))}`" for s in problem.commands[:30])
        return [section(esc(t("slack_unknown_command", lang, help=f"{slash} help")) + (f"\n{names}" if names else ""))]
    lines = [esc(problem.message)] if problem.message else []
    if problem.nearest:
        lines.append(esc(t("not_found_near", lang, names=", ".join(problem.nearest[:MAX_BUTTONS]))))
    if problem.usage:
        lines.append(esc(t("usage", lang, usage=slack_usage(problem.usage, slash))))
        lines += [esc(t("example", lang, example=slack_usage(problem.example, slash)))] if problem.example else []
    blocks = [section("\n".join(lines) or esc(t("invalid", lang)))]
    return blocks + ([pick_buttons(command, problem.nearest)] if problem.nearest else [])


@dataclass
class _Plan:
    title: str
    units: list[list[dict[str, Any]]] = field(default_factory=list)
    fixed_head: list[list[dict[str, Any]]] = field(default_factory=list)  # on page 1 only, before items


def _profile_unit(profile: Profile, lang: str) -> list[dict[str, Any]]:
    """A profile's kind and other names, in italics under its title."""
    line = f"_{esc(profile.kind)}_"
    if profile.aliases:
        line += f" · {esc(t('aliases', lang))}: " + ", ".join(esc(a) for a in profile.aliases[:20])
    return [section(line)]


def _roles_unit(page: Layout, *, slash: str) -> list[dict[str, Any]]:
    """The roles in one section and their sources in one context: 30 roles stay 2 of Slack's 50 blocks."""
    roles = page.roles[:30]
    unit = [section(f"*{esc(t('roles', page.lang))}*\n" + "\n".join(role_line(r, page.lang) for r in roles))]
    refs = unique_sources([ref for r in roles for ref in r.sources])
    if refs:
        unit.append(context(sources_line(refs, slash=slash, lang=page.lang)))
    return unit


def _article_line(ref: SourceRef, lang: str) -> str:
    """/source's article, named once above its passages: "*Source:* <url|Title> · _Outlet_ (#12)"."""
    title = esc(cut(clean(ref.title or "").strip() or outlet_name(ref), 200, mrkdwn=False)).replace("|", "¦")
    url = safe_url(ref.url) or safe_url(ref.original_url)
    outlet = f" · _{esc(outlet_name(ref))}_" if ref.publisher and ref.title else ""
    return f"*{esc(t('source', lang))}:* " + (f"<{url}|{title}>" if url else title) + f"{outlet} (#{ref.article_id})"


def _head_units(page: Layout, *, slash: str) -> list[list[dict[str, Any]]]:
    """What page 1 shows before the items: a profile's line, the message, roles, the facts' heading."""
    units: list[list[dict[str, Any]]] = []
    if page.profile is not None:
        units.append(_profile_unit(page.profile, page.lang))
    if page.article is not None:
        units.append([context(_article_line(page.article, page.lang))])
    if page.message:
        units.append([section(esc(page.message))])
    if page.roles:
        units.append(_roles_unit(page, slash=slash))
    if page.facts_heading:
        units.append([section(f"*{esc(t('key_facts', page.lang))}*")])
    return units


def _entry_units(page: Layout, *, slash: str) -> list[list[dict[str, Any]]]:
    """One unit per entry; lists of names (names, follows) as bullet lines, 15 per section."""
    if page.entries and all(isinstance(e, NameLine) for e in page.entries):
        lines = [list_line(e) for e in page.entries if isinstance(e, NameLine)]
        return [[section("\n".join(chunk))] for chunk in _chunks(lines, 15)]
    units = []
    for entry in page.entries:
        if isinstance(entry, StoryBlock):
            units.append(story_blocks(entry, slash=slash, lang=page.lang))
        elif isinstance(entry, ItemBlock):
            units.append(item_blocks(entry, slash=slash, lang=page.lang))
        elif isinstance(entry, NameLine):
            units.append([section(list_line(entry))])
    return units


def plan(page: Layout, *, slash: str) -> _Plan:
    """The header and the paginable units (each unit a few blocks that belong together)."""
    result = _Plan(title=_title(page))
    if page.caption is not None:  # the picture is uploaded as a file; this says what it shows
        result.fixed_head.append([section(esc(page.caption))])
    elif page.help:
        entries = [(e.usage, e.summary, e.example) for e in page.entries if isinstance(e, HelpLine)]
        result.fixed_head.extend(help_units(slash, page.lang, entries))
    else:
        result.fixed_head.extend(_head_units(page, slash=slash))
        result.units.extend(_entry_units(page, slash=slash))
    return result


def list_line(entry: NameLine) -> str:
    return f"• {esc(entry.text)}" + (f" — _{esc(entry.about)}_" if entry.about else "")



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
    command_text = command_text if command_text is not None else f"/{answer.command} {answer.query}".strip()
    page_layout = layout(answer, lang)
    lang = page_layout.lang
    if page_layout.problem is not None:
        short = problem_blocks(page_layout.problem, answer.command, slash=slash, lang=lang)[:MAX_BLOCKS]
        return SlackMessage(text=fallback(short, None), blocks=short, pages=1, page=0, shareable=False)
    p = plan(page_layout, slash=slash)
    pages = paginate(p)
    page = min(max(0, page), len(pages) - 1)
    blocks = _page_blocks(page_layout, p, pages, page)
    share = shareable and answer.command not in NOT_SHARED and answer.chart is None
    footer = _footer(answer, command_text, page, len(pages), share=share, lang=lang)
    blocks = blocks[: MAX_BLOCKS - len(footer)] + footer
    return SlackMessage(text=fallback(blocks, p.title), blocks=blocks, pages=len(pages), page=page, shareable=share)


def _page_blocks(page_layout: Layout, p: _Plan, pages: list[list[list[dict[str, Any]]]],
                 page: int) -> list[dict[str, Any]]:
    """The title, the page's units, and on the last page the related names and how many were left off."""
    # A reply about the chat itself ("Language set", "Following X") is a sentence, shown as one: a header
    # block is large type and cut at 150 characters.
    bare = page_layout.command in ("lang", "follow", "unfollow") and not page_layout.entries
    blocks: list[dict[str, Any]] = [section(esc(p.title))] if bare else [header(p.title)]
    for unit in pages[page]:
        blocks.extend(unit)
    if page == len(pages) - 1:
        blocks += _tail_blocks(page_layout)
    return blocks


def _tail_blocks(page: Layout) -> list[dict[str, Any]]:
    blocks = []
    if page.related:
        blocks.append(section(f"*{esc(t('related', page.lang))}*: " + ", ".join(esc(r) for r in page.related[:30])))
    if page.more:
        blocks.append(context(esc(t("more_items", page.lang, n=page.more))))
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
