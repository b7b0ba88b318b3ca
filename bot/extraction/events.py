"""Event triggers (language-neutral types) read from Indonesian and English verbs and nouns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .leads import Opened, Starts, matches_from, opening_keys
from .prefixes import KEY_DEPTH

# what falls in value, or talks and deals that fail, did not cave in: "its sales collapsed", "harga saham ambruk"
_MARKET_WORDS = """sales shares stock stocks price prices revenue revenues profit profits earnings talks deal negotiations demand
orders value market markets rupiah currency valuation business economy bid plan plans merger ratings exports imports
bookings traffic confidence support saham harga penjualan pendapatan laba nilai permintaan pesanan bisnis usaha pasar
ekspor impor kepercayaan negosiasi perundingan kesepakatan omzet""".split()
# "layanannya", "layanan ojek daringnya" (not "layanan kepada kliennya"): the company's own services, not a client's
_ITS_OWN = r"(?:nya|\s+(?:(?!untuk\b|kepada\b|bagi\b|ke\b)[\w-]+\s+){0,2}?[\w-]+nya)(?![\w-])"
# what an authority grants and may take back ("mencabut akreditasi", "izin usahanya dicabut")
_PERMITS = r"(?:izin|akreditasi|lisensi|sertifikat|persetujuan)"
_NOT_A_MARKET = "".join(rf"(?<!\b{word}\s)" for word in _MARKET_WORDS)  # fixed-width lookbehinds, one per word

# (type, regex, needs_amount) - noun triggers that are often mere references need an amount or a date
_T: list[tuple[str, str, bool]] = [
    ("investment", r"menginvestasikan|berinvestasi|menyuntikkan|menanamkan\s+modal|menggelontorkan|"
                   r"invested|invests|investing|(?:will|to|plans\s+to)\s+invest|(?:took|taken|takes|taking)\s+(?:an?\s+)?(?:[$\w.,%-]+\s+){0,4}?stake|(?:mengambil|memperoleh|membeli|mengakuisisi|acquired?|acquiring|bought|buys)\s+(?:\d+(?:[.,]\d+)?\s*(?:%|persen|percent)\s+)?(?:saham|stake)|"
                   # a share paid for: "paid $60 million for 30% of the app", "membayar Rp 2 triliun untuk 40 persen saham"
                   r"(?:paid|pays|membayar)\s+(?:[$\w.,]+\s+){1,4}?(?:for|untuk)\s+(?:a\s+|the\s+remaining\s+|sisa\s+)?"
                   r"\d+(?:[.,]\d+)?\s*(?:%|persen|percent|per\s+cent)", False),
    # "investment banker", "investment bank": a trade, no investment made
    ("investment", r"investasi|investment(?!\s+bank)|suntikan\s+dana", True),
    # ("meneken perjanjian pembelian 80 persen saham X": the share bought may come between)
    ("acquisition", r"(?:menandatangani|meneken)\s+(?:\w+\s+)?perjanjian\s+(?:jual\s+beli|pembelian|pengambilalihan)\s+"
                    r"(?:[\d.,]+\s*(?:persen|%)\s+)?saham|"
                    # the same agreement told in the passive ("perjanjian jual beli saham diteken di Jakarta")
                    r"perjanjian\s+(?:jual\s+beli|pembelian|pengambilalihan)\s+(?:[\d.,]+\s*(?:persen|%)\s+)?saham\s+(?:\w+\s+)?(?:diteken|ditandatangani)|"
                    r"signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:share|stock)\s+(?:purchase|sale|subscription)\s+agreement|"
                    # "agreed in May to pay up to $12 million for the stake": a price agreed for shares is a purchase
                    r"agreed\s+(?:in\s+\w+\s+)?to\s+pay\s+[^.;]{0,60}?\bfor\s+(?:the|a|an|its|their)\s+(?:[\d.,]+\s*%\s+)?(?:stake|shares)\b|"
                    r"mengakuisisi|mengambil\s+alih(?!\s+(?:sebagai|posisi|jabatan|kursi|kepemimpinan|tampuk))|membeli|agreed\s+to\s+acquire|(?:is|are)\s+(?:buying|acquiring)|completed\s+(?:the|its)\s+(?:[\w$.,-]+\s+){0,3}?(?:acquisition|purchase|takeover|deal)|"
                    r"closed\s+(?:the|its)\s+(?:\w+\s+)?(?:deal|acquisition|purchase)|(?:(?<=after\s)|(?<=since\s)|(?<=by\s)|(?<=before\s)|(?<=following\s))(?:acquiring|buying|taking\s+over)|penyelesaian\s+(?:transaksi|akuisisi)|menuntaskan\s+(?:transaksi|akuisisi)|acquired|acquires|to\s+acquire|"
                    r"to\s+buy|bought|buys|takeover|merger|penggabungan\s+usaha|penggabungan|merged\s+(?:with|into)|"
                    r"melebur(?:kan\s+diri)?\s+(?:ke\s+dalam|dengan)|bermerger|(?:resmi\s+)?merger\s+dengan", False),
    ("acquisition", r"akuisisi|acquisition|purchase", True),
    ("hiring", r"merekrut|memboyong|menunjuk|mengangkat|bergabung\s+(?:dengan|ke)|hired|hires|appointed|"
               # the appointment as a noun a meeting approves ("menyetujui pengangkatan X sebagai direktur utama")
               r"(?:pengangkatan|penunjukan)(?=\s+[^.;]{0,80}?\bsebagai\b)|appointment\s+of(?=\s+[^.;]{0,80}?\bas\b)|"
               # "named chief financial officer X, a former banker, as interim CEO"
               r"(?:named|confirmed|elected|mengukuhkan|menetapkan)(?=\s+[^.;]{0,120}?\b(?:as|sebagai)\s+(?:(?:its|the|an?)\s+)?"
               r"(?:new\s+|interim\s+|acting\s+|permanent\s+)*(?:CEO|CFO|COO|CTO|direktur\s+utama|ketua|"
               r"chief\s+\w+|chair\w*|president|(?:managing\s+)?director|head)\b)|"
               # the passive of an appointment ("ditunjuk menjadi", "diangkat sebagai", "dilantik")
               r"ditunjuk|diangkat\s+(?:sebagai|menjadi)|didapuk|dilantik|terpilih\s+(?:sebagai|menjadi)|"
               # sworn in: "sworn in as chief justice", "took the oath of office", "pelantikan Ketua MK digelar"
               r"sworn\s+in\s+as|(?:took|takes|taking)\s+the\s+oath\s+of\s+office|mengucapkan\s+sumpah\s+jabatan|pelantikan|"
               # taking a named person's post ("succeeded him", "menggantikan Rudi")
               r"(?:succeeded|replac(?:e|es|ed|ing))\s+(?:him|her|(?-i:[A-Z])[\w'’-]*)|menggantikan\s+(?:posisi\s+|jabatan\s+)?(?:(?-i:[A-Z])[\w'’-]*|dirinya)|"
               # one holder of a post put in another's place: "replaced president director X with Y", "mengganti direktur utama X dengan Y"
               r"(?:replaced|replacing|mengganti)\s+(?:its\s+)?(?:CEO|CFO|COO|chief\s+\w+|chair\w*|president(?:\s+director)?|(?:managing\s+|finance\s+)?director|"
               r"direktur(?:\s+utama)?|dirut|komisaris(?:\s+utama)?|ketua|kepala|rektor|rector|head)\s+(?-i:[A-Z])[\w'’-]*|"
               # taking a post: "will become interim executive chair", "menjadi direktur utama"
               r"(?:become|becomes|became|menjadi)\s+(?:(?:the|its|an?)\s+)?(?:new\s+|interim\s+|acting\s+|baru\s+)*"
               r"(?:CEO|CFO|COO|CTO|chief\s+\w+|(?:executive\s+)?chair\w*|president|(?:managing\s+)?director|head\s+of|"
               r"direktur|dirut|komisaris|ketua|kepala|presiden\s+direktur)\b|"
               r"(?:returned|returning|returns|rejoined|rejoins|rejoining)\s+(?:to\s+(?:the\s+)?(?:company|firm|\w+)\s+)?as\b|"
               # a post filled, told from the post: "jabatan Sekjen X kini diisi Y", "kursi direktur utama diduduki Z"
               r"(?:jabatan|posisi|kursi)\s+(?:[\w-]+\s+){0,5}?(?:diisi|dijabat|diduduki|dipegang)(?=\s+(?:oleh\s+)?(?-i:[A-Z]))|"
               # back in a post held before: "reinstated as", "is back as CEO", "kembali menjabat / menduduki kursi"
               r"reinstated|(?:is|was|are|were)\s+back\s+as\b|kembali\s+(?:menjabat|menduduki|memimpin|dipercaya\s+(?:sebagai|menjadi))|"
               # a post taken over: "mengambil alih sebagai CEO", "mengambil alih kursi direktur utama"
               r"mengambil\s+alih\s+(?:sebagai|posisi|jabatan|kursi|kepemimpinan|tampuk)|"
               r"recruited|poached|(?:joined|joins|to\s+join)(?!\s+forces|\s+(?:a|an|the|other)\s+(?:\w+\s+)?(?:list|ranks|race|chorus|wave|number|string|"
               r"queue|protest|strike|lawsuit|suit|calls?|efforts?|campaign|fight|push|trend|exodus)\b)|(?:took|taking|takes|take)\s+(?:over\s+)?the\s+helm|(?:took|take|takes|taking)\s+over\s+(?:as|from)|named(?!(?:\s+[^\s,;]+){1,8}?\s+(?:as\s+)?(?:a\s+)?suspects?\b)\s+\w+\s+\w+\s+as|"
               r"named(?!(?:\s+[^\s,;]+){1,8}?\s+(?:as\s+)?(?:a\s+)?suspects?\b)\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:as\s+)?(?:(?:its|the|an?)\s+)?(?:new\s+|interim\s+|acting\s+)*(?:CEO|chief|president|chair\w*|director|head)|"
               # the passive: "X was named chief executive", "who has been named acting head of"
               r"(?:was|were|been|is|being)\s+named\s+(?:as\s+)?(?:(?:its|the|an?)\s+)?(?:new\s+|interim\s+|acting\s+)*"
               r"(?:CEO|CFO|COO|CTO|chief|president|chair\w*|director|head)\b|"
               # "named Yudha Pranata, deputy president director of X, as president director"
               r"named(?!(?:\s+[^\s,;]+){1,8}?\s+(?:as\s+)?(?:a\s+)?suspects?\b)\s+(?:[A-Z][\w.'-]*\s*){1,3},\s+[^,]{3,80},\s+as\s+(?:(?:its|the|an?)\s+)?(?:new\s+|interim\s+|acting\s+)*"
               r"(?:CEO|chief|president|chair\w*|director|head)", False),
    # a number of staff who leave is a layoff, not a person's departure (this row must come before that one)
    ("layoffs", r"(?:\d[\d.,]*|ratusan|ribuan|puluhan)\s+(?:dari\s+)?(?:\w+\s+)?(?:karyawan|pekerja|pegawai|staf)(?:nya)?\s+"
                r"(?:\w+\s+){0,2}?(?:meninggalkan|keluar\s+dari|dirumahkan|diberhentikan|dipecat|terkena\s+PHK)|"
                # a number of people let go: "11.000 orang dipecat", "ribuan orang terkena PHK"
                r"(?:\d[\d.,]*|ratusan|ribuan|puluhan)\s+orang\s+(?:(?:telah|sudah|resmi)\s+)?"
                r"(?:dipecat|diberhentikan|dirumahkan|terkena\s+PHK|di-?PHK)|"
                # the staff, then their number: "para pekerja yang berjumlah 800 orang dirumahkan"
                r"(?:karyawan|pekerja|pegawai|buruh)(?:nya)?\s+(?:yang\s+)?(?:berjumlah\s+|sebanyak\s+)?(?:sekitar\s+|lebih\s+dari\s+)?"
                r"\d[\d.,]*\s+(?:orang\s+)?(?:(?:telah|sudah|resmi)\s+)?(?:dirumahkan|diberhentikan|terkena\s+PHK|di-?PHK)|"
                # ... or sent home: "420 workers have been sent home on half pay", "furloughed"
                r"\d[\d,]*\s+(?:employees|workers|staff)\s+(?:\w+\s+){0,2}?(?:leave|left|lose\s+their\s+jobs|lost\s+their\s+jobs|"
                r"sent\s+home|furloughed|stood\s+down)\b", False),
    ("departure", r"(?:his|her|their|the)\s+resignation|(?<=[’']s\s)(?:resignation|departure|dismissal|ouster|firing|removal)|(?:announced|announces|announcing)\s+(?:his|her)\s+(?:departure|exit)|voted\s+(?:[\w,]+\s+){0,3}?to\s+(?:remove|oust|dismiss|sack|fire)|ousted|(?:pemberhentian|diberhentikan)\s+(?:dengan\s+)?tidak\s+(?:dengan\s+)?hormat|\bPTDH\b|"
                  r"dishonou?rabl[ey]\s+(?:discharged?|dismiss(?:ed|al))|stripped\s+of\s+(?:his\s+|her\s+|their\s+)?(?:official\s+)?(?:duties|posts?|positions?|ranks?|titles?)|placed\s+(?:[\w'’,.-]+\s+){1,6}?on\s+(?:administrative\s+)?leave|(?:put|placed)\s+on\s+leave|mundur|mengundurkan\s+diri|pengunduran\s+diri|menonaktifkan|dinonaktifkan|diberhentikan|dicopot|membebastugaskan|dibebastugaskan|menangguhkan\s+jabatan|mencopot|hengkang|meninggalkan(?!\s+(?:gedung|kantor|rumah|lokasi|markas|Mapolda|Mapolres|Mabes|rutan|lapas|hotel|bandara)\b)|keluar\s+dari(?!\s+(?:ruang(?:an)?|gedung|rumah|mobil|kendaraan|rutan|penjara|lapas|sel|pesawat|kapal|kereta|hotel|pintu|lift|pelabuhan|bandara|terminal|gudang|pabrik|kawasan|lokasi|area|gerbang|jalan)\b)|resigned|resigns|"
                  r"stepped\s+down|steps?\s+down|stepping\s+down|resigning|retired\s+(?:as|from)|retires|retiring|retire|"
                  # a post given up: "melepas posisinya sebagai CEO", "meletakkan jabatan", "relinquished the role"
                  r"(?:melepas|melepaskan|meletakkan|menanggalkan)\s+(?:jabatan|posisi|kursi)(?:nya)?|relinquish(?:ed|es)?\s+(?:his|her|the)\s+(?:post|role|position|title)|"
                  # "gave up the chair of the board", "gave up his seat on the board"
                  r"(?:gave|give|gives|giving)\s+up\s+(?:his|her|the|their)\s+(?:post|role|position|title|chair(?:manship)?|seat|job)\b|"
                  r"(?:his|her)\s+retirement|(?<!['’]s\s)(?<!\bthe\s)left(?!\s+(?:side|hand|wing|arm|leg|foot|eye|with|unanswered|unpaid|stranded)\b)(?!\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?(?:\d[\d,.]*|dozens|hundreds|thousands|scores)\s+(?:[\w-]+\s+){0,2}?(?:dead|injured|killed|wounded|homeless|missing|stranded|displaced)\b)(?!\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:headquarters|building|offices?|courthouse|hospital|house|home|station|airport|scene|premises|compound|hotel|prison|jail)\b)|leaves|departed|kepergian|mundurnya|quit|quits|ousted|lengser|"
                  # (a furnace, a kiln or a plant "fired up" is started, no one's departure)
                  r"(?:was|were|been|being)\s+(?:fired(?!\s+up\b)|sacked|dismissed|removed)|dipecat|"
                  # someone put out of a post: "memberhentikan Budi dari jabatannya"
                  # ("memberhentikan lebih dari 11.000 karyawan" is a layoff)
                  r"memberhentikan(?!\s+(?:lebih|kurang)\s+dari\b)(?=\s+(?:[\w,.'’-]+\s+){1,6}?(?:dari|sebagai)\b)|"
                  # people suspended from their posts ("is suspending directors", "suspended its chief executive");
                  # trading, flights or licences suspended are no one's departure
                  r"suspend(?:s|ed|ing)?(?=\s+(?:(?:its|the|all|two|three|four|several|some|\d+)\s+)*(?:(?:board\s+)?directors|"
                  r"executives|officials|board\s+members|CEO|chief\s+\w+|president\s+director))|"
                  # a decision to let a person go, announced: "said he would fire CEO X", "a process to fire the president director"
                  r"(?:would|will|to)\s+(?:fire|sack|dismiss|oust)(?=\s+(?:(?:the|its|their)\s+)?(?:[\w-]+['’]s\s+)?"
                  r"(?:CEO|chief|president|director|chair\w*|head|boss|(?-i:[A-Z][a-z])))|"
                  # a person or the board let go by name or post ("memecat Direktur Utama X", "pemecatan Budi",
                  # "memberhentikan sementara seluruh direksi"); "memecat 200 karyawan" is layoffs
                  r"(?:memecat|pemecatan|(?:memberhentikan|pemberhentian)(?:\s+sementara(?:\s+waktu)?)?)(?=\s+(?:bagi\s+)?"
                  r"(?:(?-i:[A-Z])|(?:seluruh|semua|para)\s+(?:anggota\s+)?(?:direksi|direktur|komisaris|pejabat)))|"
                  r"(?:di|mem)bebas\s+tugaskan(?:nya)?|"
                  # a person let go; "fired 200 workers" is layoffs, "dismissed the case" a ruling and "dismissed
                  # allegations / concerns" words answered, not a person
                  r"(?:fired(?!\s+up\b)|sacked|dismissed)(?!\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|around\s+)?\d)"
                  r"(?!\s+(?:[\w-]+\s+){0,2}?(?:workers|employees|staff|people|case|suit|lawsuit|claims?|appeal|petition|"
                  r"allegations?|accusations?|concerns?|criticism|reports?|speculation|rumou?rs?|suggestions?|fears?|worries|"
                  r"talk|calls?|notion|idea)\b)"
                  # weapons fired, not a person: "fired tear gas at the crowd", "fired warning shots into the air"
                  r"(?!\s+(?:at|on|into|upon)\b|\s+(?:[\w-]+\s+){0,2}?(?:tear\s+gas|gas|shots?|bullets?|rounds|cannons?|"
                  r"rockets?|missiles?|flares?|guns?|weapons?)\b)", False),
    ("layoffs", r"PHK|pemutusan\s+hubungan\s+kerja|memutus\s+hubungan\s+kerja|merumahkan|memecat|memberhentikan|laid\s+off|lays\s+off|laying\s+off|lay\s+off|layoffs?|job\s+cuts|"
                # "axed over 1,000 staff", "slashed 300 jobs", "let go of 80 workers"; "300 jobs were cut"; "cut its
                # workforce by 30%"; "memangkas 300 karyawan", "mengurangi jumlah pegawainya", "memangkas 5 persen dari total
                # karyawannya"
                r"(?:cut|cuts|cutting|axed|axes|axing|slashed|slashes|slashing|shed|sheds|shedding|eliminated|eliminates|"
                r"eliminating|trimmed|furloughed|furloughs|furloughing|let\s+go(?:\s+of)?)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+|"
                r"more\s+than\s+|over\s+|up\s+to\s+)?\d[\d,.]*%?\s+(?:of\s+(?:its\s+|their\s+)?)?(?:[\w-]+\s+)?"
                r"(?:jobs|employees|staff|staffers|workers|positions|roles|people|workforce)|"
                r"(?:jobs|employees|staff|staffers|workers|positions|roles)\s+(?:were|have\s+been|had\s+been|are\s+being)\s+"
                r"(?:axed|cut|slashed|eliminated|let\s+go)|"
                r"(?:cut|cuts|cutting|reduced|reduces|reducing|trimmed|slashed)\s+(?:its|their|the\s+company's)\s+(?:workforce|headcount|staff)|"
                r"(?:memangkas|mengurangi|melepas)\s+(?:sekitar\s+|sebanyak\s+|lebih\s+dari\s+|hampir\s+|jumlah\s+)?(?:\d[\d.,]*\s*(?:%|persen)?\s+)?"
                r"(?:(?:dari\s+)?(?:total|jumlah)\s+)?(?:orang\s+)?(?:tenaga\s+kerja|karyawan|pekerja|pegawai|staf)(?:nya)?|"
                r"(?:fired|sacked|dismissed)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|around\s+)?\d[\d,.]*\s+(?:[\w-]+\s+)?(?:workers|employees|staff|people)", False),
    ("partnership_ended", r"menghentikan\s+(?:\w+\s+)?(?:kerja\s*sama|kemitraan|kontrak)|memutus(?:kan)?\s+kontrak|"
                          r"(?:terminated|tore\s+up|scrapped|rescinded)\s+(?:the|its|a|their)\s+(?:[\w-]+\s+){0,2}?(?:contract|concession)s?\b|mengakhiri\s+(?:kerja\s*sama|kemitraan|kontrak)|"
                          r"memutus(?:kan)?\s+hubungan(?!\s+kerja)|putus\s+hubungan|"
                          r"(?:kontrak|kerja\s*sama|kemitraan|perjanjian)\s+(?:[\w-]+\s+){0,3}?berakhir|"
                          r"(?:contract|partnership|agreement)\s+(?:\w+\s+){0,2}?(?:ended|expired|lapsed)|(?:ended|pulled|withdrew|dropped)\s+(?:its|a|the|their)\s+(?:[\w$.,]+\s+){0,3}?(?:partnership|contract|relationship|deal|sponsorship)|"
                          r"(?:menghentikan|mengakhiri|mencabut)\s+(?:\w+\s+)?sponsor(?:ship)?|"
                          r"terminated|cut\s+ties|pulled\s+out|(?:winding|wound|wind|winds)\s+down|"
                          r"(?:halted|paused|stopped|suspended)\s+(?:all\s+|its\s+|their\s+)?(?:work|projects?|contracts?|orders?)|"
                          r"menghentikan\s+(?:sementara\s+)?(?:semua\s+|seluruh\s+)?(?:proyek|pesanan|pekerjaan|layanan(?!" + _ITS_OWN + r")(?!\s+penarikan))", False),
    ("contract_won", r"memenangkan\s+kontrak|mengamankan\s+kontrak|meraih\s+kontrak|mendapatkan\s+kontrak|"
                     r"won\s+a\s+contract|has\s+won|wins\s+a|secured\s+a\s+contract|landed\s+a|signed\s+up|"
                     # an agreement entered into: "entered into a definitive agreement", "the deal was entered into"
                     r"entered\s+into\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|deal|contract)\b|"
                     r"(?:agreement|deal|contract)\s+(?:was|were|has\s+been|had\s+been)\s+entered\s+into|"
                     # a tender, a concession or orders won: "won the X concession in a tender", "memenangi lelang"
                     r"(?:won|wins|secured)\s+(?:the\s+|a\s+|an\s+)?(?:[\w$.,-]+\s+){0,4}?(?:concession|tender|orders|bid|licen[cs]e)\b|"
                     r"(?:memenangi|memenangkan)\s+(?:lelang|tender|konsesi|proyek)|"
                     r"(?:sealed|inked|struck|reached|clinched|brokered|hammered\s+out)\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,3}?(?:deal|agreement|contract)|"
                     r"(?:mencapai|meraih)\s+kesepakatan|"
                     r"signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:contract|deal|agreement|pact|MoU)|"
                     # signed, in the passive: "the contract, signed in September", "kontrak ... yang diteken" (not the letter ending one)
                     r"(?:contract|deal)s?,?\s+(?:(?:was|were|had\s+been)\s+)?signed|"
                     r"(?<!pemutusan\s)(?<!pembatalan\s)(?<!pengakhiran\s)(?:kontrak|perjanjian|kesepakatan)\s+(?:[\w$.,-]+\s+){0,8}?(?:yang\s+)?(?:ditandatangani|diteken)\b|"
                     r"under\s+a\s+(?:[\w$.,-]+\s+){0,3}?contract|"
                     r"(?:menandatangani|meneken|meneken)\s+(?:\w+\s+)?(?:kontrak|perjanjian|kesepakatan|nota\s+kesepahaman|MoU)|"
                     # a partnership formed
                     r"menjalin\s+(?:kerja\s*sama|kemitraan)|menggandeng|partnered\s+with|teamed\s+up\s+with|"
                     r"(?:formed|entered\s+(?:into\s+)?|struck)\s+a\s+(?:\w+\s+)?partnership", False),
    ("valuation", r"valuasi|bernilai|valued\s+at|valued\s+it|valuation", True),
    # (not a state budget's name: "anggaran pendapatan dan belanja daerah", "pendapatan asli daerah")
    ("revenue", r"(?<!anggaran\s)pendapatan(?!\s+(?:dan\s+belanja|asli\s+daerah))|meraup|revenue|penjualan|sales\s+of", True),
    # "biaya" as a fee customers pay ("biaya layanan"), not a firm's costs ("memangkas biaya operasional")
    ("pricing", r"(?:menaikkan|menurunkan|memangkas|memotong|mengerek)\s+(?:\w+\s+)?(?:harga|tarif|gaji|upah|bayaran|komisi|"
                r"biaya\s+(?:layanan|admin|administrasi|pengiriman|langganan|transaksi|tiket|sewa|jasa|aplikasi|platform|penanganan))|"
                r"(?:raised|hiked|cut|lowered|slashed|reduced)\s+(?:\w+\s+){0,2}?(?:prices?|fares?|pay|wages?|fees?|commissions?|rates?|"
                r"(?:[\w-]+['’]\s+)share\s+of)", False),
    ("funding", r"pendanaan|menggalang\s+dana|mengumpulkan\s+dana|menghimpun\s+dana|meraup\s+dana|"
                r"penawaran\s+umum\s+perdana|initial\s+public\s+offering|(?:raised|raises)(?!\s+(?:[\w-]+\s+)?(?:doubts?|concerns?|questions?|fears?|objections?|awareness|"
                r"up|hands?|arms?|alarm|eyebrows|prices?|rates?|tariffs?|fees?|its\s+(?:price|rate|stake|forecast|guidance|outlook)))|funding\s+round|series\s+[a-f]\s+round|"
                # an investor leading a round, or a round told by its size: "led the startup's $9 million Series A",
                # "a $40 million Series B"
                r"(?:led|co-led)\s+(?:[\w$.,'’-]+\s+){0,5}?(?:series\s+[a-f]|(?:seed|funding)\s+round)\b|"
                r"(?:million|billion|juta|miliar)\s+series\s+[a-f]\b|"

                # a listing on an exchange ("went public", "melantai di bursa", "mencatatkan sahamnya")
                r"went\s+public|listed\s+(?:its\s+)?shares|debuted\s+on|melantai\s+di\s+(?:bursa|BEI)|"
                # "Kopitara listed in Jakarta in 2023" (a company's name before it: "companies listed on" is no listing)
                r"listed(?=\s+(?:in|on)\s+(?:the\s+)?(?-i:[A-Z]))|"
                r"mencatatkan\s+(?:saham|efek)(?:nya)?|"
                # money lent is money raised: "memperoleh dana kredit dari Bank X", "received loans from", "menyalurkan kredit"
                r"(?:memperoleh|menerima|mendapat(?:kan)?)\s+(?:dana\s+)?(?:kredit|pinjaman|fasilitas\s+kredit)|"
                r"(?:menyalurkan|mengucurkan|memberikan)\s+(?:dana\s+|fasilitas\s+)?(?:kredit|pinjaman)|(?:menyalurkan|mengucurkan)\s+dana\b|"
                r"(?:received|obtained|secured|took\s+out)\s+(?:[\w$.,-]+\s+){0,4}?(?:loans?|credit\s+(?:facilities|facility|lines?))|"
                r"(?:extended|disbursed|granted|lent)\s+(?:[\w$.,-]+\s+){0,4}?(?:loans?|credit)", False),
    # "melaporkan dua pendiri, A dan B, ke Polda ...": whom it reports may run to a list; a regulator's regional
    # office may come first ("ke Kantor Wilayah IV KPPU"); the report named, then its filer ("bermula dari laporan
    # warga ke Polda X pada ..."; not a financial or annual report sent to a regulator)
    ("complaint", r"(?:melaporkan\s+(?:[\w(),-]+\s+){0,10}?|dilaporkan\s+|(?:laporan|aduan|pengaduan)\s+"
                  r"(?!keuangan|tahunan|kinerja|hasil|harta|kekayaan|akhir|pertanggungjawaban)(?:[\w().,-]+\s+){0,8}?)ke\s+(?:pihak\s+)?(?:Kantor\s+Wilayah\s+\w+\s+)?"
                  r"(?:polisi|kepolisian|Badan\s+Reserse|Bareskrim|Polda|Polres|KPK|Kejaksaan|Kejagung|KPPU|Komisi\s+Pengawas|Ombudsman|OJK|Otoritas)|"
                  # the authority told of it: "Polda Metro Jaya menerima laporan dari 86 pemegang tiket"
                  r"menerima\s+(?:\w+\s+)?(?:laporan|aduan|pengaduan)\s+dari|received\s+(?:\w+\s+)?(?:complaints?|reports?)\s+from|"
                  r"laporan\s+polisi|filed\s+a\s+(?:police\s+|criminal\s+)?(?:complaint|report)|reported\s+(?:[\w'’&.,-]+\s+){1,8}?to\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,3}police|"
                  # a letter to an authority asking it to act is a petition, whatever it names
                  r"(?:mengirim(?:kan)?|melayangkan|menyampaikan)\s+surat\s+(?:\w+\s+)?(?:kepada|ke)|menyurati|"
                  r"(?:sent|wrote|delivered)\s+(?:a\s+|an\s+open\s+)?letters?\s+to|petitioned|"
                  # a grievance taken to any authority or body
                  r"\bmengadukan\b|\bdiadukan\b|\bmengadu\s+ke\b|"
                  # the grievance named, then that it was lodged: "keluhan yang diajukan X pada 2019", "a complaint
                  # filed by X in 2019"
                  r"(?:keluhan|aduan|pengaduan)\s+(?:\w+\s+)?(?:yang\s+)?(?:diajukan|dilayangkan|disampaikan)|"
                  r"complaints?\s+(?:\w+\s+)?(?:filed|lodged|brought)\s+(?:by|with)", False),
    # a court deciding a suit, told by its verb before the suit's own row takes the noun (which may tell the filing
    # too: "dismissed the lawsuit filed in June"): "menolak gugatan X", "rejected the lawsuit filed by X"
    ("ruling", r"(?:menolak|mengabulkan)(?=\s+(?:(?:seluruh|sebagian)\s+)?(?:gugatan|permohonan|banding|kasasi)\b)|"
               r"(?:rejected|dismissed|threw\s+out|upheld|granted)(?=\s+(?:[\w'’-]+\s+){0,3}?(?:lawsuit|suit|appeal|petition)s?\b)", False),
    ("lawsuit", r"digugat|appealed|(?:filed|lodged|brought)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:suit|case)\b|(?:filed|lodged)\s+an\s+appeal|(?:mengajukan|pengajuan)\s+(?:upaya\s+hukum\s+)?(?:banding|kasasi|keberatan|peninjauan\s+kembali)|withdrew\s+(?:the|its|their)\s+(?:\w+\s+)?(?:case|suit|lawsuit|appeal|complaint)|mencabut\s+gugatan|menggugat|gugatan|tuntutan\s+hukum|sued|sues|lawsuit|settled(?!\s+(?:to\s+trade|at|down|up|higher|lower|flat|near|around|into)\b)|settlement|to\s+settle|settles|class\s+action|menyelesaikan\s+(?:beberapa\s+)?tuntutan|"
                # the claim named before its filer ("the case it filed at the court in August")
                r"(?:case|suit|lawsuit|claim|complaint|appeal)\s+(?:it|he|she|they|we)\s+(?:had\s+)?(?:filed|lodged|brought)\b|"
                r"PKPU|(?:bankruptcy|insolvency)\s+petition|petition\s+for\s+(?:bankruptcy|insolvency)|"
                r"(?:filed|files|filing)\s+(?:for|to\s+open)\s+(?:chapter\s+\d+\s+)?(?:\w+\s+)?(?:bankruptcy|insolvency|creditor\s+protection)|(?:filed|files|filing)\s+for\s+chapter\s+\d+|filed\s+(?:a|an|the)\s+(?:[\w()-]+\s+){0,4}?petition|"
                r"(?:mengajukan|mendaftarkan)\s+(?:permohonan\s+)?(?:pailit|kepailitan|PKPU)|permohonan\s+(?:pailit|kepailitan)|"
                # "Permohonan kasasi itu diajukan oleh X": the appeal named first, then that it was filed
                r"(?:banding|kasasi|praperadilan|peninjauan\s+kembali)(?:\s+(?:itu|tersebut|ini))?\s+(?:telah\s+)?diajukan", False),
    # "started as a taxi-hailing app in 2012", "bermula sebagai toko daring": how a company began
    ("founding", r"didirikan|founded|co-founded|berdiri\s+(?:sejak|pada|tahun)|mendirikan|established\s+in|"
                 r"(?:established|set\s+up)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:company|corporation|subsidiary|unit|joint\s+venture|"
                 r"venture|entity|firm|foundation)\b|spun\s+(?:out|off)|dibentuk\s+pada|"
                 r"(?:started|began)\s+(?:out\s+|life\s+)?as\s+an?\b|(?:bermula|berawal|dimulai)\s+sebagai\b", False),
    # a report or study made public is a happening of its own, not a product launch
    ("publication", r"(?:report|study|laporan|kajian|studi)\s+(?:[\w-]+\s+){0,2}?(?:was\s+|yang\s+)?(?:published|released|issued|diterbitkan|dirilis|terbit)|"

                     r"(?:published|released|issued|menerbitkan|merilis)\s+(?:a|an|its|the|their|sebuah)?\s*(?:[\w-]+\s+){0,3}?(?:report|study|laporan|kajian)", False),
    # "launched an investigation" is an investigation (see that row), not a launch
    ("launch", r"meluncurkan|peluncuran|(?:launched|launches|launching|to\s+launch)(?!\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:investigation|inquiry|probe|examination|audit|review|raid|crackdown|attack|cyberattack|cyber-attack|assault|"
               r"offensive|bid|appeal|lawsuit|suit|challenge)s?\b)|unveiled|merilis|released", False),
    # general happenings: legal, regulatory, corporate; each a verb or a noun phrase that reports an act
    ("arrest", r"ditangkap|menangkap|penangkapan|ditahan|menahan|(?:melakukan|dilakukan)\s+penahanan|penahanan\s+terhadap|arrested|detained|apprehended|taken\s+into\s+custody|"
               r"turned\s+(?:himself|herself|themselves)\s+in|surrendered\s+to\s+(?:the\s+)?(?:police|prosecutors|authorities)|"
               r"menyerahkan\s+diri|(?:operasi\s+)?tangkap\s+tangan|(?-i:OTT)|"
               # put behind bars: "dijebloskan ke penjara", "dijebloskan ke rutan"
               r"(?:dijebloskan|menjebloskan)\s+(?:\w+\s+){0,2}?ke\s+(?:dalam\s+)?(?:penjara|tahanan|sel|rutan|lapas|bui)\b|"
               # taken in: "dua orang lagi dibawa ke kantor KPK", "dimasukkan ke dalam daftar pencarian orang"
               r"dibawa\s+ke\s+(?:kantor|gedung|markas|Mapolda|Mapolres|rutan)\b|(?:memasukkan|dimasukkan|masuk)\s+(?:\w+\s+){0,6}?(?:daftar\s+pencarian\s+orang|DPO)|"
               # people "secured" by the police or the KPK: held ("mengamankan empat orang", "diamankan polisi")
               r"(?:mengamankan|diamankan)(?=\s+(?:[\w-]+\s+){0,2}?(?:orang|tersangka|pelaku|pria|wanita|pegawai|karyawan|polisi|petugas|KPK|tim|"
               # or the people of a crowd by what they are ("mengamankan 11 pengemudi", "diamankan 30 mahasiswa")
               r"pengemudi|sopir|mahasiswa|pelajar|siswa|warga|demonstran|pendemo|pengunjuk\s+rasa|massa|buruh|pekerja|"
               r"nelayan|petani|pemuda|remaja|suporter|oknum)\b)", False),
    # the people named may come with their posts in apposition: "menetapkan Komisaris Utama PT X Tbk (X), Y, sebagai tersangka"
    # (the verb alone is the trigger: a date inside the apposition is the post's, "Direktur Utama pada 2020")
    # the case taken to court: the prosecutors' indictment read at the trial, months after the suspect was named
    ("indictment", r"didakwa|mendakwa|(?:membacakan|pembacaan)\s+(?:surat\s+)?dakwaan|dakwaan\s+(?:jaksa|JPU)|"
                   r"dilimpahkan\s+ke\s+pengadilan|indicted|(?:went|goes|go|stood|stands|stand)\s+on\s+trial|"
                   r"trial\s+(?:began|opened|started)|sidang\s+perdana|"
                   # a case readied for trial: "handed the case files to prosecutors", "berkas perkara dinyatakan lengkap"
                   r"(?:handed|sent|submitted|transferred)\s+(?:over\s+)?(?:[\w'’-]+\s+){0,3}?case\s+files?|"
                   r"berkas\s+(?:perkara\s+)?(?:[\w,.-]+\s+){0,4}?(?:dilimpahkan|diserahkan|dinyatakan\s+lengkap)|"
                   r"(?:melimpahkan|menyerahkan)\s+berkas|pelimpahan\s+(?:berkas|tersangka)", False),
    ("charge", r"menetapkan(?=(?:\s+[\w,.()’'-]+){1,24}?\s+(?:sebagai\s+)?tersangka)|"
               # "menetapkan tersangka berinisial RS", "menetapkan tersangka keempat dalam kasus ...": someone named
               r"menetapkan(?=\s+(?:(?:dua|tiga|empat|lima|\d+)\s+)?tersangka(?:\s+(?:baru|lain|keempat|ketiga|kedua|kelima))?"
               r"\s+(?:berinisial|dalam|yakni|yaitu|atas|(?-i:[A-Z])))|"
               r"(?:ditetapkan(?:\s+[\w,.-]+){0,3}?|penetapan(?:\s+[\w,.-]+){0,6}?)\s+(?:sebagai\s+)?tersangka|"
               # "Atut juga jadi tersangka", "menjadikan Budi tersangka", "resmi dijadikan tersangka"
               r"(?:men|di)?jadi(?:kan)?\s+(?:[\w,.-]+\s+){0,3}?tersangka|"
               # "menjerat enam orang tersangka", "dijerat dengan Pasal 2": named suspect, charged under a law
               r"(?:men|di)jerat(?=\s+(?:[\w,.()-]+\s+){0,6}?(?:tersangka|pasal|dengan\s+pasal)\b)|"
               # the suspects named, however many posts and names between: "KPK turut menjerat Kepala Dinas X dan
               # ... Y sebagai tersangka", "menyeret saudara pemilik sebagai tersangka baru"
               r"(?:menjerat|dijerat|menyeret|diseret)(?=\s+(?:[\w,.()’'-]+\s+){0,20}?sebagai\s+tersangka\b)|"
               # English copy translated word for word: "determined X as a suspect"
               r"(?:determined|designated)(?=\s+(?:[\w,.()’'-]+\s+){0,20}?as\s+(?:a\s+)?suspects?\b)|"
               r"dilimpahkan\s+ke\s+kejaksaan|"
               # the suspects as the subject: "Ketiga tersangka ditetapkan pada Senin", "tersangka baru itu resmi ditetapkan"
               r"(?<=tersangka\s)(?:(?:baru|lain|itu|tersebut|ini)\s+){0,2}(?:(?:resmi|sudah|telah)\s+)?ditetapkan\b(?!\s+(?:sebagai|menjadi)\b)|"
               r"charged|named\s+(?:as\s+)?a\s+suspect|named(?=\s+(?:[\w,.()’'-]+\s+){0,30}?(?:as\s+)?(?:a\s+)?suspects?\b)|"
               r"declared\s+(?:[\w,.-]+\s+){1,8}?(?:as\s+)?(?:a\s+)?suspects?|"
               # the suspects as the subject, described before the verb: "The suspects, the park's manager and ...,
               # were named on Monday"
               r"suspects,?\s+(?:[^.;:!?\"“”]{0,160}?\s)?(?:were|have\s+been|had\s+been)\s+named\b", False),
    ("investigation", r"menyelidiki|penyelidikan|mengusut|(?:mengumpulkan|pengumpulan)\s+bahan\s+dan\s+keterangan|pulbaket|menyidik|penyidikan|memeriksa|diperiksa|pemeriksaan\s+terhadap|"
                      r"investigat(?:es|ed|ing)|(?:opened|launched|began|started|conducting|conducted|carrying\s+out|carried\s+out)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe|examination|audit)|"
                      r"(?:memulai|membuka)\s+(?:\w+\s+){0,2}?(?:pemeriksaan|penyelidikan|investigasi|audit)|"
                      # an inquiry ordered or carried out: "ordered an audit of", "memerintahkan audit"
                      r"ordered\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe|audit|review)|"
                      r"(?:memerintahkan|melakukan)\s+(?:[\w-]+\s+){0,3}?(?:audit|investigasi|pemeriksaan|penyelidikan|inspeksi|sidak)|"
                      # "an investigation that started in October 2023", "penyelidikan yang dimulai sejak"
                      r"(?:investigation|inquiry|probe|penyelidikan|penyidikan|investigasi)\s+(?:that|which|yang)\s+"
                      r"(?:(?:was|had)\s+)?(?:started|began|begun|opened|launched|dimulai|bermula)|"
                      r"(?:penyelidik|investigators?|auditors?|inspectors?|tim\s+investigasi)\s+(?:\w+\s+){0,2}?(?:menemukan|found|discovered)|"
                      r"audit\s+(?:[\w'’-]+\s+){1,5}?(?:had\s+|has\s+)?found|raided|menggeledah|penggeledahan|(?:meng|di)ge?rebek|searched\s+(?:[\w'’-]+\s+){0,5}?(?:offices?|headquarters|homes?|houses?|residences?|apartments?|premises|warehouses?|factory|factories|plants?|hospitals?|mines?)|audit\s+found|hasil\s+(?:awal\s+|sementara\s+|akhir\s+)?(?:audit|pemeriksaan|investigasi)|(?:preliminary\s+)?findings\s+(?:of|by|from)|seized|confiscated|menyita|disita|penyitaan|"
                      r"(?:conducted|conducting|carried\s+out)\s+(?:a\s+)?(?:searches|search|raids?)\s+(?:at|of|on)\b|"
                      r"formed\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:investigation|inquiry|team|task\s+force)|membentuk\s+(?:tim|satgas|panitia)|"
                      r"(?:upgraded|raised|elevated|escalated)\s+(?:the\s+|its\s+)?(?:case|probe|inquiry)\s+to|questioned|interrogated|"
                      r"(?:after|before|following|setelah)\s+(?:questioning|interrogating)|"
                      r"(?:menaikkan|meningkatkan)\s+(?:status\s+)?(?:perkara|kasus)\s+(?:\w+\s+){0,2}?(?:ke|menjadi)\s+(?:tahap\s+)?penyidikan", False),
    ("ruling", r"divonis|memvonis|menjatuhkan\s+(?:vonis|hukuman|putusan|pidana)|mengabulkan|dikabulkan|menolak\s+gugatan|"
               # a sentence told by its term: "dihukum 20 tahun penjara", "dihukum masing-masing 18 tahun penjara"
               r"dihukum(?=\s+(?:[\w-]+\s+){0,6}?(?:tahun|bulan)\s+(?:penjara|kurungan|bui)\b|\s+(?:penjara|mati|seumur\s+hidup)\b)|"
               # a court's decision issued: "MA mengeluarkan putusan kasasi", "the court issued its ruling"
               r"(?:mengeluarkan|menerbitkan|membacakan)\s+putusan|(?:issued|handed\s+down|delivered)\s+(?:its\s+|a\s+|the\s+)?"
               r"(?:final\s+)?(?:ruling|verdict|judgment|judgement)|"
               # a court's warrant for one's arrest ("issued arrest warrants for X")
               r"(?:issued|issues|signed)\s+(?:an?\s+)?(?:international\s+)?arrest\s+warrants?|"
               # a plea decided: "rejected his pretrial challenge", "menolak permohonan praperadilan", "bandingnya ditolak"
               r"(?:rejected|dismissed|threw\s+out|upheld|overturned|granted)\s+(?:[\w'’-]+\s+){0,3}?(?:pretrial|appeal|challenge|"
               r"lawsuit|suit|petition|motion|cassation|objection|judicial\s+review)s?|"
               r"menolak\s+(?:\w+\s+){0,2}?(?:praperadilan|banding|kasasi|permohonan|eksepsi|keberatan|peninjauan\s+kembali)|"
               r"(?:praperadilan|banding|kasasi|permohonan|eksepsi|gugatan)(?:nya)?\s+(?:[\w,.-]+\s+){0,4}?ditolak|"
               # a court declaring a party bankrupt or guilty ("menyatakan PT X pailit", "declared X bankrupt")
               r"(?:menyatakan|memutuskan|declared)\s+(?:PT\s+)?(?:(?:(?-i:[A-Z])[\w.&'’-]*\s+){1,6}?(?:Tbk\s+)?|"
               # or the party named back: "menyatakan perusahaan itu pailit", "declared the company bankrupt"
               r"(?:perusahaan|perseroan|emiten|the\s+company|the\s+firm)\s+(?:itu\s+|tersebut\s+|ini\s+)?)(?:pailit|bersalah|bankrupt|insolvent|guilty)|"
               # a verdict read out, or a party ruled against in the passive ("diputus bersalah", "dinyatakan pailit")
               r"(?:membacakan|pembacaan)\s+(?:amar\s+)?putusan|putusan\s+(?:\w+\s+){0,2}?dibacakan|"
               r"(?:decision|verdict|ruling)\s+was\s+read(?:\s+out)?|(?:verdict|decision)\s+reading|diputus(?:kan)?\s+(?:\w+\s+){0,3}?(?:bersalah|melanggar|melakukan)|"
               r"dinyatakan\s+(?:\w+\s+){0,2}?(?:bersalah|pailit)|(?:found|declared)\s+(?:[\w'’,.-]+\s+){0,5}?(?:guilty|liable|bankrupt)|"
               r"(?:court|judge|tribunal|pengadilan|hakim|majelis)\s+(?:\w+\s+){0,3}?(?:ordered|memerintahkan)|"
               r"ordered\s+by\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:court|judge|tribunal)|dihukum\s+membayar|"
               r"sentenced|ruled|convicted|acquitted|dismissed\s+the\s+(?:case|suit|lawsuit)|"
               # a guilty plea before a court
               r"pleaded\s+guilty|pleads\s+guilty|pled\s+guilty|mengaku\s+bersalah|mengakui\s+kesalahannya\s+di\s+pengadilan|"
               # a request decided: "rejected the company's cassation request", "granted the petition", "menolak permohonan kasasi"
               r"(?:granted|rejected|denied|dismissed|upheld|overturned)\s+(?:[\w'’-]+\s+){0,5}?"
               r"(?:request|petition|motion|appeal|application|lawsuit|suit|claim|bid)s?\b|"
               r"menolak\s+(?:permohonan|kasasi|banding|praperadilan)", False),
    ("hearing", r"mediated|memediasi|mediasi|mempertemukan|brought\s+(?:both\s+sides|the\s+two\s+sides|\w+\s+and\s+\w+)\s+together|rapat\s+dengar\s+pendapat|rapat\s+kerja|RDP|dipanggil|memanggil|hearing|testified|summoned|"
                r"(?:menggelar|digelar|held|holds|hold)\s+(?:\w+\s+){0,2}?(?:rapat|RUPS\w*|meeting|sidang)|RUPS(?:LB|T)?|"
                # "pertemuan antara perusahaan dan pekerja berlangsung pada Senin", "talks between them took place"
                r"(?:pertemuan|perundingan|rapat|meeting|talks)\s+(?:[\w-]+\s+){0,6}?(?:berlangsung|digelar|diadakan|dilaksanakan|"
                r"took\s+place|(?:was|were)\s+held)|"
                # a summons not answered is still the summons of that day: "tidak memenuhi panggilan KPK", "mangkir dari
                # pemeriksaan", "failed to appear for questioning", "skipped a summons"
                r"(?:tidak|belum)\s+memenuhi\s+panggilan|mangkir\s+(?:dari\s+)?(?:panggilan|pemeriksaan|(?:per)?sidangan?)|failed\s+to\s+(?:appear|show\s+up|attend)\b|"
                r"(?:skipped|ignored|defied|missed)\s+(?:a\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:summons(?:es)?|questioning|hearings?)\b", False),
    ("approval", r"(?:lifted|lifts|mencabut)\s+(?:\w+\s+){0,2}?(?:suspension|ban|freeze|order|larangan|penghentian|sanksi|pembekuan)|"
                 # the same, told of the measure: "Sanksi itu kemudian dicabut", "the suspension was lifted"
                 r"(?:sanksi|larangan|pembekuan|penangguhan|suspensi|pemblokiran)\s+(?:\w+\s+){0,3}?dicabut|"
                 r"(?:suspension|ban|freeze|halt)\s+(?:\w+\s+){0,2}?(?:was|has\s+been|had\s+been)\s+lifted|"
                 r"menyetujui|disetujui|menyepakati|disepakati|mengesahkan|disahkan|merestui|(?:memberikan|memberi|mengantongi|mendapat(?:kan)?)\s+(?:\w+\s+)?(?:persetujuan|restu|izin)|"
                 r"approved|cleared|ratified|signed\s+off|(?:gave|granted|won|received)\s+(?:\w+\s+)?(?:approval|clearance|permission)", False),
    # "frozen" tells a freeze as a verb ("were frozen", "had frozen the accounts", "frozen since May"), not as a word
    # describing goods ("exports frozen fish")
    ("ban", r"grounded|grounding|ordered\s+(?:[\w-]+\s+){0,5}?to\s+(?:ground|halt|stop|suspend|shut|close|cease)\b|(?:dilarang|larangan)\s+terbang|dikandangkan|ordered\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:shut|closed|closure|halt(?:ed)?|suspended)|"
            r"memerintahkan\s+(?:penghentian|penutupan|penangguhan)|(?:sanksi\s+)?pembekuan\s+(?:izin|kegiatan|rekening|usaha)|froze|freezes|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbe\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bhad\s)|(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bremain\s)|(?<=\bremains\s)|(?<=\bremained\s)|(?<=\balso\s)|(?<=\balready\s)|(?<=\btemporarily\s))frozen|frozen(?!\s+(?!(?:by|since|on|in|at|after|for|until|pending|last|earlier|under|the|its|their|all|his|her|some|a|an|it|them)\b)(?-i:[a-z]))|melarang|dilarang|memblokir|diblokir|membekukan|dibekukan|menangguhkan|ditangguhkan|(?:mencabut|dicabut|pencabutan)\s+(?:\w+\s+){0,2}?" + _PERMITS + "|"
            + _PERMITS + r"\s+(?:\w+\s+){0,2}?dicabut|kehilangan\s+izin|penghentian\s+sementara|suspensi|"
            # barred from going abroad: "Imigrasi mencegah Budi bepergian ke luar negeri", "dicegah ke luar negeri"
            r"(?:mencegah|dicegah|pencegahan)\s+(?:[\w,.'’-]+\s+){0,6}?(?:bepergian\s+)?ke\s+luar\s+negeri|"
            # the request of it: "mengajukan pencegahan kepada Dirjen Imigrasi terhadap X"
            r"(?:mengajukan|meminta|permintaan|permohonan)\s+pencegahan\b|"
            # premises sealed by an authority: "menyegel pabrik", "disegel", "sealed the mill"
            r"menyegel|disegel|penyegelan|sealed\s+(?:off\s+)?(?:(?:the|its|a|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:mill|factory|plant|offices?|"
            r"building|warehouse|site|premises|store|shop|mine|headquarters|campus|house)s?\b|"
            # the act named by its noun: "pemblokiran dilakukan pusat analisis itu", "melakukan pemblokiran rekening"
            r"pemblokiran\s+(?:\w+\s+){0,3}?dilakukan|melakukan\s+pemblokiran|"
            r"(?:menghentikan|dihentikan)\s+sementara\s+(?:\w+\s+)?(?:perdagangan|operasi\w*|penerbangan|penjualan|izin|ekspor|impor)|"
            r"(?:menangguhkan|ditangguhkan|membekukan|dibekukan)\s+(?:sementara\s+)?(?:ekspor|impor)|"
            r"(?:pencekalan|dicekal|mencekal)\b|(?:imposed\s+a\s+)?travel\s+ban|barred\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:leaving|travell?ing)|"
            r"trading\s+halt|halted\s+trading|shut(?:\s+down)?(?=\s+(?-i:[A-Z]))|(?:was|were|been|being)\s+shut\s+down|"
            r"(?:took|taken|takes|take)\s+possession\s+of|(?:shares|stock|trading)(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?halted|"
            r"(?:extended|extends|memperpanjang|diperpanjang)\s+(?:the\s+|its\s+|masa\s+)?(?:freeze|ban|suspension|pembekuan|larangan|penangguhan|pemblokiran)|"
            # taken off an exchange or a trading platform
            r"delist(?:ed|ing|s)?|penghapusan\s+(?:pencatatan|saham|token|aset)|dihapus\s+dari\s+(?:bursa|platform|daftar\s+aset)|"
            # a crowd blocking a gate or a road protests ("protest" below); a regulator blocks a deal
            r"banned|bans|blocked(?!\s+(?:the\s+|its\s+|a\s+)?(?:\w+\s+)?(?:gates?|roads?|entrances?|access|highways?|streets?)\b)|suspended|revoked|(?:revocation|suspension|freezing)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:licen[cs]es?|permits?|approvals?|certificates?|exports|imports)\b|"
            # a sale or use restricted to a few ("restricted the sale of subsidized gas to official distributors")
            r"restricted\s+the\s+(?:sale|use|import|export)s?\s+of|membatasi\s+(?:penjualan|peredaran|penggunaan)|"
            # customers' money held back: "halted all withdrawals", "menghentikan layanan penarikan dana"
            r"(?:halted|stopped|froze|paused)\s+(?:all\s+)?(?:customer\s+|user\s+)?withdrawals|"
            r"(?:menghentikan|menangguhkan|membekukan)\s+(?:sementara\s+)?(?:seluruh\s+|semua\s+)?(?:layanan\s+)?penarikan|"
            r"penarikan\s+(?:dana\s+)?(?:[\w-]+\s+){0,2}?(?:dihentikan|ditangguhkan|dibekukan)|"
            # "stripped the university of its accreditation"
            r"stripped\s+(?:[\w'’-]+\s+){1,4}?of\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:accreditation|licen[cs]es?|permits?|certificates?|status)", False),
    # an admission is news of its own ("admitted on Wednesday that its pipe was the source"), unlike a bare saying;
    # not "admitted to hospital"
    ("announcement", r"(?:admitted|acknowledged|conceded)(?!\s+(?:to|into)\b)|"
                     r"(?:denied|denies|rejected|rejects)\s+(?:the\s+|its\s+|all\s+|any\s+)?(?:\w+\s+)?(?:allegations?|claims?|accusations?|reports?|wrongdoing|charges?|suspicions?)|"
                     r"(?:membantah|menepis|menyangkal)\s+(?:\w+\s+){0,2}?(?:tudingan|tuduhan|laporan|klaim|isi|dugaan|kabar|isu|pemberitaan|anggapan)|mengumumkan|diumumkan|menggelar\s+konferensi\s+pers|konferensi\s+pers|mengirim(?:kan)?\s+(?:\w+\s+)?memo|memo\s+internal|"
                     r"(?:dalam|melalui|lewat)\s+(?:sebuah\s+)?memo|announced|announces|"
                     r"(?:held|holds|called)\s+a\s+(?:press|news)\s+conference|(?:press|news)\s+(?:conference|briefing)|jumpa\s+pers|(?:sent|sends|wrote)\s+(?:a|an)\s+(?:\w+\s+)?memo|"
                     r"in\s+(?:a|an)\s+(?:internal\s+)?memo|"
                     # a public apology
                     r"apologi[sz]ed|apologi[sz]es|apologi[sz]ing|(?:meminta|minta|menyampaikan\s+(?:permohonan|permintaan))\s+maaf|"
                     r"(?:issued|offered|made)\s+(?:a\s+|an\s+)?(?:public\s+|formal\s+)?apology", False),
    # news of it first told by an outlet on a day it names ("awalnya dilaporkan oleh Harian Lantera pada 15 Desember")
    ("publication", r"(?:pertama\s+kali\s+|awalnya\s+)?(?:dilaporkan|diungkap(?:kan)?|diberitakan)\s+oleh(?=\s+(?-i:[A-Z]))|"
                    # "as reported by CNBC" attributes the sentence to an outlet: no report of its own
                    r"(?<!as\s)(?<!seperti\s)(?:first\s+)?(?:reported|revealed|disclosed)\s+by(?=\s+(?:the\s+)?(?-i:[A-Z]))", True),
    # a statement put out on a day it names ("kata Dimas dalam keterangan tertulis, Senin (16/3)")
    ("announcement", r"(?:dalam|melalui|lewat)\s+(?:sebuah\s+(?:keterangan|pernyataan|siaran)(?:\s+(?:tertulis|resmi|pers))?|"
                     r"(?:keterangan|pernyataan)(?:nya|\s+(?:persnya|tertulisnya|resminya))|"
                     r"(?:keterangan|pernyataan|siaran)\s+(?:tertulis|resmi|pers))|"
                     r"in\s+a\s+(?:written\s+|emailed\s+|brief\s+)?(?:statement|press\s+release)|"
                     # a decision made known on a day: "said on Thursday it would pull out of the venture", "said last week
                     # the company will sell the unit" (what it will do is the plan; that it said so, that day, is the news)
                     r"said\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+|last\s+(?:week|month|\w+day)\s+|"
                     r"earlier\s+this\s+(?:week|month)\s+)?(?:that\s+)?(?:it|the\s+(?:company|firm|group|bank|ministry|government|regulator|agency))\s+"
                     r"(?:would|will|plans\s+to|planned\s+to|intends\s+to|was\s+in\s+talks|is\s+in\s+talks)\b|"
                     # ... and in Indonesian: "menyatakan pada Kamis (16/10) akan menutup pabrik"
                     r"(?:menyatakan|mengatakan|menegaskan)\s+pada\s+(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s+(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s+)?(?:bahwa\s+)?"
                     r"(?:pihaknya\s+|perseroan\s+|perusahaan\s+|pemerintah\s+)?(?:akan|berencana|tengah\s+menjajaki|sedang\s+menjajaki)\b|"
                     # a letter or filing to a regulator or the exchange, and the answer to its query
                     r"(?:dalam|melalui|lewat)\s+(?:sebuah\s+)?(?:(?:surat(?:\s+(?:resmi|terbuka|elektronik))?|e-?mail|surel)\s+(?:kepada|ke|untuk)|keterbukaan\s+informasi)|"
                     r"(?:menjawab|membalas)\s+(?:surat\s+)?permintaan\s+penjelasan|"
                     r"in\s+an?\s+(?:(?:open|written)\s+)?(?:letter|e-?mail)\s+to|in\s+an?\s+(?:regulatory\s+|securities\s+|(?:stock\s+)?exchange\s+)?filing|"
                     # a results presentation: "in its quarterly results presentation on Wednesday", "dalam paparan kinerja"
                     r"(?:in|during)\s+(?:an?|the|its|the\s+company['’]s)\s+(?:[\w-]+\s+){0,2}?(?:earnings\s+call|(?:performance|results|earnings)\s+"
                     r"(?:report|presentation|briefing|call))|(?:dalam|saat|pada)\s+(?:acara\s+)?(?:paparan\s+(?:kinerja|publik)|public\s+expose)", True),
    ("delay", r"menunda|ditunda|mundur\s+dari\s+jadwal|delayed|postponed|pushed\s+back", False),
    # a contract, partnership or a buyer's orders called off is a partnership ended ("menghentikan pesanan" above);
    # "cancelled flights" names no act
    ("partnership_ended", r"(?:cancell?ed|called\s+off|scrapped|membatalkan|dibatalkan|pembatalan)\s+(?:the\s+|its\s+|a\s+|an\s+)?"
                          r"(?:[\w-]+\s+){0,2}?(?:contracts?|deals?|agreements?|partnership|kontrak|kerja\s*sama|kemitraan|perjanjian|"
                          r"orders?|pesanan)", False),
    ("cancellation", r"(?:was|were|been|is|are|has|have|had|be)\s+(?:\w+\s+)?(?:cancell?ed|called\s+off|scrapped)|"
                     r"(?:cancell?ed|cancels|called\s+off|scrapped)(?=\s+(?:the|its|their|a|an|all|\d|on|late|early|at|after|hours|days))|"
                     r"membatalkan|dibatalkan|batal\s+(?:digelar|diselenggarakan|dilaksanakan|berangkat|terbang)|"
                     # the order with its object between ("ordered about 9,000 of the tickets sold cancelled")
                     r"ordered\s+(?:[\w,.%-]+\s+){1,12}?(?:cancell?ed|voided|annulled|scrapped)\b", False),
    ("cancellation", r"pembatalan|cancellation", True),
    ("breach", r"kebocoran\s+data|diretas|peretasan|data\s+breach|breach|hacked|hack|"
               # data taken, or systems entered, by someone without the right to
               r"(?:stole|stolen|steal|steals)\s+(?:[\w-]+\s+){0,3}?(?:data|information|records|details)|broke\s+into|"
               r"(?:accounts|systems?|data|records|networks?|servers?)\s+(?:were|was|had\s+been|have\s+been)\s+(?:illegally\s+)?"
               r"(?:accessed|compromised|breached)|(?:was|were|been)\s+breached|gained\s+(?:unauthori[sz]ed\s+)?access|membobol|dibobol|"
               r"(?:data|akun|sistem|server)\s+(?:[\w-]+\s+){0,4}?(?:dicuri|bocor)", False),
    ("breach", r"cyber-?attacks?|serangan\s+(?:siber|hacker|peretas)|ransomware", True),
    ("fine", r"ordered\s+(?:[\w'’.-]+\s+){1,4}?to\s+pay\s+(?:a\s+)?(?:[\w$.,-]+\s+){0,3}?(?:fines?|penalty|penalties)|"
             # "memutuskan denda Rp 20 miliar", "menetapkan sanksi Rp 5 miliar"
             r"(?:memutuskan|menetapkan)\s+(?:sanksi\s+)?(?:denda|sanksi)(?=\s+(?:administratif\s+)?(?:sebesar\s+|senilai\s+)?(?:Rp|US\$|\$|\d))|"
             r"didenda|mendenda|menjatuhkan\s+denda|sanksi\s+denda|(?:paid|pays|membayar)\s+(?:a\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}?(?:fine|penalty|denda)|(?:memberikan|mengenakan|dikenakan|dikenai)\s+(?:sanksi\s+)?denda|fined|penalty|penalised|penalized|dijatuhi\s+(?:sanksi\s+)?denda|"
             r"denda\s+(?:\w+\s+){0,3}?dijatuhkan|(?:imposed|imposes|slapped)\s+(?:(?:a|an)\s+)?(?:[\w$.,()-]+\s+){0,6}?(?:fines?|penalty|penalties)|(?:a|the)\s+(?:[\w$.,-]+\s+){0,4}?fine\s+(?:was\s+)?imposed", False),
    ("application", r"mengajukan\s+(?:permohonan|pendaftaran|izin)|applied\s+(?:to\s+\w+\s+)?for|"
                    r"(?:filed|submitted|lodged)\s+(?:an?\s+|its\s+|their\s+)?(?:\w+\s+)?application", False),
    ("protest", r"(?:strike|walkout|mogok)\s+(?:\w+\s+)?(?:began|started|ended|dimulai|berakhir)|walked\s+out|berunjuk\s+rasa|unjuk\s+rasa|demonstrasi|berdemo|didemo|mendemo|(?:aksi|menggelar)\s+demo\b|memprotes|protested|protests|rallied|went\s+on\s+strike|mogok|"
                r"(?:menggelar|melakukan|menggelarkan)\s+aksi(?:\s+(?:damai|protes|demo|unjuk\s+rasa|mogok))?|staged\s+(?:a\s+)?(?:protest|rally|strike|walkout)|"
                # a crowd barring a gate or a road, or swarming an office
                r"memblokade|diblokade|blockaded?|blocked\s+(?:the\s+|its\s+|a\s+)?(?:\w+\s+)?(?:gates?|roads?|entrances?|access|highways?|streets?)\b|"
                r"menggeruduk|digeruduk|"
                # a refusal to work is a strike, whatever the work: "refused to train", "boikot latihan"
                r"refused\s+to\s+(?:train|work|play|fly|sail|drive)|boycott(?:ed|s)?\s+(?:training|work|matches|flights)|(?:mem|di)?boikot|"
                r"led\s+(?:a|the)\s+(?:training\s+|players['’]?\s+|workers['’]?\s+)?(?:boycott|strike|walkout|protest)", False),
    ("opening", r"(?:kembali|mulai)\s+terbang|resumed\s+flying|returned\s+to\s+service|resumed\s+(?:\w+\s+)?(?:production|operations?|services?|flights?|trading)|(?:kembali\s+beroperasi|beroperasi\s+kembali)|"
                r"melanjutkan\s+(?:kembali\s+)?(?:produksi|operasi)|meresmikan|diresmikan|(?:membuka|dibukanya|opened|opens)\s+(?:[\w$.,-]+\s+){0,5}?(?:kantor|pabrik|pusat\s+data|gerai|toko|cabang|fasilitas|office|plant|factory|store|"
                r"data\s+cent(?:er|re)|facility|headquarters|hub)|inaugurated|"
                r"construction\s+(?:\w+\s+){0,4}?(?:began|started)|(?:began|started)\s+construction|broke\s+ground|groundbreaking|"
                r"peletakan\s+batu\s+pertama|mulai\s+dibangun|pembangunan\s+(?:\w+\s+){0,3}?dimulai", False),
    ("results", r"(?:mencatat(?:kan)?|membukukan|melaporkan)\s+(?:(?:penurunan|kenaikan|lonjakan)\s+)?(?:kerugian|laba|rugi)|"
                r"(?:reported|posted|booked)\s+(?:a\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+)?(?:(?:fall|drop|rise|jump|decline|increase)\s+in\s+)?"
                r"(?:net\s+|quarterly\s+|annual\s+)?(?:loss|profit)|"
                # an investor marking down what it holds: "wrote its stake down to zero", "menghapusbukukan investasinya"
                r"(?:wrote|written|writes|writing)\s+(?:(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?)?(?:down|off)\b|"
                r"(?:book|booked|books|booking|took|take|takes|taking|record|recorded)\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,3}?impairment|"
                r"menghapusbukukan|(?:mencatat|membukukan)\s+(?:\w+\s+)?penurunan\s+nilai", False),
    # "said during a visit to the factory on Monday", "dalam kunjungan ke pabrik"
    ("visit", r"mengunjungi|berkunjung|meninjau|visited|toured|met(?:\s+with)?|bertemu(?:\s+dengan)?|"
              r"(?:during|on)\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?visit\s+to|(?:dalam|saat|ketika)\s+kunjungan(?:\s+kerja)?\s+ke", False),
    ("compensation", r"(?:menyerahkan|memberikan|membayar|menyalurkan|membayarkan)\s+(?:\w+\s+)?(?:santunan|kompensasi|ganti\s+rugi|pesangon)|"
                     r"paid\s+(?:[\w$.,()-]+\s+){0,5}?(?:compensation|to\s+each|in\s+compensation|severance)|(?:compensated|reimbursed)|"
                     # "paid the boy's family 250 million rupiah", "paid each of the victims' families"
                     r"paid\s+(?:(?:the|each|all|its|their)\s+)?(?:of\s+the\s+)?(?:[\w'’-]+\s+){0,2}?"
                     r"(?:family|families|relatives|victims|survivors|heirs)\b|"
                     r"(?:began|started|begun|finished|completed)\s+(?:paying|issuing|processing)\s+(?:[\w-]+\s+){0,4}?refunds?|refunded|"
                     r"(?:began|started|begun|begins|starts)\s+(?:to\s+refund|refunding)|"
                     r"(?:mulai|telah|sudah)\s+(?:membayar|mengembalikan|mencairkan)\s+(?:\w+\s+){0,4}?(?:dana|refund|pengembalian)|pengembalian\s+dana\s+(?:tahap|sebesar)|"
                     # told of what was paid: "pesangon dan THR dibayarkan pada hari ini", "severance was paid"
                     r"(?:santunan|kompensasi|ganti\s+rugi|pesangon|THR|severance|compensation)\s+(?:[\w-]+\s+){0,3}?(?:telah\s+|sudah\s+|was\s+|were\s+|has\s+been\s+)?(?:dibayarkan|dibayar|dicairkan|paid)", False),
    # a count of the dead as it stood that day: a happening of its own beside the accident it counts
    ("toll", r"(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities))\s+(?:[\w,’'-]+\s+){0,10}?(?:rose|rises|risen|rising|climbed|"
             r"climbs|jumped|increased|reached|hit|stood\s+at|stands\s+at)|"
             r"(?:korban\s+(?:jiwa|tewas|meninggal(?:\s+dunia)?)|jumlah\s+korban(?:\s+(?:jiwa|tewas|meninggal))?)\s+(?:[\w,-]+\s+){0,10}?"
             r"(?:bertambah|naik|meningkat|menjadi|mencapai)|bertambah\s+(?:\w+\s+)?(?:orang\s+)?menjadi\s+\d+|"
             r"bringing\s+the\s+(?:total\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities|victims))|"
             r"menambah\s+(?:jumlah\s+)?korban\s+(?:jiwa|tewas|meninggal)", False),
    # a listed company's shares crashing ("Shares of PT X plunged 40% on Monday", "saham X anjlok"): news of its own;
    # a fall of a few points is the market's daily noise
    ("market", r"(?:shares?|stocks?|share\s+price|stock\s+price|saham(?:nya)?|harga\s+saham)\s+(?:[\w$.,%()-]+\s+){0,6}?"
               r"(?:collapsed|plunged|plummeted|crashed|tumbled|nosedived|anjlok|ambruk|ambles|terjun\s+bebas|rontok)|"
               # a price that moved by a told figure, either way: "saham X melesat 25 persen", "ditutup naik 50 poin",
               # "shares dropped 8% on Monday", "the pound fell to a record low"; the company may be named at length
               # between ("saham X yang tercatat di Bursa Y (Z) melonjak 10 persen"); the figure of any length
               r"(?:shares|stocks|share\s+price|stock\s+price|saham(?:nya)?|harga\s+saham|pound|poundsterling|rupiah|"
               r"nilai\s+tukar(?:\s+\w+)?)\s+(?:[\w$.,%()-]+\s+){0,9}?(?:rose|soared|surged|jumped|rallied|climbed|fell|"
               r"dropped|slumped|sank|slid|naik|melonjak|melesat|meroket|melambung|menguat|turun|merosot|melemah|jatuh|"
               r"terkoreksi)\s+(?:[\w,]+\s+){0,3}?(?:[$£€]?\d[\d.,]*|ke\s+(?:level|posisi|rekor)|to\s+(?:an?\s+)?(?:record|historic|all-time|[$£€]?\d[\d.,]*))",
               False),
    ("accident", r"(?:engine|mesin)\s+(?:\w+\s+){0,2}?(?:failed|failure|caught\s+fire|mati|rusak|terbakar)|emergency\s+landing|"
                 r"mendarat\s+darurat|pendaratan\s+darurat|tergelincir|skidded|meledak|ledakan|kebakaran|terbakar|kecelakaan|tewas|meninggal(?:\s+dunia)?|explosion|exploded|blast|"
                 r"caught\s+fire|fire\s+broke\s+out|" + _NOT_A_MARKET + r"(?:collapsed|ambruk|runtuh)|accident|killed|died|"
                 # a dam, a wall or a slope giving way ("jebolan" is a graduate)
                 r"gave\s+way|jebol|ambrol|longsor|"
                 # a natural disaster striking: "gempa bermagnitudo 7,2 mengguncang", "Gempa terjadi pada", "a quake struck"
                 r"gempa(?:\s+bumi)?\s+(?:[\w,.]+\s+){0,3}?(?:terjadi|mengguncang|melanda)|"
                 r"(?:banjir(?:\s+bandang)?|tsunami)\s+(?:[\w,.]+\s+){0,3}?(?:terjadi|melanda|merendam|menerjang|menghantam)|"
                 r"(?:earthquake|quake|tremor|tsunami|flash\s+floods?|floods?)\s+(?:[\w.,-]+\s+){0,4}?(?:struck|hit|jolted|rocked|shook|swept|"
                 r"inundated|submerged)|"
                 # a drowning is a death like any other; "tenggelam" stays out: it is as often a ship sinking or a figure of speech
                 r"drowned", False),
    ("closure", r"(?:menghentikan|dihentikannya)\s+(?:seluruh\s+)?(?:operasional|operasi|kegiatan\s+usaha)|berhenti\s+beroperasi|"
                # a company's own services stopped: "menghentikan seluruh layanannya", "halted its services in three cities"
                r"menghentikan\s+(?:sementara\s+)?(?:semua\s+|seluruh\s+)?layanan" + _ITS_OWN + r"|"
                r"(?:halted|stopped|suspended|ceased|shut\s+down)\s+(?:all\s+)?(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?services?\b(?!\s+(?:to|for)\b)|"
                r"(?:ceased|stopped|halted|suspended|shut\s+down|wound\s+down)\s+(?:its\s+|all\s+)?(?:business\s+)?operations|(?:closed|closes|shut|shuts|menutup|ditutup|penutupan|closure\s+of)\s+(?:(?:down|its|the|\d+|[\w-]+)\s+){0,3}?(?:branch(?:es)?|stores?|outlets?|offices?|"
                r"plants?|factories|cabang|gerai|toko|kantor|pabrik|layanan|service|"
                # a place closed to the public: "menutup semua lokasi wisata", "closed the park to visitors", "closure of the site"
                r"(?:lokasi\s+)?wisata|objek\s+wisata|kawasan|jalur|akses|taman|tourist\s+sites?|sites?|parks?|trails?|routes?|"
                r"mal|malls?|gedung|bandara|pelabuhan|sekolah|pasar|museum|airports?|ports?|schools?|markets?)\b|"
                r"(?:closed|closes|shut)\s+(?:[\w'’-]+\s+){0,7}?to\s+(?:visitors|tourists|the\s+public|climbers|traffic)|"
                # production given up, for a while or for good: "decided to stop production", "announced a halt to
                # production", "stopped making the phone", "mengakhiri produksi", "berhenti memproduksi"
                r"(?:halted|stopped|suspended|halts|stops|halt|stop|ceased|ceases|cease|discontinu(?:ed|es|e|ing)|ended|ends)\s+"
                r"(?:all\s+|the\s+|its\s+)?production\b|(?:halt|stop|end)\s+to\s+(?:all\s+|its\s+)?production\b|"
                r"(?:stopped|stops|ceased)\s+(?:making|producing|manufacturing)\b|(?:menyetop|mengakhiri)\s+(?:\w+\s+)?produksi|"
                r"berhenti\s+(?:memproduksi|berproduksi)|"
                # the premises as the subject: "since the mill shut on June 1", "the plant was closed"
                r"(?:mill|factory|plant|smelter|refinery|mine|store|shop|outlet|hotel|hospital|airport|terminal|branch)(?:es|s)?\s+"
                r"(?:was\s+|were\s+|had\s+(?:been\s+)?|has\s+(?:been\s+)?)?(?:shut|closed)(?:\s+down)?(?!\s+(?:higher|lower|up|at|flat)\b)|"
                # a business line given up: "is discontinuing its smart retail division", "menutup unit bisnis X"
                r"(?:discontinu(?:ed|es|ing)|shut(?:ting)?\s+down|closed|closing|menutup|membubarkan|dibubarkan|ditutup)\s+"
                r"(?:(?:its|the|their|[\w-]+)\s+){0,5}?(?:divisions?|business\s+units?|units?|divisi|unit\s+(?:bisnis|usaha)|lini\s+bisnis)\b|"
                # a service closed for good: "X resmi ditutup", "resmi menutup X" (not a market's "ditutup menguat")
                r"resmi\s+(?:ditutup|tutup|menutup|berhenti\s+beroperasi)|ditutup\s+(?:secara\s+)?(?:permanen|total)|"
                r"(?:menghentikan|menghentikan\s+sementara|dihentikan)\s+(?:seluruh\s+|semua\s+)?(?:kegiatan\s+)?produksi", False),
    ("recall", r"recall(?:ed|s|ing)?\b|(?:penarikan|menarik|ditarik)\s+(?:kembali\s+)?(?:\w+\s+){0,3}?(?:produk|bets|batch)|"
               r"ditarik\s+dari\s+(?:peredaran|pasaran)|(?:menarik|penarikan)\s+(?:\w+\s+){0,4}?dari\s+(?:peredaran|pasaran)|"
               r"withdr(?:ew|awn|aws?|awal\s+of)\s+(?:[\w-]+\s+){0,6}?(?:from|in)\s+(?:the\s+)?(?:market|circulation|shelves)|"
               r"pull(?:ed|s)?\s+(?:\w+\s+){0,5}?(?:from|off)\s+(?:the\s+)?(?:shelves|sale|market)|to\s+pull\s+(?:\w+\s+){0,4}?batch(?:es)?", False),
    # a payment due and not made
    # "missed a $21.6 million repayment", "missed its second coupon"
    ("default", r"defaulted\s+on|gagal\s+(?:bayar|membayar)|(?:stopped|stops|ceased)\s+(?:paying|repaying)|"
                r"(?:berhenti|tidak\s+lagi)\s+membayar|missed\s+(?:a|an|its|the)\s+(?:[\w$.,-]+\s+){0,3}?(?:(?:re)?payments?|coupons?|instal+ments?)\b|"
                r"tidak\s+(?:mampu\s+)?membayar\s+(?:kupon|bunga|pokok|cicilan)", False),
    # what was stopped starts again: trading, production, flights, a service
    ("resumption", r"fired\s+up\s+again|(?:resumed|resumes|restarted|restored)\s+(?:its\s+|all\s+|normal\s+|limited\s+|full\s+|the\s+)?(?:[\w-]+\s+)?"
                   r"(?:trading|operations|production|services?|flights|withdrawals|deliveries|sales)|(?<!\bthe\s)reopened|"
                   r"(?:kembali|dapat\s+kembali)\s+(?:beroperasi|dibuka|membuka|melayani|berproduksi|diperdagangkan|normal)|"
                   r"(?:beroperasi|dibuka|diperdagangkan|berproduksi)\s+kembali|"
                   # a service back: "went back online", "kembali mengudara", "relaunched"
                   r"(?:went|came|is|was|were)\s+back\s+online|kembali\s+(?:online|daring|mengudara|aktif\s+melayani)|relaunch(?:ed|es)|"
                   r"(?:melanjutkan|memulihkan)\s+(?:kembali\s+)?(?:operasional|operasi|produksi|layanan|penerbangan|perdagangan)", False),
    ("outage", r"stranded|telantar|terlantar|pemadaman(?:\s+listrik)?|gangguan\s+(?:layanan|listrik|sistem|akses)|outage|blackout|went\s+down|"
               # a service taken or gone offline: "the app went offline", "tidak dapat diakses"
               r"(?:went|gone|goes|go|was\s+taken|were\s+taken)\s+offline|(?:tidak|tak)\s+(?:dapat|bisa)\s+diakses|"
               r"disabled\s+(?:its\s+|the\s+|all\s+)?(?:[\w-]+\s+){0,4}?(?:apps?|applications|services|platforms?|websites?)", False),
]


# The rows compiled, and the trigger patterns below, on first use: compiling them took ~0.12 s at import, which
# a process that only answers from the store (it reads ``family``) never needs.
@cache
def triggers() -> list[tuple[str, re.Pattern[str], bool]]:
    """The rows of ``_T`` compiled: (type, pattern, need)."""
    return [(t, re.compile(r"(?<![\w-])(?:" + rx + r")(?![\w-])", re.I if t != "layoffs" else 0), need)
            for t, rx, need in _T]


@cache
def _with_nya() -> list[re.Pattern[str] | None]:
    """For each row, its words with "-nya": an Indonesian verb may carry the enclitic ("mengumumkannya",
    "membekukannya"); a noun with it is spoken of, not told ("alasan kepergiannya", "kerja samanya"), and
    "memberhentikannya" is one person let go."""
    return [re.compile(r"(?<![\w-])(?:" + rx + r")nya(?![\w-])", re.I) if t != "layoffs" else None for t, rx, _need in _T]


_VERB_NYA = re.compile(r"(?<![\w-])(?:me|di)\w+nya$", re.I)


@cache
def _any_trigger() -> re.Pattern[str]:
    """Any trigger at all, case aside (a superset of every row's matches and of _LAYOFF_I's): most sentences
    have none, and one scan tells so instead of one per row."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{rx})" for _t, rx, _n in _T) + r")(?:nya)?(?![\w-])", re.I)


