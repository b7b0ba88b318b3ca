import pytest

from bot.extraction import extract
from bot.extraction.roles import find_roles, normalise_title


def roles(text, lang):
    return {(r.person, r.title, r.org, r.former) for r in extract(text, language=lang, published="2025-06").roles}


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Menurut CEO Kopiloka, Dimas Prakoso, penjualan naik.", "id", ("Dimas Prakoso", "CEO", "Kopiloka", False)),
        ("Rina Wulandari, juru bicara Sawit Data, menolak berkomentar.", "id", ("Rina Wulandari", "spokesperson", "Sawit Data", False)),
        ("Awalnya, CFO Telkomsel Budi Santoso menyatakan hal itu.", "id", ("Budi Santoso", "CFO", "Telkomsel", False)),
        ("Grab merekrut pendirinya yang berusia 31 tahun, Andi Saputra, untuk unit baru.", "id", None),
        ("Kevin Tan, CEO Lumio, mengatakan pasar pulih.", "id", ("Kevin Tan", "CEO", "Lumio", False)),
        ("Orbitra CEO Laura Chen said demand was strong.", "en", ("Laura Chen", "CEO", "Orbitra", False)),
        ("Mark Evans, who heads Nimbus Labs, said the plan worked.", "en", ("Mark Evans", "head", "Nimbus Labs", False)),
        ("Ahmad Fauzi, mantan CEO Gojek, kini memimpin startup baru.", "id", ("Ahmad Fauzi", "CEO", "Gojek", True)),
        ("Sara Lind, yang sebelumnya menjabat sebagai Senior Vice President of Cloud Sales di Nimbus Labs, pergi.", "id",
         ("Sara Lind", "Senior Vice President of Cloud Sales", "Nimbus Labs", True)),
        ("Petra Holm, Kestrel's chief financial officer, declined to comment.", "en", ("Petra Holm", "CFO", "Kestrel", False)),
        # two posts joined by "sekaligus" ("and at the same time") before the body and its holder
        ("Startup Kopiloka memangkas 100 karyawan, kata Co-founder sekaligus CEO Kopiloka Group Dimas Prakoso.", "id",
         ("Dimas Prakoso", "co-founder", "Kopiloka", False)),
        ("Startup Kopiloka memangkas 100 karyawan, kata Chief Operation Officer Kopiloka Rina Wulandari.", "id",
         ("Rina Wulandari", "COO", "Kopiloka", False)),
        ("Minister of Communication and Information Dimas Prakoso said the cuts at Kopiloka were normal.", "en",
         ("Dimas Prakoso", "minister of communication and information", None, False)),
        # any "Chief ... Officer", not only the common ones
        ("Startup Kopiloka memangkas 100 karyawan. Chief Strategic Officer Kopiloka Teddy Santoso membantah kabar itu.", "id",
         ("Teddy Santoso", "chief strategic officer", "Kopiloka", False)),
    ],
)
def test_role_patterns(text, lang, expected):
    got = roles(text, lang)
    if expected is None:  # back-reference: the founder of the org named earlier in the sentence
        assert ("Andi Saputra", "founder", "Grab", False) in got
    else:
        assert expected in got


def test_backreference_to_named_org():
    text = "Meta menginvestasikan $14 miliar di Lensa AI dan merekrut CEO-nya, Tomi Hartono, untuk lab baru."
    assert ("Tomi Hartono", "CEO", "Lensa AI", False) in roles(text, "id")
    text = "Northwind said it had bought Quill Labs and hired its founder, Jane Okoro, last week."
    assert ("Jane Okoro", "founder", "Quill Labs", False) in roles(text, "en")


def test_title_alone_is_not_a_role():
    assert roles("Namun, CFO OpenAI menyatakan bahwa kerja sama berlanjut.", "id") == set()


def test_what_the_organisation_is_may_come_between_the_title_and_its_name():
    text = "Police named Tigor Rangkuti, a director of investment manager PT Garda Investa Prima, as a suspect on Monday."
    assert ("Tigor Rangkuti", "director", "Garda Investa Prima", False) in roles(text, "en")


@pytest.mark.parametrize(("text", "expected"), [
    # a post that names its body: the run after it is the holder, one word or three, and the ministry the body
    ("Menteri Perindustrian Sulastri menolak berkomentar.", ("Sulastri", "menteri perindustrian", "Kementerian Perindustrian", False)),
    ("Menteri Perindustrian (Menperin) Rina Sulastri Wardani menolak berkomentar.",
     ("Rina Sulastri Wardani", "menteri perindustrian", "Kementerian Perindustrian", False)),
    # a coordinating minister's field, "bidang" in lower case
    ("Menteri Koordinator bidang Kesejahteraan Rakyat Rina Sulastri menolak berkomentar.",
     ("Rina Sulastri", "menteri koordinator bidang kesejahteraan rakyat", None, False)),
    # a body written with its short form in brackets, then the holder's name
    ("Kepala Badan Pusat Statistik (BPS) Ratih Anggraini menyebut inflasi turun.",
     ("Ratih Anggraini", "head", "Badan Pusat Statistik", False)),
    # a unit's post followed by its body and the holder: the body stays the organisation
    ("Direktur Jenderal Pengawasan Ruang Digital Komdigi Yohana Siregar mengatakan pemeriksaan berlanjut.",
     ("Yohana Siregar", "direktur jenderal pengawasan ruang digital", "Komdigi", False)),
])
def test_public_posts_and_their_holders(text, expected):
    assert expected in roles(text, "id")


