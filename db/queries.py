"""Query functions. Each takes ``session`` as a keyword argument and never commits on its own."""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Executable,
    Integer,
    Select,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.orm import Session

from bot import domain
from db import counts, merge, records, stories
from db import models as m
from db.glossary import GLOSS_PREFIX, gloss, gloss_key, landform_key, names_alike
from db.kinds import with_reading
from db.names import (
    LEGAL_FORMS,
    body_around,
    compact_name,
    family_name_slipped,
    first_name_forms,
    name_core,
    norm_name,
    opens_person_name,
    same_person_name,
    spelled_person_key,
    without_group_word,
    without_legal_forms,
)
from db.upsert import dialect_insert

# --------------------------------------------------------------------------- store version


def bump_version(*, session: Session) -> None:
    """Mark the store as changed so in-memory indexes (names, vocabulary) rebuild."""
    set_meta(session=session, key="version", value=datetime.utcnow().isoformat())


def store_version(*, session: Session) -> str:
    return get_meta(session=session, key="version") or ""


# Set when passages are deleted (an article stored again or forgotten): a cache of what the passages held up
# to some id (the search vocabulary) can add the words of the passages stored since only while this is unset.
PASSAGES_REMOVED_KEY = "passages_removed"


def passages_removed(*, session: Session) -> str:
    """When passages were last deleted (a mark that changes each time; '' if never)."""
    return get_meta(session=session, key=PASSAGES_REMOVED_KEY) or ""


def _note_passages_removed(session: Session) -> None:
    set_meta(session=session, key=PASSAGES_REMOVED_KEY, value=uuid.uuid4().hex)


# Bumped when stored entities are merged: caches kept across versions that hold entity ids (what grouping read
# of stored articles, ``bot.stories.ToldCache``) then hold ids that are gone.
MERGES_KEY = "entity_merges"


def entity_merges(*, session: Session) -> str:
    """When stored entities were last merged ('' if never): a cache of entity ids read before is stale."""
    return get_meta(session=session, key=MERGES_KEY) or ""


def _note_merge(session: Session) -> None:
    stories.forget_written(session=session)  # what a save of this transaction wrote names the ids merged away
    bump_version(session=session)  # the name index and the vocabulary rebuild, as after any ingest
    set_meta(session=session, key=MERGES_KEY, value=datetime.utcnow().isoformat())


# --------------------------------------------------------------------------- small shared state
#
# Chat preferences, follows, processed updates and store_meta rows are written by many threads and
# processes at once (every chat front end, every watcher). Each write is one INSERT .. ON CONFLICT
# statement in the dialect's own syntax, so two writers of the same row never see a unique violation,
# on SQLite or on PostgreSQL, and the statement does not depend on what the session read before.


def refresh_planner_statistics(*, session: Session) -> bool:
    """Refresh PostgreSQL's planner statistics (``ANALYZE``), as autovacuum would: a server run without it (the
    bench's and CI's) plans every query from guessed row counts. SQLite's plans are left as every store has
    them. Whether it ran."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    session.execute(text("ANALYZE"))
    return True


def get_meta(*, session: Session, key: str) -> str | None:
    # every answer reads the store's version (the name index's check): the statement is built once, the key bound
    # when it runs, and run on the session's connection (``records.rows``: pending changes flushed first, as before)
    rows = records.rows(session, _meta_value(), {"key": key})
    return rows[0][0] if rows else None  # the key is the primary key: one row at most


@lru_cache(maxsize=1)
def _meta_value() -> Executable:
    meta = _table(m.StoreMeta)
    return select(meta.c.value).where(meta.c.key == bindparam("key", type_=String))


def set_meta(*, session: Session, key: str, value: str) -> None:
    """Upsert one store_meta row (the store version, feed job times); a Core statement: every article
    stored bumps the version."""
    meta = _table(m.StoreMeta)
    stmt = dialect_insert(session, meta).values(key=key, value=value)
    session.execute(stmt.on_conflict_do_update(index_elements=[meta.c.key], set_={"value": stmt.excluded.value}))


def claim_once(*, session: Session, key: str) -> bool:
    """Insert ``key`` into processed_updates; False when another process or call already did."""
    stmt = dialect_insert(session, m.ProcessedUpdate).values(key=key).on_conflict_do_nothing(
        index_elements=[m.ProcessedUpdate.key]
    )
    # RETURNING, not rowcount: the ORM-enabled INSERT does not report rowcount reliably on every driver.
    return session.execute(stmt.returning(m.ProcessedUpdate.key)).first() is not None


# --------------------------------------------------------------------------- writing articles


def _xact_lock(session: Session, key: str) -> None:
    """On PostgreSQL, a lock held until this transaction ends (other processes wait for it).

    SQLite needs none: a write transaction there is BEGIN IMMEDIATE, so writers already take turns.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key})


# Several ingesters may share one PostgreSQL database. An article is locked by its source key from
# find_article on (a second process waits, then sees it stored); entities and aliases, which many
# articles share, are created under one lock taken at the first resolve_entity of a transaction and
# held to its commit. Locks are always taken in that order (article, then entities), so two ingesters
# cannot deadlock, and extraction, which runs between the two, still runs in parallel.
ENTITY_LOCK = "briefing:entities"


def find_article(*, session: Session, source_key: str) -> m.Article | None:
    """The stored article for ``source_key``; on PostgreSQL, locks that key until the transaction ends."""
    _xact_lock(session, "briefing:article:" + source_key)
    return session.execute(select(m.Article).where(m.Article.source_key == source_key)).scalar_one_or_none()


def article_ids(*, session: Session) -> list[int]:
    """Every stored article's id, in order."""
    return list(session.execute(select(m.Article.id).order_by(m.Article.id)).scalars())


def article_by_id(*, session: Session, article_id: int) -> m.Article | None:
    return session.get(m.Article, article_id)


def clear_article_content(*, session: Session, article: m.Article) -> dict[int, int]:
    """Remove an article's passages and every fact drawn from them; returns the mentions removed per entity."""
    removed = dict(session.execute(
        select(m.Mention.entity_id, func.count()).where(m.Mention.article_id == article.id).group_by(m.Mention.entity_id)
    ).all())
    if session.execute(delete(m.Passage).where(m.Passage.article_id == article.id)).rowcount:  # type: ignore[attr-defined]
        _note_passages_removed(session)
    return removed


def delete_articles(*, session: Session, article_ids: Iterable[int]) -> int:
    """Forget articles and every fact drawn from them, keeping the entities' mention counts right and
    dropping the stories left empty; returns how many were deleted."""
    ids = list(article_ids)
    if not ids:
        return 0
    removed = dict(session.execute(
        select(m.Mention.entity_id, func.count()).where(m.Mention.article_id.in_(ids)).group_by(m.Mention.entity_id)
    ).all())
    named = dict(session.execute(  # articles naming each entity, among those going
        select(m.Mention.entity_id, func.count(func.distinct(m.Mention.article_id))).where(m.Mention.article_id.in_(ids))
        .group_by(m.Mention.entity_id)
    ).all())
    touched = list(stories.stories_of(session=session, article_ids=ids).values())
    deleted = len(session.execute(delete(m.Article).where(m.Article.id.in_(ids)).returning(m.Article.id)).all())
    if deleted:
        _note_passages_removed(session)  # their passages went with them (ON DELETE CASCADE)
    refresh_mention_counts(session=session, deltas={entity: -count for entity, count in removed.items()},
                           articles={entity: -count for entity, count in named.items()})
    stories.tidy(session=session, story_ids=touched)  # no story is left without articles
    bump_version(session=session)
    counts.add_articles(session=session, delta=-deleted)
    return deleted


def _entity_lock(session: Session) -> None:
    transaction = session.get_transaction()
    if session.info.get(ENTITY_LOCK) is not transaction:  # once per transaction
        _xact_lock(session, ENTITY_LOCK)
        session.info[ENTITY_LOCK] = transaction


def _entity_keys(entity: domain.Entity) -> tuple[str, list[tuple[str, str]]]:
    """The name's key, and the (alias, key) rows an extracted entity is stored and looked up under, the
    name's first: each name's key, and for a public body the language-free key of its name ("OJK" /
    "Financial Services Authority")."""
    names = list(dict.fromkeys([entity.name, *entity.aliases]))
    rows = [(alias, norm_name(alias)) for alias in names]
    if entity.kind == "person":
        rows += _person_keys(rows)
    if entity.kind in ("org", "place"):  # an airport or a port is a place with a name in both languages
        rows += [(alias, key) for alias in names if (key := gloss_key(alias))]
    # whatever kind an article reads a landform as (a volcano "erupting" reads like a person's act)
    rows += [(alias, key) for alias in names if (key := landform_key(alias))]
    if entity.kind in ("org", "product"):
        rows += _company_keys(names, entity.kind)
    if entity.kind in ("org", "product", "media"):  # "Kopitara.com" is the site of "Kopitara"
        rows += [(alias, key) for alias in names if (key := _site_name(alias))]
    return norm_name(entity.name), [(alias, key) for alias, key in rows if key]


