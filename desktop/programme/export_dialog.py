"""File > Export: the dialog that exports the programme or its follow-up as PDF, Word or Excel.

The export runs in a worker thread through :class:`desktop.tasks.TaskRunner`
(reportlab and python-docx take a moment on a big programme); the dialog shows its
progress, can cancel it, and offers to open the finished file. The worker gets a deep
copy of the programme, so the user can keep editing while it runs.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.error_text import error_label, show_error_line
from desktop.programme.actuals.message_text import message_text
from desktop.tasks import TaskControl, TaskRunner
from planner.model import Programme
from planner.reports.export import EXTENSIONS, ExportCancelled
from planner.reports.followup_extra import followup_unavailable


def _export(programme: Programme, control: TaskControl, fmt: str, report: str, out_path: str,
            options: dict[str, object]) -> str:
    """The task: :func:`planner.reports.export.export` on the worker's copy of the programme.

    ``options`` are extra keyword arguments of export(), e.g. a municipality.
    """
    from planner.reports.export import export

    return str(export(programme, fmt, report, out_path, progress=control.progress,
                      **options))  # type: ignore[arg-type]


def _failure_text(exc: BaseException, out_path: str) -> str:
    from planner.reports.export import ExportError

    if isinstance(exc, ExportError):
        cause = exc.__cause__
        if isinstance(cause, OSError) and cause.errno is not None:
            # The operating system's own words may be English: say it in the UI language.
            from desktop.error_text import os_error_text

            return QCoreApplication.translate("ExportDialog", "Tiedostoa {0} ei voi kirjoittaa: {1}").format(
                out_path, os_error_text(cause))
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class ExportDialog(QDialog):
    """Choose format, report and file; export in the background; offer to open the result."""

    exported = Signal(str)

    FORMATS = ("pdf", "docx", "xlsx")

    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme = programme
        self.runner = TaskRunner(self, cancel_exception=ExportCancelled)
        self.runner.progressed.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self._progress: QProgressDialog | None = None
        self._out_path = ""  # the file the export under way writes
        self.last_path: str = ""
        self.setWindowTitle(self.tr("Vie tiedostoksi"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        fmt_box = QWidget()
        fmt_row = QHBoxLayout(fmt_box)
        fmt_row.setContentsMargins(0, 0, 0, 0)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for i, (key, text) in enumerate([("pdf", self.tr("PDF")), ("docx", self.tr("Word (.docx)")),
                                         ("xlsx", self.tr("Excel (.xlsx), mittarirekisteri"))]):
            b = QRadioButton(text)
            self.format_group.addButton(b, i)
            self.format_buttons[key] = b
            fmt_row.addWidget(b)
        fmt_row.addStretch(1)
        self.format_buttons["pdf"].setChecked(True)
        form.addRow(self.tr("Muoto:"), fmt_box)

        rep_box = QWidget()
        rep_col = QVBoxLayout(rep_box)
        rep_col.setContentsMargins(0, 0, 0, 0)
        self.programme_button = QRadioButton(self.tr("Työllisyysohjelma"))
        self.followup_button = QRadioButton(self.tr("Seurantaraportti (toteumat ja tilanne)"))
        self.report_group = QButtonGroup(self)
        self.report_group.addButton(self.programme_button, 0)
        self.report_group.addButton(self.followup_button, 1)
        self.catalogue_button = QRadioButton(self.tr("Mittaristo (tietolähteet, päivitystiheys, vastuutahot)"))
        self.report_group.addButton(self.catalogue_button, 2)
        self.programme_button.setChecked(True)
        rep_col.addWidget(self.programme_button)
        rep_col.addWidget(self.followup_button)
        rep_col.addWidget(self.catalogue_button)
        self.report_note = QLabel()
        self.report_note.setWordWrap(True)
        self.report_note.setStyleSheet("color: #555;")
        rep_col.addWidget(self.report_note)
        form.addRow(self.tr("Raportti:"), rep_box)

        file_box = QWidget()
        file_row = QHBoxLayout(file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Valitse tallennuspaikka…"))
        self.path_edit.setAccessibleName(self.tr("Tallennettavan tiedoston polku"))
        self.browse_button = QPushButton(self.tr("Selaa…"))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(self.tr("Tiedosto:"), file_box)

        self.error_label = error_label()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox()
        # Own Finnish button texts: the standard buttons stay English unless a Qt translator is loaded.
        self.cancel_button = self.buttons.addButton(self.tr("Peruuta"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button = self.buttons.addButton(self.tr("Vie"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        layout.addWidget(self.buttons)

        self.format_group.idToggled.connect(self._on_choice_changed)
        self.report_group.idToggled.connect(self._on_choice_changed)
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start_export)
        self._on_choice_changed()

    # -- choices -----------------------------------------------------------------------------

    def selected_format(self) -> str:
        for key, b in self.format_buttons.items():
            if b.isChecked():
                return key
        return "pdf"

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def export_options(self) -> dict[str, object]:
        """Extra keyword arguments of planner.reports.export.export (none here; subclasses add some)."""
        return {}

    def selected_report(self) -> str:
        if self.catalogue_button.isChecked():
            return "catalogue"
        return "follow-up" if self.followup_button.isChecked() else "programme"

    def _on_choice_changed(self, *_args: object) -> None:
        fmt = self.selected_format()
        why = followup_unavailable(self.programme)
        reason = message_text(why) if why else ""
        if fmt == "xlsx" and self.catalogue_button.isChecked():
            self.programme_button.setEnabled(True)
            self.followup_button.setEnabled(not reason)
            self.report_note.setText("")
        elif fmt == "xlsx":
            self.programme_button.setEnabled(False)
            self.followup_button.setEnabled(False)
            self.report_note.setText(self.tr("Excel-rekisterissä on jokainen mittari; toteuma, edistyminen ja tila "
                                             "tulevat mukaan, kun ohjelmassa on toteumia."))
        else:
            self.programme_button.setEnabled(True)
            self.followup_button.setEnabled(not reason)
            if reason and self.followup_button.isChecked():
                self.programme_button.setChecked(True)
            self.report_note.setText(self.tr("Seurantaraportti ei ole käytettävissä: {0}").format(reason)
                                     if reason else "")
        self.report_note.setVisible(bool(self.report_note.text()))
        self._fix_extension()
        self._update_buttons()

    def default_name(self) -> str:
        from planner.reports.common import document_title

        base = document_title(self.programme)
        if self.selected_report() == "catalogue":
            base = self.tr("Mittaristo") + " – " + base
        elif self.selected_format() == "xlsx":
            base = self.tr("Mittarirekisteri") + f" {self.programme.year or ''}".rstrip()
        elif self.selected_report() == "follow-up":
            base = self.tr("Seurantaraportti") + " – " + base
        safe = "".join(c if c.isalnum() or c in " -–_.,()" else "_" for c in base).strip() or "raportti"
        return safe + EXTENSIONS[self.selected_format()]

    def _fix_extension(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return
        p = Path(text)
        ext = EXTENSIONS[self.selected_format()]
        if p.suffix.lower() != ext:
            self.path_edit.setText(str(p.with_suffix(ext)) if p.suffix.lower() in EXTENSIONS.values()
                                   else text + ext)

    def _update_buttons(self, *_args: object) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()) and not self.runner.is_running())

    def browse(self) -> None:
        fmt = self.selected_format()
        filters = {"pdf": self.tr("PDF-tiedostot (*.pdf)"), "docx": self.tr("Word-tiedostot (*.docx)"),
                   "xlsx": self.tr("Excel-tiedostot (*.xlsx)")}
        start = self.path_edit.text().strip()
        if not start:
            docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            start = str(Path(docs or Path.home()) / self.default_name())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Vie tiedostoksi"), start, filters[fmt])
        if path:
            self.path_edit.setText(path)
            self._fix_extension()

    # -- running -------------------------------------------------------------------------------

    def start_export(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self.runner.is_running():
            return
        self._fix_extension()
        path = self.path_edit.text().strip()
        if not Path(path).parent.is_dir():
            self.show_error(self.tr("Kansiota {0} ei ole. Valitse toinen paikka.").format(str(Path(path).parent)))
            return
        self.error_label.hide()
        self._progress = QProgressDialog(self.tr("Viedään tiedostoa…"), self.tr("Peruuta"), 0, 0, self)
        self._progress.setWindowTitle(self.tr("Vienti"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self.runner.cancel)
        self._out_path = path
        self.runner.start(partial(_export, fmt=self.selected_format(), report=self.selected_report(), out_path=path,
                                  options=self.export_options()), self.programme,
                          copy_in_worker=True)  # modal: nothing edits the programme meanwhile
        self._update_buttons()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._progress is None:
            return
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(min(done, max(total, 1)))
        if message:
            self._progress.setLabelText(self.tr("Viedään: {0}").format(message[:80]))

    def _stop_thread(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._update_buttons()

    @Slot(object)
    def _on_finished(self, path: str) -> None:
        self._stop_thread()
        self.last_path = path
        self.exported.emit(path)
        if self.ask_open(path):
            self.open_file(path)
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._stop_thread()
        self.show_error(self.tr("Vienti epäonnistui: {0}").format(_failure_text(exc, self._out_path)))

    @Slot()
    def _on_cancelled(self) -> None:
        self._stop_thread()
        self.show_error(self.tr("Vienti peruttiin. Tiedostoa ei kirjoitettu."))

    def show_error(self, message: str) -> None:
        show_error_line(self.error_label, message)

    def ask_open(self, path: str) -> bool:
        """Ask "Avataanko tiedosto?"; tests replace this."""
        answer = QMessageBox.question(
            self, self.tr("Vienti valmis"),
            self.tr("Tiedosto on tallennettu:\n{0}\n\nAvataanko tiedosto?").format(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, path: str) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def reject(self) -> None:
        if self.runner.is_running():
            self.runner.cancel()
            return  # the worker stops at its next progress call; _on_cancelled cleans up
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.runner.is_running():
            self.runner.cancel()
            event.ignore()
            return
        super().closeEvent(event)
