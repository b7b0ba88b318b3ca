import pytest

from bot.extraction import extract


def ents(text, lang="id", pub="2025-06"):
    return {e.name: (e.kind, e.aliases) for e in extract(text, language=lang, published=pub).entities}


def kinds_of(text, lang="id", pub="2025-06"):
    return {name: kind for name, (kind, _aliases) in ents(text, lang, pub).items()}


def test_function_words_months_and_captions_are_not_entities():
    text = ("Namun, Sementara itu Lumio tumbuh. Menurut Kompas, Lumio meraup untung pada Juni.\n"
            "Selain itu, Dilansir dari Reuters, Musim ini berat.\n"
            "Seorang pekerja di gudang Lumio di Surabaya. Foto: Antara. |\n"
            "MEMBACA  Tas Milik Rania Putri Terjual Rp5 Miliar di Lelang Jakarta\n"
            "Baca juga: Harga Tiket Pesawat Naik Jelang Lebaran")
    got = ents(text)
    for junk in ("Namun", "Sementara", "Menurut", "Juni", "Selain", "Dilansir", "Musim", "Foto", "Antara",
                 "Rania Putri", "Tas", "MEMBACA", "Lelang Jakarta", "Harga"):
        assert junk not in got
    assert got["Lumio"][0] == "org"
    assert got["Kompas"][0] == "media" and got["Reuters"][0] == "media"


def test_aliases_merge_within_article():
    text = ("Meta Platforms Inc. berinvestasi di Lensa AI. Investor menyukai LensaAI, dan Lensa tumbuh. "
            "CEO Lensa AI, Tomi Hartono, senang. Hartono berkata Meta dan Open AI adalah mitra.")
    got = ext = extract(text, language="id", published="2025-06")
    names = {e.name: e for e in ext.entities}
    assert "Meta" in names and "Meta Platforms Inc." in names["Meta"].aliases
    assert {"LensaAI", "Lensa"} <= names["Lensa AI"].aliases
    assert "Hartono" in names["Tomi Hartono"].aliases and names["Tomi Hartono"].kind == "person"
    assert "OpenAI" in names and "Open AI" in names["OpenAI"].aliases
    assert got.mentions and all(m.entity in names for m in got.mentions)


def test_sentence_initial_common_words_are_dropped():
    text = "Keputusan Lumio menambah ketidakpastian. Perlahan, Kestrel merekrut staf dari Lumio dan Kestrel."
    got = ents(text)
    assert "Keputusan Lumio" not in got and "Keputusan" not in got and "Perlahan" not in got
    assert "Lumio" in got and "Kestrel" in got


def test_passages_and_offsets():
    text = "Paragraf pertama tentang Lumio.\n\nParagraf kedua: Kestrel membeli Lumio."
    ex = extract(text, language="id")
    assert [p.index for p in ex.passages] == [0, 1]
    for p in ex.passages:
        assert text[p.start:p.end] == p.text
    for m in ex.mentions:
        assert ex.passages[m.passage].text[m.start:m.end] == m.text
    long = " ".join(f"Kalimat nomor {i} tentang Lumio yang cukup panjang untuk diuji." for i in range(30))
    ex = extract(long, language="id")
    assert len(ex.passages) > 1 and all(len(p.text) <= 700 for p in ex.passages)


def test_language_detection():
    from bot.extraction.text import detect_language

    assert detect_language("Perusahaan itu mengatakan bahwa mereka akan tetap bekerja sama dengan mitra.") == "id"
    assert detect_language("The company said that it would keep working with its partners.") == "en"


def test_advisory_and_consulting_firms_are_organisations():
    text = ("Perusahaan menunjuk Tessera Forensic Advisory untuk mengaudit laporan keuangan. Laporan Tessera Forensic "
            "Advisory keluar pekan lalu. Direksi juga menyewa Wiratama Consulting.")
    kinds = {e.name: e.kind for e in extract(text, language="id", published="2026-04").entities}
    assert kinds.get("Tessera Forensic Advisory") == "org" and kinds.get("Wiratama Consulting") == "org"


def test_police_ranks_and_posts_are_not_part_of_names():
    idn = ("Kabid Humas Polda Jatim Kombes Pol Dirgantara Lubis mengatakan kedua tersangka dijerat pasal berlapis. "
           "Kapolres Malang AKBP Budi Hartono menyebut pelaku sudah ditahan.")
    got = extract(idn, language="id", published="2026-04-15")
    kinds = {e.name: e.kind for e in got.entities}
    assert kinds.get("Dirgantara Lubis") == "person" and kinds.get("Budi Hartono") == "person"
    assert kinds.get("Polda Jatim") == "org"
    assert ("Dirgantara Lubis", "Polda Jatim") in {(r.person, r.org) for r in got.roles}
    en = ("Investigators questioned the promoter for nine hours, Jakarta Police spokesman Sr. Comr. Ade Surya Kusuma said. "
          "East Java Police chief Insp. Gen. Toni Harmanto said two men were detained.")
    names = {e.name: e.kind for e in extract(en, language="en", published="2026-04-28").entities}
    assert names.get("Ade Surya Kusuma") == "person" and names.get("Toni Harmanto") == "person"
    assert not {"Sr", "Comr", "Insp", "Gen"} & set(names)


def test_a_regional_police_by_its_short_form_is_an_organisation():
    text = "Polda Jawa Timur menetapkan dua tersangka. Polda Jawa Timur memeriksa 12 saksi."
    assert ents(text)["Polda Jawa Timur"][0] == "org"


def test_a_name_opening_a_sentence_that_the_article_also_writes_alone_is_kept_whole():
    text = ("Galuh Prameswari mengundurkan diri dari jabatan direktur, Selasa (21/10/2025). Keputusan itu mengejutkan "
            "pasar, kata Galuh kepada wartawan.")
    got = ents(text, pub="2025-10-22")
    assert got.get("Galuh Prameswari", (None,))[0] == "person" and "Galuh" in got["Galuh Prameswari"][1]


def test_a_common_indonesian_given_name_opens_a_person_s_name():
    got = ents("Reza Mahendra mengundurkan diri, Selasa (21/10/2025).", pub="2025-10-22")
    assert got.get("Reza Mahendra", (None,))[0] == "person"


def test_a_name_written_after_pt_is_a_company_and_an_outlet_is_no_person():
    got = ents("Budi Santoso mengundurkan diri dari jabatan Direktur Utama PT Arka Jaya, Selasa (21/10/2025).")
    assert got["Arka Jaya"][0] == "org" and got["Budi Santoso"][0] == "person"
    en = ents("SAMARINDA, Aug 21 (Straits Money Wire) - Shareholders approved the merger, Pranata told Straits Money "
              "Wire. The deal was first reported by Borneo Evening Times.", lang="en")
    assert en["Straits Money Wire"][0] == "media" and en["Borneo Evening Times"][0] == "media"


def test_a_brand_of_consumer_goods_is_a_product():
    got = ents("BPOM menarik tiga bets susu Lestari Tumbuh produksi PT Arkana Susu Prima. Lestari Tumbuh dijual di toko ritel.")
    assert got["Lestari Tumbuh"][0] == "product"
    en = ents("Parents said their children drank Lestari Tumbuh 1+ growing-up milk. Lestari Tumbuh is sold in Malaysia too.",
              lang="en")
    assert en["Lestari Tumbuh"][0] == "product"


@pytest.mark.parametrize(("text", "name"), [
    ("Bank Sentosa Raya menutup 30 cabang pada Senin (2/3). Analis menilai bank itu terlalu agresif.", "Bank Sentosa Raya"),
    ("Koperasi Simpan Pinjam Sejahtera gagal bayar pada Senin (2/3). Anggota koperasi melapor ke polisi.",
     "Koperasi Simpan Pinjam Sejahtera"),
    ("Grup Arkana membeli 40 persen saham PT Lestari pada Senin (2/3). Grup itu memiliki 12 anak usaha.", "Grup Arkana"),
])
def test_a_name_opening_a_sentence_with_a_head_word_the_article_writes_in_lower_case_is_kept(text, name):
    got = ents(text, pub="2026-03-03")
    assert got.get(name, (None,))[0] == "org"
    assert not any(n.lower() in ("bank", "koperasi", "grup") for n in got)  # the head word alone is no name


