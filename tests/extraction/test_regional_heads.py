"""Regional heads named by one word (many Indonesians have one name), village and subdistrict heads, the places the
news of a region names, and ships and parties keyed without their prefix."""

from bot.extraction import extract


def _extract(text: str, lang: str):
    return extract(text, language=lang, published="2026-01-20")


def _roles(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.title, r.org) for r in _extract(text, lang).roles}


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.kind for e in _extract(text, lang).entities}


def test_a_regent_of_one_name_after_the_region_he_heads() -> None:
    text = ("Bupati Sendangsari Sudarmo ditangkap KPK di Kabupaten Sendangsari, Senin (19/1/2026).\n\n"
            "Sudarmo membantah tuduhan itu.")
    kinds = _kinds(text, "id")
    assert kinds.get("Sudarmo") == "person"
    assert "Sendangsari Sudarmo" not in kinds
    assert ("Sudarmo", "regent", "Kabupaten Sendangsari") in _roles(text, "id")


def test_a_two_word_name_after_a_region_stays_whole() -> None:
    text = "Bupati Sendangsari Budi Hartono ditangkap KPK, Senin (19/1/2026). Budi membantah."
    assert ("Budi Hartono", "regent", "Sendangsari") in _roles(text, "id")


def test_english_order_gives_the_one_name_after_the_post() -> None:
    text = "Police arrested Sendangsari Regent Sudarmo in a sting on Monday. Sudarmo denied the charges."
    assert _kinds(text, "en").get("Sudarmo") == "person"
    assert ("Sudarmo", "regent", "Sendangsari") in _roles(text, "en")


def test_one_word_after_an_indonesian_regional_post_is_the_region() -> None:
    text = ("Warga berunjuk rasa di depan Kantor Bupati Sendangsari, Teluk Biru, Senin (15/6/2026).\n\n"
            "Kejaksaan Negeri (Kejari) Sendangsari juga mulai bergerak.")
    kinds = _kinds(text, "id")
    assert kinds.get("Sendangsari") != "person"
    assert kinds.get("Kejaksaan Negeri Sendangsari") == "org"


def test_village_and_subdistrict_heads() -> None:
    text = ("Saksi yang diperiksa antara lain Camat Teluk Biru Yogi Pratama dan Kades Sendang Mulia, Rina Wulandari, "
            "pada Rabu (28/1/2026).\n\nMereka adalah Sudarmo selaku Bupati Sendangsari.")
    roles = _roles(text, "id")
    assert ("Yogi Pratama", "subdistrict head", "Teluk Biru") in roles
    assert ("Rina Wulandari", "kepala desa", "Sendang Mulia") in roles
    assert _kinds(text, "id").get("Sudarmo") == "person"


def test_straits_and_new_provinces_are_places() -> None:
    text = ("Kapal pesiar MV Samudra Kencana kandas di Selat Sendangsari, Kabupaten Teluk Biru, Papua Barat Daya, "
            "Sabtu (14/3/2026).")
    kinds = _kinds(text, "id")
    assert kinds.get("Selat Sendangsari") == "place"
    assert kinds.get("Papua Barat Daya") == "place"
    assert _kinds("The ship struck a reef in Southwest Papua on March 14, officials said.", "en").get("Southwest Papua") == "place"


def test_a_ship_is_keyed_without_its_prefix() -> None:
    from db.names import norm_name, without_legal_forms

    assert without_legal_forms(norm_name("KM Sinar Bahari")) == ["sinar", "bahari"]
    assert without_legal_forms(norm_name("MV Samudra Kencana")) == ["samudra", "kencana"]
    assert without_legal_forms(norm_name("PT Sinar Bahari Tbk")) == ["sinar", "bahari"]
    assert without_legal_forms(norm_name("KM Bahari")) == ["km", "bahari"]  # too short to be a ship's prefix and name


def test_a_state_firm_is_keyed_without_its_legal_form() -> None:
    from db.names import norm_name, without_legal_forms

    assert without_legal_forms(norm_name("Perum Kopitara")) == ["kopitara"]
    assert without_legal_forms(norm_name("PT Kopitara Jaya (Perseroda)")) == ["kopitara", "jaya"]
    # a regional public corporation's form names its kind, and stays
    assert without_legal_forms(norm_name("Perumda Air Minum Tirta Kencana")) == ["perumda", "air", "minum", "tirta", "kencana"]


