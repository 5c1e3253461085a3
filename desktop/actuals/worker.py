"""The import wizard's background work, run by :class:`desktop.tasks.TaskRunner`.

:class:`ImportRunner` runs :func:`planner.actuals.prepare_import` on a copy of the
programme; :class:`CallRunner` runs one pure core function (the summary's build and
comparison). Both only adapt the task runner's signals to what the wizard shows:
progress in per cent, a failure as one Finnish line (never a traceback).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal

from desktop.actuals.error_text import describe_actuals_error
from desktop.tasks import TaskControl, TaskRunner
from planner.actuals import ActualsError, Cancelled, prepare_import
from planner.actuals.layout import DetectedLayout
from planner.actuals.readers import RawSheet
from planner.model import Programme


def _failure_text(exc: BaseException, unexpected: str) -> str:
    if isinstance(exc, ActualsError):
        return describe_actuals_error(exc)
    return f"{unexpected}: {type(exc).__name__}: {exc}"


def _prepare(programme: Programme, control: TaskControl, path: str, sheet: str | None,
             layout: DetectedLayout | None, sheets: list[RawSheet] | None) -> object:
    return prepare_import(
        programme, path, sheet, layout,
        progress=lambda share, text: control.progress(int(share * 100), 100, text),
        cancelled=control.is_cancelled,
        sheets=sheets,
    )


class ImportRunner(QObject):
    """Reads and matches a file off the GUI thread; the result (an ImportPlan) arrives on the GUI thread."""

    progress = Signal(int, str)  # per cent, text
    finished = Signal(object)  # ImportPlan
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self, cancel_exception=Cancelled)
        self._runner.progressed.connect(lambda done, _total, text: self.progress.emit(done, text))
        self._runner.finished.connect(self.finished)
        self._runner.failed.connect(
            lambda exc: self.failed.emit(_failure_text(exc, "Odottamaton virhe tiedostoa luettaessa")))
        self._runner.cancelled.connect(self.cancelled)

    def is_running(self) -> bool:
        return self._runner.is_running()

    def start(self, programme: Programme, path: str, sheet: str | None = None,
              layout: DetectedLayout | None = None, sheets: list[RawSheet] | None = None) -> None:
        """Prepare the import on a copy of ``programme`` (the sheets already read are shared, never changed)."""
        self._runner.start(partial(_prepare, path=path, sheet=sheet, layout=layout, sheets=sheets), programme)

    def cancel(self) -> None:
        self._runner.cancel()

    def wait(self) -> None:
        self._runner.wait()


class CallRunner(QObject):
    """Runs one pure core function off the GUI thread (the summary's build and comparison).

    The function must only read what the GUI does not change meanwhile (the
    wizard keeps its pages still while a run is under way).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self._runner.finished.connect(self.finished)
        self._runner.failed.connect(lambda exc: self.failed.emit(_failure_text(exc, "Odottamaton virhe")))

    def is_running(self) -> bool:
        return self._runner.is_running()

    def start(self, func: Callable[[], object]) -> None:
        self._runner.start(lambda _data, _control: func(), copy_input=False)

    def wait(self) -> None:
        self._runner.wait()
