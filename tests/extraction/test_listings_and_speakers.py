"""Names as news writes them around a listing, a speaker's post or a company's home town, and clauses that say
what may happen. Every sentence here is our own."""

from __future__ import annotations

import pytest

from bot.extraction import extract
from bot.extraction.merging import specified_acronyms


def types_of(text: str, lang: str, pub: str) -> set[str]:
    return {e.type for e in extract(text, language=lang, published=pub).events}


def kinds_of(text: str, lang: str, pub: str = "2026-03-18") -> dict[str, str]:
    return {e.name: e.kind for e in extract(text, language=lang, published=pub).entities}


def test_a_four_word_name_a_verb_of_saying_gives_after_a_post_is_a_person():
    text = ("\"Saksi kami periksa untuk melengkapi berkas,\" kata Kabag Penum, Leonardus Arga Putra Simbolon di Jakarta, "
            "Jumat (8/10). Leonardus menambahkan pemeriksaan berlanjut.")
    assert kinds_of(text, "id").get("Leonardus Arga Putra Simbolon") == "person"
    # four words no one speaks, with no given name first, stay a body's name
    assert kinds_of("Dana itu disalurkan melalui Lembaga Pinjaman Desa Makmur.", "id").get(
        "Lembaga Pinjaman Desa Makmur") != "person"


def test_a_four_word_name_opened_by_a_hereditary_title_is_a_person():
    assert kinds_of("Jaksa menahan Kemas Budi Hartono Wirjadi di Palembang pada Senin.", "id").get(
        "Kemas Budi Hartono Wirjadi") == "person"
    text = ("The defendants are Kemas Budi Hartono Wirjadi, the former president director of PT Kopitara Energi Mandiri "
            "(KEM), a fuel distributor; and Rina Wulandari.")
    assert kinds_of(text, "en").get("Kemas Budi Hartono Wirjadi") == "person"


@pytest.mark.parametrize(("text", "lang"), [
    ("Its head coach, Serbian Budi Petrović, who had coached the side since 2023, ended his contract.", "en"),
    ("Bambang menggantikan pelatih asal Serbia Budi Petrović yang memutus kontraknya pada Juli.", "id"),
    ("On Monday, the boat's captain, 51-year-old New Zealander Budi Petrović, was questioned by prosecutors.", "en"),
])
def test_a_nationality_or_a_country_before_a_foreign_name_is_no_part_of_it(text, lang):
    kinds = kinds_of(text, lang)
    assert kinds.get("Budi Petrović") == "person" and not [n for n in kinds if "Serbia" in n and "Petrovi" in n], kinds


@pytest.mark.parametrize("listing", ["US:KRLM", "NYSE:KRLM", "LON:KRLM"])
def test_a_stock_code_after_an_exchange_s_code_is_the_company_s_alias(listing):
    text = (f"Freight-app developer Karlmoor Holdings ({listing}) dismissed co-founder and chief executive Tomas "
            "Wendt, the board announced on Monday.")
    x = extract(text, language="en", published="2022-10-31")
    assert not [e.name for e in x.entities if ":" in e.name], x.entities
    assert any(e.name.startswith("Karlmoor") and "KRLM" in e.aliases for e in x.entities), x.entities
    assert {r.org for r in x.roles} <= {"Karlmoor", "Karlmoor Holdings"}, x.roles


def test_the_town_before_based_is_a_place():
    text = "In a filing on Monday, the Rivermouth-based company said its board had approved the sale."
    assert kinds_of(text, "en", "2022-10-31").get("Rivermouth") == "place"


def test_innovation_closes_a_company_s_name():
    text = "Before the startup hired him, Tomas Wendt spent six years at Kestrel Innovation."
    assert kinds_of(text, "en").get("Kestrel Innovation") == "org"


@pytest.mark.parametrize("modal", ["bisa", "dapat", "mungkin", "seharusnya"])
def test_an_indonesian_modal_before_the_act_tells_no_happening_to_date(modal):
    def dated(text: str) -> list[str]:
        return [e.basis for e in extract(text, language="id", published="2026-03-18").events if e.date is not None]

    assert dated("Setelah itu, penyidik Kejaksaan Negeri Bantul menahan Direktur PT Sinar Lestari.") == ["reported"]
    assert dated(f"Setelah itu, penyidik Kejaksaan Negeri Bantul {modal} menahan Direktur PT Sinar Lestari.") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Sepanjang bulan ini sejumlah perusahaan rintisan di Jakarta melakukan PHK untuk menghemat kas. Startup "
     "pendidikan Kirana Belajar melakukan PHK terhadap 80 karyawan.", "id"),
    ("Several technology companies in Jakarta laid off staff this month to save cash. Education startup Kirana "
     "Learning laid off 80 workers.", "en"),
])
def test_an_act_of_companies_at_large_is_not_the_topic_company_s(text, lang):
    told = [e.text for e in extract(text, language=lang, published="2022-06-03").events if e.type == "layoffs"]
    assert len(told) == 1 and "Kirana" in told[0], told