def test_a_rank_written_out_opens_the_holders_name() -> None:
    text = ("Kepala Basarnas Marsekal Madya TNI Rudi Hartono mengungkapkan pernyataan ini pada 20 Januari 2026.\n\n"
            "“Operasi selesai,” kata Kepala Basarnas, Marsekal Madya TNI Rudi Hartono, dalam jumpa pers, Jumat (23/1).\n\n"
            "Direktur Operasi Basarnas Laksamana Pertama TNI Rina Wulandari mengatakan tim bergerak.\n\n"
            "Kapuspen TNI Mayor Jenderal TNI Budi Hartono mengatakan pencarian dilanjutkan.")
    roles = _roles(text, "id")
    assert ("Rudi Hartono", "head", "Basarnas") in roles
    assert ("Rina Wulandari", "direktur operasi", "Basarnas") in roles
    assert not any(title == "mayor" for _p, title, _o in roles)  # "Mayor Jenderal" is a rank
    kinds = _kinds(text, "id")
    assert kinds.get("Budi Hartono") == "person" and "TNI" not in {n for n, k in kinds.items() if k == "person"}


def test_a_posts_unit_running_on_into_the_organisation_is_cut_before_it() -> None:
    text = ("Tim dari Kopitara tiba di lokasi pada Senin (19/1/2026).\n\n"
            "Deputi Operasi dan Kesiapsiagaan Kopitara, Budi Hartono, mengatakan tim bergerak.")
    assert ("Budi Hartono", "deputi operasi dan kesiapsiagaan", "Kopitara") in _roles(text, "id")


def test_a_party_is_keyed_with_and_without_partai() -> None:
    from db.names import norm_name, without_legal_forms

    assert without_legal_forms(norm_name("Partai Sendang Raya")) == ["sendang", "raya"]
    assert without_legal_forms(norm_name("Partai")) == ["partai"]


def _aliases(text: str, lang: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in _extract(text, lang).entities}


def test_a_regional_body_spelled_out_keeps_its_division_and_region() -> None:
    text = ("Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Sendangsari menangkap dua orang, Rabu (15/4/2026). "
            "Ketua Bawaslu Sendangsari, Budi Hartono, mengatakan keduanya koordinator lapangan.")
    body = "Badan Pengawas Pemilihan Umum Kabupaten Sendangsari"
    assert _kinds(text, "id").get(body) == "org"
    assert ("Budi Hartono", "chair", body) in _roles(text, "id")
    assert {"Bawaslu Kabupaten Sendangsari", "Bawaslu Sendangsari"} <= _aliases(text, "id")[body]


def test_a_post_before_the_body_stays_out_of_its_name() -> None:
    text = ("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Sendangsari, Rina Wulandari, mengatakan 4.200 warga "
            "mengungsi. Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Sendangsari, Budi Hartono, berdalih "
            "pompa mati karena listrik padam.")
    kinds = _kinds(text, "id")
    assert not [name for name in kinds if name.startswith("Kepala")]
    assert kinds.get("Dinas Pekerjaan Umum dan Penataan Ruang Kota Sendangsari") == "org"
    assert ("Rina Wulandari", "head", "Badan Penanggulangan Bencana Daerah Kota Sendangsari") in _roles(text, "id")
    # the short form spells the words after "Dinas": written "Dinas PUPR Kota Sendangsari" elsewhere
    assert "Dinas PUPR Kota Sendangsari" in _aliases(text, "id")["Dinas Pekerjaan Umum dan Penataan Ruang Kota Sendangsari"]


def test_a_province_s_body_is_named_by_the_province_s_short_form_too() -> None:
    text = ("Komisi Penyiaran Indonesia Daerah (KPID) Jawa Timur menolak rekomendasi izin siaran Kopiloka TV. "
            "Ketua KPID Jatim, Rina Wulandari, menyebut tiga alasan.")
    body = "Komisi Penyiaran Indonesia Daerah Jawa Timur"
    assert ("Rina Wulandari", "chair", body) in _roles(text, "id")
    assert "KPID Jatim" in _aliases(text, "id")[body]
