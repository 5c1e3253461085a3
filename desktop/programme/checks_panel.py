"""The checks panel: the core's programme checks, refreshed shortly after each edit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QVBoxLayout, QWidget

from desktop.document import ProgrammeDocument
from desktop.i18n import Retranslatable
from desktop.programme.models.checks_model import MESSAGE, PLACE, SEVERITY, ChecksModel
from desktop.table_keys import ExcelTableView
from planner.checks import Finding, Severity, check_programme

DEBOUNCE_MS = 400


class ChecksPanel(Retranslatable, QWidget):
    """``finding_activated(finding)``: the user double-clicked or pressed Enter on a finding."""

    finding_activated = Signal(object)

    def __init__(self, doc: ProgrammeDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = ChecksModel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.view = ExcelTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(PLACE, 260)
        # Row heights follow the wrapped text at the width the columns have now, not at the
        # width they had when the findings arrived (a row was then several lines too tall).
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.summary.setBuddy(self.view)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_checks)
        doc.changed.connect(lambda _obj: self.timer.start())
        doc.structure_changed.connect(self.timer.start)
        # A newly opened document is checked at once: waiting for the debounce would show
        # "nothing to remark" for the document that was there before.
        doc.replaced.connect(self.run_checks)
        self.retranslate_ui()
        self.run_checks()

    def sizeHint(self):  # noqa: N802 - Qt override: a modest strip under the editor
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().height() * 9)
        return hint

    def run_checks(self) -> list[Finding]:
        self.timer.stop()
        findings = check_programme(self.doc.programme)
        self.model.set_findings(findings, self.doc.programme)
        self.view.resizeRowsToContents()
        self._update_summary()
        return findings

    def _update_summary(self) -> None:
        f = self.model.findings
        errors = sum(1 for x in f if x.severity is Severity.ERROR)
        warnings = sum(1 for x in f if x.severity is Severity.WARNING)
        infos = len(f) - errors - warnings
        if not f:
            self.summary.setText(self.tr("Tarkistuksissa ei löytynyt huomautettavaa."))
        else:
            counts = ", ".join((self.tr("%n virhettä", "", errors), self.tr("%n varoitusta", "", warnings),
                                self.tr("%n huomiota", "", infos)))
            self.summary.setText(self.tr("{0}. Siirry kohtaan kaksoisnapsauttamalla tai Enterillä.").format(counts))

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Tarkistusten tulokset"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.model.set_findings(self.model.findings, self.doc.programme)
        self._update_summary()

    def _activated(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row())
        if finding is not None:
            self.finding_activated.emit(finding)
