"""Score the extractor on our held-out articles (tests/fixtures/heldout, key in tests/gold/heldout.json).

The articles were written, and their key filled in, before the extractor was run on them; they go
through the sources layer (``parse_plain_text``) as a pasted article would.  The table is printed per
language; the asserted floors sit a little below what the rules reach, and the issue's targets are
asserted on top of them.
"""

from __future__ import annotations

import json
import time

from bot.extraction import extract
from bot.extraction.evaluate import format_scores, score
from bot.sources.plaintext import parse_plain_text

from .helpers import GOLD, REPO

HELDOUT = REPO / "tests" / "fixtures" / "heldout"


def _run(key: str = "heldout.json"):
    gold = json.loads((GOLD / key).read_text(encoding="utf-8"))
    manifest = {e["file"]: e for e in json.loads((HELDOUT / "manifest.json").read_text(encoding="utf-8"))}
    results = {}
    t0 = time.perf_counter()
    for art in gold["articles"]:
        meta = manifest[art["file"]]
        doc = parse_plain_text((HELDOUT / art["file"]).read_text(encoding="utf-8"))
        results[art["file"]] = extract(doc.text, language=meta["language"], published=meta["published"])
    ms = (time.perf_counter() - t0) * 1000 / len(results)
    return gold, manifest, results, ms


def test_heldout_scores(show):
    gold, manifest, results, ms = _run()
    s = score(gold, results)
    for lang in ("id", "en"):
        sub = {f: x for f, x in results.items() if manifest[f]["language"] == lang}
        show(f"\n[extraction] held-out {lang} ({len(sub)})\n" + format_scores(score(gold, sub)))
    show(f"\n[extraction] held-out all ({len(results)}), {ms:.1f} ms/article\n" + format_scores(s))
    # issue 3 targets
    assert s["roles"]["precision"] >= 0.95 and s["roles"]["recall"] >= 0.95
    assert s["entities"]["precision"] >= 0.95
    assert s["events"]["recall"] >= 0.90
    assert s["money"]["precision"] == 1.0 and s["money"]["recall"] == 1.0
    assert s["quotes"]["recall"] >= 0.80
    # floors a little below what the rules reach today
    assert s["entities"]["precision"] >= 0.97 and s["entities"]["recall"] >= 0.95
    assert s["events"]["precision"] >= 0.95 and s["events"]["recall"] >= 0.95
    assert s["quotes"]["precision"] >= 0.90 and s["quotes"]["recall"] >= 0.95


def test_heldout_second_batch(show):
    """Written after the rules were tuned on the first batch; its first run is in the commit history."""
    gold, _manifest, results, ms = _run("heldout2.json")
    s = score(gold, results)
    show(f"\n[extraction] held-out batch 2 ({len(results)}), {ms:.1f} ms/article\n" + format_scores(s))
    assert s["roles"]["precision"] >= 0.95 and s["roles"]["recall"] >= 0.95
    assert s["entities"]["precision"] >= 0.95
    assert s["events"]["recall"] >= 0.90
    assert s["money"]["precision"] == 1.0 and s["money"]["recall"] == 1.0
    assert s["quotes"]["recall"] >= 0.80


def test_heldout_known_traps():
    _gold, _manifest, results, _ms = _run()
    h3 = results["id-h3-lintas-ai-nusa.txt"]
    names = {e.name for e in h3.entities} | {a for e in h3.entities for a in e.aliases}
    assert "Model AI" not in names and "Model" not in names  # a common word opening a quote
    assert {e.name: e.kind for e in h3.entities}.get("Nusa-2") == "product"
    founding = [e for e in h3.events if e.type == "founding"]
    assert founding and founding[0].actors[0] == "Lintas AI"  # subject before "didirikan"
    en3 = results["en-h3-quillpath-tutor.txt"]
    launch = [e for e in en3.events if e.type == "launch"]
    assert launch and launch[0].actors[0] == "Quillpath"  # not "Sequoia Capital" from the apposition
    en1 = results["en-h1-corvane-tillpoint.txt"]
    lay = [e for e in en1.events if e.type == "layoffs"]
    assert lay and lay[0].date is not None and lay[0].date.iso() == "2026-03"  # "by the end of June" is a deadline
    results2 = _run("heldout2.json")[2]
    p4 = results2["id-h4-panenraya-pendanaan.txt"]
    # "baru dua bulan bergabung" and "pelanggan yang meninggalkan platform" are not hiring/departure facts
    assert len([e for e in p4.events if e.type == "hiring"]) == 1
    assert not [e for e in p4.events if e.type == "departure" and e.date is not None]
