"""Word lists shared by the extraction modules (Indonesian and English).

General resources only: function words, months, titles, org suffixes, a small gazetteer of well-known
media, big tech companies, products and places, and common first names.  Nothing here is keyed to the
names in any particular article.
"""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in text.split() if w.strip())


MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "januari january jan",
        "februari february feb pebruari",
        "maret march mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "agustus august aug agu",
        "september sept sep",
        "oktober october oct okt",
        "november nov",
        "desember december dec des",
    ],
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _i

DAYS: dict[str, int] = {}
for _i, _names in enumerate(
    ["senin monday", "selasa tuesday", "rabu wednesday", "kamis thursday", "jumat jum'at friday",
     "sabtu saturday", "minggu ahad sunday"]
):
    for _n in _names.split():
        DAYS[_n] = _i

# Capitalised words that are never entities on their own (function words, pronouns, sentence openers,
# generic nouns that start headings and captions).
STOPWORDS = _set(
    """
    former mantan namun menurut musim sementara selain dilansir foto tapi tetapi meski meskipun dengan dan atau yang
    di ke dari pada dalam untuk oleh bagi tentang terhadap sejak hingga sampai setelah sebelum ketika
    saat kini kemudian lalu juga bahkan hanya tak tidak bukan belum sudah telah akan masih pun ini itu
    tersebut para sang si beberapa banyak sebagian seluruh semua setiap salah satu dua tiga kedua
    mereka kami kita saya aku anda ia dia beliau nya baca membaca gambar sumber iklan komentar bagikan
    ikuti diterbitkan redaksi tags tag artikel berita update yuk gabung seperti sebagai secara baik
    maupun apalagi sayangnya awalnya dulunya perlahan alih langkah keputusan situasi kekhawatiran
    melalui bagaimana mengapa apa siapa kapan dimana agar supaya jika kalau bila walau walaupun
    adapun sedangkan padahal karena sebab maka sehingga serta lainnya lain pula demikian begitu
    kemarin besok hari bulan tahun pekan tanggal pukul wib wita wit gmt utc
    tersangka terdakwa terpidana
    terbaru teranyar terakhir sebelumnya selanjutnya berikutnya akhirnya terlebih sebaliknya intinya
    sebagaimana pertama ketiga keempat kelima
    ir drs dra m.sc m.si m.h s.h s.e m.m m.t s.t ph.d m.a m.b.a m.kom s.kom s.sos
    earlier later previously separately additionally latest finally instead should could would must shall might
    furthermore moreover therefore thus hence nevertheless nonetheless whereas besides consequently accordingly
    notably otherwise similarly likewise specifically overall ultimately initially currently recently
    pasalnya kendati akibatnya alhasil misalnya contohnya umumnya biasanya rupanya ternyata lantaran untungnya
    karenanya jadi diketahui dikatakan disebutkan dilaporkan dijelaskan ditambahkan diberitakan
    the a an and or but if of in on at to for from by with as into about after before since until
    while when where what who whom whose which why how this that these those there here it its he she
    they we you i his her their our your my me him them us also only even still yet so then than
    however meanwhile although though because despite according read share follow photo image source
    click subscribe advertisement sponsored related tags comments comment email print copy link
    today yesterday tomorrow week month year years last next new mr mrs ms dr prof professor sir pak bapak bu tuan nyonya sdr saudara saudari kh hj kiai kyai ustaz ustadz
    kombes akbp akp kompol iptu ipda aiptu aipda bripka brigpol briptu bripda brigjen irjen komjen pol
    mayjen letjen laksda marsda kolonel letkol purn purnawirawan sr comr insp gen brig adj supt sgt capt cmdr col lt maj
    kapten sersan kopral nakhoda
    series seri round billion million percent chief officer executive one two three four five six
    seven eight nine ten first second third
    """
) | frozenset(MONTHS) | frozenset(DAYS)

# Acronyms and words that are capitalised but generic.
GENERIC = _set(
    """
    ai ml llm llms gpu gpus api apis ipo phk ceo cfo cto coo cmo cio cpo svp evp vp hr pr it ui ux
    rups rupslb rupst agm egm rdp ebitda qris thr dpo board
    bbm lpg lng apbn apbd pdb gdp ppn pph ktp npwp ojol
    vip saas b2b b2c usd idr eur sgd chf gbp jpy cny rp inr us$ rupiah rupee rupees crore lakh rupiahs ringgit baht inc inc. ltd ltd. corp corp. co co. llc tbk pt plc umkm ukm bumn peraturan
    genai startup startups internet web online digital data cloud robot robots app apps persero perseroda perum
    sdm asn pns nik stnk tkp bap spdp sprindik sop kpr kur ump umk umr pnbp tkdn ppkm lsm ormas
    mou loi nda esg gmv arr kyc nft iot evs
    terlapor pelapor tergugat penggugat termohon pemohon suv mpv
    kantor gedung pendopo
    gps cctv atm sms pdf usb wifi dna pcr icu
    """
)

