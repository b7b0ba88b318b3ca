"""Institution names across Indonesian and English: "Otoritas Jasa Keuangan" is the "Financial Services
Authority", "Bursa Efek Indonesia" the "Indonesia Stock Exchange". Each name becomes a set of English
word stems (its gloss); a query whose gloss is the name's, give or take one word, names it. The store
keeps a public body's ``gloss_key`` as one of its aliases, so an English and an Indonesian article name
one entity; extraction uses it to accept "(OJK)" after "Financial Services Authority"."""

from __future__ import annotations

import re
from functools import lru_cache

# Indonesian provinces as institutions' names shorten them ("Polda Jatim", "Kejati Sulsel")
REGION_SHORT_FORMS = {
    "jawa timur": "jatim", "jawa barat": "jabar", "jawa tengah": "jateng", "sumatera utara": "sumut",
    "sumatera barat": "sumbar", "sumatera selatan": "sumsel", "sulawesi selatan": "sulsel", "sulawesi tenggara": "sultra",
    "sulawesi tengah": "sulteng", "sulawesi utara": "sulut", "sulawesi barat": "sulbar", "kalimantan timur": "kaltim",
    "kalimantan barat": "kalbar", "kalimantan tengah": "kalteng", "kalimantan selatan": "kalsel",
    "kalimantan utara": "kaltara", "kepulauan riau": "kepri", "bangka belitung": "babel", "maluku utara": "malut",
    "nusa tenggara barat": "ntb", "nusa tenggara timur": "ntt", "papua barat": "pabar",
    # ... and Jakarta's five cities ("PN Jaksel" is the "Pengadilan Negeri Jakarta Selatan")
    "jakarta selatan": "jaksel", "jakarta barat": "jakbar", "jakarta timur": "jaktim", "jakarta utara": "jakut",
    "jakarta pusat": "jakpus",
}

# the short forms Indonesian news writes for national bodies, by their full names ("Kemendag" is the
# "Kementerian Perdagangan", the "Ministry of Trade"; "Badan POM" the food and drug agency)
_BODY_SHORT_FORMS = {
    "kemendag": "kementerian perdagangan", "kemenkeu": "kementerian keuangan", "kemnaker": "kementerian ketenagakerjaan",
    "kemenaker": "kementerian ketenagakerjaan", "kemenhub": "kementerian perhubungan", "kemenkes": "kementerian kesehatan",
    "kemenperin": "kementerian perindustrian", "kementan": "kementerian pertanian", "kemenag": "kementerian agama",
    "kemensos": "kementerian sosial", "kemenhan": "kementerian pertahanan", "kemenkop": "kementerian koperasi",
    "kemenkominfo": "kementerian komunikasi informatika", "kominfo": "kementerian komunikasi informatika",
    "komdigi": "kementerian komunikasi digital", "kemkomdigi": "kementerian komunikasi digital",
    "kemenparekraf": "kementerian pariwisata ekonomi kreatif", "kemenekraf": "kementerian ekonomi kreatif",
    "kemendagri": "kementerian dalam negeri", "kemenlu": "kementerian luar negeri",
    "kejagung": "kejaksaan agung", "pom": "pengawas obat makanan", "bpom": "badan pengawas obat makanan",
    # district, religious and administrative courts ("PN Jaksel", "PA Sendangsari", "PTUN Jakarta")
    "pn": "pengadilan negeri", "pa": "pengadilan agama", "ptun": "pengadilan tata usaha negara",
    "ojk": "otoritas jasa keuangan", "kppu": "komisi pengawas persaingan usaha", "kpk": "komisi pemberantasan korupsi",
    "bei": "bursa efek indonesia", "idx": "bursa efek indonesia", "lps": "lembaga penjamin simpanan",
    # a province's or a regency's offices ("Disnakertrans Jatim" is the "Dinas Tenaga Kerja dan Transmigrasi Jawa Timur")
    "disnaker": "dinas tenaga kerja", "disnakertrans": "dinas tenaga kerja transmigrasi", "dinkes": "dinas kesehatan",
    "dishub": "dinas perhubungan",
    # a province's conservation agency for wildlife and reserves ("BKSDA Aceh", "Aceh Natural Resources Conservation
    # Agency")
    "bksda": "balai konservasi sumber daya alam",
    # disaster, rescue and weather agencies, and a regency's fire brigade
    "bnpb": "badan nasional penanggulangan bencana", "bpbd": "badan penanggulangan bencana daerah",
    "basarnas": "badan nasional pencarian pertolongan", "bmkg": "badan meteorologi klimatologi geofisika",
    "damkar": "dinas pemadam kebakaran",
    # a hospital by its short form ("RS Universitas X" is the "Rumah Sakit Universitas X"; "RSUD X" a regional
    # general hospital, "X Regional Hospital"; ``_ONE_STEM`` drops the "general")
    "rs": "rumah sakit", "rsu": "rumah sakit", "rsud": "rumah sakit daerah", "rsup": "rumah sakit pusat",
    # a regency's, a city's or a province's government ("Pemkab X" is the "X regency government")
    "pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota", "pemprov": "pemerintah provinsi",
    "lbh": "lembaga bantuan hukum", "ditjen": "direktorat jenderal", "kpu": "komisi pemilihan",
}

