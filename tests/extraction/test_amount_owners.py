"""Who an amount is about beyond the names of its clause: the company its person acts for, the
organisation a common noun stands for, the maker of a product; and the kinds and short forms that
decide it."""

import pytest

from bot.extraction import extract


def owners(text: str, lang: str, figure: str) -> set[str]:
    ex = extract(text, language=lang, published="2025-09-01")
    amount = next(a for a in ex.amounts if a.text == figure)
    return {amount.entity, *amount.about} - {None}  # type: ignore[arg-type]


ROWS = [
    # a graft case's loss to the state is the case's company's, whoever reckoned it
    ("id", "Kasus korupsi\n\nKejaksaan Agung menahan Direktur Utama PT Karya Lestari Budi Hartanto dalam kasus korupsi "
           "PT Karya Lestari. Menurut hitungan Badan Pemeriksa Keuangan (BPK), kerugian negara mencapai Rp 2,3 triliun.",
     "Rp 2,3 triliun", "Karya Lestari"),
    ("en", "Graft case\n\nProsecutors detained Karya Lestari president director Budi Hartanto over a graft case at "
           "Karya Lestari. The state auditor put the state losses at 2.3 trillion rupiah.", "2.3 trillion rupiah",
     "Karya Lestari"),
    # a person's amount is also their company's
    ("en", "Rasaku names new CEO\n\nFood-delivery app Rasaku named Dimas Pratama as chief executive in May. "
           "Rasaku chief executive Dimas Pratama cut the delivery fee to Rp 2,500 per order.", "Rp 2,500 per order",
     "Rasaku"),
    # "the bank": the bank of the article, named with the word
    ("en", "Bank Tirta cuts branches\n\nPT Bank Tirta Makmur closed 30 branches this year, Bank Tirta Makmur said. "
           "The bank set aside 90 billion rupiah for severance, according to a filing with the Indonesia Stock Exchange.",
     "90 billion rupiah", "Bank Tirta Makmur"),
    # "Maskapai": the airline the article describes with that word
    ("id", "Penumpang telantar\n\nKementerian Perhubungan menjatuhkan sanksi kepada maskapai berbiaya murah PT Awan "
           "Biru Air. Kementerian Perhubungan meminta Awan Biru Air memperbaiki jadwal. Maskapai menyatakan memberikan "
           "kompensasi Rp 200.000 per penumpang.", "Rp 200.000 per penumpang", "Awan Biru Air"),
    # "perusahaan" in a regulator's story: the company in the news, not the regulator
    ("id", "Nasabah demo\n\nNasabah PT Asuransi Teduh Abadi berunjuk rasa di kantor Otoritas Jasa Keuangan (OJK). "
           "OJK membekukan penjualan produk Asuransi Teduh Abadi. Mereka menuntut OJK memaksa perusahaan "
           "mengembalikan dana nasabah sebesar Rp 1,2 triliun.", "Rp 1,2 triliun", "Asuransi Teduh Abadi"),
    # a product is no owner: its amount goes to the company of the article
    ("en", "Insurer probed\n\nPolice searched the offices of insurer PT Asuransi Teduh Abadi on Monday. Asuransi Teduh "
           "Abadi sold the policies through banks. Investigators estimate buyers of the Teduh Pasti Untung product lost "
           "about 900 billion rupiah.", "900 billion rupiah", "Asuransi Teduh Abadi"),
    # a ticket price: the festival the tickets are for, not only the promoter
    ("id", "Festival batal\n\nPromotor PT Suara Timur membatalkan Pesisir Jazz Festival. Pesisir Jazz Festival semula "
           "digelar di Makassar. Harga tiket berkisar Rp 500.000 untuk satu hari.", "Rp 500.000", "Pesisir Jazz Festival"),
    # "It" opening a sentence: the organisation the sentence before is about
    # "the company" in a story the police tell: the company, though the police are named more often
    ("en", "Promoter named suspect\n\nJakarta Police named the founder of concert promoter PT Irama Laut Semesta a "
           "suspect on Monday, Jakarta Police said. Jakarta Police also asked immigration to bar him from travelling. "
           "The company said it had returned 4.2 billion rupiah to ticket holders.", "4.2 billion rupiah",
     "Irama Laut Semesta"),
    # a group called by the head word of its name ("forum" for "Forum Nasabah Tirta")
    ("id", "Nasabah gugat Tirta\n\nForum Nasabah Tirta Makmur menggugat PT Bank Tirta Makmur ke Pengadilan Negeri "
           "Jakarta Selatan, Senin (2/3/2026). Kuasa hukum forum, Yosef Manurung, meminta ganti rugi Rp 85 miliar.",
     "Rp 85 miliar", "Forum Nasabah Tirta Makmur"),
    # a company's management acts for it
    ("id", "Bank Tirta rampingkan cabang\n\nPT Bank Tirta Makmur Tbk menutup 30 kantor cabang, Senin (2/3/2026). Bank Tirta "
           "Makmur juga memindahkan pusat data ke Surabaya. Manajemen menyiapkan program pensiun dini dengan anggaran "
           "Rp 310 miliar.", "Rp 310 miliar", "Bank Tirta Makmur"),
    # a stock code named with "kode saham" is the company's
    ("id", "Saham Arkana anjlok\n\nPT Arkana Susu Prima Tbk tercatat di Bursa Efek Indonesia sejak 2019 dengan kode saham "
           "ARKS. Saham ARKS anjlok 14,9 persen ke Rp 1.370 pada perdagangan Kamis (2/4).", "Rp 1.370", "Arkana Susu Prima"),
    # "emiten bersandi saham ARKS": the code of the company the sentence names
    ("id", "Saham Arkana anjlok\n\nPraktik itu terjadi di PT Arkana Susu Prima Tbk, emiten bersandi saham ARKS. Saham ARKS "
           "anjlok 14,9 persen ke Rp 1.370 pada perdagangan Kamis (2/4).", "Rp 1.370", "Arkana Susu Prima"),
    # a one-word brand that is a word of the one company the article names: its losses are the company's
    ("en", "Kasut closes Cikampek plant\n\nPopular shoe brand Kasut has closed its only factory in Cikampek. On 2 May, PT "
           "Sepatu Kasut Tbk closed its plant in Cikampek after 30 years. Workers in Cikampek protested. In 2023, Kasut saw "
           "losses of 190.5 billion rupiah.", "190.5 billion rupiah", "Sepatu Kasut"),
    ("en", "Tea chain grows\n\nTea chain Tehkita opened 40 outlets in Jakarta this year, Tehkita said. It sells tea at about 9,000 rupiah a glass, "
           "and has expanded into Bali and Lombok.", "9,000 rupiah a glass", "Tehkita"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "owner"), ROWS)