def test_a_title_s_short_form_in_brackets_is_no_name():
    got = extract("Menteri Perindustrian (Menperin) Sulastri menolak berkomentar.", language="id", published="2025-06")
    assert "Menperin" not in {e.name for e in got.entities}


def test_a_compass_word_ends_a_place_not_a_name_begins():
    assert ("Halikinnor", "regent", "Kotawaringin Timur", False) in roles(
        "Bupati Kotawaringin Timur Halikinnor menemui para pekerja.", "id")


@pytest.mark.parametrize(("text", "lang", "new", "old"), [
    ("Mike Hartono will replace Sergio Wibowo as chief executive of Kopitara Holdings.", "en", "Mike Hartono", "Sergio Wibowo"),
    ("Rina Wulandari menggantikan Budi Santoso sebagai direktur utama PT Arkana Susu Prima.", "id", "Rina Wulandari",
     "Budi Santoso"),
])
def test_the_post_one_replaces_another_in_is_the_newcomer_s(text, lang, new, old):
    got = {(r.person, r.former) for r in extract(text, language=lang, published="2025-06").roles}
    assert (new, False) in got and (old, True) in got and (old, False) not in got


def test_a_one_word_company_written_alone_leaves_the_next_word_to_its_executive():
    text = ("Startup edtech Lantera melakukan PHK karyawan. CEO Lantera Syahrul Rinaldi Fikri mengatakan PHK "
            "dilakukan demi efisiensi. Meski begitu, Syahrul menolak menyebut jumlahnya.")
    roles = extract(text, language="id", published="2026-03-18").roles
    assert any(r.person == "Syahrul Rinaldi Fikri" and r.org == "Lantera" for r in roles), roles


def test_the_next_word_after_a_company_written_alone_opens_the_name_however_often_the_whole_run_recurs():
    text = ("Startup edtech Lantera melakukan PHK karyawan. CEO Lantera Syahrul Rinaldi Fikri mengatakan PHK "
            "dilakukan demi efisiensi. \"Kami berpisah dengan karyawan terbaik,\" ungkap CEO Lantera Syahrul Rinaldi "
            "Fikri, Jumat (3/6/2022).")
    roles = extract(text, language="id", published="2022-06-03").roles
    assert any(r.person == "Syahrul Rinaldi Fikri" and r.org == "Lantera" for r in roles), roles


def test_a_given_name_the_article_writes_after_a_company_only_before_the_rest_of_the_name_opens_it():
    """"Direktur PT Kopitara Nusa Budi Agus Wirjadi" (two given names) reads as "Kopitara Nusa Budi" and a two-word name;
    the article writes the company alone elsewhere and "Kopitara Nusa Budi" only before "Agus Wirjadi": "Budi" opens
    the name."""
    text = ("Kopitara Nusa menutup 12 gerai pada Senin (2/3). Direktur PT Kopitara Nusa Budi Agus Wirjadi belum mau "
            "berkomentar. Memo itu ditandatangani oleh Direktur Kopitara Nusa Budi Agus Wirjadi. Gerai Kopitara Nusa di "
            "Medan tetap buka.")
    roles = extract(text, language="id", published="2026-03-02").roles
    assert {(r.person, r.org) for r in roles} == {("Budi Agus Wirjadi", "Kopitara Nusa")}, roles


@pytest.mark.parametrize(("text", "person", "org", "former"), [
    ("Lantera Holdings filed for bankruptcy. Dimas Prayoga was named CEO of Lantera Holdings on Friday.",
     "Dimas Prayoga", "Lantera", False),
    ("Rina Wulandari resmi ditunjuk sebagai direktur utama PT Lantera Nusa pada Senin.", "Rina Wulandari", "Lantera Nusa", False),
    ("Startup pinjaman Lantera membantah terkait dengan perusahaan milik mantan CEO, Adrian Santosa.", "Adrian Santosa",
     "Lantera", True),
    ("Startup pinjaman Lantera kehilangan pendirinya setelah kepergian Adrian Santosa dari posisi CEO.",
     "Adrian Santosa", "Lantera", True),
])
def test_posts_told_around_the_name(text, person, org, former):
    roles = extract(text, language="id" if " yang " in text or "resmi" in text or "dengan" in text else "en",
                    published="2026-03-18").roles
    assert any(r.person == person and r.org == org and r.former == former for r in roles), roles


def test_a_generation_suffix_ends_a_person_s_name():
    text = "The filing was signed by John Dimas III on Monday. Dimas said the firm had failed."
    got = extract(text, language="en", published="2026-03-18")
    assert {e.name: e.kind for e in got.entities}.get("John Dimas III") == "person"
    assert "Dimas" not in {e.name for e in got.entities}  # the surname alone is the same person


