"""The dialect-specific part of full-text search, behind one small interface.

SQLite uses an FTS5 external-content table kept in step by triggers (see the initial migration);
PostgreSQL uses a generated ``tsvector`` column with a GIN index over ``briefing_fts_text(text)``
(unaccented, punctuation turned into spaces: the same words FTS5's unicode61 tokenizer sees; see
migration 0002), and the query phrases go through the same function.  Callers pass plain words: user
text never reaches either engine as query syntax.

The engines only *match*: each returns the same candidates (the newest ``CANDIDATES`` matching
passages), and one function here, ``rank_passages``, orders them, so a search ranks the same on both
databases (bm25 and ts_rank disagree).  ``engine_ranked`` keeps each engine's own ranking, as the bare
operation benchmarks compare against.
"""

from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Integer, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Hit:
    passage_id: int
    score: float  # higher is better


# How many matching passages are ranked: the newest ones, so a word in thousands of passages stays cheap.
CANDIDATES = 400
# How many passages stored since the vocabulary was read have their words read on their own; past it the whole
# vocabulary is read again, a bound well below where the two cost the same (10k bench store: 2,000 passages'
# words 9-16 ms, 10,000 67-84 ms, the whole vocabulary 108-170 ms).
NEW_PASSAGES = 2000
_TOKENIZE = re.compile(r"tokenize\s*=\s*('(?:[^']|'')*'|\"[^\"]*\")", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
K1, B = 1.2, 0.75  # the usual BM25 constants (FTS5's bm25() uses the same)


def fts_words(value: str) -> list[str]:
    """The words both engines index: unaccented, lower case, split at anything not a letter or digit."""
    if value.isascii():  # nothing to decompose or strip: the common case, four times faster
        return _TOKEN.findall(value.lower())
    decomposed = unicodedata.normalize("NFKD", value)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _TOKEN.findall(plain.lower())


def _phrase_count(words: list[str], counts: Counter[str], phrase: list[str]) -> int:
    if not phrase:
        return 0
    if len(phrase) == 1:
        return counts[phrase[0]]
    if not counts[phrase[0]]:
        return 0
    n = len(phrase)
    return sum(1 for i in range(len(words) - n + 1) if words[i] == phrase[0] and words[i:i + n] == phrase)


def _term_frequencies(texts: dict[int, str], groups: list[list[str]]) -> dict[int, tuple[int, list[int]]]:
    """passage id -> (its length in words, each group's occurrences in it)."""
    phrases = [[fts_words(p) for p in group] for group in groups]
    # one-word alternatives are counted by a look-up each (a group has a dozen with its translations)
    singles = [[p[0] for p in group if len(p) == 1] for group in phrases]
    longer = [[p for p in group if len(p) > 1] for group in phrases]
    stats: dict[int, tuple[int, list[int]]] = {}
    for pid, value in texts.items():
        words = fts_words(value)
        counts = Counter(words)
        stats[pid] = (len(words), [sum(map(counts.__getitem__, one)) + sum(_phrase_count(words, counts, p) for p in many)
                                   for one, many in zip(singles, longer, strict=True)])
    return stats


def rank_passages(texts: dict[int, str], groups: list[list[str]], *, limit: int) -> list[Hit]:
    """BM25 over the candidates: each group of alternatives is one term (its phrases' occurrences
    summed), weighted by how few candidates have it; ties go to the older passage (lower id)."""
    stats = _term_frequencies(texts, groups)
    if not stats:
        return []
    total = len(stats)
    average = sum(length for length, _ in stats.values()) / total or 1.0
    idf = []
    for g in range(len(groups)):
        having = sum(1 for _, tfs in stats.values() if tfs[g])
        idf.append(math.log(1 + (total - having + 0.5) / (having + 0.5)))
    scored = []
    for pid, (length, tfs) in stats.items():
        norm = K1 * (1 - B + B * length / average)
        score = sum(idf[g] * tf * (K1 + 1) / (tf + norm) for g, tf in enumerate(tfs) if tf)
        scored.append(Hit(passage_id=pid, score=score))
    scored.sort(key=lambda hit: (-hit.score, hit.passage_id))
    return scored[:limit]


def _fts5_string(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def _clean(groups: list[list[str]]) -> list[list[str]]:
    groups = [[p for p in group if p and p.strip()] for group in groups]
    return [g for g in groups if g]


def _fts5_query(groups: list[list[str]]) -> str:
    # Every phrase is a quoted FTS5 string ("" escapes a quote), so operators, column filters,
    # NEAR( and punctuation are matched literally.
    return " AND ".join("(" + " OR ".join(_fts5_string(p) for p in group) + ")" for group in groups)


def _tsquery(groups: list[list[str]]) -> tuple[str, dict[str, object]]:
    # Bound parameters through phraseto_tsquery: user text is never tsquery syntax.
    params: dict[str, object] = {}
    anded = []
    for i, group in enumerate(groups):
        ored = []
        for j, phrase in enumerate(group):
            params[f"p{i}_{j}"] = phrase
            ored.append(f"phraseto_tsquery('simple', briefing_fts_text(:p{i}_{j}))")
        anded.append("(" + " || ".join(ored) + ")")
    return " && ".join(anded), params


class FullText:
    """Search passages: ``groups`` are ANDed, the phrases inside one group are ORed."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect

    def search_all(self, session: Session, groups: list[list[str]], *, limit: int = 50,
                   candidates: int = CANDIDATES) -> list[Hit]:
        """The best ``limit`` of the newest ``candidates`` matching passages, ranked by ``rank_passages``."""
        groups = _clean(groups)
        if not groups:
            return []
        ids = self.matching(session, groups, limit=candidates)
        if not ids:
            return []
        # PostgreSQL takes the ids as one array parameter (see ``db.records.among``)
        if self.dialect == "postgresql":
            listed = text("SELECT id, text FROM passages WHERE id = ANY(:ids)").bindparams(
                bindparam("ids", type_=ARRAY(Integer)))
        else:
            listed = text("SELECT id, text FROM passages WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
        rows = session.execute(listed, {"ids": ids}).all()
        return rank_passages({row[0]: row[1] for row in rows}, groups, limit=limit)

    def matching(self, session: Session, groups: list[list[str]], *, limit: int) -> list[int]:
        """Ids of the newest ``limit`` passages that match (the same set on both engines)."""
        groups = _clean(groups)
        if not groups:
            return []
        if self.dialect == "sqlite":
            rows = session.execute(
                text("SELECT rowid FROM passages_fts WHERE passages_fts MATCH :q ORDER BY rowid DESC LIMIT :n"),
                {"q": _fts5_query(groups), "n": limit},
            )
        elif self.dialect == "postgresql":
            tsquery, params = _tsquery(groups)
            rows = session.execute(
                text(f"SELECT id FROM passages, (SELECT {tsquery} AS q) AS query WHERE tsv @@ q "
                     "ORDER BY id DESC LIMIT :n"),
                {**params, "n": limit},
            )
        else:
            raise NotImplementedError(self.dialect)
        return [row[0] for row in rows]

    def engine_ranked(self, session: Session, groups: list[list[str]], *, limit: int = 50) -> list[Hit]:
        """The engine's own ranking (FTS5 bm25, PostgreSQL ts_rank): the bare operation for benchmarks."""
        groups = _clean(groups)
        if not groups:
            return []
        if self.dialect == "sqlite":
            rows = session.execute(
                text(
                    "SELECT rowid, bm25(passages_fts) AS rank FROM passages_fts WHERE passages_fts MATCH :q "
                    "ORDER BY rank LIMIT :n"
                ),
                {"q": _fts5_query(groups), "n": limit},
            ).all()
            return [Hit(passage_id=row[0], score=-float(row[1])) for row in rows]
        if self.dialect == "postgresql":
            tsquery, params = _tsquery(groups)
            rows = session.execute(
                text(
                    f"SELECT id, ts_rank(tsv, q) AS rank FROM passages, (SELECT {tsquery} AS q) AS query "
                    "WHERE tsv @@ q ORDER BY rank DESC, id LIMIT :n"
                ),
                {**params, "n": limit},
            ).all()
            return [Hit(passage_id=row[0], score=float(row[1])) for row in rows]
        raise NotImplementedError(self.dialect)

    def vocabulary(self, session: Session, *, min_count: int = 1) -> list[str]:
        """Indexed terms, for typo correction (read once, cached by the caller until data changes)."""
        if self.dialect == "sqlite":
            rows = session.execute(text("SELECT term FROM passages_vocab WHERE doc >= :m"), {"m": min_count})
        else:
            rows = session.execute(
                text("SELECT word FROM ts_stat('SELECT tsv FROM passages') WHERE ndoc >= :m"), {"m": min_count}
            )
        return [row[0] for row in rows]

    def has_term(self, session: Session, term: str) -> bool:
        """Whether ``term`` is one of the index's terms (one of ``vocabulary``'s), looked up alone: an index seek
        (SQLite: the fts5vocab table's term, PostgreSQL: the GIN index of the lexeme, or the first passages for a
        common one) instead of every term."""
        if self.dialect == "sqlite":
            found = session.execute(text("SELECT 1 FROM passages_vocab WHERE term = :t AND doc >= 1"), {"t": term})
            return found.first() is not None
        # the lexeme as written (quoted: no parsing, no normalising), not the words a phrase makes of it. Never
        # prepared (psycopg prepares a statement run 5 times on a connection): the server's generic plan for it is
        # a scan of passages until one matches, a scan of them all for a word no passage has (136 ms at 19k
        # articles, a typo's usual case); planned for the word, it is the GIN index's (0.1 ms) or the first rows.
        lexeme = "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"
        driver = session.connection().connection.driver_connection
        found = driver.execute("SELECT 1 FROM passages WHERE tsv @@ %s::tsquery LIMIT 1", (lexeme,), prepare=False)  # type: ignore[union-attr]
        return found.fetchone() is not None

    def newest_passage(self, session: Session) -> int:
        """The id of the newest passage (0 in an empty store)."""
        return int(session.execute(text("SELECT coalesce(max(id), 0) FROM passages")).scalar_one())

    def vocabulary_after(self, session: Session, passage_id: int, *, limit: int = NEW_PASSAGES
                         ) -> tuple[set[str], int] | None:
        """(the indexed terms of the passages stored after ``passage_id``, the newest one's id), to add to a
        vocabulary read when ``passage_id`` was the newest; None when more than ``limit`` were stored since,
        and on PostgreSQL, where ids are not handed out in the order the transactions commit (a passage
        committed later may have a lower id than one already read): read the whole vocabulary then.

        SQLite's passages are split into terms by an FTS5 table in memory with the store's own tokenizer, so
        the terms are those the store's index holds for them, not a near copy of its rules."""
        if self.dialect != "sqlite":
            return None
        rows = session.execute(text("SELECT id, text FROM passages WHERE id > :after ORDER BY id LIMIT :n"),
                               {"after": passage_id, "n": limit + 1}).all()
        if len(rows) > limit:
            return None
        if not rows:
            return set(), passage_id
        schema = session.execute(text("SELECT sql FROM sqlite_master WHERE name = 'passages_fts'")).scalar_one()
        return _sqlite_terms([row[1] for row in rows], _TOKENIZE.search(schema)), rows[-1][0]


def _sqlite_terms(texts: list[str], tokenize: re.Match[str] | None) -> set[str]:
    """The terms an FTS5 index with the ``tokenize`` option (the store's, as written in its schema) holds for
    ``texts``: through a private table in memory, never the store's connection."""
    option = f", tokenize={tokenize.group(1)}" if tokenize else ""
    memory = sqlite3.connect(":memory:")
    try:
        memory.execute(f"CREATE VIRTUAL TABLE words USING fts5(text{option})")
        memory.executemany("INSERT INTO words(text) VALUES (?)", ((value,) for value in texts))
        memory.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(words, 'row')")
        return {row[0] for row in memory.execute("SELECT term FROM terms")}
    finally:
        memory.close()
