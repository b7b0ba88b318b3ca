"""`briefing bench`: ingest speed and answer latency on a corpus of real-length news (bot.bench_corpus).

Ingest is timed in two parts, extraction and database writes (one transaction per article, as
`briefing ingest` does). Each command is then asked many times through ``BriefingApp.ask`` and set
beside the bare operation it rests on: the engine's ranked full-text MATCH for /search, a bare
``rapidfuzz.process.extractOne(scorer=fuzz.ratio)`` over every name and alias for /who. Last, what a fresh
process pays before its first extraction and its first answer (``_fresh_processes``).
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot import stories
from bot.app import BriefingApp
from bot.bench_corpus import articles as corpus
from bot.bench_corpus import one_paragraph
from bot.bench_corpus import pools as corpus_pools
from bot.config import load_settings
from bot.ingest import content_hash, source_key
from db import queries
from db.fulltext import FullText
from db.names import norm_name

SEARCH_WORDS = {"rare": ["akuisisi", "acquire", "harmoni", "nirwana"], "common": ["karyawan", "employees", "market"],
                "two words": ["funding round", "pendanaan miliar", "laid off"], "typo": ["karyawn", "employes"]}


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """(p50, p95, p99) in milliseconds."""
    ordered = sorted(samples)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000

    return statistics.median(ordered) * 1000, at(0.95), at(0.99)


def _timed(call: Callable[[], object], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()
        out.append(time.perf_counter() - t0)
    return out


def _ingest(app: BriefingApp, n: int, seed: int) -> tuple[list[str], float, float, int]:
    """Store ``n`` corpus articles; returns (lines, extraction seconds, write seconds, raw text bytes)."""
    from bot.extraction import extract

    extracting = writing = 0.0
    raw = 0
    for i, doc in enumerate(corpus(n, seed=seed)):
        raw += len(doc.text.encode("utf-8"))
        t0 = time.perf_counter()
        extraction = extract(doc.text, language=doc.language, published=doc.published, title=doc.title)
        t1 = time.perf_counter()
        with app.store.write() as session:
            queries.find_article(session=session, source_key=source_key(doc, f"bench-{i}"))
            article = queries.save_article(session=session, doc=doc, extraction=extraction,
                                           source_key=source_key(doc, f"bench-{i}"), content_hash=content_hash(doc))
            stories.file_article(session, article)  # as ingest does: an article is stored with its story
        writing += time.perf_counter() - t1
        extracting += t1 - t0
    total = extracting + writing
    lines = [
        f"ingest: {n} articles in {total:.1f} s = {n / total:.0f} articles/s "
        f"(extraction {extracting:.1f} s = {100 * extracting / total:.0f}%, "
        f"writes {writing:.1f} s = {100 * writing / total:.0f}%; "
        f"{1000 * extracting / n:.1f} + {1000 * writing / n:.1f} ms per article)"
    ]
    return lines, extracting, writing, raw


def _store_size(app: BriefingApp, folder: Path, raw: int) -> str:
    """The database file's size against the text, after a checkpoint; the WAL as it stood before it.

    The WAL is working space (reused once checkpointed, about 4 MB at SQLite's default of 1,000 pages),
    not the store: counting it made a small store look many times its text.
    """
    wal = folder / "bench.db-wal"
    wal_size = wal.stat().st_size if wal.exists() else 0
    pages = app.store.sqlite_file_bytes()
    largest = ", ".join(f"{name} {size / 1e6:.2f}" for name, size in app.store.sqlite_space()[:8])
    return (f"store: {pages / 1e6:.1f} MB for {raw / 1e6:.1f} MB of text = {pages / raw:.1f}x "
            f"(database file after a checkpoint; the WAL was {wal_size / 1e6:.1f} MB before it, "
            f"file + WAL = {(pages + wal_size) / raw:.1f}x)\n"
            f"largest tables and indexes, MB: {largest or 'dbstat not available'}")


def _ingest_jobs(app: BriefingApp, n: int, seed: int, jobs: int) -> tuple[list[str], int]:
    """Store ``n`` corpus articles as ``briefing ingest --jobs N`` does: extraction in ``jobs`` processes,
    this process writing. Returns (lines, raw text bytes); only the total is timed."""
    from bot.ingest import IngestReport, store_docs

    docs = list(corpus(n, seed=seed))
    raw = sum(len(doc.text.encode("utf-8")) for doc in docs)
    report = IngestReport()
    t0 = time.perf_counter()
    store_docs(app.store, ((f"bench-{i}", doc, None) for i, doc in enumerate(docs)), report, limits=app.limits, jobs=jobs)
    total = time.perf_counter() - t0
    if report.failed:
        raise RuntimeError(f"bench ingest failed: {report.failed[:3]}")
    return [f"ingest --jobs {jobs}: {n} articles in {total:.1f} s = {n / total:.0f} articles/s"], raw


def _one_long_paragraph(chars: int = 100_000) -> str:
    """How long the text stage (passages, sentences) takes on one paragraph as long as the article cap."""
    from bot.extraction.text import sentences_of, split_passages

    text = one_paragraph(chars)
    t0 = time.perf_counter()
    passages, headings = split_passages(text)
    sentences = sentences_of(passages, headings)
    took = time.perf_counter() - t0
    return (f"one paragraph of {len(text):,} characters: {len(passages)} passages, {len(sentences)} sentences "
            f"in {1000 * took:.0f} ms")


# run in a fresh interpreter: the extraction's import, then each article of stdin's JSON list, timed
_FIRST_EXTRACTION = """
import json, sys, time
t0 = time.perf_counter()
from bot.extraction import extract
import bot.extraction.pipeline
took = [time.perf_counter() - t0]
for doc in json.load(sys.stdin):
    t0 = time.perf_counter()
    extract(doc["text"], language=doc["language"], published=doc["published"], title=doc["title"])
    took.append(time.perf_counter() - t0)
print(json.dumps(took))
"""


def _fresh_processes(url: str, question: str, seed: int, runs: int) -> list[str]:
    """What a fresh process pays before its first extraction (the extraction's import, the first corpus article,
    then the second, warm) and before its first answer (``briefing ask`` on the bench's store, the whole
    process), each the median of ``runs`` processes; wall times, the interpreter's start included."""
    docs = [{"text": d.text, "language": d.language, "published": d.published, "title": d.title}
            for d in corpus(2, seed=seed)]
    walls, parts = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _FIRST_EXTRACTION], input=json.dumps(docs), capture_output=True,
                              text=True, check=True)
        walls.append(time.perf_counter() - t0)
        parts.append(json.loads(done.stdout))
    asks = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", question, "--db", url], capture_output=True, text=True,
                       check=True)
        asks.append(time.perf_counter() - t0)
    ms = [1000 * statistics.median(column) for column in zip(*parts, strict=True)]
    return [f"fresh process to its first extraction: {1000 * statistics.median(walls):.0f} ms (import {ms[0]:.0f} ms, "
            f"first article {ms[1]:.0f} ms; a second article {ms[2]:.0f} ms; median of {runs})",
            f"fresh process to its first answer (briefing ask {question.split()[0]}): "
            f"{1000 * statistics.median(asks):.0f} ms (median of {runs})"]