def test_a_generic_acronym_is_no_name():
    text = "PT Kirana Belajar melakukan reorganisasi SDM dan menandatangani MoU dengan mitra baru."
    assert not {"SDM", "MoU"} & {e.name for e in extract(text, language="id", published="2022-06-03").entities}


def test_an_act_told_done_before_the_dated_attribution_is_a_happening_of_that_day():
    text = ("Rivermouth Group and Kestrel Holdings have obtained the last clearance they needed to combine their property "
            "listing sites, Kestrel said on Friday.")
    got = [(e.date.iso() if e.date else None, e.basis) for e in extract(text, language="en", published="2021-06-18").events]
    assert ("2021-06-18", "stated") in got, got
    # what a relative clause says was done is no news of that day (the plan made known that day is: an announcement)
    said = "Kestrel Holdings, which has invested heavily in payments, said on Friday it would open two offices."
    assert [e.type for e in extract(said, language="en", published="2021-06-18").events if e.basis == "stated"] == ["announcement"]


def test_the_town_before_listed_is_a_place():
    text = "The Rivermouth-listed company said in a statement that the deal would close in June."
    assert kinds_of(text, "en", "2021-06-18").get("Rivermouth") == "place"


def test_an_honorific_after_a_legal_form_opens_the_company_s_name():
    x = extract("Presiden Direktur PT Nyonya Sekar Jaya Hendra Wirawan menolak putusan itu.", language="id",
                published="2017-08-10")
    assert [(r.person, r.org) for r in x.roles] == [("Hendra Wirawan", "Nyonya Sekar Jaya")], x.roles


@pytest.mark.parametrize("text", [
    "Polisi menyegel gudang milik PT Sumber Sekar Jaya (SSJ). SSJ membantah tuduhan itu.",
    "Police sealed a warehouse owned by PT Sumber Sekar Jaya on Friday.",
])
def test_a_common_word_after_a_legal_form_opens_the_company_s_name(text):
    kinds = kinds_of(text, None, "2026-01-20")
    assert kinds.get("Sumber Sekar Jaya") == "org" and "Sekar Jaya" not in kinds, kinds


def test_a_ministry_s_short_form_after_menteri_is_no_part_of_the_minister_s_name():
    text = "Menteri Kominfo Sutarjana menghadiri acara itu. \"Wajar saja,\" ujar Sutarjana."
    kinds = kinds_of(text, "id")
    assert kinds.get("Sutarjana") == "person" and "Kominfo Sutarjana" not in kinds, kinds


def test_a_one_word_name_a_post_passes_to_or_from_is_a_person():
    text = "RUPSLB menetapkan Sutarjo sebagai direktur utama PT Bank Sentosa Raya Tbk menggantikan Wiryono."
    assert kinds_of(text, "id").get("Wiryono") == "person"


def test_a_state_firm_s_code_after_persero_tbk_is_its_alias():
    text = ("Saham PT Bank Sentosa Raya (Persero) Tbk (BSRY) naik 3 persen setelah rapat pemegang saham, "
            "Kamis (29/8).")
    x = extract(text, language="id", published="2019-08-30")
    assert any(e.name == "Bank Sentosa Raya" and "BSRY" in e.aliases for e in x.entities), x.entities


def test_a_court_s_verdict_on_a_one_word_defendant():
    text = ("Pekan lalu Rusmini divonis empat tahun penjara. Pada Kamis 21 September 2023 hakim Pengadilan "
            "Tipikor Pangkalpinang memutuskan Rusmini bersalah menurut UU Nomor 31 tahun 1999 tentang Pemberantasan "
            "Tindak Pidana Korupsi.")
    x = extract(text, language="id", published="2023-09-22")
    kinds = {e.name: e.kind for e in x.entities}
    assert kinds.get("Rusmini") == "person", kinds
    assert kinds.get("Pengadilan Tipikor Pangkalpinang") == "org", kinds
    assert "Pemberantasan Tindak Pidana Korupsi" not in kinds, kinds
    assert ("ruling", "2023-09-21") in {(e.type, e.date.iso() if e.date else None) for e in x.events}, x.events


