"""Common base of the editor pages: a scrollable form that follows one object."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from desktop.document import ProgrammeDocument
from desktop.i18n import Retranslatable
from desktop.programme.editors.fields import FieldBinder


class EditorPage(Retranslatable, QScrollArea):
    """A page of the editor stack. Subclasses build ``self.body`` and implement set_object/retranslate_ui."""

    structural_fields: tuple[str, ...] = ("title", "name")

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self.obj: Any = None
        self.binder = FieldBinder(doc, stack, self.structural_fields)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to the scrolling frame
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.heading = QLabel(self.body)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.body_layout.addWidget(self.heading)
        self.setWidget(self.body)

    def set_object(self, obj: Any) -> None:
        self.obj = obj
        self.binder.set_object(obj)

    def new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body_layout.addLayout(form)
        return form

    def add_row(self, form: QFormLayout, widget: QWidget) -> QLabel:
        label = QLabel(self.body)
        label.setBuddy(widget)
        label.setWordWrap(True)
        form.addRow(label, widget)
        return label


def text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A multi-line text field about ``lines`` lines high; Tab moves on instead of typing a tab."""
    w = QPlainTextEdit(parent)
    w.setTabChangesFocus(True)
    w.setFixedHeight(w.fontMetrics().lineSpacing() * lines + 14)
    return w


def line_edit(parent: QWidget) -> QLineEdit:
    w = QLineEdit(parent)
    w.setClearButtonEnabled(False)
    return w


def set_label(label: QLabel, widget: QWidget, text: str) -> None:
    """Set a form label with a mnemonic-free text and the same accessible name on its field."""
    label.setText(text)
    widget.setAccessibleName(text.replace("&", ""))