def _person_keys(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A person's names (``rows``: each with its key, the name's first) also keyed without a leading initial, title or
    "Muhammad" ("M Arif Santoso" is "Arif Santoso"), the name of three words or more by its last two (``_tail_key``), and
    as spelled: another article's spelling finds the person ("Rahmat Sangaji")."""
    core = [(alias, " ".join(rest)) for alias, key in rows if len(rest := name_core(key.split())) < len(key.split())]
    tails = [(alias, _tail_key(key)) for alias, key in rows[:1] if len(name_core(key.split())) >= 3]
    return core + tails + [(alias, _SPELLED + spelled) for alias, key in rows if (spelled := spelled_person_key(key))]


def _tail_key(key: str) -> str:
    """A person's name of three words or more keyed by its last two words, then the name ("tail:parker eaton/tim parker
    eaton"), in a key space of its own: ``_same_person`` reads the people whose names end so by a range of keys, to find
    the one a name without its first word writes ("Parker Eaton")."""
    return f"{_TAIL}{' '.join(name_core(key.split())[-2:])}/{key}"


# a web address a company or an outlet is named by ("Kopitara.com", "Kopitara.co.id")
_WEB_ADDRESS = re.compile(r"(?P<name>[^\s.]+(?:\s+[^\s.]+)*)\.(?:com|net|org|io|app|co|id|co\.id|or\.id)", re.I)


def _site_name(name: str) -> str | None:
    """The key of the name a web address is of ("Kopitara.com": "kopitara")."""
    m = _WEB_ADDRESS.fullmatch(name.strip())
    return norm_name(m.group("name")) if m else None


def _company_keys(names: list[str], kind: str) -> list[tuple[str, str]]:
    """An organisation's names as outlets space them differently ("Nusa Link" / "NusaLink") or order a bank's
    ("Sendang Bank" / "Bank Sendang"), and an organisation's or a thing's with or without its legal form ("PT Sinar
    Tekstil Tbk" / "Sinar Tekstil") or a ship's prefix ("KM Sinar Bahari")."""
    forms = (_spaced_otherwise, _glued_brand, _last_word_singular, without_group_word, _f_spelled, _bank_first) \
        if kind == "org" else ()
    rows = [(alias, key) for form in forms for alias in names if (key := form(alias))]
    if kind == "org":
        rows += [(alias, key) for alias in names for key in _opening_words_initialled(alias)]
    return rows + [(alias, bare) for alias in names if (bare := _without_legal_forms(alias)) != norm_name(alias)]


def _opening_words_initialled(name: str) -> list[str]:
    """The keys of the name with its first two to four words written as their initials, as outlets shorten the kind
    of body a name opens with ("Asuransi Jiwa Bersama Kopitara" / "AJB Kopitara", "Bank Perkreditan Rakyat
    Sendangsari Artha" / "BPR Sendangsari Artha"): the short form's key is one of them. Only capitalised words are
    initialled, and a word or more is left whole; a name of three to five such words is also keyed by its initials
    alone, as a short form in capitals is. Not of a public body, whose names have their own key in both languages
    (``gloss_key``): its units' initials would find other units."""
    if gloss_key(name):
        return []
    words = [w for w in name.split() if norm_name(w) not in LEGAL_FORMS]
    keys = []
    for k in range(2, min(4, len(words) - 1) + 1):
        if all(_capitalised(w) for w in words[:k]):
            keys.append(norm_name("".join(w[0] for w in words[:k]) + " " + " ".join(words[k:])))
    return keys + _initials_keys(name, words)


def _initials_keys(name: str, words: list[str]) -> list[str]:
    """The key of a name of three to five capitalised words in the space of initials ("Nusa Gas Distribusi":
    "NGD"), or of a name that is such initials in capitals."""
    if 3 <= len(words) <= 5 and all(_capitalised(w) for w in words):
        return [_INITIALS + "".join(w[0] for w in words).lower()]
    return [_INITIALS + name.lower()] if 3 <= len(name) <= 5 and name.isalpha() and name.isupper() else []


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower()


# the key space of people's names by their spelling keys (``spelled_person_key``), apart from the names' own keys
_SPELLED = "spelled:"
# the key space of people's names by their last two words (``_tail_key``)
_TAIL = "tail:"


# the key space of a name's initials, apart from the names' own keys: "NGD" finds "Nusa Gas Distribusi" this way, but
# a person's given name spelled as some initials ("Sri", "Ade") does not
_INITIALS = "initials:"


def _without_legal_forms(name: str) -> str:
    """The key of a name without its legal forms ("PT Sinar Tekstil Tbk" / "sinar tekstil")."""
    return " ".join(without_legal_forms(norm_name(name)))


def _spaced_otherwise(name: str) -> str | None:
    """The key of a name of two words or more written as one ("Nusa Link" / "NusaLink")."""
    return compact_name(name) if " " in norm_name(name) else None


# the last word a company's legal name adds to the brand it trades as ("PT Pasar Kopi Digital" / "PasarKopi")
_TRADING_TAILS = frozenset({"digital", "teknologi", "technology", "technologies", "solusi", "solutions", "sistem", "systems"})


def _f_spelled(name: str) -> str | None:
    """The key of a company's name, legal forms left out, with its "ph" written "f" ("Afi Pharma" / "PT Afi Farma"):
    Indonesian names of drug makers and others write the sound either way."""
    bare = _without_legal_forms(name)
    plain = bare.replace("ph", "f")
    return plain if plain != bare else None


def _last_word_singular(name: str) -> str | None:
    """The key of a name of two words or more with its last word's plural "s" dropped ("LG Energy Solutions" /
    "LG Energy Solution", "Kopitara Holdings" / "Kopitara Holding"): outlets write a company's last word either way."""
    words = norm_name(name).split()
    last = words[-1] if len(words) >= 2 else ""
    return " ".join([*words[:-1], last[:-1]]) if len(last) >= 5 and last.endswith("s") and not last.endswith("ss") else None


def _bank_first(name: str) -> str | None:
    """The key of a bank's name written with "Bank" last as Indonesian copy writes it, first ("Sendang Bank" /
    "Bank Sendang")."""
    words = without_legal_forms(norm_name(name))
    return " ".join(["bank", *words[:-1]]) if len(words) >= 2 and words[-1] == "bank" and words[0] != "bank" else None


def _glued_brand(name: str) -> str | None:
    """The key of the brand a company of three words or more trades as, its words but a trading tail written as one
    ("pasarkopi"): outlets write the app's name glued and the company's in full."""
    words = without_legal_forms(norm_name(name))
    return "".join(words[:-1]) if len(words) >= 3 and words[-1] in _TRADING_TAILS else None


def _stored_by_alias(session: Session, keys: Iterable[str]) -> dict[str, m.Entity]:
    """alias norm -> stored entity, for those of ``keys`` that are stored (one query per 500 keys)."""
    wanted = sorted(set(keys))
    out: dict[str, m.Entity] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(select(m.EntityAlias.norm, m.Entity).join(m.Entity)
                               .where(m.EntityAlias.norm.in_(wanted[start:start + 500]))).all()
        out.update({row[0]: row[1] for row in rows})
    return out


def resolve_entity(*, session: Session, entity: domain.Entity) -> m.Entity:
    """The stored entity for an extracted one, merging by canonical name or any alias; created if new."""
    return resolve_entities(session=session, entities=[entity])[0]


def resolve_entities(*, session: Session, entities: Sequence[domain.Entity]) -> list[m.Entity]:
    """The stored entity for each extracted one (see ``resolve_entity``), in order.

    One query looks up every name and alias of the article; an entity resolved earlier in the list is
    seen by the later ones exactly as if each had been resolved (and flushed) in turn. New entities and
    aliases are written together (one flush, one INSERT) at the end, or before a query that must see them.
    Where one entity's names find two stored entities of its kind, they are merged (``_EntityResolver.merge``).
    """
    return _resolve_merging(session, entities)[0]


def _resolve_merging(session: Session, entities: Sequence[domain.Entity]) -> tuple[list[m.Entity], set[int]]:
    """``resolve_entities``, and the ids of the entities others were merged into."""
    if not entities:
        return [], set()
    _entity_lock(session)
    keyed = [_entity_keys(entity) for entity in entities]
    resolver = _EntityResolver(session, _stored_by_alias(session, (k for _, rows in keyed for _a, k in rows)))
    out = [resolver.resolve(entity, name_key, rows) for entity, (name_key, rows) in zip(entities, keyed, strict=True)]
    resolver.write_aliases()
    session.flush()
    return [resolver.kept(entity) for entity in out], {resolver.kept(gone).id for gone in resolver.merged}


