"""A person named only by what they are ("a palm oil tycoon", "terdakwa") is the article's main person."""

import pytest

from bot.extraction import extract

ID = ("Pengadilan vonis taipan sawit\n\nJAKARTA - Pengadilan Tipikor Jakarta pada Kamis (23/2/2023) menjatuhkan vonis "
      "12 tahun penjara kepada seorang taipan sawit. Hakim juga memerintahkan terdakwa membayar uang pengganti Rp 2 "
      "triliun.\n\nBudi Hartono, pemilik PT Lantera Sawit, membantah semua dakwaan. Budi Hartono akan mengajukan banding.")
EN = ("Court jails palm oil tycoon\n\nJAKARTA (Wire) - An Indonesian court on Thursday sentenced a palm oil tycoon to 12 "
      "years in prison. The defendant was also ordered to pay 2 trillion rupiah.\n\nBudi Hartono, who owns Lantera "
      "Sawit, denied the charges. Budi Hartono will appeal, his lawyer Rina Wulandari said.")


@pytest.mark.parametrize(("text", "lang", "figure"), [(ID, "id", "Rp 2 triliun"), (EN, "en", "2 trillion rupiah")])
def test_a_description_of_the_article_s_main_person_stands_for_them(text, lang, figure):
    x = extract(text.split("\n\n", 1)[1], language=lang, published="2023-02-23", title=text.split("\n\n", 1)[0])
    rulings = [e for e in x.events if e.type == "ruling"]
    assert rulings and "Budi Hartono" in rulings[0].actors
    amount = next(a for a in x.amounts if a.text == figure)
    assert "Budi Hartono" in {amount.entity, *amount.about}


def test_no_one_is_described_when_two_people_are_named_as_often():
    text = ("Hakim menjatuhkan vonis 12 tahun penjara kepada terdakwa pada Kamis (23/2/2023). Budi Hartono dan Rina "
            "Wulandari hadir. Budi Hartono membantah, Rina Wulandari juga membantah.")
    x = extract(text, language="id", published="2023-02-23")
    assert all(m.text != "terdakwa" for m in x.mentions)


def test_a_word_for_many_of_them_describes_no_one():
    text = ("Pemerintah meminta para pengusaha sawit membayar pajak pada Kamis (23/2/2023). Budi Hartono membantah. "
            "Budi Hartono akan mengajukan banding.")
    x = extract(text, language="id", published="2023-02-23")
    assert all("pengusaha" not in m.text for m in x.mentions)
