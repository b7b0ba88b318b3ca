"""Source pages (/a/ID#pN), /healthz, and the one-process server composition (bot/adapters/serve.py)."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from bot.adapters.serve import build_server
from bot.adapters.web import CSP, build_web_app
from bot.answers.common import citation_link
from bot.app import BriefingApp
from bot.config import load_settings
from db import models as m
from db.engine import Store

HOSTILE_TITLE = '<script>alert("t")</script> & "Quotes" \'single\''
PASSAGES = [
    "First paragraph, plain.",
    'Second: </p><script>alert(1)</script><img src=x onerror="alert(2)"> & <b>bold</b>',
    "Third paragraph, the cited one: revenue rose 12%.",
]


def _article(app: BriefingApp, *, url: str | None = None, original_url: str | None = None,
             title: str = HOSTILE_TITLE) -> int:
    with app.store.write() as session:
        article = m.Article(source_key=f"file:{len(title)}-{url}-{original_url}.txt", title=title,
                            publisher="Tempo <i>x</i>", byline="A & B", url=url, original_url=original_url,
                            published="2026-03-04", language="id", content_hash="h", source_file="x<y>.txt",
                            body_text="\n\n".join(PASSAGES))
        session.add(article)
        session.flush()
        for i, body in enumerate(PASSAGES):
            session.add(m.Passage(article_id=article.id, idx=i, text=body, start=0, end=len(body)))
        return article.id


def _markup(page: str) -> tuple[set[str], set[str]]:
    """Tag and attribute names a browser would see."""
    from html.parser import HTMLParser

    tags: set[str] = set()
    attributes: set[str] = set()

    class Collect(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            tags.add(tag)
            attributes.update(name for name, _ in attrs)

    Collect().feed(page)
    return tags, attributes


def test_source_page_escapes_everything_and_has_no_script(app: BriefingApp) -> None:
    article_id = _article(app, url="javascript:alert(3)", original_url="https://example.com/orig?a=1&b=<2>")
    client = TestClient(build_web_app(app))
    response = client.get(f"/a/{article_id}")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CSP == "default-src 'none'; style-src 'unsafe-inline'"
    assert response.headers["x-content-type-options"] == "nosniff"
    page = response.text
    tags, attributes = _markup(page)
    assert tags <= {"html", "head", "meta", "title", "style", "body", "article", "h1", "dl", "dt", "dd", "p", "a",
                    "footer", "mark"}, tags
    assert not [a for a in attributes if a.startswith("on")] and "javascript:" not in page
    assert "&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &quot;Quotes&quot; &#x27;single&#x27;" in page
    assert "&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in page
    assert "Tempo &lt;i&gt;x&lt;/i&gt;" in page and "A &amp; B" in page and "x&lt;y&gt;.txt" in page
    # Only the http(s) link is a link.
    assert re.findall(r'<a href="([^"]*)"', page) == ["https://example.com/orig?a=1&amp;b=&lt;2&gt;"]
    # Every passage is a <p id="pN">, in order; nothing is marked without ?p=.
    assert re.findall(r'<p id="(p\d+)"', page) == ["p0", "p1", "p2"]
    assert "<mark>" not in page and "p:target" in page


def test_cited_passage_is_highlighted(app: BriefingApp) -> None:
    article_id = _article(app, title="Plain title")
    client = TestClient(build_web_app(app))
    page = client.get(f"/a/{article_id}?p=2").text
    assert ('<p id="p2" class="cited"><a class="n" href="#p2">2</a>'
            "<mark>Third paragraph, the cited one: revenue rose 12%.</mark></p>") in page
    assert page.count("<mark>") == 1
    for bad in ("?p=9", "?p=-1", "?p=abc", "?p=99999999999"):
        response = client.get(f"/a/{article_id}{bad}")
        assert response.status_code == 200 and "<mark>" not in response.text


def test_citation_link_points_at_the_page_anchor(app: BriefingApp) -> None:
    article_id = _article(app, title="No URL")
    with app.store.session() as session:
        article = session.get(m.Article, article_id)
        assert article is not None
        link = citation_link(article, PASSAGES[2], "https://briefing.example.org/", 2)
    assert link == f"https://briefing.example.org/a/{article_id}#p2"
    page = TestClient(build_web_app(app)).get(link.replace("https://briefing.example.org", "").split("#")[0]).text
    assert '<p id="p2"' in page  # the fragment #p2 has its target; CSS :target highlights it


def test_missing_article_is_404_and_ids_must_be_numbers(app: BriefingApp) -> None:
    client = TestClient(build_web_app(app))
    response = client.get("/a/999")
    assert response.status_code == 404 and response.headers["content-security-policy"] == CSP
    assert client.get("/a/abc").status_code == 404
    assert client.post("/a/1").status_code == 405


def test_healthz_up(app: BriefingApp) -> None:
    response = TestClient(build_web_app(app)).get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": app.store.dialect}


def test_healthz_down_when_the_database_is_unreachable() -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:1/nothing_here"
    app = BriefingApp(settings=load_settings(database_url=url), store=Store(url))
    response = TestClient(build_web_app(app)).get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}
    app.close()


# --------------------------------------------------------------------------- serve composition


def _paths(server) -> set[str]:  # type: ignore[no-untyped-def]
    return {getattr(r, "path", "") for r in server.routes}


def test_serve_web_only(sqlite_app: BriefingApp) -> None:
    server = build_server(sqlite_app, sqlite_app.settings, "web")
    assert {"/a/{article_id:int}", "/healthz"} <= _paths(server)
    assert not server.state.plan.telegram and not server.state.plan.slack


@pytest.mark.parametrize(("only", "message"), [
    ("telegram", "TELEGRAM_BOT_TOKEN is not set"),
    ("slack", "SLACK_BOT_TOKEN"),
    ("discord", "unknown front end"),
])
def test_serve_refuses_front_ends_that_are_not_configured(sqlite_app: BriefingApp, only: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build_server(sqlite_app, sqlite_app.settings, only)


def test_serve_mounts_slack_events_and_telegram_webhook_beside_the_pages(sqlite_app: BriefingApp) -> None:
    settings = load_settings(
        database_url=sqlite_app.settings.database_url,
        SLACK_BOT_TOKEN="xoxb-test-token", SLACK_SIGNING_SECRET="s3cr3t-signing",
        TELEGRAM_BOT_TOKEN="123456:TEST-token", TELEGRAM_WEBHOOK_URL="https://bot.example.org/tg/hook",
        TELEGRAM_WEBHOOK_SECRET="hook-secret-value",
    )
    server = build_server(sqlite_app, settings, slack_options={"token_verification": False})
    assert {"/a/{article_id:int}", "/healthz", "/slack/events", "/tg/hook"} <= _paths(server)
    assert server.state.plan.telegram and server.state.plan.slack
    client = TestClient(server)  # no lifespan: nothing talks to Telegram
    assert client.post("/slack/events", content=b"command=%2Fbriefing").status_code == 401  # unsigned
    assert client.post("/tg/hook", json={"update_id": 1}).status_code == 403  # wrong secret
    assert client.get("/healthz").status_code == 200

    only_slack = build_server(sqlite_app, settings, "slack", slack_options={"token_verification": False})
    assert "/slack/events" in _paths(only_slack) and "/tg/hook" not in _paths(only_slack)
