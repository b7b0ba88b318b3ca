"""Extraction layer: article text -> facts (entities, roles, dated events, amounts, quotes)."""

from .aliases import AliasConfig
from .pipeline import extract

__all__ = ["AliasConfig", "extract"]
