"""``WordScan`` reads the words a text holds as the substring tests it replaces do, and ``merged`` leaves every
pattern matching where it matched: the gates and ``Starts`` that use them let the same sentences and positions
through."""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction.factoring import merged
from bot.extraction.leads import _source_of
from bot.extraction.word_scan import WordScan, trie
from tests.properties import examples

# few letters, so that words share openings, run into each other and hold one another
words = st.lists(st.text("abc", min_size=0, max_size=4), min_size=1, max_size=8)
texts = st.text("abcd", max_size=14)


@settings(max_examples=examples(1000), deadline=None)
@given(words, texts)
def test_a_scan_finds_the_words_the_text_holds(ws: list[str], low: str) -> None:
    scan = WordScan(ws)
    assert scan.found(low) == {w for w in ws if w in low}
    assert scan.any_in(low) == any(w in low for w in ws)


def test_the_trie_takes_the_longest_word_where_several_start() -> None:
    assert trie(["me", "mei", "meng", "menu"]) == "me(?:i|n(?:g|u)|)"
    assert re.match(trie(["me", "meng"]), "mengatakan").group() == "meng"  # type: ignore[union-attr]
    assert WordScan(["ab", "bcd", "c"]).found("xabcd") == {"ab", "bcd", "c"}  # overlapping, and one inside another


# pieces of alternatives: characters either case, a class, an optional part, a repeat, a look-around
PIECES = ["a", "b", "A", "ab", "[ab]", "(?:b)?", "c+", r"\s", r"(?=b)", r"(?<!a)", "(?:a|ab)", "(?-i:B)"]
alternatives = st.lists(st.lists(st.sampled_from(PIECES), min_size=0, max_size=4).map("".join), min_size=1, max_size=6)
haystacks = st.text("abcAB ", max_size=10)


@settings(max_examples=examples(1000), deadline=None)
@given(alternatives, st.booleans(), haystacks)
def test_merged_alternatives_match_where_the_pattern_matched(alts: list[str], blind: bool, text: str) -> None:
    flags = re.IGNORECASE if blind else 0
    source = "(?:" + "|".join(alts) + ")(?:x|c)?"
    parsed = sre_parse.parse(source, flags)
    rewritten = re.compile(_source_of(merged(list(parsed.data), parsed.state)), flags)
    original = re.compile(source, flags)
    for at in range(len(text) + 1):
        assert (original.match(text, at) is None) == (rewritten.match(text, at) is None), (source, rewritten.pattern, at)
        assert (original.fullmatch(text, at) is None) == (rewritten.fullmatch(text, at) is None)


def test_text_gates_find_what_finditer_finds() -> None:
    """Merging's whole-text patterns, skipped on an article without their words, find what ``finditer`` finds."""
    from pathlib import Path

    from bot.extraction import merging

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [path.read_text(encoding="utf-8") for path in sorted(fixtures.rglob("*.txt"))[::3]]
    texts += ["PT Lantera Rejeki atau Lantex", "Robertus, yang akrab disapa Robi", "\u212anown as X", "the man KNOWN AS Z"]
    gates = merging._text_gates()
    for text in texts:
        for rx in merging.text_patterns():
            assert [m.span() for m in gates.finditer(rx, text)] == [m.span() for m in rx.finditer(text)], (rx.pattern[:60], text[:80])


def test_gated_patterns_find_what_the_pattern_finds() -> None:
    from pathlib import Path

    from bot.extraction import quotes

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    sentences = [s for path in sorted(fixtures.rglob("*.txt"))[::3] for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8"))]
    sentences += ["He declined to comment.", "Dia ENGGAN BERKOMENTAR", "\u212aata dia", "she said"]
    for gated in (quotes._gated_refusal(), quotes.gated_say()):
        for s in sentences:
            assert [m.span() for m in gated.finditer(s)] == [m.span() for m in gated.rx.finditer(s)], s
            assert (gated.search(s) or re.match("", "")).span() == (gated.rx.search(s) or re.match("", "")).span()


def test_gated_name_cues_find_what_the_pattern_finds() -> None:
    from pathlib import Path

    from bot.extraction import kinds

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [s[:k] for path in sorted(fixtures.rglob("*.txt"))[::5] for s in path.read_text(encoding="utf-8").splitlines()
             for k in range(0, len(s), 37)]
    texts += ["the new app called ", "berbasis di ", "\u212aota ", "aplikasi baru bernama "]
    for rx in kinds.gated_patterns():
        gated = kinds._gated(rx)
        for text in texts:
            assert (gated.search(text) is None) == (rx.search(text) is None), text
