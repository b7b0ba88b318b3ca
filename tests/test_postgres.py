"""PostgreSQL beside SQLite: migrations both ways, the same search tokens, the same answers.

The synthetic store below does not depend on the extraction rules (``tiny_extract`` finds a fixed
list of names), so these tests check the store and the answers, not extraction quality; the seed
test checks the real pipeline end to end.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot import domain
from bot.app import BriefingApp
from bot.config import load_settings
from bot.ingest import store_doc
from bot.render.json import answer_to_dict
from db import models as m
from db.fulltext import FullText
from db.migrate import alembic_config, current_revision, head_revision

pytestmark = pytest.mark.postgres

# --------------------------------------------------------------------------- a tiny deterministic extractor

NAMES = {
    "Nusantara Robotics": "org",
    "Dewi Lestari": "person",
    "Garuda Ventures": "org",
    "Budi Santoso": "person",
    "Scale.ai": "org",
}

ARTICLES = [
    ("nusantara.txt", "2026-03-04", "Nusantara Robotics raises $12 million",
     "Nusantara Robotics raised $12 million from Garuda Ventures in March 2026.\n\n"
     "Dewi Lestari, the CEO of Nusantara Robotics, said \"we will hire 240 engineers\".\n\n"
     "The co-founder Budi Santoso left Scale.ai in 2024."),
    ("garuda.txt", "2026-05-01", "Garuda Ventures closes a <fund> & more",
     "Garuda Ventures closed a $50 million fund; it backs Nusantara Robotics.\n\n"
     "Budi Santoso said the fund is \"for robotics & logistics\" in Müller's words."),
    ("layoffs.txt", "2026-06-10", "Scale.ai layoffs",
     "Scale.ai laid off 200 workers in June 2026, Budi Santoso said.\n\n"
     "Nusantara Robotics was not affected by the layoffs."),
]


def tiny_extract(text_: str, **_: object) -> domain.Extraction:
    """Passages are paragraphs; entities are the NAMES found; one event, amount, quote and role each."""
    ex = domain.Extraction()
    offset = 0
    for i, para in enumerate(text_.split("\n\n")):
        ex.passages.append(domain.Passage(index=i, text=para, start=offset, end=offset + len(para)))
        offset += len(para) + 2
    found: list[str] = []
    for p in ex.passages:
        for name in NAMES:
            for hit in re.finditer(re.escape(name), p.text):
                ex.mentions.append(domain.Mention(entity=name, passage=p.index, start=hit.start(), end=hit.end(), text=name))
                if name not in found:
                    found.append(name)
    ex.entities = [domain.Entity(name=n, kind=NAMES[n], aliases={n.upper()}) for n in found]  # type: ignore[arg-type]
    for p in ex.passages:
        actors = [n for n in found if n in p.text]
        money = re.search(r"\$(\d+) million", p.text)
        if money and actors:
            amount = domain.Amount(kind="money", value=float(money.group(1)) * 1e6, text=money.group(0), passage=p.index,
                                   currency="USD", entity=actors[0], date=domain.DateValue(2026, 3, None, "month", "March 2026"))
            ex.events.append(domain.Event(type="funding", actors=actors, passage=p.index, text=p.text,
                                          date=domain.DateValue(2026, 3, None, "month", "March 2026"), amounts=[amount]))
        quote = re.search(r'"([^"]+)"', p.text)
        if quote and actors:
            ex.quotes.append(domain.Quote(speaker=actors[-1], text=quote.group(1), passage=p.index, about=actors[0]))
        if "CEO" in p.text and "Dewi Lestari" in actors:
            ex.roles.append(domain.Role(person="Dewi Lestari", title="CEO", org="Nusantara Robotics", passage=p.index))
        count = re.search(r"(\d+) workers", p.text)
        if count:
            ex.amounts.append(domain.Amount(kind="count", value=float(count.group(1)), text=count.group(0),
                                            passage=p.index, unit="workers", entity=actors[0] if actors else None))
    return ex


def use_tiny_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swap the real extractor for ``tiny_extract`` (store_doc imports it at call time)."""
    import bot.extraction

    monkeypatch.setattr(bot.extraction, "extract", tiny_extract, raising=False)


@pytest.fixture
def tiny_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    use_tiny_extract(monkeypatch)


def load_synthetic(app: BriefingApp, articles: list[tuple[str, str, str, str]] = ARTICLES) -> None:
    for name, published, title, body in articles:
        doc = domain.SourceDoc(text=body, title=title, published=published, language="en", source_file=name,
                               publisher="Tempo <i>", raw=body)
        store_doc(app.store, doc, label=name, aliases=None)


COMMANDS = ["/who Nusantara Robotics", "/who Budi Santoso", "/timeline", "/timeline Nusantara Robotics",
            "/search layoffs", "/search scale ai", "/search robotics fund", "/numbers Nusantara Robotics",
            "/quotes Budi Santoso", "/sources"]

SEED_COMMANDS = ["/who Mercor", "/who Scale AI", "/timeline", "/timeline Scale AI", "/search layoffs",
                 "/search Mercor", "/numbers Scale AI", "/quotes Scale AI", "/sources"]


def answers(app: BriefingApp, commands: list[str]) -> dict[str, dict]:
    """JSON answers, /search hits in their ranked order (ranked in one place for both backends)."""
    return {command: answer_to_dict(app.ask(command, limit=200)) for command in commands}


def new_app(url: str) -> BriefingApp:
    return BriefingApp.build(load_settings(database_url=url))