@pytest.mark.parametrize(("text", "split"), [
    ("Penyidik memanggil KPU Arkandi Halimun pada Senin (16/3). KPU menghormati proses itu. Arkandi hadir.", True),
    ("Kepala BPBD Kota Sendangsari mengatakan banjir surut. BPBD mengirim perahu.", False),
    ("Dokter di RSUD Teluk Biru Nunukan mogok. RSUD itu milik Kabupaten Nunukan. Pasien dirujuk ke Nunukan.", False),
])
def test_a_person_named_after_a_short_form_the_article_writes_alone_is_a_person(text, split):
    """"KPU Arkandi Halimun": a short form the article writes alone, then a person's name (a given name, or a word
    written alone): two names; a place closing the body's name ("BPBD Kota X", a regency's name) stays in it."""
    got = ents(text, pub="2026-07-04")
    assert ("Arkandi Halimun" in got and got["Arkandi Halimun"][0] == "person") is split
    assert not any(name.startswith("KPU ") for name in got)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Komunitas Pecinta Sungai Sendangsari (KPSS) melapor ke polisi, Senin (2/3).", "id", "Komunitas Pecinta Sungai Sendangsari"),
    ("Jaringan Pemantau Hutan Teluk Biru menerbitkan laporan pada Senin (2/3).", "id", "Jaringan Pemantau Hutan Teluk Biru"),
    ("The Teluk Biru River Community filed a complaint on Monday.", "en", "Teluk Biru River Community"),
])
def test_a_community_or_a_network_of_citizens_is_an_organisation(text, lang, name):
    """A group named by its head word ("Komunitas", "Jaringan", "Gerakan", "Kelompok") or ending "Community" is a
    body, though a place word ("Kota", "Sungai") stands inside its name."""
    assert kinds_of(text, lang, "2026-03-03").get(name) == "org"


@pytest.mark.parametrize("text", [
    "Polisi menangkap Rudi Hartanto alias Ateng di Medan pada Senin. Ateng diperiksa semalam.",
    "Police questioned Robert Lantera, also known as Bobby, on Monday. Bobby denied wrongdoing.",
])
def test_a_person_s_other_name_is_one_of_their_names(text):
    got = extract(text, language="id" if "Kejaksaan" in text else "en", published="2026-03-18").entities
    people = [e for e in got if e.kind == "person"]
    assert len(people) == 1 and people[0].aliases & {"Ateng", "Bobby"}, got


@pytest.mark.parametrize(("text", "name"), [
    ("The UK's Competition and Markets Authority said on Monday it would not block the deal.", "Competition and Markets Authority"),
    ("Lantera filed a notice with the Securities and Exchange Commission on Friday.", "Securities and Exchange Commission"),
    ("The Food and Drug Monitoring Agency (BPOM) ordered a recall on Friday.", "Food and Drug Monitoring Agency"),
    ("The plant is part of China's Belt and Road Initiative, the ministry said.", "Belt and Road Initiative"),
    ("The Drivers and Riders Association filed a complaint on Friday.", "Drivers and Riders Association"),
])
def test_and_inside_a_public_body_s_name_joins_one_name(text, name):
    assert name in {e.name for e in extract(text, language="en", published="2026-03-18").entities}

@pytest.mark.parametrize("text", [
    "Jaksa menahan mantan Menteri Keuangan Robertus Adi Lantera (RAL) atau Rob Lantera pada Senin. Rob Lantera diam.",
    "Jaksa menahan Robertus Adi Lantera alias Robertus Lantera atau Rob Lantera pada Senin. Rob Lantera diam.",
])
def test_a_short_given_name_after_atau_is_the_same_person(text):
    """"Robertus X atau Rob X": the same last word, a first word made of the given name's letters."""
    people = [e for e in extract(text, language="id", published="2026-03-18").entities if e.kind == "person"]
    assert len(people) == 1 and "Rob Lantera" in people[0].aliases, people


def test_a_nickname_said_to_be_how_a_person_is_known_is_theirs():
    text = "Deputy minister Robertus Adi Lantera visited the plant. Robi, as he is commonly known, said no one would be laid off."
    people = [e for e in extract(text, language="en", published="2026-03-18").entities if e.kind == "person"]
    assert len(people) == 1 and "Robi" in people[0].aliases, people


@pytest.mark.parametrize(("text", "lang"), [
    ("Jaksa menahan Wakil Menteri Ketenagakerjaan Aryo Wicaksono atau yang akrab disapa Ayo, Rabu malam. Ayo tidak berkomentar.",
     "id"),
    ("Aryo Wicaksono was named a suspect. Aryo, widely known as Ayo, was arrested last Thursday. Ayo denied it.", "en"),
    ("The deputy minister was arrested. “I am ready to be punished,” exclaimed Aryo “Ayo” Wicaksono, then a volunteer "
     "leader, in 2019.", "en"),
])
def test_a_nickname_unlike_the_name_is_the_person_s_when_the_text_says_so(text, lang):
    """A nickname that shares nothing with the name ("Ayo" of "Aryo Wicaksono"): given after "atau yang akrab
    disapa", after "widely known as" beside the given name alone, or in quotes inside the name."""
    people = [e for e in extract(text, language=lang, published="2026-03-18").entities if e.kind == "person"]
    assert [p.name for p in people] == ["Aryo Wicaksono"] and "Ayo" in people[0].aliases, people


@pytest.mark.parametrize(("text", "lang", "nick"), [
    # a word of address set off right after the name need not shorten it
    ("Pemilik PT Kopitara Jaya, Darsono Santoso, yang oleh warga sekitar akrab disapa Pak De, membantah tuduhan itu. "
     "Warga mendoakan Pak De.", "id", "Pak De"),
    ("Pemilik toko emas, Budiman Lim Wijaya, yang dikenal di kalangan pedagang emas Medan sebagai Koh Budi, ditahan "
     "polisi.", "id", "Koh Budi"),
    ("Gold trader Budiman Lim Wijaya was arrested on Monday. Budiman Lim Wijaya, known in Medan's gold trade as "
     "\"Koh Budi\", had promised to repay.", "en", "Koh Budi"),
])
def test_a_nickname_in_a_clause_set_off_after_the_name_is_the_person_s(text, lang, nick):
    people = [e for e in extract(text, language=lang, published="2026-03-18").entities if e.kind == "person"]
    assert len(people) == 1 and nick in people[0].aliases, people


def test_a_company_better_known_by_another_name_is_not_folded_into_a_person():
    text = ("The ministry said no one at the textile maker, Lentera Adi Tekstil, better known as Lentex, would be laid "
            "off. Lentex employs 50,000 people.")
    got = {e.name: e.kind for e in extract(text, language="en", published="2026-03-18").entities}
    assert got.get("Lentex") == "org", got


def test_two_of_a_family_written_with_atau_stay_two_people():
    text = "Polisi memeriksa Bambang Lantera atau Bima Lantera pada Senin. Keduanya bersaudara."
    people = {e.name for e in extract(text, language="id", published="2026-03-18").entities if e.kind == "person"}
    assert people == {"Bambang Lantera", "Bima Lantera"}, people



def test_a_person_s_first_words_and_one_word_name_with_a_post_after_it():
    text = ("Penyidik menahan Bupati Kolaka Utara Rahmat Tua P. Sinaga pada Senin (3/11). Rahmat Tua mengakui perbuatannya. "
            "Penyidik juga menahan Darmin selaku staf ahli Rahmat dan Yanto selaku Kepala Desa Lamedai.")
    got = ents(text)
    assert got["Rahmat Tua P. Sinaga"][0] == "person" and {"Rahmat Tua", "Rahmat"} <= got["Rahmat Tua P. Sinaga"][1]
    assert got["Darmin"][0] == "person" and got["Desa Lamedai"][0] == "place"
    assert "Staf Ahli Rahmat" not in got


