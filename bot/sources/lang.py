"""Language guess (kept importable from here; the one implementation is bot.language)."""

from bot.language import detect_language

__all__ = ["detect_language"]
