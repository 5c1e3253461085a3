"""Bind form widgets to fields of a document object through undo commands.

A :class:`FieldBinder` keeps a set of widgets in step with one object: typing
pushes a merging SetFieldCommand; when the document says the object changed
(undo, redo, another view) the widgets are refreshed without moving the cursor
of the one the user is typing in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.commands import SetFieldCommand
from desktop.document import ProgrammeDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("FieldBinder", text)


class FieldBinder:
    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, structural_fields: tuple[str, ...] = ()) -> None:
        self.doc, self.stack = doc, stack
        self.obj: Any = None
        self._refreshers: list[Callable[[], None]] = []
        self._updating = False
        self.structural_fields = structural_fields
        doc.changed.connect(self._on_changed)

    def _on_changed(self, obj: Any) -> None:
        if obj is self.obj and obj is not None:
            self.refresh()

    def set_object(self, obj: Any) -> None:
        self.obj = obj
        self.refresh()

    def refresh(self) -> None:
        if self.obj is None:
            return
        self._updating = True
        try:
            for r in self._refreshers:
                r()
        finally:
            self._updating = False

    def _push(self, field: str, value: Any, label: Callable[[], str]) -> None:
        if self._updating or self.obj is None or getattr(self.obj, field) == value:
            return
        self.stack.push(SetFieldCommand(self.doc, self.obj, field, value, tr("Muokkaa: {0}").format(label()),
                                        structural=field in self.structural_fields))

    def line(self, w: QLineEdit, field: str, label: Callable[[], str]) -> None:
        w.textEdited.connect(lambda text: self._push(field, text, label))

        def refresh() -> None:
            value = str(getattr(self.obj, field) or "")
            if w.text() != value:
                w.setText(value)
                if not w.hasFocus():
                    w.setCursorPosition(0)  # show the beginning of a long text
        self._refreshers.append(refresh)

    def text(self, w: QPlainTextEdit, field: str, label: Callable[[], str]) -> None:
        w.textChanged.connect(lambda: self._push(field, w.toPlainText(), label))

        def refresh() -> None:
            value = str(getattr(self.obj, field) or "")
            if w.toPlainText() != value:
                w.setPlainText(value)
        self._refreshers.append(refresh)

    def combo(self, w: QComboBox, field: str, label: Callable[[], str],
              to_value: Callable[[Any], Any] = lambda v: v) -> None:
        """A choice; item data holds the stored value (converted with ``to_value``)."""
        w.activated.connect(lambda i: self._push(field, to_value(w.itemData(i)), label))

        def refresh() -> None:
            current = getattr(self.obj, field)
            for i in range(w.count()):
                if to_value(w.itemData(i)) == current:
                    w.setCurrentIndex(i)
                    return
            w.setCurrentIndex(-1)
        self._refreshers.append(refresh)

    def spin(self, w: QSpinBox, field: str, label: Callable[[], str], empty: int | None = None) -> None:
        """An integer; ``empty`` is the spin value that means "not set" (stored as None)."""
        w.valueChanged.connect(lambda v: self._push(field, None if v == empty else v, label))

        def refresh() -> None:
            value = getattr(self.obj, field)
            w.setValue(empty if value is None and empty is not None else (value or 0))
        self._refreshers.append(refresh)

    def custom(self, refresh: Callable[[], None]) -> None:
        self._refreshers.append(refresh)

    def set_widgets_enabled(self, widgets: list[QWidget], enabled: bool) -> None:
        for w in widgets:
            w.setEnabled(enabled)