# Indonesian words of public and corporate bodies' names, as English names of the same bodies say them
_ID_TO_EN = {
    "kementerian": "ministry", "menteri": "minister", "badan": "agency", "departemen": "department",
    "dinas": "department", "tenaga": "", "kerja": "manpower", "transmigrasi": "transmigration",
    "otoritas": "authority", "jasa": "service", "keuangan": "finance", "komisi": "commission",
    "pengawas": "supervisory", "pengawasan": "supervision", "obat": "drug", "makanan": "food", "pangan": "food",
    "asosiasi": "association", "serikat": "union", "pekerja": "worker", "buruh": "worker", "mitra": "partner",
    "kurir": "courier", "bursa": "exchange", "efek": "stock", "saham": "stock", "pengadilan": "court",
    "negeri": "district", "kepolisian": "police", "polisi": "police", "daerah": "regional", "ekonomi": "economy",
    "kreatif": "creative", "perhubungan": "transport", "komunikasi": "communication", "informatika": "informatic",
    "perdagangan": "trade", "perindustrian": "industry", "industri": "industry", "kesehatan": "health",
    "pendidikan": "education", "ketenagakerjaan": "manpower", "energi": "energy", "sumber": "resource",
    "mineral": "mineral", "pertanian": "agriculture", "hukum": "law", "persaingan": "competition",
    "usaha": "business", "perlindungan": "protection", "konsumen": "consumer", "lembaga": "institution",
    "dewan": "council", "nasional": "national", "pusat": "central", "penjamin": "insurance",
    "simpanan": "deposit", "investasi": "investment", "pajak": "tax", "bea": "customs", "cukai": "customs",
    "penerbangan": "aviation", "udara": "air", "laut": "sea", "kelautan": "marine", "perikanan": "fishery",
    "pariwisata": "tourism", "sosial": "social", "agama": "religious", "pertahanan": "defence",
    "keamanan": "security", "lingkungan": "environment", "hidup": "", "kehutanan": "forestry",
    "pekerjaan": "work", "umum": "public", "perumahan": "housing", "rakyat": "people", "keselamatan": "safety",
    "transportasi": "transport", "koperasi": "cooperative", "statistik": "statistics", "dan": "", "republik": "",
    "daya": "", "pemberantasan": "eradication", "korupsi": "corruption", "digital": "digital",
    "siber": "cyber", "sandi": "encryption", "sementara": "temporary", "riset": "research", "inovasi": "innovation",
    "penanggulangan": "management", "bencana": "disaster", "pencarian": "search", "pertolongan": "rescue",
    "meteorologi": "meteorology", "klimatologi": "climatology", "geofisika": "geophysics", "pemadam": "",
    "kebakaran": "fire", "pemeriksa": "audit", "antariksa": "space", "kebudayaan": "culture", "budaya": "culture",
    # police and prosecutors by their short forms: "Polda Jawa Timur" is the "East Java police"
    "polda": "police", "polres": "police", "polresta": "police", "polrestabes": "police", "polri": "police national",
    "kejaksaan": "prosecutor", "kejati": "prosecutor", "kejari": "prosecutor", "negara": "national",
    # "Kepolisian Resor X" and "Kepolisian Sektor X" in full are "Polres X" and "Polsek X"
    "resor": "", "sektor": "", "polsek": "police",
    # a provincial prosecutor's office, "Kejaksaan Tinggi" in full, is "Kejati" or "the province's prosecutors"
    "tinggi": "",
    # hospitals and universities: "Rumah Sakit Universitas X" is "X University Hospital"
    "rumah": "", "sakit": "hospital", "universitas": "university",
    "pemerintah": "government", "kabupaten": "district", "kota": "city", "provinsi": "province",
    # the highest bodies: "Kejaksaan Agung" is the "Attorney General's Office", "Mahkamah Agung" the "Supreme
    # Court"; a commercial court is a "pengadilan niaga"
    "agung": "supreme", "mahkamah": "court", "niaga": "commercial", "konstitusi": "constitutional",
    # places inside a body's name, as English names say them ("Jawa Timur" / "East Java")
    "jawa": "java", "sumatera": "sumatra", "timur": "east", "barat": "west", "tengah": "central", "utara": "north",
    "selatan": "south", "tenggara": "southeast", "kepulauan": "islands",
    # airports, ports and stations: "Bandara Internasional X" is "X International Airport"
    "bandara": "airport", "internasional": "international",
    # toll roads: "Tol Jakarta-Cikampek", "Jalan Tol X" is the "Jakarta-Cikampek toll road"
    "tol": "toll", "jalan": "",
    # an agency's office ("Balai Konservasi Sumber Daya Alam"), nature conservation, farmers' and fishers' bodies
    "balai": "agency", "konservasi": "conservation", "alam": "natural", "aliansi": "alliance", "petani": "farmer",
    "nelayan": "fisherman", "pengemudi": "driver", "daring": "online",
    # legal aid, pilgrimage, oil and gas, importers' and election bodies ("Lembaga Bantuan Hukum X" is the "X Legal Aid
    # Institute", "Direktorat Jenderal Minyak dan Gas Bumi" the "Directorate General of Oil and Gas")
    "bantuan": "aid", "haji": "hajj", "direktorat": "directorate", "jenderal": "supreme", "minyak": "oil", "bumi": "",
    "gabungan": "association", "importir": "importer", "kargo": "cargo", "pemilihan": "election",
    # civil aviation and accident investigators, committees, markets and central banks ("Direktorat Jenderal
    # Penerbangan Sipil" is the "Directorate General of Civil Aviation")
    "sipil": "civil", "biro": "bureau", "investigasi": "investigation", "kecelakaan": "accident", "pesawat": "aircraft",
    "komite": "committee", "sentral": "central", "pasar": "market", "regulasi": "regulation", "konstruksi": "construction",
    # accreditation boards and higher education ("Perguruan Tinggi": a college or university)
    "akreditasi": "accreditation", "perguruan": "higher", "sertifikasi": "certification", "standardisasi": "standard",
    # international bodies and foreign regulators ("Organisasi Kesehatan Dunia" is the "World Health Organization",
    # "Komisi Sekuritas Malaysia" the "Securities Commission Malaysia")
    "organisasi": "organization", "dunia": "world", "sekuritas": "stock", "anti": "anti",
    # countries as Indonesian writes them
    "singapura": "singapore", "jepang": "japan", "filipina": "philippines", "thailand": "thailand",
}
# English spellings of one stem
_EN_STEM = {"financial": "finance", "services": "service", "works": "work", "drugs": "drug", "workers": "worker",
            "partners": "partner", "couriers": "courier", "transportation": "transport", "communications": "communication",
            "informatics": "informatic", "resources": "resource", "securities": "stock", "labour": "manpower",
            "labor": "manpower", "defense": "defence", "fisheries": "fishery", "affairs": "affair",
            "monitoring": "supervisory", "supervising": "supervisory", "prosecutors": "prosecutor",
            "prosecution": "prosecutor", "attorney": "prosecutor", "general": "supreme", "crypto": "encryption",
            "cryptography": "encryption", "centre": "central", "center": "central", "auditor": "audit",
            "information": "informatic", "provincial": "province", "farmers": "farmer", "fishermen": "fisherman",
            "fishers": "fisherman", "nature": "natural", "drivers": "driver", "legal": "law", "institute": "institution",
            "importers": "importer", "elections": "election", "directorates": "directorate",
            # a disaster agency "manages" or "mitigates"; a kabupaten is a "regency" or a "district" in English copy
            "mitigation": "management", "regency": "district", "organisation": "organization",
            # a foreign body's country, named or by its people ("Malaysian Anti-Corruption Commission")
            "malaysian": "malaysia", "singaporean": "singapore", "philippine": "philippines", "thai": "thailand",
            "japanese": "japan", "australian": "australia"}
