"""The real PTB Application, polling the fake Bot API server, with a stub BriefingApp."""

from __future__ import annotations

import asyncio
import time

from conftest import mercor_timeline, mercor_who  # type: ignore[import-not-found]

from bot.fakebotapi import BOT_ID, BOT_USERNAME, callback_update, chat, inline_update, message_update, user
from bot.render.telegram_html import render_pages


def bot_message(sent_call, chat_id=42):  # type: ignore[no-untyped-def]
    """The Message the fake returned for a sendMessage call, as it appears inside later updates (with its
    buttons, as Telegram sends a replied-to message)."""
    message = {
        "message_id": 1000,
        "date": int(time.time()),
        "chat": chat(chat_id),
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Test Bot", "username": BOT_USERNAME},
        "text": sent_call.params["text"],
    }
    if sent_call.params.get("reply_markup"):
        message["reply_markup"] = sent_call.params["reply_markup"]
    return message


async def test_set_my_commands_in_english_and_indonesian(fake, start_bot, stub_app):
    await start_bot(stub_app)
    calls = await fake.wait_for("setMyCommands", 2)
    by_lang = {c.params.get("language_code", ""): c.params["commands"] for c in calls}
    assert set(by_lang) == {"", "id"}
    en = {c["command"]: c["description"] for c in by_lang[""]}
    idn = {c["command"]: c["description"] for c in by_lang["id"]}
    assert set(en) == set(idn) and "who" in en and "timeline" in en
    assert "ingest" not in en  # admin commands stay out of the public menu
    assert en["who"] != idn["who"]


