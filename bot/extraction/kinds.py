"""Kinds of names (person, org, product, place, media) and the gazetteer of well-known names.

A name group's kind comes from, in order: the gazetteer, the role and speech patterns that named it
(hints), then its shape and the words written around it in the article (``_SHAPE_RULES``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from db.names import PILGRIM_TITLES, compact_name

from .leads import Gated
from .lexicons import (
    BALINESE_NAME_WORDS,
    COMPASS_WORDS,
    DOCUMENT_WORDS,
    FIRST_NAMES,
    GENERATION,
    MEDIA,
    MINISTRY_HEADS,
    MINISTRY_NAME_WORDS,
    NOBLE_NAME_OPENERS,
    NOBLE_TITLES,
    OFFICE_VOCABULARY,
    ORG_DESCRIPTORS,
    ORG_ONLY_WORDS,
    ORG_PREFIX,
    ORG_SUFFIX,
    ORG_WORDS,
    ORGS,
    PLACE_WORDS,
    PLACES,
    PRODUCTS,
    SAY_EN,
    SAY_ID,
    SPELLED_RANK,
    TITLE_WORDS,
)
from .literal import occurrences

_PRODUCT_BEFORE = re.compile(
    r"\b(?:model(?:\s+bahasa)?|aplikasi|app|application|layanan|produk|product|chip|fitur|feature|perangkat|device|"
    r"ponsel|smartphone|chatbot|asisten|assistant|software|perangkat\s+lunak|tool|"
    # consumer goods sold under a brand ("susu Gizora", "obat batuk X", "the Y infant formula")
    r"susu|obat|minuman|suplemen|vaksin|merek|brand|milk|formula|drink|drug|vaccine|supplement|"
    # vehicles by their make, as graft and smuggling stories name them ("motor X", "mobil Y", "sepeda Z")
    r"(?:sepeda\s+)?motor|mobil|sepeda|motorcycle|motorbike|car|bicycle|scooter|skuter|"
    # warships and warplanes by their class or model ("kapal perang X", "pesawat tempur Y"); not "pesawat" or "kapal"
    # alone, which an airline's or a shipping line's name follows as often
    r"kapal\s+perang|pesawat\s+tempur|warship|fighter\s+jet)"
    r"(?:\s+(?:baru|new|AI|bernama|called|named|dubbed|dinamai|dijuluki)|,\s+(?:called|named|dubbed|bernama))*\s+$", re.I)
# "the Gizora Tumbuh product", "Dana Pasti savings product": a kind of product named after the name
_PRODUCT_AFTER = re.compile(r"^\s+(?:\d+\+?\s+)?(?:[a-z-]+\s+)?(?:product|products|produk|app|application|brand|merek|milk|"
                            r"formula|drink|kemasan|packs?|cans?|kaleng|tablets?|tablet|motorcycles?|motorbikes?|bikes?|"
                            r"bicycles?|scooters?|cars?|SUVs?|sedans?|index|indeks)\b")  # "the Jakarta Composite index"
# a name in a list of brands ("brands like H&M, Rip Curl and Forever 21", "merek seperti X, Y dan Z"): a company's
_LISTED_BRAND_BEFORE = re.compile(r"\b(?:brands?|labels?|merek|merk)\s+(?:like|such\s+as|including|seperti|antara\s+lain|di\s+antaranya)\s+"
                                  r"(?:[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*)*(?:\s*,\s*|\s+(?:and|dan|atau|or)\s+))*$", re.I)
_PLACE_BEFORE = re.compile(r"(?:based\s+in|headquartered\s+in|berbasis\s+di|berkantor\s+pusat\s+di|"
                           r"asal|kota|city\s+of|di\s+(?:kawasan|daerah|wilayah))\s+$", re.I)
# verbs of saying and telling that open what a name says ("X, mengatakan ...", "X, said ...")
_TELLING = f"{SAY_ID}|{SAY_EN}"
# words for people in a body ("union leader X", "anggota serikat X"): what follows is a person
_PEOPLE_WORDS = "|".join(sorted(TITLE_WORDS | {"leader", "leaders", "member", "members", "anggota", "pemimpin", "official", "officials",
                                              "pejabat", "staff", "staf", "pekerja", "worker", "workers", "karyawan", "employee",
                                              # a trade or a post held there ("company secretary X", "agency geologist X")
                                              "secretary", "geologist", "scientist", "researcher", "peneliti", "engineer",
                                              "economist", "ekonom", "doctor", "dokter", "nurse", "perawat", "teacher", "guru",
                                              "auditor", "inspector", "accountant", "akuntan", "technician", "teknisi",
                                              "pilot", "officer", "petugas"}))
# the descriptor may take one lowercase word of what it is ("kelompok peretas X", "perusahaan tambang X")
_VERBS_BEFORE_A_NAME = (r"(?:said|says|told|tells|added|announced|confirmed|named|appointed|hired|fired|dismissed|ousted|"
                        r"sued|replaced|promoted|thanked|blamed|accused|mengatakan|menyebut|menyatakan|mengumumkan|"
                        r"menunjuk|mengangkat|memecat|memberhentikan|menggugat|melaporkan|kata|ujar)")
_DESCRIPTOR_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ORG_DESCRIPTORS)) + r")"
                                r"(?:\s+(?!(?:kami|kita|saya|mereka|dia|ia|our|his|her|their|its|my|" + _PEOPLE_WORDS + r")\b)"
                                # a verb between the descriptor and the name makes the name its object or its
                                # speaker's words' subject ("The company said Budi Hartono ...", "perusahaan menunjuk X")
                                r"(?!" + _VERBS_BEFORE_A_NAME + r"\b)(?-i:[a-z]{3,}))?\s+(?:the\s+)?$", re.I)
# "<Name>, a lender": the name is the lender's; "<Name>, the agency's deputy" / "juru bicara perusahaan": the
# name holds a post in the organisation the descriptor names; "<Name>, mengatakan perusahaan ..." begins what
# the name says, no description of it
_DESC_AFTER = re.compile(
    r"^\s*,\s+(?!(?:" + _TELLING + r")\b)(?:(?:a|an|the|sebuah|salah\s+satu)\s+)?"
    r"(?:(?!(?:" + "|".join(sorted(TITLE_WORDS)) + r")\b)[\w-]+\s+){0,2}"
    r"(?:" + "|".join(sorted(ORG_DESCRIPTORS)) + r")\b(?!['’]s\b)"
    # "X, a fintech venture capitalist": the descriptor says whose trade a person is in
    r"(?!(?:\s+[\w-]+)?\s+(?:capitalists?|investors?|analysts?|founders?|executives?|entrepreneurs?|experts?|consultants?|"
    r"lawyers?|officials?|veterans?|employees?|workers?|bosses|boss|pengusaha|pendiri|analis|pakar|karyawan|pegawai)\b)", re.I)
# a company's legal form just before a name (searched up to the name's start)
PT_BEFORE = re.compile(r"\b(?:PT|CV|UD)\.?\s+$")
_VERSIONED = re.compile(r"^[A-Za-z]+-\d+(?:\.\d+)?$")
_DOMAIN = re.compile(r"\.(com|id|co|net|org)$", re.I)


_GAZ_EXACT: dict[str, tuple[str, str]] = {}
_GAZ_KEY: dict[str, tuple[str, str]] = {}
for _table, _kind in ((PLACES, "place"), (ORGS, "org"), (PRODUCTS, "product"), (MEDIA, "media")):
    for _low, _name in _table.items():
        _GAZ_EXACT[_low] = (_name, _kind)
        if _kind != "place" and len(compact_name(_name)) > 3:
            _GAZ_KEY[compact_name(_name)] = (_name, _kind)


@lru_cache(maxsize=65536)
def gazetteer_kind(name: str) -> tuple[str, str] | None:
    """(canonical name, kind) of a well-known name, else None."""
    return _GAZ_EXACT.get(name.lower()) or _GAZ_KEY.get(compact_name(name))


def known_place(name: str) -> bool:
    """The gazetteer knows ``name`` as a place."""
    kind = gazetteer_kind(name)
    return kind is not None and kind[1] == "place"


@dataclass(frozen=True)
class Hints:
    """Keys of the names that the role and speech patterns of the article read as a kind."""

    persons: frozenset[str]
    orgs: frozenset[str]
    media: frozenset[str]

    @classmethod
    def of(cls, persons: Iterable[str], orgs: Iterable[str], media: Iterable[str]) -> Hints:
        """Hints from the surface names the patterns read as persons, organisations and outlets."""
        return cls(frozenset(map(compact_name, persons)), frozenset(map(compact_name, orgs)), frozenset(map(compact_name, media)))

    def kind(self, keys: set[str]) -> str | None:
        """The hinted kind of a name group (by its spelling keys); an outlet hint wins, then a person."""
        if keys & self.media:
            return "media"
        if keys & self.persons:
            return "person"
        if keys & self.orgs:
            return "org"
        return None


def kind_of(forms: list[str], hints: Hints, sentences: list[str]) -> str:
    """The kind of one name group (its surface forms), read in the article's ``sentences``."""
    # the sentences that hold each form, found once ("in" over the article's sentences is cheap; the rules below read
    # only these), and what each form follows there, for the tests here and in _kind_by_form (each looks only at the
    # last words)
    holding = _holding(forms, sentences)
    before = {f: [b[-_CUE_CHARS:] for b in _before_each(f, holding[f])] for f in forms}
    # "PT <name>" is a company whatever pattern read it as a holder of a post, and "PT AP" whatever well-known
    # name those letters spell
    if any(PT_BEFORE.search(b) for cues in before.values() for b in cues):
        return "org"
    for f in forms:
        g = gazetteer_kind(f)
        if g:
            return g[1]
    longest = max(forms, key=lambda x: len(x.split()))
    kind = _kind_by_form(forms, longest, before) or hints.kind({compact_name(f) for f in forms})
    if kind:
        return kind
    held = holding[longest]  # the rules read only the sentences that hold the name
    for rule in _SHAPE_RULES:
        kind = rule(longest, held)
        if kind:
            return kind
    return "org"


