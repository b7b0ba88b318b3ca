"""Where a SQLite store's bytes go, as ``briefing bench`` prints it."""

from __future__ import annotations

from bot.app import BriefingApp


def test_sqlite_space_accounts_for_every_page_of_the_file(sqlite_seeded_app: BriefingApp) -> None:
    """What ``briefing bench`` prints as the largest tables and indexes: every page of the file, by object."""
    store = sqlite_seeded_app.store
    size = store.sqlite_file_bytes()
    space = store.sqlite_space()
    names = [name for name, _ in space]
    assert {"passages", "events", "quotes", "passages_fts_data", "sqlite_autoindex_passages_1"} <= set(names)
    assert sum(b for _, b in space) == size  # dbstat counts every page but the free ones, and there are none here
    assert [b for _, b in space] == sorted((b for _, b in space), reverse=True)
