"""Helpers shared by the answer functions: citations, links, sentence picking."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import quote, urlsplit

from bot.domain import DateValue, SourceRef
from bot.extraction.text import split_sentences
from db import models as m
from db import records


def is_http_url(url: str | None) -> bool:
    if not url:
        return False
    return _is_http_url(url)


# A plain ASCII http(s) URL whose host follows its "//" (most stored ones): ``urlsplit`` would find that scheme and a
# netloc, and raise nothing (no brackets, nothing that NFKC would change, no tab or line break to remove).
_PLAIN_HTTP = re.compile(r"https?://[^/?#\[\]\s]")


@lru_cache(maxsize=4096)  # an answer cites one article's URL many times (a /who of a hot name: hundreds)
def _is_http_url(url: str) -> bool:
    if url.isascii() and "[" not in url and "]" not in url and _PLAIN_HTTP.match(url.strip()) \
            and not any(c in url for c in "\t\r\n"):
        return True
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


# What quote() never escapes, and the space: text made of these needs no call of it (most passages).
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~ -]*")


def _fragment_part(words: list[str]) -> str:
    # Text fragments reserve "-", "," and "&"; quote() leaves "-" alone, so encode it by hand.
    text = " ".join(words)
    if _UNRESERVED.fullmatch(text):
        return text.replace(" ", "%20").replace("-", "%2D")
    return quote(text, safe="").replace("-", "%2D")


@lru_cache(maxsize=8192)  # an answer cites hundreds of passages, and the next one about that name the same ones
def text_fragment(passage: str) -> str:
    """``#:~:text=start,end`` pointing at ``passage`` (short passages are quoted whole)."""
    words = passage.split()
    if not words:
        return ""
    if len(words) <= 10:
        return "#:~:text=" + _fragment_part(words)
    return "#:~:text=" + _fragment_part(words[:5]) + "," + _fragment_part(words[-4:])


def citation_link(article: m.Article | records.Article, passage_text: str, public_url: str | None = None, passage_idx: int | None = None) -> str:
    """The first that exists of: URL + text fragment, original-source URL, our source page, "/source ID"."""
    if is_http_url(article.url):
        return article.url.split("#", 1)[0] + text_fragment(passage_text)  # type: ignore[union-attr]
    if is_http_url(article.original_url):
        return article.original_url  # type: ignore[return-value]
    if public_url and is_http_url(public_url):
        anchor = f"#p{passage_idx}" if passage_idx is not None else ""
        return f"{public_url.rstrip('/')}/a/{article.id}{anchor}"
    return f"/source {article.id}"


def source_ref(article: m.Article | records.Article, passage: m.Passage | records.Passage, public_url: str | None = None) -> SourceRef:
    return SourceRef(
        article_id=article.id,
        title=article.title,
        publisher=article.publisher,
        url=article.url,
        original_url=article.original_url,
        file=article.source_file,
        passage=passage.text,
        link=citation_link(article, passage.text, public_url, passage.idx),
        passage_id=passage.id,
        passage_index=passage.idx,
        published=article.published,
    )


def sentence_at(text: str, start: int, end: int | None = None, spans: Sequence[tuple[int, int]] | None = None) -> str:
    """The sentence(s) of ``text`` covering the span start..end; ``spans``: ``split_sentences(text)`` when the
    caller has it already (a passage naming a name several times is split once)."""
    end = start if end is None else end
    chosen = [(a, b) for a, b in (split_sentences(text) if spans is None else spans) if a <= end and b >= start]
    if not chosen:
        return text.strip()
    return text[chosen[0][0] : chosen[-1][1]].strip()


def sentence_with(text: str, needle: str) -> str:
    """The sentence of ``text`` containing ``needle`` (the whole text if it cannot be found)."""
    pos = text.find(needle) if needle else -1
    if pos < 0:
        return text.strip()
    return sentence_at(text, pos, pos + len(needle))


def row_date(row: object) -> DateValue | None:
    year = getattr(row, "date_year", None)
    if not year:
        return None
    return DateValue(
        year=year,
        month=getattr(row, "date_month", None),
        day=getattr(row, "date_day", None),
        precision=getattr(row, "date_precision", None) or "year",
        text=getattr(row, "date_text", None) or "",
    )


PRECISION_RANK = {"year": 0, "season": 1, "month": 2, "day": 3}
