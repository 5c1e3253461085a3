"""A checkable list of spearheads and target groups that an item links to (its ``tags`` field)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.commands import SetFieldCommand
from desktop.document import ProgrammeDocument


class TagChecklist(QListWidget):
    """Check a spearhead or target group to link the current object (focus area or indicator) to it."""

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self.obj: Any = None
        self._updating = False
        self.itemChanged.connect(self._item_changed)
        doc.changed.connect(self._on_changed)
        doc.structure_changed.connect(self.refresh)
        self.setMaximumHeight(self.fontMetrics().height() * 9)

    def set_object(self, obj: Any) -> None:
        self.obj = obj
        self.refresh()

    def _on_changed(self, obj: Any) -> None:
        if obj is self.obj or obj in self.doc.programme.spearheads or obj in self.doc.programme.target_groups:
            self.refresh()

    def refresh(self) -> None:
        self._updating = True
        try:
            self.clear()
            if self.obj is None:
                return
            p = self.doc.programme
            for prefix, tags in ((self.tr("Kärki"), p.spearheads), (self.tr("Kohderyhmä"), p.target_groups)):
                for tag in tags:
                    item = QListWidgetItem(f"{prefix}: {tag.name or self.tr('(nimetön)')}", self)
                    item.setData(Qt.ItemDataRole.UserRole, tag.id)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                                  | Qt.ItemFlag.ItemIsSelectable)
                    item.setCheckState(Qt.CheckState.Checked if tag.id in self.obj.tags else Qt.CheckState.Unchecked)
            if self.count() == 0:
                item = QListWidgetItem(self.tr("Ohjelmassa ei ole vielä kärkiä eikä kohderyhmiä."), self)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        finally:
            self._updating = False

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._updating or self.obj is None:
            return
        tag_id = item.data(Qt.ItemDataRole.UserRole)
        if not tag_id:
            return
        tags = [t for t in self.obj.tags if t != tag_id]
        if item.checkState() == Qt.CheckState.Checked:
            tags.append(tag_id)
        if tags != self.obj.tags:
            self.stack.push(SetFieldCommand(self.doc, self.obj, "tags", tags, self.tr("Muuta linkitystä")))
