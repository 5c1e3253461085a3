"""Seuranta menu entries for the municipality follow-up, the outlook and costs and effects.

- *Toteumapohja kunnittain…*: writes the per-municipality actuals template (core:
  :func:`planner.followup.municipality_template.write_municipality_template`).
- *Kuntakortit…*, *Ennuste ja skenaariot…*: the export dialog fixed to that report
  (PDF or Word; for the cards all municipalities or one).
- *Kustannukset ja vaikutukset…*: :class:`desktop.programme.economics_dialog.EconomicsDialog`, whose
  changes become one undoable command; it can also export the costs report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

if TYPE_CHECKING:
    from desktop.programme.follow_up_report_dialog import FollowUpReportDialog
    from desktop.programme.window_host import ProgrammeWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpReports", text)


class FollowUpReports:
    """Adds the menu entries and runs them."""

    def __init__(self, window: ProgrammeWindow) -> None:
        self.window = window
        self.act_template = QAction(window)
        self.act_cards = QAction(window)
        self.act_outlook = QAction(window)
        self.act_costs = QAction(window)
        self.act_template.triggered.connect(self.write_template)
        self.act_cards.triggered.connect(lambda: self.export_report("municipality-cards"))
        self.act_outlook.triggered.connect(lambda: self.export_report("outlook"))
        self.act_costs.triggered.connect(self.edit_costs)
        window.add_follow_up_actions([None, self.act_template, self.act_cards, self.act_outlook, self.act_costs])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.act_template.setText(tr("Toteumapohja ku&nnittain…"))
        self.act_cards.setText(tr("&Kuntakortit…"))
        self.act_outlook.setText(tr("&Ennuste ja skenaariot…"))
        self.act_costs.setText(tr("Kustannukset ja v&aikutukset…"))

    def export_report(self, report: str) -> FollowUpReportDialog:
        from desktop.programme.follow_up_report_dialog import FollowUpReportDialog

        dlg = FollowUpReportDialog(self.window.doc.programme, report, self.window)
        dlg.open()
        return dlg

    def write_template(self) -> None:
        from planner.followup.municipality_template import write_municipality_template

        items = [tr("Leveä: rivi per mittari ja kunta, kuukaudet sarakkeina"),
                 tr("Pitkä: rivi per mittari, kunta ja kuukausi")]
        choice, ok = QInputDialog.getItem(self.window, tr("Toteumapohja kunnittain"), tr("Pohjan muoto:"), items, 0,
                                          False)
        if not ok:
            return
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        year = self.window.doc.programme.year or ""
        start = str(Path(docs or Path.home()) / f"{tr('Toteumat kunnittain')} {year}.xlsx".replace(" .", "."))
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Tallenna toteumapohja"), start,
                                              tr("Excel-tiedostot (*.xlsx)"))
        if not path:
            return
        try:
            write_municipality_template(self.window.doc.programme, path, long=choice == items[1])
        except OSError as exc:
            QMessageBox.warning(self.window, tr("Toteumapohja kunnittain"),
                                tr("Tiedostoa {0} ei voi kirjoittaa: {1}").format(path, exc.strerror or str(exc)))
            return
        self.window.statusBar().showMessage(tr("Toteumapohja tallennettu: {0}").format(path), 8000)

    def edit_costs(self) -> None:
        from desktop.programme.economics_dialog import EconomicsDialog, SetEconomicsCommand

        dlg = EconomicsDialog(self.window.doc.programme, self.window)
        if dlg.exec():
            if dlg.changed():
                self.window.stack.push(SetEconomicsCommand(self.window.doc, dlg.result_economics()))
            if dlg.export_after:
                self.export_report("costs")

