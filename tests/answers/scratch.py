"""A scratch store of a few articles of our own, for rules the answers must follow whatever the news."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bot.app import BriefingApp
from bot.config import load_settings
from bot.domain import Answer
from tests.conftest import migrated_sqlite


def ask_after_ingest(articles: list[tuple[str, str, str, str]], command: str) -> Answer:
    """Ingest ``(file, language, published, text)`` articles into a scratch store, then ask ``command``."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        for name, _lang, _pub, text in articles:
            (folder / name).write_text(text, encoding="utf-8")
        manifest = folder / "manifest.json"
        manifest.write_text(json.dumps([{"file": n, "language": lang, "published": pub, "url": f"https://news.example/{n}"}
                                        for n, lang, pub, _t in articles]), encoding="utf-8")
        app = BriefingApp.build(load_settings(database_url=migrated_sqlite(Path(scratch) / "t.db")))
        try:
            app.ingest([str(folder)], manifest=str(manifest))
            return app.ask(command, limit=100)
        finally:
            app.close()
