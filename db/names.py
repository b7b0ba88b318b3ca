"""Name keys used for entity identity and fuzzy lookup."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

_NON_WORD = re.compile(r"[^0-9a-z]+")


def _folded(name: str) -> str:
    """Lower case without accents ("Méta" -> "meta")."""
    if name.isascii():  # nothing to decompose: the common case, and extraction asks for keys often
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def keyed_apart(key: str) -> bool:
    """A stored name key in a key space of its own ("gloss:", "initials:", "spelled:", "tail:"): a way the store finds a name,
    not a name to show or to match a query against (a name's own key holds only letters, digits and spaces)."""
    return ":" in key


def norm_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Meta Platforms, Inc." -> "meta platforms inc".

    The one name key: the store, the answers, extraction and the evaluations all use it (or
    ``compact_name``), so a name that meets another in one place meets it in all.
    """
    return _NON_WORD.sub(" ", _folded(name or "")).strip()


@lru_cache(maxsize=16384)  # extraction keys each name of an article many times (~220 calls an article)
def compact_name(name: str) -> str:
    """The key without spaces, so "scaleai" meets "Scale AI" and "open ai" meets "OpenAI"."""
    return _NON_WORD.sub("", _folded(name or ""))


# the legal forms of the state's firms beside "PT" and "(Persero)": a public corporation ("Perum Kopitara", "Perusahaan
# Umum"), a regional limited one ("PT Kopitara Jaya (Perseroda)"). Not a regional public one's "Perumda", which names
# its kind ("Perumda Air Minum Tirta Kencana", short "PDAM Tirta Kencana")
STATE_FIRM_FORMS = frozenset({"perum", "perseroda"})
# legal forms around a company's name ("PT ... Tbk", "... Inc.", a web address's "Kopitara.com"): outlets write them or
# leave them out
LEGAL_FORMS = frozenset({"pt", "tbk", "persero", "inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "co",
                         "pte", "sdn", "bhd", "gmbh", "llp", "com", "cv", "ud", *STATE_FIRM_FORMS})


# the prefixes of a ship's name ("MV Ocean Star", "KM Sinar Bahari", "KMP Nusa Jaya"): outlets write them or leave them out
VESSEL_PREFIXES = frozenset({"mv", "mt", "km", "kmp", "kri", "ss"})


def without_legal_forms(key: str) -> list[str]:
    """The words of a name key other than legal forms, a ship's prefix and a party's "partai": "pt selaras nikel utama
    tbk" -> [selaras, nikel, utama], "km sinar bahari" -> [sinar, bahari], "partai gerindra" -> [gerindra]."""
    words = key.split()
    if len(words) > 2 and words[0] in VESSEL_PREFIXES or len(words) > 1 and words[0] == "partai":
        words = words[1:]
    return [w for w in words if w not in LEGAL_FORMS]


# the words that tell a company is a group of companies, before or after its name ("Grup Djarum", "Djarum Group",
# "Meta Platforms"): outlets write them or leave them out
GROUP_WORDS = frozenset({"group", "grup", "groupe", "holding", "holdings", "platforms", "technologies"})


def without_group_word(name: str) -> str | None:
    """The key of a company's name without the group word opening or closing it ("Grup Djarum" -> "djarum"), legal
    forms aside; None when it has none."""
    words = without_legal_forms(norm_name(name))
    if len(words) >= 2 and words[0] in GROUP_WORDS:
        words = words[1:]
    elif len(words) >= 2 and words[-1] in GROUP_WORDS:
        words = words[:-1]
    else:
        return None
    return " ".join(words) if words[0] not in GROUP_WORDS else None


def undoubled(word: str) -> str:
    """The word with each doubled letter written once ("deddy" -> "dedy")."""
    return re.sub(r"(.)\1", r"\1", word)


# words written before a person's name that outlets keep or leave out: a pilgrim's or cleric's title ("H", "Hj",
# "KH") and titles of nobility ("Raja", "Tengku", "Teuku"); an initial too ("M Arif Santoso" / "Arif Santoso",
# "I Wayan Sudarma" / "Wayan Sudarma")
# a pilgrim's title in full or short ("Haji", "Hj"), which opens a person's name whatever else it holds
PILGRIM_TITLES = frozenset({"hj", "haji", "hajah", "hajjah"})
_NAME_PREFIXES = PILGRIM_TITLES | {"h", "kh", "raja", "tengku", "teuku", "tuanku"}


def without_name_prefix(words: list[str]) -> list[str]:
    """A person's name words (any case) without a leading initial or title, where two words or more remain."""
    if len(words) >= 3 and (len(first := words[0].rstrip(".").lower()) == 1 or first in _NAME_PREFIXES):
        return words[1:]
    return words


def name_core(words: list[str]) -> list[str]:
    """``without_name_prefix``, and without a leading "Muhammad" in any of its forms, which outlets write or leave out
    ("Muhammad Choirul Anam" / "Choirul Anam"), where two words or more remain."""
    words = without_name_prefix(words)
    return words[1:] if len(words) >= 3 and words[0].rstrip(".").lower() in _MUHAMMAD_FORMS else words


def same_person_name(one: list[str], other: list[str]) -> bool:
    """Two people's name keys (as word lists) write one name: the same first and last name, and the
    shorter's words in order among the longer's, an initial standing for a word it opens, each word in any of
    its spellings (``spelling_key``: "iwan lukminto" / "iwan s lukminto" / "iwan setiawan lukminto", "deddy" /
    "dedy", "simandjuntak" / "simanjuntak")."""
    if len(one) < 2 or len(other) < 2:
        return False
    one, other = name_core(one), name_core(other)  # "M Arif Santoso" / "Arif Santoso"
    if one[0] == other[0] and _joined_alike(one[1:], other[1:]):
        # a Chinese given name written as one word or two ("Chen Weiming" / "Chen Wei Ming"), a long name's word split
        # in two and maybe one slip of the keys ("Rina Sekarwulan Hapsari" / "Rina Sekar Wulan Hapsary")
        return True
    if _rest_by_initials(one, other) or _rest_by_initials(other, one):
        return True  # "Harry MAC" / "Harry Muhammad Adhi Caksono": prosecutors' and courts' copy
    short, long_ = sorted(([_first_word_key(one[0]), *map(spelling_key, one[1:])],
                           [_first_word_key(other[0]), *map(spelling_key, other[1:])]), key=len)
    if _given_names_reordered(short, long_) or _one_word_slipped(short, long_, 0):
        return True
    if short[0] != long_[0] or not (_same_last_word(short[-1], long_[-1]) or _one_word_slipped(short, long_, -1)):
        return False
    rest = iter(long_[1:-1])
    return all(any(_same_word_or_initial(w, x) for x in rest) for w in short[1:-1])


def _joined_alike(one: list[str], other: list[str]) -> bool:
    """The same words run together, or (split otherwise: the words are not one another's) with one slip of a long name."""
    a, b = "".join(one), "".join(other)
    return a == b or len(one) != len(other) and _same_last_word(a, b)


def _rest_by_initials(short: list[str], long_: list[str]) -> bool:
    """The first name, then the initials of the other two words or more of the long name as one word."""
    return len(short) == 2 and len(long_) >= 3 and short[0] == long_[0] and short[1] == "".join(w[:1] for w in long_[1:])


_DOUBLED = frozenset("bdfgklmnprst")  # the letters names double ("Jeffry", "Deddy", "Ferry", "Anggi")


def first_name_forms(word: str) -> tuple[str, ...]:
    """The ways a stored name's first word may be written for ``same_person_name`` to join it: as given, and
    with or without a silent final h ("sofiah" / "sofia"), ending in "i" or "y" ("toni" / "tony"), a letter doubled
    or not, in the old spelling or today's ("soegiarto" / "sugiarto", "arief" / "arif"), "y" or "i" inside ("lidya" /
    "lidia")."""
    if _first_word_key(word) == "muhamad":  # the Prophet's name, in full or short ("M", "Muh."), any spelling
        return _MUHAMMAD_FORMS
    forms = [word, *_doubled_or_not(word), *_old_or_new_spellings(word), *_with_or_without_sy(word)]
    formal = _FORMAL.get(word, word)  # "bob" / "robert" / "rob"
    forms += [f for f in (formal, *_SHORT_FORMS.get(formal, ())) if f != word]
    forms += _letter_spellings(word, forms)
    return tuple(forms)


def _letter_spellings(word: str, forms: list[str]) -> list[str]:
    """A first name's other spellings letter by letter: a final d said t, a silent final h, "i" / "y" at its end (of
    ``forms`` too: "jefri" / "jeffry"), a silent letter (``_silent_letters``), the "f" and hard "c" sounds."""
    out: list[str] = []
    if _FINAL_D_OR_T.search(word):  # "reinhard" / "reinhart"
        out.append(word[:-1] + ("t" if word[-1] == "d" else "d"))
    if _FINAL_H.search(word):
        out.append(word[:-1])
    elif word[-1:] in ("a", "e", "i", "o", "u"):
        out.append(word + "h")
    if word[-1:] in ("i", "y"):  # "toni" / "tony", "jefri" / "jeffry"
        out += [f[:-1] + ("y" if f[-1] == "i" else "i") for f in [*forms, *out]]
    return out + _silent_letters(word) + _f_sounds(word) + _k_sounds(word) + _y_or_i_inside(word)


def _y_or_i_inside(word: str) -> list[str]:
    """"lidya" / "lidia", "dian" / "dyan", "surya" / "suria": a "y" or "i" between a consonant and a vowel, one sound
    written either way."""
    return [word[:i] + ("i" if ch == "y" else "y") + word[i + 1:] for i, ch in enumerate(word)
            if ch in "iy" and 0 < i < len(word) - 1 and word[i - 1] not in _VOWELS and word[i + 1] in _VOWELS]


def _k_sounds(word: str) -> list[str]:
    """The word with a hard "c" written "k" or the other way ("Benedictus" / "Benediktus", "Marcus" / "Markus"), and
    the Arabic qaf written "q" or "k" ("Taufiq" / "Taufik")."""
    return [w for w in {_HARD_C.sub("k", word), _HARD_K.sub("c", word), word.replace("q", "k"), word.replace("k", "q")} if w != word]


def _f_sounds(word: str) -> list[str]:
    """The word with its "f" sound written the other ways names write it: "f", "v", "ph" ("Stefanus" / "Stevanus" /
    "Stephanus", "Novi" / "Nofi")."""
    plain = word.replace("ph", "f").replace("v", "f")
    return [w for w in {plain, plain.replace("f", "v"), plain.replace("f", "ph")} if w != word]


def _silent_letters(word: str) -> list[str]:
    """The word without a silent letter it holds or with one it may hold: "dh" / "d" ("budhi" / "budi"), "ie" / "i"
    ("arief" / "arif", "latief" / "latif")."""
    out = []
    if "ie" in word:
        out.append(word.replace("ie", "i"))
    else:
        out += [word[:i + 1] + "e" + word[i + 1:] for i, ch in enumerate(word) if ch == "i" and 0 < i < len(word) - 1]
    if "dh" in word:  # "djahandhika" / "djahandika"
        out.append(word.replace("dh", "d"))
    else:
        out += [word[:i + 1] + "h" + word[i + 1:] for i, ch in enumerate(word) if ch == "d" and word[i + 1:i + 2] in _VOWELS]
    return out


def _doubled_or_not(word: str) -> list[str]:
    """The word with its doubled letters written once, and with each single letter names double written twice
    ("jeffry" / "jefri", "deddy" / "dedy")."""
    twice = (word[:i + 1] + ch + word[i + 1:] for i, ch in enumerate(word)
             if i > 0 and ch in _DOUBLED and word[i + 1:i + 2] != ch and word[i - 1:i] != ch)
    return [w for w in [undoubled(word), *twice] if w != word]


_VOWELS = frozenset("aeiou")
# the old spellings of Indonesian names and today's ("Soegiarto" / "Sugiarto", "Djoko" / "Joko", "Tjahja" / "Cahja")
_TODAY = (("oe", "u"), ("dj", "j"), ("tj", "c"))


def _with_or_without_sy(word: str) -> list[str]:
    """"syaiful" / "saiful", "irwansyah" / "irwansah": "sy" written "s", and each "s" before a vowel written "sy"."""
    if "sy" in word:
        return [word.replace("sy", "s")]
    return [word[:i + 1] + "y" + word[i + 1:] for i, ch in enumerate(word) if ch == "s" and word[i + 1:i + 2] in _VOWELS]


def _old_or_new_spellings(word: str) -> list[str]:
    """The word in today's spelling and in the old one, each letter of a kind written the old way or not."""
    modern = word
    for old, new in _TODAY:
        modern = modern.replace(old, new)
    forms = {modern}
    for mask in range(1, 8):  # which of u, j, c go back to oe, dj, tj ("j" first: "tj" holds a j)
        form = modern
        for bit, (new, old) in ((2, ("j", "dj")), (1, ("u", "oe")), (4, ("c", "tj"))):
            form = form.replace(new, old) if mask & bit else form
        forms.add(form)
    forms |= {("y" if f[0] == "j" else "j") + f[1:] for f in forms if f[:1] in ("j", "y")}  # "johanes" / "yohanes"
    return sorted(f for f in forms if f != word)


def _same_last_word(one: str, other: str) -> bool:
    """One family name, or a long one with one slip of the keys ("soewardjno" / "soewardjono"): outlets
    misspell a long name in one article of many. Short names one letter apart are other people's
    ("santoso" / "santosa")."""
    return one == other or (min(len(one), len(other)) >= 8 and one[0] == other[0] and OSA.distance(one, other) == 1)


def family_name_slipped(one: list[str], other: list[str]) -> bool:
    """The same words but the last, of five letters or more, written as it sounds another way: "o" for "a" or "u"
    ("halimun" / "halimon"), "e" for "i", "s" for "z" ("hamsah" / "hamzah"), an "h" or a "c" before "h" more or
    less ("caniago" / "chaniago", "rahman" / "rachman"), a last letter dropped ("renald" / "renaldi") or two letters
    typed the other way round. Another consonant is another name ("sihite" / "sihige")."""
    if len(one) != len(other) or len(one) < 2 or one[:-1] != other[:-1]:
        return False
    a, b = sorted((one[-1], other[-1]), key=len)
    if len(a) < 5 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return _sound_or_swap(a, b)
    return len(b) == len(a) + 1 and (b[:-1] == a or any(b[:i] + b[i + 1:] == a for i, ch in enumerate(b)
                                                        if ch == "h" or b[i:i + 2] == "ch"))


def _sound_or_swap(a: str, b: str) -> bool:
    """Two words of one length, one letter written as it sounds another way (``_SOUND_ALIKE``) or two letters
    typed the other way round ("sohlan" / "solhan")."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    return len(diff) == 1 and {a[diff[0]], b[diff[0]]} in _SOUND_ALIKE


# letters written for one another in one name; "a" and "i" are not ("putra" / "putri": a son, a daughter)
_SOUND_ALIKE = (frozenset("ao"), frozenset("ou"), frozenset("ei"), frozenset("sz"))


def _one_word_slipped(short: list[str], long_: list[str], at: int) -> bool:
    """A name of three words or more, all written alike but the word at ``at`` (the first, 0, or the last, -1), one
    letter off ("fransiskus" / "fransiscus", "sihite" / "sihige"): one person, as no one else shares the rest of it."""
    if not len(short) == len(long_) >= 3:
        return False
    one, other = short[at], long_[at]
    rest = slice(1, None) if at == 0 else slice(None, -1)
    # a long given name may take two slips ("listyo" / "listry"), the family name kept whole
    slips = 2 if at == 0 and min(len(one), len(other)) >= 6 else 1
    return short[rest] == long_[rest] and min(len(one), len(other)) >= 5 and one[0] == other[0] \
        and 0 < OSA.distance(one, other) <= slips


def _given_names_reordered(short: list[str], long_: list[str]) -> bool:
    """The given names in another order ("Sakti Wahyu X" / "Wahyu Sakti X")."""
    return len(short) == len(long_) >= 3 and short[-1] == long_[-1] and sorted(short) == sorted(long_)


def _same_word_or_initial(one: str, other: str) -> bool:
    """One word, or an initial for the word it opens, whichever name was written first ("g" / "gerard"), or a long
    middle name with one slip of the keys between the same first and last names ("hasiholan" / "hasiholon")."""
    return one == other or (len(one) == 1 and other.startswith(one)) or (len(other) == 1 and one.startswith(other)) \
        or (min(len(one), len(other)) >= 6 and one[0] == other[0] and OSA.distance(one, other) == 1)


def opens_person_name(one: list[str], other: list[str]) -> bool:
    """One person's name key is the opening words of the other's, two words or more of a longer name
    ("yohanes adi" / "yohanes adi gerungan"): many Indonesian names have no family name to end
    them, and outlets drop the last word as readily as a middle one."""
    short, long_ = sorted(([spelling_key(w) for w in one], [spelling_key(w) for w in other]), key=len)
    return 2 <= len(short) < len(long_) and long_[:len(short)] == short


# the other ways, read after ``_TODAY`` (the forms a stored first name is looked up by) and the old "j" inside a word
# "sy" and "s" are one sound written two ways in names from Arabic ("Syaiful" / "Saiful", "Syamsul" / "Samsul")
_OLD_SPELLINGS = (("sj", "sy"), ("sy", "s"), ("ch", "kh"), ("y", "i"), ("dh", "d"), ("ie", "i"), ("ph", "f"), ("v", "f"),
                  # the Arabic qaf written "q" or "k" ("Zulfiqar" / "Zulfikar", "Taufiq" / "Taufik")
                  ("q", "k"))


@lru_cache(maxsize=1 << 16)  # a pure function of one word, asked for the same words over and over
def spelling_key(word: str) -> str:
    """A name word as Indonesian names are spelled in several ways: the old spellings ("Soeharto" / "Suharto",
    "Djoko" / "Joko", "Tjahjo" / "Cahyo", "Widjaja" / "Wijaya"), "y" for "i" ("Yudy" / "Yudi"), "dh" for "d" ("Budhi" / "Budi"), a
    doubled letter ("Yuddy" / "Yudi"), "Chrisna" / "Krisna", "Mohammad" / "Muhammad" / "Mochamad", a final h ("Sofiah" / "Sofia"),
    "ie" for "i" ("Latief" / "Latif", "Arief" / "Arif"), "v" or "ph" for "f" ("Stevanus" / "Stephanus" / "Stefanus"), a hard "c"
    for "k" ("Marcus" / "Markus"), "tius" for "sius" ("Servatius" / "Servasius"), a final "z" for "s" ("Aziz" / "Azis") and "q" for
    "k" ("Taufiq" / "Taufik")."""
    for old, new in _TODAY:
        word = word.replace(old, new)
    word = word.replace("j", "y")  # "Wirjadi" / "Wiryadi", "Widjaja" / "Wijaya" ("dj" is "j" by now), "Johanes" / "Yohanes"
    word = _FINAL_DZ.sub("d", word.replace("sh", "sy").replace("th", "t").replace("ck", "k"))
    for old, new in _OLD_SPELLINGS:
        word = word.replace(old, new)
    word = _HARD_CH.sub("k", word)  # "Chrisna" / "Krisna", "Christian" / "Kristian"
    word = _BREATHED_KH.sub("h", _SILENT_H.sub("", word))  # "Achmad" / "Ahmad", "Bernhard" / "Bernard"
    word = _SOFT_C.sub("s", _HARD_C.sub("k", word))  # "Marcus" / "Markus", "Clara" / "Klara", "Marcel" / "Marsel"
    word = word.replace("ae", "ai")  # "Zulkarnaen" / "Zulkarnain", "Ismael" / "Ismail"
    word = _LATIN_TIUS.sub("sius", word)  # "Servatius" / "Servasius", "Ignatius" / "Ignasius"
    word = undoubled(word)
    word = _FINAL_H.sub("", word)  # "Sofiah" / "Sofia", "Fatimah" / "Fatima": a silent final h
    word = _FINAL_Z.sub("s", word)  # "Aziz" / "Azis", "Fauzi" keeps its z
    word = _FINAL_ND.sub("", _FINAL_D.sub("t", word))  # "Reinhard" / "Reinhart"; "Ferdinand" / "Ferdinan"
    return _MUHAMMAD.get(word, word)


# "ch" before a consonant is read "k" ("ch" was made "kh" above); the Prophet's name, the commonest first name
# of Indonesian men, in its usual spellings
_HARD_CH = re.compile(r"kh(?=[lr])")
# "c" said "k" in names from Latin and Dutch (before o, u, l, r or t, or closing the word: "Benedictus" / "Benediktus",
# "Octavia" / "Oktavia"); "tius" said "sius"
_HARD_C = re.compile(r"c(?=[oulrt]|$)")
_HARD_K = re.compile(r"k(?=[oulrt]|$)")
_LATIN_TIUS = re.compile(r"tius$")
_FINAL_D = re.compile(r"(?<=[lr])d$")
_FINAL_ND = re.compile(r"(?<=n)d$")
# an Arabic "dz" closing a name ("Mahfudz" / "Mahfud"), an "h" after "r" or "n" no one says ("Bernhard" / "Bernard",
# "Reinhard" / "Reinard"), "kh" before a consonant said as "h" ("Achmad" / "Ahmad", "Rachmat" / "Rahmat"; before "l" or
# "r" it is read "k" above), and a "c" said "s" before "e", "i" or "y" in names from Latin ("Bonifacius" / "Bonifasius")
_FINAL_DZ = re.compile(r"dz$")
_SILENT_H = re.compile(r"(?<=[rn])h(?=[aeiou])")
_BREATHED_KH = re.compile(r"kh(?=[bcdfgjkmnpqstvwxz])")
_SOFT_C = re.compile(r"c(?=[eiy])")
_FINAL_D_OR_T = re.compile(r"(?<=[lnr])[dt]$")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_FINAL_Z = re.compile(r"z$")
_MUHAMMAD = dict.fromkeys(("muhamad", "mohamad", "mohamed", "muhamed", "mukhamad", "mokhamad", "mokhamed"), "muhamad")
# ... and as Indonesian names shorten it where it opens them ("M Husairi", "Moh. Arif", "Muh Yusuf")
_MUHAMMAD_SHORT = frozenset({"m", "muh", "moh", "mhd", "muhd", "mohd", "moch", "much"})
_MUHAMMAD_FORMS = tuple(sorted({*_MUHAMMAD, *_MUHAMMAD_SHORT, "muhammad", "mohammad", "mohammed", "muhammed", "mochammad",
                                "mochamad", "mukhammad"}))


def spelled_person_key(key: str) -> str | None:
    """A person's name key of two words or more, each word by ``spelling_key`` (the first as ``same_person_name`` reads
    it): one key for the ways outlets spell one name ("Rachmat Sangadji" / "Rahmat Sangaji")."""
    words = name_core(key.split())
    return " ".join([_first_word_key(words[0]), *map(spelling_key, words[1:])]) if len(words) >= 2 else None


def _first_word_key(word: str) -> str:
    """``spelling_key`` of a name's first word, the Prophet's name in its short forms too, an English given name's
    usual short form as the name itself ("Bob Swan" / "Robert Swan")."""
    if word.rstrip(".") in _MUHAMMAD_SHORT:
        return "muhamad"
    key = spelling_key(word)
    return _FORMAL_KEYS.get(key, key)  # by spelling keys, so "Tony" and "Toni" stay one name


# English given names and the short forms the press writes them by
_FORMAL = {"bob": "robert", "bobby": "robert", "rob": "robert", "robby": "robert", "bill": "william", "billy": "william",
           "will": "william", "jim": "james", "jimmy": "james", "mike": "michael", "tom": "thomas", "tommy": "thomas",
           "dick": "richard", "rick": "richard", "chris": "christopher", "dave": "david", "steve": "stephen",
           "tony": "anthony", "andy": "andrew", "ben": "benjamin", "dan": "daniel", "danny": "daniel", "joe": "joseph",
           "sam": "samuel", "alex": "alexander", "greg": "gregory", "jeff": "jeffrey", "ken": "kenneth", "matt": "matthew",
           "nick": "nicholas", "pat": "patrick", "ron": "ronald", "tim": "timothy", "ed": "edward", "ted": "edward",
           "kate": "katherine", "liz": "elizabeth", "beth": "elizabeth", "jenny": "jennifer", "sue": "susan",
           "larry": "lawrence", "jerry": "gerald", "charlie": "charles", "chuck": "charles", "fred": "frederick",
           "josh": "joshua", "meg": "margaret", "nate": "nathan", "phil": "philip", "stan": "stanley", "vince": "vincent"}
_SHORT_FORMS = {formal: [short for short, of in _FORMAL.items() if of == formal] for formal in set(_FORMAL.values())}
_FORMAL_KEYS = {spelling_key(short): spelling_key(formal) for short, formal in _FORMAL.items()}


# words that open the name of a body formed around an organisation ("Serikat Pekerja Bank X" is the
# workers' union of Bank X, "Paguyuban Nasabah X" its customers' association): never the organisation
# A university's hospital or faculty is a body of its own too ("Rumah Sakit Universitas X", "X University Hospital").
_BODY_HEADS = frozenset({"serikat", "paguyuban", "asosiasi", "forum", "komunitas", "yayasan", "koperasi", "ikatan",
                         "persatuan", "himpunan", "union", "association", "federation", "federasi",
                         "rumah", "rs", "rsu", "rsud", "rsup", "fakultas", "faculty"})
# the same, written after the name it is formed around ("X University Hospital", "X Workers Union")
_BODY_TAILS = frozenset({"hospital", "union", "association", "foundation", "cooperative", "faculty"})


def body_around(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether one name is a body formed around the other (in either direction): the body's word before a name
    that closes it ("Serikat Pekerja Kopitara"), or after the name ("Kopitara Workers Union"). A name inside a body's
    name that goes on after it is the body's own ("Yayasan Teluk Biru Lestari Nusantara" / "Teluk Biru Lestari")."""
    longer, shorter = (one, other) if len(one) > len(other) else (other, one)
    for start in range(len(longer) - len(shorter) + 1):
        if longer[start:start + len(shorter)] == shorter:
            end = start + len(shorter)
            return end == len(longer) and any(word in _BODY_HEADS for word in longer[:start]) \
                or any(word in _BODY_TAILS for word in longer[end:])
    return False
