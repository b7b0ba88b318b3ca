"""Entity stage: which candidate names of one article are names, their canonical form and kind.

Capitalised runs are read from body sentences (never headings) by ``candidates``, cut at titles,
function words, months and punctuation, and accepted here only with evidence: a gazetteer entry, a
mid-sentence occurrence, a role or speech pattern, an org suffix, or an apposition ("<Name>, pesaing
lain").  Accepted names are grouped by spelling, given a kind (``kinds``) and merged (``merging``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from db.names import compact_name, without_name_prefix

from .candidates import APPOS as _APPOS
from .candidates import JOIN_HEADS, Cand, Tok, is_junk_word, runs_in, tokenize, with_demonym
from .events import ANCHOR_WORDS
from .kinds import (
    REGIONAL_HEAD_BEFORE,
    Hints,
    gazetteer_kind,
    kind_of,
    ministry_fields_end,
    opens_like_a_person,
)
from .lexicons import (
    BODY_HEADS,
    BODY_LAST_WORDS,
    COMMON_NOUNS,
    DOCUMENT_WORDS,
    FIRST_NAMES,
    GENERIC,
    NATIONAL_SHORT_FORMS,
    ORG_PREFIX,
    ORG_SUFFIX,
    PUBLIC_SHORT_FORMS,
    REGION_UNITS,
    TITLE_WORDS,
)
from .merging import add_acronyms, merge

__all__ = ["Cand", "EntityTable", "Tok", "_APPOS", "add_acronyms", "build_table", "gazetteer_kind",
           "runs_in", "tokenize", "with_demonym"]

_POSSESSIVE = re.compile(r"(’s|'s|(?<=s)['’])$")
_PT = re.compile(r"^(?:PT|Perum)\.?\s+(?=[A-Z])")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")
# a capital inside a word after lower-case letters ("TikTok", "ByteDance", "GoTo"): a brand's spelling, no common word
_INNER_CAPITAL = re.compile(r"^[A-Z]?[a-z]+[A-Z][\w-]*$")


def bare_org(surface: str) -> str:
    """An organisation as a candidate holds it: no "PT" before it, no possessive after it ("Lantera Labs'")."""
    return _PT.sub("", _POSSESSIVE.sub("", surface.strip().strip(".,")))


@dataclass
class EntityTable:
    """Accepted names of one article: surface form -> canonical, canonical -> kind and aliases."""

    canon: dict[str, str] = field(default_factory=dict)  # surface -> canonical
    kinds: dict[str, str] = field(default_factory=dict)  # canonical -> kind
    aliases: dict[str, set[str]] = field(default_factory=dict)

    def add(self, name: str, kind: str) -> str:
        """``name`` as an entity of its own of ``kind`` (a name no candidate read whole: a body a title or a naming
        tells); returns it."""
        self.canon[name], self.kinds[name] = name, kind
        self.aliases.setdefault(name, set())
        return name

    def resolve(self, surface: str | None) -> str | None:
        """The canonical entity a surface form names: exactly, by spelling key, by its longest known
        prefix, or as the start of exactly one longer known name."""
        if not surface:
            return None
        s = bare_org(surface)
        if s in self.canon:
            return self.canon[s]
        k = compact_name(s)
        for sf, c in self.canon.items():
            if compact_name(sf) == k:
                return c
        return self._by_known_prefix(s) or self._by_unique_start(s)

    def _by_known_prefix(self, s: str) -> str | None:
        """A name followed by more words ("<Name>. Dilansir", "<Name> Inc")."""
        best = None
        for sf, c in self.canon.items():
            if (s.startswith(sf + " ") or s.startswith(sf + ".")) and (best is None or len(sf) > len(best[0])):
                best = (sf, c)
        return best[1] if best else None

    def _by_unique_start(self, s: str) -> str | None:
        longer = {c for sf, c in self.canon.items() if sf.startswith(s + " ") and len(s) >= 4}
        return longer.pop() if len(longer) == 1 else None


@dataclass
class _Evidence:
    """What the article says about its candidate names, for accepting them."""

    by_text: dict[str, list[Cand]]
    person_hints: set[str]
    confirmed_keys: set[str]  # keys of names seen mid-sentence or named by a pattern
    lower_words: set[str]  # words the article writes in lower case somewhere
    sentences: list[str] = field(default_factory=list)

    def confirmed(self, text: str) -> bool:
        return bool(gazetteer_kind(text)) or compact_name(text) in self.confirmed_keys


def build_table(cands: list[Cand], person_hints: set[str], org_hints: set[str], media_hints: set[str],
                sentences: list[str], headline: str = "") -> EntityTable:
    """Accept, group, kind and merge the candidate names of one article.

    The hints are surface names that role and speech patterns read as persons, organisations and
    outlets; ``sentences`` are the article's sentences, read for the context of a name; a name the
    ``headline`` writes too is the story's subject, however its sentences place it.
    """
    by_text = _outside_headlines(cands, sentences)
    mid_keys = {compact_name(c.text) for c in cands if not c.initial}
    hint_keys = {compact_name(h) for h in person_hints | org_hints | media_hints}
    lower_words = {w for sent in sentences for w in _LOWER_WORD.findall(sent)}
    in_headline = {compact_name(t) for t in by_text if _headline_names(t, headline, lower_words)}
    ev = _Evidence(by_text, person_hints, mid_keys | hint_keys | in_headline, lower_words, sentences)
    accepted: Counter[str] = Counter()
    for text, cs in by_text.items():
        for name in _accepted_names(text, cs, ev):
            accepted[name] += len(cs)
    _accept_parts(accepted, by_text)
    table = _group(accepted, Hints.of(person_hints, org_hints, media_hints), sentences)
    merge(table, "\n".join(sentences))
    return table


@dataclass(frozen=True)
class _Candidate:
    """One candidate text with what its occurrences say: all at a sentence start, any in apposition."""

    text: str
    toks: list[str]
    initial: bool
    appos: bool

    @property
    def tail(self) -> str:
        return " ".join(self.toks[1:])


def _accepted_names(text: str, cs: list[Cand], ev: _Evidence) -> list[str]:
    """The names a candidate text stands for (itself, a part of it, or none): the first rule that
    gives a verdict decides."""
    cand = _Candidate(text, text.split(), all(c.initial for c in cs), any(c.appos for c in cs))
    for rule in _ACCEPT_RULES:
        verdict = rule(cand, ev)
        if verdict is not None:
            return verdict
    return []


# an English adverb opening a sentence ("Concurrently, ...", "Reportedly, ..."): written with a capital only there
_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ntly|ally|ously|edly|ively|ately|arly|ingly|fully|lessly)")


def _junk(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    one = len(cand.toks) == 1
    # a body's head word alone inside a sentence ("the Ministry"); one opening a sentence may be the piece of a longer
    # name that a later step joins back
    alone = not cand.initial and cand.text.lower() in BODY_HEADS
    return [] if one and (is_junk_word(cand.text) or alone or cand.initial and _ADVERB.fullmatch(cand.text)) else None


# words of a citation of law or of a case ("Pasal 17", "Undang-Undang Nomor 5", "Perkara Nomor 03/2024")
_CITATION_WORDS = frozenset({"nomor", "pasal", "ayat", "huruf", "undang", "perkara", "perpres", "permen", "perpu", "perppu"})
# "... Tahun 1999 tentang Larangan Praktek Monopoli": what follows "tentang" is the title of a law
# ("tentang" alone is "about": only after a law's number or year does it open a title)
_LAW_TITLE_BEFORE = re.compile(r"\b(?:(?:Nomor|No\.?)\s+[\w/.-]+|[Tt]ahun\s+\d{4})\s+tentang\s+$")


_BODY_SHORT_FORMS = PUBLIC_SHORT_FORMS | NATIONAL_SHORT_FORMS  # joined once, not for each candidate tested


def _legal_reference(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    """A citation of law, a case number or the title of a regulation is no name; nor is a document's title headed
    by its kind ("Perjanjian Jual Beli", "Laporan Hasil Pemeriksaan", "Sale and Purchase Agreement")."""
    if any(t.lower() in _CITATION_WORDS for t in cand.toks):
        return []
    if len(cand.toks) > 1 and cand.toks[-1].lower() in DOCUMENT_WORDS:
        return []
    if len(cand.toks) > 2 and cand.toks[0].lower() in DOCUMENT_WORDS and not any(
            t.lower() in _BODY_OR_COMPANY_HEADS for t in cand.toks[1:]):
        return []  # "Perjanjian Jual Beli", "Laporan Hasil Pemeriksaan"; not "Putusan Komisi X", which names a body
    for c in ev.by_text[cand.text]:
        sentence = ev.sentences[c.sent] if c.sent < len(ev.sentences) else ""
        at = _whole_word_at(sentence, cand.text)
        # the pattern ends "tentang" and white space: tested first, as most names follow no such word
        if at > 0 and sentence[:at].rstrip().endswith("tentang") and _LAW_TITLE_BEFORE.search(sentence[:at]):
            return []
    return None


def _outside_headlines(cands: list[Cand], sentences: list[str]) -> dict[str, list[Cand]]:
    """The candidates by their text, less those only a headline written in title case writes: it capitalises every
    word, so a name nothing else writes is no name."""
    by_text: dict[str, list[Cand]] = defaultdict(list)
    for c in cands:
        by_text[c.text].append(c)
    headlines = {i for i, sent in enumerate(sentences) if _title_cased(sent)}
    for text in [t for t, cs in by_text.items() if all(c.sent in headlines for c in cs) and not gazetteer_kind(t)]:
        del by_text[text]
    return by_text


def _title_cased(sentence: str) -> bool:
    """A headline pasted in title case ("Sri Lanka Defaults On Debts For The First Time"): no closing stop, and nearly
    every word of four letters or more capitalised, so its capitals tell no name."""
    words = _LONG_WORD.findall(sentence)
    capitalised = sum(w[0].isupper() for w in words)
    return not sentence.rstrip().endswith((".", "!", "?", '"', "”")) and len(words) >= 4 and capitalised >= 0.8 * len(words)


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _headline_names(text: str, headline: str, lower_words: set[str]) -> bool:
    """The headline writes the candidate as it is, and none of its words is a common word ("TikTok Shop"
    in "TikTok Shop cuts hundreds of jobs"; not "Further" in "Further Cuts Loom"). One word opening the
    headline says no more than one opening a sentence ("Band mundur")."""
    at = _whole_word_at(headline, text)
    if at < 0 or (" " not in text and not headline[:at].strip()):
        return False
    # nor a happening's noun ("Setelah Akuisisi Meta": the acquisition is no name)
    return not any(w.lower() in lower_words or w.lower() in COMMON_NOUNS or w.lower() in ANCHOR_WORDS for w in text.split())


def _whole_word_at(text: str, word: str) -> int:
    """Where ``word`` stands in ``text`` as whole words, else -1 (a plain search: one regex per candidate
    name would be compiled anew for each)."""
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(word):at + len(word) + 1]
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            return at
        at = text.find(word, at + 1)
    return -1


def _confirmed(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    return [cand.text] if ev.confirmed(cand.text) else None


def _known_after_initial_word(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    """A capitalised word at a sentence start before a known name: keep the name."""
    if len(cand.toks) > 1 and cand.initial and cand.toks[0].lower() not in _NAME_OR_BODY_OPENERS \
            and ev.confirmed(cand.tail):
        return [cand.tail]
    return None


def _nominal_opening(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    """"Penetapan Asep menyusul ...", "Keputusan Rina Wulandari ...": an Indonesian noun made of a verb (pe-/per-/ke-
    ... -an) capitalised at a sentence start, before a person's name (plain words opening with a given name or
    written alone elsewhere), opens no name; the name after it stands."""
    low, rest = cand.toks[0].lower(), cand.toks[1:]
    if not cand.initial or not _NOMINAL.fullmatch(low) or low in FIRST_NAMES or low in INSTITUTION_HEADS \
            or not 1 <= len(rest) <= 3 or not all(t.isalpha() and t[1:].islower() for t in rest):
        return None  # "Pengadilan Negeri X", "Kepolisian Resor X": a body's head word
    person = rest[0].lower() in FIRST_NAMES or " ".join(rest) in ev.by_text or rest[0] in ev.by_text
    return [" ".join(rest)] if person else None


_NOMINAL = re.compile(r"(?:pe(?:m|n|ng|ny|r)?|ke)[a-z]{3,}an")


def _known_head(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    """A run at a sentence start that opens with a name the article writes on its own elsewhere
    ("Reza Mahendra mundur ..." beside "kata Reza"): the whole run is that name at its full length."""
    rest = cand.toks[1:]
    if len(cand.toks) in (2, 3) and cand.initial and ev.confirmed(cand.toks[0]) \
            and all(t[:1].isupper() and t[1:].islower() and t.isalpha() for t in cand.toks) \
            and not any(t.lower() in ev.lower_words or t.lower() in COMMON_NOUNS for t in rest):
        return [cand.text]
    return None


def _region_government(cand: _Candidate, _ev: _Evidence) -> list[str] | None:
    """"Pemerintah Provinsi Jawa Tengah": a region's government is named by its unit and place, wherever it stands
    ("pemerintah" alone is a common word)."""
    toks = cand.toks
    return [cand.text] if len(toks) > 2 and toks[0].lower() == "pemerintah" and toks[1].lower() in REGION_UNITS else None


def _initial_common_word(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    """A common word capitalised at a sentence start (written lowercase elsewhere) is no name."""
    low = cand.toks[0].lower()
    heads_a_name = low in INSTITUTION_HEADS and len(cand.toks) > 1  # "Forum Nasabah Tirta" beside "kuasa hukum forum"
    if cand.initial and (low in ev.lower_words or low in COMMON_NOUNS) and low not in FIRST_NAMES and not cand.appos \
            and not heads_a_name and not _ampersand_name(cand.toks):
        return []
    return None


# what follows a sentence's subject: an auxiliary, a verb of saying or a past tense ("is stepping down",
# "became", "said"); an Indonesian verb (me-/di-/ber-/ter- forms, "akan", "telah")
_VERB_AFTER = re.compile(r"^\s*(?:(?:is|was|are|were|will|would|has|had|have|said|says|told|became|becomes|also|did|does|"
                         r"akan|telah|sudah|juga|adalah|merupakan|kini|pun)\b|[a-z]{3,}ed\b|(?:me|di|ber|ter)[a-z]{4,})")


def _named_subject(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    """Two or three plain capitalised words that open sentences only, each time followed by a verb
    ("Laxman Narasimhan is stepping down", "Rina Wulandari mengatakan"): the subject is a name, though no
    sentence writes it mid-way."""
    if not cand.initial or len(cand.toks) not in (2, 3) or not ev.sentences or not _plain_name_words(cand.toks, ev):
        return None
    if any(other.endswith(" " + cand.text) for other in ev.by_text):
        return None  # the short form of a longer name the article writes ("Asuransi Jiwa X" ... "X telah ...")
    return [cand.text] if all(_verb_follows(cand.text, ev.sentences, c.sent) for c in ev.by_text[cand.text]) else None


def _plain_name_words(toks: list[str], ev: _Evidence) -> bool:
    """Capitalised words, none of which the article writes in lower case, nor a common or generic word."""
    return all(t[:1].isupper() and t[1:].islower() and t.isalpha() for t in toks) and \
        not any(t.lower() in ev.lower_words or t.lower() in COMMON_NOUNS or t.lower() in GENERIC for t in toks)


def _verb_follows(text: str, sentences: list[str], index: int) -> bool:
    sentence = sentences[index] if index < len(sentences) else ""
    at = _whole_word_at(sentence, text)
    return at >= 0 and bool(_VERB_AFTER.match(sentence[at + len(text):]))


def _strong(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    return [cand.text] if _strong_shape(cand.toks, cand.initial) or cand.appos else None


def _known_tail(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    return [cand.tail] if len(cand.toks) > 1 and ev.confirmed(cand.tail) else None


def _name_by_its_opening(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    """"I Wayan Mardika", "Ni Luh Putu Sekarini", "Ida Bagus Rai Sudarsa": a person's name whole, wherever it stands
    (the "I" of a Balinese name is no English pronoun)."""
    return [cand.text] if opens_like_a_person(cand.text) else None


def _glued_person(cand: _Candidate, ev: _Evidence) -> list[str] | None:
    """A known name glued to a person named by a role pattern ("<Org> <First> <Last>"): both names.
    Without a pattern, a run that ends an acronym or a name the article also writes alone is split
    before a two- or three-word tail of plain capitalised words ("Kementerian ESDM Bambang Suryadarma",
    "Selaras Nikel Gregorius Tandiono")."""
    text = cand.text
    if _region_then_one_name(text, ev):
        return text.split()
    if text in ev.person_hints:
        return None  # a pattern read the whole run as a person: it is no name glued to another
    glued = max((p for p in ev.person_hints if text.endswith(" " + p) and len(p) < len(text)), key=len, default=None)
    if glued:
        pre = text[: -len(glued) - 1]
        if _after_legal_form(text, ev) or _after_regional_head(text, pre, ev):
            # "Direktur Utama PT Kencana Rudi Hartono": the form makes the opening a company; "Wali Kota Cirebon
            # Hendrawan Sastradipura": a regional head's post is followed by the region it heads
            return [pre, glued]
        if _given_name_before(pre, text, ev):
            return None  # "Presiden Direktur Maximilianus Hendra Saputra": a given name, no body before a name
        return [pre, glued] if ev.confirmed(pre) or pre in ev.by_text else None
    return _split_after_known(text, ev)


def _region_then_one_name(text: str, ev: _Evidence) -> bool:
    """Two words always after a regional head's post, the first no given name and written elsewhere as or in another
    name ("Kabupaten Pati"), the second written alone: the region, then its head's one name ("Bupati Pati Sudewo")."""
    toks = text.split()
    if len(toks) != 2 or toks[0].lower() in FIRST_NAMES or toks[1] not in ev.by_text:
        return False
    region_named = any(toks[0] in other.split() for other in ev.by_text if other != text)
    return region_named and _after_regional_head(text, toks[0], ev)


