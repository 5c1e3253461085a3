"""The import wizard's background work, run by :class:`desktop.tasks.TaskRunner`.

:class:`ImportRunner` runs :func:`planner.followup.actuals.prepare_import` on a copy of the
programme; :class:`CallRunner` runs one pure core function (the summary's build and
comparison). Both only adapt the task runner's signals to what the wizard shows:
progress in per cent, a failure as one line in words (never a traceback).

The workbook itself is read in a child process
(:func:`planner.followup.actuals.isolated_read.read_sheets_isolated`): if the native
reader aborts or runs out of memory on a hostile file, only the child ends and
the user sees a message, with the app and the programme untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.programme.actuals.error_text import describe_actuals_error
from desktop.tasks import TaskControl, TaskRunner
from planner.followup.actuals import ActualsError, Cancelled, isolated_read, prepare_import
from planner.followup.actuals.layout import DetectedLayout
from planner.followup.actuals.readers import RawSheet
from planner.model import Programme


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWorker", text)


def _import_failure_text(exc: BaseException) -> str:
    if isinstance(exc, ActualsError):
        return describe_actuals_error(exc)
    if isinstance(exc, MemoryError):
        return tr("Muisti loppui tiedostoa käsiteltäessä. Jaa aineisto pienempiin tiedostoihin.")
    # Never a traceback (nor a Rust panic) in front of the user.
    return tr("Tiedoston käsittely keskeytyi odottamattomaan virheeseen. Tallenna tiedosto "
              "Excelissä uudelleen .xlsx-muodossa ja tuo se uudelleen (Seuranta > Tuo "
              "toteumat Excelistä\u2026).")


def _call_failure_text(exc: BaseException) -> str:
    if isinstance(exc, ActualsError):
        return describe_actuals_error(exc)
    return f"Odottamaton virhe: {type(exc).__name__}: {exc}"


class ImportRunner(QObject):
    """Reads and matches a file off the GUI thread; the result (an ImportPlan) arrives on the GUI thread."""

    progress = Signal(int, str)  # per cent, text
    finished = Signal(object)  # ImportPlan
    failed = Signal(str)
    cancelled = Signal()

    #: Read workbooks in a child process (tests of the in-process path may switch it off).
    isolate_reader = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self, cancel_exception=Cancelled)
        self._runner.progressed.connect(lambda done, _total, text: self.progress.emit(done, text))
        self._runner.finished.connect(self.finished)
        self._runner.failed.connect(lambda exc: self.failed.emit(_import_failure_text(exc)))
        self._runner.cancelled.connect(self.cancelled)

    def is_running(self) -> bool:
        return self._runner.is_running()

    def start(self, programme: Programme, path: str, sheet: str | None = None,
              layout: DetectedLayout | None = None, sheets: list[RawSheet] | None = None) -> None:
        """Prepare the import on a copy of ``programme`` (the sheets already read are shared, never changed)."""
        self._runner.start(partial(self._prepare, path=path, sheet=sheet, layout=layout, sheets=sheets,
                                   isolate=self.isolate_reader), programme)

    @staticmethod
    def _prepare(programme: Programme, control: TaskControl, path: str, sheet: str | None,
                 layout: DetectedLayout | None, sheets: list[RawSheet] | None, isolate: bool) -> object:
        if sheets is None and isolate:
            control.progress(5, 100, tr("Luetaan tiedostoa"))
            sheets = isolated_read.read_sheets_isolated(
                path, sheet, memory_limit=isolated_read.MEMORY_LIMIT_BYTES, cancelled=control.is_cancelled)
            if sheet is not None and len(sheets) == 1:
                sheet = sheets[0].name  # the name as the workbook spells it
        plan = prepare_import(
            programme, path, sheet, layout,
            progress=lambda share, text: control.progress(int(share * 100), 100, text),
            cancelled=control.is_cancelled,
            sheets=sheets,
        )
        plan.warm()  # the match page's counts, here rather than on the GUI thread
        return plan

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
        self._runner.failed.connect(lambda exc: self.failed.emit(_call_failure_text(exc)))

    def is_running(self) -> bool:
        return self._runner.is_running()

    def start(self, func: Callable[[], object]) -> None:
        self._runner.start(lambda _data, _control: func(), copy_input=False)

    def wait(self) -> None:
        self._runner.wait()
