"""The check before an ingest sees each local article under the key the store will give it."""

from __future__ import annotations

from pathlib import Path

from bot.domain import SourceDoc
from bot.ingest import source_key
from bot.sources import iter_sources, load_manifest, local_articles
from tests.conftest import SAMPLES
from tests.core.test_cli_validation import CANONICAL


def _checked_and_stored(inputs: list[str], manifest: Path | None) -> tuple[dict[str, str], dict[str, str]]:
    entries = load_manifest(manifest) if manifest else None
    checked = {a.label: source_key(SourceDoc(text="", url=a.url, source_file=a.name), a.label)
               for a in local_articles(inputs, manifest=entries)}
    stored = {r.input: source_key(r.doc, r.input) for r in iter_sources(inputs, fetcher=None, manifest=entries)
              if r.doc is not None and "#" not in (r.doc.source_file or "")}  # feed entries are checked as read
    return checked, stored


def test_the_keys_checked_are_the_keys_stored(tmp_path: Path) -> None:
    for n in ("a", "b"):
        (tmp_path / f"{n}.html").write_text(CANONICAL.format(n=n).replace("/story", f"/story-{n}"), encoding="utf-8")
    (tmp_path / "plain.txt").write_text((SAMPLES / "en-01-lumora-layoffs.txt").read_text(encoding="utf-8"))
    for inputs, manifest in [([str(SAMPLES)], SAMPLES / "manifest.json"), ([str(SAMPLES)], None),
                             ([str(tmp_path)], None), ([str(tmp_path / "a.html"), str(tmp_path / "plain.txt")], None)]:
        checked, stored = _checked_and_stored(inputs, manifest)
        assert checked == stored and len(stored) >= 2, inputs
    assert any(key.startswith("https://") for key in checked.values())  # a page's canonical URL, read before
