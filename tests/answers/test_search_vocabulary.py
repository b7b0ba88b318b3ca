"""/search's typo vocabulary after the store changes: on SQLite the words of the passages stored since are
added to the one read before (the first search after an ingest read the whole index's terms again), read
whole again when passages were deleted; whichever way, the same terms, in the same order, as a whole read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.answers import search
from bot.app import BriefingApp
from db import queries
from db.fulltext import FullText

FIRST = ("en-lumora.txt", "Lumora lays off staff\n\nLumora laid off 120 employees in Jakarta on Monday, the startup "
         "said. The layoffs follow a slower year for the delivery company.\n")
LATER = ("en-pelindra.txt", "Pelindra closes refinancing\n\nPelindra Tambang closed a refinancing of its notes in "
         "Zürich and São Paulo, with naïve investors from Ærø, Œuvre Capital and 東京 funds; the ﬁnance chief "
         "called it a ½ step.\n")
CHANGED = ("en-pelindra.txt", "Pelindra closes loan\n\nPelindra Tambang closed a bank loan on Friday.\n")


def _store(app: BriefingApp, folder: Path, article: tuple[str, str]) -> None:
    name, text = article
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    manifest = folder / "manifest.json"
    manifest.write_text(json.dumps([{"file": name, "language": "en", "published": "2025-06-02",
                                     "url": f"https://news.example/{name}"}]), encoding="utf-8")
    report = app.ingest([str(folder / name)], manifest=str(manifest))
    assert not report.failed, report.failed


@pytest.fixture
def whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the whole vocabulary reads (one item a read)."""
    reads: list[int] = []
    whole = FullText.vocabulary

    def counted(self: FullText, session, **kw):  # type: ignore[no-untyped-def]
        reads.append(1)
        return whole(self, session, **kw)

    monkeypatch.setattr(FullText, "vocabulary", counted)
    return reads


def _as_whole_read(app: BriefingApp) -> None:
    """The cached vocabulary is what reading the index's terms whole gives: the same terms, the same order."""
    cached = search._vocab_cache[str(app.store.engine.url)]
    with app.store.session() as session:
        terms = FullText(app.store.dialect).vocabulary(session)
    assert cached.terms == set(terms)
    assert cached.fuzzy == [t for t in terms if len(t) >= 4]


def test_words_stored_after_a_search_are_added_to_its_vocabulary(app: BriefingApp, tmp_path: Path,
                                                                  whole_reads: list[int]) -> None:
    _store(app, tmp_path / "a", FIRST)
    assert app.ask("/search refinancng").status == "not_found"
    _store(app, tmp_path / "b", LATER)
    found = app.ask("/search refinancng")  # a typo of a word only the later article has
    assert found.status == "ok" and "Pelindra" in found.items[0].text
    # SQLite: the later article's words were added to the vocabulary read first; PostgreSQL reads it whole
    assert len(whole_reads) == (1 if app.store.dialect == "sqlite" else 2)
    cached = search._vocab_cache[str(app.store.engine.url)]
    assert {"refinancing", "zurich", "sao", "naive"} <= cached.terms  # diacritics folded, as the index folds them
    _as_whole_read(app)


def test_an_article_stored_again_has_its_old_words_gone(app: BriefingApp, tmp_path: Path, whole_reads: list[int]) -> None:
    _store(app, tmp_path / "a", FIRST)
    _store(app, tmp_path / "b", LATER)
    assert app.ask("/search refinancng").status == "ok"
    _store(app, tmp_path / "c", CHANGED)  # the same URL: its passages are replaced
    assert app.ask("/search refinancng").status == "not_found"
    assert len(whole_reads) == 2  # passages were deleted: the vocabulary is read whole again
    assert "refinancing" not in search._vocab_cache[str(app.store.engine.url)].terms
    _as_whole_read(app)


def test_deleted_articles_take_their_words_with_them(app: BriefingApp, tmp_path: Path, whole_reads: list[int]) -> None:
    _store(app, tmp_path / "a", FIRST)
    _store(app, tmp_path / "b", LATER)
    assert app.ask("/search delivry").status == "ok"
    with app.store.write() as session:  # the older article: the newest passage is still the one read up to
        lumora = [i for i in queries.article_ids(session=session)
                  if "Lumora" in (queries.article_by_id(session=session, article_id=i).title or "")]  # type: ignore[union-attr]
        assert queries.delete_articles(session=session, article_ids=lumora) == 1
    assert app.ask("/search delivry").status == "not_found"
    assert len(whole_reads) == 2
    _as_whole_read(app)


def test_the_words_of_new_passages_are_those_the_index_holds(app: BriefingApp, tmp_path: Path) -> None:
    """From the first passage on, the words read of the passages are the index's whole vocabulary (SQLite:
    split by the store's own tokenizer); past the limit, or on PostgreSQL, the caller reads it whole."""
    _store(app, tmp_path / "a", FIRST)
    _store(app, tmp_path / "b", LATER)
    fulltext = FullText(app.store.dialect)
    with app.store.session() as session:
        newest = fulltext.newest_passage(session)
        after = fulltext.vocabulary_after(session, 0)
        if app.store.dialect != "sqlite":
            assert after is None
            return
        assert after == (set(fulltext.vocabulary(session)), newest)
        assert fulltext.vocabulary_after(session, newest) == (set(), newest)
        assert fulltext.vocabulary_after(session, 0, limit=1) is None  # more than one passage since


def test_a_first_search_reads_the_vocabulary_only_for_a_typo(app: BriefingApp, tmp_path: Path,
                                                              whole_reads: list[int]) -> None:
    """A fresh process (no vocabulary cached) looks its words up in the index alone; the answer is the one a
    search with the vocabulary in hand gives."""
    _store(app, tmp_path / "a", FIRST)
    _store(app, tmp_path / "b", LATER)
    search._vocab_cache.clear()
    first = app.ask("/search refinancing employees")
    assert first.status == "ok" and not whole_reads
    assert app.ask("/search refinancng").status == "ok" and len(whole_reads) == 1  # a typo: read whole
    again = app.ask("/search refinancing employees")  # from the cached vocabulary
    assert [(i.text, i.score) for i in again.items] == [(i.text, i.score) for i in first.items]
    _store(app, tmp_path / "c", CHANGED)  # a store change: the cache is stale, words are looked up again
    assert app.ask("/search loan").status == "ok" and len(whole_reads) == 1


def test_a_word_looked_up_alone_is_a_term_as_in_the_whole_vocabulary(app: BriefingApp, tmp_path: Path) -> None:
    _store(app, tmp_path / "a", FIRST)
    _store(app, tmp_path / "b", LATER)
    fulltext = FullText(app.store.dialect)
    with app.store.session() as session:
        terms = set(fulltext.vocabulary(session))
        assert all(fulltext.has_term(session, term) for term in terms)
        others = ["zürich", "Lumora", "refinancng", "sao paulo", "don't", "a\\b", "'", "東京", "ﬁnance", "½", "lay"]
        assert [fulltext.has_term(session, word) for word in others] == [word in terms for word in others]
        if app.store.dialect == "postgresql":  # asked dozens of times on one connection, never prepared (generic plan)
            prepared = session.execute(text("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%tsquery%'"))
            assert prepared.scalar_one() == 0
