"""Cross-language concept lexicon for /search and /timeline: "layoffs" also finds "PHK".

``expand_query_terms(term)`` returns the term plus its equivalents in Indonesian and English (all
lower case); a term that is not a known concept comes back alone.  ``EVENT_LABELS[type]`` gives each
event type's label in "en" and "id".
"""

from __future__ import annotations

import re

CONCEPTS: dict[str, set[str]] = {
    "investment": {"investment", "investments", "invest", "invested", "invests", "investing", "stake", "stakes",
                   "investasi", "menginvestasikan", "berinvestasi", "investor", "saham", "suntikan dana",
                   "menyuntikkan", "menanamkan modal"},
    "acquisition": {"acquisition", "acquisitions", "acquire", "acquired", "acquires", "takeover", "buyout",
                    "merger", "akuisisi", "mengakuisisi", "diakuisisi", "mengambil alih", "membeli"},
    "hiring": {"hiring", "hire", "hired", "hires", "appointed", "appointment", "recruited", "joined", "joins",
               "merekrut", "rekrutmen", "perekrutan", "menunjuk", "mengangkat", "bergabung", "memboyong"},
    "departure": {"departure", "departed", "resigned", "resignation", "stepped down", "left", "leaves",
                  "mundur", "mengundurkan diri", "hengkang", "keluar", "meninggalkan", "kepergian"},
    "layoffs": {"layoffs", "layoff", "laid off", "lays off", "job cuts", "cuts", "redundancies",
                "phk", "pemutusan hubungan kerja", "memangkas", "pemangkasan", "merumahkan", "memecat"},
    "partnership_ended": {"partnership ended", "ended partnership", "cut ties", "terminated", "ended contract",
                          "menghentikan kerja sama", "mengakhiri kerja sama", "memutus hubungan", "putus hubungan",
                          "mengakhiri kontrak", "menghentikan kemitraan"},
    "contract_won": {"contract", "contracts", "deal", "won contract", "kontrak", "memenangkan kontrak",
                     "mengamankan kontrak", "kesepakatan"},
    "valuation": {"valuation", "valued", "worth", "valuasi", "bernilai", "nilai"},
    "revenue": {"revenue", "revenues", "sales", "income", "pendapatan", "penjualan", "meraup", "omzet"},
    "funding": {"funding", "raised", "raise", "round", "series", "pendanaan", "menggalang dana", "putaran"},
    "lawsuit": {"lawsuit", "lawsuits", "sued", "sue", "settlement", "settled", "court", "gugatan",
                "menggugat", "tuntutan hukum", "pengadilan", "menyelesaikan tuntutan"},
    "founding": {"founded", "founding", "founder", "established", "didirikan", "pendiri", "mendirikan", "berdiri"},
    "launch": {"launch", "launched", "launches", "release", "released", "unveiled", "meluncurkan",
               "peluncuran", "merilis", "rilis"},
    "arrest": {"arrest", "arrested", "detained", "custody", "ditangkap", "ditahan", "penangkapan", "penahanan"},
    "charge": {"charged", "suspect", "suspects", "tersangka"},
    "indictment": {"indicted", "indictment", "trial", "didakwa", "dakwaan"},
    "toll": {"death toll", "toll", "korban jiwa", "korban tewas", "korban meninggal"},
    "investigation": {"investigation", "probe", "inquiry", "investigated", "penyelidikan", "penyidikan", "menyelidiki",
                      "mengusut", "pemeriksaan"},
    "ban": {"ban", "banned", "blocked", "suspended", "frozen", "revoked", "larangan", "dilarang", "diblokir",
            "dibekukan", "pembekuan", "dicabut", "pencabutan izin"},
    "fine": {"fine", "fined", "penalty", "denda", "didenda", "sanksi"},
    "recall": {"recall", "recalled", "penarikan produk", "ditarik dari peredaran"},
    "cancellation": {"cancellation", "cancelled", "called off", "pembatalan", "dibatalkan", "batal"},
    "application": {"application", "applied", "permohonan", "mengajukan"},
    "publication": {"report", "study", "laporan", "kajian"},
    "protest": {"protest", "protests", "strike", "rally", "demo", "unjuk rasa", "mogok", "demonstrasi"},
    "accident": {"accident", "explosion", "blast", "fire", "crash", "kecelakaan", "ledakan", "kebakaran"},
    "outage": {"outage", "blackout", "disruption", "gangguan", "pemadaman"},
    "complaint": {"police report", "complaint", "laporan polisi", "dilaporkan", "melaporkan"},
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman", "juru bicara", "jubir"},
    "ceo": {"ceo", "chief executive", "chief executive officer", "direktur utama", "presiden direktur"},
    "quote": {"said", "says", "told", "mengatakan", "menyatakan", "kata", "ujar"},
    "refusal": {"declined to comment", "no comment", "menolak berkomentar", "tidak menanggapi"},
}

