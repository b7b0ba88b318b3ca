"""Who else an amount is about, once the article's roles are known.

The event stage gives each amount the names of its clause. Two kinds of owner are not named there:
- the organisation a person in the clause acts for ("Baskoro cut the fee to Rp 3,000": Baskoro is the
  company's CEO, so the fee is the company's);
- the organisation a common noun stands for ("the bank set aside ...", "Maskapai membayar kompensasi
  ...", "memaksa perusahaan mengembalikan dana ..."): the one the article calls by that noun, by its
  name ("Bank Pusaka") or by a description ("maskapai Langit Nusa", "X, a low-cost carrier"), else,
  for a word that means any company, the organisation the article is about.
"""

from __future__ import annotations

import re

from bot.domain import Amount, Role

from .document import Doc, back_org, is_public_body, topic_org
from .leads import Opened
from .lexicons import ORG_DESCRIPTORS
from .literal import last_runs_start

# words that stand for whatever company the article is about
_ANY_COMPANY = frozenset({"perusahaan", "perseroan", "emiten", "company", "firm", "group", "grup", "manajemen",
                          "management", "direksi"})  # a company's management acts for it
# groups of people called by the head word of their name ("Kuasa hukum forum ..." for "Forum Investor Ritel")
_GROUPS = frozenset({"forum", "paguyuban", "serikat", "asosiasi", "koperasi", "union", "association"})
# institutions news calls by what they are ("the hospital offered ...", "pihak sekolah membayar ..."), and the
# words of their names that say so in either language ("RS Permata", "Permata Hospital", "SMA Bakti")
_INSTITUTIONS = {"rumah sakit": ("rs", "rsud", "rsia", "hospital"), "hospital": ("rs", "rsud", "rsia", "hospital"),
                 "klinik": ("klinik", "clinic"), "clinic": ("klinik", "clinic"),
                 "sekolah": ("sekolah", "school", "sd", "smp", "sma", "smk"), "school": ("sekolah", "school"),
                 "universitas": ("universitas", "university"), "university": ("universitas", "university"),
                 "kampus": ("universitas", "university", "institut", "institute"),
                 "hotel": ("hotel",), "resort": ("resort",), "yayasan": ("yayasan", "foundation"),
                 "foundation": ("yayasan", "foundation")}
# longest first; words of one length in a fixed order, so that the pattern's source (its key in ``leads_table``) is the
# same in every process (two words of one length never match at one place: the order among them changes no match)
_NOUNS = sorted(ORG_DESCRIPTORS | _ANY_COMPANY | _GROUPS | {"insurer", "airline", "asuransi"} | set(_INSTITUTIONS),
                key=lambda w: (-len(w), w))
# "the bank", "Maskapai itu", "perusahaan": a lower-case noun (or one opening the sentence) that is no part of a name
_NOUN_REFERENCE = Opened(re.compile(r"(?<![\w-])(" + "|".join(_NOUNS) + r")(?![\w-])(?!\s+(?-i:[A-Z]))", re.I))


def with_owners(doc: Doc, amounts: list[Amount], roles: list[Role]) -> list[Amount]:
    """``amounts``, each also about the organisations its people act for and its nouns stand for."""
    acts_for = {r.person: r.org for r in roles if r.org and not r.former}
    nouns = _noun_owners(doc)
    by_passage: dict[int, list[int]] = {}
    for i, s in enumerate(doc.sents):
        by_passage.setdefault(s.passage, []).append(i)
    for amount in amounts:
        owners = [acts_for[n] for n in [amount.entity, *amount.about] if n in acts_for]
        sentence = _sentence_of(doc, by_passage.get(amount.passage, []), amount.text)
        if sentence is not None:
            owners += _sentence_owners(doc, sentence, nouns)
        if amount.unit == "per ticket":
            owners += _events_ticketed(doc)
        for org in owners:
            if org != amount.entity and org not in amount.about:
                amount.about.append(org)
    return amounts


