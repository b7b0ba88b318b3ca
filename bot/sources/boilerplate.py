"""Lexicons and line rules that tell page chrome from article text, in Indonesian and English.

Everything here works on one line (one paragraph) at a time and is shared by the plain-text and HTML
parsers.  The rules are deliberately general: lists of UI phrases and caption/"read also" markers as
news sites in both languages write them, never the names of particular outlets.
"""

from __future__ import annotations

import re

# UI words that page copy-paste drags along: share/comment/ad widgets, related-links headers, tags.
# Matched case-insensitively against a whole line (trailing ":" ignored) and as glued prefixes.
UI_PHRASES: tuple[str, ...] = (
    # Indonesian
    "bagikan berita ini", "bagikan artikel ini", "bagikan artikel", "bagikan", "bagikan ke",
    "tinggalkan komentar", "tulis komentar", "lihat komentar", "komentar", "iklan", "advertorial",
    "ikuti kami", "follow kami", "berita terkait", "artikel terkait", "berita lainnya", "baca juga",
    "tags", "tag", "topik", "terpopuler", "terbaru", "simpan", "salin tautan", "salin link",
    "scroll untuk melanjutkan", "gulir untuk melanjutkan", "lanjutkan membaca", "konten sponsor",
    # English
    "advertisement", "sponsored", "share", "share this", "share this article", "share this story",
    "leave a comment", "comments", "also read", "read also", "read more", "related", "related articles",
    "related stories", "more stories", "follow us", "subscribe", "copy link", "print", "save",
    "continue reading", "skip to content", "scroll to continue", "scroll to continue with content",
)
_UI_SET = frozenset(UI_PHRASES)
# Longest first so "bagikan berita ini" wins over "bagikan".
_UI_ALT = "|".join(re.escape(p) for p in sorted(UI_PHRASES, key=len, reverse=True))
_COUNT = r"(?:\s*\(\d+\))?"  # "Komentar (0)"
_UI_RUN = re.compile(rf"(?:(?:{_UI_ALT}){_COUNT}[\s|:·•/-]*)+")  # several widgets on one line

# A UI phrase glued to the next line's first capital ("Bagikan Berita IniGoogle Putus ...").
# The capital must follow with no space: a real sentence never glues a word onto a capital.
_GLUED_PREFIX = re.compile(rf"^(?:(?:{_UI_ALT}){_COUNT})+(?=(?-i:[A-Z0-9\"“‘']))", re.IGNORECASE)
# ... and at the end of a sentence ("... lebih maju.Bagikan").
_GLUED_SUFFIX = re.compile(rf"(?<=[.!?”\"])(?:(?:{_UI_ALT}){_COUNT})+$", re.IGNORECASE)

_COUNT_LINE = re.compile(r"^(?:komentar|comments?|tanggapan)\s*\(?\d+\)?$|^\d+\s+(?:komentar|comments?)$", re.I)
_CTA_PLATFORM = re.compile(
    r"\b(?:whats\s?app|telegram|google news|instagram|tiktok|youtube|facebook|twitter|linkedin|line today|"
    r"newsletter|push notification|notifikasi|"
    # a site's paid or ad-free edition: "Baca tanpa iklan. Gabung Warta.com+"
    r"tanpa iklan|bebas iklan|ad-free|without ads)\b|[\w-]+\.(?:com|co\.id|id)\+",
    re.I,
)
_CTA_WORDS = ("gabung", "bergabung", "join", "ikuti", "follow", "subscribe", "langganan", "berlangganan", "klik", "click",
              "download", "unduh", "yuk", "install", "pasang", "dapatkan", "dapetin", "update berita", "sign up", "daftar")
_CTA_VERB = re.compile(r"\b(?:" + "|".join(_CTA_WORDS) + r")\b", re.I)


def _calls_to_act(line: str) -> bool:
    """``_CTA_VERB.search(line)``; an ASCII line is searched only when, lower-cased, it holds one of the words."""
    if line.isascii():
        low = line.lower()
        if not any(word in low for word in _CTA_WORDS):
            return False
    return _CTA_VERB.search(line) is not None