def test_a_balinese_name_keeps_its_opening_i_or_ni_and_is_a_person():
    text = ("Direktur Utama PT Segara Dewata I Gusti Ngurah Wirasena Putra alias Rasena Putra dicopot, Kamis (5/12). "
            "Rasena digantikan Ni Luh Putu Sekarini. Gubernur Bali I Wayan Mardika juga hadir. Ida Bagus Rai Sudarsa "
            "menolak berkomentar.")
    got = {e.name: (e.kind, e.aliases) for e in extract(text, language="id", published="2026-12-06").entities}
    assert got["I Gusti Ngurah Wirasena Putra"] == ("person", {"Rasena Putra", "Rasena"}), got
    for name in ("Ni Luh Putu Sekarini", "I Wayan Mardika", "Ida Bagus Rai Sudarsa"):
        assert got.get(name, ("",))[0] == "person", (name, got)


def test_the_pronoun_i_opens_no_name():
    text = "\"I Gusti Ngurah Wirasena was our best pilot,\" Hartono said. \"I Told You So\" is a song. I Wayan said no."
    people = {e.name for e in extract(text, language="en", published="2026-12-06").entities if e.kind == "person"}
    assert "I Gusti Ngurah Wirasena" in people and not any(p.startswith("I Told") for p in people), people


def test_a_post_and_its_balinese_holder_are_read_whole():
    text = "Segara Dewata chief executive I Gusti Ngurah Wirasena Putra resigned on Monday."
    roles = extract(text, language="en", published="2026-12-08").roles
    assert [(r.person, r.title, r.org) for r in roles] == [("I Gusti Ngurah Wirasena Putra", "CEO", "Segara Dewata")]


def test_a_short_form_of_a_name_folded_into_another_person_names_that_person():
    text = ("Direktur Utama PT Segara Dewata I Gusti Ngurah Wirasena Putra alias Rasena Putra dicopot. "
            "Menteri mengumumkan pemecatan Rasena pada Kamis.")
    x = extract(text, language="id", published="2026-12-06")
    said = {m.text: m.entity for m in x.mentions}
    assert said.get("Rasena") == "I Gusti Ngurah Wirasena Putra", said


def test_a_name_after_a_form_of_address_is_a_person_however_long():
    text = ("The minister named Mr Gusti Ngurah Wirasena Adiputra as the chief. Menurut Bapak Hendra Wijaya Kusuma "
            "Atmaja, proyek aman. \"Semua baik,\" kata Pak Hendra.")
    got = {e.name: e.kind for e in extract(text, language="en", published="2026-12-06").entities}
    assert got.get("Gusti Ngurah Wirasena Adiputra") == "person", got
    assert got.get("Hendra Wijaya Kusuma Atmaja") == "person" and not any(n.startswith(("Bapak", "Pak ")) for n in got), got


def test_bu_and_professor_are_forms_of_address_not_words_of_the_name():
    text = ("Rina Wulandari kembali mengajar di Sendangsari. \"Alhamdulillah, Bu Rina Wulandari sangat senang,\" kata "
            "kuasa hukumnya. Professor Budi Hartono Wirjadi, the rector, said the campus would reopen.")
    got = {e.name for e in extract(text, language="id", published="2026-12-06").entities}
    assert {"Rina Wulandari", "Budi Hartono Wirjadi"} <= got and not any(n.startswith(("Bu ", "Professor")) for n in got), got


def test_a_short_form_with_its_province_s_short_form_names_the_body_of_that_province():
    text = ("Asosiasi Petani Kopi Jawa Tengah (APK Jateng) menggugat PT Kopitara. Menurut APK Jateng, harga turun. "
            "Forum Guru Sendangsari (FGS Jateng) ikut hadir.")
    got = {e.name: e.aliases for e in extract(text, language="id", published="2026-12-06").entities}
    assert "APK Jateng" in got.get("Asosiasi Petani Kopi Jawa Tengah", set()), got
    assert "FGS Jateng" not in got.get("Forum Guru Sendangsari", set()), got  # no province ends that name


def test_a_foreigner_s_name_after_the_country_of_their_nationality_is_a_person_s():
    text = ("Komisaris PT Kopitara, warga negara Teluk Biru Arkandi Halimun (44), ditetapkan sebagai tersangka. "
            "Warga negara Korea Selatan Kim Dongwoo ikut ditahan.")
    got = {e.name: e.kind for e in extract(text, language="id", published="2026-12-06").entities}
    assert got.get("Kim Dongwoo") == "person" and got.get("Korea Selatan") == "place", got


def test_a_one_word_name_after_a_head_of_state_s_title_or_whose_resignation_is_told_is_a_person_s():
    text = "Presiden Arkandi menerima pengunduran diri Halimun pada Rabu. Menurut Kopitara, harga naik."
    got = {e.name: e.kind for e in extract(text, language="id", published="2026-12-06").entities}
    assert got.get("Arkandi") == "person" and got.get("Halimun") == "person" and got.get("Kopitara") != "person", got


def people_and_roles(text: str, lang: str = "id") -> tuple[set[str], set[tuple[str, str, str | None]]]:
    got = extract(text, language=lang, published="2026-06-20")
    return {e.name for e in got.entities if e.kind == "person"}, {(r.person, r.title, r.org) for r in got.roles}


def test_a_given_name_written_once_before_a_holders_name_opens_the_name():
    people, roles = people_and_roles(
        "PT Kencana Sekuritas mencopot direksinya. Presiden Direktur Maximilianus Hendra Saputra dinonaktifkan. "
        "Direktur Teknik Yosef Pranata juga dinonaktifkan. Analis Binasaham Ratna Dewi menilai langkah itu tepat.")
    assert people == {"Maximilianus Hendra Saputra", "Yosef Pranata", "Ratna Dewi"}
    assert ("Maximilianus Hendra Saputra", "president director") in {(p, t) for p, t, _o in roles}
    assert ("Ratna Dewi", "Binasaham") in {(p, o) for p, _t, o in roles}  # a commentator's institution


def test_a_company_written_elsewhere_before_a_holders_name_stays_a_company():
    text = "Kencana tumbuh pesat tahun ini. Direktur Utama Kencana Budi Hartanto mengatakan ekspansi berlanjut."
    got = extract(text, language="id", published="2026-06-20")
    assert [(r.person, r.org) for r in got.roles] == [("Budi Hartanto", "Kencana")]


@pytest.mark.parametrize("text", [
    # a region's public body and its one-word region, written alone too
    "Kepala Pelaksana BPBD Sendangsari Budi Hartono Wibowo membantah. BPBD Sendangsari mencatat 14 korban.",
    # the whole name written where no capitalised word comes before it
    "Direktur Utama Kopitara Nusa Budi Hartono Wibowo membantah. Kopitara Nusa menolak. Tersangka BHW adalah Budi Hartono Wibowo.",
])
def test_a_body_s_last_word_that_opens_the_holder_s_name_goes_to_the_name(text):
    people, roles = people_and_roles(text)
    assert people == {"Budi Hartono Wibowo"}
    assert [o for _p, _t, o in roles] in (["BPBD Sendangsari"], ["Kopitara Nusa"])


def test_a_region_written_with_a_second_word_stays_with_the_body():
    people, roles = people_and_roles("Kepala Kejati Teluk Biru Budi Hartono membantah. Kejati Teluk Biru menahan dua orang.")
    assert people == {"Budi Hartono"} and [o for _p, _t, o in roles] == ["Kejati Teluk Biru"]


@pytest.mark.parametrize(("text", "lang"), [
    ("RUPSLB juga memberhentikan Presiden Direktur Rudi Santoso Wibowo.", "id"),
    ("The board fired chief executive Budi Hartanto on Monday.", "en"),
])
def test_a_post_its_holder_is_let_go_from_is_a_former_one(text, lang):
    assert [r.former for r in extract(text, language=lang, published="2026-06-20").roles] == [True]


