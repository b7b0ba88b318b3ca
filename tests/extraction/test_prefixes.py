"""``prefixes.opening_runs``: its look-ahead holds at every position where the pattern matches (a superset of
the starts, never fewer), and it narrows where it can."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction import events, roles
from bot.extraction.prefixes import KEY_DEPTH, _check
from tests.extraction.helpers import fixture_sentences
from tests.extraction.test_starts import SMALL, WORDS
from tests.properties import examples

MORE = [(r"co-?founder|coach", re.I), (r"[^x]yz|q", 0), (r"a{2,3}b", re.I), (r"(?:ab)*c", 0), (r"a\d{1,2}b", 0),
        (r"(?i:a)(?-i:B)c|(?-i:b)", 0), (r"\bca(?=b)|cb", 0), (r"(?:a|ab)+?", 0), (r"a(?:b|.)c", 0), (r"[\w-]ab", re.I)]


def _holds(source: str, flags: int, text: str) -> None:
    runs = _check(source, flags)
    if runs is None:
        return
    opening = re.compile(f"(?={runs})")
    for m in re.compile(f"(?=(?:{source}))", flags).finditer(text):
        assert opening.match(text, m.start()), (source, runs, text, m.start())


@settings(max_examples=examples(300))
@given(st.text(alphabet="abcABKqxyz-_19 \u212a\u0131", max_size=12))
def test_runs_hold_wherever_the_pattern_matches(text: str) -> None:
    for source, flags in SMALL + MORE:
        _holds(source, flags, text)


def test_runs_narrow_the_first_character() -> None:
    runs = re.compile(f"(?={_check(r'co-?founder|coach', re.I)})")
    assert runs.match("Co-founder") and runs.match("COACH") and runs.match("cofounder")
    assert not runs.match("cow") and not runs.match("cx")
    assert not runs.match("cofo") and not runs.match("coaxed")  # six characters read: the fifth and sixth narrow too
    assert _check(r"a|b", 0) is None  # no run of two characters to read
    assert _check(r".b", 0) is None  # opens with any character
    assert _check(r"ab|", 0) is None  # may match nothing


def test_the_big_leads_are_read() -> None:
    assert _check(roles.TITLE, re.UNICODE) is not None
    assert _check(events._any_trigger().pattern, events._any_trigger().flags) is not None


def _opens_with_a_key(rx: re.Pattern[str], keys: frozenset[str] | None, text: str) -> None:
    for m in rx.finditer(text):
        head = text[m.start():m.start() + KEY_DEPTH]
        assert keys is None or not head.isascii() or any(head[:n].lower() in keys for n in range(1, KEY_DEPTH + 1)), \
            (rx.pattern[:80], text, m.start())


def test_every_trigger_row_match_opens_with_one_of_its_keys() -> None:
    sentences = fixture_sentences()[::2]
    rows = list(zip(events.triggers(), events._with_nya(), events._row_keys(), strict=True))
    for text in sentences:
        if events._trigger_starts(text):
            for (_t, rx, _need), nya, keys in rows:
                _opens_with_a_key(rx, keys, text)
                _opens_with_a_key(nya or rx, keys, text)


@settings(max_examples=examples(200))
@given(st.lists(st.sampled_from(WORDS), max_size=10))
def test_generated_trigger_row_matches_open_with_their_keys(words: list[str]) -> None:
    text = " ".join(words)
    for (_t, rx, _need), nya, keys in zip(events.triggers(), events._with_nya(), events._row_keys(), strict=True):
        _opens_with_a_key(rx, keys, text)
        _opens_with_a_key(nya or rx, keys, text)


def test_keys_read_escaped_marks_not_classes() -> None:
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from bot.extraction.prefixes import opening_keys
    assert opening_keys(sre_parse.parse(r"in\s+a|co-op", re.I)) == {"in", "co-op"}
    assert opening_keys(sre_parse.parse(r"in\s+a|co-op", re.I), depth=3) == {"in", "co-"}
    assert opening_keys(sre_parse.parse(r"\d+x|ab", 0)) is None
    assert events._opened("the \u212aetua", (4,)) is None  # not ASCII: no row is skipped
    assert events._rows_opened("the \u212aetua", (4,)) == list(range(len(events.triggers())))


def test_the_rows_tried_are_those_whose_keys_open_at_a_start() -> None:
    """``_rows_opened`` (the keys looked up) picks the rows whose keys meet the texts at the trigger starts, and the
    rows with no keys known, in order."""
    sentences = fixture_sentences()[1::3]
    tried = 0
    for text in sentences:
        starts = events._trigger_starts(text)
        opened = events._opened(text, starts) if starts else None
        if opened is None:
            continue
        expected = [row for row, keys in enumerate(events._row_keys()) if keys is None or not keys.isdisjoint(opened)]
        assert events._rows_opened(text, starts) == expected, text
        tried += len(expected)
    assert tried > 1000