def _holding(forms: list[str], sentences: list[str]) -> dict[str, list[str]]:
    """For each form, the sentences that hold it."""
    return {f: [s for s in sentences if f in s] for f in forms}


def _kind_by_form(forms: list[str], longest: str, before: dict[str, list[str]]) -> str | None:
    """What the way a name is written says of its kind, before any pattern's hint (``before``: the last words
    before each occurrence of each form)."""
    if any(_outlet_shape(f) for f in forms):
        return "media"
    if _place_by_head(longest) or _region_of_a_head(forms, before) or _after_a_region_unit(forms, before):
        # "Kepala Desa Jelgung": a post's holder by the patterns, but a village by its first word; "Bupati Jember":
        # the region its head's post names; "Kabupaten Jember" written in the article: "Jember" is the regency
        return "place"
    if any(opens_like_a_person(f) or _after_honorific(f, before[f]) or _by_initials(f, before[f]) for f in forms):
        return "person"
    return None


# the posts of a region's head, written before the region and then the holder's name ("Wali Kota Cirebon X")
REGIONAL_HEAD_BEFORE = re.compile(r"\b(?:Wali\s*[Kk]ota|Walikota|Bupati|Gubernur|Camat|Lurah|Kepala\s+Desa|Kades)\s+$")


def _region_of_a_head(forms: list[str], before: dict[str, list[str]]) -> bool:
    """Every occurrence of every form follows a regional head's post."""
    cues = [b for f in forms for b in before[f]]
    return bool(cues) and all(REGIONAL_HEAD_BEFORE.search(b) for b in cues)


