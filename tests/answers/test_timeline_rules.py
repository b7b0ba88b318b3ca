"""Rules of the timeline answer that hold whatever the articles: figures that agree after rounding,
one party named at several lengths, and a lead sentence that is never shown twice."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from bot.answers.timeline import (
    _Cluster,
    _fits,
    _Loaded,
    _merge_coarse_into_day,
    _merge_same_day_parties,
    _merge_story_day_kind,
    _worded_alike,
    agree,
    same_party,
)
from bot.app import BriefingApp
from bot.config import load_settings
from bot.domain import DateValue
from db import records as m
from tests.answers.scratch import ask_after_ingest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("a", "b", "same"), [
    (14e9, 14.3e9, True),  # "$14 billion" / "$14.3 billion"
    (1.2e12, 1.25e12, True),  # "Rp 1,2 triliun" / "Rp 1,25 triliun"
    (148e6, 150e6, True),  # "$148 million" / "US$ 150 juta"
    (14e9, 15e9, False),
    (1.84e12, 2.3e12, False),
    (410e6, 520e6, False),
])
def test_figures_agree_after_rounding(a, b, same):
    assert agree(a, b) is same and agree(b, a) is same


def test_one_party_named_at_several_lengths():
    names = {1: "Bank Kencana", 2: "PT Bank Kencana Digital Tbk", 3: "Hardjito", 4: "Wisnu Hardjito", 5: "Meta",
             6: "Meta Platforms", 7: "Bank", 8: "Bank Lestari", 9: "Bank Nusa"}
    same = same_party(names)
    assert same[2] == 1 and same[4] == 3 and same[6] == 5
    assert 8 not in same and 9 not in same  # "Bank" extends to two names: no merge


def test_no_lead_sentence_is_shown_twice_for_one_date():
    folder = REPO / "tests" / "fixtures" / "tuning2"
    with tempfile.TemporaryDirectory() as scratch:
        app = BriefingApp.build(load_settings(database_url=f"sqlite:///{scratch}/t.db"))
        try:
            app.ingest([str(folder)], manifest=str(folder / "manifest.json"))
            items = app.ask("/timeline", limit=10_000).items
        finally:
            app.close()
    leads = [(i.sources[0].article_id, i.text, i.date) for i in items]
    assert len(items) > 20 and len(leads) == len(set(leads))
    assert all(i.date and i.date_basis in ("stated", "anchored", "reported", "planned") for i in items)


def _timeline_of(articles: list[tuple[str, str, str, str]], query: str = "") -> list:
    return ask_after_ingest(articles, f"/timeline {query}".strip()).items


def test_one_article_telling_two_days_tells_two_happenings():
    text = ("Regulator bans Arkana milk\n\n"
            "The stock exchange suspended trading in PT Arkana Susu Prima shares on Tuesday after they fell by the "
            "daily limit.\n\nSingapore suspended sales of Arkana Susu Prima milk on Wednesday, the ministry said.\n")
    items = _timeline_of([("en-arkana.txt", "en", "2026-04-08", text)], "Arkana Susu Prima")
    days = sorted(i.date for i in items if i.date)
    assert "2026-04-07" in days and "2026-04-08" in days


def test_a_month_and_its_day_from_two_outlets_are_one_item():
    id_text = ("BPOM tarik susu Arkana\n\nBadan Pengawas Obat dan Makanan (BPOM) memerintahkan penarikan tiga bets "
               "susu PT Arkana Susu Prima dari peredaran, Sabtu (4/4/2026).\n")
    en_text = ("Parents sue Arkana\n\nBPOM ordered the recall of three batches of Arkana Susu Prima milk earlier this "
               "month after tests found bacteria.\n")
    items = _timeline_of([("id-arkana.txt", "id", "2026-04-05", id_text), ("en-arkana.txt", "en", "2026-04-23", en_text)],
                         "Arkana Susu Prima")
    recalls = [i for i in items if "penarikan" in i.text or "recall" in i.text]
    assert len(recalls) == 1 and recalls[0].date == "2026-04-04"
    assert len({s.article_id for s in recalls[0].sources}) == 2


@pytest.mark.parametrize(("en_text", "id_text", "published", "query", "day"), [
    # outlets type one happening differently
    ("Band quits festival\n\nBritish band The Velvet Ferns pulled out of a Jakarta music festival on Thursday, citing "
     "unpaid fees.\n",
     "Band mundur\n\nBand asal Inggris The Velvet Ferns menyatakan mundur dari Lautan Festival pada Kamis (9/4/2026) "
     "melalui media sosial.\n", "2026-04-10", "Velvet Ferns", "2026-04-09"),
    # neither outlet's sentence matches a kind of happening (a notice on a website, a statement)
    ("Kopitara notice\n\nIn a statement, Kopitara said on Tuesday its stores would serve only takeaway orders while the "
     "outlets were refitted.\n",
     "Kopitara pengumuman\n\nMenurut catatan redaksi, Selasa (6/10/2026), Kopitara melalui situs resminya mengatakan "
     "seluruh gerainya hanya melayani pesanan bawa pulang selama renovasi.\n", "2026-10-07", "Kopitara", "2026-10-06"),
])
def test_one_day_one_actor_told_by_two_outlets_is_one_item(en_text, id_text, published, query, day):
    items = _timeline_of([("en-one.txt", "en", published, en_text), ("id-one.txt", "id", published, id_text)], query)
    told = [i for i in items if i.date == day]
    assert len(told) == 1 and len({s.article_id for s in told[0].sources}) == 2, [(i.date, i.text) for i in items]


def test_a_regulator_acting_on_two_companies_on_near_days_is_two_items():
    first = ("en-halt-1.txt", "en", "2026-04-07", "Exchange halts Arkana\n\nThe Indonesia Stock Exchange halted trading in "
             "PT Arkana Susu Prima shares on Tuesday after they fell by the daily limit.\n")
    second = ("en-halt-2.txt", "en", "2026-04-09", "Exchange halts Benua\n\nThe Indonesia Stock Exchange halted trading in "
              "PT Benua Kopi Nusantara shares on Thursday after a short seller's report.\n")
    items = _timeline_of([first, second], "Indonesia Stock Exchange")
    assert sorted(i.date for i in items) == ["2026-04-07", "2026-04-09"]


_GROUNDED_EN = ("Merbau Air jets grounded\n\nIndonesia's transport ministry has ordered Merbau Air to ground nine of its "
                "jets after an engine fire on Monday, a ministry spokesman said.\n\nMerbau Air said it was working with the "
                "ministry.\n")


@pytest.mark.parametrize("id_body", [
    # the Indonesian outlet's sentence matches no kind of happening, the English one's a ban
    "Surat perintah Kementerian Perhubungan kepada Merbau Air dikeluarkan pada Senin (7/9/2026) malam, sehari setelah "
    "insiden kebakaran mesin.",
    # ... or tells only that something was said
    "Kementerian Perhubungan mengumumkan perintah itu kepada Merbau Air dalam konferensi pers pada Senin (7/9/2026) malam.",
])
def test_a_happening_of_no_kind_told_the_same_day_as_one_of_a_kind_is_that_one(id_body):
    id_text = f"Kemenhub dan Merbau Air\n\n{id_body}\n\nMerbau Air menyatakan akan mematuhi perintah tersebut.\n"
    items = _timeline_of([("en-c.txt", "en", "2026-09-08", _GROUNDED_EN), ("id-c.txt", "id", "2026-09-09", id_text)],
                         "Merbau Air")
    assert [(i.kind, i.date, len(i.sources)) for i in items] == [("ban", "2026-09-07", 2)]


def test_a_happening_of_no_kind_naming_other_parties_stays_apart():
    id_text = ("Kemenhub larang sembilan pesawat Merbau Air terbang\n\nPT Angkasa Pura Nusantara menutup landasan pacu "
               "Bandara Kertajati pada Senin (7/9/2026) malam untuk perbaikan.\n")
    items = _timeline_of([("en-c.txt", "en", "2026-09-08", _GROUNDED_EN), ("id-c.txt", "id", "2026-09-09", id_text)])
    assert len([i for i in items if i.date == "2026-09-07"]) == 2


def test_a_person_named_to_a_post_in_a_sentence_about_a_merger_is_an_item_of_its_own():
    en = ("Lenders approve merger\n\nShareholders of PT Bank Cemara Raya and PT Bank Delta Kapuas approved a merger of the "
          "two lenders at extraordinary meetings on Wednesday.\n\nAt the same meetings on Wednesday, shareholders named Rudi "
          "Santoso, deputy president director of Cemara Raya, as president director of the merged bank.\n")
    id_text = ("OJK restui merger Cemara Raya\n\nOtoritas Jasa Keuangan (OJK) memberikan izin penggabungan PT Bank Delta "
               "Kapuas ke dalam PT Bank Cemara Raya, Kamis (8/10/2026).\n\nRUPS juga menunjuk Rudi Santoso sebagai direktur "
               "utama bank hasil merger.\n")
    items = _timeline_of([("en-m.txt", "en", "2026-08-20", en), ("id-m.txt", "id", "2026-10-09", id_text)])
    named = [i for i in items if i.text.startswith("At the same meetings")]
    assert [(i.kind, i.date, sorted(s.file for s in i.sources)) for i in named] == [("hiring", "2026-08-19", ["en-m.txt", "id-m.txt"])]


def test_a_stake_told_with_the_chief_hired_alongside_is_one_item():
    en = ("Kencana bets on Lintas Data\n\nKencana Group invested $2 billion in Lintas Data on Monday and hired its chief "
          "executive, Budi Hartanto, to lead a new lab.\n")
    id_text = ("Kencana suntik Lintas Data\n\nKencana Group menginvestasikan dana senilai $2 miliar di Lintas Data pada "
               "Senin (2/3/2026) untuk memboyong CEO Lintas Data, Budi Hartanto, beserta beberapa eksekutifnya.\n")
    items = _timeline_of([("en-k.txt", "en", "2026-03-03", en), ("id-k.txt", "id", "2026-03-04", id_text)])
    assert [(i.date, len(i.sources)) for i in items] == [("2026-03-02", 2)]


def test_a_happening_of_no_kind_dated_by_its_month_joins_the_story_s_one_telling_of_its_day():
    id_text = ("Kencana Niaga surati Lintas Data\n\nPemegang saham PT Lintas Data Nusantara, Kencana Niaga Capital, "
               "mengusulkan tiga calon anggota dewan komisaris Lintas Data Nusantara pada Jumat (17/4/2026).\n\n"
               "Kencana Niaga Capital memiliki 18% saham Lintas Data Nusantara.\n")
    en = ("Investor presses Lintas Data\n\nKencana Niaga Capital, which owns 18% of Lintas Data Nusantara, last week "
          "proposed three candidates for the board of Lintas Data Nusantara.\n\nLintas Data Nusantara did not respond.\n")
    items = _timeline_of([("id-l.txt", "id", "2026-04-18", id_text), ("en-l.txt", "en", "2026-04-24", en)],
                         "Kencana Niaga Capital")
    assert [(i.date, len(i.sources)) for i in items] == [("2026-04-17", 2)]


def test_a_sentence_telling_two_dates_leads_an_item_for_each():
    text = ("Arkana trims network\n\nPT Arkana Susu Prima closed 37 of its outlets last month and has laid off 540 "
            "workers, its president director said on Wednesday.\n")
    items = _timeline_of([("en-arkana.txt", "en", "2026-04-08", text)], "Arkana Susu Prima")
    dates = sorted(i.date[:7] for i in items if i.date)
    assert dates == ["2026-03", "2026-04"] and len({i.text for i in items}) == 1


_SMELTER_EN = ("Police name smelter managers as suspects\n\nKENDARI (Wire) - Police in Southeast Sulawesi on Monday named two "
               "managers at PT Selatan Nikel Prima as suspects over a furnace explosion that killed eight workers at "
               "the company's smelter in Konawe.\n\nSelatan Nikel Prima said it was cooperating with the "
               "investigation.\n")
_SMELTER_ID = ("Selatan Nikel serahkan santunan\n\nKENDARI, KOMPAS - PT Selatan Nikel Prima menyerahkan santunan kepada "
               "keluarga delapan pekerja yang tewas dalam ledakan tungku smelter di Konawe, Rabu (14/1/2026).\n\n"
               "Dua manajer smelter ditetapkan sebagai tersangka kelalaian oleh Polda Sultra bulan lalu.\n")


def test_one_story_told_in_two_languages_merges_parties_named_differently():
    items = _timeline_of([("en-nikel.txt", "en", "2025-12-09", _SMELTER_EN), ("id-nikel.txt", "id", "2026-01-15", _SMELTER_ID)])
    suspects = [i for i in items if "suspects" in i.text or "tersangka" in i.text]
    assert len(suspects) == 1 and suspects[0].date == "2025-12-08"
    assert len({s.article_id for s in suspects[0].sources}) == 2


def test_two_people_leaving_in_one_month_of_one_story_stay_apart():
    en = ("Arkana shake-up\n\nJAKARTA (Wire) - The chief financial officer of PT Arkana Susu Prima, Maria Oktaviani, resigned "
          "on March 3, the company said, as an audit of the dairy maker's accounts widened. PT Arkana Susu Prima shares fell "
          "12% on the news.\n")
    idt = ("Direktur Arkana mundur\n\nJAKARTA, KOMPAS - Direktur Operasional PT Arkana Susu Prima, Budi Santoso, mengundurkan "
           "diri pada Maret lalu di tengah audit laporan keuangan PT Arkana Susu Prima. Saham PT Arkana Susu Prima turun 12 persen.\n")
    items = _timeline_of([("en-arkana.txt", "en", "2026-03-04", en), ("id-arkana.txt", "id", "2026-04-02", idt)])
    leaving = [i for i in items if "resigned" in i.text or "mengundurkan" in i.text]
    assert len(leaving) == 2


def test_an_article_is_cited_by_its_telling_that_dates_the_happening():
    from bot.answers.timeline import _best_told
    from db import models as m

    passing = m.Event(id=1, type="recall", date_basis="reported", date_year=2026, date_month=4, date_day=22, date_precision="day")
    stated = m.Event(id=2, type="recall", date_basis="stated", date_year=2026, date_month=4, date_day=4, date_precision="day")
    month = m.Event(id=3, type="recall", date_basis="stated", date_year=2026, date_month=4, date_precision="month")
    assert [e.id for e in _best_told([passing, month, stated])] == [2, 3, 1]


def test_an_article_telling_a_day_and_a_month_of_one_kind_tells_two_happenings():
    text = ("Arkana settles\n\nJAKARTA (Wire) - PT Arkana Susu Prima agreed on Wednesday to pay 45 billion rupiah to settle "
            "a class-action lawsuit brought by parents.\n\nPT Arkana Susu Prima also withdrew its lawsuit against the "
            "Ministry of Trade earlier this month, its lawyer said.\n")
    items = _timeline_of([("en-arkana.txt", "en", "2026-03-19", text)], "Arkana Susu Prima")
    assert sorted(i.date for i in items if i.kind == "lawsuit") == ["2026-03", "2026-03-18"]


def _one_item_of_two_articles(first: tuple[str, str, str], second: tuple[str, str, str], keep):  # type: ignore[no-untyped-def]
    """The one timeline item of two articles ``(language, published, text)`` that ``keep`` picks; it cites both."""
    items = _timeline_of([(f"{lang}-{k}.txt", lang, pub, text) for k, (lang, pub, text) in enumerate((first, second))])
    picked = [i for i in items if keep(i)]
    assert len(picked) == 1 and len({s.article_id for s in picked[0].sources}) == 2, [(i.date, i.kind, i.text) for i in items]
    return picked[0]


def test_a_passing_mention_of_the_story_s_happening_cites_its_article_there():
    # the mention names no party the telling names: only the story ties them
    en = ("Furnace blast at Selatan Nikel smelter\n\nKENDARI (Wire) - A furnace at PT Selatan Nikel Prima's nickel smelter "
          "in Konawe exploded on Sunday, killing six workers, police said.\n\nSelatan Nikel Prima halted the furnace line "
          "and said it was cooperating with the police.\n")
    idt = ("Selatan Nikel serahkan santunan\n\nKENDARI, KOMPAS - PT Selatan Nikel Prima menyerahkan santunan kepada "
           "keluarga delapan pekerja yang tewas dalam ledakan tungku di kawasan industri Lasolo, Rabu (14/1/2026).\n\n"
           "Santunan diserahkan langsung oleh direksi PT Selatan Nikel Prima di Kendari.\n")
    blast = _one_item_of_two_articles(("en", "2025-12-01", en), ("id", "2026-01-15", idt), lambda i: i.date == "2025-11-30")
    assert blast.date_basis == "stated"


def test_an_appointment_years_after_a_person_joined_is_a_happening_of_its_own():
    old = ("Arkana hires sales chief\n\nJAKARTA (Wire) - PT Arkana Susu Prima hired Galuh Prameswari as head of sales "
           "on March 3, 2021, the company said.\n")
    new = ("Arkana names new chief\n\nJAKARTA (Wire) - PT Arkana Susu Prima has appointed Galuh Prameswari as chief "
           "executive, the company said in a filing.\n")
    items = _timeline_of([("en-arkana-2021.txt", "en", "2021-03-04", old), ("en-arkana-2026.txt", "en", "2026-04-21", new)],
                         "Galuh Prameswari")
    hirings = sorted(i.date[:4] for i in items if i.kind == "hiring")
    assert hirings == ["2021", "2026"]


def test_an_undated_retelling_in_another_language_joins_the_story_s_dated_happening():
    en = ("Ticket holders go to police\n\nJAKARTA (Wire) - On Monday, 86 ticket holders reported PT Irama "
          "Laut Semesta and its president director to the Jakarta police for alleged fraud, their lawyer said. Irama "
          "Laut Semesta cancelled its festival last week.\n")
    idn = ("Promotor Irama Laut minta maaf\n\nJAKARTA, KOMPAS - PT Irama Laut Semesta meminta maaf atas batalnya festival. "
           "Di sisi lain, Polda Metro Jaya telah menerima laporan dari 86 pemegang tiket terkait dugaan penipuan oleh "
           "Irama Laut Semesta.\n")
    told = _one_item_of_two_articles(("en", "2026-04-14", en), ("id", "2026-04-16", idn), lambda i: i.kind == "complaint")
    assert told.date == "2026-04-13"


def test_a_telling_left_untyped_joins_one_of_the_same_day_and_lead_that_another_outlet_typed():
    en = ("Arkana shuts plant\n\nJAKARTA (Wire) - PT Arkana Susu Prima halted production at its Pasuruan plant on "
          "Tuesday, the company said.\n")
    idn = ("Arkana hentikan pabrik\n\nJAKARTA, KOMPAS - PT Arkana Susu Prima menghentikan sementara kegiatan di pabrik "
           "Pasuruan pada Selasa (7/4/2026) untuk pemeriksaan.\n")  # no type: "other"
    _one_item_of_two_articles(("en", "2026-04-08", en), ("id", "2026-04-08", idn), lambda i: i.date == "2026-04-07")


def _timeline_of_reports(tellings: tuple[tuple[str, str, str], ...], query: str = "") -> list:
    """The timeline of Indonesian reports ``(published, headline, body)``, one article each."""
    articles = [(f"id-{pub}.txt", "id", pub, f"{title}\n\nJAKARTA, KOMPAS - {body}\n") for pub, title, body in tellings]
    return _timeline_of(articles, query)


def test_a_report_that_a_kind_of_happening_came_again_is_a_new_item():
    items = _timeline_of_reports((
        ("2025-05-20", "Arkana pangkas karyawan",
         "PT Arkana Susu Prima memberhentikan 200 karyawan pada Mei 2025 untuk menekan biaya."),
        ("2026-02-28", "Arkana PHK lagi",
         "PT Arkana Susu Prima kembali melakukan PHK terhadap karyawan. Jumlahnya belum diumumkan.")), "Arkana Susu Prima")
    assert sorted(i.date for i in items if i.kind == "layoffs") == ["2025-05", "2026-02-28"]


def test_an_authority_s_act_on_another_party_years_before_is_another_item():
    items = _timeline_of_reports((
        ("2022-08-16", "Kejagung tahan Dimas",
         "Selain itu, KPK menetapkan Dimas Prayoga sebagai tersangka dalam kasus suap PT Lantera Baja pada tahun 2014."),
        ("2026-03-24", "KPK tetapkan empat tersangka",
         "Di Jakarta, KPK menetapkan Rina Wulandari dan Budi Santoso sebagai tersangka suap PT Lantera Baja.")))
    assert "2026-03-24" in [i.date for i in items if i.kind == "charge"]


def test_an_undated_appointment_retold_weeks_later_is_one_item():
    items = _timeline_of_reports((
        ("2026-01-23", "Lantera tunjuk CEO interim",
         "Perusahaan logistik PT Lantera Nusa menunjuk Dimas Prayoga sebagai CEO interim menggantikan Rina Wulandari."),
        ("2026-02-25", "Lantera PHK karyawan",
         "Perusahaan logistik PT Lantera Nusa menunjuk Dimas Prayoga sebagai CEO interim dan Budi Santoso sebagai CFO interim.")),
        "Dimas Prayoga")
    hirings = [i for i in items if i.kind == "hiring"]
    assert len(hirings) == 1 and len({s.article_id for s in hirings[0].sources}) == 2, [(i.date, i.text) for i in items]


def test_a_happening_named_in_a_comma_clause_cites_its_article_on_the_dated_item():
    first = ("Arkana milk recalled\n\nKUALA LUMPUR (Wire) - PT Arkana Susu Prima recalled three batches of its milk from "
             "Malaysian shops on Wednesday after tests found bacteria.\n")
    later = ("Parents sue Arkana\n\nJAKARTA (Wire) - PT Arkana Susu Prima, which recalled about 9,600 cans from the "
             "affected batches, said on Tuesday its own tests had found no contaminated products.\n")
    _one_item_of_two_articles(("en", "2026-04-09", first), ("en", "2026-04-22", later), lambda i: i.kind == "recall")


def test_outlets_naming_the_parties_apart_but_agreeing_on_the_figure_tell_one_happening():
    en_text = ("Watchdog fines Kirana\n\nIndonesia's competition watchdog, the KPPU, has imposed a fine of around 90 "
               "billion rupiah on Kirana Data Corp for abusing its market position.\n")
    id_text = ("Kirana didenda\n\nKomisi Pengawas Persaingan Usaha menjatuhkan denda sebesar Rp 90,4 miliar kepada "
               "Kirana Data Corp atas pelanggaran persaingan usaha.\n")
    items = _timeline_of([("en-kirana.txt", "en", "2026-03-10", en_text), ("id-kirana.txt", "id", "2026-03-16", id_text)],
                         "Kirana Data")
    fines = [i for i in items if "denda" in i.text or "fine" in i.text]
    assert len(fines) == 1 and len({s.article_id for s in fines[0].sources}) == 2


def test_the_same_figure_months_apart_stays_apart():
    first = ("en-kirana-1.txt", "en", "2026-03-10", "Kirana fined\n\nThe KPPU has imposed a fine of 90 billion rupiah on "
             "Kirana Data Corp.\n")
    later = ("en-kirana-2.txt", "en", "2026-06-20", "Kirana fined again\n\nThe Financial Services Authority has fined "
             "Kirana Data Corp 90 billion rupiah over late reports.\n")
    items = _timeline_of([first, later], "Kirana Data")
    assert len([i for i in items if "fine" in i.text]) == 2


def test_a_month_telling_joins_the_day_telling_of_its_story_naming_other_parties():
    # one outlet says the ministry ordered the halt on a day; another, in the same language, that the mine halted that month
    idt = ("Kementerian hentikan tambang Garuda Batu\n\nJAKARTA, KOMPAS - Kementerian ESDM memerintahkan penghentian "
           "sementara operasi tambang batu bara di Kutai Kartanegara, Kalimantan Timur, Senin (9/3/2026).\n\n"
           "Longsor di tambang milik PT Garuda Batu Lestari itu menewaskan empat pekerja.\n")
    other = ("Garuda Batu setop tambang\n\nSAMARINDA, TEMPO - PT Garuda Batu Lestari menghentikan sementara operasi "
             "tambangnya di Kutai Kartanegara, Kalimantan Timur, pada Maret lalu setelah longsor menewaskan empat pekerja.\n")
    items = _timeline_of([("id-gb.txt", "id", "2026-03-10", idt), ("id-gb2.txt", "id", "2026-04-02", other)])
    halts = [i for i in items if "penghentian" in i.text or "menghentikan" in i.text]
    assert len(halts) == 1 and halts[0].date == "2026-03-09"
    assert {s.file for s in halts[0].sources} >= {"id-gb.txt", "id-gb2.txt"}


def test_a_person_written_without_a_middle_name_is_one_party():
    from bot.answers.timeline import same_person
    names = {1: "Hendra Wijaya Kusuma", 2: "Hendra Kusuma", 3: "Deddy Pranata", 4: "Dedy Pranata",
             5: "Rudi Santoso Halim", 6: "Rudi Hartono Halim", 7: "Rudi Halim"}
    same = same_person(names, set(names))
    assert same[2] == 1 and same[4] == 3
    assert not {5, 6, 7} & set(same)  # two middle names: "Rudi Halim" could be either


def test_what_befalls_a_person_is_one_item_whoever_leads_the_sentence():
    a = ("Jaksa tangkap bos Arkana\n\nJAKARTA, KOMPAS - Kejaksaan Agung menangkap Direktur Utama PT Arkana Susu Prima, "
         "Hendra Kusuma, Selasa (12/5/2026) malam, di Surabaya.\n")
    b = ("Hendra Kusuma diamankan\n\nJAKARTA, TEMPO - Harli Simanjuntak mengatakan Hendra Kusuma "
         "ditangkap timnya pada Selasa (12/5/2026) malam di Surabaya.\n")
    items = _timeline_of([("id-a.txt", "id", "2026-05-13", a), ("id-b.txt", "id", "2026-05-13", b)], "Hendra Kusuma")
    arrests = [i for i in items if i.kind == "arrest"]
    assert len(arrests) == 1 and len({s.file for s in arrests[0].sources}) == 2


def test_an_undated_detention_of_unnamed_suspects_months_later_is_another_item():
    may = ("Jaksa tangkap bos Arkana\n\nJAKARTA, KOMPAS - Kejaksaan Agung menangkap Direktur Utama PT Arkana Susu Prima, "
           "Hendra Kusuma, Selasa (12/5/2026) malam, di Surabaya.\n")
    july = ("Delapan tersangka kasus Arkana\n\nJAKARTA, TEMPO - Kejaksaan Agung menetapkan delapan tersangka dalam "
            "kasus kredit PT Arkana Susu Prima.\n\nTujuh tersangka ditahan oleh Kejaksaan Agung di Jakarta.\n")
    items = _timeline_of([("id-may.txt", "id", "2026-05-13", may), ("id-july.txt", "id", "2026-07-22", july)])
    held = [i for i in items if i.kind == "arrest"]
    assert sorted(i.date for i in held) == ["2026-05-12", "2026-07-22"]


def test_a_round_up_of_several_companies_layoffs_keeps_each_company_s_item():
    text = ("Deretan startup PHK karyawan\n\nJAKARTA, KOMPAS - Startup edukasi PT Pintaria Nusantara melakukan PHK terhadap "
            "150 karyawan.\n\nStartup logistik PT Kirimcepat Indonesia juga melakukan PHK massal setelah dua gudangnya di "
            "Bandung ditutup.\n")
    items = _timeline_of([("id-roundup.txt", "id", "2026-06-03", text)])
    layoffs = [i for i in items if i.kind == "layoffs"]
    assert len(layoffs) == 2


def test_an_undated_report_that_a_person_was_named_a_suspect_retells_an_earlier_report_of_it():
    december = ("KPK tetapkan Rahmat Sinaga tersangka\n\nJAKARTA, KOMPAS - Komisi Pemberantasan Korupsi menetapkan Wakil "
                "Ketua DPRD Sulawesi Tenggara Rahmat Sinaga sebagai tersangka kasus suap dana hibah.\n")
    february = ("KPK periksa saksi kasus hibah\n\nJAKARTA, VOI - The KPK questioned two council members as witnesses "
                "in the grant bribery case.\n\nPreviously, the deputy speaker of the council, Rahmat Sinaga, had been "
                "named a suspect.\n")
    items = _timeline_of([("id-dec.txt", "id", "2026-12-16", december), ("en-feb.txt", "en", "2027-02-16", february)],
                         "Rahmat Sinaga")
    charges = [i for i in items if i.kind == "charge"]
    assert len(charges) == 1 and charges[0].date == "2026-12-16"
    assert {s.file for s in charges[0].sources} == {"id-dec.txt", "en-feb.txt"}


def test_a_happening_dated_from_another_stays_apart_from_it():
    """"A day after the explosion, the ministry suspended ...": dated from the explosion, a day on, sharing its
    parties, but another happening."""
    from tests.answers.scratch import ask_after_ingest

    article = ("en-b.txt", "en", "2026-03-10",
               "Smelter halted\n\nAn explosion at the PT Kencana Nikel smelter killed three workers on March 2. A day "
               "after the explosion, the Energy Ministry suspended operations at the Kencana Nikel smelter.\n")
    items = ask_after_ingest([article], "/timeline").items
    assert {(i.date, i.kind) for i in items} >= {("2026-03-02", "accident"), ("2026-03-03", "ban")}


def test_a_suspect_later_indicted_in_court_is_two_items():
    """Naming a suspect and reading the indictment at the trial are two steps of a case, months apart; a later
    report of the indictment without a date of its own is not a retelling of the naming."""
    items = _timeline_of_reports((
        ("2026-05-18", "Kejagung tetapkan Rudi Hartanto tersangka",
         "Kejaksaan Agung menetapkan mantan Direktur Utama PT Arkana Susu Prima Rudi Hartanto sebagai tersangka "
         "korupsi pada Rabu (17/5/2026)."),
        ("2026-08-03", "Rudi Hartanto didakwa rugikan negara Rp 2 triliun",
         "Mantan Direktur Utama PT Arkana Susu Prima Rudi Hartanto didakwa merugikan keuangan negara sebesar Rp 2 "
         "triliun oleh jaksa penuntut umum.")), "Rudi Hartanto")
    dates = sorted(i.date for i in items if i.date)
    assert "2026-05-17" in dates and "2026-08-03" in dates, [(i.date, i.kind, i.text) for i in items]


def test_a_happening_named_in_passing_by_an_earlier_report_is_dated_by_that_report():
    """"X, who was named chief executive, ..." in a report of 2 March: the appointment was known by then, though
    only a report of 4 March tells it as its news."""
    first = ("en-aside.txt", "en", "2026-03-02", "Arta Niaga shares fall\n\nShares of PT Arta Niaga Digital fell 5 percent. "
             "Budi Santoso, who was named chief executive of Arta Niaga Digital, declined to comment on the fall.\n")
    second = ("en-news.txt", "en", "2026-03-04", "Arta Niaga names CEO\n\nPT Arta Niaga Digital has appointed Budi Santoso as "
              "its chief executive, replacing the company's founder.\n")
    items = _timeline_of([first, second], "Budi Santoso")
    hires = [i for i in items if i.kind == "hiring"]
    assert [(i.date, i.date_basis) for i in hires] == [("2026-03-02", "reported")], [(i.date, i.kind, i.text) for i in items]


def test_one_undated_sentence_leads_one_item_whatever_earlier_reports_joined_one_of_its_kinds():
    """An undated sentence telling two kinds ("signed an agreement ... to progress the merger"), one of which an
    earlier report also told undated: the item is one, not one per kind at each report's day."""
    earlier = ("Rencana merger Alfatel dan Betanet\n\nRencana merger antara PT Alfatel Nusantara Tbk dan PT Betanet "
               "Digital Tbk terus bergulir di tengah protes karyawan Alfatel Nusantara.\n")
    later = ("Alfatel and Betanet sign merger deal\n\nAlfatel Group has signed a definitive agreement with Betanet "
             "Group to progress the proposed merger of PT Alfatel Nusantara Tbk and PT Betanet Digital Tbk.\n")
    items = _timeline_of([("id-alfatel.txt", "id", "2026-12-06", earlier), ("en-alfatel.txt", "en", "2026-12-11", later)],
                         "Alfatel Nusantara")
    signed = [i for i in items if i.text.startswith("Alfatel Group has signed")]
    assert len(signed) == 1


