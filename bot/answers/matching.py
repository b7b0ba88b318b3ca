"""Fuzzy entity lookup with rapidfuzz over canonical names and aliases.

The name index lives in memory and is rebuilt when the store's version changes, so a lookup never
scans the entities table.  A lookup resolves only when one entity is clearly best; close calls
become "did you mean", and weak matches become "not found" with the nearest names.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from sqlalchemy.orm import Session

from bot.extraction.roles import CORPS, RANK_WORDS
from db import queries
from db.glossary import REGION_SHORT_FORMS, gloss, names_alike
from db.names import (
    body_around,
    compact_name,
    keyed_apart,
    name_core,
    norm_name,
    spelling_key,
    without_group_word,
    without_legal_forms,
)

# the word for a body's office written before its name ("Kantor SAR X", "the office of"): the body
_OFFICE_WORDS = frozenset({"kantor", "office"})
RESOLVE_AT = 84.0  # best score needed to answer without asking
MARGIN = 6.0  # how far ahead of the runner-up the best must be
SUGGEST_AT = 55.0  # below this a name is not even suggested
PREFIX_SCORE = 90.0  # every typed word starts a word of the name, in order
DOMINANT = 4  # among equally close names, one mentioned this many times more than each other is meant


def _tokens_are_prefixes(query: list[str], name: list[str]) -> bool:
    """True when each query word (3+ letters) starts a different word of the name, in order."""
    if not query or len(query) > len(name) or any(len(q) < 3 for q in query):
        return False
    pos = 0
    for word in query:
        # a prefix stands for the word only when it is half of it or more ("alex" for "alexandr", not
        # "mas" for "mahakam"), or five letters or more ("tjokro" for "tjokrosaputro")
        while pos < len(name) and not _prefix_of(word, name[pos]):
            pos += 1
        if pos == len(name):
            return False
        pos += 1
    return True


def _prefix_of(word: str, whole: str) -> bool:
    return whole.startswith(word) and (2 * len(word) >= len(whole) or len(word) >= 5)


def _words_agree(query: list[str], name: list[str], lettered: frozenset[str] = frozenset()) -> bool:
    """Every distinctive word typed (3+ letters, or two capitals: ``lettered``) is, nearly, a word of the name, or
    the same name spelled otherwise ("Yudi" / "Yuddy"): "Lion Air" is not "Langit Nusa Air" however close the whole
    strings score, nor "MD Pictures" "Lentera Hitam Pictures"."""
    for word in query:
        if len(word) < 3 and word not in lettered:
            continue
        # one letter off counts however short the word ("tang" / "teng": 75 by ratio)
        if not any(fuzz.ratio(word, w) >= 80 or _prefix_of(word, w)
                   or (len(word) >= 4 and Levenshtein.distance(word, w) == 1)
                   or spelling_key(word) == spelling_key(w) for w in name):
            return False
    return True


def _lettered(query: str) -> frozenset[str]:
    """Two capitals typed as a word ("MD Pictures"): a short form that tells one name from another, unless a legal
    form or a title written before a name ("PT", "KH", "Tb.")."""
    return frozenset(w.lower() for w in query.split() if len(w) == 2 and w.isalpha() and w.isupper()) - _FORMS_AND_TITLES


_FORMS_AND_TITLES = frozenset({"pt", "cv", "ud", "kh", "hj", "ra", "rm", "dr", "ir", "tb", "sh", "st", "jr", "sr"})


_NUMERAL = re.compile(r"\d+|x{0,3}(?:ix|iv|v?i{0,3})")


def _numbers(tokens: list[str]) -> set[str]:
    """The numbers a name is told apart by: digits and Roman numerals ("Komisi I" / "Komisi V")."""
    return {t for t in tokens if t and _NUMERAL.fullmatch(t)}


def _numbers_agree(query: list[str], name: list[str]) -> bool:
    """Every number typed is the name's: "Komisi I DPR" is never "Komisi V DPR", however close the strings."""
    typed = _numbers(query)
    return not typed or typed == _numbers(name)


