"""The case-blind date and time anchor patterns are tried only where their opening finder (``leads.opening_finder``)
holds: a position it turns away is one where the pattern cannot match, so each finds what ``finditer`` finds. The
opening finders are scanned in a form that opens with a class of characters (``leads._scanned``), which holds
where the finder holds. And the gates
read from one shared scan (``leads.SENTENCE_WORDS``) let through what their own scans let through."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction import anchors, dates, leads, roles
from bot.extraction.word_scan import SharedScan, WordScan
from tests.extraction.helpers import fixture_sentences
from tests.properties import examples

ODD = ["\u212aemarin", "ſeminggu lalu", "İni tahun lalu", "KEMARIN", "Pada 3 Maret", "(Senin, 12/3)", "a  few days ago",
       "tiga hari \u212aemudian", "ſetelah itu", "two weeks later", "keeſokan harinya"]


def _sentences() -> list[str]:
    return list(fixture_sentences())


def _opened() -> list[tuple[str, leads.OpenedScan]]:
    return [(dates._PATTERNS[i][0], scan) for i, scan in dates._opened().items()] + \
        [(kind, scan) for kind, _rx, scan in anchors._scans() if scan is not None]


def test_every_case_blind_date_and_anchor_pattern_but_the_month_led_has_a_finder() -> None:
    assert len(dates._opened()) == len(dates.opened_patterns()) > 15
    assert len(_opened()) == len(dates.opened_patterns()) + len(anchors.opened_patterns()) > 25
    assert all(scan.finder is not None for _kind, scan in _opened())


def test_date_and_anchor_patterns_find_what_finditer_finds() -> None:
    sentences = _sentences()
    sentences += [s.upper() for s in sentences[::7]] + ODD
    for kind, scan in _opened():
        for s in sentences:
            assert [m.span() for m in scan.finditer(s)] == [m.span() for m in scan.rx.finditer(s)], (kind, s)


def test_shared_gates_let_through_what_their_own_scans_do() -> None:
    gate_sets = [dates._gates(), anchors._gates(), roles._scan_gates()]
    title = roles._TITLE_GATE._scan
    assert title is not None
    for s in _sentences()[::3] + ODD:
        if leads._ASCII_FOLDS.search(s):
            continue  # every gate lets it through, as before
        for gates in gate_sets:
            own = gates._scan.found(s.lower())
            held = [not words.isdisjoint(own) for words in gates._sets]
            assert gates.may_match(s) == [True if i is None else held[i] for i in gates._set_of], s
        assert roles._TITLE_GATE.may_match(s) == title.any_in(s.lower()), s


words = st.lists(st.lists(st.text("abc", min_size=1, max_size=4), min_size=1, max_size=5), min_size=1, max_size=4)


@settings(max_examples=examples(500), deadline=None)
@given(words, st.lists(st.text("abcdA", max_size=14), min_size=1, max_size=4))
def test_a_shared_scan_reads_each_set_as_its_own_scan(sets: list[list[str]], texts: list[str]) -> None:
    shared = SharedScan(keep=2)
    for ws in sets:
        shared.add(ws)
    for text in texts + texts:  # the second time from what was kept
        for ws in sets:
            assert set(ws) & shared.found(text) == WordScan(ws).found(text.lower())


def test_scanned_openings_hold_where_the_finders_hold() -> None:
    """``Starts``' opening finders are scanned in the form that opens with a class (``leads._scanned``): the same
    positions as the finder itself, written before a title in the role patterns (``leads.opening_of``)."""
    from bot.extraction import events

    sentences = _sentences()[::2] + ODD + ["\n\nKetua\nKPK", "CEO\u212a \u0130", "a\u0131b \u017fe", ""]
    sentences += [s.upper() for s in sentences[::9]]
    for starts, lead in ((roles._title_finder(), roles.TITLE), (events._trigger_finder(), events._any_trigger().pattern),
                         (dates._month_finder(), dates.MONTH_LEAD)):
        assert starts._openings is not None
        finder = re.compile(leads.opening_of(lead, starts._flags), starts._flags)
        for s in sentences:
            assert [m.start() for m in starts._openings.finditer(s)] == [m.start() for m in finder.finditer(s)], s


def test_clause_patterns_read_through_opened_find_what_the_pattern_finds() -> None:
    """``leads.Opened`` (the clause patterns of the event stage, numbers, owners): ``finditer`` and ``search`` (from a
    position, to an end) through the folded finder find what the pattern's own do, on ASCII text and on other."""
    from bot.extraction import pipeline  # noqa: F401  (imports every stage: each ``Opened`` made)

    sentences = _sentences()[::2] + ODD
    sentences += [s.upper() for s in sentences[::9]]
    assert len(leads.Opened.made) >= 15
    for rx in leads.Opened.made:
        scan = leads.OpenedScan(rx, folded=True)
        assert scan.finder is not None and scan._folded is not None, rx.pattern
        for s in sentences:
            assert [m.span() for m in scan.finditer(s)] == [m.span() for m in rx.finditer(s)], (rx.pattern, s)
            for pos, endpos in ((0, len(s)), (len(s) // 3, len(s)), (0, len(s) // 2), (len(s) // 4, 3 * len(s) // 4)):
                found, expected = scan.search(s, pos, endpos), rx.search(s, pos, endpos)
                assert (found and found.span()) == (expected and expected.span()), (rx.pattern, s, pos, endpos)
