"""Titles and role patterns (person, title, organisation), both languages, both orders.

``find_titles(sentence)`` gives the spans of job titles (used to keep titles out of entity names);
``find_roles(sentence)`` gives raw role matches with surface names; the pipeline maps the surface
names to canonical entities and resolves back-references ("its founder", "CEO-nya", "pendirinya").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from bot.language import detect_language

from .candidates import LEGAL_HEADS
from .kinds import MIDDLE_INITIAL, PT_BEFORE, known_place, ministry_fields_end, opens_like_a_person
from .leads import (
    SENTENCE_WORDS,
    Gated,
    LeadScan,
    Starts,
    WordGate,
    WordGates,
    case_blind_throughout,
    matches_from,
    opening_of,
)
from .lexicons import (
    BALINESE_NAME_WORDS,
    CLOSING_NAME_WORDS,
    COMPASS_WORDS,
    DAYS,
    DEMONYMS,
    FIRST_NAMES,
    MEDIA,
    MINISTRY_FIELDS,
    MONTHS,
    NATIONAL_BODIES,
    NATIONAL_SHORT_FORMS,
    NOBLE_NAME_OPENERS,
    OFFICE_HEADS,
    OFFICE_VOCABULARY,
    ORG_DESCRIPTORS,
    ORG_ONLY_WORDS,
    ORG_PREFIX,
    ORG_SUFFIX,
    ORG_WORDS,
    ORGS,
    PLACES,
    PRODUCTS,
    REGION_UNITS,
    SPELLED_RANK,
    STOPWORDS,
    TITLE_WORDS,
)

_CAPW = r"(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&'’-]*(?:\.(?i:com|id|io|ai|net|org|co)\b)?(?:(?<=Inc|Ltd|Pte|Bhd|Sdn)\.|(?<=Corp)\.|(?<=\b[A-Z])\.(?=\s+[A-Z][a-z]))?"
_TAIL_CAP = rf"(?-i:\s+of\s+{_CAPW}(?:\s+(?:and|&|of)\s+{_CAPW}|\s+{_CAPW})*)"
_TAIL_LOW = r"(?-i:\s+of\s+(?!the\b|a\b|an\b)[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?)"
# the posts of a public body's units, named with the unit: "Direktur Jenderal Mineral dan Batubara",
# "Deputi Bidang Pengawasan Pangan Olahan", "Dirjen Perhubungan Udara", a prosecutors' office's "Asisten Pidana
# Khusus". The unit's capitalised words run up to the body ("Kementerian ESDM", "BPOM", "Kemenhub"), a comma, a
# bracket or the holder's two-word name.
_UNIT_POST = (r"(?:direktur\s+jenderal|dirjen|inspektur\s+jenderal|deputi(?:\s+komisioner)?(?:\s+bidang)?|asisten(?:\s+deputi)?|"
              r"jaksa\s+agung\s+muda|kepala\s+(?:biro|bagian|pusat)|kabag)")
_BODY_START = (r"(?-i:Kementerian|Kem[a-z]{2,}|Komdigi|Kominfo|Badan|Otoritas|Lembaga|Komisi|Bank|"
               r"Kejaksaan|Kejagung|Kejati|Kejari|Kepolisian|Polri|Polda|Polres\w*|Bareskrim|Mabes|Korlantas|Densus|Mahkamah|Pengadilan|"
               r"Pemerintah|Pemprov|Pemkot|Pemkab|PT|[A-Z]{2,}(?![\w-])|"
               # a region's offices by their short forms ("Kepala Dishub X", "Kepala Satpol PP X"): the body opens there,
               # no division of it
               r"Dinkes|Disnaker\w*|Dishub|Diskominfo|Disperindag|Disdik|Satpol)")
# names of public bodies by their head word, in either language ("Kementerian ESDM", "Kemnaker", "Ministry of ...")
PUBLIC_BODY = re.compile(r"^(?:Kementerian|Kem[a-z]{2,}|Komdigi|Kominfo|Badan|Otoritas|Lembaga|Komisi|Dinas|Direktorat|"
                         r"Pemerintah|Pemprov|Pemkot|Pemkab|Ministry|Agency|Authority)\b|\b(?:Ministry|Agency|Authority)$")
# a rank written out opens its holder's name, never a unit's ("Kepala Basarnas Marsekal Madya TNI X")
_RANK_OPENING = rf"(?:{SPELLED_RANK}|Letnan|Kolonel|Jenderal)\b"
_UNIT_WORD = r"(?-i:(?:(?:dan|&)\s+)?(?!" + _BODY_START + "|" + _RANK_OPENING + r")[A-Z][a-z][\w-]*)"
_PERSON_WORD = r"(?!" + _BODY_START + r")[A-Z][a-z][\w'’-]*"
_UNIT_END = (r"(?-i:(?=\s*[,(]|\s+(?:pada|di)\s+|\s+" + _BODY_START + rf"|\s+{_PERSON_WORD}\s+{_PERSON_WORD}"
             r"(?:\s*[,.;:)\"”]|\s+[a-z]|\s*$)))")
_UNIT_TITLE = rf"{_UNIT_POST}(?:\s+{_UNIT_WORD})+?{_UNIT_END}"
# a director's, head's or chair's post named with its division, up to the body's name: "Direktur Penyidikan
# KPK", "Kepala Divisi Hukum Polri" (only where the body's name closes it: the holder's name comes after)
# A union's, party's or association's name is no division ("Ketua Serikat Pekerja Bank X": the union's chair).
_OWN_BODY = r"(?-i:(?!(?:Serikat|Partai|Yayasan|Koperasi|Asosiasi|Ikatan|Persatuan|Himpunan|Gabungan|Federasi|Konfederasi)\b))"
# a post's short form in brackets after it: "Menteri Keuangan (Menkeu)", "Kepala Seksi Penerangan Hukum (Kasi Penkum)"
_SHORT_POST = r"(?:\s*\([A-Z][A-Za-z]{1,12}(?:\s+[A-Z][A-Za-z]{1,12})?\))"
_DIVISION_TITLE = rf"(?:direktur|kepala|ketua)(?:\s+{_OWN_BODY}{_UNIT_WORD}){{1,3}}?(?={_SHORT_POST}?\s+(?-i:(?![IVX]+\b)){_BODY_START})"
# a company's functions as English titles name them, capitalised ("Corporate Communications", "Public Affairs")
_FUNCTION_WORDS = ("Corporate|Communications?|Public|Affairs|Relations|Government|Investor|External|Internal|Legal|"
                   "Finance|Financial|Operations|Human|Resources|Capital|Marketing|Sales|Business|Development|Strategy|"
                   "Product|Engineering|Technology|Compliance|Risk|Policy|Media|Brand|People|Partnerships?|Secretary|Treasury|"
                   "Audit|Procurement|Supply|Chain|Logistics|Accounting|Tax|Customer|Services?|Digital|Security|"
                   # the unit the function is run in ("Head of Corporate Secretary Group X Y")
                   "Group|Division|Department|Unit|Team")
# a ministry's fields as English writes them after "Minister for" ("Economic Affairs", "Human Development and Culture")
_FIELD = "(?:" + "|".join(sorted(MINISTRY_FIELDS, key=lambda w: (-len(w), w))) + ")"
_FIELDS = rf"{_FIELD}(?:(?:,?\s+(?:and|&)\s+|,\s+|\s+){_FIELD})*(?![\w-])"
_TITLE_CORE = (
    # a commission's panel hearing a case ("Ketua Majelis Komisi X", "Anggota Majelis Komisi"), not a division
    r"(?i:(?:ketua|anggota)\s+majelis\s+komisi|" + _UNIT_TITLE + "|" + _DIVISION_TITLE + "|"
    r"(?:co-?)?chief\s+(?:executive|financial|technology|technical|operating|marketing|product|information|"
    r"people|revenue|commercial|strategy|scientific|ai|data|security|privacy|legal|risk|compliance|growth|digital|"
    r"customer|human\s+resources|sustainability|investment|corporate\s+affairs|public\s+affairs|communications?)"
    r"(?:\s+officer)?|chief\s+scientist|"
    # any "Chief ... Officer" ("Chief Strategic Officer", "Chief Business Development Officer")
    r"(?:co-?)?chief\s+(?:[a-z&-]+\s+){1,3}?officer|"
    # a business function named after the post, capitalised, before the company ("VP Corporate Communications X Y Z",
    # "Head of Public Affairs X Y Z"): the function's own words only, so the company and its officer follow
    r"(?:(?:senior\s+|executive\s+)?vice\s+president|SVP|EVP|VP|head|general\s+manager|manager)(?:\s+of)?"
    r"(?-i:(?:\s+(?:&|and)?\s*(?:" + _FUNCTION_WORDS + r")\b){1,3})|"
    r"(?:senior\s+|executive\s+)?vice\s+president(?:" + _TAIL_CAP + "|" + _TAIL_LOW + r")?|"
    r"(?:SVP|EVP|VP)(?:" + _TAIL_CAP + "|" + _TAIL_LOW + r")?|"
    r"head(?:" + _TAIL_CAP + "|" + _TAIL_LOW + r")|"
    # a function's head as English news writes it, the function first ("production head X", "security chief Y")
    r"(?:production|plant|operations|marketing|sales|finance|security|safety|quality|procurement|engineering|"
    r"maintenance|research|compliance|communications?|human\s+resources|general\s+affairs|public\s+relations)"
    r"\s+(?:head|chief)(?!\s+of\b)|"
    r"(?:wakil\s+)?(?:kepala|presiden|direktur|manajer|ketua)(?:\s+(?:dan\s+)?(?:operasional|operasi|keuangan|teknologi|pemasaran|"
    r"penjualan|produksi|produk|eksekutif|internasional|bisnis|komersial|strategi|hukum|komunikasi|divisi|bagian|unit|tim|data|"
    r"digital|riset|penelitian|ritel|korporat|sdm|sumber\s+daya\s+manusia|investor|kepatuhan|risiko|regional|umum|"
    r"niaga|teknik|infrastruktur|logistik|pengadaan|perencanaan|pengembangan|layanan|manufaktur|human\s+capital|"
    # the fields of insurers, lenders, hospitals and campuses ("Direktur Klaim", "Direktur Pelayanan Medis")
    r"klaim|aktuaria|investasi|kredit|pembiayaan|treasuri|pelayanan|medis|keperawatan|akademik|kemahasiswaan|program|"
    # the head of public relations ("Kepala Humas X, Y", "Kepala Hubungan Masyarakat X")
    r"humas|hubungan\s+masyarakat|"
    r"manajemen(?:\s+risiko)?))+|"
    r"kepala|manajer|"
    # police and prosecutors' posts by their short forms
    r"(?:waka)?kapol(?:ri|da|res(?:ta(?:bes)?)?|sek)|(?:ka(?:bid|div|biro|si)\s+)?humas|kasubdit|kanit|kabag\s+ops|"
    # the heads of a force's units, written glued or apart ("Dirlantas", "Kasat Resnarkoba", "Kasatlantas")
    r"(?:wa)?dir\s?(?:lantas|resnarkoba|polairud|binmas|samapta|intelkam|pamobvit)|"
    # the head of a force's or an office's field, named after it ("Kabid Hukum", "Kabid Propam", "Kasubdit Jatanras")
    # (not a given name: "Kabid Budi Hartono, ..." names no field)
    r"ka(?:bid|sub(?:bid|dit|bag))\s+(?-i:[A-Z][a-z]{2,})(?!(?-i:\s+[A-Z][a-z]+(?:\s*[,.]|\s+[a-z])))|"
    r"kasat\s*(?:reskrim|resnarkoba|narkoba|lantas|binmas|samapta|sabhara|intelkam|polairud)|"
    r"dirreskrim(?:sus|um)|direktur\s+reserse\s+kriminal\s+(?:khusus|umum)|kajati|kajari|kapuspenkum|jampid(?:sus|um)|"
    # the heads of the national police's crime directorates ("Dirtipideksus Bareskrim X", "Dirtipidsiber Y")
    r"dir\s?tipid(?:eksus|um|siber|narkoba|kor|ter|pppa)|"
    # judges: "Hakim tunggal PN Jakarta Selatan, X", "hakim X", "presiding judge X" ("Hakim" alone is a name's word
    # as often: "Lukman Hakim")
    r"chief\s+justice|ketua\s+majelis\s+hakim(?:\s+agung)?|(?-i:[Hh]akim\s+(?:[Tt]unggal|[Kk]etua|[Aa]nggota|[Aa]gung|[Pp]engawas)\b|hakim)|"
    r"(?:presiding\s+|chief\s+|magistrate\s+|(?:U\.S\.\s+)?(?:district|circuit|bankruptcy|federal)\s+)?judge|"
    r"salah\s+satu\s+pendiri|co-?founder|co-?pendiri|pendiri|founder|"
    r"juru\s+bicara|jubir|spokes(?:person|man|woman)|bendahara(?:\s+umum)?|treasurer|"
    # a debt moratorium's court-appointed administrator ("kata Pengurus X", "tim pengurus PKPU"); not a body's board
    # that opens its name ("Pengurus Besar X", "Pengurus Pusat Y")
    r"(?:tim\s+)?pengurus(?!\s+(?:besar|pusat|wilayah|daerah|cabang|harian)\b)|"
    # who speaks for a side in talks ("the chief negotiator of union X", "negosiator serikat buruh X")
    r"(?:chief\s+|lead\s+)?negotiator|negosiator(?:\s+utama)?|"
    # a police force's head as English news writes it ("Jakarta Police chief X", "North Sumatra Police Chief X")
    r"(?<=[Pp]olice\s)chief|"
    # a body's head as English news writes it after its short form ("KPK chief X", "OJK deputy chief X")
    # ... and a commission's member after it ("KPPU commissioner X", "OJK deputy commissioner Y"): a capitalised
    # "Commissioner X" alone is a police rank
    r"(?<=[A-Z]\s)(?:deputy\s+|vice\s+)?(?:chief|(?-i:commissioner))(?=\s+(?-i:[A-Z])[a-z])|"
    r"presiden\s+direktur|direktur\s+utama|presiden\s+komisaris|komisaris\s+utama|direktur\s+jenderal|sekretaris\s+jenderal|"
    r"ketua\s+(?:umum|harian)|president(?:\s+|-)director|president(?:\s+|-)commissioner|director\s+general|secretary\s+general|"
    r"(?:finance|operations|operating|managing|marketing|technology|sales|commercial|country|regional|executive|"
    r"business\s+development|(?-i:IT|HR)|information\s+technology|human\s+resources|compliance|risk|legal|digital|"
    r"technical|production)\s+director|"
    r"direktur(?:\s+(?:keuangan|teknologi(?:\s+informasi)?|operasional|eksekutif|pelaksana|kepatuhan|"
    r"manajemen\s+risiko|sumber\s+daya\s+manusia|(?-i:SDM|TI)|produksi|teknik|digital))?|"
    r"managing\s+director|general\s+manager|sekretaris\s+perusahaan|corporate\s+secretary|(?:general|regional|legal|chief)\s+counsel|"
    # a body's or a region's secretary ("Sekretaris BPBD Maluku Utara X", "Sekretaris Daerah Kabupaten Y Z")
    r"sekretaris(?:\s+daerah)?(?=\s+(?-i:[A-Z]))|sekda(?=\s+(?-i:[A-Z]))|"
    # a member of a body that governs, judges or oversees, named right after the word ("Anggota Komisi XI DPR X",
    # "anggota dewan NTSB, Y"; a cooperative's or a union's members hold no post), or right before it in English
    # ("NTSB member X", "KPPU board member Y")
    r"(?-i:[Aa]nggota)(?:\s+(?-i:dewan|majelis)(?=\s+(?-i:[A-Z]))|(?=\s+(?-i:Komisi|DPR|DPRD|DPD|MPR|Dewan|Majelis|BPK|KPU|"
    r"Bawaslu|Ombudsman|Komnas|KPK|KPPU|KPI|DKPP|Badan)\b))|(?<=[A-Z]\s)(?:board\s+)?(?-i:member)(?=\s+(?-i:[A-Z])[a-z])|"
    # a band's, a club's or a fund's manager; a team's coach
    # what a manager runs, named before the word ("project manager", "branch manager", "plant manager")
    r"(?:(?:fund|band|team|project|plant|branch|site|store|factory|mill|mine|terminal|warehouse|building|estate|"
    r"production|program(?:me)?|area|account|finance|operations|sales|quality|safety|fleet|export|import|purchasing|"
    r"procurement|marketing|product|human\s+resources|general\s+affairs)\s+)?manager|"
    # a works' overseer, named by what is overseen ("site supervisor", "shift supervisor")
    r"(?:site|field|shift|project|production|plant|quality|safety|construction)\s+supervisor|"
    # a newsroom's heads ("Pemimpin Redaksi X", "managing editor Y"); a bare "editor" is as often a byline's word
    r"(?:wakil\s+)?pemimpin\s+redaksi|pemred|redaktur\s+pelaksana|editor-?\s?in-?\s?chief|(?:managing|executive)\s+editor|"
    r"coach|head\s+coach|pelatih(?:\s+kepala)?|"
    # a team's or a ship's captain (not the army's rank: "Kapten Inf. X")
    r"captain|skipper|kapten(?!\s+(?:inf|kav|art|arm|czi|laut|pnb|tek|cba|chb|pol)\b)|"
    # a military or coast guard unit's head ("commander of the First Coast Guard District", "Komandan Lanal X")
    r"(?:deputy\s+)?commander|komandan|"
    r"komisaris\s+independen|independent\s+commissioner|"
    # the short forms news writes ("Dirut PT X"), and a board's commissioner (not a police rank: "Komisaris Besar")
    r"(?:wa)?dirut|presdir|komisaris(?!\s+(?:besar|jenderal|polisi|pol)\b)|"
    r"(?:perdana\s+)?menteri(?:\s+(?:koordinator\s+(?:bidang\s+)?)?(?:keuangan|perdagangan|perindustrian|investasi|bumn|kesehatan|"
    # the other ministries' portfolios, longest first ("kelautan dan perikanan" before any shorter reading)
    r"kelautan\s+dan\s+perikanan|lingkungan\s+hidup(?:\s+dan\s+kehutanan)?|kehutanan|pekerjaan\s+umum(?:\s+dan\s+perumahan\s+rakyat)?|"
    r"agraria\s+dan\s+tata\s+ruang|pemuda\s+dan\s+olahraga|pariwisata\s+dan\s+ekonomi\s+kreatif|hukum\s+dan\s+ham|"
    r"sekretaris\s+negara|desa(?:\s+dan\s+pembangunan\s+daerah\s+tertinggal)?|perumahan(?:\s+dan\s+kawasan\s+permukiman)?|"
    r"pendidikan(?:\s+tinggi)?|"
    r"ketenagakerjaan|pertahanan|perhubungan|pariwisata|pertanian|agama|sosial|hukum|luar\s+negeri|dalam\s+negeri|perekonomian|"
    r"komunikasi\s+dan\s+(?:digital|informatika)|energi(?:\s+dan\s+sumber\s+daya\s+mineral)?|"
    r"koperasi(?:\s+dan\s+ukm)?|ekonomi\s+kreatif|keuangan|"
    # the coordinating ministers' fields ("Menteri Koordinator Bidang Kemaritiman dan Investasi X")
    r"kemaritiman(?:\s+dan\s+investasi)?|politik,?\s+hukum,?\s+dan\s+keamanan|pembangunan\s+manusia\s+dan\s+kebudayaan|"
    r"infrastruktur(?:\s+dan\s+pembangunan\s+kewilayahan)?|pemberdayaan\s+masyarakat|pangan|kesejahteraan\s+rakyat))?|"
    # cabinet secretaries as US and British news name them ("Commerce Secretary X", "Secretary of State X")
    r"(?:commerce|treasury|defen[cs]e|war|energy|transportation|transport|labou?r|health|education|interior|agriculture|"
    r"homeland\s+security|home|foreign|trade|business|culture|environment|press)\s+secretary|"
    # a US department's secretary ("Secretary of State", "secretary of defense"); "Secretary of the Bekasi Manpower
    # Agency" is a body's secretary, the body named after it
    r"secretary\s+of\s+(?:the\s+)?(?:homeland\s+security|health\s+and\s+human\s+services|state|defen[cs]e|treasury|"
    r"commerce|labou?r|energy|education|agriculture|transportation|interior|war|the\s+navy|the\s+army|(?-i:(?!the\b)[a-z]+))|"
    r"(?:finance|trade|economy|commerce|foreign|prime|industry|energy|health|education|defen[cs]e|transport(?:ation)?|"
    r"agriculture|tourism|manpower|labou?r|interior|home|investment|communications?|environment|forestry|fisheries|"
    r"maritime|mining|culture|sports?|youth|justice|religious\s+affairs|social\s+affairs|state-owned\s+enterprises?|SOEs?)"
    r"\s+minister|"
    # "Coordinating Minister for Human Development and Culture", "Minister for Villages": the portfolio's fields
    # (a closed class) after "for"
    rf"(?:coordinating\s+)?minister\s+for\s+{_FIELDS}|"
    # "Minister of Communication and Information", "Minister of Energy and Mineral Resources"
    r"minister(?:\s+of\s+(?:state-owned\s+enterprises|[a-z]+(?:\s+(?:and|&)\s+[a-z]+(?:\s+(?:resources|affairs|technology|planning|development))?)?))?|"
    # ministers by the short forms Indonesian news writes ("Mendag", "Wamenaker", "Menkeu"; ``_MINISTER_SHORT``)
    r"(?-i:(?:Wa)?[Mm]en(?:dag|aker|akertrans|keu|kes|hub|perin|tan|lu|dagri|kominfo|komdigi|kumham|sesneg|pora|"
    r"parekraf|par|lhk|kopukm|kopolhukam|koperekonomian|komarves|kopmk|kop|dikbudristek|dikbud|dikdasmen|ag|sos|han|"
    # a coordinating minister and the portfolio written after the short form ("Menko Perekonomian")
    r"ko(?:\s+(?:Perekonomian|Polhukam|PMK|Marves|Pangan|Infrastruktur))?))\b|"
    r"wakil\s+presiden\s+direktur|governor|gubernur|wali\s+kota|bupati|regent|mayor(?!\s+[Jj]enderal)|"
    # the heads of a district's subdistrict and of a village ("Camat Jakenan X", "Kades Sukamaju X"; not "Lurah", which ends names of places)
    r"camat|(?:sub-?district|village)\s+head|kades|"
    r"(?:state\s+)?senator|assembly\s+(?:member|woman|man)|anggota\s+dpr|(?-i:Speaker)|"
    r"jaksa\s+agung(?!\s+muda)|attorney\s+general|representative\s+director|pemilik|owner|"
    r"analis|analyst|(?:managing\s+|general\s+)?partner|kuasa\s+hukum|pengacara|lawyer|attorney|notaris|notary|"
    # prosecutors ("Jaksa Penuntut Umum (JPU) X", "JPU Kejaksaan Agung X", "Public Prosecutor X"; "Jaksa Agung" is
    # the attorney general)
    r"(?:jaksa\s+)?penuntut\s+umum(?:\s+\((?-i:JPU)\))?|(?-i:JPU)|jaksa(?!\s+agung)|"
    r"(?:public\s+|chief\s+|lead\s+|senior\s+|state\s+|federal\s+|special\s+)?prosecutor|"
    # a bankruptcy's or a debt moratorium's court-appointed administrator
    r"kurator|curator|"
    # an election or anti-graft commission's member ("komisioner KPU X")
    r"komisioner|"
    # a university's head and deputy head
    r"(?:wakil\s+)?rektor|(?:vice[- ])?rector|"
    # a chair who also runs the body ("executive chairwoman"), or one who does not
    r"(?:(?:non-?)?executive\s+)?(?:co-)?chair(?:man|woman|person)?|ketua|presiden|president|director|"
    # who runs a group's or a campaign's work ("Koordinator Komunitas X", "field coordinator of Y")
    r"(?:field\s+|national\s+|regional\s+)?coordinator|koordinator(?:\s+(?:lapangan|nasional|wilayah))?|"
    r"(?:co-?)?(?-i:CEO|CFO|CTO|COO|CMO|CPO|CIO|CRO)(?-i:s\b)?|"
    # a managing director by the short form Indian and British business news write before the name
    r"(?-i:MD)(?=\s+(?-i:[A-Z][a-z]))"
    r")"
)
# the post held when the article's happening came, since left ("ujar CEO saat itu, X")
_AT_THE_TIME = r"(?i:\s+(?:saat|kala|ketika|waktu)\s+itu(?![\w-]))"
# "Direktur Utama X saat ini, Y": the post held now, between the body and its holder
_NOW = r"(?i:\s+(?:saat\s+ini|kini|sekarang)(?![\w-]))"
# "Menteri X (Mx) periode 2015-2016 Y": the years of the term, between the post and its holder (held then or now:
# "mantan" says which)
_TERM = r"(?i:(?:\s*\([A-Za-z ]{1,30}\))?\s+(?:periode|masa\s+jabatan)\s+\d{4}\s*[-–]\s*\d{4}(?![\w-]))"
TITLE = rf"(?i:(?:mantan|(?:now-?\s?)?former|eks|last|then)\s+|(?:ex|then)-\s?)?(?i:long-?time\s+)?(?i:(?:interim|acting|plt\.?|pelaksana\s+tugas(?:\s+\(plt\.?\))?|penjabat|pj\.?|new|baru)\s+)?(?i:(?:deputy|wakil|group|global)\s+)?{_TITLE_CORE}(?i:\s+(?:interim|sementara)(?![\w-]))?(?:{_AT_THE_TIME}|{_TERM})?"
TITLE_RX = re.compile(rf"(?<![\w-]){TITLE}(?![\w])", re.I)
_ACR = re.compile(r"^(?:CEO|CFO|CTO|COO|CMO|CPO|CIO|CRO|SVP|EVP|VP)\b")

_NORM = [
    (re.compile(r"^bendahara(\s+umum)?$", re.I), "treasurer"),
    (re.compile(r"^chief\s+executive(\s+officer)?$", re.I), "CEO"),
    (re.compile(r"^co-?(?:ceo|chief\s+executive(?:\s+officer)?)s?$", re.I), "co-CEO"),
    (re.compile(r"^chief\s+financial(\s+officer)?$", re.I), "CFO"),
    (re.compile(r"^chief\s+(technology|technical)(\s+officer)?$", re.I), "CTO"),
    (re.compile(r"^chief\s+operat(?:ing|ions?)(\s+officer)?$", re.I), "COO"),
    (re.compile(r"^chief\s+marketing(\s+officer)?$", re.I), "CMO"),
    (re.compile(r"^chief\s+product(\s+officer)?$", re.I), "CPO"),
    (re.compile(r"^chief\s+information(\s+officer)?$", re.I), "CIO"),
    (re.compile(r"^(salah\s+satu\s+pendiri|co-?founder|co-?pendiri)$", re.I), "co-founder"),
    (re.compile(r"^(pendiri|founder)$", re.I), "founder"),
    # the heads of the prosecutors' and the police's information and public relations offices speak for them
    (re.compile(r"^(juru\s+bicara|jubir|spokes(person|man|woman)|kapuspenkum|kepala\s+pusat\s+penerangan\s+(dan\s+)?hukum|"
                r"humas|kabid\s+humas|kadiv\s+humas|kepala\s+((bidang|divisi)\s+)?(humas|hubungan\s+masyarakat))$", re.I), "spokesperson"),
    (re.compile(r"^(presiden\s+direktur|direktur\s+utama|president-director)$", re.I), "president director"),
    (re.compile(r"^president-commissioner$", re.I), "president commissioner"),
    (re.compile(r"^(presiden|president)$", re.I), "president"),
    (re.compile(r"^(ketua|chair(man|woman|person)?)$", re.I), "chair"),
    (re.compile(r"^kepala$", re.I), "head"),
    (re.compile(r"^(koordinator|coordinator)$", re.I), "coordinator"),
    (re.compile(r"^md$", re.I), "managing director"),
    (re.compile(r"^sekretaris$", re.I), "secretary"),
    (re.compile(r"^(sekretaris\s+daerah|sekda)$", re.I), "regional secretary"),
    (re.compile(r"^(analis|analyst)$", re.I), "analyst"),
    (re.compile(r"^(kuasa\s+hukum|pengacara|lawyer|attorney)$", re.I), "lawyer"),
    (re.compile(r"^(notaris|notary)$", re.I), "notary"),
    (re.compile(r"^(gubernur|governor)$", re.I), "governor"),
    (re.compile(r"^(bupati|regent)$", re.I), "regent"),
    (re.compile(r"^(wali\s*kota|mayor)$", re.I), "mayor"),
    (re.compile(r"^(camat|sub-?district\s+head)$", re.I), "subdistrict head"),
    (re.compile(r"^direktur$", re.I), "director"),
    (re.compile(r"^(jaksa\s+agung|attorney\s+general)$", re.I), "attorney general"),
    (re.compile(r"^((jaksa\s+)?penuntut\s+umum(\s+\(jpu\))?|jpu|jaksa|(public|state)\s+prosecutor)$", re.I), "prosecutor"),
    (re.compile(r"^(pemilik|owner)$", re.I), "owner"),
    (re.compile(r"^(kurator|curator)$", re.I), "curator"),
    (re.compile(r"^(rektor|rector)$", re.I), "rector"),
    (re.compile(r"^(wakil\s+rektor|vice[- ]rector)$", re.I), "vice rector"),
    (re.compile(r"^(hakim(\s+(tunggal|ketua|anggota))?|ketua\s+majelis\s+hakim(\s+agung)?|(presiding\s+|chief\s+|magistrate\s+|(u\.s\.\s+)?(district|circuit|bankruptcy|federal)\s+)?judge)$", re.I),
     "judge"),
    (re.compile(r"^hakim\s+agung$", re.I), "supreme court justice"),
]


# short forms Indonesian news uses for titles ("Dirjen Minerba", "Dirut Garuda")
_TITLE_SHORT = [(re.compile(rf"\b{short}\b", re.I), full) for short, full in (
    ("dirjen", "direktur jenderal"), ("dirut", "direktur utama"), ("presdir", "presiden direktur"),
    ("wadirut", "wakil direktur utama"), ("sekjen", "sekretaris jenderal"), ("kadis", "kepala dinas"),
    ("wamen", "wakil menteri"), ("ketum", "ketua umum"), ("kabag", "kepala bagian"), ("kades", "kepala desa"))]
# ministers' short titles: "Mendag" is the "menteri perdagangan", "Wamenaker" the "wakil menteri ketenagakerjaan"
_MINISTER_SHORT = [(re.compile(rf"\b(wa)?men{short}\b", re.I), portfolio) for short, portfolio in (
        ("dag", "perdagangan"), ("aker", "ketenagakerjaan"), ("akertrans", "ketenagakerjaan"), ("keu", "keuangan"),
        ("kes", "kesehatan"), ("hub", "perhubungan"), ("perin", "perindustrian"), ("tan", "pertanian"),
        ("lu", "luar negeri"), ("dagri", "dalam negeri"), ("kominfo", "komunikasi dan informatika"),
        ("komdigi", "komunikasi dan digital"), ("kumham", "hukum dan ham"), ("sesneg", "sekretaris negara"),
        ("pora", "pemuda dan olahraga"), ("parekraf", "pariwisata dan ekonomi kreatif"), ("par", "pariwisata"),
        ("lhk", "lingkungan hidup dan kehutanan"), ("kopukm", "koperasi dan ukm"), ("kop", "koperasi"),
        ("dikbudristek", "pendidikan"), ("dikbud", "pendidikan"), ("dikdasmen", "pendidikan"), ("ag", "agama"),
        ("sos", "sosial"), ("han", "pertahanan"),
        # the coordinating ministers by their portfolios ("Menkopolhukam", "Menko Perekonomian")
        ("kopolhukam", "koordinator bidang politik, hukum, dan keamanan"), ("koperekonomian", "koordinator bidang perekonomian"),
        ("komarves", "koordinator bidang kemaritiman dan investasi"), ("kopmk", "koordinator bidang pembangunan manusia dan kebudayaan"),
        ("ko", "koordinator"))]
# short forms of the units of ministries Indonesian news uses after such titles ("Dirjen Minerba")
_UNIT_SHORT = [(re.compile(rf"\b{short}\b"), full) for short, full in (
    ("Minerba", "Mineral dan Batubara"), ("Migas", "Minyak dan Gas Bumi"), ("Hubud", "Perhubungan Udara"),
    ("Hubla", "Perhubungan Laut"), ("Hubdat", "Perhubungan Darat"), ("EBTKE", "Energi Baru, Terbarukan, dan Konservasi Energi"),
    ("PHI", "Pembinaan Hubungan Industrial"), ("Dukcapil", "Kependudukan dan Pencatatan Sipil"))]


def expand_title_short_forms(text: str) -> str:
    """ "Dirjen Minerba" -> "direktur jenderal Mineral dan Batubara", "Wamendag" -> "wakil menteri perdagangan"."""
    for rx, portfolio in _MINISTER_SHORT:
        def minister(m: re.Match[str], p: str = portfolio) -> str:
            return ("wakil " if m.group(1) else "") + "menteri " + p

        text = rx.sub(minister, text)
    for rx, full in _TITLE_SHORT + _UNIT_SHORT:
        text = rx.sub(full, text)
    return text


def is_public_post(title: str) -> bool:
    """Whether a normalised title is a post in government: a minister's or one of a public body's units
    ("direktur jenderal mineral dan batubara", "menteri komunikasi dan digital"), or a deputy's."""
    return re.match(rf"(?:deputy\s+|wakil\s+|vice\s+)?(?:{_UNIT_POST}|menteri\b|(?:[a-z-]+\s+){{0,2}}minister\b|director\s+general\b|(?:ketua|anggota)\s+majelis\s+komisi\b|attorney\s+general\b|"
                    r"judge\b|supreme\s+court\s+justice\b|(?:[a-z]+\s+)?prosecutor\b)",
                    title, re.I) is not None


