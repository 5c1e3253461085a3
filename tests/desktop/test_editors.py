"""Every part of the document has an editor (notes, levels, cross-reference text), bullets are edited in a
wrapping multi-line field with Word's Enter, and rows are dragged with a real mouse drag."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from desktop.programme.models import indicator_table as m
from desktop.programme.navigation import Kind
from planner.model import BulletGroup, IndicatorReference
from tests.desktop.helpers import press, type_text


def _editor(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), kind))
    return QApplication.focusWidget()


def test_bullets_are_multi_line_and_enter_adds_the_next(window, qtbot):
    fa = window.doc.programme.themes[0].focus_areas[0]
    window.tree.select_object(fa)
    ed = window.focus_area_page.bullet_editors[BulletGroup.LEAD]
    before = list(fa.bullets(BulletGroup.LEAD))
    ed._select(len(before) - 1)
    qtbot.mouseClick(ed.btn_add, Qt.MouseButton.LeftButton)
    editor = _editor(qtbot, QPlainTextEdit)
    assert editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    assert editor.height() >= editor.fontMetrics().lineSpacing() * 3
    long_text = "Johdetaan tiedolla ja sovitaan seurannasta kuntien, hyvinvointialueen ja yritysten kanssa " * 2
    type_text(editor, long_text.strip())
    press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # no line break, no new bullet
    assert "\n" not in editor.toPlainText()
    press(editor, Qt.Key.Key_Return)  # commits and opens the next bullet
    qtbot.waitUntil(lambda: len(fa.bullets(BulletGroup.LEAD)) == len(before) + 2)
    assert fa.bullets(BulletGroup.LEAD)[len(before)] == long_text.strip()
    editor = _editor(qtbot, QPlainTextEdit)
    type_text(editor, "Toinen")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(fa.bullets(BulletGroup.LEAD)) == len(before) + 3)
    editor = _editor(qtbot, QPlainTextEdit)
    press(editor, Qt.Key.Key_Return)  # Enter on an empty bullet ends the list
    qtbot.waitUntil(lambda: fa.bullets(BulletGroup.LEAD) == [*before, long_text.strip(), "Toinen"])


def test_escape_cancels_a_bullet_edit(window, qtbot):
    fa = window.doc.programme.themes[0].focus_areas[0]
    window.tree.select_object(fa)
    ed = window.focus_area_page.bullet_editors[BulletGroup.ACT]
    before = list(fa.bullets(BulletGroup.ACT))
    ed._select(0)
    ed.view.setFocus()
    ed.edit_current()
    editor = _editor(qtbot, QPlainTextEdit)
    type_text(editor, " muutos")
    press(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QPlainTextEdit))
    assert fa.bullets(BulletGroup.ACT) == before


def test_indicator_notes_are_edited_in_the_table(window, qtbot):
    fa = window.doc.programme.themes[0].focus_areas[0]
    window.tree.select_object(fa)
    view = window.focus_area_page.table.view
    idx = view.model().index(0, m.NOTES)
    assert view.model().headerData(m.NOTES, Qt.Orientation.Horizontal) == "Huomautukset"
    before = fa.rows[0].notes
    view.setCurrentIndex(idx)
    view.edit(idx)
    editor = _editor(qtbot, QLineEdit)
    assert editor.text() == before
    editor.selectAll()
    type_text(editor, "Luku päivittyy kuukausittain")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fa.rows[0].notes == "Luku päivittyy kuukausittain")
    window.stack.undo()
    assert fa.rows[0].notes == before


def test_cross_reference_row_text_is_editable(window, qtbot):
    p = window.doc.programme
    fa, row = next((fa, r) for _t, fa in p.focus_areas() for r in fa.rows if isinstance(r, IndicatorReference))
    window.tree.select_object(fa)
    table = window.focus_area_page.table
    r = fa.rows.index(row)
    idx = table.model.index(r, m.NAME)
    assert idx.flags() & Qt.ItemFlag.ItemIsEditable
    shown = idx.data()
    table.view.setCurrentIndex(idx)
    table.view.edit(idx)
    editor = _editor(qtbot, QLineEdit)
    assert editor.text() == shown
    editor.selectAll()
    type_text(editor, "(Palkkatukijaksot, ks. yhdenvertaisuus)")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row.text == "(Palkkatukijaksot, ks. yhdenvertaisuus)")
    assert table.model.index(r, m.NAME).data() == row.text
    window.stack.undo()
    assert table.model.index(r, m.NAME).data() == shown


def test_levels_list_is_edited_on_the_programme_page(window, qtbot):
    p = window.doc.programme
    window.tree.select_object(p, Kind.PROGRAMME)
    page = window.programme_page
    count = len(p.levels)
    qtbot.mouseClick(page.add_level, Qt.MouseButton.LeftButton)
    assert len(p.levels) == count + 1
    editor = _editor(qtbot, QLineEdit)
    type_text(editor, "TJ")
    press(editor, Qt.Key.Key_Tab)  # commits and goes on to the name
    editor = _editor(qtbot, QLineEdit)
    type_text(editor, "Työllisyysjaosto")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (p.levels[-1].code, p.levels[-1].name) == ("TJ", "Työllisyysjaosto"))
    # The indicator table offers the new level.
    fa = p.themes[0].focus_areas[0]
    window.tree.select_object(fa)
    view = window.focus_area_page.table.view
    view.setCurrentIndex(view.model().index(0, m.LEVEL))
    view.edit(view.currentIndex())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    combo = QApplication.focusWidget()
    while combo is not None and not hasattr(combo, "findData"):
        combo = combo.parentWidget()
    assert combo is not None and combo.findData("TJ") >= 0
    press(QApplication.focusWidget(), Qt.Key.Key_Escape)


def _x_display_command() -> tuple[list[str], dict[str, str]] | None:
    """How to run a script on an X display: the one in DISPLAY, else a private Xvfb (xvfb-run), else None."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    if os.environ.get("DISPLAY"):
        return [sys.executable], env
    if shutil.which("xvfb-run"):
        return ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable], env
    return None


