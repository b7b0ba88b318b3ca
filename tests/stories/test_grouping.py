"""Stories form at ingest: the articles of one story share it, in either language and however far apart
they were published; unrelated articles (even with a name, a week or a figure in common) do not; re-ingest,
reindex and deletion keep every article in exactly one story."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import BriefingApp
from db import models as m
from db import queries
from tests.conftest import make_app
from tests.stories.helpers import (
    COPY,
    FIXTURES,
    SAMPLE_STORIES,
    SAMPLES,
    SEEDS,
    TUNING,
    consistent,
    ingest_folder,
    partition,
    sets,
)


@pytest.mark.parametrize("folder", sorted(TUNING))
def test_each_tuning_folder_forms_its_stories(folder: str, tmp_path: Path) -> None:
    app = make_app(tmp_path / "s.db")
    try:
        ingest_folder(app, FIXTURES / folder)
        assert partition(app) == sets(TUNING[folder])
        consistent(app)
    finally:
        app.close()


@pytest.fixture(scope="module")
def everything(tmp_path_factory: pytest.TempPathFactory, seeds_dir_module: Path):  # type: ignore[no-untyped-def]
    """One store with the three tuning folders, the seeds, our English copy of seed 002 and the samples:
    names recur across folders (a lawyer, a judge, an underwriter, a ministry), figures too."""
    app = make_app(tmp_path_factory.mktemp("everything") / "s.db")
    for folder in ("tuning", "tuning2", "tuning3"):
        ingest_folder(app, FIXTURES / folder)
    ingest_folder(app, seeds_dir_module)
    ingest_folder(app, COPY, ["en-google-scale-copy.txt"])
    ingest_folder(app, SAMPLES)
    yield app
    app.close()


@pytest.fixture(scope="module")
def seeds_dir_module() -> Path:
    from tests.conftest import require_seeds

    return require_seeds()


def expected_everything() -> set[frozenset[str]]:
    seeds = [SEEDS[0] | {"en-google-scale-copy.txt"}]
    return sets([g for groups in TUNING.values() for g in groups] + seeds + SAMPLE_STORIES)


def test_one_store_of_every_fixture_forms_exactly_the_stories_they_tell(everything: BriefingApp) -> None:
    assert partition(everything) == expected_everything()
    consistent(everything)


def test_an_english_copy_joins_the_indonesian_story_and_the_headline_is_the_earliest_title(everything: BriefingApp) -> None:
    with everything.store.session() as session:
        story = session.execute(select(m.Story).join(m.StoryArticle, m.StoryArticle.story_id == m.Story.id)
                                .join(m.Article, m.Article.id == m.StoryArticle.article_id)
                                .where(m.Article.source_file == "en-google-scale-copy.txt")).scalar_one()
        # published "2025-06" (002, 003, 004) is the earliest period; 002 is the first of them with a title
        assert story.headline == "Google Putus Hubungan dengan Scale AI Setelah Akuisisi Meta"
        assert (story.first_day.isoformat(), story.last_day.isoformat()) == ("2025-06-01", "2025-10-31")


def test_stories_do_not_depend_on_the_order_articles_arrive_in(tmp_path: Path) -> None:
    app = make_app(tmp_path / "s.db")
    try:
        names = sorted(p.name for p in (FIXTURES / "tuning3").glob("*.txt"))
        ingest_folder(app, FIXTURES / "tuning3", list(reversed(names)))
        assert partition(app) == sets(TUNING["tuning3"])
    finally:
        app.close()


def test_reindex_reingest_and_delete_keep_every_article_in_one_story(tmp_path: Path) -> None:
    app = make_app(tmp_path / "s.db")
    try:
        ingest_folder(app, FIXTURES / "tuning")
        report = app.reindex()
        assert not report.failed and partition(app) == sets(TUNING["tuning"])
        consistent(app)

        # a changed article is grouped again on what it now says: it leaves its story
        changed = tmp_path / "en-t05-halcyra-opens.txt"
        changed.write_text("Harbour city opens a library\n\nThe city of Ambon opened a public library on Thursday, "
                           "the mayor Yohanes Pattimura said.\n", encoding="utf-8")
        report = app.ingest([str(changed)], manifest=str(FIXTURES / "tuning" / "manifest.json"))
        assert report.updated == [str(changed)]
        halcyra = {"en-t04-halcyra-contract.txt", "id-t05-halcyra-listrik-padam.txt"}
        assert partition(app) == sets([*TUNING["tuning"][:2], halcyra, {"en-t05-halcyra-opens.txt"}])
        consistent(app)

        # deleting articles drops the stories they leave empty and re-titles the ones they leave
        with app.store.write() as session:
            by_name = {name: i for name, i in session.execute(select(m.Article.source_file, m.Article.id))}
            queries.delete_articles(session=session, article_ids=[by_name["en-t05-halcyra-opens.txt"],
                                                                  by_name["id-t01-pintarloka-seri-b.txt"]])
        pintarloka = TUNING["tuning"][0] - {"id-t01-pintarloka-seri-b.txt"}
        assert partition(app) == sets([pintarloka, TUNING["tuning"][1], halcyra])
        consistent(app)
        with app.store.session() as session:
            headlines = set(session.execute(select(m.Story.headline)).scalars())
        assert "Pintarloka PHK 180 Karyawan, Bayaran Tutor Ikut Dipangkas" in headlines  # now the earliest
    finally:
        app.close()


def blind_stories(names: list[str]) -> set[frozenset[str]]:
    """The blind sets number their articles by story: 01-02, 03-04 and 05-06 of a set tell one story each
    (tests/gold/blind-*.json, "about"), in both languages."""
    stories: dict[tuple[str, int], set[str]] = {}
    for name in names:
        stories.setdefault((name[3], (int(name[4:6]) + 1) // 2), set()).add(name)
    return sets(list(stories.values()))


def pair_scores(got: set[frozenset[str]], truth: set[frozenset[str]]) -> tuple[float, float]:
    """(precision, recall) of the pairs of articles put in one story."""
    found = {frozenset(p) for g in got for p in combinations(sorted(g), 2)}
    true = {frozenset(p) for g in truth for p in combinations(sorted(g), 2)}
    return len(found & true) / max(len(found), 1), len(found & true) / max(len(true), 1)


def test_the_blind_sets_form_their_stories(tmp_path: Path) -> None:
    """Never tuned on; floors under what was measured. First run (the rules as set on the tuning folders,
    extraction of 6b4a7ab): all nine stories exact. After merging main's extraction (5931ed9) and the
    two-party rule for event keys (set on the bench corpus): precision 1.00, recall 0.93 (Aksarawana's
    story in two halves)."""
    app = make_app(tmp_path / "s.db")
    try:
        names = []
        for folder in ("a", "b", "c"):
            ingest_folder(app, FIXTURES / "blind" / folder)
            names += [p.name for p in (FIXTURES / "blind" / folder).glob("*.txt")]
        precision, recall = pair_scores(partition(app), blind_stories(names))
        assert precision >= 0.95 and recall >= 0.9, (precision, recall)
    finally:
        app.close()


def test_the_bench_corpus_keeps_its_stories_apart(tmp_path: Path) -> None:
    """The bench corpus knows its stories: each is told by 1-3 consecutive articles (bot.bench_corpus), about
    companies of which a few are in a third of all stories, with background figures from small ranges, so
    different stories share names and figures by chance. Pairs put in one story must mostly be true (a floor
    under what was measured when the rules were set, not a target)."""
    from bot.bench_corpus import articles
    from bot.ingest import store_doc

    app = make_app(tmp_path / "s.db")
    try:
        stories: list[tuple[str, set[str]]] = []
        for i, doc in enumerate(articles(150)):
            store_doc(app.store, doc, label=f"bench-{i}")
            key = (doc.title or "").rsplit(" ", 1)[0] + (doc.published or "")[:7]  # "<org>: <kind>", the month
            if not stories or stories[-1][0] != key:  # a story's retellings come one after another
                stories.append((key, set()))
            stories[-1][1].add(doc.source_file or "")
        precision, recall = pair_scores(partition(app), {frozenset(g) for _key, g in stories})
        # measured: 0.76 and 0.98 (0.83 and 0.95 on the corpus before its long tail of names, perf6)
        assert precision >= 0.75 and recall >= 0.9, (precision, recall)
    finally:
        app.close()


def test_what_a_writer_keeps_of_an_article_serves_only_the_version_it_read(tmp_path: Path) -> None:
    """Grouping keeps what each stored article tells across transactions (bot.stories.ToldCache); an article
    stored again, here by another process, is read again: what the cache gives is what the store holds."""
    from bot.config import load_settings
    from bot.stories import read_told, told_of

    app = make_app(tmp_path / "s.db")
    other = BriefingApp.build(load_settings(database_url=f"sqlite:///{tmp_path / 's.db'}"))  # a second process
    try:
        ingest_folder(app, FIXTURES / "tuning")
        with app.store.write() as session:
            ids = queries.article_ids(session=session)
            first = told_of(session, ids)
            assert first == read_told(session, ids)
        changed = tmp_path / "en-t05-halcyra-opens.txt"
        changed.write_text("Harbour city opens a library\n\nThe city of Ambon opened a public library on Thursday, "
                           "the mayor Yohanes Pattimura said.\n", encoding="utf-8")
        assert other.ingest([str(changed)], manifest=str(FIXTURES / "tuning" / "manifest.json")).updated
        with app.store.write() as session:
            again = told_of(session, ids)
            assert again == read_told(session, ids) and again != first
    finally:
        other.close()
        app.close()


def test_what_a_writer_keeps_is_read_again_after_another_process_merged_two_entities(tmp_path: Path) -> None:
    """An entity merged away (a third article naming one company by the two names two articles stored it under)
    leaves no id of it in what the cache gives of the articles that named it."""
    from bot.config import load_settings
    from bot.stories import read_told, told_of
    from tests.core.test_entity_writes import SINAR_TEKSTIL

    for name, body in SINAR_TEKSTIL.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    app = make_app(tmp_path / "s.db")
    other = BriefingApp.build(load_settings(database_url=f"sqlite:///{tmp_path / 's.db'}"))  # a second process
    try:
        app.ingest([str(tmp_path / "one.txt"), str(tmp_path / "two.txt")])
        with app.store.write() as session:
            ids = queries.article_ids(session=session)
            first = told_of(session, ids)
        assert other.ingest([str(tmp_path / "three.txt")]).new
        with app.store.write() as session:
            again, stored = told_of(session, ids), read_told(session, ids)
        assert again == stored != first
        legal, brand = (set(told.mentions) for told in again.values())
        assert legal & brand  # the company both named is one entity now
    finally:
        other.close()
        app.close()


def test_stories_are_the_same_without_what_a_writer_keeps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest, reindex and re-ingest group articles alike whether or not the told cache serves them."""
    from bot import stories

    def grouped(name: str) -> list[tuple[str, str, float]]:
        app = make_app(tmp_path / f"{name}.db")
        try:
            for folder in ("tuning", "tuning2"):
                ingest_folder(app, FIXTURES / folder)
            assert not app.reindex().failed
            with app.store.session() as session:
                return sorted((str(story), str(name), score) for story, name, score in session.execute(
                    select(m.StoryArticle.story_id, m.Article.source_file, m.StoryArticle.score)
                    .join(m.Article, m.Article.id == m.StoryArticle.article_id)))
        finally:
            app.close()

    cached = grouped("cached")
    monkeypatch.setattr(stories, "told_cache", lambda session: stories.ToldCache(size=0))
    assert grouped("uncached") == cached


