"""``leads.LeadScan`` gives exactly ``finditer``'s matches while trying a pattern only where it can start:
on every role pattern, over the fixture sentences and over generated ones."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction import roles
from bot.extraction.leads import LeadScan, WordGate, WordGates, case_blind_throughout, lead_finder
from tests.properties import examples

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WORDS = ["CEO", "ceo", "Co-CEO", "its", "their", "the", "company's", "founder", ",", "dan", "and", "of", "at", "PT",
         "Lantera", "Nusa", "Budi", "Santoso", "Rina", "Direktur", "Utama", "direktur", "utama", "-nya", "CEO-nya",
         "mantan", "former", "Menteri", "Keuangan", "(Menkeu)", "Kepala", "Badan", "Ketua", "KPK", "Wakil", "head",
         "Head", "of", "Sales", "interim", "x", "president", "director", "Kementerian", "ESDM", "hakim", "Hakim"]


def _spans(matches) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.groupdict()) for m in matches]


def _same_as_finditer(sentence: str) -> None:
    titles = [m.start() for m in lead_finder(roles.TITLE).finditer(sentence)]
    for (kind, rx), (_k, scan) in zip(roles._patterns(), roles._scans(), strict=True):
        assert _spans(scan.finditer(sentence, titles)) == _spans(rx.finditer(sentence)), kind


def test_title_led_patterns_are_scanned_from_titles() -> None:
    led = {kind for kind, scan in roles._scans() if scan.led}
    assert {"t_run", "t_of_run", "t_comma_name", "t_back_name", "t_org_comma_name", "t_and_t_name"} <= led


def test_fixture_sentences_match_as_with_finditer() -> None:
    sentences = [s for path in sorted(FIXTURES.rglob("*.txt"))[:50]
                 for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")) if roles.TITLE_RX.search(s)]
    assert len(sentences) > 200
    for s in sentences:
        _same_as_finditer(s)


@settings(max_examples=examples(300))
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "", ", "]))
def test_generated_sentences_match_as_with_finditer(words: list[str], sep: str) -> None:
    _same_as_finditer(sep.join(words))


def test_what_cannot_be_told_is_plain_finditer() -> None:
    assert not LeadScan(re.compile(r"(?:x)?.+"), "x").led  # opens with any character
    assert not LeadScan(re.compile(r"a?"), "a").led  # may match nothing
    assert not LeadScan(re.compile(r"ab+c"), "ab").led  # a quantifier after the lead's text
    assert not LeadScan(re.compile(r"xa|by"), "a|b").led  # the lead's text is no unit there
    assert not LeadScan(re.compile(r"\ab"), "ab").led  # nor there
    assert not LeadScan(re.compile(r"(?i:ab)c"), "ab").led  # the lead under other flags
    assert LeadScan(re.compile(r"x(?:[|)]ab)"), r"[|)]ab").led is False  # opens with x
    assert LeadScan(re.compile(r"(?:[|)]ab)c"), r"[|)]ab").led  # a class holds "|" and ")" as characters
    scan = LeadScan(re.compile(r"(?:q[a-c]|ab)d"), "ab")
    assert scan.led and scan.others is not None and scan.others.pattern == "q"
    text = "abd qbd xabd qzd"
    assert _spans(scan.finditer(text, [m.start() for m in lead_finder("ab").finditer(text)])) == \
        _spans(re.finditer(r"(?:q[a-c]|ab)d", text))


def test_one_title_scan_is_the_case_blind_test_it_replaces() -> None:
    """``_titles_if_any`` skips exactly the sentences the two searches skipped."""
    assert roles._LOOSE_IS_TITLE  # TITLE reads case-blind throughout: the single scan is in use
    sentences = [s for path in sorted(FIXTURES.rglob("*.txt"))[:80]
                 for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")) if s.strip()]
    sentences += ["AHEAD of the CEO", "ahead", "Kopitara founded it", "no title here"]
    for s in sentences:
        skipped = not roles._title_loose().search(s) and not roles._PREFILTER.search(s)
        assert (roles._titles_if_any(s) is None) == skipped, s


def test_case_blind_throughout() -> None:
    assert case_blind_throughout(r"(?i:ab)(?-i:[A-Z])?\b(?i:c)+")
    assert not case_blind_throughout(r"ab")
    assert not case_blind_throughout(r"(?i:a)|b")
    assert not case_blind_throughout(r"(?i:a)(?=b)")  # a lookahead reads characters too


@cache
def _gated() -> list[tuple[re.Pattern[str], WordGate]]:
    from bot.extraction import anchors, dates, events

    patterns = [roles.TITLE_RX, roles._title_loose(), events._any_trigger(), *(rx for _k, rx in roles._patterns()),
                *(rx for _k, rx in dates._PATTERNS), *(rx for _k, rx in anchors.PATTERNS)]
    return [(rx, WordGate(rx.pattern, rx.flags)) for rx in patterns]


def _gate_holds(text: str) -> None:
    gates = [gate for _rx, gate in _gated()]
    assert WordGates(gates).may_match(text) == [gate.may_match(text) for gate in gates]
    for rx, gate in _gated():
        if not gate.may_match(text):
            assert not rx.search(text), (rx.pattern[:60], text)


def test_title_gate_words() -> None:
    words = roles._TITLE_GATE.words
    assert words is not None and {"ceo", "ketua", "direktur", "chief"} <= words
    assert not roles._TITLE_GATE.may_match("Harga saham naik tiga persen pada Senin.")
    assert roles._TITLE_GATE.may_match("\u212aETUA umum")  # the Kelvin sign reads as "k" case-blind
    assert WordGate(r"[Mm]en(?:dag|keu)").words == {"mendag", "menkeu"}
    assert WordGate(r"(?:x)?chief\s+(?:executive|financial)").words == {"executive", "financial"}
    assert WordGate(r"\w+").words is None


def test_gates_hold_on_fixture_sentences() -> None:
    sentences = [s for path in sorted(FIXTURES.rglob("*.txt"))[:20]
                 for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")) if s.strip()]
    for s in sentences:
        _gate_holds(s)


@settings(max_examples=examples(100))
@given(st.lists(st.sampled_from(WORDS + ["\u212aetua", "ſpokesperſon", "dırektur", "İnterim", "Mendag", "hired"]),
                max_size=10))
def test_gates_hold_on_generated_sentences(words: list[str]) -> None:
    _gate_holds(" ".join(words))


def _titles_as_scanned_everywhere(sentence: str) -> list[tuple[int, int]]:
    """``find_titles`` as it was written before its matches were tried from the title starts only."""
    spans = [m.span("title") for m in roles._unit_list_posts(sentence)]
    if not roles._TITLE_GATE.may_match(sentence):
        return spans
    for m in roles.TITLE_RX.finditer(sentence):
        if roles._OWNED_OFFICE.match(sentence, m.end()):
            continue
        end = roles._before_initialled_name(sentence, m.start(), m.end())
        short = roles._SHORT_TITLE_AFTER.match(sentence, m.end()) if end == m.end() else None
        spans.append((m.start(), short.end() if short else end))
    return spans


def test_titles_found_from_title_starts_as_everywhere() -> None:
    sentences = [s for path in sorted(FIXTURES.rglob("*.txt"))[:120]
                 for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")) if s.strip()]
    assert sum(bool(roles.find_titles(s)) for s in sentences) > 200
    for s in sentences + [s.upper() for s in sentences[:200]]:
        assert roles.find_titles(s) == _titles_as_scanned_everywhere(s), s


@settings(max_examples=examples(200))
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "", ", "]))
def test_generated_titles_found_as_everywhere(words: list[str], sep: str) -> None:
    s = sep.join(words)
    assert roles.find_titles(s) == _titles_as_scanned_everywhere(s)
