"""Candidate names of one sentence: capitalised runs of tokens, cut into name-sized pieces.

A run is a sequence of capitalised tokens with no punctuation between them; a few lower-case words
may join one ("of" after a head such as "Bank", name particles such as "van", "&").  A run is then cut
at function words, titles and generic words, except when it is a known name or a legal-form or
ministry name as a whole.  Whether a piece is really a name is decided later (``entities``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from db.names import LEGAL_FORMS, STATE_FIRM_FORMS

from .kinds import MIDDLE_INITIAL, gazetteer_kind, known_place
from .lexicons import (
    BALINESE_NAME_WORDS,
    BODY_LAST_WORDS,
    CORP_GENERIC,
    DEMONYMS,
    FIRST_NAMES,
    GENERIC,
    MINISTRY_FIELDS,
    MINISTRY_HEADS,
    MINISTRY_NAME_WORDS,
    NATIONAL_SHORT_FORMS,
    OF_HEADS,
    OFFICE_HEADS,
    ORG_DESCRIPTORS,
    ORG_PREFIX,
    ORG_SUFFIX,
    ORGS,
    PERSON_NOUNS,
    PLACES,
    STOPWORDS,
    TITLE_WORDS,
)
from .text import DOTTED_INITIALS

# a word, cut where a sentence's stop runs on into a bracket or a quote with no space ("mitra Anda.(CEO Intel ...)")
_TOKEN = re.compile(r"\S(?:[^\s.!?,;]++|[.!?,;](?![(“\[]))*+(?:[.!?,;](?=[(“\[]))?")  # in runs, not a character at a time
_LEAD = "\"“”‘’'([{*–—-•·|"
_TRAIL = ",.;:!?\"“”’‘')]}*–—|"
_OPENERS = "“\"‘'–—-"  # a token after one of these starts a quote or an aside: it is written capitalised anyway
_KEEP_DOT = {"inc.", "corp.", "co.", "ltd.", "pte.", "sdn.", "bhd.", "jr.", "u.s."}
_SUFFIXES = ("’s", "'s", "-nya", "-Nya")
_DASHES = re.compile(r"^[–—-]+$")
# a dash written against the word before it ("Kopitara.com– Perusahaan itu ..."): the next word opens a sentence or an
# aside as after a dash standing alone
_CLOSING_DASHES = "–—"
_CAP = re.compile(r"^(?:[A-Z]|[a-z]{1,2}[A-Z])")
_MONEYTOK = re.compile(r"^(?:Rp|US\$|S\$|Sin\$|SG\$|HK\$|A\$|RM|IDR|USD|EUR|SGD)\.?\d", re.I)
_ROMAN = re.compile(r"[IVX]{1,4}")
# a letter's or a regulation's number ("S-123/NB.2/2025", "KEP-12/D.04/2024") names no one
_REFERENCE_NO = re.compile(r"\d.*/|/.*\d")
# an apposition after a name ("X, a startup", "X, yang ...") is evidence that X is a name
APPOS = re.compile(
    r"^\s*,\s+(?:(?:yang|who|which|a|an|the|sebuah|salah\s+satu)\b|(?:" + "|".join(sorted(ORG_DESCRIPTORS)) + r")\b|"
    # another name given ("X, also known as Y,", "X, alias Y,", "X, yang akrab disapa Y,")
    r"(?:also\s+known\s+as|better\s+known\s+as|known\s+as|alias|aka|atau\s+dikenal)\b|"
    # a post held ("X, chairman of the party,", "X, direktur PT Y,"): a person's name
    r"(?:chair(?:man|woman|person)?|ceo|cfo|coo|founder|co-founder|president|director|head|spokes(?:man|woman|person)|"
    r"ketua|direktur|pendiri|kepala|juru\s+bicara)(?:-[a-z]+)?\s+(?:(?:of|at|for|dari|di)\b|(?-i:[A-Z])))",
    re.I,
)
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "del", "della", "da", "dos", "du", "bin", "binti"})
# heads of names that run over "dan"/"and" and keep generic words inside them (ministries, boards)
JOIN_HEADS = frozenset({"kementerian", "ministry", "departemen", "department", "badan", "komisi", "dewan", "dinas",
                        "direktorat", "balai", "pusat"})

Span = tuple[int, int, bool]  # (start, end, sentence_initial) in sentence coordinates


@dataclass(slots=True)  # one per word of every sentence: slots make them quicker to build and read
class Tok:
    text: str
    start: int
    end: int
    cap: bool
    brk_before: bool
    brk_after: bool
    initial: bool = False
    joins: bool = False  # an "and" inside one body's name ("Securities and Exchange Commission")


@dataclass
class Cand:
    """One candidate name occurrence, with the evidence read around it."""

    text: str
    passage: int
    start: int  # offset in passage
    end: int
    initial: bool
    appos: bool
    sent: int


# --------------------------------------------------------------------------- tokens

def _keeps_dot(core: str, toks: list[Tok]) -> bool:
    """"Inc.", "Jr.", and a middle initial after a capitalised word ("John J. Ray"): the dot ends no name."""
    return core.lower() in _KEEP_DOT or (MIDDLE_INITIAL.match(core) is not None and bool(toks) and toks[-1].cap
                                         and not toks[-1].brk_after)


def tokenize(sent: str) -> list[Tok]:
    """Word tokens of a sentence with their case and the punctuation breaks around them."""
    toks: list[Tok] = []
    first = True
    for m in _TOKEN.finditer(sent):
        read = _plain_reading(m.group())
        if read is None:
            first = _add_marked(sent, m, toks, first)
            continue
        lead, word, cap, brk_after, opens = read
        a = m.start() + lead
        toks.append(Tok(word, a, a + len(word), cap, lead > 0, brk_after, first or opens))
        first = m.group()[-1] in _CLOSING_DASHES
    _join_owned_offices(sent, toks)
    return toks


# (marks before the word, the word, capitalised, a mark after it, opened by a quote or a dash)
_Reading = tuple[int, str, bool, bool, bool]


@lru_cache(maxsize=32768)
def _plain_reading(raw: str) -> _Reading | None:
    """What ``_add_marked`` reads of a token that is one plain word (``_plain``) with marks, if any, only around
    it and no stop it may keep (``_keeps_dot``): nothing of it depends on the tokens before. None for any other
    token. Kept for the tokens met: a bare word or one before a comma or a stop is most of them (the latter a
    fifth, each read through ``_add_marked`` before), and an article's (and a language's) words recur."""
    core = raw.lstrip(_LEAD)
    word = core.rstrip(_TRAIL)
    lost_stop = len(word) < len(core)
    if not word or not _plain(word) or lost_stop and (core.lower() in _KEEP_DOT or MIDDLE_INITIAL.match(core)) \
            or DOTTED_INITIALS.fullmatch(word):
        return None
    lead = len(raw) - len(core)
    return lead, word, _CAP.match(word) is not None, lost_stop, lead > 0 and raw[0] in _OPENERS


def _add_marked(sent: str, m: re.Match[str], toks: list[Tok], first: bool) -> bool:
    """The tokens of a word with marks around it or inside it, added to ``toks``; whether the next word opens the
    sentence (or a quote or an aside)."""
    raw = m.group(0)
    core = raw.lstrip(_LEAD)
    lead = len(raw) - len(core)
    word = core.rstrip(_TRAIL)
    if len(word) < len(core) and _keeps_dot(core, toks):  # only a word that lost a stop can keep it
        word = core
    if not word:
        if toks:
            toks[-1].brk_after = True
        return first or bool(_DASHES.match(raw))
    if len(word) == len(raw) and _plain(word):  # a word that kept its stop ("Inc."), nothing to split
        toks.append(Tok(word, m.start(), m.end(), _CAP.match(word) is not None, False, False, first))
        return False
    pieces, brk_after = _split_word(word, len(word) < len(core))
    if lead == 0 and not first and len(pieces) == 2 and _double_barrelled(word, pieces, toks):
        pieces = [word]
    if _initials_before_a_name(sent, word, core, m.start() + lead + len(word)):
        pieces, brk_after = word.split("."), True
    initial = first or (lead > 0 and raw[:1] in _OPENERS)
    toks += _piece_toks(sent, pieces, m.start() + lead, lead > 0, brk_after, initial)
    return raw[-1] in _CLOSING_DASHES


_NAME_WORD_NEXT = re.compile(r"\.?\s+[A-Z][a-z]")


def _initials_before_a_name(sent: str, word: str, core: str, end: int) -> bool:
    """Initials written together before a name word ("A.R. Tampubolon"): read as "A. R. Tampubolon". Not a legal form
    or a degree after a name ("X B.V.,", "Y S.H., M.H."), nor "U.S."."""
    return DOTTED_INITIALS.fullmatch(word) is not None and core.lower() not in _KEEP_DOT \
        and _NAME_WORD_NEXT.match(sent, end) is not None


def _plain(word: str) -> bool:
    """A word ``_split_word`` leaves whole, with no break after it: no possessive ending, no dash, colon, slash or
    hyphen (which also leaves ``_tok`` no reference number to read)."""
    return not word.endswith(_SUFFIXES) and _SPLITTER.search(word) is None


def _double_barrelled(word: str, pieces: list[str], toks: list[Tok]) -> bool:
    """"Sam Bankman-Fried": after a capitalised word, a hyphen joins a surname ("Hidayat-Komisaris": a post follows);
    "Bank of Kyoto-Nagahama Trust", "Coca-Cola": two capitalised halves are one word anywhere, unless both are places
    (a route, a pair of countries: "Jakarta-Bandung")."""
    if len(pieces) != 2 or re.search(r"[/–—]", word) or pieces[1].lower() in TITLE_WORDS:
        return False
    if toks and toks[-1].cap and not toks[-1].brk_after:
        return True
    return all(p[:1].isupper() and p[1:].islower() for p in pieces) and not all(p.lower() in PLACES for p in pieces)


def _join_owned_offices(sent: str, toks: list[Tok]) -> None:
    """A possessive before an office's head word ends no name, nor does a post's name: "Attorney General's
    Office" and "Attorney General Office" are one body."""
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if not (t.cap and nxt.cap):  # most pairs: the cheap test first
            continue
        between = sent[t.end:nxt.start].rstrip()
        possessive = between in ("'s", "’s")
        owned = possessive or (not between and t.text.lower() in TITLE_WORDS)  # "Attorney General Office"
        if possessive and _names_own_group(toks, i):
            t.brk_after = nxt.brk_before = False
        elif nxt.text.lower() in OFFICE_HEADS and owned:
            t.brk_after = nxt.brk_before = False
            owner = i  # the owner's words are the body's, title words among them ("Attorney General")
            while owner >= 0 and toks[owner].cap and (owner == i or not toks[owner].brk_after) and i - owner < 3:
                toks[owner].joins = True
                owner -= 1


