"""/who's same-fact clustering scores a sentence only against the facts that share enough of its words, and
keeps each sentence's figures and words: the facts it makes are the ones a plain loop over ``same_fact``
makes, sentence by sentence and fact by fact."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from bot.answers.who import _ALIKE, SAME_WORDS, _corroborated, _Facts, _traits, same_fact
from tests.properties import examples

# a few names, figures and words, so that many sentences are near one another and some are one fact
WORDS = ["Kencana", "Mobility", "Arka", "laid", "off", "140", "employees", "karyawan", "PHK", "melakukan", "on",
         "Monday", "Senin", "the", "company", "said", "perusahaan", "raised", "$20", "million", "20", "juta", "in",
         "funding", "pendanaan", "led", "by", "Pulse", "Capital", "12%", "stake", "saham", "fined", "1.5", "1,5"]
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=0, max_size=14).map(" ".join)


def _plain_loop(candidates: list[tuple[str, int]], refs: dict) -> list[tuple[str, list[int]]]:
    """The clustering as it was written before: every fact in turn, ``same_fact`` on each."""
    clusters: list[tuple[str, list[int], set[int]]] = []
    for sentence, pid in candidates:
        article_id = refs[pid][1].id
        for text, pids, articles in clusters:
            if article_id not in articles and same_fact(sentence, text):
                articles.add(article_id)
                pids.append(pid)
                break
        else:
            clusters.append((sentence, [pid], {article_id}))
    return [(text, pids) for text, pids, _a in clusters]


@settings(max_examples=examples(300))
@given(st.lists(st.tuples(SENTENCE, st.integers(0, 5)), max_size=40))
def test_clusters_are_those_of_a_plain_loop(told: list[tuple[str, int]]) -> None:
    candidates = [(sentence, pid) for pid, (sentence, _article) in enumerate(told)]
    refs = {pid: (None, SimpleNamespace(id=article)) for pid, (_s, article) in enumerate(told)}
    assert [(c.text, c.pids) for c in _corroborated(candidates, refs)] == _plain_loop(candidates, refs)


@settings(max_examples=examples(100))
@given(st.lists(st.tuples(SENTENCE, st.integers(0, 5)), max_size=40))
def test_the_kept_traits_cluster_as_traits_worked_out_afresh(told: list[tuple[str, int]]) -> None:
    """A sentence's figures and words are kept across asks (``_traits``' cache, perf12): the clusters of a name
    asked again, with them kept, are those of a first ask; the kept sets cannot be changed by a caller."""
    candidates = [(sentence, pid) for pid, (sentence, _article) in enumerate(told)]
    refs = {pid: (None, SimpleNamespace(id=article)) for pid, (_s, article) in enumerate(told)}
    _traits.cache_clear()
    first = [(c.text, c.pids) for c in _corroborated(candidates, refs)]
    assert [(c.text, c.pids) for c in _corroborated(candidates, refs)] == first
    assert all(isinstance(kept, frozenset) for sentence, _pid in candidates for kept in _traits(sentence))


@settings(max_examples=examples(300))
@given(SENTENCE, st.lists(SENTENCE, max_size=12))
def test_the_lazy_scores_pass_what_the_ratio_passes(sentence: str, texts: list[str]) -> None:
    passed = [i for _t, _score, i in process.extract_iter(sentence, texts, scorer=fuzz.ratio, score_cutoff=_ALIKE)]
    assert passed == [i for i, text in enumerate(texts) if fuzz.ratio(sentence, text, score_cutoff=_ALIKE)]


@settings(max_examples=examples(300))
@given(st.lists(SENTENCE, max_size=30), SENTENCE)
def test_the_near_facts_are_those_whose_words_a_sentence_shares_enough_of(texts: list[str], sentence: str) -> None:
    """``_corroborated`` tests only the facts ``near`` gives, and no longer tests their words again (perf14): ``near``
    gives, in order, exactly the facts that pass ``_restates``' second test (shared words >= SAME_WORDS times the
    fewer of the two), wordless ones and a wordless sentence included."""
    facts = _Facts()
    for told in texts:
        facts.add(told, _traits(told))
    words = _traits(sentence)[1]
    want = [i for i, told in enumerate(texts)
            if len(words & _traits(told)[1]) >= SAME_WORDS * min(len(words), len(_traits(told)[1]))]
    assert facts.near(words) == want
