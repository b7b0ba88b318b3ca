"""`briefing bench`: ingest speed and answer latency on a synthetic store (made here, no downloads).

Articles are generated from small lexicons in both languages so that names, roles, amounts and
events recur across articles the way a running story's do.
"""

from __future__ import annotations

import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from bot.app import BriefingApp
from bot.config import load_settings
from bot.domain import SourceDoc
from bot.ingest import store_doc

FIRST = ["Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hana", "Irfan", "Joko", "Kevin", "Laura", "Maya",
         "Nina", "Oscar", "Putri", "Rina", "Sari", "Tomi", "Wulan", "Priya", "Daniel", "Grace", "Henry"]
LAST = ["Santoso", "Wijaya", "Halim", "Pratama", "Kusuma", "Lestari", "Nugroho", "Tan", "Reyes", "Walker", "Chen",
        "Moreno", "Hartono", "Siregar", "Gunawan", "Natarajan"]
ORG_A = ["Nusa", "Garuda", "Lintas", "Cakra", "Mitra", "Arka", "Bumi", "Sinar", "Nova", "Orbit", "Pulse", "Vektor"]
ORG_B = ["Data", "Labs", "Robotics", "Capital", "Health", "Pay", "Logistik", "AI", "Ventures", "Analytics"]
TITLES = ["CEO", "CFO", "pendiri", "juru bicara", "CTO"]


def _people(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(n)]


def _article(rng: random.Random, i: int, orgs: list[str], people: list[str]) -> SourceDoc:
    org, other = rng.sample(orgs, 2)
    person, second = rng.sample(people, 2)
    month = rng.randint(1, 12)
    amount = rng.randint(2, 900)
    if i % 2:
        text = (
            f"{org} mengumumkan pendanaan senilai ${amount} juta pada {month} Maret 2026, kata {rng.choice(TITLES)} "
            f"{org}, {person}.\n\n"
            f"Perusahaan itu memangkas {rng.randint(5, 30)}% dari {rng.randint(100, 3000)} karyawan tahun lalu. "
            f"\u201cKami fokus pada pertumbuhan yang sehat,\u201d ujar {person}.\n\n"
            f"{other} menghentikan kerja sama dengan {org} pekan lalu, menurut {second}, CEO {other}."
        )
        lang = "id"
    else:
        text = (
            f"{org} raised ${amount} million in a funding round led by {other}, its CEO {person} said on Monday.\n\n"
            f"The company laid off {rng.randint(5, 30)}% of its {rng.randint(100, 3000)} employees last year. "
            f"\"We are focused on healthy growth,\" {person} said.\n\n"
            f"{second}, who heads {other}, said the partnership with {org} ended in {2020 + month % 6}."
        )
        lang = "en"
    return SourceDoc(text=text, title=f"{org} news {i}", publisher="Bench Wire", language=lang,
                     published=f"2026-{month:02d}", source_file=f"bench-{i}.txt")


def _percentiles(samples: list[float]) -> str:
    samples = sorted(samples)
    p50 = statistics.median(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    return f"p50 {p50 * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"


def run_bench(*, articles: int = 2000, url: str | None = None, seed: int = 7) -> str:
    rng = random.Random(seed)
    orgs = [f"{a} {b}" for a in ORG_A for b in ORG_B]
    people = _people(rng, 300)
    lines = []
    with tempfile.TemporaryDirectory() as scratch:
        app = BriefingApp.build(load_settings(database_url=url or f"sqlite:///{Path(scratch) / 'bench.db'}"))
        try:
            started = time.perf_counter()
            for i in range(articles):
                store_doc(app, _article(rng, i, orgs, people), label=f"bench-{i}")
            elapsed = time.perf_counter() - started
            lines.append(f"ingest: {articles} articles in {elapsed:.1f} s = {articles / elapsed:.0f} articles/s")
            queries = {
                "/who NAME": [f"/who {rng.choice(orgs)}" for _ in range(30)],
                "/who typo": [f"/who {rng.choice(people)[:-1]}" for _ in range(30)],
                "/timeline NAME": [f"/timeline {rng.choice(orgs)}" for _ in range(30)],
                "/timeline": ["/timeline"] * 5,
                "/search": [f"/search {w}" for w in rng.choices(["layoffs", "pendanaan", "partnership", "karyawan",
                                                                   "growth", "investasi", "funding round"], k=30)],
                "/numbers NAME": [f"/numbers {rng.choice(orgs)}" for _ in range(30)],
            }
            app.ask("/who warmup")  # first call builds the in-memory name index
            for label, lines_in in queries.items():
                timings = []
                for line in lines_in:
                    t0 = time.perf_counter()
                    app.ask(line, limit=50)
                    timings.append(time.perf_counter() - t0)
                lines.append(f"{label:<16} {_percentiles(timings)}")
        finally:
            app.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"peak memory: {peak:.0f} MB")
    return "\n".join(lines)
