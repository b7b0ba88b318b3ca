"""Row tests for the rule tables of the entity, role and quote stages (invented sentences)."""

import pytest

from bot.extraction import extract
from bot.extraction.candidates import runs_in
from bot.extraction.kinds import Hints, kind_of
from bot.extraction.roles import find_roles

NO_HINTS = Hints.of([], [], [])


@pytest.mark.parametrize(
    "forms,sentences,kind",
    [
        (["Nimbus Labs"], [], "org"),  # org suffix
        (["Bank of Borneo"], [], "org"),  # "of" inside a name
        (["Quill-2"], [], "product"),  # version number
        (["Orca 3"], [], "product"),
        (["Tidewave"], ["The company released a new app called Tidewave last week."], "product"),
        (["Karangjati"], ["Kreditku, a startup based in Karangjati, grew."], "place"),
        (["Riverbyte Group"], [], "org"),
        (["warta.id"], [], "media"),
        (["Dewi Lestari"], [], "person"),  # two capitalised words
        (["Rumah Rasa"], ["Rumah Rasa, a startup from Bandung, grew."], "org"),  # descriptor apposition
        (["Velvet Ferns"], ["British indie band The Velvet Ferns pulled out."], "org"),  # descriptor before, "The" between
        (["Zorblat"], [], "org"),  # nothing known: an organisation
    ],
)
def test_kind_rules(forms, sentences, kind):
    assert kind_of(forms, NO_HINTS, sentences) == kind


def test_hints_win_over_shape():
    assert kind_of(["Dewi Lestari"], Hints.of([], ["Dewi Lestari"], []), []) == "org"


@pytest.mark.parametrize(
    "sentence,names",
    [
        ("Pieter de Vries met the Ministry of Finance and Johnson & Johnson in Jakarta.",
         ["Pieter de Vries", "Ministry of Finance", "Johnson & Johnson", "Jakarta"]),
        ("PT Data Cakra Mandiri Tbk dan Kementerian Komunikasi dan Digital bertemu Llama 4.",
         ["Data Cakra Mandiri Tbk", "Kementerian Komunikasi dan Digital", "Llama 4"]),
        ("Kemarin Google Budi Santoso pergi.", ["Google", "Budi Santoso"]),  # a known name glued to a person
        ("Kemarin Kementerian Energi dan Sumber Daya Mineral (ESDM) menutup smelter.",
         ["Kementerian Energi dan Sumber Daya Mineral", "ESDM"]),  # "Sumber" after "dan" is part of the name
        ("polisi memeriksa Badan Pengawas Obat dan Makanan pekan lalu.", ["Badan Pengawas Obat dan Makanan"]),
        ("Kementerian Keuangan dan Bank Indonesia sepakat.", ["Kementerian Keuangan", "Bank Indonesia"]),
        ("The Ministry of Energy and Mineral Resources said so.", ["Ministry of Energy and Mineral Resources"]),
    ],
)
def test_candidate_runs(sentence, names):
    assert [sentence[a:b] for a, b, _initial in runs_in(sentence, [])] == names


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # (name, title, org, former, org from context, org is the subject, org is the article's topic)
        ("Nina Alvarez, who previously served as CFO, left.", ("Nina Alvarez", "CFO", None, True, True, False, False)),
        ("CFO Orbit Labs Sarah Lee quit.", ("Sarah Lee", "CFO", "Orbit Labs", False, False, False, False)),
        ("CFO Sarah Lee quit.", ("Sarah Lee", "CFO", None, False, True, False, True)),
        ("The firm hired Rahul Mehta, a former head of payments at Grab, as chief operating officer.",
         ("Rahul Mehta", "COO", None, False, True, True, False)),
        ("Its founder, Budi Santoso, left.", ("Budi Santoso", "founder", None, False, True, False, False)),
        # people listed with their titles: no one is another's organisation; a function's director with no body
        # named is the article's company's, as a president director is
        ("Police named president director Wisnu Hardjito, finance director Melinda Kurniasih and Tigor Rangkuti.",
         ("Melinda Kurniasih", "finance director", None, False, True, False, True)),
        ("Budi Santoso, CEO Sajiantar dan Ahmad, hadir.", ("Budi Santoso", "CEO", "Sajiantar", False, False, False, False)),
    ],
)
def test_role_pattern_adjustments(sentence, expected):
    got = [(r.name, r.title, r.org, r.former, r.back, r.subject, r.topic) for r in find_roles(sentence)]
    assert expected in got


def quotes(text):
    return [(q.speaker, q.kind, q.about, q.text) for q in extract(text, language="en", published="2026-03-10").quotes]


def test_pronoun_quote_goes_to_last_person_with_their_org():
    text = 'Nadia Putri, CEO of Orbit Labs, spoke on Monday. "We will keep hiring engineers here," she said.'
    assert quotes(text) == [("Nadia Putri", "direct", "Orbit Labs", "We will keep hiring engineers here,")]


