"""Names a user types that are not a name: a job title, a short form, a much better known namesake."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from bot.app import BriefingApp
from bot.config import load_settings
from bot.extraction.roles import same_post, title_and_rest, titles_agree

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tuning_app():
    folder = REPO / "tests" / "fixtures" / "tuning3"
    with tempfile.TemporaryDirectory() as scratch:
        app = BriefingApp.build(load_settings(database_url=f"sqlite:///{scratch}/n.db"))
        app.ingest([str(folder)], manifest=str(folder / "manifest.json"))
        yield app
        app.close()


@pytest.mark.parametrize(("query", "title", "rest"), [
    ("Dirjen Perhubungan Udara", "direktur jenderal", "Perhubungan Udara"),
    ("CEO Lapakria", "CEO", "Lapakria"),
    ("Menteri Komunikasi dan Digital", "menteri komunikasi dan digital", ""),
])
def test_a_query_that_opens_with_a_title(query, title, rest):
    assert title_and_rest(query) == (title, rest)


def test_titles_agree_across_languages():
    assert titles_agree("Direktur Jenderal", "director general")
    assert titles_agree("menteri komunikasi dan digital", "minister")
    assert not titles_agree("CEO", "president director")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Ketua", "chair", True),
    ("acting chief executive", "CEO interim", True),
    ("Plt Direktur Utama", "acting president director", True),
    ("Direktur Keuangan", "finance director", True),
    ("Sekretaris Perusahaan", "corporate secretary", True),
    ("director", "president director", False),
    ("interim CEO", "CEO", False),
    ("Wakil Ketua", "chair", False),
])
def test_one_post_in_either_language(a, b, same):
    assert same_post(a, b) is same


def test_a_title_finds_the_one_person_holding_it(tuning_app):
    answer = tuning_app.ask("/who Dirjen Perhubungan Udara")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.kind == "person"
    assert "Dirjen" not in answer.entity.name and "Perhubungan" not in answer.entity.name


def test_a_name_that_is_not_in_the_store_is_not_answered(tuning_app):
    for name in ("Lion Air", "Sinar Mas"):  # close to "Langit Nusa Air" and "Sinar Mahakam" as strings only
        assert tuning_app.ask(f"/who {name}").status != "ok"


def test_a_leading_the_is_not_part_of_the_name(tuning_app):
    plain = tuning_app.ask("/who Langit Nusa")
    assert plain.status == "ok" and plain.entity is not None
    with_the = tuning_app.ask("/who The Langit Nusa")
    assert with_the.status == "ok" and with_the.entity is not None and with_the.entity.id == plain.entity.id


def test_provinces_in_their_short_form_name_the_same_institution():
    from bot.answers.matching import _core
    from db.names import norm_name

    assert _core(norm_name("Polda Jatim")) == _core(norm_name("Polda Jawa Timur"))
    assert _core(norm_name("Kejati Sulawesi Selatan")) == _core(norm_name("Kejati Sulsel"))
    assert _core(norm_name("Polda Jawa Barat")) != _core(norm_name("Polda Jatim"))


@pytest.mark.parametrize(("english", "indonesian"), [
    ("Financial Services Authority", "Otoritas Jasa Keuangan"),
    ("Indonesia Stock Exchange", "Bursa Efek Indonesia"),
    ("Creative Economy Ministry", "Kementerian Ekonomi Kreatif"),
    ("Indonesian Courier Partners Association", "Asosiasi Mitra Kurir Indonesia"),
    ("East Java police", "Polda Jawa Timur"),
    ("East Java Regional Police", "Kepolisian Daerah Jawa Timur"),
    ("Kepolisian Daerah Jawa Timur", "Polda Jatim"),
    ("South Sulawesi prosecutors", "Kejati Sulsel"),
    ("Indonesian National Police", "Polri"),
    ("Food and Drug Monitoring Agency", "Badan Pengawas Obat dan Makanan"),
    ("Attorney General's Office", "Kejaksaan Agung"),
    ("Supreme Court", "Mahkamah Agung"),
    ("Surabaya Commercial Court", "Pengadilan Niaga Surabaya"),
    # a city's exchange with or without "Stock"; civil aviation's regulator; a national committee
    ("Teluk Biru Stock Exchange", "Bursa Teluk Biru"),
    ("Directorate General of Civil Aviation", "Direktorat Jenderal Penerbangan Sipil"),
    ("National Construction Safety Committee", "Komite Nasional Keselamatan Konstruksi"),
    # international bodies, and a foreign regulator named by its country or its people
    ("World Health Organization", "Organisasi Kesehatan Dunia"),
    ("Securities Commission Malaysia", "Komisi Sekuritas Malaysia"),
    ("Malaysian Anti-Corruption Commission", "Komisi Anti Korupsi Malaysia"),
    ("Competition Commission of Singapore", "Komisi Persaingan Singapura"),
    # the short forms Indonesian news writes for national bodies
    ("Ministry of Trade", "Kemendag"),
    ("Food and Drug Supervisory Agency", "Badan POM"),
    ("Corruption Eradication Commission", "KPK"),
    ("Ministry of Communication and Digital Affairs", "Komdigi"),
    ("Attorney General's Office", "Kejagung"),
    # cyber, encryption, disasters; a ministry named with "and" in English
    ("Communications and Information Ministry", "Kementerian Komunikasi dan Informatika"),
    ("National Cyber and Encryption Agency", "Badan Siber dan Sandi Negara"),
    ("National Cyber and Crypto Agency", "Badan Siber dan Sandi Negara"),
    ("National Disaster Management Agency", "Badan Nasional Penanggulangan Bencana"),
    # a state-owned enterprise is a "BUMN", whichever way it is written
    ("Ministry of State-Owned Enterprises", "Kementerian BUMN"),
    ("Ministry of SOEs", "Kementerian Badan Usaha Milik Negara"),
    # a hospital and a university by their head words; a provincial prosecutor's office in full and by its short form
    ("Tanjung Harapan University Hospital", "Rumah Sakit Universitas Tanjung Harapan"),
    ("Kejaksaan Tinggi Sulawesi Selatan", "Kejati Sulsel"),
    # district and sub-district police in full and by their short forms
    ("Kepolisian Resor Banyuwangi", "Polres Banyuwangi"),
    ("Kepolisian Sektor Tebet", "Polsek Tebet"),
    # a department by its head word ("Departemen Kesehatan Kota X", a city's health department)
    ("Surabaya Health Department", "Departemen Kesehatan Surabaya"),
    # a province's offices by their short forms ("Disnakertrans Jatim", "Dinkes Jabar")
    ("Dinas Tenaga Kerja dan Transmigrasi Jawa Timur", "Disnakertrans Jatim"),
    ("West Java Health Department", "Dinkes Jabar"),
    # an airport, in short or in full
    ("Sentani Raya International Airport", "Bandara Internasional Sentani Raya"),
    ("Sentani Raya International Airport", "Bandar Udara Internasional Sentani Raya"),
    # a regional general hospital by its short form and in full, English leaving out "general"
    ("Cisaruni Regional Hospital", "RSUD Cisaruni"),
    ("Cisaruni General Hospital", "Rumah Sakit Umum Daerah Cisaruni"),
    # a regency's and a province's government by their short forms
    ("Cisaruni regency government", "Pemkab Cisaruni"),
    ("West Java provincial government", "Pemerintah Provinsi Jawa Barat"),
    # home and foreign affairs, in full and by their short forms ("negeri" alone is a district: "Pengadilan Negeri")
    ("Ministry of Home Affairs", "Kementerian Dalam Negeri"),
    ("Home Affairs Ministry", "Kemendagri"),
    ("Foreign Ministry", "Kementerian Luar Negeri"),
    ("Ministry of Foreign Affairs", "Kemenlu"),
    # a province's conservation agency, in full and by its short form; the capital's regional police
    ("Aceh Natural Resources Conservation Agency", "Balai Konservasi Sumber Daya Alam Aceh"),
    ("Natural Resources Conservation Agency of Jambi", "BKSDA Jambi"),
    ("Jakarta Metro Police", "Polda Metro Jaya"),
    # farmers' and fishers' bodies
    ("Sendangsari Fishermen Alliance", "Aliansi Nelayan Sendangsari"),
    ("Sendangsari Farmers Alliance", "Aliansi Petani Sendangsari"),
    ("Indonesian Online Drivers Union", "Serikat Pengemudi Daring Indonesia"),
    # the energy ministry by its portfolio in full or short
    ("energy ministry", "Kementerian Energi dan Sumber Daya Mineral"),
    ("Ministry of Energy and Mineral Resources", "Kementerian ESDM"),
    # a district court by its short form and a Jakarta city's; Jakarta's regional police by the name English news gives it
    ("South Jakarta District Court", "PN Jaksel"),
    ("South Jakarta District Court", "Pengadilan Negeri Jakarta Selatan"),
    ("Jakarta Police", "Polda Metro Jaya"),
    # disaster, rescue and weather agencies by their short forms
    ("National Search and Rescue Agency", "Basarnas"),
    ("Sendangsari Regional Disaster Management Agency", "BPBD Sendangsari"),
    ("Meteorology, Climatology and Geophysics Agency", "BMKG"),
    ("Sendangsari Fire Department", "Damkar Sendangsari"),
    # a toll road
    ("Sendangsari-Teluk Biru toll road", "Tol Sendangsari-Teluk Biru"),
    # legal aid, seaweed farmers, pilgrimage, oil and gas, importers and an election commission
    ("Sendangsari Legal Aid Institute", "LBH Sendangsari"),
    ("Sendangsari Legal Aid Institute", "Lembaga Bantuan Hukum Sendangsari"),
    ("Teluk Biru Seaweed Farmers Alliance", "Aliansi Petani Rumput Laut Teluk Biru"),
    ("Ministry of Hajj and Umrah", "Kementerian Haji dan Umrah"),
    ("Directorate General of Oil and Gas", "Direktorat Jenderal Minyak dan Gas Bumi"),
    ("Air Cargo Importers Association", "Gabungan Importir Kargo Udara"),
    ("General Elections Commission", "Komisi Pemilihan Umum"),
    # a disaster agency "mitigates" in some English copy; a kabupaten is a "regency" or a "district"
    ("National Disaster Mitigation Agency", "Badan Nasional Penanggulangan Bencana"),
    ("Teluk Biru District Government", "Pemerintah Kabupaten Teluk Biru"),
    ("Teluk Biru Regency Government", "Pemkab Teluk Biru"),
    ("Sendangsari National Museum", "Museum Nasional Sendangsari"),
])
def test_a_public_body_has_one_key_in_both_languages(english, indonesian):
    from db.glossary import gloss_key

    assert gloss_key(english) is not None and gloss_key(english) == gloss_key(indonesian)


def test_firms_sharing_words_are_not_matched_by_meaning():
    from db.glossary import gloss_key

    assert gloss_key("Capital Partners") is None and gloss_key("Partners Capital") is None


_FISH_EN = ("Trawlers seized\n\nAMBON - The fisheries ministry seized two trawlers off Seram on Tuesday and fined "
            "Kopitara Bahari 2 billion rupiah.\n")
_FISH_ID = ("Kapal ditangkap\n\nAMBON - Kementerian Kelautan dan Perikanan menangkap dua kapal pukat di perairan Seram "
            "pada Selasa (7/4/2026).\n")


@pytest.mark.parametrize("first,second,query", [
    (("en-ojk.txt", "en", "2026-04-08", "Regulator freezes insurer\n\nIndonesia's Financial Services Authority froze "
      "sales of PT Asuransi Arkana Jiwa products on Tuesday, the regulator said.\n"),
     ("id-ojk.txt", "id", "2026-04-09", "OJK bekukan Arkana\n\nOtoritas Jasa Keuangan membekukan penjualan produk PT "
      "Asuransi Arkana Jiwa, Selasa (7/4/2026).\n"), "/who Otoritas Jasa Keuangan"),
    # an airport, in full in either language
    (("en-air.txt", "en", "2026-04-08", "Papua airport shut\n\nJAYAPURA - Airlines diverted 30 flights from Sentani Raya "
      "International Airport in Papua on Tuesday after floods closed the runway, the operator said.\n"),
     ("id-air.txt", "id", "2026-04-09", "Bandara ditutup\n\nJAYAPURA - Maskapai mengalihkan 30 penerbangan dari Bandara "
      "Internasional Sentani Raya di Papua pada Selasa (7/4/2026) karena banjir.\n"), "/who Bandara Internasional Sentani Raya"),
    # a volcano, whatever kind each article reads it as
    (("en-volcano.txt", "en", "2026-04-08", "Volcano erupts\n\nMANADO - Mount Arkana erupted on Tuesday and villagers on its "
      "slopes were moved to a school in the town below.\n"),
     ("id-volcano.txt", "id", "2026-04-09", "Gunung meletus\n\nMANADO - Gunung Arkana meletus pada Selasa (7/4/2026), "
      "dan 4.000 warga diungsikan.\n"), "/who Gunung Arkana"),
    # a river, its word after the name in English
    (("en-river.txt", "en", "2026-04-08", "River polluted\n\nSEMARANG - The Sendangsari River turned black on Tuesday "
      "after Kopitara Holdings dumped waste into it, the environment agency said.\n"),
     ("id-river.txt", "id", "2026-04-09", "Sungai tercemar\n\nSEMARANG - Sungai Sendangsari berubah hitam pada Selasa "
      "(7/4/2026) setelah Kopitara membuang limbah.\n"), "/who Sungai Sendangsari"),
    # a ministry English copy names only by part of its portfolio, in lower case
    (("en-fish.txt", "en", "2026-04-08", _FISH_EN), ("id-fish.txt", "id", "2026-04-09", _FISH_ID),
     "/who Kementerian Kelautan dan Perikanan"),
    # ... and the other way round (files are read in their names' order): the name in full first
    (("1-id-fish.txt", "id", "2026-04-08", _FISH_ID), ("2-en-fish.txt", "en", "2026-04-09", _FISH_EN),
     "/who fisheries ministry"),
])
def test_an_english_and_an_indonesian_article_name_one_body(first, second, query):
    """Ingested in their file names' order (an English article first in most rows)."""
    from tests.answers.scratch import ask_after_ingest

    answer = ask_after_ingest([first, second], query)
    assert answer.status == "ok" and len({s.article_id for i in answer.items for s in i.sources}) == 2


