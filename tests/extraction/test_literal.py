"""``literal`` finds a name where ``re`` finds the escaped name between its boundaries, and the parent-mark gate
of ``merging`` lets through every company name ``_PARENT_MARK`` finds: the stages that use them read the same."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction import merging
from bot.extraction.literal import capital_after_space, first_of_names, occurrences
from tests.properties import examples

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# letters, a digit, "_" and "-", white space of three kinds, a non-ASCII letter and digit, a capital after space
PIECES = ["a", "A", "b", "1", "_", "-", " ", "\n", "\u00a0", "é", "٣", ".", "(", "ab", "a-b", " B", "aa"]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
names = st.lists(st.sampled_from(PIECES), min_size=0, max_size=3).map("".join)
BOUNDS = [None, "", "-"]


def _left(extra: str | None) -> str:
    return "" if extra is None else rf"(?<![\w{re.escape(extra)}])"


def _right(extra: str | None) -> str:
    return "" if extra is None else rf"(?![\w{re.escape(extra)}])"


@settings(max_examples=examples(1000), deadline=None)
@given(texts, names, st.sampled_from(BOUNDS), st.sampled_from(BOUNDS))
def test_occurrences_are_finditer_s(text: str, name: str, before: str | None, after: str | None) -> None:
    rx = re.compile(_left(before) + re.escape(name) + _right(after))
    assert list(occurrences(text, name, before=before, after=after)) == [m.start() for m in rx.finditer(text)]


@settings(max_examples=examples(1000), deadline=None)
@given(texts, names)
def test_overlapping_starts_with_no_capital_after_are_search_s(text: str, name: str) -> None:
    rx = re.compile(r"(?<!\w)" + re.escape(name) + r"(?![\w-])(?!\s+[A-Z])")
    found = any(not capital_after_space(text, i + len(name))
                for i in occurrences(text, name, before="", after="-", overlapping=True))
    assert found == (rx.search(text) is not None)


@settings(max_examples=examples(1000), deadline=None)
@given(texts, st.lists(names.filter(bool), min_size=1, max_size=5))
def test_first_of_names_is_the_alternation_s(text: str, forms: list[str]) -> None:
    forms = sorted(forms, key=len, reverse=True)
    rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")
    assert list(first_of_names(text, forms)) == [(m.start(), m.group(0)) for m in rx.finditer(text)]


def _holds(name: str, text: str) -> bool:
    return re.search(merging._PARENT_MARK.format(name=re.escape(name)), text) is not None


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(st.sampled_from(["Kalinda", "PT", " ", "  ", "\n", "’s", "'s", "subsidiary", "units", "arm", "armada",
                                 "anak", "usaha", "(Persero)", "Tbk", "Tbka", "parent", "of", "unit", "-", "x", ","]),
                max_size=10).map("".join),
       st.sampled_from(["Kalinda", "PT", "Tbk", "a", "K-1"]))
def test_the_parent_gate_lets_every_parent_through(text: str, name: str) -> None:
    assert merging._parent_gate(text)(name) or not _holds(name, text)


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(st.sampled_from(["Kalinda", "PT", " ", "  ", "\n", "’s", "'s", "subsidiary", "units", "arm", "armada",
                                 "anak", "usaha", "perusahaan", "induk", "the", "its", "(Persero)", "Tbk", "Tbka",
                                 "parent", "of", "unit", "-", "x", ",", "K-1"]),
                max_size=10).map("".join),
       st.sampled_from(["Kalinda", "PT", "Tbk", "a", "K-1", "usaha"]))
def test_a_parent_is_marked_where_the_pattern_finds_it(text: str, name: str) -> None:
    assert merging._parent_marked(text, name) == _holds(name, text)


def test_the_parent_gate_on_fixture_articles() -> None:
    texts_ = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    names_ = ["Pertamina", "Telkom", "Kalinda", "BRI", "Mandiri", "Grab", "Gojek", "PLN", "Indosat", "Astra"]
    found = [(n, t) for t in texts_ for n in names_ if _holds(n, t)]
    assert found  # the fixtures do name parents
    assert all(merging._parent_gate(t)(n) for n, t in found)
    assert all(merging._parent_marked(t, n) == _holds(n, t) for t in texts_ for n in names_)


@settings(max_examples=examples(500))
@given(st.text(alphabet="abAB-.PT \n\t\xa0,", max_size=30))
def test_last_runs_start_finds_what_search_finds(text: str) -> None:
    from bot.extraction.amount_owners import _DESCRIBED_BEFORE
    from bot.extraction.literal import last_runs_start

    def span(m: re.Match[str] | None) -> tuple[int, int, str] | None:
        return None if m is None else (*m.span(), m.group(1))

    assert span(_DESCRIBED_BEFORE.search(text, last_runs_start(text, 5))) == span(_DESCRIBED_BEFORE.search(text)), text
    assert last_runs_start("a b  c", 2) == 1 and last_runs_start(" a b", 2) == 0 and last_runs_start("", 1) == 0
