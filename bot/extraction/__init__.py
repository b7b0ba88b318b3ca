"""Extraction layer: article text -> facts (entities, roles, dated events, amounts, quotes)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aliases import AliasConfig
    from .pipeline import extract

__all__ = ["AliasConfig", "extract"]


def __getattr__(name: str) -> Any:
    """``extract`` and ``AliasConfig`` are imported when first asked for: the stages compile a few hundred
    patterns, and a process that needs one module of this package (the answers read titles, event
    families, sentences) does not pay for the others."""
    if name == "extract":
        from .pipeline import extract

        return extract
    if name == "AliasConfig":
        from .aliases import AliasConfig

        return AliasConfig
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
