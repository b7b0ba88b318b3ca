"""/briefing timeline NAME chart and the "Chart" button: the real Bolt app and slack_sdk's files_upload_v2
against the fake Slack (files.getUploadURLExternal, the upload itself, files.completeUploadExternal)."""

from __future__ import annotations

import io
import json
from typing import Any

from PIL import Image

from bot.render.chart import chart_summary
from bot.render.i18n import t
from bot.render.slack_blocks import ACTION_CHART, esc
from tests.slack.conftest import action_form


def uploads(h: Any) -> tuple[dict[str, Any], bytes, dict[str, Any]]:
    """The three calls of one files_upload_v2, in order: (getUploadURLExternal, uploaded bytes, complete)."""
    (complete,) = h.fake.wait_for("/api/files.completeUploadExternal")
    paths = [c.path.split("?")[0] for c in h.fake.calls if not c.path.startswith("/hooks")]
    assert paths[-3:-1] == ["/api/files.getUploadURLExternal", f"/upload/{complete_file_id(complete.body)}"]
    (get_url,) = h.fake.posts("/api/files.getUploadURLExternal")
    (upload,) = h.fake.posts("/upload/")
    return get_url.body, upload.body["data"], complete.body


def complete_file_id(body: dict[str, Any]) -> str:
    files = body["files"] if isinstance(body["files"], list) else json.loads(body["files"])
    return files[0]["id"]


def assert_png(data: bytes) -> None:
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.format == "PNG" and 600 <= image.width <= 2000 and 300 <= image.height <= 1500


def test_timeline_chart_is_uploaded_to_the_channel(seeded):
    resp = seeded.command("timeline Scale AI chart", channel="C0777")
    chart = seeded.app.ask("/timeline Scale AI chart").chart
    blocks = resp.json()["blocks"]
    assert blocks[0]["text"]["text"] == "Timeline: Scale AI"
    assert blocks[1]["text"]["text"] == esc(chart_summary(chart, "en"))
    assert "briefing_share" not in json.dumps(blocks)  # the picture goes to the channel anyway
    get_url, data, complete = uploads(seeded)
    assert get_url["filename"] == "timeline-scale-ai.png" and int(get_url["length"]) == len(data)
    assert_png(data)
    assert complete["channel_id"] == "C0777"
    assert complete["initial_comment"] == esc(chart_summary(chart, "en"))
    files = complete["files"] if isinstance(complete["files"], list) else json.loads(complete["files"])
    assert files[0]["title"] == "Timeline: Scale AI"


def test_chart_button_under_a_timeline_uploads_its_chart(seeded):
    blocks = seeded.command("timeline Scale AI").json()["blocks"]
    (button,) = [e for b in blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == ACTION_CHART]
    assert button["text"]["text"] == "📈 Chart"
    assert json.loads(button["value"]) == {"c": "/timeline Scale AI", "p": 0}
    seeded.fake.reset()
    assert seeded.post(action_form(ACTION_CHART, button["value"], channel="C0888")).status_code == 200
    _get_url, data, complete = uploads(seeded)
    assert_png(data)
    assert complete["channel_id"] == "C0888"


def test_a_channel_without_the_bot_gets_told_how_to_fix_it(seeded):
    seeded.fake.failures["files.getUploadURLExternal"] = [{"error": "not_in_channel"}]
    hook = seeded.hook
    seeded.command("timeline Scale AI chart", response_url=hook)
    (said,) = seeded.fake.wait_for("/hooks/")
    assert said.body["text"] == esc(t("chart_not_posted", "en"))
    assert said.body["response_type"] == "ephemeral"
    assert seeded.fake.posts("/api/files.completeUploadExternal") == []


def test_chart_of_an_unknown_name_is_the_usual_not_found(seeded):
    blocks = seeded.command("timeline nosuchname chart").json()["blocks"]
    assert blocks[0]["text"]["text"].startswith("Nothing found for “nosuchname”.")
    assert seeded.fake.posts("/api/files.") == [] and seeded.fake.posts("/upload/") == []
