"""Running the import step off the GUI thread, with progress and Cancel.

The task only calls :func:`planner.actuals.prepare_import` and reports back
through signals, which Qt delivers on the GUI thread; it never touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.actuals.error_text import describe_actuals_error
from planner.actuals import ActualsError, Cancelled, prepare_import
from planner.actuals.layout import DetectedLayout
from planner.actuals.readers import RawSheet
from planner.model import Programme


class _Task(QObject):
    progress = Signal(int, str)
    finished = Signal(object)  # ImportPlan
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, programme: Programme, path: str, sheet: str | None, layout: DetectedLayout | None,
                 sheets: list[RawSheet] | None, cancel_event: threading.Event) -> None:
        super().__init__()
        self._args = (programme, path, sheet, layout, sheets)
        self._cancel = cancel_event

    @Slot()
    def run(self) -> None:
        programme, path, sheet, layout, sheets = self._args
        try:
            plan = prepare_import(
                programme, path, sheet, layout,
                progress=lambda share, text: self.progress.emit(int(share * 100), text),
                cancelled=self._cancel.is_set,
                sheets=sheets,
            )
        except Cancelled:
            self.cancelled.emit()
        except ActualsError as exc:
            self.failed.emit(describe_actuals_error(exc))
        except Exception as exc:  # noqa: BLE001 - never a traceback in front of the user
            self.failed.emit(f"Odottamaton virhe tiedostoa luettaessa: {type(exc).__name__}: {exc}")
        else:
            self.finished.emit(plan)


class ImportRunner(QObject):
    """Starts one import task in a QThread; emits its result on the GUI thread."""

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._task: _Task | None = None
        self._cancel = threading.Event()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self, programme: Programme, path: str, sheet: str | None = None,
              layout: DetectedLayout | None = None, sheets: list[RawSheet] | None = None) -> None:
        self.wait()
        self._cancel = threading.Event()
        self._thread = QThread()
        self._task = _Task(programme, path, sheet, layout, sheets, self._cancel)
        self._task.moveToThread(self._thread)
        self._thread.started.connect(self._task.run)
        self._task.progress.connect(self.progress)
        self._task.finished.connect(self.finished)
        self._task.failed.connect(self.failed)
        self._task.cancelled.connect(self.cancelled)
        for sig in (self._task.finished, self._task.failed, self._task.cancelled):
            sig.connect(self._thread.quit)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._task = None


class _CallTask(QObject):
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, func: Callable[[], object]) -> None:
        super().__init__()
        self._func = func

    @Slot()
    def run(self) -> None:
        try:
            result = self._func()
        except ActualsError as exc:
            self.failed.emit(describe_actuals_error(exc))
        except Exception as exc:  # noqa: BLE001 - never a traceback in front of the user
            self.failed.emit(f"Odottamaton virhe: {type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)


class CallRunner(QObject):
    """Runs one pure core function in a QThread (the summary's build and comparison); result on the GUI thread.

    The function must only read what the GUI does not change meanwhile (the
    wizard keeps its pages still while a run is under way).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._task: _CallTask | None = None

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self, func: Callable[[], object]) -> None:
        self.wait()
        self._thread = QThread()
        self._task = _CallTask(func)
        self._task.moveToThread(self._thread)
        self._thread.started.connect(self._task.run)
        self._task.finished.connect(self.finished)
        self._task.failed.connect(self.failed)
        for sig in (self._task.finished, self._task.failed):
            sig.connect(self._thread.quit)
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._task = None
