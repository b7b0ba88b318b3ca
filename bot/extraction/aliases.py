"""User-editable aliases file (YAML), applied by ``extract`` after an article's own merging.

Format (every key optional)::

    merge:              # canonical name: other names that mean the same entity
      Scale AI: [ScaleAI, Scale]
      Meta: [Meta Platforms, Meta Platforms Inc., Facebook]
    rename:             # old canonical name: new canonical name
      Open AI: OpenAI
    suppress:           # names never to keep as entities (any alias or canonical)
      - Birkin
      - Google News
    kinds:              # force a kind: person, org, product, place, media, author
      Surge: org

Names match case-insensitively and ignoring spaces and punctuation ("ScaleAI" = "Scale AI").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from db.names import compact_name

if TYPE_CHECKING:
    from .entities import EntityTable

KINDS = {"person", "org", "product", "place", "media", "author"}


def _section(data: dict[str, Any], key: str) -> dict[Any, Any]:
    return data.get(key) or {}


def _find(table: EntityTable, name: str) -> str | None:
    """The canonical name in ``table`` that ``name`` is (as canonical name first, then as any surface form)."""
    k = compact_name(name)
    for c in table.kinds:
        if compact_name(c) == k:
            return c
    for sf, c in table.canon.items():
        if compact_name(sf) == k and c in table.kinds:
            return c
    return None


def _move(table: EntityTable, src: str, dst: str) -> None:
    """Make ``src`` and all its surface forms names of ``dst`` (created as an org when it is new)."""
    if src == dst:
        return
    kind = table.kinds.pop(src, None)
    table.kinds.setdefault(dst, kind or "org")
    table.aliases.setdefault(dst, set())
    for sf, c in list(table.canon.items()):
        if c == src:
            table.canon[sf] = dst
            if sf != dst:
                table.aliases[dst].add(sf)
    table.aliases[dst] |= table.aliases.pop(src, set())
    table.aliases[dst].discard(dst)
    table.canon[dst] = dst


def _drop(table: EntityTable, gone: str) -> None:
    """Forget an entity and every surface form that named it."""
    table.kinds.pop(gone, None)
    table.aliases.pop(gone, None)
    for sf, cc in list(table.canon.items()):
        if cc == gone:
            del table.canon[sf]


@dataclass
class AliasConfig:
    merge: dict[str, list[str]] = field(default_factory=dict)
    rename: dict[str, str] = field(default_factory=dict)
    suppress: list[str] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> AliasConfig:
        data = data or {}
        if not isinstance(data, dict):
            raise ValueError("aliases file must be a mapping with merge/rename/suppress/kinds")
        merge = {str(k): [str(x) for x in (v or [])] for k, v in _section(data, "merge").items()}
        rename = {str(k): str(v) for k, v in _section(data, "rename").items()}
        suppress = [str(x) for x in (data.get("suppress") or [])]
        kinds = {str(k): str(v) for k, v in _section(data, "kinds").items()}
        bad = {v for v in kinds.values() if v not in KINDS}
        if bad:
            raise ValueError(f"unknown kind(s) in aliases file: {sorted(bad)}")
        return cls(merge, rename, suppress, kinds)

    @classmethod
    def load(cls, path: str | Path) -> AliasConfig:
        return cls.from_dict(yaml.safe_load(Path(path).read_text(encoding="utf-8")))

    def apply(self, table: EntityTable) -> None:
        """Rewrite an article's entity table in place: merges, then renames, suppressions and kinds."""
        self._merge(table)
        for old, new in self.rename.items():
            found = _find(table, old)
            if found:
                _move(table, found, new)
        for name in self.suppress:
            gone = _find(table, name)
            if gone:
                _drop(table, gone)
        for name, kind in self.kinds.items():
            typed = _find(table, name)
            if typed:
                table.kinds[typed] = kind

    def _merge(self, table: EntityTable) -> None:
        for canonical, others in self.merge.items():
            present = [c for c in (_find(table, n) for n in [canonical, *others]) if c]
            if not present:
                continue
            for c in dict.fromkeys(present):
                _move(table, c, canonical)
            table.kinds[canonical] = table.kinds.get(canonical) or "org"
