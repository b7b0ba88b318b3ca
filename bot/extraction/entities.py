"""Entity discovery, kinds and alias merging within one article.

Capitalised runs are read from body sentences (never headings), cut at titles, function words,
months and punctuation, and accepted only with evidence: a gazetteer entry, a mid-sentence
occurrence, a role or speech pattern, an org suffix, or an apposition ("Handshake, pesaing lain").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicons import (
    COMMON_NOUNS,
    CORP_GENERIC,
    DEMONYMS,
    FIRST_NAMES,
    GENERIC,
    MEDIA,
    OF_HEADS,
    ORG_DESCRIPTORS,
    ORG_PREFIX,
    ORG_SUFFIX,
    ORG_WORDS,
    ORGS,
    PLACE_WORDS,
    PLACES,
    PRODUCTS,
    STOPWORDS,
    TITLE_WORDS,
)

_TOKEN = re.compile(r"\S+")
_LEAD = "\"“”‘’'([{*–—-•·|"
_TRAIL = ",.;:!?\"“”’‘)]}*–—|"
_KEEP_DOT = {"inc.", "corp.", "co.", "ltd.", "jr.", "u.s."}
_CAP = re.compile(r"^(?:[A-Z]|[a-z]{1,2}[A-Z])")
_APPOS = re.compile(
    r"^\s*,\s+(?:(?:yang|who|which|a|an|the|sebuah|salah\s+satu)\b|(?:" + "|".join(sorted(ORG_DESCRIPTORS)) + r")\b)",
    re.I,
)


_PRODUCT_BEFORE = re.compile(
    r"\b(?:model(?:\s+bahasa)?|aplikasi|app|application|layanan|produk|product|chip|fitur|feature|perangkat|device|"
    r"ponsel|smartphone|chatbot|asisten|assistant|software|perangkat\s+lunak|tool)"
    r"(?:\s+(?:baru|new|AI|bernama|called|named|dubbed|dinamai|dijuluki)|,\s+(?:called|named|dubbed|bernama))*\s+$", re.I)
_DESC_AFTER = re.compile(
    r"^\s*,\s+(?:(?:a|an|the|sebuah|salah\s+satu)\s+)?(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(ORG_DESCRIPTORS)) + r")\b", re.I)


@dataclass
class Tok:
    text: str
    start: int
    end: int
    cap: bool
    brk_before: bool
    brk_after: bool
    initial: bool = False


def tokenize(sent: str) -> list[Tok]:
    toks: list[Tok] = []
    first = True
    for m in _TOKEN.finditer(sent):
        raw, a = m.group(0), m.start()
        core = raw.lstrip(_LEAD)
        lead = len(raw) - len(core)
        b_before = lead > 0
        core2 = core
        if core2.lower() not in _KEEP_DOT:
            core2 = core2.rstrip(_TRAIL)
        b_after = len(core2) < len(core)
        start = a + lead
        if not core2:
            if toks:
                toks[-1].brk_after = True
            first = first or bool(re.match(r"^[–—-]+$", raw))
            continue
        pieces: list[str] = [core2]
        # possessive and Indonesian -nya
        for suf in ("’s", "'s", "-nya", "-Nya"):
            if pieces[0].endswith(suf) and len(pieces[0]) > len(suf):
                pieces[0] = pieces[0][: -len(suf)]
                b_after = True
        w = pieces[0]
        if "-" in w and not w.startswith("-"):
            left, _, right = w.partition("-")
            if _CAP.match(left) and right and _CAP.match(right):
                pieces = [left, right]
            elif _CAP.match(left) and right[:1].islower():
                pieces = [left]
                b_after = True
        pos = start
        for i, p in enumerate(pieces):
            if not p:
                continue
            s0 = sent.find(p, pos)
            s0 = s0 if s0 >= 0 else pos
            t = Tok(p, s0, s0 + len(p), bool(_CAP.match(p)) and any(c.isalpha() for c in p),
                    b_before if i == 0 else True, b_after if i == len(pieces) - 1 else True, first or (b_before and raw[:1] in "“\"‘'–—-"))
            toks.append(t)
            pos = s0 + len(p)
        first = False
    return toks


_NONALNUM = re.compile(r"[^0-9a-z]")


def norm_key(name: str) -> str:
    return _NONALNUM.sub("", name.lower())


_GAZ_EXACT: dict[str, tuple[str, str]] = {}
_GAZ_KEY: dict[str, tuple[str, str]] = {}
for _table, _kind in ((PLACES, "place"), (ORGS, "org"), (PRODUCTS, "product"), (MEDIA, "media")):
    for _low, _name in _table.items():
        _GAZ_EXACT[_low] = (_name, _kind)
        if _kind != "place" and len(norm_key(_name)) > 3:
            _GAZ_KEY[norm_key(_name)] = (_name, _kind)


@lru_cache(maxsize=65536)
def gazetteer_kind(name: str) -> tuple[str, str] | None:
    return _GAZ_EXACT.get(name.lower()) or _GAZ_KEY.get(norm_key(name))


@dataclass
class Cand:
    text: str
    passage: int
    start: int  # offset in passage
    end: int
    initial: bool
    appos: bool
    sent: int


_MONEYTOK = re.compile(r"^(?:Rp|US\$|S\$|RM|IDR|USD|EUR|SGD)\.?\d", re.I)


def _is_junk_word(w: str) -> bool:
    if _MONEYTOK.match(w):
        return True
    lw = w.lower().strip(".")
    if re.fullmatch(r"[IVX]{1,4}", w) or lw in DEMONYMS:
        return True  # "kuartal III", "Norwegian"
    return lw in STOPWORDS or lw in TITLE_WORDS or (lw in GENERIC and not w.isupper() and len(w) > 3) or lw in GENERIC


def runs_in(sent: str, blocked: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, sentence_initial) spans of candidate names inside one sentence."""
    toks = [t for t in tokenize(sent) if not any(a <= t.start < b for a, b in blocked)]
    out: list[tuple[int, int, bool]] = []
    run: list[Tok] = []

    def flush() -> None:
        if run:
            out.extend(_pieces(sent, run))
        run.clear()

    prev: Tok | None = None
    for i, t in enumerate(toks):
        contiguous = prev is not None and not prev.brk_after and not t.brk_before and \
            not any(prev.end <= a < t.start for a, _ in blocked)
        if t.cap:
            if run and not contiguous:
                flush()
            run.append(t)
        elif run and contiguous and t.text.isdigit() and len(t.text) <= 2 and len(run) == 1:
            run.append(t)
            t.brk_after = True
        elif run and contiguous and t.text == "of" and run[-1].text.lower() in OF_HEADS and \
                i + 1 < len(toks) and toks[i + 1].cap:
            run.append(t)
        elif run and contiguous and len(run) == 1 and t.text in _PARTICLES and i + 1 < len(toks) and toks[i + 1].cap \
                and not t.brk_after:
            run.append(t)  # "Pieter de Vries", "Ursula von der Leyen"
        elif run and contiguous and i + 1 < len(toks) and toks[i + 1].cap and not t.brk_after and (
                t.text == "&" or (t.text in ("dan", "and") and run[0].text.lower() in _JOIN_HEADS)):
            run.append(t)
        else:
            flush()
        prev = t
    flush()
    return out


