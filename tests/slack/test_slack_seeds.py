"""The real app on the five seed articles, asked through the real Bolt app over signed HTTP.

The exact blocks are pinned in tests/slack/expected/*.json.  After an intended change (extraction,
answers or rendering), regenerate them with ``SLACK_UPDATE_PINS=1`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from bot.domain import Answer, Figure, Item, SourceRef
from bot.render.i18n import t
from bot.render.slack_blocks import render
from tests.slack.conftest import TEAM, command_form, home_event

EXPECTED = Path(__file__).parent / "expected"


def pinned(name: str, blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reviewed blocks for ``name``; SLACK_UPDATE_PINS=1 rewrites them (review the diff), a missing pin fails."""
    path = EXPECTED / f"{name}.json"
    if os.environ.get("SLACK_UPDATE_PINS"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(blocks, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.exists(), f"no pinned blocks at {path}: run with SLACK_UPDATE_PINS=1 and review them"
    return json.loads(path.read_text(encoding="utf-8"))


def texts(blocks: list[dict[str, Any]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_who_mercor_exact_blocks(seeded):
    body = seeded.command("who Mercor").json()
    blocks = body["blocks"]
    assert body["response_type"] == "ephemeral"
    assert blocks == pinned("who_mercor", blocks)
    assert blocks[0] == {"type": "header", "text": {"type": "plain_text", "text": "Mercor", "emoji": True}}
    roles = next(b for b in blocks if b["type"] == "section" and b["text"]["text"].startswith("*Roles*"))
    assert "Brendan Foody" in roles["text"]["text"] and "CEO" in roles["text"]["text"]
    assert any(b["type"] == "context" for b in blocks)
    share = blocks[-1]["elements"][-1]
    assert share["action_id"] == "briefing_share" and json.loads(share["value"]) == {"c": "/who Mercor", "p": 0}
    assert body["text"].startswith("Mercor")


def test_timeline_exact_blocks(seeded):
    blocks = seeded.command("timeline").json()["blocks"]
    assert blocks == pinned("timeline", blocks)
    assert blocks[0]["text"]["text"] == "Timeline"
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section" and not b.get("fields")]
    dates = [s.split("\n", 1)[0] for s in sections]
    assert dates[0].startswith("*2016*")
    assert "*2025-06* · _“Juni lalu”_" in dates  # as resolved and as written
    contexts = [e["text"] for b in blocks if b["type"] == "context" for e in b["elements"]]
    assert any(c.startswith("5 sources · ") for c in contexts)


def test_timeline_scale_ai_rounded_figures_agree(seeded):
    """"$14 miliar" beside "$14,3 miliar" is rounding: no "figures differ" on the seeds."""
    blocks = seeded.command("timeline Scale AI").json()["blocks"]
    assert blocks[0]["text"]["text"] == "Timeline: Scale AI"
    assert not [b for b in blocks if b.get("fields")], texts(blocks)


def test_differing_figures_side_by_side_each_with_its_source():
    def ref(article_id: int, outlet: str) -> SourceRef:
        return SourceRef(article_id, outlet, outlet, f"https://{outlet}.example/a", None, None, "p", f"https://{outlet}.example/a")

    item = Item(text="Calder bought Rutekita.", date="2026-04-27", date_basis="stated", kind="acquisition",
                sources=[ref(1, "one"), ref(2, "two")],
                variants=[Figure(310e6, "USD", "$310 million", sources=[ref(1, "one")]),
                          Figure(420e6, "USD", "$420 million", sources=[ref(2, "two")])])
    blocks = render(Answer(command="timeline", query="", items=[item], total=1), lang="en").blocks
    figures = [b for b in blocks if b.get("fields")]
    values = [f["text"].split("\n", 1)[0] for f in figures[0]["fields"]]
    assert values == ["*$310 million*", "*$420 million*"]
    assert all("\n" in f["text"] for f in figures[0]["fields"])  # each figure with its source


def test_unknown_name_lists_nearest_names(seeded):
    blocks = seeded.command("who Mercr").json()["blocks"]
    text = texts(blocks)
    assert "Mercor" in text


def test_app_home_on_the_seeds(seeded):
    seeded.post(home_event(), content_type="application/json")
    (call,) = seeded.fake.wait_for("/api/views.publish", 1)
    view = call.body["view"] if isinstance(call.body["view"], dict) else json.loads(call.body["view"])
    text = texts(view["blocks"])
    assert "*5* articles" in text
    assert "Google Putus Hubungan dengan Scale AI Setelah Akuisisi Meta" in text
    assert "/briefing timeline [NAME]" in text
    assert t("slack_home_no_follows", "en") in text  # the Home chat's follows, through /follow


# --------------------------------------------------------------------------- the real store, written to


def test_lang_is_per_channel_and_never_leaks_across_workspaces(slack, app):
    h = slack(app)
    assert h.command("lang id", team=TEAM, channel="C1").json()["blocks"][0]["text"]["text"] == t("lang_set", "id")
    assert h.command("help", team=TEAM, channel="C1").json()["blocks"][0]["text"]["text"] == t("help_title", "id")
    assert h.command("help", team=TEAM, channel="C2").json()["blocks"][0]["text"]["text"] == t("help_title", "en")
    assert h.command("help", team="T0OTHER", channel="C1").json()["blocks"][0]["text"]["text"] == t("help_title", "en")


def test_retries_deduped_by_the_store(slack, app):
    h = slack(app)
    body = command_form("help", trigger_id="trigger.store")
    assert h.post(body).json()["blocks"]
    assert h.post(body).content == b""
    assert h.post(body, headers={"x-slack-retry-num": "2"}).content == b""


def test_plain_words_are_who_for_a_known_name_else_a_search(seeded):
    """The same rule as a Telegram private chat (bot.answers.commands.plain_text_answer)."""
    who = seeded.command("mercor").json()["blocks"]
    assert who[0] == {"type": "header", "text": {"type": "plain_text", "text": "Mercor", "emoji": True}}
    assert who[:-1] == pinned("who_mercor", who)[:-1]  # exactly what /briefing who Mercor shows ...
    share = who[-1]["elements"][-1]
    assert json.loads(share["value"]) == {"c": "mercor", "p": 0}  # ... and sharing re-asks the same words
    search = seeded.command("PHK besar-besaran").json()["blocks"]
    assert search[0]["text"]["text"] == "Search: PHK besar-besaran"
