"""Approval decisions of the programme (body, date, section) as an editable table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from desktop.commands import SetFieldCommand
from desktop.document import ProgrammeDocument
from planner.model import ApprovalDecision

BODY, DATE, SECTION = range(3)
FIELDS = {BODY: "body", DATE: "date", SECTION: "section"}
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("DecisionsModel", text)


def iso_to_finnish(iso: str) -> str:
    """"2025-12-16" -> "16.12.2025"; anything else is shown as it is."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day}.{d.month}.{d.year}"


def finnish_to_iso(text: str) -> str | None:
    """"16.12.2025" (or ISO) -> "2025-12-16"; "" -> ""; None when it is not a date."""
    text = text.strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    parts = text.rstrip(".").split(".")
    if len(parts) == 3:
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0])).isoformat()
        except ValueError:
            return None
    return None


class DecisionsModel(QAbstractTableModel):
    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self._count = len(doc.programme.decisions)
        doc.changed.connect(self._on_changed)
        doc.replaced.connect(self.reset)

    def reset(self) -> None:
        self.beginResetModel()
        self._count = len(self.doc.programme.decisions)
        self.endResetModel()

    def _on_changed(self, obj: Any) -> None:
        if obj is self.doc.programme:
            self.reset()
        elif isinstance(obj, ApprovalDecision) and self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return [tr("Toimielin"), tr("Päivämäärä (pp.kk.vvvv)"), tr("Pykälä")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        d = self.doc.programme.decisions[index.row()]
        value = getattr(d, FIELDS[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return iso_to_finnish(value) if index.column() == DATE else value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < self._count:
            return False
        d = self.doc.programme.decisions[index.row()]
        text = str(value or "")
        if index.column() == DATE:
            iso = finnish_to_iso(text)
            if iso is None:
                return False
            text = iso
        if text == getattr(d, FIELDS[index.column()]):
            return True
        self.stack.push(SetFieldCommand(self.doc, d, FIELDS[index.column()], text, tr("Muokkaa päätöstä")))
        return True
