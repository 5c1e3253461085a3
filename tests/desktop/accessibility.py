"""What a screen reader hears: the accessible name of every focusable widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QSpinBox, QWidget


def accessible_name(w: QWidget) -> str:
    """The name an assistive technology reads: Qt's accessible interface (own name, text, buddy label)."""
    iface = QAccessible.queryAccessibleInterface(w)
    name = iface.text(QAccessible.Text.Name) if iface is not None and iface.isValid() else ""
    return (name or w.accessibleName() or "").replace("&", "").strip()


def unnamed_widgets(top: QWidget) -> list[str]:
    """Focusable, visible widgets under ``top`` (itself included) that have no accessible name."""
    out = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or not w.isVisibleTo(top) and w is not top:
            continue
        if w is top and not w.isVisible():
            continue
        if w.objectName().startswith("qt_") or isinstance(w.parent(), QSpinBox | QComboBox):
            continue  # parts of a compound widget, which carries the name
        if isinstance(w.parent(), QWidget) and isinstance(w.parent().parent(), QAbstractItemView):
            continue  # an open cell editor is named by its column
        if w.isWindow() and w is not top:
            continue
        if not accessible_name(w):
            desc = w.objectName() or getattr(w, "text", lambda: "")() or getattr(w, "placeholderText", lambda: "")()
            out.append(f"{type(w).__name__}({desc!r}) in {type(w.parent()).__name__}")
    return out