@pytest.mark.parametrize(("text", "person", "title", "org"), [
    ("Direktur Keuangan dan Produksi PT Lantera Baja (Persero) Dimas Prayoga diperiksa jaksa.", "Dimas Prayoga",
     "direktur keuangan dan produksi", "Lantera Baja"),
    ("Pemilik Lantera Palma Group, Dimas Prayoga, ditahan Kejagung.", "Dimas Prayoga", "owner", "Lantera Palma"),
    ("Jaksa Agung Rudi Hartanto mengatakan hal itu kepada wartawan.", "Rudi Hartanto", "attorney general", None),
    ("Greg Lantera, a representative director of Kopitara Motors, was arrested.", "Greg Lantera",
     "representative director", "Kopitara Motors"),
    ("Dimas menunjuk Direktur SDM Rina Wulandari menjadi pelaksana tugas Direktur Produksi PT Lantera Baja.",
     "Rina Wulandari", "interim direktur produksi", "Lantera Baja"),
])
def test_posts_of_companies_and_public_offices(text, person, title, org):
    roles = extract(text, language="id" if "Greg" not in text else "en", published="2026-03-18").roles
    assert any(r.person == person and r.title == title and r.org == org for r in roles), roles


def test_a_state_company_s_legal_form_and_a_national_body_s_short_form_are_no_part_of_a_name():
    text = "Kerusakan terjadi di gardu PT PLN (Persero). Hal itu disampaikan Kejagung Dimas Santoso di Jakarta."
    names = {e.name for e in extract(text, language="id", published="2026-03-18").entities}
    assert "Persero" not in names and {"Kejagung", "Dimas Santoso"} <= names, names


@pytest.mark.parametrize(("text", "person", "title", "org", "former"), [
    ("Dimas Prayoga, the now-former chief executive of Lantera Holdings, has been charged with fraud.", "Dimas Prayoga", "CEO",
     "Lantera", True),
    ("Auditors quit, which led to the resignation of long-time CEO Dimas Prayoga of Lantera Holdings.", "Dimas Prayoga", "CEO",
     "Lantera", True),
    ("Saham anjlok setelah mundurnya Direktur Utama PT Lantera Nusa Budi Santoso pada Senin.", "Budi Santoso",
     "president director", "Lantera Nusa", True),
    ("Direktur Utama PT Lantera Nusa Budi Santoso mundur pada Senin.", "Budi Santoso", "president director",
     "Lantera Nusa", False),
])
def test_a_post_and_whether_it_was_left(text, person, title, org, former):
    roles = extract(text, language="en" if "Shares" in text or "the " in text else "id", published="2026-03-18").roles
    assert any((r.person, r.title, r.org, r.former) == (person, title, org, former) for r in roles), roles


def test_a_post_someone_was_removed_from_is_a_former_one():
    text = "Lantera Holdings said its board voted to remove Greg Dimas, a director, from his post as representative director."
    roles = extract(text, language="en", published="2026-03-18").roles
    assert any(r.person == "Greg Dimas" and r.title == "representative director" and r.former for r in roles), roles


@pytest.mark.parametrize("text", [
    "Direktur Utama PT Lantera Nusa (Lantera Live) Raditya Wirawan meminta maaf.",
    "Reza Mahendra mundur dari jabatan Presiden Direktur PT Langit Biru Airlines, Selasa (21/10/2025).",
])
def test_a_company_s_name_is_not_cut_into_a_holder(text):
    names = {e.name: e.kind for e in extract(text, language="id", published="2026-03-18").entities}
    assert not any(kind == "person" and name.split()[-1] in ("Semesta", "Airlines", "Nusa") for name, kind in names.items()), names


@pytest.mark.parametrize(("text", "person", "title", "org", "former"), [
    ("The company said on Friday that CTO Rina Lantera will take over as interim CEO of Kopitara Labs.", "Rina Lantera",
     "interim CEO", "Kopitara Labs", False),
    ("Kopitara Labs' chief technology officer, Rina Lantera, has been appointed interim CEO while the board searches.", "Rina Lantera",
     "interim CEO", "Kopitara Labs", False),
    ("Startup Kopitara memberhentikan sementara Dimas Prayoga dari jabatan CEO pada Senin.", "Dimas Prayoga", "CEO",
     "Kopitara", True),
    ("Co-founder Greg Lantera will step down from his role as board chairman of Kopitara Labs, the company said.",
     "Greg Lantera", "chair", "Kopitara Labs", True),
])
def test_posts_taken_over_and_posts_left(text, person, title, org, former):
    roles = extract(text, language="id" if "Startup" in text else "en", published="2026-03-18").roles
    assert any((r.person, r.title, r.org, r.former) == (person, title, org, former) for r in roles), roles


def test_two_people_named_to_two_posts_each_take_their_own():
    text = "Startup perikanan Lantera sedang diguncang. Dimas Prayoga dan Rina Wulandari ditunjuk sebagai CEO dan CFO."
    roles = {(r.person, r.title) for r in extract(text, language="id", published="2026-03-18").roles}
    assert {("Dimas Prayoga", "CEO"), ("Rina Wulandari", "CFO")} <= roles and ("Dimas Prayoga", "CFO") not in roles, roles


@pytest.mark.parametrize("text", [
    "Polisi menahan mantan CEO Tirtabiru Rendra Wicaksana, Mantan Wakil Presiden Tirtabiru Sonia Marpaung, dan Direktur "
    "Keuangan Tirtabiru Yusuf Halim.",
    "Tirtabiru menutup layanannya. Polisi menahan mantan CEO Tirtabiru Rendra Wicaksana, mantan wakil presiden Sonia "
    "Marpaung, dan seorang staf.",
])
def test_people_listed_with_their_posts_keep_their_own(text):
    """The post after a comma is the next person's: neither "Mantan Wakil Presiden" as a name nor the first
    person as the next one's deputy."""
    got = roles(text, "id")
    assert ("Rendra Wicaksana", "CEO", "Tirtabiru", True) in got
    assert not any(person.startswith(("Mantan", "Wakil")) or (person == "Rendra Wicaksana" and title != "CEO")
                   for person, title, _org, _former in got)


