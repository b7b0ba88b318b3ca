"""/search TEXT: ranked full-text search over passages, across languages and tolerant of typos.

User text is split into words; each word becomes a literal phrase (so ``who's``, ``multi-agent``,
``20.04``, ``"``, ``NEAR(`` and ``col:x`` are searched for as written), widened with the other
language's words for the same concept and with close spellings from the index's vocabulary.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.answers.common import source_ref
from bot.answers.context import Context
from bot.domain import Answer, Item, MessageKey
from bot.extraction.text import split_sentences
from db import queries
from db.fulltext import FullText

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 12
STOPWORDS = {
    "the", "a", "an", "of", "in", "on", "and", "or", "to", "is", "are", "was", "for", "with", "by", "at", "what",
    "who", "when", "how", "did", "does", "yang", "di", "dan", "ke", "dari", "itu", "ini", "dengan", "untuk", "apa",
    "siapa", "kapan", "pada", "oleh",
}


def _expansions(word: str) -> set[str]:
    try:
        from bot.extraction.lexicon import expand_query_terms
    except ImportError:  # lexicon not available: search the word alone
        return set()
    return {t.lower() for t in expand_query_terms(word)}


@dataclass(frozen=True)
class _Vocabulary:
    """The index's terms as of ``version``: ``terms`` for "is it a word of the store", ``fuzzy`` (the terms of 4
    letters or more, in order) for close spellings. ``newest`` and ``removed`` say what it was read from: the
    passages up to that id, with the store's passages-removed mark then."""

    version: str
    removed: str
    newest: int
    terms: frozenset[str]
    fuzzy: list[str]

    def with_terms(self, version: str, added: set[str], newest: int) -> _Vocabulary:
        new = added - self.terms
        fuzzy = sorted([*self.fuzzy, *(t for t in new if len(t) >= 4)]) if any(len(t) >= 4 for t in new) else self.fuzzy
        return _Vocabulary(version, self.removed, newest, self.terms | new if new else self.terms, fuzzy)


_vocab_cache: dict[str, _Vocabulary] = {}
_vocab_lock = threading.Lock()


def _current(ctx: Context) -> tuple[str, str, _Vocabulary | None]:
    """(cache key, the store's version, the cached vocabulary or None)."""
    key = str(getattr(ctx.session.get_bind(), "url", ""))
    version = queries.store_version(session=ctx.session)
    with _vocab_lock:
        return key, version, _vocab_cache.get(key)


def _vocabulary(ctx: Context, fulltext: FullText) -> _Vocabulary:
    """The store's terms, read whole once, then brought up to date after a store change with the words of
    the passages stored since (the first search after an ingest read them all again: 279 ms at 40k articles);
    read whole again when passages were deleted since, or too many stored."""
    key, version, cached = _current(ctx)
    if cached and cached.version == version:
        return cached
    # the marks before the terms: a deletion or a passage committed after them is seen by the next search
    removed = queries.passages_removed(session=ctx.session)
    newest = fulltext.newest_passage(ctx.session)
    entry = _brought_up_to_date(ctx, fulltext, cached, version, removed, newest) if cached else None
    if entry is None:
        terms = fulltext.vocabulary(ctx.session)
        entry = _Vocabulary(version, removed, newest, frozenset(terms), [t for t in terms if len(t) >= 4])
    with _vocab_lock:
        _vocab_cache[key] = entry
    return entry


class Terms:
    """The store's terms as a search asks of them: whether a word is one, and the close spellings of one that is
    not. The cached vocabulary answers when it is of the store's version; else each word is looked up in the
    index alone (``FullText.has_term``), and the vocabulary is read (or brought up to date) only for a word that
    is not a term: a fresh process's first search, or PostgreSQL's first after an ingest, reads every term of
    the index (279 ms at 40k articles) only when it has a typo to correct."""

    def __init__(self, ctx: Context, fulltext: FullText) -> None:
        self._ctx, self._fulltext = ctx, fulltext
        _key, version, cached = _current(ctx)
        self._entry = cached if cached and cached.version == version else None

    def known(self, word: str) -> bool:
        if self._entry is None:
            return self._fulltext.has_term(self._ctx.session, word)
        return word in self._entry.terms

    def fuzzy(self) -> list[str]:
        """The terms of 4 letters or more, in the index's order."""
        if self._entry is None:
            self._entry = _vocabulary(self._ctx, self._fulltext)
        return self._entry.fuzzy


