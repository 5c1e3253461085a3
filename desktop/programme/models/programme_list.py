"""A table model over one list of the programme (decisions, levels …), edited through undo commands.

Subclasses say which list (``items``), which item type's changes refresh the rows
(``ITEM_TYPE``), the field behind each column (``FIELDS``) and the column titles
(``headers``); they may convert a value for display (``shown``) and parse an edit
(``parsed``, ``None`` refuses it). Every accepted edit is one ``SetFieldCommand``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from desktop.commands import SetFieldCommand
from desktop.document import ProgrammeDocument

Index = QModelIndex | QPersistentModelIndex
_SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole)


class ProgrammeListModel(QAbstractTableModel):
    ITEM_TYPE: ClassVar[type]
    FIELDS: ClassVar[dict[int, str]]

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self._count = len(self.items())
        doc.changed.connect(self._on_changed)
        doc.replaced.connect(self.reset)

    # -- what a subclass says ---------------------------------------------------------------

    def items(self) -> list[Any]:
        raise NotImplementedError  # pragma: no cover - every subclass names its list

    def headers(self) -> list[str]:
        raise NotImplementedError  # pragma: no cover

    def edit_text(self) -> str:
        raise NotImplementedError  # pragma: no cover

    def shown(self, column: int, value: str) -> str:
        return value

    def parsed(self, column: int, text: str) -> str | None:
        return text

    # -- the model ----------------------------------------------------------------------------

    def reset(self) -> None:
        self.beginResetModel()
        self._count = len(self.items())
        self.endResetModel()

    def _on_changed(self, obj: Any) -> None:
        if obj is self.doc.programme:
            self.reset()
        elif isinstance(obj, self.ITEM_TYPE) and self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.FIELDS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.FIELDS):
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count or role not in _SHOWN:
            return None
        return self.shown(index.column(), getattr(self.items()[index.row()], self.FIELDS[index.column()]))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < self._count:
            return False
        item = self.items()[index.row()]
        name = self.FIELDS[index.column()]
        text = self.parsed(index.column(), str(value or ""))
        if text is None:
            return False
        if text == getattr(item, name):
            return True
        self.stack.push(SetFieldCommand(self.doc, item, name, text, self.edit_text()))
        return True
