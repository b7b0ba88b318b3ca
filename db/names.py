"""Name keys used for entity identity and fuzzy lookup."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def norm_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Meta Platforms, Inc." -> "meta platforms inc"."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return _NON_WORD.sub(" ", ascii_only).strip()


def compact_name(name: str) -> str:
    """The key without spaces, so "scaleai" meets "Scale AI" and "open ai" meets "OpenAI"."""
    return norm_name(name).replace(" ", "")


# legal forms around a company's name ("PT ... Tbk", "... Inc."): outlets write them or leave them out
LEGAL_FORMS = frozenset({"pt", "tbk", "persero", "inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "co",
                         "pte", "sdn", "bhd", "gmbh", "llp"})


def without_legal_forms(key: str) -> list[str]:
    """The words of a name key other than legal forms: "pt selaras nikel utama tbk" -> [selaras, nikel, utama]."""
    return [w for w in key.split() if w not in LEGAL_FORMS]