TITLE_WORDS = _set(
    """
    ceo cfo cto coo cmo cio cpo svp evp vp chief officer executive president vice senior director
    head founder co-founder cofounder spokesperson spokesman spokeswoman chairman chairwoman chair
    manager juru bicara jubir pendiri kepala direktur presiden wakil ketua interim managing general
    menteri minister governor gubernur mayor senator speaker analis analyst lawyer attorney pengacara notaris notary
    kapolri kapolda wakapolda kapolres kapolresta kapolrestabes kapolsek kabid kadiv kasat kasatreskrim kasubdit humas
    kanit dirreskrimsus dirreskrimum kajati kajari kapuspenkum jampidsus jampidum bos boss kabiro
    dirlantas dirresnarkoba dirpolairud dirbinmas dirsamapta dirintelkam kasatlantas kasatresnarkoba kasi kabag
    dirtipideksus dirtipidum dirtipidsiber dirtipidnarkoba dirtipidkor dirtipidter dirtipidpppa md
    staf ahli koordinator coordinator sekretaris bendahara komisaris asisten penasihat adviser advisor
    dirut presdir wadirut dirjen sekjen wamen ketum rektor rector
    bupati regent walikota camat kades
    inspector commissioner brigadier superintendent marsekal laksamana letnan
    admiral rear colonel lieutenant captain sergeant corporal commodore commander marshal
    prosecutor prosecutors jaksa penuntut jpu
    negotiator negosiator
    """
)

# Tokens that, as the last word, make a capitalised name an organisation.
ORG_SUFFIX = _set(
    """
    inc inc. corp corp. corporation co co. ltd ltd. pte pte. bhd bhd. llc plc tbk ag sa gmbh group holdings holding
    labs lab ventures capital partners technologies technology tech robotics health healthcare data
    analytics logistics systems software bank ministry institute university foundation fund media
    networks wireless broadband international innovation innovations motors energy pharma pharmaceuticals studios studio games security solutions cloud
    semiconductor semiconductors air airlines airways telecom communications ai intelligence research
    insurance finance financial industries enterprises agency council commission association trading investments
    sekuritas securities materials mining minerals resources metals steel chemicals foods beverages
    retail properties realty construction shipping aviation utilities power petroleum oil gas nickel
    nikel tambang energi industri logistik teknologi farma makmur sejahtera persada perkasa sentosa abadi mandiri
    nusantara indonesia utama tbk festival fest expo summit advisory consulting consultants advisors advisers
    multifinance finansial leasing office department bureau secretariat centre center
    medika medical apotek pharmacy hotels resort resorts mart supermarket express transport cargo marine
    maritime lines railway railways payments investama properti property development konstruksi semen cement
    kimia chemical tekstil textile textiles garmen garment plantations perkebunan agro coal batubara electric
    pictures films records brewery catering hospitality asuransi syariah sharia fc internasional community
    """
)
# police, prosecutors, local governments and their bodies by short forms ("Polda Jatim", "Kejati Sulsel", "Pemprov DKI")
# detention centres and prisons: "Rutan Salemba", "Lapas Sukamiskin", "Rutan Polda Jambi" (a body's own centre)
_DETENTION_SHORT = "rutan lapas"
DETENTION_SHORT_FORMS = _set(_DETENTION_SHORT)
_PUBLIC_SHORT = ("polda mapolda polres mapolres polresta polrestabes polsek polri kejati kejari kejagung pemprov pemkab pemkot "
                 "dinkes disnaker dishub diskominfo disperindag "
                 # a region's utility, disaster agency, council and election bodies ("PDAM Jember", "BPBD Garut")
                 "pdam bpbd dprd kpu kpud bawaslu bappeda " + _DETENTION_SHORT)
PUBLIC_SHORT_FORMS = _set(_PUBLIC_SHORT)
# short forms of national bodies, which no place name follows (unlike "Polda Metro Jaya", "Kejati Jawa Timur")
# (the financial intelligence, narcotics, disaster, search-and-rescue and weather agencies, the witness protection
# agency, the police commission, the state auditor's development arm, the child protection commission)
NATIONAL_SHORT_FORMS = _set("kejagung polri bareskrim kpk ojk bpk ppatk bnn bnpb basarnas bmkg lpsk kompolnas bpkp kpai")
# words of public bodies' and their units' names that are no one's name ("Kepala Eksekutif Pengawas Pasar Modal,
# Keuangan Derivatif dan ...": the commas leave such runs behind)
# the words that open a unit's name, the institution it belongs to named last ("Biro Keuangan Untelbi")
UNIT_HEADS = frozenset({"biro", "bagian", "divisi", "unit", "seksi", "bidang", "departemen", "fakultas", "subbagian"})
OFFICE_VOCABULARY = frozenset("""
    keuangan pengawas pengawasan perasuransian penjaminan perdagangan perindustrian kesehatan pendidikan ketenagakerjaan
    pertanian perhubungan komunikasi informatika pemberantasan korupsi perlindungan konsumen persaingan pajak investasi
    keamanan pertahanan lingkungan kehutanan perikanan kelautan pariwisata statistik koperasi keselamatan transportasi
    perumahan perbankan pensiun literasi inklusi penyidikan penyelidikan penuntutan pidana perdata
    unit divisi bagian bidang departemen biro seksi subdirektorat pengelolaan pemurnian pengolahan
    imigrasi keimigrasian bea cukai syahbandar kesyahbandaran pertanahan
    """.split())