def names_a_happening(text: str) -> bool:
    """Whether a capitalised phrase is only the name of a kind of happening ("Pemutusan Hubungan Kerja",
    "Initial Public Offering"), not of a person or an organisation."""
    return _trigger_finder().fullmatch(text.strip())


_LAYOFF_I = Opened(re.compile(r"(?<![\w-])(?:pemutusan\s+hubungan\s+kerja|laid\s+off|lays\s+off|layoffs?|job\s+cuts)(?![\w-])", re.I))
# a happening's noun after these names one spoken of, not told: "after the acquisition", "fined ... about its
# acquisition", "denda terkait akuisisi"
_REFERENCE_BEFORE = re.compile(r"(?:setelah|sesudah|sejak|sebelum|usai|after|since|before|following|about|over|regarding|"
                               r"concerning|terkait|tentang|mengenai|soal|atas)\s+(?:the\s+|its\s+|their\s+|a\s+)?$", re.I)
_REFERENCE_AFTER = re.compile(r"^\s+(?:tersebut|itu|ini)\b", re.I)
# a happening spoken of as known news ("look into the layoffs", "merespons kabar PHK", "isu PHK massal"): no new one
_SPOKEN_OF = re.compile(r"\b(?:the|kabar|isu|rumor|rumou?rs\s+of|reports?\s+of|news\s+of|soal|terkait|mengenai|tentang)\s+"
                        r"(?:(?:mass|recent|latest|massal|planned)\s+)?(?:pemutusan\s+hubungan\s+kerja\s*\(\s*)?$", re.I)
