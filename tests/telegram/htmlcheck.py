"""A strict checker for the Telegram HTML we send: allowed tags only, balanced, escaped, short enough."""

from __future__ import annotations

import functools
import re
from html.parser import HTMLParser

ALLOWED = {"b", "i", "u", "s", "code", "pre", "a", "blockquote"}
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_TAG = re.compile(r"</?(?:b|i|u|s|code|pre|blockquote)>|<a href=\"https?://[^\"<>]*\">|</a>")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED:
            self.errors.append(f"tag <{tag}> not allowed")
        if tag == "a":
            if len(attrs) != 1 or attrs[0][0] != "href" or not re.match(r"^https?://", attrs[0][1] or "", re.I):
                self.errors.append(f"bad link attributes {attrs!r}")
        elif attrs:
            self.errors.append(f"attributes on <{tag}>")
        if tag in self.stack:
            self.errors.append(f"<{tag}> nested in itself")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.errors.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> (open: {self.stack})")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self.errors.append(f"unescaped bracket in {data[:40]!r}")

    def handle_comment(self, data: str) -> None:
        self.errors.append("comment")

    def handle_decl(self, decl: str) -> None:
        self.errors.append("declaration")

    def handle_pi(self, data: str) -> None:
        self.errors.append("processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.errors.append("unknown declaration")


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def problems(page: str, max_units: int = 4096) -> list[str]:
    """Everything wrong with one message; an empty list means Telegram will accept it."""
    return list(_problems(page, max_units))


@functools.lru_cache(maxsize=4096)
def _problems(page: str, max_units: int) -> tuple[str, ...]:
    """``problems``, remembered: the property tests render the same page again and again (a third of the
    ~22,000 pages they check are repeats), and checking is pure; HTMLParser is half of their time."""
    found = []
    if not page.strip():
        found.append("empty message")
    if units(page) > max_units:
        found.append(f"{units(page)} UTF-16 units > {max_units}")
    # Outside the known tags no '<' or '>' may remain, and every '&' must start an entity.
    bare = _TAG.sub("", page)
    if "<" in bare or ">" in bare:
        found.append("stray < or > outside allowed tags")
    if "&" in _ENTITY.sub("", bare):
        found.append("unescaped &")
    checker = _Checker()
    checker.feed(page)
    checker.close()
    found += checker.errors
    if checker.stack:
        found.append(f"unclosed tags {checker.stack}")
    return tuple(found)
