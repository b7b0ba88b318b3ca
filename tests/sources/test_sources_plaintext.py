from __future__ import annotations

import pytest

from bot.sources.boilerplate import is_boilerplate, strip_glued_chrome
from bot.sources.plaintext import parse_plain_text

ALL = ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("prefix", ALL)
def test_seed_has_no_boilerplate(prefix: str, seed_text) -> None:
    doc = parse_plain_text(seed_text(prefix))
    assert doc.language == "id"
    assert doc.raw == seed_text(prefix)
    for marker in ("Foto:", "Gambar Istimewa", "MEMBACA", "Baca juga", "Bagikan", "Komentar (0)", "Tinggalkan komentar",
                   "Google News", "WhatsApp", "Also Read", "Sumber:", "Artikel ini telah tayang", "![]()", "Iklan\n"):
        assert marker not in doc.text, marker
    paragraphs = doc.text.split("\n\n")
    assert all(p.strip() == p and p for p in paragraphs)
    assert "Tags" not in paragraphs


def test_seed_000(seed_text) -> None:
    doc = parse_plain_text(seed_text("000"))
    assert doc.title is None  # the page copy starts with a caption, no headline
    assert doc.original_url == "https://znews.vn/cong-ty-dieu-dung-sau-bom-tan-14-ty-usd-tu-meta-post1610546.html"
    assert doc.text.startswith("Musim panas ini, Meta menginvestasikan $14 miliar di perusahaan pelabelan ScaleAI")
    assert "Joe Osborne, juru bicara Scale AI, menyatakan" in doc.text
    assert "Banyak rumor menyebutkan" not in doc.text  # caption
    assert "Tim pelabelan yang terlupakan" not in doc.text  # section heading
    assert len(doc.text.split("\n\n")) == 16


def test_seed_001(seed_text) -> None:
    doc = parse_plain_text(seed_text("001"))
    assert doc.title == "Baru Investasi Miliaran Dolar, Hubungan Meta dan Scale AI Sudah Mulai Retak"
    assert doc.byline == "Redaksi Jurnalzone.id"
    assert doc.publisher == "Jurnalzone.id"
    assert doc.original_url is None  # "Dilansir dari TechCrunch, ..." is a sentence, not a source line
    assert doc.text.startswith("Kemitraan strategis antara Meta dan Scale AI")  # dateline cut
    assert "Dilansir dari TechCrunch, dua sumber" in doc.text
    assert "Diterbitkan" not in doc.text
    assert "Hengkangnya Eksekutif Kunci" not in doc.text


def test_seed_002(seed_text) -> None:
    doc = parse_plain_text(seed_text("002"))
    assert doc.title == "Google Putus Hubungan dengan Scale AI Setelah Akuisisi Meta"
    assert doc.byline == "Govind"
    assert doc.publisher == "TeknoLogiz AI"
    assert doc.title not in doc.text  # repeated title lines dropped
    assert doc.text.startswith("Raksasa pencarian Google dikabarkan")
    assert "Brendan Foody, CEO Mercor, mencatat" in doc.text
    assert doc.text.endswith("Llama 4 yang kurang memuaskan.")


def test_seed_003(seed_text) -> None:
    doc = parse_plain_text(seed_text("003"))
    assert doc.title is None
    assert doc.publisher == "KaltimExpose.com"
    assert doc.original_url == "https://techcrunch.com"
    assert doc.text.startswith("Langkah Meta untuk menggelontorkan investasi besar ke Scale AI")
    assert doc.text.endswith("ekosistem kecerdasan buatan ke depan.")
    assert "Kaltim Expose" not in doc.text


def test_seed_004(seed_text) -> None:
    doc = parse_plain_text(seed_text("004"))
    assert doc.title == "OpenAI Mulai Menghentikan Kerja Sama dengan Scale AI Setelah Kesepakatan dengan Meta"
    assert "Jane Birkin" not in doc.text
    assert "Birkin" not in doc.text
    assert "Awalnya, CFO OpenAI Sarah Friar menyatakan" in doc.text
    assert doc.text.endswith("buat model lebih maju.")


