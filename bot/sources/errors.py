"""The one exception type the sources layer raises."""

from __future__ import annotations


class SourceError(Exception):
    """A source could not be read, fetched or parsed.

    ``str(err)`` is a short human reason ("HTTP 404", "timed out after 15s") meant to be shown to the
    person who asked for the ingest, so keep it free of tracebacks and internal names.
    """