_NOUN_LAYOFF = re.compile(r"PHK|pemutusan\s+hubungan\s+kerja|layoffs?|job\s+cuts", re.I)
# things a platform switches off, which leave no post ("akun", "rekening", "accounts")
_THINGS = r"akun(?:-akun)?|rekening|layanan|fitur|aplikasi|situs|kartu|nomor|accounts?|services?|features?|websites?|cards?"
_NOT_STAFF = re.compile(r"\b(?:pelanggan|pengguna|klien|konsumen|pembeli|penumpang|customers?|users?|clients?|shoppers?|"
                        r"subscribers?|buyers?|" + _THINGS + r")\s+(?:yang|who|that|which)\s+(?:\w+\s+)?$", re.I)
# ... nor is a thing switched off or suspended ("menonaktifkan 1.300 akun", "suspended two accounts")
_THING_AFTER = re.compile(r"\s+(?:sementara\s+)?(?:(?:\d[\d.,]*|ribuan|ratusan|puluhan|two|three|several|some)\s+)?"
                          r"(?:" + _THINGS + r")\b", re.I)


_DURATION = re.compile(r"\b(?:\d+|se|satu|dua|tiga|empat|lima|enam|beberapa|baru|a\s+few|few|several|two|three|four|five|six)\s*"
                       r"(?:hari|minggu|pekan|bulan|tahun|days?|weeks?|months?|years?)\s+(?:(?:sejak|setelah|since|after)\s+)?$", re.I)