@pytest.mark.parametrize(
    "glued, title",
    [
        ("Komentar (0)Baru Investasi Miliaran Dolar", "Baru Investasi Miliaran Dolar"),
        ("Bagikan Berita IniGoogle Putus Hubungan", "Google Putus Hubungan"),
        ("IklanOpenAI Mulai Menghentikan Kerja Sama", "OpenAI Mulai Menghentikan Kerja Sama"),
        ("Share this articleAcme buys Beta", "Acme buys Beta"),
    ],
)
def test_glued_chrome_is_cut_from_title(glued: str, title: str) -> None:
    doc = parse_plain_text(f"{glued}\n\nIni adalah kalimat pertama dari isi berita yang cukup panjang untuk dibaca.")
    assert doc.title == title


def test_glued_chrome_before_dateline() -> None:
    doc = parse_plain_text("Tinggalkan komentarKaltimExpose.com –Langkah Meta menarik perhatian banyak pihak.")
    assert doc.publisher == "KaltimExpose.com"
    assert doc.text == "Langkah Meta menarik perhatian banyak pihak."


def test_words_that_look_like_chrome_stay() -> None:
    assert strip_glued_chrome("SHAREHOLDERS APPROVE DEAL") == "SHAREHOLDERS APPROVE DEAL"
    assert strip_glued_chrome("Iklannya tayang di televisi.") == "Iklannya tayang di televisi."
    assert not is_boilerplate("Share prices rose 4% after the deal was announced.")
    assert not is_boilerplate("Membaca laporan keuangan itu, investor langsung bereaksi.")


@pytest.mark.parametrize(("line", "expected"), [
    ('Saham turun 5%. Baca Juga: Harga Kopi Dunia Melonjak 12% Pekan Ini, Petani Untung Sementara itu, '
     'investor ritel mulai resah.', "Saham turun 5%. Sementara itu, investor ritel mulai resah."),
    ("Shares fell 5%. Read also: Coffee Prices Hit A Record High", "Shares fell 5%."),
    # a headline in sentence case gives no place where the paragraph resumes: nothing is cut
    ("Saham turun 5%. Baca juga: harga kopi dunia melonjak pekan ini kata analis.",
     "Saham turun 5%. Baca juga: harga kopi dunia melonjak pekan ini kata analis."),
])
def test_a_read_also_headline_pasted_inside_a_paragraph_is_cut(line: str, expected: str) -> None:
    assert strip_glued_chrome(line) == expected


def test_english_header_and_origin_lines() -> None:
    raw = (
        "Acme Robotics raises $50M to build warehouse arms\n\n"
        "By Jane Doe\n\n"
        "March 9, 2026\n\n"
        "SAN FRANCISCO – Acme Robotics said on Monday it raised $50 million in a round led by Northwind.\n\n"
        "Read also: Another story about something else entirely\n\n"
        "The arm picks 600 items an hour, chief executive Sam Ortiz said in an interview.\n\n"
        "Originally published at northwind-news.example\n\n"
        "Share this\n\nAdvertisement\n"
    )
    doc = parse_plain_text(raw)
    assert doc.title == "Acme Robotics raises $50M to build warehouse arms"
    assert doc.byline == "Jane Doe"
    assert doc.published == "2026-03-09"
    assert doc.publisher is None  # a city alone is not a publisher
    assert doc.original_url == "https://northwind-news.example"
    assert doc.language == "en"
    assert doc.text == (
        "Acme Robotics said on Monday it raised $50 million in a round led by Northwind.\n\n"
        "The arm picks 600 items an hour, chief executive Sam Ortiz said in an interview."
    )


def test_source_line_url_wins_and_bare_source_name_gives_none() -> None:
    assert parse_plain_text("Isi berita yang panjang sekali di sini.\n\nSource: Reuters").original_url is None
    doc = parse_plain_text("Isi berita.\n\nDilansir dari techcrunch.com\n\nSumber: https://a.example/x")
    assert doc.original_url == "https://techcrunch.com"  # the first pointer found


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    raw = (
        "Meta invested billions of dollars in the data-labeling company and\n"
        "hired its founder to lead a new research group focused on building\n"
        "more capable models, people familiar with the matter said.\n"
    )
    doc = parse_plain_text(raw)
    assert doc.text == raw.replace("\n", " ").strip()


def test_hint_title_wins_and_its_copy_is_dropped() -> None:
    doc = parse_plain_text("Judul Dari Manifest\n\nIsi berita yang cukup panjang ada di sini.", hint_title="Judul Dari Manifest")
    assert doc.title == "Judul Dari Manifest"
    assert doc.text == "Isi berita yang cukup panjang ada di sini."


