from __future__ import annotations

from pathlib import Path

import httpx

from bot.sources import Fetcher, Overrides, iter_sources, load_manifest
from tests.sources.netfixtures import PUBLIC_DNS

ARTICLE = (
    "Judul Berita Contoh Tentang Startup\n\nRedaksi Contoh\n\n"
    "JAKARTA – Perusahaan rintisan itu mengumumkan pendanaan baru dan akan merekrut 200 karyawan tahun ini.\n\n"
    "Bagikan\n"
)
PAGE = (
    b"<html><head><title>Acme raises money</title></head><body><article><h1>Acme raises money</h1>"
    b"<p>Acme Robotics said on Monday that it had raised $50 million in a funding round led by Northwind "
    b"Capital, and that it would use the money to hire engineers and open an office in Singapore this year.</p>"
    b"<p>The company was founded in 2019 and now has 120 employees, chief executive Sam Ortiz said in an "
    b"interview, adding that revenue had doubled in the past year.</p></article></body></html>"
)
LONG = " ".join(["Kalimat isi berita yang cukup panjang untuk dianggap artikel dan bukan sekadar cuplikan."] * 6)


def _fetcher(handler) -> Fetcher:
    return Fetcher(httpx.Client(transport=httpx.MockTransport(handler)), policy=PUBLIC_DNS)


def test_folder_with_bad_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text(ARTICLE.replace("Contoh Tentang", "Kedua Tentang"), encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 berita".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("Bagikan\n\nKomentar (0)\n")
    (tmp_path / "manifest.json").write_text("[]")
    (tmp_path / "README.md").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    results = list(iter_sources([str(tmp_path)], fetcher=None))
    by_file = {Path(r.input).relative_to(tmp_path).as_posix(): r for r in results}
    assert list(by_file) == ["b.txt", "binary.txt", "empty.txt", "latin1.txt", "sub/a.md"]
    assert by_file["binary.txt"].error == "binary file, not text"
    assert by_file["latin1.txt"].error == "not UTF-8 text (bad byte at position 3)"
    assert by_file["empty.txt"].error == "no article text found (only title or boilerplate)"
    ok = by_file["sub/a.md"].doc
    assert ok is not None and ok.source_file == "sub/a.md" and ok.title == "Judul Berita Kedua Tentang Startup"
    doc = by_file["b.txt"].doc
    assert doc.source_file == "b.txt" and doc.raw == ARTICLE and doc.language == "id"
    assert doc.publisher == "Contoh" and doc.text.startswith("Perusahaan rintisan itu")


def test_seeds_with_manifest(seed_dir: Path) -> None:
    manifest = load_manifest(seed_dir / "manifest.json")
    results = list(iter_sources([str(seed_dir)], fetcher=None, manifest=manifest))
    assert [r.error for r in results] == [None] * 5
    docs = [r.doc for r in results]
    assert [d.source_file for d in docs] == sorted(manifest)
    assert [d.published for d in docs] == ["2025-10", "2025-08", "2025-06", "2025-06", "2025-06"]
    assert {d.language for d in docs} == {"id"}
    assert docs[0].original_url.startswith("https://znews.vn/")
    assert docs[3].original_url == "https://techcrunch.com"
    assert all("Foto:" not in d.text for d in docs)


def test_overrides_apply_to_single_file(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(ARTICLE)
    ov = Overrides(published="2026-03", url="https://x.example/one", title="Judul Lain", language="en")
    (res,) = iter_sources([str(path)], fetcher=None, overrides=ov)
    assert (res.doc.published, res.doc.url, res.doc.title, res.doc.language) == (
        "2026-03", "https://x.example/one", "Judul Lain", "en")


def test_missing_path_and_bad_scheme_and_no_fetcher() -> None:
    results = list(iter_sources(["/no/such/file.txt", "ftp://x.example/a", "https://x.example/a"], fetcher=None))
    assert [r.error for r in results] == ["no such file or folder", "not an http(s) URL", "fetching URLs is disabled"]


def test_urls_html_error_and_feed() -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
        b"<item><title>Page entry</title><link>https://n.example/page</link></item>"
        b"<item><title>Broken link, long inline</title><link>https://n.example/gone</link>"
        b"<description>" + LONG.encode() + b"</description></item>"
        b"<item><title>Broken link, teaser</title><link>https://n.example/gone</link>"
        b"<description>Teaser only.</description></item>"
        b"</channel></rss>"
    )

    def handler(req: httpx.Request) -> httpx.Response:
        if req.url.path == "/page":
            return httpx.Response(200, content=PAGE, headers={"content-type": "text/html"})
        if req.url.path == "/feed":
            return httpx.Response(200, content=feed, headers={"content-type": "application/xml"})  # sniffed
        return httpx.Response(404)

    results = list(iter_sources(["https://n.example/page", "https://n.example/missing", "https://n.example/feed"],
                                fetcher=_fetcher(handler)))
    page, missing, e1, e2, e3 = results
    assert page.error is None and page.doc.title == "Acme raises money" and page.doc.url == "https://n.example/page"
    assert page.doc.language == "en" and "Sam Ortiz" in page.doc.text
    assert missing.error == "HTTP 404" and missing.doc is None
    assert e1.error is None and e1.doc.title == "Acme raises money" and "Northwind" in e1.doc.text  # the page wins
    assert e2.error is None and e2.doc.title == "Broken link, long inline" and e2.doc.url == "https://n.example/gone"
    assert e3.doc is None and e3.error == "page https://n.example/gone: HTTP 404"
    assert e3.input == "https://n.example/feed #3 (Broken link, teaser)"


def test_feed_file_inline(samples_dir: Path) -> None:
    results = list(iter_sources([str(samples_dir / "feed.xml")], fetcher=None))
    assert [r.error for r in results] == [None, None]
    assert [r.doc.source_file for r in results] == ["feed.xml#1", "feed.xml#2"]
    assert [r.doc.language for r in results] == ["id", "en"]  # detected per entry, not the channel's "id"
    assert "Foto:" not in results[0].doc.text and "Baca juga" not in results[0].doc.text
    assert "Share this" not in results[1].doc.text


def test_samples_all_parse(samples_dir: Path) -> None:
    results = list(iter_sources([str(samples_dir)], fetcher=None))
    assert all(r.error is None for r in results), [(r.input, r.error) for r in results]
    mine = {r.doc.source_file: r.doc for r in results if r.doc.source_file.startswith("id-")}
    assert len(mine) == 4
    assert all(d.title and d.published and d.language == "id" for d in mine.values())
    for d in mine.values():
        for noise in ("Foto:", "Baca juga", "MEMBACA", "Read also", "Bagikan", "Komentar", "WhatsApp", "Sumber:"):
            assert noise not in d.text, (d.source_file, noise)
    assert mine["id-02-gajiku-phk.txt"].original_url == "https://kabarrintisan.example/2026/03/gajiku-phk-180-karyawan"
    assert mine["id-02-gajiku-phk.txt"].byline == "Nadia Pratama"
    assert mine["id-01-tandai-pendanaan.txt"].published == "2026-03-09"
