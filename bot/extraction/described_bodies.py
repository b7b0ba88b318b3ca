"""A public body called by what it does: "the trade ministry", "Indonesia's food safety agency".

English copy names a body once ("the Ministry of Marine Affairs and Fisheries", or only in Indonesian:
"Kementerian Kelautan dan Perikanan") and then by its portfolio and kind in lower case. Such a description
stands for the one body the article names whose name's English stems (``db.glossary.gloss``) hold the
description's words and its kind: the sentence's happening is that body's doing.

Often a ministry is never named at all, only described ("the health ministry said on Monday"): a ministry's
portfolio is a closed class of words, so the description is a name of its own ("Health Ministry"), which the store
finds again under the Indonesian name through the same stems; not where the sentence or the one before names another
country, whose ministry it may be.
"""

from __future__ import annotations

import re

from bot.domain import Mention
from db.glossary import gloss

from .document import Doc
from .leads import SENTENCE_WORDS, Gated
from .lexicons import COUNTRIES, MINISTRY_FIELDS

# the kind of body a description ends on, and the stems a body's name holds for that kind
_KINDS = {"ministry": {"ministry"}, "agency": {"agency", "institution"}, "board": {"agency", "council"},
          "authority": {"authority", "agency"}, "commission": {"commission"}, "court": {"court"},
          "council": {"council"}, "directorate": {"directorate"}, "department": {"department"},
          "committee": {"committee"}, "police": {"police"}, "prosecutors": {"prosecutor"}, "office": {"prosecutor", "agency"}}
_DESCRIBED = re.compile(
    r"\b(?:[Tt]he|Indonesia['’]s)\s+(?P<words>(?:(?-i:[a-z][a-z-]+)\s+){1,4}?)(?P<kind>" + "|".join(_KINDS) + r")\b"
    r"(?!\s+(?-i:[A-Z]))(?!\s+of\b)")
_DESCRIBED_GATED = Gated(_DESCRIBED, SENTENCE_WORDS)
# words that say which one, not what it does ("the same ministry", "the new agency")
_NOT_PORTFOLIO = frozenset({"same", "new", "other", "former", "local", "relevant", "said", "state", "government",
                            "country", "country's", "whole", "two", "three", "central"})


def described_bodies(doc: Doc) -> list[Mention]:
    """Mentions of the article's public bodies where a sentence describes one by its portfolio; each is added to
    its sentence's names (``doc.sm``) for the stages after."""
    if doc.lang != "en":
        return []
    bodies = _bodies_by_stems(doc)
    out = []
    for i, st in enumerate(doc.sents):
        for m in _DESCRIBED_GATED.finditer(st.text):
            a, b = m.start("words"), m.end()
            if any(x < b and a < y for x, y, _c, _k in doc.sm[i]):
                continue  # part of a name read already
            words, kind = m.group("words").split(), m.group("kind")
            fits = _described(bodies, words, kind)
            body = fits[0] if len(fits) == 1 else None if fits else _unnamed_ministry(doc, i, words, kind)
            if body is not None:
                doc.sm[i] = sorted([*doc.sm[i], (a, b, body, "org")])
                out.append(Mention(body, st.passage, st.start + a, st.start + b, st.text[a:b]))
    return out


def _bodies_by_stems(doc: Doc) -> dict[str, frozenset[str]]:
    """The organisations the article names, each with the stems of all its names."""
    named = {c for sm in doc.sm for _a, _b, c, k in sm if k == "org"}
    stems: dict[str, set[str]] = {c: set(gloss(c)) for c in named}
    for form, canon in doc.table.canon.items():
        if canon in stems:
            stems[canon] |= gloss(form)
    return {c: frozenset(s) for c, s in stems.items()}


def _described(bodies: dict[str, frozenset[str]], words: list[str], kind: str) -> list[str]:
    """The bodies of that kind whose names hold every word of the description (at least one word says which)."""
    portfolio = gloss(" ".join(w for w in words if w.lower() not in _NOT_PORTFOLIO))
    if not portfolio:
        return []
    return [c for c, stems in bodies.items() if stems & _KINDS[kind] and portfolio <= stems]


def _abroad(doc: Doc, i: int) -> bool:
    """The sentence or the one before names a country other than Indonesia: "the finance ministry" may be its."""
    return any(k == "place" and c.lower() in COUNTRIES and c.lower() != "indonesia"
               for sm in doc.sm[max(0, i - 1):i + 1] for _a, _b, c, k in sm)


def _unnamed_ministry(doc: Doc, i: int, words: list[str], kind: str) -> str | None:
    """A ministry the article names only by its portfolio ("the energy ministry"): "Energy Ministry", an entity of
    the article. Only portfolio words ("the ministry's new", "the same ministry" are no name)."""
    portfolio = [w for w in words if w.lower() not in _NOT_PORTFOLIO]
    if kind != "ministry" or not portfolio or any(w not in MINISTRY_FIELDS for w in portfolio) or _abroad(doc, i):
        return None
    name = " ".join(w.capitalize() for w in portfolio) + " Ministry"
    return doc.table.resolve(name) or doc.table.add(name, "org")