def test_a_union_of_a_bank_is_not_the_bank():
    from db.names import body_around

    assert body_around("serikat pekerja bank sinar mahakam".split(), "bank sinar mahakam".split())
    assert body_around("bank sinar mahakam".split(), "paguyuban nasabah bank sinar mahakam".split())
    assert not body_around("asuransi jiwa lintang arta".split(), "lintang arta".split())


def test_a_body_s_own_short_name_inside_its_name_is_the_body():
    from db.names import body_around

    # the name goes on after the short one: the foundation's own name, not one it is formed around
    assert not body_around("yayasan teluk biru lestari nusantara".split(), "teluk biru lestari".split())
    assert body_around("yayasan teluk biru lestari".split(), "teluk biru lestari".split())
    assert body_around("teluk biru lestari workers union".split(), "teluk biru lestari".split())


def test_a_title_with_a_short_form_of_its_unit_finds_its_holder():
    article = ("id-tambang.txt", "id", "2026-02-10",
               "Smelter dihentikan\n\nKementerian Energi dan Sumber Daya Mineral (ESDM) menghentikan smelter PT Batu "
               "Merah Jaya, Senin. Direktur Jenderal Mineral dan Batubara Kementerian ESDM Gunawan Wibisono "
               "mengatakan penghentian berlaku sampai audit selesai. Direktur Utama Batu Merah Jaya Andi Kusuma "
               "menolak berkomentar.\n")
    from tests.answers.scratch import ask_after_ingest

    answer = ask_after_ingest([article], "/who Dirjen Minerba")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Gunawan Wibisono"


