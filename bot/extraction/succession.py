"""A post handed on in a sentence that names only its new holder: "Posisinya kini diisi Rina Wulandari", "She was
replaced by Rina Wulandari", "... and elected Rina Wulandari in her place", "Posisi Kepala Dinas kini dijabat Rina
Wulandari". The new holder holds, from now, the post the article told last before it: a role read in that sentence
before the handing on or in one of the three sentences before it (its holder's no longer), or the post the sentence
names itself. News writes a departure and its successor in two sentences as often as in one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .roles import HOLDER, RawRole, find_roles, find_titles, normalise_title

# "Posisinya (kini) diisi", "Jabatan itu dijabat", "Kursi tersebut ditempati": the post of the sentences before
_STILL = r"(?:\s+(?:kini|saat\s+ini|sekarang|untuk\s+sementara|sementara|lalu|kemudian|pun|akhirnya|resmi))*"
_TAKEN = r"(?:diisi|dijabat|dipegang|digantikan|ditempati|diemban|dirangkap|diambil\s*alih)(?:\s+oleh)?"
_ITS_POST = rf"\b(?i:posisi|jabatan|kursi)(?:nya|\s+(?:itu|tersebut|ini)){_STILL}\s+{_TAKEN}\s+"
# "Posisi Kepala Dinas Kopitara kini dijabat": the post named in the sentence itself
_NAMED_POST = rf"\b(?i:posisi|jabatan|kursi)\s+(?P<post>[A-Z][^,.;:\"“”]{{2,80}}?){_STILL}\s+{_TAKEN}\s+"
_BEFORE_NAME = (
    _ITS_POST,
    _NAMED_POST,
    r"\b(?i:ia|dia|beliau)\s+(?:kemudian\s+|lalu\s+|pun\s+)?digantikan\s+(?:oleh\s+)?",
    r"\b(?i:he|she)\s+(?:was|has\s+been|had\s+been|will\s+be|is)\s+(?:replaced|succeeded)\s+by\s+",
    r"\b(?i:his|her)\s+(?:post|position|seat|job|role)\s+(?:went\s+to|was\s+taken\s+(?:over\s+)?by|is\s+now\s+held\s+by|"
    r"(?:has\s+been|was)\s+filled\s+by)\s+",
)
_LEADS = re.compile("|".join(f"(?:{p})" for p in _BEFORE_NAME))
_NAMED_LEAD = re.compile(_NAMED_POST)
# "<Name> replaced him", "<Name>, a veteran banker, menggantikannya": the new holder named first
_AFTER_NAME = re.compile(r"^(?:,[^,]{1,80},)?\s+(?:kemudian\s+|lalu\s+)?(?:menggantikan(?:nya|\s+posisinya|\s+(?:dia|beliau)\b)|"
                         r"(?:replaced|succeeded|replaces|succeeds|will\s+(?:replace|succeed))\s+(?:him|her)\b)")
# "elected <Name> in his place", "menunjuk <Name> sebagai penggantinya"
_CHOSEN = re.compile(r"\b(?:elected|appointed|named|chose|picked|installed|memilih|menunjuk|mengangkat)\s+$")
_IN_PLACE = re.compile(r"^(?:,[^,]{1,80},)?\s+(?:in\s+(?:his|her)\s+place|as\s+(?:his|her)\s+(?:successor|replacement)|"
                       r"(?:sebagai\s+)?penggantinya\b)")
# "..., sebagai pelaksana tugas", "as acting ...", "untuk sementara": an acting holder
_ACTING_AFTER = re.compile(r"^,?\s+(?:sebagai\s+(?i:pelaksana\s+tugas|plt|plh|pelaksana\s+harian|penjabat)|as\s+(?:acting|interim))\b")
_ACTING_BEFORE = re.compile(r"\b(?:sementara|(?i:pelaksana\s+tugas|pelaksana\s+harian|plt|plh)|acting|interim|temporarily)\b")
# what each handing on holds (read case-sensitively): most sentences hold none, and the names of those are not read
_HANDING_WORDS = ("osisi", "abatan", "ursi", "igantikan", "eplace", "ucceed", "went to", "taken", "held by", "filled by",
                  "enggantikan", "s place", "r place", "successor", "penggantinya")
_LOOK_BACK = 3  # sentences
_FOUNDER = re.compile(r"founder|pendiri", re.I)


def handed_on(roles: list[list[RawRole]], sentences: Sequence[str],
              titles: Sequence[Sequence[tuple[int, int]]]) -> list[list[RawRole]]:
    """``roles`` (each sentence's readings) with the new holders of posts handed on added to their sentences;
    ``titles``: the spans of the posts each sentence names (``find_titles``)."""
    for i, sentence in enumerate(sentences):
        if any(word in sentence for word in _HANDING_WORDS):
            roles[i] = roles[i] + _successors(roles, sentences, titles, i)
    return roles


def _successors(roles: list[list[RawRole]], sentences: Sequence[str], titles: Sequence[Sequence[tuple[int, int]]],
                i: int) -> list[RawRole]:
    sentence = sentences[i]
    out: list[RawRole] = []
    for lead, start, end, name in _new_holders(sentence):
        if any(r.name == name and r.title.startswith("interim") for r in roles[i]):
            continue  # the sentence says what the acting holder holds ("diisi X sebagai CEO interim")
        acting = bool(_ACTING_AFTER.match(sentence[end:]) or _ACTING_BEFORE.search(sentence, lead, start))
        named = _named_post(sentence[:start], name)
        for post in named or _posts_before(roles, sentences, titles, i, start):
            if named or post.name != name:
                out += _taken(post, name, start, end, acting, roles[i] + out)
    return out


def _taken(post: RawRole, name: str, start: int, end: int, acting: bool, told: list[RawRole]) -> list[RawRole]:
    """``post`` as ``name``'s (at ``start``-``end`` of the sentence; as interim if ``acting``), unless ``told``
    already holds it; a permanent holder ends the one before."""
    title = post.title if not acting or post.title.startswith("interim") else f"interim {post.title}"
    if any(r.name == name and r.title == title for r in told):
        return []
    post.former = post.former or not acting
    return [replace(post, name=name, title=title, former=False, start=start, end=end)]


def _new_holders(sentence: str) -> list[tuple[int, int, int, str]]:
    """(where the handing on is told from, start, end, name) of each new holder the sentence hands a post to."""
    out = [(m.start(), *held) for m in _LEADS.finditer(sentence) if (held := _name_at(sentence, m.end()))]
    for m in HOLDER.finditer(sentence):
        if _AFTER_NAME.match(sentence[m.end():]) or (_IN_PLACE.match(sentence[m.end():])
                                                      and _CHOSEN.search(sentence[max(0, m.start() - 12):m.start()])):
            out.append((m.start("name"), m.start("name"), m.end(), m.group("name")))
    return out


def _name_at(sentence: str, at: int) -> tuple[int, int, str] | None:
    """The name right at ``at``, after a description set off by a comma that opens in lower case or names a post
    ("salah satu pendiri, Rina Wulandari", "Pelaksana Harian (Plh) Kepala Dinas, Rina Wulandari"), or after a post
    written before it ("diisi Direktur Keuangan Rina Wulandari")."""
    comma = sentence.find(",", at, at + 80)
    described = sentence[at:comma] if comma >= 0 else ""
    if described and (described[:1].islower() or find_titles(described)) and "(" not in sentence[comma:comma + 3]:
        m = HOLDER.match(sentence, _next_word(sentence, comma + 1))
    else:
        m = HOLDER.match(sentence, at)
        post = find_titles(m.group("name")) if m else []
        if m and post and post[0][0] == 0:  # the capitalised run opens with a post: the name is what follows it
            m = HOLDER.match(sentence, _next_word(sentence, m.start("name") + post[0][1]))
    if m is None or find_titles(m.group("name")):
        return None
    return m.start("name"), m.end(), m.group("name")


def _next_word(text: str, at: int) -> int:
    return at + len(text[at:]) - len(text[at:].lstrip())


def _named_post(before: str, name: str) -> list[RawRole]:
    """The post the sentence names before its new holder ("Posisi Kepala Dinas X kini dijabat <name>"), read as
    "<post> <name> hadir.", the shape the patterns read a holder in."""
    named = _NAMED_LEAD.search(before)
    return [r for r in find_roles(f"{named.group('post')} {name} hadir.") if r.name == name][:1] if named else []


def _posts_before(roles: list[list[RawRole]], sentences: Sequence[str], titles: Sequence[Sequence[tuple[int, int]]],
                  i: int, at: int) -> list[RawRole]:
    """The post handed on: the roles read before ``at`` in sentence ``i``, else those of the nearest of the
    sentences before it with any (a departed holder's first), or the last post one of them names with no holder read
    ("kursi direktur keuangan yang kosong sejak ...": the company's)."""
    earlier = [r for r in roles[i] if r.end <= at]
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        if earlier:
            break
        earlier = list(roles[j]) or _post_alone(sentences[j], titles[j])
    # a founder is one for good: founding is no post one is succeeded in
    earlier = [r for r in earlier if not _FOUNDER.search(r.title)]
    gone = [r for r in earlier if r.former]
    return (gone or earlier)[:1]


def _post_alone(sentence: str, titles: Sequence[tuple[int, int]]) -> list[RawRole]:
    """The last post the sentence names, of the company the article is about (no holder was read with it)."""
    if not titles:
        return []
    a, b = titles[-1]
    title, former = normalise_title(sentence[a:b])
    return [] if former else [RawRole("", title, None, False, True, a, b, topic=True)]
