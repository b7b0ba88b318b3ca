"""Names as news copy writes them: a body's name holding a possessive, a rank or a pilgrim's title before a
person's name, a post between the verb of saying and the speaker's body, technical short forms that name no one.
Every sentence here is our own."""

from __future__ import annotations

import pytest

from bot.extraction import extract


def kinds_of(text: str, lang: str, pub: str = "2026-03-18") -> dict[str, str]:
    return {e.name: e.kind for e in extract(text, language=lang, published=pub).entities}


def roles_of(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.title, r.org) for r in extract(text, language=lang, published="2026-03-18").roles}


@pytest.mark.parametrize(("text", "name"), [
    ("Kopitara Children's Fund, a Geneva-based charity, has committed $1.2 million to the campaign.",
     "Kopitara Children's Fund"),
    ("Nurses at St Mary's Hospital in Sendangsari said on Monday they had been laid off.", "St Mary's Hospital"),
    ("The Sendangsari Women's Hospital said on Monday it had closed two wards.", "Sendangsari Women's Hospital"),
])
def test_a_possessive_inside_a_body_s_name_ends_no_name(text, name):
    """The group a body serves, or a saint, written possessive inside its name."""
    assert kinds_of(text, "en").get(name) == "org", kinds_of(text, "en")


def test_a_company_s_possessive_still_ends_its_name():
    kinds = kinds_of("Shares of PT Kopitara Nusantara rose. Kopitara Nusantara's Sendangsari Unit hired 30 baristas.", "en")
    assert not any("'s" in name for name in kinds) and "Kopitara Nusantara" in kinds, kinds


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("id", "Ketua serikat, Budi Hartono, mengatakan perusahaan belum membayar upah.", "Budi Hartono"),
    ("id", "Ketua aliansi, Haji Sarifuddin Daeng Lira, mengatakan perusahaan membeli 1.800 ton rumput laut.",
     "Haji Sarifuddin Daeng Lira"),
    ("id", '"Ini sengketa terberat," kata Budi Hartono, negosiator serikat buruh Kopitara, Senin (16/3).', "Budi Hartono"),
    ("en", "Rear Admiral Budi Hartono said the sailors were detained on Monday.", "Budi Hartono"),
])
def test_the_words_around_a_person_s_name_make_no_organisation_of_it(lang, text, person):
    """"X, mengatakan perusahaan ...": what X says, no apposition; a pilgrim's title opens a name of four words; a post
    after a speaker named by "kata"; a rank before the name."""
    kinds = kinds_of(text, lang)
    assert kinds.get(person) == "person", kinds
    assert "Rear" not in kinds, kinds


def test_a_technical_short_form_names_no_one():
    """"GPS" spells no one's initials, even those of a person the sentence names."""
    text = ("Two days later, rangers drove the elephants back into the forest, guided by the herd's GPS signal, said "
            "Gilang Purba Sitorus, the head of the agency.")
    got = extract(text, language="en", published="2026-03-18")
    assert {e.name: sorted(e.aliases) for e in got.entities}.get("Gilang Purba Sitorus") == [], got.entities


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", '"This is the toughest dispute," Budi Hartono, the chief negotiator of the Kopitara workers\' union, said.',
     ("Budi Hartono", "chief negotiator")),
    ("id", '"Kami menarik produk itu," kata kepala Biro Humas BPOM Budi Hartono seperti dikutip Antara.',
     ("Budi Hartono", "BPOM")),
])
def test_a_speaker_s_post_is_read_with_the_name_whole(lang, text, want):
    got = roles_of(text, lang)
    assert any(p == want[0] and want[1] in (t, o) for p, t, o in got), got
    assert not any(" " in p and p.split()[0].isupper() for p, _t, _o in got), got  # no body's short form in a name


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Sebanyak 1.100 orang dipecat dari perusahaan milik Budi Hartono itu pada Rabu (11/3)."),
    ("id", "Induk perusahaan Kopitara, PT Lantera Kencana, memberhentikan lebih dari 1.100 karyawan pada Rabu (11/3)."),
])
def test_a_number_of_people_let_go_is_a_layoff(lang, text):
    types = {e.type for e in extract(text, language=lang, published="2026-03-12").events}
    assert "layoffs" in types and "departure" not in types, types


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("en", "PT Kopitara Nusantara and the health ministry began a vaccination drive in Sendangsari on Monday, after an "
           "outbreak that has killed 12 children since late February.", "2026-03-16"),
    ("id", "PT Kopitara Nusantara dan Kementerian Kesehatan memulai imunisasi di Sendangsari pada Senin (16/3), setelah "
           "wabah yang menewaskan 12 anak sejak akhir Februari.", "2026-03-16"),
])
def test_what_came_before_in_a_closing_clause_leaves_the_main_clause_its_own_day(lang, text, day):
    """The main clause tells its happening on its own day, whatever kind the closing clause's earlier one is."""
    dated = {(e.date.iso() if e.date else None) for e in extract(text, language=lang, published="2026-03-18").events}
    assert day in dated, dated


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("id", "Pada bulan Oktober, PT Kopitara Nusantara melaporkan penurunan laba 64% pada kuartal ketiga.", "2025-10"),
    ("en", "In October, PT Kopitara Nusantara reported a 64% drop in profit in the third quarter.", "2025-10"),
    # with no other date, the quarter is all the sentence says of when
    ("en", "PT Kopitara Nusantara reported a 64% drop in profit in the third quarter.", "2025"),
])
def test_the_period_figures_cover_yields_to_the_date_of_the_telling(lang, text, want):
    got = {e.date.iso() for e in extract(text, language=lang, published="2025-12-02").events if e.date}
    assert got == {want}, got


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Keputusan itu dipicu keluhan yang diajukan PT Kopitara Nusantara pada 2019 mengenai pembatasan tersebut."),
    ("en", "The ruling followed a complaint filed by PT Kopitara Nusantara in 2019 about the restrictions."),
])
def test_a_grievance_named_then_lodged_is_a_complaint_of_its_own_year(lang, text):
    got = {(e.type, e.date.iso() if e.date else None) for e in extract(text, language=lang, published="2024-03-05").events}
    assert ("complaint", "2019") in got, got