# a region's unit written before its name ("Kabupaten Sungai Lintang"), not a post's words ("Wali Kota", "Kepala Desa")
_REGION_UNIT_BEFORE = re.compile(r"(?<!Wali )(?<!Kepala )\b(?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan)\s+$")


def _after_a_region_unit(forms: list[str], before: dict[str, list[str]]) -> bool:
    """One occurrence of a form follows a region's unit: the name is the region's, wherever else it stands."""
    return any(_REGION_UNIT_BEFORE.search(b) for f in forms for b in before[f])


_CUE_CHARS = 40  # the longest cue before a name ("perusahaan dengan inisial ") fits in this


# last words of a news outlet's name ("Straits Finance Wire", "Harian Ekonomi Pos"): never a person's
_OUTLET_LAST = frozenset("times post wire news daily journal herald tribune gazette insider magazine weekly chronicle "
                         "observer monitor report review pos".split())


def _outlet_shape(name: str) -> bool:
    toks = name.split()
    return len(toks) >= 2 and toks[-1].lower() in _OUTLET_LAST


def _before_each(name: str, sentences: list[str]) -> Iterable[str]:
    """The text before the first occurrence of ``name`` in each sentence where it is not at the start."""
    for s in sentences:
        i = s.find(name)
        if i > 0:
            yield s[:i]


