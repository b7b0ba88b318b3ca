"""Metadata manifests: a JSON list of {file, language, published, url?, title?, publisher?}."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from pathlib import Path

from bot.sources.errors import SourceError

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
YEARS = (1800, 2200)  # news, not history: a year outside this is a typo
_LANGS = {"id", "en"}
_KEYS = {"file", "language", "published", "url", "title", "publisher"}


def check_published(value: str) -> str:
    """``value`` if it is a real YYYY, YYYY-MM or YYYY-MM-DD date, else ``SourceError`` saying what is wrong."""
    m = _DATE.fullmatch(value.strip())
    if not m:
        raise SourceError(f"published must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if not YEARS[0] <= year <= YEARS[1]:
        raise SourceError(f"published {value!r}: year must be between {YEARS[0]} and {YEARS[1]}")
    if month is not None and not 1 <= int(month) <= 12:
        raise SourceError(f"published {value!r}: there is no month {month}")
    if day is not None and not 1 <= int(day) <= calendar.monthrange(year, int(month))[1]:
        raise SourceError(f"published {value!r}: there is no day {day} in {calendar.month_name[int(month)]} {year}")
    return value.strip()


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    language: str | None = None
    published: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    url: str | None = None
    title: str | None = None
    publisher: str | None = None


def _str(item: dict, key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SourceError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def parse_manifest(data: object, *, name: str = "manifest") -> dict[str, ManifestEntry]:
    """Validate already-decoded JSON; keys of the result are file names (no folders)."""
    if not isinstance(data, list):
        raise SourceError(f"{name}: expected a JSON list of entries")
    out: dict[str, ManifestEntry] = {}
    for i, item in enumerate(data):
        where = f"{name} entry {i + 1}"
        if not isinstance(item, dict):
            raise SourceError(f"{where}: expected an object")
        unknown = set(item) - _KEYS
        if unknown:
            raise SourceError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        file = _str(item, "file", where)
        if not file:
            raise SourceError(f"{where}: 'file' is required")
        where = f"{name} entry {i + 1} ({file})"
        lang = _str(item, "language", where)
        if lang is not None and lang.lower() not in _LANGS:
            raise SourceError(f"{where}: language must be 'id' or 'en', got {lang!r}")
        published = _str(item, "published", where)
        if published is not None:
            try:
                check_published(published)
            except SourceError as exc:
                raise SourceError(f"{where}: {exc}") from None
        url = _str(item, "url", where)
        if url is not None and not re.match(r"^https?://\S+$", url):
            raise SourceError(f"{where}: url must be an http(s) URL")
        key = Path(file).name
        if key in out:
            raise SourceError(f"{where}: file listed twice")
        out[key] = ManifestEntry(
            file=file,
            language=lang.lower() if lang else None,
            published=published,
            url=url,
            title=_str(item, "title", where),
            publisher=_str(item, "publisher", where),
        )
    return out


def load_manifest(path: str | Path) -> dict[str, ManifestEntry]:
    """Read and validate a manifest file.  Raises ``SourceError`` with the file and entry at fault."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceError(f"cannot read manifest {p}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise SourceError(f"manifest {p} is not UTF-8 text") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"manifest {p} is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    except RecursionError:
        raise SourceError(f"manifest {p} is nested too deeply to be a list of entries") from None
    return parse_manifest(data, name=p.name)
