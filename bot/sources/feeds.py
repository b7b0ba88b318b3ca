"""RSS/Atom feeds -> ``FeedEntry`` list via feedparser."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import feedparser
import lxml.html

from bot.sources.errors import SourceError

# Block elements whose text becomes its own paragraph when feed HTML is flattened.
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "pre", "tr"}


@dataclass
class FeedEntry:
    """One feed item; ``content_text``/``summary_text`` are plain text with paragraphs split by blank lines."""

    title: str | None
    link: str | None
    published: str | None  # "YYYY-MM-DD"
    summary_text: str
    content_text: str
    language: str | None


def html_to_text(fragment: str) -> str:
    """Flatten an HTML fragment to paragraphs; plain text passes through unchanged."""
    if not fragment or "<" not in fragment:
        return (fragment or "").strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # malformed markup: strip tags crudely rather than lose the text
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    parts: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = re.sub(r"[ \t\r\n]+", " ", "".join(buf)).strip()
        if text:
            parts.append(text)
        buf.clear()

    def walk(el: lxml.html.HtmlElement) -> None:
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCKS
        if block:
            flush()
        if isinstance(el.tag, str) and el.tag.lower() == "br":
            flush()
        buf.append(el.text or "")
        for child in el:
            walk(child)
            buf.append(child.tail or "")
        if block:
            flush()

    walk(root)
    flush()
    return "\n\n".join(parts)


def _date(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _lang(value: str | None) -> str | None:
    code = (value or "").split("-")[0].split("_")[0].strip().lower()
    return code or None


def _entry(e: feedparser.FeedParserDict, feed_lang: str | None) -> FeedEntry:
    """One entry: its longest content (HTML as text), its summary, its language or the feed's."""
    content = e.get("content") or []
    content_html = max((c.get("value", "") for c in content), key=len, default="")
    lang = _lang(content[0].get("language")) if content else None
    return FeedEntry(
        title=(e.get("title") or "").strip() or None,
        link=e.get("link") or None,
        published=_date(e),
        summary_text=html_to_text(e.get("summary", "")),
        content_text=html_to_text(content_html),
        language=lang or feed_lang,
    )


def _not_a_feed(parsed: feedparser.FeedParserDict) -> SourceError:
    reason = parsed.get("bozo_exception")
    detail = f": {str(reason).splitlines()[0][:120]}" if reason else ""
    return SourceError(f"not a valid RSS/Atom feed{detail}")


def parse_feed(data: bytes, *, url: str | None = None) -> list[FeedEntry]:
    """Parse RSS or Atom bytes into entries.  Raises ``SourceError`` when it is not a usable feed."""
    parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    if not parsed.get("version") and not parsed.entries:
        raise _not_a_feed(parsed)
    feed_lang = _lang(parsed.feed.get("language"))
    out = [_entry(e, feed_lang) for e in parsed.entries]
    # Broken XML can still yield empty husks of entries; they carry nothing to ingest.
    out = [e for e in out if e.title or e.link or e.summary_text or e.content_text]
    if not out and parsed.get("bozo"):
        raise _not_a_feed(parsed)
    return out
