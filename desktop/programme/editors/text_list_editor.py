"""An editable list of texts with add, remove and reorder: bullets, municipalities, service items."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.commands import InsertCommand, MoveCommand, RemoveCommand
from desktop.document import ProgrammeDocument
from desktop.i18n import Retranslatable
from desktop.programme.models.text_list import TextListModel
from desktop.scroll_viewport import viewport_of

Index = QModelIndex | QPersistentModelIndex


class BulletDelegate(QStyledItemDelegate):
    """Edits an item in a wrapping multi-line field, as a bullet is printed (two or three lines are common).

    Enter commits and asks for the next item below (``next_requested(row)``), as in Word; Enter on an empty
    item ends the list instead (``end_requested(row)``). Shift+Enter does nothing: a bullet is one paragraph
    and wraps by itself. Esc cancels; Tab commits and leaves the list.
    """

    next_requested = Signal(int)
    end_requested = Signal(int)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        editor.setTabChangesFocus(True)
        editor.setFrameShape(QFrame.Shape.Box)
        view = self.parent()
        editor.setAccessibleName(view.accessibleName() if isinstance(view, QWidget) else "")
        editor.setProperty("row", index.row())
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            if editor.document().isModified():
                return  # a refresh of the list must not overwrite what is being typed
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.document().setModified(False)
            editor.moveCursor(QTextCursor.MoveOperation.End)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            # One paragraph: pasted line breaks become spaces.
            model.setData(index, " ".join(editor.toPlainText().split()), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height() + 8, editor.fontMetrics().lineSpacing() * 3 + 10))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if isinstance(editor, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # type: ignore[attr-defined]
                    return True
                row = int(editor.property("row"))
                empty = not editor.toPlainText().strip()
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                (self.end_requested if empty else self.next_requested).emit(row)
                return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                view = self.parent()
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                if isinstance(view, QWidget):
                    QWidget.focusNextPrevChild(view, key == Qt.Key.Key_Tab)
                return True
        return super().eventFilter(editor, event)


class TextListView(QListView):
    """A list view that grows with its rows, so the page scrolls instead of the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)

    def viewportSizeHint(self):  # noqa: N802 - Qt override
        hint = super().viewportSizeHint()
        model = self.model()
        rows = model.rowCount() if model else 0
        width = max(100, viewport_of(self).width() - 10)
        fm = self.fontMetrics()
        height = 8
        for r in range(rows):
            text = str(model.index(r, 0).data() or "")
            height += fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height() + 2
        hint.setHeight(max(height, fm.height() * 2))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
        self.updateGeometry()


