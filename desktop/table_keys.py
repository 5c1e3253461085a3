"""Tables that behave like Excel for a keyboard user.

- Tab / Shift+Tab move between *editable* cells only (read-only columns such as
  the parsed readings are skipped), row by row.
- Tab in an open editor commits the edit and opens the next editable cell.
- After the last editable cell (or before the first with Shift+Tab) the focus
  leaves the table to the next widget, instead of wrapping round for ever.
  A table without editable cells is left with one Tab.
- Ctrl+Tab leaves the table at once (Ctrl+Shift+Tab backwards).
- Enter commits, Esc cancels (Qt's delegate defaults, kept).

Use :class:`ExcelKeysMixin` before the Qt view class: ``class V(ExcelKeysMixin, QTableView)``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QTableWidget, QWidget


def editable_cells(view: QAbstractItemView) -> list[QModelIndex]:
    """Every editable, visible cell of ``view`` in reading order (row by row)."""
    model = view.model()
    if model is None:
        return []
    root = view.rootIndex()
    out = []
    hidden_col = getattr(view, "isColumnHidden", lambda _c: False)
    hidden_row = getattr(view, "isRowHidden", lambda _r: False)
    for r in range(model.rowCount(root)):
        if hidden_row(r):
            continue
        for c in range(model.columnCount(root)):
            if hidden_col(c):
                continue
            idx = model.index(r, c, root)
            if idx.flags() & Qt.ItemFlag.ItemIsEditable and idx.flags() & Qt.ItemFlag.ItemIsEnabled:
                out.append(idx)
    return out


def next_editable(view: QAbstractItemView, current: QModelIndex, forward: bool) -> QModelIndex:
    """The editable cell after (before) ``current``, or an invalid index at the end of the table."""
    cells = editable_cells(view)
    if not cells:
        return QModelIndex()
    if not current.isValid():
        return cells[0] if forward else cells[-1]
    key = (current.row(), current.column())
    if forward:
        return next((c for c in cells if (c.row(), c.column()) > key), QModelIndex())
    return next((c for c in reversed(cells) if (c.row(), c.column()) < key), QModelIndex())


class ExcelKeysMixin:
    """Tab navigation over editable cells that leaves the table at its end (see the module doc)."""

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt override
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return next_editable(self, self.currentIndex(),  # type: ignore[arg-type, attr-defined]
                                 action == QAbstractItemView.CursorAction.MoveNext)
        return super().moveCursor(action, modifiers)  # type: ignore[misc]

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Ctrl+Tab / Ctrl+Shift+Tab always leave the table, wherever the cursor is.
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)  # type: ignore[arg-type]
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        view: QAbstractItemView = self  # type: ignore[assignment]
        if view.state() == QAbstractItemView.State.EditingState:
            return super().focusNextPrevChild(forward)  # type: ignore[misc]
        target = next_editable(view, view.currentIndex(), forward)
        if target.isValid():
            view.setCurrentIndex(target)
            return True
        return QWidget.focusNextPrevChild(view, forward)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt override
        view: QAbstractItemView = self  # type: ignore[assignment]
        if hint in (QAbstractItemDelegate.EndEditHint.EditNextItem, QAbstractItemDelegate.EndEditHint.EditPreviousItem):
            forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
            target = next_editable(view, view.currentIndex(), forward)
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)  # type: ignore[misc]
            if target.isValid():
                view.setCurrentIndex(target)
                view.edit(target)
            else:
                QWidget.focusNextPrevChild(view, forward)
            return
        super().closeEditor(editor, hint)  # type: ignore[misc]


class ExcelTableView(ExcelKeysMixin, QTableView):
    """A QTableView with :class:`ExcelKeysMixin`."""


class ExcelTableWidget(ExcelKeysMixin, QTableWidget):
    """A QTableWidget with :class:`ExcelKeysMixin`."""
