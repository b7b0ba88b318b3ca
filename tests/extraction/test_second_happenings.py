"""A sentence that tells a second happening besides its first: a joined clause with a day of its own, a
clause counted from a day told before, a count of days from a death or a fire, and a main clause counted
from an earlier day while its closing attribution carries the day of the saying. Every sentence here is
our own."""

from __future__ import annotations

import pytest

from bot.extraction import extract


def dated(text: str, lang: str, pub: str = "2026-09-09") -> set[tuple[str, str | None, str]]:
    got = extract(text, language=lang, published=pub)
    return {(e.type, e.date.iso() if e.date else None, e.basis) for e in got.events}


def days(text: str, lang: str, pub: str = "2026-09-09") -> set[str | None]:
    return {d for _t, d, _b in dated(text, lang, pub)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "PT Kopitara Nusantara started building the fence on Aug. 3 and finished the first stretch on Monday, the "
           "company said."),
    ("id", "PT Kopitara Nusantara mulai membangun pagar pada 3 Agustus dan menyelesaikan tahap pertama pada Senin "
           "(7/9/2026)."),
    ("en", "Kopitara Nusantara reported the loss to the Sendangsari police on Aug. 3, and the case was taken over by "
           "the provincial police on Sept. 7."),
])
def test_a_clause_joined_on_with_its_own_day_tells_a_happening_of_its_own(lang, text):
    assert {"2026-08-03", "2026-09-07"} <= days(text, lang)


def test_a_span_between_two_days_is_one_happening():
    got = days("Kopitara Nusantara cleared the forest between March 2026 and June 2026 for the plantation.", "en")
    assert "2026-06" not in got


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("id", "Direktur PT Kopitara Nusantara, Budi Hartono, ditahan polisi pada Senin (30/3/2026). Tiga hari setelah penahanan itu, perusahaan "
           "mentransfer Rp 5,2 miliar ke rekening kelompok tani.", "2026-04-02"),
    ("en", "Kopitara Nusantara's warehouse caught fire on March 3, killing two workers. Two days after the fire, the "
           "company paid each family 25 million rupiah.", "2026-03-05"),
    ("id", "Kebakaran melanda gudang PT Kopitara Nusantara pada Selasa (3/3/2026). Dua hari setelah kebakaran, polisi "
           "memeriksa lima saksi.", "2026-03-05"),
])
def test_a_happening_counted_from_an_earlier_one_is_dated_by_the_count(lang, text, day):
    assert day in days(text, lang, "2026-04-14")


def test_a_happening_counted_from_the_day_before_is_no_repeat_of_an_undated_telling():
    text = ("East Java police have arrested Rina Wulandari, a social media influencer. Investigators named Rina a "
            "suspect on Tuesday after questioning her for 11 hours, and she was detained a day later.")
    assert ("arrest", "2026-02-11", "anchored") in dated(text, "en", "2026-02-16")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Budi Hartono met Kopitara's managers on June 11. The ministry sent Kopitara a formal warning letter the "
           "following day, Budi told reporters after Monday's hearing."),
    ("id", "Budi Hartono menemui manajemen Kopitara pada Kamis (11/6/2026). Kemenhub melayangkan surat teguran kepada "
           "Kopitara sehari kemudian, kata Budi usai rapat dengar pendapat di DPR, Senin (15/6/2026)."),
])
def test_a_main_clause_counted_from_a_day_before_is_not_dated_by_its_attribution(lang, text):
    got = dated(text, lang, "2026-06-17")
    assert any(d == "2026-06-12" and b == "anchored" for _t, d, b in got), got
    assert not any(d == "2026-06-15" and b == "stated" for _t, d, b in got), got


def test_a_saying_that_opens_the_main_clause_is_no_closing_attribution():
    text = ("At a hearing of the House commission, which oversees transport, deputy chairman Budi Hartono said Kopitara "
            "had broken ministry rules by raising its cut of each fare from 20% to 25% on June 1.")
    assert ("pricing", "2026-06-01", "stated") in dated(text, "en", "2026-06-17")


