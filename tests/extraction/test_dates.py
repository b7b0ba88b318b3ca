from bot.extraction.dates import find_anchored, find_dates, parse_published


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


def test_relative_dates_resolve_against_publication():
    assert one("pada Juni lalu untuk", "2025-08").iso() == "2025-06"
    assert one("revenue last year", "2026-03-03", "en").iso() == "2025"
    assert one("tahun ini", "2025-06").iso() == "2025"
    assert one("bulan lalu", "2025-06").iso() == "2025-05"
    assert one("pekan lalu", "2025-06").iso() == "2025-06"
    assert one("last week", "2026-03-03", "en").iso() == "2026-02"
    d = one("Musim panas ini, Meta", "2025-10")
    assert (d.precision, d.year, d.month) == ("season", 2025, 6)
    assert one("in the summer of 2024", None, "en").precision == "season"
    assert one("settled last month", "2026-04-14", "en").iso() == "2026-03"


def test_no_basis_no_date():
    assert find_dates("tahun lalu", None, "id") == []
    assert find_dates("beberapa bulan lalu OpenAI mundur", parse_published("2025-06"), "id") == []
    assert find_dates("membayar $2016 untuk 1.400 karyawan", parse_published("2025-06"), "id") == []


def test_anchored_phrases():
    a = find_anchored("Hanya beberapa minggu setelah investasi Meta, terjadi PHK")[0]
    assert a.after_word == "investasi"
    b = find_anchored("Two months later, it signed")[0]
    assert b.months == 2 and b.after_word is None