def test_one_day_s_happening_led_by_different_parties_in_one_story_is_one_item():
    """Outlets of one story lead the same blast with the plant's owner or the industrial park: one item."""
    first = ("Blast kills 12 at Kopitara smelter\n\nAn explosion at the Lintang Industrial Park killed 12 workers on "
             "Sunday, the park's spokesman Dedi Kurnia said. The smelter belongs to PT Kopitara Stainless Steel.\n")
    second = ("Kopitara smelter fire: 12 dead\n\nA furnace of PT Kopitara Stainless Steel exploded on Sunday, killing 12 "
              "workers. Kopitara Stainless Steel runs the smelter in the Lintang Industrial Park.\n")
    items = _timeline_of([("en-kopitara-1.txt", "en", "2026-12-21", first), ("en-kopitara-2.txt", "en", "2026-12-22", second)])
    blast = [i for i in items if i.date == "2026-12-20"]
    assert len(blast) == 1 and len({s.article_id for s in blast[0].sources}) == 2



def _kalinda_items(en: str, idn: str, published: tuple[str, str], kind: str) -> list:
    """The items of ``kind`` on Kalinda Labs, told by an English and an Indonesian outlet."""
    items = _timeline_of([("en-kalinda-1.txt", "en", published[0], f"Kalinda Labs\n\nJAKARTA (Wire) - {en}\n"),
                          ("id-kalinda-2.txt", "id", published[1], f"Kalinda Labs\n\nJAKARTA, KOMPAS - {idn}\n")],
                         "Kalinda Labs")
    return [i for i in items if i.kind == kind]