_STAKE = re.compile(r"\b(?:saham|stake)\b", re.I)


_MONEY_NEEDED = {"revenue", "valuation"}


@dataclass(frozen=True)
class _Context:
    """What a trigger's acceptance depends on besides its own words."""

    sentence: str
    has_amount: bool
    has_date: bool
    has_money: bool
    date_starts: tuple[int, ...] = ()


def _needs_met(etype: str, need: bool, a: int, c: _Context) -> bool:
    """Nouns that are often mere references ("investasi", "acquisition") need a figure or a date and
    no "after/since" before them; revenue and valuation need money."""
    if need and not (c.has_amount or c.has_date):
        return False
    if etype in _MONEY_NEEDED and not c.has_money:
        return False
    return not (need and _REFERENCE_BEFORE.search(c.sentence[:a]) and not _dated_here(a, c))


def _dated_here(a: int, c: _Context) -> bool:
    """A date right after the noun, in its clause ("after a cyberattack last week"): the happening it names
    has a date of its own."""
    end = min((x for x in (c.sentence.find(",", a), c.sentence.find(";", a)) if x >= 0), default=len(c.sentence))
    return any(a < x < min(end, a + 40) for x in c.date_starts)


def _staff_move(etype: str, a: int, b: int, sentence: str) -> bool:
    """False for "pelanggan yang meninggalkan platform" (customers, not staff), "menonaktifkan 1.300 akun" and "akun
    yang dinonaktifkan" (accounts switched off, no one's post) and "baru dua bulan bergabung" (how long someone has
    been there, not a hiring)."""
    if etype in ("hiring", "departure") and _NOT_STAFF.search(sentence[max(0, a - 40):a]):
        return False
    if etype == "departure" and _THING_AFTER.match(sentence, b):
        return False
    return not (etype == "hiring" and _DURATION.search(sentence[max(0, a - 30):a]))