def test_a_word_shared_by_a_company_and_what_is_named_after_it_is_the_company():
    from tests.answers.scratch import ask_after_ingest

    article = ("id-sinar.txt", "id", "2026-01-12",
               "Nasabah menuntut\n\nPT Sinar Arta Proteksi menghentikan penjualan produk Sinar Dana Tetap, Senin. "
               "Sinar Arta menyatakan pembayaran klaim Sinar Dana Tetap ditunda. Forum Nasabah Sinar Dana Tetap "
               "melapor ke polisi. Sinar Arta menolak berkomentar.\n")
    answer = ask_after_ingest([article], "/who Sinar")
    assert answer.status == "ok" and answer.entity is not None and "Sinar Arta" in answer.entity.name
    other = ("id-sinar-karya.txt", "id", "2026-01-13",
             "Sinar Karya ekspansi\n\nPT Sinar Karya Logistik membuka gudang baru di Surabaya. Sinar Karya menambah "
             "40 truk.\n")
    assert ask_after_ingest([article, other], "/who Sinar").status == "ambiguous"


def test_a_numbered_body_is_never_another_number():
    from bot.answers.matching import _numbers_agree

    assert not _numbers_agree("komisi i dpr".split(), "komisi v dpr".split())
    assert not _numbers_agree("komisi 7".split(), "komisi 11".split())
    assert _numbers_agree("komisi v".split(), "komisi v dpr".split())
    assert _numbers_agree("komisi dpr".split(), "komisi v dpr".split())  # no number typed: a short form
    assert _numbers_agree("civil court".split(), "civil court".split())  # a word is no numeral


def test_a_query_for_one_numbered_commission_does_not_answer_another():
    from tests.answers.scratch import ask_after_ingest

    text = ("DPR panggil Kopitara\n\nJAKARTA, KOMPAS - Komisi V DPR memanggil direksi PT Kopitara Nusantara Tbk pada "
            "Senin (16/3/2026). Komisi V DPR meminta Kopitara memperbaiki layanan.\n")
    answer = ask_after_ingest([("id-dpr.txt", "id", "2026-03-17", text)], "/who Komisi I DPR")
    assert answer.entity is None or answer.entity.get("name") != "Komisi V DPR"


def test_police_of_two_provinces_are_two_bodies():
    from db.glossary import gloss_key

    assert gloss_key("West Java police") != gloss_key("Polda Jawa Timur")


def test_a_short_form_half_spelled_out_and_a_foreign_legal_form():
    from tests.answers.scratch import ask_after_ingest

    text = ("BPOM tarik susu\n\nJAKARTA, KOMPAS - Badan Pengawas Obat dan Makanan (BPOM) menarik tiga bets susu PT Arkana "
            "Susu Prima, Senin (6/4/2026). Pemegang saham Arkana, Mistral Bay Capital, meminta audit. BPOM memeriksa pabrik.\n")
    articles = [("id-bpom.txt", "id", "2026-04-07", text)]
    answer = ask_after_ingest(articles, "/who Badan POM")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Badan Pengawas Obat dan Makanan"
    answer = ask_after_ingest(articles, "/who Mistral Bay Capital Pte Ltd")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Mistral Bay Capital"


def test_a_body_written_with_its_acronym_after_or_is_one_entity_in_both_languages():
    from tests.answers.scratch import ask_after_ingest

    en = ("en-ojk.txt", "en", "2026-04-08", "Regulator watches Kopi Rasa\n\nThe Financial Services Authority, or OJK, said it "
          "was monitoring trading in PT Kopi Rasa Tbk shares.\n")
    idn = ("id-ojk.txt", "id", "2026-04-09", "OJK pantau Kopi Rasa\n\nOtoritas Jasa Keuangan (OJK) memantau pergerakan saham "
           "PT Kopi Rasa Tbk, Rabu (8/4/2026).\n")
    for query in ("OJK", "Financial Services Authority", "Otoritas Jasa Keuangan"):
        answer = ask_after_ingest([en, idn], f"/who {query}")
        assert answer.status == "ok" and len({s.article_id for i in answer.items for s in i.sources}) == 2


