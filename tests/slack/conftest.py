"""Slack test harness: a fake Slack (Web API + response_url) on 127.0.0.1, signed requests as Slack
sends them, and the real Bolt app served over HTTP through Starlette's TestClient."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest
from slack_sdk import WebClient
from slack_sdk.signature import SignatureVerifier
from starlette.testclient import TestClient

from bot.adapters.slack import build_bolt_app, slack_asgi
from bot.config import load_settings
from bot.domain import Answer

SECRET = "test-signing-secret-0123456789"
TOKEN = "xoxb-test-token"
TEAM = "T0001"


# --------------------------------------------------------------------------- fake Slack


@dataclass
class Call:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]


class FakeSlack:
    """Records every Web API call and response_url post; answers like Slack would."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.lock = threading.Condition()
        # method -> canned replies for its next calls: {"error": "not_in_channel"} or {"status": 429, "retry_after": 1}
        self.failures: dict[str, list[dict[str, Any]]] = {}
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                data = self.rfile.read(int(self.headers.get("content-length") or 0))
                body = fake.parse_body(self.path, self.headers.get("content-type") or "", data)
                with fake.lock:
                    fake.calls.append(Call(self.path, body, dict(self.headers)))
                    fake.lock.notify_all()
                status, extra_headers = 200, {}
                if self.path.startswith("/api/"):
                    method = self.path[5:].split("?")[0]
                    reply: dict[str, Any] = {"ok": True}
                    with fake.lock:
                        failure = fake.failures.get(method, []).pop(0) if fake.failures.get(method) else None
                    if failure and failure.get("status") == 429:
                        status, reply = 429, {"ok": False, "error": "ratelimited"}
                        extra_headers = {"Retry-After": str(failure.get("retry_after", 1))}
                    elif failure:
                        reply = {"ok": False, "error": failure["error"]}
                    if method == "auth.test":
                        reply.update(user_id="UBOT", bot_id="BBOT", team_id=TEAM, user="briefing", team="Test",
                                     url="https://test.slack.com/")
                    if method == "chat.postMessage" and reply["ok"]:
                        reply.update(channel=body.get("channel"), ts="1700000000.000100")
                    if reply["ok"]:
                        reply.update(fake.file_reply(method, body))
                    data = json.dumps(reply).encode()
                    ctype = "application/json; charset=utf-8"
                else:
                    data, ctype = b"ok", "text/plain"
                self.send_response(status)
                for name, value in extra_headers.items():
                    self.send_header(name, value)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @staticmethod
    def parse_body(path: str, content_type: str, data: bytes) -> dict[str, Any]:
        """A Web API call's parameters (JSON or form, in the body or the query); an upload's raw bytes."""
        if path.startswith("/upload/"):
            return {"data": data}
        raw = data.decode()
        body = json.loads(raw or "{}") if "json" in content_type else {k: v[0] for k, v in parse_qs(raw).items()}
        query = path.partition("?")[2]
        return {**{k: v[0] for k, v in parse_qs(query).items()}, **body}

    def file_reply(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        """What files_upload_v2's steps get back: an upload URL here, then the completed files."""
        if method == "files.getUploadURLExternal":
            file_id = f"F{len(self.calls):05d}"
            return {"upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = body.get("files")
            listed = json.loads(files) if isinstance(files, str) else files or []
            return {"files": [{"id": f.get("id"), "title": f.get("title")} for f in listed]}
        return {}

    def reset(self) -> None:
        with self.lock:
            self.calls.clear()
            self.failures.clear()

    def posts(self, prefix: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.path.startswith(prefix)]

    def wait_for(self, prefix: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        with self.lock:
            while len([c for c in self.calls if c.path.startswith(prefix)]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.lock.wait(left)
            return [c for c in self.calls if c.path.startswith(prefix)]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlack]:
    server = FakeSlack()
    yield server
    server.close()


# --------------------------------------------------------------------------- a stand-in app


@dataclass
class StubApp:
    """Just what the adapter uses of BriefingApp; answers come from ``answer_for``."""

    answer_for: Callable[[str], Answer]
    stats_value: dict[str, Any] | None = None
    asked: list[tuple[str, str | None]] = field(default_factory=list)
    claimed: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ask(self, text: str, *, lang: str | None = None, chat_key: str | None = None, limit: int = 50,
            is_admin: bool = False) -> Answer:
        with self.lock:
            self.asked.append((text, chat_key))
        return self.answer_for(text)

    def claim_update(self, key: str) -> bool:
        with self.lock:
            if key in self.claimed:
                return False
            self.claimed.add(key)
            return True

    def chat_lang(self, chat_key: str | None, **_: Any) -> str | None:
        return None

    def stats(self) -> dict[str, Any]:
        if self.stats_value is None:
            raise RuntimeError("no store")
        return self.stats_value


# --------------------------------------------------------------------------- signed requests


def sign(body: str, timestamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "x-slack-request-timestamp": ts,
        "x-slack-signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body),
    }


_counter = iter(range(1, 10**9))


def command_form(text: str, *, command: str = "/briefing", team: str = TEAM, channel: str = "C0001",
                 response_url: str = "", trigger_id: str | None = None) -> str:
    """A slash command body exactly as Slack posts it (form-encoded)."""
    return urlencode({
        "token": "legacy-verification-token",
        "team_id": team,
        "team_domain": "test",
        "channel_id": channel,
        "channel_name": "general",
        "user_id": "U0001",
        "user_name": "ana",
        "command": command,
        "text": text,
        "api_app_id": "A0001",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id or f"trigger.{next(_counter)}",
    })


def action_form(action_id: str, value: str, *, team: str = TEAM, channel: str = "C0001", response_url: str = "",
                ephemeral: bool = True) -> str:
    """A block_actions payload as Slack posts it (form field ``payload`` holding JSON)."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": "U0001", "username": "ana", "team_id": team},
        "api_app_id": "A0001",
        "token": "legacy-verification-token",
        "container": {"type": "message", "message_ts": "1700000000.000001", "channel_id": channel,
                      "is_ephemeral": ephemeral},
        "trigger_id": f"trigger.{next(_counter)}",
        "team": {"id": team, "domain": "test"},
        "channel": {"id": channel, "name": "general"},
        "actions": [{"action_id": action_id, "block_id": "b1", "value": value, "type": "button",
                     "action_ts": "1700000000.1"}],
    }
    if response_url:
        payload["response_url"] = response_url
    return urlencode({"payload": json.dumps(payload)})


def home_event(*, team: str = TEAM, user: str = "U0001", event_id: str | None = None) -> str:
    return json.dumps({
        "token": "legacy-verification-token",
        "team_id": team,
        "api_app_id": "A0001",
        "event": {"type": "app_home_opened", "user": user, "channel": "D0001", "tab": "home",
                  "event_ts": "1700000000.1"},
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_counter)}",
        "event_time": 1700000000,
    })


@dataclass
class SlackHarness:
    client: TestClient
    fake: FakeSlack
    app: Any

    @property
    def hook(self) -> str:
        return f"{self.fake.url}/hooks/{next(_counter)}"

    def post(self, body: str, *, content_type: str = "application/x-www-form-urlencoded",
             headers: dict[str, str] | None = None, signed: bool = True, timestamp: int | None = None) -> Any:
        sent = {"content-type": content_type}
        if signed:
            sent.update(sign(body, timestamp))
        sent.update(headers or {})
        return self.client.post("/slack/events", content=body.encode(), headers=sent)

    def command(self, text: str, **kw: Any) -> Any:
        headers = kw.pop("headers", None)
        return self.post(command_form(text, **kw), headers=headers)


@pytest.fixture
def slack(fake_slack: FakeSlack) -> Iterator[Callable[..., SlackHarness]]:
    """Factory: ``slack(app, ask=..., ack_deadline=..., **settings)`` -> a harness on the real Bolt app."""
    clients: list[TestClient] = []

    def make(app: Any, *, ask: Any = None, ack_deadline: float = 2.0, **settings: Any) -> SlackHarness:
        fake_slack.reset()
        conf = load_settings(slack_bot_token=TOKEN, slack_signing_secret=SECRET,
                             slack_api_url=f"{fake_slack.url}/api/", **settings)
        web = WebClient(token=TOKEN, base_url=f"{fake_slack.url}/api/")
        bolt = build_bolt_app(app, conf, client=web, ask=ask, ack_deadline=ack_deadline)
        client = TestClient(slack_asgi(bolt))
        clients.append(client)
        fake_slack.reset()  # forget auth.test from start-up
        return SlackHarness(client=client, fake=fake_slack, app=app)

    yield make
    for client in clients:
        client.close()


# --------------------------------------------------------------------------- the real answers, read-only


class SeededView:
    """The session's seeded app, with request de-duplication kept in memory (the store stays read-only)."""

    def __init__(self, app: Any) -> None:
        self.app, self.settings, self.claimed = app, app.settings, set()

    def ask(self, *args: Any, **kwargs: Any) -> Any:
        return self.app.ask(*args, **kwargs)

    def stats(self) -> dict[str, Any]:
        return self.app.stats()

    def chat_lang(self, chat_key: str | None, **kwargs: Any) -> str | None:
        return self.app.chat_lang(chat_key, **kwargs)

    def claim_update(self, key: str) -> bool:
        if key in self.claimed:
            return False
        self.claimed.add(key)
        return True


@pytest.fixture
def seeded(slack, seeded_app):  # type: ignore[no-untyped-def]
    return slack(SeededView(seeded_app), ack_deadline=10.0)  # exactness here, timing elsewhere
