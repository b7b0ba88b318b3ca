"""One registry drives /help, the chat menus, the CLI docs and the README."""

from __future__ import annotations

import re
import threading
import time

from bot.answers.commands import commands, get_command, parse_command
from bot.render.i18n import STRINGS
from tests.conftest import REPO


def test_every_command_is_documented_in_the_readme_and_help(app) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    help_answer = app.ask("/help", is_admin=True)
    listed = {item.help.name for item in help_answer.items}
    for command in commands():
        assert f"/{command.name}" in readme, f"/{command.name} missing from README"
        assert command.name in listed
        assert command.summary_en and command.summary_id and command.summary_en != command.summary_id
        assert command.example.startswith("/" + command.name) or get_command(command.example.split()[0]) is command


def test_parse_command_handles_bot_names_and_src_shortcuts() -> None:
    assert parse_command("/who@OurBot  Mercor") == ("who", "Mercor")
    assert parse_command("/WHO mercor") == ("who", "mercor")
    assert parse_command("/src_12") == ("src", "12")
    assert parse_command("Mercor") == (None, "Mercor")
    assert parse_command("/who\u202e x\u0000") == ("who", "x")


def test_ui_strings_exist_in_both_languages() -> None:
    for key, texts in STRINGS.items():
        assert texts.get("en") and texts.get("id"), key
        assert set(re.findall(r"{(\w+)}", texts["en"])) == set(re.findall(r"{(\w+)}", texts["id"])), key


def test_admin_commands_are_refused_to_others(app) -> None:
    answer = app.ask("/ingest https://example.com/feed.xml", is_admin=False)
    assert answer.status == "invalid" and answer.message == "admin_only"


def test_the_registry_says_which_writing_commands_only_read_without_argument() -> None:
    reading = {c.name for c in commands() if c.writes and not c.writes_with("")}
    assert reading == {"follow", "digest"}
    assert all(c.writes_with("Mercor") == c.writes for c in commands())
    assert not any(c.writes_with("") for c in commands() if not c.writes)


def test_a_command_that_only_reads_is_answered_while_a_writer_holds_the_lock(sqlite_app) -> None:
    """/follow and /digest without argument do not queue for SQLite's write lock; /follow NAME does."""
    holding, release = threading.Event(), threading.Event()

    def writer() -> None:
        with sqlite_app.store.write():
            holding.set()
            release.wait(20)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert holding.wait(5)
        started = time.monotonic()
        assert sqlite_app.ask("/follow", chat_key="t:1").status == "ok"
        assert sqlite_app.ask("/digest", chat_key="t:1").status == "ok"
        assert time.monotonic() - started < 5
    finally:
        release.set()
        thread.join()


def test_every_message_key_is_a_ui_string() -> None:
    """An answer's message is a MessageKey; each one has its text in both languages."""
    from bot.domain import MessageKey

    assert [key for key in MessageKey if key.value not in STRINGS] == []
