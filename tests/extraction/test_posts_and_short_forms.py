"""A post's holder after a body written short or in capitals, and contracts told signed in the passive.
Every sentence here is our own."""

from __future__ import annotations

import pytest

from bot.extraction import extract


def extracted(text: str, lang: str):  # type: ignore[no-untyped-def]
    return extract(text, language=lang, published="2026-03-18")


def roles_of(text: str, lang: str) -> set[tuple[str, str | None]]:
    return {(r.person, r.org) for r in extracted(text, lang).roles}


@pytest.mark.parametrize(("lang", "text", "person", "org"), [
    # a short form in capitals, then a given name: the body, then the whole of its holder's name
    ("id", "PT Kopitara Rasa Nusantara menutup dua gerai. Direktur Utama KRN Budi Hartono Wibowo mengundurkan diri "
           "awal bulan ini.", "Budi Hartono Wibowo", "Kopitara Rasa Nusantara"),
    # English copy of Indonesian posts: "<post> of <body> <holder>", the body's spelling ending its name
    ("en", "The deal was signed by President Director of Bank BSN Sutrisno and others.", "Sutrisno", "Bank BSN"),
    ("en", "Also present was President Director of Bank KOPsyariah Sutrisno.", "Sutrisno", None),
    # a common given name opens a holder's name of three words
    ("id", "Direktur Utama Bank Sendangsari Agus Suharjo Wibowo mengatakan kredit itu macet.", "Agus Suharjo Wibowo",
     "Bank Sendangsari"),
    # a region after the body's short form in brackets closes the body's name
    ("id", "Sekretaris Badan Penanggulangan Bencana Daerah (BPBD) Sulawesi Tengah Rina Wulandari mengatakan dua "
           "warga tewas.", "Rina Wulandari", "Badan Penanggulangan Bencana Daerah"),
    # a ministry by its short form, then its minister after a comma
    ("id", "Menteri Komdigi, Budi Hartono berujar, kementerian akan memanggil pengelola aplikasi.", "Budi Hartono",
     "Komdigi"),
])
def test_the_holder_after_a_body_written_short(lang, text, person, org):
    """A short form that spells the initials of the one company the article names stands for it, unglossed."""
    found = roles_of(text, lang)
    holders = {p for p, _o in found}
    assert person in holders, found
    if org is not None:
        assert any(p == person and o is not None and org in o for p, o in found), found


def test_initials_of_a_person_stay_apart_from_a_body():
    """Two capitals are a person's initials, no body's short form: the name is not cut at them."""
    holders = {p for p, _o in roles_of("President Director of Bank Kopitara Syariah Toni AB Hartono resigned.", "en")}
    assert "Hartono" not in holders and "AB Hartono" not in holders, holders


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Kontrak pengadaan 120 kamera senilai Rp 74 miliar ditandatangani Dinas Perhubungan Sendangsari pada "
           "Februari 2026."),
    ("id", "PT Kopitara Nusa memasok bus itu lewat kontrak senilai Rp 186 miliar yang diteken pada September 2025."),
    ("en", "PT Kopitara Nusa said the 186 billion rupiah contract, signed in September 2025, was its first."),
])
def test_a_contract_told_signed_in_the_passive_is_a_deal(lang, text):
    assert "contract_won" in {e.type for e in extracted(text, lang).events}


def test_the_letter_ending_a_contract_is_no_deal():
    text = "Surat keputusan pemutusan kontrak ditandatangani Senin (16/3/2026) dan dikirim ke PT Kopitara Nusa."
    assert "contract_won" not in {e.type for e in extracted(text, "id").events}


@pytest.mark.parametrize("text", [
    "Mahkamah Agung membatalkan aturan PT Kopitara Nusa itu karena bertentangan dengan UUD 1945.",
    "Hakim menjerat Budi Hartono dengan Pasal 2 KUHP 2023.",
    "DPRD Sendangsari menolak pos belanja PT Kopitara Nusa dalam APBD 2026.",
])
def test_a_year_that_names_a_constitution_code_or_budget_dates_nothing(text):
    from bot.extraction.dates import find_dates, parse_published

    assert find_dates(text, parse_published("2026-03-18"), "id") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Gempa bermagnitudo 6,2 mengguncang Kabupaten Sendangsari, Minggu (15/3/2026), menurut BMKG."),
    ("id", "Gempa terjadi pada Minggu (15/3) pukul 16.10 WIB di Sendangsari, menurut BMKG."),
    ("en", "A magnitude 6.2 earthquake struck Sendangsari regency on Sunday, damaging 400 homes, BMKG said."),
])
def test_a_quake_striking_is_a_happening(lang, text):
    assert "accident" in {e.type for e in extracted(text, lang).events}