# the people a body's name says it serves, written possessive inside it ("Children's Fund", "Women's Hospital", "People's
# Bank"): the possessive ends no name, unlike a company's or a person's ("Meta's AI unit")
_SERVED_GROUPS = frozenset({"children", "women", "men", "people", "veterans", "workers", "farmers", "fishermen",
                            "teachers", "nurses", "citizens", "consumers", "lawyers", "journalists", "writers"})
_SAINT = frozenset({"st", "st.", "saint"})


def _names_own_group(toks: list[Tok], i: int) -> bool:
    """The possessive word at ``i`` is a group a body's name serves, or a saint's name after "St" ("St Mary's
    Hospital")."""
    word = toks[i].text.lower()
    return word in _SERVED_GROUPS or (i > 0 and toks[i - 1].cap and toks[i - 1].text.lower() in _SAINT)


# the second syllable of a hyphenated given name ("Dong-hyun", "Ji-woo"), unlike "-backed" or "-based"
_NAME_SYLLABLE = re.compile(r"^(?!(?:led|run|era|like|made|born|wide|free|up|in|on|off|owned|based|backed|style)$)[a-z]{2,4}$")


def _split_word(word: str, brk_after: bool) -> tuple[list[str], bool]:
    """Drop possessive endings; split "<Org>-<Org>" and "<Org>/<Org>" in two and cut "<Org>-backed" to "<Org>"."""
    if word.endswith(_SUFFIXES):  # most words end with none of them (a possessive, "-nya")
        for suf in _SUFFIXES:
            if word.endswith(suf) and len(word) > len(suf):
                word = word[: -len(suf)]
                brk_after = True
    if _SPLITTER.search(word) is None:  # most words: none of the cuts below can apply
        return [word], brk_after
    left, dash, right = re.split(r"([–—])", word, maxsplit=1) if re.search(r"\w[–—]", word) else (word, "", "")
    if dash:  # "Airlines–yang": a dash written without spaces still ends the name before it
        return [left, right] if right else [left], True
    listing = _LISTING.fullmatch(word)
    if listing:
        return [listing.group(1)], brk_after  # "(US:KRLM)", "(NYSE:ABC)": the stock code, not the exchange, names the firm
    left, slash, right = word.partition("/")
    if slash and _CAP.match(left) and _CAP.match(right) and not _REFERENCE_NO.search(word):
        return [left, right], brk_after  # "Lantera Group/Kopitara Group", "Rina Sari/Wire": two names
    return _split_hyphenated(word, brk_after)