def run_bench(*, articles: int = 1000, url: str | None = None, seed: int = 7, repeat: int = 40, jobs: int = 1,
              fresh: int = 3) -> str:
    lines = [f"corpus: {articles} articles (bot.bench_corpus, seed {seed}); cpu count {os.cpu_count()}", _one_long_paragraph()]
    with tempfile.TemporaryDirectory() as scratch:
        db_path = Path(scratch) / "bench.db"
        app = BriefingApp.build(load_settings(database_url=url or f"sqlite:///{db_path}"))
        try:
            if jobs > 1:
                ingest_lines, raw = _ingest_jobs(app, articles, seed, jobs)
            else:
                ingest_lines, _e, _w, raw = _ingest(app, articles, seed)
            lines += ingest_lines
            if url is None:
                lines.append(_store_size(app, Path(scratch), raw))
            with app.store.write() as session:
                if queries.refresh_planner_statistics(session=session):
                    lines.append("planner statistics refreshed (ANALYZE), as autovacuum would after an ingest")
            lines += _ask_all(app, seed, repeat)
            hot = _BenchNames.of(app, corpus_pools(seed)).hot
        finally:
            app.close()
        # after the bench's own work (its peak RSS is this process's): fresh interpreters on the same store
        fresh_lines = _fresh_processes(url or f"sqlite:///{db_path}", f"/who {hot[0] if hot else 'warmup'}", seed,
                                       fresh) if fresh else []
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"peak RSS: {peak:.0f} MB")
    return "\n".join(lines + fresh_lines)