_LEGAL_FORM_BEFORE = re.compile(r"\b(?:PT|CV|Perum)\.?\s+$")


def _after_legal_form(text: str, ev: _Evidence) -> bool:
    """Every occurrence of the run follows a company's legal form ("PT", "CV")."""
    cs = ev.by_text.get(text, [])
    return bool(cs) and all(_LEGAL_FORM_BEFORE.search(_before(ev, c)) for c in cs)


def _after_regional_head(text: str, pre: str, ev: _Evidence) -> bool:
    """Every occurrence of the run follows a regional head's post, and its opening (one or two words) names the
    region: the post's holder is the rest."""
    cs = ev.by_text.get(text, [])
    return len(pre.split()) <= 2 and bool(cs) and all(REGIONAL_HEAD_BEFORE.search(_before(ev, c)) for c in cs)


def _given_name_before(pre: str, text: str, ev: _Evidence) -> bool:
    """One plain word before a person's name that the article writes nowhere else, neither alone, nor in
    lower case, nor opening another name, nor as a body's short form ("Kemenkeu"): the name's first word
    ("Presiden Direktur Maximilianus Hendra Saputra"). Commentators are introduced by their institution, which may
    be named only there ("Analis Binasaham Ratna Dewi"): after such a word, the split stands."""
    return " " not in pre and pre[1:].islower() and pre not in ev.by_text and not gazetteer_kind(pre) \
        and not any(_COMMENTATOR_BEFORE.search(_before(ev, c)) for c in ev.by_text.get(text, [])) \
        and not any(pre.lower() in words for words in (ev.lower_words, COMMON_NOUNS, INSTITUTION_HEADS, TITLE_WORDS)) \
        and not _BODY_SHORT.match(pre) and pre.lower() not in _BODY_SHORT_FORMS \
        and not any(other != text and other.startswith(pre + " ") for other in ev.by_text)


