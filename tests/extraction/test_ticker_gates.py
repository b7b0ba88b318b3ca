"""Stock-code scans behind their marks: `merging._ticker_phrases` finds what `_TICKER_PHRASE` finds, and every `_CODE_AFTER` match holds four capitals in brackets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extraction import merging

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXTS = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.rglob("*.txt"))]

TICKER_TEXTS = [
    "Saham emiten berkode saham BGZP naik.", "ticker KPNR", "Orbitra (Nasdaq: ORBT) said", "(US:ORBT)",
    "dengan kode saham  ABCD", "bersandi saham XYZ", "stock\ncode QQQ", "Nasdaq :ORBT", "no mark here at all",
    "PT Bank Sentosa Raya (Persero) Tbk (BSRY) listed", "declared Sinartex (SNTX) bankrupt; its shares fell",
]


@pytest.mark.parametrize("text", TICKER_TEXTS)
def test_ticker_gate_on_written_cases(text: str) -> None:
    assert [m.span() for m in merging._ticker_phrases(text)] == [m.span() for m in merging._TICKER_PHRASE.finditer(text)]


def test_ticker_gates_on_every_fixture() -> None:
    for text in TEXTS:
        assert [m.span() for m in merging._ticker_phrases(text)] == [m.span() for m in merging._TICKER_PHRASE.finditer(text)]
        if any(True for _m in merging._CODE_AFTER.finditer(text)):
            assert merging._FOUR_CAPITALS.search(text)
