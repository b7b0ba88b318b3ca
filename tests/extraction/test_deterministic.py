"""Extraction reads an article the same way in every process: nothing it decides may rest on the order
Python happens to iterate a set in (that order changes with PYTHONHASHSEED from one run to the next)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FOLDERS = ["tests/fixtures/blind/e", "tests/fixtures/blind/g", "tests/fixtures/tuning4"]
_SCRIPT = """
import json, sys
from pathlib import Path
from bot.extraction import extract
from bot.sources.plaintext import parse_plain_text
out = {}
for folder in sys.argv[1:]:
    for e in json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8")):
        doc = parse_plain_text((Path(folder) / e["file"]).read_text(encoding="utf-8"))
        got = extract(doc.text, language=e["language"], published=e["published"], title=doc.title)
        out[e["file"]] = [sorted((a.text, a.entity, tuple(a.about or ())) for a in got.amounts),
                          sorted((v.type, tuple(v.actors), v.text) for v in got.events),
                          [(x.name, x.kind, sorted(x.aliases)) for x in got.entities],
                          sorted((r.person, r.title, r.org) for r in got.roles)]
print(json.dumps(out))
"""


def _extracted(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *FOLDERS], cwd=REPO, env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def test_extraction_does_not_depend_on_the_order_of_sets():
    first, second = _extracted("1"), _extracted("2")
    assert len(first) >= 30
    differing = [f for f in first if first[f] != second[f]]
    assert not differing
