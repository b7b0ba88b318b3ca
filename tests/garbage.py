"""What a call leaves for Python's cyclic garbage collector: objects that plain reference counting cannot free."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def cyclic_garbage(call: Callable[[], T]) -> tuple[T, list[object]]:
    """``call``'s result, and the objects it left that only a cyclic collection frees (collector off meanwhile)."""
    gc.collect()
    gc.disable()
    try:
        result = call()
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    return result, left
