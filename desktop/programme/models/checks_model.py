"""The checks panel's table: the core's findings with a severity icon."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from desktop.labels import severity_label

if TYPE_CHECKING:
    from planner.checks import Finding
    from planner.model import Programme

SEVERITY, MESSAGE, PLACE = range(3)
Index = QModelIndex | QPersistentModelIndex
#: Severity code -> name of the QStyle.StandardPixmap drawn beside it (QStyle is imported when first drawn).
_PIXMAPS = {"error": "SP_MessageBoxCritical", "warning": "SP_MessageBoxWarning", "info": "SP_MessageBoxInformation"}
_icons: dict[str, QIcon] = {}


def _icon(severity: str) -> QIcon:
    icon = _icons.get(severity)
    if icon is None:
        from PySide6.QtWidgets import QApplication, QStyle

        icon = _icons[severity] = QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, _PIXMAPS[severity]))
    return icon


def tr(text: str) -> str:
    return QCoreApplication.translate("ChecksModel", text)


class ChecksModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.places: list[str] = []
        self.texts: list[str] = []

    def set_findings(self, findings: list[Finding], programme: Programme) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        # The sentences are worded once here (in the UI language), not on every repaint; the
        # wording module is imported with the first findings (after the window has shown).
        if findings:
            from desktop.programme.check_messages import finding_text, place_text

            self.places = [place_text(f.location, programme) for f in findings]
            self.texts = [finding_text(f) for f in findings]
        else:
            self.places, self.texts = [], []
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
                return self.texts[index.row()]
            if col == PLACE:
                return self.places[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and col == SEVERITY:
            return _icon(f.severity.value)
        return None
