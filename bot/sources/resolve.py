"""The entry point the ingest pipeline calls: turn paths and URLs into ``SourceDoc``s, one result per item.

Nothing raises for a single bad item: each yields a ``SourceResult`` with ``error`` set to a short reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.domain import SourceDoc
from bot.language import detect_language
from bot.sources.errors import SourceError
from bot.sources.feeds import FeedEntry, parse_feed
from bot.sources.fetch import Fetcher, FetchResult
from bot.sources.html import page_url, parse_html
from bot.sources.manifest import ManifestEntry
from bot.sources.plaintext import parse_plain_text

TEXT_EXT = {".txt", ".md"}
HTML_EXT = {".html", ".htm"}
FEED_EXT = {".xml", ".rss", ".atom"}
SKIP_NAMES = {"manifest.json", "readme.md"}
# Declared feed types; generic XML types are sniffed from the body instead.
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
# Inline feed content shorter than this is a teaser, not an article.
MIN_INLINE_WORDS = 40


@dataclass
class Overrides:
    """Metadata given on the command line for a single file or URL; wins over everything found."""

    published: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None


@dataclass
class SourceResult:
    input: str
    doc: SourceDoc | None
    error: str | None = None


def iter_sources(
    inputs: list[str],
    *,
    fetcher: Fetcher | None,
    manifest: dict[str, ManifestEntry] | None = None,
    overrides: Overrides | None = None,
    max_file_bytes: int = 5_000_000,
) -> Iterator[SourceResult]:
    """Yield one ``SourceResult`` per article found in ``inputs``.

    Inputs: .txt/.md/.html/.htm files, folders (recursive, sorted; hidden files, manifest.json and
    README.md skipped), RSS/Atom files (.xml/.rss/.atom), and http(s) URLs (HTML page, feed or plain
    text).  Feeds yield one result per entry, fetching the entry's page when ``fetcher`` is given and
    falling back to the entry's inline content.  ``manifest`` entries are matched by file name;
    ``overrides`` apply to inputs that are a single file or URL (not folders or feeds).
    ``fetcher=None`` disables network access: URL inputs then give an error result. Files larger
    than ``max_file_bytes`` give an error result without being read.
    """
    manifest = manifest or {}
    for item in inputs:
        try:
            yield from _one_input(item, fetcher, manifest, overrides, max_file_bytes)
        except Exception as exc:  # a bug in one parser must not stop the batch
            yield SourceResult(item, None, f"unexpected error: {type(exc).__name__}: {exc}")


def _one_input(
    item: str, fetcher: Fetcher | None, manifest: dict[str, ManifestEntry], overrides: Overrides | None,
    max_file_bytes: int = 5_000_000,
) -> Iterator[SourceResult]:
    if "://" in item:
        if urlsplit(item).scheme.lower() not in ("http", "https"):
            yield SourceResult(item, None, "not an http(s) URL")
        else:
            yield from _from_url(item, fetcher, overrides)
        return
    path = Path(item)
    if path.is_dir():
        for f, rel in _in_folder(path):
            yield from _from_file(f, rel, str(f), fetcher, manifest, None, max_file_bytes)
    elif path.is_file():
        yield from _from_file(path, path.name, item, fetcher, manifest, overrides, max_file_bytes)
    else:
        yield SourceResult(item, None, "no such file or folder")


def _walk(folder: Path) -> list[Path]:
    out = []
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not f.is_file():
            continue
        if f.name.lower() in SKIP_NAMES or f.suffix.lower() not in TEXT_EXT | HTML_EXT | FEED_EXT:
            continue  # other files in a folder (images, notes) are not articles
        out.append(f)
    return out


def _in_folder(folder: Path) -> list[tuple[Path, str]]:
    """The article files of a folder with their names inside it (the name an article without URL is kept by)."""
    return [(f, f.relative_to(folder).as_posix()) for f in _walk(folder)]


@dataclass(frozen=True)
class LocalArticle:
    """A local article file as ``iter_sources`` will read it: its label, the name it is kept by when it
    has no URL, whether that name is text, and the URL it will be stored under, if it has one."""

    label: str
    name: str
    name_is_utf8: bool
    url: str | None


def local_articles(inputs: list[str], *, manifest: dict[str, ManifestEntry] | None = None,
                   overrides: Overrides | None = None, max_file_bytes: int = 5_000_000) -> Iterator[LocalArticle]:
    """The article files among ``inputs`` (folders walked as ``iter_sources`` walks them), for checking a set of
    inputs before anything is stored. The URL is found without reading the article: the override (a single
    file), the manifest, or an HTML page's canonical link. Feeds, URLs and missing paths are left out."""
    for item in inputs:
        path = Path(item)
        if "://" in item or not (path.is_dir() or path.is_file()):
            continue
        single = not path.is_dir()
        for f, rel in [(path, path.name)] if single else _in_folder(path):
            if f.suffix.lower() not in FEED_EXT:
                yield _local_article(f, rel, item if single else str(f), manifest.get(f.name) if manifest else None,
                                     overrides if single else None, max_file_bytes)


def _local_article(path: Path, rel: str, label: str, entry: ManifestEntry | None, overrides: Overrides | None,
                   max_file_bytes: int) -> LocalArticle:
    if not _utf8_name(str(path)):
        return LocalArticle(label, rel, False, None)
    url = (overrides.url if overrides else None) or (entry.url if entry else None)
    if url is None and path.suffix.lower() in HTML_EXT:
        url = _page_url(path, max_file_bytes)
    return LocalArticle(label, rel, True, url)