# a trigger that opens with an Indonesian verb and ends on its object ("membantah seluruh tuduhan"): a
# following "tersebut" points back at the object, not at an earlier event
_VERB_PHRASE = re.compile(r"(?:me|di|ber)\w+\s+\S", re.I)


def _spoken_of(etype: str, need: bool, a: int, b: int, sentence: str) -> bool:
    """The noun of a happening that the sentence speaks of as news known already; as the sentence's subject
    ("The layoffs come after talks stalled last month") it is what the sentence tells."""
    noun = need or (etype == "layoffs" and _NOUN_LAYOFF.fullmatch(sentence[a:b]) is not None)
    m = _SPOKEN_OF.search(sentence[:a]) if noun else None
    return m is not None and bool(sentence[:m.start()].strip())


# a departure someone calls for has not happened: "mendesak CEO X untuk mengundurkan diri", "calling for his resignation"
_CALLED_FOR = re.compile(r"\b(?:mendesak|meminta|menuntut|desakan|tuntutan|menyerukan|called\s+(?:on|for)|calls?\s+(?:on|for)|"
                         r"calling\s+(?:on|for)|urged?|urging|demand(?:ed|ing|s)?|pressed|pressing)\b[^.;]{0,60}$", re.I)


def _accepted(etype: str, need: bool, a: int, b: int, c: _Context) -> bool:
    back = _REFERENCE_AFTER.match(c.sentence[b:]) and not _VERB_PHRASE.match(c.sentence[a:b])
    return _needs_met(etype, need, a, c) and not back and _staff_move(etype, a, b, c.sentence) \
        and not _spoken_of(etype, need, a, b, c.sentence) and not _listed_as_a_state(a, b, c.sentence)