def test_a_regional_budget_is_no_revenue():
    text = ("Hakim Dimas Pratama menilai Rusmini Hartati terbukti menyelewengkan anggaran pendapatan dan belanja daerah "
            "2019 senilai Rp 9 miliar.")
    assert "revenue" not in types_of(text, "id", "2023-09-22")


def test_a_figure_in_a_paragraph_naming_no_one_goes_on_about_those_the_paragraph_before_named():
    text = ("Hakim Pengadilan Tipikor Pangkalpinang memutuskan Rusmini Hartati bersalah, Kamis (21/9).\n\n"
            "Selain itu hakim mewajibkan denda Rp 200 juta.")
    x = extract(text, language="id", published="2023-09-22")
    fine = next(a for a in x.amounts if a.text == "Rp 200 juta")
    assert "Rusmini Hartati" in [fine.entity, *fine.about], fine


def test_a_figure_a_public_body_acts_on_goes_on_about_the_suspect_named_before():
    text = "KPK menahan Mahendra Wiguna, Senin (3/7). Dalam penggeledahan, KPK menyita uang tunai Rp 5 miliar."
    x = extract(text, language="id", published="2023-07-04")
    cash = next(a for a in x.amounts if a.text == "Rp 5 miliar")
    assert "Mahendra Wiguna" in [cash.entity, *cash.about], cash


def test_a_figure_of_both_companies_is_about_the_two():
    text = ("OJK memberikan izin penggabungan PT Bank Sinar Laut ke dalam PT Bank Tanjung Raya. Bank Sinar Laut dan "
            "Bank Tanjung Raya menyiapkan merger sejak tahun lalu.\n\nDengan terbitnya izin itu, merger berlaku efektif "
            "pada 1 November 2025.\n\nMerger senilai Rp 2,4 triliun itu telah disetujui RUPSLB kedua bank pada Rabu "
            "(20/8/2025).")
    x = extract(text, language="id", published="2025-10-09")
    deal = next(a for a in x.amounts if a.text == "Rp 2,4 triliun")
    assert {"Bank Sinar Laut", "Bank Tanjung Raya"} <= {deal.entity, *deal.about}, deal


def test_an_airline_s_name_ends_with_air():
    text = ("Camar Nusa Air, whose chief executive Reza Wibowo resigned last month, handed back the routes, acting CEO "
            "Dewi Lestari said.")
    kinds = kinds_of(text, "en", "2025-11-12")
    assert kinds.get("Camar Nusa Air") == "org", kinds


@pytest.mark.parametrize("name", ["Gunung Kapur Semen", "Sinar Laut Medika", "Kencana Teguh Properti", "Bumi Hijau Plantations"])
def test_a_trade_word_closes_a_company_s_name(name):
    text = f"Hendra Wirawan left {name} in 2019 and has since advised two rivals."
    assert kinds_of(text, "en").get(name) == "org"


def test_a_group_s_unit_named_after_its_owner_is_a_company():
    text = "The watchdog ordered Bank of Avalon's Kestrel Lynch unit to pay £12m over late trade reports."
    assert kinds_of(text, "en", "2017-10-23").get("Kestrel Lynch") == "org"


@pytest.mark.parametrize(("text", "lang", "title"), [
    ("Sebab, Hendra Wirawan merupakan Direktur Utama PT Sinar Laut.", "id", "president director"),
    ("Hendra Wirawan kini menjabat sebagai Direktur Utama PT Sinar Laut.", "id", "president director"),
    ("Hendra Wirawan is the chief executive of Sinar Laut Group.", "en", "CEO"),
])
def test_a_post_told_as_what_the_person_is(text, lang, title):
    roles = extract(text, language=lang, published="2017-11-08").roles
    assert [(r.person, r.title) for r in roles] == [("Hendra Wirawan", title)], roles
    assert roles[0].org in ("Sinar Laut", "Sinar Laut Group"), roles


def test_former_in_lower_case_before_the_post_makes_it_a_post_left():
    roles = extract("The bid is backed by former Kestrel CEO Edward Lanham, who still owns shares.", language="en",
                    published="2018-10-15").roles
    assert [(r.person, r.org, r.former) for r in roles] == [("Edward Lanham", "Kestrel", True)], roles