# words that name the country the body serves, often left out of a name
_OPTIONAL = {"indonesia", "indonesian", "indonesias", "republic", "the", "of", "and", "s", "its",
             "regional", "affair", "office", "metro", "road"}  # "Polda" and "Kepolisian Daerah" name one regional police
_WORD = re.compile(r"[a-z]+")
# phrases that one stem says: a state-owned enterprise is a "BUMN" ("Kementerian BUMN", "Ministry of SOEs")
_PHRASES = re.compile(r"\bstate[- ]owned\s+enterprises?\b|\bbadan\s+usaha\s+milik\s+negara\b|\bbumn\b|\bsoes?\b")
# words that say one stem together: "rumput laut" is seaweed; a "general election" and a "pemilihan umum" are an
# election; the energy ministry's portfolio in full, as Indonesian names write it and English ones seldom do
# ("Kementerian Energi dan Sumber Daya Mineral", "ESDM", "Ministry of Energy and Mineral Resources": the "energy
# ministry"); "Metro Jaya" is Jakarta and its ring, as the regional police's name says it ("Polda Metro Jaya" is the
# "Jakarta Police"); a public hospital is "umum" (general) in Indonesian names, seldom in English ones ("Jayamulya
# Regional Hospital"); "Bandar Udara X" in full is "Bandara X"
_ONE_STEM = {"rumput laut": "seaweed", "general election": "election", "general elections": "election",
             "pemilihan umum": "election", "gas bumi": "gas", "energi dan sumber daya mineral": "energy",
             "esdm": "energy", "energy and mineral resources": "energy", "metro jaya": "jakarta",
             "rumah sakit umum": "hospital", "general hospital": "hospital", "bandar udara": "bandara",
             "pesawat udara": "aircraft"}
