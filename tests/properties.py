"""How many examples a property test runs: its own count under ``make test``, the stress profile's
(10,000) under ``make stress`` (BRIEFING_HYPOTHESIS_PROFILE=stress, loaded in tests/conftest.py)."""

from __future__ import annotations

import os

STRESS = os.environ.get("BRIEFING_HYPOTHESIS_PROFILE") == "stress"


def examples(count: int, *, stress: int | None = None) -> int:
    """``count`` for ``make test``; for ``make stress``, ``stress`` when given (a test too slow for 10,000:
    drawing PNGs), else the stress profile's count (at least ``count``)."""
    from hypothesis import settings

    if not STRESS:
        return count
    return stress if stress is not None else max(count, settings.get_profile("stress").max_examples)