def test_amount_owners(lang: str, text: str, figure: str, owner: str) -> None:
    assert owner in owners(text, lang, figure)


def test_the_body_an_account_is_given_by_told_of_the_figure_and_owns_none_of_it() -> None:
    text = ("Refunds stall\n\nLangit Air stopped flying in May. Only about 9 billion rupiah of the refunds had been paid "
            "before the airline went into PKPU, according to the Ministry of Transportation.")
    assert owners(text, "en", "9 billion rupiah") == {"Langit Air"}


def test_perusahaan_in_a_regulator_s_story_is_the_company_in_it() -> None:
    text = ("Smelter dihentikan\n\nKementerian Energi dan Sumber Daya Mineral menghentikan operasi smelter PT Nikel "
            "Jaya Abadi. Kementerian Energi dan Sumber Daya Mineral meminta audit. Kementerian Energi dan Sumber Daya "
            "Mineral menunggu laporan. Perusahaan diperkirakan kehilangan Rp 20 miliar per hari.")
    assert "Nikel Jaya Abadi" in owners(text, "id", "Rp 20 miliar per hari")


def test_a_bank_s_name_without_bank_is_the_bank() -> None:
    text = ("Bank Tirta cuts branches\n\nPT Bank Tirta Makmur closed 30 branches. Shares of Tirta Makmur fell 3% on "
            "Monday.")
    names = {e.name: e.aliases for e in extract(text, language="en", published="2025-09-01").entities}
    assert "Tirta Makmur" in names["Bank Tirta Makmur"]


def test_a_figure_quoted_is_about_the_names_of_its_quotation_not_the_speaker() -> None:
    text = ('"Dari pengurusan izin tambang, tersangka Rahmat Sinaga telah menerima uang sekitar Rp3 miliar," '
            "kata Direktur Penyidikan Kejati Sultra Budi Hartanto, Senin (1/9).")
    got = owners(text, "id", "Rp3 miliar")
    assert "Rahmat Sinaga" in got and "Budi Hartanto" not in got
    # quoted with no name in it, a figure is still about the speaker's organisation
    said = '"Modal inti kami akan di atas Rp 4 triliun," kata Direktur Utama Bank Kota Lestari Yudi Pranata, Senin.'
    assert "Bank Kota Lestari" in owners(said, "id", "Rp 4 triliun")


def test_a_suspect_named_by_initials_is_the_person_they_stand_for() -> None:
    text = ("Penyidik menetapkan Rahmat Tua Sinaga dan Ani Haryati sebagai tersangka. "
            "Menurut jaksa, ATS kemudian menghubungi RTS dan menyerahkan uang Rp2 miliar. Jaksa menyebut AH tidak hadir.")
    ex = extract(text, language="id", published="2025-09-01")
    names = {e.name: e for e in ex.entities}
    assert "RTS" in names["Rahmat Tua Sinaga"].aliases
    assert "ATS" not in names["Rahmat Tua Sinaga"].aliases and "AH" in names["Ani Haryati"].aliases