def test_an_ownership_compound_is_one_word_of_a_name():
    text = ("State-Owned Enterprises Minister Budi Hartanto said so. The Ministry of State-Owned Enterprises agreed. "
            "The Jakarta-Bandung railway opened.")
    got = extract(text, language="en", published="2026-03-18")
    names = {e.name for e in got.entities}
    assert "Ministry of State-Owned Enterprises" in names and "State" not in names, names
    # the portfolio before "Minister" is the post's; the ministry of that portfolio is its body
    assert ("Budi Hartanto", "state-owned enterprises minister", "Ministry of State-Owned Enterprises") in \
        {(r.person, r.title, r.org) for r in got.roles}


def test_two_initials_open_a_persons_name_after_a_company_and_one_is_a_middle_initial():
    people, roles = people_and_roles(
        "Hal itu dikatakan Sekretaris Perusahaan PT Kencana Niaga R A Sekarwangi. Menurut K. H. Abdul Salim, semua "
        "baik. Direktur Budi S. Hartono hadir.")
    assert people == {"R A Sekarwangi", "K. H. Abdul Salim", "Budi S. Hartono"}
    assert ("R A Sekarwangi", "Kencana Niaga") in {(p, o) for p, _t, o in roles}


def test_a_surname_misspelt_once_in_an_article_is_the_same_person():
    text = ("The minister said chief executive Rudi Wiranata smuggled parts. He did not say when Wiranatha would be "
            "dismissed. Police said Hartono was silent.")
    got = {e.name: e.aliases for e in extract(text, language="en", published="2026-03-18").entities}
    assert "Wiranatha" in got.get("Rudi Wiranata", set()) and "Wiranatha" not in got, got


def test_a_given_name_alone_is_the_person_whose_name_opens_with_an_initial_before_it():
    text = ("Jaksa menahan Kepala Dinas Pertanian Tanah Merah M Arif Santoso, Senin (3/3/2025). Arif diduga menerima "
            "suap dari dua rekanan.")
    got = {e.name: e.aliases for e in extract(text, language="id", published="2025-03-03").entities if e.kind == "person"}
    assert "Arif" in got.get("M Arif Santoso", set()) and "Arif" not in got, got


def test_a_middle_word_alone_is_the_one_person_whose_name_of_three_holds_it():
    text = ("Maritime minister Sakti Wahyu Nugroho said the fence was illegal. \"We will dismantle it,\" Wahyu said on "
            "Friday.")
    got = {e.name: e.aliases for e in extract(text, language="en", published="2025-01-10").entities if e.kind == "person"}
    assert got == {"Sakti Wahyu Nugroho": {"Wahyu"}}, got


def test_a_name_closing_a_post_is_a_person_when_its_initials_follow_in_brackets():
    """Investigators write a person's initials after the name; a post that runs on in capitals ("Kepala Biro
    Hubungan Masyarakat ...") ends where the initialled name begins."""
    text = ("Penyidik memanggil pejabat kementerian, Kepala Biro Hubungan Masyarakat Hartono Wira Sinaga (HWS), untuk "
            "diperiksa sebagai saksi.")
    people = {e.name: e.aliases for e in extract(text, language="id", published="2025-10-07").entities if e.kind == "person"}
    assert people == {"Hartono Wira Sinaga": {"HWS"}}, people


def test_a_nickname_is_not_given_to_a_person_whose_name_it_does_not_shorten():
    """"President Jokowi, as he is popularly known" after another person's name: the nickname shortens the
    president's name, not the name written last before it."""
    text = ("President Joko Widodo named Budi Arie Setiadi to the cabinet. He replaces Johnny G. Plate, who is on trial. "
            "President Jokowi, as he is popularly known, cannot run again.")
    people = {e.name: e.aliases for e in extract(text, language="en", published="2026-03-18").entities if e.kind == "person"}
    assert "Jokowi" not in people.get("Johnny G. Plate", set()) and "Jokowi" in people.get("Joko Widodo", set()), people


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The Arta Niaga-operated jet lost a panel over Oregon on Friday.", "en", "Arta Niaga"),
    ("The US National Transportation Safety Board said on Tuesday it had found the panel.", "en",
     "National Transportation Safety Board"),
    ("Insiden penerbangan Arta Niaga–yang memaksa 171 jet dilarang terbang–memicu krisis.", "id", "Arta Niaga"),
])
def test_a_name_ends_where_a_participle_or_a_glued_dash_begins_and_a_board_is_part_of_it(text, lang, name):
    names = {e.name for e in extract(text, language=lang, published="2026-03-18").entities}
    assert name in names, names


def test_a_given_name_spelled_with_and_without_a_hyphen_is_one_person():
    text = ("Investor meminta mitra itu mundur.(CEO Kalinda Wei-Ming Lau menolak, dan rapat ditunda). "
            "Dewan mendesak CEO Kalinda Wei Ming Lau untuk mengundurkan diri. Kalinda menolak berkomentar.")
    got = ents(text)
    people = [name for name, (kind, _aliases) in got.items() if kind == "person"]
    assert len(people) == 1 and people[0].replace("-", " ") == "Wei Ming Lau"
    assert {"Kalinda"} == {name for name, (kind, _aliases) in got.items() if kind == "org"}


@pytest.mark.parametrize(("text", "lang", "company", "code"), [
    ("Saham Bank Kalinda (BKAL) langsung melonjak 7%. Bank Kalinda menolak berkomentar.", "id", "Bank Kalinda", "BKAL"),
    ("Shares of Orbel Labs (ORBL) fell 3%. Orbel Labs said nothing.", "en", "Orbel Labs", "ORBL"),
    ("Varnet Systems (Nasdaq: VRNT) rose 4%. Varnet Systems did not comment.", "en", "Varnet Systems", "VRNT"),
])
def test_a_stock_code_in_brackets_after_the_company_s_shares_is_its_alias(text, lang, company, code):
    got = ents(text, lang)
    assert code in got[company][1] and code not in got


def test_a_common_word_capitalised_inside_a_sentence_opens_a_company_a_corporate_word_closes():
    got = ents("Pengadilan membebaskan Kalinda Group, Musim Padi Group, dan Permata Tani Group dari tuntutan.")
    assert "Musim Padi" in got and "Padi" not in got


@pytest.mark.parametrize(("text", "lang"), [
    ("Pasalnya Kalinda Labs belum membayar utang. Akibatnya Kalinda Labs digugat.", "id"),
    ("Furthermore Kalinda Labs has not paid. Consequently Kalinda Labs was sued.", "en"),
])
def test_connectives_that_open_sentences_are_not_names(text, lang):
    assert set(ents(text, lang)) == {"Kalinda Labs"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Jaksa menahan Direktur Utama PT Kalinda Hulu Energi. Kalinda Hulu Energi adalah anak usaha Kalinda. "
     "Kalinda menyatakan menghormati proses hukum.", "id"),
    ("Prosecutors detained the head of a Kalinda subsidiary, PT Kalinda Hulu Energi. Kalinda said it would cooperate.", "en"),
])
def test_a_company_the_article_names_as_a_parent_is_not_its_subsidiary_s_short_form(text, lang):
    got = ents(text, lang)
    assert "Kalinda" in got and "Kalinda Hulu Energi" in got and "Kalinda" not in got["Kalinda Hulu Energi"][1]


def test_a_single_word_of_a_company_s_name_is_still_its_short_form_elsewhere():
    got = ents("PT Kalinda Hulu Energi memecat 200 karyawan. Kalinda menyatakan langkah itu perlu.")
    assert "Kalinda" not in got and "Kalinda" in got["Kalinda Hulu Energi"][1]


def test_four_capitals_after_a_company_in_an_article_about_its_shares_are_its_code():
    text = "The court declared Sinartex (SNTX) bankrupt on Monday. Sinartex shares were suspended on the stock exchange."
    assert ents(text, "en") == {"Sinartex": ("org", {"SNTX"})}
    assert "SNTX" in ents("The court declared Sinartex (SNTX) bankrupt on Monday. Sinartex said nothing.", "en")