_COMMENTATOR_BEFORE = re.compile(r"\b(?:analis|ekonom|pengamat|peneliti|dosen|analyst|economist|researcher|strategist|"
                                 r"professor|lecturer)\s+$", re.I)


def _before(ev: _Evidence, cand: Cand) -> str:
    """The sentence text before a candidate occurrence."""
    sentence = ev.sentences[cand.sent] if cand.sent < len(ev.sentences) else ""
    at = _whole_word_at(sentence, cand.text)
    return sentence[:at] if at > 0 else ""


# a national body's short form ("Kemenkeu", "Komdigi", "Ditjen"): never a given name
_BODY_SHORT = re.compile(r"^(?:Kem[a-z]{2,}|Kom(?:digi|info)|Ditjen|Dinas)")


def _split_after_known(text: str, ev: _Evidence) -> list[str] | None:
    toks = text.split()
    for n in (2, 3):
        # one word before the name only where it is a short form written alone ("KPU X Y")
        short_form_then_person = len(toks) == n + 1 and _short_form_alone(toks[0], ev) and _a_person_after(toks[1:], ev)
        if len(toks) < n + 2 and not short_form_then_person:
            continue
        pre, tail = toks[:-n], toks[-n:]
        plain = all(t[:1].isupper() and t[1:].islower() and t.replace("'", "").replace("’", "").isalpha()
                    and t.lower() not in ORG_SUFFIX and t.lower() not in GENERIC for t in tail)
        if plain and _ends_a_body(pre, tail, ev) and not _one_body_named(pre, tail, ev):
            return [" ".join(pre), " ".join(tail)]
    return None