def test_a_name_never_starts_inside_a_word():
    from bot.extraction.roles import find_roles

    got = find_roles("Pendiri eTirtabiru Rendra Wicaksana, wakil presiden Sonia Marpaung, ditahan.")
    assert got and not any(r.name.startswith("Tirtabiru") for r in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tirtabiru memberhentikan sementara Rendra Wicaksana dari jabatan CEO dan Sonia Marpaung dari posisi CPO.",
     {("Rendra Wicaksana", "CEO", True), ("Sonia Marpaung", "CPO", True)}),
    ("Rendra Wicaksana mundur dari jabatan CEO dan Sonia Marpaung dari posisi CFO.",
     {("Rendra Wicaksana", "CEO", True), ("Sonia Marpaung", "CFO", True)}),
    ("Sonia Marpaung resmi mengundurkan diri dari jabatannya sebagai Direktur Utama Tirtabiru pada Senin (9/3).",
     {("Sonia Marpaung", "president director", True)}),
])
def test_posts_left_or_taken_away_in_indonesian(text, expected):
    from bot.extraction.roles import find_roles

    assert expected <= {(r.name, r.title, r.former) for r in find_roles(text)}


def test_a_second_holder_from_a_post_needs_a_post_left_before():
    from bot.extraction.roles import find_roles

    assert not find_roles("Tirtabiru merekrut Rendra Wicaksana dan Sonia Marpaung dari posisi CPO di Lapakita.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Hugo Marr resigned as chief executive of Pellam Motors on Monday.", ("Hugo Marr", "CEO", "Pellam Motors", True)),
    ("Hugo Marr is out as chief executive of Pellam Motors.", ("Hugo Marr", "CEO", "Pellam Motors", True)),
    ("Hugo Marr, who will step down as chief executive of Pellam Motors in June, declined to comment.",
     ("Hugo Marr", "CEO", "Pellam Motors", False)),
    ("Board member Tomas Realto will become non-executive chairman of Pellam Motors.", ("Tomas Realto", "chair", "Pellam Motors", False)),
    ("Hugo Marr will remain as chairman of Pellam Motors.", ("Hugo Marr", "chair", "Pellam Motors", False)),
    ("The board sided with then-CEO Hugo Marr of Pellam Motors.", ("Hugo Marr", "CEO", "Pellam Motors", True)),
    ("The board sided with ex-CEO Hugo Marr of Pellam Motors.", ("Hugo Marr", "CEO", "Pellam Motors", True)),
    ("Rhea Osei co-founded Tamsin Labs in 2019.", ("Rhea Osei", "co-founder", "Tamsin Labs", False)),
])
def test_a_post_taken_kept_or_left_told_by_its_verb(text, expected):
    got = roles(text, "en")
    assert expected in got
    assert not any(person == "Tamsin Labs" for person, *_ in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("Simon Harte, director of enforcement at the Coastal Markets Authority, said the probe continued.",
     ("Simon Harte", "director of enforcement", "Coastal Markets Authority", False)),
    ("Ella Brandt, a Vestra Bank spokeswoman, said the bank would comply.", ("Ella Brandt", "spokesperson", "Vestra Bank", False)),
])
def test_an_appositive_post_with_its_field_or_its_organisation_first(text, expected):
    assert expected in roles(text, "en")


def test_a_place_before_a_post_is_no_organisation():
    assert not roles("Ella Brandt, a Jakarta lawyer, said rates would fall.", "en")


@pytest.mark.parametrize(("text", "lang", "title", "org", "people"), [
    ("The new directors of Corvel Energy are Ann Price, Joe Mertz and Ravi Batra.", "en", "director", "Corvel Energy",
     {"Ann Price", "Joe Mertz", "Ravi Batra"}),
    ("Ketiga juru bicara Badan Pangan Nasional itu yakni Lina Marpaung, Dedi Kurnia, dan Yusuf Hamdan.", "id",
     "spokesperson", "Badan Pangan Nasional", {"Lina Marpaung", "Dedi Kurnia", "Yusuf Hamdan"}),
])
def test_holders_listed_after_their_post_and_body(text, lang, title, org, people):
    got = roles(text, lang)
    assert {(p, title, org, False) for p in people} <= got
    assert all(person in people for person, *_ in got)  # the body's own words hold no post


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Kajati Banten Sutrisno mengatakan berkas perkara sudah lengkap.", "Sutrisno", "kajati"),
    ("Kapolda Bali Budiman mengatakan penyelidikan berlanjut.", "Budiman", "kapolda"),
])
def test_a_regional_post_names_its_region_before_its_holder(text, person, title):
    from bot.extraction.roles import find_roles

    assert (person, title) in {(r.name, r.title) for r in find_roles(text)}


@pytest.mark.parametrize(("sentence", "org"), [
    ("Direktur Utama PT Kopitara Indonesia Tbk Rina Lestari mengatakan hal itu.", "PT Kopitara Indonesia Tbk"),
    ("Direktur Utama PT Bank Kopitara Indonesia (Persero) Tbk Agus Salim mengatakan hal itu.", "PT Bank Kopitara Indonesia Tbk"),
])
def test_a_company_s_name_ends_at_its_legal_form_and_its_holder_follows(sentence, org):
    """A place closing the company's name ("... Indonesia Tbk") does not end it: "Tbk" does."""
    holders = [(r.name, r.org) for r in find_roles(sentence)]
    assert holders and holders[0][1] == org and holders[0][0] in ("Rina Lestari", "Agus Salim")


