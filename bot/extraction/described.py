"""A person named only by what they are: "a palm oil tycoon", "the defendant", "pengusaha itu".

Wire copy often opens with a description and names the person a sentence later ("A court sentenced a palm
oil tycoon to 15 years ... Budi Hartono, 71, ..."); reports go on calling them "the businessman" or
"terdakwa". When the article has one person it speaks of most, such a description in a sentence that
names no one else stands for them: the sentence's happening, figures and facts are theirs.
"""

from __future__ import annotations

import re

from bot.domain import Mention

from .document import Doc, most_named
from .leads import SENTENCE_WORDS, Gated

# words for one person of the news by what they are or what they face; not "suspect"/"tersangka", which
# reports use of several people at once
_NOUNS_EN = r"tycoon|businessman|businesswoman|billionaire|magnate|mogul|defendant|convict|fugitive"
_NOUNS_ID = r"taipan|pengusaha|konglomerat|miliarder|terdakwa|terpidana|buronan|buron"
_DESCRIBED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUNS_EN})\b(?!\s+(?-i:[A-Z]))|"
    # Indonesian: the noun alone, never before the name it introduces ("pengusaha Budi Hartono") nor after a
    # word that makes it many ("para pengusaha", "kalangan pengusaha")
    rf"(?<!para\s)(?<!kalangan\s)(?<!asosiasi\s)(?<!sejumlah\s)(?<!beberapa\s)(?<!banyak\s)(?<!daftar\s)"
    rf"\b(?:[Ss]ang\s+)?(?i:{_NOUNS_ID})\b(?!\s+(?-i:[A-Z]))(?!\s+(?:yang|dan)\b)")
# tried at every word (the English article, the Indonesian look-behinds): a sentence without one of the nouns is
# not scanned, its words read in the sentence's one scan
_DESCRIBED_GATED = Gated(_DESCRIBED, SENTENCE_WORDS)
_MIN_MENTIONS = 2


def described_people(doc: Doc) -> list[Mention]:
    """Mentions of the article's main person where a sentence that names no person describes them; each
    is added to its sentence's names (``doc.sm``) for the stages after."""
    main = _main_person(doc)
    if main is None:
        return []
    out = []
    for i, st in enumerate(doc.sents):
        if any(k == "person" for _a, _b, _c, k in doc.sm[i]):
            continue
        m = _DESCRIBED_GATED.search(st.text)
        if m is None:
            continue
        doc.sm[i] = sorted([*doc.sm[i], (m.start(), m.end(), main, "person")])
        out.append(Mention(main, st.passage, st.start + m.start(), st.start + m.end(), m.group(0)))
    return out


def _main_person(doc: Doc) -> str | None:
    """The one person the article names most often (at least twice, no other as often)."""
    return most_named(doc, lambda _name, kind: kind == "person", _MIN_MENTIONS)