_LISTING = re.compile(r"[A-Z]{2,7}:([A-Z][A-Z0-9.]{0,5})")
# what each cut of ``_split_word`` needs: a dash, a listing's colon, a slash, a hyphen
_SPLITTER = re.compile(r"[–—:/-]")
_PARTICIPLE = re.compile(r"^(?:Owned|Run|Controlled|Held|Operated|Funded)$")  # capitalised: part of the name


def _split_hyphenated(word: str, brk_after: bool) -> tuple[list[str], bool]:
    if "-" not in word or word.startswith("-"):
        return [word], brk_after
    left, _, right = word.partition("-")
    if _CAP.match(left) and _PARTICIPLE.match(right):
        return [word], brk_after  # "State-Owned", "Family-Run": one word of a name ("State-Owned Enterprises")
    if _CAP.match(left) and right and _CAP.match(right):
        if len(left) <= 3 and not left.isupper():
            return [word], brk_after  # a brand written with a hyphen after a short syllable ("Go-Jek", "E-Tix")
        return [left, right], brk_after
    if _CAP.match(left) and right[:1].islower() and not _NAME_SYLLABLE.match(right):
        return [left], True
    return [word], brk_after


def _piece_toks(sent: str, pieces: list[str], start: int, brk_before: bool, brk_after: bool,
                initial: bool) -> list[Tok]:
    if len(pieces) == 1 and pieces[0]:  # most words: one piece, its own breaks
        return [_tok(sent, pieces[0], start, brk_before, brk_after, initial)]
    out = []
    pos = start
    last = len(pieces) - 1
    for i, p in enumerate(pieces):
        if not p:
            continue
        out.append(_tok(sent, p, pos, brk_before if i == 0 else True, brk_after if i == last else True, initial))
        pos = out[-1].end
    return out


def _tok(sent: str, piece: str, pos: int, brk_before: bool, brk_after: bool, initial: bool) -> Tok:
    """The token of ``piece``, found in ``sent`` from ``pos`` on."""
    s0 = sent.find(piece, pos)
    s0 = s0 if s0 >= 0 else pos
    # _CAP opens with an ASCII letter, so the piece has one; a reference number has a slash
    cap = _CAP.match(piece) is not None and ("/" not in piece or not _REFERENCE_NO.search(piece))
    return Tok(piece, s0, s0 + len(piece), cap, brk_before, brk_after, initial)


_FIGURE_OPENERS = "RMBT"


def _part_of_a_figure(sent: str, t: Tok) -> bool:
    """"Rp 15,8 T", "Rp 1,2 M": one capital letter after a figure is its scale, no name; nor is "Rs" before
    one ("Rs. 184 crore", rupees)."""
    core = t.text.rstrip(".")
    if core == "Rs":
        return bool(re.match(r"\.?\s?\d", sent[t.start + 2:t.start + 5]))
    return core in ("M", "B", "T") and bool(re.search(r"\d\s$", sent[max(0, t.start - 2):t.start]))


# degrees and specialists' titles as Indonesian names carry them: "Sp.A", "Sp.PD", "M.Kes", "S.H.", "M.Si", "Ph.D"
_DEGREE = re.compile(r"(?:Sp|[SMD]|Ph|Dr)\.[A-Z][A-Za-z]{0,3}(?:\.(?:[A-Z][a-z]{0,3})?)?\.?(?:\([A-Z]\))?|"
                     # written without dots: "SpPD", "SpOG", "MKes", "MSi"
                     r"Sp[A-Z][A-Za-z]{0,3}(?:\([A-Z]\))?|M(?:Kes|Si|Kom|Pd|Hum|Kn|Sc)")


_DAY_COUNT = re.compile(r"[HD][+-]\d{1,3}")


def is_junk_word(w: str) -> bool:
    """A single word that is never a name on its own: money, roman numerals, demonyms, function words."""
    if _MONEYTOK.match(w):
        return True
    lw = w.lower().strip(".")
    if _ROMAN.fullmatch(w) or lw in DEMONYMS or lw[:-1] in DEMONYMS and lw.endswith("s"):
        return True  # "kuartal III", "Norwegian", "Americans"
    if lw in ("no", "nr", "nos"):
        return True  # "the No. 1 carrier", "Nomor" shortened: a number's mark
    if _DEGREE.fullmatch(w):
        return True  # "dr. Ratna Dewi, Sp.A, M.Kes": a degree or a specialist's title written after a name
    if _DAY_COUNT.fullmatch(w):
        return True  # "H-7 Lebaran", "update H+4": days counted to or from a day, no name
    return lw in STOPWORDS or lw in TITLE_WORDS or (lw in GENERIC and not w.isupper() and len(w) > 3) or lw in GENERIC