def test_a_happening_of_no_kind_dated_by_one_outlet_is_retold_undated_by_another():
    """"Called on the CEO to resign on Thursday" / "urged the CEO to resign" (no date, reported the next day)."""
    called = _kalinda_items("Trade Minister Joko Hartanto called on the chief executive of Kalinda Labs, Budi Santoso, to "
                            "resign on Thursday, citing the company's losses.",
                            "Menteri Perdagangan Joko Hartanto mendesak CEO Kalinda Labs Budi Santoso untuk mengundurkan "
                            "diri karena kerugian perusahaan.", ("2026-05-08", "2026-05-09"), "other")
    assert len(called) == 1 and called[0].date == "2026-05-07" and len({s.article_id for s in called[0].sources}) == 2


def test_a_stake_told_undated_by_two_outlets_the_same_day_is_one_item():
    stakes = _kalinda_items("Varnet Holdings has taken a $2.1 billion, 8.5% stake in Kalinda Labs, buying new shares at "
                            "$20 each.", "Pemerintah melalui Varnet Holdings resmi mengambil 8,5 persen saham Kalinda Labs "
                            "senilai US$2,1 miliar.", ("2026-05-08", "2026-05-08"), "investment")
    assert len(stakes) == 1 and len({s.article_id for s in stakes[0].sources}) == 2


