"""HTML article pages -> ``SourceDoc`` via trafilatura, then the same boilerplate filter as plain text."""

from __future__ import annotations

from typing import Any

import trafilatura

from bot.domain import SourceDoc
from bot.sources.errors import SourceError
from bot.sources.plaintext import parse_plain_text


def _extract(data: bytes | str, url: str | None) -> dict[str, Any] | None:
    doc = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article
        include_images=False,
        include_tables=False,
        favor_precision=True,  # we would rather lose a paragraph than store a "related stories" list
    )
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()


def page_url(data: bytes | str) -> str | None:
    """The page's own URL (canonical link, og:url), as ``parse_html`` takes it, without extracting the article."""
    try:
        return trafilatura.extract_metadata(data).url or None
    except Exception:  # noqa: BLE001 - broken markup: parse_html reports it
        return None


def parse_html(data: bytes | str, *, url: str | None = None) -> SourceDoc:
    """Extract the main article from an HTML page.

    Metadata (title, author -> byline, site name -> publisher, date, language, canonical URL) comes from
    trafilatura; the body then goes through the plain-text filter so captions, "read also" and share
    lines that slipped through are dropped the same way.  Raises ``SourceError`` when no article text is
    found.  ``raw`` holds the page as text.
    """
    meta = _article(data, url)
    title = _field(meta, "title") or None
    doc = parse_plain_text(meta["text"], hint_title=title)
    if not doc.text.strip():
        raise SourceError("no article text found in the HTML page")
    return SourceDoc(
        text=doc.text,
        title=title or doc.title,
        publisher=_field(meta, "sitename") or doc.publisher or meta.get("hostname"),
        byline=_field(meta, "author") or doc.byline,
        url=url or meta.get("url"),
        original_url=doc.original_url,
        published=meta.get("date") or doc.published,
        language=_page_language(meta) or doc.language,
        raw=data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data,
    )


def _article(data: bytes | str, url: str | None) -> dict[str, Any]:
    """Trafilatura's reading of the page; ``SourceError`` when it cannot be read or has no text."""
    try:
        meta = _extract(data, url)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise SourceError(f"could not parse HTML ({type(exc).__name__})") from exc
    if not meta or not _field(meta, "text"):
        raise SourceError("no article text found in the HTML page")
    return meta


def _field(meta: dict[str, Any], key: str) -> str:
    return (meta.get(key) or "").strip()


def _page_language(meta: dict[str, Any]) -> str | None:
    """The page's declared language when it is one we read ("id-ID" -> "id")."""
    lang = (meta.get("language") or "").split("-")[0].lower()
    return lang if lang in ("id", "en") else None