# --------------------------------------------------------------------------- runs

def runs_in(sent: str, blocked: list[tuple[int, int]]) -> list[Span]:
    """(start, end, sentence_initial) spans of candidate names inside one sentence."""
    toks = _name_tokens(sent, blocked)
    _mark_joining_ands(toks)
    _join_listed_fields(sent, toks)
    out: list[Span] = []
    run: list[Tok] = []
    prev: Tok | None = None
    nexts: list[Tok | None] = [*toks[1:], None]  # the token after each one
    for t, nxt in zip(toks, nexts, strict=False):
        contiguous = bool(run) and _contiguous(prev, t, blocked)  # asked only of a token that may go on a run
        if t.cap and run and not contiguous:
            out += _pieces(sent, run)
            run = []
        if t.cap or (run and contiguous and _joins_run(run, t, nxt)):
            run.append(t)
        elif run:
            out += _pieces(sent, run)
            run = []
        prev = t
    if run:
        out += _pieces(sent, run)
    return out


def _name_tokens(sent: str, blocked: list[tuple[int, int]]) -> list[Tok]:
    """The sentence's tokens outside the blocked spans, less the parts of a figure ("Rp 15,8 T")."""
    # only a token opening with one of _FIGURE_OPENERS can be part of a figure
    return [t for t in tokenize(sent) if not (blocked and _inside(t.start, blocked))
            and not (t.text[:1] in _FIGURE_OPENERS and _part_of_a_figure(sent, t))]


def _mark_joining_ands(toks: list[Tok]) -> None:
    """An "and" between capitalised words that run on, all capitalised, to a body's last word joins one name."""
    for i, t in enumerate(toks):
        if t.text != "and" or not i or not toks[i - 1].cap or toks[i - 1].brk_after or t.brk_after:
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            if not toks[j].cap or (j > i + 1 and toks[j - 1].brk_after):
                break
            if toks[j].text.lower() in BODY_LAST_WORDS:
                t.joins = True
                break


def _join_listed_fields(sent: str, toks: list[Tok]) -> None:
    """A ministry's or a board's fields listed with commas and closed by "and" / "dan" are one name ("Ministry of
    Higher Education, Science and Technology", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"); a list
    of bodies ("Kementerian Keuangan, Bank Indonesia, dan OJK") or of people is no field of it."""
    for i, t in enumerate(toks):
        if t.cap and t.text.lower() in JOIN_HEADS and not t.brk_after:
            end = _listed_fields_end(sent, toks, i + 1)
            for k in range(i, end):
                toks[k].brk_after = toks[k + 1].brk_before = False
                toks[k + 1].joins = toks[k + 1].joins or not toks[k + 1].cap


def _listed_fields_end(sent: str, toks: list[Tok], j: int) -> int:
    """The index of the list's last word when fields listed after a head's first field (from ``j``) close with
    "and" / "dan" and one more field; ``j - 1`` (nothing to join) otherwise."""
    k, commas = j, 0
    while k < len(toks) and (toks[k].cap or toks[k].text == "of") and not toks[k - 1].brk_after:
        k += 1  # the head's first field, up to the first comma
    while k + 1 < len(toks) and _comma_between(sent, toks, k - 1):
        if _closes_list(toks, k):  # ", dan Teknologi": the list's close
            return _field_end(toks, k + 1) if commas else j - 1
        if not _a_field(toks[k]):
            return j - 1
        commas += 1
        k = _field_end(toks, k) + 1
        if k + 1 < len(toks) and _goes_on(toks, k - 1) and _closes_list(toks, k):
            return _field_end(toks, k + 1)  # "Science and Technology"
    return j - 1


def _closes_list(toks: list[Tok], k: int) -> bool:
    """"and" / "dan" at ``k`` and a field after it."""
    return toks[k].text in ("and", "dan") and _a_field(toks[k + 1])


def _comma_between(sent: str, toks: list[Tok], k: int) -> bool:
    return sent[toks[k].end:toks[k + 1].start].strip() == ","


def _goes_on(toks: list[Tok], k: int) -> bool:
    return not toks[k].brk_after and not toks[k + 1].brk_before


def _field_end(toks: list[Tok], k: int) -> int:
    """The last word of the field that opens at ``k``: up to three field words written on."""
    end = k
    while end + 1 < len(toks) and end - k < 2 and _goes_on(toks, end) and _field_word(toks[end + 1]):
        end += 1
    return end


def _a_field(t: Tok) -> bool:
    """A word that opens a ministry's field ("Science", "Kebudayaan", "Pembangunan")."""
    return _field_word(t) and t.text.lower() in MINISTRY_FIELDS


def _field_word(t: Tok) -> bool:
    """A word that may name a ministry's field: capitalised, no short form, no body's head, no place, no given name."""
    low = t.text.lower()
    return t.cap and not t.text.isupper() and low not in ORG_PREFIX and low not in BODY_LAST_WORDS \
        and low not in FIRST_NAMES and low not in CORP_GENERIC and low not in PLACES and low not in DEMONYMS


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and any(a <= pos < b for a, b in spans)  # most sentences have nothing blocked


def _contiguous(prev: Tok | None, t: Tok, blocked: list[tuple[int, int]]) -> bool:
    return prev is not None and not prev.brk_after and not t.brk_before and \
        not (blocked and any(prev.end <= a < t.start for a, _ in blocked))


def _joins_run(run: list[Tok], t: Tok, nxt: Tok | None) -> bool:
    """A lower-case token that continues a capitalised run."""
    if t.text.isdigit() and len(t.text) <= 2 and len(run) == 1:
        t.brk_after = True  # a short number ends a one-word name ("<Model> 4")
        return True
    if nxt is None or not nxt.cap:
        return False
    return any(rule(run, t) for rule in _JOINERS)


def _joins_by_of(run: list[Tok], t: Tok) -> bool:
    return t.text == "of" and run[-1].text.lower() in OF_HEADS