def test_a_story_s_undated_layoffs_explained_weeks_later_are_one_item():
    items = _timeline_of([
        ("en-1.txt", "en", "2026-03-02", "Kopitara lays off staff\n\nJAKARTA - Coffee chain PT Kopitara Jaya has laid off "
         "about 150 employees at its Bandung roastery, people familiar with the matter said.\n"),
        ("id-2.txt", "id", "2026-03-20", "Kopitara bantah PHK rekayasa\n\nJAKARTA, KOMPAS - Direktur PT Kopitara Jaya "
         "Rina Wulandari menjelaskan PHK terhadap 150 karyawan Kopitara Jaya dilakukan karena perusahaan salah langkah.\n")],
        "Kopitara Jaya")
    layoffs = [i for i in items if i.kind == "layoffs"]
    assert len(layoffs) == 1 and len({s.article_id for s in layoffs[0].sources}) == 2, [(i.date, i.text) for i in items]


def test_new_suspects_named_weeks_after_an_undated_naming_are_another_item():
    items = _timeline_of_reports((
        ("2026-03-02", "KPK jerat tersangka",
         "Dalam perkara suap PT Lantera Baja ini, KPK menetapkan enam orang tersangka."),
        ("2026-03-19", "KPK tetapkan tersangka baru",
         "KPK menetapkan tiga tersangka baru dalam perkara suap PT Lantera Baja.")), "Lantera Baja")
    assert sorted(i.date for i in items if i.kind == "charge") == ["2026-03-02", "2026-03-19"]