async def test_who_private_chat_delivers_rendered_html(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(message_update(1, "/who Mercor", from_user=user(language_code="en")))
    (call,) = await fake.wait_for("sendMessage")
    assert call.params["text"] == render_pages(mercor_who(), lang="en")[0]
    assert call.params["parse_mode"] == "HTML"
    assert stub_app.asked[-1] == {"text": "/who Mercor", "lang": "en", "chat_key": "telegram:42", "is_admin": False}


async def test_group_commands_with_and_without_bot_name(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(message_update(1, f"/who@{BOT_USERNAME} Mercor", chat_id=-100, chat_type="group"))
    fake.enqueue(message_update(2, "/who Mercor", chat_id=-100, chat_type="group", message_id=2))
    fake.enqueue(message_update(3, "/who@OtherBot Mercor", chat_id=-100, chat_type="group", message_id=3))
    fake.enqueue(message_update(4, "just chatting", chat_id=-100, chat_type="group", message_id=4))
    calls = await fake.wait_for("sendMessage", 2)
    await fake.settle()
    calls = fake.calls_to("sendMessage")
    assert len(calls) == 2
    expected = render_pages(mercor_who(), lang="en")[0]
    assert all(c.params["text"] == expected and c.params["chat_id"] == -100 for c in calls)
    assert {c.params["reply_parameters"]["message_id"] for c in calls} == {1, 2}  # quotes the asker
    assert [a["chat_key"] for a in stub_app.asked] == ["telegram:-100", "telegram:-100"]


async def test_pagination_by_callback_query_edits_in_place(fake, start_bot, stub_app):
    await start_bot(stub_app, page_units=300)
    pages = render_pages(mercor_timeline(), lang="en", max_units=300)
    assert len(pages) >= 3
    fake.enqueue(message_update(1, "/timeline Mercor"))
    (sent,) = await fake.wait_for("sendMessage")
    assert sent.params["text"] == pages[0]
    buttons = sent.params["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == [f"1/{len(pages)}", "▶"]
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    fake.enqueue(callback_update(2, buttons[-1]["callback_data"], bot_message(sent)))
    (edit,) = await fake.wait_for("editMessageText")
    assert edit.params["text"] == pages[1]
    assert edit.params["message_id"] == 1000 and edit.params["chat_id"] == 42
    assert [b["text"] for b in edit.params["reply_markup"]["inline_keyboard"][0]] == ["◀", f"2/{len(pages)}", "▶"]
    await fake.wait_for("answerCallbackQuery")


async def test_long_commands_use_short_callback_data(fake, start_bot, stub_app):
    name = "Mercor"
    stub_app.answers["timeline"] = lambda q: mercor_timeline()
    await start_bot(stub_app, page_units=300)
    fake.enqueue(message_update(1, "/timeline " + name + " " + "x" * 80))
    (sent,) = await fake.wait_for("sendMessage")
    data = sent.params["reply_markup"]["inline_keyboard"][0][-1]["callback_data"]
    assert data.startswith("pg|2|#") and len(data.encode()) <= 64
    fake.enqueue(callback_update(2, data, bot_message(sent)))
    (edit,) = await fake.wait_for("editMessageText")
    assert edit.params["text"] == render_pages(mercor_timeline(), lang="en", max_units=300)[1]


async def test_did_you_mean_buttons_run_who(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(message_update(1, "/who Merc"))
    (sent,) = await fake.wait_for("sendMessage")
    rows = sent.params["reply_markup"]["inline_keyboard"]
    assert [r[0]["text"] for r in rows] == ["Mercor", "Merck"]
    assert "Did you mean" in sent.params["text"]
    fake.enqueue(callback_update(2, rows[0][0]["callback_data"], bot_message(sent)))
    (edit,) = await fake.wait_for("editMessageText")
    assert edit.params["text"] == render_pages(mercor_who(), lang="en")[0]


async def test_private_plain_text_is_who_or_search(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(message_update(1, "Mercor"))
    fake.enqueue(message_update(2, "layoffs in Dallas", message_id=2))
    await fake.wait_for("sendMessage", 2)
    texts = [c.params["text"] for c in fake.calls_to("sendMessage")]
    assert texts[0] == render_pages(mercor_who(), lang="en")[0]
    assert texts[1].startswith("<b>Search: layoffs in Dallas</b>")
    assert [a["text"] for a in stub_app.asked] == ["Mercor", "layoffs in Dallas"]  # the core decides, once


async def test_reply_timeline_drills_down_from_who(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(message_update(1, "/who Mercor"))
    (sent,) = await fake.wait_for("sendMessage")
    replied = bot_message(sent)
    replied["text"] = "Someone else · person\n..."  # the entity comes from the buttons, never the text
    fake.enqueue(message_update(2, "linimasa", message_id=2, reply_to=replied))
    calls = await fake.wait_for("sendMessage", 2)
    assert calls[1].params["text"] == render_pages(mercor_timeline(), lang="en")[0]
    assert stub_app.asked[-1]["text"] == "/timeline Mercor"


async def test_reply_timeline_after_a_restart(fake, start_bot, stub_app):
    """A fresh bot (nothing remembered) still knows the entity of a /who answer it sent before."""
    await start_bot(stub_app)
    replied = {"message_id": 7, "date": int(time.time()), "chat": chat(42),
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "Test Bot", "username": BOT_USERNAME},
               "text": "Mercor · organisation",
               "reply_markup": {"inline_keyboard": [[{"text": "📅 Timeline", "callback_data": "go|/timeline Mercor"}]]}}
    fake.enqueue(message_update(1, "timeline", reply_to=replied))
    (call,) = await fake.wait_for("sendMessage")
    assert call.params["text"] == render_pages(mercor_timeline(), lang="en")[0]
    assert stub_app.asked[-1]["text"] == "/timeline Mercor"


async def test_timeline_button_under_a_profile_answers_in_a_new_message(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(message_update(1, "/who Mercor"))
    (sent,) = await fake.wait_for("sendMessage")
    (row,) = sent.params["reply_markup"]["inline_keyboard"]
    assert [(b["text"], b["callback_data"]) for b in row] == [("📅 Timeline", "go|/timeline Mercor")]
    fake.enqueue(callback_update(2, row[0]["callback_data"], bot_message(sent)))
    calls = await fake.wait_for("sendMessage", 2)
    assert calls[1].params["text"] == render_pages(mercor_timeline(), lang="en")[0]
    assert not fake.calls_to("editMessageText")  # the profile stays


async def test_inline_query_offers_who_and_timeline(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(inline_update(1, "Mercor"))
    (call,) = await fake.wait_for("answerInlineQuery")
    results = call.params["results"]
    assert [r["title"] for r in results] == ["Profile: Mercor", "Timeline: Mercor"]
    assert results[0]["input_message_content"]["message_text"] == render_pages(mercor_who(), lang="en")[0]
    assert results[0]["input_message_content"]["parse_mode"] == "HTML"
    assert all(r["type"] == "article" and len(r["id"].encode()) <= 64 for r in results)
    assert stub_app.asked[0]["chat_key"] == "telegram:42"


async def test_access_control_refuses_once_and_says_nothing_else(fake, start_bot, stub_app):
    await start_bot(stub_app, telegram_allowed_chats=[42])
    fake.enqueue(message_update(1, "/who Mercor", chat_id=7, from_user=user(7)))
    fake.enqueue(message_update(2, "/who Mercor", chat_id=7, from_user=user(7), message_id=2))
    fake.enqueue(inline_update(3, "Mercor", from_user=user(7)))
    fake.enqueue(message_update(4, "/who Mercor", chat_id=42, message_id=3))
    await fake.wait_for("sendMessage", 2)
    await fake.wait_for("answerInlineQuery")
    await fake.settle()
    sent = fake.calls_to("sendMessage")
    refusals = [c for c in sent if c.params["chat_id"] == 7]
    assert len(refusals) == 1 and refusals[0].params["text"] == "Sorry, this bot is not available here."
    assert fake.calls_to("answerInlineQuery")[0].params["results"] == []
    assert [a["chat_key"] for a in stub_app.asked] == ["telegram:42"]


async def test_duplicate_update_is_answered_once(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(message_update(5, "/who Mercor"))
    await fake.wait_for("sendMessage")
    fake.enqueue(message_update(5, "/who Mercor"))  # redelivered, e.g. after a restart
    fake.enqueue(message_update(6, "/help", message_id=2))
    await fake.wait_for("sendMessage", 2)
    await fake.settle()
    assert [c.params["text"][:20] for c in fake.calls_to("sendMessage")] == [
        "<b>Mercor</b> · <i>o", "<b>Ask me about the "
    ]


async def test_flood_control_waits_out_retry_after_and_delivers_once(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.fail_next("sendMessage", {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                   "parameters": {"retry_after": 1}})
    fake.enqueue(message_update(1, "/who Mercor"))
    first, second = await fake.wait_for("sendMessage", 2)
    assert second.at - first.at >= 1.0  # nothing re-sent before the wait was over
    await fake.settle()
    assert len(fake.calls_to("sendMessage")) == 2  # one refused by the flood limit, one delivered
    assert second.params["text"] == render_pages(mercor_who(), lang="en")[0]


async def test_errors_get_a_short_apology_not_a_traceback(fake, start_bot, stub_app, caplog):
    await start_bot(stub_app)
    fake.enqueue(message_update(1, "/boom now"))
    (call,) = await fake.wait_for("sendMessage")
    assert call.params["text"] == "Sorry, something went wrong on our side. Please try again."
    assert any("telegram handler failed" in r.message and "boom" in r.message for r in caplog.records)


async def test_admins_are_flagged(fake, start_bot, stub_app):
    await start_bot(stub_app, telegram_admins=[99])
    fake.enqueue(message_update(1, "/who Mercor", chat_id=99, from_user=user(99)))
    fake.enqueue(message_update(2, "/who Mercor", message_id=2))
    await fake.wait_for("sendMessage", 2)
    flags = {a["chat_key"]: a["is_admin"] for a in stub_app.asked}
    assert flags == {"telegram:99": True, "telegram:42": False}


async def test_indonesian_user_gets_indonesian_strings(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(message_update(1, "/who Mercor", from_user=user(language_code="id")))
    (call,) = await fake.wait_for("sendMessage")
    assert call.params["text"].startswith("<b>Mercor</b> · <i>organisasi</i>")
    assert stub_app.asked[0]["lang"] == "id"


async def test_stop_is_quick(fake, start_bot, stub_app):
    runner = await start_bot(stub_app)
    started = time.monotonic()
    await asyncio.wait_for(runner.stop(), 5)
    assert time.monotonic() - started < 5


async def test_edited_messages_and_other_bots_commands_are_ignored(fake, start_bot, stub_app):
    await start_bot(stub_app)
    edited = message_update(1, "/who Mercor")
    edited["edited_message"] = edited.pop("message")
    fake.enqueue(edited)
    fake.enqueue(message_update(2, "/unknowncmd", chat_id=-100, chat_type="group", message_id=2))
    fake.enqueue(message_update(3, "/unknowncmd", message_id=3))  # private: told it is unknown
    (call,) = await fake.wait_for("sendMessage")
    await fake.settle()
    assert len(fake.calls_to("sendMessage")) == 1 and call.params["chat_id"] == 42
    assert call.params["text"] == "Unknown command. Try /help."


async def test_paging_an_inline_message(fake, start_bot, stub_app):
    await start_bot(stub_app, page_units=300)
    update = {"update_id": 1, "callback_query": {"id": "cb-inline", "from": user(), "chat_instance": "ci",
                                                 "inline_message_id": "IM1", "data": "pg|2|/timeline Mercor"}}
    fake.enqueue(update)
    (edit,) = await fake.wait_for("editMessageText")
    assert edit.params["inline_message_id"] == "IM1"
    assert edit.params["text"] == render_pages(mercor_timeline(), lang="en", max_units=300)[1]
    assert stub_app.asked[0]["chat_key"] == "telegram:42"  # the user's own chat settings


async def test_expired_long_button_says_so(fake, start_bot, stub_app):
    await start_bot(stub_app)
    fake.enqueue(callback_update(1, "pg|2|#0123456789abcdef", {"message_id": 5, "date": 0, "chat": chat(42)}))
    (call,) = await fake.wait_for("answerCallbackQuery")
    assert call.params["text"] == "This button has expired. Please ask again."
    assert not fake.calls_to("editMessageText")
