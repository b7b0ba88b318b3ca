"""Direct quotes, reported speech and refusals to comment, with their speaker."""

from __future__ import annotations

import re

from .lexicons import SAY_EN, SAY_ID

DIRECT = re.compile(r"[“\"]([^”\"]{12,}?)[”\"]")
_AFTER_ID = re.compile(r"^\s*,?\s*(?:kata|ujar|ucap|tutur|jelas|tambah|imbuh|tegas|sebut|ungkap|terang|papar|lanjut|tandas|pungkas|tulis)(?P<nya>nya)?\b(?P<rest>[^.;]*)", re.I)
_AFTER_EN = re.compile(rf"^\s*,?\s*(?:(?P<verb1>{SAY_EN})\s+(?P<who1>[^.;,]+(?:,\s*[^.;]+)?)|(?P<who2>[^.;,]{{2,80}}?)\s+(?:{SAY_EN})\b)", re.I)
_BEFORE_EN = re.compile(rf"(?P<who>[^.;]{{2,80}}?)\s+(?:(?:{SAY_EN}|mengatakan|menyatakan|berkata)\s*:?|"
                        rf"(?:called|calls|described|describes|termed|dubbed|menyebut(?:nya)?|menyebutkan)\s+[^.;\"“]{{0,50}}?(?:\s+as)?)\s*$", re.I)
REFUSAL = re.compile(
    r"(?:menolak\s+(?:untuk\s+)?(?:berkomentar|memberikan\s+komentar|mengomentari)|"
    r"(?:memilih\s+)?tidak\s+(?:memberikan|mau\s+memberikan|bersedia\s+memberikan)\s+komentar|"
    r"tidak\s+(?:menanggapi|merespons|membalas)\s+(?:permintaan|permohonan)\s+(?:komentar|tanggapan)|"
    r"enggan\s+berkomentar|tidak\s+bersedia\s+berkomentar|"
    r"declined\s+to\s+comment|refused\s+to\s+comment|did\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment|"
    r"could\s+not\s+be\s+reached\s+for\s+comment|did\s+not\s+return\s+(?:a\s+)?requests?\s+for\s+comment|had\s+no\s+comment)",
    re.I,
)
SAY_RX = re.compile(rf"(?<![\w-])(?:{SAY_ID}|{SAY_EN})(?![\w-])", re.I)
_MENURUT = re.compile(r"^\s*(?:menurut|according\s+to)\s+(?P<who>[^,]{2,80}),\s+(?P<what>.+)$", re.I)
_TRAIL_KATA = re.compile(r"^(?P<what>.+?),\s+(?:kata|ujar|menurut|said|according\s+to)\s+(?P<who>[^,.]{2,60})(?:,\s+[^.]{2,80})?\.?\s*$", re.I)
PRONOUN = re.compile(r"\b(?:ia|dia|beliau|he|she)\b", re.I)
SOURCES = re.compile(r"\b(?:sumber|sources?|orang\s+dalam|insiders?|pekerja\s+lepas|analis|analysts?|anggota)\b", re.I)


def clause_start(sentence: str, pos: int) -> int:
    """Start of the clause that ends at ``pos`` (after ';', ', sementara', ', while', 'but')."""
    best = 0
    for m in re.finditer(r";|,\s+(?:sementara|sedangkan|while|but|namun|tetapi)\b|\bwhile\b", sentence[:pos], re.I):
        best = m.end()
    return best
