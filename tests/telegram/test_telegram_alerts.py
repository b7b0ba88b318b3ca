"""/follow alerts: new facts about a followed name are delivered to the chat once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fakebotapi import message_update, user

FIRST = "Kopi Senja Group Raises Funds\n\nJAKARTA – Kopi Senja Group, a coffee chain, raised $5 million in January 2026, its CEO Rudi Hartono said.\n"
SECOND = ("Kopi Senja Group Lays Off Staff\n\nJAKARTA – Kopi Senja Group laid off 120 employees in March 2026, "
          "its CEO Rudi Hartono said on Monday.\n")


async def test_new_facts_about_a_followed_name_are_sent_once(fake: Any, start_bot: Any, app: Any, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(FIRST, encoding="utf-8")
    assert app.ingest([str(tmp_path / "one.txt")]).new
    runner = await start_bot(app, alert_interval=0)
    fake.enqueue(message_update(1, "/follow Kopi Senja Group", chat_id=42, from_user=user(42)))
    (reply,) = await fake.wait_for("sendMessage")
    assert "Kopi Senja" in reply.params["text"]

    (tmp_path / "two.txt").write_text(SECOND, encoding="utf-8")
    assert app.ingest([str(tmp_path / "two.txt")]).new
    handlers = runner.application.bot_data["briefing"]
    assert await handlers.deliver_alerts(runner.application) == 1
    calls = await fake.wait_for("sendMessage", 2)
    alert = calls[1].params
    assert alert["chat_id"] in (42, "42")
    assert "New about Kopi Senja" in alert["text"] and "laid off 120 employees" in alert["text"]
    assert await handlers.deliver_alerts(runner.application) == 0