def test_a_plan_named_after_the_act_does_not_make_the_act_planned():
    text = "Kestrel Holdings filed for bankruptcy protection on Monday with a plan to shut 40 depots."
    assert {e.basis for e in extract(text, language="en", published="2018-10-15").events} == {"stated"}


def test_joining_a_list_is_no_hiring():
    text = "Kestrel Holdings joins a growing number of toy sellers squeezed by rising rents."
    assert "hiring" not in types_of(text, "en", "2018-10-15")


def test_a_figure_of_the_company_the_subject_refers_to_is_its_not_the_court_s():
    text = ("Kestrel Holdings filed for bankruptcy on Monday. The company put its debts at $2 billion in papers given "
            "to the Delaware Bankruptcy Court.")
    x = extract(text, language="en", published="2018-10-15")
    assert next(a for a in x.amounts if a.text == "$2 billion").entity.startswith("Kestrel")


def test_a_figure_after_a_company_s_name_is_no_part_of_it():
    text = "Denda terbesar dijatuhkan kepada PT Sinar Laut Rp7 miliar; PT Bumi Raya Utama Rp15,24 miliar."
    assert {"Sinar Laut", "Bumi Raya Utama"} <= set(kinds_of(text, "id"))


def test_since_the_founding_year_dates_no_fine():
    text = ("Denda Rp120 miliar yang dijatuhkan KPPU kepada dua Terlapor dari Kestrel Group menjadi rekor komisi itu "
            "sejak berdiri 1999.")
    x = extract(text, language="id", published="2025-08-08")
    assert all(e.date is None or e.date.year == 2025 for e in x.events), x.events
    assert "Terlapor" not in {e.name for e in x.entities}


def test_after_his_appointment_is_the_subject_s_own_appointment():
    text = ("Kestrel Corp named Stefan Hollis its chief in April last year, when preceding CEO Yasuo Tanabe retired. "
            "In 2011 the board picked Michael Wardell to run the firm. Wardell was fired soon after his appointment "
            "over a row about costs.")
    x = extract(text, language="en", published="2024-10-28")
    fired = next(e for e in x.events if e.text.startswith("Wardell was fired"))
    assert fired.anchor is None or fired.anchor[1] == ("Michael Wardell",), fired
    assert not (fired.date and (fired.date.year, fired.date.month) == (2023, 4)), fired  # not Hollis's April
    assert ("Yasuo Tanabe", True) in {(r.person, r.former) for r in x.roles}, x.roles


def test_a_sasak_noble_title_opens_the_holder_s_name_after_a_physician_s_title():
    text = ("Kejaksaan menetapkan mantan Direktur Utama Rumah Sakit Sinar Bakti, dr. Lalu Ahmad Wiranata, sebagai "
            "tersangka. Penyidik juga memeriksa Baiq Nurul Andriani di kawasan Gunung Rinjani, Lombok Barat.")
    x = extract(text, language="id", published="2026-09-17")
    assert [(r.person, r.org, r.former) for r in x.roles] == [("Lalu Ahmad Wiranata", "Rumah Sakit Sinar Bakti", True)]
    kinds = {e.name: e.kind for e in x.entities}
    assert kinds.get("Baiq Nurul Andriani") == "person" and kinds.get("Gunung Rinjani") == "place", kinds
    # at a sentence's opening "Lalu" is "then"
    assert set(kinds_of("Lalu penyidik memeriksa Ahmad Wiranata.", "id")) == {"Ahmad Wiranata"}


def test_an_appointee_described_before_the_name():
    text = ("Separately, Kestrel Holdings said it had appointed former logistics executive Wendy Hartanti as chief "
            "financial officer, a post that had been vacant since December.")
    roles = extract(text, language="en", published="2026-03-05").roles
    assert [(r.person, r.title) for r in roles] == [("Wendy Hartanti", "CFO")], roles


def test_where_a_company_is_from_may_stand_between_the_post_and_its_name():
    text = "Adrian Wibisana, the co-founder and chief executive of Indonesian ride-hailing app Jemputin, has resigned."
    x = extract(text, language="en", published="2026-03-05")
    assert {(r.title, r.org) for r in x.roles} == {("co-founder", "Jemputin"), ("CEO", "Jemputin")}, x.roles
    assert {e.name: e.kind for e in x.entities}.get("Jemputin") == "org"


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Sekitar 4.000 pengemudi mematikan aplikasi Kestrel dan menggelar aksi di depan Kantor Kementerian Perhubungan, "
     "Senin (2/3/2026).", "id", "protest"),
    ("Kestrel Holdings had lowered the drivers' share of car fares to 72% from 80% on March 1.", "en", "pricing"),
])
def test_a_protest_staged_and_a_share_cut_are_happenings_of_their_kind(text, lang, kind):
    assert kind in types_of(text, lang, "2026-03-05")