@pytest.mark.parametrize(("text", "day"), [
    ("“Mengadili, menyatakan terdakwa Budi Hartono terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana "
     "penganiayaan berat,” tutur hakim di PN Sendangsari, Kamis (7/9/2023).", "2023-09-07"),
    ("\"Menjatuhkan pidana penjara untuk terdakwa Budi Hartono selama 12 tahun,\" kata jaksa di Pengadilan Negeri "
     "Sendangsari, Selasa (15/8/2023).", "2023-08-15"),
])
def test_a_verdict_or_a_demand_read_out_in_court_is_dated_by_its_attribution(text, day):
    assert day in days(text, "id", "2023-09-08")


def test_a_view_quoted_with_its_day_is_no_happening():
    assert not dated("\"Kami menilai putusan itu keliru,\" kata Budi Hartono, Kamis (7/9/2023).", "id", "2023-09-08")


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Kopitara Nusantara memecat 120 karyawan pada Senin (2/3/2026). Setelah itu, perusahaan menutup dua gerai di "
           "Sendangsari."),
    ("en", "Kopitara Nusantara laid off 120 workers on March 2. After that, the company closed two stores in Sendangsari."),
])
def test_after_that_dates_a_happening_from_the_one_told_just_before(lang, text):
    assert ("closure", "2026-03-02", "anchored") in dated(text, lang, "2026-03-20")


def test_what_an_official_says_their_office_did_on_a_day_is_dated_by_that_day():
    text = ("Kepala Dinas Kelautan Sendangsari, Budi Hartono, mengatakan tim penyelam dari dinas mulai menyurvei lokasi "
            "pada Minggu sore.")
    assert ("other", "2026-03-15", "stated") in dated(text, "id", "2026-03-18")
    # said to reporters on a day: the day is the saying's
    assert not dated("Juru bicara PT Kopitara Nusantara, Budi Hartono, mengatakan hal itu kepada wartawan di kantornya "
                     "pada Senin.", "id", "2026-03-18")


def test_that_very_night_is_the_day_told_before():
    text = ("Lantai parkir PT Kopitara Mall runtuh pada Senin (9/3/2026). Manajemen mengevakuasi seluruh pengunjung dan "
            "menutup mal pada malam itu juga.")
    assert ("closure", "2026-03-09", "anchored") in dated(text, "id", "2026-03-11")



def test_a_day_stated_after_a_sentence_counted_from_another_tells_a_happening_of_its_own():
    text = ("Gudang PT Kopitara Nusantara di Sendangsari disegel pada Rabu (2/9/2026).\n\nStatus siaga darurat yang "
            "ditetapkan Pemerintah Kabupaten Sendangsari dicabut keesokan harinya. Adapun Kopitara telah membagikan 40 "
            "ton beras kepada sekitar 2.000 warga di Teluk Biru sejak Jumat (4/9).")
    assert {"2026-09-03", "2026-09-04"} <= days(text, "id")


def test_an_act_told_as_done_beside_a_year_that_dates_no_happening_and_a_joined_saying_is_news():
    text = ('Regulators in Sendangsari have ordered Kopitara Nusantara to "recall and destroy" its 2025 coffee stock, '
            "and said they would also fine the company.")
    assert ("other", "2026-09-09", "reported") in dated(text, "en")


def test_an_act_told_in_someone_s_speech_stays_background():
    text = "Kopitara Nusantara has repaid its 2025 bonds in full to every holder, its chief executive Budi Hartono said."
    assert not any(t == "other" for t, _d, _b in dated(text, "en"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kopitara Nusantara shares fell 7% to hit their lowest since January after the recall was announced."),
    ("id", "Saham Kopitara Nusantara anjlok 7 persen ke level terendah sejak Januari setelah penarikan itu diumumkan."),
])
def test_the_date_a_figure_is_measured_against_dates_no_happening(lang, text):
    assert "2026-01" not in days(text, lang)


def test_a_date_in_a_clause_of_its_own_subject_after_the_act_dates_that_clause():
    text = ("Kopitara Nusantara has appointed Rina Wulandari as chief executive as it prepares to scrap the expansion "
            "plan set out in March.")
    assert ("hiring", "2026-09-09", "reported") in dated(text, "en")


def test_a_year_stands_beside_a_month_told_in_another_clause_of_its_own_subject():
    text = ("Coffee maker PT Kopitara Nusantara was declared bankrupt by a Sendangsari court last year as it struggled "
            "to repay its debts, which reached Rp 2 triliun in June.")
    assert ("ruling", "2025", "stated") in dated(text, "en", pub="2026-05-22")