def test_mouse_drags_in_the_tree_and_the_indicator_table():
    """QTest press / move / release drags rows in the indicator table and a focus area in the tree.

    Qt's offscreen platform ends every drag at once, so the drags run in their own process under X.
    """
    how = _x_display_command()
    if how is None:
        pytest.skip("no X display and no xvfb-run: the offscreen platform has no drag and drop")
    cmd, env = how
    script = Path(__file__).with_name("drag_journey.py")
    done = subprocess.run([*cmd, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"table_moved": True, "table_undo": "Siirrä mittari", "table_restored": True,
                      "tree_moved": True, "tree_restored": True}


def test_drop_position_in_the_indicator_table(window):
    view = window.focus_area_page.table.view
    fa = next(fa for _t, fa in window.doc.programme.focus_areas() if len(fa.rows) >= 4)
    window.tree.select_object(fa)
    above, below = view.DropIndicatorPosition.AboveItem, view.DropIndicatorPosition.BelowItem
    assert view.drop_destination(0, 2, below) == 2
    assert view.drop_destination(0, 2, above) == 1
    assert view.drop_destination(3, 1, above) == 1
    assert view.drop_destination(3, 1, view.DropIndicatorPosition.OnItem) == 1
    assert view.drop_destination(1, -1, view.DropIndicatorPosition.OnViewport) == len(fa.rows) - 1


def test_status_choice_offers_proposal_and_approval_only_through_a_decision(window, qtbot):
    """The programme page's status choice cannot approve a programme: that needs the approval dialog's decision."""
    from planner import edit
    from planner.model import Status

    p = window.doc.programme
    window.tree.select_object(p, Kind.PROGRAMME)
    combo = window.programme_page.status_combo
    items = combo.model()
    enabled = {Status(combo.itemData(i)): items.item(i).isEnabled() for i in range(combo.count())}
    assert enabled == {Status.DRAFT: True, Status.FOR_COMMENT: True, Status.PROPOSAL: False, Status.APPROVED: False}
    assert "Tila ja hyväksyntä" in combo.itemData(combo.findData(Status.APPROVED.value), Qt.ItemDataRole.ToolTipRole)
    with pytest.raises(ValueError):
        edit.assign(p, "status", Status.APPROVED)
    assert p.status is not Status.APPROVED and not p.versions
    combo.activated.emit(combo.findData(Status.FOR_COMMENT.value))
    assert p.status is Status.FOR_COMMENT
