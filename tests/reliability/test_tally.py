"""The make-stress table: counts summed per row from lines appended by several tests and processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import tally


def test_counts_are_summed_per_row_and_waits_are_the_worst(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.jsonl"
    monkeypatch.setenv("BRIEFING_TALLY_FILE", str(path))
    tally.record("crash (sqlite)", kills=3, checks=4)
    tally.record("crash (sqlite)", kills=2, checks=1)
    tally.record("contention (sqlite)", checks=10, errors=0, max_wait_s=0.4)
    tally.record("contention (sqlite)", checks=5, max_wait_s=0.25)
    assert tally.table(tally.totals(path.read_text().splitlines())).splitlines() == [
        "                          kills      checks      errors    refusals    examples  max wait s",
        "crash (sqlite)                5           5           0           0           0           0",
        "contention (sqlite)           0          15           0           0           0        0.40",
        "total                         5          20           0           0           0            ",
    ]


def test_nothing_is_written_without_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_TALLY_FILE", raising=False)
    monkeypatch.chdir(tmp_path)
    tally.record("x", checks=1)
    assert list(tmp_path.iterdir()) == []
