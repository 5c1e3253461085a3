"""The theme page: title, summary and the theme's focus areas."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.document import ProgrammeDocument
from desktop.programme.editors.page import EditorPage, line_edit, set_label, text_box


class ThemeEditor(EditorPage):
    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(doc, stack, parent)
        form = self.new_form()
        self.title_edit = line_edit(self.body)
        self.summary_edit = text_box(self.body, 4)
        self.title_label = self.add_row(form, self.title_edit)
        self.summary_label = self.add_row(form, self.summary_edit)
        self.binder.line(self.title_edit, "title", lambda: self.tr("teeman otsikko"))
        self.binder.text(self.summary_edit, "summary", lambda: self.tr("teeman tiivistelmä"))
        self.overview = QLabel(self.body)
        self.overview.setWordWrap(True)
        self.body_layout.addWidget(self.overview)
        self.add_focus_area_button = QPushButton(self.body)
        self.body_layout.addWidget(self.add_focus_area_button)
        self.body_layout.addStretch(1)
        self.binder.custom(self._refresh_overview)
        doc.structure_changed.connect(self._refresh_overview)
        self.retranslate_ui()

    def _refresh_overview(self) -> None:
        if self.obj is None:
            return
        self.heading.setText(self.tr("Teema: {0}").format(self.obj.title or self.tr("(nimetön)")))
        names = [f"\u2022 {fa.title or self.tr('(nimetön)')}" for fa in self.obj.focus_areas]
        self.overview.setText(self.tr("Tavoitteet ({0}):").format(len(names)) + "\n" + "\n".join(names))

    def retranslate_ui(self) -> None:
        set_label(self.title_label, self.title_edit, self.tr("Otsikko"))
        set_label(self.summary_label, self.summary_edit, self.tr("Tiivistelmä"))
        self.add_focus_area_button.setText(self.tr("Lisää tavoite tähän teemaan"))
        self.add_focus_area_button.setAccessibleName(self.add_focus_area_button.text())
        self._refresh_overview()
