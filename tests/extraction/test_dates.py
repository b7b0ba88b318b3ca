import pytest

from bot.extraction.anchors import find_anchors
from bot.extraction.dates import find_dates, parse_published


def one(s, pub, lang="id"):
    ds = find_dates(s, parse_published(pub), lang)
    assert len(ds) == 1, ds
    return ds[0][2]


def test_absolute_formats():
    assert one("Didirikan pada 2016, perusahaan itu", "2025-06").iso() == "2016"
    assert one("pada Juni 2025 lalu", None).iso() == "2025-06"
    d = one("pada 13 Juni 2025 di Jakarta", None)
    assert (d.iso(), d.precision, d.text) == ("2025-06-13", "day", "13 Juni 2025")
    assert one("tanggal 13/6/2025 kemarin", None).iso() == "2025-06-13"
    assert one("on June 13, 2025 the firm", None, "en").iso() == "2025-06-13"
    assert one("Kamis (12/6), perusahaan", "2025-06").iso() == "2025-06-12"
    assert one("kebakaran pada 16 September tahun 2023 itu", "2024-10").iso() == "2023-09-16"  # "tahun" before the year


def test_relative_dates_resolve_against_publication():
    assert one("pada Juni lalu untuk", "2025-08").iso() == "2025-06"
    assert one("revenue last year", "2026-03-03", "en").iso() == "2025"
    assert one("tahun ini", "2025-06").iso() == "2025"
    assert one("bulan lalu", "2025-06").iso() == "2025-05"
    assert one("pekan lalu", "2025-06").iso() == "2025-06"
    assert one("last week", "2026-03-03", "en").iso() == "2026-02"
    # a weekend is the last Saturday's: a week back from a Thursday would be the week before it
    assert one("the crush last weekend", "2026-10-06", "en").iso() == "2026-10"
    assert one("the flood over the weekend", "2026-05-07", "en").iso() == "2026-05"
    d = one("Musim panas ini, Meta", "2025-10")
    assert (d.precision, d.year, d.month) == ("season", 2025, 6)
    assert one("in the summer of 2024", None, "en").precision == "season"
    assert one("settled last month", "2026-04-14", "en").iso() == "2026-03"
    # a month of the year before, this year or the next
    assert one("a probe that started in October of last year", "2026-04-14", "en").iso() == "2025-10"
    assert one("penyelidikan sejak Oktober tahun lalu", "2026-04-14").iso() == "2025-10"
    assert one("to open in March next year", "2026-04-14", "en").iso() == "2027-03"
    # parts of the report's day, and of the day before it
    assert one("drivers gathered this afternoon", "2026-09-08", "en").iso() == "2026-09-08"
    assert one("massa berkumpul sore ini", "2026-09-08").iso() == "2026-09-08"
    assert one("police detained them last night", "2026-09-08", "en").iso() == "2026-09-07"
    assert one("ditangkap kemarin malam", "2026-09-08").iso() == "2026-09-07"
    assert one("quit after a board meeting earlier in the day", "2026-09-08", "en").iso() == "2026-09-08"
    # a day and month in parentheses with no weekday; a weekday with "lalu/kemarin"; last week's other names
    assert one("kata juru bicara itu di Surabaya, (7/9).", "2026-09-08").iso() == "2026-09-07"
    # a day set for what is to come is in the coming year when the report's month is far past it
    assert one("The judge set Budi Hartono's sentencing for Feb. 23.", "2026-11-21", "en").iso() == "2027-02-23"
    assert one("Hakim menunda sidang itu hingga 10 Januari.", "2026-11-21").iso() == "2027-01-10"
    # the weekday inside the parentheses, before the day and month
    assert one("rapat itu dijadwalkan esok hari (Jumat, 11/9).", "2026-09-10").iso() == "2026-09-11"
    assert one("sidang digelar pada (Rabu, 2/9) di Bandung", "2026-09-08").iso() == "2026-09-02"
    assert one("rapat digelar Senin kemarin", "2026-09-09").iso() == "2026-09-07"
    assert one("pabrik itu ditutup pekan kemarin", "2026-09-09").iso() == "2026-09"
    assert one("gudang itu terbakar sepekan lalu", "2026-09-09").iso() == "2026-09"
    assert one("the plant was shut over the weekend", "2026-09-09", "en").iso() == "2026-09"
    # a weekday of last week is that day of the week before the report's (not the latest such day)
    assert one("laporan itu terbit pada Selasa pekan lalu", "2026-09-08").iso() == "2026-09-01"
    assert one("rapat digelar Kamis minggu lalu", "2026-09-08").iso() == "2026-09-03"
    assert one("the plant closed on Friday last week", "2026-09-08", "en").iso() == "2026-09-04"
    # a day without its year soon after the report is to come; one far after it was last year's
    assert one("yang baru mulai bertugas 9 September", "2026-08-15").iso() == "2026-09-09"
    assert one("takes the reins on Sept. 9", "2026-08-13", "en").iso() == "2026-09-09"
    assert one("gudang itu disegel pada 20 November", "2026-02-03").iso() == "2025-11-20"
    assert one("Selasa (20/10), perusahaan", "2026-09-08").iso() == "2026-10-20"
    assert one("pabrik itu ditutup Senin (28/12)", "2026-01-05").iso() == "2025-12-28"
    # a weekday to come is the first such day after the report
    assert one("perdagangan dibuka kembali Senin besok", "2026-09-08").iso() == "2026-09-14"
    assert one("rapat digelar Selasa depan", "2026-09-08").iso() == "2026-09-15"
    assert one("the board meets next Friday", "2026-09-08", "en").iso() == "2026-09-11"
    # a few days ago is a day
    d = one("kontrak itu diteken tiga hari lalu", "2026-09-09")
    assert (d.iso(), d.precision) == ("2026-09-06", "day")
    assert find_dates("membeli (3/4 saham) milik mitranya", parse_published("2026-09-09"), "id") == []