def test_wire_datelines_are_cut_with_their_day_and_agency() -> None:
    from bot.sources.plaintext import _dateline

    assert _dateline("SAMARINDA, Indonesia, Aug 21 (Straits Finance Wire) - Shareholders approved") == (
        "Shareholders approved", "Straits Finance Wire")
    assert _dateline("WASHINGTON, June 12 (Reuters) - The agency said") == ("The agency said", "Reuters")
    # a copy that lost the space after the dash
    assert _dateline("OSLO (Reuters) -U.S. retailer Kestrel said") == ("U.S. retailer Kestrel said", "Reuters")
    assert _dateline("Bisnis.com, JAKARTA – Belum lama ini") == ("Belum lama ini", "Bisnis.com")
    # no web domain: the city is the part in capitals, or the one after the outlet
    assert _dateline("Suara Deli, Medan - Bank itu menunjuk direktur baru") == ("Bank itu menunjuk direktur baru", "Suara Deli")
    assert _dateline("MEDAN, Suara Deli - Bank itu menunjuk direktur baru") == ("Bank itu menunjuk direktur baru", "Suara Deli")
    assert _dateline("The company said on Monday - and more") is None


def test_the_region_an_english_dateline_writes_after_its_city_is_no_outlet() -> None:
    from bot.sources.plaintext import _dateline

    assert _dateline("SORONG, Southwest Papua - A court on Tuesday fined") == ("A court on Tuesday fined", None)
    assert _dateline("KUPANG, Indonesia - Rescuers found") == ("Rescuers found", None)
    assert _dateline("KUPANG, East Nusa Tenggara (Timor Wire) - Rescuers found") == ("Rescuers found", "Timor Wire")


def test_a_headline_opening_with_a_small_letter_brand_is_the_title_and_its_copies_are_dropped():
    raw = ("eFarmku Tutup Gudang, Pegawai Dirumahkan\nberitaku.co.id\n\n"
           "eFarmku Tutup Gudang, Pegawai Dirumahkan\n\n"
           "Kamis, 23 Januari 2025 / 17:49 WIB\n\n"
           "JAKARTA - Startup perikanan eFarmku menghentikan operasional di lapangan pada Kamis (23/1/2025).\n")
    doc = parse_plain_text(raw)
    assert doc.title and doc.title.startswith("eFarmku Tutup Gudang")
    assert "Tutup Gudang" not in doc.text and "menghentikan operasional" in doc.text


@pytest.mark.parametrize("mark", ["***", "(*)", "(ant)", "(gun/dal)"])
def test_an_article_s_last_line_with_its_end_mark_is_kept(mark: str) -> None:
    raw = ("Penyidik tetapkan delapan tersangka\n\nJakarta - Delapan orang ditetapkan sebagai tersangka kasus kredit.\n\n"
           f"Tujuh tersangka ditahan di rutan, sementara satu tersangka dikenai tahanan kota.{mark}\n")
    assert "Tujuh tersangka ditahan" in parse_plain_text(raw).text


def test_a_paragraph_that_opens_with_a_date_label_stays_in_the_body() -> None:
    lead = ("Published 3 March 2026 Kirana Data Corp said on Tuesday it had cut 120 jobs, a fifth of its staff, "
            "as the lender struggles to raise new money after regulators froze its licence last year.")
    doc = parse_plain_text(f"Kirana Data cuts 120 jobs\n\n{lead}\n\nThe company did not say which teams were hit.")
    assert "Kirana Data Corp said on Tuesday it had cut 120 jobs" in doc.text
    short = parse_plain_text("Kirana Data cuts 120 jobs\n\nPublished: 3 March 2026\n\nKirana Data Corp cut 120 jobs.")
    assert short.published == "2026-03-03" and "Published" not in short.text


def test_a_section_label_above_the_headline_is_not_the_title():
    """Pages print their section ("EKONOMI", "Tekno") above the headline, and the headline again in the body."""
    raw = ("EKONOMI\n\n11 Desember 2025\n\nPabrik Sepatu Tutup, Ribuan Pekerja Dirumahkan\n\nPenulis: Rina Hapsari\n\n"
           "Pabrik Sepatu Tutup, Ribuan Pekerja Dirumahkan\n\n"
           "JAKARTA - PT Sepatu Maju menutup pabriknya di Tangerang pada Senin (8/12).")
    doc = parse_plain_text(raw)
    assert doc.title == "Pabrik Sepatu Tutup, Ribuan Pekerja Dirumahkan"
    assert "EKONOMI" not in doc.text and "Dirumahkan" not in doc.text, doc.text