def test_capitalised_words_of_the_economy_are_no_names():
    got = ents("Kalinda Energi mengimpor BBM dan LPG melalui perantara. Defisit APBN dan PDB ikut terdampak, kata Kalinda Energi.")
    assert set(got) == {"Kalinda Energi"}


def test_a_well_known_company_written_with_holding_group_is_that_company():
    got = ents("Raksasa e-commerce Alibaba Holding Group membeli 5 persen saham Kalinda Labs. Alibaba menolak berkomentar.")
    assert "Alibaba" in got and "Alibaba Holding Group" in got["Alibaba"][1] and "Alibaba Holding" not in got


def test_a_nickname_quoted_inside_a_person_s_name_is_one_of_their_names():
    got = ents('Budiman "BH" Hartono, pendiri Kalinda Labs, mengundurkan diri. BH membantah tuduhan itu. Hartono menolak '
               'berkomentar.')
    assert got.get("Budiman Hartono", ("", set()))[0] == "person" and {"BH", "Hartono"} <= got["Budiman Hartono"][1]
    assert "BH" not in got and "Hartono" not in got


def test_a_middle_initial_with_its_stop_is_part_of_the_name_and_a_judge_s_title_no_body():
    got = ents("Magistrate Judge Rina A. Wulandari set the sentencing of Kalinda Labs founder Budi Hartono for Feb. 23. "
               "Rina A. Wulandari, a magistrate judge, accepted the plea.", "en")
    assert got["Rina A. Wulandari"][0] == "person" and "Rina" not in got and "Wulandari" not in got
    assert "Magistrate" not in got


def test_a_brand_written_with_a_hyphen_after_a_short_syllable_is_one_name():
    got = ents("Kalinda Labs bersaing dengan Lu-Jek dan Tokopedia.")
    assert "Lu-Jek" in got and "Lu" not in got and "Jek" not in got


def test_an_investor_named_by_a_person_s_name_is_a_person():
    got = ents("Kalinda Labs has been locked in a battle with activist investor Budi Hartono over its merger. "
               "Budi Hartono urged shareholders to vote out the chairman.", "en")
    assert got["Budi Hartono"][0] == "person"
    assert ents("Kalinda Labs didukung investor Sinar Capital sejak 2020.")["Sinar Capital"][0] == "org"


def test_a_parliament_s_numbered_commissions_are_bodies_of_their_own():
    got = ents("Bos Lumio hadir dalam rapat dengan Komisi I DPR, Rabu (26/11). Anggota Komisi XI DPR Budi Santoso "
               "mengkritik OJK. Ketua Komisi III DPR RI Rina Wulandari memimpin rapat.")
    assert {"Komisi I DPR", "Komisi XI DPR", "Komisi III DPR RI"} <= set(got)
    assert not {"Komisi", "DPR", "Anggota Komisi XI DPR"} & set(got)
    assert got["Budi Santoso"][0] == got["Rina Wulandari"][0] == "person"


def test_a_one_word_name_after_a_national_body_s_short_form_is_a_name_of_its_own():
    got = ents("Hal itu disampaikan Direktur Penyidikan Jampidsus Kejagung Kuntadi di Jakarta. Kuntadi menyebut tiga "
               "tersangka ditahan. Pelatihan digelar di OJK Institute.")
    assert "Kejagung" in got and "Kuntadi" in got and "Kejagung Kuntadi" not in got
    assert "OJK Institute" in got


def test_a_given_name_misspelt_once_in_an_article_is_the_same_person():
    text = ("Kepala Pusat Penerangan Hukum Kejagung Hendri Sitompul mengatakan penyidik menyita emas. "
            "Penyidik memeriksa 100 saksi, kata Hendra Sitompul di Jakarta.")
    people = [e for e in extract(text, language="id", published="2026-03-18").entities if e.kind == "person"]
    assert len(people) == 1 and {people[0].name, *people[0].aliases} >= {"Hendri Sitompul", "Hendra Sitompul"}


@pytest.mark.parametrize(("text", "lang", "name", "kind"), [
    ("Kelompok peretas Sandi Hitam membocorkan data nasabah pada Rabu.", "id", "Sandi Hitam", "org"),
    ("Layanan di Pusat Data Nasional terganggu sejak Kamis.", "id", "Pusat Data Nasional", "org"),
    ("Services at the National Data Centre were disrupted on Thursday.", "en", "National Data Centre", "org"),
    ("Direktur Ditjen Aplikasi Informatika hadir. Ditjen Aptika menutup layanan itu.", "id", "Ditjen Aptika", "org"),
    # a word for people in the body between: the person's
    ("Workers' union leader Laode Wirawan said the union would file a complaint.", "en", "Laode Wirawan", "person"),
])
def test_kinds_of_groups_centres_and_directorates(text, lang, name, kind):
    kinds = kinds_of(text, lang, "2026-03-18")
    assert kinds.get(name) == kind, kinds


def test_a_person_described_by_the_nickname_others_call_them():
    text = ("Kemarin, Dirgantara Wirawan Lubis mengundurkan diri dari Kominfo. \"Kami bertanggung jawab,\" "
            "kata pria yang akrab disapa Dirga itu, Kamis (4/7).")
    people = [e for e in extract(text, language="id", published="2024-07-05").entities if e.kind == "person"]
    assert [(p.name, "Dirga" in p.aliases) for p in people] == [("Dirgantara Wirawan Lubis", True)]


def test_saudara_is_no_part_of_a_name_and_a_unit_s_words_are_no_one_s():
    text = ("Hakim memanggil Saudara Rudi Hartono sebagai saksi. Kepala Eksekutif Pengawas Pasar Modal, Keuangan "
            "Derivatif dan Bursa Karbon OJK menghormati putusan itu.")
    people = {e.name for e in extract(text, language="id", published="2026-03-18").entities if e.kind == "person"}
    assert people == {"Rudi Hartono"}


def test_a_short_form_spells_out_a_name_whose_last_word_is_also_a_common_word():
    text = "Layanan di Pusat Data Nasional Sementara (PDNS) 2 terganggu sejak Kamis. PDNS dikelola PT Lantera Data."
    got = {e.name: e.aliases for e in extract(text, language="id", published="2024-07-05").entities if e.kind == "org"}
    assert "PDNS" in got.get("Pusat Data Nasional Sementara", set()), got


def test_a_one_word_name_a_person_s_verb_of_saying_quotes_is_a_person():
    text = ("\"Semua berkas sudah kami terima,\" kata Wirasena kepada wartawan, Senin (3/4/2023). "
            "Wirasena menjelaskan penahanan bagian dari proses hukum.")
    kinds = kinds_of(text, "id", "2023-04-03")
    assert kinds.get("Wirasena") == "person", kinds


def test_two_capitalised_halves_joined_by_a_hyphen_are_one_name_unless_both_are_places():
    text = ("Saham Bank Danamon naik menyusul rencana akuisisi oleh Bank of Kyoto-Nagahama Trust (BKNT). Kereta cepat "
            "Jakarta-Bandung beroperasi sejak Oktober.")
    got = {e.name: e for e in extract(text, language="id", published="2017-11-09").entities}
    assert "BKNT" in got["Bank of Kyoto-Nagahama Trust"].aliases
    assert {"Jakarta", "Bandung"} <= set(got)


@pytest.mark.parametrize("text", [
    "Mantan Direktur Utama PT Kereta Lestari (Persero) atau PTKL, Hendra Wijaya, diperiksa penyidik pada Senin.",
    "Mantan Direktur Utama PT Kereta Lestari (PT KL) Hendra Wijaya diperiksa penyidik pada Senin. PT KL membantah.",
])
def test_a_company_s_short_form_may_keep_its_legal_form_s_letters(text):
    got = {e.name: e.aliases for e in extract(text, language="id", published="2020-06-05").entities if e.kind == "org"}
    assert len(got) == 1 and ({"PTKL", "PT KL"} & next(iter(got.values()))), got