# one article names the man in full, the other only by his given name
_FULL_AND_SHORT = [
    ("id-full.txt", "id", "2026-03-17", "Direktur Lantera ditahan\n\nJAKARTA, KOMPAS - Direktur Utama PT Lantera Baja "
     "Wisnu Prayogo ditahan KPK pada Senin (16/3/2026). Wisnu Prayogo diperiksa selama sembilan jam.\n"),
    ("id-short.txt", "id", "2026-03-18", "Wisnu dijenguk keluarga\n\nJAKARTA, KOMPAS - Keluarga menjenguk Wisnu di rumah "
     "tahanan KPK, kata pengacaranya. Wisnu disebut dalam keadaan sehat.\n"),
]


def test_a_person_an_article_names_by_one_word_is_the_one_fuller_name_of_the_store():
    from tests.answers.scratch import ask_after_ingest
    found = ask_after_ingest(_FULL_AND_SHORT, "/who Wisnu").entity
    assert found is not None and found.name == "Wisnu Prayogo"


@pytest.mark.parametrize(("query", "stored"), [
    ("Yudi Renaldo", "Yuddy Renaldo"),
    ("Suharto Wibisono", "Soeharto Wibisono"),
    ("Joko Santosa", "Djoko Santosa"),
    ("Budi Wardana", "Budhi Wardhana"),
])
def test_a_name_spelled_the_other_indonesian_way_is_found(query: str, stored: str) -> None:
    from tests.answers.scratch import ask_after_ingest

    text = (f"Bank Arta tunjuk direktur\n\nJAKARTA, KOMPAS - PT Bank Arta Sejahtera menunjuk {stored} sebagai direktur "
            "utama, Senin (6/4/2026).\n")
    answer = ask_after_ingest([("id-arta.txt", "id", "2026-04-07", text)], f"/who {query}")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == stored


def test_one_mistyped_letter_in_a_one_word_name_finds_it() -> None:
    from tests.answers.scratch import ask_after_ingest

    text = ("Batiko pailit\n\nJAKARTA, KOMPAS - Pengadilan Niaga Semarang menyatakan Batiko pailit, Senin (6/4/2026), "
            "atas permohonan IS dan DS. Batiko akan mengajukan kasasi ke MA.\n")
    answer = ask_after_ingest([("id-batiko.txt", "id", "2026-04-07", text)], "/who Batika")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Batiko"


def test_the_ministry_as_a_subject_is_the_public_body_named_before():
    from bot.extraction import extract

    text = ("Indonesia's Communication and Digital Ministry (Komdigi) fined PT Arkana Pay 5 billion rupiah on Monday. "
            "Arkana Pay said it would appeal. The ministry opened its investigation in November after hundreds of users "
            "complained about the lender.")
    got = extract(text, language="en", published="2026-01-13")
    inquiry = next(e for e in got.events if e.type == "investigation")
    assert inquiry.actors[0] == "Komdigi"


def _index(*entities):
    """A name index of ``(id, name, kind, mentions, aliases)``, as the store would list them."""
    from bot.answers.matching import NameIndex
    from db.names import norm_name

    return NameIndex([(i, name, kind, alias, norm_name(alias), mentions)
                      for i, name, kind, mentions, aliases in entities for alias in [name, *aliases]])


@pytest.mark.parametrize(("entities", "query", "expected"), [
    # a short form an article wrote alone is the better known party's name
    ([(1, "Arta", "org", 2, []), (2, "PT Arta Niaga Digital Tbk", "org", 9, [])], "Arta", 2),
    ([(1, "Niaga Digital", "org", 1, []), (2, "Arta Niaga Digital", "org", 9, [])], "Niaga Digital", 2),
    # ... also where that article took it for a person's name
    ([(1, "Arta Niaga", "person", 2, []), (2, "PT Arta Niaga Digital", "org", 9, [])], "Arta Niaga", 2),
    # the better known of the two stays itself
    ([(1, "Google", "org", 9, []), (2, "Google Cloud", "org", 3, [])], "Google", 1),
    # a body formed around the name is not the name
    ([(1, "Arta Niaga", "org", 2, []), (2, "Serikat Pekerja Arta Niaga", "org", 9, [])], "Arta Niaga", 1),
    # two longer names about as well known: neither
    ([(1, "Arta", "org", 1, []), (2, "Arta Niaga", "org", 5, []), (3, "Arta Sejahtera", "org", 4, [])], "Arta", 1),
    # capitals that are the initials of one party's name, stored or only typed
    ([(1, "ANA", "org", 1, []), (2, "Arta Niaga Anugrah", "org", 6, [])], "ANA", 2),
    ([(2, "PT Arta Niaga Anugrah", "org", 6, []), (3, "Bank Rakyat Kencana", "org", 4, [])], "ANA", 2),
    # a form of address or what the party is, typed before its name
    ([(1, "Reza Mahendra", "person", 4, []), (2, "Langit Nusa Air", "org", 7, [])], "Pak Reza", 1),
    ([(1, "Reza Mahendra", "person", 4, []), (2, "Langit Nusa Air", "org", 7, [])], "maskapai Langit Nusa Air", 2),
    ([(1, "Reza Mahendra", "person", 4, []), (2, "Langit Nusa Air", "org", 7, [])], "the airline Langit Nusa", 2),
    ([(1, "Reza Mahendra", "person", 4, []), (2, "Langit Nusa Air", "org", 7, [])], "Pak Langit", None),
    # a police rank or a cleric's title typed before a name, as news writes it
    ([(1, "Reza Mahendra", "person", 4, []), (2, "Langit Nusa Air", "org", 7, [])], "Kompol Reza", 1),
    ([(1, "Reza Mahendra", "person", 4, []), (2, "Langit Nusa Air", "org", 7, [])], "KH Reza Mahendra", 1),
    # the opening five letters or more of a long family name, as news shortens it ("Benny Tjokro")
    ([(1, "Reza Wiryokusumo", "person", 4, []), (2, "Reza Mahendra", "person", 3, [])], "Reza Wiryo", 1),
    ([(1, "Reza Wiryokusumo", "person", 4, []), (2, "Reza Mahendra", "person", 3, [])], "Reza Wir", None),
])
def test_a_short_lettered_or_introduced_name_finds_its_party(entities, query, expected):
    match = _index(*entities).lookup(query)
    if expected is None:
        assert match.status != "ok"
    else:
        assert match.status == "ok" and match.entity is not None and match.entity.id == expected