@pytest.mark.parametrize(("text", "lang", "kind", "not_kind"), [
    ("Sekitar 600 peternak memblokade gerbang PT Susu Lembang Raya dengan truk tangki, Selasa (3/3/2026).", "id", "protest", "ban"),
    ("Hundreds of dairy farmers blocked the main gate of Lembang Raya Dairy with tanker trucks on March 3.", "en", "protest", "ban"),
    ("Ratusan nasabah menggeruduk kantor Koperasi Dana Makmur di Bandung, Senin (9/3/2026).", "id", "protest", None),
    ("The competition watchdog blocked the merger of Lembang Raya Dairy and Susu Priangan on March 3.", "en", "ban", "protest"),
])
def test_a_crowd_barring_a_gate_protests_and_a_regulator_blocking_a_deal_bans(text, lang, kind, not_kind):
    kinds = types_of(text, lang, "2026-03-10")
    assert kind in kinds and not_kind not in kinds, kinds


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Dua hari kemudian, para nasabah melaporkan dua pendiri koperasi, Hendra Wiguna dan Sinta Maharani, ke Polda "
     "Jawa Barat, Rabu (11/3/2026).", "id", "complaint"),
    ("Asosiasi peternak resmi melaporkan PT Susu Lembang Raya, pemasok terbesar di Bandung, ke Kantor Wilayah III "
     "KPPU di Bandung, Senin (16/3/2026).", "id", "complaint"),
    ("Workers at the Lembang Raya dairy refused to work on Monday over two months of unpaid wages.", "en", "protest"),
    ("Para pemain Lembang Raya FC memboikot latihan, Senin (16/3/2026), karena gaji belum dibayar.", "id", "protest"),
    # a share purchase agreement naming the share bought; leading a boycott
    ("Heru Wibisono meneken perjanjian pembelian 80 persen saham PT Lembayung Olahraga senilai Rp 120 miliar, Senin "
     "(16/3/2026).", "id", "acquisition"),
    ("Captain Dodi Saputra of Lembayung FC, who led a training boycott in March, said the mood had changed.", "en",
     "protest"),
    # a sponsorship ended
    ("Coal miner PT Tambang Kutai Raya ended its shirt sponsorship of Lembayung FC on March 11.", "en", "partnership_ended"),
    ("PT Tambang Kutai Raya menghentikan sponsor Lembayung FC, Rabu (11/3/2026).", "id", "partnership_ended"),
    # payments stopped
    ("Koperasi Dana Makmur stopped paying its members in March.", "en", "default"),
    ("Sejak Maret, Koperasi Dana Makmur berhenti membayar bunga simpanan anggotanya.", "id", "default"),
    # a crowd's people held by what they are; a deal reached or brokered; a payment with its conversion
    ("Polisi mengamankan 14 mahasiswa yang merusak gerbang kantor Koperasi Dana Makmur, Senin (16/3/2026).", "id", "arrest"),
    ("The labour ministry brokered a deal with Koperasi Dana Makmur on March 9 to repay its members.", "en", "contract_won"),
    ("Koperasi Dana Makmur dan serikat pekerja mencapai kesepakatan soal upah, Senin (16/3/2026).", "id", "contract_won"),
    ("Koperasi Dana Makmur paid 150 million rupiah ($9,200) to each of the families on March 12.", "en", "compensation"),
])
def test_reports_refusals_purchases_sponsorships_ended_and_payments_stopped_are_happenings_of_their_kind(text, lang, kind):
    assert kind in types_of(text, lang, "2026-03-20")


def test_teknologi_closes_a_company_s_name():
    text = "The ministry brokered a deal with Jemputan Teknologi in March to restore drivers' earnings."
    assert kinds_of(text, "en", "2026-06-10").get("Jemputan Teknologi") == "org"


def test_a_search_of_a_hospital_is_an_investigation():
    text = "The case surfaced after prosecutors searched the Ampenan University Hospital and Kestrel Farma's office last month."
    assert "investigation" in types_of(text, "en", "2026-08-06")