def test_a_federation_of_unions_is_a_body_and_its_daily_chair_holds_a_post():
    text = "Pada 2016 Ketua Harian Federasi Serikat Buruh Logam Wibisono Adi mengatakan kerugian mencapai Rp 8 miliar."
    x = extract(text, language="id", published="2020-06-05")
    kinds = {e.name: e.kind for e in x.entities}
    assert kinds.get("Federasi Serikat Buruh Logam") == "org" and kinds.get("Wibisono Adi") == "person", kinds
    assert [(r.person, r.org) for r in x.roles] == [("Wibisono Adi", "Federasi Serikat Buruh Logam")]


def test_a_company_read_as_a_person_is_one_with_the_short_name_it_is_popularly_known_by():
    got = ents("The Supreme Court has rejected an appeal by textile giant Dewi Wulan Hartono, popularly known as "
               "Dewitex, to overturn a bankruptcy ruling.", "en")
    assert got.get("Dewitex") == ("org", {"Dewi Wulan Hartono"}), got
    # a person's nickname joining the openings of two of their names stays theirs
    assert ents("Joko Widodo, popularly known as Jokowi, said he would return.", "en").get("Joko Widodo") == ("person", {"Jokowi"})


def test_a_name_opening_with_a_common_word_is_kept_before_a_post_it_holds():
    text = ("A labour group urged a bailout on Sunday. Said Hamdani, chairman of the dockers' union, said a bailout "
            "was one solution. Workers said they would rally.")
    assert kinds_of(text, "en").get("Said Hamdani") == "person"


def test_an_adverb_opening_a_sentence_is_no_name():
    got = kinds_of("Kopitara laid off 300 people on Monday. Concurrently, an edtech startup, Kelasku, has also cut staff. "
                   "Reportedly, Kelasku will close two offices.", "en")
    assert "Concurrently" not in got and "Reportedly" not in got and got.get("Kelasku") == "org", got




def test_a_common_noun_opening_a_sentence_before_a_company_makes_no_person():
    got = kinds_of("Manajemen Kapal Biru mengakui bahwa PT Sinar Pacific telah mengakuisisi 42,25% saham perusahaan "
                   "tersebut. Karyawan Kapal Biru menolak rencana itu.")
    assert "Manajemen Kapal Biru" not in got and "Karyawan Kapal Biru" not in got, got


@pytest.mark.parametrize(("text", "lang", "name", "kind"), [
    # letters after "PT" are a company whatever well-known name they spell
    ("Menteri memberikan izin impor kepada PT AP pada 2015. PT AP kemudian mengolah gula itu.", "id", "AP", "org"),
    # a name in a list of brands is a company's
    ("Kopitara, which has produced clothes for high street brands like Zara, Rip Curl and Forever 21, has suffered "
     "from weak demand. Rip Curl said it would look elsewhere.", "en", "Rip Curl", "org"),
    # a warship's class is no person
    ("KPK menahan tiga tersangka suap penjualan kapal perang Strategic Sealift Vessel (SSV) ke Filipina.", "id",
     "Strategic Sealift Vessel", "product"),
    # a market index named before the word "index" is no person
    ("The Surabaya Composite index tumbled as much as 16 per cent in two days this week.", "en", "Surabaya Composite",
     "product"),
])
def test_what_the_words_around_a_name_say_of_its_kind(text, lang, name, kind):
    got = kinds_of(text, lang)
    assert got.get(name) == kind, got



# what each name is, read in a sentence or two: "kind" is the kind it must have, "not person" a kind it must not
@pytest.mark.parametrize(("text", "lang", "name", "kind"), [
    # a holder after a company by its legal form; one word of the company's name, alone, would read as a given name
    ("Direktur Utama PT Tirtamas Rudi Hartono ditahan jaksa pada Senin.", "id", "Rudi Hartono", "person"),
    ("Direktur Utama PT Tirtamas Rudi Hartono ditahan jaksa pada Senin.", "id", "Tirtamas", "org"),
    # a place closing a body's name (its first word in capitals) ends it before a person named alone later
    ("Penyidik Kejati DKI Jakarta Rina Hasibuan memastikan kasus itu naik. \"Kami tunggu,\" ujar Rina.", "id",
     "Rina Hasibuan", "person"),
    # the title of a document or a procedure
    ("Auditor negara menyerahkan Laporan Hasil Pemeriksaan kepada penyidik pada Senin.", "id", "Laporan Hasil Pemeriksaan",
     "not person"),
    ("The firm has applied for a Suspension of Debt Payment Obligations at the court.", "en", "Debt Payment Obligations",
     "not person"),
    # a school; a wireless carrier
    ("Rina Hartati, dean of the University of Nusa Bangsa's Law School, said the ruling was fair.", "en", "Law School",
     "not person"),
    ("Arkana Wireless, the No. 1 carrier in the region, raised prices on Monday.", "en", "Arkana Wireless", "org"),
    # an organisation's trade before a person noun describes a person
    ("According to Rudi Santoso, a fintech venture capitalist, the cuts were overdue.", "en", "Rudi Santoso", "person"),
    # a one-word name that "who" follows
    ("Kalvaro, who ran Tevlin International for a decade, was jailed in June.", "en", "Kalvaro", "person"),    # a body's head word opens a name that goes on past its acronym
    ("OJK revoked the licences of Koperasi LKM Gapoktan Sido Rukun and two others.", "en",
     "Koperasi LKM Gapoktan Sido Rukun", "org"),
])
def test_what_a_name_is(text, lang, name, kind):
    kinds = {e.name: e.kind for e in extract(text, language=lang, published="2025-06-02").entities}
    assert kinds.get(name, "none") != "person" if kind == "not person" else kinds.get(name) == kind, kinds


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Penyidik Kejati DKI Jakarta Rina Hasibuan memastikan kasus itu naik. \"Kami tunggu,\" ujar Rina.", "id",
     "Jakarta Rina Hasibuan"),
    ("Arkana Wireless, the No. 1 carrier in the region, raised prices on Monday.", "en", "No"),
    # a document's title headed by its kind
    ("Menara Kirana menandatangani Perjanjian Jual Beli saham Tunas Lestari pada 4 Mei.", "id", "Perjanjian Jual Beli"),
    ("The two firms signed a Sale and Purchase Agreement on Monday.", "en", "Purchase Agreement"),
])
def test_no_name(text, lang, name):
    assert name not in {e.name for e in extract(text, language=lang, published="2021-09-07").entities}


def test_a_company_s_long_name_said_by_its_first_two_words_is_one_company():
    x = extract("PT Kirana Marga Lintas Persada opened a new toll road on Monday. Kirana Marga expects 40,000 cars a day.",
                language="en", published="2013-06-03")
    assert {e.name: sorted(e.aliases) for e in x.entities if e.kind == "org"} == \
        {"Kirana Marga Lintas Persada": ["Kirana Marga"]}


@pytest.mark.parametrize("text,lang,nick", [
    ('PT Kopi Zentra Digital froze withdrawals. Its founder Budi Hartanto Wirjadi left. Budi, known to followers as '
     '"Budi Zen", was named a suspect in March.', "en", "Budi Zen"),
    ("PT Kopi Zentra Digital membekukan penarikan. Pendirinya, Budi Hartanto Wirjadi, mundur. Pria yang di komunitas "
     "kripto dijuluki Budi Zen itu ditetapkan tersangka pada Maret.", "id", "Budi Zen"),
    ('Budi Hartanto Wirjadi, yang dijuluki "Raja Kopi", mundur dari PT Kopi Zentra Digital pada Maret.', "id", "Raja Kopi"),
])
def test_a_nickname_in_quotes_or_after_dijuluki_is_the_person_s(text, lang, nick):
    people = {e.name: e.aliases for e in extract(text, language=lang, published="2026-04-01").entities if e.kind == "person"}
    assert nick in people.get("Budi Hartanto Wirjadi", set()), people