EVENT_LABELS: dict[str, dict[str, str]] = {
    "investment": {"en": "investment", "id": "investasi"},
    "acquisition": {"en": "acquisition", "id": "akuisisi"},
    "hiring": {"en": "hiring", "id": "perekrutan"},
    "departure": {"en": "departure", "id": "kepergian"},
    "layoffs": {"en": "layoffs", "id": "PHK"},
    "partnership_ended": {"en": "partnership ended", "id": "kerja sama dihentikan"},
    "contract_won": {"en": "contract won", "id": "kontrak diperoleh"},
    "valuation": {"en": "valuation", "id": "valuasi"},
    "revenue": {"en": "revenue", "id": "pendapatan"},
    "funding": {"en": "funding", "id": "pendanaan"},
    "lawsuit": {"en": "lawsuit", "id": "gugatan hukum"},
    "founding": {"en": "founding", "id": "pendirian"},
    "launch": {"en": "launch", "id": "peluncuran"},
    "arrest": {"en": "arrest", "id": "penangkapan"},
    "charge": {"en": "charge", "id": "penetapan tersangka"},
    "indictment": {"en": "indictment", "id": "dakwaan"},
    "toll": {"en": "death toll", "id": "jumlah korban"},
    "investigation": {"en": "investigation", "id": "penyelidikan"},
    "ban": {"en": "ban", "id": "larangan"},
    "fine": {"en": "fine", "id": "denda"},
    "recall": {"en": "recall", "id": "penarikan produk"},
    "cancellation": {"en": "cancellation", "id": "pembatalan"},
    "application": {"en": "application", "id": "permohonan"},
    "publication": {"en": "report published", "id": "laporan terbit"},
    "protest": {"en": "protest", "id": "unjuk rasa"},
    "market": {"en": "share price move", "id": "pergerakan saham"},
    "accident": {"en": "accident", "id": "kecelakaan"},
    "outage": {"en": "outage", "id": "gangguan"},
    "resumption": {"en": "resumption", "id": "pemulihan"},
    "complaint": {"en": "police report", "id": "laporan polisi"},
}

_INDEX: dict[str, set[str]] = {}
for _concept, _terms in CONCEPTS.items():
    for _t in _terms | {_concept, _concept.replace("_", " ")}:
        _INDEX.setdefault(_t, set()).add(_concept)
for _type, _labels in EVENT_LABELS.items():
    for _l in _labels.values():
        _INDEX.setdefault(_l.lower(), set()).add(_type)


def expand_query_terms(term: str) -> set[str]:
    """The term and its cross-language equivalents, lower case."""
    t = re.sub(r"\s+", " ", (term or "").strip().lower())
    if not t:
        return set()
    out = {t}
    for concept in _INDEX.get(t, set()):
        out |= CONCEPTS.get(concept, set()) | {concept.replace("_", " ")}
        if concept in EVENT_LABELS:
            out |= {v.lower() for v in EVENT_LABELS[concept].values()}
    return out


def event_types_for(term: str) -> set[str]:
    """Event types a query word refers to ("PHK" -> {"layoffs"})."""
    t = re.sub(r"\s+", " ", (term or "").strip().lower())
    return {c for c in _INDEX.get(t, set()) if c in EVENT_LABELS}
