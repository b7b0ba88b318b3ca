"""slack/manifest.yml: installable as pasted, and every registry command reachable through /briefing."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.adapters.slack import SlackAdapter
from bot.answers.commands import commands, parse_command
from bot.config import load_settings

MANIFEST = Path(__file__).resolve().parents[2] / "slack" / "manifest.yml"


def load() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def test_manifest_has_the_command_scopes_events_and_home_tab():
    manifest = load()
    features, settings = manifest["features"], manifest["settings"]
    assert manifest["display_information"]["name"]
    assert features["bot_user"]["display_name"]
    assert features["app_home"]["home_tab_enabled"] is True
    (command,) = features["slash_commands"]
    assert command["command"] == load_settings().slack_command == "/briefing"
    assert command["usage_hint"] and command["description"]
    scopes = manifest["oauth_config"]["scopes"]["bot"]
    assert {"commands", "chat:write", "files:write"} <= set(scopes)  # files: the timeline chart
    assert settings["event_subscriptions"]["bot_events"] == ["app_home_opened"]
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is False


def test_every_request_url_points_at_slack_events():
    manifest = load()
    urls = [c["url"] for c in manifest["features"]["slash_commands"]]
    urls += [manifest["settings"]["event_subscriptions"]["request_url"], manifest["settings"]["interactivity"]["request_url"]]
    assert urls and all(u == "https://YOUR-HOST/slack/events" for u in urls)


def test_every_registry_command_is_reachable_through_briefing():
    adapter = SlackAdapter(app=None, settings=load_settings(), ask=lambda *a, **k: None)  # type: ignore[arg-type]
    slash = load()["features"]["slash_commands"][0]["command"]
    for command in commands():
        line = adapter.command_line(slash, command.example.lstrip("/"))
        assert parse_command(line)[0] == command.name, (command.name, line)
        assert adapter.command_line(slash, command.name) == f"/{command.name}"
