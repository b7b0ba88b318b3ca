"""Stores with fixture folders ingested, and the stories they formed as sets of file names.

Expected stories are written from the articles themselves (each folder's articles follow a few stories
over months, in both languages; see the "about" of tests/gold/tuning*.json), never from the bot's output.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bot.app import BriefingApp
from db import counts
from db import models as m
from tests.conftest import REPO, SAMPLES

FIXTURES = REPO / "tests" / "fixtures"
# Our own English telling of seed 002's story (Google ending its work with Scale AI after Meta's stake).
COPY = FIXTURES / "stories"

TUNING = {
    "tuning": [
        # Pintarloka: Series B (Sep 2025), layoffs (Feb 2026), the CEO steps down, the new CEO's first press conference
        {"id-t01-pintarloka-seri-b.txt", "id-t02-pintarloka-phk.txt", "en-t01-pintarloka-ceo.txt",
         "en-t02-pintarloka-presser.txt"},
        # Telesatu's stake in Bank Kencana: the deal, OJK's approval (and the investors' complaint), the hearing
        {"en-t03-telesatu-kencana-deal.txt", "id-t03-ojk-restui-telesatu.txt", "id-t04-sidang-gugatan-kencana.txt"},
        # Halcyra's Cikarang data centre: the government contract, the outage delay, the opening
        {"en-t04-halcyra-contract.txt", "id-t05-halcyra-listrik-padam.txt", "en-t05-halcyra-opens.txt"},
    ],
    "tuning2": [
        # the Lintang Arta insurance embezzlement: search, detention, policyholders' protest, trial
        {"id-u01-lintang-arta-geledah.txt", "en-u01-lintang-arta-detained.txt", "id-u02-nasabah-lintang-demo.txt",
         "en-u02-lintang-arta-trial.txt"},
        # Sajiantar: the drivers' strike, the deal ending it, the new CEO, the IPO filing that recalls both
        {"id-u03-sajiantar-mogok.txt", "en-u03-sajiantar-deal.txt", "id-u04-sajiantar-ceo-baru.txt",
         "en-u04-sajiantar-ipo.txt"},
        # the Selaras Nikel smelter blast: the blast, suspects, compensation, the restart with Hanwol
        {"id-u05-selaras-ledakan.txt", "en-u05-selaras-probe.txt", "id-u06-selaras-santunan.txt",
         "en-u06-selaras-hanwol.txt"},
    ],
    "tuning3": [
        # the Bank Pusaka Borneo / Bank Sinar Mahakam merger: boards, shareholders, OJK, branch closures
        {"id-v01-pusaka-sinar-merger.txt", "en-v01-pusaka-sinar-shareholders.txt", "id-v02-ojk-restui-merger.txt",
         "en-v02-pusaka-branch-closures.txt"},
        # Langit Nusa's grounding: the engine failure, stranded passengers, the CEO resigns, Kenari takes routes
        {"en-v03-langit-nusa-grounded.txt", "id-v03-penumpang-langit-nusa-telantar.txt",
         "id-v04-presdir-langit-nusa-mundur.txt", "en-v04-kenari-takes-routes.txt"},
        # Lapakria's sharing of user data: the DPR hearing, the fine, the appeal, the settlement
        {"id-v05-lapakria-rdp-dpr.txt", "en-v05-lapakria-fined.txt", "id-v06-lapakria-gugat-ptun.txt",
         "en-v06-lapakria-settlement.txt"},
    ],
}

# The seeds all follow Meta's stake in Scale AI (June 2025) and what came of it: Google and OpenAI
# leaving (002, 003, 004, June), the rift with Meta (001, August), Scale AI's fading (000, October).
SEEDS = [{"000_ac1dda0966f9ed44.txt", "001_b3a4173757549aae.txt", "002_3e8ce659abe25b6f.txt",
          "003_b6dfc8fa076e19c7.txt", "004_c0a7bd666d82f59d.txt"}]

# Our samples: Gajiku's layoffs told in English and Indonesian; Tandai's funding round, its Yogyakarta hub
# (the feed's second entry) and its lost contract, March 2026; every other sample is a story of its own
# (Kirimin shares Tandai's investors and a week, Lumora shares Pintarloka's "$42 million": not a story).
SAMPLE_STORIES = [
    {"en-04-payroll-startup-layoffs.html", "id-02-gajiku-phk.txt"},
    {"id-01-tandai-pendanaan.txt", "feed.xml#2", "id-04-tandai-kontrak.txt"},
    {"en-01-lumora-layoffs.txt"}, {"en-02-halcyon-brightwave.txt"}, {"en-03-vantor-health.txt"},
    {"feed.xml#1"}, {"id-03-jalanyuk-bank.txt"},
]


def ingest_folder(app: BriefingApp, folder: Path, files: list[str] | None = None) -> None:
    """Ingest a folder with its manifest (or only ``files`` of it, in that order)."""
    inputs = [str(folder / f) for f in files] if files is not None else [str(folder)]
    report = app.ingest(inputs, manifest=str(folder / "manifest.json"))
    assert not report.failed, report.failed


def partition(app: BriefingApp) -> set[frozenset[str]]:
    """The stories of the store, each as the set of its articles' file names."""
    with app.store.session() as session:
        rows = session.execute(select(m.StoryArticle.story_id, m.Article.source_file)
                               .join(m.Article, m.Article.id == m.StoryArticle.article_id)).all()
    stories: dict[int, set[str]] = {}
    for story_id, name in rows:
        stories.setdefault(story_id, set()).add(name)
    return {frozenset(files) for files in stories.values()}


def consistent(app: BriefingApp) -> None:
    """Every article is in exactly one story, every story has articles, and a headline that is one of
    its articles' titles (or its first article's lead); each name's count of articles is exact, and so is the
    count of articles kept with them."""
    with app.store.session() as session:
        articles = session.execute(select(func.count()).select_from(m.Article)).scalar_one()
        links = session.execute(select(func.count()).select_from(m.StoryArticle)).scalar_one()
        empty = session.execute(select(func.count()).select_from(m.Story).where(
            m.Story.id.not_in(select(m.StoryArticle.story_id)))).scalar_one()
        heads = session.execute(select(m.Story.headline, m.Article.title, m.StoryArticle.story_id)
                                .join(m.Article, m.Article.id == m.Story.headline_article_id)
                                .join(m.StoryArticle, (m.StoryArticle.article_id == m.Story.headline_article_id)
                                      & (m.StoryArticle.story_id == m.Story.id))).all()
        stories = session.execute(select(func.count()).select_from(m.Story)).scalar_one()
        kept = {e: n for e, n in session.execute(select(m.Entity.id, m.Entity.article_count)) if n}
        naming = dict(session.execute(select(m.Mention.entity_id, func.count(func.distinct(m.Mention.article_id)))
                                      .group_by(m.Mention.entity_id)).all())
        counted = counts.articles(session=session)
    assert kept == naming  # the rarity grouping weighs is kept exact by every write
    assert counted == articles  # and the number of articles it weighs them among
    assert (links, empty) == (articles, 0)
    assert len(heads) == stories  # the headline's article is in the store...
    assert all(headline == (title or headline) for headline, title, _story in heads)  # ...and titles it


def sets(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups}


__all__ = ["COPY", "FIXTURES", "SAMPLES", "SAMPLE_STORIES", "SEEDS", "TUNING", "consistent", "ingest_folder",
           "partition", "sets"]