# national bodies, after which a post's holder may follow ("JPU Kejaksaan Agung X Y Z")
NATIONAL_BODIES = frozenset({"kejaksaan agung", "mahkamah agung", "mahkamah konstitusi", "komisi yudisial", "bank indonesia",
                             "kepolisian ri", "kepolisian indonesia", "kejaksaan tinggi", "kejaksaan negeri",
                             "otoritas jasa keuangan", "komisi pemberantasan korupsi", "badan pemeriksa keuangan",
                             "bursa efek indonesia", "lembaga penjamin simpanan", "badan pengawas obat dan makanan"})
# the last word of a public body's name that "and" may run inside ("Competition and Markets Authority",
# "Food and Drug Administration", "Department of Financial Protection and Innovation")
BODY_LAST_WORDS = _set("authority commission administration agency board bureau council committee department innovation ministry "
                       "exchange institute service services initiative association alliance union federation foundation society "
                       "organization organisation fund")
# the head of a body named after its head's post or its owner ("the Attorney General's Office", "the Prime
# Minister's Office"): candidates keep such a name whole, and ``roles.find_titles`` reads no post in it
OFFICE_HEADS = _set("office department bureau secretariat cabinet")
ORG_PREFIX = _set("pt ministry kementerian bank universitas university badan dinas departemen department perusda perumda "
                  "bumd pusat direktorat ditjen inspektorat sekretariat satpol " + _PUBLIC_SHORT)
# the fields a ministry's or a coordinating ministry's name lists ("Ministry of Higher Education, Science and
# Technology", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"): a closed class, in both languages
MINISTRY_FIELDS = _set(
    """
    pendidikan kebudayaan riset teknologi sains pemuda olahraga pariwisata ekonomi komunikasi informatika informasi
    digital desa pembangunan transmigrasi politik hukum keamanan hak kelautan perikanan lingkungan kehutanan agraria
    tata pekerjaan perumahan energi sumber perdagangan perindustrian pertanian kesehatan sosial ketenagakerjaan
    perhubungan keuangan investasi hilirisasi imigrasi pemasyarakatan perlindungan pemberdayaan koperasi usaha
    kependudukan pangan infrastruktur kewilayahan maritim perekonomian pemerintahan kebudayaan manusia
    education culture research technology science higher youth sports sport tourism creative economy economic
    communication communications information informatics villages village development disadvantaged regions
    transmigration political politics law legal security human marine maritime fisheries environment forestry
    agrarian spatial planning public works housing energy mineral resources trade industry agriculture health social
    manpower labour labor transportation transport finance investment downstreaming immigration corrections
    protection empowerment cooperatives small medium enterprises population family food infrastructure regional
    affairs coordination
    """
)
# the words that open a ministry's name ("Kementerian Keuangan", "Departemen Agama", "Ministry of Trade")
MINISTRY_HEADS = _set("kementerian kemenko departemen ministry")
# every word a ministry's name may hold after its head ("Kementerian Energi dan Sumber Daya Mineral", "Kementerian Dalam
# Negeri", "Ministry of Home Affairs"): its fields and the words that join them into a name
MINISTRY_NAME_WORDS = MINISTRY_FIELDS | _set(
    """
    daya mineral alam dalam luar negeri agama negara aparatur reformasi birokrasi pertahanan koordinator bidang tinggi
    dasar menengah kreatif perencanaan nasional asasi hidup perempuan anak sipil sekretariat badan usaha milik tertinggal
    daerah kelautan ruang pertanahan kesejahteraan rakyat hukum
    home foreign religious defence defense state-owned state owned national women children civil apparatus bureaucratic
    reform administrative secretariat living natural human rights of the
    """
)
# "X of Y" stays one name only after these heads.
OF_HEADS = _set(
    """
    ministry bank university department institute bureau office board council association school
    college museum federation commission agency government republic kingdom city state center centre authority
    directorate
    """
)
CORP_GENERIC = _set("inc inc. corp corp. corporation co co. ltd ltd. pte pte. sdn sdn. bhd bhd. llc plc tbk platforms holdings holding group company")

# what follows a person's name to tell a generation ("John Dimas III", "Martin Luther King Jr.")
GENERATION = frozenset({"Jr", "Sr", "II", "III", "IV"})

# (of two-word ones the last word: a name's run starts after "New" or "Sri", which read as common words)
DEMONYMS = _set(
    """
    indonesian american chinese singaporean french british japanese korean indian german european
    australian malaysian thai vietnamese filipino canadian dutch swiss israeli taiwanese norwegian swedish
    danish finnish spanish italian irish scottish welsh russian brazilian mexican saudi emirati turkish
    polish belgian austrian portuguese greek egyptian nigerian kenyan african asian
    serbian croatian bosnian slovenian bulgarian romanian hungarian czech slovak ukrainian belarusian lithuanian
    latvian estonian argentine argentinian chilean colombian peruvian venezuelan ecuadorian uruguayan pakistani
    bangladeshi nepali iranian iraqi syrian lebanese jordanian qatari kuwaiti moroccan algerian tunisian ethiopian
    ghanaian cameroonian senegalese cambodian burmese bruneian timorese mongolian kazakh
    zealander lankan
    """
)