# the head words of happenings one buys tickets for ("Lautan Bunyi Festival", "Konser X", "Jakarta Fair")
_TICKETED = re.compile(r"\b(?:festival|fest|konser|concert|tour|expo|pameran|fair|show|pertunjukan|kejuaraan|"
                       r"championship|turnamen|tournament|liga|league|piala|cup|grand\s+prix|marathon|maraton)\b", re.I)


def _events_ticketed(doc: Doc) -> list[str]:
    """The happening a ticket price is for: the most mentioned name of the article that names an event."""
    counts: dict[str, int] = {}
    for sm in doc.sm:
        for _a, _b, c, k in sm:
            if k == "org" and _TICKETED.search(c):
                counts[c] = counts.get(c, 0) + 1
    return [max(counts, key=lambda c: counts[c])] if counts else []


# a sentence that opens with a pronoun for an organisation ("It sells coffee at ...")
# a graft case's loss to the state, or what thieves took, whoever reckons or states it (an auditor, the
# prosecutors, a security firm): the company in the news's
_CASE_LOSS = Opened(re.compile(r"\b(?:kerugian|merugikan)\s+(?:keuangan\s+)?negara\b|\b(?:state|state's)\s+loss(?:es)?\b|"
                        r"\blosses?\s+to\s+the\s+state\b|\b(?:stole|stolen|siphoned\s+off|mencuri|dicuri|digondol|dibobol|dikuras|raib)\b", re.I))
_IT = re.compile(r"^\s*(?:It|Its|They|Their)\b")


def _pronoun_subject(doc: Doc, i: int) -> list[str]:
    """The organisation a sentence's opening "It" stands for: the subject of the sentence before (same
    paragraph), else the organisation the article is about."""
    org = back_org(doc, i) if _IT.match(doc.sents[i].text) else None
    return [org] if org else []


def _named_just_before(doc: Doc, i: int) -> list[str]:
    """A figure in a sentence that names no one goes on about those the sentence before, in its paragraph or
    closing the paragraph before (news writes a sentence a paragraph), named ("Jaksa menyita aset Budi senilai
    Rp 5 triliun. Rinciannya: uang tunai Rp 2 triliun, ..."); not about the public body that acted (it seized,
    it reckoned the loss)."""
    if i == 0 or doc.sents[i - 1].passage not in (doc.sents[i].passage, doc.sents[i].passage - 1):
        return []
    return list(dict.fromkeys(c for _a, _b, c, k in doc.sm[i - 1] if k in ("person", "org") and not is_public_body(c)))


def _sentence_of(doc: Doc, indexes: list[int], text: str) -> int | None:
    return next((i for i in indexes if text in doc.sents[i].text), None)


def _referred(doc: Doc, i: int, nouns: dict[str, str]) -> list[str]:
    """The organisations the common nouns of sentence ``i`` stand for."""
    text = doc.sents[i].text
    out = []
    for m in _NOUN_REFERENCE.finditer(text):
        if m.start() and text[m.start()].isupper() and text[:m.start()].strip():
            continue  # a capitalised word inside the sentence is part of a name
        noun = m.group(1).lower()
        org = nouns.get(noun) or (_company_in_the_news(doc, i) if noun in _ANY_COMPANY else None)
        if org and not (noun in _ANY_COMPANY and is_public_body(org)):
            out.append(org)
    return out


def _sentence_owners(doc: Doc, i: int, nouns: dict[str, str]) -> list[str]:
    """The organisations sentence ``i`` speaks of without naming them: by a noun, a pronoun, (a loss to the
    state, a theft) the company in the news, or (naming no one but public bodies: "KPK menyita Rp 5 miliar") those
    the sentence before named."""
    owners = _referred(doc, i, nouns) + _pronoun_subject(doc, i)
    if _CASE_LOSS.search(doc.sents[i].text):
        owners += [c for c in [_company_in_the_news(doc, i)] if c]
    if _BOTH_PARTIES.search(doc.sents[i].text):
        owners += _two_companies(doc, i)
    if not any(k in ("person", "org") and not is_public_body(c) for _a, _b, c, k in doc.sm[i]):
        owners += _named_just_before(doc, i)
    return owners


