"""Read-only source pages (``/a/ID#pN``) and ``/healthz``, as Starlette routes.

Citations of articles that have no URL link to ``BRIEFING_PUBLIC_URL/a/ID#pN`` (see
bot/answers/common.py citation_link). The page shows the stored article, its metadata and its
original-source link; passage N is highlighted by CSS ``:target`` when the link has ``#pN`` and by a
server-side ``<mark>`` when it has ``?p=N``. Every stored string is escaped, the page has no scripts,
and the Content-Security-Policy forbids them anyway.
"""

from __future__ import annotations

import asyncio
import html
import logging
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from bot.answers.common import is_http_url
from db import models as m
from db import queries

if TYPE_CHECKING:
    from bot.app import BriefingApp

log = logging.getLogger(__name__)

CSP = "default-src 'none'; style-src 'unsafe-inline'"
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}
HEALTH_TIMEOUT = 5.0

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


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _page(title: str, body: str, *, lang: str = "en", status: int = 200) -> HTMLResponse:
    document = (
        f'<!doctype html>\n<html lang="{_e(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>\n"
    )
    return HTMLResponse(document, status_code=status, headers=SECURITY_HEADERS)


def render_article(article: m.Article, passages: list[m.Passage], cited: int | None = None) -> str:
    """The body of a source page (escaped; ``cited`` is a passage index to mark on the server)."""
    title = article.title or article.source_file or f"Article {article.id}"
    meta = [
        ("Publisher", article.publisher),
        ("By", article.byline),
        ("Published", article.published),
        ("Language", article.language),
        ("File", article.source_file),
        ("Article", f"#{article.id}"),
    ]
    rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in meta if v)
    links = []
    for label, url in (("Original article", article.url), ("Original source", article.original_url)):
        if is_http_url(url):
            links.append(f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{_e(label)}</a>')
    link_line = f'<p class="source">{" · ".join(links)}</p>' if links else ""
    paras = []
    for passage in passages:
        content = _e(passage.text)
        is_cited = cited is not None and passage.idx == cited
        if is_cited:
            content = f"<mark>{content}</mark>"
        css = ' class="cited"' if is_cited else ""
        paras.append(f'<p id="p{passage.idx}"{css}><a class="n" href="#p{passage.idx}">{passage.idx}</a>{content}</p>')
    return (
        f"<article><h1>{_e(title)}</h1><dl>{rows}</dl>{link_line}{''.join(paras)}</article>"
        "<footer>Stored copy kept by the briefing bot, for checking citations. Read-only.</footer>"
    )


def _load(app: BriefingApp, article_id: int) -> tuple[m.Article, list[m.Passage]] | None:
    with app.store.session() as session:
        return queries.article_with_passages(session=session, article_id=article_id)


def web_routes(app: BriefingApp) -> list[Route]:
    """``/a/{id}`` source pages and ``/healthz``, for mounting in the one HTTP server."""

    async def article_page(request: Request) -> Response:
        article_id = request.path_params["article_id"]
        found = await run_in_threadpool(_load, app, article_id)
        if found is None:
            return _page("Not found", "<h1>Not found</h1><p>No stored article has this number.</p>", status=404)
        article, passages = found
        raw = request.query_params.get("p", "")
        cited = int(raw) if raw.isdigit() and len(raw) < 7 else None
        title = article.title or article.source_file or f"Article {article.id}"
        return _page(title, render_article(article, passages, cited), lang=article.language or "en")

    async def healthz(_request: Request) -> Response:
        try:
            await asyncio.wait_for(run_in_threadpool(app.store.ping), HEALTH_TIMEOUT)
        except Exception as exc:  # noqa: BLE001 - any failure means "not healthy"
            log.warning("healthz: database unreachable: %s", exc)
            return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503,
                                headers={"Cache-Control": "no-store"})
        return JSONResponse({"status": "ok", "database": app.store.dialect}, headers={"Cache-Control": "no-store"})

    return [
        Route("/a/{article_id:int}", article_page, methods=["GET", "HEAD"]),
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
    ]


def build_web_app(app: BriefingApp, extra_routes: list[Any] | None = None, **options: Any) -> Any:
    """A Starlette application with the web routes (and any others, e.g. Slack's and Telegram's)."""
    from starlette.applications import Starlette

    return Starlette(routes=[*web_routes(app), *(extra_routes or [])], **options)
