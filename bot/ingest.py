"""Ingest pipeline: sources -> extraction -> store, one write transaction per article.

Idempotent: an article is identified by its URL (else its file name); the same content again
changes nothing, changed content replaces the old version in place.

The pipeline is given what it uses (the store, a fetcher, the aliases, the size limits), never the
composition root: ``bot.app`` imports this module, not the other way round.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from bot import stories
from bot.domain import Extraction, SourceDoc
from db import queries

if TYPE_CHECKING:
    from bot.extraction import AliasConfig
    from bot.sources import Fetcher
    from db.engine import Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)
    truncated: list[tuple[str, str]] = field(default_factory=list)  # (input, what was kept); also new/updated
    article_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        text = (
            f"{len(self.new)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.failed)} failed"
        )
        return text + (f" ({len(self.truncated)} truncated)" if self.truncated else "")


def source_key(doc: SourceDoc, fallback: str) -> str:
    if doc.url:
        return doc.url.strip()
    return "file:" + (doc.source_file or fallback)


def content_hash(doc: SourceDoc) -> str:
    parts = [doc.text, doc.title or "", doc.published or "", doc.language or "", doc.url or "", doc.original_url or "",
             doc.publisher or "", doc.byline or ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def load_aliases(path: Path | str | None) -> AliasConfig | None:
    """The aliases file (merge, rename, suppress entities), or None when there is none."""
    from bot.extraction import AliasConfig

    return AliasConfig.load(path) if path else None


# An article is capped so that storing it is one short write: the SQLite write lock is held for the
# save only (extraction runs before it), and a save of at most this many passages takes well under a second.
MAX_ARTICLE_CHARS = 100_000
MAX_ARTICLE_PASSAGES = 500
MAX_ARTICLE_FACTS = 1_000  # events, amounts, quotes and roles: each is a row or more to write
MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class Limits:
    """Size caps for one input and one stored article (from ``Settings``; defaults for tests and tools)."""

    article_chars: int = MAX_ARTICLE_CHARS
    article_passages: int = MAX_ARTICLE_PASSAGES
    article_facts: int = MAX_ARTICLE_FACTS
    file_bytes: int = MAX_FILE_BYTES

    @classmethod
    def from_settings(cls, settings: object) -> Limits:
        """From ``bot.config.Settings`` (max_article_chars, max_article_passages, max_file_bytes)."""
        return cls(article_chars=settings.max_article_chars,  # type: ignore[attr-defined]
                   article_passages=settings.max_article_passages,  # type: ignore[attr-defined]
                   file_bytes=settings.max_file_bytes)  # type: ignore[attr-defined]


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a paragraph (else line) break when there is one."""
    if len(text) <= limit:
        return text
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, 0, limit)
        if at >= limit // 2:
            return text[:at]
    return text[:limit]


def _passages_within_budget(extraction, max_passages: int, max_facts: int) -> int:  # type: ignore[no-untyped-def]
    """How many leading passages to keep so that neither the passages nor the facts in them exceed the caps."""
    per_passage: Counter[int] = Counter(
        f.passage for f in (*extraction.events, *extraction.amounts, *extraction.quotes, *extraction.roles)
    )
    facts = 0
    for n, passage in enumerate(extraction.passages):
        facts += per_passage[passage.index]
        if n >= max_passages or (facts > max_facts and n > 0):
            return n
    return len(extraction.passages)


@dataclass
class Prepared:
    """An extracted document, ready for the write transaction (picklable: built in worker processes)."""

    doc: SourceDoc
    extraction: Extraction
    key: str
    digest: str
    notes: list[str] = field(default_factory=list)


