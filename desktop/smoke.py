"""Smoke-test hook: ``PLANNER_SMOKE_TEST`` makes the app report its start-up and close itself.

packaging/smoke.py runs the frozen ``planner-desktop`` with this variable set
(offscreen, on the example programme). When the first main window has been
shown, at the event loop's first turn (its paint is the next event queued, as for
benchmarks/bare_window.py), the hook records

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

from PySide6.QtCore import QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMainWindow

ENV = "PLANNER_SMOKE_TEST"
ACTUALS_ENV = "PLANNER_SMOKE_ACTUALS"
#: Libraries that must not be imported before the window shows (see platform-notes, Startup).
HEAVY_MODULES = ("pandas", "numpy", "reportlab", "docx", "openpyxl", "python_calamine", "lxml")
#: Milliseconds between looks for the main window while something else (a dialog) is shown first.
POLL_MS = 20


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
    """Looks for a shown QMainWindow at the event loop's first turn, then reports and closes it.

    It looks with a zero timer instead of an application-wide event filter: a filter
    written in Python is called for each of the ~2,700 events of building the window,
    and converting each event to Python (the first of each kind makes PySide create its
    event classes) cost ~30 ms of CPU before the window showed -- the probe's own
    time, measured as the app's start-up. The report comes at the same point: the
    first event-loop turn after ``show()``, as benchmarks/bare_window.py reports its
    window. A start that shows a dialog first (the recovery offer) is looked at
    again every :data:`POLL_MS` until the main window is visible.
    """

    def __init__(self, app: QApplication, target: str) -> None:
        super().__init__(app)
        self._app = app
        self._target = target
        self._done = False
        QTimer.singleShot(0, self, self._look)

    def stop(self) -> None:
        """Report nothing (tests that end before a window was shown)."""
        self._done = True

    def _look(self) -> None:
        if self._done:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                self._done = True
                self._report_and_close(widget)
                return
        QTimer.singleShot(POLL_MS, self, self._look)

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

    Returns the watcher (tests stop it with ``stop()``), or None.
    """
    target = os.environ.get(ENV)
    if not target:
        return None
    return _ShowWatcher(app, target)
