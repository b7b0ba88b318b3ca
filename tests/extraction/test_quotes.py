from bot.extraction import extract


def quotes(text, lang="id"):
    return [(q.speaker, q.kind) for q in extract(text, language=lang, published="2025-06").quotes]


def test_direct_quote_with_kata_and_nya():
    text = ("Dimas Prakoso, CEO Kopiloka, mengatakan pasar kopi sudah pulih. “Kami tumbuh dua kali lipat tahun ini,” "
            "kata Prakoso.\n\nRina Wulandari, juru bicara Sawit Data, hadir. “Kami tidak khawatir soal pesaing,” ujarnya kepada Kompas.")
    got = quotes(text)
    assert ("Dimas Prakoso", "direct") in got
    assert ("Rina Wulandari", "direct") in got
    assert ("Dimas Prakoso", "reported") in got


def test_english_said_and_reported():
    text = ('"We will keep hiring engineers in Jakarta," said Laura Chen, Orbitra\'s chief executive.\n\n'
            "Mark Evans, who heads Nimbus Labs, said the deal would close in March.")
    got = quotes(text, "en")
    assert ("Laura Chen", "direct") in got
    assert ("Mark Evans", "reported") in got


def test_refusals_and_menurut():
    text = ("Google, Microsoft, dan Lumio menolak berkomentar, sementara Kestrel tidak menanggapi permintaan komentar.\n\n"
            "Menurut juru bicara Lumio, kerja sama tetap berjalan seperti biasa.\n\n"
            "A Northgate spokesperson declined to comment.")
    got = [(q.speaker, q.kind) for q in extract(text, published="2025-06").quotes]
    for org in ("Google", "Microsoft", "Lumio", "Kestrel"):
        assert (org, "refusal") in got
    assert ("juru bicara Lumio", "reported") in got
    assert any(k == "refusal" and "Northgate" in s and "spokesperson" in s for s, k in got)


def test_anonymous_sources_are_not_speakers():
    assert quotes("Dilansir dari Reuters, dua sumber menyatakan Lumio akan tutup bulan depan.") == []
