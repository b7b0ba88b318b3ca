"""Answers on a store holding one article at the size cap read the passages they cite, never the article.

The article is the bench corpus's bodies run together up to the cap (100,000 characters, 500 passages):
450-odd passages naming the same companies and people over and over, so every command has much to show.
Each command, asked with a limit of 10, must read no whole-text column (body, raw text, the text between
passages), at most 200 passages (under half of the article; for the commands that cite one passage an item,
only those of the items shown) and a bounded amount of memory. Before, /source read every passage to show
three, /brief the passage of every event of the story's articles to show six facts, and /numbers and /quotes
the passages of up to four and two times the figures and quotes they show.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import event, func, select

from bot.app import BriefingApp
from bot.bench_corpus import articles
from db import models as m
from tests.conftest import make_app
from tests.reliability.tally import record

LIMIT = 10
# /timeline considers 10 x limit dated events and as many undated ones; /who the newest 400 mentions (here
# fewer: 70 passages). Either way a bound of the answer's own, here under half the article's passages.
MAX_PASSAGES_READ = 2 * 10 * LIMIT
MAX_PEAK_BYTES = 16_000_000  # measured 0.05-1.4 MB; with a 4.9 MB article /timeline once peaked at 618 MB
WHOLE_TEXT_COLUMNS = ("body_text", "raw_text", "body_gaps")
CITE_WHAT_THEY_SHOW = ("/search", "/numbers", "/quotes", "/source")


@dataclass
class Store:
    app: BriefingApp
    article_id: int
    passages: int
    chars: int
    names: dict[str, str] = field(default_factory=dict)  # kind -> the most mentioned name of that kind


def _near_cap_text(chars: int = 101_000) -> str:
    paragraphs = ["A long day of news"]
    for doc in articles(200, seed=5):
        body = [p for p in doc.text.split("\n\n") if p.strip()]
        paragraphs += [" ".join(body[i:i + 2]) for i in range(0, len(body), 2)]  # ~200 characters a passage
    return "\n\n".join(paragraphs)[:chars]


@pytest.fixture(scope="module")
def near_cap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("near-cap")
    (folder / "big.txt").write_text(_near_cap_text(), encoding="utf-8")
    app = make_app(folder / "b.db")
    report = app.ingest([str(folder / "big.txt")])
    assert report.new and not report.failed
    with app.store.session() as session:
        article_id, passages, chars = session.execute(
            select(m.Passage.article_id, func.count(), func.sum(func.length(m.Passage.text))).group_by(m.Passage.article_id)
        ).one()
        ranked = session.execute(select(m.Entity.kind, m.Entity.name).order_by(m.Entity.mention_count.desc(), m.Entity.id))
        names: dict[str, str] = {}
        for kind, name in ranked:
            names.setdefault(kind, name)
    store = Store(app, article_id, passages, chars, names)
    # near the caps (500 passages, 100,000 characters, 1,000 facts: on the bench corpus's long tail of names the
    # facts' cap ends this article first, at 413 passages and 77,349 characters)
    assert store.passages >= 400 and store.chars >= 75_000
    yield store
    app.close()


COMMANDS = ["/who {org}", "/who {person}", "/who", "/timeline {org}", "/timeline", "/search {org}", "/search karyawan",
            "/numbers {org}", "/quotes {org}", "/quotes {person}", "/brief all", "/source {article}",
            "/source {article} p250"]


@pytest.mark.parametrize("command", COMMANDS)
def test_an_answer_reads_passages_not_the_article(near_cap: Store, command: str) -> None:
    line = command.format(org=near_cap.names["org"], person=near_cap.names["person"], article=near_cap.article_id)
    passages: list[int] = []
    statements: list[str] = []

    def on_load(target: m.Passage, _context: object) -> None:
        passages.append(len(target.text))

    def on_execute(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    near_cap.app.ask(line, limit=LIMIT)  # warm: the name index and caches are not the answer's cost
    event.listen(m.Passage, "load", on_load)
    event.listen(near_cap.app.store.engine, "before_cursor_execute", on_execute)
    gc.collect()
    tracemalloc.start()
    try:
        answer = near_cap.app.ask(line, limit=LIMIT)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        event.remove(near_cap.app.store.engine, "before_cursor_execute", on_execute)
        event.remove(m.Passage, "load", on_load)
    record("big articles", checks=1, errors=int(len(passages) > MAX_PASSAGES_READ))
    assert answer.status == "ok" and answer.items, (line, answer.status, answer.message)
    assert [s for s in statements if any(column in s for column in WHOLE_TEXT_COLUMNS)] == []
    assert len(passages) <= MAX_PASSAGES_READ, f"{line} read {len(passages)} of {near_cap.passages} passages"
    if line.startswith(CITE_WHAT_THEY_SHOW):  # one passage an item: exactly those of the items shown
        assert len(passages) <= len(answer.items), f"{line} read {len(passages)} passages for {len(answer.items)} items"
    assert sum(passages) <= near_cap.chars / 2
    assert peak <= MAX_PEAK_BYTES, f"{line} peaked at {peak / 1e6:.1f} MB"


def test_a_cited_passage_is_shown_in_its_context(near_cap: Store) -> None:
    """/source ID pN reads the passage and its neighbours, and says how many the article has."""
    answer = near_cap.app.ask(f"/source {near_cap.article_id} p250")
    assert [item.passage.index for item in answer.items] == [249, 250, 251]
    assert [item.passage.cited for item in answer.items] == [False, True, False]
    assert answer.total == near_cap.passages
    first = near_cap.app.ask(f"/source {near_cap.article_id}", limit=4)
    assert [item.passage.index for item in first.items] == [0, 1, 2, 3] and first.total == near_cap.passages

