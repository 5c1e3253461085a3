"""The main window driven as a coordinator would: draft, undo, save, reopen, checks."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QLineEdit, QPlainTextEdit, QWidget

from desktop.programme.main_window import MainWindow
from desktop.programme.models import indicator_table as m
from desktop.programme.navigation import Kind
from planner.fileformat import dumps, load_programme
from planner.model import BulletGroup, FocusArea, Theme
from tests.desktop.helpers import press, type_text

BASELINE = "1 468 henkilöä (joulukuu 2025)"


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_starts_with_the_example_as_untitled_copy(window):
    assert window.session.path is None
    assert "Esimerkki" in window.windowTitle() and "[*]" in window.windowTitle()
    assert len(list(window.doc.programme.indicators())) == 37
    assert window.tree.current_kind() == Kind.PROGRAMME
    assert window.programme_page.title_edit.text() == window.doc.programme.title


def test_draft_undo_redo_save_and_reopen(window, qtbot, tmp_path, monkeypatch):
    p = window.doc.programme
    themes_before = len(p.themes)

    # A new theme from the themes page, titled by typing.
    window.tree.select_object(p, Kind.THEMES)
    qtbot.mouseClick(window.group_page.add_button, Qt.MouseButton.LeftButton)
    theme = window.tree.current_object()
    assert isinstance(theme, Theme) and len(p.themes) == themes_before + 1
    title = window.theme_page.title_edit
    title.selectAll()
    type_text(title, "Osaaminen ja työkyky")
    assert theme.title == "Osaaminen ja työkyky"
    assert window.tree.currentItem().text(0) == "Osaaminen ja työkyky"

    # Insert in the tree adds a focus area to the selected theme.
    focus(qtbot, window.tree)
    press(window.tree, Qt.Key.Key_Insert)
    fa = window.tree.current_object()
    assert isinstance(fa, FocusArea) and theme.focus_areas == [fa]
    assert window.pages.currentWidget() is window.focus_area_page
    type_text(window.focus_area_page.title_edit, " – työpajat")

    # Bullets: add and type into the inline editor.
    for group, text in ((BulletGroup.ACT, "Ohjataan asiakkaat työpajoihin"),
                        (BulletGroup.LEAD, "Johdetaan tiedolla"),
                        (BulletGroup.COOPERATE, "Sovitaan yhteistyöstä kuntien kanssa")):
        ed = window.focus_area_page.bullet_editors[group]
        qtbot.mouseClick(ed.btn_add, Qt.MouseButton.LeftButton)
        editor = QApplication.focusWidget()
        # A wrapping multi-line field (bullets run to two or three lines in print).
        assert isinstance(editor, QPlainTextEdit) and editor.parent() is ed.view.viewport(), (editor, editor.parent())
        type_text(editor, text)
        press(editor, Qt.Key.Key_Return)  # commits and opens the next bullet ...
        qtbot.waitUntil(lambda g=group, t=text: fa.bullets(g) == [t, ""])
        press(QApplication.focusWidget(), Qt.Key.Key_Return)  # ... Enter on the empty one ends the list
        qtbot.waitUntil(lambda g=group, t=text: fa.bullets(g) == [t])

    # An indicator with the baseline typed into the table; the reading appears beside it.
    table = window.focus_area_page.table
    qtbot.mouseClick(table.buttons[0][0], Qt.MouseButton.LeftButton)
    assert len(fa.indicators) == 1
    ind = fa.indicators[0]
    for col, text in ((m.NAME, "Pitkäaikaistyöttömät"), (m.BASELINE, BASELINE), (m.TARGET, "1 300 henkilöä")):
        idx = table.model.index(0, col)
        table.view.setCurrentIndex(idx)
        table.view.edit(idx)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        type_text(editor, text)
        press(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    qtbot.waitUntil(lambda: ind.target == "1 300 henkilöä")
    assert ind.baseline == BASELINE and ind.name == "Pitkäaikaistyöttömät"
    assert table.model.index(0, m.BASELINE_READING).data() == "1\u00a0468 henkilöä, joulukuu 2025"
    assert table.model.index(0, m.DIRECTION).data() == "automaattinen (laskeva)"
    assert window.isWindowModified()

    # Undo everything back to the example, then redo it all.
    after = dumps(p)
    steps = window.stack.index()
    for _ in range(steps):
        window.act_undo.trigger()
    assert len(p.themes) == themes_before and window.stack.isClean()
    assert not window.isWindowModified()
    for _ in range(steps):
        window.act_redo.trigger()
    assert dumps(p) == after

    # Save asks for a name (the example is untitled), then reopen and find the same document.
    target = tmp_path / "oma ohjelma"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.act_save.isEnabled()
    window.act_save.trigger()
    saved = tmp_path / "oma ohjelma.tyohjelma"
    assert saved.exists() and not window.isWindowModified()
    assert "oma ohjelma.tyohjelma" in window.windowTitle()
    assert dumps(load_programme(saved)) == after

    other = MainWindow(window.settings)
    qtbot.addWidget(other)
    assert other.open_file(saved)
    assert dumps(other.doc.programme) == after
    assert window.settings.get(window.settings.recent_files)[0] == str(saved.resolve())
    other.session.release()


def test_text_edits_merge_into_one_undo_step(window, qtbot):
    edit = window.programme_page.title_edit
    edit.end(False)
    type_text(edit, " (luonnos)")
    assert window.doc.programme.title.endswith(" (luonnos)")
    assert window.stack.count() == 1
    window.act_undo.trigger()
    assert not window.doc.programme.title.endswith("(luonnos)")
    assert edit.text() == window.doc.programme.title


def test_checks_panel_follows_edits_and_jumps_to_indicator(window, qtbot):
    p = window.doc.programme
    theme, fa = next(p.focus_areas())
    ind = fa.indicators[0]
    window.tree.select_object(fa)
    table = window.focus_area_page.table
    assert table.model.setData(table.model.index(0, m.TARGET), "")
    qtbot.waitUntil(lambda: any(f.code == "indicator_without_target" for f in window.checks.model.findings))
    row = next(i for i, f in enumerate(window.checks.model.findings) if f.code == "indicator_without_target")
    window.tree.select_object(p)
    window.checks.view.doubleClicked.emit(window.checks.model.index(row, 1))
    assert window.tree.current_object() is fa
    assert table.model.row_object(table.current_row()) is ind
    assert table.view.currentIndex().column() == m.TARGET


def test_reorder_and_move_with_keys(window, qtbot):
    p = window.doc.programme
    t1, t2 = p.themes[0], p.themes[1]
    last = t1.focus_areas[-1]
    window.tree.select_object(last)
    focus(qtbot, window.tree)
    press(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert t2.focus_areas[0] is last and window.tree.current_object() is last
    press(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert t1.focus_areas[-1] is last
    first = t1.focus_areas[0]
    window.structure.move_focus_area_to(first, t2)
    assert t2.focus_areas[-1] is first
    window.act_undo.trigger()
    assert t1.focus_areas[0] is first


def test_drop_positions_in_tree(window):
    p = window.doc.programme
    tree = window.tree
    t1, t2 = p.themes[0], p.themes[1]
    fa = t1.focus_areas[0]
    item = tree._find(fa, "")
    on = QAbstractItemView.DropIndicatorPosition.OnItem
    below = QAbstractItemView.DropIndicatorPosition.BelowItem
    assert tree.drop_target(item, tree._find(t2, ""), on) == (t2, len(t2.focus_areas))
    assert tree.drop_target(item, tree._find(t1.focus_areas[1], ""), below) == (t1, 1)
    assert tree.drop_target(item, tree.spearheads_item, on) is None
    theme_item = tree._find(t1, "")
    assert tree.drop_target(theme_item, tree._find(t2, ""), below) == (p, 1)
    window.structure.move_object(fa, t2, 0)
    assert t2.focus_areas[0] is fa


def test_indicator_to_other_focus_area_and_cross_reference(window):
    p = window.doc.programme
    (_t, a), (_t2, b) = list(p.focus_areas())[:2]
    window.tree.select_object(a)
    table = window.focus_area_page.table
    ind = a.indicators[0]
    table._select_row(table.model.row_of(ind))
    table.show_selected_in(b)
    assert b.rows[-1].indicator_id == ind.id
    table._select_row(table.model.row_of(ind))
    table.move_selected_to(b)
    assert ind in b.indicators and ind not in a.indicators
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert ind in a.indicators and all(getattr(r, "indicator_id", "") != ind.id for r in b.rows)


def test_every_input_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QPlainTextEdit, QSpinBox

    p = window.doc.programme
    for obj in (p, next(p.focus_areas())[1], p.themes[0]):
        window.tree.select_object(obj)
        page = window.pages.currentWidget()
        for w in page.findChildren(QWidget):
            if not isinstance(w, QLineEdit | QPlainTextEdit | QComboBox | QSpinBox | QAbstractButton
                              | QAbstractItemView):
                continue
            if not w.isVisibleTo(page) or isinstance(w.parent(), QSpinBox | QComboBox | QAbstractItemView) or w.objectName().startswith("qt_"):
                continue
            assert w.accessibleName(), f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r} has no name"


def test_unreadable_file_is_reported_and_left_untouched(window, tmp_path, answer):
    bad = tmp_path / "rikki.tyohjelma.json"
    bad.write_text('{"format": "tyollisyysohjelma", "schema_version": 2, "programme": {"themes": 5}}',
                   encoding="utf-8")
    before = bad.read_bytes()
    assert not window.open_file(bad)
    assert answer.asked and "rikki.tyohjelma.json" in answer.asked[-1][1]
    assert bad.read_bytes() == before
    assert window.session.path is None  # still the example
    json.loads(before)


def test_checks_panel_shows_the_opened_documents_findings_at_once(window):
    """Opening a document never shows the previous document's 'nothing to remark' while checks wait."""
    window.new_from_example()
    assert window.checks.model.findings, "the example has findings (notes on data sources at least)"
    assert window.checks.model.rowCount() == len(window.checks.model.findings)
