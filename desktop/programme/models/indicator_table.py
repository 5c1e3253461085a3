"""The indicator table of one focus area as a QAbstractTableModel.

Rows are ``focus_area.rows`` in table order: indicators and cross-reference rows
(shown in italics across the table). Beside baseline and target the model shows
the parsed reading (``desktop.programme.value_text.describe_value``, in the UI language) with a warning mark when the text
cannot be read as a number although the direction needs one.

``setData`` never changes the programme itself: it pushes a SetFieldCommand on
the undo stack, and the model refreshes when the document says the row changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QApplication, QStyle

from desktop.commands import SetFieldCommand
from desktop.document import ProgrammeDocument
from desktop.i18n import language_manager
from desktop.labels import aggregation_label, automatic_direction_label, direction_label
from desktop.programme.plan_labels import frequency_label
from desktop.programme.value_text import describe_value
from planner.catalogue import fi_date_text, parse_fi_date
from planner.checks import value_problem
from planner.indicator_fields import TABLE_COLUMNS, Kind, table_column
from planner.model import Aggregation, Direction, FocusArea, Frequency, Indicator, IndicatorReference

# The columns are the fields of planner.indicator_fields that have a table title, in its order.
COLUMNS = TABLE_COLUMNS
COLUMN_COUNT = len(COLUMNS)
LEVEL, NAME, BASELINE, BASELINE_READING, TARGET, TARGET_READING, DIRECTION, AGGREGATION, UNIT, SOURCE, OWNER, \
    FREQUENCY, NEXT_UPDATE, NOTES = (table_column(n) for n in (
        "level", "name", "baseline", "baseline_reading", "target", "target_reading", "direction", "aggregation",
        "unit", "source", "owner", "frequency", "next_update", "notes"))
FIELDS = {i: f.name for i, f in enumerate(COLUMNS) if f.editable}  # editable column -> Indicator attribute
TEXT_COLUMNS = tuple(i for i, f in enumerate(COLUMNS) if f.kind is Kind.TEXT)
DEFAULT_WIDTHS = {i: f.width for i, f in enumerate(COLUMNS)}
#: A cross-reference row: its level and its text (the row as printed) can be edited.
REFERENCE_FIELDS = {LEVEL: "level", NAME: "text"}

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorTableModel", text)


def column_titles() -> list[str]:
    """The column titles in the UI language (build_translations.py extracts them from the field table)."""
    return [tr(f.title) for f in COLUMNS]


def reading_problem(ind: Indicator, column: int) -> str:
    """Why the baseline/target reading is a problem, or "" when it is fine.

    The rule is the checks' (:func:`planner.checks.value_problem`); this only words its code.
    """
    code = value_problem(ind, "baseline" if column == BASELINE_READING else "target")
    if code == "indicator_without_target":
        return tr("Tavoite puuttuu. Kirjoita tavoite, esimerkiksi \u201d1 500 henkilöä\u201d.")
    if code in ("baseline_not_a_number", "target_not_a_number"):
        what = tr("Lähtöarvosta") if column == BASELINE_READING else tr("Tavoitteesta")
        return tr("{0} ei löydy lukua, vaikka suunta ({1}) vaatii luvun. Kirjoita luku, esimerkiksi "
                  "\u201d1 468 henkilöä (joulukuu 2025)\u201d, tai valitse suunnaksi virstanpylväs.").format(
            what, direction_label(ind.effective_direction))
    return ""


def next_update_value(text: Any) -> str:
    """The ISO date for a typed date ("30.6.2026" or "2026-06-30"); "" clears it. Raises ValueError if unreadable."""
    text = "" if text is None else str(text).strip()
    if not text:
        return ""
    d = parse_fi_date(text)
    if d is None:
        raise ValueError(text)
    return d.isoformat()


def date_problem(text: str) -> str:
    """Why a typed next-update date cannot be used, or "" when it can."""
    try:
        next_update_value(text)
    except ValueError:
        return tr("Päivämäärää \u201d{0}\u201d ei voi lukea. Kirjoita päivämäärä muodossa 30.6.2026.").format(text)
    return ""


class IndicatorTableModel(QAbstractTableModel):
    input_refused = Signal(str)  # why an edit was not taken (e.g. an unreadable date), in words

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, focus_area: FocusArea | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self.fa = focus_area
        self._titles = column_titles()
        self.last_problem = ""  # the last refused input, in words (e.g. an unreadable date)
        doc.changed.connect(self._on_changed)

    # -- binding ------------------------------------------------------------------

    def refuse(self, problem: str) -> None:
        self.last_problem = problem
        self.input_refused.emit(problem)

    def set_focus_area(self, fa: FocusArea | None) -> None:
        if fa is self.fa and fa is not None:
            # The page shown again for the same focus area (a tree rebuild, a language switch): a reset
            # here would close an open cell editor and lose what the user is typing.
            return
        self.beginResetModel()
        self.fa = fa
        self.endResetModel()

    def row_object(self, row: int) -> Indicator | IndicatorReference | None:
        if self.fa is None or not 0 <= row < len(self.fa.rows):
            return None
        return self.fa.rows[row]

    def row_of(self, obj: Any) -> int:
        if self.fa is None:
            return -1
        return next((i for i, r in enumerate(self.fa.rows) if r is obj), -1)

    def retranslate(self) -> None:
        self._titles = column_titles()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1))

    def _on_changed(self, obj: Any) -> None:
        if self.fa is None:
            return
        if obj is self.fa:
            self.beginResetModel()
            self.endResetModel()
            return
        if self.rowCount() == 0:
            return
        row = self.row_of(obj)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        elif isinstance(obj, Indicator) and any(isinstance(r, IndicatorReference) for r in self.fa.rows):
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1))

    # -- Qt model API ----------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.fa is None:
            return 0
        return len(self.fa.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._titles[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Rows can be dragged to a new place (the view turns the drop into one undoable move).
        base = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled)
        row = self.row_object(index.row())
        if isinstance(row, Indicator) and index.column() in FIELDS:
            return base | Qt.ItemFlag.ItemIsEditable
        if isinstance(row, IndicatorReference) and index.column() in REFERENCE_FIELDS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_object(index.row())
        col = index.column()
        if row is None or not 0 <= col < COLUMN_COUNT:
            return None
        if isinstance(row, IndicatorReference):
            return self._reference_data(row, col, role)
        return self._indicator_data(row, col, role)

    def _reference_data(self, ref: IndicatorReference, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.EditRole and col in REFERENCE_FIELDS:
            # The text as stored; empty means "made from the referred indicator", shown when displayed.
            return ref.text if col == NAME and ref.text else (
                self.doc.programme.reference_text(ref) if col == NAME else ref.level)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == LEVEL:
                return ref.level
            if col == NAME:
                text = self.doc.programme.reference_text(ref)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return tr("Viittausrivi: mittari näytetään myös tässä tavoitteessa.") + "\n" + text
                return text
        return None

    def _indicator_data(self, ind: Indicator, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ind, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == DIRECTION:
                return ind.direction.value if ind.direction else ""
            if col == AGGREGATION:
                return ind.aggregation.value
            if col == FREQUENCY:
                return ind.frequency.value if ind.frequency else ""
            if col == NEXT_UPDATE:
                return fi_date_text(ind.next_update)
            if col in FIELDS:
                return getattr(ind, FIELDS[col])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (BASELINE_READING, TARGET_READING):
                problem = reading_problem(ind, col)
                return problem or self._display(ind, col)
            text = self._display(ind, col)
            return text or None
        if role == Qt.ItemDataRole.DecorationRole and col in (BASELINE_READING, TARGET_READING):
            if reading_problem(ind, col):
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(ind, col)
            if col in (BASELINE_READING, TARGET_READING) and reading_problem(ind, col):
                text = tr("Varoitus: ") + reading_problem(ind, col)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and col in (BASELINE_READING, TARGET_READING):
            return QApplication.palette().placeholderText()
        return None

    def _display(self, ind: Indicator, col: int) -> str:
        if col == BASELINE_READING:
            return describe_value(ind.baseline_value, language_manager().locale())
        if col == TARGET_READING:
            return describe_value(ind.target_value, language_manager().locale())
        if col == DIRECTION:
            if ind.direction is None:
                return automatic_direction_label(ind.effective_direction)
            return direction_label(ind.direction)
        if col == AGGREGATION:
            return aggregation_label(ind.aggregation)
        if col == FREQUENCY:
            return frequency_label(ind.frequency)
        if col == NEXT_UPDATE:
            return fi_date_text(ind.next_update)
        return str(getattr(ind, FIELDS[col]))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.row_object(index.row())
        col = index.column()
        if isinstance(row, IndicatorReference) and col in REFERENCE_FIELDS:
            text = "" if value is None else str(value).strip()
            if col == NAME and text == self.doc.programme.reference_text(ref=row) and not row.text:
                return True  # the made-up text left as it was: keep following the indicator
            if text == getattr(row, REFERENCE_FIELDS[col]):
                return True
            self.stack.push(SetFieldCommand(self.doc, row, REFERENCE_FIELDS[col], text,
                                            tr("Muokkaa viittausriviä")))
            return True
        if not isinstance(row, Indicator) or col not in FIELDS:
            return False
        name = FIELDS[col]
        try:
            if col == DIRECTION:
                new: Any = Direction(value) if value else None
            elif col == AGGREGATION:
                new = Aggregation(value)
            elif col == FREQUENCY:
                new = Frequency(value) if value else None
            elif col == NEXT_UPDATE:
                try:
                    new = next_update_value(value)
                except ValueError:
                    self.refuse(date_problem(str(value)))
                    return False
            else:
                new = "" if value is None else str(value)
        except ValueError:
            return False
        if new == getattr(row, name):
            return True
        self.stack.push(SetFieldCommand(self.doc, row, name, new,
                                        tr("Muokkaa mittaria: {0}").format(self._titles[col].lower())))
        return True