def test_a_minister_s_ministry_named_later_in_the_article_is_the_post_s_body():
    text = ("Menteri Perdagangan Budi Hartono menyetujui izin ekspor PT Kopitara. Hal tersebut disampaikan Budi usai "
            "rapat di Kementerian Perdagangan, Jakarta, Kamis (17/4/2025). Kementerian Kesehatan tidak berkomentar.")
    roles = [(r.person, r.org) for r in extract(text, language="id", published="2025-04-18").roles]
    assert ("Budi Hartono", "Kementerian Perdagangan") in roles


@pytest.mark.parametrize("sentence", ["Menteri Perdagangan, Budi Hartono, menyebut hal itu.",
                                      "Menteri Perdagangan Budi Hartono menyebut hal itu."])
def test_a_minister_s_portfolio_between_commas_is_the_post_s_not_an_organisation(sentence):
    assert [(r.name, r.title, r.org) for r in find_roles(sentence)] == [("Budi Hartono", "menteri perdagangan", None)]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Menteri Kelautan dan Perikanan Budi Hartono mengatakan hal itu.", "menteri kelautan dan perikanan"),
    ("Menteri Lingkungan Hidup dan Kehutanan Budi Hartono mengatakan hal itu.", "menteri lingkungan hidup dan kehutanan"),
])
def test_a_ministry_portfolio_with_and_in_it_is_one_post(sentence, title):
    assert [(r.name, r.title) for r in find_roles(sentence)] == [("Budi Hartono", title)]


@pytest.mark.parametrize(("sentence", "org"), [
    ("Direktur dan Sekretaris Perusahaan Kalinda Nusa Budi Santoso hadir dalam rapat itu.", "Kalinda Nusa"),
    ("Direktur Keuangan dan Sekretaris Perusahaan PT Kalinda Nusa Tbk Budi Santoso hadir.", "PT Kalinda Nusa Tbk"),
    ("Pendiri dan CEO Budi Santoso hadir dalam rapat itu.", None),
])
def test_two_posts_then_the_body_and_its_holder(sentence, org):
    """After two posts joined by "dan", the body and its holder are read as after one post."""
    assert {(r.name, r.org) for r in find_roles(sentence)} == {("Budi Santoso", org)}


@pytest.mark.parametrize(("sentence", "person", "title"), [
    ("The chief executive met Commerce Secretary Daniel Brook on Monday.", "Daniel Brook", "commerce secretary"),
    ("Treasury Secretary Alma Reyes said the deal was fair.", "Alma Reyes", "treasury secretary"),
    ("Secretary of State Owen Pike did not attend.", "Owen Pike", "secretary of state"),
])
def test_cabinet_secretaries_are_posts_not_part_of_a_name(sentence, person, title):
    assert (person, title) in {(r.name, r.title) for r in find_roles(sentence)}


@pytest.mark.parametrize(("sentence", "holder"), [
    ("Direktur Utama PT Kalinda Nusa (Kalindex), Budi Santoso, menyampaikan terima kasih.",
     ("Budi Santoso", "president director", "PT Kalinda Nusa")),
    ("This was said by the Spokesperson of the Commercial Court of Kalinda City, Rina Lestari, on Wednesday.",
     ("Rina Lestari", "spokesperson", "Commercial Court of Kalinda City")),
    ("Hakim Pengawas Pengadilan Niaga Kalinda, Rina Lestari mengatakan hal itu.",
     ("Rina Lestari", "hakim pengawas", "Pengadilan Niaga Kalinda")),
    ("Kurator Kalinda Nusa, Budi Santoso, mengatakan hal itu.", ("Budi Santoso", "curator", "Kalinda Nusa")),
])
def test_a_post_its_body_with_the_body_s_short_form_or_its_place_then_the_holder(sentence, holder):
    assert holder in {(r.name, normalise_title(r.title)[0], r.org) for r in find_roles(sentence)}


def test_a_finance_and_risk_management_director_and_a_sentence_opener_before_a_minister():
    sentence = ("Diketahui, Menhub Budi Hartono telah mengonfirmasi penunjukan Direktur Keuangan dan Manajemen Risiko "
                "Kalinda Air, Rina Lestari, sebagai Plt Dirut Kalinda Air.")
    found = {(r.name, r.title, r.org) for r in find_roles(sentence)}
    assert ("Rina Lestari", "direktur keuangan dan manajemen risiko", "Kalinda Air") in found
    assert not any(name == "Diketahui" for name, _title, _org in found)


