"""Keep PySide6 6.12 from crashing Python 3.11: None, True and False never reach a reference count of 0.

PySide6 6.12.0 returns the singletons without taking a reference for them: every
call of a void method (``setEnabled``, ``setText`` ...) takes one reference from
``None``, every ``Signal.emit`` one from ``True``. On Python 3.12+ these objects
are immortal and nothing happens; on 3.11 their counts (a few thousand at start)
run down and the process aborts with "Fatal Python error: none_dealloc /
bool_dealloc" after a few thousand clicks, edits or emits (measured: the main
window with the example died after ~1,600 ``state_changed.emit()`` calls; a test
run dies at exit). Measured with ``sys.getrefcount`` around each call; see
benchmarks/run_all.py's notes.

The guard does what Python 3.12 does (PEP 683): it gives the three objects a
count so large that no session can run it down. They are statically allocated
and never freed, so an extra count changes nothing else. Applied once, when the
``desktop`` package is first imported (before any window exists), on CPython
< 3.12 release builds only. Remove it when the app runs on Python 3.12+ or a
PySide6 that takes its references again.
"""

from __future__ import annotations

import sys

#: Added to each object's count: 2**60 calls are never made.
_EXTRA = 1 << 60
_applied = False


def needed() -> bool:
    """True where the singletons are mortal: CPython before 3.12, and not a debug build (other layout)."""
    return (sys.implementation.name == "cpython" and sys.version_info < (3, 12)
            and not hasattr(sys, "gettotalrefcount"))


def guard_singleton_refcounts() -> bool:
    """Raise the counts of None, True and False once; returns True when it did (now or before)."""
    global _applied
    if _applied:
        return True
    if not needed():
        return False
    import ctypes

    for obj in (None, True, False):
        # ob_refcnt is the first field of every PyObject in a release build.
        ctypes.c_ssize_t.from_address(id(obj)).value += _EXTRA
    _applied = True
    return True
