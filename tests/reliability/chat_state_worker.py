"""A separate process writing one chat's state over and over: ``python -m tests.reliability.chat_state_worker URL CHAT NAME ROUNDS``.

Prints "ready" once connected and waits for a line on stdin, so that every process starts together;
then prints one JSON line: {"answers": n, "errors": ["..."]}.
"""

from __future__ import annotations

import json
import sys

from bot.app import BriefingApp
from bot.config import load_settings

COMMANDS = ("/lang id", "/brief", "/follow {name}", "/lang en", "/brief all", "/unfollow {name}", "/follow {name}")


def run_rounds(app: BriefingApp, chat: str, name: str, rounds: int) -> tuple[int, list[str]]:
    """Every chat-state command ``rounds`` times on one chat; (answers, errors) where errors are exceptions
    or answers with status "error"."""
    answers, errors = 0, []
    for _ in range(rounds):
        for command in COMMANDS:
            try:
                answer = app.ask(command.format(name=name), chat_key=chat)
            except Exception as exc:  # noqa: BLE001 - counted by the test
                errors.append(f"{command}: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
                continue
            answers += 1
            if answer.status == "error":
                errors.append(f"{command}: answered error {answer.message}")
    return answers, errors


def main() -> None:
    url, chat, name, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = BriefingApp.build(load_settings(database_url=url), migrate=False)
    app.chat_lang(chat)  # connected
    print("ready", flush=True)
    sys.stdin.readline()
    answers, errors = run_rounds(app, chat, name, rounds)
    app.close()
    print(json.dumps({"answers": answers, "errors": errors}))


if __name__ == "__main__":
    main()