def test_a_small_store_of_one_company_s_coverage_forms_its_story(tmp_path: Path) -> None:
    """Where every article names the story's company, a store of a few articles must not weigh that name as
    common (``RARITY_FLOOR``): a court's ruling, a minister's visit and the bank loans, days apart, are one story."""
    import json

    texts = {
        "en-1.txt": ("Court declares Kalinda Tekstil bankrupt", "2024-10-24",
                     "SEMARANG - The Semarang Commercial Court declared PT Kalinda Tekstil Tbk bankrupt on Monday after a "
                     "creditor, PT Arga Rayon, asked it to cancel a debt deal. Court spokesman Haruno Widodo said a "
                     "curator had been appointed."),
        "en-2.txt": ("Minister vows no layoffs at bankrupt Kalinda Tekstil", "2024-10-29",
                     "SUKOHARJO - Deputy Manpower Minister Bagas Santoso visited Kalinda Tekstil on Monday and said its "
                     "50,000 workers would keep their jobs while the company appeals."),
        "id-3.txt": ("Kalinda Tekstil pailit, utang ke 28 bank", "2024-10-28",
                     "JAKARTA - Kalinda Tekstil berutang kepada 28 bank. Bank Nusa Jaya menjadi kreditur terbesar dengan "
                     "pinjaman Rp1,3 triliun kepada Kalinda Tekstil."),
    }
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (title, _published, body) in texts.items():
        (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    manifest = [{"file": n, "language": n[:2], "published": p, "url": f"https://news.example/{n}"}
                for n, (_t, p, _b) in texts.items()]
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    app = make_app(tmp_path / "s.db")
    try:
        ingest_folder(app, folder)
        assert partition(app) == {frozenset(texts)}
    finally:
        app.close()
