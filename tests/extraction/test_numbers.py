import pytest

from bot.extraction.numbers import find_amounts


@pytest.mark.parametrize(
    "text,lang,value,cur",
    [
        ("senilai $14,3 miliar", "id", 14.3e9, "USD"),
        ("sekitar $199 juta", "id", 199e6, "USD"),
        ("terjual Rp160 miliar", "id", 160e9, "IDR"),
        ("upah $0,99 per tugas", "id", 0.99, "USD"),
        ("a $14.3 billion deal", "en", 14.3e9, "USD"),
        ("worth $870M in cash", "en", 870e6, "USD"),
        ("has invested over 244T rupiah in factories", "en", 244e12, "IDR"),
        ("merugikan negara USD7,885 juta", "id", 7.885e6, "USD"),
        ("terdiri dari uang tunai Sin$646", "id", 646, "SGD"),
        ("a pledge of 1.7T rupiah", "en", 1.7e12, "IDR"),
        ("about Rp 2,5 triliun", "id", 2.5e12, "IDR"),
        ("sebesar 5 juta dolar AS", "id", 5e6, "USD"),
        ("raised €40 million", "en", 40e6, "EUR"),
        # Korean won, written as a word after figures in millions or more, or as a code or sign before them
        ("booked a 210 billion won provision", "en", 210e9, "KRW"),
        ("mencatat rugi 52 miliar won Korea", "id", 52e9, "KRW"),
        ("a KRW 52 billion write-down", "en", 52e9, "KRW"),
        # dollars of Hong Kong, Taiwan and Australia
        ("sold for HK$500 million", "en", 500e6, "HKD"),
        ("a NT$3 billion plant", "en", 3e9, "TWD"),
        ("raised A$20 million", "en", 20e6, "AUD"),
        # the currency in brackets after the figure
        ("nilai kontraknya kurang lebih 13 triliun (rupiah)", "id", 13e12, "IDR"),
        # one capital letter for the scale after a space: in rupiah "M" is "miliar", in dollars a million
        ("kerugian mencapai Rp15,8 T", "id", 15.8e12, "IDR"),
        ("asetnya hanya Rp 1,2 M saja", "id", 1.2e9, "IDR"),
        # an ISO code after the figure; a quadrillion
        ("a state loss estimated at 4.72 trillion IDR", "en", 4.72e12, "IDR"),
        ("a fine of 12 million SGD", "en", 12e6, "SGD"),
        ("a rumoured loss of Rp 7.4 quadrillion", "en", 7.4e15, "IDR"),
        ("kerugian Rp 2 kuadriliun itu tidak benar", "id", 2e15, "IDR"),
        ("biayanya US$ 5 M saja", "id", 5e6, "USD"),
        # South Asian English: rupees by "Rs." and crores (ten million) or lakhs (a hundred thousand)
        ("(roughly Rs. 184.3 crore) has been stolen", "en", 1843e6, "INR"),
        ("a fine of Rs 35 lakh", "en", 35e5, "INR"),
        ("a 12 crore rupees loss", "en", 12e7, "INR"),
    ],
)
def test_money(text, lang, value, cur):
    money = [a for a in find_amounts(text, lang) if a[2] == "money"]
    assert len(money) == 1
    assert money[0][3] == pytest.approx(value)
    assert money[0][4] == cur


def test_percent_and_headcount():
    got = find_amounts("PHK terhadap 14% dari 1.400 karyawan tetap", "id")
    assert [(k, v) for _a, _b, k, v, _c, _u in got] == [("percent", 14.0), ("count", 1400.0)]
    got = find_amounts("cut 18% of its 1,250 employees; shares rose 4.2%", "en")
    assert [(k, v) for _a, _b, k, v, _c, _u in got] == [("percent", 18.0), ("count", 1250.0), ("percent", 4.2)]


