"""``extract``: article text -> Extraction (passages, entities, mentions, roles, events, amounts, quotes).

Pure: no I/O, no database.  Regexes are compiled at import time; one article takes a few milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.domain import Entity, Extraction, Mention, Role
from db.glossary import gloss, gloss_key

from .amount_owners import with_owners
from .candidates import with_possessive_brand
from .described import described_people
from .described_bodies import described_bodies
from .document import Doc, back_org, most_named, no_company, topic_org
from .entities import _APPOS, Cand, add_acronyms, bare_org, build_table, runs_in, with_demonym
from .entities import gazetteer_kind as gazetteer_kind_
from .event_stage import ORG_NOUNS, events_and_amounts
from .events import names_a_happening
from .kinds import known_place
from .lexicons import COUNTRIES, FIRST_NAMES, ORG_PREFIX, ORG_SUFFIX, PUBLIC_SHORT_FORMS, UNIT_HEADS
from .literal import capital_after_space, first_of_names, occurrences
from .merging import (
    add_legal_names,
    add_nicknames,
    add_org_nicknames,
    add_person_initials,
    add_regional_bodies,
    add_tickers,
    named_by_tail,
    regional_body,
    specified_acronyms,
)
from .quotes import find_quotes
from .roles import PUBLIC_BODY, RawRole, find_roles, find_titles, is_public_post
from .succession import handed_on
from .text import detect_language

if TYPE_CHECKING:
    from .aliases import AliasConfig

_COLON_DATELINE = re.compile(r"^\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*:\s")
_DATELINE = re.compile(r"^\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*)?[–—-]")

def _name_runs(text: str, blocked: list) -> list[tuple[int, int, bool]]:
    """Capitalised runs that may be names: not a kind of happening written capitalised ("badai Pemutusan
    Hubungan Kerja (PHK)")."""
    return [(a, b, initial) for a, b, initial in runs_in(text, blocked) if not names_a_happening(text[a:b])]


def _dateline(text: str, media: set[str]) -> list[tuple[int, int]]:
    """Read a paragraph's dateline ("JAKARTA, KOMPAS.com -", "SURABAYA (Wire) -"): the outlet it names goes
    to ``media``; a place written in capitals is kept out of names (its span is returned)."""
    m = _DATELINE.match(text)
    if not m:
        # "New Delhi: ..." (the colon some outlets write): a place's only, a name before a colon may be a speaker's
        m = _COLON_DATELINE.match(text)
        return [m.span(1)] if m and known_place(m.group(1)) else []
    name = m.group(1)
    place = gazetteer_kind_(name) or gazetteer_kind_(name.title())
    second = re.match(r"^\s*[^,]+,\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*[–—-]", text)
    if second and place:
        media.add(second.group(1))
    if not place:
        media.add(name)
    return [m.span(1)] if place and place[1] == "place" and name.isupper() else []


def _given_name_back(roles: list[RawRole], sentence: str, text: str) -> list[RawRole]:
    """"CEO Lantera Syahrul Rinaldi Fikri" reads as an organisation and a two-word name; where the article
    writes the organisation's shorter form on its own and never the longer one elsewhere, the word between
    opens the person's name (a given name the article writes alone later, or nowhere else: a company's
    second word comes back with it)."""
    places = None  # the article's "Rutan Salemba" of "Rumah Tahanan (Rutan) Salemba": read once, if asked
    for r in roles:
        head, _, word = (r.org or "").rpartition(" ")
        if r.org is None and (short := _short_form_then_one_name(r.name, text)):
            r.org, r.name, r.back, r.topic = short, r.name.split()[1], False, False
        elif r.org and _given_names_for_body(r.org, r.name, sentence, text):
            r.org, r.name = None, f"{r.org} {r.name}"
        elif _name_written_whole(text, head, word, r.name) or _given_name_only_before(text, head, word, r.name) or (
                _brand_then_given_name(text, head, word, r.name) and not _written_alone(text, r.org or "")
                and r.org not in (places := {short for _a, _b, short in specified_acronyms(text, text)} if places is None else places)):
            r.org, r.name = head, f"{word} {r.name}"
    return roles


def _four_word_name(roles: list[RawRole], sentence: str) -> list[RawRole]:
    """"said Dewi Anggraini Putri Lestari, who ...": a pattern that opens with a name reads three words at most; a
    given name written right before those three opens the holder's name."""
    for r in roles:
        at = r.start if r.name.count(" ") == 2 and sentence.startswith(r.name, r.start) else -1
        before = sentence[:at].rsplit(None, 1)[-1] if at > 0 and sentence[at - 1] == " " else ""
        if before[:1].isupper() and before[1:].islower() and before.lower() in FIRST_NAMES:
            r.name = f"{before} {r.name}"
    return roles


# the holder set off after a body's naming: ", Asep Mulyana," or ", Asep Mulyana, mengatakan"
_APPOSITIVE_HOLDER = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*,")


def _holder_after_naming(roles: list[RawRole], sentence: str, namings: list[tuple[int, int, str]]) -> list[RawRole]:
    """"Kepala Pelaksana Badan ... (BPBD) Lebak, Asep Mulyana, ..." reads as the body and a holder "Lebak"; the
    words after the short form name the body (the sentence's ``namings``, of ``specified_acronyms``), the holder is
    the name set off after it. With no such name the reading is dropped."""
    if not roles or not namings:
        return roles
    named = {end: short for _a, end, short in namings}
    out = []
    for r in roles:
        short = named.get(r.end)
        if short is None or short.split(" ", 1)[1] != r.name:
            out.append(r)
        elif m := _APPOSITIVE_HOLDER.match(sentence, r.end):
            out.append(replace(r, name=m.group(1), org=short, end=m.end(1)))
    return out


def _given_names_for_body(org: str, name: str, sentence: str, text: str) -> bool:
    """"president director Ratna Sari Dewi Kusumawardhani": a body of one or two words read right before a name, each
    a given name, opens the name (of four words at most), if the article never writes its first word before another
    capitalised word than the next of the name (as it would the opening word of a company's name: "Kirana Bumi")."""
    words = org.split()
    if not 0 < len(words) <= 2 or len(words) + name.count(" ") > 3 or f"{org} {name}" not in sentence:
        return False
    first, follows = words[0], f"{org} {name}".split()[1]
    return all(w.lower() in FIRST_NAMES and _may_open_a_name(w) for w in words) and gloss_key(org) is None and all(
        text[start + len(first):].split(None, 1)[0] == follows for start in occurrences(text, first, before="'’-", after="")
        if capital_after_space(text, start + len(first)))


def _name_written_whole(text: str, head: str, word: str, name: str) -> bool:
    """"Kepala Pelaksana BPBD Lebak Asep Mulyana Hidayat" read as a body and a two-word name: the body's last word
    opens the name when the article writes the body without it and, with it, only before the name, and either
    the body is a region's public body ("BPBD", "DPRD", "Kejari" and its one-word region) or the article writes
    the longer name where no capitalised word comes before it ("AMH adalah Asep Mulyana Hidayat")."""
    if not (head and _may_open_a_name(word)) or not _written_alone(text, head) or _written_alone(text, f"{head} {word}"):
        return False
    region_body = len(head.split()) == 2 and head.split()[0].lower() in PUBLIC_SHORT_FORMS
    return region_body or any(not _capital_word_before(text, start)
                              for start in occurrences(text, f"{word} {name}", before="", after="-"))


def _short_form_then_one_name(name: str, text: str) -> str | None:
    """"direktur utama KPN Sutrisno mengatakan" read as a holder "KPN Sutrisno": a body's short form in capitals the
    article writes alone, then a one-word name it writes alone too as one refers to a person ("kata Sutrisno"), are the
    body and its holder. The short form, if so."""
    words = name.split()
    if len(words) != 2 or not (3 <= len(words[0]) <= 6 and words[0].isalpha() and words[0].isupper()) \
            or not (words[1].isalpha() and words[1][1:].islower()):
        return None
    return words[0] if _written_alone(text, words[0]) and _short_reference(text, words[1]) else None


def _given_name_only_before(text: str, head: str, word: str, name: str) -> bool:
    """"Direktur PT Kopitara Nusa Budi Hartono Wirjadi" read as "Kopitara Nusa Budi" and a two-word name: the body's last
    word, a known given name, opens the name when the article writes the body with it only ever right before the name,
    and either writes the body alone or the whole name after other words too ("Direktur Kopitara Budi Hartono Wirjadi")."""
    if not (head and name.count(" ") <= 2 and word.lower() in FIRST_NAMES and _may_open_a_name(word)):
        return False
    if not _written_alone(text, head) and len({text[:start].rsplit(None, 1)[-1] for start in occurrences(
            text, f"{word} {name}", before="", after="-") if text[:start].strip()}) < 2:
        return False
    return all(text.startswith(f" {name}", start + len(head) + 1 + len(word))
               for start in occurrences(text, f"{head} {word}", before="", after="-"))


def _capital_word_before(text: str, start: int) -> bool:
    """A capitalised word ends just before ``start``, white space apart."""
    m = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    return m is not None and m.group(1)[:1].isupper()


def _brand_then_given_name(text: str, head: str, word: str, name: str) -> bool:
    """``head`` is a one-word company the article writes alone; ``word`` a plain word it writes alone too, as
    one refers to a person, or only ever between the company and the rest of the name (``name``), and no place
    or corporate word."""
    company = bool(head) and " " not in head and head.lower() not in ORG_PREFIX and _written_alone(text, head)
    if not (company and _may_open_a_name(word)):
        return False
    # a hyphened given name ("Lip-Bu") counts apart: the article spells the same name both ways
    written = sum(1 for _ in occurrences(text, word, before="-", after="-"))
    once = written == 1 or written == text.count(f"{head} {word} {name}")
    return (once or _short_reference(text, word)) and gloss_key(word) is None


def _may_open_a_name(word: str) -> bool:
    """A plain capitalised word that is no corporate word, no place or known organisation, nor a title's ("Lintasel
    President Director X": a title's word opens no name)."""
    plain = word.isalpha() and word[:1].isupper() and word[1:].islower() and word.lower() not in ORG_SUFFIX
    return plain and not gazetteer_kind_(word) and not find_titles(word)


def _short_reference(text: str, word: str) -> bool:
    """The article also writes ``word`` with no capitalised word on either side, as one refers to a person
    ("..., Syahrul juga menolak")."""
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
        after = re.match(r"\s+(\S+)", text[m.end():m.end() + 40])
        if not _capital_word_before(text, m.start()) and not (after and after.group(1)[:1].isupper()):
            return True
    return False


def _written_alone(text: str, name: str) -> bool:
    """The article writes ``name`` with no capitalised word after it ("Lantera melakukan PHK")."""
    # "(?<!\w)name(?![\w-])(?!\s+[A-Z])"
    return any(not capital_after_space(text, start + len(name))
               for start in occurrences(text, name, before="", after="-", overlapping=True))


def _raw_roles(doc: Doc, namings: list[list[tuple[int, int, str]]]) -> list[list[RawRole]]:
    """Each sentence's role readings, a body's naming and a given name read back where they were misread, the
    other post of a holder of two ("sekaligus"), and the posts handed on to holders a sentence names alone."""
    read = [_sentence_roles(s.text, named, doc.text) for s, named in zip(doc.sents, namings, strict=True)]
    return handed_on(read, [s.text for s in doc.sents], doc.titles)


def _sentence_roles(sentence: str, named: list[tuple[int, int, str]], text: str) -> list[RawRole]:
    """One sentence's role readings, their holders' and bodies' names mended (``named``: the sentence's namings of
    bodies; ``text``: the article's)."""
    roles = _holder_after_naming(_four_word_name(find_roles(sentence), sentence), sentence, named)
    roles = _short_form_out_of_name(_given_name_back(roles, sentence, text), sentence, text)
    return _held_together(roles, sentence)


def _short_form_out_of_name(roles: list[RawRole], sentence: str, text: str) -> list[RawRole]:
    """"Ketua Badan Eksekutif Mahasiswa (BEM) Untelbi Rina Wulandari": after a unit's short form, a word the article
    writes as a short form of its own in brackets ("Universitas Teluk Biru (Untelbi)"), or in capitals, names the
    unit's institution, not the holder: the post is one of that institution, held by the words after it."""
    out = []
    for r in roles:
        first, _, rest = r.name.partition(" ")
        m = re.search(rf"\([A-Z][A-Za-z]{{1,10}}\)\s+{re.escape(r.name)}\b", sentence) if r.org and " " in rest else None
        if m and (first.isupper() and len(first) > 1 or f"({first})" in text):
            r = replace(r, name=rest, org=first)
        out.append(r)
    return out


# "<post> <org> sekaligus <post> <org> <Name>", "<Name>, <post> <org> sekaligus <post> <org>,": one holder of both
_AT_ONCE = re.compile(r"\s+sekaligus\s+")


def _held_together(roles: list[RawRole], sentence: str) -> list[RawRole]:
    """The post on the other side of "sekaligus" from the one read with its holder, read with the same holder (each
    side up to the clause's comma)."""
    m = _AT_ONCE.search(sentence)
    if m is None or not roles:
        return roles
    left = sentence[sentence.rfind(",", 0, m.start()) + 1:m.start()].strip()
    comma = sentence.find(",", m.end())
    right = sentence[m.end():comma if comma >= 0 else len(sentence)]
    out = list(roles)
    for r in roles:
        side = left if r.start >= m.end() else right if r.end <= m.start() else None
        if side and r.name and r.name not in side:
            # the other post read as "<post> <org> <Name> <verb>.", the shape the patterns read a holder in
            out += [replace(extra, start=r.start, end=r.end) for extra in find_roles(f"{side.strip()} {r.name} hadir.")
                    if extra.name == r.name]
    return out


def _discover(doc: Doc, aliases: AliasConfig | None) -> list[list]:
    titles = doc.titles = [find_titles(s.text) for s in doc.sents]
    # "Rumah Tahanan (Rutan) Salemba": each sentence's namings of one institution of a kind, read once
    namings = [specified_acronyms(s.text, doc.text) for s in doc.sents]
    raw_roles = _raw_roles(doc, namings)
    persons = {r.name for rr in raw_roles for r in rr}
    # "PT" is no part of the name a candidate holds ("Direktur Utama PT Lantera Nusa Budi Santoso")
    orgs = {bare_org(r.org) for rr in raw_roles for r in rr if r.org}
    media: set[str] = set()
    cands: list[Cand] = []
    for i, s in enumerate(doc.sents):
        blocked = list(titles[i]) + (_dateline(s.text, media) if s.start == 0 and i < 4 else [])
        for a, b, initial in _name_runs(s.text, blocked):
            appos = bool(_APPOS.match(s.text[b:]))
            cands.append(Cand(s.text[a:b], s.passage, s.start + a, s.start + b, initial, appos, i))
        # the article names "Rutan Salemba", as it may write it later
        cands += [Cand(short, s.passage, s.start + a, s.start + b, False, False, i) for a, b, short in namings[i]]
    cands = with_demonym(cands, doc.sents, doc.text + "\n" + doc.title)
    cands = with_possessive_brand(cands, doc.sents, doc.text)
    doc.table = build_table(cands, persons, orgs, media, [s.text for s in doc.sents], headline=doc.title)
    add_acronyms(doc.table, doc.text)
    add_tickers(doc.table, doc.text)
    add_nicknames(doc.table, doc.text)
    add_legal_names(doc.table, doc.text)
    add_org_nicknames(doc.table, doc.text)
    add_person_initials(doc.table)
    add_regional_bodies(doc.table, doc.text)
    if aliases is not None:
        aliases.apply(doc.table)
    return raw_roles


def _mentions(doc: Doc) -> list[Mention]:
    forms = sorted((f for f in doc.table.canon if doc.table.canon[f] in doc.table.kinds), key=len, reverse=True)
    out: list[Mention] = []
    if not forms:
        doc.sm = [[] for _ in doc.sents]
        return out
    # the forms, longest first, standing alone: read with str.find rather than one pattern compiled an article
    for p in doc.passages:
        for start, form in first_of_names(p.text, forms):
            out.append(Mention(doc.table.canon[form], p.index, start, start + len(form), form))
    by_p: dict[int, list[Mention]] = {}
    for mt in out:
        by_p.setdefault(mt.passage, []).append(mt)
    for s in doc.sents:
        doc.sm.append([(mt.start - s.start, mt.end - s.start, mt.entity, doc.table.kinds.get(mt.entity, "org"))
                       for mt in by_p.get(s.passage, []) if s.start <= mt.start < s.end])
    return out


# a sentence whose subject is the company the article spoke of ("The company, founded in 1998, employs ...",
# "Perusahaan itu juga ...")
_SUBJECT_BACK = re.compile(rf"^(?:(?:But|However|Meanwhile|Namun|Sementara\s+itu|Adapun),?\s+)?"
                           rf"(?:The\s+(?:[\w-]+\s+){{0,2}}?{ORG_NOUNS}|(?:Perusahaan|Emiten|Perseroan|Maskapai)"
                           rf"(?:\s+(?:ini|itu|tersebut))?)\b")


# a sentence whose subject is the person the sentence before named ("He joined the bank in 2019", "Ia ...")
_SUBJECT_PRONOUN = re.compile(r"^(?:(?:But|However|Meanwhile|Namun|Sementara\s+itu|Adapun),?\s+)?(?:He|She|Ia|Dia|Beliau)\b|"
                              r"^[A-Z][a-z]*(?:\s+[a-z][\w-]*){0,5},\s+(?:he|she|ia|dia|beliau)\b")  # "Sebelum bergabung, ia ..."


def _back_mentions(doc: Doc) -> list[Mention]:
    """A mention of the company a sentence names only as "the company", or of the one person the sentence
    before named when a sentence opens with "he" or "ia": what it says is a fact of them."""
    out = []
    for i, st in enumerate(doc.sents):
        m = _SUBJECT_BACK.match(st.text)
        who = back_org(doc, i) if m else None
        if m is None and (m := _SUBJECT_PRONOUN.match(st.text)) is not None:
            who = _person_before(doc, i)
        if m is not None and who is not None:
            out.append(Mention(who, st.passage, st.start + m.start(), st.start + m.end(), m.group(0)))
    return out


def _person_before(doc: Doc, i: int) -> str | None:
    """The one person the sentence before, in the same paragraph, names."""
    if not i or doc.sents[i - 1].passage != doc.sents[i].passage:
        return None
    people = {c for _a, _b, c, k in doc.sm[i - 1] if k == "person"}
    return people.pop() if len(people) == 1 else None


# titles held in a company; a role with one of these and no organisation named is at the article's company
_CORPORATE_TITLE = re.compile(r"\b(?:CEO|CFO|CTO|COO|CMO|CPO|CIO|chief|president\s+director|director|direktur|"
                              r"komisaris|commissioner|founder|co-founder|chair|corporate\s+secretary|sekretaris\s+perusahaan|general\s+counsel)\b", re.I)


# what may stand before a sentence's subject: a legal form, "The"
_OPENING = re.compile(r"(?:(?:PT|The)\.?\s+)?")
_DEPUTY = re.compile(r"^(?:deputy|wakil|vice)\s+", re.I)
_MINISTER = re.compile(r"^(?:menteri|(?:[a-z-]+\s+){0,2}minister)\b", re.I)  # "trade minister" too
_MINISTRY = re.compile(r"^(?:Kementerian|Kem[a-z]{2,}|Komdigi|Kominfo)\b|\bMinistry\b")


def _body_of_post(doc: Doc, canon: str, title: str) -> bool:
    """Whether the organisation is a public body the post can be in: a minister's is a ministry of the
    same portfolio ("menteri keuangan" / "Kementerian Keuangan"), a unit's any public body."""
    names = [canon, *doc.table.aliases.get(canon, ())]
    title = _DEPUTY.sub("", title)  # a deputy minister's is a ministry too
    named = _named_body(title)
    if named is not None:
        return any(named.search(n) for n in names)
    if not _MINISTER.match(title):
        return any(PUBLIC_BODY.search(n) or gloss_key(n) for n in names)
    portfolio = gloss(re.sub(r"\b(?:menteri|minister)\b", "", title, flags=re.I))
    # a coordinating minister's is a coordinating ministry, whose fields hold those of the ministries it coordinates
    coordinating = bool(_COORDINATING.search(title))
    return any(_MINISTRY.search(n) and (not portfolio or portfolio & gloss(n)) and bool(_COORDINATING.search(n)) == coordinating
               for n in names)


_COORDINATING = re.compile(r"\b(?:coordinating|koordinator|kemenko)\b", re.I)


def _public_body_near(doc: Doc, i: int, r) -> str | None:
    """The public body a government post without one belongs to: the last one named before the title in
    its sentence, else in the sentences before ("Kementerian ESDM menghentikan ... Direktur Jenderal
    Mineral dan Batubara X mengatakan")."""
    for j in range(i, -1, -1):
        bodies = [c for a, _b, c, k in doc.sm[j] if k == "org" and (j < i or a < r.start) and _body_of_post(doc, c, r.title)]
        if bodies:
            return bodies[-1]
    return _ministry_later(doc, i, r)


# posts whose title names their body ("Jaksa Agung" heads the Kejaksaan Agung): no other public body is theirs
_POST_NAMES_BODY = (
    (re.compile(r"^(?:attorney\s+general|jaksa\s+agung)\b", re.I),
     re.compile(r"\bKejaksaan\s+Agung\b|\bKejagung\b|\bAttorney\s+General", re.I)),
    (re.compile(r"^(?:kapolri|(?:national\s+)?police\s+chief)$", re.I),
     re.compile(r"\bPolri\b|\bKepolisian\s+(?:Negara\s+)?(?:Republik\s+)?Indonesia\b|\bNational\s+Police\b")),
)


def _named_body(title: str) -> re.Pattern[str] | None:
    return next((body for post, body in _POST_NAMES_BODY if post.search(title)), None)


def _ministry_later(doc: Doc, i: int, r) -> str | None:
    """A minister's ministry of the same portfolio named later in the article ("Menteri Komunikasi dan Digital
    X ..." then "di Gedung Kementerian Komunikasi dan Digital"), or the body a post's title names; a post of
    another kind takes none from after."""
    if not _MINISTER.match(_DEPUTY.sub("", r.title)) and _named_body(r.title) is None:
        return None
    later = [c for m in doc.sm[i:] for a, _b, c, k in m if k == "org" and _body_of_post(doc, c, r.title)]
    return later[0] if later else _ministry_of_title(doc, doc.sents[i].text, r.title)


# a minister's title that names the portfolio ("Menteri Agama", "Wakil Menteri Keuangan"), not a coordinating one
_PORTFOLIO = re.compile(r"^(?:wakil\s+)?menteri\s+(?!koordinator\b)(?P<field>[a-z][a-z ]*)$")


def _ministry_of_title(doc: Doc, sentence: str, title: str) -> str | None:
    """The ministry an Indonesian minister's title names, where the article names none: "Menteri Agama X" is of the
    "Kementerian Agama", the name every ministry has (its portfolio as the sentence writes it)."""
    m = _PORTFOLIO.match(title)
    written = m and re.search(r"\bMenteri\s+(" + r"\s+".join(map(re.escape, m["field"].split())) + r")\b", sentence, re.I)
    if not written or not written.group(1)[:1].isupper():
        return None  # a short title ("Mendag") or a portfolio written in lower case
    name = f"Kementerian {written.group(1)}"
    c = doc.table.resolve(name) or doc.table.add(name, "org")
    return c if doc.table.kinds.get(c) == "org" else None


def _unnamed_org(doc: Doc, i: int, r) -> str | None:
    """The organisation of a role that names none: a government post's public body; the one a
    back-reference points to; for a corporate title, the company in the news."""
    if is_public_post(r.title) and (body := _public_body_near(doc, i, r)):
        return body
    if _NATIONAL_POST.fullmatch(r.title):
        return _country_of(doc, i)  # "Perdana Menteri X", "President Y", a minister of no ministry named
    corporate = _CORPORATE_TITLE.search(r.title)
    if corporate and (subject := _subject_company(doc, i, r) or _executives_listed_of(doc, i, r)):
        return subject
    if r.back and (org := _referred_org(doc, i, r)):
        return org
    if corporate:
        return topic_org(doc, i + 1, no_company)  # "menunjuk Yudha sebagai direktur utama": of the company in the news
    return None


def _referred_org(doc: Doc, i: int, r) -> str | None:
    """The organisation a post's back-reference points to ("its", "-nya", "the company"); one of the kind the
    reference's noun names, where the article names one ("the hospital's director": the hospital, not its owner named
    just before)."""
    if (kind := _kind_named(doc, i, r)) is not None:
        return kind
    before = [c for a, _b, c, k in doc.sm[i] if k == "org" and a < r.start and not no_company(c)]
    if r.topic:
        return topic_org(doc, i, no_company)
    if before:
        return before[0] if r.subject else before[-1]
    return back_org(doc, i, no_company)  # "perusahaan itu": the company the sentence before opens with, or names alone


# the kinds of body a back-reference's noun names and the words their names hold ("the hospital's": "RS X", "X Hospital")
_NOUN_KINDS = {
    "hospital": ("hospital", "rs", "rsu", "rsud", "rsia", "rsup", "rumah sakit"),
    "university": ("university", "universitas", "institut", "institute"),
    "cooperative": ("cooperative", "koperasi", "kud", "ksp", "kpri"),
    "bank": ("bank",),
    "club": ("fc", "club", "klub"),
    "school": ("school", "sekolah", "sma", "smk", "smp"),
    "foundation": ("foundation", "yayasan"),
    "union": ("union", "serikat", "federasi", "federation"),
}
_NOUN_REFERENCE = re.compile(r"the\s+([a-z]+)['’]s\s", re.I)


def _kind_named(doc: Doc, i: int, r) -> str | None:  # type: ignore[no-untyped-def]
    """The one organisation named so far whose name says it is of the kind the back-reference's noun names."""
    m = _NOUN_REFERENCE.match(doc.sents[i].text, r.start)
    words = _NOUN_KINDS.get(m.group(1).lower()) if m else None
    if not words:
        return None
    named = {c for sm in doc.sm[:i + 1] for _a, _b, c, k in sm if k == "org"}
    fits = [c for c in named if any(re.search(rf"(?<!\w){w}(?!\w)", c, re.I) for w in words)]
    return fits[0] if len(fits) == 1 else None


# the posts of a state's government: a head of state or government, a minister
_NATIONAL_POST = re.compile(r"(?:(?:vice|deputy|wakil)\s+)?(?:president|presiden|prime\s+minister|perdana\s+menteri|"
                            r"chancellor|kanselir|(?:[a-z-]+\s+){0,3}minister|menteri(?:\s+[a-z-]+){0,5})", re.I)


def _country_of(doc: Doc, i: int) -> str | None:
    """The country a government post is of: the one the sentence or the one before names, else the one the article
    names most (twice at least, no other as often)."""
    for j in (i, i - 1):
        named = [c for _a, _b, c, k in doc.sm[j] if k == "place" and c.lower() in COUNTRIES] if j >= 0 else []
        if named:
            return named[0]
    return most_named(doc, lambda name, kind: kind == "place" and name.lower() in COUNTRIES)


def _executives_listed_of(doc: Doc, i: int, r) -> str | None:
    """"memecat dua eksekutif Lapakita, yaitu CEO X dan CFO Y", "fired Lapakita's top executives, including chief
    executive X": the posts listed after a company's executives are that company's."""
    text = doc.sents[i].text
    for a, b, c, k in doc.sm[i]:
        if k == "org" and b <= r.start and _LISTED_AFTER.match(text, b) and _EXECUTIVES_BEFORE.search(text, max(0, a - 40), min(len(text), b + 30)):
            return None if no_company(c) else c
    return None


# the executives of a company listed: "eksekutif Lapakita, yaitu", "Lapakita's top executives, including"
_EXECUTIVES_BEFORE = re.compile(r"\b(?:eksekutif|petinggi|direksi|pimpinan|bos|executives?|bosses|leaders|leadership|"
                                r"management|managers)\b", re.I)
_LISTED_AFTER = re.compile(r"(?:['’]s?\s+(?:top\s+|senior\s+)?(?:executives|bosses|leaders|managers))?\s*[,:]?\s*"
                           r"(?:yaitu|yakni|antara\s+lain|termasuk|including|namely|among\s+them)\b", re.I)


def _subject_company(doc: Doc, i: int, r) -> str | None:
    """The company a corporate post names none of is at: the one its sentence opens with (a back-reference to a
    name in the sentence, "merekrut CEO-nya", points at that name instead), else the one the sentence before opens with."""
    if (not r.back or r.topic) and (opening := _opening_company(doc, i, r)):
        return opening
    return _subject_before(doc, i) if r.topic or r.back else None


# what may stand before a sentence's subject company: a legal form, "The", a short description ("Budget carrier")
_DESCRIBED_OPENING = re.compile(r"(?:(?:PT|The)\.?\s+)?(?:[A-Z]?[a-z-]+(?:\s+[a-z-]+){0,2}\s+)?(?:PT\.?\s+)?")


def _subject_before(doc: Doc, i: int) -> str | None:
    """The company the sentence before, in the same paragraph, opens with as its subject, when this one names
    none: "Budget carrier X said it cancelled 138 flights. Chief executive Y said ..." (Y is X's)."""
    if not i or doc.sents[i - 1].passage != doc.sents[i].passage or any(k == "org" for *_r, k in doc.sm[i]):
        return None
    text = doc.sents[i - 1].text
    opening = [c for a, _b, c, k in doc.sm[i - 1] if k == "org" and _DESCRIBED_OPENING.fullmatch(text[:a])]
    return opening[0] if opening and not no_company(opening[0]) else None


def _opening_company(doc: Doc, i: int, r) -> str | None:
    """The company a sentence opens with, as its subject, before the post: whose officer a corporate post with
    no company of its own is ("X, whose chief executive Y resigned, ..., acting CEO Z said")."""
    text = doc.sents[i].text
    opening = [c for a, _b, c, k in doc.sm[i] if k == "org" and a < r.start and _OPENING.fullmatch(text[:a])]
    return opening[0] if opening and not no_company(opening[0]) else None


def _distinct_roles(out: list[Role]) -> list[Role]:
    seen: set[tuple] = set()
    with_org = {(r.person, r.title) for r in out if r.org}
    uniq = []
    for r in out:
        k = (r.person, r.title.lower(), r.org, r.former)
        if k in seen or (r.org is None and (r.person, r.title) in with_org):
            continue
        seen.add(k)
        uniq.append(r)
    return uniq


def _region_and_one_name(doc: Doc, name: str) -> tuple[str, str] | None:
    """A two-word holder's name that the article's names read as a place and a one-word person."""
    toks = name.split()
    if len(toks) != 2:
        return None
    region, person = doc.table.resolve(toks[0]), doc.table.resolve(toks[1])
    if region and person and doc.table.kinds.get(region) == "place" and doc.table.kinds.get(person) == "person":
        return region, person
    return None


def _holder(doc: Doc, r: RawRole) -> str | None:
    """The article's name for the holder a pattern read (setting ``r.org`` where the name held the body or region)."""
    person = doc.table.resolve(r.name)
    if r.org and not person and (whole := doc.table.resolve(f"{r.org} {r.name}")):
        person, r.org = whole, None  # "Presiden Direktur Maximilianus Hendra Saputra": what the pattern took for a body opens the name
    if not r.org and doc.table.kinds.get(person or "") != "person" and (split := _region_and_one_name(doc, r.name)):
        r.org, person = split  # "Bupati Pati Sudewo": the article's names are the region and its head
    return person


def _org_closing_the_title(doc: Doc, sentence: str, title: str) -> tuple[str, str] | None:
    """(organisation, post) for a post whose unit runs on into an organisation the article names, written last
    and capitalised ("Deputi Operasi dan Kesiapsiagaan Basarnas, X": Basarnas's deputy for operations)."""
    words = title.split()
    if find_titles(title) == [(0, len(title))]:
        return None  # a post known whole: "Menteri Dalam Negeri" is no minister of a body "Negeri"
    for k in (2, 1):
        tail = " ".join(words[-k:])
        at = sentence.lower().find(tail) if len(words) - k >= 2 else -1
        written = sentence[at:at + len(tail)] if at >= 0 else ""
        org = doc.table.canon.get(written) if written[:1].isupper() else None  # as written, not a name it opens
        if org and doc.table.kinds.get(org) == "org":
            return org, " ".join(words[:-k])
    return None


def _roles(doc: Doc, raw_roles: list) -> list[Role]:
    out: list[Role] = []
    for i, rr in enumerate(raw_roles):
        s = doc.sents[i]
        for r in rr:
            person = _holder(doc, r)
            if not person or doc.table.kinds.get(person) != "person":
                continue
            if not r.org and (closing := _org_closing_the_title(doc, s.text, r.title)):
                r.org, r.title = closing
            # the body a post names, or the one its last words name ("Pidsus Kejaksaan Tinggi": a unit, then the body)
            org = (regional_body(doc.table, r.title, r.org) or named_by_tail(doc.table, r.org, shortest=_shortest_owner(r.org))
                   if r.org else None)
            if r.org and (not org or doc.table.kinds.get(org) == "person"):
                continue
            title = _unit_title(doc, r.title, r.org, org) if r.org and org else r.title
            out.append(Role(person, title, org or _unnamed_org(doc, i, r), s.passage, r.former, None, s.text))
    return _distinct_roles(out)


def _shortest_owner(org: str) -> int:
    """The fewest last words of a post's organisation that may name it: two (a one-word tail names some other body
    as often: "Pidsus Kejaksaan Tinggi"), one after a unit's head word ("Biro Keuangan Untelbi": the university's)."""
    words = org.split()
    return 1 if words[0].lower() in UNIT_HEADS else min(2, len(words))


def _unit_title(doc: Doc, title: str, written: str, org: str) -> str:
    """The post with the unit it heads where the organisation is named after the unit ("Kepala Biro Keuangan
    Untelbi": "head of Biro Keuangan", of the university), not the institution's head."""
    words = written.split()
    if words[0].lower() not in UNIT_HEADS:
        return title
    for k in range(1, len(words)):
        if doc.table.resolve(" ".join(words[k:])) == org:
            return f"{title} of {' '.join(words[:k])}"
    return title


def extract(text: str, *, language: str | None = None, published: str | None = None,
            title: str | None = None, aliases: AliasConfig | None = None) -> Extraction:
    """Read one cleaned article body into an Extraction (see bot.domain)."""
    lang = (language or detect_language((title or "") + "\n" + text)).lower()[:2]
    doc = Doc(text, lang, published, title)
    raw_roles = _discover(doc, aliases)
    mentions = _mentions(doc)
    mentions += described_people(doc)
    mentions += described_bodies(doc)
    roles = _roles(doc, raw_roles)
    quotes = find_quotes(doc, roles, lambda i: topic_org(doc, i))
    events, amounts = events_and_amounts(doc)
    mentions += _back_mentions(doc)
    amounts = with_owners(doc, amounts, roles)
    used = {m.entity for m in mentions} | {r.org for r in roles if r.org}  # a ministry a minister's title names
    entities = [Entity(c, k, set(doc.table.aliases.get(c, set())) - {c})  # type: ignore[arg-type]
                for c, k in doc.table.kinds.items() if c in used]
    return Extraction(doc.passages, entities, mentions, roles, events, amounts, quotes)