def _joins_by_particle(run: list[Tok], t: Tok) -> bool:
    return len(run) == 1 and t.text in _PARTICLES and not t.brk_after  # "de", "van der", "bin"


def _joins_by_and(run: list[Tok], t: Tok) -> bool:
    head = _run_head(run)
    # a body's name runs over "and" between its fields
    return not t.brk_after and (t.text == "&" or t.joins or (
        t.text in ("dan", "and") and (head.text.lower() in JOIN_HEADS or _english_body_of(run, head))
        and not _person_after_head(run, head)))


# a short form in capitals in brackets just after a run
_SHORT_FORM_NEXT = re.compile(r"\s*\([A-Z]{2,8}\)")


def _english_body_of(run: list[Tok], head: Tok) -> bool:
    """An English body's head and "of" ("Center of Coastal Studies and Marine Hazard Mitigation"): its fields may be
    joined by "and", as after a head that always joins them ("Kementerian", "Ministry": ``JOIN_HEADS``)."""
    return head.text.lower() in OF_HEADS and any(t.text == "of" for t in run)


def _person_after_head(run: list[Tok], head: Tok) -> bool:
    """A given name right after the head ("Kepala Dinas Budi Hartono dan ..."): a post's holder, no office's field."""
    after = run[run.index(head) + 1:]
    return bool(after) and after[0].text.lower() in FIRST_NAMES


# each rule is asked only when the token after ``t`` is capitalised
_JOINERS: tuple[Callable[[list[Tok], Tok], bool], ...] = (_joins_by_of, _joins_by_particle, _joins_by_and)


# --------------------------------------------------------------------------- pieces

# a parliament's numbered commission ("Komisi XI DPR RI"): its number is no pronoun "I", nor a name's end
_COMMISSION = re.compile(r"\bKomisi\s+[IVX]{1,4}\s+DPR(?:D(?:\s+[A-Z][\w-]*)?)?(?:\s+RI)?\b")


# a body's regional or branch office, or its headquarters, before the body's name is no name of its own: "Kantor
# Wilayah IV KPPU" is KPPU's, "Markas Polda Kalteng" the Polda's
_OFFICE_OF = re.compile(r"(?:Kantor\s+(?:Wilayah|Perwakilan|Cabang)|Kanwil|Markas(?:\s+Besar)?)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?\s+(?=[A-Z])")


def _pieces(sent: str, run: list[Tok]) -> list[Span]:
    """Cut one run into candidate names; a company's name ends at its legal form ("PT X Tbk Maria ...")."""
    cut = _cut_before_naming(sent, run)
    if cut is not None:
        return cut
    if gazetteer_kind(sent[run[0].start: run[-1].end]):
        return [(run[0].start, run[-1].end, run[0].initial)]
    whole = _headed_name(run, sent) or _legal_name(run)
    if whole:
        return [whole]
    out = []
    for g in _split_groups(run):
        g = _trim_group(g)
        if not g:
            continue
        for p in _split_known_then_person(sent, g):
            text = sent[p[0].start: p[-1].end]
            if len(text) < 2 or text.isdigit():
                continue
            out.append((p[0].start, p[-1].end, p[0].initial or p[0] is run[0] and run[0].initial))
    return out


# a post ending "of Police" before its holder's name: "Inspector-General of Police X", "Superintendent of Police X"
_POST_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS)) + r")\s+of\s+$", re.I)


def _cut_before_naming(sent: str, run: list[Tok]) -> list[Span] | None:
    """The run's pieces when it is cut before its words are read as names: a body's office opening it, the end
    of a post before its holder's name, a DPR commission inside it, a company's name ending inside it; None when
    none is."""
    office = _OFFICE_OF.match(sent, run[0].start)
    if office is not None and (rest := [t for t in run if t.start >= office.end()]):
        return _pieces(sent, rest)
    if len(run) >= 3 and run[0].text == "Police" and _POST_OF_BEFORE.search(sent, max(0, run[0].start - 40), run[0].start):
        return _pieces(sent, run[1:])
    body = _COMMISSION.search(sent, run[0].start, run[-1].end)
    if body is not None:
        return _around_a_body(sent, run, body.start(), body.end())
    end = next((k for k in range(len(run) - 1) if _ends_company(run, k)), None)
    if end is not None:
        return _pieces(sent, run[: end + 1]) + _pieces(sent, run[end + 1:])
    return None


def _around_a_body(sent: str, run: list[Tok], start: int, end: int) -> list[Span]:
    """The run's pieces before a body's name, the name whole, then the pieces after it."""
    before = [t for t in run if t.end <= start]
    after = [t for t in run if t.start >= end]
    return (_pieces(sent, before) if before else []) + [(start, end, run[0].initial and not before)] + \
        (_pieces(sent, after) if after else [])


def _ends_company(run: list[Tok], k: int) -> bool:
    """A company's name ends at "Tbk", or at a corporate word that two or three plain capitalised words
    follow, a person's name ("Kopitara Group Dimas Prayoga")."""
    word = run[k].text.strip(".,").lower()
    rest = run[k + 1:]
    plain = 2 <= len(rest) <= 3 and all(t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha() for t in rest)
    return word == "tbk" or (k > 0 and word in CORP_GENERIC and plain)


def _headed_name(run: list[Tok], sent: str) -> Span | None:
    """A legal-form or ministry head keeps the whole run as one name, generic words and all ("PT ...
    Tbk", "Kementerian ... dan ..."; an English body's "Center of ... and ..." where its short form follows in brackets,
    as the whole name's); the "PT" itself is not part of the name, nor a word before the head."""
    run = run[run.index(_run_head(run)):]
    head = run[0].text.lower().strip(".")
    if len(run) < 2 or not (head in LEGAL_HEADS or head in JOIN_HEADS
                            or _english_body_of(run, run[0]) and _SHORT_FORM_NEXT.match(sent, run[-1].end)):
        return None
    if any(not _inside_headed_name(run, k) for k in range(1, len(run))) or _second_name_after_and(run):
        return None
    first = run[1] if head in LEGAL_HEADS else run[0]
    return (first.start, run[-1].end, run[0].initial and head not in LEGAL_HEADS)