def _org_by_affix(name: str, sentences: list[str]) -> str | None:
    toks = name.split()
    if toks[-1].lower() in ORG_SUFFIX or toks[0].lower() in ORG_PREFIX or " of " in name or "&" in toks:
        return "org"
    if len(toks) > 1 and any(t.lower() in ORG_ONLY_WORDS for t in toks):
        return "org"
    return None


def _product_by_version(name: str, sentences: list[str]) -> str | None:
    toks = name.split()
    if any(_VERSIONED.match(t) for t in toks) or (len(toks) > 1 and toks[-1].isdigit()):
        return "product"  # a model name with a version number
    return None


def gated_patterns() -> list[re.Pattern[str]]:
    """The cues read before a name behind their word gates (``_gated``)."""
    return [_PRODUCT_BEFORE, _PLACE_BEFORE]


@cache
def _gated(rx: re.Pattern[str]) -> Gated:
    return Gated(rx)


def _product_by_context(name: str, sentences: list[str]) -> str | None:
    if any(_gated(_PRODUCT_BEFORE).search(b) for b in _before_each(name, sentences)):
        return "product"
    return "product" if any(_PRODUCT_AFTER.match(a) for a in _after_each(name, sentences)) else None


def _after_each(name: str, sentences: list[str]) -> Iterable[str]:
    """The text after each occurrence of ``name`` in each sentence."""
    for s in sentences:
        for start in occurrences(s, name, after="-"):  # "name(?![\w-])"
            yield s[start + len(name):]


def _brand_in_a_list(name: str, sentences: list[str]) -> str | None:
    """A company's brand when the article lists it among brands (``_LISTED_BRAND_BEFORE``)."""
    return "org" if any(_LISTED_BRAND_BEFORE.search(b[-160:]) for b in _before_each(name, sentences)) else None


def _place_by_context(name: str, sentences: list[str]) -> str | None:
    """"based in X", "asal X", "the X-based company", "the X-listed firm": where someone or something is from."""
    if any(_gated(_PLACE_BEFORE).search(b) for b in _before_each(name, sentences)):
        return "place"
    held = [s for s in sentences if name + "-" in s]  # what the pattern needs, tested first
    if not held:
        return None
    based = re.compile(r"(?<![\w-])" + re.escape(name) + r"-(?:based|listed|headquartered)\b")
    return "place" if any(based.search(s) for s in held) else None


# "Ngaglik, Sleman regency", "in Wonosari, Gunungkidul regency", "Gunungkidul regency": a place's unit after it, or a
# place of which it is a part
_UNIT_AFTER = re.compile(r"^\s+(?:regency|district|sub-?district|province|village|municipality)\b|"
                         r"^,\s+(?:[A-Z][\w-]+\s+){1,2}(?:regency|district|province)\b")


def _place_by_what_follows(name: str, sentences: list[str]) -> str | None:
    """A name of one or two words written before a region's unit ("Gunungkidul regency"), or after "in" and before a
    larger place that is known ("in Labuha, North Maluku")."""
    toks = name.split()
    if len(toks) > 2 or {t.lower() for t in toks} & ORG_WORDS:
        return None
    for s in sentences:
        for start in occurrences(s, name, after="-"):
            after = s[start + len(name):]
            if _UNIT_AFTER.match(after):
                return "place"
            larger = re.match(r"^,\s+((?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+)?)\b", after)
            if larger and known_place(larger.group(1)) and _IN_BEFORE.search(s, 0, start):
                return "place"
    return None