def test_reported_speech_and_refusal():
    assert quotes("Nadia Putri, CEO of Orbit Labs, said the firm would hire 40 engineers next year.") == [
        ("Nadia Putri", "reported", "Orbit Labs", "the firm would hire 40 engineers next year.")]
    assert quotes("A spokesperson for Orbit Labs declined to comment.") == [
        ("Orbit Labs", "refusal", None, "A spokesperson for Orbit Labs declined to comment.")]


@pytest.mark.parametrize(
    "text",
    [
        "Orbit Labs added two customers to its list, the company said.",  # "added" is not speech here
        "Orbit Labs said in a filing on Monday.",  # an attribution without content
    ],
)
def test_not_reported_speech(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "short,name,expected",
    [
        ("BPOM", "Badan Pengawas Obat dan Makanan", True),  # initials
        ("ESDM", "Kementerian Energi dan Sumber Daya Mineral", True),  # initials without the head word
        ("Kemnaker", "Kementerian Ketenagakerjaan", True),  # syllables in order
        ("Persero", "Bank Mandiri", False),
        ("Tbk", "Bank Pusaka Borneo", False),
    ],
)
def test_short_forms_in_brackets(short, name, expected):
    from bot.extraction.merging import _abbreviates

    assert _abbreviates(short, name) is expected


def test_a_listed_company_s_stock_code_is_its_alias():
    from bot.extraction import extract

    text = "Saham PT Kopinara Rasa Nusantara Tbk (KPNR) anjlok. Bursa menghentikan perdagangan saham KPNR, Kamis (9/4/2026)."
    entities = {e.name: e.aliases for e in extract(text, language="id", published="2026-04-14").entities}
    assert "KPNR" in entities["Kopinara Rasa Nusantara"] and "KPNR" not in entities


@pytest.mark.parametrize("text", [
    "Penyelenggara, PT Gema Nada Semesta atau Gemanada Live, mengumumkan pembatalan itu.",
    "The promoter Gemanada Live, whose legal name is PT Gema Nada Semesta, was founded in 2019.",
])
def test_a_trading_name_and_a_legal_name_are_one_company(text):
    from bot.extraction import extract

    entities = extract(text, language=None, published="2026-04-14").entities
    company = [e for e in entities if e.name == "Gemanada Live"]
    assert len(company) == 1 and company[0].kind == "org" and "Gema Nada Semesta" in company[0].aliases


@pytest.mark.parametrize("text,brand,legal", [
    ("Penyelenggara, PT Gema Nada Semesta (GemaNada), membatalkan konser itu.", "GemaNada", "Gema Nada Semesta"),
    ("The regulator froze PT Gema Nada Semesta, which runs Gemanada, last Thursday.", "Gemanada", "Gema Nada Semesta"),
    ("PT Gema Nada Semesta, the Jakarta-listed maker of GemaTone speakers, stopped production.", "GemaTone",
     "Gema Nada Semesta"),
    ("OJK memanggil direksi PT Gema Nada Semesta, pengelola platform tiket daring Gemanada, Senin (9/2/2026).", "Gemanada",
     "Gema Nada Semesta"),
    # a brand not coined from the company's name, told as a chain, an app or stores the company runs, or the company
    # told as the one that runs it
    ("Pemasok menagih PT Sendangsari Ritelindo Tbk (SRI), perusahaan pengelola Kopimart, sejak Februari.", "Kopimart",
     "Sendangsari Ritelindo"),
    ("Suppliers are owed money by PT Sendangsari Ritelindo Tbk, which runs the Kopimart stores.", "Kopimart",
     "Sendangsari Ritelindo"),
    ("OJK memanggil PT Sendangsari Ritelindo, pengelola jaringan minimarket Kopimart, Senin (9/2/2026).", "Kopimart",
     "Sendangsari Ritelindo"),
])
def test_a_brand_coined_from_the_company_s_name_or_one_it_runs_shops_under_is_one_of_its_names(text, brand, legal):
    from bot.extraction import extract

    entities = extract(text, language=None, published="2026-04-14").entities
    company = [e for e in entities if brand in {e.name, *e.aliases}]
    assert len(company) == 1 and {brand, legal} <= {company[0].name, *company[0].aliases}, entities


@pytest.mark.parametrize("text,other", [
    # a place the company runs, the short name of another body
    ("PT Angkasa Lestari, operator of the Kendal airport, said flights resumed.", "Kendal"),
    ("PT Lumbung Dana Kita, pengelola Lumbungku, digugat Paguyuban Lender Lumbungku.", "Paguyuban Lender Lumbungku"),
])
def test_what_a_company_runs_is_not_coined_from_its_name(text, other):
    from bot.extraction import extract

    entities = extract(text, language=None, published="2026-04-14").entities
    company = next(e for e in entities if e.kind == "org" and e.name.startswith(("Angkasa", "Lumbung")))
    assert other != company.name and other not in company.aliases, entities
