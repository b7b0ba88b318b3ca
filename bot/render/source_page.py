"""Read-only source pages (``/a/ID#pN``) as HTML documents: a stored article, its metadata, its links.

Every stored string is escaped and the page has no scripts (the adapter's Content-Security-Policy forbids
them anyway). Passage N is highlighted by CSS ``:target`` when the link has ``#pN``, and by ``<mark>``
when the caller asks for ``cited``. No I/O here: the adapter reads the article and checks its links.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

STYLE = """
body{font:17px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.45rem;line-height:1.3}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;color:#555;font-size:.92rem}
dt{font-weight:600}dd{margin:0}
p{padding:.2rem .45rem;margin:.7rem -.45rem;border-radius:4px}
p:target,p.cited{background:#fff3b0;outline:2px solid #f0c419}
mark{background:#ffe066;color:inherit}
.n{color:#999;font-size:.8rem;margin-right:.4rem;text-decoration:none}
footer{margin-top:2rem;color:#777;font-size:.85rem}
"""
NOT_FOUND_TITLE = "Not found"
NOT_FOUND_BODY = "<h1>Not found</h1><p>No stored article has this number.</p>"


@dataclass(frozen=True)
class StoredArticle:
    """What a source page shows of a stored article; ``links`` are (label, URL) pairs already checked to be
    http(s), ``passages`` (index, text) in order."""

    id: int
    title: str | None = None
    source_file: str | None = None
    publisher: str | None = None
    byline: str | None = None
    published: str | None = None
    language: str | None = None
    links: list[tuple[str, str]] = field(default_factory=list)
    passages: list[tuple[int, str]] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return self.title or self.source_file or f"Article {self.id}"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def document(title: str, body: str, *, lang: str = "en") -> str:
    """A whole HTML document around ``body`` (already HTML), with the inline style sheet."""
    return (
        f'<!doctype html>\n<html lang="{_e(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>\n"
    )


def article_page(article: StoredArticle, cited: int | None = None) -> str:
    """The whole source page of ``article``."""
    return document(article.heading, article_body(article, cited), lang=article.language or "en")


def article_body(article: StoredArticle, cited: int | None = None) -> str:
    """The body of a source page (escaped; ``cited`` is a passage index to mark on the server)."""
    return (
        f"<article><h1>{_e(article.heading)}</h1><dl>{_metadata(article)}</dl>{_links(article)}"
        f"{''.join(_passage(idx, text, cited) for idx, text in article.passages)}</article>"
        "<footer>Stored copy kept by the briefing bot, for checking citations. Read-only.</footer>"
    )


def _metadata(article: StoredArticle) -> str:
    meta = [
        ("Publisher", article.publisher),
        ("By", article.byline),
        ("Published", article.published),
        ("Language", article.language),
        ("File", article.source_file),
        ("Article", f"#{article.id}"),
    ]
    return "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in meta if v)


def _links(article: StoredArticle) -> str:
    links = [f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{_e(label)}</a>' for label, url in article.links]
    return f'<p class="source">{" · ".join(links)}</p>' if links else ""


def _passage(idx: int, text: str, cited: int | None) -> str:
    content = _e(text)
    is_cited = cited is not None and idx == cited
    if is_cited:
        content = f"<mark>{content}</mark>"
    css = ' class="cited"' if is_cited else ""
    return f'<p id="p{idx}"{css}><a class="n" href="#p{idx}">{idx}</a>{content}</p>'