# Common nouns that open sentences and quotes ("Model AI kami ...", "Platform ini ..."); a name made of one
# of these plus generic words, seen only at sentence starts, is not an entity.
COMMON_NOUNS = _set(
    """
    model sistem teknologi aplikasi layanan produk platform pasar industri sektor pemerintah perusahaan pihak
    tim proyek program kebijakan regulasi aturan harga biaya dana modal saham investor pengguna pelanggan
    market industry sector government company team project program policy price cost users customers
    product service system technology platform tools tool chip chips pinjol fintech startup emiten
    manajemen management direksi karyawan pegawai pekerja buruh nasabah konsumen
    """
)

# Words of the titles of documents, procedures and legal instruments, capitalised as titles are ("Laporan Hasil
# Pemeriksaan", "Surat Keputusan", "Debt Payment Obligations"): never a word of a person's name.
DOCUMENT_WORDS = _set(
    """
    laporan hasil pemeriksaan surat keputusan putusan perkara nomor peraturan perjanjian kontrak kewajiban
    pembayaran penundaan utang piutang rekomendasi
    report reports verdict ruling number regulation agreement contract obligation obligations payment payments
    debt suspension examination recommendation
    """
)

# Words that, anywhere in an unknown capitalised name, make it an organisation or a place rather than a person.
ORG_WORDS = _set(
    """
    otoritas jasa bursa efek sekuritas pengadilan negeri kementerian komisi badan dewan lembaga asosiasi yayasan
    koperasi mahkamah kejaksaan kepolisian tipikor partai universitas institut sekolah rumah sakit perusahaan grup
    pesantren ponpes madrasah pemerintah forum koalisi aliansi perkumpulan majelis
    court exchange securities commission committee authority agency parliament senate party university
    college hospital trust department ministry bureau federal reserve police
    school institute academy faculty fakultas akademi politeknik polytechnic
    federasi konfederasi serikat himpunan perhimpunan ikatan persatuan gabungan federation confederation association
    komunitas community jaringan network gerakan movement kelompok organisasi organization organisation coalition
    alliance union council foundation kongres congress parlemen assembly
    rapat musyawarah permusyawaratan muktamar
    """ + _PUBLIC_SHORT
)
# words that say what a firm or an institution is or does, in either language: a name holding one is no
# person's, wherever the word stands ("X Edible Oils", "Hotel X", "Kopitara Engineering"); a general class, each
# word a common noun or a legal form, none a given name or a surname
ORG_ONLY_WORDS = _set(
    """
    berhad sdn pte gmbh llc plc persero perum
    interactive engineering entertainment management refining refinery refineries distributors distribution
    seafood seafoods oils infrastructure infra marketing services supplies manufacturing manufacturers industrial
    electronics automotive apparel cosmetics packaging plastics contractors developers estates shipyard shipbuilding
    machinery equipment therapeutics diagnostics biotech productions esports gaming
    museum hotel hostel motel klinik clinic apotik kedutaan embassy consulate konsulat kantor restoran restaurant
    cafe kafe bakery pabrik factory warehouse gudang workshop bengkel dealer showroom
    """
)
# the head word of a body's name, standing alone ("the Ministry", "Head of the Employees' Association"): no name of
# its own (a region's short forms, "Polda", are names of the body there)
BODY_HEADS = ORG_WORDS - PUBLIC_SHORT_FORMS
# the units of Indonesian regional government, each written before its place's name ("Kabupaten Subang")
REGION_UNITS = frozenset({"provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan"})
PLACE_WORDS = _set(
    """
    kompleks gedung istana jalan kawasan bandara pelabuhan provinsi kabupaten kota kecamatan desa
    street avenue airport county province district valley regency island pulau teluk selat strait
    stadion stadium stasiun terminal bendungan pantai jembatan masjid gereja taman
    """
)
# a compass word beside a name makes a region: "Konawe Utara", "Jakarta Selatan", "Southeast Sulawesi"; so do
# up- and downstream ("Indragiri Hulu", "Rokan Hilir")
COMPASS_WORDS = _set(
    """
    utara selatan timur barat tengah tenggara barat-daya barat-laut timur-laut hulu hilir
    north south east west central northern southern eastern western southeast southwest northeast northwest
    """
)

# Nouns that, before or after a name, mark it as an organisation.
ORG_DESCRIPTORS = _set(
    """
    perusahaan startup rintisan pesaing vendor klien mitra distributor raksasa platform
    penyedia unit anak lab laboratorium firma bank company firm rival competitor client customer
    partner provider maker subsidiary operator developer lender pinjol fintech insurer retailer manufacturer
    supplier distributor group agency band grup promotor promoter maskapai airline carrier chain fund
    label club klub asosiasi association union serikat kelompok geng gang komplotan
    watchdog ngo lsm organisation organization organisasi charity foundation institute coalition koalisi alliance
    aliansi regulator
    """
)