_CHROME_START = re.compile(
    r"^(?:ikuti (?:kami|berita|kanal|channel|saluran)|follow (?:us|kami)|(?:bagikan|share)(?:\s+(?:ke|to|on|via|this|artikel|berita))\b|"
    r"tags?\s*:|topik\s*:|editor\s*:|penyunting\s*:|copyright\b|hak cipta\b|©|\(c\)\s*\d{4}|all rights reserved|"
    # a pointer to the page's video player: "Saksikan video pilihan di bawah ini:", "Watch the video:"
    r"(?:saksikan|tonton|simak)\s+(?:juga\s+)?video\b|watch\s+(?:the\s+)?video\b)",
    re.I,
)

# "Read also" headlines of other stories.  "MEMBACA" only in capitals: "Membaca ..." is a real verb.
_READ_ALSO = re.compile(
    r"^(?:[-–•*>]\s*)?(?:MEMBACA\b|BACA\b|(?i:baca\s+(?:juga|pula|selengkapnya|lainnya)|read\s+(?:also|more)|also\s+read|"
    r"see\s+also|lihat\s+juga|simak\s+(?:juga|pula)|berita\s+terkait|artikel\s+terkait|"
    r"related(?:\s+(?:articles?|stories|news|coverage))?\s*:|more\s+from\b|recommended\s*:))"
)

# Photo captions and credits.
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)")
_CAPTION_MARK = re.compile(
    r"(?:^|[\s.(\[|/])(?:foto|photo|photograph|gambar|image|ilustrasi|illustration|kredit foto|photo credit|"
    r"sumber foto|sumber gambar|(?:image|photo|picture)\s+(?:source|credit)|credit|dok(?:umentasi)?|caption|keterangan\s+foto|keterangan\s+gambar)"
    r"(?:\s+(?:istimewa|ilustrasi|dok\.?))?\s*[:：]",
    re.I,
)
_CAPTION_SLASH = re.compile(r"\b(?:foto|photo)\s*/\s*\S", re.I)  # "Foto/Reuters"
# a photo's credit closing its caption: the site's address and the photographer, "... (warta.com/Budi Santo)"
_SITE_CREDIT = re.compile(r"\s*\((?:[a-z0-9-]+\.)+[a-z]{2,}\s*/\s*[^()/]{2,40}\)\s*$", re.I)
# A photo's credit in brackets closing a caption's last sentence: outlet and photographer, either order
# ("... on May 3. (Harian Kota/Budi Santo)", "... Senin (4/5/2026). (KABARKITA/Ist)").
_PHOTO_CREDIT = re.compile(r"(?:^|[.!?]\s*)\((?:[A-Z][\w.&'-]*(?:\s+[\w.&'-]+){0,4})\s*/\s*(?:[A-Z][\w.&'-]*(?:\s+[\w.&'-]+){0,4})\)\s*$")
# A photo agency's credit alone in brackets closing a caption ("... in Nairobi on Thursday. (AFP)", "(AP Photo/J. Doe)")
_AGENCY_PHOTO_CREDIT = re.compile(r"[.!?]\s*\((?:AFP|Reuters|AP(?:\s+Photo)?|ANTARA(?:\s+FOTO)?|Getty\s+Images|EPA(?:-EFE)?|"
                                  r"Bloomberg|Xinhua|Anadolu)(?:\s*/\s*[^()/]{1,40})?\)\s*$")
# A photo agency's credit in capitals ending the line ("... dengan pihak swasta. ANTARA", ". TEMPO/Imam").
AGENCY_CREDIT = re.compile(
    r"[.)]\s+(?:ANTARA(?:\s+FOTO)?|TEMPO|REUTERS|AFP|AP|EPA|KOMPAS|ANTARANEWS)(?:\s*/\s*[^.|/]{1,40})?\s*$")
_URL_ONLY = re.compile(r"^(?:https?://\S+|www\.\S+)$", re.I)

# Whole-line pointers to where the article originally appeared.
_ORIGIN = [
    re.compile(r"^(?:sumber(?:\s+(?:berita|artikel|asli))?|source|original(?:\s+(?:article|source))?)\s*:\s*(?P<v>.+)$", re.I),
    re.compile(
        r"^(?:artikel|berita|tulisan) ini (?:telah|sudah|pertama kali)?\s*(?:tayang|terbit|dimuat|diterbitkan|"
        r"dipublikasikan)\s+(?:di|pada|dalam)\s+(?P<v>.+)$",
        re.I,
    ),
    re.compile(r"^(?:dilansir|dikutip|disadur|diterjemahkan|diadaptasi)\s+dari\s*:?\s*(?P<v>.+)$", re.I),
    re.compile(
        r"^(?:this (?:article|story) (?:was )?)?(?:originally|first)\s+(?:published|appeared|posted)\s+"
        r"(?:at|on|in|by)\s+(?P<v>.+)$",
        re.I,
    ),
]
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_DOMAIN = re.compile(r"\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\b", re.I)

