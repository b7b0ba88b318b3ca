"""Score extractions against a hand-written answer key (tests/gold/*.json).

``score(gold, results)`` -> ``{kind: {"precision", "recall", "tp", "fp", "fn"}}`` for kinds
entities, roles, events, money, quotes.  Gold format: ``{"articles": [{"file", "entities": [...],
"roles": [...], "events": [...], "money": [...], "quotes": [...], "junk": [...]}]}``; items with
``"optional": true`` are neither required nor counted against a prediction that matches them.

Matching is one-to-one (a predicted item counts once) and lenient on names: case, spacing,
punctuation, aliases of the article's entities and small typos (rapidfuzz) are forgiven.
- entities: name or any alias matches; a prediction matching nothing in the key is a false positive
  (so junk counts against precision); a second prediction for an already matched entity is one too.
- roles: person, org and ``former`` match; titles match after normalisation or by containment.
- events: type (or one of ``types``), every gold actor among the predicted actors, and the date equal
  at the gold precision (a season compares year and first month).  Only gold events with a date are
  required; predicted events that match no gold item are false positives.
- money: value (relative error < 0.1%) and currency.
- quotes: speaker matches (names, aliases, or "title + org" descriptions) and text overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz

from bot.domain import Event, Extraction, Role
from db.names import norm_name

KINDS = ("entities", "roles", "events", "money", "quotes")
_SYN = [
    (r"\bjuru bicara\b|\bjubir\b|\bspokes(?:man|woman)\b", "spokesperson"),
    (r"\bchief executive(?: officer)?\b", "ceo"), (r"\bchief financial officer\b", "cfo"),
    (r"\bchief technology officer\b", "cto"), (r"\bchief operating officer\b", "coo"),
    (r"\bpendiri\b", "founder"), (r"\bco ?founder\b", "cofounder"), (r"\bperwakilan\b", "representative"),
    (r"\bkepala\b", "head"), (r"\bdirektur utama\b|\bpresiden direktur\b", "president director"),
    (r"\bchief product officer\b", "cpo"), (r"\banalis\b", "analyst"), (r"\bkuasa hukum\b|\bpengacara\b", "lawyer"),
    (r"\bgubernur\b", "governor"), (r"\bbupati\b", "regent"), (r"\bwali ?kota\b", "mayor"),
]
_TITLE_TOKENS = {"spokesperson", "ceo", "cfo", "cto", "coo", "founder", "cofounder", "representative", "head",
                 "president", "director"}


def _norm(s: str | None) -> str:
    """The name key (db.names) without possessives, titles written one way ("chief executive" -> "ceo")."""
    s = norm_name(re.sub(r"['’]s\b", "", (s or "").lower()))
    for rx, rep in _SYN:
        s = re.sub(rx, rep, s)
    return re.sub(r"\s+", " ", s).strip()


def _key(s: str | None) -> str:
    return _norm(s).replace(" ", "")


class _Names:
    """Alias-aware name equality for one article."""

    def __init__(self, gold_art: dict[str, Any], ex: Extraction) -> None:
        self.groups: list[set[str]] = []
        for e in gold_art.get("entities", []):
            self.groups.append({_key(e["name"]), *(_key(a) for a in e.get("aliases", []))})
        for e in ex.entities:
            self.groups.append({_key(e.name), *(_key(a) for a in e.aliases)})

    def same(self, a: str | None, b: str | None) -> bool:
        ka, kb = _key(a), _key(b)
        if not ka or not kb:
            return ka == kb
        if ka == kb or (min(len(ka), len(kb)) >= 6 and fuzz.ratio(ka, kb) >= 90):
            return True
        ga = {x for g in self.groups if ka in g for x in g}
        return kb in ga

    def speaker(self, gold: str | None, pred: str | None) -> bool:
        if self.same(gold, pred):
            return True
        tg, tp = set(_norm(gold).split()), set(_norm(pred).split())
        if not tg or not tp or bool(tg & _TITLE_TOKENS) != bool(tp & _TITLE_TOKENS):
            return False
        # compare the organisation parts of "title + org" descriptions, alias-aware
        og = " ".join(t for t in _norm(gold).split() if t not in _TITLE_TOKENS)
        op = " ".join(t for t in _norm(pred).split() if t not in _TITLE_TOKENS)
        return (tg & _TITLE_TOKENS) == (tp & _TITLE_TOKENS) and (self.same(og, op) or og in op or op in og)


def same_title(g: str, p: str) -> bool:
    """Titles agree after normalisation ("chief executive" = "CEO"), by containment or nearly."""
    a, b = _norm(g), _norm(p)
    return a == b or a in b or b in a or fuzz.token_set_ratio(a, b) >= 90


def _date_ok(gold: dict[str, Any], dv: Any) -> bool:
    gd = gold.get("date")
    if not gd:
        return True
    if dv is None:
        return False
    parts = [int(x) for x in gd.split("-")]
    prec = gold.get("precision") or ("day" if len(parts) == 3 else "month" if len(parts) == 2 else "year")
    if dv.year != parts[0]:
        return False
    if prec in ("month", "season") and len(parts) > 1 and dv.month != parts[1]:
        return False
    if prec == "day" and (dv.month, dv.day) != (parts[1], parts[2]):
        return False
    return True


def _pair(gold: list[dict[str, Any]], pred: list[Any],
          ok: Callable[[dict[str, Any], Any], bool]) -> tuple[set[int], list[dict[str, Any]], list[dict[str, Any]]]:
    """Each gold fact, required ones first, takes the first unused prediction it accepts: the indexes of
    the predictions taken, the gold facts matched and those left unmatched."""
    used: set[int] = set()
    matched: list[dict[str, Any]] = []
    unmatched: list[dict[str, Any]] = []
    for g in sorted(gold, key=lambda x: bool(x.get("optional"))):
        hit = next((j for j, p in enumerate(pred) if j not in used and ok(g, p)), None)
        if hit is None:
            unmatched.append(g)
            continue
        used.add(hit)
        matched.append(g)
    return used, matched, unmatched


def _extra(pred: list[Any], used: set[int], dedupe: Callable[[Any], Any] | None) -> list[Any]:
    extra = [p for j, p in enumerate(pred) if j not in used]
    if dedupe is not None:  # predictions equal to a matched one are duplicates, not new facts
        seen = {dedupe(pred[j]) for j in used}
        extra = [p for p in extra if dedupe(p) not in seen]
    return extra


def _match(gold: list[dict[str, Any]], pred: list[Any], ok: Callable[[dict[str, Any], Any], bool],
           dedupe: Callable[[Any], Any] | None = None) -> tuple[int, int, int, list, list]:
    used, matched_gold, unmatched = _pair(gold, pred, ok)
    tp = sum(1 for g in matched_gold if not g.get("optional"))
    fn = sum(1 for g in unmatched if not g.get("optional"))
    extra = _extra(pred, used, dedupe)
    missed = [g for g in gold if not g.get("optional") and g not in matched_gold]
    return tp, len(extra), fn, extra, missed


# Extraction keys list the typed events of the first extractor, dated only where the text dates them.
KEYED_TYPES = {"investment", "acquisition", "hiring", "departure", "layoffs", "partnership_ended", "contract_won",
               "valuation", "revenue", "funding", "lawsuit", "founding", "launch"}


def _keyed_events(events: list[Event]) -> list[Event]:
    """Events as an extraction key sees them: typed ones, with a report's or a plan's date left out
    (the answer keys of ``bot.answer_eval`` score those)."""
    return [e if e.basis in ("stated", "anchored") else replace(e, date=None)
            for e in events if e.type in KEYED_TYPES]


# gold's and prediction's (true positives, false positives, false negatives, extra predictions, missed gold)
_Result = tuple[int, int, int, list, list]


def _score_entities(g: dict[str, Any], ex: Extraction, names: _Names) -> _Result:
    # the names the article writes: not a body only a post's title names ("Menteri Keuangan": the ministry)
    implied = {r.org for r in ex.roles} - {m.entity for m in ex.mentions}
    ents = [e for e in ex.entities if e.kind != "author" and e.name not in implied]
    return _match(g.get("entities", []), ents,
                  lambda ge, pe: any(names.same(n, m) for n in [ge["name"], *ge.get("aliases", [])]
                                     for m in [pe.name, *pe.aliases]))


def _score_roles(g: dict[str, Any], ex: Extraction, names: _Names) -> _Result:
    roles = list({(x.person, x.title.lower(), x.org, x.former): x for x in ex.roles}.values())
    return _match(g.get("roles", []), roles,
                  lambda gr, pr: names.same(gr["person"], pr.person) and _same_org(names, gr, pr)
                  and bool(gr.get("former")) == pr.former and same_title(gr["title"], pr.title))


def _same_org(names: _Names, gr: dict[str, Any], pr: Role) -> bool:
    """The key's organisation, or none where the post's title names its body and the extractor gave that body
    ("Menteri Keuangan X": the Kementerian Keuangan, a name the key leaves unwritten)."""
    if names.same(gr.get("org"), pr.org):
        return True
    portfolio = re.sub(r"^(?:wakil\s+)?menteri\s+", "", pr.title.lower())
    return gr.get("org") is None and portfolio != pr.title.lower() and (pr.org or "").lower() == f"kementerian {portfolio}"


def _same_event(names: _Names, ge: dict[str, Any], pe: Event) -> bool:
    return (pe.type in (ge.get("types") or [ge["type"]])
            and all(any(names.same(a, b) for b in pe.actors) for a in ge["actors"])
            and (_date_ok(ge, pe.date) if ge.get("date") else pe.date is None or bool(ge.get("optional"))))


def _score_events(g: dict[str, Any], ex: Extraction, names: _Names) -> _Result:
    gold_events = [e if e.get("date") else {**e, "optional": True} for e in g.get("events", [])]
    r3 = _match(gold_events, _keyed_events(ex.events), lambda ge, pe: _same_event(names, ge, pe),
                dedupe=lambda pe: (pe.type, pe.date.iso() if pe.date else None))
    # only dated predictions can be wrong timeline entries; undated extras are not counted
    return (r3[0], len([p for p in r3[3] if p.date is not None]), r3[2], r3[3], r3[4])


def _score_money(g: dict[str, Any], ex: Extraction, names: _Names) -> _Result:
    money = [a for a in ex.amounts if a.kind == "money"]
    return _match(g.get("money", []), money,
                  lambda gm, pm: pm.currency == gm["currency"] and abs(pm.value - gm["value"]) <= 1e-3 * max(1.0, gm["value"]))


def _score_quotes(g: dict[str, Any], ex: Extraction, names: _Names) -> _Result:
    return _match(g.get("quotes", []), ex.quotes,
                  lambda gq, pq: names.speaker(gq["speaker"], pq.speaker)
                  and (gq.get("kind") != "refusal" or pq.kind == "refusal")
                  and fuzz.partial_ratio(_norm(gq["text"]), _norm(pq.text)) >= 80)


# one scorer per fact kind, in the order of KINDS
_SCORERS: dict[str, Callable[[dict[str, Any], Extraction, _Names], _Result]] = {
    "entities": _score_entities, "roles": _score_roles, "events": _score_events,
    "money": _score_money, "quotes": _score_quotes,
}


def _junk(g: dict[str, Any], ex: Extraction) -> list[str]:
    """The answer key's junk names that the extraction kept as an entity's name or alias."""
    return [j for j in g.get("junk", []) for e in ex.entities
            if _key(j) in {_key(e.name), *(_key(a) for a in e.aliases)}]


def _details(g: dict[str, Any], ex: Extraction, res: dict[str, _Result]) -> dict[str, Any]:
    """One article's false positives and false negatives per fact kind, for reading by eye."""
    r, r2, r3, r4, r5 = (res[k] for k in KINDS)
    return {"entities_fp": [e.name for e in r[3]], "entities_fn": [x["name"] for x in r[4]],
            "roles_fp": [(x.person, x.title, x.org, x.former) for x in r2[3]],
            "roles_fn": [(x["person"], x["title"], x.get("org")) for x in r2[4]],
            "events_fp": [(x.type, x.actors, x.date.iso()) for x in r3[3] if x.date],
            "events_fn": [(x["type"], x["actors"], x.get("date")) for x in r3[4]],
            "money_fp": [x.text for x in r4[3]], "money_fn": [x["text"] for x in r4[4]],
            "quotes_fp": [(x.speaker, x.kind, x.text[:40]) for x in r5[3]],
            "quotes_fn": [(x["speaker"], x["text"][:40]) for x in r5[4]],
            "junk": _junk(g, ex)}