def test_a_prosecutors_office_s_assistant_for_a_field_holds_a_post():
    text = "Asisten Pidana Khusus (Aspidsus) Kejati Jawa Timur, Rahmat Wibisono, mengatakan berkas sudah lengkap."
    roles = extract(text, language="id", published="2026-09-17").roles
    assert [(r.person, r.org) for r in roles] == [("Rahmat Wibisono", "Kejati Jawa Timur")], roles


def test_fc_closes_a_club_s_name_before_its_officer_s():
    x = extract("Pelatih kepala Lembang Raya FC Markus Wenda Kogoya mengundurkan diri, Senin (21/9/2026).",
                language="id", published="2026-09-23")
    assert [(r.person, r.org) for r in x.roles] == [("Markus Wenda Kogoya", "Lembang Raya FC")], x.roles


@pytest.mark.parametrize(("text", "holder", "body"), [
    ("Kapolda Sulawesi Tengah Irjen Pol Hendra Siregar mengatakan penyidik telah memeriksa 14 saksi.",
     "Hendra Siregar", "Polda Sulawesi Tengah"),
    ("Kapolres Metro Depok Kombes Pol Arif Nugroho mengatakan kedua tersangka telah ditahan.", "Arif Nugroho",
     "Polres Metro Depok"),
    ("Kajati Jawa Tengah Dewi Kartika Sari mengatakan berkas perkara sudah lengkap.", "Dewi Kartika Sari",
     "Kejati Jawa Tengah"),
])
def test_a_regional_head_s_short_post_names_the_body_over_the_region(text, holder, body):
    x = extract(text, language="id", published="2026-05-04")
    assert [(r.person, r.org) for r in x.roles] == [(holder, body)], x.roles
    kinds = {e.name: e.kind for e in x.entities}
    assert kinds.get(body) == "org" and body.split(" ", 1)[1] not in kinds, kinds  # the region alone is no one


@pytest.mark.parametrize("office", ["Kantor Wilayah III", "Kanwil", "Kantor Perwakilan", "Markas"])
def test_a_body_s_regional_office_before_its_name_is_the_body(office):
    x = extract(f"Peternak melaporkan PT Susu Lembang Raya ke {office} Komisi Pengawas Persaingan Usaha (KPPU) di "
                "Bandung, Senin (16/3/2026).", language="id", published="2026-03-20")
    assert "Komisi Pengawas Persaingan Usaha" in {e.name for e in x.entities}


def test_a_post_held_now_names_its_holder_and_degrees_after_the_name_are_no_names():
    x = extract("Direktur Utama RS Harapan Sentosa saat ini, dr. Lestari Wulandari, Sp.PD, M.Kes, menyatakan pihaknya "
                "menghormati proses hukum.", language="id", published="2026-05-04")
    assert [(r.person, r.org) for r in x.roles] == [("Lestari Wulandari", "RS Harapan Sentosa")], x.roles
    assert {e.name for e in x.entities} == {"Lestari Wulandari", "RS Harapan Sentosa"}


def test_a_doctor_s_title_before_the_holder_s_name_in_english():
    x = extract("Police searched Harapan Sentosa Hospital on Tuesday. The hospital's president director, Dr. Lestari "
                "Wulandari, said purchases had moved online.", language="en", published="2026-05-04")
    assert [(r.person, r.org) for r in x.roles] == [("Lestari Wulandari", "Harapan Sentosa Hospital")], x.roles


def test_an_appositive_holding_a_relative_clause_dates_its_own_happening_too():
    x = extract("Koperasi Dana Makmur, the Bandung savings cooperative whose chairman fled in April, repaid 12 billion "
                "rupiah to its members on Monday.", language="en", published="2026-09-23")
    dates = sorted(e.date.iso() for e in x.events if e.date)
    assert "2026-09-21" in dates, dates


def test_a_relative_clause_set_off_by_commas_dates_its_own_happening_and_the_main_clause_its_own():
    x = extract("Susu Lembang Raya Group raised milk prices in January. The agriculture ministry, which wrote to Susu "
                "Lembang Raya Group in March, issued a decree on May 20 setting a floor price for farmers.",
                language="en", published="2026-06-10")
    dates = sorted(e.date.iso() for e in x.events if e.type == "other" and e.date)
    assert dates == ["2026-03", "2026-05-20"], dates


def test_a_main_clause_dated_beside_a_kind_told_in_a_set_off_clause_is_a_happening_too():
    x = extract("Susu Lembang Raya Group raised milk prices in January. The agriculture ministry, which signed a deal "
                "with Susu Lembang Raya Group in March, issued a decree on May 20 setting a floor price for farmers.",
                language="en", published="2026-06-10")
    told = sorted((e.type, e.date.iso()) for e in x.events if e.date and "decree" in e.text)
    assert told == [("contract_won", "2026-03"), ("other", "2026-05-20")], told