@dataclass
class IndexedEntity:
    id: int
    name: str
    kind: str
    mentions: int
    aliases: list[str] = field(default_factory=list)


@dataclass
class Match:
    status: str  # "ok", "ambiguous", "not_found"
    entity: IndexedEntity | None = None
    candidates: list[IndexedEntity] = field(default_factory=list)


def _core(key: str) -> str:
    """A name key without legal forms and spaces, provinces in their short form: "pt selaras nikel utama
    tbk" -> "selarasnikelutama", "polda jawa timur" -> "poldajatim"."""
    core = " ".join(without_legal_forms(key))
    for region, short in REGION_SHORT_FORMS.items():
        if region in core:
            core = re.sub(rf"\b{region}\b", short, core)
    return core.replace(" ", "")


def _initialled(query: str) -> list[str]:
    """A short form half spelled out ("Badan POM" for "BPOM"): the leading words by their initials, then
    the rest, typed in capitals, as it is."""
    words = norm_name(query).split()
    typed = query.split()
    if not 2 <= len(words) <= 4 or len(typed) != len(words):
        return []
    return ["".join(w[0] for w in words[:k]) + "".join(words[k:]) for k in range(1, len(words))
            if all(t.isupper() for t in typed[k:])]


# words typed before a name that say how one speaks of the person or what the organisation is ("Pak Reza",
# "maskapai Langit Nusa"), never part of the name asked for; a police or military rank is one ("Kompol Budi")
_ADDRESS = frozenset("pak bu bapak ibu mr mrs ms mx dr prof tuan nyonya sdr saudara saudari mas mbak bung kh kiai ustaz "
                     "ustadz".split()) | (RANK_WORDS - CORPS)
_WHAT_IT_IS = frozenset("perusahaan startup rintisan emiten maskapai airline carrier company firm platform aplikasi app "
                        "marketplace insurer lender retailer operator developer maker produsen penyedia raksasa".split())

_PARTIES = ("org", "person")

# words between the initials of a name that a short form skips ("Bank of X" is "BX"); "s" is what is left of a
# possessive ("Attorney General's Office" is "AGO")
_UNLETTERED = frozenset({"of", "the", "and", "dan", "for", "untuk", "di", "de", "s"})


@lru_cache(maxsize=1 << 16)  # asked for the same names over and over while an index lives
def _words(name: str) -> tuple[str, ...]:
    """A name's words without legal forms: "PT Arta Niaga Tbk" -> (arta, niaga)."""
    return tuple(without_legal_forms(norm_name(name)))


def _party_words(ent: IndexedEntity, name: str) -> tuple[str, ...]:
    """The words a party's name is compared by: a person's in any of their spellings (``spelling_key``)."""
    words = _words(name)
    return tuple(spelling_key(w) for w in words) if ent.kind == "person" else words


def _looked_up_by(ent: IndexedEntity, keyed: list[str]) -> list[str]:
    """The words longer names holding this one are looked up by: all, but a person's given name, which may be
    spelled otherwise ("Mohammad" / "Muhammad")."""
    return (keyed[1:] or keyed) if ent.kind == "person" else keyed


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w not in _UNLETTERED)