def test_the_place_after_a_regional_body_s_short_form_is_no_name_of_that_body():
    got = ents("Pemkab Cisaruni membayar Rp 3 miliar kepada pemasok. Hujan deras mengguyur Cisaruni sejak pagi.")
    assert "Pemkab Cisaruni" in got and "Cisaruni" not in got["Pemkab Cisaruni"][1]
    assert got.get("Cisaruni", ("place",))[0] == "place"  # the place the body is of, not a company


def test_regional_offices_and_detention_centres_are_public_bodies():
    from bot.extraction.document import is_public_body

    assert all(is_public_body(n) for n in ("Polres Cisaruni", "Kejari Cisaruni", "Rumah Tahanan Negara Kelas IIB Cisaruni",
                                           "Rutan Cisaruni", "Lapas Cisaruni", "Pemkab Cisaruni"))
    assert not is_public_body("PT Cisaruni Agro")


@pytest.mark.parametrize("post", ["Inspector-General of Police", "Superintendent of Police", "Commissioner of Police"])
def test_a_post_ending_of_police_is_no_part_of_its_holder_s_name(post):
    got = ents(f"{post} Harsha Vardhan said three men were arrested. Vardhan said the factory was sealed.", lang="en")
    assert got.get("Harsha Vardhan", (None,))[0] == "person" and not any(n.startswith("Police") for n in got), got


def test_a_firm_named_by_its_name_without_trading_is_that_firm():
    got = ents("Dana nasabah dialirkan ke Lantera Peak Trading Pte Ltd di Singapura. Dana di Lantera Peak tercatat "
               "sebagai piutang.")
    assert "Lantera Peak" not in got and "Lantera Peak" in {a for _k, aliases in got.values() for a in aliases}, got


def test_initials_after_the_suspect_is_are_a_person():
    got = ents("Kedua tersangka adalah RS, mantan manajer ekspor PT Cisaruni Agro, dan seorang nakhoda. RS ditahan sejak Senin.")
    assert got.get("RS", (None,))[0] == "person", got


def test_a_police_body_beside_its_detention_centre_stays_a_body_of_its_own():
    text = ("Polisi menahan Direktur PT Kopitara, Budi Hartono, di Rutan Polda Jambi pada Senin (4/5). "
            "Kabid Humas Polda Jambi mengatakan berkas perkara Budi dikirim ke jaksa.\n\n"
            "Hasil audit itu diserahkan kepada penyidik Polda Jambi pada 8 Mei.")
    got = extract(text, language="id", published="2026-05-21")
    kinds = {e.name: e.kind for e in got.entities}
    assert kinds.get("Polda Jambi") == "org" and kinds.get("Rutan Polda Jambi") == "org"
    assert any(e.date is not None and e.date.iso() == "2026-05-08" and e.actors == ["Polda Jambi"] for e in got.events)


def roles_of(text: str) -> set[tuple[str, str | None]]:
    return {(r.person, r.org) for r in extract(text, language="id", published="2026-03-18").roles}


def test_a_post_before_a_body_s_naming_leaves_the_region_to_the_body_and_takes_the_name_after_it():
    text = ("Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Sendangsari, Rina Wulandari, mengatakan "
            "14 rumah rusak. BPBD Sendangsari mencatat 300 pengungsi.")
    kinds = {e.name: e.kind for e in extract(text, language="id", published="2026-03-18").entities}
    assert kinds.get("Sendangsari") != "person" and kinds.get("Rina Wulandari") == "person", kinds
    assert ("Rina Wulandari", "Badan Penanggulangan Bencana Daerah Sendangsari") in roles_of(text)


def test_a_two_word_name_after_a_kind_s_short_form_names_one_institution_when_written_after_it_again():
    text = ("Pasien meninggal usai transfusi di Rumah Sakit (RS) Teluk Biru, Palembang. Direktur RS Teluk Biru, "
            "Budi Hartono, mengatakan audit berjalan.")
    kinds = {e.name: e.kind for e in extract(text, language="id", published="2026-03-18").entities}
    assert kinds.get("Rumah Sakit Teluk Biru") == "org" and "Teluk Biru" not in kinds, kinds
    assert ("Budi Hartono", "Rumah Sakit Teluk Biru") in roles_of(text)


def test_a_body_s_short_form_before_its_place_is_no_person():
    text = "Sidang digelar di Pengadilan Negeri (PN) Jakarta Selatan. Majelis hakim PN Jakarta Selatan menunda sidang."
    kinds = {e.name: e.kind for e in extract(text, language="id", published="2026-03-18").entities}
    assert kinds.get("Pengadilan Negeri Jakarta Selatan") == "org" and "person" not in kinds.values(), kinds


def test_a_kind_written_with_its_place_in_full_elsewhere_joins_the_named_institution():
    text = ("Tersangka dibawa ke Kantor Kejaksaan Negeri Sendangsari Barat, Senin (16/3).\n\nKejaksaan Negeri (Kejari) Sendangsari "
            "Barat menahan dua tersangka. Kepala Seksi Pidana Khusus Kejari Sendangsari Barat, Budi Hartono, "
            "mengatakan keduanya ditahan.")
    assert ("Budi Hartono", "Kejaksaan Negeri Sendangsari Barat") in roles_of(text)


def test_a_manager_written_alone_before_the_company_holds_a_post_there():
    text = "Manajer PT Kopitara Nusantara, Budi Hartono, mengatakan tanggul kolam limbah jebol akibat hujan deras."
    assert ("Budi Hartono", "Kopitara Nusantara") in {(p, (o or "").removeprefix("PT ")) for p, o in roles_of(text)}


@pytest.mark.parametrize("post", ["Menteri Koordinator Perekonomian", "Menko Perekonomian"])
def test_a_coordinating_minister_s_portfolio_is_no_part_of_the_name(post):
    text = f"{post} Budi Hartono mengatakan pemerintah memantau PHK di PT Kopitara."
    assert ("Budi Hartono", None) in roles_of(text)


def test_an_operations_director_named_without_the_company_keeps_the_whole_name():
    text = "Perusahaan menunjuk Direktur Operasi Rina Wulandari Kusuma sebagai pelaksana tugas direktur utama."
    assert ("Rina Wulandari Kusuma", None) in roles_of(text) and "Operasi Rina" not in str(roles_of(text))


def test_a_site_supervisor_at_a_contractor_holds_a_post_there():
    got = extract("Budi Hartono, a site supervisor at contractor PT Kopitara Nusantara, was named a suspect.",
                  language="en", published="2026-03-18")
    assert {(r.person, r.title) for r in got.roles} == {("Budi Hartono", "site supervisor")}


def test_a_second_post_after_the_plant_s_first_is_held_at_the_plant_s_company():
    text = ("An ammonia leak at the Teluk Biru plant of PT Kopitara Nusantara killed two workers in May.\n\nThe criminal "
            "trial of the plant's general manager, Budi Hartono, and shift supervisor Joko Susilo opened on Monday.")
    got = {(r.person, r.org) for r in extract(text, language="en", published="2026-09-18").roles}
    assert ("Joko Susilo", "Kopitara Nusantara") in got, got


def test_a_hospital_s_short_form_and_its_name_are_no_organisation_and_holder():
    from bot.extraction.roles import find_roles

    sentence = "Kuasa hukum RS Sendang Mulia dan PT Kopitara, Budi Hartono, mengatakan kliennya menghormati gugatan tersebut."
    assert not any(r.org == "RS" for r in find_roles(sentence))


def test_a_short_form_after_a_name_that_follows_a_sentence_end_is_that_name_s():
    # the capitals of the sentence before ("... Budi Hartono.") are no part of the long name
    text = ("Rencana itu diyakini menguatkan posisi Budi Hartono. Asosiasi Penyelenggara Jaringan Telekomunikasi "
            "(APJATEL) melihat rencana itu berpotensi mengganggu industri. Ketua Umum APJATEL Rina Wulandari menilai harga turun.")
    names = {e.name: e.aliases for e in extract(text, language="id", published="2024-06-20").entities}
    assert "APJATEL" in names.get("Asosiasi Penyelenggara Jaringan Telekomunikasi", set()) and "APJATEL" not in names, names