def _listed_as_a_state(a: int, b: int, sentence: str) -> bool:
    """"companies listed on the exchange" tells what they are; "Kopitara listed in Jakarta" what it did."""
    return sentence[a:b].lower() == "listed" and not _NAME_BEFORE.search(sentence, max(0, a - 60), a)


_NAME_BEFORE = re.compile(r"\b[A-Z][\w&'’-]*\s+$")


@cache
def _trigger_finder() -> Starts:
    return Starts(_any_trigger().pattern, _any_trigger().flags)


@lru_cache(maxsize=64)
def _trigger_starts(sentence: str) -> tuple[int, ...]:
    """Where any trigger starts (a sentence is read more than once: for its events, then its reference
    clauses)."""
    return tuple(_trigger_finder().of(sentence))


def _row_matches(rx: re.Pattern[str], sentence: str, starts: tuple[int, ...]) -> list[re.Match[str]]:
    """``rx.finditer(sentence)``; a row read with ``_any_trigger()``'s flags matches only where it does
    (``starts``), so it is tried only there."""
    if rx.flags != _any_trigger().flags:
        return list(rx.finditer(sentence))
    return matches_from(rx, sentence, starts)


def _matches(rx: re.Pattern[str], nya: re.Pattern[str] | None, sentence: str, starts: tuple[int, ...]) -> list[re.Match[str]]:
    """A row's matches, and its verbs written with "-nya"."""
    found = _row_matches(rx, sentence, starts)
    if nya is not None and "nya" in sentence:
        found += [m for m in _row_matches(nya, sentence, starts) if _VERB_NYA.search(m.group(0))]
    return found


