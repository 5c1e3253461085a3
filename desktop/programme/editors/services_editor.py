"""The statutory services page: the section title, categories and each category's items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from desktop.commands import InsertCommand, MoveCommand, RemoveCommand
from desktop.document import ProgrammeDocument
from desktop.programme.editors.fields import FieldBinder
from desktop.programme.editors.page import EditorPage, line_edit, set_label
from desktop.programme.editors.text_list_editor import TextListEditor
from planner.model import Programme, ServiceCategory


class ServicesEditor(EditorPage):
    structural_fields = ("services_title",)

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(doc, stack, parent)
        form = self.new_form()
        self.section_title = line_edit(self.body)
        self.section_label = self.add_row(form, self.section_title)
        self.binder.line(self.section_title, "services_title", lambda: self.tr("osion otsikko"))

        self.categories_label = QLabel(self.body)
        self.categories = QListWidget(self.body)
        self.categories.setWordWrap(True)
        self.categories.setMaximumHeight(self.fontMetrics().height() * 10)
        self.categories_label.setBuddy(self.categories)
        self.body_layout.addWidget(self.categories_label)
        self.body_layout.addWidget(self.categories)
        row = QHBoxLayout()
        self.btn_add = QPushButton(self.body)
        self.btn_remove = QPushButton(self.body)
        self.btn_up = QPushButton(self.body)
        self.btn_down = QPushButton(self.body)
        for b in (self.btn_add, self.btn_remove, self.btn_up, self.btn_down):
            row.addWidget(b)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.btn_add.clicked.connect(self._add)
        self.btn_remove.clicked.connect(self._remove)
        self.btn_up.clicked.connect(lambda: self._move(-1))
        self.btn_down.clicked.connect(lambda: self._move(1))

        cat_form = self.new_form()
        self.category_title = line_edit(self.body)
        self.category_title_label = self.add_row(cat_form, self.category_title)
        self.category_binder = FieldBinder(doc, stack, ("title",))
        self.category_binder.line(self.category_title, "title", lambda: self.tr("palveluryhmän nimi"))
        self.items = TextListEditor(doc, stack, lambda: self.tr("Palvelut"), lambda: self.tr("palvelu"), self.body)
        self.body_layout.addWidget(self.items)
        self.body_layout.addStretch(1)
        self.categories.currentRowChanged.connect(self._category_selected)
        doc.changed.connect(self._on_changed)
        self.retranslate_ui()

    def _on_changed(self, obj: Any) -> None:
        if self.obj is not None and (obj is self.obj or isinstance(obj, ServiceCategory)):
            self._fill_categories()

    def _fill_categories(self) -> None:
        p: Programme = self.obj
        current = self.categories.currentRow()
        self.categories.blockSignals(True)
        self.categories.clear()
        for cat in p.services:
            item = QListWidgetItem(cat.title or self.tr("(nimetön)"), self.categories)
            item.setData(Qt.ItemDataRole.UserRole, cat)
        self.categories.blockSignals(False)
        if p.services:
            self.categories.setCurrentRow(max(0, min(current, len(p.services) - 1)))
            self._category_selected(self.categories.currentRow())
        else:
            self._category_selected(-1)

    def _category_selected(self, row: int) -> None:
        p: Programme = self.obj
        cat = p.services[row] if p is not None and 0 <= row < len(p.services) else None
        self.category_binder.set_object(cat)
        self.category_title.setEnabled(cat is not None)
        if cat is None:
            self.category_title.clear()
        if cat is not self.items.model.owner:
            self.items.bind(cat, (lambda: cat.items) if cat is not None else None)
        n = len(p.services) if p else 0
        self.btn_remove.setEnabled(cat is not None)
        self.btn_up.setEnabled(row > 0)
        self.btn_down.setEnabled(0 <= row < n - 1)

    def set_object(self, obj: Any) -> None:
        super().set_object(obj)
        self._fill_categories()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Lakisääteiset palvelut"))
        set_label(self.section_label, self.section_title, self.tr("Osion otsikko"))
        self.categories_label.setText(self.tr("Palveluryhmät"))
        self.categories.setAccessibleName(self.tr("Palveluryhmät"))
        set_label(self.category_title_label, self.category_title, self.tr("Valitun palveluryhmän nimi"))
        for b, text in ((self.btn_add, self.tr("Lisää ryhmä")), (self.btn_remove, self.tr("Poista ryhmä")),
                        (self.btn_up, self.tr("Ylös")), (self.btn_down, self.tr("Alas"))):
            b.setText(text)
            b.setAccessibleName(text)

    def _add(self) -> None:
        p: Programme = self.obj
        pos = self.categories.currentRow() + 1 if p.services else 0
        self.stack.push(InsertCommand(self.doc, p, p.services, pos, ServiceCategory(title=self.tr("Uusi palveluryhmä")),
                                      self.tr("Lisää palveluryhmä"), select=False))
        self.categories.setCurrentRow(pos)
        self.category_title.setFocus()
        self.category_title.selectAll()

    def _remove(self) -> None:
        p: Programme = self.obj
        row = self.categories.currentRow()
        if 0 <= row < len(p.services):
            self.stack.push(RemoveCommand(self.doc, p, p.services, row, self.tr("Poista palveluryhmä"), select=False))

    def _move(self, step: int) -> None:
        p: Programme = self.obj
        row = self.categories.currentRow()
        if 0 <= row < len(p.services) and 0 <= row + step < len(p.services):
            self.stack.push(MoveCommand(self.doc, p, p.services, row, row + step, self.tr("Siirrä palveluryhmä"),
                                        select=False))
            self.categories.setCurrentRow(row + step)