MEDIA = {
    name.lower(): name
    for name in [
        "Reuters", "TechCrunch", "Bloomberg", "Forbes", "Business Insider", "Insider", "CNBC", "CNN",
        "BBC", "The Verge", "Wired", "The Information", "Financial Times", "Wall Street Journal",
        "New York Times", "The New York Times", "Washington Post", "The Guardian", "Associated Press",
        "AP", "AFP", "Axios", "Fortune", "Semafor", "Nikkei", "Nikkei Asia", "South China Morning Post",
        "Antara", "Kompas", "Kompas.com", "Tempo", "Detik", "detikcom", "Katadata", "Bisnis Indonesia",
        "Kontan", "CNBC Indonesia", "CNN Indonesia", "Tech in Asia", "DealStreetAsia", "The Jakarta Post",
        "Engadget", "Ars Technica", "VentureBeat", "Business Wire", "PR Newswire", "Yahoo Finance",
        "MarketWatch", "Barron's", "The Economist", "Inc.", "Fast Company", "Quartz", "Politico",
        "Al Jazeera", "Straits Times", "The Straits Times",
    ]
}

ORGS = {
    name.lower(): name
    for name in [
        "Google", "Alphabet", "Meta", "Facebook", "Microsoft", "Apple", "Amazon", "OpenAI", "Anthropic",
        "Nvidia", "xAI", "Tesla", "SpaceX", "IBM", "Intel", "AMD", "Samsung", "Alibaba", "Tencent",
        "ByteDance", "Baidu", "Huawei", "Xiaomi", "Oracle", "Salesforce", "Netflix", "Uber", "Grab",
        "Gojek", "GoTo", "Tokopedia", "Shopee", "Sea", "TikTok", "Bukalapak", "Traveloka", "Telkomsel",
        "Telkom", "Qualcomm", "Cisco", "Adobe", "Spotify", "Airbnb", "Stripe", "PayPal", "Visa",
        "Mastercard", "Sony", "DeepMind", "Mistral", "Cohere", "Perplexity", "Hugging Face",
        "Databricks", "Snowflake", "Palantir", "Accenture", "Deloitte", "McKinsey",
        "Temasek", "SoftBank", "Sequoia", "Andreessen Horowitz", "Y Combinator",
        # international bodies, in both languages
        "European Union", "Uni Eropa", "European Commission", "Komisi Eropa", "European Central Bank",
        "United Nations", "Perserikatan Bangsa-Bangsa", "PBB", "World Bank", "Bank Dunia",
        "International Monetary Fund", "IMF", "Dana Moneter Internasional", "Asian Development Bank",
        "World Health Organization", "Organisasi Kesehatan Dunia", "ASEAN", "OPEC", "Federal Reserve",
        # airlines and aircraft makers that world news names most
        "Air India", "Singapore Airlines", "Garuda Indonesia", "Lion Air", "Qantas", "Emirates", "Qatar Airways",
        "Cathay Pacific", "AirAsia", "Malaysia Airlines", "Japan Airlines", "Korean Air", "Boeing", "Airbus", "Embraer",
        # national bodies whose English names carry a possessive
        "Attorney General's Office", "Attorney General’s Office",
    ]
}

PRODUCTS = {
    name.lower(): name
    for name in [
        "ChatGPT", "Gemini", "Claude", "Copilot", "Llama", "Llama 2", "Llama 3", "Llama 4", "Grok",
        "GPT-4", "GPT-4o", "GPT-5", "iPhone", "iPad", "Android", "Windows", "Google Docs", "Gmail",
        "WhatsApp", "Instagram", "YouTube", "Threads", "Siri", "Alexa", "Bard", "Sora",
    ]
}