@dataclass
class _EntityResolver:
    """Resolves one article's entities in turn: each sees the store and the entities and names added before it."""

    session: Session
    known: dict[str, m.Entity]  # alias norm -> entity, stored or added by this resolver
    pending: list[tuple[m.Entity, str, str]] = field(default_factory=list)  # (entity, alias, norm) to write
    merged: dict[m.Entity, m.Entity] = field(default_factory=dict)  # entity merged away -> the one it went into

    def resolve(self, entity: domain.Entity, name_key: str, rows: list[tuple[str, str]]) -> m.Entity:
        """The entity stored (or now added) for ``entity``, whose name has ``name_key`` and whose names ``rows``."""
        by_key = {k: self.known[k] for _a, k in rows if k in self.known}
        stored = self._stored(entity, name_key, rows, by_key)
        if stored is None:
            stored = m.Entity(name=entity.name, norm=name_key, kind=entity.kind, mention_count=0)
            self.session.add(stored)
        else:
            _update_stored(self.session, stored, entity, name_key, by_key.get(name_key) is stored)
            self.merge(stored, _twins(entity, name_key, rows, by_key, stored))
            by_key = {k: self.kept(owner) for k, owner in by_key.items()}
        for alias, key in _new_aliases(entity, name_key, rows, by_key):
            self.pending.append((stored, alias, key))
            self.known[key] = stored
        return stored

    def _stored(self, entity: domain.Entity, name_key: str, rows: list[tuple[str, str]],
                by_key: dict[str, m.Entity]) -> m.Entity | None:
        """The entity known by the name's key, else by the first of its names known, else (an organisation)
        the one organisation it is a longer or shorter name of, or (a person) the one person it is written as."""
        stored = by_key.get(name_key) or _most_named(entity.kind, [by_key[k] for _a, k in rows if k in by_key])
        if stored is None and entity.kind in ("org", "person"):
            stored = self._written_otherwise(entity, name_key)
            if stored is not None and entity.kind == "person" and len(name_key.split()) > len(stored.norm.split()):
                _take_fuller_name(self.session, stored, entity.name, name_key)
        elif stored is not None and _found_by_bare_name(entity, name_key, stored):
            # "Budi" stored alone from one article, and "Budi Hartono Wirjadi" (called "Budi") in this one: the full
            # name written another way ("Budi Hartono Wiryadi") tells the person better than the bare name does
            fuller = self._written_otherwise(entity, name_key)
            if fuller is not None and fuller is not stored and fuller.kind == "person":
                self.merge(fuller, [stored])
                stored = fuller
        return stored

    def _written_otherwise(self, entity: domain.Entity, name_key: str) -> m.Entity | None:
        """The one stored organisation this is a longer or shorter name of, or the one person it writes otherwise."""
        # The query below must see any change to a stored entity and the names added before this one that it could
        # find; only then is the article's work so far written (else every new entity was flushed on its own).
        if self.session.dirty or any(owner.kind == entity.kind and _could_find(entity.kind, name_key, key)
                                     for owner, _alias, key in self.pending):
            self.write_aliases()
            self.session.flush()
        with self.session.no_autoflush:
            if entity.kind == "org":
                return _same_org(self.session, name_key) or _same_ministry(self.session, entity.name)
            return _same_person(self.session, name_key)

    def merge(self, kept: m.Entity, twins: list[m.Entity]) -> None:
        """Merge ``twins`` into ``kept`` in the store (``db.merge``); their names now find ``kept``."""
        if not twins:
            return
        self.write_aliases()  # the twins' new names and every change to them are written, then moved
        self.session.flush()
        for twin in twins:
            merge.merge_entity(session=self.session, keep=kept.id, gone=twin.id)
            self.session.expunge(twin)  # its row is gone
            self.merged[twin] = kept
        self.session.expire(kept, ["mention_count", "article_count"])
        gone = set(twins)
        self.known.update({key: kept for key, owner in self.known.items() if owner in gone})
        _note_merge(self.session)

    def kept(self, entity: m.Entity) -> m.Entity:
        """The entity ``entity`` is now: itself, or the one it was merged into (maybe in turn merged on)."""
        while entity in self.merged:
            entity = self.merged[entity]
        return entity

    def write_aliases(self) -> None:
        """Write the names added so far (new entities get their ids first, in one INSERT)."""
        if self.pending:
            self.session.flush()
            self.session.execute(insert(_table(m.EntityAlias)), [
                {"entity_id": owner.id, "alias": alias, "norm": key} for owner, alias, key in self.pending
            ])
            self.pending.clear()


def _twins(entity: domain.Entity, name_key: str, rows: list[tuple[str, str]], by_key: dict[str, m.Entity],
           stored: m.Entity) -> list[m.Entity]:
    """The other stored entities of ``stored``'s kind that one article's names for ``entity`` find: the same
    company stored apart under each of its names ("Sintex", "Sinar Tekstil"). People are merged only where
    the article's own name for one finds ``stored`` and another of its names (no word of the name, nor initials)
    finds the other: two people are one only when an article says so, never through an organisation's names."""
    if entity.kind not in ("org", "person") or stored.kind != entity.kind:
        return []
    if entity.kind == "person" and by_key.get(name_key) is not stored:
        return []
    found = [by_key[key] for key in _merging_keys(entity, name_key, rows) if key in by_key]
    return list({id(e): e for e in found if e is not stored and e.kind == entity.kind}.values())


def _merging_keys(entity: domain.Entity, name_key: str, rows: list[tuple[str, str]]) -> list[str]:
    """The keys of the names that may tell two stored entities are one. A company's shorter or longer name
    ("Kalinda" / "Kalinda Hulu Energi") may be its parent or its subsidiary: only names that share no words do (a
    brand and its legal name). A person's: no word of the name, nor initials."""
    if entity.kind == "person":
        return [key for alias, key in rows if key != name_key and not _common_one_word(alias, key, name_key)]
    return [key for alias, key in rows if not _nested_names(alias, entity.name)]


def _nested_names(a: str, b: str) -> bool:
    """One name's words (legal forms aside) are all words of the other's."""
    wa, wb = set(without_legal_forms(norm_name(a))), set(without_legal_forms(norm_name(b)))
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _found_by_bare_name(entity: domain.Entity, name_key: str, stored: m.Entity) -> bool:
    """A person's full name found a person stored only by one word of it (a given name another article used alone)."""
    return entity.kind == "person" and stored.kind == "person" and len(name_key.split()) >= 2 \
        and len(stored.norm.split()) == 1


def _most_named(kind: str, known: list[m.Entity]) -> m.Entity | None:
    """Of the stored entities an article's names find, the one of the same kind (one article may have misread
    a company's name as a person's) that most of them name, the first found on a tie."""
    same = [e for e in known if e.kind == kind] or known
    named = Counter(id(e) for e in same)
    return max(same, key=lambda e: named[id(e)], default=None)


def _date_columns(date: domain.DateValue | None) -> dict[str, object]:
    if date is None:  # every row of one executemany has the same keys
        return dict.fromkeys(("date_year", "date_month", "date_day", "date_precision", "date_text"))
    return {
        "date_year": date.year,
        "date_month": date.month,
        "date_day": date.day,
        "date_precision": date.precision,
        "date_text": date.text[:200] or None,
    }


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _insert_with_ids(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert ``rows`` in one statement (batched by the driver) and return their ids, in the rows' order.

    The ids are taken first (``_next_ids``) and written with the rows: an ``INSERT … RETURNING`` whose ids must come
    back in the rows' order is run a row at a time on SQLite (no sentinel tells the rows apart), one statement a
    passage, event and amount."""
    if not rows:
        return []
    ids = _next_ids(session, table, len(rows))
    session.execute(insert(table), [{**row, "id": new_id} for row, new_id in zip(rows, ids, strict=True)])
    return ids


def _next_ids(session: Session, table: Table, count: int) -> list[int]:
    """The ids the next ``count`` rows of ``table`` get, in order: on SQLite those it would give them (one more than
    the largest a row at a time: the ids are rowids, without AUTOINCREMENT, and the writer holds the write lock), on
    PostgreSQL the next values of the column's sequence (one writer gets what its inserts would have taken)."""
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                               {"t": table.name, "n": count}).scalars()
        return sorted(int(i) for i in rows)
    top = session.execute(select(func.max(table.c.id))).scalar_one_or_none() or 0
    return list(range(top + 1, top + 1 + count))


