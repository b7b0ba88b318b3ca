"""`briefing eval-answers`: score what a user sees against an answer key (docs/answer-keys.md).

The articles of a folder are ingested into a scratch SQLite store through the real pipeline and asked
through ``BriefingApp.ask`` exactly as ``briefing ask --json`` asks them, so a score here is a score
of the answers, not of one extraction stage.
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.app import BriefingApp
from bot.config import load_settings
from bot.domain import Answer, Item
from db.names import norm_name, without_legal_forms

MEASURES = ("timeline", "timeline_date", "merged", "who", "numbers", "names", "absent")
ALL = "all"
_PER = re.compile(r"\b(?:per|an?|each|setiap|tiap|se)\s*\w+|/\s*\w+", re.I)


@lru_cache(maxsize=1 << 15)  # each key's evidence is matched against every item's text and passages: the same strings again
def norm(text: str | None) -> str:
    """Lower case, accents and quote styles folded, whitespace collapsed: evidence is matched on this."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Tally:
    """Hits and totals per measure and language ("all" for the whole set)."""

    counts: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def add(self, measure: str, langs: Iterable[str], hit: bool, what: str = "") -> None:
        for lang in {ALL, *langs}:
            cell = self.counts.setdefault((measure, lang), [0, 0])
            cell[0] += int(hit)
            cell[1] += 1
        if not hit and what:
            self.misses.setdefault(measure, []).append(what)

    def share(self, measure: str, lang: str = ALL) -> float | None:
        hits, total = self.counts.get((measure, lang), [0, 0])
        return hits / total if total else None

    def table(self) -> str:
        langs = sorted({lang for _m, lang in self.counts}, key=lambda x: (x == ALL, x))
        lines = [f"{'measure':<14}" + "".join(f"{lang:>16}" for lang in langs)]
        for measure in MEASURES:
            row = f"{measure:<14}"
            for lang in langs:
                hits, total = self.counts.get((measure, lang), [0, 0])
                row += f"{(f'{hits / total:.2f} ({hits}/{total})' if total else '-'):>16}"
            lines.append(row)
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {f"{m}:{lang}": {"share": self.share(m, lang), "hits": c[0], "total": c[1]}
                for (m, lang), c in sorted(self.counts.items())}


# ----------------------------------------------------------------------------- matching


def _date_ok(gold: str, got: str | None) -> bool:
    """Right date: equal at the key's precision (a more precise answer that agrees is right)."""
    return bool(got) and len(got or "") >= len(gold) and (got or "")[: len(gold)] == gold


def _tells(item: Item, file: str, evidence: str) -> bool:
    """The item states the evidence: in its lead sentence, or in a passage it cites from that file."""
    ev = norm(evidence)
    if ev in norm(item.text):
        return True
    return any(s.file == file and ev in norm(s.passage) for s in item.sources)


def _files(item: Item) -> set[str]:
    return {s.file for s in item.sources if s.file}


def score_timeline(tally: Tally, key: dict[str, Any], items: list[Item], langs: dict[str, str]) -> None:
    for event in key.get("timeline", []):
        if event.get("optional"):
            continue
        evidence: dict[str, str] = event["evidence"]
        event_langs = {langs.get(f, "?") for f in evidence}
        label = f"{event['date']} {event['basis']}: {next(iter(evidence.values()))[:70]}"
        shown = [i for i in items if any(_tells(i, f, ev) for f, ev in evidence.items())]
        dated = [i for i in shown if _date_ok(event["date"], i.date)]
        right = [i for i in dated if i.date_basis == event["basis"]]
        seen = ", ".join(f"{i.date} {i.date_basis}" for i in shown) or "not shown"
        tally.add("timeline", event_langs, bool(right), f"{label} [{seen}]")
        tally.add("timeline_date", event_langs, bool(dated), f"{label} [{seen}]")
        if len(evidence) > 1:
            whole = any(set(evidence) <= _files(i) for i in shown)
            tally.add("merged", event_langs, whole, f"{label} [{len(shown)} items]")


def _role_found(fact: dict[str, Any], answer: Answer, org_names: set[str], person_names: set[str]) -> bool:
    """The key's role among the answer's; the organisation and the person may be shown under any of their names
    (``org_names``, ``person_names``: the key's and the aliases of the entity it resolves to)."""
    from bot.extraction.evaluate import same_title
    from bot.extraction.roles import same_post

    for role in answer.roles:
        shown = norm(role.person)
        if person_names and not any(p in shown or shown in p for p in person_names):
            continue
        if org_names and (not role.org or not any(o in norm(role.org) or norm(role.org) in o for o in org_names)):
            continue
        if bool(fact.get("former")) == role.former and (same_title(fact["role"], role.title) or same_post(fact["role"], role.title)):
            return True
    return False