def test_a_platform_told_as_run_by_its_company_is_that_company():
    x = extract("OJK membekukan kegiatan usaha Koinku, yang dikelola PT Lumbung Aset Digital, Senin (2/3/2026). Direktur "
                "Utama PT Lumbung Aset Digital Budi Santoso meminta maaf.", language="id", published="2026-03-04")
    assert [(e.name, e.aliases) for e in x.entities if e.kind == "org"] == [("Koinku", {"Lumbung Aset Digital"})]


@pytest.mark.parametrize("text", [
    "Prices fell after Kedaiku, a coffee-ordering app run by PT Kopi Kita Nusantara, cut its fees on Monday.",
    "Under the deal, Kedaiku's operator, PT Kopi Kita Nusantara, has been absorbed into a rival.",
])
def test_an_english_platform_told_as_run_by_its_company_is_that_company(text):
    # a brand not made from the company's name: only the words between tell they are one
    x = extract(text, language="en", published="2026-03-04")
    assert ("Kedaiku", {"Kopi Kita Nusantara"}) in [(e.name, e.aliases) for e in x.entities if e.kind == "org"]


def test_a_company_told_as_better_known_by_another_name_is_one_entity():
    x = extract("Sinar Kencana Group, better known as Sigro, bought the plant on Monday. Sigro said it would invest "
                "$40 million.", language="en", published="2026-03-04")
    assert [(e.name, e.aliases) for e in x.entities if e.kind == "org"] == [("Sigro", {"Sinar Kencana Group", "Sinar Kencana"})]


def test_internasional_closes_a_company_s_name():
    x = extract("Produsen ban Karet Lumina Internasional atau lebih dikenal Lumina mengakuisisi 80 persen saham PT Ban "
                "Jaya, Senin (4/3/2019).", language="id", published="2019-03-06")
    assert [(e.name, e.kind, e.aliases) for e in x.entities if "Lumina" in e.name] == [
        ("Karet Lumina Internasional", "org", {"Lumina"})]


def test_an_article_opening_the_sentence_is_no_organisation_of_the_post_after_it():
    x = extract("Lumina bought the plant on Monday. The CEO Jean-Pierre Morel said the deal was the right opportunity "
                "for Lumina.", language="en", published="2026-03-04")
    assert [(r.person, r.title, r.org) for r in x.roles] == [("Jean-Pierre Morel", "CEO", "Lumina")], x.roles


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Klub berjanji menyiapkan dana Rp 35 miliar untuk merenovasi Stadion Lembayung di Bontang.", "id", "Stadion Lembayung"),
    ("Penyidik menyita sebuah rumah di Pantai Mutiara Indah dan tiga mobil mewah.", "id", "Pantai Mutiara Indah"),
    ("The club plays its home games at Lembayung Stadium in Bontang.", "en", "Lembayung Stadium"),
])
def test_a_stadium_a_beach_or_a_station_is_a_place(text, lang, place):
    assert kinds_of(text, lang).get(place) == "place"


@pytest.mark.parametrize(("text", "kind"), [
    ("Kakao Sentosa Group said around 420 workers have been sent home on half pay since May 7.", "layoffs"),
    ("Kakao Sentosa Group missed a $21.6 million repayment on April 30, its lenders said.", "default"),
])
def test_workers_sent_home_are_laid_off_and_a_missed_repayment_is_a_default(text, kind):
    assert kind in types_of(text, "en", "2026-05-20")


def test_named_as_the_club_s_chief_executive_after_a_description_set_off_by_commas():
    x = extract("Lembayung FC was sold in August. Its new owner named Margaretha Hutagalung, a former finance director "
                "at a mining firm, as the club's chief executive on Oct. 1.", language="en", published="2026-11-04")
    assert ("Margaretha Hutagalung", "CEO", "Lembayung FC") in [(r.person, r.title, r.org) for r in x.roles], x.roles


