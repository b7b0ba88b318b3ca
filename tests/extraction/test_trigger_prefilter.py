"""The one-scan test for "any trigger at all" (events._any_trigger()) lets through every sentence that
some trigger row, or the case-blind layoffs pattern, matches: skipping the others changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction import events
from tests.extraction.helpers import fixture_sentences
from tests.properties import examples

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WORDS = ["PHK", "phk", "laid", "off", "Layoffs", "acquired", "akuisisi", "raised", "dana", "resigned", "the", "its",
         "stake", "saham", "recall", "recalled", "berinvestasi", "menggugat", "tersebut", "after", "signed", "a", "deal",
         "Meta", "-", ",", "RUPS", "RUPSLB", "grounded", "outage", "mundur", "x-mundur", "met", "with", "2025"]


def _any_row(sentence: str) -> bool:
    return any(rx.search(sentence) for _t, rx, _n in events.triggers()) or bool(events._LAYOFF_I.search(sentence))


def test_every_sampled_fixture_sentence_a_row_matches_passes_the_prefilter() -> None:
    matched = [s for s in fixture_sentences() if _any_row(s)]
    assert len(matched) > 100
    assert all(events._any_trigger().search(s) for s in matched)


@settings(max_examples=examples(300))
@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_prefilter_is_a_superset(words: list[str]) -> None:
    sentence = " ".join(words)
    if _any_row(sentence):
        assert events._any_trigger().search(sentence)
    else:
        assert events.find_triggers(sentence, True, True, []) == []


def _rows_match_as_with_finditer(sentence: str) -> None:
    starts = events._trigger_starts(sentence)
    for rx in [rx for _t, rx, _n in events.triggers()] + [nya for nya in events._with_nya() if nya is not None]:
        assert [m.span() for m in events._row_matches(rx, sentence, starts)] == [m.span() for m in rx.finditer(sentence)]


def test_rows_tried_only_where_any_trigger_starts_match_as_everywhere() -> None:
    sentences = [s for path in sorted(FIXTURES.rglob("*.txt"))[:25]
                 for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")) if s.strip()]
    assert sum(map(_any_row, sentences)) > 100
    for s in sentences:
        _rows_match_as_with_finditer(s)


@settings(max_examples=examples(300))
@given(st.lists(st.sampled_from(WORDS + ["mengakuisisinya", "membelinya", "PHKnya"]), max_size=12))
def test_rows_match_as_everywhere_on_generated_sentences(words: list[str]) -> None:
    _rows_match_as_with_finditer(" ".join(words))