_SHORT_FORM_ARTICLES = [
    ("id-a.txt", "id", "2026-03-10",
     "Stasiun riset ditutup\n\nBadan Riset Samudra menutup stasiun pengamatan di Ambon pada Senin (9/3). Kepala Badan "
     "Riset Samudra Lestari Wulan mengatakan stasiun itu akan dipindahkan.\n"),
    ("id-b.txt", "id", "2026-03-12",
     "Kapal riset disewa\n\nBRS menyewa empat kapal riset senilai Rp 12 miliar pada Selasa (10/3). BRS juga membuka "
     "laboratorium baru di Kendari pada Rabu (11/3), kata juru bicara BRS.\n"),
]


@pytest.mark.parametrize(("command", "told"), [
    ("/who Badan Riset Samudra", "menyewa empat kapal riset"),
    ("/numbers Badan Riset Samudra", "Rp 12 miliar"),
    ("/timeline Badan Riset Samudra", "menyewa empat kapal riset"),
    ("/who BRS", "menutup stasiun pengamatan"),
])
def test_what_is_told_of_a_short_form_stored_apart_is_told_of_the_full_name(command, told):
    from tests.answers.scratch import ask_after_ingest

    answer = ask_after_ingest(_SHORT_FORM_ARTICLES, command)
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Badan Riset Samudra"
    shown = " ".join([i.text for i in answer.items] + [s.passage for i in answer.items for s in i.sources]
                     + [(i.amount.text if i.amount else "") for i in answer.items])
    assert told in shown


@pytest.mark.parametrize(("entities", "query", "expected"), [
    # one name in two spellings: the better known
    ([(1, "Muhammad Riza Halim", "person", 2, []), (2, "Mohammad Riza Halim", "person", 6, [])], "Muhammad Riza Halim", 2),
    # its shorter form, whichever spelling the longer is written in
    ([(1, "Riza Halim", "person", 1, []), (2, "Mohammad Riza Halim", "person", 4, []), (3, "Muhammad Riza Halim", "person", 3, [])],
     "Riza Halim", 2),
    # a typed spelling ("Krisna" for "Chrisna")
    ([(1, "Chrisna Aditama", "person", 3, []), (2, "Raya Niaga", "org", 1, [])], "Krisna Aditama", 1),
])
def test_a_person_s_name_in_another_spelling_finds_them(entities, query, expected):
    match = _index(*entities).lookup(query)
    assert match.status == "ok" and match.entity is not None and match.entity.id == expected


def test_spellings_of_one_given_name():
    from db.names import spelling_key

    assert len({spelling_key(w) for w in ("mohammad", "muhammad", "mochamad", "muhamad")}) == 1
    assert spelling_key("chrisna") == spelling_key("krisna") and spelling_key("chalid") == spelling_key("khalid")
    assert spelling_key("michael") != spelling_key("mikel")
    assert spelling_key("djahandhika") == spelling_key("jahandika") and spelling_key("budhi") == spelling_key("budi")
    assert spelling_key("marcus") == spelling_key("markus") and spelling_key("servatius") == spelling_key("servasius")
    assert spelling_key("cahyo") != spelling_key("kahyo")  # a "c" before a vowel other than o or u is said "ch"
    # the old "j" is today's "y", opening a name too ("Johanes" / "Yohanes", "Jusuf" / "Yusuf"); the old "dj" is
    # today's "j" ("Djoko" / "Joko"). A word alone does not tell an old "j" from a new one, so "Joko" and "Yoko" share a
    # key: outlets spell the first pairs apart far more often than two people differ by that letter alone.
    assert spelling_key("wirjadi") == spelling_key("wiryadi") and spelling_key("widjaja") == spelling_key("wijaya")
    assert spelling_key("djoko") == spelling_key("joko") and spelling_key("johanes") == spelling_key("yohanes")
    assert spelling_key("jusuf") == spelling_key("yusuf") != spelling_key("yosef")
    # the Arabic qaf written "q" or "k"
    assert spelling_key("zulfiqar") == spelling_key("zulfikar") and spelling_key("taufiq") == spelling_key("taufik")
    # "ch" or "kh" before a consonant said "h", a silent "h" after "r" or "n", a final "dz", a soft "c", "ck", "th",
    # "sh", "ae", a final "d" after "n"
    assert spelling_key("achmad") == spelling_key("ahmad") == spelling_key("akhmad")
    assert spelling_key("bernhard") == spelling_key("bernard") and spelling_key("mahfudz") == spelling_key("mahfud")
    assert spelling_key("bonifacius") == spelling_key("bonifasius") and spelling_key("frederick") == spelling_key("frederik")
    assert spelling_key("marthen") == spelling_key("marten") and spelling_key("arshad") == spelling_key("arsyad")
    assert spelling_key("zulkarnaen") == spelling_key("zulkarnain") and spelling_key("ferdinand") == spelling_key("ferdinan")
    assert spelling_key("khairul") != spelling_key("hairul")  # a "kh" that opens a word is said as written
    from db.names import first_name_forms

    assert "taufik" in first_name_forms("taufiq") and "taufiq" in first_name_forms("taufik")


def test_two_initials_stand_for_no_one_named_in_full():
    match = _index((1, "RS", "person", 3, []), (2, "Rudi Santoso", "person", 5, [])).lookup("RS")
    assert match.status == "ok" and match.entity is not None and match.entity.id == 1


def test_capitals_typed_for_a_body_named_with_a_possessive_find_it():
    match = _index((1, "Kalinda Prosecutor’s Office", "org", 3, []), (2, "Kalinda Post", "org", 2, [])).lookup("KPO")
    assert match.status == "ok" and match.entity is not None and match.entity.id == 1


def test_a_name_one_letter_off_is_the_much_mentioned_company_not_a_word_it_opens():
    from tests.answers.scratch import ask_after_ingest

    article = ("en-rupa.txt", "en", "2026-01-12",
               "Rupa cuts jobs\n\nRide-hailing firm Rupa cut 300 jobs on Monday. Rupa said the cuts were painful. Rupa "
               "will pay severance. Rupa drivers, known as Rupabers, were not affected. Rupa shares rose.\n")
    answer = ask_after_ingest([article], "/who Rupab")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Rupa", \
        (answer.status, answer.suggestions)


def test_a_short_family_name_one_vowel_off_finds_the_person():
    from tests.answers.scratch import ask_after_ingest

    article = ("en-rupa-ceo.txt", "en", "2026-01-12",
               "Rupa names chief\n\nRide-hailing firm Rupa named Richard Teng as chief executive on Monday. Teng joined "
               "Rupa in 2021.\n")
    answer = ask_after_ingest([article], "/who Richard Tang")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Richard Teng"


