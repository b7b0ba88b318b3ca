from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.sources import SourceError, load_manifest
from bot.sources.feeds import html_to_text, parse_feed
from bot.sources.html import parse_html


def test_html_sample(samples_dir: Path) -> None:
    doc = parse_html((samples_dir / "en-04-payroll-startup-layoffs.html").read_bytes())
    assert doc.title == "Payroll startup Gajiku cuts 180 jobs as funding talks stall"
    assert doc.byline == "Nadia Pratama"
    assert doc.publisher == "The Harbour Ledger"
    assert doc.published == "2026-03-11"
    assert doc.language == "en"
    assert doc.url == "https://harbourledger.example/tech/2026/03/gajiku-layoffs"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Gajiku, a payroll and earned-wage-access startup")  # "JAKARTA –" cut
    for noise in ("Photo:", "Read also", "Share this", "Subscribe", "More from", "Follow us", "©", "Ride-hailing"):
        assert noise not in doc.text, noise
    assert doc.raw and "<nav>" in doc.raw


def test_html_without_article_is_an_error() -> None:
    with pytest.raises(SourceError, match="no article text"):
        parse_html(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")


def test_feed_sample(samples_dir: Path) -> None:
    entries = parse_feed((samples_dir / "feed.xml").read_bytes())
    assert [e.title for e in entries] == [
        "Startup logistik Kirimin raih pendanaan Rp450 miliar",
        "AI labeling firm Tandai opens Yogyakarta hub with 600 annotators",
    ]
    assert [e.published for e in entries] == ["2026-03-12", "2026-03-13"]
    assert [e.link for e in entries] == [None, None]
    assert entries[0].language == "id"
    assert entries[0].summary_text == "Kirimin mengumpulkan Rp450 miliar dalam putaran Seri B yang dipimpin Lintas Capital."
    assert entries[0].content_text.count("\n\n") == 4  # four <p> and one <figcaption>


def test_atom_feed() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>T</title>
      <entry><title>One</title><link href="https://n.example/1"/><updated>2026-02-03T10:00:00Z</updated>
        <summary>Short teaser</summary></entry></feed>"""
    (e,) = parse_feed(atom)
    assert (e.title, e.link, e.published, e.summary_text, e.content_text) == (
        "One", "https://n.example/1", "2026-02-03", "Short teaser", "")


@pytest.mark.parametrize("data", [b"", b"just some words", b"<rss><channel><item>"])
def test_bad_feed(data: bytes) -> None:
    with pytest.raises(SourceError, match="not a valid RSS/Atom feed"):
        parse_feed(data)


def test_html_to_text() -> None:
    assert html_to_text("<p>A <b>bold</b> move.</p><p>Second<br>line</p>") == "A bold move.\n\nSecond\n\nline"
    assert html_to_text("plain") == "plain"


def test_manifest_seed(seed_dir: Path) -> None:
    m = load_manifest(seed_dir / "manifest.json")
    assert sorted(m) == sorted(p.name for p in seed_dir.glob("*.txt"))
    assert m["002_3e8ce659abe25b6f.txt"].published == "2025-06"
    assert m["002_3e8ce659abe25b6f.txt"].language == "id"


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "is not valid JSON (line 1"),
        ('{"file": "a.txt"}', "expected a JSON list"),
        ('["a.txt"]', "entry 1: expected an object"),
        ('[{"language": "id"}]', "entry 1: 'file' is required"),
        ('[{"file": "a.txt", "language": "fr"}]', "entry 1 (a.txt): language must be 'id' or 'en', got 'fr'"),
        ('[{"file": "a.txt", "published": "2025-13"}]', "published '2025-13': there is no month 13"),
        ('[{"file": "a.txt", "published": "June 2025"}]', "published must be YYYY"),
        ('[{"file": "a.txt", "url": "ftp://x"}]', "url must be an http(s) URL"),
        ('[{"file": "a.txt", "publised": "2025"}]', "unknown field(s) publised"),
        ('[{"file": "a.txt"}, {"file": "a.txt"}]', "entry 2 (a.txt): file listed twice"),
    ],
)
def test_manifest_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "manifest.json"
    path.write_text(content)
    with pytest.raises(SourceError) as err:
        load_manifest(path)
    assert message in str(err.value)


def test_manifest_missing_and_ok(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read manifest"):
        load_manifest(tmp_path / "nope.json")
    path = tmp_path / "m.json"
    path.write_text(json.dumps([{"file": "sub/a.txt", "language": "EN", "published": "2026", "title": "T",
                                 "url": "https://x.example/a", "publisher": "P"}]))
    entry = load_manifest(path)["a.txt"]
    assert (entry.language, entry.published, entry.title, entry.url, entry.publisher) == (
        "en", "2026", "T", "https://x.example/a", "P")