# countries, as English and Indonesian news write them: places (``PLACES``), and the state a head of government's or a
# minister's post is of when the post names no body ("Perdana Menteri X", "President Y" in a report on that country)
COUNTRY_NAMES = (
    "Indonesia", "Malaysia", "Singapura", "Singapore", "Thailand", "Vietnam", "Filipina", "Philippines", "Myanmar",
    "Kamboja", "Cambodia", "Laos", "Brunei", "Timor Leste", "Jepang", "Japan", "China", "Tiongkok", "Korea Selatan",
    "South Korea", "Korea Utara", "North Korea", "Taiwan", "India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal",
    "Bhutan", "Maladewa", "Maldives", "Afghanistan", "Iran", "Iraq", "Irak", "Suriah", "Syria", "Yordania",
    "Lebanon", "Libanon", "Israel", "Palestina", "Palestine", "Arab Saudi", "Saudi Arabia", "Qatar", "Kuwait",
    "Bahrain", "Oman", "Yaman", "Yemen", "Uni Emirat Arab", "United Arab Emirates", "Turki", "Turkey", "Mesir",
    "Egypt", "Libya", "Tunisia", "Aljazair", "Algeria", "Maroko", "Morocco", "Sudan", "Ethiopia", "Etiopia", "Kenya",
    "Nigeria", "Ghana", "Afrika Selatan", "South Africa", "Australia", "Selandia Baru", "New Zealand",
    "Papua Nugini", "Papua New Guinea", "Amerika Serikat", "United States", "Kanada", "Canada", "Meksiko", "Mexico",
    "Brasil", "Brazil", "Argentina", "Chile", "Cile", "Kolombia", "Colombia", "Peru", "Venezuela", "Inggris",
    "Britain", "United Kingdom", "Irlandia", "Ireland", "Prancis", "Perancis", "France", "Jerman", "Germany",
    "Italia", "Italy", "Spanyol", "Spain", "Portugal", "Belanda", "Netherlands", "Belgia", "Belgium", "Swiss",
    "Switzerland", "Austria", "Swedia", "Sweden", "Norwegia", "Norway", "Denmark", "Finlandia", "Finland",
    "Polandia", "Poland", "Ceko", "Czech Republic", "Hungaria", "Hungary", "Rumania", "Romania", "Yunani", "Greece",
    "Ukraina", "Ukraine", "Rusia", "Russia", "Belarus", "Armenia", "Azerbaijan", "Kazakhstan", "Uzbekistan",
    "Mongolia", "Afganistan", "UAE", "Tanzania", "Uganda", "Cuba", "Kuba", "Fiji",
    "Serbia", "Kroasia", "Croatia", "Slovenia", "Bosnia", "Montenegro", "Albania", "Bulgaria", "Slowakia", "Slovakia",
    "Lituania", "Lithuania", "Latvia", "Estonia", "Luksemburg", "Luxembourg", "Islandia", "Iceland", "Siprus", "Cyprus",
    "Malta", "Skotlandia", "Scotland", "Ekuador", "Ecuador", "Bolivia", "Paraguay", "Uruguay", "Panama", "Kosta Rika",
    "Costa Rica", "Jamaika", "Jamaica", "Senegal", "Kamerun", "Cameroon", "Pantai Gading", "Ivory Coast", "Angola",
    "Mozambik", "Mozambique", "Zimbabwe", "Zambia", "Rwanda", "Somalia", "Madagaskar", "Madagascar",
)
COUNTRIES = frozenset(name.lower() for name in COUNTRY_NAMES)