def _brought_up_to_date(ctx: Context, fulltext: FullText, cached: _Vocabulary, version: str, removed: str,
                        newest: int) -> _Vocabulary | None:
    """``cached`` with the terms of the passages stored since it was read, or None when it cannot be: passages
    were deleted since (their words may be gone from the index), the store's newest passage is older than the
    one it was read up to (another store at that URL), or ``FullText.vocabulary_after`` cannot say (too many
    stored since; PostgreSQL)."""
    if cached.removed != removed or newest < cached.newest:
        return None
    added = fulltext.vocabulary_after(ctx.session, cached.newest)
    return cached.with_terms(version, *added) if added is not None else None


def build_groups(text: str, terms: Terms | None = None) -> list[list[str]]:
    """AND-of-ORs: one group per word of the query, each a list of alternative phrases (with close spellings of
    the store's ``terms`` for a word that is not one)."""
    words = [w for w in text.split() if _WORD.search(w)][:MAX_WORDS]
    groups: list[list[str]] = []
    for word in words:
        parts = [p.lower() for p in _WORD.findall(word)]
        phrase = " ".join(parts)
        if len(words) > 1 and phrase in STOPWORDS:
            continue
        alternatives = [phrase] + sorted(_expansions(phrase) - {phrase})
        if terms is not None and len(parts) == 1 and len(phrase) >= 4 and not terms.known(phrase):
            for term, _score, _i in process.extract(phrase, terms.fuzzy(), scorer=fuzz.ratio, limit=3, score_cutoff=80):
                if term not in alternatives:
                    alternatives.append(term)
        groups.append(alternatives)
    return groups


def _or_all(groups: list[list[str]]) -> list[list[str]]:
    return [[alt for group in groups for alt in group]]


def search(ctx: Context, query: str) -> Answer:
    answer = Answer(command="search", query=query)
    if not _WORD.search(query):
        answer.status, answer.message = "invalid", MessageKey.BAD_SEARCH
        return answer
    fulltext = FullText(ctx.session.get_bind().dialect.name)
    groups = build_groups(query, Terms(ctx, fulltext))
    if not groups:
        answer.status, answer.message = "invalid", MessageKey.BAD_SEARCH
        return answer
    hits = fulltext.search_all(ctx.session, groups, limit=ctx.limit)
    if not hits and len(groups) > 1:  # no passage has every word: rank those with some of them
        hits = fulltext.search_all(ctx.session, _or_all(groups), limit=ctx.limit)
    if not hits:
        answer.status, answer.message = "not_found", MessageKey.NOT_FOUND
        return answer
    refs = queries.passages_with_articles(session=ctx.session, passage_ids=[h.passage_id for h in hits])
    terms = {alt for group in groups for alt in group}
    for hit in hits:
        passage, article = refs[hit.passage_id]
        answer.items.append(Item(text=_best_sentence(passage.text, terms), sources=[source_ref(article, passage, ctx.public_url)],
                                 kind="hit", score=round(hit.score, 4)))
    answer.total = len(answer.items)
    return answer


def _best_sentence(text: str, terms: set[str]) -> str:
    """The sentence of a passage with the most query terms (whole short passages stay whole)."""
    if len(text) <= 320:
        return text
    lowered_terms = [t.lower() for t in terms]
    best, best_score = text, -1
    for a, b in split_sentences(text):
        sentence = text[a:b]
        low = sentence.lower()
        score = sum(1 for t in lowered_terms if t in low)
        if score > best_score:
            best, best_score = sentence.strip(), score
    return best