@pytest.mark.parametrize(
    "text,lang,unit",
    [
        ("tarif Rp 2.500 per kilometer", "id", "per kilometer"),
        ("Rp 35.000 untuk setiap kotak", "id", "per kotak"),
        ("a refund of $3 for each box", "en", "per box"),
        ("$125 an hour", "en", "per hour"),
        ("Rp 5 juta setiap bulan", "id", "per month"),
        ("senilai Rp 5 miliar kepada", "id", None),
        # "a" and a noun that ends the phrase; the figure in brackets shares the rate after the bracket
        ("It sells tea at about 9,000 rupiah a glass, less than its rivals.", "en", "per glass"),
        ("It cut pay to 30,000 rupiah ($1.80) a shift.", "en", "per shift"),
        # a ticket price, and a figure for each one of a group
        ("Harga tiket konser itu mulai Rp 650.000 untuk kelas festival.", "id", "per ticket"),
        ("Some 9,000 tickets were sold at prices from 400,000 rupiah for one night.", "en", "per ticket"),
        ("Penjualan tiket mencapai Rp 12 miliar.", "id", None),
        ("Setiap nelayan menerima Rp 2 juta dari perusahaan itu.", "id", "per nelayan"),
        # a share's part of a result, the phrase going on after it
        ("It expects a loss of $9.97 a share in the third quarter.", "en", "per share"),
        # a span of time as the unit, the phrase going on after it
        ("Students are entitled to 5.7 million rupiah a semester for living costs.", "en", "per semester"),
        ("Rooms cost 900,000 rupiah a night during the festival.", "en", "per night"),
    ],
)
def test_rates_keep_their_unit(text, lang, unit):
    money = [a for a in find_amounts(text, lang) if a[2] == "money"]
    assert money[0][5] == unit


@pytest.mark.parametrize(
    ("sentence", "lang", "unit"),
    [
        ("Saham PT Tirta Makmur ditutup melemah 2,1 persen ke level Rp 845 pada perdagangan Senin.", "id", "per share"),
        ("Arunika's shares closed 3.4% higher at 2,410 rupiah on Friday.", "en", "per share"),
        ("The shares fell to 560 rupiah, wiping out about 2.4 trillion rupiah of market value.", "en", "per share"),
        ("The sale would raise about $14 billion, based on Friday's closing price of $155.01.", "en", None),
        ("Based on Friday's closing price of $155.01, the sale would raise about $14 billion.", "en", "per share"),
        # a scaled figure is no share price, nor is a buy-back
        ("The board approved a plan to buy back up to 300 billion rupiah of its own shares.", "en", None),
        ("Harga cabai naik ke Rp 60.000 per kg di pasar.", "id", "per kg"),
    ],
)
def test_share_price_is_per_share(sentence: str, lang: str, unit: str | None) -> None:
    assert next(u for *_x, kind, _v, _c, u in find_amounts(sentence, lang) if kind == "money") == unit


def test_cents_and_figures_in_brackets():
    got = [(v, c, u) for _a, _b, k, v, c, u in find_amounts("raised the fee to Rp 4,000 (25 US cents) per trip", "en")]
    assert got == [(4000.0, "IDR", "per trip"), (0.25, "USD", "per trip")]
    money = find_amounts("cut pay to 30,000 rupiah ($1.80) a shift", "en")
    assert "cut pay to 30,000 rupiah ($1.80) a shift"[money[1][0]:money[1][1]] == "$1.80"


@pytest.mark.parametrize("text", ["The studio, which in 2019 won the award, grew.", "Tim itu won 2 medali."])
def test_won_the_verb_is_no_money(text):
    assert not [a for a in find_amounts(text, "en") if a[2] == "money"]


def test_a_range_before_a_rate_is_a_range_of_rates():
    got = find_amounts("Penawaran Rp10–Rp100 per token sangat rendah", "id")
    assert [(v, u) for _a, _b, _k, v, _c, u in got] == [(10.0, "per token"), (100.0, "per token")]


def test_a_hospital_s_short_form_is_no_currency():
    assert all(a[2] != "money" for a in find_amounts("dirawat di RS 2 hari", "id"))


def test_crores_in_the_plural_scale_the_amount():
    amounts = find_amounts("Arkana would put Rs. 12,500 crores into its telecom unit, the company said.", "en")
    assert [(value, currency) for _a, _b, kind, value, currency, _unit in amounts if kind == "money"] == \
        [(125_000_000_000.0, "INR")]


def test_a_sentence_without_a_figure_has_no_amount():
    """``find_amounts`` returns at once on a sentence with no digit: each of its patterns needs one."""
    from bot.extraction import numbers

    for rx in (numbers._MONEY_PRE, numbers._MONEY_POST, numbers._PERCENT, numbers._COUNT):
        assert numbers._NUMBER in rx.pattern
    assert numbers.find_amounts("Rp dua miliar dan lima persen karyawan", "id") == []
