"""Pausing Python's cyclic garbage collector while an import builds many small objects.

Reading 100,000 rows makes hundreds of thousands of tuples, lists and records,
none of them in reference cycles; the collector's repeated passes over that
growing heap took more time than the import itself (2.0 s of 2.7 s). Reference
counting still frees everything; the collector runs again when the last import
under way ends. Nested and concurrent use (the wizard's worker thread beside the
command line in tests) is counted, so the collector is switched back on only
once and only if it was on.

When the last pause ends, what was made during it is moved straight into the
oldest generation (``gc.freeze()`` then ``gc.unfreeze()``: no pass over it, and
it does not count towards the next full collection). Otherwise the first
allocation after the pause (storing the import, the comparison, or the GUI
thread painting) ran young-generation passes over every row and record just
made, and soon a full one: 0.9 s of apply_import for 100,000 values, and a
stall of the window. Cycles among those objects are still found by the next
full collection, whenever that comes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.freeze()
                gc.unfreeze()
                gc.enable()
