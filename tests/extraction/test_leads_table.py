"""``leads_table`` (the word gates' words and the two ``Starts``' pruned leads, written out so that a fresh process
does not build them from the parse of the big patterns before its first extraction) is what ``leads_build``
writes from the stages' patterns now, and a fresh process extracting an article builds none of them from the
parse. After a rule's pattern is edited: ``python -m bot.extraction.leads_build``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.extraction import leads_build

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "tuning7" / "id-t7-01-zentra.txt"


def test_the_table_is_current() -> None:
    assert leads_build.TABLE.read_text(encoding="utf-8") == leads_build.table_text(), \
        "the extraction's patterns changed: run `python -m bot.extraction.leads_build`"


def test_a_fresh_process_reads_every_gate_and_start_from_the_table() -> None:
    code = ("import sys\n"
            "from bot.extraction import anchors, dates, events, extract, leads, merging, roles\n"
            "extract(open(sys.argv[1], encoding='utf-8').read())\n"
            "for built in (roles._scan_gates, roles._title_finder, events._trigger_finder, events._row_keys,\n"
            "              dates._gates, dates._month_finder, dates._opened, anchors._scans, anchors._gates, merging._text_gates):\n"
            "    built()\n"
            "print(len(leads.misses))\n")
    done = subprocess.run([sys.executable, "-c", code, str(ARTICLE)], capture_output=True, text=True, timeout=120,
                          check=True)
    assert done.stdout.strip() == "0"