# the legal forms written before an Indonesian firm's name: a limited company, a limited partnership ("CV"), a sole
# trader ("UD"), a state public corporation ("Perum"); none is part of the name
LEGAL_HEADS = frozenset({"pt", "cv", "ud", "perum"})


# legal forms that end a company's name in English-language copy
_LEGAL_END = (LEGAL_FORMS - {"pt", "persero", "tbk"} - STATE_FIRM_FORMS) | {"lp", "l.p", "sa", "ag", "nv"}
_ARTICLES = frozenset({"the", "a", "an"})


def _legal_name(run: list[Tok]) -> Span | None:
    """A run that ends in a legal form is one company's name, whatever words it holds ("General Motors Co",
    "First Lantera Inc", "Standard Kopi L.P."); a leading article is not part of it."""
    while run and run[0].text.lower() in _ARTICLES:
        run = run[1:]
    if len(run) < 2 or run[-1].text.lower().rstrip(".") not in _LEGAL_END or any(t.brk_after for t in run[:-1]):
        return None
    if any(t.text.lower() in TITLE_WORDS and t.text.lower() != "general" for t in run[:-1]):
        return None  # "Chief Executive Officer Rina Apple Inc" is a post and a name, not one name
    return (run[0].start, run[-1].end, run[0].initial)


def _run_head(run: list[Tok]) -> Tok:
    """The run's first word that can open a name ("The Ministry ...", "Kemarin Kementerian ...")."""
    return next((t for t in run if t.text.lower() not in STOPWORDS), run[0])


def _inside_headed_name(run: list[Tok], k: int) -> bool:
    """Whether token ``k`` can belong to the institution name ``run`` opens. A title word ends it ("...
    Keuangan Direktur Jenderal ..."), except right after the head ("Badan Pengawas Obat dan Makanan"),
    and so does a function word, except a capitalised one after "dan" ("... Energi dan Sumber Daya")."""
    word, before = run[k].text, run[k - 1].text
    if word in ("dan", "and", "of"):
        return True
    if _MONEYTOK.match(word) or word.lower().rstrip(".") in ("rp", "us$", "usd", "idr"):
        return False  # "PT Sinar Laut Rp15,24 miliar": the figure after the name is no part of it
    if word.lower() in TITLE_WORDS:
        return k == 1 and run[0].text.lower() != "pt"
    return word.lower() not in STOPWORDS or (before in ("dan", "and") and word[:1].isupper()) or _ministry_field(run, k)


def _ministry_field(run: list[Tok], k: int) -> bool:
    """"Kementerian Dalam Negeri", "Menteri Dalam Negeri": a ministry's field is no function word, whatever else it may be."""
    word = run[k].text
    return word[:1].isupper() and word.lower() in MINISTRY_NAME_WORDS and any(t.text.lower() in _MINISTRY_OR_MINISTER
                                                                              for t in run[:k])


_COMPANY_OR_BODY_HEADS = ORG_PREFIX | JOIN_HEADS  # joined once, not for each word tested
_MINISTRY_OR_MINISTER = MINISTRY_HEADS | {"menteri"}


def _second_name_after_and(run: list[Tok]) -> bool:
    """"Kementerian Keuangan dan Bank Indonesia", "the Ministry of Finance and Johnson & Johnson": what
    follows the conjunction opens a name of its own."""
    for k, t in enumerate(run[:-1]):
        if t.text in ("dan", "and"):
            after = run[k + 1:]
            if after[0].text.lower().strip(".") in _COMPANY_OR_BODY_HEADS or after[0].text.lower() in FIRST_NAMES \
                    or any(x.text == "&" for x in after):
                return True
    return False


def _splits(t: Tok, group: list[Tok]) -> bool:
    """The token separates names: money, a function word, a title, or a generic word (except a
    corporate word or a body's last word after a name, as in "... Group", "... Labs", "... Safety Board")."""
    if t.text in ("&", "of") or t.joins:
        return False
    lw = t.text.lower().strip(".")
    return bool(_MONEYTOK.match(t.text)) or lw in STOPWORDS or lw in TITLE_WORDS or (
        lw in GENERIC and not (group and (lw in ORG_SUFFIX or lw in CORP_GENERIC or lw in BODY_LAST_WORDS)))


def _split_groups(run: list[Tok]) -> list[list[Tok]]:
    groups: list[list[Tok]] = [[]]
    for k, t in enumerate(run):
        if opens_balinese_name(run, k) or _opens_with_initials(run, k):
            groups.append([t])  # "Segara Dewata I Gusti Ngurah ...", "Kencana Niaga R A Sari": a company, then a person
        elif _an_initial_of(groups[-1], run, k) or _common_word_inside_a_name(groups[-1], run, k) or _word_opening_a_company(run, k):
            groups[-1].append(t)
        elif (_splits(t, groups[-1]) and not (k == 0 and _first_word_of_company(run))) or (k > 0 and _rank_goes_on(run[k - 1], t)):
            groups.append([])
        else:
            groups[-1].append(t)
    return groups


# Indonesian month names are given names too ("Sinta Mei Lestari", "Agus Juli Hartono"); the pronouns "kita" and "kami"
# are words of company and brand names ("PT Rumah Kita Sejahtera")
_WORDS_INSIDE_NAMES = frozenset({"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
                                 "oktober", "november", "desember", "kita", "kami"})
# given names that are common words too ("Benedictus Hari Wijanarko": "hari" is a day): inside a name, a name's word
_GIVEN_NAMES_ALSO_WORDS = frozenset(FIRST_NAMES & STOPWORDS) - {"dan"}


def _word_opening_a_company(run: list[Tok], k: int) -> bool:
    """"PT Nyonya Sehati", "PT Bapak Tani", "PT Sumber Makmur": after a legal form an honorific opens the company's
    name, no person's, and a common word written capitalised ("sumber", "source", stops other names) opens it too."""
    word = run[k].text
    common = word.lower() in _HONORIFICS or word.lower() in STOPWORDS and word[:1].isupper() and word[1:].islower()
    return 0 < k < len(run) - 1 and run[k - 1].text in ("PT", "CV") and common and not run[k].brk_after