# --------------------------------------------------------------------------- migrations


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrations_upgrade_downgrade_upgrade(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from alembic import command

    url = f"sqlite:///{tmp_path / 'm.db'}" if backend == "sqlite" else request.getfixturevalue("pg_server").create_database()
    app = new_app(url)
    engine = app.store.engine
    assert current_revision(engine) == head_revision(url)
    for target in ("base", "head"):
        with engine.begin() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            (command.downgrade if target == "base" else command.upgrade)(cfg, target)
    assert current_revision(engine) == head_revision(url)
    if backend == "postgresql":
        with engine.connect() as conn:
            extensions = set(conn.execute(text("SELECT extname FROM pg_extension")).scalars())
            indexes = set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")).scalars())
            plan = "\n".join(conn.execute(text(
                "EXPLAIN SELECT id FROM passages WHERE tsv @@ phraseto_tsquery('simple', 'x')")).scalars())
        assert {"pg_trgm", "unaccent"} <= extensions
        assert {"ix_passages_tsv", "ix_entity_aliases_norm_trgm"} <= indexes
        assert "passages" in plan
    app.close()


def test_pg_fulltext_sees_the_same_words_as_fts5(app: BriefingApp, tiny_extraction: None) -> None:
    load_synthetic(app)
    fulltext = FullText(app.store.dialect)
    with app.store.session() as session:
        def found(*groups: list[str]) -> int:
            return len(fulltext.search_all(session, list(groups)))

        assert found(["scale ai"]) == 2  # "Scale.ai" is two words in both engines
        assert found(["founder"]) == 1  # so is "co-founder"
        assert found(["muller"]) == 1  # diacritics folded
        assert found(["robotics"], ["fund"]) == 2  # groups are ANDed
        assert found(["robotics"], ["fund"], ["muller"]) == 1
        assert found(["layoffs", "laid off"]) == 2  # phrases inside a group are ORed
        assert found(['"); DROP TABLE passages; --']) == 0  # never query syntax
        assert found(["NEAR(a b)", "fund*"]) == 2  # "*" is not a prefix operator: "fund" twice
        vocab = set(fulltext.vocabulary(session))
        assert {"scale", "ai", "co", "founder", "muller", "robotics"} <= vocab
        assert session.execute(select(func.count()).select_from(m.Passage)).scalar_one() == 7


# --------------------------------------------------------------------------- identical answers


def test_synthetic_answers_are_identical_on_both_backends(tmp_path: Path, pg_server, tiny_extraction: None) -> None:  # type: ignore[no-untyped-def]
    lite, pg = new_app(f"sqlite:///{tmp_path / 'a.db'}"), new_app(pg_server.create_database())
    for store in (lite, pg):
        load_synthetic(store)
    try:
        expected, got = answers(lite, COMMANDS), answers(pg, COMMANDS)
        assert any(item["sources"] for a in expected.values() for item in a["items"])  # not all empty
        for command in COMMANDS:
            assert got[command] == expected[command], command
    finally:
        lite.close()
        pg.close()


# Differences found by the seed comparison that live in answer code owned elsewhere; strict, so the
# test fails (XPASS) once fixed and the entry must go.
KNOWN_DIFFERENCES: dict[str, str] = {}  # command -> why the backends may differ (none known)


@pytest.fixture(scope="module")
def seeded_pair(tmp_path_factory: pytest.TempPathFactory, pg_server):  # type: ignore[no-untyped-def]
    """The seeds ingested into a SQLite store and a PostgreSQL store."""
    from tests.conftest import require_seeds

    seeds = require_seeds()
    stores = [new_app(f"sqlite:///{tmp_path_factory.mktemp('pair') / 'seeds.db'}"), new_app(pg_server.create_database())]
    for store in stores:
        report = store.ingest([str(seeds)], manifest=str(seeds / "manifest.json"))
        assert not report.failed, report.failed
    yield stores
    for store in stores:
        store.close()


@pytest.mark.parametrize(
    "command",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_DIFFERENCES[c])) if c in KNOWN_DIFFERENCES else c
     for c in [*SEED_COMMANDS, "/who", "/brief all", "/search pemutusan hubungan kerja", "/timeline Mercor"]],
)
def test_seed_answers_are_identical_on_both_backends(seeded_pair, command: str) -> None:  # type: ignore[no-untyped-def]
    lite, pg = seeded_pair
    expected, got = answers(lite, [command])[command], answers(pg, [command])[command]
    assert got == expected
    if command != "/search layoffs":  # the seeds are Indonesian: "layoffs" finds nothing on either
        assert expected["items"], command


SEARCHES = ["/search investasi miliar", "/search Mrcor", "/search Scale AI Meta", "/search karyawan",
            "/search pendanaan", "/search PHK"]


@pytest.mark.parametrize("command", SEARCHES)
def test_search_ranks_the_same_on_both_backends(seeded_pair, command: str) -> None:  # type: ignore[no-untyped-def]
    """The engines only match; one scoring function orders the hits, so the order is the same."""
    lite, pg = seeded_pair

    def ranked(app: BriefingApp) -> list[tuple[int, str, float]]:
        answer = app.ask(command, limit=50)
        return [(item.sources[0].article_id, item.sources[0].passage, item.score) for item in answer.items]

    expected = ranked(lite)
    assert len(expected) >= 2, command
    assert ranked(pg) == expected
    assert [score for _a, _p, score in expected] == sorted((s for _a, _p, s in expected), reverse=True)
