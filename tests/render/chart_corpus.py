"""Synthetic articles with many dated events about one company, for the chart tests.

``write_corpus(folder, events=300)`` writes plain-text articles and their manifest: five events a
article, each on its own day, of three kinds (a raise with a "$" figure, a partnership, an acquisition
with a figure), and every tenth event retold by one to three other outlets, so items have 1 to 4 sources.
Ingesting the folder with its manifest gives a timeline of ``events`` items for "Acme Robotics".
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

COMPANY = "Acme Robotics"
PARTNERS = ["Nusa", "Garuda", "Lintas", "Cakra", "Mitra", "Arka", "Bumi", "Sinar", "Nova", "Orbit", "Pulse", "Vektor",
            "Samudra", "Rimba", "Awan", "Kencana", "Selaras", "Tirta", "Bintang", "Cahaya"]
SENTENCES = [
    "On {date}, Acme Robotics raised ${whole}.{tenth} million from {partner} Capital, the company said.",
    "On {date}, Acme Robotics signed a partnership with {partner} Logistics to deliver parcels in Jakarta.",
    "On {date}, Acme Robotics acquired {partner} Labs for ${whole} million in cash.",
]
PER_ARTICLE = 5
START = dt.date(2021, 1, 4)
DAYS_APART = 4  # more than the two days within which two tellings are one happening


def event_sentence(n: int) -> tuple[str, dt.date]:
    """The ``n``-th event: its sentence and its day."""
    day = START + dt.timedelta(days=DAYS_APART * n)
    partner = f"{PARTNERS[n % len(PARTNERS)]} {n // len(PARTNERS) + 1}"
    text = SENTENCES[n % len(SENTENCES)].format(date=day.strftime("%B %-d, %Y"), whole=10 + (n * 7) % 900,
                                                tenth=n % 10, partner=partner)
    return text, day


def write_corpus(folder: Path, events: int = 300) -> Path:
    """Write the articles and ``manifest.json`` into ``folder``; returns the manifest's path."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = []
    for first in range(0, events, PER_ARTICLE):
        told = [event_sentence(n) for n in range(first, min(first + PER_ARTICLE, events))]
        manifest.append(_article(folder, f"acme-{first:04d}", told, "Acme Wire"))
    for n in range(0, events, 10):  # retellings: items with 2 to 4 sources
        for copy in range(1 + (n // 10) % 3):
            manifest.append(_article(folder, f"retold-{n:04d}-{copy}", [event_sentence(n)], f"Outlet {copy}"))
    path = folder / "manifest.json"
    path.write_text(json.dumps(manifest), encoding="utf-8")
    return path


def _article(folder: Path, name: str, told: list[tuple[str, dt.date]], publisher: str) -> dict[str, str]:
    paragraphs = [text for text, _day in told] + ["The company did not comment further."]
    (folder / f"{name}.txt").write_text(f"{COMPANY}: {name}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    published = told[-1][1] + dt.timedelta(days=1)
    return {"file": f"{name}.txt", "language": "en", "published": published.isoformat(), "title": name,
            "publisher": publisher}
