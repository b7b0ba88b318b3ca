"""Sources layer: files, URLs and feeds in, ``SourceDoc`` out.  Only ``fetch`` touches the network."""

from bot.sources.errors import SourceError
from bot.sources.fetch import Fetcher, FetchResult
from bot.sources.manifest import ManifestEntry, load_manifest
from bot.sources.resolve import LocalArticle, Overrides, SourceResult, iter_sources, local_articles

__all__ = [
    "Fetcher",
    "FetchResult",
    "LocalArticle",
    "ManifestEntry",
    "Overrides",
    "SourceError",
    "SourceResult",
    "iter_sources",
    "load_manifest",
    "local_articles",
]