_HONORIFICS = frozenset({"nyonya", "tuan", "bapak", "ibu", "pak", "bu", "mister", "madam"})


def _common_word_inside_a_name(group: list[Tok], run: list[Tok], k: int) -> bool:
    """``run[k]`` is a month's name (no date, which writes a number beside it), a pronoun or a given name that is a
    common word too between two plain words of a name."""
    word = run[k].text.lower()
    if not group or k + 1 >= len(run) or word not in _WORDS_INSIDE_NAMES and word not in _GIVEN_NAMES_ALSO_WORDS \
            or run[k].brk_after:
        return False
    prev, nxt = group[-1].text, run[k + 1].text
    plain = all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in (prev, nxt))
    return plain and not any(w.lower() in GENERIC or w.lower() in STOPWORDS for w in (prev, nxt))


def _an_initial_of(group: list[Tok], run: list[Tok], k: int) -> bool:
    """``run[k]`` is an initial of the name ``group`` holds: a second initial ("A" is no article here), or a
    middle initial with its stop before more of the name ("Brian A. Tsuchida")."""
    if not group:
        return False
    text = run[k].text
    if all(MIDDLE_INITIAL.match(x.text) for x in group) and MIDDLE_INITIAL.match(text):
        return True
    return len(text) == 2 and text[0].isupper() and text[1] == "." and k + 1 < len(run)


def _first_word_of_company(run: list[Tok]) -> bool:
    """A common word written capitalised inside a sentence opens a company's name that a corporate word closes
    ("..., Musim Mas Group, and ...": "musim" is "season" and opens sentences, not names)."""
    first, last = run[0], run[-1].text.strip(".,").lower()
    return len(run) >= 3 and not first.initial and first.text.isalpha() and first.text[1:].islower() \
        and (last in ORG_SUFFIX or last in CORP_GENERIC)


_RANK_HEADS = frozenset({"komisaris", "brigadir", "inspektur", "ajun", "besar", "jenderal", "marsekal", "laksamana", "letnan",
                         "mayor", "madya", "muda", "pertama"})


def _rank_goes_on(prev: Tok, t: Tok) -> bool:
    """A police or military rank written out goes on past its title word ("Komisaris Besar (Polisi) X",
    "Brigadir Jenderal X", "Marsekal Madya TNI X"): the rank's other words are no part of the name."""
    return t.text in ("Besar", "Jenderal", "Polisi", "Madya", "Muda", "Pertama", "TNI") and prev.text.lower() in _RANK_HEADS


def _opens_with_initials(run: list[Tok], k: int) -> bool:
    """Two initials and a name word ("R A Sekarwangi", "K. H. Salim"): a person's name opens at ``k``; one
    initial alone is a middle initial ("Budi S. Hartono")."""
    return k + 2 < len(run) and all(MIDDLE_INITIAL.match(x.text) for x in run[k:k + 2]) \
        and (k == 0 or not MIDDLE_INITIAL.match(run[k - 1].text)) and len(run[k + 2].text) > 1


def opens_balinese_name(run: list[Tok], k: int) -> bool:
    """"I" or "Ni" before a Balinese birth-order or caste name opens a person's name; so does a Sasak noble title
    inside a sentence ("dr. Lalu Budi Hartawan", "Baiq Sri Wahyuni": a word that is also "then")."""
    if run[k].text in ("Lalu", "Baiq") and not run[k].initial and not run[k].brk_after and k + 2 < len(run):
        return all(t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha() for t in run[k + 1:k + 3])
    return run[k].text in ("I", "Ni") and k + 1 < len(run) and not run[k].brk_after \
        and run[k + 1].text.lower() in BALINESE_NAME_WORDS


# an amount's scale written capitalised ("Rp5 Triliun Budi Santoso", "$2 Billion Deal") opens no name
_SCALE_WORDS = frozenset({"ribu", "juta", "miliar", "milyar", "triliun", "thousand", "million", "billion", "trillion",
                          "kuadriliun", "quadrillion"})


def _trim_group(g: list[Tok]) -> list[Tok]:
    """Drop a leading "of", scale word or demonym and a trailing "of"."""
    while g and (g[0].text in ("of",) or g[0].text.lower() in _SCALE_WORDS
                 or g[0].text.lower() in DEMONYMS and len(g) > 1 and not _known_from_start(g)):
        g = g[1:]
    while g and g[-1].text == "of":
        g = g[:-1]
    return g


def _known_from_start(g: list[Tok]) -> bool:
    """The words from the first on make a well-known name ("European Union", "European Central Bank")."""
    return any(" ".join(t.text for t in g[:n]).lower() in ORGS for n in range(2, len(g) + 1))


_DEMONYM_BEFORE = re.compile(r"\b(" + "|".join(w.capitalize() for w in sorted(DEMONYMS)) + r")\s+$")


def with_demonym(cands: list[Cand], sents: list, text: str) -> list[Cand]:
    """A demonym is cut off a name ("Malaysian Permata Healthcare"), except where the article never writes
    the rest without it: then it is the name's first word ("Korean Lantern", twice or more, and never
    "Lantern" alone)."""
    out = []
    for c in cands:
        s = sents[c.sent]
        at = c.start - s.start
        m = _DEMONYM_BEFORE.search(s.text[max(0, at - 16):at])
        if m and _always_after(text, m.group(1), c.text):
            c = Cand(f"{m.group(1)} {c.text}", c.passage, c.start - len(m.group(0)), c.end, c.initial or at == len(m.group(0)),
                     c.appos, c.sent)
        out.append(c)
    return out


# "'s" ending a word, straight or curly
_OWNED_BY = re.compile(r"['’]s(?!\w)")