def test_who_left_is_the_one_named_after_the_verb_of_saying():
    got = extract("Sekretaris Perusahaan PT Kopitara Nusantara Rina Wulandari menyebut Maria mundur karena alasan pribadi.",
                  language="id", published="2026-04-08")
    assert [e.actors[0] for e in got.events if e.type == "departure"] == ["Maria"], got.events


@pytest.mark.parametrize("text", [
    "Juru bicara PT Kopitara Nusantara, Budi Hartono, menyebut akun yang dinonaktifkan terbukti melanggar kode etik.",
    "PT Kopitara Nusantara menonaktifkan 1.300 akun mitra pada Senin (6/4).",
])
def test_accounts_switched_off_are_no_one_s_departure(text):
    assert not [e for e in extract(text, language="id", published="2026-04-08").events if e.type == "departure"]


def test_a_chief_executive_named_alone_is_the_company_s_not_a_national_body_s():
    text = ("The financial intelligence agency PPATK said on July 30 that it had frozen 41 bank accounts linked to the "
            "network.\n\nPT Kopitara Nusantara denied any link.\n\nChief executive Budi Hartono has said the company never "
            "meant to offer gambling.")
    got = extract(text, language="en", published="2026-08-03")
    assert {(r.person, r.org) for r in got.roles if r.title == "CEO"} == {("Budi Hartono", "Kopitara Nusantara")}, got.roles


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The Ministry of Higher Education, Science and Technology froze the payments on Monday.", "en",
     "Ministry of Higher Education, Science and Technology"),
    ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi membekukan dana itu pada Senin.", "id",
     "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"),
])
def test_a_ministry_s_fields_listed_with_commas_are_one_name(text, lang, name):
    assert kinds_of(text, lang).get(name) == "org"


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Kementerian Keuangan, Bank Indonesia, dan OJK menggelar rapat pada Senin.", "id",
     {"Kementerian Keuangan", "Bank Indonesia", "OJK"}),
    ("The Ministry of Trade, Sendangsari and Teluk Biru signed the pact on Monday.", "en", {"Ministry of Trade"}),
])
def test_a_list_of_bodies_or_places_after_a_ministry_is_no_field_of_it(text, lang, names):
    assert names <= set(kinds_of(text, lang))


@pytest.mark.parametrize("text", [
    "Direktur RSUD Sendangsari, dr Budi Hartono, mengakui keterlambatan pembayaran jasa dokter.",
    "Direktur RSUD Sendangsari, dr Budi Hartono, SpPD, mengakui keterlambatan pembayaran jasa dokter.",
])
def test_a_physician_s_title_without_its_dot_and_a_specialist_s_degree_are_no_names(text):
    assert ("Budi Hartono", "director", "RSUD Sendangsari") in roles_of(text, "id")
    assert "SpPD" not in kinds_of(text, "id")


def test_a_provincial_capital_is_a_place():
    text = "Direktur Utama PT Kopitara Nusantara, Budi Hartono, dalam jumpa pers di Pontianak, Senin (6/7), membantah tuduhan itu."
    assert kinds_of(text, "id").get("Pontianak") == "place"