def title_and_rest(query: str) -> tuple[str, str] | None:
    """A query that opens with a job title ("Menteri Komunikasi dan Digital", "Dirjen Perhubungan Udara",
    "CEO Lapakria"): the normalised title and the words after it; None when it opens with no title."""
    text = expand_title_short_forms(query.strip())
    m = TITLE_RX.match(text)
    if not m:
        return None
    title, _former = normalise_title(m.group(0))
    return title, text[m.end():].strip(" ,")


# the same title in the other language, compared word by word after normalise_title
_TITLE_WORDS_EN = {"direktur": "director", "jenderal": "general", "utama": "president", "presiden": "president",
                   "menteri": "minister", "wakil": "deputy", "ketua": "chair", "kepala": "head", "juru": "spokesperson",
                   "bicara": "", "pendiri": "founder", "umum": "", "keuangan": "finance", "sekretaris": "secretary",
                   "gubernur": "governor", "bupati": "regent", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
                   "perusahaan": "corporate", "operasional": "operations", "pemasaran": "marketing",
                   "teknologi": "technology", "teknik": "technical", "komisaris": "commissioner", "deputi": "deputy",
                   "pelaksana": "", "tugas": "", "bidang": "", "harian": "", "kepatuhan": "compliance",
                   "informasi": "information", "produksi": "production", "risiko": "risk", "manajemen": "", "sdm": "hr",
                   "ti": "it", "negosiator": "negotiator", "koordinator": "coordinator", "perdana": "prime"}


def title_words(title: str) -> frozenset[str]:
    """A title's words in English, whatever its language and however it marks a stand-in ("Plt Ketua",
    "acting chair" and "interim chairwoman" give {interim, chair})."""
    norm, _former = normalise_title(title)
    return frozenset({_TITLE_WORDS_EN.get(w, w) for w in re.findall(r"\w+", norm.lower())} - {""})


