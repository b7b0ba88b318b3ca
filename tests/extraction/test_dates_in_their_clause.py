"""Which date of a sentence dates which happening: one standing right before the verb, one closing a relative or
subordinate clause, one naming a thing ("a July 1 decree"), a month "of that year", a bare day of the month and a
count as it stood at an hour; and phrasings of a stake bought, a post confirmed and a company set up. Every
sentence here is our own."""

from __future__ import annotations

import pytest

from bot.extraction import extract


def dated(text: str, lang: str, pub: str) -> set[tuple[str, str | None, str]]:
    got = extract(text, language=lang, published=pub)
    return {(e.type, e.date.iso() if e.date else None, e.basis) for e in got.events}


@pytest.mark.parametrize(("lang", "text", "pub", "expected"), [
    # a plan about a happening told as having happened ("yang terjadi pada Sabtu") dates the happening, no plan
    ("id", "Museum Sendangsari akan mengerahkan tim atas kebakaran yang terjadi pada Sabtu (16/9) malam.", "2023-09-16",
     ("accident", "2023-09-16", "stated")),
    # a date right before the verb dates it, whatever an apposition after it names
    ("en", "Prosecutors in Sendangsari on Tuesday named the former director of Kopitara Nusantara as a suspect in the "
           "misuse of fees, the case behind a strike by doctors in May.", "2026-09-10", ("charge", "2026-09-08", "stated")),
    # ... and a meeting's date right before what it decided
    ("id", "Rapat Umum Pemegang Saham Luar Biasa (RUPSLB) PT Kopitara Nusantara pada 19 Juni lalu resmi memberhentikan "
           "Budi Hartono dan menunjuk Rina Wulandari sebagai pelaksana tugas direktur utama.", "2026-07-09",
     ("hiring", "2026-06-19", "stated")),
    # a tenure a clause set off by commas counts from a year dates no happening: the resignation is told undated
    ("id", "Budi Hartono, yang memimpin Yayasan Sendangsari sejak kampus berdiri pada 2004, mengundurkan diri.",
     "2026-06-17", ("departure", "2026-06-17", "reported")),
    ("en", "Rina Wulandari, who had run Kopitara's roasting unit since 2019, resigned.", "2026-06-17",
     ("departure", "2026-06-17", "reported")),
    # a date closing a relative clause before the verb is the clause's
    ("id", "PT Kopitara Nusantara yang didiskualifikasi dari lelang pada 11 Mei mengadukan Kementerian Komunikasi ke "
           "Ombudsman pada Selasa (2/6).", "2026-06-04", ("complaint", "2026-06-02", "stated")),
    # a date inside a subordinate clause after the verb yields to the one leading the sentence
    ("en", "The transport ministry in April suspended the type approval of the Kopitara bus while it reviews the "
           "battery tests Kopitara Nusantara submitted in 2025.", "2026-06-10", ("ban", "2026-04", "stated")),
    # "a July 1 decree" names the decree, not the day of the suit
    ("en", "PT Kopitara Nusantara filed a suit at the Semarang Administrative Court on Tuesday asking judges to annul "
           "a July 1 decree by regent Budi Hartono.", "2026-07-16", ("lawsuit", "2026-07-14", "stated")),
    # ... and so does a possessive's date ("the regent's July 1 decree"), when a date leads the sentence
    ("en", "On Monday, Kopitara Nusantara filed a lawsuit at the Semarang Administrative Court seeking to overturn "
           "the regent's July 1 refusal of its permit.", "2026-07-16", ("lawsuit", "2026-07-13", "stated")),
    # a clause of its own keeps its own date
    ("en", "Investigators declared Budi Hartono a suspect on Monday after questioning him for nine hours last "
           "Wednesday, police spokesman Rina Wulandari said.", "2026-04-28", ("investigation", "2026-04-22", "stated")),
    # the toll's own day, though an "after" stands in the relative clause naming the tsunami
    ("en", "The death toll from a tsunami that hit the coast of Sendangsari after a volcanic eruption rose above 280 "
           "on Monday, the disaster agency BNPB said.", "2018-12-25", ("toll", "2018-12-24", "stated")),
])
def test_a_date_dates_the_happening_of_its_own_clause(lang, text, pub, expected):
    assert expected in dated(text, lang, pub)