# "in Wonosari, Gunungkidul": where something happened (a store or an office is also written "X, Jakarta", and "di
# Kantor X, Jakarta" is an office in a city)
_IN_BEFORE = re.compile(r"\b(?:in|di|near|dekat)\s+$", re.I)


# "the owner, Sukarsih, a 74-year-old widow", "Aina (51)", "Sukarsih, 74,": a one-word name with an age is a person's
_AGE_AFTER = re.compile(r"^\s*(?:\(\d{1,3}\)|,\s+(?:an?\s+)?\d{1,3}-year-old\b|,\s+\d{1,3}\s*,)")


def _one_word_with_an_age(name: str, sentences: list[str]) -> str | None:
    """A one-word name written with an age (``_AGE_AFTER``) is a person's."""
    if " " in name or not name[1:].islower():
        return None
    return "person" if any(_AGE_AFTER.match(a) for a in _after_each(name, sentences)) else None


def _place_by_head(name: str) -> bool:
    """A name that opens with a word for a place ("Desa ...", "Kabupaten ...", "Gedung ..."), naming no body."""
    toks = name.split()
    lows = {t.lower() for t in toks}
    return len(toks) > 1 and toks[0].lower() in PLACE_WORDS and not lows & ORG_WORDS and not lows & ORG_ONLY_WORDS


# a public body's office named by its head word, whatever place words follow ("Balai Taman Nasional X", "Perwakilan
# Kalimantan Utara"), but a hall ("Balai Kota", "Balai Desa") is a building
_BODY_OPENERS = frozenset({"balai", "dinas", "direktorat", "inspektorat", "perwakilan"})
_HALLS = frozenset({"kota", "desa", "kelurahan", "warga", "pertemuan", "sidang", "agung", "rakyat"})


def _by_words(name: str, sentences: list[str]) -> str | None:
    toks = name.split()
    lows = {t.lower() for t in toks}
    if len(toks) > 1 and toks[0].lower() in _BODY_OPENERS and toks[1].lower() not in _HALLS:
        return "org"
    if lows & PLACE_WORDS and not (lows & ORG_WORDS):
        return "place"
    compass = len(toks) == 2 and (toks[0].lower() in COMPASS_WORDS or toks[1].lower() in COMPASS_WORDS)
    if compass and not (lows & ORG_WORDS):
        return "place"
    if len(toks) > 1 and lows & ORG_WORDS:
        return "org"
    if _DOMAIN.search(name):
        return "media"
    return None


# "Mr Tan", "Bu Rina", "Bapak Hartono": what follows a form of address is a person, however long the name
# and a police or military rank ("Irjen Pol. X", "Kombes X", "Brigjen TNI X")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Madam|Madame|Dr|Pak|Bu|Bapak|Ibu|Tuan|Nyonya|Sdr|Saudara|Saudari|"
                               # a cleric's or pilgrim's title ("KH Abdul ...", "Hj. Siti ...")
                               r"KH|Hj|Kiai|Kyai|Ustaz|Ustadz|"
                               # a rank, not a post's "Jenderal" ("Sekretaris Jenderal Kongres X", "Direktur Jenderal")
                               r"(?:(?<![Ss]ekretaris\s)(?<![Dd]irektur\s)(?<![Ii]nspektur\s)(?<![Ss]ecretary\s)Jenderal|Komjen|Irjen|Brigjen|Kombes|AKBP|AKP|Kompol|Iptu|Ipda|Aiptu|Aipda|Bripka|Briptu|"
                               r"Bripda|Letjen|Mayjen|Laksda|Marsda|Kolonel|Letkol|" + SPELLED_RANK + r")"
                               r"(?:\s+(?:Pol|TNI|Purn)\.?)?)\.?\s+$")


