"""PySide6 6.12 on Python 3.11 takes a reference from None/True on every void call and emit:
the guard in desktop/pyside_refcounts.py must keep a long session from aborting."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SESSION = textwrap.dedent("""
    import desktop  # applies the guard
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit

    class Source(QObject):
        changed = Signal(object)

    app = QApplication([])
    edit = QLineEdit()
    source = Source()
    source.changed.connect(lambda _obj: edit.setText("x"))
    for _ in range(60_000):  # far more than the few thousand references None and True start with
        edit.setEnabled(True)
        source.changed.emit(None)
    print("ok")
""")


def test_a_long_session_of_void_calls_and_emits_does_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", SESSION], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def test_the_guard_applies_where_the_singletons_are_mortal():
    from desktop import pyside_refcounts

    assert pyside_refcounts.guard_singleton_refcounts() == pyside_refcounts.needed()
    if pyside_refcounts.needed():
        assert sys.getrefcount(None) > 1 << 59 and sys.getrefcount(True) > 1 << 59
