"""The focus area page: texts, the three bullet groups, the indicator table and links."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from desktop.document import ProgrammeDocument
from desktop.editors.indicator_table import IndicatorTableEditor
from desktop.editors.page import EditorPage, line_edit, set_label, text_box
from desktop.editors.tag_checklist import TagChecklist
from desktop.editors.text_list_editor import TextListEditor
from desktop.labels import bullet_group_label
from planner.model import BulletGroup, FocusArea


class FocusAreaEditor(EditorPage):
    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(doc, stack, parent)
        form = self.new_form()
        self.title_edit = line_edit(self.body)
        self.summary_edit = text_box(self.body, 2)
        self.heading_edit = line_edit(self.body)
        self.description_edit = text_box(self.body, 4)
        self.labels: list[tuple[QLabel, QWidget, str]] = []
        for w, key in ((self.title_edit, "Otsikko"), (self.summary_edit, "Tiivistelmä (teeman yleiskuvaan)"),
                       (self.heading_edit, "Otsikkorivi"), (self.description_edit, "Kuvaus")):
            self.labels.append((self.add_row(form, w), w, key))
        self.binder.line(self.title_edit, "title", lambda: self.tr("otsikko"))
        self.binder.text(self.summary_edit, "summary", lambda: self.tr("tiivistelmä"))
        self.binder.line(self.heading_edit, "heading", lambda: self.tr("otsikkorivi"))
        self.binder.text(self.description_edit, "description", lambda: self.tr("kuvaus"))

        self.bullet_editors: dict[BulletGroup, TextListEditor] = {}
        for group in BulletGroup:
            ed = TextListEditor(doc, stack, lambda g=group: bullet_group_label(g), lambda: self.tr("kohta"), self.body)
            self.bullet_editors[group] = ed
            self.body_layout.addWidget(ed)
        self.table = IndicatorTableEditor(doc, stack, self.body)
        self.body_layout.addWidget(self.table)
        self.tags_label = QLabel(self.body)
        self.tags = TagChecklist(doc, stack, self.body)
        self.tags_label.setBuddy(self.tags)
        self.body_layout.addWidget(self.tags_label)
        self.body_layout.addWidget(self.tags)
        self.body_layout.addStretch(1)
        self.binder.custom(self._refresh_heading)
        self.retranslate_ui()

    def _refresh_heading(self) -> None:
        fa = self.obj
        self.heading.setText(self.tr("Tavoite: {0}").format(fa.title or self.tr("(nimetön)")) if fa else "")

    def retranslate_ui(self) -> None:
        for label, w, key in self.labels:
            set_label(label, w, self.tr(key))
        self.tags_label.setText(self.tr("Kärjet ja kohderyhmät, joihin tavoite liittyy"))
        self.tags.setAccessibleName(self.tags_label.text())
        if self.obj is not None:
            self._refresh_heading()

    def set_object(self, obj: Any) -> None:
        assert obj is None or isinstance(obj, FocusArea)
        super().set_object(obj)
        for group, ed in self.bullet_editors.items():
            ed.bind(obj, (lambda g=group: obj.bullets(g)) if obj is not None else None)
        self.table.set_focus_area(obj)
        self.tags.set_object(obj)
