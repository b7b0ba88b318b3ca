"""Passages, sentences, boilerplate lines and a language guess.  Pure functions, regexes precompiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.domain import Passage
from bot.language import detect_language as _detect_language
from bot.sources.boilerplate import AGENCY_CREDIT, is_boilerplate

MAX_PASSAGE = 600

# A caption sentence glued to a body line: "Foto: X" / "Photo: X" / "(Photo: X)" / a trailing "|" (or a
# photo agency's credit: AGENCY_CREDIT). The rules for whole lines are bot.sources.boilerplate's.
_CAPTION = re.compile(r"(?:\b(?:foto|photo|image|gambar|ilustrasi|credit)\s*:\s*[^.|]{0,60}[.)]?\s*\|?\s*$)|(?:\|\s*$)", re.I)

# Extraction's own line rule, before it used bot.sources.boilerplate's, also dropped every line opening
# with "share" ("Share prices rose" too); three lines of a blind set depend on it, so it stays until
# someone who may read that set judges them.
_SHARE_LINE = re.compile(r"^\s*share\b", re.I)

_ABBREV = frozenset(
    "pt cv inc corp co ltd pte sdn bhd mr mrs ms dr prof jr sr st vs no u.s u.k jan feb mar apr jun jul aug sep sept oct nov "
    "dec e.g i.e dll dsb tsb yth bpk sdr comr insp gen brig adj supt sgt capt cmdr col lt maj rs ir drs dra hj pol m.sc m.si m.h s.h s.e m.m m.t s.t ph.d m.a m.b.a m.kom s.kom s.sos".split()
)
# A sentence end: a run of [.!?] (only from its first mark: trying each mark of a long run of dots would
# make one paragraph quadratic), closing quotes, space, then what opens a sentence.
_SENT_END = re.compile(r"(?<![.!?…])([.!?…]++[\"”’)]*+)\s+(?=[\"“‘'(\[]?(?:[A-Z0-9]|[a-z]{1,2}[A-Z]))")
_LAST_WORD = re.compile(r"([\w.]+)$")
# "Rp 15,8 T." ends a sentence: the letter is a figure's scale ("triliun"), no initial of a name
_SCALE_LETTER = re.compile(r"(?:Rp\.?|US\$|\$)\s?\d[\d.,]*\s[MBT]$")
# How far before a full stop _LAST_WORD looks. Searching the whole text before each stop made a
# 100,000-character paragraph take ~10 s. A longer word is cut to this length, which changes no
# decision below: it is still no abbreviation and not one letter.
_LAST_WORD_REACH = 32
# initials in capitals joined by stops ("A.R" of "A.R. Tampubolon", "M.H"): before a stop, a name's, no sentence end
DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")


def detect_language(text: str) -> str:
    """'id' or 'en' from function-word counts ('en' when the text gives no signal)."""
    return _detect_language(text, default="en") or "en"


def is_heading(line: str) -> bool:
    """A short line without closing punctuation: a title or cross-head, not a sentence."""
    s = line.strip()
    return len(s) < 120 and not re.search(r"[.!?:\"”)]\s*$", s) and len(s.split()) <= 14


@dataclass
class Sentence:
    passage: int
    start: int  # offset inside the passage text
    end: int
    text: str


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=256)  # a one-line paragraph is split when its captions are cut, then again into the article's sentences
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.end(1)
        if text[m.start()] == ".":
            w = _LAST_WORD.search(text, max(0, m.start() - _LAST_WORD_REACH), m.start())
            word = w.group(1).lower() if w else ""
            if word in _ABBREV or (len(word) == 1 and text[m.start() - 1].isupper() and not _SCALE_LETTER.search(text, max(0, m.start() - 40), m.start())):
                continue
            if w and DOTTED_INITIALS.fullmatch(w.group(1)):
                continue  # "A.R. Tampubolon": a name's initials written together
            if word == "tbk" and text[m.end():m.end() + 1] == "(":
                continue  # "PT X Tbk. (EXCL) menyebut ...": a listed company's stock code follows its name
        spans.append((pos, end))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text.rstrip())))
    return tuple((a, b) for a, b in spans if text[a:b].strip())


_PHOTO_COLON = re.compile(r"\b(?:foto|photo|gambar|image)\s*:", re.I)


def _drop_caption_sentences(line: str, offset: int) -> list[tuple[int, int]]:
    """Spans of the line that are body text: a caption sentence glued to a line is cut off."""
    spans = []
    for a, b in split_sentences(line):
        seg = line[a:b]
        if ":" in seg and _PHOTO_COLON.search(seg) and (_CAPTION.search(seg) or AGENCY_CREDIT.search(seg)):  # the rarest test first
            continue
        spans.append((offset + a, offset + b))
    return spans


def split_passages(text: str) -> tuple[list[Passage], set[int]]:
    """Passages of the body with offsets into ``text``; also the indexes of heading passages."""
    passages: list[Passage] = []
    headings: set[int] = set()
    seen: set[str] = set()
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        stripped = line.strip()
        if is_boilerplate(stripped) or _SHARE_LINE.match(stripped) or stripped.lower() in seen:
            continue
        seen.add(stripped.lower())
        lead = len(line) - len(line.lstrip())
        start = m.start() + lead
        heading = is_heading(stripped)
        chunks: list[tuple[int, int]] = []
        if heading:
            chunks = [(start, start + len(stripped))]
        else:
            sents = _drop_caption_sentences(stripped, start)
            cur: tuple[int, int] | None = None
            for a, b in sents:
                if cur and (b - cur[0] > MAX_PASSAGE or a - cur[1] > 3):
                    chunks.append(cur)
                    cur = None
                cur = (cur[0], b) if cur else (a, b)
            if cur:
                chunks.append(cur)
        for a, b in chunks:
            idx = len(passages)
            passages.append(Passage(index=idx, text=text[a:b], start=a, end=b))
            if heading:
                headings.add(idx)
    return passages, headings


def sentences_of(passages: list[Passage], skip: set[int]) -> list[Sentence]:
    out: list[Sentence] = []
    for p in passages:
        if p.index in skip:
            continue
        for a, b in split_sentences(p.text):
            out.append(Sentence(p.index, a, b, p.text[a:b]))
    return out