def ask_stored(url: str, *, seed: int = 7, repeat: int = 40) -> str:
    """The asks of ``run_bench`` on a store it built and kept (``--db``), without ingesting again."""
    app = BriefingApp.build(load_settings(database_url=url))
    try:
        with app.store.session() as session:
            lines = [f"stored: {queries.store_stats(session=session, latest=0)['articles']} articles at {url}"]
        lines += _ask_all(app, seed, repeat)
    finally:
        app.close()
    lines.append(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return "\n".join(lines)


def _ask_all(app: BriefingApp, seed: int, repeat: int) -> list[str]:
    """First answer, every command ``repeat`` times and the bare operations, as printed lines."""
    rng = random.Random(seed + 1)
    t0 = time.perf_counter()
    app.ask("/who warmup")  # builds the in-memory name index
    lines = [f"first answer (name index build): {1000 * (time.perf_counter() - t0):.0f} ms"]
    names = _BenchNames.of(app, corpus_pools(seed))
    timings = _time_commands(app, _bench_commands(names, rng, repeat), lines)
    return lines + _bare_operations(app, names, rng, repeat, timings)


@dataclass
class _BenchNames:
    """The names a bench asks about: the store's name keys, the corpus names it holds, its three hottest."""

    keys: list[str]
    known: list[str]
    people: list[str]
    hot: list[str]

    @classmethod
    def of(cls, app: BriefingApp, pools: Any) -> _BenchNames:
        from bot.answers.matching import name_index

        with app.store.session() as session:
            index = name_index(session)
            keys = index.keys
            hot = [e.name for e in sorted(index.entities.values(), key=lambda e: -e.mentions)[:3]]
        stored = set(keys)
        return cls(keys, [o for o in pools.orgs if norm_name(o) in stored],
                   [p for p in pools.people if norm_name(p) in stored], hot)


def _typo(rng: random.Random, name: str) -> str:
    at = rng.randrange(1, len(name) - 1)
    return name[:at] + name[at + 1:]


def _bench_commands(names: _BenchNames, rng: random.Random, repeat: int) -> dict[str, list[str]]:
    people = [rng.choice(names.people) for _ in range(repeat)]
    commands: dict[str, list[str]] = {
        "/who exact": [f"/who {rng.choice(names.known)}" for _ in range(repeat)],
        "/who hot": [f"/who {rng.choice(names.hot)}" for _ in range(repeat)],
        # the typo's ratio is taken to the same people asked exactly: a person's /who and an
        # organisation's differ in cost by more than the typo path adds
        "/who person": [f"/who {person}" for person in people],
        "/who typo": [f"/who {_typo(rng, person)}" for person in people],
        "/timeline": ["/timeline"] * max(5, repeat // 4),
        "/timeline NAME": [f"/timeline {rng.choice(names.known)}" for _ in range(repeat)],
        "/timeline hot": [f"/timeline {rng.choice(names.hot)}" for _ in range(repeat)],
        "/numbers NAME": [f"/numbers {rng.choice(names.known)}" for _ in range(repeat)],
        "/brief all": ["/brief all"] * max(5, repeat // 4),
    }
    for kind, words in SEARCH_WORDS.items():
        commands[f"/search {kind}"] = [f"/search {rng.choice(words)}" for _ in range(repeat)]
    return commands


def _time_commands(app: BriefingApp, commands: dict[str, list[str]], lines: list[str]) -> dict[str, tuple[float, float, float]]:
    """Ask every command, keep its p50 / p95 / p99 and print a row of them."""
    timings: dict[str, tuple[float, float, float]] = {}
    lines.append(f"{'command':<18}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for label, asked in commands.items():
        samples: list[float] = []
        for line in asked:
            samples += _timed(partial(app.ask, line, limit=50))
        timings[label] = percentiles(samples)
        lines.append(f"{label:<18}" + "".join(f"{v:9.1f}" for v in timings[label]))
    return timings


def _bare_operations(app: BriefingApp, names: _BenchNames, rng: random.Random, repeat: int,
                     timings: dict[str, tuple[float, float, float]]) -> list[str]:
    """The bare operations the commands rest on, on the same terms, and each command's ratio to them."""
    fulltext = FullText(app.store.dialect)
    lines = ["bare operations (p50 / p95 ms) and each command's ratio to it (p95 / p95):"]
    with app.store.session() as session:
        for kind, words in SEARCH_WORDS.items():
            samples: list[float] = []
            for _ in range(repeat):
                groups = [[w] for w in rng.choice(words).split()]
                samples += _timed(partial(fulltext.engine_ranked, session, groups, limit=50))
            bare = percentiles(samples)
            own = timings[f"/search {kind}"]
            lines.append(f"  ranked MATCH {kind:<10} {bare[0]:7.1f} / {bare[1]:7.1f}   /search {kind}: {own[1] / bare[1]:.1f}x")
    samples = []
    for _ in range(repeat):
        query = norm_name(_typo(rng, rng.choice(names.people)))
        samples += _timed(partial(process.extractOne, query, names.keys, scorer=fuzz.ratio))
    bare = percentiles(samples)
    exact = timings["/who person"]
    lines.append(f"  extractOne(ratio) over {len(names.keys)} names {bare[0]:7.1f} / {bare[1]:7.1f}   "
                 f"/who typo: {timings['/who typo'][1] / (exact[1] + bare[1]):.1f}x (/who person + extractOne)")
    return lines