def prepare_doc(doc: SourceDoc, *, label: str, limits: Limits = Limits(), aliases: AliasConfig | None = None) -> Prepared:
    """Truncate and extract one document: everything ``store_doc`` does before its write transaction.

    An article longer than ``limits.article_chars`` or with more than ``limits.article_passages``
    passages is kept truncated, with a note saying what was kept. The content hash is taken before
    truncation, so re-ingesting the same big input is "unchanged"."""
    from bot.extraction import extract

    if not doc.text or not doc.text.strip():
        raise ValueError("no article text found")
    key, digest = source_key(doc, label), content_hash(doc)
    notes: list[str] = []
    original = len(doc.text)
    if original > limits.article_chars:
        doc = replace(doc, text=_cut(doc.text, limits.article_chars),
                      raw=_cut(doc.raw, limits.article_chars) if doc.raw else doc.raw)
    extraction = extract(doc.text, language=doc.language, published=doc.published, title=doc.title, aliases=aliases)
    keep = _passages_within_budget(extraction, limits.article_passages, limits.article_facts)
    if keep < len(extraction.passages):
        # Facts whose passage is not stored are dropped by save_article; the text ends with the last passage.
        extraction.passages = extraction.passages[:keep]
        doc = replace(doc, text=doc.text[: extraction.passages[-1].end])
    if len(doc.text) < original:
        notes.append(f"too large: kept the first {len(doc.text):,} of {original:,} characters "
                     f"({len(extraction.passages):,} passages)")
    return Prepared(doc=doc, extraction=extraction, key=key, digest=digest, notes=notes)


def _stored_unchanged(store: Store, key: str, digest: str) -> int | None:
    """The id of the article stored under ``key`` with this very content, else None."""
    with store.session() as session:
        existing = queries.find_article(session=session, source_key=key)
        return existing.id if existing is not None and existing.content_hash == digest else None


def write_prepared(store: Store, prepared: Prepared) -> tuple[str, int]:
    """Store an extracted document in one write transaction; returns ("new" | "updated" | "unchanged", id)."""
    with store.write() as session:
        existing = queries.find_article(session=session, source_key=prepared.key)
        if existing is not None and existing.content_hash == prepared.digest:  # stored by another process meanwhile
            return "unchanged", existing.id
        article = queries.save_article(session=session, doc=prepared.doc, extraction=prepared.extraction,
                                       source_key=prepared.key, content_hash=prepared.digest, existing=existing)
        stories.file_article(session, article)  # the same transaction: an article is never without its story
        return ("updated" if existing is not None else "new"), article.id


def store_doc(store: Store, doc: SourceDoc, *, label: str, aliases: AliasConfig | None = None,
              limits: Limits = Limits(), notes: list[str] | None = None) -> tuple[str, int]:
    """Extract and store one document; returns ("new" | "updated" | "unchanged", article id).

    Extraction runs outside the write transaction; ``notes`` gets a line when the article was cut.
    """
    if not doc.text or not doc.text.strip():
        raise ValueError("no article text found")
    unchanged = _stored_unchanged(store, source_key(doc, label), content_hash(doc))
    if unchanged is not None:
        return "unchanged", unchanged
    prepared = prepare_doc(doc, label=label, limits=limits, aliases=aliases)
    if notes is not None:
        notes.extend(prepared.notes)
    return write_prepared(store, prepared)


# Why a chat's /ingest refuses anything but a URL: a chat must never read the server's disk.
URLS_ONLY_REASON = "only http(s) URLs can be ingested from a chat; local files and folders are for the command line"


def ingest_inputs(
    store: Store,
    inputs: list[str],
    *,
    fetcher: Fetcher,
    aliases: AliasConfig | None = None,
    limits: Limits = Limits(),
    manifest: str | None = None,
    overrides: object | None = None,
    progress: Progress | None = None,
    urls_only: bool = False,
    jobs: int = 1,
) -> IngestReport:
    """Ingest files, folders, URLs and feeds. Failures are reported per item; what succeeded is kept.

    ``fetcher`` reads the URLs (the caller owns and closes it). ``urls_only`` (chat commands) refuses
    every input that is not an http(s) URL, and any manifest. ``jobs`` > 1 extracts in that many
    processes while this one stores (see ``store_docs``).
    """
    from bot.sources import SourceError, iter_sources, load_manifest

    report = IngestReport()
    if urls_only:
        refused = [item for item in inputs if not _is_web_url(item)]
        report.failed.extend((item, URLS_ONLY_REASON) for item in refused)
        inputs = [item for item in inputs if _is_web_url(item)]
        if manifest:
            report.failed.append((str(manifest), URLS_ONLY_REASON))
            manifest = None
    try:
        manifest_entries = load_manifest(manifest) if manifest else None
    except SourceError as exc:
        report.failed.append((str(manifest), str(exc)))
        return report
    results = iter_sources(list(inputs), fetcher=fetcher, manifest=manifest_entries, overrides=overrides,  # type: ignore[arg-type]
                           max_file_bytes=limits.file_bytes)
    docs = _first_of_each_key((result.input, result.doc, result.error) for result in results)
    store_docs(store, docs, report, aliases=aliases, limits=limits, jobs=jobs, progress=progress)
    return report


