"""Keyboard focus helpers: move into a pane (F6) at its first field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def can_take_focus(w: QWidget) -> bool:
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisible() and w.isEnabled()


def focus_first_in(pane: QWidget) -> bool:
    """Give the focus to ``pane`` or its first focusable child in Tab order. False: nothing can take it."""
    if can_take_focus(pane):
        pane.setFocus(Qt.FocusReason.TabFocusReason)
        return True
    w = pane.nextInFocusChain()
    while w is not None and w is not pane:
        if pane.isAncestorOf(w) and can_take_focus(w):
            w.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        w = w.nextInFocusChain()
    return False
