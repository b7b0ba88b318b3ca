"""Titles and role patterns (person, title, organisation), both languages, both orders.

``find_titles(sentence)`` gives the spans of job titles (used to keep titles out of entity names);
``find_roles(sentence)`` gives raw role matches with surface names; the pipeline maps the surface
names to canonical entities and resolves back-references ("its founder", "CEO-nya", "pendirinya").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicons import MEDIA, ORG_SUFFIX, ORGS, PRODUCTS, STOPWORDS

_CAPW = r"(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&'’-]*(?:\.(?:com|id|io|ai|net|org|co)\b)?(?:(?<=Inc|Ltd)\.|(?<=Corp)\.)?"
_TAIL_CAP = rf"(?-i:\s+of\s+{_CAPW}(?:\s+(?:and|&|of)\s+{_CAPW}|\s+{_CAPW})*)"
_TAIL_LOW = r"(?-i:\s+of\s+(?!the\b|a\b|an\b)[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?)"
_TITLE_CORE = (
    r"(?i:"
    r"chief\s+(?:executive|financial|technology|technical|operating|marketing|product|information|"
    r"people|revenue|commercial|strategy|scientific|ai|data|security)(?:\s+officer)?|chief\s+scientist|"
    r"(?:senior\s+|executive\s+)?vice\s+president(?:" + _TAIL_CAP + "|" + _TAIL_LOW + r")?|"
    r"(?:SVP|EVP|VP)(?:" + _TAIL_CAP + "|" + _TAIL_LOW + r")?|"
    r"head(?:" + _TAIL_CAP + "|" + _TAIL_LOW + r")|"
    r"(?:wakil\s+)?(?:kepala|presiden|direktur|manajer|ketua)(?:\s+(?:operasional|keuangan|teknologi|pemasaran|"
    r"penjualan|produk|eksekutif|internasional|bisnis|komersial|strategi|hukum|komunikasi|divisi|bagian|unit|tim|data|"
    r"digital|riset|penelitian|ritel|korporat|sdm|sumber\s+daya\s+manusia|investor|kepatuhan|risiko|regional|umum))+|"
    r"kepala|"
    r"salah\s+satu\s+pendiri|co-?founder|co-?pendiri|pendiri|founder|"
    r"juru\s+bicara|jubir|spokes(?:person|man|woman)|"
    r"presiden\s+direktur|direktur\s+utama|direktur(?:\s+(?:keuangan|teknologi|operasional|eksekutif|pelaksana))?|"
    r"managing\s+director|general\s+manager|"
    r"menteri(?:\s+(?:koordinator\s+bidang\s+)?(?:keuangan|perdagangan|perindustrian|investasi|bumn|kesehatan|pendidikan|"
    r"ketenagakerjaan|pertahanan|perhubungan|pariwisata|pertanian|agama|sosial|hukum|luar\s+negeri|dalam\s+negeri|perekonomian|"
    r"komunikasi\s+dan\s+(?:digital|informatika)|energi(?:\s+dan\s+sumber\s+daya\s+mineral)?|"
    r"koperasi(?:\s+dan\s+ukm)?|ekonomi\s+kreatif|keuangan))?|"
    r"(?:finance|trade|economy|commerce|foreign|prime)\s+minister|minister(?:\s+of\s+[a-z]+)?|"
    r"wakil\s+presiden\s+direktur|governor|gubernur|wali\s+kota|bupati|mayor|"
    r"(?:state\s+)?senator|assembly\s+(?:member|woman|man)|anggota\s+dpr|"
    r"analis|analyst|(?:managing\s+|general\s+)?partner|kuasa\s+hukum|pengacara|lawyer|attorney|"
    r"(?:co-)?chair(?:man|woman|person)?|ketua|presiden|president|director|"
    r"(?-i:CEO|CFO|CTO|COO|CMO|CPO|CIO|CRO)"
    r")"
)
TITLE = rf"(?i:(?:mantan|former|ex-|eks)\s+)?(?i:(?:interim|acting|plt\.?|pelaksana\s+tugas|new|baru)\s+)?{_TITLE_CORE}(?i:\s+(?:interim|sementara)(?![\w-]))?"
TITLE_RX = re.compile(rf"(?<![\w-]){TITLE}(?![\w])", re.I)
_ACR = re.compile(r"^(?:CEO|CFO|CTO|COO|CMO|CPO|CIO|CRO|SVP|EVP|VP)\b")

_NORM = [
    (re.compile(r"^chief\s+executive(\s+officer)?$", re.I), "CEO"),
    (re.compile(r"^chief\s+financial(\s+officer)?$", re.I), "CFO"),
    (re.compile(r"^chief\s+(technology|technical)(\s+officer)?$", re.I), "CTO"),
    (re.compile(r"^chief\s+operating(\s+officer)?$", re.I), "COO"),
    (re.compile(r"^chief\s+marketing(\s+officer)?$", re.I), "CMO"),
    (re.compile(r"^chief\s+product(\s+officer)?$", re.I), "CPO"),
    (re.compile(r"^chief\s+information(\s+officer)?$", re.I), "CIO"),
    (re.compile(r"^(salah\s+satu\s+pendiri|co-?founder|co-?pendiri)$", re.I), "co-founder"),
    (re.compile(r"^(pendiri|founder)$", re.I), "founder"),
    (re.compile(r"^(juru\s+bicara|jubir|spokes(person|man|woman))$", re.I), "spokesperson"),
    (re.compile(r"^(presiden\s+direktur|direktur\s+utama)$", re.I), "president director"),
    (re.compile(r"^(presiden|president)$", re.I), "president"),
    (re.compile(r"^(ketua|chair(man|woman|person)?)$", re.I), "chair"),
    (re.compile(r"^kepala$", re.I), "head"),
    (re.compile(r"^(analis|analyst)$", re.I), "analyst"),
    (re.compile(r"^(kuasa\s+hukum|pengacara|lawyer|attorney)$", re.I), "lawyer"),
    (re.compile(r"^(gubernur|governor)$", re.I), "governor"),
    (re.compile(r"^direktur$", re.I), "director"),
]


def normalise_title(raw: str) -> tuple[str, bool]:
    """Normalised title and whether it was marked former ("mantan", "former", "ex-")."""
    t = re.sub(r"\s+", " ", raw.strip())
    former = False
    m = re.match(r"^(mantan|former|ex-|eks)\s*", t, re.I)
    if m:
        former = True
        t = t[m.end():]
    prefix = ""
    m = re.match(r"^(interim|acting|plt\.?|pelaksana tugas)\s+", t, re.I)
    if m:
        prefix = "interim "
        t = t[m.end():]
    t = re.sub(r"^(new|baru)\s+", "", t, flags=re.I)
    m = re.search(r"\s+(interim|sementara)$", t, re.I)
    if m:
        prefix = "interim "
        t = t[: m.start()]
    for rx, norm in _NORM:
        if rx.match(t):
            return prefix + norm, former
    if _ACR.match(t):
        return prefix + t, former
    if re.match(r"^head\b", t, re.I):
        return prefix + "head" + t[4:], former
    if re.match(r"^(senior |executive )?vice president", t, re.I):
        head = re.match(r"^((?:senior |executive )?vice president)", t, re.I).group(1)  # type: ignore[union-attr]
        return prefix + head.title() + t[len(head):], former
    return prefix + t.lower(), former


_ORGR = rf"{_CAPW}(?:\s+(?:{_CAPW}|\d{{1,2}}|&\s+{_CAPW}))*"
_PART = r"(?:(?:de|van|von|der|den|del|da|dos|du|bin|binti)\s+){0,2}"
_NAME = rf"[A-Z][a-zA-Z'’-]+(?:\s+{_PART}[A-Z][a-zA-Z'’-]+){{1,2}}"
_NAMEX = r"[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){0,2}"
_T = rf"(?P<title>{TITLE})"
_POSS = r"(?:'s|’s)"
_AGE = r"(?:\s+yang\s+berusia\s+\d+\s+tahun|,?\s+\d+,)?"
_PAGE = r"(?:\s*\(\d{1,3}\))?"

_PATTERNS = [
    # "Brightwave's founder and chief executive, Elena Marquez"
    ("org_poss_t_name", re.compile(rf"(?P<org>{_ORGR}){_POSS}\s+{_T}(?:\s+(?:and|dan)\s+(?P<title2>{TITLE}))?\s*,\s+(?P<name>{_NAME})")),
    # "Aditya Rahman, Vantor's chief executive"
    ("name_org_poss_t", re.compile(rf"(?P<name>{_NAME})\s*,\s+(?P<org>{_ORGR}){_POSS}\s+{_T}(?:\s+(?:and|dan)\s+(?P<title2>{TITLE}))?")),
    # "Ruben Mayer, yang sebelumnya menjabat sebagai SVP of X di Scale AI" / "who previously served as"
    ("name_prev", re.compile(
        rf"(?P<name>{_NAMEX}),?\s+(?:yang|who)\s+(?P<prev>sebelumnya|pernah|previously|formerly|was|is|kini|now|currently)?\s*"
        rf"(?:menjabat\s+sebagai|menjabat|served\s+as|serves\s+as|worked\s+as|bekerja\s+sebagai)\s+(?:an?\s+|the\s+|(?P<its>its|their)\s+)?{_T}"
        rf"(?:(?:\s+(?:di|at|of|for|pada))?\s+(?P<org>{_ORGR}))?")),
    # "Kreditku didirikan pada 2017 oleh Hendra dan Sari Lestari" / "founded in 2018 by X and Y"
    ("founded_by", re.compile(
        rf"(?P<org>{_ORGR})(?:\s+(?:was|were))?\s+(?:didirikan|founded|co-founded|established)(?:\s+(?:pada|in|tahun|di|at)\s+(?:tahun\s+)?[\w-]+){{0,2}}"
        rf"\s+(?:oleh\s+|by\s+)?(?P<name>{_NAMEX})(?:\s*(?:,|dan|and|&)\s+(?P<name2>{_NAMEX}))?")),
    # "Bambang Suryo, yang sebelumnya ..., sebagai CEO interim Tokoloka"
    ("as_t_org", re.compile(rf"(?P<name>{_NAME})(?:\s*,[^,]{{0,90}},)?\s+(?:sebagai|as)\s+(?:the\s+|its\s+)?{_T}(?:\s+(?:di|at|of))?\s+(?P<org>{_ORGR})")),
    # "Priya Raman, its chief financial officer"
    ("name_its_t", re.compile(rf"(?P<name>{_NAME})\s*,\s+(?P<its>its|their|the\s+company's)\s+{_T}")),
    # "Co-founder and chief executive Nina Alvarez"
    ("t_and_t_name", re.compile(rf"{_T}\s+(?:and|dan)\s+(?P<title2>{TITLE})\s+(?P<name>{_NAME})")),
    # "Tomas Berg, who heads Halcyon's unit" / "yang memimpin X"
    ("name_heads", re.compile(rf"(?P<name>{_NAMEX}),?\s+(?:who|yang)\s+(?:heads|leads|runs|memimpin|mengepalai)\s+(?P<org>{_ORGR})")),
    # "Natarajan, who co-founded the company" / "yang mendirikan X"
    ("name_founded", re.compile(rf"(?P<name>{_NAMEX}),?\s+(?:who|yang)\s+(?P<verb>co-?founded|founded|ikut\s+mendirikan|mendirikan)\s+(?:(?P<back>the\s+company|the\s+startup|the\s+firm|perusahaan\s+(?:ini|itu|tersebut))|(?P<org>{_ORGR}))")),
    # "Brendan Foody, CEO Mercor" / "Joe Osborne, juru bicara Scale AI" / "Marcus Lee, a former VP of ops at Lumora"
    ("name_t_org", re.compile(rf"(?P<name>{_NAMEX}){_PAGE}\s*,\s+(?:(?:now|kini|currently|still)\s+)?(?:(?:a|an|the|sang)\s+)?{_T}(?:\s+(?:di|at|of|for|dari|pada))?\s+(?P<org>{_ORGR})")),
    # "CEO Labelbox, Manu Sharma" / "mantan CEO X, Y"
    ("t_org_comma_name", re.compile(rf"{_T}(?:\s+(?:and|dan|sekaligus|merangkap)\s+(?P<title2>{TITLE}))?\s+(?:(?:di|at|of|dari)\s+)?(?P<org>{_ORGR})\s*,\s+(?P<name>{_NAME})")),
    # "pendirinya yang berusia 28 tahun, Alexandr Wang" / "CEO-nya, Alexandr Wang" / "its founder, X"
    ("t_back_name", re.compile(rf"(?:(?P<its>\b(?:its|their|the\s+company's)\s+){_T}|{_T.replace('title', 'title_b')}-?nya){_AGE}\s*,\s+(?P<name>{_NAME})")),
    # "Kepala Penjualan Internasional, Maria Lim" (organisation from the sentence)
    ("t_comma_name", re.compile(rf"{_T}\s*,\s+(?P<name>{_NAME})\s*,")),
    # "Mercor CEO Brendan Foody"
    ("org_t_name", re.compile(rf"(?P<org>{_ORGR})\s+{_T}(?:\s+(?:and|dan)\s+(?P<title2>{TITLE}))?\s+(?P<name>{_NAME})")),
    # "CFO OpenAI Sarah Friar" / "chief technology officer Daniel Okafor"
    ("t_run", re.compile(rf"{_T}\s+(?P<run>{_ORGR})")),
    # "hired Rahul Mehta, a former head of payments at Grab, as chief operating officer"
    ("hired_as", re.compile(rf"(?:hired|appointed|named|merekrut|menunjuk|mengangkat)\s+(?P<name>{_NAME})(?:\s*,[^,]{{0,90}},)?\s+(?:as|sebagai)\s+(?:its\s+|the\s+company's\s+|new\s+)*{_T}")),
]


@dataclass
class RawRole:
    name: str
    title: str
    org: str | None
    former: bool
    back: bool  # org must be resolved from context ("its", "-nya", "the company")
    start: int
    end: int
    subject: bool = False  # resolve the org to the sentence's subject ("X hired Y as CFO")
    topic: bool = False  # no cue at all: the organisation the article is about


_BACK_CUE = re.compile(r"\b(?:the\s+company|the\s+startup|the\s+firm|perusahaan\s+(?:ini|itu|tersebut)|its|their)\b", re.I)


def find_titles(sentence: str) -> list[tuple[int, int]]:
    out = []
    for m in TITLE_RX.finditer(sentence):
        txt = m.group(0)
        if _ACR.match(txt.split()[-1] if txt.split() else "") is None and txt.isupper() is False:
            pass
        out.append(m.span())
    return out


def _case_ok(title: str) -> bool:
    """Acronym titles must be upper case; word titles may be any case."""
    last = re.sub(r"^(?:(?:mantan|former|ex-|eks|interim|acting|new|baru)\s+)+", "", title, flags=re.I)
    head = last.split()[0] if last.split() else ""
    if head.upper() in {"CEO", "CFO", "CTO", "COO", "CMO", "CPO", "CIO", "CRO", "SVP", "EVP", "VP"}:
        return head.isupper()
    return True


_TITLE_LOOSE = re.compile(TITLE, re.I)
_EXEC = re.compile(r"^(?:interim\s+)?(?:CEO|CFO|COO|CTO|CMO|CPO|CIO|CRO|co-founder|founder|president director)$", re.I)
_PREFILTER = re.compile(r"heads|leads|runs|memimpin|mengepalai|founded|mendirikan|didirikan|established", re.I)


def find_roles(sentence: str) -> list[RawRole]:
    out: list[RawRole] = []
    if not _TITLE_LOOSE.search(sentence) and not _PREFILTER.search(sentence):
        return out
    used: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(sentence):
            gd = m.groupdict()
            title_raw = gd.get("title") or gd.get("title_b")
            if kind == "founded_by":
                title_raw = "co-founder" if gd.get("name2") else "founder"
            if kind in ("name_heads", "name_founded"):
                title_raw = "head" if kind == "name_heads" else ("co-founder" if "co" in gd["verb"].lower() or "ikut" in gd["verb"].lower() else "founder")
            if not title_raw or not _case_ok(title_raw):
                continue
            a, b = m.span()
            if any(a < y and x < b for x, y in used) and kind in ("org_t_name", "t_run", "t_org_comma_name", "t_comma_name"):
                continue
            title, former = normalise_title(title_raw)
            name = gd.get("name")
            org = gd.get("org")
            back = bool(gd.get("its") or gd.get("title_b") or gd.get("back"))
            if kind == "name_prev" and (gd.get("prev") or "").lower() in ("sebelumnya", "pernah", "previously", "formerly", "was"):
                former = True
            if kind == "t_run":
                toks = gd["run"].split()
                if len(toks) >= 3:
                    org, name = " ".join(toks[:-2]), " ".join(toks[-2:])
                elif len(toks) == 2:
                    low = gd["run"].lower()
                    if toks[-1].lower() in ORG_SUFFIX or low in ORGS or low in MEDIA or low in PRODUCTS:
                        continue
                    org, name = None, gd["run"]
                    back = bool(_BACK_CUE.search(sentence))
                else:
                    continue
            if kind in ("t_comma_name", "t_and_t_name") or (kind == "name_prev" and not org):
                back = True
            if kind == "hired_as":
                org = None
                back = True
            topic = False
            if kind == "t_run" and org is None and not back and _EXEC.match(title):
                back = topic = True  # "chief executive Erik Haugen told analysts": the company the article is about
            if not name:
                continue
            single = " " not in name.strip()
            if single and (name.lower() in STOPWORDS or name.lower().endswith("nya")):
                continue
            roles = [title]
            if gd.get("title2"):
                t2, f2 = normalise_title(gd["title2"])
                roles.append(t2)
                former = former or f2
            people = [name] + ([gd["name2"]] if gd.get("name2") else [])
            for person in people:
                for t in roles:
                    out.append(RawRole(person.strip(), t, org.strip() if org else None, former, back and not org, a, b,
                                       kind == "hired_as", topic))
            if not single:
                used.append((a, b))
    return out
