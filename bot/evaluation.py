"""`briefing eval`: ingest articles into a scratch store and score what was extracted against a key."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bot.app import BriefingApp
from bot.config import load_settings
from bot.domain import Extraction


def run_eval(gold_path: Path, paths: list[str], manifest: Path | None = None) -> tuple[dict, str]:
    """Returns (scores by fact kind, a printable table)."""
    from bot.extraction import extract
    from bot.extraction.evaluate import format_scores, score
    from bot.ingest import content_hash, source_key
    from bot.sources import iter_sources, load_manifest
    from db import queries

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        # An answer key (timeline/who/numbers) has no articles: scoring it would report a perfect 0 of 0.
        raise ValueError(f"{gold_path} is not an extraction key (no \"articles\" list); answer keys are for eval-answers")
    entries = load_manifest(manifest) if manifest else None
    results: dict[str, Extraction] = {}
    with tempfile.TemporaryDirectory() as scratch:
        app = BriefingApp.build(load_settings(database_url=f"sqlite:///{scratch}/eval.db"))
        try:
            for result in iter_sources(paths, fetcher=None, manifest=entries):
                if result.doc is None:
                    continue
                doc = result.doc
                extraction = extract(doc.text, language=doc.language, published=doc.published, title=doc.title)
                with app.store.write() as session:
                    queries.save_article(session=session, doc=doc, extraction=extraction,
                                         source_key=source_key(doc, result.input), content_hash=content_hash(doc))
                results[Path(doc.source_file or result.input).name] = extraction
        finally:
            app.close()
    scores = score(gold, results)
    return scores, format_scores(scores)
