"""One article as the extraction stages see it: passages, sentences, the entity table and each
sentence's mentions, plus the questions several stages ask of it (what "the company" refers to,
where quoted speech is)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from db.glossary import gloss_key

from .dates import parse_published
from .entities import EntityTable
from .lexicons import NATIONAL_SHORT_FORMS, PUBLIC_SHORT_FORMS
from .text import sentences_of, split_passages


class Doc:
    def __init__(self, text: str, lang: str, published: str | None, title: str | None = None) -> None:
        self.text = text
        self.title = title or ""  # the headline, read only as evidence of the names it writes
        self.lang = lang
        self.pub = parse_published(published)
        self.passages, self.headings = split_passages(text)
        self.sents = sentences_of(self.passages, self.headings)
        self.table = EntityTable()
        # per sentence: list of (start, end, canonical, kind) in sentence coordinates
        self.sm: list[list[tuple[int, int, str, str]]] = []
        # per sentence: the spans of its job titles (``roles.find_titles``), found once by entity discovery
        self.titles: list[list[tuple[int, int]]] = []


# heads of public bodies' names, in either language
_PUBLIC_BODY = re.compile(r"^(?:otoritas|kementerian|badan|komisi|dewan|pengadilan|kejaksaan|kepolisian|bareskrim|dinas|"
                          r"pemerintah|ministry|authority|agency|court|police|commission|council|direktorat|ditjen|"
                          # detention centres and prisons in full
                          r"rumah\s+tahanan|lembaga\s+pemasyarakatan)\b|"
                          r"\b(?:authority|ministry|commission|court|police)$", re.I)


def no_company(name: str) -> bool:
    """A public body, or a company's meeting ("Rapat Umum Pemegang Saham", "RUPSLB", "the annual general meeting"),
    which appoints a company's officers: no company that "the company" or a post with no body named stands for."""
    return is_public_body(name) or _MEETING.search(name) is not None


_MEETING = re.compile(r"^(?:Rapat|RUPS\w*)\b|\b[Mm]eeting\b")


@lru_cache(maxsize=4096)  # asked of every organisation a sentence names, sentence after sentence (~18 times a name)
def is_public_body(name: str) -> bool:
    """A ministry, the police, a court, a regulator: an organisation no word for "company" stands for (also by the
    short forms of regional offices, "Polres X", "Kejari X", "Pemkab X", "Rutan X", and of national bodies, "PPATK")."""
    first = name.split(maxsplit=1)[0].lower()
    return bool(_PUBLIC_BODY.search(name)) or first in PUBLIC_SHORT_FORMS or first in NATIONAL_SHORT_FORMS \
        or gloss_key(name) is not None


def topic_org(doc: Doc, i: int, skip: Callable[[str], bool] = is_public_body) -> str | None:
    """The organisation the article is about before sentence ``i``: the most mentioned one so far, a
    company before a public body (the police that tell a company's story are not its subject); ``skip``: what is no
    company (public bodies; for a post's employer, ``no_company``: a company's meetings too)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    companies = {c for sm in doc.sm[:i] for _a, _b, c, k in sm if k == "org" and not skip(c)}
    for j, sm in enumerate(doc.sm[:i]):
        for _a, _b, c, k in sm:
            if k == "org" and (c in companies or not companies):
                counts[c] = counts.get(c, 0) + 1
                first.setdefault(c, j)
    if not counts:
        return None
    # the organisation the lead sentence opens with is the article's subject: it wins ties and gets a head start
    lead = min(first, key=lambda c: first[c])
    return max(counts, key=lambda c: (counts[c] + (1 if c == lead else 0), -first[c]))


def most_named(doc: Doc, keep: Callable[[str, str], bool], at_least: int = 2) -> str | None:
    """The one name (of those ``keep`` takes, by name and kind) the article names most often: ``at_least`` times, and
    no other as often."""
    ranked = Counter(c for sm in doc.sm for _a, _b, c, k in sm if keep(c, k)).most_common(2)
    if not ranked or ranked[0][1] < at_least or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def last_public_body(doc: Doc, i: int, noun: str | None = None) -> str | None:
    """The public body named last before sentence ``i`` (what "the ministry" / "kementerian itu" refers to). With the
    ``noun`` the text refers back by ("agency"), an organisation named in a later sentence than that body whose name
    holds the noun or that the text described by it just before the name ("the food safety agency BKPN") is
    meant, public body or not."""
    body = _last_public_body(doc, i)
    described = _described_by(doc, i, noun.lower()) if noun else None
    if described and (body is None or described[0] > body[0]):
        return described[1]
    return body[1] if body else None


def _last_public_body(doc: Doc, i: int) -> tuple[int, str] | None:
    for j in range(i - 1, -1, -1):
        bodies = [c for _a, _b, c, k in doc.sm[j] if k == "org" and is_public_body(c)]
        if bodies:
            return j, bodies[-1]
    return None


def _described_by(doc: Doc, i: int, noun: str) -> tuple[int, str] | None:
    """The description is read back to the name before, no further ("the ministry's X fined PT Y": not Y's)."""
    for j in range(i - 1, -1, -1):
        text = doc.sents[j].text
        mentions = doc.sm[j]
        for n in range(len(mentions) - 1, -1, -1):
            a, _b, c, k = mentions[n]
            start = max(a - 40, mentions[n - 1][1] if n else 0)
            if k == "org" and (noun in c.lower() or noun in text[start:a].lower()):
                return j, c
    return None


def back_org(doc: Doc, i: int, skip: Callable[[str], bool] = is_public_body) -> str | None:
    """What "the company" / "perusahaan itu" refers to: the subject of the sentence before (same paragraph)
    when that sentence opens with an organisation, or the one company it names ("The case also hit PT X. Its
    risk director resigned"), else the organisation the article is about."""
    if i and doc.sents[i - 1].passage == doc.sents[i].passage:
        companies = [(a, c) for a, _b, c, k in doc.sm[i - 1] if k == "org" and not skip(c)]
        head = [c for a, c in companies if a <= 3]
        if head:
            return head[0]
        if len({c for _a, c in companies}) == 1:
            return companies[0][1]
    return topic_org(doc, i, skip)