def _runs_in(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` is ``whole`` or a run of its words, and ``whole`` is not a body formed around it."""
    if len(part) > len(whole) or body_around(part, whole):
        return False
    return any(whole[i:i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def _goes_on_after(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """``part`` runs inside ``whole`` and ``whole`` goes on after it: a name written out further ("Rafael Alun
    Trisambodo"), not a rank or a title written before it ("Kapten Yohanis Pasanda")."""
    return _runs_in(part, whole[:-1])


class NameIndex:
    def __init__(self, rows) -> None:  # type: ignore[no-untyped-def]
        self.entities: dict[int, IndexedEntity] = {}
        self.keys: list[str] = []  # alias norms
        self.key_owner: list[int] = []
        self.compact: dict[str, set[int]] = {}
        self.tokens: dict[str, set[int]] = {}
        self.core: dict[str, set[int]] = {}  # names without legal forms: "PT X Tbk" finds "X"
        self.glossed: dict[str, list[tuple[int, frozenset[str]]]] = {}  # English stem -> (org, its name's stems)
        self.initials: dict[str, set[int]] = {}  # "bsm" -> the people and organisations named "Bank Sinar Mahakam"
        self._meant: dict[int, int] = {}
        self._stand_ins: dict[int, list[IndexedEntity]] = {}
        for entity_id, name, kind, alias, alias_norm, mentions in rows:
            ent = self.entities.get(entity_id)
            if ent is None:
                ent = self.entities[entity_id] = IndexedEntity(entity_id, name, kind, mentions or 0)
            if keyed_apart(alias_norm):
                continue  # a key the store finds names by (a public body's by meaning is found below)
            if alias != name and alias not in ent.aliases:
                ent.aliases.append(alias)
            self.keys.append(alias_norm)
            self.key_owner.append(entity_id)
            self.compact.setdefault(alias_norm.replace(" ", ""), set()).add(entity_id)
            self.core.setdefault(_core(alias_norm), set()).add(entity_id)
            for token in alias_norm.split():
                if len(token) >= 3:
                    self.tokens.setdefault(token, set()).add(entity_id)
            if kind in ("org", "person") and len(words := _words(alias)) >= 2:
                self.initials.setdefault(_initials(words), set()).add(entity_id)
            if kind == "org":
                meaning = gloss(alias_norm)
                for stem in meaning:
                    self.glossed.setdefault(stem, []).append((entity_id, meaning))

    def lookup(self, query: str, *, kinds: tuple[str, ...] | None = None) -> Match:
        key = norm_name(query)
        if not key:
            return Match("not_found")
        if key.startswith("the ") and compact_name(query) not in self.compact:
            query, key = query.strip()[4:], key[4:]  # "The Marrow Lanes" is stored as "Marrow Lanes"
        allowed = (lambda e: e.kind in kinds) if kinds else (lambda e: True)

        found = self._spelled_alike(query, key, allowed)
        if found is not None:
            return found
        decided = self._decide(self._fuzzy_scores(key, allowed, _lettered(query)), typed=len(key))
        decided = self._called_by_first_word(key, decided) or decided
        if decided.status == "ok":
            return decided
        found = self._introduced(query, kinds) or self._written_shorter(query, allowed, decided)
        if found is None and decided.status == "not_found":
            found = self._with_words_left_out(query, kinds)
        return found or decided

    def _with_words_left_out(self, query: str, kinds: tuple[str, ...] | None) -> Match | None:
        """A name typed with words the articles left out, when nothing else answers: a company's group word ("Meta
        Platforms", "Grup Djarum"), a person's initial, title or "Muhammad" ("Moh. Rizal Fadillah" for "Rizal
        Fadillah"); the one organisation, or person, the rest names."""
        words = query.split()
        core = name_core(words)
        for rest, kind in ((without_group_word(query), "org"), (" ".join(core) if len(core) < len(words) else None, "person"),
                           (self._without_parent_or_office(words), "org")):
            if rest and (not kinds or kind in kinds) and (found := self.lookup(rest, kinds=(kind,))).status == "ok":
                return found
        return None

    def _without_parent_or_office(self, words: list[str]) -> str | None:
        """A body typed with the body it belongs to after it ("Bareskrim Polri": the articles' "Bareskrim" of the
        police, stored apart) or with the word for its office before it ("Kantor SAR Sendangsari"): the rest."""
        if len(words) < 2:
            return None
        if words[0].lower() in _OFFICE_WORDS:
            return " ".join(words[1:])
        parent = compact_name(words[-1])
        if any(self.entities[i].kind == "org" for i in self.compact.get(parent, ())):
            return " ".join(words[:-1])
        return None

    def _written_shorter(self, query: str, allowed, decided: Match) -> Match | None:  # type: ignore[no-untyped-def]
        """A person's fuller name typed ("Rina Wulandari Hartono" for "Rina Wulandari") where the articles wrote it without its last
        word: the one person stored by the name's first words, when nothing else answers."""
        words = query.split()
        if decided.status != "not_found" or len(words) < 3:
            return None
        found = {self._full_name(i) for i in self.compact.get(compact_name(" ".join(words[:-1])), set())
                 if allowed(self.entities[i]) and self.entities[i].kind == "person"}
        return Match("ok", self.entities[found.pop()]) if len(found) == 1 else None

    def _introduced(self, query: str, kinds: tuple[str, ...] | None) -> Match | None:
        """A name typed after a form of address or what it is ("Pak Reza", "the startup Arta"): the one
        person, or organisation, the rest of the query names."""
        words = query.split()
        if words and norm_name(words[0]) == "the":
            words = words[1:]
        opener = norm_name(words[0]) if len(words) > 1 else ""
        kind = "person" if opener in _ADDRESS else "org" if opener in _WHAT_IT_IS else None
        if kind is None or (kinds and kind not in kinds):
            return None
        found = self.lookup(" ".join(words[1:]), kinds=(kind,))
        return found if found.status == "ok" else None

    def _called_by_first_word(self, key: str, decided: Match) -> Match | None:
        """One word shared by several names ("Lintang": "Lintang Arta", its product "Lintang Dana Pasti", the
        "Paguyuban Nasabah Lintang Dana Pasti"): the one organisation or person called by a name that opens
        with it. A product is named after its maker, a group after what it is about."""
        if decided.status != "ambiguous" or " " in key or len(key) < 4:
            return None
        opens = [e for e in decided.candidates if e.kind in ("org", "person")
                 and any(norm_name(n).split()[:1] == [key] for n in [e.name, *e.aliases])]
        return Match("ok", opens[0], decided.candidates) if len(opens) == 1 else None

    def _spelled_alike(self, query: str, key: str, allowed) -> Match | None:  # type: ignore[no-untyped-def]
        """An answer from the name as spelled: exactly, without legal forms, by its initials, or by meaning in
        the other language."""
        exact = {self._full_name(i) for i in self.compact.get(compact_name(query), set()) if allowed(self.entities[i])}
        if len(exact) == 1:
            return Match("ok", self.entities[exact.pop()])
        if len(exact) > 1:
            return self._decide({i: 100.0 for i in exact})
        return self._spelled_otherwise(query, key, allowed)

    def _spelled_otherwise(self, query: str, key: str, allowed) -> Match | None:  # type: ignore[no-untyped-def]
        same_core = {i for i in self.core.get(_core(key), set()) if allowed(self.entities[i])} if _core(key) else set()
        if len(same_core) == 1:
            return Match("ok", self.entities[same_core.pop()])
        initialled = {i for short in _initialled(query) for i in self.compact.get(short, set()) if allowed(self.entities[i])}
        if len(initialled) == 1:
            return Match("ok", self.entities[initialled.pop()])
        lettered = self._by_initials(query, key, allowed)
        if lettered is not None:
            return lettered
        translated = self._by_meaning(key, allowed)
        return Match("ok", self.entities[translated]) if translated is not None else None

    def _by_initials(self, query: str, key: str, allowed) -> Match | None:  # type: ignore[no-untyped-def]
        """Capitals typed that no name is written as ("ANA"): the one party whose name they are the initials of."""
        if not (query.strip().isupper() and key.isalpha() and 2 <= len(key) <= 6):
            return None
        found = {self._full_name(i) for i in self.initials.get(key, ()) if allowed(self.entities[i])}
        return Match("ok", self.entities[found.pop()]) if len(found) == 1 else None

    def _fuzzy_scores(self, key: str, allowed, lettered: frozenset[str] = frozenset()) -> dict[int, float]:  # type: ignore[no-untyped-def]
        scores: dict[int, float] = {}
        query_tokens = key.split()
        for choice, score, pos in process.extract(key, self.keys, scorer=fuzz.WRatio, limit=25, score_cutoff=SUGGEST_AT):
            owner = self.key_owner[pos]
            if allowed(self.entities[owner]):
                if not _numbers_agree(query_tokens, choice.split()):
                    score = min(score, SUGGEST_AT + 10)  # another numbered body: a suggestion at most
                elif _tokens_are_prefixes(query_tokens, choice.split()):
                    score = max(score, PREFIX_SCORE)  # "alex wang" for "alexandr wang"
                elif not _words_agree(query_tokens, choice.split(), lettered):
                    score = min(score, SUGGEST_AT + 10)  # a suggestion at most, never an answer
                elif len(key) >= 5 and Levenshtein.distance(key, choice) == 1:
                    score = max(score, RESOLVE_AT)  # one letter mistyped ("sritek"): an answer when no other is close
                scores[owner] = max(scores.get(owner, 0.0), float(score))
        # A whole word of a name ("wang", "mercor") is a strong hint on its own.
        if len(query_tokens) == 1 and len(key) >= 3:
            for owner in self.tokens.get(key, ()):
                if allowed(self.entities[owner]):
                    scores[owner] = max(scores.get(owner, 0.0), PREFIX_SCORE)
        return self._by_full_name(scores)

    def _by_full_name(self, scores: dict[int, float]) -> dict[int, float]:
        """The scores of the entities the close names stand for (``_full_name``); the rest, suggestions at
        most, are left as they are (working out what each stands for costs)."""
        close = RESOLVE_AT - MARGIN
        out: dict[int, float] = {}
        for owner, score in scores.items():
            meant = self._full_name(owner) if score >= close else owner
            out[meant] = max(out.get(meant, 0.0), score)
        return out

    def _full_name(self, entity_id: int) -> int:
        """The entity a stored name stands for, worked out once per index: itself, or the one entity it is a
        shorter or lettered form of (see the three below). Outlets name one party at several lengths, and an
        article that only ever wrote a short form leaves it stored apart."""
        meant = self._meant.get(entity_id)
        if meant is None:
            self._meant[entity_id] = entity_id  # while its fuller form is worked out: no name stands for itself through others
            meant = (self._one_word_person(entity_id) or self._fuller_person(entity_id) or self._shorter_form(entity_id)
                     or self._lettered_form(entity_id) or entity_id)
            # "David" for "Cristalino David Ozora", which is itself short for "Cristalino David Ozora Latumahina"
            meant = self._meant[entity_id] = self._full_name(meant) if meant != entity_id else meant
        return meant

    def stand_ins(self, entity_id: int) -> list[IndexedEntity]:
        """The entities stored apart that stand for this one (see ``_full_name``): what is told of them is told
        of it. Worked out once per index (/who asks for them twice)."""
        found = self._stand_ins.get(entity_id)
        if found is None:
            found = self._stand_ins[entity_id] = self._standing_in(entity_id)
        return found

    def _standing_in(self, entity_id: int) -> list[IndexedEntity]:
        ent = self.entities[entity_id]
        names = [ent.name, *ent.aliases]
        mine = {w for n in names for w in _words(n)} | {spelling_key(w) for n in names for w in _words(n)}
        # only a name made of its words (or its initials, or the same name spelled otherwise) can stand for it
        near = {i for w in mine if len(w) >= 3 for i in self.tokens.get(w, ())
                if set(_party_words(self.entities[i], self.entities[i].name)) <= mine}
        near |= {i for n in names if len(words := _words(n)) >= 2 for i in self.compact.get(_initials(words), ())}
        return [self.entities[i] for i in sorted(near - {entity_id}) if self._full_name(i) == entity_id]

    def _one_word_person(self, entity_id: int) -> int | None:
        """A person stored by one word ("Dimas", from an article that never spelled the name out) stands for
        the one person of the store whose name opens or ends with that word."""
        ent = self.entities[entity_id]
        word = norm_name(ent.name)
        if ent.kind != "person" or " " in word:
            return None
        fuller = {i for i in self.tokens.get(word, ()) if i != entity_id and self.entities[i].kind == "person"
                  and (parts := norm_name(self.entities[i].name).split()) and word in (parts[0], parts[-1])}
        return fuller.pop() if len(fuller) == 1 else None

    def _shorter_form(self, entity_id: int) -> int | None:
        """A person or organisation whose words run inside the name of another that is mentioned more, and at
        least twice as often as any other such name: "Arta" stored apart from "Arta Niaga Digital" stands
        for it. A short form read as the other kind of party counts too (an article that only wrote "Arta
        Niaga" may have taken it for a person's name). A person's name stands also for the same name
        spelled otherwise ("Mohammad Riza" / "Muhammad Riza", ``spelling_key``; not for a longer name so
        spelled), and the spellings of one name count as one. A body formed around a name ("Serikat Pekerja
        Arta") is not the name, and a name that is the better known of the two stays itself ("Google" beside
        "Google Cloud")."""
        ent = self.entities[entity_id]
        words = _words(ent.name)
        keyed = [w for w in words if len(w) >= 3]
        if ent.kind not in _PARTIES or not keyed or (ent.kind == "person" and len(words) < 2):
            return None
        ranked = self._longer_names(ent, words, self._sharing(ent, keyed) - {entity_id})
        told = [sum(e.mentions for e in same) for same in ranked]
        if not ranked or told[0] <= ent.mentions or (len(told) > 1 and told[0] < 2 * told[1]):
            return None
        return max(ranked[0], key=lambda e: e.mentions).id

    def _fuller_person(self, entity_id: int) -> int | None:
        """A person stored by two words or more of a name ("Rafael Alun", or "David" also called "David Ozora") stands
        for the one person of the store whose fuller name they run inside ("Rafael Alun Trisambodo", "Cristalino David
        Ozora Latumahina"), however often each is written: news gives a person's full name once and a short one after."""
        ent = self.entities[entity_id]
        if ent.kind != "person":
            return None
        for name in sorted([ent.name, *ent.aliases], key=lambda n: -len(_words(n))):
            words = _words(name)
            keyed = [w for w in words if len(w) >= 3]
            if len(words) < 2 or not keyed:
                break
            ranked = [same for same in self._longer_names(ent, words, self._sharing(ent, keyed) - {ent.id})
                      if all(e.kind == "person" and _goes_on_after(words, _words(e.name)) for e in same)]
            if len(ranked) == 1:
                return max(ranked[0], key=lambda e: e.mentions).id
        return None

    def _sharing(self, ent: IndexedEntity, keyed: list[str]) -> set[int]:
        """The stored parties whose names hold every one of ``keyed`` (in any spelling, for a person)."""
        return set.intersection(*(self.tokens.get(w, set()) for w in _looked_up_by(ent, keyed)))

    def _longer_names(self, ent: IndexedEntity, words: tuple[str, ...], pool: set[int]) -> list[list[IndexedEntity]]:
        """The parties of ``pool`` that ``words`` run inside, grouped by name (its spellings one), the most
        mentioned group first."""
        fits: dict[tuple[str, ...], list[IndexedEntity]] = {}
        for i in sorted(pool):
            other = self.entities[i]
            if self._runs_inside(ent, words, other):
                fits.setdefault(_party_words(other, other.name), []).append(other)
        return sorted(fits.values(), key=lambda same: -sum(e.mentions for e in same))

    @staticmethod
    def _runs_inside(short: IndexedEntity, words: tuple[str, ...], other: IndexedEntity) -> bool:
        """Whether ``words`` run inside a name of ``other`` or are that name spelled otherwise: any of its names if it
        is of the same kind, else only its own (an alias may hold what an article glued to it: "CEO Arta Budi
        Santoso")."""
        if other.kind not in _PARTIES:
            return False
        names = [other.name, *other.aliases] if other.kind == short.kind else [other.name]
        return any(_runs_in(words, _words(n)) or _party_words(short, short.name) == _party_words(other, n) for n in names)

    def _lettered_form(self, entity_id: int) -> int | None:
        """A name stored as capitals ("ANA") that are the initials of exactly one person or organisation
        ("Arta Niaga Anugrah"): the same party, shortened, shown by its full name however often each is written."""
        ent = self.entities[entity_id]
        if not (ent.name.isalpha() and ent.name.isupper() and 2 <= len(ent.name) <= 6):
            return None
        # two letters name many people ("tersangka berinisial RS" is no one else the store holds as R... S...)
        fits = {i for i in self.initials.get(ent.name.lower(), ()) if i != entity_id
                and (len(ent.name) > 2 or self.entities[i].kind != "person")}
        return fits.pop() if len(fits) == 1 else None

    def _by_meaning(self, key: str, allowed) -> int | None:  # type: ignore[no-untyped-def]
        """The one organisation whose name means the query in the other language ("Financial Services
        Authority" for "Otoritas Jasa Keuangan")."""
        meaning = gloss(key)
        if len(meaning) < 2:
            return None
        rarest = min(meaning, key=lambda stem: len(self.glossed.get(stem, ())))
        found = {e for e, name in self.glossed.get(rarest, ()) if names_alike(meaning, name) and allowed(self.entities[e])}
        return found.pop() if len(found) == 1 else None

    def _decide(self, scores: dict[int, float], typed: int = 0) -> Match:
        if not scores:
            return Match("not_found")
        # Ties go to the entity mentioned more often, but only a clear lead resolves.
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -self.entities[kv[0]].mentions))
        best_id, best = ranked[0]
        candidates = [self.entities[i] for i, s in ranked[:5] if s >= SUGGEST_AT]
        if best >= RESOLVE_AT:
            return self._decide_strong(ranked, candidates, typed)
        if best >= 70.0:
            return Match("ambiguous", None, candidates)
        return Match("not_found", None, candidates)

    def _decide_strong(self, ranked: list[tuple[int, float]], candidates: list[IndexedEntity], typed: int) -> Match:
        """A best score good enough to resolve: it does when it leads the next by a margin (or alone
        matches exactly), or when the query is typed out and its entity is mentioned far more than every
        close one; else the close ones are the choice."""
        best_id, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if best - runner_up >= MARGIN or (best == 100.0 and runner_up < 100.0):
            return Match("ok", self.entities[best_id], candidates)
        close = [self.entities[i] for i, s in ranked if best - s < MARGIN][:5]
        # "Lintang": the company, not its product; "Grabb": the company one letter off, not the word its users
        # are called that it opens
        lead = max(close, key=lambda e: e.mentions)
        if typed >= 5 and best >= PREFIX_SCORE and len(close) > 1 \
                and all(lead.mentions >= DOMINANT * max(1, e.mentions) for e in close if e is not lead):
            return Match("ok", lead, candidates)
        return Match("ambiguous", None, close)

    def most_mentioned(self, limit: int, kinds: tuple[str, ...] = ("person", "org")) -> list[IndexedEntity]:
        items = [e for e in self.entities.values() if e.kind in kinds and e.mentions > 0]
        return sorted(items, key=lambda e: (-e.mentions, e.name.lower()))[:limit]

    def nearest(self, query: str, limit: int = 3) -> list[IndexedEntity]:
        key = norm_name(query)
        if not key or not self.keys:
            return []
        seen: list[IndexedEntity] = []
        for _c, _s, pos in process.extract(key, self.keys, scorer=fuzz.WRatio, limit=limit * 4):
            ent = self.entities[self.key_owner[pos]]
            if ent not in seen:
                seen.append(ent)
        return seen[:limit]


_cache: dict[str, tuple[str, NameIndex]] = {}
_lock = threading.Lock()


def name_index(session: Session) -> NameIndex:
    """The in-memory name index for this store, rebuilt when the store's version has changed."""
    bind = session.get_bind()
    cache_key = str(getattr(bind, "url", bind))
    version = queries.store_version(session=session)
    with _lock:
        cached = _cache.get(cache_key)
        if cached and cached[0] == version:
            return cached[1]
    index = NameIndex(queries.name_index_rows(session=session))
    with _lock:
        _cache[cache_key] = (version, index)
    return index