def test_a_legal_form_glued_to_the_company_s_name_is_set_apart() -> None:
    doc = parse_plain_text("Kalinda Air\n\nBekas Direktur Utama PTKalinda Air (Persero) ditahan. PTPN tidak terlibat.")
    assert "PT Kalinda Air (Persero)" in doc.text and "PTPN" in doc.text


def test_a_time_stamp_glued_to_the_dateline_and_its_glued_hyphen_are_cut() -> None:
    doc = parse_plain_text("Kopitara PHK 400 Karyawan\n\nBisnis | 21 Juni 2026, 14:07 WIBBANDUNG, SUARAKITA.TV- Startup kopi "
                           "Kopitara memangkas 400 karyawan.\n\nJumlah itu sekitar 11 persen dari total karyawan.")
    assert doc.text.startswith("Startup kopi Kopitara memangkas 400 karyawan.") and doc.publisher == "SUARAKITA.TV"
    assert "WIB" not in doc.text and "BANDUNG" not in doc.text
    # a hyphen inside a name or a word stays
    assert parse_plain_text("Judul berita Kopitara di sini\n\nAnak-anak Kopitara-Jaya berlibur ke Bandung pada pekan lalu.")\
        .text.startswith("Anak-anak Kopitara-Jaya")


def test_the_headline_repeated_as_a_caption_with_its_credit_is_dropped() -> None:
    doc = parse_plain_text("Kopitara Cuts 400 Jobs in Bandung\n\nKopitara Cuts 400 Jobs in Bandung (suarakita/Budi)\n\n"
                           "BANDUNG - Coffee chain Kopitara has cut 400 jobs, its spokesperson said on Monday.")
    assert doc.title == "Kopitara Cuts 400 Jobs in Bandung" and doc.text.startswith("Coffee chain Kopitara")


def test_an_ad_free_edition_s_call_is_no_title_and_a_headline_may_ask() -> None:
    raw = ("Baca berita tanpa iklan. Gabung Warta.com+\n\n"
           "Kelompok Peretas Rilis Data Lantera, Apa Dampaknya bagi Nasabah?\n\n"
           "Warta.com - 04/07/2024, 12:15 WIB\n\n"
           "JAKARTA, Warta.com - Kelompok peretas Sandi Hitam membocorkan data nasabah PT Lantera pada Rabu (3/7/2024).\n")
    doc = parse_plain_text(raw)
    assert doc.title == "Kelompok Peretas Rilis Data Lantera, Apa Dampaknya bagi Nasabah?"
    assert "Dampaknya" not in doc.text and "tanpa iklan" not in doc.text


def test_a_photo_s_site_credit_and_a_pointer_to_the_video_player_are_chrome() -> None:
    raw = ("Eks Dirut Kereta Lestari Diperiksa\n\n"
           "Mantan Direktur Utama PT Kereta Lestari Hendra Wijaya mendatangi Gedung KPK, Jumat (5/6/2020). "
           "(warta.com/Dwi Santoso)\n\n"
           "JAKARTA - Hendra Wijaya diperiksa penyidik selama enam jam.\n\n"
           "Saksikan Video Pilihan di Bawah Ini:\n")
    doc = parse_plain_text(raw)
    assert "Dwi Santoso" not in doc.text and "warta.com" not in doc.text and "Saksikan" not in doc.text
    assert "Gedung KPK, Jumat (5/6/2020)." in doc.text


@pytest.mark.parametrize("opening", ["BANDUNG. ", "WARTAPASAR.CO.ID - BANDUNG. "])
def test_a_city_in_capitals_closed_by_a_full_stop_is_a_dateline(opening: str) -> None:
    doc = parse_plain_text(f"Bursa Tunda Pencabutan Suspensi Saham\n\n{opening}Bursa Efek Indonesia (BEI) masih enggan "
                           "membuka suspensi saham PT Kapal Biru Tbk.")
    assert doc.text.startswith("Bursa Efek Indonesia (BEI)"), doc.text


@pytest.mark.parametrize("line", ["Image source: Arkana Photo.", "Picture source: Rina Santoso/Warta"])
def test_an_image_s_source_line_is_no_body(line) -> None:
    assert is_boilerplate(line)


