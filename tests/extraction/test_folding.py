"""``folding.folded_source``: on an ASCII text lower-cased, the folded opening finder holds wherever the finder holds
on the text, so ``Starts`` finds the same positions through it."""

from __future__ import annotations

import re

from bot.extraction import events, leads, roles
from bot.extraction.folding import folded_source

TEXTS = [
    "Mantan Direktur Utama PT Maju Jaya, Budi Santoso, dan CEO Kopitara mengundurkan diri pada Senin (3/2).",
    "The company's co-CEO and ex-CFO said its chief executive officer resigned; its Ceo was then named.",
    "Subdirektur keuangan itu ditangkap polisi di Jakarta; wakil ketua DPR mengumumkan hal itu.",
    "Ia diangkat sebagai Plt. Kepala Dinas pada 12 Januari 2025, menggantikan pejabat lama.",
]


def test_the_folded_finder_holds_wherever_the_finder_does() -> None:
    for lead, flags in ((roles.TITLE, re.UNICODE), (events._any_trigger().pattern, events._any_trigger().flags)):
        entry = leads._starts_entry(lead, flags)
        assert entry is not None and entry[4] is not None
        finder = re.compile(entry[4], entry[0])
        folded = folded_source(entry[4], entry[0])
        assert folded is not None
        for text in TEXTS:
            held = {m.start() for m in finder.finditer(text)}
            assert held <= {m.start() for m in re.finditer(folded, text.lower())}


def test_starts_finds_the_same_positions_through_it() -> None:
    starts = leads.Starts(roles.TITLE)
    whole = leads.lead_finder(roles.TITLE)
    for text in TEXTS:
        assert starts.of(text) == [m.start() for m in whole.finditer(text)]