def test_a_boarding_school_is_an_organisation_named_also_by_its_short_form():
    text = ("Operasi SAR di lokasi runtuhnya musala Pondok Pesantren (Ponpes) Sendang Mulia, Sidoarjo, resmi ditutup, "
            "Selasa (7/10/2025). Ponpes Sendang Mulia meminta maaf kepada keluarga santri.")
    entities = {e.name: e for e in extract(text, language="id", published="2025-10-07").entities}
    school = entities.get("Pondok Pesantren Sendang Mulia")
    assert school is not None and school.kind == "org" and "Ponpes Sendang Mulia" in school.aliases, entities


@pytest.mark.parametrize("text", [
    "Permintaan maaf disampaikan oleh pengasuhnya KH Budi Hartono.",
    "Bantuan diserahkan Hj. Budi Hartono kepada warga.",
    "Kiai Budi Hartono memimpin doa bersama.",
])
def test_a_cleric_s_or_pilgrim_s_title_is_left_out_of_a_person_s_name(text):
    assert ("Budi Hartono", "person") in kinds_of(text).items(), kinds_of(text)


@pytest.mark.parametrize("text", [
    "Pemerintah Provinsi Teluk Biru menyatakan komitmen penuh dalam penanganan banjir.",
    "Kemarin, Pemerintah Kabupaten Sendangsari menyatakan siap menanggung biaya relokasi.",
])
def test_a_region_s_government_is_an_organisation_even_opening_a_sentence(text):
    got = kinds_of(text)
    assert [k for n, k in got.items() if n.startswith("Pemerintah ")] == ["org"], got


def test_the_words_a_short_form_spells_after_dan_are_one_body():
    # the article's names are cut at each "dan"; the initials of the words before the brackets spell the short form
    text = ("DPRD akan memanggil Dinas Pendidikan dan Badan Pengelola Keuangan dan Aset Daerah (BPKAD) pekan depan. "
            "Kepala BPKAD Sendangsari, Budi Hartono, tidak menjawab.")
    got = ents(text)
    body = got.get("Badan Pengelola Keuangan dan Aset Daerah")
    assert body is not None and body[0] == "org" and "BPKAD" in body[1], got
    assert "Dinas Pendidikan" in got and "Aset Daerah" not in got, got
    # a name the article writes whole keeps its short form as before
    ministry = ents("Menteri itu datang ke Kementerian Energi dan Sumber Daya Mineral (ESDM) kemarin.")
    assert "ESDM" in ministry.get("Kementerian Energi dan Sumber Daya Mineral", ("", set()))[1], ministry


def test_a_region_the_article_names_with_its_unit_is_a_place_after_its_head_s_post_too():
    # "Bupati Sendang Mulia" alone would read a holder; "Kabupaten Sendang Mulia" says it is the regency
    text = ("Ribuan guru dari Kabupaten Sendang Mulia berunjuk rasa, Kamis (7/5/2026). Mereka menunggu di halaman "
            "Kantor Bupati Sendang Mulia hingga siang.")
    got = kinds_of(text)
    assert got.get("Sendang Mulia", "place") == "place" and "Kantor" not in got, got


@pytest.mark.parametrize("name", ["Forum Penyewa Kawasan Industri Teluk Biru", "Koalisi Warga Peduli Sendangsari"])
def test_a_forum_or_a_members_association_is_an_organisation(name):
    text = f"Sebanyak 37 perusahaan yang tergabung dalam {name} mengajukan gugatan, Senin (8/6)."
    assert kinds_of(text).get(name) == "org", kinds_of(text)


@pytest.mark.parametrize(("text", "name", "short"), [
    ("Budi Hartono, a spokesman for the Center of Coastal Studies and Marine Hazard Mitigation (PSKMB), said the alert "
     "was raised on Monday.", "Center of Coastal Studies and Marine Hazard Mitigation", "PSKMB"),
    ("The Institute of Forest Research and Community Service (LPHPM) said on Monday it would send a team.",
     "Institute of Forest Research and Community Service", "LPHPM"),
])
def test_an_english_body_s_name_with_of_and_and_before_its_indonesian_short_form_is_one_name(text, name, short):
    # the short form in brackets marks where the name ends; its letters are the Indonesian name's, not these words'
    got = ents(text, "en")
    assert name in got and got[name][0] == "org" and short in got[name][1], got


def test_and_after_an_english_body_s_name_with_no_short_form_joins_nothing():
    got = kinds_of("The University of Sendangsari and Kopitara signed a deal on Monday.", "en")
    assert got.get("University of Sendangsari") == "org" and got.get("Kopitara") == "org", got


def test_well_known_world_cities_and_airlines_are_known():
    """The gazetteer knows the world's large cities and the airlines world news names most: "Singapore Airlines" is
    no person, "Hyderabad" no organisation."""
    got = kinds_of("Singapore Airlines said on Saturday it had paid compensation to families in Hyderabad. Singapore "
                   "Airlines released the payments after the incident.", "en", "2025-07-26")
    assert got.get("Singapore Airlines") == "org" and got.get("Hyderabad") == "place"


@pytest.mark.parametrize("text,lang", [
    ("The company said Budi Hartono would leave the board in June.", "en"),
    ("The firm blamed Rina Wulandari for the losses.", "en"),
])
def test_a_name_after_a_company_word_and_a_verb_is_no_company(text, lang):
    got = extract(text, language=lang, published="2026-03-18")
    kinds = {e.name: e.kind for e in got.entities}
    assert kinds.get("Budi Hartono", kinds.get("Rina Wulandari")) == "person", got.entities


@pytest.mark.parametrize("text, lang, name", [
    ("The deal was signed by Teluk Biru Seafoods and its buyers in Surabaya.", "en", "Teluk Biru Seafoods"),
    ("Investors backed Arkana Interactive after the game sold well.", "en", "Arkana Interactive"),
    ("Polisi memeriksa Hotel Sendangsari Indah setelah kebakaran itu.", "id", "Hotel Sendangsari Indah"),
    ("Kopitara Berhad menunda rapat pemegang saham pekan lalu.", "id", "Kopitara Berhad"),
])
def test_a_name_holding_a_word_for_what_a_firm_is_is_no_person_s(text, lang, name):
    # two or three capitalised words are read as a person's name unless one says what a firm or an institution is
    assert kinds_of(text, lang)[name] == "org"


def test_a_firm_s_name_said_without_its_trade_word_is_the_firm():
    text = ("Shares of Arkana Stellar Entertainment rose in May after the deal. The buyer said on Monday that "
            "Arkana Stellar paid $3 million for the label, Budi Hartono said.")
    got = ents(text, "en")
    assert got["Arkana Stellar Entertainment"][0] == "org"
    assert "Arkana Stellar" in got["Arkana Stellar Entertainment"][1] and "Arkana Stellar" not in got


@pytest.mark.parametrize("text", [
    "The first hearing is set for April 14, company secretary Rina Pardede said.",
    "Agency geologist Rina Kurniasih Pardede told reporters the slope had been cut almost vertically.",
])
def test_a_name_after_a_body_s_word_and_a_trade_held_there_is_a_person_s(text):
    # "company secretary X": the descriptor names where the post is held, not what X is
    assert next(kind for name, kind in kinds_of(text, "en").items() if name.startswith("Rina")) == "person"


@pytest.mark.parametrize("form", ["CV", "UD"])
def test_a_small_firm_s_legal_form_is_no_part_of_its_name(form):
    text = (f"Polisi memeriksa pemilik {form} Kopitara Niaga Mandiri, Budi Hartono, pada Senin (2/3). Kopitara Niaga "
            "Mandiri memasok bahan baku ke pabrik itu.")
    got = {e.name: e.kind for e in extract(text, language="id", published="2026-03-02").entities}
    assert got.get("Kopitara Niaga Mandiri") == "org" and not [n for n in got if n.startswith(form)], got