def _insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        session.execute(insert(table), rows)


def save_article(
    *,
    session: Session,
    doc: domain.SourceDoc,
    extraction: domain.Extraction,
    source_key: str,
    content_hash: str,
    existing: m.Article | None = None,
) -> m.Article:
    """Store an article with its passages and facts; an ``existing`` row is updated in place (same id).

    The caller owns the transaction, so an article is stored whole or not at all. Each table gets one
    INSERT (the driver batches its rows), so an article costs a fixed number of round trips, however
    many passages and facts it has.
    """
    removed: dict[int, int] = {}
    fields = _article_fields(doc, extraction, source_key, content_hash)
    if existing is not None:
        # taken before its old mentions are deleted: an ingester merging entities (which holds this lock) moves
        # them, and would otherwise wait for this transaction while it waits for the lock
        _entity_lock(session)
        removed = clear_article_content(session=session, article=existing)
        for key, value in fields.items():
            setattr(existing, key, value)
        article = existing
    else:
        article = m.Article(**fields)
        session.add(article)
    session.flush()
    passages = extraction.passages
    ids = _insert_with_ids(session, _table(m.Passage), [
        {"article_id": article.id, "idx": p.index, "text": p.text, "start": p.start, "end": p.end} for p in passages
    ])
    stored, merged_into = _resolve_merging(session, extraction.entities)
    w = _FactWriter(session, article.id, {p.index: pid for p, pid in zip(passages, ids, strict=True)},
                    {p.index: p.text for p in passages},
                    {ent.name: row.id for ent, row in zip(extraction.entities, stored, strict=True)})
    added = w.mentions(extraction.mentions)
    w.roles(extraction.roles)
    event_amounts = w.events(extraction.events)
    w.amounts(extraction, event_amounts)
    w.quotes(extraction.quotes)
    w.write_weights()
    stories.note_written(session=session, article_id=article.id, written=w.written(added))
    deltas = {entity_id: added.get(entity_id, 0) - removed.get(entity_id, 0) for entity_id in {*added, *removed}}
    named = {entity_id: (entity_id in added) - (entity_id in removed) for entity_id in {*added, *removed}}
    refresh_mention_counts(session=session, deltas=deltas, articles=named)
    # the deltas of an article stored again count what it named before by ids that may have been merged since
    merge.recount(session=session, entity_ids=merged_into)
    bump_version(session=session)
    if existing is None:
        counts.add_articles(session=session, delta=1)  # after the version's row, as every writer takes them
    return article


def _article_fields(doc: domain.SourceDoc, extraction: domain.Extraction, source_key: str,
                    content_hash: str) -> dict[str, object]:
    published = doc.published
    # The body is its passages plus the text around them, unless the passages are not exact slices of it.
    gaps = _body_gaps(doc.text, extraction.passages)
    return dict(
        source_key=source_key, title=doc.title, publisher=doc.publisher, byline=doc.byline, url=doc.url,
        original_url=doc.original_url, published=published,
        published_precision={4: "year", 7: "month", 10: "day"}.get(len(published or ""), None),
        language=doc.language, content_hash=content_hash, source_file=doc.source_file,
        raw_text=doc.raw if doc.raw != doc.text else None, updated_at=datetime.utcnow(),
        body_text="" if gaps is not None else doc.text,
        body_gaps=pack_gaps(gaps) if gaps is not None else None,
    )


# What a fact stored from a passage says about it (passages.fact_weight): an event most, then a role,
# an amount, a quote.
FACT_WEIGHTS: dict[Any, int] = {m.Event: 3, m.Role: 2, m.Amount: 1, m.Quote: 1}


@dataclass
class _FactWriter:
    """Writes one article's facts, a table at a time, with the ids its passages and names got."""

    session: Session
    article_id: int
    passage_ids: dict[int, int]
    passage_texts: dict[int, str]  # passage index -> its text
    entity_ids: dict[str, int]
    weights: Counter[int] = field(default_factory=Counter)  # passage id -> weight of its facts written
    event_keys: list[tuple[str, int, int, int, int]] = field(default_factory=list)  # as stories.event_keys reads them
    money: list[tuple[str | None, float, int]] = field(default_factory=list)  # as stories.money_figures reads them

    def written(self, mentions: Counter[int]) -> stories.Written:
        """What grouping reads of the article, from the rows written (``stories.Written``)."""
        return stories.Written(mentions=dict(sorted(mentions.items())), events=self.event_keys, money=self.money)

    def eid(self, name: str | None) -> int | None:
        return self.entity_ids.get(name) if name else None

    def text_columns(self, passage: int, text: str) -> dict[str, object]:
        """An event's or quote's text as stored: offsets into its passage where it is a slice of it (the
        column ``text`` then ''), else the text itself (see ``db.models.passage_slice``)."""
        at = self.passage_texts[passage].find(text)
        if at < 0:
            return {"text": text, "text_start": None, "text_end": None}
        return {"text": "", "text_start": at, "text_end": at + len(text)}

    def weigh(self, model: Any, rows: Sequence[Mapping[str, Any]]) -> Sequence[Mapping[str, Any]]:
        """Count ``rows`` (about to be written) in their passages' fact weights; returns them."""
        points = FACT_WEIGHTS[model]
        for row in rows:
            self.weights[row["passage_id"]] += points
        return rows

    def write_weights(self) -> None:
        """Store each passage's fact weight (passages are written before their facts, which need their ids)."""
        table = _table(m.Passage)
        rows = [{"pid": pid, "weight": weight} for pid, weight in sorted(self.weights.items())]
        if rows:
            self.session.execute(table.update().where(table.c.id == bindparam("pid"))
                                 .values(fact_weight=bindparam("weight")), rows)

    def mentions(self, mentions: list[domain.Mention]) -> Counter[int]:
        """Store the mentions; returns how many each entity got."""
        rows = [{"entity_id": self.entity_ids[mn.entity], "article_id": self.article_id,
                 "passage_id": self.passage_ids[mn.passage], "start": mn.start, "end": mn.end}
                for mn in mentions if mn.entity in self.entity_ids and mn.passage in self.passage_ids]
        _insert_many(self.session, _table(m.Mention), rows)
        return Counter(int(row["entity_id"]) for row in rows)

    def roles(self, roles: list[domain.Role]) -> None:
        _insert_many(self.session, _table(m.Role), self.weigh(m.Role, [
            {"person_id": self.eid(role.person), "org_id": self.eid(role.org), "title": role.title[:200],
             "former": role.former, "article_id": self.article_id, "passage_id": self.passage_ids[role.passage],
             **_date_columns(role.date)}
            for role in roles if self.eid(role.person) is not None and role.passage in self.passage_ids
        ]))

    def events(self, all_events: list[domain.Event]) -> list[tuple[domain.Amount, int | None]]:
        """Store the events with their actors and anchors; returns their amounts with the event ids."""
        events = [event for event in all_events if event.passage in self.passage_ids]
        event_ids = _insert_with_ids(self.session, _table(m.Event),
                                     self.weigh(m.Event, [self.event_row(event) for event in events]))
        stored = list(zip(events, event_ids, strict=True))
        actors = [(event, row) for event, event_id in stored for row in self.actor_rows(event, event_id)]
        _insert_many(self.session, _table(m.EventActor), [row for _event, row in actors])
        self.event_keys += [key for event, row in actors if (key := _event_key(event, row)) is not None]
        _insert_many(self.session, _table(m.EventAnchor),
                     [row for event, event_id in stored for row in self.anchor_rows(event, event_id)])
        return [(amount, event_id) for event, event_id in stored for amount in event.amounts]

    def event_row(self, event: domain.Event) -> dict[str, object]:
        return {"type": event.type, **self.text_columns(event.passage, event.text), "article_id": self.article_id,
                "date_basis": event.basis, "anchor_type": event.anchor[0] if event.anchor else None,
                "pending": event.pending,
                "passage_id": self.passage_ids[event.passage], **_date_columns(event.date)}

    def actor_rows(self, event: domain.Event, event_id: int) -> list[dict[str, object]]:
        """One row per stored entity among the event's actors, at the position of the first name that is it, with
        the event's year and month (``ix_event_actors_entity_dated`` orders a name's events by them, 0018) and its
        article (``ix_event_actors_entity_article``, 0019)."""
        positions: dict[int, int] = {}
        for position, name in enumerate(event.actors):
            entity_id = self.eid(name)
            if entity_id is not None:
                positions.setdefault(entity_id, position)
        dated = _date_columns(event.date)
        return [{"event_id": event_id, "entity_id": entity_id, "position": position,
                 "date_year": dated["date_year"], "date_month": dated["date_month"], "article_id": self.article_id}
                for entity_id, position in positions.items()]

    def anchor_rows(self, event: domain.Event, event_id: int) -> list[dict[str, object]]:
        """One row per stored entity among the actors of the event ``event`` is dated from."""
        anchor_ids = {self.eid(name) for name in (event.anchor[1] if event.anchor else ())} - {None}
        return [{"event_id": event_id, "entity_id": anchor_id} for anchor_id in anchor_ids]

    def amounts(self, extraction: domain.Extraction, amounts: list[tuple[domain.Amount, int | None]]) -> None:
        """Store the event amounts and the article's other amounts, each linked to every name it is about."""
        event_amount_keys = {(a.passage, a.text) for e in extraction.events for a in e.amounts}
        amounts = amounts + [(amount, None) for amount in extraction.amounts
                             if (amount.passage, amount.text) not in event_amount_keys]
        amounts = [(amount, event_id) for amount, event_id in amounts if amount.passage in self.passage_ids]
        amount_ids = _insert_with_ids(self.session, _table(m.Amount), self.weigh(m.Amount, [
            {"kind": amount.kind, "value": float(amount.value), "currency": amount.currency, "unit": amount.unit,
             "text": amount.text[:200], "entity_id": self.eid(amount.entity), "event_id": event_id,
             "article_id": self.article_id, "passage_id": self.passage_ids[amount.passage], **_date_columns(amount.date)}
            for amount, event_id in amounts
        ]))
        about = [(amount, amount_id, entity_id) for (amount, _), amount_id in zip(amounts, amount_ids, strict=True)
                 for entity_id in self.about_ids(amount)]
        _insert_many(self.session, _table(m.AmountEntity),
                     [{"amount_id": amount_id, "entity_id": entity_id} for _amount, amount_id, entity_id in about])
        # stories.money_figures: each money amount once per name it is about
        self.money += [(amount.currency, float(amount.value), entity_id) for amount, _id, entity_id in about
                       if amount.kind == "money"]

    def about_ids(self, amount: domain.Amount) -> list[int]:
        """The stored entities an amount is about (its owner and the names it is about), in id order."""
        return sorted({entity_id for name in [amount.entity, *amount.about] if (entity_id := self.eid(name)) is not None})

    def quotes(self, quotes: list[domain.Quote]) -> None:
        _insert_many(self.session, _table(m.Quote), self.weigh(m.Quote, [
            {"speaker_id": self.eid(quote.speaker), "speaker_text": (quote.speaker or "")[:300] or None,
             "about_id": self.eid(quote.about), **self.text_columns(quote.passage, quote.text), "kind": quote.kind,
             "article_id": self.article_id, "passage_id": self.passage_ids[quote.passage]}
            for quote in quotes if quote.passage in self.passage_ids
        ]))