@pytest.mark.parametrize(("text", "title"), [
    ("Pj Bupati Sendangsari Budi Hartono meninjau lokasi banjir pada Senin (16/3/2026).", "interim regent"),
    ("Sidang dipimpin penjabat Ketua Mahkamah Konstitusi, Budi Hartono, dan disiarkan langsung.", "interim chair"),
    ("Wali Kota Sendangsari Rina Wulandari meninjau pasar itu.", "mayor"),
])
def test_an_acting_regional_head_and_a_mayor_in_english(text, title):
    """"Penjabat" / "Pj" marks a stand-in as "Plt" does; a "wali kota" is a mayor as a "bupati" is a regent."""
    assert title in {r.title for r in extracted(text, "id").roles}


def kinds_of(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.kind for e in extracted(text, lang).entities}


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    # a place before its unit, or before the larger place it lies in
    ("en", "The woman was arrested last Saturday in Karangsari, Sendangkulon regency.", "Karangsari", "place"),
    ("en", "The woman was arrested last Saturday in Karangsari, Sendangkulon regency.", "Sendangkulon", "place"),
    # a one-word name with an age is a person's
    ("en", "She posed as the owner, Sukarsih, a 74-year-old widow, when the deed was signed.", "Sukarsih", "person"),
    ("id", "Korban tewas adalah seorang ibu bernama Warsinah (51), warga Sendangsari.", "Warsinah", "person"),
    # a given name that is a common word too stays inside the name
    ("en", "Its director, Benedictus Hari Wijanarko, said the company had paid in good faith.",
     "Benedictus Hari Wijanarko", "person"),
    # a notary's post is no word of her name
    ("en", "Notary Rina Kusumawardani was detained on Wednesday, police said.", "Rina Kusumawardani", "person"),
])
def test_places_people_and_posts_by_the_words_around_them(lang, text, name, kind):
    assert kinds_of(text, lang).get(name) == kind, kinds_of(text, lang)


@pytest.mark.parametrize(("text", "person", "org"), [
    # English copy of Indonesian news: the body's last word closes its name before its official's
    ('"Aid has reached the camps," Director General of Social Insurance of the Social Affairs Ministry Haryo Sasongko '
     'said on Monday.',
     "Haryo Sasongko", "Social Affairs Ministry"),
    ("Yoon also planned to detain National Assembly Speaker Budi Hartono and heads of rival parties.",
     "Budi Hartono", "National Assembly"),
])
def test_an_official_written_right_after_the_body_s_name(text, person, org):
    assert kinds_of(text, "en").get(person) == "person", kinds_of(text, "en")
    assert kinds_of(text, "en").get(org) == "org", kinds_of(text, "en")


def test_a_noun_made_of_a_verb_opening_a_sentence_opens_no_name():
    """"Penetapan Asep menyusul ...": the naming of a suspect, then his name written alone elsewhere."""
    text = ("Sutarjo diduga menerima komisi. Penetapan Sutarjo menyusul Direktur Utama PT Kopitara Nusa, Rina Wulandari, "
            "yang lebih dulu ditetapkan. Pengadilan Negeri Sendangsari menjadwalkan sidang.")
    kinds = kinds_of(text, "id")
    assert "Penetapan Sutarjo" not in kinds and "Pengadilan Negeri Sendangsari" in kinds, kinds


def test_a_name_joined_by_for_and_glossed_by_its_short_form_is_one_name():
    """"Tools for Humanity (TFH)", "Centre for Strategic and International Studies (CSIS)": the short form's letters
    show where the name begins, "for" counted in it or not."""
    text = ("Kopitara for Humanity (KFH), the company behind the app, said it would comply. The Centre for Sendangsari "
            "and Regional Studies (CSRS) said so.")
    kinds = kinds_of(text, "en")
    assert kinds.get("Kopitara for Humanity") == "org" and "Humanity" not in kinds, kinds
    assert kinds.get("Centre for Sendangsari and Regional Studies") == "org", kinds


@pytest.mark.parametrize(("text", "person", "org"), [
    # a ministry's name is its fields: the words after them are its official's name, after a post or without one
    ("Direktur Jenderal Perdagangan Luar Negeri Kementerian Perdagangan Rina Wulandari Sasmita mengatakan ekspor "
     "dihentikan pada Kamis (12/3).", "Rina Wulandari Sasmita", "Kementerian Perdagangan"),
    ("Menurut Kementerian Keuangan Budi Hartono Wibowo, anggaran itu dipangkas.", "Budi Hartono Wibowo",
     "Kementerian Keuangan"),
    # a field the list does not hold keeps the whole run the ministry's
    ("Sekretaris Jenderal Kementerian Badan Usaha Milik Negara Budi Hartono mengatakan itu.", "Budi Hartono",
     "Kementerian Badan Usaha Milik Negara"),
])
def test_an_official_written_right_after_a_ministry_s_fields(text, person, org):
    kinds = kinds_of(text, "id")
    assert kinds.get(person) == "person" and kinds.get(org) == "org", kinds


