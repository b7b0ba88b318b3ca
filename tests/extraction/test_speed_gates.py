"""The cheap tests a stage makes before a costly pattern hold wherever the pattern matches: skipping the pattern
where they fail changes no output."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction import merging
from tests.properties import examples

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PIECES = ["Pengadilan", " ", "  ", "Negeri", "(PN)", "(", ")", "PN", "Jakarta", "Selatan", "dan", "&", "(22/1)", "x",
          "(Persero)", "Tbk", "-", "\n", "Rutan", "(Rutan)", ","]


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_a_specified_acronym_has_its_short_form_then_a_name(text: str) -> None:
    assert merging._SHORT_FORM_THEN_NAME.search(text) or not merging._SPECIFIED_ACRONYM.search(text)


def test_specified_acronyms_of_fixture_articles_pass_the_gate() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    found = [t for t in texts if merging._SPECIFIED_ACRONYM.search(t)]
    assert found  # the fixtures do name institutions so
    assert all(merging._SHORT_FORM_THEN_NAME.search(t) for t in found)


def test_a_brand_before_its_bracketed_legal_name_holds_the_bracket() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))] + ["Lantex (PT Lantera Rejeki)"]
    for rx, held in merging._HELD_TEXT.items():
        assert all(held in t for t in texts if rx.search(t))


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(st.sampled_from(["PT", " ", "PT ", "Lantera", "Rejeki", "(Lantex)", "(LRJK)", ",", "atau", "Lantex", "xPT",
                                 "which", "runs", "the", "maker", "of", "batteries", "\n", "(", ")", "Tbk"]),
                max_size=12).map("".join))
def test_legal_names_led_by_pt_are_finditer_s(text: str) -> None:
    for rx in (*merging._LEGAL_AND_BRAND, merging._BRAND_RUN):
        found = [m.span() for m in merging._legal_matches(rx, text)]
        assert found == [m.span() for m in rx.finditer(text)]
