"""The main journeys by keyboard alone, in fi, sv and en: panes with F6, a focus area's indicator typed
in Excel-style, the comparison and export by their shortcuts, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.programme.models import indicator_table as m
from planner.model import FocusArea, Indicator, Theme
from tests.desktop.helpers import press, switch_language, type_text


def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    press(QApplication.focusWidget(), k, mod)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_keyboard_only_journey(window, qtbot, language, monkeypatch):
    switch_language(language)
    try:
        window.activateWindow()
        window.tree.setFocus()
        qtbot.waitUntil(window.tree.hasFocus)
        # Tree: down to the first theme, Right opens it, Down to its first focus area.
        for _ in range(10):
            if isinstance(window.tree.current_object(), FocusArea):
                break
            if isinstance(window.tree.current_object(), Theme):
                key(Qt.Key.Key_Right)
            key(Qt.Key.Key_Down)
        fa = window.tree.current_object()
        assert isinstance(fa, FocusArea) and isinstance(fa.rows[0], Indicator)
        ind = fa.rows[0]
        # F6: into the editor, on its first field.
        key(Qt.Key.Key_F6)
        assert window.pages.currentWidget().isAncestorOf(QApplication.focusWidget())
        # Tab on to the indicator table (each text list is left with one Tab).
        view = window.focus_area_page.table.view
        for _ in range(40):
            if QApplication.focusWidget() is view:
                break
            key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is view
        view.setCurrentIndex(view.model().index(0, m.BASELINE))
        key(Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        editor = QApplication.focusWidget()
        editor.selectAll()
        type_text(editor, "7 kk")
        key(Qt.Key.Key_Tab)  # commits the baseline, skips its reading, opens the target
        qtbot.waitUntil(lambda: ind.baseline == "7 kk")
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                        and QApplication.focusWidget() is not editor)
        assert view.currentIndex().column() == m.TARGET
        editor = QApplication.focusWidget()
        editor.selectAll()
        type_text(editor, "Enintään 3 kk")
        key(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ind.target == "Enintään 3 kk")
        # Ctrl+Tab leaves the table; Ctrl+Shift+T shows the comparison; F6 reaches it.
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
        key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is not view
        key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.follow_up.dock is not None and window.follow_up.dock.isVisible()
        names = []
        for _ in range(len(window.panes())):
            key(Qt.Key.Key_F6)
            names.append(next(n for n, p in window.panes() if p.isAncestorOf(QApplication.focusWidget())
                              or p is QApplication.focusWidget()))
        assert "comparison" in names and "tree" in names
        # Ctrl+E opens the export dialog.
        from desktop.programme.export_dialog import ExportDialog

        opened = []
        monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self) or 0)
        key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert len(opened) == 1
        # Undo by keyboard: the target goes back.
        window.tree.setFocus()
        key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert ind.target != "Enintään 3 kk"
    finally:
        switch_language("fi")