_PARTICLES = frozenset({"de", "van", "von", "der", "den", "del", "della", "da", "dos", "du", "bin", "binti"})
_JOIN_HEADS = frozenset({"kementerian", "ministry", "departemen", "department", "badan", "komisi", "dewan"})


def _pieces(sent: str, run: list[Tok]) -> list[tuple[int, int, bool]]:
    full = sent[run[0].start: run[-1].end]
    if gazetteer_kind(full):
        return [(run[0].start, run[-1].end, run[0].initial)]
    # "PT Data Cakra Mandiri Tbk", "Kementerian Komunikasi dan Digital": a legal-form or ministry head keeps
    # the whole run as one name (generic words like "Data", "Digital" do not split it)
    head = run[0].text.lower().strip(".")
    if len(run) >= 2 and (head == "pt" or head in _JOIN_HEADS) and not any(
            t.text.lower() in STOPWORDS and t.text not in ("dan", "and") or t.text.lower() in TITLE_WORDS for t in run[1:]):
        first = run[1] if head == "pt" else run[0]
        return [(first.start, run[-1].end, run[0].initial and head != "pt")]
    groups: list[list[Tok]] = [[]]
    for t in run:
        lw = t.text.lower().strip(".")
        splitter = bool(_MONEYTOK.match(t.text)) or lw in STOPWORDS or lw in TITLE_WORDS or (
            lw in GENERIC and not (groups[-1] and (lw in ORG_SUFFIX or lw in CORP_GENERIC)))
        if t.text == "&":
            splitter = False
        if splitter and t.text != "of":
            groups.append([])
            continue
        groups[-1].append(t)
    out = []
    for g in groups:
        while g and (g[0].text == "of" or g[0].text.lower() in DEMONYMS and len(g) > 1):
            g = g[1:]
        while g and g[-1].text == "of":
            g = g[:-1]
        if not g:
            continue
        # a known name followed by a person name: "OpenAI Sarah Friar"
        split_at = None
        for k in range(1, len(g)):
            head = sent[g[0].start: g[k - 1].end]
            tail = g[k:]
            if gazetteer_kind(head) and 2 <= len(tail) <= 3 and tail[0].text.lower() in FIRST_NAMES:
                split_at = k
        parts = [g[:split_at], g[split_at:]] if split_at else [g]
        for p in parts:
            text = sent[p[0].start: p[-1].end]
            if len(text) < 2 or text.isdigit():
                continue
            out.append((p[0].start, p[-1].end, p[0].initial or p[0] is run[0] and run[0].initial))
    return out


