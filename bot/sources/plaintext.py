"""Plain text as people paste it from news sites: find the metadata, drop the chrome, keep the body.

Decisions worth knowing:
- Each line is a paragraph (pasted web text rarely wraps); hard-wrapped blocks are re-joined (see ``_blocks``).
- Short lines without final punctuation are headings.  The first one before the body is the title; the
  others (section headings such as "Hengkangnya Eksekutif Kunci") are dropped because they are not
  sentences and only add noise to fact extraction.  ``raw`` keeps them.
- A dateline prefix ("JAKARTA, KOMPAS.com –", "JURNALZONE.ID –") is metadata: it is cut from the first
  paragraph and its outlet becomes the publisher when no better one is known.
- Body paragraphs are otherwise kept character for character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import bot.sources.boilerplate as bp
from bot.domain import SourceDoc
from bot.language import detect_language
from bot.sources.dates import find_date, is_date_line, is_day_heading

_DATE_LABEL = re.compile(
    r"^(?:diterbitkan|dipublikasikan|diperbarui|terbit|tanggal|published|updated|posted|date)\b\s*:?\s*(?P<v>.*)$",
    re.I,
)
_REDAKSI = re.compile(r"^(?:tim\s+)?redaksi\s+(?P<v>\S.{0,60})$", re.I)
_BYLINE = re.compile(
    r"^(?:by|oleh|penulis|reporter|pewarta|ditulis oleh|written by|author)\s*:?\s+(?P<v>[^|•·]{2,80}?)\s*(?:[|•·].*)?$",
    re.I,
)
_NAME = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}$")
# "JAKARTA, KOMPAS.com –", "JAKARTA - ", and a hyphen a copy left glued to the outlet ("SINGAPURA, KOMPAS.TV- ")
# "OSLO (Reuters) -U.S. group ...": after the agency's bracket the dash may touch the first word
_DATELINE = re.compile(r"^(?P<pre>[^\W_][^–—\n]{0,60}?)\s*(?:[–—]+|\s-{1,2}\s|(?<=[A-Za-z])-{1,2}\s|(?<=\))\s*-{1,2}(?=[A-Z]))\s*(?=\S)")
# "JAKARTA. Bursa ...": a city in capitals closed by a full stop, as some outlets write the dateline
# "JAKARTA. ..." and, as some wires write it, "NAIROBI: ..."
_CAPS_DATELINE = re.compile(r"^(?:[A-Z]{4,}(?:\s+[A-Z]{2,}){0,2})[.:]\s+(?=[A-Z][a-z])")
_DATELINE_DAY = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\b")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|id|co\.id|net|org|news|io|co|tv|my\.id|web\.id)\b", re.I)


@dataclass
class _Meta:
    title: str | None = None
    byline: str | None = None
    publisher: str | None = None
    original_url: str | None = None
    published: str | None = None


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _blocks(raw: str) -> list[str]:
    """Split into paragraph lines, re-joining lines that were hard-wrapped.

    A line is joined to the next when the next starts in lower case and the line does not end a
    sentence, or when the block is 3+ lines of 40-100 characters (the shape of wrapped text).
    """
    out: list[str] = []
    for block in re.split(r"\n[ \t\u00a0]*\n", raw.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [ln.strip(" \t\u00a0\ufeff") for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        wrapped = len(lines) >= 3 and all(40 <= len(ln) <= 100 for ln in lines[:-1])
        cur: list[str] = []  # the lines of the paragraph being joined (a list: joining 50k lines one by one is quadratic)
        for ln in lines:
            if cur and (wrapped or (ln[0].islower() and not bp.ends_like_sentence(cur[-1]))):
                cur.append(ln)
            else:
                if cur:
                    out.append(" ".join(cur))
                cur = [ln]
        if cur:
            out.append(" ".join(cur))
    return out


def _dateline(par: str) -> tuple[str, str | None] | None:
    """``(rest_of_paragraph, publisher_or_None)`` when ``par`` opens with a dateline, else None."""
    m = _DATELINE.match(par)
    if not m:
        caps = _CAPS_DATELINE.match(par)
        return (par[caps.end():], None) if caps else None
    pre = m.group("pre").strip()
    # a wire dateline also carries the day and the agency: "SAMARINDA, Indonesia, Aug 21 (Reuters) -"
    words = _DATELINE_DAY.sub(" ", re.sub(r"\([^)]*\)", " ", pre)).replace(",", " ").split()
    if not words or len(words) > 6 or not all(w[0].isupper() or w[0].isdigit() or w[0] == "(" for w in words):
        return None
    rest = par[m.end():]
    rest = rest[caps.end():] if (caps := _CAPS_DATELINE.match(rest)) else rest  # "KONTAN.CO.ID - JAKARTA. ..."
    if re.search(r"\(([^)]+)\)|,", pre) or _DOMAIN.search(pre) or pre.isupper():
        return rest, _dateline_outlet(pre)
    return (rest, pre) if len(words) <= 4 else None


def _dateline_outlet(pre: str) -> str | None:
    """The outlet a dateline names: "Jakarta (ANTARA)", "JAKARTA, KOMPAS.com", "Bisnis.com, JAKARTA", "Suara Deli, Medan";
    none for a city alone ("JAKARTA", "SAN FRANCISCO")."""
    paren = re.search(r"\(([^)]+)\)", pre)
    if paren:
        return paren.group(1).strip()
    if "," in pre:
        parts = [p.strip() for p in pre.split(",")]
        # "Bisnis.com, JAKARTA", "JAKARTA, KOMPAS.com": the part with a web domain; else, the city being the one
        # written in capitals or after the outlet ("Suara Deli, Medan"), the first part not in capitals
        domain = next((p for p in parts if _DOMAIN.search(p)), None)
        if domain or any(_REGION_IN_DATELINE.fullmatch(p) for p in parts):
            return domain
        return next((p for p in parts if not p.isupper()), parts[-1]) or None
    return pre if _DOMAIN.search(pre) else None


# the region or country an English dateline writes after its city ("SORONG, Southwest Papua -", "JAKARTA, Indonesia -"):
# no outlet
_REGION_IN_DATELINE = re.compile(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Southeast|Southwest|"
                                 r"Northeast|Northwest)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|Indonesia")


# "bekas Direktur Utama PTGaruda Indonesia": a company's legal form glued to its name by a copy of the page
_LEGAL_FORM_GLUED = re.compile(r"\bPT(?=[A-Z][a-z]{2,})")


# "21 Juni 2023, 14:07 WIBSINGAPURA, KOMPAS.TV - ...": the page's time stamp glued to the dateline after it
_GLUED_TIME = re.compile(r"(\b\d\d[:.]\d\d\s?(?:WIB|WITA|WIT|GMT|UTC))(?=[A-Z]{2,})")


def _lines(raw: str) -> list[str]:
    return [part for block in _blocks(raw) for part in _GLUED_TIME.sub("\\1\n", block).split("\n")]


def parse_plain_text(raw: str, *, hint_title: str | None = None) -> SourceDoc:
    """Parse an article pasted from the web into a ``SourceDoc``.

    Finds the title (first headline-like line), byline and publisher ("Redaksi X", "By Jane Doe", a lone
    name line, a dateline outlet), the publication date from a header date line, and the original-source
    URL ("Sumber: https://...", "Artikel ini telah tayang di techcrunch.com").  Drops captions, "read
    also" lines, share/follow/comment/ad lines and headings; a caption closed by its photo's credit is kept
    after the body.  ``hint_title`` (e.g. from a manifest) wins over the title found and lets a repeated copy
    of it be dropped.  ``language`` is guessed from the body.
    """
    meta = _Meta()
    body: list[str] = []
    # Captions closed by a photo credit go after the body: they retell what the body tells, and the body's
    # own sentence should lead and be cited; nor is a caption above the lead the lead with its dateline.
    captions: list[str] = []
    opened = False  # a dateline opened the body
    heading: str | None = None  # a chronology's day heading, waiting for the paragraph it dates
    for line in _lines(raw):
        caption = bp.has_photo_credit(line)  # before chrome is cut: that cuts the credit
        line = _LEGAL_FORM_GLUED.sub("PT ", bp.strip_glued_chrome(line)).strip()
        if body and is_day_heading(line):
            heading = line.rstrip(":")
            continue
        if not line or _not_text(line, meta, in_header=not body and not captions, hint_title=hint_title):
            continue
        if heading is not None and not caption:
            # "September 8" above a paragraph dates what it tells: kept with it, as the page shows it
            line, heading = f"{heading} — {line}", None
        if caption:
            captions.append(line)
            continue
        if _opens_body(body, opened) and (dl := _dateline(line)):
            line, outlet = dl
            meta.publisher = meta.publisher or outlet
            opened = True
            # what came above the dateline is a photo's caption (or a standfirst) without a credit: it retells
            # the lead, so it goes after the body as the credited ones do
            captions, body = body + captions, []
        body.append(line)
    body += captions
    text = "\n\n".join(body)
    return SourceDoc(
        text=text,
        title=hint_title or meta.title,
        publisher=meta.publisher,
        byline=meta.byline,
        original_url=meta.original_url,
        published=meta.published,
        language=detect_language(text),
        raw=raw,
    )


# at most this many short lines may stand between the header and the dateline that opens the body
_ABOVE_DATELINE_LINES = 2
_ABOVE_DATELINE_CHARS = 320


def _opens_body(body: list[str], opened: bool) -> bool:
    """Whether the next line may open the body with a dateline: the first line, or one after a caption or two
    that no credit closed ("Warga mengungsi di ... , Senin (3/2/2026).")."""
    return not opened and len(body) <= _ABOVE_DATELINE_LINES and all(len(b) <= _ABOVE_DATELINE_CHARS for b in body)


def _not_text(line: str, meta: _Meta, *, in_header: bool, hint_title: str | None) -> bool:
    """A line that is no text of the article: an origin pointer, chrome, a header line (read into ``meta``),
    a section heading or a repeated title."""
    is_origin, url = bp.origin_of(line)
    if is_origin:
        meta.original_url = meta.original_url or url
        return True
    if _not_body(line) or _consume_header(line, meta, in_header=in_header, hint_title=hint_title):
        return True
    return bp.is_heading(line) or _repeats_title(line, hint_title or meta.title)


def _not_body(line: str) -> bool:
    return bp.is_caption(line) or bp.is_read_also(line) or bp.is_chrome(line)


def _repeats_title(line: str, title: str | None) -> bool:
    """A copy of the headline in the body (pages repeat it above the text, under a photo, in a share box)."""
    def words(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.lower()))
    # a photo's caption repeats it with the picture's credit in brackets: "<title> (Antara/Budi)"
    mine, headline = words(re.sub(r"\s*\([^()]{1,60}\)\s*$", "", line)), words(title or "")
    # the title found may run on into the lines after it on the page ("... Fraud kontan.co.id banner")
    return bool(mine) and (mine == headline or (len(mine.split()) >= 5 and headline.startswith(mine + " ")))


def _consume_header(line: str, meta: _Meta, *, in_header: bool, hint_title: str | None) -> bool:
    """Take metadata from a header-ish line into ``meta``; True when the line is used up."""
    if _take_date(line, meta, in_header=in_header) or _take_byline(line, meta):
        return True
    return in_header and _take_title(line, meta, hint_title=hint_title)


def _take_date(line: str, meta: _Meta, *, in_header: bool) -> bool:
    """A "Published: ..." line anywhere, or a bare date line in the header."""
    m = _DATE_LABEL.match(line)
    # a long paragraph that opens with a date label is body text that lost its line break, not a date line
    if m and len(line) <= 150 and (not m.group("v") or find_date(m.group("v")) or len(line) < 60):
        meta.published = meta.published or find_date(m.group("v"))
        return True
    if in_header and is_date_line(line):
        meta.published = meta.published or find_date(line)
        return True
    return False


def _take_byline(line: str, meta: _Meta) -> bool:
    """A short "Redaksi X" line (byline and publisher) or "By Jane Doe" line."""
    short = len(line) <= 100 and not bp.ends_like_sentence(line.rstrip("."))
    if not short:
        return False
    m = _REDAKSI.match(line)
    if m:
        meta.byline = meta.byline or line
        meta.publisher = meta.publisher or m.group("v").strip()
        return True
    m = _BYLINE.match(line)
    if m and len(m.group("v").split()) <= 6:
        meta.byline = meta.byline or m.group("v").strip()
        return True
    return False


def _take_title(line: str, meta: _Meta, *, hint_title: str | None) -> bool:
    """In the header: the title (or a copy of it again), then a lone name under it as the byline."""
    known = [t for t in (hint_title, meta.title) if t]
    if bp.is_heading(line) and any(_norm(line) and _norm(line) in _norm(t) for t in known):
        return True  # the title again, or a shortened copy of it (a sub-headline)
    if meta.title is None and bp.is_heading(line) and _dateline(line) is None:
        if " " in line.strip():  # one word is the site's section above the headline ("EKONOMI", "Tekno")
            meta.title = line.lstrip("#").strip()
        return True
    if meta.byline is None and meta.title is not None and len(line) <= 40 and _NAME.match(line):
        meta.byline = line  # a lone name under the title
        return True
    return False