def _a_person_after(tail: list[str], ev: _Evidence) -> bool:
    """What follows a short form reads as a person's name, not as a place closing the body's name ("BPBD Kota
    Sendangsari", "RSUD Teluk Biru"): it opens with a given name, or the article writes its first or last word alone,
    and no word of it at either end is a known place."""
    if tail[0].lower() in REGION_UNITS or any(gazetteer_kind(words) for words in (tail[0], tail[-1], " ".join(tail))) \
            or any(name.endswith(f"{unit.title()} {tail[-1]}") for name in ev.by_text for unit in REGION_UNITS):
        return False  # a place the gazetteer knows, or one the article names as a region ("Kabupaten Sendangsari")
    return tail[0].lower() in FIRST_NAMES or tail[0] in ev.by_text or tail[-1] in ev.by_text \
        or " ".join(tail) in ev.person_hints


def _short_form_alone(word: str, ev: _Evidence) -> bool:
    """A body's short form the article also writes alone ("KPU" beside "Ketua KPU Arkandi Halimun"): a run it
    opens may be a person named after it."""
    return len(word) > 1 and word.isupper() and word.isalpha() and word in ev.by_text


def _ends_a_body(pre: list[str], tail: list[str], ev: _Evidence) -> bool:
    """``pre`` ends as a name known to end does: a short form, a body's last word ("Social Affairs Ministry Harry
    Hikmat": the official after it), a name the article writes alone, or a place closing a body's name."""
    body_closed = len(pre) > 1 and (pre[-1].lower() in BODY_LAST_WORDS or ministry_fields_end(pre + tail) == len(pre))
    return pre[-1].isupper() and len(pre[-1]) > 1 or body_closed or " ".join(pre) in ev.by_text \
        or _place_before_named(pre, tail, ev)