# "tersangka berinisial RS", "a man with the initials AA", "Tersangka DES": police and prosecutors name people by initials
_INITIALS_BEFORE = re.compile(r"(?<!perusahaan\s)(?<!PT\s)\b(?:berinisial|dengan\s+inisial|inisial|initials|initialled|tersangka|terdakwa|terpidana)"
                             r"(?:\s+(?:adalah|yakni|yaitu|ialah))?\s+$", re.I)  # "Kedua tersangka adalah RH, ..."


def _by_initials(name: str, before: list[str]) -> bool:
    return name.isupper() and len(name) <= 5 and any(_INITIALS_BEFORE.search(b) for b in before)


def _after_honorific(name: str, before: list[str]) -> bool:
    """A name after a form of address or a rank; not a body's ("Sekretaris Jenderal Kementerian X": the post's
    "Jenderal" is no rank)."""
    return not name.startswith("Kota ") and name.split(maxsplit=1)[0].lower() not in ORG_PREFIX \
        and any(_HONORIFIC_BEFORE.search(b) for b in before)


def opens_like_a_person(name: str) -> bool:
    """A Balinese name ("I Wayan ...", "Ni Luh ..."), one opening with two initials ("R A ..."), a pilgrim's title
    or a nobility word ("Ida Bagus ...")."""
    words = name.lower().split()
    if len(words) >= 3 and words[0] in ("i", "ni") and words[1] in BALINESE_NAME_WORDS:
        return True
    if len(words) >= 3 and all(MIDDLE_INITIAL.match(w) for w in name.split()[:2]):
        return True  # "R A Sekarwangi", "K. H. Salim": initials open a person's name
    if len(words) >= 3 and words[0].rstrip(".") in PILGRIM_TITLES:
        return True  # "Haji Syamsul Bahri Lubis": a pilgrim's title before a name of two words or more
    return len(words) >= 3 and any(name.lower().startswith(o + " ") for o in NOBLE_NAME_OPENERS)


# a middle initial inside a person's name ("John J. Ray"): one capital, its dot optional
MIDDLE_INITIAL = re.compile(r"^[A-Z]\.?$")


def _name_words(name: str) -> list[str]:
    """The words of a name without a generation ("John Dimas III", "Martin Luther King Jr.") or a middle
    initial ("John J. Ray")."""
    toks = name.split()
    if len(toks) > 2 and toks[-1].rstrip(".") in GENERATION:
        toks = toks[:-1]
    if len(toks) > 2:
        toks = [toks[0]] + [t for t in toks[1:-1] if not MIDDLE_INITIAL.match(t)] + [toks[-1]]
    return toks


# a surname with a particle glued on ("deSouza", "McAllister", "O'Neill", "DiNapoli"): no brand's inner capital
_PARTICLE_SURNAME = re.compile(r"^(?:Mc|Mac|O['’]|De|Di|Da|Du|La|Le|Van|Von|de|di|da|du|van|von|le|la)([A-Z][a-z]+)$")


def _plain_surname(word: str) -> str:
    m = _PARTICLE_SURNAME.match(word)
    return word[:1].upper() + m.group(1).lower() if m else word


_INITIAL = re.compile(r"[A-Z]\.?")


def _person_by_shape(name: str, sentences: list[str]) -> str | None:
    """Two or three (or four, ``_longest_name``) capitalised words without acronyms: a person, unless the article writes an
    organisation descriptor or "PT" before it, or a descriptor apposition after it."""
    toks = [_plain_surname(t) for t in _name_words(name)]
    if not (2 <= len(toks) <= _longest_name(toks, name, sentences)) or not _name_spelling(toks):
        return None  # an acronym or a capital inside a word ("TikTok Shop"): a brand's spelling, no person's
    if any(t.lower() in OFFICE_VOCABULARY or t.lower() in DOCUMENT_WORDS for t in toks):
        # "Pengawas Perasuransian": the words of a body's unit; "Laporan Hasil Pemeriksaan", "Debt Payment
        # Obligations": a document's or a procedure's title; no one's name
        return None
    return "org" if any(_org_context(s, name) for s in sentences) else "person"