def _page_url(path: Path, max_file_bytes: int) -> str | None:
    """An HTML file's canonical URL, as ``parse_html`` finds it; None when it cannot be read (it fails on its own)."""
    try:
        if path.stat().st_size > max_file_bytes:
            return None
        return page_url(path.read_bytes())
    except OSError:
        return None


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.1f} KB"


def _utf8_name(name: str) -> bool:
    """False for a name with bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise SourceError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 text (bad byte at position {exc.start})") from exc


def _from_file(
    path: Path,
    rel: str,
    label: str,
    fetcher: Fetcher | None,
    manifest: dict[str, ManifestEntry],
    overrides: Overrides | None,
    max_file_bytes: int = 5_000_000,
) -> Iterator[SourceResult]:
    ext = path.suffix.lower()
    if not _utf8_name(str(path)):  # the name becomes the article's key and is shown in chats: it must be text
        yield SourceResult(label, None, "file name is not UTF-8; rename the file")
        return
    try:
        size = path.stat().st_size
        if size > max_file_bytes:
            yield SourceResult(label, None, f"file too large ({_mb(size)}; the limit is {_mb(max_file_bytes)})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield SourceResult(label, None, f"cannot read file: {exc.strerror or exc}")
        return
    if ext in FEED_EXT:
        yield from _from_feed(data, label, rel, None, fetcher)
        return
    entry = manifest.get(path.name)
    try:
        if ext in HTML_EXT:
            _decode(data)  # same binary/encoding checks as text, with a clear reason
            doc = parse_html(data)
        elif ext in TEXT_EXT:
            hint = (overrides.title if overrides else None) or (entry.title if entry else None)
            doc = parse_plain_text(_decode(data), hint_title=hint)
        else:
            raise SourceError(f"unsupported file type '{ext or path.name}' (use .txt, .md, .html or a feed)")
    except SourceError as exc:
        yield SourceResult(label, None, str(exc))
        return
    doc.source_file = rel
    yield _finish(label, doc, entry, overrides)


def _finish(label: str, doc: SourceDoc, entry: ManifestEntry | None, overrides: Overrides | None) -> SourceResult:
    """Apply manifest then overrides, fill the language, and reject empty articles."""
    if entry:
        doc.language = entry.language or doc.language
        doc.published = entry.published or doc.published
        doc.url = entry.url or doc.url
        doc.title = entry.title or doc.title
        doc.publisher = entry.publisher or doc.publisher
    if overrides:
        doc.language = overrides.language or doc.language
        doc.published = overrides.published or doc.published
        doc.url = overrides.url or doc.url
        doc.title = overrides.title or doc.title
    if not doc.text.strip():
        return SourceResult(label, None, "no article text found (only title or boilerplate)")
    doc.language = doc.language or detect_language(doc.text, default="en")
    return SourceResult(label, doc)


def _is_feed(res: FetchResult) -> bool:
    if res.content_type in FEED_TYPES:
        return True
    head = res.body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (
        head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    )


def _from_url(url: str, fetcher: Fetcher | None, overrides: Overrides | None) -> Iterator[SourceResult]:
    if fetcher is None:
        yield SourceResult(url, None, "fetching URLs is disabled")
        return
    try:
        res = fetcher.fetch(url)
        if _is_feed(res):
            yield from _from_feed(res.body, url, None, res.final_url, fetcher)
            return
        doc = _doc_from_response(res)
    except SourceError as exc:
        yield SourceResult(url, None, str(exc))
        return
    yield _finish(url, doc, None, overrides)


def _doc_from_response(res: FetchResult) -> SourceDoc:
    if res.content_type == "text/plain":
        doc = parse_plain_text(_decode(res.body))
        doc.url = res.final_url
        return doc
    head = res.body[:2048].lstrip().lower()
    if "html" in res.content_type or head.startswith((b"<!doctype html", b"<html")) or not res.content_type:
        return parse_html(res.body, url=res.final_url)
    raise SourceError(f"unsupported content type {res.content_type}")


def _from_feed(
    data: bytes, label: str, rel: str | None, feed_url: str | None, fetcher: Fetcher | None
) -> Iterator[SourceResult]:
    try:
        entries = parse_feed(data, url=feed_url)
    except SourceError as exc:
        yield SourceResult(label, None, str(exc))
        return
    if not entries:
        yield SourceResult(label, None, "feed has no entries")
        return
    for i, entry in enumerate(entries, 1):
        name = f"{label} #{i}" + (f" ({entry.title})" if entry.title else "")
        result = _feed_entry(entry, name, fetcher)
        if result.doc is not None and rel is not None:
            result.doc.source_file = f"{rel}#{i}"
        yield result


def _feed_entry(entry: FeedEntry, name: str, fetcher: Fetcher | None) -> SourceResult:
    page_error = None
    if entry.link and fetcher is not None and urlsplit(entry.link).scheme in ("http", "https"):
        try:
            doc = _doc_from_response(fetcher.fetch(entry.link))
            doc.title = doc.title or entry.title
            doc.published = doc.published or entry.published
            return _finish(name, doc, None, None)
        except SourceError as exc:
            page_error = f"page {entry.link}: {exc}"
    inline = max((entry.content_text, entry.summary_text), key=len)
    doc = parse_plain_text(inline, hint_title=entry.title)
    if len(doc.text.split()) < MIN_INLINE_WORDS:
        return SourceResult(name, None, page_error or "feed entry has no article text")
    doc.url = entry.link
    doc.published = entry.published
    doc.language = detect_language(doc.text, default=entry.language)
    return _finish(name, doc, None, None)


__all__ = ["LocalArticle", "Overrides", "SourceResult", "iter_sources", "local_articles"]
