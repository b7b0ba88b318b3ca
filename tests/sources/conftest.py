"""Fixtures for the sources tests: the seed articles from ../shared/seeds (fails loudly under CI when missing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, require_seeds


@pytest.fixture
def seed_dir() -> Path:
    return require_seeds()


@pytest.fixture
def seed_text(seed_dir: Path) -> Callable[[str], str]:
    def read(prefix: str) -> str:
        (path,) = sorted(seed_dir.glob(f"{prefix}_*.txt"))
        return path.read_text(encoding="utf-8")

    return read


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
