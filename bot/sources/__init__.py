"""Sources layer: files, URLs and feeds in, ``SourceDoc`` out.  Only ``fetch`` touches the network.

The names below load on first use: extraction imports ``bot.sources.boilerplate`` alone, and must not pay
for the fetcher and the HTML parsers (about two seconds of imports) to read its line rules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.sources.errors import SourceError
    from bot.sources.fetch import Fetcher, FetchResult
    from bot.sources.manifest import ManifestEntry, load_manifest
    from bot.sources.resolve import LocalArticle, Overrides, SourceResult, iter_sources, local_articles

_HOME = {
    "SourceError": "errors",
    "Fetcher": "fetch",
    "FetchResult": "fetch",
    "ManifestEntry": "manifest",
    "load_manifest": "manifest",
    "LocalArticle": "resolve",
    "Overrides": "resolve",
    "SourceResult": "resolve",
    "iter_sources": "resolve",
    "local_articles": "resolve",
}

__all__ = ["FetchResult", "Fetcher", "LocalArticle", "ManifestEntry", "Overrides", "SourceError", "SourceResult",
           "iter_sources", "load_manifest", "local_articles"]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'bot.sources' has no attribute {name!r}")
    return getattr(importlib.import_module(f"bot.sources.{_HOME[name]}"), name)