def _event_key(event: domain.Event, actor: Mapping[str, Any]) -> tuple[str, int, int, int, int] | None:
    """(type, year, month, actor id, position) of an event's actor row as ``stories.event_keys`` reads it back: only
    of an event dated to the month and not a plan (in SQL a NULL basis is not ``!= 'planned'`` either)."""
    dated = _date_columns(event.date)
    if dated["date_month"] is None or event.basis is None or event.basis == "planned":
        return None
    return (event.type, dated["date_year"], dated["date_month"], actor["entity_id"], actor["position"])  # type: ignore[return-value]


def _body_gaps(body: str, passages: Sequence[domain.Passage]) -> list[str] | None:
    """The text before, between and after ``passages`` when they are exact, ordered slices of ``body``."""
    if not passages:
        return None
    gaps, at = [], 0
    for p in sorted(passages, key=lambda p: p.start):
        if p.start < at or body[p.start:p.end] != p.text:
            return None
        gaps.append(body[at:p.start])
        at = p.end
    gaps.append(body[at:])
    return gaps


def _usual_gap(position: int, count: int) -> str:
    """Nothing before the first passage and after the last, one blank line between two."""
    return "" if position in (0, count - 1) else "\n\n"


def pack_gaps(gaps: list[str]) -> str:
    """``articles.body_gaps``: the gaps that are not the usual ones (``_usual_gap``), by position, as a JSON
    object; most articles store ``{}`` (migration 0009: the JSON list of every gap wrote each blank line)."""
    count = len(gaps)
    unusual = {str(i): gap for i, gap in enumerate(gaps) if gap != _usual_gap(i, count)}
    return json.dumps(unusual, ensure_ascii=False, separators=(",", ":"))


def unpack_gaps(packed: str, passages: int) -> list[str]:
    """The ``passages + 1`` gaps around an article's passages, from ``pack_gaps``' form."""
    unusual, count = json.loads(packed), passages + 1
    return [unusual.get(str(i), _usual_gap(i, count)) for i in range(count)]


def article_text(*, session: Session, article: m.Article) -> str:
    """The article's whole cleaned body, rebuilt from its passages where it is stored that way."""
    if article.body_gaps is None:
        return article.body_text
    rows = session.execute(select(m.Passage.text).where(m.Passage.article_id == article.id)
                           .order_by(m.Passage.start)).scalars().all()
    gaps = unpack_gaps(article.body_gaps, len(rows))
    parts = [gaps[0]]
    for passage, gap in zip(rows, gaps[1:], strict=True):
        parts += [passage, gap]
    return "".join(parts)


def _update_stored(session: Session, stored: m.Entity, entity: domain.Entity, name_key: str, by_name: bool) -> None:
    """What an article teaches about a stored entity: an author's name that turns out to be a person's or an
    organisation's takes that kind, and any other reading counts towards the kind most articles read (``db.kinds``);
    an organisation first seen by its acronym ("AMKI") takes the name an article spells out. ``by_name``: the article's
    own name for it found it (a foundation named after a person, found by the person's name as its other name, is no
    reading of the person's kind)."""
    if by_name:
        _count_reading(session, stored, entity)
    if _spelled_out(stored, entity, name_key, session) or _written_in_full(stored, entity, name_key, session):
        stored.name, stored.norm = entity.name, name_key


def _count_reading(session: Session, stored: m.Entity, entity: domain.Entity) -> None:
    """The article's reading of the entity's kind counts (``db.kinds``): one that disagrees is written down, and the
    kind most articles read is kept; a byline's name, read as a person's or an organisation's, takes that kind. An
    entity added by this article (no id yet) was read once, by it."""
    if stored.kind == "author" and entity.kind != "author":
        stored.kind = entity.kind
    elif entity.kind not in (stored.kind, "author") and stored.id is not None:
        # the counts as stored now: ``article_count`` is kept by a statement, not through the loaded entity
        table = _table(m.Entity)
        articles, readings = session.execute(select(table.c.article_count, table.c.kind_readings)
                                             .where(table.c.id == stored.id)).one()
        stored.kind, stored.kind_readings = with_reading(readings, stored.kind, articles or 0, entity.kind)


def _new_aliases(entity: domain.Entity, name_key: str, rows: list[tuple[str, str]],
                 by_key: dict[str, m.Entity]) -> list[tuple[str, str]]:
    """The article's names for the entity the store does not know yet, one per key. A one-word alias of a
    person that is a word of the name ("Wang" of "Wang Lei") or initials ("TTL") is too common to merge other
    articles on; a nickname is not ("Zulhas" for "Zulkifli Hasan", "Jokowi")."""
    fresh: dict[str, str] = {}
    for alias, key in rows:
        if key not in by_key and key not in fresh and not (entity.kind == "person" and _common_one_word(alias, key, name_key)):
            fresh[key] = alias
    return [(alias, key) for key, alias in fresh.items()]


def _common_one_word(alias: str, key: str, name_key: str) -> bool:
    return " " not in key and key != name_key and (key in name_key.split() or alias.isupper() or len(key) < 4)


def _spelled_out(stored: m.Entity, entity: domain.Entity, name_key: str, session: Session) -> bool:
    if stored.kind != "org" or entity.kind != "org" or not (stored.name.isupper() and len(stored.name) <= 8):
        return False
    if len(name_key.split()) < 2 or stored.norm not in {norm_name(a) for a in entity.aliases}:
        return False
    return _key_free(session, name_key, stored)


def _written_in_full(stored: m.Entity, entity: domain.Entity, name_key: str, session: Session) -> bool:
    """A person first stored by the short name news calls them by ("Budi Hartono") whom an article names in full
    ("Budi Hartono Wijaya", with the short name as its alias) takes the full name."""
    if stored.kind != "person" or entity.kind != "person" or stored.norm not in {norm_name(a) for a in entity.aliases}:
        return False
    short, full = stored.norm.split(), name_key.split()
    return len(full) > len(short) and full[: len(short)] == short and _key_free(session, name_key, stored)


