"""Ingest pipeline: sources -> extraction -> store, one write transaction per article.

Idempotent: an article is identified by its URL (else its file name); the same content again
changes nothing, changed content replaces the old version in place.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.domain import SourceDoc
from db import queries

if TYPE_CHECKING:
    from bot.app import BriefingApp

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)
    article_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"{len(self.new)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.failed)} failed"
        )


def source_key(doc: SourceDoc, fallback: str) -> str:
    if doc.url:
        return doc.url.strip()
    return "file:" + (doc.source_file or fallback)


def content_hash(doc: SourceDoc) -> str:
    parts = [doc.text, doc.title or "", doc.published or "", doc.language or "", doc.url or "", doc.original_url or "",
             doc.publisher or "", doc.byline or ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _aliases(app: BriefingApp):  # type: ignore[no-untyped-def]
    from bot.extraction import AliasConfig

    path = app.settings.aliases_file
    return AliasConfig.load(path) if path else None


def store_doc(app: BriefingApp, doc: SourceDoc, *, label: str, aliases=None) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """Extract and store one document; returns ("new" | "updated" | "unchanged", article id)."""
    from bot.extraction import extract

    if not doc.text or not doc.text.strip():
        raise ValueError("no article text found")
    key = source_key(doc, label)
    digest = content_hash(doc)
    with app.store.write() as session:
        existing = queries.find_article(session=session, source_key=key)
        if existing is not None and existing.content_hash == digest:
            return "unchanged", existing.id
        extraction = extract(doc.text, language=doc.language, published=doc.published, title=doc.title, aliases=aliases)
        article = queries.save_article(
            session=session, doc=doc, extraction=extraction, source_key=key, content_hash=digest, existing=existing
        )
        return ("updated" if existing is not None else "new"), article.id


def ingest_inputs(
    app: BriefingApp,
    inputs: list[str],
    *,
    manifest: str | None = None,
    overrides: object | None = None,
    fetcher: object | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files, folders, URLs and feeds. Failures are reported per item; what succeeded is kept."""
    from bot.sources import Fetcher, SourceError, iter_sources, load_manifest

    report = IngestReport()
    try:
        manifest_entries = load_manifest(manifest) if manifest else None
    except SourceError as exc:
        report.failed.append((str(manifest), str(exc)))
        return report
    if fetcher is None:
        fetcher = Fetcher(
            timeout=app.settings.fetch_timeout, max_bytes=app.settings.fetch_max_bytes, user_agent=app.settings.user_agent
        )
    aliases = _aliases(app)
    done = 0
    for result in iter_sources(list(inputs), fetcher=fetcher, manifest=manifest_entries, overrides=overrides):  # type: ignore[arg-type]
        label = result.input
        if result.doc is None:
            report.failed.append((label, result.error or "could not read"))
        else:
            try:
                status, article_id = store_doc(app, result.doc, label=label, aliases=aliases)
            except Exception as exc:  # one bad article must not stop the batch; its transaction rolled back
                log.exception("ingest failed for %s", label)
                report.failed.append((label, _reason(exc)))
            else:
                getattr(report, status).append(label)
                report.article_ids.append(article_id)
        done += 1
        if progress:
            progress(done, None)
    return report


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def reindex(app: BriefingApp, progress: Progress | None = None) -> IngestReport:
    """Re-extract every stored article from its stored text (after changing the aliases file or rules)."""
    from bot.extraction import extract

    aliases = _aliases(app)
    report = IngestReport()
    with app.store.session() as session:
        ids = queries.article_ids(session=session)
    for n, article_id in enumerate(ids, 1):
        try:
            with app.store.write() as session:
                article = queries.article_by_id(session=session, article_id=article_id)
                if article is None:
                    continue
                doc = SourceDoc(text=article.body_text, title=article.title, publisher=article.publisher,
                                byline=article.byline, url=article.url, original_url=article.original_url,
                                published=article.published, language=article.language,
                                source_file=article.source_file, raw=article.raw_text)
                extraction = extract(doc.text, language=doc.language, published=doc.published, title=doc.title,
                                     aliases=aliases)
                queries.save_article(session=session, doc=doc, extraction=extraction, source_key=article.source_key,
                                     content_hash=article.content_hash, existing=article)
            report.updated.append(article.source_key)
        except Exception as exc:
            log.exception("reindex failed for article %s", article_id)
            report.failed.append((str(article_id), _reason(exc)))
        if progress:
            progress(n, len(ids))
    return report