@pytest.mark.parametrize(("sentence", "holder"), [
    ("Sebelumnya, Budi Santoso ditunjuk dan diputuskan dalam Rapat Umum Pemegang Saham Luar Biasa (RUPSLB), Rabu "
     "(22/1/2020), sebagai Direktur Utama Kalinda Air.", ("Budi Santoso", "president director", "Kalinda Air", False)),
    ("Selain Budi, mantan Direktur Teknik dan Layanan Kalinda Air, Rina Lestari, juga ditetapkan sebagai tersangka.",
     ("Rina Lestari", "direktur teknik dan layanan", "Kalinda Air", True)),
])
def test_a_post_given_at_a_meeting_and_a_post_after_a_connective(sentence, holder):
    assert holder in {(r.name, r.title, r.org, r.former) for r in find_roles(sentence)}


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # what the organisation is, in lowercase words between the post and its name, with no "of"
        ("Lukas Wirawan, mantan CEO bursa kripto Kriptala, divonis empat bulan penjara.", "id",
         {("Lukas Wirawan", "CEO", "Kriptala", True)}),
        ("Pendiri dan CEO bursa kripto Kriptala, Lukas Wirawan, mengaku bersalah.", "id",
         {("Lukas Wirawan", "founder", "Kriptala", False), ("Lukas Wirawan", "CEO", "Kriptala", False)}),
        ("The founder and chief executive of crypto exchange Kriptala, Lukas Wirawan, pleaded guilty.", "en",
         {("Lukas Wirawan", "founder", "Kriptala", False), ("Lukas Wirawan", "CEO", "Kriptala", False)}),
        # two posts joined by "sekaligus" after the holder's name
        ("Lukas Wirawan, pendiri sekaligus mantan CEO Kriptala, divonis empat bulan penjara.", "id",
         {("Lukas Wirawan", "founder", "Kriptala", False), ("Lukas Wirawan", "CEO", "Kriptala", True)}),
        # "former" before the second post leaves the first one held: a founder stays the founder
        ("Lukas Wirawan, founder and former CEO of crypto exchange Kriptala, was sentenced on Tuesday.", "en",
         {("Lukas Wirawan", "founder", "Kriptala", False), ("Lukas Wirawan", "CEO", "Kriptala", True)}),
        ("Lukas Wirawan, former chairman and CEO of Kriptala, was sentenced on Tuesday.", "en",
         {("Lukas Wirawan", "chair", "Kriptala", True), ("Lukas Wirawan", "CEO", "Kriptala", True)}),
    ],
)
def test_posts_before_a_described_organisation(text, lang, expected):
    assert expected <= roles(text, lang)


def test_a_verb_after_the_post_ends_it():
    assert not any(org == "Kriptala" for _, _, org, _ in roles("Lukas Wirawan, direktur utama mengatakan Kriptala akan tumbuh.", "id"))


def test_a_ministry_s_short_form_opens_a_holder_s_name_of_four_words():
    text = "Juru Bicara Kemenperin Rahmat Hadi Putra Santoso tak menyebut kapan pemanggilan dilakukan."
    assert ("Rahmat Hadi Putra Santoso", "spokesperson", "Kemenperin", False) in roles(text, "id")


@pytest.mark.parametrize("text,lang,expected", [
    ("PT Kopiloka Nusantara sells coffee online. Regional airline Sayap Timur Airlines said it cancelled 40 flights on Monday. "
     "Chief executive Dimas Prakoso said the airline would seek damages.", "en", ("Dimas Prakoso", "CEO", "Sayap Timur Airlines", False)),
    ("PT Kopiloka Nusantara menjual kopi daring. Maskapai PT Sayap Timur Airlines membatalkan 40 penerbangan pada Senin. "
     "Direktur Utama Dimas Prakoso mengatakan maskapai akan menuntut ganti rugi.", "id",
     ("Dimas Prakoso", "president director", "Sayap Timur Airlines", False)),
])
def test_a_bare_post_belongs_to_the_company_the_sentence_before_opens_with(text, lang, expected):
    assert expected in roles(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("PT Kopiloka Nusantara sells coffee. On Friday, Kopiloka replaced president director Budi Hartono with Rina Wulandari, "
     "previously its finance director.", "en"),
    ("PT Kopiloka Nusantara menjual kopi. Pada Jumat, Kopiloka mengganti Direktur Utama Budi Hartono dengan Rina Wulandari.", "id"),
])
def test_replaced_with_ends_one_holder_s_post_and_gives_it_to_the_other(text, lang):
    got = {(p, o, f) for p, t, o, f in roles(text, lang) if t == "president director"}
    assert {("Budi Hartono", "Kopiloka Nusantara", True), ("Rina Wulandari", "Kopiloka Nusantara", False)} <= got, got
    events = extract(text, language=lang, published="2025-06-10").events
    assert any(e.type == "hiring" and "Rina Wulandari" in e.actors for e in events)


@pytest.mark.parametrize("text,expected", [
    ("PT Kopiloka Nusantara sells coffee. On Friday, Kopiloka named Rina Wulandari, previously its finance director, as "
     "president director.", ("Rina Wulandari", "finance director", "Kopiloka Nusantara", True)),
    ("PT Kopiloka Nusantara sells coffee. Rina Wulandari, formerly chief executive of Bank Lestari, now leads the unit.",
     ("Rina Wulandari", "CEO", "Bank Lestari", True)),
])
def test_a_post_set_off_as_held_before_is_a_former_one(text, expected):
    assert expected in roles(text, "en")