def test_a_fuller_name_typed_than_the_articles_wrote_finds_the_person():
    from tests.answers.scratch import ask_after_ingest

    text = ("Menkeu tolak pengunduran diri\n\nJAKARTA, KOMPAS - Menteri Keuangan Sri Wulandari meresmikan kantor pajak "
            "baru, Senin (27/2/2023). Sri Wulandari meminta audit harta.\n")
    answer = ask_after_ingest([("id-menkeu.txt", "id", "2023-02-28", text)], "/who Sri Wulandari Hartono")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Sri Wulandari"


def test_a_university_s_rector_is_a_post_not_part_of_the_university_s_name():
    """"Rektor Universitas X (UX), Budi": the rector is Budi, the body is the university; the post with the body's
    short form finds its holder."""
    from tests.answers.scratch import ask_after_ingest

    idn = ("id-u.txt", "id", "2026-04-08", "Rektor dinonaktifkan\n\nMEDAN - Yayasan menonaktifkan Rektor Universitas Kopitara "
           "Nusantara (UKN), Budi Hartono, pada Senin (6/4/2026). Budi membantah tuduhan jual beli ijazah.\n")
    en = ("en-u.txt", "en", "2026-04-09", "Rector suspended\n\nMEDAN - Kopitara Nusantara University suspended its rector, "
          "Budi Hartono, on Monday.\n")
    university = ask_after_ingest([idn, en], "/who UKN")
    assert university.entity is not None and university.entity.name in ("Kopitara Nusantara University", "Universitas Kopitara Nusantara")
    assert ("Budi Hartono", "rector") in {(r.person, r.title) for r in university.roles}
    holder = ask_after_ingest([idn, en], "/who Rektor UKN")
    assert holder.entity is not None and holder.entity.name == "Budi Hartono"


def test_a_university_and_its_hospital_are_two_bodies():
    """"Rumah Sakit Universitas X" / "X University Hospital" is the university's hospital, not the university; "RS" is
    its short form."""
    from tests.answers.scratch import ask_after_ingest

    idn = ("id-h.txt", "id", "2026-04-08", "Dugaan korupsi obat\n\nMATARAM - Kejaksaan memeriksa direktur Rumah Sakit "
           "Universitas Kopitara pada Senin (6/4/2026). Rektor Universitas Kopitara, Budi Hartono, mengatakan universitas "
           "mendukung pemeriksaan. RS Universitas Kopitara melayani 400 pasien per hari.\n")
    en = ("en-h.txt", "en", "2026-04-09", "Hospital probe\n\nMATARAM - Prosecutors questioned the director of Kopitara "
          "University Hospital on Monday. Kopitara University said it supported the probe.\n")
    university = ask_after_ingest([idn, en], "/who Universitas Kopitara").entity
    hospital = ask_after_ingest([idn, en], "/who RS Universitas Kopitara").entity
    assert university is not None and hospital is not None and university.name != hospital.name
    assert "hospital" in hospital.name.lower() or "rumah sakit" in hospital.name.lower()


def test_a_person_whose_first_name_one_outlet_shortens_to_m_is_one_person():
    from db.names import same_person_name
    from tests.answers.scratch import ask_after_ingest

    assert same_person_name(["m", "fadilah"], ["muhammad", "fadilah"]) and same_person_name(["moh", "fadilah"], ["mohamad", "fadilah"])
    assert not same_person_name(["m", "fadilah"], ["marwan", "fadilah"])
    first = ("id-a.txt", "id", "2026-02-10", "Kejati tahan tersangka\n\nKepala Seksi Penerangan Hukum Kejati Sumut M Fadilah "
             "mengatakan dua tersangka ditahan, Senin (9/2/2026). Fadilah menyebut kerugian negara Rp 12 miliar.\n")
    second = ("id-b.txt", "id", "2026-02-20", "Tersangka ketiga\n\nKepala Seksi Penerangan Hukum Kejati Sumut Muhammad "
              "Fadilah mengatakan tersangka ketiga ditahan, Kamis (19/2/2026). Fadilah menolak menyebut namanya.\n")
    answer = ask_after_ingest([first, second], "/who Muhammad Fadilah")
    assert answer.status == "ok" and len({s.article_id for i in answer.items for s in i.sources}) == 2


def test_a_final_d_said_t_is_one_spelling_of_a_name():
    from db.names import first_name_forms, same_person_name

    assert same_person_name(["reinhart", "siahaan"], ["reinhard", "parulian", "siahaan"])
    assert same_person_name(["bernhard", "tobing"], ["bernhart", "tobing"]) and "reinhard" in first_name_forms("reinhart")
    assert not same_person_name(["reinhart", "siahaan"], ["reinhold", "siahaan"])


def test_a_hard_c_before_t_is_one_spelling_of_a_name_wherever_it_stands():
    """"Benedictus" / "Benediktus": the store finds the name by its first word in either spelling."""
    from db.names import first_name_forms, same_person_name

    assert same_person_name(["benedictus", "hari", "wijaya"], ["benediktus", "hary", "wijaya"])
    assert "benediktus" in first_name_forms("benedictus") and "oktaviani" in first_name_forms("octaviani")
    assert not same_person_name(["benedictus", "wijaya"], ["benedetta", "wijaya"])


def test_sy_and_s_and_a_chinese_given_name_in_one_word_or_two_are_one_spelling_of_a_name():
    from db.names import first_name_forms, same_person_name

    assert same_person_name(["syaiful", "hadi", "lantera"], ["saiful", "hadi", "lantera"])
    assert same_person_name(["irwansah", "lantera"], ["irwansyah", "lantera"]) and "irwansyah" in first_name_forms("irwansah")
    assert "saiful" in first_name_forms("syaiful")
    assert same_person_name(["chen", "wei", "ming"], ["chen", "weiming"])
    assert not same_person_name(["chen", "wei", "ming"], ["chen", "weiling"])


def test_a_first_name_then_the_initials_of_the_rest_is_that_name():
    from db.names import same_person_name

    assert same_person_name(["budi", "hsw"], ["budi", "hartono", "saragih", "wibowo"])
    assert same_person_name(["budi", "hartono", "saragih"], ["budi", "hs"])
    assert not same_person_name(["budi", "hsw"], ["budi", "hartono", "saragih"])


def test_an_english_given_name_s_short_form_is_that_name():
    from db.names import first_name_forms, same_person_name

    assert same_person_name(["bob", "lantera"], ["robert", "lantera"]) and "robert" in first_name_forms("bob")
    assert "bill" in first_name_forms("william")
    assert not same_person_name(["bob", "lantera"], ["richard", "lantera"])