def store_docs(store: Store, docs: Iterable[tuple[str, SourceDoc | None, str | None]], report: IngestReport, *,
               aliases: AliasConfig | None = None, limits: Limits = Limits(), jobs: int = 1,
               progress: Progress | None = None) -> None:
    """Store (label, document or None, error) items in order, recording each outcome in ``report``.

    With ``jobs`` > 1, documents are extracted in that many worker processes while this process, the
    one writer, stores them in input order; at most ``2 * jobs`` wait extracted, so memory stays flat.
    Unchanged documents are recognised before extraction, as with one job.
    """
    writer = _BatchWriter(store, report, aliases=aliases, limits=limits, jobs=jobs, progress=progress)
    try:
        for label, doc, error in docs:
            writer.add(label, doc, error)
        writer.drain(0)
    finally:
        writer.close()


Outcome = tuple[str, int, list[str]]  # status ("new", "updated", "unchanged"), article id, truncation notes


class _BatchWriter:
    """The one writer of a batch: stores documents in input order and records each outcome in the report.

    With a process pool, extraction runs ahead in the workers; ``window`` holds the documents being
    extracted, oldest first, and ``drain`` stores them in that order.
    """

    def __init__(self, store: Store, report: IngestReport, *, aliases: AliasConfig | None, limits: Limits,
                 jobs: int, progress: Progress | None) -> None:
        self.store, self.report, self.aliases, self.limits = store, report, aliases, limits
        self.jobs, self.progress = jobs, progress
        self.pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
        self.window: deque[tuple[str, Future[Prepared]]] = deque()
        self.done = 0

    def add(self, label: str, doc: SourceDoc | None, error: str | None) -> None:
        """Store one input (or record why it could not be read)."""
        if doc is None:
            self.drain(0)  # outcomes stay in input order
            self.report.failed.append((label, error or "could not read"))
            self._counted()
        elif self.pool is None:
            self._record(label, partial(self._serial, doc, label))
        else:
            self._submit(self.pool, doc, label)

    def drain(self, keep: int) -> None:
        """Store extracted documents, oldest first, until at most ``keep`` are waiting."""
        while len(self.window) > keep:
            label, future = self.window.popleft()
            self._record(label, partial(self._settle, future))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, pool: ProcessPoolExecutor, doc: SourceDoc, label: str) -> None:
        """Hand a document to the workers, unless it is empty or stored unchanged (told at once, in order)."""
        try:
            known = self._unchanged(doc, label)
        except Exception as exc:  # noqa: BLE001 - reported like any failed article
            self.drain(0)
            self._record(label, partial(_reraise, exc))
            return
        if known is not None:
            self.drain(0)
            self._record(label, partial(_same, known))
            return
        self.window.append((label, pool.submit(prepare_doc, doc, label=label, limits=self.limits,
                                               aliases=self.aliases)))
        self.drain(2 * self.jobs)

    def _counted(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, None)

    def _record(self, label: str, outcome: Callable[[], Outcome]) -> None:
        try:
            status, article_id, notes = outcome()
        except Exception as exc:  # one bad article must not stop the batch; its transaction rolled back
            log.exception("ingest failed for %s", label)
            self.report.failed.append((label, _reason(exc)))
        else:
            getattr(self.report, status).append(label)
            self.report.article_ids.append(article_id)
            self.report.truncated.extend((label, note) for note in notes)
        self._counted()

    def _serial(self, doc: SourceDoc, label: str) -> Outcome:
        notes: list[str] = []
        status, article_id = store_doc(self.store, doc, label=label, aliases=self.aliases, limits=self.limits,
                                       notes=notes)
        return status, article_id, notes

    def _unchanged(self, doc: SourceDoc, label: str) -> Outcome | None:
        if not doc.text or not doc.text.strip():
            raise ValueError("no article text found")
        article_id = _stored_unchanged(self.store, source_key(doc, label), content_hash(doc))
        return ("unchanged", article_id, []) if article_id is not None else None

    def _settle(self, future: Future[Prepared]) -> Outcome:
        prepared = future.result()
        status, article_id = write_prepared(self.store, prepared)
        return status, article_id, prepared.notes


