"""The export dialog fixed to one follow-up report: municipality cards, outlook or costs.

Its own module (not in :mod:`desktop.programme.follow_up_reports`) so the main window's
Seuranta menu does not import the export dialog and the report core at start-up; the
menu entry imports it when used.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.error_text import ERROR_COLOUR
from desktop.programme.export_dialog import ExportDialog
from planner.model import Programme


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
        for choice in (self.programme_button, self.followup_button, self.catalogue_button):
            choice.hide()  # the report is fixed; its title stands where the choices were
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
        from desktop.programme.actuals.message_text import message_text
        from planner.reports.followup_extra import extra_unavailable

        why = extra_unavailable(self.programme, self.fixed_report, self.municipality() or None)
        reason = message_text(why) if why else ""
        self.report_note.setText(self.tr("Raporttia ei voi tehdä: {0}").format(reason)
                                 if reason else getattr(self, "report_title", ""))
        self.report_note.setStyleSheet(f"color: {ERROR_COLOUR};" if reason else "")
        self.report_note.setVisible(True)
        self._reason = reason
        self._fix_extension()
        self._update_buttons()

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
