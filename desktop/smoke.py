"""Smoke-test hook: ``PLANNER_SMOKE_TEST`` makes the app report its start-up and close itself.

packaging/smoke.py runs the frozen ``planner-desktop`` with this variable set
(offscreen, on the example programme). When the first main window has been
shown and the event loop has painted it, the hook records

- ``shown_after_s``: seconds from process creation (bootloader included) to now,
- which heavy libraries were already imported (they must load lazily),
- the window title, whether the app runs frozen, the UI font family,
- where Qt's own translations are and whether qtbase_fi/sv load,

writes them as JSON (to the file the variable names, or to stdout when it is
``1``) and closes the window the normal way, so the app must then exit with 0.
Nothing happens when the variable is unset.

With ``PLANNER_SMOKE_ACTUALS`` naming a workbook, the hook then also reads it
the way the import wizard does, in a child process
(:func:`planner.followup.actuals.isolated_read.read_sheets_isolated`), and reports the
rows read or the error text under ``actuals_isolated``: in the frozen build
this proves the child (the executable started again by multiprocessing) works.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMainWindow

ENV = "PLANNER_SMOKE_TEST"
ACTUALS_ENV = "PLANNER_SMOKE_ACTUALS"
#: Libraries that must not be imported before the window shows (see platform-notes, Startup).
HEAVY_MODULES = ("pandas", "numpy", "reportlab", "docx", "openpyxl", "python_calamine", "lxml")


def process_age_s() -> float | None:
    """Seconds since this process was created, or None where the OS does not tell."""
    try:
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
            kernel32.GetCurrentProcess.restype = wintypes.HANDLE
            kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE] + [ctypes.POINTER(wintypes.FILETIME)] * 4
            kernel32.GetProcessTimes.restype = wintypes.BOOL
            kernel32.GetSystemTimePreciseAsFileTime.argtypes = [ctypes.POINTER(wintypes.FILETIME)]
            creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
            if not kernel32.GetProcessTimes(
                kernel32.GetCurrentProcess(), ctypes.byref(creation), ctypes.byref(exit_), ctypes.byref(kernel),
                ctypes.byref(user),
            ):
                return None
            now = wintypes.FILETIME()
            kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

            def ticks(ft: wintypes.FILETIME) -> int:
                return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

            return (ticks(now) - ticks(creation)) / 1e7
        if sys.platform.startswith("linux"):
            with open("/proc/self/stat", encoding="ascii") as f:
                stat = f.read()
            start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
            with open("/proc/uptime", encoding="ascii") as f:
                uptime = float(f.read().split()[0])
            return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, AttributeError, IndexError):
        return None
    return None


def _qt_translations() -> dict[str, object]:
    """Where Qt finds its own translations, and whether Finnish/Swedish load (standard buttons, dialogs)."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loads = {}
    for language in ("fi", "sv"):
        translator = QTranslator()
        loads[f"qtbase_{language}"] = translator.load(f"qtbase_{language}", folder)
    return {"dir": folder, **loads}


class _ShowWatcher(QObject):
    """Waits for the first QMainWindow Show event, then reports and closes that window."""

    def __init__(self, app: QApplication, target: str) -> None:
        super().__init__(app)
        self._app = app
        self._target = target
        self._done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Show and isinstance(obj, QMainWindow) and obj.isWindow():
            self._done = True
            # Let the event loop lay out and paint the window first.
            QTimer.singleShot(0, lambda w=obj: self._report_and_close(w))
        return False

    def _report_and_close(self, window: QMainWindow) -> None:
        report = {
            "shown_after_s": process_age_s(),
            "shown_at": time.time(),
            "window_title": window.windowTitle(),
            "frozen": bool(getattr(sys, "frozen", False)),
            "heavy_modules_loaded": sorted(m for m in HEAVY_MODULES if m in sys.modules),
            "ui_font": QFontInfo(self._app.font()).family(),
            "platform": self._app.platformName(),
            "qt_translations": _qt_translations(),
        }
        actuals = os.environ.get(ACTUALS_ENV)
        if actuals:
            report["actuals_isolated"] = _read_isolated(actuals)
        text = json.dumps(report, ensure_ascii=False)
        if self._target == "1":
            print(text, flush=True)
        else:
            with open(self._target, "w", encoding="utf-8") as f:
                f.write(text)
        window.close()


def _read_isolated(path: str) -> dict[str, object]:
    """Read a workbook in the child process, as the import wizard does (after the window was shown)."""
    from planner.followup.actuals import ActualsError
    from planner.followup.actuals.isolated_read import read_sheets_isolated

    try:
        sheets = read_sheets_isolated(path)
    except ActualsError as exc:
        return {"error": exc.one_line()}
    return {"sheets": [s.name for s in sheets], "rows": sum(len(s.rows) for s in sheets)}


def install(app: QApplication) -> QObject | None:
    """Call once after creating the QApplication; does nothing unless ``PLANNER_SMOKE_TEST`` is set.

    Returns the installed event filter (tests remove it again), or None.
    """
    target = os.environ.get(ENV)
    if not target:
        return None
    watcher = _ShowWatcher(app, target)
    app.installEventFilter(watcher)
    return watcher