@pytest.mark.parametrize("text,lang,expected", [
    ("PT Kopiloka Nusantara mengelola kedai kopi. Dua tersangka, Manajer Operasional Hendra Saputra dan seorang barista, "
     "ditahan polisi.", "id", ("Hendra Saputra", "manajer operasional", "Kopiloka Nusantara", False)),
])
def test_a_bare_functional_post_belongs_to_the_company_the_article_is_about(text, lang, expected):
    assert expected in roles(text, lang), roles(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Budi Hartono stepped down as president director of Kopiloka Nusantara in July and was replaced by Rina Wulandari, "
     "previously the finance director of Bank Lestari.", "en"),
    ("Budi Hartono mundur dari kursi direktur utama PT Kopiloka Nusantara pada Juli dan digantikan oleh Rina Wulandari.", "id"),
])
def test_the_post_its_subject_left_and_was_replaced_in_is_the_successor_s(text, lang):
    got = {(p, o, f) for p, t, o, f in roles(text, lang) if t == "president director"}
    assert {("Budi Hartono", "Kopiloka Nusantara", True), ("Rina Wulandari", "Kopiloka Nusantara", False)} <= got, got


def test_someone_else_replaced_takes_no_post_from_the_speaker():
    got = roles("Rina Wulandari, CEO of Kopiloka, said Budi Hartono was replaced by Sari Dewi.", "en")
    assert {p for p, _t, _o, _f in got} == {"Rina Wulandari"}


@pytest.mark.parametrize("text,lang", [
    ("Pemilik sekaligus Direktur Utama PT Kopiloka Nusa Jaya, Budi Hartono, tidak hadir di persidangan.", "id"),
    ("Founder and chief executive of Kopiloka Nusa Jaya, Budi Hartono, did not attend the hearing.", "en"),
])
def test_two_posts_of_a_body_its_holder_follows_after_a_comma(text, lang):
    got = roles(text, lang)
    assert {p for p, _t, _o, _f in got} == {"Budi Hartono"} and {o for _p, _t, o, _f in got} == {"Kopiloka Nusa Jaya"}, got


@pytest.mark.parametrize("text,expected", [
    ("The freeze bars new loans, OJK deputy commissioner Budi Hartono told reporters.", ("Budi Hartono", "deputy commissioner", "OJK")),
    ("KPPU commissioner Rina Wulandari said the inquiry began in March.", ("Rina Wulandari", "commissioner", "KPPU")),
])
def test_a_commission_s_member_after_its_short_form_holds_a_post(text, expected):
    assert expected in {(p, t, o) for p, t, o, _f in roles(text, "en")}


def test_a_police_rank_is_no_commissioner_s_post():
    assert roles("The suspect was questioned, said Senior Commissioner Budi Hartono of the Kopitara police.", "en") == set()


@pytest.mark.parametrize("text,lang", [
    ("PT Kopiloka Nusantara menjual kopi. Kasus ini juga berimbas pada PT Bank Lestari Jaya. Direktur keuangan perusahaan "
     "itu, Rina Wulandari, mengundurkan diri pekan lalu.", "id"),
    ("Kopiloka Nusantara sells coffee. The case also hit lender Bank Lestari Jaya. The company's finance director, Rina "
     "Wulandari, resigned last week.", "en"),
])
def test_the_company_referred_back_to_is_the_one_the_sentence_before_names(text, lang):
    assert ("Rina Wulandari", "Bank Lestari Jaya") in {(p, o) for p, _t, o, _f in roles(text, lang)}


@pytest.mark.parametrize("text,org", [
    ("Kepala Dinas Lingkungan Hidup dan Kehutanan (DLHK) Provinsi Teluk Biru, Rina Wulandari, mengatakan timnya telah "
     "mengambil sampel air.", "Dinas Lingkungan Hidup dan Kehutanan Provinsi Teluk Biru"),
    ("Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sendangsari, Budi Hartono, mengatakan data itu bocor.",
     "Dinas Kependudukan dan Pencatatan Sipil Kota Sendangsari"),
])
def test_a_public_office_s_name_runs_over_dan(text, org):
    got = roles(text, "id")
    assert len(got) == 1 and next(iter(got))[2] == org, got


def test_two_companies_joined_by_dan_stay_apart():
    got = extract("Direktur Utama PT Kopiloka dan PT Lestari, Budi Hartono, hadir.", language="id", published="2025-06")
    orgs = {e.name for e in got.entities if e.kind == "org"}
    assert orgs == {"Kopiloka", "Lestari"}, orgs


def test_a_minister_s_portfolio_is_no_body_of_its_own():
    text = ("Menteri Dalam Negeri (Mendagri) Budi Hartono meninjau lokasi kebakaran di Sendangsari. Kementerian Dalam "
            "Negeri (Kemendagri) akan meninjau aturan perizinan gedung.")
    got = [(p, t, o) for p, t, o, _f in roles(text, "id") if p == "Budi Hartono"]
    assert got and all(t == "menteri dalam negeri" and o != "Negeri" for _p, t, o in got), got


def test_three_plain_words_after_a_post_written_in_english_are_one_person_s_name():
    # English names the company before the post or after it with "of"; Indonesian writes it between the post and
    # the holder ("Direktur Utama PT X Budi Hartono"), which an English post never does
    text = ("Kopitara shut 74 stores two weeks after founder and chief executive Arkana Wirawan Tjandra stepped down on "
            "Jan. 23. Arkana, 52, founded Kopitara in Surabaya in 2014. Franchisees sued Kopitara and Arkana.")
    got = extract(text, language="en", published="2026-02-01")
    assert {(r.person, r.title, r.org) for r in got.roles} >= {("Arkana Wirawan Tjandra", "founder", "Kopitara"),
                                                                ("Arkana Wirawan Tjandra", "CEO", "Kopitara")}