def test_no_basis_no_date():
    assert find_dates("tahun lalu", None, "id") == []
    assert find_dates("beberapa bulan lalu OpenAI mundur", parse_published("2025-06"), "id") == []
    assert find_dates("membayar $2016 untuk 1.400 karyawan", parse_published("2025-06"), "id") == []


ANCHOR_CASES = [
    # sentence, kind, the clause it refers to, months of offset
    ("Hanya beberapa minggu setelah investasi Meta, terjadi PHK", "after", "investasi Meta", 0),
    ("Two months later, it signed", "later", "", 2),
    ("OpenAI is winding down its work, days after Meta invested in the startup.", "after", "Meta invested in the startup", 0),
    ("Dua bulan setelah bergabung, ia mundur.", "after", "bergabung", 2),
    ("Tak lama setelah kesepakatan itu diumumkan, Google menghentikan proyek", "after", "kesepakatan itu diumumkan", 0),
    ("Jumlah pengguna naik sejak akuisisi Meta.", "since", "akuisisi Meta", 0),
    ("Clients left in the wake of the deal, analysts said", "after", "the deal", 0),
]


@pytest.mark.parametrize(("sentence", "kind", "clause", "months"), ANCHOR_CASES)
def test_anchor_phrases(sentence, kind, clause, months):
    anchor = find_anchors(sentence)[0]
    assert (anchor.kind, sentence[anchor.clause[0]:anchor.clause[1]], anchor.months) == (kind, clause, months)


@pytest.mark.parametrize(("text", "iso"), [
    ("was admitted to hospital on 17th January after a fall", "2011-01-17"),
    ("the court ruled on the 3rd of March 2024 that", "2024-03-03"),
    ("on 21st October 2024, the court", "2024-10-21"),
])
def test_an_ordinal_day_before_its_month(text, iso):
    assert one(text, "2011-08-25", "en").iso() == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("Basarnas memperpanjang operasi pencarian dari 28 hingga 30 November 2026.", "2026-11-28"),
    ("The search ran 28-30 November in Cianjur.", "2026-11-28"),
    ("Pameran digelar 3 sampai dengan 5 Desember 2026 di Jakarta.", "2026-12-03"),
])
def test_a_span_of_days_is_dated_by_its_first_day_and_is_no_deadline(text, iso):
    from bot.extraction.event_stage import sentence_dates

    got = sentence_dates(text, parse_published("2026-12-06"), "id")
    assert [d.iso() for _a, _b, d in got] == [iso]


def test_a_count_as_it_stood_on_a_day_is_dated_by_it_and_a_deadline_is_not():
    from bot.extraction.event_stage import sentence_dates

    pub = parse_published("2026-12-03")
    count = "Hingga Rabu (2/12) korban meninggal akibat banjir di Kabupaten Garut berjumlah 41 jiwa."
    assert [d.iso() for _a, _b, d in sentence_dates(count, pub, "id")] == ["2026-12-02"]
    deadline = "Pembayaran kupon ditunda hingga Rabu (2/12) oleh PT Arta Niaga."
    assert sentence_dates(deadline, pub, "id") == []


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Kopitara reported a loss in the fourth quarter.", "en", 2025),
    ("Kopitara mencatat rugi pada kuartal IV.", "id", 2025),
    ("Kopitara plans to launch the app in the fourth quarter.", "en", 2026),
    ("Kopitara reported a loss in the first quarter.", "en", 2026),
])
def test_a_quarter_named_alone_that_starts_after_the_report_is_last_year_s(text, lang, year):
    dates = find_dates(text, parse_published("2026-03-01"), lang)
    assert [d[2].year for d in dates] == [year]


@pytest.mark.parametrize(("text", "lang", "iso"), [
    ("RUPS Kopitara akan digelar pada 13 Januari.", "id", "2026-01-13"),
    ("Kopitara Holdings will launch the app in January.", "en", "2026-01"),
    ("Kopitara Holdings launched the app in January.", "en", "2025-01"),
])
def test_a_coming_month_told_late_in_the_year_is_next_year_s(text, lang, iso):
    dates = find_dates(text, parse_published("2025-12-20"), lang)
    assert [d[2].iso() for d in dates] == [iso]


