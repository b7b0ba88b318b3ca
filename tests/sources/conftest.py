"""Fixtures for the sources tests: the seed articles from ../shared/seeds (fails loudly under CI when missing)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def seed_dir() -> Path:
    if not (SEEDS / "manifest.json").exists():
        if os.environ.get("CI"):
            pytest.fail(f"seed articles missing: expected {SEEDS}")
        pytest.skip("../shared/seeds not present")
    return SEEDS


@pytest.fixture
def seed_text(seed_dir: Path) -> Callable[[str], str]:
    def read(prefix: str) -> str:
        (path,) = sorted(seed_dir.glob(f"{prefix}_*.txt"))
        return path.read_text(encoding="utf-8")

    return read


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
