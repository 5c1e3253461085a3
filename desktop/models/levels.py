"""The programme's indicator levels (KV = Kaupunginvaltuusto, LTK = Lautakunta ...) as an editable table.

Each edit is an undoable SetFieldCommand; the indicator table's level choices
read ``programme.levels`` when they open, so a new level is offered at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from desktop.commands import SetFieldCommand
from desktop.document import ProgrammeDocument
from planner.model import Level

CODE, NAME = range(2)
FIELDS = {CODE: "code", NAME: "name"}
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("LevelsModel", text)


class LevelsModel(QAbstractTableModel):
    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self._count = len(doc.programme.levels)
        doc.changed.connect(self._on_changed)
        doc.replaced.connect(self.reset)

    def reset(self) -> None:
        self.beginResetModel()
        self._count = len(self.doc.programme.levels)
        self.endResetModel()

    def _on_changed(self, obj: Any) -> None:
        if obj is self.doc.programme:
            self.reset()
        elif isinstance(obj, Level) and self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return [tr("Lyhenne"), tr("Taso (esim. Kaupunginvaltuusto)")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return getattr(self.doc.programme.levels[index.row()], FIELDS[index.column()])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < self._count:
            return False
        level = self.doc.programme.levels[index.row()]
        text = str(value or "").strip()
        name = FIELDS[index.column()]
        if text == getattr(level, name):
            return True
        self.stack.push(SetFieldCommand(self.doc, level, name, text, tr("Muokkaa tasoa")))
        return True