# "disetujui RUPSLB kedua bank", "both companies", "the two firms": the two companies the article is about
_BOTH_PARTIES = re.compile(r"\b(?:kedua|both|the\s+two)\s+(?:bank|banks|perusahaan|perseroan|emiten|companies|firms|lenders|"
                           r"carriers|maskapai|airlines|groups|grup)\b", re.I)


def _two_companies(doc: Doc, i: int) -> list[str]:
    """The two companies (no public bodies) named most up to sentence ``i``, when there are two or more."""
    counts = _company_counts(doc, i)
    return sorted(counts, key=lambda c: -counts[c])[:2] if len(counts) >= 2 else []


def _company_counts(doc: Doc, i: int) -> dict[str, int]:
    """How often sentences up to ``i`` name each organisation that is no public body."""
    counts: dict[str, int] = {}
    for sm in doc.sm[: i + 1]:
        for _a, _b, c, k in sm:
            if k == "org" and not is_public_body(c):
                counts[c] = counts.get(c, 0) + 1
    return counts


def _company_in_the_news(doc: Doc, i: int) -> str | None:
    """The organisation the article is about up to sentence ``i``, unless a public body: then the most
    mentioned company so far (a regulator's story is often about a company)."""
    topic = topic_org(doc, i + 1)
    if topic is None or not is_public_body(topic):
        return topic
    counts = _company_counts(doc, i)
    return max(counts, key=lambda c: counts[c], default=None)


def _noun_owners(doc: Doc) -> dict[str, str]:
    """noun -> the organisation the article calls by it: the most mentioned of those whose name holds
    the noun or that the article describes with it ("maskapai Langit Nusa", "Langit Nusa, a carrier")."""
    counts = _org_counts(doc)
    named: dict[str, set[str]] = {}
    for org in counts:
        words = org.lower().split()
        for word in words:
            named.setdefault(word, set()).add(org)
        for noun, name_words in _INSTITUTIONS.items():
            if any(w in name_words for w in words):
                named.setdefault(noun, set()).add(org)
    _add_descriptions(doc, named)
    topic = max(counts, key=lambda c: counts[c], default=None)
    first = {c: n for n, c in enumerate(counts)}  # a tie goes to the one named first, whatever the set's order
    return {noun: topic if topic in named[noun] else max(named[noun], key=lambda c: (counts.get(c, 0), -first.get(c, len(first))))
            for noun in _NOUNS if named.get(noun)}


def _org_counts(doc: Doc) -> dict[str, int]:
    """How often the article mentions each organisation, in the order it first names them."""
    counts: dict[str, int] = {}
    for sm in doc.sm:
        for _a, _b, c, k in sm:
            if k == "org":
                counts[c] = counts.get(c, 0) + 1
    return counts


def _add_descriptions(doc: Doc, named: dict[str, set[str]]) -> None:
    """Each word an organisation is described with, just before its name or in an apposition after it,
    names it too."""
    for s, sm in zip(doc.sents, doc.sm, strict=False):
        for a, b, c, k in sm:
            if k != "org":
                continue
            head = s.text[:a]
            before = _DESCRIBED_BEFORE.search(head, last_runs_start(head, 5))  # four words and "PT" at most, to the end
            after = _DESCRIBED_AFTER.match(s.text[b:])
            for word in (before.group(1).split() if before else []) + ([after.group(1)] if after else []):
                named.setdefault(word.lower(), set()).add(c)

# "maskapai berbiaya murah PT Langit Nusa", "the insurer Lintang": lower-case words just before the name
_DESCRIBED_BEFORE = re.compile(r"((?:(?-i:[a-z])[\w-]*\s+){1,4})(?:PT\.?\s+)?$")
# "Langit Nusa, a low-cost carrier"
_DESCRIBED_AFTER = re.compile(r"^\s*,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(\w+)\b")
