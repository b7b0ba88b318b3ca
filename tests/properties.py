"""How many examples a property test runs: its own count under ``make test``, the stress profile's
(10,000) under ``make stress`` (BRIEFING_HYPOTHESIS_PROFILE=stress, loaded in tests/conftest.py)."""

from __future__ import annotations

import os

STRESS = os.environ.get("BRIEFING_HYPOTHESIS_PROFILE") == "stress"


def examples(count: int) -> int:
    """``count`` for ``make test``; the stress profile's count (at least ``count``) for ``make stress``."""
    from hypothesis import settings

    return max(count, settings.get_profile("stress").max_examples) if STRESS else count
