"""Chat commands that change state, on both stores: /ingest from a chat, /unfollow, /brief since the last
brief, and the aliases file applied at ingest."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from bot.app import BriefingApp
from bot.config import load_settings
from bot.render.plain import render_plain
from bot.render.slack_blocks import render as render_slack
from bot.render.telegram_html import render_pages
from bot.sources.fetch import Fetcher
from tests.sources.netfixtures import PUBLIC_DNS

ACME = """Acme Corp hires Jane Roe as CEO

Acme Corp said on Monday that Jane Roe will become its chief executive. Roe previously ran Globex Industries.

Acme Corp raised $40 million in 2024, the company said.
"""
PAGE = (b"<html><head><title>Acme Corp hires Jane Roe as CEO</title></head><body><article>"
        b"<h1>Acme Corp hires Jane Roe as CEO</h1>"
        b"<p>Acme Corp said on Monday that Jane Roe will become its chief executive. Roe previously ran Globex Industries.</p>"
        b"<p>Acme Corp raised $40 million in 2024, the company said.</p></article></body></html>")
ALIASES = """rename:
  Acme Corp: Acme Corporation
suppress:
  - Globex Industries
"""


def web(request: httpx.Request) -> httpx.Response:
    """news.example: one article page; anything else is a 404."""
    if request.url.path == "/acme":
        return httpx.Response(200, content=PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    return httpx.Response(404)


def mock_fetcher() -> Fetcher:
    return Fetcher(httpx.Client(transport=httpx.MockTransport(web)), policy=PUBLIC_DNS)


def test_ingest_from_a_chat_stores_the_page_and_every_renderer_reports_the_counts(app) -> None:
    app.fetcher_factory = mock_fetcher
    answer = app.ask("/ingest https://news.example/acme https://news.example/gone", is_admin=True, chat_key="t:1")
    assert (answer.status, answer.message) == ("ok", "ingested")
    assert [(i.kind, i.text) for i in answer.items] == [
        ("new", "new: https://news.example/acme"), ("failed", "failed: https://news.example/gone: HTTP 404")]
    counts = "Ingested: 1 new, 0 updated, 0 unchanged, 1 failed."
    assert render_plain(answer).splitlines()[0] == counts
    assert render_pages(answer, lang="en")[0].startswith(f"<b>{counts}</b>\n\n• new: https://news.example/acme")
    assert render_slack(answer, lang="en").blocks[0]["text"]["text"] == counts
    # stored and answerable, with its URL as the citation link
    who = app.ask("/who Acme Corp")
    assert who.status == "ok" and who.entity is not None and who.entity.name == "Acme"
    assert who.items[0].sources[0].url == "https://news.example/acme"
    again = app.ask("/ingest https://news.example/acme", is_admin=True)
    assert [(i.kind, i.text) for i in again.items] == [("unchanged", "unchanged: https://news.example/acme")]


def test_ingest_from_a_chat_refuses_local_paths(app, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ACME, encoding="utf-8")
    answer = app.ask(f"/ingest {tmp_path / 'a.txt'}", is_admin=True)
    assert [i.kind for i in answer.items] == ["failed"] and "only http(s) URLs" in answer.items[0].text
    assert app.ask("/sources").status == "not_found"


def test_the_aliases_file_renames_and_suppresses_at_ingest(app, tmp_path: Path) -> None:
    (tmp_path / "aliases.yml").write_text(ALIASES, encoding="utf-8")
    (tmp_path / "acme.txt").write_text(ACME, encoding="utf-8")
    settings = load_settings(database_url=app.store.url, aliases_file=tmp_path / "aliases.yml")
    with_aliases = BriefingApp(settings=settings, store=app.store)
    assert with_aliases.ingest([str(tmp_path / "acme.txt")]).new == [str(tmp_path / "acme.txt")]
    assert [i.text for i in app.ask("/who").items] == ["Acme Corporation", "Jane Roe"]
    acme = app.ask("/who Acme Corp")
    assert acme.entity is not None and acme.entity.name == "Acme Corporation" and "Acme Corp" in acme.entity.aliases
    assert app.ask("/who Globex Industries").status == "not_found"


def test_unfollow_stops_following(app, tmp_path: Path) -> None:
    (tmp_path / "acme.txt").write_text(ACME, encoding="utf-8")
    app.ingest([str(tmp_path / "acme.txt")])
    assert app.ask("/follow Jane Roe", chat_key="t:7").message == "following"
    assert app.ask("/follow Acme", chat_key="t:7").message == "following"
    assert [i.text for i in app.ask("/follow", chat_key="t:7").items] == ["Acme", "Jane Roe"]
    gone = app.ask("/unfollow jane roe", chat_key="t:7")
    assert (gone.status, gone.message, gone.entity.name if gone.entity else None) == ("ok", "unfollowed", "Jane Roe")
    assert [i.text for i in app.ask("/follow", chat_key="t:7").items] == ["Acme"]
    assert [i.text for i in app.ask("/follow", chat_key="t:8").items] == []  # another chat's follows are its own
    assert app.ask("/unfollow Nobody Atall", chat_key="t:7").status == "not_found"


def test_brief_shows_only_what_is_new_since_the_last_brief(app, tmp_path: Path) -> None:
    for name, head in (("a.txt", "Acme Corp hires Jane Roe as CEO"), ("b.txt", "Initech opens a Surabaya office")):
        body = ACME if name == "a.txt" else f"{head}\n\nInitech said on Tuesday it opened an office in Surabaya.\n"
        (tmp_path / name).write_text(body, encoding="utf-8")
    app.ingest([str(tmp_path / "a.txt")])
    first = app.ask("/brief", chat_key="t:9")
    assert [i.text for i in first.items] == ["Acme Corp hires Jane Roe as CEO"]
    assert app.ask("/brief", chat_key="t:9").status == "not_found"  # nothing new since
    # Articles are stamped by the database clock to the second (SQLite), the brief by ours: let a second pass.
    time.sleep(1.1)
    app.ingest([str(tmp_path / "b.txt")])
    assert [i.text for i in app.ask("/brief", chat_key="t:9").items] == ["Initech opens a Surabaya office"]
    assert [i.text for i in app.ask("/brief", chat_key="t:10").items] == [  # a chat that never had a brief
        "Initech opens a Surabaya office", "Acme Corp hires Jane Roe as CEO"]
    assert len(app.ask("/brief all", chat_key="t:9").items) == 2
