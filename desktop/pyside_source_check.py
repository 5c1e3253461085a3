"""A cheaper answer to PySide6's "does this module use PySide6?" question, asked of every import.

PySide6 replaces ``builtins.__import__`` (its ``__feature__`` machinery, for
``from __feature__ import snake_case``) and, after EVERY module imported once
PySide6 is loaded, calls ``shibokensupport.feature._mod_uses_pyside(module)``,
which is ``"PySide6" in inspect.getsource(module)``: ``inspect`` finds the file,
``linecache`` reads and decodes it into a list of lines, and they are joined again.
For the ~70 modules the first window imports, the whole start measured side by side
took ~7 ms of CPU more with it than with the byte test below, of ~0.19 s to the window
shown (benchmarks/run_all.py, row 7).

:func:`install` replaces that function by the same test on the file's bytes:
a module whose ``__file__`` is an existing ``.py`` file uses PySide6 when its
bytes contain ``b"PySide6"``, exactly what the original decides for every source
Python can import (the name is ASCII, so it is the same substring in any
encoding Python source may use). Any other module -- built-in, extension, a
frozen app's module without a source file, a file that cannot be read -- gets
PySide6's own answer. The one case that could differ is a source file whose
encoding ``tokenize`` rejects (the original returns False then): such a module
would count as "uses PySide6", which only means PySide6 would switch it if it
asked for a ``__feature__``; this app asks for none (no ``from __feature__``
anywhere), so the answer changes nothing it does.

Guarded: a PySide6 without ``shibokensupport.feature._mod_uses_pyside`` starts
as it is. Installed once, from ``desktop/__init__.py``, before the app's own
modules are imported.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MODULE = "shibokensupport.feature"
_NAME = "_mod_uses_pyside"

#: PySide6's own function, kept for the modules the byte test does not decide.
_original: Callable[[ModuleType], bool] | None = None


def uses_pyside(module: ModuleType) -> bool:
    """True when ``module``'s source names PySide6 (PySide6's own test, without ``inspect``)."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as f:
                return b"PySide6" in f.read()
        except OSError:
            pass
    return _original(module) if _original is not None else False


def install() -> bool:
    """Put :func:`uses_pyside` in place of PySide6's check; True when it is (now or before)."""
    global _original
    import PySide6  # noqa: F401 (loads shiboken's support modules, the feature hook among them)

    feature = sys.modules.get(_MODULE)
    current = getattr(feature, _NAME, None)
    if current is None or not callable(current):
        return False
    if current is not uses_pyside:
        _original = current
        setattr(feature, _NAME, uses_pyside)
    return True


def original() -> Callable[[ModuleType], bool] | None:
    """PySide6's own check (for the test that both give the same answers), or None before :func:`install`."""
    return _original
