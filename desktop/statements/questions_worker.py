"""Reading a consultation request (.docx/.txt) off the GUI thread, with Cancel.

The file is untrusted (it came by e-mail): the core's limits bound the work, and
running it in a QThread keeps the window responsive and lets the user stop it.
The task only calls :func:`planner.statements.questions_import.import_questions_file`
and reports through signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from planner.statements.questions_import import (
    QuestionsImportCancelled,
    QuestionsImportError,
    import_questions_file,
)


class _Task(QObject):
    finished = Signal(object)  # QuestionsImport
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, path: str, cancel_event: threading.Event) -> None:
        super().__init__()
        self._path = path
        self._cancel = cancel_event

    @Slot()
    def run(self) -> None:
        try:
            result = import_questions_file(self._path, cancelled=self._cancel.is_set)
        except QuestionsImportCancelled:
            self.cancelled.emit()
        except QuestionsImportError as exc:
            self.failed.emit(exc.one_line())
        except MemoryError:
            self.failed.emit(f"{self._path}: tiedosto on liian suuri luettavaksi")
        except Exception as exc:  # noqa: BLE001 - never a traceback in front of the user
            self.failed.emit(f"{self._path}: odottamaton virhe tiedostoa luettaessa: {type(exc).__name__}: {exc}")
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.finished.emit(result)


class QuestionsImportRunner(QObject):
    """Runs one import in a QThread; ``finished(QuestionsImport)``, ``failed(str)`` or ``cancelled()``."""

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

    def start(self, path: str) -> None:
        self.wait()
        self._cancel = threading.Event()
        self._thread = QThread()
        self._task = _Task(str(path), self._cancel)
        self._task.moveToThread(self._thread)
        self._thread.started.connect(self._task.run)
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