@dataclass
class EntityTable:
    """Accepted names of one article: surface form -> canonical, canonical -> kind and aliases."""

    canon: dict[str, str] = field(default_factory=dict)  # surface -> canonical
    kinds: dict[str, str] = field(default_factory=dict)  # canonical -> kind
    aliases: dict[str, set[str]] = field(default_factory=dict)

    def resolve(self, surface: str | None) -> str | None:
        if not surface:
            return None
        s = re.sub(r"(’s|'s)$", "", surface.strip().strip(".,"))
        s = re.sub(r"^PT\.?\s+(?=[A-Z])", "", s)
        if s in self.canon:
            return self.canon[s]
        k = norm_key(s)
        for sf, c in self.canon.items():
            if norm_key(sf) == k:
                return c
        # longest known prefix ("Scale AI. Dilansir", "Halcyon Data Inc")
        best = None
        for sf, c in self.canon.items():
            if (s.startswith(sf + " ") or s.startswith(sf + ".")) and (best is None or len(sf) > len(best[0])):
                best = (sf, c)
        if best:
            return best[1]
        # "Data Cakra" for "Data Cakra Mandiri": the start of exactly one longer known name
        longer = {c for sf, c in self.canon.items() if sf.startswith(s + " ") and len(s) >= 4}
        return longer.pop() if len(longer) == 1 else None