def test_a_month_telling_joins_the_day_telling_that_names_its_lead_among_several_that_month():
    # two happenings of no kind in one month, each dated to the day by one outlet; another outlet dates the
    # shareholder's letter by "earlier this month" only: it joins the shareholder's, not the share price's
    idt = ("Arunika desak RUPSLB Sinar Kelapa\n\nJAKARTA, WARTAKITA - Pemegang saham PT Sinar Kelapa Tbk, Arunika "
           "Capital, mendesak direksi menggelar rapat umum pemegang saham luar biasa.\n\nSurat pertama dikirim "
           "Arunika Capital pada Jumat (8/5/2026), namun direksi belum menjawab.\n\nSaham Sinar Kelapa sempat "
           "anjlok 12 persen pada Selasa (12/5/2026).\n")
    ent = ("Sinar Kelapa chief quits\n\nArunika Capital, which owns 12% of Sinar Kelapa, earlier this month asked "
           "the board to call an extraordinary shareholders' meeting.\n")
    items = _timeline_of([("id-sk.txt", "id", "2026-05-13", idt), ("en-sk.txt", "en", "2026-05-18", ent)])
    told = {i.text.split()[0]: (i.date, {s.file for s in i.sources}) for i in items}
    assert told["Surat"] == ("2026-05-08", {"id-sk.txt", "en-sk.txt"})
    assert told["Saham"] == ("2026-05-12", {"id-sk.txt"})
    assert "Arunika" not in told  # the English telling leads no item of its own




