"""Reading a consultation request (.docx/.txt) off the GUI thread, with Cancel.

The file is untrusted (it came by e-mail): the core's limits bound the work, and
running it through :class:`desktop.tasks.TaskRunner` keeps the window responsive
and lets the user stop it. The task only calls
:func:`planner.statements.questions_import.import_questions_file`; this module
words its failures as one line (never a traceback).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.tasks import TaskControl, TaskRunner
from planner.statements.questions_import import (
    QuestionsImportCancelled,
    QuestionsImportError,
    import_questions_file,
)


def _read(path: str, control: TaskControl) -> object:
    result = import_questions_file(path, cancelled=control.is_cancelled)
    if control.is_cancelled():
        raise QuestionsImportCancelled()
    return result


def _failure_text(path: str, exc: BaseException) -> str:
    if isinstance(exc, QuestionsImportError):
        return exc.one_line()
    if isinstance(exc, MemoryError):
        return f"{path}: tiedosto on liian suuri luettavaksi"
    return f"{path}: odottamaton virhe tiedostoa luettaessa: {type(exc).__name__}: {exc}"


class QuestionsImportRunner(QObject):
    """Runs one import off the GUI thread; ``finished(QuestionsImport)``, ``failed(str)`` or ``cancelled()``."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self._runner = TaskRunner(self, cancel_exception=QuestionsImportCancelled)
        self._runner.finished.connect(self.finished)
        self._runner.failed.connect(lambda exc: self.failed.emit(_failure_text(self._path, exc)))
        self._runner.cancelled.connect(self.cancelled)

    def is_running(self) -> bool:
        return self._runner.is_running()

    def start(self, path: str) -> None:
        self._path = str(path)
        self._runner.start(_read, self._path, copy_input=False)

    def cancel(self) -> None:
        self._runner.cancel()

    def wait(self) -> None:
        self._runner.wait()