class TextListEditor(Retranslatable, QGroupBox):
    """A titled list with buttons, a context menu and the keys Ins, Del, Ctrl+Up, Ctrl+Down, F2."""

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, title: Callable[[], str],
                 item_name: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self._title, self._item_name = title, item_name
        self.model = TextListModel(doc, stack, parent=self)
        self.view = TextListView(self)
        self.view.setModel(self.model)
        self.delegate = BulletDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.delegate.next_requested.connect(self._next_after)
        self.delegate.end_requested.connect(self._end_at)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self.view.updateGeometry)
        self.model.dataChanged.connect(lambda *_: self.view.updateGeometry())

        self.act_add = self._action(QKeySequence(Qt.Key.Key_Insert), self.add_item)
        self.act_remove = self._action(QKeySequence(QKeySequence.StandardKey.Delete), self.remove_item)
        self.act_up = self._action(QKeySequence("Ctrl+Up"), lambda: self.move_item(-1))
        self.act_down = self._action(QKeySequence("Ctrl+Down"), lambda: self.move_item(1))
        self.act_edit = self._action(QKeySequence(Qt.Key.Key_F2), self.edit_current)

        self.btn_add = QPushButton(self)
        self.btn_remove = QPushButton(self)
        self.btn_up = QPushButton(self)
        self.btn_down = QPushButton(self)
        self.btn_add.clicked.connect(self.add_item)
        self.btn_remove.clicked.connect(self.remove_item)
        self.btn_up.clicked.connect(lambda: self.move_item(-1))
        self.btn_down.clicked.connect(lambda: self.move_item(1))
        buttons = QHBoxLayout()
        for b in (self.btn_add, self.btn_remove, self.btn_up, self.btn_down):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_enabled())
        self.model.modelReset.connect(self._update_enabled)
        self.retranslate_ui()
        self._update_enabled()

    def _action(self, key: QKeySequence, slot: Callable[[], None]) -> QAction:
        act = QAction(self)
        act.setShortcut(key)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.view.addAction(act)
        return act

    def retranslate_ui(self) -> None:
        self.setTitle(self._title())
        name = self._item_name()
        self.view.setAccessibleName(self._title())
        self.act_add.setText(self.tr("Lisää {0}").format(name))
        self.act_remove.setText(self.tr("Poista {0}").format(name))
        self.act_up.setText(self.tr("Siirrä ylös"))
        self.act_down.setText(self.tr("Siirrä alas"))
        self.act_edit.setText(self.tr("Muokkaa"))
        self.btn_add.setText(self.tr("Lisää"))
        self.btn_remove.setText(self.tr("Poista"))
        self.btn_up.setText(self.tr("Ylös"))
        self.btn_down.setText(self.tr("Alas"))
        for b, a in ((self.btn_add, self.act_add), (self.btn_remove, self.act_remove), (self.btn_up, self.act_up),
                     (self.btn_down, self.act_down)):
            b.setAccessibleName(f"{a.text()} ({self._title()})")
            b.setToolTip(f"{a.text()} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def bind(self, owner: Any, get_list: Callable[[], list[str]] | None) -> None:
        self.model.bind(owner, get_list)
        self.view.updateGeometry()

    def _update_enabled(self) -> None:
        bound = self.model.owner is not None
        row = self.view.currentIndex().row()
        n = self.model.rowCount()
        self.act_add.setEnabled(bound)
        self.btn_add.setEnabled(bound)
        for w in (self.act_remove, self.btn_remove, self.act_edit):
            w.setEnabled(0 <= row < n)
        for w in (self.act_up, self.btn_up):
            w.setEnabled(0 < row < n)
        for w in (self.act_down, self.btn_down):
            w.setEnabled(0 <= row < n - 1)

    def _select(self, row: int) -> None:
        idx = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_enabled()

    def add_item(self, text: str = "", edit: bool = True) -> None:
        if self.model.owner is None:
            return
        items = self.model.items()
        row = self.view.currentIndex().row()
        pos = row + 1 if 0 <= row < len(items) else len(items)
        self.stack.push(InsertCommand(self.doc, self.model.owner, items, pos, text or "",
                                      self.tr("Lisää {0}").format(self._item_name()), select=False))
        self._select(pos)
        if edit:
            self.view.setFocus()
            self.view.edit(self.model.index(pos))

    def _next_after(self, row: int) -> None:
        """Enter in an item: a new one below it, being edited (Word's Enter in a bulleted list)."""
        self._select(row)
        self.add_item()

    def _end_at(self, row: int) -> None:
        """Enter in an empty item ends the list: the empty item goes away."""
        items = self.model.items()
        if 0 <= row < len(items) and not items[row].strip():
            self._select(row)
            self.remove_item()
        self.view.setFocus()

    def remove_item(self) -> None:
        row = self.view.currentIndex().row()
        items = self.model.items()
        if not 0 <= row < len(items):
            return
        self.stack.push(RemoveCommand(self.doc, self.model.owner, items, row,
                                      self.tr("Poista {0}").format(self._item_name()), select=False))
        if self.model.rowCount():
            self._select(min(row, self.model.rowCount() - 1))

    def move_item(self, step: int) -> None:
        row = self.view.currentIndex().row()
        items = self.model.items()
        dest = row + step
        if not (0 <= row < len(items) and 0 <= dest < len(items)):
            return
        self.stack.push(MoveCommand(self.doc, self.model.owner, items, row, dest,
                                    self.tr("Siirrä {0}").format(self._item_name()), select=False))
        self._select(dest)

    def edit_current(self) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            self.view.edit(idx)

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        for a in (self.act_add, self.act_edit, self.act_remove, None, self.act_up, self.act_down):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        menu.exec(self.view.viewport().mapToGlobal(pos))