def test_a_market_headline_closing_with_a_stock_code_is_the_title() -> None:
    doc = parse_plain_text("Semen Nusa (SMNU) Caplok Saham Beton Raya (BTRY)\n\nJumat, 01 Februari 2019 | 07:44 WIB\n\n"
                           "JAKARTA. PT Semen Nusa Tbk kini memegang 80% saham PT Beton Raya Tbk setelah transaksi Kamis.")
    assert doc.title is not None and doc.title.endswith("(BTRY)")
    assert "Caplok" not in doc.text


@pytest.mark.parametrize(("line", "kept"), [
    ("Bank Sentosa will buy back shares too, Hartono said. ($1 = 15,900.0000 rupiah) (Reporting by Rina Dewi; "
     "Editing by Budi Santoso)", "Bank Sentosa will buy back shares too, Hartono said."),
    ("The chain plans a 2.98 trillion rupiah rights issue. (Additional reporting by Rina Dewi)",
     "The chain plans a 2.98 trillion rupiah rights issue."),
])
def test_a_wire_s_credits_and_exchange_rate_note_are_cut(line, kept) -> None:
    assert strip_glued_chrome(line) == kept


@pytest.mark.parametrize("credit", ["(Harian Pesisir/Budi Santoso)", "(KABARKOTA/Ist)", "(Budi Santoso/The Coast Daily)",
                                    "(warta.com/Dwi Santoso)", "(KABARKOTA/Dok. Warga)", "(AFP)", "(Reuters)"])
def test_a_caption_above_the_lead_goes_after_the_body_and_the_lead_s_dateline_is_cut(credit: str) -> None:
    raw = ("Pabrik Kertas Tutup\n\n"
           f"Buruh berkumpul di depan gerbang pabrik kertas PT Lembar Jaya di Gresik, Senin (4/5/2026). {credit}\n\n"
           + _MILL_BODY)
    paragraphs = _paragraphs_led_by_the_body(raw)
    assert paragraphs[-1].startswith("Buruh berkumpul di depan gerbang") and len(paragraphs) == 3


# a mill's report: its lead opens with a dateline, then one more paragraph
_MILL_BODY = ("GRESIK, Harian Pesisir - PT Lembar Jaya menutup pabriknya di Gresik pada Senin (4/5/2026).\n\n"
              "Sebanyak 300 buruh kehilangan pekerjaan, kata serikat pekerja.\n")


def _paragraphs_led_by_the_body(raw: str) -> list[str]:
    """The paragraphs of ``raw`` (ending with ``_MILL_BODY``), once the test has seen that the body's own lead comes
    first, its dateline cut and read as the publisher."""
    doc = parse_plain_text(raw)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "PT Lembar Jaya menutup pabriknya di Gresik pada Senin (4/5/2026)."
    assert doc.publisher == "Harian Pesisir"
    return paragraphs


@pytest.mark.parametrize("line", [
    "Harga gula naik (Rp 14.000/kg).",  # a unit, no credit
    "Kasus ini ditangani penyidik gabungan (KPK/Polri) sejak Maret.",  # brackets inside the sentence
    "Pabrik itu memasok dua pembeli utama (Sinar/Bumi).",  # closed by the sentence's own full stop
])
def test_a_paragraph_with_a_slash_in_brackets_stays_in_place(line: str) -> None:
    doc = parse_plain_text("Judul Berita Hari Ini\n\nJAKARTA - Paragraf pembuka berita.\n\n" + line + "\n\nParagraf penutup.\n")
    assert doc.text.split("\n\n")[1] == line


@pytest.mark.parametrize("stamp", ["Aug 4, 2026 — 6:50 PM (GMT+7)", "Aug 4, 2026, 6:50 PM GMT+7", "4 Agustus 2026 | 18:50 WIB",
                                   "Aug 4, 2026 6:50 PM (UTC+07:00)"])
def test_a_header_date_line_with_its_time_zone_in_brackets_is_no_text(stamp: str) -> None:
    doc = parse_plain_text(f"Police arrest nine resellers\n\n{stamp}\nBy Marcus Tan\n\nJAKARTA, Lantera Wire – Police "
                           "arrested nine people on Friday.\n")
    assert doc.text == "Police arrested nine people on Friday." and doc.published == "2026-08-04"