def _key_free(session: Session, name_key: str, stored: m.Entity) -> bool:
    """No other stored entity goes by ``name_key``: ``stored`` may take it as its name."""
    return session.execute(select(m.Entity.id).where(m.Entity.norm == name_key, m.Entity.id != stored.id)).first() is None


def _org_forms(name_key: str) -> tuple[list[str], set[str], str] | None:
    """For ``_same_org``: the name's words without legal forms, its shorter forms of two words or more, and
    the pattern its longer forms contain; None under two words."""
    words = without_legal_forms(name_key)
    if len(words) < 2:
        return None
    core = " ".join(words)
    shorter = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    return words, shorter, core.replace("\\", "").replace("%", "").replace("_", "")


def _could_find(kind: str, name_key: str, key: str) -> bool:
    """Whether ``_same_org`` or ``_same_person`` (by ``kind``) looking up ``name_key`` reads an alias ``key``
    (their WHERE on one alias; keys hold only [0-9a-z ], so LIKE has no case to ignore)."""
    if kind == "person":
        words = name_key.split()
        tail = " ".join(name_core(words)[-2:])
        return len(words) >= 2 and (any(low <= key < high for low, high in _first_word_ranges(words))
                                    or key.startswith(f"{_TAIL}{tail}/") or key == tail)
    forms = _org_forms(name_key)
    if forms is None:
        return False
    _words, shorter, pattern = forms
    return key in shorter or key.endswith(f" {pattern}") or key.startswith(f"{pattern} ") or f" {pattern} " in key


def _same_org(session: Session, name_key: str) -> m.Entity | None:
    """The one stored organisation this name is a longer or shorter form of ("PT Selaras Nikel Utama Tbk"
    and "Selaras Nikel", "PT Asuransi Jiwa Lintang Arta" and "Lintang Arta"): outlets name a company at
    different lengths. Names of fewer than two words, and forms that fit several organisations, merge
    with nothing."""
    forms = _org_forms(name_key)
    if forms is None:
        return None
    words, shorter, pattern = forms
    rows = session.execute(
        select(m.Entity).join(m.EntityAlias, m.EntityAlias.entity_id == m.Entity.id)
        .where(m.Entity.kind == "org",
               or_(m.EntityAlias.norm.in_(shorter), m.EntityAlias.norm.like(f"% {pattern}"),
                   m.EntityAlias.norm.like(f"{pattern} %"), m.EntityAlias.norm.like(f"% {pattern} %")))
        .limit(20)
    ).scalars().all()
    distinct = {row.id: row for row in rows if not body_around(words, without_legal_forms(row.norm))}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


def _same_ministry(session: Session, name: str) -> m.Entity | None:
    """The one stored ministry whose name says this one's portfolio with one word more or less: English copy calls a
    ministry by part of its portfolio ("the fisheries ministry", stored as "Fisheries Ministry") that its name in full
    spells out ("Kementerian Kelautan dan Perikanan"). Only ministries: a country has one of each portfolio, while one
    police or one agency has units that differ by a word."""
    meaning = gloss(name)
    if "ministry" not in meaning or len(meaning) < 2:
        return None
    # one stem fewer, the head kept (a key of one stem is never stored)
    narrower = [GLOSS_PREFIX + "+".join(sorted(meaning - {word})) for word in meaning - {"ministry"} if len(meaning) > 2]
    wider = and_(m.EntityAlias.norm.like(f"{GLOSS_PREFIX}%"),
                 *(m.EntityAlias.norm.like(f"%{stem}%") for stem in sorted(meaning)))
    rows = session.execute(
        select(m.Entity, m.EntityAlias.norm).join(m.EntityAlias, m.EntityAlias.entity_id == m.Entity.id)
        .where(m.Entity.kind == "org", or_(m.EntityAlias.norm.in_(narrower), wider)).limit(20)
    ).all()
    found = {entity.id: entity for entity, key in rows
             if key in narrower or names_alike(meaning, frozenset(key.removeprefix(GLOSS_PREFIX).split("+")))}
    return next(iter(found.values())) if len(found) == 1 else None


def _same_person(session: Session, name_key: str) -> m.Entity | None:
    """The one stored person this name is written as with or without a middle name, a middle initial or a
    doubled letter after the first name ("Iwan Lukminto", "Iwan S. Lukminto", "Iwan Setiawan Lukminto"):
    outlets write people's names at different lengths. A name that fits two people ("Rudi Halim": "Rudi
    Hartono Halim" and "Rudi Santoso Halim") merges with neither."""
    words = name_key.split()
    if len(words) < 2:
        return None
    # the names that open with the same first name (keys hold only [0-9a-z ], so "w " <= key < "w!"); compared
    # bytewise on PostgreSQL too, whose default collation orders spaces otherwise
    entities, aliases = _table(m.Entity), _table(m.EntityAlias)
    norm = aliases.c.norm.collate("C") if session.get_bind().dialect.name == "postgresql" else aliases.c.norm
    # Read through the alias index: SQLite would otherwise walk every person by the kind index (``kind || ''``
    # keeps it off that index) and look up each one's aliases. In entity order, so the 200 are the ones that
    # walk gave.
    rows = session.execute(
        select(entities.c.id, entities.c.norm, aliases.c.norm).join_from(entities, aliases, aliases.c.entity_id == entities.c.id)
        .where((entities.c.kind + "") == "person",
               or_(*((norm >= low) & (norm < high) for low, high in _first_word_ranges(words))))
        .order_by(entities.c.id, aliases.c.id).limit(200)).all()
    fits = _person_fits(words, rows) or _without_first_word(session, norm, words)
    return session.get(m.Entity, fits.pop()) if len(fits) == 1 else None


def _without_first_word(session: Session, norm: Any, words: list[str]) -> set[int]:
    """The people a name writes with or without its first word ("Parker Eaton" / "Tim Parker Eaton", outlets drop
    the first of three names as they drop a middle one): for a name of two words, the people whose names of three words
    or more end with it (``_tail_key``); for a longer name, the one person stored by its last two words alone, if no
    one else's name ends with them."""
    entities, aliases = _table(m.Entity), _table(m.EntityAlias)
    core = name_core(words)
    tail = " ".join(core[-2:])
    low = f"{_TAIL}{tail}/"
    ending = set(session.execute(
        select(aliases.c.entity_id).join_from(aliases, entities, aliases.c.entity_id == entities.c.id)
        .where((norm >= low) & (norm < f"{_TAIL}{tail}0"), entities.c.kind == "person").limit(20)).scalars())
    if len(words) == 2:
        return ending
    if len(core) < 3 or ending:
        return set()
    found = session.execute(select(entities.c.id, entities.c.norm).join_from(aliases, entities, aliases.c.entity_id == entities.c.id)
                            .where(aliases.c.norm == tail, entities.c.kind == "person")).all()
    return {entity_id for entity_id, key in found if len(key.split()) == 2}


def _person_fits(words: list[str], rows: Sequence[Any]) -> set[int]:
    """The ids among ``rows`` (entity id, its key, one of its alias keys; the people whose names open with this name's
    first word) of the people this name writes. A key read by its spelling (``_SPELLED``) stands for the entity's own."""
    rows = [(entity_id, entity_key, entity_key if alias_key.startswith(_SPELLED) else alias_key)
            for entity_id, entity_key, alias_key in rows]
    fits = {entity_id for entity_id, entity_key, alias_key in rows
            if same_person_name(words, alias_key.split()) and same_person_name(words, entity_key.split())}
    if not fits:  # the first words of a longer name, or the longer name of one stored by its first words
        fits = {entity_id for entity_id, entity_key, alias_key in rows
                if opens_person_name(words, alias_key.split()) and opens_person_name(words, entity_key.split())}
    if not fits and len({entity_id for entity_id, _e, _a in rows}) == 1:
        # a given name no one else stored has, and a family name written as it sounds another way ("Arkandi
        # Halimun" / "Arkandi Halimon"); after a given name two people have it would not tell ("Budi Santoso" / "Budi
        # Santosa")
        fits = {entity_id for entity_id, _e, alias_key in rows if family_name_slipped(words, alias_key.split())}
    return fits


def _first_word_ranges(words: list[str]) -> list[tuple[str, str]]:
    """The key ranges ``_same_person`` reads: the keys opening with each of ``_first_words`` as a word, and for a
    long first name of a name of three words the keys opening with it and a letter more or with its last letter
    dropped ("ferdinan" / "ferdinand": ``_one_word_slipped`` joins such a slip of the keys)."""
    ranges = [(f"{first} ", f"{first}!") for first in _first_words(words)]
    if len(words) >= 3 and len(words[0]) >= 7:
        ranges += [(f"{words[0]}a", f"{words[0]}{{"), (f"{words[0][:-1]} ", f"{words[0][:-1]}!")]
    # and the people's names by their spelling keys that open with this first name's ("Rachmat ..." for "Rahmat U. X")
    spelled = spelled_person_key(" ".join(words))
    if spelled:
        first = spelled.split()[0]
        ranges.append((f"{_SPELLED}{first} ", f"{_SPELLED}{first}!"))
    return ranges