@pytest.mark.parametrize(("text", "person", "nick"), [
    ("Dua pendiri, Hendrawan Jaya Kusuma dan Sinta Maharani, dilaporkan ke polisi. Hendrawan, yang kerap tampil di "
     "seminar investasi dan akrab disapa Koh Hendra, tidak dapat dihubungi.", "Hendrawan Jaya Kusuma", "Koh Hendra"),
    ("Pabrik itu dibeli Soetrisno Liem Wibowo pada 2017. Soetrisno, pengusaha asal Malang yang akrab disapa Pak Trisno, "
     "belum berkomentar.", "Soetrisno Liem Wibowo", "Pak Trisno"),
    ("Darmawan Lantera Putra, the head of the traders' association and known in the market as Pak Darma, was "
     "questioned on Monday.", "Darmawan Lantera Putra", "Pak Darma"),
    # a word of address with one of the names after "atau": the person's, where a list would name another person
    ("Pemilik toko roti PT Lantera Boga, Bimo Lantera Putra atau Mas Bimo, menutup dua gerainya pekan lalu.",
     "Bimo Lantera Putra", "Mas Bimo"),
])
def test_a_nickname_closing_a_clause_about_the_person_named_before_is_theirs(text, person, nick):
    x = extract(text, language="id", published="2026-04-22")
    assert nick in next(e.aliases for e in x.entities if e.name == person)


def test_an_organisation_s_nickname_in_quotes_is_one_of_its_names():
    x = extract('Lembayung FC was sold in August. Lembayung FC, founded in 1978 and nicknamed "Laskar Bontang", finished '
                "fifth last season.", language="en", published="2026-08-06")
    assert [(e.name, e.aliases) for e in x.entities] == [("Lembayung FC", {"Laskar Bontang"})]


@pytest.mark.parametrize("clause", ["a former banker who is widely known as Koh Hendra", "who goes by Koh Hendra"])
def test_a_nickname_closing_an_english_clause_about_the_person_named_before_is_theirs(clause):
    x = extract(f"Hendrawan Jaya Kusuma founded the firm in 2018. Kusuma, {clause}, could not be reached.",
                language="en", published="2026-04-22")
    assert "Koh Hendra" in next(e.aliases for e in x.entities if e.name == "Hendrawan Jaya Kusuma")


@pytest.mark.parametrize(("text", "body", "holder"), [
    ("Gugatan didaftarkan di Pengadilan Negeri (PN) Jakarta Selatan, Senin. Ketua PN Jakarta Selatan Budi Santoso "
     "mengatakan sidang dimulai pekan depan.", "Pengadilan Negeri Jakarta Selatan", "Budi Santoso"),
    ("Tersangka ditahan di Lembaga Pemasyarakatan (Lapas) Sukamiskin. Kepala Lapas Sukamiskin Rina Wulandari "
     "membenarkan.", "Lembaga Pemasyarakatan Sukamiskin", "Rina Wulandari"),
    # in a list of people with their posts, one body spelled out before with its short form in brackets
    ("Bendungan Pembangkit Listrik Tenaga Uap (PLTU) Cilamaya jebol. Tersangka adalah Direktur Teknik PT Daya Sentosa "
     "(DS) Benny Lubis, Manajer Operasional PLTU Cilamaya Yudi Hermawan, serta Direktur PT Karya Beton Teddy Kusnadi.",
     "Bendungan Pembangkit Listrik Tenaga Uap Cilamaya", "Yudi Hermawan"),
])
def test_a_kind_of_institution_spelled_out_with_its_short_form_and_its_place_is_that_one_institution(text, body, holder):
    x = extract(text, language="id", published="2026-05-04")
    entity = next(e for e in x.entities if e.name == body)
    short = "".join(w[0] for w in body.split()[:-1])
    assert entity.kind == "org" and short not in entity.aliases and body.rsplit(" ", 1)[0] not in entity.aliases, entity
    assert (holder, body) in [(r.person, r.org) for r in x.roles], x.roles
    assert holder in {e.name for e in x.entities if e.kind == "person"}


@pytest.mark.parametrize("text", [
    "Ketua Dewan Komisioner Otoritas Jasa Keuangan (OJK) Mahendra Siregar mengatakan bank sehat.",  # its officer
    "Penyidik Badan Reserse Kriminal (Bareskrim) Polri menahan dua tersangka, Senin.",  # the body it belongs to
    "Rektor Universitas Pelita Nusa (UPN) Makassar mengundurkan diri, Senin.",  # a name of its own, then its city
    "Warga menggeruduk Pabrik Gula (PG) Tebu Manis milik PT Tebu Manis Agro, Senin.",  # the company's own mill
    "Sidang digelar di Pengadilan Negeri (PN) Senin.",  # a day, no place
])
def test_a_name_after_a_body_s_bracketed_short_form_is_not_read_as_one_of_its_kind(text):
    assert specified_acronyms(text) == []