def _names_of(app: BriefingApp, name: str | None) -> set[str]:
    if not name:
        return set()
    entity = app.ask(f"/who {name}", limit=1).entity
    return {norm(name)} | ({norm(n) for n in [entity.name, *entity.aliases]} if entity else set())


def score_who(tally: Tally, app: BriefingApp, key: dict[str, Any], langs: dict[str, str]) -> None:
    for entry in key.get("who", []):
        answer = app.ask(f"/who {entry['name']}", limit=200)
        for fact in entry.get("facts", []):
            lang = [langs.get(fact["file"], "?")] if fact.get("file") else []
            if "role" in fact:
                hit = answer.status == "ok" and _role_found(fact, answer, _names_of(app, fact.get("org")),
                                                            _names_of(app, fact.get("person")))
                what = f"{entry['name']}: {fact.get('person')} {fact['role']} {fact.get('org')}"
            else:
                # as on the timeline: the fact's own sentence, or a passage it cites from that article (one
                # fact told by several outlets is shown once, in one outlet's words)
                hit = answer.status == "ok" and any(_tells(i, fact["file"], fact["evidence"]) for i in answer.items)
                what = f"{entry['name']}: {fact['evidence'][:70]}"
            tally.add("who", lang, hit, what)


def score_numbers(tally: Tally, app: BriefingApp, key: dict[str, Any], langs: dict[str, str]) -> None:
    answers: dict[str, Answer] = {}
    for entry in key.get("numbers", []):
        name = entry["name"]
        answer = answers.setdefault(name, app.ask(f"/numbers {name}", limit=500))
        value = float(entry["value"])
        hit = False
        for item in answer.items:
            amount = item.amount
            if amount is None or amount.currency != entry["currency"]:
                continue
            if abs(amount.value - value) > 1e-3 * max(1.0, value):
                continue
            if entry.get("per") and not _PER.search(f"{amount.text} {amount.unit or ''}"):
                continue
            hit = True
            break
        tally.add("numbers", [langs.get(entry.get("file", ""), "?")] if entry.get("file") else [], hit,
                  f"{name}: {entry.get('text')}")


def _bare(name: str) -> str:
    """A name to compare, without a leading article ("The Marrow Lanes" is the band "Marrow Lanes"), legal
    forms or punctuation ("PT Kereta Api Indonesia" is "Kereta Api Indonesia", "John J. Ray" "John J Ray")."""
    return " ".join(without_legal_forms(norm_name(re.sub(r"^the\s+", "", norm(name)))))


def score_names(tally: Tally, app: BriefingApp, key: dict[str, Any]) -> None:
    for entry in key.get("names", []):
        answer = app.ask(f"/who {entry['query']}", limit=5)
        got = answer.entity.name if answer.status == "ok" and answer.entity else None
        names = [got, *(answer.entity.aliases if answer.entity and got else [])]
        hit = any(_bare(n) == _bare(entry["expect"]) for n in names if n)
        tally.add("names", [], hit, f"{entry['query']} -> {got or answer.status} (want {entry['expect']})")
    for name in key.get("absent", []):
        answer = app.ask(f"/who {name}", limit=5)
        tally.add("absent", [], answer.status != "ok", f"{name} -> {answer.entity.name if answer.entity else ''}")


def run_answer_eval(key_path: Path, folder: Path, *, database_url: str | None = None) -> Tally:
    """Ingest ``folder`` (with its manifest.json) into a scratch SQLite store and score the answers.

    ``database_url``: an empty store to use instead (the tests pass a copy of a store migrated once, not
    migrating one for each key)."""
    with tempfile.TemporaryDirectory() as scratch:
        app = BriefingApp.build(load_settings(database_url=database_url or f"sqlite:///{scratch}/answers.db"))
        try:
            return _scored(app, Path(key_path), Path(folder))
        finally:
            app.close()


def _scored(app: BriefingApp, key_path: Path, folder: Path) -> Tally:
    key = json.loads(key_path.read_text(encoding="utf-8"))
    manifest = folder / "manifest.json"
    langs = {e["file"]: e.get("language", "?") for e in json.loads(manifest.read_text(encoding="utf-8"))}
    tally = Tally()
    app.ingest([str(folder)], manifest=str(manifest))
    items = app.ask("/timeline", limit=10_000).items
    score_timeline(tally, key, items, langs)
    score_who(tally, app, key, langs)
    score_numbers(tally, app, key, langs)
    score_names(tally, app, key)
    return tally