def test_a_public_service_named_with_and_without_its_regency_is_one_body():
    text = ("Bupati Sendangsari Rina Wulandari mencopot Direktur RSUD Bumi Kasih Sendangsari, Budi Hartono, pada 8 Mei. "
            "Inspektorat Kabupaten Sendangsari memeriksa RSUD Bumi Kasih sejak April.")
    kinds = kinds_of(text, "id")
    assert "RSUD Bumi Kasih" not in kinds and kinds.get("RSUD Bumi Kasih Sendangsari") == "org"
    assert kinds.get("Inspektorat Kabupaten Sendangsari") == "org"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Balai Taman Nasional Sendangsari menaikkan tarif masuk pada Selasa (10/9/2026).", "Balai Taman Nasional Sendangsari", "org"),
    ("Ombudsman RI Perwakilan Teluk Biru menyatakan terjadi maladministrasi pada Selasa (10/9/2026).", "Perwakilan Teluk Biru", "org"),
    ("Warga berkumpul di Balai Kota Sendangsari pada Rabu (11/9/2026).", "Balai Kota Sendangsari", "place"),
])
def test_a_body_s_office_named_by_its_head_word_is_a_body_and_a_hall_a_building(text, name, kind):
    assert kinds_of(text, "id").get(name) == kind


@pytest.mark.parametrize("dateline", ["Kopitarapost.com– ", "Kopitarapost.com — ", "JAKARTA, Kopitarapost.com– "])
def test_the_word_after_an_outlet_s_dash_opens_the_sentence(dateline):
    """"Kopitarapost.com– Perusahaan itu ...": written against the outlet or apart, the dash opens the body, so a common
    word written capitalised after it is no name."""
    kinds = kinds_of(dateline + "Perusahaan kopi Kopitara Nusantara melaporkan kerugian Rp 4 miliar.", "id")
    assert "Perusahaan" not in kinds and "Kopitara Nusantara" in kinds, kinds


@pytest.mark.parametrize(("text", "word"), [
    ("The secretary-general of the Ministry, Budi Hartono, confirmed on Monday that the clerk had been reinstated.", "Ministry"),
    ("Head of the Kopitara Workers' Association, Budi Hartono, said the union would appeal.", "Association"),
])
def test_a_body_s_head_word_standing_alone_is_no_name(text, word):
    """"the Ministry", "the Workers' Association": the head word of a body's name, cut from the rest, names nothing."""
    assert word not in kinds_of(text, "en"), kinds_of(text, "en")


def test_a_place_before_a_colon_opening_the_body_is_a_dateline():
    """"New Delhi: Kopitara Nusantara said ...": the dateline's place is no party of the happening."""
    got = extract("New Delhi: Sri Lanka defaulted on its bonds on Thursday, the finance ministry said.", language="en",
                  published="2026-03-20")
    assert "New Delhi" not in {e.name for e in got.entities}
    assert [e.actors for e in got.events if e.type == "default"] == [["Sri Lanka"]], [(e.type, e.actors) for e in got.events]


def test_a_meeting_named_by_its_body_is_no_person():
    """"Rapat Permusyawaratan Hakim (RPH)": a judges' meeting, though "Hakim" ends many a person's name."""
    kinds = kinds_of('"Besok akan di-RPH (Rapat Permusyawaratan Hakim)," kata Budi Hartono, Selasa (13/8).', "id")
    assert kinds.get("Rapat Permusyawaratan Hakim") != "person", kinds


@pytest.mark.parametrize(("text", "person", "place"), [
    ("Pemimpin sayap kanan Prancis Arkana Le Halimun dinyatakan bersalah, Senin (31/3/2026). Le Halimun akan banding.",
     "Arkana Le Halimun", "Prancis"),
    ("Hadir pula pengusaha Medan Budi Hartono dalam rapat itu.", "Budi Hartono", "Medan"),
])
def test_a_person_s_noun_then_a_place_then_a_name_is_two_names(text, person, place):
    """"politisi Prancis X Y", "pengusaha Medan X Y": where the person is from, then the person."""
    kinds = kinds_of(text, "id")
    assert kinds.get(person) == "person" and kinds.get(place) == "place", kinds


def test_a_body_named_after_its_place_after_a_person_s_noun_stays_whole():
    kinds = kinds_of("Para pemain Sendangsari United FC berlatih di Medan, Senin (2/3/2026).", "id")
    assert not any(k == "person" for k in kinds.values()), kinds


@pytest.mark.parametrize("text", [
    "A report by Indonesian coastal watchdog Sendang Lestari, published on June 9, said the mangroves had been cut.",
    "The figures were compiled by the anti-graft charity Arkana Halimun, which sued the ministry in May.",
])
def test_a_name_after_what_a_civil_body_is_is_an_organisation(text):
    kinds = kinds_of(text, "en")
    assert "org" in {k for n, k in kinds.items() if n in ("Sendang Lestari", "Arkana Halimun")}, kinds
