"""The deadline transport is built from httpx's and httpcore's public APIs, and speaks httpx's errors."""

from __future__ import annotations

import ast
import socket
import time
from pathlib import Path

import httpx
import pytest

from bot.sources.deadline import deadline
from bot.sources.netpolicy import deadline_transport
from tests.conftest import REPO


def _private_reaches(path: Path) -> list[str]:
    """``obj._name`` where obj is not self or cls, and imports from a package's private modules."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                found.append(f"{path.relative_to(REPO)}:{node.lineno} {ast.unparse(node)}")
        if isinstance(node, ast.ImportFrom) and node.module and any(p.startswith("_") for p in node.module.split(".")[1:]):
            found.append(f"{path.relative_to(REPO)}:{node.lineno} from {node.module}")
    return found


def test_the_network_and_store_code_uses_no_private_part_of_a_library() -> None:
    """httpx's transport has no public hook for a network backend; replacing its private pool broke silently
    whenever httpx renamed it. bot/sources and db/ reach into no other object's private attributes."""
    files = sorted((REPO / "bot" / "sources").rglob("*.py")) + sorted((REPO / "db").rglob("*.py"))
    assert [reach for path in files for reach in _private_reaches(path)] == []


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_errors_are_httpx_errors() -> None:
    with httpx.Client(transport=deadline_transport()) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(f"http://127.0.0.1:{_closed_port()}/")
        with deadline(time.monotonic() - 1), pytest.raises(httpx.ConnectTimeout, match="deadline passed"):
            client.get(f"http://127.0.0.1:{_closed_port()}/")