def _funding(event_id: int, article: int, month: int | None) -> m.Event:
    return m.Event(date_year=2024, date_month=month, date_day=None, date_precision="month" if month else "year",
                   date_text=None, id=event_id, type="funding", text=f"telling {event_id}", date_basis="stated",
                   anchor_type=None, article_id=article, passage_id=event_id)


def _cluster_of(event: m.Event, actors: list[int]) -> _Cluster:
    date = DateValue(2024, event.date_month, None, "month" if event.date_month else "year")
    return _Cluster(event.type, actors, date, "stated", [event])


@pytest.mark.parametrize(("months", "items"), [((3,), 1), ((3, 9), 3)])
def test_a_happening_dated_by_its_year_joins_the_story_s_one_finer_telling_of_its_kind(months, items):
    """A later article dates a round by its year and names its parties otherwise ("raised money from Japanese
    investors in 2024"): it joins the story's one telling of that kind dated finer that year, not one of two."""
    finer = [_cluster_of(_funding(k, k, month), [10, 11]) for k, month in enumerate(months, start=1)]
    year = _cluster_of(_funding(9, 9, None), [12])
    loaded = _Loaded(events=[], actors={}, anchors={}, names={}, story=dict.fromkeys((1, 2, 9), 7))
    assert len(_merge_coarse_into_day([*finer, year], loaded)) == items


def test_a_month_dated_telling_of_no_kind_joins_its_leads_day_dated_happening_that_month() -> None:
    """"moved its roasting out of Bandung in March" beside "menutup pabrik ... (10/3)": one happening, though the
    story has another dated happening that month (a raid led by the police)."""
    first = ("Kopitara tutup pabrik\n\nBANDUNG, KOMPAS - PT Kopitara Nusantara menutup pabrik kopinya di Bandung pada "
             "Selasa (10/3/2026). Polda Jambi menggeledah kantor Kopitara di Jambi pada Jumat (20/3/2026).\n")
    second = "Kopitara's Bandung exit\n\nJAKARTA - Kopitara Nusantara moved its roasting out of Bandung in March.\n"
    answer = ask_after_ingest([("id-k.txt", "id", "2026-03-21", first), ("en-k.txt", "en", "2026-04-06", second)],
                              "/timeline Kopitara")
    closing = [i for i in answer.items if i.date == "2026-03-10"]
    assert len(closing) == 1 and closing[0].count == 2
    assert not [i for i in answer.items if i.date == "2026-03"]



def _telling(event_id: int, kind: str, month: int, day: int | None) -> m.Event:
    return m.Event(date_year=2026, date_month=month, date_day=day, date_precision="day" if day else "month",
                   date_text=None, id=event_id, type=kind, text=f"telling {event_id}", date_basis="stated",
                   anchor_type=None, article_id=event_id, passage_id=event_id)


