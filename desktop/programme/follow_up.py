"""The Seuranta (follow-up) menu of the main window: import actuals, compare with targets.

Importing and removing actuals are undoable commands that call the core
(:func:`planner.followup.actuals.apply_import`, :func:`planner.followup.actuals.remove_import`);
the comparison view lives in a dock and refreshes whenever the document changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QDockWidget

from desktop.programme.actuals.import_text import import_line
from planner.followup.actuals import apply_import, remove_import
from planner.followup.actuals.history import ImportUndo
from planner.model import ActualsImport

if TYPE_CHECKING:
    from desktop.document import ProgrammeDocument
    from desktop.programme.window_host import ProgrammeWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUp", text)


class ImportActualsCommand(QUndoCommand):
    """Store an import of actuals (replacing values of the same periods) in the programme."""

    def __init__(self, doc: ProgrammeDocument, imp: ActualsImport, mappings: dict[str, dict[str, str]]) -> None:
        super().__init__(tr("Tuo toteumat: %1").replace("%1", import_line(imp)))
        self.doc, self.imp, self.mappings = doc, imp, mappings
        self._undo: ImportUndo | None = None

    def redo(self) -> None:
        self._undo = apply_import(self.doc.programme, self.imp, self.mappings)
        self.doc.notify(self.doc.programme)

    def undo(self) -> None:
        if self._undo is not None:
            self._undo.restore(self.doc.programme)
        self.doc.notify(self.doc.programme)


class RemoveImportCommand(QUndoCommand):
    """Remove one import from the history; undo puts it back."""

    def __init__(self, doc: ProgrammeDocument, import_id: str) -> None:
        imp = next(i for i in doc.programme.actual_imports if i.id == import_id)
        super().__init__(tr("Poista tuonti: %1").replace("%1", import_line(imp)))
        self.doc, self.import_id = doc, import_id
        self._undo: ImportUndo | None = None

    def redo(self) -> None:
        self._undo = remove_import(self.doc.programme, self.import_id)
        self.doc.notify(self.doc.programme)

    def undo(self) -> None:
        if self._undo is not None:
            self._undo.restore(self.doc.programme)
        self.doc.notify(self.doc.programme)


class FollowUpController:
    """Connects the main window's follow-up actions to the wizard and the comparison dock."""

    def __init__(self, window: ProgrammeWindow) -> None:
        self.window = window
        self.dock: QDockWidget | None = None
        self.view = None
        window.act_import_actuals.triggered.connect(self.import_actuals)
        window.act_compare_actuals.triggered.connect(self.show_comparison)
        window.act_import_actuals.setShortcut("Ctrl+T")
        window.act_compare_actuals.setShortcut("Ctrl+Shift+T")
        self.act_template = QAction(window)
        self.act_template.triggered.connect(self.create_template)
        window.add_follow_up_actions([window.act_import_actuals, window.act_compare_actuals, None, self.act_template])
        self.retranslate_ui()
        from desktop.programme.follow_up_reports import FollowUpReports

        self.reports = FollowUpReports(window)
        # The comparison follows every change, undo/redo included, even while its dock is hidden
        # (it rebuilds once when shown again); see ComparisonView.schedule_refresh.
        window.doc.changed.connect(self._refresh)
        window.doc.structure_changed.connect(self._refresh)
        window.doc.replaced.connect(self._programme_replaced)

    def import_actuals(self) -> None:
        from desktop.programme.actuals.wizard import ImportWizard

        wizard = ImportWizard(self.window.doc.programme, self.window)
        if wizard.exec() and wizard.result_import is not None:
            self.window.stack.push(
                ImportActualsCommand(self.window.doc, wizard.result_import, wizard.result_mappings or {})
            )
            self.show_comparison()

    def show_comparison(self) -> None:
        if self.dock is None:
            from desktop.programme.actuals.comparison import ComparisonView

            self.view = ComparisonView(self.window.doc.programme)
            self.view.removeImportRequested.connect(self._remove_import)
            self.dock = QDockWidget(self.window)
            self.dock.setWindowTitle(tr("Toteumat ja tavoitteet"))
            self.dock.toggleViewAction().setText(tr("T&oteumat ja tavoitteet"))
            self.dock.setObjectName("comparison_dock")
            self.dock.setWidget(self.view)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            # Wide enough for the numbers, the status and the monthly chart side by side.
            self.window.resizeDocks([self.dock], [max(680, self.window.width() * 9 // 20)], Qt.Orientation.Horizontal)
            self.window.view_menu.addAction(self.dock.toggleViewAction())
            self.retranslate_ui()
        self.dock.show()
        self.dock.raise_()
        if self.view is not None and self.view.stale:
            self.view.refresh()

    def _remove_import(self, import_id: str) -> None:
        self.window.stack.push(RemoveImportCommand(self.window.doc, import_id))

    def _refresh(self, _obj: object = None) -> None:
        if self.view is not None:
            self.view.schedule_refresh()

    def create_template(self) -> None:
        from desktop.programme.actuals.template import save_actuals_template
        from desktop.settings import Settings

        save_actuals_template(self.window.doc.programme, self.window,
                              self.window.settings.get(Settings.last_folder) or "")

    def retranslate_ui(self) -> None:
        self.act_template.setText(tr("&Luo toteumapohja…"))
        if self.dock is not None:
            self.dock.setWindowTitle(tr("Toteumat ja tavoitteet"))
            self.dock.toggleViewAction().setText(tr("T&oteumat ja tavoitteet"))

    def _programme_replaced(self) -> None:
        if self.view is not None:
            self.view.set_programme(self.window.doc.programme)