_FINAL = ".!?…\"”’'»):;"


def strip_glued_chrome(line: str) -> str:
    """Cut UI words glued onto a line's start or end ("Komentar (0)Baru Investasi ..." -> "Baru Investasi ..."),
    a photo's credit closing a caption, and "read also" headlines pasted inside a paragraph."""
    m = _GLUED_PREFIX.match(line)
    # An all-capitals prefix before a capital is an ordinary capitalised word ("SHAREHOLDERS"), not chrome.
    if m and not m.group(0).isupper():
        line = line[m.end():]
    line = _SITE_CREDIT.sub("", line)
    line = _WIRE_NOTES.sub("", line).rstrip() if _WIRE_NOTES.search(line) else line
    return _without_inline_read_also(_GLUED_SUFFIX.sub("", line, count=1))


# a news agency's notes closing a paragraph: the staff credits ("(Reporting by X; Editing by Y)") and the exchange
# rate the figures were converted at ("($1 = 15,900 rupiah)"); neither says anything of the story
_WIRE_NOTES = re.compile(r"\s*\((?:(?i:(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Compiling)\s+by)\b[^()]*|"
                         r"(?:US)?\$\s?1\s*=\s*[\d.,]+\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)\)")


# "... kata Hendra. Baca Juga: Harga Emas Turun Lagi Sementara itu, ...": a related story's headline that a
# copy of the page pasted between two sentences of the paragraph
_INLINE_READ_ALSO = re.compile(r"(?<=[.!?”\"])\s+(?:Baca\s+[Jj]uga|BACA\s+JUGA|Read\s+[Aa]lso|READ\s+ALSO|Also\s+read)\s*:\s*")
# small words a headline in title case leaves in lower case
_HEADLINE_SMALL = frozenset("di ke dari dan atau yang untuk pada dengan vs of the a an and or to in on for at by from as with".split())


def _without_inline_read_also(line: str) -> str:
    m = _INLINE_READ_ALSO.search(line)
    if m is None:
        return line
    resume = _sentence_after_headline(line[m.end():])
    if resume is None:
        return line  # no sentence-case opening found: leave the paragraph whole rather than cut text
    return (line[:m.start()] + " " + _without_inline_read_also(line[m.end() + resume:])).rstrip()


def _sentence_after_headline(rest: str) -> int | None:
    """Where the paragraph's own text resumes after a title-case headline: at the first capitalised word
    followed by a lower-case word that no headline leaves small ("... Net Buy Rp 640 Miliar Sementara itu");
    the end when the headline closes the paragraph; None when no such place comes within 25 words."""
    words = list(re.finditer(r"\S+", rest))
    if not words:
        return 0
    for here, nxt in zip(words[:25], words[1:26], strict=False):
        w, n = here.group(0), nxt.group(0)
        if w[:1].isupper() and n[:1].islower() and n.strip(",.").lower() not in _HEADLINE_SMALL and here.start() > 0:
            return here.start()
    return len(rest) if len(words) <= 25 and not re.search(r"[a-z]\s+[a-z]", rest) else None


def _bare(line: str) -> str:
    return re.sub(r"\s+", " ", line.strip().rstrip(":|").strip()).lower()


def is_chrome(line: str) -> bool:
    """Share, follow, comment, ad, tag and newsletter lines."""
    bare = _bare(line)
    if not bare:
        return True
    if bare in _UI_SET or _COUNT_LINE.match(bare):
        return True
    if _UI_RUN.fullmatch(bare):
        return True  # several widgets on one line: "Bagikan | Komentar (3)"
    if len(line) < 300 and _CHROME_START.match(line.strip()):
        return True
    # Calls to action that name a platform: "Yuk gabung channel WhatsApp ...", "Ikuti kami di Google News".
    return len(line) < 300 and _calls_to_act(line) and bool(_CTA_PLATFORM.search(line))  # the rarer, cheaper first


