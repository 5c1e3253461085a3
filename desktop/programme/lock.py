"""Read-only presentation of an approved programme: a banner, locked editors, a guarded undo stack.

The rule itself is the core's (:func:`planner.versions.is_locked`); this module only
makes the window follow it:

- :class:`LockBanner`: a clear bar above the editors ("Hyväksytty … lukittu") with
  "Aloita uusi versio";
- :func:`set_widgets_locked`: text fields read-only, tables not editable or
  draggable, buttons and choices disabled; the previous state is remembered on each
  widget so unlocking restores exactly what was there;
- :func:`guard_stack`: every edit goes through the undo stack, so the stack refuses
  commands that would change a locked programme (status, version and follow-up
  commands stay allowed). This catches keyboard shortcuts and drags too.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTextEdit,
    QWidget,
)

_ORIG = "_lock_original"


def set_widgets_locked(root: QWidget, locked: bool) -> None:
    """Make every editing widget under ``root`` read-only (or give back its own state)."""
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            _swap(w, locked, w.isReadOnly, w.setReadOnly, True)
        elif isinstance(w, QAbstractItemView):
            _swap(w, locked, lambda v=w: (v.editTriggers(), v.dragDropMode()),
                  lambda s, v=w: (v.setEditTriggers(s[0]), v.setDragDropMode(s[1])),
                  (QAbstractItemView.EditTrigger.NoEditTriggers, QAbstractItemView.DragDropMode.NoDragDrop))
        elif isinstance(w, (QAbstractButton, QComboBox)) and not w.property("lock_exempt"):
            _swap(w, locked, w.isEnabled, w.setEnabled, False)


def _swap(w: QWidget, locked: bool, get: Callable, set_: Callable, locked_value: object) -> None:
    saved = getattr(w, _ORIG, None)
    if locked:
        if saved is None:
            setattr(w, _ORIG, (get(),))
        set_(locked_value)
    elif saved is not None:
        set_(saved[0])
        delattr(w, _ORIG)


def guard_stack(stack: QUndoStack, is_locked: Callable[[], bool], allowed: Callable[[QUndoCommand], bool],
                refused: Callable[[QUndoCommand], None]) -> None:
    """Refuse commands that are not ``allowed`` while ``is_locked()``; every GUI edit calls ``stack.push``."""
    original = stack.push

    def push(command: QUndoCommand) -> None:
        if is_locked() and not allowed(command):
            refused(command)
            return
        original(command)

    stack.push = push  # type: ignore[method-assign]


class LockBanner(QFrame):
    """The bar shown above the editors while the programme is approved and locked."""

    new_version_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_banner")
        self.setStyleSheet("#lock_banner { background: #FFF4CE; border: 1px solid #C9A227; }"
                           "#lock_banner QLabel { color: #3D2F00; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.icon = QLabel(self)
        size = self.fontMetrics().height() * 3 // 2
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setProperty("lock_exempt", True)
        self.button.clicked.connect(self.new_version_requested)
        lay.addWidget(self.icon)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Aloita &uusi versio"))
        self.button.setAccessibleName(self.tr("Aloita uusi versio"))

    def show_for(self, version: str, decision: str) -> None:
        text = self.tr("<b>Hyväksytty ohjelma on lukittu.</b> {0} on hyväksytty ({1}). Sitä ei voi muuttaa; "
                       "muutokset tehdään uuteen versioon, ja hyväksytty versio säilyy muuttumattomana.")
        self.label.setText(text.format(escape(version or self.tr("Ohjelma")),
                                       escape(decision or self.tr("ei päätöstietoja"))))
        self.setAccessibleName(self.tr("Hyväksytty ohjelma on lukittu."))
        self.show()
