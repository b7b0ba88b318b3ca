"""What a reader sees in each renderer's output: the entries (items, and each story's facts), how many
sources each says it has, the "… and N more" counts and the section headings.

Each reader works on the rendered output only (the console's text, Telegram's HTML pages, Slack's
blocks), as a person reading it would; tests/render/test_renderers_agree.py compares the readings of
one answer with each other and with the answer.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from bot.domain import Answer
from bot.render.i18n import t
from bot.render.plain import render_plain
from bot.render.slack_blocks import render as render_slack
from bot.render.telegram_html import header as telegram_header
from bot.render.telegram_html import render_pages

HEADINGS = ("roles", "key_facts", "related")


@dataclass
class Reading:
    """One rendering as read: ``entries[i]`` is the text shown for the i-th entry, ``sources[i]`` the
    number of sources it says it has."""

    entries: list[str] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)
    more: list[int] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # one line per role, markup removed
    related: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # every visible line, markup removed

    def start(self, text: str) -> None:
        self.entries.append(text)
        self.sources.append(0)

    def add(self, text: str) -> None:
        """More text of the current entry."""
        if self.entries:
            self.entries[-1] += "\n" + text


def _number(template_key: str, lang: str) -> re.Pattern[str]:
    """A pattern for a UI string with a count, e.g. "… and (\\d+) more"."""
    return re.compile(re.escape(t(template_key, lang, n=987654)).replace("987654", r"(\d+)"))


def _more(line: str, lang: str, reading: Reading) -> bool:
    found = _number("more_items", lang).search(line)
    if found:
        reading.more.append(int(found.group(1)))
    return bool(found)


def _heading_or_roles(line: str, headings: dict[str, str], reading: Reading, in_roles: bool) -> tuple[bool, bool]:
    """(whether ``line`` is read here, whether the roles section goes on): a section heading (a pattern of
    ``headings``) is noted; the roles section, up to a blank line, holds roles (bullets), not entries."""
    key = next((key for key, pattern in headings.items() if re.fullmatch(pattern, line)), None)
    if key is not None:
        reading.headings.append(key)
        return True, key == "roles"
    if in_roles and line.startswith(("- ", "• ")):
        reading.roles.append(visible(line[2:]))
    if in_roles:
        return True, bool(line.strip())
    return False, False


def visible(text: str) -> str:
    """HTML or mrkdwn shown as text: tags and ``<url|label>`` links reduced to their labels, entities
    unescaped, the word joiner that breaks @here dropped."""
    text = re.sub(r"<https?://[^|>]*\|([^>]*)>", r"\1", text)
    text = re.sub(r"</?(?:b|i|a|code|blockquote)(?: [^>]*)?>", "", text)
    return html.unescape(text).replace("\u2060", "")


# --------------------------------------------------------------------------- console (plain text)

_PLAIN_CITE = re.compile(r"\[[^\]\n]+\] (?:https?://\S+|/source \d+)")


def read_plain(answer: Answer) -> Reading:
    reading = Reading()
    text = render_plain(answer)
    reading.lines = [line.strip() for line in text.splitlines() if line.strip()]
    lang, in_roles = answer.lang, False
    counted = _number("n_sources", lang)
    headings = {key: re.escape(t(key, lang)) + (": .*" if key == "related" else ":") for key in HEADINGS}
    for line in text.splitlines():
        skipped, in_roles = _heading_or_roles(line, headings, reading, in_roles)
        if skipped:
            pass
        elif _more(line, lang, reading):
            pass
        elif re.match(r"^(?:   )?\d+\. ", line) or (answer.command in ("help", "start") and line.startswith("/")):
            reading.start(line)
            reading.sources[-1] = len(_PLAIN_CITE.findall(line))
        elif line.startswith(" ") and reading.entries:
            reading.add(line)
            total = counted.search(line)
            if total and line.strip().endswith(":"):
                reading.sources[-1] = int(total.group(1))
            elif "↳" in line and not counted.search(reading.entries[-1]):
                reading.sources[-1] += 1
    reading.related = _names_after(reading.lines, f"{t('related', lang)}: ", ", ")
    return reading


def _names_after(lines: list[str], label: str, separator: str) -> list[str]:
    """The names listed on the line that starts with ``label`` ("Related: A, B"), or on the line after a
    line that is only ``label`` ("Related" then "A · B")."""
    for n, line in enumerate(lines):
        if line.startswith(label) and line != label:
            return line.removeprefix(label).split(separator)
        if line == label and n + 1 < len(lines):
            return lines[n + 1].split(separator)
    return []


# --------------------------------------------------------------------------- Telegram (HTML)

_TELEGRAM_CITE = re.compile(r'<a href="https?://[^"]+">|/src_\d+')


def _telegram_sources(block: str, lang: str) -> int:
    counted = re.search(r"<i>\(" + _number("n_sources", lang).pattern + r"\)</i>", block)
    if counted:
        return int(counted.group(1))
    first_line = block.split("\n", 1)[0]
    return 1 if " · " in first_line and _TELEGRAM_CITE.search(first_line.rsplit(" · ", 1)[1]) else 0


def read_telegram(answer: Answer) -> Reading:
    """The one page of the answer (rendered with room enough for everything)."""
    reading = Reading()
    lang = answer.lang
    (page,) = render_pages(answer, lang=lang, max_units=10**7)
    head = telegram_header(answer, lang)
    body = page.removeprefix(head).lstrip("\n") if head else page
    reading.lines = [visible(line).strip() for line in page.splitlines() if line.strip()]
    in_roles = False
    headings = {key: re.escape(f"<b>{t(key, lang)}</b>") for key in HEADINGS}
    for line in body.splitlines():
        skipped, in_roles = _heading_or_roles(line, headings, reading, in_roles)
        if skipped:
            pass
        elif _more(visible(line), lang, reading):
            pass
        elif line.startswith(("• ", "   ◦ ")) or (answer.command == "source" and line.strip()):
            reading.start(visible(line))
            reading.sources[-1] = _telegram_sources(line, lang)
        elif line.startswith("   ") and reading.entries:
            reading.add(visible(line))
    reading.related = _names_after(reading.lines, t("related", lang), " · ")
    return reading


# --------------------------------------------------------------------------- Slack (Block Kit)

def slack_blocks(answer: Answer) -> list[dict[str, Any]]:
    """Every page's blocks, in order, without the page lines."""
    lang = answer.lang
    first = render_slack(answer, lang=lang)
    pages = [first] + [render_slack(answer, lang=lang, page=n) for n in range(1, first.pages)]
    page_line = re.compile(re.escape(t("page", lang, page=987, pages=654)).replace("987", r"\d+").replace("654", r"\d+"))
    kept = []
    for message in pages:
        for block in message.blocks:
            if block["type"] == "context" and page_line.match(block["elements"][0]["text"]):
                continue
            kept.append(block)
    return kept