PLACES = {
    name.lower(): name
    for name in [
        *COUNTRY_NAMES,
        "Tanah Air",  # "di Tanah Air": the homeland, Indonesia
        "Jakarta", "Surabaya", "Bandung", "Medan", "Bali", "Yogyakarta", "Semarang", "Makassar", "Kalimantan",
        "Sumatera", "Jawa", "Kuala Lumpur", "Bangkok", "Manila", "Beijing", "Shanghai", "Hong Kong", "Tokyo", "Korea",
        "Seoul", "Sydney", "AS", "Amerika", "US", "U.S.", "USA", "Washington", "New York", "California", "Texas",
        "Dallas", "Austin", "Seattle", "Boston", "Chicago", "San Francisco", "Silicon Valley", "Los Angeles", "Miami",
        "London", "Paris", "Berlin", "Lisbon", "Madrid", "Rome", "Amsterdam", "Dublin", "Zurich", "Brussels", "Eropa",
        "Europe", "UK", "Dubai", "Toronto", "Jawa Timur", "Jawa Barat", "Jawa Tengah", "DKI Jakarta", "Jakarta Selatan",
        "Jakarta Pusat", "Sumatera Utara", "Sulawesi", "Papua", "Asia",
        # Indonesia's provinces and main islands, as Indonesian and English news write them
        "Aceh", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu", "Lampung", "Bangka Belitung", "Banten", "Sumatera Barat",
        "Sumatera Selatan", "Sumatra", "Sumatera", "Sumatra Utara", "Sumatra Barat", "Sumatra Selatan",
        "Nusa Tenggara Barat", "Nusa Tenggara Timur", "NTB", "NTT", "Kalimantan Barat", "Kalimantan Tengah",
        "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Sulawesi Tengah",
        "Sulawesi Selatan", "Sulawesi Tenggara", "Sulawesi Barat", "Gorontalo", "Maluku", "Maluku Utara", "Papua Barat",
        "Papua Tengah", "Papua Selatan", "Papua Pegunungan", "Papua Barat Daya", "West Sumatra", "South Sumatra",
        "West Kalimantan", "Central Kalimantan", "South Kalimantan", "North Kalimantan", "North Sulawesi",
        "West Sulawesi", "West Nusa Tenggara", "East Nusa Tenggara", "South Papua", "Central Papua", "Highland Papua",
        "Southwest Papua", "Jawa Timur", "Jakarta Barat", "Jakarta Timur", "Jakarta Utara", "Tangerang", "Bekasi",
        "Bogor", "Depok", "Cikarang", "Batam", "Balikpapan", "Palembang", "Pekanbaru", "Padang", "Manado", "Denpasar",
        "Lombok", "Kupang", "Jayapura", "Sorong", "Kendari", "Morowali", "Halmahera", "Ambon", "Malang", "Solo",
        # provincial capitals and other large cities ("jumpa pers di Pontianak")
        "Pontianak", "Banjarmasin", "Banjarbaru", "Samarinda", "Palangka Raya", "Palangkaraya", "Tarakan", "Mataram",
        "Palu", "Mamuju", "Ternate", "Manokwari", "Merauke", "Timika", "Pangkalpinang", "Tanjungpinang",
        "Tanjung Pinang", "Bandar Lampung", "Banda Aceh", "Lhokseumawe", "Dumai", "Bukittinggi", "Pematangsiantar",
        "Binjai", "Serang", "Cilegon", "Cirebon", "Tasikmalaya", "Sukabumi", "Cianjur", "Garut", "Karawang",
        "Purwakarta", "Tegal", "Pekalongan", "Magelang", "Klaten", "Cilacap", "Purwokerto", "Madiun", "Kediri",
        "Blitar", "Jember", "Banyuwangi", "Probolinggo", "Pasuruan", "Sidoarjo", "Gresik", "Mojokerto", "Madura",
        "Parepare", "Bitung", "Labuan Bajo", "Maumere", "Nusa Dua", "Mandalika", "West Java", "East Java",
        "Central Java", "North Sumatra", "South Sulawesi", "Southeast Sulawesi", "Central Sulawesi", "North Maluku",
        "East Kalimantan", "West Papua", "Riau Islands", "Asia Tenggara", "Southeast Asia", "Afrika", "Africa",
        "Timur Tengah", "Middle East",
        # the provinces' short forms in Indonesian news ("Disnaker Jateng", "Polda Sultra")
        "Jabar", "Jateng", "Jatim", "Kalbar", "Kalteng", "Kalsel", "Kaltim", "Kaltara", "Sulut", "Sulteng", "Sulsel",
        "Sultra", "Sulbar", "Sumut", "Sumbar", "Sumsel", "Kepri", "Babel", "Malut", "DIY", "Jabodetabek",
        # the region a regional police force or command is named for ("Polda Metro Jaya": Jakarta and its ring)
        "Metro Jaya",
        # the US states, as world news names where something happened ("Foxborough, Massachusetts")
        "Alabama", "Alaska", "Arizona", "Arkansas", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Utah", "Vermont", "Virginia",
        "West Virginia", "Wisconsin", "Wyoming",
        # more countries, in English and Indonesian
        "Mongolia", "Afganistan", "UAE", "Tanzania", "Uganda", "Cuba", "Kuba", "Fiji", "Gaza",
        # the world's large cities, as news names where something happened
        "Mumbai", "New Delhi", "Delhi", "Ahmedabad", "Bengaluru", "Bangalore", "Chennai", "Kolkata", "Hyderabad",
        "Pune", "Karachi", "Lahore", "Islamabad", "Dhaka", "Colombo", "Kathmandu", "Hanoi", "Ho Chi Minh City",
        "Phnom Penh", "Yangon", "Penang", "Johor Bahru", "Shenzhen", "Guangzhou", "Hangzhou", "Xiamen", "Wuhan",
        "Chengdu", "Chongqing", "Tianjin", "Nanjing", "Macau", "Makau", "Taipei", "Osaka", "Kyoto", "Nagoya", "Busan",
        "Incheon", "Perth", "Melbourne", "Brisbane", "Auckland", "Riyadh", "Jeddah", "Mecca", "Makkah", "Madinah",
        "Medina", "Doha", "Abu Dhabi", "Istanbul", "Ankara", "Tehran", "Teheran", "Cairo", "Kairo", "Lagos", "Nairobi",
        "Johannesburg", "Moscow", "Moskow", "Kyiv", "Kiev", "Geneva", "Jenewa", "Frankfurt", "Munich", "Milan",
        "Barcelona", "Vienna", "Wina", "Stockholm", "Oslo", "Copenhagen", "Kopenhagen", "Helsinki", "Warsaw", "Prague",
        "Athens", "Edinburgh", "Manchester", "Houston", "Atlanta", "Denver", "Philadelphia", "Las Vegas", "Vancouver",
        "Montreal", "Sao Paulo", "São Paulo", "Rio de Janeiro", "Buenos Aires", "Mexico City",
    ]
}

# police and military ranks written out, as formal copy gives them ("Marsekal Madya TNI X", "Laksamana Pertama Y",
# "Komisaris Besar Z"): read before a holder's name by the role patterns, the name rules and the kinds
SPELLED_RANK = (r"(?:Marsekal|Laksamana)(?:\s+(?:Madya|Muda|Pertama))?|(?:Letnan|Mayor|Brigadir|Inspektur|Komisaris)\s+"
                r"Jenderal|(?:Ajun\s+)?Komisaris\s+Besar")

# Balinese names open with "I" (men) or "Ni" (women) and a birth-order or caste name ("I Wayan ...",
# "Ni Luh ...", "I Gusti Ngurah ..."): there "I" is the name's first word, not the English pronoun
BALINESE_NAME_WORDS = _set("gusti made wayan nyoman ketut putu komang kadek gede nengah luh ayu dewa desak")
# Balinese and Javanese nobility words that open a person's name ("Ida Bagus ...", "Anak Agung ...")
# (Lombok's Sasak nobility: "Lalu" for a man, "Baiq" for a woman; before two more words of the name)
NOBLE_NAME_OPENERS = ("ida bagus", "ida ayu", "anak agung", "cokorda", "tjokorda", "raden mas", "raden ajeng", "lalu", "baiq")
# one-word hereditary titles that open a name across the archipelago (Javanese "Raden", Palembang's "Kemas", "Kiagus",
# "Masagus", "Nyimas", Bugis "Andi" and "Daeng", Aceh's and Malay "Teuku", "Tengku", "Cut", Minang "Sutan", "Datuk")
NOBLE_TITLES = _set("raden kemas kiagus masagus nyimas andi daeng teuku tengku cut sutan datuk")