def _one_body_named(pre: list[str], tail: list[str], ev: _Evidence) -> bool:
    """"Koperasi LKM Gapoktan Tani Jaya": a run opened by a body's head word goes on after its acronym, unless what
    follows opens with a given name or is written alone elsewhere ("Kementerian ESDM Bambang Suryadarma")."""
    return pre[0].lower() in _BODY_HEADS and tail[0].lower() not in FIRST_NAMES \
        and not any(" ".join(tail[:k]) in ev.by_text for k in (1, len(tail)))


# bodies whose names go on past an acronym ("Koperasi LKM ...", "Yayasan YLKI ...")
# groups of citizens named by their head word ("Komunitas X", "Jaringan Y"): bodies like those below
_GROUP_HEADS = frozenset({"komunitas", "jaringan", "gerakan", "kelompok"})
_BODY_HEADS = frozenset({"koperasi", "yayasan", "perkumpulan", "paguyuban", "lembaga", "asosiasi", "gabungan"}) | _GROUP_HEADS


def _place_before_named(pre: list[str], tail: list[str], ev: _Evidence) -> bool:
    """A place closing a body's name, glued to a person the article also names otherwise ("Kejati DKI Jakarta
    Rina Hasibuan" ... "ujar Rina"): the place ends the run's first name. A regency or city closing it ("Dinas
    Perhubungan Kabupaten Subang Asep Setia Permana"), named by one or two words the gazetteer need not know, ends
    it too before a given name."""
    named = tail[0] in ev.by_text or tail[-1] in ev.by_text or " ".join(tail[:2]) in ev.by_text
    places = (gazetteer_kind(" ".join(pre[-k:])) for k in (1, 2) if len(pre) >= k)
    if any(p and p[1] == "place" for p in places):
        return named
    # a place of two words ends in no given name: "Kabupaten Subang Budi | Hartono" is no reading of it
    region = len(pre) > 1 and pre[-2].lower() in REGION_UNITS or \
        len(pre) > 2 and pre[-3].lower() in REGION_UNITS and pre[-1].lower() not in FIRST_NAMES
    return region and (named or tail[0].lower() in FIRST_NAMES)