@pytest.mark.parametrize("query", ["Lantera Nusa chairman", "Lantera Nusa CEO"])
def test_a_name_then_a_title_finds_who_holds_it_now(query):
    from tests.answers.scratch import ask_after_ingest

    text = ("PT Lantera Nusa named Budi Hartono interim CEO on Monday. Andi Wijaya, the former CEO of Lantera Nusa, left "
            "last week. Lantera Nusa chairman Rudi Santoso said the board would search for a permanent CEO.\n")
    answer = ask_after_ingest([("en-lantera.txt", "en", "2026-03-18", text)], f"/who {query}")
    want = "Rudi Santoso" if "chairman" in query else "Budi Hartono"
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == want, (answer.status, answer.entity)


def test_a_short_form_keeps_its_spellings():
    from db.names import same_person_name

    assert same_person_name(["tony", "lantera", "sihite"], ["toni", "lantera", "sihite"])
    assert same_person_name(["toni", "lantera"], ["anthony", "lantera"])


def test_a_long_middle_name_with_one_slip_of_the_keys_is_one_person():
    from db.names import same_person_name

    assert same_person_name(["poltak", "hasiholan", "simbolon"], ["poltak", "hasiholon", "simbolon"])
    assert not same_person_name(["poltak", "hasiholan", "simbolon"], ["poltak", "hasiholan", "simanjuntak"])
    assert not same_person_name(["budi", "santo", "wijaya"], ["budi", "santi", "wijaya"])  # short words: two people


def test_a_first_name_one_letter_off_before_the_same_two_words_is_one_person():
    from db.names import same_person_name

    assert same_person_name(["yohanis", "lantera", "sihite"], ["yohanes", "lantera", "sihite"])
    assert not same_person_name(["yohanis", "sihite"], ["yohanes", "sihite"])  # two words: too little to tell
    assert not same_person_name(["yohanis", "lantera", "sihite"], ["yohanes", "lantera", "siregar"])


@pytest.mark.parametrize(("stored", "told", "query"), [
    ("Wulan Latif", "Wulan Latief", "Wulan Latief"),  # "ie" / "i" in a later word ...
    ("Arief Santoso", "Arif Santoso", "Arif Santoso"),  # ... and in the first name, either way round
    ("Yohanes Saragih", "Johanes Saragih", "Johanes Saragih"),  # the old spelling's j is today's y, opening a name too
    ("Stefanus Wenas", "Stevanus Wenas", "Stephanus Wenas"),  # "f", "v" and "ph" are one sound
    ("Lidya Kusumastuti", "Lidia Kusumastuti", "Lidia Kusumastuti"),  # "y" or "i" between a consonant and a vowel ...
    ("Dian Hartono", "Dyan Hartono", "Dian Hartono"),  # ... either way round
])
def test_two_articles_spelling_one_name_the_old_and_the_new_way_tell_one_person(stored: str, told: str,
                                                                                query: str) -> None:
    from tests.answers.scratch import ask_after_ingest

    first = (f"Bank Arta tunjuk direktur\n\nJAKARTA, KOMPAS - PT Bank Arta Sejahtera menunjuk {stored} sebagai "
             "direktur utama, Senin (6/4/2026).\n")
    second = (f"Bank Arta names chief\n\nJAKARTA - Bank Arta Sejahtera said on Tuesday that {told} would cut 200 "
              "jobs this year.\n")
    answer = ask_after_ingest([("id-arta.txt", "id", "2026-04-07", first), ("en-arta.txt", "en", "2026-04-08", second)],
                              f"/who {query}")
    assert answer.status == "ok" and answer.entity is not None
    assert {stored, told} <= {answer.entity.name, *answer.entity.aliases}



@pytest.mark.parametrize(("first", "second", "query", "name"), [
    # its web address ("com" a legal form)
    ("Coffee-delivery company Kopitara said on Monday it would cut 300 jobs. Kopitara has 40 outlets.\n",
     "Shares of Kopitara.com Inc fell 3% on Tuesday after the company said the job cuts would start in March.\n",
     "/who Kopitara.com", "Kopitara"),
    # the app's glued name, the company's last word a trading word
    ("PT Pasar Kopi Digital, the operator of a coffee-delivery app, said on Monday it would cut 300 jobs.\n",
     "Coffee-delivery app PasarKopi said on Tuesday that the job cuts would start in March.\n",
     "/who PasarKopi", "Pasar Kopi Digital"),
    # the last word written plural
    ("Battery maker Kopitara Energy Solution said on Monday it would build a plant in Sendangsari.\n",
     "Kopitara Energy Solutions, the battery maker, said on Tuesday the plant would open in 2027.\n",
     "/who Kopitara Energy Solutions", "Kopitara Energy Solution"),
    # a group word opening or closing the name, written in one article and not in the other
    ("Cigarette maker Kopitara said on Monday it would buy a noodle chain. Kopitara has 40 plants.\n",
     "Grup Kopitara disebut membeli 85 persen saham jaringan restoran itu pada Selasa (17/3).\n",
     "/who Kopitara Group", "Kopitara"),
    ("Ride-hailing firm Kopitara said on Monday it would sell its delivery unit. Kopitara has 40 offices.\n",
     "Kopitara Technologies Inc said on Tuesday the sale of the delivery unit would close in March.\n",
     "/who Kopitara Technologies", "Kopitara"),
])
def test_a_company_written_another_way_in_another_article_is_the_same_company(first, second, query, name):
    from tests.answers.scratch import ask_after_ingest

    answer = ask_after_ingest([("en-a.txt", "en", "2026-03-16", first), ("en-b.txt", "en", "2026-03-17", second)], query)
    # one entity, named as the first article names it, mentioned by both articles
    assert answer.status == "ok" and answer.entity is not None, answer.status
    assert answer.entity.name == name and answer.entity.mentions >= 2, answer.entity


@pytest.mark.parametrize(("first", "second"), [
    ("Ferdinand Halim Santoso", "Ferdinan Halim Santoso"),  # a long first name's last letter dropped ...
    ("Ferdinan Halim Santoso", "Ferdinand Halim Santoso"),  # ... or added, whichever article came first
    ("Muhammad Rizal Fadillah", "Rizal Fadillah"),  # "Muhammad" written or left out ...
    ("Rizal Fadillah", "Mochammad Rizal Fadillah"),  # ... in any of its forms, either way round
])
def test_one_person_written_otherwise_in_a_later_article_is_one_person(first, second):
    from tests.answers.scratch import ask_after_ingest

    one = f"Eksportir diperiksa\n\nMAKASSAR - Direktur PT Alga Teluk Biru, {first}, diperiksa polisi pada Senin (16/3/2026).\n"
    two = f"Exporter's chief detained\n\nMAKASSAR - Police detained {second}, the director of Alga Teluk Biru, on Tuesday.\n"
    answer = ask_after_ingest([("id-a.txt", "id", "2026-03-16", one), ("en-b.txt", "en", "2026-03-18", two)],
                              f"/who {second}")
    assert answer.status == "ok" and answer.entity is not None, answer.status
    # one person named by both articles
    assert answer.entity.name in (first, second) and answer.entity.mentions >= 2, answer.entity