def score_article(g: dict[str, Any], ex: Extraction, details: dict[str, Any] | None = None) -> dict[str, tuple[int, int, int]]:
    """One article's (true positives, false positives, false negatives) per fact kind; ``details``, when
    given, gets the article's misses and extras under its file name."""
    names = _Names(g, ex)
    res = {kind: scorer(g, ex, names) for kind, scorer in _SCORERS.items()}
    if details is not None:
        details[g["file"]] = _details(g, ex, res)
    return {kind: r[:3] for kind, r in res.items()}


def score(gold: dict[str, Any], results: dict[str, Extraction], details: dict[str, Any] | None = None) -> dict[str, dict[str, float]]:
    """Micro-averaged precision/recall per fact kind over the articles present in ``results``."""
    tot = {k: [0, 0, 0] for k in KINDS}
    for g in gold.get("articles", []):
        ex = results.get(g["file"])
        if ex is None:
            continue
        for k, (tp, fp, fn) in score_article(g, ex, details).items():
            tot[k][0] += tp
            tot[k][1] += fp
            tot[k][2] += fn
    out: dict[str, dict[str, float]] = {}
    for k, (tp, fp, fn) in tot.items():
        out[k] = {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
                  "tp": tp, "fp": fp, "fn": fn}
    return out


def format_scores(scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{'kind':<10} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for k in KINDS:
        if k in scores:
            s = scores[k]
            lines.append(f"{k:<10} {s['precision']:>9.2f} {s['recall']:>7.2f} {int(s['tp']):>4} {int(s['fp']):>4} {int(s['fn']):>4}")
    return "\n".join(lines)