@pytest.mark.parametrize(("hosts", "merged"), [
    ((10,), True),  # the story's one happening of that month, led by the inspectors: the one the company's month tells
    ((10, 20), False),  # two that month, neither led by the company: nothing says which one it tells
])
def test_a_month_telling_of_no_kind_joins_the_story_s_one_day_telling_that_month_whoever_leads_it(hosts, merged):
    """"Kopitara stopped its Bandung plant in March" beside "inspectors sealed Kopitara's plant on Tuesday (10/3)"."""
    inspectors, company = 5, 7
    days = [_Cluster("closure", [inspectors, company], DateValue(2026, 3, day, "day"), "stated",
                     [_telling(day, "closure", 3, day)]) for day in hosts]
    month = _Cluster("other", [company], DateValue(2026, 3, None, "month"), "stated", [_telling(99, "other", 3, None)])
    loaded = _Loaded(events=[], actors={}, anchors={}, names={}, story=dict.fromkeys((*hosts, 99), 1))
    left = _merge_coarse_into_day([*days, month], loaded)
    assert (month not in left) is merged and len(left) == len(hosts) + (not merged)


@pytest.mark.parametrize(("typed_day", "untyped_day", "tells"), [
    (7, 7, True),  # the same day, no party in common: the story's one typed happening that day is the one told
    (7, 8, False),  # another day, no party in common: nothing says it is that happening
])
def test_an_untyped_telling_of_the_same_day_is_the_typed_one_whoever_leads_it(typed_day, untyped_day, tells):
    from bot.answers.timeline import _Cluster, _typed_telling_of
    from bot.domain import DateValue

    typed = _Cluster("recall", [1], DateValue(2026, 4, typed_day, "day"), "stated")
    untyped = _Cluster("other", [2], DateValue(2026, 4, untyped_day, "day"), "stated")
    assert _typed_telling_of(typed, untyped) is tells


def test_a_telling_of_mid_month_joins_that_month_s_day_nearest_it():
    english = ("Kopitara drops outlet operator\n\nKopitara Seluler ended its partnership with PT Sendangsari Layan in "
               "Medan on Feb. 4 after a fraud at two outlets.\n\nKopitara Seluler terminated its contract with PT "
               "Sendangsari Layan on Feb. 13, the company said.\n")
    indonesian = ("Kopitara putus kontrak\n\nPada pertengahan Februari, Kopitara Seluler memutus kontrak dengan PT "
                  "Sendangsari Layan, operator gerai di Sumatera.\n")
    items = _timeline_of([("en-kop.txt", "en", "2026-02-20", english), ("id-kop.txt", "id", "2026-03-02", indonesian)],
                         "Kopitara Seluler")
    cited = {i.date: {s.file for s in i.sources} for i in items}
    assert cited.get("2026-02-13") == {"en-kop.txt", "id-kop.txt"}


def test_a_happening_of_a_kind_told_by_its_month_takes_the_day_another_outlet_tells_of_no_kind():
    en = ("Arkana bosses held\n\nPolice said the two Arkana Susu Prima executives, Budi Hartono and Agus Santoso, were "
          "arrested in March and remain in detention.\n")
    id_ = ("Dua petinggi Arkana\n\nJAKARTA, KOMPAS - Budi Hartono dan Agus Santoso dari PT Arkana Susu Prima tiba di "
           "Markas Polda Metro Jaya dengan tangan diborgol pada Rabu (18/3/2026) malam.\n")
    items = _timeline_of([("en-arkana.txt", "en", "2026-04-10", en), ("id-arkana.txt", "id", "2026-03-19", id_)],
                         "Budi Hartono")
    told = [i for i in items if i.date and i.date.startswith("2026-03")]
    assert [(i.kind, i.date, len(i.sources)) for i in told] == [("arrest", "2026-03-18", 2)], told


def _ban_told(event_id: int, text: str, day: int | None) -> _Cluster:
    event = m.Event(date_year=2026, date_month=7, date_day=day, date_precision="day" if day else "month", date_text=None,
                    id=event_id, type="ban", text=text, date_basis="stated", anchor_type=None, article_id=event_id,
                    passage_id=event_id)
    return _Cluster("ban", [1], DateValue(2026, 7, day, "day" if day else "month"), "stated", [event])


@pytest.mark.parametrize(("coarse", "chosen"), [
    # many words of one host's telling: that host
    ("The food agency ordered Kopitara Holdings to recall its bottled chilli sauce in July.", [0]),
    # as many of each, or too few: no choice
    ("Kopitara Holdings was sanctioned in July.", [0, 1]),
])
def test_of_several_day_hosts_a_month_telling_takes_the_one_worded_most_like_it(coarse, chosen):
    hosts = [_ban_told(1, "The national food agency ordered Kopitara Holdings to recall all its bottled chilli sauce "
                         "on July 6.", 6),
             _ban_told(2, "The trade ministry froze the export permits of Kopitara Holdings on July 7.", 7)]
    assert _worded_alike(_ban_told(3, coarse, None), hosts) == [hosts[k] for k in chosen]


def test_a_happening_of_no_kind_joins_the_one_of_its_day_worded_most_like_it():
    # two happenings of a kind on one day; another outlet tells one of them in a sentence of no kind, in many of its words
    from bot.answers.timeline import _merge_untyped_into_typed

    def told(event_id: int, kind: str, text: str) -> _Cluster:
        event = m.Event(date_year=2026, date_month=7, date_day=7, date_precision="day", date_text=None, id=event_id,
                        type=kind, text=text, date_basis="stated", anchor_type=None, article_id=event_id,
                        passage_id=event_id)
        return _Cluster(kind, [1], DateValue(2026, 7, 7, "day"), "stated", [event])

    ban = told(1, "ban", "The trade ministry froze Kopitara Holdings' export permits on Tuesday, July 7.")
    fine = told(2, "fine", "The environment agency fined Kopitara Holdings for dumping waste into the Sendangsari river.")
    other = told(3, "other", "Inspectors of the environment agency caught Kopitara Holdings dumping waste into the "
                             "Sendangsari river on Tuesday.")
    loaded = _Loaded(events=[], actors={}, anchors={}, names={}, story=dict.fromkeys((1, 2, 3), 1))
    assert _merge_untyped_into_typed([ban, fine, other], loaded) == [ban, fine]
    assert [e.id for e in fine.events] == [2, 3]


def test_a_month_telling_of_a_kind_takes_the_day_of_the_telling_of_no_kind_worded_most_like_it():
    # "warned the airline in June" beside two days of June told of no kind: the one told in its words gives the day
    def cluster(event_id: int, kind: str, day: int | None, text: str) -> _Cluster:
        event = m.Event(date_year=2026, date_month=6, date_day=day, date_precision="day" if day else "month",
                        date_text=None, id=event_id, type=kind, text=text, date_basis="stated", anchor_type=None,
                        article_id=event_id, passage_id=event_id)
        return _Cluster(kind, [1, 2], DateValue(2026, 6, day, "day" if day else "month"), "stated", [event])

    warning = cluster(1, "ban", None, "The aviation regulator sent Kopitara Air a formal reprimand over delays in June.")
    days = [cluster(2, "other", 13, "The aviation regulator sent Kopitara Air a formal reprimand over delays on Saturday."),
            cluster(3, "other", 16, "Kopitara Air passengers waited at the transport ministry's office on Tuesday.")]
    loaded = _Loaded(events=[], actors={}, anchors={}, names={}, story=dict.fromkeys((1, 2, 3), 1))
    left = _merge_coarse_into_day([warning, *days], loaded)
    assert left == [warning, days[1]] and warning.date == DateValue(2026, 6, 13, "day")