def find_triggers(sentence: str, has_amount: bool, has_date: bool, blocked: list[tuple[int, int]],
                  has_money: bool = False, date_starts: tuple[int, ...] = ()) -> list[tuple[str, int, int]]:
    """(type, start, end) of event triggers, skipping references to earlier events and quoted speech.
    The first row of ``triggers()`` to match a span wins it."""
    out: list[tuple[str, int, int]] = []
    starts = _trigger_starts(sentence)
    if not starts:
        return out
    c = _Context(sentence, has_amount, has_date, has_money, date_starts)
    _add_table_triggers(out, blocked, c, starts)
    _add_layoff_triggers(out, blocked, sentence)
    out.sort(key=lambda t: t[1])
    return _without_venues(out, sentence)


# "ditunjuk dalam Rapat Umum Pemegang Saham Luar Biasa (RUPSLB), Rabu (22/1)", "appointed at the annual meeting on
# Friday": a meeting named as where an act told before it was done is no happening of its own
_VENUE_BEFORE = re.compile(r"\b(?:dalam|pada|di|saat|ketika|melalui|in|at|during|through)\s+(?:the\s+|an?\s+)?"
                           r"(?:[\w()-]+\s+){0,7}\(?$", re.I)


def _without_venues(found: list[tuple[str, int, int]], sentence: str) -> list[tuple[str, int, int]]:
    return [t for k, t in enumerate(found) if not (
        k and t[0] == "hearing" and found[k - 1][0] != "hearing" and _VENUE_BEFORE.search(sentence[found[k - 1][2]:t[1]])
        and not re.search(r"[,;]", sentence[found[k - 1][2]:t[1]]))]


