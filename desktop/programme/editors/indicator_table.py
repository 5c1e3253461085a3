"""The indicator table editor: table view, delegate with choices, buttons and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.commands import AddReferenceCommand, InsertCommand, MoveCommand, MoveIndicatorCommand, RemoveRowCommand
from desktop.document import ProgrammeDocument
from desktop.i18n import Retranslatable
from desktop.labels import aggregation_label, automatic_direction_label, direction_label
from desktop.programme.models import indicator_table as m
from desktop.programme.plan_labels import frequency_label
from desktop.table_keys import ExcelKeysMixin
from planner.model import Aggregation, Direction, FocusArea, Frequency, Indicator, infer_direction

Index = QModelIndex | QPersistentModelIndex



class IndicatorDelegate(QStyledItemDelegate):
    """Choices for level, direction and aggregation; plain text for the rest."""

    def __init__(self, model: m.IndicatorTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = index.column()
        if col == m.FREQUENCY:
            combo = QComboBox(parent)
            combo.setAccessibleName(m.column_titles()[col])
            combo.addItem(self.tr("(ei määritelty)"), "")
            for f in Frequency:
                combo.addItem(frequency_label(f), f.value)
            return combo
        if col in (m.LEVEL, m.DIRECTION, m.AGGREGATION):
            combo = QComboBox(parent)
            combo.setAccessibleName(m.column_titles()[col])
            row = self.model.row_object(index.row())
            if col == m.LEVEL:
                combo.setEditable(True)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                for lv in self.model.doc.programme.levels:
                    combo.addItem(f"{lv.code} \u2013 {lv.name}" if lv.name else lv.code, lv.code)
            elif col == m.DIRECTION:
                inferred = (infer_direction(row.baseline_value, row.target_value) if isinstance(row, Indicator)
                            else Direction.MILESTONE)
                combo.addItem(automatic_direction_label(inferred), "")
                for d in Direction:
                    combo.addItem(direction_label(d), d.value)
            else:
                for a in Aggregation:
                    combo.addItem(aggregation_label(a), a.value)
            return combo
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(m.column_titles()[col])
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        # A choice is as wide as its longest entry even in a narrow column ("KV \u2013 Kaikille", not "usto|").
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QComboBox):
            rect = editor.geometry()
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
            editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # Qt refreshes open editors whenever their row changes (a check, another cell's edit): never
        # overwrite what the user has typed but not yet committed.
        line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
        if isinstance(line, QLineEdit) and line.isModified():
            return
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            i = editor.findData(value)
            if i >= 0:
                editor.setCurrentIndex(i)
            elif editor.isEditable():
                editor.setEditText(str(value or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                text = editor.currentText()
                i = editor.findText(text)
                value = editor.itemData(i) if i >= 0 else text.strip()
            else:
                value = editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        if index.column() == m.NEXT_UPDATE:
            text = editor.text() if isinstance(editor, QLineEdit) else ""
            problem = m.date_problem(text)
            if problem:
                # The date is kept as it was; the table editor says why and how to write it.
                self.model.refuse(problem)
                return
        super().setModelData(editor, model, index)


class IndicatorTableView(ExcelKeysMixin, QTableView):
    """Grows to show every row, so the focus area page scrolls as one; Tab works as in Excel.

    Rows can be dragged with the mouse; ``row_move_requested(source, destination)`` asks the editor to
    move the row (the view never moves anything itself).
    """

    row_move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)

    def drop_destination(self, source: int, target: int, position: QAbstractItemView.DropIndicatorPosition) -> int:
        """Where the dragged row ends up in the list (after it is taken out of its old place)."""
        rows = self.model().rowCount()
        above = QAbstractItemView.DropIndicatorPosition.AboveItem
        below = QAbstractItemView.DropIndicatorPosition.BelowItem
        if target < 0:
            return rows - 1
        if position == above:
            dest = target
        elif position == below:
            dest = target + 1
        else:
            return target
        return dest - 1 if source < dest else dest

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        source = self.currentIndex().row()
        target = self.indexAt(event.position().toPoint()).row()
        dest = self.drop_destination(source, target, self.dropIndicatorPosition())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if source >= 0 and dest != source and 0 <= dest < self.model().rowCount():
            QTimer.singleShot(0, lambda: self.row_move_requested.emit(source, dest))

    def sizeHint(self):  # noqa: N802 - Qt override
        hint = super().sizeHint()
        h = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        h += self.horizontalScrollBar().sizeHint().height() + 2 * self.frameWidth() + 4
        hint.setHeight(max(h, 80))
        return hint

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        return self.sizeHint()


class IndicatorTableEditor(Retranslatable, QGroupBox):
    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self.fa: FocusArea | None = None
        self.model = m.IndicatorTableModel(doc, stack, parent=self)
        self.view = IndicatorTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(IndicatorDelegate(self.model, self.view))
        self.view.row_move_requested.connect(self.move_row)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in m.DEFAULT_WIDTHS.items():
            self.view.setColumnWidth(col, width)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(lambda *_: self._fit_rows())

        self.act_add = self._action(QKeySequence(Qt.Key.Key_Insert), self.add_indicator)
        self.act_remove = self._action(QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected)
        self.act_up = self._action(QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1))
        self.act_down = self._action(QKeySequence("Ctrl+Down"), lambda: self.move_selected(1))
        self.act_move_to = self._action(QKeySequence(), self.choose_move_target)
        self.act_show_in = self._action(QKeySequence(), self.choose_reference_target)
        self.buttons: list[tuple[QPushButton, QAction]] = []
        row = QHBoxLayout()
        for act in (self.act_add, self.act_remove, self.act_up, self.act_down, self.act_move_to, self.act_show_in):
            b = QPushButton(self)
            b.clicked.connect(act.trigger)
            self.buttons.append((b, act))
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #B03A2E;")
        self.problem_label.hide()
        self.model.input_refused.connect(self._show_problem)
        self.model.dataChanged.connect(lambda *_: self.problem_label.hide())
        layout.addWidget(self.problem_label)
        layout.addLayout(row)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_enabled())
        doc.select_requested.connect(self._select_object)
        self.retranslate_ui()
        self._update_enabled()

    def _action(self, key: QKeySequence, slot: Callable[[], None]) -> QAction:
        act = QAction(self)
        if not key.isEmpty():
            act.setShortcut(key)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(act)
        act.triggered.connect(slot)
        return act

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Mittarit"))
        self.view.setAccessibleName(self.tr("Mittaritaulukko"))
        self.model.retranslate()
        self.act_add.setText(self.tr("Lisää mittari"))
        self.act_remove.setText(self.tr("Poista rivi"))
        self.act_up.setText(self.tr("Ylös"))
        self.act_down.setText(self.tr("Alas"))
        self.act_move_to.setText(self.tr("Siirrä toiseen tavoitteeseen\u2026"))
        self.act_show_in.setText(self.tr("Näytä myös toisessa tavoitteessa\u2026"))
        for b, act in self.buttons:
            b.setText(act.text())
            b.setAccessibleName(act.text())
            if not act.shortcut().isEmpty():
                b.setToolTip(f"{act.text()} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    # -- binding and layout -------------------------------------------------------

    def set_focus_area(self, fa: FocusArea | None) -> None:
        self.fa = fa
        self.model.set_focus_area(fa)

    def _after_reset(self) -> None:
        self.view.clearSpans()
        if self.fa is not None:
            for r, row in enumerate(self.fa.rows):
                if not isinstance(row, Indicator):
                    self.view.setSpan(r, m.NAME, 1, m.COLUMN_COUNT - m.NAME)
        self._fit_rows()
        self._update_enabled()

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setAccessibleName(text)
        self.problem_label.show()

    def _fit_rows(self) -> None:
        self.view.resizeRowsToContents()
        self.view.updateGeometry()

    def current_row(self) -> int:
        idx = self.view.currentIndex()
        return idx.row() if idx.isValid() else -1

    def _select_row(self, row: int, column: int = m.NAME) -> None:
        if 0 <= row < self.model.rowCount():
            idx = self.model.index(row, column)
            self.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(idx)
        self._update_enabled()

    def _select_object(self, obj: Any) -> None:
        row = self.model.row_of(obj)
        if row >= 0:
            self._select_row(row)

    def select_indicator(self, indicator_id: str, field: str = "") -> None:
        if self.fa is None:
            return
        columns = {v: k for k, v in m.FIELDS.items()}
        for r, row in enumerate(self.fa.rows):
            if isinstance(row, Indicator) and row.id == indicator_id:
                self._select_row(r, columns.get(field, m.NAME))
                self.view.setFocus()
                return

    def _update_enabled(self) -> None:
        row = self.current_row()
        n = self.model.rowCount()
        has = 0 <= row < n
        self.act_add.setEnabled(self.fa is not None)
        self.act_remove.setEnabled(has)
        self.act_up.setEnabled(has and row > 0)
        self.act_down.setEnabled(has and row < n - 1)
        obj = self.model.row_object(row)
        self.act_move_to.setEnabled(has)
        self.act_show_in.setEnabled(isinstance(obj, Indicator))
        for b, act in self.buttons:
            b.setEnabled(act.isEnabled())

    # -- edits ------------------------------------------------------------------------

    def add_indicator(self) -> Indicator | None:
        if self.fa is None:
            return None
        row = self.current_row()
        pos = row + 1 if 0 <= row < len(self.fa.rows) else len(self.fa.rows)
        level = self.doc.programme.levels[0].code if self.doc.programme.levels else ""
        ind = Indicator(name="", level=level)
        self.stack.push(InsertCommand(self.doc, self.fa, self.fa.rows, pos, ind, self.tr("Lisää mittari")))
        self._select_row(pos)
        self.view.setFocus()
        return ind

    def remove_selected(self) -> None:
        row = self.current_row()
        if self.fa is None or not 0 <= row < len(self.fa.rows):
            return
        self.stack.push(RemoveRowCommand(self.doc, self.fa, row, self.tr("Poista mittari")))
        self._select_row(min(row, self.model.rowCount() - 1))

    def move_row(self, source: int, destination: int) -> None:
        """A dragged row dropped at ``destination``: one undoable move."""
        if self.fa is None or not (0 <= source < len(self.fa.rows) and 0 <= destination < len(self.fa.rows)):
            return
        self.stack.push(MoveCommand(self.doc, self.fa, self.fa.rows, source, destination, self.tr("Siirrä mittari")))
        self._select_row(destination)

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        if self.fa is None or not (0 <= row < len(self.fa.rows) and 0 <= row + step < len(self.fa.rows)):
            return
        col = self.view.currentIndex().column()
        self.stack.push(MoveCommand(self.doc, self.fa, self.fa.rows, row, row + step, self.tr("Siirrä mittari")))
        self._select_row(row + step, col)

    def _other_focus_areas(self) -> list[tuple[str, FocusArea]]:
        return [(f"{theme.title} \u203a {fa.title}", fa) for theme, fa in self.doc.programme.focus_areas()
                if fa is not self.fa]

    def _choose(self, title: str, label: str) -> FocusArea | None:
        choices = self._other_focus_areas()
        if not choices:
            return None
        name, ok = QInputDialog.getItem(self, title, label, [c[0] for c in choices], 0, False)
        if not ok:
            return None
        return next((fa for text, fa in choices if text == name), None)

    def choose_move_target(self) -> None:
        target = self._choose(self.tr("Siirrä mittari"), self.tr("Siirrä valittu rivi tavoitteeseen:"))
        if target is not None:
            self.move_selected_to(target)

    def choose_reference_target(self) -> None:
        target = self._choose(self.tr("Näytä mittari toisessa tavoitteessa"),
                              self.tr("Lisää viittausrivi tavoitteeseen:"))
        if target is not None:
            self.show_selected_in(target)

    def move_selected_to(self, target: FocusArea) -> None:
        row = self.current_row()
        obj = self.model.row_object(row)
        if self.fa is None or obj is None or target is self.fa:
            return
        self.stack.push(MoveIndicatorCommand(self.doc, obj, self.fa, target, len(target.rows),
                                             self.tr("Siirrä mittari toiseen tavoitteeseen")))

    def show_selected_in(self, target: FocusArea) -> None:
        obj = self.model.row_object(self.current_row())
        if isinstance(obj, Indicator) and target is not self.fa:
            self.stack.push(AddReferenceCommand(self.doc, target, obj))

    def _context_menu(self, pos) -> None:
        idx = self.view.indexAt(pos)
        if idx.isValid():
            self._select_row(idx.row(), idx.column())
        menu = QMenu(self)
        for a in (self.act_add, self.act_remove, None, self.act_up, self.act_down, None, self.act_move_to,
                  self.act_show_in):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        menu.exec(self.view.viewport().mapToGlobal(pos))
