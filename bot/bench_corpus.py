"""A deterministic corpus of real-length news for `briefing bench` (made here, no downloads).

Each article has 10-30 paragraphs in Indonesian or English: a lead, roles, money and headcounts,
quotes, relative dates ("pekan lalu", "last week"), background paragraphs and the boilerplate lines a
web copy carries ("Baca juga: ...", "Read also: ..."). A few hot companies appear in a large share of the
articles; every story is retold by several outlets, in either language, with figures that sometimes differ.

The names have a long tail that grows with the corpus, as in news: the ``i``-th article draws its people from
the first ``PEOPLE_FLOOR + i * PEOPLE_PER_ARTICLE`` of a fixed order of names and its companies from the first
``ORGS_FLOOR + i * ORGS_PER_ARTICLE`` (22,000 people and 1,600 companies by 100k articles), people the earlier in
that order the likelier (``_pick``): a name met early stays common, the names that come in late are rare. The
corpus is a stream: the first ``m`` articles of ``articles(n)`` are ``articles(m)``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from bot.domain import SourceDoc

FIRST = ["Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hana", "Irfan", "Joko", "Kevin", "Laura", "Maya",
         "Nina", "Oscar", "Putri", "Rina", "Sari", "Tomi", "Wulan", "Priya", "Daniel", "Grace", "Henry", "Agus",
         "Bayu", "Clara", "Dimas", "Elena", "Farah", "Gilang", "Hendra", "Indah", "Yusuf", "Kartika", "Lukas",
         "Mira", "Nadia", "Rizky", "Samuel", "Taufik", "Vina", "Wahyu", "Yohanes", "Zahra", "Arif", "Bella", "Reza"]
LAST = ["Santoso", "Wijaya", "Halim", "Pratama", "Kusuma", "Lestari", "Nugroho", "Tan", "Reyes", "Walker", "Chen",
        "Moreno", "Hartono", "Siregar", "Gunawan", "Natarajan", "Saputra", "Hidayat", "Setiawan", "Wibowo",
        "Purnomo", "Sihombing", "Nasution", "Harahap", "Lim", "Kurniawan", "Susanto", "Rahman", "Fernandez",
        "Okafor", "Schmidt", "Larsen", "Novak", "Park", "Suzuki", "Ahmad", "Iskandar", "Syahputra", "Tanoto",
        "Budiman", "Sinaga", "Simanjuntak", "Permana", "Utomo", "Anggraini", "Maharani", "Wirawan", "Prasetyo"]
ORG_A = ["Nusa", "Garuda", "Lintas", "Cakra", "Mitra", "Arka", "Bumi", "Sinar", "Nova", "Orbit", "Pulse", "Vektor",
         "Samudra", "Rimba", "Awan", "Kencana", "Selaras", "Tirta", "Bintang", "Cahaya", "Delta", "Elang",
         "Fajar", "Harmoni", "Indra", "Jaya", "Karya", "Lestari", "Mega", "Nirwana"]
ORG_A += ["Mandala", "Prima", "Graha", "Wahana", "Arunika", "Bahari", "Rajawali", "Pelangi", "Mentari", "Sakti",
          "Gemilang", "Cemerlang", "Anugerah", "Berkah", "Adhi", "Tunas", "Puncak", "Kemilau", "Pustaka", "Dirga",
          "Panca", "Tara", "Wisesa", "Zamrud", "Visi", "Kinara", "Dipa", "Ganesha", "Jelita", "Kinasih", "Mahkota",
          "Nawa", "Yasa", "Asoka", "Bestari", "Dahlia", "Elok", "Gading", "Kenanga", "Nilam", "Padma", "Optima"]
# surnames made of two parts ("Satya" + "negara"), for a tail of tens of thousands of people; no two of the same
# initial one slip of the keys apart (extraction takes such a pair for one misspelt name)
SURNAME_A = ["Adi", "Bima", "Cipta", "Danu", "Dharma", "Pandu", "Harta", "Indra", "Jaya", "Rangga", "Kusuma", "Laksa",
             "Mulya", "Nata", "Purna", "Satya", "Setia", "Sur", "Wira", "Yuda", "Arya", "Bagas", "Candra", "Eka", "Galih"]
SURNAME_B = ["atmaja", "baskara", "darma", "dinata", "dja", "hadi", "kusuma", "laksana", "negara", "ningrat", "pradana",
             "prawira", "putra", "santosa", "saputra", "sasmita", "sena", "wan", "wijaya", "sukma", "guna", "mukti",
             "pranata", "rahardja", "tama"]
ORG_B = ["Data", "Labs", "Robotics", "Capital", "Health", "Pay", "Logistik", "AI", "Ventures", "Analytics",
         "Energi", "Digital", "Finance", "Mobility", "Foods", "Media", "Cloud", "Retail", "Agro", "Nikel"]
ORG_B += ["Solusi", "Properti", "Telekom", "Edukasi"]  # words no extraction list knows (a company's own words)
PUBLISHERS_ID = ["Kabar Harian", "Warta Ekonomi Kita", "Berita Pasar", "Suara Bisnis"]
PUBLISHERS_EN = ["Jakarta Ledger", "Asia Tech Wire", "The Market Post", "Startup Daily"]
TITLES_ID = ["CEO", "CFO", "pendiri", "juru bicara", "CTO", "direktur utama", "komisaris"]
TITLES_EN = ["CEO", "CFO", "co-founder", "spokesperson", "CTO", "chief operating officer", "chairman"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
HOT = 3  # companies in a large share of the articles (the main story's companies)
PEOPLE_FLOOR, PEOPLE_PER_ARTICLE = 2000, 0.2  # the people the i-th article draws from: 2,000 + i / 5
ORGS_FLOOR, ORGS_PER_ARTICLE = 600, 0.01  # the companies besides the hot ones: 600 + i / 100
# a person's rank r in the order is drawn with density ~ r ** (1 / PEOPLE_SKEW - 1): the first the most; companies
# evenly (an article names some twenty: skewed, the first would be in most articles, as the hot ones are)
PEOPLE_SKEW, ORGS_SKEW = 1.5, 1.0


@dataclass(frozen=True)
class Story:
    """One happening that several outlets report."""

    org: str
    partner: str
    person: str
    other: str
    kind: str  # "funding", "layoff", "acquisition"
    amount: int  # millions of dollars / percent / headcount
    month: int
    year: int


@dataclass
class Pools:
    """Every name the corpus may draw, in the order the tail grows (the hot companies first among ``orgs``);
    ``article`` is the index of the article being written, which sets how far into each list it draws."""

    people: list[str]
    orgs: list[str]
    hot: list[str]
    article: int = 0

    @classmethod
    def make(cls, rng: random.Random) -> Pools:
        surnames = sorted({*LAST, *(a + b for a in SURNAME_A for b in SURNAME_B)})
        everyone = sorted({f"{f} {last}" for f in FIRST for last in surnames})
        rng.shuffle(everyone)
        orgs = [f"{a} {b}" for a in ORG_A for b in ORG_B]
        rng.shuffle(orgs)
        return cls(people=everyone, orgs=orgs, hot=orgs[:HOT])

    def person(self, rng: random.Random) -> str:
        return self.people[_pick(rng, PEOPLE_FLOOR + int(self.article * PEOPLE_PER_ARTICLE), len(self.people), PEOPLE_SKEW)]

    def org(self, rng: random.Random) -> str:
        """A company of the tail (not a hot one)."""
        return self.orgs[HOT + _pick(rng, ORGS_FLOOR + int(self.article * ORGS_PER_ARTICLE), len(self.orgs) - HOT, ORGS_SKEW)]


def _pick(rng: random.Random, size: int, most: int, skew: float) -> int:
    """An index below ``size`` (at most ``most``), the lower the likelier: ``size * u ** skew`` for a uniform ``u``."""
    return int(min(size, most) * rng.random() ** skew)


def _story(rng: random.Random, pools: Pools) -> Story:
    org = rng.choice(pools.hot) if rng.random() < 0.35 else pools.org(rng)
    partner = pools.org(rng)
    while partner == org:
        partner = pools.org(rng)
    person = pools.person(rng)
    other = pools.person(rng)
    while other == person:
        other = pools.person(rng)
    kind = rng.choice(["funding", "layoff", "acquisition"])
    amount = {"funding": rng.randint(2, 900), "layoff": rng.randint(5, 40), "acquisition": rng.randint(50, 3000)}[kind]
    return Story(org, partner, person, other, kind, amount, rng.randint(1, 12), rng.choice([2024, 2025, 2026]))


def _id_paragraphs(rng: random.Random, s: Story, pools: Pools, amount: int) -> list[str]:
    month = MONTHS_ID[s.month - 1]
    title = rng.choice(TITLES_ID)
    lead = {
        "funding": f"{s.org} mengumumkan pendanaan senilai ${amount} juta yang dipimpin {s.partner} pada "
                   f"{rng.randint(1, 28)} {month} {s.year}, kata {title} {s.org}, {s.person}.",
        "layoff": f"{s.org} melakukan pemutusan hubungan kerja (PHK) terhadap {amount}% karyawannya pada {month} "
                  f"{s.year}, menurut {title} {s.org}, {s.person}.",
        "acquisition": f"{s.partner} resmi mengakuisisi {s.org} senilai Rp {amount} miliar pada {month} {s.year}, "
                       f"kata {s.person}, {title} {s.org}.",
    }[s.kind]
    out = [lead, f"\u201cKami fokus pada pertumbuhan yang sehat dan berkelanjutan,\u201d ujar {s.person} "
                 f"kepada wartawan di Jakarta, Senin ({rng.randint(1, 28)}/{s.month})."]
    for _ in range(rng.randint(8, 26)):
        person = pools.person(rng)
        org = rng.choice(pools.hot) if rng.random() < 0.3 else pools.org(rng)
        out.append(rng.choice([
            f"{person}, {rng.choice(TITLES_ID)} {org}, menilai langkah tersebut sejalan dengan kondisi pasar yang "
            f"sedang melambat sejak awal tahun.",
            f"Sebelumnya, {org} membukukan pendapatan Rp {rng.randint(10, 900)} miliar pada {rng.randint(2019, 2025)}, "
            f"naik {rng.randint(2, 60)}% dibandingkan tahun sebelumnya.",
            f"Perusahaan itu kini mempekerjakan sekitar {rng.randint(100, 9000)} karyawan di {rng.randint(2, 30)} kota.",
            f"Pekan lalu, {org} juga menandatangani kerja sama dengan {pools.org(rng)} untuk memperluas "
            f"layanan ke Indonesia timur.",
            f"\u201cKami belum bisa berkomentar lebih jauh,\u201d kata {person} saat dihubungi, Selasa.",
            f"Menurut data yang dihimpun, nilai transaksi sektor ini mencapai ${rng.randint(1, 50)} miliar tahun lalu.",
            f"Baca juga: {pools.org(rng)} Tunjuk {person} Sebagai {rng.choice(TITLES_ID)} Baru",
            f"{person} bergabung dengan {org} sebagai {rng.choice(TITLES_ID)} pada {rng.choice(MONTHS_ID)} "
            f"{rng.randint(2018, 2025)}.",
            "Sejumlah analis memperkirakan persaingan di industri ini akan semakin ketat dalam beberapa bulan "
            "ke depan, terutama setelah masuknya pemain asing.",
        ]))
    return out


def _en_paragraphs(rng: random.Random, s: Story, pools: Pools, amount: int) -> list[str]:
    month = MONTHS_EN[s.month - 1]
    title = rng.choice(TITLES_EN)
    lead = {
        "funding": f"{s.org} raised ${amount} million in a funding round led by {s.partner} on {month} "
                   f"{rng.randint(1, 28)}, {s.year}, its {title} {s.person} said.",
        "layoff": f"{s.org} laid off {amount}% of its employees in {month} {s.year}, {title} {s.person} said.",
        "acquisition": f"{s.partner} agreed to acquire {s.org} for ${amount} million in {month} {s.year}, "
                       f"according to {s.person}, {title} of {s.org}.",
    }[s.kind]
    out = [lead, f"\"We are focused on healthy, sustainable growth,\" {s.person} told reporters on Monday."]
    for _ in range(rng.randint(8, 26)):
        person = pools.person(rng)
        org = rng.choice(pools.hot) if rng.random() < 0.3 else pools.org(rng)
        out.append(rng.choice([
            f"{person}, the {rng.choice(TITLES_EN)} of {org}, said the move reflected a slowing market since the "
            f"start of the year.",
            f"{org} reported revenue of ${rng.randint(10, 900)} million in {rng.randint(2019, 2025)}, up "
            f"{rng.randint(2, 60)}% from the year before.",
            f"The company now employs about {rng.randint(100, 9000)} people in {rng.randint(2, 30)} cities.",
            f"Last week, {org} also signed a partnership with {pools.org(rng)} to expand into eastern "
            f"Indonesia.",
            f"\"We cannot comment further at this time,\" {person} said when contacted on Tuesday.",
            f"Deals in the sector were worth ${rng.randint(1, 50)} billion last year, according to industry data.",
            f"Read also: {pools.org(rng)} names {person} as new {rng.choice(TITLES_EN)}",
            f"{person} joined {org} as {rng.choice(TITLES_EN)} in {rng.choice(MONTHS_EN)} {rng.randint(2018, 2025)}.",
            "Analysts expect competition in the industry to intensify in the coming months, especially as foreign "
            "players enter the market.",
        ]))
    return out


def articles(n: int, *, seed: int = 7, retellings: int = 3) -> Iterator[SourceDoc]:
    """``n`` articles; each story is told by up to ``retellings`` outlets (either language)."""
    rng = random.Random(seed)
    pools = Pools.make(rng)
    i = 0
    while i < n:
        pools.article = i
        story = _story(rng, pools)
        for _ in range(min(rng.randint(1, retellings), n - i)):
            lang = rng.choice(["id", "en"])
            # Outlets mostly agree on the figure; now and then one reports a different one.
            amount = story.amount if rng.random() < 0.8 else story.amount + rng.randint(1, 9)
            body = (_id_paragraphs if lang == "id" else _en_paragraphs)(rng, story, pools, amount)
            publisher = rng.choice(PUBLISHERS_ID if lang == "id" else PUBLISHERS_EN)
            day = rng.randint(1, 28)
            yield SourceDoc(text="\n\n".join(body), title=f"{story.org}: {story.kind} {i}", publisher=publisher,
                            language=lang, published=f"{story.year}-{story.month:02d}-{day:02d}",
                            source_file=f"bench-{i}.txt", url=f"https://bench.example/{lang}/{i}")
            i += 1
            pools.article = i


def pools(seed: int = 7) -> Pools:
    """The name pools ``articles(seed=seed)`` draws from (for choosing queries)."""
    return Pools.make(random.Random(seed))


def one_paragraph(chars: int, *, seed: int = 3) -> str:
    """Article bodies (abbreviations, initials, quotes, figures, both languages) run together into one
    line of ``chars`` characters: the longest paragraph a stored article can have at the cap."""
    parts: list[str] = []
    size = 0
    for doc in articles(max(1, chars // 500), seed=seed):
        for line in doc.text.splitlines():
            if line.strip():
                parts.append(line.strip())
                size += len(line) + 1
        if size > chars:
            break
    return " ".join(parts)[:chars]
