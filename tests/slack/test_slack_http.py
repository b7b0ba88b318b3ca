"""The real Bolt app over HTTP with signed (and badly signed) requests; Slack faked on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time

import pytest

from bot.domain import Answer, EntityInfo, Item, RoleItem, SourceRef
from bot.render.i18n import t
from bot.render.slack_blocks import ACTION_NEXT, ACTION_PICK, ACTION_PREV, ACTION_SHARE, encode_value, render
from tests.slack.conftest import TEAM, StubApp, action_form, command_form, home_event

REF = SourceRef(article_id=1, title="Mercor naik daun", publisher="Kompas", url="https://example.com/a",
                original_url=None, file=None, passage="…", link="https://example.com/a#:~:text=Mercor")


def who_mercor(n_facts: int = 3) -> Answer:
    return Answer(
        command="who", query="Mercor",
        entity=EntityInfo(name="Mercor", kind="org"),
        roles=[RoleItem(person="Brendan Foody", title="CEO", org="Mercor", former=False, sources=[REF])],
        items=[Item(text=f"Mercor fact {i} <!channel>", sources=[REF], kind="fact") for i in range(n_facts)],
        related=["Scale AI"],
    )


def answers(text: str) -> Answer:
    if text.startswith("/who Mercor"):
        return who_mercor(20 if "long" in text else 3)
    if "boom" in text:
        raise RuntimeError("secret traceback detail")
    if text.startswith("/who Scal"):
        return Answer(command="who", query="Scal", status="ambiguous", suggestions=["Scale AI", "ScaleAI Labs"])
    return Answer(command="search", query=text, items=[Item(text="hit for " + text, sources=[REF])])


def stub(**kw) -> StubApp:  # type: ignore[no-untyped-def]
    return StubApp(answer_for=answers, **kw)


# --------------------------------------------------------------------------- slash commands


def test_slash_command_answers_in_the_ack_with_ephemeral_blocks(slack):
    app = stub()
    h = slack(app)
    resp = h.command("who Mercor")
    assert resp.status_code == 200
    body = resp.json()
    expected = render(who_mercor(), lang="en", command_text="/who Mercor")
    assert body["response_type"] == "ephemeral"
    assert body["blocks"] == expected.blocks
    assert body["text"] == expected.text
    assert app.asked == [("/who Mercor", f"slack:{TEAM}:C0001")]
    assert h.fake.posts("/hooks") == []


def test_empty_text_is_help_listing_every_registry_command(slack):
    from bot.answers.commands import commands, help_answer
    from bot.answers.context import Context

    app = StubApp(answer_for=lambda text: help_answer(Context(session=None), ""))  # type: ignore[arg-type]
    resp = slack(app).command("")
    assert app.asked[0][0] == "/help"
    text = json.dumps(resp.json()["blocks"], ensure_ascii=False)
    for command in commands(include_admin=False):
        assert f"/briefing {command.name}" in text


def test_plain_words_go_to_the_core_as_they_are_and_chat_key_is_per_team_and_channel(slack):
    app = stub()
    slack(app).command("layoffs Dallas", team="T0001", channel="C0042")
    assert app.asked == [("layoffs Dallas", "slack:T0001:C0042")]


def test_short_commands_are_optional_and_renamable(slack):
    app = stub()
    h = slack(app, slack_short_commands="/who /cari=search")
    assert h.command("Mercor", command="/who").json()["blocks"][0]["text"]["text"] == "Mercor"
    h.command("gaji", command="/cari")
    assert [a[0] for a in app.asked] == ["/who Mercor", "/search gaji"]


def test_slow_answer_is_acknowledged_at_once_and_arrives_on_response_url(slack):
    release = threading.Event()

    def slow_ask(text, **kw):  # type: ignore[no-untyped-def]
        release.wait(2.6)
        return who_mercor()

    h = slack(stub(), ask=slow_ask, ack_deadline=2.0)
    hook = h.hook
    started = time.monotonic()
    resp = h.command("who Mercor", response_url=hook)
    elapsed = time.monotonic() - started
    assert resp.status_code == 200
    assert elapsed < 3.0
    assert resp.content in (b"", b"{}") or "blocks" not in resp.text
    posts = h.fake.wait_for("/hooks", 1, timeout=5)
    assert len(posts) == 1 and posts[0].path == hook[len(h.fake.url):]
    assert posts[0].body["response_type"] == "ephemeral"
    assert posts[0].body["blocks"] == render(who_mercor(), lang="en", command_text="/who Mercor").blocks


def test_errors_become_a_short_message_never_a_traceback(slack, caplog):
    h = slack(stub())
    resp = h.command("boom")
    assert resp.status_code == 200
    assert "secret traceback detail" not in resp.text
    assert resp.json()["text"] == t("internal_error", "en")
    assert any("secret traceback detail" in (r.exc_text or "") or r.exc_info for r in caplog.records)


# --------------------------------------------------------------------------- verification


@pytest.mark.parametrize("case", ["unsigned", "tampered", "stale", "wrong_secret"])
def test_bad_signatures_get_401_and_no_handler_runs(slack, case):
    app = stub()
    h = slack(app)
    body = command_form("who Mercor")
    if case == "unsigned":
        resp = h.post(body, signed=False)
    elif case == "tampered":
        from tests.slack.conftest import sign

        headers = sign(body)
        resp = h.post(body.replace("Mercor", "Meta"), signed=False, headers=headers)
    elif case == "stale":
        resp = h.post(body, timestamp=int(time.time()) - 6 * 60)
    else:
        from tests.slack.conftest import sign

        resp = h.post(body, signed=False, headers=sign(body, secret="not-the-secret"))
    assert resp.status_code == 401
    time.sleep(0.05)
    assert app.asked == []
    assert app.claimed == set()


# --------------------------------------------------------------------------- access, retries


def test_other_teams_get_a_short_refusal_and_no_work(slack):
    app = stub()
    h = slack(app, slack_allowed_teams="T0001,T0002")
    refused = h.command("who Mercor", team="T9999")
    assert refused.status_code == 200
    assert refused.json() == {"response_type": "ephemeral", "text": t("not_allowed", "en")}
    assert app.asked == [] and app.claimed == set()
    event = h.post(home_event(team="T9999"), content_type="application/json")
    assert event.status_code == 200
    assert h.fake.wait_for("/api/views.publish", 1, timeout=0.3) == []
    assert h.command("who Mercor", team="T0002").json()["blocks"]
    assert len(app.asked) == 1


def test_retries_never_produce_a_second_answer(slack):
    app = stub()
    h = slack(app)
    body = command_form("who Mercor", trigger_id="trigger.same")
    first = h.post(body)
    assert first.json()["blocks"]
    retry = h.post(body, headers={"x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"})
    assert retry.status_code == 200 and retry.content == b""
    again = h.post(body)  # same trigger without the header (e.g. a second process): deduped by claim_update
    assert again.status_code == 200 and again.content == b""
    assert len(app.asked) == 1
    assert app.claimed == {f"slack:{TEAM}:trigger.same"}


def test_event_retries_publish_home_once(slack):
    app = stub(stats_value={"articles": 1, "entities": 2, "events": 3, "latest": []})
    h = slack(app)
    body = home_event(event_id="Ev-once")
    assert h.post(body, content_type="application/json").status_code == 200
    assert h.post(body, content_type="application/json", headers={"x-slack-retry-num": "1"}).status_code == 200
    assert h.post(body, content_type="application/json").status_code == 200
    h.fake.wait_for("/api/views.publish", 2, timeout=0.5)
    assert len(h.fake.posts("/api/views.publish")) == 1


# --------------------------------------------------------------------------- buttons


def test_pagination_buttons_replace_the_message(slack):
    app = stub()
    h = slack(app)
    first = h.command("who Mercor long").json()
    nav = [b for b in first["blocks"] if b["type"] == "actions"][-1]["elements"]
    next_button = next(e for e in nav if e["action_id"] == ACTION_NEXT)
    hook = h.hook
    resp = h.post(action_form(ACTION_NEXT, next_button["value"], response_url=hook))
    assert resp.status_code == 200
    (post,) = h.fake.wait_for("/hooks", 1)
    assert post.body["replace_original"] is True
    page2 = render(who_mercor(20), lang="en", page=1, command_text="/who Mercor long")
    assert post.body["blocks"] == page2.blocks
    assert any(e["action_id"] == ACTION_PREV for b in page2.blocks if b["type"] == "actions" for e in b["elements"])
    assert app.asked[-1][0] == "/who Mercor long"


def test_share_in_channel_posts_the_same_answer_for_everyone(slack):
    h = slack(stub())
    hook = h.hook
    value = encode_value({"c": "/who Mercor", "p": 0})
    h.post(action_form(ACTION_SHARE, value, response_url=hook))
    (post,) = h.fake.wait_for("/hooks", 1)
    assert post.body["response_type"] == "in_channel"
    assert post.body.get("replace_original") in (False, None)
    shared = render(who_mercor(), lang="en", command_text="/who Mercor", shareable=False)
    assert post.body["blocks"] == shared.blocks
    assert "Brendan Foody" in json.dumps(post.body["blocks"])
    assert ACTION_SHARE not in json.dumps(post.body["blocks"])


def test_share_without_response_url_uses_chat_post_message(slack):
    h = slack(stub())
    h.post(action_form(ACTION_SHARE, encode_value({"c": "/who Mercor", "p": 0}), channel="C0777"))
    (call,) = h.fake.wait_for("/api/chat.postMessage", 1)
    assert call.body["channel"] == "C0777"
    assert json.loads(call.body["blocks"]) if isinstance(call.body["blocks"], str) else call.body["blocks"]


def test_did_you_mean_buttons_run_the_chosen_name(slack):
    app = stub()
    h = slack(app)
    blocks = h.command("who Scal").json()["blocks"]
    picks = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert [p["text"]["text"] for p in picks] == ["Scale AI", "ScaleAI Labs"]
    assert picks[0]["action_id"] == f"{ACTION_PICK}_0"
    h.post(action_form(picks[0]["action_id"], picks[0]["value"], response_url=h.hook))
    (post,) = h.fake.wait_for("/hooks", 1)
    assert app.asked[-1][0] == "/who Scale AI"
    assert post.body["replace_original"] is True


# --------------------------------------------------------------------------- App Home


def test_app_home_shows_counts_latest_articles_and_usage(slack):
    stats = {"articles": 5, "entities": 120, "events": 42,
             "latest": [{"id": 1, "title": "PHK <!here> di Scale AI", "publisher": "Kompas",
                         "url": "https://example.com/x", "published": "2025-10"}]}
    h = slack(stub(stats_value=stats))
    assert h.post(home_event(user="U0042"), content_type="application/json").status_code == 200
    (call,) = h.fake.wait_for("/api/views.publish", 1)
    assert call.body["user_id"] == "U0042"
    view = call.body["view"] if isinstance(call.body["view"], dict) else json.loads(call.body["view"])
    assert view["type"] == "home"
    text = json.dumps(view, ensure_ascii=False)
    assert "*5* articles" in text and "*120*" in text and "*42* events" in text
    assert "<https://example.com/x|PHK &lt;!\u2060here&gt; di Scale AI>" in text
    assert "/briefing who NAME" in text
    assert "<!here>" not in text


def test_app_home_when_the_store_is_down_still_publishes(slack):
    h = slack(stub(stats_value=None))
    h.post(home_event(), content_type="application/json")
    (call,) = h.fake.wait_for("/api/views.publish", 1)
    view = call.body["view"] if isinstance(call.body["view"], dict) else json.loads(call.body["view"])
    assert t("slack_home_unavailable", "en") in json.dumps(view)


# --------------------------------------------------------------------------- modes and settings


def test_socket_mode_needs_no_signing_secret_and_http_mode_does(fake_slack):
    from slack_sdk import WebClient

    from bot.adapters.slack import build_bolt_app
    from bot.config import load_settings
    from tests.slack.conftest import TOKEN

    web = WebClient(token=TOKEN, base_url=f"{fake_slack.url}/api/")
    socket = load_settings(slack_bot_token=TOKEN, slack_app_token="xapp-test", slack_signing_secret=None)
    socket.slack_signing_secret = None
    assert build_bolt_app(stub(), socket, client=web) is not None
    http = load_settings(slack_bot_token=TOKEN)
    http.slack_signing_secret = None
    http.slack_app_token = None
    with pytest.raises(ValueError, match="SLACK_SIGNING_SECRET"):
        build_bolt_app(stub(), http, client=web)


def test_slack_api_url_points_the_web_client_at_the_fake(slack, fake_slack):
    # no client injected: build_bolt_app makes one from SLACK_API_URL (auth.test goes to the fake)
    from bot.adapters.slack import build_bolt_app
    from bot.config import load_settings
    from tests.slack.conftest import SECRET, TOKEN

    fake_slack.reset()
    settings = load_settings(slack_bot_token=TOKEN, slack_signing_secret=SECRET, slack_api_url=f"{fake_slack.url}/api/")
    bolt = build_bolt_app(stub(), settings)
    assert bolt.client.base_url == f"{fake_slack.url}/api/"
    assert [c.path for c in fake_slack.posts("/api/")] == ["/api/auth.test"]
