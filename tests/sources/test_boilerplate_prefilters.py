"""The cheap tests in front of ``boilerplate``'s line patterns (a call to action's verb, a caption's colon or
slash) decide as the patterns alone do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.sources import boilerplate as B
from tests.properties import examples

PIECES = ["Yuk ", "GABUNG", "gabung", "sign up", "Sign Up", "ſubscribe", "\u212alik", "klik", "WhatsApp", "Foto", "foto",
          ":", "：", "/", " ", "Reuters", "photo", "x", "Warta.com+", "update berita", "join", "-", "."]
lines = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


def _caption_as_written(line: str) -> bool:
    """``is_caption`` as it read before its prefilters."""
    s = line.strip()
    if B._MD_IMAGE.match(s) or s.endswith("|"):
        return True
    if len(s) > 400:
        return False
    m = B._CAPTION_MARK.search(s)
    if m and (m.start() < 3 or len(s) - m.end() < 80):
        return True
    return bool(B._CAPTION_SLASH.search(s)) and len(s) < 200


@settings(max_examples=examples(500))
@given(lines)
def test_prefilters_decide_as_the_patterns(line: str) -> None:
    assert B._calls_to_act(line) == (B._CTA_VERB.search(line) is not None), line
    assert B.is_caption(line) == _caption_as_written(line), line


def test_fixture_lines() -> None:
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    for path in sorted(fixtures.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert B._calls_to_act(line) == (B._CTA_VERB.search(line) is not None), line
            assert B.is_caption(line) == _caption_as_written(line), line
