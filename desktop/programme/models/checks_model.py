"""The checks panel's table: the core's findings with a severity icon."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from desktop.labels import severity_label
from desktop.programme.check_messages import finding_text, place_text
from planner.checks import Finding, Severity
from planner.model import Programme

SEVERITY, MESSAGE, PLACE = range(3)
Index = QModelIndex | QPersistentModelIndex
_ICONS = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
          Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}


def tr(text: str) -> str:
    return QCoreApplication.translate("ChecksModel", text)


class ChecksModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.places: list[str] = []

    def set_findings(self, findings: list[Finding], programme: Programme) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.places = [place_text(f.location, programme) for f in findings]
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self.findings[row] if 0 <= row < len(self.findings) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return [tr("Vakavuus"), tr("Huomio"), tr("Kohta")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        f = self.findings[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == SEVERITY:
                return severity_label(f.severity.value)
            if col == MESSAGE:
                return finding_text(f)
            if col == PLACE:
                return self.places[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and col == SEVERITY:
            return QApplication.style().standardIcon(_ICONS[f.severity])
        return None