@pytest.mark.parametrize(("lang", "text", "month"), [
    ("en", "Budi Hartono raised money for the Kopitara film from investors in 2024. Filming stopped in October that "
           "year when the crew went unpaid, Kopitara Nusantara said.", "2024-10"),
    ("id", "PT Kopitara Nusantara didirikan pada 2019. Pada Oktober tahun itu, Kopitara Nusantara memecat 20 karyawan.",
     "2019-10"),
])
def test_a_month_of_that_year_is_of_the_year_written_before(lang, text, month):
    assert month in {d for _t, d, _b in dated(text, lang, "2026-05-02")}


def test_a_bare_day_of_the_month_is_a_day_of_the_report_s_month_or_the_one_before():
    text = "On the 12th, Kopitara Nusantara sold its six supermarket stores to Sendangsari Retail."
    assert "2026-06-12" in {d for _t, d, _b in dated(text, "en", "2026-06-15")}
    assert "2026-05-20" in {d for _t, d, _b in dated(text.replace("12th", "20th"), "en", "2026-06-15")}


def test_a_count_as_it_stood_at_an_hour_of_a_past_day_is_dated_by_that_day():
    text = ("Hingga Rabu (26/12/2018) pukul 13.00 WIB, jumlah korban meninggal banjir yang dicatat BPBD Sendangsari "
            "bertambah menjadi 430 orang.")
    assert "2018-12-26" in {d for _t, d, b in dated(text, "id", "2018-12-27") if b == "stated"}


def test_a_figure_done_by_a_past_day_is_dated_by_it_and_what_was_agreed_until_a_day_is_not():
    paid = "PT Asuransi Kopitara telah membayarkan klaim Rp 447,19 miliar kepada pemegang polis hingga 26 Maret 2026."
    assert ("other", "2026-03-26", "stated") in dated(paid, "id", "2026-03-30")
    agreed = "Bank Sendangsari telah menyetujui penundaan penagihan utang PT Kopitara Nusantara hingga akhir Mei."
    assert not any(d and d.startswith("2026-05") or d and d.startswith("2025-05") for _t, d, _b in dated(agreed, "id", "2026-03-30"))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Japan's Hoshimura Corp, which paid $60 million for 30% of Kopitara in 2024, said on Nov. 6 it had written "
           "down its stake.", ("investment", "2024", "stated")),
    ("id", "Hoshimura membayar US$ 60 juta untuk 30 persen saham PT Kopitara Nusantara pada 2024.",
     ("investment", "2024", "stated")),
    ("en", "Shareholders of Kopitara Nusantara on April 29 confirmed Rina Wulandari, who had been acting chief since "
           "March, as the permanent president director.", ("hiring", "2026-04-29", "stated")),
    ("en", "Kopitara Retail established a local corporation to enter the Indonesian market in 2014.",
     ("founding", "2014", "stated")),
    ("en", "The government announced on Tuesday the revocation of mining business permits for four companies "
           "including Kopitara Nikel.", ("ban", "2026-11-10", "stated")),
    ("en", "Starting November 1, the government has restricted the sale of subsidized cooking gas to official "
           "distributors such as Kopitara Gas.", ("ban", "2026-11-01", "stated")),
])
def test_a_stake_paid_for_a_post_confirmed_and_a_company_set_up_are_read(lang, text, expected):
    assert expected in dated(text, lang, "2026-11-12")


def test_a_count_of_days_to_or_from_a_day_is_no_name():
    got = extract('"Update H+4, pada Rabu (26/12/2018), tercatat 430 korban meninggal," ujar Budi Hartono.',
                  language="id", published="2018-12-27")
    assert "H+4" not in {e.name for e in got.entities}