# words that open the name of a public body or an association ("Otoritas Jasa Keuangan")
INSTITUTION_HEADS = JOIN_HEADS | {"otoritas", "lembaga", "asosiasi", "bursa", "pengadilan", "kepolisian", "kejaksaan",
                                  "serikat", "perkumpulan", "yayasan", "majelis", "forum", "paguyuban", "koalisi",
                                  "aliansi", "koperasi", "universitas", "bank", "grup", "rumah", "federasi", "konfederasi",
                                  "himpunan", "perhimpunan", "ikatan", "persatuan", "gabungan"} | _GROUP_HEADS \
    | PUBLIC_SHORT_FORMS
# the sets rules above test words against, joined once rather than for each candidate
_BODY_OR_COMPANY_HEADS = INSTITUTION_HEADS | ORG_PREFIX
_NAME_OR_BODY_OPENERS = FIRST_NAMES | INSTITUTION_HEADS


def _strong_shape(toks: list[str], initial: bool) -> bool:
    """A word with a capital inside ("TikTok"), or several words with an acronym after the first, an org
    suffix, an institution's head word ("Kementerian ...", "Badan ..."), or a known first name."""
    if any(_INNER_CAPITAL.match(t) for t in toks) or _ampersand_name(toks):
        return True
    if len(toks) < 2:
        return False
    return toks[0].lower() in INSTITUTION_HEADS or any(t.isupper() and len(t) > 1 and not (t.lower() in GENERIC and initial) for t in toks[1:]) \
        or toks[-1].lower() in ORG_SUFFIX or toks[0].lower() in FIRST_NAMES


