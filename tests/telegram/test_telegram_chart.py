"""/timeline NAME chart and the "Chart" button: the real Application sends a PNG with sendPhoto (multipart)."""

from __future__ import annotations

import io
import itertools
from typing import Any

from PIL import Image

from bot.fakebotapi import Upload, callback_update, message_update, user
from bot.render.chart import chart_summary

_ids = itertools.count(20_000)


def assert_png_upload(call: Any, chat_id: int) -> Image.Image:
    """A multipart sendPhoto whose photo part is a PNG Telegram would take (a sane size, read back)."""
    assert call.content_type == "multipart/form-data"
    assert int(call.params["chat_id"]) == chat_id
    photo = call.params["photo"]
    assert isinstance(photo, Upload) and photo.filename and photo.filename.endswith(".png")
    image = Image.open(io.BytesIO(photo.data))
    image.load()
    assert image.format == "PNG"
    assert 600 <= image.width <= 2000 and 300 <= image.height <= 1500 and image.width + image.height <= 10_000
    return image


async def test_timeline_chart_is_sent_as_a_photo(fake, start_bot, seeds):
    await start_bot(seeds)
    fake.enqueue(message_update(next(_ids), "/timeline Scale AI chart", chat_id=601, from_user=user(601)))
    (call,) = await fake.wait_for("sendPhoto")
    assert_png_upload(call, 601)
    chart = seeds.ask("/timeline Scale AI chart", lang="en").chart
    assert call.params["caption"] == f"<b>Timeline: Scale AI</b>\n\n{chart_summary(chart, 'en')}"
    assert call.params["parse_mode"] == "HTML"
    assert fake.calls_to("sendMessage") == []


async def test_chart_button_under_a_timeline_sends_the_chart(fake, start_bot, seeds):
    await start_bot(seeds)
    fake.enqueue(message_update(next(_ids), "/timeline Scale AI", chat_id=602, from_user=user(602)))
    (sent,) = await fake.wait_for("sendMessage")
    last_row = sent.params["reply_markup"]["inline_keyboard"][-1]
    assert [b["text"] for b in last_row] == ["📈 Chart"]
    assert last_row[0]["callback_data"] == "ch|/timeline Scale AI"
    message = {"message_id": 1000, "date": 0, "chat": {"id": 602, "type": "private"}, "text": "x",
               "from": {"id": 123456, "is_bot": True, "first_name": "Test Bot"}}
    fake.enqueue(callback_update(next(_ids), last_row[0]["callback_data"], message, from_user=user(602)))
    (call,) = await fake.wait_for("sendPhoto")
    assert_png_upload(call, 602)
    await fake.wait_for("answerCallbackQuery")
    assert fake.calls_to("editMessageText") == []


async def test_chart_button_of_a_long_command_and_in_indonesian(fake, start_bot, seeds):
    await start_bot(seeds)
    line = "/linimasa Scale AI"
    fake.enqueue(message_update(next(_ids), line, chat_id=-603, chat_type="group", from_user=user(603, "id")))
    (sent,) = await fake.wait_for("sendMessage")
    (button,) = sent.params["reply_markup"]["inline_keyboard"][-1]
    assert button["text"] == "📈 Grafik"
    message = {"message_id": 1000, "date": 0, "chat": {"id": -603, "type": "group", "title": "g"}, "text": "x",
               "from": {"id": 123456, "is_bot": True, "first_name": "Test Bot"}}
    fake.enqueue(callback_update(next(_ids), button["callback_data"], message, from_user=user(603, "id")))
    (call,) = await fake.wait_for("sendPhoto")
    assert_png_upload(call, -603)
    assert call.params["caption"].startswith("<b>Linimasa: Scale AI</b>\n\nGrafik ")


async def test_chart_of_an_unknown_name_is_the_usual_not_found(fake, start_bot, seeds):
    await start_bot(seeds)
    fake.enqueue(message_update(next(_ids), "/timeline nosuchname chart", chat_id=604, from_user=user(604)))
    (sent,) = await fake.wait_for("sendMessage")
    assert sent.params["text"].startswith("Nothing found for “nosuchname”.")
    assert fake.calls_to("sendPhoto") == []


async def test_forgotten_chart_button_says_expired(fake, start_bot, stub_app):
    await start_bot(stub_app)
    message = {"message_id": 1000, "date": 0, "chat": {"id": 42, "type": "private"}, "text": "x",
               "from": {"id": 123456, "is_bot": True, "first_name": "Test Bot"}}
    fake.enqueue(callback_update(next(_ids), "ch|#0123456789abcdef", message))
    (call,) = await fake.wait_for("answerCallbackQuery")
    assert call.params["text"] == "This button has expired. Please ask again."
    assert fake.calls_to("sendPhoto") == []