def _first_words(words: list[str]) -> tuple[str, ...]:
    """The words a stored form of this person's name may open with: the first name in its spellings, and in a
    name of three words the second, which outlets sometimes write first ("Sakti Wahyu X" / "Wahyu Sakti X")."""
    return first_name_forms(words[0]) + (first_name_forms(words[1]) if len(words) >= 3 else ())


def _take_fuller_name(session: Session, stored: m.Entity, name: str, name_key: str) -> None:
    """A person first stored by a shorter form of the name is shown by the fuller one."""
    taken = session.execute(select(m.Entity.id).where(m.Entity.norm == name_key, m.Entity.id != stored.id)).first()
    if taken is None:
        stored.name, stored.norm = name, name_key


def refresh_mention_counts(*, session: Session, deltas: dict[int, int], articles: dict[int, int] | None = None) -> None:
    """Add each entity's change in mentions (stored minus removed) to its ``mention_count``, and its change
    in articles naming it to its ``article_count``: one statement, however many mentions a hot name has."""
    table = _table(m.Entity)
    docs = articles or {}
    rows = [{"entity": entity_id, "delta": deltas.get(entity_id, 0), "docs": docs.get(entity_id, 0)}
            for entity_id in sorted({*deltas, *docs}) if deltas.get(entity_id) or docs.get(entity_id)]
    if rows:
        session.execute(table.update().where(table.c.id == bindparam("entity"))
                        .values(mention_count=table.c.mention_count + bindparam("delta"),
                                article_count=table.c.article_count + bindparam("docs")), rows)


# --------------------------------------------------------------------------- reading


def name_index_rows(*, session: Session) -> Sequence[tuple[int, str, str, str, str, int]]:
    """(entity id, canonical name, kind, alias, alias norm, mentions) for every alias of a mentioned entity."""
    return session.execute(
        select(m.Entity.id, m.Entity.name, m.Entity.kind, m.EntityAlias.alias, m.EntityAlias.norm, m.Entity.mention_count)
        .join(m.EntityAlias, m.EntityAlias.entity_id == m.Entity.id)
        .where(or_(m.Entity.mention_count > 0, m.Entity.id.in_(select(m.Role.person_id))))
        .order_by(m.Entity.id, m.EntityAlias.id)  # fuzzy ties break the same way on every database
    ).all()


def passages_with_articles(*, session: Session, passage_ids: Iterable[int]
                           ) -> dict[int, tuple[records.Passage, records.Article]]:
    """passage id -> (passage, its article), as plain records (answers cite hundreds of passages)."""
    return records.passages_with_articles(session, passage_ids)


def store_stats(*, session: Session, latest: int = 5) -> dict[str, object]:
    stats: dict[str, object] = {
        "articles": counts.articles(session=session),  # kept with them: no scan
        "entities": session.execute(select(func.count()).select_from(m.Entity).where(m.Entity.mention_count > 0)).scalar_one(),
        "events": session.execute(select(func.count()).select_from(m.Event)).scalar_one(),
    }
    rows = session.execute(
        select(m.Article.id, m.Article.title, m.Article.publisher, m.Article.url, m.Article.published)
        .order_by(m.Article.updated_at.desc(), m.Article.id.desc())
        .limit(latest)
    ).all()
    stats["latest"] = [
        {"id": r[0], "title": r[1], "publisher": r[2], "url": r[3], "published": r[4]} for r in rows
    ]
    return stats


def article_with_passages(*, session: Session, article_id: int) -> tuple[m.Article, list[m.Passage]] | None:
    """An article and its passages in order, or None when there is no such article."""
    article = session.get(m.Article, article_id)
    if article is None:
        return None
    passages = session.execute(
        select(m.Passage).where(m.Passage.article_id == article_id).order_by(m.Passage.idx)
    ).scalars()
    return article, list(passages)


def article_passage_window(*, session: Session, article_id: int, around: int | None,
                           first: int) -> tuple[m.Article, list[m.Passage], int] | None:
    """An article, some of its passages in order and how many it has; None when there is no such article.
    The passages are those within one of passage ``around``, else the first ``first``: never the whole text."""
    article = session.get(m.Article, article_id)
    if article is None:
        return None
    count = session.execute(select(func.count()).select_from(m.Passage).where(m.Passage.article_id == article_id))
    query = select(m.Passage).where(m.Passage.article_id == article_id).order_by(m.Passage.idx)
    if around is None:
        query = query.limit(first)
    else:
        query = query.where(m.Passage.idx.between(around - 1, around + 1))
    return article, list(session.execute(query).scalars()), count.scalar_one()


def first_passages(*, session: Session, article_ids: Iterable[int]) -> dict[int, records.Passage]:
    """The first passage of each article (one query, however many articles)."""
    ids = list(set(article_ids))
    if not ids:
        return {}
    first = (
        select(m.Passage.article_id, func.min(m.Passage.idx).label("idx"))
        .where(records.among(session, m.Passage.article_id, ids))
        .group_by(m.Passage.article_id)
        .subquery()
    )
    rows = records.read(session, records.Passage, records.select_records(records.Passage).join(
        first, (m.Passage.article_id == first.c.article_id) & (m.Passage.idx == first.c.idx)))
    return {p.article_id: p for p in rows}


# ----------------------------------------------------------------------------- timeline


def dated_events(*, session: Session, entity_id: int | None, limit: int, also: Sequence[int] = ()) -> list[records.Event]:
    """The newest ``limit`` events that have a date (of any basis), optionally those ``entity_id`` (or one of the
    entities ``also`` names: shorter forms of its name stored apart) acts in."""
    chosen = _dated_event_ids(session, entity_id, limit, also)
    return records.read(session, records.Event, records.select_records(records.Event)
                        .where(records.among(session, m.Event.id, chosen)).order_by(*_by_date(_EVENTS)))


def _dated_event_ids(session: Session, entity_id: int | None, limit: int, also: Sequence[int]) -> list[int]:
    """The ids of the events ``dated_events`` reads: the newest ids first, then their rows are read (a sentence, a
    slice of its passage, for those only, not for every event of a name in thousands of articles before the sort)."""
    if entity_id is None:  # ix_events_date backwards on SQLite, ix_events_newest on PostgreSQL (0015)
        ids = select(_EVENTS.id).where(_EVENTS.date_year.is_not(None)).order_by(*_by_date(_EVENTS)).limit(limit)
        return [row[0] for row in records.rows(session, ids)]
    return _newest_dated_of(session, list(dict.fromkeys([entity_id, *also])), limit)


def _newest_dated_of(session: Session, entity_ids: list[int], limit: int) -> list[int]:
    """The ids of the newest ``limit`` dated events one of ``entity_ids`` acts in, in ``_by_date``'s order.

    Each name's are one range of ``ix_event_actors_entity_dated`` (0018: the actor rows carry their event's year and
    month), read no further than ``limit``, however many events the name has or the store holds. Of several names,
    each one's newest ``limit`` are merged, an event once: an event among the newest ``limit`` of them all is among
    the newest ``limit`` of every name acting in it."""
    def newest(entity_id: int) -> Select[Any]:
        return (select(_ACTORS.event_id, _ACTORS.date_year, _ACTORS.date_month)
                .where(_ACTORS.entity_id == entity_id, _ACTORS.date_year.is_not(None))
                .order_by(*_date_order(_ACTORS.date_year, _ACTORS.date_month, _ACTORS.event_id)).limit(limit))

    if len(entity_ids) == 1:  # read on the session's connection (``records.rows``): 0.1-0.2 ms less than ``scalars``
        return [row[0] for row in records.rows(session, newest(entity_ids[0]))]
    each = union(*(select(*newest(entity_id).subquery().c) for entity_id in entity_ids)).subquery()
    merged = select(each.c.event_id).order_by(*_date_order(each.c.date_year, each.c.date_month, each.c.event_id))
    return [row[0] for row in records.rows(session, merged.limit(limit))]


Told = dict[int, tuple[int | None, str | None]]  # article id -> (its story id, its language)


