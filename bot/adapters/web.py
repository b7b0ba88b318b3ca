"""Read-only source pages (``/a/ID#pN``) and ``/healthz``, as Starlette routes.

Citations of articles that have no URL link to ``BRIEFING_PUBLIC_URL/a/ID#pN`` (see
bot/answers/common.py citation_link). This module reads the article, checks its links and answers with
the page ``bot.render.source_page`` builds (passage N marked on the server when the link has ``?p=N``),
under a Content-Security-Policy that forbids scripts.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from bot.answers.common import is_http_url
from bot.render import source_page
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



def _page(html_document: str, *, status: int = 200) -> HTMLResponse:
    return HTMLResponse(html_document, status_code=status, headers=SECURITY_HEADERS)


def _load(app: BriefingApp, article_id: int) -> source_page.StoredArticle | None:
    """The stored article and its passages, as the source page shows them (its links checked here)."""
    with app.store.session() as session:
        found = queries.article_with_passages(session=session, article_id=article_id)
        if found is None:
            return None
        article, passages = found
        links = [(label, url) for label, url in (("Original article", article.url),
                                                  ("Original source", article.original_url))
                 if url and is_http_url(url)]
        return source_page.StoredArticle(
            id=article.id, title=article.title, source_file=article.source_file, publisher=article.publisher,
            byline=article.byline, published=article.published, language=article.language, links=links,
            passages=[(p.idx, p.text) for p in passages],
        )


def web_routes(app: BriefingApp) -> list[Route]:
    """``/a/{id}`` source pages and ``/healthz``, for mounting in the one HTTP server."""

    async def source_page_route(request: Request) -> Response:
        article_id = request.path_params["article_id"]
        article = await run_in_threadpool(_load, app, article_id)
        if article is None:
            return _page(source_page.document(source_page.NOT_FOUND_TITLE, source_page.NOT_FOUND_BODY), status=404)
        raw = request.query_params.get("p", "")
        cited = int(raw) if raw.isdigit() and len(raw) < 7 else None
        return _page(source_page.article_page(article, cited))

    async def healthz(_request: Request) -> Response:
        try:
            await asyncio.wait_for(run_in_threadpool(app.store.ping), HEALTH_TIMEOUT)
        except Exception as exc:  # noqa: BLE001 - any failure means "not healthy"
            log.warning("healthz: database unreachable: %s", exc)
            return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503,
                                headers={"Cache-Control": "no-store"})
        return JSONResponse({"status": "ok", "database": app.store.dialect}, headers={"Cache-Control": "no-store"})

    return [
        Route("/a/{article_id:int}", source_page_route, methods=["GET", "HEAD"]),
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
    ]


def build_web_app(app: BriefingApp, extra_routes: list[Any] | None = None, **options: Any) -> Any:
    """A Starlette application with the web routes (and any others, e.g. Slack's and Telegram's)."""
    from starlette.applications import Starlette

    return Starlette(routes=[*web_routes(app), *(extra_routes or [])], **options)
