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
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.programme.export_dialog import ExportDialog
from planner.model import Programme

if TYPE_CHECKING:
    from desktop.programme.window_host import ProgrammeWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpReports", text)


class FollowUpReportDialog(ExportDialog):
    """The export dialog for one follow-up report: municipality cards, outlook or costs."""

    def __init__(self, programme: Programme, report: str, parent: QWidget | None = None) -> None:
        self.fixed_report = report
        self.municipality_box: QComboBox | None = None
        super().__init__(programme, parent)
        titles = {"municipality-cards": self.tr("Kuntakortit"), "outlook": self.tr("Ennuste ja skenaariot"),
                  "costs": self.tr("Kustannukset ja vaikutukset")}
        self.setWindowTitle(titles[report])
        self.format_buttons["xlsx"].hide()
        self.programme_button.hide()
        self.followup_button.hide()
        form = self.layout().itemAt(0).layout()
        label = form.labelForField(self.report_note.parentWidget())
        if label is not None:
            label.setText(self.tr("Raportti:"))
        self.report_title = titles[report]
        if report == "municipality-cards":
            from planner.followup.municipalities import municipality_names

            self.municipality_box = QComboBox()
            self.municipality_box.addItem(self.tr("Kaikki kunnat"), "")
            for name in municipality_names(programme):
                self.municipality_box.addItem(name, name)
            self.municipality_box.currentIndexChanged.connect(self._on_choice_changed)
            form.insertRow(1, self.tr("Kunta:"), self.municipality_box)
        self._on_choice_changed()

    def selected_report(self) -> str:
        return getattr(self, "fixed_report", "programme")

    def municipality(self) -> str:
        return self.municipality_box.currentData() if self.municipality_box is not None else ""

    def export_options(self) -> dict[str, object]:
        return {"municipality": self.municipality() or None} if self.fixed_report == "municipality-cards" else {}

    def _on_choice_changed(self, *_args: object) -> None:
        if not hasattr(self, "fixed_report") or not hasattr(self, "export_button"):
            return
        if self.selected_format() == "xlsx":
            self.format_buttons["pdf"].setChecked(True)
        from planner.reports.followup_extra import extra_unavailable_reason

        reason = extra_unavailable_reason(self.programme, self.fixed_report, self.municipality() or None)
        self.report_note.setText(self.tr("Raporttia ei voi tehdä: {0}").format(self.tr_reason(reason))
                                 if reason else getattr(self, "report_title", ""))
        self.report_note.setStyleSheet("color: #b00020;" if reason else "")
        self.report_note.setVisible(True)
        self._reason = reason
        self._fix_extension()
        self._update_buttons()

    def tr_reason(self, reason: str) -> str:
        """The core's reason in the UI language for the common cases (the rest stays as the core wrote it)."""
        if reason.startswith("Ohjelmassa ei ole toteumatietoja"):
            return self.tr("Ohjelmassa ei ole toteumatietoja. Tuo toteumat ensin.")
        if reason.startswith("Toteumissa ei ole kuntakohtaisia"):
            return self.tr("Toteumissa ei ole kuntakohtaisia arvoja. Täytä kuntakohtainen toteumapohja ja tuo se.")
        if reason.startswith("Ohjelmassa ei ole kustannuksia"):
            return self.tr("Ohjelmassa ei ole kustannuksia eikä kuntaosuuden lukuja. Lisää ne kohdassa "
                           "Seuranta > Kustannukset ja vaikutukset.")
        if reason.startswith("Toteumissa ei ole kuukausiarvoja"):
            return self.tr("Toteumissa ei ole kuukausiarvoja, joista ennuste laskettaisiin.")
        return reason

    def _update_buttons(self, *_args: object) -> None:
        super()._update_buttons()
        if getattr(self, "_reason", ""):
            self.export_button.setEnabled(False)

    def default_name(self) -> str:
        from planner.reports.common import document_title

        base = f"{getattr(self, 'report_title', '')} – {document_title(self.programme)}"
        if self.municipality():
            base = f"{self.municipality()} – {base}"
        safe = "".join(c if c.isalnum() or c in " -–_.,()" else "_" for c in base).strip() or "raportti"
        from planner.reports.export import EXTENSIONS

        return safe + EXTENSIONS[self.selected_format()]


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