def test_a_lead_the_copy_broke_after_a_comma_is_body_not_a_heading() -> None:
    raw = ("Saham Kopitara Merosot\nJumat, 22 November 2024\n\n"
           "KABARKOTA.COM - Saham Grup Kopitara mengalami penurunan signifikan pada perdagangan Jumat (22/11/2024),\n"
           "Penurunan ini merupakan dampak dari dakwaan jaksa.\n")
    doc = parse_plain_text(raw)
    assert doc.text.startswith("Saham Grup Kopitara mengalami penurunan signifikan")
    assert doc.publisher == "KABARKOTA.COM"


def test_a_wire_s_city_dateline_closed_by_a_colon_is_cut() -> None:
    doc = parse_plain_text("Kopitara Scraps Deals\n\nNAIROBI: Budi Hartono cancelled the deals on Thursday.\n\nMore text here.\n")
    assert doc.text.startswith("Budi Hartono cancelled the deals")


@pytest.mark.parametrize("marker", ["- Baca Juga:", "• Baca juga:", "> Read also:"])
def test_a_read_also_line_behind_a_bullet_is_dropped(marker: str) -> None:
    raw = ("Kopitara Tutup Gerai\n\nJAKARTA - PT Kopitara menutup 40 gerainya pada Senin (4/5/2026).\n\n"
           f"{marker} Penahanan Budi Oleh Polisi Menunjukkan Hal Lain\n\nSebanyak 300 karyawan terdampak.\n")
    assert "Penahanan" not in parse_plain_text(raw).text


@pytest.mark.parametrize("above", [
    ["Buruh berkumpul di depan gerbang pabrik PT Lembar Jaya di Gresik, Senin (4/5/2026). (Dok. Serikat Buruh)"],
    ["Workers gather at the gate of the Lembar Jaya paper mill in Gresik on May 4, 2026.",
     "The mill employed 300 people."],
])
def test_a_caption_without_a_credit_above_a_dateline_goes_after_the_body(above: list[str]) -> None:
    raw = "Pabrik Kertas Tutup\n\nSenin, 4 Mei 2026 | 14:05 WIB\n\n" + "\n\n".join(above) + "\n\n" + _MILL_BODY
    assert _paragraphs_led_by_the_body(raw)[2:] == above


def test_a_dateline_only_opens_the_body_near_its_top() -> None:
    # a later paragraph that happens to look like a dateline is body text, kept where it is and as written
    lead = ("PT Lembar Jaya menutup pabriknya di Gresik pada Senin (4/5/2026), setelah dua tahun merugi dan gagal "
            "mendapatkan pembeli baru bagi mesin-mesinnya. Sebanyak 300 buruh kehilangan pekerjaan, kata serikat "
            "pekerja, dan pesangon mereka belum dibayar. Pemerintah daerah menyatakan akan memanggil manajemen "
            "perusahaan dalam waktu dekat untuk membicarakan nasib para buruh.")
    raw = f"Pabrik Kertas Tutup\n\n{lead}\n\nSURABAYA, Harian Pesisir - Serikat buruh akan menggugat.\n"
    doc = parse_plain_text(raw)
    assert doc.text.split("\n\n") == [lead, "SURABAYA, Harian Pesisir - Serikat buruh akan menggugat."]


CHRONOLOGY = """Kopitara Nusantara: six weeks of trouble

SENDANGSARI - The following is a timeline of the coffee maker's recall.

September 8

Kopitara Nusantara pulled its canned coffee from shops across Java after a batch went bad.

Senin, 14 September 2026

Inspectors sealed the company's Teluk Biru plant.
"""


def test_a_chronology_s_day_heading_stays_with_the_paragraph_it_dates() -> None:
    paragraphs = parse_plain_text(CHRONOLOGY).text.split("\n\n")
    assert "September 8 — Kopitara Nusantara pulled its canned coffee from shops across Java after a batch went bad." in paragraphs
    assert "Senin, 14 September 2026 — Inspectors sealed the company's Teluk Biru plant." in paragraphs
    assert "September 8" not in paragraphs


def test_a_chronology_s_day_heading_dates_what_its_paragraph_tells() -> None:
    from bot.extraction import extract
    doc = parse_plain_text(CHRONOLOGY)
    got = extract(doc.text, language="en", published="2026-10-20", title=doc.title)
    assert any(e.date is not None and e.date.iso() == "2026-09-08" and "pulled its canned coffee" in e.text for e in got.events)