def test_one_person_written_with_a_middle_initial_and_in_an_old_spelling_is_one_entity() -> None:
    text = ("Jaksa menahan Rahmat Tua P. Simandjuntak pada Senin. Rahmat Tua Simanjuntak tidak berkomentar. "
            "Kuasa hukum Rahmat mengajukan praperadilan.")
    ex = extract(text, language="id", published="2025-09-01")
    people = [e for e in ex.entities if e.kind == "person"]
    assert len(people) == 1 and {"Rahmat Tua Simanjuntak", "Rahmat"} <= people[0].aliases


def test_a_public_figure_shortened_to_the_openings_of_the_first_and_last_names() -> None:
    text = ("Menteri Perdagangan Zulkarnain Hasibuan memberi kelonggaran sepekan. “Kita surati,” ujar Zulhas saat "
            "konferensi pers. Kepala Dinas Budi Hartono dan Bud menolak.")
    ex = extract(text, language="id", published="2025-09-01")
    names = {e.name: e for e in ex.entities}
    assert "Zulhas" in names["Zulkarnain Hasibuan"].aliases and "Bud" not in names["Budi Hartono"].aliases


@pytest.mark.parametrize("text,lang,figure", [
    ("The Bali-based exchange Koinku Ltd shut its app on Monday. Security firm BlockWatch estimates that around $22 million "
     "has been stolen by hackers.", "en", "$22 million"),
    ("The Bali-based exchange Koinku Ltd shut its app on Monday. Koinku said it was safe. The hacker stole over "
     "$1.42 million in Bitcoin.", "en", "$1.42 million"),
    ("Platform PT Koinku Digital menutup aplikasinya pada Senin. Menurut BlockWatch, dana senilai Rp 300 miliar "
     "dicuri peretas.", "id", "Rp 300 miliar"),
])
def test_what_thieves_took_is_the_company_in_the_news_s_loss(text, lang, figure):
    assert {"Koinku", "Koinku Digital"} & owners(text, lang, figure)


def test_a_figure_after_he_or_she_is_the_person_named_before_s():
    text = ("Komisi Pemberantasan Korupsi (KPK) menahan pengusaha Dimas Prayoga. Dimas ialah tersangka suap. "
            "Penyidik menduga ia menerima suap Rp 7,2 miliar.")
    got = extract(text, language="id", published="2026-03-18").amounts
    assert [(a.text, a.entity) for a in got] == [("Rp 7,2 miliar", "Dimas Prayoga")]


def test_a_figure_a_speaker_tells_stays_the_company_s():
    text = ("PT Lantera Baja Tbk menunda ekspansi. Direktur Utama Dimas Prayoga hadir. "
            "Ia mengatakan perusahaan merugi Rp 7,2 miliar.")
    got = extract(text, language="id", published="2026-03-18").amounts
    assert [a.entity for a in got] == ["Lantera Baja"]


def test_a_figure_in_a_sentence_naming_no_one_is_about_those_the_sentence_before_named() -> None:
    text = ("Aset Lantera disita\n\nKejaksaan Agung menyita aset PT Lantera Sawit milik tersangka Budi Hartono senilai "
            "Rp 5 triliun. Rincian uang tunai tersebut terdiri dari Rp 2,1 triliun dan US$11,4 juta.\n\n"
            "Pajak ekspor sawit naik menjadi Rp 1,5 juta per ton.")
    for figure in ("Rp 2,1 triliun", "US$11,4 juta"):
        about = owners(text, "id", figure)
        assert {"Budi Hartono", "Lantera Sawit"} <= about and "Kejaksaan Agung" not in about, about
    assert "Budi Hartono" not in owners(text, "id", "Rp 1,5 juta per ton")  # another paragraph


@pytest.mark.parametrize(("text", "lang", "figure", "owner"), [
    ("Seorang pasien meninggal di RS Sendangsari Medika, Jambi, pekan lalu. Keluarganya melapor ke polisi. Pihak rumah "
     "sakit memberikan santunan Rp 25 juta kepada suami korban, Budi Hartono.", "id", "Rp 25 juta", "RS Sendangsari Medika"),
    ("A patient died at Sendangsari Medika Hospital in Jambi. Her family went to the police. On Wednesday, the hospital "
     "offered them 350 million rupiah, their lawyer Budi Hartono said.", "en", "350 million rupiah", "Sendangsari Medika Hospital"),
])
def test_an_institution_called_by_what_it_is_owns_its_figure(text: str, lang: str, figure: str, owner: str) -> None:
    assert owner in owners(text, lang, figure)
