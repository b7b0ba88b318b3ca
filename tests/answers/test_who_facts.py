"""/who key facts: which sentences are one fact told twice, and what a sentence is (extraction's splitter, which the answers use too)."""

from __future__ import annotations

import pytest

from bot.answers.who import same_fact
from bot.extraction.text import split_sentences

# (one article's sentence, another's, whether they state one fact)
SAME_FACT_ROWS = [
    ("Edtech startup Kelasku laid off 140 employees on Monday, the company said.",
     "Kelasku has laid off 140 employees, the company said on Monday.", True),
    # one lawsuit: its filing and its first hearing are two facts
    ("Paguyuban itu juga telah mengajukan gugatan perdata ke Pengadilan Negeri Bandung terhadap direksi Bank Merapi.",
     "Sidang perdana gugatan Paguyuban Nasabah Merapi terhadap direksi PT Bank Merapi digelar di Pengadilan Negeri "
     "Bandung, Kamis (5/3).", False),
    # one visitor, two visits
    ("Health Minister Sari Lestari opened the 200-bed hospital, her third visit to the site this year.",
     "Health Minister Sari Lestari toured the site earlier this month.", False),
    # a fine and a settlement of one company: the figures differ
    ("Regulators fined ride-hailing app Gojekan 80 billion rupiah ($4.9 million) on Monday for leaking driver data.",
     "Ride-hailing app Gojekan agreed to pay 20 billion rupiah ($1.2 million) to settle a lawsuit over leaking driver data.",
     False),
    # one stake, told with what its holder did, and with what it makes it
    ("Jakarta-based Arunika Capital, which owns 12% of Tokobaru, asked the board on Friday to call a meeting.",
     "Jakarta-based Arunika Capital owns about 12% of Tokobaru, making it the second-largest shareholder.", False),
]


@pytest.mark.parametrize(("a", "b", "same"), SAME_FACT_ROWS)
def test_same_fact(a: str, b: str, same: bool) -> None:
    assert same_fact(a, b) is same


SENTENCE_ROWS = [
    # a quote closed after a comma goes on to say who said it
    ('"Data is not a commodity," Dewi Anggraini, the agency\'s director, said. She left.',
     ['"Data is not a commodity," Dewi Anggraini, the agency\'s director, said.', "She left."]),
    # a quote closed after a full stop ends the sentence
    ('He said: "We are done." The board met on Monday.', ['He said: "We are done."', "The board met on Monday."]),
    # an abbreviation or an initial ends no sentence; an ellipsis does
    ("Prof. Budi J. Santoso said the plan failed… The board met.",
     ["Prof. Budi J. Santoso said the plan failed…", "The board met."]),
]


@pytest.mark.parametrize(("text", "want"), SENTENCE_ROWS)
def test_sentences(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == want


def _facts(lang: str, published: str, text: str, name: str) -> str:
    """The key facts /who NAME shows of one article of our own, as one text."""
    from tests.answers.scratch import ask_after_ingest

    answer = ask_after_ingest([(f"{lang}-article.txt", lang, published, text)], f"/who {name}")
    return " | ".join(i.text for i in answer.items)


# a sentence that names its subject only as "the company", "perusahaan itu", "he" or "ia" is a fact of the
# one it refers to; so is what is told of a product named after its maker
REFERRED_ROWS = [
    ("en", "2026-04-21", "Parents sue milk maker\n\nJAKARTA (Wire) - A group of parents sued PT Arkana Susu Prima on "
     "Monday over contaminated growing-up milk, their lawyer said. Arkana Susu Prima said it would respond in court.\n\n"
     "The company, founded in Pasuruan in 1998, employs about 2,300 people.\n\n"
     "Perusahaan itu juga memiliki dua pabrik di Jawa Timur.\n", "Arkana Susu Prima", ["employs about 2,300", "dua pabrik"]),
    ("en", "2026-04-21", "Arkana names new chief\n\nJAKARTA (Wire) - PT Arkana Susu Prima named Galuh Prameswari as chief "
     "executive on Monday. Galuh Prameswari previously ran the dairy unit of a Singapore food group. He holds a degree in "
     "food engineering from a university in Bogor.\n", "Galuh Prameswari", ["degree in food engineering"]),
    ("id", "2025-08-05", "Sajian tunjuk CEO baru\n\nJAKARTA, KOMPAS - PT Sajian Rasa Nusantara menunjuk Galuh Prameswari "
     "sebagai CEO baru, Senin (4/8/2025). Sebelum bergabung, ia bekerja selama sembilan tahun di sebuah bank investasi di "
     "Singapura.\n", "Galuh Prameswari", ["sembilan tahun"]),
    ("id", "2025-09-06", "Asuransi Lintang bekukan produk\n\nJAKARTA, KOMPAS - PT Asuransi Jiwa Lintang Arta menghentikan "
     "penjualan produk Lintang Dana Pasti, Jumat (5/9/2025). Lintang Arta menyatakan akan membayar klaim nasabah.\n\n"
     "Penyidik menduga terjadi penggelapan dana premi produk Lintang Dana Pasti dengan nilai kerugian sementara mencapai "
     "Rp 1,84 triliun.\n", "Lintang Arta", ["nilai kerugian"]),
]


@pytest.mark.parametrize(("lang", "published", "text", "name", "wanted"), REFERRED_ROWS)
def test_a_sentence_about_the_one_it_refers_to_is_its_fact(lang, published, text, name, wanted):
    facts = _facts(lang, published, text, name)
    assert all(w in facts for w in wanted), facts