def build_table(cands: list[Cand], person_hints: set[str], org_hints: set[str], media_hints: set[str],
                sentences: list[str]) -> EntityTable:
    by_text: dict[str, list[Cand]] = defaultdict(list)
    for c in cands:
        by_text[c.text].append(c)
    mid = Counter(c.text for c in cands if not c.initial)
    mid_keys = {norm_key(t) for t in mid}
    hint_keys = {norm_key(h) for h in person_hints | org_hints | media_hints}

    def confirmed(text: str) -> bool:
        k = norm_key(text)
        return bool(gazetteer_kind(text)) or k in mid_keys or k in hint_keys

    lower_words = {w for sent in sentences for w in re.findall(r"(?<![\w-])[a-z]{3,}(?![\w-])", sent)}
    accepted: Counter[str] = Counter()
    for text, cs in by_text.items():
        toks = text.split()
        if len(toks) == 1 and _is_junk_word(text):
            continue
        # "Lintas AI Bayu Pratama": a known name glued to a person named by a role pattern
        glued = next((p for p in person_hints if text.endswith(" " + p) and len(p) < len(text)), None)
        if glued:
            pre = text[: -len(glued) - 1]
            if confirmed(pre) or pre in by_text:
                accepted[pre] += len(cs)
                accepted[glued] += len(cs)
                continue
        if confirmed(text):
            accepted[text] += len(cs)
            continue
        if len(toks) > 1 and all(c.initial for c in cs) and toks[0].lower() not in FIRST_NAMES:
            tail = " ".join(toks[1:])
            if confirmed(tail):
                accepted[tail] += len(cs)
                continue
        if all(c.initial for c in cs) and (toks[0].lower() in lower_words or toks[0].lower() in COMMON_NOUNS) \
                and toks[0].lower() not in FIRST_NAMES \
                and not any(c.appos for c in cs):
            continue  # "Model AI ..." at a sentence start: a common word that is written lowercase elsewhere
        strong = len(toks) > 1 and (
            any(t.isupper() and len(t) > 1 and not (t.lower() in GENERIC and all(c.initial for c in cs))
                for t in toks[1:]) or toks[-1].lower() in ORG_SUFFIX
            or toks[0].lower() in FIRST_NAMES
        )
        if strong or any(c.appos for c in cs):
            accepted[text] += len(cs)
            continue
        # "Keputusan OpenAI" at a sentence start: keep the known tail
        if len(toks) > 1:
            tail = " ".join(toks[1:])
            if confirmed(tail):
                accepted[tail] += len(cs)
    # a bare surname or the first word of an accepted longer name ("Osborne", "Lumora") is accepted too
    parts: set[str] = set()
    for n in accepted:
        toks = n.split()
        if len(toks) > 1:
            parts.add(toks[-1])
            parts.add(toks[0])
            parts.add(" ".join(toks[:-1]))
    for text, cs in by_text.items():
        if text not in accepted and text in parts and not _is_junk_word(text):
            accepted[text] += len(cs)
    names = list(accepted)
    table = EntityTable()
    groups: dict[str, list[str]] = defaultdict(list)
    for n in names:
        groups[norm_key(n)].append(n)

    def kind_of(forms: list[str]) -> str:
        for f in forms:
            g = gazetteer_kind(f)
            if g:
                return g[1]
        ks = {norm_key(f) for f in forms}
        if ks & {norm_key(h) for h in media_hints}:
            return "media"
        if ks & {norm_key(h) for h in person_hints}:
            return "person"
        if ks & {norm_key(h) for h in org_hints}:
            return "org"
        f = max(forms, key=lambda x: len(x.split()))
        toks = f.split()
        if toks[-1].lower() in ORG_SUFFIX or toks[0].lower() in ORG_PREFIX or " of " in f or "&" in toks:
            return "org"
        lows = {t.lower() for t in toks}
        if any(re.match(r"^[A-Za-z]+-\d+(?:\.\d+)?$", t) for t in toks) or (len(toks) > 1 and toks[-1].isdigit()):
            return "product"  # "Nusa-2", "Llama 4"
        for s in sentences:
            i = s.find(f)
            if i > 0 and _PRODUCT_BEFORE.search(s[:i]):
                return "product"
        for s in sentences:
            i = s.find(f)
            if i > 0 and re.search(r"(?:based\s+in|headquartered\s+in|berbasis\s+di|berkantor\s+pusat\s+di|"
                                   r"asal|kota|city\s+of)\s+$", s[:i], re.I):
                return "place"
        if lows & PLACE_WORDS and not (lows & ORG_WORDS):
            return "place"
        if len(toks) > 1 and lows & ORG_WORDS:
            return "org"
        if re.search(r"\.(com|id|co|net|org)$", f, re.I):
            return "media"
        if 2 <= len(toks) <= 3 and all(t[:1].isupper() and t.replace("-", "").isalpha() for t in toks) and \
                not any(t.isupper() and len(t) > 1 for t in toks):
            for s in sentences:
                i = s.find(f)
                if i > 0 and re.search(r"\b(?:" + "|".join(ORG_DESCRIPTORS) + r")\s+$", s[:i], re.I):
                    return "org"
                if i >= 0 and _DESC_AFTER.match(s[i + len(f):]):
                    return "org"
                if i > 0 and re.search(r"\bPT\.?\s+$", s[:i]):
                    return "org"
            return "person"
        return "org"

    # group-level canonical and kind
    canon_of: dict[str, str] = {}
    for k, forms in groups.items():
        g = next((gazetteer_kind(f) for f in forms if gazetteer_kind(f)), None)
        if g:
            canonical = g[0]
        else:
            canonical = max(forms, key=lambda f: (len(f.split()), accepted[f]))
        canon_of[k] = canonical
        table.kinds[canonical] = kind_of(forms)
        table.aliases.setdefault(canonical, set())
        for f in forms:
            table.canon[f] = canonical
            if f != canonical:
                table.aliases[canonical].add(f)
    _merge(table, accepted)
    return table