def test_a_ministry_s_field_that_is_also_a_function_word_stays_in_its_name():
    kinds = kinds_of("Kementerian Dalam Negeri mengeluarkan surat edaran kepada PT Kopitara Nusantara pada Senin.", "id")
    assert kinds.get("Kementerian Dalam Negeri") == "org", kinds


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "CEO Kopitara Budi Hartono resmi membeli Lapakita pada Kamis (12/3).\n\nBudi langsung memecat dua orang dari "
           "jajaran eksekutif Lapakita, yaitu Chief Executive Officer (CEO) Rina Wulandari dan Chief Financial Officer "
           "(CFO) Agus Santoso."),
    ("en", "Kopitara chief Budi Hartono bought Lapakita on Thursday.\n\nHartono fired Lapakita's top executives, including "
           "chief executive Rina Wulandari and chief financial officer Agus Santoso."),
])
def test_posts_listed_after_a_company_s_executives_are_that_company_s(lang, text):
    roles = roles_of(text, lang)
    assert ("Rina Wulandari", "Lapakita") in roles and ("Agus Santoso", "Lapakita") in roles, roles


@pytest.mark.parametrize(("text", "body", "short", "person"), [
    # the words after the short form, read alone, look like a person's name: they name the body
    ("Pengurus Koperasi Unit Desa (KUD) Sumber Rejeki menggelar rapat anggota, Senin (10/8). Ketua KUD Sumber Rejeki, "
     "Budi Hartono, mengatakan rapat itu memutuskan pembubaran.",
     "Koperasi Unit Desa Sumber Rejeki", "KUD Sumber Rejeki", "Budi Hartono"),
    # a regional utility of its kind, then its place after the name the article writes short elsewhere
    ("Perusahaan Daerah Air Minum (PDAM) Tirta Kencana Teluk Biru menaikkan tarif air sejak Juli. Direktur PDAM "
     "Tirta Kencana, Rina Wulandari, menyebut kenaikan itu wajar.",
     "Perusahaan Daerah Air Minum Tirta Kencana", "PDAM Tirta Kencana", "Rina Wulandari"),
])
def test_a_body_of_a_kind_named_after_its_short_form(text, body, short, person):  # type: ignore[no-untyped-def]
    x = extracted(text, "id")
    entity = next((e for e in x.entities if e.name == body), None)
    assert entity is not None and entity.kind == "org" and short in entity.aliases, x.entities
    assert not any(e.kind == "person" and e.name in body for e in x.entities)
    assert (person, body) in roles_of(text, "id")


def test_a_ministers_title_names_the_ministry_the_article_does_not():  # type: ignore[no-untyped-def]
    x = extracted("Menteri Agama, Budi Hartono, menyatakan mendukung langkah itu. Wakil Menteri Keuangan Rina "
                  "Wulandari juga hadir di Sendangsari.", "id")
    assert {(r.person, r.org) for r in x.roles} >= {("Budi Hartono", "Kementerian Agama"),
                                                    ("Rina Wulandari", "Kementerian Keuangan")}
    assert {"Kementerian Agama", "Kementerian Keuangan"} <= {e.name for e in x.entities if e.kind == "org"}


@pytest.mark.parametrize("text", [
    "Direktur Utama Perum Kopitara Rina Wulandari mengatakan penyerapan gabah naik pada Senin (8/6).",
    "Direktur Utama Perum Kopitara, Rina Wulandari, mengatakan penyerapan gabah naik pada Senin (8/6).",
])
def test_a_state_public_corporation_s_legal_form_is_no_part_of_its_name_nor_of_its_chief_s(text):
    """"Perum" (a public corporation of the state) stands before a firm's name as "PT" does."""
    assert roles_of(text, "id") == {("Rina Wulandari", "Kopitara")}


@pytest.mark.parametrize("text", [
    "Coordinating Minister for Human Development and Culture Budi Hartono said the Ministry of Education and Culture "
    "would rebuild the museum.",
    "Minister for Villages Budi Hartono said on Monday the fund was ready.",
])
def test_a_minister_for_a_portfolio_is_named_apart_from_the_ministries_after_him(text):
    """"Minister for <fields>": the fields are the post's, the name after them its holder's; a coordinating minister
    is no minister of a ministry he coordinates."""
    assert roles_of(text, "en") == {("Budi Hartono", None)}
