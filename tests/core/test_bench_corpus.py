"""The bench corpus (``bot.bench_corpus``): deterministic, a stream, and a long tail of names that grows with it, so
that at 100k articles common names are common and the late ones rare, as in news."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from rapidfuzz.distance import OSA

from bot import bench_corpus as corpus


def _named(docs: list, names: list[str]) -> Counter[str]:  # type: ignore[type-arg]
    """How many of ``docs`` name each of ``names`` (a name's two words, as written)."""
    wanted = set(names)
    out: Counter[str] = Counter()
    for doc in docs:
        out.update({m for m in re.findall(r"[A-Z][a-z]+ [A-Z][a-z]+", doc.text) if m in wanted})
    return out


def test_the_corpus_is_a_deterministic_stream() -> None:
    first = list(corpus.articles(300))
    assert first == list(corpus.articles(300))
    assert list(corpus.articles(120)) == first[:120]  # the first m of n articles are articles(m)
    assert [d.source_file for d in first] == [f"bench-{i}.txt" for i in range(300)]


def test_the_tail_of_names_grows_with_the_corpus() -> None:
    pools = corpus.pools()
    assert len(pools.people) >= corpus.PEOPLE_FLOOR + 100_000 * corpus.PEOPLE_PER_ARTICLE  # 20k people by 100k
    assert len(pools.orgs) >= corpus.HOT + corpus.ORGS_FLOOR + 100_000 * corpus.ORGS_PER_ARTICLE
    assert len(set(pools.people)) == len(pools.people) and pools.hot == pools.orgs[:corpus.HOT]
    docs = list(corpus.articles(3000))
    early, late = _named(docs[:1500], pools.people), _named(docs[1500:], pools.people)
    reach = corpus.PEOPLE_FLOOR + int(3000 * corpus.PEOPLE_PER_ARTICLE)
    assert set(early) | set(late) <= set(pools.people[:reach])  # the i-th article draws from the first 400 + i / 5
    assert set(late) - set(early)  # names that come in late
    assert not set(early) - set(pools.people[:corpus.PEOPLE_FLOOR + int(1500 * corpus.PEOPLE_PER_ARTICLE)])
    counts = _named(docs, pools.people)
    # common names common, the late ones rare: the first tenth of the order is named far more often
    head = [counts[p] for p in pools.people[:reach // 10]]
    tail = [counts[p] for p in pools.people[reach - reach // 10:reach]]
    assert sum(head) > 4 * sum(tail)
    assert max(counts.values()) < len(docs) / 3  # no person in most articles: that is the hot companies' part
    hot = _named(docs, pools.hot)
    assert min(hot.values()) > len(docs) / 3


def test_no_two_surnames_are_one_slip_apart() -> None:
    """Extraction takes two surnames of one initial one slip of the keys apart for one misspelt name
    (``bot.extraction.merging``): the corpus's people would merge in an article naming both."""
    surnames = sorted({p.split(" ", 1)[1] for p in corpus.pools().people})
    close = [(a, b) for a, b in itertools.combinations(surnames, 2) if a[0] == b[0] and OSA.distance(a, b) <= 1]
    assert not close