def dated_events_told(*, session: Session, entity_id: int | None, limit: int, also: Sequence[int] = ()
                      ) -> tuple[list[records.Event], Told]:
    """``dated_events`` and ``story_and_language`` of their articles, in one read of the chosen events: each joined
    with its passage (its sentence sliced from it, not looked up a row), its article's language and its story."""
    chosen = _dated_event_ids(session, entity_id, limit, also)
    events: list[records.Event] = []
    told: Told = {}
    for row in records.rows(session, _events_told(records.dialect_of(session)), records.bound_ids(session, chosen)):
        event = records.Event(*row[:-2])
        events.append(event)
        told[event.article_id] = (row[-2], row[-1])
    return events, told


# The reads of hundreds of ids that every /timeline and /who makes are built once a dialect (``lru_cache``), their
# ids bound when they run (``records.among_bound``): the same SQL as built afresh with ``records.among``.


@lru_cache(maxsize=4)
def _events_told(dialect: str) -> Executable:
    """``dated_events_told``'s read: the events of the ids bound, each with its sentence, language and story."""
    own = [c for f, c in zip(fields(records.Event), records.columns(records.Event), strict=True) if f.name != "text"]
    at = [f.name for f in fields(records.Event)].index("text")
    sentence = m.joined_slice(m.Event.own_text, m.Event.text_start, m.Event.text_end, m.Passage.text)
    return (select(*own[:at], sentence, *own[at:], m.StoryArticle.story_id, m.Article.language)
            .join_from(m.Event, m.Passage, m.Passage.id == m.Event.passage_id)
            .join(m.Article, m.Article.id == m.Event.article_id)
            .outerjoin(m.StoryArticle, m.StoryArticle.article_id == m.Event.article_id)
            .where(records.among_bound(dialect, m.Event.id)).order_by(*_by_date(_EVENTS)))


@lru_cache(maxsize=4)
def _parties(dialect: str) -> Executable:
    return (select(m.EventActor.event_id, m.EventActor.entity_id, m.Entity.name, m.Entity.kind)
            .join(m.Entity, m.Entity.id == m.EventActor.entity_id)
            .where(records.among_bound(dialect, m.EventActor.event_id))
            .order_by(m.EventActor.event_id, m.EventActor.position))


@lru_cache(maxsize=4)
def _anchors(dialect: str) -> Executable:
    return select(m.EventAnchor.event_id, m.EventAnchor.entity_id).where(records.among_bound(dialect, m.EventAnchor.event_id))


@lru_cache(maxsize=4)
def _money(dialect: str) -> Executable:
    return records.select_records(records.Amount).where(records.among_bound(dialect, m.Amount.event_id),
                                                        m.Amount.kind == "money")


_EVENTS = m.Event.__table__.c
_ACTORS = m.EventActor.__table__.c


def _by_date(events: Any) -> tuple[Any, ...]:
    """Newest date first, then the highest id (of the columns of ``events``)."""
    return _date_order(events.date_year, events.date_month, events.id)


def _date_order(year: Any, month: Any, event_id: Any) -> tuple[Any, ...]:
    """Newest date first (NULLS LAST spelled out: PostgreSQL sorts NULL months first in DESC, SQLite last)."""
    return year.desc(), month.desc().nulls_last(), event_id.desc()


def _by_article(rows: Any, event_id: Any) -> tuple[Any, ...]:
    """Newest article first, then in the order stored (of events, or of event actors with ``event_id``)."""
    return rows.article_id.desc(), event_id


def undated_events(*, session: Session, main_actor_ids: Iterable[int], limit: int) -> list[records.Event]:
    """Events without a date whose main actor is one of ``main_actor_ids``."""
    stmt = (records.select_records(records.Event).join(m.EventActor, m.EventActor.event_id == m.Event.id)
            .where(m.Event.date_year.is_(None), m.EventActor.position == 0, m.EventActor.entity_id.in_(list(main_actor_ids)))
            .order_by(m.Event.id).limit(limit))
    return records.read(session, records.Event, stmt)


def event_actors(*, session: Session, event_ids: list[int]) -> tuple[dict[int, list[int]], dict[int, str]]:
    """(event id -> actor entity ids, main actor first; entity id -> name) for ``event_ids``."""
    actors: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for start in range(0, len(event_ids), 500):
        rows = session.execute(
            select(m.EventActor.event_id, m.EventActor.entity_id, m.Entity.name)
            .join(m.Entity, m.Entity.id == m.EventActor.entity_id)
            .where(records.among(session, m.EventActor.event_id, event_ids[start:start + 500]))
            .order_by(m.EventActor.event_id, m.EventActor.position))
        for event_id, entity_id, name in rows:
            actors.setdefault(event_id, []).append(entity_id)
            names[entity_id] = name
    return actors, names


def event_parties(*, session: Session, event_ids: list[int]) -> tuple[dict[int, list[int]], dict[int, str], set[int]]:
    """What ``event_actors`` gives and ``people_among`` of its actors, in the same read: (event id -> actor
    entity ids, main actor first; entity id -> name; the actors that are people)."""
    actors: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    people: set[int] = set()
    stmt = _parties(records.dialect_of(session))
    for start in range(0, len(event_ids), 500):
        for event_id, entity_id, name, kind in records.rows(session, stmt, records.bound_ids(session, event_ids[start:start + 500])):
            actors.setdefault(event_id, []).append(entity_id)
            names[entity_id] = name
            if kind == "person":
                people.add(entity_id)
    return actors, names, people


def event_anchors(*, session: Session, event_ids: list[int]) -> dict[int, set[int]]:
    """event id -> the actors of the event it is dated from, for events dated relative to another."""
    out: dict[int, set[int]] = {}
    stmt = _anchors(records.dialect_of(session))
    for start in range(0, len(event_ids), 500):
        for event_id, entity_id in records.rows(session, stmt, records.bound_ids(session, event_ids[start:start + 500])):
            out.setdefault(event_id, set()).add(entity_id)
    return out


def money_by_event(*, session: Session, event_ids: list[int]) -> dict[int, list[records.Amount]]:
    """event id -> the money amounts stated with it."""
    out: dict[int, list[records.Amount]] = {}
    stmt = _money(records.dialect_of(session))
    for start in range(0, len(event_ids), 500):
        for row in records.rows(session, stmt, records.bound_ids(session, event_ids[start:start + 500])):
            amount = records.Amount(*row)
            out.setdefault(amount.event_id, []).append(amount)  # type: ignore[arg-type]
    return out


def event_sentences_of(*, session: Session, entity_id: int, limit: int) -> list[tuple[int, str]]:
    """(passage id, sentence) of the events ``entity_id`` acts in, newest articles first."""
    # the newest ids first, one range of ix_event_actors_entity_article (0019) read no further than the limit: the
    # sentences (slices of their passages) are read for those only, not for every event of a name in thousands;
    # the ids as a subquery of the sentences' read (one statement, built once), not read and bound again
    return [(pid, text) for pid, text in records.rows(session, _sentences(limit), {"entity_id": entity_id})]


@lru_cache(maxsize=8)  # built once a limit, the entity bound when it runs
def _sentences(limit: int) -> Executable:
    return (select(m.Event.passage_id, m.Event.text).where(m.Event.id.in_(newest_events_of(limit)))
            .order_by(*_by_article(m.Event, m.Event.id)))


@lru_cache(maxsize=8)
def newest_events_of(limit: int) -> Any:
    """The ids of at most ``limit`` events an entity (bound as ``entity_id``) acts in, its newest articles' first:
    one range of ix_event_actors_entity_article (0019), as a subquery of the statement that reads them."""
    return (select(_ACTORS.event_id).where(_ACTORS.entity_id == bindparam("entity_id", type_=Integer))
            .order_by(*_by_article(_ACTORS, _ACTORS.event_id)).limit(limit).scalar_subquery())


def people_among(*, session: Session, entity_ids: Iterable[int]) -> set[int]:
    """The ids among ``entity_ids`` that name people."""
    ids = list(dict.fromkeys(entity_ids))
    out: set[int] = set()
    for start in range(0, len(ids), 500):
        out.update(session.scalars(select(m.Entity.id).where(records.among(session, m.Entity.id, ids[start:start + 500]),
                                                             m.Entity.kind == "person")))
    return out



def story_and_language(*, session: Session, article_ids: Iterable[int]) -> dict[int, tuple[int | None, str | None]]:
    """article id -> (its story id, its language), in one query per 500 articles."""
    ids = list(dict.fromkeys(article_ids))
    out: dict[int, tuple[int | None, str | None]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(m.Article.id, m.StoryArticle.story_id, m.Article.language)
            .outerjoin(m.StoryArticle, m.StoryArticle.article_id == m.Article.id)
            .where(records.among(session, m.Article.id, ids[start:start + 500])))
        out.update({article_id: (story_id, language) for article_id, story_id, language in rows})
    return out
