from bot.extraction import AliasConfig, extract
from bot.extraction.lexicon import EVENT_LABELS, expand_query_terms


def events(text, lang, pub):
    return {(e.type, e.date.iso() if e.date else None) for e in extract(text, language=lang, published=pub).events}


def test_events_indonesian():
    text = ("Pada Juni lalu, Kestrel menginvestasikan $2,5 miliar di Lumio dan merekrut pendirinya, Andi Saputra.\n"
            "Hanya beberapa minggu setelah investasi Kestrel, terjadi PHK terhadap 10% dari 800 karyawan Lumio.\n"
            "Lumio, didirikan pada 2018, meraup pendapatan $90 juta pada 2024.")
    got = events(text, "id", "2025-08")
    assert {("investment", "2025-06"), ("hiring", "2025-06"), ("founding", "2018"), ("revenue", "2024")} <= got
    assert any(t == "layoffs" and d and d.startswith("2025") for t, d in got)


def dated(text, lang, pub):
    return {(e.type, e.date.iso() if e.date else None, e.basis) for e in extract(text, language=lang, published=pub).events}


def test_events_english_and_date_bases():
    text = ("Quill Labs said on March 2, 2026 that it had agreed to acquire Brightline for $300M.\n\n"
            "Brightline ended its partnership with Corvo in December 2025. Two months later, it signed a contract with Orbis.\n\n"
            "Corvo laid off staff.")
    got = dated(text, "en", "2026-03-05")
    assert ("acquisition", "2026-03-02", "stated") in got
    assert ("partnership_ended", "2025-12", "stated") in got
    assert ("contract_won", "2026-02", "anchored") in got
    assert ("layoffs", "2026-03-05", "reported") in got  # no date in the text: the report's date


def test_an_appointment_a_meeting_approves_is_a_hiring():
    for text, lang in (("RUPSLB PT Kopitara Nusa menyetujui pengangkatan Budi Hartono sebagai direktur utama.", "id"),
                       ("Kopitara shareholders approved the appointment of Budi Hartono as president director.", "en")):
        assert "hiring" in {t for t, _d in events(text, lang, "2026-07-22")}, text


def test_a_decision_a_court_issues_is_a_ruling():
    for text, lang in (("Pada Senin 16 Desember 2024 MA mengeluarkan putusan kasasi gugatan warga Teluk Biru.", "id"),
                       ("The Teluk Biru district court issued its ruling on Monday, December 16, 2024.", "en")):
        assert ("ruling", "2024-12-16") in events(text, lang, "2025-01-07"), text


def test_events_without_a_report_date_stay_undated():
    got = dated("Analysts at Orbis said that Corvo Labs laid off staff.", "en", None)
    assert got == {("layoffs", None, "stated")}


def test_alias_config(tmp_path):
    p = tmp_path / "aliases.yml"
    p.write_text("merge:\n  Lumio Group: [Lumio, LumioCo]\nrename:\n  Kestrel: Kestrel Capital\n"
                 "suppress: [Corvo]\nkinds:\n  Orbis: product\n", encoding="utf-8")
    cfg = AliasConfig.load(p)
    ex = extract("Kestrel membeli Lumio. Corvo dan Orbis ikut, kata Lumio dan Kestrel.", language="id", aliases=cfg)
    names = {e.name: e for e in ex.entities}
    assert "Lumio Group" in names and "Lumio" in names["Lumio Group"].aliases
    assert "Kestrel Capital" in names and "Kestrel" not in names
    assert "Corvo" not in names and names["Orbis"].kind == "product"
    assert all(m.entity in names for m in ex.mentions)


def test_example_aliases_file_loads():
    from pathlib import Path

    cfg = AliasConfig.load(Path(__file__).resolve().parents[2] / "bot" / "extraction" / "aliases.example.yml")
    assert "Scale AI" in cfg.merge


def test_cross_language_lexicon():
    assert {"phk", "pemutusan hubungan kerja", "layoffs", "memangkas"} <= expand_query_terms("layoffs")
    assert "layoffs" in expand_query_terms("PHK")
    assert {"investasi", "menginvestasikan", "berinvestasi"} <= expand_query_terms("investment")
    assert expand_query_terms("zebra") == {"zebra"}
    assert set(EVENT_LABELS) >= {"investment", "layoffs", "partnership_ended"}
    assert all(set(v) == {"en", "id"} for v in EVENT_LABELS.values())


def test_a_capitalised_kind_of_happening_is_no_name():
    from bot.extraction import extract

    text = ("Startup kopi Kopitara melakukan Pemutusan Hubungan Kerja (PHK) terhadap 120 karyawan. "
            "Saham Kopitara dijual lewat Initial Public Offering pada 2024.")
    names = {e.name: e.kind for e in extract(text, language="id", published="2025-06").entities}
    assert "Pemutusan Hubungan Kerja" not in names and "Initial Public Offering" not in names
    assert names["Kopitara"] == "org"