def is_read_also(line: str) -> bool:
    """"Baca juga: ...", "MEMBACA ...", "Read also ..." headlines pointing at other stories."""
    return bool(_READ_ALSO.match(line.strip()))


def has_photo_credit(line: str) -> bool:
    """A caption closed by its photo's credit ("... on May 3. (Harian Kota/Budi Santo)", "... on Thursday. (AFP)")."""
    return bool(_PHOTO_CREDIT.search(line) or _SITE_CREDIT.search(line) or _AGENCY_PHOTO_CREDIT.search(line))


def is_caption(line: str) -> bool:
    """Photo captions and image credits ("... Foto: Reuters. |", "Gambar Istimewa : x", "![]() |")."""
    s = line.strip()
    if _MD_IMAGE.match(s) or s.endswith("|"):
        return True
    if len(s) > 400:
        return False  # a long paragraph mentioning "foto:" is body text, not a caption
    m = _CAPTION_MARK.search(s) if ":" in s or "：" in s else None  # the mark ends with a colon
    if m and (m.start() < 3 or len(s) - m.end() < 80):
        return True
    return "/" in s and bool(_CAPTION_SLASH.search(s)) and len(s) < 200


def origin_of(line: str) -> tuple[bool, str | None]:
    """Recognise a whole-line original-source pointer.

    Returns ``(True, url_or_None)`` for such a line: a URL as written, else ``https://`` plus a bare domain
    ("techcrunch.com"), else None (e.g. "Sumber: Reuters").  ``(False, None)`` for anything else.
    """
    s = line.strip()
    for rx in _ORIGIN:
        m = rx.match(s)
        if not m:
            continue
        value = m.group("v").strip()
        url = _URL.search(value)
        if url:
            return True, url.group(0).rstrip(".,;")
        # "Dilansir dari TechCrunch, dua sumber ..." is a sentence, not a pointer: keep only short tails.
        if len(value.split()) > 6:
            return False, None
        dom = _DOMAIN.search(value)
        return True, f"https://{dom.group(1).lower()}" if dom else None
    return False, None


# the mark an article's last line ends with: "***", "(*)", the editors' initials "(ant)", "(gun/dal)"
_END_MARK = re.compile(r"\s*(?:\*{2,}|\((?:\*|[a-z]{2,5}(?:/[a-z]{2,5})*)\))\s*$")


def ends_like_sentence(line: str) -> bool:
    return _END_MARK.sub("", line.rstrip()).endswith(tuple(_FINAL))


# a headline may ask ("Kelompok Peretas Rilis Kunci, Apakah Bisa Dipakai?"): most of its words capitalised
_TITLE_CASE_QUESTION = re.compile(r"^(?:[\"“‘']?[A-Z0-9][\w'’.,:-]*\s+){3,}(?:[\w'’.,:-]+\s+){0,3}?[A-Z][\w'’-]*\?$")


_STOCK_CODE_LAST = re.compile(r"\s*\([A-Z]{3,5}\)$")


def is_heading(line: str) -> bool:
    """A short line without final punctuation: a headline or section heading, not a sentence."""
    s = line.strip().lstrip("#").strip()
    # a market headline closes with the stock's code in brackets ("... Caplok Saham Beton Raya (BTRY)"): no sentence's end
    if not s or ends_like_sentence(_STOCK_CODE_LAST.sub("", s)) and not _TITLE_CASE_QUESTION.match(s):
        return False
    if s[-1] in ",;":  # a sentence the copy broke across lines ("... pada perdagangan Jumat (22/11/2024),")
        return False
    # a headline may open with a brand spelled with a small first letter ("eFarmku", "iPhone")
    opens = s[0].isupper() or s[0].isdigit() or s[0] in "\"“‘'" or re.match(r"[a-z]{1,2}[A-Z]", s) is not None
    return len(s) <= 160 and len(s.split()) <= 20 and opens


def is_boilerplate(line: str) -> bool:
    """Any line that must never become a fact: chrome, captions, read-also, origin pointers.

    The parsers drop these lines from a page; extraction drops them again from text that reached it
    another way (a test, an article stored before a rule was added), with two rules more: a line that
    is only a URL, and one that ends in a photo agency's credit.
    """
    if is_chrome(line) or is_caption(line) or is_read_also(line) or origin_of(line)[0]:
        return True
    s = line.strip()
    return bool(_URL_ONLY.match(s) or AGENCY_CREDIT.search(s))