def test_a_day_counted_by_one_outlet_and_stated_by_another_of_one_kind_is_one_item():
    """"The mill halted production the next day" (counted from the inspection) / "Bapeten menutup pabrik pada Rabu
    (15/7)": one story's closure that day, led by other parties, is one item."""
    def closure(event_id: int, basis: str, actors: list[int]) -> _Cluster:
        event = m.Event(date_year=2026, date_month=7, date_day=15, date_precision="day", date_text=None, id=event_id,
                        type="closure", text=f"telling {event_id}", date_basis=basis, anchor_type=None,
                        article_id=event_id, passage_id=event_id)
        return _Cluster("closure", actors, DateValue(2026, 7, 15, "day"), basis, [event])
    loaded = _Loaded(events=[], actors={}, anchors={}, names={}, story={1: 7, 2: 7})
    merged = _merge_story_day_kind([closure(1, "stated", [10]), closure(2, "anchored", [11])], loaded)
    assert len(merged) == 1 and merged[0].basis == "stated"


def test_two_happenings_of_one_day_between_the_same_parties_told_by_one_article_stay_apart():
    """"The staff protested against minister X on Monday" and "X met the dismissed clerk Y on Monday night", both
    in one article: two happenings, though they share the day and two parties; another article's telling of the
    protest, typed otherwise, still joins it."""
    def told(event_id: int, article: int, kind: str, actors: list[int]) -> _Cluster:
        event = m.Event(date_year=2026, date_month=1, date_day=19, date_precision="day", date_text=None, id=event_id,
                        type=kind, text=f"telling {event_id}", date_basis="stated", anchor_type=None,
                        article_id=article, passage_id=event_id)
        return _Cluster(kind, actors, DateValue(2026, 1, 19, "day"), "stated", [event])
    protest, meeting, retold = told(1, 1, "protest", [10, 11, 12]), told(2, 1, "visit", [10, 11, 13]), told(3, 2, "other", [10, 11])
    merged = _merge_same_day_parties([protest, meeting, retold])
    assert len(merged) == 2 and {e.id for e in merged[0].events} == {1, 3}


def test_an_article_s_second_dated_telling_of_no_kind_is_another_happening():
    """"Budi Hartono met the families on Monday" ... "Budi Hartono handed them an offer on Monday evening", one article:
    two happenings of no kind, though of one day and one party; another article's telling of that day may join."""
    event = m.Event(date_year=2026, date_month=3, date_day=16, date_precision="day", date_text=None, id=1, type="other",
                    text="telling 1", date_basis="stated", anchor_type=None, article_id=1, passage_id=1)
    day = DateValue(2026, 3, 16, "day")
    cluster = _Cluster("other", [10], day, "stated", [event])
    assert not _fits(cluster, "other", [10], day, "stated", 1)
    assert _fits(cluster, "other", [10], day, "stated", 2)


def test_a_telling_of_no_kind_leading_with_the_figure_of_another_is_that_happening():
    # one outlet dates the payment by its day, another by its month and leads it with the airline's new owner; the
    # story has another happening that month, so the month alone does not tell which one the second outlet means
    idt = ("Kopitara Air setor Rp 4 miliar\n\nKUPANG, KOMPAS - PT Kopitara Air menyetor Rp 4 miliar ke kas daerah "
           "Pemprov Teluk Biru pada Senin (31/8/2026), sebagian dari kelebihan bayar Rp 9,7 miliar yang ditemukan Badan "
           "Pemeriksa Keuangan (BPK).\n\nSebelumnya, Gubernur Teluk Biru Budi Hartono mencopot Kepala Dinas Pariwisata "
           "Rina Wulandari pada Selasa (25/8/2026).\n")
    en_text = ("Kopitara Air pays back part of overpayment\n\nKUPANG (Wire) - Arkana Holidays, which now controls "
               "Kopitara Air, repaid 4 billion rupiah to the province at the end of August.\n\nTeluk Biru governor "
               "Budi Hartono said the rest of the 9.7 billion rupiah overpayment found by the Supreme Audit Agency (BPK) "
               "would be collected from Kopitara Air.\n")
    items = _timeline_of([("id-kop.txt", "id", "2026-09-01", idt), ("en-kop.txt", "en", "2026-09-14", en_text)])
    paid = [i for i in items if "4 miliar" in i.text or "4 billion" in i.text]
    assert len(paid) == 1 and len({s.article_id for s in paid[0].sources}) == 2 and paid[0].date == "2026-08-31"


def test_tellings_of_no_kind_leading_with_one_figure_at_other_times_stay_apart():
    first = ("id-kop-1.txt", "id", "2026-03-03", "Kopitara setor\n\nPT Kopitara Nusa menyetor Rp 4 miliar ke kas daerah "
             "Pemprov Teluk Biru pada Senin (2/3/2026).\n")
    later = ("id-kop-2.txt", "id", "2026-06-10", "Kopitara setor lagi\n\nPT Kopitara Nusa kembali menyetor Rp 4 miliar ke "
             "kas daerah Pemprov Teluk Biru pada Selasa (9/6/2026).\n")
    items = _timeline_of([first, later])
    assert len([i for i in items if "4 miliar" in i.text]) == 2


def test_a_day_counted_from_another_happening_within_the_stated_month_is_the_date_shown():
    """One outlet says the founder resigned "in April", another "a day after" a contract ended on 16 April: one
    item, citing both, dated 17 April (anchored), the finer date within the month the first states."""
    one = ("en-kopitara.txt", "en", "2026-06-04",
           "Kopitara founder quits\n\nJAKARTA - Rina Wulandari, who founded coffee chain Kopitara, resigned as its president "
           "director in April, the company said. Kopitara has since closed 12 outlets.\n")
    two = ("id-kopitara.txt", "id", "2026-05-02",
           "Sponsor Putus Kontrak, Pendiri Kopitara Mundur\n\nJAKARTA - PT Sendangsari Boga memutus kontrak pasokan dengan "
           "Kopitara pada 16 April. Sehari kemudian, Rina Wulandari mundur dari jabatan direktur utama Kopitara.\n")
    answer = ask_after_ingest([one, two], "/timeline Rina Wulandari")
    quits = [it for it in answer.items if "resigned" in it.text or "mundur" in it.text]
    assert [(it.date, it.date_basis, sorted(s.file for s in it.sources)) for it in quits] == \
        [("2026-04-17", "anchored", ["en-kopitara.txt", "id-kopitara.txt"])]
