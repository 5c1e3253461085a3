"""Pausing Python's cyclic garbage collector while an import builds many small objects.

Reading 100,000 rows makes hundreds of thousands of tuples, lists and records,
none of them in reference cycles; the collector's repeated passes over that
growing heap took more time than the import itself (2.0 s of 2.7 s). Reference
counting still frees everything; the collector runs again when the last import
under way ends. Nested and concurrent use (the wizard's worker thread beside the
command line in tests) is counted, so the collector is switched back on only
once and only if it was on.
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
                gc.enable()