@pytest.mark.parametrize("given", ["Stevanus", "Lukas", "Priscilla", "Darren"])
def test_a_common_christian_or_english_given_name_opens_a_holder_s_name_of_three_words(given):
    # three plain words after a post, the first a common given name: one name, not a company and a two-word name
    got = find_roles(f"Plt Presiden Direktur {given} Prawiro Kolondam menyatakan perseroan menghormati keputusan itu.")
    assert [(r.name, r.org) for r in got] == [(f"{given} Prawiro Kolondam", None)]


def test_a_word_companies_take_inside_a_holder_s_name_does_not_end_the_run_as_a_company():
    # "Perkasa" closes many company names, but a person's name may hold it too: only a run that ends with such a word
    # is a company's name with no holder in it
    text = ("Kopitara resmi diluncurkan di Jakarta. Hal itu disampaikan CEO Kopitara Arkana Perkasa Wibisono usai rapat di "
            "Jakarta. Kopitara akan merekrut tenaga ahli, kata Arkana.")
    got = extract(text, language="id", published="2025-03-05")
    assert {(r.person, r.title, r.org) for r in got.roles} == {("Arkana Perkasa Wibisono", "CEO", "Kopitara")}


def test_a_post_a_shareholders_meeting_gives_is_the_company_s_not_the_meeting_s():
    """"RUPSLB perseroan menyetujui pengangkatan X sebagai Direktur Utama.": the meeting appoints, the post is at the
    company the article is about; "sebagai Direktur Utama" at the sentence's end is one post, not "Direktur" of "Utama"."""
    text = ("PT Kopitara Nusa Tbk menutup 310 gerai sejak Juni. Rapat Umum Pemegang Saham Luar Biasa (RUPSLB) perseroan di "
            "Bekasi, Selasa (21/7), menyetujui pengangkatan Budi Hartono Wirjadi sebagai Direktur Utama. Pendiri sekaligus "
            "Presiden Komisaris Rina Wulandari menyatakan siap menyetor modal baru.")
    roles = {(r.person, r.title, r.org) for r in extract(text, language="id", published="2026-07-22").roles}
    assert ("Budi Hartono Wirjadi", "president director", "Kopitara Nusa") in roles, roles
    assert not [r for r in roles if r[2] and ("Rapat" in r[2] or r[2] == "Utama")], roles


def test_a_day_after_a_post_is_no_body_it_is_of():
    from bot.extraction.roles import find_roles

    roles = find_roles("Budi Hartono resmi ditunjuk sebagai direktur utama pada Senin.")
    assert all(r.org != "Senin" for r in roles), roles


@pytest.mark.parametrize(("sentence", "org"), [
    ("The scandal broke in July, when Kopitara United's captain, Budi Hartono, posted on Instagram.", "Kopitara United"),
    ("Kapten Kopitara United Budi Hartono mengaku belum digaji sejak Maret.", "Kopitara United"),
    ("The Teluk Biru's skipper, Budi Hartono, was questioned by prosecutors.", "Teluk Biru"),
])
def test_a_team_s_or_a_ship_s_captain_holds_a_post(sentence, org):
    from bot.extraction.roles import find_roles

    assert ("Budi Hartono", org) in {(r.name, r.org) for r in find_roles(sentence)}, find_roles(sentence)


def test_the_army_s_rank_of_captain_is_no_post():
    from bot.extraction.roles import find_roles

    assert not find_roles("Kapten Inf. Budi Hartono memimpin pencarian di Teluk Biru.")


def test_a_short_form_in_capitals_then_a_one_word_name_are_the_body_and_its_holder():
    """"direktur utama KPN Wiratmoko mengatakan": the article writes "KPN" alone and "Wiratmoko" alone as one refers to a
    person, so the run is the body's short form and its holder's one name, not a holder "KPN Wiratmoko"."""
    text = ("PT Kopitara Prima Nusa (KPN) menghentikan produksi. Direktur utama KPN Wiratmoko mengatakan bupati telah "
            "memerintahkan KPN menghentikan operasi. \"Kami patuh,\" kata Wiratmoko.")
    roles = {(r.person, r.org) for r in extract(text, language="id", published="2026-03-02").roles}
    assert ("Wiratmoko", "Kopitara Prima Nusa") in roles, roles


def test_a_debt_moratorium_s_administrator_is_a_post_not_part_of_the_name():
    text = ("Kreditur menyetujui rencana perdamaian Kopitara. \"Hasil ini dibawa ke hakim pengawas,\" kata Pengurus Budi "
            "Hartono Wirjadi saat membacakan hasil voting. Pengurus Besar Serikat Petani Teluk Biru menyambut putusan itu.")
    names = {e.name: e.kind for e in extract(text, language="id", published="2026-07-13").entities}
    assert names.get("Budi Hartono Wirjadi") == "person" and "Pengurus Budi Hartono Wirjadi" not in names, names
    assert not [n for n, k in names.items() if n.startswith("Besar") or k == "person" and "Petani" in n], names


@pytest.mark.parametrize(("sentence", "name"), [
    ("Direktur Utama PT Kopitara, José Müller, mengatakan penjualan turun.", "José Müller"),
    ("The club said its head coach, Budi Petrović, ended his contract.", "Budi Petrović"),
])
def test_a_holder_s_name_keeps_its_accented_letters(sentence, name):
    from bot.extraction.roles import find_roles

    assert name in {r.name for r in find_roles(sentence)}, find_roles(sentence)