def _slack_sources(context_text: str, lang: str) -> int:
    counted = re.match(_number("n_sources", lang).pattern + "|(1) " + re.escape(t("source", lang).lower()), context_text)
    if counted:
        return int(counted.group(1) or counted.group(2))
    see = re.escape(t("slack_source_cmd", lang, command="`").split("`")[0])
    return len(re.findall(r"<https?://[^|>]+\||\(" + see, context_text))


def _slack_section(text: str, answer: Answer, reading: Reading, first: bool) -> bool:
    """Read one section; True when it starts an entry (the context after it lists that entry's sources)."""
    lang = answer.lang
    if text.startswith(f"*{t('roles', lang)}*\n"):
        reading.headings.append("roles")
        reading.roles += [visible(line[2:]) for line in text.splitlines()[1:]]
    elif text == f"*{t('key_facts', lang)}*":
        reading.headings.append("key_facts")
    elif text.startswith(f"*{t('related', lang)}*: "):
        reading.headings.append("related")
        reading.related = visible(text).removeprefix(f"*{t('related', lang)}*: ").split(", ")
    elif first and answer.command == "who" and answer.entity is not None and text.startswith("_"):
        pass  # the entity's kind and other names
    elif answer.command in ("help", "start"):
        for line in text.splitlines():
            if line.startswith("`"):
                reading.start(visible(line))
            else:  # its example
                reading.add(visible(line))
    elif all(line.startswith("• ") for line in text.splitlines()):
        for line in text.splitlines():
            reading.start(visible(line))
    else:
        reading.start(visible(text))
        return True
    return False


def _element_text(element: dict[str, Any]) -> str:
    """A context element's text, or a button's label (the did-you-mean names are buttons)."""
    text = element.get("text", "")
    return text["text"] if isinstance(text, dict) else text


def read_slack(answer: Answer) -> Reading:
    reading = Reading()
    lang = answer.lang
    blocks = slack_blocks(answer)
    cited_entry = False  # the last section started an entry: a context block under it is its sources
    sections = 0
    for block in blocks:
        texts = [block["text"]["text"]] if block.get("text") else [_element_text(e) for e in block.get("elements", [])]
        reading.lines += [visible(line).strip() for text in texts for line in text.splitlines() if line.strip()]
        if block["type"] == "section" and not block.get("fields"):
            cited_entry = bool(answer.items) and _slack_section(texts[0], answer, reading, first=sections == 0)
            sections += 1
        elif block["type"] == "section" and cited_entry:  # differing figures, side by side, under their entry
            reading.add(visible(texts[0] + "\n" + "\n".join(f["text"] for f in block["fields"])))
        elif block["type"] == "context" and not _more(visible(texts[0]), lang, reading) and cited_entry:
            reading.sources[-1] = _slack_sources(texts[0], lang)
            reading.add(visible(texts[0]))
    return reading


READERS = {"console": read_plain, "telegram": read_telegram, "slack": read_slack}