@pytest.mark.parametrize(("text", "lang", "iso"), [
    ("Kopitara closed the plant last Tuesday.", "en", "2026-03-03"),
    ("Kopitara menutup pabrik itu Selasa lalu.", "id", "2026-03-03"),
    ("Kopitara closed the plant on Tuesday.", "en", "2026-03-10"),
    ("Kopitara menutup pabrik itu Rabu lalu.", "id", "2026-03-04"),
])
def test_last_weekday_in_that_weekday_s_paper_is_a_week_back(text, lang, iso):
    dates = find_dates(text, parse_published("2026-03-10"), lang)  # a Tuesday
    assert [d[2].iso() for d in dates] == [iso]


@pytest.mark.parametrize(("text", "month"), [
    ("kelangkaan minyak goreng pada Juli-Desember 2021.", 7),
    ("losses piled up between July and December 2021.", 7),
    ("pada Januari hingga Maret 2023 perusahaan merugi.", 1),
])
def test_a_span_of_months_is_dated_by_its_first_month_in_the_year_written(text, month):
    found = [(d[2].year, d[2].month) for d in find_dates(text, parse_published("2025-09-29"), "id")]
    assert found == [(2021 if "2021" in text else 2023, month)]


def test_earlier_this_morning_written_either_way_is_the_report_s_day():
    for text in ("Menteri itu pagi tadi telah mengonfirmasi kabar tersebut.", "Menteri itu tadi pagi mengonfirmasi kabar itu."):
        found = [(d[2].month, d[2].day) for d in find_dates(text, parse_published("2019-12-06"), "id")]
        assert found == [(12, 6)]


def test_a_weekday_that_names_another_day_than_its_date_reads_a_slip_of_the_month():
    from bot.extraction import extract

    def dates(text: str, pub: str | None) -> set[str | None]:
        return {e.date.iso() if e.date else None for e in extract(text, language="id", published=pub).events}

    slipped = "Kejaksaan menetapkan Budi Hartono sebagai tersangka pada Kamis (27/3/2023)."
    assert dates(slipped, "2023-05-04") == {"2023-04-27"}  # 27 March 2023 was a Monday, 27 April a Thursday
    assert dates(slipped.replace("Kamis", "Senin"), "2023-05-04") == {"2023-03-27"}
    assert dates(slipped, "2023-04-10") == {"2023-03-27"}  # 27 April had not come yet: the date as written


def test_a_weekday_before_figures_keeps_the_language_s_order_of_day_and_month():
    from bot.extraction import extract

    got = extract("Police named Budi Hartono a suspect on Thursday (3/12/2026).", language="en", published="2026-03-20")
    assert {e.date.iso() for e in got.events if e.date} == {"2026-03-12"}


@pytest.mark.parametrize("text,iso", [
    ("Pada akhir 27 April kemarin, polisi mengamankan lima orang.", "2021-04-27"),
    ("Pada Selasa (11/5) kemarin, rapat itu digelar.", "2021-05-11"),
])
def test_yesterday_after_a_written_date_says_the_date_just_past(text, iso):
    assert [d[2].iso() for d in find_dates(text, parse_published("2021-05-17"), "id")] == [iso]


@pytest.mark.parametrize("sentence", [
    "Putusan itu merujuk pada Undang-Undang Nomor 5 Tahun 1999 tentang persaingan usaha.",
    "The panel found a breach of Article 17 of Law No. 5 of 1999.",
    "Kewajiban itu diatur dalam PP 35 Tahun 2021.",
    "The authority was set up under Law No. 21 Year 2011.",
    "Sesuai UU No : 8 Tahun 2010, bank harus melapor ke regulator.",
])
def test_the_year_closing_a_law_s_number_is_no_date(sentence):
    assert find_dates(sentence, parse_published("2025-06-21")) == []


def test_month_led_patterns_match_as_finditer_does():
    """The patterns that open with a month's name, tried only where one starts, find what ``finditer`` finds."""
    import re
    from pathlib import Path

    from bot.extraction import dates

    assert {dates._PATTERNS[i][0] for i in dates._MONTH_LED} == {"mdy", "md", "range_my", "my"}
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    sentences = [s for path in sorted(fixtures.rglob("*.txt"))[::2] for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8"))]
    sentences += ["Jan. 5, 2024 and januari 2025", "\u212aamis, Maret-Mei 2024", "mei 2023 Mei 12 MEI 2022, 3 Juni", "xJuni 2024"]
    for s in sentences:
        for i in dates._MONTH_LED:
            rx = dates._PATTERNS[i][1]
            assert [m.span() for m in dates._matches(i, rx, s, [])] == [m.span() for m in rx.finditer(s)], s


@pytest.mark.parametrize("sentence", [
    "Polisi menangkap Budi Hartono pada Selasa dini hari, 18 Maret 2025.",
    "Polisi menangkap Budi Hartono pada Selasa malam, 18 Maret 2025.",
])
def test_a_weekday_and_its_time_of_day_restated_with_the_date(sentence):
    # the written date counts, not the Tuesday before the article
    assert one(sentence, "2025-04-10").iso() == "2025-03-18"
