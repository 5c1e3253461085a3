"""An editable list of texts inside the document (bullets, municipalities, service items)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from desktop.commands import SetListItemCommand
from desktop.document import ProgrammeDocument

Index = QModelIndex | QPersistentModelIndex


class TextListModel(QAbstractListModel):
    """Shows ``get_list()`` (a live list of str owned by ``owner``); edits become undo commands."""

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, owner: Any = None,
                 get_list: Callable[[], list[str]] | None = None, edit_text: str = "",
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self.owner = owner
        self._get = get_list
        self.edit_text = edit_text
        doc.changed.connect(self._on_changed)
        self._count = len(self.items())

    def bind(self, owner: Any, get_list: Callable[[], list[str]] | None) -> None:
        self.beginResetModel()
        self.owner, self._get = owner, get_list
        self._count = len(self.items())
        self.endResetModel()

    def items(self) -> list[str]:
        return self._get() if self._get is not None else []

    def _on_changed(self, obj: Any) -> None:
        if self.owner is None or obj is not self.owner:
            return
        n = len(self.items())
        if n != self._count:
            self.beginResetModel()
            self._count = n
            self.endResetModel()
        elif n:
            self.dataChanged.emit(self.index(0), self.index(n - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items()):
            return None
        text = self.items()[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.DisplayRole and not text.strip():
                return QCoreApplication.translate("TextListModel", "(tyhjä)")
            return text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self.items()):
            return False
        text = "" if value is None else str(value)
        if text == self.items()[index.row()]:
            return True
        self.stack.push(SetListItemCommand(self.doc, self.owner, self.items(), index.row(), text, self.edit_text))
        return True