FIRST_NAMES = _set(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
    jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
    samuel gregory alexander alex frank patrick raymond jack dennis jerry tyler aaron jose
    adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry
    austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
    logan albert willie alan eugene russell vincent philip bobby johnny bradley roy ralph randy wayne
    sam satya sundar jensen tim jeff bill marc reid tomas marcus
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole
    helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth
    julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
    cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean
    abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa
    diana natalie brittany charlotte marie kayla alexis lori jane elena priya mira sofia lucia
    budi agus andi ahmad muhammad mohammad rizky dewi siti sri putri ayu rina nadia nadiem william
    joko bambang hendra irfan arief arif dian fitri indra wahyu yusuf rudi eko adi aditya rahul
    raj ravi anil sunil vijay amit arjun rohan vikram neha pooja anjali wei li ming jun hui xin
    yuki hiro kenji takeshi min ji sung hyun tan lim wong chen liu zhang kai leo max ben tom
    nick chris matt mike dan dave jim bob ted fred greg josh luke jake ian ivan igor dmitri
    olga nina anya yara omar ali hassan fatima layla ahmed karim mustafa carlos juan luis miguel
    pablo diego javier antonio francesco giovanni marco luca pierre jean-pierre louis hugo jacques
    hans klaus jurgen sven lars erik astrid ingrid joanna jenny kate katie meg molly
    reza dimas rizal fajar yoga bayu teguh wahyudi hadi hari heru kurnia lukman rahmat hidayat iwan
    dedi deni doni dodi eka dwi tri yudi yudha yuli yulia yanti yeni wulan ratna ratih rini sari
    sinta lestari kartika melati intan indah citra nurul nur novi nia dina desi mega maya lina
    lia tika tuti endang sutrisno slamet supriyadi suryadi hartono gunawan setiawan santoso
    darmawan kurniawan firmansyah hendro herman edi edy rudy robby ricky dicky andika anggara
    galih gilang raditya aryo arya bima yosef yohanes yohana benny ferry freddy hengky kevin
    irwan irawan ilham imam ismail iqbal hafiz haris hasan husein fahmi faisal farhan fikri
    rangga reno rio rendy riko rizki sigit wisnu widodo wibowo yanto zainal zulkifli aulia
    annisa ayu bunga cahya dinda fira gita hana ika kirana laras mutiara nabila puspita
    rahma salsabila tiara vina widya yustina made wayan nyoman ketut putu gede komang kadek
    lukas stevanus stefanus markus paulus petrus andreas yosua fransiskus ignatius agustinus antonius albertus
    bernadus benediktus dominikus gregorius kornelius laurensius leonardus martinus nikolaus oktavianus philipus
    robertus sebastianus valentinus vinsensius wilhelmus yulius yustinus matius yakobus hendrik kristian felix
    elisabeth theresia veronika agnes natalia priscilla cornelia fransiska
    darren alvin calvin kelvin melvin desmond gavin terence winston adrian cedric edwin elvin ernest gilbert
    glenn jerome joel lionel nelson shawn sherman stanley clarence
    clara cindy felicia irene jasmine joanne josephine serena tiffany valerie vanessa vivian wendy yvonne celine
    """
)

# what a person is, written in lower case before where they are from and their name ("politisi Prancis X Y",
# "pengusaha Medan X Y", "warga Sendangsari X Y"): the place and the name are two names
PERSON_NOUNS = _set(
    """
    politisi politikus pemimpin tokoh pengusaha warga aktivis pengacara advokat jurnalis wartawan penyanyi aktor
    aktris atlet pemain pelatih miliarder konglomerat taipan ekonom pengamat ilmuwan pakar petani nelayan pedagang
    politician leader activist businessman businesswoman billionaire tycoon lawyer journalist singer actor actress
    athlete player coach economist analyst scientist citizen resident
    """
)

# given names above that Indonesian and Chinese names far more often end with (family names and the patronymic
# endings "-wan", "-yadi", "-ono"): after a given name they close that person's name ("Budi Santoso Hartono"), where
# a given name after a given name opens a second one
CLOSING_NAME_WORDS = _set(
    """
    santoso hartono gunawan setiawan darmawan kurniawan firmansyah wibowo widodo hidayat sutrisno suryadi
    supriyadi wahyudi lestari irawan tan lim wong chen liu zhang
    """
)

# Verbs of saying; the speaker is the subject before or the name right after them.
SAY_ID = (
    "mengatakan|menyatakan|mengungkapkan|menjelaskan|menyebut|menyebutkan|menambahkan|menegaskan|"
    "mencatat|memperkirakan|menilai|membantah|melaporkan|mengklaim|mengakui|berkata|berujar|"
    "menuturkan"
)
SAY_EN = (
    "said|says|told|tells|added|adds|noted|notes|wrote|writes|stated|states|explained|argued|"
    "claimed|warned|predicted|estimated|confirmed|denied|acknowledged|insisted"
)

