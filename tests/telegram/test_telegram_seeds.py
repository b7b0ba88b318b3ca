"""The real Application and the real answers: exact HTML delivered for the seed articles, /lang, dedupe."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from htmlcheck import problems

from bot.fakebotapi import callback_update, inline_update, message_update, user
from bot.render.telegram_html import render_pages

_ids = itertools.count(10_000)
EXPECTED = Path(__file__).parent / "expected"


def pinned(name: str, html: str) -> str:
    """A delivered message pinned after review; TELEGRAM_UPDATE_PINS=1 rewrites it (review the diff)."""
    if os.environ.get("TELEGRAM_UPDATE_PINS"):
        (EXPECTED / name).write_text(html, encoding="utf-8")
    return (EXPECTED / name).read_text(encoding="utf-8")


WHO_MERCOR = (
    "<b>Mercor</b> · <i>organisation</i>\n\n"
    "<b>Roles</b>\n"
    "• <b>Brendan Foody</b> — CEO · TeknoLogiz AI /src_3_p7\n\n"
    "<b>Key facts</b>\n"
)


async def test_who_mercor_exact_html(fake, start_bot, seeds):
    await start_bot(seeds)
    fake.enqueue(message_update(next(_ids), "/who Mercor", chat_id=501, from_user=user(501)))
    (call,) = await fake.wait_for("sendMessage")
    html = call.params["text"]
    expected = render_pages(seeds.ask("/who Mercor", lang="en", chat_key="telegram:501"), lang="en")
    assert html == expected[0] and len(expected) == 1
    assert html == pinned("who_mercor.en.html", html)
    assert html.startswith(WHO_MERCOR)
    assert "<b>Brendan Foody</b> — CEO" in html
    assert "\n\n<b>Related</b>\nScale AI · Meta · Surge" in html
    assert not problems(html)


async def test_timeline_exact_html(fake, start_bot, seeds):
    await start_bot(seeds)
    fake.enqueue(message_update(next(_ids), "/timeline", chat_id=502, from_user=user(502)))
    (call,) = await fake.wait_for("sendMessage")
    html = call.params["text"]
    assert html == render_pages(seeds.ask("/timeline", lang="en", chat_key="telegram:502"), lang="en")[0]
    assert html == pinned("timeline.en.html", html)
    assert html.startswith("<b>Timeline</b>\n\n• <b>2016</b> — Didirikan pada 2016, Scale AI")
    # resolved date, the date as written, several sources, and differing figures side by side
    assert "• <b>2025-06</b> <i>(Juni lalu)</i> — " in html
    assert "<i>(5 sources)</i>" in html
    # "$14 miliar" beside "$14,3 miliar" is rounding, not a conflict
    assert "Figures differ" not in html
    # an event with no date in the text is dated by its report, and says so
    assert "<b>reported 2025-" in html
    assert not problems(html)


async def test_who_mercor_in_indonesian(fake, start_bot, seeds):
    await start_bot(seeds)
    fake.enqueue(message_update(next(_ids), "/who@TestBot Mercor", chat_id=-505, chat_type="group",
                                from_user=user(505, language_code="id")))
    (call,) = await fake.wait_for("sendMessage")
    assert call.params["text"] == pinned("who_mercor.id.html", call.params["text"])


async def test_timeline_pages_through_callbacks_on_seeds(fake, start_bot, seeds):
    await start_bot(seeds, page_units=1200)
    fake.enqueue(message_update(next(_ids), "/timeline Scale AI", chat_id=503, from_user=user(503)))
    (sent,) = await fake.wait_for("sendMessage")
    answer = seeds.ask("/timeline Scale AI", lang="en")
    pages = render_pages(answer, lang="en", max_units=1200)
    assert len(pages) >= 2 and sent.params["text"] == pages[0]
    # every page has the heading and its number; the pages hold every item once, in order
    for n, page in enumerate(pages, 1):
        assert page.startswith("<b>Timeline: Scale AI</b>\n\n") and page.endswith(f"<i>Page {n}/{len(pages)}</i>")
    bullets = [line for page in pages for line in page.splitlines() if line.startswith("• ")]
    assert len(bullets) == len(answer.items) == answer.total
    assert [b.split(" — ", 1)[1][:40] for b in bullets] == [i.text[:40] for i in answer.items]
    message = {"message_id": 1000, "date": 0, "chat": {"id": 503, "type": "private"}, "text": "x",
               "from": {"id": 123456, "is_bot": True, "first_name": "Test Bot"}}
    data = sent.params["reply_markup"]["inline_keyboard"][0][-1]["callback_data"]
    fake.enqueue(callback_update(next(_ids), data, message, from_user=user(503)))
    (edit,) = await fake.wait_for("editMessageText")
    assert edit.params["text"] == pages[1]
    for page in pages:
        assert not problems(page, max_units=1200)


async def test_inline_query_on_seeds(fake, start_bot, seeds):
    await start_bot(seeds)
    fake.enqueue(inline_update(next(_ids), "Mercor", from_user=user(504)))
    (call,) = await fake.wait_for("answerInlineQuery")
    results = call.params["results"]
    assert [r["title"] for r in results] == ["Profile: Mercor", "Timeline: Mercor"]
    assert results[0]["input_message_content"]["message_text"].startswith(WHO_MERCOR)


async def test_lang_is_stored_for_the_chat_and_dedupe_uses_the_store(fake, start_bot, app):
    await start_bot(app)
    fake.enqueue(message_update(1, "/lang id", chat_id=77, from_user=user(77, language_code="en")))
    fake.enqueue(message_update(1, "/lang id", chat_id=77, from_user=user(77, language_code="en")))  # duplicate
    await fake.wait_for("sendMessage")
    fake.enqueue(message_update(2, "/help", chat_id=77, from_user=user(77, language_code="en"), message_id=2))
    calls = await fake.wait_for("sendMessage", 2)
    await fake.settle()
    assert len(fake.calls_to("sendMessage")) == 2
    assert calls[0].params["text"] == "<b>Bahasa diatur ke Bahasa Indonesia.</b>"
    assert calls[1].params["text"].startswith("<b>Tanyakan tentang berita yang sudah saya baca.</b>")
    assert app.chat_lang("telegram:77") == "id"


async def test_admin_only_ingest_and_usage(fake, start_bot, app):
    await start_bot(app, telegram_admins=[9])
    fake.enqueue(message_update(1, "/ingest https://example.invalid/x", chat_id=8, from_user=user(8)))
    fake.enqueue(message_update(2, "/search", chat_id=8, from_user=user(8), message_id=2))
    calls = await fake.wait_for("sendMessage", 2)
    texts = sorted(c.params["text"] for c in calls)
    assert texts == ["Only admins can do that.", "Usage: /search TEXT\nExample: /search layoffs"]


async def test_tapping_a_citation_shows_the_passage_in_its_article(fake, start_bot, seeds):
    await start_bot(seeds)
    fake.enqueue(message_update(next(_ids), "/src_3_p7", chat_id=506, from_user=user(506)))
    fake.enqueue(message_update(next(_ids), "/src_3", chat_id=507, from_user=user(507)))
    await fake.wait_for("sendMessage", 2)
    by_chat = {c.params["chat_id"]: c.params["text"] for c in fake.calls_to("sendMessage")}
    deep = by_chat[506]
    assert deep == render_pages(seeds.ask("/source 3 p7", lang="en"), lang="en")[0]
    assert deep.startswith("<b>Source:</b> Google Putus Hubungan dengan Scale AI Setelah Akuisisi Meta")
    assert "<blockquote>" in deep and "Brendan Foody, CEO Mercor" in deep.split("<blockquote>")[1]
    assert by_chat[507].startswith("<b>Source:</b> Google Putus Hubungan") and "<blockquote>" not in by_chat[507]
    assert not problems(deep) and not problems(by_chat[507])


async def test_plain_text_and_drill_down_on_seeds(fake, start_bot, seeds):
    await start_bot(seeds)
    fake.enqueue(message_update(next(_ids), "mercor", chat_id=508, from_user=user(508)))
    (who,) = await fake.wait_for("sendMessage")
    assert who.params["text"] == pinned("who_mercor.en.html", who.params["text"])
    replied = {"message_id": 1000, "date": 0, "chat": {"id": 508, "type": "private"},
               "from": {"id": 123456, "is_bot": True, "first_name": "Test Bot"}, "text": "Mercor · organisation",
               "reply_markup": who.params["reply_markup"]}  # Telegram sends the replied-to message with its buttons
    fake.enqueue(message_update(next(_ids), "Timeline", chat_id=508, from_user=user(508), message_id=2,
                                reply_to=replied))
    fake.enqueue(message_update(next(_ids), "PHK besar-besaran", chat_id=509, from_user=user(509)))
    await fake.wait_for("sendMessage", 3)
    by_chat = {}
    for call in fake.calls_to("sendMessage"):
        by_chat.setdefault(call.params["chat_id"], []).append(call.params["text"])
    assert by_chat[508][1] == render_pages(seeds.ask("/timeline Mercor", lang="en"), lang="en")[0]
    assert by_chat[508][1].startswith("<b>Timeline: Mercor</b>")
    assert by_chat[509][0].startswith("<b>Search: PHK besar-besaran</b>\n\n• ")