def _free(out: list[tuple[str, int, int]], blocked: list[tuple[int, int]], a: int, b: int) -> bool:
    """Not inside a blocked span (quoted speech) and overlapping no trigger found so far."""
    return not any(x <= a < y for x, y in blocked) and not any(a < y and x < b for _t, x, y in out)


def _add_table_triggers(out: list[tuple[str, int, int]], blocked: list[tuple[int, int]], c: _Context,
                        starts: tuple[int, ...]) -> None:
    """The rows of ``triggers()`` in order, each taking the free spans it accepts; only the rows that open with one
    of the texts at the trigger starts are tried (``_rows_opened``): the others have no match."""
    sentence = c.sentence
    rows, nyas = triggers(), _with_nya()
    for row in _rows_opened(sentence, starts):
        (etype, rx, need), nya = rows[row], nyas[row]
        for m in _matches(rx, nya, sentence, starts):
            a, b = m.span()
            if _free(out, blocked, a, b) and _accepted(etype, need, a, b, c):
                out.append((_kind_told(etype, a, b, sentence), a, b))


@cache
def _row_keys() -> list[frozenset[str] | None]:
    """For each row of ``triggers()``, the lower-cased texts of up to ``KEY_DEPTH`` characters one of which opens
    each of its matches (and those of its "-nya" form, which open alike); None when that is not known."""
    return [opening_keys(rx) for _t, rx, _need in triggers()]


@cache
def _rows_by_key() -> dict[str, tuple[int, ...]]:
    """For each key of ``_row_keys()``, the rows (by index) that list it: a sentence's few opening texts are looked
    up here, where testing each of the ~50 rows' keys cost more than the rows then tried."""
    rows: dict[str, list[int]] = {}
    for row, keys in enumerate(_row_keys()):
        for key in keys or ():
            rows.setdefault(key, []).append(row)
    return {key: tuple(found) for key, found in rows.items()}


@cache
def _unkeyed_rows() -> tuple[int, ...]:
    """The rows whose keys are not known: tried on every sentence with a trigger start."""
    return tuple(row for row, keys in enumerate(_row_keys()) if keys is None)


def _rows_opened(sentence: str, starts: tuple[int, ...]) -> list[int]:
    """The rows (by index, in order) one of whose keys is among the texts at the trigger starts (``_opened``), and
    those whose keys are not known; every row when ``_opened`` reads nothing (a text not ASCII)."""
    opened = _opened(sentence, starts)
    if opened is None:
        return list(range(len(triggers())))
    by_key = _rows_by_key()
    return sorted({*_unkeyed_rows(), *(row for text in opened for row in by_key.get(text, ()))})


def _opened(sentence: str, starts: tuple[int, ...]) -> frozenset[str] | None:
    """The texts of one to ``KEY_DEPTH`` characters at the trigger starts, lower-cased; None when one of them is not
    ASCII (a character that matches an ASCII letter case-blind: "\u212a", "\u0131"). Texts as long as the rows'
    keys tell the Indonesian verbs apart: at three characters, "men" and "mem" let most rows through."""
    heads = [sentence[at:at + KEY_DEPTH] for at in starts]
    if not all(head.isascii() for head in heads):
        return None
    return frozenset(head[:n].lower() for head in heads for n in range(1, KEY_DEPTH + 1))


def _kind_told(etype: str, a: int, b: int, sentence: str) -> str:
    """An acquisition of shares is an investment; a departure called for is a happening of no kind (the call)."""
    if etype == "acquisition" and _STAKE.search(sentence[b: b + 40]):
        return "investment"
    if etype == "departure" and _CALLED_FOR.search(sentence[max(0, a - 80):a]):
        return "other"
    return etype


def _add_layoff_triggers(out: list[tuple[str, int, int]], blocked: list[tuple[int, int]], sentence: str) -> None:
    for m in _LAYOFF_I.finditer(sentence):  # "Layoffs" and "job cuts" in any case
        a, b = m.span()
        if _free(out, blocked, a, b) and not _REFERENCE_AFTER.match(sentence[b:]) and not _spoken_of("layoffs", False, a, b, sentence):
            out.append(("layoffs", a, b))


# nouns that name an earlier event in a reference clause ("days after her appointment", "sejak pemogokan itu")
ANCHOR_WORDS = {
    "appointment": "hiring", "bergabung": "hiring", "joining": "hiring", "arrival": "hiring", "penunjukan": "hiring", "pengangkatan": "hiring", "hiring": "hiring",
    "resignation": "departure", "departure": "departure", "pengunduran": "departure", "kepergian": "departure",
    "approval": "approval", "persetujuan": "approval", "restu": "approval",
    "merger": "acquisition", "penggabungan": "acquisition", "takeover": "acquisition", "pembelian": "acquisition", "purchase": "acquisition",
    "strike": "protest", "mogok": "protest", "pemogokan": "protest", "protest": "protest", "demo": "protest",
    "outage": "outage", "pemadaman": "outage", "gangguan": "outage", "blackout": "outage",
    "arrest": "arrest", "penangkapan": "arrest", "penahanan": "arrest",
    "hearing": "hearing", "sidang": "hearing", "ruling": "ruling", "putusan": "ruling", "vonis": "ruling",
    "announcement": "announcement", "pengumuman": "announcement", "breach": "breach", "kebocoran": "breach",
    "opening": "opening", "peresmian": "opening", "ban": "ban", "larangan": "ban", "pemblokiran": "ban",
    "investigation": "investigation", "probe": "investigation", "penyelidikan": "investigation", "penyidikan": "investigation",
    "lawsuit": "lawsuit", "gugatan": "lawsuit", "suit": "lawsuit",
    "investasi": "investment", "investment": "investment", "akuisisi": "acquisition", "acquisition": "acquisition",
    "kesepakatan": "investment", "deal": "acquisition", "peluncuran": "launch", "launch": "launch",
    "phk": "layoffs", "layoffs": "layoffs", "pendanaan": "funding", "funding": "funding",
    # the happenings news most often dates others from
    "raid": "investigation", "penggeledahan": "investigation", "penggerebekan": "investigation",
    "listing": "funding", "ipo": "funding", "debut": "funding", "pencatatan": "funding",
    "fine": "fine", "penalty": "fine", "denda": "fine", "sanksi": "fine",
    "recall": "recall", "penarikan": "recall",
    "verdict": "ruling", "sentencing": "ruling", "charges": "charge", "indictment": "indictment",
    "dakwaan": "indictment",
    "detention": "arrest", "closure": "closure", "penutupan": "closure", "shutdown": "closure",
    # a death, a fire or a crash, which the days after it are counted from
    "death": "accident", "kematian": "accident", "accident": "accident", "kecelakaan": "accident", "crash": "accident",
    "fire": "accident", "kebakaran": "accident", "explosion": "accident", "ledakan": "accident", "blast": "accident",
    "collapse": "accident", "incident": "accident", "insiden": "accident", "tragedy": "accident", "tragedi": "accident",
}


# One happening told from either side: "Meta invested in Scale AI" / "Scale AI raised money from Meta"
# / "Meta's acquisition of a stake in Scale AI".
FAMILY = {"acquisition": "investment", "funding": "investment"}


def family(event_type: str) -> str:
    """The kind of happening an event type tells, whichever side the sentence takes."""
    return FAMILY.get(event_type, event_type)



# An act reported as done without a date of its own: the present perfect ("has installed", "have
# asked") or "telah/sudah" + an active or passive verb ("telah mengganti", "sudah dibayarkan"; "telah
# beredar", "telah berkomitmen" are states). Verbs
# of saying, of being and of lasting states are not acts ("has said", "has been", "telah menjadi").
_PERFECT_EN = re.compile(r"\b(?:has|have)\s+(?:also\s+|already\s+|now\s+|just\s+|since\s+|recently\s+)?(?P<verb>[a-z]+)\b")
_PERFECT_ID = re.compile(r"\b(?:telah|sudah)\s+(?:juga\s+|pun\s+)?(?P<verb>(?:me|di)[a-z]{3,})\b", re.I)
_HABIT = Opened(re.compile(r"\b(?:since|sejak|selama|for\s+(?:years|decades|months))\b", re.I))  # a habit or a state, not one act
EN_PARTICIPLES = {"paid", "sent", "sold", "begun", "taken", "given", "made", "brought", "won", "cut", "built", "held", "met",
                   "shut", "struck", "written", "bought", "set", "put", "spent", "lost", "hired", "fired", "withdrawn", "frozen",
                   "stolen", "broken", "drawn", "chosen", "sought", "left", "quit"}
_NOT_ACTS = {
    # being, lasting states, changes of a level, saying and trying
    "been", "had", "become", "grown", "remained", "served", "worked", "operated", "lived", "faced", "struggled", "seen",
    "declined", "refused", "said", "told", "stated", "claimed", "argued", "insisted", "maintained", "called", "urged",
    "warned", "expected", "hoped", "wanted", "needed", "tried", "continued", "used", "attracted", "drawn", "raised",
    "sought", "enjoyed", "suffered", "owned", "employed", "emerged", "risen", "fallen", "increased", "decreased",
    "doubled", "dropped", "expanded", "lost", "insured",
    "menjadi", "memiliki", "mempunyai", "berada", "berusia", "bekerja", "menjabat", "beroperasi", "berdiri", "mengatakan",
    "menyatakan", "menyebutkan", "menyampaikan", "mengungkapkan", "menjelaskan", "menegaskan", "berharap",
    "berlangsung", "berjalan", "mencapai", "melebihi", "menurun", "meningkat", "bertambah", "berkurang", "mengalami",
    "menghadapi", "melayani", "mempekerjakan", "menguasai", "dikenal", "diketahui", "dianggap", "disebut", "berupaya",
    "berusaha", "mencoba", "menunggu", "mendengar", "membaca", "melihat", "memimpin", "led", "managed",
}


def completed_act(text: str) -> tuple[int, int] | None:
    """The span of the first verb of an act the sentence reports as done, if any (see above)."""
    if _HABIT.search(text):
        return None
    for rx in (_PERFECT_EN, _PERFECT_ID):
        for m in rx.finditer(text):
            verb = m.group("verb").lower()
            if verb in _NOT_ACTS:
                continue
            if rx is _PERFECT_EN and not (verb.endswith("ed") or verb in EN_PARTICIPLES):
                continue
            return m.start(), m.end()
    return None