def input_problem(inputs: list[str], *, manifest: str | None = None, overrides: object | None = None,
                  limits: Limits = Limits()) -> str | None:
    """What makes a set of local inputs unfit to ingest as given, as one line; None when nothing does.

    Checked before anything is stored (``briefing ingest`` exits 2 on it): a file name that is not UTF-8 (it
    becomes the article's key and is shown in chats), and two files that would be one article to the store
    (one URL, or one name without URL), which would overwrite each other on every run. The manifest must
    already be valid. Problems of one file's content (binary, too large, no text) fail that file alone."""
    from bot.sources import load_manifest, local_articles

    entries = load_manifest(manifest) if manifest else None
    claimed: dict[str, str] = {}
    for article in local_articles(inputs, manifest=entries, overrides=overrides,  # type: ignore[arg-type]
                                  max_file_bytes=limits.file_bytes):
        if not article.name_is_utf8:
            return f"the name '{article.label}' is not UTF-8; rename the file or folder"
        key = source_key(SourceDoc(text="", url=article.url, source_file=article.name), article.label)
        if key in claimed:
            what = f"URL {key}" if article.url else f"name {article.name}"
            return (f"{article.label} and {claimed[key]} would be stored as one article (same {what}); "
                    "leave one out or give each its own url in the manifest")
        claimed[key] = article.label
    return None


def _first_of_each_key(docs: Iterable[tuple[str, SourceDoc | None, str | None]]
                       ) -> Iterator[tuple[str, SourceDoc | None, str | None]]:
    """The documents of one ingest, a later one that claims an earlier one's URL turned into a failure:
    two documents with one URL would otherwise overwrite each other on every run, and the input would
    never settle to "unchanged". ``briefing ingest`` refuses such local files before storing anything
    (``input_problem``); this catches the rest (feed entries, fetched pages) as they are read."""
    first: dict[str, str] = {}
    for label, doc, error in docs:
        key = source_key(doc, label) if doc is not None else None
        if key is not None and key in first:
            yield label, None, f"same URL as {first[key]} ({key}); only the first is stored"
            continue
        if key is not None:
            first[key] = label
        yield label, doc, error


def _reraise(exc: Exception) -> Outcome:
    raise exc


def _same(value: Outcome) -> Outcome:
    return value


def _is_web_url(item: str) -> bool:
    scheme, sep, rest = item.partition("://")
    return bool(sep) and scheme.lower() in ("http", "https") and bool(rest.strip())


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def reindex(store: Store, *, aliases: AliasConfig | None = None, progress: Progress | None = None) -> IngestReport:
    """Re-extract every stored article from its stored text (after changing the aliases file or rules), and
    group it into its story again on the new facts (one transaction per article, in the order stored)."""
    from bot.extraction import extract

    report = IngestReport()
    with store.session() as session:
        ids = queries.article_ids(session=session)
    for n, article_id in enumerate(ids, 1):
        try:
            with store.write() as session:
                article = queries.article_by_id(session=session, article_id=article_id)
                if article is None:
                    continue
                body = queries.article_text(session=session, article=article)
                doc = SourceDoc(text=body, title=article.title, publisher=article.publisher, byline=article.byline,
                                url=article.url, original_url=article.original_url, published=article.published, language=article.language,
                                source_file=article.source_file, raw=article.raw_text)  # None: as the body
                extraction = extract(doc.text, language=doc.language, published=doc.published, title=doc.title,
                                     aliases=aliases)
                queries.save_article(session=session, doc=doc, extraction=extraction, source_key=article.source_key,
                                     content_hash=article.content_hash, existing=article)
                stories.file_article(session, article)  # grouped again on its re-extracted facts
            report.updated.append(article.source_key)
        except Exception as exc:
            log.exception("reindex failed for article %s", article_id)
            report.failed.append((str(article_id), _reason(exc)))
        if progress:
            progress(n, len(ids))
    return report
