"""``tokenize``'s fast paths give the tokens the general path (``_add_marked``, splitting every word) gives: a plain
word with marks, if any, only around it (``_plain_reading``, kept per token text), and a word that keeps its stop
("Inc.")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction import candidates
from tests.properties import examples

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PIECES = ["Budi", "budi", "PT", "eFishery", "CEO's", "Kopitara-nya", "Jakarta-Bandung", "S-123/NB.2/2025", "Inc.", "J.",
          "(Rina)", "“Kata", "‘Kata’", "Budi,", "(Budi).", "Inc.,", "A.", "—", "-", " ", "  ", ",", ".", "(", "US:KRLM", "Rp", "15,8", "T", "and", "Bank", "of"]


def _general(m: pytest.MonkeyPatch) -> None:
    """Every token read by ``_add_marked``, every word split: the readings kept per token text are not asked."""
    m.setattr(candidates, "_plain_reading", lambda raw: None)
    m.setattr(candidates, "_plain", lambda word: False)


def _slow(sent: str, monkeypatch: pytest.MonkeyPatch) -> list[candidates.Tok]:
    with monkeypatch.context() as m:
        _general(m)
        return candidates.tokenize(sent)


def test_fixture_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    for path in sorted(FIXTURES.rglob("*.txt"))[::4]:
        for sent in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")):
            assert candidates.tokenize(sent) == _slow(sent, monkeypatch), sent


@settings(max_examples=examples(300))
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_generated_sentences(sent: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        _general(m)
        slow = candidates.tokenize(sent)
    assert candidates.tokenize(sent) == slow, sent