def _merge(table: EntityTable, counts: Counter[str]) -> None:
    canon = list(table.kinds)

    def move(src: str, dst: str) -> None:
        if src == dst or src not in table.kinds:
            return
        for sf, c in list(table.canon.items()):
            if c == src:
                table.canon[sf] = dst
                table.aliases[dst].add(sf)
        table.aliases[dst] |= table.aliases.pop(src, set())
        table.aliases[dst].discard(dst)
        table.kinds.pop(src, None)

    for c in canon:
        if c not in table.kinds:
            continue
        toks = c.split()
        # "Meta Platforms Inc." -> "Meta"
        core = list(toks)
        while len(core) > 1 and core[-1].lower() in CORP_GENERIC:
            core.pop()
        if len(core) < len(toks):
            short = " ".join(core)
            target = table.canon.get(short) or next(
                (c2 for sf, c2 in table.canon.items() if norm_key(sf) == norm_key(short)), None)
            if target and target != c:
                move(c, target)
                continue
            if short.lower() in ORGS or (len(toks) - len(core) >= 1 and toks[-1].lower() in CORP_GENERIC):
                # rename to the short form, keep the long one as alias
                table.kinds[short] = table.kinds.get(c, "org")
                table.aliases[short] = table.aliases.get(short, set())
                table.canon[short] = short
                move(c, short)
    for c in list(table.kinds):
        if c not in table.kinds:
            continue
        toks = c.split()
        if len(toks) > 2 or gazetteer_kind(c):
            continue
        # single-token (or two-token prefix) forms of a longer org/person name
        cands = []
        for d, kd in table.kinds.items():
            dt = d.split()
            if d == c or len(dt) <= len(toks):
                continue
            if kd in ("org", "media") and dt[: len(toks)] == toks and all(t.lower() in ORG_SUFFIX for t in dt[len(toks):]):
                cands.append(d)
            elif kd == "person" and len(toks) == 1 and (dt[-1] == toks[0] or dt[0] == toks[0]):
                cands.append(d)
            elif kd == "org" and table.kinds.get(c) == "org" and len(toks) == 1 and toks[0] in dt \
                    and toks[0].lower() not in ORG_SUFFIX and toks[0].lower() not in GENERIC:
                cands.append(d)  # "Arunika" / "Cakra" for "Arunika Digital Indonesia" / "Data Cakra Mandiri"
        if len(cands) == 1:
            move(c, cands[0])
    # parenthesised acronyms are handled by the pipeline (add_acronyms)
    del counts


def add_acronyms(table: EntityTable, text: str) -> None:
    for m in re.finditer(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)+)\s+\(([A-Z]{2,6})\)", text):
        long, acr = m.group(1), m.group(2)
        c = table.resolve(long)
        if not c:
            continue
        initials = "".join(w[0] for w in c.split() if w[0].isupper())
        if initials.upper() == acr:
            owner = table.canon.get(acr)
            if owner and owner != c:
                table.kinds.pop(owner, None)
                table.aliases[c] |= table.aliases.pop(owner, set())
            table.canon[acr] = c
            table.aliases[c].add(acr)