def test_muhammad_left_out_joins_only_the_same_name():
    from db.names import same_person_name

    assert not same_person_name(["budi", "hartono"], ["muhammad", "budi", "santoso"])
    assert not same_person_name(["muhammad", "hartono"], ["hartono", "santoso"])  # two words: no "Muhammad" left out


def test_a_company_typed_with_a_group_word_the_articles_leave_out_is_found():
    from tests.answers.scratch import ask_after_ingest

    text = "Coffee-delivery company Kopitara said on Monday it would cut 300 jobs. Kopitara has 40 outlets.\n"
    answer = ask_after_ingest([("en-a.txt", "en", "2026-03-16", text)], "/who Kopitara Platforms")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Kopitara", answer.status


def test_a_person_typed_with_a_short_muhammad_the_articles_left_out_is_found():
    from tests.answers.scratch import ask_after_ingest

    text = "Eksportir diperiksa\n\nMAKASSAR - Direktur PT Alga Teluk Biru, Rizal Fadillah, diperiksa polisi pada Senin (16/3/2026).\n"
    answer = ask_after_ingest([("id-a.txt", "id", "2026-03-16", text)], "/who Moh. Rizal Fadillah")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Rizal Fadillah", answer.status


def test_a_company_s_name_written_with_ph_or_f_is_one_company():
    from tests.answers.scratch import ask_after_ingest

    one = "Izin dicabut\n\nJAKARTA - BPOM mencabut izin edar produk PT Kopi Farma Nusantara pada Senin (16/3/2026).\n"
    two = "Licence revoked\n\nJAKARTA - The food and drug agency revoked the licences of Kopi Pharma Nusantara on Monday.\n"
    answer = ask_after_ingest([("id-a.txt", "id", "2026-03-16", one), ("en-b.txt", "en", "2026-03-17", two)],
                              "/who Kopi Pharma Nusantara")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.mentions >= 2, answer.entity


def test_a_person_s_short_name_stands_for_the_one_fuller_name_however_often_each_is_written():
    from tests.answers.scratch import ask_after_ingest

    one = ("Pejabat diperiksa\n\nJAKARTA - KPK memeriksa pejabat pajak Budi Hartono Wijaya pada Senin (16/3/2026).\n\n"
           "Budi Hartono tiba pukul 09.00. Budi Hartono diperiksa tujuh jam. Kuasa hukum Budi Hartono menolak berkomentar.\n")
    two = ("Official questioned\n\nJAKARTA - Anti-graft investigators questioned tax official Budi Hartono on Monday. "
           "Budi Hartono declined to comment.\n")
    answer = ask_after_ingest([("id-a.txt", "id", "2026-03-16", one), ("en-b.txt", "en", "2026-03-17", two)],
                              "/who Budi Hartono")
    assert answer.status == "ok" and answer.entity is not None, answer.status
    assert answer.entity.name == "Budi Hartono Wijaya", answer.entity.name


def test_a_hard_c_a_final_z_and_a_long_given_name_s_two_slips_are_one_person():
    from db.names import same_person_name

    assert same_person_name(["marcus", "tandi", "rante"], ["markus", "tandi", "rante"])
    assert same_person_name(["budi", "aziz"], ["budi", "azis"])
    assert same_person_name(["listry", "sigit", "prabowo"], ["listyo", "sigit", "prabowo"])
    assert not same_person_name(["andri", "sigit", "prabowo"], ["andi", "sigit", "prabowo"])  # short: another person
    assert not same_person_name(["listyo", "sigit", "prabowo"], ["listyo", "sigit", "prabawa"])  # the family name whole


@pytest.mark.parametrize("query", ["Presiden Wisnu Prayogo", "Presiden terpilih Wisnu Prayogo"])
def test_a_title_no_article_gives_before_a_name_finds_the_person(query):
    """A user types the post the news gives a person ("Presiden terpilih X"); the articles name him without it."""
    from tests.answers.scratch import ask_after_ingest
    found = ask_after_ingest(_FULL_AND_SHORT, f"/who {query}").entity
    assert found is not None and found.name == "Wisnu Prayogo"


def _board(name: str, day: int) -> str:
    return (f"Sendangsari tunjuk komisaris\n\nSENDANGSARI, KOMPAS - PT Kopitara Nusantara menunjuk {name} sebagai komisaris "
            f"utama, Senin ({day}/4/2026). {name} sebelumnya menjabat direktur keuangan.\n")


def test_two_outlets_writing_a_family_name_one_letter_apart_name_one_person():
    from tests.answers.scratch import ask_after_ingest

    articles = [("id-a.txt", "id", "2026-04-07", _board("Arkandi Halimun", 6)),
                ("id-b.txt", "id", "2026-04-14", _board("Arkandi Halimon", 13))]
    answer = ask_after_ingest(articles, "/who Arkandi Halimon")
    assert answer.status == "ok" and answer.entity is not None and answer.entity.name == "Arkandi Halimun"


def test_a_family_name_one_letter_apart_after_a_given_name_two_people_share_names_no_one():
    from tests.answers.scratch import ask_after_ingest

    # a second Arkandi stored before: the given name tells no one apart
    articles = [("id-a.txt", "id", "2026-04-07", _board("Arkandi Halimun", 6)),
                ("id-0.txt", "id", "2026-04-06", _board("Arkandi Prasetyo", 5)),
                ("id-b.txt", "id", "2026-04-14", _board("Arkandi Halimon", 13))]
    answer = ask_after_ingest(articles, "/who Arkandi Halimon")
    assert answer.entity is not None and answer.entity.name == "Arkandi Halimon"


@pytest.mark.parametrize(("one", "other", "same"), [
    ("arkandi halimun", "arkandi halimon", True),
    ("arkandi hamsah", "arkandi hamzah", True),
    ("arkandi rahman", "arkandi rachman", True),
    ("arkandi caniago", "arkandi chaniago", True),
    ("arkandi renald", "arkandi renaldi", True),
    ("arkandi sohlan", "arkandi solhan", True),  # two letters the other way round
    ("arkandi sohlan", "arkandi sollan", False),
    ("arkandi sihite", "arkandi sihige", False),
    ("arkandi putra", "arkandi putri", False),
    ("arkandi halimun", "budi halimon", False),
])
def test_a_family_name_written_as_it_sounds_another_way(one: str, other: str, same: bool) -> None:
    from db.names import family_name_slipped
    assert family_name_slipped(one.split(), other.split()) is same