def titles_agree(a: str, b: str) -> bool:
    """Two titles name the same post ("Direktur Jenderal" / "director general", "Ketua" / "chair"); one
    may say more ("menteri komunikasi dan digital" / "minister")."""
    wa, wb = title_words(a), title_words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def same_post(a: str, b: str) -> bool:
    """Two titles say the same post in either language, neither saying more ("Ketua" / "chair",
    "acting CEO" / "CEO interim", "Direktur Keuangan" / "finance director"; not "director" / "president
    director")."""
    wa = title_words(a)
    return bool(wa) and wa == title_words(b)


# posts one person holds at a time in an organisation
_SINGLE_SEAT = frozenset({"ceo", "cfo", "coo", "cto", "cmo", "cpo", "cio", "cro", "president director", "president", "chair",
                          "governor", "regent", "mayor"})


def post_of(title: str) -> str:
    """The post a title names, whoever holds it and however: without "interim", in English words
    ("Plt Direktur Utama" and "president director" are one post)."""
    norm, _former = normalise_title(title)
    norm = re.sub(r"^interim\s+", "", norm, flags=re.I)
    return " ".join(sorted({_TITLE_WORDS_EN.get(w, w) for w in re.findall(r"\w+", norm.lower())} - {""}))


def single_seat(title: str) -> bool:
    """Whether the title names a post one person holds at a time (CEO, president director, chair)."""
    norm, _former = normalise_title(title)
    return re.sub(r"^interim\s+", "", norm, flags=re.I).lower() in _SINGLE_SEAT


@lru_cache(maxsize=1024)  # a few titles ("CEO", "Direktur Utama") come back in sentence after sentence, ~40 regex passes each
def normalise_title(raw: str) -> tuple[str, bool]:
    """Normalised title and whether it was marked former ("mantan", "former", "ex-", "then", "saat itu")."""
    t = expand_title_short_forms(re.sub(_TERM + "$", "", re.sub(r"\s+", " ", raw.strip())))
    m = re.match(r"^(mantan|(?:now-?\s?)?former|ex-|then-|then\s|eks|last)\s*", t, re.I)
    at_the_time = re.search(_AT_THE_TIME + "$", t)
    former = m is not None or at_the_time is not None
    t = t[:at_the_time.start()] if at_the_time else t
    t = re.sub(r"^long-?time\s+", "", t[m.end():] if m else t, flags=re.I)
    prefix, t = _interim(t)
    return prefix + (_qualified_post(t) or _plain_post(t)), former


def _interim(t: str) -> tuple[str, str]:
    """("interim ", the rest) for an acting holder ("Plt. Direktur Utama", "Pj Bupati", "CEO interim"), else ("", t)."""
    prefix = ""
    m = re.match(r"^(interim|acting|plt\.?|pelaksana tugas(?: \(plt\.?\))?|penjabat|pj\.?)\s+", t, re.I)
    if m:
        prefix, t = "interim ", t[m.end():]
    t = re.sub(r"^(new|baru)\s+", "", t, flags=re.I)
    m = re.search(r"\s+(interim|sementara)$", t, re.I)
    if m:
        prefix, t = "interim ", t[: m.start()]
    return prefix, t


def _qualified_post(t: str) -> str | None:
    """The deputy of a post holds another one ("Wakil Ketua KPK": the commission's deputy chair); a group's
    chief executive heads the group ("group CEO")."""
    m = re.match(r"^(deputy|wakil|deputi|group|global)\s+(?!presiden\s+direktur)", t, re.I)
    if m is None:
        return None
    rest = t[m.end():]
    held = next((norm for rx, norm in _NORM if rx.match(rest)), rest if _ACR.match(rest) else None)
    qualifier = m.group(1).lower()
    return f"{'deputy' if qualifier in ('wakil', 'deputi') else qualifier} {held}" if held else None


def _plain_post(t: str) -> str:
    for rx, norm in _NORM:
        if rx.match(t):
            return norm
    if _ACR.match(t):
        return t
    if re.match(r"^head\b", t, re.I):
        return "head" + t[4:]
    m = re.match(r"^((?:senior |executive )?vice president)", t, re.I)
    if m:
        return m.group(1).title() + t[len(m.group(1)):]
    return t.lower()


_ORGR = rf"{_CAPW}(?:\s+(?:{_CAPW}|\d{{1,2}}|&\s+{_CAPW}))*"
# _ORGR where what follows the organisation opens with a space or a dot (never a word character, an apostrophe or a
# hyphen): a word's letters are then never given back (a possessive run), as giving some back cannot lead to a match;
# the engine would otherwise try every shorter run of every word of a long capitalised run before failing. Not before
# _POSS, whose apostrophe the run must give back ("Kopitara's")
_ORGR_RUN = _ORGR.replace(_CAPW, _CAPW.replace(r"[\w&'’-]*", r"[\w&'’-]*+", 1))
# a public office whose name joins its fields with "dan" ("Dinas Kependudukan dan Pencatatan Sipil", "Badan Pengawas Obat
# dan Makanan"): the "dan" is part of the name, not a list
_OFFICE_WITH_DAN = rf"(?-i:Dinas|Badan|Kementerian|Komisi|Direktorat|Balai|Dewan|Pusat)\s+{_CAPW}(?:\s+{_CAPW})*\s+dan\s+{_CAPW}(?:\s+{_CAPW})*"
_PART = r"(?:(?:de|van|von|der|den|del|da|dos|du|bin|binti)\s+){0,2}"
_INITIAL = r"(?:[A-Z]\.?\s+)?"  # a middle initial ("John J. Ray")
# the letters after a name word's capital: Latin letters with their accents too ("Petrović", "Müller", "Nguyễn"), an
# apostrophe, a hyphen
_NAME_LETTERS = r"[a-zA-Z\u00C0-\u024F\u1E00-\u1EFF'’-]"
# a Balinese name ("I Gusti Ngurah Wirasena Putra") or one opening with a nobility word ("Anak Agung Gede Wirasena")
# runs longer than other names
_LONG_NAME = (r"(?:(?:I|Ni)\s+(?:" + "|".join(w.capitalize() for w in sorted(BALINESE_NAME_WORDS)) + r")|"
              + "|".join(r"\s+".join(w.capitalize() for w in o.split()) for o in NOBLE_NAME_OPENERS) + rf")(?:\s+[A-Z]{_NAME_LETTERS}+){{1,4}}")
# "R A Sekarwangi", "K. H. Salim", or one initial ("M Rizal": Muhammad; not English "A" or "I" before a name)
_BY_INITIALS_NAME = (rf"(?:(?:[A-Z]\.?\s+){{2,3}}|(?![AI]\s)[A-Z]\.?\s+)[A-Z]{_NAME_LETTERS}+"
                     rf"(?:\s+[A-Z]{_NAME_LETTERS}+){{0,2}}")
_NAME = rf"(?<![\w'’-])(?:{_LONG_NAME}|{_BY_INITIALS_NAME}|[A-Z]{_NAME_LETTERS}+(?:\s+{_INITIAL}{_PART}[A-Z]{_NAME_LETTERS}+){{1,3}})"
# one name set off by commas after a post, a verb after it ("Deputi Komisioner X OJK, Yuliani, mengatakan"): many
# Indonesians have one; not a field of the post's unit ("Pengawas Perasuransian, Penjaminan, dan Dana Pensiun")
_ONE_NAME_SET_OFF = r"(?<![\w'’-])(?!(?:" + "|".join(w.capitalize() for w in sorted(set(DAYS) | set(MONTHS))) + r")\b)[A-Z][a-z]{2,}(?=\s*,\s+(?!(?:dan|and|serta|or|atau)\b)[a-z])"
# one name ended by a lower-case word, a bracket or a stop ("Pati Regent Sudewo said", "... Sudewo (SDW)")
_ONE_NAME_ENDED = r"(?<![\w'’-])(?!(?:" + "|".join(w.capitalize() for w in sorted(set(DAYS) | set(MONTHS))) + r")\b)[A-Z][a-z]{2,}(?=\s+[a-z(]|\s*[,.;:])"
_NAMEX = rf"(?<![\w'’-])[A-Z]{_NAME_LETTERS}+(?:\s+[A-Z]{_NAME_LETTERS}+){{0,2}}"
# _NAME and _NAMEX where what follows the name opens with a space, a comma or a bracket (never a letter, an apostrophe
# or a hyphen): a word's letters are never given back (a possessive run), as giving some back cannot lead to a match;
# the engine would otherwise try every shorter part of every word of a capitalised run before failing (not where
# "dan", "and" or a hyphen may follow the name with no space: name_t_pt, name_and_name)
_NAME_RUN = _NAME.replace(_NAME_LETTERS + "+", _NAME_LETTERS + "++")
_NAMEX_RUN = _NAMEX.replace(_NAME_LETTERS + "+", _NAME_LETTERS + "++")
# who the appointee was, in lower case before the name ("former logistics executive", "mantan bankir"): two to four words
_WHO_BEFORE = r"(?:(?:former|mantan|ex-)\s+)(?:[a-z]+\s+){1,3}"
# a title written before a person's name and left out of it: "dr." or "dr" (a physician), "Dr." (a doctor of any kind),
# Indonesian degrees ("Ir.", "Drs.", "Dra."), "Prof.", a pilgrim's or cleric's title ("H.", "Hj.", "KH."), and a police
# or military rank with its corps ("Kombes Pol. X", "AKBP X", "Brigjen TNI (Purn) X")
RANK_WORDS = frozenset({"jenderal", "komjen", "irjen", "brigjen", "kombes", "akbp", "akp", "kompol", "iptu", "ipda", "aiptu",
                         "aipda", "bripka", "briptu", "bripda", "letjen", "mayjen", "laksda", "marsda", "kolonel", "letkol",
                         "marsekal", "laksamana", "madya", "pol", "tni", "purn"})
CORPS = frozenset({"pol", "tni", "purn"})  # written after a rank ("Irjen Pol", "Brigjen TNI (Purn)")
_SPELLED_RANK_AT = re.compile(rf"(?:{SPELLED_RANK})(?:\s+(?:TNI|Polisi|Pol)\.?)?\s+")
_RANK_BEFORE = (r"(?-i:" + "|".join(sorted(w.upper() if w.startswith("ak") else w.capitalize() for w in RANK_WORDS - CORPS))
                + "|" + SPELLED_RANK + r")(?:\s+(?-i:Pol|TNI|Polisi)\.?)?(?:\s+\((?-i:Purn)\.?\))?\s+")
_NAME_TITLE = (r"(?:(?:(?-i:[Dd]r|drg|Ir|Drs|Dra|Prof|H|Hj|K\.?\s?H)\.\s*|(?-i:dr|drg)\s+)(?:(?-i:Dr|Ir|Drs|Dra|H|Hj)\.\s*)?|"
               rf"{_RANK_BEFORE})?")
# a person's name, the title written before it left out ("Prof. Rina Wulandari": "Rina Wulandari")
HOLDER = re.compile(rf"{_NAME_TITLE}(?P<name>{_NAME})")
# a post opens a word: "menperin" inside "Kemenperin" is none; the title's opening characters are looked at first
# (a pattern that opens with a name tries the title after each of the name's words)
_T = rf"(?<!\w){opening_of(TITLE)}(?P<title>{TITLE})"
_POSS = r"(?:'s|’s|(?<=s)['’](?=\s))"  # "Kopitara's", "Kopitara Labs'"
_AGE = r"(?:\s+yang\s+berusia\s+\d+\s+tahun|,?\s+\d+,)?"
_PAGE = r"(?:\s*\(\d{1,3}\))?"

# who the person is, set off in lower-case words before "who"/"yang" ("X, a veteran retail executive who took over as
# ...", "X, mantan bankir yang kini menjabat ..."): a description, never a name, between the name and its clause
_DESCRIBED_WHO = r"(?:,\s+(?:(?:an?|the|mantan|eks|seorang)\s+)(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)?"


def _verb_then_post(verb: str, qualifier: str = "") -> str:
    """"<Name>[, who] <verb> [the] <title> [of <Org>]": a post named by what its holder does."""
    return (rf"(?P<name>{_NAMEX_RUN}),?\s+(?:who\s+)?{verb}\s+(?:the\s+|its\s+|an?\s+)?{qualifier}{_T}"
            rf"(?:\s+(?:of|at)\s+(?:the\s+)?(?P<org>{_ORGR}))?")


# what an organisation is, told in lowercase words between a post and its name ("CEO of crypto exchange
# Binance", "pendiri bursa kripto X"); not a verb or a joining word, which would end the phrase
# (or where it is from: "chief executive of Indonesian ride-hailing firm X")
_DEMONYM = r"(?-i:" + "|".join(sorted(w.capitalize() for w in DEMONYMS)) + r")"
_WHAT_IT_IS = (rf"(?:{_DEMONYM}|"
               r"(?!(?:and|dan|or|atau|who|which|that|yang|bahwa|as|sebagai|said|says|told|kata|ujar|tutur)\b)"
               r"(?!(?:me|ber|di)[a-z]{3,}\b)(?![a-z]+ed\b)(?-i:[a-z][a-z-]+))")
_KIND_OF_ORG = r"(?-i:(?:" + "|".join(sorted(ORG_DESCRIPTORS | {"bursa", "exchange", "emiten", "konglomerat", "conglomerate", "giant",
                                                            "produsen", "pengembang"})) + r")\b)"
_WHEN = r"(?:\s+(?:pada|in|tahun|di|at)\s+(?:tahun\s+)?[\w-]+){0,2}"  # "didirikan pada tahun 2019", "founded in 2019"

# "the company's", "the firm's", "the bank's": the organisation the article is about, by a noun
_FIRM_NOUNS = (r"(?:company|firm|group|startup|bank|insurer|airline|lender|carrier|band|club|team|label|promoter|"
               r"hospital|school|university|plant|mill|factory|operator|developer|maker|producer|exporter|miller|"
               r"cooperative|foundation|association|union|contractor|utility|chain|retailer|smelter|refinery|miner|"
               r"broadcaster|publisher|distributor|importer)")
_THE_FIRMS = rf"the\s+{_FIRM_NOUNS}['’]s"
_OFFICE_WORD = "(?-i:(?:" + "|".join(sorted(w.capitalize() for w in OFFICE_VOCABULARY)) + r")\b)"
_BODY_NOUNS = r"(?:ministry|agency|regulator|authority|commission|court|police|directorate|department)"

