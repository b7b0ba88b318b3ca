"""Sentence splitting on long paragraphs: the same spans as the first (quadratic) splitter, in linear time.

A stored article may be 100,000 characters of one paragraph. The first splitter searched the whole text
before each full stop for the word it ends, and tried every mark of a run of dots: 12 s for such a
paragraph, minutes for a run of 100,000 dots. ``quadratic_split`` below is that splitter, kept as the
reference for what the spans must be.
"""

from __future__ import annotations

import re
import time

import pytest

from bot.bench_corpus import one_paragraph
from bot.extraction.text import split_passages, split_sentences

# the first splitter's abbreviations, and "PT" since (a company's "PT." opens its name, it ends no sentence)
_OLD_ABBREV = frozenset(
    "pt inc corp co ltd mr mrs ms dr prof jr sr st vs no u.s u.k jan feb mar apr jun jul aug sep sept oct nov "
    "dec e.g i.e dll dsb tsb yth bpk sdr".split()
)
_OLD_SENT_END = re.compile(r"([.!?]+[\"”’)]*)\s+(?=[\"“‘(\[]?(?:[A-Z0-9]|[a-z]{1,2}[A-Z]))")
_OLD_LAST_WORD = re.compile(r"([\w.]+)$")


def quadratic_split(text: str) -> list[tuple[int, int]]:
    """bot.extraction.text.split_sentences as it was before it was made linear (8f20ce6)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _OLD_SENT_END.finditer(text):
        end = m.end(1)
        if text[m.start()] == ".":
            w = _OLD_LAST_WORD.search(text, 0, m.start())
            word = w.group(1).lower() if w else ""
            if word in _OLD_ABBREV or (len(word) == 1 and text[m.start() - 1].isupper()):
                continue
            if w and re.fullmatch(r"[A-Z](?:\.[A-Z]){1,2}", w.group(1)):
                continue  # a name's initials written together ("A.R. Tampubolon"), a rule added since
        spans.append((pos, end))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text.rstrip())))
    return [(a, b) for a, b in spans if text[a:b].strip()]


AWKWARD = [
    "Kata Dr. A. Budi (Foto: Antara) di U.S. pada Senin... Lalu?! \"Ya.\" Tidak.  B. c.d. e. F.G. Hal. 2 ya. " * 20,
    "He said: \"No.\" ‘Yes.’ (Maybe.) [So.] ok. Then 3. 4 5. aB. Xy. Mr. Smith Jr. left. " * 20,
    "Ä é. Ünal berkata. ٣. ١٢ ok. Zz. _a. a_. x.y.z. " * 20,
    "word\n. Next. A\n.\nB. " * 20,
    "." * 3000,
    ("!" * 200 + "x ") * 10 + "?!. A",
    "a" * 2000 + ". B. " + "Inc" + "." * 5 + " C",
    "Kepala Bpk. Budi, Sdr. Ani dan PT. Maju Jaya Tbk. mengumumkan. Lalu U.S. Steel Corp. naik 5. Persen.",
]


@pytest.mark.parametrize("text", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_text_splits_as_before(text: str) -> None:
    assert split_sentences(text) == quadratic_split(text)


def test_a_long_paragraph_splits_as_before() -> None:
    """A 12,000-character slice of the 100,000-character paragraph: every span as the first splitter had it."""
    text = one_paragraph(12_000)
    spans = split_sentences(text)
    assert len(spans) > 50
    assert spans == quadratic_split(text)


def test_a_paragraph_at_the_article_cap_splits_in_linear_time() -> None:
    """100,000 characters (the article cap) of one paragraph, and a long run of dots: each took 12 s and
    14 s of CPU before; now well under a tenth of a second. The bound is generous (CPU time, not wall time),
    so a busy machine does not fail it."""
    for text in (one_paragraph(100_000), "." * 20_000 + " A", ("!" * 1000 + "x ") * 50):
        started = time.process_time()
        passages, _headings = split_passages(text)
        assert passages
        assert time.process_time() - started < 2.0


def test_initials_written_together_end_no_sentence_and_open_the_name() -> None:
    from bot.extraction import extract

    text = "Kopitara menutup 12 gerai. R.A. Wulandari selaku direktur membenarkan. Menurut Direktur M.H. Lubis, gerai buka lagi."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Kopitara menutup 12 gerai.", "R.A. Wulandari selaku direktur membenarkan.",
        "Menurut Direktur M.H. Lubis, gerai buka lagi."]
    names = {e.name for e in extract(text, language="id", published="2026-03-02").entities}
    assert not names & {"R.A", "M.H", "R.A. Wulandari", "M.H. Lubis"}, names  # the initials are no organisation's


def test_a_listed_company_s_stock_code_after_tbk_ends_no_sentence() -> None:
    text = "PT Karya Lestari Tbk. (KRYA) menyebut merger masih menunggu restu OJK. Saham KRYA naik. Pemiliknya PT Maju Tbk. Perseroan diam."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "PT Karya Lestari Tbk. (KRYA) menyebut merger masih menunggu restu OJK.", "Saham KRYA naik.",
        "Pemiliknya PT Maju Tbk.", "Perseroan diam."]


def test_a_stock_code_after_tbk_with_its_dot_names_the_company() -> None:
    from bot.extraction import extract

    got = extract("PT Karya Lestari Tbk. (KRYA) menyebut merger masih menunggu restu OJK.", language="id", published="2025-02-27")
    assert {"KRYA"} <= next(e.aliases for e in got.entities if e.name == "Karya Lestari")


def test_a_figure_s_scale_letter_ends_a_sentence_and_names_no_one() -> None:
    from bot.extraction import extract

    text = "Kewajiban PT Karya Lestari mencapai Rp15,8 T. Aset perusahaan hanya Rp 1,2 M. Budi T. Santoso diam."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Kewajiban PT Karya Lestari mencapai Rp15,8 T.", "Aset perusahaan hanya Rp 1,2 M.", "Budi T. Santoso diam."]
    got = extract(text, language="id", published="2025-02-27")
    assert not any(e.name.startswith("T") for e in got.entities)


def test_pt_with_a_full_stop_opens_a_company_s_name_not_a_sentence():
    text = "Petugas menyegel pabrik milik PT. Kopitara Logam Jaya di Sendangsari. Pabrik itu berhenti beroperasi."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Petugas menyegel pabrik milik PT. Kopitara Logam Jaya di Sendangsari.", "Pabrik itu berhenti beroperasi."]