def with_possessive_brand(cands: list[Cand], sents: list, text: str) -> list[Cand]:
    """A one-word name the article writes twice or more, always with "'s" ("Kohl's", "Moody's", "Lowe's"), not
    in capitals, keeps it: the mark is the brand's, not an owner's; so do the capitalised words after it, where the
    article writes them together twice ("Boar's Head")."""
    out: list[Cand] = []
    taken: set[int] = set()  # candidates joined to the brand before them
    for k, c in enumerate(cands):
        if k in taken:
            continue
        s = sents[c.sent]
        end = c.end - s.start
        owned = _OWNED_BY.match(s.text, end)
        # a short form in capitals is an owner ("NGD's parent company"): brands are written in words
        if owned and " " not in c.text and not c.text.isupper() and not gazetteer_kind(c.text) and _only_owned(text, c.text):
            brand = c.text + owned.group(0) + _written_with(text, c.text + owned.group(0), s.text[end + 2:])
            c = Cand(brand, c.passage, c.start, c.start + len(brand), c.initial, c.appos, c.sent)
            taken.update(j for j in range(k + 1, len(cands)) if cands[j].sent == c.sent and cands[j].start < c.end)
        out.append(c)
    return out


_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][\w&-]*){1,3}")


def _written_with(text: str, brand: str, after: str) -> str:
    """The capitalised words after ``brand`` (up to three) that the article writes with it twice or more."""
    words = _CAPITALISED_AFTER.match(after)
    run = words.group(0) if words else ""
    while run and text.count(brand + run) < 2:
        run = run[:run.rfind(" ")]
    return run


def _only_owned(text: str, word: str) -> bool:
    found = [m.end() for m in re.finditer(r"(?<![\w'’])" + re.escape(word) + r"(?![\w])", text)]
    return len(found) >= 2 and all(_OWNED_BY.match(text, x) for x in found)


def _always_after(text: str, demonym: str, name: str) -> bool:
    found = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
    after = [x for x in found if text[max(0, x - len(demonym) - 1):x] == demonym + " "]
    return len(found) >= 2 and len(after) == len(found)


_NAME_ENDING_WORDS = GENERIC | ORG_SUFFIX | BODY_LAST_WORDS  # joined once, not for each group tested


def _body_then_name(g: list[Tok]) -> bool:
    """A national body's short form, then plain words: one to three of a name ("Kejagung Kuntadi"), but not one
    word that bodies' names end with ("OJK Institute")."""
    plain = 1 <= len(g) - 1 <= 3 and all(t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha() for t in g[1:])
    lone = len(g) == 2 and g[1].text.lower() not in _NAME_ENDING_WORDS
    body = g[0].text.lower() in NATIONAL_SHORT_FORMS or _MINISTRY_SHORT.fullmatch(g[0].text) is not None
    return plain and (len(g) > 2 or lone) and body


# a ministry by its syllables ("Kemenperin", "Kemnaker", "Kemenkeu", "Kominfo"), not the word "Kementerian"
_MINISTRY_SHORT = re.compile(r"(?!Kementerian)Kem(?:en)?[a-z]{3,}|Kom(?:info|digi)")


def _split_known_then_person(sent: str, g: list[Tok]) -> list[list[Tok]]:
    """A known name directly followed by a person's name ("<Org> <First> <Last>") is two names."""
    split_at = None
    for k in range(1, len(g)):
        tail = g[k:]
        if gazetteer_kind(sent[g[0].start: g[k - 1].end]) and 2 <= len(tail) <= 3 and tail[0].text.lower() in FIRST_NAMES:
            split_at = k
    if split_at is None and _body_then_name(g):
        split_at = 1  # "Kejagung Dimas Prayoga": a national body by its short form, then a name
    if split_at is None and _NATIONALITY_BEFORE.search(sent, 0, g[0].start):
        split_at = _place_then_plain_words(sent, g)
    if split_at is None and len(g) >= 3 and _person_noun_before(sent[max(0, g[0].start - 60):g[0].start]):
        split_at = _place_then_name(sent, g)
    return [g[:split_at], g[split_at:]] if split_at else [g]


def _person_noun_before(before: str) -> bool:
    """``before`` (what comes before a run) ends with a person's noun, up to two lower-case words after it
    ("pemimpin sayap kanan", "kata politisi", ``PERSON_NOUNS``)."""
    words = before.split()[-3:]
    return any(w.lower() in PERSON_NOUNS and all(x.isalpha() and x.islower() for x in words[k + 1:])
               for k, w in enumerate(words))


def _place_then_name(sent: str, g: list[Tok]) -> int | None:
    """Where a person's name begins after the place a run opens with, written after a person's noun ("politisi
    Prancis Marine Le Pen", "pengusaha Medan Budi Hartono"): the plain words after the place
    (``_place_then_plain_words``), two or three, not ending with a word bodies' names end with nor opening with one
    firms' names open with, in a run the gazetteer does not know whole."""
    if gazetteer_kind(sent[g[0].start: g[-1].end]):
        return None
    k = _place_then_plain_words(sent, g)
    tail = g[k:] if k else []
    named = len(tail) >= 2 and tail[-1].text.lower() not in _NAME_ENDING_WORDS and tail[0].text.lower() not in ORG_PREFIX
    return k if named and not gazetteer_kind(sent[tail[0].start: tail[-1].end]) else None


# the words before a person's nationality in Indonesian copy ("warga negara Teluk Biru Arkan Halimun", "WNA asal ...")
_NATIONALITY_BEFORE = re.compile(r"\b(?:warga\s*negara|berkewarganegaraan|(?-i:WNA?))(?:\s+asal)?\s+$", re.I)


def _place_then_plain_words(sent: str, g: list[Tok]) -> int | None:
    """Where one to three plain words begin after the place a run opens with (the longest the gazetteer knows): the
    name of the person after the country of a nationality, whose name, being from abroad, may be no given name the
    lexicon knows."""
    for k in range(min(len(g) - 1, 3), 0, -1):  # the longest place first ("Korea Selatan", not "Korea")
        tail = g[k:]
        plain = all(t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha() for t in tail)
        if known_place(sent[g[0].start: g[k - 1].end]) and 1 <= len(tail) <= 3 and plain:
            return k
    return None