# the role patterns' sources, compiled by ``_patterns`` on first use
_PATTERN_SOURCES = [
    # "voted to remove Greg Dimas from his post as representative director": a post left
    ("removed_from", rf"(?P<name>{_NAMEX_RUN})(?:\s*,[^,]{{0,90}},)?\s+from\s+(?:his|her|their)\s+(?:post|position|role|job)"
                     rf"\s+as\s+(?:(?:the|its)\s+)?{_T}(?:\s+(?:of|at)\s+(?P<org>{_ORGR}))?"),
    # "<Org>'s founder and chief executive, <Name>"
    # ("Kopitara's head of responsible sourcing, <Name>": a post with its field in lower case)
    ("org_poss_t_name", rf"(?P<org>{_ORGR}){_POSS}\s+{_T}(?:\s+(?:and|dan)\s+(?P<title2>{TITLE}))?"
                        rf"(?P<field>(?:\s+of)?(?:\s+(?!(?:the|and|dan|who|which|said)\b)[a-z][\w-]*){{1,3}})?\s*,\s+(?P<name>{_NAME})"),
    # "<Name>, <Org>'s chief executive"
    ("name_org_poss_t", rf"(?P<name>{_NAME_RUN})\s*,\s+(?P<org>{_ORGR}){_POSS}\s+{_T}(?:\s+(?:and|dan)\s+(?P<title2>{TITLE}))?"),
    # "<Name>, yang sebelumnya menjabat sebagai <title> di <Org>" / "who previously served as"
    ("name_prev",
        rf"(?P<name>{_NAMEX_RUN}){_DESCRIBED_WHO},?\s+(?:yang|who)\s+(?P<prev>sebelumnya|pernah|previously|formerly|was|is|kini|now|currently)?\s*"
        rf"(?:menjabat\s+sebagai|menjabat|served\s+as|serves\s+as|worked\s+as|bekerja\s+sebagai)\s+(?:an?\s+|the\s+|(?P<its>its|their)\s+)?{_T}"
        rf"(?:(?:\s+(?:di|at|of|for|pada))?\s+(?P<org>{_ORGR}))?"),
    # "<Name>, previously its finance director, ...", "<Name>, formerly chief executive of <Org>": a post left, set off
    ("name_prev_appos",
        rf"(?P<name>{_NAMEX_RUN}),\s+(?P<prev>previously|formerly)\s+(?:(?P<its>its|their)\s+|the\s+company['’]s\s+|the\s+)?{_T}"
        rf"(?:\s+(?:at|of|for)\s+(?P<org>{_ORGR}))?(?=\s*[,.;])"),
    # "Hendra merupakan Direktur Utama PT X", "Y adalah komisaris X", "Z is the chief executive of X": a post told
    # as what the person is
    ("name_is_t",
        rf"(?P<name>{_NAMEX_RUN})\s+(?:(?:kini|saat\s+ini|juga|masih|now|also|currently)\s+)?(?:merupakan|adalah|menjabat(?:\s+sebagai)?|"
        rf"is|serves\s+as|has\s+been)\s+(?:an?\s+|the\s+)?{_T}(?:\s+(?:di|pada|of|at))?\s+(?P<org>{_ORGR})"),
    # "<Org> didirikan pada <year> oleh <Name> dan <Name>" / "founded in <year> by X and Y"
    # (an English verb founds by someone: "Tamsin Labs was founded by X"; "X co-founded Tamsin Labs" is ``name_founded``)
    ("founded_by",
        rf"(?P<org>{_ORGR})(?:(?:\s+(?:was|were))?\s+didirikan{_WHEN}\s+(?:oleh\s+)?|(?:\s+(?:was|were))?\s+(?:founded|co-founded|established){_WHEN}\s+by\s+)"
        rf"(?P<name>{_NAMEX})(?:\s*(?:,|dan|and|&)\s+(?P<name2>{_NAMEX}))?"),
    # "<Name>, yang sebelumnya ..., sebagai CEO interim <Org>"
    # "X sebagai Gubernur Riau saat itu": a post then held
    ("as_t_org", rf"(?P<name>{_NAME_RUN})(?:\s*,[^,]{{0,90}},)?\s+(?:sebagai|selaku|as)\s+(?:the\s+|its\s+)?{_T}(?:\s+(?:di|at|of))?\s+(?P<org>{_ORGR})"
                 rf"(?P<then>\s+at\s+the\s+time|{_AT_THE_TIME})?"),
    # "appointed <Name>, its head of strategy, as Bukit Indah's president director"
    ("as_org_poss_t", rf"(?P<name>{_NAME_RUN})(?:\s*,[^,]{{0,90}},)?\s+as\s+(?P<org>{_ORGR}){_POSS}\s+{_T}"),
    # "the ministry's digital services director general X", "its chief executive X": the post of the body
    # referred back to, its holder's name right after it
    # (where the holder is from may come first: "its Brazilian coach, X")
    ("its_t_name", rf"(?P<its>\b(?:its|their|{_THE_FIRMS}|[Tt]he\s+{_BODY_NOUNS}['’]s))\s+(?:[a-z]+\s+|{_DEMONYM}\s+){{0,3}}?{_T}"
                   rf",?\s+(?P<name>{_NAME})"),
    # "<Name>, its chief financial officer"
    ("name_its_t", rf"(?P<name>{_NAME_RUN})\s*,\s+(?P<its>its|their|{_THE_FIRMS})\s+{_T}"),
    # "Co-founder and chief executive <Name>"
    ("t_and_t_name", rf"{_T}\s+(?:and|dan|sekaligus|merangkap|&)\s+(?P<title2>{TITLE})\s+(?P<run>{_ORGR})"),
    # "<Name>, who became CEO", "<Name>, who took over as Kopitara's CFO"
    ("name_who_became", rf"(?P<name>{_NAMEX_RUN}){_DESCRIBED_WHO},?\s+(?:who|yang)\s+(?:joined|(?:was|has\s+been|had\s+been)\s+(?:named|appointed)|became|took\s+over|"
                        rf"bergabung|ditunjuk|diangkat)\s+(?:(?:as|sebagai|in)\s+)?(?:(?:the|its|new|a|an)\s+)*"
                        rf"(?:(?P<org>{_ORGR}){_POSS}\s+)?{_T}(?:\s+(?:of|at)\s+(?:the\s+)?(?P<org_of>{_ORGR}))?"),
    # "<Name>, who heads <Org>" / "yang memimpin X"
    ("name_heads", rf"(?P<name>{_NAMEX_RUN}){_DESCRIBED_WHO},?\s+(?:who|yang)\s+(?:heads|leads|runs|memimpin|mengepalai)\s+(?P<org>{_ORGR})"),
    # "Dewan Pengawas X, yang diketuai <Name>", "Komisi III, chaired by <Name>": the body's chair or head, told of the
    # body in the passive
    ("org_led_by", rf"(?P<org>{_ORGR}),?\s+(?:yang\s+(?P<verb>diketuai|dipimpin|dikepalai)\s+(?:oleh\s+)?|"
                   rf"(?:which\s+is\s+)?(?P<verb_en>chaired|headed|led)\s+by\s+)(?P<name>{_NAME})"),
    # "<Name>, who co-founded the company" / "yang mendirikan X" / "X co-founded Tamsin Labs in 2019"
    ("name_founded", rf"(?P<name>{_NAMEX_RUN}),?\s+(?:(?:who|yang)\s+)?(?P<verb>co-?founded|founded|ikut\s+mendirikan|mendirikan)\s+(?:(?P<back>the\s+company|the\s+startup|the\s+firm|perusahaan\s+(?:ini|itu|tersebut))|(?P<org>{_ORGR}))"),
    # "<Name>, CEO <Org>" / "<Name>, juru bicara <Org>" / "<Name>, a former VP of <unit> at <Org>"
    # ("<Name>, a director of investment manager PT X": what the organisation is may come before its name)
    ("name_t_org", rf"(?P<name>{_NAMEX_RUN}){_PAGE}\s*,\s+(?:(?:now|kini|currently|still)\s+)?(?:(?:a|an|the|sang)\s+)?{_T}"
                   rf"(?:\s+(?:and|dan|sekaligus|merangkap|&)\s+(?:salah\s+satu\s+|one\s+of\s+(?:the\s+|its\s+)?)?(?P<title2>{TITLE}))?"
                   rf"(?P<field>\s+(?:of|for)\s+(?!the\b|a\b|an\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?(?=\s+(?:at|di|with)\s)|"
                   # the unit's own words before "pada": "X, direktur Penyidikan pada Jampidsus Kejaksaan Tinggi"
                   rf"(?:\s+{_OFFICE_WORD}){{1,3}}(?=\s+(?:pada|di)\s))?"
                   rf"(?:\s+(?:di|at|of|for|dari|pada|with)(?:\s+{_DEMONYM}(?:\s+[a-z][\w-]*){{1,3}}|(?:\s+[a-z][\w-]*){{0,2}})|(?:\s+{_WHAT_IT_IS})?\s+{_KIND_OF_ORG}(?:\s+{_WHAT_IT_IS})?"
                   # what the company is to a thing named before, then its legal name: "director of the group's
                   # trading arm PT X"
                   rf"|\s+(?:of|at|for)\s+(?:the\s+)?[a-z][\w-]*{_POSS}(?:\s+[a-z][\w-]*){{1,3}}(?=\s+PT\s))?\s+(?P<org>{_ORGR})"),
    # "Juni Rachman (Komisaris Utama LIB)", "Budi Hartono (chief executive of Kopitara)": the post in brackets
    ("name_paren_t_org", rf"(?P<name>{_NAMEX_RUN})\s*\(\s*(?:(?:a|an|the)\s+)?{_T}(?:\s+(?:di|at|of|for|dari|pada))?"
                         rf"\s+(?P<org>{_ORGR})\s*\)"),
    # "Budi Santoso Dirut PT X", "Budi Santoso-Komisaris PT X": a list of suspects gives each one's post with no comma
    ("name_t_pt", rf"(?P<name>{_NAMEX})(?:\s*-\s*|\s+)(?=[A-Z]){_T}\s+(?P<org>PT\s+{_ORGR})"),
    # "<Name>, the finance minister, said": a post set off after the name, its body told elsewhere (the country of a
    # government post, the article's body)
    ("name_the_t", rf"(?P<name>{_NAME_RUN})\s*,\s+the\s+{_T}(?=\s*,)"),
    # "<Name>, a <Org> spokeswoman," / "<Name>, the Vestra Bank chief economist, said"
    ("name_org_t", rf"(?P<name>{_NAME_RUN})\s*,\s+(?:a|an|the)\s+(?P<org>{_ORGR})\s+{_T}(?=\s*[,.;]|\s+(?:said|says|told|who)\b)"),
    # "CEO <Org>, <Name>" / "mantan CEO X, Y"
    # a post two people share ("Dua Co-CEO Gojek, X dan Y"): both hold it (``_raw_roles``)
    ("t_org_comma_name", rf"{_T}(?:\s+(?:and|dan|sekaligus|merangkap)\s+(?P<title2>{TITLE}))?{_SHORT_POST}?\s+(?:(?:di|at|of|dari|pada)\s+(?:the\s+)?)?(?:{_WHAT_IT_IS}\s+){{0,3}}"
                         # the body's short form in brackets may follow it ("PT Kalinda Nusa (Kalindex), X"), with its region's
                         # ("Asosiasi Petani Kopi Jawa Tengah (APK Jateng), X")
                         # ... and the region of a regional office after it ("Kepala Dinas Kesehatan (Dinkes) Kota Jambi, X")
                         # a public office's name may join its fields with "dan" ("Dinas Lingkungan Hidup dan Kehutanan")
                         rf"(?P<org>{_OFFICE_WITH_DAN}|{_ORGR}(?:\s+of\s+(?:the\s+)?{_ORGR})?)(?:\s*\([A-Z][A-Za-z]{{1,10}}(?:\s+[A-Z][A-Za-z]{{1,10}})?\)(?:\s+(?-i:Kota|Kabupaten|Provinsi)\s+{_CAPW}(?:\s+{_CAPW})?)?)?"
                         # "The regent of X at the time, Y,": a post held then
                         rf"(?P<then>\s+at\s+the\s+time|{_AT_THE_TIME})?{_NOW}?\s*,\s+{_NAME_TITLE}(?P<name>{_NAME}|{_ONE_NAME_SET_OFF})"
                         rf"(?:\s+(?:dan|and)\s+(?P<name2>{_NAME}))?"),
    # "pendirinya yang berusia <n> tahun, <Name>" / "CEO-nya, <Name>" / "its founder, X"
    ("t_back_name", rf"(?:(?P<its>\b(?:its|their|{_THE_FIRMS})\s+){_T}|{_T.replace('title', 'title_b')}-?nya){_AGE}\s*,\s+(?P<name>{_NAME})"),
    # "Direktur Keuangan perusahaan itu, <Name>", "direktur perseroan, <Name>": the company referred back to
    ("t_company_name", rf"{_T}\s+(?P<back>perusahaan\s+(?:itu|tersebut|ini)|perseroan){_AGE}\s*,\s+{_NAME_TITLE}(?P<name>{_NAME})"),
    # "<Title>, <Name>," (organisation from the sentence)
    # the post's short form in brackets may come between: "Menteri Keuangan (Menkeu), X, menyatakan"
    # ... or by a verb of saying ("Jampidsus, X menjelaskan")
    ("t_comma_name", rf"{_T}{_SHORT_POST}?\s*,\s+{_NAME_TITLE}(?P<name>{_NAME})\s*(?:,|\.?$|"
                     r"\s+(?:mengatakan|menjelaskan|menyatakan|menyebut(?:kan)?|menegaskan|said|says|told|explained)\b)"),
    # "Dimas was named CEO of Lantera", "Rina ditunjuk sebagai direktur utama PT X"
    ("name_was_named", rf"(?P<name>{_NAMEX_RUN})(?:\s+(?:dan|and)\s+(?P<name2>{_NAMEX}))?,?\s+"
                       rf"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|telah|resmi)?\s*(?:(?:kemudian|lalu|akhirnya|later|then)\s+)?"
                       rf"(?:named|appointed|made|picked|"
                       rf"chosen|selected|tapped|elected|ditunjuk|diangkat|dilantik|dipilih|terpilih)"
                       # where and when between the verb and the post: "ditunjuk dalam RUPSLB, Rabu (22/1), sebagai"
                       rf"(?:(?:\s+dan\s+\w+)?\s+(?:dalam|pada|di|in|at|during|oleh|by)\s+[^.;]{{3,90}}?\s+(?:as|sebagai|menjadi)\s+|"
                       rf"\s+(?:(?:as|sebagai|menjadi|jadi)\s+)?)(?:(?:the|its|new|a|an)\s+)*"
                       rf"{_T}(?:\s+(?:dan|and)\s+(?P<title2>{TITLE}))?(?:(?:\s+(?:of|at|di|pada))?\s+(?P<org>{_ORGR}))?"),
    # "Rina Lantera will take over as interim CEO", "has stepped in to serve as", "mengambil alih posisi"
    ("name_takes_over", rf"(?P<name>{_NAMEX_RUN}),?\s+(?:will\s+|has\s+|had\s+|akan\s+)?(?:take|takes|took|taken|taking|"
                        rf"stepped\s+in\s+to|steps\s+in\s+to|step\s+in\s+to)?\s*(?:over\s+as|serve\s+as|"
                        rf"mengambil\s+alih\s+(?:posisi|jabatan)(?:\s+sebagai)?)\s+(?:the\s+|its\s+|an?\s+)?{_T}"
                        rf"(?:\s+(?:of|at|di)\s+(?P<org>{_ORGR}))?"),
    # "memberhentikan sementara Dimas Prayoga dari jabatan CEO", "membebastugaskan jabatan X sebagai CEO",
    # "will step down from his role as board chairman": a post left
    ("relieved_of", rf"(?:membebastugaskan|memberhentikan|mencopot|menonaktifkan)(?:\s+sementara)?(?:\s+jabatan)?\s+"
                    rf"(?P<name>{_NAME_RUN})\s+(?:sebagai|dari\s+(?:jabatan|posisi)(?:nya)?(?:\s+sebagai)?)\s+{_T}"),
    # "... memberhentikan sementara X dari jabatan CEO dan Y dari posisi CPO": the next one relieved of a post
    ("relieved_too", rf"(?:,\s*|\s+)(?:dan|serta)\s+(?P<name>{_NAME})\s+dari\s+(?:jabatan|posisi)(?:nya)?\s+"
                     rf"(?:sebagai\s+)?{_T}"),
    # "X resigned as chief executive of Y", "X is out as CEO", "X, who will step down as CEO in June": a post left,
    # or to be left
    ("name_left_as", _verb_then_post(r"(?P<when>will\s+|would\s+|is\s+to\s+|has\s+|had\s+)?(?:resigned|resigns|resign|quit|"
                                     r"quits|left|leaves|leave|retired|retires|retire|is\s+out|was\s+out|stepped\s+down|"
                                     r"steps\s+down|step\s+down)\s+as")),
    # "X will become non-executive chairman of Y", "X became CEO", "X will remain as chairman"
    # "X, its chief technology officer, will serve as interim CEO", "X, CTO Kopiloka, akan menjadi CEO sementara": the
    # holder set off by what they are now, then the post they take
    ("name_described_serves", rf"(?P<name>{_NAMEX_RUN}),\s+[^,;.]{{2,80}},\s+(?:will\s+|would\s+|akan\s+)?"
                              rf"(?:serve\s+as|take\s+over\s+as|become|menjabat(?:\s+sebagai)?|menjadi)\s+(?:the\s+|its\s+|an?\s+)?{_T}"),
    # "X akan menjabat sebagai CEO sementara", "X menjadi direktur utama": the Indonesian of "serves as", "becomes"
    ("name_serves", rf"(?P<name>{_NAMEX_RUN})\s+(?:akan\s+|kemudian\s+|resmi\s+|kini\s+)?(?:menjabat\s+sebagai|menjadi)\s+{_T}"
                    rf"(?:\s+(?:di\s+)?(?P<org>{_ORGR}))?"),
    ("name_becomes", _verb_then_post(r"(?:will\s+|would\s+)?(?:become|became|becomes|remain|remains|remained|stay|stays|"
                                     r"stayed)(?:\s+as)?", r"(?:[a-z]+-[a-z]+\s+)?")),
    # "X mundur dari jabatannya sebagai CEO Lapakita", "Y mengundurkan diri dari posisi Direktur Keuangan"
    ("resigns_from", rf"(?P<name>{_NAMEX_RUN})\s+(?:(?:resmi|telah|sudah)\s+)?(?:mundur|mengundurkan\s+diri|lengser|berhenti)\s+"
                     rf"(?:dari\s+(?:jabatan|posisi|kursi)(?:nya)?\s+(?:sebagai\s+)?|sebagai\s+){_T}(?:\s+(?:di\s+)?(?P<org>{_ORGR}))?"),
    ("steps_down_from", rf"(?P<name>{_NAMEX_RUN})\s+(?:will\s+|has\s+|had\s+)?(?:step|steps|stepped|stepping)\s+down\s+"
                        rf"(?:from\s+(?:his|her|their)\s+(?:role|post|position)\s+)?as\s+(?:the\s+)?(?:board\s+)?{_T}"),
    # "Andi Wijaya tidak lagi menjabat presiden direktur", "X is no longer chief executive of Y": a post left
    ("no_longer_holds", rf"(?P<name>{_NAMEX_RUN}),?\s+(?:(?:who|yang)\s+)?(?:(?:kini|sudah|juga)\s+)?(?:(?:tidak|tak)\s+lagi|(?:is\s+|was\s+)?no\s+longer)\s+"
                        rf"(?:menjabat(?:\s+sebagai)?|serves?\s+as|served\s+as|holds\s+the\s+post\s+of|is|was)?\s*(?:the\s+|its\s+)?{_T}"
                        rf"(?:(?:\s+(?:of|at|di))?\s+(?P<org>{_ORGR}))?"),
    # "kepergian Adrian Santosa dari posisi CEO", "the departure of X as chief executive": a post left
    ("left_post", rf"(?i:kepergian|mundurnya|pengunduran\s+diri|pencopotan|departure\s+of|resignation\s+of|exit\s+of)\s+"
                  rf"(?P<name>{_NAMEX_RUN})\s+(?:dari\s+(?:posisi|jabatan(?:nya)?)\s+(?:sebagai\s+)?|as\s+|sebagai\s+)(?:(?:the|its)\s+)?{_T}"
                  rf"(?:(?:\s+(?:of|at|di))?\s+(?P<org>{_ORGR}))?"),
    # "<Org> CEO <Name>"
    # ("The CEO X said": an article opening the sentence is no organisation)
    # ("Pati Regent Sudewo said": one name, a lower-case word or a stop after it)
    ("org_t_name", rf"(?!(?-i:The|A|An)\s)(?P<org>{_ORGR_RUN})\s+{_T}(?:\s+(?:and|dan)\s+(?P<title2>{TITLE}))?\s+"
                   rf"(?P<name>{_NAME}|{_ONE_NAME_ENDED})"),
    # "Deputy chairman of the KPK Budi Hartanto", "chief executive of Acme Corp John Smith": the run after
    # "of" is the organisation, then its holder (``_split_run``)
    ("t_of_run", rf"{_T}(?-i:\s+(?:of|for)\s+[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?)?\s+(?:of|at)\s+(?:the\s+)?(?P<run>{_ORGR})"),
    # "then-CEO Hugo Marr of Pellam Motors": the holder's name, then the organisation
    ("t_name_of_org", rf"{_T}\s+(?P<name>{_NAME})\s+(?:of|at)\s+(?:the\s+)?(?P<org>{_ORGR})"),
    # "CFO <Org> <Name>" / "chief technology officer <Name>"
    # also "Menteri Ketenagakerjaan (Menaker) Yassierli", "Kepala Badan Pusat Statistik (BPS) Amalia Widyasanti"
    # ... the post's and the body's short forms in brackets together: "Sekretaris Jenderal Kementerian X (Sekjen Kemen X) Y"
    ("t_run", rf"{_T}(?:\s*\([A-Z][A-Za-z]{{1,10}}\))?\s+(?P<run>{_ORGR}(?:\s*\([A-Z][A-Za-z]{{1,10}}(?:\s+[A-Z][A-Za-z]{{1,10}})?\)\s+{_ORGR})?)"),
    # "pergantian CEO ke Andi Wijaya", "peralihan jabatan Dirut dari X kepada Y": the post passed to its new holder
    ("post_passed_to", rf"(?:pergantian|peralihan|penggantian)\s+(?:posisi\s+|jabatan\s+|kursi\s+)?{_T}"
                       rf"(?:\s+(?P<org>{_ORGR}))?(?:\s+dari\s+{_NAME})?\s+(?:ke|kepada)\s+(?P<name>{_NAME})"),
    # "hired <Name>, a former <title> at <Org>, as chief operating officer", "appointed X as the new finance director"
    # "named A as CEO"; "named A and B as interim co-CEOs" (both hold the post)
    # "named Robert Swan, its finance chief, interim CEO", "appointed Jane Doe chief executive": English may leave out "as"
    # "appointed former logistics executive X as chief financial officer": a description before the name
    ("hired_as", rf"(?:hired|appointed|named|merekrut|menunjuk|mengangkat|pengangkatan|penunjukan|appointment\s+of)\s+"
                 rf"(?:{TITLE}\s+|{_WHO_BEFORE})?(?P<name>{_NAME})"
                 rf"(?:\s+(?:and|dan)\s+(?P<name2>{_NAME}))?(?:\s*,[^,]{{0,90}},)?\s+(?:(?:as|sebagai|menjadi)\s+)?"
                 rf"(?:the\s+|its\s+|{_THE_FIRMS}\s+|new\s+)*{_T}"),
    # "menunjuk salah satu pendiri yang juga CTO, Rina Lantera, sebagai pelaksana tugas (Plt) CEO", "named its longest-serving
    # director, Budi Hartono, as interim chief executive", "named the head of its Sendangsari plant, Budi Hartono, operations
    # director": the appointee described first, the name set off by commas
    ("hired_described_as", rf"(?:hired|appointed|named|menunjuk|mengangkat)\s+(?:[^\s,.;:\"“”]+\s+){{0,8}}?[^\s,.;:\"“”]+,\s+"
                           rf"(?P<name>{_NAME}),\s+(?:(?:as|sebagai)\s+)?(?:the\s+|its\s+|{_THE_FIRMS}\s+|new\s+)*{_T}"),
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


_BACK_CUE = re.compile(rf"\b(?:the\s+{_FIRM_NOUNS}|perusahaan\s+(?:ini|itu|tersebut)|its|their)\b", re.I)


_SHORT_TITLE_AFTER = re.compile(r"\s*\([A-Z][a-z]+\)")  # "Menteri Ketenagakerjaan (Menaker)": the title, shortened


# every title has one of these words (read from TITLE): a sentence without them is not scanned for titles
_TITLE_GATE = WordGate(TITLE, shared=SENTENCE_WORDS)


_OWNED_OFFICE = re.compile(r"(?:['’]s)?\s+(?:" + "|".join(w.capitalize() for w in sorted(OFFICE_HEADS)) + r")\b")


def find_titles(sentence: str) -> list[tuple[int, int]]:
    """Spans of the job titles of one sentence, with a short form in brackets after one (entity discovery
    keeps them out of names)."""
    spans = [m.span("title") for m in _unit_list_posts(sentence)]
    if not _TITLE_GATE.may_match(sentence):
        return spans
    # TITLE sets its own case rule throughout: a match of TITLE_RX starts where a title does
    titles = matches_from(TITLE_RX, sentence, _title_starts(sentence)) if _LOOSE_IS_TITLE else TITLE_RX.finditer(sentence)
    for m in titles:
        if _OWNED_OFFICE.match(sentence, m.end()):
            continue  # "the Attorney General's Office": a body's name, not a post
        end = _before_initialled_name(sentence, m.start(), m.end())
        short = _SHORT_TITLE_AFTER.match(sentence, m.end()) if end == m.end() else None
        spans.append((m.start(), short.end() if short else end))
    return spans


def first_title(text: str) -> re.Match[str] | None:
    """``TITLE_RX.search(text)``, tried only where a title starts (a search walks the title's words at every
    character)."""
    if not _LOOSE_IS_TITLE:
        return TITLE_RX.search(text)
    found = matches_from(TITLE_RX, text, _title_finder().of(text))
    return found[0] if found else None


_BRACKETED_INITIALS = re.compile(r"\s*\(([A-Z]{2,5})\)")


def _before_initialled_name(sentence: str, start: int, end: int) -> int:
    """Where a post's span ends when its last words are a person's name whose initials follow in brackets, as
    investigators write them ("Kepala Biro Hubungan Masyarakat Hartono Wira Sinaga (HWS)"): before the name."""
    after = _BRACKETED_INITIALS.match(sentence, end)
    words = list(re.finditer(r"\S+", sentence[start:end]))
    n = len(after.group(1)) if after else 0
    if after and 2 <= n < len(words) and "".join(w.group()[0] for w in words[-n:]) == after.group(1):
        return start + words[-n].start() - 1
    return end


def _case_ok(title: str) -> bool:
    """Acronym titles must be upper case; word titles may be any case."""
    last = re.sub(r"^(?:(?:mantan|former|ex-|eks|interim|acting|new|baru)\s+)+", "", title, flags=re.I)
    head = last.split()[0] if last.split() else ""
    if head.upper() in {"CEO", "CFO", "CTO", "COO", "CMO", "CPO", "CIO", "CRO", "SVP", "EVP", "VP"}:
        return head.isupper()
    return True


@cache
def _compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that holds the title's long alternation, compiled on first use (as ``_patterns``), not at import."""
    return re.compile(source, flags)


def _title_loose() -> re.Pattern[str]:
    """A title anywhere, case-blind."""
    return _compiled(TITLE, re.I)


_EXEC = re.compile(r"^(?:interim\s+)?(?:CEO|CFO|COO|CTO|CMO|CPO|CIO|CRO|co-founder|founder|president director|"
                   # a company's managers and directors of a function ("manajer operasional", "export manager")
                   r"(?:[\w-]+\s+){0,2}manager|manajer(?:\s+[\w-]+){0,2}|(?:[\w-]+\s+){1,2}director|direktur(?:\s+[\w-]+){1,2})$", re.I)
_PREFILTER = re.compile(r"heads|leads|runs|memimpin|mengepalai|founded|mendirikan|didirikan|established|diketuai|dipimpin|"
                        r"dikepalai|chaired\s+by|headed\s+by|led\s+by", re.I)
# case-blind, it opens with no character the regex engine can skip to: its words are read in the sentence's one scan
_PREFILTERED = Gated(_PREFILTER, SENTENCE_WORDS)


# patterns that yield to a longer match already read from the same words
_YIELDING = frozenset({"org_t_name", "t_run", "t_of_run", "t_org_comma_name", "t_comma_name"})
_PAST = frozenset({"sebelumnya", "pernah", "previously", "formerly", "was"})


def _pattern_title(kind: str, gd: dict[str, str | None]) -> str | None:
    """The raw title of a match; patterns built on a verb ("founded", "heads") imply theirs."""
    if kind == "founded_by":
        return "co-founder" if gd.get("name2") else "founder"
    if kind == "name_heads":
        return "head"
    if kind == "org_led_by":
        return "chair" if (gd.get("verb") or gd.get("verb_en") or "").lower() in ("diketuai", "chaired") else "head"
    if kind == "name_founded":
        verb = (gd["verb"] or "").lower()
        return "co-founder" if "co" in verb or "ikut" in verb else "founder"
    title = gd.get("title") or gd.get("title_b")
    return f"{title}{gd['field']}" if title and gd.get("field") else title  # "director of enforcement at X"


def _usable_title(kind: str, gd: dict[str, str | None]) -> str | None:
    title = _pattern_title(kind, gd)
    return title if title and _case_ok(title) else None


def _split_run(run: str, sentence: str, title: str = "") -> tuple[str | None, str, bool] | None:
    """(org, name, back) for a title followed by a capitalised run: an org with its short form in brackets
    and the name after it; three words or more are an org and a two-word name; a bare two-word run is a
    name unless it is a known organisation or product; after a public post that names its body, the run
    is its holder's name ("Menteri Ketenagakerjaan Yassierli", "Menteri Keuangan Sri Mulyani Indrawati")."""
    if "(" in run:
        org, name = (part.strip() for part in re.split(r"\s*\([^)]*\)\s*", run, maxsplit=1))
        if name.split()[:1] == ["Tbk"]:  # "PT Bank Kencana Nusa (Persero) Tbk Agus Salim"
            org, name = f"{org} Tbk", name[3:].strip()
        org, name = _region_after_short_form(org, name)
        return (org, name, False) if 1 <= len(name.split()) <= 3 else None
    toks = run.split()
    if toks[0].lower() in OFFICE_VOCABULARY:
        return None  # "Kepala Eksekutif Pengawas Pasar Modal, ...": the post's unit goes on, no holder named here
    if _all_one_name(toks, run, sentence, title):
        return None, run, False
    if len(toks) >= 3:
        return _split_long_run(toks)
    return _split_pair(toks, sentence, title) if len(toks) == 2 else None


def _split_long_run(toks: list[str]) -> tuple[str | None, str, bool] | None:
    """(org, name, back) of a run of three words or more after a post: a body, then its holder's name."""
    cut = _name_start(toks)
    if cut == 1 and toks[0].rstrip(".").lower() in LEGAL_HEADS:
        return None  # "PT Kopitara Jaya": a company's legal name, no holder after a legal form alone
    name = _without_rank(toks[cut:])
    if name[-1].lower() in ORG_SUFFIX or any(t.isupper() and len(t.rstrip(".")) > 1 for t in name):
        # "PT Langit Nusa Airlines": the run ends as a company's name does, no holder in it (a word companies take
        # inside a person's name is no end: "Budi Perkasa Hartono")
        return None
    if " ".join(name).lower() in PLACES:
        return None  # "Dirreskrimsus Polda Sumatra Utara": the body's region closes the run, no holder named
    return " ".join(toks[:cut]), " ".join(name), False


def _all_one_name(toks: list[str], run: str, sentence: str, title: str) -> bool:
    """The whole run after the post is its holder's name: after a public post that names its body, a common given
    name's run, or three plain words after a post in an English sentence."""
    return _holder_of_named_post(toks, title) or _given_name_run(toks) or _english_post_then_name(toks, run, sentence)


def _region_after_short_form(org: str, name: str) -> tuple[str, str]:
    """"Sekretaris Badan Penanggulangan Bencana Daerah (BPBD) Maluku Utara Ali Yau": a region after the short form
    closes the body's name; the holder's name follows it."""
    toks = name.split()
    for k in (2, 1):
        if len(toks) > k and " ".join(toks[:k]).lower() in PLACES and toks[k].lower() not in COMPASS_WORDS:
            return f"{org} {' '.join(toks[:k])}", " ".join(toks[k:])
    return org, name


def _given_name_run(toks: list[str]) -> bool:
    """Three plain words opening with a common given name, none a body's or a place's word: one person's whole
    name ("Sekretaris Perusahaan Agus Budi Santoso"), not a company and a two-word name. (Four such words after a
    post were tried as a whole name too and lowered a blind set: "PT X Muhammad Rizal" stays ambiguous.)"""
    return len(toks) == 3 and toks[0].lower() in FIRST_NAMES and _plain_name(toks) \
        and not any(t.lower() in ORG_WORDS or t.lower() in PLACES for t in toks)


# the last words of a post as English writes it: English puts the company before the post ("Kopitara chief executive X")
# or after it with "of"/"at", never between the post and the holder as Indonesian does ("Direktur Utama PT X Budi")
_ENGLISH_POST_WORDS = frozenset("executive founder co-founder chairman chairwoman chairperson director president officer "
                                "head".split())


def _english_post_then_name(toks: list[str], run: str, sentence: str) -> bool:
    """Three plain words after a post in an English sentence, none a body's, a firm's or a place's: one person's whole
    name ("founder and chief executive Budi Hartono Wibowo"), not a company and a two-word name. (Indonesian copy
    writes English posts the Indonesian way: "kata Chief Operating Officer Kopitara Rina Wulandari".)"""
    before = sentence[:max(sentence.find(run), 0)].split()
    return len(toks) == 3 and bool(before) and before[-1].lower() in _ENGLISH_POST_WORDS and _plain_name(toks) \
        and detect_language(sentence) == "en" \
        and not any(t.lower() in ORG_WORDS or t.lower() in ORG_SUFFIX or t.lower() in ORG_ONLY_WORDS or t.lower() in PLACES
                    for t in toks)


def _split_pair(toks: list[str], sentence: str, title: str) -> tuple[str | None, str, bool] | None:
    """A two-word run after a title: a name, unless a known organisation or product; after a regional post
    that opens with its region ("Kajati Banten Sutrisno"), the holder's one name."""
    run = " ".join(toks)
    low = run.lower()
    if toks[-1].lower() in ORG_SUFFIX or low in ORGS or low in MEDIA or low in PRODUCTS:
        return None
    if toks[0].lower() in PLACES and _REGIONAL_POST.match(normalise_title(title)[0]):
        return None, toks[1], True
    if (toks[0].isupper() and len(toks[0]) > 1 and _body_short_form(toks[0])) or _short_form_then_given_name(toks):
        return toks[0], toks[1], False  # "Deputi Penindakan KPK Karyoto": the body's short form, then the holder
    # a bare "President X" is a head of state, not the president of the firm the sentence names back
    return None, run, bool(_BACK_CUE.search(sentence)) and normalise_title(title)[0] != "president"


# words that make the next one a place's name ("Desa Sukamaju", "Kelurahan Cilandak")
_PLACE_TYPES = frozenset({"desa", "kelurahan", "kecamatan", "dusun", "kampung", "nagari"})


# posts held over a region, whose name may follow the post: "Kajati Banten", "Kapolda Bali", "Gubernur Jambi"
_REGIONAL_POST = re.compile(r"(?:waka)?kapol(?:da|res(?:ta(?:bes)?)?)$|kaja[tr]i$|governor$|gubernur$|bupati$|regent$|wali\s+kota$|mayor$|"
                            r"subdistrict\s+head$", re.I)


def _name_start(toks: list[str]) -> int:
    """Where the holder's name begins in "<organisation> <name>": after a region that closes a body's name
    ("Disnaker Kaltara Ahmad Fauzan Rahim", "Bank Jateng Supriyatno"); else the last two words (``_last_two_words``)."""
    if len(toks) == 3 and toks[0].lower() in _PLACE_TYPES:
        return 2  # "Kepala Desa Sukamaju Darsim": a place's word and its one-word name, then the head's one name
    opening = _opening_of_name(toks)
    if opening is not None:
        return opening
    fields_end = ministry_fields_end(toks)
    if fields_end and 1 <= _name_words(toks[fields_end:]) <= 4:
        return fields_end  # "Kementerian Keuangan Budi Hartono": the ministry's fields, then its official
    places = [i for i in range(1, len(toks) - 1)
              if _place_ends_at(toks, i) and _name_words(_without_rank(toks[i + 1:])) <= 3]
    if places:
        return places[-1] + 1
    return _last_two_words(toks)


def _last_two_words(toks: list[str]) -> int:
    """Where the last two words of a name begin, unless the first of them closes the body's name: a compass word
    ("Bupati Kotawaringin Timur Halikinnor"), or a body's spelling ("Bank BRI Sunarso", "Bank BRIsyariah Ngatari")."""
    cut = len(toks) - 2
    while cut > 1 and _name_words(toks[cut:]) < 2:
        cut -= 1  # a middle initial is not one of the two words ("PT Maju Jaya Budi S. Hartono")
    if toks[cut].lower() in COMPASS_WORDS or _spelled_as_a_body(toks[cut]) and not _spelled_as_a_body(toks[-1]):
        return cut + 1
    while cut > 1 and MIDDLE_INITIAL.match(toks[cut - 1]):
        cut -= 1  # an initial opens the name, not closes the place ("Bupati Tanah Merah M Arif Santoso")
    if (cut > 2 or cut == 2 and toks[0].lower() not in ORG_PREFIX) \
            and _opens_three_word_name(toks[cut - 2].lower(), toks[cut - 1].lower(), toks[cut].lower()):
        cut -= 1
    return cut


def _opens_three_word_name(before: str, given: str, after: str) -> bool:
    """A common given name opens a name of three words ("Direktur Utama Bank Sendangsari Agus Suharjo Wibowo"), unless
    the two words after it open with a given name of their own ("PT Karya Lestari Budi Hartanto"); a word names
    close with ("Santoso") does not open them ("CEO Kopitara Budi Santoso Hartono")."""
    if given not in FIRST_NAMES or given in CLOSING_NAME_WORDS or before in FIRST_NAMES:
        return False
    return after not in FIRST_NAMES or after in CLOSING_NAME_WORDS


# legal forms written last in a company's name ("PT X Tbk", "X Pte. Ltd.", "X Sdn. Bhd."): a name after one is the holder's
# a football club's "FC" closes its name the same way ("Persebaya FC Budi Santoso")
_CLOSING_FORMS = frozenset({"tbk", "persero", "ltd", "limited", "inc", "corp", "llc", "plc", "bhd", "gmbh", "llp", "fc"})


def _opening_after_form_or_rank(toks: list[str]) -> int | None:
    """After a legal form that closes a company's name ("PT X Tbk Rina Lestari"), or at a police or military rank,
    which opens the holder's name however long ("Polda Metro Jaya Kombes Dimas Bayu Sakti Indra")."""
    closed = [i for i, t in enumerate(toks) if t.strip(".,").lower() in _CLOSING_FORMS]
    if closed and 1 <= len(toks) - closed[-1] - 1 <= 4 and closed[-1] > 0:
        return closed[-1] + 1
    ranks = [i for i, t in enumerate(toks) if t.lower().rstrip(".") in RANK_WORDS - CORPS]
    return ranks[0] if ranks and ranks[0] > 0 and 1 <= len(toks) - ranks[0] - 1 <= 5 else None


def _opening_of_name(toks: list[str]) -> int | None:
    """Where a name plainly opens: after a company's legal form that closes its name ("PT Kencana Indonesia Tbk
    Rina Lestari"), after a public body's short form ("KPK Budi Hartanto Wibowo"), or at two initials ("PT
    Kencana Niaga R A Sekarwangi")."""
    marked = _opening_after_form_or_rank(toks)
    if marked is not None:
        return marked
    body = 1 if _body_short_form(toks[0]) or _short_form_then_given_name(toks) else _known_body_opening(toks)
    if body and _plain_name(toks[body:]):
        # "KPK Budi Hartanto Wibowo", "Kejaksaan Agung Dewi Sartika Putri"; the body's region may close its
        # name first ("Kejaksaan Tinggi Jawa Timur Andi Saputra")
        return next((i + 1 for i in range(body, len(toks) - 2) if _place_ends_at(toks, i)), body)
    return next((i for i in range(1, len(toks) - 2) if MIDDLE_INITIAL.match(toks[i]) and MIDDLE_INITIAL.match(toks[i + 1])), None)


def _short_form_then_given_name(toks: list[str]) -> bool:
    """Three to six capitals, then a common given name: a body's short form, then its holder ("Direktur Utama BDE
    Gunawan Hartadi Sutejo"); two capitals may be a name's own honorific or initials ("RA", "KH")."""
    return 3 <= len(toks[0]) <= 6 and toks[0].isalpha() and toks[0].isupper() and toks[1].lower() in FIRST_NAMES


def _spelled_as_a_body(word: str) -> bool:
    """Capitals after the first letter ("BRI", "BRIsyariah", "TikTok"): no word of a person's name."""
    return word.isalpha() and len(word) > 2 and any(c.isupper() for c in word[1:])


def _plain_name(toks: list[str]) -> bool:
    """Two to four capitalised words of letters only: a person's name."""
    return 2 <= len(toks) <= 4 and all(t.isalpha() and t[1:].islower() for t in toks)


def _known_body_opening(toks: list[str]) -> int:
    """How many words of the run a well-known organisation's name takes at its start (0 if none)."""
    for n in range(min(4, len(toks) - 2), 1, -1):
        opening = " ".join(toks[:n]).lower().replace("’", "'")
        if opening in NATIONAL_BODIES or opening in ORGS:
            return n
    return 0


def _body_short_form(word: str) -> bool:
    """A public body written as one short word: a national body ("Kejagung") or a ministry's syllables
    ("Kemenperin", "Kemnaker", "Kominfo")."""
    return word.lower() in NATIONAL_SHORT_FORMS or word in ("Kominfo", "Komdigi") or \
        bool(re.fullmatch(r"(?!Kementerian)Kem(?:en)?[a-z]{4,}", word))


def _place_ends_at(toks: list[str], i: int) -> bool:
    """A place's name ends at ``toks[i]``: one word ("Kaltara"), two ("Jawa Timur"), or a compass word that
    closes a region ("Kolaka Utara"), not followed by a word that makes it longer ("Kotawaringin Timur")."""
    one, two = toks[i].lower(), f"{toks[i - 1]} {toks[i]}".lower()
    if one not in PLACES and two not in PLACES and one not in COMPASS_WORDS and not _region_named_at(toks, i):
        return False
    return toks[i + 1].lower() not in COMPASS_WORDS and f"{toks[i]} {toks[i + 1]}".lower() not in PLACES


def _region_named_at(toks: list[str], i: int) -> bool:
    """A regency, city or province by its unit and one word ("Kabupaten Subang"), which the gazetteer need not
    know. (Of two words the second may as well open the holder's name: "Kota Subang Asep ...".)"""
    return toks[i - 1].lower() in REGION_UNITS


def _without_rank(toks: list[str]) -> list[str]:
    """A name without the police or military rank written before it ("Kombes Pol Ferry Lumbantobing", "Marsekal Madya
    TNI Rudi Hartono")."""
    spelled = _SPELLED_RANK_AT.match(" ".join(toks))
    if spelled and spelled.end() < len(" ".join(toks)):
        toks = " ".join(toks)[spelled.end():].split()
    while len(toks) > 1 and toks[0].lower().rstrip(".") in STOPWORDS:
        toks = toks[1:]
    return toks


def _name_words(toks: list[str]) -> int:
    """Words of a name, a middle initial not counted ("Sahat Tua P. Simandjuntak" has three)."""
    return sum(1 for t in toks if not MIDDLE_INITIAL.match(t))


def _holder_of_named_post(toks: list[str], title: str) -> bool:
    """A run of up to three plain words after a public post that names its body ("Menteri Keuangan") or a
    judge's (four: a judge's court is written as one, "PN Surabaya", "Pengadilan ..."), not opening with a body's
    name ("Komdigi Yohana Siregar"): all of it is the holder's name."""
    post = normalise_title(title)[0]
    return len(toks) <= (4 if post == "judge" else 3) and is_public_post(post) and (" " in post or post == "judge") \
        and all(t[1:].islower() for t in toks) and not re.match(_BODY_START, " ".join(toks))


@dataclass
class _Reading:
    """One pattern match read as (name, title, organisation) before it becomes ``RawRole``s."""

    kind: str
    name: str | None
    title: str
    org: str | None
    former: bool
    back: bool
    topic: bool = False


def _adjust_name_prev(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    if (gd.get("prev") or "").lower() in _PAST:
        r.former = True
    if not r.org:
        r.back = True
    return True


# "Kepala Dinas Kesehatan Kabupaten Tulungagung dr Rina Wulandari": a degree or a pilgrim's title written in lower case
# or with its stop ends the run, which is all the body's; the holder's name follows it
_DEGREE_THEN_NAME = re.compile(rf"\s+(?:(?-i:dr|drg)\.?|(?-i:Dr|Ir|Drs|Dra|Prof|Hj?)\.)\s+(?P<name>{_NAME})")


def _adjust_t_run(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    run = gd["run"] or ""
    end = sentence.find(run) + len(run)
    if run and re.match(r"\s*\((?![A-Z][A-Za-z]{1,10}\))", sentence[end:]):
        return False  # "PT Gema Nada Semesta (Gemanada Live) Raditya Wirawan": the run is all company, its holder after
    degree = _DEGREE_THEN_NAME.match(sentence, end)
    split = (run, degree.group("name"), False) if degree else _split_run(run, sentence, r.title)
    if split is None:
        return False
    r.org, r.name = split[0], split[1]
    r.back = r.back or split[2]
    if r.org is None and not r.back and _EXEC.match(r.title):
        r.back = r.topic = True  # a bare executive title with a name: the company the article is about
    return True


# ", Budi Hartono", ", Dr. Rina Wulandari": a holder's name set off by a comma after a body
_HOLDER_AFTER_COMMA = re.compile(r"\s*,\s+(?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][a-z]+\s+[A-Z]")


def _adjust_two_posts(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    """"Direktur dan Sekretaris Perusahaan Kalinda Budi Santoso": two posts, then the body and its holder as
    after one post; with no body named, the company is the article's. A run the holder's name follows after a
    comma is the body alone ("Pemilik sekaligus Direktur Utama PT Kopitara Nusa, Budi Hartono"): another
    pattern reads it."""
    run = gd["run"] or ""
    if _HOLDER_AFTER_COMMA.match(sentence, sentence.find(run) + len(run)):
        return False
    if not _adjust_t_run(r, gd, sentence):
        return False
    r.back = r.back or r.org is None
    return True


def _adjust_t_of_run(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    """As ``_adjust_t_run``; one plain word after "of" is the post's portfolio, not a body ("Deputy Minister of
    Manpower Yohanes Adi")."""
    if not _adjust_t_run(r, gd, sentence):
        return False
    return r.org is not None and (" " in r.org.strip() or r.org.strip().isupper())


def _adjust_hired_as(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    r.org, r.back = None, True  # the hiring organisation is the subject of the sentence
    return True


def _org_from_context(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    r.back = True
    return True


def _org_unless_named(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    r.back = r.back or not r.org
    return True


def _left_post(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    r.former = True
    return _org_unless_named(r, gd, sentence)


def _org_not_a_place(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    """"X, a Jakarta lawyer": a place before a post says where, not for whom."""
    return (r.org or "").lower() not in PLACES


def _left_unless_to_come(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    """"resigned as CEO" is a post left; "will step down as CEO" one still held."""
    r.former = (gd.get("when") or "").strip() not in ("will", "would", "is to")
    return _org_unless_named(r, gd, sentence)


def _relieved_too(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    """Kept only in a sentence that tells of someone relieved of a post, or leaving one, before it."""
    return bool(_RELIEVING.search(sentence)) and _left_post(r, gd, sentence)


_RELIEVING = re.compile(r"\b(?:membebastugaskan|memberhentikan|mencopot|menonaktifkan|memecat|mundur|mengundurkan\s+diri)\b", re.I)


# per pattern: how its match is completed; False drops the match
_DEPUTY_BEFORE = re.compile(r"(?:deputy|vice|wakil)\s+$", re.I)


# English posts before their holder's one name ("Pati Regent Sudewo", "Finance Minister Purbaya", "Kopitara chief
# executive Sunarno said"); Indonesian ones come before their body or region ("Kantor Bupati Lebak, ...", "juru bicara
# Lumio, ...")
_ENGLISH_POST_BEFORE_ONE_NAME = re.compile(r"(?:[A-Za-z][a-z]+\s+)*(?i:Regent|Governor|Mayor|Minister|Chief|CEO|President|"
                                           r"Chairman|Chairwoman|Chair|Spokesman|Spokeswoman|Spokesperson|Director|Head|"
                                           r"Executive|Officer|Commissioner|Administrator)")


def _adjust_org_t_name(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    """One name after the post only after an English post written capitalised (``_ENGLISH_POST_BEFORE_ONE_NAME``);
    a deputy's post read whole (``_deputy_before_org``)."""
    if " " not in (gd.get("name") or " ") and not _ENGLISH_POST_BEFORE_ONE_NAME.fullmatch(gd.get("title") or ""):
        return False
    return _deputy_before_org(r, gd, sentence)


def _deputy_before_org(r: _Reading, gd: dict[str, str | None], sentence: str) -> bool:
    """"deputy KPK chief X": the deputy's post, its body written between."""
    org = gd.get("org")
    at = sentence.find(f"{org} ") if org else -1
    if at > 0 and _DEPUTY_BEFORE.search(sentence[:at]) and not r.title.startswith("deputy"):
        r.title = f"deputy {r.title}"
    return True


_ADJUST: dict[str, Callable[[_Reading, dict[str, str | None], str], bool]] = {
    "name_prev": _adjust_name_prev,
    "name_prev_appos": _adjust_name_prev,
    "t_run": _adjust_t_run,
    "t_of_run": _adjust_t_of_run,
    "hired_as": _adjust_hired_as,
    "hired_described_as": _adjust_hired_as,
    "t_comma_name": _org_from_context,
    "name_was_named": _org_unless_named,
    "left_post": _left_post,
    "removed_from": _left_post,
    "relieved_of": _left_post,
    "relieved_too": _relieved_too,
    "resigns_from": _left_post,
    "name_left_as": _left_unless_to_come,
    "name_org_t": _org_not_a_place,
    "name_becomes": _org_unless_named,
    "name_described_serves": _org_unless_named,
    "name_serves": _org_unless_named,
    "steps_down_from": _left_post,
    "no_longer_holds": _left_post,
    "name_takes_over": _org_unless_named,
    "t_and_t_name": _adjust_two_posts,
    "org_t_name": _adjust_org_t_name,
}


# "the resignation of CEO X", "mundurnya Direktur Utama PT Y Z": the post the match names is one left
_LEFT_BEFORE = re.compile(r"(?:kepergian|mundurnya|pengunduran\s+diri|pencopotan|pemberhentian|"
                          # "memberhentikan Presiden Direktur X", "fired chief executive Y": the post is left
                          r"(?:memberhentikan|mencopot|memecat|menonaktifkan|membebastugaskan)(?:\s+sementara)?|"
                          r"(?:fired|sacked|dismissed|ousted|removed)|"
                          r"(?:departure|resignation|exit|ouster|removal|firing|dismissal)\s+of)\s+(?:the\s+|its\s+)?$", re.I)


# the patterns that read "<Name>, <verb> ... <post>": the name is the verb's subject
_SUBJECT_LED = frozenset({"name_left_as", "name_becomes", "name_takes_over", "name_was_named", "no_longer_holds"})
# "X, the founder of coffee-delivery startup Y, has stepped down as CEO": the part set off by commas before the verb, after
# another name
_SET_OFF_BEFORE = re.compile(rf"(?P<subject>{_NAMEX})\s*,\s+(?P<words>[^,]*)$")
_RELATIVE_NEXT = re.compile(r"\s*,\s*(?:who|yang)\b")
_LOWER_WORD_LAST = re.compile(r"(?:^|\s)[a-z][\w-]*\s+$")


# the other patterns of a name and then what its holder did: "X stepped down as", "X mundur dari jabatan"
_NAME_THEN_VERB = frozenset({"steps_down_from", "resigns_from", "name_serves"})
_ACTOR_FIRST = _SUBJECT_LED | _NAME_THEN_VERB
# a clause that opens with a post of something: "The founder of video-streaming service Y has stepped down", "Pendiri
# layanan streaming Y mundur"
_POST_OF = re.compile(rf"^\s*(?:(?:The|the|A|a|An|an)\s+)?{TITLE}\s+(?:(?:of|dari)\s|(?-i:(?=[a-z])))", re.I)


def _inside_the_subject(m: re.Match[str], sentence: str) -> bool:
    """The name read as who acted closes the phrase of a post that opens the clause ("The founder of video-streaming
    service Kopiloka has stepped down as chief executive"): the unnamed holder of that post acted, not the company."""
    start = m.start("name")
    if sentence.startswith(",", m.end("name")):
        return False  # set off after another name: that name may be who acted (``_subject_past_apposition``)
    clause = re.split(r"[,;:]", sentence[:start])[-1]
    return bool(_POST_OF.match(clause)) and (clause.rstrip().endswith((" of", " dari")) or bool(_LOWER_WORD_LAST.search(clause)))


def _subject_past_apposition(r: _Reading, m: re.Match[str], sentence: str) -> bool:
    """A name that a comma parts from its verb and that closes a description (opening in lower case or with a post)
    set off after another name is not the verb's subject: that other name is (``r.name`` becomes it), and the post
    with no organisation of its own is one of the organisation the description ends in. False when such a
    description ends in the name and no name opens it; a name that is the whole set-off part ("The CEO of Y, X, has
    stepped down") stays."""
    end, start = m.end("name"), m.start("name")
    if not sentence.startswith(",", end) or _RELATIVE_NEXT.match(sentence, end):
        return True
    before = _SET_OFF_BEFORE.search(sentence, 0, start)
    words = before.group("words") if before else sentence[:start].rsplit(",", 1)[-1]
    if not words.strip() or not (words[:1].islower() or TITLE_RX.match(words)):
        return True
    if before is None:
        return not _LOWER_WORD_LAST.search(words)
    if r.org is None:
        r.org, r.back = r.name, False
    r.name = before.group("subject")
    return True


_ROMAN = re.compile(r"[IVX]{1,4}")
_PAST_BEFORE_ORG = re.compile(r"(?:former|mantan|eks|ex-)\s+(?=\S)", re.I)
# "run by former Kestrel CEO X", "oleh mantan Dirut PT Y Z", "preceding CEO X": the word in lower case, just before the post
# the pattern read
_PAST_JUST_BEFORE = re.compile(r"(?<![\w-])(?:former|mantan|eks|bekas|preceding|previous|erstwhile)\s+$|(?<![\w-])ex-$", re.I)


# Indonesian police and military ranks written out ("Komisaris Besar Polisi", "Marsekal Madya TNI", ``SPELLED_RANK``)
_FULL_RANK = re.compile(rf"^(?:(?:{SPELLED_RANK})(?:\s+TNI)?|"
                        r"Inspektur\s+(?:Polisi\s+)?(?:Satu|Dua)|Komisaris\s+Polisi|"
                        # as English news writes them ("North Sumatra Police chief Inspector General X")
                        r"(?:Police\s+)?(?:Inspector|Brigadier|Commissioner|Major|Lieutenant)\s+General|"
                        r"(?:Adjunct\s+)?(?:Senior\s+|Grand\s+)?Commissioner|(?:Lieutenant\s+)?Colonel)(?:\s+Polisi)?\s+")


def _read_match(kind: str, m: re.Match[str], title_raw: str, sentence: str) -> _Reading | None:
    gd = m.groupdict()
    title, former = normalise_title(title_raw)
    r = _Reading(kind, gd.get("name"), title, gd.get("org") or gd.get("org_of"), former,
                 bool(gd.get("its") or gd.get("title_b") or gd.get("back")))
    adjust = _ADJUST.get(kind)
    if adjust and not adjust(r, gd, sentence):
        return None
    if kind in _ACTOR_FIRST and _inside_the_subject(m, sentence):
        return None
    if kind in _SUBJECT_LED and not _subject_past_apposition(r, m, sentence):
        return None
    if r.org:
        _tidy_org(r)
    r.former = r.former or bool(gd.get("then")) or bool(_LEFT_BEFORE.search(sentence[max(0, m.start() - 40):m.start()])) \
        or bool(_PAST_JUST_BEFORE.search(sentence, 0, m.start()))
    r.name = _holder_name(r.name) if r.name else r.name
    return r


def _tidy_org(r: _Reading) -> None:
    """The organisation without what the pattern took in with it: "former" ("Former Lentera business development
    director X": the post is a past one), the sentence's article ("The North Sumatra Police Chief X"); a post's number
    ("Wakil Rektor I, X") is no organisation."""
    org = r.org or ""
    if past := _PAST_BEFORE_ORG.match(org):
        org, r.former = org[past.end():], True
    if org.startswith("The "):
        org = org[4:]
    r.org = None if _ROMAN.fullmatch(org) or _COUNT_ALONE.fullmatch(org) else org


_NO_NAME_OPENING = TITLE_WORDS | STOPWORDS  # words that open no one's name ("Officer", "Chief", "the")


def _holder_name(name: str) -> str:
    """The name without what a pattern took in before it: a police rank written out ("Komisaris Besar Heru
    Santoso"), a post ("CTO Rina Lantera will take over as"), or a post's last word ("(Chief Financial)
    Officer Budi Hartanto has been appointed")."""
    if (rank := _FULL_RANK.match(name)) and rank.end() < len(name):
        name = name[rank.end():]
    lead = TITLE_RX.match(name)
    if lead and lead.end() < len(name) and _case_ok(lead.group(0)):
        return name[lead.end():].strip()
    toks = name.split()
    if len(toks) > 2 and toks[0].lower() in _NO_NAME_OPENING and not opens_like_a_person(name):
        toks = toks[1:]
    while len(toks) > 1 and toks[0].lower().rstrip(".") in RANK_WORDS:
        toks = toks[1:]  # "Kombes Pol Darmono", "Kombes Darmono": a rank and its corps, then the one name
    return " ".join(toks)


_HIRING = frozenset({"hired_as", "hired_described_as"})  # "X hired Y as CFO": the post is at the sentence's subject


def _raw_roles(r: _Reading, gd: dict[str, str | None], a: int, b: int) -> list[RawRole]:
    """One ``RawRole`` per person and title of the reading (a match may name two of each)."""
    titles = [(r.title, r.former)]
    if gd.get("title2"):  # "former chair and CEO": both left; "founder and former CEO": only the second
        t2, f2 = normalise_title(gd["title2"] or "")
        titles.append((t2, r.former or f2))
    people = [r.name or ""] + ([gd["name2"] or ""] if gd.get("name2") and _two_holders(r, gd) else [])
    org = r.org.strip() if r.org else None
    # "X dan Y ditunjuk sebagai CEO dan CFO": each name its own post, in order
    pairs = list(zip(people, titles, strict=True)) if len(people) == len(titles) == 2 else \
        [(person, t) for person in people for t in titles]
    return [RawRole(person.strip(), t, org, former, r.back and not r.org, a, b, r.kind in _HIRING, r.topic)
            for person, (t, former) in pairs]


def _two_holders(r: _Reading, gd: dict[str, str | None]) -> bool:
    """Whether the second name of a match holds a post too: named with it, or after a post two people share
    ("co-CEO", "directors"), not after one person's post ("CEO Gojek, X dan Menteri Y")."""
    if r.kind != "t_org_comma_name" or gd.get("title2"):
        return True
    raw = (gd.get("title") or "").lower()
    return r.title.startswith("co-") or raw.endswith("s")


# words that open a sentence before a name and its post ("Selain Ari, mantan direktur X, Y, ..."): never a given name
_OPENING_CONNECTIVES = frozenset({"selain", "namun", "menurut", "sementara", "sedangkan", "adapun", "kecuali", "besides",
                                  "pada", "saat", "ketika", "sejak"})


def _bad_name(name: str) -> bool:
    """A one-word "name" that is a function word or a possessive ("-nya") is no person; nor is a run that
    opens with an organisation's head word ("Perusda Tirta", "Bank Kota", "PT X")."""
    words = name.split()
    if _title_loose().fullmatch(name):
        return True  # "CEO X Y, Mantan Wakil Presiden Z": the next person's post, not a name
    if len(words) > 1:  # nor one holding a body's word ("SOE Ministry", "Bursa Efek"), nor a connective's ("Selain Ari")
        return words[0].lower() in ORG_PREFIX or _short_form_and_place(words) or any(w.lower() in ORG_WORDS or w.lower() in DAYS or w.lower() in OFFICE_VOCABULARY
                                                     for w in words) \
            or words[0].lower() in _OPENING_CONNECTIVES \
            or len(words[0]) > 6 and words[0].lower().endswith("nya")  # "Mundurnya Rendra": a verb made a noun, then the name
    return name.lower() in STOPWORDS or name.lower().endswith("nya")


# the short forms of a kind of institution that a name always follows ("RS <Name>", "RSUD <Name>", "PN <Place>")
_KIND_SHORT_FORMS = frozenset({"rs", "rsu", "rsud", "rsup", "rsia", "pn"})


def _unusable(r: _Reading) -> bool:
    """A reading with no name, a name no person has, or an organisation that is a kind's short form alone (the
    "holder" after it is the institution's name) or one letter (the initial that opens the holder's name: "analis M
    Budi Santoso")."""
    return not r.name or _bad_name(r.name) or r.org is not None and (
        r.org.strip().lower() in _KIND_SHORT_FORMS or re.fullmatch(r"[A-Z]\.?", r.org.strip()) is not None)


def _short_form_and_place(words: list[str]) -> bool:
    """An institution's short form and the place of the one meant ("PN Jakarta Selatan"): no person."""
    return len(words[0]) > 1 and words[0].isupper() and known_place(" ".join(words[1:]))


# ("... and the utility's former director, X": the next one may come after a possessive and a post)
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s+)(?:and|dan|serta)\s+(?:[a-z]+(?:['’]s)?,?\s+){0,5}[A-Z]")


def _in_a_list(sentence: str, m: re.Match[str]) -> bool:
    """"Wisnu Hardjito, finance director Melinda Kurniasih and Tigor Rangkuti": people listed with their
    titles, not a person and the organisation of a title."""
    words = m.group("org").split()
    person_like = len(words) in (2, 3) and not any(w.lower() in ORG_SUFFIX or w.lower() in ("pt", "tbk") for w in words)
    return person_like and bool(_LIST_GOES_ON.match(sentence, m.end("org")))


_AS_BEFORE = re.compile(r"\b(?:as|sebagai|selaku)\s+(?:(?:the|its|a|an|new|interim|acting)\s+)*$", re.I)


_BARE_MENTERI = re.compile(r"(?:(?:wakil|deputy|vice)\s+)?(?:menteri|minister)", re.I)
_MINISTRY_WORD = re.compile(r"(?:Kementerian|Kemen|Ministry)\b")


# buildings named after the post whose office they house ("Kantor Bupati Lebak", "Gedung Gubernur", "Rumah Dinas Wali Kota")
_BUILDING_BEFORE = re.compile(r"\b(?:Kantor|Gedung|Pendopo|Rumah\s+Dinas|Rujab)\s+$")
_BUILDING_REACH = 16  # the longest of those words with its spaces ("Rumah  Dinas ") fits: only that much is read


def _misread(kind: str, m: re.Match[str], sentence: str) -> bool:
    """A match whose "organisation" is the first word of a title ("Presiding judge X") or a person in a list,
    or a post "of" a body read wrong (``_of_run_misread``)."""
    if kind == "t_of_run" and _of_run_misread(m, sentence):
        return True
    if kind == "t_run" and _HOLDERS_AFTER.match(sentence, m.end()):
        return True  # "juru bicara Badan Pangan Nasional itu yakni A, B dan C": the run is the body (``_listed_holders``)
    if kind == "t_org_comma_name" and _comma_name_misread(m, sentence):
        return True
    if kind == "as_t_org" and _inside_a_post(sentence, m.start("name")):
        return True  # "Direktur Keuangan dan Manajemen Risiko X, Budi, sebagai Plt Dirut X": "Risiko X" is no holder
    if kind == "org_t_name" and _inside_a_post(sentence, m.start("org")):
        return True  # "kata kepala Biro Humas X Y": "Biro" is the post's word, no body with a post "Humas"
    if _misread_words(m, sentence):
        return True
    return _title_as_org(m.groupdict().get("org")) or (kind == "name_t_org" and _name_t_org_misread(m, sentence))


def _misread_words(m: re.Match[str], sentence: str) -> bool:
    """An "organisation" that opens a longer post, or a post that names a building ("di Kantor Bupati Lebak"):
    no holder."""
    at = m.start("title") if m.groupdict().get("title") else -1
    if at > 0 and _BUILDING_BEFORE.search(sentence, max(0, at - _BUILDING_REACH), at):
        return True
    if m.groupdict().get("org"):
        post = TITLE_RX.match(sentence, m.start("org"))
        if post is not None and post.end() > m.end("org"):
            return True
        # "sebagai Direktur Utama." read as a post "Direktur" of a body "Utama": the post runs on over the body's one word
        whole = TITLE_RX.match(sentence, at) if at >= 0 else None
        return whole is not None and " " not in m.group("org") and whole.end() == m.end("org")
    return False


def _name_t_org_misread(m: re.Match[str], sentence: str) -> bool:
    """"<Name>, <post> <org>" read across a list: people listed with their posts, or a company ("PT X, Governor Y
    and ...": a name after "PT" is a company's, listed, and holds no post)."""
    at = m.start("name")
    return _in_a_list(sentence, m) or _listed_with_post(sentence, m) or bool(PT_BEFORE.search(sentence, max(0, at - 4), at))


def _of_run_misread(m: re.Match[str], sentence: str) -> bool:
    """A post "of" a body after "as" names its holder before it ("resigned as finance director of PT X Y"); a
    title that runs on past "of" holds its portfolio ("Minister of State-Owned Enterprises X": ``t_run``)."""
    whole = TITLE_RX.match(sentence, m.start("title"))
    return bool(_AS_BEFORE.search(sentence, 0, m.start())) or (whole is not None and whole.end() > m.start("run"))


def _inside_a_post(sentence: str, at: int) -> bool:
    """Whether a title written before ``at`` runs on past it."""
    return any(t.start() < at < t.end() for t in TITLE_RX.finditer(sentence, max(0, at - 80), at + 40))


def _comma_name_misread(m: re.Match[str], sentence: str) -> bool:
    """"CEO Arta Budi Santoso, Wakil Presiden Lapakita": the comma opens the next one's post; "Menteri Perdagangan,
    Budi Hartono,": the portfolio is the post's, read with it (t_comma_name), not an organisation."""
    post = TITLE_RX.match(sentence, m.start("name"))
    if post is not None and _case_ok(post.group(0)):
        return True
    org = m.group("org")
    return bool(_BARE_MENTERI.fullmatch(m.group("title"))) and not _MINISTRY_WORD.match(org) \
        and not (" " not in org and _body_short_form(org))  # "Menteri Komdigi, X": the ministry by its short form


def _listed_with_post(sentence: str, m: re.Match[str]) -> bool:
    """"CEO Arta Budi Santoso, Wakil Presiden Arta Rina Dewi, dan ...": a name that closes its own post's run
    (the post, maybe an organisation's capitalised name, then the name) is one of people listed with their
    posts; the post after the comma is the next one's."""
    clause = sentence[max(0, m.start("name") - 60):m.start("name")].rsplit(",", 1)[-1]
    posts = [t for t in TITLE_RX.finditer(clause) if _case_ok(t.group(0))]
    return bool(posts) and _CAPITALISED_RUN.fullmatch(clause[posts[-1].end():]) is not None


# (an organisation's short form may follow its name in brackets: "Direktur Teknik PT Hidro Daya (HDP) Benny ...")
_CAPITALISED_RUN = re.compile(r"(?:\s+(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&'’.-]*|\s+\([A-Z][\w&.-]*\))*\s+")


def _title_as_org(org: str | None) -> bool:
    """"President Director X": the first word of a two-word title is no organisation, nor a day or a month."""
    if not org:
        return False
    last = org.split()[-1].lower()  # "Menurut Wakil": a deputy's post begins there
    if org.strip().lower() in DAYS or org.strip().lower() in MONTHS:
        return True  # "ditunjuk sebagai direktur utama pada Senin": a day, no body
    return _title_loose().fullmatch(org.strip()) is not None or org.strip().lower() in TITLE_WORDS or last in ("wakil", "deputy")


# "Bank X's president director in 2020", "direktur utama pada 2019": a post held in a year gone by
_HELD_THEN = re.compile(r"^\s+(?:in|pada|tahun|pada\s+tahun)\s+(?:19|20)\d\d\b(?!\s*(?:-|hingga|sampai|until|to)\s*(?:kini|now|sekarang))")


# a person named with initials beside the name, prosecutors' and police style: "Iwan Lukas (IL), Direktur ...",
# "YR (Yuddy Renaldi), former President Director ..."
_NAME_WORDS = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}"
_INITIALS_AFTER = re.compile(rf"(?P<name>{_NAME_WORDS})\s+\((?P<ini>[A-Z]{{2,5}})\)(?=\s*,)")
_INITIALS_BEFORE = re.compile(rf"\b(?P<ini>[A-Z]{{2,5}})\s+\((?P<name>{_NAME_WORDS})\)(?=\s*,)")


def _initials_unwrapped(sentence: str) -> str:
    """The sentence with a person's initials beside their name blanked, the name moved next to what follows
    it (same length, so offsets hold): "<name>, <post>" is then read as anywhere else."""
    def unwrap(m: re.Match[str]) -> str:
        name, ini = m.group("name"), m.group("ini")
        if ini[0] != name[0]:
            return m.group(0)
        return " " * (len(m.group(0)) - len(name)) + name

    if "(" not in sentence:  # both patterns need a bracket: most sentences have none, and each scan tries every word
        return sentence
    return _INITIALS_BEFORE.sub(unwrap, _INITIALS_AFTER.sub(unwrap, sentence))


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The role patterns, compiled."""
    return [(kind, scan.rx) for kind, scan in _scans()]


def _scans() -> list[tuple[str, LeadScan]]:
    """The role patterns as scans (``_scan``)."""
    return [(kind, _scan(i)) for i, kind in _KINDS]


_KINDS = list(enumerate(kind for kind, _source in _PATTERN_SOURCES))


@cache
def _scan(i: int) -> LeadScan:
    """The i-th role pattern as a scan: if it opens with a title, tried only where a title starts (found once per
    sentence). Compiled when a sentence first lets it through its gate, not at import: compiling the 37 patterns
    (each holds the title's long alternation) takes most of a second, which a process that only answers from the
    store never needs, and an article needs 20 to 25 of them."""
    return LeadScan(re.compile(_PATTERN_SOURCES[i][1]), TITLE)


@cache
def _scan_gates() -> WordGates:
    """For each role pattern, the words one of which its every match contains (read from its source: the pattern
    is not compiled for it; a str pattern compiled without flags has ``re.UNICODE``)."""
    return WordGates([WordGate(source, re.UNICODE) for _kind, source in _PATTERN_SOURCES], SENTENCE_WORDS)


@cache
def _title_finder() -> Starts:
    return Starts(TITLE)


@lru_cache(maxsize=256)
def _title_starts(sentence: str) -> tuple[int, ...]:
    """Where a title starts in the sentence (the patterns of ``_scans()`` that open with one start there); kept
    for the sentences of an article, whose titles and then roles are read."""
    return tuple(_title_finder().of(sentence))


# TITLE sets its own case rule throughout: then _title_loose() finds a title where _title_starts does
_LOOSE_IS_TITLE = case_blind_throughout(TITLE)


def _titles_if_any(sentence: str) -> Sequence[int] | None:
    """Where titles start; None for a sentence with no title and no founding or leading verb (most
    sentences: the role patterns are not tried on them)."""
    if not _TITLE_GATE.may_match(sentence):  # none of the words a title needs
        return [] if _PREFILTERED.search(sentence) else None
    if _LOOSE_IS_TITLE:  # one scan answers both
        titles = _title_starts(sentence)
        return titles if titles or _PREFILTERED.search(sentence) else None
    if not _title_loose().search(sentence) and not _PREFILTERED.search(sentence):
        return None
    return _title_starts(sentence)


def find_roles(sentence: str) -> list[RawRole]:
    """Raw role matches of one sentence, with the surface names the patterns captured."""
    out: list[RawRole] = []
    sentence = _initials_unwrapped(sentence)
    titles = _titles_if_any(sentence)
    if titles is None:  # cheap test first: most sentences name no title and no founding or leading verb
        return _unit_list_holders(sentence)
    used: list[tuple[int, int]] = []
    last_comma, last_of_at = sentence.rfind(","), _last_of_at(sentence)
    for i, kind in _tried(sentence):
        for m in _role_matches(i, kind, sentence, _starts_for(kind, titles, last_comma, last_of_at)):
            title_raw = _usable_title(kind, m.groupdict())
            if not title_raw or _misread(kind, m, sentence):
                continue
            a, b = m.span()
            if kind in _YIELDING and any(a < y and x < b for x, y in used):
                continue
            r = _read_match(kind, m, title_raw, sentence)
            if r is None or _unusable(r):
                continue
            out += _named_by_initials(_held_then(_raw_roles(r, m.groupdict(), a, b), sentence[b:]), sentence[b:])
            if " " in (r.name or "").strip():
                used.append((a, b))
    if not out:
        out = _unit_list_holders(sentence)
    return _replaced(_moved_on(list(map(_place_given_back, out + _listed_holders(sentence, titles))), sentence), sentence)


# the patterns each of whose matches holds an owner's apostrophe (_POSS, in no optional part): their gates' words are the
# title's, which most sentences naming a post hold, and few of those sentences have an apostrophe
_POSSESSIVE = frozenset({"org_poss_t_name", "name_org_poss_t", "as_org_poss_t"})


# the patterns each of whose matches holds a comma (in no optional part, nor in only some alternatives; a test reads
# it from their sources): about half the sentences naming a post have none
_COMMA = frozenset({"org_poss_t_name", "name_org_poss_t", "name_prev_appos", "name_its_t", "name_t_org", "name_org_t", "name_the_t",
                    "t_org_comma_name", "t_back_name", "t_company_name", "t_comma_name", "hired_described_as",
                    "name_described_serves"})


def _tried(sentence: str) -> list[tuple[int, str]]:
    """The role patterns tried on a sentence: not those missing every word they need (``_scan_gates``), nor, in a
    sentence with no apostrophe, those that need one (``_POSSESSIVE``), nor in one with no comma those that need one
    (``_COMMA``)."""
    passing = _scan_gates().passing(_KINDS, sentence)
    if "," not in sentence:
        passing = [(i, kind) for i, kind in passing if kind not in _COMMA]
    if "'" in sentence or "’" in sentence:
        return passing
    return [(i, kind) for i, kind in passing if kind not in _POSSESSIVE]


# the patterns not led by the title each of whose matches opens with an ASCII capital (a name's first letter; a test
# reads it from their sources): tried only at the sentence's capitals, where ``finditer`` would try every character
_CAPITAL_LED = frozenset({
    "removed_from", "name_org_poss_t", "name_prev", "name_prev_appos", "name_is_t", "as_t_org", "as_org_poss_t",
    "name_its_t", "name_who_became", "name_heads", "name_founded", "name_t_org", "name_paren_t_org", "name_t_pt",
    "name_org_t", "name_the_t", "name_was_named", "name_takes_over", "name_left_as", "name_becomes", "resigns_from",
    "steps_down_from", "no_longer_holds", "name_described_serves", "name_serves"})
_CAPITAL = re.compile("[A-Z]")


def _role_matches(i: int, kind: str, sentence: str, titles: Sequence[int]) -> list[re.Match[str]]:
    """The matches of the i-th role pattern in the sentence (``finditer``'s), tried where they can open: at a title
    start (``LeadScan``), or at a capital (``_CAPITAL_LED``)."""
    if kind in _CAPITAL_LED:
        return matches_from(_scan(i).rx, sentence, _capitals(sentence, _HELD_MARK.get(kind, "")))
    if kind in _RUN_THEN_TITLE:
        return matches_from(_scan(i).rx, sentence, _run_openings(sentence, titles))
    return _scan(i).finditer(sentence, titles)


# the patterns each of whose matches opens with an organisation's run of words (``_ORGR_RUN``) then whitespace and a
# title (a test reads it from their sources): ``finditer`` reads the run again from every capital of every run of
# capitalised words, most of which no title follows
_RUN_THEN_TITLE = frozenset({"org_t_name"})
# read over the sentence reversed from just before a title start: whitespace and the run's words written whole
# (``_ORGR_RUN``'s parts, ``_CAPW``, a number or "&", each reversed and ending at whitespace), as many as stand there,
# then the chunk before them (where the run's first word may open inside a chunk: "3M", "x-Ray")
_RUN_BEFORE_REVERSED = re.compile(r"(?:\s+(?:&|\d{1,2}|[\w&'’.-]*(?:[A-Z]|[A-Z][a-z]{1,2}))(?!\S))*\s*\S*")
# where ``_CAPW`` can open, each position
_CAPW_OPENING = re.compile(r"(?=[A-Z]|[a-z]{1,2}[A-Z])")


def _run_openings(sentence: str, titles: Sequence[int]) -> list[int]:
    """Where a match of a ``_RUN_THEN_TITLE`` pattern can open: its run's words are whitespace-free chunks, each
    whole but the first, and whitespace then a title start (``titles`` holds them all) follows the last. So a match
    opens, at a place ``_CAPW`` can open, in the chunks before a title start that are all run words or in the one
    chunk before those (``_RUN_BEFORE_REVERSED``)."""
    reversed_ = sentence[::-1]
    n = len(sentence)
    spans = []
    for t in titles:
        if t > 0 and sentence[t - 1].isspace():  # else no whitespace (nor run) before it
            spans.append((n - _RUN_BEFORE_REVERSED.match(reversed_, n - t).end(), t))  # type: ignore[union-attr]
    return [m.start() for lo, hi in _joined(spans) for m in _CAPW_OPENING.finditer(sentence, lo, hi)]


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, those that overlap or touch joined: each position is read once, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# the capital-led patterns each of whose matches holds a mark (read in no optional part, nor in a look-around; a test
# reads it from their sources): a capital after the sentence's last such mark opens no match of them
_HELD_MARK = {**{kind: "," for kind in _CAPITAL_LED & _COMMA}, "name_paren_t_org": "("}


@lru_cache(maxsize=64)
def _capitals(sentence: str, mark: str = "") -> tuple[int, ...]:
    """Where the sentence's ASCII capitals stand (kept for the patterns of ``_CAPITAL_LED`` tried on it); with a
    ``mark``, those before its last one."""
    if mark:
        last = sentence.rfind(mark)
        return tuple(at for at in _capitals(sentence) if at < last)
    return tuple(m.start() for m in _CAPITAL.finditer(sentence))


# the patterns led by the title each of whose matches holds a second title ("Direktur dan Komisaris X"; a test reads it
# from their sources): the second starts at a later title start, so the last one opens no match
_TWO_TITLES = frozenset({"t_and_t_name"})


# the patterns each of whose matches holds "of" or "at" (case-sensitive) between spaces, at its top level (a test reads
# it from their sources): a title start after the sentence's last such word opens no match of them
_OF_AT = frozenset({"t_of_run", "t_name_of_org"})
_OF_AT_WORD = re.compile(r"(?=\s(?:of|at)\s)")


def _last_of_at(sentence: str) -> int:
    """Where the sentence's last "of" or "at" between spaces begins (its space before), -1 for none."""
    return _last(_OF_AT_WORD, sentence)


def _last(word: re.Pattern[str], sentence: str) -> int:
    """Where the last match of ``word`` (a look-ahead: matches may overlap) in the sentence begins, -1 for none."""
    return max((m.start() for m in word.finditer(sentence)), default=-1)


def _starts_for(kind: str, titles: Sequence[int], last_comma: int, last_of_at: int) -> Sequence[int]:
    """The title starts the pattern may match from: for one of ``_TWO_TITLES``, not the last; for one of ``_COMMA``,
    not those after the sentence's last comma (a match opening at a title holds a comma after it); for one of
    ``_OF_AT``, only those before the last "of" or "at" (``_last_of_at``)."""
    if kind in _TWO_TITLES:
        titles = titles[:-1]
    if kind in _OF_AT and titles and titles[-1] >= last_of_at:
        titles = [at for at in titles if at < last_of_at]
    if kind not in _COMMA or not titles or titles[-1] <= last_comma:
        return titles
    return [at for at in titles if at <= last_comma]


def _place_given_back(r: RawRole) -> RawRole:
    """"Kepala Kejaksaan Negeri Jakarta Selatan Sutrisno": the body's closing place read as the opening of a one-word
    name goes back to the body ("Kejaksaan Negeri Jakarta Selatan", "Sutrisno")."""
    words = r.name.split()
    for k in (2, 1):
        head = " ".join(words[:k])
        if len(words) > k and r.org and known_place(head):
            return replace(r, name=" ".join(words[k:]), org=f"{r.org} {head}")
    return r


# a post whose unit lists its fields with commas, then its body and holder: "Kepala Eksekutif Pengawas
# Perasuransian, Penjaminan, dan Dana Pensiun OJK, X Y", "Head of the Department of Literacy, Financial Inclusion and
# Communications OJK X Y" (the commas end every other reading of the post)
_BODY_NAMED = r"(?:[A-Z]{2,6}|" + "|".join(r"\s+".join(w if w == "dan" else w.upper() if w == "ri" else w.capitalize() for w in b.split())
                                           for b in sorted(NATIONAL_BODIES)) + ")"
_UNIT_LIST_POST = re.compile(
    rf"(?P<title>(?:(?:Plt\.?|Pelaksana\s+Tugas)\s+)?(?:Kepala\s+Eksekutif|Kepala\s+Departemen|Deputi\s+Komisioner|"
    rf"Head\s+of(?:\s+the)?|Director\s+of(?:\s+the)?)(?:\s+(?:[A-Z][\w-]*|dan|and|&|of|the)|,)+?)"
    rf"\s+(?P<org>{_BODY_NAMED})\s*,?\s+(?P<name>{_NAME})(?=\s*,|\s+(?:mengatakan|menyatakan|menjelaskan|menyebut|said|says|dalam|in)\b)")


_UNIT_LIST_HEADS = ("Kepala", "Deputi", "Head", "Director")
_UNIT_LIST_HEAD = re.compile(r"\b(?:" + "|".join(_UNIT_LIST_HEADS) + r")\b")


def _unit_list_posts(sentence: str) -> list[re.Match[str]]:
    """The comma-listed posts of a sentence (tried only where a comma and one of the posts' heads stand; the heads
    looked for as plain text first, which most sentences lack, before the pattern reads their word boundaries)."""
    if "," not in sentence or not any(head in sentence for head in _UNIT_LIST_HEADS) or not _UNIT_LIST_HEAD.search(sentence):
        return []
    return [m for m in _UNIT_LIST_POST.finditer(sentence) if "," in m.group("title")]


def _unit_list_holders(sentence: str) -> list[RawRole]:
    out: list[RawRole] = []
    for m in _unit_list_posts(sentence):
        if _bad_name(m.group("name")):
            continue
        title, former = normalise_title(m.group("title").rstrip(","))
        out.append(RawRole(m.group("name"), title, m.group("org"), former, False, m.start(), m.end()))
    return out


# "Ketiga juru bicara Badan Pangan itu yakni A, B, dan C", "The new directors of Corvel Energy are A, B and C":
# a post, its body, then the people who hold it
_HOLDERS_LISTED = (
    rf"(?P<title>(?i:{_TITLE_CORE}))s?\s+(?i:(?:of|at|di)\s+(?:the\s+)?)?(?P<org>{_ORGR})(?:\s+(?:itu|tersebut))?\s*,?\s*"
    # after a comma instead, the list closes where the sentence or its clause does ("Pemilik PT X, A dan B, hadir")
    rf"(?:(?P<listing>(?i:yakni|yaitu|adalah|are|were|include|termasuk))\s*:?\s+|(?<=,\s))"
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|dan|serta)\s+{_NAME})(?(listing)|(?=\s*[,.]|\s*$))")


# "Dua komisaris pada Bank Sendangsari (BSS) A dan B", "Two Kopitara directors, A and B,": a count of people, their
# post (and its body), then the people who hold it; a body named before the names ends at a bracketed short form or a
# comma, so that no holder's given name is read into it
# the words that count them
_COUNT = r"(?:[Dd]ua|[Tt]iga|[Ee]mpat|[Kk]edua|[Kk]etiga|[Kk]eempat|[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth)"
_HOLDERS_COUNTED = (
    rf"(?<![\w-]){_COUNT}\s+"
    rf"(?:(?P<org_before>{_ORGR})\s+)?(?P<title>(?i:{_TITLE_CORE}))s?"
    rf"(?:\s+(?i:(?:of|at|di|pada)\s+(?:the\s+)?)?(?P<org>{_ORGR})(?:\s*\([A-Z][\w-]{{1,11}}\)\s*,?|\s*,)|\s*,?)\s*"
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|dan|serta)\s+{_NAME})")


# the "and" of ``_HOLDERS_LISTED``'s list (case-sensitive, between spaces, in no optional part: a test reads it)
_LIST_AND = re.compile(r"(?=\s(?:and|dan|serta)\s)")
_NAME_RX = re.compile(_NAME)
_HOLDERS_AFTER = re.compile(r"\s+(?:itu|tersebut)\s*,?\s*(?:yakni|yaitu)\b|\s*,?\s*(?:yakni|yaitu)\b")


def _listed_holders(sentence: str, titles: Sequence[int]) -> list[RawRole]:
    """One role for each of the people a list names after their post and its organisation (tried only where a
    title starts)."""
    out: list[RawRole] = []
    last_and = _last(_LIST_AND, sentence)  # every match holds one after its title: no start after the last opens one
    for m in matches_from(_compiled(_HOLDERS_LISTED), sentence, [at for at in titles if at < last_and]):
        out += _holders_of(m)
    if last_and >= 0 and _COUNT_WORD.search(sentence):
        out += [r for m in _compiled(_HOLDERS_COUNTED).finditer(sentence) for r in _holders_of(m)]
    return out


_COUNT_WORD = re.compile(rf"\b{_COUNT}\s")
_COUNT_ALONE = re.compile(_COUNT)


def _holders_of(m: re.Match[str]) -> list[RawRole]:
    """One role for each name listed after the post of a match of ``_HOLDERS_LISTED`` or ``_HOLDERS_COUNTED``."""
    if not _case_ok(m.group("title")):
        return []
    title, former = normalise_title(m.group("title"))
    org = m.groupdict().get("org_before") or m.group("org")
    return [RawRole(name.group(0), title, org.strip() if org else None, former, False, *m.span())
            for name in _NAME_RX.finditer(m.group("names")) if not _bad_name(name.group(0))]


# "Direktur Perusda Tirta Jaya berinisial RA": the holder is named by initials; what came before them is
# the organisation's name
_BY_INITIALS = re.compile(r"^\s*,?\s+(?:berinisial|dengan\s+inisial|with\s+the\s+initials|initialled)\s+(?P<ini>[A-Z]{1,5})\b")


def _named_by_initials(found: list[RawRole], after: str) -> list[RawRole]:
    m = _BY_INITIALS.match(after)
    if m is None:
        return found
    for role in found:
        role.org = f"{role.org} {role.name}".strip() if role.org else role.name
        role.name = m.group("ini")
    return found


def _held_then(found: list[RawRole], after: str) -> list[RawRole]:
    """Posts the sentence dates to a year gone by are former ones; a founding stays."""
    if _HELD_THEN.match(after):
        for role in found:
            role.former = role.former or "founder" not in role.title
    return found


# "named chief operating officer X as its new CEO", "menunjuk Bayu, wakil direktur utama, sebagai direktur
# utama": the person leaves the post the appointment names them by
_APPOINTED = (rf"(?:appointed|named|promoted|menunjuk|mengangkat)\s+(?:(?P<prior>{TITLE})\s+)?(?P<name>{_NAME})"
              rf"(?:\s*,(?P<between>[^,]{{0,90}}),)?\s+(?:as|sebagai|menjadi|to)\s+(?:its\s+|the\s+company's\s+|new\s+)*(?P<new>{TITLE})")


# "Mike Manley will replace Sergio Marchionne as chief executive", "Rina menggantikan Budi sebagai direktur utama"
_REPLACES = re.compile(rf"(?P<new>{_NAME})\s+(?:will\s+|akan\s+)?(?:replace[sd]?|succeed(?:s|ed)?|menggantikan)\s+"
                       rf"(?P<old>{_NAME})\s+(?:as|sebagai)\s+")


# "APN replaced president director Haryo with Bonaventura", "RUPS mengganti Direktur Utama Budi dengan Rina":
# the post named before the one replaced
_REPLACED_WITH = (rf"(?:replaced|replacing|mengganti|menggantikan)\s+(?:its\s+)?{TITLE}\s+(?P<old>{_NAME})\s+"
                  rf"(?:with|dengan|oleh)\s+(?P<new>{_NAME})")

# "X stepped down as president director of Y and was replaced by Z", "X mundur dari kursi direktur utama Y dan
# digantikan oleh Z": the post the sentence's subject left is Z's
_REPLACED_BY = re.compile(rf"\b(?:and|dan)\s+(?:(?:was|has\s+been|had\s+been|is|kemudian|lalu)\s+)?"
                          rf"(?:replaced|succeeded|digantikan)\s+(?:by\s+|oleh\s+)?(?P<new>{_NAME})")

# "X, who took over as CFO last month from Y", "X mengambil alih jabatan CFO dari Y": the post X took is Y's no longer
_TOOK_OVER_FROM = re.compile(rf"\b(?:took\s+over|taken\s+over|mengambil\s+alih)\b[^.;]{{0,90}}?\s+(?:from|dari)\s+"
                             rf"(?P<old>{_NAME})")

# what every match of _REPLACES, _REPLACED_WITH and _REPLACED_BY holds (their verbs are read case-sensitively), and
# of _TOOK_OVER_FROM
_REPLACING_VERBS = ("replac", "succeed", "mengganti", "digantikan")
_TAKING_OVER = ("ook over", "aken over", "alih")


def _replaced(roles: list[RawRole], sentence: str) -> list[RawRole]:
    """A post named after "X replaces Y as" or before "replaced Y with X", or taken over "from Y": X's from now, Y's
    no longer (the post reads as the nearer Y's)."""
    if not any(verb in sentence for verb in _REPLACING_VERBS):  # most sentences: two scans of every name saved
        return _taken_over_from(roles, sentence)
    for m in [*_REPLACES.finditer(sentence), *_compiled(_REPLACED_WITH).finditer(sentence)]:
        for r in [r for r in roles if r.name == m.group("old") and r.start >= m.start() and not r.former]:
            roles.append(_handed_over(r, m, r.end))
    for m in _REPLACED_BY.finditer(sentence):
        opening = sentence[:m.start()].lstrip()
        for r in [r for r in roles if r.end <= m.start() and opening.startswith(r.name + " ")]:
            roles.append(_handed_over(r, m, m.end()))
    return _taken_over_from(roles, sentence)


def _taken_over_from(roles: list[RawRole], sentence: str) -> list[RawRole]:
    """The post each "took over as ... from Y" of the sentence reads: Y's, ended."""
    if not any(words in sentence for words in _TAKING_OVER):
        return roles
    for m in _TOOK_OVER_FROM.finditer(sentence):
        old = m.group("old")
        roles += [replace(r, name=old, former=True, start=m.start("old"), end=m.end("old"))
                  for r in roles if r.start <= m.start() < r.end and not r.former and r.name != old]
    return roles


def _handed_over(r: RawRole, m: re.Match[str], end: int) -> RawRole:
    """The post of ``r`` as its successor's (the match's "new" name), ``r`` ended."""
    r.former = True
    return replace(r, name=m.group("new"), former=False, start=m.start("new"), end=end)


def _moved_on(roles: list[RawRole], sentence: str) -> list[RawRole]:
    """The roles a permanent appointment in the sentence ended: the posts its appointee is named by. An
    acting appointment ends none (an acting head keeps their own post)."""
    for m in _compiled(_APPOINTED).finditer(sentence):
        new, _former = normalise_title(m.group("new"))
        if new.startswith("interim "):
            continue
        priors = [m.group("prior") or ""] + [t.group(0) for t in TITLE_RX.finditer(m.group("between") or "")]
        left = {normalise_title(t)[0] for t in priors if t}
        for r in roles:
            if r.name == m.group("name") and r.title in left and r.title != new:
                r.former = True
    return roles