_ONE_STEM_RX = re.compile(r"\b(?:" + "|".join(sorted(_ONE_STEM, key=len, reverse=True)).replace(" ", r"\s+") + r")\b")
# "Dalam Negeri" and "Luar Negeri" are home and foreign affairs, not a district ("negeri" alone, as in "Pengadilan Negeri")
_PORTFOLIOS = re.compile(r"\b(dalam|luar) negeri\b")
_PORTFOLIO_STEM = {"dalam": "home", "luar": "foreign"}
REGION_BY_SHORT_FORM = {short: long for long, short in REGION_SHORT_FORMS.items()}  # "jatim" -> "jawa timur"


def gloss(name: str) -> frozenset[str]:
    """English stems of a name's words, the country and function words left out."""
    out = set()
    low = _PHRASES.sub("soe", name.lower().replace("’", "'").replace("'s", ""))
    low = _ONE_STEM_RX.sub(lambda m: _ONE_STEM[" ".join(m.group(0).split())], low)
    words = " ".join(_BODY_SHORT_FORMS.get(w, REGION_BY_SHORT_FORM.get(w, w)) for w in _WORD.findall(low))
    for word in _PORTFOLIOS.sub(lambda m: _PORTFOLIO_STEM[m.group(1)], words).split():
        for stem in _ID_TO_EN.get(word, word).split():  # a short form may stand for two words ("polri")
            stem = _EN_STEM.get(stem, stem)
            if stem not in _OPTIONAL:
                out.add(stem)
    if "exchange" in out and len(out) > 2:
        out.discard("stock")  # a city's exchange, "Bursa X", is its "X Stock Exchange" (not when one word is left)
    return frozenset(out)


# head words of public bodies: only their names are matched across languages (two firms may share words)
_BODIES = {"ministry", "agency", "authority", "commission", "association", "alliance", "union", "exchange", "court", "police",
           "council", "institution", "minister", "prosecutor", "hospital", "university", "department", "airport",
           "government", "toll", "directorate", "committee", "organization", "museum"}
GLOSS_PREFIX = "gloss:"


@lru_cache(maxsize=8192)  # extraction asks it of each name of an article, several times over (~60 times an article)
def gloss_key(name: str) -> str | None:
    """A language-free key of a public body's name ("gloss:agency+drug+food+supervisory"), or None."""
    meaning = gloss(name)
    if len(meaning) < 2 or not meaning & _BODIES:
        return None
    key = GLOSS_PREFIX + "+".join(sorted(meaning))
    return key if len(key) <= 300 else None  # the alias column's width


# a landform's word, before its name in Indonesian and in English or after it in English ("Gunung Arkana" / "Mount
# Arkana", "Pulau Sendangsari" / "Sendangsari Island", "Selat Teluk Biru" / "Teluk Biru Strait")
_LANDFORM_BEFORE = {"gunung": "mount", "mount": "mount", "mt": "mount", "pulau": "island", "danau": "lake", "lake": "lake",
                    "sungai": "river", "selat": "strait", "teluk": "bay", "tanjung": "cape", "cape": "cape"}
_LANDFORM_AFTER = {"island": "island", "river": "river", "strait": "strait", "bay": "bay", "volcano": "mount"}
LANDFORM_PREFIX = "land:"


def landform_key(name: str) -> str | None:
    """A language-free key of a landform's name ("land:mount arkana"), or None."""
    words = _WORD.findall(name.lower())
    if len(words) < 2:
        return None
    if words[0] in _LANDFORM_BEFORE:
        return f"{LANDFORM_PREFIX}{_LANDFORM_BEFORE[words[0]]} {' '.join(words[1:])}"
    if words[-1] in _LANDFORM_AFTER:
        return f"{LANDFORM_PREFIX}{_LANDFORM_AFTER[words[-1]]} {' '.join(words[:-1])}"
    return None


def names_alike(query: frozenset[str], name: frozenset[str]) -> bool:
    """The query's stems are the name's, the name having at most one more ("food and drug agency" /
    "Badan Pengawas Obat dan Makanan")."""
    return len(query) >= 2 and query <= name and len(name - query) <= 1