def _name_spelling(toks: list[str]) -> bool:
    """Words spelled as a person's name is: a capital, then lower-case letters; an initial before the other words
    ("M Rizal": Muhammad) is a name's too, no acronym."""
    words = [t for i, t in enumerate(toks) if i == len(toks) - 1 or not _INITIAL.fullmatch(t)]
    return all(t[:1].isupper() and t.replace("-", "").isalpha() and t[1:].islower() for t in words)


# "Rusdi selaku staf ahli ...", "Hartono, direktur ...", "Smith as chief executive": a post held after the name
_POST_AFTER = re.compile(r"^(?:\s*,\s*|\s+(?:selaku|sebagai|as)\s+)(?:(?:the|a|an|mantan|former|eks)\s+)?(?:"
                         + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\b", re.I)


def _one_word_holder(name: str, sentences: list[str]) -> str | None:
    """A one-word name followed by a post it holds is a person's (many Indonesians have one name)."""
    if " " in name or not name[1:].islower():
        return None
    return "person" if any(_POST_AFTER.match(a) for a in _after_each(name, sentences)) else None


# the verbs that give a person's words after a quote ("...," kata Wirasena / ujar Hendri): no one writes them of a company
_PERSON_SAYS = re.compile(r"\b(?:kata|ujar|tutur|ucap|imbuh|tandas|pungkas)\s+$", re.I)
# "Sarwono menjelaskan, ...", "Sarwono menambahkan bahwa ...": a one-word subject of a person's verb of telling
_PERSON_TELLS = re.compile(r"^\s+(?:menjelaskan|mengatakan|menuturkan|menambahkan|mengungkapkan|menegaskan|menyebutkan|"
                           r"mengakui|menilai|berpendapat|bercerita)\s*(?:,|bahwa\b)")


def _one_word_speaker(name: str, sentences: list[str]) -> str | None:
    """"kata Wirasena", "ujar Hendri", "Hendri menjelaskan,", "Hendri, who ...": a one-word name a person's verb of saying
    or telling, or the relative "who", goes with."""
    if " " in name or not name[1:].islower():
        return None
    if any(_PERSON_SAYS.search(b[-12:]) for b in _before_each(name, sentences)):
        return "person"
    return "person" if any(_PERSON_TELLS.match(a) or _WHO_AFTER.match(a) for a in _after_each(name, sentences)) else None


# "menggantikan Wiryono", "replacing Hartono", "digantikan oleh Sari": who takes or leaves a post is a person
_SUCCESSION_BEFORE = re.compile(r"\b(?:menggantikan|digantikan\s+oleh|pengganti|replacing|replaces|replaced\s+by|succeeding|"
                                r"succeeds|succeeded\s+by|successor\s+to)\s+$", re.I)


# "Rusmini divonis lima tahun penjara", "Rudi was arrested": what befalls only a person
_JAILED_AFTER = re.compile(r"^\s+(?:(?:juga|pun|telah|sudah|akhirnya|kemudian|resmi)\s+)?(?:divonis|dihukum|dipenjara|ditahan|"
                           r"ditangkap|dibui|was\s+(?:sentenced|arrested|detained|jailed))\b", re.I)


def _one_word_by_what_befalls(name: str, sentences: list[str]) -> str | None:
    """A one-word name who takes over from or hands over to someone ("menggantikan Wiryono"), or who is jailed,
    arrested or sentenced ("Rusmini divonis ...")."""
    if " " in name or not name[1:].islower():
        return None
    if any(_SUCCESSION_BEFORE.search(b[-30:]) for b in _before_each(name, sentences)):
        return "person"
    return "person" if any(_JAILED_AFTER.match(a) for a in _after_each(name, sentences)) else None


# a head of state or government before a one-word name ("Presiden Arkandi", "PM Halimun", "Prime Minister Wirasena"),
# whose office no body's name follows as a region's follows a governor's; and a resignation, which only a person tenders
_HEAD_OF_STATE_BEFORE = re.compile(r"\b(?:(?-i:PM)|(?:perdana\s+)?menteri\s+besar|perdana\s+menteri|prime\s+minister|presiden|"
                                   r"president|wapres|wakil\s+presiden|vice\s+president|kanselir|chancellor)\s+$", re.I)
_RESIGNATION_BEFORE = re.compile(r"\b(?:pengunduran\s+diri|resignation\s+of)\s+$", re.I)


def _one_word_head_or_resigning(name: str, sentences: list[str]) -> str | None:
    """A one-word name after a head of state's or government's title, or whose resignation is told."""
    if " " in name or not name[1:].islower():
        return None
    before = [b[-40:] for b in _before_each(name, sentences)]
    return "person" if any(_HEAD_OF_STATE_BEFORE.search(b) or _RESIGNATION_BEFORE.search(b) for b in before) else None


# "Kalvaro, who built ...": the relative "who" follows a person's name (a firm takes "which")
_WHO_AFTER = re.compile(r"^\s*,\s+who\s")


def _given_name_alone(name: str, sentences: list[str]) -> str | None:
    """"kata Dimas": a common given name on its own is someone's short name."""
    return "person" if " " not in name and name.lower() in FIRST_NAMES and name[1:].islower() else None


def _longest_name(toks: list[str], name: str, sentences: list[str]) -> int:
    """Four words are a person's name when the first is a common given name ("Muhammad Rizal Fadillah Siregar") or a
    hereditary title ("Raden Budi Hartono Wirjadi") or when the name is a speaker's ("kata Kabag Humas, Yohanes Rudi
    Hartono Sitompul"); otherwise two or three are."""
    if toks[0].lower() in FIRST_NAMES or toks[0].lower() in NOBLE_TITLES \
            or any(_SPEAKER_BEFORE.search(b[-60:]) for b in _before_each(name, sentences)):
        return 4
    return 3


# "kata X", "ujar Kepala Biro Humas, X": the name a verb of saying gives, directly or after the speaker's post
_SPEAKER_BEFORE = re.compile(r"\b(?:kata|ujar|tutur|ucap|imbuh|tandas|pungkas)\s+(?:(?:[\w.]+\s+){0,4}[\w.]+,\s*)?$")


def _org_context(sentence: str, name: str) -> bool:
    i = sentence.find(name)
    if i > 0 and (_DESCRIPTOR_BEFORE.search(sentence[:i]) or PT_BEFORE.search(sentence[:i])):
        return True
    if i >= 0 and _PART_OF_GROUP.match(sentence[i + len(name):]) and re.search(r"['’]s\s+$", sentence[:i]):
        return True
    # "kata X, negosiator serikat buruh Y": the words after a speaker named by a verb of saying tell his post
    return i >= 0 and bool(_DESC_AFTER.match(sentence[i + len(name):])) and not _PERSON_SAYS.search(sentence[:i])


# "Bank of Avalon's Kestrel Lynch unit": a group's part, named after its owner, is a company
_PART_OF_GROUP = re.compile(r"^\s+(?:unit|subsidiary|division|affiliate)\b")


# asked in order after the gazetteer and the hints; the first answer wins, else "org"
_SHAPE_RULES: tuple[Callable[[str, list[str]], str | None], ...] = (
    _org_by_affix,
    _product_by_version,
    _product_by_context,
    _brand_in_a_list,
    _place_by_context,
    _place_by_what_follows,
    _by_words,
    _given_name_alone,
    _one_word_holder,
    _one_word_speaker,
    _one_word_by_what_befalls,
    _one_word_head_or_resigning,
    _one_word_with_an_age,
    _person_by_shape,
)


def ministry_fields_end(words: list[str]) -> int:
    """Where a ministry's name ends in a run that opens with one ("Kementerian Perdagangan Budi Hartono Wibowo": 2):
    its name is its fields, a closed class (``MINISTRY_NAME_WORDS``), so a word after them opens someone else's name. 0 when
    the run opens with no ministry or names no field."""
    if not words or words[0].lower() not in MINISTRY_HEADS:
        return 0
    end = 1
    while end < len(words) and (words[end].lower().strip(",") in MINISTRY_NAME_WORDS or words[end].lower() in ("dan", "and")):
        end += 1
    return end if end > 1 else 0