@pytest.mark.parametrize(("lang", "text", "pub", "expected"), [
    # a saying's "that" opens what was said, no relative clause: the resignation is dated by the saying
    ("en", "Budi Hartono, 58, who founded Kopitara Nusantara in 2014, said in a statement on Sept. 21 that he was "
           "resigning.", "2026-09-29", ("departure", "2026-09-21", "stated")),
    # a year between the name and its verb dates the main clause
    ("en", "Kopitara Nusantara and Sendangsari Mining in 2020 sold 20 per cent of their stake in Teluk Biru Nickel to "
           "the state holding company.", "2023-05-02", ("other", "2020", "stated")),
    # an "after" clause with a name, a verb and a day of its own tells a happening of its own
    ("id", "Polisi membuka penyelidikan terhadap PT Kopitara Nusantara pada 3 Juni, beberapa minggu setelah Budi "
           "Hartono memindahkan uang itu ke Singapura pada 11 Mei.", "2026-06-23", ("other", "2026-05-11", "stated")),
    # ... or of its kind: a contract ended
    ("id", "Kejari Sendangsari meningkatkan kasus ini ke tahap penyidikan pada awal Juni, beberapa minggu setelah Wali "
           "Kota Rina Wulandari memutus kontrak konsesi PT Kopitara Nusantara pada 11 Mei.", "2026-06-23",
     ("partnership_ended", "2026-05-11", "stated")),
    ("en", "Sendangsari mayor Rina Wulandari tore up the parking contract with Kopitara Nusantara on May 11.",
     "2026-06-23", ("partnership_ended", "2026-05-11", "stated")),
    # an "after" clause that counts from the main clause's day: its happening is that many days before
    ("id", "Polda Sendangsari menghentikan penyidikan kasus itu pada Jumat, 13 Februari 2026, dua hari setelah PT "
           "Kopitara Nusantara mencabut laporannya.", "2026-03-05", ("other", "2026-02-11", "anchored")),
    ("en", "The federation suspended Budi Hartono on Aug. 11, a day after Kopitara Nusantara withdrew its sponsorship.",
     "2026-08-20", ("other", "2026-08-10", "anchored")),
    ("en", "The finance ministry dismissed Budi Hartono on Oct. 1, two days after the KPK named him a suspect of "
           "accepting gratuities.", "2026-11-20", ("other", "2026-09-29", "anchored")),
    # ... and one with no subject of its own tells what the main clause's subject did
    ("en", "PT Kopitara Nusantara makes solar panels in Batam. The company sent home 600 workers on Friday, after "
           "halting shipments to Teluk Biru on Feb. 11.", "2026-02-20", ("other", "2026-02-11", "stated")),
    # prosecutors gathering material and statements ("pulbaket"): an inquiry
    ("id", "Kejati Sendangsari sudah mengumpulkan bahan dan keterangan terkait penyaluran beasiswa PT Kopitara "
           "Nusantara sejak Februari.", "2026-03-10", ("investigation", "2026-02", "stated")),
])
def test_a_happening_told_by_a_saying_a_fronted_year_or_an_after_clause(lang, text, pub, expected):
    assert expected in dated(text, lang, pub)


def test_a_military_or_sea_rank_is_no_part_of_a_name():
    got = extract("Nakhoda kapal, Kapten Anders Lindqvist, ditahan polisi pada Senin (16/3/2026).", language="id",
                  published="2026-03-18")
    assert {e.name for e in got.entities if e.kind == "person"} == {"Anders Lindqvist"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "the following day" counts a day on from the day told before, as "the next day" does
    ("en", "Police arrested Budi Hartono on March 3. The following day he resigned as chief executive of Kopitara "
           "Nusantara.", ("departure", "2026-03-04", "anchored")),
    # ... and from a day its own sentence tells before it, though what was done that day names no kind
    ("en", "Coffee exports of Kopitara Nusantara were halted on March 3, and two days later Budi Hartono resigned as its "
           "chief executive.", ("departure", "2026-03-05", "anchored")),
    # ... or was announced: the announcement's day is not lent to what the count dates
    ("en", "Kopitara Nusantara announced a suspension of coffee exports as of March 3, and the following day it announced "
           "that Budi Hartono had resigned as chief executive.", ("departure", "2026-03-04", "anchored")),
    ("en", "Kopitara Nusantara announced a suspension of coffee exports as of March 3, and the following day it announced "
           "that Budi Hartono had resigned as chief executive.", ("ban", "2026-03-03", "stated")),
    ("id", "Kementerian Perdagangan menghentikan sementara ekspor kopi PT Kopitara Nusantara pada Selasa (3/3).",
     ("ban", "2026-03-03", "stated")),
])
def test_a_day_counted_on_from_a_day_told_before(lang, text, expected):
    assert expected in dated(text, lang, "2026-03-10"), dated(text, lang, "2026-03-10")
