"""Tables behave like Excel: Tab moves over editable cells, commits, and leaves the table at its end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.programme.models import indicator_table as m
from planner.model import Indicator
from tests.desktop.helpers import press, type_text


def _focus_area_with_indicators(window, qtbot):
    p = window.doc.programme
    fa = next(fa for _t, fa in p.focus_areas() if len(fa.rows) >= 2 and all(isinstance(r, Indicator) for r in fa.rows))
    window.tree.select_object(fa)
    table = window.focus_area_page.table
    qtbot.waitUntil(lambda: table.fa is fa)
    return fa, table


def _editor(qtbot):
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return QApplication.focusWidget()


def test_tab_skips_readings_and_keeps_the_typed_target(window, qtbot):
    fa, table = _focus_area_with_indicators(window, qtbot)
    ind = fa.rows[0]
    view = table.view
    window.activateWindow()
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, m.BASELINE))
    view.edit(view.currentIndex())
    editor = _editor(qtbot)
    editor.selectAll()
    type_text(editor, "12 henkilöä")
    press(editor, Qt.Key.Key_Tab)  # commits, skips "Lähtöarvo luettuna", opens the target
    qtbot.waitUntil(lambda: view.currentIndex().column() == m.TARGET)
    assert ind.baseline == "12 henkilöä"
    editor = _editor(qtbot)
    editor.selectAll()
    type_text(editor, "Enintään 3 kk")
    press(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: ind.target == "Enintään 3 kk")
    assert view.currentIndex().column() == m.DIRECTION  # "Tavoite luettuna" skipped


def test_escape_cancels_and_enter_commits(window, qtbot):
    fa, table = _focus_area_with_indicators(window, qtbot)
    ind = fa.rows[0]
    view = table.view
    before = ind.name
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, m.NAME))
    view.edit(view.currentIndex())
    editor = _editor(qtbot)
    type_text(editor, "xyz")
    press(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert ind.name == before
    view.edit(view.currentIndex())
    editor = _editor(qtbot)
    editor.selectAll()
    type_text(editor, "Uusi nimi")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ind.name == "Uusi nimi")


def test_tab_leaves_the_table_after_the_last_editable_cell(window, qtbot):
    fa, table = _focus_area_with_indicators(window, qtbot)
    view = table.view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    last = len(fa.rows) - 1
    editable = sorted(m.FIELDS)  # the editable columns, in order
    view.setCurrentIndex(table.model.index(last, editable[-2]))
    press(view, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == editable[-1]
    press(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not view.hasFocus())
    # From the first editable cell Shift+Tab leaves backwards.
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(table.model.index(0, m.LEVEL))
    press(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not view.hasFocus())


def test_tab_count_to_cross_the_table_is_the_editable_cells(window, qtbot):
    fa, table = _focus_area_with_indicators(window, qtbot)
    view = table.view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(table.model.index(0, m.LEVEL))
    editable = sum(1 for r in fa.rows if isinstance(r, Indicator)) * len(m.FIELDS)
    presses = 0
    while view.hasFocus() and presses < 200:
        press(view, Qt.Key.Key_Tab)
        presses += 1
    assert presses == editable


def test_read_only_checks_table_is_left_with_one_tab(window, qtbot):
    window.structure.new_theme()  # an empty theme: at least one finding
    window.checks.run_checks()
    checks = window.checks.view
    assert checks.model().rowCount() > 0
    window.activateWindow()
    checks.setFocus()
    qtbot.waitUntil(checks.hasFocus)
    press(checks, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not checks.hasFocus())


def test_ctrl_tab_escapes_from_the_middle_of_the_table(window, qtbot):
    fa, table = _focus_area_with_indicators(window, qtbot)
    view = table.view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(table.model.index(0, m.TARGET))
    press(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.hasFocus())


def test_a_refresh_of_the_row_does_not_overwrite_what_is_typed(window, qtbot):
    fa, table = _focus_area_with_indicators(window, qtbot)
    ind = fa.rows[0]
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, m.TARGET))
    view.edit(view.currentIndex())
    editor = _editor(qtbot)
    editor.selectAll()
    type_text(editor, "Enintään 3 kk")
    # Something else refreshes the row while the user types (a check, another view, a language switch).
    table.model.dataChanged.emit(table.model.index(0, 0), table.model.index(0, m.COLUMN_COUNT - 1))
    assert editor.text() == "Enintään 3 kk"
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ind.target == "Enintään 3 kk")