def _ampersand_name(toks: list[str]) -> bool:
    """Capitalised words joined by "&" name a firm ("Johnson & Johnson", "Tiles Bath & Garden"), wherever the
    sentence puts them: prose writes "and"."""
    return "&" in toks[1:-1] and toks[0][:1].isupper() and toks[-1][:1].isupper()


_AcceptRule = Callable[[_Candidate, _Evidence], "list[str] | None"]
# in order; a rule answers with the names to accept ([] to reject) or None to pass
_ACCEPT_RULES: tuple[_AcceptRule, ...] = (
    _junk,
    _legal_reference,
    _name_by_its_opening,
    _glued_person,
    _confirmed,
    _known_after_initial_word,
    _nominal_opening,
    _known_head,
    _region_government,
    _initial_common_word,
    _strong,
    _named_subject,
    _known_tail,
)


def _accept_parts(accepted: Counter[str], by_text: dict[str, list[Cand]]) -> None:
    """A bare surname or the first word(s) of an accepted longer name is accepted too, or the first word after an
    initial or title the name opens with ("Arif" of "M Arif Santoso")."""
    parts: set[str] = set()
    for n in accepted:
        toks = n.split()
        if len(toks) > 1:
            parts.update((toks[-1], toks[0], " ".join(toks[:-1]), without_name_prefix(toks)[0]))
    for text, cs in by_text.items():
        # a head word alone ("Grup", "Bank", "Serikat") is what many names open with, none's own name
        if text not in accepted and text in parts and not is_junk_word(text) and text.lower() not in INSTITUTION_HEADS:
            accepted[text] += len(cs)


def _group(accepted: Counter[str], hints: Hints, sentences: list[str]) -> EntityTable:
    """One entity per spelling key: the gazetteer's name or the longest, most frequent form."""
    groups: dict[str, list[str]] = defaultdict(list)
    for n in accepted:
        groups[compact_name(n)].append(n)
    table = EntityTable()
    for forms in groups.values():
        g = next((gazetteer_kind(f) for f in forms if gazetteer_kind(f)), None)
        canonical = g[0] if g else max(forms, key=lambda f: (len(f.split()), accepted[f]))
        table.kinds[canonical] = kind_of(forms, hints, sentences)
        table.aliases.setdefault(canonical, set())
        for f in forms:
            table.canon[f] = canonical
            if f != canonical:
                table.aliases[canonical].add(f)
    return table
