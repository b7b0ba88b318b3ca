"""The dialect-specific part of full-text search, behind one small interface.

SQLite uses an FTS5 external-content table kept in step by triggers (see the initial migration);
PostgreSQL uses a generated ``tsvector`` column with a GIN index over ``briefing_fts_text(text)``
(unaccented, punctuation turned into spaces: the same words FTS5's unicode61 tokenizer sees; see
migration 0002), and the query phrases go through the same function.  Callers pass plain words: user
text never reaches either engine as query syntax.  Ranking differs (bm25 against ts_rank), matching
does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Hit:
    passage_id: int
    score: float  # higher is better


def _fts5_string(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


class FullText:
    """Search passages: ``groups`` are ANDed, the phrases inside one group are ORed."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect

    def search_all(self, session: Session, groups: list[list[str]], *, limit: int = 50) -> list[Hit]:
        groups = [[p for p in group if p and p.strip()] for group in groups]
        groups = [g for g in groups if g]
        if not groups:
            return []
        if self.dialect == "sqlite":
            return self._search_sqlite(session, groups, limit)
        if self.dialect == "postgresql":
            return self._search_postgres(session, groups, limit)
        raise NotImplementedError(self.dialect)

    def _search_sqlite(self, session: Session, groups: list[list[str]], limit: int) -> list[Hit]:
        # Every phrase is a quoted FTS5 string ("" escapes a quote), so operators, column filters,
        # NEAR( and punctuation are matched literally.
        query = " AND ".join("(" + " OR ".join(_fts5_string(p) for p in group) + ")" for group in groups)
        rows = session.execute(
            text(
                "SELECT rowid, bm25(passages_fts) AS rank FROM passages_fts WHERE passages_fts MATCH :q "
                "ORDER BY rank LIMIT :n"
            ),
            {"q": query, "n": limit},
        ).all()
        return [Hit(passage_id=row[0], score=-float(row[1])) for row in rows]

    def _search_postgres(self, session: Session, groups: list[list[str]], limit: int) -> list[Hit]:
        # Bound parameters through phraseto_tsquery: user text is never tsquery syntax.
        params: dict[str, object] = {"n": limit}
        anded = []
        for i, group in enumerate(groups):
            ored = []
            for j, phrase in enumerate(group):
                params[f"p{i}_{j}"] = phrase
                ored.append(f"phraseto_tsquery('simple', briefing_fts_text(:p{i}_{j}))")
            anded.append("(" + " || ".join(ored) + ")")
        tsquery = " && ".join(anded)
        rows = session.execute(
            text(
                f"SELECT id, ts_rank(tsv, q) AS rank FROM passages, (SELECT {tsquery} AS q) AS query "
                "WHERE tsv @@ q ORDER BY rank DESC, id LIMIT :n"
            ),
            params,
        ).all()
        return [Hit(passage_id=row[0], score=float(row[1])) for row in rows]

    def vocabulary(self, session: Session, *, min_count: int = 1) -> list[str]:
        """Indexed terms, for typo correction (read once, cached by the caller until data changes)."""
        if self.dialect == "sqlite":
            rows = session.execute(text("SELECT term FROM passages_vocab WHERE doc >= :m"), {"m": min_count})
        else:
            rows = session.execute(
                text("SELECT word FROM ts_stat('SELECT tsv FROM passages') WHERE ndoc >= :m"), {"m": min_count}
            )
        return [row[0] for row in rows]
