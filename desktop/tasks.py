"""The one way the GUI runs long work: a core function in a worker thread.

:class:`TaskRunner` runs ``func(data, control)`` in a ``QThread`` and reports back through
its signals, which Qt delivers on the GUI thread (the runner lives there), so slots may
touch widgets. ``data`` is deep-copied on the GUI thread before the worker starts: the
user can keep editing the live programme while an export or an import reads its copy.

``control`` (:class:`TaskControl`) is how the function talks back:
``control.progress(done, total, text)`` reports progress and, once the user has asked to
cancel, raises the runner's ``cancel_exception`` (the one the core function lets through,
e.g. ``ExportCancelled``; :class:`TaskCancelled` by default); ``control.is_cancelled``
suits core functions that take a ``cancelled()`` callable. A run that raises
``cancel_exception`` or :class:`TaskCancelled` ends as ``cancelled``; any other exception
ends as ``failed(exc)`` and the caller words it for the user (never a traceback).

One runner runs one task at a time; :meth:`TaskRunner.start` while one runs first waits
for it and drops its result, so a result never arrives for a run that was replaced.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class TaskCancelled(Exception):
    """Raised by :meth:`TaskControl.progress` once cancel was asked."""


class TaskControl:
    """Handed to the task function: progress out, cancel in. Safe to call from the worker thread."""

    def __init__(self, emit_progress: Callable[[int, int, str], None], event: threading.Event,
                 cancel_exception: type[Exception] = TaskCancelled) -> None:
        self._emit = emit_progress
        self._event = event
        self._cancel_exception = cancel_exception

    def is_cancelled(self) -> bool:
        return self._event.is_set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total``; raises the cancel exception when the user cancelled."""
        if self._event.is_set():
            raise self._cancel_exception()
        self._emit(done, total, text)


class _Worker(QObject):
    """Lives in the worker thread for one run; never touches a widget."""

    progressed = Signal(int, int, int, str)  # run number, done, total, text
    ended = Signal(int, str, object)  # run number, "finished" | "failed" | "cancelled", result or exception

    def __init__(self, run_no: int, func: Callable[[Any, TaskControl], Any], data: Any,
                 event: threading.Event, cancel_exception: type[Exception], copy_here: bool = False) -> None:
        super().__init__()
        self._run_no, self._func, self._data, self._copy_here = run_no, func, data, copy_here
        self._control = TaskControl(lambda done, total, text: self.progressed.emit(run_no, done, total, text), event,
                                    cancel_exception)
        self._cancel_exceptions = (TaskCancelled, cancel_exception)

    @Slot()
    def run(self) -> None:
        try:
            data = copy.deepcopy(self._data) if self._copy_here else self._data
            result = self._func(data, self._control)
        except self._cancel_exceptions:
            self.ended.emit(self._run_no, "cancelled", None)
        except BaseException as exc:  # noqa: BLE001 - even a native library's panic: the caller words it
            self.ended.emit(self._run_no, "failed", exc)
        else:
            self.ended.emit(self._run_no, "finished", result)


class TaskRunner(QObject):
    """Runs one function at a time off the GUI thread; every signal arrives on the GUI thread."""

    progressed = Signal(int, int, str)  # done, total, text
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 cancel_exception: type[Exception] = TaskCancelled) -> None:
        super().__init__(parent)
        self._cancel_exception = cancel_exception
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._event = threading.Event()
        self._run_no = 0

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, func: Callable[[Any, TaskControl], Any], data: Any = None, *, copy_input: bool = True,
              copy_in_worker: bool = False) -> None:
        """Run ``func(copy of data, control)`` in a worker thread.

        ``copy_input=False`` is for data the GUI does not change while the task runs
        (a read-only plan, a file path). ``copy_in_worker=True`` makes the copy in the
        worker instead of here, for data nothing can change until the task ends (a modal
        dialog's programme): a 400-indicator programme's copy froze the window 35-70 ms.
        """
        self.wait()
        self._run_no += 1
        self._event = threading.Event()
        payload = copy.deepcopy(data) if copy_input and not copy_in_worker else data
        self._thread = QThread()
        self._worker = _Worker(self._run_no, func, payload, self._event, self._cancel_exception,
                               copy_here=copy_input and copy_in_worker)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.ended.connect(self._on_ended)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report (or cancel check)."""
        self._event.set()

    def wait(self) -> None:
        """Block until the running task (if any) returns; its result is dropped."""
        if self._thread is None:
            return
        self._run_no += 1  # a result still queued for the old run is ignored
        self._finish_thread()

    def _finish_thread(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()

    @Slot(int, int, int, str)
    def _on_progress(self, run_no: int, done: int, total: int, text: str) -> None:
        if run_no == self._run_no and not self._event.is_set():
            self.progressed.emit(done, total, text)

    @Slot(int, str, object)
    def _on_ended(self, run_no: int, outcome: str, value: object) -> None:
        if run_no != self._run_no:
            return  # a run that was waited for and replaced
        self._finish_thread()
        if outcome == "finished":
            self.finished.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
