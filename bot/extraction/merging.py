"""Merging the name groups of one article: corporate suffixes, short forms and acronyms.

"<Name> Inc." and "<Name>" are one organisation; a surname or a first word alone is the longer name
it starts or ends; "(ABC)" after a long name is its acronym.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from db.glossary import REGION_BY_SHORT_FORM, REGION_SHORT_FORMS, gloss_key
from db.names import compact_name, norm_name, same_person_name, without_name_prefix

from .candidates import JOIN_HEADS
from .kinds import gazetteer_kind, known_place
from .leads import TextGates, matches_from
from .lexicons import (
    CORP_GENERIC,
    DAYS,
    DETENTION_SHORT_FORMS,
    FIRST_NAMES,
    GENERATION,
    GENERIC,
    MONTHS,
    NATIONAL_SHORT_FORMS,
    OF_HEADS,
    ORG_ONLY_WORDS,
    ORG_PREFIX,
    ORG_SUFFIX,
    PUBLIC_SHORT_FORMS,
    TITLE_WORDS,
)
from .literal import occurrences
from .roles import RANK_WORDS, find_titles

if TYPE_CHECKING:
    from .entities import EntityTable

# "<Long Name> (ABC)", or "<Long Name>, or ABC," / "<Long Name> atau ABC" with the acronym in capitals
# a state company's "(Persero)" may stand between ("PT Kereta Api (Persero) atau PT KAI"); a company's short form
# may keep its legal form's letters ("PT KA", "PTKA"). The name's words are read possessively ("*+") here and in
# the patterns below whose name is followed by a space, a comma or a bracket: a word given back in part could never
# be followed by one, and these patterns are tried at every capital of the article
_ACRONYM_AFTER = re.compile(r"([A-Z][\w&.-]*+(?:\s+(?:(?:dan|and|of|for|&)\s+)?[A-Z][\w&.-]*+)+)(?:\s+\(Persero\))?"
                            r"(?:\s+\(((?:PT\s)?[A-Z][A-Za-z]{1,11}(?: [A-Z][a-z]{2,6})?)\)|,?\s+(?:or|atau)\s+((?:PT\s)?[A-Z]{2,8})\b(?![\w-]))")
# a word of the run that ends a sentence ("... dominasi Elon Musk. Asosiasi Penyelenggara ... (APJATEL)"): the long
# name starts after it (initials and legal forms keep their stops: "U.S.", "PT.")
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}\.)\s+")
# the short form first and the long name glossing it: "koordinasi dengan Bappebti (Badan Pengawas ...)"
_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{1,11})\s+\(([A-Z][\w&.-]*(?:\s+(?:(?:dan|and|of|&)\s+)?[A-Z][\w&.-]*)+)\)")


def merge(table: EntityTable, text: str = "") -> None:
    """Fold corporate long forms and short forms into one entity each (in place); ``text``, the article's,
    tells which short names are parent companies of their own."""
    _merge_corporate_forms(table)
    _merge_person_variants(table)
    _merge_short_forms(table, _parents(table, text))
    _merge_place_tails(table)


# public services named with or without the regency or city they serve ("RSUD Bumi Lestari" / "RSUD Bumi Lestari
# Nunukan", "Universitas X" / "Universitas X Kupang"): one institution, however its name is written
_SERVICE_HEADS = frozenset({"rsud", "rs", "rsu", "rsup", "rsia", "puskesmas", "universitas", "institut", "politeknik",
                            "sekolah", "bandara", "pelabuhan", "terminal", "stasiun"})


def _merge_place_tails(table: EntityTable) -> None:
    """An organisation named as a public service and a longer name that only adds a place after it are one."""
    for c in [c for c, k in table.kinds.items() if k == "org" and c.split()[0].lower() in _SERVICE_HEADS]:
        longer = [d for d, k in table.kinds.items() if k == "org" and d.startswith(c + " ") and _a_place(table, d[len(c) + 1:])]
        if c in table.kinds and len(longer) == 1:
            _move(table, c, longer[0])


def _a_place(table: EntityTable, name: str) -> bool:
    return table.kinds.get(name) == "place" or known_place(name)


# "a Pertamina subsidiary", "anak usaha Pertamina", "subsidiary of Kalinda", "PT Kalinda (Persero)": a company
# the article names as a parent, or with a legal form of its own, is not the short form of a longer name
_PARENT_WORD = r"(?:anak\s+(?:perusahaan|usaha)|cucu\s+usaha|subsidiary\s+of|unit\s+of|induk(?:\s+usaha)?|parent)"
_MARK_AFTER_NAME = r"(?:['’]s)?\s+(?:subsidiar(?:y|ies)|units?|arms?|anak\s+usaha)\b"
_LEGAL_AFTER_NAME = r"\s*(?:\(Persero\)|Tbk\b)"
_PARENT_MARK = (_PARENT_WORD + r"\s+(?:(?:the|its|dari|perusahaan)\s+)?(?:PT\s+)?{name}(?![\w-])|"
                r"(?<![\w-]){name}" + _MARK_AFTER_NAME + "|"
                r"\bPT\s+{name}" + _LEGAL_AFTER_NAME)
# what _PARENT_MARK needs whatever the name: a parent word before it, or a mark right after where it ends
_ANY_PARENT_WORD = re.compile(_PARENT_WORD + r"\s")
_MARK_STARTS = re.compile(f"(?={_MARK_AFTER_NAME}|{_LEGAL_AFTER_NAME})")
# the word each mark ends with: a mark starts at it, in the spaces before it, or at an "'s" before those
_MARK_WORDS = re.compile(r"subsidiar|units?\b|arms?\b|anak\s+usaha|\(Persero\)|Tbk\b")


def _parents(table: EntityTable, text: str) -> set[str]:
    single = [c for c, kind in table.kinds.items() if kind == "org" and " " not in c]
    if not text or not single:
        return set()
    may_be_parent = _parent_gate(text)
    return {c for c in single if may_be_parent(c) and _parent_marked(text, c)}


# _PARENT_MARK's three ways, each read around one occurrence of the name: what must end where the name starts (searched
# up to there: ``\Z`` is the name's start), and what must start where it ends
_PARENT_BEFORE = re.compile(_PARENT_WORD + r"\s+(?:(?:the|its|dari|perusahaan)\s+)?(?:PT\s+)?\Z")
_PT_BEFORE = re.compile(r"\bPT\s+\Z")
_NO_WORD_BEFORE = re.compile(r"(?<![\w-])")
_NO_WORD_AFTER = re.compile(r"(?![\w-])")
_MARK_AFTER = re.compile(_MARK_AFTER_NAME)
_LEGAL_AFTER = re.compile(_LEGAL_AFTER_NAME)


def _parent_marked(text: str, name: str) -> bool:
    """``re.search(_PARENT_MARK.format(name=re.escape(name)), text)``, without compiling a pattern for each company
    of each article (which cost more than all the rest of this stage): each way is tried at each occurrence."""
    for start in occurrences(text, name, overlapping=True):
        end = start + len(name)
        if _PARENT_BEFORE.search(text, 0, start) and _NO_WORD_AFTER.match(text, end) \
                or _NO_WORD_BEFORE.match(text, start) and _MARK_AFTER.match(text, end) \
                or _PT_BEFORE.search(text, 0, start) and _LEGAL_AFTER.match(text, end):
            return True
    return False


def _parent_gate(text: str) -> Callable[[str], bool]:
    """Whether ``_PARENT_MARK`` may hold for a name in ``text`` (False: it cannot). Each name's pattern is
    compiled and searched over the whole text (no literal start to skip to), which is slow for every
    company of every article; most articles have no parent word, so a name whose ends meet no mark is out."""
    if _ANY_PARENT_WORD.search(text):
        return lambda _name: True
    marks = _mark_starts(text)
    return lambda name: any(start + len(name) in marks for start in occurrences(text, name, overlapping=True))


def _mark_starts(text: str) -> set[int]:
    """``{m.start() for m in _MARK_STARTS.finditer(text)}``: a look-ahead with no first character to skip to is
    entered at every position of the article, so it is tried only just before the words a mark ends with."""
    marks: set[int] = set()
    for word in _MARK_WORDS.finditer(text):
        at = word.start()
        while at and text[at - 1].isspace():
            at -= 1
        marks.update(p for p in range(max(0, at - 2), word.start() + 1) if _MARK_STARTS.match(text, p))
    return marks


def _move(table: EntityTable, src: str, dst: str) -> None:
    """Every surface form of entity ``src`` now means ``dst``; ``src`` is gone."""
    if src == dst or src not in table.kinds:
        return
    for sf, c in list(table.canon.items()):
        if c == src:
            table.canon[sf] = dst
            table.aliases[dst].add(sf)
    table.aliases[dst] |= table.aliases.pop(src, set())
    table.aliases[dst].discard(dst)
    table.kinds.pop(src, None)


def _without_corporate_words(toks: list[str]) -> list[str]:
    core = list(toks)
    while len(core) > 1 and core[-1].lower() in CORP_GENERIC:
        core.pop()
    return core


def _merge_corporate_forms(table: EntityTable) -> None:
    """A name ending in corporate words joins the entity of its short form, or is renamed to it
    (the long form stays an alias)."""
    for c in list(table.kinds):
        if c not in table.kinds:
            continue
        core = _without_corporate_words(c.split())
        if len(core) == len(c.split()):
            continue
        short = " ".join(core)
        target = table.canon.get(short) or next(
            (c2 for sf, c2 in table.canon.items() if compact_name(sf) == compact_name(short)), None)
        if target and target != c:
            _move(table, c, target)
            continue
        table.kinds[short] = table.kinds.get(c, "org")
        table.aliases[short] = table.aliases.get(short, set())
        table.canon[short] = short
        _move(table, c, short)


def _merge_person_variants(table: EntityTable) -> None:
    """One person written at different lengths or spellings in one article ("Rahmat Tua P. Sinaga", "Rahmat
    Tua Sinaga", "Rahmat Tua Sinagga", "Hendri Sitompul"): the shorter forms (or the later spelling) join the longest."""
    people = sorted((c for c, kind in table.kinds.items() if kind == "person"), key=lambda c: -len(c.split()))
    words = {c: norm_name(c).split() for c in people}
    for i, longer in enumerate(people):
        for shorter in people[i + 1:]:
            if longer in table.kinds and shorter in table.kinds and (same_person_name(words[longer], words[shorter])
                                                                     or _given_name_slipped(words[longer], words[shorter])):
                _move(table, shorter, longer)


def _given_name_slipped(one: list[str], other: list[str]) -> bool:
    """One slip of the keys in the given name of a name of two or three words, the rest alike ("Hendri Sitompul" /
    "Hendra Sitompul" in one article): the first letter is kept."""
    if len(one) != len(other) or not 2 <= len(one) <= 3 or one[1:] != other[1:]:
        return False
    a, b = one[0], other[0]
    return len(a) >= 4 and a[0] == b[0] and OSA.distance(a, b) == 1


def _merge_short_forms(table: EntityTable, parents: set[str]) -> None:
    """A one- or two-word name that is the start (or a person's surname) of exactly one longer name
    is that name, unless the article names it a parent company (``parents``). Two-word names go first, so that
    "Selaras Nikel" has joined "Selaras Nikel Utama" before "Selaras" looks for its one longer form."""
    # each name's words, split once: every short name is compared with every name (names only leave the table here)
    words = {name: name.split() for name in table.kinds}
    for c in sorted(table.kinds, key=lambda name: -len(words[name])):
        if c not in table.kinds or c in parents:
            continue
        toks = words[c]
        if len(toks) > 2 or gazetteer_kind(c):
            continue
        if not _named_as_a_body_s_place(table, c, toks, words):
            _join_the_one_longer_form(table, c, toks, words)


def _named_as_a_body_s_place(table: EntityTable, c: str, toks: list[str], words: dict[str, list[str]]) -> bool:
    """"Dumai" beside "Kejari Dumai": the place the body is of, marked so (unless read as a person)."""
    if table.kinds.get(c) == "person" or not any(_place_of_body(toks, words[d]) for d in table.kinds if d != c):
        return False
    table.kinds[c] = "place"
    return True


def _join_the_one_longer_form(table: EntityTable, c: str, toks: list[str], words: dict[str, list[str]]) -> None:
    kind = table.kinds.get(c)
    head = toks[0]
    # a name of no more words is no longer form (``_is_longer_form``'s first test, made before its call), nor is one
    # without the short name's first word, but for a person's surname alone (it may be misspelt): every other way
    # of ``_is_longer_form`` finds that word among the longer name's, and most names of an article share none
    longer = [d for d, kd in table.kinds.items() if len(words[d]) > len(toks)
              and (head in words[d] or kd == "person" and len(toks) == 1) and _is_longer_form(toks, kind, words[d], kd)]
    if len(longer) > 1:  # "Halcyra" beside "Halcyra Systems" and its local arm "Halcyra Indonesia": the first
        longer = [d for d in longer if not _local_arm(toks, words[d])]
    if len(longer) == 1:
        _move(table, c, longer[0])


def _is_longer_form(toks: list[str], kind: str | None, dt: list[str], kd: str) -> bool:
    """Whether the name ``dt`` (of kind ``kd``) is a longer form of the name ``toks`` (of ``kind``)."""
    if len(dt) <= len(toks):
        return False
    if kd == "person":
        return _longer_person_name(toks, kind, dt)
    if kd == "media":
        return dt[: len(toks)] == toks and all(t.lower() in ORG_SUFFIX for t in dt[len(toks):])
    return kd == "org" and _longer_org_form(toks, kind, dt)


def _longer_person_name(toks: list[str], kind: str | None, dt: list[str]) -> bool:
    """A person's surname or given name alone, or the first words of the name ("Sahat Tua" of "Sahat Tua P.
    Simandjuntak"), after an initial or title the name may open with ("Arif" of "M Arif Santoso"); a person (a
    speaker, say) may go by any word of a name of three ("Wahyu" of "Sakti Wahyu Nugroho")."""
    surname = dt[-2] if len(dt) > 2 and dt[-1].rstrip(".") in GENERATION else dt[-1]
    if len(toks) == 1 and (surname == toks[0] or _surname_misspelt(toks[0], surname) or (kind == "person" and toks[0] in dt[1:-1])):
        return True
    return any(opening[: len(toks)] == toks and (len(toks) == 1 or kind == "person") for opening in (dt, without_name_prefix(dt)))


def _surname_misspelt(word: str, surname: str) -> bool:
    """One slip of the keys in a long surname ("Wiranatha" for "Wiranata", "Santosa" for "Santoso"): outlets
    misspell a name within one article; the first letter is kept."""
    return len(word) >= 6 and word[0] == surname[0] and OSA.distance(word, surname) == 1


def _longer_org_form(toks: list[str], kind: str | None, dt: list[str]) -> bool:
    """Whether the organisation name ``dt`` is a longer form of ``toks``: with corporate words after it,
    a word such as "Bank" or "PT" before it ("Pusaka Borneo" of "Bank Pusaka Borneo"), or as one of its
    distinctive words."""
    if _firm_words_after(toks, dt):
        return True
    if kind == "org" and len(toks) == 2 and len(dt) >= 4 and dt[:2] == toks and dt[-1].lower() in ORG_SUFFIX:
        return True  # "Kirana Marga" of "Kirana Marga Lintas Persada": a company's long name said by its first two words
    if _place_of_body(toks, dt) or _body_of_a_body(toks, dt):
        return False
    if kind in ("org", None) and dt[0].lower() in ORG_PREFIX and dt[1:] == toks:
        return True
    return kind == "org" and _distinctive_word_of(toks, dt)


def _firm_words_after(toks: list[str], dt: list[str]) -> bool:
    """``dt`` is ``toks`` then words a company's name ends with ("Kopitara Engineering" said "Kopitara"), whatever
    kind the short name was read as."""
    return dt[: len(toks)] == toks and all(t.lower() in ORG_SUFFIX or t.lower() in ORG_ONLY_WORDS for t in dt[len(toks):])


def _place_of_body(toks: list[str], dt: list[str]) -> bool:
    """``toks`` is the place a public body's short form is followed by ("Pemkab Tasikmalaya", "Polres Sleman"):
    said alone, it names the place, not the body. A body's own short form is no place ("Polda Jambi" beside "Rutan
    Polda Jambi": the detention centre of that police)."""
    return dt[0].lower() in PUBLIC_SHORT_FORMS and dt[1:] == toks and toks[0].lower() not in PUBLIC_SHORT_FORMS


def _body_of_a_body(toks: list[str], dt: list[str]) -> bool:
    """"Rutan Polda Jambi" is the detention centre of "Polda Jambi", not a longer name of it."""
    return toks[0].lower() in PUBLIC_SHORT_FORMS and dt[0].lower() in DETENTION_SHORT_FORMS


def _local_arm(toks: list[str], dt: list[str]) -> bool:
    """Whether ``dt`` is the name ``toks`` followed by a place only ("Halcyra Indonesia"): a country arm."""
    tail = " ".join(dt[len(toks):])
    return dt[: len(toks)] == toks and bool(tail) and known_place(tail)


def _distinctive_word_of(toks: list[str], dt: list[str]) -> bool:
    """A single word of a longer organisation name, not a suffix or generic word, stands for it."""
    # an institution ("Kementerian Energi dan Sumber Daya Mineral") is shortened by its acronym, and
    # one of its words alone ("Mineral") names something else
    return len(toks) == 1 and toks[0] in dt and toks[0].lower() not in ORG_SUFFIX and toks[0].lower() not in GENERIC \
        and dt[0].lower() not in JOIN_HEADS


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is how one writes ``name`` briefly: its initials ("BPOM"), its initials
    without the institution's head word ("Kementerian Energi dan Sumber Daya Mineral" -> "ESDM"), or
    syllables taken in order from its words ("Kementerian Ketenagakerjaan" -> "Kemnaker")."""
    if re.match(r"PT\s?[A-Z]{2}", short):  # "PT DI", "PTDI": the legal form's letters, then the name's
        short, name = short[2:].strip(), re.sub(r"^PT\s+", "", name)
    words = name.split()
    initials = "".join(w[0] for w in words if w[0].isupper()).upper()
    if short.upper() in (initials, initials[1:] if len(words) > 2 else None):
        return True
    # each half of a hyphenated word gives its letter ("Bank of Kyoto-Nagahama Trust" -> "BKNT")
    halves = "".join(h[0] for w in words for h in w.split("-") if h[:1].isupper()).upper()
    if "-" in name and short.upper() == halves:
        return True
    if short.isupper() or len(short) < 4 or short[0].lower() != name[0].lower():
        return False
    rest = iter(name.lower().replace(" ", ""))
    return all(ch in rest for ch in short.lower())


def _ticker(short: str, written: str) -> bool:
    """"PT Kopinara Rasa Nusantara Tbk (KPNR)": four capitals after a listed company are its stock code."""
    return bool(re.fullmatch(r"[A-Z]{4}", short)) and written.split()[-1].lower().rstrip(".") == "tbk"


# (possessive words: each pattern below follows it with a space, a comma or a bracket, or ends with it)
_NAME = r"[A-Z][\w&.-]*+(?:\s+[A-Z][\w&.-]*+){0,5}"
# one company under its legal and its trading name: "PT Gema Nada Semesta atau Gemanada Live",
# "Gemanada Live, whose legal name is PT Gema Nada Semesta", "Gemanada Live (PT Gema Nada Semesta)"
_LEGAL_AND_BRAND = (
    # a stock code may stand between ("PT Lantera Rejeki Tbk (LRJK) atau Lantex")
    re.compile(rf"\b(?P<legal>PT\s+{_NAME})(?:\s*\([A-Z]{{2,6}}\))?\s+(?:atau|alias|or|dengan\s+merek|yang\s+dikenal\s+(?:dengan|sebagai))\s+(?P<brand>{_NAME})"),
    re.compile(rf"(?P<brand>{_NAME}),?\s+(?:whose\s+legal\s+name\s+is|legally\s+(?:known\s+as|named)|formally|"
               rf"(?:yang\s+)?bernama\s+resmi|dengan\s+nama\s+resmi|operated\s+by|dikelola\s+oleh)\s+(?P<legal>PT\s+{_NAME})"),
    re.compile(rf"(?P<brand>{_NAME})\s+\((?P<legal>PT\s+{_NAME})\)"),
    # a works or a platform told as run by its company ("Y, yang dikelola PT X", "Y, a streaming app run by PT X",
    # "Y's operator, PT X")
    re.compile(rf"(?P<brand>{_NAME}),?\s+yang\s+dikelola\s+(?P<legal>PT\s+{_NAME})"),
    re.compile(rf"(?P<brand>{_NAME}),\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?:app|application|platform|service|marketplace|"
               rf"brand)\s+(?:run|operated|owned|managed)\s+by\s+(?P<legal>PT\s+{_NAME})"),
    re.compile(rf"(?P<brand>{_NAME})['’]s\s+operator,\s+(?P<legal>PT\s+{_NAME})"),
    # any company's name, told as better known by another ("X atau lebih dikenal Y", "X, better known as Y")
    re.compile(rf"(?P<legal>{_NAME}),?\s+(?:atau\s+(?:yang\s+)?(?:lebih\s+)?dikenal\s+(?:dengan\s+(?:nama\s+)?|sebagai\s+)?|"
               rf"(?:or\s+|also\s+)?(?:better\s+|commonly\s+|widely\s+)?known\s+as\s+)(?P<brand>{_NAME})"),
    # the trading name in brackets after the legal one ("PT Gema Nada Semesta (GemaNada)"); capitals alone there
    # are a short form or a stock code, not a name the company trades under
    re.compile(rf"\b(?P<legal>PT\s+{_NAME})\s+\((?P<brand>(?=[^)]*[a-z])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}})\)"),
)
# a company told as running or making a one-word brand: "PT X, which runs Y", "PT X, the listed maker of Y batteries",
# "PT X, pengelola platform Y" (only a brand coined from the company's name, ``_coined_from``, or told as what the company
# runs shops, an app or a chain under, ``_traded_under``, and stored under that name: not one read as the short form of
# another's, "the lenders' association of Y")
_BRAND_RUN = re.compile(rf"\b(?P<legal>PT\s+{_NAME})(?:\s*\([A-Z]{{2,6}}\))?,\s+(?:which\s+(?:runs|operates|makes|produces)|"
                        r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:operator|maker|producer|manufacturer)\s+of|"
                        r"(?:yang\s+)?(?:mengelola|mengoperasikan|memproduksi)|(?P<firm>perusahaan\s+)?(?:pengelola|produsen))"
                        r"\s+(?P<what>(?:(?:the\s+)?[a-z][\w-]*\s+){0,4})(?P<brand>[A-Z][\w&-]*[a-z][\w&-]*)\b(?!\s+[A-Z])"
                        r"(?P<after>\s+[a-z]+)?")
# what a company runs under a name of its own: a chain of shops, an app, a brand ("pengelola jaringan minimarket Y",
# "which runs the Y stores"); or told as "perusahaan pengelola Y", the company that runs Y
_TRADED_UNDER = re.compile(r"\b(?:jaringan|gerai|toko|minimarket|supermarket|ritel|platform|aplikasi|merek|chain|stores?|"
                           r"shops?|app|application|brand|marketplace)\b")


# 'Mahakam Perkasa, founded in 1978 and nicknamed "Laskar Mahakam", ...': an organisation's nickname in quotes
_ORG_NICKNAME = re.compile(rf"(?P<name>{_NAME}),\s+(?:[^,\"“\n]{{0,60}}?\s)?(?:nicknamed|dubbed|dijuluki|berjuluk)\s+"
                           r"[\"“](?P<nick>[A-Z][^\"”\n]{1,30})[\"”]")


def add_org_nicknames(table: EntityTable, text: str) -> None:
    """An organisation's nickname given in quotes after its name is one of its names."""
    for m in _text_gates().finditer(_ORG_NICKNAME, text):
        org = named_by_tail(table, m.group("name"))  # the run may open with the sentence before's last word
        if org is not None and table.kinds.get(org) == "org" and table.canon.get(m.group("nick")) in (None, org):
            table.canon[m.group("nick")] = org
            table.aliases.setdefault(org, set()).add(m.group("nick"))


def _traded_under(m: re.Match[str]) -> bool:
    """A ``_BRAND_RUN`` match names what the company runs under the brand (``_TRADED_UNDER``), before or after it, or
    calls the company the one that runs it ("perusahaan pengelola Y")."""
    told = f"{m.group('what')} {m.group('after') or ''}"
    return bool(m.group("firm")) or _TRADED_UNDER.search(told) is not None


def _coined_from(brand: str, legal: str) -> bool:
    """A brand made from its company's name: it opens with the first three letters of one of the name's words
    ("Lestaria" of PT Lestari Jaya), or joins words as one ("GemaNada"); a place the company runs ("operator of the
    Bandar Raya airport") is not one."""
    words = [w.lower() for w in legal.split()[1:] if len(w) >= 3]
    return any(brand.lower().startswith(w[:3]) for w in words) or bool(re.search(r"[a-z][A-Z]", brand))


# text every match of a pattern holds where its word gate lets most articles through ("pt"): a brand's pattern,
# tried at each capitalised word of the article, is skipped on an article without it
_HELD_TEXT = {_LEGAL_AND_BRAND[2]: "(PT"}


# the patterns that open with "PT" after a word boundary: the "\b" leaves the regex engine no first character to skip
# to, so each would be tried at every character of the article; they are tried where "PT" stands
_PT_LED = frozenset(rx for rx in (*_LEGAL_AND_BRAND, _BRAND_RUN) if rx.pattern.startswith(r"\b(?P<legal>PT\s+"))


def _legal_matches(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``rx.finditer(text)`` for one of the legal-name patterns."""
    if rx in _PT_LED:
        return matches_from(rx, text, list(occurrences(text, "PT", overlapping=True)))
    if _HELD_TEXT.get(rx, "") not in text:
        return []
    return list(_text_gates().finditer(rx, text))


def add_legal_names(table: EntityTable, text: str) -> None:
    """A trading name and a legal name written as one company are one entity (its aliases: both)."""
    for rx in (*_LEGAL_AND_BRAND, _BRAND_RUN):
        for m in _legal_matches(rx, text):
            legal, brand = table.resolve(m.group("legal")), table.resolve(m.group("brand"))
            if known_place(m.group("brand")):
                continue  # "ruas tol Kebumen–Cilacap yang dikelola PT X": a known place trades under no name
            if legal and brand and legal != brand and table.kinds.get(legal) == "org" and (
                    rx is not _BRAND_RUN or brand == m.group("brand") and (
                        _coined_from(brand, m.group("legal")) or _traded_under(m))):
                _move(table, legal, brand)
                table.kinds[brand] = "org"  # whatever its shape, a name with a legal form is a company's


# "dengan kode saham BGZP", "emiten bersandi saham BGZP", "ticker KPNR", "(IDX: KPNR)", "(Nasdaq: ORBT)", "(US:ORBT)": a
# listed company's stock code after its exchange's or its country's code
_TICKER_PHRASE = re.compile(r"(?:(?:ber)?kode\s+(?:saham|emiten)|(?:ber)?sandi\s+saham|ticker(?:\s+symbol)?|stock\s+code|"
                            r"(?:IDX|BEI|JSX|NASDAQ|Nasdaq|NYSE|AMEX|HKEX|SEHK|HKG|SGX|LSE|LON|ASX|TSX|TSE|TYO|KRX|NSE|BSE|SET|KLSE|"
                            r"OTC|OTCMKTS|ETR|EPA|FRA|AMS|SIX|US)\s*:)\s*([A-Z]{1,5})\b")
# "saham Orbitra (ORBT)", "shares of Orbitra Labs (ORBT)": the code in brackets after the company whose shares they are
_SHARES_CODE = re.compile(r"(?i:saham|shares\s+(?:of|in)|stock\s+of)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
                          r"\s*\((?P<code>[A-Z]{2,5})\)")
# "declared Sinartex (SNTX) bankrupt" in an article about listed shares: four capitals after a company are its code
# (a state firm's "(Persero)" may stand between: "Bank Sentosa Raya (Persero) Tbk (BSRY)")
_CODE_AFTER = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w&.-]*+(?:\s+[A-Z][\w&.-]*+){0,4})(?:\s*\(Persero\)\s*Tbk\.?)?"
                         r"\s*\((?P<code>[A-Z]{4})\)")
_LISTED = re.compile(r"\b(?:saham|Tbk|BEI|IDX|Bursa\s+Efek|emiten|shares|stock\s+exchange|listed)\b")
# what every match of _TICKER_PHRASE holds ("kode", "sandi", "ticker", "stock code", an exchange's code and a colon),
# and of _CODE_AFTER (four capitals in brackets): an article without them is not scanned (_TICKER_PHRASE opens
# with no fixed character, so its scan tries every position of the text)
_TICKER_MARKS = ("kode", "sandi", "ticker", "code", ":")
_FOUR_CAPITALS = re.compile(r"\([A-Z]{4}\)")
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def add_tickers(table: EntityTable, text: str) -> None:
    """A stock code named with "kode saham" / "ticker" is an alias of the first company its sentence names
    before it (not the exchange); one in brackets after "saham X" / "shares of X" (or, in an article about listed
    shares, four capitals in brackets after a company), of X."""
    for m in _ticker_phrases(text):
        starts = [x.end() for x in _SENTENCE_START.finditer(text, 0, m.start())]
        before = text[starts[-1] if starts else 0:m.start()]
        named = [table.resolve(run.group(0)) for run in re.finditer(_NAME, before)]
        company = next((c for c in named if c and table.kinds.get(c) == "org" and gloss_key(c) is None), None)
        if company is not None:
            _alias(table, m.group(1), company)
    after = [*_SHARES_CODE.finditer(text), *(_CODE_AFTER.finditer(text) if _LISTED.search(text) and _FOUR_CAPITALS.search(text) else ())]
    for m in after:
        _code_of(table, m.group("name"), m.group("code"))


def _ticker_phrases(text: str) -> list[re.Match[str]]:
    """``_TICKER_PHRASE.finditer(text)``, not tried on a text without one of the marks its every match holds."""
    return list(_TICKER_PHRASE.finditer(text)) if any(mark in text for mark in _TICKER_MARKS) else []


def named_by_tail(table: EntityTable, written: str, shortest: int = 1) -> str | None:
    """The entity that ``written``, or the longest run of its last words (at least ``shortest``), names."""
    words = written.split()
    return next((c for k in range(len(words) - shortest + 1) if (c := table.resolve(" ".join(words[k:])))), None)


def _code_of(table: EntityTable, written: str, code: str) -> None:
    """``code`` is the stock code of the company ``written`` (or its last words) names."""
    company = named_by_tail(table, written)
    if company is not None and table.kinds.get(company) == "org" and gloss_key(company) is None:
        _alias(table, code, company)


# "Rudi Hartanto alias Ateng", "Budi Santoso, yang akrab disapa Bubu", "Budi Santoso atau yang akrab disapa Bubu",
# "Robert Smith, aka Bob". Here and in the patterns below, a word of the name before the phrase is read possessively
# ("*+", "++"): what follows it opens with a space, a comma or a bracket, so a word given back in part could never
# be followed by it, and the engine, which tries these patterns at every capital of the article, would try each
# shorter part before failing
_NICKNAME = re.compile(r"(?P<name>[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]++){0,4}),?\s+(?:atau\s+(?=yang|dikenal))?"
                       r"(?:alias|a\.k\.a\.?|aka|(?:yang\s+)?(?:akrab\s+)?(?:disapa|dijuluki)|"
                       r"also\s+known\s+as|(?:yang\s+)?(?:biasa|akrab)\s+dipanggil|"
                       r"(?:yang\s+)?dikenal\s+(?:dengan\s+)?(?:nama\s+|sebutan\s+)?)\s+[\"“]?(?P<nick>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


# "Robertus Adi Lantera (RAL) atau Rob Lantera", "... alias Robertus Lantera atau Rob Lantera": another name
# after "atau" / "or" is the person's only when it shares the last word (lists are written with "atau" too)
_OR_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]++(?:\s+[A-Z][\w'’-]++){1,3})(?:\s*\([A-Z]{2,5}\))?"
                      r"(?:,?\s+alias\s+[A-Z][\w'’-]++(?:\s+[A-Z][\w'’-]++)?)?,?\s+(?:atau|or)\s+"
                      r"(?P<nick>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)")


# words of address that open a nickname ("Mas Bimo", "Abah Ujang", "Koh Acen"): with one of the person's names, or
# a short form of one, after "atau" they name that person, not another on a list
_ADDRESS_WORDS = frozenset({"mas", "mbak", "bang", "abang", "pak", "bu", "om", "wak", "cik", "koh", "abah", "kang", "teh",
                            "uda", "uni", "bung", "cak", "gus", "mbah", "daeng", "kak", "tante", "opung", "ustaz"})


def _addressed_by(nick: str, name: str) -> bool:
    """"Mas Bimo" of "Bimo Lantera Putra": a word of address and one of the name's words, or its short form."""
    address, _space, word = nick.partition(" ")
    return address.lower() in _ADDRESS_WORDS and bool(word) and " " not in word and _shortens(word, name)


def _same_name_said_short(nick: str, name: str) -> bool:
    """"Rob Lantera" for "... Robertus Adi Lantera": the same last word, and a first word whose letters are
    the opening and, in order, some of the given name's ("Rob" / "Robertus"), not another person of the family."""
    (first, *_rest, last), words = nick.lower().split(), name.lower().split()
    if last != words[-1]:
        return False
    given = next((w for w in words[:-1] if w[0] == first[0]), "")
    rest = iter(given)
    return first != given and all(ch in rest for ch in first)


# "X, popularly known as Y": a person's nickname, or (a company misread as a person) a company's other name
_KNOWN_AS = re.compile(r"(?P<name>[A-Z][\w'’-]++(?:\s+[A-Z][\w'’-]++){0,3}),?\s+(?:popularly|commonly|widely|better)\s+known\s+as\s+"
                       r"(?P<nick>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# "Robi, as he is commonly known, said ...": the nickname first, of the person named last before it
_NICKNAME_FIRST = re.compile(r"(?P<nick>[A-Z][\w'’-]++),\s+as\s+(?:he|she)\s+is\s+(?:(?:commonly|popularly|widely|often|better)\s+)?"
                             r"(?:known|called)\b")


# "kata pria yang akrab disapa Didi itu": the person named before, by the nickname a description gives
_DESCRIBED_BY_NICKNAME = re.compile(r"\b(?:(?i:pria|wanita|perempuan|lelaki|sosok)|(?i:the)\s+man|(?i:the)\s+woman)\s+(?:yang\s+|who\s+is\s+)?"
                                    r"(?:(?-i:[a-z][\w-]*)\s+){0,4}?"  # "yang di komunitas kripto dijuluki"
                                    r"(?:akrab\s+|biasa\s+|familiarly\s+|commonly\s+|popularly\s+|widely\s+)?"
                                    r"(?:disapa|dipanggil|dijuluki|known\s+as|nicknamed|called)\s+[\"“]?(?P<nick>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


# a nickname at the end of a clause about the person named before it: "Jonathan, yang kerap tampil di forum fintech dan
# akrab disapa Jo Kwee", "Kusuma, a former banker who is widely known as Koh Hendra", "X, popularly called Y"
_CLAUSE_NICKNAME = re.compile(r"(?:\byang\s+(?:[\w-]+\s+){0,10}?(?:akrab|biasa)\s+(?:disapa|dipanggil)|"
                              r"\bwho\s+(?:[\w-]+\s+){0,6}?(?:is\s+|was\s+)?(?:(?:widely|commonly|popularly|better|also)\s+)?"
                              r"(?:known\s+as|called|nicknamed|goes\s+by)|"
                              r",\s+(?:widely|commonly|popularly|better|also)\s+(?:known\s+as|called)|"
                              # "Felix, known to followers as "Felix Zen"", "Budi, yang dijuluki "Raja Kopi""
                              r",\s+known\s+(?:to|in|among|around|at)\s+(?:[\w'’-]+\s+){1,5}?as|,\s+(?:yang\s+)?dijuluki|"
                              # "X, yang dikenal di kalangan pedagang sebagai Koh Y"
                              r"\byang\s+(?:[\w-]+\s+){0,8}?dikenal\s+(?:[\w-]+\s+){0,6}?(?:sebagai|dengan\s+(?:nama|sebutan))|"
                              # "X, head of the union and known in the market as Pak X": a clause joined by "and"
                              r"\band\s+(?:(?:widely|commonly|popularly|better|also)\s+)?known\s+(?:(?:in|to|among|around)\s+(?:[\w-]+\s+){1,3}?)?as)\s+[\"“]?"
                              r"(?P<nick>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


# a clause set off right after a name of two words or more, an age between ("Darmaji Santoso, 61, who ..."): it is
# about that person
_AFTER_A_NAME = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:,\s+\d{2})?,\s+$")


def _set_off_after_a_name(text: str, start: int) -> bool:
    """The nickname's clause opens right after a person's name ("X, yang akrab disapa Pak De"): a word of address
    ("Pak De", "uncle") need not shorten the name to be that person's."""
    return bool(_AFTER_A_NAME.search(text, max(0, start - 80), start))


def _person_known_as(table: EntityTable, text: str, end: int, nick: str, *, described: bool = False) -> str | None:
    """The person named last before ``end`` (any form of the name of two words or more) whose name the nickname
    shortens: "President Jokowi, as he is known" after another minister's name is not that minister. A person
    described ("The woman who is familiarly called Wiwik") is the one named last, at most two paragraphs before,
    whatever the nickname."""
    named = [(text.rfind(sf, 0, end), c) for sf, c in table.canon.items() if table.kinds.get(c) == "person" and " " in sf]
    latest = sorted((n for n in named if n[0] >= 0), reverse=True)
    if described and latest and len([p for p in text[latest[0][0]:end].split("\n") if p.strip()]) <= 3:
        return latest[0][1]
    return next((person for _pos, person in latest if _shortens(nick, person)), None)


def _shortens(nick: str, name: str) -> bool:
    """The nickname opens like one word of the name ("Robi" / "Robertus"), ends one ("Giarto" / "Soegiarto") or joins
    the openings of its first and last words ("Jokowi" / "Joko Widodo"); a nickname of two words by either word."""
    if " " in nick:  # "Jo Kwee" of "Jonathan Kwee", "Koh Giarto" of "Soegiarto": a word of it shortens one of the name
        return any(_shortens(word, name) for word in nick.split() if len(word) >= 4 or word[0].isupper() and len(word) >= 2)
    low, words = nick.lower(), name.lower().split()
    return any(word.startswith(low[:3]) or (len(low) >= 4 and word.endswith(low)) for word in words) \
        or _joined_openings(nick, name)


def _other_names(table: EntityTable, text: str) -> list[tuple[str, str, bool]]:
    """(name, other name, whether the phrase says the other name is a person's whatever kind the article's
    other evidence gave it) for each way the text gives a person another name."""
    scan = _text_gates().finditer
    found = [(m.group("name"), m.group("nick"), True) for m in scan(_NICKNAME, text)]
    # a company misread as a person is better known by a short form of its name ("Lentex"), a person by any nickname
    found += [(m.group("name"), m.group("nick"), not _shortens(m.group("nick"), m.group("name"))) for m in scan(_KNOWN_AS, text)]
    found += [(m.group("name"), m.group("nick"), True) for m in _OR_NAME.finditer(text)
              if _same_name_said_short(m.group("nick"), m.group("name")) or _addressed_by(m.group("nick"), m.group("name"))]
    told = [(m, False) for m in scan(_NICKNAME_FIRST, text)] + \
        [(m, _set_off_after_a_name(text, m.start())) for m in scan(_CLAUSE_NICKNAME, text)] + \
        [(m, True) for m in scan(_DESCRIBED_BY_NICKNAME, text)]
    return found + [(person, m.group("nick"), True) for m, described in told
                    if (person := _person_known_as(table, text, m.start(), m.group("nick"), described=described)) is not None]


def text_patterns() -> list[re.Pattern[str]]:
    """The patterns read over the whole article that most articles hold none of the words of."""
    return [*_LEGAL_AND_BRAND, _BRAND_RUN, _ORG_NICKNAME, _NICKNAME, _KNOWN_AS, _NICKNAME_FIRST, _CLAUSE_NICKNAME, _DESCRIBED_BY_NICKNAME]


@cache
def _text_gates() -> TextGates:
    return TextGates(text_patterns())


# 'Changpeng "CZ" Zhao', 'Sam “SBF” Bankman-Fried': a nickname in quotes between a person's given and family names
_QUOTED_NICKNAME = re.compile(r"\b(?P<given>[A-Z][a-z'’-]+)\s+[\"“](?P<nick>[A-Z][\w.'’-]{0,20})[\"”]\s+"
                              r"(?P<family>[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?)\b")


def _add_quoted_nicknames(table: EntityTable, text: str) -> None:
    """The person named around a quoted nickname is one entity by their given and family names, the nickname
    and each of the two names alone (which the text names apart, since the quotes break the name's run)."""
    for m in _QUOTED_NICKNAME.finditer(text):
        full, family = f"{m.group('given')} {m.group('family')}", m.group("family")
        person = table.resolve(full)
        if person is not None and " " not in person:
            person = None  # found by the given name alone: the name written in full is the person's
        if person is None:
            owner = table.canon.get(family)
            if owner not in (None, family) and table.kinds.get(owner) != "person":
                continue  # the family name is a word of an organisation's longer name
            person = full
            table.kinds[person], table.canon[person] = "person", person
            table.aliases.setdefault(person, set())
        if table.kinds.get(person) != "person":
            continue
        for short in (m.group("nick"), family, m.group("given")):
            if table.canon.get(short) in (None, short) or table.kinds.get(table.canon[short]) != "person":
                _alias(table, short, person)


def add_nicknames(table: EntityTable, text: str) -> None:
    """A person's other name given with "alias" / "aka" / "akrab disapa" is one of their names; so is one
    after "atau" / "or" that ends with the same word, and one said to be how the person named before is known;
    and one written in quotes inside the name."""
    _add_quoted_nicknames(table, text)
    for name, nick, said_of_a_person in _other_names(table, text):
        words = name.split()  # the run may open with a post's words ("Menteri Perdagangan Budi Hartanto")
        person = next((p for i in range(max(len(words) - 1, 1)) if (p := table.resolve(" ".join(words[i:])))), None)
        owner = table.canon.get(nick)  # a nickname may be a name of its own, not another kind's ("PT Lentera Adi Tekstil, better known as Lentex")
        if person and table.kinds.get(person) == "person" and owner in (None, person, nick) \
                and (said_of_a_person or table.kinds.get(owner or "", "person") == "person"):
            _alias(table, nick, person)
        elif person and owner and _company_misread_as_person(table, person, owner, nick, said_of_a_person):
            _move(table, person, owner)


def _company_misread_as_person(table: EntityTable, person: str, owner: str, nick: str, said_of_a_person: bool) -> bool:
    """"textile giant Dewi Wulan Hartono, popularly known as Dewitex": a company's name read as a person's (it
    opens with a given name) is better known by a short form of it that the article names as a company; a
    person's nickname joining the openings of two of their names ("Jokowi") stays theirs."""
    return not said_of_a_person and table.kinds.get(person) == "person" and table.kinds.get(owner) == "org" \
        and not _joined_openings(nick, person)


def add_person_initials(table: EntityTable) -> None:
    """A name of two to four capitals that are the initials of one person the article names, and of no
    organisation it names ("tersangka STS" after "Sahat Tua Simanjuntak"): law enforcers and the press name
    suspects by their initials. So is one word joining the openings of a person's first and last names
    ("Zulhas" for "Zulkifli Hasan", "Jokowi" for "Joko Widodo"), as Indonesian news shortens public figures."""
    for short in [c for c in table.kinds if " " not in c and not table.aliases.get(c) and not gazetteer_kind(c)]:
        owners = _shortened_from(table, short)
        if len(owners) == 1 and table.kinds[next(iter(owners))] == "person":
            _alias(table, short, next(iter(owners)))


def _shortened_from(table: EntityTable, short: str) -> set[str]:
    """The names ``short`` may shorten: by their initials, or (people) by the openings of two of their words."""
    if re.fullmatch(r"[A-Z]{2,4}", short):
        return {c for c in table.kinds if c != short and short in _person_initials(c, table.aliases.get(c, set()))}
    if re.fullmatch(r"[A-Z][a-z]{4,}", short):
        return {c for c, kind in table.kinds.items() if kind == "person" and _joined_openings(short, c)}
    return set()


def _joined_openings(short: str, name: str) -> bool:
    """``short`` is the opening of ``name``'s first word (three letters or more) and of its last (two or more)."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    first, last, low = words[0], words[-1], short.lower()
    return any(low[:i] == first[:i] and len(low) - i >= 2 and last.startswith(low[i:]) for i in range(3, len(first) + 1))


def _person_initials(name: str, aliases: set[str]) -> set[str]:
    """The initials of each multi-word name of an entity ("Sahat Tua P. Simanjuntak": "STPS")."""
    return {"".join(w[0] for w in n.split() if w[0].isupper()) for n in {name, *aliases} if " " in n}


# heads of regional police and prosecutors' offices named by their posts' short forms: "Kapolda Jawa Timur" heads the
# "Polda Jawa Timur", "Kajari Sleman" the "Kejari Sleman"
_REGIONAL_BODY_OF = {"kapolda": "Polda", "wakapolda": "Polda", "kapolres": "Polres", "wakapolres": "Polres",
                     "kapolresta": "Polresta", "kapolrestabes": "Polrestabes", "kapolsek": "Polsek", "kajati": "Kejati",
                     "kajari": "Kejari"}
# a region's head (by the normalised post) and the words the article may name the region or its government by
_REGION_OF_HEAD = {"wali kota": ("Pemerintah Kota", "Pemkot", "Kota"), "mayor": ("Pemerintah Kota", "Pemkot", "Kota"),
                   "regent": ("Pemerintah Kabupaten", "Pemkab", "Kabupaten"),
                   "governor": ("Pemerintah Provinsi", "Pemprov", "Provinsi")}
_REGIONAL_HEAD = re.compile(r"\b(?P<post>(?:Waka|Ka)(?:polda|polres(?:ta(?:bes)?)?|polsek)|Kaja[tr]i)\s+"
                            r"(?P<region>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


def regional_body(table: EntityTable, post: str, region: str) -> str | None:
    """The body whose head ``post`` ("kapolda") over ``region`` is, if the article names it (``add_regional_bodies``
    names it from the post)."""
    body = _REGIONAL_BODY_OF.get(post.lower())
    if body:
        return table.canon.get(f"{body} {region}")
    units = _REGION_OF_HEAD.get(post.lower().removeprefix("deputy ").removeprefix("wakil "), ())
    # "Wali Kota Cirebon": the city's government or the city as the article names it ("Kota Cirebon"), whose
    # name holds the region's (so its mention, not the bare region's, is found there)
    return next((owner for unit in units if (owner := table.canon.get(f"{unit} {region}"))), None)


def add_regional_bodies(table: EntityTable, text: str) -> None:
    """A regional post's short form before its region names the body it heads ("Kapolda Jawa Timur" names
    "Polda Jawa Timur"): the region is the place or body the table knows by the words after the post (or the
    words before the holder's rank)."""
    if "pol" not in text and "Kaja" not in text:  # every post's short form holds one: most articles name none
        return
    for m in _REGIONAL_HEAD.finditer(text):
        words = m.group("region").split()
        ranked = next((i for i, w in enumerate(words) if w.lower().rstrip(".") in RANK_WORDS), None)
        known = [n for n in range(len(words), 0, -1)
                 if table.kinds.get(table.canon.get(" ".join(words[:n])) or "") in ("place", "org")]
        n = known[0] if known else ranked
        if not n:
            continue
        region = " ".join(words[:n])
        post = m.group("post")
        body = f"{_REGIONAL_BODY_OF[post.lower()]} {region}"
        owner = table.canon.get(body) or body
        if owner == body and body not in table.kinds:
            table.add(body, "org")
        table.canon[f"{post} {region}"] = owner


def _alias(table: EntityTable, short: str, c: str) -> None:
    """``short`` names ``c``: an entity of its own by that name folds into ``c``."""
    owner = table.canon.get(short)
    if owner and owner != c:
        table.kinds.pop(owner, None)
        table.aliases[c] |= table.aliases.pop(owner, set())
        for form in [f for f, canonical in table.canon.items() if canonical == owner]:
            table.canon[form] = c  # its other forms ("Rasena" of "Rasena Putra") name ``c`` now too
    table.canon[short] = c
    table.aliases[c].add(short)


def _spelled_out_longer(table: EntityTable, long: str, acr: str) -> str | None:
    """"Pusat Data Lantera Sementara (PDLS)" where the names stop a word short ("Sementara" is also a common
    word): the organisation of the shorter name takes the whole name its short form spells out."""
    short = named_by_tail(table, long.rsplit(" ", 1)[0], shortest=2)
    if short is None or table.kinds.get(short) != "org" or not _abbreviates(acr, long) or _abbreviates(acr, short):
        return None
    table.kinds[long], table.canon[long] = "org", long
    table.aliases.setdefault(long, set())
    _move(table, short, long)
    return long


# the divisions of a province a regional body is named by: "Dinas Kesehatan (Dinkes) Kabupaten Sendangsari", "KPU Kota
# Teluk Biru"; a name after one is a region, never a person
_DIVISION = r"(?:Kabupaten|Kab\.|Kota|Provinsi)"
_DIVISION_RX = re.compile(_DIVISION + " ")
# "Pengadilan Negeri (PN) Jakarta Selatan", "Rumah Tahanan (Rutan) Salemba": a kind of institution spelled out, its
# short form, and the place or name that makes it one institution; afterwards written "PN Jakarta Selatan"
_SPECIFIED_ACRONYM = re.compile(r"\b[A-Z][\w&.-]*+(?: +(?:(?:dan|and|of|&) +)?[A-Z][\w&.-]*+)+ +\(((?!Persero\b|Tbk\b)[A-Z][A-Za-z]{1,11})\)"
                                rf" +((?:{_DIVISION} +)?[A-Z][\w'’-]+(?: +[A-Z][\w'’-]+){{0,3}})(?![\w'’-]| +[A-Z(])")
# what every match of _SPECIFIED_ACRONYM holds from its bracket on
_SHORT_FORM_THEN_NAME = re.compile(r" \([A-Z][A-Za-z]{1,11}\) +[A-Z]")


# the first words of kinds of institution found in many places, each told apart by its place or name ("Pengadilan
# Negeri", "Rumah Tahanan", "Pembangkit Listrik Tenaga Uap", "Kantor Pelayanan Pajak", "Koperasi Unit Desa",
# "Perusahaan Daerah Air Minum", "Serikat Pekerja")
_KIND_HEADS = frozenset({"pengadilan", "kejaksaan", "kepolisian", "komisi", "rumah", "lembaga", "pembangkit", "kantor", "balai", "dinas", "bandar",
                         "pondok", "pelabuhan", "sekolah", "pabrik", "koperasi", "perusahaan", "serikat", "terminal", "stasiun", "bendungan", "pusat", "badan", "komando"})
# what closes a national body's name after its short form, or a body it belongs to: no place of one of a kind
_WHOLE_BODY = PUBLIC_SHORT_FORMS | NATIONAL_SHORT_FORMS | {"indonesia", "ri", "pusat", "nasional", "national"}


_PERSON_OR_POST_WORDS = FIRST_NAMES | TITLE_WORDS  # joined once, not for each naming


def specified_acronyms(text: str, article: str = "") -> list[tuple[int, int, str]]:
    """Where ``text`` writes "<Kind Spelled Out> (ABC) <Place or Name>": (start, end) of that whole naming and the
    short name "ABC <Place or Name>". The name is one word no one is called by, a known place, or two words the
    ``article`` also writes after the short form; not a date: a person named after a body's acronym is its officer
    ("Otoritas Jasa Keuangan (OJK) Mahendra Siregar"). A post may come before the kind ("Kepala Pelaksana Badan
    ... (BPBD) <Region>"): the naming starts at the kind."""
    found: list[tuple[int, int, str]] = []
    # every naming has its short form in brackets after a space, then a capital: most sentences have none ("Rabu
    # (22/1)" neither), and the naming's pattern, tried at each capitalised word, costs far more than these
    if " (" not in text or _SHORT_FORM_THEN_NAME.search(text) is None:
        return found
    for m in _SPECIFIED_ACRONYM.finditer(text):
        what = _named_part(m.group(1), m.group(2), article)
        if what is None:
            continue
        short = f"{m.group(1)} {what}"
        start = _kind_start(m)
        if start is None:
            continue  # "Universitas Pelita Celebes (UPC) Makassar": a name of its own; the city after it says where
        if what.lower() in _WHOLE_BODY or what.isupper():
            continue  # "Badan Reserse Kriminal (Bareskrim) Polri", "Kadin Indonesia": the body itself, not one of a kind
        if re.search(rf"\b(?:PT\.?|Grup|Group) +{re.escape(what)}\b|\b{re.escape(what)} +(?:[A-Z]\w+ +)*(?:Tbk|Group|Grup|Holdings?)\b", text):
            continue  # "Pabrik Gula (PG) Tebuwangi" of "PT Tebuwangi Agro": the company's own works, told by its name
        if _one_of_a_kind(what, short, article):
            found.append((start, m.end(), short))
    return found


def _named_part(acr: str, what: str, article: str) -> str | None:
    """The name in the capitalised words after "<Kind> (ABC)": all of one or two words; of three or four, the
    longest opening words the article also writes after the short form ("(KUD) Sumber Rejeki Sendangsari" and
    "KUD Sumber Rejeki": the words after them say where), else none."""
    words = what.split()
    if len(words) - bool(_DIVISION_RX.match(what)) <= 2:
        return what
    for k in range(len(words) - 1, 0, -1):
        part = " ".join(words[:k])
        # written so, not as the start of the longer name ("KUD Sumber Rejeki Sendangsari" again)
        if re.search(rf"(?<![\w-]){re.escape(f'{acr} {part}')}(?![\w'’-]| +[A-Z])", article):
            return part
    return None


def _kind_start(m: re.Match[str]) -> int | None:
    """Where the kind of institution opens the naming ``m``: its first word, or the first kind word after a post
    that opens it ("Kepala Pelaksana Badan ..."); None where no kind opens it."""
    words = list(re.finditer(r"\S+", m.group(0)[:m.group(0).index("(")]))
    # a run read over a sentence's end ("... Barat. Kejaksaan Negeri (Kejari) Barat"): the naming is in the last
    ends = [i for i, w in enumerate(words) if w.group(0).endswith(".") and len(w.group(0)) > 3]
    words = words[ends[-1] + 1:] if ends else words
    at = next((i for i, w in enumerate(words) if w.group(0).lower() in _KIND_HEADS), None)
    if at is None or at and not _opens_with_a_post(m.group(0)[words[0].start():words[at].start()]):
        return None
    return m.start() + words[at].start()


def _opens_with_a_post(words: str) -> bool:
    return any(a == 0 for a, _b in find_titles(words))


def _one_of_a_kind(what: str, short: str, article: str) -> bool:
    """``what`` after a kind and its short form tells one institution of that kind: one word no one is called by,
    a known place, or two words, no given name first, the article writes after the short form elsewhere ("Rumah
    Sakit (RS) <Two Words>" and later "RS <Two Words>")."""
    if _DIVISION_RX.match(what):
        return True
    if " " not in what:
        return what.lower() not in _PERSON_OR_POST_WORDS and what.lower() not in DAYS and what.lower() not in MONTHS
    if known_place(what):
        return True
    first = what.split()[0].lower()
    return first not in _PERSON_OR_POST_WORDS and next(occurrences(article, short, before="", after="-"), None) is not None


def add_acronyms(table: EntityTable, text: str) -> None:
    """Read "<Long Name> (ABC)": the acronym becomes an alias of the long name's entity. "<Kind> (ABC) <Place>"
    (``specified_acronyms``) names one institution of that kind, "<Kind> <Place>" ("ABC <Place>" for short); the kind
    alone names no entity of its own there."""
    specified = _name_specified(table, text)
    for m in _ACRONYM_AFTER.finditer(text):  # the naming of one of a kind read above: its kind has no short form
        if not _inside_any(m.end(1) - 1, specified):  # (a post before the kind is outside the naming)
            _short_form_after(table, _SENTENCE_END.split(m.group(1))[-1], m.group(2) or m.group(3))
    for m in _ACRONYM_BEFORE.finditer(text):
        acr, long = m.group(1), m.group(2)
        c = table.resolve(long)  # the whole gloss: "Saham (PT X Tbk)" is no gloss of "Saham"
        if c and c != table.resolve(acr) and _abbreviates(acr, c):
            _alias(table, acr, c)
    _add_company_initials(table, text)


def _short_form_after(table: EntityTable, long: str, acr: str) -> None:
    """"<Long Name> (ABC)": ``acr`` names the long name's entity."""
    if " " in acr and not acr.startswith("PT "):
        _short_form_with_province(table, long, acr)
        return
    if _joined_body_spelled(table, long, acr):
        return
    # the capitals before the brackets may start with other words ("Saham PT X Tbk (XXXX)")
    c = named_by_tail(table, long, shortest=2)
    if c and not _abbreviates(acr, c):
        c = _spelled_out_longer(table, long, acr) or c
    if c and (_abbreviates(acr, c) or _ticker(acr, long) or (acr.isupper() and (gloss_key(c) is not None or _body_in_full(c, long)))):
        _alias(table, acr, c)


def _short_form_with_province(table: EntityTable, long: str, acr: str) -> None:
    """"Asosiasi Petani Kopi Jawa Tengah (APK Jateng)": a body's short form, then its province's, names the body whose
    name ends with that province."""
    short, _, province = acr.partition(" ")
    full = REGION_BY_SHORT_FORM.get(province.lower())
    body = named_by_tail(table, long, shortest=2)
    if full and body and body.lower().endswith(" " + full) and _abbreviates(short, body[: -len(full)].strip()):
        _alias(table, acr, body)


def _body_in_full(name: str, long: str) -> bool:
    """A body's English name in full ("Center of Coastal Studies and Marine Hazard Mitigation") just before the short
    form: the short form may be its Indonesian one, whose letters its words do not give."""
    words = name.split()
    return long.endswith(name) and len(words) >= 3 and words[0].lower() in OF_HEADS and words[1] == "of"


_JOINING = frozenset({"dan", "and", "of", "for", "&"})


def _joined_body_spelled(table: EntityTable, long: str, acr: str) -> bool:
    """"... memanggil Dinas Pendidikan dan Badan Pengelola Keuangan dan Aset Daerah (BPKAD)": the last words of the run
    whose initials spell the short form, "dan" inside them, are one body's name, which the article's names cut at
    each "dan"; its pieces fold into it. False when no such words, or when they name an entity already."""
    words = long.split()
    if not acr.isupper() or len(acr) < 3 \
            or any((c := table.canon.get(" ".join(words[k:]))) and _abbreviates(acr, c) for k in range(len(words) - 1)):
        return False  # "Kementerian Energi dan Sumber Daya Mineral (ESDM)": the article's name already spells it
    spelled = _words_spelling(words, acr)
    if spelled is None or not _JOINING & set(spelled.lower().split()) or spelled in table.canon:
        return False
    table.kinds[spelled], table.canon[spelled] = "org", spelled
    table.aliases.setdefault(spelled, set())
    for piece in re.split(r"\s+(?:dan|and|of|for|&)\s+", spelled):
        if table.canon.get(piece) == piece:
            _move(table, piece, spelled)
    _alias(table, acr, spelled)
    return True


def _words_spelling(words: list[str], acr: str) -> str | None:
    """The last words of ``words`` whose initials, joining words aside (or "for" counted: "Tools for Humanity (TFH)"),
    are ``acr`` (opening with no joining word)."""
    for k in range(len(words) - 2, -1, -1):
        tail = words[k:]
        initials = "".join(w[0] for w in tail if w.lower() not in _JOINING)
        with_for = "".join(w[0].upper() for w in tail if w.lower() not in _JOINING - {"for"})
        if len(initials) > len(acr):
            return None
        if acr in (initials, with_for) and tail[0].lower() not in _JOINING:
            return " ".join(tail)
    return None


def _inside_any(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _name_specified(table: EntityTable, text: str) -> list[tuple[int, int]]:
    """Name in full each institution of a kind the article spells out with its short form and its place
    (``specified_acronyms``); the spans of those namings."""
    specified = specified_acronyms(text, text)
    for start, end, short in specified:
        c = table.resolve(short)
        if c is not None and (c == table.canon.get(short.split(" ", 1)[0]) or table.kinds.get(c) == "person"):
            # "Koperasi Unit Desa (KUD) Sumber Rejeki" where no run read "KUD Sumber Rejeki" as one name (the short form
            # alone names its kind) or it was read as a person's ("Sumber Rejeki"): "ABC <Name>" is the body
            c = table.add(short, "org")
        if c is not None:
            _fold_read_apart(table, short, text[text.index(")", start) + 1:end].strip(), c)
            _name_in_full(table, text, (start, end), short, c, specified)
    return [(start, end) for start, end, _short in specified]


def _fold_read_apart(table: EntityTable, short: str, after: str, c: str) -> None:
    """The words after the brackets (``after``, the place after the name included) taken for a person's name
    ("Sumber Rejeki", "Lembu Seta Boyolali"), alone or after the short form ("KUD Sumber Rejeki Sendangsari", also
    read as a body of its own), name the body ``c``; a place read there stays one ("Rumah Sakit (RS) Teluk Biru" is
    in Teluk Biru)."""
    acr, what = short.split(" ", 1)
    for words, kinds in ((what, ("person",)), (after, ("person",)), (f"{acr} {after}", ("person", "org"))):
        if words != c and table.canon.get(words) == words and table.kinds.get(words) in kinds:
            _alias(table, words, c)


def _name_in_full(table: EntityTable, text: str, span: tuple[int, int], short: str, c: str,
                  specified: list[tuple[int, int, str]]) -> None:
    """The entity ``c`` of "ABC <Place>", spelled out at ``span`` as "<Kind> (ABC) <Place>": named "<Kind> <Place>",
    the name other articles write in full; the kind alone, written nowhere else, is that one here."""
    start, end = span
    kind = text[start:text.index("(", start)].strip()
    place = short.split(" ", 1)[1]
    if table.resolve(kind) not in (None, c) and not _written_alone(text, kind, [(a, b) for a, b, _s in specified], place):
        _alias(table, kind, c)
    full = f"{kind} {place}"
    if c == short and table.resolve(full) in (None, c):
        # a body of a province's division is no place, though its name ends with one ("... Kota Sendangsari")
        table.kinds[full] = "org" if _DIVISION_RX.match(place) else table.kinds[c]
        table.canon[full] = full
        table.aliases.setdefault(full, set())
        _move(table, c, full)
        c = full
    table.canon.setdefault(text[start:end], c)
    _region_alone(table, kind, short, c, specified)
    # the kind and its bare short form name this one in this article only: kept as aliases, they would join
    # every court or prison of the kind ("PN Surabaya" and "PN Jakarta Pusat") in the store
    table.aliases[c] -= {kind, short.split(" ", 1)[0]}


def _region_alone(table: EntityTable, kind: str, short: str, c: str, specified: list[tuple[int, int, str]]) -> None:
    """"Bawaslu Kabupaten Sendangsari" is afterwards written "Bawaslu Sendangsari", "KPID Kalimantan Barat" "KPID
    Kalbar": the region without its division, or a province by its short form, names the same body; unless the
    article also spells out the body of another division of that name ("Kota")."""
    acr, region = short.split(" ", 1)
    division = _DIVISION_RX.match(region)
    place = region[division.end():] if division else region
    bare = f"{acr} {place}"
    if division and any(other != short and other.startswith(acr + " ") and other.endswith(" " + place)
                        for _a, _b, other in specified):
        return
    province = REGION_SHORT_FORMS.get(place.lower())
    forms = [bare] if division else []
    if province:
        forms.append(f"{acr} {province.upper() if len(province) <= 3 else province.capitalize()}")
    for form in (*forms, *_headed_short_forms(kind, acr, region, bare)):
        owner = table.resolve(form)
        if owner in (None, c) or table.kinds.get(owner or "") == "org":
            _alias(table, form, c)


def _headed_short_forms(kind: str, acr: str, region: str, bare: str) -> tuple[str, ...]:
    """"Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)": a short form of the words after the kind's head word is
    written after that word ("Dinas PUPR Kota Sendangsari", "Dinas PUPR Sendangsari")."""
    head, _, rest = kind.partition(" ")
    spells_all = acr.lower().startswith(head[0].lower()) and _abbreviates(acr, kind)  # "Dinkes", "BPBD": the head in it
    if not rest or spells_all or not _abbreviates(acr, rest):
        return ()
    return f"{head} {acr} {region}", f"{head} {bare}"


def _written_alone(text: str, kind: str, namings: list[tuple[int, int]], place: str) -> bool:
    """The article writes ``kind`` other than in its namings with a short form and a place (``namings``' spans),
    or in full with that place ("Kantor Kejaksaan Negeri <Place>")."""
    return any(not _inside_any(m.start(), namings) and not text.startswith(" " + place, m.end())
               for m in re.finditer(r"(?<!\w)" + re.escape(kind) + r"(?!\w)", text))


# "PT LK" for "PT Lantera Kencana": a company written by its initials after "PT", never glossed
_PT_INITIALS = re.compile(r"\bPT\s+([A-Z]{2,4})\b(?![\w-])")


def _add_company_initials(table: EntityTable, text: str) -> None:
    for acr in sorted({m.group(1) for m in _PT_INITIALS.finditer(text)}):
        held = table.resolve(acr)
        if (held and held != acr) or table.aliases.get(acr):
            continue  # the letters name something else, or stand for a name the article glosses
        owners = [c for c, kind in table.kinds.items() if kind == "org" and " " in c and _abbreviates(acr, c)]
        if len(owners) == 1:
            _alias(table, "PT " + acr, owners[0])  # not the bare letters alone: "DI Yogyakarta" is a province
            _move(table, acr, owners[0])  # the letters read as a name of their own ("PT LK" -> "LK")
    _add_bare_initials(table)


def _add_bare_initials(table: EntityTable) -> None:
    """"Direktur Utama BDE ..." where the article writes "PT Bara Dwipa Energi" and never glosses "BDE": three to five
    capitals that spell the initials of one company or body the article names, and that name no body known
    elsewhere, are that one's short form."""
    for acr in [c for c, kind in table.kinds.items() if kind == "org" and re.fullmatch(r"[A-Z]{3,5}", c)]:
        if table.aliases.get(acr) or gazetteer_kind(acr):
            continue
        owners = [c for c, kind in table.kinds.items() if kind == "org" and len(c.split()) == len(acr)
                  and _abbreviates(acr, c)]  # a letter for each word: the whole name, no head word left out
        if len(owners) == 1:
            _move(table, acr, owners[0])
